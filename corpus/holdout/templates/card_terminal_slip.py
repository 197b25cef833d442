"""Card-terminal slip: the POS terminal's customer or merchant copy, alone or under the shop's itemised receipt.

Three prints on a till roll (58 mm or 80 mm, mostly monospaced): the customer copy of a bare terminal slip
(merchant name and address, MID / TID, date and time `03/15/2024 14:32`, `MAR 15, 2024 14:32:05` or
`15 MAR 2024 14:32`, BATCH, TRACE or STAN, INVOICE on US terminals, the card `************1234` with its scheme and entry mode (CHIP, CONTACTLESS,
SWIPE), SALE / PURCHASE, `AMOUNT USD 45.60`, a TIP line and the total with tip on restaurants, bars, salons
and cabs, APPROVED, AUTH CODE, RRN, AID, TVR, TSI, APP LABEL, "NO SIGNATURE REQUIRED" / "PIN VERIFIED",
"CUSTOMER COPY"); the merchant copy (the same with a signature line and "I AGREE TO PAY ABOVE TOTAL AMOUNT
ACCORDING TO CARD ISSUER AGREEMENT", "MERCHANT COPY"); and a shop's itemised receipt with the card slip
printed under it on the same roll (receipt number and date, items, US SUBTOTAL / SALES TAX / TOTAL, GB
"VAT included", AU "Total includes GST", CARD payment, then the slip repeating the total, its own stamp
often with a two-digit year: `03/15/24 14:32`, `15/03/24 14:32`).

Truth: a receipt (customer null). Vendor = the merchant as printed (its name, its address lines; the VAT
number or ABN where the shop's receipt prints one is the tax id). Id = the number the slip or receipt
prints as its receipt / invoice number ("INVOICE 000482", "RECEIPT NO 0042", "Receipt #1234"); where a bare
slip prints none (many UK and Australian terminals), `invoice_ids` is empty. MID, TID, BATCH, TRACE /
STAN, RRN, AUTH CODE, AID, TVR, TSI, ATC and the card's last four digits are decoys. Total = the TOTAL
charged (with the tip where one is added; the base AMOUNT is then a decoy); a bare slip has no lines and no
tax. On the itemised receipt the lines are the items (an article sold once has no quantity or unit price);
US net = SUBTOTAL and tax = the sales tax; GB / AU tax = the VAT / GST included (net null, the lines add up
to the total). Document date = the transaction date (the time is not in the truth).
"""

from __future__ import annotations

import random
from datetime import datetime
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import abn
from corpus.holdout.fakes_eighth import fmt_of
from corpus.holdout.fakes_tenth import card_numbers, merchant
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import Box, Sheet, fits
from corpus.holdout.templates._third import included_tax

FAMILY = "card_terminal_slip"
DOCUMENT_TYPE = "receipt"
ITEMS = {"ACE HARDWARE #1142": [("WD-40 12OZ", 6, 9), ("DUCT TAPE 60YD", 7, 11), ("LED BULB A19 4PK", 9, 16), ("DRYWALL SCREWS 1LB", 7, 12), ("PAINT ROLLER 9IN", 5, 9)],
         "CORNER MARKET": [("COFFEE LG", 2.5, 3.5), ("BAGEL W/CC", 3, 4.5), ("BANANA", 0.3, 0.6), ("WATER 1L", 1.5, 2.5), ("CHIPS BBQ", 1.8, 3)],
         "PAGE TURNER BOOKS": [("PAPERBACK FICTION", 12, 19), ("HARDCOVER NEW RELEASE", 24, 32), ("BOOKMARK", 2, 4), ("GIFT BAG", 2, 5)],
         "GREEN LEAF FLORIST": [("ROSE BOUQUET 12", 45, 75), ("VASE GLASS", 12, 25), ("CARD", 4, 7)],
         "CITY WINE & SPIRITS": [("CAB SAUV 750ML", 14, 32), ("IPA 6PK", 10, 15), ("BOURBON 750ML", 28, 55), ("ICE 10LB", 3, 5)],
         "PIXEL PHONE REPAIR": [("SCREEN PROTECTOR", 15, 30), ("USB-C CABLE 6FT", 12, 22), ("PHONE CASE", 18, 40)],
         "Hartley's Hardware": [("Masking tape 25mm", 2, 4), ("Wood screws 4x40 box", 4, 8), ("Sandpaper assorted", 3, 6), ("Paint brush 2in", 3, 7)],
         "The Paper Shop": [("Newspaper", 1.5, 3.5), ("Birthday card", 2, 4.5), ("Biro pack", 1.5, 3), ("Chocolate bar", 0.9, 1.6)],
         "Greenway Pharmacy": [("Paracetamol 16", 0.6, 1.2), ("Hand cream", 3, 7), ("Plasters 20", 2, 4), ("Sun cream SPF30", 6, 12)],
         "Village Butchers": [("Sausages 6pk", 4, 6.5), ("Beef mince 500g", 4.5, 7), ("Pork pie", 2.5, 4), ("Bacon 8 rashers", 3.5, 5)],
         "Bloom & Wild Flowers": [("Hand-tied bouquet", 25, 45), ("Tulips bunch", 6, 10), ("Greeting card", 2.5, 4)],
         "Cycle Hub": [("Inner tube 700c", 6, 10), ("Chain lube", 6, 12), ("Bike light set", 18, 35), ("Puncture kit", 3, 6)],
         "Bayside Bottle Shop": [("Shiraz 750ml", 16, 35), ("Lager 24 cans", 48, 60), ("Ice 5kg", 5, 7)],
         "Northside Newsagency": [("Newspaper", 2.5, 4), ("Lotto ticket", 5, 20), ("Greeting card", 4, 8), ("Magazine", 8, 14)],
         "Coastal Surf Co": [("Surf wax", 4, 6), ("Leg rope 7ft", 35, 60), ("Rash vest", 45, 80), ("Sunscreen 200ml", 12, 20)],
         "Greenfields Pharmacy": [("Vitamin C 100 tabs", 15, 25), ("Bandages", 5, 9), ("Lip balm", 4, 7), ("Cold & flu tabs", 9, 16)]}
SALES_TAX = [Decimal("6"), Decimal("6.25"), Decimal("7"), Decimal("7.25"), Decimal("8.25"), Decimal("8.875")]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["customer", "merchant", "receipt"])
    country = pick(rng, ["US", "US", "GB", "AU"])
    kind = "shop" if layout == "receipt" else ("tip" if chance(rng, 0.6) else "shop")
    shop = merchant(rng, country, kind)
    card = card_numbers(rng)
    day = random_date(rng)
    when = datetime(day.year, day.month, day.day, rng.randrange(7, 23), rng.randrange(60), rng.randrange(60))
    code = {"US": "USD", "GB": "GBP", "AU": "AUD"}[country]
    sym = {"US": "$", "GB": "£", "AU": "$"}[country]
    fmt = fmt_of(country, code, number_style="en", symbol=sym, position="pre", date_pattern="dmy_slash")
    num = fmt.num
    # The terminal's own stamp: two-digit years (`03/15/24 14:32`) only where the shop's receipt above it prints the full date;
    # a bare slip prints the year in full (`03/15/2024 14:32`, `MAR 15, 2024`, `15 MAR 2024`).
    clock = when.strftime(pick(rng, ["%H:%M", "%H:%M:%S"]))
    if country == "US":
        full = pick(rng, [f"{fmt_date(day, 'mdy_slash')} {clock}", f"DATE: {fmt_date(day, 'mon_d_y').upper()}  TIME: {clock}", f"{fmt_date(day, 'mon_d_y').upper()} {clock}"])
        short = f"{fmt_date(day, 'mdy_slash_yy')} {when.strftime('%H:%M')}"
    else:
        full = pick(rng, [f"{fmt_date(day, 'dmy_slash')} {clock}", f"{fmt_date(day, 'd_mon_y').upper()} {clock}", f"DATE {fmt_date(day, 'dmy_slash')}  TIME {clock}"])
        short = f"{fmt_date(day, 'dmy_slash_yy')} {when.strftime('%H:%M')}"
    receipt_stamp = full if country != "US" or chance(rng, 0.5) else f"{fmt_date(day, 'mdy_slash')} {when.strftime('%I:%M %p')}"
    stamp = short if layout == "receipt" and chance(rng, 0.7) else full
    tip = Decimal("0.00")
    lines: list[Line] = []
    tax = net = None
    ids: list[str] = []
    width = pick(rng, [164.0, 204.0, 226.8])
    chars = 24 if width < 170 else 32 if width < 210 else 38
    rule = "-" * chars
    entry = pick(rng, ["CHIP", "CONTACTLESS", "CONTACTLESS", "SWIPE"] if country == "US" else ["CHIP", "CONTACTLESS", "CONTACTLESS"])
    verify = ("NO SIGNATURE REQUIRED" if entry == "CONTACTLESS" else "PIN VERIFIED" if country != "US" or chance(rng, 0.3) else "")
    receipt_no = None

    if layout == "receipt":
        for desc, low, high in rng.sample(ITEMS[shop.name], rng.randrange(1, min(5, len(ITEMS[shop.name])) + 1)):
            qty = Decimal(pick(rng, [1, 1, 1, 2, 3]))
            price = money(rng.uniform(low, high))
            lines.append(Line(desc, qty if qty > 1 else None, price if qty > 1 else None, money(qty * price)))
        items_total = sum((li.amount for li in lines), Decimal("0.00"))
        if country == "US":
            rate = pick(rng, SALES_TAX)
            tax = money(items_total * rate / 100)
            net = items_total
            amount = items_total + tax
        else:
            rate = Decimal(20) if country == "GB" else Decimal(10)
            tax = included_tax(items_total, rate)
            amount = items_total
        receipt_no = pick(rng, [f"{rng.randrange(1000, 99999)}", f"{rng.randrange(1, 9):02d}-{rng.randrange(1000, 9999)}", f"R{rng.randrange(100000, 999999)}"])
        ids = [receipt_no]
        if country == "GB":
            shop.tax_id = shop.extra["vat"]
        elif country == "AU":
            shop.tax_id = abn(rng)
    else:
        amount = money(rng.uniform(8, 180)) if kind == "tip" else money(rng.uniform(4, 420))
        if kind == "tip" and chance(rng, 0.85):
            tip = money(amount * Decimal(pick(rng, ["0.15", "0.18", "0.2", "0.22", "0.1", "0.125"]))) if chance(rng, 0.8) else money(pick(rng, [2, 3, 5, 10]))
        if country == "US":
            receipt_no = card["invoice"] if chance(rng, 0.85) else None
        else:
            receipt_no = f"{rng.randrange(1, 9999):04d}" if chance(rng, 0.4) else None
        ids = [receipt_no] if receipt_no else []
    total = amount + tip
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=code, vendor=shop, customer=None, invoice_ids=ids, document_date=day, total=total,
              net=net, tax=tax, lines=lines, lines_sum_to="total" if country != "US" or layout != "receipt" else "net")

    mono = chance(rng, 0.8)
    theme = Theme.pick(rng, font="Courier" if mono else "Helvetica", size=(6.5, 7.5) if width < 170 else (7.0, 8.0), table="minimal", accent="#000000")
    css = theme.css("td{padding:0.3pt 1pt} .hd{font-size:9pt;font-weight:bold} .big{font-size:9pt;font-weight:bold}")

    def pair(left: str, right: str, cls: str = "") -> str:
        return f"<tr><td class='{cls}' style='width:58%'>{left}</td><td class='r {cls}' style='width:42%'>{right}</td></tr>"

    def money_str(value: Decimal) -> str:
        return pick(rng, [f"{code} {num(value)}", f"{sym}{num(value)}"]) if country != "US" else pick(rng, [f"USD {num(value)}", f"${num(value)}"])

    amount_style = money_str(amount)
    cur = amount_style.split()[0] if " " in amount_style else sym

    def m_(value: Decimal) -> str:
        return f"{cur} {num(value)}" if cur == code else f"{sym}{num(value)}"

    header = (f"<p class='c hd'>{esc(shop.name)}</p><p class='c'>{'<br/>'.join(esc(a) for a in shop.address)}</p>")
    slip_rows = [pair("MID:", card["mid"]), pair("TID:", card["tid"])]
    parts: list[str] = []
    if layout == "receipt":
        tender_label = {"US": "CREDIT", "GB": "CARD", "AU": "EFTPOS"}[country]
        parts.append(header + (f"<p class='c'>VAT No: {shop.tax_id}</p>" if country == "GB" else f"<p class='c'>ABN {shop.tax_id}</p>" if country == "AU" else "")
                     + ("<p class='c b'>TAX INVOICE</p>" if country == "AU" else ""))
        parts.append(f"<p>{rule}</p><p>{pick(rng, ['Receipt #', 'Receipt No:', 'Trans #'])} {receipt_no}</p><p>{receipt_stamp}</p><p>{pick(rng, ['Cashier', 'Op', 'Clerk'])}: "
                     f"{pick(rng, ['102', 'Amy', 'J', '07', 'Sam'])}</p><p>{rule}</p>")
        rows = ""
        for li in lines:
            if li.quantity is not None:
                rows += f"<tr><td colspan='2'>{esc(li.description)}</td></tr>" + pair(f"&#160;&#160;{fmt.qty(li.quantity)} @ {num(li.unit_price)}", num(li.amount))
            else:
                rows += pair(esc(li.description), num(li.amount))
        summary = ""
        if country == "US":
            summary = pair("SUBTOTAL", num(net)) + pair(f"TAX {rate}%", num(tax))
        summary += pair("TOTAL", m_(total), "big") + pair(tender_label, num(total))
        if country == "GB":
            summary += pair("VAT included @ 20%", num(tax))
        elif country == "AU":
            summary += pair("Total includes GST", num(tax))
        parts.append(f"<table style='width:100%'>{rows}</table><p>{rule}</p><table style='width:100%'>{summary}</table>")
        parts.append(f"<p>{rule}</p><p class='c b'>{pick(rng, ['CARD SALE', '*** CARDHOLDER COPY ***', 'EFTPOS CUSTOMER COPY' if country == 'AU' else 'CUSTOMER RECEIPT'])}</p>")
        slip_rows.append(pair("STAN:" if country != "US" else "TRACE:", card["trace"]))
    else:
        parts.append(header + (f"<p class='c'>{pick(rng, ['TEL', 'PH'])} {rng.randrange(200, 999)}-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}</p>" if country == "US" and chance(rng, 0.5) else ""))
        parts.append(f"<p>{rule}</p>")
        slip_rows += [pair("BATCH:", card["batch"]), pair("TRACE:" if country == "US" else "STAN:", card["trace"])]
        if receipt_no:
            slip_rows.append(pair("INVOICE:" if country == "US" else "RECEIPT NO:", receipt_no))
    slip_rows.append(f"<tr><td colspan='2'>{stamp}</td></tr>")
    slip_rows += [pair(card["scheme"], entry), f"<tr><td colspan='2'>{card['masked']}</td></tr>"]
    slip_rows.append(f"<tr><td colspan='2' class='b'>{pick(rng, ['SALE', 'PURCHASE']) if country != 'US' else 'SALE'}</td></tr>")
    if tip:
        slip_rows += [pair("BASE AMOUNT" if chance(rng, 0.5) else "AMOUNT", amount_style), pair("TIP" if country == "US" else "GRATUITY", m_(tip)),
                      f"<tr><td colspan='2'>{'-' * (chars // 2)}</td></tr>", pair("TOTAL", m_(total), "big")]
    elif kind == "tip" and layout == "merchant":
        slip_rows += [pair("AMOUNT", amount_style), pair("TIP", "________"), pair("TOTAL", "________")]
    else:
        slip_rows += [pair("AMOUNT" if layout != "receipt" else "TOTAL", amount_style, "big")]
    slip_rows += ["<tr><td colspan='2' class='c b'>APPROVED</td></tr>", pair("AUTH CODE:", card["auth"]), pair("RRN:", card["rrn"]),
                  pair("AID:", card["aid"]), pair("APP LABEL:", card["label"])]
    if chance(rng, 0.7):
        slip_rows += [pair("TVR:", card["tvr"]), pair("TSI:", card["tsi"])]
    if chance(rng, 0.3):
        slip_rows += [pair("ATC:", card["atc"]), pair("PAN SEQ:", card["seq"])]
    parts.append(f"<table style='width:100%'>{''.join(slip_rows)}</table>")
    if layout == "merchant":
        parts.append(("<p class='c'>" + verify + "</p>" if verify and verify != "PIN VERIFIED" else "")
                     + "<p style='margin-top:14pt'>X______________________</p><p class='c small'>I AGREE TO PAY ABOVE TOTAL AMOUNT ACCORDING TO CARD ISSUER AGREEMENT</p>"
                     + "<p class='c b'>MERCHANT COPY</p>")
    else:
        parts.append((f"<p class='c'>{verify}</p>" if verify else "") + f"<p class='c b'>{'CUSTOMER COPY' if layout == 'customer' else 'CARDHOLDER COPY'}</p>"
                     + "<p class='c'>PLEASE RETAIN FOR YOUR RECORDS</p>")
    parts.append(f"<p class='c'>{pick(rng, ['THANK YOU', 'THANK YOU, COME AGAIN', 'Thank you for your custom', 'HAVE A NICE DAY'])}</p>")
    html = "".join(parts)
    rect = None
    height = 0.0
    for height in (300, 360, 440, 520, 620, 740, 880, 1040):
        rect = (6, 8, width - 6, height - 8)
        if fits(html, css, rect):
            break
    sheet = Sheet(width=width, height=height, css=css, pages=[[Box(rect, html)]])
    return Built(doc=doc, sheet=sheet, template=f"slip_{layout}", png_scan_ok=True,
                 notes={"country": country, "tip": str(tip), "amount": str(amount), "time": when.strftime("%H:%M"), "mid": card["mid"], "tid": card["tid"],
                        "rrn": card["rrn"], "auth": card["auth"], "card_tail": card["tail"]})
