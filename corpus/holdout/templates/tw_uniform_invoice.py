"""Taiwanese uniform invoices (統一發票) in traditional Chinese, TWD, 2023-2025: the electronic invoice's printed proof on a
5.7 cm roll or on A4, and the old three-part paper form.

Four prints. `tw_b2c_slip` (a shop's 電子發票證明聯 roll: the shop's brand on top, 電子發票證明聯 and the two-month period
"113年03-04月" in large type, the invoice number "AB-12345678", the date and time "2024-03-15 14:22:31", 隨機碼 (a four-digit
random code) beside 總計, 賣方 with the seller's 統一編號, a bar code and two QR codes; then the 交易明細: items as name over
"2 x 45  90TX", 合計 / 總計, 現金 and 找零 or 信用卡 / 悠遊卡, the registered company's 營業人 name, 統一編號, address and phone,
and "退貨請持電子發票證明聯正本"), `tw_b2b_slip` (the same roll bought for a company: "格式 25", 買方 with the buyer's 統一編號 and
no name, and in the 明細 銷售額 / 稅額 / 總計 carved out of the tax-inclusive total), `tw_a4_einvoice` (an ERP's A4 電子發票
證明聯 with 格式 21: the buyer's block — 買方, 統一編號, 地址 — before the seller's, 發票號碼 "AB12345678", 發票日期 in Western
"2024-03-15" or 民國 "113/03/15" / "113年03月15日", 品名 / 數量 / 單位 / 單價 / 金額 / 備註, 銷售額合計, 營業稅 with 應稅 5 %, 總計 and
"總計新臺幣 壹萬貳仟參佰肆拾伍元整", 付款條件 "月結30天" and sometimes 付款期限; long orders over pages), `tw_triplicate_form`
(the pre-printed 三聯式統一發票 filled in by a dot-matrix printer: "中華民國 113 年 3 月 15 日" across the top, the number in
red, 買受人 / 統一編號 / 地址, a grid of eight item rows — the unused ones left blank —, 銷售額合計 / 營業稅 應稅 ✓ / 總計 and the
amount in formal numerals, and the seller only in the red 統一發票專用章 stamp: name, 統一編號, address, 電話).

Truth: vendor = the registered company (the brand on the roll is no vendor name), tax id = its 統一編號; on the A4 and the form
the customer = the buyer with its address (its 統一編號 a decoy); the rolls name no customer (a 買方 統一編號 alone is no name);
id = the invoice number as printed ("AB-12345678" or "AB12345678"; the period, 隨機碼 and 格式 are none); date = the invoice
date (a 民國 date converted); whole dollars; the B2C roll: a `receipt` with tax-inclusive lines adding up to the 總計 and no
tax or net; the B2B roll: an `invoice` with tax-inclusive lines, net = 銷售額, tax = 稅額, total = 總計; the A4 and the form:
net = 銷售額合計, tax = 營業稅, total = 總計, lines without tax; payment terms = 付款條件 and due date = 付款期限 where printed.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

import pymupdf

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_nineteenth import (
    TW_BRANDS,
    roc_year,
    tw_invoice_number,
    tw_party,
    tw_period,
    tw_ubn,
    words_twd,
)
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4, Box, Sheet
from corpus.holdout.templates._fifteenth import beside, paged, pts, rows_html, single_page
from corpus.holdout.templates._fourteenth import fits_strictly
from corpus.holdout.templates._thirteenth import pdf417_html

FAMILY = "tw_uniform_invoice"
D = Decimal
SHOP_ITEMS = [("拿鐵咖啡(大)", 75, 120), ("美式咖啡(中)", 45, 80), ("火腿蛋三明治", 45, 70), ("礦泉水 600ml", 15, 25), ("御飯糰 鮪魚", 28, 39),
              ("茶葉蛋", 10, 13), ("雞腿便當", 90, 130), ("鮮奶 936ml", 85, 99), ("衛生紙 12入", 159, 239), ("洗衣精 2000g", 169, 259),
              ("原子筆 0.5mm", 15, 30), ("筆記本 A5", 35, 80), ("維他命C 60錠", 299, 499), ("醫療口罩 50入", 99, 199), ("購物袋", 2, 3),
              ("珍珠奶茶(大)", 55, 75), ("鳳梨酥 12入", 320, 480), ("電池 3號 4入", 69, 129)]
B2B_ITEMS = [("A4影印紙 80磅 (500張/包)", "包", 110, 160), ("雷射碳粉匣 黑色", "支", 1800, 3600), ("筆記型電腦 14吋", "台", 28000, 45000),
             ("人體工學辦公椅", "張", 3500, 9800), ("系統維護服務費", "式", 5000, 60000), ("網路設備安裝工資", "式", 3000, 25000),
             ("顧問服務費", "小時", 1500, 4000), ("運費", "趟", 300, 2500), ("不鏽鋼螺絲 M8 (100入)", "盒", 180, 420), ("LED 平板燈 40W", "片", 650, 1450),
             ("電源延長線 6尺", "條", 250, 680), ("工業用膠帶", "捲", 35, 90), ("軟體授權費 (一年)", "套", 12000, 48000), ("清潔服務費 (月)", "月", 8000, 26000)]


def _n(value: D) -> str:
    return fmt_number(value, "en", 0)


def _roc(day: date, style: str) -> str:
    y = roc_year(day)
    return {"roc_slash": f"{y}/{day.month:02d}/{day.day:02d}", "roc_long": f"{y}年{day.month:02d}月{day.day:02d}日",
            "roc_full": f"中華民國{y}年{day.month:02d}月{day.day:02d}日", "iso": day.isoformat(), "slash": day.strftime("%Y/%m/%d")}[style]


def _height(html: str, css: str, width: float) -> float:
    story = pymupdf.Story(html=html, user_css="body {margin:0}" + css)
    _more, filled = story.place(pymupdf.Rect(0, 0, width, 20000))
    return float(filled[3])


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["tw_b2c_slip", "tw_b2c_slip", "tw_b2b_slip", "tw_a4_einvoice", "tw_a4_einvoice", "tw_triplicate_form"])
    issued = random_date(rng, date(2023, 1, 5), 1040)
    at = datetime(issued.year, issued.month, issued.day, rng.randrange(7, 22), rng.randrange(60), rng.randrange(60))
    vendor = tw_party(rng)
    track, digits = tw_invoice_number(rng)
    if layout.endswith("slip"):
        return _slip(rng, layout, issued, at, vendor, track, digits)
    return _a4(rng, layout, issued, vendor, track, digits)


def _slip(rng: random.Random, layout: str, issued: date, at: datetime, vendor, track: str, digits: str) -> Built:
    b2b = layout == "tw_b2b_slip"
    number = f"{track}-{digits}"
    brand = pick(rng, TW_BRANDS)
    lines = []
    for desc, low, high in rng.sample(SHOP_ITEMS, rng.randrange(1, 7)):
        price = money(rng.randrange(low, high + 1))
        qty = D(pick(rng, [1, 1, 1, 2, 2, 3, 4]))
        lines.append(Line(desc, qty, price, money(qty * price)))
    total = sum((li.amount for li in lines), D("0.00"))
    net = money(round(total / D("1.05"))) if b2b else None
    tax = total - net if b2b else None
    buyer = tw_ubn(rng) if b2b else None
    doc = Doc(document_type="invoice" if b2b else "receipt", locale="TW", currency="TWD", vendor=vendor, customer=None, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, lines_sum_to="total")
    width = pick(rng, [164.0, 164.0, 170.0])
    margin = 8.0
    W = width - 2 * margin
    font = pick(rng, ["Helvetica", "Courier"])
    css = (f"body{{font-family:{font};font-size:7pt;margin:0}} p{{margin:0}} .c{{text-align:center}} .r{{text-align:right}} .b{{font-weight:bold}}"
           " .big{font-size:13pt;font-weight:bold} .mid{font-size:10.5pt;font-weight:bold} td{padding:0 1pt} table{border-collapse:collapse}")
    code = f"{rng.randrange(10000):04d}"

    def row(a: str, b: str, split: float = 0.6) -> str:
        return f"<table><tr><td style='width:{W * split - 2:.1f}pt'>{a}</td><td class='r' style='width:{W * (1 - split) - 2:.1f}pt'>{b}</td></tr></table>"

    stamp = at.strftime("%Y-%m-%d %H:%M:%S")
    top = (f"<p class='c mid'>{esc(brand)}</p><p class='c big' style='margin-top:3pt'>電子發票證明聯</p><p class='c big'>{tw_period(issued)}</p>"
           f"<p class='c big'>{number}</p>" + row(stamp, "格式 25" if b2b else "") + row(f"隨機碼 {code}", f"總計 {_n(total)}")
           + row(f"賣方 {vendor.tax_id}", f"買方 {buyer}" if b2b else "", 0.5)
           + f"<div style='margin-top:4pt'>{pdf417_html(number + code, width=W - 4, rows=1, row_height=22)}</div>")
    pay = pick(rng, ["cash", "cash", "card", "easycard"])
    details = "<p class='c b' style='margin-top:2pt'>交易明細</p><p>" + "-" * 30 + "</p>"
    for li in lines:
        details += f"<p>{esc(li.description)}</p>" + row(f"&#160;&#160;{li.quantity} x {_n(li.unit_price)}", f"{_n(li.amount)}TX")
    details += f"<p>{'-' * 30}</p>" + row(f"合計 {sum(int(li.quantity) for li in lines)} 項", _n(total))
    if b2b:
        details += row("銷售額", _n(net)) + row("稅額", _n(tax))
    details += row("<b>總計</b>", f"<b>{_n(total)}</b>")
    if pay == "cash":
        tendered = money((int(total / 100) + 1) * 100) if chance(rng, 0.6) else money((int(total / 1000) + 1) * 1000)
        details += row("現金", _n(tendered)) + row("找零", _n(tendered - total))
    elif pay == "card":
        details += row(f"信用卡 ****{rng.randrange(1000, 9999)}", _n(total)) + row("授權碼", f"{rng.randrange(10**5, 10**6)}")
    else:
        details += row("悠遊卡", _n(total)) + row("卡號", f"****{rng.randrange(1000, 9999)}")
    details += (f"<p>{'-' * 30}</p><p>營業人: {esc(vendor.name)}</p><p>統一編號: {vendor.tax_id}</p><p>地址: {esc(vendor.address_text)}</p>"
                f"<p>電話: {vendor.phone}</p><p>機號 {rng.randrange(1, 9):02d} 收銀員 {rng.randrange(100, 999)} 序號 {rng.randrange(10**5, 10**6)}</p>"
                "<p class='c' style='margin-top:3pt'>退貨請持電子發票證明聯正本</p><p class='c'>謝謝光臨</p>")
    top_h = _height(top, css, W) + 2
    qr = min(66.0, (W - 8) / 2)
    qr_y = margin + top_h + 4
    det_y = qr_y + qr + 6
    det_h = _height(details, css, W) + 6
    while not fits_strictly(details, css, (margin, det_y, width - margin, det_y + det_h)):
        det_h += 8
    if not fits_strictly(top, css, (margin, margin, width - margin, margin + top_h + 2)):
        raise AssertionError("tw slip: the top does not fit")
    height = det_y + det_h + margin
    boxes = [Box((margin, margin, width - margin, margin + top_h + 2), top),
             Box((margin + 2, qr_y, margin + 2 + qr, qr_y + qr), kind="qr", payload=f"{number}{issued.isoformat()}{code}{vendor.tax_id}"),
             Box((width - margin - 2 - qr, qr_y, width - margin - 2, qr_y + qr), kind="qr", payload=f"**{''.join(li.description for li in lines)[:40]}"),
             Box((margin, det_y, width - margin, det_y + det_h), details)]
    sheet = Sheet(width=width, height=height, css=css, pages=[boxes])
    return Built(doc=doc, sheet=sheet, template=layout, scan_weight=2.0,
                 notes={"brand": brand, "random_code": code, "period": tw_period(issued), "buyer_ubn": buyer})


def _a4(rng: random.Random, layout: str, issued: date, vendor, track: str, digits: str) -> Built:
    form = layout == "tw_triplicate_form"
    customer = tw_party(rng)
    while customer.name[:2] == vendor.name[:2]:
        customer = tw_party(rng)
    buyer_ubn = customer.tax_id
    customer.tax_id = None
    count = rng.randrange(1, 9 if form else 8)
    if not form and chance(rng, 0.12):
        count = rng.randrange(24, 40)
    lines = []
    seen: dict[str, int] = {}
    pool = [pick(rng, B2B_ITEMS) for _ in range(count)] if count > len(B2B_ITEMS) else rng.sample(B2B_ITEMS, count)
    for desc, unit, low, high in pool:
        seen[desc] = seen.get(desc, 0) + 1
        text = desc if seen[desc] == 1 else f"{desc} (第{seen[desc]}批)"
        price = money(round(rng.uniform(low, high) / (10 if high > 1000 else 1)) * (10 if high > 1000 else 1))
        qty = D(pick(rng, [1, 1, 2, 3, 5, 10, 20] if high < 5000 else [1, 1, 2]))
        lines.append(Line(text, qty, price, money(qty * price), unit))
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(round(net * D("0.05")))
    total = net + tax
    number = f"{track}{digits}" if (form or chance(rng, 0.6)) else f"{track}-{digits}"
    date_style = "roc_full" if form else pick(rng, ["iso", "iso", "roc_slash", "roc_long", "slash"])
    monthly = not form and chance(rng, 0.55)
    terms = pick(rng, ["月結30天", "月結60天", "貨到付款", "月結45天"]) if monthly else None
    due = None
    if monthly and terms and terms.startswith("月結") and chance(rng, 0.6):
        days = int(terms[2:4])
        month_end = (issued.replace(day=28) + timedelta(days=4))
        month_end = month_end - timedelta(days=month_end.day)
        due = month_end + timedelta(days=days)
    doc = Doc(document_type="invoice", locale="TW", currency="TWD", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, payment_terms=terms, due_date=due)
    width, height = A4
    W = width - 72
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times", "Helvetica"]), size=(8.0, 9.0), table=pick(rng, ["grid", "boxed", "rules"]))
    red = "#c62828"
    css = theme.css(f".t{{font-size:15pt;font-weight:bold}} .red{{color:{red}}} .stamp{{border:1.6pt solid {red};color:{red};padding:4pt}}"
                    " .grid td{border:0.6pt solid #444;padding:2pt 3pt} .tiny{font-size:6.5pt;color:#555}")
    shown_date = _roc(issued, date_style)
    words = words_twd(total)
    if form:
        y = roc_year(issued)
        head = (f"<p class='c t'>統一發票 (三聯式)</p><p class='c' style='font-size:11pt'>中華民國 {y} 年 {issued.month} 月 {issued.day} 日</p>"
                f"<p class='r red b' style='font-size:12pt'>{number}</p>")
        buyer = (f"<table class='grid'><tr><td style='width:54pt'>買受人</td><td style='width:{W - 76:.0f}pt'>{esc(customer.name)}</td></tr>"
                 f"<tr><td>統一編號</td><td>{buyer_ubn}</td></tr><tr><td>地址</td><td>{esc(customer.address_text)}</td></tr></table>")
        cols = pts(W, 0.42, 0.12, 0.16, 0.18, 0.12)
        rows = "".join(f"<tr><td style='width:{cols[0]}'>{esc(li.description)}</td><td class='r' style='width:{cols[1]}'>{li.quantity}</td>"
                       f"<td class='r' style='width:{cols[2]}'>{_n(li.unit_price)}</td><td class='r' style='width:{cols[3]}'>{_n(li.amount)}</td><td style='width:{cols[4]}'></td></tr>"
                       for li in lines)
        rows += "".join("<tr><td>&#160;</td><td></td><td></td><td></td><td></td></tr>" for _ in range(8 - len(lines)))
        grid = (f"<table class='grid' style='margin-top:6pt'><tr><th style='width:{cols[0]}'>品名</th><th style='width:{cols[1]}'>數量</th><th style='width:{cols[2]}'>單價</th>"
                f"<th style='width:{cols[3]}'>金額</th><th style='width:{cols[4]}'>備註</th></tr>{rows}"
                f"<tr><td colspan='3'>銷售額合計</td><td class='r'>{_n(net)}</td><td></td></tr>"
                f"<tr><td colspan='3'>營業稅　應稅 ✓　零稅率 □　免稅 □</td><td class='r'>{_n(tax)}</td><td></td></tr>"
                f"<tr><td colspan='3'><b>總計</b></td><td class='r'><b>{_n(total)}</b></td><td></td></tr>"
                f"<tr><td colspan='5'>總計新臺幣（中文大寫）　{words}</td></tr></table>")
        seal = (f"<table style='margin-top:10pt'><tr><td style='width:{W - 230:.0f}pt'><p class='tiny'>第二聯：扣抵聯 ・ 買受人作為扣抵銷項稅額之用</p></td>"
                f"<td style='width:210pt' class='stamp'><p class='c b'>統一發票專用章</p><p class='c b'>{esc(vendor.name)}</p><p class='c'>統一編號 {vendor.tax_id}</p>"
                f"<p class='c'>{esc(vendor.address_text)}</p><p class='c'>電話 {vendor.phone}</p></td></tr></table>")
        height = 520.0
        sheet = single_page(layout, width, height, css, [Box((36.0, 28.0, width - 36.0, height - 24.0), head + buyer + grid + seal)])
    else:
        buyer_block = (f"<p class='b'>買方</p><p class='b'>{esc(customer.name)}</p><p>統一編號：{buyer_ubn}</p><p>地址：{esc(customer.address_text)}</p>")
        seller_block = (f"<p class='b'>賣方</p><p class='b' style='color:{theme.accent}'>{esc(vendor.name)}</p><p>統一編號：{vendor.tax_id}</p>"
                        f"<p>地址：{esc(vendor.address_text)}</p><p>電話：{vendor.phone}</p>")
        meta = [("發票號碼", f"<b>{number}</b>"), ("發票日期", shown_date), ("格式", "21"), ("隨機碼", f"{rng.randrange(10000):04d}")]
        if terms:
            meta.append(("付款條件", terms))
        if due:
            meta.append(("付款期限", _roc(due, date_style)))
        first = (f"<p class='t' style='color:{theme.accent}'>{esc(vendor.name)}</p><p class='c t' style='margin-top:4pt'>電子發票證明聯</p>"
                 f"<p class='c'>{tw_period(issued)}</p>"
                 + beside(buyer_block, seller_block, (W / 2, W / 2)) + f"<div style='margin-top:4pt'>{beside('', '<table>' + ''.join(f'<tr><td>{k}</td><td>{v}</td></tr>' for k, v in meta) + '</table>', (W - 220, 220))}</div>")
        head = ["品名", "數量", "單位", "單價", "金額", "備註"]
        cols = pts(W, 0.4, 0.09, 0.08, 0.14, 0.16, 0.13)
        numeric = {1, 3, 4}
        remarks = {i: pick(rng, ["", "", f"PO-{rng.randrange(10**4, 10**5)}", "含安裝"]) for i in range(len(lines))}
        rows_data = [(i, li) for i, li in enumerate(lines)]

        def table(chunk) -> str:
            ths = "".join(f"<th style='width:{w};{'text-align:right' if j in numeric else ''}'>{h}</th>" for j, (h, w) in enumerate(zip(head, cols, strict=True)))
            body = "".join(f"<tr><td style='width:{cols[0]}'>{esc(li.description)}</td><td class='r' style='width:{cols[1]}'>{li.quantity}</td>"
                           f"<td style='width:{cols[2]}'>{li.unit}</td><td class='r' style='width:{cols[3]}'>{_n(li.unit_price)}</td>"
                           f"<td class='r' style='width:{cols[4]}'>{_n(li.amount)}</td><td style='width:{cols[5]}'>{remarks[i]}</td></tr>" for i, li in chunk)
            return f"<table class='items'><tr>{ths}</tr>{body}</table>"

        totals = rows_html([("銷售額合計", _n(net)), ("營業稅 (應稅 5%)", _n(tax)), ("總計", f"NT${_n(total)}" if chance(rng, 0.4) else _n(total))], widths=(130, 90))
        closing = (f"<div style='margin-left:{W - 220:.0f}pt;margin-top:4pt'>{totals}</div><p style='margin-top:4pt'>總計新臺幣：{words}</p>"
                   "<p class='tiny' style='margin-top:8pt'>本電子發票已依法開立並上傳至財政部電子發票整合服務平台，買方可至平台查詢。</p>")
        sheet = paged(width, height, css, (36.0, 36.0, 36.0, 30.0), rows_data,
                      lambda chunk, page, last: (first if page == 0 else f"<p class='b'>{number} (續)</p>") + table(chunk) + (closing if last else ""),
                      footer=lambda p, c: f"<p class='tiny' style='text-align:right'>第 {p} 頁 / 共 {c} 頁</p>", footer_height=12.0)
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1,
                 notes={"buyer_ubn": buyer_ubn, "date_style": date_style, "words": words, "period": tw_period(issued)})
