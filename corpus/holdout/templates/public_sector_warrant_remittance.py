"""US public-sector payments to their suppliers: a state controller's warrant with its remittance stub, a county treasurer's EFT
remittance advice and a city's or school district's vendor payment detail, in English, USD, 2023-2025 (invented bodies).

Three prints. `state_warrant_stub` (the remittance stub above a warrant: Warrant No. (= reference), Warrant Date, Vendor No. (= vendor
id), the masked TIN on file (decoy), the vendor's name and remit-to address; rows Agency / Doc No. (the payment voucher, a decoy) /
PO No. (decoy) / Invoice No. / Invoice Date / Invoice Amt / Discount / Net Amt; the warrant below with the amount in words,
"**$12,345.67**", "VOID AFTER 180 DAYS" and a MICR-like line), `county_eft_remittance` (ELECTRONIC FUNDS TRANSFER REMITTANCE ADVICE:
EFT No. (= reference), Settlement Date, Supplier No. (= vendor id); Invoice / Description / Gross / Retainage Withheld / Paid, the
5 % or 10 % retainage on construction pay applications kept back), `district_payment_detail` (VENDOR PAYMENT DETAIL from a city or
school district: ACH Ref (= reference), Payment Date, Vendor # (= vendor id); Fund-Dept-Object account strings (decoys), PO, invoice,
description and amount, credit memos negative; long runs over several pages).

Truth: a `remittance_advice`; vendor = the supplier paid with the printed address (no tax id: the masked TIN is not one);
customer = the public body with its address; ids = the supplier's invoice numbers in print order (voucher, PO and account strings
are decoys); allocations = the net paid on each (after discount or retainage; credit memos negative); total = payment amount = the
warrant / EFT amount; date = the warrant / settlement / payment date (the document's date too).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company
from corpus.holdout.fakes_twentysecond import digits, public_payer
from corpus.holdout.money import money, random_date, words_english
from corpus.holdout.render import LETTER
from corpus.holdout.templates._fifteenth import pts, rows_html
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfirst import build_paged
from corpus.holdout.templates._twentysecond import dater, party_block

FAMILY = "public_sector_warrant_remittance"
D = Decimal
WORK = ["Road resurfacing - Pay App", "Janitorial services", "Office supplies", "Fleet maintenance parts", "IT consulting services", "Laboratory supplies",
        "Water treatment chemicals", "School bus fuel", "Printing services - ballots", "HVAC repair", "Cafeteria food supplies", "Legal services"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["state_warrant_stub", "county_eft_remittance", "district_payment_detail"])
    payer, kind = public_payer(rng)
    vendor = make_company(rng, "US", with_tax=False)
    paid_on = random_date(rng, date(2023, 1, 9), 1000)
    count = {"state_warrant_stub": rng.randrange(1, 7), "county_eft_remittance": rng.randrange(1, 5), "district_payment_detail": rng.randrange(4, 60)}[layout]
    rows, used = [], set()
    retain = D(pick(rng, ["0.05", "0.10"]))
    while len(rows) < count:
        inv = pick(rng, [f"{rng.randrange(10000, 999999)}", f"INV-{rng.randrange(1000, 99999)}", f"{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"])
        if inv in used:
            continue
        used.add(inv)
        credit = layout == "district_payment_detail" and len(rows) > 0 and chance(rng, 0.07)
        gross = money(rng.uniform(120, 48000)) * (-1 if credit else 1)
        less = D("0.00")
        if layout == "state_warrant_stub" and chance(rng, 0.2):
            less = money(gross * D("0.02"))
        if layout == "county_eft_remittance" and chance(rng, 0.5):
            less = money(gross * retain)
        rows.append({"inv": ("CM" + inv) if credit else inv, "gross": gross, "less": less, "net": gross - less, "desc": pick(rng, WORK),
                     "date": paid_on - timedelta(days=rng.randrange(15, 70)), "po": f"{pick(rng, ['PO', 'P', 'BPO'])}{digits(rng, 6)}",
                     "voucher": f"PV{digits(rng, 8)}", "acct": f"{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}-{rng.randrange(50000, 59999)}"})
    total = sum((r["net"] for r in rows), D("0.00"))
    if total <= 0:
        rows[0]["gross"] += money(15000)
        rows[0]["net"] += money(15000)
        total = sum((r["net"] for r in rows), D("0.00"))
    ref = {"state_warrant_stub": f"{rng.randrange(10**8, 10**9)}", "county_eft_remittance": f"EFT{digits(rng, 7)}",
           "district_payment_detail": f"ACH{paid_on.strftime('%y%m%d')}{digits(rng, 4)}"}[layout]
    vid = {"state_warrant_stub": f"VC{digits(rng, 10)}", "county_eft_remittance": f"{rng.randrange(10000, 99999)}", "district_payment_detail": f"V{digits(rng, 5)}"}[layout]
    doc = Doc(document_type="remittance_advice", locale="US", currency="USD", vendor=vendor, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=paid_on, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["net"]) for r in rows], vendor_id=vid)

    def n(v):
        return amount(v, ",", ".")

    d = dater(rng, ["mdy_slash", "mdy_slash", "month_d_y", "mdy_slash_nopad"])
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Courier", "Times"]), size=(7.2, 8.6))
    css = theme.css(".t{font-size:13pt;font-weight:bold} .tt{font-size:14pt;font-weight:bold} .box{border:0.8pt solid #666;padding:5pt}"
                    " .chk{border:1pt solid #333;padding:8pt;margin-top:14pt} .micr{font-family:Courier;font-size:11pt;letter-spacing:2pt}")
    width, height = LETTER
    W = width - 72
    notes = {"vouchers": [r["voucher"] for r in rows], "pos": [r["po"] for r in rows], "tin": f"XX-XXX{digits(rng, 4)}"}
    head_block = party_block("", payer, [f"Phone {payer.phone}"], big=True)
    if layout == "state_warrant_stub":
        first = (f"<table><tr><td style='width:{W * 0.58:.0f}pt'>{head_block}</td><td style='width:{W * 0.38:.0f}pt'><p class='tt'>WARRANT REMITTANCE</p>"
                 + f"<p>Warrant No. <b>{ref}</b></p><p>Warrant Date: {d(paid_on)}</p><p>Vendor No.: {vid}</p><p>TIN on file: {notes['tin']}</p></td></tr></table>"
                 + f"<div class='box' style='margin-top:6pt;width:{W * 0.5:.0f}pt'>{party_block('Remit to', vendor)}</div>")
        head = ["Agency", "Doc No.", "PO No.", "Invoice No.", "Inv. Date", "Invoice Amt", "Discount", "Net Amt"]
        widths = pts(W, 0.08, 0.15, 0.12, 0.13, 0.12, 0.14, 0.11, 0.15)
        agency = f"{rng.randrange(100, 999)}"

        def cells(r):
            return [agency, r["voucher"], r["po"], esc(r["inv"]), d(r["date"]), n(r["gross"]), n(r["less"]) if r["less"] else "", n(r["net"])]

        closing = (f"<div style='margin-left:{W - 230:.0f}pt;margin-top:4pt'>{rows_html([('Warrant Total', n(total))], widths=(130, 100))}</div>"
                   + "<p class='c small muted' style='margin-top:10pt'>- - - - - - - - DETACH AND RETAIN THIS STATEMENT - - - - - - - -</p>"
                   + f"<div class='chk'><p class='b'>{esc(payer.name)}</p><p class='r'>Warrant No. {ref} &#160; Date {d(paid_on)}</p>"
                   + f"<p>PAY: {words_english(total, 'Dollars', 'fraction')} &#160; <b>**${n(total)}**</b></p>"
                   + f"<p>TO THE ORDER OF: {esc(vendor.name)}</p><p class='small'>VOID AFTER 180 DAYS · {'Drawn on the State Treasury' if kind == 'state' else 'Payable through the depository bank'}</p>"
                   + f"<p class='micr'>C{ref}C A{digits(rng, 9)}A {digits(rng, 10)}C</p></div>")
        return build_paged(doc, layout, width, height, css, first, head, widths, {5, 6, 7}, rows, cells, closing, cont=f"Warrant {ref} (continued)",
                           footer_text="Page", notes=notes)
    if layout == "county_eft_remittance":
        first = (f"{head_block}<p class='tt' style='margin-top:8pt'>ELECTRONIC FUNDS TRANSFER REMITTANCE ADVICE</p>"
                 + f"<table><tr><td style='width:{W * 0.5:.0f}pt'>{party_block('Supplier', vendor)}</td><td style='width:{W * 0.46:.0f}pt'>"
                 + f"<p>EFT No.: <b>{ref}</b></p><p>Settlement Date: {d(paid_on)}</p><p>Supplier No.: {vid}</p><p>Bank account: ****{digits(rng, 4)}</p></td></tr></table>")
        head = ["Invoice", "Invoice Date", "Description", "Gross", "Retainage Withheld", "Paid"]
        widths = pts(W, 0.14, 0.13, 0.3, 0.14, 0.14, 0.15)

        def cells(r):
            return [esc(r["inv"]), d(r["date"]), esc(r["desc"]), n(r["gross"]), n(r["less"]) if r["less"] else "0.00", n(r["net"])]

        closing = (f"<div style='margin-left:{W - 230:.0f}pt;margin-top:4pt'>{rows_html([('Total EFT Amount', f'${n(total)}')], widths=(130, 100))}</div>"
                   + f"<p class='small muted' style='margin-top:8pt'>Retainage of {int(retain * 100)}% is withheld on construction pay applications until final acceptance. "
                   + "Contact the Treasurer's Office, Disbursements, with questions.</p>")
        return build_paged(doc, layout, width, height, css, first, head, widths, {3, 4, 5}, rows, cells, closing, cont=f"EFT {ref} (continued)",
                           footer_text="Page", notes=notes)
    first = (f"{head_block}<p class='tt' style='margin-top:8pt'>VENDOR PAYMENT DETAIL</p>"
             + f"<table><tr><td style='width:{W * 0.5:.0f}pt'>{party_block('Vendor', vendor)}</td><td style='width:{W * 0.46:.0f}pt'>"
             + f"<p>Vendor #: {vid}</p><p>ACH Ref: <b>{ref}</b></p><p>Payment Date: {d(paid_on)}</p></td></tr></table>")
    head = ["Account", "PO", "Invoice", "Description", "Amount"]
    widths = pts(W, 0.2, 0.14, 0.16, 0.32, 0.18)

    def cells(r):
        return [r["acct"], r["po"], esc(r["inv"]), esc(r["desc"]), n(r["net"])]

    closing = f"<div style='margin-left:{W - 230:.0f}pt;margin-top:4pt'>{rows_html([('Payment Total', n(total))], widths=(130, 100))}</div>"
    return build_paged(doc, layout, width, height, css, first, head, widths, {4}, rows, cells, closing, cont=f"Vendor Payment Detail {ref} (cont.)",
                       footer_text="Page", notes=notes)
