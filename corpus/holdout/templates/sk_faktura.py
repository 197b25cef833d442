"""Slovak faktúra and Slovenian račun, in Slovak and Slovenian, 2023-2025.

Three prints. `sk_faktura_erp` (an accounting program's print): "FAKTÚRA – DAŇOVÝ DOKLAD č. 2024001234" (or a
"DOBROPIS č. … – opravný doklad k faktúre č. …" with negative amounts and the reason), boxes Dodávateľ / Odberateľ with
IČO, DIČ and IČ DPH, the commercial-register line ("zapísaná v Obchodnom registri Okresného súdu Bratislava I, oddiel:
Sro, vložka č. 12345/B"), Banka / IBAN / SWIFT, Variabilný symbol, Konštantný symbol 0308, Forma úhrady, Objednávka č.,
Dátum vyhotovenia / Dátum dodania / Dátum splatnosti, Označenie dodávky / Množstvo / MJ / J. cena bez DPH / DPH % / Spolu
bez DPH / DPH / Spolu s DPH, "Rekapitulácia DPH v EUR" (Sadzba / Základ dane / DPH / Spolu), Celkom k úhrade, Uhradené
zálohou, Vystavil; long orders run over pages. `sk_faktura_app` (an online invoicing app): "Faktúra 2024/0042", a
"Suma na úhradu" box, Dátum vystavenia / dodania / splatnosti, Variabilný symbol, Spôsob úhrady, Popis / Počet / MJ /
Cena za MJ / DPH / Spolu, Základ DPH 20 % / DPH 20 % / Celkom, a PAY by square code, or for a trader outside VAT "Nie
som platiteľ DPH." without a tax. `si_racun`: the Slovenian "RAČUN št. 2024-000123" with Izdajatelj / Kupec, ID za DDV,
matična številka, Kraj in datum izdaje, Datum opravljene storitve, Rok plačila, Opis / Količina / EM / Cena / DDV % /
Znesek, Skupaj brez DDV / DDV 22 % / DDV 9,5 % / "Za plačilo (EUR)", TRR and Sklic SI00, UPN QR.

VAT: Slovakia 20 % and 10 % to the end of 2024, 23 % and 19 % from 1 January 2025; Slovenia 22 % and 9,5 %. Amounts
`1 234,56` (SK) or `1.234,56` (SI) with `€` or `EUR`; dates `15.03.2024`, `15. 3. 2024`, `15.3.2024`.

Truth: an `invoice` (a dobropis a `credit_note`, negative); vendor = Dodávateľ / Izdajatelj with its address; tax id =
IČ DPH (`SK2020123456`), for a trader outside VAT the DIČ, in Slovenia the ID za DDV (`SI12345678`); the IČO, the
matična številka, the buyer's numbers, IBAN, SWIFT, variabilný / konštantný symbol, sklic, the order and the original
invoice's number are decoys; customer = Odberateľ / Kupec with its address; id = the number after "č." / "št." / the
title; document date = Dátum vyhotovenia / vystavenia / Kraj in datum izdaje; due date = Dátum splatnosti / Rok plačila;
net = Základ dane total / Skupaj brez DDV, tax = the DPH / DDV summed over the rates (a total row where several), total =
Celkom k úhrade / Celkom / Za plačilo (a deposit already paid is a decoy). Forma / Spôsob úhrady is a means of payment,
not the terms.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line, tax_on
from corpus.holdout.components import Theme, esc, rate
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fifteenth import si_party, sk_party
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import beside, dotted, paged, pts, rows_html

FAMILY = "sk_faktura"
D = Decimal
SK_GOODS = [("Kancelársky papier A4 80 g", "bal", 3.2, 6.5, "std"), ("Toner HP 26A čierny", "ks", 48, 110, "std"), ("Servis klimatizácie", "hod", 28, 55, "std"),
            ("Programovanie webovej aplikácie", "hod", 35, 75, "std"), ("Preprava tovaru Bratislava - Košice", "km", 0.9, 1.6, "std"),
            ("Odborná kniha - účtovníctvo", "ks", 18, 42, "red"), ("Montáž elektroinštalácie", "hod", 22, 40, "std"), ("Kábel CYKY 3x2,5", "m", 0.9, 1.9, "std"),
            ("Konzultačné služby", "hod", 45, 120, "std"), ("Lieky - zdravotnícky materiál", "ks", 4, 25, "red"), ("Prenájom lešenia", "deň", 12, 35, "std"),
            ("Čistenie kancelárskych priestorov", "m2", 0.8, 2.2, "std")]
SI_GOODS = [("Pisarniški papir A4", "kos", 3.5, 6.5, "std"), ("Vzdrževanje programske opreme", "ura", 35, 70, "std"), ("Servis klimatske naprave", "kos", 60, 180, "std"),
            ("Knjiga - strokovna literatura", "kos", 18, 45, "red"), ("Prevoz blaga", "km", 0.8, 1.5, "std"), ("Svetovanje", "ura", 45, 110, "std"),
            ("Montaža razsvetljave", "ura", 25, 45, "std"), ("Hrana - pogostitev", "kos", 8, 30, "red"), ("Električni kabel", "m", 0.9, 2.0, "std")]
SK_BANKS = [("Tatra banka, a.s.", "TATRSKBX"), ("Slovenská sporiteľňa, a.s.", "GIBASKBX"), ("VÚB, a.s.", "SUBASKBX"), ("ČSOB, a.s.", "CEKOSKBX"),
            ("Fio banka, a.s.", "FIOZSKBA")]


def _lines(rng: random.Random, pool, std: D, red: D, count: int) -> tuple[list[Line], list[D]]:
    lines, rates = [], []
    for desc, unit, low, high, kind in rng.sample(pool, min(count, len(pool))):
        price = money(rng.uniform(low, high))
        qty = D(pick(rng, [1, 1, 2, 3, 4, 5, 8, 10, 12, 20, 40] if unit in ("m", "km", "m2") else [1, 1, 2, 3, 4, 5, 6, 10]))
        lines.append(Line(desc, qty, price, money(qty * price), unit))
        rates.append(std if kind == "std" else red)
    return lines, rates


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["erp", "erp", "app", "si"])
    issued = random_date(rng, date(2023, 1, 2), 900)
    country = "SI" if layout == "si" else "SK"
    vat_payer = layout != "app" or chance(rng, 0.7)
    vendor = si_party(rng) if country == "SI" else sk_party(rng, vat_payer=vat_payer)
    customer = si_party(rng) if country == "SI" else sk_party(rng)
    buyer_ids = dict(customer.extra)
    customer.tax_id = None
    credit = layout == "erp" and chance(rng, 0.2)
    if country == "SK":
        std, red = (D("23"), D("19")) if issued >= date(2025, 1, 1) else (D("20"), D("10"))
    else:
        std, red = D("22"), D("9.5")
    long_order = layout == "erp" and not credit and chance(rng, 0.25)
    pool = SI_GOODS if country == "SI" else SK_GOODS
    lines, rates = _lines(rng, pool, std, red, rng.randrange(1, 3) if credit else rng.randrange(1, 7))
    if long_order:
        for i in range(rng.randrange(20, 34)):
            base = lines[i % len(lines)]
            qty = D(pick(rng, [1, 2, 3, 5, 10]))
            price = money(base.unit_price * D(pick(rng, ["0.95", "1.05", "1.2", "0.8"])))
            lines.append(Line(f"{base.description} - dodávka {i + 2}", qty, price, money(qty * price), base.unit))
            rates.append(rates[i % len(rates)])
    if not vat_payer:
        rates = [D("0")] * len(lines)
    bases = {r: sum((li.amount for li, x in zip(lines, rates, strict=True) if x == r), D("0.00")) for r in sorted(set(rates), reverse=True)}
    taxes = {r: tax_on(b, r) for r, b in bases.items()}
    net = sum(bases.values(), D("0.00"))
    tax = sum(taxes.values(), D("0.00"))
    total = net + tax
    seq = rng.randrange(1, 3000)
    number = {"erp": f"{issued.year}{seq:06d}" if chance(rng, 0.6) else f"FA{issued.year % 100}{seq:05d}",
              "app": f"{issued.year}/{seq:04d}", "si": pick(rng, [f"{issued.year}-{seq:06d}", f"{seq}-{issued.year}", f"{issued.year % 100}-{seq:04d}"])}[layout]
    if credit:
        number = f"{issued.year}D{seq:04d}" if chance(rng, 0.5) else f"DB{issued.year % 100}{seq:05d}"
    original = f"{issued.year}{rng.randrange(1, 3000):06d}"
    days = pick(rng, [14, 14, 30, 30, 10, 60] if country == "SK" else [8, 15, 30, 30, 60])
    due = issued + timedelta(days=days)
    supplied = issued - timedelta(days=pick(rng, [0, 0, 0, 1, 3, 7]))
    doc = Doc(document_type="credit_note" if credit else "invoice", locale=country, currency="EUR", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net if vat_payer else None, tax=tax if vat_payer else None,
              lines=lines, due_date=due)
    sign = -1 if credit else 1
    style = "de" if country == "SI" else pick(rng, ["fr", "fr", "fr_nbsp"])
    euro = pick(rng, ["€", "EUR"])

    def n(value: D) -> str:
        return fmt_number(value * sign, style)

    def q(value: D) -> str:
        return fmt_number(value, style, 0) if value == value.to_integral_value() else fmt_number(value, style)

    pad = chance(rng, 0.7)
    spaced = country == "SI" and chance(rng, 0.4) or country == "SK" and chance(rng, 0.2)

    def d(x: date) -> str:
        return dotted(x, pad=pad, spaced=spaced)

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.5, 8.5), table=pick(rng, ["grid", "rules", "header_fill", "boxed"]))
    css = theme.css(".t{font-size:14pt;font-weight:bold} .box{border:0.6pt solid #777;padding:4pt} .lab{color:#555;font-size:7pt}")
    width, height = A4
    W = width - 84

    def party_block(label: str, party, ids: dict, show_tax: bool) -> str:
        id_lines = [f"IČO: {ids['ico']}", f"DIČ: {ids['dic']}"] + ([f"IČ DPH: {ids['ic_dph']}"] if show_tax else []) if country == "SK" else \
            [f"Matična številka: {ids['maticna']}", f"ID za DDV: SI{ids['davcna']}"]
        return (f"<p class='lab'>{label}</p><p class='b'>{esc(party.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in party.address)
                + "".join(f"<p>{x}</p>" for x in id_lines))

    if layout == "erp":
        bank, swift = pick(rng, SK_BANKS)
        vs = number if number.isdigit() else f"{seq}{issued.year}"
        title = (f"DOBROPIS č. {number}" if credit else pick(rng, [f"FAKTÚRA – DAŇOVÝ DOKLAD č. {number}", f"Faktúra č. {number}"]))
        sup = (party_block("Dodávateľ:", vendor, vendor.extra, True)
               + f"<p class='small' style='margin-top:3pt'>Zapísaná v Obchodnom registri Okresného súdu {vendor.extra['court']}, oddiel: {vendor.extra['register']}</p>")
        cust = party_block("Odberateľ:", customer, buyer_ids, True)
        meta = [("Dátum vyhotovenia:", d(issued)), ("Dátum dodania:", d(supplied)), ("Dátum splatnosti:", d(due)),
                ("Forma úhrady:", pick(rng, ["prevodný príkaz", "bankový prevod", "prevodom"])), ("Variabilný symbol:", vs), ("Konštantný symbol:", "0308")]
        if chance(rng, 0.5) and not credit:
            meta.append(("Objednávka č.:", f"OBJ-{rng.randrange(100, 9999)}"))
        bank_html = f"<p>Banka: {bank}</p><p>IBAN: {vendor.extra['iban']}</p><p>SWIFT: {swift}</p>"
        meta_html = "<table>" + "".join(f"<tr><td class='b' style='width:{W * 0.22:.1f}pt'>{k}</td><td style='width:{W * 0.22:.1f}pt'>{v}</td></tr>" for k, v in meta) + "</table>"
        head = (f"<p class='t'>{title}</p>"
                + (f"<p>opravný doklad k faktúre č. {original}</p><p>Dôvod opravy: {pick(rng, ['vrátenie tovaru', 'reklamácia', 'zľava z ceny', 'chybná fakturácia'])}</p>" if credit else "")
                + "<div style='margin-top:6pt'></div>" + beside(f"<div class='box'>{sup}</div>", f"<div class='box'>{cust}</div>", (W * 0.5, W * 0.5))
                + "<div style='margin-top:6pt'></div>" + beside(meta_html, bank_html, (W * 0.5, W * 0.5)))
        cw = pts(W, 34, 9, 6, 11, 7, 11, 10, 12)
        heads = ["Označenie dodávky", "Množstvo", "MJ", "J. cena bez DPH", "DPH %", "Spolu bez DPH", "DPH", "Spolu s DPH"]
        th = "<tr>" + "".join(f"<th style='width:{w};text-align:{'left' if k in (0, 2) else 'right'}'>{h}</th>" for k, (h, w) in enumerate(zip(heads, cw, strict=True))) + "</tr>"
        rows = []
        for li, r in zip(lines, rates, strict=True):
            t = tax_on(li.amount, r)
            cells = [esc(li.description), q(li.quantity), li.unit, fmt_number(li.unit_price * sign, style), rate(r), n(li.amount), n(t), n(li.amount + t)]
            rows.append("<tr>" + "".join(f"<td style='width:{w};text-align:{'left' if k in (0, 2) else 'right'}'>{c}</td>" for k, (c, w) in enumerate(zip(cells, cw, strict=True))) + "</tr>")
        rc = pts(W * 0.55, 25, 25, 25, 25, pad=6)
        rec = ("<p class='b' style='margin-top:8pt'>Rekapitulácia DPH v EUR</p><table>"
               f"<tr><td class='b' style='width:{rc[0]}'>Sadzba DPH</td><td class='b r' style='width:{rc[1]}'>Základ dane</td>"
               f"<td class='b r' style='width:{rc[2]}'>DPH</td><td class='b r' style='width:{rc[3]}'>Spolu</td></tr>"
               + "".join(f"<tr><td>{rate(r)} %</td><td class='r'>{n(bases[r])}</td><td class='r'>{n(taxes[r])}</td><td class='r'>{n(bases[r] + taxes[r])}</td></tr>" for r in bases)
               + (f"<tr><td class='b'>Spolu</td><td class='r b'>{n(net)}</td><td class='r b'>{n(tax)}</td><td class='r b'>{n(total)}</td></tr>" if len(bases) > 1 else "")
               + "</table>")
        deposit = [("Uhradené zálohou:", f"{n(D('0.00'))} {euro}")] if chance(rng, 0.4) and not credit else []
        due_rows = deposit + [(f"<b>{'Celkom k úhrade' if not credit else 'Celkom na vrátenie'}:</b>", f"<b>{n(total)} {euro}</b>")]
        tail = (beside(rec, "<div style='margin-top:20pt'></div>" + rows_html(due_rows, strong_last=False, widths=(W * 0.25, W * 0.18)), (W * 0.57, W * 0.43))
                + f"<p style='margin-top:12pt'>Vystavil: {pick(rng, ['Ing. Jana Kováčová', 'Peter Horváth', 'Mária Tóthová'])}, tel. {vendor.phone}, {vendor.email}</p>"
                + "<p class='small muted'>Faktúra slúži zároveň ako dodací list.</p>")

        def body(chunk, index, is_last):
            top = head if index == 0 else f"<p class='b'>{esc(title)} - pokračovanie</p>"
            return top + f"<table class='items'>{th}{''.join(chunk)}</table>" + (tail if is_last else "")

        sheet = paged(width, height, css, (42, 36, 42, 28), rows, body, footer=lambda p, c: f"<p class='tiny r'>Strana {p}/{c}</p>", footer_height=10)
        template = "sk_faktura_erp"
    elif layout == "app":
        vs = number.replace("/", "")
        meta = [("Dátum vystavenia", d(issued)), ("Dátum dodania", d(supplied)), ("Dátum splatnosti", d(due)), ("Variabilný symbol", vs),
                ("Spôsob úhrady", pick(rng, ["Prevodom", "Bankový prevod"]))]
        sup = party_block("Dodávateľ", vendor, vendor.extra, vat_payer) + (f"<p>IBAN: {vendor.extra['iban']}</p>")
        if not vat_payer:
            sup += "<p class='small'>Nie som platiteľ DPH.</p>"
        cust = party_block("Odberateľ", customer, buyer_ids, True)
        cw = pts(W, 44, 9, 8, 14, 9, 16) if vat_payer else pts(W, 53, 9, 8, 14, 16)
        heads = ["Popis", "Počet", "MJ", "Cena za MJ"] + (["DPH"] if vat_payer else []) + ["Spolu"]
        th = "<tr>" + "".join(f"<th style='width:{w};text-align:{'left' if k in (0, 2) else 'right'}'>{h}</th>" for k, (h, w) in enumerate(zip(heads, cw, strict=True))) + "</tr>"
        rows = ["<tr>" + "".join(f"<td style='width:{w};text-align:{'left' if k in (0, 2) else 'right'}'>{c}</td>" for k, (c, w) in enumerate(zip(
            [esc(li.description), q(li.quantity), li.unit, n(li.unit_price)] + ([f"{rate(r)} %"] if vat_payer else []) + [n(li.amount)], cw, strict=True))) + "</tr>"
            for li, r in zip(lines, rates, strict=True)]
        sums = [("Spolu bez DPH", n(net))] if vat_payer else []
        if vat_payer:
            for r in bases:
                sums += [(f"Základ DPH {rate(r)} %", n(bases[r])), (f"DPH {rate(r)} %", n(taxes[r]))]
        sums.append(("<b>Celkom</b>", f"<b>{n(total)} {euro}</b>"))
        box = (f"<table><tr><td style='background:{theme.accent};color:#fff;padding:6pt 10pt;width:{W * 0.35:.1f}pt'>"
               f"<p>Suma na úhradu</p><p style='font-size:15pt' class='b'>{n(total)} {euro}</p></td></tr></table>")
        html = (beside(f"<p class='t'>Faktúra {number}</p>", box, (W * 0.55, W * 0.45))
                + "<div style='margin-top:10pt'></div>" + beside(sup, cust, (W * 0.5, W * 0.5))
                + "<table style='margin-top:8pt'>" + "".join(f"<tr><td class='lab' style='width:{W * 0.2:.1f}pt'>{k}</td><td style='width:{W * 0.25:.1f}pt'>{v}</td></tr>" for k, v in meta) + "</table>"
                + f"<table class='items'>{th}{''.join(rows)}</table>"
                + "<div style='margin-top:6pt'></div>" + beside("", rows_html(sums, strong_last=False, widths=(W * 0.25, W * 0.2)), (W * 0.55, W * 0.45))
                + f"<p style='margin-top:12pt'>Vystavil(a): {pick(rng, ['Jana Nováková', 'Michal Varga', 'Lucia Baláž'])}</p>")
        sheet = paged(width, height, css, (42, 40, 42, 150), [html], lambda chunk, _i, _l: "".join(chunk))
        sheet.pages[0] += [Box((42.0, height - 138.0, 112.0, height - 68.0), kind="qr", payload=f"{number}{total}"),
                           Box((120.0, height - 138.0, width - 42.0, height - 68.0),
                               f"<p class='small b'>PAY by square</p><p class='small'>IBAN: {vendor.extra['iban']}</p><p class='small'>VS: {vs}</p>")]
        template = "sk_faktura_app"
    else:
        place = vendor.address[-1].split(" ", 1)[1]
        meta = [("Kraj in datum izdaje:", f"{place}, {d(issued)}"), ("Datum opravljene storitve:", d(supplied)), ("Rok plačila:", d(due))]
        sup = party_block("Izdajatelj:", vendor, vendor.extra, True) + f"<p>TRR: {vendor.extra['iban']}</p>"
        cust = party_block("Kupec:", customer, buyer_ids, True)
        cw = pts(W, 44, 10, 7, 13, 9, 17)
        heads = ["Opis", "Količina", "EM", "Cena", "DDV %", "Znesek"]
        th = "<tr>" + "".join(f"<th style='width:{w};text-align:{'left' if k in (0, 2) else 'right'}'>{h}</th>" for k, (h, w) in enumerate(zip(heads, cw, strict=True))) + "</tr>"
        rows = ["<tr>" + "".join(f"<td style='width:{w};text-align:{'left' if k in (0, 2) else 'right'}'>{c}</td>" for k, (c, w) in enumerate(zip(
            [esc(li.description), q(li.quantity), li.unit, n(li.unit_price), rate(r).replace(".", ","), n(li.amount)], cw, strict=True))) + "</tr>"
            for li, r in zip(lines, rates, strict=True)]
        sums = [("Skupaj brez DDV", n(net))]
        for r in bases:
            sums += [(f"Osnova za DDV {rate(r).replace('.', ',')} %", n(bases[r])), (f"DDV {rate(r).replace('.', ',')} %", n(taxes[r]))]
        if len(bases) > 1:
            sums.append(("Skupaj DDV", n(tax)))
        sums.append((f"<b>{pick(rng, ['Za plačilo', 'ZA PLAČILO', 'Skupaj za plačilo'])} ({euro})</b>", f"<b>{n(total)}</b>"))
        html = (beside(f"<div class='box'>{sup}</div>", f"<div class='box'>{cust}</div>", (W * 0.5, W * 0.5))
                + f"<p class='t' style='margin-top:12pt'>RAČUN št. {number}</p>"
                + "<table>" + "".join(f"<tr><td style='width:{W * 0.3:.1f}pt'>{k}</td><td style='width:{W * 0.4:.1f}pt'>{v}</td></tr>" for k, v in meta) + "</table>"
                + f"<table class='items'>{th}{''.join(rows)}</table>"
                + "<div style='margin-top:6pt'></div>" + beside("", rows_html(sums, strong_last=False, widths=(W * 0.3, W * 0.18)), (W * 0.52, W * 0.48))
                + f"<p style='margin-top:10pt'>Znesek nakažite na TRR {vendor.extra['iban']}, sklic: SI00 {number}.</p>"
                + f"<p>Račun izdal: {pick(rng, ['Ana Novak', 'Marko Horvat', 'Nina Kralj'])}</p>"
                + "<p class='small muted' style='margin-top:6pt'>Račun je izdan v elektronski obliki in je veljaven brez podpisa in žiga.</p>")
        sheet = paged(width, height, css, (42, 40, 42, 36), [html], lambda chunk, _i, _l: "".join(chunk))
        template = "si_racun"
    return Built(doc=doc, sheet=sheet, template=template, png_scan_ok=len(sheet.pages) == 1,
                 notes={"ico": vendor.extra.get("ico") or vendor.extra.get("maticna"), "buyer_tax": buyer_ids.get("ic_dph") or f"SI{buyer_ids.get('davcna')}",
                        "original": original if credit else None, "vat_payer": vat_payer})
