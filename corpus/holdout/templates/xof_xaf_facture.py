"""Francophone West and Central African factures (Senegal, Côte d'Ivoire, Cameroon, Gabon), in French, FCFA (XOF / XAF)
without decimals, 2023-2025.

Three prints. `facture_classique` (a letterhead with the firm's name, its "NINEA … – RCCM SN-DKR-2019-B-12345" or
"N° CC … – RCCM CI-ABJ-…" / "NIU M0415… – RC/DLA/…", the place and date "Dakar, le 15 mars 2024", "FACTURE N°
FAC-2024-0123", the client after "Doit :" with its own identifiers, Désignation / Qté / P.U. HT / Montant HT; Total HT /
TVA 18 % (Cameroon 19,25 %) / Total TTC / "Net à payer"; "Arrêtée la présente facture à la somme de : un million deux cent
cinquante mille (1 250 000) francs CFA TTC."; the bank's RIB in the footer), `facture_erp` (an accounting program's grid:
FACTURE with N° / Date / Échéance / Code client / Mode de règlement, the client box, Réf. / Désignation / Quantité / Prix
unitaire / Remise % / Montant HT, the totals Total HT brut / Remise / Total HT / TVA / Total TTC, sometimes "Précompte
2,2 %" (Cameroon) or "AIRSI 5 %" / "Retenue à la source" (Côte d'Ivoire) and a "Net à payer" after it, the sum in words),
`facture_simple` (a small trader's typed invoice in Courier: the firm, "FACTURE N° 045/2024", "Client :", a ruled list,
"TOTAL HT", "TVA 18%", "TOTAL TTC", the sum in words in capitals, "Le Gérant").

Amounts are whole francs grouped by spaces or dots (`1 250 000`, `1.250.000`) with FCFA, F CFA, XOF or XAF.

Truth: vendor = the issuing firm, tax id = NINEA / N° CC / NIU / NIF (the RCCM is a decoy); customer = the client after
Doit / Client with its address; id = the number after FACTURE N°; net = Total HT, tax = TVA, total = Total TTC (a
précompte, AIRSI or withholding line and the Net à payer after it are decoys, the withholding not reducing the total);
due date = Échéance where printed; XOF in Senegal and Côte d'Ivoire, XAF in Cameroon and Gabon.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_sixteenth import words_cfa, xaf_party
from corpus.holdout.money import MONTHS, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import beside, paged, pts, rows_html, single_page
from corpus.holdout.templates._sixteenth import grouped, kv_rows, whole_units

FAMILY = "xof_xaf_facture"
D = Decimal
GOODS = [("Ciment CPJ 42,5 (sac de 50 kg)", "sac", 3800, 5200), ("Fer à béton HA 10 (barre de 12 m)", "barre", 4200, 6500),
         ("Ramette papier A4 80 g", "ramette", 2800, 4200), ("Cartouche toner HP 83A", "u", 38000, 65000), ("Prestation de gardiennage (mois)", "mois", 180000, 650000),
         ("Maintenance climatiseur split", "u", 15000, 45000), ("Ordinateur portable Core i5", "u", 350000, 650000), ("Transport marchandises Dakar - Thiès", "voyage", 60000, 180000),
         ("Nettoyage des locaux (mois)", "mois", 120000, 450000), ("Câble électrique 3G2,5 (rouleau 100 m)", "rouleau", 45000, 85000),
         ("Formation Excel avancé (jour)", "jour", 75000, 250000), ("Location groupe électrogène 60 kVA (jour)", "jour", 85000, 160000),
         ("Sac de riz parfumé 25 kg", "sac", 14000, 19000), ("Huile végétale (bidon 20 L)", "bidon", 21000, 29000)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["facture_classique", "facture_classique", "facture_erp", "facture_simple"])
    country = pick(rng, ["SN", "CI", "CM", "GA"])
    currency = "XOF" if country in ("SN", "CI") else "XAF"
    vendor, customer = xaf_party(rng, country), xaf_party(rng, country)
    buyer_id = customer.tax_id
    customer.tax_id = None
    issued = random_date(rng, date(2023, 1, 3), 990)
    rate = D("19.25") if country == "CM" else D("18")
    lines, discounts = [], []
    for desc, unit, low, high in rng.sample(GOODS, rng.randrange(1, 7)):
        price = D(int(round(rng.uniform(low, high), -2 if high > 10000 else -1)))
        qty = D(pick(rng, [1, 1, 2, 3, 4, 5, 10, 20, 50] if high < 10000 else [1, 1, 2, 3]))
        disc = D(pick(rng, [0, 0, 0, 5, 10])) if layout == "facture_erp" else D(0)
        amount = whole_units(qty * price * (100 - disc) / 100)
        lines.append(Line(desc, qty if not disc else None, price if not disc else None, amount, unit))
        discounts.append((qty, price, disc))
    net = sum((li.amount for li in lines), D("0"))
    tax = whole_units(net * rate / 100)
    total = net + tax
    seq = rng.randrange(1, 2500)
    number = {"facture_classique": pick(rng, [f"FAC-{issued.year}-{seq:04d}", f"{seq:04d}/{issued.year}", f"F{issued.year % 100}{seq:05d}"]),
              "facture_erp": pick(rng, [f"FA{issued.year}{seq:05d}", f"{issued.year % 100}FV{seq:05d}"]),
              "facture_simple": f"{seq:03d}/{issued.year}"}[layout]
    due = issued + timedelta(days=pick(rng, [15, 30, 30, 45, 60])) if layout == "facture_erp" or chance(rng, 0.3) else None
    withholding = None
    if layout == "facture_erp" and chance(rng, 0.5):
        withholding = ("Précompte 2,2 %", D("2.2")) if country == "CM" else ("AIRSI 5 %", D("5")) if country == "CI" else ("Retenue à la source 5 %", D("5"))
    doc = Doc(document_type="invoice", locale=country, currency=currency, vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=[li if not disc[2] else Line(li.description, None, None, li.amount) for li, disc in zip(lines, discounts, strict=True)],
              due_date=due)
    sep = pick(rng, [" ", " ", "\u00a0", "."])
    cur = pick(rng, ["FCFA", "F CFA", currency, "FCFA"])

    def n(value: D) -> str:
        return grouped(value, sep)

    month = MONTHS["fr"][issued.month - 1]
    city = vendor.address[-1].split()[-1] if country != "CI" else "Abidjan"
    long_date = f"{city}, le {'1er' if issued.day == 1 else issued.day} {month} {issued.year}"
    short = issued.strftime("%d/%m/%Y")
    label = vendor.extra["label"]
    ids_line = f"{label} : {vendor.tax_id} – RCCM : {vendor.extra['rccm']}"
    if country == "CI":
        ids_line += f" – Régime : {vendor.extra['regime']} – Centre des impôts : {vendor.extra['centre']}"
    words = words_cfa(total)
    arret = (f"Arrêtée la présente facture à la somme de : {words} ({n(total)}) francs CFA TTC." if chance(rng, 0.7)
             else f"Arrêté la présente facture à la somme de {words.upper()} FRANCS CFA.")
    bank = pick(rng, ["CBAO Groupe Attijariwafa bank", "Société Générale", "Ecobank", "BICIS", "SGBCI", "Afriland First Bank", "BGFIBank", "UBA"])
    rib = f"{country}{rng.randrange(10, 99)} {rng.choice('ABCDEFGHK')}{rng.randrange(1000, 9999)} {rng.randrange(10000, 99999)} {rng.randrange(10**11, 10**12)} {rng.randrange(10, 99)}"
    width, height = A4
    W = width - 84
    pct = f"{str(rate).replace('.', ',')} %" if rate != rate.to_integral_value() else f"{int(rate)} %"
    client = (f"<p class='b'>{esc(customer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in customer.address)
              + f"<p>{customer.extra['label']} : {buyer_id}</p>")
    if layout == "facture_simple":
        css = "body{font-family:Courier;font-size:9pt;margin:0} p{margin:0 0 1pt 0} td{padding:1pt 3pt} table{border-collapse:collapse} .b{font-weight:bold} .r{text-align:right} .c{text-align:center}"
        cols = pts(W, 0.5, 0.1, 0.18, 0.22, pad=6)
        body = "".join(f"<tr><td style='width:{cols[0]}'>{esc(li.description)}</td><td class='r' style='width:{cols[1]}'>{li.quantity}</td>"
                       f"<td class='r' style='width:{cols[2]}'>{n(li.unit_price)}</td><td class='r' style='width:{cols[3]}'>{n(li.amount)}</td></tr>" for li in lines)
        html = (f"<p class='b'>{esc(vendor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address) + f"<p>Tél : {vendor.phone}</p><p>{ids_line}</p>"
                + f"<p class='r' style='margin-top:10pt'>{long_date}</p><p class='c b' style='margin-top:10pt'>FACTURE N° {number}</p>"
                + f"<p style='margin-top:8pt'>Client : {esc(customer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in customer.address)
                + (f"<p>Échéance : {due.strftime('%d/%m/%Y')}</p>" if due else "")
                + f"<p style='margin-top:8pt'>{'-' * 78}</p><table><tr><td style='width:{cols[0]}'>DÉSIGNATION</td><td class='r' style='width:{cols[1]}'>QTÉ</td>"
                f"<td class='r' style='width:{cols[2]}'>P.U.</td><td class='r' style='width:{cols[3]}'>MONTANT</td></tr></table><p>{'-' * 78}</p>"
                f"<table>{body}</table><p>{'-' * 78}</p>"
                + rows_html([("TOTAL HT", f"{n(net)} {cur}"), (f"TVA {pct}", f"{n(tax)} {cur}"), ("TOTAL TTC", f"{n(total)} {cur}")], widths=(W - 160, 160))
                + f"<p style='margin-top:10pt'>{esc(arret.upper())}</p><p class='r' style='margin-top:24pt'>Le Gérant</p>")
        sheet = single_page(layout, width, height, css, [Box((42.0, 46.0, width - 42.0, height - 40.0), html)])
        return Built(doc=doc, sheet=sheet, template=layout, scan_weight=1.5, notes={"rccm": vendor.extra["rccm"], "buyer_id": buyer_id, "withholding": None})
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times", "Helvetica"]), size=(7.8, 8.8), table=pick(rng, ["grid", "header_fill", "boxed", "zebra"]))
    css = theme.css(".t{font-size:15pt;font-weight:bold} .bx{border:0.7pt solid #666;padding:5pt} .ft{font-size:6.5pt;color:#444;border-top:0.5pt solid #999;text-align:center}")
    if layout == "facture_classique":
        cols = pts(W, 0.5, 0.1, 0.18, 0.22)
        head = ["Désignation", "Qté", f"P.U. HT ({cur})", f"Montant HT ({cur})"]

        def cells(li, _disc):
            return [esc(li.description), str(li.quantity), n(li.unit_price), n(li.amount)]

        totals = [("Total HT", n(net)), (f"TVA {pct}", n(tax)), (f"Total TTC ({cur})", n(total))]
        if chance(rng, 0.4):
            totals.append((f"Net à payer ({cur})", n(total)))
        header = (f"<p class='t' style='color:{theme.accent}'>{esc(vendor.name)}</p><p>{esc(', '.join(vendor.address))} · Tél. {vendor.phone}</p>"
                  f"<p class='small'>{ids_line}</p><p class='r' style='margin-top:10pt'>{long_date}</p>"
                  + beside(f"<p class='t' style='margin-top:14pt'>FACTURE N° {number}</p>" + (f"<p>Échéance : {due.strftime('%d/%m/%Y')}</p>" if due else ""),
                           f"<div class='bx'><p class='b'>Doit :</p>{client}</div>", (W - 230, 230)))
    else:
        cols = pts(W, 0.12, 0.36, 0.1, 0.15, 0.09, 0.18)
        head = ["Réf.", "Désignation", "Quantité", "Prix unitaire", "Remise %", "Montant HT"]

        refs = {id(li): f"{rng.choice('ABCPR')}{rng.randrange(100, 9999)}" for li in lines}

        def cells(li, disc):
            qty, price, pc = disc
            return [refs[id(li)], esc(li.description), str(qty), n(price), str(pc) if pc else "", n(li.amount)]

        gross = sum((whole_units(q * p) for q, p, _ in discounts), D(0))
        totals = [("Total HT brut", n(gross)), ("Remise", n(gross - net)), ("Total HT", n(net)), (f"TVA {pct}", n(tax)), (f"Total TTC ({cur})", n(total))]
        if withholding:
            held = whole_units(net * withholding[1] / 100)
            totals += [(withholding[0], n(-held)), (f"Net à payer ({cur})", n(total - held))]
        meta = [("N°", number), ("Date", short), ("Échéance", due.strftime("%d/%m/%Y") if due else ""), ("Code client", f"C{rng.randrange(1000, 99999)}"),
                ("Mode de règlement", pick(rng, ["Virement", "Chèque", "Espèces", "Virement à 30 jours"]))]
        header = beside(f"<p class='t' style='color:{theme.accent}'>{esc(vendor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address)
                        + f"<p>Tél. {vendor.phone} · {vendor.email}</p>",
                        f"<p class='t'>FACTURE</p>{kv_rows(meta, (90, 130))}", (W - 220, 220)) + f"<div class='bx' style='margin-top:8pt'>{client}</div>"

    rows = list(zip(lines, discounts, strict=True))

    def table(chunk) -> str:
        ths = "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(head, cols, strict=True))
        trs = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'' if h in ('Désignation', 'Réf.') else 'r'}'>{c}</td>"
                                       for c, w, h in zip(cells(li, disc), cols, head, strict=True)) + "</tr>" for li, disc in chunk)
        return f"<table class='items'><tr>{ths}</tr>{trs}</table>"

    def body(chunk, page, last):
        top = header if page == 0 else f"<p class='b'>Facture N° {number} (suite)</p>"
        return top + table(chunk) + (f"<div style='margin-left:{W - 240:.0f}pt'>{rows_html(totals, widths=(140, 100))}</div>"
                                     f"<p style='margin-top:10pt'>{esc(arret)}</p><p style='margin-top:18pt;text-align:right'>La Direction</p>" if last else "")

    def footer(page_no: int, count: int) -> str:
        return f"<p class='ft'>{esc(vendor.name)} · {ids_line} · {bank} · RIB {rib} · Page {page_no}/{count}</p>"

    sheet = paged(width, height, css, (42.0, 40.0, 42.0, 30.0), rows, body, footer=footer, footer_height=30.0)
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1, scan_weight=1.2,
                 notes={"rccm": vendor.extra["rccm"], "buyer_id": buyer_id, "withholding": withholding[0] if withholding else None})
