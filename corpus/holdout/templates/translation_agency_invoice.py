"""Translation invoices: a translation agency billing word counts from a CAT-tool analysis, a German translator billing standard
lines, and a French sworn translator billing pages, in English, German and French, GBP, USD and EUR, 2023-2025 (invented agencies,
translators and clients).

Three prints. `cat_analysis_invoice` (an agency's INVOICE: Invoice No., Invoice Date, Due Date, Customer ID (= customer id), PO
and Your ref. (decoys); per project a heading row "Project 24-0193 · User manual v3 · EN > DE" and its lines "24-0193 EN > DE - New
words" 4,512 × 0.120, "Fuzzy matches 75-99%" at 60 % and "100% matches / repetitions" at 30 % of the word rate (three-decimal
rates), proofreading hours, DTP pages, a project-management fee (amount only); the analysis' total and weighted word counts
(decoys); Subtotal, a volume discount on some, VAT 20 % (GB; none in the US), Total; the agency's VAT number (= tax id) and
company number (decoy)), `de_uebersetzung_rechnung` (RECHNUNG of a Diplom-Übersetzer or a translation firm: "Übersetzung EN > DE:
Jahresabschluss 2023" 312,5 Normzeilen à 1,55 € (55 Anschläge), Beglaubigung, Lektorat in hours, Eilzuschlag (amount only);
Rechnungsnummer, Rechnungsdatum, Leistungsdatum and Ihr Zeichen (decoys), Kundennummer, Zahlungsziel; Nettobetrag, USt 19 %,
Gesamtbetrag, or under § 19 UStG no tax at all; USt-IdNr. or only the Steuernummer), `fr_traduction_assermentee` (the FACTURE
of a "Traductrice assermentée près la Cour d'appel de …": pages × price, certification, registered post (amount only), urgency
supplement; N° de dossier (decoy); SIRET (decoy) and either the N° TVA with TVA 20 % or "TVA non applicable, art. 293 B du CGI";
the client a firm or a private person).

Truth: an `invoice`; vendor = the agency / translator with its address and VAT number (a German translator who prints only a
Steuernummer has that as tax id; a French micro-entrepreneur without VAT number has none, the SIRET a decoy); customer = the
client with its address; id = the invoice number; date = the invoice date; lines = the billed rows (project headings are no
lines; word counts, standard lines, hours and pages are quantities, the rates unit prices, fees without a rate amounts only);
net = Subtotal after a discount / Nettobetrag / Total HT where printed; tax = VAT / USt / TVA (none where no tax is charged); total
= Total / Gesamtbetrag / Total TTC or Net à payer; terms and due date where printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import SUFFIXES, Party, address, domain, fr_vat, make_company, phone, siren, siret
from corpus.holdout.fakes_twentyfourth import AGENCY_WORDS, LANG_PAIRS
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import dotted
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "translation_agency_invoice"
D = Decimal
TITLES_EN = ["User manual v3", "Website localisation (phase 2)", "Clinical trial consent forms", "Annual report 2023", "Software UI strings release 5.2",
             "Marketing brochure", "Safety data sheets", "E-learning module 4", "Employee handbook", "Product catalogue spring"]
TITLES_DE = ["Jahresabschluss 2023", "Liefervertrag Rahmenvereinbarung", "Betriebsanleitung Hydraulikpresse", "Geburtsurkunde", "Handelsregisterauszug",
             "Patentschrift", "Website Relaunch", "Arbeitszeugnis"]
DOCS_FR = ["acte de naissance", "jugement de divorce", "diplôme et relevé de notes", "extrait Kbis", "permis de conduire", "statuts de société",
           "contrat de travail", "casier judiciaire"]
FIRST = {"de": ["Anna", "Jonas", "Lena", "Felix", "Sophie", "Katrin", "Miriam", "Tobias"], "fr": ["Camille", "Claire", "Sophie", "Nadia", "Julien", "Hélène", "Marc"]}
LAST = {"de": ["Brandt", "Hoffmann", "Krüger", "Schreiber", "Lehmann", "Vogel", "Seidel", "Neumann"],
        "fr": ["Lefèvre", "Moreau", "Garnier", "Rousseau", "Chevalier", "Fontaine", "Bonnet", "Girard"]}
COURTS = ["Lyon", "Paris", "Versailles", "Bordeaux", "Toulouse", "Rennes", "Aix-en-Provence", "Douai"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["cat_analysis_invoice", "cat_analysis_invoice", "de_uebersetzung_rechnung", "fr_traduction_assermentee"])
    issued = random_date(rng, date(2023, 1, 9), 1000)
    if layout == "cat_analysis_invoice":
        return _agency(rng, layout, issued)
    if layout == "de_uebersetzung_rechnung":
        return _german(rng, layout, issued)
    return _french(rng, layout, issued)


def _agency(rng: random.Random, layout: str, issued: date) -> Built:
    country = pick(rng, ["GB", "GB", "US"])
    vendor = make_company(rng, country)
    vendor.name = f"{pick(rng, AGENCY_WORDS[0])} {pick(rng, AGENCY_WORDS[1][:4])} {pick(rng, SUFFIXES[country][:3])}"
    vendor.email = f"accounts@{domain(vendor.name)}"
    customer = make_company(rng, country)
    customer.tax_id = None
    base = D(str(round(rng.uniform(0.08, 0.16) if country == "GB" else rng.uniform(0.10, 0.21), 3)))
    rows: list = []
    lines: list[Line] = []
    projects = []
    for _ in range(pick(rng, [1, 1, 2, 2, 3, 4])):
        job = f"{issued.year % 100}-{rng.randrange(1, 9999):04d}"
        pair = pick(rng, LANG_PAIRS["en"])
        title = pick(rng, TITLES_EN)
        rows.append(("head", f"Project {job} · {title} · {pair}"))
        words = {"New words": rng.randrange(300, 12000), "Fuzzy matches 75-99%": rng.randrange(0, 4000), "100% matches / repetitions": rng.randrange(0, 6000)}
        pct = {"New words": D(1), "Fuzzy matches 75-99%": D("0.6"), "100% matches / repetitions": D(pick(rng, ["0.3", "0.25"]))}
        weighted = D(0)
        for band, count in words.items():
            if not count:
                continue
            price = (base * pct[band]).quantize(D("0.001"))
            li = Line(f"{job} {pair} - {band}", D(count), price, money(D(count) * price), "words")
            lines.append(li)
            rows.append(("line", li))
            weighted += D(count) * pct[band]
        if chance(rng, 0.4):
            hours = D(pick(rng, ["1", "1.5", "2", "2.5", "3", "4", "6"]))
            rate = money(rng.uniform(30, 55) if country == "GB" else rng.uniform(40, 70))
            li = Line(f"{job} Proofreading (second linguist)", hours, rate, money(hours * rate), "hrs")
            lines.append(li)
            rows.append(("line", li))
        if chance(rng, 0.3):
            pages = D(rng.randrange(2, 40))
            rate = money(rng.uniform(4, 9))
            li = Line(f"{job} DTP - layout check", pages, rate, money(pages * rate), "pages")
            lines.append(li)
            rows.append(("line", li))
        if chance(rng, 0.3):
            fee = money(sum((li.amount for li in lines if li.description.startswith(job)), D("0.00")) * D("0.05"))
            li = Line(f"{job} Project management fee (5%)", None, None, fee)
            lines.append(li)
            rows.append(("line", li))
        projects.append((job, sum(words.values()), weighted.quantize(D(1))))
    subtotal = sum((li.amount for li in lines), D("0.00"))
    discount = money(subtotal * D("0.05")) if subtotal > 1500 and chance(rng, 0.3) else D("0.00")
    net = subtotal - discount
    gb = country == "GB"
    tax = money(net * D("0.2")) if gb else None
    total = net + (tax or D(0))
    number = pick(rng, [f"INV-{issued.year}-{rng.randrange(1, 9999):04d}", f"{rng.randrange(10000, 99999)}", f"T{issued.strftime('%y%m')}{rng.randrange(1, 999):03d}"])
    days = pick(rng, [14, 30, 30, 45, 60])
    terms = pick(rng, [f"Net {days}", f"{days} days", None])
    due = issued + timedelta(days=days) if chance(rng, 0.8) else None
    cust = f"{pick(rng, ['C', 'CL', 'ACC'])}{rng.randrange(100, 9999):04d}" if chance(rng, 0.6) else None
    doc = Doc(document_type="invoice", locale=country, currency="GBP" if gb else "USD", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net if discount or gb or chance(rng, 0.5) else None, tax=tax, lines=lines, due_date=due, payment_terms=terms,
              customer_id=cust, lines_adjustment=-discount)
    sym = "£" if gb else "$"
    pattern = pick(rng, ["d_month_y", "dmy_slash", "d_mon_y"] if gb else ["mdy_slash", "month_d_y", "mon_d_y"])

    def d(x):
        return fmt_date(x, pattern)

    def q(v):
        return "" if v is None else (amount(v, ",", ".", 0) if v == v.to_integral_value() else amount(v, ",", ".", 1))

    def cells(row):
        kind, item = row
        if kind == "head":
            return ["", f"<b>{esc(item)}</b>", "", "", ""]
        return ["", esc(item.description), q(item.quantity), "" if item.unit_price is None else amount(item.unit_price, ",", ".", 3 if item.unit == "words" else 2),
                amount(item.amount)]

    theme = Theme.pick(rng, size=(7.5, 9.0))
    po = f"PO-{rng.randrange(100000, 999999)}"
    ref = f"{pick(rng, ['LOC', 'MKT', 'LEG', 'HR'])}/{rng.randrange(100, 999)}"
    vrows = [f"VAT Reg. No. {vendor.tax_id}" if gb else "", f"Company No. {vendor.extra['company_no']}" if gb else "", vendor.email or ""]
    if not gb:
        vendor.tax_id = None
    meta = [("Invoice No.", number), ("Invoice Date", d(issued))] + ([("Due Date", d(due))] if due else []) + ([("Terms", terms)] if terms else []) \
        + ([("Customer ID", cust)] if cust else []) + [("PO", po), ("Your ref.", ref)]
    totals = [("Subtotal", f"{sym}{amount(subtotal)}")]
    if discount:
        totals += [("Volume discount 5%", f"-{sym}{amount(discount)}"), ("Net amount", f"{sym}{amount(net)}")]
    if gb:
        totals.append(("VAT 20%", f"{sym}{amount(tax)}"))
    totals.append(("Total" if gb else "Total due (USD)", f"{sym}{amount(total)}"))
    if doc.net is None and not discount:
        totals = [t for t in totals if t[0] != "Subtotal"]
    foot = [f"Analysis {job}: total words {amount(D(total_words), ',', '.', 0)} · weighted words {amount(weighted, ',', '.', 0)}" for job, total_words, weighted in projects]
    foot.append("Payment by bank transfer, quoting the invoice number." + (" Sort code 20-45-77, account 41236987." if gb else " ACH routing 021000021."))
    notes = {"po": po, "ref": ref, "projects": [p[0] for p in projects], "company_no": vendor.extra.get("company_no")}
    return invoice(doc, layout, arrangement(rng, meta), theme, *A4, title="INVOICE", vendor_rows=vrows, buyer_label="Bill to", buyer_rows=[], meta=meta,
                   head=["", "Description", "Qty", "Rate", f"Amount ({'GBP' if gb else 'USD'})"], fractions=(0.02, 0.52, 0.12, 0.14, 0.2), numeric={2, 3, 4},
                   cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page", rows=rows)


def _german(rng: random.Random, layout: str, issued: date) -> Built:
    person = chance(rng, 0.6)
    vendor = make_company(rng, "DE")
    if person:
        vendor.name = f"{pick(rng, ['Dipl.-Übers.', 'M.A.', 'Dipl.-Dolm.'])} {pick(rng, FIRST['de'])} {pick(rng, LAST['de'])}"
    else:
        vendor.name = f"{pick(rng, AGENCY_WORDS[0])} {pick(rng, ['Übersetzungen', 'Sprachendienst'])} {pick(rng, ['GmbH', 'GmbH', 'UG (haftungsbeschränkt)'])}"
    small = person and chance(rng, 0.35)
    st_nr = vendor.extra["steuernummer"]
    only_st = person and (small or chance(rng, 0.4))
    if only_st:
        vendor.tax_id = st_nr
    customer = make_company(rng, "DE")
    customer.tax_id = None
    lines = []
    for _ in range(pick(rng, [1, 1, 2, 3])):
        pair = pick(rng, LANG_PAIRS["de"])
        qty = D(rng.randrange(20, 1400)) / 2
        price = money(rng.uniform(1.1, 2.1))
        lines.append(Line(f"Übersetzung {pair}: {pick(rng, TITLES_DE)}", qty, price, money(qty * price), "NZ"))
    seen = set()
    for li in lines:
        while li.description in seen:
            li.description += " (Teil 2)"
        seen.add(li.description)
    if chance(rng, 0.4):
        n_cert = D(rng.randrange(1, 4))
        price = money(rng.uniform(5, 20))
        lines.append(Line("Beglaubigung der Übersetzung", n_cert, price, money(n_cert * price), "Stk."))
    if chance(rng, 0.3):
        hours = D(pick(rng, ["1", "1.5", "2", "3"]))
        price = money(rng.uniform(45, 75))
        lines.append(Line("Lektorat / Korrekturlesen", hours, price, money(hours * price), "Std."))
    if chance(rng, 0.25):
        lines.append(Line("Eilzuschlag 50 %", None, None, money(lines[0].amount * D("0.5"))))
    net = sum((li.amount for li in lines), D("0.00"))
    tax = None if small else money(net * D("0.19"))
    total = net + (tax or D(0))
    number = pick(rng, [f"{issued.year}-{rng.randrange(1, 999):03d}", f"RE{issued.year % 100}{rng.randrange(1, 9999):04d}", f"Ü-{rng.randrange(100, 9999)}"])
    days = pick(rng, [7, 14, 14, 30])
    terms = pick(rng, [f"{days} Tage netto", f"{days} Tage", None])
    due = issued + timedelta(days=days) if chance(rng, 0.5) else None
    cust = f"{pick(rng, ['K', 'KD-', ''])}{rng.randrange(100, 99999)}" if chance(rng, 0.5) else None
    doc = Doc(document_type="invoice", locale="DE", currency="EUR", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued, total=total,
              net=None if small else net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=cust)
    long = chance(rng, 0.4)

    def d(x):
        return fmt_date(x, "d_month_y_de", "de") if long else dotted(x)

    def n(v):
        return amount(v, ".", ",")

    def cells(li):
        q = "" if li.quantity is None else amount(li.quantity, ".", ",", 0 if li.quantity == li.quantity.to_integral_value() else 1)
        return [esc(li.description), q, esc(li.unit) if li.quantity is not None else "", "" if li.unit_price is None else n(li.unit_price), n(li.amount)]

    theme = Theme.pick(rng, size=(7.5, 9.0))
    zeichen = f"{pick(rng, ['JS', 'MB', 'AK', 'Ihre Mail vom'])} {dotted(issued - timedelta(days=rng.randrange(3, 30)))}"
    leistung = issued - timedelta(days=rng.randrange(0, 20))
    vrows = ([f"Steuernummer: {st_nr}"] if only_st else [f"USt-IdNr.: {vendor.tax_id}", f"Steuernummer: {st_nr}" if chance(rng, 0.4) else ""]) + \
        (["Öffentlich bestellte und beeidigte Übersetzerin" if chance(rng, 0.5) else "Ermächtigter Übersetzer"] if person else [])
    meta = [("Rechnungsnummer:", number), ("Rechnungsdatum:", d(issued)), ("Leistungsdatum:", d(leistung)), ("Ihr Zeichen:", zeichen)] + \
        ([("Kundennummer:", cust)] if cust else []) + ([("Zahlungsziel:", terms)] if terms else []) + ([("Fällig am:", d(due))] if due else [])
    if small:
        totals = [("Gesamtbetrag", f"{n(total)} €")]
        foot = ["Gemäß § 19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmerregelung)."]
    else:
        totals = [("Nettobetrag", f"{n(net)} €"), ("zzgl. 19 % USt", f"{n(tax)} €"), ("Gesamtbetrag", f"{n(total)} €")]
        foot = []
    foot += ["1 Normzeile (NZ) = 55 Anschläge inkl. Leerzeichen, gezählt im Zieltext.",
             f"Bankverbindung: IBAN DE{rng.randrange(10, 99)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} "
             f"{rng.randrange(1000, 9999)} {rng.randrange(10, 99)}"]
    notes = {"zeichen": zeichen, "leistung": leistung.isoformat(), "steuernummer": st_nr}
    return invoice(doc, layout, arrangement(rng, meta), theme, *A4, title="RECHNUNG", vendor_rows=vrows, buyer_label="Rechnungsempfänger", buyer_rows=[],
                   meta=meta, head=["Leistung", "Menge", "Einheit", "Einzelpreis", "Betrag"], fractions=(0.5, 0.1, 0.1, 0.14, 0.16), numeric={1, 3, 4},
                   cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Seite")


def _french(rng: random.Random, layout: str, issued: date) -> Built:
    name = f"{pick(rng, FIRST['fr'])} {pick(rng, LAST['fr'])}"
    vat = chance(rng, 0.45)
    s = siren(rng)
    vendor = Party(name=name, address=address(rng, "FR"), country="FR", tax_id=fr_vat(s) if vat else None, phone=phone(rng, "FR"))
    vendor.email = f"{name.split()[0].lower().translate(str.maketrans('éèë', 'eee'))}.traduction@{domain(name.split()[1])}"
    court = pick(rng, COURTS)
    private = chance(rng, 0.5)
    if private:
        customer = Party(name=f"{pick(rng, ['M.', 'Mme'])} {pick(rng, ['Ahmed', 'Lucia', 'Piotr', 'Ana', 'Sergio', 'Mei', 'John'])} {pick(rng, ['Benali', 'Ferreira', 'Nowak', 'Silva', 'Rossi', 'Chen', 'Smith'])}",
                         address=address(rng, "FR"), country="FR")
    else:
        customer = make_company(rng, "FR")
        customer.name = f"{pick(rng, ['Cabinet', 'SCP', 'SELARL'])} {pick(rng, LAST['fr'])} {pick(rng, ['Avocats', '& Associés', 'Notaires'])}"
        customer.tax_id = None
    lines = []
    for k in range(pick(rng, [1, 1, 2, 3])):
        pair = pick(rng, LANG_PAIRS["fr"])
        pages = D(rng.randrange(1, 12))
        price = money(rng.uniform(32, 62))
        desc = f"Traduction assermentée {pair} - {pick(rng, DOCS_FR)}"
        if any(li.description == desc for li in lines):
            desc += f" ({k + 1})"
        lines.append(Line(desc, pages, price, money(pages * price), "page"))
    if chance(rng, 0.5):
        lines.append(Line("Certification conforme et cachet", D(1), money(rng.uniform(10, 30)), D(0), "u"))
        lines[-1].amount = lines[-1].unit_price
    if chance(rng, 0.4):
        lines.append(Line("Frais d'envoi en recommandé", None, None, money(rng.uniform(6, 12))))
    if chance(rng, 0.2):
        lines.append(Line("Supplément urgence 30 %", None, None, money(lines[0].amount * D("0.3"))))
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(net * D("0.2")) if vat else None
    total = net + (tax or D(0))
    number = pick(rng, [f"{issued.year}-{rng.randrange(1, 400):03d}", f"F{issued.strftime('%y%m')}-{rng.randrange(1, 99):02d}", f"{rng.randrange(100, 999)}"])
    terms = pick(rng, ["Paiement à réception", "À réception de facture", "30 jours", None])
    due = issued + timedelta(days=30) if terms == "30 jours" and chance(rng, 0.6) else None
    doc = Doc(document_type="invoice", locale="FR", currency="EUR", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued, total=total,
              net=net if vat else None, tax=tax, lines=lines, due_date=due, payment_terms=terms)
    pattern = pick(rng, ["dmy_slash", "d_month_y"])

    def d(x):
        return fmt_date(x, pattern, "fr")

    def n(v):
        return amount(v, " ", ",")

    def cells(li):
        return [esc(li.description), "" if li.quantity is None else str(li.quantity), "" if li.unit_price is None else f"{n(li.unit_price)} €", f"{n(li.amount)} €"]

    theme = Theme.pick(rng, size=(7.5, 9.0))
    dossier = f"D{issued.year % 100}-{rng.randrange(100, 9999)}"
    siret_no = siret(rng, s)
    vrows = [f"Traductrice assermentée près la Cour d'appel de {court}" if chance(rng, 0.6) else f"Expert traducteur près la Cour d'appel de {court}",
             f"SIRET {siret_no}"] + ([f"N° TVA : {vendor.tax_id}"] if vat else []) + [vendor.email]
    meta = [("Facture n° :", number), ("Date :", d(issued)), ("N° de dossier :", dossier)] + ([("Conditions :", terms)] if terms else []) + \
        ([("Échéance :", d(due))] if due else [])
    if vat:
        totals = [("Total HT", f"{n(net)} €"), ("TVA 20 %", f"{n(tax)} €"), ("Total TTC", f"{n(total)} €")]
        foot = []
    else:
        totals = [("Net à payer", f"{n(total)} €")]
        foot = ["TVA non applicable, art. 293 B du CGI"]
    foot += ["En cas de retard de paiement, indemnité forfaitaire pour frais de recouvrement : 40 € (art. L441-10 du Code de commerce)."]
    notes = {"siret": siret_no, "dossier": dossier, "court": court}
    return invoice(doc, layout, arrangement(rng, meta), theme, *A4, title="FACTURE", vendor_rows=vrows, buyer_label="Client", buyer_rows=[], meta=meta,
                   head=["Désignation", "Qté", "Prix unitaire", "Montant"], fractions=(0.56, 0.08, 0.17, 0.19), numeric={1, 2, 3}, cells=cells, totals=totals,
                   foot=foot, notes=notes, footer_text="Page")
