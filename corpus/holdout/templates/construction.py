"""Construction progress claim / tax invoice with retention (AU, GB or US contractor).

Title "TAX INVOICE – PROGRESS CLAIM No. n"; project, contract number, period ending and the claim
summary (contract sum, variations, completed to date, previous claims: all decoys); a schedule of
work this period with a "Less retention" row inside the table; subtotal, GST/VAT/sales tax and the
amount payable this claim; payment terms under the applicable payment legislation.
"""

from __future__ import annotations

import random
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, pick
from corpus.holdout.catalog import Line, line_sum, make_lines, tax_on
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo, rate, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company
from corpus.holdout.locales import VAT, Fmt
from corpus.holdout.money import money
from corpus.holdout.render import A4, LETTER, Box, Sheet

FAMILY = "progress_claim"
DOCUMENT_TYPE = "invoice"


def build(rng: random.Random) -> Built:
    country = pick(rng, ["AU", "AU", "GB", "US"])
    vendor = make_company(rng, country, with_tax=country != "US")
    customer = make_company(rng, country, with_tax=False)
    fmt = Fmt.pick(rng, country)
    issued, due, days = issue_and_due(rng, (10, 15, 20, 30))
    claim_no = rng.randrange(2, 14)
    number = pick(rng, [f"PC{claim_no:02d}-{rng.randrange(1000, 9999)}", f"INV-{rng.randrange(10000, 99999)}",
                        f"{rng.randrange(3000, 9999)}"])
    work = make_lines(rng, "construction_en", rng.randrange(3, 8))
    gross = line_sum(work)
    retention_pct = Decimal(pick(rng, [5, 5, 10]))
    retention = money(gross * retention_pct / 100)
    retention_line = Line(f"Less retention {rate(retention_pct)}%", None, None, -retention)
    lines = [*work, retention_line]
    net = gross - retention
    tax_rate = VAT.get(country, None) if country != "US" else None
    tax = tax_on(net, tax_rate) if tax_rate else None
    total = net + (tax or 0)
    tax_name = {"AU": "GST", "GB": "VAT"}.get(country)
    terms = {"AU": f"Payment due within {days} business days",
             "GB": f"{days} days from date of application",
             "US": f"Net {days}"}[country]
    show_terms = chance(rng, 0.7)
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=due if chance(rng, 0.5) else None, payment_terms=terms if show_terms else None)

    theme = Theme.pick(rng, size=(8.0, 9.0), table=pick(rng, ["grid", "header_fill", "boxed"]))
    css = theme.css(".ttl{font-size:15pt;font-weight:bold}")
    width, height = LETTER if country == "US" else A4
    contract_sum = money(gross * Decimal(rng.randrange(6, 14)))
    variations = money(contract_sum * Decimal(str(rng.uniform(0.01, 0.06))))
    previous = money((contract_sum + variations) * Decimal(str(rng.uniform(0.2, 0.6))))
    project = f"{pick(rng, ['Riverside', 'Harbour View', 'Northgate', 'Parkside', 'Westfield'])} " \
              f"{pick(rng, ['Apartments', 'Medical Centre', 'Warehouse', 'Primary School'])} – Stage {rng.randrange(1, 4)}"
    tax_line = f"{'ABN' if country == 'AU' else 'VAT Reg No'}: {esc(vendor.tax_id)}" if vendor.tax_id else ""
    title = f"{'TAX INVOICE – ' if country == 'AU' else ''}PROGRESS CLAIM No. {claim_no}"
    meta = [("Invoice No.", esc(number)), ("Date", fmt.date(issued))]
    if doc.due_date:
        meta.append(("Due Date", fmt.date(due)))
    meta += [("Contract No.", f"C-{rng.randrange(1000, 9999)}"),
             ("Period ending", fmt.date(issued.replace(day=1)))]
    meta_html = "".join(f"<tr><td class='b' style='width:45%'>{k}</td><td style='width:55%'>{v}</td></tr>" for k, v in meta)
    header = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(vendor.name, rng, theme.accent)}"
              f"<p class='b' style='margin-top:4pt'>{esc(vendor.name)}</p><p class='small'>{lines_html(vendor.address)}"
              f"<br/>{tax_line}<br/>{esc(vendor.phone)}</p></td><td style='width:45%'><p class='ttl accent'>{title}</p>"
              f"<table class='kv' style='width:100%'>{meta_html}</table></td></tr></table>"
              f"<table style='width:100%;margin-top:8pt'><tr><td style='width:50%' class='boxed'><b>"
              f"{pick(rng, ['Client', 'Principal', 'To'])}</b><br/>{esc(customer.name)}<br/>{lines_html(customer.address)}</td>"
              f"<td style='width:50%' class='boxed'><b>Project</b><br/>{esc(project)}<br/>Site: {esc(customer.address[-1])}</td>"
              f"</tr></table>")
    summary = [("Original contract sum", contract_sum), ("Approved variations", variations),
               ("Revised contract sum", contract_sum + variations), ("Work completed to date", previous + gross),
               ("Less previous claims", previous)]
    summary_html = ("<p class='b' style='margin-top:8pt'>Claim summary</p><table style='width:60%'>" +
                    "".join(f"<tr><td style='width:60%'>{k}</td><td class='r' style='width:40%'>{fmt.money(v)}</td></tr>"
                            for k, v in summary) + "</table>")
    cols = [Col("Item", width="7%"), Col("Description", width="41%"), Col("Unit", width="8%"),
            Col("Qty", "right", "10%"), Col("Rate", "right", "15%"), Col("Amount", "right", "19%")]
    rows = [[f"{i}.0", esc(line.description), esc(line.unit), fmt.qty(line.quantity), fmt.num(line.unit_price),
             fmt.num(line.amount)] for i, line in enumerate(work, start=1)]
    rows.append(["", f"<i>{esc(retention_line.description)}</i>", "", "", "", f"({fmt.num(retention)})"])
    totals = [(f"Subtotal{' (excl. ' + tax_name + ')' if tax_name else ''}", fmt.money(net), False)]
    if tax is not None:
        totals.append((f"{tax_name} {rate(tax_rate)}%", fmt.money(tax), False))
    totals.append((pick(rng, ["Amount payable this claim", "TOTAL THIS CLAIM", "Total due"]), fmt.money(total), True))
    legal = {"AU": "This is a payment claim made under the Building and Construction Industry Security of Payment Act 1999.",
             "GB": "This is a payment application under the Housing Grants, Construction and Regeneration Act 1996.",
             "US": "Retainage will be invoiced upon substantial completion."}[country]
    notes = (f"<p class='small' style='margin-top:10pt'>{legal}</p>"
             + (f"<p><b>Payment terms:</b> {esc(terms)}</p>" if show_terms else ""))
    body = header + items_table(cols, rows, zebra=False) + totals_table(totals, left="45%") + summary_html + notes
    sheet = Sheet(width=width, height=height, css=css, pages=[[
        Box((42, 40, width - 42, height - 50), body),
        Box((42, height - 42, width - 42, height - 22), f"<p class='tiny muted c'>{esc(vendor.name)} · {esc(vendor.email)} · Page 1 of 1</p>"),
    ]])
    return Built(doc=doc, sheet=sheet, template=f"progress_claim_{country.lower()}",
                 notes={"retention": float(retention)})
