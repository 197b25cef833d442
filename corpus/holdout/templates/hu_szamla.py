"""Hungarian számla (invoice), 2023-2025: an online invoicing service's print and an ERP print.

Two prints. `hu_online` (számlázó-program style): "Számla" with "Számla sorszáma: E-KOVA-2024-123", Eladó and
Vevő boxes (name, postcode-first address `1134 Budapest, Váci út 45.`, Adószám `12345678-2-42`, EU adószám
`HU12345678`, Cégjegyzékszám, Bankszámlaszám), a strip Fizetési mód / Teljesítés dátuma / Számla kelte /
Fizetési határidő, the item table Megnevezés / Mennyiség / Me.e. / Nettó egységár / Nettó érték / ÁFA kulcs /
ÁFA érték / Bruttó érték, the ÁFA összesítő by rate with its Összesen row, and "Fizetendő: 123 456 Ft".
`hu_erp`: a company's ERP print, "SZÁMLA — Eredeti példány", Szállító / Vevő frames, Vevőkód (= customer id),
Rendelésszám / Szállítólevél (decoys), "Kelt: 2024. március 15.", "Teljesítés: …", "Esedékesség: …",
Cikkszám / Megnevezés / Mennyiség / Egység / Egységár / Nettó / ÁFA %, Nettó összesen / ÁFA összesen /
Bruttó összesen.

ÁFA 27 % (standard), 18 % (dairy, bakery), 5 % (books, medicines). Amounts in whole forints `123 456 Ft`
/ `123.456 Ft` / `HUF 123 456`, or in EUR with decimals `1 234,56 EUR` — then, as the ÁFA act requires, the
VAT is also printed in forints with the MNB rate (a decoy). Dates `2024.03.15.`, `2024. 03. 15.`, `2024.
március 15.`.

Truth: vendor = Eladó / Szállító with its address as printed; tax id = its adószám as printed (the
community VAT number HU12345678, the company registration number and bank account are decoys); customer =
Vevő (a private person prints no tax number); document date = Számla kelte / Kelt (the Teljesítés dátuma,
the supply date, is a decoy); due date = Fizetési határidő / Esedékesség; payment terms null (the payment
method "Átutalás" is a means of payment). Net = Nettó összesen, tax = ÁFA összesen (the per-line ÁFA summed),
total = Bruttó összesen / Fizetendő.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Col, Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twelfth import hu_party
from corpus.holdout.money import fmt_number, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._eighth import flowing_sheet
from corpus.holdout.templates._twelfth import round_whole

FAMILY = "hu_szamla"
DOCUMENT_TYPE = "invoice"
D = Decimal
ITEMS = [("Irodai forgószék, hálós háttámla", "db", 38000, 95000, D(27)), ("Másolópapír A4 80g (5 csomag)", "doboz", 9000, 14500, D(27)),
         ("Rendszergazdai szolgáltatás", "óra", 9500, 18000, D(27)), ("Szoftverlicenc, éves előfizetés", "db", 45000, 380000, D(27)),
         ("Kiszállítási díj", "alkalom", 4500, 15000, D(27)), ("Szaktanácsadás – adózási kérdések", "óra", 18000, 35000, D(27)),
         ("Festékkazetta, fekete", "db", 14000, 42000, D(27)), ("Karbantartás – klímaberendezés", "alkalom", 25000, 90000, D(27)),
         ("Friss tej 2,8% 1 l", "karton", 3800, 5200, D(18)), ("Kenyér, fehér 1 kg", "db", 650, 1100, D(18)),
         ("Szakkönyv: Számvitel a gyakorlatban", "db", 6500, 14900, D(5)), ("Lázcsillapító tabletta", "doboz", 1200, 3200, D(5)),
         ("Raklapos szállítás Budapest – Győr", "fuvar", 65000, 140000, D(27)), ("Takarítási szolgáltatás – havidíj", "hó", 120000, 380000, D(27))]
MONTHS = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["online", "erp"])
    vendor = hu_party(rng)
    person = layout == "online" and chance(rng, 0.25)
    customer = hu_party(rng, person=person)
    issued = random_date(rng, date(2023, 1, 3), 890)
    supplied = issued - timedelta(days=pick(rng, [0, 0, 1, 2, 5]))
    days = pick(rng, [8, 8, 15, 30, 30, 60])
    due = issued + timedelta(days=days)
    eur = chance(rng, 0.15)
    count = rng.randrange(1, 6) if chance(rng, 0.8) else rng.randrange(9, 14)
    chosen = rng.sample(ITEMS, min(count, len(ITEMS)))
    lines, line_tax = [], []
    for desc, unit, low, high, r in chosen:
        qty = D(pick(rng, [1, 1, 2, 3, 4, 5, 10, 12, 20])) if unit not in ("óra",) else D(pick(rng, [1, 2, 3, 4, 6, 8, 12, 16]))
        if eur:
            price = (D(str(rng.uniform(low, high))) / D(390)).quantize(D("0.01"))
            amount = (qty * price).quantize(D("0.01"))
            vat = (amount * r / 100).quantize(D("0.01"))
        else:
            price = D(round(rng.uniform(low, high), -1 if high < 20000 else -2)).quantize(D("0.01"))
            amount = qty * price
            vat = round_whole(amount * r / 100)
        lines.append(Line(desc, qty, price, amount, unit, f"{pick(rng, ['K', 'T', 'A'])}{rng.randrange(1000, 9999)}", r))
        line_tax.append(vat)
    net = sum((li.amount for li in lines), D("0.00"))
    tax = sum(line_tax, D("0.00"))
    total = net + tax
    currency = "EUR" if eur else "HUF"
    year = issued.year
    number = pick(rng, [f"E-{vendor.name[:4].upper().replace(' ', 'X')}-{year}-{rng.randrange(1, 999)}", f"SZ{year}/{rng.randrange(1, 9999):05d}",
                        f"{year}-{rng.randrange(100, 9999):06d}", f"KA-{year % 100}-{rng.randrange(100, 9999)}"])
    customer_id = f"V{rng.randrange(1000, 99999)}" if layout == "erp" and chance(rng, 0.6) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale="HU", currency=currency, vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, due_date=due, customer_id=customer_id)
    date_style = pick(rng, ["dots", "spaced", "words"]) if layout == "erp" else pick(rng, ["dots", "spaced"])

    def d(x: date) -> str:
        return {"dots": f"{x.year}.{x.month:02d}.{x.day:02d}.", "spaced": f"{x.year}. {x.month:02d}. {x.day:02d}.",
                "words": f"{x.year}. {MONTHS[x.month - 1]} {x.day}."}[date_style]

    group = pick(rng, ["fr", "de"])

    def n(value: D) -> str:
        return fmt_number(value, group, decimals=2 if eur else 0)

    money_style = "EUR" if eur else pick(rng, ["Ft", "Ft", "HUF"])

    def m(value: D) -> str:
        return f"HUF {n(value)}" if money_style == "HUF" else f"{n(value)} {money_style}"

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.5, 8.5), table=pick(rng, ["grid", "rules", "header_fill"]))
    css = theme.css(".frame{border:0.8pt solid #555;padding:4pt 6pt} .lbl{font-size:6.5pt;color:#666}")
    width, height = A4
    rates = sorted({li.tax_rate for li in lines}, reverse=True)
    summary_rows = "".join(
        f"<tr><td>{r}%</td><td class='r'>{n(sum((li.amount for li in lines if li.tax_rate == r), D('0')))}</td>"
        f"<td class='r'>{n(sum((t for li, t in zip(lines, line_tax, strict=True) if li.tax_rate == r), D('0')))}</td>"
        f"<td class='r'>{n(sum((li.amount + t for li, t in zip(lines, line_tax, strict=True) if li.tax_rate == r), D('0')))}</td></tr>" for r in rates)
    huf_note = ""
    if eur:
        fx = D(str(round(rng.uniform(378, 408), 2)))
        huf_note = (f"<p class='small'>Az áthárított ÁFA forintban: {fmt_number(round_whole(tax * fx), group, decimals=0)} Ft "
                    f"(MNB árfolyam: 1 EUR = {fmt_number(fx, 'fr')} Ft, {d(supplied)})</p>")

    def party_html(p, title: str, with_ids: bool) -> str:
        ids = ""
        if p.tax_id:
            ids = f"<br/>Adószám: {p.tax_id}"
            if with_ids:
                ids += f"<br/>EU adószám: {p.extra['eu_vat']}" if chance(rng, 0.6) else ""
                ids += f"<br/>Cégjegyzékszám: {p.extra['cegjegyzek']}" if chance(rng, 0.6) else ""
                ids += f"<br/>Bankszámlaszám: {p.extra['bank']}"
        return f"<p class='lbl'>{title}</p><p><b>{esc(p.name)}</b><br/>{lines_html([', '.join(p.address)] if chance(rng, 0.5) else p.address)}{ids}</p>"

    if layout == "online":
        strip = [("Fizetési mód", pick(rng, ["Átutalás", "Átutalás", "Bankkártya", "Készpénz"])), ("Teljesítés dátuma", d(supplied)),
                 ("Számla kelte", d(issued)), ("Fizetési határidő", d(due))]
        head = (f"<table style='width:100%'><tr><td style='width:50%'><p style='font-size:20pt' class='b'>Számla</p></td>"
                f"<td style='width:50%' class='r'>Számla sorszáma:<br/><b style='font-size:12pt'>{esc(number)}</b></td></tr></table>"
                f"<table style='width:100%;margin-top:6pt'><tr><td style='width:49%' class='frame'>{party_html(vendor, 'Eladó', True)}</td><td style='width:2%'></td>"
                f"<td style='width:49%' class='frame'>{party_html(customer, 'Vevő', False)}</td></tr></table>"
                "<table style='width:100%;margin-top:6pt' class='frame'><tr>" + "".join(f"<td style='width:25%'><span class='lbl'>{k}</span><br/>{v}</td>" for k, v in strip)
                + "</tr></table>")
        cols = [Col("Megnevezés"), Col("Menny.", "right", "38pt"), Col("Me.e.", "center", "36pt"), Col("Nettó egységár", "right", "56pt"),
                Col("Nettó érték", "right", "58pt"), Col("ÁFA kulcs", "center", "36pt"), Col("ÁFA érték", "right", "50pt"), Col("Bruttó érték", "right", "60pt")]
        rows = [[esc(li.description), fmt_number(li.quantity, decimals=0), li.unit, n(li.unit_price), n(li.amount), f"{li.tax_rate}%", n(t), n(li.amount + t)]
                for li, t in zip(lines, line_tax, strict=True)]
        tail = ("<p class='b' style='margin-top:8pt'>ÁFA összesítő</p><table class='items' style='width:70%'><tr><th>ÁFA kulcs</th><th style='text-align:right'>Nettó</th>"
                f"<th style='text-align:right'>ÁFA</th><th style='text-align:right'>Bruttó</th></tr>{summary_rows}"
                f"<tr><td class='b'>Összesen</td><td class='r b'>{n(net)}</td><td class='r b'>{n(tax)}</td><td class='r b'>{n(total)}</td></tr></table>"
                f"<p class='r' style='font-size:13pt;margin-top:6pt'>Fizetendő: <b>{m(total)}</b></p>" + huf_note
                + "<p class='tiny muted' style='margin-top:10pt'>A számla a 2007. évi CXXVII. törvény előírásainak megfelelően készült. Oldal 1.</p>")
        template = "hu_online"
    else:
        meta = [("Számlaszám", f"<b>{esc(number)}</b>"), ("Kelt", d(issued)), ("Teljesítés", d(supplied)), ("Esedékesség", d(due))]
        if customer_id:
            meta.append(("Vevőkód", customer_id))
        if chance(rng, 0.6):
            meta.append(("Rendelésszám", f"R-{rng.randrange(10000, 99999)}"))
        if chance(rng, 0.5):
            meta.append(("Szállítólevél", f"SZL{rng.randrange(100000, 999999)}"))
        meta.append(("Fizetési mód", pick(rng, ["Átutalás", "Átutalás 30 nap", "Készpénz"])))
        head = (f"<table style='width:100%'><tr><td style='width:55%'><p class='big b accent'>{esc(vendor.name)}</p></td><td style='width:45%' class='r'>"
                f"<p style='font-size:16pt' class='b'>SZÁMLA</p><p class='small'>Eredeti példány</p></td></tr></table>"
                f"<table style='width:100%;margin-top:6pt'><tr><td style='width:49%' class='frame'>{party_html(vendor, 'Szállító', True)}</td><td style='width:2%'></td>"
                f"<td style='width:49%' class='frame'>{party_html(customer, 'Vevő', False)}</td></tr></table>"
                "<table style='width:100%;margin-top:4pt' class='frame'>"
                + "".join("<tr>" + "".join(f"<td class='lbl' style='width:16%'>{k}</td><td style='width:34%'>{v}</td>" for k, v in meta[i:i + 2])
                          + ("<td></td><td></td>" if len(meta[i:i + 2]) == 1 else "") + "</tr>" for i in range(0, len(meta), 2))
                + "</table>")
        cols = [Col("Cikkszám", width="48pt"), Col("Megnevezés"), Col("Mennyiség", "right", "46pt"), Col("Egység", "center", "40pt"),
                Col("Egységár", "right", "58pt"), Col("Nettó", "right", "62pt"), Col("ÁFA %", "center", "36pt")]
        rows = [[li.code, esc(li.description), fmt_number(li.quantity, decimals=0), li.unit, n(li.unit_price), n(li.amount), f"{li.tax_rate}"] for li in lines]
        tail = ("<table style='width:100%;margin-top:6pt'><tr><td style='width:48%'><table class='items'><tr><th>ÁFA</th><th style='text-align:right'>Alap</th>"
                f"<th style='text-align:right'>Adó</th><th style='text-align:right'>Bruttó</th></tr>{summary_rows}</table></td><td style='width:4%'></td><td style='width:48%'>"
                f"<table style='width:100%'><tr><td>Nettó összesen</td><td class='r'>{m(net)}</td></tr><tr><td>ÁFA összesen</td><td class='r'>{m(tax)}</td></tr>"
                f"<tr class='grand'><td>Bruttó összesen</td><td class='r'>{m(total)}</td></tr></table></td></tr></table>" + huf_note
                + "<table style='width:100%;margin-top:26pt'><tr><td style='width:50%'></td><td style='width:50%' class='c'>______________________<br/>kiállító</td></tr></table>")
        template = "hu_erp"
    sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=False, margin=(36, 34, 36, 30),
                          continued=lambda i: f"<p class='b'>{esc(number)} – folytatás</p>", more="folytatás a következő oldalon")
    return Built(doc=doc, sheet=sheet, template=template, png_scan_ok=len(sheet.pages) == 1, notes={"supplied": supplied.isoformat(), "currency": currency})
