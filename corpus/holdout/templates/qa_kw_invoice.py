"""Qatari and Kuwaiti invoices and credit notes: trading and contracting companies in two countries without VAT, bilingual English
and Arabic prints, amounts in Qatari riyals (two decimals) or Kuwaiti dinars (three decimals, the fils), 2023-2025 (invented companies).

Three prints. `qa_kw_bilingual_invoice` (the company's name and address on the left and a monogram block on the right, a title band
"INVOICE / فاتورة", Bill To / فاتورة إلى with the customer, the meta rows with bilingual labels: Invoice No. (= id), Date (= date), Customer
Code (= customer id, where printed), LPO No. and Delivery Note No. (decoys), Payment Terms (= terms), Due Date (= due date); the company's
C.R. No. (decoy) and, in Qatar, its TIN where printed (= tax id); S.No. / Description / Unit / Qty / Unit Price / Amount with bilingual
headings, Sub Total (a decoy when a discount follows), Less: Discount, Net Amount / Grand Total (= total), the amount in words in riyals and
dirhams or dinars and fils, "Received by" and the stamp), `qa_kw_boxed_invoice` (the boxed head), `qa_kw_credit_note` (CREDIT NOTE / إشعار
دائن under a coloured band against an invoice (no id), with its reason).

Truth: an `invoice` or a `credit_note` (negative); no tax and no net (neither country has VAT), the lines adding up to the total after the
discount (`lines_adjustment`); vendor tax id = the Qatari TIN where printed, none in Kuwait.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_thirtieth import gulf2_party, qa_tin, words_gulf
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import pts, rows_html
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfifth import boxed_invoice
from corpus.holdout.templates._twentyfirst import build_paged
from corpus.holdout.templates._twentysixth import banner_invoice
from corpus.holdout.templates._twentythird import q3

FAMILY = "qa_kw_invoice"
D = Decimal
# description, unit, low, high (in riyals; dinars at about a twelfth)
ITEMS = [("A4 Paper 80gsm (box of 5 reams)", "Box", 65, 95), ("Split AC 2.0 Ton - supply and installation", "Nos", 2400, 3900), ("Portland cement 50kg", "Bag", 14, 21),
         ("Steel rebar 16mm", "Ton", 2300, 2900), ("Facility management services - monthly", "Month", 8000, 36000), ("Cleaning manpower (per man-month)", "M/M", 2200, 3600),
         ("Pest control treatment - villa", "Job", 350, 900), ("Catering - packed lunch boxes", "Box", 18, 32), ("Bottled water 330ml x 24", "Ctn", 11, 19),
         ("LED flood light 200W", "Nos", 140, 420), ("Diesel generator 250 kVA rental", "Day", 480, 950), ("Labour supply - helper", "Hr", 14, 25),
         ("Safety helmets with chin strap", "Nos", 18, 45), ("Gypsum board 12.5mm", "Sheet", 22, 38), ("Office chair, high back", "Nos", 380, 950),
         ("Transportation - 3 ton pickup", "Trip", 200, 650)]
AR = {"invoice": "فاتورة", "credit": "إشعار دائن", "bill_to": "فاتورة إلى", "no": "رقم الفاتورة", "date": "التاريخ", "code": "رمز العميل", "lpo": "رقم أمر الشراء",
      "dn": "رقم إذن التسليم", "terms": "شروط الدفع", "due": "تاريخ الاستحقاق", "desc": "البيان", "qty": "الكمية", "unit": "الوحدة", "price": "سعر الوحدة",
      "amount": "المبلغ", "sn": "م", "total": "الإجمالي", "received": "المستلم", "stamp": "الختم والتوقيع"}


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["qa_kw_bilingual_invoice", "qa_kw_bilingual_invoice", "qa_kw_boxed_invoice", "qa_kw_credit_note"])
    country = pick(rng, ["QA", "QA", "KW"])
    credit = layout == "qa_kw_credit_note"
    kw = country == "KW"
    issued = random_date(rng, date(2023, 1, 9), 900)
    pattern = pick(rng, ["dmy_slash", "dd_mon_yyyy", "dmy_dash", "d_mon_y"])

    def d(x):
        return fmt_date(x, pattern)

    vendor, customer = gulf2_party(rng, country), gulf2_party(rng, country)
    tin = qa_tin(rng) if not kw and chance(rng, 0.5) else None
    vendor.tax_id = tin
    lines = []
    for desc, unit, low, high in rng.sample(ITEMS, rng.randrange(1, 3) if credit else rng.randrange(1, 9)):
        scale = D("0.081") if kw else D(1)
        lo, hi = D(str(low)) * scale, D(str(high)) * scale
        value = D(str(rng.uniform(float(lo), float(hi))))
        price = q3(value) if kw else (money(round(value)) if hi > 200 else money(value))
        if kw and chance(rng, 0.5):
            price = q3(D(round(value * 4)) / 4)
        qty = D(pick(rng, [1, 1, 2, 3, 5, 10, 12, 20, 50])) if hi < 100 * scale else D(pick(rng, [1, 1, 2, 3]))
        lines.append(Line(desc, qty, price, q3(qty * price) if kw else money(qty * price), unit))
    gross = sum((li.amount for li in lines), D("0.000") if kw else D("0.00"))
    pct = D(0) if credit else D(pick(rng, [0, 0, 0, 2, 5, 10]))
    discount = (q3(gross * pct / 100) if kw else money(gross * pct / 100)) if pct else (D("0.000") if kw else D("0.00"))
    total = gross - discount
    number = pick(rng, [f"INV-{issued.year}-{rng.randrange(1, 9999):04d}", f"{rng.randrange(1000, 99999)}", f"SI/{issued.year % 100}/{rng.randrange(100, 9999)}",
                        f"TI-{rng.randrange(10000, 99999)}"])
    if credit:
        number = pick(rng, [f"CN-{issued.year}-{rng.randrange(1, 999):03d}", f"CN{rng.randrange(1000, 9999)}"])
    original = f"INV-{issued.year}-{rng.randrange(1, 9999):04d}"
    days = pick(rng, [0, 30, 30, 60, 90])
    terms = None if credit else ("Cash" if not days else pick(rng, [f"{days} Days", f"{days} days from date of invoice", f"Credit {days} days"]))
    due = issued + timedelta(days=days) if days and not credit and chance(rng, 0.6) else None
    code = f"{pick(rng, ['C', 'CUST-', 'AR'])}{rng.randrange(100, 9999)}" if chance(rng, 0.5) else None
    cur = "KWD" if kw else "QAR"
    doc = Doc(document_type="credit_note" if credit else "invoice", locale=country, currency=cur, vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, lines=lines, due_date=due, payment_terms=terms, customer_id=code, lines_adjustment=-discount)
    decimals = 3 if kw else 2
    minus = "-" if credit and chance(rng, 0.5) else ""

    def a(v):
        return minus + amount(v, decimals=decimals)

    sym = pick(rng, ["KD", "KWD"]) if kw else pick(rng, ["QR", "QAR"])
    lpo, dn = f"LPO-{rng.randrange(1000, 99999)}", f"DN-{rng.randrange(1000, 99999)}"
    words = words_gulf(total, cur)
    vrows = [f"C.R. No. {vendor.extra['cr']}"] + ([f"TIN: {tin}"] if tin else []) + [f"Tel: {vendor.phone}", esc(vendor.email or "")]
    notes = {"cr": vendor.extra["cr"], "buyer_cr": customer.extra["cr"], "lpo": lpo, "dn": dn, "original": original if credit else None, "words": words,
             "subtotal": str(gross), "discount": str(discount)}
    totals = [(f"Sub Total ({sym})", a(gross))] + ([(f"Less: Discount {pct}%", "-" + amount(discount, decimals=decimals))] if discount else []) \
        + [((pick(rng, ["Net Amount", "Grand Total", "Total Amount"]) if not credit else "Total Credit") + f" ({sym})", a(total))]
    if not discount and chance(rng, 0.5):
        totals = totals[1:]
    theme = Theme.pick(rng, size=(7.5, 9.0))
    meta_en = [("Invoice No." if not credit else "Credit Note No.", number, AR["no"]), ("Date", d(issued), AR["date"])] \
        + ([("Customer Code", code, AR["code"])] if code else []) + ([("Against Invoice", original, AR["no"])] if credit else [("LPO No.", lpo, AR["lpo"])]) \
        + ([("Delivery Note No.", dn, AR["dn"])] if not credit and chance(rng, 0.6) else []) + ([("Payment Terms", terms, AR["terms"])] if terms else []) \
        + ([("Due Date", d(due), AR["due"])] if due else [])
    head_en = ["S.No.", "Description", "Unit", "Qty", "Unit Price", "Amount"]
    fr, numeric = (0.06, 0.44, 0.08, 0.08, 0.16, 0.18), {3, 4, 5}
    for i, li in enumerate(lines, 1):
        li.code = str(i)

    def cells(li):
        return [li.code, esc(li.description), esc(li.unit), f"{li.quantity}", amount(li.unit_price, decimals=decimals), a(li.amount)]

    foot = ([f"Credit against invoice {original}: {pick(rng, ['goods returned', 'short supply', 'price difference', 'damaged items'])}."] if credit else []) \
        + [f"Amount in words: {esc(words)}",
           f"Cheques to be drawn in favour of {esc(vendor.name)}." if chance(rng, 0.6) else "",
           "Goods once sold will not be taken back or exchanged." if not credit and chance(rng, 0.4) else ""]
    if layout == "qa_kw_credit_note":
        meta = [(k, v) for k, v, _ in meta_en]
        return banner_invoice(doc, layout, theme, *A4, title=f"CREDIT NOTE<br/>{AR['credit']}", vendor_rows=vrows, buyer_label="Customer", buyer_rows=[],
                              meta=meta, head=head_en, fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page",
                              tagline="State of Qatar" if not kw else "State of Kuwait")
    if layout == "qa_kw_boxed_invoice":
        meta = [(f"{k}<br/>{ar}", v) for k, v, ar in meta_en]
        return boxed_invoice(doc, layout, theme, *A4, title=f"INVOICE<br/>{AR['invoice']}", vendor_rows=vrows, buyer_label=f"Bill To / {AR['bill_to']}",
                             buyer_rows=[], meta=meta, head=head_en, fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes,
                             footer_text="Page", totals_first=[])
    W = A4[0] - 72
    a_ = theme.accent
    css = theme.css(f".mono{{background:{a_};color:#fff;font-size:20pt;font-weight:bold;text-align:center;padding:8pt}} .band2{{border:1.2pt solid {a_};"
                    "text-align:center;font-size:14pt;font-weight:bold;padding:3pt}} .arb{color:#555} table.mt td{border-bottom:0.4pt solid #ccc}")
    initials = "".join(w[0] for w in vendor.name.split()[:2]).upper()
    head_html = (f"<table><tr><td style='width:{W * 0.7:.0f}pt'><p class='b' style='font-size:13pt;color:{a_}'>{esc(vendor.name)}</p>"
                 + "".join(f"<p class='small'>{esc(x)}</p>" for x in vendor.address) + "".join(f"<p class='small'>{r}</p>" for r in vrows if r)
                 + f"</td><td style='width:{W * 0.22:.0f}pt'><p class='mono'>{esc(initials)}</p></td></tr></table>"
                 + f"<div class='band2' style='margin-top:6pt'>INVOICE &#160; {AR['invoice']}</div>")
    buyer = (f"<p class='muted small'>Bill To / <span class='arb'>{AR['bill_to']}</span></p><p class='b'>{esc(customer.name)}</p>"
             + "".join(f"<p>{esc(x)}</p>" for x in customer.address) + (f"<p class='small'>C.R. No. {customer.extra['cr']}</p>" if chance(rng, 0.4) else ""))
    meta_html = "<table class='mt'>" + "".join(f"<tr><td class='muted' style='width:{W * 0.16:.0f}pt'>{k}</td><td class='b' style='width:{W * 0.16:.0f}pt'>{v}</td>"
                                               f"<td class='arb r' style='width:{W * 0.1:.0f}pt'>{ar}</td></tr>" for k, v, ar in meta_en) + "</table>"
    first = (head_html + f"<table style='margin-top:6pt'><tr><td style='width:{W * 0.48:.0f}pt' class='boxed'>{buyer}</td><td style='width:{W * 0.46:.0f}pt'>{meta_html}</td></tr></table>"
             + "<div style='height:6pt'></div>")
    heads = [f"{en}<br/><span style='font-weight:normal'>{ar}</span>" for en, ar in zip(head_en, [AR["sn"], AR["desc"], AR["unit"], AR["qty"], AR["price"], AR["amount"]], strict=True)]
    closing = (f"<div style='margin-left:{W - 270:.0f}pt;margin-top:6pt'>{rows_html(totals, widths=(180, 90))}</div>"
               + "".join(f"<p class='small' style='margin-top:3pt'>{f}</p>" for f in foot if f)
               + f"<table style='margin-top:22pt'><tr><td style='width:{W * 0.48:.0f}pt'>Received by / {AR['received']}: ______________</td>"
               f"<td style='width:{W * 0.46:.0f}pt' class='r'>For {esc(vendor.name)}<br/>{AR['stamp']}</td></tr></table>")
    return build_paged(doc, layout, A4[0], A4[1], css, first, heads, pts(W, *fr), numeric, lines, cells, closing, cont=f"INVOICE {esc(number)}",
                       footer_text="Page", notes=notes)
