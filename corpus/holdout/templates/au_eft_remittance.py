"""Australian accounts-payable EFT remittance advices from councils, universities and large companies, in English, AUD,
2023-2025.

Three prints. `au_council_remittance` (a council's or university's letterhead with its ABN, "REMITTANCE ADVICE", the
supplier's postal address in the window, a grid Supplier No. / Payment Number / Payment Date / Payment Method EFT /
"Paid to BSB 062-000 Account XXXXX678", "The following invoices have been paid directly into your nominated bank account",
a table Invoice No. / Invoice Date / Your Reference / Description / Amount with credit notes as negative rows, Total Paid,
"Enquiries: Accounts Payable (02) …"; single page, no tear-off), `au_corporate_remittance` (an Oracle- or SAP-like print
of a large company: "EFT Remittance Advice", Payment Reference, Payment Date, Vendor ID, Bank Account, then Document
Number / Document Date / Document Type (Invoice, Credit Note) / Gross Amount / Discount / Amount Paid, the credit notes as
`(1,234.00)`; page numbers), `au_two_page_remittance` (page 1 a covering letter with the payment summary — Payment
Reference, Payment Date, Amount, BSB and masked account — and page 2 the detail of the invoices and credit notes paid).

Truth: a `remittance_advice`; vendor = the supplier paid (address as in the window or the covering letter, ABN as the tax
id where printed), vendor_id = Supplier No. / Vendor ID; customer = the payer with its letterhead address; payment
reference = the Payment Number / Payment Reference (the EFT batch number and the BSB are decoys); payment date = the
Payment Date; document date = the advice's date; payment amount = total = Total Paid; allocations = every row in table
order, the credit notes under their own numbers with negative amounts, the invoices with the amount paid on them.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, address, domain, make_company
from corpus.holdout.fakes_sixteenth import AU_BANKS, au_bsb
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4, Box, Sheet
from corpus.holdout.templates._fifteenth import paged, pts, single_page
from corpus.holdout.templates._sixteenth import kv_rows

FAMILY = "au_eft_remittance"
DOCUMENT_TYPE = "remittance_advice"
D = Decimal
PAYERS = ["City of {w} Council", "{w} Shire Council", "{w} Regional Council", "University of {w}", "{w} University", "{w} Health District",
          "{w} Water Corporation"]
WORDS = ["Greater Banksia", "Westbridge", "Mount Corella", "Southbank", "Wattle Creek", "Eastern Ranges", "Kurrajong Valley", "Northern Tablelands",
         "Coral Coast", "Murray Plains", "Ironbark", "Bellbird Hills"]
DESCRIPTIONS = ["Road maintenance works", "Parks mowing contract", "IT consulting services", "Cleaning services", "Stationery supplies",
                "Waste collection", "Security patrols", "Laboratory consumables", "Plumbing repairs", "Traffic control", "Library books",
                "Catering - staff event", "Software subscription", "Electrical maintenance"]


def _payer(rng: random.Random) -> tuple[Party, bool]:
    if chance(rng, 0.6):
        name = pick(rng, PAYERS).format(w=pick(rng, WORDS))
        lines = address(rng, "AU")
        party = make_company(rng, "AU")
        party.name = name
        party.email = f"accounts.payable@{domain(name.replace('City of ', '').replace('University of ', ''))}"
        party.address = [pick(rng, ["PO Box", "Locked Bag"]) + f" {rng.randrange(10, 999)}", lines[-1]] if chance(rng, 0.5) else lines
        return party, True
    return make_company(rng, "AU"), False


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["au_council_remittance", "au_council_remittance", "au_corporate_remittance", "au_two_page_remittance"])
    payer, public = _payer(rng)
    payee = make_company(rng, "AU")
    pay_date = random_date(rng, date(2023, 1, 9), 980)
    advice_date = pay_date - timedelta(days=pick(rng, [0, 0, 1, 2]))
    count = pick(rng, [1, 2, 3, 3, 4, 5, 6, 8, 10, 14])
    rows = []
    base = rng.randrange(1000, 90000)
    prefix = pick(rng, ["INV", "INV-", "", "TI", "SI"])
    for _ in range(count):
        base += rng.randrange(1, 7)
        amount = money(round(rng.uniform(120, 28000), pick(rng, [0, 2, 2])))
        rows.append({"ref": f"{prefix}{base}", "day": pay_date - timedelta(days=rng.randrange(14, 75)), "type": "Invoice",
                     "amount": amount, "desc": pick(rng, DESCRIPTIONS), "po": f"PO{rng.randrange(10**5, 10**6)}"})
    credits = pick(rng, [0, 0, 1, 1, 2]) if count > 1 else 0
    invoices = list(rows)
    for _ in range(credits):
        target = pick(rng, invoices)
        amount = -money(min(target["amount"] * D("0.5"), money(round(rng.uniform(40, 2500), 2))))
        rows.append({"ref": f"{pick(rng, ['CN', 'CR', 'CN-'])}{rng.randrange(1000, 9999)}", "day": target["day"] + timedelta(days=rng.randrange(1, 12)),
                     "type": "Credit Note", "amount": amount, "desc": f"Credit - {target['desc'].lower()}", "po": target["po"]})
    rows.sort(key=lambda r: r["day"])
    total = sum((r["amount"] for r in rows), D("0.00"))
    payment_no = pick(rng, [f"{rng.randrange(10**5, 10**6)}", f"EFT{rng.randrange(10**5, 10**6)}", f"{rng.randrange(100, 999)}-{rng.randrange(10**4, 10**5)}"])
    batch = f"{pick(rng, ['Batch', 'Run'])} {rng.randrange(100, 9999)}"
    supplier_no = pick(rng, [f"{rng.randrange(10000, 99999)}", f"S{rng.randrange(1000, 99999):05d}", f"V-{rng.randrange(1000, 9999)}"])
    bank, prefix2 = pick(rng, AU_BANKS)
    bsb = au_bsb(rng, prefix2)
    masked = f"XXXXX{rng.randrange(100, 999)}" if chance(rng, 0.6) else f"****{rng.randrange(1000, 9999)}"
    doc = Doc(document_type=DOCUMENT_TYPE, locale="AU", currency="AUD", vendor=payee, customer=payer, invoice_ids=[r["ref"] for r in rows],
              document_date=advice_date, total=total, payment_reference=payment_no, payment_date=pay_date,
              allocations=[(r["ref"], r["amount"]) for r in rows], vendor_id=supplier_no)
    show_abn = chance(rng, 0.5)
    if not show_abn:
        payee.tax_id = None
    paren = layout == "au_corporate_remittance" and chance(rng, 0.7)

    def n(value: D) -> str:
        if value < 0 and paren:
            return f"({fmt_number(-value, 'en')})"
        return fmt_number(value, "en")

    def d(x: date) -> str:
        return x.strftime("%d/%m/%Y")

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.8, 8.8), table=pick(rng, ["rules", "grid", "zebra", "minimal"]))
    css = theme.css(".t{font-size:14pt;font-weight:bold} .lh{font-size:12pt;font-weight:bold} .tiny{font-size:6.5pt;color:#555}"
                    " .bx{border:0.6pt solid #888;padding:4pt}")
    width, height = A4
    W = width - 90
    letterhead = (f"<p class='lh' style='color:{theme.accent}'>{esc(payer.name)}</p><p class='small'>{esc(', '.join(payer.address))}</p>"
                  f"<p class='small'>ABN {payer.tax_id} · Phone {payer.phone}</p>")
    window = (f"<p class='b'>{esc(payee.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in payee.address)
              + (f"<p>ABN {payee.tax_id}</p>" if show_abn else ""))
    paid_to = f"{bank} BSB {bsb} Account {masked}"
    summary = [("Supplier No.", supplier_no), ("Payment Number", payment_no), ("Payment Date", d(pay_date)), ("Payment Method", "EFT"),
               ("Paid to", paid_to), ("Amount", f"${n(total)}")]
    if layout == "au_council_remittance":
        cols = pts(W, 0.16, 0.13, 0.14, 0.39, 0.18)
        head = ["Invoice No.", "Invoice Date", "Your Reference", "Description", "Amount"]
        body = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'r' if j == 4 else ''}'>{c}</td>" for j, (c, w) in enumerate(zip(
            [r["ref"], d(r["day"]), r["po"], esc(r["desc"]), n(r["amount"])], cols, strict=True))) + "</tr>" for r in rows)
        table = ("<table class='items'><tr>" + "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(head, cols, strict=True)) + f"</tr>{body}"
                 + f"<tr><td colspan='4' class='r b'>Total Paid</td><td class='r b'>${n(total)}</td></tr></table>")
        html = (letterhead + "<p class='t' style='margin-top:10pt'>REMITTANCE ADVICE</p>"
                + f"<table style='margin-top:8pt'><tr><td style='width:{W * 0.5 - 6:.1f}pt'>{window}</td>"
                f"<td style='width:{W * 0.5 - 6:.1f}pt'>{kv_rows([('Date', d(advice_date))] + summary, (90, W * 0.5 - 90))}</td></tr></table>"
                + "<p style='margin-top:10pt'>The following invoices have been paid directly into your nominated bank account.</p>" + table
                + f"<p class='tiny' style='margin-top:14pt'>Enquiries: Accounts Payable {payer.phone} · {payer.email} · Please quote your supplier number. "
                "Please ensure all future invoices quote a valid purchase order number.</p>")
        sheet = single_page(layout, width, height, css, [Box((45.0, 40.0, width - 45.0, height - 36.0), html)])
    else:
        cols = pts(W, 0.17, 0.13, 0.14, 0.2, 0.16, 0.2) if layout == "au_corporate_remittance" else pts(W, 0.18, 0.14, 0.14, 0.34, 0.2)
        head = (["Document Number", "Document Date", "Document Type", "Gross Amount", "Discount", "Amount Paid"] if layout == "au_corporate_remittance"
                else ["Invoice / Credit", "Date", "Order No.", "Description", "Amount Paid"])

        def cells(r) -> list[str]:
            if layout == "au_corporate_remittance":
                return [r["ref"], d(r["day"]), r["type"], n(r["amount"]), "0.00", n(r["amount"])]
            return [r["ref"], d(r["day"]), r["po"], esc(r["desc"]), n(r["amount"])]

        def table(chunk, last) -> str:
            body = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'r' if j >= len(cols) - (3 if layout == 'au_corporate_remittance' else 1) else ''}'>{c}</td>"
                                            for j, (c, w) in enumerate(zip(cells(r), cols, strict=True))) + "</tr>" for r in chunk)
            foot = f"<tr><td colspan='{len(cols) - 1}' class='r b'>Total Payment AUD</td><td class='r b'>{n(total)}</td></tr>" if last else ""
            return "<table class='items'><tr>" + "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(head, cols, strict=True)) + f"</tr>{body}{foot}</table>"

        if layout == "au_corporate_remittance":
            meta = [("Payment Reference", payment_no), ("Payment Date", d(pay_date)), ("Vendor ID", supplier_no), ("Bank Account", f"BSB {bsb} Acc {masked}"),
                    ("Payment Method", f"EFT ({batch})"), ("Advice Date", d(advice_date))]
            header = (f"<table><tr><td style='width:{W * 0.55 - 6:.1f}pt'>{letterhead}</td><td style='width:{W * 0.45 - 6:.1f}pt'>"
                      f"<p class='t'>EFT Remittance Advice</p>{kv_rows(meta, (95, W * 0.45 - 95))}</td></tr></table>"
                      f"<p class='small' style='margin-top:8pt'>Payee:</p>{window}")

            def body(chunk, page, last):
                top = header if page == 0 else f"<p class='b'>EFT Remittance Advice {payment_no} (continued)</p>"
                return top + table(chunk, last) + ("<p class='tiny' style='margin-top:10pt'>Negative amounts in brackets are credit notes offset "
                                                   "against this payment.</p>" if last else "")

            sheet = paged(width, height, css, (45.0, 40.0, 45.0, 36.0), rows, body,
                          footer=lambda p, c: f"<p class='tiny' style='text-align:right'>Page {p} of {c}</p>", footer_height=14.0)
        else:
            letter = (letterhead + f"<p style='margin-top:16pt'>{d(advice_date)}</p><p style='margin-top:10pt'>{window}</p>"
                      + "<p style='margin-top:12pt'>Dear Supplier,</p><p class='t' style='margin-top:6pt'>Remittance Advice</p>"
                      + "<p>We advise that the following payment has been made by electronic funds transfer to your nominated account. "
                      "Details of the invoices and credit notes included in this payment are listed on the following page.</p>"
                      + f"<div class='bx' style='margin-top:8pt'>{kv_rows(summary, (110, W - 120))}</div>"
                      + "<p style='margin-top:10pt'>Funds should be available in your account within two business days. Please direct any "
                      f"enquiries to Accounts Payable on {payer.phone} or {payer.email}, quoting your supplier number.</p>"
                      "<p style='margin-top:14pt'>Yours sincerely,</p><p style='margin-top:18pt'>Accounts Payable</p>")
            detail_html = f"<p class='lh'>Payment {payment_no} - details</p><p class='small'>{esc(payee.name)} · Supplier No. {supplier_no}</p>" + table(rows, True)
            sheet = Sheet(width=width, height=height, css=css)
            pages_html = [letter, detail_html]
            for i, html in enumerate(pages_html):
                check = single_page(layout, width, height, css, [Box((45.0, 40.0, width - 45.0, height - 50.0), html)])
                check.pages[0].append(Box((45.0, height - 44.0, width - 45.0, height - 30.0), f"<p class='tiny' style='text-align:right'>Page {i + 1} of 2</p>"))
                sheet.pages.append(check.pages[0])
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1,
                 notes={"bsb": bsb, "batch": batch, "credits": credits, "public": public})
