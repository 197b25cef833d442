"""US retailer / distributor payment remittance with deductions (vendor-portal print or check stub).

The retailer pays its supplier by check or EFT and nets deductions into the payment, as big-box and
grocery chains do: every invoice row carries the supplier's invoice number, invoice date, the
retailer's PO number and store / DC number (decoys), invoice amount, terms discount taken, a
deduction taken against that invoice (shortage, pricing, damage: code and amount) and the amount paid;
stand-alone deductions (compliance chargebacks, promotional allowances, co-op advertising, freight)
appear as their own negative rows whose reference is a deduction / debit-memo number, never an
invoice number. Header: payment / check number (= the payment reference), payment date, vendor
number (= vendor_id, as on the other remittances), payment method, totals: gross, discounts,
deductions, net paid; a code legend and "questions about deductions" instructions.

Truth (documented in the README): vendor = the supplier paid, customer = the retailer; every row is
allocated in table order: an invoice row with the amount actually paid on it (after its discount and
its own deduction), a stand-alone deduction row under its printed deduction number with its negative
amount (as an SAP advice's netted credit memo), so that the allocations add up to the net paid.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date, words_english
from corpus.holdout.render import LETTER
from corpus.holdout.templates._paid import invoice_number_style

FAMILY = "retail_deduction_remittance"
DOCUMENT_TYPE = "remittance_advice"

RETAILERS = ["ValuMart Stores, Inc.", "Greenfield Grocers Co.", "Northstar Retail Corp.", "Harbor Home Centers, Inc.",
             "Summit Drug Stores LLC", "Bluewater Supermarkets Inc.", "Crossroads Farm & Ranch Supply Co.",
             "Prairie Wholesale Club Inc."]
# deductions taken against one invoice: (code, description)
INVOICE_DEDUCTIONS = [("SH", "Shortage"), ("PR", "Pricing difference"), ("DM", "Damaged / defective"),
                      ("RT", "Return to vendor"), ("QT", "Quantity variance")]
# stand-alone deductions: (code, description)
STANDALONE = [("CA", "Compliance chargeback - ASN late"), ("CL", "Compliance chargeback - label / carton"),
              ("AL", "Promotional allowance"), ("CO", "Co-op advertising"), ("FR", "Freight allowance"),
              ("NS", "New store allowance"), ("UN", "Unsaleables allowance"), ("OT", "On-time in-full fine")]


def build(rng: random.Random) -> Built:
    retailer = make_company(rng, "US", with_tax=False)
    retailer.name = pick(rng, RETAILERS)
    supplier = make_company(rng, "US", with_tax=False)
    fmt = Fmt.pick(rng, "US", date_pattern=pick(rng, ["mdy_slash", "mdy_slash", "mon_d_y", "mdy_slash_short"]))
    layout = pick(rng, ["portal", "stub"])
    pay_date = random_date(rng)
    method = "CHECK" if layout == "stub" else pick(rng, ["EFT", "ACH", "CHECK"])
    reference = (f"{rng.randrange(10**6, 10**7):010d}" if method == "CHECK" else
                 pick(rng, [f"{rng.randrange(10**8, 10**9)}", f"EFT{rng.randrange(10**6, 10**7)}", f"{rng.randrange(10**5, 10**6)}"]))
    vendor_no = pick(rng, [f"{rng.randrange(100000, 999999)}", f"{rng.randrange(10**8, 10**9)}", f"V{rng.randrange(10000, 99999)}"])
    style = invoice_number_style(rng)
    seq = rng.randrange(1000, 90000)
    count = rng.randrange(2, 10) if chance(rng, 0.8) else rng.randrange(26, 44)
    rows = []      # dicts: kind, ref, date, po, store, gross, disc, ded, code, paid
    disc_rate = Decimal(pick(rng, ["0.02", "0.01", "0"]))
    for _ in range(count):
        seq += rng.randrange(1, 40)
        issued = pay_date - timedelta(days=rng.randrange(20, 70))
        gross = money(rng.uniform(180, 18000))
        disc = money(gross * disc_rate)
        ded, code = Decimal("0.00"), ""
        if chance(rng, 0.3):
            code, _desc = pick(rng, INVOICE_DEDUCTIONS)
            ded = money(gross * Decimal(rng.uniform(0.01, 0.12)))
        rows.append({"kind": "INV", "ref": style.format(n=seq, y=issued.year), "date": issued,
                     "po": f"{rng.randrange(10**9, 10**10)}", "store": pick(rng, [f"DC {rng.randrange(6000, 7999)}",
                                                                                  f"{rng.randrange(1, 5999):04d}"]),
                     "gross": gross, "disc": disc, "ded": ded, "code": code, "paid": gross - disc - ded})
    for _ in range(rng.randrange(0, 4)):
        code, desc = pick(rng, STANDALONE)
        amount = money(rng.uniform(35, 1400))
        ref = pick(rng, [f"DB{rng.randrange(10**7, 10**8)}", f"{rng.randrange(10**9, 10**10)}",
                         f"CB-{pay_date.year}-{rng.randrange(10000, 99999)}", f"DM{rng.randrange(100000, 999999)}"])
        at = rng.randrange(0, len(rows) + 1)
        rows.insert(at, {"kind": "DED", "ref": ref, "date": pay_date - timedelta(days=rng.randrange(3, 40)), "po": "",
                         "store": "", "gross": Decimal("0.00"), "disc": Decimal("0.00"), "ded": amount, "code": code,
                         "desc": desc, "paid": -amount})
    total = sum((r["paid"] for r in rows), Decimal("0.00"))
    while total <= 0:      # a payment run never nets to nothing: drop the largest stand-alone deduction
        worst = max((r for r in rows if r["kind"] == "DED"), key=lambda r: r["ded"])
        rows.remove(worst)
        total = sum((r["paid"] for r in rows), Decimal("0.00"))
    doc = Doc(document_type=DOCUMENT_TYPE, locale="US", currency="USD", vendor=supplier, customer=retailer,
              invoice_ids=[r["ref"] for r in rows], document_date=pay_date, total=total, payment_reference=reference,
              payment_date=pay_date, vendor_id=vendor_no, allocations=[(r["ref"], r["paid"]) for r in rows])

    mono = layout == "stub" and chance(rng, 0.6)
    theme = Theme.pick(rng, font="Courier" if mono else pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.0, 8.0),
                       table=pick(rng, ["rules", "grid", "zebra", "minimal"]))
    css = theme.css(".ttl{font-size:13pt;font-weight:bold} .check{border:1pt solid #555;padding:6pt;background:#f4f7f2}"
                    " .micr{font-family:Courier;font-size:11pt;letter-spacing:2pt}")
    width, height = LETTER
    num = fmt.num
    gross_sum = sum((r["gross"] for r in rows), Decimal("0.00"))
    disc_sum = sum((r["disc"] for r in rows), Decimal("0.00"))
    ded_sum = sum((r["ded"] for r in rows), Decimal("0.00"))
    show_disc = disc_sum > 0
    cols = [("Invoice Number", "left"), ("Inv Date", "left"), ("PO Number", "left"), ("Store/DC", "left"),
            ("Invoice Amt", "right")] + ([("Discount", "right")] if show_disc else []) + \
        [("Deduction", "right"), ("Code", "left"), ("Amount Paid", "right")]
    th = "<tr>" + "".join(f"<th style='text-align:{a}'>{c}</th>" for c, a in cols) + "</tr>"

    def cells(r) -> list[str]:
        if r["kind"] == "DED":
            out = [esc(r["ref"]), fmt.date(r["date"]), esc(r["desc"]), "", ""]
        else:
            out = [esc(r["ref"]), fmt.date(r["date"]), r["po"], r["store"], num(r["gross"])]
        if show_disc:
            out.append(num(r["disc"]) if r["kind"] == "INV" else "")
        out += [f"-{num(r['ded'])}" if r["ded"] else "", r["code"], num(r["paid"])]
        return out

    table_rows = ["<tr>" + "".join(f"<td style='text-align:{a}'>{c}</td>" for c, (_t, a) in zip(cells(r), cols, strict=True)) + "</tr>"
                  for r in rows]
    total_cells = ["TOTALS", "", "", "", num(gross_sum)] + ([num(disc_sum)] if show_disc else []) + \
        [f"-{num(ded_sum)}", "", fmt.money(total)]
    total_row = "<tr class='grand'>" + "".join(f"<td style='text-align:{a}'>{c}</td>" for c, (_t, a) in zip(total_cells, cols, strict=True)) + "</tr>"
    used = sorted({(r["code"], r.get("desc") or dict(INVOICE_DEDUCTIONS)[r["code"]]) for r in rows if r["code"]})
    legend = ("<p class='small' style='margin-top:6pt'><b>Deduction codes:</b> " + "; ".join(f"{c} = {esc(d)}" for c, d in used) + "</p>") if used else ""
    disputes = (f"<p class='tiny muted'>Questions about deductions must be submitted through the {esc(retailer.name.split(',')[0])} supplier "
                "portal within 90 days of the payment date, quoting the deduction number. Deductions are not reversed by re-invoicing.</p>")
    pay_label = "Check Number" if method == "CHECK" else pick(rng, ["EFT Trace Number", "Payment Number", "EFT Reference"])
    info = [(pay_label, esc(reference)), ("Payment Date", fmt.date(pay_date)), ("Payment Method", method),
            ("Vendor Number", esc(vendor_no)), ("Net Payment", fmt.money(total))]
    if chance(rng, 0.5):
        info.insert(3, ("Payment Currency", "USD"))
    info_html = "<table class='kv' style='width:100%'>" + "".join(
        f"<tr><td style='width:45%' class='b'>{k}</td><td style='width:55%'>{v}</td></tr>" for k, v in info) + "</table>"
    supplier_html = f"<p><b>{esc(supplier.name)}</b><br/>{lines_html(supplier.address)}</p>"
    retailer_html = f"<p class='ttl'>{esc(retailer.name)}</p><p class='small'>{pick(rng, ['Accounts Payable', 'Vendor Accounting', 'AP Services'])}<br/>{lines_html(retailer.address)}</p>"
    if layout == "portal":
        top = (f"<table style='width:100%'><tr><td style='width:60%'>{retailer_html}</td><td style='width:40%' class='r'>"
               f"<p class='ttl accent'>{pick(rng, ['Remittance Advice', 'Payment Detail', 'Supplier Payment Remittance'])}</p></td></tr></table>"
               f"<table style='width:100%;margin-top:8pt'><tr><td style='width:50%'>{info_html}</td><td style='width:50%' class='boxed'>"
               f"<p class='small muted'>Paid to</p>{supplier_html}</td></tr></table>")
        check = ""
    else:
        top = (f"<table style='width:100%'><tr><td style='width:55%'>{retailer_html}</td><td style='width:45%'>{info_html}</td></tr></table>"
               f"<p class='small' style='margin-top:4pt'>REMITTANCE ADVICE - DETACH BEFORE DEPOSITING CHECK</p>")
        words = words_english(total, "Dollars", "fraction")
        check = (f"<div class='check' style='margin-top:10pt'><table style='width:100%'><tr><td style='width:60%'><b>{esc(retailer.name)}</b><br/>"
                 f"{lines_html(retailer.address)}</td><td style='width:40%' class='r'>CHECK NO. {esc(reference)}<br/>DATE {fmt.date(pay_date)}</td></tr></table>"
                 f"<p style='margin-top:6pt'>PAY <b>{esc(words)}</b></p>"
                 f"<table style='width:100%'><tr><td style='width:65%'>TO THE ORDER OF<br/>{supplier_html}</td>"
                 f"<td style='width:35%' class='r b'>**{fmt.money(total)}**</td></tr></table>"
                 f"<p class='micr c'>\"{reference[-6:]}\" :0{rng.randrange(10**7, 10**8)}: {rng.randrange(10**8, 10**9)}\"</p></div>")

    def body(chunk, index, is_last):
        first = top if index == 0 else f"<p class='b'>{esc(retailer.name)} - {pay_label} {esc(reference)} (continued)</p>"
        tail = (total_row if is_last else "")
        end = legend + disputes + check if is_last else ""
        return first + f"<table class='items'>{th}{''.join(chunk)}{tail}</table>" + end

    sheet = paged_sheet(width, height, css, (36, 34, 36, 26), table_rows, body,
                        footer=lambda n, c: f"<p class='tiny r muted'>Page {n} of {c}</p>", footer_height=10)
    standalone = sum(1 for r in rows if r["kind"] == "DED")
    return Built(doc=doc, sheet=sheet, template=f"retail_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"standalone_deductions": standalone, "method": method})
