"""Invoices sent in the body of an e-mail and printed from the browser or the mail client, from the US, GB, AU and CA,
in English, 2023-2025.

Two prints. `webmail_print` (a web mail's print view: the browser's header line with the print date and time and the page
title "Mail - Invoice 1234 from …", the mailbox owner's name, the subject in large type, the sender "Name <address>" with
the sent date "Fri, Mar 15, 2024 at 4:12 PM", "To:", "Cc:"; the footer with the mail URL and "1/1"), `outlook_print`
(a desktop mail client's memo print: the owner's name in bold over a rule, From: / Sent: "Friday, 15 March 2024 4:12 PM" /
To: / Cc: / Subject: Invoice INV-1234 from …). The body: a greeting, "Please find below our invoice …", the invoice
either as text (Invoice number / Invoice date / Due date / Bill to, the items as "2 x Widget @ $45.00 = $90.00", Subtotal /
tax / Total due) or as a small HTML table (Description / Qty / Unit price / Amount), payment instructions, a signature with
the sender's name, title, company, address and phone numbers "P: … | M: …"; sometimes the buyer's earlier message quoted
below ("On Tue, 5 Mar 2024 at 10:02, … wrote:" with "> " lines and an amount of its own: a quote, a deposit).

Truth: an `invoice` of the sender's company (name and address from the signature); customer = Bill to (its address where
printed); id = the invoice number; document date = the invoice date in the body (the e-mail's sent date, the print date
and the quoted message's date are decoys, and differ from it); due date and terms where printed; net = Subtotal where the
tax follows it, tax and total as printed (the quoted amounts are decoys).
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company, person_name
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4, LETTER, Box
from corpus.holdout.templates._fifteenth import priced_lines, pts, single_page

FAMILY = "email_printed_invoice"
D = Decimal
POOL = [("Website maintenance - monthly retainer", "", 250, 1400), ("Logo design", "", 300, 1500), ("Consulting (hours)", "hrs", 80, 220),
        ("Photography - half day shoot", "", 450, 1200), ("Bookkeeping services", "hrs", 45, 120), ("Social media management", "", 400, 1800),
        ("Equipment hire", "days", 60, 250), ("Copywriting - product pages", "", 150, 900), ("IT support call-out", "", 95, 260),
        ("Printing - A5 flyers (1,000)", "", 120, 380), ("Event catering", "", 600, 3500), ("Delivery", "", 15, 95)]
TAX = {"US": [("Sales tax", D("0")), ("Sales Tax (8.25%)", D("8.25")), ("Sales Tax (6%)", D("6"))], "GB": [("VAT (20%)", D("20"))],
       "AU": [("GST (10%)", D("10")), ("GST", D("10"))], "CA": [("GST (5%)", D("5")), ("HST (13%)", D("13"))]}
SYMBOL = {"US": "$", "GB": "£", "AU": "$", "CA": "$"}
CURRENCY = {"US": "USD", "GB": "GBP", "AU": "AUD", "CA": "CAD"}


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["webmail_print", "outlook_print"])
    country = pick(rng, ["US", "GB", "AU", "CA"])
    vendor, customer = make_company(rng, country), make_company(rng, country)
    if country == "US" or chance(rng, 0.3):
        vendor.tax_id = None
    sender, buyer = person_name(rng, country), person_name(rng, country)
    issued = random_date(rng, date(2023, 1, 3), 980)
    sent = datetime(issued.year, issued.month, issued.day, rng.randrange(7, 19), rng.randrange(60)) + timedelta(days=pick(rng, [1, 1, 2, 3, 6]))
    printed = sent + timedelta(days=pick(rng, [0, 1, 2, 5, 12]), hours=rng.randrange(1, 30))
    lines = priced_lines(rng, POOL, rng.randrange(1, 5), quantities=(1, 1, 1, 2, 3, 4, 5, 8))
    label, rate = pick(rng, TAX[country])
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(net * rate / 100) if rate else None
    total = net + (tax or D(0))
    number = pick(rng, [f"INV-{rng.randrange(1000, 9999)}", f"{rng.randrange(100, 9999)}", f"{issued.year}-{rng.randrange(10, 999):03d}", f"#{rng.randrange(1000, 9999)}"])
    number = number.removeprefix("#")
    days = pick(rng, [7, 14, 14, 30, 30])
    terms = pick(rng, [f"Net {days}", f"{days} days", None]) if country != "GB" or chance(rng, 0.5) else f"{days} days"
    due = issued + timedelta(days=days) if chance(rng, 0.8) else None
    doc = Doc(document_type="invoice", locale=country, currency=CURRENCY[country], vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms,
              customer_address_printed=chance(rng, 0.6))
    sym = SYMBOL[country]

    def m(value: D) -> str:
        return f"{sym}{fmt_number(value, 'en')}"

    dfmt = {"US": "%B %d, %Y", "GB": "%d %B %Y", "AU": "%d/%m/%Y", "CA": "%B %d, %Y"}[country]

    def d(x: date) -> str:
        text = x.strftime(dfmt)
        return text.replace(" 0", " ") if "%B" in dfmt else text

    vdom = vendor.email.split("@")[1]
    bdom = customer.email.split("@")[1]
    from_addr = f"{sender.split()[0].lower()}@{vdom}"
    to_addr = pick(rng, [f"accounts@{bdom}", f"{buyer.split()[0].lower()}.{buyer.split()[-1].lower()}@{bdom}", f"ap@{bdom}"])
    cc = pick(rng, ["", f"billing@{vdom}", f"{person_name(rng, country).split()[0].lower()}@{bdom}"])
    subject = pick(rng, [f"Invoice {number} from {vendor.name}", f"Invoice {number}", f"{vendor.name} - Invoice {number}", f"Invoice #{number} - {d(issued)}"])
    as_table = chance(rng, 0.5)
    bill_to = (f"<p><b>Bill to:</b> {esc(customer.name)}" + (f", {esc(', '.join(customer.address))}" if doc.customer_address_printed else "") + "</p>")
    facts = [f"<p>Invoice number: {number}</p>", f"<p>Invoice date: {d(issued)}</p>"]
    if due:
        facts.append(f"<p>Due date: {d(due)}</p>")
    if terms:
        facts.append(f"<p>Terms: {terms}</p>")
    W = (LETTER[0] if country == "US" else A4[0]) - 110
    if as_table:
        cols = pts(W * 0.85, 0.52, 0.12, 0.18, 0.18)
        rows = "".join(f"<tr><td style='width:{cols[0]}'>{esc(li.description)}</td><td class='r' style='width:{cols[1]}'>{li.quantity}</td>"
                       f"<td class='r' style='width:{cols[2]}'>{m(li.unit_price)}</td><td class='r' style='width:{cols[3]}'>{m(li.amount)}</td></tr>" for li in lines)
        sums = [("Subtotal", m(net))] + ([(label, m(tax))] if tax is not None else []) + [("Total due", m(total))]
        rows += "".join(f"<tr><td colspan='3' class='r'>{k}</td><td class='r'><b>{v}</b></td></tr>" for k, v in sums)
        items = ("<table class='it'><tr><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>" + rows + "</table>")
    else:
        items = "".join(f"<p>{li.quantity} x {esc(li.description)} @ {m(li.unit_price)} = {m(li.amount)}</p>" for li in lines)
        items += f"<p style='margin-top:4pt'>Subtotal: {m(net)}</p>" + (f"<p>{label}: {m(tax)}</p>" if tax is not None else "") + f"<p><b>Total due: {m(total)}</b></p>"
    pay = pick(rng, [f"Payment by bank transfer to {vendor.name}, account {rng.randrange(10**7, 10**8)}, quoting the invoice number.",
                     "You can pay by card or bank transfer - details are in the attached PDF copy.", "Cheques payable to "
                     + vendor.name + "."])
    quote = ""
    if chance(rng, 0.5):
        earlier = sent - timedelta(days=rng.randrange(6, 30), hours=rng.randrange(1, 9))
        amount = money(total * D(pick(rng, ["0.5", "0.9", "1.1", "0.25"])))
        quote = (f"<p style='margin-top:10pt'>On {earlier.strftime('%a, %d %b %Y')} at {earlier.strftime('%H:%M')}, {esc(buyer)} &lt;{to_addr}&gt; wrote:</p>"
                 + f"<p class='q'>&gt; Hi {esc(sender.split()[0])}, thanks for the quote of {m(amount)}. Happy to go ahead -</p>"
                 "<p class='q'>&gt; please send the invoice to accounts when the work is done.</p><p class='q'>&gt; Regards, " + esc(buyer) + "</p>")
    sig = (f"<p style='margin-top:10pt'>Kind regards,</p><p style='margin-top:6pt'><b>{esc(sender)}</b></p><p>{pick(rng, ['Director', 'Office Manager', 'Accounts', 'Owner'])}</p>"
           f"<p>{esc(vendor.name)}</p><p>{esc(', '.join(vendor.address))}</p>"
           + f"<p>P: {vendor.phone} | M: {pick(rng, ['0412 ', '07700 ', '(415) ', '(604) '])}{rng.randrange(100, 999)} {rng.randrange(100, 999)}</p>"
           + (f"<p>{'ABN' if country == 'AU' else 'VAT Reg. No.' if country == 'GB' else 'GST/HST No.'} {vendor.tax_id}</p>" if vendor.tax_id else "")
           + f"<p>{vendor.website}</p>")
    body = (f"<p>Hi {esc(buyer.split()[0])},</p><p style='margin-top:6pt'>Please find below our invoice {number} for "
            f"{pick(rng, ['the work completed last week', 'this month', 'the order delivered', 'services rendered'])}.</p>"
            + f"<div style='margin-top:6pt'>{''.join(facts)}{bill_to}</div><div style='margin-top:6pt'>{items}</div>"
            + f"<p style='margin-top:6pt'>{esc(pay)}</p>" + sig + quote)
    owner = f"{buyer} <{to_addr}>" if chance(rng, 0.5) else buyer
    if layout == "webmail_print":
        head = (f"<p class='h'>{esc(subject)}</p><p class='g'>1 message</p><hr/>"
                f"<table><tr><td style='width:{W * 0.65:.1f}pt'><b>{esc(sender)}</b> &lt;{from_addr}&gt;</td>"
                f"<td class='r' style='width:{W * 0.33:.1f}pt'>{sent.strftime('%a, %b')} {sent.day}, {sent.year} at {sent.strftime('%I:%M %p').lstrip('0')}</td></tr></table>"
                f"<p class='g'>To: {to_addr}</p>" + (f"<p class='g'>Cc: {cc}</p>" if cc else "") + "<div style='margin-top:10pt'></div>")
        top = f"{printed.month}/{printed.day}/{printed.year % 100}, {printed.strftime('%I:%M %p').lstrip('0')}"
        band = (f"<table><tr><td class='t' style='width:{W * 0.3:.1f}pt'>{top}</td><td class='t r' style='width:{W * 0.68:.1f}pt'>Mail - {esc(subject)}</td></tr></table>")
        foot = f"<p class='t'>https://mail.example.com/mail/u/0/?ik={rng.randrange(10**9, 10**10):x}&amp;view=pt&amp;search=all&amp;permmsgid=msg-f:{rng.randrange(10**18, 10**19)} 1/1</p>"
        owner_line = f"<p class='r'><b>{esc(owner)}</b></p>"
        html = owner_line + head + body
    else:
        sent_text = f"{sent.strftime('%A')}, {sent.day} {sent.strftime('%B %Y')} {sent.strftime('%I:%M %p').lstrip('0')}" if country != "US" else \
            f"{sent.strftime('%A, %B')} {sent.day}, {sent.year} {sent.strftime('%I:%M %p').lstrip('0')}"
        grid = [("From:", f"{esc(sender)} &lt;{from_addr}&gt;"), ("Sent:", sent_text), ("To:", to_addr)] + ([("Cc:", cc)] if cc else []) + [("Subject:", esc(subject))]
        head = (f"<p class='h'>{esc(buyer)}</p><hr/>" + "<table>" + "".join(f"<tr><td class='b' style='width:60pt'>{k}</td><td style='width:{W - 70:.1f}pt'>{v}</td></tr>"
                                                                             for k, v in grid) + "</table><div style='margin-top:12pt'></div>")
        band = ""
        foot = "<p class='t' style='text-align:center'>1</p>"
        html = head + body
    font = pick(rng, ["Helvetica", "Helvetica", "Times"]) if layout == "webmail_print" else pick(rng, ["Helvetica", "Times"])
    css = (f"body{{font-family:{font};font-size:9pt;margin:0;color:#202124}} p{{margin:0 0 1.5pt 0}} td{{padding:1pt 3pt;vertical-align:top}} table{{border-collapse:collapse}}"
           " .h{font-size:14pt} .g{color:#5f6368} .t{font-size:7pt;color:#333} .r{text-align:right} .b{font-weight:bold} .q{color:#555;padding-left:6pt}"
           " table.it th{border-bottom:0.8pt solid #999;text-align:left;padding:2pt 4pt} table.it td{padding:2pt 4pt;border-bottom:0.3pt solid #ddd}")
    width, height = LETTER if country == "US" else A4
    boxes = ([Box((30.0, 14.0, width - 30.0, 30.0), band)] if band else []) + [Box((55.0, 40.0, width - 55.0, height - 40.0), html),
                                                                             Box((30.0, height - 30.0, width - 30.0, height - 12.0), foot)]
    sheet = single_page(layout, width, height, css, boxes)
    return Built(doc=doc, sheet=sheet, template=layout, notes={"sent": sent.date().isoformat(), "printed": printed.date().isoformat(),
                                                              "quoted": bool(quote)})
