"""Parking garage exit receipts (United States, Spain) and motorway toll receipts (Italy), in English, Spanish and Italian, USD
and EUR, 2023-2025, printed by the pay station on a narrow roll or e-mailed as a PDF.

Three prints. `us_garage_receipt` (PARKING RECEIPT: the garage's name, the operator's legal entity and address, Receipt #,
Ticket # and plate (decoys), Entry / Exit time, Duration, the rate line, city parking tax as printed (Chicago-style percentage),
Total paid, card ****), `es_ticket_aparcamiento` ("FACTURA SIMPLIFICADA" from the car park: the operator's CIF, Nº factura,
Fecha, Entrada / Salida, Tiempo, Importe, "IVA 21% incluido", Base imponible, Total), `it_ricevuta_pedaggio` (Ricevuta di
pagamento pedaggio: the motorway company with its P.IVA, stazione di entrata and uscita, classe veicolo, Ricevuta n., Data,
Importo pedaggio, IVA 22% inclusa).

Truth: a `receipt` with no customer; vendor = the operator's legal entity with its address, tax id = its CIF / P.IVA (none in
the US); id = Receipt # / Nº factura / Ricevuta n. (ticket numbers, plates and station codes are decoys); date = the exit /
payment date; lines = the parking or toll charge (amount only); tax = the tax printed (US parking tax added to the fee, with a
net; Spain and Italy VAT included, with the printed base as net in Spain and no net in Italy); total = the amount paid.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentyfirst import parking_operator
from corpus.holdout.money import money, random_date
from corpus.holdout.render import Box
from corpus.holdout.templates._fifteenth import single_page
from corpus.holdout.templates._twentieth import amount

FAMILY = "parking_toll_receipt"
D = Decimal


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["us_garage_receipt", "es_ticket_aparcamiento", "it_ricevuta_pedaggio"])
    country = {"us_garage_receipt": "US", "es_ticket_aparcamiento": "ES", "it_ricevuta_pedaggio": "IT"}[layout]
    vendor, site = parking_operator(rng, country)
    day = random_date(rng, date(2023, 1, 9), 1000)
    entry = datetime(day.year, day.month, day.day, rng.randrange(6, 15), rng.randrange(60))
    exit_ = entry + timedelta(minutes=rng.randrange(25, 600))
    paid = exit_.date()
    mins = int((exit_ - entry).total_seconds() // 60)
    number = pick(rng, [f"{rng.randrange(10**5, 10**6)}", f"R{rng.randrange(1000, 99999)}", f"{rng.randrange(1, 99):02d}-{rng.randrange(10**4, 10**5)}"])
    if country == "US":
        fee = money(pick(rng, [12, 18, 24, 29, 35, 42, 48]))
        tax = money(fee * D(pick(rng, ["0.22", "0.18", "0.12"])))
        net, total = fee, fee + tax
        desc = pick(rng, ["Transient parking", "Daily max rate", "Hourly parking"])
    else:
        total = money(pick(rng, [D("2.85"), D("7.40"), D("12.60"), D("18.90"), D("23.10"), D("4.20")]) if country == "ES" else
                      pick(rng, [D("3.90"), D("8.70"), D("15.40"), D("27.80"), D("41.50")]))
        rate = D(21) if country == "ES" else D(22)
        net = money(total * 100 / (100 + rate))
        tax = total - net
        desc = "Estacionamiento rotación" if country == "ES" else "Pedaggio autostradale"
    line = Line(desc, None, None, fee if country == "US" else total)
    doc = Doc(document_type="receipt", locale=country, currency="USD" if country == "US" else "EUR", vendor=vendor, customer=None, invoice_ids=[number],
              document_date=paid, total=total, net=net if country != "IT" else None, tax=tax, lines=[line], lines_sum_to="net" if country == "US" else "total")
    en = country == "US"

    def n(v):
        return amount(v, ",", ".") if en else amount(v, ".", ",")

    theme = Theme.pick(rng, font=pick(rng, ["Courier", "Helvetica"]), size=(7.5, 8.5))
    css = theme.css(".t{font-size:11pt;font-weight:bold}")
    width, height = 210.0, 430.0
    addr = "".join(f"<p class='c small'>{esc(x)}</p>" for x in vendor.address)
    ts = lambda t: t.strftime("%m/%d/%Y %I:%M %p" if en else "%d/%m/%Y %H:%M")  # noqa: E731
    if country == "US":
        card = f"{pick(rng, ['VISA', 'MC', 'AMEX'])} ****{rng.randrange(1000, 9999)}"
        body = (f"<p class='c t'>{esc(site)}</p><p class='c small'>Operated by {esc(vendor.name)}</p>{addr}<hr/><p class='c b'>PARKING RECEIPT</p>"
                + f"<p>Receipt #: {number}</p><p>Ticket #: {rng.randrange(10**7, 10**8)}</p><p>Plate: {pick(rng, ['IL', 'MA', 'WA'])} {rng.randrange(100, 999)}{pick(rng, ['AB', 'KT', 'ZX'])}</p>"
                + f"<p>Entry: {ts(entry)}</p><p>Exit: {ts(exit_)}</p><p>Duration: {mins // 60}h {mins % 60:02d}m</p><hr/>"
                + f"<p>{desc} ........ ${n(fee)}</p><p>Parking tax ........ ${n(tax)}</p><p class='b'>TOTAL PAID ........ ${n(total)}</p><p>{card} APPROVED</p>"
                + "<p class='c small' style='margin-top:6pt'>Thank you - drive safely</p>")
    elif country == "ES":
        body = (f"<p class='c t'>{esc(site)}</p><p class='c small'>{esc(vendor.name)}</p>{addr}<p class='c small'>CIF: {vendor.tax_id}</p><hr/>"
                + f"<p class='c b'>FACTURA SIMPLIFICADA</p><p>Nº factura: {number}</p><p>Fecha: {paid.strftime('%d/%m/%Y')}</p>"
                + f"<p>Entrada: {ts(entry)}</p><p>Salida: {ts(exit_)}</p><p>Tiempo: {mins} min</p><hr/><p>{desc}: {n(total)} €</p>"
                + f"<p>Base imponible: {n(net)} €</p><p>IVA 21% incluido: {n(tax)} €</p><p class='b'>TOTAL: {n(total)} €</p><p>Pago con tarjeta</p>")
    else:
        body = (f"<p class='c t'>{esc(vendor.name)}</p>{addr}<p class='c small'>P.IVA {vendor.tax_id}</p><hr/><p class='c b'>RICEVUTA DI PAGAMENTO PEDAGGIO</p>"
                + f"<p>Ricevuta n. {number}</p><p>Data: {paid.strftime('%d/%m/%Y')} {exit_.strftime('%H:%M')}</p><p>Entrata: {pick(rng, ['Roma Nord', 'Milano Sud', 'Torino Est', 'Orte'])}</p>"
                + f"<p>Uscita: {esc(site)}</p><p>Classe veicolo: A</p><hr/><p>{desc}: EUR {n(total)}</p><p>di cui IVA 22% inclusa: EUR {n(tax)}</p>"
                + f"<p class='b'>Importo pagato: EUR {n(total)}</p><p>Pagamento: {pick(rng, ['contanti', 'carta', 'Viacard'])}</p>")
    sheet = single_page(layout, width, height, css, [Box((12, 12, width - 12, height - 12), body)])
    return Built(doc=doc, sheet=sheet, template=layout, scan_weight=2.5, notes={"site": site})
