"""Temporary staffing agency invoice: billed hours per worker and week.

Three prints: a US weekly invoice (one week ending, a row per worker and pay type: employee, job title,
W/E date, Reg / OT / DT, hours, bill rate, amount; PO number, cost centre, timesheet approval reference;
a state sales tax on staffing services where the state charges one, CT 6.35 % / PA 6 %, else no tax); a
US multi-week statement-style invoice (several week-ending dates grouped, the client's department and
supervisor, often two pages); and a UK agency invoice (worker, assignment, week ending, standard /
overtime hours, charge rate, VAT 20 % on the whole charge, "Amount Due", the agency's company number).

Truth: id = the invoice number; customer = the client billed; PO, cost centre, approval reference,
employee ids, branch, week-ending and shift dates are decoys; lines = the worker rows with hours as
quantity and the bill (charge) rate as unit price (overtime at 1.5x, double time at 2x, rounded to the
cent); US without tax: net and tax null, total = Amount Due; with tax or VAT: net = subtotal, tax as
printed.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line, line_sum, tax_on
from corpus.holdout.components import Col, Theme, esc, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import domain, make_company, person_name
from corpus.holdout.fakes_eighth import fmt_of
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._eighth import flowing_sheet

FAMILY = "staffing_agency_invoice"
DOCUMENT_TYPE = "invoice"
AGENCIES_US = ["Keystone Workforce Solutions, Inc.", "BlueLine Staffing LLC", "Summit Temporary Services, Inc.", "Harbor Light Staffing Group"]
AGENCIES_GB = ["Pennine Recruitment Ltd", "Thameside Staffing Solutions Ltd", "Castlegate Industrial Recruitment Ltd"]
JOBS = [("Warehouse Associate", 17, 24), ("Forklift Operator", 20, 28), ("Machine Operator", 19, 27), ("Administrative Assistant", 21, 30),
        ("Customer Service Rep", 20, 29), ("Assembler", 16, 22), ("Quality Inspector", 22, 32), ("Accounts Payable Clerk", 24, 36)]
TAXING_STATES = [("CT", Decimal("6.35")), ("PA", Decimal("6"))]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["us_weekly", "us_multiweek", "uk_agency"])
    uk = layout == "uk_agency"
    country = "GB" if uk else "US"
    vendor, customer = make_company(rng, country), make_company(rng, country)
    vendor.name = pick(rng, AGENCIES_GB if uk else AGENCIES_US)
    vendor.email = f"{pick(rng, ['billing', 'accounts', 'ar'])}@{domain(vendor.name)}"
    issued = random_date(rng)
    weeks = 1 if layout == "us_weekly" or (uk and chance(rng, 0.5)) else rng.randrange(2, 5)
    last_sunday = issued - timedelta(days=(issued.weekday() + 1) % 7 or 7)
    week_ends = [last_sunday - timedelta(weeks=w) for w in reversed(range(weeks))]
    workers = [(person_name(rng, country), *pick(rng, JOBS), f"{rng.randrange(10**5, 10**6)}") for _ in range(rng.randrange(2, 9 if weeks == 1 else 6))]
    fmt = fmt_of(country, "GBP" if uk else "USD", number_style="en", symbol="£" if uk else "$", position="pre",
                 date_pattern=pick(rng, ["dmy_slash", "d_mon_y"]) if uk else pick(rng, ["mdy_slash", "mdy_slash", "mon_d_y"]))
    rows_data = []     # (worker, job, employee id, week end, kind, line)
    rates = [money(rng.uniform(low, high) * (1.0 if uk else 1.38)) for _name, _job, low, high, _emp in workers]
    for week in week_ends:
        for (name, job, _low, _high, emp_id), rate in zip(workers, rates, strict=True):
            hours = Decimal(rng.randrange(64, 161)) / 4
            kinds = [("Regular" if not uk else "Standard", hours, rate)]
            if chance(rng, 0.4):
                kinds.append(("Overtime", Decimal(rng.randrange(2, 41)) / 4, money(rate * Decimal("1.5"))))
            if not uk and chance(rng, 0.08):
                kinds.append(("Double Time", Decimal(rng.randrange(4, 33)) / 4, money(rate * 2)))
            for kind, qty, price in kinds:
                desc = f"{name} - {job} - {kind}"
                rows_data.append((name, job, emp_id, week, kind, Line(desc, qty, price, money(qty * price))))
    lines = [r[5] for r in rows_data]
    subtotal = line_sum(lines)
    state = pick(rng, TAXING_STATES) if not uk and chance(rng, 0.4) else None
    if uk:
        net, tax = subtotal, tax_on(subtotal, 20)
    elif state:
        net, tax = subtotal, tax_on(subtotal, state[1])
    else:
        net = tax = None
    total = subtotal + (tax or Decimal("0.00"))
    days = pick(rng, [7, 14, 30, 30])
    terms = pick(rng, [f"Net {days}", f"{days} days", f"Net {days} days"]) if chance(rng, 0.8) else "Due on receipt"
    due = issued + timedelta(days=0 if terms == "Due on receipt" else days)
    number = pick(rng, [f"{rng.randrange(10**6, 10**7)}", f"INV{rng.randrange(10**5, 10**6)}", f"{pick(rng, ['SI', 'TS'])}-{rng.randrange(10**5, 10**6)}"])
    customer_id = f"{pick(rng, ['C', 'CL', ''])}{rng.randrange(1000, 99999)}" if chance(rng, 0.5) else None
    if not uk:
        vendor.tax_id = None
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, payment_terms=terms, due_date=due, customer_id=customer_id)
    po = f"{pick(rng, ['PO', '45', '4500'])}{rng.randrange(10**5, 10**6)}"
    cost_centre = f"{pick(rng, ['CC', ''])}{rng.randrange(1000, 9999)}-{rng.randrange(10, 99)}"
    approval = f"{pick(rng, ['APR', 'TS', 'WT'])}-{rng.randrange(10**6, 10**7)}"
    m, num = fmt.money, fmt.num

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.5, 8.5))
    css = theme.css(".ttl{font-size:16pt;font-weight:bold}")
    width, height = A4 if uk else LETTER
    meta = [("Invoice No." if uk else "Invoice #", esc(number)), ("Invoice Date", fmt.date(issued)), ("Terms", esc(terms)),
            ("Due Date", fmt.date(due)), ("PO Number", po), ("Cost Centre" if uk else "Cost Center", cost_centre),
            ("Approval Ref.", approval)]
    if customer_id:
        meta.insert(1, ("Customer No." if uk else "Customer ID", esc(customer_id)))
    if weeks == 1:
        meta.append(("Week Ending", fmt.date(week_ends[0])))
    else:
        meta.append(("Period", f"{fmt.date(week_ends[0] - timedelta(days=6))} - {fmt.date(week_ends[-1])}"))
    kv = "<table class='kv'>" + "".join(f"<tr><td class='b' style='width:75pt'>{k}</td><td>{v}</td></tr>" for k, v in meta) + "</table>"
    vendor_ids = f"<p class='small'>VAT No. {vendor.tax_id} · Company No. {vendor.extra['company_no']}</p>" if uk else ""
    head = (f"<table style='width:100%'><tr><td style='width:58%'>{logo(vendor.name, rng, theme.accent)}<p class='b'>{esc(vendor.name)}</p>"
            f"<p class='small'>{lines_html(vendor.address)}</p><p class='small'>{vendor.phone} · {vendor.email}</p>{vendor_ids}</td>"
            f"<td style='width:42%'><p class='ttl accent'>INVOICE</p>{kv}</td></tr></table>"
            f"<table style='width:100%;margin-top:8pt'><tr><td style='width:58%'><p class='muted'>Bill To</p><p class='b'>{esc(customer.name)}</p>"
            f"<p>{lines_html(customer.address)}</p></td><td style='width:42%'><p class='muted'>Worksite</p><p>{esc(pick(rng, ['Distribution Center', 'Plant 2', 'Head Office', 'Warehouse B']))}"
            f"</p><p>Supervisor: {esc(person_name(rng, country))}</p></td></tr></table>")
    short_kind = {"Regular": "REG", "Standard": "STD", "Overtime": "OT", "Double Time": "DT"}
    if layout == "us_weekly":
        cols = [Col("Employee / Position / Pay Type", width="190pt"), Col("Emp ID", width="44pt"), Col("Type", width="30pt"),
                Col("Hours", "right", "44pt"), Col("Bill Rate", "right", "58pt"), Col("Amount", "right", "66pt")]
        rows = [[esc(li.description), emp, short_kind[kind], fmt.qty(li.quantity), num(li.unit_price), num(li.amount)]
                for _n, _j, emp, _w, kind, li in rows_data]
    elif layout == "us_multiweek":
        cols = [Col("W/E", width="64pt"), Col("Employee / Position / Pay Type", width="220pt"), Col("Hours", "right", "48pt"),
                Col("Bill Rate", "right", "62pt"), Col("Amount", "right", "72pt")]
        rows = [[fmt.date(week), esc(li.description), fmt.qty(li.quantity), num(li.unit_price), num(li.amount)]
                for _n, _j, _e, week, _k, li in rows_data]
    else:
        cols = [Col("Worker / Assignment / Hours", width="200pt"), Col("Week Ending", width="66pt"), Col("Hours", "right", "48pt"),
                Col("Charge Rate", "right", "64pt"), Col("Total", "right", "72pt")]
        rows = [[esc(li.description), fmt.date(week), fmt.qty(li.quantity), num(li.unit_price), num(li.amount)]
                for _n, _j, _e, week, _k, li in rows_data]
    hours = sum((li.quantity for li in lines), Decimal(0))
    if uk:
        tot = [("Total Net", m(net), False), ("VAT @ 20%", m(tax), False), ("Amount Due", m(total), True)]
    elif state:
        tot = [("Subtotal", m(net), False), (f"Sales Tax ({state[0]} {state[1]}%)", m(tax), False), ("Amount Due", m(total), True)]
    else:
        tot = [("Total Hours", fmt.qty(hours), False), ("Amount Due", m(total), True)]
    bank = (f"<p class='small' style='margin-top:6pt'>Remit by ACH to routing {rng.randrange(10**8, 10**9)} account ****{rng.randrange(1000, 9999)}"
            f" or by check to {esc(vendor.name)}, {esc(', '.join(vendor.address))}. Please reference the invoice number.</p>") if not uk else (
            f"<p class='small' style='margin-top:6pt'>BACS: sort code {rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)} "
            f"account {rng.randrange(10**7, 10**8)}. Timesheets approved under reference {approval}.</p>")
    tail = totals_table(tot) + bank

    def footer(page: int, count: int) -> str:
        return f"<p class='small c muted'>{esc(vendor.name)} · Invoice {esc(number)} · Page {page} of {count}</p>"

    sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra", footer=footer,
                          continued=lambda i: f"<p class='b'>Invoice {esc(number)} (continued)</p>")
    return Built(doc=doc, sheet=sheet, template=f"staffing_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"po": po, "cost_centre": cost_centre, "approval": approval, "week_ends": [w.isoformat() for w in week_ends]})
