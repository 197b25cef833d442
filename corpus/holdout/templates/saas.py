"""Subscription-billing invoice in the style of online billing platforms (Stripe-like).

"Invoice number / Date of issue / Date due", a big "$X USD due <date>" line, service periods printed
under each plan name, "Total excluding tax", "Amount due", and a running footer repeating number,
amount and page count.
"""

from __future__ import annotations

import random
import string
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, paper, pick
from corpus.holdout.catalog import line_sum, make_lines, tax_on
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo, rate, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company, person_name
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money
from corpus.holdout.render import Box, Sheet

FAMILY = "saas_invoice"
DOCUMENT_TYPE = "invoice"


def build(rng: random.Random) -> Built:
    country = pick(rng, ["US", "US", "US", "GB", "AU"])
    vendor = make_company(rng, country, with_tax=country != "US")
    customer = make_company(rng, pick(rng, ["US", "GB", "AU", "DE", "NL", "FR"]), with_tax=False)
    date_pattern = {"US": "month_d_y", "GB": "d_month_y", "AU": "d_month_y"}[country]
    fmt = Fmt.pick(rng, country, date_pattern=pick(rng, [date_pattern, date_pattern, "mon_d_y"]))
    issued, due, _days = issue_and_due(rng, (7, 14, 30, 30))
    prefix = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8))
    number = f"{prefix}-{rng.randrange(1, 40):04d}"

    lines = make_lines(rng, "saas_en", rng.randrange(1, 5), max_qty=50)
    subtotal = line_sum(lines)
    discount = Decimal("0.00")
    tax_rate = {"US": pick(rng, [None, None, Decimal("8.25"), Decimal("6.5")]),
                "GB": Decimal(20), "AU": Decimal(10)}[country]
    if tax_rate is not None and chance(rng, 0.3):
        discount = money(subtotal * Decimal(pick(rng, [10, 15, 20, 25])) / 100)
    net = subtotal - discount
    tax = tax_on(net, tax_rate) if tax_rate is not None else None
    total = net + (tax or 0)

    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=vendor,
              customer=customer, invoice_ids=[number], document_date=issued, total=total,
              net=net if tax is not None else subtotal, tax=tax, lines=lines, due_date=due,
              lines_adjustment=-discount)
    if chance(rng, 0.4):
        doc.customer_address_printed = False

    theme = Theme.pick(rng, font="Helvetica", size=(8.0, 9.5), table="minimal")
    code = fmt.currency
    money_code = (lambda v: f"{fmt.money(v)} {code}") if chance(rng, 0.5) else fmt.money
    width, height = paper(rng, country)
    css = theme.css(".title{font-size:20pt;font-weight:bold} .due{font-size:14pt;font-weight:bold}")

    period_end = issued + timedelta(days=pick(rng, [30, 31, 365]))
    period = f"{fmt.date(issued, 'mon_d_y')} – {fmt.date(period_end, 'mon_d_y')}"
    meta = [("Invoice number", esc(number)), ("Date of issue", fmt.date(issued)), ("Date due", fmt.date(due))]
    if chance(rng, 0.3):
        meta.insert(1, ("Receipt number", f"{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"))
    meta_html = "".join(f'<tr><td class="b" style="width:90pt">{k}</td><td>{v}</td></tr>' for k, v in meta)

    vendor_block = [f"<b>{esc(vendor.name)}</b>", lines_html(vendor.address)]
    if vendor.country == "GB":
        vendor_block.append(f"GB VAT {esc(vendor.tax_id)}" if chance(rng, 0.5) else f"VAT number: {esc(vendor.tax_id)}")
    elif vendor.country == "AU":
        vendor_block.append(f"ABN {esc(vendor.tax_id)}")
    vendor_block.append(esc(vendor.email or ""))
    contact = person_name(rng, customer.country)
    bill_block = ["<b>Bill to</b>", esc(customer.name)]
    if doc.customer_address_printed:
        bill_block.append(lines_html(customer.address))
    bill_block.append(esc(f"{contact.split()[0].lower()}@{customer.website.removeprefix('www.')}"))
    if chance(rng, 0.3) and customer.country in ("DE", "NL", "FR"):
        from corpus.holdout.fakes import de_vat, fr_vat, nl_vat, siren
        vat_no = {"DE": lambda: de_vat(rng), "NL": lambda: nl_vat(rng),
                  "FR": lambda: fr_vat(siren(rng))}[customer.country]()
        bill_block.append(f"{customer.country} VAT {vat_no}")

    cols = [Col("Description", width="52%"), Col("Qty", "right", "10%"), Col("Unit price", "right", "18%"),
            Col("Amount", "right", "20%")]
    rows = []
    for line in lines:
        desc = f"{esc(line.description)}<br/><span class='muted small'>{period}</span>" if chance(rng, 0.6) \
            else esc(line.description)
        rows.append([desc, fmt.qty(line.quantity), fmt.money(line.unit_price), fmt.money(line.amount)])
    totals = [("Subtotal", fmt.money(subtotal), False)]
    if discount:
        totals.append((f"Discount ({pick(rng, ['WELCOME', 'ANNUAL', 'PARTNER'])}{rng.randrange(10, 30)})",
                       fmt.money(-discount), False))
    if tax is not None:
        totals.append(("Total excluding tax", fmt.money(net), False))
        tax_label = {"US": "Sales tax", "GB": "VAT", "AU": "GST"}[country]
        totals.append((f"{tax_label} ({rate(tax_rate)}% on {fmt.money(net)})", fmt.money(tax), False))
    totals.append(("Total", fmt.money(total), False))
    totals.append(("Amount due", money_code(total), True))

    body = f"""
<table style="width:100%"><tr><td style="width:60%"><span class="title">Invoice</span></td>
<td style="width:40%;text-align:right">{logo(vendor.name, rng, theme.accent)}</td></tr></table>
<table style="width:60%;margin-top:8pt">{meta_html}</table>
<table style="width:100%;margin-top:12pt"><tr><td style="width:50%">{'<br/>'.join(vendor_block)}</td>
<td style="width:50%">{'<br/>'.join(bill_block)}</td></tr></table>
<p class="due" style="margin-top:14pt">{money_code(total)} due {fmt.date(due)}</p>
<p class="accent">Pay online</p>
{items_table(cols, rows, zebra=False)}
{totals_table(totals, width='55%', left='45%')}
"""
    if chance(rng, 0.5):
        body += f"<p class='muted small' style='margin-top:18pt'>Questions? Contact {esc(vendor.name)} at {esc(vendor.email)}.</p>"
    footer = (f"<p class='muted small'>{esc(number)} · {money_code(total)} due {fmt.date(due)}"
              f"<span> </span> · Page 1 of 1</p>")
    sheet = Sheet(width=width, height=height, css=css, pages=[[
        Box((48, 44, width - 48, height - 70), body),
        Box((48, height - 56, width - 48, height - 30), footer),
    ]])
    return Built(doc=doc, sheet=sheet, template="stripe_like",
                 notes={"total": money_code(total), "date": fmt.date(issued)})
