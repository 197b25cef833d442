"""Wire-transfer paperwork that a payer sends its supplier as the remittance: the bank's outward-transfer debit advice, a
SWIFT MT103 copy in the message-printout format of bank messaging software, and an online bank's payment confirmation,
from payers in the US, GB, SG and AE, 2023-2025.

Three prints, unlike the fifth set's bank transfers. `bank_debit_advice`: the payer's bank writes to its customer ("DEBIT
ADVICE - OUTWARD TELEGRAPHIC TRANSFER", "OUTWARD REMITTANCE ADVICE", "International Payment Advice"): the bank's
letterhead, the addressee, Date, a boxed grid Our Reference / Your Reference / Value Date / Remittance Amount / Exchange
Rate / Debit Amount / Debit Account / Beneficiary Name / Beneficiary Account / Beneficiary Bank and SWIFT / Details of
Payment / Charges OUR, SHA or BEN / Commission / Cable Charges / UETR, and "This is a computer generated advice".
`mt103_swift_copy`: the Courier printout with its dashed section rules (Instance Type and Transmission with the Message
Output Reference and the sending time, Message Header with Swift Output "FIN 103 Single Customer Credt Transfer", Sender and
Receiver BICs with the banks' names, MUR, UETR; Message Text with the tags and their names — 20 Sender's Reference, 23B,
32A "Val Dte/Curr/Interbnk Settld Amt" with `#12,345.60#`, 33B, 50K, 52A, 57A, 59, 70 Remittance Information in lines of at
most 35 characters, 71A Details of Charges, 71F; Message Trailer). `online_banking_confirmation`: the browser print of an
online bank's "International payment - confirmation" (status, Reference number, Submitted on, Payment date, From account
with the account name, To with the beneficiary's details, Amount, Exchange rate, Amount debited, Fee, Charges, "Reference
for beneficiary", UETR, estimated arrival), sometimes with the e-mail advice sent to the beneficiary listing each invoice
and its amount.

Remittance information: a single invoice (`INV-2024-118`), several with their amounts (`/INV/20240118 4500,00 20240119
2300,50`, `INV 20240118 USD 4,500.00; INV 20240119 USD 2,300.50`), or, where the beneficiary advice lists the amounts, the
numbers compressed after one prefix (`INV 20240118, 20240119`).

Truth: a `remittance_advice`; customer = the ordering customer (its address where printed: the debit advice's addressee,
the 50K field), vendor = the beneficiary (name and address as printed; SWIFT prints capitals and the truth keeps them);
payment reference = Our Reference / the 20 Sender's Reference / the confirmation's Reference number (Your Reference, the
MUR where it differs, the Message Output Reference, the UETR, IBANs and BICs are decoys); payment date = the value date /
32A date / Payment date; document date = the advice date / the time the message was sent / Submitted on; payment amount =
total = the remittance (instructed) amount in its currency (the debit amount in the payer's currency, the exchange rate,
commission and fees are decoys); ids = the invoice numbers from the remittance information (without the `INV` / `/INV/`
prefix where it precedes numbers only), each allocated its stated amount, a single invoice the whole amount.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company
from corpus.holdout.fakes_eighth import sg_party
from corpus.holdout.fakes_fifteenth import WIRE_BANKS, wire_account
from corpus.holdout.fakes_fifth import uetr
from corpus.holdout.fakes_sixth import ae_company
from corpus.holdout.money import fmt_date, fmt_number, money, random_date, split_amount
from corpus.holdout.render import A4, LETTER, Box
from corpus.holdout.templates._fifteenth import single_page

FAMILY = "wire_transfer_advice"
DOCUMENT_TYPE = "remittance_advice"
D = Decimal
LOCAL = {"US": "USD", "GB": "GBP", "SG": "SGD", "AE": "AED"}
# units of the payer's currency for one unit of the transfer currency
RATES = {("SGD", "USD"): (1.32, 1.37), ("AED", "USD"): (3.6725, 3.6725), ("GBP", "USD"): (0.77, 0.82), ("SGD", "EUR"): (1.43, 1.49),
         ("AED", "EUR"): (3.9, 4.1), ("GBP", "EUR"): (0.84, 0.88), ("USD", "EUR"): (1.05, 1.11), ("SGD", "GBP"): (1.66, 1.73),
         ("AED", "GBP"): (4.55, 4.8), ("USD", "GBP"): (1.22, 1.30)}
CURRENCY_NAMES = {"USD": "US DOLLAR", "EUR": "EURO", "GBP": "POUND STERLING", "SGD": "SINGAPORE DOLLAR", "AED": "UAE DIRHAM"}


def _party(rng: random.Random, country: str):
    if country == "SG":
        return sg_party(rng)
    if country == "AE":
        return ae_company(rng)
    return make_company(rng, country)


def _wrap35(text: str) -> list[str]:
    out, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > 35:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return out + ([line] if line else [])


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["advice", "swift", "online"])
    payer_country = pick(rng, ["US", "GB", "SG", "AE"])
    bene_country = pick(rng, [c for c in ("US", "GB", "DE", "NL", "IN", "AU", "SG", "AE") if c != payer_country] + ([payer_country] if payer_country == "US" else []))
    payer, payee = _party(rng, payer_country), _party(rng, bene_country)
    payer.tax_id = payee.tax_id = None
    currency = {"DE": "EUR", "NL": "EUR", "GB": "GBP"}.get(bene_country, "USD")
    if bene_country == payer_country == "US" or chance(rng, 0.15):
        currency = "USD"
    local = LOCAL[payer_country]
    total = money(round(rng.uniform(900, 95000), pick(rng, [0, 2, 2])))
    count = pick(rng, [1, 1, 1, 2, 2, 3])
    # invoice numbers: the beneficiary's own series
    numeric = chance(rng, 0.5)
    base = rng.randrange(10000, 20249999) if numeric else rng.randrange(100, 9999)
    prefix = "" if numeric else pick(rng, ["INV-", "INV-2024-", "SI-", "A", "IN"])
    ids = [f"{prefix}{base + i * rng.randrange(1, 4)}" for i in range(count)]
    amounts = split_amount(rng, total, count)
    issued = random_date(rng, date(2023, 1, 3), 880)
    value_day = issued + timedelta(days=pick(rng, [0, 0, 1, 2]))
    at = datetime(issued.year, issued.month, issued.day, rng.randrange(8, 18), rng.randrange(60), rng.randrange(60))
    charges = pick(rng, ["OUR", "SHA", "SHA", "BEN"])
    bank_name, bic = pick(rng, WIRE_BANKS[payer_country])
    bene_bank, bene_bic = pick(rng, WIRE_BANKS.get(bene_country, WIRE_BANKS["US"]))
    bene_bic = bene_bic + pick(rng, ["", "XXX"])
    bene_account = wire_account(rng, bene_country)
    payer_account = wire_account(rng, payer_country)
    u = uetr(rng)
    fx = None
    if currency != local:
        low, high = RATES.get((local, currency), (1.0, 1.0))
        fx = D(str(round(rng.uniform(low, high), 4)))
    debit = money(total * fx) if fx else total
    upper = layout == "swift"
    if upper:
        payee.name, payee.address = payee.name.upper(), [x.upper() for x in payee.address]
        payer.name, payer.address = payer.name.upper(), [x.upper() for x in payer.address]

    def amt(value: D, style: str = "en") -> str:
        return fmt_number(value, style)

    # the remittance information as the payer keyed it
    compressed = count > 1 and numeric and layout == "online" and chance(rng, 0.8)
    tag = "INV " if numeric else ""
    if count == 1:
        info = pick(rng, [f"INV {ids[0]}", f"INVOICE {ids[0]}", f"/INV/{ids[0]}", f"PAYMENT INV {ids[0]}"] if numeric
                    else [ids[0], f"INVOICE {ids[0]}", f"PAYMENT {ids[0]}", f"/INV/{ids[0]}"])
    elif compressed:
        info = f"INV {', '.join(ids)}" if chance(rng, 0.6) else f"INV {ids[0]}" + "".join(f", {x}" for x in ids[1:])
    elif layout == "swift":
        info = "/INV/" + " ".join(f"{i} {amt(a, 'plain').replace('.', ',')}" for i, a in zip(ids, amounts, strict=True))
    else:
        info = "; ".join(f"{tag}{i} {currency} {amt(a)}" for i, a in zip(ids, amounts, strict=True))
    reference = {"advice": f"{pick(rng, ['TT', 'OTT', 'FT'])}{issued.strftime('%y%m%d')}{rng.randrange(10**5, 10**6)}",
                 "swift": f"{pick(rng, ['FT', 'TRF', 'PAY'])}{issued.strftime('%y')}{issued.timetuple().tm_yday:03d}{rng.randrange(10**4, 10**5)}",
                 "online": f"{rng.randrange(10**11, 10**12)}"}[layout]
    your_ref = f"{pick(rng, ['PAY-', 'AP', 'PR'])}{rng.randrange(1000, 99999)}"
    doc = Doc(document_type=DOCUMENT_TYPE, locale=payer_country, currency=currency, vendor=payee, customer=payer, invoice_ids=list(ids),
              document_date=issued, total=total, payment_reference=reference, payment_date=value_day, allocations=list(zip(ids, amounts, strict=True)),
              customer_address_printed=layout != "online")
    width, height = LETTER if payer_country == "US" else A4
    commission = money(pick(rng, ["20.00", "25.00", "30.00", "35.00", "15.00"]))
    cable = money(pick(rng, ["10.00", "20.00", "25.00"]))
    if layout == "advice":
        dpat = {"US": "mdy_slash", "GB": "d_mon_y", "SG": "dd_mon_yyyy", "AE": "dmy_slash"}[payer_country]

        def d(x) -> str:
            return fmt_date(x, dpat)

        title = pick(rng, ["DEBIT ADVICE - OUTWARD TELEGRAPHIC TRANSFER", "OUTWARD REMITTANCE ADVICE", "International Payment Advice"])
        rows = [("Our Reference", reference), ("Your Reference", your_ref), ("Transaction Date", d(issued)), ("Value Date", d(value_day)),
                ("Remittance Amount", f"{currency} {amt(total)}")]
        if fx:
            rows += [("Exchange Rate", f"{fx}"), ("Debit Amount", f"{local} {amt(debit)}")]
        rows += [("Debit Account", payer_account), ("Beneficiary Name", esc(payee.name)), ("Beneficiary Address", esc(", ".join(payee.address))),
                 ("Beneficiary Account / IBAN", bene_account), ("Beneficiary Bank", f"{esc(bene_bank)}<br/>SWIFT: {bene_bic}"),
                 ("Details of Payment", esc(info)), ("Charges", {"OUR": "OUR - all charges for remitter", "SHA": "SHA - shared", "BEN": "BEN - beneficiary"}[charges])]
        if charges != "BEN":
            rows += [("Commission", f"{local} {amt(commission)}"), ("Cable Charges", f"{local} {amt(cable)}")]
        rows.append(("UETR", u))
        W = width - 120
        css = ("body{font-family:Helvetica;font-size:8.5pt;margin:0} p{margin:0 0 2pt 0} td{padding:3pt 5pt;vertical-align:top} table{border-collapse:collapse}"
               " .g td{border:0.5pt solid #888} .k{background:#eef0f3;font-weight:bold} .t{font-size:12pt;font-weight:bold} .s{font-size:7pt;color:#555}")
        html = (f"<p class='t' style='color:#0b3d91'>{esc(bank_name)}</p><p class='s'>Global Transaction Services</p>"
                f"<p style='margin-top:14pt'>Date: {d(issued)}</p>"
                f"<p style='margin-top:8pt'>To:</p><p class='b'><b>{esc(payer.name)}</b></p>" + "".join(f"<p>{esc(x)}</p>" for x in payer.address)
                + f"<p class='t' style='margin-top:14pt'>{title}</p>"
                "<p>Dear Customer, we have debited your account as follows in accordance with your instructions:</p>"
                + "<table class='g' style='margin-top:6pt'>" + "".join(f"<tr><td class='k' style='width:{W * 0.32 - 10:.1f}pt'>{k}</td><td style='width:{W * 0.68 - 10:.1f}pt'>{v}</td></tr>"
                                                                      for k, v in rows) + "</table>"
                + "<p class='s' style='margin-top:12pt'>This is a computer generated advice and requires no signature. Please check the details and "
                "inform us of any discrepancy within 14 days.</p>")
        sheet = single_page("bank_debit_advice", width, height, css, [Box((60.0, 50.0, width - 60.0, height - 40.0), html)])
        template = "bank_debit_advice"
    elif layout == "swift":
        css = "body{font-family:Courier;font-size:8.2pt;margin:0} p{margin:0;white-space:pre}"

        def sect(name: str) -> str:
            return f"{('-' * 24)} {name} {('-' * max(3, 46 - len(name)))}"

        raw_amount = f"#{amt(total)}#" if chance(rng, 0.6) else f"#{amt(total, 'plain').replace('.', ',')}#"
        mor = f"{rng.randrange(1000, 9999)} {value_day.strftime('%y%m%d')}{bene_bic[:8]}AXXX{rng.randrange(10**9, 10**10)}"
        mur = reference if chance(rng, 0.5) else f"{rng.randrange(10**7, 10**8)}"
        out = [sect("Instance Type and Transmission"), "  Copy sent to SWIFT", "  Priority/Delivery       : Normal",
               f"  Message Output Reference : {mor}", f"  Sent                     : {issued.strftime('%d/%m/%Y')} {at.strftime('%H:%M:%S')}",
               sect("Message Header"), "  Swift Output  : FIN 103 Single Customer Credt Transfer",
               f"  Sender        : {bic}{'XXX' if len(bic) == 8 else ''}", f"                  {bank_name.upper()}",
               f"  Receiver      : {bene_bic if len(bene_bic) == 11 else bene_bic + 'XXX'}", f"                  {bene_bank.upper()}",
               f"  MUR           : {mur}", f"  UETR          : {u}", sect("Message Text"),
               "  20: Sender's Reference", f"      {reference}", "  23B: Bank Operation Code", "      CRED",
               "  32A: Val Dte/Curr/Interbnk Settld Amt", f"      Date     : {fmt_date(value_day, 'd_month_y')}",
               f"      Currency : {currency} ({CURRENCY_NAMES[currency]})", f"      Amount   : {raw_amount}",
               "  33B: Currency/Instructed Amount", f"      Currency : {currency} ({CURRENCY_NAMES[currency]})", f"      Amount   : {raw_amount}",
               "  50K: Ordering Customer-Name & Address", f"      /{payer_account.replace(' ', '')}"]
        out += [f"      {x}" for x in _wrap35(payer.name)] + [f"      {y}" for x in payer.address for y in _wrap35(x)]
        out += ["  52A: Ordering Institution - FI BIC", f"      {bic}", "  57A: Account With Institution - FI BIC", f"      {bene_bic}",
                "  59: Beneficiary Customer-Name & Addr", f"      /{bene_account.replace(' ', '')}"]
        out += [f"      {x}" for x in _wrap35(payee.name)] + [f"      {y}" for x in payee.address for y in _wrap35(x)]
        out += ["  70: Remittance Information"] + [f"      {x}" for x in _wrap35(info)[:4]]
        out += ["  71A: Details of Charges", f"      {charges}"]
        if charges == "BEN":
            out += ["  71F: Sender's Charges", f"      {currency}{amt(cable, 'plain').replace('.', ',')}"]
        out += [sect("Message Trailer"), f"  {{CHK:{''.join(pick(rng, list('0123456789ABCDEF')) for _ in range(12))}}}", "  PKI Signature: MAC-Equivalent"]
        html = "".join(f"<p>{esc(line)}</p>" for line in out)
        sheet = single_page("mt103_swift_copy", width, height, css, [Box((54.0, 48.0, width - 48.0, height - 40.0), html)])
        template = "mt103_swift_copy"
        if len(_wrap35(info)) > 4:
            raise AssertionError("remittance information longer than four lines")
    else:
        dpat = {"US": "month_d_y", "GB": "d_month_y", "SG": "d_mon_y", "AE": "d_mon_y"}[payer_country]

        def d(x) -> str:
            return fmt_date(x, dpat)

        masked = f"****{payer_account.replace(' ', '')[-4:]}"
        est = value_day + timedelta(days=pick(rng, [1, 2]))
        sections = [("Payment details", [("Status", pick(rng, ["Completed", "Sent", "Processed"])), ("Reference number", reference),
                                         ("Submitted on", f"{d(issued)} {at.strftime('%H:%M')}"), ("Payment date", d(value_day)),
                                         ("Estimated arrival", d(est))]),
                    ("From", [("Account name", esc(payer.name)), ("Account", f"Business Current Account {masked}")]),
                    ("To", [("Beneficiary name", esc(payee.name)), ("Address", esc(", ".join(payee.address))), ("Account / IBAN", bene_account),
                            ("Bank", esc(bene_bank)), ("SWIFT / BIC", bene_bic)]),
                    ("Amount", [("Amount", f"{amt(total)} {currency}")] + ([("Exchange rate", f"1 {currency} = {fx} {local}"),
                                                                             ("Amount debited", f"{amt(debit)} {local}")] if fx else [])
                     + [("Fee", f"{amt(commission)} {local}"), ("Charges", {"OUR": "Paid by me (OUR)", "SHA": "Shared (SHA)", "BEN": "Paid by beneficiary (BEN)"}[charges])]),
                    ("Reference for beneficiary", [("Message", esc(info)), ("UETR", u)])]
        W = width - 120
        bank_short = bank_name.split(",")[0].replace(" Bank", "").replace(" PJSC", "").replace(" Ltd", "")
        body = (f"<p class='h' style='color:#0b3d91'>{esc(bank_short)} Business Online</p>"
                f"<p class='t' style='margin-top:10pt'>International payment - confirmation</p>"
                "<p>Your payment has been submitted. Keep this confirmation for your records.</p>")
        for title, pairs in sections:
            body += (f"<p class='sh'>{title}</p><table>" + "".join(f"<tr><td class='g' style='width:{W * 0.32 - 8:.1f}pt'>{k}</td><td style='width:{W * 0.68 - 8:.1f}pt'>{v}</td></tr>"
                                                               for k, v in pairs) + "</table>")
        if compressed or (count > 1 and chance(rng, 0.5)):
            body += (f"<p class='sh'>E-mail advice sent to {payee.email}</p><table>"
                     + f"<tr><td class='g' style='width:{W * 0.4 - 8:.1f}pt'>Invoice number</td><td class='g r' style='width:{W * 0.3 - 8:.1f}pt'>Amount ({currency})</td></tr>"
                     + "".join(f"<tr><td>{i}</td><td class='r'>{amt(a)}</td></tr>" for i, a in zip(ids, amounts, strict=True))
                     + f"<tr><td class='b'>Total</td><td class='r b'>{amt(total)}</td></tr></table>")
        css = ("body{font-family:Helvetica;font-size:8.5pt;margin:0;color:#222} p{margin:0 0 2pt 0} td{padding:2pt 4pt;vertical-align:top} table{border-collapse:collapse}"
               " .g{color:#666} .h{font-size:13pt;font-weight:bold} .t{font-size:14pt} .sh{margin-top:10pt;font-weight:bold;border-bottom:0.6pt solid #999}"
               " .r{text-align:right} .b{font-weight:bold} .tiny{font-size:6.5pt;color:#666}")
        url = f"https://business.{bank_short.lower().replace(' ', '')}.example/payments/international/confirmation?id={rng.randrange(10**8, 10**9)}"
        boxes = [Box((30.0, 14.0, width - 30.0, 30.0), f"<table><tr><td class='tiny' style='width:{(width - 60) / 2 - 8:.1f}pt'>{d(issued)}, {at.strftime('%H:%M')}</td>"
                                                      f"<td class='tiny r' style='width:{(width - 60) / 2 - 8:.1f}pt'>International payment - confirmation</td></tr></table>"),
                 Box((60.0, 44.0, width - 60.0, height - 40.0), body),
                 Box((30.0, height - 28.0, width - 30.0, height - 12.0), f"<p class='tiny'>{esc(url)}</p>")]
        sheet = single_page("online_banking_confirmation", width, height, css, boxes)
        template = "online_banking_confirmation"
    return Built(doc=doc, sheet=sheet, template=template, scan_weight=1.0 if layout == "online" else 1.5,
                 notes={"uetr": u, "your_ref": your_ref, "debit": float(debit), "local": local, "charges": charges, "info": info, "compressed": compressed})
