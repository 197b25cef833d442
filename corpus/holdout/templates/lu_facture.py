"""Luxembourg invoices and credit notes, in French and German, EUR, 2023-2025 (invented companies).

Three prints. `lu_facture` (FACTURE: Facture n°, Date, Réf. client (= customer id), Votre commande (decoy), Échéance; the
supplier's N° TVA `LU12345613` (= tax id; the last two digits the first six modulo 89), RCS Luxembourg B…, Matricule and
Autorisation d'établissement (decoys), the client's N° TVA (decoy); Désignation / Qté / Prix unitaire HTVA / TVA / Montant HTVA;
Total HTVA, "TVA 17 % sur 1.234,56" per rate, Total TVAC; Conditions de paiement, the IBAN LU…), `lu_rechnung` (RECHNUNG:
Rechnungsnummer, Rechnungsdatum, Kundennummer, Ihre Bestellung (decoy), Fälligkeitsdatum, MwSt.-Nr. LU…, H.R. Luxemburg B…;
Bezeichnung / Menge / Einzelpreis / MwSt. / Betrag; Nettobetrag, "MwSt. 17 % auf …", Gesamtbetrag; "Merci fir Äert
Vertrauen"), `lu_note_de_credit` (NOTE DE CRÉDIT n° citing the invoice it corrects and its date (decoys) and the reason, the
amounts printed negative). Long orders flow over pages.

The rates follow the date: 17 / 14 / 8 / 3 % from 2024, and the 2023 rates 16 / 13 / 7 / 3 % (the one-year cut), so a 2023
invoice prints 16 % where a 2024 one prints 17 %. Wine of the Moselle at the parking rate, gas, cleaning of homes and repairs
at the reduced, food, books and accommodation at the super-reduced rate.

Truth: an `invoice` (`credit_note` negative); vendor = the issuer with its address and LU VAT number; customer = the client with
its address (its VAT number a decoy); id = the invoice / credit note number; date = the invoice date; net = Total HTVA /
Nettobetrag; tax = the sum of the rate rows; total = Total TVAC / Gesamtbetrag; terms and due date where printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentyfourth import lu_iban, lu_party
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import dotted
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "lu_facture"
D = Decimal
# (French, German, unit fr, unit de, low, high, rate from 2024)
ITEMS = [("Prestations de conseil fiscal", "Steuerberatungsleistungen", "h", "Std.", 95, 190, 17),
         ("Licence logicielle annuelle", "Softwarelizenz (jährlich)", "u", "Stk.", 240, 1800, 17),
         ("Maintenance informatique - forfait mensuel", "IT-Wartung - Monatspauschale", "mois", "Monat", 180, 950, 17),
         ("Fournitures de bureau diverses", "Büromaterial, diverse", "lot", "Pos.", 12, 140, 17),
         ("Location de nacelle élévatrice", "Miete Hubarbeitsbühne", "jour", "Tag", 140, 320, 17),
         ("Travaux d'électricité - bureaux", "Elektroarbeiten - Büroräume", "h", "Std.", 58, 85, 17),
         ("Transport et livraison", "Transport und Lieferung", "forfait", "pausch.", 35, 180, 17),
         ("Crémant de Luxembourg brut (bouteille)", "Crémant de Luxembourg brut (Flasche)", "bt", "Fl.", 11, 24, 17),
         ("Riesling Moselle luxembourgeoise (bouteille)", "Riesling Luxemburger Mosel (Flasche)", "bt", "Fl.", 9, 22, 14),
         ("Impression de dépliants publicitaires", "Druck von Werbeprospekten", "1000 ex.", "1000 St.", 120, 480, 14),
         ("Fourniture de gaz naturel", "Erdgaslieferung", "MWh", "MWh", 60, 110, 8),
         ("Nettoyage de logement privé", "Reinigung Privatwohnung", "h", "Std.", 28, 42, 8),
         ("Réparation de vélos", "Fahrradreparatur", "u", "Stk.", 25, 140, 8),
         ("Fleurs coupées - composition", "Schnittblumen - Gesteck", "u", "Stk.", 25, 90, 8),
         ("Livres professionnels", "Fachbücher", "u", "Stk.", 18, 95, 3),
         ("Plateaux-repas (traiteur)", "Mittagsplatten (Catering)", "pers.", "Pers.", 14, 32, 3),
         ("Eau minérale (caisse de 6)", "Mineralwasser (Kiste à 6)", "caisse", "Kiste", 4, 9, 3),
         ("Hébergement hôtelier (nuitée)", "Hotelübernachtung", "nuit", "Nacht", 95, 220, 3)]
CUT_2023 = {17: 16, 14: 13, 8: 7, 3: 3}


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["lu_facture", "lu_facture", "lu_rechnung", "lu_rechnung", "lu_note_de_credit"])
    credit = layout == "lu_note_de_credit"
    german = layout == "lu_rechnung" or (credit and chance(rng, 0.3))
    vendor, customer = lu_party(rng), lu_party(rng)
    while customer.name == vendor.name:
        customer = lu_party(rng)
    buyer_vat = customer.tax_id
    customer.tax_id = None
    issued = random_date(rng, date(2023, 1, 9), 1000)
    count = rng.randrange(1, 4) if credit else pick(rng, [1, 2, 3, 4, 5, 6, 8, 10, 14, 22, 30, 40])
    chosen = [ITEMS[i % len(ITEMS)] for i in rng.sample(range(max(count, len(ITEMS))), count)]
    lines, seen = [], set()
    for k, (fr, de, ufr, ude, low, high, base) in enumerate(chosen):
        desc = de if german else fr
        if desc in seen:
            desc = f"{desc} - {'Lieferung' if german else 'livraison'} {k + 1}"
        seen.add(desc)
        price = money(rng.uniform(low, high)) if high < 200 else money(round(rng.uniform(low, high)))
        qty = D(pick(rng, [1, 1, 2, 3, 4, 5, 6, 8, 10, 12, 24])) if ufr not in ("h", "MWh") else D(pick(rng, ["1", "2", "2.5", "3", "4", "6.5", "8", "12"]))
        rate = D(CUT_2023[base] if issued.year == 2023 else base)
        lines.append(Line(desc, qty, price, money(qty * price), ude if german else ufr, tax_rate=rate))
    bases: dict[Decimal, Decimal] = {}
    for li in lines:
        bases[li.tax_rate] = bases.get(li.tax_rate, D("0.00")) + li.amount
    bases = dict(sorted(bases.items(), reverse=True))
    quotas = {r: money(b * r / 100) for r, b in bases.items()}
    net = sum(bases.values(), D("0.00"))
    tax = sum(quotas.values(), D("0.00"))
    total = net + tax
    y = issued.year
    number = pick(rng, [f"{y}-{rng.randrange(1, 9999):04d}", f"F{y % 100}{rng.randrange(1, 99999):05d}", f"{rng.randrange(10000, 999999)}", f"FA/{y}/{rng.randrange(1, 999):03d}"])
    if credit:
        number = pick(rng, [f"NC-{y}-{rng.randrange(1, 999):03d}", f"AV{y % 100}{rng.randrange(1, 9999):04d}", f"CN{rng.randrange(10000, 99999)}"])
    days = None if credit else pick(rng, [None, 15, 30, 30, 30, 45, 60])
    due = issued + timedelta(days=days) if days and chance(rng, 0.7) else None
    if days and chance(rng, 0.6):
        terms = f"{days} Tage netto" if german else pick(rng, [f"{days} jours date de facture", f"Payable à {days} jours"])
    else:
        terms = None
    cust_code = f"{pick(rng, ['C', 'K', 'CL-', ''])}{rng.randrange(1000, 99999)}" if chance(rng, 0.6) else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="LU", currency="EUR", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=cust_code)
    sign = -1 if credit else 1
    sep = pick(rng, [".", ".", " "])

    def n(v):
        return amount(v * sign, sep, ",")

    style = pick(rng, ["long", "short", "short"])
    short_fr = pick(rng, ["dmy_slash", "dmy_slash", "dmy_dot"])

    def d(x):
        if style == "long":
            return fmt_date(x, "d_month_y_de", "de") if german else fmt_date(x, "d_month_y", "fr")
        return dotted(x) if german else fmt_date(x, short_fr)

    theme = Theme.pick(rng, size=(7.5, 9.0))
    ex = vendor.extra
    order = f"{pick(rng, ['PO', 'BC', 'CMD'])}-{rng.randrange(1000, 99999)}"
    notes: dict = {"buyer_vat": buyer_vat, "rcs": ex["rcs"], "matricule": ex["matricule"], "order": order}
    if german:
        vrows = [f"MwSt.-Nr.: {vendor.tax_id}", f"H.R. Luxemburg {ex['rcs']}", f"Tel. {vendor.phone}"]
        brows = [f"MwSt.-Nr.: {buyer_vat}"]
        meta = [("Rechnungsnummer:" if not credit else "Gutschrift Nr.:", number), ("Rechnungsdatum:" if not credit else "Datum:", d(issued))]
        if cust_code:
            meta.append(("Kundennummer:", cust_code))
        if not credit and chance(rng, 0.5):
            meta.append(("Ihre Bestellung:", order))
        if terms:
            meta.append(("Zahlungsbedingungen:", terms))
        if due:
            meta.append(("Fälligkeitsdatum:", d(due)))
        head = ["Bezeichnung", "Menge", "Einzelpreis", "MwSt.", "Betrag"]
        base_label, total_label, title = "Nettobetrag", "Gesamtbetrag EUR", "GUTSCHRIFT" if credit else "RECHNUNG"

        def rate_label(r, b):
            return f"MwSt. {r} % auf {n(b)}"
    else:
        vrows = [f"N° TVA : {vendor.tax_id}", f"RCS Luxembourg {ex['rcs']}", f"Matricule : {ex['matricule']}",
                 f"Autorisation d'établissement n° {ex['autorisation']}" if chance(rng, 0.5) else "", f"Tél. {vendor.phone}"]
        brows = [f"N° TVA : {buyer_vat}"]
        meta = [("Note de crédit n° :" if credit else "Facture n° :", number), ("Date :", d(issued))]
        if cust_code:
            meta.append(("Réf. client :", cust_code))
        if not credit and chance(rng, 0.5):
            meta.append(("Votre commande :", order))
        if terms:
            meta.append(("Conditions de paiement :", terms))
        if due:
            meta.append(("Échéance :", d(due)))
        head = ["Désignation", "Qté", "Prix unitaire HTVA", "TVA", "Montant HTVA"]
        base_label, total_label, title = "Total HTVA", "Total TVAC EUR", "NOTE DE CRÉDIT" if credit else "FACTURE"

        def rate_label(r, b):
            return f"TVA {r} % sur {n(b)}"
    foot: list[str] = []
    if credit:
        orig = f"{y}-{rng.randrange(1, 9999):04d}"
        orig_date = issued - timedelta(days=rng.randrange(5, 80))
        meta += [("Rechnung Nr.:" if german else "Facture d'origine :", orig), ("vom:" if german else "du :", d(orig_date))]
        reason = pick(rng, ["Retour de marchandise", "Erreur de prix", "Remise commerciale accordée", "Prestation non réalisée"]) if not german else \
            pick(rng, ["Warenrücksendung", "Preiskorrektur", "Nachträglicher Rabatt"])
        foot.append(("Grund: " if german else "Motif : ") + reason)
        notes["original"] = orig
    bank_iban = lu_iban(rng)
    foot.append(f"IBAN {bank_iban} · BIC {pick(rng, ['BCEELULL', 'BGLLLULL', 'CCRALULL', 'BILLLULL'])}")
    if german:
        foot.append("Merci fir Äert Vertrauen.")
    else:
        foot.append("En cas de retard de paiement, des intérêts de retard au taux légal seront appliqués (loi du 18 avril 2004).")

    def cells(li):
        return [esc(li.description), amount(li.quantity, "", ",", 1 if li.quantity != li.quantity.to_integral_value() else 0), n(li.unit_price),
                f"{li.tax_rate} %", n(li.amount)]

    totals = [(base_label, n(net))] + [(rate_label(r, bases[r]), n(q)) for r, q in quotas.items()] + [(total_label, n(total))]
    return invoice(doc, layout, arrangement(rng, meta), theme, *A4, title=title, vendor_rows=vrows, buyer_label="Client" if not german else "Kunde",
                   buyer_rows=brows, meta=meta, head=head, fractions=(0.46, 0.08, 0.17, 0.09, 0.2), numeric={1, 2, 3, 4}, cells=cells, totals=totals,
                   foot=foot, notes=notes, footer_text="Seite" if german else "Page")
