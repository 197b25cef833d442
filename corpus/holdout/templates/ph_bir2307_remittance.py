"""Philippine supplier payments with the BIR Form 2307 (Certificate of Creditable Tax Withheld at Source) attached: a payer's
check / disbursement voucher or e-mailed remittance advice listing the invoices paid and the expanded withholding tax, in
English, PHP, 2023-2025.

Two prints. `check_voucher_2307` (CHECK VOUCHER / DISBURSEMENT VOUCHER: the payer's letterhead and TIN, CV No. (decoy), Date,
Payee with its TIN and address, Check No. and bank (= payment reference is the check number), a table Invoice No. / Invoice
Date / Gross Amount / VAT-exclusive Amount / ATC / EWT / Net Amount; then a second page with the 2307 summary: the period
(decoy dates), Payee's TIN and registered address, Payor's TIN, ATC WC158 / WC160 with the income payment per month of the
quarter and the tax withheld, the signature lines), `email_remittance_2307` (an AP e-mail "Payment Advice": Payment Ref, Value
Date, via InstaPay / PESONet, the invoices and EWT, "Please find attached BIR Form 2307").

Truth: a `remittance_advice`; vendor = the payee with its TIN (branch code included) as tax id and its address; customer = the
payer with its address (its TIN a decoy); invoice ids = the payee's invoice numbers; allocations = each invoice's net amount
(gross less EWT), as the TDS and withholding remittances do; total = payment amount = the check / transfer amount; payment
reference = the check number / payment reference (the voucher number and the 2307 are decoys); payment date = the check date
/ value date; document date = the voucher / e-mail date.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentyfirst import ATC, PH_PAYEES, PH_PAYERS, ph_party
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._fifteenth import pts
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfirst import build_paged, party_html

FAMILY = "ph_bir2307_remittance"
D = Decimal


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["check_voucher_2307", "check_voucher_2307", "email_remittance_2307"])
    payer, payee = ph_party(rng, PH_PAYERS), ph_party(rng, PH_PAYEES)
    issued = random_date(rng, date(2023, 1, 9), 1000)
    atc = pick(rng, ["WC158", "WC160"])
    rate = D(ATC[atc][1])
    rows = []
    for _ in range(rng.randrange(1, 7)):
        gross = money(rng.randrange(5000, 480000) + rng.randrange(100) / 100)
        exvat = money(gross / D("1.12"))
        ewt = money(exvat * rate / 100)
        rows.append({"inv": pick(rng, [f"SI-{rng.randrange(1000, 99999)}", f"{rng.randrange(1000, 9999)}", f"INV {rng.randrange(100, 9999):05d}"]),
                     "date": issued - timedelta(days=rng.randrange(10, 70)), "gross": gross, "exvat": exvat, "ewt": ewt, "net": gross - ewt})
    ids = []
    for r in rows:
        while r["inv"] in ids:
            r["inv"] += "A"
        ids.append(r["inv"])
    total = sum((r["net"] for r in rows), D("0.00"))
    email = layout == "email_remittance_2307"
    ref = f"{rng.randrange(10**9, 10**10)}" if not email else f"{pick(rng, ['IP', 'PN'])}{issued.strftime('%Y%m%d')}{rng.randrange(10**5, 10**6)}"
    paid = issued if chance(rng, 0.7) else issued + timedelta(days=1)
    cv = f"CV-{issued.year}-{rng.randrange(100, 9999):05d}"
    doc = Doc(document_type="remittance_advice", locale="PH", currency="PHP", vendor=payee, customer=payer, invoice_ids=ids, document_date=issued,
              total=total, payment_reference=ref, payment_date=paid, allocations=[(r["inv"], r["net"]) for r in rows])

    def n(v):
        return amount(v, ",", ".")

    dfmt = pick(rng, ["%m/%d/%Y", "%B %d, %Y", "%d-%b-%Y"])
    d = lambda x: x.strftime(dfmt).replace(" 0", " ")  # noqa: E731
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times", "Courier"]), size=(7.5, 8.8))
    css = theme.css(".t{font-size:13pt;font-weight:bold} .box{border:0.8pt solid #444;padding:4pt}")
    width, height = pick(rng, [A4, LETTER])
    W = width - 72
    head = ["Invoice No.", "Invoice Date", "Gross Amount", "Net of VAT", "ATC", f"EWT {rate}%", "Net Amount"]
    widths = pts(W, 0.15, 0.14, 0.15, 0.15, 0.09, 0.13, 0.19)

    def cells(r):
        return [esc(r["inv"]), d(r["date"]), n(r["gross"]), n(r["exvat"]), atc, n(r["ewt"]), n(r["net"])]

    ewt_total = sum((r["ewt"] for r in rows), D(0))
    q_end = date(issued.year, ((issued.month - 1) // 3 + 1) * 3, 1)
    summary = ("<div class='box' style='margin-top:10pt'><p class='b c'>BIR Form No. 2307 - Certificate of Creditable Tax Withheld at Source</p>"
               + f"<p>For the period: {date(q_end.year, q_end.month - 2, 1).strftime('%m/%d/%Y')} to quarter ending {q_end.strftime('%m/%Y')}</p>"
               + f"<p>Payee's TIN: {payee.tax_id} &#160; Payor's TIN: {payer.tax_id} ({payer.extra['rdo']})</p>"
               + f"<p>{atc} - {ATC[atc][0]}: income payment {n(sum((r['exvat'] for r in rows), D(0)))}, tax withheld {n(ewt_total)}</p>"
               + "<p class='small' style='margin-top:10pt'>Signature over printed name of payor / payor's authorized representative ______________________</p></div>")
    if not email:
        first = (f"<p class='t accent'>{esc(payer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in payer.address) + f"<p>TIN {payer.tax_id}</p>"
                 + f"<p class='t c' style='margin-top:6pt'>{pick(rng, ['CHECK VOUCHER', 'DISBURSEMENT VOUCHER'])}</p>"
                 + f"<table><tr><td style='width:{W * 0.55:.0f}pt'>{party_html('PAYEE', payee, [f'TIN: {payee.tax_id}'])}</td>"
                 + f"<td style='width:{W * 0.4:.0f}pt'><p>CV No.: {cv}</p><p>Date: {d(issued)}</p><p>Check No.: <b>{ref}</b></p>"
                 + f"<p>Check Date: {d(paid)}</p><p>Bank: {pick(rng, ['BDO Unibank', 'BPI', 'Metrobank', 'Landbank'])}</p></td></tr></table>"
                 + "<p style='margin-top:4pt'>Particulars: payment of the following invoices, net of expanded withholding tax</p>")
        closing = (f"<p class='b' style='margin-top:6pt'>TOTAL AMOUNT OF CHECK: PHP {n(total)}</p><p class='small'>Total EWT withheld: {n(ewt_total)}</p>"
                   + "<p style='margin-top:12pt'>Prepared by: __________ &#160; Checked by: __________ &#160; Approved by: __________ &#160; Received by: __________</p>"
                   + summary)
    else:
        first = (f"<p class='small muted'>From: ap@{payer.name.split()[0].lower()}.com.ph</p><p class='small muted'>Sent: {d(issued)}</p>"
                 + f"<p class='b'>Subject: Payment Advice - {esc(payee.name)}</p><hr/>"
                 + party_html("", payee, [f"TIN {payee.tax_id}"])
                 + f"<p style='margin-top:6pt'>Good day! Please be informed that we have credited your account via {pick(rng, ['InstaPay', 'PESONet'])}.</p>"
                 + f"<p>Payment Ref: <b>{ref}</b> &#160; Value Date: {d(paid)} &#160; Amount: PHP {n(total)}</p>")
        closing = (f"<p class='b' style='margin-top:6pt'>Total: {n(total)}</p><p>Please find attached BIR Form 2307 for the EWT of {n(ewt_total)}.</p>"
                   + f"<p style='margin-top:8pt'>Thank you,<br/>Accounts Payable<br/>{esc(payer.name)}<br/>{esc(', '.join(payer.address))}</p>" + summary)
    return build_paged(doc, layout, width, height, css, first, head, widths, {2, 3, 5, 6}, rows, cells, closing, cont=f"{cv} (continued)",
                       footer_text="Page", notes={"cv": cv, "atc": atc, "payer_tin": payer.tax_id})
