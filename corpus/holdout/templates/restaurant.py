"""Restaurant / café bill from the table's POS printer, or the A5 "tax invoice" a restaurant prints on request.

Header with the trading name (and sometimes "operated by" the legal entity), tax number (VAT Reg /
ABN / SST), table, covers or guests, server, check or bill number, open and print times; item lines
either "2 Flat White 9.00" (quantity and amount only) or with "@ price"; modifiers indented under
their dish ("+ extra shot", "no onion"), which carry no amount of their own. Totals by country: US
subtotal, sales tax, TOTAL, a suggested-gratuity block and a blank "Tip ____ / Total ____" card slip;
GB prices including VAT, an optional 12.5 % service charge outside VAT's scope, "VAT included";
AU GST-inclusive with a Sunday / public-holiday surcharge and card surcharge; MY 10 % service charge,
SST on food and service, rounding adjustment to 5 sen. Cash tender and change, or card, auth code.
"""

from __future__ import annotations

import random
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company, person_name
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import Box, Sheet, fits

FAMILY = "restaurant_receipt"
DOCUMENT_TYPE = "receipt"

MENU = {
    "US": [("Cheeseburger", 14, 19), ("Caesar Salad", 11, 15), ("Fish Tacos", 15, 19), ("Margherita Pizza", 16, 22),
           ("Buffalo Wings", 12, 17), ("Iced Tea", 3, 4.5), ("Draft IPA", 7, 9), ("Fries", 5, 7),
           ("Chicken Sandwich", 14, 18), ("Cobb Salad", 15, 19), ("Soda", 2.5, 3.5), ("Brownie Sundae", 8, 11)],
    "GB": [("Fish & Chips", 14, 19), ("Sunday Roast Beef", 18, 24), ("Flat White", 3.2, 4), ("Pint of Lager", 5.5, 7),
           ("Sticky Toffee Pudding", 7, 9), ("Halloumi Burger", 14, 17), ("House Red 175ml", 7, 9.5),
           ("Chips", 4, 5.5), ("Scotch Egg", 6, 8), ("Sparkling Water 750ml", 3.5, 5)],
    "AU": [("Smashed Avo on Sourdough", 19, 24), ("Flat White", 4.5, 5.5), ("Long Black", 4, 5), ("Big Breakfast", 24, 29),
           ("Barramundi & Chips", 28, 34), ("Iced Latte", 6, 7.5), ("Chicken Parma", 26, 32), ("Pale Ale Schooner", 9, 12),
           ("Banana Bread", 7, 9), ("Fresh OJ", 7, 8.5)],
    "MY": [("Nasi Lemak Ayam Goreng", 12, 18), ("Char Kuey Teow", 10, 15), ("Teh Tarik", 3, 4.5), ("Roti Canai", 2, 3.5),
           ("Mee Goreng Mamak", 9, 13), ("Kopi O Ais", 3, 4), ("Chicken Rice", 9, 13), ("Laksa", 11, 16),
           ("Milo Dinosaur", 6, 8), ("Cendol", 5, 8)],
}
MODIFIERS = ["+ extra shot", "no onion", "oat milk", "medium rare", "+ bacon", "less sugar", "gluten free bun",
             "sauce on side", "large", "+ egg"]
BRANDS = ["The Copper Kettle", "Harbour Kitchen", "Little Fig Cafe", "Bistro Nineteen", "The Olive Room",
          "Smoke & Oak Grill", "Daily Grind Espresso", "Lotus Garden", "Corner Table", "Red Lantern"]


def _round_5sen(value: Decimal) -> Decimal:
    return (value * 20).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 20


def build(rng: random.Random) -> Built:
    country = pick(rng, ["US", "US", "GB", "AU", "MY"])
    legal = make_company(rng, country, with_tax=country != "US")
    venue = make_company(rng, country, with_tax=False)
    venue.name = pick(rng, BRANDS) if chance(rng, 0.6) else f"{legal.name.split()[0]} {pick(rng, ['Cafe', 'Bistro', 'Kitchen', 'Diner', 'Restoran'])}"
    venue.tax_id = legal.tax_id
    venue.address = legal.address
    fmt = Fmt.pick(rng, country, date_pattern={"US": "mdy_slash", "GB": "dmy_slash", "AU": "dmy_slash",
                                               "MY": pick(rng, ["dmy_slash", "dmy_dash"])}[country])
    day = random_date(rng)
    opened = datetime(day.year, day.month, day.day, rng.randrange(11, 21), rng.randrange(60))
    menu = MENU[country]
    chosen = rng.sample(range(len(menu)), rng.randrange(2, min(9, len(menu))))
    style = pick(rng, ["qty_first", "at_price", "a5"])
    lines: list[Line] = []
    modifiers: dict[int, str] = {}
    for i, k in enumerate(chosen):
        name, low, high = menu[k]
        qty = Decimal(pick(rng, [1, 1, 1, 2, 2, 3, 4]))
        price = money(round(rng.uniform(low, high) * 2) / 2) if country != "MY" else money(rng.uniform(low, high))
        amount = qty * price
        show_unit = style != "qty_first"
        lines.append(Line(name, qty, price if show_unit else None, amount))
        if chance(rng, 0.2):
            modifiers[i] = pick(rng, MODIFIERS)
    items = sum((line.amount for line in lines), Decimal("0.00"))
    rows: list[tuple[str, str]] = []    # totals block, in print order
    net, tax = None, Decimal("0.00")
    if country == "US":
        rate_pct = pick(rng, [Decimal("6.25"), Decimal("8.875"), Decimal("7.5"), Decimal("9.5")])
        tax = money(items * rate_pct / 100)
        net, total = items, items + tax
        rows = [("Subtotal", fmt.num(items)), (f"Tax {rate_pct}%" if chance(rng, 0.5) else "Sales Tax", fmt.num(tax))]
    elif country == "GB":
        service = money(items * Decimal("0.125")) if chance(rng, 0.6) else Decimal("0.00")
        tax = money(items / 6)
        total = items + service
        rows = [("Subtotal", fmt.num(items))]
        if service:
            rows.append(("Optional service 12.5%", fmt.num(service)))
        else:
            net = total - tax
    elif country == "AU":
        surcharge = money(items * Decimal("0.15")) if chance(rng, 0.3) else Decimal("0.00")
        card_fee = money((items + surcharge) * Decimal("0.015")) if chance(rng, 0.3) else Decimal("0.00")
        total = items + surcharge + card_fee
        tax = money(total / 11)
        rows = [("Subtotal", fmt.num(items))]
        if surcharge:
            rows.append((pick(rng, ["Sunday surcharge 15%", "Public holiday surcharge 15%"]), fmt.num(surcharge)))
        if card_fee:
            rows.append(("Card surcharge 1.5%", fmt.num(card_fee)))
        net = total - tax if chance(rng, 0.4) else None
    else:
        service = money(items * Decimal("0.10"))
        sst_rate = pick(rng, [Decimal(6), Decimal(8)])
        tax = money((items + service) * sst_rate / 100)
        exact = items + service + tax
        total = _round_5sen(exact)
        rows = [("Sub Total", fmt.num(items)), ("Service Charge 10%", fmt.num(service)), (f"SST {sst_rate}%", fmt.num(tax))]
        if total != exact:
            rows.append(("Rounding Adj", fmt.num(total - exact)))
    check_no = pick(rng, [f"{rng.randrange(1000, 99999)}", f"{rng.randrange(1, 999):04d}", f"B{rng.randrange(10**5, 10**6)}"])
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=venue, customer=None,
              invoice_ids=[check_no], document_date=day, total=total, net=net, tax=tax, lines=lines,
              lines_sum_to="net" if country == "US" else "total",
              lines_adjustment=Decimal("0.00") if country == "US" else total - items)

    a5 = style == "a5"
    width = 420.0 if a5 else pick(rng, [204.0, 226.0])
    mono = not a5 and chance(rng, 0.75)
    theme = Theme.pick(rng, font="Courier" if mono else "Helvetica", size=(7.5, 8.5), table="minimal", accent="#000000")
    css = theme.css("td{padding:0.5pt 1pt} .hd{font-size:12pt;font-weight:bold} .mod{padding-left:10pt}")
    sym = fmt.symbol if fmt.position.startswith("pre") else ""
    server = person_name(rng, country).split()[0]
    table_no, covers = rng.randrange(1, 60), rng.randrange(1, 9)
    rule = "<p class='c'>" + "-" * 30 + "</p>" if mono else "<hr/>"
    tax_label = {"US": "", "GB": "VAT Reg No", "AU": "ABN", "MY": "SST Reg No"}[country]
    parts = [f"<p class='c hd'>{esc(venue.name)}</p>"]
    if chance(rng, 0.35) and country != "US":
        parts.append(f"<p class='c small'>Operated by {esc(legal.name)}</p>")
    parts.append(f"<p class='c'>{'<br/>'.join(esc(a) for a in venue.address)}<br/>{esc(legal.phone)}</p>")
    if tax_label:
        parts.append(f"<p class='c'>{tax_label}: {esc(venue.tax_id)}</p>")
    if a5 or (country in ("AU", "MY") and chance(rng, 0.5)):
        parts.append(f"<p class='c b'>{'TAX INVOICE' if country != 'GB' else 'VAT RECEIPT'}</p>")
    check_label = pick(rng, ["Check #", "Bill No", "Chk", "Order #", "Receipt No"])
    time_printed = opened.replace(minute=(opened.minute + 50) % 60)
    parts.append(rule + f"<table style='width:100%'><tr><td style='width:55%'>{check_label}: {esc(check_no)}</td>"
                 f"<td style='width:45%' class='r'>Table {table_no}</td></tr>"
                 f"<tr><td>Server: {esc(server)}</td><td class='r'>{pick(rng, ['Guests', 'Covers', 'Pax'])}: {covers}</td></tr>"
                 f"<tr><td>{fmt.date(day)}</td><td class='r'>{opened.strftime('%H:%M') if country != 'US' else opened.strftime('%I:%M %p')}</td></tr>"
                 f"</table>" + rule)
    item_rows = []
    for i, line in enumerate(lines):
        if style == "qty_first":
            item_rows.append(f"<tr><td style='width:12%'>{fmt.qty(line.quantity)}</td><td style='width:63%'>{esc(line.description)}</td>"
                             f"<td style='width:25%' class='r'>{fmt.num(line.amount)}</td></tr>")
        elif style == "at_price":
            item_rows.append(f"<tr><td colspan='2'>{esc(line.description)}</td><td></td></tr>"
                             f"<tr><td style='width:12%'></td><td style='width:63%'>{fmt.qty(line.quantity)} @ {fmt.num(line.unit_price)}</td>"
                             f"<td style='width:25%' class='r'>{fmt.num(line.amount)}</td></tr>")
        else:
            item_rows.append(f"<tr><td style='width:10%'>{fmt.qty(line.quantity)}</td><td style='width:50%'>{esc(line.description)}</td>"
                             f"<td style='width:20%' class='r'>{fmt.num(line.unit_price)}</td><td style='width:20%' class='r'>{fmt.num(line.amount)}</td></tr>")
        if i in modifiers:
            span = 3 if a5 else 2
            item_rows.append(f"<tr><td></td><td class='mod small' colspan='{span}'>{esc(modifiers[i])}</td></tr>")
    head_row = ("<tr><td class='b'>Qty</td><td class='b'>Item</td><td class='b r'>Price</td><td class='b r'>Total</td></tr>"
                if a5 else "")
    parts.append(f"<table style='width:100%'>{head_row}{''.join(item_rows)}</table>" + rule)
    rows.append(("TOTAL", f"{sym}{fmt.num(total)}"))
    cash = chance(rng, 0.35)
    if cash:
        tendered = money((total // 10 + 1) * 10)
        rows += [("Cash", fmt.num(tendered)), ("Change Due" if country == "US" else "Change", fmt.num(tendered - total))]
    else:
        rows.append((pick(rng, ["VISA", "Mastercard", "AMEX", "Debit"]) + f" ****{rng.randrange(1000, 9999)}", fmt.num(total)))
    parts.append("<table style='width:100%'>" + "".join(
        f"<tr><td style='width:60%' class='{'b' if k == 'TOTAL' else ''}'>{k}</td><td style='width:40%' class='r {'b' if k == 'TOTAL' else ''}'>{v}</td></tr>"
        for k, v in rows) + "</table>")
    if country in ("GB", "AU"):
        name = "VAT" if country == "GB" else "GST"
        if net is not None:
            parts.append(f"<p class='small'>{name} summary: Net {fmt.num(net)} &#160; {name} {fmt.num(tax)} &#160; Gross {fmt.num(total)}</p>")
        else:
            parts.append(f"<p class='small'>{pick(rng, [f'{name} included', f'Total includes {name} of'])} {fmt.num(tax)}</p>")
        if country == "GB" and any(label.startswith("Optional service") for label, _ in rows):
            parts.append("<p class='tiny'>Service charge is discretionary and is shared among our team.</p>")
    if country == "US" and not cash:
        tips = "".join(f"<tr><td>{p}% = {fmt.num(money(net * p / 100))}</td><td class='r'>Total {fmt.num(money(total + net * p / 100))}</td></tr>"
                       for p in (18, 20, 22))
        parts.append(f"<p class='small'>Suggested gratuity (on subtotal):</p><table class='small' style='width:100%'>{tips}</table>"
                     f"<p style='margin-top:6pt'>Tip: ______________</p><p>Total: ______________</p>"
                     f"<p style='margin-top:10pt'>x_____________________<br/>Signature</p>"
                     f"<p class='small'>AUTH {rng.randrange(100000, 999999)} &#160; CUSTOMER COPY</p>")
    elif not cash:
        parts.append(f"<p class='small'>AUTH CODE {rng.randrange(100000, 999999)} &#160; APPROVED &#160; CONTACTLESS</p>")
    parts.append(rule + f"<p class='c small'>{pick(rng, ['Thank you! See you soon.', 'Thanks for dining with us', 'Follow us @' + venue.name.replace(' ', '').lower()] + (['Terima kasih, sila datang lagi'] * 2 if country == 'MY' else []))}"
                 f"<br/>Printed {time_printed.strftime('%H:%M')}</p>")
    html = "".join(parts)
    margin = 10.0 if not a5 else 36.0
    height = 160.0
    while not fits(html, css, (margin, margin, width - margin, margin + height)):
        height += 20.0
    sheet = Sheet(width=width, height=height + 2 * margin, css=css,
                  pages=[[Box((margin, margin, width - margin, margin + height), html)]])
    return Built(doc=doc, sheet=sheet, template=f"restaurant_{style}", notes={"country": country, "cash": cash,
                                                                               "covers": covers})
