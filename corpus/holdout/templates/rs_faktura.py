"""Serbian račun / faktura, in Serbian Latin or Cyrillic script, RSD, 2023-2025.

Three prints. `rs_racun_latin` (an accounting program's "RAČUN br. 123/2024" or "FAKTURA br. …": Prodavac / Izdavalac
računa and Kupac blocks with PIB, Matični broj, Šifra delatnosti, Tekući račun; Mesto i datum izdavanja računa, Datum
prometa dobara i usluga, Mesto prometa, "Valuta plaćanja" (the due date, though the word looks like a currency) and / or
"Rok plaćanja: 30 dana"; R.br. / Šifra / Naziv dobra-usluge / J.m. / Količina / Cena bez PDV / Iznos bez PDV / PDV % /
Iznos PDV / Ukupno; Osnovica za PDV 20 % (and 10 %), PDV 20 %, Ukupan iznos PDV, UKUPNO ZA UPLATU; Poziv na broj (model
97); "Račun je punovažan bez pečata i potpisa"; Fakturisao / Primio), `rs_racun_cyrillic` (the same kind of print in
Cyrillic: РАЧУН бр., Продавац, Купац, ПИБ, Матични број, Текући рачун, Датум промета, Валута плаћања, Основица, ПДВ,
УКУПНО ЗА УПЛАТУ; the names and addresses in Cyrillic), `rs_sef_pregled` (the e-faktura system's view: Elektronska
faktura, Broj dokumenta, Datum izdavanja, Datum prometa, Datum dospeća, SEF identifikator (a UUID), Broj ugovora /
narudžbenice, Prodavac and Kupac sections with Poreski identifikacioni broj (PIB), JBKJS for a public buyer, Stavke with
Kategorija PDV "S (20%)", Zbir osnovica / Ukupan PDV / Iznos za plaćanje).

Truth: vendor = Prodavac / Izdavalac računa / Продавац with its PIB as the tax id (the matični broj, šifra delatnosti and
account are decoys) and address as printed (Cyrillic on the Cyrillic print); customer = Kupac with its address; id = the
number after br. / Broj dokumenta; date = the date of issue (Datum prometa a decoy when it differs); due date = Valuta
plaćanja / Datum dospeća; payment terms = "30 dana" as printed after Rok plaćanja; net = the bases, tax = Ukupan iznos
PDV, total = UKUPNO ZA UPLATU / Iznos za plaćanje. The poziv na broj and the SEF identifier are never ids.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_seventeenth import other_party, rs_party, rs_party_cyrillic, sr_cyrillic
from corpus.holdout.money import fmt_number, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import beside, paged, priced_lines, pts, rows_html
from corpus.holdout.templates._sixteenth import kv_rows, rate_totals

FAMILY = "rs_faktura"
D = Decimal
GOODS = [("Kancelarijski papir A4 80 g", "ris", 450, 700), ("Toner HP 26X crni", "kom", 9000, 18000), ("Knjigovodstvene usluge za mesec", "usl", 15000, 60000),
         ("Prevoz robe Beograd - Novi Sad", "tura", 8000, 25000), ("Konsultantske usluge", "sat", 3500, 9000), ("Servis klima uređaja", "kom", 4000, 12000),
         ("Kabl PP-Y 3x2,5 mm2", "m", 90, 180), ("Čišćenje poslovnog prostora", "m2", 80, 220), ("Licenca za softver (12 meseci)", "kom", 25000, 120000),
         ("Radna odeća - komplet", "kom", 3500, 8000), ("Održavanje veb sajta", "mes", 12000, 40000), ("Cement PC 20M 25 kg", "džak", 600, 900),
         ("Izrada projektne dokumentacije", "usl", 40000, 180000), ("Ugradnja LED rasvete", "kom", 1500, 4500)]
FOOD = [("Mleko 2,8% mm 1 l", "kom", 120, 160), ("Hleb beli 500 g", "kom", 60, 90), ("Jaja klasa A (30 kom)", "pak", 450, 600),
        ("Brašno T-400 1 kg", "kom", 80, 120)]
UNITS_CYR = {"ris": "рис", "kom": "ком", "usl": "усл", "tura": "тура", "sat": "сат", "m": "м", "m2": "м2", "mes": "мес", "džak": "џак", "pak": "пак"}


def _model97(reference: str) -> str:
    digits = "".join(ch for ch in reference if ch.isdigit())
    return f"{98 - int(digits) * 100 % 97:02d}-{reference}"


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["rs_racun_latin", "rs_racun_latin", "rs_racun_cyrillic", "rs_racun_cyrillic", "rs_sef_pregled"])
    cyr = layout == "rs_racun_cyrillic"
    issued = random_date(rng, date(2023, 1, 3), 1050)
    supply = issued - timedelta(days=pick(rng, [0, 0, 0, 1, 3, 5, 10]))
    vendor = rs_party(rng)
    customer = other_party(rng, rs_party, vendor)
    raw = priced_lines(rng, GOODS, rng.randrange(1, 7), quantities=(1, 1, 2, 3, 4, 5, 10, 12), whole_prices=True)
    rates = [D("20")] * len(raw)
    if chance(rng, 0.2):
        food = priced_lines(rng, FOOD, rng.randrange(1, 4), quantities=(10, 20, 24, 50, 100), whole_prices=True)
        raw += food
        rates += [D("10")] * len(food)
    if layout != "rs_sef_pregled" and chance(rng, 0.12):  # a long delivery note's worth over two pages
        more = priced_lines(rng, GOODS, 14, quantities=(1, 2, 3, 5), whole_prices=True)
        extra = [Line(f"{li.description} - isporuka {i + 2}", li.quantity, li.unit_price, li.amount, li.unit) for i, li in enumerate(more + more[:rng.randrange(6, 14)])]
        raw += extra
        rates += [D("20")] * len(extra)
    bases, taxes, net, tax = rate_totals(raw, rates)
    total = net + tax
    if cyr:
        vendor, customer = rs_party_cyrillic(vendor), rs_party_cyrillic(customer)
        lines = [Line(sr_cyrillic(li.description), li.quantity, li.unit_price, li.amount, UNITS_CYR.get(li.unit, li.unit)) for li in raw]
    else:
        lines = raw
    buyer_pib = customer.tax_id
    customer.tax_id = None
    seq = rng.randrange(1, 4000)
    number = pick(rng, [f"{seq}/{issued.year}", f"{seq:04d}/{issued.year % 100}", f"RN-{issued.year}-{seq:04d}", f"F-{seq:06d}", f"{issued.year % 100}-{seq:04d}"])
    days = pick(rng, [8, 15, 15, 30, 30, 45, 60])
    due = issued + timedelta(days=days)
    show_due = layout == "rs_sef_pregled" or chance(rng, 0.75)
    show_terms = layout != "rs_sef_pregled" and (not show_due or chance(rng, 0.4))
    terms = (f"{days} дана" if cyr else f"{days} dana") if show_terms else None
    doc = Doc(document_type="invoice", locale="RS", currency="RSD", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, due_date=due if show_due else None, payment_terms=terms)
    cur = pick(rng, ["RSD", "din.", "дин." if cyr else "din."])
    trailing = "." if chance(rng, 0.6) else ""

    def n(value: D) -> str:
        return fmt_number(value, "de")

    def q(value: D) -> str:
        return str(int(value)) if value == value.to_integral_value() else f"{value}".replace(".", ",")

    def d(x: date) -> str:
        return f"{x.day:02d}.{x.month:02d}.{x.year}{trailing}"

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times", "Helvetica"]), size=(7.0, 8.0), table=pick(rng, ["grid", "grid", "boxed", "header_fill"]))
    css = theme.css(".t{font-size:14pt;font-weight:bold} .lab{color:#555;font-size:6.8pt} .bx{border:0.7pt solid #555;padding:4pt}"
                    " .ft{font-size:6.3pt;color:#555} .sec{background:#e6e6e6;font-weight:bold;padding:2pt 4pt;margin-top:6pt}")
    width, height = A4
    W = width - 72
    ref = f"{issued.year % 100}{seq:05d}"
    poziv = _model97(ref)
    L = {  # the labels in the print's script
        "seller": "Продавац" if cyr else pick(rng, ["Prodavac", "Izdavalac računa"]), "buyer": "Купац" if cyr else "Kupac",
        "pib": "ПИБ" if cyr else "PIB", "mb": "Матични број" if cyr else "Matični broj", "act": "Шифра делатности" if cyr else "Šifra delatnosti",
        "acc": "Текући рачун" if cyr else "Tekući račun", "addr": "Адреса" if cyr else "Adresa",
        "title": ("РАЧУН" if cyr else pick(rng, ["RAČUN", "FAKTURA", "RAČUN - OTPREMNICA"])), "no": "бр." if cyr else "br.",
        "place": "Место и датум издавања рачуна" if cyr else "Mesto i datum izdavanja računa",
        "supply": "Датум промета добара и услуга" if cyr else "Datum prometa dobara i usluga", "due": "Валута плаћања" if cyr else "Valuta plaćanja",
        "terms": "Рок плаћања" if cyr else "Rok plaćanja", "base": "Основица за ПДВ" if cyr else "Osnovica za PDV", "vat": "ПДВ" if cyr else "PDV",
        "vat_total": "Укупан износ ПДВ" if cyr else "Ukupan iznos PDV", "grand": "УКУПНО ЗА УПЛАТУ" if cyr else "UKUPNO ZA UPLATU",
        "poziv": "Позив на број" if cyr else "Poziv na broj", "note": "Рачун је пуноважан без печата и потписа." if cyr else "Račun je punovažan bez pečata i potpisa.",
        "by": "Фактурисао" if cyr else "Fakturisao", "got": "Примио" if cyr else "Primio",
    }

    def party_block(title: str, p, pib: str | None, *, city_line: bool = True) -> str:
        rows = [f"<p class='lab'>{title}</p><p class='b'>{esc(p.name)}</p>"]
        rows += [f"<p>{esc(x)}</p>" for x in p.address] if city_line else [f"<p>{L['addr']}: {esc(', '.join(p.address))}</p>"]
        rows.append(f"<p>{L['pib']}: {pib}</p><p>{L['mb']}: {p.extra['mb']}</p>")
        if chance(rng, 0.5):
            rows.append(f"<p>{L['act']}: {p.extra['activity']}</p>")
        rows.append(f"<p>{L['acc']}: {p.extra['account']}</p>")
        return "".join(rows)

    if layout == "rs_sef_pregled":
        cols = pts(W, 0.04, 0.36, 0.08, 0.06, 0.13, 0.07, 0.14, 0.12)
        head = ["Rb", "Naziv", "Količina", "J.m.", "Jedinična cena", "Popust", "Iznos bez PDV", "Kategorija PDV"]
    else:
        cols = pts(W, 0.04, 0.07, 0.27, 0.05, 0.07, 0.1, 0.11, 0.06, 0.1, 0.13)
        head = (["Р.бр.", "Шифра", "Назив добра / услуге", "Ј.м.", "Кол.", "Цена без ПДВ", "Износ без ПДВ", "ПДВ %", "Износ ПДВ", "Укупно"] if cyr else
                ["R.br.", "Šifra", "Naziv dobra / usluge", "J.m.", "Kol.", "Cena bez PDV", "Iznos bez PDV", "PDV %", "Iznos PDV", "Ukupno"])
    codes = [f"{rng.randrange(100, 99999):05d}" for _ in lines]

    def table(chunk) -> str:
        ths = "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(head, cols, strict=True))
        rows = []
        for i, li in chunk:
            r = rates[i - 1]
            if layout == "rs_sef_pregled":
                cells = [str(i), esc(li.description), q(li.quantity), li.unit, n(li.unit_price), "0,00", n(li.amount), f"S ({r:.0f}%)"]
                left = (1,)
            else:
                line_tax = (li.amount * r / 100).quantize(D("0.01"))
                cells = [str(i), codes[i - 1], esc(li.description), li.unit, q(li.quantity), n(li.unit_price), n(li.amount), f"{r:.0f}", n(line_tax),
                         n(li.amount + line_tax)]
                left = (1, 2)
            rows.append("<tr>" + "".join(f"<td style='width:{w}' class='{'' if j in left else 'r'}'>{c}</td>" for j, (c, w) in enumerate(zip(cells, cols, strict=True))) + "</tr>")
        return f"<table class='items'><tr>{ths}</tr>{''.join(rows)}</table>"

    if layout == "rs_sef_pregled":
        uuid = "-".join("".join(pick(rng, list("0123456789abcdef")) for _ in range(k)) for k in (8, 4, 4, 4, 12))
        public = chance(rng, 0.3)
        meta = [("Broj dokumenta", number), ("Datum izdavanja", d(issued)), ("Datum prometa", d(supply)), ("Datum dospeća", d(due)),
                ("Valuta", "RSD"), ("SEF identifikator", uuid), ("Broj ugovora", f"{rng.randrange(10, 999)}/{issued.year - rng.randrange(0, 2)}"),
                ("Broj narudžbenice", f"NAR-{rng.randrange(1000, 99999)}")]
        sellers = (f"<p class='sec'>Prodavac</p><p class='b'>{esc(vendor.name)}</p><p>Poreski identifikacioni broj (PIB): {vendor.tax_id}</p>"
                   f"<p>Matični broj: {vendor.extra['mb']}</p><p>Adresa: {esc(', '.join(vendor.address))}</p><p>Tekući račun: {vendor.extra['account']}</p>")
        buyers = (f"<p class='sec'>Kupac</p><p class='b'>{esc(customer.name)}</p><p>Poreski identifikacioni broj (PIB): {buyer_pib}</p>"
                  f"<p>Matični broj: {customer.extra['mb']}</p>" + (f"<p>JBKJS: {rng.randrange(10000, 99999)}</p>" if public else "")
                  + f"<p>Adresa: {esc(', '.join(customer.address))}</p>")
        head_html = ("<p class='t'>Elektronska faktura</p><p class='small'>Pregled dokumenta iz Sistema elektronskih faktura</p>"
                     + kv_rows(meta, (120, 260)) + beside(sellers, buyers, (W / 2, W / 2)) + "<p class='sec'>Stavke</p>")
        totals = []
        for r, base in bases.items():
            totals += [(f"Zbir osnovica - stopa {r:.0f}%", n(base)), (f"PDV {r:.0f}%", n(taxes[r]))]
        totals += [("Ukupan iznos bez PDV", n(net)), ("Ukupan PDV", n(tax)), (f"Iznos za plaćanje ({cur})", n(total))]
        closing = f"<div style='margin-left:{W - 250:.0f}pt'>{rows_html(totals, widths=(160, 90))}</div>"
        title_line = f"Elektronska faktura {number}"
    else:
        meta = [(L["place"], f"{esc(vendor.extra['city'])}, {d(issued)}"), (L["supply"], d(supply))]
        if show_due:
            meta.append((L["due"], d(due)))
        if terms:
            meta.append((L["terms"], terms))
        letter = (f"<p class='b' style='font-size:12pt;color:{theme.accent}'>{esc(vendor.name)}</p>" if chance(rng, 0.5) else "")
        head_html = (letter + beside(f"<div class='bx'>{party_block(L['seller'], vendor, vendor.tax_id)}</div>",
                                     f"<div class='bx'>{party_block(L['buyer'], customer, buyer_pib, city_line=chance(rng, 0.6))}</div>", (W / 2, W / 2))
                     + f"<p class='t' style='margin-top:8pt;text-align:center'>{L['title']} {L['no']} {number}</p>" + kv_rows(meta, (190, 200)))
        totals = []
        for r, base in bases.items():
            totals += [(f"{L['base']} {r:.0f}%", n(base)), (f"{L['vat']} {r:.0f}%", n(taxes[r]))]
        totals += [("Укупно без ПДВ" if cyr else "Ukupno bez PDV", n(net)), (L["vat_total"], n(tax)), (f"{L['grand']} ({cur})", n(total))]
        closing = (beside(f"<p style='margin-top:6pt'>{L['poziv']}: 97 {poziv}</p><p class='ft'>{L['note']}</p>",
                          rows_html(totals, widths=(160, 90)), (W - 250, 250))
                   + f"<table style='margin-top:16pt'><tr><td style='width:{W / 2 - 6:.0f}pt'>{L['by']}: {esc(vendor.extra['person'])}</td>"
                   f"<td style='width:{W / 2 - 6:.0f}pt'>{L['got']}: ____________________</td></tr></table>")
        title_line = f"{L['title']} {L['no']} {number}"

    def body(chunk, page, last):
        return (head_html if page == 0 else f"<p class='b'>{title_line}</p>") + table(chunk) + (closing if last else "")

    def footer(page_no: int, count: int) -> str:
        return f"<p class='ft' style='text-align:right'>{'Страна' if cyr else 'Strana'} {page_no}/{count}</p>"

    sheet = paged(width, height, css, (36.0, 36.0, 36.0, 30.0), list(enumerate(lines, 1)), body, footer=footer, footer_height=14.0)
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1,
                 notes={"mb": vendor.extra["mb"], "buyer_pib": buyer_pib, "poziv": poziv, "supply": supply.isoformat(), "cyrillic": cyr})
