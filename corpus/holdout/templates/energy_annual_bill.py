"""German and Austrian household energy bills: the yearly Jahresabrechnung / Jahresverbrauchsabrechnung for electricity or
gas, in German, EUR, 2023-2025.

Three prints. `de_strom_jahresabrechnung` and `de_gas_jahresabrechnung` (a municipal utility's or supplier's annual bill: the
window address, Kundennummer, Vertragskonto, Rechnungsnummer and Rechnungsdatum in an info block, Lieferstelle / Verbrauchsstelle
(the supply address: a decoy, often the customer's own), Marktlokations-ID (11 digits with its check digit), Zählernummer;
Abrechnungszeitraum (two decoy dates); a meter table Zählernummer / Ablesedatum / Zählerstand alt / neu / Ableseart (Kundenablesung,
Ablesung Netzbetreiber, rechnerisch ermittelt) / Verbrauch — gas in m³ turned into kWh with the Zustandszahl and the Brennwert —;
the charges per price period: Arbeitspreis "1.734 kWh × 38,21 ct/kWh" (or "× 0,3821 €/kWh"), Grundpreis "181 Tage × 0,4521 €/Tag"
or "6 Monate × 13,75 €/Monat", Messstellenbetrieb, in 2023 the Entlastungsbetrag of the Strom- / Gaspreisbremse (negative); Summe
netto, Umsatzsteuer 19 % (gas 7 % from 1 October 2022 to 31 March 2024, 19 % after: a bill across the change prints both),
Rechnungsbetrag brutto; then the advance payments: "abzüglich geleistete Abschläge 11 × 98,00 €", Nachzahlung with "fällig am"
(= due date) or Guthaben to be refunded; the new Abschlag from a date (decoy amount and date); "Darin enthalten" price components —
Netzentgelt, Konzessionsabgabe, Stromsteuer / Energiesteuer, CO₂-Preis — as decoy amounts), `at_strom_jahresabrechnung` (an
Austrian supplier's Jahresabrechnung that bills the grid too: Energie (Energiepreis, Grundpauschale) and Netz "im Namen und auf
Rechnung von Netz Donautal GmbH" (Netznutzungsentgelt, Netzverlustentgelt, Netzbereitstellung / Leistungspauschale, Messentgelt),
Elektrizitätsabgabe per kWh, the Stromkostenzuschuss (Stromkostenbremse) negative from December 2022 to June 2024, USt 20 %,
Zählpunktnummer AT… (33 characters), ATU… VAT number).

Amounts `1.234,56 €` or `€ 1.234,56`, quantities `3.245 kWh`, dates `15.03.2024`.

Truth: vendor = the supplier with its postal address, tax id = its USt-IdNr. / UID (Steuernummer, HRB / FN, the grid operator are
decoys); customer = the account holder with the billing address (the Lieferstelle is a decoy), customer id = Kundennummer
(Vertragskonto, MaLo-ID, meter and metering point numbers are decoys); id = Rechnungsnummer; date = Rechnungsdatum; lines = the
priced charges (energy per period, standing charges, metering, grid items, the relief as a negative amount-only line); a line
priced in ct/kWh keeps its quantity and no unit price (the unit price is in euros only where it is printed in €/kWh); net = Summe
netto, tax = the Umsatzsteuer (both rates added), total = Rechnungsbetrag brutto — the year's bill, never the Nachzahlung / Guthaben
after the Abschläge, which are decoys as a deposit on an invoice is; due date = "fällig am" of a Nachzahlung.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, de_vat
from corpus.holdout.fakes_ninth import at_uid
from corpus.holdout.fakes_twentieth import (
    AT_GRIDS,
    AT_SUPPLIERS,
    DE_SUPPLIERS,
    at_metering_point,
    de_household,
    malo_id,
    meter_number,
)
from corpus.holdout.money import money
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import beside, paged, pts, rows_html
from corpus.holdout.templates._sixteenth import kv_rows
from corpus.holdout.templates._twentieth import amount, cells_table

FAMILY = "energy_annual_bill"
D = Decimal
DE_STREETS = ["Werkstraße", "Am Wasserturm", "Energieweg", "Bahnhofstraße", "Industriestraße", "Hafenstraße", "Lindenring"]
READINGS = ["Kundenablesung", "Ablesung Netzbetreiber", "rechnerisch ermittelt", "Ablesung durch Beauftragten", "Smart Meter (Fernauslesung)"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["de_strom_jahresabrechnung", "de_strom_jahresabrechnung", "de_gas_jahresabrechnung", "at_strom_jahresabrechnung"])
    return _bill(rng, layout)


def _de(value: D) -> str:
    return amount(value, ".", ",")


def _ct(value: D) -> str:
    return amount(value, ".", ",")


def _q(value: D) -> str:
    return amount(value, ".", ",", 0)


def _supplier(rng: random.Random, country: str) -> Party:
    if country == "AT":
        name, city, pc = pick(rng, AT_SUPPLIERS)
        party = Party(name=name, address=[f"{pick(rng, ['Energiestraße', 'Kraftwerkstraße', 'Hauptplatz', 'Stromgasse'])} {rng.randrange(1, 60)}", f"{pc} {city}"],
                      country="AT", tax_id=at_uid(rng))
        party.extra["fn"] = f"FN {rng.randrange(10000, 499999)}{pick(rng, ['a', 'b', 'd', 'h', 'k', 'm', 'p', 's', 'x'])}"
        party.extra["grid"] = pick(rng, AT_GRIDS)
    else:
        name, town = pick(rng, DE_SUPPLIERS)
        pc = {"Hamburg": "20457", "Köln": "50667", "Rostock": "18055"}.get(town) or f"{rng.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])}{rng.randrange(1000, 9999)}"
        party = Party(name=name, address=[f"{pick(rng, DE_STREETS)} {rng.randrange(1, 80)}", f"{pc} {town}"], country="DE", tax_id=de_vat(rng))
        party.extra["stnr"] = f"{rng.randrange(10, 99)}/{rng.randrange(100, 999)}/{rng.randrange(10000, 99999)}"
        party.extra["hrb"] = f"HRB {rng.randrange(1000, 99999)}"
    party.phone = f"0800 {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}" if country == "DE" else f"0800 {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
    party.email = f"service@{name.split()[0].lower().replace('ö', 'oe').replace('ü', 'ue')}.example"
    return party


def _split_days(start: date, end: date, cut: date | None) -> list[tuple[date, date]]:
    if cut is None or not start < cut <= end:
        return [(start, end)]
    return [(start, cut - timedelta(days=1)), (cut, end)]


def _bill(rng: random.Random, layout: str) -> Built:
    country = "AT" if layout.startswith("at") else "DE"
    gas = "gas" in layout
    vendor = _supplier(rng, country)
    customer = de_household(rng, country)
    if gas:
        start = date(2022, 10, 1) + timedelta(days=rng.randrange(0, 760))
    else:
        start = date(2022, 3, 1) + timedelta(days=rng.randrange(0, 940))
    start = date(start.year, start.month, 1)
    end = date(start.year + 1, start.month, 1) - timedelta(days=1)
    issued = end + timedelta(days=rng.randrange(8, 40))
    days_total = (end - start).days + 1
    # a price change on the first of a month inside the period; a gas bill across 1 April 2024 is split there (VAT 7 % -> 19 %)
    vat_cut = date(2024, 4, 1) if gas and start < date(2024, 4, 1) <= end else None
    cut = vat_cut or (date(start.year + (start.month + 6 > 12), (start.month + 5) % 12 + 1, 1) if chance(rng, 0.55) else None)
    periods = _split_days(start, end, cut)
    consumption = D(rng.randrange(8000, 26000) if gas else rng.randrange(1400, 5600))
    vat_rate_of = (lambda a: D(7) if gas and date(2022, 10, 1) <= a < date(2024, 4, 1) else D(19)) if country == "DE" else (lambda a: D(20))
    euro_unit = chance(rng, 0.35)  # unit prices printed in €/kWh (4 decimals) rather than ct/kWh
    monthly = chance(rng, 0.5)
    lines: list[Line] = []
    rates: list[D] = []
    cts: list[D] = []
    left = consumption
    for i, (a, b) in enumerate(periods):
        days = (b - a).days + 1
        kwh = left if i == len(periods) - 1 else (consumption * days / days_total).quantize(D(1), rounding=ROUND_HALF_UP)
        left -= kwh
        year = a.year
        if gas:
            ct = D(str(round(rng.uniform(*{2022: (11, 16), 2023: (10, 17), 2024: (7.5, 11), 2025: (7.2, 10)}[year]), 2)))
        elif country == "AT":
            ct = D(str(round(rng.uniform(*{2022: (18, 32), 2023: (16, 34), 2024: (12, 22), 2025: (10, 18)}[year]), 2)))
        else:
            ct = D(str(round(rng.uniform(*{2022: (30, 42), 2023: (31, 44), 2024: (24, 33), 2025: (22, 30)}[year]), 2)))
        span = f"{a.strftime('%d.%m.%Y')} – {b.strftime('%d.%m.%Y')}"
        label = "Energiepreis" if country == "AT" else "Arbeitspreis"
        if euro_unit:
            unit = (ct / 100).quantize(D("0.0001"))
            lines.append(Line(f"{label} {span}", kwh, unit, money(kwh * unit), "kWh"))
            lines[-1].code = f"{_q(kwh)} kWh × {amount(unit, '.', ',', 4)} €/kWh"
        else:
            lines.append(Line(f"{label} {span}", kwh, None, money(kwh * ct / 100), "kWh"))
            lines[-1].code = f"{_q(kwh)} kWh × {_ct(ct)} ct/kWh"
        rates.append(vat_rate_of(a))
        cts.append(ct)
        base_name = "Grundpauschale" if country == "AT" else "Grundpreis"
        if monthly and a.day == 1 and (b + timedelta(days=1)).day == 1:
            months = D((b.year - a.year) * 12 + b.month - a.month + 1)
            fee = money(rng.uniform(3.5, 6.5) if country == "AT" else (rng.uniform(12, 20) if gas else rng.uniform(9, 16)))
            lines.append(Line(f"{base_name} {span}", months, fee, money(months * fee), "Monate"))
            lines[-1].code = f"{_q(months)} Monate × {_de(fee)} €/Monat"
        else:
            per_day = D(str(round(rng.uniform(0.12, 0.21) if country == "AT" else (rng.uniform(0.39, 0.66) if gas else rng.uniform(0.29, 0.53)), 4)))
            lines.append(Line(f"{base_name} {span}", D(days), per_day, money(days * per_day), "Tage"))
            lines[-1].code = f"{days} Tage × {amount(per_day, '.', ',', 4)} €/Tag"
        rates.append(vat_rate_of(a))
    months_total = D(round(days_total / 30.44))
    notes: dict = {}
    if country == "AT":
        grid = vendor.extra["grid"]
        for text, low, high in (("Netznutzungsentgelt", 5.2, 8.9), ("Netzverlustentgelt", 0.35, 0.75)):
            ct = D(str(round(rng.uniform(low, high), 2)))
            lines.append(Line(text, consumption, None, money(consumption * ct / 100), "kWh"))
            lines[-1].code = f"{_q(consumption)} kWh × {_ct(ct)} ct/kWh"
            rates.append(D(20))
        for text, low, high in (("Netzbereitstellung / Leistungspauschale", 2.2, 4.2), ("Messentgelt", 1.9, 2.9)):
            fee = money(rng.uniform(low, high))
            lines.append(Line(text, months_total, fee, money(months_total * fee), "Monate"))
            lines[-1].code = f"{_q(months_total)} Monate × {_de(fee)} €"
            rates.append(D(20))
        abgabe = D("0.1") if start.year == 2024 or (start.year == 2023 and start.month > 6) else D("1.5")
        lines.append(Line("Elektrizitätsabgabe", consumption, None, money(consumption * abgabe / 100), "kWh"))
        lines[-1].code = f"{_q(consumption)} kWh × {_ct(abgabe)} ct/kWh"
        rates.append(D(20))
        if date(2022, 12, 1) <= start <= date(2024, 6, 30):
            capped = min(consumption, D(2900))
            relief = money(capped * D(str(round(rng.uniform(8, 20), 2))) / 100)
            lines.append(Line("Stromkostenzuschuss (Stromkostenbremse)", None, None, -relief, ""))
            lines[-1].code = f"{_q(capped)} kWh gefördert"
            rates.append(D(20))
        notes["grid"] = grid
    else:
        meter_fee = money(rng.uniform(1.2, 2.4)) if chance(rng, 0.6) else None
        if meter_fee:
            lines.append(Line("Messstellenbetrieb", months_total, meter_fee, money(months_total * meter_fee), "Monate"))
            lines[-1].code = f"{_q(months_total)} Monate × {_de(meter_fee)} €"
            rates.append(vat_rate_of(periods[-1][0]))
        overlap = max(0, (min(end, date(2023, 12, 31)) - max(start, date(2023, 1, 1))).days + 1)
        cap = D("11.21") if gas else D("33.61")  # the brakes' 12 ct / 40 ct gross caps, net of VAT
        first_ct = cts[0]
        if overlap and first_ct > cap:
            kontingent = (consumption * D("0.8") * overlap / 365).quantize(D(1))
            relief = money(kontingent * (first_ct - cap) / 100)
            lines.append(Line(f"Entlastungsbetrag {'Gaspreisbremse (EWPBG)' if gas else 'Strompreisbremse (StromPBG)'}", None, None, -relief, ""))
            lines[-1].code = f"Entlastungskontingent {_q(kontingent)} kWh × {_ct(first_ct - cap)} ct/kWh"
            rates.append(vat_rate_of(date(2023, 6, 1)))
    bases: dict[D, D] = {}
    for li, r in zip(lines, rates, strict=True):
        bases[r] = bases.get(r, D("0.00")) + li.amount
    bases = dict(sorted(bases.items()))
    vats = {r: money(b * r / 100) for r, b in bases.items()}
    net = sum(bases.values(), D("0.00"))
    tax = sum(vats.values(), D("0.00"))
    total = net + tax
    count = 11 if chance(rng, 0.7) else 12
    advance = money(round(total * D(str(rng.uniform(0.85, 1.15))) / count))
    paid = advance * count
    balance = total - paid
    due = issued + timedelta(days=pick(rng, [14, 14, 21, 30])) if balance > 0 and chance(rng, 0.85) else None
    customer_no = f"{rng.randrange(10**7, 10**9)}" if country == "DE" else f"{rng.randrange(10**5, 10**7)}"
    contract = f"{rng.randrange(10**9, 10**10)}" if country == "DE" else f"{rng.randrange(10**6, 10**8)}"
    number = pick(rng, [f"{rng.randrange(10**9, 10**10)}", f"JA-{issued.year}-{rng.randrange(10**5, 10**6)}", f"{issued.year}{rng.randrange(10**6, 10**7)}"])
    doc = Doc(document_type="invoice", locale=country, currency="EUR", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, due_date=due, customer_id=customer_no)
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.4, 8.4), table=pick(rng, ["rules", "zebra", "minimal", "header_fill"]))
    css = theme.css(".t{font-size:13pt;font-weight:bold} .tiny{font-size:6.2pt;color:#555} .box{border:0.7pt solid #aaa;padding:5pt} .hl{background:#f1f4f8;padding:5pt}")
    width, height = A4
    W = width - 70
    eur_first = country == "AT" and chance(rng, 0.5)

    def e(value: D) -> str:
        return f"€ {_de(value)}" if eur_first else f"{_de(value)} €"

    d = issued.strftime("%d.%m.%Y")
    kind = "Erdgas" if gas else "Strom"
    sender = f"<p class='tiny'>{esc(vendor.name)} · {esc(' · '.join(vendor.address))}</p>"
    window = sender + "".join(f"<p>{esc(x)}</p>" for x in [customer.name, *customer.address])
    malo = malo_id(rng) if country == "DE" else None
    point = at_metering_point(rng) if country == "AT" else None
    meter = meter_number(rng)
    info = [("Kundennummer", customer_no), ("Vertragskonto", contract), ("Rechnungsnummer", f"<b>{number}</b>"), ("Rechnungsdatum", d)]
    lieferstelle = customer.address if chance(rng, 0.75) else [f"{pick(rng, ['Gartenweg', 'Am Sportplatz', 'Seestraße', 'Schulstraße'])} {rng.randrange(1, 60)}", customer.address[-1]]
    letterhead = f"<p class='t' style='color:{theme.accent};text-align:right'>{esc(vendor.name)}</p>"
    title = f"Ihre Jahresabrechnung {kind}" if chance(rng, 0.5) else f"Jahresverbrauchsabrechnung {kind}"
    first = (letterhead + f"<div style='margin-top:8pt'>{beside(window, kv_rows(info, (95, 150)), (W - 255, 247))}</div>"
             + f"<p class='t' style='margin-top:12pt'>{title}</p>"
             + f"<p>Abrechnungszeitraum: {start.strftime('%d.%m.%Y')} bis {end.strftime('%d.%m.%Y')}</p>"
             + f"<p>Lieferstelle: {esc(', '.join(lieferstelle))}</p>"
             + (f"<p>Marktlokations-ID: {malo}</p>" if malo else f"<p>Zählpunktnummer: {point}</p>")
             + (f"<p>Netzbetreiber: {esc(notes['grid'])}</p>" if country == "AT" else ""))
    # meter readings
    reading_old = D(rng.randrange(1000, 90000))
    if gas:
        z = D(str(round(rng.uniform(0.93, 0.97), 4)))
        hs = D(str(round(rng.uniform(10.9, 11.6), 3)))
        m3 = (consumption / z / hs).quantize(D(1))
        meter_rows = [[meter, start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y"), _q(reading_old), _q(reading_old + m3), pick(rng, READINGS), f"{_q(m3)} m³"]]
        conversion = (f"<p class='small'>Umrechnung: {_q(m3)} m³ × Zustandszahl {amount(z, '.', ',', 4)} × Brennwert {amount(hs, '.', ',', 3)} kWh/m³ "
                      f"= {_q(consumption)} kWh</p>")
    else:
        meter_rows = [[meter, start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y"), _q(reading_old), _q(reading_old + consumption), pick(rng, READINGS),
                       f"{_q(consumption)} kWh"]]
        conversion = ""
    meters = cells_table(["Zählernummer", "von", "bis", "Zählerstand alt", "Zählerstand neu", "Ableseart", "Verbrauch"],
                         pts(W, 0.17, 0.11, 0.11, 0.13, 0.13, 0.2, 0.15), {3, 4, 6}, meter_rows) + conversion
    first += f"<p class='b' style='margin-top:8pt'>Ihr Verbrauch</p>{meters}<p class='b' style='margin-top:8pt'>Ihre Kosten im Einzelnen</p>"
    head = ["Position", "Menge × Preis", "USt", "Betrag netto"]
    cols = pts(W, 0.45, 0.33, 0.07, 0.15)
    numeric = {3}
    rows = list(zip(lines, rates, strict=True))
    section_at = country == "AT"

    def table(chunk) -> str:
        cells = []
        for li, r in chunk:
            name = esc(li.description)
            if section_at and li.description.startswith("Netznutzungsentgelt"):
                name = f"<i>Netz – im Namen und auf Rechnung von {esc(notes['grid'])}</i><br/>{name}"
            cells.append([name, esc(li.code), f"{r} %", _de(li.amount)])
        return cells_table(head, cols, numeric, cells)

    vat_rows = [(f"Umsatzsteuer {r} % auf {_de(b)} €" if not eur_first else f"USt {r} % von € {_de(b)}", e(vats[r])) for r, b in bases.items()]
    totals = [("Summe netto", e(net))] + vat_rows + [("Rechnungsbetrag brutto", e(total))]
    settle = [("Rechnungsbetrag brutto", e(total)), (f"abzüglich geleistete Abschläge ({count} × {e(advance)})", e(-paid))]
    if balance > 0:
        settle.append(("Nachzahlung", e(balance)))
        settle_note = (f"<p>Den Nachzahlungsbetrag von {e(balance)} {'buchen wir' if chance(rng, 0.5) else 'bitten wir Sie zu überweisen, er ist'} "
                       + (f"fällig am {due.strftime('%d.%m.%Y')}.</p>" if due else "mit dem nächsten Abschlag ab.</p>"))
    else:
        settle.append(("Guthaben", e(-balance)))
        settle_note = f"<p>Ihr Guthaben von {e(-balance)} erstatten wir in den nächsten Tagen auf Ihr Konto.</p>"
    new_advance = money(round(total / 12 * D(str(rng.uniform(1.0, 1.1)))))
    next_start = date(issued.year + (issued.month == 12), issued.month % 12 + 1, 1)
    components = []
    if not section_at:
        netz = money(consumption * D(str(round(rng.uniform(7, 11) if not gas else rng.uniform(1.5, 2.6), 2))) / 100)
        ka = money(consumption * D("1.32" if not gas else "0.03") / 100)
        steuer = money(consumption * D("2.05" if not gas else "0.55") / 100)
        components = [("Netzentgelt", e(netz)), ("Konzessionsabgabe", e(ka)), ("Energiesteuer" if gas else "Stromsteuer", e(steuer))]
        if gas:
            components.append(("CO₂-Preis (BEHG)", e(money(consumption * D(str(round(rng.uniform(0.55, 1.1), 2))) / 100))))
    closing = (f"<div style='margin-left:{W - 270:.0f}pt;margin-top:4pt'>{rows_html(totals, widths=(180, 90))}</div>"
               + f"<div class='hl' style='margin-top:8pt'>{rows_html(settle, widths=(W - 120, 100))}{settle_note}</div>"
               + f"<p style='margin-top:6pt'>Ihr neuer monatlicher Abschlag ab {next_start.strftime('%d.%m.%Y')}: <b>{e(new_advance)}</b></p>"
               + ("<p class='small' style='margin-top:6pt'>In den Nettobeträgen sind enthalten: " + "; ".join(f"{k} {v}" for k, v in components) + ".</p>" if components else "")
               + (f"<p class='tiny' style='margin-top:10pt'>{esc(vendor.name)} · {esc(', '.join(vendor.address))} · USt-IdNr. {vendor.tax_id} · Steuernummer {vendor.extra['stnr']} · "
                  f"Amtsgericht {esc(vendor.address[-1].split(' ', 1)[1])} {vendor.extra['hrb']}</p>" if country == "DE" else
                  f"<p class='tiny' style='margin-top:10pt'>{esc(vendor.name)} · {esc(', '.join(vendor.address))} · UID {vendor.tax_id} · {vendor.extra['fn']}</p>"))
    sheet = paged(width, height, css, (35.0, 32.0, 35.0, 28.0), rows,
                  lambda chunk, page, last: (first if page == 0 else f"<p class='b'>Jahresabrechnung {number} – Fortsetzung</p>") + table(chunk) + (closing if last else ""),
                  footer=lambda p, c: f"<p class='tiny' style='text-align:right'>Seite {p} von {c}</p>", footer_height=12.0)
    notes.update({"malo": malo, "point": point, "meter": meter, "contract": contract, "paid": float(paid), "balance": float(balance),
                  "new_advance": float(new_advance), "lieferstelle": lieferstelle, "vat_rates": [str(r) for r in bases]})
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1, notes=notes)
