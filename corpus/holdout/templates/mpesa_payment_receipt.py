"""M-Pesa payment confirmations from Kenya: the payer's notice, the payee's receipt, the payee's till slip.

Three prints: a payer's payment notification (the paying company's letterhead with its KRA PIN, "To:" the
supplier, "we have today paid via M-PESA Paybill 522522, Account No. …", the invoices settled with their
amounts, "Transaction code", "Date paid", and the M-Pesa SMS pasted in: "QK12ABC3DE Confirmed. Ksh12,500.00
sent to ACME SUPPLIES LTD for account INV-2041 on 12/3/24 at 10:15 AM. New M-PESA balance is Ksh3,210.50.
Transaction cost, Ksh57.00."); the payee's official receipt on A5 (letterhead with its PIN, Receipt No.,
"Received from", the amount in words "Kenya Shillings … Only", "Being payment of" the invoices, payment mode
M-PESA with its reference, Paybill / Till number, the balance still outstanding; English or Swahili labels:
"RISITI YA MALIPO", "Tumepokea kutoka kwa", "Kiasi", "Kwa malipo ya ankara", "Namba ya muamala", "Salio");
and a till slip printed at the payee's counter when a Lipa na M-PESA payment comes in ("PAYMENT
CONFIRMATION", the business-side SMS "QK12ABC3DE Confirmed. You have received Ksh1,250.00 from JOHN KAMAU
254712***678 on 12/3/24 at 10:15 AM New Account balance is Ksh…", Trans ID, Account, Paid by, served by).

Truth (as for the other payment confirmations, e.g. the bank confirmations of the first set): a
`remittance_advice`. Vendor = the payee (the business paid: the "To:" supplier on the payer's notice, the
letterhead on the receipt and the slip, its KRA PIN the tax id where printed; the name as printed in its
block, the SMS's capitals aside); customer = the payer (the notice's letterhead with its address; "Received
from" / "Paid by" on the receipt and slip, name only). Payment reference = the M-Pesa transaction code;
payment date = the transaction date (printed in full beside "Date paid" / "Tarehe ya malipo"; the SMS's
`12/3/24` repeats it); document date = the notice / receipt / slip date; payment amount = total = the sum
paid; allocations = the invoices named (the Paybill account number when it is an invoice number, or the
invoices listed), each with the amount paid on it. The Paybill / Till number, the receipt number, phone
numbers, the M-Pesa balances, the transaction cost, the balance outstanding, the amount in words and the
payer's PIN are decoys.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc, lines_html, logo
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company, person_name
from corpus.holdout.fakes_eighth import fmt_of
from corpus.holdout.fakes_ninth import ke_masked_phone, mpesa_code, words_kenyan
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4, Box, Sheet, fits

FAMILY = "mpesa_payment_receipt"
DOCUMENT_TYPE = "remittance_advice"
SW = {"title": "RISITI YA MALIPO", "no": "Namba ya Risiti", "date": "Tarehe", "from": "Tumepokea kutoka kwa", "sum": "Kiasi cha",
      "for": "Kwa malipo ya ankara", "mode": "Njia ya malipo", "ref": "Namba ya muamala", "paid": "Tarehe ya malipo", "balance": "Salio",
      "inv": "Ankara", "amount": "Kiasi", "thanks": "Asante kwa malipo yako"}
EN = {"title": "OFFICIAL RECEIPT", "no": "Receipt No.", "date": "Date", "from": "Received from", "sum": "The sum of",
      "for": "Being payment of invoice(s)", "mode": "Payment mode", "ref": "M-PESA Ref", "paid": "Date paid", "balance": "Balance outstanding",
      "inv": "Invoice No.", "amount": "Amount", "thanks": "Thank you for your payment"}


def _sms_date(when: datetime) -> str:
    return f"{when.day}/{when.month}/{when.year % 100:02d} at {when.strftime('%I:%M %p').lstrip('0')}"


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["notice", "receipt", "slip"])
    payee = make_company(rng, "KE")
    payer = make_company(rng, "KE")
    person = layout == "slip" or (layout == "receipt" and chance(rng, 0.4))
    if person:
        payer.name = person_name(rng, "KE")
    paid_day = random_date(rng)
    when = datetime(paid_day.year, paid_day.month, paid_day.day, rng.randrange(7, 21), rng.randrange(60))
    printed = paid_day + timedelta(days=pick(rng, [0, 0, 0, 1, 2]) if layout != "slip" else 0)
    fmt = fmt_of("KE", "KES", number_style="en", symbol=pick(rng, ["KES", "Kshs", "KSh"]), position="pre_space",
                 date_pattern=pick(rng, ["dmy_slash", "dd_mon_yyyy", "d_month_y"]))
    m, num = fmt.money, fmt.num
    style = pick(rng, ["INV-{n:05d}", "INV{n}", "{n}", "SI/{n}"])
    count = 1 if layout == "slip" or chance(rng, 0.55) else rng.randrange(2, 5)
    start = rng.randrange(1000, 60000)
    invoices = []
    for k in range(count):
        gross = money(round(rng.uniform(450, 240000 / count), -1 if chance(rng, 0.5) else 0))
        paid = gross if chance(rng, 0.75) else money(round(float(gross) * rng.uniform(0.3, 0.9), -1))
        invoices.append({"number": style.format(n=start + k * rng.randrange(1, 40) + k), "gross": gross, "paid": paid,
                         "date": paid_day - timedelta(days=rng.randrange(5, 60))})
    total = sum((inv["paid"] for inv in invoices), Decimal("0.00"))
    code = mpesa_code(rng, paid_day.year, paid_day.month)
    paybill = f"{rng.randrange(200000, 999999)}"
    till = f"{rng.randrange(100000, 9999999)}"
    account = invoices[0]["number"] if count == 1 else pick(rng, [f"ACC{rng.randrange(1000, 99999)}", payer.name.split()[0].upper()])
    phone = ke_masked_phone(rng)
    outstanding = sum((inv["gross"] - inv["paid"] for inv in invoices), Decimal("0.00"))
    if layout == "notice":
        payee.tax_id = None
    doc = Doc(document_type=DOCUMENT_TYPE, locale="KE", currency="KES", vendor=payee, customer=payer, invoice_ids=[inv["number"] for inv in invoices],
              document_date=printed, total=total, payment_reference=code, payment_date=paid_day,
              allocations=[(inv["number"], inv["paid"]) for inv in invoices],
              vendor_address_printed=layout != "slip" or chance(rng, 0.5), customer_address_printed=layout == "notice")
    ksh = "Ksh" + fmt_number(total, "en")
    sw = layout != "notice" and chance(rng, 0.35)
    labels = SW if sw else EN
    name_caps = payee.name.upper()

    if layout == "slip":
        width = pick(rng, [204.0, 226.8])
        theme = Theme.pick(rng, font="Courier" if chance(rng, 0.7) else "Helvetica", size=(7.0, 8.0), table="minimal", accent="#000000")
        css = theme.css("td{padding:0.5pt 1pt} .hd{font-size:9.5pt;font-weight:bold}")
        rule = "<p class='c'>" + "-" * (32 if width < 210 else 38) + "</p>"
        balance = money(rng.uniform(5000, 2_500_000))
        sms = (f"{code} Confirmed. You have received {ksh} from {payer.name.upper()} {phone} on {_sms_date(when)}"
               + (f" for account {account}" if chance(rng, 0.5) else "") + f" New Account balance is Ksh{fmt_number(balance, 'en')}.")
        rows = [("Trans ID" if not sw else "Namba ya muamala", code), ("Account" if not sw else "Akaunti", esc(account)),
                ("Amount" if not sw else "Kiasi", m(total)), ("Paid by" if not sw else "Imelipwa na", esc(payer.name)), ("Phone" if not sw else "Simu", phone),
                (labels["paid"], f"{fmt.date(paid_day)} {when.strftime('%H:%M')}"), ("Paybill" if chance(rng, 0.5) else "Till No.", paybill)]
        html = (f"<p class='c hd'>{esc(payee.name)}</p>"
                + (f"<p class='c'>{'<br/>'.join(esc(a) for a in payee.address)}</p>" if doc.vendor_address_printed else "")
                + f"<p class='c'>PIN: {payee.tax_id}</p><p class='c'>Tel: {payee.phone}</p>{rule}"
                f"<p class='c b'>{'UTHIBITISHO WA MALIPO' if sw else 'PAYMENT CONFIRMATION'}</p><p class='c'>LIPA NA M-PESA</p>{rule}"
                "<table style='width:100%'>" + "".join(f"<tr><td style='width:40%'>{k}</td><td style='width:60%'>{v}</td></tr>" for k, v in rows) + "</table>"
                + f"{rule}<p>{esc(sms)}</p>{rule}<p>{'Invoice' if not sw else 'Ankara'}: {esc(invoices[0]['number'])}</p>"
                + f"<p>{labels['balance']}: {m(outstanding)}</p><p>Served by: {esc(person_name(rng, 'KE').split()[0])}</p>"
                + f"<p>Printed: {fmt.date(printed)} {(when + timedelta(minutes=rng.randrange(1, 20))).strftime('%H:%M')}</p>"
                + f"<p class='c'>{labels['thanks']}</p>")
        rect = None
        for height in (380, 460, 540, 640, 760):
            rect = (8, 8, width - 8, height - 8)
            if fits(html, css, rect):
                break
        sheet = Sheet(width=width, height=height, css=css, pages=[[Box(rect, html)]])
        return Built(doc=doc, sheet=sheet, template="mpesa_slip", notes={"paybill": paybill, "till": till, "phone": phone, "balance": str(balance)})

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.5, 9.5), table=pick(rng, ["rules", "grid", "minimal"]))
    css = theme.css(".ttl{font-size:14pt;font-weight:bold} .sms{border:0.8pt solid #999;background:#f2f2f2;padding:5pt;margin-top:6pt;font-family:Courier}")
    table = ("<table class='items' style='width:100%'><tr><th>" + labels["inv"] + "</th><th>" + ("Invoice date" if not sw else "Tarehe ya ankara")
             + "</th><th style='text-align:right'>" + ("Invoice amount" if not sw else "Kiasi cha ankara") + "</th><th style='text-align:right'>"
             + ("Amount paid" if not sw else "Kiasi kilicholipwa") + "</th></tr>"
             + "".join(f"<tr><td>{esc(inv['number'])}</td><td>{fmt.date(inv['date'])}</td><td class='r'>{num(inv['gross'])}</td>"
                       f"<td class='r'>{num(inv['paid'])}</td></tr>" for inv in invoices)
             + f"<tr class='grand'><td>{'Total' if not sw else 'Jumla'}</td><td></td><td></td><td class='r'>{num(total)}</td></tr></table>")

    if layout == "notice":
        width, height = A4
        cost = money(pick(rng, [23, 33, 53, 57, 78, 100, 108]))
        balance = money(rng.uniform(1000, 400000))
        sms = (f"{code} Confirmed. {ksh} sent to {name_caps} for account {account} on {_sms_date(when)} New M-PESA balance is "
               f"Ksh{fmt_number(balance, 'en')}. Transaction cost, Ksh{fmt_number(cost, 'en')}.")
        html = (f"<table style='width:100%'><tr><td style='width:60%'>{logo(payer.name, rng, theme.accent)}<p class='b' style='font-size:12pt'>{esc(payer.name)}</p>"
                f"<p class='small'>{lines_html(payer.address)}<br/>Tel: {payer.phone} · {payer.email}<br/>PIN: {payer.tax_id}</p></td>"
                f"<td style='width:40%' class='r'><p class='ttl'>{pick(rng, ['PAYMENT NOTIFICATION', 'REMITTANCE ADVICE', 'PAYMENT ADVICE'])}</p>"
                f"<p>Date: {fmt.date(printed)}</p></td></tr></table>"
                f"<p style='margin-top:10pt'>To:<br/><b>{esc(payee.name)}</b>" + (f"<br/>{lines_html(payee.address)}" if doc.vendor_address_printed else "") + "</p>"
                f"<p style='margin-top:8pt'>Dear Sir/Madam,</p><p>We have paid the following via M-PESA {'Paybill ' + paybill if chance(rng, 0.7) else 'Till No. ' + till}, "
                f"Account No. {esc(account)}:</p>{table}"
                f"<table class='kv' style='margin-top:6pt'><tr><td class='b'>Transaction code</td><td>{code}</td></tr>"
                f"<tr><td class='b'>Date paid</td><td>{fmt.date(paid_day)}</td></tr><tr><td class='b'>Amount</td><td>{m(total)}</td></tr></table>"
                f"<p class='small' style='margin-top:6pt'>M-PESA confirmation message:</p><div class='sms small'>{esc(sms)}</div>"
                f"<p style='margin-top:8pt'>Kindly acknowledge receipt and update our account.</p><p>Yours faithfully,<br/>{esc(person_name(rng, 'KE'))}<br/>Accounts</p>")
        notes = {"paybill": paybill, "till": till, "cost": str(cost), "balance": str(balance), "payer_pin": payer.tax_id}
        template = "mpesa_notice"
    else:
        width, height = 419.5, 595.3
        receipt_no = f"{pick(rng, ['RCT', 'RC', 'OR'])}-{rng.randrange(1, 99999):05d}"
        html = (f"<table style='width:100%'><tr><td style='width:62%'><p class='b' style='font-size:12pt'>{esc(payee.name)}</p>"
                f"<p class='small'>{lines_html(payee.address)}<br/>Tel: {payee.phone}<br/>PIN: {payee.tax_id}</p></td><td style='width:38%' class='r'>"
                f"<p class='ttl accent'>{labels['title']}</p><p>{labels['no']}: {receipt_no}</p><p>{labels['date']}: {fmt.date(printed)}</p></td></tr></table>"
                f"<table class='kv' style='margin-top:8pt;width:100%'><tr><td class='b' style='width:38%'>{labels['from']}</td><td style='width:62%'>{esc(payer.name)}</td></tr>"
                f"<tr><td class='b'>{labels['sum']}</td><td>{esc(words_kenyan(total))}</td></tr>"
                f"<tr><td class='b'>{labels['for']}</td><td>{esc(', '.join(inv['number'] for inv in invoices))}</td></tr>"
                f"<tr><td class='b'>{labels['mode']}</td><td>M-PESA ({'Paybill ' + paybill if chance(rng, 0.6) else 'Till ' + till})</td></tr>"
                f"<tr><td class='b'>{labels['ref']}</td><td>{code}</td></tr><tr><td class='b'>{labels['paid']}</td><td>{fmt.date(paid_day)}</td></tr></table>"
                f"{table}<table style='width:100%;margin-top:6pt'><tr><td style='width:60%' class='b'>{labels['amount']}</td><td style='width:40%' class='r b'>"
                f"{m(total)}</td></tr><tr><td>{labels['balance']}</td><td class='r'>{m(outstanding)}</td></tr></table>"
                f"<p style='margin-top:18pt'>{'Received by' if not sw else 'Imepokelewa na'}: ____________________</p><p class='c small'>{labels['thanks']}</p>")
        notes = {"paybill": paybill, "till": till, "receipt_no": receipt_no, "words": words_kenyan(total)}
        template = "mpesa_receipt"
    rect = (30, 30, width - 30, height - 30)
    sheet = Sheet(width=width, height=height, css=css, pages=[[Box(rect, html)]])
    return Built(doc=doc, sheet=sheet, template=template, notes=notes)
