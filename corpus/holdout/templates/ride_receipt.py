"""Ride-hailing or taxi receipt: an app's e-mailed trip receipt, a business-profile receipt, a cab's meter slip.

App receipt (Uber / Bolt look): brand at the top, "Thanks for riding, <rider>", the total charged in
large type, trip date and time, fare breakdown (base fare, distance with km / mi, time with minutes,
busy-time surcharge, booking / service fee, tolls, airport surcharge, promotion, tip), "Total includes
VAT / GST" where the region has it, the card used (ending 1234), the driver's first name, car and plate,
the route (pickup and drop-off street addresses with times), receipt number and trip id, and in small
print the operator's legal entity and registered address (and VAT / ABN). The business-profile receipt
states net, VAT and total in a table (no tip). The meter slip is a narrow till roll (hackney carriage /
taxi: badge and plate numbers, tariff, fare, extras, tip, total, card slip) with the cab firm's name.

Truth: a receipt (customer null: the rider is not a billed customer); vendor = the legal entity in the
small print (not the brand, not the driver; pickup and drop-off are not its address); lines = the fare
components as printed (quantity and unit price null, a promotion negative), adding up to the total;
tax = the VAT / GST included where printed (net only where printed).
"""

from __future__ import annotations

import random
import string
from datetime import datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, abn, address, nl_vat, uk_vat
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import Box, Sheet, fits
from corpus.holdout.templates._third import included_tax

FAMILY = "ride_receipt"
DOCUMENT_TYPE = "receipt"

BRANDS = ["Rydo", "Zipcab", "Hopr", "Veloride"]
LEGAL = {"GB": ("{b} Britain Operations Ltd", ["Aldgate Tower, 2 Leman Street", "London", "E1 8FA"]),
         "NL": ("{b} B.V.", ["Strawinskylaan 41", "1077 XW Amsterdam", "Netherlands"]),
         "AU": ("{b} Australia Pty Ltd", ["Level 11, 201 Sussex Street", "Sydney NSW 2000"]),
         "US": ("{b} Technologies Inc.", ["1515 3rd Street", "San Francisco, CA 94158"])}
TAX = {"GB": Decimal(20), "NL": Decimal(9), "AU": Decimal(10)}
DRIVERS = ["Mohammed", "Piotr", "Ana", "Kwame", "Liam", "Priya", "Tomasz", "Sofia", "Dimitri", "Grace", "Ahmed", "Jun"]
CARS = ["Toyota Prius", "Toyota Corolla Hybrid", "Kia Niro", "Skoda Octavia", "Tesla Model 3", "Hyundai Ioniq", "Ford Galaxy"]


def _plate(rng: random.Random, country: str) -> str:
    up = string.ascii_uppercase
    if country == "GB":
        return f"{rng.choice(up)}{rng.choice(up)}{rng.randrange(10, 75)} {''.join(rng.choice(up) for _ in range(3))}"
    if country == "NL":
        return f"{rng.choice(['G', 'H', 'J', 'K'])}-{rng.randrange(100, 999)}-{rng.choice(up)}{rng.choice(up)}"
    if country == "AU":
        return f"{''.join(rng.choice(up) for _ in range(3))}{rng.randrange(10, 99)}{rng.choice(up)}"
    return f"{rng.randrange(1, 9)}{''.join(rng.choice(up) for _ in range(3))}{rng.randrange(100, 999)}"


def build(rng: random.Random) -> Built:
    country = pick(rng, ["GB", "GB", "NL", "AU", "US"])
    layout = pick(rng, ["app", "app", "business", "cab"]) if country != "NL" else pick(rng, ["app", "app", "business"])
    fmt = Fmt.pick(rng, country if country != "NL" else "NL")
    if country == "NL":
        fmt.lang = "en"
        fmt.date_pattern = pick(rng, ["d_mon_y", "d_month_y", "dmy_dash"])
    unit = "mi" if country in ("GB", "US") else "km"
    day = random_date(rng)
    start = datetime(day.year, day.month, day.day, rng.randrange(0, 24), rng.randrange(60))
    minutes = rng.randrange(6, 55)
    distance = Decimal(rng.randrange(15, 260)) / 10
    brand = pick(rng, BRANDS)
    if layout == "cab":
        vendor = Party(name=pick(rng, [f"{pick(rng, ['Central', 'City', 'Metro', 'Crown', 'Star'])} Cabs Ltd" if country == "GB" else
                                       f"{pick(rng, ['Yellow', 'Silver', 'Metro', 'Crown'])} Taxis {'Pty Ltd' if country == 'AU' else 'LLC'}"]),
                       address=address(rng, country), country=country)
        vendor.tax_id = uk_vat(rng) if country == "GB" and chance(rng, 0.5) else abn(rng) if country == "AU" else None
    else:
        name, lines_ = LEGAL[country]
        vendor = Party(name=name.format(b=brand), address=list(lines_), country=country)
        vendor.tax_id = {"GB": uk_vat, "NL": nl_vat, "AU": abn}.get(country, lambda _r: None)(rng)

    # fare components as the app itemises them
    rate = {"GB": 1.25, "NL": 1.9, "AU": 1.45, "US": 1.6}[country]
    base = money(pick(rng, ["2.50", "3.00", "3.40", "4.00"]))
    dist_amount = money(float(distance) * rate * rng.uniform(0.9, 1.1))
    time_amount = money(minutes * rng.uniform(0.18, 0.35))
    fare: list[tuple[str, Decimal]] = []
    if layout == "cab":
        fare.append((f"Fare (Tariff {pick(rng, [1, 1, 2, 3])})", base + dist_amount + time_amount))
        if chance(rng, 0.4):
            fare.append((pick(rng, ["Extras", "Extra passenger", "Luggage"]), money(pick(rng, ["1.00", "2.00", "3.00"]))))
    elif chance(rng, 0.5):
        fare.append(("Trip fare", base + dist_amount + time_amount))
    else:
        fare += [("Base fare", base), (f"Distance ({distance} {unit})", dist_amount), (f"Time ({minutes} min)", time_amount)]
    if layout != "cab" and chance(rng, 0.3):
        fare.append((pick(rng, ["Busy-time surcharge", "Surge (x1.4)", "High demand fee"]), money(float(dist_amount) * rng.uniform(0.2, 0.5))))
    if layout != "cab":
        fare.append((pick(rng, ["Booking fee", "Service fee"]), money(pick(rng, ["0.85", "1.25", "1.95", "2.55"]))))
    if chance(rng, 0.2):
        fare.append((pick(rng, ["Tolls", "Toll charge", "Congestion charge" if country == "GB" else "Road toll"]), money(pick(rng, ["2.50", "3.20", "7.50", "15.00"]))))
    if chance(rng, 0.15):
        fare.append(("Airport surcharge", money(pick(rng, ["3.00", "5.00", "6.50"]))))
    if layout == "app" and chance(rng, 0.25):
        fare.append((pick(rng, ["Promotion", "Discount (RIDE10)", "Promo applied"]), -money(pick(rng, ["2.00", "3.00", "5.00"]))))
    tip = Decimal("0.00")
    if layout != "business" and chance(rng, 0.4):
        tip = money(pick(rng, ["1.00", "2.00", "3.00", "5.00"]))
        fare.append(("Tip", tip))
    lines = [Line(desc, None, None, amount) for desc, amount in fare]
    total = sum((amount for _d, amount in fare), Decimal("0.00"))
    tax = included_tax(total - tip, TAX[country]) if country in TAX and (layout != "cab" or vendor.tax_id) else None
    net = total - tax if layout == "business" and tax is not None else None
    receipt_no = pick(rng, [f"{rng.randrange(10**7, 10**8)}", f"RCPT-{rng.randrange(10**5, 10**6)}",
                            f"{country}{day.strftime('%y%m')}-{rng.randrange(10**5, 10**6)}"]) if layout != "cab" else f"{rng.randrange(1, 9999):04d}"
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=vendor, customer=None,
              invoice_ids=[receipt_no], document_date=day, total=total, tax=tax, net=net, lines=lines, lines_sum_to="total")

    card = pick(rng, ["Visa", "Mastercard", "Amex", "Apple Pay (Visa)"])
    ending = rng.randrange(1000, 9999)
    pickup = address(rng, country)
    town_lines = 2 if country == "GB" or len(pickup) == 3 and country == "US" else 1
    other = address(rng, country)
    dropoff = [other[-3] if country == "GB" else other[0]] + pickup[-town_lines:]   # a short trip stays in town
    end = start + timedelta(minutes=minutes)
    driver = pick(rng, DRIVERS)
    plate = _plate(rng, country)
    tax_name = {"GB": "VAT", "NL": "VAT", "AU": "GST"}.get(country, "")
    money_, num = fmt.money, fmt.num
    legal = f"{esc(vendor.name)}, {esc(', '.join(vendor.address))}" + (
        f". {'ABN' if country == 'AU' else 'VAT number'} {esc(vendor.tax_id)}" if vendor.tax_id else "")

    if layout == "cab":
        width = pick(rng, [204.0, 226.0])
        theme = Theme.pick(rng, font="Courier", size=(7.0, 8.0), table="minimal", accent="#000000")
        css = theme.css("td{padding:0.3pt 1pt} .hd{font-size:10pt;font-weight:bold}")
        rows = [("Receipt No", receipt_no), ("Date", fmt.date(day)), ("Time", start.strftime("%H:%M")),
                ("Badge No" if country == "GB" else "Driver ID", f"{rng.randrange(10000, 99999)}"), ("Plate", plate),
                ("Distance", f"{distance} {unit}"), ("Duration", f"{minutes} min")]
        fare_rows = [(d, num(a)) for d, a in fare] + [("TOTAL", money_(total))]
        html = (f"<p class='c hd'>{'HACKNEY CARRIAGE' if country == 'GB' else 'TAXI'} RECEIPT</p>"
                f"<p class='c'>{esc(vendor.name)}<br/>{'<br/>'.join(esc(a) for a in vendor.address)}"
                + (f"<br/>{'VAT No' if country == 'GB' else 'ABN'} {esc(vendor.tax_id)}" if vendor.tax_id else "") + "</p>"
                + "<table style='width:100%'>" + "".join(f"<tr><td style='width:50%'>{k}</td><td style='width:50%' class='r'>{v}</td></tr>" for k, v in rows)
                + "</table><p>" + "-" * 32 + "</p><table style='width:100%'>"
                + "".join(f"<tr><td style='width:60%' class='{'hd' if k == 'TOTAL' else ''}'>{esc(k)}</td><td style='width:40%' class='r {'hd' if k == 'TOTAL' else ''}'>{v}</td></tr>"
                          for k, v in fare_rows) + "</table>"
                + (f"<p>{'Total includes' if chance(rng, 0.5) else 'Incl.'} {tax_name} {money_(tax)}</p>" if tax is not None else "")
                + f"<p>{card.upper()} **** {ending}<br/>AUTH {rng.randrange(10**5, 10**6)}<br/>APPROVED</p>"
                  f"<p class='c'>Thank you - please take all belongings</p>")
        height = 260.0
        while not fits(html, css, (8, 8, width - 8, 8 + height)):
            height += 20.0
        sheet = Sheet(width=width, height=height + 16, css=css, pages=[[Box((8, 8, width - 8, 8 + height), html)]])
        return Built(doc=doc, sheet=sheet, template=f"ride_cab_{country.lower()}", notes={"plate": plate})

    theme = Theme.pick(rng, font="Helvetica", size=(8.5, 10.0), table="minimal", accent=pick(rng, ["#000000", "#111111", "#1b5e20", "#3949ab"]))
    css = theme.css(".hero{font-size:24pt;font-weight:bold} .brand{font-size:16pt;font-weight:bold} .cap{font-size:7pt;color:#777}"
                    " table.fare td{padding:3pt 2pt;border-bottom:0.4pt solid #ddd} .map{background:#e8eef3;height:90pt;border:0.5pt solid #bbb}")
    rider = pick(rng, ["Anna", "James", "Sophie", "Daniel", "Emma", "Lucas", "Olivia", "Noah"])
    route = (f"<table style='width:100%;margin-top:6pt'><tr><td style='width:60pt' class='b'>{start.strftime('%H:%M')}</td>"
             f"<td style='width:400pt'>{esc(', '.join(pickup))}</td></tr><tr><td class='b'>{end.strftime('%H:%M')}</td>"
             f"<td>{esc(', '.join(dropoff))}</td></tr></table>")
    fare_html = "<table class='fare' style='width:100%'>" + "".join(
        f"<tr><td style='width:75%'>{esc(d)}</td><td style='width:25%' class='r'>{money_(a) if a >= 0 else '-' + money_(-a)}</td></tr>"
        for d, a in fare) + f"<tr class='grand'><td>Total</td><td class='r'>{money_(total)}</td></tr></table>"
    tax_html = ""
    if tax is not None and layout == "app":
        tax_html = f"<p class='small'>{pick(rng, ['Total includes', 'Includes'])} {tax_name} {money_(tax)}" + \
            (" (tip not subject to VAT)" if tip and tax_name == "VAT" else "") + "</p>"
    elif tax is not None:
        tax_html = (f"<table class='items' style='width:70%'><tr><th>Net fare</th><th class='r'>{tax_name} {int(TAX[country])}%</th>"
                    f"<th class='r'>Total</th></tr><tr><td>{num(net)}</td><td class='r'>{num(tax)}</td><td class='r'>{num(total)}</td></tr></table>")
    trip_id = "-".join("".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    head = (f"<table style='width:100%'><tr><td style='width:60%'><p class='brand'>{brand}</p></td>"
            f"<td style='width:40%' class='r small'>{fmt.date(day)}</td></tr></table>")
    if layout == "app":
        head += (f"<p class='hero' style='margin-top:10pt'>{money_(total)}</p><p>Thanks for riding, {rider}</p>"
                 f"<p class='small muted'>We hope you enjoyed your ride this {pick(rng, ['morning', 'afternoon', 'evening']) if 5 < start.hour < 22 else 'night'}.</p>")
    else:
        head += (f"<p class='b' style='font-size:14pt;margin-top:10pt'>Receipt for business travel</p>"
                 f"<p class='small'>Business profile: {pick(rng, ['Finance team', 'Sales', 'Operations'])} · Expense code {rng.randrange(1000, 9999)}</p>")
    body = (head + f"<p class='cap' style='margin-top:8pt'>Receipt # {esc(receipt_no)} · Trip ID {trip_id}</p>" + fare_html + tax_html
            + f"<p class='b' style='margin-top:8pt'>Payments</p><p>{card} •••• {ending} &nbsp; {money_(total)}<br/>"
              f"<span class='small muted'>{fmt.date(day)} {end.strftime('%H:%M')}</span></p>"
            + f"<p class='b' style='margin-top:8pt'>You rode with {driver}</p><p class='small'>{pick(rng, CARS)} · {plate} · "
              f"rated {rng.randrange(44, 50) / 10}</p>"
            + f"<p class='b' style='margin-top:8pt'>{pick(rng, ['Comfort', 'Standard', 'Green', 'XL'])} · {distance} {unit} · {minutes} min</p>"
            + "<div class='map'></div>" + route
            + f"<p class='tiny muted' style='margin-top:14pt'>This receipt is issued by {legal}. Fares are collected on behalf of the "
              f"driver where applicable. Visit help.{brand.lower()}.example for questions about this trip.</p>")
    width, height = (612.0, 792.0) if country == "US" else (595.28, 841.89)
    sheet = Sheet(width=width, height=height, css=css, pages=[[Box((70, 40, width - 70, height - 40), body)]])
    return Built(doc=doc, sheet=sheet, template=f"ride_{layout}", notes={"brand": brand, "plate": plate, "tip": float(tip)})
