"""US business invoices of the 1980s and 1990s as they survive in scanned archives (RVL-CDIP-like): typed on a pre-printed
form, printed on a dot-matrix continuous form, or typed on plain paper.

Three prints, all on US Letter, most of them scans. `typed_preprinted`: the supplier's pre-printed letterhead and form
(INVOICE in the corner, boxed DATE / INVOICE NO. / CUSTOMER NO., SOLD TO and SHIP TO boxes, the strip YOUR ORDER NO. /
SALESMAN / SHIPPED VIA / F.O.B. / TERMS / DATE SHIPPED, columns QTY ORDERED / QTY SHIPPED / B.O. / DESCRIPTION / UNIT PRICE /
AMOUNT) with the entries typed in Courier, unevenly inked. `typed_dotmatrix`: a continuous form printed by the billing
system in capitals, dashed rules, "INVOICE NO.", "SOLD TO" / "SHIP TO" side by side, "MDSE TOTAL", "SALES TAX", "PAY THIS
AMOUNT", a remit-to line and "PAGE 1". `typed_plain`: typed on plain paper by a small firm: name and address centred,
"I N V O I C E", "To:" block, "Re: your order no. …", a few lines with dot leaders, "TOTAL DUE", terms sentence, "Thank
you."

Dates from 1984 to 1997, `March 3, 1989`, `Mar 3, 1989`, `3/3/89` or `03/03/89`. Terms "NET 30", "NET 30 DAYS", "2% 10
NET 30", "1%10 N30", "C.O.D.", "DUE ON RECEIPT". Freight is typed as the last line of the body; sales tax 4-8.25 % on
taxable sales, or "TAX EXEMPT" with the buyer's exemption number.

Truth: an `invoice`; vendor = the letterhead (address as printed; no tax id: none printed), customer = SOLD TO / To:
with its address (SHIP TO is never it), customer_id = CUSTOMER NO. / CUST. NO. / ACCT. NO. where printed; id = the
invoice number; document date = the invoice date (DATE SHIPPED and the customer's order date are decoys); payment terms =
TERMS as printed (a combined "2% 10 NET 30" is the payment terms, no separate discount terms); due date only where
printed ("DUE DATE"). Lines: every typed line including FREIGHT (amount only); net = MDSE TOTAL / SUBTOTAL where printed
(with sales tax), tax = SALES TAX, total = TOTAL / PAY THIS AMOUNT / TOTAL DUE. YOUR ORDER NO., salesman, B/L and the
exemption number are decoys.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fourteenth import old_us_party
from corpus.holdout.money import fmt_date, fmt_number
from corpus.holdout.render import LETTER, Box, Sheet
from corpus.holdout.templates._fourteenth import fits_strictly, typed

FAMILY = "typewritten_invoice"
DOCUMENT_TYPE = "invoice"
D = Decimal
ITEMS = [("TYPEWRITER RIBBON, CORRECTABLE", "EA", 3.5, 9.0), ("CARBON PAPER 8-1/2 X 11", "BX", 6.0, 14.0), ("FILE FOLDERS, MANILA, LETTER", "BX", 4.5, 11.0),
         ("COMPUTER PAPER 9-1/2 X 11 GREENBAR", "CS", 18.0, 42.0), ("DISKETTES 5-1/4 DS/DD", "BX", 9.0, 29.0), ("3.5 IN DISKETTES DS/HD", "BX", 12.0, 32.0),
         ("TONER CARTRIDGE, COPIER", "EA", 45.0, 120.0), ("BALL BEARINGS 6204-2RS", "EA", 2.1, 6.5), ("HEX BOLTS 3/8-16 X 1-1/2 GR 5", "C", 8.0, 19.0),
         ("V-BELT A-42", "EA", 4.2, 9.8), ("HYDRAULIC HOSE 1/2 IN", "FT", 1.1, 3.4), ("CORRUGATED CARTONS 18X12X12", "BDL", 14.0, 36.0),
         ("STRETCH FILM 18 IN", "RL", 11.0, 24.0), ("SHOP TOWELS", "CS", 16.0, 38.0), ("SOLVENT CLEANER 5 GAL", "PL", 22.0, 58.0),
         ("LETTERHEAD PRINTING 2 COLOR", "M", 38.0, 96.0), ("ENVELOPES #10 WINDOW", "M", 16.0, 34.0), ("BUSINESS FORMS 3-PART NCR", "M", 55.0, 140.0),
         ("FLUORESCENT LAMPS F40T12", "CS", 28.0, 66.0), ("CIRCUIT BREAKER 20A 1P", "EA", 4.8, 12.5), ("ROMEX 12/2 W/G 250 FT", "RL", 38.0, 79.0),
         ("ADDING MACHINE TAPE", "DZ", 6.5, 15.0), ("STENO BOOKS", "DZ", 7.0, 14.5), ("LAB BEAKERS 250 ML", "DZ", 18.0, 44.0)]
TERMS = ["NET 30", "NET 30 DAYS", "2% 10 NET 30", "1%10 N30", "NET 10TH PROX.", "C.O.D.", "DUE ON RECEIPT", "NET 15"]
DATE_PATTERNS = ["month_d_y", "month_d_y", "mon_d_y", "mdy_slash_short", "mdy_slash_short"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["preprinted", "preprinted", "dotmatrix", "plain"])
    vendor, customer = old_us_party(rng), old_us_party(rng)
    ship = old_us_party(rng) if chance(rng, 0.5) else None
    issued = date(1984, 1, 2) + timedelta(days=rng.randrange(0, 14 * 365))
    pattern = pick(rng, DATE_PATTERNS)

    def dt(x: date) -> str:
        text = fmt_date(x, pattern)
        return text.upper() if layout == "dotmatrix" else text

    number = pick(rng, [f"{rng.randrange(10000, 99999)}", f"{rng.randrange(100000, 999999)}", f"A{rng.randrange(1000, 99999)}",
                        f"{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}"])
    customer_no = pick(rng, [f"{rng.randrange(1000, 99999)}", f"{customer.name[:3].upper()}{rng.randrange(10, 999):03d}", None])
    if layout == "plain":
        customer_no = None
    order_no = pick(rng, [f"{rng.randrange(1000, 99999)}", f"P.O. {rng.randrange(100, 9999)}", f"{rng.randrange(10, 99)}-{rng.randrange(100, 999)}", "VERBAL"])
    terms = pick(rng, TERMS)
    days = {"NET 30": 30, "NET 30 DAYS": 30, "2% 10 NET 30": 30, "1%10 N30": 30, "NET 15": 15}.get(terms)
    due = issued + timedelta(days=days) if days and layout == "dotmatrix" and chance(rng, 0.6) else None
    shipped = issued - timedelta(days=pick(rng, [0, 1, 2, 3]))
    lines: list[Line] = []
    for desc, unit, low, high in rng.sample(ITEMS, rng.randrange(2, 8 if layout != "plain" else 5)):
        price = D(str(round(rng.uniform(low, high), 2)))
        qty = D(pick(rng, [1, 2, 3, 4, 5, 6, 10, 12, 24, 25, 50]))
        lines.append(Line(desc if layout != "plain" or chance(rng, 0.3) else desc.title(), qty, price, (qty * price).quantize(D("0.01")), unit))
    freight = D(str(round(rng.uniform(4, 65), 2))) if chance(rng, 0.55) else None
    merchandise = sum((li.amount for li in lines), D("0.00"))
    taxed = chance(rng, 0.5)
    rate = D(pick(rng, ["4", "5", "6", "6.25", "7", "7.5", "8.25"]))
    tax = (merchandise * rate / 100).quantize(D("0.01"), rounding=ROUND_HALF_UP) if taxed else None
    if freight is not None:
        lines.append(Line(pick(rng, ["FREIGHT", "FREIGHT PREPAID & ADDED", "SHIPPING & HANDLING", "U.P.S. CHARGES"]), None, None, freight))
    net = sum((li.amount for li in lines), D("0.00"))
    total = net + (tax or D("0.00"))
    exemption = f"{rng.randrange(10, 99)}-{rng.randrange(100000, 999999)}" if not taxed and chance(rng, 0.5) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale="US", currency="USD", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net if taxed else None, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=customer_no)

    def n(value: D) -> str:
        return fmt_number(value, "en")

    def t(text: object) -> str:
        return typed(str(text), rng) if layout != "dotmatrix" else esc(text)

    salesman = pick(rng, ["JIM", "R.K.", "HOUSE", "14", "BOB S.", "07"])
    via = pick(rng, ["UPS", "OUR TRUCK", "R.P.S.", "YELLOW FRT", "BEST WAY", "CUST. P/U", "ROADWAY"])
    fob = pick(rng, ["SHIPPING POINT", "DEST.", "OUR DOCK", vendor.address[-1].split(",")[0].upper()])
    width, height = LETTER
    size = pick(rng, [9.0, 9.5, 10.0])
    css = (f"body{{font-family:Courier;font-size:{size}pt;color:#111;margin:0}} p{{margin:0 0 1.5pt 0}} td{{vertical-align:top;padding:1.5pt 3pt}}"
           " table{border-collapse:collapse} .r{text-align:right} .c{text-align:center} .b{font-weight:bold}"
           " .lbl{font-family:Helvetica;font-size:6.5pt;color:#333;letter-spacing:0.5pt} .box{border:0.8pt solid #333}"
           " .pp{font-family:Times}")
    if layout == "preprinted":
        ink = pick(rng, ["#1b3a6b", "#6b1b1b", "#1d4d2a", "#222222"])
        head = (f"<table style='width:100%'><tr><td style='width:62%'><p class='pp b' style='font-size:17pt;color:{ink}'>{esc(vendor.name)}</p>"
                + "".join(f"<p class='pp' style='color:{ink};font-size:9pt'>{esc(a)}</p>" for a in vendor.address)
                + f"<p class='pp' style='color:{ink};font-size:9pt'>Telephone {vendor.phone}</p></td>"
                f"<td style='width:38%'><p class='pp b' style='font-size:20pt;color:{ink};text-align:right'>INVOICE</p>"
                f"<table style='width:100%;margin-top:4pt'><tr><td class='box lbl' style='width:50%'>DATE</td><td class='box lbl'>INVOICE NO.</td></tr>"
                f"<tr><td class='box'>{t(dt(issued))}</td><td class='box'>{t(number)}</td></tr>"
                + (f"<tr><td class='box lbl' colspan='2'>CUSTOMER NO.</td></tr><tr><td class='box' colspan='2'>{t(customer_no)}</td></tr>" if customer_no else "")
                + "</table></td></tr></table>")
        ship_lines = [ship.name] + ship.address if ship else ["SAME"]
        parties = ("<table style='width:100%;margin-top:8pt'><tr>"
                   "<td class='box' style='width:50%'><p class='lbl'>SOLD TO</p>" + "".join(f"<p>{t(x)}</p>" for x in [customer.name] + customer.address) + "</td>"
                   "<td class='box' style='width:50%'><p class='lbl'>SHIP TO</p>" + "".join(f"<p>{t(x)}</p>" for x in ship_lines) + "</td></tr></table>")
        strip_cells = [("YOUR ORDER NO.", order_no), ("SALESMAN", salesman), ("SHIPPED VIA", via), ("F.O.B.", fob), ("TERMS", terms), ("DATE SHIPPED", dt(shipped))]
        strip = ("<table style='width:100%;margin-top:6pt'><tr>" + "".join(f"<td class='box lbl'>{k}</td>" for k, _ in strip_cells) + "</tr><tr>"
                 + "".join(f"<td class='box'>{t(v)}</td>" for _, v in strip_cells) + "</tr></table>")
        rows = "".join(
            f"<tr><td class='box r'>{t(li.quantity if li.quantity is not None else '')}</td><td class='box r'>{t(li.quantity if li.quantity is not None else '')}</td>"
            f"<td class='box'></td><td class='box'>{t(li.description)}</td><td class='box r'>{t(n(li.unit_price) if li.unit_price is not None else '')}</td>"
            f"<td class='box r'>{t(n(li.amount))}</td></tr>" for li in lines)
        rows += "".join("<tr><td class='box'>&#160;</td><td class='box'></td><td class='box'></td><td class='box'></td><td class='box'></td><td class='box'></td></tr>"
                        for _ in range(rng.randrange(2, 6)))
        foot = []
        if taxed:
            foot += [("SUBTOTAL", n(net)), (f"SALES TAX {rate}%", n(tax))]
        foot.append(("TOTAL", n(total)))
        foot_rows = "".join(f"<tr><td colspan='4' style='border:none'></td><td class='box lbl'>{k}</td><td class='box r b'>{t(v)}</td></tr>" for k, v in foot)
        table = ("<table style='width:100%;margin-top:6pt'><tr><td class='box lbl' style='width:8%'>QTY ORDERED</td><td class='box lbl' style='width:8%'>QTY SHIPPED</td>"
                 "<td class='box lbl' style='width:6%'>B.O.</td><td class='box lbl' style='width:46%'>DESCRIPTION</td><td class='box lbl' style='width:15%'>UNIT PRICE</td>"
                 f"<td class='box lbl' style='width:17%'>AMOUNT</td></tr>{rows}{foot_rows}</table>")
        tail = ""
        if exemption:
            tail += f"<p style='margin-top:6pt'>{t('TAX EXEMPT - CERT. NO. ' + exemption)}</p>"
        tail += (f"<p class='lbl' style='margin-top:10pt'>ALL CLAIMS MUST BE MADE WITHIN 5 DAYS OF RECEIPT OF GOODS. A SERVICE CHARGE OF 1-1/2% PER MONTH "
                 f"WILL BE ADDED TO PAST DUE ACCOUNTS.</p><p class='lbl c' style='margin-top:4pt;color:{ink}'>THANK YOU FOR YOUR ORDER</p>")
        html = head + parties + strip + table + tail
        template = "typed_preprinted"
    elif layout == "dotmatrix":
        vendor.name, vendor.address = vendor.name.upper(), [a.upper() for a in vendor.address]
        customer.address = [a.upper() for a in customer.address]
        rule = "<p>" + "-" * 78 + "</p>"
        meta = [("INVOICE NO.", number), ("INVOICE DATE", dt(issued))] + ([("CUST. NO.", customer_no)] if customer_no else []) + \
            ([("DUE DATE", dt(due))] if due else []) + [("PAGE", "1")]
        head = (f"<table style='width:100%'><tr><td style='width:55%'><p class='b'>{esc(vendor.name.upper())}</p>"
                + "".join(f"<p>{esc(a.upper())}</p>" for a in vendor.address) + f"<p>{vendor.phone}</p></td><td style='width:45%'>"
                "<p class='b' style='font-size:13pt'>I N V O I C E</p>" + "".join(f"<p>{k:<13} {esc(v)}</p>".replace("  ", " &#160;") for k, v in meta)
                + "</td></tr></table>")
        ship_lines = [ship.name] + ship.address if ship else [customer.name] + customer.address
        parties = ("<table style='width:100%;margin-top:6pt'><tr><td style='width:50%'><p>SOLD TO:</p>"
                   + "".join(f"<p>{esc(x)}</p>" for x in [customer.name] + customer.address)
                   + "</td><td style='width:50%'><p>SHIP TO:</p>" + "".join(f"<p>{esc(x.upper())}</p>" for x in ship_lines) + "</td></tr></table>")
        strip = (rule + f"<table style='width:100%'><tr><td>CUST ORDER NO.</td><td>SLSMN</td><td>SHIP VIA</td><td>TERMS</td><td>DATE SHIPPED</td></tr>"
                 f"<tr><td>{esc(order_no)}</td><td>{salesman}</td><td>{via}</td><td>{esc(terms)}</td><td>{dt(shipped)}</td></tr></table>" + rule)
        rows = "".join(f"<tr><td class='r'>{li.quantity if li.quantity is not None else ''}</td><td>{li.unit}</td><td>{esc(li.description)}</td>"
                       f"<td class='r'>{n(li.unit_price) if li.unit_price is not None else ''}</td><td class='r'>{n(li.amount)}</td></tr>" for li in lines)
        table = ("<table style='width:100%'><tr><td style='width:8%' class='r'>QTY</td><td style='width:6%'>U/M</td><td style='width:52%'>DESCRIPTION</td>"
                 f"<td style='width:15%' class='r'>PRICE</td><td style='width:19%' class='r'>EXTENSION</td></tr>{rows}</table>" + rule)
        foot = ([("MDSE TOTAL", n(net)), (f"SALES TAX {rate}%", n(tax))] if taxed else []) + [("PAY THIS AMOUNT", n(total))]
        table += "<table style='width:100%'>" + "".join(f"<tr><td style='width:60%'></td><td style='width:22%'>{k}</td><td style='width:18%' class='r b'>{v}</td></tr>"
                                                         for k, v in foot) + "</table>"
        tail = rule + f"<p>REMIT TO: {esc(vendor.name)}, {esc(vendor.address[-1])}</p>"
        if exemption:
            tail += f"<p>TAX EXEMPT NO. {exemption}</p>"
        tail += "<p>PLEASE RETURN YELLOW COPY WITH YOUR PAYMENT</p>"
        html = head + parties + strip + table + tail
        template = "typed_dotmatrix"
    else:
        leader = "." * 8
        head = ("<p class='c b' style='font-size:12pt'>" + t(vendor.name) + "</p>" + "".join(f"<p class='c'>{t(a)}</p>" for a in vendor.address)
                + f"<p class='c'>{t(vendor.phone)}</p><p class='c b' style='margin-top:14pt;font-size:12pt'>I N V O I C E</p>"
                f"<p class='c'>{'=' * 17}</p><table style='width:100%;margin-top:10pt'><tr><td style='width:60%'><p>To:</p>"
                + "".join(f"<p>{t(x)}</p>" for x in [customer.name] + customer.address)
                + f"</td><td style='width:40%'><p>Date: {t(dt(issued))}</p><p>Invoice No. {t(number)}</p></td></tr></table>"
                f"<p style='margin-top:10pt'>Re: your order no. {t(order_no)} dated {t(dt(issued - timedelta(days=rng.randrange(5, 30))))}</p>")
        rows = "".join(f"<tr><td style='width:60%'>{t(li.description)}" + (f" - {li.quantity} @ {n(li.unit_price)}" if li.quantity is not None else "")
                       + f" {leader}</td><td style='width:25%' class='r'>${n(li.amount)}</td></tr>" for li in lines)
        if taxed:
            rows += (f"<tr><td>Subtotal {leader}</td><td class='r'>${n(net)}</td></tr>"
                     f"<tr><td>Sales tax {rate}% {leader}</td><td class='r'>{n(tax)}</td></tr>")
        rows += f"<tr><td class='b'>TOTAL DUE {leader}</td><td class='r b'>${n(total)}</td></tr>"
        html = (head + f"<table style='width:90%;margin-top:10pt'>{rows}</table><p style='margin-top:12pt'>Terms: {t(terms)}</p>"
                + (f"<p>Tax exempt, your certificate {exemption}.</p>" if exemption else "")
                + "<p style='margin-top:14pt'>Thank you.</p>")
        template = "typed_plain"
    margin = pick(rng, [40.0, 46.0, 54.0])
    rect = (margin + rng.uniform(-6, 8), margin, width - margin, height - margin)
    if not fits_strictly(html, css, rect):
        raise AssertionError(f"{template}: body does not fit the page")
    sheet = Sheet(width=width, height=height, css=css, pages=[[Box(rect, html)]])
    return Built(doc=doc, sheet=sheet, template=template, scan_weight=4.0,
                 notes={"order_no": order_no, "shipped": shipped.isoformat(), "exemption": exemption, "pattern": pattern, "ship_to": bool(ship)})
