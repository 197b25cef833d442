"""Québec facture (TPS 5 % + TVQ 9,975 %), in French or bilingual French / English.

Three prints: a contractor's facture in French (entrepreneur en plomberie / électricité / rénovation: RBQ
licence number under the letterhead, "Adresse des travaux", main-d'œuvre hours x taux horaire, matériaux,
frais de déplacement, "Sous-total", "TPS (5 %)", "TVQ (9,975 %)", "Total", sometimes "Dépôt reçu" and
"Solde à payer", "Payable sur réception" or "Net 30 jours", the 2 %-per-month interest clause); a
distributor's bilingual ERP print ("FACTURE / INVOICE", No de client / Customer No., Bon de commande /
P.O., Représentant / Sales rep, Vendu à / Sold to and Expédié à / Ship to, Code / Description / Qté cmd /
Qté liv. / Prix unitaire / Montant; long orders over pages with "Report / Carried forward"; terms "Net 30
jours / Net 30 days" or "2 % 10 jours, net 30 jours"); and a professional-services note d'honoraires
("Honoraires professionnels", date de facturation / échéance, hours x taux, débours, dépôt direct with
institution / transit / compte).

The tax numbers are printed in the header, in the footer or beside the tax lines themselves
("TPS 5 % (No 123456789 RT0001)"); amounts `1 234,56 $` (space or no-break space, sometimes `$` first on
the bilingual print), dates `2024-03-15` or `15 mars 2024` (`1er mars 2024`).

Truth: vendor = the letterhead firm; tax id = the GST/TPS number as printed (`123456789 RT0001`, Luhn BN);
the QST/TVQ number, the NEQ, the RBQ licence, bank institution / transit / account, the purchase order,
sales rep, the ship-to and job-site addresses are decoys. Net = Sous-total, tax = TPS + TVQ (the two
printed lines summed; no combined figure is printed, or "Total des taxes" = the same sum), total = Total /
Total de la facture (a deposit and the "Solde à payer" after it are decoys). Customer id = No de client
where printed. Payment terms as printed; the due date only where "Échéance" prints one.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line, line_sum, tax_on
from corpus.holdout.components import Col, Theme, esc, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eighth import fmt_of
from corpus.holdout.fakes_tenth import qc_address, qc_party, qc_person
from corpus.holdout.money import money, random_date
from corpus.holdout.render import LETTER
from corpus.holdout.templates._eighth import flowing_sheet

FAMILY = "ca_qc_facture"
DOCUMENT_TYPE = "invoice"
TRADE_WORK = {
    "Plomberie": ([("Chauffe-eau électrique 60 gallons", 650, 1100), ("Robinet de cuisine à bec rétractable", 180, 420), ("Tuyau PEX 1/2 po (pi)", 1, 3),
                   ("Raccords et soudure", 25, 90), ("Valve d'arrêt 1/2 po", 12, 30), ("Clapet antiretour 4 po", 140, 320)]),
    "Électricité": ([("Panneau électrique 200 A, 40 circuits", 380, 690), ("Disjoncteur DDFT 15 A", 55, 110), ("Câble NMD90 14/2 (rouleau 75 m)", 95, 160),
                     ("Luminaire encastré DEL 4 po", 18, 45), ("Prise murale décorative 15 A", 6, 14), ("Borne de recharge niveau 2", 780, 1300)]),
    "Rénovations": ([("Panneaux de gypse 1/2 po 4 x 8", 14, 22), ("Plâtre à joints (seau 17 L)", 24, 38), ("Peinture latex velours 3,78 L", 48, 82),
                     ("Céramique murale (pi²)", 4, 11), ("Bois de charpente 2 x 4 x 8", 5, 9), ("Isolant laine minérale R-20", 60, 95)]),
}
GOODS = [("Papier à photocopie 8,5 x 11, 20 lb (caisse)", 38, 65), ("Cartouche de toner noir HP 58X", 180, 290), ("Gants de nitrile (boîte de 100)", 9, 18),
         ("Essuie-tout industriel (caisse de 12)", 42, 70), ("Sacs à ordures noirs 35 x 50 (100)", 28, 46), ("Désinfectant tout usage 4 L", 14, 29),
         ("Ruban adhésif d'emballage 48 mm (36 rouleaux)", 55, 95), ("Boîtes de carton 18 x 12 x 12 (25)", 40, 72), ("Étiquettes d'expédition 4 x 6 (rouleau)", 12, 25),
         ("Chaise de bureau ergonomique", 190, 480), ("Classeur latéral 4 tiroirs", 310, 640), ("Café moulu équitable 1 kg", 18, 32),
         ("Gobelets de papier 12 oz (1000)", 70, 120), ("Piles alcalines AA (paquet de 24)", 19, 34), ("Palette de film étirable 18 po", 30, 55),
         ("Savon à mains moussant 1 L", 8, 15), ("Lampe de bureau DEL", 35, 90), ("Tapis antifatigue 3 x 5 pi", 60, 130)]
SERVICES = [("Honoraires professionnels – tenue de livres", 65, 110), ("Préparation des états financiers", 95, 180), ("Consultation fiscale", 120, 240),
            ("Analyse et recommandations", 110, 210), ("Rédaction et révision de documents", 70, 140), ("Gestion de projet", 90, 160),
            ("Traduction anglais-français (mot)", 0.2, 0.3), ("Conception graphique", 75, 130), ("Soutien technique à distance", 80, 125)]
FEES = [("Débours – frais de déplacement", 40, 180), ("Débours – frais de poste et messagerie", 12, 45), ("Frais de kilométrage", 30, 120)]
BANKS = [("Desjardins", "815"), ("Banque Nationale", "006"), ("RBC Banque Royale", "003"), ("Banque TD", "004"), ("BMO", "001"), ("Banque Laurentienne", "039")]


def _lines_from(rng: random.Random, items: list[tuple[str, float, float]], count: int, *, fractional: bool = False) -> list[Line]:
    out = []
    for desc, low, high in rng.sample(items, min(count, len(items))):
        qty = Decimal(rng.randrange(1, 40)) / 4 if fractional and high > 20 else Decimal(pick(rng, [1, 1, 2, 3, 4, 5, 6, 10, 12, 24]))
        if high < 1:
            qty = Decimal(rng.randrange(300, 4000))
            price = Decimal(str(round(rng.uniform(low, high), 2)))
        else:
            price = money(rng.uniform(low, high))
            if qty != qty.to_integral_value():   # keep quarter hours x rate exact to the cent
                price = (price * 25).quantize(Decimal(1)) / 25
        out.append(Line(desc, qty, price, money(qty * price)))
    return out


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["entrepreneur", "distributeur", "honoraires"])
    kind = {"entrepreneur": "trade", "distributeur": "office", "honoraires": "services"}[layout]
    vendor = qc_party(rng, kind)
    customer = qc_party(rng, pick(rng, ["office", "services", "trade"]))
    if layout == "honoraires" and vendor.name.startswith("Les Entreprises"):
        vendor.name = vendor.name.replace("Les Entreprises", pick(rng, ["Services-conseils", "Cabinet", "Consultants"]))
    if layout == "entrepreneur" and chance(rng, 0.45):
        customer.name = qc_person(rng)
    if chance(rng, 0.15):
        vendor.tax_id = vendor.tax_id.replace(" ", "")
    bilingual = layout == "distributeur" or (layout == "honoraires" and chance(rng, 0.4))
    issued = random_date(rng)
    dollar_first = bilingual and chance(rng, 0.25)
    fmt = fmt_of("CA", "CAD", number_style="en" if dollar_first else pick(rng, ["fr", "fr_nbsp"]), symbol="$",
                 position="pre" if dollar_first else "post_space", date_pattern=pick(rng, ["iso", "iso", "d_month_y"]), lang="fr")
    m, num = fmt.money, fmt.num
    number = pick(rng, [f"{rng.randrange(1000, 99999)}", f"F-{rng.randrange(1, 99999):05d}", f"{issued.year}-{rng.randrange(1, 999):04d}",
                        f"FA{rng.randrange(100000, 999999)}"])

    if layout == "entrepreneur":
        trade = vendor.name.split()[0] if vendor.name.split()[0] in TRADE_WORK else pick(rng, list(TRADE_WORK))
        rate = money(pick(rng, [75, 85, 89, 95, 98, 105, 115]))
        hours = Decimal(rng.randrange(2, 40)) / 2
        lines = [Line(pick(rng, ["Main-d'œuvre", "Main-d'œuvre – compagnon", "Temps de travail"]), hours, rate, money(hours * rate))]
        if chance(rng, 0.4):
            helper, helper_rate = Decimal(rng.randrange(2, 30)) / 2, money(pick(rng, [45, 55, 60]))
            lines.append(Line("Main-d'œuvre – apprenti", helper, helper_rate, money(helper * helper_rate)))
        lines += _lines_from(rng, TRADE_WORK[trade], rng.randrange(1, 6))
        if chance(rng, 0.6):
            lines.append(Line(pick(rng, ["Frais de déplacement", "Frais de déplacement et de camion", "Frais de service"]), None, None,
                              money(pick(rng, [45, 60, 75, 90]))))
    elif layout == "distributeur":
        count = rng.randrange(3, 14) if chance(rng, 0.6) else rng.randrange(26, 42)
        lines = _lines_from(rng, GOODS, min(count, len(GOODS)))
        while len(lines) < count:   # long orders repeat products in other formats, as real catalogues do
            extra = _lines_from(rng, GOODS, 1)[0]
            extra.description += pick(rng, [" – format économique", " – blanc", " – noir", " (lot de 2)", " – recyclé", " – grand"])
            if extra.description not in {li.description for li in lines}:
                lines.append(extra)
        for li in lines:
            li.code = f"{pick(rng, ['', 'QC-', 'P'])}{rng.randrange(10000, 999999)}"
    else:
        lines = _lines_from(rng, SERVICES, rng.randrange(1, 5), fractional=True)
        if chance(rng, 0.5):
            desc, low, high = pick(rng, FEES)
            lines.append(Line(desc, None, None, money(rng.uniform(low, high))))
    net = line_sum(lines)
    tps, tvq = tax_on(net, 5), tax_on(net, Decimal("9.975"))
    tax, total = tps + tvq, net + tps + tvq

    terms_style = pick(rng, ["receipt", "net", "net", "discount"] if layout == "distributeur" else ["receipt", "receipt", "net", "net"])
    days = pick(rng, [15, 30, 30, 45])
    if terms_style == "receipt":
        terms = pick(rng, ["Payable sur réception", "Payable sur réception de la facture", "Payable à la réception"])
        if bilingual:
            terms = pick(rng, ["Payable sur réception / Due on receipt", "Payable sur réception"])
        due = issued
    elif terms_style == "net":
        terms = f"Net {days} jours" + (f" / Net {days} days" if bilingual and chance(rng, 0.6) else "")
        due = issued + timedelta(days=days)
    else:
        terms = pick(rng, ["2 % 10 jours, net 30 jours", "2 % 10 jours net 30"]) + (" / 2% 10 days, net 30" if bilingual and chance(rng, 0.4) else "")
        due = issued + timedelta(days=30)
    show_terms = chance(rng, 0.9)
    show_due = (layout == "honoraires" and chance(rng, 0.8)) or (layout != "honoraires" and terms_style != "receipt" and chance(rng, 0.4))
    customer_id = f"{pick(rng, ['C', 'CL', ''])}{rng.randrange(1000, 99999)}" if layout == "distributeur" and chance(rng, 0.8) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale="CA", currency="CAD", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, payment_terms=terms if show_terms else None, due_date=due if show_due else None,
              customer_id=customer_id)
    deposit = money(total * Decimal(pick(rng, ["0.25", "0.3", "0.5"]))) if layout == "entrepreneur" and chance(rng, 0.3) else None
    bank, institution = pick(rng, BANKS)
    transit, account = f"{rng.randrange(10000, 99999)}", f"{rng.randrange(1000000, 9999999)}"
    qst, neq = vendor.extra["qst"], vendor.extra["neq"]
    taxes_in_lines = chance(rng, 0.35)
    comma = fmt.number_style != "en"
    tvq_rate = "9,975" if comma else "9.975"

    if bilingual:
        tps_label, tvq_label = "TPS / GST (5 %)", f"TVQ / QST ({tvq_rate} %)"
    else:
        tps_label, tvq_label = pick(rng, [("TPS (5 %)", f"TVQ ({tvq_rate} %)"), ("TPS 5 %", f"TVQ {tvq_rate} %"), ("T.P.S. 5 %", f"T.V.Q. {tvq_rate} %")])
    if taxes_in_lines:
        tps_label += f" No {vendor.tax_id}"
        tvq_label += f" No {qst}"
    tot = [("Sous-total / Subtotal" if bilingual else "Sous-total", m(net), False), (tps_label, m(tps), False), (tvq_label, m(tvq), False)]
    if chance(rng, 0.2):
        tot.append(("Total des taxes" if not bilingual else "Total des taxes / Total taxes", m(tax), False))
    tot.append((pick(rng, ["Total", "Total de la facture", "TOTAL"]) + (" / Invoice total" if bilingual and chance(rng, 0.5) else ""), m(total), True))
    if deposit:
        tot += [(f"Dépôt reçu le {fmt.date(issued - timedelta(days=rng.randrange(5, 40)))}", m(-deposit), False), ("Solde à payer", m(total - deposit), True)]
    ids_block = (f"No TPS : {vendor.tax_id}<br/>No TVQ : {qst}" if not bilingual else f"TPS / GST : {vendor.tax_id}<br/>TVQ / QST : {qst}")
    interest = ("Des frais d'intérêt de 2 % par mois (26,82 % par année) seront exigés sur tout solde en souffrance."
                + (" / Interest of 2% per month (26.82% per annum) on overdue accounts." if bilingual else ""))

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.5))
    css = theme.css(".ttl{font-size:19pt;font-weight:bold} .lbl{font-size:7pt;color:#555;font-weight:bold} .cell{border:0.6pt solid #777;padding:2pt 4pt}")
    width, height = LETTER

    if layout == "entrepreneur":
        site = qc_address(rng) if chance(rng, 0.6) else customer.address
        head = (f"<table style='width:100%'><tr><td style='width:58%'>{logo(vendor.name, rng, theme.accent)}<p class='b' style='font-size:12pt'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}<br/>Tél. : {vendor.phone}<br/>{vendor.email}</p>"
                f"<p class='small'>Licence RBQ : {vendor.extra['rbq']}</p></td><td style='width:42%' class='r'><p class='ttl accent'>FACTURE</p>"
                f"<p>No de facture : <b>{esc(number)}</b></p><p>Date : {fmt.date(issued)}</p>"
                + (f"<p>Échéance : {fmt.date(due)}</p>" if show_due else "")
                + (f"<p class='small'>{ids_block}</p>" if not taxes_in_lines else "")
                + f"</td></tr></table><table style='width:100%;margin-top:10pt'><tr><td style='width:50%'><p class='lbl'>FACTURÉ À</p>"
                f"<p>{esc(customer.name)}<br/>{lines_html(customer.address)}</p></td><td style='width:50%'><p class='lbl'>ADRESSE DES TRAVAUX</p>"
                f"<p>{lines_html(site)}</p><p class='small'>Travaux exécutés le {fmt.date(issued - timedelta(days=rng.randrange(1, 10)))}</p></td></tr></table>"
                f"<p style='margin-top:6pt'>{esc(pick(rng, ['Travaux effectués selon la soumission acceptée.', 'Appel de service : diagnostic et réparation.', 'Fourniture et installation selon entente.']))}</p>")
        cols = [Col("Description", width="280pt"), Col("Qté / h", "right", "50pt"), Col("Prix unitaire", "right", "75pt"), Col("Montant", "right", "80pt")]
        rows = [[esc(li.description), fmt.qty(li.quantity), num(li.unit_price) if li.unit_price is not None else "", num(li.amount)] for li in lines]
        tail = (totals_table(tot, width="50%", left="50%") + (f"<p style='margin-top:8pt'><b>Modalités :</b> {esc(terms)}</p>" if show_terms else "")
                + f"<p class='small'>Paiement par virement Interac à {vendor.email} ou par chèque à l'ordre de {esc(vendor.name.rstrip('.'))}.</p>"
                + f"<p class='small muted'>{interest}</p><p class='tiny muted'>NEQ {neq}</p><p class='c' style='margin-top:6pt'>Merci de votre confiance!</p>")
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                              continued=lambda i: f"<p class='b'>Facture {esc(number)} (suite)</p>", more="suite à la page suivante")
        notes = {"site": ", ".join(site), "deposit": str(deposit) if deposit else None}
    elif layout == "distributeur":
        ship = qc_address(rng)
        rep = qc_person(rng)
        po = f"{pick(rng, ['PO', 'BC', ''])}{rng.randrange(10000, 999999)}"
        strip = [("No de facture<br/>Invoice No.", esc(number)), ("Date", fmt.date(issued))]
        if customer_id:
            strip.append(("No de client<br/>Customer No.", customer_id))
        strip += [("Bon de commande<br/>P.O.", po), ("Représentant<br/>Sales rep", esc(rep))]
        if show_terms:
            strip.append(("Conditions<br/>Terms", esc(terms)))
        if show_due:
            strip.append(("Échéance<br/>Due date", fmt.date(due)))
        strip_html = ("<table class='items'><tr>" + "".join(f"<th class='small'>{k}</th>" for k, _ in strip) + "</tr><tr>"
                      + "".join(f"<td>{v}</td>" for _, v in strip) + "</tr></table>")
        head = (f"<table style='width:100%'><tr><td style='width:60%'><p class='b big'>{esc(vendor.name)}</p><p>{lines_html(vendor.address)}</p>"
                f"<p class='small'>Tél. / Tel. : {vendor.phone} · {vendor.website}</p></td><td style='width:40%' class='r'><p class='ttl accent'>FACTURE<br/>INVOICE</p>"
                + (f"<p class='small'>{ids_block}</p>" if not taxes_in_lines else "")
                + f"</td></tr></table><table style='width:100%;margin-top:8pt'><tr><td style='width:50%' class='boxed'><p class='lbl'>VENDU À / SOLD TO</p>"
                f"<p>{esc(customer.name)}<br/>{lines_html(customer.address)}</p></td><td style='width:50%' class='boxed'><p class='lbl'>EXPÉDIÉ À / SHIP TO</p>"
                f"<p>{esc(customer.name)}<br/>{lines_html(ship)}</p></td></tr></table>{strip_html}")
        cols = [Col("Code", width="55pt"), Col("Description", width="190pt"), Col("Qté cmd<br/>Qty ord.", "right", "42pt"), Col("Qté liv.<br/>Qty ship.", "right", "42pt"),
                Col("Prix unit.<br/>Unit price", "right", "58pt"), Col("Montant<br/>Amount", "right", "65pt")]
        rows = [[esc(li.code), esc(li.description), fmt.qty(li.quantity), fmt.qty(li.quantity), num(li.unit_price), num(li.amount)] for li in lines]
        tail = (totals_table(tot, width="50%", left="50%")
                + f"<p class='small' style='margin-top:8pt'>{interest}</p><p class='small'>Retours acceptés dans les 30 jours avec autorisation. / Returns within 30 days with authorization.</p>"
                + f"<p class='tiny muted'>NEQ {neq}</p>")
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                              continued=lambda i: f"<p class='b'>{esc(vendor.name)} – Facture / Invoice {esc(number)} – page {i + 1}</p>",
                              more="Report à la page suivante / Carried forward", footer=lambda n, c: f"<p class='tiny r muted'>Page {n} de / of {c}</p>")
        notes = {"ship_to": ", ".join(ship), "po": po, "rep": rep}
    else:
        contact = qc_person(rng)
        meta = [("Facture no" if not bilingual else "Facture no / Invoice no", esc(number)),
                ("Date de facturation" if not bilingual else "Date de facturation / Invoice date", fmt.date(issued))]
        if show_due:
            meta.append(("Échéance" if not bilingual else "Échéance / Due date", fmt.date(due)))
        if show_terms:
            meta.append(("Modalités" if not bilingual else "Modalités / Terms", esc(terms)))
        meta.append(("Dossier" if not bilingual else "Dossier / File", f"{rng.randrange(100, 9999)}-{issued.year % 100:02d}"))
        head = (f"<p class='b' style='font-size:15pt;color:{theme.accent}'>{esc(vendor.name)}</p><p class='small'>{esc(' · '.join(vendor.address))} · {vendor.phone}</p>"
                f"<table style='width:100%;margin-top:14pt'><tr><td style='width:55%'><p class='lbl'>À L'ATTENTION DE</p><p>{esc(contact)}<br/>{esc(customer.name)}<br/>"
                f"{lines_html(customer.address)}</p></td><td style='width:45%'><p class='ttl'>{'Note d’honoraires' if not bilingual else 'FACTURE / INVOICE'}</p>"
                + "<table class='kv'>" + "".join(f"<tr><td class='small b' style='width:{120 if bilingual else 80}pt'>{k}</td><td style='width:130pt'>{v}</td></tr>"
                                                 for k, v in meta) + "</table></td></tr></table>"
                + f"<p style='margin-top:8pt'>{pick(rng, ['Pour services professionnels rendus du', 'Services rendus du', 'Période de services : du'])} "
                f"{fmt.date(issued - timedelta(days=30))} au {fmt.date(issued - timedelta(days=1))}</p>")
        cols = [Col("Description", width="280pt"), Col("Heures / Qté", "right", "60pt"), Col("Taux", "right", "65pt"), Col("Montant", "right", "80pt")]
        rows = [[esc(li.description), fmt.qty(li.quantity), num(li.unit_price) if li.unit_price is not None else "", num(li.amount)] for li in lines]
        tail = (totals_table(tot, width="50%", left="50%")
                + (f"<p class='small' style='margin-top:8pt'>{ids_block}</p>" if not taxes_in_lines else "")
                + f"<p class='small' style='margin-top:6pt'><b>Dépôt direct :</b> {bank} – institution {institution}, transit {transit}, compte {account}</p>"
                + f"<p class='small muted'>{interest}</p>")
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, continued=lambda i: f"<p class='b'>Facture {esc(number)} (suite)</p>",
                              more="suite à la page suivante")
        notes = {"transit": transit, "account": account}
    notes.update({"qst": qst, "neq": neq, "taxes_in_lines": taxes_in_lines})
    return Built(doc=doc, sheet=sheet, template=f"qc_{layout}", png_scan_ok=len(sheet.pages) == 1, notes=notes)
