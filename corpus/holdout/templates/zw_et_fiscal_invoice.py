"""Zimbabwean fiscalised tax invoices and credit notes (ZIMRA FDMS, USD or ZiG) and Ethiopian sales invoices (ETB), in
English (Ethiopian labels with Amharic beside), 2024-2025.

Three prints. `zw_fdms_invoice` (an accounting package's FISCAL TAX INVOICE: the seller with TIN and VAT No., the buyer with
its own TIN and VAT No., Invoice No., Date, Currency, the fiscal block — Device ID, Device Serial No., Fiscal Day No., Receipt
Counter, Receipt Global No. —, Code / Description / Qty / Unit Price / VAT % / Amount with 15 %, zero-rated 0 % and exempt
"E" lines, Total Excl. VAT / VAT 15% / Total Incl. VAT, the ZiG equivalent at the interbank rate of the day under a USD
invoice (or the USD equivalent under a ZWG invoice), bank details per currency, Payment Terms and Due Date, "Verification
code 1F2A-3B4C-5D6E-7F80" with "You can verify this receipt manually at https://fdms.zimra.co.zw" and a QR mark),
`zw_fdms_credit_note` (FISCAL CREDIT NOTE with Credit Note No., the original invoice's number, receipt global number and
date, the reason, negative amounts), `et_sales_invoice` (an Ethiopian CASH / CREDIT SALES INVOICE: the seller's TIN, VAT Reg.
No. and VAT registration date, Invoice No., Date, FS No. of the fiscal-printer receipt it goes with, Customer's Name / TIN /
VAT Reg. No. / Address, S.No / Description / Unit / Qty / Unit Price / Total Price, Sub Total / VAT 15% / Grand Total, the
amount in words in Birr and Cents, on credit sales of 10,000 Birr or more "Less: Withholding Tax 2%" and "Net Payable",
"Prepared by / Checked by / Approved by" and "not valid without fiscal receipt").

Truth: vendor = the seller with its VAT No. / VAT Reg. No. as the tax id (the TIN, the buyer's numbers and the fiscal device
ids are decoys); customer = the buyer with its address; id = Invoice No. / Credit Note No. (receipt counters, global numbers,
FS No. and the original invoice's number are none); net = Total Excl. VAT / Sub Total, tax = VAT, total = Total Incl. VAT /
Grand Total (the currency equivalent and Net Payable after withholding are decoys); due date and payment terms where
printed; credit notes negative.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eighteenth import et_party, words_birr, zw_party, zw_verification, zwg_rate
from corpus.holdout.fakes_seventeenth import other_party
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import beside, pts, rows_html, single_page
from corpus.holdout.templates._sixteenth import kv_rows
from corpus.holdout.templates._tenth import body_bottom

FAMILY = "zw_et_fiscal_invoice"
D = Decimal
# (description, unit, low USD, high USD, tax: "15" standard, "0" zero-rated, "E" exempt)
ZW_GOODS = [("Cement 42.5R 50kg", "bag", 9, 14, "15"), ("Y12 high tensile bar 6m", "length", 7, 12, "15"), ("IBR roofing sheet 0.5mm x 3.6m", "sheet", 14, 26, "15"),
            ("PVA paint 20L white", "tin", 38, 95, "15"), ("Solar panel 450W mono", "ea", 95, 160, "15"), ("Hybrid inverter 5kVA", "ea", 480, 950, "15"),
            ("Lithium battery 5kWh", "ea", 900, 1600, "15"), ("Diesel 50ppm", "litre", 1.45, 1.75, "15"), ("Consultancy fees - tax advisory", "hrs", 45, 120, "15"),
            ("Transport Harare - Bulawayo", "trip", 250, 900, "15"), ("Toner cartridge HP 85A", "ea", 35, 75, "15"), ("Roller meal 10kg", "bag", 5, 9, "0"),
            ("Cooking oil 2L", "bottle", 3, 5, "15"), ("Compound D fertilizer 50kg", "bag", 28, 45, "0"), ("Maize seed SC 513 10kg", "bag", 30, 55, "E"),
            ("Tuition - short course", "pax", 120, 450, "E")]
ET_GOODS = [("Cement OPC 50kg (Derba)", "Qntl", 1200, 1900, "15"), ("Reinforcement bar 12mm", "Pcs", 650, 980, "15"), ("Corrugated iron sheet G-32", "Pcs", 420, 780, "15"),
            ("Printing paper A4 80gsm", "Ream", 380, 650, "15"), ("Laptop HP ProBook 450 G9", "Pcs", 65000, 98000, "15"), ("Edible oil 5L", "Jerrycan", 900, 1450, "15"),
            ("Transport service Addis - Adama", "Trip", 8000, 22000, "15"), ("Consultancy service", "Hrs", 1200, 3800, "15"), ("Toner 85A", "Pcs", 3200, 6500, "15"),
            ("Office chair", "Pcs", 4800, 12000, "15")]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["zw_fdms_invoice", "zw_fdms_invoice", "zw_fdms_credit_note", "et_sales_invoice", "et_sales_invoice"])
    issued = random_date(rng, date(2024, 4, 8), 440)
    at = datetime(issued.year, issued.month, issued.day, rng.randrange(7, 19), rng.randrange(60), rng.randrange(60))
    if layout == "et_sales_invoice":
        return _ethiopia(rng, issued)
    return _zimbabwe(rng, layout, issued, at)


def _n(value: D) -> str:
    return fmt_number(value, "en")


def _zimbabwe(rng: random.Random, layout: str, issued: date, at: datetime) -> Built:
    credit = layout == "zw_fdms_credit_note"
    vendor = zw_party(rng)
    customer = other_party(rng, zw_party, vendor)
    buyer_vat, buyer_tin = customer.tax_id, customer.extra["tin"]
    customer.tax_id = None
    currency = pick(rng, ["USD", "USD", "USD", "ZWG"])
    rate = zwg_rate(issued, rng)
    factor = rate if currency == "ZWG" else D(1)
    picks = rng.sample(ZW_GOODS, rng.randrange(1, 3) if credit else rng.randrange(1, 8))
    lines, codes = [], []
    for desc, unit, low, high, tax_code in picks:
        price = money(D(str(round(rng.uniform(low, high), 2))) * factor)
        if currency == "ZWG" and price > 100:
            price = money(round(price, -1))
        qty = D(pick(rng, [1, 1, 2, 3, 4, 5, 10, 20, 50] if high < 60 else [1, 1, 2, 3]))
        if unit == "litre":
            qty = D(pick(rng, [200, 500, 1000, 2000]))
        lines.append(Line(desc, qty, price, money(qty * price), unit))
        codes.append(tax_code)
    net = sum((li.amount for li in lines), D("0.00"))
    taxable = sum((li.amount for li, c in zip(lines, codes, strict=True) if c == "15"), D("0.00"))
    tax = money(taxable * D("0.15"))
    total = net + tax
    seq = rng.randrange(100, 30000)
    number = pick(rng, [f"INV{seq:06d}", f"IN-{seq:05d}", f"{seq}", f"TI{issued.year % 100}{seq:05d}"])
    if credit:
        number = pick(rng, [f"CN{seq:05d}", f"CRN-{seq:04d}", f"CN-{issued.year}-{seq:04d}"])
    days = pick(rng, [0, 7, 14, 30, 30])
    due = issued + timedelta(days=days) if days and not credit else None
    terms = (f"{days} days" if chance(rng, 0.5) else f"Net {days}") if due else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="ZW", currency=currency, vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms)
    device = rng.randrange(10000, 40000)
    fiscal_day = rng.randrange(20, 520)
    counter = rng.randrange(1, 160)
    global_no = rng.randrange(counter + 400, 90000)
    verification = zw_verification(rng)

    def n(value: D) -> str:
        return _n(-value if credit else value)

    d = (lambda x: x.strftime("%d/%m/%Y")) if chance(rng, 0.6) else (lambda x: x.strftime("%d %b %Y"))
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.6, 8.6), table=pick(rng, ["grid", "header_fill", "zebra", "rules"]))
    css = theme.css(".t{font-size:15pt;font-weight:bold} .bx{border:0.7pt solid #666;padding:4pt} .tiny{font-size:6.5pt;color:#444}")
    width, height = A4
    W = width - 76
    title = "FISCAL CREDIT NOTE" if credit else pick(rng, ["FISCAL TAX INVOICE", "FISCAL TAX INVOICE", "TAX INVOICE"])
    seller = (f"<p class='t' style='color:{theme.accent}'>{esc(vendor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address)
              + f"<p>TIN: {vendor.extra['tin']} &#160; VAT No: {vendor.tax_id}</p><p>Tel: {vendor.phone} · {vendor.email}</p>")
    meta = [("Credit Note No." if credit else "Invoice No.", f"<b>{number}</b>"), ("Date", f"{d(issued)} {at.strftime('%H:%M')}"), ("Currency", currency)]
    if credit:
        original = pick(rng, [f"INV{rng.randrange(100, seq + 100):06d}", f"IN-{rng.randrange(100, 30000):05d}"])
        meta += [("Original Invoice No.", original), ("Original Receipt Global No.", str(global_no - rng.randrange(30, 400))),
                 ("Original Invoice Date", d(issued - timedelta(days=rng.randrange(3, 60)))),
                 ("Reason", pick(rng, ["Goods returned", "Price adjustment", "Damaged goods", "Invoice raised in error"]))]
    if due:
        meta += [("Payment Terms", terms), ("Due Date", d(due))]
    right = f"<p class='t'>{title}</p>" + kv_rows(meta, (110, 130))
    buyer = (f"<div class='bx' style='margin-top:8pt'><p class='b'>{pick(rng, ['Buyer', 'Bill To', 'Customer'])}</p><p>{esc(customer.name)}</p>"
             + "".join(f"<p>{esc(x)}</p>" for x in customer.address) + f"<p>TIN: {buyer_tin} &#160; VAT No: {buyer_vat}</p></div>")
    fiscal = kv_rows([("Device ID", str(device)), ("Device Serial No.", f"{pick(rng, ['FDMS', 'ZRA', 'ZW'])}-{rng.randrange(10**5, 10**6)}"),
                      ("Fiscal Day No.", str(fiscal_day)), ("Receipt Counter", str(counter)), ("Receipt Global No.", str(global_no))], (100, 120))
    cols = pts(W, 0.1, 0.42, 0.08, 0.14, 0.08, 0.18)
    head = ["Code", "Description", "Qty", "Unit Price", "VAT %", f"Amount ({currency})"]
    tax_shown = {"15": "15%", "0": "0%", "E": "E"}
    rows = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'' if j in (0, 1) else 'r'}'>{c}</td>" for j, (c, w) in enumerate(zip(
        [f"{rng.randrange(1000, 99999)}", esc(li.description), str(li.quantity), n(li.unit_price), tax_shown[code], n(li.amount)], cols, strict=True)))
        + "</tr>" for li, code in zip(lines, codes, strict=True))
    table = "<table class='items'><tr>" + "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(head, cols, strict=True)) + f"</tr>{rows}</table>"
    totals = [("Total Excl. VAT", n(net)), ("VAT 15%", n(tax)), (f"Total Incl. VAT ({currency})", n(total))]
    if currency == "USD":
        equivalent = f"<p class='small'>ZWG equivalent at interbank rate 1 USD = {rate} ZWG: ZWG {n(money(total * rate))}</p>"
    else:
        equivalent = f"<p class='small'>USD equivalent at 1 USD = {rate} ZWG: USD {n(money(total / rate))}</p>"
    bank = (f"<p class='b'>Banking details</p><p>{vendor.extra['bank']}</p><p>{currency} Account: {vendor.extra['account']}</p>"
            f"<p>Branch: {pick(rng, ['Kurima House', 'Samora Machel', 'Borrowdale', 'Main Street', 'Belgravia'])}</p>")
    verify = (f"<div class='bx' style='margin-top:10pt;width:{W - 110:.0f}pt'><p>Verification code: <b>{verification}</b></p>"
              "<p class='small'>You can verify this receipt manually at https://fdms.zimra.co.zw</p>" + fiscal + "</div>")
    html = (beside(seller, right, (W - 250, 250)) + buyer + table + beside(bank, rows_html(totals, widths=(140, 90)) + equivalent, (W - 250, 250))
            + verify + "<p class='tiny' style='margin-top:8pt'>Goods remain the property of the seller until paid in full. E &amp; OE.</p>")
    boxes = [Box((38.0, 36.0, width - 38.0, height - 36.0), html)]
    sheet = single_page(layout, width, height, css, boxes)
    _rect, bottom = body_bottom(sheet)
    qr_top = bottom - 84.0
    sheet.pages[0].append(Box((width - 38.0 - 84.0, qr_top, width - 38.0 - 4.0, qr_top + 80.0), kind="qr",
                              payload=f"{device}{issued:%d%m%Y}{global_no:010d}{verification}"))
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=True,
                 notes={"device": device, "global_no": global_no, "counter": counter, "verification": verification, "buyer_vat": buyer_vat,
                        "tin": vendor.extra["tin"], "rate": float(rate)})


def _ethiopia(rng: random.Random, issued: date) -> Built:
    vendor = et_party(rng)
    customer = other_party(rng, et_party, vendor)
    buyer_tin, buyer_vat = customer.tax_id, customer.extra["vat_no"]
    customer.tax_id = None
    vendor.extra["tin"] = vendor.tax_id
    vendor.tax_id = vendor.extra["vat_no"]
    credit_sale = chance(rng, 0.5)
    picks = rng.sample(ET_GOODS, rng.randrange(1, 7))
    lines = []
    for desc, unit, low, high, _r in picks:
        price = money(round(rng.uniform(low, high), 2 if high < 2000 else 0))
        qty = D(pick(rng, [1, 1, 2, 3, 4, 5, 10, 20, 50] if high < 5000 else [1, 1, 2, 3]))
        lines.append(Line(desc, qty, price, money(qty * price), unit))
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(net * D("0.15"))
    total = net + tax
    seq = rng.randrange(10, 9000)
    number = pick(rng, [f"{seq:05d}", f"{seq:06d}", f"CSI-{seq:04d}", f"CRS/{seq:04d}"])
    due = issued + timedelta(days=pick(rng, [15, 30, 30, 45])) if credit_sale and chance(rng, 0.6) else None
    doc = Doc(document_type="invoice", locale="ET", currency="ETB", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, due_date=due)
    fs_no = f"{rng.randrange(1, 99999):08d}"
    d = (lambda x: x.strftime("%d/%m/%Y")) if chance(rng, 0.7) else (lambda x: x.strftime("%d-%b-%Y"))
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times", "Times"]), size=(7.8, 8.8), table="grid")
    css = theme.css(".t{font-size:14pt;font-weight:bold} .am{font-size:8pt;color:#333} .bx{border:0.7pt solid #555;padding:4pt} .tiny{font-size:6.5pt}")
    width, height = A4
    W = width - 80
    title = "CREDIT SALES INVOICE" if credit_sale else "CASH SALES INVOICE"
    head_html = (f"<p class='t c' style='color:{theme.accent}'>{esc(vendor.name)}</p>"
                 + f"<p class='c'>{esc(', '.join(vendor.address))}</p><p class='c'>Tel: {vendor.phone} · {vendor.email}</p>"
                 + f"<p class='c'>TIN: {vendor.extra['tin']} &#160; VAT Reg. No.: {vendor.tax_id} &#160; VAT Reg. Date: "
                 f"{d(issued - timedelta(days=rng.randrange(400, 4000)))}</p>"
                 + f"<p class='c b' style='margin-top:8pt;font-size:12pt'>{title}</p><p class='c am'>የሽያጭ ደረሰኝ</p>")
    meta = [("Invoice No. / ደረሰኝ ቁጥር", f"<b>{number}</b>"), ("Date / ቀን", d(issued)), ("FS No.", fs_no)]
    if due:
        meta.append(("Payment Due", d(due)))
    cust = kv_rows([("Customer's Name / የገዢ ስም", esc(customer.name)), ("Address / አድራሻ", esc(', '.join(customer.address))),
                    ("Customer's TIN", buyer_tin), ("Customer's VAT Reg. No.", buyer_vat)], (140, W - 380))
    cols = pts(W, 0.07, 0.43, 0.1, 0.08, 0.15, 0.17)
    head = ["S.No", "Description / ዝርዝር", "Unit", "Qty", "Unit Price", "Total Price"]
    rows = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'' if j in (0, 1, 2) else 'r'}'>{c}</td>" for j, (c, w) in enumerate(zip(
        [str(i), esc(li.description), li.unit, str(li.quantity), _n(li.unit_price), _n(li.amount)], cols, strict=True))) + "</tr>"
        for i, li in enumerate(lines, 1))
    table = "<table class='items'><tr>" + "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(head, cols, strict=True)) + f"</tr>{rows}</table>"
    totals = [("Sub Total", _n(net)), ("VAT 15%", _n(tax)), ("Grand Total", _n(total))]
    wht = credit_sale and net >= 10000
    if wht:
        withheld = money(net * D("0.02"))
        totals += [("Less: Withholding Tax 2%", f"({_n(withheld)})"), ("Net Payable", _n(total - withheld))]
    html = (head_html + beside(cust, kv_rows(meta, (120, 110)), (W - 230, 230)) + table
            + f"<div style='margin-left:{W - 230:.0f}pt'>{rows_html(totals, widths=(140, 90), strong_last=not wht)}</div>"
            + f"<p style='margin-top:6pt'>Amount in words: {words_birr(total)}</p>"
            + f"<table style='margin-top:26pt;width:{W:.0f}pt'><tr><td>Prepared by: ____________</td><td>Checked by: ____________</td>"
            "<td>Approved by: ____________</td></tr></table>"
            + "<p class='tiny' style='margin-top:10pt'>Not valid without fiscal receipt / ያለ ፊስካል ደረሰኝ ዋጋ የለውም</p>")
    sheet = single_page("et_sales_invoice", width, height, css, [Box((40.0, 40.0, width - 40.0, height - 40.0), html)])
    return Built(doc=doc, sheet=sheet, template="et_sales_invoice", notes={"fs_no": fs_no, "tin": vendor.extra["tin"], "buyer_tin": buyer_tin,
                                                                           "withholding": wht, "credit_sale": credit_sale})
