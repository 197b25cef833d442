"""ERP payment advice (SAP-like), English or German.

The payer's letterhead and company code; "Payment advice note" with payment document number,
payment date, payment method and reference; the payee's address window and its vendor number at
the payer; a table per settled item: the payer's document number (a decoy), the payee's invoice
number ("Your reference" / "Ihre Belegnr."), document date, gross amount, cash discount, withholding
and net amount paid; a total line and the amount transferred.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import account_code, make_company
from corpus.holdout.locales import Fmt
from corpus.holdout.money import random_date
from corpus.holdout.render import A4, LETTER, Box, Sheet
from corpus.holdout.templates._paid import paid_invoices

FAMILY = "remittance_erp"
DOCUMENT_TYPE = "remittance_advice"

LABELS = {
    "en": {"title": ["Payment Advice", "PAYMENT ADVICE NOTE", "Remittance Advice"], "doc": "Payment document",
           "date": "Payment date", "method": "Payment method", "ref": ["Payment reference", "EFT reference", "ACH trace no."],
           "vendor": ["Vendor number", "Our vendor no.", "Supplier account"], "cc": "Company code",
           "cols": ["Document no.", "Your reference", "Doc. date", "Gross amount", "Cash discount", "Withholding",
                    "Net amount"], "total": "Total", "paid": "Amount paid", "intro":
           "We have made the following payment to your account. Please contact us quoting the payment document "
           "number if you have any questions.", "advice_date": "Date",
           "methods": ["ACH credit", "Wire transfer", "Bank transfer (BACS)", "EFT"]},
    "de": {"title": ["Zahlungsavis", "ZAHLUNGSAVIS"], "doc": "Zahlungsbeleg", "date": "Zahlungsdatum",
           "method": "Zahlweg", "ref": ["Verwendungszweck", "Referenz"], "vendor": ["Ihre Lieferantennummer", "Kreditor"],
           "cc": "Buchungskreis", "cols": ["Belegnr.", "Ihre Belegnr.", "Belegdatum", "Bruttobetrag", "Skonto",
                                           "Abzug", "Zahlbetrag"], "total": "Summe", "paid": "Überweisungsbetrag",
           "intro": "Zum Ausgleich der nachstehend aufgeführten Rechnungen haben wir folgenden Betrag auf Ihr Konto "
                    "überwiesen.", "advice_date": "Datum", "methods": ["SEPA-Überweisung", "Überweisung"]},
}


def build(rng: random.Random) -> Built:
    country = pick(rng, ["US", "GB", "DE", "DE"])
    lang = "de" if country == "DE" else "en"
    lab = LABELS[lang]
    payer = make_company(rng, country)
    payee = make_company(rng, country, with_tax=False)
    fmt = Fmt.pick(rng, country, date_pattern=pick(rng, {"US": ["mdy_slash", "iso"], "GB": ["dmy_slash", "dmy_dot"],
                                                       "DE": ["dmy_dot"]}[country]))
    if country == "DE":
        fmt.symbol, fmt.position = "EUR", "post_space"
    pay_date = random_date(rng)
    advice_date = pay_date - timedelta(days=pick(rng, [0, 0, 1, 2]))
    invoices = paid_invoices(rng, pay_date, rng.randrange(1, 9), discount_share=0.35,
                             withholding_share=0.15 if country != "US" else 0.0)
    total = sum((inv.paid for inv in invoices), Decimal("0.00"))
    reference = pick(rng, [f"{rng.randrange(10**9, 10**10)}", f"PAY{rng.randrange(10**6, 10**7)}",
                           f"EFT{advice_date.strftime('%y%m%d')}{rng.randrange(1000, 9999)}"])
    vendor_no = account_code(rng, "sap")
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=payee, customer=payer,
              invoice_ids=[inv.number for inv in invoices], document_date=advice_date, total=total,
              payment_reference=reference, payment_date=pay_date,
              allocations=[(inv.number, inv.paid) for inv in invoices], vendor_id=vendor_no)

    mono = chance(rng, 0.45)
    theme = Theme.pick(rng, font="Courier" if mono else pick(rng, ["Helvetica", "Times"]), size=(7.5, 9.0),
                       table=pick(rng, ["rules", "minimal", "grid"]))
    css = theme.css(".ttl{font-size:14pt;font-weight:bold}")
    width, height = LETTER if country == "US" else A4
    payment_doc = f"{rng.randrange(1500000000, 1599999999)}"
    method = pick(rng, lab["methods"])
    meta = [(lab["advice_date"], fmt.date(advice_date)), (lab["doc"], payment_doc), (lab["date"], fmt.date(pay_date)),
            (lab["method"], method), (pick(rng, lab["ref"]), reference), (pick(rng, lab["vendor"]), vendor_no),
            (lab["cc"], pick(rng, ["1000", "2000", "US01", "GB10", "DE01"]))]
    meta_html = "".join(f"<tr><td style='width:48%'>{k}</td><td style='width:52%'><b>{v}</b></td></tr>" for k, v in meta)
    payer_tax = f"{'VAT Reg. No.' if country == 'GB' else 'USt-IdNr.' if country == 'DE' else 'EIN'} {payer.tax_id}"
    header = (f"<table style='width:100%'><tr><td style='width:55%'><p class='b big'>{esc(payer.name)}</p>"
              f"<p class='small'>{lines_html(payer.address)}<br/>{esc(payer_tax)}</p>"
              f"<p style='margin-top:18pt'>{esc(payee.name)}<br/>{lines_html(payee.address)}</p></td>"
              f"<td style='width:45%'><p class='ttl accent'>{pick(rng, lab['title'])}</p>"
              f"<table class='kv' style='width:100%'>{meta_html}</table></td></tr></table>"
              f"<p style='margin-top:10pt'>{lab['intro']}</p>")
    show_wht = any(inv.withheld for inv in invoices)
    cols = lab["cols"] if show_wht else [c for i, c in enumerate(lab["cols"]) if i != 5]
    aligns = ["left", "left", "left", "right", "right", "right", "right"]
    if not show_wht:
        aligns = aligns[:5] + aligns[6:]
    head = "".join(f"<th style='text-align:{a}'>{c}</th>" for c, a in zip(cols, aligns, strict=True))
    rows = []
    for i, inv in enumerate(invoices):
        cells = [inv.payer_doc, esc(inv.number), fmt.date(inv.invoice_date), fmt.num(inv.gross),
                 fmt.num(inv.discount) if inv.discount else "0.00" if lang == "en" else "0,00"]
        if show_wht:
            cells.append(fmt.num(inv.withheld))
        cells.append(fmt.num(inv.paid))
        cls = " class='alt'" if i % 2 and theme.table == "zebra" else ""
        rows.append(f"<tr{cls}>" + "".join(f"<td style='text-align:{a}'>{c}</td>" for c, a in
                                            zip(cells, aligns, strict=True)) + "</tr>")
    sums = [fmt.num(sum((inv.gross for inv in invoices), Decimal(0))), fmt.num(sum((inv.discount for inv in invoices), Decimal(0)))]
    if show_wht:
        sums.append(fmt.num(sum((inv.withheld for inv in invoices), Decimal(0))))
    sums.append(fmt.num(total))
    rows.append("<tr class='grand'><td colspan='3'>" + lab["total"] + f" ({fmt.currency})</td>"
                + "".join(f"<td class='r'>{s}</td>" for s in sums) + "</tr>")
    table = f"<table class='items'><tr>{head}</tr>{''.join(rows)}</table>"
    paid_line = f"<p style='margin-top:10pt' class='b'>{lab['paid']}: {fmt.money(total) if fmt.position != 'pre' else fmt.currency + ' ' + fmt.num(total)}</p>"
    bank = (f"<p class='small'>{'Credited to your account' if lang == 'en' else 'Gutschrift auf Konto'}: "
            f"****{rng.randrange(1000, 9999)}</p>")
    sheet = Sheet(width=width, height=height, css=css, pages=[[
        Box((45, 40, width - 45, height - 50), header + table + paid_line + bank),
        Box((45, height - 42, width - 45, height - 22),
            f"<p class='tiny muted'>{'Automatisch erstellt, ohne Unterschrift gültig.' if lang == 'de' else 'This advice was generated automatically and requires no signature.'}"
            f" &#160; {'Seite' if lang == 'de' else 'Page'} 1/1</p>"),
    ]])
    return Built(doc=doc, sheet=sheet, template=f"erp_advice_{lang}",
                 notes={"payment_document": payment_doc, "invoices": len(invoices)})
