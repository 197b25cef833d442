"""Trinidad and Tobago and Barbados VAT invoices and a Trinidadian hardware store's cash sale, in English, TTD (TT$) and BBD
(BDS$), 2023-2025.

Three prints. `tt_vat_invoice` (VAT INVOICE from a Port of Spain / Point Lisas supplier: VAT Reg. No. (6 digits, = tax id),
BIR File No. and Co. Reg. No. (decoys), Sold To / Ship To (the delivery address a decoy), Customer P.O. No. and its date (decoys),
Account No. (= customer id), Terms "Net 30" and Due Date; Item / Description / Qty / Unit Price / Amount with "Z" against
zero-rated lines, Sub-Total / VAT @ 12.5% / Invoice Total TT$), `bb_vat_invoice` (a Barbadian INVOICE: TIN 1000… (13 digits, =
tax id), Co. No. (decoy), the customer's TIN (decoy), VAT 17.5 %, Taxable / Zero-rated sub-totals (decoys), VAT, Total BDS$,
Terms and Due Date), `tt_cash_sale` (a hardware store's CASH SALE slip on A5: the store, VAT Reg. No., Cash Sale No. (= id),
Register and Cashier (decoys), "Customer: CASH", qty @ price lines, Sub-Total, VAT 12.5%, Total, Cash Tendered / Change or
LINX (debit card) and the approval code).

Truth: an `invoice` (vendor = the supplier with its address and VAT number / TIN; customer = Sold To with its address; id =
the invoice number; net = Sub-Total (the Barbadian taxable and zero-rated sub-totals together); tax = VAT; total = the invoice
total; terms, due date and account number where printed) or a `receipt` (no customer; net = Sub-Total; tax = VAT; total = Total).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentysecond import bb_party, digits, tt_party
from corpus.holdout.money import money, random_date
from corpus.holdout.render import Box
from corpus.holdout.templates._fifteenth import priced_lines, rows_html, single_page
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import ARRANGEMENTS, dater, invoice

FAMILY = "tt_bb_vat_invoice"
D = Decimal
ITEMS = [("PVC pipe 1/2\" x 20 ft", "len", 18, 45, False), ("Galvanize sheet 26 gauge x 12 ft", "sht", 95, 180, False),
         ("Cement 42.5 kg (TCL)", "bag", 58, 75, False), ("Plywood 3/4\" 4 x 8 marine", "sht", 240, 420, False),
         ("Rice parboiled 10 kg", "bag", 70, 110, True), ("Cooking oil 3 L", "btl", 45, 85, True), ("Copy paper letter 8.5 x 11", "rm", 32, 60, False),
         ("Safety boots steel toe", "pr", 220, 480, False), ("Industrial degreaser 5 gal", "pail", 260, 540, False), ("Flour 2 kg", "pk", 14, 26, True),
         ("Electrical wire #12 THHN (500 ft)", "roll", 480, 920, False), ("Forklift service call", "ea", 650, 1500, False)]
RATES = {"TT": D("12.5"), "BB": D("17.5")}


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["tt_vat_invoice", "tt_vat_invoice", "bb_vat_invoice", "bb_vat_invoice", "tt_cash_sale"])
    country = "BB" if layout.startswith("bb") else "TT"
    vendor, customer = (bb_party(rng), bb_party(rng)) if country == "BB" else (tt_party(rng), tt_party(rng))
    while customer.name == vendor.name:
        customer = bb_party(rng) if country == "BB" else tt_party(rng)
    buyer_tax = customer.tax_id
    customer.tax_id = None
    issued = random_date(rng, date(2023, 1, 9), 1000)
    cash = layout == "tt_cash_sale"
    lines = priced_lines(rng, [i[:4] for i in ITEMS], rng.randrange(1, 7 if cash else 11), quantities=(1, 1, 2, 3, 4, 5, 6, 10, 12, 20))
    zero = {i[0]: i[4] for i in ITEMS}
    rate = RATES[country]
    for li in lines:
        li.tax_rate = D(0) if zero[li.description] else rate
    if all(li.tax_rate == 0 for li in lines):
        lines[0].tax_rate = rate
    net = sum((li.amount for li in lines), D("0.00"))
    taxable = sum((li.amount for li in lines if li.tax_rate), D("0.00"))
    tax = money(taxable * rate / 100)
    total = net + tax
    sep = ","

    def n(v):
        return amount(v, sep, ".")

    d = dater(rng, ["dmy_slash", "d_mon_y", "mdy_slash", "d_month_y", "dd_mon_yyyy"])
    theme = Theme.pick(rng, size=(7.5, 9.0))
    sym = "BDS$" if country == "BB" else pick(rng, ["TT$", "TTD"])
    if cash:
        number = f"{pick(rng, ['CS', 'C', ''])}{rng.randrange(100000, 999999)}"
        doc = Doc(document_type="receipt", locale="TT", currency="TTD", vendor=vendor, customer=None, invoice_ids=[number], document_date=issued,
                  total=total, net=net, tax=tax, lines=lines)
        card = chance(rng, 0.5)
        tendered = money((int(total) // 100 + 1) * 100) if not card else total
        rows = "".join(f"<tr><td style='width:190pt'>{esc(li.description)}<br/>&#160;&#160;{li.quantity} @ {n(li.unit_price)}{' Z' if not li.tax_rate else ''}</td>"
                       f"<td class='r' style='width:80pt'>{n(li.amount)}</td></tr>" for li in lines)
        pay = ([("LINX", n(total)), ("Approval", digits(rng, 6))] if card else [("Cash Tendered", n(tendered)), ("Change", n(tendered - total))])
        body = (f"<p class='b c big'>{esc(vendor.name)}</p><p class='c'>{esc(', '.join(vendor.address))}</p><p class='c small'>Tel {vendor.phone}</p>"
                + f"<p class='c small'>VAT Reg. No. {vendor.tax_id}</p><p class='b c' style='margin-top:6pt'>CASH SALE</p>"
                + f"<p>Cash Sale No: {number}</p><p>Date: {d(issued)} {rng.randrange(7, 18):02d}:{rng.randrange(60):02d}</p>"
                + f"<p>Register: {rng.randrange(1, 9)} &#160; Cashier: {pick(rng, ['Shivani', 'Marcus', 'Keisha', 'Ravi', 'Andrea'])}</p><p>Customer: CASH</p>"
                + f"<table style='margin-top:4pt'>{rows}</table>"
                + rows_html([("Sub-Total", n(net)), (f"VAT {rate}%", n(tax)), (f"TOTAL {sym}", n(total))], widths=(190, 86))
                + rows_html(pay, strong_last=False, widths=(190, 86))
                + "<p class='c small' style='margin-top:6pt'>Z = zero-rated. Goods sold are not returnable without this slip.</p><p class='c small'>Thank you for shopping with us!</p>")
        width, height = 420.0, 595.0
        css = theme.css("")
        sheet = single_page(layout, width, height, css, [Box((30, 24, width - 30, height - 24), body)])
        return Built(doc=doc, sheet=sheet, template=layout, notes={"buyer_tax": None}, scan_weight=2.0)
    number = pick(rng, [f"{rng.randrange(100000, 999999)}", f"INV-{rng.randrange(10000, 99999)}", f"SI{rng.randrange(1000000, 9999999)}"])
    days = pick(rng, [30, 30, 45, 60, 15])
    due = issued + timedelta(days=days) if chance(rng, 0.75) else None
    terms = pick(rng, [f"Net {days}", f"{days} days", f"{days} Days from Invoice"]) if chance(rng, 0.7) else None
    acct = pick(rng, [f"{customer.name[:3].upper()}{rng.randrange(100, 999)}", f"C{rng.randrange(10000, 99999)}", None])
    doc = Doc(document_type="invoice", locale=country, currency="BBD" if country == "BB" else "TTD", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=acct)
    width, height = pick(rng, [(612.0, 792.0), (595.0, 842.0)])
    po = f"{pick(rng, ['PO', 'P.O. ', ''])}{rng.randrange(10000, 999999)}"
    notes = {"buyer_tax": buyer_tax, "po": po}
    if country == "TT":
        vrows = [f"VAT Reg. No.: {vendor.tax_id}", f"BIR File No.: {vendor.extra['bir']}", f"Co. Reg. No.: {vendor.extra['co_no']}", f"Tel: {vendor.phone}"]
        notes.update(bir=vendor.extra["bir"])
        brows = []
        totals = [("Sub-Total", n(net)), (f"VAT @ {rate}%", n(tax)), (f"Invoice Total {sym}", n(total))]
        title = pick(rng, ["VAT INVOICE", "TAX INVOICE", "INVOICE"])
    else:
        vrows = [f"TIN: {vendor.tax_id}", f"Co. No. {vendor.extra['co_no']}", f"Tel: {vendor.phone}"]
        brows = [f"Customer TIN: {buyer_tax}"]
        totals = [("Taxable", n(taxable)), ("Zero-rated", n(net - taxable)), ("Sub-Total", n(net)), (f"VAT {rate}%", n(tax)), (f"TOTAL {sym}", n(total))]
        title = "INVOICE"
    meta = [("Invoice No.:", number), ("Date:", d(issued))] + ([("Account No.:", acct)] if acct else []) + [("Customer P.O.:", po)]
    meta += ([("Terms:", terms)] if terms else []) + ([("Due Date:", d(due))] if due else [])
    ship = pick(rng, ["Warehouse 3, Sea Lots", "Site office, Beetham Highway", "Lot 7, Wrightson Road", "Unit 12, Harbour Industrial Estate"])
    foot = [f"Ship To: {ship}", "Cheques payable to " + esc(vendor.name) + ". Interest of 1.5% per month is charged on overdue accounts.", "Z = zero-rated"]

    def cells(li):
        return [esc(li.description), str(li.quantity), li.unit, n(li.unit_price), n(li.amount) + ("" if li.tax_rate else " Z")]

    return invoice(doc, layout, pick(rng, ARRANGEMENTS), theme, width, height, title=title, vendor_rows=vrows, buyer_label="Sold To", buyer_rows=brows,
                   meta=meta, head=["Description", "Qty", "Unit", "Unit Price", f"Amount {sym}"], fractions=(0.46, 0.09, 0.09, 0.16, 0.2),
                   numeric={1, 3, 4}, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page")
