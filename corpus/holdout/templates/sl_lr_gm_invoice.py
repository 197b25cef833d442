"""Sierra Leonean, Liberian and Gambian invoices: Freetown, Monrovia and Serrekunda / Banjul suppliers' invoices with GST at 15 %
(Sierra Leone, in new leones), GST at 10 % (Liberia, in US dollars or Liberian dollars) and VAT at 15 % (The Gambia, in dalasi),
exempt lines, and a duplicate-book invoice filled in on a typewriter, 2023-2025 (invented companies).

Three prints. `wa_tax_invoice` (the supplier's name, P.O. Box and street, TIN (= tax id), the registration number (decoy), Invoice
No. (= id), Date, the customer with its TIN where printed (decoy), Customer No. (= customer id), LPO / Order (decoy), Terms and Due
Date; Description / Qty / Rate / Amount, Subtotal, GST / VAT, Total), `wa_sidebar_invoice` (the supplier in a side column, the
same content), `wa_invoice_book` (a pre-printed duplicate book: the supplier's name and TIN printed, the number printed in red
(= id), "M/s" and the date typed in, Qty / Particulars / Rate / Amount in a ruled grid, Sub Total, GST / VAT, Total typed; the
customer's address not printed).

Truth: an `invoice`; vendor with its TIN; net = the subtotal; tax = the GST / VAT; total = the total.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentyeighth import wa_party, wa_tin
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import rows_html, single_page
from corpus.holdout.templates._fourteenth import typed
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyeighth import sidebar_invoice
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "sl_lr_gm_invoice"
D = Decimal
# description, low and high price in US dollars, taxable
ITEMS = [("Rice, 50kg bag (parboiled)", 28, 42, False), ("Cement, 50kg bag", 8, 13, True), ("Zinc roofing sheet, 32 gauge", 6, 11, True),
         ("Diesel generator service - 60 kVA", 120, 380, True), ("Solar inverter 5kVA, supply and installation", 900, 1800, True),
         ("Office chairs, executive", 85, 210, True), ("Printing of receipt books (50 leaves, duplicate)", 4, 9, True),
         ("Security guard services - monthly", 450, 1400, True), ("Haulage Freetown - Bo (per trip)", 300, 750, True), ("Laptop 15in, Core i5", 520, 880, True),
         ("Drugs: Amoxicillin 500mg caps (box of 100)", 7, 14, False), ("Consultancy - quarterly tax compliance", 600, 2200, True),
         ("Fuel - petrol (per litre)", 1.1, 1.6, True), ("Internet - dedicated 20 Mbps (monthly)", 350, 900, True)]
SETUP = {"SL": {"currency": "SLE", "scale": D(23), "tax": D(15), "tax_label": "GST", "sym": "NLe", "who": "NRA"},
         "LR": {"currency": "USD", "scale": D(1), "tax": D(10), "tax_label": "GST", "sym": "US$", "who": "LRA"},
         "LRD": {"currency": "LRD", "scale": D(190), "tax": D(10), "tax_label": "GST", "sym": "L$", "who": "LRA"},
         "GM": {"currency": "GMD", "scale": D(68), "tax": D(15), "tax_label": "VAT", "sym": "D", "who": "GRA"}}


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["wa_tax_invoice", "wa_tax_invoice", "wa_sidebar_invoice", "wa_invoice_book"])
    country = pick(rng, ["SL", "LR", "GM"])
    setup = SETUP["LRD" if country == "LR" and chance(rng, 0.35) else country]
    issued = random_date(rng, date(2023, 1, 9), 900)
    pattern = pick(rng, ["dmy_slash", "d_month_y", "dd_mon_yyyy"] if country != "LR" else ["mdy_slash", "month_d_y", "dmy_slash"])

    def d(x):
        return fmt_date(x, pattern)

    vendor, customer = wa_party(rng, country), wa_party(rng, country)
    buyer_tin = wa_tin(rng, country) if chance(rng, 0.5) else None
    customer.tax_id = None
    book = layout == "wa_invoice_book"
    lines = []
    for desc, low, high, taxable in rng.sample(ITEMS, rng.randrange(1, 5) if book else rng.randrange(2, 8)):
        qty = D(pick(rng, [1, 2, 5, 10, 20, 50, 100, 200])) if high < 50 else D(pick(rng, [1, 1, 2, 3]))
        price = money(D(str(rng.uniform(low, high))) * setup["scale"])
        if setup["scale"] > 20:
            price = money(round(price / 5) * 5)
        line = Line(desc, qty, price, money(qty * price))
        line.tax_rate = setup["tax"] if taxable else D(0)
        lines.append(line)
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(sum((li.amount for li in lines if li.tax_rate), D("0.00")) * setup["tax"] / 100)
    total = net + tax
    number = f"{rng.randrange(100, 9999):04d}" if book else pick(rng, [f"INV/{issued.year}/{rng.randrange(1, 9999):04d}", f"{rng.randrange(10000, 99999)}",
                                                                       f"{vendor.name[:2].upper()}-{rng.randrange(100, 9999)}"])
    days = pick(rng, [0, 14, 30, 30])
    terms = None if book else ("Cash" if not days else pick(rng, [f"{days} days", f"Payment within {days} days", f"Net {days}"]))
    due = issued + timedelta(days=days) if days and not book and chance(rng, 0.6) else None
    cust_no = f"CUS{rng.randrange(100, 9999)}" if not book and chance(rng, 0.5) else None
    doc = Doc(document_type="invoice", locale=country, currency=setup["currency"], vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=cust_no, customer_address_printed=not book)
    sym, label = setup["sym"], setup["tax_label"]
    order = f"LPO {rng.randrange(100, 99999)}"
    reg_label = {"SL": "Business Reg. No.", "LR": "Business Registration No.", "GM": "Reg. No."}[country]
    notes = {"buyer_tin": buyer_tin, "order": order, "reg": vendor.extra["reg"]}
    theme = Theme.pick(rng, size=(7.5, 9.0))
    if book:
        return _book(rng, doc, layout, theme, d, sym, label, setup, reg_label, notes)
    vrows = [f"TIN: {vendor.tax_id}", f"{reg_label} {vendor.extra['reg']}", f"Tel: {vendor.phone}", esc(vendor.email or "")]
    meta = [("Invoice No.:", number), ("Date:", d(issued))] + ([("Customer No.:", cust_no)] if cust_no else []) + [("Order:", order)] \
        + [("Terms:", terms)] + ([("Due Date:", d(due))] if due else [])
    head, fr, numeric = ["Description", "Qty", f"Rate ({sym})", label, f"Amount ({sym})"], (0.48, 0.08, 0.16, 0.1, 0.18), {1, 2, 3, 4}

    def cells(li):
        return [esc(li.description), str(li.quantity), amount(li.unit_price), f"{li.tax_rate}%" if li.tax_rate else "Exempt", amount(li.amount)]

    totals = [("Subtotal", amount(net)), (f"{label} {setup['tax']}%", amount(tax)), (f"TOTAL {sym}", amount(total))]
    bank = {"SL": ["Sierra Leone Commercial Bank", "Rokel Commercial Bank", "Ecobank (SL) Ltd"], "LR": ["Ecobank Liberia", "LBDI", "Access Bank Liberia"],
            "GM": ["Trust Bank Ltd", "Guaranty Trust Bank (Gambia)", "Ecobank Gambia"]}[country]
    foot = [f"Bank: {pick(rng, bank)}, A/C {rng.randrange(10**9, 10**10)}", f"{label} charged in accordance with the {setup['who']} regulations." if chance(rng, 0.5) else ""]
    brows = [f"TIN: {buyer_tin}"] if buyer_tin else []
    title = pick(rng, ["TAX INVOICE", "INVOICE", f"{label} INVOICE"])
    if layout == "wa_sidebar_invoice":
        return sidebar_invoice(doc, layout, theme, *A4, title=title, vendor_rows=vrows, buyer_label="Bill to", buyer_rows=brows, meta=meta, head=head, fractions=fr,
                               numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page")
    return invoice(doc, layout, arrangement(rng, meta), theme, *A4, title=title, vendor_rows=vrows, buyer_label="Customer", buyer_rows=brows, meta=meta,
                   head=head, fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page")


def _book(rng: random.Random, doc: Doc, layout: str, theme: Theme, d, sym: str, label: str, setup: dict, reg_label: str, notes: dict) -> Built:
    """A half-page duplicate-book invoice: the heading printed, the rest typed in."""
    width, height = 420.0, 595.0
    v, c = doc.vendor, doc.customer
    W = width - 60
    red = "#c62828"
    css = theme.css(" table.bk td{border:0.6pt solid #333;padding:2pt 3pt} .no{color:" + red + ";font-size:14pt;font-weight:bold} .ty{font-family:Courier}")
    head = (f"<p class='c b' style='font-size:12pt'>{esc(v.name)}</p>" + f"<p class='c small'>{esc(', '.join(v.address))}</p>"
            + f"<p class='c small'>TIN: {v.tax_id} · {reg_label} {v.extra['reg']} · Tel: {v.phone}</p>"
            + f"<table style='margin-top:4pt'><tr><td style='width:{W * 0.6:.0f}pt'><p class='b'>INVOICE</p></td>"
            + f"<td style='width:{W * 0.34:.0f}pt' class='r'><span class='small'>No.</span> <span class='no'>{doc.invoice_ids[0]}</span></td></tr></table>")
    filled = (f"<p>M/s <span class='ty'>{typed(c.name, rng)}</span></p>"
              + f"<p>Date: <span class='ty'>{typed(d(doc.document_date), rng)}</span> &#160; Order: <span class='ty'>{typed(notes['order'], rng)}</span></p>")
    rows = "".join(f"<tr><td class='r ty' style='width:30pt'>{typed(str(li.quantity), rng)}</td><td class='ty' style='width:{W - 160:.0f}pt'>{typed(li.description, rng)}</td>"
                   f"<td class='r ty' style='width:50pt'>{typed(amount(li.unit_price), rng)}</td><td class='r ty' style='width:55pt'>{typed(amount(li.amount), rng)}</td></tr>"
                   for li in doc.lines)
    blank = "".join(f"<tr><td style='width:30pt'>&#160;</td><td style='width:{W - 160:.0f}pt'></td><td style='width:50pt'></td><td style='width:55pt'></td></tr>"
                    for _ in range(max(0, 6 - len(doc.lines))))
    grid = (f"<table class='bk' style='margin-top:4pt'><tr><td class='b c' style='width:30pt'>Qty</td><td class='b' style='width:{W - 160:.0f}pt'>Particulars</td>"
            f"<td class='b r' style='width:50pt'>Rate</td><td class='b r' style='width:55pt'>Amount</td></tr>{rows}{blank}</table>")
    sums = rows_html([("Sub Total", typed(amount(doc.net), rng)), (f"{label} {setup['tax']}%", typed(amount(doc.tax), rng)), (f"Total {sym}", typed(amount(doc.total), rng))],
                     widths=(100, 80))
    body = (head + filled + grid + f"<div style='margin-left:{W - 190:.0f}pt;margin-top:4pt'>{sums}</div>"
            + "<p class='small' style='margin-top:10pt'>Received the above goods in good order and condition.</p>"
            + "<p class='small' style='margin-top:14pt'>Signature ........................ &#160; for: " + esc(v.name) + "</p>"
            + "<p class='tiny muted'>E.&amp;O.E. · Goods once sold are not returnable.</p>")
    sheet = single_page(layout, width, height, css, [Box((30, 30, width - 30, height - 30), body)])
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes, scan_weight=2.0)
