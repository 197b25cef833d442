"""Remittance advice sent as an e-mail and printed to PDF.

Mail header (From / Sent / To / Subject), "Dear <payee> team, please find below details of payment
made to your account on <date>. We have paid the following invoices:" followed by a small table or
a list, the total, payment method and reference, and the sender's signature with the payer's
address. The payee is named in the greeting or a "Payee:" line; its address is not printed.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import account_code, make_company, person_name
from corpus.holdout.locales import Fmt
from corpus.holdout.money import random_date
from corpus.holdout.render import A4, LETTER, Box, Sheet
from corpus.holdout.templates._paid import paid_invoices

FAMILY = "remittance_email"
DOCUMENT_TYPE = "remittance_advice"


def build(rng: random.Random) -> Built:
    country = pick(rng, ["US", "GB", "AU", "KE", "IN"])
    payer = make_company(rng, country, with_tax=False)
    payee = make_company(rng, country, with_tax=False)
    fmt = Fmt.pick(rng, country)
    pay_date = random_date(rng)
    sent = pay_date + timedelta(days=pick(rng, [0, 0, 1]))
    high = 24000 if country not in ("KE", "IN") else 900000
    invoices = paid_invoices(rng, pay_date, rng.randrange(1, 7), low=80, high=high,
                             withholding_share=0.3 if country in ("KE", "IN") else 0.0)
    total = sum((inv.paid for inv in invoices), Decimal("0.00"))
    method = {"US": ["ACH", "wire transfer"], "GB": ["BACS", "Faster Payment"], "AU": ["EFT", "direct credit"],
              "KE": ["RTGS", "EFT"], "IN": ["NEFT", "RTGS"]}[country]
    method_name = pick(rng, method)
    reference = pick(rng, [f"{method_name.split()[0].upper()}{rng.randrange(10**6, 10**8)}",
                           f"{rng.randrange(10**9, 10**10)}", f"PMT-{sent.year}-{rng.randrange(1000, 99999)}"])
    if country == "IN":
        reference = f"UTR{rng.randrange(10**11, 10**12)}" if method_name == "NEFT" else f"{pick(rng, ['HDFC', 'ICIC'])}R5{rng.randrange(10**10, 10**11)}"
    supplier_code = account_code(rng, pick(rng, ["V", "num"])) if chance(rng, 0.4) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=payee, customer=payer,
              invoice_ids=[inv.number for inv in invoices], document_date=sent, total=total,
              payment_reference=reference, payment_date=pay_date,
              allocations=[(inv.number, inv.paid) for inv in invoices], vendor_address_printed=False,
              vendor_id=supplier_code)

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times"]), size=(9.0, 10.5), table="rules")
    css = theme.css(".hdr td{padding:1pt 4pt} .name{font-size:13pt;font-weight:bold}")
    width, height = LETTER if country == "US" else A4
    sender = person_name(rng, country)
    ap = f"accounts.payable@{payer.website.removeprefix('www.')}"
    to = f"{pick(rng, ['ar', 'accounts', 'receivables'])}@{payee.website.removeprefix('www.')}"
    weekday = sent.strftime("%A")
    sent_text = f"{weekday}, {fmt.date(sent, 'month_d_y' if country == 'US' else 'd_month_y')} " \
                f"{rng.randrange(8, 12)}:{rng.randrange(60):02d} AM"
    subject = pick(rng, [f"Remittance Advice - {payee.name}", f"Payment notification {reference}",
                         f"Remittance advice for payment dated {fmt.date(pay_date)}"])
    header = (f"<p class='name'>{esc(sender)}</p><hr/><table class='hdr'>"
              f"<tr><td class='b' style='width:60pt'>From:</td><td>{esc(payer.name)} Accounts Payable &lt;{ap}&gt;</td></tr>"
              f"<tr><td class='b'>Sent:</td><td>{sent_text}</td></tr>"
              f"<tr><td class='b'>To:</td><td>{to}</td></tr>"
              f"<tr><td class='b'>Subject:</td><td>{esc(subject)}</td></tr></table><hr/>")
    greet_named = chance(rng, 0.6)
    greeting = f"Dear {esc(payee.name)} team," if greet_named else "Dear Sir/Madam,"
    paid_on = fmt.date(pay_date)
    intro = pick(rng, [
        f"Please find below details of payment made to your account on {paid_on}. We have paid the following invoices:",
        f"We are pleased to advise that a payment of {fmt.money(total)} has been released to your bank account "
        f"on {paid_on} by {method_name}. This payment covers the invoices listed below:",
        f"Please be advised that the following invoices have been paid by {method_name} on {paid_on}:",
    ])
    parts = [f"<p style='margin-top:10pt'>{greeting}</p>"]
    if not greet_named or chance(rng, 0.4):
        parts.append(f"<p><b>Payee:</b> {esc(payee.name)}" + (f" (Supplier code {supplier_code})" if supplier_code else "") + "</p>")
    elif supplier_code:
        parts.append(f"<p>Supplier code: {supplier_code}</p>")
    parts.append(f"<p>{intro}</p>")
    show_wht = any(inv.withheld for inv in invoices)
    if chance(rng, 0.6) or show_wht:
        head = "<tr><th>Invoice No.</th><th>Invoice Date</th>" + (
            "<th class='r'>Invoice Amount</th><th class='r'>WHT</th>" if show_wht else "") + "<th class='r'>Amount Paid</th></tr>"
        body_rows = "".join(
            f"<tr><td>{esc(inv.number)}</td><td>{fmt.date(inv.invoice_date)}</td>"
            + (f"<td class='r'>{fmt.num(inv.gross)}</td><td class='r'>{fmt.num(inv.withheld)}</td>" if show_wht else "")
            + f"<td class='r'>{fmt.money(inv.paid)}</td></tr>" for inv in invoices)
        parts.append(f"<table class='items' style='width:85%'>{head}{body_rows}</table>")
    else:
        parts.append("<p>" + "<br/>".join(f"&#8226; Invoice {esc(inv.number)} dated {fmt.date(inv.invoice_date)} – "
                                          f"{fmt.money(inv.paid)}" for inv in invoices) + "</p>")
    parts.append(f"<p style='margin-top:8pt'><b>Total payment: {fmt.money(total)}</b></p>")
    parts.append(f"<p>Payment method: {method_name}<br/>Payment reference: {reference}</p>")
    parts.append("<p>Please allow 1-2 business days for the funds to clear. If you have any queries regarding "
                 "this payment, please reply to this e-mail.</p>")
    parts.append(f"<p style='margin-top:10pt'>Kind regards,<br/><br/>{esc(sender)}<br/>Accounts Payable<br/>"
                 f"{esc(payer.name)}<br/>{lines_html(payer.address)}<br/>{esc(payer.phone)}</p>")
    sheet = Sheet(width=width, height=height, css=css, pages=[[
        Box((54, 46, width - 54, height - 50), header + "".join(parts)),
        Box((54, height - 40, width - 54, height - 22), "<p class='tiny muted r'>1</p>"),
    ]])
    return Built(doc=doc, sheet=sheet, template="email_remittance")
