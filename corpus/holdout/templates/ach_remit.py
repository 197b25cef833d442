"""ACH / EFT remittance advice (US): the notice a payer's AP platform or bank sends with an ACH credit.

Three prints: an e-mail notification ("ACH Payment Notification": Effective Date, Trace Number,
Payment Amount, Company ID, the receiving account masked, then Invoice Number / Invoice Date /
Invoice Amount / Adjustment / Reason / Amount Paid, short payments with a reason code); a bank's
"ACH Remittance Detail" that prints the CTX addenda raw (`RMR*IV*<invoice>*PI*<paid>*<invoice
amount>*<discount>\\`, `ADX*<adjustment>*<reason>` segments) under the entry detail (SEC code,
ODFI/RDFI routing, individual id); and a supplier-portal page ("Payment Details", payment number,
remit-to address, status Settled). The amount paid per invoice is what the truth allocates.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import account_code, make_company, person_name
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import LETTER
from corpus.holdout.templates._paid import invoice_number_style

FAMILY = "ach_remittance"
DOCUMENT_TYPE = "remittance_advice"

# X12 adjustment reason codes as printed beside short payments
REASONS = [("01", "Pricing error"), ("06", "Quantity contested"), ("11", "Returns - damage"),
           ("19", "Freight deduction"), ("CS", "Adjustment"), ("04", "Item not accepted - damaged")]


@dataclass
class AchItem:
    number: str
    invoice_date: object
    invoice_amount: Decimal
    discount: Decimal
    short: Decimal          # short-paid adjustment (positive = withheld from the invoice)
    reason: tuple[str, str] | None

    @property
    def paid(self) -> Decimal:
        return self.invoice_amount - self.discount - self.short


def build(rng: random.Random) -> Built:
    payer = make_company(rng, "US", with_tax=False)
    payee = make_company(rng, "US", with_tax=False)
    fmt = Fmt.pick(rng, "US", date_pattern=pick(rng, ["mdy_slash", "mdy_slash", "iso", "mon_d_y"]), symbol=("$", "pre"))
    effective = random_date(rng)
    layout = pick(rng, ["email", "addenda", "portal"])
    sent = effective - timedelta(days=pick(rng, [0, 1, 1, 2]))
    style = invoice_number_style(rng)
    start = rng.randrange(100, 80000)
    count = rng.randrange(1, 8) if chance(rng, 0.8) else rng.randrange(18, 40)
    items = []
    for k in range(count):
        amount = money(rng.uniform(60, 18000))
        issued = effective - timedelta(days=rng.randrange(15, 70))
        discount = money(amount * Decimal("0.01")) if chance(rng, 0.15) else Decimal("0.00")
        reason = pick(rng, REASONS) if chance(rng, 0.2) else None
        short = money(amount * Decimal(str(rng.uniform(0.02, 0.3)))) if reason else Decimal("0.00")
        items.append(AchItem(style.format(n=start + 3 * k + rng.randrange(3), y=issued.year), issued, amount,
                             discount, short, reason))
    total = sum((it.paid for it in items), Decimal("0.00"))
    odfi = f"{rng.randrange(10**7, 10**8)}"
    trace = f"{odfi}{rng.randrange(10**6, 10**7):07d}"
    company_id = f"{pick(rng, ['1', '9', ''])}{rng.randrange(10**8, 10**9)}"
    vendor_no = account_code(rng, pick(rng, ["V", "num"])) if chance(rng, 0.5) else None
    masked = f"{pick(rng, ['****', 'XXXXXX', '*****'])}{rng.randrange(1000, 9999)}"
    doc = Doc(document_type=DOCUMENT_TYPE, locale="US", currency="USD", vendor=payee, customer=payer,
              invoice_ids=[it.number for it in items], document_date=sent if layout == "email" else effective,
              total=total, payment_reference=trace, payment_date=effective,
              allocations=[(it.number, it.paid) for it in items], vendor_id=vendor_no,
              vendor_address_printed=layout == "portal", customer_address_printed=layout != "addenda")

    width, height = LETTER
    num = fmt.num
    if layout == "addenda":
        theme = Theme.pick(rng, font="Courier", size=(7.5, 8.5), table="minimal", accent="#000000")
        css = theme.css("pre{font-family:Courier;margin:0}")
        sec = pick(rng, ["CTX", "CCD"])
        bank = pick(rng, ["First Citizens Bank", "Fifth Third Bank", "KeyBank N.A.", "Truist Bank"])
        head = [f"{bank.upper()}", "ACH REMITTANCE DETAIL REPORT", "",
                f"RECEIVER NAME ......... {payee.name}",
                f"RECEIVER ACCOUNT ...... {masked}",
                f"ORIGINATOR ............ {payer.name}",
                f"COMPANY ID ............ {company_id}",
                f"SEC CODE .............. {sec}",
                f"COMPANY ENTRY DESC .... {pick(rng, ['PAYMENTS', 'AP PAYMENT', 'VENDOR PMT', 'EDI PYMNTS'])}",
                f"EFFECTIVE DATE ........ {fmt.date(effective)}",
                f"TRACE NUMBER .......... {trace}",
                f"AMOUNT ................ {num(total)}"]
        if vendor_no:
            head.append(f"INDIVIDUAL ID ......... {vendor_no}")
        head += [f"ADDENDA RECORDS ....... {sum(2 if it.reason else 1 for it in items)}", "", "ADDENDA:"]
        segments = []
        for it in items:
            seg = f"RMR*IV*{it.number}*PI*{it.paid:.2f}*{it.invoice_amount:.2f}"
            if it.discount:
                seg += f"*{it.discount:.2f}"
            segments.append(seg + "\\")
            if it.reason:
                segments.append(f"ADX*-{it.short:.2f}*{it.reason[0]}\\")

        def body(chunk, index, is_last):
            lines = head if index == 0 else [f"ACH REMITTANCE DETAIL (CONTINUED)  TRACE {trace}", ""]
            lines = lines + [f"{i + 1:04d} {segments[i]}" for i in chunk]
            if is_last:
                lines += ["", f"TOTAL REMITTED .......... {num(total)}",
                          f"END OF REPORT   PRINTED {fmt.date(effective)}"]
            return "<pre>" + esc("\n".join(lines)) + "</pre>"

        sheet = paged_sheet(width, height, css, (50, 44, 40, 40), list(range(len(segments))), body)
        return Built(doc=doc, sheet=sheet, template="ach_addenda", png_scan_ok=len(sheet.pages) == 1,
                     notes={"sec": sec, "trace": trace})

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.5, 10.0),
                       table=pick(rng, ["rules", "grid", "zebra", "header_fill"]))
    css = theme.css(".hdr td{padding:1pt 4pt} .ttl{font-size:14pt;font-weight:bold}")
    cols = [("Invoice Number", "left"), ("Invoice Date", "left"), ("Invoice Amount", "right")]
    any_disc = any(it.discount for it in items)
    any_short = any(it.reason for it in items)
    if any_disc:
        cols.append(("Discount", "right"))
    if any_short:
        cols += [("Adjustment", "right"), ("Reason", "left")]
    cols.append(("Amount Paid", "right"))
    th = "<tr>" + "".join(f"<th style='text-align:{a}'>{c}</th>" for c, a in cols) + "</tr>"

    def row(it: AchItem) -> str:
        cells = [esc(it.number), fmt.date(it.invoice_date), num(it.invoice_amount)]
        if any_disc:
            cells.append(num(it.discount))
        if any_short:
            cells += [f"-{num(it.short)}" if it.short else "", f"{it.reason[0]} {it.reason[1]}" if it.reason else ""]
        cells.append(num(it.paid))
        return "<tr>" + "".join(f"<td style='text-align:{a}'>{c}</td>" for c, (_t, a) in zip(cells, cols, strict=True)) + "</tr>"

    total_row = (f"<tr class='grand'><td colspan='{len(cols) - 1}'>Total Payment</td><td class='r'>{fmt.money(total)}</td></tr>")
    if layout == "email":
        sender = person_name(rng, "US")
        domain = payer.website.removeprefix("www.")
        header = (f"<table class='hdr small' style='width:100%;border-bottom:0.8pt solid #999'>"
                  f"<tr><td style='width:12%' class='b'>From:</td><td style='width:88%'>{pick(rng, ['AP Payments', 'Accounts Payable', esc(payer.name)])}"
                  f" &lt;{pick(rng, ['payments', 'ap-noreply', 'remittance'])}@{domain}&gt;</td></tr>"
                  f"<tr><td class='b'>Sent:</td><td>{sent.strftime('%A')}, {fmt.date(sent, 'month_d_y')} {rng.randrange(1, 12)}:{rng.randrange(60):02d} {pick(rng, ['AM', 'PM'])}</td></tr>"
                  f"<tr><td class='b'>To:</td><td>{pick(rng, ['ar', 'receivables', 'billing'])}@{payee.website.removeprefix('www.')}</td></tr>"
                  f"<tr><td class='b'>Subject:</td><td>{pick(rng, ['ACH Payment Notification', 'Remittance Advice - ACH', 'Payment Confirmation'])} "
                  f"- {esc(payer.name)}</td></tr></table>")
        facts = [("Payee", esc(payee.name)), ("Payment Method", pick(rng, ["ACH", "ACH (CCD+)", "EFT"])),
                 ("Effective Date", fmt.date(effective)), ("Payment Amount", fmt.money(total)),
                 ("Trace Number", trace), ("Deposited to account", masked)]
        if vendor_no:
            facts.insert(1, (pick(rng, ["Vendor ID", "Supplier Number", "Vendor #"]), esc(vendor_no)))
        facts_html = "".join(f"<tr><td style='width:30%'>{k}:</td><td style='width:70%' class='b'>{v}</td></tr>" for k, v in facts)
        intro = (f"<p style='margin-top:8pt'>Hello,</p><p>{esc(payer.name)} has sent you a payment by ACH. Funds should be "
                 f"available on the effective date shown below. Please allow 1-2 business days for your bank to post the deposit.</p>"
                 f"<table class='kv' style='width:70%'>{facts_html}</table>"
                 f"<p style='margin-top:6pt' class='b'>Payment detail</p>")
        closing = (f"<p style='margin-top:8pt'>Questions about this payment? Reply to this e-mail or call {esc(payer.phone)}."
                   f"<br/>{esc(sender)}<br/>Accounts Payable, {esc(payer.name)}<br/>{lines_html(payer.address)}</p>"
                   f"<p class='tiny muted'>This message was sent from an unmonitored mailbox. Do not reply with attachments.</p>")
        top = header + intro
    else:
        pay_no = f"{rng.randrange(10**5, 10**6)}"
        facts = [("Payment Number", pay_no), ("Payment Date", fmt.date(effective)), ("Status", "Settled"),
                 ("Payment Type", "ACH"), ("Trace #", trace), ("Amount", fmt.money(total))]
        facts_html = "".join(f"<tr><td style='width:45%' class='muted'>{k}</td><td style='width:55%' class='b'>{v}</td></tr>" for k, v in facts)
        supplier = (f"<p class='b'>Supplier</p><p>{esc(payee.name)}<br/>{lines_html(payee.address)}</p>"
                    + (f"<p>Supplier ID: {esc(vendor_no)}</p>" if vendor_no else ""))
        top = (f"<p class='ttl accent'>{esc(payer.name)} Supplier Portal</p><p class='b big'>Payment Details</p>"
               f"<table style='width:100%;margin-top:6pt'><tr><td style='width:50%'><table class='kv' style='width:100%'>{facts_html}</table></td>"
               f"<td style='width:50%'>{supplier}</td></tr></table>")
        closing = (f"<p class='tiny muted' style='margin-top:10pt'>Printed {fmt.date(effective)} · {esc(payer.name)}, "
                   f"{esc(', '.join(payer.address))} · Remittance questions: {esc(payer.email)}</p>")

    def body(chunk, index, is_last):
        rows = "".join(row(items[i]) for i in chunk)
        first = top if index == 0 else f"<p class='b'>Payment detail (continued) - trace {trace}</p>"
        return (first + f"<table class='items'>{th}{rows}{total_row if is_last else ''}</table>"
                + (closing if is_last else ""))

    sheet = paged_sheet(width, height, css, (45, 40, 45, 30), list(range(len(items))), body,
                        footer=lambda n, c: f"<p class='tiny r muted'>Page {n} of {c}</p>" if c > 1 else "",
                        footer_height=12)
    return Built(doc=doc, sheet=sheet, template=f"ach_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"trace": trace, "short_paid": any_short})
