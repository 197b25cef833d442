"""Congolese (DRC) and Malagasy invoices and credit notes, in French, USD and CDF (DRC) and MGA (Madagascar), 2023-2025 (invented
companies).

Four prints. `cd_facture_normalisee` (the DRC's FACTURE NORMALISÉE: RCCM `CD/KNG/RCCM/19-B-01234` and Id. Nat. (decoys), N° Impôt
`A0701234F` (= tax id), the client's N° Impôt (decoy), Facture n°, Date, Code client (= customer id), Bon de commande (decoy),
Conditions and Échéance; Réf. / Désignation / Qté / P.U. HT / Montant HT, Total HT, TVA 16 %, Total TTC, in USD `1 234,56` with
the Central Bank's rate and the counter-value in francs (decoys), or wholly in Congolese francs `2 845 000 FC`; the fiscal
device's DEF code, NIM and counter (decoys) and a QR-like mark), `cd_note_de_credit` (NOTE DE CRÉDIT citing the invoice it
cancels (decoy), amounts negative), `mg_facture` (a Malagasy FACTURE in ariary `1 234 500 Ar`: NIF (10 digits, = tax id), STAT,
RCS and CIF (decoys), the client's NIF and STAT (decoys), Total HT, TVA 20 %, Total TTC, "Arrêtée la présente facture à la somme
de …" in words (decoy), Conditions de paiement and Date d'échéance, the RIB (decoy)), `mg_facture_avoir` (FACTURE D'AVOIR citing
the invoice, negative).

Truth: an `invoice` (`credit_note` negative); vendor = the issuer with its address and N° Impôt / NIF (RCCM, Id. Nat., STAT, RCS
and CIF decoys); customer = the client with its address (its tax numbers decoys); id = the invoice / credit note number; date =
the invoice date; net = Total HT; tax = TVA; total = Total TTC in the invoice's currency (USD, CDF or MGA; the counter-value in
francs a decoy); terms and due date where printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_ninth import words_french
from corpus.holdout.fakes_twentyfourth import cd_party, digits, mg_party
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "cd_mg_facture"
D = Decimal
CD_ITEMS = [("Ciment gris 50 kg", "sac", 11, 16), ("Tôles ondulées BG 28 (3 m)", "pce", 9, 15), ("Fer à béton 12 mm (barre de 12 m)", "barre", 12, 19),
            ("Location groupe électrogène 100 kVA", "jour", 180, 420), ("Gasoil", "litre", 1.4, 2.1), ("Pneus 315/80 R22.5", "pce", 260, 480),
            ("Prestations de gardiennage", "mois", 1200, 6500), ("Maintenance informatique", "mois", 300, 1800), ("Transport Kinshasa - Matadi", "voyage", 900, 2600),
            ("Fournitures de bureau", "lot", 40, 260), ("Ordinateur portable 14 pouces", "pce", 650, 1400), ("Eau minérale 1,5 L (pack de 6)", "pack", 3, 6),
            ("Huile moteur 15W40 (fût 208 L)", "fût", 650, 980), ("Câble électrique 3x2,5 mm² (rouleau 100 m)", "rouleau", 85, 160)]
MG_ITEMS = [("Riz blanc makalioka (sac 50 kg)", "sac", 120000, 180000), ("Huile de table (bidon 20 L)", "bidon", 130000, 190000),
            ("Ciment (sac 50 kg)", "sac", 35000, 45000), ("Transport Antananarivo - Toamasina", "voyage", 800000, 2500000),
            ("Prestation informatique", "jour", 350000, 1200000), ("Location véhicule 4x4 avec chauffeur", "jour", 250000, 450000),
            ("Ramette papier A4 80 g", "ramette", 22000, 32000), ("Gasoil", "litre", 5000, 5800), ("Formation du personnel", "jour", 600000, 1800000),
            ("Sacs de jute", "pce", 2500, 4500), ("Entretien climatiseur", "u", 80000, 220000), ("Conteneur réfrigéré - location", "mois", 1500000, 3200000)]


def _whole(value: Decimal) -> Decimal:
    return value.quantize(D(1), rounding=ROUND_HALF_UP)


def build(rng: random.Random) -> Built:
    congo = chance(rng, 0.5)
    credit = chance(rng, 0.25)
    layout = ("cd_note_de_credit" if credit else "cd_facture_normalisee") if congo else ("mg_facture_avoir" if credit else "mg_facture")
    make = cd_party if congo else mg_party
    vendor, customer = make(rng), make(rng)
    while customer.name == vendor.name:
        customer = make(rng)
    buyer_tax = customer.tax_id
    customer.tax_id = None
    issued = random_date(rng, date(2023, 1, 9), 1000)
    cdf = congo and chance(rng, 0.3)
    whole = cdf or not congo
    fx = D(pick(rng, ["2712.45", "2785.50", "2798.20", "2840.00", "2865.35"]))
    count = rng.randrange(1, 4) if credit else pick(rng, [1, 2, 3, 4, 5, 6, 8, 10, 14, 18])
    pool = CD_ITEMS if congo else MG_ITEMS
    lines = []
    for desc, unit, low, high in rng.sample(pool, min(count, len(pool))):
        if whole:
            price = D(int(rng.uniform(low, high) * (float(fx) if cdf else 1) // 100 * 100))
        else:
            price = money(rng.uniform(low, high)) if high < 100 else money(round(rng.uniform(low, high)))
        qty = D(pick(rng, [1, 1, 2, 3, 4, 5, 10, 20, 50])) if high < 1000 or not congo and high < 200000 else D(pick(rng, [1, 1, 2, 3]))
        lines.append(Line(desc, qty, price, qty * price if whole else money(qty * price), unit))
    net = sum((li.amount for li in lines), D("0") if whole else D("0.00"))
    rate = D(16) if congo else D(20)
    tax = _whole(net * rate / 100) if whole else money(net * rate / 100)
    total = net + tax
    y = issued.year
    if credit:
        number = pick(rng, [f"NC-{y}-{rng.randrange(1, 999):03d}", f"AV{y % 100}/{rng.randrange(1, 999):04d}", f"AV-{rng.randrange(1000, 9999)}"])
    else:
        number = pick(rng, [f"FV-{y}-{rng.randrange(1, 99999):05d}", f"{rng.randrange(100, 9999)}/{y}", f"F{y % 100}{rng.randrange(1, 9999):04d}",
                            f"{rng.randrange(10000, 999999)}"])
    days = None if credit else pick(rng, [None, 15, 30, 30, 45, 60])
    terms = None
    if days and chance(rng, 0.65):
        terms = pick(rng, [f"{days} jours fin de mois", f"{days} jours date de facture", f"Paiement à {days} jours"])
    due = issued + timedelta(days=days) if days and chance(rng, 0.7) else None
    code = f"{pick(rng, ['CL', 'C', '411'])}{rng.randrange(100, 99999):05d}" if chance(rng, 0.5) else None
    currency = ("CDF" if cdf else "USD") if congo else "MGA"
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="CD" if congo else "MG", currency=currency, vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=code)
    sign = -1 if credit else 1
    dot_style = congo and not cdf and chance(rng, 0.35)

    def n(v):
        if whole:
            return amount(v * sign, " ", ",", 0)
        return amount(v * sign) if dot_style else amount(v * sign, " ", ",")

    symbol = {"CDF": "FC", "USD": "USD", "MGA": pick(rng, ["Ar", "MGA", "Ariary"])}[currency]
    pattern = pick(rng, ["dmy_slash", "dmy_slash", "d_month_y"])

    def d(x):
        return fmt_date(x, pattern, "fr")

    theme = Theme.pick(rng, size=(7.5, 9.0))
    ex = vendor.extra
    order = f"BC-{rng.randrange(1000, 99999)}"
    notes: dict = {"buyer_tax": buyer_tax, "order": order}
    if congo:
        vrows = [f"RCCM : {ex['rccm']}", f"Id. Nat. : {ex['idnat']}", f"N° Impôt : {vendor.tax_id}", f"Tél. {vendor.phone}"]
        brows = [f"N° Impôt : {buyer_tax}"]
        notes.update({"rccm": ex["rccm"], "idnat": ex["idnat"]})
    else:
        vrows = [f"NIF : {vendor.tax_id}", f"STAT : {ex['stat']}", f"RCS : {ex['rcs']}", f"CIF : {ex['cif']}", f"Tél. {vendor.phone}"]
        brows = [f"NIF : {buyer_tax}", f"STAT : {customer.extra['stat']}"]
        notes.update({"stat": ex["stat"], "rcs": ex["rcs"], "buyer_stat": customer.extra["stat"]})
    label = ("Note de crédit n° :" if congo else "Facture d'avoir n° :") if credit else "Facture n° :"
    meta = [(label, number), ("Date :", d(issued))]
    if code:
        meta.append(("Code client :", code))
    if not credit and chance(rng, 0.5):
        meta.append(("Bon de commande :", order))
    if terms:
        meta.append(("Conditions :" if congo else "Conditions de paiement :", terms))
    if due:
        meta.append(("Échéance :" if congo else "Date d'échéance :", d(due)))
    foot: list[str] = []
    if credit:
        orig = f"FV-{y}-{rng.randrange(1, 99999):05d}" if congo else f"{rng.randrange(100, 9999)}/{y}"
        meta.append(("Facture d'origine :", orig))
        foot.append(f"Motif : {pick(rng, ['Retour de marchandises', 'Erreur de facturation', 'Remise accordée', 'Annulation de prestation'])}")
        notes["original"] = orig
    head = (["Réf.", "Désignation", "Qté", "P.U. HT", "Montant HT"] if congo else ["Désignation", "Unité", "Quantité", "Prix unitaire HT", "Montant HT"])

    ref_codes = {id(li): digits(rng, 5) for li in lines}

    def cells(li):
        if congo:
            return [ref_codes[id(li)], esc(li.description), str(li.quantity), n(li.unit_price), n(li.amount)]
        return [esc(li.description), esc(li.unit), str(li.quantity), n(li.unit_price), n(li.amount)]
    cur = f" {symbol}"
    totals = [("Total HT", n(net) + cur), (f"TVA {rate} %", n(tax) + cur), ("Total TTC", n(total) + cur)]
    qr = None
    if congo:
        if not cdf:
            foot.append(f"Taux BCC du jour : 1 USD = {amount(fx, ' ', ',')} CDF · Contre-valeur TTC : {amount(_whole(total * fx) * sign, ' ', ',', 0)} CDF")
            notes["fx"] = float(fx)
        def_code = f"DEF{digits(rng, 10)}"
        foot.append(f"Facture normalisée · Code DEF : {def_code} · NIM : CD{digits(rng, 8)} · Compteur : {rng.randrange(1, 9999)}/{rng.randrange(10000, 99999)} "
                    + ("NC" if credit else "FV"))
        foot.append(f"Banque : {pick(rng, ['Rawbank', 'Equity BCDC', 'TMB', 'Ecobank RDC'])} · Compte n° {digits(rng, 5)}-{digits(rng, 11)}-{digits(rng, 2)} {currency}")
        notes["def"] = def_code
        qr = def_code
    else:
        if not credit:
            words = words_french(total, "ariary", "")
            foot.append(f"Arrêtée la présente facture à la somme de : {words[0].upper() + words[1:]}")
        foot.append(f"RIB : 000{rng.randrange(4, 9)} {digits(rng, 5)} {digits(rng, 11)} {digits(rng, 2)} · {pick(rng, ['BNI Madagascar', 'BFV-SG', 'BOA Madagascar', 'BMOI'])}")
    title = ("NOTE DE CRÉDIT" if congo else "FACTURE D'AVOIR") if credit else ("FACTURE NORMALISÉE" if congo else "FACTURE")
    return invoice(doc, layout, arrangement(rng, meta), theme, *A4, title=title, vendor_rows=vrows, buyer_label="Client", buyer_rows=brows, meta=meta,
                   head=head, fractions=(0.1, 0.44, 0.1, 0.16, 0.2) if congo else (0.42, 0.1, 0.1, 0.18, 0.2), numeric={2, 3, 4}, cells=cells, totals=totals,
                   foot=foot, notes=notes, qr=qr, footer_text="Page")
