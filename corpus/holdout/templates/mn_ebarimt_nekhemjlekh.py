"""Mongolian e-barimt receipts and нэхэмжлэх (invoices), in Mongolian (Cyrillic), MNT, 2023-2025.

Three prints. `mn_ebarimt_roll` (a shop's, café's or restaurant's till roll with its e-barimt: the brand on top (decoy), the
registered company "… ХХК" with "ТТД: 5123456", the branch and its address, Огноо "2024.03.15 14:22:31", Кассир, ПОС №,
"Чекийн №: 000345", items Нэр / Тоо / Үнэ / Дүн at prices including taxes, Нийт дүн, НӨАТ and — at a restaurant — НХАТ (the
capital city's tax, 1 %), Бэлэн / Хариулт or Карт, then the e-barimt block: ДДТД (33 digits), Сугалаа "АБ 12345678", the QR
code and "ebarimt.mn"; sometimes "Худалдан авагчийн ТТД" for a company buyer), `mn_nekhemjlekh` (an accounting package's A4
НЭХЭМЖЛЭХ: № НХ-24/0123, Огноо "2024 оны 03 сарын 15" or "2024.03.15", Төлбөр төлөх хугацаа (= due date), Нэхэмжлэгч and
Төлөгч blocks with Байгууллагын нэр, Хаяг, Утас, Регистрийн дугаар, Банк and Дансны дугаар (an MN IBAN or a plain account);
№ / Гүйлгээний утга / Хэмжих нэгж / Тоо хэмжээ / Нэгжийн үнэ / Нийт үнэ; Дүн, НӨАТ 10%, Нийт дүн; Захирал, Нягтлан бодогч and the
stamp), `mn_nekhemjlekh_vat_incl` (a small firm's spreadsheet-made нэхэмжлэх at prices including VAT: "Нийт дүн (НӨАТ
орсон)" and "Үүнээс НӨАТ").

Amounts `45,600.00`, `45,600.00₮` or `45 600₮`; dates `2024.03.15` and `2024 оны 03 сарын 15`.

Truth: vendor = the registered company (never the shop's brand) with its address, tax id = its ТТД / Регистрийн дугаар; the
roll is a `receipt` (no customer; the buyer's ТТД a decoy) with id = Чекийн № (ДДТД, lottery number, ПОС and cashier are
decoys), lines at prices including taxes, tax = НӨАТ + НХАТ, no net, total = Нийт дүн (cash tendered and change are decoys);
the нэхэмжлэх's customer = Төлөгч with its address (its register number a decoy), id = the number after №, net = Дүн, tax =
НӨАТ, total = Нийт дүн; the VAT-inclusive print has no net (tax = Үүнээс НӨАТ). Due date = Төлбөр төлөх хугацаа.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_seventeenth import other_party
from corpus.holdout.fakes_twentieth import MN_PEOPLE, MN_SHOPS, mn_ddtd, mn_lottery, mn_party, mn_ttd
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import beside, paged, pts, rows_html
from corpus.holdout.templates._fourteenth import roll_sheet
from corpus.holdout.templates._sixteenth import kv_rows
from corpus.holdout.templates._twentieth import amount, cells_table

FAMILY = "mn_ebarimt_nekhemjlekh"
D = Decimal
SHOP_ITEMS = [("Талх Атар 600гр", 2200, 3200), ("Сүү 1л", 3600, 4800), ("Өндөг 10ш", 5400, 7900), ("Гурил 1-р зэрэг 1кг", 2600, 3400),
              ("Будаа цагаан 1кг", 3900, 5600), ("Кока кола 0.5л", 2300, 3200), ("Ус 0.5л", 900, 1500), ("Шоколад Альпен гольд", 4500, 7200),
              ("Алим (кг)", 6900, 9800), ("Гоймон 400гр", 1900, 2900), ("Цөцгийн тос 200гр", 7800, 11500), ("Кофе 3в1 (20ш)", 8900, 14500)]
CAFE_ITEMS = [("Американо", 6500, 8900), ("Латте", 8500, 11500), ("Сүүтэй цай", 3500, 5500), ("Бууз (1ш)", 1500, 2200), ("Махан хуушуур", 2500, 3800),
              ("Цуйван", 14000, 19500), ("Гурилтай шөл", 12000, 16500), ("Цезарь салат", 16500, 23000), ("Бялуу (зүсэм)", 7500, 11000)]
B2B_ITEMS = [("Принтерийн хор HP 85A", "ш", 145000, 260000), ("А4 цаас (500 хуудас)", "багц", 16500, 24000),
             ("Програм хангамжийн засвар үйлчилгээ (сар)", "үйлчилгээ", 850000, 4800000), ("Ачаа тээврийн үйлчилгээ УБ - Дархан", "рейс", 650000, 1900000),
             ("Цемент М400 (50 кг)", "шуудай", 21000, 29500), ("Кабель ВВГ 3х2.5", "м", 3200, 5400), ("Зөвлөх үйлчилгээ", "цаг", 95000, 250000),
             ("Оффисын сандал", "ш", 290000, 890000), ("Агааржуулагч 12000 BTU", "ш", 1650000, 2900000), ("Дизель түлш", "л", 2950, 3450),
             ("Барилгын арматур 12мм", "тн", 2900000, 3600000), ("Хүнсний бүтээгдэхүүн нийлүүлэлт", "багц", 450000, 2400000)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["mn_ebarimt_roll", "mn_ebarimt_roll", "mn_nekhemjlekh", "mn_nekhemjlekh", "mn_nekhemjlekh_vat_incl"])
    issued = random_date(rng, date(2023, 1, 9), 1030)
    if layout == "mn_ebarimt_roll":
        return _roll(rng, issued)
    return _invoice(rng, layout, issued)


def _mnt(value: D, style: str) -> str:
    if style == "dec":
        return amount(value)
    if style == "dec_sign":
        return f"{amount(value)}₮"
    return f"{amount(value, ' ', '.', 0)}₮"


def _roll(rng: random.Random, issued: date) -> Built:
    vendor = mn_party(rng)
    cafe = chance(rng, 0.4)
    brand = f"{vendor.name.split()[0]} {pick(rng, ['Кафе', 'Ресторан', 'Кофе шоп']) if cafe else pick(rng, MN_SHOPS)}"
    pool = CAFE_ITEMS if cafe else SHOP_ITEMS
    lines = []
    for desc, low, high in rng.sample(pool, rng.randrange(1, min(9, len(pool)))):
        price = money(round(rng.uniform(low, high), -2))
        qty = D(pick(rng, [1, 1, 1, 2, 2, 3, 4] if not desc.startswith("Бууз") else [4, 6, 8, 10]))
        lines.append(Line(desc, qty, price, money(qty * price)))
    total = sum((li.amount for li in lines), D("0.00"))
    city = cafe and chance(rng, 0.8)
    base = total / (D("1.11") if city else D("1.10"))
    vat = money(round(base * D("0.10")))  # whole tögrögs, as the e-barimt system sends them
    nhat = money(round(base * D("0.01"))) if city else D("0.00")
    tax = vat + nhat
    number = f"{rng.randrange(1, 99999):06d}" if chance(rng, 0.6) else str(rng.randrange(1000, 99999))
    doc = Doc(document_type="receipt", locale="MN", currency="MNT", vendor=vendor, customer=None, invoice_ids=[number], document_date=issued,
              total=total, tax=tax, lines=lines, lines_sum_to="total")
    at = datetime(issued.year, issued.month, issued.day, rng.randrange(8, 23), rng.randrange(60), rng.randrange(60))
    ddtd = mn_ddtd(rng)
    lottery = mn_lottery(rng)
    buyer = mn_ttd(rng) if chance(rng, 0.15) else None
    style = pick(rng, ["dec", "dec", "dec_sign", "whole"])
    width = pick(rng, [204.0, 226.0])
    W = width - 20
    css = (f"body{{font-family:{pick(rng, ['Helvetica', 'Courier', 'Helvetica'])};font-size:6.8pt;margin:0}} p{{margin:0}} .c{{text-align:center}} .r{{text-align:right}}"
           " .b{font-weight:bold} .big{font-size:10pt;font-weight:bold} td{padding:0 1pt} table{border-collapse:collapse}")

    def row(a: str, b: str, split: float = 0.6) -> str:
        return f"<table><tr><td style='width:{W * split - 2:.1f}pt'>{a}</td><td class='r' style='width:{W * (1 - split) - 2:.1f}pt'>{b}</td></tr></table>"

    def m(value: D) -> str:
        return _mnt(value, style)

    rule = "-" * 40
    body = (f"<p class='c big'>{esc(brand)}</p><p class='c'>{esc(vendor.name)}</p><p class='c'>ТТД: {vendor.tax_id}</p>"
            + "".join(f"<p class='c'>{esc(x)}</p>" for x in vendor.address) + f"<p class='c'>Утас: {vendor.phone}</p><p>{rule}</p>"
            + row(f"Огноо: {at.strftime('%Y.%m.%d')}", at.strftime("%H:%M:%S"), 0.65) + row(f"Кассир: {pick(rng, MN_PEOPLE)}", f"ПОС №: {rng.randrange(1, 9)}", 0.65)
            + f"<p>Чекийн №: <b>{number}</b></p><p>{rule}</p>" + row("<b>Нэр</b>", "<b>Дүн</b>", 0.6))
    for li in lines:
        body += row(esc(li.description), "", 0.98) + row(f"&#160;&#160;{li.quantity} x {m(li.unit_price)}", m(li.amount))
    body += f"<p>{rule}</p>" + row("<span class='big'>Нийт дүн:</span>", f"<span class='big'>{m(total)}</span>", 0.5) + row("НӨАТ:", m(vat))
    if city:
        body += row("НХАТ:", m(nhat)) + row("Нийт татвар:", m(tax))
    if chance(rng, 0.55):
        body += row(pick(rng, ["Карт:", "Картаар:", "QPay:"]), m(total))
    else:
        paid = money((int(total / 5000) + 1) * 5000)
        body += row("Бэлэн:", m(paid)) + row("Хариулт:", m(paid - total))
    if buyer:
        body += f"<p>Худалдан авагчийн ТТД: {buyer}</p>"
    body += (f"<p>{rule}</p><p>ДДТД: {ddtd}</p><p>Сугалаа: <b>{lottery}</b></p><div style='height:72pt'></div>"
             "<p class='c'>Баримтаа ebarimt.mn-д бүртгүүлнэ үү</p><p class='c'>Баярлалаа!</p>")
    sheet = roll_sheet(width, body, css, margin=10.0)
    import pymupdf

    from corpus.holdout.render import sheet_to_pdf

    with pymupdf.open("pdf", sheet_to_pdf(sheet, "probe", None)) as probe:
        y = probe[0].search_for("Сугалаа")[-1].y1 + 4
    sheet.pages[0].append(Box(((width - 64) / 2, y, (width + 64) / 2, y + 64), kind="qr", payload=ddtd))
    return Built(doc=doc, sheet=sheet, template="mn_ebarimt_roll", scan_weight=2.0,
                 notes={"brand": brand, "ddtd": ddtd, "lottery": lottery, "buyer_ttd": buyer, "vat": float(vat), "nhat": float(nhat)})


def _invoice(rng: random.Random, layout: str, issued: date) -> Built:
    incl = layout == "mn_nekhemjlekh_vat_incl"
    vendor = mn_party(rng)
    customer = other_party(rng, mn_party, vendor)
    buyer_reg = customer.tax_id
    customer.tax_id = None
    lines = []
    for desc, unit, low, high in rng.sample(B2B_ITEMS, rng.randrange(1, 9)):
        price = money(round(rng.uniform(low, high), -2))
        qty = D(pick(rng, [1, 1, 2, 3, 5, 10, 20] if high < 300000 else [1, 1, 1, 2, 3]))
        if unit in ("м", "л"):
            qty = D(pick(rng, [100, 200, 250, 500, 1000]))
        if unit == "цаг":
            qty = D(pick(rng, [4, 8, 12, 16, 24]))
        if unit == "тн":
            qty = D(pick(rng, ["1.5", "2", "3.2", "5"]))
        lines.append(Line(desc, qty, price, money(qty * price), unit))
    line_sum = sum((li.amount for li in lines), D("0.00"))
    if incl:
        total = line_sum
        tax = money(total / 11)
        net = None
    else:
        net = line_sum
        tax = money(net * D("0.10"))
        total = net + tax
    seq = rng.randrange(1, 999)
    number = pick(rng, [f"НХ-{issued.year % 100}/{seq:04d}", f"{seq:03d}", f"{issued.year}/{seq:03d}", f"Н{seq:05d}"])
    due = issued + timedelta(days=pick(rng, [5, 7, 10, 14, 30])) if chance(rng, 0.7) else None
    doc = Doc(document_type="invoice", locale="MN", currency="MNT", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, due_date=due, lines_sum_to="total" if incl else "net")
    style = pick(rng, ["dec", "dec", "dec_sign"])

    def m(value: D) -> str:
        return _mnt(value, style)

    theme = Theme.pick(rng, font=pick(rng, ["Times", "Helvetica", "Times"]), size=(7.8, 8.8), table=pick(rng, ["grid", "grid", "boxed"]))
    css = theme.css(".t{font-size:14pt;font-weight:bold} .tiny{font-size:6.3pt;color:#555} .stamp{border:1.2pt solid #1a3e8c;color:#1a3e8c;padding:8pt 4pt;"
                    "text-align:center;font-size:7pt}")
    width, height = A4
    W = width - 72
    long_date = chance(rng, 0.5)

    def d(x: date) -> str:
        return f"{x.year} оны {x.month:02d} сарын {x.day:02d}" if long_date else x.strftime("%Y.%m.%d")

    account = vendor.extra["iban"] if chance(rng, 0.5) else vendor.extra["account"]

    def block(label: str, p, reg: str, bank: bool) -> str:
        rows = [("Байгууллагын нэр:", f"<b>{esc(p.name)}</b>"), ("Хаяг:", esc(", ".join(p.address))), ("Утас:", p.phone or ""), ("Регистрийн дугаар:", reg)]
        if bank:
            rows += [("Банкны нэр:", esc(p.extra["bank"])), ("Дансны дугаар:", account)]
        return f"<p class='b' style='margin-bottom:2pt'>{label}</p>" + kv_rows(rows, (92, W / 2 - 100))

    top = "<p class='tiny' style='text-align:right'>НХМаягт Т-1</p>" if chance(rng, 0.5) else ""
    meta = f"<p>Огноо: {d(issued)}</p>" + (f"<p>Төлбөр төлөх хугацаа: {d(due)}</p>" if due else "")
    first = (top + f"<p class='t c'>НЭХЭМЖЛЭХ № {number}</p>" + f"<div style='margin-top:4pt'>{meta}</div>"
             + f"<div style='margin-top:6pt'>{beside(block('Нэхэмжлэгч:', vendor, vendor.tax_id, True), block('Төлөгч:', customer, buyer_reg, False), (W / 2, W / 2))}</div>")
    head = ["№", "Гүйлгээний утга", "Хэмжих нэгж", "Тоо хэмжээ", "Нэгжийн үнэ", "Нийт үнэ"]
    cols = pts(W, 0.05, 0.43, 0.11, 0.11, 0.15, 0.15)
    numeric = {3, 4, 5}
    rows = list(enumerate(lines, 1))

    def table(chunk) -> str:
        return cells_table(head, cols, numeric, [[str(i), esc(li.description), li.unit, str(li.quantity), m(li.unit_price), m(li.amount)] for i, li in chunk])

    if incl:
        totals = [("Нийт дүн (НӨАТ орсон):", m(total)), ("Үүнээс НӨАТ:", m(tax))]
    else:
        totals = [("Дүн:", m(net)), ("НӨАТ 10%:", m(tax)), ("Нийт дүн:", m(total))]
    signatures = (f"<p style='margin-top:14pt'>Захирал: ____________ /{esc(vendor.extra['director'])}/</p>"
                  f"<p style='margin-top:8pt'>Нягтлан бодогч: ____________ /{esc(vendor.extra['accountant'])}/</p>")
    stamp = f"<div class='stamp'><p>{esc(vendor.name)}</p><p>ТТД {vendor.tax_id}</p><p>ТАМГА</p></div>"
    closing = (f"<div style='margin-left:{W - 240:.0f}pt;margin-top:4pt'>{rows_html(totals, widths=(150, 90), strong_last=not incl)}</div>"
               + beside(signatures, stamp, (W - 140, 120)))
    sheet = paged(width, height, css, (36.0, 36.0, 36.0, 30.0), rows,
                  lambda chunk, page, last: (first if page == 0 else f"<p class='b'>НЭХЭМЖЛЭХ № {number}</p>") + table(chunk) + (closing if last else ""),
                  footer=lambda p, c: f"<p class='tiny' style='text-align:right'>{p}/{c}</p>", footer_height=12.0)
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1,
                 notes={"buyer_reg": buyer_reg, "account": account, "long_date": long_date})
