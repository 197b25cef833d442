"""Bahamian VAT invoices and Belizean GST invoices, and credit notes of either, in English, BSD and BZD, 2023-2025 (invented
companies).

Three prints. `bs_vat_invoice` (VAT INVOICE / TAX INVOICE from a Nassau, Freeport or Family Island business: the supplier's
letterhead with "VAT TIN 112345678" (= tax id) and its Business Licence No. (decoy), P.O. boxes `N-1234` / `SS-1234` / `F-41234`,
Bill To with the customer's TIN (decoy), Invoice No., Invoice Date, Customer No. (= customer id), P.O. No. (decoy), Terms and
Due Date; Qty / Description (long service descriptions wrap) / Unit Price / VAT / Amount, breadbasket foods zero-rated "Z", the
rest at the 10 % standard rate "S"; Sub-Total, VAT @ 10%, Total in `B$1,234.56` or `BSD`, on some the payments received and the
balance due (decoys)), `bz_gst_invoice` (GST INVOICE / TAX INVOICE from a Belize City, Belmopan or San Pedro business: GST TIN
`000123` (= tax id), Trade Licence (decoy), the customer's TIN (decoy); rice, flour, beans and other basic foods zero-rated,
the rest at 12.5 % GST; Sub-Total, GST 12.5%, Total `BZ$`, on some the amount in words "… Belize Dollars and 50/100"),
`bs_bz_credit_note` (CREDIT NOTE / VAT CREDIT NOTE / GST CREDIT NOTE of either country citing the original invoice and its
date (decoys) and the reason, amounts printed with a minus or in brackets).

Truth: an `invoice` (`credit_note` negative); vendor = the supplier with its address and TIN; customer = the customer with its
address (its TIN a decoy); id = the invoice / credit note number; date = the document date; lines = the items before tax,
adding up to the Sub-Total; net = Sub-Total; tax = the VAT / GST; total = Total (payments and balance decoys); terms and due date
where printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentysixth import digits, islands_party
from corpus.holdout.money import fmt_date, money, random_date, words_english
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentysixth import banner_invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "bs_bz_vat_invoice"
D = Decimal
# (description, unit, low, high, zero-rated)
BS_ITEMS = [("Rice, long grain 25 lb", "bag", 18, 29, True), ("Flour, all purpose 25 lb", "bag", 16, 26, True), ("Evaporated milk 12oz (case of 48)", "case", 48, 72, True),
            ("Corned beef 12oz (case of 24)", "case", 62, 96, True), ("Grits, yellow 5 lb", "bag", 5, 9, True),
            ("Plywood 3/4in CDX 4x8", "sheet", 48, 72, False), ("Hurricane shutter panels, galvanised, 14in x 8ft", "panel", 38, 65, False),
            ("PVC pipe 2in x 20ft sch 40", "length", 24, 42, False), ("Portland cement 94 lb", "bag", 16, 24, False),
            ("Outboard engine service 150HP incl. impeller, plugs and lower unit oil", "job", 380, 720, False),
            ("Air-conditioning installation, 24,000 BTU ductless split incl. line set and bracket", "unit", 1800, 3200, False),
            ("Security services - monthly, 1 officer 12 hrs nightly, Harbour Bay premises", "month", 3800, 7200, False),
            ("Printing of brochures A4 tri-fold, full colour (per 1,000)", "lot", 420, 880, False), ("Laptop 15.6in i7 16GB 512GB", "ea", 1250, 2100, False),
            ("Diesel delivered to site (gallons)", "gal", 5.2, 6.4, False), ("Toner cartridge HP 410X black", "ea", 180, 290, False)]
BZ_ITEMS = [("Rice 100 lb (Belize grown)", "sack", 95, 140, True), ("Red kidney beans 50 lb", "sack", 80, 130, True), ("Flour 50 lb", "sack", 55, 85, True),
            ("Sugar brown 50 lb", "sack", 42, 66, True), ("Corn tortilla flour 4 lb", "bag", 6, 10, True),
            ("Zinc roofing sheet 26 gauge x 12ft", "sheet", 42, 68, False), ("Cement 94 lb", "bag", 23, 32, False), ("Pine lumber 2x4x16 (treated)", "length", 18, 30, False),
            ("Water tank 600 gal, black polyethylene", "ea", 540, 820, False), ("Chainsaw service and chain replacement", "job", 120, 260, False),
            ("Boat engine repair, 2-stroke 40HP, carburettor rebuild and labour", "job", 450, 980, False),
            ("Solar panel 400W monocrystalline incl. mounting rails", "ea", 520, 860, False), ("Transport Belize City - Orange Walk, flatbed", "trip", 380, 720, False),
            ("Office desk, laminate 60in", "ea", 420, 780, False), ("Printer paper letter (case of 10 reams)", "case", 95, 150, False)]
REASONS = ["Goods returned - damaged in transit", "Price adjustment as agreed", "Short delivery against delivery note", "Duplicate billing corrected",
           "Returned unopened - wrong specification"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["bs_vat_invoice", "bs_vat_invoice", "bz_gst_invoice", "bz_gst_invoice", "bs_bz_credit_note"])
    credit = layout == "bs_bz_credit_note"
    country = pick(rng, ["BS", "BZ"]) if credit else layout[:2].upper()
    bs = country == "BS"
    vendor, customer = islands_party(rng, country), islands_party(rng, country)
    while customer.name == vendor.name:
        customer = islands_party(rng, country)
    buyer_tin = customer.tax_id if chance(rng, 0.5) else None
    customer.tax_id = None
    pool = BS_ITEMS if bs else BZ_ITEMS
    if credit:
        pool = [x for x in pool if not x[4]] if chance(rng, 0.7) else pool
    count = rng.randrange(1, 4) if credit else pick(rng, [1, 2, 3, 4, 5, 6, 8, 10, 12, 15])
    rate = D(10) if bs else D("12.5")
    lines, zero = [], {}
    for desc, unit, low, high, z in rng.sample(pool, min(count, len(pool))):
        price = money(rng.uniform(low, high)) if high < 100 else money(round(rng.uniform(low, high) / 5) * 5)
        qty = D(pick(rng, [1, 1, 2, 3])) if unit in ("job", "unit", "month", "trip", "lot") or high >= 500 else D(pick(rng, [2, 4, 5, 10, 12, 20, 25, 40]))
        if unit == "gal":
            qty = D(pick(rng, [150, 250, 400, 600]))
        li = Line(desc, qty, price, money(qty * price), unit, code=f"{pick(rng, ['', 'BS', 'HW', 'GR'])}{digits(rng, 5)}")
        lines.append(li)
        zero[id(li)] = z
    issued = random_date(rng, date(2023, 1, 9), 1000)
    if not credit and chance(rng, 0.2):
        # a month's deliveries on one invoice, a line per delivery note
        goods = [x for x in pool if x[1] in ("bag", "sheet", "length", "case", "sack", "gal", "pack", "panel")]
        chosen = [(x, money(rng.uniform(x[2], x[3]))) for x in rng.sample(goods, rng.randrange(1, 4))]
        lines, zero = [], {}
        dn = rng.randrange(1000, 90000)
        for when in sorted(issued - timedelta(days=rng.randrange(1, 31)) for _ in range(rng.randrange(14, 42))):
            (desc, unit, _low, _high, z), price = pick(rng, chosen)
            dn += rng.randrange(1, 12)
            qty = D(pick(rng, [100, 150, 200, 250, 300])) if unit == "gal" else D(pick(rng, [5, 10, 10, 20, 25, 40, 50]))
            li = Line(f"{desc} - D/N {dn} of {fmt_date(when, 'dmy_slash')}", qty, price, money(qty * price), unit, code=f"DN{dn}")
            lines.append(li)
            zero[id(li)] = z
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(sum((li.amount for li in lines if not zero[id(li)]), D("0.00")) * rate / 100)
    total = net + tax
    y = issued.year
    if credit:
        number = pick(rng, [f"CN-{rng.randrange(100, 9999):04d}", f"CR{y % 100}-{rng.randrange(1, 999):03d}", f"{rng.randrange(100, 999)}CN"])
    else:
        number = pick(rng, [f"INV-{rng.randrange(10000, 99999)}", f"{rng.randrange(10000, 999999)}", f"{'NAS' if bs else 'BZE'}-{y}-{rng.randrange(1, 9999):04d}",
                            f"{rng.randrange(1, 9999):04d}/{y % 100}"])
    days = None if credit else pick(rng, [None, 7, 15, 30, 30, 30, 45])
    terms = pick(rng, [f"Net {days}", f"{days} days"]) if days and chance(rng, 0.8) else (pick(rng, ["C.O.D.", "Cash on delivery", None]) if not credit and not days else None)
    due = issued + timedelta(days=days) if days and chance(rng, 0.7) else None
    cust_id = f"{pick(rng, ['C', 'CUS', 'AC'])}{rng.randrange(100, 99999):05d}" if chance(rng, 0.6) else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale=country, currency="BSD" if bs else "BZD", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=cust_id)
    brackets = credit and chance(rng, 0.5)
    sign = -1 if credit else 1

    def n(v):
        v = v * sign
        return f"({amount(-v)})" if brackets and v < 0 else amount(v)

    symbol = pick(rng, ["B$", "BSD ", "$"]) if bs else pick(rng, ["BZ$", "BZD ", "$"])

    def cur(v):
        text = n(v)
        if text.startswith("-"):
            return f"-{symbol}{text[1:]}"
        return f"{symbol}{text}" if not brackets else f"{symbol.strip()} {text}"

    pattern = pick(rng, ["dmy_slash", "dmy_slash", "d_month_y", "mdy_slash", "dd_mon_yyyy"] if bs else ["dmy_slash", "d_month_y", "dmy_dash", "dd_mon_yyyy"])

    def d(x):
        return fmt_date(x, pattern)

    theme = Theme.pick(rng, size=(7.5, 9.0))
    po = f"{pick(rng, ['PO', 'LPO', 'PO-'])}{rng.randrange(1000, 99999)}"
    notes: dict = {"buyer_tin": buyer_tin, "po": po, "licence": vendor.extra["licence"]}
    id_label = pick(rng, ["VAT TIN:", "TIN:", "VAT Reg. TIN:"]) if bs else pick(rng, ["GST TIN:", "TIN:", "GST Reg. No. (TIN):"])
    lic_label = "Business Licence No.:" if bs else "Trade Licence No.:"
    vrows = [f"{id_label} {vendor.tax_id}", f"{lic_label} {vendor.extra['licence']}" if chance(rng, 0.6) else "", f"Tel: {vendor.phone}", esc(vendor.email or "")]
    brows = [f"TIN: {buyer_tin}"] if buyer_tin else []
    meta = [("Credit Note No.:" if credit else "Invoice No.:", number), ("Date:" if chance(rng, 0.5) else ("Credit Note Date:" if credit else "Invoice Date:"), d(issued))]
    if cust_id:
        meta.append(("Customer No.:", cust_id))
    if credit:
        original = issued - timedelta(days=rng.randrange(5, 60))
        orig_no = f"INV-{rng.randrange(10000, 99999)}" if chance(rng, 0.5) else f"{rng.randrange(10000, 999999)}"
        meta += [("Original Invoice:", orig_no), ("Invoice Date:", d(original))]
        notes.update({"original": orig_no})
    else:
        if chance(rng, 0.5):
            meta.append(("P.O. No.:", po))
        if terms:
            meta.append(("Terms:", terms))
        if due:
            meta.append(("Due Date:", d(due)))
    tax_label = f"VAT @ {rate}%" if bs else f"GST {rate}%"
    totals = [("Sub-Total", n(net)), (tax_label, n(tax)), ("Total Credit" if credit else pick(rng, ["Total", "TOTAL", "Invoice Total"]), cur(total))]
    side, foot = [], []
    if credit:
        side.append(f"Reason: {pick(rng, REASONS)}")
        side.append("This credit will be applied to your account.")
    else:
        if chance(rng, 0.2):
            paid = money(total * D(pick(rng, ["0.3", "0.5"])))
            totals += [("Less: Payment Received", n(paid)), ("Balance Due", cur(total - paid))]
            notes["paid"] = float(paid)
        if not bs and chance(rng, 0.5):
            side.append(f"Amount in words: {words_english(total, 'Belize Dollars', 'fraction')}")
        side.append(pick(rng, ["Cheques payable to ", "Wire transfers to ", "Please remit to "]) + esc(vendor.name)
                    + f" - {pick(rng, ['Lucayan Commercial Bank', 'Nassau Savings Bank', 'Island Merchant Bank'] if bs else ['Cayo Commercial Bank', 'Belize Heritage Bank', 'Reef National Bank'])}"
                    + f" A/C {digits(rng, 10)}")
    side.append("S = standard rated 10% · Z = zero-rated" if bs else "S = standard rated 12.5% · Z = zero-rated")
    head = ["Qty", "Code", "Description", "Unit Price", "VAT" if bs else "GST", "Amount"]
    fractions = (0.07, 0.1, 0.45, 0.14, 0.07, 0.17)

    def cells(li):
        return [str(li.quantity), li.code, esc(li.description), n(li.unit_price), "Z" if zero[id(li)] else "S", n(li.amount)]

    title = (pick(rng, ["CREDIT NOTE", "VAT CREDIT NOTE"]) if bs else pick(rng, ["CREDIT NOTE", "GST CREDIT NOTE"])) if credit else \
        (pick(rng, ["VAT INVOICE", "TAX INVOICE"]) if bs else pick(rng, ["GST INVOICE", "TAX INVOICE"]))
    size = LETTER if chance(rng, 0.6) else A4
    if chance(rng, 0.5):
        return banner_invoice(doc, layout, theme, *size, title=title, vendor_rows=vrows, buyer_label="Bill To" if not credit else "Customer", buyer_rows=brows,
                              meta=meta, head=head, fractions=fractions, numeric={0, 3, 5}, cells=cells, totals=totals, foot=foot, side=side, notes=notes,
                              footer_text="Page")
    return invoice(doc, layout, arrangement(rng, meta), theme, *size, title=title, vendor_rows=vrows, buyer_label=pick(rng, ["Bill To", "Sold To", "Customer"]),
                   buyer_rows=brows, meta=meta, head=head, fractions=fractions, numeric={0, 3, 5}, cells=cells, totals=totals, foot=side + foot, notes=notes,
                   footer_text="Page")
