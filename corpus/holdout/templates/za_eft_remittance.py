"""South African EFT remittance advices: what a buyer's creditors run, its e-mailed proof of payment or its bank's payment
notification tells the supplier it paid, in English, ZAR (R), 2023-2025.

Three prints. `za_erp_remittance` (the payer's accounting package's REMITTANCE ADVICE: the payer's letterhead with its VAT No.
and CIPC Reg. No. (decoys), the supplier with its address and "Your VAT No." (= the vendor's tax id), Supplier / Creditor Code
(= vendor id), Payment No. / EFT Ref (= payment reference), Payment Date; a table Date / Your Ref (the supplier's invoice or
credit note number, = the ids) / Our Ref (the payer's own document number, a decoy) / Amount / Sett. Disc. / Paid, credit notes
negative; the supplier's bank, branch code and masked account; often over two pages), `za_email_pop` (an e-mail "Proof of
Payment - Remittance": Dear Supplier, "we have made an EFT payment of R x into your account", a short list of invoices with
the amounts paid, the Beneficiary Reference the supplier will see on its statement (a decoy: the payer's short name or the
creditor code), no supplier address), `za_bank_notification` (the payer's bank's "Payment Notification": Date, Reference
Number (= reference), From (the payer, no address), Recipient, Account ending, Branch code, Amount, Recipient reference = the one
invoice it settles, "This notification was sent on behalf of ...").

Truth: a `remittance_advice`; vendor = the supplier paid (the address and VAT number where printed), customer = the payer (its
address only on the advice); ids = the supplier's documents in print order; allocations = the amounts paid (after the settlement
discount; credit notes negative); total = payment amount = the amount paid; reference and date as printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company
from corpus.holdout.fakes_twentysecond import ZA_BANKS, digits, za_reg
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import pts, rows_html, single_page
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfirst import build_paged
from corpus.holdout.templates._twentysecond import dater, party_block

FAMILY = "za_eft_remittance"
D = Decimal


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["za_erp_remittance", "za_erp_remittance", "za_email_pop", "za_bank_notification"])
    payer, supplier = make_company(rng, "ZA"), make_company(rng, "ZA")
    while supplier.name == payer.name:
        supplier = make_company(rng, "ZA")
    payer_vat, payer_reg = payer.tax_id, payer.extra.get("reg_no") or za_reg(rng)
    paid_on = random_date(rng, date(2023, 1, 9), 1000)
    issued = paid_on - timedelta(days=pick(rng, [0, 0, 1]))
    bank, branch = pick(rng, ZA_BANKS)
    acct_tail = digits(rng, 4)
    creditor = pick(rng, [f"{supplier.name[:3].upper()}{rng.randrange(1, 999):03d}", f"CR{rng.randrange(1000, 99999)}", f"S{rng.randrange(10000, 99999)}"])
    ref = pick(rng, [f"EFT{rng.randrange(10**6, 10**7)}", f"PAY-{paid_on.year}-{rng.randrange(1000, 9999)}", f"{rng.randrange(10**9, 10**10)}"])
    count = {"za_erp_remittance": rng.randrange(2, 34), "za_email_pop": rng.randrange(1, 6), "za_bank_notification": 1}[layout]
    rows, used = [], set()
    while len(rows) < count:
        inv = pick(rng, [f"INV{rng.randrange(10000, 99999)}", f"IN{rng.randrange(100000, 999999)}", f"{rng.randrange(10000, 99999)}", f"TI-{rng.randrange(1000, 9999)}"])
        if inv in used:
            continue
        used.add(inv)
        credit = layout == "za_erp_remittance" and len(rows) > 0 and chance(rng, 0.1)
        gross = money(rng.uniform(350, 85000)) * (-1 if credit else 1)
        disc = money(gross * D("0.025")) if layout == "za_erp_remittance" and not credit and chance(rng, 0.25) else D("0.00")
        inv = ("CN" + "".join(ch for ch in inv if ch.isdigit())) if credit else inv
        rows.append({"inv": inv, "ours": f"{pick(rng, ['PINV', 'GRN', 'AP'])}{rng.randrange(100000, 999999)}", "gross": gross, "disc": disc,
                     "paid": gross - disc, "date": paid_on - timedelta(days=rng.randrange(20, 75))})
    total = sum((r["paid"] for r in rows), D("0.00"))
    if total <= 0:
        rows[0]["gross"] += money(20000)
        rows[0]["paid"] += money(20000)
        total = sum((r["paid"] for r in rows), D("0.00"))
    erp, bank_note = layout == "za_erp_remittance", layout == "za_bank_notification"
    if bank_note:
        issued = paid_on
    if not erp:
        supplier.tax_id = None
    doc = Doc(document_type="remittance_advice", locale="ZA", currency="ZAR", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=issued, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_id=creditor if erp else None, vendor_address_printed=erp, customer_address_printed=erp)
    sep, mark = pick(rng, [(" ", ","), (",", "."), (" ", ".")])

    def n(v):
        return amount(v, sep, mark)

    d = dater(rng, ["dmy_slash", "iso", "d_month_y", "ymd_slash", "dd_mon_yyyy"])
    theme = Theme.pick(rng, size=(7.5, 9.0))
    css = theme.css(".t{font-size:14pt;font-weight:bold} .tt{font-size:16pt;font-weight:bold} .box{border:0.8pt solid #666;padding:5pt}")
    width, height = A4
    W = width - 72
    masked = f"{'*' * 6}{acct_tail}"
    notes = {"payer_vat": payer_vat, "payer_reg": payer_reg, "ours": [r["ours"] for r in rows], "bank": bank}
    if erp:
        head_left = party_block("", payer, [f"VAT No: {payer_vat}", f"Reg No: {payer_reg}", f"Tel: {payer.phone}"], big=True)
        meta = [("Payment No:", ref), ("Payment Date:", d(paid_on)), ("Supplier Code:", creditor), ("Printed:", d(issued))]
        first = (f"<table><tr><td style='width:{W * 0.56:.0f}pt'>{head_left}</td><td style='width:{W * 0.4:.0f}pt'><p class='tt'>REMITTANCE ADVICE</p>"
                 + "".join(f"<p>{k} <b>{v}</b></p>" for k, v in meta) + "</td></tr></table>"
                 + f"<div class='box' style='margin-top:8pt;width:{W * 0.55:.0f}pt'>{party_block('To:', supplier, [f'Your VAT No: {supplier.tax_id}'])}</div>"
                 + f"<p style='margin-top:6pt'>We have paid the following by EFT into your {esc(bank)} account {masked} (branch code {branch}):</p>")
        head = ["Date", "Your Ref", "Our Ref", "Amount", "Sett. Disc.", "Paid"]
        widths = pts(W, 0.14, 0.18, 0.18, 0.17, 0.14, 0.17)

        def cells(r):
            return [d(r["date"]), esc(r["inv"]), r["ours"], n(r["gross"]), n(r["disc"]) if r["disc"] else "", n(r["paid"])]

        disc_total = sum((r["disc"] for r in rows), D(0))
        closing = (f"<div style='margin-left:{W - 250:.0f}pt;margin-top:6pt'>"
                   + rows_html(([("Settlement discount taken", n(disc_total))] if disc_total else []) + [("TOTAL PAID (ZAR)", f"R {n(total)}")], widths=(160, 90))
                   + "</div><p class='small muted' style='margin-top:8pt'>Funds should reflect within 2 business days. Queries: creditors@"
                   + f"{esc(payer.name.split()[0].lower())}.co.za quoting the payment number.</p>")
        return build_paged(doc, layout, width, height, css, first, head, widths, {3, 4, 5}, rows, cells, closing, cont=f"Remittance {ref} (continued)",
                           footer_text="Page", notes=notes)
    if bank_note:
        r = rows[0]
        sender = pick(rng, ZA_BANKS)[0]
        body = (f"<p class='t accent'>{esc(sender)}</p><p class='tt' style='margin-top:10pt'>Payment Notification</p>"
                + f"<p style='margin-top:8pt'>{esc(sender)} confirms that the following payment has been made:</p>"
                + rows_html([("Date", d(paid_on)), ("Reference Number", ref), ("From", esc(payer.name)), ("Recipient", esc(supplier.name)),
                             ("Bank", esc(bank)), ("Account Number", masked), ("Branch Code", branch),
                             ("Recipient Reference", esc(r["inv"])), ("Amount", f"R{n(total)}")], widths=(150, 260), strong_last=True)
                + f"<p class='small muted' style='margin-top:14pt'>This notification was sent on behalf of {esc(payer.name)}. {esc(sender)} does not guarantee "
                + "the validity of this payment; please verify that the funds have reached your account before releasing goods.</p>"
                + f"<p class='tiny muted' style='margin-top:6pt'>Notification ID {digits(rng, 12)} · Authorised financial services and registered credit provider (NCRCP{rng.randrange(10, 99)})</p>")
        sheet = single_page(layout, width, height, css, [Box((40, 40, width - 40, height - 40), body)])
        return Built(doc=doc, sheet=sheet, template=layout, notes=notes)
    short = pick(rng, [payer.name.split()[0].upper(), creditor])
    lines = "".join(f"<tr><td style='width:150pt'>{esc(r['inv'])}</td><td class='r' style='width:100pt'>R {n(r['paid'])}</td></tr>" for r in rows)
    body = (f"<p class='small muted'>From: Creditors &lt;creditors@{esc(payer.name.split()[0].lower())}.co.za&gt;</p>"
            + f"<p class='small muted'>To: {esc(supplier.email or 'accounts')}</p><p class='small muted'>Sent: {d(issued)}</p>"
            + f"<p class='b' style='margin-top:4pt'>Subject: Proof of Payment - Remittance {ref}</p><hr/>"
            + f"<p>Dear {esc(supplier.name)},</p><p>Please find below our remittance. We have made an EFT payment of <b>R {n(total)}</b> into your "
            + f"{esc(bank)} account on {d(paid_on)}.</p><p>Payment reference: {ref}<br/>Beneficiary reference on your statement: {esc(short)}</p>"
            + f"<table class='items' style='margin-top:6pt'><tr><th style='width:150pt'>Invoice</th><th style='width:100pt;text-align:right'>Amount paid</th></tr>{lines}</table>"
            + f"<p style='margin-top:10pt'>Kind regards,<br/>Accounts Payable<br/>{esc(payer.name)}</p>")
    notes["short"] = short
    sheet = single_page(layout, width, height, css, [Box((40, 40, width - 40, height - 40), body)])
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes)
