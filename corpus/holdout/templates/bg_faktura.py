"""Bulgarian фактура and кредитно известие, in Bulgarian (Cyrillic), BGN, 2023-2025.

Three prints. `bg_faktura_classic` (the customary form: "ФАКТУРА" centred with "№ 0000001234" (ten digits) and
"ОРИГИНАЛ", "Дата на издаване" and "Дата на данъчното събитие" (often other days), "Място на сделката"; two framed blocks
side by side, the Получател (the customer) on the LEFT and the Доставчик (the supplier) on the RIGHT, each with ЕИК,
ИН по ЗДДС BG…, Адрес and МОЛ; № / Наименование на стоката/услугата / Мярка / Количество / Ед. цена / Стойност;
Данъчна основа / ДДС 20 % / Сума за плащане; "Словом: Хиляда двеста … лева и 56 ст."; Начин на плащане with the IBAN,
BIC and bank; Съставил / Получил), `bg_faktura_software` (an invoicing program: the supplier's letterhead, "Фактура
№ …" with Дата на издаване / Дата на данъчно събитие / Срок за плащане / Клиентски № on the right, a Клиент block, a ДДС %
column, Сума без ДДС / ДДС 20% / Общо за плащане; the legal sentence that stamp and signature are not required; long
orders over two pages), `bg_kreditno_izvestie` (КРЕДИТНО ИЗВЕСТИЕ № … "към фактура № … от …" with an Основание, the
classic two blocks, amounts printed positive or with a minus). From 8 August 2025 the totals also show the euro
equivalent at 1,95583 (dual display; a decoy).

Truth: vendor = Доставчик with ИН по ЗДДС BG… as the tax id (the ЕИК is a decoy) and its address; customer = Получател /
Клиент (its ЕИК and ИН по ЗДДС decoys); id = the ten-digit number (the invoice a credit note cites is no id); date =
Дата на издаване (the tax-event date a decoy); due date = Срок за плащане where printed; customer id = Клиентски №;
net = Данъчна основа / Сума без ДДС, tax = ДДС, total = Сума за плащане in leva (the euro equivalent is no total);
credit notes negative.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_seventeenth import BGN_PER_EUR, bg_party, other_party, words_bgn
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import beside, paged, priced_lines, pts, rows_html
from corpus.holdout.templates._sixteenth import grouped, kv_rows

FAMILY = "bg_faktura"
D = Decimal
GOODS = [("Офис хартия А4 80 г/м2", "пакет", 6, 12), ("Тонер касета HP 59A", "бр.", 90, 260), ("Счетоводни услуги за месеца", "услуга", 200, 900),
         ("Транспортни услуги София - Пловдив", "курс", 250, 700), ("Консултантски услуги", "час", 60, 180), ("Цимент 25 кг", "торба", 9, 14),
         ("Кабел СВТ 3х2,5 мм2", "м", 1.5, 3.2), ("Ремонт и профилактика на климатик", "бр.", 80, 300), ("Софтуерен лиценз (12 месеца)", "бр.", 300, 1800),
         ("Почистване на офис площи", "м2", 1.5, 4), ("Работно облекло (яке и панталон)", "к-т", 40, 120), ("Лаптоп Lenovo ThinkPad E14", "бр.", 1300, 2200),
         ("Абонаментно поддържане на сървър", "месец", 150, 600), ("Монтаж на осветителни тела", "бр.", 25, 70)]
REASONS = ["Върната стока", "Отстъпка от цената", "Корекция на количество", "Рекламация на доставка"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["bg_faktura_classic", "bg_faktura_classic", "bg_faktura_software", "bg_faktura_software", "bg_kreditno_izvestie"])
    credit = layout == "bg_kreditno_izvestie"
    issued = random_date(rng, date(2023, 1, 3), 1060)
    event = issued - timedelta(days=pick(rng, [0, 0, 0, 1, 2, 3, 5]))
    vendor = bg_party(rng)
    customer = other_party(rng, bg_party, vendor)
    buyer_vat = customer.tax_id
    customer.tax_id = None
    count = rng.randrange(1, 3) if credit else rng.randrange(1, 7)
    lines = priced_lines(rng, GOODS, count, quantities=(1, 1, 2, 3, 4, 5, 10, 12, 20))
    if layout == "bg_faktura_software" and chance(rng, 0.3):  # a long delivery over two pages
        more = priced_lines(rng, GOODS, 14, quantities=(1, 2, 3, 5, 8))
        lines += [type(li)(f"{li.description} (доставка {i + 2})", li.quantity, li.unit_price, li.amount, li.unit)
                  for i, li in enumerate(more * 2 + more[:rng.randrange(6, 14)])]
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(net * D("0.20"))
    total = net + tax
    number = f"{rng.randrange(1, 30000):010d}"
    bank_transfer = credit or chance(rng, 0.75)
    due = issued + timedelta(days=pick(rng, [5, 7, 10, 14, 15, 30])) if bank_transfer and (layout == "bg_faktura_software" or chance(rng, 0.5)) else None
    client_no = f"{rng.randrange(100, 9999)}" if layout == "bg_faktura_software" and chance(rng, 0.5) else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="BG", currency="BGN", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, customer_id=client_no)
    style = pick(rng, ["space", "space", "plain", "dot"])
    minus = credit and chance(rng, 0.5)

    def n(value: D, *, signed: bool = True) -> str:
        value = -value if minus and signed else value
        if style == "space":
            return grouped(value, " ", decimals=2)
        text = f"{value:.2f}"
        return text if style == "dot" else text.replace(".", ",")

    def q(value: D) -> str:
        return str(int(value)) if value == value.to_integral_value() else f"{value}".replace(".", ",")

    suffix = " г." if chance(rng, 0.6) else ""

    def d(x: date) -> str:
        return f"{x.day:02d}.{x.month:02d}.{x.year}{suffix}"

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times", "Helvetica"]), size=(7.6, 8.6), table=pick(rng, ["grid", "grid", "boxed", "rules"]))
    css = theme.css(".t{font-size:16pt;font-weight:bold;text-align:center;letter-spacing:2pt} .lab{color:#444;font-size:7pt}"
                    " .bx{border:0.7pt solid #444;padding:4pt} .ft{font-size:6.5pt;color:#555}")
    width, height = A4
    W = width - 80
    cur = pick(rng, [" лв.", " лв.", " BGN"])
    euro = issued >= date(2025, 8, 8)

    def party_block(title: str, p, vat: str | None) -> str:
        rows = [f"<p class='lab'>{title}</p><p class='b'>{esc(p.name)}</p>", f"<p>ЕИК: {p.extra['eik']}</p>"]
        if vat:
            rows.append(f"<p>ИН по ЗДДС: {vat}</p>")
        rows.append(f"<p>Адрес: {esc(', '.join(p.address))}</p><p>МОЛ: {esc(p.extra['mol'])}</p>")
        return "".join(rows)

    vat_col = layout == "bg_faktura_software"
    if vat_col:
        cols = pts(W, 0.05, 0.41, 0.08, 0.1, 0.12, 0.08, 0.16)
        head = ["№", "Наименование на стоката/услугата", "Мярка", "Количество", "Ед. цена", "ДДС %", "Стойност"]
    else:
        cols = pts(W, 0.05, 0.45, 0.09, 0.11, 0.13, 0.17)
        head = ["№", "Наименование на стоката/услугата", "Мярка", "Количество", "Ед. цена", "Стойност"]

    def table(chunk) -> str:
        ths = "".join(f"<th style='width:{w}' class='{'' if i == 1 else 'r'}'>{h}</th>" for i, (h, w) in enumerate(zip(head, cols, strict=True)))
        rows = []
        for i, li in chunk:
            cells = [str(i), esc(li.description), li.unit, q(li.quantity), n(li.unit_price)] + (["20"] if vat_col else []) + [n(li.amount)]
            rows.append("<tr>" + "".join(f"<td style='width:{w}' class='{'' if j == 1 else 'r'}'>{c}</td>" for j, (c, w) in enumerate(zip(cells, cols, strict=True))) + "</tr>")
        return f"<table class='items'><tr>{ths}</tr>{''.join(rows)}</table>"

    pct = pick(rng, ["20 %", "20%"])
    if layout == "bg_faktura_software":
        totals = [("Сума без ДДС", n(net) + cur), (f"ДДС {pct}", n(tax) + cur), (pick(rng, ["Общо за плащане", "Сума за плащане", "Всичко"]), n(total) + cur)]
    else:
        totals = [("Данъчна основа", n(net) + cur), (f"ДДС {pct}", n(tax) + cur), ("Сума за плащане", n(total) + cur)]
    if euro:
        totals.append(("Равностойност в евро", grouped(money(total / BGN_PER_EUR), " ", decimals=2) + " €"))
    payment = (f"<p>Начин на плащане: {'По банков път' if bank_transfer else 'В брой'}</p>"
               + (f"<p>IBAN: {vendor.extra['iban']} · BIC: {vendor.extra['bic']} · {esc(vendor.extra['bank'])}</p>" if bank_transfer else "")
               + (f"<p>Срок за плащане: {d(due)}</p>" if due and layout != "bg_faktura_software" else ""))
    words = f"<p><b>Словом:</b> {words_bgn(total)}</p>"
    legal = ("<p class='ft' style='margin-top:10pt'>Съгласно чл. 6, ал. 1 от Закона за счетоводството, чл. 114 от ЗДДС и чл. 78 от ППЗДДС "
             "печатът и подписът не са задължителни реквизити на фактурата.</p>")
    signs = (f"<table style='margin-top:14pt'><tr><td style='width:{W / 2 - 6:.0f}pt'>Получил: ____________________</td>"
             f"<td style='width:{W / 2 - 6:.0f}pt'>Съставил: {esc(vendor.extra['mol'])}</td></tr></table>")
    if layout in ("bg_faktura_classic", "bg_kreditno_izvestie"):
        title = "КРЕДИТНО ИЗВЕСТИЕ" if credit else "ФАКТУРА"
        cited = f"{(int(number) + rng.randrange(-900, -3)) % 30000 + 1:010d}"
        cited_date = issued - timedelta(days=rng.randrange(5, 60))
        meta = [("Дата на издаване", d(issued)), ("Дата на данъчното събитие", d(event)), ("Място на сделката", f"гр. {vendor.extra['city']}")]
        head_html = (f"<p class='t'>{title}</p><p style='text-align:center;font-size:11pt' class='b'>№ {number}</p>"
                     + (f"<p style='text-align:center'>към фактура № {cited} от {d(cited_date)}</p>" if credit else "")
                     + "<p style='text-align:center' class='b'>ОРИГИНАЛ</p>"
                     + f"<div style='margin-left:{W / 2 - 110:.0f}pt'>{kv_rows(meta, (130, 110))}</div>"
                     + beside(f"<div class='bx'>{party_block('Получател', customer, buyer_vat)}</div>",
                              f"<div class='bx'>{party_block('Доставчик', vendor, vendor.tax_id)}</div>", (W / 2, W / 2)))
        if credit:
            head_html += f"<p style='margin-top:4pt'>Основание: {pick(rng, REASONS)}</p>"
        closing = beside(words + payment, rows_html(totals, widths=(130, 95)), (W - 230, 230)) + signs + legal

        def body(chunk, page, last):
            return (head_html if page == 0 else f"<p class='b'>{title} № {number}</p>") + table(chunk) + (closing if last else "")
        footer = None
    else:
        left = (f"<p class='b' style='font-size:13pt;color:{theme.accent}'>{esc(vendor.name)}</p>" + f"<p>{esc(', '.join(vendor.address))}</p>"
                + f"<p>ЕИК {vendor.extra['eik']} · ИН по ЗДДС {vendor.tax_id}</p><p>Тел. {vendor.phone} · {vendor.email}</p>")
        meta = [("Дата на издаване", d(issued)), ("Дата на данъчно събитие", d(event))] + ([("Срок за плащане", d(due))] if due else []) \
            + ([("Клиентски №", client_no)] if client_no else [])
        right = f"<p style='font-size:14pt' class='b'>Фактура № {number}</p>" + kv_rows(meta, (120, 110))
        buyer = f"<div class='bx' style='margin-top:8pt'>{party_block('Клиент', customer, buyer_vat)}</div>"
        head_html = beside(left, right, (W - 235, 235)) + buyer
        closing = beside(words + payment, rows_html(totals, widths=(130, 95)), (W - 230, 230)) + signs + legal

        def body(chunk, page, last):
            return (head_html if page == 0 else f"<p class='b'>Фактура № {number} (продължение)</p>") + table(chunk) + (closing if last else "")

        def footer(page_no: int, count: int) -> str:
            return f"<p class='ft' style='text-align:right'>Страница {page_no} от {count}</p>"
    sheet = paged(width, height, css, (40.0, 38.0, 40.0, 34.0), list(enumerate(lines, 1)), body, footer=footer, footer_height=16.0 if footer else 0.0)
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1,
                 notes={"eik": vendor.extra["eik"], "buyer_vat": buyer_vat, "event": event.isoformat(), "euro": euro, "words": words_bgn(total)})
