"""Thai / English bilingual tax invoice (ใบกำกับภาษี / TAX INVOICE), 2023-2025.

Two prints. `th_full_form`: the full tax invoice of section 86/4 of the Revenue Code from a local accounting
package (Express, FlowAccount, PEAK-like): the supplier's Thai name above its English name, its address in
English, "เลขประจำตัวผู้เสียภาษีอากร / Tax ID 0105561234567" and "สำนักงานใหญ่ / Head Office (00000)" or
"สาขาที่ / Branch No. 00003", a "ใบกำกับภาษี / TAX INVOICE" box with "ต้นฉบับ / ORIGINAL", the customer's
name, address, tax id and branch, เลขที่ / No., วันที่ / Date with the Buddhist-era date (`15/03/2567`) and
the Gregorian one beside it, ครบกำหนด / Due Date, เงื่อนไขการชำระเงิน / Credit Term "30 วัน / 30 Days",
ใบสั่งซื้อ / P.O. No. (decoy), ลำดับ / รายการ / จำนวน / หน่วย / ราคาต่อหน่วย / จำนวนเงิน with English
sub-labels, รวมเงิน / Sub Total, ส่วนลด / Discount, ภาษีมูลค่าเพิ่ม 7% / VAT 7%, จำนวนเงินรวมทั้งสิ้น / Grand
Total, the amount in Thai words "(หนึ่งหมื่นบาทถ้วน)" and signature boxes. `th_receipt`: the combined
ใบเสร็จรับเงิน / ใบกำกับภาษี RECEIPT / TAX INVOICE of a service business with prices including VAT, "มูลค่า
สินค้าก่อนภาษี / Value before VAT", "ภาษีมูลค่าเพิ่ม / VAT 7%", "รวมทั้งสิ้น / Total", paid by transfer or
cheque.

Amounts `1,234.56`, `฿1,234.56`, `THB` or `บาท`. The Thai labels are printed in MuPDF's Noto Thai fallback;
its text layer gives some stacked tone marks as other characters, as real Thai PDFs often do, so every truth
string is Latin (names and addresses as printed in English, descriptions in English).

Truth: vendor = the English name as printed (the Thai name above it is a translation, as the Chinese name
beside a Hong Kong company's); tax id = the 13-digit tax id as printed (`0105561234567` or grouped
`0 1055 61234 56 7`; the mod-11 check digit holds); branch codes, the customer's tax id, P.O. and
reference numbers are decoys. Dates are Gregorian ISO (the Buddhist-era year is 543 more). Full form: net
= the value after discount before VAT (the discount is the printed adjustment between the lines and it),
tax = VAT 7 %, total = Grand Total. Receipt: lines VAT-inclusive adding up to the total, net = Value before
VAT, tax = VAT.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Col, Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twelfth import th_party, th_spaced, words_thai
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._eighth import flowing_sheet
from corpus.holdout.templates._twelfth import priced_lines

FAMILY = "th_tax_invoice"
DOCUMENT_TYPE = "invoice"
D = Decimal
GOODS = [("Stainless steel sheet 304, 1.2 mm", "sheet", 1800, 4200, D(7)), ("Hydraulic oil ISO VG 46 (200 L)", "drum", 9800, 16500, D(7)),
         ("Corrugated carton box 5-ply", "pcs", 18, 65, D(7)), ("Safety shoes, steel toe", "pair", 650, 1450, D(7)),
         ("LED high bay light 150 W", "set", 2400, 5200, D(7)), ("Printer toner cartridge, black", "pcs", 1800, 3900, D(7)),
         ("Packaging film, stretch 500 mm", "roll", 320, 650, D(7)), ("Air compressor maintenance kit", "set", 3500, 9800, D(7)),
         ("Drinking water 600 ml (pack of 12)", "pack", 45, 70, D(7)), ("Copy paper A4 80 gsm", "ream", 105, 145, D(7)),
         ("Bearing 6205-2RS", "pcs", 85, 210, D(7)), ("Forklift rental (monthly)", "month", 18000, 32000, D(7))]
SERVICES = ["Monthly IT support service", "Cleaning service - {m}", "Air conditioner cleaning (6 units)", "Accounting service fee - {m}",
            "Website hosting (12 months)", "Security guard service - {m}", "Transportation service Bangkok - Chon Buri", "Training course: Excel for Business",
            "Equipment calibration service", "Pest control service - {m}"]
TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["full_form", "full_form", "receipt"])
    vendor, customer = th_party(rng), th_party(rng)
    spaced = chance(rng, 0.35)
    printed_id = th_spaced(vendor.tax_id) if spaced else vendor.tax_id
    vendor.tax_id = printed_id
    issued = random_date(rng, date(2023, 1, 3), 890)
    be = issued.year + 543
    date_style = pick(rng, ["slash", "thai_month"])

    def d(x: date) -> str:
        if date_style == "slash":
            return f"{x.day:02d}/{x.month:02d}/{x.year + 543} <span class='small muted'>({x.strftime('%d/%m/%Y')})</span>"
        return f"{x.day} {TH_MONTHS[x.month - 1]} {x.year + 543} <span class='small muted'>({x.day} {x.strftime('%b %Y')})</span>"

    cur = pick(rng, ["", "฿", "THB "])

    def m(value: Decimal) -> str:
        return f"{cur}{fmt_number(value)}"

    prefix = "IV" if layout == "full_form" else pick(rng, ["RE", "RT", "TR"])
    number = pick(rng, [f"{prefix}{be % 100}{issued.month:02d}-{rng.randrange(1, 9999):04d}", f"{prefix}{issued.year}{issued.month:02d}{rng.randrange(1, 999):03d}",
                        f"{prefix}-{be % 100}{rng.randrange(10000, 99999)}"])
    branch = lambda p: "สำนักงานใหญ่ / Head Office (00000)" if p.extra["branch"] == "00000" else f"สาขาที่ / Branch No. {p.extra['branch']}"  # noqa: E731
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.5, 8.5), table=pick(rng, ["grid", "rules", "boxed"]))
    css = theme.css(".ttlbox{border:1.2pt solid #333;padding:4pt 8pt;text-align:center} .en{font-size:6.5pt;color:#555} .sig td{text-align:center;padding-top:26pt}")
    width, height = A4
    seller_block = (f"<p class='b' style='font-size:11pt'>{vendor.extra['thai_name']}</p><p class='b' style='font-size:11pt'>{esc(vendor.name)}</p>"
                    f"<p class='small'>{lines_html(vendor.address)}<br/>Tel. {vendor.phone}</p>"
                    f"<p class='small'>เลขประจำตัวผู้เสียภาษีอากร / Tax ID: <b>{printed_id}</b> &#160; {branch(vendor)}</p>")
    customer_block = (f"<p class='en'>ลูกค้า / Customer</p><p class='b'>{esc(customer.name)}</p><p>{lines_html(customer.address)}</p>"
                      f"<p class='small'>เลขประจำตัวผู้เสียภาษี / Tax ID: {customer.tax_id} &#160; {branch(customer)}</p>")

    def label(th: str, en: str) -> str:
        return f"{th}<br/><span class='en'>{en}</span>"

    if layout == "full_form":
        count = rng.randrange(1, 7) if chance(rng, 0.85) else rng.randrange(9, 13)
        lines = priced_lines(rng, GOODS, count, qty=(1, 2, 5, 10, 20, 50, 100))
        subtotal = sum((li.amount for li in lines), D("0.00"))
        discount = money(subtotal * D(pick(rng, [2, 3, 5])) / 100) if chance(rng, 0.3) else D("0.00")
        net = subtotal - discount
        tax = money(net * 7 / 100)
        total = net + tax
        days = pick(rng, [30, 30, 60, 45, 15])
        due = issued + timedelta(days=days) if chance(rng, 0.7) else None
        terms = f"{days} วัน / {days} Days" if chance(rng, 0.6) else None
        doc = Doc(document_type=DOCUMENT_TYPE, locale="TH", currency="THB", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
                  total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, lines_adjustment=-discount)
        meta = [(label("เลขที่", "No."), f"<b>{esc(number)}</b>"), (label("วันที่", "Date"), d(issued))]
        if terms:
            meta.append((label("เงื่อนไขการชำระเงิน", "Credit Term"), terms))
        if due:
            meta.append((label("วันครบกำหนด", "Due Date"), d(due)))
        if chance(rng, 0.6):
            meta.append((label("ใบสั่งซื้อเลขที่", "P.O. No."), f"PO{rng.randrange(10000, 99999)}"))
        meta_html = "<table class='kv'>" + "".join(f"<tr><td style='width:40%'>{k}</td><td>{v}</td></tr>" for k, v in meta) + "</table>"
        head = (f"<table style='width:100%'><tr><td style='width:62%'>{seller_block}</td><td style='width:38%'><div class='ttlbox'>"
                f"<p class='b' style='font-size:13pt'>ใบกำกับภาษี</p><p class='b'>TAX INVOICE</p><p class='small'>{pick(rng, ['ต้นฉบับ / ORIGINAL', 'ต้นฉบับ (เอกสารออกเป็นชุด) / ORIGINAL'])}</p></div></td></tr></table>"
                f"<table style='width:100%;margin-top:8pt'><tr><td style='width:58%' class='boxed'>{customer_block}</td><td style='width:2%'></td>"
                f"<td style='width:40%' class='boxed'>{meta_html}</td></tr></table>")
        cols = [Col(label("ลำดับ", "No."), "center", "28pt"), Col(label("รายการ", "Description")), Col(label("จำนวน", "Quantity"), "right", "48pt"),
                Col(label("หน่วย", "Unit"), "center", "40pt"), Col(label("ราคาต่อหน่วย", "Unit Price"), "right", "64pt"), Col(label("จำนวนเงิน", "Amount"), "right", "72pt")]
        rows = [[str(i), esc(li.description), fmt_number(li.quantity, decimals=0), esc(li.unit), fmt_number(li.unit_price), fmt_number(li.amount)]
                for i, li in enumerate(lines, 1)]
        sums = [(label("รวมเงิน", "Sub Total"), m(subtotal))]
        if discount:
            sums += [(label("หักส่วนลด", "Discount"), m(discount)), (label("จำนวนเงินหลังหักส่วนลด", "Amount after discount"), m(net))]
        sums += [(label("ภาษีมูลค่าเพิ่ม 7%", "VAT 7%"), m(tax)), (label("จำนวนเงินรวมทั้งสิ้น", "Grand Total"), f"<b>{m(total)}</b>")]
        tail = (f"<table style='width:100%;margin-top:4pt'><tr><td style='width:52%' class='boxed c'>({words_thai(total)})</td><td style='width:48%'>"
                "<table style='width:100%'>" + "".join(f"<tr><td style='width:62%'>{k}</td><td class='r' style='width:38%'>{v}</td></tr>" for k, v in sums)
                + "</table></td></tr></table>"
                + f"<p class='small' style='margin-top:6pt'>{pick(rng, ['กรุณาสั่งจ่ายเช็คขีดคร่อมในนาม / Please make crossed cheque payable to ', 'โอนเงินเข้าบัญชี / Transfer to account of '])}{esc(vendor.name)}"
                f" - {pick(rng, ['Bangkok Bank', 'Kasikornbank', 'SCB', 'Krungsri'])} {rng.randrange(100, 999)}-{rng.randrange(1, 9)}-{rng.randrange(10000, 99999)}-{rng.randrange(1, 9)}</p>"
                "<table class='sig' style='width:100%'><tr><td style='width:33%'>______________<br/>ผู้รับสินค้า / Received by</td>"
                "<td style='width:33%'>______________<br/>ผู้ส่งสินค้า / Delivered by</td><td style='width:34%'>______________<br/>ผู้มีอำนาจลงนาม / Authorized Signature</td></tr></table>")
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=False, margin=(34, 32, 34, 30),
                              continued=lambda i: f"<p class='b'>{esc(number)} (ต่อ / continued)</p>")
        return Built(doc=doc, sheet=sheet, template="th_full_form", png_scan_ok=len(sheet.pages) == 1,
                     notes={"buddhist_year": be, "tax_id": printed_id, "discount": str(discount)})

    count = rng.randrange(1, 5)
    month = issued.strftime("%B %Y")
    lines = []
    for text in rng.sample(SERVICES, count):
        qty = D(pick(rng, [1, 1, 1, 2, 3, 6, 12]))
        price = D(round(rng.uniform(800, 45000) / 10) * 10).quantize(D("0.01"))
        lines.append(Line(text.format(m=month), qty, price, qty * price))
    total = sum((li.amount for li in lines), D("0.00"))
    net = (total * 100 / 107).quantize(D("0.01"), rounding=ROUND_HALF_UP)
    tax = total - net
    doc = Doc(document_type=DOCUMENT_TYPE, locale="TH", currency="THB", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, lines_sum_to="total")
    head = (f"<table style='width:100%'><tr><td style='width:60%'>{seller_block}</td><td style='width:40%' class='r'>"
            f"<p class='b' style='font-size:12pt'>ใบเสร็จรับเงิน / ใบกำกับภาษี</p><p class='b'>RECEIPT / TAX INVOICE</p>"
            f"<p style='margin-top:6pt'>เลขที่ / No. <b>{esc(number)}</b></p><p>วันที่ / Date {d(issued)}</p></td></tr></table>"
            f"<div class='boxed' style='margin-top:8pt'>{customer_block}</div>")
    cols = [Col(label("ลำดับ", "Item"), "center", "30pt"), Col(label("รายละเอียด", "Description")), Col(label("จำนวน", "Qty"), "right", "40pt"),
            Col(label("ราคา/หน่วย (รวม VAT)", "Price incl. VAT"), "right", "80pt"), Col(label("จำนวนเงิน", "Amount"), "right", "74pt")]
    rows = [[str(i), esc(li.description), fmt_number(li.quantity, decimals=0), fmt_number(li.unit_price), fmt_number(li.amount)] for i, li in enumerate(lines, 1)]
    paid_by = pick(rng, ["โอนเงิน / Bank transfer", "เช็ค / Cheque No. " + str(rng.randrange(10**7, 10**8)), "บัตรเครดิต / Credit card"])
    tail = ("<table style='width:100%;margin-top:4pt'>"
            f"<tr><td style='width:50%'></td><td style='width:32%'>{label('มูลค่าสินค้า/บริการก่อนภาษี', 'Value before VAT')}</td><td class='r' style='width:18%'>{m(net)}</td></tr>"
            f"<tr><td></td><td>{label('ภาษีมูลค่าเพิ่ม 7%', 'VAT 7%')}</td><td class='r'>{m(tax)}</td></tr>"
            f"<tr class='grand'><td></td><td>{label('รวมทั้งสิ้น', 'Total')}</td><td class='r'>{m(total)}</td></tr></table>"
            f"<p class='c' style='margin-top:4pt'>({words_thai(total)})</p><p style='margin-top:6pt'>ชำระโดย / Paid by: {paid_by}</p>"
            "<table class='sig' style='width:100%'><tr><td style='width:50%'>______________<br/>ผู้รับเงิน / Collector</td>"
            "<td style='width:50%'>______________<br/>ผู้มีอำนาจลงนาม / Authorized Signature</td></tr></table>")
    sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=False, continued=lambda i: "")
    return Built(doc=doc, sheet=sheet, template="th_receipt", png_scan_ok=True, notes={"buddhist_year": be, "tax_id": printed_id})
