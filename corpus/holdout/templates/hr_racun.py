"""Croatian invoices (račun), in Croatian, 2023-2025: a company's R1 invoice, a craftsman's invoice outside the VAT system
and a fiscalised till receipt.

Three prints. `hr_r1_racun` (A4): the company's header with OIB, address, IBAN and the register line (Trgovački sud, MBS,
temeljni kapital), "RAČUN R-1 br. 123-1-1" (number - business premises - device), Kupac with its OIB, Datum i vrijeme
izdavanja "15.03.2024. u 10:32", Datum isporuke, Dospijeće plaćanja, Način plaćanja "Transakcijski račun", R.br. /
Opis / Jed. mj. / Količina / Cijena / Iznos, Osnovica / PDV 25 % (13 % and 5 % rates with their own lines) / Ukupno za
platiti EUR, "Poziv na broj: HR01 123-1-1", the ZKI and JIR codes, operator, and in 2023 the fixed-rate dual display
"Fiksni tečaj konverzije 1 EUR = 7,53450 HRK" with the kuna total. `hr_obrt`: a craftsman's Word invoice "RAČUN broj
12/1/1", "Obrt … vl. Ivan Horvat", "Obveznik nije u sustavu PDV-a prema čl. 90. st. 1. Zakona o PDV-u", Ukupno, due date
and IBAN. `hr_fiskalni`: an 80 mm till receipt: shop, OIB, "Račun br: 1234/PP1/1", date and time, items with
quantity x price, PDV table Stopa / Osnovica / Iznos, UKUPNO EUR, Način plaćanja: Gotovina / Kartice, ZKI, JIR, "Hvala na
kupnji".

Amounts `1.234,56` (sometimes `1234,56`), `€` or `EUR`; dates `15.03.2024.` (the Croatian trailing stop) or `15.03.2024`.

Truth: `hr_r1_racun` and `hr_obrt` are `invoice`s, `hr_fiskalni` a `receipt` (customer null). Vendor = the issuer as
printed (an obrt's full name with "vl."), tax id = its OIB; customer = Kupac with its address (its OIB a decoy); id = the
račun number as printed (`123-1-1`, `12/1/1`, `1234/PP1/1`); document date = the issue date; due date = Dospijeće /
Rok plaćanja; payment terms null (Način plaćanja is a means of payment); net = Osnovica (the sum of the rate bases), tax =
PDV (the rate lines summed), total = Ukupno (za platiti) in EUR; an obrt outside VAT has no net and no tax. The kuna
total, the conversion rate, ZKI, JIR, MBS, IBAN and the poziv na broj are decoys.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fourteenth import hr_jir, hr_party, hr_zki
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4, Box, Sheet
from corpus.holdout.templates._fourteenth import fits_strictly, roll_sheet

FAMILY = "hr_racun"
D = Decimal
GOODS = [("Uredski papir A4 80 g", "kom", 3.5, 6.5, "25"), ("Toner za pisač HP 26A", "kom", 45, 95, "25"), ("Servis klima uređaja", "usl", 60, 180, "25"),
         ("Programiranje i održavanje web stranice", "sat", 35, 70, "25"), ("Prijevoz robe Zagreb - Split", "usl", 250, 650, "25"),
         ("Knjige - stručna literatura", "kom", 18, 45, "5"), ("Smještaj - noćenje s doručkom", "noć", 55, 130, "13"),
         ("Električni kabel PP-Y 3x2,5", "m", 0.9, 1.8, "25"), ("Montaža rasvjete", "sat", 25, 45, "25"), ("Ulje maslinovo 1 l", "kom", 9, 16, "5"),
         ("Catering usluga", "usl", 150, 900, "13"), ("Konzultantske usluge", "sat", 50, 120, "25")]
TILL = [("KRUH POLUBIJELI", 1.2, 2.2, "5"), ("MLIJEKO 2,8% 1L", 1.0, 1.6, "5"), ("KAVA ESPRESSO", 1.4, 2.2, "13"), ("SOK NARANČA 1L", 1.8, 3.2, "25"),
        ("PIVO 0,5L", 1.5, 2.8, "25"), ("ČOKOLADA 100G", 1.3, 2.6, "25"), ("VODA 1,5L", 0.6, 1.1, "25"), ("JABUKE KG", 1.2, 2.0, "5"),
        ("DETERDŽENT 2L", 5.5, 9.9, "25"), ("CIGARETE", 4.5, 5.5, "25")]


def _n(value: D, grouped: bool = True) -> str:
    return fmt_number(value, "de" if grouped else "plain").replace(".", ",") if not grouped else fmt_number(value, "de")


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["r1", "r1", "obrt", "fiskalni"])
    vendor = hr_party(rng, craft=layout == "obrt")
    issued = random_date(rng, date(2023, 1, 2), 1000)
    at = datetime(issued.year, issued.month, issued.day, rng.randrange(7, 20), rng.randrange(60))
    grouped = chance(rng, 0.75)
    euro = pick(rng, ["€", "EUR"])
    lines: list[Line] = []
    rates: list[D] = []
    if layout == "fiskalni":
        for desc, low, high, rate in rng.sample(TILL, rng.randrange(1, 7)):
            price = money(rng.uniform(low, high))
            qty = D(pick(rng, [1, 1, 2, 3]))
            lines.append(Line(desc, qty, price, qty * price))
            rates.append(D(rate))
    else:
        pool = [g for g in GOODS if layout == "r1" or g[1] in ("sat", "usl")]
        for desc, unit, low, high, rate in rng.sample(pool, rng.randrange(1, min(6, len(pool)))):
            price = money(rng.uniform(low, high))
            qty = D(pick(rng, [1, 1, 2, 3, 4, 5, 8, 10, 20]))
            lines.append(Line(desc, qty, price, qty * price, unit))
            rates.append(D(rate) if layout == "r1" else D(0))
    vat_free = layout == "obrt"
    if layout == "fiskalni":
        # till prices include PDV: per rate, the base and the tax inside the gross
        gross = {r: sum((li.amount for li, x in zip(lines, rates, strict=True) if x == r), D("0.00")) for r in sorted(set(rates), reverse=True)}
        taxes = {r: (g * r / (100 + r)).quantize(D("0.01"), rounding=ROUND_HALF_UP) for r, g in gross.items()}
        bases = {r: gross[r] - taxes[r] for r in gross}
        total = sum(gross.values(), D("0.00"))
    else:
        bases = {r: sum((li.amount for li, x in zip(lines, rates, strict=True) if x == r), D("0.00")) for r in sorted(set(rates), reverse=True)}
        taxes = {r: money(b * r / 100) for r, b in bases.items()}
        total = sum(bases.values(), D("0.00")) + (D("0.00") if vat_free else sum(taxes.values(), D("0.00")))
    net = None if vat_free else sum(bases.values(), D("0.00"))
    tax = None if vat_free else sum(taxes.values(), D("0.00"))
    premises = pick(rng, ["1", "PP1", "POSL1", "2"])
    device = pick(rng, ["1", "1", "2", "NU1"])
    seq = rng.randrange(1, 4000)
    number = {"r1": f"{seq}-{premises}-{device}" if chance(rng, 0.5) else f"{seq}/{premises}/{device}", "obrt": f"{rng.randrange(1, 300)}/1/1",
              "fiskalni": f"{seq}/{premises}/{device}"}[layout]
    due = issued + timedelta(days=pick(rng, [8, 15, 15, 30, 45])) if layout != "fiskalni" else None
    customer = hr_party(rng) if layout != "fiskalni" else None
    if customer:
        customer.extra["oib"] = customer.tax_id or ""
        customer.tax_id = None
    doc = Doc(document_type="receipt" if layout == "fiskalni" else "invoice", locale="HR", currency="EUR", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due,
              lines_sum_to="total" if layout == "fiskalni" else "net")
    stamp_date = f"{issued.day:02d}.{issued.month:02d}.{issued.year}" + ("." if chance(rng, 0.7) else "")
    zki, jir = hr_zki(rng), hr_jir(rng)
    dual = issued.year == 2023 and layout != "obrt"
    kn = (total * D("7.53450")).quantize(D("0.01"), rounding=ROUND_HALF_UP)

    def a(value: D, mark: bool = False) -> str:
        return _n(value, grouped) + (f" {euro}" if mark else "")

    if layout == "fiskalni":
        mono = chance(rng, 0.7)
        theme = Theme.pick(rng, font="Courier" if mono else "Helvetica", size=(7.5, 8.5))
        css = theme.css("p{margin:0 0 1pt 0} td{padding:0.5pt 1pt} .big{font-size:10.5pt;font-weight:bold} .sm{font-size:6.3pt}")
        roll = pick(rng, [204.0, 226.0])
        rule = f"<p>{'-' * 32}</p>" if mono else "<p style='border-top:0.6pt dashed #000;margin:2pt 0'></p>"
        rows = "".join(f"<tr><td colspan='2'>{esc(li.description)}</td></tr><tr><td style='width:60%'>  {li.quantity} x {a(li.unit_price)}</td>"
                       f"<td class='r'>{a(li.amount)}</td></tr>" for li in lines)
        vat_rows = "".join(f"<tr><td>PDV {r}%</td><td class='r'>{a(bases[r])}</td><td class='r'>{a(taxes[r])}</td></tr>" for r in bases)
        if len(bases) > 1:
            vat_rows += f"<tr><td class='b'>Ukupno</td><td class='r b'>{a(net)}</td><td class='r b'>{a(tax)}</td></tr>"
        html = (f"<p class='c b'>{esc(vendor.name)}</p>" + "".join(f"<p class='c'>{esc(x)}</p>" for x in vendor.address)
                + f"<p class='c'>OIB: {vendor.tax_id}</p>" + rule + f"<p>Račun br: {number}</p><p>Datum: {stamp_date} {at.strftime('%H:%M')}</p>"
                f"<p>Blagajnik: {pick(rng, ['Ana', 'Marko', 'Ivana', '0003'])}</p>" + rule + f"<table style='width:100%'>{rows}</table>" + rule
                + f"<table style='width:100%'><tr><td class='big' style='width:50%'>UKUPNO {euro}</td><td class='big r'>{a(total)}</td></tr></table>"
                + (f"<p class='sm'>Ukupno HRK: {_n(kn)} (1 EUR = 7,53450 HRK)</p>" if dual else "")
                + f"<table style='width:100%' class='sm'><tr><td style='width:34%'>Stopa</td><td class='r'>Osnovica</td><td class='r'>Iznos</td></tr>{vat_rows}</table>"
                + rule + f"<p>Način plaćanja: {pick(rng, ['Gotovina', 'Kartice', 'Novčanice'])}</p><p class='sm'>ZKI: {zki}</p><p class='sm'>JIR: {jir}</p>"
                "<p class='c' style='margin-top:3pt'>Hvala na kupnji!</p>")
        sheet = roll_sheet(roll, html, css, margin=8.0)
        return Built(doc=doc, sheet=sheet, template="hr_fiskalni", scan_weight=2.0, notes={"zki": zki, "jir": jir, "kn": float(kn) if dual else None})
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times"]), size=(8.0, 9.0), table=pick(rng, ["grid", "rules", "header_fill", "zebra"]))
    css = theme.css(".t{font-size:15pt;font-weight:bold}")
    cust_html = (f"<p class='small muted'>Kupac:</p><p class='b'>{esc(customer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in customer.address)
                 + f"<p>OIB: {customer.extra['oib']}</p>")
    rows = [[str(i), esc(li.description), li.unit, _n(li.quantity, False).replace(",00", "") if li.quantity != li.quantity.to_integral_value() else str(int(li.quantity)),
             a(li.unit_price)] + ([f"{r}%"] if layout == "r1" else []) + [a(li.amount)] for i, (li, r) in enumerate(zip(lines, rates, strict=True), 1)]
    head = "<tr><th>R.br.</th><th>Opis</th><th>Jed. mj.</th><th class='r'>Količina</th><th class='r'>Cijena</th>" + \
        ("<th class='r'>PDV</th>" if layout == "r1" else "") + "<th class='r'>Iznos</th></tr>"
    table = "<table class='items'>" + head + "".join("<tr>" + "".join(f"<td class='{'r' if j >= 3 else ''}'>{c}</td>" for j, c in enumerate(row)) + "</tr>" for row in rows) + "</table>"
    if layout == "r1":
        summary = [("Osnovica", a(net))] + [(f"PDV {r}%", a(taxes[r])) for r in bases] + [(f"Ukupno za platiti {euro}", a(total))]
        title = f"RAČUN R-1 br. {number}" if chance(rng, 0.6) else f"RAČUN br. {number}"
        header = (f"<table style='width:100%'><tr><td style='width:60%'><p class='b' style='font-size:12pt'>{esc(vendor.name)}</p>"
                  + "".join(f"<p>{esc(x)}</p>" for x in vendor.address) + f"<p>OIB: {vendor.tax_id}</p><p>IBAN: {vendor.extra['iban']}</p></td>"
                  f"<td style='width:40%'>{cust_html}</td></tr></table>")
        meta = [("Datum i vrijeme izdavanja", f"{stamp_date} u {at.strftime('%H:%M')}"), ("Datum isporuke", stamp_date),
                ("Dospijeće plaćanja", f"{due.day:02d}.{due.month:02d}.{due.year}."), ("Način plaćanja", "Transakcijski račun"),
                ("Operater", pick(rng, ["Ivana Babić", "ADMIN", "Marko Jurić"]))]
        tail = (f"<p style='margin-top:6pt'>Poziv na broj: HR01 {number.replace('/', '-')}</p>"
                + (f"<p class='small'>Fiksni tečaj konverzije 1 EUR = 7,53450 HRK. Ukupno: {_n(kn)} HRK</p>" if dual else "")
                + f"<p class='small' style='margin-top:6pt'>ZKI: {zki}<br/>JIR: {jir}</p>"
                f"<p class='tiny muted' style='margin-top:10pt'>Društvo je upisano u sudski registar Trgovačkog suda u Zagrebu, MBS {vendor.extra['mbs']}, "
                f"temeljni kapital {pick(rng, ['2.654,46', '20.000,00', '2,65'])} EUR uplaćen u cijelosti.</p>")
        template = "hr_r1_racun"
    else:
        summary = [(f"Ukupno ({euro})", a(total))]
        title = f"RAČUN broj {number}"
        header = (f"<p class='b' style='font-size:12pt'>{esc(vendor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address)
                  + f"<p>OIB: {vendor.tax_id}</p><div style='margin-top:10pt'>{cust_html}</div>")
        meta = [("Mjesto i datum izdavanja", f"{vendor.address[-1].split(' ', 1)[1]}, {stamp_date}"), ("Vrijeme izdavanja", at.strftime("%H:%M")),
                ("Rok plaćanja", f"{due.day:02d}.{due.month:02d}.{due.year}.")]
        tail = (f"<p style='margin-top:6pt'>Obveznik nije u sustavu PDV-a prema čl. 90. st. 1. Zakona o PDV-u.</p>"
                f"<p>Plaćanje na IBAN: {vendor.extra['iban']}, poziv na broj: {number.replace('/', '-')}</p>"
                f"<p class='small' style='margin-top:6pt'>ZKI: {zki}<br/>JIR: {jir}</p><p style='margin-top:14pt'>{esc(vendor.name.split(', vl. ')[-1])}, vlasnik</p>")
        template = "hr_obrt"
    meta_html = "<table style='margin-top:8pt'>" + "".join(f"<tr><td style='width:150pt'>{k}:</td><td>{v}</td></tr>" for k, v in meta) + "</table>"
    totals = "<table style='width:100%;margin-top:6pt'>" + "".join(
        f"<tr><td style='width:58%'></td><td style='width:26%' class='{'b' if k.startswith('Ukupno') else ''}'>{k}</td>"
        f"<td style='width:16%' class='r {'b' if k.startswith('Ukupno') else ''}'>{v}</td></tr>" for k, v in summary) + "</table>"
    html = header + f"<p class='t' style='margin-top:12pt'>{title}</p>" + meta_html + table + totals + tail
    width, height = A4
    rect = (42.0, 40.0, width - 42.0, height - 40.0)
    if not fits_strictly(html, css, rect):
        raise AssertionError(f"{template}: body does not fit the page")
    sheet = Sheet(width=width, height=height, css=css, pages=[[Box(rect, html)]])
    return Built(doc=doc, sheet=sheet, template=template, notes={"zki": zki, "jir": jir, "kn": float(kn) if dual else None,
                                                                  "customer_oib": customer.extra["oib"]})
