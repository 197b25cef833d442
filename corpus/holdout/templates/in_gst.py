"""Indian GST tax invoice.

"TAX INVOICE" / "Original for Recipient"; supplier with GSTIN, PAN and State Code; a gridded meta
block (Invoice No., Invoice Date, Place of Supply, Reverse Charge, E-Way Bill No., Buyer's Order No.);
Bill To / Ship To with the buyer's GSTIN (a decoy); S.No / Description of Goods / HSN/SAC / Qty /
Unit / Rate / Taxable Value; CGST + SGST (same state) or IGST; Total Invoice Value in lakh
grouping; amount in words; bank details with IFSC; terms; "for <company> Authorised Signatory".
Long invoices run over pages.
"""

from __future__ import annotations

import random
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, paged_sheet, pick
from corpus.holdout.catalog import line_sum, make_lines
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, rate
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import IN_PLACES, address, gstin, make_company
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, words_indian
from corpus.holdout.render import A4

FAMILY = "in_gst_invoice"
DOCUMENT_TYPE = "invoice"


def build(rng: random.Random) -> Built:
    vendor = make_company(rng, "IN")
    customer = make_company(rng, "IN", with_tax=False)
    intra = chance(rng, 0.55)
    if intra:  # same state: CGST + SGST
        customer.address[-1] = vendor.address[-1]
    else:  # another state: IGST
        while customer.address[-1].split(",")[1] == vendor.address[-1].split(",")[1]:
            customer.address = address(rng, "IN")
    fmt = Fmt.pick(rng, "IN")
    issued, due, days = issue_and_due(rng, (15, 30, 30, 45, 60))
    fy = issued.year if issued.month >= 4 else issued.year - 1
    number = pick(rng, [f"INV/{fy % 100}-{(fy + 1) % 100}/{rng.randrange(1, 9999):04d}",
                        f"{rng.randrange(1, 9999)}/{fy}-{(fy + 1) % 100}", f"GST-{rng.randrange(100, 9999)}",
                        f"TI{fy % 100}{(fy + 1) % 100}{rng.randrange(1, 999):03d}"])
    long_order = chance(rng, 0.2)
    lines = make_lines(rng, "trade_in", rng.randrange(22, 34) if long_order else rng.randrange(1, 7))
    gst_rate = Decimal(pick(rng, [18, 18, 12, 5, 28]))
    net = line_sum(lines)
    # Some billing software prints the tax per line under grouped two-level headers (CGST: Rate /
    # Amount); the document's tax is then the sum of the rounded per-line amounts.
    per_line = chance(rng, 0.4)
    parts = 2 if intra else 1
    part_rate = gst_rate / parts
    line_tax = [money(line.amount * part_rate / 100) for line in lines]
    if intra:
        half = sum(line_tax, Decimal("0.00")) if per_line else money(net * gst_rate / 200)
        tax_parts = [(f"CGST @ {rate(part_rate)}%", half), (f"SGST @ {rate(part_rate)}%", half)]
    else:
        igst = sum(line_tax, Decimal("0.00")) if per_line else money(net * gst_rate / 100)
        tax_parts = [(f"IGST @ {rate(gst_rate)}%", igst)]
    tax = sum((v for _, v in tax_parts), Decimal("0.00"))
    total = net + tax
    show_terms = chance(rng, 0.5)
    show_due = chance(rng, 0.4)
    doc = Doc(document_type=DOCUMENT_TYPE, locale="IN", currency="INR", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=due if show_due else None, payment_terms=f"{days} Days" if show_terms else None)

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times"]), size=(7.5, 9.0), table="grid")
    css = theme.css("table.g td{border:0.6pt solid #444} .co{font-size:15pt;font-weight:bold}")
    width, height = A4
    state_code = vendor.extra["state_code"]
    cust_state = customer.address[-1].split(",")[1].split("-")[0].strip()
    cust_code = next(f"{code:02d}" for c, s, p, code in IN_PLACES if s == cust_state)
    buyer_gstin = gstin(rng, int(cust_code))
    head = (f"<p class='c small'>{'<b>TAX INVOICE</b>'} &#160;&#160; <i>(Original for Recipient)</i></p>"
            f"<table class='g' style='width:100%'><tr><td style='width:60%'><p class='co'>{esc(vendor.name)}</p>"
            f"{lines_html(vendor.address)}<br/>GSTIN/UIN: <b>{esc(vendor.tax_id)}</b><br/>PAN: {vendor.extra['pan']}"
            f"<br/>State Name: {esc(vendor.extra['state'])}, Code: {state_code}<br/>E-Mail: {esc(vendor.email)}</td>"
            f"<td style='width:40%'><table class='kv' style='width:100%'>")
    meta = [("Invoice No.", esc(number)), ("Invoice Date" if chance(rng, 0.6) else "Dated", fmt.date(issued))]
    if show_due:
        meta.append(("Due Date", fmt.date(due)))
    if show_terms:
        meta.append(("Payment Terms", f"{days} Days"))
    meta += [("Place of Supply", f"{cust_state} ({cust_code})"), ("Reverse Charge", "No")]
    if chance(rng, 0.5):
        meta.append(("E-Way Bill No.", f"{rng.randrange(10**11, 10**12)}"))
    if chance(rng, 0.6):
        meta.append(("Buyer's Order No.", f"PO/{rng.randrange(100, 9999)}"))
    head += "".join(f"<tr><td style='width:48%'>{k}</td><td style='width:52%'><b>{v}</b></td></tr>" for k, v in meta)
    head += "</table></td></tr></table>"
    ship_same = chance(rng, 0.5)
    bill = (f"<b>Bill To (Buyer)</b><br/>{esc(customer.name)}<br/>{lines_html(customer.address)}<br/>"
            f"GSTIN/UIN: {buyer_gstin}<br/>State Code: {cust_code}")
    ship = (f"<b>Ship To (Consignee)</b><br/>{esc(customer.name)}<br/>"
            + ("Same as billing address" if ship_same else f"Godown No. {rng.randrange(1, 40)}, "
               f"{esc(customer.address[-1])}"))
    head += f"<table class='g' style='width:100%'><tr><td style='width:50%'>{bill}</td><td style='width:50%'>{ship}</td></tr></table>"

    cols = [Col("S.No", width="6%"), Col("Description of Goods", width="34%"), Col("HSN/SAC", width="10%"),
            Col("Qty", "right", "8%"), Col("Unit", width="7%"), Col("Rate", "right", "14%"),
            Col("Taxable Value", "right", "21%")]
    hsn = [str(rng.choice([3917, 8544, 998314, 5205, 9405, 998719, 4819, 9965, 7214, 4820])) for _ in lines]
    sym = fmt.money
    if per_line:
        names = ["CGST", "SGST"] if intra else ["IGST"]
        head1 = ("<tr>" + "".join(f"<th>{t}</th>" for t in ["S.No", "Description of Goods", "HSN/SAC"])
                 + "".join(f"<th style='text-align:right'>{t}</th>" for t in ["Qty", "Rate", "Taxable Value"])
                 + "".join(f"<th colspan='2' style='text-align:center'>{n}</th>" for n in names)
                 + "<th style='text-align:right'>Total</th></tr>")
        head2 = ("<tr>" + "<th></th>" * 6 + "<th style='text-align:right'>Rate</th><th style='text-align:right'>Amount</th>"
                 * len(names) + "<th></th></tr>")
        rows = []
        for i, (line, code, t) in enumerate(zip(lines, hsn, line_tax, strict=True), start=1):
            taxes = "".join(f"<td class='r'>{rate(part_rate)}%</td><td class='r'>{fmt.num(t)}</td>" for _ in names)
            rows.append(f"<tr><td>{i}</td><td>{esc(line.description)}</td><td>{code}</td>"
                        f"<td class='r'>{fmt.qty(line.quantity)} {esc(line.unit)}</td><td class='r'>{fmt.num(line.unit_price)}</td>"
                        f"<td class='r'>{fmt.num(line.amount)}</td>{taxes}<td class='r'>{fmt.num(line.amount + t * parts)}</td></tr>")
        span = 5 + 2 * len(names) + 1
        totals_rows = [f"<tr><td colspan='5' class='r b'>Total</td><td class='r b'>{fmt.num(net)}</td>"
                       + "".join(f"<td></td><td class='r b'>{fmt.num(v)}</td>" for _, v in tax_parts)
                       + f"<td class='r b'>{fmt.num(total)}</td></tr>",
                       f"<tr><td colspan='{span}' class='r b'>Total Invoice Value</td><td class='r b'>{sym(total)}</td></tr>"]

        def table_html(chunk, is_last):
            return (f"<table class='items'>{head1}{head2}{''.join(chunk)}"
                    f"{''.join(totals_rows) if is_last else ''}</table>")
    else:
        rows = [[str(i), esc(line.description), code, fmt.qty(line.quantity), esc(line.unit), fmt.num(line.unit_price),
                 fmt.num(line.amount)] for i, (line, code) in enumerate(zip(lines, hsn, strict=True), start=1)]
        totals_rows = [f"<tr><td colspan='6' class='r b'>Taxable Value</td><td class='r b'>{fmt.num(net)}</td></tr>"]
        for label, value in tax_parts:
            totals_rows.append(f"<tr><td colspan='6' class='r'>{label}</td><td class='r'>{fmt.num(value)}</td></tr>")
        totals_rows.append(f"<tr><td colspan='6' class='r b'>Total Invoice Value</td><td class='r b'>{sym(total)}</td></tr>")

        def table_html(chunk, is_last):
            return items_table(cols, chunk, zebra=False, extra_rows=totals_rows if is_last else ())
    ifsc = f"{pick(rng, ['HDFC', 'ICIC', 'SBIN', 'UTIB', 'KKBK'])}0{rng.randrange(100000, 999999)}"
    tail = (f"<p style='margin-top:6pt'><b>Amount Chargeable (in words):</b> {words_indian(total)}</p>"
            f"<table style='width:100%;margin-top:6pt'><tr><td style='width:55%' class='small'>"
            f"<b>Bank Details</b><br/>Bank Name: {pick(rng, ['HDFC Bank', 'ICICI Bank', 'State Bank of India', 'Axis Bank'])}"
            f"<br/>A/c No.: {rng.randrange(10**11, 10**14)}<br/>IFSC: {ifsc}<br/><br/><b>Terms &amp; Conditions</b><br/>"
            f"1. Interest @ 18% p.a. will be charged if payment is delayed.<br/>2. Subject to "
            f"{esc(vendor.address[-1].split(',')[0])} jurisdiction.<br/>3. Goods once sold will not be taken back.</td>"
            f"<td style='width:45%;text-align:right'>for <b>{esc(vendor.name)}</b><br/><br/><br/>Authorised Signatory</td>"
            f"</tr></table>")

    def body(chunk, index, is_last):
        top = head if index == 0 else f"<p class='b'>{esc(vendor.name)} — Invoice No. {esc(number)} (contd.)</p>"
        table = table_html(chunk, is_last)
        return top + table + (tail if is_last else "<p class='r small'>continued...</p>")

    def footer(page_no, count):
        return f"<p class='tiny muted c'>This is a Computer Generated Invoice &#160; | &#160; Page {page_no} of {count}</p>"

    sheet = paged_sheet(width, height, css, (34, 30, 34, 20), rows, body, footer=footer, footer_height=16)
    return Built(doc=doc, sheet=sheet, template="gst_in",
                 notes={"intra_state": intra, "per_line_tax": per_line, "total_words": words_indian(total)})
