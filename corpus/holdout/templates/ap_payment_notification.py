"""AP-automation payment notification sent to a supplier (Bill.com-, Tipalti-, AvidXchange-like platforms; invented
platform names), 2023-2025.

Three prints. `ap_email_paid`: the platform's e-mail printed from a mail client: From "<Payer> via <platform>", To, Date
("Fri, Mar 15, 2024 at 9:14 AM"), Subject "You've been paid $12,345.67 by <Payer>"; "You've been paid" with the
amount, "<Payer> sent you a payment", a details card (Payment amount, Payment method "ACH (bank transfer) to account
ending in 4821" / "Virtual card" / "Check #104523 mailed to …", Payment ID, Process date, Estimated arrival, sometimes
the ACH trace number and "Your vendor ID"), the invoices paid (Invoice # / Invoice date / Invoice amount / Discount /
Credit applied / Amount paid, a Memo with the PO), Total paid, and the platform's footer. `ap_remittance_pdf`: the
attached "Payment Remittance Advice": payer letterhead with address, Payee block with address and Payee ID, Payment
reference / Payment date / Payment method / Currency / Payment amount grid, payer and payment-group references, the
invoice table with a Total row, over pages for long runs. `ap_vcard_notice`: a virtual-card payment notification
(Visa / Mastercard, card ending, expiry, authorized amount, "process the card for the exact amount", a link to the
secure card details), Payment number, Supplier number, the same invoice table.

Locales: US (USD; `$1,234.56`, `03/15/2024`, `Mar 15, 2024`), and on the PDF advice also GB (GBP, `15/03/2024`) and CA
(CAD, `2024-03-15`). Discounts and credits print as `-$12.34`, `($12.34)` or bare amounts in their columns.

Truth: a `remittance_advice`; vendor = the payee (its address only where the PDF prints it; vendor_id = Payee ID /
Vendor ID / Supplier number where printed), customer = the payer (its address on the PDF letterhead); ids = the
invoice numbers in table order, allocations = the Amount paid column (invoice amount less discount taken and credit
applied); payment reference = Payment ID / Payment reference / Payment number (the ACH trace number, check number,
card digits, authorization, payer reference and payment-group id are decoys); payment date = Process date / Payment
date / Charge date (the estimated arrival date is a decoy); document date = the e-mail's Date or the advice date;
total = payment amount = Total paid.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.components import Col, Theme, esc, items_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4, LETTER

FAMILY = "ap_payment_notification"
DOCUMENT_TYPE = "remittance_advice"
D = Decimal
PLATFORMS = [("PayHub", "payhub-notify.example"), ("Remitly Business Pay", "rbp-mail.example"), ("Settle AP", "settleap.example"),
             ("ClearPay Network", "clearpay-net.example"), ("Payables Cloud", "payablescloud.example")]


@dataclass
class Row:
    number: str
    day: date
    gross: Decimal
    discount: Decimal
    credit: Decimal
    memo: str

    @property
    def paid(self) -> Decimal:
        return self.gross - self.discount - self.credit


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["email", "email", "pdf", "pdf", "vcard"])
    country = pick(rng, ["US", "US", "GB", "CA"]) if layout == "pdf" else "US"
    payer, payee = make_company(rng, country), make_company(rng, country)
    payee.tax_id = None       # a payment notification prints no supplier tax number
    currency = {"US": "USD", "GB": "GBP", "CA": "CAD"}[country]
    platform, platform_domain = pick(rng, PLATFORMS)
    pay_day = random_date(rng, date(2023, 1, 9), 880)
    advice_day = pay_day - timedelta(days=pick(rng, [0, 0, 0, 1, 2])) if layout != "email" else pay_day
    count = rng.randrange(1, 6) if layout != "pdf" or chance(rng, 0.7) else rng.randrange(12, 40)
    prefix = pick(rng, ["INV-", "", "IN", f"{pay_day.year}-", "A-"])
    base = rng.randrange(1000, 90000)
    rows: list[Row] = []
    used: set[str] = set()
    for _ in range(count):
        while True:
            base += rng.randrange(1, 60)
            number = f"{prefix}{base:05d}" if prefix != f"{pay_day.year}-" else f"{prefix}{base % 10000:04d}"
            if number not in used:
                used.add(number)
                break
        gross = money(rng.uniform(85, 18000))
        discount = money(gross * D(pick(rng, ["1", "2", "2"])) / 100) if chance(rng, 0.2) else D("0.00")
        credit = money(rng.uniform(10, float(gross) * 0.3)) if chance(rng, 0.15) else D("0.00")
        memo = pick(rng, [f"PO {rng.randrange(10000, 99999)}", f"PO-{pay_day.year % 100}{rng.randrange(1000, 9999)}", "", "", "Services " + pay_day.strftime("%b %Y")])
        rows.append(Row(number, pay_day - timedelta(days=rng.randrange(10, 75)), gross, discount, credit, memo))
    total = sum((r.paid for r in rows), D("0.00"))
    method = pick(rng, ["ACH", "ACH", "ACH", "Check", "Virtual card"]) if layout == "email" else \
        (pick(rng, ["ACH", "Wire", "eCheck"] if country == "US" else ["Bank transfer", "Bank transfer", "Wire"]) if layout == "pdf" else "Virtual card")
    reference = pick(rng, [f"P{pay_day.strftime('%y%m%d')}{rng.randrange(10**7, 10**8)}", f"PMT-{rng.randrange(10**6, 10**7)}",
                           f"{rng.randrange(10**9, 10**10)}", f"PAY{rng.randrange(100000, 999999)}-{rng.randrange(10, 99)}"])
    vendor_id = (f"{pick(rng, ['V-', 'V', '', 'SUP'])}{rng.randrange(1000, 99999)}" if chance(rng, 0.6 if layout == "email" else 0.85) else None)
    customer_id = f"{pick(rng, ['', 'C-', 'ACCT '])}{rng.randrange(1000, 99999)}" if layout == "pdf" and chance(rng, 0.2) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=currency, vendor=payee, customer=payer, invoice_ids=[r.number for r in rows],
              document_date=advice_day, total=total, payment_reference=reference, payment_date=pay_day, allocations=[(r.number, r.paid) for r in rows],
              vendor_id=vendor_id, customer_id=customer_id, vendor_address_printed=layout == "pdf", customer_address_printed=layout == "pdf")
    symbol = {"USD": "$", "GBP": "£", "CAD": "$"}[currency]
    neg_style = pick(rng, ["minus", "paren", "bare"])

    def m(value: D) -> str:
        return f"{symbol}{fmt_number(value, 'en')}"

    def ded(value: D) -> str:
        if not value:
            return m(D("0.00")) if neg_style != "bare" else "0.00"
        return {"minus": f"-{m(value)}", "paren": f"({m(value)})", "bare": fmt_number(value, "en")}[neg_style]

    date_pattern = {"US": pick(rng, ["mdy", "mon"]), "GB": pick(rng, ["dmy", "dmon"]), "CA": "iso"}[country]

    def d(x: date) -> str:
        return {"mdy": f"{x.month:02d}/{x.day:02d}/{x.year}", "mon": f"{x.strftime('%b')} {x.day}, {x.year}", "dmy": f"{x.day:02d}/{x.month:02d}/{x.year}",
                "dmon": f"{x.day} {x.strftime('%b')} {x.year}", "iso": x.isoformat()}[date_pattern]

    arrival = pay_day + timedelta(days=pick(rng, [1, 2, 3]))
    last4 = f"{rng.randrange(1000, 9999)}"
    trace = f"{rng.randrange(10**14, 10**15)}" if method == "ACH" and chance(rng, 0.45) else None
    check_no = str(rng.randrange(100000, 999999)) if method == "Check" else None
    with_memo = chance(rng, 0.5)
    cols = [Col("Invoice #"), Col("Invoice date")] + ([Col("Memo")] if with_memo else []) + \
        [Col("Invoice amount", "right"), Col("Discount", "right"), Col("Credit applied", "right"), Col("Amount paid", "right")]
    body_rows = [[esc(r.number), d(r.day)] + ([esc(r.memo)] if with_memo else []) + [m(r.gross), ded(r.discount), ded(r.credit), m(r.paid)] for r in rows]
    span = 5 if with_memo else 4
    total_row = f"<tr><td colspan='{span + 1}' class='b'>Total paid</td><td class='r b'>{m(total)}</td></tr>"
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Helvetica", "Times"]), size=(8.5, 9.5),
                       table=pick(rng, ["rules", "minimal", "zebra", "header_fill"]))
    css = theme.css(".hero{font-size:22pt;font-weight:bold} .card{border:0.8pt solid #ccc;background:#fafafa;padding:6pt 8pt;margin-top:6pt}"
                    " .mail td{padding:0.5pt 4pt;font-size:8pt} .lbl{color:#666}")
    method_text = {"ACH": f"ACH (bank transfer) to account ending in {last4}", "Check": f"Check #{check_no} mailed to your remit-to address",
                   "Virtual card": f"Virtual card ending in {last4}", "Wire": f"Wire transfer to account ending in {last4}",
                   "eCheck": f"eCheck to account ending in {last4}", "Bank transfer": f"Bank transfer to account ending in {last4}"}[method]
    width, height = LETTER if country == "US" else A4
    if layout == "email":
        sent = datetime(advice_day.year, advice_day.month, advice_day.day, rng.randrange(6, 20), rng.randrange(60))
        details = [("Payment amount", f"<b>{m(total)}</b>"), ("Payment method", method_text), ("Payment ID", reference), ("Process date", d(pay_day))]
        if method != "Check":
            details.append(("Estimated arrival", d(arrival)))
        if trace:
            details.append(("ACH trace number", trace))
        if vendor_id:
            details.append(("Your vendor ID", vendor_id))
        head = ("<table class='mail' style='width:100%'>"
                f"<tr><td style='width:60pt' class='lbl'>From:</td><td>{esc(payer.name)} via {platform} &lt;payments@{platform_domain}&gt;</td></tr>"
                f"<tr><td class='lbl'>To:</td><td>{payee.email}</td></tr>"
                f"<tr><td class='lbl'>Date:</td><td>{sent.strftime('%a, %b')} {sent.day}, {sent.year} at {sent.strftime('%I:%M %p').lstrip('0')}</td></tr>"
                f"<tr><td class='lbl'>Subject:</td><td class='b'>You've been paid {m(total)} by {esc(payer.name)}</td></tr></table>"
                f"<p style='border-top:0.6pt solid #bbb;margin-top:6pt'></p><p class='b accent' style='font-size:13pt;margin-top:8pt'>{platform}</p>"
                f"<p class='hero' style='margin-top:10pt'>You've been paid</p><p style='font-size:18pt'>{m(total)}</p>"
                f"<p style='margin-top:6pt'>Hi {esc(payee.name)},</p><p>{esc(payer.name)} sent you a payment"
                f"{' for the invoices below' if len(rows) > 1 else ''}.</p>"
                "<div class='card'><table style='width:100%'>" + "".join(f"<tr><td style='width:120pt' class='lbl'>{k}</td><td>{v}</td></tr>" for k, v in details)
                + "</table></div><p class='b' style='margin-top:10pt'>Invoices paid</p>")
        tail = (f"<p style='margin-top:10pt'>Questions about this payment? Contact {esc(payer.name)} at {payer.email}.</p>"
                f"<p class='tiny muted' style='margin-top:14pt'>You are receiving this e-mail because {esc(payer.name)} pays you through {platform}. "
                f"{platform} does not hold funds on behalf of payers. Please do not reply to this message.</p>")
        template = "ap_email_paid"
    elif layout == "pdf":
        grid = [("Payment reference", reference), ("Payment date", d(pay_day)), ("Payment method", method_text), ("Currency", currency),
                ("Payment amount", f"<b>{currency} {fmt_number(total, 'en')}</b>")]
        if trace:
            grid.append(("Trace number", trace))
        if chance(rng, 0.5):
            grid.append(("Payer reference", f"{pick(rng, ['AP', 'PR', 'RUN'])}-{rng.randrange(10000, 99999)}"))
        if chance(rng, 0.4):
            grid.append(("Payment group ID", f"{rng.randrange(10**5, 10**6)}"))
        payee_rows = [f"<b>{esc(payee.name)}</b>"] + [esc(a) for a in payee.address]
        if vendor_id:
            payee_rows.append(f"Payee ID: {vendor_id}")
        if customer_id:
            payee_rows.append(f"Your customer account #: {customer_id}")
        head = (f"<table style='width:100%'><tr><td style='width:60%'><p class='b' style='font-size:14pt'>{esc(payer.name)}</p>"
                + "".join(f"<p>{esc(a)}</p>" for a in payer.address) + f"</td><td style='width:40%' class='r'><p class='b accent' style='font-size:15pt'>"
                f"Payment Remittance Advice</p><p class='small muted'>Sent via {platform}</p><p>Date: {d(advice_day)}</p></td></tr></table>"
                f"<table style='width:100%;margin-top:12pt'><tr><td style='width:210pt' class='card'><p class='lbl'>Payee</p><p>{'<br/>'.join(payee_rows)}</p></td>"
                "<td style='width:12pt'></td><td style='width:282pt'><table style='width:100%'>"
                + "".join(f"<tr><td style='width:96pt' class='lbl'>{k}</td><td>{v}</td></tr>" for k, v in grid) + "</table></td></tr></table>"
                "<p class='b' style='margin-top:10pt'>Payment details</p>")
        tail = (f"<p class='small' style='margin-top:8pt'>This payment settles the invoices listed above. Please allow {pick(rng, ['1-2', '2-3', '3-5'])} business days "
                "for the funds to reach your account.</p>"
                f"<p class='tiny muted' style='margin-top:10pt'>Questions: {payer.email} · This remittance advice was generated automatically by {platform}.</p>")
        template = "ap_remittance_pdf"
    else:
        brand = pick(rng, ["Visa", "Mastercard"])
        expiry = pay_day + timedelta(days=pick(rng, [30, 60, 90, 365, 730]))
        auth = f"{rng.randrange(100000, 999999)}"
        card = (f"<div class='card'><p class='b'>{brand} virtual card</p><table style='width:100%'>"
                f"<tr><td style='width:130pt' class='lbl'>Card number</td><td>XXXX XXXX XXXX {last4}</td></tr>"
                f"<tr><td class='lbl'>Expiration</td><td>{expiry.strftime('%m/%y')}</td></tr>"
                f"<tr><td class='lbl'>Authorized amount</td><td class='b'>{m(total)}</td></tr>"
                f"<tr><td class='lbl'>Authorization code</td><td>{auth}</td></tr></table>"
                f"<p class='small'>View the full card number and security code at https://pay.{platform_domain}/card/{rng.randrange(10**7, 10**8)}</p></div>")
        meta = [("Payment number", reference), ("Payment date", d(pay_day))]
        if vendor_id:
            meta.append(("Supplier number", vendor_id))
        head = (f"<p class='b accent' style='font-size:13pt'>{platform}</p><p class='hero' style='font-size:17pt;margin-top:6pt'>Virtual Card Payment Notification</p>"
                f"<p>Date: {d(advice_day)}</p><p style='margin-top:6pt'>To: <b>{esc(payee.name)}</b></p>"
                f"<p style='margin-top:6pt'>You have received a payment from <b>{esc(payer.name)}</b> by virtual card. Please process the card for the exact "
                "amount shown; do not charge a surcharge or split the amount.</p>"
                "<table style='width:100%'>" + "".join(f"<tr><td style='width:130pt' class='lbl'>{k}</td><td>{v}</td></tr>" for k, v in meta) + "</table>"
                + card + "<p class='b' style='margin-top:10pt'>Remittance detail</p>")
        tail = (f"<p class='small' style='margin-top:8pt'>Card valid until {d(expiry)}. If the card has expired, contact {payer.email}.</p>"
                f"<p class='tiny muted'>{platform} processes payments on behalf of {esc(payer.name)}.</p>")
        template = "ap_vcard_notice"

    def body(chunk, index, is_last):
        top = head if index == 0 else f"<p class='b'>{'Payment Remittance Advice' if layout == 'pdf' else 'Payment'} {reference} (continued)</p>"
        return top + items_table(cols, chunk, zebra=theme.table == "zebra", extra_rows=[total_row] if is_last else []) + (tail if is_last else "")

    footer = (lambda p, c: f"<p class='tiny r muted'>Page {p} of {c}</p>") if layout == "pdf" else None
    sheet = paged_sheet(width, height, css, (44, 40, 44, 34), body_rows, body, footer=footer, footer_height=12 if footer else 0.0)
    return Built(doc=doc, sheet=sheet, template=template, png_scan_ok=len(sheet.pages) == 1,
                 notes={"method": method, "trace": trace, "check": check_no, "rows": len(rows),
                        "discounts": float(sum((r.discount for r in rows), D(0))), "credits": float(sum((r.credit for r in rows), D(0)))})

