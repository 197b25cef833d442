"""Credit note / credit memo citing the original invoice (English, German Gutschrift, French avoir).

Own number (CN-, GS-, AV-), date, the original invoice number and date (decoys), reason for credit,
returned items, net / tax / total credit; amounts printed positive under the credit title, with a
minus sign, in parentheses or with a CR suffix. The truth makes every amount negative.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import CATALOG_BY_LANG, line_sum, make_lines, tax_on
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo, rate, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import account_code, make_company
from corpus.holdout.locales import VAT, Fmt
from corpus.holdout.money import random_date
from corpus.holdout.render import A4, LETTER, Box, Sheet

FAMILY = "credit_note"
DOCUMENT_TYPE = "credit_note"

WORDS = {
    "en": {"title": ["CREDIT NOTE", "Credit Note", "CREDIT MEMO"], "no": ["Credit Note No.", "Credit Note Number", "Credit Memo #"],
           "date": ["Date", "Credit Date", "Date of Issue"], "orig": ["Original Invoice", "Against Invoice No.", "Ref. Invoice"],
           "orig_date": "Original invoice date", "reason": "Reason for credit",
           "reasons": ["Goods returned – damaged in transit", "Pricing error on original invoice",
                       "Short delivery", "Cancelled service period"],
           "to": ["Credit To", "Customer", "Bill To"], "cols": ["Description", "Qty", "Unit Price", "Amount"],
           "net": ["Subtotal", "Net Credit", "Total excl. tax"], "total": ["Total Credit", "TOTAL CREDIT", "Credit Total"],
           "acct": "Account No.", "note": "This amount has been credited to your account and may be offset against future invoices."},
    "de": {"title": ["Gutschrift", "GUTSCHRIFT", "Rechnungskorrektur"], "no": ["Gutschrift-Nr.", "Gutschriftsnummer", "Nummer"],
           "date": ["Datum", "Gutschriftsdatum"], "orig": ["Zu Rechnung Nr.", "Bezug: Rechnung"],
           "orig_date": "Rechnungsdatum", "reason": "Grund", "reasons": ["Retoure", "Preiskorrektur", "Mengendifferenz"],
           "to": ["Empfänger", "Kunde"], "cols": ["Bezeichnung", "Menge", "Einzelpreis", "Gesamt"],
           "net": ["Nettobetrag", "Summe netto"], "total": ["Gutschriftsbetrag", "Gesamtbetrag"],
           "acct": "Kundennummer", "note": "Den Betrag verrechnen wir mit Ihrer nächsten Rechnung."},
    "fr": {"title": ["AVOIR", "Facture d'avoir"], "no": ["N° d'avoir", "Avoir n°"], "date": ["Date", "Date d'émission"],
           "orig": ["Facture d'origine", "Réf. facture"], "orig_date": "Date de la facture", "reason": "Motif",
           "reasons": ["Retour de marchandise", "Erreur de prix", "Remise commerciale"], "to": ["Client", "Facturé à"],
           "cols": ["Désignation", "Qté", "PU HT", "Montant HT"], "net": ["Total HT"], "total": ["Total TTC", "Montant de l'avoir TTC"],
           "acct": "N° client", "note": "Cet avoir sera déduit de votre prochain règlement."},
}


def build(rng: random.Random) -> Built:
    lang = pick(rng, ["en", "en", "en", "de", "fr"])
    country = {"en": pick(rng, ["GB", "US", "AU", "KE"]), "de": "DE", "fr": "FR"}[lang]
    w = WORDS[lang]
    vendor = make_company(rng, country, with_tax=country != "US")
    customer = make_company(rng, country, with_tax=False)
    fmt = Fmt.pick(rng, country)
    issued = random_date(rng)
    prefix = {"en": pick(rng, ["CN-", "CN", "CM-", "CR"]), "de": pick(rng, ["GS-", "G"]), "fr": pick(rng, ["AV-", "AV"])}[lang]
    number = f"{prefix}{rng.randrange(100, 99999):05d}"
    original = f"{pick(rng, ['INV-', 'RE-', 'FA', ''])}{rng.randrange(10000, 99999)}"
    orig_date = issued - timedelta(days=rng.randrange(5, 60))
    catalog = CATALOG_BY_LANG[lang] if country != "KE" else "trade_ke"
    lines = make_lines(rng, catalog, rng.randrange(1, 4), max_qty=5)
    net = line_sum(lines)
    tax_rate = VAT.get(country) if country != "US" else None
    tax = tax_on(net, tax_rate) if tax_rate else None
    total = net + (tax or 0)
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net if tax is not None or chance(rng, 0.6) else None,
              tax=tax, lines=lines)
    if chance(rng, 0.5):
        doc.customer_id = account_code(rng, pick(rng, ["C", "num", "alpha"]))

    style = pick(rng, ["positive", "minus", "parens", "cr"])

    def amt(value: Decimal, with_symbol: bool = False) -> str:
        text = fmt.money(value) if with_symbol else fmt.num(value)
        return {"positive": text, "minus": f"-{text}", "parens": f"({text})", "cr": f"{text} CR"}[style]

    theme = Theme.pick(rng, size=(8.5, 10.0))
    css = theme.css(".ttl{font-size:20pt;font-weight:bold}")
    width, height = LETTER if country == "US" else A4
    tax_label = {"GB": "VAT Reg No", "AU": "ABN", "KE": "PIN", "DE": "USt-IdNr.", "FR": "N° TVA"}.get(country)
    meta = [(pick(rng, w["no"]), esc(number)), (pick(rng, w["date"]), fmt.date(issued)),
            (pick(rng, w["orig"]), esc(original)), (w["orig_date"], fmt.date(orig_date))]
    if doc.customer_id:
        meta.append((w["acct"], esc(doc.customer_id)))
    meta_html = "".join(f"<tr><td class='b' style='width:50%'>{k}</td><td style='width:50%'>{v}</td></tr>" for k, v in meta)
    vendor_html = (f"{logo(vendor.name, rng, theme.accent)}<p class='b' style='margin-top:4pt'>{esc(vendor.name)}</p>"
                   f"<p>{lines_html(vendor.address)}" + (f"<br/>{tax_label}: {esc(vendor.tax_id)}" if tax_label else "")
                   + f"<br/>{esc(vendor.email)}</p>")
    header = (f"<table style='width:100%'><tr><td style='width:55%'>{vendor_html}</td><td style='width:45%'>"
              f"<p class='ttl accent'>{pick(rng, w['title'])}</p><table class='kv' style='width:100%'>{meta_html}</table>"
              f"</td></tr></table><div class='boxed' style='margin-top:10pt;width:60%'><b>{pick(rng, w['to'])}</b><br/>"
              f"{esc(customer.name)}<br/>{lines_html(customer.address)}</div>"
              f"<p style='margin-top:8pt'><b>{w['reason']}:</b> {pick(rng, w['reasons'])}</p>")
    c = w["cols"]
    cols = [Col(c[0], width="52%"), Col(c[1], "right", "10%"), Col(c[2], "right", "18%"), Col(c[3], "right", "20%")]
    rows = [[esc(line.description), fmt.qty(line.quantity), amt(line.unit_price), amt(line.amount)] for line in lines]
    totals = []
    if doc.net is not None:
        totals.append((pick(rng, w["net"]), amt(net, True), False))
    if tax is not None:
        tax_name = {"GB": "VAT", "AU": "GST", "KE": "VAT", "DE": "MwSt.", "FR": "TVA"}[country]
        totals.append((f"{tax_name} {rate(tax_rate)}%", amt(tax, True), False))
    totals.append((pick(rng, w["total"]), amt(total, True), True))
    body = header + items_table(cols, rows, zebra=theme.table == "zebra") + totals_table(totals, left="48%") + \
        f"<p style='margin-top:14pt'>{w['note']}</p>"
    sheet = Sheet(width=width, height=height, css=css, pages=[[
        Box((45, 40, width - 45, height - 50), body),
        Box((45, height - 40, width - 45, height - 20), f"<p class='tiny muted c'>{esc(vendor.name)} · {esc(vendor.phone)}</p>")]])
    return Built(doc=doc, sheet=sheet, template=f"credit_note_{lang}", notes={"sign_style": style, "original_invoice": original})
