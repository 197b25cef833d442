"""Freight brokers' settlements to motor carriers in English, USD, 2023-2025: the statement that pays a week of loads,
the QuickPay confirmation e-mail, and a carrier-portal payment print with adjustment reasons.

Three prints. `broker_settlement_statement` (the broker's letterhead with its MC and USDOT numbers, CARRIER SETTLEMENT
STATEMENT, Pay to: the carrier with its MC number, Carrier ID, Payment #, Statement Date, Payment Date, Payment Method
(ACH / QuickPay ACH / Check), a masked bank account; Load # / Your Invoice # / BOL # / Pick-up / Lane / Linehaul / Fuel SC /
Accessorials / Gross / QP Fee / Deductions / Net Paid, deduction codes ADV (a fuel advance by Comchek), CLM (a cargo claim),
the accessorials — detention, lumper, TONU, layover — folded into the gross; totals and a summary Total Gross / Less
QuickPay Fees / Less Advances & Deductions / Net Payment; a run of 20 to 40 loads over pages), `broker_quickpay_email`
(the TMS's e-mail "Payment Confirmation - Carrier Pay …": From / To / Sent / Subject, a short paragraph naming the
QuickPay percentage and the payment number, Load / Invoice / Invoice Amount / QuickPay Fee / Amount Paid, Total, the
carrier-relations signature), `broker_portal_payment` (a carrier portal's payment detail: Payment ID, Check / ACH number,
Paid On, Invoice # / Load # / Invoice Date / Invoice Amt / Adjustments / Amount Paid / Adjustment reason — "Detention not
approved", "Late delivery", "Claim C-1234" —).

Truth: a `remittance_advice`; vendor = the carrier paid (its address where printed; vendor id = the Carrier ID / carrier
code), customer = the broker with its address; payment reference = the Payment # / Payment ID (check or ACH number on the
portal where labelled as the payment's), payment date = Payment Date / Paid On; document date = the statement date or the
e-mail's date; invoice ids = the carrier's invoice numbers (load, BOL and PRO numbers and the MC / USDOT numbers are decoys);
allocations = the net paid per invoice after QuickPay fees, advances, claims and adjustments; total = payment amount = the
net payment.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import FIRST_NAMES, SURNAMES
from corpus.holdout.fakes_nineteenth import LANES, broker_party, carrier_party
from corpus.holdout.money import MONTHS, fmt_number, money, random_date
from corpus.holdout.render import LETTER
from corpus.holdout.templates._fifteenth import beside, paged, pts, rows_html
from corpus.holdout.templates._sixteenth import kv_rows

FAMILY = "broker_carrier_settlement"
D = Decimal
REASONS = ["Detention not approved", "Late delivery", "Lumper receipt missing", "Rate confirmation mismatch", "Claim C-{n}", "TONU not approved"]


def _n(value: D) -> str:
    text = fmt_number(abs(value), "en")
    return f"({text})" if value < 0 else text


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["broker_settlement_statement", "broker_settlement_statement", "broker_quickpay_email", "broker_portal_payment"])
    broker = broker_party(rng)
    carrier = carrier_party(rng)
    paid = random_date(rng, date(2023, 1, 9), 1020)
    quickpay = layout == "broker_quickpay_email" or chance(rng, 0.4)
    qp_rate = D(pick(rng, ["1.5", "2", "2.5", "3", "5"])) if quickpay else D(0)
    count = {"broker_settlement_statement": pick(rng, [1, 2, 3, 4, 6, 8, 12, 22, 34]), "broker_quickpay_email": pick(rng, [1, 1, 2, 3]),
             "broker_portal_payment": pick(rng, [1, 2, 3, 5, 8])}[layout]
    style = pick(rng, ["{n}", "INV-{n}", "{y}-{n}", "{c}{n}"])
    initials = "".join(w[0] for w in carrier.name.split()[:2]).upper()
    seq = rng.randrange(100, 9000)
    loads = []
    for _ in range(count):
        seq += rng.randrange(1, 6)
        pickup = paid - timedelta(days=rng.randrange(5, 40))
        linehaul = money(round(rng.uniform(650, 4800), 0))
        fuel = money(linehaul * D(pick(rng, ["0.18", "0.22", "0.28", "0.32"]))) if chance(rng, 0.7) else D("0.00")
        acc = D("0.00")
        acc_text = ""
        if chance(rng, 0.3):
            kind, amount = pick(rng, [("Detention", money(pick(rng, [75, 150, 225, 300]))), ("Lumper", money(rng.randrange(150, 450))),
                                      ("TONU", money(pick(rng, [150, 200, 250]))), ("Layover", money(250))])
            acc, acc_text = amount, kind
        gross = linehaul + fuel + acc
        fee = money(gross * qp_rate / 100)
        deduction, code = D("0.00"), ""
        if chance(rng, 0.2):
            deduction, code = money(pick(rng, [200, 300, 400, 500, 750, 1000])), "ADV"
        elif chance(rng, 0.06):
            deduction, code = money(rng.randrange(100, 900)), "CLM"
        origin, dest = pick(rng, LANES)
        if chance(rng, 0.5):
            origin, dest = dest, origin
        loads.append({"load": f"{rng.randrange(10**6, 10**7)}", "inv": style.format(n=seq, y=paid.year % 100, c=initials), "bol": f"{rng.randrange(10**7, 10**8)}",
                      "pickup": pickup, "lane": f"{origin} - {dest}", "linehaul": linehaul, "fuel": fuel, "acc": acc, "acc_text": acc_text, "gross": gross,
                      "fee": fee, "ded": deduction, "code": code, "net": gross - fee - deduction})
    total = sum((x["net"] for x in loads), D("0.00"))
    carrier_id = pick(rng, [f"CR-{rng.randrange(10**4, 10**5)}", f"{initials}{rng.randrange(100, 999)}", f"V{rng.randrange(10**5, 10**6)}"])
    pay_no = pick(rng, [f"ACH{rng.randrange(10**6, 10**7)}", f"CP-{rng.randrange(10**5, 10**6)}", f"{rng.randrange(10**6, 10**7)}", f"QP{rng.randrange(10**5, 10**6)}"])
    statement = paid - timedelta(days=pick(rng, [0, 0, 1, 2])) if layout == "broker_settlement_statement" else paid
    email_at = datetime(paid.year, paid.month, paid.day, rng.randrange(7, 19), rng.randrange(60))
    vendor_addr = layout != "broker_quickpay_email"
    doc = Doc(document_type="remittance_advice", locale="US", currency="USD", vendor=carrier, customer=broker, invoice_ids=[x["inv"] for x in loads],
              document_date=statement, total=total, payment_reference=pay_no, payment_date=paid, allocations=[(x["inv"], x["net"]) for x in loads],
              vendor_id=carrier_id if layout != "broker_quickpay_email" else None, vendor_address_printed=vendor_addr, customer_address_printed=vendor_addr)
    date_style = pick(rng, ["mdy", "mdy", "long"])

    def d(x: date) -> str:
        return x.strftime("%m/%d/%Y") if date_style == "mdy" else f"{MONTHS['en'][x.month - 1]} {x.day}, {x.year}"

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Courier", "Times"]), size=(6.8, 7.8), table=pick(rng, ["grid", "rules", "zebra", "minimal"]))
    if theme.font == "Courier":
        theme.size = 6.5
    css = theme.css(".t{font-size:13pt;font-weight:bold} .tiny{font-size:6.2pt;color:#555} .box{border:0.8pt solid #888;padding:4pt} .hdr td{padding:0 4pt 0 0}")
    width, height = LETTER
    W = width - 60
    method = pick(rng, ["QuickPay ACH", "ACH"]) if quickpay else pick(rng, ["ACH", "ACH", "Check"])
    masked = f"****{rng.randrange(1000, 9999)}"
    head_broker = (f"<p class='t' style='color:{theme.accent}'>{esc(broker.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in broker.address)
                   + f"<p>MC# {broker.extra['mc']} · USDOT {broker.extra['dot']} · {broker.phone}</p>")
    pay_to = (f"<p class='b'>Pay to:</p><p class='b'>{esc(carrier.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in carrier.address)
              + f"<p>MC# {carrier.extra['mc']}</p>")
    notes = {"loads": [x["load"] for x in loads], "bols": [x["bol"] for x in loads], "carrier_mc": carrier.extra["mc"], "broker_mc": broker.extra["mc"],
             "quickpay": quickpay, "qp_rate": float(qp_rate)}
    if layout == "broker_settlement_statement":
        meta = [("Carrier ID", carrier_id), ("Payment #", f"<b>{pay_no}</b>"), ("Statement Date", d(statement)), ("Payment Date", d(paid)),
                ("Payment Method", method), ("Account", masked if method != "Check" else "Mailed to remit address")]
        first = (beside(head_broker, "<p class='t'>CARRIER SETTLEMENT STATEMENT</p>" + kv_rows(meta, (90, 130)), (W - 230, 230))
                 + f"<div class='box' style='margin-top:6pt;width:{W * 0.45:.0f}pt'>{pay_to}</div>")
        head = ["Load #", "Your Invoice #", "BOL #", "Pick-up", "Lane", "Linehaul", "Fuel SC", "Acc.", "Gross", "QP Fee", "Ded.", "Net Paid"]
        cols = pts(W, 0.07, 0.085, 0.075, 0.065, 0.145, 0.08, 0.07, 0.07, 0.08, 0.065, 0.08, 0.085)
        numeric = set(range(5, 12))

        def cells(x) -> list[str]:
            return [x["load"], x["inv"], x["bol"], x["pickup"].strftime("%m/%d/%y"), esc(x["lane"]), _n(x["linehaul"]), _n(x["fuel"]) if x["fuel"] else "",
                    (f"{_n(x['acc'])}<br/><span class='tiny'>{x['acc_text']}</span>" if x["acc"] else ""), _n(x["gross"]),
                    _n(-x["fee"]) if x["fee"] else "", f"{_n(-x['ded'])} {x['code']}" if x["ded"] else "", _n(x["net"])]
        gross = sum((x["gross"] for x in loads), D("0.00"))
        fees = sum((x["fee"] for x in loads), D("0.00"))
        deds = sum((x["ded"] for x in loads), D("0.00"))
        summary = [("Total Gross", _n(gross))] + ([(f"Less QuickPay Fees ({qp_rate}%)", _n(-fees))] if fees else []) + \
            ([("Less Advances &amp; Deductions", _n(-deds))] if deds else []) + [("Net Payment", f"${_n(total)}")]
        closing = (f"<div style='margin-left:{W - 240:.0f}pt;margin-top:6pt'>{rows_html(summary, widths=(150, 90))}</div>"
                   "<p class='tiny' style='margin-top:6pt'>Codes: ADV = fuel advance (Comchek / EFS); CLM = cargo claim deduction. Accessorials are paid on receipt of "
                   "signed documents. Questions? carrierpay@" + esc((broker.email or "x@broker.example").split("@")[1]) + "</p>")
        cont = f"<p class='b'>{esc(broker.name)} · Settlement {pay_no} · {esc(carrier.name)} (continued)</p>"
        rows = loads
    elif layout == "broker_quickpay_email":
        contact = f"{pick(rng, FIRST_NAMES['en'])} {pick(rng, SURNAMES['en'])}"
        sender = f"{pick(rng, [n for n in FIRST_NAMES['en'] if n != contact.split()[0]])} {pick(rng, SURNAMES['en'])}"
        header = kv_rows([("From:", f"Carrier Pay &lt;{broker.email}&gt;"), ("Sent:", f"{email_at.strftime('%A')}, {d(paid)} {email_at.strftime('%I:%M %p')}"),
                          ("To:", esc(carrier.email or "")), ("Subject:", f"Payment Confirmation - Carrier Pay #{pay_no}")], (60, W - 60))
        first = (f"<p class='b'>{esc(contact)}</p><div style='border-bottom:1pt solid #000;margin-bottom:8pt'>{header}</div>"
                 f"<p>Hi {esc(contact.split()[0])},</p><p style='margin-top:4pt'>Thank you for hauling with {esc(broker.name)}. The following load"
                 f"{'s have' if count > 1 else ' has'} been paid to {esc(carrier.name)} via QuickPay at {qp_rate}% on {d(paid)}. Payment #{pay_no} was sent by ACH "
                 f"to the account ending {masked[-4:]} and should arrive within one business day.</p>")
        head = ["Load", "Invoice", "Invoice Amount", "QuickPay Fee", "Amount Paid"]
        cols = pts(W * 0.8, 0.18, 0.2, 0.2, 0.2, 0.22)
        numeric = {2, 3, 4}

        def cells(x) -> list[str]:
            return [x["load"], x["inv"], f"${_n(x['gross'])}", f"-${_n(x['fee'])}", f"${_n(x['net'])}"]
        closing = (f"<p class='b' style='margin-top:6pt'>Total paid: ${_n(total)}</p>"
                   + ("<p>Fuel advances issued on these loads have been deducted.</p>" if any(x["ded"] for x in loads) else "")
                   + f"<p style='margin-top:8pt'>Thanks,</p><p>{esc(sender)}</p><p>Carrier Relations · {esc(broker.name)}</p><p>{broker.phone} · MC# {broker.extra['mc']}</p>")
        cont = ""
        rows = loads
    else:
        check = f"{rng.randrange(10**5, 10**6)}"
        meta = [("Payment ID", f"<b>{pay_no}</b>"), ("Carrier Code", carrier_id), ("Paid On", d(paid)), (f"{'Check' if method == 'Check' else 'Trace'} #", check),
                ("Amount", f"${_n(total)}")]
        first = (f"<p class='tiny'>https://carriers.{esc((broker.email or 'x@broker.example').split('@')[1])}/payments/{pay_no}</p>"
                 + beside(head_broker, kv_rows(meta, (80, 140)), (W - 220, 220)) + f"<div class='box' style='margin-top:6pt;width:{W * 0.45:.0f}pt'>{pay_to}</div>"
                 + "<p class='b' style='margin-top:6pt'>Invoices in this payment</p>")
        head = ["Invoice #", "Load #", "Invoice Date", "Invoice Amt", "Adjustments", "Amount Paid", "Adjustment reason"]
        cols = pts(W, 0.12, 0.11, 0.11, 0.13, 0.13, 0.13, 0.27)
        numeric = {3, 4, 5}
        for x in loads:
            x["invoiced"] = x["pickup"] + timedelta(days=rng.randrange(1, 4))
            x["reason"] = ""
            adj = x["fee"] + x["ded"]
            if adj:
                x["reason"] = ("QuickPay fee" if x["fee"] and not x["ded"] else "Fuel advance" if x["code"] == "ADV" else pick(rng, REASONS).format(n=rng.randrange(1000, 9999)))

        def cells(x) -> list[str]:
            adj = x["fee"] + x["ded"]
            return [x["inv"], x["load"], d(x["invoiced"]), _n(x["gross"]), _n(-adj) if adj else "0.00", _n(x["net"]), esc(x["reason"])]
        closing = f"<div style='margin-left:{W - 230:.0f}pt;margin-top:6pt'>{rows_html([('Total paid', f'${_n(total)}')], widths=(140, 90))}</div>"
        cont = f"<p class='b'>Payment {pay_no} (continued)</p>"
        rows = loads
        notes["check"] = check

    def table(chunk) -> str:
        ths = "".join(f"<th style='width:{w};{'text-align:right' if j in numeric else ''}'>{h}</th>" for j, (h, w) in enumerate(zip(head, cols, strict=True)))
        body = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'r' if j in numeric else ''}'>{c}</td>" for j, (c, w) in enumerate(zip(cells(x), cols, strict=True)))
                       + "</tr>" for x in chunk)
        return f"<table class='items'><tr>{ths}</tr>{body}</table>"

    sheet = paged(width, height, css, (30.0, 30.0, 30.0, 28.0), rows,
                  lambda chunk, page, last: (first if page == 0 else cont) + table(chunk) + (closing if last else ""),
                  footer=lambda p, c: f"<p class='tiny' style='text-align:right'>Page {p} of {c}</p>", footer_height=12.0)
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1, notes=notes)
