"""German and Austrian corrections of an earlier invoice — Rechnungskorrektur, Korrekturrechnung, Stornorechnung, Gutschrift —
in German, EUR, 2023-2025.

Three prints. `de_rechnungskorrektur` (a DIN 5008 letter: the sender line over the window, the info block with
Rechnungskorrektur-Nr. / Gutschrift-Nr., Datum, Kunden-Nr., Ihre USt-IdNr., "Bezug: Rechnung Nr. RE-2024-0311 vom
12.03.2024" and the original Leistungsdatum; "zu unserer Rechnung … erhalten Sie folgende Korrektur", the reason —
Rücksendung laut Lieferschein, Mengendifferenz, Mängelrüge, Jahresbonus —; Pos. / Art.-Nr. / Bezeichnung / Menge / Einheit /
Einzelpreis / Gesamt with negative amounts; Summe netto / zzgl. 19 % USt (7 % on some goods) / Korrekturbetrag; "Den Betrag
erstatten wir auf Ihr Konto …" or "… verrechnen wir mit unserer nächsten Rechnung"; the footer with Geschäftsführer,
Amtsgericht and HRB, USt-IdNr. and Steuernummer, bank), `de_korrektur_vergleich` (a Korrekturrechnung set against the
original: Pos. / Bezeichnung / Menge bisher / Menge neu / Einzelpreis bisher / Einzelpreis neu / Differenz, and the totals
as three columns "bisher berechnet", "richtig" and "Differenz" for Netto, USt and Brutto; German or Austrian),
`at_storno_gutschrift` (an Austrian Stornorechnung cancelling an invoice in full, or a Gutschrift for returned goods: UID
ATU…, Firmenbuchnummer and Firmenbuchgericht, the customer's UID, "Leistungszeitraum", 20 % / 10 % USt; the Gutschrift
sometimes prints its amounts without a minus, the word being the sign).

Truth: a `credit_note`, negative; vendor = the issuer with its USt-IdNr. / UID as the tax id (a small German firm that prints
only its Steuernummer has that); customer = the addressee (its own USt-IdNr. / UID a decoy), customer id = Kunden-Nr.;
id = the correction's own number (the corrected invoice's number and date, the Lieferschein and the original Leistungsdatum
are decoys); net = the difference in net, tax = the difference in USt, total = the Korrekturbetrag / Differenz brutto /
Gutschriftsbetrag (the original invoice's and the corrected totals are decoys); a correction set against the original keeps
each position's difference as an amount only; a bonus line is an amount only.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line, make_lines
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import iban, make_company
from corpus.holdout.fakes_ninth import at_iban, at_party
from corpus.holdout.fakes_seventeenth import other_party
from corpus.holdout.money import MONTHS, fmt_number, money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import beside, pts, rows_html, single_page
from corpus.holdout.templates._sixteenth import kv_rows, rate_totals

FAMILY = "de_at_rechnungskorrektur"
D = Decimal
QTY_REASONS = ["Rücksendung laut Lieferschein {ls} vom {day}", "Mengendifferenz laut Wareneingangsprüfung vom {day}", "Teilstornierung - Leistung nicht erbracht"]
PRICE_REASONS = ["Preisnachlass wegen Mängelrüge vom {day}", "Falscher Einzelpreis berechnet", "Nachträglich vereinbarter Sonderpreis"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["de_rechnungskorrektur", "de_rechnungskorrektur", "de_korrektur_vergleich", "at_storno_gutschrift"])
    austria = layout == "at_storno_gutschrift" or (layout == "de_korrektur_vergleich" and chance(rng, 0.35))
    issued = random_date(rng, date(2023, 1, 9), 1030)
    vendor = at_party(rng) if austria else make_company(rng, "DE")
    customer = other_party(rng, at_party if austria else (lambda r: make_company(r, "DE")), vendor)
    buyer_vat = customer.tax_id
    customer.tax_id = None
    steuer_only = not austria and chance(rng, 0.12)
    steuernummer = vendor.extra.get("steuernummer") or vendor.extra.get("stnr")
    if steuer_only:
        vendor.tax_id = steuernummer
    std = D(20) if austria else D(19)
    low = D(10) if austria else D(7)
    original_date = issued - timedelta(days=rng.randrange(5, 75))
    seq = rng.randrange(40, 4000)
    original_no = pick(rng, [f"RE-{original_date.year}-{seq:04d}", f"{original_date.year}{seq:05d}", f"R{seq:06d}", f"{seq}/{original_date.year}"])
    number = pick(rng, [f"RK-{issued.year}-{rng.randrange(1, 400):04d}", f"GS{issued.year % 100}-{rng.randrange(1, 900):04d}",
                        f"KR-{rng.randrange(1000, 9999)}", f"{issued.year}-K{rng.randrange(1, 500):03d}"])
    if layout == "at_storno_gutschrift":
        storno = chance(rng, 0.5)
        number = (f"ST-{issued.year}-{rng.randrange(1, 300):03d}" if storno else f"GS-{issued.year}-{rng.randrange(1, 900):04d}")
    else:
        storno = False
    client_no = f"{pick(rng, ['', 'K', 'KD-'])}{rng.randrange(10000, 99999)}" if chance(rng, 0.7) else None
    original = make_lines(rng, "office_de", rng.randrange(2, 7))
    rates_all = [low if chance(rng, 0.15) else std for _ in original]
    bonus = None
    shown: list[tuple] = []
    if storno:
        lines, rates = original, rates_all
    elif layout == "de_korrektur_vergleich":
        picks = rng.sample(range(len(original)), rng.randrange(1, min(3, len(original)) + 1))
        lines, rates = [], []
        for i in picks:
            li = original[i]
            if li.quantity and li.quantity >= 2 and chance(rng, 0.5):
                new_qty = li.quantity - D(rng.randrange(1, int(li.quantity)))
                diff = money((li.quantity - new_qty) * li.unit_price)
                shown.append((li.quantity, new_qty, li.unit_price, li.unit_price))
            else:
                new_price = money(li.unit_price * D(pick(rng, ["0.9", "0.85", "0.8", "0.95"])))
                diff = money(li.quantity * (li.unit_price - new_price))
                shown.append((li.quantity, li.quantity, li.unit_price, new_price))
            if diff <= 0:
                diff = D("0.01")
            lines.append(Line(li.description, None, None, diff, li.unit))
            rates.append(rates_all[i])
    elif chance(rng, 0.2) and layout == "de_rechnungskorrektur":
        turnover = money(round(rng.uniform(8000, 180000), -2))
        pct = D(pick(rng, ["2", "2.5", "3", "5"]))
        bonus = (turnover, pct)
        lines = [Line(f"Jahresbonus {issued.year - 1}: {fmt_number(pct, 'de', 1).replace(',0', '')} % auf den Nettoumsatz von {fmt_number(turnover, 'de')} EUR",
                      None, None, money(turnover * pct / 100))]
        rates = [std]
    else:
        picks = rng.sample(range(len(original)), rng.randrange(1, min(3, len(original)) + 1))
        lines, rates = [], []
        for i in picks:
            li = original[i]
            qty = D(rng.randrange(1, int(li.quantity) + 1)) if li.quantity and li.quantity >= 1 else li.quantity
            lines.append(Line(li.description, qty, li.unit_price, money(qty * li.unit_price), li.unit, li.code))
            rates.append(rates_all[i])
    bases, taxes, net, tax = rate_totals(lines, rates)
    total = net + tax
    doc = Doc(document_type="credit_note", locale="AT" if austria else "DE", currency="EUR", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, customer_id=client_no)
    plain = layout == "at_storno_gutschrift" and not storno and chance(rng, 0.5)

    def n(value: D, *, neg: bool = True) -> str:
        text = fmt_number(value, "de")
        return text if plain or not neg else f"-{text}"

    long_date = chance(rng, 0.25)

    def d(x: date) -> str:
        return f"{x.day}. {MONTHS['de'][x.month - 1]} {x.year}" if long_date else x.strftime("%d.%m.%Y")

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.2, 9.2), table=pick(rng, ["rules", "grid", "minimal", "zebra"]))
    css = theme.css(".t{font-size:13pt;font-weight:bold} .snd{font-size:6.5pt;text-decoration:underline;color:#444} .ft{font-size:6.4pt;color:#444}")
    width, height = A4
    W = width - 90
    uid_label = "UID" if austria else "USt-IdNr."
    sender = f"<p class='snd'>{esc(vendor.name)} · {esc(' · '.join(vendor.address))}</p>"
    window = f"<p>{esc(customer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in customer.address)
    title_word = ("Stornorechnung" if storno else "Gutschrift") if layout == "at_storno_gutschrift" else pick(rng, ["Rechnungskorrektur", "Korrekturrechnung", "Gutschrift"])
    if layout == "de_korrektur_vergleich":
        title_word = pick(rng, ["Korrekturrechnung", "Rechnungskorrektur"])
    price_change = any(a == b for a, b, _p, _q in shown)
    reason = pick(rng, PRICE_REASONS if price_change else QTY_REASONS).format(ls=f"LS-{rng.randrange(10000, 99999)}", day=d(issued - timedelta(days=rng.randrange(1, 10))))
    info = [(f"{title_word}-Nr.", f"<b>{number}</b>"), ("Datum", d(issued))] + ([("Kunden-Nr.", client_no)] if client_no else []) + [
        (f"Ihre {uid_label}", buyer_vat), ("Bezug", f"Rechnung Nr. {original_no} vom {d(original_date)}")]
    if layout == "at_storno_gutschrift":
        start = original_date.replace(day=1)
        info.append(("Leistungszeitraum", f"{d(start)} - {d(original_date)}"))
    else:
        info.append(("Leistungsdatum", d(original_date - timedelta(days=rng.randrange(0, 6)))))
    top = beside(sender + f"<div style='margin-top:6pt'>{window}</div>", kv_rows(info, (100, 165)), (W - 265, 265))
    heading = f"<p class='t' style='margin-top:20pt'>{title_word} Nr. {number}</p>"
    if bonus:
        intro = f"<p>Sehr geehrte Damen und Herren,</p><p>gemäß unserer Vereinbarung gewähren wir Ihnen für das Jahr {issued.year - 1} folgenden Bonus:</p>"
    elif storno:
        intro = f"<p>Sehr geehrte Damen und Herren,</p><p>hiermit stornieren wir unsere Rechnung Nr. {original_no} vom {d(original_date)} vollständig.</p>"
    else:
        intro = (f"<p>Sehr geehrte Damen und Herren,</p><p>zu unserer Rechnung Nr. {original_no} vom {d(original_date)} erhalten Sie folgende Korrektur.</p>"
                 f"<p>Grund: {esc(reason)}</p>")
    if layout == "de_korrektur_vergleich":
        cols = pts(W, 0.06, 0.34, 0.09, 0.09, 0.13, 0.13, 0.16)
        head = ["Pos.", "Bezeichnung", "Menge bisher", "Menge neu", "Einzelpreis bisher", "Einzelpreis neu", "Differenz"]
        rows = [[str(i), esc(li.description), fmt_number(a, "de", 0) if a == a.to_integral_value() else fmt_number(a, "de"),
                 fmt_number(b, "de", 0) if b == b.to_integral_value() else fmt_number(b, "de"), fmt_number(p, "de"), fmt_number(q, "de"), n(li.amount)]
                for i, (li, (a, b, p, q)) in enumerate(zip(lines, shown, strict=True), 1)]
        _ob, _ot, onet, otax = rate_totals(original, rates_all)
        new_net, new_tax = onet - net, otax - tax
        tw = pts(W * 0.75, 0.31, 0.23, 0.23, 0.23)
        trio = (f"<table class='items' style='margin-top:8pt'><tr><th style='width:{tw[0]}'></th><th style='width:{tw[1]};text-align:right'>bisher berechnet</th>"
                f"<th style='width:{tw[2]};text-align:right'>richtig</th><th style='width:{tw[3]};text-align:right'>Differenz</th></tr>"
                f"<tr><td>Netto</td><td class='r'>{fmt_number(onet, 'de')}</td><td class='r'>{fmt_number(new_net, 'de')}</td><td class='r'>{n(net)}</td></tr>"
                f"<tr><td>USt {std} %" + (f" / {low} %" if len(bases) > 1 else "") + f"</td><td class='r'>{fmt_number(otax, 'de')}</td>"
                f"<td class='r'>{fmt_number(new_tax, 'de')}</td><td class='r'>{n(tax)}</td></tr>"
                f"<tr><td class='b'>Brutto EUR</td><td class='r'>{fmt_number(onet + otax, 'de')}</td><td class='r'>{fmt_number(new_net + new_tax, 'de')}</td>"
                f"<td class='r b'>{n(total)}</td></tr></table>")
        closing_totals = trio
    else:
        cols = pts(W, 0.06, 0.1, 0.4, 0.08, 0.08, 0.13, 0.15)
        head = ["Pos.", "Art.-Nr.", "Bezeichnung", "Menge", "Einheit", "Einzelpreis", "Gesamt"]
        rows = [[str(i), li.code or f"{rng.randrange(10000, 99999)}", esc(li.description),
                 "" if li.quantity is None else (fmt_number(li.quantity, "de", 0) if li.quantity == li.quantity.to_integral_value() else fmt_number(li.quantity, "de")),
                 li.unit if li.quantity is not None else "", "" if li.unit_price is None else fmt_number(li.unit_price, "de"), n(li.amount)]
                for i, li in enumerate(lines, 1)]
        word = "Gutschriftsbetrag" if title_word == "Gutschrift" else ("Stornobetrag" if storno else "Korrekturbetrag")
        totals = [("Summe netto", f"{n(net)} €")] + [(f"zzgl. {r} % USt", f"{n(taxes[r])} €") for r in bases] + [(word, f"{n(total)} €")]
        closing_totals = f"<div style='margin-left:{W - 240:.0f}pt'>{rows_html(totals, widths=(150, 90))}</div>"
    numeric = {"Menge", "Einzelpreis", "Gesamt", "Differenz", "Menge bisher", "Menge neu", "Einzelpreis bisher", "Einzelpreis neu"}
    ths = "".join(f"<th style='width:{w};{'text-align:right' if h in numeric else ''}'>{h}</th>" for h, w in zip(head, cols, strict=True))
    body_rows = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'r' if h in numeric else ''}'>{c}</td>" for c, h, w in zip(row, head, cols, strict=True))
                        + "</tr>" for row in rows)
    table = f"<table class='items'><tr>{ths}</tr>{body_rows}</table>"
    settle = pick(rng, [f"Den Betrag von {fmt_number(total, 'de')} € erstatten wir Ihnen innerhalb von 14 Tagen auf Ihr Konto.",
                        "Den Betrag verrechnen wir mit unserer nächsten Rechnung.", "Bitte kürzen Sie Ihre Zahlung entsprechend."])
    legal = "" if austria else "<p class='small'>Diese Rechnungskorrektur berichtigt die oben genannte Rechnung gemäß § 31 Abs. 5 UStDV.</p>"
    closing = closing_totals + f"<p style='margin-top:10pt'>{settle}</p>{legal}<p style='margin-top:8pt'>Mit freundlichen Grüßen</p><p>{esc(vendor.name)}</p>"
    bank_iban = at_iban(rng) if austria else iban(rng, "DE")
    register = (f"{vendor.extra['court']} · {vendor.extra['fn']}" if austria else f"Amtsgericht {_court(vendor.address[-1])} · {vendor.extra['hrb']}")
    tax_line = f"Steuernummer: {steuernummer}" if steuer_only else f"{uid_label}: {vendor.tax_id}" + (f" · St.-Nr. {steuernummer}" if chance(rng, 0.5) else "")
    footer = (f"<table class='ft' style='border-top:0.5pt solid #999'><tr><td style='width:{W / 3 - 8:.0f}pt'>{esc(vendor.name)}<br/>{'<br/>'.join(esc(x) for x in vendor.address)}</td>"
              f"<td style='width:{W / 3 - 8:.0f}pt'>Geschäftsführung: {pick(rng, ['Anna Brandt', 'Thomas Huber', 'Markus Vogel', 'Sabine Leitner'])}<br/>{register}<br/>{tax_line}</td>"
              f"<td style='width:{W / 3 - 8:.0f}pt'>{pick(rng, ['Sparkasse', 'Volksbank', 'Raiffeisenbank', 'Commerzbank', 'Erste Bank'])}<br/>IBAN {bank_iban}</td></tr></table>")
    html = top + heading + intro + table + closing
    sheet = single_page(layout, width, height, css, [Box((50.0, 40.0, width - 40.0, height - 80.0), html), Box((50.0, height - 72.0, width - 40.0, height - 24.0), footer)])
    return Built(doc=doc, sheet=sheet, template=layout, notes={"original": original_no, "original_date": original_date.isoformat(), "buyer_vat": buyer_vat,
                                                              "storno": storno, "plain": plain, "steuer_only": steuer_only})


def _court(city_line: str) -> str:
    city = city_line.split(" ", 1)[-1]
    return "Berlin-Charlottenburg" if city == "Berlin" else city
