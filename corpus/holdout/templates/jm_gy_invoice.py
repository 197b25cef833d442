"""Jamaican GCT invoices and till receipts, and Guyanese VAT invoices, in English, JMD and GYD, 2023-2025 (invented companies
and shops).

Three prints. `jm_gct_invoice` (INVOICE / TAX INVOICE: the supplier's letterhead with its TRN `000-123-456` (= tax id; the
General Consumption Tax registration is the TRN), Invoice #, Date, Customer ID (= customer id), P.O. # and Salesperson
(decoys), Terms and Due Date, the customer's TRN (decoy); Item / Description / Qty / Unit Price / Tax / Amount, basic foods
exempt "E" and the rest at GCT 15 % "G"; Sub-Total, GCT @ 15%, Total in `J$1,234,567.89` or `$… JMD`, on some a deposit and
the balance (decoys)), `gy_vat_invoice` (VAT INVOICE from a Georgetown or Berbice business: TIN (= tax id), the customer's TIN
(decoy), Invoice No., Date, Customer Code, Terms, Due Date; rice, flour and other basic foods zero-rated "Z", medicines exempt
"E", the rest at 14 %; Sub Total, VAT 14%, Total G$, the amount in words "… Guyana Dollars and 50/100"), `jm_till_receipt` (a
Kingston hardware store's or supermarket's 80 mm roll: the store's brand (decoy) over the company, its TRN, Receipt #, Reg and
Cashier (decoys), items with "G" on the taxable ones and "2 @ 450.00" under a multiple, SUBTOTAL, GCT 15%, TOTAL, cash and
change or the card, items sold).

Truth: an `invoice` or a `receipt` with no customer; vendor = the supplier / the shop's company with its address and TRN /
TIN; customer = the customer with its address (its TRN / TIN a decoy); id = the invoice / receipt number; date = the invoice /
sale date; lines = the items (prices before GCT / VAT, adding up to the Sub-Total; on the roll a single item's quantity and
price null); net = Sub-Total; tax = the GCT / VAT; total = Total / TOTAL (deposit, balance, cash and change decoys); terms and
due date where printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentyfifth import caribbean_party, digits
from corpus.holdout.money import fmt_date, money, random_date, words_english
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._fifteenth import rows_html
from corpus.holdout.templates._fourteenth import roll_sheet
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfifth import boxed_invoice
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "jm_gy_invoice"
D = Decimal
# (description, unit, low, high, tax code: G / E for Jamaica, S / Z / E for Guyana)
JM_ITEMS = [("Cement 42.5kg bag", "bag", 1650, 2100, "G"), ("Steel rebar 3/8in x 30ft", "length", 1350, 1900, "G"), ("Concrete blocks 6in", "ea", 155, 230, "G"),
            ("PVC pipe 1/2in x 20ft", "length", 780, 1250, "G"), ("Zinc sheet 26 gauge x 10ft", "sheet", 3200, 4800, "G"), ("Emulsion paint, white 5 gal", "pail", 14500, 22000, "G"),
            ("Rice, long grain 10lb", "bag", 1500, 2300, "E"), ("Counter flour 10kg", "bag", 2600, 3900, "E"), ("Cornmeal 2kg", "pack", 420, 650, "E"),
            ("Air-conditioning servicing, 18,000 BTU split unit incl. coil cleaning and gas top-up", "unit", 9500, 16500, "G"),
            ("Printing of flyers A5, full colour both sides (per 1,000)", "lot", 18000, 32000, "G"), ("Courier service Kingston - Montego Bay", "trip", 6500, 14000, "G"),
            ("Laptop 15.6in i5 16GB 512GB", "ea", 98000, 165000, "G"), ("Office chair, mesh back", "ea", 18500, 42000, "G"),
            ("Security services - monthly, 1 guard 12 hrs nightly", "month", 145000, 260000, "G"), ("Toner cartridge HP 26A", "ea", 14500, 26000, "G")]
GY_ITEMS = [("Rice 25kg, white", "bag", 5200, 7800, "Z"), ("Flour 10kg", "bag", 2900, 4200, "Z"), ("Sugar brown 2kg (Demerara)", "pack", 480, 720, "Z"),
            ("Paracetamol 500mg (box 100)", "box", 1100, 1800, "E"), ("Cement 42.5kg", "bag", 2100, 2700, "S"), ("Greenheart lumber 2in x 4in x 12ft", "length", 3800, 6200, "S"),
            ("Outboard engine service 40HP incl. spark plugs and gear oil", "job", 28000, 55000, "S"), ("Marine plywood 3/4in 4x8", "sheet", 14500, 21000, "S"),
            ("Diesel", "gallon", 1050, 1300, "S"), ("Generator rental 30kVA (weekly)", "week", 65000, 110000, "S"),
            ("Freight Georgetown - Linden, 10 ton truck", "trip", 65000, 120000, "S"), ("Printer toner 85A", "ea", 9500, 16000, "S"),
            ("Fabrication of steel security gate 12ft incl. installation", "job", 180000, 320000, "S")]
ROLL_ITEMS = [("CEMENT 42.5KG", 1650, 2100, True), ("CARPENTER NAILS 3IN 1LB", 280, 420, True), ("PVC ELBOW 1/2IN", 90, 160, True), ("MASKING TAPE 2IN", 420, 650, True),
              ("RICE LONG GRAIN 2KG", 480, 720, False), ("FLOUR 2KG", 420, 610, False), ("CORNMEAL 1KG", 230, 330, False), ("BREAD HARDO LARGE", 420, 560, False),
              ("SARDINES 155G", 190, 290, True), ("DETERGENT 1KG", 650, 980, True), ("BOTTLED WATER 1.5L", 150, 240, True), ("COCOA POWDER 400G", 780, 1100, True),
              ("PAINT BRUSH 3IN", 650, 1050, True), ("LIGHT BULB LED 9W", 350, 620, True)]
BRANDS = ["BIG 'N' BOLD HARDWARE", "KINGSTON VALUE MART", "ISLAND BUILDERS DEPOT", "YAAD SAVERS", "HALF WAY TREE SUPERSTORE", "CROSS ROADS HARDWARE"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["jm_gct_invoice", "jm_gct_invoice", "gy_vat_invoice", "gy_vat_invoice", "jm_till_receipt"])
    issued = random_date(rng, date(2023, 1, 9), 1000)
    if layout == "jm_till_receipt":
        return _roll(rng, layout, issued)
    jm = layout == "jm_gct_invoice"
    country = "JM" if jm else "GY"
    vendor, customer = caribbean_party(rng, country), caribbean_party(rng, country)
    while customer.name == vendor.name:
        customer = caribbean_party(rng, country)
    buyer_tin = customer.tax_id if chance(rng, 0.6) else None
    customer.tax_id = None
    count = pick(rng, [1, 2, 3, 4, 5, 6, 8, 10, 13])
    pool = JM_ITEMS if jm else GY_ITEMS
    rate = D(15) if jm else D(14)
    lines, codes = [], {}
    for desc, unit, low, high, code in rng.sample(pool, min(count, len(pool))):
        price = money(round(rng.uniform(low, high) / 5) * 5) if high >= 1000 else money(rng.uniform(low, high))
        qty = D(pick(rng, [1, 1, 2, 3])) if high >= 9000 or unit in ("job", "month", "trip", "week") else D(pick(rng, [1, 2, 4, 5, 10, 12, 20, 50, 100]))
        if unit == "gallon":
            qty = D(pick(rng, [50, 100, 250, 500]))
        li = Line(desc, qty, price, money(qty * price), unit, code=f"{pick(rng, ['', 'HW', 'ST', 'GR'])}{digits(rng, 5)}", tax_rate=rate if code in ("G", "S") else D(0))
        lines.append(li)
        codes[id(li)] = code
    net = sum((li.amount for li in lines), D("0.00"))
    taxable = sum((li.amount for li in lines if codes[id(li)] in ("G", "S")), D("0.00"))
    tax = money(taxable * rate / 100)
    total = net + tax
    y = issued.year
    number = pick(rng, [f"INV-{rng.randrange(10000, 99999)}", f"{rng.randrange(10000, 999999)}", f"{pick(rng, ['SI', 'IN', 'TI'])}{y % 100}-{rng.randrange(1, 99999):05d}",
                        f"{rng.randrange(1, 9999):04d}/{y}"])
    days = pick(rng, [None, 7, 14, 30, 30, 30, 45])
    if days and chance(rng, 0.7):
        terms = pick(rng, [f"Net {days}", f"{days} days", f"Net {days} days"])
    else:
        terms = pick(rng, ["C.O.D.", "Cash", None]) if not days else None
    due = issued + timedelta(days=days) if days and chance(rng, 0.7) else None
    cust_id = f"{pick(rng, ['C', 'CUS', 'A'])}{rng.randrange(100, 99999):05d}" if chance(rng, 0.65) else None
    doc = Doc(document_type="invoice", locale=country, currency="JMD" if jm else "GYD", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=cust_id)

    def n(v):
        return amount(v)

    style = chance(rng, 0.6)

    def cur(v):
        if jm:
            return f"J${n(v)}" if style else f"${n(v)} JMD"
        return f"G${n(v)}" if style else f"GYD {n(v)}"

    pattern = pick(rng, ["dmy_slash", "dmy_slash", "d_month_y", "month_d_y", "dd_mon_yyyy"] if jm else ["dmy_slash", "d_month_y", "dd_mon_yyyy", "dmy_dash"])

    def d(x):
        return fmt_date(x, pattern)

    theme = Theme.pick(rng, size=(7.5, 9.0))
    po = f"{pick(rng, ['', 'PO-', 'LPO'])}{rng.randrange(1000, 99999)}"
    rep = pick(rng, ["Andre", "Shanique", "Kemar", "Tanisha", "Devon", "Ravindra", "Shondel", "Latoya"])
    notes: dict = {"buyer_tin": buyer_tin, "po": po, "rep": rep}
    id_label = pick(rng, ["TRN:", "TRN / GCT Reg. No.:", "T.R.N."]) if jm else pick(rng, ["TIN:", "TIN No.:", "VAT Reg. (TIN):"])
    vrows = [f"{id_label} {vendor.tax_id}", f"Tel: {vendor.phone}", esc(vendor.email or "")]
    brows = [f"{'TRN' if jm else 'TIN'}: {buyer_tin}"] if buyer_tin else []
    meta = [("Invoice #:" if jm else "Invoice No.:", number), ("Date:", d(issued))]
    if cust_id:
        meta.append(("Customer ID:" if jm else "Customer Code:", cust_id))
    if chance(rng, 0.5):
        meta.append(("P.O. #:", po))
    if terms:
        meta.append(("Terms:", terms))
    if due:
        meta.append(("Due Date:", d(due)))
    if jm and chance(rng, 0.4):
        meta.append(("Salesperson:", rep))
    tax_label = f"GCT @ {rate}%" if jm else f"VAT {rate}%"
    totals = [("Sub-Total" if jm else "Sub Total", n(net)), (tax_label, n(tax)), ("Total" if chance(rng, 0.5) else "TOTAL DUE", cur(total))]
    foot: list[str] = []
    if jm and chance(rng, 0.25):
        deposit = money(total * D(pick(rng, ["0.25", "0.5"])))
        totals += [("Less Deposit", n(deposit)), ("Balance Due", cur(total - deposit))]
        notes["deposit"] = float(deposit)
    if not jm and chance(rng, 0.6):
        foot.append(f"Amount in words: {words_english(total, 'Guyana Dollars', 'fraction')}")
    legend = "G = GCT 15% · E = exempt" if jm else "Z = zero-rated · E = exempt · S = standard 14%"
    foot.append(legend)
    foot.append(pick(rng, ["Cheques payable to ", "Please make cheques payable to ", "Payments by bank transfer to "]) + esc(vendor.name)
                + f" - {pick(rng, ['NCB', 'Scotiabank', 'JN Bank', 'Sagicor Bank'] if jm else ['Republic Bank', 'GBTI', 'Demerara Bank', 'Citizens Bank'])}"
                + f" A/C {digits(rng, 9)}")
    head = ["Item", "Description", "Qty", "Unit Price", "Tax", "Amount"]
    fractions = (0.1, 0.44, 0.07, 0.15, 0.07, 0.17)

    def cells(li):
        return [li.code, esc(li.description), str(li.quantity), n(li.unit_price), codes[id(li)], n(li.amount)]

    title = pick(rng, ["INVOICE", "TAX INVOICE"]) if jm else pick(rng, ["VAT INVOICE", "TAX INVOICE"])
    size = LETTER if chance(rng, 0.4) else A4
    if chance(rng, 0.4):
        return boxed_invoice(doc, layout, theme, *size, title=title, vendor_rows=vrows, buyer_label="Sold To", buyer_rows=brows,
                             meta=[(k.rstrip(":"), v) for k, v in meta], head=head, fractions=fractions, numeric={2, 3, 5}, cells=cells, totals=totals,
                             foot=foot, notes=notes, footer_text="Page")
    return invoice(doc, layout, arrangement(rng, meta), theme, *size, title=title, vendor_rows=vrows, buyer_label=pick(rng, ["Bill To", "Sold To", "Customer"]),
                   buyer_rows=brows, meta=meta, head=head, fractions=fractions, numeric={2, 3, 5}, cells=cells, totals=totals, foot=foot, notes=notes,
                   footer_text="Page")


def _roll(rng: random.Random, layout: str, issued: date) -> Built:
    vendor = caribbean_party(rng, "JM")
    brand = pick(rng, BRANDS)
    picked = rng.sample(ROLL_ITEMS, rng.randrange(2, 10))
    lines, taxed = [], {}
    for desc, low, high, g in picked:
        qty = D(pick(rng, [1, 1, 1, 2, 2, 3, 4, 6]))
        price = money(round(rng.uniform(low, high) / 5) * 5)
        li = Line(desc, qty, price, money(qty * price))
        lines.append(li)
        taxed[id(li)] = g
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(sum((li.amount for li in lines if taxed[id(li)]), D("0.00")) * D("0.15"))
    total = net + tax
    number = pick(rng, [f"{rng.randrange(100000, 999999)}", f"R{rng.randrange(10, 99)}-{rng.randrange(10000, 99999)}", f"{rng.randrange(1, 9):02d}{rng.randrange(100000, 999999)}"])
    doc = Doc(document_type="receipt", locale="JM", currency="JMD", vendor=vendor, customer=None, invoice_ids=[number], document_date=issued, total=total,
              net=net, tax=tax, lines=lines)
    rows = ""
    for li in lines:
        flag = "G" if taxed[id(li)] else ""
        sub = f"<br/>&#160; {li.quantity} @ {amount(li.unit_price)}" if li.quantity != 1 else ""
        rows += f"<tr><td style='width:150pt'>{esc(li.description)}{sub}</td><td class='r' style='width:48pt'>{amount(li.amount)} {flag}</td></tr>"
        if li.quantity == 1:
            li.quantity = li.unit_price = None
    given = D(pick(rng, [1000, 2000, 5000, 10000]))
    while given < total:
        given += 5000
    card = chance(rng, 0.4)
    pay = [(pick(rng, ["DEBIT CARD", "VISA", "KEYCARD"]), amount(total))] if card else [("CASH", amount(given)), ("CHANGE", amount(given - total))]
    cashier = pick(rng, ["Tanisha", "Kemar", "Shanique", "Odane", "Latoya", "Romaine"])
    clock = f"{rng.randrange(1, 13)}:{rng.randrange(60):02d} {pick(rng, ['AM', 'PM'])}"
    pattern = pick(rng, ["dmy_slash", "mdy_slash", "dd_mon_yyyy"])
    reg = f"Reg {rng.randrange(1, 9):02d}  Cashier: {cashier}"
    count = sum(int(li.quantity or 1) for li in lines)
    body = (f"<p class='c b' style='font-size:11pt'>{esc(brand)}</p><p class='c'>{esc(vendor.name)}</p>"
            + "".join(f"<p class='c small'>{esc(a)}</p>" for a in vendor.address) + f"<p class='c small'>TRN: {vendor.tax_id}</p>"
            + f"<p class='c small'>Tel: {vendor.phone}</p>"
            + f"<p style='margin-top:4pt'>Receipt #: {number}</p><p>{fmt_date(issued, pattern)} {clock}</p><p class='small'>{reg}</p>"
            + f"<table style='margin-top:3pt'>{rows}</table>"
            + rows_html([("SUBTOTAL", amount(net)), ("GCT 15%", amount(tax)), ("TOTAL J$", amount(total))], widths=(150, 54))
            + rows_html(pay, strong_last=False, widths=(150, 54))
            + f"<p class='small' style='margin-top:3pt'>Items sold: {count}</p><p class='small'>G = GCT applies</p>"
            + f"<p class='c small' style='margin-top:4pt'>{pick(rng, ['Thank you for shopping with us!', 'No refunds on cut items. Exchanges within 7 days with receipt.', 'Walk good!'])}</p>")
    theme = Theme.pick(rng, font=pick(rng, ["Courier", "Helvetica", "Courier"]), size=(7.0, 8.0))
    sheet = roll_sheet(226.0, body, theme.css(""))
    return Built(doc=doc, sheet=sheet, template=layout, notes={"brand": brand, "register": reg, "given": float(given)}, scan_weight=2.0)
