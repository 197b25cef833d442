"""Vietnamese VAT invoice (hóa đơn giá trị gia tăng), the printed form of an e-invoice under Decree 123/2020 and
Circular 78/2021, 2023-2025.

Three prints: a bilingual form (Vietnamese labels with English in brackets: "HÓA ĐƠN GIÁ TRỊ GIA TĂNG (VAT
INVOICE)", "Ngày (Date) 15 tháng (month) 03 năm (year) 2024", Ký hiệu (Serial) `1C24TAA`, Số (No.), Mã của
CQT, the seller block, "Họ tên người mua hàng (Buyer)", "Tên đơn vị (Company name)", Mã số thuế, Địa chỉ,
"Hình thức thanh toán (Payment method): TM/CK", STT / Tên hàng hóa, dịch vụ / Đơn vị tính / Số lượng / Đơn
giá / Thành tiền with the column numbers "6 = 4 x 5", Cộng tiền hàng, Thuế suất GTGT, Tiền thuế GTGT, Tổng
cộng tiền thanh toán, "Số tiền viết bằng chữ"); a Vietnamese-only boxed form for several rates (per line
"Thuế suất" and "Tiền thuế GTGT", then a summary by rate "Tổng tiền chịu thuế suất 10% / 8% / 5%"); and an
invoicing-software print (header band with the seller, labels "Đơn vị bán hàng / Seller" on two lines).
Every print carries the digital-signature box ("Signature Valid — Ký bởi: … Ký ngày: 15/03/2024"), the
lookup line "Tra cứu tại … Mã tra cứu …" and the software provider with its own tax code.

VAT 10 %, 8 % on goods and services eligible for the temporary reduction (from July 2023: Decrees
44/2023, 94/2023, 72/2024, 180/2024; not telecoms, IT, metals), 5 % (clean water, fertiliser). Amounts in
whole đồng: `12.345.000` (or `12,345,000` from some software), no currency symbol in the table, "đồng" in
words.

Truth: id = the Số (No.) as printed (`00000123`); the Ký hiệu (serial, a template and year code) is a decoy,
as are the Mã của CQT (tax authority code), the Mã tra cứu (lookup code), the seller's bank account and the
software provider's tax code. Vendor = Đơn vị bán hàng as printed in capitals; tax id = its Mã số thuế
(ten digits with the mod-11 check, a branch's `-001` suffix kept); customer = Tên đơn vị (the buyer's company,
not the person in "Họ tên người mua hàng"), address as printed; the buyer's tax code is a decoy. Document
date = the invoice date (printed "Ngày 15 tháng 03 năm 2024" and again in the signature box as
`15/03/2024`). Net = Cộng tiền hàng / Tổng tiền trước thuế, tax = Tiền thuế GTGT (the summary's total tax),
total = Tổng cộng tiền thanh toán. "Hình thức thanh toán" (TM/CK: cash or transfer) is a means of payment,
not payment terms; VN invoices print no due date.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Col, Theme, esc, items_table, logo
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eighth import fmt_of
from corpus.holdout.fakes_eleventh import (
    vn_authority_code,
    vn_lookup_code,
    vn_party,
    vn_person,
    vn_tax_code,
    words_vietnamese,
)
from corpus.holdout.money import fmt_number, random_date
from corpus.holdout.render import A4

FAMILY = "vn_vat_invoice"
DOCUMENT_TYPE = "invoice"
# description, unit, low, high, eligible for the 8 % reduction, base rate
ITEMS = [("Giấy in A4 Double A 80gsm", "Ram", 68, 95, True, 10), ("Mực in HP 26A chính hãng", "Hộp", 1450, 2300, True, 10),
         ("Bìa hồ sơ nhựa A4", "Cái", 4, 9, True, 10), ("Xi măng Hà Tiên PCB40", "Bao", 82, 98, True, 10),
         ("Thép cuộn phi 6", "Kg", 15, 19, False, 10), ("Dịch vụ vận chuyển hàng hóa", "Chuyến", 1500, 6500, True, 10),
         ("Phí dịch vụ phần mềm kế toán", "Tháng", 800, 4500, False, 10), ("Dịch vụ vệ sinh văn phòng", "Tháng", 6000, 18000, True, 10),
         ("Cà phê rang xay 500g", "Gói", 120, 260, True, 10), ("Nước uống đóng bình 19L", "Bình", 55, 75, True, 10),
         ("Bàn làm việc gỗ công nghiệp 1m2", "Cái", 1600, 3800, True, 10), ("Ghế xoay văn phòng lưới", "Cái", 850, 2600, True, 10),
         ("Máy tính xách tay Dell Latitude 5440", "Chiếc", 21000, 28000, False, 10), ("Thùng carton 5 lớp 60x40x40", "Cái", 14, 32, True, 10),
         ("Dịch vụ bảo trì điều hòa", "Lần", 350, 900, True, 10), ("Dịch vụ Internet cáp quang", "Tháng", 250, 1800, False, 10),
         ("Băng keo trong 5cm", "Cuộn", 12, 25, True, 10), ("Sơn nước nội thất 18L", "Thùng", 1350, 2900, True, 10),
         ("Phân bón NPK 16-16-8", "Bao", 650, 890, False, 5), ("Nước sạch sinh hoạt", "m3", 6, 18, False, 5),
         ("Găng tay bảo hộ", "Đôi", 15, 45, True, 10), ("Dịch vụ in ấn tờ rơi A5", "Tờ", 1, 3, True, 10)]
DECREES = [(date(2023, 7, 1), date(2023, 12, 31), "44/2023/NĐ-CP"), (date(2024, 1, 1), date(2024, 6, 30), "94/2023/NĐ-CP"),
           (date(2024, 7, 1), date(2024, 12, 31), "72/2024/NĐ-CP"), (date(2025, 1, 1), date(2025, 6, 30), "180/2024/NĐ-CP")]
PROVIDERS = ["Công ty Cổ phần Giải pháp Hóa đơn Số Việt", "Công ty TNHH Phần mềm Kế toán An Tâm", "Công ty Cổ phần Công nghệ Hóa đơn Xanh"]


def _decree(day: date) -> str | None:
    return next((name for start, end, name in DECREES if start <= day <= end), None)


def _vat(amount: Decimal, rate: int) -> Decimal:
    return (amount * rate / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP).quantize(Decimal("0.01"))


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["bilingual", "boxed", "software"])
    vendor, customer = vn_party(rng), vn_party(rng)
    issued = random_date(rng, date(2023, 1, 3), 895)
    decree = _decree(issued)
    style = "de" if chance(rng, 0.8) else "en"
    fmt = fmt_of("VN", "VND", number_style=style, symbol="", position="none", date_pattern="dmy_slash")

    def num(value: Decimal) -> str:
        return fmt_number(value, style, decimals=0)

    count = rng.randrange(1, 7) if chance(rng, 0.8) else rng.randrange(12, 20)
    pool = list(ITEMS)
    if layout != "boxed":
        wanted = pick(rng, ["10", "10", "10", "5"]) if decree is None else pick(rng, ["8", "8", "10", "5"])
        pool = [it for it in ITEMS if {"5": it[5] == 5, "8": it[5] == 10 and it[4], "10": it[5] == 10 and (decree is None or not it[4])}[wanted]]
    chosen = [pool[i % len(pool)] for i in rng.sample(range(max(count, len(pool))), count)]
    lines: list[Line] = []
    seen: set[str] = set()
    for desc, unit, low, high, eligible, base in chosen:
        label = desc
        extra = 2
        while label in seen:
            label = f"{desc} (loại {extra})"
            extra += 1
        seen.add(label)
        price = Decimal(round(rng.uniform(low, high) * (2 if high < 50 else 1)) * (500 if high < 50 else 1000))
        qty = Decimal(pick(rng, [1, 1, 2, 3, 5, 10, 12, 20, 50, 100])) if unit not in ("Tháng", "Chuyến", "Lần") else Decimal(pick(rng, [1, 1, 2, 3]))
        rate = 8 if eligible and decree and base == 10 else base
        lines.append(Line(label, qty, price.quantize(Decimal("0.01")), (qty * price).quantize(Decimal("0.01")), unit, "", Decimal(rate)))
    rates = sorted({int(li.tax_rate) for li in lines}, reverse=True)
    net = sum((li.amount for li in lines), Decimal("0.00"))
    if layout == "boxed":
        line_tax = {id(li): _vat(li.amount, int(li.tax_rate)) for li in lines}
        by_rate = {r: (sum((li.amount for li in lines if int(li.tax_rate) == r), Decimal("0.00")),
                       sum((line_tax[id(li)] for li in lines if int(li.tax_rate) == r), Decimal("0.00"))) for r in rates}
        tax = sum((v[1] for v in by_rate.values()), Decimal("0.00"))
    else:
        line_tax, by_rate = {}, {rates[0]: (net, _vat(net, rates[0]))}
        tax = by_rate[rates[0]][1]
    total = net + tax
    serial = f"1{'C' if chance(rng, 0.75) else 'K'}{issued.strftime('%y')}{pick(rng, ['T', 'T', 'M'])}{pick(rng, ['AA', 'AB', 'YY', 'HN', 'SG', 'BT'])}"
    number = pick(rng, [f"{rng.randrange(1, 99999):08d}", f"{rng.randrange(1, 9999)}", f"{rng.randrange(1, 999999):07d}"])
    doc = Doc(document_type=DOCUMENT_TYPE, locale="VN", currency="VND", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines)
    buyer = vn_person(rng) if chance(rng, 0.6) else ""
    method = pick(rng, ["TM/CK", "TM/CK", "CK", "Chuyển khoản", "Tiền mặt/Chuyển khoản"])
    cqt = vn_authority_code(rng) if serial[1] == "C" else ""
    lookup = vn_lookup_code(rng)
    provider, provider_mst = pick(rng, PROVIDERS), vn_tax_code(rng)
    signed = issued.strftime("%d/%m/%Y")
    theme = Theme.pick(rng, font=pick(rng, ["Times", "Times", "Helvetica"]), size=(8.0, 9.5), table=pick(rng, ["grid", "grid", "boxed"]),
                       accent=pick(rng, ["#b71c1c", "#0d47a1", "#1f4e79", "#c62828", "#00695c"]))
    css = theme.css(".ttl{font-size:15pt;font-weight:bold;color:" + theme.accent + "} .en{font-style:italic;color:#444} .lbl{font-weight:bold}"
                    " .sig{border:1pt solid #2e7d32;color:#2e7d32;padding:4pt;font-size:7.5pt} .frame{border:1.2pt solid " + theme.accent + ";padding:4pt}"
                    " .cn td{text-align:center;font-size:7pt;font-style:italic;border:0.6pt solid #555}")
    bi = layout != "boxed"

    def lab(vi: str, en: str) -> str:
        if layout == "bilingual":
            return f"{vi} <span class='en'>({en})</span>"
        if layout == "software":
            return f"{vi}<br/><span class='en small'>{en}</span>"
        return vi

    day_line = (f"Ngày <span class='en'>(Date)</span> {issued.day:02d} tháng <span class='en'>(month)</span> {issued.month:02d} năm <span class='en'>(year)</span> {issued.year}"
                if bi else f"Ngày {issued.day:02d} tháng {issued.month:02d} năm {issued.year}")
    title = ("<p class='c ttl'>HÓA ĐƠN GIÁ TRỊ GIA TĂNG</p>" + ("<p class='c b en'>(VAT INVOICE)</p>" if bi else "")
             + f"<p class='c small'>{'Bản thể hiện của hóa đơn điện tử' + (' (Electronic invoice display)' if bi else '')}</p><p class='c'>{day_line}</p>"
             + (f"<p class='c small'>Mã của CQT: {cqt}</p>" if cqt else ""))
    serial_box = (f"<p>{lab('Ký hiệu', 'Serial')}: <b>{serial}</b></p><p>{lab('Số', 'No.')}: <b style='color:#c62828;font-size:11pt'>{number}</b></p>")
    seller_rows = [(lab("Đơn vị bán hàng", "Seller"), f"<b>{esc(vendor.name)}</b>"), (lab("Mã số thuế", "Tax code"), f"<b>{vendor.tax_id}</b>"),
                   (lab("Địa chỉ", "Address"), esc(", ".join(vendor.address))), (lab("Điện thoại", "Tel"), vendor.phone),
                   (lab("Số tài khoản", "A/C No."), f"{vendor.extra['bank_account']} tại {esc(vendor.extra['bank'])}")]
    buyer_rows = [(lab("Họ tên người mua hàng", "Buyer"), esc(buyer)), (lab("Tên đơn vị", "Company name"), f"<b>{esc(customer.name)}</b>"),
                  (lab("Mã số thuế", "Tax code"), customer.tax_id), (lab("Địa chỉ", "Address"), esc(", ".join(customer.address))),
                  (lab("Hình thức thanh toán", "Payment method"), method), (lab("Số tài khoản", "A/C No."), "")]

    def kv(rows: list[tuple[str, str]]) -> str:
        return "<table style='width:100%'>" + "".join(f"<tr><td style='width:30%'>{k}:</td><td style='width:70%'>{v}</td></tr>" for k, v in rows) + "</table>"

    words = words_vietnamese(total)
    sig = (f"<table style='width:100%;margin-top:8pt'><tr><td style='width:50%' class='c'><p class='b'>{lab('Người mua hàng', 'Buyer')}</p>"
           f"<p class='small en'>(Ký, ghi rõ họ tên)</p></td><td style='width:50%' class='c'><p class='b'>{lab('Người bán hàng', 'Seller')}</p>"
           f"<table style='width:100%'><tr><td class='sig'>Signature Valid<br/>Ký bởi: {esc(vendor.name)}<br/>Ký ngày: {signed}</td></tr></table></td></tr></table>")
    foot = (f"<p class='c small en' style='margin-top:6pt'>(Cần kiểm tra, đối chiếu khi lập, giao, nhận hóa đơn)</p>"
            f"<p class='c tiny'>Tra cứu hóa đơn tại: https://tracuu.hoadon.example.vn — Mã tra cứu: {lookup}</p>"
            f"<p class='c tiny'>Phát hành bởi phần mềm hóa đơn điện tử của {esc(provider)} — MST: {provider_mst}</p>")
    note = (f"<p class='small'><i>Giảm thuế GTGT theo Nghị định số {decree}</i></p>" if decree and 8 in rates else "")
    width, height = A4
    if layout == "boxed":
        cols = [Col("STT", "center", "22pt"), Col("Tên hàng hóa, dịch vụ", width="150pt"), Col("ĐVT", "center", "34pt"), Col("Số lượng", "right", "40pt"),
                Col("Đơn giá", "right", "55pt"), Col("Thành tiền chưa có thuế GTGT", "right", "68pt"), Col("Thuế suất", "center", "36pt"),
                Col("Tiền thuế GTGT", "right", "58pt")]
        rows = [[str(i), esc(li.description), esc(li.unit), fmt.qty(li.quantity), num(li.unit_price), num(li.amount), f"{int(li.tax_rate)}%",
                 num(line_tax[id(li)])] for i, li in enumerate(lines, 1)]
        summary = "".join(f"<tr><td>Tổng tiền chịu thuế suất {r}%</td><td class='r'>{num(by_rate[r][0])}</td><td class='r'>{num(by_rate[r][1])}</td>"
                          f"<td class='r'>{num(by_rate[r][0] + by_rate[r][1])}</td></tr>" for r in rates)
        summary_table = (f"<table class='items'><tr><th>Tổng hợp</th><th style='text-align:right'>Thành tiền trước thuế</th><th style='text-align:right'>Tiền thuế GTGT</th>"
                         f"<th style='text-align:right'>Tổng tiền thanh toán</th></tr>{summary}"
                         f"<tr class='grand'><td>Tổng cộng</td><td class='r'>{num(net)}</td><td class='r'>{num(tax)}</td><td class='r'>{num(total)}</td></tr></table>")
        head = (f"<div class='frame'><table style='width:100%'><tr><td style='width:22%'>{logo(vendor.name.split()[-1], rng, theme.accent)}</td>"
                f"<td style='width:53%'>{title}</td><td style='width:25%'>{serial_box}</td></tr></table>"
                f"{kv(seller_rows)}<hr/>{kv(buyer_rows)}</div>")
        tail = (summary_table + note + f"<p style='margin-top:4pt'><b>Số tiền viết bằng chữ:</b> <i>{words}./.</i></p>" + sig + foot)
        number_row = ""
    else:
        cols = [Col(lab("STT", "No."), "center", "30pt"), Col(lab("Tên hàng hóa, dịch vụ", "Description"), width="190pt"),
                Col(lab("Đơn vị tính", "Unit"), "center", "48pt"), Col(lab("Số lượng", "Quantity"), "right", "50pt"),
                Col(lab("Đơn giá", "Unit price"), "right", "62pt"), Col(lab("Thành tiền", "Amount"), "right", "78pt")]
        rows = [[str(i), esc(li.description), esc(li.unit), fmt.qty(li.quantity), num(li.unit_price), num(li.amount)] for i, li in enumerate(lines, 1)]
        number_row = "<tr class='cn'><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6 = 4 x 5</td></tr>"
        r = rates[0]
        totals = (f"<table class='items'><tr><td style='width:70%' class='r'>{lab('Cộng tiền hàng', 'Sub total')}:</td><td class='r b' style='width:30%'>{num(net)}</td></tr>"
                  f"<tr><td class='r'>{lab('Thuế suất GTGT', 'VAT rate')}: {r}% &#160;&#160; {lab('Tiền thuế GTGT', 'VAT amount')}:</td><td class='r b'>{num(tax)}</td></tr>"
                  f"<tr><td class='r'>{lab('Tổng cộng tiền thanh toán', 'Total payment')}:</td><td class='r b'>{num(total)}</td></tr></table>")
        tail = (totals + note + f"<p style='margin-top:4pt'>{lab('Số tiền viết bằng chữ', 'Amount in words')}: <i>{words}./.</i></p>" + sig + foot)
        if layout == "bilingual":
            head = (f"<table style='width:100%'><tr><td style='width:18%'>{logo(vendor.name.split()[-1], rng, theme.accent)}</td><td style='width:82%'>{kv(seller_rows)}</td></tr></table><hr/>"
                    f"<table style='width:100%'><tr><td style='width:72%'>{title}</td><td style='width:28%'>{serial_box}</td></tr></table>{kv(buyer_rows)}")
        else:
            head = (f"<table style='width:100%'><tr><td class='band' style='width:100%'><b style='font-size:12pt'>{esc(vendor.name)}</b><br/>"
                    f"<span class='small'>MST: {vendor.tax_id} · {esc(', '.join(vendor.address))} · ĐT: {vendor.phone}</span></td></tr></table>"
                    f"<table style='width:100%;margin-top:6pt'><tr><td style='width:70%'>{title}</td><td style='width:30%' class='frame'>{serial_box}</td></tr></table>"
                    f"{kv(seller_rows[:2] + seller_rows[4:])}<hr/>{kv(buyer_rows)}")

    def body(chunk, index: int, is_last: bool) -> str:
        top = head if index == 0 else f"<p class='small'>Tiếp theo trang trước — trang {index + 1} · Số: {number}</p>"
        table = items_table(cols, chunk, zebra=False)
        if number_row and index == 0:
            table = table.replace("</tr>", "</tr>" + number_row, 1)
        return top + table + (tail if is_last else "<p class='small r muted'>Xem tiếp trang sau</p>")

    sheet = paged_sheet(width, height, css, (30, 30, 30, 28), rows, body)
    return Built(doc=doc, sheet=sheet, template=f"vn_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"serial": serial, "cqt": cqt, "lookup": lookup, "rates": rates})


