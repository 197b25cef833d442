"""Latvian rēķins and Estonian arve, in Latvian and Estonian, EUR, 2023-2025.

Four prints. `lv_rekins` (an accounting program's rēķins: "RĒĶINS Nr. RV-2024/0123" or "PVN rēķins Nr. …", Datums and
Apmaksas termiņš under it; Piegādātājs and Pircējs blocks with Reģ. Nr., PVN reģ. Nr. LV…, Juridiskā adrese, Banka and
Konts (LV IBAN); Nr. / Nosaukums / Mērv. / Daudzums / Cena EUR / Summa EUR; Summa bez PVN / PVN 21 % / Kopā apmaksai EUR;
"Summa vārdiem" omitted, "Rēķins sagatavots elektroniski un ir derīgs bez paraksta"), `lv_rekins_letter` (the supplier's
letterhead with the long date "2024. gada 15. martā", the Pircējs and a two-column grid of the dates and the
payment basis ("Apmaksas veids: pārskaitījums"), a ruled table, totals with "Pavisam apmaksai" / "Kopā apmaksai"),
`ee_arve` (an Estonian accounting app: the firm top left, "ARVE nr 2024-0456" top right with Kuupäev / Maksetähtaeg /
Viitenumber / Maksetingimus, Ostja block, Kirjeldus / Kogus / Ühik / Hind / Summa, Summa km-ta / KM 22 % / Tasuda kokku
EUR, a footer with Reg. kood, KMKR nr and the IBANs), `ee_arve_plain` (a typed "Arve nr 123": Müüja and Ostja side by
side, the dates below, a grid table with the KM column per line, "Arve summa", "Käibemaks 22%", "Kokku tasuda"; 24 %
from July 2025).

Truth: vendor = Piegādātājs / Müüja, tax id = PVN reģ. Nr. LV… / KMKR nr EE… (the Reģ. Nr. and registrikood are decoys);
customer = Pircējs / Ostja with its address; id = the number after Nr. / nr; due date = Apmaksas termiņš / Maksetähtaeg;
payment terms = Maksetingimus as printed; net = Summa bez PVN / Summa km-ta / Arve summa, tax = PVN / KM; total =
Kopā apmaksai / Tasuda kokku / Kokku tasuda; the viitenumber is no id.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_sixteenth import ee_party, ee_reference, lv_long_date, lv_party
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import beside, dotted, paged, priced_lines, pts, rows_html
from corpus.holdout.templates._sixteenth import grouped, kv_rows

FAMILY = "baltic_invoice"
D = Decimal
LV_GOODS = [("Biroja papīrs A4 80 g", "iep.", 3.2, 6.5), ("Tonera kasetne HP 59A", "gab.", 65, 140), ("Grāmatvedības pakalpojumi", "st.", 25, 55),
            ("Konsultācijas", "st.", 40, 95), ("Kravas pārvadājums Rīga - Jelgava", "km", 0.9, 1.7), ("Elektroinstalācijas montāža", "st.", 22, 40),
            ("Kabelis NYM 3x2,5", "m", 0.9, 1.9), ("Programmatūras licence (1 gads)", "gab.", 180, 900), ("Telpu uzkopšana", "m2", 0.7, 2.1),
            ("Sastatņu noma", "diena", 12, 35), ("Datortehnikas apkope", "st.", 30, 60), ("Darba apģērbs", "kompl.", 25, 70)]
EE_GOODS = [("Koopiapaber A4 80 g", "pk", 3.2, 6.5), ("Toonerikassett HP 59A", "tk", 65, 140), ("Raamatupidamisteenus", "h", 25, 55),
            ("Konsultatsioon", "h", 40, 95), ("Veoteenus Tallinn - Tartu", "km", 0.9, 1.7), ("Elektritööd", "h", 22, 40),
            ("Kaabel MMJ 3x2,5", "m", 0.9, 1.9), ("Tarkvara litsents (12 kuud)", "tk", 180, 900), ("Koristusteenus", "m2", 0.7, 2.1),
            ("Tellingute rent", "päev", 12, 35), ("Arvutite hooldus", "h", 30, 60), ("Tööriided", "kmpl", 25, 70)]
LV_BANKS = ["AS Swedbank", "AS SEB banka", "AS Citadele banka", "Luminor Bank AS Latvijas filiāle"]
EE_BANKS = ["Swedbank AS", "AS SEB Pank", "AS LHV Pank", "Luminor Bank AS"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["lv_rekins", "lv_rekins_letter", "ee_arve", "ee_arve_plain"])
    lv = layout.startswith("lv")
    if lv:
        issued = random_date(rng, date(2023, 1, 2), 1000)
        rate = D("21")
    else:
        issued = random_date(rng, date(2024, 1, 2), 700)
        rate = D("24") if issued >= date(2025, 7, 1) else D("22")
    vendor = lv_party(rng) if lv else ee_party(rng)
    customer = lv_party(rng) if lv else ee_party(rng)
    buyer_tax = customer.tax_id
    customer.tax_id = None
    lines = priced_lines(rng, LV_GOODS if lv else EE_GOODS, rng.randrange(1, 7), quantities=(1, 1, 2, 3, 4, 5, 8, 10, 12))
    if chance(rng, 0.12):  # a long order over two pages
        extra = priced_lines(rng, LV_GOODS if lv else EE_GOODS, 12, quantities=(1, 2, 3, 6, 10))
        lines += [type(li)(f"{li.description} ({'partija' if lv else 'partii'} {i + 2})", li.quantity, li.unit_price, li.amount, li.unit)
                  for i, li in enumerate(extra + extra[:rng.randrange(4, 12)])]
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(net * rate / 100)
    total = net + tax
    days = pick(rng, [7, 10, 14, 14, 15, 20, 30])
    due = issued + timedelta(days=days)
    seq = rng.randrange(1, 4000)
    number = {"lv_rekins": pick(rng, [f"RV-{issued.year}/{seq:04d}", f"{pick(rng, ['BT', 'SR', 'AA'])} {seq:05d}", f"{issued.year % 100}-{seq:04d}"]),
              "lv_rekins_letter": pick(rng, [f"{seq:05d}", f"R{issued.year}-{seq:03d}", f"Nr.{seq:04d}/{issued.year % 100}".removeprefix("Nr.")]),
              "ee_arve": f"{issued.year}-{seq:04d}" if chance(rng, 0.6) else f"{seq + 1000}",
              "ee_arve_plain": f"{seq}" if chance(rng, 0.6) else f"A{seq:05d}"}[layout]
    terms = None
    if not lv and chance(rng, 0.6):
        terms = f"{days} päeva"
    reference = ee_reference(rng) if not lv else None
    doc = Doc(document_type="invoice", locale="LV" if lv else "EE", currency="EUR", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms)
    sep = pick(rng, [" ", " ", "\u00a0", ""])

    def n(value: D) -> str:
        return grouped(value, sep, decimals=2) if sep else f"{value:.2f}".replace(".", ",")

    def q(value: D) -> str:
        return str(int(value)) if value == value.to_integral_value() else f"{value}".replace(".", ",")

    trailing = "." if lv and chance(rng, 0.4) else ""

    def d(x: date) -> str:
        return dotted(x, trailing=trailing)

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.5, 8.5), table=pick(rng, ["grid", "rules", "header_fill", "boxed", "zebra"]))
    css = theme.css(".t{font-size:15pt;font-weight:bold} .lab{color:#555;font-size:7pt} .bx{border:0.6pt solid #888;padding:4pt}"
                    " .ft{font-size:6.5pt;color:#555;border-top:0.5pt solid #999}")
    width, height = A4
    W = width - 84
    pct = f"{rate:.0f}%" if chance(rng, 0.5) else f"{rate:.0f} %"
    bank = pick(rng, LV_BANKS if lv else EE_BANKS)

    def party_lv(title: str, p, tax_no: str | None) -> str:
        rows = [f"<p class='lab'>{title}</p><p class='b'>{esc(p.name)}</p>", f"<p>Reģ. Nr.: {p.extra['code']}</p>"]
        if tax_no:
            rows.append(f"<p>PVN reģ. Nr.: {tax_no}</p>")
        rows.append(f"<p>Juridiskā adrese: {esc(', '.join(p.address))}</p>")
        rows.append(f"<p>Banka: {bank}</p><p>Konts: {p.extra['iban']}</p>")
        return "".join(rows)

    if lv:
        cols = pts(W, 0.05, 0.45, 0.08, 0.1, 0.14, 0.18)
        head = ["Nr.", "Nosaukums", "Mērv.", "Daudzums", "Cena EUR", "Summa EUR"]
    else:
        cols = pts(W, 0.05, 0.45, 0.1, 0.08, 0.14, 0.18)
        head = ["Nr", "Kirjeldus", "Kogus", "Ühik", "Hind", "Summa"]

    def table(chunk) -> str:
        ths = "".join(f"<th style='width:{w}' class='{'' if i in (1,) else 'r'}'>{h}</th>" for i, (h, w) in enumerate(zip(head, cols, strict=True)))
        rows = []
        for i, li in chunk:
            cells = [str(i), esc(li.description), li.unit, q(li.quantity), n(li.unit_price), n(li.amount)] if lv else \
                [str(i), esc(li.description), q(li.quantity), li.unit, n(li.unit_price), n(li.amount)]
            rows.append("<tr>" + "".join(f"<td style='width:{w}' class='{'' if j == 1 else 'r'}'>{c}</td>" for j, (c, w) in enumerate(zip(cells, cols, strict=True))) + "</tr>")
        return f"<table class='items'><tr>{ths}</tr>{''.join(rows)}</table>"

    if layout == "lv_rekins":
        title = pick(rng, ["RĒĶINS", "PVN RĒĶINS", "Rēķins"])
        totals = [("Summa bez PVN", n(net)), (f"PVN {pct}", n(tax)), ("Kopā apmaksai EUR", n(total))]
        header = (f"<p class='t'>{title} Nr. {number}</p><p>Datums: {d(issued)}</p><p>Apmaksas termiņš: {d(due)}</p>"
                  + beside(f"<div class='bx'>{party_lv('Piegādātājs', vendor, vendor.tax_id)}</div>",
                           f"<div class='bx'>{party_lv('Pircējs', customer, buyer_tax)}</div>", (W / 2, W / 2)))
        closing = rows_html(totals, widths=(130, 80), cls="totals") + \
            "<p class='small' style='margin-top:10pt'>Rēķins sagatavots elektroniski un ir derīgs bez paraksta.</p>"

        def body(chunk, page, last):
            top = header if page == 0 else f"<p class='b'>{title} Nr. {number} (turpinājums)</p>"
            return top + table(chunk) + (f"<div style='margin-left:{W - 220:.0f}pt'>{closing}</div>" if last else "")
        footer = None
    elif layout == "lv_rekins_letter":
        long_date = chance(rng, 0.6)
        totals = [("Summa bez PVN", n(net)), (f"PVN {pct}", n(tax)), (pick(rng, ["Kopā apmaksai", "Pavisam apmaksai"]) + " EUR", n(total))]
        letter = (f"<p class='t' style='color:{theme.accent}'>{esc(vendor.name)}</p><p class='small'>{esc(', '.join(vendor.address))} · "
                  f"Reģ. Nr. {vendor.extra['code']} · PVN reģ. Nr. {vendor.tax_id}</p><p class='small'>Tālr. {vendor.phone} · {vendor.email}</p>"
                  f"<p style='margin-top:12pt;text-align:center' class='t'>Rēķins Nr. {number}</p>"
                  f"<p style='text-align:center'>{lv_long_date(issued) if long_date else d(issued)}</p>")
        grid = [("Rēķina datums", d(issued)), ("Apmaksas termiņš", d(due)), ("Apmaksas veids", "pārskaitījums"),
                ("Banka", bank), ("Konts", vendor.extra["iban"])]
        buyer = (f"<p class='lab'>Pircējs</p><p class='b'>{esc(customer.name)}</p><p>Reģ. Nr. {customer.extra['code']}</p>"
                 f"<p>PVN reģ. Nr. {buyer_tax}</p><p>Adrese: {esc(', '.join(customer.address))}</p>")
        header = letter + beside(buyer, kv_rows(grid, (90, 170)), (W - 260, 260))

        def body(chunk, page, last):
            top = header if page == 0 else f"<p class='b'>Rēķins Nr. {number}</p>"
            return top + table(chunk) + (f"<div style='margin-left:{W - 220:.0f}pt'>{rows_html(totals, widths=(130, 80))}</div>"
                                         "<p style='margin-top:24pt'>Izrakstīja: ____________________</p>" if last else "")
        footer = None
    elif layout == "ee_arve":
        meta = [("Kuupäev", d(issued)), ("Maksetähtaeg", d(due))] + ([("Maksetingimus", terms)] if terms else []) + [("Viitenumber", reference)]
        right = f"<p class='t'>ARVE nr {number}</p>" + rows_html(meta, strong_last=False, widths=(80, 110))
        left = f"<p class='b' style='font-size:12pt;color:{theme.accent}'>{esc(vendor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address) + f"<p>{vendor.phone}</p>"
        buyer = (f"<p class='lab' style='margin-top:14pt'>Ostja</p><p class='b'>{esc(customer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in customer.address)
                 + f"<p>KMKR nr {buyer_tax}</p>")
        header = beside(left, right, (W - 200, 200)) + buyer
        totals = [("Summa km-ta", n(net)), (f"KM {pct}", n(tax)), ("Tasuda kokku EUR", n(total))]

        def body(chunk, page, last):
            top = header if page == 0 else f"<p class='b'>Arve nr {number}</p>"
            return top + table(chunk) + (f"<div style='margin-left:{W - 220:.0f}pt'>{rows_html(totals, widths=(130, 80))}</div>"
                                         f"<p style='margin-top:10pt'>Palume tasuda arve hiljemalt {d(due)}, märkides selgitusse viitenumbri {reference}.</p>" if last else "")

        def footer(page_no: int, count: int) -> str:
            return (f"<p class='ft'>{esc(vendor.name)} · Reg. kood {vendor.extra['regcode']} · KMKR nr {vendor.tax_id} · {bank} {vendor.extra['iban']} · "
                    f"{vendor.email} · lk {page_no}/{count}</p>")
    else:
        seller = (f"<p class='lab'>Müüja</p><p class='b'>{esc(vendor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address)
                  + f"<p>Registrikood {vendor.extra['regcode']}</p><p>KMKR nr {vendor.tax_id}</p><p>IBAN {vendor.extra['iban']}</p>")
        buyer = (f"<p class='lab'>Ostja</p><p class='b'>{esc(customer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in customer.address)
                 + f"<p>Registrikood {customer.extra['regcode']}</p>")
        meta = [("Arve kuupäev", d(issued)), ("Maksetähtaeg", d(due))] + ([("Maksetingimus", terms)] if terms else []) + [("Viitenumber", reference)]
        header = (f"<p class='t' style='text-align:center'>Arve nr {number}</p>" + beside(seller, buyer, (W / 2, W / 2))
                  + kv_rows(meta, (100, 120)))
        totals = [("Arve summa", n(net)), (f"Käibemaks {pct}", n(tax)), ("Kokku tasuda", n(total))]

        def body(chunk, page, last):
            top = header if page == 0 else f"<p class='b'>Arve nr {number}</p>"
            return top + table(chunk) + (f"<div style='margin-left:{W - 220:.0f}pt'>{rows_html(totals, widths=(130, 80))}</div>"
                                         "<p style='margin-top:14pt'>Arve koostas: ______________  Kaup/teenus kätte saadud: ______________</p>" if last else "")
        footer = None
    sheet = paged(width, height, css, (42.0, 40.0, 42.0, 36.0), list(enumerate(lines, 1)), body, footer=footer, footer_height=26.0 if footer else 0.0)
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1,
                 notes={"reg_code": vendor.extra.get("code") or vendor.extra.get("regcode"), "buyer_tax": buyer_tax, "reference": reference,
                        "rate": float(rate)})
