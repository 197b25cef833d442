"""Shop receipts printed with a tourist's VAT refund form: French détaxe, Italian tax free and Spanish DIVA sales, in French,
Italian and Spanish, EUR, 2023-2025 (invented boutiques, their companies and travellers).

Three prints on one A4 page. `fr_facture_detaxe` (the boutique's brand over its company "SAS … au capital de …", SIRET and RCS
(decoys), N° TVA intracommunautaire (= tax id), FACTURE N° (= id), the date with its time, Caisse and Vendeur (decoys); Réf. /
Désignation / Qté / P.U. TTC / Montant TTC, Total TTC, "dont TVA 20 %", Total HT on some; the card payment; then the boxed
BORDEREAU DE VENTE À L'EXPORTATION: the PABLO bordereau number, the traveller's name, passport and country of residence, the
sale amount, the VAT, the operator's service fee and the refund (decoys)), `it_documento_commerciale` (DOCUMENTO COMMERCIALE di
vendita o prestazione: the company with its P.IVA (= tax id), DESCRIZIONE / IVA / Prezzo(€) with "2 x 45,00" under a multiple
item, TOTALE COMPLESSIVO, di cui IVA, Pagamento elettronico, DOCUMENTO N. 0123-0045 (= id), the date and time, the RT serial
(decoy); then the TAX FREE section with the OTELLO protocol number, the traveller and the refundable amount (decoys)),
`es_factura_simplificada_diva` (FACTURA SIMPLIFICADA Nº T001-… (= id), the company's CIF (= tax id), Artículo / Uds. / Precio /
Importe at prices with IVA, Base imponible / IVA 21 % / Total, the DIVA number, the traveller and the "Importe a devolver"
(decoys)).

Truth: a `receipt` with no customer (the traveller named on the refund form is no party: a receipt's customer is null); vendor
= the shop's company (the legal name, not the brand) with its address and VAT number; id = the invoice / document / simplified
invoice number; date = the sale date; lines = the articles at prices with VAT (a single Italian item's quantity and price
null), adding up to the total; tax = the VAT included; net = the Total HT / Base imponible where printed (none on the Italian
document); total = the amount paid (the refund, the fee and the form's amounts decoys).
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company
from corpus.holdout.fakes_twentythird import SHOP_BRANDS, TRAVELLERS, digits, passport, tax_free_form_no
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import priced_lines, pts, rows_html, single_page
from corpus.holdout.templates._twentieth import amount, cells_table

FAMILY = "tax_free_shopping_receipt"
D = Decimal
ITEMS = {"FR": [("Sac à main cuir grainé noir", "u", 380, 1900), ("Foulard en soie imprimé 90 x 90", "u", 140, 420), ("Eau de parfum 100 ml", "u", 95, 260),
                ("Ceinture cuir réversible", "u", 120, 390), ("Portefeuille compact cuir", "u", 150, 480), ("Montre automatique acier", "u", 900, 4200),
                ("Lunettes de soleil acétate", "u", 180, 420), ("Bougie parfumée 190 g", "u", 45, 95)],
         "IT": [("Borsa in pelle tote", "pz", 290, 1400), ("Cintura in pelle", "pz", 90, 260), ("Cravatta in seta", "pz", 70, 190), ("Portafoglio in pelle", "pz", 110, 380),
                ("Occhiali da sole", "pz", 160, 420), ("Orecchini in oro 18 kt", "pz", 380, 2400), ("Mocassini in camoscio", "pz", 240, 690), ("Foulard in seta", "pz", 90, 280)],
         "ES": [("Bolso de piel", "ud", 190, 990), ("Pendientes de plata", "ud", 45, 260), ("Cinturón de piel", "ud", 60, 180), ("Abanico pintado a mano", "ud", 25, 140),
                ("Zapatos de piel", "ud", 120, 390), ("Perfume 100 ml", "ud", 80, 190), ("Anillo de oro 18 k", "ud", 290, 1500), ("Jarrón de cerámica de Triana", "ud", 40, 220)]}
RATE = {"FR": D(20), "IT": D(22), "ES": D(21)}
COUNTRY_NAMES = {"FR": {"US": "États-Unis", "CN": "Chine", "JP": "Japon", "SA": "Arabie saoudite", "NG": "Nigeria", "BR": "Brésil", "KR": "Corée du Sud",
                        "GB": "Royaume-Uni", "CH": "Suisse", "AU": "Australie", "CA": "Canada", "RS": "Serbie"},
                 "IT": {"US": "Stati Uniti", "CN": "Cina", "JP": "Giappone", "SA": "Arabia Saudita", "NG": "Nigeria", "BR": "Brasile", "KR": "Corea del Sud",
                        "GB": "Regno Unito", "CH": "Svizzera", "AU": "Australia", "CA": "Canada", "RS": "Serbia"},
                 "ES": {"US": "Estados Unidos", "CN": "China", "JP": "Japón", "SA": "Arabia Saudí", "NG": "Nigeria", "BR": "Brasil", "KR": "Corea del Sur",
                        "GB": "Reino Unido", "CH": "Suiza", "AU": "Australia", "CA": "Canadá", "RS": "Serbia"}}


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["fr_facture_detaxe", "it_documento_commerciale", "es_factura_simplificada_diva"])
    country = layout[:2].upper()
    vendor = make_company(rng, country)
    brand = pick(rng, SHOP_BRANDS[country])
    issued = random_date(rng, date(2023, 1, 9), 1000)
    lines = priced_lines(rng, ITEMS[country], rng.randrange(1, 5), quantities=(1, 1, 1, 1, 2, 3))
    while sum((li.amount for li in lines), D("0.00")) < 110:
        lines[0].quantity += 1
        lines[0].amount = money(lines[0].quantity * lines[0].unit_price)
    total = sum((li.amount for li in lines), D("0.00"))
    rate = RATE[country]
    tax = money(total * rate / (100 + rate))
    show_net = layout == "es_factura_simplificada_diva" or (layout == "fr_facture_detaxe" and chance(rng, 0.6))
    net = total - tax if show_net else None
    if layout == "it_documento_commerciale":
        for li in lines:
            if li.quantity == 1:
                li.quantity = li.unit_price = None
    if country == "FR":
        number = pick(rng, [f"{issued.year}-{rng.randrange(1, 99999):06d}", f"F{rng.randrange(100000, 999999)}", f"{rng.randrange(1, 9)}{rng.randrange(10**6, 10**7)}"])
    elif country == "IT":
        number = f"{rng.randrange(1, 400):04d}-{rng.randrange(1, 300):04d}"
    else:
        number = f"T{rng.randrange(1, 9):03d}-{issued.year}-{rng.randrange(1, 99999):06d}"
    doc = Doc(document_type="receipt", locale=country, currency="EUR", vendor=vendor, customer=None, invoice_ids=[number], document_date=issued, total=total,
              net=net, tax=tax, lines=lines, lines_sum_to="total")
    surname, given, cc = pick(rng, TRAVELLERS)
    traveller = f"{surname} {given}"
    pp = passport(rng, cc)
    fee = money(max(D("2.50"), tax * D(pick(rng, ["0.25", "0.3", "0.35"]))))
    refund = tax - fee
    form = tax_free_form_no(rng)
    notes = {"traveller": traveller, "passport": pp, "form": form, "refund": float(refund), "brand": brand}

    def n(v):
        return amount(v, " " if country == "FR" else ".", ",")

    hh, mm = rng.randrange(10, 20), rng.randrange(60)
    theme = Theme.pick(rng, size=(7.5, 9.0))
    css = theme.css(".brand{font-size:18pt;font-weight:bold;letter-spacing:1pt} .t{font-size:12pt;font-weight:bold} "
                    ".form{border:1pt dashed #444;padding:6pt;margin-top:14pt} .box{border:0.8pt solid #666;padding:5pt}")
    width, height = A4
    W = width - 80
    card = f"{pick(rng, ['VISA', 'MASTERCARD', 'AMEX', 'UNIONPAY'])} ****{digits(rng, 4)}"
    country_name = COUNTRY_NAMES[country][cc]
    if country == "FR":
        d = fmt_date(issued, "dmy_slash")
        ex = vendor.extra
        head_html = (f"<p class='brand c accent'>{esc(brand.upper())}</p><p class='c'>{esc(vendor.name)} au capital de {pick(rng, ['10 000', '50 000', '150 000'])} €</p>"
                     + f"<p class='c small'>{esc(' · '.join(vendor.address))} · Tél. {vendor.phone}</p>"
                     + f"<p class='c small'>SIRET {ex['siret']} · {ex['rcs']} · N° TVA intracommunautaire {vendor.tax_id}</p>"
                     + f"<p class='t' style='margin-top:12pt'>FACTURE N° {number}</p><p>Date : {d} {hh:02d}:{mm:02d} · Caisse {rng.randrange(1, 5)} · "
                     + f"Vendeur : {pick(rng, ['Camille', 'Léa', 'Hugo', 'Inès', 'Mathis'])}</p>")
        table = cells_table(["Réf.", "Désignation", "Qté", "P.U. TTC", "Montant TTC"], pts(W, 0.12, 0.5, 0.08, 0.14, 0.16), {2, 3, 4},
                            [[f"{rng.randrange(100000, 999999)}", esc(li.description), str(li.quantity), n(li.unit_price), n(li.amount)] for li in lines])
        tot = [("Total TTC", f"{n(total)} €"), (f"dont TVA {rate} %", f"{n(tax)} €")] + ([("Total HT", f"{n(net)} €")] if net is not None else [])
        totals = f"<div style='margin-left:{W - 230:.0f}pt;margin-top:6pt'>{rows_html(tot, strong_last=False, widths=(130, 100))}</div>"
        pay = f"<p style='margin-top:6pt'>Règlement : {card} {n(total)} € · Autorisation {digits(rng, 6)}</p>"
        form_html = ("<div class='form'><p class='t'>DÉTAXE - BORDEREAU DE VENTE À L'EXPORTATION</p>"
                     + rows_html([("N° de bordereau PABLO", form), ("Voyageur", esc(traveller)), ("Passeport n°", pp), ("Pays de résidence", esc(country_name)),
                                  ("Montant de la vente TTC", f"{n(total)} €"), ("Montant de la TVA", f"{n(tax)} €"), ("Frais de service", f"{n(fee)} €"),
                                  ("Montant du remboursement", f"{n(refund)} €")], widths=(200, 220))
                     + "<p class='small' style='margin-top:4pt'>À faire valider électroniquement (PABLO) au point de sortie de l'Union européenne "
                     + "dans les trois mois suivant l'achat.</p></div>")
        body = head_html + table + totals + pay + form_html + "<p class='small c' style='margin-top:10pt'>Merci de votre visite</p>"
    elif country == "IT":
        d = fmt_date(issued, "dmy_dash")
        rt = f"99IEB{digits(rng, 6)}"
        rows = ""
        for li in lines:
            rows += (f"<tr><td style='width:{W * 0.6:.0f}pt'>{esc(li.description)}</td><td style='width:{W * 0.12:.0f}pt' class='r'>{rate}%</td>"
                     f"<td style='width:{W * 0.18:.0f}pt' class='r'>{n(li.amount)}</td></tr>")
            if li.quantity is not None:
                rows += f"<tr><td class='small'>&#160; {li.quantity} x {n(li.unit_price)}</td><td></td><td></td></tr>"
        head_html = (f"<p class='brand c accent'>{esc(brand.upper())}</p><p class='c b'>{esc(vendor.name)}</p><p class='c'>{esc(' - '.join(vendor.address))}</p>"
                     + f"<p class='c'>P.IVA {vendor.tax_id}</p><p class='t c' style='margin-top:10pt'>DOCUMENTO COMMERCIALE</p>"
                     + "<p class='c'>di vendita o prestazione</p>"
                     + f"<table style='margin-top:8pt'><tr><th style='width:{W * 0.6:.0f}pt;text-align:left'>DESCRIZIONE</th><th style='width:{W * 0.12:.0f}pt' class='r'>IVA</th>"
                     + f"<th style='width:{W * 0.18:.0f}pt' class='r'>Prezzo(€)</th></tr>{rows}</table>")
        tot = [("TOTALE COMPLESSIVO", n(total)), ("di cui IVA", n(tax)), ("Pagamento elettronico", n(total)), ("Importo pagato", n(total))]
        totals = f"<div style='margin-top:6pt'>{rows_html(tot, strong_last=False, widths=(W * 0.72, W * 0.18))}</div>"
        pay = (f"<p style='margin-top:6pt'>{d} {hh:02d}:{mm:02d}</p><p>DOCUMENTO N. {number}</p><p>RT {rt}</p><p class='small'>{card}</p>")
        notes["rt"] = rt
        form_html = ("<div class='form'><p class='t'>TAX FREE - Sistema OTELLO 2.0</p>"
                     + rows_html([("Protocollo OTELLO", form), ("Viaggiatore", esc(traveller)), ("Passaporto", pp), ("Paese di residenza", esc(country_name)),
                                  ("Totale acquisto", f"€ {n(total)}"), ("IVA", f"€ {n(tax)}"), ("Commissione di servizio", f"€ {n(fee)}"),
                                  ("Importo rimborsabile", f"€ {n(refund)}")], widths=(200, 220))
                     + "<p class='small' style='margin-top:4pt'>Il visto doganale elettronico deve essere ottenuto entro il terzo mese successivo all'acquisto.</p></div>")
        body = head_html + totals + pay + form_html
    else:
        d = fmt_date(issued, "dmy_slash")
        head_html = (f"<p class='brand c accent'>{esc(brand.upper())}</p><p class='c b'>{esc(vendor.name)} · CIF {vendor.tax_id}</p>"
                     + f"<p class='c'>{esc(', '.join(vendor.address))} · Tel. {vendor.phone}</p>"
                     + f"<p class='t' style='margin-top:10pt'>FACTURA SIMPLIFICADA Nº {number}</p><p>Fecha: {d} &#160; Hora: {hh:02d}:{mm:02d} &#160; "
                     + f"Tienda {rng.randrange(1, 40):03d}</p>")
        table = cells_table(["Artículo", "Uds.", "Precio", "Importe"], pts(W, 0.56, 0.1, 0.16, 0.18), {1, 2, 3},
                            [[esc(li.description), str(li.quantity), n(li.unit_price), n(li.amount)] for li in lines])
        tot = [("Base imponible", n(net)), (f"IVA {rate}%", n(tax)), ("TOTAL (IVA incluido)", f"{n(total)} €")]
        totals = f"<div style='margin-left:{W - 230:.0f}pt;margin-top:6pt'>{rows_html(tot, widths=(130, 100))}</div>"
        pay = f"<p style='margin-top:6pt'>Pago con tarjeta {card} · {n(total)} €</p>"
        form_html = ("<div class='form'><p class='t'>TAX FREE - DIVA (Documento electrónico de reembolso)</p>"
                     + rows_html([("Número DIVA", form), ("Viajero", esc(traveller)), ("Pasaporte", pp), ("País de residencia", esc(country_name)),
                                  ("Importe total", f"{n(total)} €"), ("Cuota de IVA", f"{n(tax)} €"), ("Comisión", f"{n(fee)} €"),
                                  ("Importe a devolver", f"{n(refund)} €")], widths=(200, 220))
                     + "<p class='small' style='margin-top:4pt'>Selle el DIVA en la aduana de salida de la Unión Europea antes de tres meses.</p></div>")
        body = head_html + table + totals + pay + form_html + "<p class='small c' style='margin-top:10pt'>Gracias por su visita</p>"
    sheet = single_page(layout, width, height, css, [Box((40, 40, width - 40, height - 40), body)])
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes, scan_weight=1.5)
