"""US broadline food-distributor delivery invoice (Sysco / US Foods style), dense and often 2-3 pages.

Distributor letterhead, INVOICE NO. / invoice date / delivery date, customer number (= customer_id),
sold-to (the customer's address) and ship-to (a decoy), route / stop / driver / truck, order and PO
numbers, sales rep, terms (NET 7, NET 14, C.O.D., 2% 10 NET 30); a dense table ORD / SHP / PACK / SIZE /
ITEM# / BRAND / DESCRIPTION / WEIGHT / UNIT PRICE / EXT PRICE, either in pick order or grouped by
category with category subtotals (decoys); catch-weight meat, poultry, seafood and cheese billed by the
pound (WEIGHT x price per LB), out-of-stock rows (SHP 0, "OUT", no extension), substitution notes,
bottle / keg deposits, a fuel surcharge, sales tax on the taxable non-food items only; totals: product
total, deposits, fuel surcharge, total before tax, sales tax, INVOICE TOTAL; totals of cases, pieces and
weight (decoys), driver and "received by" signature lines, claims instructions.

Truth: a billed row is a line: cases shipped x case price, or for catch-weight items the printed
weight (LB) x price per LB; deposits and the fuel surcharge are lines (the surcharge without quantity);
out-of-stock rows bill nothing and are not lines; net = total before tax, tax = the sales-tax line.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import PLACE_WORDS, SURNAMES, address, make_company, person_name
from corpus.holdout.locales import Fmt
from corpus.holdout.money import CENT, money, random_date
from corpus.holdout.render import LETTER

FAMILY = "food_distributor_invoice"
DOCUMENT_TYPE = "invoice"

# (category, brand, description, pack, size, low, high, catch weight (lb per case range) or None, taxable)
ITEMS = [
    ("DAIRY", "WHLFCLS", "MILK WHOLE GAL", "4", "1 GAL", 14, 22, None, False),
    ("DAIRY", "BBRLCLS", "CHEESE CHEDDAR SHRD FANCY", "4", "5 LB", 38, 62, None, False),
    ("DAIRY", "PACKER", "BUTTER SOLID UNSLTD", "36", "1 LB", 98, 150, None, False),
    ("DAIRY", "BBRLIMP", "CHEESE PARMESAN WHEEL", "1", "AVG 20 LB", 6.5, 11.9, (17, 24), False),
    ("DAIRY", "WHLFCLS", "EGG SHELL LARGE GRADE AA", "15", "DZ", 24, 48, None, False),
    ("MEAT", "BLKANGUS", "BEEF RIBEYE LIP-ON CH", "2", "AVG 15 LB", 8.9, 14.9, (26, 34), False),
    ("MEAT", "ANGUS", "BEEF GROUND 80/20 CHUB", "8", "5 LB", 3.2, 4.9, (39, 41), False),
    ("MEAT", "PACKER", "PORK BUTT BNLS", "2", "AVG 9 LB", 2.1, 3.4, (16, 21), False),
    ("MEAT", "SMKHSE", "BACON SLCD 14/18 LAYFLAT", "1", "15 LB", 52, 88, None, False),
    ("POULTRY", "TYSON", "CHICKEN BRST BNLS SKNLS 6 OZ", "4", "10 LB", 2.4, 3.9, (39, 41), False),
    ("POULTRY", "PACKER", "CHICKEN WING 1&2 JT", "1", "40 LB", 2.2, 3.8, (39, 41), False),
    ("SEAFOOD", "PORTCLS", "SALMON FIL ATL SKN-ON", "1", "AVG 10 LB", 7.9, 12.5, (9, 12), False),
    ("SEAFOOD", "PORTCLS", "SHRIMP WHT P&D TLON 16/20", "4", "2.5 LB", 78, 128, None, False),
    ("PRODUCE", "FRESHPT", "LETTUCE ROMAINE HEARTS", "12", "3 CT", 28, 46, None, False),
    ("PRODUCE", "FRESHPT", "TOMATO 5X6 VINE RIPE", "1", "25 LB", 22, 38, None, False),
    ("PRODUCE", "PACKER", "ONION YELLOW JUMBO", "1", "50 LB", 18, 34, None, False),
    ("PRODUCE", "FRESHPT", "POTATO RUSSET 70 CT", "1", "50 LB", 24, 41, None, False),
    ("PRODUCE", "FRESHPT", "AVOCADO HASS 48 CT", "1", "48 CT", 38, 72, None, False),
    ("FROZEN", "HARVVAL", "FRY 3/8 STRT CUT", "6", "5 LB", 28, 46, None, False),
    ("FROZEN", "CASAREG", "TORTILLA FLOUR 12 IN", "8", "12 CT", 19, 31, None, False),
    ("FROZEN", "HARVVAL", "VEGETABLE BLEND CAL", "12", "2 LB", 21, 34, None, False),
    ("DRY GROCERY", "CLSCSC", "FLOUR ALL PURPOSE", "1", "50 LB", 16, 29, None, False),
    ("DRY GROCERY", "ARNLCLS", "OIL SOY FRY CLEAR", "1", "35 LB", 34, 58, None, False),
    ("DRY GROCERY", "CODEVAL", "TOMATO DICED IN JUICE", "6", "#10", 24, 39, None, False),
    ("DRY GROCERY", "ROMA", "PASTA SPAGHETTI 10 IN", "2", "10 LB", 18, 29, None, False),
    ("DRY GROCERY", "SYS REL", "RICE LONG GRAIN PARBOILED", "1", "50 LB", 26, 44, None, False),
    ("BEVERAGE", "COKE", "SODA COLA BIB SYRUP", "1", "5 GAL", 82, 128, None, True),
    ("BEVERAGE", "PACKER", "WATER SPRING 16.9 OZ", "24", "16.9 OZ", 4.8, 8.9, None, True),
    ("PAPER & DISP", "BAGCLS", "CONTAINER FOAM HINGED 9X9", "1", "200 CT", 31, 52, None, True),
    ("PAPER & DISP", "SYS CLS", "GLOVE NITRILE PF LARGE", "10", "100 CT", 38, 69, None, True),
    ("PAPER & DISP", "SYS CLS", "NAPKIN DINNER 2 PLY WHITE", "1", "3000 CT", 36, 58, None, True),
    ("CHEMICAL", "KEYSTON", "DETERGENT DISH MACHINE", "4", "1 GAL", 48, 86, None, True),
    ("CHEMICAL", "KEYSTON", "SANITIZER QUAT", "2", "2.5 GAL", 41, 79, None, True),
]
DEPOSITS = {"SODA COLA BIB SYRUP": ("BIB CONTAINER DEPOSIT", Decimal("5.00")), "WATER SPRING 16.9 OZ": ("BOTTLE DEPOSIT CASE", Decimal("1.20"))}


def build(rng: random.Random) -> Built:
    vendor = make_company(rng, "US")
    place = pick(rng, PLACE_WORDS["en"])
    vendor.name = pick(rng, [f"{place} Foodservice, Inc.", f"{pick(rng, SURNAMES['en'])} Food Distributors LLC",
                             f"{place} Fresh Provisions Co.", f"US {place} Foods Inc."])
    vendor.tax_id = None
    customer = make_company(rng, "US", with_tax=False)
    customer.name = pick(rng, [f"The {place} Grill", f"{pick(rng, SURNAMES['en'])}'s Kitchen LLC", f"{pick(rng, PLACE_WORDS['en'])} Bistro",
                               f"{pick(rng, PLACE_WORDS['en'])} Taqueria Inc.", f"St. {pick(rng, ['Mary', 'Joseph', 'Luke'])}'s School Cafeteria",
                               f"{pick(rng, SURNAMES['en'])} Hospitality Group"])
    fmt = Fmt.pick(rng, "US", date_pattern=pick(rng, ["mdy_slash", "mdy_slash_short", "mdy_slash"]))
    issued = random_date(rng)
    delivery = issued + timedelta(days=pick(rng, [0, 1, 1]))
    number = pick(rng, [f"{rng.randrange(10**8, 10**9)}", f"{rng.randrange(10**6, 10**7)}", f"{rng.randrange(10**7, 10**8)}-{rng.randrange(1, 9)}"])
    customer_no = pick(rng, [f"{rng.randrange(10**5, 10**6)}", f"{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}",
                             f"{rng.randrange(10**6, 10**7)}"])
    terms, days = pick(rng, [("NET 7", 7), ("NET 14", 14), ("NET 14 DAYS", 14), ("C.O.D.", 0), ("2% 10 NET 30", 30), ("NET 21", 21)])
    # a combined "2% 10 NET 30" is the payment terms as printed (corpus rule: "2/10 Net 30"), no separate discount terms
    discount_terms = None
    state_rate = pick(rng, [Decimal("6.25"), Decimal("7.0"), Decimal("8.25"), Decimal("5.5")])

    count = pick(rng, [rng.randrange(10, 20), rng.randrange(26, 44), rng.randrange(50, 90)])
    chosen = rng.sample(ITEMS, min(count, len(ITEMS)))
    while len(chosen) < count:   # big weekly orders carry the same product in other grades and brands
        category, brand, desc, pack, size, low, high, catch, is_taxable = pick(rng, ITEMS)
        variant = f"{desc} {pick(rng, ['PREMIUM', 'ORGANIC', 'IMPORTED', 'LOW SODIUM', 'VALUE', 'BULK'])}"
        if variant not in {c[2] for c in chosen}:
            chosen.append((category, pick(rng, ["PACKER", "SYS IMP", "MONARCH", brand]), variant, pack, size, low * 1.1, high * 1.2,
                           catch, is_taxable))
    layout = pick(rng, ["broadline", "grouped"])
    if layout == "grouped":
        order = list(dict.fromkeys(i[0] for i in ITEMS))
        chosen.sort(key=lambda i: order.index(i[0]))
    entries = []      # (category, item#, brand, desc, pack, size, ord, shp, weight, price, ext, per_lb, line or None)
    lines: list[Line] = []
    taxable = Decimal("0.00")
    for category, brand, desc, pack, size, low, high, catch, is_taxable in chosen:
        item_no = f"{rng.randrange(1000000, 9999999)}"
        ordered = rng.choice([1, 1, 1, 2, 2, 3, 4, 6])
        if chance(rng, 0.07):
            entries.append((category, item_no, brand, desc, pack, size, ordered, 0, None, None, None, False, None))
            continue
        shipped = ordered if chance(rng, 0.93) else max(1, ordered - 1)
        if catch:
            weight = sum((Decimal(rng.randrange(catch[0] * 100, catch[1] * 100)) / 100 for _ in range(shipped)), Decimal("0"))
            per_lb = money(rng.uniform(low, high))
            ext = (weight * per_lb).quantize(CENT, rounding=ROUND_HALF_UP)
            line = Line(desc, weight, per_lb, ext, "LB")
        else:
            weight = None
            per_lb = None
            price = money(rng.uniform(low, high))
            ext = price * shipped
            line = Line(desc, Decimal(shipped), price, ext, "CS")
        lines.append(line)
        if is_taxable:
            taxable += ext
        entries.append((category, item_no, brand, desc, pack, size, ordered, shipped, weight, line.unit_price, ext, bool(catch), line))
        if desc in DEPOSITS and chance(rng, 0.8):
            label, each = DEPOSITS[desc]
            dep = Line(label, Decimal(shipped), each, each * shipped, "EA")
            lines.append(dep)
            entries.append((category, "", "", label, "", "", shipped, shipped, None, each, dep.amount, False, dep))
    if not lines:
        price = money(rng.uniform(20, 60))
        line = Line("FLOUR ALL PURPOSE", Decimal(2), price, price * 2, "CS")
        lines.append(line)
        entries.append(("DRY GROCERY", "7310042", "CLSCSC", line.description, "1", "50 LB", 2, 2, None, price, line.amount, False, line))
    fuel = money(pick(rng, [2.50, 3.95, 4.95, 5.00, 6.95])) if chance(rng, 0.7) else None
    product_total = sum((e[10] for e in entries if e[12] is not None and e[1]), Decimal("0.00"))
    deposits_total = sum((e[10] for e in entries if e[12] is not None and not e[1]), Decimal("0.00"))
    if fuel:
        lines.append(Line("FUEL SURCHARGE", None, None, fuel))
    net = sum((line.amount for line in lines), Decimal("0.00"))
    tax = money(taxable * state_rate / 100)
    total = net + tax
    show_due = days > 0 and chance(rng, 0.5)
    doc = Doc(document_type=DOCUMENT_TYPE, locale="US", currency="USD", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=issued + timedelta(days=days) if show_due else None, payment_terms=terms,
              discount_terms=discount_terms, customer_id=customer_no)

    mono = layout == "broadline" or chance(rng, 0.3)
    theme = Theme.pick(rng, font="Courier" if mono else "Helvetica", size=(7.5, 8.5), table=pick(rng, ["rules", "grid", "minimal"]))
    css = theme.css(".ttl{font-size:12pt;font-weight:bold} .cat td{font-weight:bold;background:#eeeeee} .sub td{font-style:italic}"
                    " table.items td{padding:1.5pt 2pt} table.items th{padding:2pt 2pt}")
    width, height = LETTER
    num = fmt.num
    route, stop = rng.randrange(100, 999), rng.randrange(1, 40)
    meta = [("INVOICE NO", esc(number)), ("INVOICE DATE", fmt.date(issued)), ("DELIVERY DATE", fmt.date(delivery)),
            ("CUSTOMER NO", esc(customer_no)), ("TERMS", esc(terms)),
            ("ROUTE / STOP", f"{route} / {stop}"), ("DRIVER", f"{rng.randrange(1000, 9999)} {person_name(rng, 'US').split()[0].upper()}"),
            ("ORDER NO", f"{rng.randrange(10**6, 10**7)}")]
    if show_due:
        meta.insert(5, ("DUE DATE", fmt.date(doc.due_date)))
    if chance(rng, 0.4):
        meta.append(("CUST PO", f"{rng.randrange(1000, 99999)}"))
    if chance(rng, 0.5):
        meta.append(("SALES REP", f"{rng.randrange(100, 999)} {person_name(rng, 'US').upper()}"))
    meta_html = "<table class='kv' style='width:100%'>" + "".join(
        f"<tr><td style='width:45%' class='b'>{k}</td><td style='width:55%'>{v}</td></tr>" for k, v in meta) + "</table>"
    ship = address(rng, "US") if chance(rng, 0.4) else customer.address
    parties = (f"<table style='width:100%;margin-top:4pt'><tr><td style='width:50%' class='boxed'><p class='small b'>SOLD TO</p>"
               f"<p>{esc(customer.name)}<br/>{lines_html(customer.address)}</p></td>"
               f"<td style='width:50%' class='boxed'><p class='small b'>SHIP TO</p><p>{esc(customer.name.upper())}<br/>"
               f"{lines_html([a.upper() for a in ship])}</p></td></tr></table>")
    head = (f"<table style='width:100%'><tr><td style='width:55%'><p class='ttl'>{esc(vendor.name)}</p>"
            f"<p class='small'>{lines_html(vendor.address)}<br/>{esc(vendor.phone)} · Customer service {esc(vendor.phone)}</p>"
            f"<p class='ttl accent' style='margin-top:6pt'>INVOICE</p></td><td style='width:45%'>{meta_html}</td></tr></table>{parties}")
    cols = [("ORD", "right", "4%"), ("SHP", "right", "4%"), ("PACK", "right", "5%"), ("SIZE", "left", "8%"), ("ITEM#", "left", "8%"),
            ("BRAND", "left", "8%"), ("DESCRIPTION", "left", "36%"), ("WEIGHT", "right", "7%"), ("UNIT PRICE", "right", "10%"),
            ("EXT PRICE", "right", "10%")]
    # widths in points: this MuPDF lays percentage widths out as equal columns
    usable = width - 48 - 5 * len(cols)       # less each cell's side padding and rule
    cols = [(c, a, f"{float(w.rstrip('%')) * usable / 100:.0f}pt") for c, a, w in cols]
    th = "<tr>" + "".join(f"<th style='text-align:{a};width:{w}'>{c}</th>" for c, a, w in cols) + "</tr>"

    def row_html(e) -> str:
        category, item_no, brand, desc, pack, size, ordered, shipped, weight, price, ext, per_lb, _line = e
        if price is None:
            cells = [str(ordered), "0", pack, size, item_no, brand, f"{esc(desc)} ** OUT OF STOCK **", "", "OUT", ""]
        else:
            unit = f"{num(price)} LB" if per_lb else num(price)
            cells = [str(ordered), str(shipped), pack, size, item_no, brand, esc(desc), f"{weight}" if weight is not None else "",
                     unit, num(ext)]
        return "<tr>" + "".join(f"<td style='text-align:{a}'>{c}</td>" for c, (_t, a, _w) in zip(cells, cols, strict=True)) + "</tr>"

    rows: list[str] = []
    if layout == "grouped":
        for category in dict.fromkeys(e[0] for e in entries):
            group = [e for e in entries if e[0] == category]
            rows.append(f"<tr class='cat'><td colspan='10'>{category}</td></tr>")
            rows += [row_html(e) for e in group]
            subtotal = sum((e[10] for e in group if e[10] is not None), Decimal("0.00"))
            rows.append(f"<tr class='sub'><td colspan='9' class='r'>{category} TOTAL</td><td class='r'>{num(subtotal)}</td></tr>")
    else:
        for e in entries:
            rows.append(row_html(e))
            if e[9] is None and chance(rng, 0.4):
                rows.append(f"<tr><td colspan='6'></td><td colspan='4' class='small'>SUB FOR ITEM {rng.randrange(1000000, 9999999)} NOT AVAILABLE</td></tr>")
    cases = sum(e[7] for e in entries if e[1])
    weight_total = sum((e[8] for e in entries if e[8] is not None), Decimal("0"))
    summary = [("PRODUCT TOTAL", num(product_total))]
    if deposits_total:
        summary.append(("DEPOSITS", num(deposits_total)))
    if fuel:
        summary.append(("FUEL SURCHARGE", num(fuel)))
    summary += [(pick(rng, ["TOTAL BEFORE TAX", "SUBTOTAL"]), num(net)), (f"SALES TAX {state_rate}%" if chance(rng, 0.5) else "SALES TAX", num(tax)),
                ("INVOICE TOTAL", fmt.money(total))]
    summary_html = "".join(f"<tr><td style='width:62%' class='{'b' if k == 'INVOICE TOTAL' else ''}'>{k}</td>"
                           f"<td style='width:38%' class='r {'b' if k == 'INVOICE TOTAL' else ''}'>{v}</td></tr>" for k, v in summary)
    footer_block = (f"<table style='width:100%;margin-top:6pt'><tr><td style='width:55%'><p>TOTAL CASES {cases} &#160; TOTAL WEIGHT {weight_total} LB</p>"
                    "<p class='small'>ALL CLAIMS FOR SHORTAGES OR DAMAGED PRODUCT MUST BE NOTED ON THIS INVOICE AT TIME OF DELIVERY. "
                    "PAST DUE ACCOUNTS ARE SUBJECT TO A 1.5% MONTHLY SERVICE CHARGE.</p>"
                    "<p style='margin-top:8pt'>RECEIVED BY ______________________ &#160; DRIVER ____________</p></td>"
                    f"<td style='width:45%'><table style='width:100%'>{summary_html}</table></td></tr></table>")

    def body(chunk, index, is_last):
        top = head if index == 0 else (f"<table style='width:100%'><tr><td style='width:60%' class='b'>{esc(vendor.name)}</td>"
                                       f"<td style='width:40%' class='r'>INVOICE NO {esc(number)} · {esc(customer_no)}</td></tr></table>")
        return top + f"<table class='items'>{th}{''.join(chunk)}</table>" + (footer_block if is_last else "<p class='r small'>CONTINUED</p>")

    sheet = paged_sheet(width, height, css, (24, 24, 24, 22), rows, body,
                        footer=lambda n, c: f"<p class='tiny r'>PAGE {n} OF {c}</p>", footer_height=10)
    return Built(doc=doc, sheet=sheet, template=f"food_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"catch_weight": sum(1 for e in entries if e[11]), "out_of_stock": sum(1 for e in entries if e[9] is None),
                        "fuel": float(fuel) if fuel else None})
