"""Insurers' claim payments to the repairers, builders and clinics that invoiced them: the US claim payment advice, the British
settlement letter to a garage and the Australian bulk claims remittance, in English, USD, GBP and AUD, 2023-2025 (invented
insurers).

Three prints. `us_claim_payment_advice` (CLAIM PAYMENT ADVICE / Explanation of Payment: the insurer's letterhead, Payee (the
repair shop / contractor, with its address) and Payee ID (= vendor id), Check No. or EFT Trace No. (= reference), Payment Date;
per claim a block Claim No. / Policy No. / Insured / Date of Loss (decoys) and a row Invoice No. / Invoice Date / Invoice Amount /
Deductible / Adjustment / Amount Paid), `gb_settlement_letter` (a letter to the garage: "Our ref" claim number, the policyholder,
vehicle registration (decoys), "we have settled your invoice … for £x less the policy excess of £250.00, which you should collect
from the policyholder", BACS reference (= reference), sort code (decoy); one or two invoices in a small table), `au_bulk_claims_remittance`
(REMITTANCE ADVICE - CLAIMS PAYMENTS: Payee ABN (= the vendor's tax id), Remittance No. (= reference), BSB and masked account
(decoys), a long table Claim No. / Insured / Your Invoice / Invoice (incl. GST) / Excess / Paid, excesses collected by the repairer
deducted; often two pages).

Truth: a `remittance_advice`; vendor = the payee with its address (the letter's and the advices' window address), customer = the
insurer with its address; ids = the payee's invoice numbers in print order (claim, policy and vehicle numbers are decoys);
allocations = the amounts paid (after the deductible / excess and any adjustment: the amounts actually paid, as on short-paid
remittances); total = payment amount = the amount paid; reference and date as printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company
from corpus.holdout.fakes_twentysecond import claim_number, digits, insurer, person, policy_number
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._fifteenth import pts, rows_html
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfirst import build_paged
from corpus.holdout.templates._twentysecond import dater, party_block

FAMILY = "insurance_claim_settlement"
D = Decimal
EXCESS = {"US": [250, 500, 500, 1000], "GB": [100, 150, 250, 250, 350], "AU": [500, 650, 800, 1000]}


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["us_claim_payment_advice", "gb_settlement_letter", "au_bulk_claims_remittance"])
    country = {"us_claim_payment_advice": "US", "gb_settlement_letter": "GB", "au_bulk_claims_remittance": "AU"}[layout]
    payer = insurer(rng, country)
    payee = make_company(rng, country)
    abn_ = payee.tax_id
    if country != "AU":
        payee.tax_id = None
    paid_on = random_date(rng, date(2023, 1, 9), 1000)
    issued = paid_on - timedelta(days=pick(rng, [0, 0, 1, 2]))
    count = {"US": rng.randrange(1, 5), "GB": pick(rng, [1, 1, 2]), "AU": rng.randrange(3, 45)}[country]
    claims, used = [], set()
    while len(claims) < count:
        inv = pick(rng, [f"INV-{rng.randrange(1000, 99999)}", f"{rng.randrange(10000, 999999)}", f"RO{rng.randrange(10000, 99999)}", f"T{rng.randrange(1000, 9999)}"])
        if inv in used:
            continue
        used.add(inv)
        gross = money(rng.uniform(400, 18000))
        excess = money(pick(rng, EXCESS[country])) if chance(rng, 0.8) else D("0.00")
        adj = money(gross * D(pick(rng, ["0.03", "0.05", "0.08"]))) if country == "US" and chance(rng, 0.25) else D("0.00")
        claims.append({"inv": inv, "claim": claim_number(rng, country), "policy": policy_number(rng, country), "insured": person(rng), "gross": gross,
                       "excess": excess, "adj": adj, "paid": gross - excess - adj, "date": paid_on - timedelta(days=rng.randrange(10, 60)),
                       "loss": paid_on - timedelta(days=rng.randrange(40, 200))})
    if country == "GB":  # the letter settles one claim: a second invoice is a supplementary one on the same claim
        for c in claims[1:]:
            c.update(claim=claims[0]["claim"], policy=claims[0]["policy"], insured=claims[0]["insured"])
    total = sum((c["paid"] for c in claims), D("0.00"))
    ref = {"US": pick(rng, [f"{rng.randrange(100000, 9999999)}", f"EFT{digits(rng, 9)}"]), "GB": f"BACS{digits(rng, 8)}",
           "AU": f"REM{digits(rng, 7)}"}[country]
    payee_id = f"{pick(rng, ['V', 'P', 'VEN'])}{digits(rng, 6)}" if country == "US" else None
    doc = Doc(document_type="remittance_advice", locale=country, currency={"US": "USD", "GB": "GBP", "AU": "AUD"}[country], vendor=payee, customer=payer,
              invoice_ids=[c["inv"] for c in claims], document_date=issued, total=total, payment_reference=ref, payment_date=paid_on,
              allocations=[(c["inv"], c["paid"]) for c in claims], vendor_id=payee_id)

    def n(v):
        return amount(v, ",", ".")

    d = dater(rng, {"US": ["mdy_slash", "month_d_y", "mon_d_y"], "GB": ["d_month_y", "dmy_slash", "d_mon_y"], "AU": ["dmy_slash", "d_mon_y"]}[country])
    theme = Theme.pick(rng, size=(7.5, 9.0))
    css = theme.css(".t{font-size:14pt;font-weight:bold} .tt{font-size:15pt;font-weight:bold} .box{border:0.8pt solid #666;padding:5pt}")
    width, height = LETTER if country == "US" else A4
    W = width - 72
    sym = {"US": "$", "GB": "£", "AU": "$"}[country]
    notes = {"claims": [c["claim"] for c in claims], "policies": [c["policy"] for c in claims]}
    letterhead = party_block("", payer, [f"Claims enquiries {payer.phone}"], big=True)
    if country == "US":
        method = "Check No." if ref.isdigit() else "EFT Trace No."
        first = (f"<table><tr><td style='width:{W * 0.55:.0f}pt'>{letterhead}</td><td style='width:{W * 0.42:.0f}pt'>"
                 + f"<p class='tt'>{pick(rng, ['CLAIM PAYMENT ADVICE', 'EXPLANATION OF PAYMENT'])}</p><p>{method} <b>{ref}</b></p><p>Payment Date: {d(paid_on)}</p>"
                 + f"<p>Payee ID: {payee_id}</p><p>Statement Date: {d(issued)}</p></td></tr></table>"
                 + f"<div class='box' style='margin-top:8pt;width:{W * 0.5:.0f}pt'>{party_block('Payee', payee)}</div>"
                 + "<p style='margin-top:6pt'>The following claim payments have been issued to you. Deductibles are the responsibility of the insured.</p>")
        head = ["Claim / Insured", "Invoice No.", "Invoice Date", "Invoice Amount", "Deductible", "Adjustment", "Amount Paid"]
        widths = pts(W, 0.24, 0.13, 0.12, 0.13, 0.12, 0.12, 0.14)

        def cells(c):
            return [f"{c['claim']}<br/><span class='small'>{esc(c['insured'])} · Policy {c['policy']} · DOL {d(c['loss'])}</span>", esc(c["inv"]), d(c["date"]),
                    n(c["gross"]), n(c["excess"]), n(c["adj"]) if c["adj"] else "", n(c["paid"])]

        closing = (f"<div style='margin-left:{W - 250:.0f}pt;margin-top:6pt'>{rows_html([('Total Amount Paid', f'{sym}{n(total)}')], widths=(150, 100))}</div>"
                   + "<p class='small muted' style='margin-top:8pt'>Adjustment: labor rate or parts price in excess of the prevailing competitive price. "
                   + "Questions about this payment should reference the claim number.</p>")
        return build_paged(doc, layout, width, height, css, first, head, widths, {3, 4, 5, 6}, claims, cells, closing, cont=f"{method} {ref} (continued)",
                           footer_text="Page", notes=notes)
    if country == "GB":
        c0 = claims[0]
        reg = f"{pick(rng, ['AB', 'LK', 'YR', 'WF', 'SN'])}{rng.randrange(10, 74)} {''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"
        notes["reg"] = reg
        sort = f"{rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}"
        first = (f"<table><tr><td style='width:{W * 0.55:.0f}pt'>{party_block('', payee)}</td><td style='width:{W * 0.42:.0f}pt'>{letterhead}"
                 + f"<p style='margin-top:6pt'>Our ref: {c0['claim']}</p><p>Date: {d(issued)}</p></td></tr></table>"
                 + "<p style='margin-top:14pt'>Dear Sir or Madam,</p>"
                 + f"<p class='b'>Policyholder: {esc(c0['insured'])} · Vehicle: {reg} · Policy: {c0['policy']}</p>"
                 + "<p>We write to confirm settlement of the repair costs below. The policy excess shown has been deducted and should be collected "
                 + "from the policyholder on release of the vehicle.</p>")
        head = ["Your invoice", "Invoice date", "Invoice total", "Less excess", "Paid"]
        widths = pts(W, 0.22, 0.18, 0.2, 0.2, 0.2)

        def cells(c):
            return [esc(c["inv"]), d(c["date"]), f"£{n(c['gross'])}", f"£{n(c['excess'])}", f"£{n(c['paid'])}"]

        closing = (f"<p style='margin-top:8pt'>Payment of <b>£{n(total)}</b> was made by BACS on {d(paid_on)} to sort code {sort}, reference {ref}.</p>"
                   + "<p>If you have any queries, please contact the claims team quoting our reference.</p>"
                   + f"<p style='margin-top:10pt'>Yours faithfully,</p><p>{esc(person(rng))}<br/>Motor Claims Handler<br/>{esc(payer.name)}</p>"
                   + "<p class='tiny muted' style='margin-top:10pt'>Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority.</p>")
        return build_paged(doc, layout, width, height, css, first, head, widths, {2, 3, 4}, claims, cells, closing, cont=f"Our ref {c0['claim']} (continued)",
                           footer_text="", notes=notes)
    bsb = f"{rng.randrange(10, 99)}{rng.randrange(0, 9)}-{rng.randrange(100, 999)}"
    first = (f"<table><tr><td style='width:{W * 0.55:.0f}pt'>{letterhead}</td><td style='width:{W * 0.42:.0f}pt'>"
             + f"<p class='tt'>REMITTANCE ADVICE</p><p class='b'>CLAIMS PAYMENTS</p><p>Remittance No: <b>{ref}</b></p><p>Remittance Date: {d(issued)}</p><p>Date Paid: {d(paid_on)}</p>"
             + f"<p>BSB {bsb} Account ****{digits(rng, 4)}</p></td></tr></table>"
             + f"<div class='box' style='margin-top:8pt;width:{W * 0.5:.0f}pt'>{party_block('Payee', payee, [f'Payee ABN: {abn_}'])}</div>")
    head = ["Claim No.", "Insured", "Your Invoice", "Invoice (incl. GST)", "Excess", "Paid"]
    widths = pts(W, 0.18, 0.2, 0.15, 0.17, 0.13, 0.17)

    def cells(c):
        return [c["claim"], esc(c["insured"]), esc(c["inv"]), n(c["gross"]), n(c["excess"]) if c["excess"] else "-", n(c["paid"])]

    closing = (f"<div style='margin-left:{W - 250:.0f}pt;margin-top:6pt'>{rows_html([('Total paid (AUD)', f'${n(total)}')], widths=(150, 100))}</div>"
               + "<p class='small muted' style='margin-top:8pt'>Excess amounts are payable by the insured directly to the repairer. GST has been paid where the insured "
               + "is not entitled to an input tax credit.</p>")
    notes["abn"] = abn_
    return build_paged(doc, layout, width, height, css, first, head, widths, {3, 4, 5}, claims, cells, closing, cont=f"Remittance {ref} (continued)",
                       footer_text="Page", notes=notes)
