"""Moroccan facture (TVA 20 %, French labels, MAD).

Three prints: a trading firm's letterhead facture (logo, "FACTURE N°", Date, Client block with the client's
ICE, Réf. / Désignation / Qté / P.U. HT / Montant HT, Total HT / TVA 20 % / Total TTC, the amount in words
"Arrêtée la présente facture à la somme de : … dirhams … TTC", the legal identifiers in the footer: ICE,
IF, RC, Patente, CNSS, capital, RIB); an ERP print in boxes (Bon de commande and Bon de livraison numbers,
échéance, mode de règlement "Virement" / "Chèque" and conditions "Effet à 60 jours", a TVA table per rate 20 % / 14 % /
10 % / 7 %, "Net à payer TTC"); and a services firm's facture (prestations without quantities,
period, "Montant en votre aimable règlement").

Amounts: `12 345,60 DH`, `12.345,60 MAD`, `12 345,60 Dhs`; dates `15/03/2024`.

Truth: vendor = the letterhead firm; tax id = its ICE (Identifiant Commun de l'Entreprise, 15 digits),
the one identifier every Moroccan invoice must carry for both parties and the one e-invoicing keys on;
IF (identifiant fiscal), RC (registre de commerce), Patente (taxe professionnelle), CNSS, the client's
ICE, RIB, BC / BL numbers and the amount in words are decoys. Net = Total HT, tax = the TVA (the sum of
the per-rate amounts when no combined figure is printed), total = Total TTC / Net à payer TTC. Payment
terms as printed after "Conditions de paiement" / "Conditions" ("Effet à 60 jours", "60 jours fin de
mois"); the mode de règlement (virement, chèque, espèces) is a means of payment, not a term; due date only
where an Échéance date is printed.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line, totals_by_rate
from corpus.holdout.components import Col, Theme, esc, lines_html, logo, rate, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eighth import fmt_of
from corpus.holdout.fakes_ninth import ma_party, words_french
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._eighth import flowing_sheet

FAMILY = "ma_facture"
DOCUMENT_TYPE = "invoice"
GOODS = [("Ciment CPJ 45 (sac de 50 kg)", 68, 85, 20), ("Fer à béton HA 12 (barre de 12 m)", 95, 140, 20),
         ("Carreaux grès cérame 60x60 (m²)", 95, 260, 20), ("Peinture acrylique blanche 25 kg", 380, 720, 20),
         ("Ramette papier A4 80 g", 38, 62, 20), ("Cartouche toner noir", 450, 1200, 20), ("Climatiseur split 12000 BTU", 3900, 7200, 20),
         ("Câble électrique 3x2,5 mm² (rouleau 100 m)", 650, 1100, 20), ("Huile de table 5 L", 85, 120, 10),
         ("Eau minérale 1,5 L (pack de 6)", 18, 30, 20), ("Sucre en morceaux 1 kg", 10, 16, 7), ("Thé vert 500 g", 45, 90, 14),
         ("Gants de protection (paire)", 12, 35, 20), ("Palette bois 120x80", 90, 160, 20)]
SERVICES = ["Maintenance préventive des climatiseurs – {m}", "Prestation de nettoyage des locaux – {m}", "Assistance informatique (forfait mensuel) – {m}",
            "Gardiennage du site – {m}", "Location de chariot élévateur – {m}", "Honoraires de conseil – mission {m}"]
EXTRAS = ["Déplacement technicien", "Fourniture de pièces de rechange", "Intervention urgente hors heures ouvrables", "Frais de transport"]
BANKS = ["Attijariwafa bank", "BMCE Bank of Africa", "Banque Populaire", "CIH Bank", "Société Générale Maroc", "Crédit du Maroc"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["classic", "erp", "services"])
    vendor, customer = ma_party(rng), ma_party(rng)
    issued = random_date(rng)
    symbol = pick(rng, ["DH", "DH", "MAD", "Dhs"])
    fmt = fmt_of("MA", "MAD", number_style=pick(rng, ["fr", "fr", "de"]), symbol=symbol, position="post_space", date_pattern="dmy_slash",
                 lang="fr")
    m, num = fmt.money, fmt.num
    number = pick(rng, [f"{issued.year}/{rng.randrange(1, 9999):04d}", f"FA{issued.strftime('%y')}{rng.randrange(1, 99999):05d}",
                        f"F-{rng.randrange(100, 9999)}/{issued.strftime('%y')}", f"{rng.randrange(1000, 99999)}"])
    lines: list[Line] = []
    if layout == "services":
        month = (issued.replace(day=1) - timedelta(days=1))
        period = f"{MONTHS_FR[month.month - 1]} {month.year}"
        for tmpl in rng.sample(SERVICES, rng.randrange(1, 3)):
            lines.append(Line(tmpl.format(m=period), None, None, money(round(rng.uniform(1500, 45000), -1)), tax_rate=Decimal(20)))
        for extra in rng.sample(EXTRAS, rng.randrange(0, 3)):
            lines.append(Line(extra, None, None, money(round(rng.uniform(150, 3500))), tax_rate=Decimal(20)))
    else:
        items = rng.sample(GOODS, rng.randrange(2, 10) if chance(rng, 0.85) else len(GOODS))
        for desc, low, high, vat in items:
            qty = Decimal(pick(rng, [1, 2, 4, 5, 10, 12, 20, 25, 50, 100]))
            price = money(round(rng.uniform(low, high), 1 if high < 200 else 0))
            lines.append(Line(desc, qty, price, money(qty * price), code=f"{pick(rng, ['A', 'R', 'ART'])}{rng.randrange(100, 9999):04d}",
                              tax_rate=Decimal(vat if layout == "erp" else 20)))
    rates, bases, taxes, net, tax, total = totals_by_rate(lines)
    mode = pick(rng, ["Virement bancaire", "Chèque", "Virement", "Effet de commerce", "Espèces"])
    days = pick(rng, [30, 60, 60, 90])
    due = issued + timedelta(days=days)
    show_terms = chance(rng, 0.6)
    show_due = layout == "erp" and chance(rng, 0.7)
    terms = pick(rng, [f"Paiement à {days} jours", f"Effet à {days} jours", f"{days} jours fin de mois", "Comptant"]) if show_terms else None
    customer_id = f"{pick(rng, ['C', 'CL', '411'])}{rng.randrange(1000, 99999)}" if chance(rng, 0.5) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale="MA", currency="MAD", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, payment_terms=terms, due_date=due if show_due else None,
              customer_id=customer_id)
    words = words_french(total)
    words_text = f"Arrêtée la présente facture à la somme de : {words} TTC"
    if chance(rng, 0.5):
        words_text = words_text.upper()
    rib = f"{rng.randrange(1, 230):03d} {rng.randrange(100, 999)} {rng.randrange(10**15, 10**16)} {rng.randrange(10, 99)}"
    legal = (f"ICE : {vendor.tax_id} · IF : {vendor.extra['if']} · RC : {vendor.extra['rc']} {vendor.extra['city']} · Patente : {vendor.extra['patente']}"
             f" · CNSS : {vendor.extra['cnss']}")
    capital = pick(rng, ["100 000,00", "500 000,00", "1 000 000,00", "10 000,00"])
    bc = f"BC-{rng.randrange(1000, 99999)}"
    bl = f"BL{rng.randrange(10000, 99999)}"

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times", "Helvetica"]), size=(8.0, 9.5), table=pick(rng, ["grid", "header_fill", "boxed", "zebra"]))
    css = theme.css(".ttl{font-size:16pt;font-weight:bold} .cell{border:0.6pt solid #777;padding:2pt 4pt} .legal{font-size:6.5pt;color:#444;border-top:0.6pt solid #999;padding-top:3pt;margin-top:12pt}")
    width, height = A4
    footer = (f"<p class='legal c'>{esc(vendor.name)} – {esc(', '.join(vendor.address))} – Tél. {vendor.phone}<br/>"
              f"Société au capital de {capital} DH · {legal}<br/>{pick(rng, BANKS)} – RIB : {rib}</p>")
    client = (f"<p class='b'>{esc(customer.name)}</p><p>{lines_html(customer.address)}</p><p class='small'>ICE : {customer.tax_id}</p>"
              + (f"<p class='small'>Code client : {customer_id}</p>" if customer_id else ""))
    terms_html = ((f"<p>Conditions de paiement : {esc(terms)}</p>" if terms and layout != "erp" else "")
                  + (f"<p>Mode de règlement : {esc(mode)}</p>" if layout != "erp" and chance(rng, 0.5) else "")
                  + (f"<p>Échéance : {fmt.date(due)}</p>" if show_due else ""))
    vat_rows = [(f"TVA {rate(r)} %", m(taxes[r]), False) for r in rates]
    if len(rates) > 1:
        vat_rows.append(("Total TVA", m(tax), False))

    if layout == "classic":
        head = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(vendor.name, rng, theme.accent)}<p class='b' style='font-size:12pt'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}<br/>Tél. : {vendor.phone}<br/>{vendor.email}</p></td>"
                f"<td style='width:45%'><p class='ttl accent'>FACTURE</p><p>N° : {esc(number)}</p><p>Date : {fmt.date(issued)}</p>"
                f"<div class='boxed' style='margin-top:6pt'><p class='small muted'>Client</p>{client}</div></td></tr></table>")
        cols = [Col("Réf.", width="50pt"), Col("Désignation", width="210pt"), Col("Qté", "right", "38pt"), Col("P.U. HT", "right", "62pt"),
                Col("Montant HT", "right", "72pt")]
        rows = [[esc(li.code), esc(li.description), fmt.qty(li.quantity), num(li.unit_price), num(li.amount)] for li in lines]
        tot = [("Total HT", m(net), False), *vat_rows, ("Total TTC", m(total), True)]
        tail = (totals_table(tot) + f"<p style='margin-top:8pt' class='b'>{esc(words_text)}</p>" + terms_html
                + "<p style='margin-top:14pt' class='r'>Cachet et signature</p>" + footer)
        more = "à reporter"
    elif layout == "erp":
        cells = [("Facture N°", esc(number)), ("Date", fmt.date(issued)), ("Bon de commande", bc), ("Bon de livraison", bl),
                 ("Mode de règlement", esc(mode))]
        if terms:
            cells.append(("Conditions", esc(terms)))
        if customer_id:
            cells.append(("Code client", customer_id))
        boxes = "<table style='width:100%'>" + "".join(
            f"<tr><td class='cell small' style='width:42%'>{k}</td><td class='cell' style='width:58%'>{v}</td></tr>" for k, v in cells) + "</table>"
        head = (f"<table style='width:100%'><tr><td class='band' style='width:100%'><b style='font-size:13pt'>{esc(vendor.name)}</b><br/>"
                f"<span class='small'>{esc(', '.join(vendor.address))} · Tél. {vendor.phone}</span></td></tr></table>"
                f"<table style='width:100%;margin-top:10pt'><tr><td style='width:50%'>{boxes}</td><td style='width:50%'>"
                f"<div class='boxed'><p class='small muted'>Doit :</p>{client}</div></td></tr></table>")
        cols = [Col("Code", width="48pt"), Col("Désignation", width="185pt"), Col("Qté", "right", "35pt"), Col("P.U. HT", "right", "58pt"),
                Col("TVA", "right", "30pt"), Col("Montant HT", "right", "68pt")]
        rows = [[esc(li.code), esc(li.description), fmt.qty(li.quantity), num(li.unit_price), f"{rate(li.tax_rate)}%", num(li.amount)] for li in lines]
        vat_table = ("<table class='items' style='width:60%'><tr><th>Taux TVA</th><th style='text-align:right'>Base HT</th><th style='text-align:right'>"
                     "Montant TVA</th></tr>" + "".join(f"<tr><td>{rate(r)} %</td><td class='r'>{num(bases[r])}</td><td class='r'>{num(taxes[r])}</td></tr>"
                                                      for r in rates) + "</table>")
        tot = [("Total HT", m(net), False), ("Total TVA", m(tax), False), ("Net à payer TTC", m(total), True)]
        tail = (vat_table + totals_table(tot) + f"<p style='margin-top:8pt'>{esc(words_text)}</p>" + terms_html + footer)
        more = "à reporter"
    else:
        head = (f"<table style='width:100%'><tr><td style='width:60%'>{logo(vendor.name, rng, theme.accent)}<p class='b'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}</p><p class='small'>ICE {vendor.tax_id} – IF {vendor.extra['if']}</p></td>"
                f"<td style='width:40%' class='r'><p class='ttl'>Facture</p><p>N° {esc(number)}</p><p>{vendor.extra['city']}, le {fmt.date(issued)}</p></td></tr></table>"
                f"<table style='width:100%;margin-top:10pt'><tr><td style='width:50%'></td><td style='width:50%'>{client}</td></tr></table>"
                f"<p style='margin-top:8pt'>Objet : {pick(rng, ['Facturation des prestations', 'Contrat de maintenance', 'Prestations de services'])}"
                f" – contrat n° {rng.randrange(10, 999)}/{issued.year - rng.randrange(0, 3)}</p>")
        cols = [Col("N°", width="24pt"), Col("Désignation des prestations", width="300pt"), Col("Montant HT", "right", "90pt")]
        rows = [[str(i), esc(li.description), num(li.amount)] for i, li in enumerate(lines, 1)]
        tot = [("Total HT", m(net), False), *vat_rows, ("Total TTC", m(total), True)]
        tail = (totals_table(tot) + f"<p style='margin-top:8pt'>{esc(words_text)}</p>" + terms_html
                + f"<p>Montant en votre aimable règlement par virement au RIB : {rib}</p>" + footer)
        more = "suite page suivante"
    sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                          continued=lambda i: f"<p class='b'>Facture N° {esc(number)} – page {i + 1}</p>", more=more)
    return Built(doc=doc, sheet=sheet, template=f"ma_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"if": vendor.extra["if"], "rc": vendor.extra["rc"], "patente": vendor.extra["patente"], "cnss": vendor.extra["cnss"],
                        "customer_ice": customer.tax_id, "words": words})
