"""Private schools' term fee invoices to parents, from Botswana, Namibia and Jamaica, in English, BWP (P), NAD (N$) and JMD (J$),
2023-2025 (education exempt: no VAT/GCT line).

Two prints. `term_fee_invoice` (FEE INVOICE for "Term 2, 2024": the school's crest, address and registration number (decoy), the
parent or guardian with the address, Family Account No. (= customer id), the pupil's name, grade and student number (decoys);
Tuition / Development levy / Transport / Lunch programme / Uniform / Excursion lines, a sibling discount in the totals; Total due,
Due date; the bank details and "Please use the family account number as reference"), `fee_invoice_deposit_slip` (a compact
invoice with a dashed tear-off "Payment slip" repeating the account number, invoice number and amount).

Truth: an `invoice`; vendor = the school with its address (no tax id: none printed); customer = the parent / guardian with the
address, customer id = the family account number (the student number a decoy); id = Invoice No.; date = invoice date; lines =
the fee lines (amount, and quantity x price where a count is printed); the sibling discount a printed adjustment; no tax, no
net (the subtotal before the discount is not a net); total = Total due; due date as printed; terms "Payable before the first day
of term" where printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentyfirst import parent, pupil, school
from corpus.holdout.money import money
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._fifteenth import pts, rows_html
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfirst import build_paged

FAMILY = "school_fee_invoice"
D = Decimal
FEES = {"BW": (("P", "BWP"), 9000, 28000), "NA": (("N$", "NAD"), 7000, 24000), "JM": (("J$", "JMD"), 90000, 320000)}


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["term_fee_invoice", "term_fee_invoice", "fee_invoice_deposit_slip"])
    country = pick(rng, ["BW", "NA", "JM"])
    (sym, cur), low, high = FEES[country]
    vendor, customer = school(rng, country), parent(rng, country)
    year = rng.randrange(2023, 2026)
    term = rng.randrange(1, 4)
    start = date(year, [1, 5, 9][term - 1], pick(rng, [8, 10, 12]))
    issued = start - timedelta(days=rng.randrange(20, 50))
    due = start - timedelta(days=pick(rng, [0, 1, 3, 7]))
    kids = [pupil(rng, country, customer.extra["surname"]) for _ in range(pick(rng, [1, 1, 1, 2]))]
    lines = []
    for kid in kids:
        grade = pick(rng, ["Grade 3", "Grade 5", "Form 1", "Reception", "Grade 7"])
        tuition = money(round(rng.uniform(low, high), -1))
        lines.append(Line(f"Tuition - {kid} ({grade})", None, None, tuition))
        if chance(rng, 0.6):
            qty, price = D(pick(rng, [11, 12, 13])), money(round(rng.uniform(low, high) / 300, 0))
            lines.append(Line(f"Lunch programme - {kid.split()[0]}", qty, price, money(qty * price), "weeks"))
        if chance(rng, 0.4):
            lines.append(Line(f"Transport (Route {rng.randrange(1, 9)}) - {kid.split()[0]}", None, None, money(round(rng.uniform(low, high) / 8, -1))))
    lines.append(Line(pick(rng, ["Development levy", "Building fund levy", "ICT levy"]), None, None, money(round(rng.uniform(low, high) / 15, -1))))
    if chance(rng, 0.3):
        lines.append(Line(pick(rng, ["Excursion - Term outing", "Sports uniform set", "Exam fees (external)"]), None, None, money(round(rng.uniform(low, high) / 20, -1))))
    sub = sum((li.amount for li in lines), D("0.00"))
    disc = money(lines[len(lines) // 2].amount * D("0.10")) if len(kids) > 1 else D("0.00")
    total = sub - disc
    number = pick(rng, [f"INV{year}{rng.randrange(1000, 9999)}", f"T{term}-{rng.randrange(100, 9999)}", f"{rng.randrange(10000, 99999)}"])
    acct = pick(rng, [f"FAM{rng.randrange(1000, 9999)}", f"{customer.extra['surname'][:3].upper()}{rng.randrange(100, 999)}"])
    terms = "Payable before the first day of term" if chance(rng, 0.5) else None
    doc = Doc(document_type="invoice", locale=country, currency=cur, vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, lines=lines, due_date=due, payment_terms=terms, customer_id=acct, lines_adjustment=-disc)

    def n(v):
        return amount(v, ",", ".")

    dfmt = pick(rng, ["%d %B %Y", "%d/%m/%Y", "%d-%b-%Y"])
    d = lambda x: x.strftime(dfmt)  # noqa: E731
    theme = Theme.pick(rng, font=pick(rng, ["Times", "Helvetica"]), size=(8.0, 9.5))
    css = theme.css(".t{font-size:15pt;font-weight:bold} .slip{border-top:1pt dashed #000;margin-top:14pt;padding-top:6pt}")
    width, height = LETTER if country == "JM" else A4
    W = width - 72
    first = (f"<p class='t c accent'>{esc(vendor.name)}</p><p class='c'>{esc(', '.join(vendor.address))}</p><p class='c small'>Tel {vendor.phone} · {vendor.extra['reg']}</p>"
             + f"<p class='b c' style='margin-top:6pt'>FEE INVOICE - TERM {term}, {year}</p>"
             + f"<table style='margin-top:6pt'><tr><td style='width:{W * 0.55:.0f}pt'><p class='muted small'>Parent / Guardian</p><p class='b'>{esc(customer.name)}</p>"
             + "".join(f"<p>{esc(x)}</p>" for x in customer.address) + "</td>"
             + f"<td style='width:{W * 0.4:.0f}pt'><p>Invoice No.: <b>{number}</b></p><p>Invoice Date: {d(issued)}</p><p>Family Account No.: <b>{acct}</b></p>"
             + f"<p>Due Date: {d(due)}</p>" + "".join(f"<p class='small'>Student No. {rng.randrange(20000, 99999)}: {esc(k)}</p>" for k in kids) + "</td></tr></table>")
    head = ["Description", "Qty", "Rate", f"Amount ({sym})"]
    widths = pts(W, 0.58, 0.1, 0.14, 0.18)

    def cells(li):
        return [esc(li.description), f"{li.quantity} {li.unit}" if li.quantity else "", n(li.unit_price) if li.unit_price else "", n(li.amount)]

    tot = [("Subtotal", n(sub))] + ([("Less sibling discount (10%)", f"-{n(disc)}")] if disc else []) + [(f"Total due ({cur})", n(total))]
    bank = {"BW": "First National Bank Botswana, Acc 62{0}, Branch 28 44 67", "NA": "Bank Windhoek, Acc 80{0}, Branch 48 29 72",
            "JM": "National Commercial Bank, Acc 35{0}, Transit 01 234"}[country].format(rng.randrange(10**7, 10**8))
    closing = (f"<div style='margin-left:{W - 250:.0f}pt'>{rows_html(tot, widths=(160, 90))}</div>"
               + (f"<p style='margin-top:4pt'>Terms: {terms}</p>" if terms else "")
               + f"<p style='margin-top:4pt'>Banking details: {bank}. Please use the family account number as reference.</p>")
    if layout == "fee_invoice_deposit_slip":
        closing += (f"<div class='slip'><p class='b'>PAYMENT SLIP - {esc(vendor.name)}</p>"
                    + f"<p>Account: {acct} &#160; Invoice: {number} &#160; Amount: {sym} {n(total)} &#160; Due: {d(due)}</p><p>Paid by: ____________ Date: ________</p></div>")
    return build_paged(doc, layout, width, height, css, first, head, widths, {1, 2, 3}, lines, cells, closing, cont=f"Invoice {number}",
                       footer_text="Page", notes={"kids": kids, "reg": vendor.extra["reg"]})
