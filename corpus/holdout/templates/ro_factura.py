"""Romanian "Factură" (TVA 19 %, 9 % and 5 %, before August 2025).

Three prints: the classic three-block form (Furnizor left, FACTURA with "Seria ABC nr. 00123", "Data
(ziua, luna, anul)" and "Cota T.V.A." in the middle, Cumpărător right, each party with Nr. ord. reg. com.
`J40/1234/2015`, C.U.I. / C.I.F., Sediul, Județul, Capital social, Cont IBAN and Banca; the table Nr. crt. /
Denumirea produselor sau a serviciilor / U.M. / Cantitatea / Prețul unitar (fără T.V.A.) -lei- / Valoarea
-lei- / Valoarea T.V.A. -lei- with the column-number row 0-6 and VAT worked out per line; the foot with
"Semnătura și ștampila furnizorului", "Date privind expediția" (numele delegatului, B.I./C.I. seria … nr. …,
mijlocul de transport nr. …, "Expedierea s-a efectuat în prezența noastră la data de … ora …"), "Semnătura de
primire", Total and "Total de plată (col. 5 + col. 6)"); a cloud invoicing app's print in the manner of
SmartBill / Oblio (title "FACTURA ABC0123", Seria / Număr / Data emiterii / Data scadenței / Termen de plată
cells, Cotă TVA per line, Total fără TVA / TVA 19 % / TVA 9 % / Total de plată, "Factura circulă fără
semnătură și ștampilă conform art. 319 alin. (29) din Legea nr. 227/2015 privind Codul fiscal", the
e-Factura / SPV upload index); and a services invoice billed in lei from a euro contract value ("Servicii
de consultanță conform contract nr. 12/2023, luna martie 2024", "Valoare EUR 2.000,00 la cursul BNR 4,9750
lei/EUR din 14.03.2024").

Amounts `1.234,56 lei` or `1.234,56 RON` (`Total de plată: 12.345,67 lei`); dates `15.03.2024`,
`15/03/2024` or `15 martie 2024`.

Truth: vendor = the Furnizor; tax id = its CIF / CUI as printed (`RO12345678` for a VAT payer, mod-11 check
over the key 753217532); the Nr. Reg. Com., capital social, IBAN and bank, the Cumpărător's CIF, Reg. Com.
and bank, the SPV index, the delegate's identity card and the vehicle number, the contract number, the euro
value and the BNR rate are decoys. **Id: the series and the number together, in the combined form the
document prints** (`ABC 00123` in "contravaloare factură ABC 00123", `ABC0123` in the title), as for the
CFDI's Serie + Folio: the software also prints them apart ("Seria ABC nr. 00123"). Net = Total fără TVA /
the Total row's value column, tax = TVA (the Total row's VAT column, or the per-rate lines summed; on the
classic form the VAT is worked out per line and the Total row adds those), total = Total de plată.
Document date = Data (emiterii); due date = Data scadenței where printed; payment terms = what follows
"Termen de plată" ("30 zile").
"""

from __future__ import annotations

import random
import string
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line, tax_on
from corpus.holdout.components import Col, Theme, esc, lines_html, logo, rate, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eighth import fmt_of
from corpus.holdout.fakes_tenth import RO_BANKS, ro_iban, ro_party
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._eighth import flowing_sheet

FAMILY = "ro_factura"
DOCUMENT_TYPE = "invoice"
GOODS = [("Hârtie copiator A4 80 g/mp (top 500 coli)", "top", 22, 38, 19), ("Cartuș toner HP 59A negru", "buc", 390, 820, 19),
         ("Scaun ergonomic de birou", "buc", 450, 1300, 19), ("Cablu electric CYY-F 3x2,5 mmp", "m", 5, 11, 19), ("Vopsea lavabilă albă 15 l", "buc", 130, 260, 19),
         ("Ciment Portland 40 kg", "sac", 28, 42, 19), ("Plăci gips-carton 12,5 mm", "buc", 24, 39, 19), ("Laptop 15,6\" i5 16 GB 512 GB SSD", "buc", 2900, 4800, 19),
         ("Transport marfă", "km", 3, 6, 19), ("Manoperă montaj", "ore", 80, 180, 19), ("Detergent profesional 5 l", "buc", 45, 95, 19),
         ("Apă minerală 0,5 l (bax 12 buc)", "bax", 18, 32, 9), ("Cafea boabe 1 kg", "kg", 75, 140, 9), ("Ulei de floarea-soarelui 1 l", "buc", 8, 13, 9),
         ("Făină albă 000, 1 kg", "kg", 3, 6, 9), ("Cazare cameră single", "noapte", 220, 480, 9), ("Servicii de catering", "pers", 45, 120, 9),
         ("Manual de specialitate – contabilitate", "buc", 60, 180, 5), ("Abonament revistă tehnică (12 numere)", "buc", 150, 420, 5)]
SERVICES = ["Servicii de consultanță", "Servicii de dezvoltare software", "Servicii de mentenanță IT", "Servicii de contabilitate",
            "Servicii de marketing online", "Servicii de audit intern"]
PERSONS = ["Ion Popescu", "Maria Ionescu", "Andrei Stan", "Elena Georgescu", "Mihai Dumitru", "Ana Marin", "George Tudor"]


def _series(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.choice([2, 3, 3, 4])))


def _lines(rng: random.Random, count: int, mixed: bool) -> list[Line]:
    pool = [g for g in GOODS if g[4] == 19] if not mixed else GOODS
    chosen = rng.sample(pool, min(count, len(pool)))
    while len(chosen) < count:   # long orders repeat products in other packs or grades, as real stock lists do
        desc, unit, low, high, vat = pick(rng, pool)
        variant = desc + pick(rng, [" – lot 2", " (ambalaj nou)", ", varianta B", " – marfă în stoc", ", alb", ", gri", " – calitatea I", ", set 2"])
        if variant not in {c[0] for c in chosen}:
            chosen.append((variant, unit, low, high, vat))
    lines = []
    for desc, unit, low, high, vat in chosen:
        qty = Decimal(rng.randrange(1, 17)) / 2 if unit == "ore" else Decimal(pick(rng, [1, 1, 2, 3, 4, 5, 6, 10, 12, 20, 25, 50]))
        if unit in ("m", "km"):
            qty = Decimal(rng.randrange(20, 600))
        if high > 2000:
            qty = Decimal(pick(rng, [1, 1, 2, 3]))
        price = money(rng.uniform(low, high))
        if qty != qty.to_integral_value():
            price = (price * 2).quantize(Decimal(1)) / 2
        lines.append(Line(desc, qty, money(price), money(qty * price), unit, tax_rate=Decimal(vat)))
    return lines


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["clasic", "cloud", "servicii"])
    vendor, customer = ro_party(rng), ro_party(rng)
    if not vendor.tax_id.startswith("RO"):   # a VAT payer (it charges TVA): its CIF carries the RO prefix
        vendor.tax_id = "RO" + vendor.tax_id
    issued = random_date(rng, date(2023, 1, 3), 930)
    pattern = pick(rng, ["dmy_dot", "dmy_dot", "dmy_slash", "d_month_y"])
    fmt = fmt_of("RO", "RON", number_style="de", symbol=pick(rng, ["lei", "lei", "RON"]), position="post_space", date_pattern=pattern, lang="ro")
    m, num = fmt.money, fmt.num
    series = _series(rng)
    digits = pick(rng, [4, 5, 7])
    raw_number = f"{rng.randrange(1, 10 ** min(digits, 4)):0{digits}d}"
    joiner = pick(rng, [" ", "", "-"])
    number = f"{series}{joiner}{raw_number}"
    days = pick(rng, [15, 30, 30, 45, 60])
    due = issued + timedelta(days=days)
    per_line_vat = layout == "clasic"

    if layout == "servicii":
        service = pick(rng, SERVICES)
        month = fmt.date(issued - timedelta(days=20), "d_month_y").split(" ", 1)[1]
        contract = f"{rng.randrange(1, 99)}/{issued.year - rng.randrange(0, 3)}"
        eur = money(pick(rng, [1200, 1500, 2000, 2400, 3000, 3500, 4800, 6000]))
        bnr = Decimal(f"4.{rng.randrange(9400, 9980)}")
        value = money(eur * bnr)
        lines = [Line(f"{service} conform contract nr. {contract}, luna {month}", Decimal(1), value, value, "luna", tax_rate=Decimal(19))]
        if chance(rng, 0.35):
            extra = money(rng.uniform(150, 900))
            lines.append(Line(pick(rng, ["Cheltuieli de deplasare refacturate", "Licențe software refacturate", "Ore suplimentare"]), Decimal(1), extra, extra,
                              "buc", tax_rate=Decimal(19)))
    else:
        count = rng.randrange(1, 8) if chance(rng, 0.65) else rng.randrange(9, 19) if chance(rng, 0.4) else rng.randrange(34, 48)
        lines = _lines(rng, count, mixed=layout == "cloud" or chance(rng, 0.3))
    net = sum((li.amount for li in lines), Decimal("0.00"))
    rates = sorted({li.tax_rate for li in lines}, reverse=True)
    bases = {r: sum((li.amount for li in lines if li.tax_rate == r), Decimal("0.00")) for r in rates}
    line_vat = {id(li): tax_on(li.amount, li.tax_rate) for li in lines}
    if per_line_vat:
        taxes = {r: sum((line_vat[id(li)] for li in lines if li.tax_rate == r), Decimal("0.00")) for r in rates}
    else:
        taxes = {r: tax_on(bases[r], r) for r in rates}
    tax = sum(taxes.values(), Decimal("0.00"))
    total = net + tax
    show_due = layout != "clasic" or chance(rng, 0.5)
    show_terms = chance(rng, 0.6)
    terms = pick(rng, [f"{days} zile", f"{days} de zile", f"{days} zile de la data emiterii"]) if show_terms else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale="RO", currency="RON", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, due_date=due if show_due else None, payment_terms=terms)
    bank_code, bank_name = pick(rng, RO_BANKS[:-1])
    iban = ro_iban(rng, bank_code)
    treasury = ro_iban(rng, "TREZ") if chance(rng, 0.2) else None
    cust_code, cust_bank = pick(rng, RO_BANKS[:-1])
    cust_iban = ro_iban(rng, cust_code)
    spv = f"{rng.randrange(10**9, 5 * 10**9)}"
    delegate = pick(rng, PERSONS)
    ci = f"{pick(rng, ['RX', 'RT', 'KX', 'CJ', 'IS', 'TM', 'XB'])} nr. {rng.randrange(100000, 999999)}"
    vehicle = f"{pick(rng, ['B', 'CJ', 'IS', 'TM', 'CT', 'BV'])}-{rng.randrange(10, 999):02d}-{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.5, 9.0))
    css = theme.css(".ttl{font-size:17pt;font-weight:bold} .lbl{font-size:7pt;color:#555} .cell{border:0.6pt solid #666;padding:2pt 4pt} .num td{font-size:6.5pt;color:#666}")
    width, height = A4
    cite = f"contravaloare factură {esc(number)}" if layout != "cloud" else f"factura {esc(number)}"

    def party_block(p, title: str, acct: str, bank: str, own: bool) -> str:
        cui_label = pick(rng, ["C.U.I.", "C.I.F.", "CIF", "Cod fiscal"])
        return (f"<p class='lbl'>{title}</p><p class='b'>{esc(p.name)}</p>"
                f"<p class='small'>Nr. ord. reg. com.: {p.extra['reg_com']}<br/>{cui_label}: {p.tax_id}<br/>Sediul: </p><p class='small'>{lines_html(p.address)}</p>"
                f"<p class='small'>" + (f"Capital social: {p.extra['capital']}<br/>" if own else "") + f"Cont: {acct}<br/>Banca: {esc(bank)}</p>")

    if layout == "clasic":
        single_rate = len(rates) == 1
        middle = (f"<p class='ttl c'>FACTURA</p><p class='c'>Seria <b>{series}</b> nr. <b>{raw_number}</b></p>"
                  f"<p class='c small'>Data (ziua, luna, anul):<br/>{fmt.date(issued)}</p>"
                  + (f"<p class='c small'>Cota T.V.A.: {rate(rates[0])}%</p>" if single_rate else "")
                  + (f"<p class='c small'>Data scadenței: {fmt.date(due)}</p>" if show_due else ""))
        head = (f"<table style='width:100%'><tr><td style='width:38%'>{party_block(vendor, 'Furnizor:', iban, bank_name, True)}</td>"
                f"<td style='width:24%'>{middle}</td><td style='width:38%'>{party_block(customer, 'Cumpărător:', cust_iban, cust_bank, False)}</td></tr></table>")
        heads = ["Nr. crt.", "Denumirea produselor sau a serviciilor", "U.M.", "Cantitatea", "Prețul unitar (fără T.V.A.) -lei-", "Valoarea -lei-",
                 "Valoarea T.V.A. -lei-" + ("" if single_rate else " (cota)")]
        numbers = ["0", "1", "2", "3", "4", "5 (3x4)", "6"]
        titles = [f"{h}<br/><span class='tiny'>{n}</span>" for h, n in zip(heads, numbers, strict=True)]
        cols = [Col(titles[0], width="26pt"), Col(titles[1], width="165pt"), Col(titles[2], width="30pt"), Col(titles[3], "right", "45pt"),
                Col(titles[4], "right", "60pt"), Col(titles[5], "right", "60pt"), Col(titles[6], "right", "62pt")]
        rows = [[str(i), esc(li.description), esc(li.unit), fmt.qty(li.quantity), num(li.unit_price), num(li.amount),
                 num(line_vat[id(li)]) + ("" if single_rate else f" ({rate(li.tax_rate)}%)")] for i, li in enumerate(lines, 1)]
        foot = (f"<table style='width:100%;margin-top:4pt'><tr><td class='cell small' style='width:24%'>Semnătura și ștampila furnizorului<br/><br/><br/></td>"
                f"<td class='cell small' style='width:46%'>Date privind expediția:<br/>Numele delegatului: {esc(delegate)}<br/>B.I./C.I. seria {ci}<br/>"
                f"Mijlocul de transport: auto nr. {vehicle}<br/>Expedierea s-a efectuat în prezența noastră la data de {fmt.date(issued)} ora {rng.randrange(8, 18)}:{rng.randrange(0, 60):02d}<br/>"
                f"Semnăturile: ____________</td><td class='cell' style='width:30%'><table style='width:100%'><tr><td class='b'>Total</td><td class='r'>{num(net)}</td>"
                f"<td class='r'>{num(tax)}</td></tr><tr><td colspan='3' class='small'>Semnătura de primire</td></tr>"
                f"<tr><td colspan='2' class='b'>Total de plată<br/><span class='tiny'>(col. 5 + col. 6)</span></td><td class='r b'>{num(total)}</td></tr></table></td></tr></table>")
        pay = (f"<p class='small' style='margin-top:6pt'>Termen de plată: {esc(terms)}</p>" if show_terms else "") + \
            f"<p class='small'>Vă rugăm să menționați la plată: {cite}.</p>" + \
            (f"<p class='small'>Plata TVA în contul de Trezorerie: {treasury}</p>" if treasury else "")
        tail = foot + pay + (f"<p class='tiny muted'>Index încărcare SPV (e-Factura): {spv}</p>" if chance(rng, 0.6) else "")
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=False,
                              continued=lambda i: f"<p class='b'>Factura seria {series} nr. {raw_number} – pagina {i + 1}</p>",
                              more="continuare pe pagina următoare")
        notes = {"per_line_vat": True}
    elif layout == "cloud":
        cells = [("Seria", series), ("Număr", raw_number), ("Data emiterii", fmt.date(issued))]
        if show_due:
            cells.append(("Data scadenței", fmt.date(due)))
        if show_terms:
            cells.append(("Termen de plată", esc(terms)))
        cells_html = ("<table style='width:100%'><tr>" + "".join(f"<td class='cell'><span class='lbl'>{k}</span><br/>{v}</td>" for k, v in cells) + "</tr></table>")
        head = (f"<table style='width:100%'><tr><td style='width:50%'>{logo(vendor.name, rng, theme.accent)}</td><td style='width:50%' class='r'>"
                f"<p class='ttl accent'>FACTURA {esc(number)}</p><p class='small muted'>Cotă TVA conform legii</p></td></tr></table>"
                f"<table style='width:100%;margin-top:8pt'><tr><td style='width:50%'>{party_block(vendor, 'Furnizor', iban, bank_name, True)}</td>"
                f"<td style='width:50%'>{party_block(customer, 'Cumpărător', cust_iban, cust_bank, False)}</td></tr></table>{cells_html}")
        cols = [Col("Nr.", width="22pt"), Col("Denumire produs / serviciu", width="170pt"), Col("U.M.", width="32pt"), Col("Cant.", "right", "38pt"),
                Col("Preț unitar fără TVA", "right", "62pt"), Col("Valoare fără TVA", "right", "65pt"), Col("Cotă TVA", "right", "38pt")]
        rows = [[str(i), esc(li.description), esc(li.unit), fmt.qty(li.quantity), num(li.unit_price), num(li.amount), f"{rate(li.tax_rate)}%"]
                for i, li in enumerate(lines, 1)]
        tot = [("Total fără TVA", m(net), False)] + [(f"TVA {rate(r)}%", m(taxes[r]), False) for r in rates]
        if len(rates) > 1 and chance(rng, 0.5):
            tot.append(("Total TVA", m(tax), False))
        tot.append(("Total de plată", m(total), True))
        tail = (totals_table(tot, width="48%", left="52%")
                + "<p class='tiny muted' style='margin-top:8pt'>Factura circulă fără semnătură și ștampilă conform art. 319 alin. (29) din Legea nr. 227/2015 privind Codul fiscal.</p>"
                + (f"<p class='small'>Întocmit de: {esc(pick(rng, PERSONS))}, CNP {rng.randrange(1, 3)}{rng.randrange(10**11, 10**12)}</p>" if chance(rng, 0.3) else "")
                + f"<p class='tiny muted'>Factura a fost transmisă în sistemul RO e-Factura. Index încărcare: {spv}</p>")
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                              continued=lambda i: f"<p class='b'>Factura {esc(number)} – pagina {i + 1}</p>", more="continuare pe pagina următoare")
        notes = {"per_line_vat": False}
    else:
        head = (f"<table style='width:100%'><tr><td style='width:55%'><p class='b' style='font-size:13pt'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}</p><p class='small'>CIF: {vendor.tax_id} · Reg. Com.: {vendor.extra['reg_com']}</p>"
                f"<p class='small'>IBAN: {iban} · {esc(bank_name)}</p></td><td style='width:45%' class='r'><p class='ttl'>FACTURĂ</p>"
                f"<p>Seria {series} nr. {raw_number}</p><p>Data: {fmt.date(issued)}</p>"
                + (f"<p>Scadența: {fmt.date(due)}</p>" if show_due else "") + "</td></tr></table>"
                f"<div class='boxed' style='margin-top:10pt'><p class='lbl'>Client</p><p class='b'>{esc(customer.name)}</p><p class='small'>{lines_html(customer.address)}</p>"
                f"<p class='small'>CIF: {customer.tax_id} · Nr. Reg. Com.: {customer.extra['reg_com']}</p></div>")
        cols = [Col("Nr.", width="22pt"), Col("Descriere", width="250pt"), Col("Cant.", "right", "40pt"), Col("Preț unitar", "right", "70pt"), Col("Valoare", "right", "75pt")]
        rows = [[str(i), esc(li.description), fmt.qty(li.quantity), num(li.unit_price), num(li.amount)] for i, li in enumerate(lines, 1)]
        eur_note = (f"<p class='small' style='margin-top:6pt'>Valoare contract: EUR {fmt.num(eur)} la cursul BNR {str(bnr).replace('.', ',')} lei/EUR din "
                    f"{fmt.date(issued - timedelta(days=1))}.</p>")
        tot = [("Total fără TVA", m(net), False), ("TVA 19%", m(tax), False), ("Total de plată", m(total), True)]
        tail = (eur_note + totals_table(tot, width="48%", left="52%")
                + (f"<p style='margin-top:6pt'>Termen de plată: {esc(terms)}</p>" if show_terms else "")
                + f"<p class='small'>Explicație plată: {cite}.</p><p class='tiny muted'>Index încărcare SPV: {spv}</p>")
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, continued=lambda i: f"<p class='b'>Factura {esc(number)} (continuare)</p>",
                              more="continuare pe pagina următoare")
        notes = {"eur": str(eur), "bnr": str(bnr), "contract": contract}
    notes.update({"series": series, "number": raw_number, "reg_com": vendor.extra["reg_com"], "spv": spv, "iban": iban})
    return Built(doc=doc, sheet=sheet, template=f"ro_{layout}", png_scan_ok=len(sheet.pages) == 1, notes=notes)
