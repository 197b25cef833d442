"""Bicycle shops' receipts: Dutch, German and British bike shops' till receipts for parts, accessories, repairs and new bikes, their
workshop receipts at collection of a repaired bike, and refund receipts, in EUR and GBP, 2023-2025 (invented shops).

Three prints. `bike_till_roll` (an 80 mm roll: the shop's name over its company, address, BTW-nr. / USt-IdNr. / VAT No. (= tax id),
KvK or St.-Nr. (decoys), Bonnr. / Beleg-Nr. / Receipt No. (= id), the date and time (= date), till and assistant (decoys), per line the
article with "2 x 7,95" where more than one, labour as a count of quarter hours "3 x 14,00", a new bike's frame number (decoy), TOTAAL /
SUMME / TOTAL; "waarvan BTW 21%" or the Dutch rate table with its base, the German table MwSt / Netto / Steuer / Brutto, "VAT @ 20%
included" or Net / VAT (= tax, the net only where printed); the tender and change; the German TSE block (decoys)),
`bike_workshop_receipt` (an A5 receipt at collection: Werkstattauftrag / Reparatieorder / Job No. (decoy), the bike (make, colour, frame
number: decoys), Receipt No. (= id), the work as flat-rate amounts, parts with Qty / Price / Amount, the same tax lines and PAID /
BETAALD / BEZAHLT), `bike_refund_roll` (a RETOUR / GUTSCHRIFT / REFUND roll against an earlier receipt (no id), negative lines and
totals, the amount refunded).

Truth: a `receipt`, or a `credit_note` for a refund (negative), without customer; lines = the articles and the work (a single article on
a roll an amount only, counts with quantity and unit price); total = the amount paid; tax = the VAT included; net where printed.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, address, de_vat, nl_vat, phone, uk_vat
from corpus.holdout.fakes_thirtieth import BIKE_SHOPS, digits, frame_number
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import Box
from corpus.holdout.templates._fifteenth import rows_html, single_page
from corpus.holdout.templates._fourteenth import roll_sheet
from corpus.holdout.templates._twentieth import amount

FAMILY = "bicycle_shop_receipt"
D = Decimal
RATE = {"NL": D(21), "DE": D(19), "GB": D(20)}
# description, low, high, kind: part / labour (flat) / quarter (labour by the quarter hour) / bike
ITEMS = {"NL": [("Binnenband 28 inch", 6.95, 9.95, "part"), ("Buitenband Schwalbe Marathon 28x1.50", 29.95, 44.95, "part"), ("Fietsketting KMC Z8", 14.95, 24.95, "part"),
                ("Remblokken V-brake (set)", 7.95, 12.95, "part"), ("Fietsverlichting LED set", 19.95, 39.95, "part"), ("Kettingslot ART-2", 39.95, 79.95, "part"),
                ("Dubbele fietstas", 49.95, 89.95, "part"), ("Fietsbel", 4.95, 9.95, "part"), ("Band plakken", 7.50, 12.50, "labour"), ("Kleine onderhoudsbeurt", 39, 59, "labour"),
                ("Grote onderhoudsbeurt", 79, 119, "labour"), ("Arbeidsloon per kwartier", 12.5, 16.5, "quarter"), ("Stadsfiets 7 versnellingen", 549, 899, "bike"),
                ("E-bike accu uitlezen", 15, 25, "labour")],
         "DE": [("Schlauch 28\" Sclaverand", 5.99, 8.99, "part"), ("Reifen Continental Contact 28x1,60", 24.99, 39.99, "part"), ("Kette Shimano HG-71", 16.99, 26.99, "part"),
                ("Bremsbeläge Scheibenbremse", 9.99, 19.99, "part"), ("Fahrradhelm", 49.99, 119.99, "part"), ("Bügelschloss", 29.99, 89.99, "part"),
                ("Flaschenhalter", 6.99, 14.99, "part"), ("Inspektion Standard", 49, 79, "labour"), ("Schlauchwechsel (Arbeit)", 8, 14, "labour"),
                ("Arbeitslohn je 15 Min.", 12, 17, "quarter"), ("Trekkingrad 28\" 24-Gang", 649, 1199, "bike"), ("Laufrad zentrieren", 12, 20, "labour")],
         "GB": [("Inner tube 700x28c", 5.99, 8.99, "part"), ("Tyre Continental GP5000 700x25", 39.99, 64.99, "part"), ("Chain Shimano 11-speed", 24.99, 39.99, "part"),
                ("Brake pads (pair)", 8.99, 17.99, "part"), ("USB light set", 24.99, 49.99, "part"), ("D-lock, Sold Secure Gold", 39.99, 79.99, "part"),
                ("Bottle cage", 6.99, 14.99, "part"), ("Puncture repair", 10, 15, "labour"), ("Bronze service", 45, 65, "labour"), ("Gold service", 120, 160, "labour"),
                ("Workshop labour (per 15 min)", 12, 16, "quarter"), ("Hybrid bike 700c", 449, 899, "bike"), ("Wheel true", 12, 20, "labour")]}
LBL = {"NL": {"no": "Bonnr.", "till": "Kassa", "by": "Medewerker", "total": "TOTAAL", "title": "KASSABON", "refund": "RETOUR", "orig": "Oorspronkelijke bon",
              "reason": "Reden", "frame": "Framenummer", "job": "Reparatieorder", "bike": "Fiets", "paid": "BETAALD", "work": "Werkzaamheden",
              "parts": "Onderdelen", "qty": "Aantal", "price": "Prijs", "amount": "Bedrag", "change": "Wisselgeld", "thanks": "Bedankt en goede rit!"},
       "DE": {"no": "Beleg-Nr.", "till": "Kasse", "by": "Bediener", "total": "SUMME EUR", "title": "KASSENBON", "refund": "GUTSCHRIFT / RÜCKNAHME", "orig": "Ursprünglicher Bon",
              "reason": "Grund", "frame": "Rahmennummer", "job": "Werkstattauftrag", "bike": "Fahrrad", "paid": "BEZAHLT", "work": "Arbeiten",
              "parts": "Material", "qty": "Menge", "price": "Preis", "amount": "Betrag", "change": "Rückgeld", "thanks": "Vielen Dank und gute Fahrt!"},
       "GB": {"no": "Receipt No.", "till": "Till", "by": "Served by", "total": "TOTAL", "title": "RECEIPT", "refund": "REFUND", "orig": "Original receipt",
              "reason": "Reason", "frame": "Frame no.", "job": "Job No.", "bike": "Bike", "paid": "PAID", "work": "Work carried out",
              "parts": "Parts", "qty": "Qty", "price": "Price", "amount": "Amount", "change": "Change", "thanks": "Thanks - ride safe!"}}
STAFF = {"NL": ["Daan", "Sanne", "Kees", "Fleur", "Bram"], "DE": ["Jonas", "Lena", "Uwe", "Mia", "Bediener 2"], "GB": ["Tom", "Amy", "Jack", "Priya", "Callum"]}
REASONS = {"NL": ["Defect", "Verkeerde maat", "Past niet", "Ruilen"], "DE": ["Defekt", "Umtausch", "Falsche Größe", "Passt nicht"],
           "GB": ["Faulty", "Wrong size", "Change of mind", "Incompatible part"]}
MAKES = ["Gazelle", "Batavus", "Cortina", "Cube", "KTM", "Kalkhoff", "Trek", "Giant", "Specialized", "Raleigh", "Ridgeback", "Brompton", "Sparta", "Riese & Müller"]
COLOURS = {"NL": ["zwart", "mat grijs", "donkerblauw", "groen", "wit"], "DE": ["schwarz", "anthrazit", "dunkelblau", "grün", "weiß"],
           "GB": ["black", "matt grey", "navy", "racing green", "white"]}


def _shop(rng: random.Random, country: str) -> tuple[Party, str]:
    first, second = (pick(rng, part) for part in BIKE_SHOPS[country])
    brand = f"{first} {second}" if country != "GB" else f"{second} {first}"
    form = {"NL": pick(rng, ["B.V.", "V.O.F."]), "DE": pick(rng, ["GmbH", "e.K.", "GmbH & Co. KG"]), "GB": "Ltd"}[country]
    company = f"{brand} {form}"
    tax_id = {"NL": nl_vat(rng), "DE": de_vat(rng), "GB": uk_vat(rng)}[country]
    shop = Party(name=company, address=address(rng, country), country=country, tax_id=tax_id, phone=phone(rng, country))
    shop.extra["decoy"] = {"NL": f"KvK {rng.randrange(10**7, 10**8)}", "DE": f"St.-Nr. {rng.randrange(10, 99)}/{rng.randrange(100, 999)}/{rng.randrange(10000, 99999)}",
                           "GB": f"Company No. {rng.randrange(10**7, 10**8 - 1):08d}"}[country]
    return shop, brand


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["bike_till_roll", "bike_till_roll", "bike_workshop_receipt", "bike_refund_roll"])
    country = pick(rng, ["NL", "NL", "DE", "GB"])
    refund = layout == "bike_refund_roll"
    workshop = layout == "bike_workshop_receipt"
    issued = random_date(rng, date(2023, 1, 9), 1000)
    vendor, brand = _shop(rng, country)
    lb = LBL[country]
    pool = ITEMS[country]
    if refund:
        chosen = rng.sample([it for it in pool if it[3] in ("part", "bike")], rng.randrange(1, 3))
    elif workshop:
        labour = [it for it in pool if it[3] in ("labour", "quarter")]
        parts = [it for it in pool if it[3] == "part"]
        chosen = rng.sample(labour, rng.randrange(1, 3)) + rng.sample(parts, rng.randrange(0, 4))
    else:
        chosen = rng.sample([it for it in pool if it[3] != "bike"], rng.randrange(1, 6))
        if chance(rng, 0.15):
            chosen.append(next(it for it in pool if it[3] == "bike"))
    roll = layout != "bike_workshop_receipt"
    lines: list[Line] = []
    kinds: dict[int, str] = {}
    frame = frame_number(rng)
    for desc, low, high, kind in chosen:
        if kind == "bike":
            price = money(round(rng.uniform(low, high)) - (D("0.01") if country != "NL" else D("0.05")))
            qty = D(1)
        elif kind == "quarter":
            price = money(round(rng.uniform(low, high) * 2) / 2)
            qty = D(rng.randrange(1, 9))
        elif kind == "labour":
            price = money(round(rng.uniform(low, high)))
            qty = D(1)
        else:
            price = money(round(rng.uniform(low, high)) - (D("0.05") if country == "NL" else D("0.01")))
            qty = D(pick(rng, [1, 1, 1, 2, 2, 4]))
        value = money(qty * price)
        one_off = qty == 1 and (roll or kind == "labour")
        line = Line(desc if kind != "bike" else f"{desc} ({lb['frame']} {frame})", None if one_off else qty, None if one_off else price, value)
        kinds[id(line)] = kind
        lines.append(line)
    total = sum((li.amount for li in lines), D("0.00"))
    rate = RATE[country]
    tax = money(total * rate / (100 + rate))
    base = total - tax
    show_net = country == "DE" or (country == "NL" and chance(rng, 0.5)) or (country == "GB" and chance(rng, 0.3))
    number = pick(rng, [f"{rng.randrange(10000, 999999)}", f"{rng.randrange(1, 9)}-{rng.randrange(1000, 99999)}", f"{rng.randrange(100, 999)}/{rng.randrange(1000, 9999)}"])
    doc = Doc(document_type="credit_note" if refund else "receipt", locale=country, currency="GBP" if country == "GB" else "EUR", vendor=vendor, customer=None,
              invoice_ids=[number], document_date=issued, total=total, net=base if show_net else None, tax=tax, lines=lines, lines_sum_to="total")
    minus = "-" if refund else ""
    style = (",", ".") if country == "GB" else (".", ",")

    def a(v):
        return minus + amount(v, *style)

    sym = "£" if country == "GB" else "€"
    pattern = {"NL": pick(rng, ["dmy_dash", "dmy_slash"]), "DE": "dmy_dot", "GB": "dmy_slash"}[country]
    clock = datetime(issued.year, issued.month, issued.day, rng.randrange(9, 18), rng.randrange(60), rng.randrange(60))
    dt = f"{fmt_date(issued, pattern)} {clock.strftime('%H:%M')}"
    id_label = {"NL": "BTW-nr.", "DE": "USt-IdNr.", "GB": "VAT No."}[country]
    if country == "DE":
        tax_rows = [] if roll else [("Netto", a(base)), (f"MwSt. {rate}%", a(tax)), ("Brutto", a(total))]
    elif country == "NL":
        tax_rows = [(f"BTW {rate}% over {a(base)}", a(tax))] if show_net else [(f"waarvan BTW {rate}%", a(tax))]
    else:
        tax_rows = [("Net", a(base)), (f"VAT @ {rate}%", a(tax))] if show_net else [(f"VAT @ {rate}% included", a(tax))]
    tender = (pick(rng, ["PIN", "PIN", "Contant", "Creditcard"]) if country == "NL" else pick(rng, ["EC-Karte", "Bar", "Kreditkarte", "girocard"]) if country == "DE"
              else pick(rng, ["CARD", "CASH", "Cycle to Work voucher", "CONTACTLESS"]))
    if refund:
        tender = {"NL": "Retour PIN", "DE": "Erstattung EC-Karte", "GB": "REFUND TO CARD"}[country]
    cash = tender in ("Contant", "Bar", "CASH")
    paid = money((int(total) // 10 + 1) * 10) if cash else total
    pay_rows = [(tender, a(paid))] + ([(lb["change"], amount(paid - total, *style))] if cash else [])
    original = f"{rng.randrange(10000, 999999)}"
    job = f"{pick(rng, ['W', 'R', 'WA-', ''])}{rng.randrange(1000, 99999)}"
    make, colour = pick(rng, MAKES), pick(rng, COLOURS[country])
    tse = [("TSE-Transaktion", str(rng.randrange(10**4, 10**6))), ("TSE-Start", (clock - timedelta(minutes=2)).strftime("%Y-%m-%dT%H:%M:%S")),
           ("TSE-Stopp", clock.strftime("%Y-%m-%dT%H:%M:%S")), ("TSE-Seriennr.", digits(rng, 16))] if country == "DE" else []
    notes = {"decoy": vendor.extra["decoy"], "frame": frame, "job": job, "original": original if refund else None, "brand": brand, "make": make,
             "tse": dict(tse)}
    head = (f"<p class='c b' style='font-size:11pt'>{esc(brand)}</p>" + (f"<p class='c small'>{esc(vendor.name)}</p>" if vendor.name != brand else "")
            + "".join(f"<p class='c small'>{esc(x)}</p>" for x in vendor.address) + f"<p class='c small'>{'Tel.' if country != 'GB' else 'Tel'} {vendor.phone}</p>"
            + f"<p class='c small'>{id_label} {vendor.tax_id}</p>" + (f"<p class='c small'>{esc(vendor.extra['decoy'])}</p>" if chance(rng, 0.6) else ""))
    theme = Theme.pick(rng, font=pick(rng, ["Courier", "Helvetica", "Courier"]) if roll else None, size=(7.0, 8.5))
    if workshop:
        width, height = 420.0, 595.0
        work = [li for li in lines if kinds[id(li)] in ("labour", "quarter")]
        mats = [li for li in lines if li not in work]

        def table(rows_, title):
            if not rows_:
                return ""
            body = "".join(f"<tr><td style='width:190pt'>{esc(li.description)}</td><td class='r' style='width:34pt'>{'' if li.quantity is None else li.quantity}</td>"
                           f"<td class='r' style='width:46pt'>{'' if li.unit_price is None else amount(li.unit_price, *style)}</td>"
                           f"<td class='r' style='width:50pt'>{a(li.amount)}</td></tr>" for li in rows_)
            return (f"<p class='b' style='margin-top:5pt'>{title}</p><table class='items'><tr><th style='width:190pt'></th><th style='width:34pt;text-align:right'>{lb['qty']}</th>"
                    f"<th style='width:46pt;text-align:right'>{lb['price']}</th><th style='width:50pt;text-align:right'>{lb['amount']}</th></tr>{body}</table>")

        body = (head + f"<p class='c b' style='margin-top:6pt;font-size:11pt'>{lb['job']} {job}</p>"
                + rows_html([(lb["no"], number), ("Datum" if country != "GB" else "Date", dt), (lb["bike"], f"{esc(make)}, {colour}"), (lb["frame"], frame)],
                            strong_last=False, widths=(90, 250))
                + table(work, lb["work"]) + table(mats, lb["parts"])
                + f"<div style='margin-left:150pt;margin-top:6pt'>{rows_html([(lb['total'], f'{sym} {a(total)}')] + tax_rows + pay_rows, widths=(120, 80))}</div>"
                + f"<p class='c b' style='margin-top:6pt'>{lb['paid']}</p>"
                + f"<p class='small c'>{esc(pick(rng, ['Garantie op reparaties: 3 maanden.', 'Volgende onderhoudsbeurt over 12 maanden.']) if country == 'NL' else pick(rng, ['3 Monate Gewährleistung auf Reparaturen.', 'Nächste Inspektion in 12 Monaten.']) if country == 'DE' else pick(rng, ['Workshop work guaranteed for 3 months.', 'Next service due in 12 months.']))}</p>"
                + "".join(f"<p class='tiny'>{k}: {v}</p>" for k, v in tse))
        sheet = single_page(layout, width, height, theme.css(""), [Box((30, 30, width - 30, height - 30), body)])
        return Built(doc=doc, sheet=sheet, template=layout, notes=notes, scan_weight=1.4)
    width = pick(rng, [204.0, 226.0])
    inner = width - 16

    def item(li):
        if li.quantity is None:
            return esc(li.description)
        return f"{esc(li.description)}<br/>&#160; {li.quantity} x {amount(li.unit_price, *style)}"

    rows = "".join(f"<tr><td style='width:{inner - 66:.0f}pt'>{item(li)}</td><td class='r' style='width:48pt'>{a(li.amount)}</td></tr>" for li in lines)
    body = (head + f"<p class='c b' style='margin-top:4pt'>{lb['refund'] if refund else lb['title']}</p>"
            + f"<p>{lb['no']} {number}</p><p>{dt}</p><p>{lb['till']} {rng.randrange(1, 4)} · {lb['by']}: {pick(rng, STAFF[country])}</p>"
            + (f"<p>{lb['orig']}: {original}</p><p>{lb['reason']}: {pick(rng, REASONS[country])}</p>" if refund else "")
            + f"<table style='margin-top:3pt'>{rows}</table>"
            + rows_html([(lb["total"], f"{sym} {a(total)}")], widths=(inner - 60, 54))
            + ("<table style='margin-top:3pt'><tr>" + "".join(f"<td class='{'r' if i else ''}' style='width:{inner / 4 - 7:.0f}pt'>{h}</td>"
                                                              for i, h in enumerate(["MwSt", "Netto", "Steuer", "Brutto"]))
               + "</tr><tr>" + "".join(f"<td class='{'r' if i else ''}' style='width:{inner / 4 - 7:.0f}pt'>{v}</td>"
                                       for i, v in enumerate([f"A {rate}%", a(base), a(tax), a(total)])) + "</tr></table>" if country == "DE" else "")
            + rows_html(tax_rows + pay_rows, widths=(inner - 60, 54), strong_last=False)
            + "".join(f"<p class='tiny'>{k}: {v}</p>" for k, v in tse)
            + f"<p class='small c' style='margin-top:4pt'>{lb['thanks']}</p>")
    sheet = roll_sheet(width, body, theme.css(""))
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes, scan_weight=2.0)
