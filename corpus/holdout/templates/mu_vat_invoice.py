"""Mauritian VAT invoices and credit notes under the MRA's e-invoicing system (EBS: the IRN and the QR the MRA returns), in
English, MUR (Rs), 2023-2025.

Three prints. `mu_vat_invoice_ebs` (VAT INVOICE: the seller's BRN (decoy) and VAT No. (8 digits), Invoice No., Date, Buyer with
its BRN and VAT No. (decoys) and address, Item Code / Description / Qty / Unit Price (Rs) / Amount excl. VAT / VAT 15 % (or
Exempt / Zero-rated), Total excl. VAT, VAT @ 15 %, Total incl. VAT; "Fiscalised by MRA - IRN: ..." and the QR),
`mu_vat_invoice_classic` (the accounting package's TAX INVOICE: Customer A/C (= customer id), Terms "30 days" (= payment terms)
and Due Date, the same totals, bank details at the foot), `mu_credit_note` (VAT CREDIT NOTE: Credit Note No., the original
invoice (decoy), the reason, the lines credited, the MRA IRN).

Truth: vendor = the seller, tax id = its VAT No. (the BRN and the IRN are decoys); customer = the buyer with its address; id =
the invoice / credit note number; date = its date; net = Total excl. VAT, tax = VAT, total = Total incl. VAT; a credit note
negative; due date and terms where printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentyfirst import mu_irn, mu_party
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import priced_lines
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._vat_simple import render

FAMILY = "mu_vat_invoice"
D = Decimal
ITEMS = [("Bottled mineral water 1.5L (case of 6)", "case", 60, 110), ("Frozen fish fillet 1 kg", "kg", 180, 420), ("Linen hire - bath towels", "pcs", 25, 60),
         ("Printing of A4 brochures, full colour", "pcs", 6, 18), ("Air conditioner servicing", "unit", 900, 2500), ("Diesel generator rental (per day)", "day", 3500, 9000),
         ("Office chairs, mesh back", "pcs", 2800, 7500), ("Cleaning chemicals 5L", "can", 350, 900), ("Basmati rice 25 kg bag", "bag", 1100, 1900),
         ("Website hosting - annual", "year", 6000, 18000), ("Accounting services - monthly retainer", "month", 15000, 45000), ("Sugar cane rum 70cl", "btl", 450, 950)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["mu_vat_invoice_ebs", "mu_vat_invoice_ebs", "mu_vat_invoice_classic", "mu_credit_note"])
    vendor, customer = mu_party(rng), mu_party(rng)
    buyer_vat, buyer_brn = customer.tax_id, customer.extra["brn"]
    customer.tax_id = None
    issued = random_date(rng, date(2023, 1, 9), 1000)
    credit = layout == "mu_credit_note"
    lines = priced_lines(rng, ITEMS, rng.randrange(1, 4 if credit else 12), quantities=(1, 1, 2, 3, 5, 10, 12, 24))
    for li in lines:
        li.tax_rate = D(0) if chance(rng, 0.1) else D(15)
    net = sum((li.amount for li in lines), D("0.00"))
    tax = sum((money(li.amount * li.tax_rate / 100) for li in lines), D("0.00"))
    if tax == 0:
        lines[0].tax_rate = D(15)
        tax = sum((money(li.amount * li.tax_rate / 100) for li in lines), D("0.00"))
    total = net + tax
    classic = layout == "mu_vat_invoice_classic"
    number = (f"CN{rng.randrange(1000, 99999)}" if credit else pick(rng, [f"INV-{rng.randrange(10000, 99999)}", f"{rng.randrange(100000, 999999)}", f"TI/{issued.year}/{rng.randrange(1, 9999):04d}"]))
    days = pick(rng, [30, 30, 45, 60]) if classic else None
    terms = f"{days} days" if classic else None
    due = issued + timedelta(days=days) if classic else None
    acct = f"{customer.name[:3].upper()}{rng.randrange(100, 999)}" if classic else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="MU", currency="MUR", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=acct)

    def n(v):
        return amount(v, ",", ".")

    dfmt = pick(rng, ["%d/%m/%Y", "%d-%b-%Y", "%d %B %Y"])
    d = lambda x: x.strftime(dfmt)  # noqa: E731
    theme = Theme.pick(rng, size=(7.5, 8.8))
    width, height = A4
    head = ["Item Code", "Description", "Qty", "Unit Price (Rs)", "Amount excl. VAT", "VAT"]
    fr = (0.1, 0.4, 0.07, 0.14, 0.16, 0.13)
    codes = {id(li): f"{pick(rng, ['P', 'S', 'IT'])}{rng.randrange(1000, 9999)}" for li in lines}

    def cells(li):
        return [codes[id(li)], esc(li.description), str(li.quantity), n(li.unit_price), n(li.amount), "15%" if li.tax_rate else "Exempt"]

    irn = mu_irn(rng)
    totals = [("Total excl. VAT", n(net)), ("VAT @ 15%", n(tax)), ("Total incl. VAT (Rs)", n(total))]
    vrows = [f"BRN: {vendor.extra['brn']}", f"VAT No.: {vendor.tax_id}", f"Tel: {vendor.phone}"]
    brows = [f"BRN: {buyer_brn}", f"VAT No.: {buyer_vat}"]
    notes = {"irn": irn, "brn": vendor.extra["brn"], "buyer_vat": buyer_vat}
    if credit:
        orig = f"INV-{rng.randrange(10000, 99999)}"
        meta = [("Credit Note No.:", number), ("Date:", d(issued)), ("Original Invoice:", orig)]
        foot = [f"Reason: {pick(rng, ['Goods returned', 'Price adjustment', 'Damaged on delivery'])}", f"Fiscalised by MRA - IRN: {irn}"]
        return render(doc, layout, rng, theme, width, height, title="VAT CREDIT NOTE", vendor_rows=vrows, meta=meta, buyer_label="Credit to", buyer_rows=brows,
                      head=head, fractions=fr, numeric={2, 3, 4}, cells=cells, totals=totals, foot=foot, qr=f"MRA|{vendor.tax_id}|{irn}|{total}", notes=notes)
    if classic:
        meta = [("Invoice No.:", number), ("Date:", d(issued)), ("Customer A/C:", acct), ("Terms:", terms), ("Due Date:", d(due))]
        foot = [f"Bank: MCB Ltd, Account {rng.randrange(10**11, 10**12)}, IBAN MU{rng.randrange(10, 99)}MCBL{rng.randrange(10**17, 10**18)}MUR",
                f"E-invoice IRN: {irn}"]
        return render(doc, layout, rng, theme, width, height, title="TAX INVOICE", vendor_rows=vrows, meta=meta, buyer_label="Bill To", buyer_rows=brows,
                      head=head, fractions=fr, numeric={2, 3, 4}, cells=cells, totals=totals, foot=foot, notes=notes, letter_left=False)
    meta = [("Invoice No.:", number), ("Date:", d(issued)), ("Time:", f"{rng.randrange(8, 19):02d}:{rng.randrange(60):02d}")]
    foot = [f"Fiscalised by MRA - IRN: {irn}", "Goods sold are not returnable. E&amp;OE."]
    return render(doc, layout, rng, theme, width, height, title="VAT INVOICE", vendor_rows=vrows, meta=meta, buyer_label="Buyer", buyer_rows=brows,
                  head=head, fractions=fr, numeric={2, 3, 4}, cells=cells, totals=totals, foot=foot, qr=f"MRA|{vendor.tax_id}|{irn}|{total}", notes=notes)
