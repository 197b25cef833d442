"""Airline e-ticket receipt / itinerary receipt: the airline's own print, its website's receipt, or an agency's print.

Three prints: the classic "ELECTRONIC TICKET PASSENGER ITINERARY/RECEIPT" (Courier-like, passenger as
`SURNAME/FIRST MR`, ticket number, booking reference, segments with `14MAR` dates, fare calculation line,
FARE / TAX / TOTAL with the currency code before each amount, the tax codes `GB 85.00 UB 28.40 YQ 120.00`
or an `XT` total of the smaller ones, form of payment `CCVI XXXXXXXXXXXX1234`); the airline website's
"Receipt" (booking reference in a hero box, flights as cards, "Payment summary" with "Taxes, fees and
charges" broken down by code and name); and an agency-issued itinerary receipt (agency letterhead, IATA
number, "Issuing airline" block with the airline's address). Booking reference (PNR), segment dates,
flight numbers, the fare calculation, NUC amounts, ROE, baggage and the agency's IATA number are decoys.

Truth: a receipt, so the customer is null (the passenger is printed, as a till receipt's loyalty name);
vendor = the validating (issuing) airline with its printed address, never the agency; id = the
13-digit ticket number as printed; document date = the date of issue; net = the printed fare, tax =
the taxes, fees and carrier charges (the combined figure, or the sum of the printed codes), total as
printed; one line: the fare as printed (no quantity).
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import address, make_company, person_name
from corpus.holdout.fakes_seventh import fmt_of, pnr, ticket_number
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, LETTER, Box, Sheet

FAMILY = "airline_ticket_receipt"
DOCUMENT_TYPE = "receipt"

# legal name, code, numeric code, country, address
AIRLINES = [("Albion Airways plc", "AB", "724", "GB", ["Waterside HAA2, Harmondsworth", "West Drayton", "UB7 0GB"]),
            ("Skyreach Airlines Limited", "SK", "731", "GB", ["Hangar 7, Gatwick Airport", "Crawley", "RH6 0NP"]),
            ("Northstar Air Lines, Inc.", "NS", "737", "US", ["1030 Delta Boulevard", "Atlanta, GA 30354"]),
            ("Pacific Crest Airlines, Inc.", "PX", "742", "US", ["2800 Airport Drive", "Seattle, WA 98158"]),
            ("Southern Cross Airways Pty Ltd", "SX", "781", "AU", ["10 Bourke Road", "Mascot NSW 2020"]),
            ("Hanseflug AG", "HF", "755", "DE", ["Flughafenstraße 40", "60549 Frankfurt am Main"])]
ROUTES = {"GB": [("LHR", "London Heathrow", "JFK", "New York JFK"), ("LGW", "London Gatwick", "BCN", "Barcelona"),
                 ("MAN", "Manchester", "DXB", "Dubai"), ("LHR", "London Heathrow", "EDI", "Edinburgh")],
          "US": [("ATL", "Atlanta", "LAX", "Los Angeles"), ("SEA", "Seattle", "ORD", "Chicago O'Hare"),
                 ("JFK", "New York JFK", "CDG", "Paris CDG"), ("BOS", "Boston", "DEN", "Denver")],
          "AU": [("SYD", "Sydney", "MEL", "Melbourne"), ("BNE", "Brisbane", "SIN", "Singapore"), ("MEL", "Melbourne", "AKL", "Auckland")],
          "DE": [("FRA", "Frankfurt", "LIS", "Lisbon"), ("MUC", "Munich", "JFK", "New York JFK"), ("FRA", "Frankfurt", "BER", "Berlin")]}
# tax code, name, low, high
TAXES = {"GB": [("GB", "Air Passenger Duty", 13, 200), ("UB", "Passenger Service Charge", 18, 48), ("YQ", "Carrier-imposed surcharge", 40, 260)],
         "US": [("US", "US Transportation Tax", 18, 70), ("XF", "Passenger Facility Charge", 4.5, 9), ("ZP", "US Flight Segment Tax", 5, 10),
                ("AY", "September 11th Security Fee", 5.6, 11.2), ("YR", "Carrier-imposed surcharge", 20, 180)],
         "AU": [("AU", "Passenger Movement Charge", 70, 70), ("WY", "Australian Departure Tax", 15, 30), ("WG", "Safety and Security Charge", 8, 20),
                ("YQ", "Fuel surcharge", 30, 160)],
         "DE": [("DE", "Luftverkehrsteuer / German aviation tax", 15, 71), ("RA", "Security charge", 8, 15), ("OY", "Passenger service charge", 12, 30),
                ("YQ", "Carrier-imposed surcharge", 25, 200)]}
CURRENCY = {"GB": "GBP", "US": "USD", "AU": "AUD", "DE": "EUR"}
CABINS = [("Y", "Economy"), ("M", "Economy"), ("W", "Premium Economy"), ("J", "Business"), ("Q", "Economy")]


def build(rng: random.Random) -> Built:
    legal, code, numeric, country, hq = pick(rng, AIRLINES)
    vendor = make_company(rng, country)
    vendor.name, vendor.address = legal, list(hq)
    layout = pick(rng, ["eticket", "web", "agency"])
    if layout != "web" or country == "US":      # only the website's small print carries the VAT number / ABN
        vendor.tax_id = None
    currency = CURRENCY[country]
    number_style = "de" if country == "DE" and layout == "web" and chance(rng, 0.5) else "en"
    date_pattern = {"US": pick(rng, ["month_d_y", "mon_d_y", "d_mon_y"]), "DE": pick(rng, ["d_mon_y", "dd_mon_yyyy", "dmy_dot"])}.get(
        country, pick(rng, ["d_mon_y", "dd_mon_yyyy", "d_month_y"]))
    fmt = fmt_of(country, currency, number_style=number_style, symbol=currency, position="pre_space", date_pattern=date_pattern)
    issued = random_date(rng)
    ticket = ticket_number(rng, numeric)
    ticket_printed = pick(rng, [ticket, f"{ticket[:3]}-{ticket[3:]}", f"{ticket[:3]} {ticket[3:]}"])
    booking = pnr(rng)
    first, _, surname = person_name(rng, "GB" if country != "DE" else "DE").partition(" ")
    passenger = f"{surname.upper()}/{first.upper()} {pick(rng, ['MR', 'MS', 'MRS', 'DR'])}"
    origin, origin_name, dest, dest_name = pick(rng, ROUTES[country])
    cabin, cabin_name = pick(rng, CABINS)
    out_day = issued + timedelta(days=rng.randrange(3, 120))
    segments = [(f"{code} {rng.randrange(10, 2999)}", origin, origin_name, dest, dest_name, out_day)]
    if chance(rng, 0.75):
        segments.append((f"{code} {rng.randrange(10, 2999)}", dest, dest_name, origin, origin_name, out_day + timedelta(days=rng.randrange(2, 21))))
    fare = money(round(rng.uniform(60, 2400 if cabin == "J" else 900)))
    taxes = [(c, name, money(rng.uniform(low, high))) for c, name, low, high in TAXES[country] if chance(rng, 0.85) or c in ("GB", "US", "AU", "DE")]
    tax = sum((t[2] for t in taxes), Decimal("0.00"))
    total = fare + tax
    fare_label = pick(rng, ["Fare", "Air fare", "Base fare", "Airfare"])
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=currency, vendor=vendor, customer=None,
              invoice_ids=[ticket_printed], document_date=issued, total=total, net=fare, tax=tax,
              lines=[Line(fare_label, None, None, fare)])
    card = f"{pick(rng, ['VI', 'CA', 'AX'])}"
    last4 = f"{rng.randrange(10000):04d}"
    fare_basis = f"{cabin}{pick(rng, ['LOWGB', 'HX7', 'KOWUS', 'SAVER', 'RT14'])}"

    def amt(value: Decimal) -> str:
        return f"{currency} {fmt.num(value)}"

    def ddmon(day) -> str:
        return day.strftime("%d%b").upper()

    theme = Theme.pick(rng, font="Courier" if layout == "eticket" else pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.5, 9.0),
                       table=pick(rng, ["rules", "minimal", "grid"]))
    css = theme.css(".cap{font-size:6.5pt;color:#666} .hero{font-size:16pt;font-weight:bold;letter-spacing:2pt} "
                    ".card{border:0.8pt solid #bbb;padding:5pt;margin-top:5pt}")
    width, height = LETTER if country == "US" else A4
    nuc = money(fare / Decimal(pick(rng, ["0.786", "1.000", "0.921", "1.517"])))
    fare_calc = (f"{segments[0][1][:3]} {code} {segments[0][3]}{'' if len(segments) == 1 else f' {code} {segments[1][3]}'} "
                 f"{fmt.num(nuc)}NUC{fmt.num(nuc)}END ROE{pick(rng, ['0.786', '1.000', '0.921'])}")
    big = [t for t in taxes if t[2] >= 20]
    small = [t for t in taxes if t[2] < 20]
    if layout == "eticket" and small and len(taxes) > 2 and chance(rng, 0.6):
        tax_codes = [f"{fmt.num(t[2])}{t[0]}" for t in big] + [f"{fmt.num(sum((t[2] for t in small), Decimal('0.00')))}XT"]
    else:
        tax_codes = [f"{fmt.num(t[2])}{t[0]}" for t in taxes]
    notes = {"pnr": booking, "passenger": passenger, "segment_dates": [s[5].isoformat() for s in segments]}

    if layout == "eticket":
        vendor.name, vendor.address = legal.upper(), [line.upper() for line in vendor.address]   # the ticket print is all capitals
        seg_rows = "".join(f"<tr><td>{esc(f)}</td><td>{ddmon(d)}</td><td>{o} {esc(on.upper())}</td><td>{de} {esc(dn.upper())}</td>"
                           f"<td>{rng.randrange(6, 22):02d}{pick(rng, ['05', '20', '35', '50'])}</td><td>{cabin}</td><td>{fare_basis}</td>"
                           f"<td>{pick(rng, ['1PC', '2PC', '23K', '0PC'])}</td><td>OK</td></tr>" for f, o, on, de, dn, d in segments)
        html = (f"<p class='b' style='font-size:11pt'>ELECTRONIC TICKET</p><p class='b'>PASSENGER ITINERARY/RECEIPT</p>"
                f"<p>CUSTOMER COPY</p><table class='kv' style='margin-top:8pt'>"
                f"<tr><td style='width:150pt'>PASSENGER:</td><td>{esc(passenger)}</td></tr>"
                f"<tr><td>ETKT NBR:</td><td>{esc(ticket_printed)}</td></tr>"
                f"<tr><td>ISSUING AIRLINE:</td><td>{esc(vendor.name)}</td></tr>"
                f"<tr><td></td><td>{lines_html(vendor.address)}</td></tr>"
                f"<tr><td>DATE OF ISSUE:</td><td>{fmt.date(issued)}</td></tr>"
                f"<tr><td>BOOKING REF:</td><td>{booking}</td></tr>"
                f"<tr><td>IATA:</td><td>{rng.randrange(10**7, 10**8)}</td></tr></table>"
                "<table class='items'><tr><th>FLIGHT</th><th>DATE</th><th>FROM</th><th>TO</th><th>DEP</th><th>CL</th>"
                f"<th>FARE BASIS</th><th>BAG</th><th>ST</th></tr>{seg_rows}</table>"
                f"<p style='margin-top:8pt'>FARE CALC: {esc(fare_calc)}</p>"
                f"<table class='kv' style='margin-top:6pt'><tr><td style='width:150pt'>{fare_label.upper()}:</td><td>{amt(fare)}</td></tr>"
                f"<tr><td>TAX:</td><td>{' '.join(tax_codes)}</td></tr>"
                + (f"<tr><td>TAXES/FEES/CHARGES:</td><td>{amt(tax)}</td></tr>" if chance(rng, 0.5) else "")
                + f"<tr><td class='b'>TOTAL:</td><td class='b'>{amt(total)}</td></tr>"
                f"<tr><td>FORM OF PAYMENT:</td><td>CC{card} XXXXXXXXXXXX{last4}</td></tr>"
                f"<tr><td>ENDORSEMENTS:</td><td>NONREF/CHG FEE APPLIES</td></tr></table>"
                "<p class='small' style='margin-top:10pt'>CARRIAGE AND OTHER SERVICES PROVIDED BY THE CARRIER ARE SUBJECT TO "
                "CONDITIONS OF CARRIAGE. PASSENGERS ON A JOURNEY INVOLVING AN ULTIMATE DESTINATION OR A STOP IN A COUNTRY "
                "OTHER THAN THE COUNTRY OF DEPARTURE ARE ADVISED THAT INTERNATIONAL TREATIES KNOWN AS THE MONTREAL CONVENTION "
                "MAY APPLY.</p>")
    elif layout == "web":
        notes["passenger"] = f"{first} {surname}"     # the website prints the name as booked, not the ticket's NAME/FIRST
        cards = "".join(f"<div class='card'><table style='width:100%'><tr><td style='width:30%'><span class='b'>{esc(f)}</span><br/>"
                        f"<span class='cap'>{cabin_name} ({cabin})</span></td><td style='width:35%'><span class='b'>{o}</span> {esc(on)}<br/>"
                        f"{fmt.date(d)}</td><td style='width:35%'><span class='b'>{de}</span> {esc(dn)}<br/>{fmt.date(d)}</td></tr></table></div>"
                        for f, o, on, de, dn, d in segments)
        tax_rows = "".join(f"<tr><td style='width:55%' class='muted'>{t[0]} &#8211; {esc(t[1])}</td><td class='r' style='width:45%'>{amt(t[2])}</td></tr>"
                           for t in taxes)
        html = (f"<table style='width:100%'><tr><td style='width:60%'><p class='b accent' style='font-size:15pt'>{esc(legal.split(',')[0])}</p>"
                f"<p class='b' style='font-size:13pt'>Receipt</p></td><td style='width:40%' class='r'><span class='cap'>Booking reference</span>"
                f"<br/><span class='hero'>{booking}</span></td></tr></table>"
                f"<table class='kv' style='margin-top:8pt'><tr><td class='muted' style='width:110pt'>Passenger</td><td>{esc(first)} {esc(surname)}</td></tr>"
                f"<tr><td class='muted'>Ticket number</td><td>{esc(ticket_printed)}</td></tr>"
                f"<tr><td class='muted'>Date of issue</td><td>{fmt.date(issued)}</td></tr></table>"
                f"<p class='b' style='margin-top:8pt'>Your flights</p>{cards}"
                f"<p class='b' style='margin-top:10pt'>Payment summary</p><table style='width:70%'>"
                f"<tr><td style='width:55%'>{fare_label}</td><td class='r' style='width:45%'>{amt(fare)}</td></tr>"
                f"<tr><td>Taxes, fees and charges</td><td class='r'>{amt(tax)}</td></tr>{tax_rows}"
                f"<tr class='grand'><td>Total {pick(rng, ['paid', 'price', ''])}</td><td class='r'>{amt(total)}</td></tr></table>"
                f"<p style='margin-top:6pt'>Paid by {pick(rng, ['Visa', 'Mastercard', 'American Express'])} ending {last4} on {fmt.date(issued)}</p>"
                f"<p class='small muted' style='margin-top:14pt'>{esc(legal)}, {esc(', '.join(vendor.address))}. "
                f"{('ABN ' if country == 'AU' else 'VAT No. ') + esc(vendor.tax_id) if vendor.tax_id else ''}</p>")
    else:
        agency = make_company(rng, country)
        agency.name = f"{agency.name.split()[0]} {pick(rng, ['Travel', 'Travel Management', 'Corporate Travel', 'Reisen'])}"
        agency.address = address(rng, country)
        seg_rows = "".join(f"<tr><td>{fmt.date(d)}</td><td>{esc(f)}</td><td>{esc(on)} ({o})</td><td>{esc(dn)} ({de})</td>"
                           f"<td>{cabin_name}</td><td>{booking}</td></tr>" for f, o, on, de, dn, d in segments)
        tax_text = ", ".join(f"{t[0]} {fmt.num(t[2])}" for t in taxes)
        html = (f"<table style='width:100%'><tr><td style='width:60%'><p class='b' style='font-size:13pt'>{esc(agency.name)}</p>"
                f"<p class='small'>{lines_html(agency.address)}<br/>Tel {esc(agency.phone)} · IATA {rng.randrange(10**7, 10**8)}</p></td>"
                f"<td style='width:40%' class='r'><p class='b'>E-Ticket Itinerary Receipt</p><p class='small'>Agency ref {rng.randrange(100000, 999999)}</p>"
                "</td></tr></table>"
                f"<table style='width:100%;margin-top:8pt'><tr><td style='width:50%'><span class='cap'>Traveller</span><br/><b>{esc(passenger)}</b>"
                f"<br/><span class='cap'>Ticket number</span><br/>{esc(ticket_printed)}<br/><span class='cap'>Issue date</span><br/>{fmt.date(issued)}"
                f"</td><td style='width:50%'><span class='cap'>Issuing airline</span><br/><b>{esc(legal)}</b><br/>{lines_html(vendor.address)}"
                "</td></tr></table>"
                "<table class='items'><tr><th>Date</th><th>Flight</th><th>From</th><th>To</th><th>Class</th><th>Airline ref</th></tr>"
                f"{seg_rows}</table>"
                f"<table class='kv' style='margin-top:8pt'><tr><td style='width:160pt'>{fare_label}</td><td class='r' style='width:90pt'>{amt(fare)}</td></tr>"
                f"<tr><td>Taxes, fees &amp; carrier charges</td><td class='r'>{amt(tax)}</td></tr>"
                f"<tr><td class='b'>Ticket total</td><td class='r b'>{amt(total)}</td></tr></table>"
                f"<p class='small'>Tax breakdown: {tax_text}</p>"
                f"<p class='small'>Form of payment: {pick(rng, ['Visa', 'Mastercard', 'Amex'])} ************{last4}</p>"
                f"<p class='tiny muted' style='margin-top:10pt'>{esc(agency.name)} acts as agent for the airline named above. Any agency "
                "service fee is invoiced separately.</p>")
        notes["agency"] = agency.name

    sheet = Sheet(width=width, height=height, css=css, pages=[[Box((42, 40, width - 42, height - 40), html)]])
    return Built(doc=doc, sheet=sheet, template=f"air_{layout}", notes=notes)
