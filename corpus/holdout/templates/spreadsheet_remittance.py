"""Remittance advices that a payer's accounts-payable clerk keeps in a spreadsheet and prints or saves as PDF (Excel-like
grid exports and printed CSV), 2023-2025.

Three prints. `sheet_headings`: the worksheet printed with its row numbers and column letters (A, B, C, … / 1, 2, 3, …),
gridlines, header rows "REMITTANCE ADVICE", Payer, Payee (and Supplier ID), Payment Date, Payment Method, Payment
Reference, a blank row, the table Invoice Number | Invoice Date | Gross | Discount | Net Paid (sometimes a payer's Doc No.
column), a Total row, and the sheet tab's name in the footer. `sheet_gridlines`: the same sheet printed without headings,
in a spreadsheet's default font, bold header cells with fill, amounts right-aligned with thousands separators, and "Page 1
of 1". `sheet_csv`: the CSV export printed as text: `Invoice Number,Invoice Date,Gross,Discount,Net Paid` rows with
plain amounts and dates, the header lines as `Payer,…` pairs above.

US (USD, `3/15/2024`), GB (GBP, `15/03/2024`), AU (AUD, `15/03/2024`, `15-Mar-24`). Credit notes netted into the payment
are rows with a negative gross and net.

Truth: a `remittance_advice`; vendor = the payee (name as in the Payee / To row, no address unless printed; vendor_id =
Supplier ID / Vendor No. where printed), customer = the payer (its address where printed); ids = the invoice numbers in
row order (a credit note's number too, with its negative amount), allocations = the Net Paid column; total = payment
amount = the Total row's Net Paid; payment reference = Payment Reference; payment date = Payment Date; document date = the
advice date ("Date:" / "Prepared") or, where none is printed, the payment date. The payer's Doc No., the batch / payment
run and the bank account digits are decoys.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company
from corpus.holdout.money import fmt_date, fmt_number, money, random_date
from corpus.holdout.render import A4, LETTER, Box, Sheet
from corpus.holdout.templates._fourteenth import fits_strictly

FAMILY = "spreadsheet_remittance"
DOCUMENT_TYPE = "remittance_advice"
D = Decimal


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["headings", "gridlines", "gridlines", "csv"])
    country = pick(rng, ["US", "GB", "AU"])
    payer, payee = make_company(rng, country), make_company(rng, country)
    payee.tax_id = None
    currency = {"US": "USD", "GB": "GBP", "AU": "AUD"}[country]
    pay_day = random_date(rng)
    prepared = pay_day - timedelta(days=pick(rng, [0, 1, 2])) if chance(rng, 0.6) else None
    pattern = pick(rng, {"US": ["mdy_slash_nopad", "mdy_slash"], "GB": ["dmy_slash", "dd_mon_yyyy"], "AU": ["dmy_slash", "dd_mon_yy"]}[country])

    def d(x) -> str:
        text = fmt_date(x, pattern)
        return text.title() if pattern == "dd_mon_yy" else text

    prefix = pick(rng, ["INV-", "", "SI", "INV", f"{pay_day.year}/"])
    base = rng.randrange(100, 90000)
    rows = []
    for _ in range(rng.randrange(2, 14)):
        base += rng.randrange(1, 40)
        gross = money(rng.uniform(60, 12000))
        discount = money(gross * D(pick(rng, ["0.01", "0.02", "0.025"]))) if chance(rng, 0.2) else D("0.00")
        rows.append([f"{prefix}{base}", pay_day - timedelta(days=rng.randrange(14, 70)), gross, discount, gross - discount])
    if chance(rng, 0.25):
        credit = money(rng.uniform(20, float(min(r[4] for r in rows))))
        rows.insert(rng.randrange(1, len(rows) + 1), [f"{pick(rng, ['CN-', 'CR', 'C'])}{rng.randrange(100, 9999)}", pay_day - timedelta(days=rng.randrange(5, 40)),
                                                      -credit, D("0.00"), -credit])
    total = sum((r[4] for r in rows), D("0.00"))
    method = {"US": pick(rng, ["ACH", "Check", "Wire"]), "GB": pick(rng, ["BACS", "Faster Payment", "CHAPS"]), "AU": pick(rng, ["EFT", "Direct Credit"])}[country]
    reference = pick(rng, [f"PAY{rng.randrange(100000, 999999)}", f"{rng.randrange(10**6, 10**7)}", f"BACS-{pay_day.strftime('%y%m%d')}-{rng.randrange(10, 99)}",
                           f"EFT{rng.randrange(10000, 99999)}", f"CHK {rng.randrange(10000, 99999)}"])
    supplier_id = pick(rng, [f"V{rng.randrange(1000, 99999)}", f"SUP-{rng.randrange(100, 9999)}", f"{rng.randrange(10000, 99999)}", None])
    doc_nos = chance(rng, 0.35)
    with_address = layout != "csv" and chance(rng, 0.5)
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=currency, vendor=payee, customer=payer, invoice_ids=[r[0] for r in rows],
              document_date=prepared or pay_day, total=total, payment_reference=reference, payment_date=pay_day,
              allocations=[(r[0], r[4]) for r in rows], vendor_id=supplier_id, vendor_address_printed=False, customer_address_printed=with_address)
    grouped = layout != "csv" and chance(rng, 0.75)

    def a(value: D) -> str:
        if layout == "csv":
            return f"{value:.2f}"
        text = fmt_number(abs(value), "en" if grouped else "plain")
        return "-" + text if value < 0 else text

    batch = f"{pick(rng, ['Run', 'Batch', 'Payment run'])} {rng.randrange(100, 999)}"
    header = [("REMITTANCE ADVICE", "")]
    header += [("Payer", payer.name)] + ([("", ", ".join(payer.address))] if with_address else [])
    header += [("Payee", payee.name)] + ([("Supplier ID", supplier_id)] if supplier_id else [])
    if prepared:
        header.append(("Date", d(prepared)))
    header += [("Payment Date", d(pay_day)), ("Payment Method", method), ("Payment Reference", reference), (batch.split()[0] if layout != "csv" else "Batch", batch)]
    cols = ["Invoice Number", "Invoice Date"] + (["Doc No."] if doc_nos else []) + ["Gross", "Discount", "Net Paid"]
    table_rows = [[r[0], d(r[1])] + ([f"{rng.randrange(5100000, 5199999)}"] if doc_nos else []) + [a(r[2]), a(r[3]), a(r[4])] for r in rows]
    gross_total = sum((r[2] for r in rows), D("0.00"))
    disc_total = sum((r[3] for r in rows), D("0.00"))
    total_row = ["Total", ""] + ([""] if doc_nos else []) + [a(gross_total), a(disc_total), a(total)]
    width, height = LETTER if country == "US" else A4
    if layout == "csv":
        def csv_cell(text: str) -> str:
            return f'"{text}"' if "," in text else text

        out = [f"{csv_cell(k)},{csv_cell(v)}" if k else csv_cell(v) for k, v in header] + [""]
        out.append(",".join(cols))
        out += [",".join(csv_cell(c) for c in row) for row in table_rows]
        out.append(",".join(total_row))
        html = "".join(f"<p>{esc(line) if line else '&#160;'}</p>" for line in out)
        css = f"body{{font-family:{pick(rng, ['Courier', 'Helvetica'])};font-size:8.5pt;margin:0}} p{{margin:0 0 1pt 0}}"
        template = "sheet_csv"
    else:
        font = pick(rng, ["Helvetica", "Helvetica", "Times"])
        css = (f"body{{font-family:{font};font-size:{pick(rng, [8.0, 8.5, 9.0])}pt;margin:0}} table{{border-collapse:collapse;width:100%}}"
               " td{border:0.4pt solid #bfbfbf;padding:1.5pt 3pt;vertical-align:top} .r{text-align:right} .b{font-weight:bold}"
               " .hd{background:#d9e1f2;font-weight:bold} .rc{background:#efefef;color:#555;text-align:center;font-size:7pt} .t{font-size:12pt;font-weight:bold}")
        ncols = len(cols)
        numbered = layout == "headings"
        body = []
        if numbered:
            body.append("<tr><td class='rc' style='width:4%'></td>" + "".join(f"<td class='rc'>{chr(65 + i)}</td>" for i in range(ncols)) + "</tr>")
        row_no = 1

        def tr(cells: list[str], cls: list[str]) -> str:
            nonlocal row_no
            lead = f"<td class='rc'>{row_no}</td>" if numbered else ""
            row_no += 1
            return "<tr>" + lead + "".join(f"<td class='{c}'>{v}</td>" for v, c in zip(cells, cls, strict=True)) + "</tr>"

        for k, v in header:
            cells = [esc(k), esc(v)] + [""] * (ncols - 2)
            body.append(tr(cells, ["t" if k == "REMITTANCE ADVICE" else "b"] + [""] * (ncols - 1)))
        body.append(tr([""] * ncols, [""] * ncols))
        body.append(tr([esc(c) for c in cols], ["hd"] * ncols))
        amount_cls = ["", ""] + ([""] if doc_nos else []) + ["r", "r", "r"]
        for row in table_rows:
            body.append(tr([esc(c) for c in row], amount_cls))
        body.append(tr([esc(c) for c in total_row], ["b", "b"] + (["b"] if doc_nos else []) + ["r b", "r b", "r b"]))
        html = f"<table>{''.join(body)}</table>"
        tab = pick(rng, ["Sheet1", "Remittance", f"Payments {pay_day.strftime('%b')}", "Remit"])
        html += (f"<p style='margin-top:8pt;font-size:7pt;color:#555'>{tab}</p>" if numbered else
                 "<p style='margin-top:8pt;font-size:7pt;color:#555;text-align:center'>Page 1 of 1</p>")
        template = f"sheet_{layout}"
    rect = (36.0, 36.0, width - 36.0, height - 36.0)
    if not fits_strictly(html, css, rect):
        raise AssertionError(f"{template}: body does not fit the page")
    sheet = Sheet(width=width, height=height, css=css, pages=[[Box(rect, html)]])
    return Built(doc=doc, sheet=sheet, template=template, notes={"batch": batch, "doc_nos": doc_nos, "method": method})
