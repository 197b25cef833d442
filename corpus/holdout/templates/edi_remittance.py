"""Printed EDI 820 / ACH CTX remittance report from the receiving bank or the payee's AR / cash-application platform.

Three prints: the bank's "ACH Addenda Report" with the entry decoded at the top (originator, company
ID, SEC code CTX, effective entry date, trace number, amount, masked receiving account) and the raw
820 transaction set below it (ISA / GS / ST envelopes, BPR, TRN, DTM, N1*PR / N1*PE, ENT, RMR*IV /
RMR*CM with paid, invoice and discount amounts, ADX adjustments with reason codes, SE / GE / IEA);
the platform's "Remittance Detail" that decodes the same data into a table (invoice, invoice date,
invoice amount, discount, adjustment and its reason code, amount paid) with a reason-code legend;
and a human-readable payment notification in sentences and bullets. Interchange control numbers,
routing numbers, company ID, the payer's own reference (REF*CK / voucher) and batch numbers are decoys.

Truth: customer = the originator (the payer, N1*PR), vendor = the receiver (the payee, N1*PE; its
vendor number only when printed with a label); payment reference = the trace number; payment date =
the effective entry date; document date = the report / notification date; allocations = every RMR
line with its amount paid (RMR04; credit memos negative); no addresses on the bank report (N1 names
only), the printed postal lines on the platform's report.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import LETTER
from corpus.holdout.templates._paid import paid_invoices

FAMILY = "edi_remittance_report"
DOCUMENT_TYPE = "remittance_advice"

REASONS = {"01": "Pricing error", "04": "Goods returned", "06": "Quantity contested", "11": "Freight deduction",
           "19": "Promotion / allowance", "CS": "Adjustment", "AX": "Deduction per agreement"}
BANKS = ["First Continental Bank, N.A.", "Harborline Bank", "Summit Trust Bank", "Midwest Commerce Bank"]
PLATFORMS = ["CashFlowIQ", "Receivia", "ApplyPoint AR"]


def _x12(value: Decimal) -> str:
    return f"{value:.2f}"


def build(rng: random.Random) -> Built:
    payer = make_company(rng, "US", with_tax=False)
    payee = make_company(rng, "US", with_tax=False)
    layout = pick(rng, ["bank_raw", "platform_table", "notification"])
    if layout == "bank_raw":                   # N1 segments carry upper-case names; the bank prints them so
        payer.name, payee.name = payer.name.upper(), payee.name.upper()
    fmt = Fmt.pick(rng, "US", date_pattern=pick(rng, ["mdy_slash", "mdy_slash", "mon_d_y", "iso"]))
    effective = random_date(rng)
    report_day = effective + timedelta(days=pick(rng, [0, 0, 1]))
    invoices = paid_invoices(rng, effective, rng.randrange(2, 9) if chance(rng, 0.8) else rng.randrange(24, 40),
                             low=150, high=26000, discount_share=0.3)
    adjustments: dict[str, tuple[Decimal, str]] = {}
    for inv in invoices:
        if chance(rng, 0.2):
            code = pick(rng, list(REASONS))
            amount = money(min(float(inv.gross) * 0.3, rng.uniform(8, 600)))
            inv.withheld = amount
            adjustments[inv.number] = (amount, code)
    if len(invoices) > 2 and chance(rng, 0.3):
        memo = invoices[-1]
        memo.number = f"CM{rng.randrange(1000, 99999)}"
        memo.gross, memo.discount, memo.withheld = -money(rng.uniform(40, 900)), Decimal("0.00"), Decimal("0.00")
        adjustments.pop(memo.number, None)
    if sum((inv.paid for inv in invoices), Decimal("0.00")) <= 0:
        invoices[-1].gross = abs(invoices[-1].gross) + money(1000)
        invoices[-1].number = invoices[-1].number.replace("CM", "INV")
    total = sum((inv.paid for inv in invoices), Decimal("0.00"))
    trace = f"{rng.randrange(10**7, 10**8)}{rng.randrange(10**6, 10**7)}"
    company_id = f"1{rng.randrange(10**8, 10**9)}"
    vendor_no = f"V{rng.randrange(10000, 99999)}" if chance(rng, 0.5) else None
    payer_ref = f"{rng.randrange(10**6, 10**7)}"
    doc = Doc(document_type=DOCUMENT_TYPE, locale="US", currency="USD", vendor=payee, customer=payer,
              invoice_ids=[inv.number for inv in invoices], document_date=report_day, total=total, payment_reference=trace,
              payment_date=effective, allocations=[(inv.number, inv.paid) for inv in invoices],
              vendor_id=vendor_no if layout != "bank_raw" else None,
              vendor_address_printed=layout == "platform_table", customer_address_printed=layout == "platform_table")

    theme = Theme.pick(rng, font="Courier" if layout == "bank_raw" else pick(rng, ["Helvetica", "Times"]), size=(7.5, 9.0),
                       table=pick(rng, ["rules", "grid", "minimal"]))
    css = theme.css(".cap{font-size:6.5pt;color:#555} .raw{font-family:Courier;font-size:7pt} .hdr td{padding:1pt 4pt}")
    width, height = LETTER
    num, money_ = fmt.num, fmt.money
    bank = pick(rng, BANKS)
    platform = pick(rng, PLATFORMS)
    account = f"****{rng.randrange(1000, 9999)}"
    stamp = datetime(report_day.year, report_day.month, report_day.day, rng.randrange(5, 9), rng.randrange(60))
    any_disc = any(inv.discount for inv in invoices)

    def segments(inv) -> list[str]:
        qualifier = "CM" if inv.gross < 0 else "IV"
        out: list[str] = []
        if inv.gross < 0:
            out.append(f"RMR*{qualifier}*{inv.number}*PI*{_x12(inv.paid)}~")
        elif inv.discount:
            out.append(f"RMR*{qualifier}*{inv.number}*PI*{_x12(inv.paid)}*{_x12(inv.gross)}*{_x12(inv.discount)}~")
        else:
            out.append(f"RMR*{qualifier}*{inv.number}*PI*{_x12(inv.paid)}*{_x12(inv.gross)}~")
        out.append(f"DTM*003*{inv.invoice_date.strftime('%Y%m%d')}~")
        if inv.number in adjustments:
            amount, code = adjustments[inv.number]
            out.append(f"ADX*{_x12(-amount)}*{code}~")
        return out

    if layout == "bank_raw":
        header = [("Originator", esc(payer.name)), ("Company ID", company_id), ("SEC Code", "CTX"), ("Entry Description", pick(rng, ["PAYMENTS", "AP PAYMNT", "VENDOR PMT"])),
                  ("Effective Entry Date", fmt.date(effective)), ("Trace Number", trace), ("Amount", money_(total)),
                  ("Receiver", esc(payee.name)), ("Receiving Account", account), ("Addenda Records", str(rng.randrange(3, 60)))]
        head = (f"<table style='width:100%'><tr><td style='width:60%'><p class='b' style='font-size:11pt'>{bank}</p>"
                f"<p class='small'>Treasury Management · ACH Addenda Report</p></td><td style='width:40%' class='r small'>"
                f"Report date {fmt.date(report_day)}<br/>Run {stamp.strftime('%H:%M')} ET</td></tr></table>"
                "<table class='hdr' style='width:100%;margin-top:6pt;border:0.6pt solid #777'>" + "".join(
                    f"<tr><td class='b' style='width:30%'>{k}</td><td style='width:70%'>{v}</td></tr>" for k, v in header) + "</table>"
                "<p class='b' style='margin-top:8pt'>Payment-related information (ANSI X12 820)</p>")
        env = [f"ISA*00*          *00*          *ZZ*{company_id:<15}*ZZ*{rng.randrange(10**8, 10**9):<15}*{effective.strftime('%y%m%d')}*"
               f"{stamp.strftime('%H%M')}*U*00401*{rng.randrange(10**8, 10**9):09d}*0*P*>~",
               f"GS*RA*{company_id}*{rng.randrange(10**8, 10**9)}*{effective.strftime('%Y%m%d')}*{stamp.strftime('%H%M')}*{rng.randrange(1, 9999)}*X*004010~",
               "ST*820*0001~",
               f"BPR*C*{_x12(total)}*C*ACH*CTX*01*{rng.randrange(10**8, 10**9)}*DA*{rng.randrange(10**8, 10**10)}*{company_id}**01*"
               f"{rng.randrange(10**8, 10**9)}*DA*{rng.randrange(10**8, 10**10)}*{effective.strftime('%Y%m%d')}~",
               f"TRN*1*{trace}*{company_id}~", f"REF*CK*{payer_ref}~", f"DTM*097*{report_day.strftime('%Y%m%d')}~",
               f"N1*PR*{esc(payer.name)}~", f"N1*PE*{esc(payee.name)}" + (f"*92*{vendor_no}" if vendor_no else "") + "~", "ENT*1~"]
        rows = [[seg] for inv in invoices for seg in segments(inv)]
        closing = [f"SE*{len(rows) + 8}*0001~", f"GE*1*{rng.randrange(1, 9999)}~", f"IEA*1*{rng.randrange(10**8, 10**9):09d}~"]

        def body(chunk, index, is_last):
            first = head + "<p class='raw'>" + "<br/>".join(env) + "</p>" if index == 0 else \
                f"<p class='b'>Trace {trace} (continued)</p>"
            out = first + "<p class='raw'>" + "<br/>".join(esc(r[0]) for r in chunk) + "</p>"
            if is_last:
                out += "<p class='raw'>" + "<br/>".join(closing) + "</p>" + \
                    f"<p class='tiny muted' style='margin-top:8pt'>{bank} provides this report as received from the originator and does not verify addenda content.</p>"
            return out
    else:
        reason_legend = ", ".join(f"{code} = {REASONS[code]}" for code in sorted({c for _a, c in adjustments.values()}))
        if layout == "platform_table":
            heads = ["Invoice Number", "Invoice Date", "Invoice Amount"] + (["Discount"] if any_disc else []) + ["Adjustment", "Reason", "Amount Paid"]
            widths = [20, 14, 16] + ([12] if any_disc else []) + [12, 8, 18]
            th = "<tr>" + "".join(f"<th style='width:{w}%;text-align:{'left' if i < 2 or h == 'Reason' else 'right'}'>{h}</th>"
                                  for i, (h, w) in enumerate(zip(heads, widths, strict=True))) + "</tr>"
            payee_extra = f"<br/>Vendor Number: {esc(vendor_no)}" if vendor_no else ""
            head = (f"<table style='width:100%'><tr><td style='width:55%'><p class='big b accent'>{platform}</p><p class='small'>Cash Application · Remittance Detail</p></td>"
                    f"<td style='width:45%' class='r small'>Printed {fmt.date(report_day)} {stamp.strftime('%I:%M %p')}</td></tr></table>"
                    f"<table style='width:100%;margin-top:8pt'><tr><td style='width:33%'><p class='cap'>PAYER (ORIGINATOR)</p><p><b>{esc(payer.name)}</b><br/>"
                    f"{lines_html(payer.address)}</p></td><td style='width:33%'><p class='cap'>PAYEE (RECEIVER)</p><p><b>{esc(payee.name)}</b><br/>"
                    f"{lines_html(payee.address)}{payee_extra}</p></td><td style='width:34%'><table class='kv small'>"
                    f"<tr><td class='b' style='width:70pt'>Trace Number</td><td style='width:100pt'>{trace}</td></tr>"
                    f"<tr><td class='b'>Effective Date</td><td>{fmt.date(effective)}</td></tr><tr><td class='b'>Payment Method</td><td>ACH CTX</td></tr>"
                    f"<tr><td class='b'>Payment Amount</td><td>{money_(total)}</td></tr><tr><td class='b'>Payer Reference</td><td>{payer_ref}</td></tr>"
                    f"<tr><td class='b'>Deposit Account</td><td>{account}</td></tr></table></td></tr></table>")

            def row(inv) -> str:
                adj = adjustments.get(inv.number)
                cells = [esc(inv.number), fmt.date(inv.invoice_date), num(inv.gross)] + ([num(inv.discount) if inv.discount else ""] if any_disc else []) + \
                    [num(-adj[0]) if adj else "", adj[1] if adj else "", num(inv.paid)]
                return "<tr>" + "".join(f"<td style='text-align:{'left' if i < 2 or heads[i] == 'Reason' else 'right'}'>{c}</td>"
                                        for i, c in enumerate(cells)) + "</tr>"

            rows = invoices

            def body(chunk, index, is_last):
                out = (head if index == 0 else f"<p class='b'>Trace {trace} (continued)</p>") + \
                    f"<table class='items'>{th}{''.join(row(inv) for inv in chunk)}"
                if is_last:
                    out += ("<tr class='grand'><td>Total</td>" + "<td></td>" * (len(heads) - 2) + f"<td class='r'>{money_(total)}</td></tr>")
                out += "</table>"
                if is_last:
                    out += (f"<p class='small'>Reason codes: {esc(reason_legend)}</p>" if reason_legend else "") + \
                        f"<p class='small'>{len(invoices)} remittance lines decoded from the 820 addenda (RMR / ADX). Unapplied amount: 0.00</p>"
                return out
        else:
            rows = invoices
            intro = (f"<p class='big b accent'>{platform}</p><p class='small'>To: {esc(payee.name)}"
                     + (f" (vendor number {esc(vendor_no)})" if vendor_no else "") + f" · {fmt.date(report_day)}</p>"
                     f"<p style='margin-top:8pt'><b>Payment received: {money_(total)}</b></p>"
                     f"<p>{esc(payer.name)} paid you {money_(total)} by ACH (CTX) with an effective date of {fmt.date(effective)}. "
                     f"The trace number is {trace}. The payment carried remittance detail for {len(invoices)} documents:</p>")

            def line(inv) -> str:
                adj = adjustments.get(inv.number)
                if inv.gross < 0:
                    return f"<li>Credit memo {esc(inv.number)}: {num(inv.paid)} taken against this payment</li>"
                extra = []
                if inv.discount:
                    extra.append(f"discount {num(inv.discount)}")
                if adj:
                    extra.append(f"adjustment {num(adj[0])} ({adj[1]} {REASONS[adj[1]].lower()})")
                return (f"<li>Invoice {esc(inv.number)} of {fmt.date(inv.invoice_date)}: paid {num(inv.paid)} "
                        f"(invoiced {num(inv.gross)}{'; ' + ', '.join(extra) if extra else ''})</li>")

            def body(chunk, index, is_last):
                out = (intro if index == 0 else f"<p class='b'>Trace {trace} (continued)</p>") + f"<ul>{''.join(line(inv) for inv in chunk)}</ul>"
                if is_last:
                    out += (f"<p>Total applied: {money_(total)}. Deposit account {account}.</p>"
                            "<p class='tiny muted' style='margin-top:10pt'>This notification was generated from the EDI 820 remittance the payer sent "
                            f"with the payment. Questions about deductions should go to {esc(payer.name)}.</p>")
                return out

    sheet = paged_sheet(width, height, css, (44, 36, 44, 26), rows, body,
                        footer=lambda n, c: f"<p class='tiny r muted'>Page {n} of {c}</p>" if c > 1 else "", footer_height=12)
    return Built(doc=doc, sheet=sheet, template=f"edi_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"company_id": company_id, "payer_ref": payer_ref, "adjustments": len(adjustments)})
