"""Fijian and Papua New Guinean tax invoices, and Fijian till receipts under the VAT Monitoring System, in English, FJD and PGK,
2023-2025 (invented companies and shops).

Three prints. `fj_tax_invoice` (TAX INVOICE: the supplier's TIN `50-12345-6-7` (= tax id) and Co. Reg. No. (decoy), the
customer's TIN (decoy), Invoice No., Date, Customer A/C (= customer id), Order No. (decoy), Terms and Due Date; Code /
Description / Qty / Unit Price (VEP) / VAT / Amount (VEP), basic foods zero-rated "Z"; Sub Total (VEP), "VAT @ 15%" (9 % on
invoices dated before 1 August 2023, when the standard rate rose), Total (VIP) and the zero-rated share (decoy)),
`pg_tax_invoice` (TAX INVOICE in kina `K 1,234.50`: TIN (= tax id), IPA Reg. No. (decoy), the customer's TIN (decoy), Invoice
No., Date, Account No. (= customer id), Terms, Due Date; Subtotal, GST 10 %, Total Amount Due, then deposit received and balance
(decoys) on some), `fj_vms_receipt` (an 80 mm till roll: the shop's brand (decoy) over the company and its TIN, NORMAL SALE,
Receipt No. (= id), the VMS invoice number `AB12CD34-EF56GH78-1234` and the invoice counter (decoys), the cashier, items with tax
labels A (VAT) and Z (zero-rated), "2 x 3.45" under a multiple, TOTAL, the tax table per label, Total Tax, cash and change, a
QR-like mark).

Truth: an `invoice` or a `receipt` with no customer; vendor = the supplier / the shop's company with its address and TIN;
customer = the customer with its address (its TIN a decoy); id = the invoice / receipt number; date = the invoice / sale date;
lines = the items (on the roll a single item's quantity and price null; amounts VAT inclusive, adding up to the total); net =
Sub Total (VEP) / Subtotal (none on the roll); tax = the VAT / GST (Total Tax on the roll); total = Total (VIP) / Total Amount
Due / TOTAL (a deposit and the balance after it decoys); terms and due date where printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentyfourth import digits, fj_vms_invoice_no, pacific_party
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import rows_html
from corpus.holdout.templates._fourteenth import roll_sheet
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "fj_pg_tax_invoice"
D = Decimal
FJ_RISE = date(2023, 8, 1)
# (description, unit, low, high, zero-rated)
FJ_ITEMS = [("Rice long grain 10kg", "bag", 22, 38, True), ("Flour plain 10kg", "bag", 18, 30, True), ("Cooking oil 4L", "ea", 16, 28, True),
            ("Tinned mackerel 425g (ctn 24)", "ctn", 65, 110, True), ("Milk powder full cream 1kg", "ea", 14, 24, True), ("Dhal split 2kg", "pkt", 7, 12, True),
            ("Cement 40kg bag", "bag", 19, 27, False), ("Timber pine 100x50 H3 4.8m", "len", 24, 46, False), ("Roofing iron 0.42mm (per metre)", "m", 14, 22, False),
            ("PVC pipe 100mm x 6m", "len", 38, 75, False), ("Paint acrylic exterior 10L", "pail", 120, 260, False), ("Printer toner cartridge", "ea", 85, 240, False),
            ("Plumbing labour", "hr", 35, 65, False), ("Outboard motor service 40HP", "job", 180, 520, False), ("Inter-island freight Suva - Labasa", "cbm", 60, 140, False),
            ("Generator hire 20kVA", "day", 95, 220, False)]
PG_ITEMS = [("Rice 10kg", "bag", 45, 70), ("Tinned fish 425g (ctn 24)", "ctn", 120, 190), ("Cement 40kg", "bag", 55, 80), ("Diesel", "litre", 4, 6),
            ("Generator hire 60kVA", "day", 450, 1200), ("Security guard services (monthly)", "month", 3500, 14000), ("Airfreight POM - LAE", "kg", 6, 14),
            ("Toner cartridge HP 85A", "ea", 180, 420), ("Steel mesh SL82 6x2.4m", "sheet", 140, 260), ("Catering - staff lunch", "pax", 35, 60),
            ("Vehicle service Toyota Land Cruiser", "job", 900, 2600), ("Office chairs", "ea", 280, 750)]
ROLL_ITEMS = [("RICE LONG GRAIN 5KG", 11, 19, True), ("SUGAR BROWN 2KG", 4, 7, True), ("FLOUR PLAIN 2KG", 4, 7, True), ("TIN FISH MACKEREL 425G", 3, 6, True),
              ("CORNED MUTTON 340G", 6, 11, False), ("KAVA POWDER 500G", 30, 55, False), ("CHICKEN FROZEN 1.2KG", 12, 19, False), ("SOFT DRINK 1.5L", 3, 5, False),
              ("INSTANT NOODLES 5PK", 3, 6, False), ("LAUNDRY POWDER 1KG", 6, 10, False), ("BREAD SANDWICH LOAF", 2, 4, True), ("TOOTHPASTE 150G", 3, 7, False),
              ("TUNA CHUNKS 185G", 3, 5, True), ("BISCUITS CREAM CRACKERS", 3, 6, False), ("PEANUT BUTTER 500G", 7, 12, False)]
BRANDS = ["BULA MART", "VITI VALUE", "SUNRISE SUPERMARKET", "COCONUT CORNER", "ISLAND FRESH", "NAKASI SAVERS"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["fj_tax_invoice", "fj_tax_invoice", "pg_tax_invoice", "fj_vms_receipt"])
    issued = random_date(rng, date(2023, 1, 9), 1000)
    if layout == "fj_vms_receipt":
        return _roll(rng, layout, issued)
    fiji = layout == "fj_tax_invoice"
    country = "FJ" if fiji else "PG"
    vendor, customer = pacific_party(rng, country), pacific_party(rng, country)
    while customer.name == vendor.name:
        customer = pacific_party(rng, country)
    buyer_tin = customer.tax_id
    customer.tax_id = None
    count = pick(rng, [1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 24])
    pool = FJ_ITEMS if fiji else [(*p, False) for p in PG_ITEMS]
    chosen = rng.sample(pool, min(count, len(pool)))
    lines, zero = [], {}
    rate = (D(15) if issued >= FJ_RISE else D(9)) if fiji else D(10)
    for desc, unit, low, high, zr in chosen:
        price = money(rng.uniform(low, high)) if high < 500 else money(round(rng.uniform(low, high) / 10) * 10)
        qty = D(pick(rng, [1, 1, 2, 3, 4, 5, 6, 10, 12, 20, 24, 40])) if high < 500 else D(pick(rng, [1, 1, 2, 3]))
        li = Line(desc, qty, price, money(qty * price), unit, code=f"{pick(rng, ['HW', 'GR', 'SV', 'FR'])}{digits(rng, 4)}", tax_rate=D(0) if zr else rate)
        lines.append(li)
        zero[id(li)] = zr
    net = sum((li.amount for li in lines), D("0.00"))
    std = sum((li.amount for li in lines if not zero[id(li)]), D("0.00"))
    tax = money(std * rate / 100)
    total = net + tax
    number = pick(rng, [f"INV{rng.randrange(10000, 999999)}", f"{rng.randrange(10000, 999999)}", f"TI-{issued.year}-{rng.randrange(1, 99999):05d}",
                        f"{pick(rng, ['SI', 'IN'])}{rng.randrange(1000, 99999):06d}"])
    days = pick(rng, [None, 7, 14, 30, 30, 30])
    terms = (f"{days} Days" if chance(rng, 0.6) else f"Net {days} days") if days and chance(rng, 0.7) else ("C.O.D." if not days and chance(rng, 0.4) else None)
    due = issued + timedelta(days=days) if days and chance(rng, 0.7) else None
    acct = f"{pick(rng, ['', 'A', 'C'])}{rng.randrange(1000, 99999)}" if chance(rng, 0.6) else None
    doc = Doc(document_type="invoice", locale=country, currency="FJD" if fiji else "PGK", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=acct)
    pattern = pick(rng, ["dmy_slash", "dd_mon_yyyy", "d_mon_y"])

    def d(x):
        return fmt_date(x, pattern)

    kina_space = chance(rng, 0.5)

    def n(v):
        return amount(v)

    def cur(v):
        return f"FJ${amount(v)}" if fiji else (f"K {amount(v)}" if kina_space else f"K{amount(v)}")

    theme = Theme.pick(rng, size=(7.5, 9.0))
    order = f"{pick(rng, ['PO', 'LPO', 'ORD'])}{rng.randrange(1000, 99999)}"
    notes: dict = {"buyer_tin": buyer_tin, "order": order}
    if fiji:
        vrows = [f"TIN: {vendor.tax_id}", f"Co. Reg. No.: {vendor.extra['company_no']}", f"Ph: {vendor.phone}"]
        notes["company_no"] = vendor.extra["company_no"]
    else:
        vrows = [f"TIN: {vendor.tax_id}", f"IPA Reg. No.: {vendor.extra['ipa']}", f"Ph: {vendor.phone}"]
        notes["ipa"] = vendor.extra["ipa"]
    brows = [f"TIN: {buyer_tin}"]
    meta = [("Invoice No.:", number), ("Date:", d(issued))]
    if acct:
        meta.append(("Customer A/C:" if fiji else "Account No.:", acct))
    if chance(rng, 0.5):
        meta.append(("Order No.:", order))
    if terms:
        meta.append(("Terms:", terms))
    if due:
        meta.append(("Due Date:", d(due)))
    foot = []
    if fiji:
        head = ["Code", "Description", "Qty", "Unit Price (VEP)", "VAT", "Amount (VEP)"]
        fractions = (0.1, 0.4, 0.08, 0.16, 0.08, 0.18)

        def cells(li):
            return [li.code, esc(li.description), str(li.quantity), n(li.unit_price), "Z" if zero[id(li)] else f"{rate}%", n(li.amount)]

        totals = [("Sub Total (VEP)", n(net)), (f"VAT @ {rate}%", n(tax)), ("Total (VIP)", cur(total))]
        zr_total = net - std
        if zr_total:
            foot.append(f"Z = zero-rated supply. Zero-rated items in this invoice: FJ${amount(zr_total)}")
            notes["zero_rated"] = float(zr_total)
        foot.append(f"Payments to: {pick(rng, ['Westpac', 'BSP', 'ANZ', 'HFC Bank', 'BRED Bank'])} A/C {digits(rng, 7)} · Please quote the invoice number.")
    else:
        head = ["Description", "Qty", "Unit Price", "Amount"]
        fractions = (0.52, 0.1, 0.18, 0.2)

        def cells(li):
            return [esc(li.description), str(li.quantity), n(li.unit_price), n(li.amount)]

        totals = [("Subtotal", cur(net)), ("GST 10%", cur(tax)), ("Total Amount Due", cur(total))]
        if chance(rng, 0.3):
            deposit = money(total * D(pick(rng, ["0.3", "0.5"])))
            totals += [("Less: Deposit received", cur(deposit)), ("Balance Due", cur(total - deposit))]
            notes["deposit"] = float(deposit)
        foot.append(f"Bank: {pick(rng, ['BSP', 'Kina Bank', 'Westpac PNG', 'ANZ PNG'])}, Port Moresby · A/C No. {digits(rng, 10)} · BSB {digits(rng, 6)}")
    return invoice(doc, layout, arrangement(rng, meta), theme, *A4, title="TAX INVOICE", vendor_rows=vrows, buyer_label="Bill To", buyer_rows=brows,
                   meta=meta, head=head, fractions=fractions, numeric=set(range(len(head))) - {0, 1} if fiji else {1, 2, 3}, cells=cells, totals=totals,
                   foot=foot, notes=notes, footer_text="Page")


def _roll(rng: random.Random, layout: str, issued: date) -> Built:
    vendor = pacific_party(rng, "FJ")
    brand = pick(rng, BRANDS)
    rate = D(15) if issued >= FJ_RISE else D(9)
    picked = rng.sample(ROLL_ITEMS, rng.randrange(2, 10))
    lines, zr = [], {}
    for desc, low, high, zero in picked:
        qty = D(pick(rng, [1, 1, 1, 2, 2, 3, 4, 6]))
        price = money(round(rng.uniform(low, high) * 20) / 20)
        li = Line(desc, qty, price, money(qty * price))
        lines.append(li)
        zr[id(li)] = zero
    total = sum((li.amount for li in lines), D("0.00"))
    a_total = sum((li.amount for li in lines if not zr[id(li)]), D("0.00"))
    tax = money(a_total * rate / (100 + rate))
    number = pick(rng, [f"{rng.randrange(100000, 999999)}", f"R{rng.randrange(10000, 99999)}-{rng.randrange(1, 9)}", f"{rng.randrange(1, 9)}/{rng.randrange(10000, 99999)}"])
    doc = Doc(document_type="receipt", locale="FJ", currency="FJD", vendor=vendor, customer=None, invoice_ids=[number], document_date=issued, total=total,
              tax=tax, lines=lines, lines_sum_to="total")
    vms = fj_vms_invoice_no(rng)
    counter = f"{rng.randrange(100, 9999)}/{rng.randrange(10000, 99999)}NS"
    rows = ""
    for li in lines:
        label = "Z" if zr[id(li)] else "A"
        if li.quantity == 1:
            rows += f"<tr><td style='width:150pt'>{esc(li.description)}</td><td class='r' style='width:44pt'>{amount(li.amount)} {label}</td></tr>"
            li.quantity = li.unit_price = None
        else:
            rows += (f"<tr><td style='width:150pt'>{esc(li.description)}<br/>&#160; {li.quantity} x {amount(li.unit_price)}</td>"
                     f"<td class='r' style='width:44pt'>{amount(li.amount)} {label}</td></tr>")
    given = D(pick(rng, [20, 50, 100]))
    while given < total:
        given += 50
    card = chance(rng, 0.35)
    pay = [("EFTPOS", amount(total))] if card else [("Cash", amount(given)), ("Change", amount(given - total))]
    tax_rows = [("A VAT", f"{rate:.2f}%", amount(tax))] + ([("Z Zero-rated", "0.00%", "0.00")] if a_total != total else [])
    when = f"{fmt_date(issued, 'dmy_slash')} {rng.randrange(7, 21):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    cashier = pick(rng, ["Mere", "Salote", "Ravi", "Anjali", "Josaia", "Litia", "Pritesh"])
    body = (f"<p class='c b' style='font-size:12pt'>{esc(brand)}</p><p class='c b'>{esc(vendor.name)}</p>"
            + "".join(f"<p class='c small'>{esc(a)}</p>" for a in vendor.address) + f"<p class='c small'>TIN: {vendor.tax_id}</p>"
            + "<p class='c b' style='margin-top:4pt'>==== NORMAL SALE ====</p>"
            + f"<p>Receipt No: {number}</p><p>Date: {when}</p><p>Cashier: {cashier}</p>"
            + f"<p class='small'>VMS Invoice No: {vms}</p><p class='small'>Invoice Counter: {counter}</p>"
            + f"<table style='margin-top:3pt'>{rows}</table>"
            + rows_html([("TOTAL FJ$", amount(total))], widths=(150, 50))
            + rows_html(pay, strong_last=False, widths=(150, 50))
            + "<table style='margin-top:4pt'><tr><td class='small b' style='width:70pt'>Tax Label</td><td class='small b' style='width:50pt'>Rate</td>"
            + "<td class='small b r' style='width:60pt'>Tax</td></tr>"
            + "".join(f"<tr><td class='small' style='width:70pt'>{a}</td><td class='small' style='width:50pt'>{b}</td><td class='small r' style='width:60pt'>{c}</td></tr>"
                      for a, b, c in tax_rows) + "</table>"
            + rows_html([("Total Tax", amount(tax))], strong_last=False, widths=(150, 50))
            + "<p class='c small' style='margin-top:4pt'>==== END OF FISCAL RECEIPT ====</p><p class='c small'>Vinaka vakalevu! Please keep your receipt.</p>"
            + "<div style='height:76pt'></div>")
    theme = Theme.pick(rng, font=pick(rng, ["Courier", "Helvetica"]), size=(7.0, 8.0))
    sheet = roll_sheet(226.0, body, theme.css(""))
    h = sheet.height
    sheet.pages[0].append(Box((78, h - 88, 148, h - 18), kind="qr", payload=vms))
    return Built(doc=doc, sheet=sheet, template=layout, notes={"brand": brand, "vms": vms, "counter": counter, "cashier": cashier}, scan_weight=2.0)
