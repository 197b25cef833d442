"""Swiss invoice with a QR-bill (Zahlteil / Empfangsschein, or section paiement / récépissé), German or French.

Letterhead and window address, an info block (Rechnung Nr. / Facture n°, Datum, Kunden-Nr. / N° client,
Ihre Referenz / Votre référence, Auftrag / commande), items with a MWST / TVA column, "Total exkl.
MWST", "MWST 8.1 % von CHF x" (2.6 % for food and books, 3.8 % lodging), "Total inkl. MWST"; terms as
"Zahlbar innert 30 Tagen netto" or a due date, optional Skonto; the enterprise id printed as
`CHE-123.456.789 MWST` (the truth's tax id, with its suffix, as the register prints it). At the foot
of the last page, or on a page of its own, the QR-bill: the receipt (62 mm) and the payment part
with the QR code, Währung / Betrag (`1 234.50`, space-grouped), Konto / Zahlbar an (QR-IBAN), the
27-digit QR reference (a decoy that often embeds the customer and invoice numbers), Zusätzliche
Informationen (the invoice number, sometimes Swico `//S1/10/...` billing data) and Zahlbar durch.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, paged_sheet, pick
from corpus.holdout.catalog import totals_by_rate
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo, rate, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_intl import ch_iban, company, fmt_for, person, qr_reference_check
from corpus.holdout.money import fmt_number
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._third import lines_from

FAMILY = "ch_qr_rechnung"
DOCUMENT_TYPE = "invoice"

R_STD, R_RED, R_LODGE = Decimal("8.1"), Decimal("2.6"), Decimal("3.8")
ITEMS = {
    "de": [("Beratung Finanzbuchhaltung", "Std.", 120, 220, True, R_STD), ("Jahresabschluss 2024", "pauschal", 1800, 5200, False, R_STD),
           ("Montage Küchenabluft", "Std.", 95, 140, True, R_STD), ("Servicevertrag Heizung", "Stk.", 280, 690, False, R_STD),
           ("Fachbuch Schweizer Steuerrecht", "Stk.", 68, 149, False, R_RED), ("Kaffee Bohnen 1 kg", "Stk.", 24, 39, False, R_RED),
           ("Mineralwasser 6 x 1.5 l", "Pack", 6, 11, False, R_RED), ("Übernachtung Seminarhotel", "Nacht", 140, 260, False, R_LODGE),
           ("Softwarelizenz Jahresabo", "Stk.", 240, 1900, False, R_STD), ("Fahrspesen", "km", 0.7, 0.9, False, R_STD),
           ("Druck Broschüre A5, 16 Seiten", "Ex.", 1.2, 3.8, False, R_STD), ("Gartenunterhalt", "Std.", 68, 95, True, R_STD)],
    "fr": [("Conseil fiscal", "h", 130, 240, True, R_STD), ("Bouclement annuel 2024", "forfait", 1600, 4800, False, R_STD),
           ("Installation électrique", "h", 90, 135, True, R_STD), ("Contrat de maintenance chauffage", "pce", 260, 640, False, R_STD),
           ("Ouvrage Droit suisse des contrats", "pce", 59, 139, False, R_RED), ("Café en grains 1 kg", "pce", 22, 38, False, R_RED),
           ("Nuitée hôtel séminaire", "nuit", 130, 250, False, R_LODGE), ("Licence logiciel annuelle", "pce", 220, 1800, False, R_STD),
           ("Frais de déplacement", "km", 0.7, 0.9, False, R_STD), ("Impression flyers A5", "ex.", 0.4, 1.6, False, R_STD),
           ("Entretien jardin", "h", 65, 92, True, R_STD)],
}
WORDS = {
    "de": {"title": ["Rechnung", "RECHNUNG"], "number": ["Rechnung Nr.", "Rechnungsnummer", "Rechnungs-Nr."],
           "date": ["Rechnungsdatum", "Datum"], "customer": ["Kunden-Nr.", "Kundennummer"], "yourref": "Ihre Referenz",
           "order": "Ihre Bestellung", "delivery": "Lieferdatum", "pos": "Pos.", "desc": "Bezeichnung", "qty": "Menge",
           "unit": "Einheit", "price": "Preis", "vat": "MWST", "amount": "Betrag CHF",
           "net": ["Total exkl. MWST", "Zwischentotal"], "tax": "MWST {r} %", "on": "von",
           "total": ["Total inkl. MWST", "Rechnungsbetrag", "Total CHF"], "vatno": ["MWST-Nr.", "UID/MWST"],
           "suffix": "MWST", "page": "Seite {n} von {c}", "hello": "Sehr geehrte Damen und Herren",
           "intro": "Wir erlauben uns, Ihnen folgende Leistungen in Rechnung zu stellen:",
           "thanks": "Besten Dank für Ihren Auftrag.", "regards": "Freundliche Grüsse",
           "carried": "Übertrag", "cont": "Rechnung {no} – Fortsetzung",
           "receipt": "Empfangsschein", "payment": "Zahlteil", "account": "Konto / Zahlbar an", "reference": "Referenz",
           "info": "Zusätzliche Informationen", "payer": "Zahlbar durch", "currency": "Währung", "amount_qr": "Betrag",
           "acceptance": "Annahmestelle", "cut": "Vor der Einzahlung abzutrennen", "invoice_word": "Rechnung"},
    "fr": {"title": ["Facture", "FACTURE"], "number": ["Facture n°", "N° de facture", "Facture N°"],
           "date": ["Date de facture", "Date"], "customer": ["N° client", "Numéro de client"], "yourref": "Votre référence",
           "order": "Votre commande", "delivery": "Date de livraison", "pos": "Pos.", "desc": "Désignation", "qty": "Quantité",
           "unit": "Unité", "price": "Prix unit.", "vat": "TVA", "amount": "Montant CHF",
           "net": ["Total hors TVA", "Sous-total HT"], "tax": "TVA {r} %", "on": "sur",
           "total": ["Total TTC", "Montant total", "Total CHF"], "vatno": ["N° TVA", "IDE/TVA"],
           "suffix": "TVA", "page": "Page {n} / {c}", "hello": "Madame, Monsieur,",
           "intro": "Nous nous permettons de vous facturer les prestations suivantes :",
           "thanks": "Nous vous remercions de votre confiance.", "regards": "Meilleures salutations",
           "carried": "Report", "cont": "Facture {no} – suite",
           "receipt": "Récépissé", "payment": "Section paiement", "account": "Compte / Payable à", "reference": "Référence",
           "info": "Informations supplémentaires", "payer": "Payable par", "currency": "Monnaie", "amount_qr": "Montant",
           "acceptance": "Point de dépôt", "cut": "À détacher avant le versement", "invoice_word": "Facture"},
}
QR_HEIGHT = 297.64          # 105 mm
RECEIPT_WIDTH = 175.75      # 62 mm


def _qr_bill(w: dict, vendor, customer, account: str, reference: str, info: str, amount: str, top: float,
             page_width: float) -> list[Box]:
    """The QR-bill boxes: perforation, receipt, payment part (title / code / amount, then the text column)."""
    bottom = top + QR_HEIGHT
    pad = 14.17              # 5 mm
    creditor = f"{esc(account)}<br/>{esc(vendor.name)}<br/>{lines_html(vendor.address)}"
    payer = f"{esc(customer.name)}<br/>{lines_html(customer.address)}"
    cut = (f"<table style='width:100%'><tr><td style='border-top:0.6pt dashed #000;font-size:5.5pt;text-align:center'>"
           f"&#9986; {w['cut']}</td></tr></table>")
    receipt = (f"<p style='font-size:11pt;font-weight:bold;margin-bottom:6pt'>{w['receipt']}</p>"
               f"<p style='font-size:6pt;font-weight:bold;margin:0'>{w['account']}</p><p style='font-size:8pt'>{creditor}</p>"
               f"<p style='font-size:6pt;font-weight:bold;margin:4pt 0 0 0'>{w['reference']}</p><p style='font-size:8pt'>{esc(reference)}</p>"
               f"<p style='font-size:6pt;font-weight:bold;margin:4pt 0 0 0'>{w['payer']}</p><p style='font-size:8pt'>{payer}</p>"
               f"<table style='width:100%;margin-top:10pt'><tr><td style='width:40%;font-size:6pt;font-weight:bold;padding:0'>{w['currency']}</td>"
               f"<td style='width:60%;font-size:6pt;font-weight:bold;padding:0'>{w['amount_qr']}</td></tr>"
               f"<tr><td style='font-size:8pt;padding:0'>CHF</td><td style='font-size:8pt;padding:0'>{amount}</td></tr></table>"
               f"<p style='font-size:6pt;font-weight:bold;text-align:right;margin-top:8pt'>{w['acceptance']}</p>")
    left_x = RECEIPT_WIDTH + pad
    title = (f"<p style='font-size:11pt;font-weight:bold'>{w['payment']}</p>")
    amount_box = (f"<table style='width:100%'><tr><td style='width:40%;font-size:8pt;font-weight:bold;padding:0'>{w['currency']}</td>"
                  f"<td style='width:60%;font-size:8pt;font-weight:bold;padding:0'>{w['amount_qr']}</td></tr>"
                  f"<tr><td style='font-size:10pt;padding:0'>CHF</td><td style='font-size:10pt;padding:0'>{amount}</td></tr></table>")
    text = (f"<p style='font-size:8pt;font-weight:bold;margin:0'>{w['account']}</p><p style='font-size:10pt'>{creditor}</p>"
            f"<p style='font-size:8pt;font-weight:bold;margin:5pt 0 0 0'>{w['reference']}</p><p style='font-size:10pt'>{esc(reference)}</p>"
            f"<p style='font-size:8pt;font-weight:bold;margin:5pt 0 0 0'>{w['info']}</p><p style='font-size:10pt'>{esc(info)}</p>"
            f"<p style='font-size:8pt;font-weight:bold;margin:5pt 0 0 0'>{w['payer']}</p><p style='font-size:10pt'>{payer}</p>")
    qr_size = 130.4           # 46 mm
    # the QR-bill standard prescribes a sans-serif face whatever the invoice above uses
    receipt, title, amount_box, text = (f"<div style='font-family:Helvetica'>{part}</div>"
                                        for part in (receipt, title, amount_box, text))
    return [
        Box((20, top - 9, page_width - 20, top + 3), cut),
        Box((pad, top + pad, RECEIPT_WIDTH - pad, bottom - pad), receipt),
        Box((left_x, top + pad, left_x + 145, top + 40), title),
        Box((left_x, top + 48, left_x + qr_size, top + 48 + qr_size), kind="qr", payload=reference + amount),
        Box((left_x, top + 48 + qr_size + 10, left_x + 140, bottom - pad), amount_box),
        Box((left_x + 150, top + pad, page_width - pad, bottom - pad), text),
    ]


def build(rng: random.Random) -> Built:
    lang = pick(rng, ["de", "de", "fr"])
    w = WORDS[lang]
    vendor = company(rng, "CH", lang)
    customer = company(rng, "CH", lang, with_tax=False)
    vendor.tax_id = f"{vendor.tax_id} {w['suffix']}"
    style = pick(rng, ["ch", "ch", "plain"])
    fmt = fmt_for("CH", number_style=style, symbol="CHF", position="pre_space",
                  date_pattern=pick(rng, ["dmy_dot", "dmy_dot", "d_month_y" if lang == "fr" else "d_month_y_de"]), lang=lang)
    issued, due, days = issue_and_due(rng, (10, 20, 30, 30, 30))
    number = pick(rng, [f"{issued.year}-{rng.randrange(1, 9999):04d}", f"RE{issued.year % 100}{rng.randrange(1, 9999):04d}",
                        f"{rng.randrange(10000, 99999)}", f"F-{rng.randrange(1000, 99999)}"])
    long_order = chance(rng, 0.2)
    lines = lines_from(rng, ITEMS[lang], rng.randrange(9, 12) if long_order else rng.randrange(1, 7))
    if long_order:   # long orders repeat articles by delivery note, as trade invoices do
        extra = lines_from(rng, ITEMS[lang], rng.randrange(10, 12))
        for k, line in enumerate(extra):
            line.description = f"{line.description} (LS {rng.randrange(10000, 99999)}-{k + 1})"
        lines += extra
    rates, bases, taxes, net, tax, total = totals_by_rate(lines)
    customer_no = str(rng.randrange(1000, 99999)) if chance(rng, 0.7) else None

    terms = pick(rng, ["netto", "skonto", "due", "due"])
    payment_terms = discount_terms = due_date = None
    if terms == "netto":
        payment_terms = f"Zahlbar innert {days} Tagen netto" if lang == "de" else f"Payable dans les {days} jours net"
        terms_html = esc(payment_terms) + "."
    elif terms == "skonto":
        payment_terms = f"{days} Tage netto" if lang == "de" else f"{days} jours net"
        discount_terms = "2 % Skonto innert 10 Tagen" if lang == "de" else "Escompte 2 % à 10 jours"
        label = "Zahlungskonditionen" if lang == "de" else "Conditions de paiement"
        terms_html = f"{label}: {esc(payment_terms)}, {esc(discount_terms)}"
    else:
        due_date = due
        terms_html = (f"Zahlbar bis {fmt.date(due)}" if lang == "de" else f"À payer jusqu'au {fmt.date(due)}") + \
            (" mit beiliegendem QR-Einzahlungsschein." if lang == "de" else " au moyen du bulletin QR ci-joint.")
    doc = Doc(document_type=DOCUMENT_TYPE, locale="CH", currency="CHF", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=due_date, payment_terms=payment_terms, discount_terms=discount_terms, customer_id=customer_no)

    digits = "".join(ch for ch in number if ch.isdigit())
    if chance(rng, 0.6):
        body = f"{(customer_no or '0')}{digits}".rjust(26, "0")[-26:]
    else:
        body = "".join(str(rng.randrange(10)) for _ in range(26))
    raw_ref = body + str(qr_reference_check(body))
    reference = f"{raw_ref[:2]} " + " ".join(raw_ref[i:i + 5] for i in range(2, 27, 5))
    account = ch_iban(rng, qr=True)
    info = f"{w['invoice_word']} {number}"
    if chance(rng, 0.4):
        uid_digits = "".join(ch for ch in vendor.tax_id if ch.isdigit())
        info += f" //S1/10/{number}/11/{issued.strftime('%y%m%d')}/30/{uid_digits}/32/{rate(R_STD)}"
    qr_amount = fmt_number(total, "space_dot")

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.5, 9.5),
                       table=pick(rng, ["rules", "minimal", "grid", "zebra"]))
    css = theme.css(".subject{font-size:13pt;font-weight:bold}")
    width, height = A4
    num = fmt.num
    vat_label = pick(rng, w["vatno"])
    info_rows = [(pick(rng, w["number"]), esc(number)), (pick(rng, w["date"]), fmt.date(issued))]
    if customer_no:
        info_rows.append((pick(rng, w["customer"]), esc(customer_no)))
    if chance(rng, 0.5):
        info_rows.append((w["yourref"], esc(person(rng, "CH", lang))))
    if chance(rng, 0.5):
        info_rows.append((w["order"], f"{rng.randrange(4500000, 4599999)} / {fmt.date(issued - timedelta(days=rng.randrange(4, 30)))}"))
    if chance(rng, 0.5):
        info_rows.append((w["delivery"], fmt.date(issued - timedelta(days=rng.randrange(0, 8)))))
    info_rows.append((vat_label, esc(vendor.tax_id)))
    info_html = "".join(f"<tr><td style='width:45%'>{k}</td><td style='width:55%'>{v}</td></tr>" for k, v in info_rows)
    head = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(vendor.name, rng, theme.accent)}</td>"
            f"<td style='width:45%' class='small'><b>{esc(vendor.name)}</b><br/>{lines_html(vendor.address)}<br/>"
            f"Tel. {esc(vendor.phone)}<br/>{esc(vendor.email)}</td></tr></table>"
            f"<table style='width:100%;margin-top:18pt'><tr><td style='width:52%'>"
            f"<p class='tiny muted' style='text-decoration:underline'>{esc(vendor.name)}, {esc(', '.join(vendor.address))}</p>"
            f"<p>{esc(customer.name)}<br/>{lines_html(customer.address)}</p></td>"
            f"<td style='width:48%'><table class='kv' style='width:100%'>{info_html}</table></td></tr></table>"
            f"<p class='subject' style='margin-top:14pt'>{pick(rng, w['title'])} {esc(number)}</p>"
            f"<p>{w['hello']}<br/>{w['intro']}</p>")
    show_rate_col = len(rates) > 1 or chance(rng, 0.4)
    cols = [Col(w["pos"], width="6%"), Col(w["desc"], width="40%" if show_rate_col else "46%"), Col(w["qty"], "right", "9%"),
            Col(w["unit"], width="9%"), Col(w["price"], "right", "13%")]
    if show_rate_col:
        cols.append(Col(w["vat"], "right", "8%"))
    cols.append(Col(w["amount"], "right", "15%"))
    rows = []
    for i, line in enumerate(lines, start=1):
        row = [str(i), esc(line.description), fmt.qty(line.quantity), esc(line.unit), num(line.unit_price)]
        if show_rate_col:
            row.append(f"{rate(line.tax_rate)}%")
        rows.append((row + [num(line.amount)], line.amount))
    totals = [(pick(rng, w["net"]), num(net), False)]
    for r in rates:
        totals.append((w["tax"].format(r=rate(r)) + f" {w['on']} {num(bases[r])}", num(taxes[r]), False))
    totals.append((pick(rng, w["total"]), fmt.money(total), True))
    closing = f"<p style='margin-top:8pt'>{terms_html}</p><p>{w['thanks']}<br/>{w['regards']}<br/>{esc(vendor.name)}</p>"
    placement = "separate" if long_order or chance(rng, 0.35) else "bottom"
    qr_top = height - QR_HEIGHT

    def body(chunk, index, is_last):
        before = sum((a for _r, a in rows[:_offset(chunk)]), Decimal("0.00")) if chunk else Decimal("0.00")
        top = head if index == 0 else (f"<p class='b'>{w['cont'].format(no=esc(number))}</p>"
                                       f"<p class='r'>{w['carried']}: {num(before)}</p>")
        table = items_table(cols, [r for r, _a in chunk], zebra=theme.table == "zebra")
        if is_last:
            return top + table + totals_table(totals, left="40%") + closing
        return top + table + f"<p class='r'>{w['carried']}: {num(before + sum((a for _r, a in chunk), Decimal('0.00')))}</p>"

    def _offset(chunk) -> int:
        return next(i for i, r in enumerate(rows) if r is chunk[0])

    footer_text = (f"<p class='tiny c muted' style='border-top:0.4pt solid #aaa'>{esc(vendor.name)} · {esc(', '.join(vendor.address))}"
                   f" · {vat_label} {esc(vendor.tax_id)} · IBAN {esc(account)}</p>")

    def footer(n, c):
        return footer_text + (f"<p class='tiny r'>{w['page'].format(n=n, c=c)}</p>" if c > 1 else "")

    bottom_margin = QR_HEIGHT + 16 if placement == "bottom" else 28
    sheet = paged_sheet(width, height, css, (50, 36, 42, bottom_margin), rows, body, footer=footer, footer_height=26)
    qr_boxes = _qr_bill(w, vendor, customer, account, reference, info, qr_amount, qr_top, width)
    if placement == "bottom":
        sheet.pages[-1].extend(qr_boxes)
    else:
        note = (f"<p class='b'>{esc(vendor.name)}</p><p>{pick(rng, w['title'])} {esc(number)} · {fmt.date(issued)}</p>")
        sheet.pages.append([Box((50, 60, width - 42, 120), note)] + qr_boxes)
    return Built(doc=doc, sheet=sheet, template=f"qr_{lang}_{placement}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"qr_reference": reference, "lang": lang})
