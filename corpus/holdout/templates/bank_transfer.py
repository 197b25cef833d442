"""Bank transfer advice: a SWIFT MT103 printout, a bank's payment confirmation, or the payee bank's credit advice.

The MT103 copy is printed the way bank systems print it: message header with sender / receiver BIC and
the UETR (block 3, field 121), then each field with its tag and expanded name (:20: Sender's Reference,
:32A: value date / currency / interbank settled amount, :33B: instructed amount, :50K: ordering
customer with account, :52A:, :57A:, :59: beneficiary with IBAN, :70: remittance information,
:71A: charges OUR / SHA / BEN, :71F: sender's charges). The confirmation is an online-banking PDF
(ordering party, beneficiary, amount, value and execution dates, transaction reference, UETR, charge
option and the fees debited). The credit advice is the beneficiary's bank writing to the beneficiary
(amount received, charges deducted, amount credited).

Truth: a remittance advice; customer = the ordering customer, vendor = the beneficiary; payment
reference = the sender's / transaction reference (the UETR, bank references, IBANs and BICs are
decoys); payment date = the value date; document date = the message / confirmation / advice date;
payment amount = the instructed amount (with BEN charges the settled or credited amount after fees is
a decoy); invoice ids from the remittance information, which states each invoice's amount whenever it
names several invoices (a single invoice is allocated the whole amount).
"""

from __future__ import annotations

import random
import string
import unicodedata
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import bic, iban, make_company
from corpus.holdout.fakes_fifth import uetr
from corpus.holdout.locales import Fmt
from corpus.holdout.money import fmt_date, fmt_number, money, random_date
from corpus.holdout.render import A4, Box, Sheet

FAMILY = "bank_transfer_advice"
DOCUMENT_TYPE = "remittance_advice"

BANKS = {"DE": ["Hanseatische Handelsbank AG", "Südwest Volksbank eG"], "GB": ["Albion Commercial Bank plc", "Pennine Savings Bank"],
         "NL": ["Lage Landen Bank N.V.", "Amstel Handelsbank"], "FR": ["Banque Ligérienne", "Crédit du Rhône"],
         "ES": ["Banco del Cantábrico", "Caja Levantina"]}
CURRENCY_NAMES = {"EUR": "EURO", "GBP": "POUND STERLING", "USD": "US DOLLAR"}


def _wrap(text: str, width: int = 35) -> list[str]:
    """SWIFT free-text lines: at most `width` characters, broken between words."""
    out, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return out + ([line] if line else [])


def _swift_text(text: str) -> str:
    """Capitals without accents or characters outside the SWIFT X set (& becomes AND)."""
    flat = unicodedata.normalize("NFKD", text.replace("&", "AND")).encode("ascii", "ignore").decode()
    return "".join(ch for ch in flat.upper() if ch.isalnum() or ch in " /-?:().,'+")


def build(rng: random.Random) -> Built:
    c_payer, c_payee = pick(rng, ["DE", "GB", "NL", "FR", "ES"]), pick(rng, ["DE", "GB", "NL", "FR", "ES"])
    payer = make_company(rng, c_payer, with_tax=False)
    payee = make_company(rng, c_payee, with_tax=False)
    currency = "GBP" if c_payer == c_payee == "GB" else pick(rng, ["EUR", "EUR", "USD"]) if "GB" in (c_payer, c_payee) else "EUR"
    layout = pick(rng, ["mt103", "confirmation", "credit_advice"])
    executed = random_date(rng)
    value_date = executed + timedelta(days=pick(rng, [0, 0, 1, 2]))
    count = 1 if chance(rng, 0.6) else rng.randrange(2, 4)
    style = pick(rng, ["num", "year", "prefix"])
    base = rng.randrange(100, 90000)
    numbers = []
    for k in range(count):
        n = base + k * rng.randrange(1, 6)
        numbers.append({"num": str(n), "year": f"{executed.year}-{n % 10000:04d}", "prefix": f"INV{n}"}[style])
    amounts = [money(rng.uniform(180, 48000)) for _ in numbers]
    total = sum(amounts, Decimal("0.00"))
    charges = pick(rng, ["SHA", "SHA", "OUR", "BEN"])
    fee = money(pick(rng, ["7.50", "12.00", "15.00", "20.00", "25.00"]))
    reference = pick(rng, [f"FT{executed.strftime('%y%j')}{''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6))}",
                           f"{rng.randrange(10**9, 10**10)}", f"PAY{executed.strftime('%Y%m%d')}{rng.randrange(1000, 9999)}",
                           f"{''.join(rng.choice(string.ascii_uppercase) for _ in range(3))}{rng.randrange(10**8, 10**9)}"])
    mt = layout == "mt103"
    if mt and chance(rng, 0.5):           # SWIFT name and address lines: capitals, in the SWIFT character set
        for party in (payer, payee):
            party.name = _swift_text(party.name)
            party.address = [_swift_text(line) for line in party.address]
    plain = lambda v: fmt_number(v, "plain").replace(".", ",")  # noqa: E731 - SWIFT amounts: 12345,67
    if count == 1:
        remit = pick(rng, [f"/INV/{numbers[0]}", f"INV {numbers[0]}", f"INVOICE {numbers[0]}", f"RE {numbers[0]}", numbers[0]])
    else:
        remit = pick(rng, ["/INV/", "INV ", ""]) + " ".join(f"{n} {plain(a)}" for n, a in zip(numbers, amounts, strict=True))
        if not mt:
            shown = pick(rng, ["en", "plain"])
            remit = "; ".join(f"Inv {n} {currency} {fmt_number(a, shown)}" for n, a in zip(numbers, amounts, strict=True))
    doc = Doc(document_type=DOCUMENT_TYPE, locale=c_payer if layout != "credit_advice" else c_payee, currency=currency,
              vendor=payee, customer=payer, invoice_ids=numbers, document_date=executed if layout != "credit_advice" else value_date,
              total=total, payment_reference=reference, payment_date=value_date,
              allocations=list(zip(numbers, amounts, strict=True)))

    uid = uetr(rng)
    payer_iban, payee_iban = iban(rng, c_payer), iban(rng, c_payee)
    payer_bic, payee_bic = bic(rng, c_payer), bic(rng, c_payee)
    settled = total - fee if charges == "BEN" else total
    width, height = A4
    if mt:
        date_text = fmt_date(value_date, pick(rng, ["d_month_y", "dd_mon_yyyy", "dmy_slash"]), "en")

        def block(tag: str, name: str, lines: list[str]) -> str:
            return f"<tr><td style='width:60pt'>{tag}</td><td style='width:430pt'>{esc(name)}</td></tr>" + "".join(
                f"<tr><td></td><td>&nbsp;&nbsp;&nbsp;{esc(line)}</td></tr>" for line in lines)

        amount_text = f"#{fmt_number(settled, 'en')}#"
        rows = [block(":20:", "Sender's Reference", [reference]), block(":23B:", "Bank Operation Code", ["CRED"]),
                block(":32A:", "Val Dte/Curr/Interbnk Settld Amt",
                      [f"Date     : {date_text}", f"Currency : {currency} ({CURRENCY_NAMES[currency]})", f"Amount   : {amount_text}"])]
        if charges == "BEN":
            rows.append(block(":33B:", "Currency/Instructed Amount", [f"Currency : {currency}", f"Amount   : #{fmt_number(total, 'en')}#"]))
        rows.append(block(":50K:", "Ordering Customer-Name & Address", [f"/{payer_iban.replace(' ', '')}", payer.name, *payer.address]))
        rows.append(block(":52A:", "Ordering Institution - BIC", [payer_bic]))
        rows.append(block(":57A:", "Account With Institution - BIC", [payee_bic]))
        rows.append(block(":59:", "Beneficiary Customer-Name & Addr", [f"/{payee_iban.replace(' ', '')}", payee.name, *payee.address]))
        rows.append(block(":70:", "Remittance Information", _wrap(remit)))
        rows.append(block(":71A:", "Details of Charges", [charges]))
        if charges == "BEN":
            rows.append(block(":71F:", "Sender's Charges", [f"Currency : {currency}", f"Amount   : #{fmt_number(fee, 'en')}#"]))
        session = f"{rng.randrange(1000, 9999)}{rng.randrange(100000, 999999)}"
        header = (f"<p>------------------------- Instance Type and Transmission -------------------------</p>"
                  f"<p>Copy sent to SWIFT<br/>Priority/Delivery : Normal<br/>Message Input Reference : {rng.randrange(7, 19):02d}{rng.randrange(60):02d} "
                  f"{executed.strftime('%y%m%d')}{payer_bic[:8]}AXXX{session}</p>"
                  f"<p>--------------------------- Message Header ---------------------------</p>"
                  f"<p>Swift Input : FIN 103 Single Customer Credt Transfer<br/>Sender : {payer_bic[:8]}XXX<br/>"
                  f"{esc(_swift_text(BANKS[c_payer][0]))}<br/>Receiver : {payee_bic[:8]}XXX<br/>{esc(_swift_text(BANKS[c_payee][-1]))}<br/>"
                  f"MUR : {reference}<br/>UETR : {uid}<br/>Creation date : {fmt_date(executed, 'dmy_slash', 'en')}</p>"
                  f"<p>--------------------------- Message Text ---------------------------</p>")
        trailer = ("<p>--------------------------- Message Trailer ---------------------------</p>"
                   f"<p>{{CHK:{''.join(rng.choice('0123456789ABCDEF') for _ in range(12))}}}<br/>PKI Signature: MAC-Equivalent</p>")
        css = Theme.pick(rng, font="Courier", size=(7.5, 8.5), table="minimal").css("td{padding:0 2pt} p{margin:0 0 5pt 0}")
        html = header + "<table>" + "".join(rows) + "</table>" + trailer
        sheet = Sheet(width=width, height=height, css=css, pages=[[Box((40, 36, width - 40, height - 36), html)]])
        return Built(doc=doc, sheet=sheet, template="bank_mt103", notes={"charges": charges, "uetr": uid, "settled": float(settled)})

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.5, 9.5), table="rules")
    css = theme.css(f".sect{{color:{theme.accent};font-weight:bold;border-bottom:0.8pt solid {theme.accent};margin-top:8pt}} "
                    "table.f td{padding:2pt 4pt}")
    fmt = Fmt.pick(rng, c_payer if layout == "confirmation" else c_payee, date_pattern=pick(rng, ["dmy_slash", "d_mon_y", "dd_mon_yyyy", "iso"]))
    fmt.lang = "en"
    amt = lambda v: f"{currency} {fmt.num(v)}"  # noqa: E731

    def fields(rows: list[tuple[str, str]]) -> str:
        return "<table class='f'>" + "".join(f"<tr><td style='width:150pt' class='muted'>{k}</td><td style='width:340pt'>{v}</td></tr>"
                                             for k, v in rows) + "</table>"

    if layout == "confirmation":
        bank = pick(rng, BANKS[c_payer])
        fees = [("Transfer fee", fee)] + ([("Correspondent bank fee", money(pick(rng, ["10.00", "18.00"])))] if charges == "OUR" else [])
        body = (f"<table style='width:100%'><tr><td style='width:300pt'><p class='big b accent'>{esc(bank)}</p>"
                f"<p class='small muted'>Corporate Online Banking</p></td><td style='width:160pt' class='r small'>{fmt.date(executed)}</td></tr></table>"
                f"<p class='b' style='font-size:14pt;margin-top:10pt'>{pick(rng, ['Payment confirmation', 'International payment - confirmation', 'SEPA credit transfer - confirmation' if currency == 'EUR' else 'Transfer confirmation'])}</p>"
                f"<p class='sect'>Payment</p>" + fields([("Transaction reference", esc(reference)), ("Status", pick(rng, ["Executed", "Completed", "Sent"])),
                                                          ("Execution date", fmt.date(executed)), ("Value date", fmt.date(value_date)),
                                                          ("Amount", f"<b>{amt(total)}</b>"), ("Charge option", charges), ("UETR", uid)])
                + "<p class='sect'>Ordering party</p>" + fields([("Name", esc(payer.name)), ("Address", lines_html(payer.address)),
                                                                   ("Debit account", payer_iban)])
                + "<p class='sect'>Beneficiary</p>" + fields([("Name", esc(payee.name)), ("Address", lines_html(payee.address)),
                                                                ("IBAN", payee_iban), ("BIC", payee_bic), ("Bank", esc(pick(rng, BANKS[c_payee])))])
                + "<p class='sect'>Remittance information</p>" + f"<p>{esc(remit)}</p>"
                + "<p class='sect'>Fees debited separately</p>" + fields([(k, amt(v)) for k, v in fees]))
        foot = f"<p class='tiny muted'>{esc(bank)} · This confirmation is not proof that the beneficiary has received the funds.</p>"
    else:
        bank = pick(rng, BANKS[c_payee])
        credited = total - fee if charges == "BEN" else total
        rows = [("Transaction reference", esc(reference)), ("Value date", fmt.date(value_date)), ("Amount received", amt(total))]
        if charges == "BEN":
            rows += [("Charges deducted", amt(fee)), ("Amount credited", f"<b>{amt(credited)}</b>")]
        rows += [("Credited account", payee_iban), ("Ordering customer", esc(payer.name)), ("Ordering customer address", lines_html(payer.address)),
                 ("Ordering customer account", payer_iban), ("Ordering bank", payer_bic), ("UETR", uid), ("Charges", charges),
                 ("Remittance information", esc(remit))]
        body = (f"<table style='width:100%'><tr><td style='width:280pt'><p class='big b accent'>{esc(bank)}</p></td>"
                f"<td style='width:200pt' class='r small'>{fmt.date(value_date)}</td></tr></table>"
                f"<p style='margin-top:22pt'><b>{esc(payee.name)}</b><br/>{lines_html(payee.address)}</p>"
                f"<p class='b' style='font-size:14pt;margin-top:18pt'>{pick(rng, ['Credit advice', 'Incoming payment', 'Credit advice - incoming transfer'])}</p>"
                f"<p>We have credited your account with the following incoming payment.</p>" + fields(rows))
        foot = f"<p class='tiny muted'>{esc(bank)} · Computer-generated advice; no signature required.</p>"
    sheet = Sheet(width=width, height=height, css=css, pages=[[Box((48, 40, width - 48, height - 60), body),
                                                              Box((48, height - 52, width - 48, height - 24), foot)]])
    return Built(doc=doc, sheet=sheet, template=f"bank_{layout}", notes={"charges": charges, "uetr": uid})
