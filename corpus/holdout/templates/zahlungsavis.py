"""A German-speaking payer's Zahlungsavis (remittance advice) from its accounting package, 2023-2025.

Payers in Germany, Austria and Switzerland send their suppliers a Zahlungsavis from the payment run of their
ERP (DATEV, BMD, Abacus, Sage, Navision). Two prints: `avis_brief` (a DIN-style letter: the payer's letterhead,
the supplier in the address window, an info block with Datum / Zahlungsnummer / Ihre Lieferantennummer
bei uns / Unsere Kundennummer bei Ihnen, "Sehr geehrte Damen und Herren, wir haben heute folgende Belege zur
Zahlung angewiesen:", a table Ihre Rechnung / Belegdatum / Unser Beleg / Rechnungsbetrag / Skonto / Abzug /
Zahlbetrag, the deduction reasons below, "Die Gutschrift erfolgt auf Ihr Konto IBAN … mit Valuta …" and
"Verwendungszweck: …") and `avis_liste` (a monospaced list print: Kreditor, Buchungskreis, Zahlweg, Valuta,
Zahlungsbeleg, one row per document with Belegart RE / GS, Seite x von y, long runs over pages).

Locales: DE and AT (EUR, `1.234,56`), CH (CHF, `1'234.50`, QR reference in the Verwendungszweck).

Truth (remittance): customer = the payer in the letterhead (its address as printed), vendor = the supplier
paid (addressed on the letter; name only on the list print), vendor id = "Ihre Lieferantennummer bei uns" /
Kreditor, customer id = "Unsere Kundennummer bei Ihnen" where printed. Invoice ids = "Ihre Rechnung" (the
supplier's numbers, credit notes included with negative amounts), never "Unser Beleg" (the payer's document
numbers: decoys). Allocations = Zahlbetrag per row (after Skonto and Abzug); payment amount = the sum;
payment reference = the Zahlungsnummer / Zahlungsbeleg; payment date = the Valuta / Ausführungsdatum;
document date = the advice date. The payer's USt-IdNr. / UID, the IBANs and the Verwendungszweck's other
numbers are decoys.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import iban, make_company
from corpus.holdout.fakes_intl import ch_iban, company, qr_reference
from corpus.holdout.fakes_ninth import at_iban, at_party
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4

FAMILY = "zahlungsavis"
DOCUMENT_TYPE = "remittance_advice"
DEDUCTIONS = ["Mängelabzug lt. Reklamation", "Abzug Werbekostenzuschuss", "Abzug Fracht (unfrei geliefert)", "Preisdifferenz lt. Bestellung",
              "Abzug Sicherheitseinbehalt 5 %", "Verrechnung Bonus", "Fehlmenge lt. Wareneingang"]


@dataclass
class Row:
    number: str
    doc_date: date
    ours: str
    gross: Decimal
    skonto: Decimal
    deduction: Decimal
    reason: str
    credit: bool

    @property
    def paid(self) -> Decimal:
        return self.gross - self.skonto - self.deduction


def _party(rng: random.Random, country: str):
    if country == "DE":
        return make_company(rng, "DE")
    if country == "AT":
        return at_party(rng)
    return company(rng, "CH", "de")


def build(rng: random.Random) -> Built:
    country = pick(rng, ["DE", "DE", "AT", "CH"])
    layout = pick(rng, ["brief", "liste"])
    payer, payee = _party(rng, country), _party(rng, country)
    payer_tax = payer.tax_id
    payee.tax_id = None       # an advice does not print the supplier's VAT number
    currency = "CHF" if country == "CH" else "EUR"
    value_day = random_date(rng, date(2023, 1, 9), 880)
    advice_day = value_day - timedelta(days=pick(rng, [0, 0, 1, 2]))
    count = rng.randrange(1, 6) if layout == "brief" else (rng.randrange(3, 26) if chance(rng, 0.75) else rng.randrange(34, 60))
    rows: list[Row] = []
    used: set[str] = set()
    prefix = pick(rng, ["RE", "R", "", "AR-", "RG"])
    for i in range(count):
        credit = i > 0 and chance(rng, 0.12)
        while True:
            base = pick(rng, [f"{value_day.year}{rng.randrange(1000, 9999)}", f"{prefix}{value_day.year % 100}-{rng.randrange(100, 9999):04d}",
                              f"{rng.randrange(100000, 999999)}"])
            number = (f"GS-{rng.randrange(100, 999)}" if credit else base)
            if number not in used:
                used.add(number)
                break
        gross = money(rng.uniform(120, 14000)) if not credit else -money(rng.uniform(40, 900))
        skonto = money(gross * Decimal(pick(rng, [2, 3])) / 100) if not credit and chance(rng, 0.45) else Decimal("0.00")
        deduction = money(rng.uniform(10, min(400, float(gross) * 0.2))) if not credit and chance(rng, 0.15) else Decimal("0.00")
        rows.append(Row(number, value_day - timedelta(days=rng.randrange(8, 70)), f"{pick(rng, ['51', '19', 'ER'])}{rng.randrange(100000, 999999)}",
                        gross, skonto, deduction, pick(rng, DEDUCTIONS) if deduction else "", credit))
    if sum((r.paid for r in rows), Decimal("0")) <= 0:
        rows = [r for r in rows if not r.credit]
    total = sum((r.paid for r in rows), Decimal("0.00"))
    reference = pick(rng, [f"ZA{value_day.strftime('%y%m%d')}-{rng.randrange(1, 99):02d}", f"{rng.randrange(10**9, 10**10)}",
                           f"Z{rng.randrange(100000, 999999)}", f"ZL-{value_day.year}-{rng.randrange(1000, 9999)}"])
    vendor_no = f"{pick(rng, ['7', '70', '8', 'K'])}{rng.randrange(1000, 99999)}" if chance(rng, 0.75) else None
    customer_no = f"{rng.randrange(10000, 99999)}" if layout == "brief" and chance(rng, 0.45) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=currency, vendor=payee, customer=payer,
              invoice_ids=[r.number for r in rows], document_date=advice_day, total=total, payment_reference=reference, payment_date=value_day,
              allocations=[(r.number, r.paid) for r in rows], vendor_id=vendor_no, customer_id=customer_no,
              vendor_address_printed=layout == "brief", customer_address_printed=True)
    style = "ch" if country == "CH" else "de"

    def num(value: Decimal) -> str:
        return fmt_number(value, style) if value else ""

    def d(x: date) -> str:
        return x.strftime("%d.%m.%Y")

    payee_iban = ch_iban(rng, False) if country == "CH" else (at_iban(rng) if country == "AT" else iban(rng, "DE"))
    if country == "CH":
        purpose = f"{qr_reference(rng)}" if chance(rng, 0.5) else " ".join(r.number for r in rows[:4])
    else:
        purpose = f"{reference} " + " ".join(f"{prefix or 'RE'} {r.number}" for r in rows[:3]) + (" u.a." if len(rows) > 3 else "")
    tax_label = "UID" if country in ("AT", "CH") else "USt-IdNr."
    width, height = A4
    if layout == "brief":
        theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.5, 9.5), table=pick(rng, ["rules", "minimal", "grid"]))
        css = theme.css(".sender{font-size:6.5pt;text-decoration:underline} .info td{padding:0.5pt 3pt;font-size:8pt}")
        info = [("Datum", d(advice_day)), ("Zahlungsnummer", reference)]
        if vendor_no:
            info.append(("Ihre Lieferantennummer bei uns", vendor_no))
        if customer_no:
            info.append(("Unsere Kundennummer bei Ihnen", customer_no))
        info.append(("Sachbearbeiter/in", pick(rng, ["Frau Berger", "Herr Wagner", "Frau Huber", "Kreditorenbuchhaltung"])))
        info_html = "<table class='info'>" + "".join(f"<tr><td class='muted'>{k}</td><td>{v}</td></tr>" for k, v in info) + "</table>"
        head = (f"<table style='width:100%'><tr><td style='width:60%'><p class='big b accent'>{esc(payer.name)}</p></td>"
                f"<td style='width:40%' class='r small'>{lines_html(payer.address)}<br/>{payer.phone or ''}</td></tr></table>"
                f"<table style='width:100%;margin-top:18pt'><tr><td style='width:58%'><p class='sender'>{esc(payer.name)} · {esc(' · '.join(payer.address))}</p>"
                f"<p>{esc(payee.name)}<br/>{lines_html(payee.address)}</p></td><td style='width:42%'>{info_html}</td></tr></table>"
                f"<p class='b' style='font-size:12pt;margin-top:16pt'>Zahlungsavis</p>"
                f"<p>Sehr geehrte Damen und Herren,</p><p>{pick(rng, ['wir haben heute folgende Belege zur Zahlung angewiesen:', 'mit Valuta ' + d(value_day) + ' überweisen wir Ihnen folgende Beträge:', 'zum Ausgleich Ihrer Rechnungen haben wir die folgende Zahlung veranlasst:'])}</p>")
        cols = [Col("Ihre Rechnung", width="17%"), Col("Belegdatum", width="12%"), Col("Unser Beleg", width="13%"), Col("Rechnungsbetrag", "right", "15%"),
                Col("Skonto", "right", "11%"), Col("Abzug", "right", "11%"), Col(f"Zahlbetrag {currency}", "right", "16%")]
        body_rows = [[esc(r.number), d(r.doc_date), r.ours, num(r.gross), num(r.skonto), num(r.deduction) + ("*" if r.deduction else ""), fmt_number(r.paid, style)]
                     for r in rows]
        sums = (f"<tr><td colspan='3' class='b'>Summe</td><td class='r'>{fmt_number(sum((r.gross for r in rows), Decimal('0')), style)}</td>"
                f"<td class='r'>{num(sum((r.skonto for r in rows), Decimal('0')))}</td><td class='r'>{num(sum((r.deduction for r in rows), Decimal('0')))}</td>"
                f"<td class='r b'>{fmt_number(total, style)}</td></tr>")
        reasons = "".join(f"<p class='small'>* {esc(r.number)}: {esc(r.reason)}</p>" for r in rows if r.deduction)
        tail = (reasons + f"<p style='margin-top:6pt'>Die Gutschrift erfolgt auf Ihr Konto IBAN {payee_iban} mit Valuta {d(value_day)}.</p>"
                f"<p>Verwendungszweck: {esc(purpose)}</p>"
                f"<p>{pick(rng, ['Bei Rückfragen wenden Sie sich bitte an unsere Kreditorenbuchhaltung.', 'Bitte prüfen Sie den Ausgleich in Ihrer Buchhaltung.'])}</p>"
                f"<p>Mit freundlichen Grüßen<br/>{esc(payer.name)}</p>"
                f"<p class='tiny muted' style='margin-top:14pt'>{esc(payer.name)} · {tax_label} {payer_tax or ''} · "
                f"{'Firmenbuch ' + payer.extra['fn'] if country == 'AT' else payer.extra.get('hrb', 'Handelsregister CHE') } · "
                f"Dieses Avis wurde maschinell erstellt und ist ohne Unterschrift gültig.</p>")

        def body(chunk, index, is_last):
            return (head if index == 0 else f"<p class='b'>Zahlungsavis {esc(reference)} - Fortsetzung</p>") + \
                items_table(cols, chunk, zebra=False, extra_rows=[sums] if is_last else []) + (tail if is_last else "<p class='small r'>Fortsetzung nächste Seite</p>")
        sheet = paged_sheet(width, height, css, (56, 40, 42, 36), body_rows, body)
    else:
        theme = Theme.pick(rng, font="Courier", size=(7.5, 8.0), table="minimal")
        css = theme.css("p{margin:0} .rule{border-top:0.6pt dashed #000}")
        head = (f"<table style='width:100%'><tr><td style='width:60%' class='b'>{esc(payer.name.upper())}</td><td style='width:40%' class='r'>"
                f"Datum: {d(advice_day)}</td></tr></table><p>{esc(', '.join(payer.address))}</p>"
                f"<p class='b' style='margin-top:8pt'>Z A H L U N G S A V I S</p>"
                f"<table style='width:100%;margin-top:4pt'><tr><td style='width:50%'>Kreditor: {vendor_no or ''} {esc(payee.name)}</td>"
                f"<td style='width:50%'>Buchungskreis: {pick(rng, ['1000', '0001', '2100'])}</td></tr>"
                f"<tr><td>Zahlungsbeleg: {reference}</td><td>Zahlweg: {pick(rng, ['Überweisung (U)', 'SEPA-Überweisung', 'T'])}</td></tr>"
                f"<tr><td>Valuta: {d(value_day)}</td><td>Bankverbindung: {payee_iban}</td></tr></table><p class='rule'></p>")
        cols = [Col("BA", width="5%"), Col("Ihre Rechnung", width="17%"), Col("Belegdatum", width="12%"), Col("Unser Beleg", width="13%"),
                Col("Brutto", "right", "15%"), Col("Skonto", "right", "11%"), Col("Abzug", "right", "11%"), Col("Zahlbetrag", "right", "16%")]
        body_rows = [["GS" if r.credit else "RE", esc(r.number), d(r.doc_date), r.ours, fmt_number(r.gross, style), num(r.skonto), num(r.deduction),
                      fmt_number(r.paid, style)] for r in rows]
        sums = (f"<tr><td colspan='7' class='b'>Summe Zahlung {currency}</td><td class='r b'>{fmt_number(total, style)}</td></tr>")
        tail = (f"<p class='rule'></p><p>Verwendungszweck: {esc(purpose)}</p><p class='small'>{tax_label} {payer_tax or ''}</p>")

        def body(chunk, index, is_last):
            return (head if index == 0 else f"<p>Zahlungsavis {esc(reference)} (Fortsetzung)</p>") + \
                items_table(cols, chunk, zebra=False, extra_rows=[sums] if is_last else []) + (tail if is_last else "<p class='r'>Übertrag ...</p>")
        sheet = paged_sheet(width, height, css, (40, 36, 40, 30), body_rows, body,
                            footer=lambda n, c: f"<p class='r small'>Seite {n} von {c}</p>", footer_height=14)
    return Built(doc=doc, sheet=sheet, template=f"avis_{layout}_{country.lower()}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"reference": reference, "purpose": purpose, "rows": len(rows)})
