"""Car rental receipt / final invoice, handed over or e-mailed when the car is returned.

Three prints: a US counter "RENTAL RECORD / RECEIPT" (monospaced, rental agreement number, renter,
vehicle with plate and unit number, pick-up and return branch, date and time, mileage out / in, charge
lines "3 DAYS @ 54.99", coverages, fuel "6.2 GAL @ 9.99", airport concession fee recovery, customer
facility charge, vehicle licence fee, subtotal, sales tax, total, card payment and BALANCE DUE 0.00); a
US e-mailed receipt ("Your receipt", agreement number in a header band, trip summary cards, "Charges"
table and "Taxes & fees"); and a UK / Irish-style final invoice (VAT invoice number, rental agreement as
a reference, days x daily rate, collision damage waiver, premium location surcharge, litres of fuel,
net, VAT 20 %, total, paid by card).

Truth: a receipt, so the customer is null although the renter is printed (as a loyalty name on a till
receipt); vendor = the rental company with its printed head-office address (the pick-up and return
branches are decoys); the id is the rental agreement number on the US prints and the invoice number on
the UK print (the agreement number then a decoy); document date = the return date (when the receipt is
closed); the counter print's company name is kept in capitals, as printed. Pick-up / return times, mileage, plate, unit number, reservation / confirmation number, card
approval code are decoys. Lines: days, coverages and extras with quantity x rate, fuel with gallons /
litres x price, percentage fees without quantity; US net = subtotal, tax = the sales tax; UK net, VAT,
total as printed.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line, line_sum, tax_on
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, make_company, person_name
from corpus.holdout.fakes_eighth import fmt_of
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, LETTER, Box, Sheet

FAMILY = "car_rental_receipt"
DOCUMENT_TYPE = "receipt"
US_COMPANIES = [("Redline Rent A Car, Inc.", ["8501 Williams Road", "Estero, FL 33928"]),
                ("Pinnacle Car Rental LLC", ["600 Corporate Park Drive", "St. Louis, MO 63105"]),
                ("Coastal Auto Rentals, Inc.", ["1200 Harbor Boulevard", "Oxnard, CA 93035"]),
                ("Liberty Vehicle Rental Corp.", ["35 Airport Road", "Parsippany, NJ 07054"])]
US_BRANCHES = [("LAX Airport", "9020 Aviation Blvd, Inglewood, CA 90301", Decimal("9.5"), Decimal("11.11")),
               ("Denver Intl Airport", "24530 E 78th Ave, Denver, CO 80249", Decimal("8.81"), Decimal("11.11")),
               ("Orlando Intl Airport", "9403 Jeff Fuqua Blvd, Orlando, FL 32827", Decimal("6.5"), Decimal("10")),
               ("Chicago O'Hare", "10000 Bessie Coleman Dr, Chicago, IL 60666", Decimal("10.25"), Decimal("11.1")),
               ("Downtown Seattle", "1942 Westlake Ave, Seattle, WA 98101", Decimal("10.35"), None)]
GB_COMPANIES = [("Britannia Vehicle Hire Ltd", ["Unit 4, Skyway Park", "Crawley", "RH10 9AB"]),
                ("Highway Car & Van Rental Ltd", ["Meridian House, 21 Station Road", "Slough", "SL1 2RR"]),
                ("Northern Drive Rentals Ltd", ["12 Mercury Court", "Manchester", "M22 5PR"])]
GB_BRANCHES = ["London Heathrow T5", "Manchester Airport", "Edinburgh Airport", "London Kings Cross", "Bristol Temple Meads"]
CARS = [("Toyota Corolla or similar", "ICAR"), ("Nissan Altima or similar", "SCAR"), ("Ford Explorer or similar", "SFAR"),
        ("Chevrolet Malibu or similar", "FCAR"), ("Kia Soul or similar", "CCAR"), ("VW Golf or similar", "CDMR"), ("Vauxhall Corsa or similar", "EDMR")]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["counter", "email", "uk_invoice"])
    uk = layout == "uk_invoice"
    if uk:
        name, hq = pick(rng, GB_COMPANIES)
        vendor = make_company(rng, "GB")
        currency = "GBP"
        fmt = fmt_of("GB", "GBP", number_style="en", symbol="£", position="pre", date_pattern=pick(rng, ["dmy_slash", "d_mon_y", "dd_mon_yyyy"]))
    else:
        name, hq = pick(rng, US_COMPANIES)
        vendor = Party(name=name, address=list(hq), country="US")
        currency = "USD"
        fmt = fmt_of("US", "USD", number_style="en", symbol="$", position="pre", date_pattern=pick(rng, ["mdy_slash", "mon_d_y", "mdy_slash"]))
    vendor.name, vendor.address = name, list(hq)
    picked = random_date(rng)
    days = rng.randrange(1, 15)
    returned = picked + timedelta(days=days)
    out_time = f"{rng.randrange(6, 22):02d}:{pick(rng, ['05', '17', '32', '48'])}"
    in_time = f"{rng.randrange(6, 22):02d}:{pick(rng, ['02', '26', '41', '55'])}"
    miles_out = rng.randrange(3000, 48000)
    driven = rng.randrange(30, 120) * days
    car, acriss = pick(rng, CARS)
    renter = person_name(rng, "GB" if uk else "US")
    agreement = pick(rng, [f"{rng.randrange(10**8, 10**9)}", f"RA{rng.randrange(10**7, 10**8)}", f"{rng.randrange(100, 999)}-{rng.randrange(10**6, 10**7)}"])
    rate = money(rng.uniform(29, 119))
    lines = [Line(pick(rng, ["Time & Mileage - Days", "Daily rate", "Base rate (days)"]) if not uk else "Vehicle hire - days", Decimal(days), rate, rate * days)]
    extras = ([("Loss Damage Waiver (LDW)", 18, 34), ("Supplemental Liability Insurance (SLI)", 11, 19), ("Child safety seat", 10, 15),
               ("Additional driver", 12, 15), ("GPS navigation", 9, 16)] if not uk else
              [("Collision Damage Waiver", 12, 28), ("Super cover excess reduction", 14, 25), ("Additional driver", 9, 14), ("Child seat", 8, 12)])
    for label, low, high in rng.sample(extras, rng.randrange(0, 3)):
        price = money(rng.uniform(low, high))
        lines.append(Line(label, Decimal(days), price, price * days))
    if chance(rng, 0.5):
        qty = Decimal(rng.randrange(15, 140)) / 10
        price = money(rng.uniform(8.5, 10.99)) if not uk else money(rng.uniform(2.2, 2.9))
        lines.append(Line("Refuelling charge" if uk else "Fuel service charge", qty, price, money(qty * price)))
    tax_rate = None
    if uk:
        if chance(rng, 0.6):
            lines.append(Line("Premium location surcharge", None, None, money(rng.uniform(25, 45))))
        net = line_sum(lines)
        tax = tax_on(net, 20)
    else:
        branch, branch_addr, tax_rate, concession = pick(rng, US_BRANCHES)
        base = line_sum(lines)
        if concession is not None:
            lines.append(Line(f"Airport Concession Fee Recovery {concession}%", None, None, money(base * concession / 100)))
            cfc = money(rng.choice([6, 7.5, 10]))
            lines.append(Line("Customer Facility Charge", Decimal(days), cfc, cfc * days))
        vlf = money(rng.uniform(0.9, 2.5))
        lines.append(Line("Vehicle License Fee Recovery", Decimal(days), vlf, vlf * days))
        net = line_sum(lines)
        tax = tax_on(net, tax_rate)
    total = net + tax
    invoice_no = f"{pick(rng, ['INV', 'GB', 'VI'])}{rng.randrange(10**6, 10**7)}" if uk else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale="GB" if uk else "US", currency=currency, vendor=vendor, customer=None,
              invoice_ids=[invoice_no or agreement], document_date=returned, total=total, net=net, tax=tax, lines=lines)
    if not uk:
        vendor.tax_id = None
    m, num = fmt.money, fmt.num
    card, last4 = pick(rng, ["VISA", "MASTERCARD", "AMEX", "DISCOVER"]), f"{rng.randrange(10000):04d}"
    plate = (f"{rng.choice(['7', '8', '9'])}{''.join(rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}{rng.randrange(100, 999)}" if not uk
             else f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTVWXY') for _ in range(2))}{rng.randrange(10, 74)} {''.join(rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}")
    confirmation = f"{rng.randrange(10**9, 10**10)}{pick(rng, ['COUNT', 'US', ''])}"

    def describe(li: Line) -> str:
        if li.quantity is None:
            return esc(li.description)
        unit = "GAL" if "Fuel" in li.description and not uk else ("litres" if "Refuel" in li.description else ("DAYS" if not uk else "days"))
        return f"{esc(li.description)} &nbsp; {fmt.qty(li.quantity)} {unit} @ {num(li.unit_price)}"

    if layout == "counter":
        vendor.name = vendor.name.upper()      # the counter print is in capitals, and the truth keeps names as printed
        theme = Theme.pick(rng, font="Courier", size=(7.5, 8.5), table="minimal")
        css = theme.css()
        width, height = LETTER
        charge_rows = "".join(f"<tr><td>{describe(li)}</td><td class='r'>{num(li.amount)}</td></tr>" for li in lines)
        html = (f"<p class='b' style='font-size:12pt'>{esc(vendor.name)}</p><p>{lines_html(vendor.address)}</p>"
                f"<p class='b' style='margin-top:8pt;font-size:10pt'>RENTAL RECORD / RECEIPT</p>"
                f"<table class='kv' style='margin-top:4pt'><tr><td style='width:150pt'>RENTAL AGREEMENT #</td><td>{agreement}</td></tr>"
                f"<tr><td>RESERVATION #</td><td>{confirmation}</td></tr><tr><td>RENTER</td><td>{esc(renter.upper())}</td></tr>"
                f"<tr><td>VEHICLE</td><td>{esc(car.upper())} ({acriss}) LIC {plate} UNIT {rng.randrange(10**6, 10**7)}</td></tr>"
                f"<tr><td>PICKUP</td><td>{esc(branch.upper())} {fmt.date(picked)} {out_time}</td></tr>"
                f"<tr><td></td><td>{esc(branch_addr.upper())}</td></tr>"
                f"<tr><td>RETURN</td><td>{esc(branch.upper())} {fmt.date(returned)} {in_time}</td></tr>"
                f"<tr><td>MILEAGE OUT / IN</td><td>{miles_out} / {miles_out + driven} &nbsp; DRIVEN {driven} (UNLIMITED)</td></tr>"
                f"<tr><td>FUEL OUT / IN</td><td>8/8 / {pick(rng, ['8/8', '6/8', '5/8', '4/8'])}</td></tr></table>"
                f"<table style='width:75%;margin-top:8pt'><tr><td class='b'>CHARGES</td><td class='r b'>AMOUNT</td></tr>{charge_rows}"
                f"<tr><td>SUBTOTAL</td><td class='r'>{num(net)}</td></tr><tr><td>SALES TAX {tax_rate}%</td><td class='r'>{num(tax)}</td></tr>"
                f"<tr><td class='b'>TOTAL CHARGES</td><td class='r b'>{m(total)}</td></tr>"
                f"<tr><td>{card} XXXXXXXXXXXX{last4} AUTH {rng.randrange(100000, 999999)}</td><td class='r'>{m(total)}</td></tr>"
                f"<tr><td class='b'>BALANCE DUE</td><td class='r b'>{m(Decimal('0.00'))}</td></tr></table>"
                "<p class='small' style='margin-top:10pt'>THANK YOU FOR RENTING WITH US. QUESTIONS ABOUT THIS RECEIPT? KEEP YOUR RENTAL "
                "AGREEMENT NUMBER AT HAND WHEN YOU CALL CUSTOMER SERVICE.</p>")
    elif layout == "email":
        theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.5, 9.5))
        css = theme.css(".card{border:0.6pt solid #bbb;padding:5pt}")
        width, height = LETTER
        rows = [[describe(li), num(li.amount)] for li in lines]
        html = (f"<table style='width:100%'><tr><td class='band' style='width:60%'><span class='b' style='font-size:13pt'>{esc(vendor.name)}</span></td>"
                f"<td class='band r' style='width:40%'>Rental Agreement<br/><b>{agreement}</b></td></tr></table>"
                f"<p style='margin-top:8pt;font-size:12pt' class='b'>Your receipt</p><p>Hi {esc(renter.split()[0])}, thanks for renting with us. "
                f"Here is the receipt for your rental.</p><table style='width:100%;margin-top:6pt'><tr>"
                f"<td class='card' style='width:50%'><span class='muted'>Pick-up</span><br/><b>{esc(branch)}</b><br/>{fmt.date(picked)} {out_time}</td>"
                f"<td class='card' style='width:50%'><span class='muted'>Return</span><br/><b>{esc(branch)}</b><br/>{fmt.date(returned)} {in_time}</td></tr>"
                f"<tr><td class='card'>{esc(car)}<br/>Plate {plate}</td><td class='card'>Odometer {miles_out} - {miles_out + driven}<br/>"
                f"{driven} miles driven</td></tr></table><p class='small'>Confirmation number {confirmation} · Renter {esc(renter)}</p>"
                + items_table([Col("Charges", width="75%"), Col("Amount", "right", "25%")], rows, zebra=theme.table == "zebra")
                + totals_table([("Subtotal", m(net), False), (f"Taxes ({tax_rate}%)", m(tax), False), ("Total", m(total), True),
                                (f"Paid - {card.title()} ending {last4}", m(total), False)])
                + f"<p class='small muted' style='margin-top:10pt'>{esc(vendor.name)} · {esc(', '.join(vendor.address))}</p>")
    else:
        theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times"]), size=(8.5, 9.5))
        css = theme.css()
        width, height = A4
        branch = pick(rng, GB_BRANCHES)
        rows = [[esc(li.description), fmt.qty(li.quantity), num(li.unit_price) if li.unit_price is not None else "", num(li.amount)] for li in lines]
        html = (f"<table style='width:100%'><tr><td style='width:60%'><p class='b' style='font-size:14pt'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}</p><p class='small'>VAT Reg No: {vendor.tax_id}</p></td>"
                f"<td style='width:40%' class='r'><p class='b' style='font-size:13pt'>VAT INVOICE / RECEIPT</p>"
                f"<table class='kv'><tr><td>Invoice No.</td><td>{invoice_no}</td></tr><tr><td>Invoice date</td><td>{fmt.date(returned)}</td></tr>"
                f"<tr><td>Rental agreement</td><td>{agreement}</td></tr></table></td></tr></table>"
                f"<p style='margin-top:8pt'>Hirer: {esc(renter)}</p><p>Vehicle: {esc(car)} · Reg. {plate}</p>"
                f"<p>Out: {esc(branch)} {fmt.date(picked)} {out_time} · In: {esc(branch)} {fmt.date(returned)} {in_time}</p>"
                f"<p>Mileage out {miles_out} · in {miles_out + driven}</p>"
                + items_table([Col("Description", width="52%"), Col("Qty", "right", "12%"), Col("Rate", "right", "16%"), Col("Amount", "right", "20%")],
                              rows, zebra=theme.table == "zebra")
                + totals_table([("Net", m(net), False), ("VAT @ 20%", m(tax), False), ("Total", m(total), True),
                                (f"Paid by {card.title()} ****{last4}", m(total), False)])
                + "<p class='small muted'>Any damage, fines or tolls notified after return will be invoiced separately.</p>")
    sheet = Sheet(width=width, height=height, css=css, pages=[[Box((40, 36, width - 40, height - 36), html)]])
    return Built(doc=doc, sheet=sheet, template=f"rental_{layout}",
                 notes={"agreement": agreement, "renter": renter, "plate": plate, "picked": picked.isoformat()})
