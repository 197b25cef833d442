"""Dry cleaners' counter tickets and commercial laundries' invoices: British and American cleaners' tickets (receipts) and a
linen service's weekly tax invoice to a restaurant or hotel, in English, GBP, USD and AUD, 2023-2025 (invented shops and
customers).

Three prints. `gb_cleaning_ticket` (an 80 mm counter ticket: the shop's name over the company, its address, VAT No. where the
shop is registered (= tax id), Ticket No. (= id), "In:" with the date and time (= document date), "Ready:" (decoy), the
customer's name and phone (no party), the items "2 x Shirt (hanger) @ 2.95", "Suit 2pc", "Duvet - double", an express surcharge,
Pieces, TOTAL, "VAT incl. @ 20%" where registered, PAID by card or cash, or TO PAY ON COLLECTION, and the tag numbers (decoys)),
`us_cleaners_ticket` (an American cleaner's ticket: Ticket #, Rack and Due (decoys), the customer's name and phone, "3 SHIRT LDRY
STARCH L @ 3.25", SUBTOTAL, on some the state's sales tax on cleaning, TOTAL, the card or Balance due), `linen_service_invoice`
(an A4 TAX INVOICE from an Australian or British commercial laundry: ABN / VAT No. (= tax id), Account No. (= customer id), Week
ending, the delivery dockets (decoys), Invoice No., Date, Terms and Due date; Item / Qty / Rate / Amount with linen laundered or
hired per piece at rates to the cent or below, lost and damaged linen and a delivery surcharge as amounts only; Subtotal,
GST 10% / VAT 20%, Total).

Truth: the tickets a `receipt` with no customer (the customer's name is printed, but a receipt has no customer); the linen
service an `invoice` with the restaurant or hotel as customer; vendor = the cleaner's company (the shop's name on top a decoy
where they differ) with its address and VAT number / ABN where printed; id = the ticket / invoice number; date = the date in /
invoice date (the ready / due dates on tickets are decoys); lines = the items (a one-off item has no quantity or unit price, a
surcharge an amount only); tax = the VAT included / sales tax / GST where printed; net = the subtotal where printed; total =
TOTAL / Total.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, abn, address, phone, uk_vat
from corpus.holdout.fakes_twentysixth import CLEANER_WORDS, LINEN_WORDS, digits
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import rows_html
from corpus.holdout.templates._fourteenth import roll_sheet
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentysixth import banner_invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "dry_cleaner_receipt"
D = Decimal
GB_ITEMS = [("Shirt (hanger)", 2.5, 3.5), ("Shirt (folded)", 2.9, 3.9), ("Blouse", 4.5, 7), ("Trousers", 6, 9), ("Suit 2pc", 13, 19), ("Suit 3pc", 17, 24),
            ("Jacket", 8, 12), ("Dress", 10, 18), ("Dress, silk - delicate", 15, 24), ("Coat - wool, full length", 14, 22), ("Skirt, pleated", 8, 13),
            ("Duvet - double", 18, 28), ("Duvet - king", 22, 32), ("Curtains, lined (per pair)", 24, 48), ("Tie", 4, 6.5), ("Jumper / knitwear", 6, 9),
            ("Alteration: shorten trousers", 9, 14), ("Alteration: replace zip", 12, 18), ("Wedding dress - clean and box", 95, 160)]
US_ITEMS = [("SHIRT LDRY STARCH L", 2.75, 3.95), ("SHIRT LDRY NO STARCH", 2.75, 3.95), ("PANTS DC", 6.5, 9.5), ("SUIT 2PC DC", 14.95, 21.95), ("BLOUSE DC", 6.95, 9.95),
            ("DRESS DC", 12.95, 19.95), ("SWEATER DC", 7.95, 10.95), ("COAT DC", 16.95, 26.95), ("COMFORTER QUEEN", 24.95, 34.95), ("TIE DC", 5.95, 7.95),
            ("HEM PANTS", 12.95, 17.95), ("TABLECLOTH LG", 12.95, 19.95), ("JACKET DC", 9.95, 13.95)]
LINEN = {"AU": [("Tablecloth 54x54 white - laundered", 0.85, 1.4), ("Tablecloth 90x132 banquet - laundered", 1.9, 3.2), ("Napkin 20x20 white", 0.18, 0.32),
                ("Chef jacket - hire and laundry", 1.4, 2.4), ("Apron, bib - hire and laundry", 0.55, 0.95), ("Tea towel", 0.15, 0.28),
                ("Bath towel - hire", 0.7, 1.2), ("Bath mat - hire", 0.45, 0.8), ("Sheet, king - hire", 1.2, 1.9), ("Pillowcase - hire", 0.3, 0.55),
                ("Bar mop / glass cloth", 0.12, 0.24)],
         "GB": [("Tablecloth 54x54in white - laundered", 0.75, 1.3), ("Napkin 20x20in white", 0.16, 0.3), ("Chef jacket - rental and laundry", 1.2, 2.1),
                ("Apron - rental and laundry", 0.5, 0.9), ("Tea towel", 0.14, 0.26), ("Bath sheet - hire", 0.65, 1.1), ("Hand towel - hire", 0.3, 0.55),
                ("Duvet cover, double - hire", 1.1, 1.8), ("Sheet, double - hire", 0.8, 1.4), ("Pillowcase - hire", 0.25, 0.5), ("Roller towel (cabinet)", 1.8, 3.2)]}
VENUES = {"AU": (["The Harbour", "Saltbush", "Bellbird", "The Esplanade", "Wattle", "Bluestone", "Coral Bay", "The Grand"], ["Kitchen", "Hotel", "Café", "Bistro", "Motor Inn", "Resort"]),
          "GB": (["The Old Bell", "Riverside", "The Crown", "Harbour View", "The Swan", "Millstone", "The George"], ["Inn", "Hotel", "Brasserie", "Kitchen", "Bistro", "Guest House"])}


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["gb_cleaning_ticket", "us_cleaners_ticket", "linen_service_invoice"])
    issued = random_date(rng, date(2023, 1, 9), 1000)
    if layout == "linen_service_invoice":
        return _linen(rng, layout, issued)
    gb = layout == "gb_cleaning_ticket"
    country = "GB" if gb else "US"
    place, trade, form = (pick(rng, part) for part in CLEANER_WORDS[country])
    brand = f"{place} {trade}"
    company = f"{brand} {form}".strip() if chance(rng, 0.6) else f"{pick(rng, ['J & M', 'Patel', 'Kim', 'Nguyen', 'Rossi', 'A & K'])} {'Services Ltd' if gb else 'Enterprises Inc.'}"
    registered = gb and chance(rng, 0.55)
    vendor = Party(name=company, address=address(rng, country), country=country, tax_id=uk_vat(rng) if registered else None, phone=phone(rng, country))
    pool = GB_ITEMS if gb else US_ITEMS
    lines = []
    for desc, low, high in rng.sample(pool, rng.randrange(1, 6)):
        qty = D(pick(rng, [1, 1, 1, 2, 2, 3, 4, 5])) if ("Shirt" in desc or "SHIRT" in desc) else D(pick(rng, [1, 1, 1, 1, 2]))
        if gb:
            price = money(round(rng.uniform(low, high) * 20) / 20)
        else:
            price = money(int(rng.uniform(low, high)) + D("0.95")) if high > 5 else money(rng.uniform(low, high))
        lines.append(Line(desc, qty, price, money(qty * price)))
    if chance(rng, 0.2):
        base = sum((li.amount for li in lines), D("0.00"))
        lines.append(Line(pick(rng, ["Express service (same day) +50%", "Express surcharge"]) if gb else "SAME DAY +25%", None, None,
                          money(base * (D("0.5") if gb else D("0.25")))))
    sub = sum((li.amount for li in lines), D("0.00"))
    taxed_us = not gb and chance(rng, 0.4)
    rate = D(pick(rng, ["6.625", "6.35", "6.0", "7.0"]))
    if gb:
        total, net = sub, None
        tax = money(total / 6) if registered else None
    elif taxed_us:
        tax = money(sub * rate / 100)
        total, net = sub + tax, sub
    else:
        total, net, tax = sub, None, None
    number = pick(rng, [f"{rng.randrange(1000, 99999)}", f"{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}", f"T{rng.randrange(10000, 99999)}"])
    doc = Doc(document_type="receipt", locale=country, currency="GBP" if gb else "USD", vendor=vendor, customer=None, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, lines_sum_to="net" if net is not None else "total")
    ready = issued + timedelta(days=pick(rng, [1, 2, 3, 4, 7]))
    surname = pick(rng, ["JONES", "PATEL", "SMITH", "O'NEILL", "WILLIAMS", "KHAN", "BROWN", "GARCIA", "CHEN", "MILLER"])
    cust = f"{pick(rng, ['MRS ', 'MR ', 'MS ', ''])}{surname}" if gb else f"{surname}, {pick(rng, 'JMSKDALR')}"
    tel = f"07{rng.randrange(100, 999)} {rng.randrange(100000, 999999)}" if gb else f"({rng.randrange(201, 989)}) {rng.randrange(200, 999)}-{digits(rng, 4)}"
    pieces = sum(int(li.quantity) for li in lines if li.quantity is not None)
    tag = f"{rng.randrange(100, 999)}/{rng.randrange(1, 9)}"
    roll = pick(rng, [204.0, 226.0])
    inner = roll - 16
    c1, c2 = inner - 66, 48
    rows = ""
    for li in lines:
        if li.quantity is None:
            rows += f"<tr><td style='width:{c1:.0f}pt'>{esc(li.description)}</td><td class='r' style='width:{c2}pt'>{amount(li.amount)}</td></tr>"
        elif li.quantity == 1:
            rows += f"<tr><td style='width:{c1:.0f}pt'>{esc(li.description)}</td><td class='r' style='width:{c2}pt'>{amount(li.amount)}</td></tr>"
        else:
            rows += (f"<tr><td style='width:{c1:.0f}pt'>{li.quantity} x {esc(li.description)}<br/>&#160; @ {amount(li.unit_price)}</td>"
                     f"<td class='r' style='width:{c2}pt'>{amount(li.amount)}</td></tr>") if gb else \
                (f"<tr><td style='width:{c1:.0f}pt'>{li.quantity} {esc(li.description)} @{amount(li.unit_price)}</td><td class='r' style='width:{c2}pt'>{amount(li.amount)}</td></tr>")
    for li in lines:
        if li.quantity == 1:
            li.quantity = li.unit_price = None
    pattern = pick(rng, ["dmy_slash", "dmy_slash", "d_mon_y"]) if gb else pick(rng, ["mdy_slash", "mdy_slash_short"])
    day = issued.strftime("%a")
    paid = chance(rng, 0.6)
    clock = f"{rng.randrange(7, 19):02d}:{rng.randrange(60):02d}"
    if gb:
        sums = [("TOTAL", f"£{amount(total)}")]
        if registered:
            sums.append(("VAT incl. @ 20%", amount(tax)))
        pay = [(pick(rng, ["PAID - CARD", "PAID - CASH", "PAID - CONTACTLESS"]), amount(total))] if paid else [("TO PAY ON COLLECTION", amount(total))]
        head = (f"<p class='c b' style='font-size:11pt'>{esc(brand.upper())}</p>" + (f"<p class='c small'>{esc(company)}</p>" if company != brand else "")
                + "".join(f"<p class='c small'>{esc(a)}</p>" for a in vendor.address) + f"<p class='c small'>Tel {vendor.phone}</p>"
                + (f"<p class='c small'>VAT No. {vendor.tax_id}</p>" if registered else ""))
        meta = (f"<p style='margin-top:4pt' class='b'>Ticket No. {number}</p><p>In: {day} {fmt_date(issued, pattern)} {clock}</p>"
                f"<p>Ready: {ready.strftime('%a')} {fmt_date(ready, pattern)} {pick(rng, ['after 4pm', 'after 2pm', 'from 10am'])}</p>"
                f"<p>Customer: {cust}  {tel}</p>")
        foot = (f"<p class='small'>Pieces: {pieces} · Tags {tag}-{pieces}</p>"
                + "<p class='small c' style='margin-top:4pt'>Items not collected within 90 days may be disposed of. We take every care but cannot accept "
                + "responsibility for buttons, trims or items not fit for cleaning.</p>")
    else:
        sums = ([("SUBTOTAL", amount(sub)), (f"TAX {rate}%", amount(tax))] if taxed_us else []) + [("TOTAL", f"${amount(total)}")]
        pay = [(f"{pick(rng, ['VISA', 'MC', 'AMEX'])} ****{digits(rng, 4)}", amount(total))] if paid else [("BALANCE DUE", amount(total))]
        head = (f"<p class='c b' style='font-size:11pt'>{esc(brand.upper())}</p>" + (f"<p class='c small'>{esc(company)}</p>" if company != brand else "")
                + "".join(f"<p class='c small'>{esc(a)}</p>" for a in vendor.address) + f"<p class='c small'>{vendor.phone}</p>")
        meta = (f"<p style='margin-top:4pt' class='b'>TICKET # {number}</p><p>{fmt_date(issued, pattern)} {clock}  RACK {rng.randrange(1, 40)}-{rng.randrange(1, 99)}</p>"
                f"<p>DUE: {ready.strftime('%a').upper()} {fmt_date(ready, pattern)} {pick(rng, ['5PM', 'AFTER 4PM', '12PM'])}</p><p>{cust}  {tel}</p>")
        foot = f"<p class='small'>PCS: {pieces}</p><p class='small c' style='margin-top:4pt'>Not responsible for items left over 60 days.</p>"
    body = (head + meta + f"<table style='margin-top:3pt'>{rows}</table>" + rows_html(sums, widths=(inner - 60, 54), strong_last=False)
            + rows_html(pay, strong_last=False, widths=(inner - 60, 54)) + foot)
    theme = Theme.pick(rng, font=pick(rng, ["Courier", "Helvetica", "Courier"]), size=(7.0, 8.0))
    sheet = roll_sheet(roll, body, theme.css(""))
    notes = {"brand": brand, "ready": ready.isoformat(), "customer": cust, "tag": tag}
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes, scan_weight=2.0)


def _linen(rng: random.Random, layout: str, issued: date) -> Built:
    country = pick(rng, ["AU", "GB"])
    place, trade, form = (pick(rng, part) for part in LINEN_WORDS[country])
    vendor = Party(name=f"{place} {trade} {form}", address=address(rng, country), country=country, tax_id=abn(rng) if country == "AU" else uk_vat(rng),
                   phone=phone(rng, country))
    vw, vk = VENUES[country]
    customer = Party(name=f"{pick(rng, vw)} {pick(rng, vk)}", address=address(rng, country), country=country)
    rows = rng.sample(LINEN[country], rng.randrange(3, 9))
    lines = []
    for desc, low, high in rows:
        qty = D(pick(rng, [20, 40, 60, 80, 120, 150, 200, 240, 300, 450, 600]))
        if "jacket" in desc or "Roller" in desc:
            qty = D(pick(rng, [6, 8, 10, 12, 14, 20]))
        price = money(rng.uniform(low, high))
        lines.append(Line(desc, qty, price, money(qty * price)))
    if chance(rng, 0.35):
        lines.append(Line("Lost / damaged linen - replacement charge", None, None, money(rng.uniform(12, 90))))
    lines.append(Line(pick(rng, ["Delivery and collection", "Fuel surcharge", "Route delivery charge"]), None, None, money(rng.uniform(12, 45))))
    net = sum((li.amount for li in lines), D("0.00"))
    rate = D(10) if country == "AU" else D(20)
    tax = money(net * rate / 100)
    total = net + tax
    week = issued - timedelta(days=(issued.weekday() + 1) % 7)
    number = pick(rng, [f"{rng.randrange(100000, 999999)}", f"INV{rng.randrange(10000, 99999)}", f"LS-{issued.year % 100}{rng.randrange(1, 9999):04d}"])
    days = pick(rng, [7, 14, 14, 30])
    terms = pick(rng, [f"{days} days", f"Net {days}", f"{days} days from invoice"])
    due = issued + timedelta(days=days) if chance(rng, 0.7) else None
    acct = f"{pick(rng, ['', 'A', 'CUST'])}{rng.randrange(1000, 99999)}"
    doc = Doc(document_type="invoice", locale=country, currency="AUD" if country == "AU" else "GBP", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=acct)
    pattern = pick(rng, ["dmy_slash", "d_mon_y", "d_month_y"])

    def d(x):
        return fmt_date(x, pattern)

    def rate_text(v):
        return amount(v)

    dockets = ", ".join(str(rng.randrange(10000, 99999)) for _ in range(rng.randrange(2, 5)))
    theme = Theme.pick(rng, size=(7.5, 9.0))
    vrows = [f"ABN {vendor.tax_id}" if country == "AU" else f"VAT No. {vendor.tax_id}", f"Tel {vendor.phone}"]
    meta = [("Invoice No.:", number), ("Date:", d(issued)), ("Account No.:", acct), ("Week ending:", d(week)), ("Terms:", terms)] + ([("Due date:", d(due))] if due else [])
    tax_label = "GST 10%" if country == "AU" else "VAT @ 20%"
    totals = [("Subtotal", amount(net)), (tax_label, amount(tax)), ("Total" if country == "GB" else "Total (incl. GST)", ("$" if country == "AU" else "£") + amount(total))]
    side = [f"Delivery dockets: {dockets}", "Linen remains the property of " + esc(vendor.name) + ". Lost items are charged at replacement cost."]
    head = ["Item", "Qty", "Rate", "Amount"]
    fractions = (0.58, 0.12, 0.13, 0.17)

    def cells(li):
        return [esc(li.description), "" if li.quantity is None else str(li.quantity), "" if li.unit_price is None else rate_text(li.unit_price), amount(li.amount)]

    notes = {"dockets": dockets, "week": week.isoformat()}
    if chance(rng, 0.5):
        return banner_invoice(doc, layout, theme, *A4, title="TAX INVOICE", vendor_rows=vrows, buyer_label="Bill to", buyer_rows=[], meta=meta, head=head,
                              fractions=fractions, numeric={1, 2, 3}, cells=cells, totals=totals, foot=[], side=side, notes=notes, footer_text="Page")
    return invoice(doc, layout, arrangement(rng, meta), theme, *A4, title="TAX INVOICE" if country == "AU" else pick(rng, ["INVOICE", "TAX INVOICE"]),
                   vendor_rows=vrows, buyer_label="Bill to", buyer_rows=[], meta=meta, head=head, fractions=fractions, numeric={1, 2, 3}, cells=cells,
                   totals=totals, foot=side, notes=notes, footer_text="Page")
