"""A payer's own remittance advice for a payment made by virtual (single-use) card.

Three prints: the payer's accounts-payable e-mail in the US ("Virtual Card Payment Notification": mail
header, greeting to the supplier's receivables team, a card box with the masked card number ending in four
digits, expiry month / year, the authorization code and "process for the exact amount", then the invoices
paid with invoice amount, deduction, reason code and amount paid); a UK payer's letter ("Remittance advice –
payment by purchasing card", the supplier's address, a card-charge reference and the card's valid-until
date); and an ERP payment register print (Payment method VCARD, payment run and batch numbers, deduction
codes with their legend: SH shortage, DM damaged, PR pricing, FR freight not allowed, RT returned goods,
PD promotional deduction). Credit memos applied appear as negative rows.

Truth: a remittance advice; customer = the payer (the letterhead / sender, with its address), vendor = the
supplier being paid (its address only where printed), vendor_id = "Supplier ID" / "Vendor No." when
printed; payment reference = the payer's payment number (the card number's last four digits, the
authorization code, payment run and batch numbers are decoys); payment date = the date the card was
charged / the payment date; document date = the advice date; allocations = every row in print order with
the amount actually paid (a short-paid invoice: its amount less the deduction; a credit memo negative),
adding up to the payment amount = total. Card expiry, valid-until and invoice dates are decoys.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc, lines_html, logo
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company, person_name
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, LETTER, Box, Sheet, paginate
from corpus.holdout.templates._paid import invoice_number_style

FAMILY = "virtual_card_remittance"
DOCUMENT_TYPE = "remittance_advice"
CODES = {"SH": "Shortage", "DM": "Damaged goods", "PR": "Pricing difference", "FR": "Freight not allowed", "RT": "Returned goods",
         "PD": "Promotional deduction"}


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["email", "letter", "register"])
    country = "GB" if layout == "letter" else pick(rng, ["US", "US", "US", "GB"])
    payer = make_company(rng, country, with_tax=country == "GB")
    payee = make_company(rng, country, with_tax=False)
    fmt = Fmt.pick(rng, country, date_pattern=pick(rng, ["mdy_slash", "mon_d_y", "month_d_y"]) if country == "US"
                   else pick(rng, ["dmy_slash", "d_mon_y", "d_month_y"]))
    m, num = fmt.money, fmt.num
    charged = random_date(rng)
    advised = charged - timedelta(days=pick(rng, [0, 0, 0, 1]))
    count = rng.randrange(1, 8) if chance(rng, 0.85) else rng.randrange(12, 26)
    style = invoice_number_style(rng)
    start = rng.randrange(1000, 80000)
    rows = []
    used: set[int] = set()
    for _ in range(count):
        n = start + rng.randrange(1, 300)
        while n in used:
            n += 1
        used.add(n)
        issued = charged - timedelta(days=rng.randrange(10, 70))
        gross = money(rng.uniform(60, 14000))
        code, deduction = None, Decimal("0.00")
        if chance(rng, 0.3):
            code = pick(rng, list(CODES))
            deduction = money(gross * Decimal(pick(rng, ["0.02", "0.05", "0.1", "0.15", "0.25"])))
        rows.append({"number": style.format(n=n, y=issued.year), "date": issued, "gross": gross, "deduction": deduction, "code": code,
                     "po": f"{pick(rng, ['PO', '45', 'P'])}{rng.randrange(10**5, 10**7)}"})
    rows.sort(key=lambda r: r["date"])
    if count > 1 and chance(rng, 0.25):
        memo = rows[-1]
        memo["number"] = f"{pick(rng, ['CM-', 'CR', 'CN'])}{rng.randrange(100, 9999)}"
        memo["gross"] = -money(rng.uniform(20, min(500, float(rows[0]["gross"]) * 0.5)))
        memo["deduction"], memo["code"] = Decimal("0.00"), None
    for r in rows:
        r["paid"] = r["gross"] - r["deduction"]
    total = sum((r["paid"] for r in rows), Decimal("0.00"))
    reference = pick(rng, [f"VCP-{rng.randrange(10**8, 10**9)}", f"PAY{charged.strftime('%y%m%d')}{rng.randrange(100, 999)}",
                           f"{rng.randrange(10**7, 10**8)}", f"VC{rng.randrange(10**5, 10**6)}"])
    supplier_id = f"{pick(rng, ['V', 'SUP', '7'])}{rng.randrange(10000, 999999)}" if chance(rng, 0.6) else None
    vendor_address = layout != "email" or chance(rng, 0.3)
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=payee, customer=payer,
              invoice_ids=[r["number"] for r in rows], document_date=advised, total=total, payment_reference=reference,
              payment_date=charged, allocations=[(r["number"], r["paid"]) for r in rows], vendor_address_printed=vendor_address,
              vendor_id=supplier_id)
    network = pick(rng, ["Visa", "Mastercard", "Visa Commercial", "Mastercard Corporate", "American Express"])
    last4 = f"{rng.randrange(10000):04d}"
    masked = pick(rng, [f"XXXX XXXX XXXX {last4}", f"**** **** **** {last4}", f"ending in {last4}"])
    expiry = charged + timedelta(days=rng.randrange(60, 900))
    auth = pick(rng, [f"{rng.randrange(10**5, 10**6)}", f"{rng.randrange(10**4, 10**5)}{pick(rng, list('ABCDEFGH'))}"])
    valid_until = charged + timedelta(days=pick(rng, [14, 30, 60]))
    clerk = person_name(rng, country)

    mono = layout == "register" and chance(rng, 0.5)
    theme = Theme.pick(rng, font="Courier" if mono else pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.5, 9.0),
                       table=pick(rng, ["rules", "grid", "minimal", "zebra"]))
    css = theme.css(".card{border:1pt solid #444;padding:5pt;margin:6pt 0} .hdr td{padding:0.5pt 4pt 0.5pt 0}")
    width, height = LETTER if country == "US" else A4
    has_codes = any(r["code"] for r in rows)
    th = ["Invoice #", "Invoice Date", "Invoice Amount", "Deduction", "Code", "Amount Paid"]
    if layout == "register":
        th.insert(2, "PO Number")

    def row_html(r: dict, i: int) -> str:
        cells = [esc(r["number"]), fmt.date(r["date"])]
        if layout == "register":
            cells.append(r["po"])
        cells += [num(r["gross"]), num(r["deduction"]) if r["deduction"] else "", r["code"] or "", num(r["paid"])]
        aligns = ["left", "left"] + (["left"] if layout == "register" else []) + ["right", "right", "left", "right"]
        cls = " class='alt'" if theme.table == "zebra" and i % 2 else ""
        return f"<tr{cls}>" + "".join(f"<td style='text-align:{a}'>{c}</td>" for c, a in zip(cells, aligns, strict=True)) + "</tr>"

    table_rows = [row_html(r, i) for i, r in enumerate(rows)]
    head_row = "<tr>" + "".join(f"<th style='text-align:{'right' if t in ('Invoice Amount', 'Deduction', 'Amount Paid') else 'left'}'>{t}</th>"
                                for t in th) + "</tr>"
    total_row = ("<tr class='grand'>" + "<td></td>" * (len(th) - 2) + f"<td>Total</td><td class='r'>{num(total)}</td></tr>")
    legend = ("<p class='small' style='margin-top:6pt'>Deduction codes: " + "; ".join(f"{k} = {v}" for k, v in CODES.items()) + "</p>") if has_codes or layout == "register" else ""
    card_box = (f"<div class='card'><table class='hdr'><tr><td class='b'>Payment method</td><td>{network} virtual card {masked}</td></tr>"
                f"<tr><td class='b'>Expiration</td><td>{expiry.strftime('%m/%y')}</td></tr>"
                f"<tr><td class='b'>Authorization code</td><td>{auth}</td></tr>"
                f"<tr><td class='b'>Authorized amount</td><td>{m(total)}</td></tr>"
                f"<tr><td class='b'>Card valid until</td><td>{fmt.date(valid_until)}</td></tr></table>"
                "<p class='small'>Please process this card for the exact amount shown, in a single transaction. Surcharges or convenience fees "
                "will not be accepted.</p></div>")
    payee_block = (f"<p class='b'>{esc(payee.name)}</p>" + (f"<p>{lines_html(payee.address)}</p>" if vendor_address else ""))
    pairs = [("Payment No.", esc(reference)), ("Payment Date", fmt.date(charged)), ("Advice Date", fmt.date(advised))]
    if supplier_id:
        pairs.insert(1, ("Supplier ID", supplier_id))
    pay_meta = "<table class='hdr'>" + "".join(f"<tr><td class='b'>{k}</td><td>{v}</td></tr>" for k, v in pairs) + "</table>"

    if layout == "email":
        top = (f"<table class='hdr small'><tr><td class='b'>From:</td><td>{esc(payer.name)} Accounts Payable &lt;ap@{payer.email.split('@')[1]}&gt;</td></tr>"
               f"<tr><td class='b'>To:</td><td>{esc(payee.email)}</td></tr><tr><td class='b'>Sent:</td><td>{fmt.date(advised)}</td></tr>"
               f"<tr><td class='b'>Subject:</td><td>Virtual Card Payment Notification – {esc(reference)}</td></tr></table><hr/>"
               f"{logo(payer.name, rng, theme.accent)}<p class='b' style='font-size:12pt'>{esc(payer.name)}</p><p class='small'>{lines_html(payer.address)}</p>"
               f"<p style='margin-top:6pt'>Dear {esc(payee.name)} Accounts Receivable,</p>"
               f"<p>{esc(payer.name)} has issued payment by virtual card for the invoices listed below.</p>"
               + (f"<p class='small'>Supplier: {esc(payee.name)}, {esc(', '.join(payee.address))}</p>" if vendor_address else "")
               + pay_meta + card_box)
        closing = f"<p style='margin-top:8pt'>Questions? Reply to this e-mail or call {payer.phone}.</p><p>Regards,<br/>{esc(clerk)}<br/>Accounts Payable</p>"
    elif layout == "letter":
        top = (f"<table style='width:100%'><tr><td style='width:60%'>{logo(payer.name, rng, theme.accent)}</td><td style='width:40%' class='r'>"
               f"<p class='b'>{esc(payer.name)}</p><p class='small'>{lines_html(payer.address)}</p><p class='small'>{payer.phone}</p></td></tr></table>"
               f"<table style='width:100%;margin-top:12pt'><tr><td style='width:55%'>{payee_block}</td><td style='width:45%'>{pay_meta}</td></tr></table>"
               f"<p class='b' style='margin-top:10pt;font-size:11pt'>REMITTANCE ADVICE – PAYMENT BY PURCHASING CARD</p>"
               f"<p>We have authorised a card payment of {m(total)} to your merchant account in settlement of the items below.</p>" + card_box)
        closing = (f"<p style='margin-top:8pt'>The charge will appear on your merchant statement as {esc(payer.name.upper())}.</p>"
                   f"<p class='small muted'>{esc(payer.name)} · Registered in England and Wales No. {payer.extra['company_no']} · VAT Reg. No. {payer.tax_id}</p>")
    else:
        run = f"{charged.strftime('%Y%m%d')}-{rng.randrange(1, 9)}"
        top = (f"<p class='b' style='font-size:11pt'>{esc(payer.name)}</p><p class='small'>{lines_html(payer.address)}</p>"
               f"<p class='b' style='margin-top:6pt'>PAYMENT REGISTER – REMITTANCE DETAIL</p>"
               f"<table class='hdr' style='margin-top:4pt'><tr><td class='b'>Payee</td><td>{esc(payee.name)}</td></tr>"
               + (f"<tr><td class='b'>Address</td><td>{esc(', '.join(payee.address))}</td></tr>" if vendor_address else "")
               + (f"<tr><td class='b'>Vendor No.</td><td>{supplier_id}</td></tr>" if supplier_id else "")
               + f"<tr><td class='b'>Payment No.</td><td>{esc(reference)}</td></tr><tr><td class='b'>Payment Method</td><td>VCARD ({network} {last4})</td></tr>"
               f"<tr><td class='b'>Payment Date</td><td>{fmt.date(charged)}</td></tr><tr><td class='b'>Printed</td><td>{fmt.date(advised)}</td></tr>"
               f"<tr><td class='b'>Payment Run / Batch</td><td>{run} / {rng.randrange(100, 999)}</td></tr>"
               f"<tr><td class='b'>Auth Code</td><td>{auth}</td></tr></table>")
        closing = f"<p class='small' style='margin-top:6pt'>Prepared by {esc(clerk)} · Card exp. {expiry.strftime('%m/%Y')}</p>"

    def body(chunk, index, is_last):
        first = top if index == 0 else f"<p class='b'>{esc(payer.name)} · Payment {esc(reference)} (continued, page {index + 1})</p>"
        table = f"<table class='items'>{head_row}{''.join(chunk)}{total_row if is_last else ''}</table>"
        return first + table + ((legend + closing) if is_last else "<p class='small r muted'>continued</p>")

    rect = (40, 36, width - 40, height - 36)
    pages = paginate(table_rows, body, css, lambda _i: rect)
    sheet = Sheet(width=width, height=height, css=css, pages=[[Box(rect, html)] for html in pages])
    return Built(doc=doc, sheet=sheet, template=f"vcard_{layout}", png_scan_ok=len(pages) == 1,
                 notes={"card_last4": last4, "auth": auth, "expiry": expiry.isoformat(), "pos": [r["po"] for r in rows],
                        "short_paid": [r["number"] for r in rows if r["deduction"]]})
