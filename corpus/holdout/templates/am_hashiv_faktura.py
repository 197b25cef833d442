"""Armenian invoices: the print of an electronic հաշիվ-ապրանքագիր (tax invoice), an accounting package's հաշիվ for payment,
both in Armenian, and an IT services firm's bilingual English / Armenian invoice, AMD and USD, 2023-2025.

Three prints. `am_e_hashiv_faktura` (the e-invoicing system's print: ՀԱՇՎԱՐԿԱՅԻՆ ՓԱՍՏԱԹՈՒՂԹ over ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ, Սերիա
(decoy) and Համար (= id), Դուրս գրման ամսաթիվ (= date) beside Մատակարարման ամսաթիվ (decoy), Մատակարար and Գնորդ with
Անվանում, ՀՎՀՀ, Հասցե, Բանկ and Հաշվեհամար; № / Ապրանքի (աշխատանքի, ծառայության) անվանում / Չափման միավոր / Քանակ / Միավորի
գին / Արժեք / ԱԱՀ դրույքաչափ / ԱԱՀ գումար / Ընդհանուր արժեք, an Ընդամենը row; Ընդամենը առանց ԱԱՀ, ԱԱՀ 20%, Ընդամենը ԱԱՀ-ով;
the supplier's head, chief accountant and the receiver's signature lines), `am_hashiv_vcharman` (ՀԱՇԻՎ ՎՃԱՐՄԱՆ № 57 at prices
including VAT: Ստացող with its bank details, Վճարող, Վճարման ժամկետ, Ընդամենը վճարման ենթակա and "այդ թվում ԱԱՀ 20%"),
`am_it_invoice_bilingual` (a Yerevan software firm's INVOICE / ՀԱՇԻՎ with bilingual labels, its name in Latin letters and its
TIN / ՀՎՀՀ, a foreign client billed in USD at "VAT 0% (export of services)" or an Armenian client in AMD with VAT 20 %,
Payment terms and Due date, the bank with SWIFT).

Amounts `1 234 567`, `1,234,567.00`, with ֏, դր. or AMD; dates `15.03.2024` and `March 15, 2024`.

Truth: vendor = Մատակարար / Ստացող / the letterhead firm with its address, tax id = its ՀՎՀՀ / TIN; customer = Գնորդ /
Վճարող / Bill to with its address (its ՀՎՀՀ or VAT number a decoy); id = the invoice number (the series apart); date = the
issue date (the supply date a decoy); net = Ընդամենը առանց ԱԱՀ / Subtotal, tax = ԱԱՀ (0.00 on an export), total =
Ընդամենը ԱԱՀ-ով / Total; the payment invoice prices with VAT: no net, tax = the VAT included; due date = Վճարման ժամկետ / Due
date, payment terms as printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company
from corpus.holdout.fakes_seventeenth import other_party
from corpus.holdout.fakes_twentieth import AM_PEOPLE, am_party
from corpus.holdout.money import MONTHS, money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._fifteenth import beside, paged, pts, rows_html
from corpus.holdout.templates._sixteenth import kv_rows
from corpus.holdout.templates._twentieth import amount, cells_table

FAMILY = "am_hashiv_faktura"
D = Decimal
ITEMS = [("Համակարգչային մկնիկ, անլար", "հատ", 3500, 12000), ("Թուղթ A4 (500 թերթ)", "տուփ", 2400, 3600), ("Ցեմենտ M400 (50 կգ)", "պարկ", 2900, 3800),
         ("Ծրագրային ապահովման սպասարկում", "ամիս", 150000, 900000), ("Բեռնափոխադրում Երևան - Գյումրի", "ուղերթ", 45000, 120000),
         ("Հաշվապահական ծառայություններ", "ամիս", 80000, 350000), ("Օդորակիչ 12000 BTU", "հատ", 180000, 390000), ("Մալուխ 3x2,5 մմ²", "մետր", 380, 650),
         ("Գրասենյակային աթոռ", "հատ", 25000, 95000), ("Խմելու ջուր 19 լ", "հատ", 900, 1500), ("Վերանորոգման աշխատանքներ", "ծառայություն", 250000, 2400000),
         ("Տոներ HP 85A", "հատ", 18000, 39000), ("Ամրան 12 մմ", "տոննա", 380000, 460000)]
IT_ITEMS = [("Software development services", "hrs", 25, 55), ("QA engineering", "hrs", 18, 35), ("DevOps support retainer", "month", 1500, 6500),
            ("UI/UX design sprint", "sprint", 2400, 9000), ("Cloud infrastructure management", "month", 900, 4200), ("Mobile app maintenance", "month", 800, 3500),
            ("Data engineering services", "hrs", 30, 60)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["am_e_hashiv_faktura", "am_e_hashiv_faktura", "am_hashiv_vcharman", "am_it_invoice_bilingual"])
    issued = random_date(rng, date(2023, 1, 9), 1030)
    if layout == "am_it_invoice_bilingual":
        return _bilingual(rng, issued)
    return _armenian(rng, layout, issued)


def unligated(html: str) -> str:
    """Armenian as the page draws it, letter by letter: the fallback font's ligatures (ու, մն, մե, մի, մխ, մվ) would reach the text
    layer as a stray 'O' or as presentation forms, so `ւ` and `մ` are set apart (tags and attributes are ASCII, so this is safe on HTML)."""
    return html.replace("ւ", "<span>ւ</span>").replace("մ", "<span>մ</span>")


def _amd(value: D, style: str) -> str:
    if style == "space":
        return amount(value, " ", ",", 0)
    if style == "comma":
        return amount(value)
    return amount(value, " ", ",")


def _armenian(rng: random.Random, layout: str, issued: date) -> Built:
    payment = layout == "am_hashiv_vcharman"
    vendor = am_party(rng)
    customer = other_party(rng, am_party, vendor)
    buyer_tin = customer.tax_id
    customer.tax_id = None
    lines = []
    for desc, unit, low, high in rng.sample(ITEMS, rng.randrange(1, 9)):
        price = money(round(rng.uniform(low, high), -1 if high < 5000 else -2))
        qty = D(pick(rng, [1, 1, 2, 3, 5, 10, 20] if high < 200000 else [1, 1, 1, 2]))
        if unit == "մետր":
            qty = D(pick(rng, [50, 100, 200, 500]))
        if unit == "տոննա":
            qty = D(pick(rng, ["1.5", "2", "3.4", "6"]))
        if payment:
            price = money(price * D("1.2"))
            price = money(round(price, -1))
        lines.append(Line(desc, qty, price, money(qty * price), unit))
    line_sum = sum((li.amount for li in lines), D("0.00"))
    if payment:
        total, tax, net = line_sum, money(round(line_sum / 6)), None  # whole drams
        vats = None
    else:
        vats = [money(li.amount * D("0.2")) for li in lines]
        net, tax = line_sum, sum(vats, D("0.00"))
        total = net + tax
    seq = rng.randrange(1, 10**6)
    number = f"{seq:08d}" if not payment else str(rng.randrange(1, 900))
    due = issued + timedelta(days=pick(rng, [5, 10, 15, 30])) if payment and chance(rng, 0.75) else None
    doc = Doc(document_type="invoice", locale="AM", currency="AMD", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, due_date=due, lines_sum_to="total" if payment else "net")
    style = pick(rng, ["space", "comma", "space_dec"])
    sym = pick(rng, ["֏", "դր.", "AMD"])

    def n(value: D) -> str:
        return _amd(value, style)

    theme = Theme.pick(rng, font=pick(rng, ["Times", "Helvetica"]), size=(7.2, 8.2), table=pick(rng, ["grid", "boxed", "grid"]))
    css = theme.css(".t{font-size:13pt;font-weight:bold} .tiny{font-size:6.2pt;color:#555} .box{border:0.8pt solid #555;padding:4pt}")
    width, height = A4
    W = width - 64
    d = issued.strftime("%d.%m.%Y")

    def block(label: str, p, tin: str, bank: bool) -> str:
        rows = [("Անվանում՝", f"<b>{esc(p.name)}</b>"), ("ՀՎՀՀ՝", tin), ("Հասցե՝", esc(", ".join(p.address)))]
        if bank:
            rows += [("Բանկ՝", esc(p.extra["bank"])), ("Հաշվեհամար՝", p.extra["account"])]
        return f"<div class='box'><p class='b'>{label}</p>{kv_rows(rows, (70, W / 2 - 84))}</div>"

    if not payment:
        supplied = issued - timedelta(days=pick(rng, [0, 1, 2, 5]))
        series = pick(rng, ["Ա", "Բ", "ԷԱ", "ԷՀ"])
        first = ("<p class='c tiny'>ՀԱՇՎԱՐԿԱՅԻՆ ՓԱՍՏԱԹՈՒՂԹ</p><p class='t c'>ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ</p>"
                 + f"<p class='c'>Սերիա՝ {series}&#160;&#160;&#160;Համար՝ <b>{number}</b></p>"
                 + f"<p class='c'>Դուրս գրման ամսաթիվ՝ {d}&#160;&#160;&#160;Մատակարարման ամսաթիվ՝ {supplied.strftime('%d.%m.%Y')}</p>"
                 + f"<div style='margin-top:6pt'>{beside(block('Մատակարար', vendor, vendor.tax_id, True), block('Գնորդ', customer, buyer_tin, True), (W / 2, W / 2))}</div>")
        head = ["№", "Ապրանքի (աշխատանքի, ծառայության) անվանում", "Չափման միավոր", "Քանակ", "Միավորի գին", "Արժեք", "ԱԱՀ դրույքաչափ", "ԱԱՀ գումար",
                "Ընդհանուր արժեք"]
        cols = pts(W, 0.04, 0.26, 0.09, 0.07, 0.11, 0.11, 0.09, 0.1, 0.13)
        numeric = {3, 4, 5, 7, 8}
        rows = list(zip(range(1, len(lines) + 1), lines, vats, strict=True))

        def table(chunk, last: bool) -> str:
            cells = [[str(i), esc(li.description), li.unit, str(li.quantity).replace(".", ","), n(li.unit_price), n(li.amount), "20%", n(v), n(li.amount + v)]
                     for i, li, v in chunk]
            extra = (f"<tr><td colspan='5' class='b'>Ընդամենը</td><td class='r b'>{n(net)}</td><td></td><td class='r b'>{n(tax)}</td>"
                     f"<td class='r b'>{n(total)}</td></tr>") if last else ""
            return cells_table(head, cols, numeric, cells, extra=extra)

        totals = [("Ընդամենը առանց ԱԱՀ", n(net)), ("ԱԱՀ 20%", n(tax)), ("Ընդամենը ԱԱՀ-ով", f"{n(total)} {sym}")]
        person = pick(rng, AM_PEOPLE)[0]
        signs = (f"<p>Մատակարարի ղեկավար՝ ________ {esc(vendor.extra['director'])}</p>"
                 f"<p style='margin-top:6pt'>Գլխավոր հաշվապահ՝ ________ {esc(person)}</p>")
        receiver = "<p>Ընդունեց՝ ________</p><p style='margin-top:6pt'>Կ.Տ.</p>"
        closing = (f"<div style='margin-left:{W - 240:.0f}pt;margin-top:4pt'>{rows_html(totals, widths=(150, 90))}</div>"
                   + f"<div style='margin-top:12pt'>{beside(signs, receiver, (W * 0.6, W * 0.4))}</div>")
        notes = {"series": series, "supplied": supplied.isoformat(), "buyer_tin": buyer_tin}
    else:
        meta = [("Ամսաթիվ՝", d)] + ([("Վճարման ժամկետ՝", due.strftime("%d.%m.%Y"))] if due else [])
        first = (f"<p class='t c'>ՀԱՇԻՎ ՎՃԱՐՄԱՆ № {number}</p>" + f"<div class='c'>{kv_rows(meta, (110, 90))}</div>"
                 + f"<div style='margin-top:6pt'>{beside(block('Ստացող', vendor, vendor.tax_id, True), block('Վճարող', customer, buyer_tin, False), (W / 2, W / 2))}</div>")
        head = ["№", "Անվանում", "Չափման միավոր", "Քանակ", "Գին", "Գումար"]
        cols = pts(W, 0.05, 0.45, 0.12, 0.1, 0.13, 0.15)
        numeric = {3, 4, 5}
        rows = list(zip(range(1, len(lines) + 1), lines, [None] * len(lines), strict=True))

        def table(chunk, last: bool) -> str:
            return cells_table(head, cols, numeric, [[str(i), esc(li.description), li.unit, str(li.quantity).replace(".", ","), n(li.unit_price), n(li.amount)]
                                                     for i, li, _v in chunk])

        totals = [("Ընդամենը վճարման ենթակա", f"{n(total)} {sym}"), ("այդ թվում ԱԱՀ 20%", n(tax))]
        closing = (f"<div style='margin-left:{W - 250:.0f}pt;margin-top:4pt'>{rows_html(totals, widths=(160, 90), strong_last=False)}</div>"
                   + f"<p style='margin-top:14pt'>Տնօրեն՝ ________ {esc(vendor.extra['director'])}</p><p style='margin-top:6pt'>Կ.Տ.</p>")
        notes = {"series": None, "buyer_tin": buyer_tin}
    sheet = paged(width, height, css, (32.0, 32.0, 32.0, 28.0), rows,
                  lambda chunk, page, last: unligated((first if page == 0 else f"<p class='b'>№ {number} ({d})</p>") + table(chunk, last) + (closing if last else "")),
                  footer=lambda p, c: f"<p class='tiny' style='text-align:right'>Էջ {p}/{c}</p>", footer_height=12.0)
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1, notes=notes)


def _bilingual(rng: random.Random, issued: date) -> Built:
    vendor = am_party(rng, latin=True)
    words = vendor.name.split()
    vendor.name = f"{words[0]} {pick(rng, ['Soft', 'Technologies', 'Labs', 'Digital', 'Systems', 'Software'])} {words[-1]}"
    export = chance(rng, 0.6)
    if export:
        country = pick(rng, ["US", "DE", "GB", "NL"])
        customer = make_company(rng, country)
        client_tax = customer.tax_id
        customer.tax_id = None
    else:
        customer = other_party(rng, lambda r: am_party(r, latin=True), vendor)
        client_tax = customer.tax_id
        customer.tax_id = None
    usd = export or chance(rng, 0.2)
    lines = []
    for desc, unit, low, high in rng.sample(IT_ITEMS, rng.randrange(1, 5)):
        period = f" — {MONTHS['en'][(issued.month - 2) % 12]} {issued.year if issued.month > 1 else issued.year - 1}"
        price = money(round(rng.uniform(low, high), 0))
        if not usd:
            price = money(round(price * D("390"), -2))
        qty = D(pick(rng, [40, 80, 120, 160, 168, 96])) if unit == "hrs" else D(1)
        lines.append(Line(desc + (period if unit != "sprint" else ""), qty, price, money(qty * price), unit))
    net = sum((li.amount for li in lines), D("0.00"))
    tax = D("0.00") if export else money(net * D("0.2"))
    total = net + tax
    number = pick(rng, [f"INV-{issued.year}-{rng.randrange(1, 400):03d}", f"{issued.year % 100}{rng.randrange(1, 999):03d}", f"AM-{rng.randrange(1000, 9999)}"])
    days = pick(rng, [10, 15, 30, 30, 45])
    terms = pick(rng, [f"Net {days}", f"Due within {days} days"])
    due = issued + timedelta(days=days)
    doc = Doc(document_type="invoice", locale="AM", currency="USD" if usd else "AMD", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms)

    def n(value: D) -> str:
        return amount(value)

    def m(value: D) -> str:
        return f"${amount(value)}" if usd else f"{amount(value)} ֏"

    long_dates = chance(rng, 0.5)

    def d(x: date) -> str:
        return f"{MONTHS['en'][x.month - 1]} {x.day}, {x.year}" if long_dates else x.strftime("%d.%m.%Y")

    theme = Theme.pick(rng, font="Helvetica", size=(8.0, 9.0), table=pick(rng, ["zebra", "rules", "header_fill"]))
    css = theme.css(".t{font-size:18pt;font-weight:bold} .hy{color:#777;font-size:7pt} .tiny{font-size:6.5pt;color:#666}")
    width, height = (LETTER if export and customer.country == "US" else A4)
    W = width - 80

    def lab(en: str, hy: str) -> str:
        return f"{en} <span class='hy'>/ {hy}</span>"

    head_left = (f"<p class='t' style='color:{theme.accent}'>{esc(vendor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address)
                 + f"<p>{lab('TIN', 'ՀՎՀՀ')}: {vendor.tax_id}</p><p>{esc(vendor.email or '')}</p>")
    meta = [(lab("Invoice No.", "Հաշիվ №"), f"<b>{number}</b>"), (lab("Date", "Ամսաթիվ"), d(issued)), (lab("Payment terms", "Վճարման պայմաններ"), terms),
            (lab("Due date", "Վճարման ժամկետ"), d(due))]
    bill = (f"<p class='b'>{lab('Bill to', 'Գնորդ')}</p><p class='b'>{esc(customer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in customer.address)
            + (f"<p>{'VAT No.' if customer.country in ('DE', 'GB', 'NL') else ('EIN' if customer.country == 'US' else 'TIN')}: {client_tax}</p>" if client_tax else ""))
    first = (beside(head_left, "<p class='t' style='text-align:right'>INVOICE</p><p class='hy' style='text-align:right'>ՀԱՇԻՎ</p>" + kv_rows(meta, (140, 110)),
                    (W - 262, 254)) + f"<div style='margin-top:12pt'>{bill}</div>")
    head = [lab("Description", "Նկարագրություն"), lab("Qty", "Քանակ"), lab("Unit", "Միավոր"), lab("Rate", "Գին"), lab("Amount", "Գումար")]
    cols = pts(W, 0.46, 0.1, 0.1, 0.16, 0.18)
    numeric = {1, 3, 4}

    def table(chunk) -> str:
        return cells_table(head, cols, numeric, [[esc(li.description), str(li.quantity), li.unit, n(li.unit_price), n(li.amount)] for li in chunk])

    vat_label = lab("VAT 0% (export of services)", "ԱԱՀ 0%") if export else lab("VAT 20%", "ԱԱՀ 20%")
    totals = [(lab("Subtotal", "Ընդամենը առանց ԱԱՀ"), m(net)), (vat_label, m(tax)), (lab("Total", "Ընդամենը"), m(total))]
    bank = (f"<p class='b'>{lab('Bank details', 'Բանկային տվյալներ')}</p><p>{esc(vendor.extra['bank_latin'])}</p>"
            f"<p>Account / Հաշվեհամար: {vendor.extra['account']}</p><p>SWIFT: {pick(rng, ['ARMIAM22', 'AGCAAM22', 'ASHBAM22', 'INECAM22'])}</p>")
    closing = (f"<div style='margin-left:{W - 270:.0f}pt;margin-top:6pt'>{rows_html(totals, widths=(180, 90))}</div>"
               + f"<div style='margin-top:12pt'>{bank}</div>"
               + f"<p class='tiny' style='margin-top:10pt'>{esc(vendor.extra['director_latin'])}, Director / Տնօրեն</p>")
    sheet = paged(width, height, css, (40.0, 40.0, 40.0, 30.0), lines,
                  lambda chunk, page, last: unligated((first if page == 0 else f"<p class='b'>Invoice {number} (continued)</p>") + table(chunk) + (closing if last else "")),
                  footer=lambda p, c: f"<p class='tiny' style='text-align:right'>{p}/{c}</p>", footer_height=12.0)
    return Built(doc=doc, sheet=sheet, template="am_it_invoice_bilingual", png_scan_ok=len(sheet.pages) == 1,
                 notes={"export": export, "client_tax": client_tax})
