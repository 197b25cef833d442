"""Nordic payment advices: what a Swedish, Norwegian or Finnish payer's ERP sends a supplier with its payment run, in Swedish,
Norwegian and Finnish, SEK, NOK and EUR, 2023-2025 (invented companies).

Three prints. `se_betalningsavisering` (BETALNINGSAVISERING from the payer's letterhead with its Org.nr and Momsreg.nr (decoys),
Betalningsdatum "2024-03-15", Betalningsreferens (= reference), Leverantörsnr (= vendor id), "Ert bankgiro 123-4567" (decoy),
Utskriftsdatum; the supplier with its address; Fakturanr / Fakturadatum / OCR-nummer (the supplier's Luhn-checked OCR
reference, a decoy) / Belopp / Kassarabatt / Betalt, kreditfakturor negative; Summa betalt "12 345,67 SEK"), `no_betalingsavis`
(BETALINGSAVIS: Org.nr "912 345 678 MVA" (decoy), Betalingsdato "15.03.2024", Remitteringsnr (= reference), Leverandørnr (= vendor
id), "Til konto 1234.56.78903" (decoy); Fakturanr / Fakturadato / KID (decoy) / Beløp, kreditnotaer negative; "Sum utbetalt kr"),
`fi_maksuilmoitus` (MAKSUILMOITUS: Y-tunnus (decoy), Maksupäivä "15.3.2024", Arkistointitunnus (= reference), Toimittajanumero
(= vendor id), the supplier's IBAN (decoy); Laskun nro / Laskun pvm / Viitenumero (7-3-1 checked, or RF, decoys) / Summa /
Käteisalennus / Maksettu, hyvityslaskut negative; Yhteensä EUR). Long runs flow over two or three pages.

Truth: a `remittance_advice`; vendor = the supplier paid (its address; no tax id is printed for it); customer = the payer (its
letterhead address; its org. number / Y-tunnus decoys); ids = the supplier's invoice and credit note numbers in print order
(the OCR / KID / viitenumero references are not ids); allocations = the amounts paid (after the cash discount; credit notes
negative); total = payment amount = the sum paid; reference, payment date and the advice's date as printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fifth import bankgiro, luhn_reference, no_account, nordic_company
from corpus.holdout.fakes_seventeenth import fi_grouped_reference, fi_party, fi_reference, rf_reference
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import dotted, pts, rows_html
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfirst import build_paged
from corpus.holdout.templates._twentysecond import party_block

FAMILY = "nordic_payment_advice"
D = Decimal


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["se_betalningsavisering", "no_betalingsavis", "fi_maksuilmoitus"])
    country = {"se": "SE", "no": "NO", "fi": "FI"}[layout[:2]]
    make = (lambda r: fi_party(r, swedish=r.random() < 0.15)) if country == "FI" else (lambda r: nordic_company(r, country))
    payer, supplier = make(rng), make(rng)
    while supplier.name == payer.name:
        supplier = make(rng)
    paid_on = random_date(rng, date(2023, 1, 9), 1000)
    printed = paid_on - timedelta(days=pick(rng, [0, 0, 1, 2, 3]))
    count = pick(rng, [1, 2, 3, 4, 5, 6, 8, 12, 18, 26, 34, 48, 64])
    rows, used = [], set()
    while len(rows) < count:
        inv = pick(rng, [f"{rng.randrange(1000, 99999)}", f"{paid_on.year}{rng.randrange(100, 9999):04d}", f"F{rng.randrange(10000, 99999)}",
                         f"{rng.randrange(100000, 999999)}"])
        if inv in used:
            continue
        used.add(inv)
        credit = count > 1 and bool(rows) and chance(rng, 0.12)
        gross = money(rng.uniform(400, 180000) if country != "FI" else rng.uniform(40, 18000))
        if credit:
            gross = -money(gross * D(pick(rng, ["0.05", "0.1", "0.2"])))
        disc = money(gross * D("0.02")) if not credit and country != "NO" and chance(rng, 0.2) else D("0.00")
        base = f"{rng.randrange(10**5, 10**9)}"
        ocr = {"SE": luhn_reference(base, with_length=True), "NO": luhn_reference(base),
               "FI": fi_grouped_reference(fi_reference(base)) if chance(rng, 0.7) else rf_reference(fi_reference(base))}[country]
        rows.append({"inv": inv, "gross": gross, "disc": disc, "paid": gross - disc, "credit": credit, "ocr": ocr,
                     "date": paid_on - timedelta(days=rng.randrange(10, 60))})
    total = sum((r["paid"] for r in rows), D("0.00"))
    if total <= 0:
        rows[0]["gross"] += money(9000)
        rows[0]["paid"] += money(9000)
        total = sum((r["paid"] for r in rows), D("0.00"))
    ref = {"SE": f"{paid_on.year}-{rng.randrange(10000, 99999)}", "NO": f"{rng.randrange(10**7, 10**8)}",
           "FI": f"{paid_on.strftime('%y%m%d')}{rng.randrange(10**11, 10**12)}"}[country]
    vendor_no = f"{rng.randrange(1000, 99999)}" if chance(rng, 0.8) else None
    supplier.tax_id = None
    payer.tax_id = None
    doc = Doc(document_type="remittance_advice", locale=country, currency={"SE": "SEK", "NO": "NOK", "FI": "EUR"}[country], vendor=supplier, customer=payer,
              invoice_ids=[r["inv"] for r in rows], document_date=printed, total=total, payment_reference=ref, payment_date=paid_on,
              allocations=[(r["inv"], r["paid"]) for r in rows], vendor_id=vendor_no)

    def n(v):
        return amount(v, pick_sep, ",")

    pick_sep = pick(rng, [" ", " ", "."]) if country != "FI" else pick(rng, [" ", " ", ""])
    if country == "SE":
        def d(x):
            return x.isoformat()
        payer_ids = [f"Org.nr {payer.extra['orgnr']}", f"Momsreg.nr {payer.extra['vat']}"]
        supplier_acct = f"Ert bankgiro {bankgiro(rng)}"
        title, cont = "BETALNINGSAVISERING", "Betalningsavisering (forts.)"
        meta = [("Betalningsdatum", d(paid_on)), ("Betalningsreferens", ref)] + ([("Leverantörsnr", vendor_no)] if vendor_no else []) + \
               [("Utskriftsdatum", d(printed))]
        intro = f"Vi har idag betalat följande fakturor till {supplier_acct.split(' ', 1)[1]}:"
        head = ["Fakturanr", "Fakturadatum", "OCR-nummer", "Belopp", "Kassarabatt", "Betalt"]
        total_label = f"Summa betalt: {n(total)} SEK"
    elif country == "NO":
        def d(x):
            return dotted(x)
        payer_ids = [f"Org.nr {payer.extra['orgnr'][:3]} {payer.extra['orgnr'][3:6]} {payer.extra['orgnr'][6:]} MVA"]
        supplier_acct = f"Til konto {no_account(rng)}"
        title, cont = "BETALINGSAVIS", "Betalingsavis (forts.)"
        meta = [("Betalingsdato", d(paid_on)), ("Remitteringsnr", ref)] + ([("Leverandørnr", vendor_no)] if vendor_no else []) + [("Dato", d(printed))]
        intro = f"Følgende fakturaer er betalt. {supplier_acct}."
        head = ["Fakturanr", "Fakturadato", "KID", "Beløp", "", "Betalt"]
        total_label = f"Sum utbetalt: kr {n(total)}"
    else:
        def d(x):
            return dotted(x, pad=False)
        payer_ids = [f"Y-tunnus {payer.extra['ytunnus']}", f"ALV-nro {payer.extra['alv']}"]
        supplier_acct = f"Tilille {supplier.extra['iban']}"
        title, cont = "MAKSUILMOITUS", "Maksuilmoitus (jatkuu)"
        meta = [("Maksupäivä", d(paid_on)), ("Arkistointitunnus", ref)] + ([("Toimittajanumero", vendor_no)] if vendor_no else []) + [("Päiväys", d(printed))]
        intro = f"Olemme maksaneet seuraavat laskut. {supplier_acct}."
        head = ["Laskun nro", "Laskun pvm", "Viitenumero", "Summa", "Käteisalennus", "Maksettu"]
        total_label = f"Yhteensä: {n(total)} EUR"
    theme = Theme.pick(rng, size=(7.5, 9.0))
    css = theme.css(".t{font-size:13pt;font-weight:bold} .tt{font-size:15pt;font-weight:bold} .box{border:0.8pt solid #666;padding:5pt}")
    width, height = A4
    W = width - 72
    left = party_block("", payer, payer_ids + [f"Tel. {payer.phone}"], big=True)
    right = f"<p class='tt'>{title}</p>" + rows_html(meta, strong_last=False, widths=(120, 110))
    first = (f"<table><tr><td style='width:{W * 0.55:.0f}pt'>{left}</td><td style='width:{W * 0.41:.0f}pt'>{right}</td></tr></table>"
             + f"<div class='box' style='margin-top:10pt;width:{W * 0.5:.0f}pt'>{party_block('', supplier)}</div>"
             + f"<p style='margin-top:8pt'>{esc(intro)}</p>")
    widths = pts(W, 0.16, 0.15, 0.27, 0.15, 0.12, 0.15)

    def cells(r):
        kind = {"SE": " (kredit)", "NO": " (kreditnota)", "FI": " (hyvitys)"}[country] if r["credit"] else ""
        disc = n(r["disc"]) if r["disc"] else ("" if country == "NO" else "0,00")
        return [esc(r["inv"]) + kind, d(r["date"]), r["ocr"], n(r["gross"]), disc, n(r["paid"])]

    closing = (f"<p class='b' style='text-align:right;margin-top:8pt'>{total_label}</p>"
               + f"<p class='small muted' style='margin-top:8pt'>{esc(payer.email or '')}</p>")
    notes = {"payer_ids": payer_ids, "references": [r["ocr"] for r in rows], "account": supplier_acct}
    return build_paged(doc, layout, width, height, css, first, head, widths, {3, 4, 5}, rows, cells, closing, cont=cont, footer_text="Sida" if country == "SE" else
                       "Side" if country == "NO" else "Sivu", notes=notes)
