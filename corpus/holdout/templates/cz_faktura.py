"""Czech "Faktura – daňový doklad" (DPH 21 % / 12 %, from 2024).

Three prints: an accounting-program print in the manner of POHODA / Money S3 ("FAKTURA – DAŇOVÝ DOKLAD
č. 2024010123", boxes Dodavatel / Odběratel with IČ and DIČ, the registration line "Společnost je zapsána v
obchodním rejstříku vedeném Městským soudem v Praze, oddíl C, vložka 12345", Variabilní symbol,
Konstantní symbol, Objednávka č., bankovní účet `123456789/0100` with IBAN and SWIFT, Datum vystavení /
Datum zdanitelného plnění / Datum splatnosti, Forma úhrady: převodem, Označení dodávky / Počet m.j. / Cena
za m.j. / DPH % / Bez DPH / Celkem, "Rekapitulace DPH v Kč" Základ / Sazba / DPH / Celkem, Celkem k úhradě,
sometimes Zaplaceno zálohou and Zbývá uhradit, Vystavil / Převzal); an online invoicing app's print in the
manner of Fakturoid / iDoklad ("Faktura 2024-0042" with "daňový doklad" under it, a K úhradě box with the
amount, bankovní účet, variabilní symbol, dates `15. 3. 2024`, Položka / Množství / Cena za MJ / DPH /
Celkem bez DPH, Celkem bez DPH / DPH 21 % / DPH 12 % / Celkem k úhradě, a "QR Platba" code; sole traders
"Fyzická osoba zapsaná v živnostenském rejstříku" with a DIČ built on the birth number); and a wholesaler's
ERP print (Kód / Název zboží / Množství / MJ / Cena za MJ bez DPH / Sazba / Celkem bez DPH, Dodací list č.,
Číslo zákazníka, Konečný příjemce address, long orders over pages with "Převod na další stranu").

Amounts `12 345,60 Kč` or `12 345,60 CZK`; dates `15.03.2024`, `15. 3. 2024` or `15. března 2024`.

Truth: vendor = the Dodavatel; tax id = its DIČ as printed (`CZ12345678`, or `CZ` + a 10-digit birth number
for a sole trader); the IČO (mod-11 check), the customer's IČ / DIČ, the registration line, variabilní and
konstantní symbol, order and delivery-note numbers, account number, IBAN and SWIFT, the Datum zdanitelného
plnění and the Konečný příjemce address are decoys. Id = the invoice number (Číslo faktury). Net = Celkem
bez DPH (the base total), tax = DPH celkem (the per-rate lines summed where no combined figure is printed),
total = Celkem k úhradě / Celkem s DPH (an advance payment and the Zbývá uhradit after it are decoys).
Document date = Datum vystavení; due date = Datum splatnosti. "Forma úhrady: převodem" is the means of
payment, not the terms; payment terms only where "splatnost 14 dní" is printed as such.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line, totals_by_rate
from corpus.holdout.components import Col, Theme, esc, lines_html, logo, rate, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eighth import fmt_of
from corpus.holdout.fakes_tenth import cz_account, cz_party
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._eighth import flowing_sheet
from corpus.holdout.templates._tenth import qr_under_body

FAMILY = "cz_faktura"
DOCUMENT_TYPE = "invoice"
STANDARD = [("Kancelářský papír A4 80 g (karton 5 bal.)", "kart", 420, 690), ("Toner HP 26X černý", "ks", 1900, 3400), ("Kancelářská židle ergonomická", "ks", 2900, 8900),
            ("Montáž a zprovoznění zařízení", "hod", 450, 950), ("Servisní prohlídka plynového kotle", "ks", 1200, 2600), ("Doprava", "km", 14, 28),
            ("Kabel CYKY-J 3x2,5 (m)", "m", 24, 48), ("Jistič 16A/1 char. B", "ks", 95, 190), ("Programátorské práce", "hod", 850, 1650),
            ("Pronájem lešení (týden)", "týd", 1800, 4200), ("Sádrokartonová deska 12,5 mm", "ks", 160, 260), ("Úklidové služby – kanceláře", "m2", 18, 35),
            ("Tisk letáků A5, 4/4, 135 g", "ks", 2, 5), ("Licence software – roční předplatné", "ks", 3900, 24000), ("Paleta EUR", "ks", 250, 390),
            ("Stretch fólie 500 mm", "role", 180, 320), ("Konzultace – daňové poradenství", "hod", 1200, 2400), ("Pracovní rukavice nitril (bal. 12 párů)", "bal", 140, 290)]
REDUCED = [("Balená voda 1,5 l (bal. 6 ks)", "bal", 55, 95), ("Káva zrnková 1 kg", "ks", 320, 590), ("Ubytování – jednolůžkový pokoj", "noc", 1400, 2900),
           ("Občerstvení – catering pro 20 osob", "ks", 3900, 9800), ("Minerální voda Magnesia 0,5 l (bal. 12 ks)", "bal", 140, 220),
           ("Čaj porcovaný (bal. 100 ks)", "bal", 120, 260)]
KS = {"0008": "dodávka zboží", "0308": "služby", "0558": "ostatní bezhotovostní platby"}


def _lines(rng: random.Random, count: int, reduced_share: float) -> list[Line]:
    pool = [(d, u, lo, hi, Decimal(21)) for d, u, lo, hi in STANDARD] + [(d, u, lo, hi, Decimal(12)) for d, u, lo, hi in REDUCED]
    lines, seen = [], set()
    while len(lines) < count:
        desc, unit, low, high, vat = pick(rng, pool) if chance(rng, reduced_share) else pick(rng, pool[:len(STANDARD)])
        if desc in seen:
            if unit not in ("ks", "bal", "kart", "role") or "–" in desc:
                continue
            desc = f"{desc}, {pick(rng, ['bílá', 'černá', 'varianta B', 'velikost L', 'balení XL', 'typ 2', 'šedá', 'eko'])}"
            if desc in seen:
                continue
        seen.add(desc)
        qty = Decimal(rng.randrange(1, 17)) / 2 if unit == "hod" else Decimal(pick(rng, [1, 1, 2, 3, 4, 5, 10, 12, 20, 25, 50, 100]))
        if unit in ("km", "m", "m2"):
            qty = Decimal(rng.randrange(10, 400))
        elif high < 10:
            qty = Decimal(pick(rng, [500, 1000, 2500, 5000]))
        elif high > 1500 and unit != "hod":
            qty = Decimal(pick(rng, [1, 1, 1, 2, 3, 5]))
        price = money(round(rng.uniform(low, high))) if high > 200 and chance(rng, 0.6) else money(rng.uniform(low, high))
        if qty != qty.to_integral_value():
            price = (price * 2).quantize(Decimal(1)) / 2
        lines.append(Line(desc, qty, money(price), money(qty * price), unit, tax_rate=vat))
    return lines


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["pohoda", "online", "velkoobchod"])
    sole = layout == "online" and chance(rng, 0.4)
    vendor = cz_party(rng, person=sole)
    customer = cz_party(rng)
    issued = random_date(rng, date(2024, 1, 2), 540)
    pattern = pick(rng, ["dmy_dot", "dmy_dot", "d_m_y_cz"]) if layout != "online" else pick(rng, ["d_m_y_cz", "d_m_y_cz", "dmy_dot", "d_month_y_de"])
    fmt = fmt_of("CZ", "CZK", number_style=pick(rng, ["fr", "fr_nbsp"]), symbol=pick(rng, ["Kč", "Kč", "CZK"]), position="post_space",
                 date_pattern=pattern, lang="cs")
    m, num = fmt.money, fmt.num
    seq = rng.randrange(1, 2999)
    number = pick(rng, [f"{issued.year}{seq:06d}", f"{issued.year % 100:02d}{rng.randrange(1, 13):02d}{seq:04d}", f"FV{issued.year}{seq:05d}",
                        f"{issued.year}-{seq:04d}"])
    vs = "".join(ch for ch in number if ch.isdigit())[-10:]
    days = pick(rng, [7, 10, 14, 14, 14, 21, 30])
    due = issued + timedelta(days=days)
    taxable = issued - timedelta(days=rng.randrange(0, 12)) if chance(rng, 0.45) else issued
    count = rng.randrange(1, 9) if layout != "velkoobchod" else (rng.randrange(4, 14) if chance(rng, 0.55) else rng.randrange(26, 40))
    lines = _lines(rng, count, 0.25 if layout != "velkoobchod" else 0.4)
    if layout == "velkoobchod":
        for li in lines:
            li.code = f"{pick(rng, ['', 'A', 'ZB'])}{rng.randrange(10000, 999999)}"
    rates, bases, taxes, net, tax, total = totals_by_rate(lines)
    show_terms = layout == "online" and chance(rng, 0.5)
    terms = pick(rng, [f"splatnost {days} dní", f"Splatnost {days} dnů", f"{days} dní od vystavení"]) if show_terms else None
    customer_id = f"{rng.randrange(10000, 99999)}" if layout == "velkoobchod" and chance(rng, 0.7) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale="CZ", currency="CZK", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=customer_id)
    account, iban_text, bank, swift = cz_account(rng)
    ks = pick(rng, list(KS))
    order = f"{pick(rng, ['OBJ', 'PO', ''])}{rng.randrange(1000, 99999)}"
    advance = money(total * Decimal(pick(rng, ["0.3", "0.5"]))) if layout == "pohoda" and chance(rng, 0.25) else None
    issuer = pick(rng, ["Jana Nováková", "Petr Dvořák", "Lucie Černá", "Martin Horák", "Eva Pokorná"])
    reg = ("Fyzická osoba zapsaná v živnostenském rejstříku." if sole else
           f"Společnost je zapsána v obchodním rejstříku vedeném {vendor.extra['court']}, oddíl {vendor.extra['section']}, vložka {vendor.extra['insert']}.")
    combined_tax = len(rates) == 1 or chance(rng, 0.5)
    vat_rows = [(f"DPH {rate(r)} %", m(taxes[r]), False) for r in rates]
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.5, 9.0))
    css = theme.css(".ttl{font-size:15pt;font-weight:bold} .lbl{font-size:7pt;color:#555} .cell{border:0.6pt solid #777;padding:3pt 4pt}"
                    " .hero{font-size:16pt;font-weight:bold}")
    width, height = A4
    party_ids = lambda p, own: (f"IČ: {p.extra['ico']}" + (f"&#160;&#160;DIČ: {p.tax_id}" if p.tax_id else ""))  # noqa: E731

    if layout == "pohoda":
        head_title = f"FAKTURA – DAŇOVÝ DOKLAD č. {esc(number)}"
        vendor_box = (f"<p class='lbl'>Dodavatel:</p><p class='b'>{esc(vendor.name)}</p><p>{lines_html(vendor.address)}</p><p>{party_ids(vendor, True)}</p>"
                      f"<p class='tiny muted'>{esc(reg)}</p><p class='small'>Tel.: {vendor.phone}<br/>E-mail: {vendor.email}</p>")
        pay_box = (f"<table class='kv'><tr><td class='small'>Variabilní symbol:</td><td class='b'>{vs}</td></tr><tr><td class='small'>Konstantní symbol:</td><td>{ks}</td></tr>"
                   f"<tr><td class='small'>Objednávka č.:</td><td>{order}</td></tr></table>"
                   f"<p class='small' style='margin-top:4pt'>Bankovní účet: <b>{account}</b><br/>{esc(bank)}<br/>IBAN: {iban_text}<br/>SWIFT: {swift}</p>")
        cust_box = (f"<p class='lbl'>Odběratel:</p><p class='b'>{esc(customer.name)}</p><p>{lines_html(customer.address)}</p><p>{party_ids(customer, False)}</p>")
        dates = (f"<table class='kv'><tr><td class='small'>Datum vystavení:</td><td>{fmt.date(issued)}</td></tr>"
                 f"<tr><td class='small'>Datum zdanitelného plnění:</td><td>{fmt.date(taxable)}</td></tr>"
                 f"<tr><td class='small'>Datum splatnosti:</td><td class='b'>{fmt.date(due)}</td></tr>"
                 f"<tr><td class='small'>Forma úhrady:</td><td>{pick(rng, ['Převodem', 'převodem', 'Příkazem'])}</td></tr></table>")
        head = (f"<table style='width:100%'><tr><td style='width:50%'>{logo(vendor.name, rng, theme.accent)}</td><td style='width:50%' class='r'>"
                f"<p class='ttl'>{head_title}</p></td></tr></table>"
                f"<table style='width:100%;margin-top:6pt'><tr><td class='cell' style='width:50%'>{vendor_box}</td><td class='cell' style='width:50%'>{pay_box}</td></tr>"
                f"<tr><td class='cell' style='width:50%'>{dates}</td><td class='cell' style='width:50%'>{cust_box}</td></tr></table>"
                "<p style='margin-top:6pt'>Fakturujeme Vám za dodané zboží či služby:</p>")
        cols = [Col("Označení dodávky", width="205pt"), Col("Počet m.j.", "right", "60pt"), Col("Cena za m.j.", "right", "65pt"), Col("DPH %", "right", "35pt"),
                Col("Bez DPH", "right", "70pt")]
        rows = [[esc(li.description), f"{fmt.qty(li.quantity)} {esc(li.unit)}", num(li.unit_price), rate(li.tax_rate), num(li.amount)] for li in lines]
        recap = ("<table class='items' style='width:75%'><tr><th>Rekapitulace DPH v Kč:</th><th style='text-align:right'>Základ v Kč</th><th style='text-align:right'>Sazba</th>"
                 "<th style='text-align:right'>DPH</th><th style='text-align:right'>Celkem s DPH</th></tr>"
                 + "".join(f"<tr><td></td><td class='r'>{num(bases[r])}</td><td class='r'>{rate(r)} %</td><td class='r'>{num(taxes[r])}</td>"
                           f"<td class='r'>{num(bases[r] + taxes[r])}</td></tr>" for r in rates)
                 + (f"<tr><td class='b'>Celkem</td><td class='r b'>{num(net)}</td><td></td><td class='r b'>{num(tax)}</td><td class='r b'>{num(total)}</td></tr>"
                    if combined_tax else "") + "</table>")
        tot = [("Celkem bez DPH", m(net), False)] + ([] if combined_tax else vat_rows) + [("Celkem k úhradě", m(total), True)]
        if advance:
            tot += [("Zaplaceno zálohou", m(-advance), False), ("Zbývá uhradit", m(total - advance), True)]
        tail = (recap + totals_table(tot, width="50%", left="50%")
                + f"<table style='width:100%;margin-top:18pt'><tr><td style='width:50%' class='small'>Vystavil: {esc(issuer)}</td>"
                  "<td style='width:50%' class='small'>Převzal: ____________________ Razítko:</td></tr></table>"
                + f"<p class='tiny muted' style='margin-top:8pt'>{pick(rng, ['Ekonomický a informační systém POHODA', 'Vystaveno v programu Money S3', 'ABRA Flexi'])}</p>")
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                              continued=lambda i: f"<p class='b'>Faktura č. {esc(number)} – strana {i + 1}</p>", more="pokračování na další straně")
        notes = {"vs": vs, "ks": ks, "taxable_supply": taxable.isoformat(), "advance": str(advance) if advance else None}
    elif layout == "online":
        dates = [("Datum vystavení", fmt.date(issued)), ("Datum zdan. plnění" if chance(rng, 0.5) else "DUZP", fmt.date(taxable)),
                 ("Datum splatnosti", fmt.date(due))]
        pay = [("Bankovní účet", f"<b>{account}</b>"), ("Variabilní symbol", vs), ("Způsob platby", pick(rng, ["Bankovní převod", "Převodem"]))]
        if show_terms:
            pay.append(("Platební podmínky", esc(terms)))
        head = (f"<table style='width:100%'><tr><td style='width:60%'><p class='ttl'>Faktura {esc(number)}</p><p class='muted'>daňový doklad</p></td>"
                f"<td style='width:40%' class='r'>{logo(vendor.name, rng, theme.accent)}</td></tr></table>"
                f"<table style='width:100%;margin-top:10pt'><tr><td style='width:50%'><p class='lbl'>DODAVATEL</p><p class='b'>{esc(vendor.name)}</p>"
                f"<p>{lines_html(vendor.address)}</p><p>IČO: {vendor.extra['ico']}<br/>DIČ: {vendor.tax_id}</p><p class='tiny muted'>{esc(reg)}</p></td>"
                f"<td style='width:50%'><p class='lbl'>ODBĚRATEL</p><p class='b'>{esc(customer.name)}</p><p>{lines_html(customer.address)}</p>"
                f"<p>IČO: {customer.extra['ico']}<br/>DIČ: {customer.tax_id}</p></td></tr></table>"
                f"<table style='width:100%;margin-top:10pt;border-top:0.6pt solid #bbb'><tr><td style='width:36%'>"
                + "<table class='kv'>" + "".join(f"<tr><td class='small muted' style='width:85pt'>{k}</td><td>{v}</td></tr>" for k, v in pay) + "</table></td>"
                "<td style='width:34%'><table class='kv'>" + "".join(f"<tr><td class='small muted' style='width:85pt'>{k}</td><td>{v}</td></tr>" for k, v in dates)
                + f"</table></td><td style='width:30%;background:{theme.zebra}' class='r'><p class='small muted'>K úhradě</p><p class='hero'>{m(total)}</p>"
                f"<p class='small'>do {fmt.date(due)}</p></td></tr></table>")
        cols = [Col("Položka", width="215pt"), Col("Množství", "right", "60pt"), Col("Cena za MJ", "right", "65pt"), Col("DPH", "right", "35pt"),
                Col("Celkem bez DPH", "right", "75pt")]
        rows = [[esc(li.description), f"{fmt.qty(li.quantity)} {esc(li.unit)}", num(li.unit_price), f"{rate(li.tax_rate)} %", num(li.amount)] for li in lines]
        tot = [("Celkem bez DPH", m(net), False), *vat_rows]
        if combined_tax and len(rates) > 1:
            tot.append(("DPH celkem", m(tax), False))
        tot.append(("Celkem k úhradě", m(total), True))
        tail = (totals_table(tot, width="48%", left="52%")
                + "<table style='width:100%;margin-top:12pt'><tr><td style='width:75%' class='small'>"
                + f"IBAN: {iban_text} · SWIFT: {swift}<br/>Při platbě uveďte variabilní symbol {vs}.<br/>Vystavil(a): {esc(vendor.name if sole else issuer)} · {vendor.email}"
                + "</td><td style='width:25%' class='c small'>QR Platba</td></tr></table><p style='margin-top:68pt'>&#160;</p>")
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, continued=lambda i: f"<p class='b'>Faktura {esc(number)} (pokračování)</p>",
                              more="pokračování na další straně")
        # the QR Platba code sits under its caption, in the space the tail leaves at the foot of the body
        qr_under_body(sheet, 65, right_inset=35, above=14, payload=f"SPD*1.0*ACC:{iban_text}*AM:{total}*X-VS:{vs}")
        notes = {"vs": vs, "taxable_supply": taxable.isoformat(), "sole_trader": sole}
    else:
        delivery = f"DL{rng.randrange(10**5, 10**6)}"
        final = cz_party(rng).address
        meta = [("Číslo faktury", f"<b>{esc(number)}</b>"), ("Datum vystavení", fmt.date(issued)), ("Datum uskut. zdan. plnění", fmt.date(taxable)),
                ("Datum splatnosti", fmt.date(due)), ("Forma úhrady", "převodním příkazem"), ("Variabilní symbol", vs), ("Konstantní symbol", ks)]
        if customer_id:
            meta.insert(1, ("Číslo zákazníka", customer_id))
        meta += [("Dodací list č.", delivery), ("Vaše objednávka", order)]
        head = (f"<table style='width:100%'><tr><td class='band' style='width:100%'><b style='font-size:12pt'>{esc(vendor.name)}</b> · "
                f"{esc(', '.join(vendor.address))} · IČ {vendor.extra['ico']} · DIČ {vendor.tax_id}</td></tr></table>"
                f"<table style='width:100%;margin-top:8pt'><tr><td style='width:50%'><p class='ttl'>Faktura – daňový doklad</p>"
                + "<table class='kv'>" + "".join(f"<tr><td class='small' style='width:110pt'>{k}:</td><td>{v}</td></tr>" for k, v in meta) + "</table></td>"
                f"<td style='width:50%'><div class='boxed'><p class='lbl'>Odběratel</p><p class='b'>{esc(customer.name)}</p><p>{lines_html(customer.address)}</p>"
                f"<p class='small'>IČ: {customer.extra['ico']} DIČ: {customer.tax_id}</p></div>"
                f"<p class='lbl' style='margin-top:6pt'>Konečný příjemce</p><p class='small'>{esc(customer.name)}, {esc(', '.join(final))}</p></td></tr></table>")
        cols = [Col("Kód", width="45pt"), Col("Název zboží", width="165pt"), Col("Množství", "right", "45pt"), Col("MJ", width="28pt"),
                Col("Cena/MJ bez DPH", "right", "62pt"), Col("Sazba", "right", "32pt"), Col("Celkem bez DPH", "right", "68pt")]
        rows = [[esc(li.code), esc(li.description), fmt.qty(li.quantity), esc(li.unit), num(li.unit_price), f"{rate(li.tax_rate)}%", num(li.amount)]
                for li in lines]
        recap = ("<table class='items' style='width:70%'><tr><th>Sazba DPH</th><th style='text-align:right'>Základ</th><th style='text-align:right'>DPH</th>"
                 "<th style='text-align:right'>Celkem</th></tr>"
                 + "".join(f"<tr><td>{rate(r)} %</td><td class='r'>{num(bases[r])}</td><td class='r'>{num(taxes[r])}</td><td class='r'>{num(bases[r] + taxes[r])}</td></tr>"
                           for r in rates) + "</table>")
        tot = [("Základ celkem", m(net), False)] + ([("DPH celkem", m(tax), False)] if combined_tax else vat_rows) + [("Celkem k úhradě", m(total), True)]
        tail = (recap + totals_table(tot, width="50%", left="50%")
                + f"<p class='small' style='margin-top:8pt'>Bankovní spojení: {esc(bank)}, č. ú. {account}, IBAN {iban_text}</p>"
                + f"<p class='tiny muted'>{esc(reg)} Zboží zůstává až do úplného zaplacení majetkem dodavatele.</p>")
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                              continued=lambda i: f"<p class='b'>Faktura {esc(number)} – pokračování, strana {i + 1}</p>", more="Převod na další stranu",
                              footer=lambda n, c: f"<p class='tiny r muted'>Strana {n}/{c}</p>")
        notes = {"vs": vs, "delivery_note": delivery, "final_recipient": ", ".join(final)}
    notes.update({"ico": vendor.extra["ico"], "account": account, "rates": [rate(r) for r in rates]})
    return Built(doc=doc, sheet=sheet, template=f"cz_{layout}", png_scan_ok=len(sheet.pages) == 1, notes=notes)
