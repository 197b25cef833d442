"""Hair salons' receipts: Australian, New Zealand and British salons' till receipts and A5 tax invoice / receipts for services by
stylist (cut, colour, foils, treatments) and retail products, in AUD, NZD and GBP, 2023-2025 (invented salons).

Two prints. `salon_till_receipt` (an 80 mm roll: the salon's name over its company, ABN / GST No. / VAT No. where registered (= tax
id), Receipt No. / Sale No. (= id), the date and time (= date), the client's name and the stylist (no party), the services with
the stylist's name, products with a count and price, a loyalty or package discount printed as a line, TOTAL, "Includes GST" / "VAT
incl." (= tax), the card or cash tendered and change, the next appointment (decoy)), `salon_tax_invoice` (an A5 page "TAX INVOICE /
RECEIPT" with Client, Stylist, Service / Qty / Price / Amount, the GST included and PAID).

Truth: a `receipt` without customer; lines = services and products (a service an amount only, products with quantity and unit price,
a discount a negative line); total = TOTAL; tax = the GST / VAT included where printed; no net.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, abn, address, nz_gst, phone, uk_vat
from corpus.holdout.fakes_twentyseventh import SALON_WORDS, STYLISTS
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import Box
from corpus.holdout.templates._fifteenth import rows_html, single_page
from corpus.holdout.templates._fourteenth import roll_sheet
from corpus.holdout.templates._twentieth import amount

FAMILY = "hair_salon_receipt"
D = Decimal
SERVICES = [("Women's cut & blow dry", 65, 120), ("Men's cut", 32, 55), ("Half head foils\nincl. toner", 140, 220), ("Full head colour\nroots and lengths", 120, 210),
            ("Balayage\nwith gloss and Olaplex treatment", 260, 420), ("Blow wave", 45, 70), ("Kids cut (under 12)", 22, 35), ("Keratin smoothing treatment", 280, 450),
            ("Beard trim", 18, 30), ("Upstyle / event hair", 85, 140), ("Fringe trim", 10, 18)]
PRODUCTS = [("Shampoo 300ml", 29, 45), ("Conditioner 300ml", 29, 45), ("Hair oil 100ml", 38, 62), ("Heat protect spray", 26, 39), ("Styling paste 85g", 24, 34),
            ("Purple toning shampoo 250ml", 32, 48)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["salon_till_receipt", "salon_till_receipt", "salon_tax_invoice"])
    country = pick(rng, ["AU", "AU", "NZ", "GB"])
    issued = random_date(rng, date(2023, 1, 9), 1000)
    brand = f"{pick(rng, SALON_WORDS[0])} {pick(rng, SALON_WORDS[1])}".strip()
    form = {"AU": "Pty Ltd", "NZ": "Limited", "GB": "Ltd"}[country]
    company = f"{brand.split()[0]} {pick(rng, ['Hair', 'Salons', 'Styling'])} {form}" if chance(rng, 0.5) else f"{brand} {form}"
    registered = country != "GB" or chance(rng, 0.6)
    tax_id = {"AU": abn(rng), "NZ": nz_gst(rng), "GB": uk_vat(rng)}[country] if registered else None
    vendor = Party(name=company, address=address(rng, country), country=country, tax_id=tax_id, phone=phone(rng, country))
    stylists = rng.sample(STYLISTS, pick(rng, [1, 1, 2]))
    lines, shown = [], {}
    for desc, low, high in rng.sample(SERVICES, rng.randrange(1, 4)):
        price = money(round(rng.uniform(low, high)))
        who = pick(rng, stylists)
        line = Line(f"{desc.replace(chr(10), ' ')}", None, None, price)
        shown[id(line)] = esc(desc).replace("\n", "<br/>") + f"<br/><span class='small'>with {who}</span>"
        lines.append(line)
    for desc, low, high in rng.sample(PRODUCTS, pick(rng, [0, 0, 1, 2])):
        qty = D(pick(rng, [1, 1, 2]))
        price = money(round(rng.uniform(low, high)) - D("0.05") if country != "GB" else round(rng.uniform(low, high)))
        line = Line(desc, qty, price, money(qty * price))
        shown[id(line)] = esc(desc) + (f"<br/>&#160; {qty} @ {amount(price)}" if qty > 1 else "")
        lines.append(line)
    if chance(rng, 0.25):
        base = sum((li.amount for li in lines), D("0.00"))
        off = money(base * D(pick(rng, ["0.1", "0.15", "0.2"])))
        line = Line(pick(rng, ["Loyalty discount", "New client offer", "Student discount"]), None, None, -off)
        shown[id(line)] = esc(line.description)
        lines.append(line)
    total = sum((li.amount for li in lines), D("0.00"))
    tax = (money(total / 11) if country == "AU" else money(total * 3 / 23) if country == "NZ" else money(total / 6)) if registered else None
    number = pick(rng, [f"{rng.randrange(10000, 999999)}", f"S{rng.randrange(1000, 99999)}", f"R-{rng.randrange(100, 9999):04d}"])
    doc = Doc(document_type="receipt", locale=country, currency={"AU": "AUD", "NZ": "NZD", "GB": "GBP"}[country], vendor=vendor, customer=None,
              invoice_ids=[number], document_date=issued, total=total, tax=tax, lines=lines, lines_sum_to="total")
    d = fmt_date(issued, pick(rng, ["dmy_slash", "d_mon_y"]))
    clock = f"{rng.randrange(9, 19):02d}:{rng.randrange(60):02d}"
    client = f"{pick(rng, ['Sarah', 'Emma', 'Olivia', 'James', 'Noah', 'Grace', 'Ruby', 'Jack'])} {pick(rng, ['T.', 'M.', 'K.', 'W.', 'B.'])}"
    nxt = issued + timedelta(weeks=pick(rng, [5, 6, 8, 10]))
    tax_label = {"AU": "Includes GST", "NZ": "Includes GST 15%", "GB": "VAT incl. @ 20%"}[country]
    id_label = {"AU": "ABN", "NZ": "GST No.", "GB": "VAT No."}[country]
    sym = "£" if country == "GB" else "$"
    paid = pick(rng, ["EFTPOS", "VISA", "MASTERCARD", "CASH", "AMEX"] if country != "GB" else ["CARD", "CASH", "CONTACTLESS"])
    tendered = total if paid not in ("CASH",) else money((int(total) // 10 + 1) * 10)
    sums = [("TOTAL", f"{sym}{amount(total)}")] + ([(tax_label, amount(tax))] if registered else []) + [(paid, amount(tendered))] \
        + ([("CHANGE", amount(tendered - total))] if tendered != total else [])
    notes = {"client": client, "stylists": stylists, "next": nxt.isoformat()}
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Courier"]) if layout == "salon_till_receipt" else None, size=(7.0, 8.5))
    head = (f"<p class='c b' style='font-size:11pt'>{esc(brand.upper() if layout == 'salon_till_receipt' else brand)}</p>"
            + (f"<p class='c small'>{esc(company)}</p>" if company != brand else "") + "".join(f"<p class='c small'>{esc(x)}</p>" for x in vendor.address)
            + f"<p class='c small'>Ph {vendor.phone}</p>" + (f"<p class='c small'>{id_label} {tax_id}</p>" if registered else ""))
    if layout == "salon_till_receipt":
        roll = pick(rng, [204.0, 226.0])
        inner = roll - 16
        rows = "".join(f"<tr><td style='width:{inner - 66:.0f}pt'>{shown[id(li)]}</td><td class='r' style='width:48pt'>{amount(li.amount)}</td></tr>" for li in lines)
        body = (head + f"<p class='c b' style='margin-top:4pt'>{'TAX INVOICE' if country != 'GB' else 'RECEIPT'}</p>"
                + f"<p>Receipt No: {number}</p><p>{d} {clock}</p><p>Client: {client}</p>"
                + f"<table style='margin-top:3pt'>{rows}</table>" + rows_html(sums, widths=(inner - 60, 54), strong_last=False)
                + f"<p class='small c' style='margin-top:6pt'>Next appointment: {fmt_date(nxt, 'dmy_slash')} with {stylists[0]}</p>"
                + "<p class='small c'>Thank you - see you soon!</p>")
        sheet = roll_sheet(roll, body, theme.css(""))
        return Built(doc=doc, sheet=sheet, template=layout, notes=notes, scan_weight=1.5)
    width, height = 420.0, 595.0
    rows = "".join(f"<tr><td style='width:180pt'>{shown[id(li)]}</td><td class='r' style='width:30pt'>{'' if li.quantity is None else li.quantity}</td>"
                   f"<td class='r' style='width:45pt'>{'' if li.unit_price is None else amount(li.unit_price)}</td><td class='r' style='width:50pt'>{amount(li.amount)}</td></tr>"
                   for li in lines)
    body = (head + "<p class='c b' style='margin-top:6pt;font-size:11pt'>TAX INVOICE / RECEIPT</p>"
            + rows_html([("Invoice No.", number), ("Date", d), ("Client", client), ("Stylist", ", ".join(stylists))], strong_last=False, widths=(90, 250))
            + "<table class='items' style='margin-top:6pt'><tr><th style='width:180pt'>Service / product</th><th class='r' style='width:30pt'>Qty</th>"
            + f"<th class='r' style='width:45pt'>Price</th><th class='r' style='width:50pt'>Amount</th></tr>{rows}</table>"
            + f"<div style='margin-left:150pt;margin-top:6pt'>{rows_html(sums, widths=(120, 80), strong_last=False)}</div>"
            + f"<p class='small' style='margin-top:6pt'>PAID - thank you. Next visit: {fmt_date(nxt, 'dmy_slash')}</p>")
    sheet = single_page(layout, width, height, theme.css(""), [Box((30, 30, width - 30, height - 30), body)])
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes, scan_weight=1.5)
