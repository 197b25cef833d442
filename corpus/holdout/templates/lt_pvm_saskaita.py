"""Lithuanian PVM sąskaita faktūra (VAT invoice) and kreditinė PVM sąskaita faktūra, 2023-2025, in Lithuanian.

Three prints. `lt_classic`: the accountant's form: "PVM SĄSKAITA FAKTŪRA" centred with "Serija ABC Nr. 000123" and the
date "2024 m. kovo 15 d."; Pardavėjas and Pirkėjas side by side (name, Įmonės kodas, PVM mokėtojo kodas, Adresas, A. s.,
Bankas); Eil. Nr. / Prekės (paslaugos) pavadinimas / Mato vnt. / Kiekis / Kaina, EUR / Suma, EUR; Suma be PVM, PVM 21 %
(9 % for books, heating and lodging), Iš viso su PVM; "Suma žodžiais: …"; Mokėti iki; Sąskaitą išrašė / priėmė.
`lt_saas`: an online invoicing service: "PVM sąskaita faktūra" with "Serija ABC Nr. 000123", an Išrašymo data /
Apmokėti iki / Apmokėjimo sąlygos strip, seller and buyer cards, Pavadinimas / Kiekis / Vnt. / Kaina be PVM / PVM % /
Suma be PVM, the totals and "Mokėjimo paskirtis: ABC000123", IBAN. `lt_wholesale`: a wholesaler's ERP print with item
codes, Užsakymo Nr. and Važtaraščio Nr., long orders over pages ("Perkelta"). A credit invoice is "KREDITINĖ PVM
SĄSKAITA FAKTŪRA" citing the invoice it corrects, with negative amounts.

Amounts `1 234,56` (space, point or no grouping; `€`, `EUR` or bare); dates `2024 m. kovo 15 d.` and `2024-03-15`.

Truth: id = series and number in the combined form the page prints once beside "Serija ABC Nr. 000123" (`ABC000123`,
`ABC-000123`: in the title, the payment purpose or the Nr. cell), as for the Romanian and Greek series; vendor =
Pardavėjas (name as printed with its „“ quotes), tax id = its PVM mokėtojo kodas (`LT123456715`; the check digit
holds), address as printed; customer = Pirkėjas (a private buyer has no codes); the įmonės kodas, the buyer's codes,
bank account, order and waybill numbers and the corrected invoice are decoys. Net = Suma be PVM, tax = PVM (the per-
rate lines summed where no PVM iš viso is printed), total = Iš viso (su PVM). Due date = Mokėti iki / Apmokėti iki,
payment terms = Apmokėjimo sąlygos as printed. Credit invoices are negative in the truth.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Col, Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_thirteenth import LT_MONTHS, lt_party, words_lt
from corpus.holdout.money import fmt_number, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._eighth import flowing_sheet

FAMILY = "lt_pvm_saskaita"
D = Decimal
ITEMS = [("Biuro popierius A4, 80 g/m², 500 lapų", "pak.", 3.9, 6.5, 21), ("Spausdintuvo kasetė HP 305XL", "vnt.", 28, 64, 21),
         ("Kompiuterinės technikos priežiūra", "val.", 25, 55, 21), ("Buhalterinės apskaitos paslaugos", "mėn.", 150, 900, 21),
         ("Krovinių pervežimas Vilnius–Kaunas", "reisas", 120, 480, 21), ("Biuro kėdė ergonomiška", "vnt.", 89, 320, 21),
         ("Statybinis mišinys, 25 kg", "maiš.", 6.5, 14, 21), ("Programinės įrangos licencija (metinė)", "vnt.", 120, 2400, 21),
         ("Interneto svetainės priežiūra", "mėn.", 60, 450, 21), ("Knyga „Apskaitos pagrindai“", "vnt.", 12, 35, 9),
         ("Apgyvendinimo paslaugos", "nakt.", 45, 120, 9), ("Šildymo paslauga", "MWh", 70, 110, 9), ("Vaistinės prekės", "vnt.", 3, 25, 5),
         ("Valymo paslaugos", "val.", 12, 25, 21), ("Medienos granulės 15 kg", "maiš.", 3.5, 6.9, 21), ("Konsultacija projektavimo klausimais", "val.", 40, 95, 21)]
TERMS = ["14 dienų", "30 dienų", "Per 10 darbo dienų", "Išankstinis apmokėjimas", "7 dienos"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["classic", "classic", "saas", "saas", "wholesale"])
    credit = chance(rng, 0.12)
    vendor = lt_party(rng)
    customer = lt_party(rng, person=layout == "saas" and chance(rng, 0.2))
    issued = random_date(rng, date(2023, 1, 3), 900)
    series = pick(rng, ["ABC", "VS", "PRK", "SF", "BLT", "NP", "KR" if credit else "FA"])
    nr = f"{rng.randrange(1, 99999):0{pick(rng, [6, 6, 5, 7])}d}"
    joined = pick(rng, ["", "-"])
    number = f"{series}{joined}{nr}"
    count = rng.randrange(1, 3) if credit else rng.randrange(1, 7) if layout != "wholesale" or chance(rng, 0.3) else rng.randrange(18, 40)
    pool = [it for it in ITEMS if it[4] == 21] if chance(rng, 0.6) else ITEMS
    chosen = [rng.choice(pool) for _ in range(count)] if count > len(pool) else rng.sample(pool, count)
    lines = []
    seen: dict[str, int] = {}
    for desc, unit, low, high, r in chosen:
        seen[desc] = seen.get(desc, 0) + 1
        if seen[desc] > 1:
            desc = f"{desc} ({seen[desc]} siunta)"
        qty = D(pick(rng, [1, 1, 2, 3, 4, 5, 10, 12, 20, 40] if unit not in ("mėn.", "reisas") else [1, 1, 2]))
        price = D(str(round(rng.uniform(low, high), 2))).quantize(D("0.01"))
        lines.append(Line(desc, qty, price, (qty * price).quantize(D("0.01")), unit, f"{pick(rng, ['P', 'A', 'LT'])}{rng.randrange(10000, 99999)}", D(r)))
    rates = sorted({li.tax_rate for li in lines}, reverse=True)
    bases = {r: sum((li.amount for li in lines if li.tax_rate == r), D("0.00")) for r in rates}
    taxes = {r: (bases[r] * r / 100).quantize(D("0.01"), rounding=ROUND_HALF_UP) for r in rates}
    net = sum(bases.values(), D("0.00"))
    tax = sum(taxes.values(), D("0.00"))
    total = net + tax
    terms = None if credit else pick(rng, TERMS + [None])
    due = None
    if not credit and terms != "Išankstinis apmokėjimas" and chance(rng, 0.8):
        due = issued + timedelta(days=pick(rng, [7, 10, 14, 14, 30]))
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="LT", currency="EUR", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms)
    group = pick(rng, ["fr", "fr_nbsp", "de", "plain"])
    mark = pick(rng, [" €", " EUR", ""])
    sign = "-" if credit else ""

    def n(value: D) -> str:
        text = fmt_number(value, group) if group != "plain" else fmt_number(value, "plain").replace(".", ",")
        return f"{sign}{text}" if value else text

    def m(value: D) -> str:
        return n(value) + mark

    date_style = pick(rng, ["words", "iso", "iso"])

    def d(x: date, style: str | None = None) -> str:
        return f"{x.year} m. {LT_MONTHS[x.month - 1]} {x.day} d." if (style or date_style) == "words" else x.isoformat()

    original = f"{series}{joined}{rng.randrange(1, int(nr) + 2):0{len(nr)}d}"
    title = "KREDITINĖ PVM SĄSKAITA FAKTŪRA" if credit else "PVM SĄSKAITA FAKTŪRA"
    serial = f"Serija {series} Nr. {nr}"

    def party(p, label: str, with_bank: bool) -> str:
        rows = [f"<b>{esc(p.name)}</b>"]
        if p.tax_id:
            rows += [f"Įmonės kodas: {p.extra['company_code']}", f"PVM mokėtojo kodas: {p.tax_id}"]
        rows.append("Adresas: " + esc(", ".join(p.address)))
        if with_bank and p.tax_id:
            rows += [f"A. s.: {p.extra['iban']}", f"Bankas: {esc(p.extra['bank'])}"]
        return f"<p class='lbl'>{label}</p><p>{'<br/>'.join(rows)}</p>"

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times", "Helvetica"]), size=(8.0, 9.0), table=pick(rng, ["grid", "grid", "rules", "zebra"]))
    css = theme.css(".lbl{font-weight:bold;text-transform:none;color:#333} .ttl{font-size:15pt;font-weight:bold} .box{border:0.6pt solid #888;padding:4pt}")
    width, height = A4
    tax_rows = [(f"PVM {r} %", m(taxes[r])) for r in rates]
    if len(rates) > 1 and chance(rng, 0.5):
        tax_rows.append(("PVM iš viso", m(tax)))
    totals = [("Suma be PVM", m(net))] + tax_rows + [(pick(rng, ["Iš viso su PVM", "Iš viso", "Bendra suma su PVM"]), m(total))]
    grand = " class='grand'"
    totals_html = "<table style='width:100%'>" + "".join(
        f"<tr{grand if i == len(totals) - 1 else ''}><td style='width:58%'></td><td style='width:24%'>{k}:</td><td style='width:18%' class='r'>{v}</td></tr>"
        for i, (k, v) in enumerate(totals)) + "</table>"
    spelled = words_lt(total)
    words = f"<p style='margin-top:6pt'>Suma žodžiais: {'Minus ' + spelled[0].lower() + spelled[1:] if credit else spelled}.</p>"
    pay = []
    if terms:
        pay.append(f"Apmokėjimo sąlygos: {terms}")
    if due:
        pay.append(f"Mokėti iki: {d(due)}")
    credit_ref = (f"<p class='c'>Kreditinė sąskaita {number} koreguoja PVM sąskaitą faktūrą {original}, "
                  f"{d(issued - timedelta(days=rng.randrange(5, 60)), 'iso')}. "
                  f"Priežastis: {pick(rng, ['prekių grąžinimas', 'kainos sumažinimas', 'nuolaida už kiekį'])}</p>") if credit else ""
    purpose = "" if credit else f"<p>Mokėjimo paskirtyje nurodykite sąskaitos numerį {number}.</p>"
    signatures = ("<table style='width:100%;margin-top:18pt'><tr><td style='width:50%'>Sąskaitą išrašė: ______________________<br/>"
                  f"<span class='tiny'>(pareigos, vardas, pavardė)</span> {pick(rng, ['Direktorius', 'Buhalterė', 'Vadybininkas'])}</td>"
                  "<td style='width:50%'>Sąskaitą priėmė: ______________________<br/><span class='tiny'>(pareigos, vardas, pavardė, parašas)</span></td></tr></table>")
    if layout == "classic":
        head = (f"<p class='c ttl'>{title}</p><p class='c b'>{serial}</p><p class='c'>{d(issued)}</p>"
                + credit_ref
                + f"<table style='width:100%;margin-top:10pt'><tr><td style='width:50%'>{party(vendor, 'Pardavėjas:', True)}</td>"
                f"<td style='width:50%'>{party(customer, 'Pirkėjas:', False)}</td></tr></table>")
        cols = [Col("Eil. Nr.", "center", "30pt"), Col("Prekės (paslaugos) pavadinimas"), Col("Mato vnt.", "center", "44pt"), Col("Kiekis", "right", "40pt"),
                Col("Kaina, EUR", "right", "60pt"), Col("Suma, EUR", "right", "66pt")]
        rows = [[str(i + 1), esc(li.description), li.unit, fmt_number(li.quantity, "plain", 0), n(li.unit_price), n(li.amount)] for i, li in enumerate(lines)]
        tail = totals_html + words + "".join(f"<p>{p}</p>" for p in pay) + purpose + signatures
        template = "lt_classic"
    elif layout == "saas":
        strip = [("Išrašymo data", d(issued))] + ([("Apmokėti iki", d(due))] if due else []) + ([("Apmokėjimo sąlygos", terms)] if terms else [])
        head = (f"<table style='width:100%'><tr><td style='width:60%'><p class='ttl accent'>{'PVM sąskaita faktūra' if not credit else 'Kreditinė PVM sąskaita faktūra'}</p>"
                f"<p class='b'>{serial}</p></td><td style='width:40%' class='r'><p class='b' style='font-size:12pt'>{esc(vendor.name)}</p></td></tr></table>"
                + credit_ref + "<table style='width:100%;margin-top:6pt' class='box'><tr>"
                + "".join(f"<td style='width:33%'><span class='small muted'>{k}</span><br/>{v}</td>" for k, v in strip) + "</tr></table>"
                f"<table style='width:100%;margin-top:8pt'><tr><td style='width:250pt' class='box'>{party(vendor, 'Pardavėjas', False)}</td><td style='width:10pt'></td>"
                f"<td style='width:250pt' class='box'>{party(customer, 'Pirkėjas', False)}</td></tr></table>")
        cols = [Col("Pavadinimas"), Col("Kiekis", "right", "40pt"), Col("Vnt.", "center", "40pt"), Col("Kaina be PVM", "right", "64pt"),
                Col("PVM %", "center", "38pt"), Col("Suma be PVM", "right", "68pt")]
        rows = [[esc(li.description), fmt_number(li.quantity, "plain", 0), li.unit, n(li.unit_price), str(li.tax_rate), n(li.amount)] for li in lines]
        tail = (totals_html + words + (f"<p style='margin-top:6pt'>Mokėjimo paskirtis: {number}</p>" if not credit else "")
                + f"<p>Gavėjas: {esc(vendor.name)}, {vendor.extra['iban']} ({esc(vendor.extra['bank'])})</p>")
        template = "lt_saas"
    else:
        meta = [("Sąskaitos Nr.", f"<b>{number}</b>"), ("Data", d(issued))] + ([("Mokėti iki", d(due))] if due else []) + \
            [("Užsakymo Nr.", f"U{rng.randrange(10000, 99999)}"), ("Važtaraščio Nr.", f"{series}V{rng.randrange(1000, 99999)}")]
        head = (f"<table style='width:100%'><tr><td style='width:55%'>{party(vendor, 'Pardavėjas', True)}</td><td style='width:45%'>"
                f"<p class='ttl'>{title}</p><p class='b'>{serial}</p><table style='width:100%'>"
                + "".join(f"<tr><td style='width:90pt' class='small muted'>{k}</td><td>{v}</td></tr>" for k, v in meta) + "</table></td></tr></table>"
                + credit_ref + f"<div class='box' style='margin-top:6pt'>{party(customer, 'Pirkėjas', False)}</div>")
        cols = [Col("Kodas", width="48pt"), Col("Pavadinimas"), Col("Mat. vnt.", "center", "40pt"), Col("Kiekis", "right", "38pt"),
                Col("Kaina", "right", "56pt"), Col("PVM %", "center", "34pt"), Col("Suma", "right", "62pt")]
        rows = [[li.code, esc(li.description), li.unit, fmt_number(li.quantity, "plain", 0), n(li.unit_price), str(li.tax_rate), n(li.amount)] for li in lines]
        tail = totals_html + words + "".join(f"<p>{p}</p>" for p in pay) + signatures
        template = "lt_wholesale"
    sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra", margin=(40, 36, 36, 32),
                          continued=lambda i: f"<p class='b'>{title} {serial} (tęsinys)</p>", more="Perkelta į kitą puslapį")
    return Built(doc=doc, sheet=sheet, template=template, png_scan_ok=len(sheet.pages) == 1,
                 notes={"serial": serial, "original": original if credit else None})
