"""Rail tickets with their receipt: the online ticket a long-distance railway e-mails as a PDF (invented operators), from
Germany and Austria, France, Italy and Spain, in German, French, Italian and Spanish, EUR, 2023-2025.

Three prints. `de_at_online_ticket` (Online-Ticket: the QR code, Auftragsnummer (decoy), the journey — Hinfahrt and sometimes
Rückfahrt with date, departure and arrival times, train, Wagen / Platz —, Klasse, Reisende with the Vorteilskarte, the fare
(Flextarif / Spartarif); then the "Rechnung" / "Buchungsbeleg" block: Rechnungsnummer, Buchungsdatum, the ticket per journey and
the seat reservations "2 × 4,90 €", Gesamtpreis, "Enthaltene MwSt. 7 %" (Austria 10 %), sometimes the Nettobetrag, Zahlungsart;
the operator's legal entity, address and USt-IdNr. / UID at the foot), `fr_e_billet` (E-BILLET / justificatif: Référence dossier
(decoy), Passager, Aller / Retour with "le 15/03/2024", départ 08h04, train, voiture and place, tarif and carte; "Facture" with
N° de facture, Date d'achat, Montant TTC, Montant HT where printed, "dont TVA 10 %", payment by card; SIREN and TVA
intracommunautaire at the foot), `it_es_biglietto` (Italian "Biglietto elettronico" with Codice PNR (decoy), Ricevuta n., Data
emissione, "Importo totale" and "di cui IVA 10%", or Spanish "Billete electrónico" with Localizador (decoy), "Factura simplificada
nº", Fecha de emisión, Base imponible, IVA (10%) incluido, Importe total; the operator's P.IVA / CIF).

Truth: a `receipt` (the traveller is printed and is no customer); vendor = the operator's legal entity with its registered
address (the brand alone is none), tax id = its VAT number as printed; id = Rechnungsnummer / N° de facture / Ricevuta n. /
Factura simplificada nº (the booking code, PNR, localizador, ticket and train numbers are decoys); date = the purchase date (the
travel dates are decoys); lines = each journey's fare (amount only) and the reservations (number × price); tax = the VAT
included, net only where printed, total = the price paid.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, de_vat, es_cif, fr_vat, it_partita_iva, siren
from corpus.holdout.fakes_ninth import at_uid
from corpus.holdout.fakes_twentieth import RAIL_OPERATORS, RAIL_STATIONS, booking_code, traveller
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import beside, rows_html, single_page
from corpus.holdout.templates._sixteenth import kv_rows
from corpus.holdout.templates._twentieth import amount

FAMILY = "rail_ticket_receipt"
D = Decimal
VAT = {"DE": D(7), "AT": D(10), "FR": D(10), "IT": D(10), "ES": D(10)}


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["de_at_online_ticket", "de_at_online_ticket", "fr_e_billet", "it_es_biglietto", "it_es_biglietto"])
    country = {"de_at_online_ticket": pick(rng, ["DE", "DE", "AT"]), "fr_e_billet": "FR", "it_es_biglietto": pick(rng, ["IT", "ES"])}[layout]
    bought = random_date(rng, date(2023, 1, 5), 1030)
    return _ticket(rng, layout, country, bought)


def _operator(rng: random.Random, country: str) -> tuple[Party, str]:
    name, lines, brand = pick(rng, RAIL_OPERATORS[country])
    party = Party(name=name, address=list(lines), country=country)
    if country == "DE":
        party.tax_id = de_vat(rng)
    elif country == "AT":
        party.tax_id = at_uid(rng)
    elif country == "FR":
        s = siren(rng)
        party.tax_id = fr_vat(s)
        party.extra["siren"] = s
    elif country == "IT":
        number = it_partita_iva(rng)
        party.tax_id = pick(rng, [number, f"IT{number}"])
    else:
        party.tax_id = es_cif(rng, "A" if "S.A." in name else "B")
    return party, brand


def _fare(rng: random.Random, country: str, first: bool) -> D:
    low, high = {"DE": (17.9, 139.9), "AT": (14.9, 89.9), "FR": (19.0, 129.0), "IT": (19.9, 99.9), "ES": (15.0, 89.0)}[country]
    value = D(str(round(rng.uniform(low, high), 0))) - D("0.10") if country in ("DE", "AT", "IT") else D(str(round(rng.uniform(low, high), 0)))
    return money(value * (D("1.6") if first else 1))


def _ticket(rng: random.Random, layout: str, country: str, bought: date) -> Built:
    vendor, brand = _operator(rng, country)
    rate = VAT[country]
    first_class = chance(rng, 0.25)
    passengers = pick(rng, [1, 1, 1, 2, 2, 3])
    origin, dest = rng.sample(RAIL_STATIONS[country], 2)
    travel = bought + timedelta(days=rng.randrange(0, 60))
    back = travel + timedelta(days=rng.randrange(1, 10)) if chance(rng, 0.45) else None
    legs = [(origin, dest, travel)] + ([(dest, origin, back)] if back else [])
    lang = {"DE": "de", "AT": "de", "FR": "fr", "IT": "it", "ES": "es"}[country]
    words = {"de": ("Hinfahrt", "Rückfahrt"), "fr": ("Aller", "Retour"), "it": ("Andata", "Ritorno"), "es": ("Ida", "Vuelta")}[lang]
    klass = {"de": f"{1 if first_class else 2}. Klasse", "fr": f"{1 if first_class else 2}e classe", "it": "Business" if first_class else "Standard",
             "es": "Confort" if first_class else "Estándar"}[lang]
    lines: list[Line] = []
    trips = []
    for i, (a, b, day) in enumerate(legs):
        fare = _fare(rng, country, first_class) * passengers
        dep = datetime(day.year, day.month, day.day, rng.randrange(5, 21), pick(rng, [2, 4, 8, 13, 17, 28, 34, 42, 46, 51, 58]))
        arr = dep + timedelta(minutes=rng.randrange(55, 330))
        train = {"DE": pick(rng, ["IC", "EC", "FEX"]), "AT": pick(rng, ["EC", "IC", "D"]), "FR": "Train", "IT": "Treno",
                 "ES": "Tren"}[country] + f" {rng.randrange(100, 9999)}"
        coach, seat = rng.randrange(1, 16), rng.randrange(1, 120)
        desc = {"de": f"Fahrkarte {words[i]} {a} – {b}, {klass}", "fr": f"{words[i]} {a} – {b}, {klass}", "it": f"Biglietto {words[i]} {a} – {b} ({klass})",
                "es": f"Billete {words[i]} {a} – {b} ({klass})"}[lang]
        lines.append(Line(desc, None, None, fare))
        trips.append({"from": a, "to": b, "dep": dep, "arr": arr, "train": train, "coach": coach, "seat": seat, "fare": fare})
    reservation = country in ("DE", "AT") and chance(rng, 0.55)
    if reservation:
        price = money(pick(rng, ["4.90", "5.20", "3.50", "4.50"]))
        n = D(passengers * len(legs))
        lines.append(Line("Sitzplatzreservierung", n, price, money(n * price), "Stk."))
    total = sum((li.amount for li in lines), D("0.00"))
    tax = money(total * rate / (100 + rate))
    net = total - tax
    show_net = chance(rng, {"DE": 0.35, "AT": 0.35, "FR": 0.55, "IT": 0.2, "ES": 0.6}[country])
    number = {"DE": f"{bought.year}{rng.randrange(10**8, 10**9)}", "AT": f"RE{rng.randrange(10**7, 10**8)}", "FR": f"FV-{bought.year % 100}-{rng.randrange(10**6, 10**7)}",
              "IT": f"{rng.randrange(10**7, 10**8)}", "ES": f"FS-{bought.year}-{rng.randrange(10**7, 10**8)}"}[country]
    code = booking_code(rng, 6)
    doc = Doc(document_type="receipt", locale=country, currency="EUR", vendor=vendor, customer=None, invoice_ids=[number], document_date=bought,
              total=total, net=net if show_net else None, tax=tax, lines=lines, lines_sum_to="total")
    person = traveller(rng, country)
    card = f"{pick(rng, ['Visa', 'Mastercard', 'American Express'])} ****{rng.randrange(1000, 9999)}"
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.0), table="rules")
    css = theme.css(f".t{{font-size:16pt;font-weight:bold}} .tiny{{font-size:6.4pt;color:#555}} .band{{background:{theme.accent};color:#fff;padding:4pt 8pt;"
                    "font-weight:bold} .card{border:0.8pt solid #bbb;padding:6pt} .big{font-size:12pt;font-weight:bold}")
    width, height = A4
    W = width - 70

    def e(value: D) -> str:
        return f"{amount(value, '.', ',')} €"

    def trip_html(i: int, t: dict) -> str:
        if lang == "de":
            return (f"<p class='b'>{words[i]}: {esc(t['from'])} → {esc(t['to'])}</p>"
                    f"<p>{t['dep'].strftime('%d.%m.%Y')}, ab {t['dep'].strftime('%H:%M')}, an {t['arr'].strftime('%H:%M')} · {t['train']}"
                    + (f" · Wagen {t['coach']}, Platz {t['seat']}" if reservation else "") + "</p>")
        if lang == "fr":
            return (f"<p class='b'>{words[i]} : {esc(t['from'])} → {esc(t['to'])}</p>"
                    f"<p>le {t['dep'].strftime('%d/%m/%Y')}, départ {t['dep'].strftime('%Hh%M')}, arrivée {t['arr'].strftime('%Hh%M')} · {t['train']} · "
                    f"voiture {t['coach']}, place {t['seat']}</p>")
        if lang == "it":
            return (f"<p class='b'>{words[i]}: {esc(t['from'])} → {esc(t['to'])}</p>"
                    f"<p>{t['dep'].strftime('%d/%m/%Y')} partenza {t['dep'].strftime('%H:%M')} arrivo {t['arr'].strftime('%H:%M')} · {t['train']} · "
                    f"carrozza {t['coach']}, posto {t['seat']}</p>")
        return (f"<p class='b'>{words[i]}: {esc(t['from'])} → {esc(t['to'])}</p>"
                f"<p>{t['dep'].strftime('%d/%m/%Y')} salida {t['dep'].strftime('%H:%M')} llegada {t['arr'].strftime('%H:%M')} · {t['train']} · "
                f"coche {t['coach']}, plaza {t['seat']}</p>")

    journeys = "".join(f"<div class='card' style='margin-top:4pt'>{trip_html(i, t)}</div>" for i, t in enumerate(trips))
    fare_name = {"de": pick(rng, ["Flextarif", "Spartarif", "Super Spartarif"]), "fr": pick(rng, ["Tarif Loisir", "Tarif Liberté", "Tarif Avantage"]),
                 "it": pick(rng, ["Base", "Economy", "Super Economy"]), "es": pick(rng, ["Básico", "Elige", "Prémium"])}[lang]
    item_rows = []
    for li in lines:
        if li.quantity is not None:
            item_rows.append((f"{esc(li.description)} ({li.quantity} × {e(li.unit_price)})", e(li.amount)))
        else:
            item_rows.append((esc(li.description), e(li.amount)))
    footer = (f"<p class='tiny'>{esc(vendor.name)} · {esc(', '.join(vendor.address))} · "
              + {"DE": f"USt-IdNr. {vendor.tax_id}", "AT": f"UID {vendor.tax_id}", "FR": f"SIREN {vendor.extra.get('siren', '')} · TVA intracommunautaire {vendor.tax_id}",
                 "IT": f"P.IVA {vendor.tax_id}", "ES": f"CIF {vendor.tax_id}"}[country] + "</p>")
    if lang == "de":
        head = (f"<p class='t' style='color:{theme.accent}'>{esc(brand)}</p><p class='big'>Online-Ticket</p>"
                f"<p>Auftragsnummer: <b>{code}</b></p><p>Reisende: {passengers} {'Erwachsener' if passengers == 1 else 'Erwachsene'} · {klass} · {fare_name}</p>"
                f"<p>Name: {esc(person)}" + (f" · Vorteilskarte 25 ({klass})" if chance(rng, 0.4) else "") + "</p>")
        bill_meta = [("Rechnungsnummer", f"<b>{number}</b>"), ("Buchungsdatum", bought.strftime("%d.%m.%Y")), ("Zahlungsart", f"Kreditkarte {card}")]
        sums = [("Gesamtpreis", e(total))] + ([("Nettobetrag", e(net))] if show_net else []) + [(f"Enthaltene MwSt. {rate} %", e(tax))]
        bill = (f"<div class='band' style='margin-top:10pt'>{pick(rng, ['Rechnung', 'Buchungsbeleg / Rechnung'])}</div>" + kv_rows(bill_meta, (110, 200))
                + rows_html(item_rows, strong_last=False, widths=(W - 110, 100)) + f"<div style='margin-left:{W - 260:.0f}pt'>{rows_html(sums, widths=(160, 100), strong_last=False)}</div>")
        notes_text = "<p class='tiny' style='margin-top:6pt'>Das Ticket ist nur gültig mit einem amtlichen Lichtbildausweis. Fahrgastrechte: Informationen unter der Servicenummer.</p>"
    elif lang == "fr":
        head = (f"<p class='t' style='color:{theme.accent}'>{esc(brand)}</p><p class='big'>E-BILLET</p>"
                f"<p>Référence dossier : <b>{code}</b></p><p>Passager : {esc(person)} · {klass} · {fare_name}"
                + (" · Carte Avantage Adulte" if chance(rng, 0.4) else "") + "</p>")
        bill_meta = [("N° de facture", f"<b>{number}</b>"), ("Date d'achat", bought.strftime("%d/%m/%Y")), ("Paiement", f"Carte bancaire {card}")]
        sums = [("Montant TTC", e(total))] + ([("Montant HT", e(net))] if show_net else []) + [(f"dont TVA {rate} %", e(tax))]
        bill = ("<div class='band' style='margin-top:10pt'>Facture</div>" + kv_rows(bill_meta, (110, 200))
                + rows_html(item_rows, strong_last=False, widths=(W - 110, 100)) + f"<div style='margin-left:{W - 260:.0f}pt'>{rows_html(sums, widths=(160, 100), strong_last=False)}</div>")
        notes_text = "<p class='tiny' style='margin-top:6pt'>Billet nominatif et incessible. Présentez ce e-billet et une pièce d'identité lors du contrôle.</p>"
    elif lang == "it":
        head = (f"<p class='t' style='color:{theme.accent}'>{esc(brand)}</p><p class='big'>Biglietto elettronico</p>"
                f"<p>Codice biglietto (PNR): <b>{code}</b></p><p>Passeggero: {esc(person)} · {klass} · Offerta {fare_name}</p>")
        bill_meta = [("Ricevuta n.", f"<b>{number}</b>"), ("Data emissione", bought.strftime("%d/%m/%Y")), ("Pagamento", f"Carta {card}")]
        sums = [("Importo totale", e(total))] + ([("Imponibile", e(net))] if show_net else []) + [(f"di cui IVA {rate}%", e(tax))]
        bill = ("<div class='band' style='margin-top:10pt'>Ricevuta di acquisto</div>" + kv_rows(bill_meta, (110, 200))
                + rows_html(item_rows, strong_last=False, widths=(W - 110, 100)) + f"<div style='margin-left:{W - 260:.0f}pt'>{rows_html(sums, widths=(160, 100), strong_last=False)}</div>")
        notes_text = "<p class='tiny' style='margin-top:6pt'>Il biglietto è nominativo. Conservare la ricevuta ai fini fiscali.</p>"
    else:
        head = (f"<p class='t' style='color:{theme.accent}'>{esc(brand)}</p><p class='big'>Billete electrónico</p>"
                f"<p>Localizador: <b>{code}</b></p><p>Viajero: {esc(person)} · {klass} · Tarifa {fare_name}</p>")
        bill_meta = [("Factura simplificada nº", f"<b>{number}</b>"), ("Fecha de emisión", bought.strftime("%d/%m/%Y")), ("Forma de pago", f"Tarjeta {card}")]
        sums = ([("Base imponible", e(net))] if show_net else []) + [(f"IVA ({rate}%) incluido", e(tax)), ("Importe total", e(total))]
        bill = ("<div class='band' style='margin-top:10pt'>Factura simplificada</div>" + kv_rows(bill_meta, (130, 200))
                + rows_html(item_rows, strong_last=False, widths=(W - 110, 100)) + f"<div style='margin-left:{W - 260:.0f}pt'>{rows_html(sums, widths=(160, 100), strong_last=False)}</div>")
        notes_text = "<p class='tiny' style='margin-top:6pt'>Billete personal e intransferible. Conserve este documento como justificante.</p>"
    html = beside(head, "<div style='height:100pt'></div>", (W - 110, 100)) + journeys + bill + notes_text + f"<div style='margin-top:10pt'>{footer}</div>"
    qr = Box((width - 35 - 92, 40, width - 35, 40 + 92), kind="qr", payload=f"{code}{number}")
    sheet = single_page(layout, width, height, css, [Box((35.0, 36.0, width - 35.0, height - 36.0), html), qr])
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=True,
                 notes={"code": code, "traveller": person, "travel": travel.isoformat(), "trains": [t["train"] for t in trips], "show_net": show_net})
