"""Marina invoices: British, French and New Zealand marinas billing berth holders and visiting yachts for nights alongside, annual
berth licences by the metre, shore power by the kWh, fuel by the litre, lift-outs, hard standing and winter storage (the French
port's taxe de séjour outside VAT), and their credit notes for unused nights, in GBP, EUR and NZD, 2023-2025 (invented marinas and
boat owners).

Three prints. `marina_berthing_invoice` (the marina's name centred over its address, VAT Reg No. / N° TVA intracommunautaire / GST No.
(= tax id) and company number or SIRET (decoys); the berth holder (= customer) beside the details: Invoice No. / Facture n° (= id), Date
(= date), Account / N° client (= customer id, where printed), the vessel's name, type and LOA, the berth and pontoon, the registration
(SSR / immatriculation / MMSI) and the stay (decoys), Terms and Due date; Description / Qty / Unit price / VAT / Amount with nights x the
nightly rate (the rate per metre in the description), metres x the licence price per metre, kWh x the tariff (meter readings in the
description), litres x the fuel price; Net / Total HT (= net), VAT / TVA / GST (= tax), Total / Total TTC (= total)),
`marina_account_invoice` (the boxed head with the same content), `marina_credit_note` (a CREDIT NOTE / AVOIR under a coloured band
against an invoice (no id), refunding unused nights).

Truth: an `invoice` or a `credit_note` (negative); vendor = the marina's company with its VAT / GST number; customer = the berth holder;
net = the total before tax, tax = the VAT / GST (the taxe de séjour carries none), total = the total.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import (
    Party,
    address,
    company_name,
    fr_vat,
    nz_gst,
    person_name,
    phone,
    siren,
    siret,
    uk_vat,
)
from corpus.holdout.fakes_thirtieth import BOAT_NAMES, BOAT_TYPES, MARINAS, digits
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._thirtieth import ledger_invoice
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfifth import boxed_invoice
from corpus.holdout.templates._twentysixth import banner_invoice

FAMILY = "marina_berth_invoice"
D = Decimal
RATE = {"GB": D(20), "FR": D(20), "NZ": D(15)}
CUR = {"GB": "GBP", "FR": "EUR", "NZ": "NZD"}
# per country: visitor rate per metre per night, licence per metre per year, power per kWh, fuel per litre, lift per metre, hard standing per week
PRICES = {"GB": ((3.1, 4.9), (380, 620), (0.32, 0.58), (1.45, 1.95), (18, 32), (60, 140)),
          "FR": ((2.2, 4.6), (210, 480), (0.28, 0.45), (1.7, 2.2), (14, 26), (45, 110)),
          "NZ": ((2.4, 4.2), (420, 760), (0.38, 0.62), (2.2, 2.95), (22, 38), (80, 160))}
L = {"GB": {"nights": "Visitor berth {loa} m LOA @ {sym}{rate}/m/night, {start} to {end}", "licence": "Annual berth licence {year} - {loa} m @ {sym}{rate}/m",
            "power": "Shore power - meter {meter}: {r0} to {r1} kWh", "fuel": "Diesel (white) - fuel berth", "lift": "Lift out, pressure wash and block off ({loa} m)",
            "hard": "Hard standing (weeks)", "pump": "Holding tank pump-out", "storage": "Winter storage ashore (months)", "refund": "Refund of unused nights, {start} to {end}"},
     "FR": {"nights": "Escale {loa} m - {rate} €/m/nuit, du {start} au {end}", "licence": "Contrat annuel d'amarrage {year} - {loa} m à {rate} €/m",
            "power": "Électricité - compteur {meter} : {r0} à {r1} kWh", "fuel": "Gazole - station carburant", "lift": "Grutage aller-retour et carénage ({loa} m)",
            "hard": "Stationnement à terre (semaines)", "pump": "Vidange eaux noires", "storage": "Hivernage à terre (mois)", "refund": "Remboursement nuitées non utilisées, du {start} au {end}"},
     "NZ": {"nights": "Casual berth {loa} m LOA @ ${rate}/m/night, {start} to {end}", "licence": "Berth licence fee {year} - {loa} m @ ${rate}/m",
            "power": "Power - meter {meter}: {r0} to {r1} kWh", "fuel": "Diesel - fuel dock", "lift": "Haul-out, water blast and chock ({loa} m)",
            "hard": "Hardstand (weeks)", "pump": "Sewage pump-out", "storage": "Liveaboard fee (months)", "refund": "Refund of unused casual nights, {start} to {end}"}}


def _marina(rng: random.Random, country: str) -> tuple[Party, str, str]:
    place, form = pick(rng, MARINAS[country][0]), pick(rng, MARINAS[country][1])
    if country == "FR":
        name = f"{form} {place}" if form != "Régie" else f"Régie du {place.replace('Port de plaisance de ', 'port de ').replace('Port ', 'port ')}"
        number = siren(rng)
        vendor = Party(name=name, address=address(rng, "FR"), country="FR", tax_id=fr_vat(number), phone=phone(rng, "FR"))
        decoy = f"SIRET {siret(rng, number)}"
    else:
        vendor = Party(name=f"{place} {form}", address=address(rng, country), country=country, tax_id=uk_vat(rng) if country == "GB" else nz_gst(rng),
                       phone=phone(rng, country))
        decoy = f"Company No. {rng.randrange(1000000, 9999999):08d}" if country == "GB" else f"NZBN 9429{digits(rng, 9)}"
    vendor.email = f"{pick(rng, ['capitainerie', 'accueil', 'compta'] if country == 'FR' else ['berthing', 'office', 'accounts', 'marina'])}@{place.split()[-1].lower().replace('-', '')}.example"
    return vendor, place, decoy


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["marina_berthing_invoice", "marina_berthing_invoice", "marina_account_invoice", "marina_credit_note"])
    country = pick(rng, ["GB", "GB", "FR", "NZ"])
    credit = layout == "marina_credit_note"
    fr = country == "FR"
    issued = random_date(rng, date(2023, 1, 9), 900)
    pattern = {"GB": pick(rng, ["dmy_slash", "d_mon_y", "d_month_y"]), "FR": pick(rng, ["dmy_slash", "d_month_y"]), "NZ": pick(rng, ["dmy_slash", "d_mon_y"])}[country]
    lang = "fr" if fr else "en"

    def d(x):
        return fmt_date(x, pattern, lang)

    def short(x):
        return f"{x.day:02d}/{x.month:02d}"

    vendor, place, decoy = _marina(rng, country)
    if chance(rng, 0.75):
        customer = Party(name=person_name(rng, country), address=address(rng, country), country=country)
    else:
        customer = Party(name=company_name(rng, country), address=address(rng, country), country=country)
    sym = {"GB": "£", "FR": "€", "NZ": "$"}[country]
    thousands, mark = (" ", ",") if fr else (",", ".")

    def num(v):
        return amount(v, thousands, mark)

    loa = D(pick(rng, ["8.5", "9.2", "10.1", "10.8", "11.6", "12.0", "12.4", "13.7", "14.9"]))
    loa_txt = f"{loa}".replace(".", mark)
    boat = pick(rng, BOAT_NAMES)
    btype = pick(rng, BOAT_TYPES)
    berth = f"{pick(rng, 'ABCDEFGH')}{rng.randrange(1, 60)}"
    reg = {"GB": f"SSR {rng.randrange(100000, 199999)}", "FR": f"Immat. {pick(rng, ['SM', 'LO', 'BR', 'TL', 'MA'])} {rng.randrange(100000, 999999)}",
           "NZ": f"MMSI 512{digits(rng, 6)}"}[country]
    p = PRICES[country]
    words = L[country]
    vat = RATE[country]
    lines: list[Line] = []
    start = issued - timedelta(days=rng.randrange(3, 25))
    nights = D(rng.randrange(1, 12))
    end = start + timedelta(days=int(nights))
    per_m = money(rng.uniform(*p[0]))
    nightly = money(loa * per_m)

    def add(desc: str, qty: Decimal | None, price: Decimal | None, value: Decimal | None = None, rate: Decimal = vat, unit: str = "") -> None:
        line = Line(desc, qty, price, money(qty * price) if value is None else value, unit)
        line.tax_rate = rate
        lines.append(line)

    if credit:
        unused = D(rng.randrange(1, int(nights) + 2))
        add(words["refund"].format(start=short(end), end=short(end + timedelta(days=int(unused)))), unused, nightly, unit="night")
        if chance(rng, 0.3):
            add(words["pump"], None, None, money(pick(rng, [12, 15, 18, 25])))
    else:
        kind = pick(rng, ["visitor", "visitor", "licence", "yard"])
        if kind == "visitor":
            add(words["nights"].format(loa=loa_txt, sym=sym, rate=num(per_m), start=short(start), end=short(end)), nights, nightly, unit="night")
        elif kind == "licence":
            per_year = money(round(rng.uniform(*p[1])))
            add(words["licence"].format(loa=loa_txt, sym=sym, rate=num(per_year), year=f"{issued.year}/{(issued.year + 1) % 100:02d}"), loa, per_year, unit="m")
        else:
            lift = money(round(rng.uniform(*p[4]), 1))
            add(words["lift"].format(loa=loa_txt), loa, lift, unit="m")
            weeks = D(rng.randrange(1, 9))
            add(words["hard"], weeks, money(round(rng.uniform(*p[5]))), unit="wk")
        if chance(rng, 0.6):
            r0 = rng.randrange(1000, 60000)
            kwh = D(rng.randrange(8, 420))
            add(words["power"].format(meter=rng.randrange(100, 999), r0=r0, r1=r0 + int(kwh)), kwh, money(round(rng.uniform(*p[2]), 2)), unit="kWh")
        if chance(rng, 0.4):
            litres = D(rng.randrange(20, 400))
            add(words["fuel"], litres, money(rng.uniform(*p[3])), unit="L")
        if chance(rng, 0.3):
            add(words["pump"], None, None, money(pick(rng, [12, 15, 18, 25])))
        if kind == "yard" and chance(rng, 0.4):
            months = D(rng.randrange(1, 6))
            add(words["storage"], months, money(round(rng.uniform(120, 420))), unit="mo")
        if fr and kind == "visitor" and chance(rng, 0.7):
            persons = D(rng.randrange(1, 5))
            qty = persons * nights
            add(f"Taxe de séjour ({persons} pers. x {nights} nuits) - non soumise à TVA", qty, money(pick(rng, ["0.22", "0.55", "0.80", "1.00"])), rate=D(0))
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(sum((li.amount for li in lines if li.tax_rate), D("0.00")) * vat / 100)
    total = net + tax
    number = pick(rng, [f"{rng.randrange(10000, 999999)}", f"{'FC' if fr else 'INV'}{rng.randrange(10000, 99999)}", f"{'FA' if fr else 'MB'}{issued.year}-{rng.randrange(1, 9999):04d}"])
    if credit:
        number = pick(rng, [f"{'AV' if fr else 'CN'}{issued.year}-{rng.randrange(1, 999):03d}", f"{'AV' if fr else 'CR'}{rng.randrange(1000, 99999)}"])
    original = f"{'FA' if fr else 'INV'}{rng.randrange(10000, 99999)}"
    days = 0 if credit else pick(rng, [0, 7, 14, 30])
    terms = None if credit else ((pick(rng, ["Payable à réception", "Paiement à réception"]) if fr else pick(rng, ["Due on receipt", "Payable on departure"])) if not days
                                 else (f"{days} jours" if fr else pick(rng, [f"{days} days", f"Net {days} days"])))
    due = issued + timedelta(days=days) if days and chance(rng, 0.7) else None
    acct = f"{pick(rng, ['B', 'C', 'BH', ''])}{rng.randrange(1000, 99999)}" if chance(rng, 0.6) else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale=country, currency=CUR[country], vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=acct)
    minus = "-" if credit and chance(rng, 0.5) else ""

    def a(v):
        return minus + num(v)

    id_row = {"GB": f"VAT Reg No. {vendor.tax_id}", "FR": f"N° TVA intracommunautaire {vendor.tax_id}", "NZ": f"GST No. {vendor.tax_id}"}[country]
    vrows = [id_row, decoy, f"{'Tél.' if fr else 'Tel'} {vendor.phone}", esc(vendor.email or "")]
    vessel = f"{esc(boat)} ({esc(btype)})"
    if fr:
        meta = [("Avoir n°" if credit else "Facture n°", number), ("Date", d(issued))] + ([("N° client", acct)] if acct else []) \
            + [("Navire", vessel), ("Longueur", f"{loa_txt} m"), ("Emplacement", f"Ponton {berth[0]}, place {berth[1:]}"), ("Immatriculation", reg.split(' ', 1)[1])] \
            + ([("Facture d'origine", original)] if credit else []) + ([("Conditions", terms)] if terms else []) + ([("Échéance", d(due))] if due else [])
        head = ["Désignation", "Qté", "P.U. HT", "TVA", "Montant HT"]
        totals = [("Total HT", a(net)), (f"TVA {vat} %", a(tax)), ("Total TTC" if not credit else "Total avoir TTC", f"{minus}{num(total)} €")]
    else:
        meta = [("Credit Note No." if credit else "Invoice No.", number), ("Date", d(issued))] + ([("Account", acct)] if acct else []) \
            + [("Vessel", vessel), ("LOA", f"{loa_txt} m"), ("Berth", f"Pontoon {berth[0]}, berth {berth[1:]}"), ("Registration", reg)] \
            + ([("Original invoice", original)] if credit else []) + ([("Terms", terms)] if terms else []) + ([("Due date", d(due))] if due else [])
        head = ["Description", "Qty", "Unit price", "VAT" if country == "GB" else "GST", "Amount"]
        totals = [("Net" if country == "GB" else "Subtotal (excl. GST)", a(net)), (f"VAT @ {vat}%" if country == "GB" else f"GST {vat}%", a(tax)),
                  (("Total" if country == "GB" else "Total (incl. GST)") if not credit else "Total credit", f"{minus}{sym}{num(total)}")]
    fractions, numeric = (0.54, 0.09, 0.14, 0.07, 0.16), {1, 2, 3, 4}

    def cells(li):
        qty = "" if li.quantity is None else f"{li.quantity.normalize():f}".replace(".", mark)
        return [esc(li.description), qty, "" if li.unit_price is None else num(li.unit_price), f"{li.tax_rate.normalize():f}%", a(li.amount)]

    foot = ([(f"Avoir sur la facture {original} : départ anticipé." if fr else f"Credit against invoice {original}: early departure.")] if credit else [])
    foot += [("Règlement par virement ou carte à la capitainerie. Pénalités de retard : 3 fois le taux d'intérêt légal ; indemnité forfaitaire de 40 €."
              if fr else "Payment by card at the marina office or by bank transfer quoting the invoice number."),
             (f"Berth holders must hold third-party insurance of at least {sym}3,000,000." if not fr else "Assurance responsabilité civile obligatoire.") if chance(rng, 0.5) else ""]
    notes = {"boat": boat, "berth": berth, "reg": reg, "loa": str(loa), "decoy": decoy, "original": original if credit else None, "country": country,
             "stay": [start.isoformat(), end.isoformat()]}
    theme = Theme.pick(rng, size=(7.5, 9.0))
    title = ("AVOIR" if fr else "CREDIT NOTE") if credit else ("FACTURE" if fr else pick(rng, ["INVOICE", "TAX INVOICE"] if country == "NZ" else ["INVOICE", "VAT INVOICE"]))
    buyer_label = ("Client" if fr else pick(rng, ["Berth holder", "Customer", "Owner"]))
    if credit:
        return banner_invoice(doc, layout, theme, *A4, title=title, vendor_rows=vrows, buyer_label=buyer_label, buyer_rows=[], meta=meta, head=head,
                              fractions=fractions, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page", tagline=esc(place))
    if layout == "marina_account_invoice":
        return boxed_invoice(doc, layout, theme, *A4, title=title, vendor_rows=vrows, buyer_label=buyer_label, buyer_rows=[], meta=meta, head=head,
                             fractions=fractions, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page")
    return ledger_invoice(doc, layout, theme, *A4, title=title, vendor_rows=vrows, buyer_label=buyer_label, buyer_rows=[],
                          meta_label=("Détails" if fr else pick(rng, ["Invoice details", "Vessel and account"])), meta=meta, head=head, fractions=fractions,
                          numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page")
