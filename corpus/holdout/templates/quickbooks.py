"""Small-business accounting-package invoice (QuickBooks-like), US.

Uppercase labels: BILL TO / SHIP TO, INVOICE #, DATE, TERMS, DUE DATE; a shipping strip (P.O.
NUMBER, SHIP DATE, SHIP VIA, TRACKING NO.); ACTIVITY / QTY / RATE / AMOUNT; SUBTOTAL, TAX, TOTAL,
an optional deposit and BALANCE DUE. Long orders run over several pages.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, paged_sheet, pick
from corpus.holdout.catalog import line_sum, make_lines, tax_on
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo, rate, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import account_code, address, make_company, person_name
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money
from corpus.holdout.render import LETTER

FAMILY = "quickbooks_invoice"
DOCUMENT_TYPE = "invoice"


def build(rng: random.Random) -> Built:
    vendor = make_company(rng, "US", with_tax=False)
    customer = make_company(rng, "US", with_tax=False)
    fmt = Fmt.pick(rng, "US", date_pattern=pick(rng, ["mdy_slash", "mdy_slash", "mdy_slash_nopad"]))
    terms_days = pick(rng, [15, 30, 30, 45, 60, 0])
    issued, _, _ = issue_and_due(rng)
    due = issued + timedelta(days=terms_days)
    terms = "Due on receipt" if terms_days == 0 else pick(rng, [f"Net {terms_days}", f"Net {terms_days}",
                                                                 f"Net {terms_days} days"])
    number = str(rng.randrange(1001, 9999)) if chance(rng, 0.7) else f"INV-{rng.randrange(10000, 99999)}"
    long_order = chance(rng, 0.3)
    lines = make_lines(rng, pick(rng, ["industrial_en", "office_en", "services_en"]),
                       rng.randrange(24, 44) if long_order else rng.randrange(2, 9))
    subtotal = line_sum(lines)
    tax_rate = pick(rng, [None, Decimal("6"), Decimal("7.25"), Decimal("8.875"), Decimal("8.25")])
    tax = tax_on(subtotal, tax_rate) if tax_rate is not None else None
    total = subtotal + (tax or 0)
    deposit = money(total * Decimal(pick(rng, [20, 25, 50])) / 100) if chance(rng, 0.2) else None
    show_terms, show_due = chance(rng, 0.85), chance(rng, 0.8)
    discount_terms = (f"{pick(rng, [1, 2])}% discount if paid within {pick(rng, [10, 15])} days"
                      if show_terms and terms_days >= 30 and chance(rng, 0.25) else None)

    doc = Doc(document_type=DOCUMENT_TYPE, locale="US", currency="USD", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=subtotal if (tax is not None or chance(rng, 0.7)) else None,
              tax=tax, lines=lines, due_date=due if show_due else None,
              payment_terms=terms if show_terms else None, discount_terms=discount_terms)
    if chance(rng, 0.3):
        doc.customer_id = account_code(rng, pick(rng, ["num", "CUST", "alpha"]))

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]))
    a = theme.accent
    css = theme.css(f".lbl{{color:{a}; font-weight:bold; font-size:{theme.size - 0.5}pt}} "
                    f".inv{{font-size:22pt;color:{a};font-weight:bold}}")
    width, height = LETTER
    ship = [customer.name, *address(rng, "US")] if chance(rng, 0.75) else None
    ship_strip = [("SHIP DATE", fmt.date(issued - timedelta(days=rng.randrange(0, 4)))),
                  ("SHIP VIA", pick(rng, ["UPS Ground", "FedEx", "USPS", "Freight"])),
                  ("TRACKING NO.", f"1Z{rng.randrange(10**9, 10**10)}")] if ship else []
    po = f"PO-{rng.randrange(1000, 99999)}" if chance(rng, 0.6) else None
    meta = [("INVOICE #" if chance(rng, 0.7) else "INVOICE NO.", esc(number)), ("DATE", fmt.date(issued))]
    if show_terms:
        meta.append(("TERMS", esc(terms)))
    if show_due:
        meta.append(("DUE DATE", fmt.date(due)))
    if doc.customer_id:
        meta.append(("ACCOUNT NO.", esc(doc.customer_id)))
    money_cell = fmt.num if chance(rng, 0.6) else fmt.money
    with_sku = chance(rng, 0.35)
    cols = ([Col("SKU", width="12%")] if with_sku else []) + [
        Col("ACTIVITY", width="48%" if with_sku else "55%"), Col("QTY", "right", "10%"),
        Col("RATE", "right", "15%"), Col("AMOUNT", "right", "15%")]
    rows = [([f"{rng.randrange(10000, 99999)}"] if with_sku else []) +
            [esc(line.description), fmt.qty(line.quantity), money_cell(line.unit_price), money_cell(line.amount)]
            for line in lines]

    def head_html() -> str:
        vendor_lines = [f"<b>{esc(vendor.name)}</b>", lines_html(vendor.address), esc(vendor.phone or ""),
                        esc(vendor.email or "")]
        if chance(rng, 0.5):
            vendor_lines.append(esc(vendor.website or ""))
        top = (f'<table style="width:100%"><tr><td style="width:60%">{"<br/>".join(vendor_lines)}</td>'
               f'<td style="width:40%;text-align:right">{logo(vendor.name, rng, a) if chance(rng, 0.5) else ""}'
               f'<p class="inv">INVOICE</p></td></tr></table>')
        bill = f'<span class="lbl">BILL TO</span><br/>{esc(customer.name)}<br/>{lines_html(customer.address)}'
        ship_html = (f'<span class="lbl">SHIP TO</span><br/>{lines_html(ship)}' if ship else "")
        meta_html = "".join(f'<tr><td class="lbl" style="width:45%;text-align:right;white-space:nowrap">{k}</td><td style="width:55%">{v}</td></tr>'
                            for k, v in meta)
        parties = (f'<table style="width:100%;margin-top:14pt"><tr><td style="width:31%">{bill}</td>'
                   f'<td style="width:31%">{ship_html}</td><td style="width:38%"><table style="width:100%">'
                   f'{meta_html}</table></td></tr></table>')
        strip = ""
        cells = ([("P.O. NUMBER", po)] if po else []) + ship_strip
        if cells:
            w = f"{100 // len(cells)}%"
            strip = ('<table style="width:100%;margin-top:8pt"><tr>'
                     + "".join(f'<td class="lbl" style="width:{w}">{k}</td>' for k, _ in cells) + "</tr><tr>"
                     + "".join(f'<td style="width:{w}">{esc(v)}</td>' for _, v in cells) + "</tr></table>")
        return top + parties + strip

    first_head = head_html()
    totals = []
    if doc.net is not None:
        totals.append(("SUBTOTAL", fmt.num(subtotal), False))
    if tax is not None:
        totals.append((f"TAX ({rate(tax_rate)}%)" if chance(rng, 0.6) else "TAX", fmt.num(tax), False))
    totals.append(("TOTAL", fmt.num(total), False))
    if deposit:
        totals.append(("DEPOSIT" if chance(rng, 0.5) else "PAYMENT", f"-{fmt.num(deposit)}", False))
    totals.append(("BALANCE DUE", fmt.money(total - (deposit or 0)), True))
    message = pick(rng, ["Thank you for your business!", "We appreciate your prompt payment.",
                         "Please make checks payable to " + esc(vendor.name.rstrip(".")) + "."])
    tail = f"<p style='margin-top:10pt'>{message}</p>"
    if discount_terms:
        tail += f"<p>Early payment: {esc(discount_terms)}.</p>"
    if chance(rng, 0.5):
        tail += (f"<p class='small muted'>Pay by ACH: Routing {rng.randrange(10**8, 10**9)} · Account "
                 f"{rng.randrange(10**9, 10**10)}</p>")
    contact = person_name(rng, "US")

    def body(chunk, index, is_last):
        head = first_head if index == 0 else (
            f"<p><b>{esc(vendor.name)}</b> — INVOICE # {esc(number)} (continued)</p>")
        table = items_table(cols, chunk, zebra=theme.table == "zebra")
        foot = (totals_table(totals, left="50%") + tail) if is_last else \
            "<p class='small muted r'>Continued on next page</p>"
        return head + table + foot

    def footer(page_no, count):
        text = f"Page {page_no} of {count}" if count > 1 or chance(rng, 0.3) else f"Questions? Call {contact}"
        return f"<p class='small muted c'>{text}</p>"

    sheet = paged_sheet(width, height, css, (40, 40, 40, 30), rows, body, footer=footer, footer_height=20)
    return Built(doc=doc, sheet=sheet, template="quickbooks_like",
                 notes={"deposit": float(deposit) if deposit else None, "terms": terms})
