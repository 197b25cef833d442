"""Malaysian till receipts and cash bills under SST (2019 onwards).

Three prints: a restaurant / kopitiam till roll (company name with its registration number in brackets,
`(123456-X)` or the 12-digit `201901012345 (1234567-A)`, SST ID, address lines, Table / Pax / Cashier,
"2 Teh Tarik 5.60", Sub Total, Service Charge 10 %, Service Tax 6 %, Rounding Adj, TOTAL, cash and change
or card / e-wallet / DuitNow QR); a minimarket or pharmacy roll (items with tax codes S / Z, "2 x 3.50",
prices inclusive of sales tax 10 % / 5 %, a tax summary Code / Amount / Tax, Total Incl. SST, Rounding Adj,
TOTAL, member points); and an A5 cash bill from a workshop ("CASH BILL", a red serial number, "M/s: CASH",
Qty / Description / U/Price / Amount, service tax 6 % or, from March 2024, 8 %, Rounding, TOTAL / JUMLAH,
"Goods sold are not returnable", signature). Older receipts (2019) carry the date as `25/03/2019 14:32:05`
and sometimes a stale "GST Reg No." from the GST years; 2024 receipts print `2024-03-25 14:32` or
`25 Mar 2024` and, from August 2024, a QR code to request an e-Invoice.

Truth: a receipt (customer null; "M/s: CASH" is no customer). Vendor = the company as printed without its
registration number in brackets (that number, the stale GST number, phone and outlet are decoys); tax id
= the SST ID / SST Reg. No. Id = the receipt / bill / cash-bill number (table, cashier, terminal, member,
DuitNow and approval references are decoys). Total = TOTAL after the rounding adjustment (cash tendered and
change are decoys); tax = the service tax or the sales tax included as printed; net null (the rounding
adjustment and service charge keep net + tax from meeting the total, as on the earlier Malaysian
restaurant receipts); the lines add up to the total after the printed adjustment (service charge, added
service tax and rounding: `checks.lines_adjustment`). Lines: restaurant "2 Teh Tarik 5.60" has a quantity
and no unit price; a roll item sold once has neither; "2 x 3.50" and cash-bill rows have both.
"""

from __future__ import annotations

import random
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eighth import fmt_of
from corpus.holdout.fakes_ninth import my_party
from corpus.holdout.money import money, random_date
from corpus.holdout.render import Box, Sheet, fits
from corpus.holdout.templates._third import included_tax

FAMILY = "my_sst_receipt"
DOCUMENT_TYPE = "receipt"
MENU = [("Nasi Lemak Ayam", 7.5, 13.9), ("Roti Canai", 1.5, 2.8), ("Teh Tarik", 2.2, 3.5), ("Kopi O Ais", 2.0, 3.2), ("Mee Goreng Mamak", 7.0, 11.5),
        ("Char Kuey Teow", 8.5, 14.0), ("Milo Ais", 3.0, 4.5), ("Nasi Goreng Kampung", 8.0, 12.9), ("Ayam Goreng Berempah", 6.5, 11.0),
        ("Teh O Limau Ais", 2.5, 3.8), ("Roti Telur", 2.5, 3.6), ("Wantan Mee", 7.5, 11.0), ("Kuih Muih (3 pcs)", 2.4, 4.5),
        ("Sirap Bandung", 3.0, 4.2)]
SHOP = [("Roti Putih 400g", 3.2, 4.5, "Z"), ("Susu Segar 1L", 6.5, 8.9, "Z"), ("Beras Wangi 5kg", 18, 32, "Z"), ("Minyak Masak 2kg", 11, 14, "Z"),
        ("Sabun Basuh 1.8kg", 14, 26, "S"), ("Ubat Gigi 150g", 6, 12, "S"), ("Biskut Krim 400g", 5, 9, "S"), ("Air Mineral 1.5L", 1.5, 2.6, "S"),
        ("Telur Gred A 30 biji", 12, 17, "Z"), ("Bateri AA 4pk", 6, 14, "S"), ("Tisu Muka 5x150s", 8, 14, "S"), ("Panadol 10s", 6, 11, "S"),
        ("Shampoo 400ml", 12, 28, "S"), ("Kopi 3 in 1 (20 uncang)", 10, 16, "S")]
WORKSHOP = [("Labour - aircond service (per unit)", 60, 120), ("Gas top-up R32", 80, 160), ("Filter drier", 45, 90), ("Engine oil 5W-30 4L", 110, 210),
            ("Oil filter", 18, 35), ("Labour - general service", 50, 120), ("Brake pad (front set)", 120, 280), ("Wiper blade 24in", 25, 45),
            ("Coolant 1L", 18, 32), ("Aircond chemical wash", 90, 150)]


def _round_5sen(value: Decimal) -> Decimal:
    return (value * 20).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 20


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["restaurant", "minimart", "cash_bill"])
    day = random_date(rng, date(2019, 1, 2), 2350)
    when = datetime(day.year, day.month, day.day, rng.randrange(8, 22), rng.randrange(60), rng.randrange(60))
    kind = {"restaurant": "food", "minimart": "retail", "cash_bill": "service"}[layout]
    shop = my_party(rng, kind, day.year)
    old_style = day.year < 2021
    pattern = pick(rng, ["dmy_slash", "dmy_slash", "dmy_dash"]) if old_style else pick(rng, ["iso", "dmy_slash", "d_mon_y", "dd_mon_yyyy"])
    fmt = fmt_of("MY", "MYR", number_style="en", symbol="RM", position=pick(rng, ["pre", "pre_space"]), date_pattern=pattern)
    num = fmt.num
    stamp = f"{fmt.date(day)} {when.strftime('%H:%M:%S') if old_style else pick(rng, [when.strftime('%H:%M'), when.strftime('%I:%M %p')])}"
    lines: list[Line] = []
    summary: list[tuple[str, str]] = []
    tax_label = pick(rng, ["SST ID", "SST Reg. No.", "SST No"])

    if layout == "restaurant":
        for name, low, high in rng.sample(MENU, rng.randrange(2, 9)):
            qty = Decimal(pick(rng, [1, 1, 1, 2, 2, 3, 4]))
            price = money(round(rng.uniform(low, high) * 10) / 10)
            lines.append(Line(name, qty, None, qty * price))
        items = sum((li.amount for li in lines), Decimal("0.00"))
        service = money(items * Decimal("0.10")) if chance(rng, 0.5) else Decimal("0.00")
        tax_rate = Decimal(6)
        tax = money((items + service) * tax_rate / 100)
        exact = items + service + tax
        total = _round_5sen(exact)
        summary = [("Sub Total", num(items))]
        if service:
            summary.append(("Service Charge 10%", num(service)))
        summary.append((f"Service Tax {tax_rate}%", num(tax)))
        summary.append(("Rounding Adj", num(total - exact)))
    elif layout == "minimart":
        codes = []
        for name, low, high, code in rng.sample(SHOP, rng.randrange(2, 11)):
            qty = Decimal(pick(rng, [1, 1, 1, 1, 2, 3, 6]))
            price = money(round(rng.uniform(low, high) * 10) / 10 - pick(rng, [0, 0.01, 0.1]))
            lines.append(Line(name, qty if qty > 1 else None, price if qty > 1 else None, qty * price))
            codes.append(code)
        sales_rate = Decimal(pick(rng, [10, 10, 5]))
        taxable = sum((li.amount for li, c in zip(lines, codes, strict=True) if c == "S"), Decimal("0.00"))
        exempt = sum((li.amount for li, c in zip(lines, codes, strict=True) if c == "Z"), Decimal("0.00"))
        tax = included_tax(taxable, sales_rate)
        exact = taxable + exempt
        total = _round_5sen(exact)
        summary = [("Total Incl. SST", num(exact)), ("Rounding Adj", num(total - exact))]
    else:
        tax_rate = Decimal(8) if day >= date(2024, 3, 1) else Decimal(6)
        for name, low, high in rng.sample(WORKSHOP, rng.randrange(1, 7)):
            qty = Decimal(pick(rng, [1, 1, 1, 2, 4]))
            price = money(round(rng.uniform(low, high)))
            lines.append(Line(name, qty, price, qty * price))
        items = sum((li.amount for li in lines), Decimal("0.00"))
        tax = money(items * tax_rate / 100)
        exact = items + tax
        total = _round_5sen(exact)
        summary = [("Sub Total", num(items)), (f"Service Tax {tax_rate}%", num(tax)), ("Rounding", num(total - exact))]
    line_sum = sum((li.amount for li in lines), Decimal("0.00"))
    number = pick(rng, [f"{rng.randrange(1, 40):02d}{rng.randrange(10**5, 10**6)}", f"CS{rng.randrange(10**5, 10**7)}", f"{rng.randrange(10**4, 10**6)}",
                        f"R{day.strftime('%y%m%d')}{rng.randrange(100, 999)}"]) if layout != "cash_bill" else f"{rng.randrange(1, 99999):06d}"
    doc = Doc(document_type=DOCUMENT_TYPE, locale="MY", currency="MYR", vendor=shop, customer=None, invoice_ids=[number], document_date=day,
              total=total, net=None, tax=tax, lines=lines, lines_sum_to="total", lines_adjustment=total - line_sum)

    tender = pick(rng, ["CASH", "CASH", "VISA", "MASTERCARD", "TNG eWallet", "DuitNow QR", "DEBIT CARD"])
    pay_rows: list[tuple[str, str]] = []
    if tender == "CASH":
        given = money((total // 10 + 1) * 10) if chance(rng, 0.7) else total
        pay_rows = [("CASH", num(given)), ("CHANGE", num(given - total))]
    else:
        pay_rows = [(tender, num(total))]
    ref = (f"APPR CODE {rng.randrange(100000, 999999)}" if tender in ("VISA", "MASTERCARD", "DEBIT CARD")
           else f"Ref: {day.strftime('%Y%m%d')}{rng.randrange(10**9, 10**10)}" if tender != "CASH" else "")
    roc = shop.extra["roc"]
    stale_gst = f"GST REG NO: {rng.randrange(10**9, 10**10):012d}" if old_style and chance(rng, 0.35) else ""
    einvoice = day >= date(2024, 8, 1) and chance(rng, 0.6)

    if layout == "cash_bill":
        width, height = 419.5, 595.3
        theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times"]), size=(8.5, 9.5), table="grid")
        css = theme.css(".hd{font-size:13pt;font-weight:bold} .serial{color:#c62828;font-size:13pt;font-weight:bold}")
        rows = "".join(f"<tr><td class='r'>{fmt.qty(li.quantity)}</td><td>{esc(li.description)}</td><td class='r'>{num(li.unit_price)}</td>"
                       f"<td class='r'>{num(li.amount)}</td></tr>" for li in lines)
        sums = "".join(f"<tr><td colspan='3' class='r'>{k}</td><td class='r'>{v}</td></tr>" for k, v in summary)
        html = (f"<p class='c hd'>{esc(shop.name)} <span style='font-size:8pt'>({roc})</span></p><p class='c small'>{'<br/>'.join(esc(a) for a in shop.address)}"
                f"<br/>Tel: {shop.phone}</p><p class='c small'>{tax_label}: {shop.tax_id}</p>"
                f"<table style='width:100%;margin-top:6pt'><tr><td style='width:50%' class='b' >CASH BILL / BIL TUNAI</td><td style='width:50%' class='r'>"
                f"No. <span class='serial'>{number}</span></td></tr><tr><td>M/s: CASH</td><td class='r'>Date: {fmt.date(day)}</td></tr>"
                f"<tr><td>Vehicle No.: {pick(rng, ['W', 'B', 'J', 'P'])}{pick(rng, ['A', 'C', 'D', 'K', 'X'])}{pick(rng, ['', 'B'])} {rng.randrange(100, 9999)}</td><td></td></tr></table>"
                f"<table class='items'><tr><th style='width:30pt;text-align:right'>Qty</th><th style='width:170pt'>Description</th><th style='width:55pt;text-align:right'>"
                f"U/Price</th><th style='width:60pt;text-align:right'>Amount</th></tr>{rows}{sums}"
                f"<tr><td colspan='3' class='r b'>{pick(rng, ['TOTAL', 'JUMLAH / TOTAL', 'TOTAL RM'])}</td><td class='r b'>{num(total)}</td></tr></table>"
                f"<p class='small' style='margin-top:6pt'>Paid by: {tender}{' · ' + ref if ref else ''}</p>"
                "<p class='small'>Goods sold are not returnable. Barang yang dijual tidak boleh dikembalikan.</p>"
                "<table style='width:100%;margin-top:22pt'><tr><td style='width:50%' class='small'>_______________<br/>Customer's Signature</td>"
                "<td style='width:50%' class='small r'>_______________<br/>Authorised Signature</td></tr></table>")
        rect = (24, 24, width - 24, height - 24)
        boxes = [Box(rect, html)]
        template = "my_cash_bill"
    else:
        width = pick(rng, [204.0, 226.8])
        mono = chance(rng, 0.7)
        theme = Theme.pick(rng, font="Courier" if mono else "Helvetica", size=(7.0, 8.0), table="minimal", accent="#000000")
        css = theme.css("td{padding:0.5pt 1pt} .hd{font-size:9.5pt;font-weight:bold}")
        rule = "<p class='c'>" + "-" * (32 if width < 210 else 38) + "</p>"
        parts = [f"<p class='c hd'>{esc(shop.name)}</p><p class='c'>({esc(roc)})</p>",
                 f"<p class='c'>{'<br/>'.join(esc(a) for a in shop.address)}</p><p class='c'>TEL: {shop.phone}</p>",
                 f"<p class='c'>{tax_label}: {shop.tax_id}</p>" + (f"<p class='c'>{stale_gst}</p>" if stale_gst else "")]
        if layout == "restaurant":
            parts.append(rule + f"<p>{pick(rng, ['Bill No', 'Receipt No', 'Inv No'])}: {number}</p><p>Table: {rng.randrange(1, 40)}   Pax: {rng.randrange(1, 7)}</p>"
                         f"<p>Cashier: {pick(rng, ['Aisyah', 'Kumar', 'Mei Ling', 'Hafiz', 'Siti'])}</p><p>Date: {stamp}</p>" + rule)
            rows = "".join(f"<tr><td style='width:12%'>{fmt.qty(li.quantity)}</td><td style='width:60%'>{esc(li.description)}</td>"
                           f"<td style='width:28%' class='r'>{num(li.amount)}</td></tr>" for li in lines)
        else:
            parts.append(rule + f"<p>{pick(rng, ['Receipt No', 'Inv No', 'Doc No'])}: {number}</p><p>Counter: {rng.randrange(1, 9):02d}  "
                         f"Cashier: {rng.randrange(100, 999)}</p><p>Date: {stamp}</p>" + rule)
            rows = ""
            for li, code in zip(lines, codes, strict=True):
                if li.quantity is not None:
                    rows += (f"<tr><td colspan='2'>{esc(li.description)}</td><td></td></tr><tr><td style='width:62%;padding-left:8pt'>"
                             f"{fmt.qty(li.quantity)} x {num(li.unit_price)}</td><td style='width:10%'>{code}</td><td style='width:28%' class='r'>{num(li.amount)}</td></tr>")
                else:
                    rows += (f"<tr><td style='width:62%'>{esc(li.description)}</td><td style='width:10%'>{code}</td>"
                             f"<td style='width:28%' class='r'>{num(li.amount)}</td></tr>")
        parts.append(f"<table style='width:100%'>{rows}</table>" + rule)
        if layout == "minimart":
            parts.append(f"<p>Item(s): {len(lines)}   Qty: {sum(int(li.quantity or 1) for li in lines)}</p>")
        parts.append("<table style='width:100%'>" + "".join(f"<tr><td style='width:62%'>{k}</td><td style='width:38%' class='r'>{v}</td></tr>" for k, v in summary)
                     + f"<tr><td class='hd'>TOTAL</td><td class='r hd'>{fmt.money(total)}</td></tr>"
                     + "".join(f"<tr><td>{k}</td><td class='r'>{v}</td></tr>" for k, v in pay_rows) + "</table>")
        if ref:
            parts.append(f"<p>{ref}</p>")
        if layout == "minimart":
            parts.append(rule + "<table style='width:100%'><tr><td>Code</td><td class='r'>Amount</td><td class='r'>Tax</td></tr>"
                         f"<tr><td>S @{sales_rate}%</td><td class='r'>{num(taxable)}</td><td class='r'>{num(tax)}</td></tr>"
                         f"<tr><td>Z @0%</td><td class='r'>{num(exempt)}</td><td class='r'>0.00</td></tr></table>"
                         f"<p>Prices inclusive of SST. Member: ****{rng.randrange(1000, 9999)} Points earned: {int(total)}</p>")
        parts.append(rule + "<p class='c'>" + pick(rng, ["THANK YOU, PLEASE COME AGAIN", "TERIMA KASIH, SILA DATANG LAGI", "Thank you!"]) + "</p>")
        if einvoice:
            parts.append("<p class='c small'>Scan the QR code to request your e-Invoice within 72 hours.</p>")
        html = "".join(parts)
        qr_h = 80 if einvoice else 0
        rect = None
        for height in (360, 440, 520, 620, 740, 880, 1040):
            rect = (8, 8, width - 8, height - 8 - qr_h)
            if fits(html, css, rect):
                break
        boxes = [Box(rect, html)]
        if einvoice:
            boxes.append(Box((width / 2 - 35, height - 8 - qr_h + 4, width / 2 + 35, height - 8 - qr_h + 74), kind="qr", payload=f"{shop.tax_id}{number}"))
        template = f"my_{layout}"
    sheet = Sheet(width=width, height=height, css=css, pages=[boxes])
    return Built(doc=doc, sheet=sheet, template=template,
                 notes={"roc": roc, "tender": tender, "stale_gst": stale_gst, "time": when.strftime("%H:%M")})
