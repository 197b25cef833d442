"""Botswana and Namibian tax invoices and credit notes, in English, BWP and NAD, 2023-2025 (invented companies).

Three prints. `bw_tax_invoice` (TAX INVOICE: the supplier's letterhead with its VAT Reg. No. `P03123456789` (= tax id) and
CIPA Co. Reg. No. / UIN `BW00001234567` (decoy), "Private Bag" or "P O Box" lines, the customer's VAT number (decoy), Invoice
No., Date, Account No. (= customer id), Order No. and Delivery Note (decoys), Sales Rep, Terms and Due Date; Code / Description
(long descriptions wrap over lines) / Qty / Unit Price / VAT / Amount Excl., basic foods zero-rated "Z"; Sub-Total, on some a
trade discount before VAT, "VAT @ 14%", Total in pula `P 12,345.67` / `BWP 12 345.67`), `na_tax_invoice` (TAX INVOICE in
Namibian dollars `N$ 12,345.67`: VAT Reg. No. `1234567-015` (= tax id), Reg. No. / CC number (decoy), VAT at 15 % with maize and
mahangu meal, bread, cooking oil and fresh milk zero-rated; the same meta in a boxed grid on some), `bw_na_credit_note` (TAX
CREDIT NOTE / CREDIT NOTE of either country citing the original invoice and its date (decoys) and the reason, amounts
negative).

Truth: an `invoice` (`credit_note` negative); vendor = the supplier with its address and VAT number; customer = the customer
with its address (its VAT number a decoy); id = the invoice / credit note number; date = the document date; net = the amount
excluding VAT after any trade discount (the discount the lines' adjustment); tax = the VAT; total = the total including VAT;
terms and due date where printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentyfifth import digits, southern_party
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfifth import boxed_invoice
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "bw_na_tax_invoice"
D = Decimal
# (description, unit, low, high, zero-rated)
BW_ITEMS = [("Maize meal 12.5kg", "bag", 55, 90, True), ("Sorghum meal (mabele) 10kg", "bag", 60, 95, True), ("Samp 10kg", "bag", 70, 110, True),
            ("Bread flour 12.5kg", "bag", 95, 150, True), ("Illuminating paraffin 20L", "drum", 260, 380, True),
            ("Cement OPC 42.5N 50kg", "bag", 85, 120, False), ("IBR roof sheeting 0.47mm x 6m", "sheet", 310, 520, False),
            ("Copper cable 2.5mm twin & earth (100m)", "roll", 1100, 1900, False), ("A4 copy paper 80gsm (box of 5 reams)", "box", 260, 420, False),
            ("Toner cartridge, high yield black", "ea", 780, 1900, False), ("Laptop 14in i5 8GB 512GB SSD", "ea", 7800, 12500, False),
            ("Supply and installation of 5kVA hybrid inverter system incl. 2 x 200Ah lithium batteries, cabling and commissioning", "set", 38000, 62000, False),
            ("Borehole pump service and replacement of riser pipes, Mokolodi site", "job", 4500, 14000, False),
            ("Transport Gaborone - Francistown, 8 ton truck", "trip", 4200, 7800, False), ("Security guarding services - monthly, 2 guards 24h", "month", 16000, 32000, False),
            ("Vehicle service Toyota Hilux 2.8 GD-6 (major service incl. filters and oil)", "job", 3800, 7200, False)]
NA_ITEMS = [("Maize meal 10kg", "bag", 85, 130, True), ("Mahangu meal 5kg", "bag", 60, 95, True), ("Brown bread 700g", "loaf", 14, 22, True),
            ("Cooking oil 2L", "ea", 48, 75, True), ("Fresh milk 2L", "ea", 30, 45, True),
            ("Diesel 50ppm", "litre", 19, 24, False), ("Cement 50kg CEM II", "bag", 95, 130, False), ("Corrugated iron 0.5mm x 3.6m", "sheet", 240, 390, False),
            ("Fishing net monofilament 100m", "ea", 1400, 2600, False), ("Office chairs, high back, black", "ea", 1300, 2900, False),
            ("Printer toner cartridge 85A", "ea", 850, 1600, False), ("Generator service 60kVA incl. fuel and oil filters", "job", 4800, 9800, False),
            ("Refrigeration repair - cold room compressor replacement, Walvis Bay depot", "job", 18000, 46000, False),
            ("Road freight Windhoek - Oshakati, 14 ton", "trip", 9000, 16000, False), ("Catering - conference lunch (buffet)", "pax", 160, 290, False),
            ("IT support retainer - monthly, up to 20 hours on site", "month", 9500, 22000, False)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["bw_tax_invoice", "bw_tax_invoice", "na_tax_invoice", "na_tax_invoice", "bw_na_credit_note"])
    credit = layout == "bw_na_credit_note"
    country = pick(rng, ["BW", "NA"]) if credit else layout[:2].upper()
    vendor, customer = southern_party(rng, country), southern_party(rng, country)
    while customer.name == vendor.name:
        customer = southern_party(rng, country)
    buyer_vat = customer.tax_id if chance(rng, 0.7) else None
    customer.tax_id = None
    issued = random_date(rng, date(2023, 1, 9), 1000)
    pool = BW_ITEMS if country == "BW" else NA_ITEMS
    if credit:   # a credit note corrects standard-rated supplies
        pool = [item for item in pool if not item[4]]
    count = rng.randrange(1, 4) if credit else pick(rng, [1, 2, 3, 4, 5, 6, 8, 10, 12, 16])
    chosen = rng.sample(pool, min(count, len(pool)))
    rate = D(14) if country == "BW" else D(15)
    lines, zero = [], {}
    for desc, unit, low, high, zr in chosen:
        price = money(rng.uniform(low, high)) if high < 1000 else money(round(rng.uniform(low, high) / 10) * 10)
        if unit in ("set", "job", "month", "trip") or high >= 5000:
            qty = D(pick(rng, [1, 1, 1, 2]))
        elif unit == "litre":
            qty = D(pick(rng, [200, 500, 850, 1000, 2500]))
        else:
            qty = D(pick(rng, [1, 2, 3, 5, 10, 12, 20, 40, 50]))
        li = Line(desc, qty, price, money(qty * price), unit, code=f"{pick(rng, ['', 'P', 'ST', 'HW'])}{digits(rng, 5)}", tax_rate=D(0) if zr else rate)
        lines.append(li)
        zero[id(li)] = zr
    gross_lines = sum((li.amount for li in lines), D("0.00"))
    discount_pct = D(pick(rng, [2.5, 5, 10])) if not credit and chance(rng, 0.2) else None
    discount = money(gross_lines * discount_pct / 100) if discount_pct else D("0.00")
    net = gross_lines - discount
    std = sum((li.amount for li in lines if not zero[id(li)]), D("0.00"))
    std_after = std - (money(std * discount_pct / 100) if discount_pct else D("0.00"))
    tax = money(std_after * rate / 100)
    total = net + tax
    y = issued.year
    if credit:
        number = pick(rng, [f"CN{rng.randrange(1000, 99999)}", f"CRN-{y}-{rng.randrange(1, 9999):04d}", f"C{rng.randrange(100000, 999999)}"])
    else:
        number = pick(rng, [f"INV{rng.randrange(10000, 999999)}", f"{rng.randrange(10000, 999999)}", f"TI-{y}-{rng.randrange(1, 99999):05d}",
                            f"IN{y % 100}{rng.randrange(1, 9999):04d}"])
    days = None if credit else pick(rng, [None, 7, 14, 30, 30, 30, 60])
    terms = None
    if days and chance(rng, 0.7):
        terms = pick(rng, [f"{days} days", f"Net {days} days", f"{days} days from statement"])
    elif not days and not credit and chance(rng, 0.3):
        terms = pick(rng, ["C.O.D.", "Cash on delivery"])
    due = issued + timedelta(days=days) if days and chance(rng, 0.7) else None
    acct = f"{pick(rng, ['ACC', 'C', 'DEB', ''])}{rng.randrange(100, 99999):05d}" if chance(rng, 0.7) else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale=country, currency="BWP" if country == "BW" else "NAD", vendor=vendor,
              customer=customer, invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due,
              payment_terms=terms, customer_id=acct, lines_adjustment=-discount)
    sign = -1 if credit else 1
    spaced = chance(rng, 0.3)

    def n(v):
        return amount(v * sign, " " if spaced else ",", ".")

    symbol = ("P" if chance(rng, 0.6) else "BWP") if country == "BW" else ("N$" if chance(rng, 0.7) else "NAD")

    def cur(v):
        return f"{symbol} {n(v)}" if symbol != "N$" or chance(rng, 0.5) else f"N${n(v)}"

    pattern = pick(rng, ["dmy_slash", "dmy_slash", "d_month_y", "ymd_slash", "dd_mon_yyyy"])

    def d(x):
        return fmt_date(x, pattern)

    theme = Theme.pick(rng, size=(7.5, 9.0))
    order = f"{pick(rng, ['PO', 'LPO', 'ORD'])}{rng.randrange(1000, 99999)}"
    dn = f"DN{rng.randrange(10000, 99999)}"
    reg_label = "Co. Reg. No." if country == "BW" else pick(rng, ["Reg. No.", "Company Reg. No."])
    notes: dict = {"buyer_vat": buyer_vat, "reg": vendor.extra["reg"], "order": order, "delivery_note": dn}
    vrows = [f"VAT Reg. No.: {vendor.tax_id}", f"{reg_label}: {vendor.extra['reg']}", f"Tel: {vendor.phone}", esc(vendor.email or "")]
    brows = [f"VAT No.: {buyer_vat}"] if buyer_vat else []
    meta = [("Credit Note No.:" if credit else "Invoice No.:", number), ("Date:", d(issued))]
    if acct:
        meta.append(("Account No.:", acct))
    if not credit and chance(rng, 0.5):
        meta.append(("Order No.:", order))
    if not credit and chance(rng, 0.3):
        meta.append(("Delivery Note:", dn))
    if terms:
        meta.append(("Terms:", terms))
    if due:
        meta.append(("Due Date:", d(due)))
    foot: list[str] = []
    if credit:
        orig = f"INV{rng.randrange(10000, 999999)}"
        meta += [("Original Invoice:", orig), ("Invoice Date:", d(issued - timedelta(days=rng.randrange(3, 60))))]
        foot.append("Reason: " + pick(rng, ["Goods returned - damaged in transit", "Price adjustment as agreed", "Short delivery", "Overcharge on invoice"]))
        notes["original"] = orig
    rate_label = f"VAT @ {rate}%"
    totals = [("Sub-Total", n(gross_lines))]
    if discount_pct:
        totals += [(f"Less trade discount {discount_pct.normalize()}%", n(-discount)), ("Total Excl. VAT", n(net))]
        notes["discount"] = float(discount)
    totals += [(rate_label, n(tax)), ("Total Incl. VAT" if chance(rng, 0.5) else "TOTAL", cur(total))]
    zr_total = sum((li.amount for li in lines if zero[id(li)]), D("0.00"))
    if zr_total:
        foot.append("Z = zero-rated supply")
    bank = pick(rng, ["First Capital Bank", "Stanbic Bank Botswana", "Absa Bank Botswana", "FNB Botswana"]) if country == "BW" else \
        pick(rng, ["Bank Windhoek", "FNB Namibia", "Nedbank Namibia", "Standard Bank Namibia"])
    foot.append(f"Banking details: {bank}, Acc. No. {digits(rng, 10)}, Branch code {digits(rng, 6)}. Please use the invoice number as reference.")
    if country == "NA" and chance(rng, 0.5):
        foot.append("Goods remain the property of the seller until paid in full. E&amp;OE.")
    head = ["Code", "Description", "Qty", "Unit Price", "VAT", "Amount Excl."]
    fractions = (0.1, 0.43, 0.08, 0.14, 0.08, 0.17)
    numeric = {2, 3, 4, 5}

    def cells(li):
        return [li.code, esc(li.description), str(li.quantity), n(li.unit_price), "Z" if zero[id(li)] else f"{rate}%", n(li.amount)]

    title = ("TAX CREDIT NOTE" if chance(rng, 0.5) else "CREDIT NOTE") if credit else "TAX INVOICE"
    if chance(rng, 0.4):
        return boxed_invoice(doc, layout, theme, *A4, title=title, vendor_rows=vrows, buyer_label="Invoice To" if not credit else "Customer",
                             buyer_rows=brows, meta=[(k.rstrip(":"), v) for k, v in meta], head=head, fractions=fractions, numeric=numeric, cells=cells,
                             totals=totals, foot=foot, notes=notes, footer_text="Page")
    return invoice(doc, layout, arrangement(rng, meta), theme, *A4, title=title, vendor_rows=vrows, buyer_label="Bill To" if not credit else "Customer",
                   buyer_rows=brows, meta=meta, head=head, fractions=fractions, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes,
                   footer_text="Page")
