"""Egyptian e-invoice (ETA e-invoicing system) printouts, 2023-2025, Arabic / English bilingual.

Three prints. `eg_portal`: the ETA portal's printable view of a submitted document: "E-Invoice / فاتورة إلكترونية" (or
"Credit Note / إشعار دائن"), a document block with Internal ID, UUID (26 characters), Submission UUID, Date Issued,
Date Received, Status "Valid", Document Type "I" / "C" and version, Issuer and Receiver blocks (Taxpayer Name,
Registration Number, Branch ID, Activity Code, Address: building, street, region, governorate, country), the lines
Internal Code / Item Code (EGS) / Description / Unit Type / Quantity / Unit Value / Sales Total / Discount / Net Total /
Taxes "T1 (V009) 14%" / Total, the totals Total Sales / إجمالي المبيعات, Total Discount / إجمالي الخصم, Net Amount / صافي
المبلغ, Value Added Tax (T1) / ضريبة القيمة المضافة, Total Amount / إجمالي المبلغ, and the QR code. `eg_erp`: a company's
ERP "Tax Invoice / فاتورة ضريبية" with a bilingual letterhead (English name, Arabic name), Tax Registration No. / رقم
التسجيل الضريبي `123-456-789`, Commercial Register and Tax File numbers, the customer's registration number, the
e-invoice UUID line, bilingual column heads and the same totals labels. `eg_receipt`: the e-receipt (إيصال إلكتروني)
from an 80 mm POS roll: shop, registration number, receipt number, UUID, date and time, items, Total Sales, Net Amount,
VAT 14%, Total Amount, payment.

Amounts `1,234.56`, `EGP 1,234.56`, `1,234.56 ج.م`; dates `15/03/2024 10:32` and ISO `2024-03-15T10:32:00Z`. The Arabic
labels render in MuPDF's Noto Naskh Arabic fallback (shaped and right to left on the page; the text layer gives
presentation forms), so every truth string is Latin.

Truth: vendor = the issuer's English name as printed (the Arabic name beside it is a translation), tax id = the
9-digit Registration Number as printed (plain or `123-456-789`), address = the printed English address lines (the portal's down to "Egypt");
customer = the Receiver / Bill To with its address; UUIDs, Submission UUID, Long ID, Activity Code, Branch ID,
Commercial Register, Tax File number and the receiver's registration number are decoys. Id = Internal ID / Invoice No.
/ Receipt No. A line's amount is its Sales Total (quantity x unit value); the Total Discount is the printed adjustment
between the lines and Net Amount. Net = Net Amount, tax = the VAT (T1) total, total = Total Amount. A credit note is
negative in the truth; the e-receipt is a receipt (customer null).
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Col, Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_thirteenth import eg_party, eg_trn, eg_uuid
from corpus.holdout.money import fmt_number, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._eighth import flowing_sheet
from corpus.holdout.templates._tenth import qr_under_body
from corpus.holdout.templates._thirteenth import roll_sheet

FAMILY = "eg_e_invoice"
D = Decimal
ITEMS = [("Paracetamol 500 mg tablets (box of 20)", "BOX", 18, 45), ("Steel rebar 12 mm (ton)", "TNE", 38000, 52000), ("Cement bag 50 kg", "BAG", 110, 190),
         ("Packaging carton 60x40x40", "EA", 14, 38), ("ERP software subscription - monthly", "MON", 4500, 28000), ("Technical support hours", "HUR", 450, 1400),
         ("Frozen vegetables mix 1 kg", "EA", 55, 95), ("Sunflower oil 1.8 L", "BTL", 120, 190), ("Printer toner cartridge", "EA", 1400, 3900),
         ("Office chair, mesh back", "EA", 2900, 7800), ("Air conditioner maintenance visit", "EA", 650, 2400), ("Freight Cairo - Alexandria", "TRP", 3500, 9500),
         ("Laptop 15.6\" Core i5 16GB", "EA", 24000, 39000), ("Plastic pallets 120x100", "EA", 650, 1400), ("Cotton yarn 30/1 (kg)", "KGM", 140, 260)]
SHOP_ITEMS = [("Bottled water 1.5 L", 7, 14), ("Instant coffee 200 g", 95, 180), ("Chocolate wafer", 8, 25), ("Detergent 2.5 kg", 120, 260),
              ("Shampoo 400 ml", 75, 160), ("Rice 5 kg", 140, 230), ("Phone charger USB-C", 180, 420), ("AA batteries (4)", 60, 120),
              ("Pasta 400 g", 14, 28), ("Cheese 500 g", 110, 220)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["portal", "portal", "erp", "erp", "receipt"])
    credit = layout == "portal" and chance(rng, 0.22)
    vendor, customer = eg_party(rng), eg_party(rng)
    issued = random_date(rng, date(2023, 1, 5), 880)
    at = datetime(issued.year, issued.month, issued.day, rng.randrange(8, 21), rng.randrange(60), rng.randrange(60))
    dashed = chance(rng, 0.4)
    if dashed:
        vendor.tax_id = f"{vendor.tax_id[:3]}-{vendor.tax_id[3:6]}-{vendor.tax_id[6:]}"
    lines, discounts, codes = [], [], []
    if layout == "receipt":
        shop, shop_ar = pick(rng, [("Market", "ماركت"), ("Hypermarket", "هايبر ماركت"), ("Mart", "مارت"), ("Supermarket", "سوبر ماركت")])
        vendor.name, vendor.extra["ar_name"] = f"{vendor.extra['brand']} {shop}", f"{shop_ar} {vendor.extra['brand_ar']}"
        for desc, low, high in rng.sample(SHOP_ITEMS, rng.randrange(1, 7)):
            qty = D(pick(rng, [1, 1, 1, 2, 3]))
            price = D(str(round(rng.uniform(low, high), 2))).quantize(D("0.01"))
            lines.append(Line(desc, qty, price, qty * price, "EA"))
            discounts.append(D("0.00"))
            codes.append("")
    else:
        count = rng.randrange(1, 3) if credit else rng.randrange(1, 6) if chance(rng, 0.8) else rng.randrange(10, 15)
        for desc, unit, low, high in rng.sample(ITEMS, min(count, len(ITEMS))):
            qty = D(pick(rng, [1, 1, 2, 3, 5, 10, 12, 20, 50, 100] if unit not in ("TNE", "MON", "TRP") else [1, 2, 3]))
            price = D(str(round(rng.uniform(low, high), 2))).quantize(D("0.01"))
            sales = (qty * price).quantize(D("0.01"))
            lines.append(Line(desc, qty, price, sales, unit))
            discounts.append((sales * D(pick(rng, [2, 5, 10])) / 100).quantize(D("0.01"), rounding=ROUND_HALF_UP) if not credit and chance(rng, 0.3) else D("0.00"))
            codes.append(f"EG-{vendor.tax_id.replace('-', '')}-{rng.randrange(1, 9999)}")
    sales_total = sum((li.amount for li in lines), D("0.00"))
    total_discount = sum(discounts, D("0.00"))
    net = sales_total - total_discount
    line_tax = [((li.amount - dc) * 14 / 100).quantize(D("0.01"), rounding=ROUND_HALF_UP) for li, dc in zip(lines, discounts, strict=True)]
    tax = sum(line_tax, D("0.00"))
    total = net + tax
    number = pick(rng, [f"INV-{issued.year}-{rng.randrange(1, 99999):05d}", f"{rng.randrange(100000, 999999)}", f"SI{issued.year % 100}{rng.randrange(1000, 99999)}",
                        f"{pick(rng, ['CAI', 'ALX', 'GZ'])}/{issued.year}/{rng.randrange(1, 9999)}"])
    if credit:
        number = f"CN-{issued.year}-{rng.randrange(1, 9999):04d}"
    if layout == "receipt":
        number = f"{rng.randrange(1, 99):02d}{rng.randrange(100000, 999999)}"
    doc_type = "credit_note" if credit else "receipt" if layout == "receipt" else "invoice"
    if layout == "portal":   # the portal prints the ETA address fields down to the country
        vendor.address, customer.address = vendor.address + ["Egypt"], customer.address + ["Egypt"]
    doc = Doc(document_type=doc_type, locale="EG", currency="EGP", vendor=vendor, customer=None if layout == "receipt" else customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, lines_adjustment=-total_discount)
    mark = pick(rng, ["", "EGP ", "post"])

    def m(value: D) -> str:
        text = fmt_number(value, "en")
        return f"{text} ج.م" if mark == "post" else f"{mark}{text}"

    def n(value: D) -> str:
        return fmt_number(value, "en")

    uuid = eg_uuid(rng)
    time_style = pick(rng, ["dmy", "iso"])

    def stamp(x: datetime) -> str:
        return x.strftime("%d/%m/%Y %H:%M") if time_style == "dmy" else x.strftime("%Y-%m-%dT%H:%M:%SZ")

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.5, 8.5), table=pick(rng, ["grid", "header_fill", "rules"]))
    css = theme.css(".sec{background:#e9ecef;font-weight:bold;padding:2pt 4pt;margin-top:6pt} .ar{text-align:right} .kv td{padding:1pt 3pt}"
                    " .lbl{color:#555} table.items th{padding:2pt 2pt;font-size:6.5pt} table.items td{padding:2pt 2pt;font-size:7pt}")
    width, height = A4
    totals = [("Total Sales", "إجمالي المبيعات", n(sales_total)), ("Total Discount", "إجمالي الخصم", n(total_discount)),
              ("Net Amount", "صافي المبلغ", n(net)), ("Value Added Tax (T1) 14%", "ضريبة القيمة المضافة", n(tax)),
              ("Total Amount", "إجمالي المبلغ", m(total))]
    if layout == "receipt":
        theme = Theme.pick(rng, font=pick(rng, ["Courier", "Helvetica"]), size=(7.0, 8.0))
        css = theme.css(".ar{text-align:right} p{margin:0 0 1pt 0}")
        roll = pick(rng, [204.0, 226.0])
        item_rows = "".join(f"<tr><td style='width:60%'>{esc(li.description)}<br/>{fmt_number(li.quantity, 'en', 0)} x {n(li.unit_price)}</td>"
                            f"<td style='width:40%' class='r'>{n(li.amount)}</td></tr>" for li in lines)
        rt = [(k, v) for k, _a, v in totals if k != "Total Discount" or total_discount]
        html = (f"<p class='c b' style='font-size:10pt'>{esc(vendor.name)}</p><p class='c'>{esc(vendor.extra['ar_name'])}</p>"
                + "".join(f"<p class='c'>{esc(a)}</p>" for a in vendor.address)
                + f"<p class='c'>Tax Reg. No: {vendor.tax_id}</p><p class='c b' style='margin-top:4pt'>E-Receipt / إيصال إلكتروني</p>"
                f"<p>Receipt No: {number}</p><p>Date: {stamp(at)}</p><p class='small'>UUID: {uuid}</p><p>POS: {rng.randrange(1, 12)} Cashier: {rng.randrange(100, 999)}</p>"
                f"<table style='width:100%;margin-top:4pt'>{item_rows}</table><p>{'-' * 32}</p>"
                + "<table style='width:100%'>" + "".join(f"<tr><td style='width:60%'>{k}</td><td style='width:40%' class='r'>{v}</td></tr>" for k, v in rt) + "</table>"
                + f"<p style='margin-top:4pt'>{pick(rng, ['Cash', 'Visa **** ' + str(rng.randrange(1000, 9999)), 'Meeza **** ' + str(rng.randrange(1000, 9999))])}"
                f" {m(total)}</p><p class='c small' style='margin-top:4pt'>شكرا لزيارتكم - Thank you</p><table><tr><td style='height:62pt'></td></tr></table>")
        sheet = roll_sheet(roll, html, css)
        rect = sheet.pages[0][0].rect
        size = 56.0
        sheet.pages[0].append(Box(((roll - size) / 2, rect[3] - size - 4, (roll + size) / 2, rect[3] - 4), kind="qr", payload=uuid))
        return Built(doc=doc, sheet=sheet, template="eg_receipt", notes={"uuid": uuid})
    if layout == "portal":
        title = ("Credit Note", "إشعار دائن") if credit else ("E-Invoice", "فاتورة إلكترونية")
        received = at + timedelta(minutes=rng.randrange(1, 300))
        docinfo = [("Internal ID", "الرقم الداخلي", esc(number)), ("UUID", "", uuid), ("Submission UUID", "", eg_uuid(rng)),
                   ("Date Issued", "تاريخ الإصدار", stamp(at)), ("Date Received", "تاريخ الاستلام", stamp(received)),
                   ("Status", "الحالة", "Valid"), ("Document Type", "نوع المستند", "C" if credit else "I"), ("Version", "", pick(rng, ["1.0", "0.9"]))]
        if credit:
            docinfo.append(("Reference UUID", "", eg_uuid(rng)))

        def party_block(p, title_en: str, title_ar: str, registration: str) -> str:
            rows = [("Taxpayer Name", "اسم الممول", esc(p.name)), ("Registration Number", "رقم التسجيل", registration),
                    ("Branch ID", "", "0"), ("Activity Code", "", p.extra["activity"])]
            addr = "<br/>".join(esc(a) for a in p.address)
            return (f"<p class='sec'>{title_en} / {title_ar}</p><table class='kv' style='width:100%'>"
                    + "".join(f"<tr><td class='lbl' style='width:92pt'>{k}{' / ' + a if a else ''}</td><td>{v}</td></tr>" for k, a, v in rows)
                    + f"<tr><td class='lbl'>Address / العنوان</td><td>{addr}</td></tr></table>")

        head = (f"<table style='width:100%'><tr><td style='width:50%'><p style='font-size:16pt' class='b'>{title[0]}</p></td>"
                f"<td style='width:50%' class='ar'><p style='font-size:14pt'>{title[1]}</p></td></tr></table>"
                "<p class='sec'>Document Information / بيانات المستند</p><table class='kv' style='width:100%'>"
                + "".join(f"<tr><td class='lbl' style='width:30%'>{k}{' / ' + a if a else ''}</td><td>{v}</td></tr>" for k, a, v in docinfo) + "</table>"
                + f"<table style='width:100%'><tr><td style='width:262pt;padding:0'>{party_block(vendor, 'Issuer', 'البائع', vendor.tax_id)}</td>"
                f"<td style='width:10pt'></td><td style='width:262pt;padding:0'>{party_block(customer, 'Receiver', 'المشتري', eg_trn(rng))}</td></tr></table>"
                "<p class='sec'>Lines / البنود</p>")
        cols = [Col("Item Code (EGS)", width="60pt"), Col("Description"), Col("Unit", "center", "22pt"),
                Col("Qty", "right", "24pt"), Col("Unit Value", "right", "44pt"), Col("Sales Total", "right", "48pt"), Col("Discount", "right", "38pt"),
                Col("Net Total", "right", "48pt"), Col("Taxes", "right", "52pt"), Col("Total", "right", "50pt")]
        rows = [[codes[i], esc(li.description), li.unit, fmt_number(li.quantity, "en", 0), n(li.unit_price), n(li.amount), n(discounts[i]),
                 n(li.amount - discounts[i]), f"T1 (V009) 14%<br/>{n(line_tax[i])}", n(li.amount - discounts[i] + line_tax[i])] for i, li in enumerate(lines)]
        template = "eg_portal"
    else:
        cr = f"{rng.randrange(1000, 199999)} {vendor.extra['governorate']}"
        tax_file = f"{rng.randrange(100, 999)}-{rng.randrange(100, 999)}-{rng.randrange(100, 999)}-{rng.randrange(1, 9)}"
        head = (f"<table style='width:100%'><tr><td style='width:50%'><p class='b accent' style='font-size:14pt'>{esc(vendor.name)}</p>"
                + "".join(f"<p>{esc(a)}</p>" for a in vendor.address)
                + f"<p>Tax Registration No.: {vendor.tax_id}</p><p class='small'>Commercial Register: {cr} · Tax File: {tax_file}</p></td>"
                f"<td style='width:50%' class='ar'><p class='b' style='font-size:13pt'>{esc(vendor.extra['ar_name'])}</p>"
                f"<p>رقم التسجيل الضريبي: {vendor.tax_id}</p><p style='font-size:15pt;margin-top:6pt' class='b'>فاتورة ضريبية</p><p class='b' style='font-size:13pt'>TAX INVOICE</p></td></tr></table>"
                f"<table style='width:100%;margin-top:8pt'><tr><td style='width:55%' class='boxed'><p class='lbl'>Bill To / العميل</p><p class='b'>{esc(customer.name)}</p>"
                + "".join(f"<p>{esc(a)}</p>" for a in customer.address)
                + f"<p class='small'>Tax Reg. No.: {eg_trn(rng)}</p></td><td style='width:3%'></td><td style='width:42%'><table class='kv' style='width:100%'>"
                f"<tr><td class='lbl'>Invoice No. / رقم الفاتورة</td><td class='b'>{esc(number)}</td></tr>"
                f"<tr><td class='lbl'>Date / التاريخ</td><td>{issued.strftime('%d/%m/%Y')}</td></tr>"
                + (f"<tr><td class='lbl'>P.O. No.</td><td>PO-{rng.randrange(1000, 99999)}</td></tr>" if chance(rng, 0.5) else "")
                + f"<tr><td class='lbl'>Currency / العملة</td><td>EGP</td></tr></table></td></tr></table>"
                f"<p class='tiny muted' style='margin-top:4pt'>e-Invoice UUID: {uuid}</p>")
        cols = [Col("#", width="18pt"), Col("Description / البيان"), Col("Qty / الكمية", "right", "48pt"), Col("Unit Price / سعر الوحدة", "right", "70pt"),
                Col("Amount / القيمة", "right", "66pt"), Col("Discount / الخصم", "right", "58pt"), Col("VAT 14%", "right", "56pt")]
        rows = [[str(i + 1), esc(li.description), fmt_number(li.quantity, "en", 0), n(li.unit_price), n(li.amount), n(discounts[i]), n(line_tax[i])]
                for i, li in enumerate(lines)]
        template = "eg_erp"
    totals_html = "<table style='width:100%;margin-top:6pt'>" + "".join(
        f"<tr><td style='width:34%'></td><td style='width:28%' class='{'b' if k == 'Total Amount' else ''}'>{k}</td><td style='width:18%' class='ar'>{a}</td>"
        f"<td style='width:20%' class='r {'b' if k == 'Total Amount' else ''}'>{v}</td></tr>" for k, a, v in totals) + "</table>"
    footer_note = ("<p class='tiny muted' style='margin-top:8pt'>This document is issued through the Egyptian Tax Authority e-invoicing system. "
                   "هذا المستند صادر من خلال منظومة الفاتورة الإلكترونية</p><table><tr><td style='height:72pt'></td></tr></table>")
    sheet = flowing_sheet(width, height, css, cols, rows, head, totals_html + footer_note, zebra=False, margin=(30, 30, 30, 28),
                          continued=lambda i: f"<p class='b'>{esc(number)} (continued / تابع)</p>", more="continued / يتبع")
    qr_under_body(sheet, 64.0, right_inset=4.0, above=4.0, payload=uuid)
    return Built(doc=doc, sheet=sheet, template=template, png_scan_ok=len(sheet.pages) == 1,
                 notes={"uuid": uuid, "discount": float(total_discount), "registration_dashed": dashed})
