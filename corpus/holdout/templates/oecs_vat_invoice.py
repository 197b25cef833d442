"""Eastern Caribbean invoices: Saint Lucian and Vincentian VAT invoices (VAT 12.5 % and 16 %), Grenadian tax invoices (VAT 15 %) and
Antiguan invoices charging ABST at 17 %, with zero-rated basic foods, and their credit notes, in Eastern Caribbean dollars (EC$),
2023-2025 (invented companies).

Three prints. `oecs_vat_invoice` (one of the three letterhead arrangements: the supplier with its TIN / VAT Reg. No. / ABST Reg. No.
(= tax id) and its company number (decoy), Invoice No. (= id), Date, Account (= customer id, where printed), Customer P.O. (decoy),
Terms and Due Date; the customer with its TIN where printed (decoy); Qty / Description / Unit Price / VAT code / Amount EC$ with
zero-rated lines marked Z; Sub-Total (= net), VAT @ 12.5 % / ABST 17 % (= tax), TOTAL EC$ (= total); the US-dollar equivalent at the
pegged 2.70 (decoy)), `oecs_boxed_invoice` (the boxed head: supplier left and a title box right, the buyer's box beside a bordered
meta grid), `oecs_credit_note` (CREDIT NOTE under a coloured band against an invoice (no id), amounts negative).

Truth: an `invoice` or a `credit_note` (negative); vendor with its TIN; net = the subtotal; tax = the VAT / ABST; total = the total.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc, rate
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentyninth import OECS, oecs_party, oecs_tin
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfifth import boxed_invoice
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentysixth import banner_invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "oecs_vat_invoice"
D = Decimal
ITEMS = [("Galvanised roofing sheet 26g x 12ft", 58, 92, True), ("Marine plywood 3/4in 4x8", 165, 240, True), ("Portland cement 42.5kg bag", 28, 39, True),
         ("Parboiled rice 20lb bag", 32, 48, False), ("All-purpose flour 50lb bag", 88, 120, False), ("Outboard engine service - labour", 280, 650, True),
         ("Bottled water 24 x 500ml", 18, 29, True), ("Bath towels, hotel grade (dozen)", 210, 380, True), ("Split air conditioner 12,000 BTU, installed", 1650, 2600, True),
         ("Office chair, mesh back", 320, 690, True), ("Chicken leg quarters 10lb case", 36, 58, False), ("Hurricane shutter panels (set)", 900, 2400, True),
         ("Pool chlorine tablets 25kg", 340, 520, True), ("Printer toner cartridge", 190, 360, True)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["oecs_vat_invoice", "oecs_vat_invoice", "oecs_boxed_invoice", "oecs_credit_note"])
    country = pick(rng, ["LC", "LC", "GD", "AG", "VC"])
    name, tax_name, pct, _code = OECS[country]
    credit = layout == "oecs_credit_note"
    issued = random_date(rng, date(2023, 1, 9), 900)
    pattern = pick(rng, ["dmy_slash", "d_mon_y", "mdy_slash", "d_month_y"])

    def d(x):
        return fmt_date(x, pattern)

    vendor, customer = oecs_party(rng, country), oecs_party(rng, country)
    buyer_tin = oecs_tin(rng, country) if chance(rng, 0.45) else None
    customer.tax_id = None
    lines = []
    for desc, low, high, taxed in rng.sample([it for it in ITEMS if it[3]] if credit else ITEMS, rng.randrange(1, 3) if credit else rng.randrange(2, 8)):
        qty = D(pick(rng, [1, 2, 3, 4, 6, 10, 12, 25, 40])) if high < 200 else D(pick(rng, [1, 1, 2]))
        price = money(rng.uniform(low, high))
        line = Line(desc, qty, price, money(qty * price))
        line.tax_rate = pct if taxed else D(0)
        lines.append(line)
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(sum((li.amount for li in lines if li.tax_rate), D("0.00")) * pct / 100)
    total = net + tax
    number = f"{'CN' if credit else pick(rng, ['INV', '', 'SI', 'TI'])}{pick(rng, ['-', '', ' '])}{rng.randrange(1000, 99999)}".strip()
    if number.isdigit():
        number = f"{int(number):06d}"
    original = f"INV-{rng.randrange(1000, 99999)}"
    days = pick(rng, [0, 15, 30, 30, 45])
    terms = None if credit else ("C.O.D." if not days else pick(rng, [f"Net {days} days", f"{days} days", f"Payable within {days} days"]))
    due = issued + timedelta(days=days) if days and not credit and chance(rng, 0.7) else None
    acct = f"{pick(rng, ['C', 'A', ''])}{rng.randrange(1000, 99999)}" if chance(rng, 0.55) else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale=country, currency="XCD", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=acct)
    minus = "-" if credit else ""

    def a(v):
        return minus + amount(v)

    po = f"{pick(rng, ['PO', 'P.O.', 'LPO'])} {rng.randrange(100, 99999)}"
    id_label = {"LC": pick(rng, ["TIN", "VAT Reg. No.", "VAT TIN"]), "GD": pick(rng, ["TIN", "VAT Reg. No."]), "AG": "ABST Reg. No.", "VC": pick(rng, ["TIN", "VAT Reg. No."])}[country]
    vrows = [f"{id_label}: {vendor.tax_id}", esc(vendor.extra["reg"]), f"Tel: {vendor.phone}", esc(vendor.email or "")]
    brows = [f"TIN: {buyer_tin}"] if buyer_tin else []
    meta = [("Credit Note No." if credit else "Invoice No.", number), ("Date", d(issued))] + ([("Against Invoice", original)] if credit else []) \
        + ([("Account", acct)] if acct else []) + [("Customer P.O.", po)] + ([("Terms", terms)] if terms else []) + ([("Due Date", d(due))] if due else [])
    code = "ABST" if tax_name == "ABST" else "VAT"
    head, fr, numeric = ["Qty", "Description", "Unit Price", code, "Amount EC$"], (0.08, 0.5, 0.15, 0.09, 0.18), {0, 2, 3, 4}

    def cells(li):
        return [str(li.quantity), esc(li.description), amount(li.unit_price), "S" if li.tax_rate else "Z", a(li.amount)]

    tax_row = pick(rng, [f"{tax_name} @ {rate(pct)}%", f"{tax_name} ({rate(pct)}%)", f"{tax_name} {rate(pct)}% on standard-rated items"])
    totals = [(pick(rng, ["Sub-Total", "Subtotal (excl. " + tax_name + ")", "Total before " + tax_name]), a(net)), (tax_row, a(tax)),
              (pick(rng, ["TOTAL EC$", "Total Due EC$", "Invoice Total (XCD)"]), a(total))]
    usd = money(total / D("2.70"))
    foot = ([f"Credit against invoice {original}: {pick(rng, ['goods returned', 'price adjustment', 'damaged in transit'])}."] if credit else [])
    foot += [f"S = standard-rated ({rate(pct)}%), Z = zero-rated.", f"US$ equivalent at EC$2.70: US${amount(usd)}" if chance(rng, 0.5) else "",
             f"Cheques payable to {esc(vendor.name)}. {pick(rng, ['Interest of 1.5% per month on overdue accounts.', 'Goods remain our property until paid for.', 'Thank you for your business!'])}"]
    title = "CREDIT NOTE" if credit else {"LC": "VAT INVOICE", "GD": pick(rng, ["TAX INVOICE", "VAT INVOICE"]), "AG": pick(rng, ["INVOICE", "TAX INVOICE"]),
                                          "VC": "VAT INVOICE"}[country]
    notes = {"buyer_tin": buyer_tin, "po": po, "reg": vendor.extra["reg"], "original": original if credit else None, "usd": str(usd), "country": country}
    theme = Theme.pick(rng, size=(7.5, 9.0))
    paper = pick(rng, [A4, LETTER, LETTER])
    if layout == "oecs_credit_note":
        return banner_invoice(doc, layout, theme, *paper, title=title, vendor_rows=vrows, buyer_label="Customer", buyer_rows=brows, meta=meta, head=head,
                              fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page", tagline=name)
    if layout == "oecs_boxed_invoice":
        return boxed_invoice(doc, layout, theme, *paper, title=title, vendor_rows=vrows, buyer_label=pick(rng, ["Sold To", "Bill To", "Customer"]), buyer_rows=brows,
                             meta=meta, head=head, fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page")
    return invoice(doc, layout, arrangement(rng, meta), theme, *paper, title=title, vendor_rows=vrows, buyer_label=pick(rng, ["Bill To", "Invoice To", "Sold To"]),
                   buyer_rows=brows, meta=meta, head=head, fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page")
