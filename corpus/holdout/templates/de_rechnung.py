"""German business letter invoice (DIN 5008 style Rechnung).

Sender line above the window address, an info block on the right (Rechnungsnummer, Rechnungsdatum,
Kundennummer, Lieferdatum / Leistungszeitraum, Ihre Bestellung), a salutation, Pos./Art.-Nr./
Bezeichnung/Menge/Einheit/Einzelpreis/Gesamtpreis, Nettobetrag + MwSt (one or two rates) =
Rechnungsbetrag, payment terms with optional Skonto, and the legal footer in columns (Geschäftsführer,
Amtsgericht HRB, USt-IdNr., Steuernummer, bank). Long orders continue over pages with Übertrag.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, paged_sheet, pick
from corpus.holdout.catalog import make_lines, totals_by_rate
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo, rate, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import account_code, bic, iban, make_company, person_name
from corpus.holdout.locales import Fmt
from corpus.holdout.render import A4

FAMILY = "de_rechnung"
DOCUMENT_TYPE = "invoice"


def build(rng: random.Random) -> Built:
    vendor = make_company(rng, "DE")
    customer = make_company(rng, "DE", with_tax=False)
    fmt = Fmt.pick(rng, "DE")
    issued, due, days = issue_and_due(rng, (10, 14, 14, 30, 30))
    number = pick(rng, [f"RE-{issued.year}-{rng.randrange(1, 9999):04d}", f"{issued.year}{rng.randrange(1, 999):04d}",
                        f"R{rng.randrange(100000, 999999)}", f"RG-{rng.randrange(10000, 99999)}"])
    long_order = chance(rng, 0.25)
    lines = make_lines(rng, "office_de", rng.randrange(26, 40) if long_order else rng.randrange(2, 9), codes=True)
    mixed = chance(rng, 0.2)
    for line in lines:
        line.tax_rate = Decimal(7) if mixed and chance(rng, 0.35) else Decimal(19)
    rates, bases, taxes, net, tax, total = totals_by_rate(lines)

    terms_style = pick(rng, ["netto", "bis", "skonto", "innerhalb", "ziel"])
    payment_terms = discount_terms = None
    due_date = None
    if terms_style == "netto":
        payment_terms = f"{days} Tage netto"
        terms_html = f"Zahlungsbedingungen: {payment_terms}"
    elif terms_style == "bis":
        due_date = due
        terms_html = f"Bitte überweisen Sie den Rechnungsbetrag bis zum {fmt.date(due)} auf unten genanntes Konto."
    elif terms_style == "skonto":
        payment_terms = f"{days} Tage netto" if days >= 14 else "30 Tage netto"
        discount_terms = f"2 % Skonto bei Zahlung innerhalb von {pick(rng, [7, 8, 10])} Tagen"
        terms_html = f"Zahlungsbedingungen: {payment_terms}<br/>Skonto: {discount_terms}"
    elif terms_style == "innerhalb":
        payment_terms = f"Zahlbar innerhalb von {days} Tagen ohne Abzug"
        terms_html = payment_terms + "."
    else:
        due_date = due
        terms_html = f"Zahlungsziel: {fmt.date(due)}"
    doc = Doc(document_type=DOCUMENT_TYPE, locale="DE", currency="EUR", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=due_date, payment_terms=payment_terms, discount_terms=discount_terms)
    if chance(rng, 0.75):
        doc.customer_id = account_code(rng, pick(rng, ["num", "KD", "num"]))

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.5, 9.5),
                       table=pick(rng, ["rules", "grid", "zebra", "header_fill"]))
    css = theme.css(".sender{font-size:6.5pt;text-decoration:underline} .subject{font-size:12pt;font-weight:bold}")
    width, height = A4
    contact = person_name(rng, "DE")
    info = [("Rechnungsnummer" if chance(rng, 0.7) else "Rechnungs-Nr.", esc(number)),
            ("Rechnungsdatum" if chance(rng, 0.7) else "Datum", fmt.date(issued))]
    if doc.customer_id:
        info.append((pick(rng, ["Kundennummer", "Kunden-Nr.", "Ihre Kundennummer"]), esc(doc.customer_id)))
    if chance(rng, 0.5):
        info.append(("Lieferdatum", fmt.date(issued - timedelta(days=rng.randrange(0, 6)))))
    else:
        start = issued.replace(day=1) - timedelta(days=1)
        info.append(("Leistungszeitraum", f"{fmt.date(start.replace(day=1))} – {fmt.date(start)}"))
    if chance(rng, 0.5):
        info.append(("Ihre Bestellung", f"{rng.randrange(4500000000, 4599999999)} vom "
                                         f"{fmt.date(issued - timedelta(days=rng.randrange(5, 25)))}"))
    info.append(("Ansprechpartner", esc(contact)))
    info_html = "".join(f'<tr><td style="width:48%">{k}:</td><td style="width:52%">{v}</td></tr>' for k, v in info)
    sender = f"{vendor.name} · {' · '.join(vendor.address)}"

    head_first = f"""
<table style="width:100%"><tr><td style="width:60%"></td><td style="width:40%;text-align:right">
{logo(vendor.name, rng, theme.accent)}<p class="b" style="margin-top:4pt">{esc(vendor.name)}</p>
<p class="small">{lines_html(vendor.address)}<br/>Tel. {esc(vendor.phone)}<br/>{esc(vendor.email)}</p></td></tr></table>
<table style="width:100%;margin-top:6pt"><tr><td style="width:55%"><p class="sender">{esc(sender)}</p>
<p>{esc(customer.name)}<br/>{lines_html(customer.address)}</p></td>
<td style="width:45%"><table class="kv" style="width:100%">{info_html}</table></td></tr></table>
<p class="subject" style="margin-top:16pt">{pick(rng, ["Rechnung", "RECHNUNG", "Rechnung Nr. " + esc(number)])}</p>
<p>Sehr geehrte Damen und Herren,<br/>{pick(rng, ["für unsere Lieferungen und Leistungen berechnen wir Ihnen:",
                                                  "wir erlauben uns, Ihnen folgende Leistungen in Rechnung zu stellen:",
                                                  "vielen Dank für Ihren Auftrag. Wir stellen Ihnen in Rechnung:"])}</p>
"""
    unit_col = chance(rng, 0.7)
    cols = [Col("Pos.", width="6%"), Col("Art.-Nr.", width="11%"), Col("Bezeichnung", width="37%" if unit_col else "45%"),
            Col("Menge", "right", "8%")] + ([Col("Einheit", width="8%")] if unit_col else []) + \
        [Col("Einzelpreis", "right", "14%"), Col("Gesamtpreis" if chance(rng, 0.5) else "Betrag", "right", "16%")]
    if mixed:
        cols.insert(-2, Col("USt.", "right", "6%"))
    money_cell = fmt.money if chance(rng, 0.4) else fmt.num
    rows = []
    for i, line in enumerate(lines, start=1):
        row = [str(i), esc(line.code), esc(line.description), fmt.qty(line.quantity)]
        if unit_col:
            row.append(esc(line.unit))
        if mixed:
            row.append(f"{rate(line.tax_rate)} %")
        row += [money_cell(line.unit_price), money_cell(line.amount)]
        rows.append(row)
    rows_with_amounts = list(zip(rows, [line.amount for line in lines], strict=True))
    net_label = pick(rng, ["Nettobetrag", "Summe netto", "Zwischensumme netto", "Warenwert netto"])
    total_label = pick(rng, ["Rechnungsbetrag", "Gesamtbetrag", "Bruttobetrag", "Endbetrag"])
    totals = [(net_label, fmt.money(net), False)]
    for r in rates:
        label = pick(rng, [f"zzgl. {rate(r)} % MwSt.", f"Umsatzsteuer {rate(r)} %", f"MwSt. {rate(r)} %"])
        if len(rates) > 1:
            label += f" auf {fmt.num(bases[r])}"
        totals.append((label, fmt.money(taxes[r]), False))
    totals.append((total_label, fmt.money(total), True))
    closing = f"<p style='margin-top:10pt'>{terms_html}</p><p>Mit freundlichen Grüßen<br/>{esc(vendor.name)}</p>"

    def body(chunk, index, is_last):
        head = head_first if index == 0 else (
            f"<p class='b'>Rechnung {esc(number)} vom {fmt.date(issued)} – Seite {index + 1}</p>")
        chunk_rows = [r for r, _ in chunk]
        page_sum = sum((a for _, a in chunk), Decimal("0.00"))
        before = sum((a for _, a in rows_with_amounts[:_offset(chunk)]), Decimal("0.00"))
        extra_top = []
        if index > 0:
            extra_top.append(f"<p class='r'>Übertrag: {fmt.money(before)}</p>")
        table = items_table(cols, chunk_rows, zebra=theme.table == "zebra")
        if is_last:
            return head + "".join(extra_top) + table + totals_table(totals, left="45%") + closing
        return head + "".join(extra_top) + table + f"<p class='r'>Übertrag: {fmt.money(before + page_sum)}</p>"

    def _offset(chunk) -> int:
        first_row = chunk[0][0]
        return next(i for i, (r, _) in enumerate(rows_with_amounts) if r is first_row)

    steuer = vendor.extra["steuernummer"]
    bank = pick(rng, ["Sparkasse KölnBonn", "Commerzbank AG", "Deutsche Bank", "Volksbank Mittelhessen eG",
                      "Berliner Sparkasse", "GLS Bank"])
    show_st = chance(rng, 0.6)

    def footer(page_no, count):
        col1 = f"{esc(vendor.name)}<br/>{lines_html(vendor.address)}"
        col2 = (f"Geschäftsführer: {esc(person_name(random.Random(vendor.name), 'DE'))}<br/>"
                f"Amtsgericht {esc(vendor.address[-1].split(' ', 1)[1])} {esc(vendor.extra['hrb'])}<br/>"
                f"USt-IdNr.: {esc(vendor.tax_id)}" + (f"<br/>Steuernummer: {esc(steuer)}" if show_st else ""))
        col3 = (f"{esc(bank)}<br/>IBAN: {esc(iban(random.Random(vendor.name + 'iban'), 'DE'))}<br/>"
                f"BIC: {esc(bic(random.Random(vendor.name + 'bic'), 'DE'))}")
        pages = f"<p class='tiny c'>Seite {page_no} von {count}</p>" if count > 1 else ""
        return (f"<table class='tiny' style='width:100%;border-top:0.5pt solid #999'><tr>"
                f"<td style='width:30%'>{col1}</td><td style='width:38%'>{col2}</td><td style='width:32%'>{col3}</td>"
                f"</tr></table>{pages}")

    sheet = paged_sheet(width, height, css, (56, 40, 45, 22), rows_with_amounts, body, footer=footer,
                        footer_height=62)
    return Built(doc=doc, sheet=sheet, template="din5008_rechnung", notes={"terms_style": terms_style})
