"""Malaysian shop receipts of the GST years (April 2015 - May 2018): pharmacy and bookshop till rolls and a hardware
shop's A5 cash-sales tax invoice, most of them scanned or photographed.

Three prints. `gst_roll_pharmacy` and `gst_roll_bookshop` (58 / 80 mm): "FARMASI SRI MURNI SDN BHD" with the company
number "(123456-X)" beside or under it, address lines in capitals, "GST ID : 000123456789" (or "GST REG NO."), TAX INVOICE,
Receipt No. / Counter / Cashier / date and time, items with the tax code after the amount (SR standard-rated 6 %, ZR
zero-rated: medicines and books), "2 x 12.90", member discounts as negative lines, "Total Incl. GST", "Rounding Adj",
"Total", Cash / Change or card, the GST summary "SR @ 6% Amount (RM) Tax (RM)" with a ZR row, "Goods sold are not
returnable". `gst_a5_hardware`: half an A4 sheet, "CASH SALES / TAX INVOICE", the shop's header with its company number,
GST ID and phone, "Sold To: CASH", Inv No. / Date / Salesman / Terms: CASH, Item Code / Description / Qty / UOM / U.Price
/ Amount / Tax columns (amounts exclusive of GST), "Total Excl. GST", "GST @ 6%", "Total Incl. GST", "Rounding Adj.",
"Nett Total", "E.&O.E." and the received-by line.

Dates `25/03/2017 14:32:05`, `25-03-2017` or `25-Mar-2017`; amounts `12.50`, `RM12.50` or `RM 12.50`.

Truth: a `receipt` (customer null; "Sold To: CASH" is no customer); vendor = the company as printed without its
company number, tax id = the GST ID; id = Receipt No. / Inv No. (counter, cashier, member, approval and the company
number are decoys); document date = the sale date. Lines: every item (quantity and unit price where "2 x 12.90" or the
A5 columns print them, a single roll item quantity 1 and its price), discounts negative. Total = the rounded Total /
Nett Total (cash and change are decoys); tax = the GST (the summary's tax column, or GST @ 6%); net = Total Excl. GST (the
summary's amount column) only when the rounding adjustment is nil, else null with the gap in `checks.lines_adjustment`;
tax-inclusive rolls add their lines up to the total.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fourteenth import my_gst_shop
from corpus.holdout.render import A4, Box, Sheet
from corpus.holdout.templates._fourteenth import fits_strictly, roll_sheet, round_5sen

FAMILY = "my_gst_shop_receipt"
DOCUMENT_TYPE = "receipt"
D = Decimal
PHARMACY = [("PANADOL ACTIFAST 20S", 7.5, 12.9, "ZR"), ("BLACKMORES VIT C 1000MG", 39.0, 69.0, "SR"), ("DETTOL ANTISEPTIC 500ML", 12.0, 19.9, "SR"),
            ("STREPSILS HONEY LEMON 16S", 8.9, 13.5, "ZR"), ("HANSAPLAST 20S", 4.5, 8.9, "SR"), ("ACTIFED SYRUP 100ML", 9.9, 15.9, "ZR"),
            ("DUREX FETHERLITE 12S", 24.9, 36.9, "SR"), ("APPETON MULTIVIT 60S", 29.0, 49.0, "SR"), ("ZYRTEC 10MG 10S", 14.9, 22.9, "ZR"),
            ("SENSODYNE TOOTHPASTE 100G", 11.9, 17.9, "SR"), ("FACE MASK 3PLY 50S", 9.9, 19.9, "SR"), ("CHARCOAL TABLET 100S", 6.5, 11.5, "ZR")]
BOOKS = [("OXFORD FAJAR DICTIONARY", 29.9, 49.9, "ZR"), ("BUKU LATIHAN SPM MATEMATIK", 12.9, 22.9, "ZR"), ("NOVEL - THE ALCHEMIST", 32.9, 45.9, "ZR"),
         ("FABER-CASTELL 2B PENCIL 12S", 5.5, 9.9, "SR"), ("A4 PAPER 70GSM 500S", 11.5, 16.9, "SR"), ("CASIO CALCULATOR FX-570MS", 45.0, 69.0, "SR"),
         ("PILOT G2 0.5 BLUE", 4.9, 7.9, "SR"), ("EXERCISE BOOK 80PG 10S", 6.9, 11.9, "SR"), ("MAJALAH PA&MA", 6.0, 9.0, "ZR"),
         ("PLASTIC BOOK COVER A4", 1.2, 3.5, "SR"), ("GLUE STICK 21G", 2.9, 4.9, "SR"), ("COLOUR PENCIL 24S", 9.9, 19.9, "SR")]
HARDWARE = [("CEMENT 50KG", "BAG", 17.0, 23.0), ("PVC PIPE 1/2\" CLASS D", "PCS", 6.0, 12.0), ("BOLT & NUT M10 X 50", "PCS", 0.6, 1.5),
            ("NIPPON PAINT 5L WHITE", "TIN", 55.0, 98.0), ("G.I. WIRE BWG 16", "KG", 6.0, 9.5), ("CONCRETE NAIL 2\"", "KG", 7.0, 11.0),
            ("TILE ADHESIVE 25KG", "BAG", 22.0, 35.0), ("MASKING TAPE 1\"", "ROLL", 2.5, 4.8), ("ELECTRICAL TAPE", "ROLL", 1.5, 3.5),
            ("SAND PAPER #120", "PCS", 0.8, 1.8), ("HACKSAW BLADE 12\"", "PCS", 2.5, 5.5), ("SILICONE SEALANT CLEAR", "PCS", 8.5, 15.0),
            ("WALL PLUG 6MM (100S)", "PKT", 3.0, 6.0), ("BALL VALVE 3/4\"", "PCS", 12.0, 25.0)]


def _gst(amount: D, inclusive: bool) -> D:
    return (amount * 6 / (106 if inclusive else 100)).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["pharmacy", "bookshop", "hardware"])
    shop = my_gst_shop(rng, layout)
    day = date(2015, 4, 1) + timedelta(days=rng.randrange(0, 1156))
    at = datetime(day.year, day.month, day.day, rng.randrange(9, 22), rng.randrange(60), rng.randrange(60))
    lines: list[Line] = []
    codes: list[str] = []
    if layout == "hardware":
        for desc, unit, low, high in rng.sample(HARDWARE, rng.randrange(2, 9)):
            price = D(str(round(rng.uniform(low, high), 2)))
            qty = D(pick(rng, [1, 2, 3, 5, 10, 20, 50]))
            lines.append(Line(desc, qty, price, (qty * price).quantize(D("0.01")), unit, f"{rng.choice('ABCHPT')}{rng.randrange(1000, 99999)}"))
            codes.append("SR")
        net = sum((li.amount for li in lines), D("0.00"))
        tax = _gst(net, False)
        exact = net + tax
        by_code = {"SR": (net, tax)}
    else:
        for desc, low, high, code in rng.sample(PHARMACY if layout == "pharmacy" else BOOKS, rng.randrange(1, 7)):
            price = D(str(round(rng.uniform(low, high), 1))).quantize(D("0.01"))
            qty = D(pick(rng, [1, 1, 1, 2, 3]))
            lines.append(Line(desc, qty, price, qty * price))
            codes.append(code)
        for _ in range(rng.randrange(0, 2)):
            i = rng.randrange(len(lines))
            cut = (lines[i].amount * D(pick(rng, ["0.05", "0.1", "0.15"]))).quantize(D("0.01"), rounding=ROUND_HALF_UP)
            if cut > 0:
                lines.append(Line(pick(rng, ["MEMBER DISC", "DISCOUNT 10%", "PROMO DISC"]), None, None, -cut))
                codes.append(codes[i])
        by_code = {}
        for code in ("SR", "ZR"):
            gross = sum((li.amount for li, c in zip(lines, codes, strict=True) if c == code), D("0.00"))
            if gross or any(c == code for c in codes):
                by_code[code] = (gross - (_gst(gross, True) if code == "SR" else D("0.00")), _gst(gross, True) if code == "SR" else D("0.00"))
        tax = sum((t for _, t in by_code.values()), D("0.00"))
        exact = sum((li.amount for li in lines), D("0.00"))
        net = exact - tax
    total = round_5sen(exact)
    rounding = total - exact
    line_sum = sum((li.amount for li in lines), D("0.00"))
    show_net = rounding == 0
    number = pick(rng, [f"{rng.randrange(10**5, 10**6)}", f"CS{rng.randrange(10**6, 10**7)}", f"{rng.randrange(1, 9):02d}{rng.randrange(10**6, 10**7)}",
                        f"INV-{rng.randrange(10000, 99999)}"])
    doc = Doc(document_type=DOCUMENT_TYPE, locale="MY", currency="MYR", vendor=shop, customer=None, invoice_ids=[number], document_date=day,
              total=total, net=net if show_net else None, tax=tax, lines=lines,
              lines_sum_to="total" if layout != "hardware" or not show_net else "net",
              lines_adjustment=(total - line_sum) if (layout != "hardware" or not show_net) else D("0.00"))
    rm = pick(rng, ["", "RM", "RM "])

    def m(value: D, mark: bool = False) -> str:
        text = f"{abs(value):.2f}"
        return ("-" if value < 0 else "") + (rm if mark else "") + text

    stamp = pick(rng, [at.strftime("%d/%m/%Y %H:%M:%S"), at.strftime("%d-%m-%Y %H:%M"), at.strftime("%d-%b-%Y").upper() + at.strftime(" %I:%M %p")])
    gst_label = pick(rng, ["GST ID", "GST ID No", "GST REG NO", "GST Reg. No."])
    roc = shop.extra["roc"]
    parts_head = [f"<p class='c b'>{esc(shop.name)}" + (f" {roc}</p>" if chance(rng, 0.5) else f"</p><p class='c sm'>{roc}</p>")]
    parts_head += [f"<p class='c'>{esc(x)}</p>" for x in shop.address]
    parts_head.append(f"<p class='c'>TEL: {shop.phone}</p><p class='c'>{gst_label} : {shop.tax_id}</p>")
    if layout == "hardware":
        theme = Theme.pick(rng, font=pick(rng, ["Courier", "Helvetica", "Times"]), size=(8.0, 9.0))
        css = theme.css(".sm{font-size:6.5pt} .bx td{border:0.6pt solid #444} .title{font-size:11pt;font-weight:bold}")
        salesman = pick(rng, ["AH SENG", "KUMAR", "LIM", "ALI", "01"])
        rows = "".join(f"<tr><td>{i}</td><td>{li.code}</td><td>{esc(li.description)}</td><td class='r'>{li.quantity}</td><td>{li.unit}</td>"
                       f"<td class='r'>{m(li.unit_price)}</td><td class='r'>{m(li.amount)}</td><td class='c'>SR</td></tr>" for i, li in enumerate(lines, 1))
        summary = [("Total Excl. GST", m(net)), ("GST @ 6%", m(tax)), ("Total Incl. GST", m(exact)), ("Rounding Adj.", m(rounding)),
                   (pick(rng, ["Nett Total", "TOTAL", "Total Payable"]), m(total, True))]
        html = ("".join(parts_head) + "<p class='c title' style='margin-top:4pt'>CASH SALES / TAX INVOICE</p>"
                "<table style='width:100%;margin-top:4pt'><tr><td style='width:55%'>Sold To: CASH</td>"
                f"<td style='width:45%'>Inv No. : {number}<br/>Date : {stamp}<br/>Salesman : {salesman}<br/>Terms : CASH</td></tr></table>"
                "<table class='bx' style='width:100%;margin-top:4pt'><tr><td style='width:5%'>No</td><td style='width:11%'>Item Code</td><td style='width:36%'>Description</td>"
                "<td style='width:7%' class='r'>Qty</td><td style='width:8%'>UOM</td><td style='width:11%' class='r'>U.Price</td><td style='width:14%' class='r'>Amount</td>"
                f"<td style='width:8%'>Tax</td></tr>{rows}</table>"
                "<table style='width:100%;margin-top:4pt'>" + "".join(f"<tr><td style='width:60%'></td><td style='width:24%'>{k}</td><td style='width:16%' class='r b'>{v}</td></tr>"
                                                                    for k, v in summary) + "</table>"
                "<p class='sm' style='margin-top:6pt'>E.&amp;O.E. Goods sold are not returnable. Cheques should be crossed and made payable to "
                f"{esc(shop.name)}.</p><table style='width:100%;margin-top:16pt'><tr><td style='width:50%'>____________________<br/>Received By</td>"
                f"<td style='width:50%' class='r'>____________________<br/>For {esc(shop.name)}</td></tr></table>")
        width, height = A4[0], A4[1] / 2
        rect = (28.0, 24.0, width - 28.0, height - 16.0)
        if not fits_strictly(html, css, rect):
            height = A4[1]
            rect = (28.0, 24.0, width - 28.0, height - 24.0)
        sheet = Sheet(width=width, height=height, css=css, pages=[[Box(rect, html)]])
        template = "gst_a5_hardware"
    else:
        mono = chance(rng, 0.6)
        theme = Theme.pick(rng, font="Courier" if mono else "Helvetica", size=(7.0, 8.0))
        css = theme.css("p{margin:0 0 1pt 0} td{padding:0.5pt 1pt} .big{font-size:10pt;font-weight:bold} .sm{font-size:6.2pt}")
        roll = pick(rng, [164.0, 204.0, 226.0])
        inner = roll - 20
        rule = f"<p>{'-' * (26 if roll < 180 else 34)}</p>" if mono else "<p style='border-top:0.6pt dashed #000;margin:2pt 0'></p>"
        parts = parts_head + [f"<p class='c b' style='margin-top:3pt'>{pick(rng, ['TAX INVOICE', 'SIMPLIFIED TAX INVOICE', 'TAX INVOICE / RECEIPT'])}</p>",
                              f"<p>Receipt No: {number}</p><p>Counter: {rng.randrange(1, 9)}  Cashier: {pick(rng, ['SITI', 'MEI LING', 'RAJ', 'NURUL', '0012'])}</p>"
                              f"<p>{stamp}</p>", rule]
        rows = []
        for li, code in zip(lines, codes, strict=True):
            rows.append(f"<tr><td style='width:{inner - 48 - 14:.0f}pt'>{esc(li.description)}</td><td style='width:48pt' class='r'>{m(li.amount)}</td>"
                        f"<td style='width:14pt' class='r'>{code}</td></tr>")
            if li.quantity is not None:
                rows.append(f"<tr><td class='sm'>  {li.quantity} x {m(li.unit_price)}</td><td></td><td></td></tr>")
        parts.append(f"<table style='width:100%'>{''.join(rows)}</table>" + rule)
        summary = [(pick(rng, ["Total Incl. GST", "Total Amt Incl GST", "TOTAL INCL GST"]), m(exact), False)]
        summary.append((pick(rng, ["Rounding Adj", "ROUNDING ADJ", "Rounding"]), m(rounding), False))
        summary.append((pick(rng, ["Total", "TOTAL", "Total Payable"]), m(total, True), True))
        pay = pick(rng, ["CASH", "CASH", "VISA", "MASTER", "DEBIT CARD"])
        if pay == "CASH":
            given = max(total, D(pick(rng, ["10", "20", "50", "100"])))
            given = given if given > total else (total / 10).quantize(D(1), rounding=ROUND_CEILING) * 10 + 10
            summary += [("Cash", m(given), False), ("Change", m(given - total), False)]
        else:
            summary.append((pay, m(total), False))
        parts.append("<table style='width:100%'>" + "".join(
            f"<tr><td style='width:60%' class='{'big' if s else ''}'>{k}</td><td style='width:40%' class='r {'big' if s else ''}'>{v}</td></tr>"
            for k, v, s in summary) + "</table>" + rule)
        gst_rows = "".join(f"<tr><td>{code} @ {6 if code == 'SR' else 0}%</td><td class='r'>{m(base)}</td><td class='r'>{m(t)}</td></tr>" for code, (base, t) in by_code.items())
        if len(by_code) > 1:
            gst_rows += f"<tr><td class='b'>Total</td><td class='r b'>{m(net)}</td><td class='r b'>{m(tax)}</td></tr>"
        parts.append(f"<p>GST Summary</p><table style='width:100%' class='sm'><tr><td style='width:40%'>Code</td><td style='width:30%' class='r'>Amount (RM)</td>"
                     f"<td style='width:30%' class='r'>Tax (RM)</td></tr>{gst_rows}</table>")
        if layout == "pharmacy" and chance(rng, 0.5):
            parts.append(f"<p class='sm'>Member No: {rng.randrange(10**9, 10**10)}</p><p class='sm'>Points Earned: {int(total)}</p>")
        parts.append(f"<p class='c sm' style='margin-top:3pt'>{pick(rng, ['Goods sold are not returnable', 'THANK YOU. PLEASE COME AGAIN', 'Thank you for shopping with us'])}</p>")
        sheet = roll_sheet(roll, "".join(parts), css, margin=8.0)
        template = f"gst_roll_{layout}"
    return Built(doc=doc, sheet=sheet, template=template, scan_weight=3.0,
                 notes={"roc": roc, "rounding": float(rounding), "codes": sorted(set(codes))})
