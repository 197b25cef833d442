"""Basque invoices: FAKTURA / FACTURA from companies in Bizkaia, Gipuzkoa and Araba with every label in Basque and Spanish, invoices
wholly in Basque, and FAKTURA ZUZENTZAILEA / FACTURA RECTIFICATIVA (corrective invoices crediting an earlier one), with BEZ / IVA at
21 %, 10 % or 4 %, the TicketBAI identifier and its QR-like mark, in euros, 2023-2025 (invented companies).

Three prints. `eus_elebiduna` (bilingual: Zenbakia / Número (= id), Data / Fecha (= date, `2024/03/15` or `15/03/2024`), Bezeroa /
Cliente with its IFZ / NIF (decoy), Bezero kodea / Cód. cliente (= customer id), Kontzeptua / Concepto, Kopurua / Cantidad, Prezioa /
Precio, Zenbatekoa / Importe, Zerga-oinarria / Base imponible, BEZ / IVA, Guztira / Total, Ordainketa / Forma de pago and
Mugaeguna / Vencimiento), `eus_euskaraz` (Basque only), `eus_zuzentzailea` (the corrective invoice: negative amounts, the corrected
invoice (no id) and the reason). The TicketBAI identifier `TBAI-…` is no id.

Truth: an `invoice` or a `credit_note`; vendor = the issuer with its NIF (= tax id); net = the Zerga-oinarria / Base imponible;
tax = the BEZ / IVA; total = Guztira / Total.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentyseventh import eus_party, tbai_id
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "eus_faktura"
D = Decimal
ITEMS = [("Mekanizazio-orduak CNC / Horas de mecanizado CNC", "Mekanizazio-orduak CNC", 38, 62, 21),
         ("Altzairuzko pieza 42CrMo4, tratamendu termikoa barne / Pieza de acero 42CrMo4, con tratamiento térmico", "Altzairuzko pieza 42CrMo4, tratamendu termikoa barne", 18, 140, 21),
         ("Instalazio elektrikoaren berrikuspena / Revisión de la instalación eléctrica", "Instalazio elektrikoaren berrikuspena", 120, 480, 21),
         ("Aholkularitza fiskala - hiruhilekoa / Asesoría fiscal - trimestre", "Aholkularitza fiskala - hiruhilekoa", 240, 900, 21),
         ("Garraio-zerbitzua Bilbo-Donostia / Servicio de transporte Bilbao-Donostia", "Garraio-zerbitzua Bilbo-Donostia", 180, 420, 21),
         ("Menu-zerbitzua, 45 lagun / Servicio de menú, 45 personas", "Menu-zerbitzua, 45 lagun", 900, 1800, 10),
         ("Ogia eta esnekiak / Pan y lácteos", "Ogia eta esnekiak", 40, 260, 4), ("Liburuak - Euskara ikastaroa / Libros - curso de euskera", "Liburuak - Euskara ikastaroa", 18, 36, 4),
         ("Eskuorriak A5, 2.000 ale / Folletos A5, 2.000 unidades", "Eskuorriak A5, 2.000 ale", 160, 320, 21),
         ("Obra-materiala: zementua eta harea / Material de obra: cemento y arena", "Obra-materiala: zementua eta harea", 80, 600, 21)]
REASONS = [("Prezio-akatsa / Error en el precio", "Prezio-akatsa"), ("Itzulitako salgaiak / Mercancía devuelta", "Itzulitako salgaiak"),
           ("Deskontua / Descuento por volumen", "Bolumen-deskontua")]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["eus_elebiduna", "eus_elebiduna", "eus_euskaraz", "eus_zuzentzailea"])
    issued = random_date(rng, date(2023, 1, 9), 880)
    pattern = pick(rng, ["ymd_slash", "dmy_slash", "ymd_slash"])

    def d(x):
        return fmt_date(x, pattern)

    vendor, customer = eus_party(rng), eus_party(rng)
    buyer_nif = customer.tax_id
    customer.tax_id = None
    basque = layout == "eus_euskaraz"
    credit = layout == "eus_zuzentzailea"
    series = pick(rng, ["A", "F", "FA", ""])
    k = rng.randrange(1, 2000)
    number = f"{'R' if credit else series}{issued.year}/{k:04d}" if chance(rng, 0.6) else f"{'FR' if credit else series}-{issued.year % 100}{k:05d}"
    original = f"{series}{issued.year}/{rng.randrange(1, 2000):04d}"
    pool = rng.sample(ITEMS, rng.randrange(1, 3) if credit else rng.randrange(1, 6))
    lines = []
    for both, eu, low, high, pct in pool:
        qty = D(pick(rng, [1, 1, 2, 3, 5, 8, 10, 12.5, 40])) if high < 200 else D(1)
        price = money(rng.uniform(low, high))
        line = Line(eu if basque else both, qty, price, money(qty * price))
        line.tax_rate = D(pct)
        lines.append(line)
    net = sum((li.amount for li in lines), D("0.00"))
    rates = sorted({li.tax_rate for li in lines}, reverse=True)
    by_rate = {r: sum((li.amount for li in lines if li.tax_rate == r), D("0.00")) for r in rates}
    taxes = {r: money(b * r / 100) for r, b in by_rate.items()}
    tax = sum(taxes.values(), D("0.00"))
    total = net + tax
    days = pick(rng, [0, 30, 30, 60, 90])
    if credit:
        terms = None
    elif basque:
        terms = pick(rng, [f"Transferentzia, {days} egun", f"{days} egun"]) if days else "Kontado"
    else:
        terms = pick(rng, [f"{days} egun / {days} días", "Transferentzia / Transferencia", f"Giro {days} egun"]) if days else "Kontado / Contado"
    due = issued + timedelta(days=days) if days and not credit and chance(rng, 0.75) else None
    code = f"{rng.randrange(430000, 430999)}" if chance(rng, 0.5) else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="ES", currency="EUR", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=code)
    minus = "-" if credit else ""

    def a(v):
        return minus + amount(v, ".", ",")

    tbai = tbai_id(vendor.tax_id, issued, rng)
    L = (lambda eu, es: eu) if basque else (lambda eu, es: f"{eu} / {es}")
    vrows = [f"{L('IFZ', 'NIF')}: {vendor.tax_id}", f"Tel.: {vendor.phone}", esc(vendor.email or "")]
    reason = pick(rng, REASONS)
    meta = [(L("Zenbakia", "Número") + ":", number), (L("Data", "Fecha") + ":", d(issued))] \
        + ([(L("Zuzendutako faktura", "Factura rectificada") + ":", original)] if credit else []) \
        + ([(L("Bezero kodea", "Cód. cliente") + ":", code)] if code else []) + ([(L("Ordainketa", "Forma de pago") + ":", terms)] if terms else []) \
        + ([(L("Mugaeguna", "Vencimiento") + ":", d(due))] if due else [])
    head = [L("Kontzeptua", "Concepto"), L("Kop.", "Cant."), L("Prezioa", "Precio"), L("BEZ", "IVA") + " %", L("Zenbatekoa", "Importe")]
    fr, numeric = (0.5, 0.1, 0.14, 0.08, 0.18), {1, 2, 3, 4}

    def cells(li):
        return [esc(li.description), str(li.quantity).replace(".", ","), amount(li.unit_price, ".", ","), f"{li.tax_rate}", a(li.amount)]

    totals = [(L("Zerga-oinarria", "Base imponible"), a(net))] + [(f"{L('BEZ', 'IVA')} {r}% ({a(by_rate[r])})", a(taxes[r])) for r in rates] \
        + [(L("GUZTIRA", "TOTAL") + " €", a(total))]
    if len(rates) > 1:
        totals.insert(len(rates) + 1, (L("BEZ guztira", "Total IVA"), a(tax)))
    foot = ([f"{L('Zuzenketaren arrazoia', 'Motivo de la rectificación')}: {reason[1] if basque else reason[0]}"] if credit else []) \
        + [f"TicketBAI: {tbai}", f"IBAN: ES{rng.randrange(10, 99)} {rng.randrange(2095, 3035)} {rng.randrange(1000, 9999)} {rng.randrange(10, 99)} {rng.randrange(10**9, 10**10)}"]
    title = ("FAKTURA ZUZENTZAILEA / FACTURA RECTIFICATIVA" if credit else ("FAKTURA" if basque else pick(rng, ["FAKTURA / FACTURA", "FAKTURA - FACTURA"])))
    notes = {"buyer_nif": buyer_nif, "tbai": tbai, "original": original if credit else None}
    return invoice(doc, layout, arrangement(rng, meta), Theme.pick(rng, size=(7.5, 9.0)), *A4, title=title, vendor_rows=vrows,
                   buyer_label=L("Bezeroa", "Cliente"), buyer_rows=[f"{L('IFZ', 'NIF')}: {buyer_nif}"], meta=meta, head=head, fractions=fr, numeric=numeric,
                   cells=cells, totals=totals, foot=foot, notes=notes, qr=tbai, footer_text=L("Orria", "Página"))
