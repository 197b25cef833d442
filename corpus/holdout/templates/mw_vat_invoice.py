"""Malawian tax invoices: Blantyre, Lilongwe, Mzuzu and Zomba suppliers' TAX INVOICE with VAT at 16.5 % (exempt and zero-rated lines
at 0 %), the EFD fiscal block, and credit notes, in kwacha (MWK), 2023-2025 (invented companies).

Three prints. `mw_tax_invoice` (the supplier's name, P.O. Box and street, "TPIN: 12345678" (= tax id), Invoice No. (= id), Date,
the customer with its TPIN where printed (decoy), Account No. (= customer id), Order No. (decoy), Terms and Due Date; Code /
Description / Qty / Unit Price / VAT / Amount (MK) with two-line descriptions, Sub Total (Excl. VAT), VAT @ 16.5%, Total MK and the
EFD's fiscal code (decoy)), `mw_banner_invoice` (the same content under a coloured band), `mw_credit_note` (CREDIT NOTE against an
invoice (no id) with negative amounts).

Truth: an `invoice` or a `credit_note`; vendor with its TPIN; net = the subtotal excluding VAT; tax = the VAT; total = the total.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentyseventh import mw_party, mw_tpin
from corpus.holdout.fakes_twentysixth import digits
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentysixth import banner_invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "mw_vat_invoice"
D = Decimal
ITEMS = [("CEM-425", "Cement 42.5N 50kg\nShayona / Lafarge", 14500, 19500, "16.5"), ("IBR-30", "IBR roofing sheet 0.30mm x 3.0m\ngalvanised", 21000, 34000, "16.5"),
         ("FERT-23", "Fertiliser NPK 23:21:0+4S 50kg", 62000, 98000, "0"), ("SEED-MH", "Hybrid maize seed 10kg\nSC 403", 38000, 56000, "0"),
         ("A4-80", "Copy paper A4 80gsm (box of 5 reams)", 42000, 61000, "16.5"), ("TNR-26", "Toner cartridge 26A\noriginal", 155000, 240000, "16.5"),
         ("SVC-GEN", "Generator service 20 kVA\nlabour and filters", 180000, 420000, "16.5"), ("TYRE-R15", "Tyre 195/65 R15", 135000, 190000, "16.5"),
         ("AMOX-500", "Amoxicillin 500mg caps x 100", 8500, 14500, "0"), ("DEL-LL", "Delivery Lilongwe - Blantyre (per trip)", 350000, 650000, "16.5"),
         ("CHAIN-6", "Chain saw chain 18in", 38000, 52000, "16.5"), ("SUG-50", "Sugar 50kg", 85000, 120000, "16.5")]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["mw_tax_invoice", "mw_banner_invoice", "mw_credit_note"])
    issued = random_date(rng, date(2023, 1, 9), 880)
    pattern = pick(rng, ["dmy_slash", "d_mon_y", "dd_mon_yyyy"])

    def d(x):
        return fmt_date(x, pattern)

    vendor, customer = mw_party(rng), mw_party(rng)
    buyer_tpin = mw_tpin(rng) if chance(rng, 0.6) else None
    credit = layout == "mw_credit_note"
    number = f"{'CN' if credit else pick(rng, ['INV', 'TI', ''])}{rng.randrange(1000, 999999):06d}"
    original = f"INV{rng.randrange(1000, 999999):06d}"
    lines = []
    for code, desc, low, high, pct in rng.sample(ITEMS, rng.randrange(1, 3) if credit else rng.randrange(2, 8)):
        qty = D(pick(rng, [1, 2, 4, 5, 10, 20, 40, 100])) if high < 100000 else D(pick(rng, [1, 1, 2, 3]))
        price = money(round(rng.uniform(low, high) / 50) * 50)
        line = Line(desc, qty, price, money(qty * price), code=code)
        line.tax_rate = D(pct)
        lines.append(line)
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(sum((li.amount for li in lines if li.tax_rate), D("0.00")) * D("0.165"))
    total = net + tax
    days = pick(rng, [0, 14, 30, 30])
    terms = None if credit else ("Cash" if not days else pick(rng, [f"{days} days", f"Net {days} days"]))
    due = issued + timedelta(days=days) if days and not credit and chance(rng, 0.7) else None
    acct = f"{customer.name[:3].upper()}{rng.randrange(1, 999):03d}" if chance(rng, 0.6) else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="MW", currency="MWK", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=acct)
    minus = "-" if credit else ""

    def a(v):
        return minus + amount(v)

    order = f"LPO {rng.randrange(1000, 99999)}"
    fiscal = f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}"
    vrows = [f"TPIN: {vendor.tax_id}", f"Tel: {vendor.phone}", esc(vendor.email or "")]
    meta = [("Credit Note No:" if credit else "Invoice No:", number), ("Date:", d(issued))] + ([("Ref. Invoice:", original)] if credit else []) \
        + ([("Account No:", acct)] if acct else []) + [("Order No:", order)] + ([("Terms:", terms)] if terms else []) + ([("Due Date:", d(due))] if due else [])
    shown = {id(li): li.description for li in lines}
    for li in lines:
        li.description = li.description.replace("\n", " ")
    head, fr, numeric = ["Code", "Description", "Qty", "Unit Price", "VAT %", "Amount (MK)"], (0.11, 0.39, 0.08, 0.15, 0.09, 0.18), {2, 3, 4, 5}

    def cells(li):
        return [li.code, esc(shown[id(li)]).replace("\n", "<br/>"), str(li.quantity), amount(li.unit_price), f"{li.tax_rate}", a(li.amount)]

    totals = [("Sub Total (Excl. VAT)", a(net)), ("VAT @ 16.5%", a(tax)), ("TOTAL MK", a(total))]
    foot = [f"EFD Fiscal Code: {fiscal}", (f"Credit against invoice {original}: {pick(rng, ['goods returned', 'price adjustment', 'damaged in transit'])}." if credit
                                           else f"Bank: {pick(rng, ['National Bank of Malawi', 'Standard Bank Malawi', 'FDH Bank', 'NBS Bank'])}, A/C {digits(rng, 10)}")]
    title = "CREDIT NOTE" if credit else pick(rng, ["TAX INVOICE", "VAT INVOICE"])
    brows = [f"TPIN: {buyer_tpin}"] if buyer_tpin else []
    notes = {"buyer_tpin": buyer_tpin, "fiscal": fiscal, "order": order, "original": original if credit else None}
    theme = Theme.pick(rng, size=(7.5, 9.0))
    if layout == "mw_banner_invoice":
        return banner_invoice(doc, layout, theme, *A4, title=title, vendor_rows=vrows, buyer_label="Invoice To", buyer_rows=brows, meta=meta, head=head, fractions=fr,
                              numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page")
    return invoice(doc, layout, arrangement(rng, meta), theme, *A4, title=title, vendor_rows=vrows, buyer_label="Customer", buyer_rows=brows, meta=meta,
                   head=head, fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page")
