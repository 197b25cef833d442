"""Electric-vehicle charging receipt: an ad-hoc or app charging session at a public charger, 2023-2025.

Three prints: the charging network's app / e-mail receipt (GB, NL, US: operator logo, "Charging receipt" /
"Laadbon", receipt number, site and its address, charger / EVSE id `GB*VPC*E1234567*001`, connector "CCS2 (2)",
session id (UUID), start / end / duration, energy delivered, peak power, the charges — energy "42.318 kWh ×
£0.79/kWh", connection fee, overstay / idle fee "12 min × £0.10", or US per-minute pricing "39 min × $0.32/min"
— then the total with "Includes VAT (20%)" / "waarvan btw 21%" or a US subtotal and sales tax, the card "Visa
•••• 1234", and the operator's registered address and VAT number in the small print); the charging hub's
payment kiosk roll (monospaced: site, EVSE, kWh, price, total, card-terminal lines AID / AUTH / PAN); and a
German Ladebeleg after the Eichrecht (Rechnung / Ladebeleg Nr., Ladepunkt-ID, Zählerstand Beginn / Ende in kWh,
Ladedauer, Energie × Preis, Blockiergebühr, Nettobetrag / MwSt. 19 % / Gesamtbetrag, the signed meter values
"OCMF|{…}|{…}" with the public key and the Transparenzsoftware note).

Truth: a `receipt`: customer null (the driver, a card's last digits, an app account or a fleet card number are
printed but are not the customer). Vendor = the charge point operator selling the energy (its name and the
registered address printed with it, never the site / car park address); tax id = its VAT number / USt-IdNr. /
btw-nummer as printed (US: none). Id = the receipt / Beleg / Bon number; session id, EVSE / Ladepunkt id,
connector, authorisation, OCMF data and meter readings are decoys. Lines: energy with the kWh as quantity
(three decimals) and the price per kWh as unit price; per-minute charging and idle / overstay fees with minutes
× rate; a flat connection / session fee without quantity. GB / NL / DE prices include VAT: the lines add up to
the total and tax = the VAT included (net where a net figure is printed); US: net = subtotal, tax = the sales
tax line where printed, else both null. Document date = the session's end date.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import de_vat, nl_vat, uk_vat
from corpus.holdout.fakes_eleventh import EV_SITES, base64ish, ev_operator, evse_id, session_uuid
from corpus.holdout.money import fmt_date, fmt_number, random_date
from corpus.holdout.render import A4, LETTER, Box, Sheet, fits

FAMILY = "ev_charging_receipt"
DOCUMENT_TYPE = "receipt"
CENT = Decimal("0.01")
VAT = {"GB": Decimal(20), "DE": Decimal(19), "NL": Decimal(21)}
PRICE = {"GB": (0.45, 0.85), "DE": (0.39, 0.79), "NL": (0.35, 0.79), "US": (0.35, 0.62)}
SYMBOL = {"GB": "£", "DE": "€", "NL": "€", "US": "$"}
CURRENCY = {"GB": "GBP", "DE": "EUR", "NL": "EUR", "US": "USD"}
STYLE = {"GB": "en", "US": "en", "DE": "de", "NL": "de"}
DATES = {"GB": ["dmy_slash", "d_mon_y", "d_month_y"], "US": ["mdy_slash", "mon_d_y"], "DE": ["dmy_dot"], "NL": ["dmy_dash", "d_month_y"]}
WORDS = {
    "GB": {"title": "Charging receipt", "no": "Receipt no.", "date": "Date", "site": "Location", "evse": "Charger ID", "conn": "Connector", "session": "Session ID",
           "start": "Start", "end": "End", "dur": "Duration", "energy": "Energy delivered", "peak": "Peak power", "charges": "Charges", "energy_line": "Energy",
           "fee": "Connection fee", "idle": "Overstay fee", "total": "Total (incl. VAT)", "vat": "Includes VAT ({r}%)", "net": "Net amount", "paid": "Paid with",
           "vatno": "VAT Reg. No.", "thanks": "Thank you for charging with us."},
    "NL": {"title": "Laadbon", "no": "Bonnummer", "date": "Datum", "site": "Locatie", "evse": "Laadpunt-ID", "conn": "Connector", "session": "Sessie-ID",
           "start": "Start", "end": "Einde", "dur": "Duur", "energy": "Geladen energie", "peak": "Max. vermogen", "charges": "Kosten", "energy_line": "Energie",
           "fee": "Starttarief", "idle": "Bezettingstarief", "total": "Totaal (incl. btw)", "vat": "waarvan btw {r}%", "net": "Bedrag excl. btw", "paid": "Betaald met",
           "vatno": "btw-nummer", "thanks": "Bedankt voor het laden bij ons."},
    "US": {"title": "Charging Session Receipt", "no": "Receipt #", "date": "Date", "site": "Station", "evse": "Station ID", "conn": "Connector", "session": "Session ID",
           "start": "Start", "end": "End", "dur": "Duration", "energy": "Energy", "peak": "Max power", "charges": "Charges", "energy_line": "Energy",
           "fee": "Session fee", "idle": "Idle fee", "total": "Total", "vat": "", "net": "Subtotal", "paid": "Paid with", "vatno": "", "thanks": "Thanks for charging with us!"},
    "DE": {"title": "Ladebeleg", "no": "Belegnummer", "date": "Datum", "site": "Standort", "evse": "Ladepunkt-ID", "conn": "Stecker", "session": "Vorgangs-ID",
           "start": "Beginn", "end": "Ende", "dur": "Ladedauer", "energy": "Geladene Energie", "peak": "Max. Leistung", "charges": "Positionen", "energy_line": "Energie",
           "fee": "Startgebühr", "idle": "Blockiergebühr", "total": "Gesamtbetrag (brutto)", "vat": "enthaltene MwSt. {r} %", "net": "Nettobetrag", "paid": "Bezahlt mit",
           "vatno": "USt-IdNr.", "thanks": "Vielen Dank für Ihren Ladevorgang."},
}


def _r(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["app", "kiosk", "ladebeleg"])
    country = "DE" if layout == "ladebeleg" else pick(rng, ["GB", "NL", "US"] if layout == "app" else ["GB", "DE", "NL", "US"])
    w = WORDS[country]
    operator = ev_operator(rng, country)
    operator.tax_id = {"GB": uk_vat, "DE": de_vat, "NL": nl_vat}[country](rng) if country != "US" else None
    day = random_date(rng)
    start = datetime(day.year, day.month, day.day, rng.randrange(0, 23), rng.randrange(60), rng.randrange(60))
    minutes = rng.randrange(12, 95)
    end = start + timedelta(minutes=minutes, seconds=rng.randrange(60))
    style, sym = STYLE[country], SYMBOL[country]
    num = lambda v, dec=2: fmt_number(v, style, decimals=dec)  # noqa: E731
    per_minute = country == "US" and chance(rng, 0.3)
    connector = pick(rng, ["CCS2", "CCS2", "Type 2", "CHAdeMO"] if country != "US" else ["CCS1", "CCS1", "NACS", "J1772"])
    peak = rng.randrange(50, 300) if connector not in ("Type 2", "J1772") else pick(rng, [7, 11, 22])
    kwh = Decimal(max(2500, int(peak * minutes / 60 * rng.uniform(0.35, 0.8) * 1000))) / 1000
    lines: list[Line] = []
    price_dec = pick(rng, [2, 2, 4]) if country == "DE" else 2
    if per_minute:
        rate_ = Decimal(str(round(rng.uniform(0.2, 0.45), 2)))
        lines.append(Line(f"Charging time ({num(kwh, 3)} kWh delivered)", Decimal(minutes), rate_, _r(minutes * rate_), "min"))
    else:
        low, high = PRICE[country]
        price = Decimal(str(round(rng.uniform(low, high), 2)))
        lines.append(Line(w["energy_line"], kwh, price, _r(kwh * price), "kWh"))
    if chance(rng, 0.35):
        fee = Decimal(pick(rng, ["0.35", "0.50", "1.00", "1.50"]))
        lines.append(Line(w["fee"], None, None, fee))
    if chance(rng, 0.25):
        idle = Decimal(rng.randrange(5, 45))
        idle_rate = Decimal(pick(rng, ["0.10", "0.20", "0.40", "0.50"]))
        lines.append(Line(w["idle"], idle, idle_rate, _r(idle * idle_rate), "min"))
    gross = sum((li.amount for li in lines), Decimal("0.00"))
    net = tax = None
    lines_sum_to = "total"
    if country == "US":
        if chance(rng, 0.4):
            sales_rate = Decimal(pick(rng, ["6", "6.25", "7", "8.25"]))
            tax = _r(gross * sales_rate / 100)
            net = gross
            lines_sum_to = "net"
        total = gross + (tax or Decimal("0.00"))
    else:
        total = gross
        tax = _r(total * VAT[country] / (100 + VAT[country]))
        if layout == "ladebeleg" or chance(rng, 0.5):
            net = total - tax
    number = {"GB": f"R-{day.year}-{rng.randrange(10**6, 10**7)}", "NL": f"{rng.randrange(10**6, 10**8)}",
              "US": "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)),
              "DE": pick(rng, [f"LB-{day.strftime('%y%m')}-{rng.randrange(10**6, 10**7)}", f"{day.year}-{rng.randrange(100000, 999999)}"])}[country]
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=CURRENCY[country], vendor=operator, customer=None, invoice_ids=[number],
              document_date=end.date(), total=total, net=net, tax=tax, lines=lines, lines_sum_to=lines_sum_to)
    date_pattern = pick(rng, DATES[country])
    lang = {"GB": "en", "US": "en", "DE": "de", "NL": "nl"}[country]
    d = lambda x: fmt_date(x, date_pattern, lang)  # noqa: E731
    site = pick(rng, EV_SITES[country])
    evse = evse_id(rng, country, operator.name)
    session = session_uuid(rng)
    card = f"{pick(rng, ['Visa', 'Mastercard', 'Amex', 'Apple Pay (Visa)'])} •••• {rng.randrange(10000):04d}"

    def money_(value: Decimal) -> str:
        return f"{sym}{num(value)}" if country in ("GB", "US") else f"{num(value)} €" if country == "DE" else f"€ {num(value)}"

    def unit_price(li: Line) -> str:
        per = "kWh" if li.unit == "kWh" else "min"
        dec = price_dec if li.unit == "kWh" else 2
        return f"{sym}{num(li.unit_price, dec)}/{per}" if country in ("GB", "US") else f"{num(li.unit_price, dec)} €/{per}" if country == "DE" else f"€ {num(li.unit_price, dec)}/{per}"

    def qty(li: Line) -> str:
        return f"{num(li.quantity, 3)} kWh" if li.unit == "kWh" else f"{int(li.quantity)} min"

    tax_rows: list[tuple[str, str]] = []
    if country == "US":
        if tax is not None:
            tax_rows = [(w["net"], money_(net)), (f"Sales tax ({str(sales_rate).rstrip('0').rstrip('.')}%)", money_(tax))]
    else:
        tax_rows = ([(w["net"], money_(net))] if net is not None else []) + [(w["vat"].format(r=VAT[country]), money_(tax))]
    legal = f"{esc(operator.name)} · {esc(', '.join(operator.address))}" + (f" · {w['vatno']} {operator.tax_id}" if operator.tax_id else "")

    if layout == "kiosk":
        theme = Theme.pick(rng, font="Courier", size=(7.0, 7.5), table="minimal", accent="#000000")
        css = theme.css("td{padding:0.3pt 1pt} .hd{font-size:9pt;font-weight:bold}")
        width = pick(rng, [204.0, 226.0])
        rule = "-" * (30 if width < 210 else 34)

        def pair(a: str, b: str, cls: str = "") -> str:
            return f"<tr><td class='{cls}' style='width:55%'>{a}</td><td class='r {cls}' style='width:45%'>{b}</td></tr>"

        rows = []
        for li in lines:
            if li.quantity is not None:
                rows.append(f"<tr><td colspan='2'>{esc(li.description)}</td></tr>" + pair(f"&#160;{qty(li)} x {num(li.unit_price, price_dec if li.unit == 'kWh' else 2)}", num(li.amount)))
            else:
                rows.append(pair(esc(li.description), num(li.amount)))
        tx = "".join(pair(a, b) for a, b in tax_rows)
        html = (f"<p class='c hd'>{esc(operator.name)}</p><p class='c'>{lines_html(operator.address)}</p>"
                + (f"<p class='c'>{w['vatno']} {operator.tax_id}</p>" if operator.tax_id else "")
                + f"<p>{rule}</p><p class='c b'>{w['title'].upper()}</p><p>{w['no']} {number}</p><p>{esc(site)}</p><p>{w['evse']}: {evse}</p>"
                f"<p>{w['conn']}: {connector}</p><p>{w['start']}: {d(start.date())} {start.strftime('%H:%M')}</p><p>{w['end']}: {d(end.date())} {end.strftime('%H:%M')}</p>"
                f"<p>{rule}</p><table style='width:100%'>{''.join(rows)}</table><p>{rule}</p><table style='width:100%'>"
                + (tx if country == "US" else "") + pair(w["total"].upper(), money_(total), "b") + (tx if country != "US" else "") + "</table>"
                f"<p>{rule}</p><p>{card.upper()}</p><p>AID A0000000{rng.randrange(10**5, 10**6)}</p><p>AUTH {rng.randrange(100000, 999999)}</p>"
                f"<p>REF {rng.randrange(10**9, 10**10)}</p><p class='c'>{w['thanks']}</p>")
        height = 0.0
        rect = None
        for height in (360, 420, 500, 580, 680, 800):
            rect = (6, 8, width - 6, height - 8)
            if fits(html, css, rect):
                break
        sheet = Sheet(width=width, height=height, css=css, pages=[[Box(rect, html)]])
        return Built(doc=doc, sheet=sheet, template="ev_kiosk", notes={"evse": evse, "session": session, "country": country})

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.5, 9.5), table=pick(rng, ["rules", "minimal", "zebra"]))
    css = theme.css(".ttl{font-size:18pt;font-weight:bold} .hero{font-size:22pt;font-weight:bold} .lbl{color:#666} .card{border:0.8pt solid #ccc;padding:6pt;margin-top:6pt}"
                    " .mono{font-family:Courier;font-size:6pt}")
    width, height = LETTER if country == "US" else A4
    charge_rows = "".join(
        f"<tr><td style='width:45%'>{esc(li.description)}</td><td style='width:35%'>{(qty(li) + ' × ' + unit_price(li)) if li.quantity is not None else ''}</td>"
        f"<td class='r' style='width:20%'>{money_(li.amount)}</td></tr>" for li in lines)
    sums = "".join(f"<tr><td></td><td>{a}</td><td class='r'>{b}</td></tr>" for a, b in (tax_rows if country == "US" else []))
    sums += f"<tr class='grand'><td></td><td>{w['total']}</td><td class='r'>{money_(total)}</td></tr>"
    if country != "US":
        sums += "".join(f"<tr><td></td><td>{a}</td><td class='r'>{b}</td></tr>" for a, b in tax_rows)
    session_rows = [(w["site"], esc(site)), (w["evse"], evse), (w["conn"], connector), (w["session"], session),
                    (w["start"], f"{d(start.date())} {start.strftime('%H:%M:%S')}"), (w["end"], f"{d(end.date())} {end.strftime('%H:%M:%S')}"),
                    (w["dur"], f"{minutes} min"), (w["energy"], f"{num(kwh, 3)} kWh"), (w["peak"], f"{peak} kW")]
    if layout == "app":
        head = (f"<table style='width:100%'><tr><td style='width:60%'><p class='b accent' style='font-size:14pt'>{esc(operator.name)}</p></td>"
                f"<td style='width:40%' class='r'><p class='ttl'>{w['title']}</p></td></tr></table>"
                f"<p style='margin-top:10pt' class='lbl'>{w['total']}</p><p class='hero'>{money_(total)}</p>"
                f"<p>{w['no']} <b>{number}</b> · {w['date']} {d(end.date())}</p>"
                f"<div class='card'><table class='kv' style='width:100%'>" + "".join(f"<tr><td class='lbl' style='width:35%'>{a}</td><td style='width:65%'>{b}</td></tr>" for a, b in session_rows)
                + "</table></div>")
        body = (f"<p class='b' style='margin-top:8pt'>{w['charges']}</p><table class='items'>{charge_rows}{sums}</table>"
                f"<p style='margin-top:6pt'>{w['paid']} {card}</p><p style='margin-top:10pt'>{w['thanks']}</p>"
                f"<p class='tiny muted' style='margin-top:14pt'>{legal}</p>")
        html = head + body
    else:
        meter_start = Decimal(rng.randrange(10**6, 10**8)) / 1000
        meter_end = meter_start + kwh
        ocmf = (f"OCMF|{{\"FV\":\"1.0\",\"GI\":\"{operator.name.split()[0].upper()} AC/DC\",\"GS\":\"{rng.randrange(10**7, 10**8)}\",\"PG\":\"T{rng.randrange(1, 9999)}\","
                f"\"RD\":[{{\"TM\":\"{start.strftime('%Y-%m-%dT%H:%M:%S')},000+0100 S\",\"RV\":{meter_start},\"RU\":\"kWh\"}},"
                f"{{\"TM\":\"{end.strftime('%Y-%m-%dT%H:%M:%S')},000+0100 S\",\"RV\":{meter_end},\"RU\":\"kWh\"}}]}}|{{\"SD\":\"{base64ish(rng, 88)}\"}}")
        info = [("Ladebeleg Nr." if chance(rng, 0.6) else "Rechnungsnummer", f"<b>{number}</b>"), ("Datum", d(end.date())), (w["site"], esc(site)),
                ("Ladepunkt-ID (EVSE)", evse), (w["conn"], connector), (w["session"], session), (w["start"], f"{d(start.date())} {start.strftime('%H:%M:%S')}"),
                (w["end"], f"{d(end.date())} {end.strftime('%H:%M:%S')}"), (w["dur"], f"{minutes} min"),
                ("Zählerstand Beginn", f"{num(meter_start, 3)} kWh"), ("Zählerstand Ende", f"{num(meter_end, 3)} kWh"), (w["energy"], f"{num(kwh, 3)} kWh")]
        html = (f"<table style='width:100%'><tr><td style='width:60%'><p class='b' style='font-size:13pt'>{esc(operator.name)}</p><p class='small'>{lines_html(operator.address)}</p>"
                f"<p class='small'>{w['vatno']} {operator.tax_id}</p></td><td style='width:40%' class='r'><p class='ttl'>{pick(rng, ['Ladebeleg', 'Rechnung / Ladebeleg'])}</p>"
                f"<p class='small'>Ad-hoc-Laden (Kartenzahlung)</p></td></tr></table>"
                f"<table class='kv' style='width:100%;margin-top:10pt'>" + "".join(f"<tr><td class='lbl' style='width:35%'>{a}</td><td style='width:65%'>{b}</td></tr>" for a, b in info)
                + f"</table><p class='b' style='margin-top:8pt'>{w['charges']}</p><table class='items'>{charge_rows}{sums}</table>"
                f"<p style='margin-top:6pt'>{w['paid']} {card}</p>"
                f"<p class='b' style='margin-top:10pt'>Signierte Messwerte (OCMF)</p><p class='mono'>{esc(ocmf)}</p>"
                f"<p class='small'>Public Key: <span class='mono'>{base64ish(rng, 64)}</span></p>"
                "<p class='small'>Die Messwerte können mit der Transparenzsoftware (S.A.F.E. e.V.) geprüft werden. Eichrechtskonforme Abrechnung gemäß MessEG/MessEV.</p>"
                f"<p style='margin-top:8pt'>{w['thanks']}</p>")
    rect = (44, 40, width - 44, height - 40)
    if not fits(html, css, rect):
        raise AssertionError("EV receipt overflows")
    sheet = Sheet(width=width, height=height, css=css, pages=[[Box(rect, html)]])
    return Built(doc=doc, sheet=sheet, template=f"ev_{layout}", notes={"evse": evse, "session": session, "country": country, "kwh": str(kwh)})
