"""Invoices kept in a spreadsheet and printed (or exported to PDF) from Excel or Google Sheets, landscape, in English;
GB, US, AU and NZ, 2023-2025.

Three prints, all on a landscape page with the sheet's cell grid. `sheet_headings` (an Excel print with the row and column
headings switched on: column letters across the top, row numbers down the left; merged cells for the business name and
INVOICE, Invoice No. / Invoice Date / Due Date / VAT No. in the two right-hand columns, BILL TO on the left and the summary
Subtotal / VAT 20% (GST 10 %, sales tax) / TOTAL DUE in the same right-hand columns beside it, above the item rows — the
totals in a side column, not under the table; then Description / Qty / Unit Price / Amount with the template's empty
rows still showing their formulas' "0.00", "£0.00" or "-"), `sheet_gridlines` (a Google Sheets export: gridlines only,
Item / Description / Qty / Rate / Amount, a boxed "Balance due" and due date in the right-hand column beside the bill-to,
Subtotal / tax / Total at the foot of the amount column, the file and sheet name with "1 of 1" in the footer), `sheet_timesheet`
(a contractor's weekly timesheet invoice: Description (the person and the week ending) / Mon … Sun hours / Hours / Rate /
Amount, "Total hours" (a decoy) and Net / VAT / Total in the side column at the right; long engagements over two pages with
the heading rows repeated). Numbers as the cells are formatted: currency, number with two decimals, or General (`1234.5`).

Truth: vendor = the business at the top (its VAT / GST / ABN number as the tax id where printed); customer = BILL TO with
its address; id = Invoice No.; due date where printed, else the terms cell ("30 days"); net = Subtotal / Net, tax = the
tax cell, total = TOTAL DUE / Total; the lines are the filled rows only (the empty template rows are none); a timesheet
row's quantity is its total hours, the day columns are not lines.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line, make_lines
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company, person_name
from corpus.holdout.fakes_seventeenth import other_party
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4, LETTER, Box
from corpus.holdout.templates._fifteenth import paged, single_page

FAMILY = "spreadsheet_invoice"
D = Decimal
TAX = {"GB": ("VAT", D("20")), "AU": ("GST", D("10")), "NZ": ("GST", D("15"))}
SYMBOL = {"GB": "£", "US": "$", "AU": "$", "NZ": "$"}
CURRENCY = {"GB": "GBP", "US": "USD", "AU": "AUD", "NZ": "NZD"}
TAX_LABEL = {"GB": "VAT Reg No.", "AU": "ABN", "NZ": "GST No.", "US": "EIN"}
LETTERS = "ABCDEFGHIJKLMNOP"


def _date(rng: random.Random, country: str):
    style = pick(rng, ["short", "short", "mon", "iso"])

    def d(x: date) -> str:
        if style == "short":
            return f"{x.month}/{x.day}/{x.year}" if country == "US" else x.strftime("%d/%m/%Y")
        if style == "mon":
            return x.strftime("%d-%b-%y")
        return x.isoformat()
    return d


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["sheet_headings", "sheet_gridlines", "sheet_timesheet"])
    country = pick(rng, ["GB", "GB", "US", "AU", "NZ"])
    vendor = make_company(rng, country)
    customer = other_party(rng, lambda r: make_company(r, country), vendor)
    customer.tax_id = None
    issued = random_date(rng, date(2023, 1, 3), 1040)
    if country == "US":
        vendor.tax_id = vendor.tax_id if chance(rng, 0.3) else None
        rate = pick(rng, [D("0"), D("0"), D("6"), D("7.25"), D("8.875")])
        label = "Sales Tax"
    else:
        label, rate = TAX[country]
    if layout == "sheet_timesheet":
        lines, days_rows = _timesheet_lines(rng, issued, country)
    else:
        lines = make_lines(rng, pick(rng, ["services_en", "office_en", "industrial_en"]), rng.randrange(2, 9), max_qty=10)
        days_rows = []
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(net * rate / 100) if rate else None
    total = net + (tax or D("0.00"))
    days = pick(rng, [7, 14, 14, 30, 30])
    due = issued + timedelta(days=days)
    show_due = chance(rng, 0.7)
    terms = None if show_due else f"{days} days"
    number = pick(rng, [f"INV-{rng.randrange(1, 999):04d}", f"{issued.year}-{rng.randrange(1, 300):03d}", str(rng.randrange(1001, 4999)),
                        f"{vendor.name.split()[0][:3].upper()}{rng.randrange(100, 999)}"])
    doc = Doc(document_type="invoice", locale=country, currency=CURRENCY[country], vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due if show_due else None, payment_terms=terms)
    sym = SYMBOL[country]
    cell_format = pick(rng, ["currency", "number", "number", "general"])

    def m(value: D) -> str:
        if cell_format == "currency":
            return f"{sym}{fmt_number(value, 'en')}"
        if cell_format == "number":
            return fmt_number(value, "en")
        return format(value.normalize(), "f") if value else "0"

    def q(value: D) -> str:
        return format(value.normalize(), "f")

    d = _date(rng, country)
    blank_amount = {"currency": f"{sym}0.00", "number": pick(rng, ["0.00", "-"]), "general": "0"}[cell_format]
    font = pick(rng, ["Helvetica", "Helvetica", "Helvetica", "Times"])
    theme = Theme.pick(rng, font=font, size=(8.0, 9.0), table="grid")
    grid = pick(rng, ["#c8c8c8", "#bfbfbf", "#d0d7e5"])
    css = theme.css(f"table.g {{border-collapse:collapse}} table.g td {{border:0.4pt solid {grid}; padding:1.5pt 3pt; height:11pt}}"
                    " table.g td.h {background:#efefef; color:#555; text-align:center; font-size:7pt}"
                    f" table.g td.f {{background:{theme.accent}; color:#fff; font-weight:bold}} table.g td.s {{background:#f2f2f2; font-weight:bold}}"
                    " .big {font-size:16pt; font-weight:bold} .ft {font-size:7pt; color:#666}")
    width, height = (LETTER[1], LETTER[0]) if country == "US" else (A4[1], A4[0])
    tax_label = f"{label} {rate.normalize():f}%" if rate else None
    vendor_lines = [esc(x) for x in vendor.address] + [f"Tel {vendor.phone}", vendor.email or ""]
    cust_lines = [esc(customer.name)] + [esc(x) for x in customer.address]
    summary = [("Subtotal" if layout != "sheet_timesheet" else "Net", m(net))] + ([(tax_label, m(tax))] if tax is not None else []) + [
        ("TOTAL DUE" if layout == "sheet_headings" else "Total", m(total))]
    meta = [("Invoice No.", number), ("Invoice Date", d(issued))] + ([("Due Date", d(due))] if show_due else [("Terms", terms)]) + (
        [(TAX_LABEL[country], vendor.tax_id)] if vendor.tax_id else [])
    bank = {"GB": f"Bank: sort code {rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}, account {rng.randrange(10**7, 10**8)}",
            "US": f"Bank: routing {rng.randrange(10**8, 10**9)}, account {rng.randrange(10**9, 10**10)}",
            "AU": f"Bank: BSB {rng.randrange(10, 99)}{rng.randrange(1, 9)}-{rng.randrange(100, 999)}, account {rng.randrange(10**8, 10**9)}",
            "NZ": f"Bank: {rng.randrange(10, 39):02d}-{rng.randrange(1000, 9999)}-{rng.randrange(10**6, 10**7)}-00"}[country]
    if layout == "sheet_headings":
        sheet = _headings(rng, width, height, css, vendor, vendor_lines, cust_lines, meta, summary, lines, m, q, blank_amount, bank)
    elif layout == "sheet_gridlines":
        sheet = _gridlines(rng, width, height, css, vendor, vendor_lines, cust_lines, meta, summary, lines, m, q, blank_amount, bank, number, total)
    else:
        sheet = _timesheet(rng, width, height, css, vendor, vendor_lines, cust_lines, meta, summary, lines, days_rows, m, q, bank, number)
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1,
                 notes={"format": cell_format, "blank": blank_amount, "hours": float(sum((li.quantity for li in lines), D(0))) if days_rows else None})


def _timesheet_lines(rng: random.Random, issued: date, country: str) -> tuple[list[Line], list[list[D]]]:
    people = []
    while len(people) < pick(rng, [1, 1, 2, 3]):
        name = person_name(rng, "US" if country == "US" else "GB")
        if name not in people:
            people.append(name)
    weeks = pick(rng, [1, 2, 4, 4, 5, 8, 13, 26])
    week_end = issued - timedelta(days=(issued.weekday() - 6) % 7 or 7)
    lines, days_rows = [], []
    for person in people:
        rate = D(pick(rng, [28, 35, 42, 45, 55, 65, 75, 90]))
        for w in range(weeks):
            end = week_end - timedelta(days=7 * (weeks - 1 - w))
            hours = [D(pick(rng, ["7.5", "8", "8", "7.5", "6", "9", "0"])) for _ in range(5)] + [D(pick(rng, ["0", "0", "0", "4", "5.5"])), D("0")]
            if not sum(hours):
                hours[0] = D("8")
            total_hours = sum(hours, D(0))
            lines.append(Line(f"{person} - w/e {end.strftime('%m/%d/%Y' if country == 'US' else '%d/%m/%Y')}", total_hours, rate.quantize(D("0.01")), money(total_hours * rate)))
            days_rows.append(hours)
    return lines, days_rows


def _fit(widths: list[float], room: float) -> list[float]:
    """Column widths scaled down (never up) so that the sheet fits `room` points with a little to spare."""
    scale = min(1.0, (room - 14.0) / sum(widths))
    return [w * scale for w in widths]


def _cells(widths: list[float], row: list[tuple[str, int, str]]) -> str:
    """One sheet row: (html, colspan, class) cells spanning `widths` (points, padding and border included)."""
    out, col = [], 0
    for html, span, cls in row:
        w = sum(widths[col:col + span]) - 6.4
        out.append(f"<td colspan='{span}' class='{cls}' style='width:{w:.1f}pt'>{html}</td>")
        col += span
    assert col == len(widths), (col, len(widths))
    return "".join(out)


def _headings(rng, width, height, css, vendor, vendor_lines, cust_lines, meta, summary, lines, m, q, blank, bank):
    widths = _fit([22.0, 250.0, 55.0, 85.0, 95.0, 22.0, 105.0, 105.0], width - 60.0)
    n_cols = len(widths) - 1
    rows: list[list[tuple[str, int, str]]] = []
    rows.append([(f"<span class='big'>{esc(vendor.name)}</span>", 4, ""), ("", 1, ""), ("<span class='big'>INVOICE</span>", 2, "r")])
    side = list(meta) + [("", "")] * 6
    left = vendor_lines + [""] * 6
    for i in range(max(len(vendor_lines), len(meta))):
        k, v = side[i]
        rows.append([(left[i], 4, ""), ("", 1, ""), (k, 1, "b" if k else ""), (v, 1, "r")])
    rows.append([("", 4, ""), ("", 1, ""), ("", 2, "")])
    rows.append([("BILL TO", 4, "s"), ("", 1, ""), ("SUMMARY", 2, "s")])
    summ = list(summary) + [("", "")] * 6
    cust = cust_lines + [""] * 6
    for i in range(max(len(cust_lines), len(summary))):
        k, v = summ[i]
        strong = "b" if i == len(summary) - 1 else ""
        rows.append([(cust[i], 4, ""), ("", 1, ""), (k, 1, strong), (v, 1, f"r {strong}")])
    rows.append([("", 4, ""), ("", 1, ""), ("", 2, "")])
    rows.append([("Description", 1, "f"), ("Qty", 1, "f"), ("Unit Price", 1, "f"), ("Amount", 1, "f"), ("", 1, ""), ("", 2, "")])
    for li in lines:
        rows.append([(esc(li.description), 1, ""), (q(li.quantity), 1, "r"), (m(li.unit_price), 1, "r"), (m(li.amount), 1, "r"), ("", 1, ""), ("", 2, "")])
    for _ in range(rng.randrange(2, 7)):
        rows.append([("", 1, ""), ("", 1, ""), ("", 1, ""), (blank, 1, "r"), ("", 1, ""), ("", 2, "")])
    rows.append([("", 4, ""), ("", 1, ""), ("", 2, "")])
    rows.append([(esc(bank), 4, ""), ("", 1, ""), ("", 2, "")])
    rows.append([("Thank you for your business!", 4, "b"), ("", 1, ""), ("", 2, "")])
    head = "<tr>" + _cells(widths, [("", 1, "h")] + [(LETTERS[i], 1, "h") for i in range(n_cols)]) + "</tr>"
    body = "".join("<tr>" + _cells(widths, [(str(i), 1, "h")] + row) + "</tr>" for i, row in enumerate(rows, 1))
    html = f"<table class='g'>{head}{body}</table>"
    return single_page("sheet_headings", width, height, css, [Box((30.0, 30.0, width - 30.0, height - 24.0), html)])


def _gridlines(rng, width, height, css, vendor, vendor_lines, cust_lines, meta, summary, lines, m, q, blank, bank, number, total):
    widths = _fit([60.0, 260.0, 55.0, 85.0, 95.0, 20.0, 105.0, 95.0], width - 60.0)
    rows: list[list[tuple[str, int, str]]] = []
    rows.append([(f"<span class='big'>{esc(vendor.name)}</span>", 5, ""), ("", 1, ""), ("<span class='big'>Invoice</span>", 2, "")])
    side = list(meta) + [("", "")] * 8
    left = vendor_lines + [""] * 8
    for i in range(max(len(vendor_lines), len(meta))):
        k, v = side[i]
        rows.append([(left[i], 5, ""), ("", 1, ""), (k, 1, ""), (v, 1, "r")])
    rows.append([("Bill to:", 5, "b"), ("", 1, ""), ("Balance due", 2, "s")])
    cust = cust_lines + [""] * 6
    due_cell = meta[2][1]
    extra = [(m(total), "b r"), (f"by {due_cell}" if meta[2][0] == "Due Date" else due_cell, "r")] + [("", "")] * 6
    for i in range(len(cust_lines)):
        rows.append([(cust[i], 5, ""), ("", 1, ""), (extra[i][0], 2, extra[i][1])])
    rows.append([("", 5, ""), ("", 1, ""), ("", 2, "")])
    rows.append([("Item", 1, "f"), ("Description", 1, "f"), ("Qty", 1, "f"), ("Rate", 1, "f"), ("Amount", 1, "f"), ("", 1, ""), ("", 2, "")])
    for i, li in enumerate(lines, 1):
        rows.append([(str(i), 1, "c"), (esc(li.description), 1, ""), (q(li.quantity), 1, "r"), (m(li.unit_price), 1, "r"), (m(li.amount), 1, "r"),
                     ("", 1, ""), ("", 2, "")])
    for _ in range(rng.randrange(1, 5)):
        rows.append([("", 1, ""), ("", 1, ""), ("", 1, ""), ("", 1, ""), (blank, 1, "r"), ("", 1, ""), ("", 2, "")])
    for k, v in summary:
        strong = "b" if k == summary[-1][0] else ""
        rows.append([("", 1, ""), ("", 1, ""), ("", 1, ""), (k, 1, strong), (v, 1, f"r {strong}"), ("", 1, ""), ("", 2, "")])
    rows.append([(esc(bank), 5, ""), ("", 1, ""), ("", 2, "")])
    body = "".join("<tr>" + _cells(widths, row) + "</tr>" for row in rows)
    html = f"<table class='g'>{body}</table>"
    name = pick(rng, [f"Invoice {number}", f"Invoices {number[:4]}", "Invoice template", f"{vendor.name.split()[0]} invoices"])
    half = (width - 60.0) / 2 - 8
    footer = (f"<table><tr><td class='ft' style='width:{half:.1f}pt'>{esc(name)} - {pick(rng, ['Sheet1', 'Invoice', number])}</td>"
              f"<td class='ft' style='width:{half:.1f}pt;text-align:right'>1 of 1</td></tr></table>")
    return single_page("sheet_gridlines", width, height, css, [Box((30.0, 30.0, width - 30.0, height - 40.0), html),
                                                              Box((30.0, height - 34.0, width - 30.0, height - 16.0), footer)])


def _timesheet(rng, width, height, css, vendor, vendor_lines, cust_lines, meta, summary, lines, days_rows, m, q, bank, number):
    widths = _fit([185.0] + [28.0] * 7 + [42.0, 58.0, 74.0, 12.0, 72.0, 84.0], width - 48.0)
    n_side = 2
    side_rows = [("Total hours", q(sum((li.quantity for li in lines), D(0))))] + list(summary)

    def header_rows(first: bool) -> list[list[tuple[str, int, str]]]:
        rows = []
        if first:
            rows.append([(f"<span class='big'>{esc(vendor.name)}</span>", 8, ""), ("<span class='big'>TIMESHEET INVOICE</span>", 3, "r"), ("", 1, ""),
                         ("", n_side, "")])
            left = vendor_lines + [""] * 8
            side = list(meta) + [("", "")] * 8
            cust = ["<b>Bill to:</b>"] + cust_lines + [""] * 8
            for i in range(max(len(vendor_lines), len(meta), len(cust_lines) + 1)):
                k, v = side[i]
                rows.append([(left[i], 8, ""), (cust[i], 3, ""), ("", 1, ""), (k, 1, ""), (v, 1, "r")])
        rows.append([("Description", 1, "f")] + [(day, 1, "f") for day in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")]
                    + [("Hours", 1, "f"), ("Rate", 1, "f"), ("Amount", 1, "f"), ("", 1, ""), ("", n_side, "")])
        return rows

    items = list(zip(lines, days_rows, strict=True))

    def page(chunk, index, last):
        rows = header_rows(index == 0)
        side = list(side_rows) if last else []
        for k, (li, hours) in enumerate(chunk):
            extra = [(side[k][0], 1, "b" if k == len(side) - 1 else ""), (side[k][1], 1, "r b" if k == len(side) - 1 else "r")] if k < len(side) else [("", n_side, "")]
            rows.append([(esc(li.description), 1, "")] + [(q(h) if h else "", 1, "r") for h in hours]
                        + [(q(li.quantity), 1, "r"), (m(li.unit_price), 1, "r"), (m(li.amount), 1, "r"), ("", 1, "")] + extra)
        if last:
            for k in range(len(chunk), len(side)):
                rows.append([("", 11, ""), ("", 1, ""), (side[k][0], 1, "b" if k == len(side) - 1 else ""), (side[k][1], 1, "r b" if k == len(side) - 1 else "r")])
            rows.append([(esc(bank), 11, ""), ("", 1, ""), ("", n_side, "")])
        return "<table class='g'>" + "".join("<tr>" + _cells(widths, row) + "</tr>" for row in rows) + "</table>"

    return paged(width, height, css, (24.0, 28.0, 24.0, 24.0), items, page,
                 footer=lambda p, c: f"<p class='ft' style='text-align:right'>Timesheet {esc(number)} - page {p} of {c}</p>", footer_height=14.0)
