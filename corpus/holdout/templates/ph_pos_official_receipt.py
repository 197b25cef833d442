"""Philippine point-of-sale receipts in the BIR format, in English, PHP, 2023-2025; mostly photographed or scanned.

Three prints on an 80 mm or 58 mm roll. `ph_or_restaurant` (a restaurant or café: the brand on top, "Owned & Operated by"
the registered company, its address, "VAT REG TIN 123-456-789-00012", MIN (the machine identification number), S/N and the
permit to use; "OFFICIAL RECEIPT" until 26 April 2024, "SALES INVOICE" from 27 April 2024 when the Ease of Paying Taxes rules
made the invoice the primary document for services too; OR No. / SI No., Trans #, Terminal, Cashier, Dine-In with the table
and the number of guests; "2 Pork Sisig @210.00 420.00"; Sub Total; a senior citizen's or PWD's share of the bill without
VAT and with its 20 % discount — "Less: VAT Exempt (SC 1/3)", "Less: SC Discount 20%" — and the OSCA ID No.; TOTAL AMOUNT
DUE, CASH / CHANGE or GCash / card; the BIR summary VATable Sales / VAT-Exempt Sales / Zero-Rated Sales / VAT Amount; blank
Sold to / Address / TIN / Business Style lines; the POS supplier's block with its accreditation number and dates; "THIS
SERVES AS YOUR OFFICIAL RECEIPT" and the five-year validity line), `ph_or_retail` (a grocery or minimart: items with V or E
for VAT-exempt basic goods — rice, eggs, vegetables —, "Total Items"), `ph_or_pharmacy` (a drugstore: tablets by the piece,
maintenance medicines for hypertension, diabetes and cholesterol VAT-exempt, a senior citizen's purchase at 20 % off).

Truth: a `receipt` of the registered company (the brand is no vendor name; the tax id is the VAT REG TIN with its branch
code) and no customer (the Sold to lines are blank); id = the OR No. / SI No. (Trans #, MIN, S/N, PTU and accreditation
numbers are decoys); lines at their VAT-inclusive prices adding up to the Sub Total, the senior citizen's VAT exemption and
discount the adjustment to the TOTAL AMOUNT DUE (= total), tax = VAT Amount; no net.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eighteenth import ph_accreditation, ph_min, ph_ptu
from corpus.holdout.fakes_seventh import PH_FIRST, PH_SURNAMES, ph_party
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.templates._fourteenth import roll_sheet

FAMILY = "ph_pos_official_receipt"
D = Decimal
EOPT = date(2024, 4, 27)
# (description, low, high, VAT-exempt)
RESTAURANT = [("Chicken Adobo w/ Rice", 145, 220, False), ("Pork Sisig", 180, 290, False), ("Tapsilog", 150, 220, False),
              ("Sinigang na Baboy (Good for 2)", 320, 480, False), ("Pancit Canton Guisado", 180, 320, False), ("Halo-Halo Special", 95, 160, False),
              ("Iced Tea (Pitcher)", 120, 180, False), ("Garlic Rice", 45, 70, False), ("Lechon Kawali", 220, 340, False), ("Kare-Kare", 350, 520, False),
              ("Grilled Bangus Belly", 240, 360, False), ("Buko Juice", 60, 95, False), ("Leche Flan", 80, 130, False), ("Cafe Latte (Grande)", 150, 210, False),
              ("Spanish Latte", 160, 220, False), ("Ube Cheese Pandesal (6 pcs)", 90, 150, False), ("Clubhouse Sandwich", 210, 320, False)]
RETAIL = [("RICE DINORADO 5KG", 290, 380, True), ("CANNED TUNA 155G", 32, 45, False), ("INSTANT NOODLES 60G", 14, 19, False), ("COFFEE 3IN1 10S", 75, 110, False),
          ("COOKING OIL 1L", 95, 140, False), ("EGGS MEDIUM 1 TRAY", 220, 290, True), ("BROWN SUGAR 1KG", 80, 110, False), ("DISHWASHING LIQ 250ML", 45, 75, False),
          ("LAUNDRY POWDER 1KG", 110, 160, False), ("BOTTLED WATER 500ML", 15, 25, False), ("LOAF BREAD", 65, 95, False), ("TOMATO 1KG", 70, 140, True),
          ("ONION RED 1/2KG", 60, 120, True), ("CORNED BEEF 260G", 55, 85, False)]
PHARMACY = [("PARACETAMOL 500MG TAB", 4, 8, False), ("AMLODIPINE 5MG TAB", 10, 25, True), ("LOSARTAN 50MG TAB", 12, 30, True), ("METFORMIN 500MG TAB", 5, 12, True),
            ("ATORVASTATIN 20MG TAB", 18, 40, True), ("VITAMIN C 500MG CAP", 5, 9, False), ("COUGH SYRUP 60ML", 120, 190, False), ("LOPERAMIDE 2MG CAP", 6, 12, False),
            ("CETIRIZINE 10MG TAB", 8, 20, False), ("SURGICAL MASK 50S", 95, 180, False)]
BRANDS = {"ph_or_restaurant": ["LUTONG BAHAY ATBP.", "KAPE TAYO", "TAPSI HOUSE", "BAHAY KUBO GRILL", "KUSINA NI LOLA", "BREWED AWAKENING CAFE"],
          "ph_or_retail": ["SUPERSAVE MINIMART", "GROCERMART", "TINDAHAN PLUS", "METRO FRESH MART", "SARI-SARI EXPRESS"],
          "ph_or_pharmacy": ["BOTIKA NI JUAN", "GAMOT PLUS PHARMACY", "FAMILY CARE DRUGSTORE", "HEALTHWISE PHARMACY"]}
CORPORATE = {"ph_or_restaurant": ["Food Ventures Inc.", "Foods Corporation", "Restaurant Corp.", "Food Concepts Inc."],
             "ph_or_retail": ["Retail Corporation", "Trading Corp.", "Mart Inc.", "Merchandising Co."],
             "ph_or_pharmacy": ["Drug Corporation", "Pharma Inc.", "Pharmacy & Trading Co.", "Health Products Corp."]}
POS_VENDORS = ["Datapos Systems Inc.", "MicroTill Solutions Corp.", "Kahera POS Technologies Inc.", "SureSales Software Inc."]


def _n(value: D) -> str:
    return fmt_number(value, "en")


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["ph_or_restaurant", "ph_or_restaurant", "ph_or_retail", "ph_or_pharmacy"])
    issued = random_date(rng, date(2023, 1, 3), 1040)
    at = datetime(issued.year, issued.month, issued.day, rng.randrange(7, 22), rng.randrange(60), rng.randrange(60))
    vendor = ph_party(rng)
    word = pick(rng, PH_SURNAMES + ["Golden Harvest", "Pacific Star", "Bayanihan", "Luzon", "Visayan", "Mabuhay", "Tala", "Sampaguita"])
    vendor.name = f"{word} {pick(rng, CORPORATE[layout])}"
    brand = pick(rng, BRANDS[layout])
    senior = layout != "ph_or_retail" and chance(rng, 0.35)
    pool = {"ph_or_restaurant": RESTAURANT, "ph_or_retail": RETAIL, "ph_or_pharmacy": PHARMACY}[layout]
    if senior:
        pool = [item for item in pool if not item[3]]
    picks = rng.sample(pool, rng.randrange(1, min(8, len(pool))))
    lines, exempt = [], []
    for desc, low, high, is_exempt in picks:
        price = money(round(rng.uniform(low, high), 0 if layout == "ph_or_restaurant" else 2))
        by_piece = layout == "ph_or_pharmacy" and ("TAB" in desc or "CAP" in desc)
        qty = D(pick(rng, [10, 20, 30, 7, 14]) if by_piece else pick(rng, [1, 1, 1, 2, 2, 3]))
        lines.append(Line(desc, qty, price, money(qty * price)) if qty != 1 or chance(rng, 0.5) else Line(desc, None, None, price))
        exempt.append(is_exempt)
    subtotal = sum((li.amount for li in lines), D("0.00"))
    pax, n_sc = (pick(rng, [1, 2, 2, 3, 4, 5]), 1) if layout == "ph_or_restaurant" else (1, 1)
    if senior:
        n_sc = pick(rng, [1, 1, 2]) if pax > 2 else 1
        share = money(subtotal * n_sc / pax)
        exempt_sales = money(share / D("1.12"))
        vat_removed = share - exempt_sales
        discount = money(exempt_sales * D("0.20"))
        regular = subtotal - share
    else:
        share = exempt_sales = vat_removed = discount = D("0.00")
        regular = sum((li.amount for li, e in zip(lines, exempt, strict=True) if not e), D("0.00"))
        exempt_sales = subtotal - regular
    vatable = money(regular / D("1.12"))
    vat = regular - vatable
    total = subtotal - vat_removed - discount
    after = issued >= EOPT
    number = f"{rng.randrange(1, 10**6):0{pick(rng, [8, 10, 12])}d}"
    doc = Doc(document_type="receipt", locale="PH", currency="PHP", vendor=vendor, customer=None, invoice_ids=[number], document_date=issued,
              total=total, tax=vat, lines=lines, lines_sum_to="total", lines_adjustment=-(vat_removed + discount))
    width = pick(rng, [204.0, 226.0, 226.0])
    W = width - 20
    css = (f"body{{font-family:{pick(rng, ['Courier', 'Courier', 'Helvetica'])};font-size:{pick(rng, [6.6, 7.0])}pt;margin:0}} p{{margin:0}} .c{{text-align:center}}"
           " .r{text-align:right} .b{font-weight:bold} td{padding:0 1pt} table{border-collapse:collapse}")

    def row(a: str, b: str) -> str:
        return f"<table><tr><td style='width:{W * 0.62 - 2:.1f}pt'>{a}</td><td class='r' style='width:{W * 0.38 - 2:.1f}pt'>{b}</td></tr></table>"

    rule = "-" * (40 if width > 210 else 34)
    stamp = pick(rng, [at.strftime("%m/%d/%Y %I:%M:%S %p"), at.strftime("%m/%d/%Y %H:%M"), at.strftime("%Y-%m-%d %H:%M:%S"), f"{at:%b} {at.day}, {at.year} {at:%I:%M %p}"])
    title = pick(rng, ["SALES INVOICE", "INVOICE"]) if after else "OFFICIAL RECEIPT"
    short = "SI" if after else "OR"
    mch = ph_min(rng)
    serial = f"{pick(rng, ['WCT', 'SN', 'PX', 'TM'])}{rng.randrange(10**6, 10**8)}"
    ptu = ph_ptu(rng, rng.randrange(2015, 2023))
    trans = rng.randrange(1000, 99999)
    body = (f"<p class='c b'>{esc(brand)}</p><p class='c'>Owned &amp; Operated by:</p><p class='c'>{esc(vendor.name)}</p>"
            + "".join(f"<p class='c'>{esc(x)}</p>" for x in vendor.address)
            + f"<p class='c'>VAT REG TIN: {vendor.tax_id}</p><p class='c'>MIN: {mch}</p><p class='c'>S/N: {serial}</p>"
            + (f"<p class='c'>PTU No.: {ptu}</p>" if chance(rng, 0.5) else "") + f"<p>{rule}</p><p class='c b'>{title}</p>"
            + row(f"{short} No.: <b>{number}</b>", "") + row(f"Trans #: {trans}", f"Terminal: {rng.randrange(1, 9):02d}")
            + row(f"Date: {stamp}", "") + row(f"Cashier: {pick(rng, PH_FIRST)}", ""))
    if layout == "ph_or_restaurant":
        body += row(f"{pick(rng, ['Dine-In', 'DINE IN', 'Take-Out'])} Table {rng.randrange(1, 40)}", f"Guests: {pax}")
    body += f"<p>{rule}</p>"
    for li, e in zip(lines, exempt, strict=True):
        mark = " E" if e else (" V" if layout != "ph_or_restaurant" else "")
        if li.quantity is None:
            body += row(esc(li.description), f"{_n(li.amount)}{mark}")
        else:
            body += row(f"{li.quantity} {esc(li.description)}", "") + row(f"&#160;&#160;@{_n(li.unit_price)}", f"{_n(li.amount)}{mark}")
    body += f"<p>{rule}</p>" + row("Sub Total", _n(subtotal))
    if senior:
        part = f"SC {n_sc}/{pax}" if pax > 1 else "SC"
        body += row(f"Less: VAT Exempt ({part})", f"-{_n(vat_removed)}") + row("Less: SC Discount 20%", f"-{_n(discount)}")
    body += row("<b>TOTAL AMOUNT DUE</b>", f"<b>{_n(total)}</b>")
    if chance(rng, 0.6):
        tendered = money((int(total / 100) + 1) * 100) if chance(rng, 0.7) else money((int(total / 1000) + 1) * 1000)
        body += row("CASH", _n(tendered)) + row("CHANGE", _n(tendered - total))
    else:
        body += row(pick(rng, ["GCASH", "MAYA", "VISA ****" + str(rng.randrange(1000, 9999)), "MASTERCARD ****" + str(rng.randrange(1000, 9999))]), _n(total))
    if layout == "ph_or_retail":
        body += row("Total Items:", str(sum(int(li.quantity or 1) for li in lines)))
    body += (f"<p>{rule}</p>" + row("VATable Sales", _n(vatable)) + row("VAT-Exempt Sales", _n(exempt_sales)) + row("Zero-Rated Sales", "0.00")
             + row("VAT Amount", _n(vat)) + f"<p>{rule}</p>")
    if senior:
        body += (f"<p>OSCA/SC ID No.: {rng.randrange(10000, 99999)}-{rng.randrange(100, 999)}</p><p>SC Name: ______________________</p>"
                 "<p>Signature: ____________________</p>")
    body += ("<p>Sold to: ______________________</p><p>Address: ______________________</p><p>TIN: __________________________</p>"
             "<p>Bus. Style: ____________________</p>" + f"<p>{rule}</p>")
    provider = pick(rng, POS_VENDORS)
    issued_acc = issued - timedelta(days=rng.randrange(200, 1700))
    body += (f"<p class='c'>POS Provider: {provider}</p><p class='c'>Accred. No.: {ph_accreditation(rng)}</p>"
             f"<p class='c'>Date Issued: {issued_acc.strftime('%m/%d/%Y')}</p><p class='c'>Valid Until: {date(issued_acc.year + 5, issued_acc.month, min(issued_acc.day, 28)).strftime('%m/%d/%Y')}</p>"
             f"<p class='c'>PTU No.: {ptu}</p><p>{rule}</p>"
             f"<p class='c b'>THIS SERVES AS YOUR {'SALES INVOICE' if after else 'OFFICIAL RECEIPT'}</p>"
             + ("" if after else "<p class='c'>THIS RECEIPT SHALL BE VALID FOR FIVE (5) YEARS FROM THE DATE OF THE PERMIT TO USE.</p>")
             + f"<p class='c'>{pick(rng, ['Thank you, come again!', 'Salamat po!', 'Thank you for dining with us!' if layout == 'ph_or_restaurant' else 'Thank you!'])}</p>")
    sheet = roll_sheet(width, body, css, margin=10.0)
    return Built(doc=doc, sheet=sheet, template=layout, scan_weight=2.0,
                 notes={"brand": brand, "min": mch, "serial": serial, "trans": str(trans), "ptu": ptu, "senior": senior, "title": title})
