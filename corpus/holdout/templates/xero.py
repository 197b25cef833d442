"""Cloud-accounting tax invoice (Xero-like), Australia / New Zealand.

"TAX INVOICE" over the customer's unlabelled address; a narrow column of stacked label/value pairs
(Invoice Date, Invoice Number, Reference, ABN / GST Number); the supplier's address far right;
Description / Quantity / Unit Price / GST / Amount AUD; Subtotal, TOTAL GST 10%, TOTAL AUD, Less
Amount Paid, AMOUNT DUE AUD; "Due Date" and bank details; a dashed-off PAYMENT ADVICE slip that
repeats supplier, customer, number and amount due.
"""

from __future__ import annotations

import random
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, pick
from corpus.holdout.catalog import line_sum, make_lines, tax_on
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, rate, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company
from corpus.holdout.locales import VAT, Fmt
from corpus.holdout.money import money
from corpus.holdout.render import A4, Box, Sheet

FAMILY = "xero_tax_invoice"
DOCUMENT_TYPE = "invoice"


def build(rng: random.Random) -> Built:
    country = pick(rng, ["AU", "AU", "NZ"])
    vendor = make_company(rng, country)
    customer = make_company(rng, country, with_tax=False)
    fmt = Fmt.pick(rng, country, date_pattern=pick(rng, ["d_mon_y", "d_mon_y", "dmy_slash"]))
    issued, due, _ = issue_and_due(rng, (7, 14, 20, 30))
    number = f"INV-{rng.randrange(1, 9999):04d}"
    lines = make_lines(rng, pick(rng, ["services_en", "office_en", "industrial_en"]), rng.randrange(1, 8))
    gst_rate = VAT[country]
    net = line_sum(lines)
    tax = tax_on(net, gst_rate)
    total = net + tax
    paid = money(total * Decimal(pick(rng, [30, 50])) / 100) if chance(rng, 0.2) else Decimal("0.00")
    code = fmt.currency
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=code, vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=due)

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.0),
                       table=pick(rng, ["rules", "minimal"]))
    css = theme.css(".title{font-size:18pt;font-weight:bold;letter-spacing:1pt} .lab{font-weight:bold}")
    width, height = A4
    tax_label = "ABN" if country == "AU" else "GST Number"
    reference = pick(rng, [f"PO {rng.randrange(1000, 99999)}", f"Job {rng.randrange(100, 999)}", ""])
    stacked = [("Invoice Date", fmt.date(issued)), ("Invoice Number", esc(number))]
    if reference:
        stacked.append(("Reference", esc(reference)))
    stacked.append((tax_label, esc(vendor.tax_id)))
    meta = "".join(f'<p><span class="lab">{k}</span><br/>{v}</p>' for k, v in stacked)
    vendor_block = f"{esc(vendor.name)}<br/>{lines_html(vendor.address)}"
    if chance(rng, 0.5):
        vendor_block += f"<br/>{esc(vendor.phone)}"
    gst_col = chance(rng, 0.7)
    cols = [Col("Description", width="46%" if gst_col else "56%"), Col("Quantity", "right", "12%"),
            Col("Unit Price", "right", "14%")] + ([Col("GST", "right", "10%")] if gst_col else []) + \
        [Col(f"Amount {code}", "right", "18%")]
    rows = [[esc(line.description), fmt.qty(line.quantity), fmt.num(line.unit_price)]
            + ([f"{rate(gst_rate)}%"] if gst_col else []) + [fmt.num(line.amount)] for line in lines]
    totals = [("Subtotal", fmt.num(net), False), (f"TOTAL GST {rate(gst_rate)}%", fmt.num(tax), False),
              (f"TOTAL {code}", fmt.num(total), True)]
    if paid or chance(rng, 0.5):
        totals.append(("Less Amount Paid", fmt.num(paid), False))
        totals.append((f"AMOUNT DUE {code}", fmt.num(total - paid), True))
    bsb = f"{rng.randrange(10, 99)}{rng.randrange(1, 9)}-{rng.randrange(100, 999)}"
    bank = (f"<p style='margin-top:14pt'><b>Due Date: {fmt.date(due)}</b></p>"
            f"<p>Please pay by direct deposit to: {esc(vendor.name)}<br/>"
            f"BSB: {bsb} &#160; Account: {rng.randrange(10**7, 10**9)}<br/>"
            f"Please use the invoice number as your payment reference.</p>")
    body = f"""
<table style="width:100%"><tr>
<td style="width:46%"><p class="title">TAX INVOICE</p><p style="margin-top:10pt">{esc(customer.name)}<br/>
{lines_html(customer.address)}</p></td>
<td style="width:22%">{meta}</td>
<td style="width:32%">{vendor_block}</td></tr></table>
{items_table(cols, rows, zebra=False)}
{totals_table(totals, left="45%")}
{bank}
"""
    slip = f"""
<p class="tiny muted c">- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -
 - - - - - - - - - - - - - - - - - - - - - -</p>
<table style="width:100%"><tr><td style="width:45%"><p class="title" style="font-size:13pt">PAYMENT ADVICE</p>
<p>To: {esc(vendor.name)}<br/>{lines_html(vendor.address)}</p></td>
<td style="width:55%"><table class="kv" style="width:100%">
<tr><td class="lab" style="width:45%">Customer</td><td style="width:55%">{esc(customer.name)}</td></tr>
<tr><td class="lab">Invoice Number</td><td>{esc(number)}</td></tr>
<tr><td class="lab">Amount Due</td><td>{fmt.num(total - paid)}</td></tr>
<tr><td class="lab">Due Date</td><td>{fmt.date(due)}</td></tr>
<tr><td class="lab">Amount Enclosed</td><td>______________________</td></tr>
</table><p class="tiny muted">Enter the amount you are paying above</p></td></tr></table>
"""
    footer = ""
    if country == "AU" and chance(rng, 0.4):
        footer = f"<p class='tiny muted'>Company Registration No: ACN {esc(vendor.extra['acn'])}. Registered Office: {esc(vendor.address_text)}.</p>"
    sheet = Sheet(width=width, height=height, css=css, pages=[[
        Box((42, 42, width - 42, height - 220), body),
        Box((42, height - 205, width - 42, height - 50), slip),
        Box((42, height - 45, width - 42, height - 20), footer),
    ]])
    return Built(doc=doc, sheet=sheet, template="xero_like", notes={"amount_paid": float(paid)})
