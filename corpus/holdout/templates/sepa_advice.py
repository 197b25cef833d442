"""SEPA credit-transfer payment advice sent by the payer (German, Dutch or French).

Three prints: the payer's bank's execution confirmation forwarded as an advice (Zahlungsavis /
Betalingsbevestiging / Avis d'exécution de virement: Auftraggeber / Opdrachtgever / Donneur d'ordre with
IBAN, Empfänger / Begunstigde / Bénéficiaire with IBAN and BIC, Betrag, Ausführungsdatum,
End-to-End-Referenz, bank order number and transaction id (decoys), and the 140-character
Verwendungszweck / Omschrijving / Motif with the invoices paid: "RE 2023-114 1.250,00 RE 2023-118
310,50"); the payer's accounts-payable letter (Zahlungsavis / Betalingsadvies / Avis de virement to the
supplier's address with a table of invoice number, invoice date, amount, Skonto / korting / escompte
and amount paid, the supplier number at the payer); and a short e-mail style avis with the free text
and, for longer runs, a small table.

Truth: customer = the payer (Auftraggeber; its postal address where printed), vendor = the beneficiary
(its address only on the letter, its supplier number at the payer = vendor id where printed);
payment reference = the end-to-end reference; payment date = the execution date; document date = the
advice's date; allocations = each invoice with the amount paid (after the cash discount in the table,
as printed in the free text); a single invoice named in the free text is allocated the whole amount.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import bic, iban, make_company, person_name
from corpus.holdout.fakes_seventh import fmt_of
from corpus.holdout.money import random_date
from corpus.holdout.render import A4, Box, Sheet, paginate
from corpus.holdout.templates._paid import paid_invoices

FAMILY = "sepa_payment_advice"
DOCUMENT_TYPE = "remittance_advice"

BANKS = {"DE": ["Sparkasse KölnBonn", "Commerzbank AG", "Deutsche Bank AG", "Volksbank Mittelhessen eG", "HypoVereinsbank"],
         "NL": ["ABN AMRO Bank N.V.", "ING Bank N.V.", "Rabobank", "Triodos Bank"],
         "FR": ["BNP Paribas", "Crédit Agricole", "Société Générale", "Crédit Mutuel", "LCL"]}
WORDS = {
    "DE": {"title_bank": "Zahlungsavis", "title_letter": "Zahlungsavis", "payer": "Auftraggeber", "payee": "Empfänger", "amount": "Betrag",
           "exec": "Ausführungsdatum", "e2e": "End-to-End-Referenz", "purpose": "Verwendungszweck", "date": "Datum", "order": "Auftragsnummer",
           "inv": "Rechnungsnr.", "inv_date": "Rechnungsdatum", "gross": "Rechnungsbetrag", "disc": "Skonto", "paid": "Zahlbetrag",
           "total": "Summe", "vendor_no": "Ihre Lieferantennummer", "prefix": ["RE", "RG", "Re.", "RECHNUNG"], "skonto": "ABZGL. SKONTO",
           "intro": "wir haben heute folgende Rechnungen per SEPA-Überweisung beglichen:", "greeting": "Sehr geehrte Damen und Herren,",
           "bye": "Mit freundlichen Grüßen", "status": "Status: ausgeführt"},
    "NL": {"title_bank": "Betalingsbevestiging", "title_letter": "Betalingsadvies", "payer": "Opdrachtgever", "payee": "Begunstigde", "amount": "Bedrag",
           "exec": "Uitvoeringsdatum", "e2e": "End-to-end referentie", "purpose": "Omschrijving", "date": "Datum", "order": "Opdrachtnummer",
           "inv": "Factuurnummer", "inv_date": "Factuurdatum", "gross": "Factuurbedrag", "disc": "Korting", "paid": "Betaald",
           "total": "Totaal", "vendor_no": "Uw crediteurnummer", "prefix": ["factuur", "fact.", "FACTUUR", "fn"], "skonto": "MIN KORTING",
           "intro": "Hierbij ontvangt u een specificatie van onze betaling per SEPA-overboeking:", "greeting": "Geachte heer/mevrouw,",
           "bye": "Met vriendelijke groet", "status": "Status: uitgevoerd"},
    "FR": {"title_bank": "Avis d'exécution de virement", "title_letter": "Avis de virement", "payer": "Donneur d'ordre", "payee": "Bénéficiaire",
           "amount": "Montant", "exec": "Date d'exécution", "e2e": "Référence de bout en bout", "purpose": "Motif du paiement", "date": "Date",
           "order": "Référence de l'opération", "inv": "N° facture", "inv_date": "Date facture", "gross": "Montant facture", "disc": "Escompte",
           "paid": "Montant réglé", "total": "Total", "vendor_no": "Votre code fournisseur", "prefix": ["FACT", "FACTURE", "Fact.", "F"],
           "skonto": "ESCOMPTE", "intro": "Nous vous informons que nous avons procédé ce jour au virement SEPA suivant en règlement de :",
           "greeting": "Madame, Monsieur,", "bye": "Veuillez agréer nos salutations distinguées.", "status": "Statut : exécuté"},
}
LANG = {"DE": "de", "NL": "nl", "FR": "fr"}


def build(rng: random.Random) -> Built:
    country = pick(rng, ["DE", "DE", "NL", "FR"])
    w = WORDS[country]
    layout = pick(rng, ["bank", "letter", "avis"])
    payer = make_company(rng, country, with_tax=False)
    payee_country = country if chance(rng, 0.8) else pick(rng, [c for c in ("DE", "NL", "FR") if c != country])
    payee = make_company(rng, payee_country, with_tax=False)
    style = "fr" if country == "FR" else "de"
    fmt = fmt_of(country, "EUR", number_style=style, symbol="€" if chance(rng, 0.6) else "EUR",
                 position="pre_space" if country == "NL" else "post_space",
                 date_pattern={"DE": "dmy_dot", "NL": pick(rng, ["dmy_dash", "dmy_slash"]), "FR": "dmy_slash"}[country], lang=LANG[country])
    executed = random_date(rng)
    advice_day = executed - timedelta(days=pick(rng, [0, 0, 0, 1]))
    count = rng.randrange(1, 4) if layout == "bank" else (rng.randrange(2, 9) if layout == "letter" else rng.randrange(1, 6))
    invoices = paid_invoices(rng, executed, count, low=80, high=9000, discount_share=0.4 if layout == "letter" else 0.0)
    total = sum((inv.paid for inv in invoices), Decimal("0.00"))
    e2e = pick(rng, [f"E2E{executed.strftime('%Y%m%d')}{rng.randrange(10**5, 10**6)}", f"ZA-{executed.year}-{rng.randrange(10**4, 10**5)}",
                     f"{rng.randrange(10**9, 10**10)}", f"PAY{rng.randrange(10**6, 10**7)}/{executed.strftime('%m%y')}"])
    vendor_no = f"{pick(rng, ['7', 'K', 'L'])}{rng.randrange(10000, 99999)}" if layout == "letter" and chance(rng, 0.6) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency="EUR", vendor=payee, customer=payer,
              invoice_ids=[inv.number for inv in invoices], document_date=advice_day, total=total, payment_reference=e2e,
              payment_date=executed, allocations=[(inv.number, inv.paid) for inv in invoices], vendor_id=vendor_no,
              vendor_address_printed=layout == "letter", customer_address_printed=True)
    prefix = pick(rng, w["prefix"])
    num, m = fmt.num, fmt.money
    if len(invoices) == 1:
        purpose = f"{prefix} {invoices[0].number}" + (f" {pick(rng, ['KD-NR', 'KUNDE', 'KLANTNR', 'CLIENT'])} {rng.randrange(10000, 99999)}" if chance(rng, 0.4) else "")
    else:
        # the 140-character field carries bare amounts with a decimal comma, no grouping
        purpose = " ".join(f"{prefix} {inv.number} {str(inv.paid).replace('.', ',')}" for inv in invoices)
    free_text = len(purpose) <= 140 and layout != "letter"
    if chance(rng, 0.5):
        purpose = purpose.upper()
    payer_iban, payee_iban = iban(rng, country), iban(rng, payee_country)
    payee_bic = bic(rng, payee_country)
    bank = pick(rng, BANKS[country])
    order_no = f"{rng.randrange(10**7, 10**8)}"

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.5), table=pick(rng, ["rules", "minimal", "grid", "zebra"]))
    css = theme.css(".cap{font-size:6.5pt;color:#666} .field td{padding:2pt 4pt;border-bottom:0.4pt solid #ccc}")
    width, height = A4
    any_disc = any(inv.discount for inv in invoices)
    cols = [Col(w["inv"], width="26%"), Col(w["inv_date"], width="18%"), Col(w["gross"], "right", "20%")]
    if any_disc:
        cols.append(Col(w["disc"], "right", "16%"))
    cols.append(Col(w["paid"], "right", "20%"))
    rows = []
    for inv in invoices:
        row = [esc(inv.number), fmt.date(inv.invoice_date), num(inv.gross)]
        if any_disc:
            row.append(num(inv.discount) if inv.discount else "")
        row.append(num(inv.paid))
        rows.append(row)
    total_row = (f"<tr><td class='b'>{w['total']}</td><td></td><td></td>{'<td></td>' if any_disc else ''}<td class='r b'>{m(total)}</td></tr>")

    def field_table(pairs):
        return "<table class='field' style='width:100%'>" + "".join(
            f"<tr><td class='muted' style='width:32%'>{k}</td><td style='width:68%'>{v}</td></tr>" for k, v in pairs) + "</table>"

    if layout == "bank":
        pairs = [(w["payer"], f"{esc(payer.name)}<br/>IBAN {payer_iban}"),
                 (w["payee"], f"{esc(payee.name)}<br/>IBAN {payee_iban}<br/>BIC {payee_bic}"),
                 (w["amount"], f"<b>{m(total)}</b>"), (w["exec"], fmt.date(executed)), (w["e2e"], esc(e2e)),
                 (w["purpose"], esc(purpose) if free_text else esc(purpose[:120]) + " …"), (w["order"], order_no),
                 ("Transaktions-ID" if country == "DE" else "Transactie-ID" if country == "NL" else "ID de transaction",
                  f"{rng.randrange(10**11, 10**12)}")]
        head = (f"<table style='width:100%'><tr><td style='width:60%'><p class='b' style='font-size:12pt'>{esc(bank)}</p></td>"
                f"<td style='width:40%' class='r small'>{w['date']}: {fmt.date(advice_day)}</td></tr></table>"
                f"<p style='margin-top:18pt'>{esc(payer.name)}<br/>{lines_html(payer.address)}</p>"
                f"<p class='b' style='font-size:13pt;margin-top:16pt'>{w['title_bank']} – SEPA</p>{field_table(pairs)}"
                f"<p class='small' style='margin-top:6pt'>{w['status']}</p>")
        if not free_text:
            head += items_table(cols, rows, zebra=False, extra_rows=[total_row])
        pages = [head]
    elif layout == "letter":
        meta = [(w["date"], fmt.date(advice_day)), (w["exec"], fmt.date(executed)), (w["e2e"], esc(e2e))]
        if vendor_no:
            meta.append((w["vendor_no"], esc(vendor_no)))
        head = (f"<table style='width:100%'><tr><td style='width:58%'>{logo(payer.name, rng, theme.accent)}<p class='b'>{esc(payer.name)}</p>"
                f"<p class='small'>{lines_html(payer.address)}</p></td><td style='width:42%'><table class='kv small'>"
                + "".join(f"<tr><td style='width:100pt'>{k}</td><td>{v}</td></tr>" for k, v in meta) + "</table></td></tr></table>"
                f"<p style='margin-top:16pt'>{esc(payee.name)}<br/>{lines_html(payee.address)}</p>"
                f"<p class='b' style='font-size:13pt;margin-top:14pt'>{w['title_letter']}</p><p>{w['greeting']}<br/>{w['intro']}</p>")
        tail = (f"<p style='margin-top:6pt'>{w['amount']}: <b>{m(total)}</b> · IBAN {payee_iban} · BIC {payee_bic}</p>"
                f"<p style='margin-top:8pt'>{w['bye']}<br/>{esc(person_name(rng, country if country != 'NL' else 'NL'))}</p>")

        def body(chunk, index, is_last):
            top = head if index == 0 else f"<p class='b'>{w['title_letter']} {esc(e2e)} ({index + 1})</p>"
            return top + items_table(cols, chunk, zebra=theme.table == "zebra", extra_rows=[total_row] if is_last else ()) + (tail if is_last else "")

        pages = paginate(rows, body, css, lambda _i: (48, 40, width - 48, height - 40))
    else:
        head = (f"<p class='small muted'>{w['date']}: {fmt.date(advice_day)}</p>"
                f"<p class='b' style='font-size:12pt'>{w['title_letter']} – {esc(payer.name)}</p>"
                f"<p>{w['greeting']}</p><p>{w['intro']}</p>"
                + field_table([(w["payee"], f"{esc(payee.name)} – IBAN {payee_iban}"), (w["amount"], m(total)), (w["exec"], fmt.date(executed)),
                               (w["e2e"], esc(e2e))] + ([(w["purpose"], esc(purpose))] if free_text else []))
                + ("" if free_text else items_table(cols, rows, zebra=False, extra_rows=[total_row]))
                + f"<p style='margin-top:8pt'>{w['bye']}<br/>{esc(payer.name)}<br/>{lines_html(payer.address)}<br/>IBAN {payer_iban}</p>")
        pages = [head]
    sheet = Sheet(width=width, height=height, css=css, pages=[[Box((48, 40, width - 48, height - 40), html)] for html in pages])
    return Built(doc=doc, sheet=sheet, template=f"sepa_{layout}_{country.lower()}", png_scan_ok=len(pages) == 1,
                 notes={"purpose": purpose if free_text else None, "order_no": order_no, "payer_iban": payer_iban, "payee_iban": payee_iban})
