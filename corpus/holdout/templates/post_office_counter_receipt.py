"""Post office counter receipts: what a customer gets at a postal counter for stamps, letters and parcels sent, and packaging or
cards bought, in English and German, GBP, EUR and NZD, 2023-2025 (invented postal operators and branches).

Three prints on an 80 mm roll. `gb_post_office_receipt` (the branch's name "Castlegate Post Office" (decoy) over the operator's
company, its address and VAT Reg No (= tax id), Branch Code, Session and Counter (decoys), Receipt No. (= id), the date and
time; postage at "E" (exempt) and packaging and cards at "S" (20 %), "8 x 1.35" under a multiple, the S10 item number
`RR123456785GB` under a tracked item (decoy); TOTAL, the VAT summary S net / VAT / gross and E exempt gross, cash and change or
the card), `de_postfiliale_quittung` (Postfiliale … over the operator, USt-IdNr. (= tax id), Filiale, Kasse, Bed. and TA
(decoys), Bon-Nr. (= id); stamps and letters at B "steuerfrei § 4 Nr. 11b UStG", parcels, boxes and cards at A 19 %, the
Sendungsnummer under tracked items; SUMME EUR, the MwSt table A / B with Netto, MwSt and Brutto, Bar / Rückgeld or Girocard),
`nz_post_shop_receipt` (TAX INVOICE from a PostShop: the operator's GST No. (= tax id), Store, Reg and Txn (decoys), Receipt
No. (= id); every item at prices with GST, the tracking number under tracked items; Total, "Includes GST 15%", EFTPOS or cash).

Truth: a `receipt` with no customer; vendor = the postal operator (the legal name, not the branch) with its address and VAT /
GST number; id = the receipt / Bon number; date = the sale date; lines = the items at the prices paid (a single item's quantity
and unit price null; quantity and price where "8 x 1.35" is printed), adding up to the total; tax = the VAT / MwSt / GST
included (0.00 where everything sold is exempt); no net (the VAT summary's net of the taxable part is a decoy); total = the
amount paid (cash tendered and change decoys).
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, address, de_vat, nz_gst, uk_vat
from corpus.holdout.fakes_twentyfourth import POST_BRANCHES, digits, s10
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.templates._fifteenth import dotted, rows_html
from corpus.holdout.templates._fourteenth import roll_sheet
from corpus.holdout.templates._twentieth import amount

FAMILY = "post_office_counter_receipt"
D = Decimal
OPERATORS = {"GB": ["Albion Post Counters Ltd", "Britannia Mail Services Ltd", "Counterpoint Postal Ltd", "Kingfisher Post & Parcels Ltd"],
             "DE": ["Nordstern Post AG", "Brief & Paket Deutschland GmbH", "Postdienste Mitte GmbH", "Merkur Logistik Post AG"],
             "NZ": ["Aotea Post Limited", "Southern Cross Post Limited", "Kotuku Mail Limited"]}
# (description, low, high, tax code, S10 service letters of a tracked item or "")
ITEMS = {"GB": [("1st Class stamp", 1.10, 1.65, "E", ""), ("2nd Class stamp", 0.75, 0.85, "E", ""), ("1st Class Large Letter 100g", 1.60, 2.70, "E", ""),
                ("Special Delivery Guaranteed by 1pm 100g", 7.65, 8.95, "E", "RR"), ("Signed For 1st Class Letter", 2.85, 3.35, "E", "RV"),
                ("International Standard Letter 20g", 2.20, 2.80, "E", ""), ("Courier Parcel Next Day 2kg", 6.50, 9.95, "S", "CP"),
                ("Padded envelope C4", 1.20, 2.50, "S", ""), ("Postal box medium", 1.50, 3.20, "S", ""), ("Greeting card", 2.50, 4.50, "S", ""),
                ("Parcel tape 48mm", 1.99, 3.49, "S", "")],
         "DE": [("Briefmarke Standardbrief", 0.85, 0.95, "B", ""), ("Briefmarke Postkarte", 0.70, 0.95, "B", ""), ("Großbrief national", 1.60, 1.80, "B", ""),
                ("Einschreiben Einwurf (Zusatzleistung)", 2.35, 2.65, "B", "RR"), ("Maxibrief national", 2.75, 2.99, "B", ""),
                ("Paket bis 5 kg national", 6.99, 7.69, "A", "CP"), ("Päckchen S", 3.99, 4.19, "A", ""), ("Versandkarton Gr. M", 2.09, 2.99, "A", ""),
                ("Luftpolsterumschlag DIN A4", 1.49, 2.29, "A", ""), ("Glückwunschkarte", 2.50, 3.95, "A", "")],
         "NZ": [("Stamp - Domestic Standard Letter", 1.70, 3.00, "G", ""), ("Domestic Tracked Parcel Small", 7.50, 10.50, "G", "CP"),
                ("International Economy Letter", 3.50, 4.80, "G", ""), ("Courier Bag A4 Prepaid", 6.90, 8.90, "G", "CB"), ("Padded Bag Medium", 2.50, 4.00, "G", ""),
                ("Greeting Card", 4.50, 7.50, "G", ""), ("Box Size 2", 2.60, 4.20, "G", ""), ("International Tracked Letter", 14.00, 19.50, "G", "RR")]}
RATES = {"S": D(20), "A": D(19), "G": D(15)}


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["gb_post_office_receipt", "de_postfiliale_quittung", "nz_post_shop_receipt"])
    country = layout[:2].upper()
    name = pick(rng, OPERATORS[country])
    vendor = Party(name=name, address=address(rng, country), country=country,
                   tax_id={"GB": uk_vat, "DE": de_vat, "NZ": nz_gst}[country](rng))
    branch = pick(rng, POST_BRANCHES[country])
    issued = random_date(rng, date(2023, 1, 9), 1000)
    picked = rng.sample(ITEMS[country], rng.randrange(1, 6))
    lines, codes, tracks = [], {}, {}
    for desc, low, high, code, service in picked:
        price = money(round(rng.uniform(low, high) * 20) / 20) if country != "DE" else money(rng.uniform(low, high))
        stamp = "stamp" in desc.lower() or "Briefmarke" in desc
        qty = D(pick(rng, [1, 2, 4, 6, 8, 10, 12, 20] if stamp else [1, 1, 1, 2, 3]))
        li = Line(desc, qty, price, money(qty * price))
        lines.append(li)
        codes[id(li)] = code
        if service:
            tracks[id(li)] = [s10(rng, service, country) for _ in range(int(qty))]
    total = sum((li.amount for li in lines), D("0.00"))
    taxable = {c: sum((li.amount for li in lines if codes[id(li)] == c), D("0.00")) for c in ("S", "A", "G")}
    tax = sum((money(v * RATES[c] / (100 + RATES[c])) for c, v in taxable.items()), D("0.00"))
    number = {"GB": f"R{rng.randrange(100000, 999999)}", "DE": f"{rng.randrange(1000, 9999)}", "NZ": f"{rng.randrange(10**7, 10**8)}"}[country]
    doc = Doc(document_type="receipt", locale=country, currency={"GB": "GBP", "DE": "EUR", "NZ": "NZD"}[country], vendor=vendor, customer=None,
              invoice_ids=[number], document_date=issued, total=total, tax=tax, lines=lines, lines_sum_to="total")
    comma = country == "DE"

    def n(v):
        return amount(v, ".", ",") if comma else amount(v)

    hh, mm = rng.randrange(8, 18), rng.randrange(60)
    rows = ""
    for li in lines:
        code = codes[id(li)]
        tag = {"G": ""}.get(code, code)
        sub = f"&#160; {li.quantity} x {n(li.unit_price)}" if li.quantity != 1 else ""
        track_label = {"GB": "Ref", "DE": "Sendungsnr.", "NZ": "Track"}[country]
        subs = [sub] + [f"&#160; {track_label}: {t}" for t in tracks.get(id(li), [])]
        rows += (f"<tr><td style='width:152pt'>{esc(li.description)}" + "".join(f"<br/><span class='small'>{s}</span>" for s in subs if s)
                 + f"</td><td class='r' style='width:44pt'>{n(li.amount)} {tag}</td></tr>")
        if li.quantity == 1:
            li.quantity = li.unit_price = None
    notes: dict = {"branch": branch, "tracking": [t for ts in tracks.values() for t in ts]}
    given = D(pick(rng, [5, 10, 20, 50]))
    while given < total:
        given += 10
    card = chance(rng, 0.5)
    if country == "GB":
        head = (f"<p class='c b' style='font-size:11pt'>{esc(branch)} Post Office</p><p class='c b'>{esc(vendor.name)}</p>"
                + "".join(f"<p class='c small'>{esc(a)}</p>" for a in vendor.address) + f"<p class='c small'>VAT Reg No: {vendor.tax_id}</p>")
        codes_line = f"Branch Code {digits(rng, 6)} · Session {rng.randrange(100, 9999)} · Counter {rng.randrange(1, 6)}"
        meta = f"<p>Receipt No. {number}</p><p>{fmt_date(issued, 'dmy_slash')} {hh:02d}:{mm:02d}</p><p class='small'>{codes_line}</p>"
        s_gross = taxable["S"]
        s_vat = money(s_gross * 20 / 120)
        e_gross = total - s_gross
        summary = "<p class='small b' style='margin-top:4pt'>VAT SUMMARY</p>" + rows_html(
            ([("S 20.00% Net", n(s_gross - s_vat)), ("S VAT", n(s_vat)), ("S Gross", n(s_gross))] if s_gross else [])
            + ([("E Exempt Gross", n(e_gross))] if e_gross else []) + [("Total VAT", n(tax))], strong_last=False, widths=(150, 50), cls="small")
        pay = [("CARD (Contactless)", n(total)), (f"VISA ****{digits(rng, 4)}", "")] if card else [("CASH", n(given)), ("CHANGE", n(given - total))]
        body = head + meta + f"<table style='margin-top:3pt'>{rows}</table>" + rows_html([("TOTAL", f"£{n(total)}")], widths=(150, 50)) \
            + rows_html(pay, strong_last=False, widths=(150, 50)) + summary + "<p class='c small' style='margin-top:4pt'>Please retain this receipt as proof of postage</p>"
        notes["codes"] = codes_line
    elif country == "DE":
        head = (f"<p class='c b' style='font-size:11pt'>Postfiliale {esc(branch)}</p><p class='c b'>{esc(vendor.name)}</p>"
                + "".join(f"<p class='c small'>{esc(a)}</p>" for a in vendor.address) + f"<p class='c small'>USt-IdNr.: {vendor.tax_id}</p>")
        codes_line = f"Filiale {digits(rng, 10)} · Kasse {rng.randrange(1, 5)} · Bed. {rng.randrange(1, 40)} · TA {rng.randrange(1000, 99999)}"
        meta = f"<p>{dotted(issued)} {hh:02d}:{mm:02d}</p><p>Bon-Nr. {number}</p><p class='small'>{codes_line}</p>"
        a_gross = taxable["A"]
        a_vat = money(a_gross * 19 / 119)
        b_gross = total - a_gross
        table = "<table style='margin-top:4pt'><tr><td class='small b' style='width:40pt'>MwSt</td><td class='small b r' style='width:48pt'>Netto</td>" \
                "<td class='small b r' style='width:48pt'>MwSt</td><td class='small b r' style='width:52pt'>Brutto</td></tr>"
        if a_gross:
            table += (f"<tr><td class='small'>A 19%</td><td class='small r'>{n(a_gross - a_vat)}</td><td class='small r'>{n(a_vat)}</td>"
                      f"<td class='small r'>{n(a_gross)}</td></tr>")
        if b_gross:
            table += f"<tr><td class='small'>B 0%</td><td class='small r'>{n(b_gross)}</td><td class='small r'>0,00</td><td class='small r'>{n(b_gross)}</td></tr>"
        table += "</table>"
        pay = [("Girocard", n(total))] if card else [("Bar", n(given)), ("Rückgeld", n(given - total))]
        body = head + meta + f"<table style='margin-top:3pt'>{rows}</table>" + rows_html([("SUMME EUR", n(total))], widths=(150, 50)) \
            + rows_html(pay, strong_last=False, widths=(150, 50)) + table + rows_html([("MwSt gesamt", n(tax))], strong_last=False, widths=(150, 50)) \
            + "<p class='small' style='margin-top:3pt'>B = steuerfrei gem. § 4 Nr. 11b UStG</p><p class='c small'>Vielen Dank für Ihren Besuch!</p>"
        notes["codes"] = codes_line
    else:
        head = (f"<p class='c b' style='font-size:11pt'>{esc(branch)} PostShop</p><p class='c b'>{esc(vendor.name)}</p>"
                + "".join(f"<p class='c small'>{esc(a)}</p>" for a in vendor.address) + f"<p class='c small'>GST No: {vendor.tax_id}</p>"
                + "<p class='c b' style='margin-top:3pt'>TAX INVOICE</p>")
        codes_line = f"Store {rng.randrange(100, 999)} · Reg {rng.randrange(1, 6)} · Txn {rng.randrange(1000, 99999)}"
        clock = f"{(hh - 1) % 12 + 1}:{mm:02d} {'pm' if hh >= 12 else 'am'}"
        meta = f"<p>Receipt No: {number}</p><p>{fmt_date(issued, pick(rng, ['dmy_slash', 'dd_mon_yyyy']))} {clock}</p><p class='small'>{codes_line}</p>"
        pay = [("EFTPOS", n(total))] if card else [("Cash", n(given)), ("Change", n(given - total))]
        body = head + meta + f"<table style='margin-top:3pt'>{rows}</table>" + rows_html([("Total", f"${n(total)}")], widths=(150, 50)) \
            + rows_html([("Includes GST 15%", n(tax))] + pay, strong_last=False, widths=(150, 50)) \
            + "<p class='c small' style='margin-top:4pt'>Track your items online with the numbers above.</p>"
        notes["codes"] = codes_line
    theme = Theme.pick(rng, font=pick(rng, ["Courier", "Helvetica", "Helvetica"]), size=(7.0, 8.0))
    sheet = roll_sheet(226.0, body, theme.css(""))
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes, scan_weight=2.0)
