"""Tunisian and Algerian invoices in French (with Arabic on the letterhead), TND with three decimals and DZD, 2023-2025.

Three prints. `tn_facture` (a Tunisian ERP's FACTURE: the letterhead with "M.F. : 1234567/A/M/000" (matricule fiscal), R.C.,
phone, fax and RIB, فاتورة beside the title, "Facture N° FV24/00123", Date, Code client, the client's name, address and
M.F.; Réf. / Désignation / Qté / P.U. HT / Total HT / TVA, amounts to the millime "1 234,560"; Total HT, Remise, Total HT
net, FODEC 1 % on manufactured goods, the TVA table per rate (19, 13, 7 %) with its base including the FODEC, Total TVA,
Timbre fiscal 1,000, Total TTC / Net à payer; "Arrêtée la présente facture à la somme de : … dinars et … millimes";
Mode de règlement and Échéance), `tn_facture_avoir` (a FACTURE D'AVOIR citing "Facture N° … du …", no stamp duty, amounts
positive under the title), `dz_facture` (an Algerian FACTURE: the company's form in Arabic over its French name, the
identifiers block R.C. / N.I.F. / N.I.S. / Art. d'imposition / RIB — for the client too —, "Alger, le 15/03/2024", N° / Désignation
/ U.M. / Qté / P.U. HT / Montant HT, Total HT, TVA 19 % and 9 %, Total TTC, Droit de timbre 1 % when paid in cash, Net à
payer, the amount in words in dinars algériens and centimes, Mode de paiement, "Cachet et signature").

Truth: vendor = the issuing company, tax id = its matricule fiscal as printed or its NIF (R.C., NIS, article and RIB are
decoys; the client's ids too); customer = the client with its address, customer id = Code client; id = the invoice / avoir
number (the cited invoice is a decoy); date = the invoice date (the city before it is none); net = Total HT net (after the
remise, the lines' adjustment); tax = every printed tax line added — FODEC, TVA and the stamp duty (timbre fiscal / droit
de timbre) —; total = Total TTC / Net à payer; terms = Mode de règlement where it states a delay, due date = Échéance;
the avoir negative.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_nineteenth import dz_party, tn_party, words_dzd, words_tnd
from corpus.holdout.fakes_seventeenth import other_party
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import beside, paged, pts, rows_html
from corpus.holdout.templates._sixteenth import kv_rows

FAMILY = "tn_dz_facture"
D = Decimal
TN_GOODS = [("Carton ondulé double cannelure 60x40x40", "U", 0.85, 2.5, 19, True), ("Huile d'olive extra vierge 1 L", "U", 14.5, 22, 19, True),
            ("Ramette papier A4 80 g", "U", 11.5, 16.8, 19, True), ("Prestation de maintenance informatique", "H", 45, 90, 19, False),
            ("Câble électrique 3x2,5 mm² (rouleau 100 m)", "RL", 95, 180, 19, True), ("Peinture vinylique blanche 25 kg", "U", 65, 120, 19, True),
            ("Développement application web - lot 2", "F", 2500, 9800, 19, False), ("Transport Tunis - Sfax", "V", 180, 450, 7, False),
            ("Dattes Deglet Nour 5 kg", "CT", 28, 45, 7, False), ("Location engin de levage (journée)", "J", 350, 800, 13, False),
            ("Consommables médicaux (boîte)", "BT", 18, 65, 7, True), ("Tube PEHD Ø63 PN10 (barre 6 m)", "U", 38, 72, 19, True)]
DZ_GOODS = [("Ciment CEM II 42.5 (sac 50 kg)", "Sac", 680, 950, 19), ("Rond à béton Ø12 (barre 12 m)", "Barre", 1100, 1600, 19), ("Ramette papier A4 80 g", "Rame", 750, 1200, 19),
            ("Prestation de maintenance climatisation", "Forfait", 8000, 45000, 19), ("Location véhicule utilitaire (jour)", "Jour", 6500, 12000, 19),
            ("Formation professionnelle (session)", "Session", 45000, 180000, 9), ("Médicaments génériques (carton)", "Ctn", 9500, 24000, 9),
            ("Câble armé 4x16 mm² (m)", "ML", 1800, 2900, 19), ("Peinture à eau 25 kg", "Fût", 5200, 8600, 19), ("Pièces de rechange pompe immergée", "Lot", 25000, 98000, 19),
            ("Transport marchandises Alger - Oran", "Voyage", 35000, 70000, 19), ("Logiciel de gestion - licence annuelle", "U", 60000, 240000, 9)]
MONTH_WORDS = {"Virement à 30 jours": 30, "Chèque à 30 jours": 30, "Traite à 60 jours": 60, "Virement à 45 jours fin de mois": 45}


def _tn(value: D, sep: str) -> str:
    """Three decimals, the millimes: `1 234,560` or `1.234,560`."""
    text = fmt_number(abs(value), "en", 3)
    whole, frac = text.split(".")
    out = whole.replace(",", sep) + "," + frac
    return f"-{out}" if value < 0 else out


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["tn_facture", "tn_facture", "tn_facture_avoir", "dz_facture", "dz_facture"])
    issued = random_date(rng, date(2023, 1, 9), 1030)
    if layout.startswith("tn"):
        return _tunisia(rng, layout, issued)
    return _algeria(rng, issued)


def _lines(rng: random.Random, pool, count: int, whole: bool) -> tuple[list[Line], list[D], list[bool]]:
    lines, rates, goods = [], [], []
    for item in rng.sample(pool, count):
        desc, unit, low, high, r = item[:5]
        price = money(round(rng.uniform(low, high), 0 if whole and high > 1000 else 2 if not whole else 2))
        qty = D(pick(rng, [1, 1, 2, 3, 5, 10, 20, 50] if high < 100 else [1, 1, 2, 3, 4]))
        if unit in ("H", "J", "Jour"):
            qty = D(pick(rng, [2, 4, 8, 12, 16, 24]))
        lines.append(Line(desc, qty, price, money(qty * price), unit, f"{pick(rng, ['ART', 'REF', 'P'])}{rng.randrange(100, 9999)}"))
        rates.append(D(r))
        goods.append(item[5] if len(item) > 5 else True)
    return lines, rates, goods


def _tunisia(rng: random.Random, layout: str, issued: date) -> Built:
    avoir = layout == "tn_facture_avoir"
    vendor = tn_party(rng)
    customer = other_party(rng, tn_party, vendor)
    client_mf = customer.tax_id
    customer.tax_id = None
    lines, rates, goods = _lines(rng, TN_GOODS, rng.randrange(1, 4 if avoir else 9), False)
    gross = sum((li.amount for li in lines), D("0.00"))
    remise = money(gross * D(pick(rng, ["0.02", "0.05", "0.1"]))) if not avoir and chance(rng, 0.25) else D("0.00")
    net = gross - remise
    fodec_on = not avoir and all(goods) and chance(rng, 0.5)
    factor = net / gross
    bases: dict[D, D] = {}
    for li, r in zip(lines, rates, strict=True):
        bases[r] = bases.get(r, D("0.00")) + li.amount
    bases = {r: money(b * factor) for r, b in sorted(bases.items(), reverse=True)}
    top = max(bases)
    bases[top] += net - sum(bases.values(), D("0.00"))
    fodec = money(net * D("0.01")) if fodec_on else D("0.00")
    vat_bases = {r: b + (money(b * D("0.01")) if fodec_on else D("0.00")) for r, b in bases.items()}
    if fodec_on:
        vat_bases[top] += net + fodec - sum(vat_bases.values(), D("0.00"))
    vats = {r: money(b * r / 100) for r, b in vat_bases.items()}
    stamp = D("0.00") if avoir else D("1.00")
    tax = fodec + sum(vats.values(), D("0.00")) + stamp
    total = net + tax
    year = issued.year % 100
    seq = rng.randrange(1, 2400)
    number = pick(rng, [f"FV{year}/{seq:05d}", f"{issued.year}/{seq:04d}", f"F-{issued.year}-{seq:04d}"]) if not avoir else \
        pick(rng, [f"AV-{issued.year}/{seq:04d}", f"AV{year}/{seq:05d}"])
    customer_code = f"{pick(rng, ['C', 'CL', '411'])}{rng.randrange(100, 99999):05d}" if chance(rng, 0.6) else None
    mode = pick(rng, list(MONTH_WORDS) + ["Chèque", "Virement bancaire", "Espèces"]) if not avoir else None
    days = MONTH_WORDS.get(mode) if mode else None
    due = issued + timedelta(days=days) if days and chance(rng, 0.7) else None
    doc = Doc(document_type="credit_note" if avoir else "invoice", locale="TN", currency="TND", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=mode if days else None,
              customer_id=customer_code, lines_adjustment=-remise)
    sep = pick(rng, [" ", " ", "."])

    def n(value: D) -> str:
        return _tn(value, sep)

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times", "Helvetica"]), size=(7.8, 8.8), table=pick(rng, ["grid", "boxed", "header_fill", "zebra"]))
    css = theme.css(".t{font-size:14pt;font-weight:bold} .ar{font-size:11pt} .tiny{font-size:6.4pt;color:#555} .box{border:0.8pt solid #555;padding:4pt}")
    width, height = A4
    W = width - 72
    d = issued.strftime("%d/%m/%Y")
    letterhead = (f"<p class='t' style='color:{theme.accent}'>{esc(vendor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address)
                  + f"<p>Tél. : {vendor.phone} · Fax : {vendor.phone[:-3]}{rng.randrange(100, 999)}</p><p>M.F. : {vendor.tax_id} · R.C. : {vendor.extra['rc']}</p>")
    title = "FACTURE D'AVOIR" if avoir else "FACTURE"
    meta = [(f"{'Avoir' if avoir else 'Facture'} N°", f"<b>{number}</b>"), ("Date", d)]
    referenced = None
    if avoir:
        ref_day = issued - timedelta(days=rng.randrange(5, 60))
        referenced = f"FV{ref_day.year % 100}/{rng.randrange(1, 2400):05d}"
        meta.append(("Réf. facture", f"{referenced} du {ref_day.strftime('%d/%m/%Y')}"))
    if customer_code:
        meta.append(("Code client", customer_code))
    client = (f"<div class='box'><p class='b'>Client :</p><p class='b'>{esc(customer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in customer.address)
              + f"<p>M.F. : {client_mf}</p></div>")
    first = (beside(letterhead, f"<p class='ar r'>فاتورة</p><p class='t r'>{title}</p>" + kv_rows(meta, (80, 130)), (W - 220, 220))
             + f"<div style='margin-top:8pt;margin-left:{W - 260:.0f}pt'>{client}</div>")
    head = ["Réf.", "Désignation", "Qté", "P.U. HT", "Total HT", "TVA"]
    cols = pts(W, 0.1, 0.42, 0.08, 0.14, 0.16, 0.1)
    numeric = {2, 3, 4}
    rows = list(zip(lines, rates, strict=True))

    def table(chunk) -> str:
        ths = "".join(f"<th style='width:{w};{'text-align:right' if j in numeric else ''}'>{h}</th>" for j, (h, w) in enumerate(zip(head, cols, strict=True)))
        body = "".join(f"<tr><td style='width:{cols[0]}'>{li.code}</td><td style='width:{cols[1]}'>{esc(li.description)}</td>"
                       f"<td class='r' style='width:{cols[2]}'>{li.quantity}</td><td class='r' style='width:{cols[3]}'>{n(li.unit_price)}</td>"
                       f"<td class='r' style='width:{cols[4]}'>{n(li.amount)}</td><td style='width:{cols[5]}'>{r}%</td></tr>" for li, r in chunk)
        return f"<table class='items'><tr>{ths}</tr>{body}</table>"

    vat_table = ("<table class='items' style='width:250pt'><tr><th>Taux</th><th style='text-align:right'>Base</th><th style='text-align:right'>Montant TVA</th></tr>"
                 + "".join(f"<tr><td>{r}%</td><td class='r'>{n(vat_bases[r])}</td><td class='r'>{n(vats[r])}</td></tr>" for r in vat_bases) + "</table>")
    totals = [("Total HT", n(gross))]
    if remise:
        totals += [("Remise", n(remise)), ("Total HT net", n(net))]
    if fodec_on:
        totals.append(("FODEC 1%", n(fodec)))
    totals.append(("Total TVA", n(sum(vats.values(), D("0.00")))))
    if not avoir:
        totals.append(("Timbre fiscal", n(stamp)))
    totals.append(("Net à payer" if chance(rng, 0.5) else "Total TTC", f"{n(total)} DT"))
    terms_html = "".join(f"<p>{k} : {v}</p>" for k, v in [("Mode de règlement", mode), ("Échéance", due.strftime('%d/%m/%Y') if due else None)] if v)
    closing = (beside(f"<div style='margin-top:6pt'>{vat_table}</div>{terms_html}", f"<div style='margin-top:6pt'>{rows_html(totals, widths=(130, 100))}</div>", (W - 240, 240))
               + f"<p style='margin-top:6pt'>Arrêté{'' if avoir else 'e'} {'le présent avoir' if avoir else 'la présente facture'} à la somme de : <b>{words_tnd(total)}</b></p>"
               + f"<p class='tiny' style='margin-top:14pt'>RIB : {vendor.extra['rib']} · {esc(vendor.email or '')}</p>"
               + "<p class='r' style='margin-top:16pt'>Cachet et signature</p>")
    sheet = paged(width, height, css, (36.0, 36.0, 36.0, 30.0), rows,
                  lambda chunk, page, last: (first if page == 0 else f"<p class='b'>{title} {number} (suite)</p>") + table(chunk) + (closing if last else ""),
                  footer=lambda p, c: f"<p class='tiny' style='text-align:right'>Page {p}/{c}</p>", footer_height=12.0)
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1,
                 notes={"client_mf": client_mf, "referenced": referenced, "fodec": float(fodec), "stamp": float(stamp), "vat": float(sum(vats.values(), D("0.00"))),
                        "rc": vendor.extra["rc"]})


def _algeria(rng: random.Random, issued: date) -> Built:
    vendor = dz_party(rng)
    customer = other_party(rng, dz_party, vendor)
    client_nif = customer.tax_id
    customer.tax_id = None
    lines, rates, _goods = _lines(rng, DZ_GOODS, rng.randrange(1, 8), True)
    net = sum((li.amount for li in lines), D("0.00"))
    bases: dict[D, D] = {}
    for li, r in zip(lines, rates, strict=True):
        bases[r] = bases.get(r, D("0.00")) + li.amount
    bases = dict(sorted(bases.items(), reverse=True))
    vats = {r: money(b * r / 100) for r, b in bases.items()}
    ttc = net + sum(vats.values(), D("0.00"))
    mode = pick(rng, ["Chèque", "Virement bancaire", "Espèces", "Virement à 30 jours"])
    stamp = min(max(money(ttc * D("0.01")), D("5.00")), D("2500.00")) if mode == "Espèces" else D("0.00")
    tax = sum(vats.values(), D("0.00")) + stamp
    total = net + tax
    seq = rng.randrange(1, 900)
    number = pick(rng, [f"{seq:03d}/{issued.year}", f"FA-{issued.year % 100}-{seq:04d}", f"{issued.year}/{seq:04d}"])
    due = issued + timedelta(days=30) if mode.endswith("30 jours") and chance(rng, 0.6) else None
    doc = Doc(document_type="invoice", locale="DZ", currency="DZD", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=mode if mode.endswith("jours") else None)
    style = pick(rng, ["fr", "fr_nbsp", "de"])

    def n(value: D) -> str:
        return fmt_number(value, style)

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times"]), size=(7.8, 8.8), table=pick(rng, ["grid", "boxed", "rules"]))
    css = theme.css(".t{font-size:14pt;font-weight:bold} .ar{font-size:10pt} .tiny{font-size:6.4pt;color:#555} .box{border:0.8pt solid #555;padding:4pt}")
    width, height = A4
    W = width - 72
    form_ar = {"SARL": "شركة ذات مسؤولية محدودة", "EURL": "مؤسسة ذات الشخص الوحيد وذات المسؤولية المحدودة", "SPA": "شركة ذات أسهم"}
    form = next((f for f in form_ar if f in vendor.name.split()), "SARL")
    city = vendor.address[-1].split(" ", 1)[1]
    ids = [("R.C. N°", vendor.extra["rc"]), ("N.I.F.", vendor.tax_id), ("N.I.S.", vendor.extra["nis"]), ("Art. d'imposition", vendor.extra["ai"])]
    letterhead = (f"<p class='ar'>{form_ar[form]}</p><p class='t' style='color:{theme.accent}'>{esc(vendor.name)}</p>"
                  + "".join(f"<p>{esc(x)}</p>" for x in vendor.address) + f"<p>Tél. : {vendor.phone}</p>")
    ids_html = kv_rows(ids + [("RIB", vendor.extra["rib"])], (90, 150))
    client_ids = [("R.C.", customer.extra["rc"]), ("N.I.F.", client_nif), ("N.I.S.", customer.extra["nis"]), ("A.I.", customer.extra["ai"])]
    client = (f"<div class='box'><p class='b'>Doit : {esc(customer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in customer.address)
              + "".join(f"<p class='small'>{k} : {v}</p>" for k, v in client_ids) + "</div>")
    first = (beside(letterhead, ids_html, (W - 250, 250))
             + f"<p class='r' style='margin-top:6pt'>{esc(city)}, le {issued.strftime('%d/%m/%Y')}</p>"
             + f"<p class='t c' style='margin-top:4pt'>FACTURE N° {number}</p>" + f"<div style='margin-top:6pt;margin-left:{W - 270:.0f}pt'>{client}</div>")
    head = ["N°", "Désignation", "U.M.", "Qté", "P.U. HT", "Montant HT"]
    cols = pts(W, 0.05, 0.45, 0.1, 0.08, 0.15, 0.17)
    numeric = {3, 4, 5}
    rows = list(enumerate(lines, 1))

    def table(chunk) -> str:
        ths = "".join(f"<th style='width:{w};{'text-align:right' if j in numeric else ''}'>{h}</th>" for j, (h, w) in enumerate(zip(head, cols, strict=True)))
        body = "".join(f"<tr><td style='width:{cols[0]}'>{i}</td><td style='width:{cols[1]}'>{esc(li.description)}</td><td style='width:{cols[2]}'>{li.unit}</td>"
                       f"<td class='r' style='width:{cols[3]}'>{li.quantity}</td><td class='r' style='width:{cols[4]}'>{n(li.unit_price)}</td>"
                       f"<td class='r' style='width:{cols[5]}'>{n(li.amount)}</td></tr>" for i, li in chunk)
        return f"<table class='items'><tr>{ths}</tr>{body}</table>"

    totals = [("Total HT", n(net))] + [(f"TVA {r}%", n(v)) for r, v in vats.items()] + [("Total TTC", n(ttc))]
    if stamp:
        totals += [("Droit de timbre (1%)", n(stamp)), ("Net à payer", f"{n(total)} DA")]
    else:
        totals[-1] = ("Total TTC", f"{n(ttc)} DA")
    closing = (f"<div style='margin-left:{W - 240:.0f}pt;margin-top:4pt'>{rows_html(totals, widths=(140, 100))}</div>"
               + f"<p style='margin-top:6pt'>Arrêtée la présente facture à la somme de : <b>{words_dzd(total)}</b></p>"
               + f"<p>Mode de paiement : {mode}</p>" + (f"<p>Échéance : {due.strftime('%d/%m/%Y')}</p>" if due else "")
               + "<p class='r' style='margin-top:18pt'>Cachet et signature</p>")
    sheet = paged(width, height, css, (36.0, 36.0, 36.0, 30.0), rows,
                  lambda chunk, page, last: (first if page == 0 else f"<p class='b'>Facture N° {number} (suite)</p>") + table(chunk) + (closing if last else ""),
                  footer=lambda p, c: f"<p class='tiny' style='text-align:right'>Page {p}/{c}</p>", footer_height=12.0)
    return Built(doc=doc, sheet=sheet, template="dz_facture", png_scan_ok=len(sheet.pages) == 1,
                 notes={"client_nif": client_nif, "nis": vendor.extra["nis"], "stamp": float(stamp), "vat": float(sum(vats.values(), D("0.00"))),
                        "rc": vendor.extra["rc"], "city": city})
