"""Cambodian tax invoices and restaurant receipts, in English under Khmer headings, in US dollars with the riel conversion the
law asks for, or in riel, 2023-2025 (invented companies).

Three prints. `kh_tax_invoice_usd` (វិក្កយបត្រអាករ / TAX INVOICE: the supplier with its VAT TIN `K001-901234567` (= tax id), the
customer with its own VAT TIN (decoy), Invoice No., Invoice Date, PO No. and Delivery No. (decoys), Payment Terms and Due
Date; No. / Description / Qty / Unit Price / Amount in USD, Sub Total, VAT 10 %, Grand Total (USD); then the exchange rate
"1 USD = 4,100 KHR" with the VAT and the grand total in riel (decoys)), `kh_invoice_khr` (an invoice wholly in riel: prices and
amounts in whole riel "1,234,500", Total / VAT 10 % / Grand Total (KHR), the USD equivalent at the day's rate (decoy)),
`kh_restaurant_receipt` (a restaurant's 80 mm receipt under its name and VAT TIN: Receipt No., the date and time, Table,
Guests and Cashier (decoys), the dishes — "2 x 6.50" under a multiple, a single dish's amount alone —, Sub Total, VAT 10 %,
Total USD, Total KHR at the rate, cash received and the change in riel (decoys)).

Truth: an `invoice` (the riel one in KHR) or a `receipt` with no customer; vendor = the supplier / restaurant with its address
and VAT TIN; customer = the customer with its address (its VAT TIN a decoy); id = the invoice / receipt number; date = the
invoice date; lines = the items (on the receipt a single dish's quantity and price null); net = Sub Total / Total; tax = VAT
10 %; total = the Grand Total in the invoice's currency (the converted amounts decoys); terms and due date where printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentythird import KH_SHOPS, digits, kh_party, kh_vattin
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import priced_lines, rows_html
from corpus.holdout.templates._fourteenth import roll_sheet
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "kh_vat_invoice"
D = Decimal
ITEMS_USD = [("Cement Portland 50 kg", "bag", 5, 8), ("Steel rebar 12 mm x 12 m", "pcs", 9, 16), ("Office desk 140 x 70 cm", "pcs", 85, 260),
             ("Printing of annual report", "copy", 2, 9), ("Air conditioner 1.5 HP inverter", "unit", 380, 620), ("Installation service", "job", 25, 180),
             ("Logistics - container trucking Phnom Penh port", "trip", 120, 420), ("IT support retainer", "month", 250, 1400), ("Bottled water 1.5 L (pack 6)", "pack", 1, 3),
             ("Security guard service", "month", 220, 480), ("Diesel fuel", "litre", 1, 2), ("Consulting fee", "hour", 35, 120)]
ITEMS_KHR = [("Rice fragrant jasmine 50 kg", "bag", 120000, 180000), ("Cooking oil 5 L", "bottle", 28000, 42000), ("Fish sauce 700 ml", "bottle", 4000, 9000),
             ("Printing paper A4 80 gsm", "ream", 16000, 26000), ("Motorbike repair service", "job", 40000, 250000), ("Cleaning service", "month", 600000, 2400000),
             ("Brick red 4 holes", "1000 pcs", 250000, 420000), ("Sand fine", "m3", 35000, 60000)]
DISHES = [("Fish amok", 5, 9), ("Beef lok lak", 6, 11), ("Nom banh chok", 3, 6), ("Kuy teav Phnom Penh", 3, 6), ("Fried rice with chicken", 3, 7),
          ("Green mango salad", 3, 7), ("Angkor beer draught", 1, 3), ("Fresh coconut", 2, 3), ("Iced coffee with milk", 1, 3), ("Pepper crab Kampot style", 12, 26),
          ("Spring rolls (4 pcs)", 3, 6), ("Lemongrass chicken curry", 5, 9)]


def _whole(rng: random.Random, low: int, high: int) -> Decimal:
    return D(int(rng.uniform(low, high) // 100 * 100))


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["kh_tax_invoice_usd", "kh_tax_invoice_usd", "kh_invoice_khr", "kh_restaurant_receipt"])
    issued = random_date(rng, date(2023, 1, 9), 1000)
    fx = D(pick(rng, [4050, 4080, 4100, 4100, 4110, 4120]))
    if layout == "kh_restaurant_receipt":
        return _receipt(rng, layout, issued, fx)
    vendor, customer = kh_party(rng), kh_party(rng)
    while customer.name == vendor.name:
        customer = kh_party(rng)
    buyer_tin = kh_vattin(rng)
    customer.tax_id = None
    riel = layout == "kh_invoice_khr"
    if riel:
        lines = []
        for desc, unit, low, high in rng.sample(ITEMS_KHR, rng.randrange(1, 7)):
            qty = D(pick(rng, [1, 2, 3, 5, 10, 20]))
            price = _whole(rng, low, high)
            lines.append(Line(desc, qty, price, qty * price, unit))
        net = sum((li.amount for li in lines), D(0))
        tax = (net / 10).quantize(D(1))
    else:
        lines = priced_lines(rng, ITEMS_USD, rng.randrange(1, 11), quantities=(1, 1, 2, 3, 4, 5, 10, 20, 50))
        net = sum((li.amount for li in lines), D("0.00"))
        tax = money(net / 10)
    total = net + tax
    number = pick(rng, [f"INV-{issued.year}-{rng.randrange(1, 99999):05d}", f"{rng.randrange(100000, 999999)}", f"TI{issued.strftime('%y%m')}{rng.randrange(1, 999):03d}"])
    days = pick(rng, [None, 7, 15, 30, 30])
    due = issued + timedelta(days=days) if days and chance(rng, 0.6) else None
    terms = f"{days} days" if days and chance(rng, 0.6) else None
    doc = Doc(document_type="invoice", locale="KH", currency="KHR" if riel else "USD", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms)
    pattern = pick(rng, ["dd_mon_yyyy", "dmy_slash", "dmy_dash"])

    def d(x):
        return fmt_date(x, pattern)

    def n(v):
        return amount(v, ",", ".", 0 if riel else 2)

    theme = Theme.pick(rng, size=(7.5, 9.0))
    po = f"PO{rng.randrange(10000, 99999)}"
    notes = {"buyer_tin": buyer_tin, "fx": float(fx), "po": po}
    vrows = [f"VAT TIN: {vendor.tax_id}", f"Tel: {vendor.phone}"]
    brows = [f"VAT TIN: {buyer_tin}"]
    meta = [("Invoice No.:", number), ("Invoice Date:", d(issued)), ("PO No.:", po)]
    if chance(rng, 0.4):
        dn = f"DO-{rng.randrange(1000, 9999)}"
        meta.append(("Delivery No.:", dn))
        notes["dn"] = dn
    if terms:
        meta.append(("Payment Terms:", terms))
    if due:
        meta.append(("Due Date:", d(due)))
    index = {id(li): i + 1 for i, li in enumerate(lines)}
    cur = "KHR" if riel else "USD"
    head = ["No.", "Description", "Qty", f"Unit Price ({cur})", f"Amount ({cur})"]

    def cells(li):
        return [str(index[id(li)]), esc(li.description), str(li.quantity), n(li.unit_price), n(li.amount)]

    if riel:
        usd = money(total / fx)
        totals = [("Total (KHR)", n(net)), ("VAT 10%", n(tax)), ("Grand Total (KHR)", f"{n(total)} ៛")]
        foot = [f"USD equivalent at 1 USD = {amount(fx, ',', '.', 0)} KHR: USD {amount(usd)}"]
        notes["usd"] = float(usd)
    else:
        khr_total, khr_vat = (total * fx).quantize(D(1)), (tax * fx).quantize(D(1))
        totals = [("Sub Total (USD)", n(net)), ("VAT 10%", n(tax)), ("Grand Total (USD)", f"${n(total)}")]
        foot = [f"Exchange rate: 1 USD = {amount(fx, ',', '.', 0)} KHR", f"VAT (KHR): {amount(khr_vat, ',', '.', 0)} &#160; Grand Total (KHR): {amount(khr_total, ',', '.', 0)}"]
        notes["khr_total"] = float(khr_total)
    foot.append(f"Bank: {pick(rng, ['ABA Bank', 'ACLEDA Bank Plc.', 'Canadia Bank', 'Wing Bank'])}, A/C {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}")
    return invoice(doc, layout, arrangement(rng, meta), theme, *A4, title="វិក្កយបត្រអាករ<br/>TAX INVOICE", vendor_rows=vrows, buyer_label="Customer / អតិថិជន",
                   buyer_rows=brows, meta=meta, head=head, fractions=(0.06, 0.46, 0.1, 0.18, 0.2), numeric={0, 2, 3, 4}, cells=cells, totals=totals, foot=foot,
                   notes=notes, footer_text="Page")


def _receipt(rng: random.Random, layout: str, issued: date, fx: Decimal) -> Built:
    name = pick(rng, KH_SHOPS)
    vendor = kh_party(rng, name=f"{name} Co., Ltd." if chance(rng, 0.5) else name)
    picked = rng.sample(DISHES, rng.randrange(1, 7))
    lines = []
    for desc, low, high in picked:
        qty = D(pick(rng, [1, 1, 1, 2, 2, 3, 4]))
        price = money(round(rng.uniform(low, high) * 4) / 4)
        lines.append(Line(desc, qty, price, money(qty * price)))
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(net / 10)
    total = net + tax
    for li in lines:
        if li.quantity == 1:
            li.quantity = li.unit_price = None
    number = pick(rng, [f"R{rng.randrange(100000, 999999)}", f"{issued.strftime('%y%m%d')}-{rng.randrange(1, 999):04d}", f"#{rng.randrange(10000, 99999)}"])
    doc = Doc(document_type="receipt", locale="KH", currency="USD", vendor=vendor, customer=None, invoice_ids=[number], document_date=issued, total=total,
              net=net, tax=tax, lines=lines)

    def n(v):
        return amount(v)

    khr = (total * fx / 100).quantize(D(1)) * 100
    given = D(pick(rng, [10, 20, 50, 100]))
    while given < total:
        given += 50
    change = ((given - total) * fx / 100).quantize(D(1)) * 100
    table, guests, cashier = rng.randrange(1, 40), rng.randrange(1, len(lines) + 2), pick(rng, ["Dara", "Sokha", "Vichea", "Srey Mom", "Rithy"])
    d = fmt_date(issued, pick(rng, ["dmy_slash", "dd_mon_yyyy"]))
    rows = "".join(f"<tr><td style='width:136pt'>{esc(li.description)}{f'<br/>&#160; {li.quantity} x {n(li.unit_price)}' if li.quantity else ''}</td>"
                   f"<td class='r' style='width:48pt'>{n(li.amount)}</td></tr>" for li in lines)
    body = (f"<p class='b c'>{esc(vendor.name)}</p><p class='c small'>{esc(', '.join(vendor.address))}</p><p class='c small'>Tel: {vendor.phone}</p>"
            + f"<p class='c small'>VAT TIN: {vendor.tax_id}</p><p class='c b' style='margin-top:4pt'>RECEIPT / វិក្កយបត្រ</p>"
            + f"<p style='margin-top:4pt'>Receipt No: {number}</p><p>Date: {d} {rng.randrange(10, 23):02d}:{rng.randrange(60):02d}</p>"
            + f"<p>Table: {table} &#160; Guests: {guests}</p><p>Cashier: {cashier}</p>"
            + f"<table style='margin-top:3pt'>{rows}</table>"
            + rows_html([("Sub Total", n(net)), ("VAT 10%", n(tax)), ("Total USD", n(total))], widths=(142, 58))
            + rows_html([(f"Total KHR (x{amount(fx, ',', '.', 0)})", amount(khr, ",", ".", 0)), ("Cash USD", n(given)), ("Change KHR", amount(change, ",", ".", 0))],
                        strong_last=False, widths=(142, 58))
            + "<p class='c small' style='margin-top:5pt'>Thank you! អរគុណ</p>")
    theme = Theme.pick(rng, font=pick(rng, ["Courier", "Helvetica"]), size=(7.0, 8.0))
    sheet = roll_sheet(226.0, body, theme.css(""))
    return Built(doc=doc, sheet=sheet, template=layout, notes={"khr": float(khr), "table": table, "change_khr": float(change)}, scan_weight=2.0)
