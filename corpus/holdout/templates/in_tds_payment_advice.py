"""Indian customers' payment advices to suppliers: several invoices paid by NEFT / RTGS with TDS deducted per invoice under
section 194C or 194J, in English, INR, 2023-2025.

Three prints. `in_tds_erp_advice` (the payer's ERP "PAYMENT ADVICE": the payer's letterhead with its GSTIN and PAN, To:
the supplier with its GSTIN, Vendor Code, Payment Voucher No. / Date, Mode NEFT / RTGS, UTR No., Value Date, "Paid from:
HDFC Bank A/c XXXXXX1234"; a table Sr. / Invoice No. / Invoice Date / Invoice Amount / Taxable Value / TDS u/s 194C @ 2% /
Net Paid, totals, "Amount in words: Rupees … Only", "This is a system generated advice"), `in_tds_mail_advice` (a
letter-like advice: "Dear Sir / Madam, We have remitted Rs. 1,23,456.00 to your account … vide UTR … on …, towards the
following bills after deduction of TDS under section 194J @ 10%", a small table Bill No / Bill Date / Gross Amount / TDS /
Net Amount, "TDS certificate in Form 16A will be issued quarterly", "For <payer>, Authorised Signatory"), `in_tds_bank_advice`
(a bank's corporate net-banking "Beneficiary Payment Advice": Debit Account masked, Beneficiary Name / Account / IFSC,
Transaction Reference (the UTR), Customer Reference (the payer's voucher), Amount, Transaction Date, Status "Processed",
and "Payment Details" with the invoice rows in the payer's words).

Truth: a `remittance_advice`; vendor = the supplier paid (with its GSTIN as tax id where printed; the vendor code as
vendor_id where printed), customer = the payer (its address where the letterhead prints it); payment reference = the UTR
(the voucher number, the bank's transaction id and the PAN are decoys); payment date = the value date / transaction date;
document date = the voucher / advice date; payment amount = total = the net amount actually paid; allocations = the
invoices in table order, each with its Net Paid (invoice amount less that invoice's TDS), as the deduction remittances do.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company
from corpus.holdout.fakes_sixteenth import IN_BANKS, in_ifsc, in_utr
from corpus.holdout.money import fmt_number, money, random_date, words_indian
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import pts, single_page
from corpus.holdout.templates._sixteenth import kv_rows, whole_units

FAMILY = "in_tds_payment_advice"
DOCUMENT_TYPE = "remittance_advice"
D = Decimal
SECTIONS = [("194C", D("2"), "contract work"), ("194C", D("1"), "contract work (individual / HUF)"), ("194J", D("10"), "professional fees"),
            ("194J", D("2"), "fees for technical services")]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["in_tds_erp_advice", "in_tds_mail_advice", "in_tds_bank_advice"])
    payer, payee = make_company(rng, "IN"), make_company(rng, "IN")
    payer_gstin = payer.tax_id
    payer.tax_id = None
    section, rate, nature = pick(rng, SECTIONS)
    count = pick(rng, [1, 2, 2, 3, 3, 4, 5, 6])
    paid_on = random_date(rng, date(2023, 2, 1), 960)
    advice_day = paid_on + timedelta(days=pick(rng, [0, 0, 0, 1]))
    numeric = chance(rng, 0.4)
    base = rng.randrange(100, 3000)
    fy = f"{(paid_on.year - (1 if paid_on.month < 4 else 0)) % 100:02d}-{(paid_on.year + (0 if paid_on.month < 4 else 1)) % 100:02d}"
    prefix = pick(rng, [f"INV/{fy}/", f"{pick(rng, ['SI', 'TI', 'GST'])}/{fy}/", "", f"{payee.name[:3].upper()}/"]) if not numeric else ""
    rows = []
    for i in range(count):
        base += rng.randrange(1, 9)
        inv = f"{prefix}{base:04d}" if not numeric else f"{rng.randrange(10**4, 10**5)}"
        if any(r["inv"] == inv for r in rows):
            inv = f"{inv}-{i}"
        day = paid_on - timedelta(days=rng.randrange(20, 95))
        taxable = money(round(rng.uniform(8000, 450000), pick(rng, [0, 2])))
        gst = money(taxable * D("0.18"))
        gross = taxable + gst
        tds = whole_units(taxable * rate / 100)
        rows.append({"inv": inv, "day": day, "taxable": taxable, "gst": gst, "gross": gross, "tds": tds, "net": gross - tds})
    rows.sort(key=lambda r: r["day"])
    total = sum((r["net"] for r in rows), D("0.00"))
    mode = "RTGS" if total >= 200000 and chance(rng, 0.7) else "NEFT"
    bank_name, bank = pick(rng, IN_BANKS)
    utr = in_utr(rng, bank, mode, paid_on)
    voucher = pick(rng, [f"PV/{fy}/{rng.randrange(100, 9999):05d}", f"BPV-{rng.randrange(10**5, 10**6)}", f"{rng.randrange(19 * 10**8, 20 * 10**8)}"])
    vendor_code = pick(rng, [f"V{rng.randrange(10000, 99999)}", f"{rng.randrange(100000, 999999)}", None])
    doc = Doc(document_type=DOCUMENT_TYPE, locale="IN", currency="INR", vendor=payee, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=advice_day, total=total, payment_reference=utr, payment_date=paid_on, allocations=[(r["inv"], r["net"]) for r in rows],
              vendor_id=vendor_code if layout != "in_tds_bank_advice" else None, vendor_address_printed=layout != "in_tds_bank_advice",
              customer_address_printed=layout != "in_tds_bank_advice")
    if layout == "in_tds_bank_advice":
        payee.tax_id = None
    style = pick(rng, ["in", "in", "in", "en"])
    rs = pick(rng, ["₹", "Rs.", "INR", ""])

    def n(value: D) -> str:
        return fmt_number(value, style)

    dpat = pick(rng, ["%d-%m-%Y", "%d/%m/%Y", "%d-%b-%Y", "%d.%m.%Y"])

    def d(x) -> str:
        return x.strftime(dpat)

    payer_acc = f"XXXXXX{rng.randrange(1000, 9999)}"
    payee_acc = f"{rng.randrange(10**11, 10**14)}"
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times", "Helvetica"]), size=(7.6, 8.6), table=pick(rng, ["grid", "rules", "header_fill", "boxed"]))
    css = theme.css(".t{font-size:13pt;font-weight:bold} .lab{color:#555} .tiny{font-size:6.5pt;color:#555} .bx{border:0.6pt solid #888;padding:4pt}")
    width, height = A4
    W = width - 90
    sec_label = f"TDS u/s {section} @ {rate:.0f}%"
    letterhead = (f"<p class='t' style='color:{theme.accent}'>{esc(payer.name)}</p><p>{esc(', '.join(payer.address))}</p>"
                  f"<p class='small'>GSTIN: {payer_gstin} · PAN: {payer_gstin[2:12]} · Tel: {payer.phone}</p><hr/>")
    supplier = (f"<p>To,</p><p class='b'>M/s {esc(payee.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in payee.address)
                + f"<p>GSTIN: {payee.tax_id}</p>")
    if layout == "in_tds_erp_advice":
        cols = pts(W, 0.05, 0.19, 0.12, 0.16, 0.16, 0.14, 0.18)
        head = ["Sr.", "Invoice No.", "Invoice Date", f"Invoice Amount ({rs or 'INR'})", "Taxable Value", sec_label, "Net Paid"]
        body = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'' if j in (1, 2) else 'r'}'>{c}</td>" for j, (c, w) in enumerate(zip(
            [str(i + 1), r["inv"], d(r["day"]), n(r["gross"]), n(r["taxable"]), n(r["tds"]), n(r["net"])], cols, strict=True))) + "</tr>" for i, r in enumerate(rows))
        tot = ("<tr class='b'>" + "".join(f"<td style='width:{w}' class='r b'>{c}</td>" for c, w in zip(
            ["", "Total", "", n(sum((r['gross'] for r in rows), D(0))), n(sum((r['taxable'] for r in rows), D(0))), n(sum((r['tds'] for r in rows), D(0))), n(total)],
            cols, strict=True)) + "</tr>")
        table = "<table class='items'><tr>" + "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(head, cols, strict=True)) + f"</tr>{body}{tot}</table>"
        meta = [("Payment Voucher No.", voucher), ("Voucher Date", d(advice_day))] + ([("Vendor Code", vendor_code)] if vendor_code else []) + [
            ("Payment Mode", mode), ("UTR No.", utr), ("Value Date", d(paid_on)), ("Paid from", f"{bank_name} A/c {payer_acc}"),
            ("Credited to", f"A/c {payee_acc} · IFSC {in_ifsc(rng, pick(rng, IN_BANKS)[1])}")]
        html = (letterhead + "<p class='t' style='text-align:center;margin:6pt 0'>PAYMENT ADVICE</p>"
                + f"<table><tr><td style='width:{W * 0.5 - 6:.1f}pt'>{supplier}</td><td style='width:{W * 0.5 - 6:.1f}pt'>{kv_rows(meta, (100, W * 0.5 - 100))}</td></tr></table>"
                + f"<p style='margin-top:8pt'>We have made the following payment to you after deduction of tax at source (section {section}, {nature}):</p>"
                + table + f"<p style='margin-top:6pt'><b>Net amount paid: {rs} {n(total)}</b></p><p>Amount in words: {words_indian(total)}</p>"
                "<p class='tiny' style='margin-top:16pt'>This is a system generated advice and does not require signature. TDS deducted will be "
                "deposited and reflected in Form 26AS; Form 16A will be issued within the due date.</p>")
    elif layout == "in_tds_mail_advice":
        cols = pts(W * 0.9, 0.24, 0.16, 0.2, 0.18, 0.22)
        head = ["Bill No", "Bill Date", "Gross Amount", f"TDS ({section})", "Net Amount"]
        body = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'' if j < 2 else 'r'}'>{c}</td>" for j, (c, w) in enumerate(zip(
            [r["inv"], d(r["day"]), n(r["gross"]), n(r["tds"]), n(r["net"])], cols, strict=True))) + "</tr>" for r in rows)
        tot = "<tr>" + "".join(f"<td style='width:{w}' class='r b'>{c}</td>" for c, w in zip(
            ["Total", "", n(sum((r['gross'] for r in rows), D(0))), n(sum((r['tds'] for r in rows), D(0))), n(total)], cols, strict=True)) + "</tr>"
        table = "<table class='items'><tr>" + "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(head, cols, strict=True)) + f"</tr>{body}{tot}</table>"
        code = f"<p>Your vendor code with us: {vendor_code}</p>" if vendor_code else ""
        html = (letterhead + f"<p style='text-align:right'>Date: {d(advice_day)}</p>" + supplier + code
                + f"<p style='margin-top:8pt' class='b'>Sub: Payment advice - {mode} transfer</p><p style='margin-top:6pt'>Dear Sir / Madam,</p>"
                + f"<p>We have remitted <b>{rs} {n(total)}</b> ({words_indian(total)}) to your bank account no. {payee_acc} vide {mode} UTR No. "
                f"<b>{utr}</b> on {d(paid_on)}, towards the following bills after deduction of TDS under section {section} @ {rate:.0f}% on the taxable value:</p>"
                + table + "<p style='margin-top:8pt'>TDS certificate in Form 16A will be issued quarterly. Kindly acknowledge receipt and update your "
                "ledger accordingly.</p>" + f"<p style='margin-top:14pt'>Thanking you,</p><p>For {esc(payer.name)}</p><p style='margin-top:22pt'>Authorised Signatory</p>"
                + f"<p class='small'>Accounts Payable · {payer.email}</p>")
    else:
        bene = [("Beneficiary Name", esc(payee.name)), ("Beneficiary Account No.", payee_acc), ("IFSC", in_ifsc(rng, pick(rng, IN_BANKS)[1]))]
        txn = [("Transaction Type", f"{mode} - Outward"), ("Transaction Reference (UTR)", utr), ("Customer Reference", voucher),
               ("Debit Account", payer_acc), ("Remitter Name", esc(payer.name)), ("Amount", f"INR {n(total)}"), ("Transaction Date", d(paid_on)),
               ("Advice generated on", d(advice_day)), ("Status", "Processed")]
        cols = pts(W, 0.24, 0.16, 0.2, 0.18, 0.22)
        head = ["Invoice Number", "Invoice Date", "Invoice Amount", "TDS Deducted", "Amount Paid"]
        body = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'' if j < 2 else 'r'}'>{c}</td>" for j, (c, w) in enumerate(zip(
            [r["inv"], d(r["day"]), n(r["gross"]), n(r["tds"]), n(r["net"])], cols, strict=True))) + "</tr>" for r in rows)
        table = "<table class='items'><tr>" + "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(head, cols, strict=True)) + f"</tr>{body}</table>"
        html = (f"<p class='t' style='color:#003a70'>{bank_name}</p><p class='small'>Corporate Net Banking</p>"
                "<p class='t' style='margin-top:10pt'>Beneficiary Payment Advice</p>"
                f"<p>Dear Sir/Madam, {esc(payer.name)} has initiated the following {mode} payment to your account.</p>"
                f"<div class='bx' style='margin-top:6pt'>{kv_rows(txn, (150, W - 160))}</div><div class='bx' style='margin-top:6pt'>{kv_rows(bene, (150, W - 160))}</div>"
                f"<p class='b' style='margin-top:8pt'>Payment Details (as provided by the remitter; {sec_label} deducted)</p>" + table
                + "<p class='tiny' style='margin-top:14pt'>This is a system generated e-mail advice. The bank is not responsible for the payment details "
                "provided by the remitter. Please do not reply to this e-mail.</p>")
    sheet = single_page(layout, width, height, css, [Box((45.0, 42.0, width - 45.0, height - 40.0), html)])
    return Built(doc=doc, sheet=sheet, template=layout,
                 notes={"voucher": voucher, "section": section, "tds": float(sum((r["tds"] for r in rows), D(0))),
                        "gross": [float(r["gross"]) for r in rows], "payer_gstin": payer_gstin})
