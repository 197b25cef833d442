"""American construction pay applications — a G702-style Application and Certificate for Payment with its G703-style
continuation sheet, or a construction-software pay application — from a general contractor to an owner or from a
subcontractor to a general contractor, in English, USD, 2023-2025.

Two prints. `aia_g702_g703` (page 1 the summary: TO OWNER / FROM CONTRACTOR / PROJECT / VIA ARCHITECT, APPLICATION NO.,
PERIOD TO, CONTRACT DATE, PROJECT NOS., INVOICE NO. and INVOICE DATE; the numbered lines ORIGINAL CONTRACT SUM, Net change by
Change Orders, CONTRACT SUM TO DATE, TOTAL COMPLETED & STORED TO DATE, RETAINAGE (% of completed work, % of stored material,
total), TOTAL EARNED LESS RETAINAGE, LESS PREVIOUS CERTIFICATES FOR PAYMENT, CURRENT PAYMENT DUE, BALANCE TO FINISH
INCLUDING RETAINAGE; the change-order summary (additions and deductions approved in previous months and this month); the
contractor's certification with signature and date, a notary block, the architect's certificate with AMOUNT CERTIFIED;
pages 2+ the CONTINUATION SHEET: A Item No. / B Description of Work / C Scheduled Value / D From Previous Application / E This
Period / F Materials Presently Stored / G Total Completed and Stored to Date / % / H Balance to Finish / I Retainage, change
orders as their own rows, GRAND TOTAL), `pay_app_software` (a construction-management program's print: "Pay Application
#7", Invoice No., Invoice Date, Period, Terms, summary boxes — Original Contract, Approved Change Orders, Revised Contract,
Completed to Date, Retainage Held, Previously Billed, Amount Due This Period — and the schedule of values with Previous /
This Period / Completed to Date / % / Balance / Retainage; subcontractors' applications to a general contractor).

Truth: an `invoice` of the contractor (vendor) to the owner or general contractor (customer) — the architect is neither; id
= the Invoice No. (the Application No. and the project number are decoys); date = the invoice / application date (Period To
and the contract date are decoys); total = CURRENT PAYMENT DUE / Amount Due This Period (contract sums, completed to date,
retainage, previous certificates and balance to finish are decoys); no tax and no net; lines = the schedule rows billed this
period (column E), amounts only, the retainage held on this period's work the adjustment between them and the total; payment
terms where printed.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company
from corpus.holdout.fakes_eighteenth import SOV_ELECTRICAL, SOV_GC, US_PROJECTS
from corpus.holdout.fakes_seventeenth import other_party
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import LETTER, Box
from corpus.holdout.templates._fifteenth import beside, paged, pts
from corpus.holdout.templates._sixteenth import kv_rows

FAMILY = "us_aia_pay_application"
D = Decimal
CHANGE_ORDERS = ["Added storm drain at east lot", "Upgrade lobby finishes", "Owner-requested outlet relocation", "Unforeseen rock excavation",
                 "Delete canopy at north entry", "Additional fire dampers", "Revised door hardware schedule", "Concrete testing allowance reconciliation"]


def _m(value: D) -> str:
    return fmt_number(value, "en")


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["aia_g702_g703", "aia_g702_g703", "pay_app_software"])
    sub = chance(rng, 0.35)
    issued = random_date(rng, date(2023, 2, 1), 1000)
    period_to = issued.replace(day=1) - timedelta(days=1) if issued.day <= 15 else issued.replace(day=15)
    contractor = make_company(rng, "US")
    owner = other_party(rng, lambda r: make_company(r, "US"), contractor)
    architect = other_party(rng, lambda r: make_company(r, "US"), owner)
    contractor.tax_id = owner.tax_id = None
    project = pick(rng, US_PROJECTS)
    contract_sum = money(round(rng.uniform(150000, 1500000) if sub else rng.uniform(800000, 9000000), -2))
    sov = SOV_ELECTRICAL if sub else SOV_GC
    chosen = sorted(rng.sample(range(len(sov)), rng.randrange(max(6, len(sov) - 8), len(sov) + 1)))
    weights = [sov[i][1] for i in chosen]
    scale = sum(weights)
    items = []
    allotted = D("0.00")
    for k, i in enumerate(chosen):
        value = contract_sum - allotted if k == len(chosen) - 1 else money(round(contract_sum * D(str(weights[k] / scale)), -2))
        allotted += value
        items.append([sov[i][0], value])
    app_no = rng.randrange(2, 15)
    changes = []
    for c in range(pick(rng, [0, 1, 1, 2, 3])):
        amount = money(round(rng.uniform(2500, 85000), -1)) * (-1 if chance(rng, 0.2) else 1)
        changes.append((f"CO #{c + 1} - {pick(rng, CHANGE_ORDERS)}", amount, rng.randrange(1, app_no + 1)))
    rate = D(pick(rng, ["10", "10", "5"]))
    progress = min(0.92, app_no * rng.uniform(0.06, 0.11))
    rows = []
    for desc, value, approved in [(i[0], i[1], 0) for i in items] + [(c[0], c[1], c[2]) for c in changes]:
        done = max(0.0, min(1.0, progress + rng.uniform(-0.35, 0.3))) if approved != app_no else 0.0
        if desc in ("Mobilization", "Bonds & Insurance", "Mobilization & Submittals"):
            done = 1.0
        this = 0.0 if done >= 1.0 and chance(rng, 0.8) else max(0.0, min(1.0 - done, rng.uniform(0.0, 0.22)))
        if chance(rng, 0.3):
            this = 0.0
        if desc.startswith("CO #") and value < 0:
            done, this = 1.0, 0.0
        previous = money(value * D(str(round(done, 3))))
        current = money(value * D(str(round(this, 3))))
        if value > 0 and previous + current > value:
            current = value - previous
        rows.append({"desc": desc, "value": value, "prev": previous, "this": current})
    if not any(r["this"] > 0 for r in rows):
        target = next(r for r in rows if r["value"] > 0 and r["prev"] < r["value"]) if any(r["value"] > 0 and r["prev"] < r["value"] for r in rows) else rows[0]
        if target["prev"] >= target["value"]:
            target["prev"] = money(target["value"] * D("0.5"))
        target["this"] = money((target["value"] - target["prev"]) * D("0.4"))
    for r in rows:
        r["done"] = r["prev"] + r["this"]
        r["ret"] = money(r["done"] * rate / 100)
        r["ret_prev"] = money(r["prev"] * rate / 100)
        r["balance"] = r["value"] - r["done"]
    net_change = sum((c[1] for c in changes), D("0.00"))
    sum_to_date = contract_sum + net_change
    completed = sum((r["done"] for r in rows), D("0.00"))
    retainage = sum((r["ret"] for r in rows), D("0.00"))
    earned = completed - retainage
    previous_certs = sum((r["prev"] for r in rows), D("0.00")) - sum((r["ret_prev"] for r in rows), D("0.00"))
    due = earned - previous_certs
    balance = sum_to_date - earned
    lines = [Line(r["desc"], None, None, r["this"]) for r in rows if r["this"] > 0]
    this_total = sum((li.amount for li in lines), D("0.00"))
    seq = rng.randrange(100, 9000)
    number = pick(rng, [f"{issued.year % 100}-{seq:04d}", f"INV-{seq:05d}", f"{rng.randrange(1000, 9999)}-{app_no:02d}", f"PA{seq:05d}"])
    terms = pick(rng, [None, "Net 30", "Net 30", "Due upon certification", "Net 45"]) if layout == "pay_app_software" else None
    doc = Doc(document_type="invoice", locale="US", currency="USD", vendor=contractor, customer=owner, invoice_ids=[number], document_date=issued,
              total=due, lines=lines, payment_terms=terms, lines_sum_to="total", lines_adjustment=due - this_total)
    project_no = f"{pick(rng, ['P', 'J', ''])}{issued.year % 100}{rng.randrange(100, 999)}"
    contract_date = issued - timedelta(days=30 * app_no + rng.randrange(10, 90))
    d = (lambda x: x.strftime("%m/%d/%Y")) if chance(rng, 0.7) else (lambda x: x.strftime("%B %d, %Y").replace(" 0", " "))
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.0, 7.8), table="grid")
    css = theme.css(".t{font-size:12pt;font-weight:bold} .tiny{font-size:6.2pt;color:#333} .sm td{font-size:6.6pt;padding:1pt 2pt} .box{border:0.7pt solid #333;padding:3pt}"
                    " .big{font-size:14pt;font-weight:bold}")
    width, height = LETTER
    W = width - 72
    customer_label = "TO CONTRACTOR" if sub else "TO OWNER"
    party = lambda p: f"{esc(p.name)}<br/>{'<br/>'.join(esc(x) for x in p.address)}"  # noqa: E731
    cols = pts(W, 0.05, 0.25, 0.1, 0.1, 0.09, 0.07, 0.1, 0.05, 0.09, 0.1)
    head = ["A<br/>Item No.", "B<br/>Description of Work", "C<br/>Scheduled Value", "D<br/>From Previous Application", "E<br/>This Period",
            "F<br/>Materials Presently Stored", "G<br/>Total Completed and Stored to Date", "%<br/>(G ÷ C)", "H<br/>Balance to Finish", "I<br/>Retainage"]
    if layout == "pay_app_software":
        head = ["Item", "Description", "Scheduled Value", "Previous", "This Period", "Stored", "Completed to Date", "%", "Balance", "Retainage"]

    def pct(r) -> str:
        return f"{(r['done'] / r['value'] * 100):.0f}%" if r["value"] else "0%"

    def row_cells(k, r) -> list[str]:
        return [str(k), esc(r["desc"]), _m(r["value"]), _m(r["prev"]), _m(r["this"]), "0.00", _m(r["done"]), pct(r), _m(r["balance"]), _m(r["ret"])]

    numbered = list(enumerate(rows, 1))

    def sov_table(chunk, last: bool) -> str:
        ths = "".join(f"<th style='width:{w};{'' if j < 2 else 'text-align:right'}'>{h}</th>" for j, (h, w) in enumerate(zip(head, cols, strict=True)))
        body = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'' if j < 2 else 'r'}'>{c}</td>" for j, (c, w) in enumerate(zip(row_cells(k, r), cols, strict=True)))
                       + "</tr>" for k, r in chunk)
        grand = ""
        if last:
            grand = ("<tr class='b'><td></td><td class='b'>GRAND TOTAL</td>" + "".join(f"<td class='r b'>{v}</td>" for v in [
                _m(sum_to_date), _m(sum((r["prev"] for r in rows), D("0.00"))), _m(sum((r["this"] for r in rows), D("0.00"))), "0.00", _m(completed),
                f"{completed / sum_to_date * 100:.0f}%", _m(sum_to_date - completed), _m(retainage)]) + "</tr>")
        return f"<table class='items sm'><tr>{ths}</tr>{body}{grand}</table>"

    summary = [("1. ORIGINAL CONTRACT SUM", _m(contract_sum)), ("2. Net change by Change Orders", _m(net_change)),
               ("3. CONTRACT SUM TO DATE (Line 1 ± 2)", _m(sum_to_date)), ("4. TOTAL COMPLETED &amp; STORED TO DATE (Column G on G703)", _m(completed)),
               (f"5. RETAINAGE: a. {rate}% of Completed Work", _m(retainage)), (f"&#160;&#160;&#160;&#160;b. {rate}% of Stored Material", "0.00"),
               ("&#160;&#160;&#160;&#160;Total Retainage (Lines 5a + 5b)", _m(retainage)), ("6. TOTAL EARNED LESS RETAINAGE (Line 4 less Line 5 Total)", _m(earned)),
               ("7. LESS PREVIOUS CERTIFICATES FOR PAYMENT (Line 6 from prior Certificate)", _m(previous_certs)),
               ("8. <b>CURRENT PAYMENT DUE</b>", f"<b>${_m(due)}</b>"), ("9. BALANCE TO FINISH, INCLUDING RETAINAGE (Line 3 less Line 6)", _m(balance))]
    if layout == "aia_g702_g703":
        add_prev = sum((c[1] for c in changes if c[1] > 0 and c[2] < app_no), D("0.00"))
        ded_prev = -sum((c[1] for c in changes if c[1] < 0 and c[2] < app_no), D("0.00"))
        add_now = sum((c[1] for c in changes if c[1] > 0 and c[2] == app_no), D("0.00"))
        ded_now = -sum((c[1] for c in changes if c[1] < 0 and c[2] == app_no), D("0.00"))
        co = (f"<table class='items sm' style='margin-top:6pt'><tr><th>CHANGE ORDER SUMMARY</th><th class='r'>ADDITIONS</th><th class='r'>DEDUCTIONS</th></tr>"
              f"<tr><td>Total changes approved in previous months by Owner</td><td class='r'>{_m(add_prev)}</td><td class='r'>{_m(ded_prev)}</td></tr>"
              f"<tr><td>Total approved this month</td><td class='r'>{_m(add_now)}</td><td class='r'>{_m(ded_now)}</td></tr>"
              f"<tr><td class='b'>TOTALS</td><td class='r'>{_m(add_prev + add_now)}</td><td class='r'>{_m(ded_prev + ded_now)}</td></tr>"
              f"<tr><td class='b'>NET CHANGES by Change Order</td><td class='r' colspan='2'>{_m(net_change)}</td></tr></table>")
        meta = [("APPLICATION NO:", str(app_no)), ("PERIOD TO:", d(period_to)), ("CONTRACT DATE:", d(contract_date)), ("PROJECT NOS:", project_no),
                ("INVOICE NO.:", f"<b>{number}</b>"), ("INVOICE DATE:", d(issued))]
        parties = (f"<table style='width:{W:.0f}pt'><tr><td style='width:{W * 0.36 - 6:.0f}pt'><span class='b'>{customer_label}:</span><br/>{party(owner)}</td>"
                   f"<td style='width:{W * 0.32 - 6:.0f}pt'><span class='b'>PROJECT:</span><br/>{esc(project)}<br/><span class='b'>VIA ARCHITECT:</span><br/>{party(architect)}</td>"
                   f"<td style='width:{W * 0.32 - 6:.0f}pt'>{kv_rows(meta, (80, W * 0.32 - 80))}</td></tr>"
                   f"<tr><td colspan='3'><span class='b'>FROM {'SUBCONTRACTOR' if sub else 'CONTRACTOR'}:</span> {esc(contractor.name)}, {esc(contractor.address_text)}</td></tr></table>")
        left = "<p class='b'>CONTRACTOR'S APPLICATION FOR PAYMENT</p>" + "<table class='sm'>" + "".join(
            f"<tr><td style='width:{W * 0.5 - 80:.0f}pt'>{k}</td><td class='r' style='width:64pt'>{v}</td></tr>" for k, v in summary) + "</table>" + co
        state = next(m.group(1) for x in reversed(contractor.address) if (m := re.search(r", ([A-Z]{2}) \d", x)))
        certify = ("<p class='tiny'>The Contractor certifies that, to the best of its knowledge, the Work covered by this application has been performed in "
                   "accordance with the Contract Documents, that amounts received under earlier certificates have been paid to those who performed the Work, "
                   "and that the payment shown as current payment due is now owed.</p>"
                   f"<p style='margin-top:8pt'>{'SUBCONTRACTOR' if sub else 'CONTRACTOR'}: {esc(contractor.name)}</p><p>By: ______________________ Date: {d(issued)}</p>"
                   f"<p class='tiny' style='margin-top:6pt'>State of: {state} &#160; County of: ____________<br/>"
                   "Subscribed and sworn to before me this ____ day of __________<br/>Notary Public: ______________ My Commission expires: ________</p>"
                   "<p class='b' style='margin-top:8pt'>ARCHITECT'S CERTIFICATE FOR PAYMENT</p>"
                   "<p class='tiny'>Having reviewed the Work and this application, the Architect certifies to the Owner that the Work has progressed as "
                   "stated and that the Contractor is entitled to the amount certified below.</p>"
                   f"<p style='margin-top:4pt'>AMOUNT CERTIFIED ........ $ {_m(due) if chance(rng, 0.5) else '______________'}</p>"
                   f"<p>ARCHITECT: {esc(architect.name)}</p><p>By: ______________________ Date: __________</p>")
        first = ("<p class='t'>APPLICATION AND CERTIFICATE FOR PAYMENT</p><p class='tiny'>Page 1 of the application; continuation sheet attached</p>"
                 + parties + beside(left, f"<div style='padding-left:10pt'>{certify}</div>", (W * 0.5, W * 0.5)))
        sheet = paged(width, height, css, (36.0, 36.0, 36.0, 30.0), numbered,
                      lambda chunk, page, last: (f"<p class='t'>CONTINUATION SHEET</p><p class='tiny'>Application No. {app_no} · Invoice {number} · Application Date "
                                                 f"{d(issued)} · Period To {d(period_to)} · Project {project_no}</p>" if page == 0 else "<p class='b'>CONTINUATION SHEET (continued)</p>")
                      + sov_table(chunk, last),
                      footer=lambda p, c: f"<p class='tiny' style='text-align:right'>{esc(contractor.name)} · Application {app_no} · Sheet {p + 1}</p>", footer_height=12.0)
        sheet.pages.insert(0, [Box((36.0, 36.0, width - 36.0, height - 30.0), first)])
    else:
        boxes = [("Original Contract", contract_sum), ("Approved Change Orders", net_change), ("Revised Contract", sum_to_date), ("Completed to Date", completed),
                 ("Retainage Held", retainage), ("Previously Billed", previous_certs)]
        cards = "<table style='margin-top:8pt'><tr>" + "".join(
            f"<td class='box' style='width:{W / 7 - 12:.0f}pt'><span class='tiny'>{k}</span><br/><b>${_m(v)}</b></td>" for k, v in boxes) + (
            f"<td class='box' style='width:{W / 7 - 12:.0f}pt;background:#eef3fb'><span class='tiny'>Amount Due This Period</span><br/><span class='b'>${_m(due)}</span></td>"
            "</tr></table>")
        meta = [("Invoice No.", f"<b>{number}</b>"), ("Invoice Date", d(issued)), ("Period", f"{d(period_to.replace(day=1))} - {d(period_to)}"),
                ("Project", f"{esc(project)} ({project_no})")] + ([("Terms", terms)] if terms else [])
        header = (beside(f"<p class='t' style='color:{theme.accent}'>{esc(contractor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in contractor.address)
                         + f"<p>{contractor.phone}</p>", f"<p class='big'>Pay Application #{app_no}</p>" + kv_rows(meta, (70, 200)), (W - 270, 270))
                  + f"<p style='margin-top:6pt' class='b'>Bill To</p><p>{esc(owner.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in owner.address)
                  + f"<p class='tiny'>Architect: {esc(architect.name)}</p>" + cards)
        closing = (f"<p style='margin-top:8pt'>Retainage withheld at {rate}% of work completed. Amount due this period: <b>${_m(due)}</b>.</p>"
                   "<p class='tiny'>Lien waivers for the previous payment are attached. Please remit payment referencing the invoice number.</p>")
        sheet = paged(width, height, css, (36.0, 36.0, 36.0, 30.0), numbered,
                      lambda chunk, page, last: (header if page == 0 else f"<p class='b'>Pay Application #{app_no} · {number} (continued)</p>")
                      + sov_table(chunk, last) + (closing if last else ""),
                      footer=lambda p, c: f"<p class='tiny' style='text-align:right'>Page {p} of {c}</p>", footer_height=12.0)
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1,
                 notes={"application_no": app_no, "project_no": project_no, "architect": architect.name, "contract_sum": float(contract_sum),
                        "retainage_this_period": float(this_total - due), "period_to": period_to.isoformat(), "sub": sub})
