"""Garage / auto repair invoice: US dealer repair order, US independent shop invoice, UK garage invoice.

US dealer: monospaced repair-order invoice with boxes (RO number and invoice number, advisor, tag,
VIN, year / make / model, licence plate, mileage in / out, promised time), numbered job lines
("A CUSTOMER STATES … CAUSE … CORRECTION …", op code, technician number) each with its labour
(hours x rate) and the parts used (part number, quantity, unit price), then totals: labor, parts,
shop supplies, hazardous materials, subtotal, sales tax on parts only, total. US independent: modern
shop-management print with a vehicle card, separate Labor and Parts tables, fees, technician notes and
recommendations with estimate amounts (decoys), card payment and "Balance 0.00". UK garage: Reg No.,
make / model, mileage, labour and parts, an MOT test fee outside the scope of VAT, VAT 20 % on the rest,
Net / VAT / Total. Technician notes carry measurements, torque figures, tread depths, next-service
mileages and warranty terms (numbers that are not amounts of this invoice).

Truth: vendor = the shop, customer = the vehicle owner billed; id = the invoice number (the RO number
is a decoy on the dealer print, where both are printed; the independent print's "Invoice #" is the RO);
lines = labour lines (hours = quantity, rate = unit price), parts lines (quantity x unit price), fees
(no quantity unless billed per unit); net = the printed subtotal / net, tax = sales tax (parts) or VAT,
total as printed.
"""

from __future__ import annotations

import random
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company, person_name
from corpus.holdout.fakes_seventh import vin
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, LETTER

FAMILY = "auto_repair_invoice"
DOCUMENT_TYPE = "invoice"

VEHICLES = {"US": [("1FT", "2019", "FORD", "F-150 XLT 3.5L"), ("1HG", "2017", "HONDA", "ACCORD EX-L"), ("2T1", "2020", "TOYOTA", "COROLLA LE"),
                   ("1G1", "2018", "CHEVROLET", "MALIBU LT"), ("5YJ", "2021", "TESLA", "MODEL 3"), ("3VW", "2016", "VOLKSWAGEN", "JETTA SE")],
            "GB": [("WF0", "2018", "FORD", "FOCUS 1.0 ECOBOOST"), ("WBA", "2017", "BMW", "320D SE"), ("SAL", "2019", "LAND ROVER", "DISCOVERY SPORT"),
                   ("VF1", "2016", "RENAULT", "CLIO 0.9 TCE"), ("SJN", "2020", "NISSAN", "QASHQAI N-CONNECTA")]}
# job, hours range, [(part, part number pattern, low, high, qty choices)]
JOBS = [("Replace front brake pads and rotors", (1.2, 2.5), [("Brake pad set, front", "BP-{n}", 45, 120, [1]), ("Brake rotor, front", "RT-{n}", 55, 160, [2])]),
        ("Engine oil and filter service", (0.4, 0.8), [("Engine oil 5W-30 synthetic (qt)", "OIL-5W30", 7, 12, [5, 6]), ("Oil filter", "OF-{n}", 8, 22, [1])]),
        ("Diagnose check engine light - scan and road test", (0.8, 1.5), []),
        ("Replace serpentine belt and tensioner", (1.0, 2.2), [("Serpentine belt", "SB-{n}", 28, 75, [1]), ("Belt tensioner assembly", "TN-{n}", 65, 190, [1])]),
        ("Replace battery and test charging system", (0.4, 0.7), [("Battery group 48 AGM", "BAT-H6-{n}", 160, 290, [1])]),
        ("Four-wheel alignment", (1.0, 1.2), []),
        ("Replace spark plugs", (1.0, 2.8), [("Spark plug iridium", "SP-{n}", 9, 24, [4, 6, 8])]),
        ("Coolant flush and thermostat replacement", (1.5, 2.5), [("Thermostat with housing", "TH-{n}", 40, 120, [1]), ("Coolant 50/50 (gal)", "CL-50", 15, 28, [2])]),
        ("Replace front wiper blades", (0.2, 0.3), [("Wiper blade 22in", "WB-22", 14, 32, [2])]),
        ("Replace rear shock absorbers", (1.5, 2.4), [("Shock absorber, rear", "SA-{n}", 60, 170, [2])])]
UK_RATE, US_RATE = (62, 95), (115, 185)


def _hours(rng: random.Random, low: float, high: float) -> Decimal:
    return Decimal(str(round(rng.uniform(low, high) * 10) / 10))


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["us_dealer", "us_indie", "uk_garage"])
    country = "GB" if layout == "uk_garage" else "US"
    vendor = make_company(rng, country, with_tax=country == "GB")
    trade = pick(rng, ["Auto Repair", "Automotive", "Motors", "Garage", "Service Centre" if country == "GB" else "Auto Service"])
    vendor.name = f"{vendor.name.split()[0]} {trade}" + pick(rng, [" Ltd", " Limited", ""] if country == "GB" else [" LLC", " Inc.", ""])
    if layout == "us_dealer":
        vendor.name = f"{vendor.name.split()[0]} {pick(rng, ['Ford', 'Honda', 'Toyota', 'Chevrolet'])} {pick(rng, ['of ' + vendor.address[1].split(',')[0], 'Motors'])}".upper()
    customer = make_company(rng, country, with_tax=False)
    customer.name = person_name(rng, country) if chance(rng, 0.75) else customer.name
    fmt = Fmt.pick(rng, country)
    issued = random_date(rng)
    wmi, year, make, model = pick(rng, VEHICLES[country])
    car_vin = vin(rng, wmi)
    plate = (f"{rng.choice('ABCDEFGHKLMNPRSVWY')}{rng.choice('ABCDEFGHKLMNPRSVWY')}{rng.randrange(10, 75)} "
             f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}") if country == "GB" else \
        f"{rng.randrange(1, 9)}{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{rng.randrange(100, 999)}"
    miles_in = rng.randrange(8000, 160000)
    rate = money(round(rng.uniform(*(UK_RATE if country == "GB" else US_RATE))))
    jobs = rng.sample(JOBS, rng.randrange(1, 4) if not chance(rng, 0.2) else rng.randrange(4, 6))
    labour: list[Line] = []
    parts: list[Line] = []
    job_parts: list[list[Line]] = []
    for desc, (low, high), job_part_list in jobs:
        hours = _hours(rng, low, high)
        labour.append(Line(desc, hours, rate, money(hours * rate)))
        used = []
        for pname, pattern, plow, phigh, qtys in job_part_list:
            qty = Decimal(pick(rng, qtys))
            if country == "GB":         # British garages sell oil and coolant by the litre
                pname = pname.replace("(qt)", "(litre)").replace("(gal)", "(litre)")
            price = money(rng.uniform(plow, phigh))
            line = Line(pname, qty, price, money(qty * price), code=pattern.format(n=rng.randrange(1000, 99999)))
            parts.append(line)
            used.append(line)
        job_parts.append(used)
    fees: list[Line] = []
    labour_total = sum((ln.amount for ln in labour), Decimal("0.00"))
    parts_total = sum((ln.amount for ln in parts), Decimal("0.00"))
    if country == "US":
        fees.append(Line(pick(rng, ["Shop supplies", "Shop supplies (8% of labor, max $45)"]), None, None, min(money(45), money(labour_total * Decimal("0.08")))))
        if chance(rng, 0.6):
            fees.append(Line(pick(rng, ["Hazardous waste disposal", "Environmental fee"]), None, None, money(pick(rng, ["3.95", "4.50", "6.00", "2.75"]))))
    else:
        if chance(rng, 0.6):
            fees.append(Line("Sundries / consumables", None, None, money(rng.uniform(4, 18))))
        if chance(rng, 0.4):
            fees.append(Line("MOT test fee (outside the scope of VAT)", None, None, money("54.85")))
    lines = labour + parts + fees
    net = sum((ln.amount for ln in lines), Decimal("0.00"))
    if country == "US":
        tax_rate = Decimal(pick(rng, ["6.25", "7", "7.5", "8.25", "8.875", "6"]))
        tax = money(parts_total * tax_rate / 100)
    else:
        tax_rate = Decimal(20)
        vatable = net - sum((ln.amount for ln in fees if ln.description.startswith("MOT")), Decimal("0.00"))
        tax = money(vatable * tax_rate / 100)
    total = net + tax
    ro = f"{rng.randrange(100000, 999999)}"
    invoice_no = ro if layout == "us_indie" else pick(rng, [f"{rng.randrange(10**5, 10**6)}", f"INV{rng.randrange(10000, 99999)}", f"CS{rng.randrange(100000, 999999)}"])
    customer_id = f"{rng.randrange(10000, 999999)}" if chance(rng, 0.5) else None
    terms = pick(rng, ["Due upon receipt", "Payment due on collection", None]) if layout != "us_indie" else None
    if terms and layout == "us_dealer":
        terms = terms.upper()           # the dealer system prints everything in capitals
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=vendor, customer=customer,
              invoice_ids=[invoice_no], document_date=issued, total=total, net=net, tax=tax, lines=lines, payment_terms=terms,
              customer_id=customer_id)
    tech_note = pick(rng, [f"Front pads measured 2mm, rotors {rng.randrange(22, 27)}.{rng.randrange(10)}mm (min 25.0mm). Torqued wheels to {pick(rng, ['100', '140', '150'])} ft-lb.",
                           (f"Tyre tread NSF {rng.randrange(2, 7)}.{rng.randrange(10)}mm OSF {rng.randrange(2, 7)}.{rng.randrange(10)}mm" if country == "GB"
                            else f"Tire tread LF {rng.randrange(2, 8)}/32 RF {rng.randrange(2, 8)}/32")
                           + f". Battery tested {rng.randrange(380, 640)} CCA (rated 650).",
                           f"Next service due at {miles_in + pick(rng, [5000, 7500, 10000]):,} mi. Coolant protection -{rng.randrange(20, 40)}F."])
    recommendation = (pick(rng, ["Rear brake pads at 3mm - replace soon", "Cabin air filter dirty", "Front tyres worn - replace within 1,000 miles",
                                 "Transmission fluid service due"]), money(rng.uniform(39, 640)))
    warranty = pick(rng, ["12 months / 12,000 miles", "24 months / 24,000 miles", "90 days parts and labor"])
    theme = Theme.pick(rng, font="Courier" if layout == "us_dealer" else pick(rng, ["Helvetica", "Times"]), size=(7.5, 9.0),
                       table={"us_dealer": "grid", "us_indie": pick(rng, ["zebra", "rules", "header_fill"]), "uk_garage": pick(rng, ["rules", "grid", "boxed"])}[layout])
    css = theme.css(".cap{font-size:6.5pt;color:#666} .g{width:100%;border-collapse:collapse} .g td{border:0.6pt solid #444;padding:1.5pt 3pt}")
    width, height = LETTER if country == "US" else A4
    num, m = fmt.num, fmt.money
    dist = "mi" if country == "US" else pick(rng, ["miles", "mi"])
    vehicle = [("VIN", car_vin), ("Year / Make / Model", f"{year} {make} {model}"), ("Licence plate" if country == "GB" else "License", plate),
               ("Mileage in", f"{miles_in:,} {dist}"), ("Mileage out", f"{miles_in + rng.randrange(0, 12):,} {dist}")]
    customer_block = (f"<b>{esc(customer.name)}</b><br/>{lines_html(customer.address)}<br/>{esc(customer.phone)}"
                      + (f"<br/>Customer # {esc(customer_id)}" if customer_id else ""))

    if layout == "us_dealer":
        box = ("<table class='g'><tr>" + "".join(f"<td><span class='cap'>{k}</span><br/>{v}</td>" for k, v in
                                              [("R.O. NUMBER", ro), ("INVOICE #", esc(invoice_no)), ("INVOICE DATE", fmt.date(issued)),
                                               ("ADVISOR", f"{rng.randrange(100, 999)} {person_name(rng, 'US').split()[0].upper()}"),
                                               ("TAG", f"T{rng.randrange(100, 999)}")]) + "</tr></table>"
               "<table class='g'><tr>" + "".join(f"<td><span class='cap'>{k.upper()}</span><br/>{v}</td>" for k, v in vehicle) + "</tr></table>")
        head = (f"<table style='width:100%'><tr><td style='width:50%'><p class='b' style='font-size:11pt'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}<br/>SERVICE {esc(vendor.phone)}</p></td><td style='width:50%'>{customer_block}</td></tr></table>{box}")
        rows = []
        for i, (labour_line, used) in enumerate(zip(labour, job_parts, strict=True)):
            letter = "ABCDEFG"[i]
            rows.append([f"<b>{letter}</b>", f"<b>{esc(labour_line.description.upper())}</b><br/>CAUSE: {pick(rng, ['WORN', 'LEAKING', 'FAILED TEST', 'MAINTENANCE DUE'])}"
                         f" &#160; OP {rng.randrange(10, 99)}{pick(rng, ['B', 'E', 'S'])}{rng.randrange(10, 99)} TECH {rng.randrange(100, 999)}", "", "", ""])
            rows.append(["", f"LABOR {esc(labour_line.description)}", f"{labour_line.quantity} HRS", num(rate), num(labour_line.amount)])
            rows += [["", f"{esc(p.code)} {esc(p.description)}", f"{p.quantity}", num(p.unit_price), num(p.amount)] for p in used]
        rows += [["", esc(f.description), "", "", num(f.amount)] for f in fees]
        cols = [Col("LINE", "center", "30pt"), Col("DESCRIPTION", width="230pt"), Col("QTY/HRS", "right", "60pt"), Col("PRICE", "right", "70pt"),
                Col("AMOUNT", "right", "80pt")]
        totals = [("LABOR", num(labour_total), False), ("PARTS", num(parts_total), False)] + \
            [(esc(f.description.upper()), num(f.amount), False) for f in fees] + \
            [("SUBTOTAL", num(net), False), (f"SALES TAX {tax_rate}% (PARTS)", num(tax), False), ("TOTAL", m(total), True)]
        tail = (totals_table(totals, left="45%") + f"<p class='small'>TECH NOTES: {esc(tech_note.upper())}</p>"
                f"<p class='small'>WARRANTY: {warranty.upper()}. CUSTOMER SIGNATURE ____________________</p>")
    elif layout == "us_indie":
        head = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(vendor.name, rng, theme.accent)}<p class='b'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}<br/>{esc(vendor.phone)} · {esc(vendor.email)}</p></td>"
                f"<td style='width:45%' class='r'><p class='b accent' style='font-size:15pt'>Invoice #{esc(invoice_no)}</p>"
                f"<p>{fmt.date(issued)}</p></td></tr></table>"
                f"<table style='width:100%;margin-top:6pt'><tr><td style='width:45%' class='boxed'>{customer_block}</td>"
                "<td style='width:55%' class='boxed'>" + "<br/>".join(f"<span class='cap'>{k}</span> {v}" for k, v in vehicle) + "</td></tr></table>")
        rows = [["<b>Labor</b>", "", "", ""]] + [[esc(ln.description), f"{ln.quantity} hrs", num(rate), num(ln.amount)] for ln in labour]
        rows += [["<b>Parts</b>", "", "", ""]] + [[f"{esc(p.description)} <span class='cap'>#{esc(p.code)}</span>", f"{p.quantity}", num(p.unit_price),
                                                   num(p.amount)] for p in parts]
        if fees:
            rows += [["<b>Fees</b>", "", "", ""]] + [[esc(f.description), "", "", num(f.amount)] for f in fees]
        cols = [Col("Description", width="55%"), Col("Qty / Hrs", "right", "13%"), Col("Price", "right", "15%"), Col("Total", "right", "17%")]
        totals = [("Subtotal", num(net), False), (f"Tax (parts {tax_rate}%)", num(tax), False), ("Total", m(total), True),
                  (f"{pick(rng, ['Visa', 'Mastercard', 'Amex'])} ****{rng.randrange(1000, 9999)}", f"-{num(total)}", False), ("Balance", num(Decimal('0.00')), False)]
        tail = (totals_table(totals, left="50%") + f"<p class='b' style='margin-top:6pt'>Technician notes</p><p class='small'>{esc(tech_note)}</p>"
                f"<p class='b'>Recommendations</p><p class='small'>{esc(recommendation[0])} - estimate {m(recommendation[1])}</p>"
                f"<p class='small muted'>Warranty: {warranty}.</p>")
    else:
        head = (f"<table style='width:100%'><tr><td style='width:55%'><p class='b accent' style='font-size:14pt'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}<br/>Tel {esc(vendor.phone)}</p></td><td style='width:45%' class='r'>"
                f"<p class='b' style='font-size:13pt'>{pick(rng, ['INVOICE', 'VAT INVOICE', 'Invoice'])}</p>"
                f"<p>Invoice No. {esc(invoice_no)}<br/>Date {fmt.date(issued)}<br/>Job No. {ro}</p></td></tr></table>"
                f"<table style='width:100%;margin-top:6pt'><tr><td style='width:50%'>{customer_block}</td><td style='width:50%'>"
                f"<table class='kv'><tr><td class='b'>Reg No.</td><td>{plate}</td></tr><tr><td class='b'>Make / Model</td><td>{make.title()} {model.title()}</td></tr>"
                f"<tr><td class='b'>Mileage</td><td>{miles_in:,}</td></tr><tr><td class='b'>VIN</td><td>{car_vin}</td></tr></table></td></tr></table>")
        rows = [[esc(ln.description), "Labour", f"{ln.quantity}", num(rate), num(ln.amount), "S"] for ln in labour]
        rows += [[esc(p.description), esc(p.code), f"{p.quantity}", num(p.unit_price), num(p.amount), "S"] for p in parts]
        rows += [[esc(f.description), "", "", "", num(f.amount), "O" if f.description.startswith("MOT") else "S"] for f in fees]
        cols = [Col("Description", width="42%"), Col("Part No.", width="14%"), Col("Qty", "right", "8%"), Col("Unit", "right", "12%"),
                Col("Net", "right", "16%"), Col("VAT", "center", "8%")]
        totals = [("Net", num(net), False), ("VAT @ 20%", num(tax), False), ("Total", m(total), True)]
        tail = (totals_table(totals, left="50%") + f"<p class='small'>Notes: {esc(tech_note.replace('ft-lb', 'Nm'))}</p>"
                f"<p class='small'>VAT Reg No. {esc(vendor.tax_id)} · S = standard rate 20%, O = outside the scope of VAT. "
                f"{esc(terms) + '.' if terms else ''}</p>")
        if country == "GB" and vendor.tax_id is None:
            raise AssertionError("a UK VAT invoice prints its VAT number")
    if terms and layout == "us_dealer":
        tail += f"<p class='small'>TERMS: {esc(terms)}</p>"

    def body(chunk, index, is_last):
        top = head if index == 0 else f"<p class='b'>{esc(vendor.name)} · {esc(invoice_no)} (continued)</p>"
        return top + items_table(cols, chunk, zebra=theme.table == "zebra") + (tail if is_last else "")

    sheet = paged_sheet(width, height, css, (36, 34, 36, 28), rows, body,
                        footer=lambda n, c: f"<p class='tiny c muted'>Page {n} of {c}</p>" if c > 1 else "", footer_height=12)
    return Built(doc=doc, sheet=sheet, template=f"repair_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"ro": ro, "vin": car_vin, "plate": plate, "mileage": miles_in, "recommendation": float(recommendation[1])})
