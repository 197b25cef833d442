"""UK accounting-software remittance advices for BACS and Faster Payments, from the payer to the supplier, in English, GBP,
2023-2025.

Three prints. `sage_remittance` (a Sage 50-like "REMITTANCE ADVICE": the payer's name and address top right with its VAT
and company numbers, the supplier in the window, A/C Ref (the supplier's account in the payer's ledger), Date, Payment
Method BACS and Payment Date; Date / Our Ref (the payer's PI- / PC- ledger numbers) / Your Ref (the supplier's invoice and
credit-note numbers) / Details / Amount / Discount / Paid, credit notes as "-291.07" or "291.07 CR"; Total Paid; "Paid
by BACS to sort code … account ****5678, reference …"), `xero_remittance` (a Xero-like remittance: REMITTANCE ADVICE, the
payer organisation top right, To: the supplier, Payment Date / Reference / Amount Paid GBP; Invoice Number / Reference (the
payer's PO, a decoy) / Invoice Date / Invoice Total / Amount Paid / Still Owing, part payments with an amount still owing,
credit notes negative; Total GBP), `bacs_letter` (a covering letter on the payer's letterhead: the date, the supplier's
address, "Remittance Advice – payment by Faster Payments", "we have today made a payment of £x to your account … with the
reference …", "Our supplier number for you" and "Our account number with you"; Your Ref / Our Ref / Invoice Date / Gross /
Discount / Net Paid; long runs over two pages; signed by Accounts Payable).

Truth: a `remittance_advice`; vendor = the supplier paid (window address), vendor_id = A/C Ref / Our supplier number for
you; customer = the payer with its letterhead address, customer_id = "Our account number with you" where printed;
invoice_ids = the Your Ref / Invoice Number column in table order (the Our Ref ledger numbers and the PO references are
decoys), credit notes with negative allocations, each invoice allocated the amount paid (after settlement discount; a
part payment's amount paid, never its total or what is still owing); payment reference = the BACS / Faster Payments
reference; payment date = Payment Date (the letter's date); document date = the advice's date.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company
from corpus.holdout.fakes_seventeenth import UK_BANKS, other_party, uk_sort_code
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import paged, pts, single_page
from corpus.holdout.templates._sixteenth import kv_rows

FAMILY = "uk_bacs_remittance"
DOCUMENT_TYPE = "remittance_advice"
D = Decimal
DETAILS = ["Cleaning services", "Stationery", "Consultancy", "Hire of plant", "Catering supplies", "IT support", "Waste collection",
           "Vehicle repairs", "Packaging materials", "Printing", "Maintenance contract", "Agency staff", "Carriage"]


def _uk_date(rng: random.Random):
    style = pick(rng, ["slash", "slash", "long", "mon"])

    def d(x: date) -> str:
        if style == "slash":
            return x.strftime("%d/%m/%Y")
        if style == "long":
            return f"{x.day} {x.strftime('%B %Y')}"
        return x.strftime("%d %b %Y")
    return d


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["sage_remittance", "xero_remittance", "bacs_letter"])
    payer = make_company(rng, "GB")
    payee = other_party(rng, lambda r: make_company(r, "GB"), payer)
    payee.tax_id = None
    pay_date = random_date(rng, date(2023, 1, 9), 990)
    advice_date = pay_date - timedelta(days=pick(rng, [0, 0, 0, 1, 2])) if layout != "xero_remittance" else pay_date
    count = pick(rng, [1, 2, 2, 3, 4, 5, 6, 8] + ([14, 22, 36] if layout == "bacs_letter" else []))
    prefix = pick(rng, ["INV-", "SI", "", "INV"])
    base = rng.randrange(100, 40000)
    ledger = rng.randrange(100, 9000)
    rows = []
    for _ in range(count):
        base += rng.randrange(1, 9)
        ledger += rng.randrange(1, 30)
        gross = money(round(rng.uniform(45, 9800), pick(rng, [0, 2, 2])))
        discount = money(gross * D("0.025")) if layout != "xero_remittance" and chance(rng, 0.15) else D("0.00")
        paid = gross - discount
        if layout == "xero_remittance" and chance(rng, 0.15):
            paid = money(gross * D(pick(rng, ["0.5", "0.25", "0.4"])))
        rows.append({"ref": f"{prefix}{base}", "our": f"PI-{ledger:05d}", "day": pay_date - timedelta(days=rng.randrange(12, 80)), "gross": gross,
                     "discount": discount, "paid": paid, "type": "Invoice", "po": f"PO{rng.randrange(1000, 99999)}", "desc": pick(rng, DETAILS)})
    credits = pick(rng, [0, 0, 0, 1, 1, 2]) if count > 1 else 0
    for _ in range(credits):
        target = pick(rng, rows[:count])
        amount = money(min(target["paid"] * D("0.6"), money(round(rng.uniform(20, 900), 2))))
        ledger += rng.randrange(1, 30)
        rows.append({"ref": f"{pick(rng, ['CN-', 'CR', 'CRN'])}{rng.randrange(100, 9999)}", "our": f"PC-{ledger:05d}",
                     "day": target["day"] + timedelta(days=rng.randrange(1, 10)), "gross": -amount, "discount": D("0.00"), "paid": -amount,
                     "type": "Credit Note", "po": target["po"], "desc": f"Credit - {target['desc'].lower()}"})
    rows.sort(key=lambda r: r["day"])
    total = sum((r["paid"] for r in rows), D("0.00"))
    method = pick(rng, ["BACS", "BACS", "Faster Payment"])
    reference = pick(rng, [f"BACS{rng.randrange(10000, 99999)}", f"{payer.name.split()[0].upper()[:10]} PAY {rng.randrange(100, 9999):04d}",
                           f"FP{pay_date.strftime('%y%m%d')}{rng.randrange(100, 999)}", f"PAYRUN {rng.randrange(100, 999)}"])
    supplier_code = pick(rng, [f"{payee.name.split()[0].upper()[:3]}{rng.randrange(1, 99):03d}", f"S{rng.randrange(1000, 9999)}", f"V-{rng.randrange(10000, 99999)}"])
    our_account = f"{payer.name.split()[0].upper()[:4]}{rng.randrange(1, 999):03d}" if layout == "bacs_letter" and chance(rng, 0.5) else None
    show_code = layout != "xero_remittance" and chance(rng, 0.85)
    doc = Doc(document_type=DOCUMENT_TYPE, locale="GB", currency="GBP", vendor=payee, customer=payer, invoice_ids=[r["ref"] for r in rows],
              document_date=advice_date, total=total, payment_reference=reference, payment_date=pay_date,
              allocations=[(r["ref"], r["paid"]) for r in rows], vendor_id=supplier_code if show_code else None, customer_id=our_account)
    d = _uk_date(rng)
    neg = pick(rng, ["minus", "minus", "cr", "paren"]) if layout == "sage_remittance" else "minus"

    def n(value: D) -> str:
        if value < 0:
            text = fmt_number(-value, "en")
            return {"minus": f"-{text}", "cr": f"{text} CR", "paren": f"({text})"}[neg]
        return fmt_number(value, "en")

    bank, prefix2 = pick(rng, UK_BANKS)
    sort_code = uk_sort_code(rng, prefix2)
    masked = f"****{rng.randrange(1000, 9999)}"
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times", "Courier"] if layout == "sage_remittance" else ["Helvetica", "Helvetica", "Times"]),
                       size=(7.8, 8.8), table=pick(rng, ["rules", "grid", "minimal", "zebra"]))
    css = theme.css(".t{font-size:15pt;font-weight:bold} .lh{font-size:12pt;font-weight:bold} .tiny{font-size:6.5pt;color:#555}")
    width, height = A4
    W = width - 90
    payer_block = (f"<p class='lh'>{esc(payer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in payer.address)
                   + f"<p class='small'>Tel: {payer.phone}</p><p class='small'>VAT Reg No: {payer.tax_id}</p>"
                   + (f"<p class='small'>Company No: {payer.extra['company_no']}</p>" if chance(rng, 0.5) else ""))
    window = f"<p class='b'>{esc(payee.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in payee.address)
    if layout == "sage_remittance":
        meta = ([("A/C Ref", supplier_code)] if show_code else []) + [("Date", d(advice_date)), ("Payment Method", method), ("Payment Date", d(pay_date)),
                                                                       ("Payment Ref", reference)]
        cols = pts(W, 0.12, 0.12, 0.14, 0.24, 0.13, 0.11, 0.14)
        head = ["Date", "Our Ref", "Your Ref", "Details", "Amount", "Discount", "Paid"]
        body = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'r' if j >= 4 else ''}'>{c}</td>" for j, (c, w) in enumerate(zip(
            [r["day"].strftime("%d/%m/%Y"), r["our"], r["ref"], esc(r["desc"] if r["type"] == "Invoice" else "Purchase Credit"), n(r["gross"]),
             n(r["discount"]), n(r["paid"])], cols, strict=True))) + "</tr>" for r in rows)
        table = ("<table class='items'><tr>" + "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(head, cols, strict=True)) + f"</tr>{body}"
                 + f"<tr><td colspan='6' class='r b'>Total Paid £</td><td class='r b'>{n(total)}</td></tr></table>")
        html = (f"<table><tr><td style='width:{W * 0.5 - 6:.1f}pt'><p class='t' style='margin-top:30pt'>REMITTANCE ADVICE</p>"
                f"<div style='margin-top:18pt'>{window}</div></td><td style='width:{W * 0.5 - 6:.1f}pt'>{payer_block}"
                f"<div style='margin-top:8pt'>{kv_rows(meta, (90, W * 0.5 - 100))}</div></td></tr></table>" + table
                + f"<p style='margin-top:10pt'>Paid by {method} to {bank}, sort code {sort_code}, account {masked}, reference {reference}.</p>"
                "<p class='tiny' style='margin-top:10pt'>Please allow three working days for the funds to clear. Any queries should be addressed to our "
                f"Purchase Ledger department on {payer.phone}.</p>")
        sheet = single_page(layout, width, height, css, [Box((45.0, 40.0, width - 45.0, height - 36.0), html)])
    elif layout == "xero_remittance":
        meta = [("Payment Date", d(pay_date)), ("Reference", reference), ("Amount Paid", f"GBP {n(total)}"), ("Bank Account", f"{bank} Business Account")]
        cols = pts(W, 0.16, 0.15, 0.15, 0.18, 0.18, 0.18)
        head = ["Invoice Number", "Reference", "Invoice Date", "Invoice Total", "Amount Paid", "Still Owing"]
        body = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'r' if j >= 3 else ''}'>{c}</td>" for j, (c, w) in enumerate(zip(
            [r["ref"], r["po"], d(r["day"]), n(r["gross"]), n(r["paid"]), n(r["gross"] - r["paid"])], cols, strict=True))) + "</tr>" for r in rows)
        table = ("<table class='items'><tr>" + "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(head, cols, strict=True)) + f"</tr>{body}"
                 + f"<tr><td colspan='4' class='r b'>Total GBP</td><td class='r b'>{n(total)}</td><td></td></tr></table>")
        html = (f"<table><tr><td style='width:{W * 0.55 - 6:.1f}pt'><p class='t' style='font-size:20pt'>REMITTANCE ADVICE</p>"
                f"<p class='small muted' style='margin-top:10pt'>To</p>{window}</td><td style='width:{W * 0.45 - 6:.1f}pt'>{payer_block}</td></tr></table>"
                + f"<div style='margin-top:10pt'>{kv_rows(meta, (90, 220))}</div>" + table
                + "<p class='tiny' style='margin-top:12pt'>Payment has been made to your nominated bank account. Please allow up to 2 working days.</p>")
        sheet = single_page(layout, width, height, css, [Box((45.0, 40.0, width - 45.0, height - 36.0), html)])
    else:
        cols = pts(W, 0.16, 0.15, 0.15, 0.18, 0.16, 0.2)
        head = ["Your Ref", "Our Ref", "Invoice Date", "Gross", "Discount", "Net Paid"]

        def table(chunk, last) -> str:
            body = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'r' if j >= 3 else ''}'>{c}</td>" for j, (c, w) in enumerate(zip(
                [r["ref"], r["our"], d(r["day"]), n(r["gross"]), n(r["discount"]), n(r["paid"])], cols, strict=True))) + "</tr>" for r in chunk)
            foot = f"<tr><td colspan='5' class='r b'>Total payment</td><td class='r b'>£{n(total)}</td></tr>" if last else ""
            return "<table class='items'><tr>" + "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(head, cols, strict=True)) + f"</tr>{body}{foot}</table>"

        ids = ([f"<p>Our supplier number for you: {supplier_code}</p>"] if show_code else []) + (
            [f"<p>Our account number with you: {our_account}</p>"] if our_account else [])
        letter = (f"<table><tr><td style='width:{W * 0.5 - 6:.1f}pt'>{window}</td><td style='width:{W * 0.5 - 6:.1f}pt'>{payer_block}</td></tr></table>"
                  + f"<p style='margin-top:10pt'>{d(advice_date)}</p>" + "".join(ids)
                  + f"<p style='margin-top:8pt'>Dear Sir or Madam,</p><p class='b' style='margin-top:4pt'>Remittance Advice – payment by {method}{'s' if method.startswith('Faster') else ''}</p>"
                  + f"<p>We have {'today' if advice_date == pay_date else 'on ' + d(pay_date)} made a payment of £{n(total)} to your account "
                  f"(sort code {sort_code}, account ending {masked[-4:]}) with the reference {reference}. The payment comprises the items listed below.</p>")
        closing = ("<p style='margin-top:10pt'>If you have any queries regarding this payment please contact the Accounts Payable team, quoting your "
                   "supplier number.</p><p style='margin-top:10pt'>Yours faithfully,</p><p style='margin-top:14pt'>Accounts Payable</p>"
                   f"<p>{esc(payer.name)}</p>")

        def page(chunk, index, last):
            top = letter if index == 0 else f"<p class='b'>Remittance advice {reference} (continued)</p>"
            return top + table(chunk, last) + (closing if last else "")

        sheet = paged(width, height, css, (45.0, 40.0, 45.0, 36.0), rows, page,
                      footer=lambda p, c: f"<p class='tiny' style='text-align:right'>Page {p} of {c}</p>", footer_height=14.0)
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1,
                 notes={"sort_code": sort_code, "credits": credits, "ledger_refs": [r["our"] for r in rows], "part_paid": sum(1 for r in rows if r["paid"] != r["gross"] - r["discount"])})
