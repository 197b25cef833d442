"""Austrian Rechnung (USt 20 % / 10 %), German labels as Austrian businesses print them.

Three prints: a letter after ÖNORM A 1080 (sender line over the address window, info block with
Rechnungsnummer / Rechnungsdatum / Kundennummer / Lieferschein-Nr. / Leistungsdatum / Ihre UID-Nr., Pos.
/ Art.-Nr. / Bezeichnung / Menge / Einzelpreis / USt / Gesamt, "Summe netto", "zzgl. 20 % USt von € x",
"Rechnungsbetrag", the legal footer in columns with Firmenbuchnummer, Firmenbuchgericht, UID, IBAN and
BIC); an ERP print (boxed head, article numbers, a tax table Steuersatz / Netto / USt / Brutto with its
totals row, sometimes an Akontozahlung taken off before the "Restbetrag"); and a tradesman's invoice
(Installateur / Elektriker / Tischler: Baustelle, Regiebericht number, Arbeitszeit hours x Stundensatz,
material, Fahrtpauschale, 20 % only, often to a private customer).

Dates as printed in Austria: `15.03.2024` or `15. Jänner 2024` (the Austrian month name, `money.MONTHS["at"]`);
amounts `€ 1.234,56`, `1.234,56 €` or `EUR 1.234,56`.

Truth: vendor = the letterhead firm; tax id = its UID as printed (`ATU12345678`, check digit); the
Firmenbuchnummer (`FN 123456 a`), its court, the Steuernummer, the customer's UID, IBAN / BIC, Lieferschein-,
Bestell- and Regiebericht numbers, the Leistungsdatum / Lieferdatum and the Baustelle address are decoys.
Customer id = Kundennummer when printed. Net = Summe netto / Nettobetrag, tax = the USt (the sum of the
per-rate lines when no combined figure is printed), total = Rechnungsbetrag / Gesamtbetrag (an Akonto
deduction makes the Restbetrag a decoy). A Skonto condition "3% Skonto bei Zahlung binnen 10 Tagen, 30 Tage
netto" splits into discount_terms (the Skonto part) and payment_terms (the net part), both as printed.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line, make_lines, totals_by_rate
from corpus.holdout.components import Col, Theme, esc, lines_html, logo, rate, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eighth import fmt_of
from corpus.holdout.fakes_ninth import at_iban, at_party, at_person
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._eighth import flowing_sheet

FAMILY = "at_rechnung"
DOCUMENT_TYPE = "invoice"
REDUCED = [("Fachbuch Bauphysik, 4. Auflage", "Stk.", 39, 89), ("Seminarverpflegung pro Person", "Pers.", 18, 35),
           ("Nächtigung Einzelzimmer inkl. Frühstück", "Nächte", 79, 149), ("Fachzeitschrift Jahresabo", "Stk.", 60, 180)]
TRADES = {"Installateur": ("Installateur-Meister", [("Kugelhahn DN 20", 14, 32), ("Mehrschichtverbundrohr 16 mm (lfm)", 3, 7),
                                                     ("Heizkörperventil thermostatisch", 28, 65), ("Pressfittinge Sortiment", 25, 90)]),
          "Elektrotechnik": ("Elektrotechniker", [("FI-Schutzschalter 40A 30mA", 45, 110), ("Schuko-Steckdose UP weiß", 6, 14),
                                                  ("NYM-J 3x1,5 mm² (lfm)", 1, 3), ("LED-Einbaustrahler 7W", 18, 45)]),
          "Tischlerei": ("Tischlermeister", [("Dreischichtplatte Fichte 19 mm (m²)", 28, 55), ("Beschläge und Kleinmaterial", 15, 80),
                                             ("Massivholzleiste Eiche", 9, 24), ("Lack seidenmatt 0,75 l", 22, 40)])}
BANKS = [("Raiffeisenlandesbank", "RZOOAT2L"), ("Erste Bank", "GIBAATWWXXX"), ("UniCredit Bank Austria", "BKAUATWW"),
         ("Oberbank", "OBKLAT2L"), ("BAWAG P.S.K.", "BAWAATWW"), ("Volksbank Wien", "VBOEATWW")]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["letter", "erp", "handwerk"])
    vendor = at_party(rng)
    customer = at_party(rng)
    private = layout == "handwerk" and chance(rng, 0.5)
    if private:
        customer.name = pick(rng, ["Herr ", "Frau ", ""]) + at_person(rng)
    issued = random_date(rng)
    months = chance(rng, 0.3)
    fmt = fmt_of("AT", "EUR", number_style="de", symbol=pick(rng, ["€", "€", "EUR"]), position=pick(rng, ["pre_space", "post_space"]),
                 date_pattern="d_month_y_de" if months else "dmy_dot", lang="at")
    m, num = fmt.money, fmt.num
    number = pick(rng, [f"{issued.year}-{rng.randrange(1, 9999):04d}", f"RE{issued.strftime('%y')}{rng.randrange(1, 99999):05d}",
                        f"{rng.randrange(10000, 999999)}", f"AR-{issued.year}/{rng.randrange(1, 999):03d}"])

    if layout == "handwerk":
        trade = pick(rng, list(TRADES))
        vendor.name = f"{pick(rng, ['Gruber', 'Pichler', 'Moser', 'Hofer', 'Leitner'])} {trade} {pick(rng, ['GmbH', 'e.U.', 'KG'])}"
        title, material = TRADES[trade]
        hours = Decimal(rng.randrange(2, 32)) / 2
        hourly = money(pick(rng, [68, 72, 78, 84, 89, 95]))
        lines = [Line(f"Arbeitszeit {title}", hours, hourly, money(hours * hourly), unit="Std.")]
        if chance(rng, 0.5):
            helper = Decimal(rng.randrange(2, 20)) / 2
            helper_rate = money(pick(rng, [48, 52, 56, 59]))
            lines.append(Line("Arbeitszeit Monteur/Helfer", helper, helper_rate, money(helper * helper_rate), unit="Std."))
        for desc, low, high in rng.sample(material, rng.randrange(1, 4)):
            qty = Decimal(pick(rng, [1, 2, 3, 4, 5, 10, 12]))
            price = money(rng.uniform(low, high))
            lines.append(Line(desc, qty, price, money(qty * price), unit="Stk."))
        if chance(rng, 0.7):
            lines.append(Line("Fahrtpauschale", Decimal(1), money(pick(rng, [35, 39, 45, 49])), Decimal("0.00"), unit="pausch."))
            lines[-1].amount = lines[-1].unit_price
        for line in lines:
            line.tax_rate = Decimal(20)
    else:
        lines = make_lines(rng, "office_de", rng.randrange(2, 12) if chance(rng, 0.8) else rng.randrange(18, 30), codes=True)
        for line in lines:
            line.tax_rate = Decimal(20)
        if chance(rng, 0.3):
            for desc, unit, low, high in rng.sample(REDUCED, rng.randrange(1, 3)):
                qty = Decimal(pick(rng, [1, 2, 4, 6, 12]))
                price = money(rng.uniform(low, high))
                lines.append(Line(desc, qty, price, money(qty * price), unit=unit, code=f"{rng.randrange(10000, 99999)}",
                                  tax_rate=Decimal(10)))
    rates, bases, taxes, net, tax, total = totals_by_rate(lines)

    style = pick(rng, ["skonto", "skonto", "netto", "prompt", "due"])
    payment_terms = discount_terms = due_date = None
    if style == "skonto":
        pct, days = pick(rng, [(3, 10), (2, 14), (2, 8), (3, 8)])
        discount_terms = pick(rng, [f"{pct}% Skonto bei Zahlung binnen {days} Tagen", f"{pct} % Skonto innerhalb {days} Tagen",
                                    f"{pct}% Skonto bei Zahlung innerhalb von {days} Tagen"])
        payment_terms = f"{pick(rng, [30, 30, 45, 60])} Tage netto"
        terms_html = f"Zahlungskonditionen: {esc(discount_terms)}, {esc(payment_terms)}"
    elif style == "netto":
        payment_terms = f"Zahlbar innerhalb von {pick(rng, [8, 14, 14, 30])} Tagen ohne Abzug"
        terms_html = f"Zahlungsbedingungen: {esc(payment_terms)}"
    elif style == "prompt":
        payment_terms = pick(rng, ["Zahlbar prompt netto Kassa", "prompt ohne Abzug"])
        terms_html = f"Zahlungsbedingung: {esc(payment_terms)}"
    else:
        due_date = issued + timedelta(days=pick(rng, [14, 21, 30]))
        terms_html = f"Fällig am: {fmt.date(due_date)}"
    customer_id = f"{rng.randrange(10000, 99999)}" if chance(rng, 0.65) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale="AT", currency="EUR", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, payment_terms=payment_terms, discount_terms=discount_terms,
              due_date=due_date, customer_id=customer_id)
    delivered = issued - timedelta(days=rng.randrange(1, 20))
    delivery_note = f"LS-{rng.randrange(10000, 99999)}"
    bank, swift = pick(rng, BANKS)
    iban = at_iban(rng)
    manager = at_person(rng)
    customer_uid = None if private else customer.tax_id

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.5),
                       table=pick(rng, ["rules", "grid", "zebra", "header_fill"]))
    css = theme.css(".sender{font-size:6.5pt;text-decoration:underline} .subj{font-size:12pt;font-weight:bold} .foot td{font-size:6.5pt;color:#555}"
                    " .cell{border:0.6pt solid #888;padding:2pt 4pt}")
    width, height = A4
    foot = (f"<table class='foot' style='width:100%;margin-top:14pt;border-top:0.5pt solid #999'><tr>"
            f"<td style='width:25%'>{esc(vendor.name)}<br/>{lines_html(vendor.address)}<br/>Tel. {vendor.phone}</td>"
            f"<td style='width:25%'>Firmenbuch: {vendor.extra['fn']}<br/>{vendor.extra['court']}<br/>UID: {vendor.tax_id}</td>"
            f"<td style='width:28%'>{bank}<br/>IBAN: {iban}<br/>BIC: {swift}</td>"
            f"<td style='width:22%'>Geschäftsführung:<br/>{esc(manager)}<br/>{vendor.email}</td></tr></table>")
    vat_rows = [(f"zzgl. {rate(r)} % USt von {m(bases[r])}", m(taxes[r]), False) for r in rates]

    def unit_of(li: Line) -> str:
        return esc(li.unit or "Stk.")

    if layout == "letter":
        info = [("Rechnungsnummer", esc(number)), ("Rechnungsdatum", fmt.date(issued))]
        if customer_id:
            info.append(("Kundennummer", customer_id))
        info += [("Lieferschein-Nr.", delivery_note), ("Leistungsdatum", fmt.date(delivered))]
        if customer_uid:
            info.append(("Ihre UID-Nr.", customer_uid))
        info.append(("Sachbearbeiter/in", esc(at_person(rng))))
        info_html = "<table class='kv'>" + "".join(f"<tr><td class='small' style='width:85pt'>{k}</td><td style='width:95pt'>{v}</td></tr>"
                                                   for k, v in info) + "</table>"
        head = (f"<table style='width:100%'><tr><td style='width:62%'>{logo(vendor.name, rng, theme.accent)}</td><td style='width:38%' class='r'>"
                f"<p class='b'>{esc(vendor.name)}</p><p class='small'>{lines_html(vendor.address)}</p><p class='small'>{vendor.phone}</p></td></tr></table>"
                f"<table style='width:100%;margin-top:12pt'><tr><td style='width:60%'><p class='sender'>{esc(vendor.name)} · {esc(' · '.join(vendor.address))}</p>"
                f"<p style='margin-top:4pt'>{'Firma<br/>' if not private and chance(rng, 0.3) else ''}{esc(customer.name)}<br/>{lines_html(customer.address)}</p></td>"
                f"<td style='width:40%'>{info_html}</td></tr></table>"
                f"<p class='subj' style='margin-top:14pt'>Rechnung Nr. {esc(number)}</p>"
                "<p>Sehr geehrte Damen und Herren,<br/>wir erlauben uns, Ihnen folgende Lieferungen und Leistungen in Rechnung zu stellen:</p>")
        cols = [Col("Pos.", width="24pt"), Col("Art.-Nr.", width="48pt"), Col("Bezeichnung", width="175pt"), Col("Menge", "right", "38pt"),
                Col("Einzelpreis", "right", "58pt"), Col("USt", "right", "28pt"), Col("Gesamt", "right", "62pt")]
        rows = [[str(i), esc(li.code), esc(li.description), f"{fmt.qty(li.quantity)} {unit_of(li)}", num(li.unit_price), f"{rate(li.tax_rate)} %",
                 num(li.amount)] for i, li in enumerate(lines, 1)]
        tot = [("Summe netto", m(net), False), *vat_rows]
        if len(rates) > 1 and chance(rng, 0.5):
            tot.append(("USt gesamt", m(tax), False))
        tot.append(("Rechnungsbetrag", m(total), True))
        tail = (totals_table(tot, width="50%", left="50%") + f"<p style='margin-top:8pt'>{terms_html}</p>"
                + f"<p>Bitte überweisen Sie unter Angabe der Rechnungsnummer auf unser Konto bei der {bank}.</p>"
                + "<p>Mit freundlichen Grüßen</p>" + foot)
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                              continued=lambda i: f"<p class='b'>Rechnung Nr. {esc(number)} – Seite {i + 1}</p>", more="Übertrag nächste Seite")
        template = "at_letter"
    elif layout == "erp":
        order = f"{pick(rng, ['BE', 'B', 'PO'])}{rng.randrange(10**4, 10**6)}"
        cells = [("Rechnung Nr.", esc(number)), ("Datum", fmt.date(issued)), ("Kunden-Nr.", customer_id or "–"),
                 ("Ihre Bestellung", order), ("Lieferschein", f"{delivery_note} vom {fmt.date(delivered)}")]
        if customer_uid:
            cells.append(("UID Kunde", customer_uid))
        boxes = "<table style='width:100%'>" + "".join(
            f"<tr><td class='cell small' style='width:38%'>{k}</td><td class='cell' style='width:62%'>{v}</td></tr>" for k, v in cells) + "</table>"
        head = (f"<table style='width:100%'><tr><td class='band' style='width:100%'><b style='font-size:13pt'>{esc(vendor.name)}</b> · "
                f"{esc(', '.join(vendor.address))} · UID {vendor.tax_id}</td></tr></table>"
                f"<table style='width:100%;margin-top:10pt'><tr><td style='width:52%'><p class='small muted'>Rechnungsempfänger</p><p class='b'>{esc(customer.name)}</p>"
                f"<p>{lines_html(customer.address)}</p></td><td style='width:48%'><p class='subj'>RECHNUNG</p>{boxes}</td></tr></table>")
        cols = [Col("Artikel", width="55pt"), Col("Bezeichnung", width="185pt"), Col("Menge", "right", "35pt"), Col("ME", width="32pt"),
                Col("Preis", "right", "58pt"), Col("Betrag", "right", "62pt")]
        rows = [[esc(li.code), esc(li.description) + (" *" if li.tax_rate == 10 else ""), fmt.qty(li.quantity), unit_of(li), num(li.unit_price), num(li.amount)]
                for li in lines]
        tax_table = ("<table class='items' style='width:70%'><tr><th>Steuersatz</th><th style='text-align:right'>Netto</th>"
                     "<th style='text-align:right'>USt</th><th style='text-align:right'>Brutto</th></tr>"
                     + "".join(f"<tr><td>{rate(r)} %</td><td class='r'>{num(bases[r])}</td><td class='r'>{num(taxes[r])}</td>"
                               f"<td class='r'>{num(bases[r] + taxes[r])}</td></tr>" for r in rates)
                     + f"<tr><td class='b'>Summe</td><td class='r b'>{num(net)}</td><td class='r b'>{num(tax)}</td><td class='r b'>{num(total)}</td></tr></table>")
        akonto = money(total * Decimal(pick(rng, ["0.3", "0.5"]))) if chance(rng, 0.25) else None
        tot = [("Nettobetrag", m(net), False), ("USt", m(tax), False), ("Gesamtbetrag", m(total), True)]
        if akonto:
            tot += [(f"abzgl. Akontozahlung vom {fmt.date(issued - timedelta(days=rng.randrange(20, 60)))}", m(akonto), False),
                    ("Restbetrag", m(total - akonto), True)]
        tail = (tax_table + ("<p class='small'>* ermäßigter Steuersatz 10 %</p>" if len(rates) > 1 else "") + totals_table(tot, width="55%", left="45%")
                + f"<p style='margin-top:8pt'>{terms_html}</p><p class='small'>Bankverbindung: {bank}, IBAN {iban}, BIC {swift}</p>"
                + f"<p class='small muted'>{vendor.extra['fn']}, {vendor.extra['court']} · St.Nr. {vendor.extra['stnr']}</p>")
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                              continued=lambda i: f"<p class='b'>Rechnung {esc(number)} · Seite {i + 1}</p>", more="Übertrag")
        template = "at_erp"
    else:
        site = at_party(rng).address
        report = f"{rng.randrange(100, 9999)}"
        head = (f"<table style='width:100%'><tr><td style='width:58%'>{logo(vendor.name, rng, theme.accent)}<p class='b' style='font-size:12pt'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}<br/>Tel. {vendor.phone}<br/>UID-Nr.: {vendor.tax_id}</p></td>"
                f"<td style='width:42%'><p class='subj'>RECHNUNG</p><p>Nr.: {esc(number)}</p><p>Datum: {fmt.date(issued)}</p>"
                + (f"<p>Kd.-Nr.: {customer_id}</p>" if customer_id else "")
                + f"</td></tr></table><table style='width:100%;margin-top:10pt'><tr><td style='width:52%'>{esc(customer.name)}<br/>{lines_html(customer.address)}</td>"
                f"<td style='width:48%'><p class='small'>Baustelle: {esc(', '.join(site))}</p><p class='small'>Ausführung: {fmt.date(delivered)} "
                f"bis {fmt.date(delivered + timedelta(days=rng.randrange(1, 5)))}</p><p class='small'>lt. Regiebericht Nr. {report}</p></td></tr></table>")
        cols = [Col("Leistung / Material", width="230pt"), Col("Menge", "right", "55pt"), Col("EP", "right", "65pt"), Col("Betrag", "right", "70pt")]
        rows = [[esc(li.description), f"{fmt.qty(li.quantity)} {unit_of(li)}", num(li.unit_price), num(li.amount)] for li in lines]
        tot = [("Summe netto", m(net), False), ("20 % USt", m(tax), False), ("Gesamtbetrag", m(total), True)]
        tail = (totals_table(tot) + f"<p style='margin-top:8pt'>{terms_html}</p>"
                + f"<p class='small'>{bank} · IBAN {iban} · BIC {swift}</p>"
                + f"<p class='small muted'>{vendor.extra['fn']} · {vendor.extra['court']}</p><p>Vielen Dank für Ihren Auftrag!</p>")
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, continued=lambda i: f"<p class='b'>Rechnung {esc(number)} (Fortsetzung)</p>")
        template = "at_handwerk"
    return Built(doc=doc, sheet=sheet, template=template, png_scan_ok=len(sheet.pages) == 1,
                 notes={"fn": vendor.extra["fn"], "customer_uid": customer_uid, "delivery_note": delivery_note, "iban": iban,
                        "rates": [rate(r) for r in rates]})
