"""Payment notification from an accounts-payable platform (Bill.com / Tipalti / Coupa Pay / AvidXchange look).

Three prints: the "You've been paid" e-mail printed from a mail client (From: "<payer> via <platform>",
Subject, greeting to the payee, payment summary, invoices table, "arrives by" date); the remittance PDF
the platform attaches (platform logo, payer and payee blocks, label-above summary); and the virtual card
e-mail ("You've received a virtual card payment": masked card number, expiry, authorised amount). The
platform's name, support address and legal entity in the footer are decoys for the vendor: the vendor
is the payee, the customer the paying company. One payment reference per print (Payment ID, Payment
number or Trace number); bank account / card endings and the "should arrive by" date are decoys.
Invoices paid with their invoice date, amount, discount taken and amount paid; credit memos applied as
negative rows (listed among the invoice ids with their negative amounts, as the corpus rules say).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import account_code, make_company, person_name
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._paid import paid_invoices

FAMILY = "payment_platform_remittance"
DOCUMENT_TYPE = "remittance_advice"

PLATFORMS = [("PayBridge", "paybridge.example", "PayBridge, Inc., 6220 America Center Drive, Suite 100, San Jose, CA 95002"),
             ("Tallypay", "tallypay.example", "Tallypay Solutions Ltd, 1 Finsbury Avenue, London EC2M 2PF"),
             ("Coupline Pay", "coupline.example", "Coupline Software Inc., 1855 S Grant Street, San Mateo, CA 94402"),
             ("VantaPay Network", "vantapay.example", "VantaPay LLC, 1210 AvidX Way, Charlotte, NC 28211")]


def build(rng: random.Random) -> Built:
    country = pick(rng, ["US", "US", "US", "GB", "CA"])
    payer = make_company(rng, country, with_tax=False)
    payee = make_company(rng, country, with_tax=False)
    fmt = Fmt.pick(rng, country)
    platform, plat_domain, plat_legal = pick(rng, PLATFORMS)
    layout = pick(rng, ["email", "pdf", "vcard"])
    pay_date = random_date(rng)
    invoices = paid_invoices(rng, pay_date, rng.randrange(1, 7) if chance(rng, 0.85) else rng.randrange(18, 34),
                             low=90, high=18000, discount_share=0.2)
    credits = []
    if len(invoices) > 1 and chance(rng, 0.3):
        memo = invoices[-1]
        memo.number = f"{pick(rng, ['CM-', 'CR', 'Credit '])}{rng.randrange(100, 9999)}"
        memo.gross = -money(rng.uniform(15, min(400, float(invoices[0].gross) * 0.5)))
        memo.discount = Decimal("0.00")
        credits.append(memo.number)
    total = sum((inv.paid for inv in invoices), Decimal("0.00"))
    ref_label = pick(rng, ["Payment ID", "Payment number", "Trace number", "Payment reference"])
    reference = {"Payment ID": f"P{pay_date.strftime('%y%m%d')}{rng.randrange(10**6, 10**7)}",
                 "Payment number": f"{rng.randrange(10**7, 10**8)}",
                 "Trace number": f"{rng.randrange(10**7, 10**8)}{rng.randrange(10**6, 10**7)}",
                 "Payment reference": f"PMT-{rng.randrange(10**5, 10**6)}-{rng.randrange(10, 99)}"}[ref_label]
    method = "vcard" if layout == "vcard" else pick(rng, ["ach", "ach", "ach", "check"] if country == "US" else ["ach"])
    if method == "check":                    # platforms also mail checks; the check number is then the reference
        ref_label, reference = "Check number", str(rng.randrange(10000, 999999))
    sent = pay_date - timedelta(days=pick(rng, [0, 0, 0, 1]))
    vendor_id = account_code(rng, pick(rng, ["V", "num"])) if chance(rng, 0.35) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=payee, customer=payer,
              invoice_ids=[inv.number for inv in invoices], document_date=sent if layout != "pdf" else pay_date, total=total,
              payment_reference=reference,
              payment_date=pay_date, allocations=[(inv.number, inv.paid) for inv in invoices], vendor_id=vendor_id,
              vendor_address_printed=layout == "pdf", customer_address_printed=layout == "pdf")

    theme = Theme.pick(rng, font="Helvetica" if chance(rng, 0.8) else "Times", size=(8.5, 10.0),
                       table=pick(rng, ["rules", "minimal", "zebra"]))
    css = theme.css(".hero{font-size:20pt;font-weight:bold} .cap{font-size:7pt;color:#666} .card{border:1pt solid #999;padding:8pt;"
                    "background:#f7f7f7} .hdr td{padding:1pt 4pt}")
    width, height = LETTER if country in ("US", "CA") else A4
    num, money_ = fmt.num, fmt.money
    ending = rng.randrange(1000, 9999)
    method_text = {"vcard": f"Virtual card ending {ending}", "ach": pick(rng, [f"ACH to account ending {ending}",
                   f"Bank transfer (ePayment) to ••••{ending}", f"{'BACS' if country == 'GB' else 'EFT'} to account ending in {ending}"]),
                   "check": f"Check mailed to {payee.address[-1]}"}[method]
    arrive = pay_date + timedelta(days=pick(rng, [1, 2, 3, 5]))
    any_disc = any(inv.discount for inv in invoices)
    heads = ["Invoice #", "Invoice date", pick(rng, ["Invoice amount", "Amount"])] + (["Discount"] if any_disc else []) + ["Amount paid"]
    aligns = ["left", "left", "right"] + (["right"] if any_disc else []) + ["right"]
    th = "<tr>" + "".join(f"<th style='text-align:{a}'>{h}</th>" for h, a in zip(heads, aligns, strict=True)) + "</tr>"

    def row(inv) -> str:
        cells = [esc(inv.number), fmt.date(inv.invoice_date), num(inv.gross)] + ([num(inv.discount)] if any_disc else []) + [num(inv.paid)]
        return "<tr>" + "".join(f"<td style='text-align:{a}'>{c}</td>" for c, a in zip(cells, aligns, strict=True)) + "</tr>"

    total_row = "<tr class='grand'>" + "".join(
        f"<td style='text-align:{a}'>{c}</td>" for c, a in zip(["Total paid"] + [""] * (len(heads) - 2) + [money_(total)], aligns, strict=True)) + "</tr>"
    summary = [(ref_label, esc(reference)), ("Payment date", fmt.date(pay_date)), ("Payment method", esc(method_text)),
               ("Amount", money_(total))]
    if vendor_id:
        summary.append((pick(rng, ["Vendor ID", "Supplier number"]), esc(vendor_id)))
    if method != "check" and chance(rng, 0.6):
        summary.append(("Expected arrival", fmt.date(arrive)))
    widths = (110, 250) if layout != "pdf" else (70, 110)
    summary_html = "<table class='kv'>" + "".join(f"<tr><td class='cap' style='width:{widths[0]}pt'>{k}</td><td style='width:{widths[1]}pt'>{v}</td></tr>"
                                                   for k, v in summary) + "</table>"
    contact = person_name(rng, country)
    footer_text = (f"<p class='tiny muted' style='margin-top:12pt'>This payment was sent by {esc(payer.name)} using {platform}. "
                   f"{platform} is not the seller of any goods or services. Questions about this payment? Contact {esc(payer.name)} "
                   f"({contact}, {esc(payer.email)}). {esc(plat_legal)}. © {pay_date.year} {platform}. Unsubscribe from payment notifications.</p>")

    if layout in ("email", "vcard"):
        stamp = datetime(sent.year, sent.month, sent.day, rng.randrange(6, 20), rng.randrange(60))
        subject = ("You've been paid " + money_(total) + f" by {payer.name}") if layout == "email" else \
            f"{payer.name} sent you a virtual card payment"
        top = (f"<table class='hdr small' style='width:100%;border-bottom:0.8pt solid #999'>"
               f"<tr><td style='width:50pt' class='b'>From:</td><td style='width:450pt'>{esc(payer.name)} via {platform} &lt;payments@{plat_domain}&gt;</td></tr>"
               f"<tr><td class='b'>Date:</td><td>{stamp.strftime('%a')}, {fmt.date(sent, 'mon_d_y')} at {stamp.strftime('%I:%M %p')}</td></tr>"
               f"<tr><td class='b'>To:</td><td>{pick(rng, ['ar', 'accounts', 'billing'])}@{payee.website.removeprefix('www.')}</td></tr>"
               f"<tr><td class='b'>Subject:</td><td>{esc(subject)}</td></tr></table>"
               f"<p class='big b accent' style='margin-top:10pt'>{platform}</p>")
        if layout == "email":
            top += (f"<p style='margin-top:6pt'>Hi {esc(payee.name)},</p><p class='hero'>You've been paid {money_(total)}</p>"
                    f"<p>{esc(payer.name)} sent you a payment on {fmt.date(pay_date)}."
                    + (f" It should arrive in your account by {fmt.date(arrive)}." if method != "check" else "") + "</p>" + summary_html)
        else:
            exp = pay_date + timedelta(days=pick(rng, [30, 60, 90]))
            top += (f"<p style='margin-top:6pt'>Hello {esc(payee.name)},</p><p class='hero'>Virtual card payment: {money_(total)}</p>"
                    f"<p>{esc(payer.name)} has paid you with a single-use virtual card. Charge the full amount in one transaction.</p>"
                    f"<div class='card'><p class='cap'>Card number</p><p class='b'>4{rng.randrange(100, 999)} •••• •••• {ending}</p>"
                    f"<p class='cap'>Expires</p><p>{exp.month:02d}/{exp.year % 100:02d}</p><p class='cap'>Authorized amount</p>"
                    f"<p class='b'>{money_(total)}</p><p class='small'>Log in to view the full card number and security code.</p></div>"
                    + summary_html)
        top += "<p class='b' style='margin-top:8pt'>Invoices paid</p>"
    else:
        payer_block = f"<p class='cap'>Payer</p><p><b>{esc(payer.name)}</b><br/>{lines_html(payer.address)}</p>"
        payee_block = f"<p class='cap'>{pick(rng, ['Payee', 'Paid to', 'Vendor'])}</p><p><b>{esc(payee.name)}</b><br/>{lines_html(payee.address)}</p>"
        top = (f"<table style='width:100%'><tr><td style='width:50%'><p class='big b accent'>{platform}</p></td>"
               f"<td style='width:50%' class='r'><p class='b' style='font-size:14pt'>Payment Remittance</p></td></tr></table>"
               f"<table style='width:100%;margin-top:10pt'><tr><td style='width:33%'>{payer_block}</td><td style='width:33%'>{payee_block}</td>"
               f"<td style='width:34%'>{summary_html}</td></tr></table>")

    def body(chunk, index, is_last):
        first = top if index == 0 else f"<p class='b'>{ref_label} {esc(reference)} (continued)</p>"
        end = ""
        if is_last:
            if credits:
                end += f"<p class='small'>Credit applied: {', '.join(esc(c) for c in credits)}.</p>"
            end += footer_text
        return first + f"<table class='items'>{th}{''.join(row(inv) for inv in chunk)}{total_row if is_last else ''}</table>" + end

    sheet = paged_sheet(width, height, css, (48, 38, 48, 28), invoices, body,
                        footer=lambda n, c: f"<p class='tiny r muted'>Page {n} of {c}</p>" if c > 1 else "", footer_height=12)
    return Built(doc=doc, sheet=sheet, template=f"platform_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"platform": platform, "method": method, "credits": credits})
