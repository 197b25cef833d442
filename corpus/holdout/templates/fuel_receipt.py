"""Fuel station / truck stop receipt (till roll): AU service station, GB forecourt, US truck stop.

Station name and address, the operator's ABN (AU, "TAX INVOICE") or VAT number (GB; the truth's tax
id), none in the US; pump number, grade, litres or gallons x price per unit (three decimals, as the
pump shows it) and the amount; shop items (one-off amounts, or "2 @ 2.49"), GST-free / zero-rated
items flagged; AU "Total includes GST", GB VAT summary (rate, net, VAT, gross with its total row), US
subtotal + sales tax on taxable shop items only (fuel taxes are in the pump price); card slip with
masked PAN, AID, auth code, RRN / STAN, "APPROVED"; loyalty card and fleet card numbers, odometer,
rego / unit number, driver id (decoys); receipt / transaction number (= id) beside till, operator,
shift and sequence numbers (decoys).

Truth: a receipt, customer null; a fuel line's quantity is the litres / gallons and its unit price the
printed price per unit (three decimals kept), amount as printed; an item sold once has quantity and
unit price null; AU: tax = the GST included, net null; GB: net and tax from the summary's total row;
US: net = subtotal, tax = the sales-tax line (0.00 when printed so).
"""

from __future__ import annotations

import random
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import PLACE_WORDS, make_company
from corpus.holdout.locales import Fmt
from corpus.holdout.money import CENT, money, random_date
from corpus.holdout.render import Box, Sheet, fits
from corpus.holdout.templates._third import included_tax

FAMILY = "fuel_receipt"
DOCUMENT_TYPE = "receipt"

GRADES = {"AU": [("Unleaded 91", 1.68, 2.15), ("E10", 1.62, 2.05), ("Premium 95", 1.85, 2.32), ("Premium 98", 1.95, 2.45),
                 ("Diesel", 1.79, 2.25)],
          "GB": [("Unleaded", 1.35, 1.62), ("Super Unleaded", 1.49, 1.79), ("Diesel", 1.42, 1.68), ("Premium Diesel", 1.55, 1.85)],
          "US": [("DIESEL #2", 3.45, 4.89), ("DIESEL", 3.45, 4.89), ("UNLEADED", 2.89, 4.19)]}
SHOP = {"AU": [("Coke No Sugar 600ml", 4.2, 5.2, True), ("Pie Chunky Steak", 5.5, 6.9, True), ("Coffee Large", 4.8, 6.2, True),
               ("Windscreen Wash 4L", 7.5, 12.9, True), ("Milk 2L", 3.1, 4.4, False), ("Bread White 700g", 3.5, 4.9, False),
               ("Ice 5kg", 4.5, 6.5, True), ("Chocolate Bar 50g", 2.5, 3.9, True)],
        "GB": [("Meal Deal", 3.5, 4.5, True), ("Coffee Regular", 2.2, 3.4, True), ("Screenwash 5L", 5.0, 8.0, True),
               ("Newspaper", 1.8, 3.2, False), ("Milk 2 Pint", 1.2, 1.8, False), ("Water 500ml", 0.9, 1.6, True),
               ("Car Wash Deluxe", 7.0, 12.0, True), ("AdBlue 10L", 11.0, 17.0, True)],
        "US": [("COFFEE 20OZ", 1.99, 2.89, True), ("BEEF JERKY", 6.99, 9.99, True), ("ENERGY DRINK 16OZ", 2.99, 3.79, True),
               ("HOT DOG", 1.99, 3.49, True), ("WATER 1L", 1.49, 2.29, True), ("LOG BOOK", 3.99, 6.99, True),
               ("SHOWER", 0.0, 0.0, False), ("BANANA", 0.59, 0.99, False)]}


def _station(rng: random.Random, country: str) -> str:
    place = pick(rng, PLACE_WORDS["en"])
    if country == "US":
        return pick(rng, [f"{place} Travel Plaza #{rng.randrange(100, 999)}", f"{place} Truck Stop", f"{place} Travel Center #{rng.randrange(10, 999)}"])
    if country == "GB":
        return pick(rng, [f"{place} Service Station", f"{place} Filling Station", f"{place} Forecourt & Shop"])
    return pick(rng, [f"{place} Fuel & Convenience", f"Metro {place} Service Station", f"{place} Roadhouse", f"{place} Fuels"])


def build(rng: random.Random) -> Built:
    country = pick(rng, ["AU", "GB", "US"])
    legal = make_company(rng, country)
    station = make_company(rng, country)
    station.name = _station(rng, country)
    station.tax_id = legal.tax_id if country != "US" else None
    fmt = Fmt.pick(rng, country, date_pattern={"US": "mdy_slash", "GB": "dmy_slash", "AU": "dmy_slash"}[country])
    day = random_date(rng)
    when = datetime(day.year, day.month, day.day, rng.randrange(0, 24), rng.randrange(60), rng.randrange(60))
    unit = "GAL" if country == "US" else "L"
    symbol = {"AU": "$", "GB": "£", "US": "$"}[country]
    rows: list[tuple[str, str, str]] = []     # (first line, detail line, amount text)
    lines: list[Line] = []
    flags: list[bool] = []                    # taxable (US) / standard-rated (AU GST, GB VAT)
    grades = rng.sample(GRADES[country], 2 if country == "US" and chance(rng, 0.3) else 1)
    pump = rng.randrange(1, 24 if country == "US" else 12)
    for grade, low, high in grades:
        price = Decimal(f"{rng.uniform(low, high):.3f}")
        volume = Decimal(rng.randrange(80000, 260000) if country == "US" and "DIESEL" in grade else rng.randrange(12000, 82000)) / 1000
        if not volume:
            volume = Decimal("20.000")
        amount = (volume * price).quantize(CENT, rounding=ROUND_HALF_UP)
        label = f"Pump {pump:02d} {grade}" if country != "US" else f"PUMP# {pump} {grade}"
        lines.append(Line(label, volume, price, amount, unit))
        flags.append(True)
        rows.append((label, f"{volume} {unit} @ {symbol}{price}/{unit}", f"{amount}"))
    for desc, low, high, standard in rng.sample(SHOP[country], rng.randrange(0, 4)):
        if desc == "SHOWER":
            continue
        price = money(rng.uniform(low, high))
        if chance(rng, 0.25):
            qty = Decimal(pick(rng, [2, 2, 3]))
            lines.append(Line(desc, qty, price, qty * price))
            rows.append((desc, f"{qty} @ {price}", f"{qty * price}"))
        else:
            lines.append(Line(desc, None, None, price))
            rows.append((desc, "", f"{price}"))
        flags.append(standard)
    gross = sum((ln.amount for ln in lines), Decimal("0.00"))
    net = tax = None
    sales_tax_rate = Decimal("0")
    vat_rows: list[tuple[str, Decimal, Decimal, Decimal]] = []
    if country == "AU":
        tax = included_tax(sum((ln.amount for ln, f in zip(lines, flags, strict=True) if f), Decimal("0.00")), Decimal(10))
        total = gross
        lines_sum_to = "total"
    elif country == "GB":
        std = sum((ln.amount for ln, f in zip(lines, flags, strict=True) if f), Decimal("0.00"))
        zero = gross - std
        vat_std = included_tax(std, Decimal(20))
        vat_rows = [("20.00%", std - vat_std, vat_std, std)] + ([("0.00%", zero, Decimal("0.00"), zero)] if zero else [])
        tax = vat_std
        net = gross - vat_std
        total = gross
        lines_sum_to = "total"
    else:
        sales_tax_rate = pick(rng, [Decimal("6.25"), Decimal("7.0"), Decimal("8.25"), Decimal("6.0")])
        taxable = sum((ln.amount for ln, f in zip(lines, flags, strict=True) if f and ln.unit != unit), Decimal("0.00"))
        tax = money(taxable * sales_tax_rate / 100)
        net = gross
        total = gross + tax
        lines_sum_to = "net"
    receipt_no = pick(rng, [str(rng.randrange(100000, 999999)), f"{rng.randrange(1, 9)}{rng.randrange(10**6, 10**7)}", str(rng.randrange(1000, 99999))])
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=station, customer=None,
              invoice_ids=[receipt_no], document_date=day, total=total, net=net, tax=tax, lines=lines, lines_sum_to=lines_sum_to)

    width = pick(rng, [204.0, 226.0])
    theme = Theme.pick(rng, font="Courier" if chance(rng, 0.75) else "Helvetica", size=(7.0, 8.0), table="minimal", accent="#000000")
    css = theme.css("td{padding:0.3pt 1pt} .hd{font-size:10.5pt;font-weight:bold} .sm{font-size:6pt}")
    upper = country == "US" or chance(rng, 0.3)

    def t(text: str) -> str:
        return esc(text.upper() if upper else text)

    rule = "<p class='c'>" + "-" * 34 + "</p>"
    parts = [f"<p class='c hd'>{esc(station.name)}</p><p class='c'>{'<br/>'.join(esc(a) for a in station.address)}<br/>Ph {esc(legal.phone)}</p>"]
    if country == "AU":
        parts.append(f"<p class='c'>Operated by {esc(legal.name)}<br/>ABN {esc(station.tax_id)}</p><p class='c b'>TAX INVOICE</p>")
    elif country == "GB":
        parts.append(f"<p class='c'>{esc(legal.name)}<br/>VAT No: {esc(station.tax_id)}</p>")
    else:
        parts.append(f"<p class='c'>STORE #{rng.randrange(100, 999)} · DIESEL LANES 1-{rng.randrange(8, 24)}</p>")
    id_label = pick(rng, {"AU": ["Receipt No:", "Trans No:", "Invoice:"], "GB": ["Receipt No:", "Trans:", "Receipt"],
                          "US": ["INVOICE#", "TRANS#", "RECEIPT#"]}[country])
    till = f"{t('Till')} {rng.randrange(1, 6)}  {t('Op')} {rng.randrange(10, 999)}  {t('Shift')} {rng.randrange(1, 4)}"
    parts.append(f"<table style='width:100%'><tr><td style='width:55%'>{fmt.date(day)}</td><td style='width:45%' class='r'>{when.strftime('%H:%M:%S')}</td></tr>"
                 f"<tr><td colspan='2'>{id_label} {esc(receipt_no)}</td></tr><tr><td colspan='2' class='sm'>{till}</td></tr></table>{rule}")
    item_rows = []
    for first, detail, amount in rows:
        star = ""
        line = lines[len(item_rows)]
        std = flags[len(item_rows)]
        if country == "AU" and not std:
            star = " #"
        elif country == "US" and std and line.unit != unit:
            star = " T"
        elif country == "GB" and not std:
            star = " Z"
        item_rows.append(f"<tr><td style='width:72%'>{t(first)}</td><td style='width:28%' class='r'>{'' if detail else fmt.num(Decimal(amount)) + star}</td></tr>"
                         + (f"<tr><td style='padding-left:6pt'>{esc(detail)}</td><td class='r'>{fmt.num(Decimal(amount))}{star}</td></tr>" if detail else ""))
    parts.append(f"<table style='width:100%'>{''.join(item_rows)}</table>{rule}")
    sums = []
    if country == "US":
        sums = [("SUBTOTAL", fmt.num(net)), (f"TAX {sales_tax_rate}%" if chance(rng, 0.5) else "SALES TAX", fmt.num(tax))]
    sums.append((pick(rng, ["TOTAL", "TOTAL DUE", "Total"]) if country != "US" else "TOTAL", fmt.money(total)))
    parts.append("<table style='width:100%'>" + "".join(
        f"<tr><td style='width:60%' class='{'hd' if k.upper().startswith('TOTAL') else ''}'>{k}</td>"
        f"<td style='width:40%' class='r {'hd' if k.upper().startswith('TOTAL') else ''}'>{v}</td></tr>" for k, v in sums) + "</table>")
    if country == "AU":
        parts.append(f"<p>{pick(rng, ['Total includes GST', 'GST included in total', 'Includes GST of'])} {fmt.money(tax)}</p>"
                     + ("<p class='sm'># denotes GST-free item</p>" if not all(flags) else ""))
    elif country == "GB":
        rows_html = "".join(f"<tr><td>{r}</td><td class='r'>{fmt.num(n)}</td><td class='r'>{fmt.num(v)}</td><td class='r'>{fmt.num(g)}</td></tr>"
                            for r, n, v, g in vat_rows)
        if len(vat_rows) > 1 or chance(rng, 0.5):
            rows_html += f"<tr><td class='b'>Total</td><td class='r b'>{fmt.num(net)}</td><td class='r b'>{fmt.num(tax)}</td><td class='r b'>{fmt.num(total)}</td></tr>"
        parts.append("<table style='width:100%'><tr><td style='width:25%'>VAT</td><td style='width:25%' class='r'>Net</td>"
                     f"<td style='width:25%' class='r'>VAT</td><td style='width:25%' class='r'>Gross</td></tr>{rows_html}</table>")
    else:
        parts.append("<p class='sm'>FUEL PRICES INCLUDE FEDERAL AND STATE FUEL TAXES. T = TAXABLE</p>")
    card = pick(rng, ["VISA", "MASTERCARD", "EFTPOS", "FLEET"] if country != "US" else ["FLEET", "FLEET", "VISA", "MASTERCARD"])
    slip = [(t("Card"), card), ("PAN", f"**** **** **** {rng.randrange(1000, 9999)}"), ("AID", pick(rng, ["A0000000031010", "A0000000041010", "A00000038410"])),
            (t("Auth code") if country != "US" else "AUTH#", f"{rng.randrange(10**5, 10**6)}"), ("RRN", f"{rng.randrange(10**11, 10**12)}"),
            ("STAN", f"{rng.randrange(10**5, 10**6)}"), (t("Amount"), fmt.money(total))]
    parts.append(f"{rule}<p class='c b'>{t('Customer copy')}</p><table class='sm' style='width:100%'>" + "".join(
        f"<tr><td style='width:40%'>{k}</td><td style='width:60%' class='r'>{v}</td></tr>" for k, v in slip) + "</table>"
        + f"<p class='c b'>{'APPROVED' if chance(rng, 0.5) else 'APPROVED 00'}</p>")
    if card == "FLEET":
        prompts = [("UNIT#" if country == "US" else "Rego", f"{rng.randrange(100, 9999)}" if country == "US" else f"{rng.choice('ABCDEFGHJK')}{rng.choice('ABCDEFGHJK')}{rng.randrange(10, 99)}{rng.choice('XYZ')}"),
                   ("ODOMETER" if country == "US" else "Odometer", f"{rng.randrange(10**4, 10**6)}"),
                   ("DRIVER ID" if country == "US" else "Driver", f"{rng.randrange(1, 9999):04d}")]
        if country == "US":
            prompts.append(("TRIP#", f"{rng.randrange(10**4, 10**5)}"))
        parts.append("<table class='sm' style='width:100%'>" + "".join(
            f"<tr><td style='width:50%'>{k}</td><td style='width:50%' class='r'>{v}</td></tr>" for k, v in prompts) + "</table>")
    if chance(rng, 0.5):
        program = {"AU": "FuelPlus Rewards", "GB": "DriveClub Points", "US": "ROADMILES"}[country]
        saving = {"AU": "You saved 4c/L today", "GB": "Points earned: " + str(rng.randrange(20, 400)), "US": f"POINTS EARNED {rng.randrange(50, 900)}"}[country]
        parts.append(f"<p class='c sm'>{program} {rng.randrange(6000, 6999)} **** **** {rng.randrange(1000, 9999)}<br/>{saving}</p>")
    parts.append(f"<p class='c'>{t(pick(rng, ['Thank you for your custom', 'Thank you, drive safely', 'Thanks for stopping by']))}</p>"
                 f"<p class='c sm'>{t('Seq')} {rng.randrange(10**5, 10**6)}</p>")
    html = "".join(parts)
    margin = 9.0
    height = 300.0
    while not fits(html, css, (margin, margin, width - margin, margin + height)):
        height += 20.0
    sheet = Sheet(width=width, height=height + 2 * margin, css=css, pages=[[Box((margin, margin, width - margin, margin + height), html)]])
    return Built(doc=doc, sheet=sheet, template=f"fuel_{country.lower()}", notes={"card": card, "grades": len(grades)})
