"""Dental practice invoices to patients, in English: Australian tax invoice / receipts (AUD), American patient invoices
(USD) and British private-treatment invoices (GBP), 2023-2025.

Three prints. `au_dental_invoice` (the practice's letterhead with its ABN, "TAX INVOICE / RECEIPT", Invoice No., Date,
Patient and Patient ID, the treating dentist with the Medicare-style provider number, the account holder — the patient or
a parent — with the address; Date / Item (ADA item number) / Tooth (FDI notation) / Description / Qty / Fee, radiographs by
the exposure; Total fees, "GST 0.00" (dental care is GST-free), the health fund's HICAPS benefit claimed on the spot and the
patient's EFTPOS payment, Balance owing, or "Please pay the balance by …"), `us_dental_invoice` (a PATIENT INVOICE from a
practice-management system: Invoice #, Invoice Date, Patient, Chart #, Guarantor and address, the provider with the NPI;
Date of Service / Tooth / Surface / CDT code / Description / Fee; Total Charges, Estimated Insurance from the PPO, Patient
Payments, Patient Balance Due and "Please pay by …"), `gb_dental_invoice` (a private practice's INVOICE: the patient's name
and address, Patient No., the treatment plan reference, Date / Treatment / Clinician / Fee, Total, Deposit paid, Balance
due, Terms, the clinician's GDC number and "Dental treatment is exempt from VAT").

Truth: an `invoice` of the practice (the dentist and the provider / NPI / GDC numbers are not the vendor; the tax id is the
ABN where printed, a practice VAT number in the few British prints that show one); customer = the account holder /
guarantor / patient billed, with the address, customer id = Patient ID / Chart # / Patient No.; id = the invoice number;
total = Total fees / Total Charges / Total (the fund benefit, the insurance estimate, payments, deposits and the balance are
decoys), tax = the printed GST 0.00 in Australia, none elsewhere; lines = the procedures with their fees (the quantity where a
Qty column is printed, the unit fee only when it is the line's fee); due date = the pay-by date where printed; payment terms
as printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, address, person_name
from corpus.holdout.fakes_eighteenth import (
    AU_FUNDS,
    AU_ITEMS,
    GB_ITEMS,
    US_INSURERS,
    US_ITEMS,
    dental_practice,
)
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._fifteenth import beside, paged, pts, rows_html
from corpus.holdout.templates._sixteenth import kv_rows

FAMILY = "dental_practice_invoice"
D = Decimal
TEETH = [11, 12, 14, 16, 17, 21, 24, 26, 27, 31, 36, 37, 41, 45, 46, 47]
US_TEETH = [2, 3, 14, 15, 18, 19, 30, 31, 8, 9]


def _m(value: D) -> str:
    return fmt_number(value, "en")


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["au_dental_invoice", "au_dental_invoice", "us_dental_invoice", "gb_dental_invoice"])
    country = {"au_dental_invoice": "AU", "us_dental_invoice": "US", "gb_dental_invoice": "GB"}[layout]
    issued = random_date(rng, date(2023, 1, 5), 1020)
    practice = dental_practice(rng, country)
    patient = person_name(rng, country)
    holder_name = patient if chance(rng, 0.7) else person_name(rng, country)
    holder = Party(name=holder_name, address=address(rng, country), country=country)
    visits = sorted({issued - timedelta(days=pick(rng, [0, 0, 0, 7, 14, 21])) for _ in range(rng.randrange(1, 3))})
    lines, rows = [], []
    if country == "AU":
        picks = _exclusive(rng.sample(AU_ITEMS, rng.randrange(1, 6)), [("011", "012"), ("114", "115")])
        for code, desc, low, high in sorted(picks):
            fee = money(round(rng.uniform(low, high)))
            qty = D(pick(rng, [2, 2, 4])) if code == "022" else D(1)
            tooth = str(pick(rng, TEETH)) if code[0] in "345" or code == "613" else ""
            lines.append(Line(desc, qty, None if qty > 1 else fee, money(qty * fee)))
            rows.append([pick(rng, visits), code, tooth])
    elif country == "US":
        picks = _exclusive(rng.sample(US_ITEMS, rng.randrange(1, 6)), [("D0120", "D0150"), ("D1110", "D4341")])
        for code, desc, low, high in sorted(picks):
            fee = money(round(rng.uniform(low, high)))
            tooth = str(pick(rng, US_TEETH)) if code[1] in "2347" else ""
            surface = pick(rng, ["O", "MO", "DO", "MOD", "B"]) if code.startswith("D239") else ""
            lines.append(Line(desc, None, None, fee))
            rows.append([pick(rng, visits), code, tooth, surface])
    else:
        picks = rng.sample(GB_ITEMS, rng.randrange(1, 5))
        for desc, low, high in picks:
            fee = money(round(rng.uniform(low, high), pick(rng, [0, 0, -1])))
            lines.append(Line(desc, None, None, fee))
            rows.append([pick(rng, visits)])
    order = sorted(range(len(lines)), key=lambda i: rows[i][0])
    lines, rows = [lines[i] for i in order], [rows[i] for i in order]
    total = sum((li.amount for li in lines), D("0.00"))
    seq = rng.randrange(1000, 99999)
    number = pick(rng, [f"INV{seq:06d}", f"{seq}", f"{practice.name.split()[0][:3].upper()}-{seq}", f"{issued.year}-{seq:05d}"])
    patient_id = pick(rng, [f"{rng.randrange(1000, 99999)}", f"P{rng.randrange(10000, 99999)}", f"{patient.split()[-1][:4].upper()}{rng.randrange(1, 999):04d}"])
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.0), table=pick(rng, ["rules", "minimal", "zebra", "header_fill"]))
    css = theme.css(".t{font-size:15pt;font-weight:bold} .tiny{font-size:6.6pt;color:#555}")
    width, height = LETTER if country == "US" else A4
    W = width - 84
    head_block = (f"<p class='t' style='color:{theme.accent}'>{esc(practice.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in practice.address)
                  + f"<p>Ph {practice.phone} · {practice.email}</p>" + (f"<p>ABN {practice.tax_id}</p>" if country == "AU" else "")
                  + (f"<p>VAT Reg. No. {practice.tax_id}</p>" if country == "GB" and practice.tax_id else ""))
    bill = "".join(f"<p>{esc(x)}</p>" for x in [holder.name] + holder.address)
    due = None
    terms = None
    if country == "AU":
        d = (lambda x: x.strftime("%d/%m/%Y")) if chance(rng, 0.7) else (lambda x: f"{x.day} {x.strftime('%b %Y')}")
        benefit = money(total * D(str(rng.uniform(0.3, 0.6)))) if chance(rng, 0.6) else D("0.00")
        fund = pick(rng, AU_FUNDS)
        paid = total - benefit if chance(rng, 0.7) else D("0.00")
        balance = total - benefit - paid
        if balance:
            due = issued + timedelta(days=pick(rng, [7, 14, 30]))
        meta = [("Invoice No.", f"<b>{number}</b>"), ("Date", d(issued)), ("Patient", esc(patient)), ("Patient ID", patient_id),
                ("Provider", practice.extra["dentist"]), ("Provider No.", practice.extra["provider"])]
        cols = pts(W, 0.11, 0.07, 0.07, 0.5, 0.07, 0.13)
        head = ["Date", "Item", "Tooth", "Description", "Qty", "Fee"]
        table_rows = [[d(r[0]), r[1], r[2], esc(li.description), str(li.quantity), _m(li.amount)] for li, r in zip(lines, rows, strict=True)]
        totals = [("Total fees", f"${_m(total)}"), ("GST", "$0.00")]
        if benefit:
            totals.append((f"Less: {fund} benefit (HICAPS)", f"-${_m(benefit)}"))
        if paid:
            totals.append(("Patient payment - EFTPOS", f"-${_m(paid)}"))
        totals.append(("Balance owing", f"${_m(balance)}"))
        tax = D("0.00")
        title = "TAX INVOICE / RECEIPT"
        note = ("<p class='tiny' style='margin-top:8pt'>Dental services are GST-free. Health fund benefits are estimates until claimed.</p>"
                + (f"<p>Please pay the balance by {d(due)}. Direct deposit BSB {rng.randrange(100, 999)}-{rng.randrange(100, 999)} "
                   f"Account {rng.randrange(10**7, 10**9)}, reference {number}.</p>" if due else ""))
        numeric = {4, 5}
        bill_label = "Account holder"
    elif country == "US":
        d = lambda x: x.strftime("%m/%d/%Y")  # noqa: E731
        insurer = pick(rng, US_INSURERS)
        estimate = money(total * D(str(rng.uniform(0.4, 0.8)))) if chance(rng, 0.75) else D("0.00")
        payments = min(money(round(rng.uniform(20, 120))), total - estimate) if chance(rng, 0.4) else D("0.00")
        balance = total - estimate - payments
        due = issued + timedelta(days=pick(rng, [15, 21, 30]))
        meta = [("Invoice #", f"<b>{number}</b>"), ("Invoice Date", d(issued)), ("Patient", esc(patient)), ("Chart #", patient_id),
                ("Provider", f"{practice.extra['dentist']} · {practice.extra['provider']}")]
        cols = pts(W, 0.12, 0.06, 0.07, 0.08, 0.53, 0.14)
        head = ["Date of Service", "Tooth", "Surface", "Code", "Description", "Fee"]
        table_rows = [[d(r[0]), r[2], r[3], r[1], esc(li.description), _m(li.amount)] for li, r in zip(lines, rows, strict=True)]
        totals = ([("Total Charges", f"${_m(total)}")] + ([(f"Estimated Insurance ({insurer})", f"-${_m(estimate)}")] if estimate else [])
                  + [("Patient Payments", f"-${_m(payments)}"), ("Patient Balance Due", f"${_m(balance)}")])
        tax = None
        title = "PATIENT INVOICE"
        note = (f"<p style='margin-top:8pt'>Please pay by {d(due)}. Insurance estimates are not a guarantee of payment; any amount your plan does not pay "
                "remains your responsibility.</p>")
        numeric = {5}
        bill_label = "Guarantor"
    else:
        d = (lambda x: x.strftime("%d/%m/%Y")) if chance(rng, 0.6) else (lambda x: f"{x.day} {x.strftime('%B %Y')}")
        deposit = money(round(total * D("0.3"), -1)) if len(lines) > 1 and chance(rng, 0.4) else D("0.00")
        terms = pick(rng, ["14 days", "Payment on completion", "30 days"])
        meta = [("Invoice No.", f"<b>{number}</b>"), ("Date", d(issued)), ("Patient No.", patient_id), ("Treatment plan", f"TP-{rng.randrange(100, 9999)}"),
                ("Terms", terms)]
        cols = pts(W, 0.15, 0.5, 0.2, 0.15)
        head = ["Date", "Treatment", "Clinician", "Fee"]
        table_rows = [[d(r[0]), esc(li.description), practice.extra["dentist"] if "Hygienist" not in li.description else "Hygienist", f"£{_m(li.amount)}"]
                      for li, r in zip(lines, rows, strict=True)]
        totals = [("Total", f"£{_m(total)}")] + ([("Deposit paid", f"-£{_m(deposit)}")] if deposit else []) + [("Balance due", f"£{_m(total - deposit)}")]
        tax = None
        title = "INVOICE"
        note = (f"<p class='tiny' style='margin-top:8pt'>Dental treatment provided by registered dental professionals is exempt from VAT. "
                f"{practice.extra['dentist']}, {practice.extra['provider']}.</p>")
        numeric = {3}
        bill_label = "Patient"
    doc = Doc(document_type="invoice", locale=country, currency={"AU": "AUD", "US": "USD", "GB": "GBP"}[country], vendor=practice, customer=holder,
              invoice_ids=[number], document_date=issued, total=total, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=patient_id,
              lines_sum_to="total")
    ths = "".join(f"<th style='width:{w};{'text-align:right' if j in numeric else ''}'>{h}</th>" for j, (h, w) in enumerate(zip(head, cols, strict=True)))
    table = (f"<table class='items'><tr>{ths}</tr>" + "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'r' if j in numeric else ''}'>{c}</td>"
                                                                               for j, (c, w) in enumerate(zip(r, cols, strict=True))) + "</tr>" for r in table_rows)
             + "</table>")
    html = (beside(head_block, f"<p class='t'>{title}</p>" + kv_rows(meta, (80, 190)), (W - 270, 270))
            + f"<p class='b' style='margin-top:10pt'>{bill_label}</p>{bill}" + table
            + f"<div style='margin-left:{W - 260:.0f}pt'>{rows_html(totals, widths=(170, 90))}</div>" + note
            + f"<p class='tiny' style='margin-top:14pt'>Thank you for choosing {esc(practice.name.rstrip('.'))}. Cancellations with less than 24 hours' notice may incur a fee.</p>")
    sheet = paged(width, height, css, (42.0, 40.0, 42.0, 36.0), [html], lambda chunk, page, last: chunk[0])
    return Built(doc=doc, sheet=sheet, template=layout, notes={"dentist": practice.extra["dentist"], "provider": practice.extra["provider"], "patient": patient,
                                                              "holder_is_patient": holder_name == patient})


def _exclusive(picks: list, pairs: list[tuple[str, str]]) -> list:
    """Drop the second of two items that are not billed at one visit (a first and a subsequent examination)."""
    codes = {p[0] for p in picks}
    dropped = {b for a, b in pairs if a in codes and b in codes}
    return [p for p in picks if p[0] not in dropped]
