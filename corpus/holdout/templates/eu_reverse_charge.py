"""Intra-EU B2B invoice without VAT: reverse-charge services or an intra-Community supply of goods (English or German).

Three prints: a German DIN 5008 letter (sender line above the window address, info block with
Rechnungsnummer / Rechnungsdatum / Kundennummer / Ihre USt-IdNr. / Leistungszeitraum or Lieferdatum /
Bestellnummer, Pos. table, Nettobetrag, "USt. 0 %" 0,00, Rechnungsbetrag, "Steuerschuldnerschaft des
Leistungsempfängers" with § 13b UStG / Art. 196 MwStSystRL, and the four-column footer with bank IBAN /
BIC, register and both tax numbers); an English services invoice (service period, "Reverse charge:
VAT to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC)", "VAT 0%
0.00"); an English goods invoice (intra-Community supply exempt under Article 138, delivery date,
Incoterms, delivery note, weights). Supplier and customer both print their VAT numbers (the
customer's is required for reverse charge: a decoy for the tax id); IBAN / BIC, order reference,
delivery note, service period and delivery dates are decoys.

Truth: vendor = the supplier (tax id = its VAT number as printed, country prefix included), customer =
the customer in the address field (its address includes the country line); net = total (the printed
net), tax = 0.00 (printed), EUR; lines = the table's positions (quantity x unit price).
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, paged_sheet, pick
from corpus.holdout.catalog import line_sum, make_lines
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import account_code, bic, iban, make_company, person_name
from corpus.holdout.fakes_seventh import fmt_of
from corpus.holdout.money import fmt_qty
from corpus.holdout.render import A4

FAMILY = "eu_reverse_charge_invoice"
DOCUMENT_TYPE = "invoice"

COUNTRY_NAME = {"en": {"DE": "Germany", "NL": "Netherlands", "FR": "France", "ES": "Spain", "IT": "Italy", "PL": "Poland"},
                "de": {"DE": "Deutschland", "NL": "Niederlande", "FR": "Frankreich", "ES": "Spanien", "IT": "Italien", "PL": "Polen"}}
PREFIX = {"ES": "ES", "IT": "IT", "PL": "PL"}


def _party(rng: random.Random, country: str, lang: str, *, abroad: bool):
    party = make_company(rng, country)
    if party.tax_id and country in PREFIX:
        party.tax_id = PREFIX[country] + party.tax_id
    if abroad:
        party.address = party.address + [COUNTRY_NAME[lang][country].upper() if chance(rng, 0.4) else COUNTRY_NAME[lang][country]]
    return party


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["din_de", "services_en", "goods_en"])
    lang = "de" if layout == "din_de" else "en"
    supplier_country = "DE" if lang == "de" else pick(rng, ["DE", "NL", "FR", "ES", "IT", "PL"])
    customer_country = pick(rng, [c for c in ("DE", "NL", "FR", "ES", "IT", "PL") if c != supplier_country])
    vendor = _party(rng, supplier_country, lang, abroad=False)
    customer = _party(rng, customer_country, lang, abroad=True)
    if lang == "en" and supplier_country != "DE" and chance(rng, 0.5):
        vendor.address = vendor.address + [COUNTRY_NAME["en"][supplier_country]]
    style = "de" if lang == "de" or supplier_country in ("NL", "ES", "IT") else pick(rng, ["en", "fr"])
    fmt = fmt_of(supplier_country, "EUR", number_style=style, symbol=pick(rng, ["€", "EUR"]),
                 position="post_space" if style != "en" else pick(rng, ["pre", "pre_space"]),
                 date_pattern="dmy_dot" if lang == "de" else pick(rng, ["dmy_slash", "d_month_y", "iso", "d_mon_y"]), lang=lang)
    if fmt.symbol == "EUR" and fmt.position == "pre":
        fmt.position = "pre_space"
    issued, due, days = issue_and_due(rng, (14, 30, 30, 45))
    catalog = {"din_de": pick(rng, ["office_de"]), "services_en": pick(rng, ["services_en", "saas_en"]), "goods_en": "industrial_en"}[layout]
    lines = make_lines(rng, catalog, rng.randrange(1, 7) if not chance(rng, 0.15) else rng.randrange(14, 22), codes=layout != "services_en")
    net = line_sum(lines)
    number = pick(rng, [f"RE-{issued.year}-{rng.randrange(100, 9999):04d}", f"{issued.year}{rng.randrange(1000, 9999)}",
                        f"INV-{rng.randrange(10000, 99999)}", f"{rng.randrange(100, 999)}/{issued.year}"])
    customer_id = account_code(rng, pick(rng, ["KD", "C", "num"])) if chance(rng, 0.6) else None
    terms_text = {"de": [f"Zahlbar innerhalb von {days} Tagen ohne Abzug", f"Zahlungsziel: {days} Tage netto", None],
                  "en": [f"Payment within {days} days net", f"Net {days}", f"{days} days from date of invoice", None]}[lang]
    terms = pick(rng, terms_text)
    show_due = chance(rng, 0.5)
    doc = Doc(document_type=DOCUMENT_TYPE, locale=supplier_country, currency="EUR", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=net, net=net, tax=Decimal("0.00"), lines=lines,
              due_date=due if show_due else None, payment_terms=terms, customer_id=customer_id)
    period_start = issued.replace(day=1) - timedelta(days=pick(rng, [1, 1, 31]))
    period_start = period_start.replace(day=1)
    period_end = issued.replace(day=1) - timedelta(days=1)
    delivered = issued - timedelta(days=rng.randrange(0, 6))
    order_ref = pick(rng, [f"PO-{rng.randrange(10**5, 10**6)}", f"{rng.randrange(4500000000, 4599999999)}", f"BE-{rng.randrange(1000, 9999)}"])
    account_iban, account_bic = iban(rng, supplier_country if supplier_country in ("DE", "FR", "NL", "ES", "IT", "PL") else "DE"), bic(rng, supplier_country)
    contact = person_name(rng, supplier_country)

    theme = Theme.pick(rng, size=(8.0, 9.5), table=pick(rng, ["rules", "minimal", "header_fill", "zebra", "grid"]))
    css = theme.css(".cap{font-size:6.5pt;color:#666} .sender{font-size:6.5pt;text-decoration:underline}")
    width, height = A4
    num, m = fmt.num, fmt.money
    vat_no = esc(vendor.tax_id)
    cust_vat = esc(customer.tax_id)
    tax_line_label = {"din_de": "USt. 0 %", "services_en": "VAT 0%", "goods_en": pick(rng, ["VAT 0% (exempt)", "VAT 0%"])}[layout]
    if layout == "din_de":
        rc_note = pick(rng, ["Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge) gemäß § 13b UStG.",
                             "Steuerschuldnerschaft des Leistungsempfängers. Die Umsatzsteuer ist vom Leistungsempfänger gemäß Art. 196 "
                             "MwStSystRL abzuführen."])
        info = [("Rechnungsnummer", esc(number)), ("Rechnungsdatum", fmt.date(issued))]
        if customer_id:
            info.append(("Kundennummer", esc(customer_id)))
        info += [("Ihre USt-IdNr.", cust_vat),
                 ("Leistungszeitraum", f"{fmt.date(period_start)} - {fmt.date(period_end)}") if chance(rng, 0.5) else ("Lieferdatum", fmt.date(delivered)),
                 ("Ihre Bestellung", order_ref), ("Ansprechpartner", esc(contact))]
        head = (f"<table style='width:100%'><tr><td style='width:60%'></td><td style='width:40%'>{logo(vendor.name, rng, theme.accent)}</td></tr></table>"
                f"<table style='width:100%;margin-top:18pt'><tr><td style='width:58%'><p class='sender'>{esc(vendor.name)} · "
                f"{esc(' · '.join(vendor.address))}</p><p>{esc(customer.name)}<br/>{lines_html(customer.address)}</p></td>"
                "<td style='width:42%'><table class='kv small'>"
                + "".join(f"<tr><td style='width:85pt'>{k}</td><td>{v}</td></tr>" for k, v in info) + "</table></td></tr></table>"
                f"<p class='b' style='font-size:13pt;margin-top:16pt'>Rechnung {esc(number)}</p>"
                "<p>Sehr geehrte Damen und Herren,<br/>wir berechnen Ihnen unsere Lieferungen und Leistungen wie folgt:</p>")
        cols = [Col("Pos.", "center", "7%"), Col("Art.-Nr.", width="11%"), Col("Bezeichnung", width="40%"), Col("Menge", "right", "12%"),
                Col("Einzelpreis", "right", "14%"), Col("Gesamt", "right", "16%")]
        rows = [[str(i + 1), esc(ln.code), esc(ln.description), f"{fmt_qty(ln.quantity, 'de')} {esc(ln.unit)}", num(ln.unit_price), num(ln.amount)]
                for i, ln in enumerate(lines)]
        totals = [("Nettobetrag", m(net), False), (tax_line_label, m(Decimal("0.00")), False), ("Rechnungsbetrag", m(net), True)]
        pay = (f"{esc(terms)}{' bis zum ' + fmt.date(due) if show_due else ''}." if terms else
               (f"Bitte überweisen Sie den Betrag bis zum {fmt.date(due)}." if show_due else "Vielen Dank für Ihren Auftrag."))
        tail = (totals_table(totals, left="50%") + f"<p style='margin-top:8pt' class='b'>{esc(rc_note)}</p><p>{pay}</p>"
                "<p>Mit freundlichen Grüßen<br/>" + esc(contact) + "</p>")
        footer_cols = [lines_html([vendor.name] + vendor.address), f"Tel. {esc(vendor.phone)}<br/>{esc(vendor.email)}<br/>{esc(vendor.website)}",
                       f"{pick(rng, ['Sparkasse', 'Volksbank', 'Commerzbank', 'Deutsche Bank'])}<br/>IBAN {account_iban}<br/>BIC {account_bic}",
                       f"USt-IdNr. {vat_no}<br/>St.-Nr. {vendor.extra.get('steuernummer', '')}<br/>{vendor.extra.get('hrb', '')}<br/>GF: {esc(person_name(rng, 'DE'))}"]
    else:
        meta = [("Invoice number", esc(number)), ("Invoice date", fmt.date(issued))]
        if show_due:
            meta.append(("Due date", fmt.date(due)))
        if customer_id:
            meta.append(("Customer no.", esc(customer_id)))
        if layout == "services_en":
            meta.append(("Service period", f"{fmt.date(period_start)} – {fmt.date(period_end)}"))
        else:
            meta += [("Delivery date", fmt.date(delivered)), ("Delivery note", f"DN{rng.randrange(10**5, 10**6)}"),
                     ("Incoterms", pick(rng, ["DAP", "FCA", "EXW", "DDP"]) + " " + customer.address[-2].split()[-1])]
        meta.append(("Your order", order_ref))
        head = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(vendor.name, rng, theme.accent)}<p class='b'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}<br/>VAT No. {vat_no}</p></td><td style='width:45%' class='r'>"
                f"<p class='b accent' style='font-size:17pt'>{pick(rng, ['Invoice', 'INVOICE', 'Commercial Invoice' if layout == 'goods_en' else 'Invoice'])}</p>"
                "</td></tr></table>"
                f"<table style='width:100%;margin-top:10pt'><tr><td style='width:50%'><span class='cap'>Bill to</span><br/><b>{esc(customer.name)}</b><br/>"
                f"{lines_html(customer.address)}<br/>VAT No. {cust_vat}</td><td style='width:50%'><table class='kv'>"
                + "".join(f"<tr><td class='muted' style='width:85pt'>{k}</td><td>{v}</td></tr>" for k, v in meta) + "</table></td></tr></table>")
        if layout == "goods_en":
            cols = [Col("Item", width="12%"), Col("Description", width="42%"), Col("Qty", "right", "10%"), Col("Unit price", "right", "16%"),
                    Col("Amount", "right", "20%")]
            rows = [[esc(ln.code), esc(ln.description), f"{fmt_qty(ln.quantity, style)} {esc(ln.unit)}", num(ln.unit_price), num(ln.amount)] for ln in lines]
            rc_note = pick(rng, ["Intra-Community supply of goods, exempt from VAT under Article 138 of Council Directive 2006/112/EC. "
                                 "Reverse charge: the customer accounts for acquisition VAT.",
                                 "VAT exempt intra-Community supply (Art. 138 VAT Directive) – reverse charge applies."])
            weights = f"<p class='small'>Gross weight {rng.randrange(20, 2400)} kg · Packages {rng.randrange(1, 40)} · Country of origin: {COUNTRY_NAME['en'][supplier_country]}</p>"
        else:
            cols = [Col("Description", width="52%"), Col("Qty", "right", "12%"), Col("Rate", "right", "16%"), Col("Amount", "right", "20%")]
            rows = [[esc(ln.description), fmt_qty(ln.quantity, style), num(ln.unit_price), num(ln.amount)] for ln in lines]
            rc_note = pick(rng, ["Reverse charge: VAT to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC).",
                                 "Reverse charge – customer to account for VAT to the relevant tax authority.", "Reverse charge applies (Art. 196 VAT Directive)."])
            weights = ""
        totals = [(pick(rng, ["Subtotal", "Net amount", "Total net"]), m(net), False), (tax_line_label, m(Decimal("0.00")), False),
                  (pick(rng, ["Total", "Total EUR", "Amount due"]), m(net), True)]
        pay = f"Payment terms: {esc(terms)}." if terms else ""
        tail = (totals_table(totals, left="52%") + f"<p class='b' style='margin-top:8pt'>{esc(rc_note)}</p>{weights}<p class='small'>{pay}</p>"
                f"<p class='small'>Bank transfer to IBAN {account_iban} · BIC {account_bic} · Reference: {esc(number)}</p>")
        footer_cols = [esc(vendor.name), lines_html(vendor.address), f"VAT No. {vat_no}", esc(vendor.email)]

    def body(chunk, index, is_last):
        top = head if index == 0 else f"<p class='b'>{'Rechnung' if lang == 'de' else 'Invoice'} {esc(number)} – {'Seite' if lang == 'de' else 'page'} {index + 1}</p>"
        return top + items_table(cols, chunk, zebra=theme.table == "zebra") + (tail if is_last else "")

    def footer(n, c):
        cells = "".join(f"<td style='width:25%' class='tiny muted'>{col}</td>" for col in footer_cols)
        return f"<table style='width:100%;border-top:0.5pt solid #999'><tr>{cells}</tr></table>"

    sheet = paged_sheet(width, height, css, (52 if layout == "din_de" else 40, 36, 40, 24), rows, body, footer=footer, footer_height=44)
    return Built(doc=doc, sheet=sheet, template=f"rc_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"customer_vat": customer.tax_id, "iban": account_iban, "order_ref": order_ref, "rc_note": rc_note})
