"""UK VAT invoice from a small trade supplier.

Letterhead with the trading address, "INVOICE" / "VAT INVOICE"; meta (Invoice No, Invoice Date /
Tax Point, Account No, Your Order No); Invoice To / Deliver To; Qty / Description / Unit Price /
VAT % / Net; Total Net, VAT @ 20%, Invoice Total (optionally a carriage line among the items);
payment terms; footer with company number, a registered office that may differ from the trading
address, VAT Reg No and bank sort code / account number.
"""

from __future__ import annotations

import random
from datetime import timedelta

from corpus.holdout.base import Built, chance, issue_and_due, pick
from corpus.holdout.catalog import line_sum, make_lines, tax_on
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import account_code, address, make_company
from corpus.holdout.locales import Fmt
from corpus.holdout.render import A4, Box, Sheet

FAMILY = "uk_vat_invoice"
DOCUMENT_TYPE = "invoice"


def build(rng: random.Random) -> Built:
    vendor = make_company(rng, "GB")
    customer = make_company(rng, "GB", with_tax=False)
    fmt = Fmt.pick(rng, "GB")
    issued, due, days = issue_and_due(rng, (14, 30, 30, 60))
    number = pick(rng, [f"{rng.randrange(10000, 99999)}", f"INV{rng.randrange(1000, 99999):05d}",
                        f"SI-{rng.randrange(1000, 9999)}", f"{vendor.name[:3].upper()}{rng.randrange(1000, 9999)}"])
    lines = make_lines(rng, pick(rng, ["industrial_en", "office_en", "services_en"]), rng.randrange(1, 9))
    net = line_sum(lines)
    tax = tax_on(net, 20)
    total = net + tax
    terms = pick(rng, [f"{days} days from date of invoice", f"Strictly {days} days net", f"Net {days} days",
                       "Payment due by end of month following invoice", None])
    show_due = chance(rng, 0.45)
    doc = Doc(document_type=DOCUMENT_TYPE, locale="GB", currency="GBP", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=due if show_due else None, payment_terms=terms)
    if chance(rng, 0.6):
        doc.customer_id = account_code(rng, pick(rng, ["alpha", "num", "C"]))

    theme = Theme.pick(rng, size=(8.5, 10.0))
    css = theme.css(".co{font-size:17pt;font-weight:bold} .inv{font-size:16pt;font-weight:bold;letter-spacing:1pt}")
    width, height = A4
    title = pick(rng, ["INVOICE", "VAT INVOICE", "Tax Invoice", "SALES INVOICE"])
    date_label = pick(rng, ["Invoice Date", "Date / Tax Point", "Tax Point", "Date"])
    meta = [(pick(rng, ["Invoice No", "Invoice Number", "Invoice No."]), esc(number)), (date_label, fmt.date(issued))]
    if doc.customer_id:
        meta.append((pick(rng, ["Account No", "Account Ref", "Customer A/C"]), esc(doc.customer_id)))
    if chance(rng, 0.6):
        meta.append(("Your Order No", f"{pick(rng, ['PO', 'ORD', ''])}{rng.randrange(1000, 99999)}"))
    if show_due:
        meta.append(("Due Date", fmt.date(due)))
    if chance(rng, 0.3):
        meta.append(("Delivery Date", fmt.date(issued - timedelta(days=rng.randrange(0, 5)))))
    meta_html = "".join(f"<tr><td class='b' style='width:45%'>{k}:</td><td style='width:55%'>{v}</td></tr>"
                        for k, v in meta)
    header = (f"<table style='width:100%'><tr><td style='width:58%'>{logo(vendor.name, rng, theme.accent)}"
              f"<p class='co' style='margin-top:4pt'>{esc(vendor.name)}</p><p>{lines_html(vendor.address)}<br/>"
              f"Tel: {esc(vendor.phone)}<br/>{esc(vendor.email)}</p></td>"
              f"<td style='width:42%'><p class='inv accent'>{title}</p><table class='kv' style='width:100%'>"
              f"{meta_html}</table></td></tr></table>")
    deliver = chance(rng, 0.5)
    parties = (f"<table style='width:100%;margin-top:10pt'><tr><td style='width:50%' class='boxed'>"
               f"<b>{pick(rng, ['Invoice To', 'Invoice to:', 'Bill To'])}</b><br/>{esc(customer.name)}<br/>"
               f"{lines_html(customer.address)}</td><td style='width:50%' class='boxed'>"
               + (f"<b>Deliver To</b><br/>{esc(customer.name)}<br/>{lines_html(address(rng, 'GB'))}" if deliver else "")
               + "</td></tr></table>")
    qty_first = chance(rng, 0.5)
    vat_col = chance(rng, 0.5)
    desc_col, qty_col = Col("Description", width="50%"), Col("Qty", "right", "8%")
    cols = ([qty_col, desc_col] if qty_first else [desc_col, qty_col]) + [Col("Unit Price", "right", "15%")] + \
        ([Col("VAT %", "right", "9%")] if vat_col else []) + [Col("Net", "right", "18%")]
    rows = []
    for line in lines:
        d, q = esc(line.description), fmt.qty(line.quantity)
        rows.append(([q, d] if qty_first else [d, q]) + [fmt.num(line.unit_price)]
                    + (["20"] if vat_col else []) + [fmt.num(line.amount)])
    totals = [(pick(rng, ["Total Net", "Sub Total", "Net Amount", "Goods"]), fmt.money(net), False),
              (pick(rng, ["VAT @ 20%", "VAT 20%", "Total VAT"]), fmt.money(tax), False),
              (pick(rng, ["Invoice Total", "Total Due", "TOTAL", "Amount Due"]), fmt.money(total), True)]
    pay = []
    if terms:
        pay.append(f"<b>Payment terms:</b> {esc(terms)}")
    sort = f"{rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}"
    pay.append(f"BACS: {pick(rng, ['Barclays', 'Lloyds Bank', 'NatWest', 'HSBC UK'])} &#160; Sort Code {sort} &#160; "
               f"Account No {rng.randrange(10**7, 10**8)} &#160; Ref: {esc(number)}")
    body = header + parties + items_table(cols, rows, zebra=theme.table == "zebra") + \
        totals_table(totals, left="50%") + f"<p style='margin-top:14pt'>{'<br/>'.join(pay)}</p>"
    reg_office = address(rng, "GB") if chance(rng, 0.35) else vendor.address
    footer = (f"<p class='tiny muted c'>{esc(vendor.name)}. Registered in England &amp; Wales No. "
              f"{vendor.extra['company_no']}. Registered office: {esc(', '.join(reg_office))}.<br/>"
              f"VAT Reg No: {esc(vendor.tax_id)}</p>")
    sheet = Sheet(width=width, height=height, css=css, pages=[[
        Box((45, 40, width - 45, height - 62), body),
        Box((45, height - 55, width - 45, height - 22), footer),
    ]])
    return Built(doc=doc, sheet=sheet, template="vat_invoice_gb")
