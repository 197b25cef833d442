"""Hong Kong invoice in English with Traditional Chinese labels beside the English ones (no sales tax).

Three prints: a trading company's invoice (the company's English and Chinese names at the head, "發票
INVOICE", Invoice No. 發票號碼, Date 日期, Customer 客戶 / M/S, Your P.O. No. 訂單號碼, D/N No. 送貨單號碼,
Salesman 營業員, Terms 付款條件 "30 days", Item 項目 / Description 貨品說明 / Qty 數量 / Unit 單位 / Unit Price
單價 / Amount 金額, Total 總額 HK$, "HONG KONG DOLLARS … ONLY", cheque / bank / FPS payment lines, BR No.,
"For and on behalf of", "E. & O.E."); a small service shop's A5 invoice (air-conditioning, printing,
renovation, computer repair: a red serial number, Customer 客戶 and Address 地址, Description 內容 / Amount
金額 without quantities, Total 總額, "Payment 付款: C.O.D." and FPS 轉數快, customer's signature); and a
monthly invoice from a regular supplier (water, stationery, bakery, cleaning: "MONTHLY INVOICE 月結發票",
Account No. 客戶編號, the month, one row per delivery with its date and D/N number, "Total for this month
本月總額", Previous balance 上期結欠 / Payment received 已收款項 / Balance due 結欠總額, "Payment due 付款到期日").
The Chinese text is embedded (MuPDF's CJK fallback font) and extractable.

Truth: vendor = the issuer under its **English name as printed** (the Chinese name beside it is not part of
it); Hong Kong has no VAT or GST, so tax id null and tax / net null (the BR No. — Business Registration
number, 8 digits — is a registration number, a decoy like a UK company number); FPS id, bank account,
P.O., D/N and salesman are decoys. Customer = M/S / Customer 客戶 with the address printed beside it; the
monthly invoice's Account No. is the customer id. Total = Total 總額 / Total for this month (the previous
balance, payment received and balance due of the monthly print are decoys; the lines add up to the total).
Dates day first (`15/03/2024`); payment terms as printed ("C.O.D.", "30 days", "Monthly"); the due date only
where "Payment due" prints one.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Col, Theme, esc, lines_html, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eighth import fmt_of
from corpus.holdout.fakes_tenth import hk_account, hk_home, hk_party, words_caps
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, Box, Sheet, fits
from corpus.holdout.templates._eighth import flowing_sheet

FAMILY = "hk_invoice"
DOCUMENT_TYPE = "invoice"
TRADING = [("Stainless steel screws M6 x 20", "box", 45, 120), ("A4 copy paper 80gsm", "ream", 24, 38), ("Nitrile gloves, size M", "box", 38, 85),
           ("Carton box 18\" x 12\" x 12\"", "pc", 4, 9), ("LED panel light 600 x 600 40W", "pc", 180, 420), ("PVC cable tie 200mm", "pack", 12, 30),
           ("Packing tape 48mm x 100y", "roll", 8, 18), ("Safety helmet, white", "pc", 35, 80), ("Disinfectant 5L", "bottle", 60, 140),
           ("Jasmine rice 25kg", "bag", 280, 420), ("Cooking oil 18L", "tin", 260, 390), ("Frozen chicken wings 2kg", "pack", 65, 110),
           ("Polo shirt with embroidery", "pc", 55, 120), ("Thermal paper roll 80 x 80mm", "roll", 6, 12), ("Extension cord 3m 13A", "pc", 45, 95)]
SHOP = {"Air-Conditioning Engineering": ["Clean and service window-type A/C unit", "Top up refrigerant R32", "Replace capacitor", "Split-type A/C chemical wash",
                                         "Install new split-type A/C (labour)", "Transportation fee"],
        "Printing Company": ["Name cards 2 names x 200 pcs", "A4 leaflets 4C/4C 157gsm x 1000", "Vinyl banner 6ft x 3ft", "Rubber stamp", "Design charge",
                             "Delivery"],
        "Electrical Engineering Co.": ["Replace MCB 20A", "Rewire kitchen socket outlets", "Install LED downlights", "Electrical inspection and WR1 form",
                                       "Materials", "Labour"],
        "Renovation Works": ["Repaint living room (2 coats)", "Replace bathroom tiles", "Carpentry - wardrobe door repair", "Waterproofing works", "Remove debris",
                             "Materials"],
        "Computer Services": ["Laptop screen replacement", "SSD 1TB upgrade and data migration", "Virus removal and OS reinstall", "On-site service charge",
                              "Router setup"],
        "Auto Repair Workshop": ["Engine oil change (5W-40)", "Replace brake pads (front)", "Battery replacement", "Labour", "A/C gas refill", "Tyre x 2"]}
MONTHLY = {"Distilled Water Company Limited": [("Distilled water 18.9L", "bottle", 22, 32), ("Dispenser rental", "month", 30, 60)],
           "Stationery Company Limited": [("A4 paper 80gsm (5 reams)", "box", 120, 160), ("Ball pens, blue (12)", "box", 25, 45), ("Toner cartridge", "pc", 380, 680)],
           "Cleaning Services Limited": [("Office cleaning", "visit", 380, 650), ("Carpet shampoo", "job", 900, 1600), ("Consumables", "lot", 80, 220)],
           "Bakery Limited": [("Pineapple buns", "doz", 48, 72), ("Egg tarts", "doz", 60, 96), ("Sandwich loaf", "pc", 16, 26)],
           "Gas Supplies Limited": [("LPG cylinder 50kg", "cyl", 780, 980), ("Delivery charge", "trip", 30, 60)]}
CUSTOMER_PERSONS = ["Mr. Chan Tai Man", "Ms. Wong Mei Ling", "Mr. Lee Ka Ho", "Mrs. Cheung", "Mr. Lau Chi Keung", "Ms. Ho Wing Yan"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["trading", "shop", "monthly"])
    vendor = hk_party(rng, {"trading": "trading", "shop": "shop", "monthly": "supplier"}[layout])
    customer = hk_party(rng, "trading")
    if layout == "shop" and chance(rng, 0.5):
        customer.name = pick(rng, CUSTOMER_PERSONS)
        customer.address = hk_home(rng)
    issued = random_date(rng)
    symbol, position = pick(rng, [("HK$", "pre"), ("HK$", "pre_space"), ("HKD", "pre_space"), ("$", "pre")])
    fmt = fmt_of("HK", "HKD", number_style="en", symbol=symbol, position=position, date_pattern="dmy_slash")
    num = fmt.num
    bank, account = hk_account(rng)
    fps = f"{rng.randrange(10**6, 10**8)}"
    br = vendor.extra["br"]
    zh = vendor.extra["zh"]
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.5))
    css = theme.css(".ttl{font-size:17pt;font-weight:bold;letter-spacing:1pt} .zh{font-size:13pt} .lbl{font-weight:bold} .serial{color:#c62828;font-size:14pt;font-weight:bold}"
                    " .cell{border:0.6pt solid #666;padding:2pt 4pt}")
    customer_id = None

    if layout == "trading":
        number = pick(rng, [f"INV{issued.strftime('%y')}-{rng.randrange(1, 9999):04d}", f"{rng.randrange(10000, 99999)}", f"HK{issued.strftime('%y%m')}{rng.randrange(100, 999)}"])
        chosen = rng.sample(TRADING, rng.randrange(1, 9)) if chance(rng, 0.75) else [*rng.sample(TRADING, 15), *rng.sample(TRADING, 15), *rng.sample(TRADING, rng.randrange(4, 14))]
        lines, seen = [], set()
        for desc, unit, low, high in chosen:
            if desc in seen:
                desc = f"{desc} ({pick(rng, ['black', 'white', 'new pack', 'blue', 'grey', 'bulk pack', 'type B', 'type C', 'red', 'export carton', 'promo pack'])})"
                if desc in seen:
                    continue
            seen.add(desc)
            qty = Decimal(pick(rng, [1, 2, 5, 10, 12, 20, 24, 50, 100]))
            price = money(round(rng.uniform(low, high) * 2) / 2)
            lines.append(Line(desc, qty, price, money(qty * price), unit))
        total = sum((li.amount for li in lines), Decimal("0.00"))
        days = pick(rng, [30, 30, 60, 0])
        terms = "C.O.D." if days == 0 else pick(rng, [f"{days} days", f"{days} days net", f"Net {days} days"])
        doc = Doc(document_type=DOCUMENT_TYPE, locale="HK", currency="HKD", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
                  total=total, lines=lines, payment_terms=terms)
        po, dn = f"PO{rng.randrange(10000, 99999)}", f"DN{rng.randrange(10000, 99999)}"
        meta = [("Invoice No. 發票號碼", f"<b>{esc(number)}</b>"), ("Date 日期", fmt.date(issued)), ("Your P.O. No. 訂單號碼", po), ("D/N No. 送貨單號碼", dn),
                ("Terms 付款條件", esc(terms)), ("Salesman 營業員", pick(rng, ["Kenneth", "Ivy", "Alan", "Winnie", "Tommy"]))]
        head = (f"<p class='c zh b'>{zh}</p><p class='c b' style='font-size:14pt'>{esc(vendor.name)}</p>"
                f"<p class='c small'>{esc(', '.join(vendor.address))}</p><p class='c small'>Tel 電話: {vendor.phone} &#160; Fax 傳真: {vendor.extra['fax']} &#160; "
                f"Email: {vendor.email}</p><p class='c ttl' style='margin-top:8pt'>發票 INVOICE</p>"
                f"<table style='width:100%;margin-top:6pt'><tr><td style='width:55%'><p class='lbl'>Customer 客戶 (M/S):</p><p class='b'>{esc(customer.name)}</p>"
                f"<p>{lines_html(customer.address)}</p><p class='small'>Attn 聯絡人: {pick(rng, ['Mr. Wong', 'Ms. Lam', 'Accounts Dept.', 'Mr. Ho'])}</p></td>"
                f"<td style='width:45%'><table class='kv'>" + "".join(f"<tr><td class='small b' style='width:110pt'>{k}</td><td>{v}</td></tr>" for k, v in meta)
                + "</table></td></tr></table>")
        cols = [Col("Item<br/>項目", width="30pt"), Col("Description<br/>貨品說明", width="210pt"), Col("Qty<br/>數量", "right", "40pt"), Col("Unit<br/>單位", width="38pt"),
                Col("Unit Price<br/>單價", "right", "60pt"), Col("Amount<br/>金額", "right", "70pt")]
        rows = [[str(i), esc(li.description), fmt.qty(li.quantity), esc(li.unit), num(li.unit_price), num(li.amount)] for i, li in enumerate(lines, 1)]
        tail = (totals_table([(f"Total 總額 {'HK$' if symbol != 'HKD' else 'HKD'}", num(total), True)], width="45%", left="55%")
                + f"<p class='small b' style='margin-top:6pt'>{words_caps(total, 'HONG KONG DOLLARS', 'CENTS')}</p>"
                + f"<p class='small' style='margin-top:6pt'>Payment 付款方法: Cheque payable to \"{esc(vendor.name)}\" or transfer to {bank} A/C No. {account}.<br/>"
                f"FPS 轉數快 ID: {fps}</p><p class='tiny muted'>BR No. 商業登記號碼: {br}</p>"
                + f"<table style='width:100%;margin-top:16pt'><tr><td style='width:50%' class='small'>E. &amp; O.E.<br/>Goods sold are not returnable.</td>"
                  f"<td style='width:50%' class='small c'>For and on behalf of<br/>{esc(vendor.name)}<br/><br/>__________________________<br/>Authorised Signature(s)</td></tr></table>")
        width, height = A4
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                              continued=lambda i: f"<p class='b'>發票 INVOICE {esc(number)} (continued 續)</p>", more="continued 續下頁")
        template, notes = "hk_trading", {"po": po, "dn": dn}
    elif layout == "shop":
        kind = next(k for k in SHOP if vendor.name.endswith(k))
        number = f"{rng.randrange(1, 99999):06d}" if chance(rng, 0.7) else f"{rng.randrange(1000, 9999)}"
        lines = [Line(desc, None, None, money(pick(rng, [80, 120, 150, 180, 200, 250, 280, 300, 350, 380, 450, 500, 600, 680, 800, 950, 1200, 1500, 1800, 2400])))
                 for desc in rng.sample(SHOP[kind], rng.randrange(1, 5))]
        total = sum((li.amount for li in lines), Decimal("0.00"))
        terms = pick(rng, ["C.O.D.", "C.O.D.", "Cash on delivery", "7 days"])
        doc = Doc(document_type=DOCUMENT_TYPE, locale="HK", currency="HKD", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
                  total=total, lines=lines, payment_terms=terms)
        rows = "".join(f"<tr><td class='cell' style='width:270pt'>{esc(li.description)}</td><td class='cell r' style='width:80pt'>{num(li.amount)}</td></tr>" for li in lines)
        rows += "".join("<tr><td class='cell'>&#160;</td><td class='cell'></td></tr>" for _ in range(max(0, 5 - len(lines))))
        html = (f"<p class='c b' style='font-size:12pt'>{zh}</p><p class='c b'>{esc(vendor.name)}</p><p class='c small'>{esc(', '.join(vendor.address))}</p>"
                f"<p class='c small'>Tel 電話: {vendor.phone}{'  WhatsApp: ' + str(rng.randrange(5, 10)) + str(rng.randrange(1000000, 9999999)) if chance(rng, 0.5) else ''}</p>"
                f"<table style='width:100%;margin-top:6pt'><tr><td style='width:55%' class='ttl'>INVOICE 發票</td><td style='width:45%' class='r'>No. <span class='serial'>{number}</span></td></tr></table>"
                f"<table style='width:100%;margin-top:4pt'><tr><td class='cell' style='width:55pt'>Customer<br/>客戶</td><td class='cell' style='width:160pt'>{esc(customer.name)}</td>"
                f"<td class='cell' style='width:40pt'>Date<br/>日期</td><td class='cell' style='width:80pt'>{fmt.date(issued)}</td></tr>"
                f"<tr><td class='cell'>Address<br/>地址</td><td class='cell' colspan='3'>{lines_html(customer.address)}</td></tr></table>"
                f"<table style='width:100%;margin-top:6pt'><tr><td class='cell b' style='width:270pt'>Description 內容</td><td class='cell b r' style='width:80pt'>Amount 金額</td></tr>"
                f"{rows}<tr><td class='cell r b'>Total 總額 {symbol if symbol != '$' else 'HK$'}</td><td class='cell r b'>{num(total)}</td></tr></table>"
                f"<p class='small' style='margin-top:6pt'>Payment 付款: {esc(terms)} &#160; FPS 轉數快: {fps}</p>"
                f"<p class='tiny muted'>BR No.: {br}</p>"
                "<table style='width:100%;margin-top:18pt'><tr><td style='width:50%' class='small'>__________________<br/>Customer's Signature 客戶簽署</td>"
                f"<td style='width:50%' class='small r'>__________________<br/>For {esc(vendor.name)}</td></tr></table>")
        width, height = 419.5, 595.3
        rect = (26, 26, width - 26, height - 26)
        if not fits(html, css, rect):
            width, height = A4
            rect = (40, 40, width - 40, height - 40)
        sheet = Sheet(width=width, height=height, css=css, pages=[[Box(rect, html)]])
        template, notes = "hk_shop", {"fps": fps}
    else:
        customer_id = f"{pick(rng, ['C', 'A', ''])}{rng.randrange(1000, 99999)}"
        kind = next(k for k in MONTHLY if vendor.name.endswith(k))
        month_end = (issued.replace(day=1) - timedelta(days=1))
        month_start = month_end.replace(day=1)
        issued = month_end + timedelta(days=rng.randrange(1, 6))
        number = f"M{month_end.strftime('%y%m')}-{rng.randrange(100, 9999):04d}"
        deliveries = sorted(rng.sample(range(month_end.day), rng.randrange(3, 9) if chance(rng, 0.7) else rng.randrange(20, 27)))
        if len(deliveries) > 12:   # a daily round: two items on most days
            deliveries = sorted(deliveries + rng.sample(deliveries, len(deliveries) * 2 // 3))
        lines, dns = [], []
        prices = {desc: money(round(rng.uniform(low, high))) for desc, _unit, low, high in MONTHLY[kind]}   # the month's agreed prices
        for day in deliveries:
            desc, unit, _low, _high = pick(rng, MONTHLY[kind])
            when = month_start + timedelta(days=day)
            qty = Decimal(pick(rng, [1, 1, 2, 2, 3, 4, 5, 6, 8, 10]) if unit not in ("visit", "job", "month", "trip", "lot") else 1)
            price = prices[desc]
            dn = f"{rng.randrange(100000, 999999)}"
            lines.append(Line(desc, qty, price, money(qty * price), unit))
            dns.append((when, dn))
        total = sum((li.amount for li in lines), Decimal("0.00"))
        due = issued + timedelta(days=30)
        terms = pick(rng, ["Monthly", "30 days", "Monthly statement, 30 days"])
        show_due = chance(rng, 0.7)
        doc = Doc(document_type=DOCUMENT_TYPE, locale="HK", currency="HKD", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
                  total=total, lines=lines, payment_terms=terms, due_date=due if show_due else None, customer_id=customer_id)
        previous = money(rng.uniform(0.6, 1.3) * float(total)) if chance(rng, 0.7) else Decimal("0.00")
        received = previous if chance(rng, 0.7) else money(previous * Decimal("0.5"))
        month_label = f"{month_end.strftime('%B %Y')} / {month_end.year}年{month_end.month}月"
        meta = [("Invoice No. 發票號碼", f"<b>{number}</b>"), ("Date 日期", fmt.date(issued)), ("Account No. 客戶編號", customer_id), ("Month 月份", month_label),
                ("Terms 付款條件", esc(terms))]
        if show_due:
            meta.append(("Payment due 付款到期日", fmt.date(due)))
        head = (f"<table style='width:100%'><tr><td style='width:60%'><p class='zh b'>{zh}</p><p class='b' style='font-size:13pt'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}<br/>Tel: {vendor.phone} · {vendor.email}</p></td>"
                f"<td style='width:40%' class='r'><p class='ttl'>MONTHLY INVOICE</p><p class='zh'>月結發票</p></td></tr></table>"
                f"<table style='width:100%;margin-top:8pt'><tr><td style='width:52%' class='boxed'><p class='lbl'>Customer 客戶</p><p class='b'>{esc(customer.name)}</p>"
                f"<p>{lines_html(customer.address)}</p></td><td style='width:48%'><table class='kv'>"
                + "".join(f"<tr><td class='small b' style='width:115pt'>{k}</td><td>{v}</td></tr>" for k, v in meta) + "</table></td></tr></table>")
        cols = [Col("Date<br/>日期", width="62pt"), Col("D/N No.<br/>送貨單號", width="60pt"), Col("Description<br/>貨品", width="170pt"), Col("Qty<br/>數量", "right", "40pt"),
                Col("Unit Price<br/>單價", "right", "55pt"), Col("Amount<br/>金額", "right", "65pt")]
        rows = [[fmt.date(when), dn, esc(li.description), f"{fmt.qty(li.quantity)} {esc(li.unit)}", num(li.unit_price), num(li.amount)]
                for li, (when, dn) in zip(lines, dns, strict=True)]
        summary = [("Previous balance 上期結欠", num(previous), False), ("Payment received 已收款項", f"({num(received)})", False),
                   ("Total for this month 本月總額", num(total), True), ("Balance due 結欠總額", num(previous - received + total), True)]
        tail = (totals_table(summary, width="55%", left="45%")
                + f"<p class='small' style='margin-top:8pt'>Please pay by cheque or bank transfer to {bank} A/C {account} (FPS ID {fps}), quoting account no. {customer_id}.</p>"
                + f"<p class='tiny muted'>BR No.: {br} · This is a computer-generated invoice. 此乃電腦發出之發票。</p>")
        width, height = A4
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                              continued=lambda i: f"<p class='b'>MONTHLY INVOICE 月結發票 {number} – page {i + 1}</p>")
        template, notes = "hk_monthly", {"previous": str(previous), "received": str(received)}
    notes.update({"br": br, "fps": fps, "account": account, "zh_name": zh})
    return Built(doc=doc, sheet=sheet, template=template, png_scan_ok=len(sheet.pages) == 1, notes=notes)
