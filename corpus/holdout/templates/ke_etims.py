"""Kenyan tax invoice from an eTIMS-integrated billing system.

Centred letterhead with the supplier's KRA PIN; TAX INVOICE; customer box with the buyer's PIN (a
decoy); Invoice No., Date, LPO No., Delivery Note No.; item table with tax codes (A-16%);
Taxable Amount, VAT 16%, Total; M-PESA Paybill/Till and bank details; the SCU/CU information block
(CU serial number, CU invoice number, internal data, receipt signature) with a QR code.
"""

from __future__ import annotations

import random
import string
from datetime import timedelta

from corpus.holdout.base import Built, chance, issue_and_due, pick
from corpus.holdout.catalog import line_sum, make_lines, tax_on
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import account_code, kra_pin, make_company
from corpus.holdout.locales import Fmt
from corpus.holdout.render import A4, Box, Sheet

FAMILY = "ke_etims_invoice"
DOCUMENT_TYPE = "invoice"


def build(rng: random.Random) -> Built:
    vendor = make_company(rng, "KE")
    customer = make_company(rng, "KE", with_tax=False)
    fmt = Fmt.pick(rng, "KE")
    issued, due, days = issue_and_due(rng, (7, 14, 30, 30, 45))
    number = pick(rng, [f"INV{rng.randrange(1000, 99999)}", f"TI-{rng.randrange(100, 9999):05d}",
                        f"{rng.randrange(1000, 9999)}", f"SI/{issued.year}/{rng.randrange(1, 999):04d}"])
    lines = make_lines(rng, "trade_ke", rng.randrange(1, 8))
    net = line_sum(lines)
    tax = tax_on(net, 16)
    total = net + tax
    terms = pick(rng, [None, f"{days} days", f"Payment due within {days} days", "Cash on delivery"])
    show_due = chance(rng, 0.5)
    doc = Doc(document_type=DOCUMENT_TYPE, locale="KE", currency="KES", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=due if show_due else None, payment_terms=terms)
    if chance(rng, 0.4):
        doc.customer_id = account_code(rng, pick(rng, ["C", "CUST"]))

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times", "Courier"]), size=(8.0, 9.5),
                       table=pick(rng, ["grid", "grid", "header_fill", "boxed"]))
    css = theme.css(".co{font-size:16pt;font-weight:bold}")
    width, height = A4
    head = (f"<p class='c co accent'>{esc(vendor.name.upper() if chance(rng, 0.5) else vendor.name)}</p>"
            f"<p class='c'>{esc(', '.join(vendor.address))}<br/>Tel: {esc(vendor.phone)} | Email: {esc(vendor.email)}"
            f"<br/><b>PIN: {esc(vendor.tax_id)}</b></p>")
    meta = [(pick(rng, ["Invoice No.", "Invoice No:", "Tax Invoice No."]), esc(number)),
            ("Date", fmt.date(issued))]
    if show_due:
        meta.append(("Due Date", fmt.date(due)))
    meta.append(("LPO No.", f"LPO/{rng.randrange(100, 9999)}" if chance(rng, 0.7) else "-"))
    if chance(rng, 0.6):
        meta.append(("Delivery Note No.", f"DN{rng.randrange(1000, 99999)}"))
    if terms:
        meta.append(("Terms", esc(terms)))
    cust = [f"<b>{pick(rng, ['Customer', 'Bill To', 'Customer Details'])}</b>", esc(customer.name),
            lines_html(customer.address), f"Customer PIN: {kra_pin(rng)}"]
    if doc.customer_id:
        cust.append(f"Customer No: {esc(doc.customer_id)}")
    meta_html = "".join(f"<tr><td class='b' style='width:45%'>{k}</td><td style='width:55%'>{v}</td></tr>"
                        for k, v in meta)
    cols = [Col("#", width="5%"), Col("Item Code", width="12%"), Col("Description", width="37%"),
            Col("Qty", "right", "8%"), Col("Unit Price", "right", "14%"), Col("Tax", "center", "7%"),
            Col("Amount", "right", "17%")]
    rows = [[str(i), f"KE{rng.randrange(10**9, 10**10)}", esc(line.description), fmt.qty(line.quantity),
             fmt.num(line.unit_price), "A-16%", fmt.num(line.amount)] for i, line in enumerate(lines, start=1)]
    totals = [(pick(rng, ["Taxable Amount", "Total Excl. VAT", "Sub Total"]), fmt.num(net), False),
              ("VAT 16%" if chance(rng, 0.5) else "VAT (A-16%)", fmt.num(tax), False),
              (f"TOTAL ({fmt.symbol})" if chance(rng, 0.5) else "Total Amount", fmt.money(total), True)]
    pay = [f"M-PESA {pick(rng, ['Paybill', 'Pay Bill'])}: {rng.randrange(200000, 999999)} "
           f"Account: {number}" if chance(rng, 0.5) else f"Lipa na M-PESA Till No: {rng.randrange(100000, 999999)}",
           f"Bank: {pick(rng, ['KCB Bank', 'Equity Bank', 'NCBA Bank', 'Co-operative Bank'])}, "
           f"A/C No: {rng.randrange(10**9, 10**13)}, Branch: {pick(rng, ['Moi Avenue', 'Upper Hill', 'Westlands'])}"]
    cu_serial = f"KRACU0{rng.randrange(100000000, 999999999)}"
    cu_invoice = f"{cu_serial}/{rng.randrange(100, 99999)}"
    stamp = issued + timedelta(days=0)
    signature = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16))
    internal = "-".join("".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(4)) for _ in range(6))
    cu = (f"<p class='b'>SCU INFORMATION</p><table class='kv small'>"
          f"<tr><td>Date:</td><td>{fmt.date(stamp)} {rng.randrange(8, 18):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}</td></tr>"
          f"<tr><td>SCU ID:</td><td>{cu_serial}</td></tr><tr><td>CU Invoice No.:</td><td>{cu_invoice}</td></tr>"
          f"<tr><td>Internal Data:</td><td>{internal}</td></tr><tr><td>Receipt Signature:</td><td>{signature}</td></tr>"
          f"</table>")
    body = f"""
{head}
<p class="c b big" style="margin-top:6pt;border-top:1pt solid #000;border-bottom:1pt solid #000">TAX INVOICE</p>
<table style="width:100%;margin-top:6pt"><tr><td style="width:55%" class="boxed">{'<br/>'.join(cust)}</td>
<td style="width:45%"><table class="kv" style="width:100%">{meta_html}</table></td></tr></table>
{items_table(cols, rows, zebra=False)}
{totals_table(totals, left="50%")}
<p class="small" style="margin-top:10pt">{'<br/>'.join(pay)}</p>
"""
    sheet = Sheet(width=width, height=height, css=css, pages=[[
        Box((40, 36, width - 40, height - 170), body),
        Box((40, height - 160, width - 150, height - 60), cu),
        Box((width - 140, height - 160, width - 50, height - 70), kind="qr", payload=cu_invoice),
        Box((40, height - 50, width - 40, height - 24),
            "<p class='tiny muted c'>Goods once sold are not returnable. E&amp;OE. This is a computer generated "
            "invoice.</p>"),
    ]])
    return Built(doc=doc, sheet=sheet, template="etims_ke")
