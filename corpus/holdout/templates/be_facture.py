"""Belgian invoice (Facture / Factuur), French or Dutch, from a small business's invoicing software.

Letterhead with the enterprise's VAT number `BE 0123.456.749` (the truth's tax id, as printed) and its
register (RPM / RPR, the enterprise number repeated without the BE prefix); the customer's VAT number
(a decoy) or a private customer; Date / Échéance (Factuurdatum / Vervaldag) or "Payable à 30 jours" /
"Betaalbaar binnen 30 dagen"; lines at 21 % and 6 % (12 % catering); Total HTVA, TVA per rate with its
base, Total TVAC (Totaal excl. btw / btw / Totaal incl. btw); an advance already paid (Acompte /
Voorschot) before "Montant à payer" / "Te betalen" (a decoy: the total is the invoice total); the
payment block with IBAN BE.., BIC and the structured communication `+++090/9337/55493+++` (a payment
reference often built from the invoice number: a decoy for the id); the legal 6 % mention.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, paged_sheet, pick
from corpus.holdout.catalog import totals_by_rate
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo, rate, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fourth import BE_NAMES, be_company, be_dotted, be_iban, structured_communication
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money
from corpus.holdout.render import A4
from corpus.holdout.templates._third import lines_from

FAMILY = "be_facture"
DOCUMENT_TYPE = "invoice"

R21, R12, R6 = Decimal(21), Decimal(12), Decimal(6)
ITEMS = {
    "fr": [("Prestations informatiques", "h", 65, 125, True, R21), ("Licence logiciel de gestion (1 an)", "pc", 180, 900, False, R21),
           ("Maintenance serveur - forfait mensuel", "forfait", 90, 450, False, R21), ("Cartouches toner", "pc", 45, 130, False, R21),
           ("Travaux de peinture - habitation de plus de 10 ans", "m²", 14, 32, True, R6),
           ("Remplacement chaudière - habitation de plus de 10 ans", "forfait", 2400, 5200, False, R6),
           ("Main-d'oeuvre rénovation", "h", 42, 65, True, R6), ("Ouvrages de référence (livres)", "pc", 18, 65, False, R6),
           ("Déplacement", "forfait", 25, 60, False, R21), ("Lunch traiteur (par personne)", "pers.", 18, 42, False, R12),
           ("Placement de câblage réseau", "m", 6, 14, True, R21), ("Conseil comptable et fiscal", "h", 80, 150, True, R21)],
    "nl": [("Informaticadiensten", "uur", 65, 125, True, R21), ("Licentie boekhoudsoftware (1 jaar)", "st", 180, 900, False, R21),
           ("Onderhoud server - maandforfait", "forfait", 90, 450, False, R21), ("Tonercartridges", "st", 45, 130, False, R21),
           ("Schilderwerken - woning ouder dan 10 jaar", "m²", 14, 32, True, R6),
           ("Vervanging verwarmingsketel - woning ouder dan 10 jaar", "forfait", 2400, 5200, False, R6),
           ("Werkuren renovatie", "uur", 42, 65, True, R6), ("Naslagwerken (boeken)", "st", 18, 65, False, R6),
           ("Verplaatsingskosten", "forfait", 25, 60, False, R21), ("Broodjeslunch (per persoon)", "pers.", 18, 42, False, R12),
           ("Plaatsen netwerkbekabeling", "m", 6, 14, True, R21), ("Boekhoudkundig en fiscaal advies", "uur", 80, 150, True, R21)],
}
W = {
    "fr": {"title": ["FACTURE", "Facture"], "number": ["Facture n°", "N° de facture", "Numéro"], "date": ["Date", "Date de facture"],
           "due": ["Échéance", "Date d'échéance"], "client": ["N° client", "Référence client"], "vat_client": "TVA client",
           "desc": "Description", "qty": "Qté", "unit": "Unité", "price": "Prix unitaire", "vat": "TVA", "amount": "Total HTVA",
           "net": ["Total HTVA", "Total hors TVA"], "tax": "TVA {r} % sur {base}", "total": ["Total TVAC", "Total TVA comprise"],
           "advance": "Acompte reçu", "to_pay": "Montant à payer", "terms": "Payable à {d} jours", "vat_label": "TVA",
           "ogm": "Communication structurée", "pay": "Merci de verser le montant sur le compte {iban} (BIC {bic}) en mentionnant la communication structurée.",
           "enterprise": "N° d'entreprise", "six": "Taux de TVA de 6 % : attestation du client en application de l'A.R. n° 20. "
           "Le client atteste que l'habitation est utilisée exclusivement ou principalement comme logement privé.",
           "page": "Page {n} / {c}", "cont": "Facture {no} (suite)", "conditions": "Nos conditions générales figurent au verso. "
           "En cas de retard de paiement, un intérêt de 8 % l'an et une indemnité forfaitaire de 10 % sont dus de plein droit.",
           "customer": "Client"},
    "nl": {"title": ["FACTUUR", "Factuur"], "number": ["Factuurnummer", "Factuur nr.", "Nummer"], "date": ["Factuurdatum", "Datum"],
           "due": ["Vervaldag", "Vervaldatum"], "client": ["Klantnummer", "Klant nr."], "vat_client": "Btw klant",
           "desc": "Omschrijving", "qty": "Aantal", "unit": "Eenheid", "price": "Eenheidsprijs", "vat": "Btw", "amount": "Totaal excl.",
           "net": ["Totaal excl. btw", "Maatstaf van heffing"], "tax": "Btw {r} % op {base}", "total": ["Totaal incl. btw", "Totaal"],
           "advance": "Voorschot ontvangen", "to_pay": "Te betalen", "terms": "Betaalbaar binnen {d} dagen", "vat_label": "BTW",
           "ogm": "Gestructureerde mededeling", "pay": "Gelieve het bedrag over te schrijven op rekening {iban} (BIC {bic}) met vermelding van de gestructureerde mededeling.",
           "enterprise": "Ondernemingsnummer", "six": "Btw-tarief 6 %: attest van de klant overeenkomstig KB nr. 20. "
           "De klant bevestigt dat de woning uitsluitend of hoofdzakelijk als privéwoning wordt gebruikt.",
           "page": "Pagina {n} / {c}", "cont": "Factuur {no} (vervolg)", "conditions": "Onze algemene voorwaarden staan op de keerzijde. "
           "Bij laattijdige betaling is van rechtswege een intrest van 8 % per jaar en een forfaitaire vergoeding van 10 % verschuldigd.",
           "customer": "Klant"},
}
BICS = ["GEBABEBB", "BBRUBEBB", "KREDBEBB", "GKCCBEBB", "NICABEBB", "TRIOBEBB"]


def build(rng: random.Random) -> Built:
    lang = pick(rng, ["fr", "nl", "nl"])
    w = W[lang]
    vendor = be_company(rng, lang)
    private = chance(rng, 0.3)
    customer = be_company(rng, lang, with_tax=False)
    if private:
        first = pick(rng, ["Marie", "Luc", "Sophie", "Pierre", "Nathalie"] if lang == "fr" else ["Jan", "An", "Koen", "Els", "Pieter"])
        customer.name = f"{first} {pick(rng, BE_NAMES[lang][0])}"
    fmt = Fmt(country="BE", currency="EUR", number_style=pick(rng, ["de", "de", "fr"]), symbol="€",
              position=pick(rng, ["post_space", "pre_space"]), date_pattern=pick(rng, ["dmy_slash", "dmy_dash", "dmy_slash", "d_month_y"]),
              lang=lang)
    issued, due, days = issue_and_due(rng, (15, 30, 30, 30, 60))
    number = pick(rng, [f"{issued.year}/{rng.randrange(1, 999):03d}", f"{issued.year}{rng.randrange(1, 9999):04d}",
                        f"F{issued.year % 100}-{rng.randrange(100, 9999)}", f"{rng.randrange(1000, 99999)}"])
    items = ITEMS[lang] if not private else [i for i in ITEMS[lang] if i[5] == R6 or chance(rng, 0.3)]
    long_order = chance(rng, 0.15)
    lines = lines_from(rng, items, rng.randrange(8, 12) if long_order else rng.randrange(1, 6))
    if long_order:
        more = lines_from(rng, items, rng.randrange(8, 12))
        for k, line in enumerate(more):
            line.description = f"{line.description} - {'chantier' if lang == 'fr' else 'werf'} {k + 2}"
        lines += more
    rates, bases, taxes, net, tax, total = totals_by_rate(lines)
    terms = pick(rng, ["due", "days", "both"])
    doc = Doc(document_type=DOCUMENT_TYPE, locale="BE", currency="EUR", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=due if terms in ("due", "both") else None,
              payment_terms=w["terms"].format(d=days) if terms in ("days", "both") else None,
              customer_id=str(rng.randrange(100, 99999)) if chance(rng, 0.55) else None)
    advance = money(total * Decimal(pick(rng, ["0.3", "0.5"]))) if chance(rng, 0.2) else None
    digits = "".join(ch for ch in number if ch.isdigit())
    ogm_digits = digits.rjust(10, "0")[-10:] if chance(rng, 0.6) else f"{rng.randrange(10**9, 10**10)}"
    ogm = structured_communication(ogm_digits, pick(rng, ["+++", "+++", "***"]))
    account, bic = be_iban(rng), pick(rng, BICS)

    layout = pick(rng, ["letter", "software"])
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.5),
                       table=pick(rng, ["rules", "minimal", "zebra", "header_fill", "grid"]))
    css = theme.css(".ttl{font-size:16pt;font-weight:bold} .ogm{font-family:Courier;font-size:11pt;font-weight:bold}")
    width, height = A4
    num = fmt.num
    meta = [(pick(rng, w["number"]), esc(number)), (pick(rng, w["date"]), fmt.date(issued))]
    if doc.due_date:
        meta.append((pick(rng, w["due"]), fmt.date(due)))
    if doc.customer_id:
        meta.append((pick(rng, w["client"]), esc(doc.customer_id)))
    if chance(rng, 0.4):
        meta.append(("Bon de commande" if lang == "fr" else "Bestelbon", f"{rng.randrange(4500000, 4599999)}"))
    if chance(rng, 0.3):
        meta.append(("Date de livraison" if lang == "fr" else "Leveringsdatum", fmt.date(issued - timedelta(days=rng.randrange(1, 12)))))
    meta_html = "".join(f"<tr><td style='width:45%' class='b'>{k}</td><td style='width:55%'>{v}</td></tr>" for k, v in meta)
    cust_vat = ""
    if not private:
        cust_vat = f"<br/>{w['vat_client']}: {esc(customer.extra['vat_printed'])}"
    cust_html = f"<p><b>{esc(customer.name)}</b><br/>{lines_html(customer.address)}{cust_vat}</p>"
    vendor_small = (f"{lines_html(vendor.address)}<br/>Tél. {esc(vendor.phone)}" if lang == "fr" else
                    f"{lines_html(vendor.address)}<br/>Tel. {esc(vendor.phone)}") + f"<br/>{esc(vendor.email)}"
    vat_line = f"{w['vat_label']} {esc(vendor.tax_id)}"
    if layout == "letter":
        head = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(vendor.name, rng, theme.accent)}"
                f"<p class='b' style='margin-top:4pt'>{esc(vendor.name)}</p><p class='small'>{vendor_small}<br/>{vat_line}</p></td>"
                f"<td style='width:45%;padding-top:40pt'>{cust_html}</td></tr></table>"
                f"<p class='ttl accent' style='margin-top:14pt'>{pick(rng, w['title'])}</p>"
                f"<table class='kv' style='width:60%'>{meta_html}</table>")
    else:
        head = (f"<table style='width:100%'><tr><td style='width:50%'><p class='ttl'>{esc(vendor.name)}</p>"
                f"<p class='small'>{vendor_small}</p><p class='small'>{vat_line}<br/>{w['enterprise']} {be_dotted(vendor.extra['enterprise'])}"
                f" · {esc(vendor.extra['register'])}</p></td>"
                f"<td style='width:50%'><p class='ttl accent r'>{pick(rng, w['title'])} {esc(number)}</p>"
                f"<table class='kv' style='width:100%'>{meta_html}</table></td></tr></table>"
                f"<table style='width:100%;margin-top:10pt'><tr><td style='width:50%'></td><td style='width:50%' class='boxed'>"
                f"<p class='small muted'>{w['customer']}</p>{cust_html}</td></tr></table>")
    show_unit = chance(rng, 0.5)
    cols = [Col(w["desc"], width="44%" if show_unit else "52%"), Col(w["qty"], "right", "9%")]
    if show_unit:
        cols.append(Col(w["unit"], width="8%"))
    cols += [Col(w["price"], "right", "14%"), Col(w["vat"], "right", "8%"), Col(w["amount"], "right", "17%")]
    rows = []
    for line in lines:
        row = [esc(line.description), fmt.qty(line.quantity)] + ([esc(line.unit)] if show_unit else [])
        rows.append(row + [num(line.unit_price), f"{rate(line.tax_rate)}%", num(line.amount)])
    totals = [(pick(rng, w["net"]), num(net), False)]
    for r in rates:
        totals.append((w["tax"].format(r=rate(r), base=num(bases[r])), num(taxes[r]), False))
    totals.append((pick(rng, w["total"]), fmt.money(total), True))
    if advance is not None:
        totals += [(w["advance"], f"-{num(advance)}", False), (w["to_pay"], fmt.money(total - advance), True)]
    elif chance(rng, 0.5):
        totals.append((w["to_pay"], fmt.money(total), False))
    pay = (f"<table style='width:100%;margin-top:10pt'><tr><td class='boxed' style='width:62%'><p class='small'>"
           f"{w['pay'].format(iban=esc(account), bic=bic)}</p>"
           + (f"<p class='small'>{esc(doc.payment_terms)}.</p>" if doc.payment_terms else "")
           + f"</td><td style='width:38%' class='c'><p class='small'>{w['ogm']}</p><p class='ogm'>{esc(ogm)}</p></td></tr></table>")
    notes = ""
    if any(line.tax_rate == R6 for line in lines):
        notes += f"<p class='tiny' style='margin-top:6pt'>{w['six']}</p>"
    notes += f"<p class='tiny muted'>{w['conditions']}</p>"
    footer_text = (f"{esc(vendor.name)} · {esc(' · '.join(vendor.address))} · {vat_line} · {esc(vendor.extra['register'])}"
                   f" · IBAN {esc(account)} · BIC {bic}")

    def body(chunk, index, is_last):
        top = head if index == 0 else f"<p class='b'>{w['cont'].format(no=esc(number))}</p>"
        table = items_table(cols, chunk, zebra=theme.table == "zebra")
        return top + table + (totals_table(totals, left="45%") + pay + notes if is_last else "")

    sheet = paged_sheet(width, height, css, (46, 36, 46, 30), rows, body,
                        footer=lambda n, c: f"<p class='tiny c muted'>{footer_text}</p>"
                        + (f"<p class='tiny r'>{w['page'].format(n=n, c=c)}</p>" if c > 1 else ""), footer_height=24)
    return Built(doc=doc, sheet=sheet, template=f"be_{layout}_{lang}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"structured_communication": ogm, "advance": float(advance) if advance else None})
