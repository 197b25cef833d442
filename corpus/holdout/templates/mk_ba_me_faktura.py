"""North Macedonian, Bosnian and Montenegrin invoices: фактура in Macedonian Cyrillic (MKD, ден.), faktura in Bosnian Latin
(BAM, KM) and the fiscalised Montenegrin račun / faktura (EUR), 2023-2025.

Three prints. `mk_faktura` (ФАКТУРА бр. 123/2024: Продавач / Купувач, ЕДБ `MK4030…` (13 digits with a check digit; the seller's
= tax id, the buyer's a decoy), ЕМБС (decoy), жиро сметка and банка депонент (decoys), Датум / Датум на промет (decoy) / Валута
(= due date), Р.бр. / Опис / Ед. мерка / Количина / Цена / ДДВ % / Износ, ДДВ 18 % and 5 % on separate rows, Вкупно без ДДВ /
ДДВ / Вкупно за плаќање, ден.), `ba_faktura` (FAKTURA broj 0123/24: Prodavac / Kupac, ID broj (JIB, 13 digits, a decoy) and PDV
broj (its last 12 digits, = tax id), Datum izdavanja / Datum isporuke (decoy) / Rok plaćanja (= due date), PDV 17 %, Ukupno bez
PDV-a / PDV / Ukupno za plaćanje (KM), transakcijski račun), `me_faktura` (the fiscalised FAKTURA / RAČUN br. 45/2024 from
Montenegro: PIB (8 digits with a mod-11 check digit, = tax id), PDV registracioni broj (decoy), the buyer's PIB (decoy), IKOF
and JIKR (decoys) with the verification QR, PDV 21 % / 15 % / 7 %, Osnovica / PDV / Ukupno za plaćanje, €).

Truth: an `invoice`; vendor = the seller with its address and tax id as above; customer = the buyer with its address; id = the
number as printed after бр. / broj / br.; date = the issue date; net = the total without VAT; tax = the VAT (the sum of the rate
rows when two rates are printed); total = the amount to pay; due date where printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentysecond import (
    ba_jib,
    ba_party,
    me_ikof,
    me_jikr,
    me_party,
    me_pib,
    mk_edb,
    mk_party,
)
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import dotted, priced_lines
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import ARRANGEMENTS, invoice

FAMILY = "mk_ba_me_faktura"
D = Decimal
MK_ITEMS = [("Канцелариска хартија А4 80 g", "рис", 180, 320, 18), ("Тонер касета HP 59A", "парче", 4200, 8900, 18), ("Леб бел 500 g", "парче", 30, 45, 5),
            ("Млеко свежо 1 L", "литар", 55, 80, 5), ("Услуга - одржување на софтвер", "месец", 12000, 60000, 18), ("Цемент 25 kg", "вреќа", 280, 420, 18),
            ("Транспортни услуги Скопје - Битола", "тура", 9000, 22000, 18), ("Лаптоп 15,6\"", "парче", 32000, 68000, 18), ("Кафе мелено 1 kg", "кг", 650, 1100, 18)]
BA_ITEMS = [("Kancelarijski papir A4 80 g", "ris", 6, 11), ("Toner HP 59A", "kom", 140, 280), ("Cement 25 kg", "vreća", 8, 14),
            ("Usluge održavanja softvera", "mjesec", 300, 1800), ("Prijevoz robe Sarajevo - Mostar", "tura", 250, 700), ("Radna odijela", "kom", 45, 110),
            ("Laptop 15,6\"", "kom", 1100, 2400), ("Ogrjevno drvo bukva", "m3", 90, 140), ("Servis klima uređaja", "kom", 60, 160)]
ME_ITEMS = [("Smještaj - dvokrevetna soba", "noć", 55, 180, 7), ("Usluge računovodstva", "mjesec", 150, 900, 21), ("Građevinski materijal - blokovi", "kom", 1, 3, 21),
            ("Hljeb bijeli", "kom", 1, 2, 7), ("Najam vozila", "dan", 25, 90, 21), ("Kafa espresso", "kom", 1, 3, 21), ("Maslinovo ulje 1 l", "kom", 8, 16, 15),
            ("IT podrška", "sat", 20, 60, 21), ("Obuka zaposlenih", "dan", 200, 700, 21)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["mk_faktura", "ba_faktura", "me_faktura"])
    issued = random_date(rng, date(2023, 1, 9), 1000)
    days = pick(rng, [8, 15, 15, 30, 30, 45, 60])
    due = issued + timedelta(days=days)
    supply = issued - timedelta(days=rng.randrange(0, 6))
    theme = Theme.pick(rng, size=(7.5, 9.0))
    width, height = A4
    notes: dict = {}
    if layout == "mk_faktura":
        vendor, customer = mk_party(rng), mk_party(rng)
        while customer.name == vendor.name:
            customer = mk_party(rng)
        buyer_edb = mk_edb(rng)
        customer.tax_id = None
        pool = [(a, b, c, e) for a, b, c, e, _r in MK_ITEMS]
        rates = {a: r for a, _b, _c, _e, r in MK_ITEMS}
        lines = priced_lines(rng, pool, rng.randrange(1, 9), whole_prices=True)
        for li in lines:
            li.tax_rate = D(rates[li.description])
        cur, sym, label = "MKD", pick(rng, ["ден.", "МКД", "денари"]), "ДДВ"
        number = f"{rng.randrange(1, 2500)}/{issued.year}"
        title, subtitle = "ФАКТУРА", ""
        meta = [("Фактура бр.", number), ("Датум:", dotted(issued)), ("Датум на промет:", dotted(supply)), ("Валута:", dotted(due))]
        vrows = [f"ЕДБ: {vendor.tax_id}", f"ЕМБС: {vendor.extra['embs']}", f"Жиро сметка: {vendor.extra['account']}", f"Тел.: {vendor.phone}"]
        brows = [f"ЕДБ: {buyer_edb}"]
        buyer_label = "Купувач"
        head = ["Р.бр.", "Опис", "Ед. мерка", "Количина", "Цена без ДДВ", "ДДВ %", "Износ без ДДВ"]
        notes.update(buyer_tax=buyer_edb, embs=vendor.extra["embs"])
        foot = ["Рекламации се примаат во рок од 8 дена.", f"Во случај на доцнење се пресметува законска казнена камата. Фактурирал: {pick(rng, ['Ана', 'Марко', 'Елена', 'Горан'])}"]
        sep = "."
    elif layout == "ba_faktura":
        vendor, customer = ba_party(rng), ba_party(rng)
        while customer.name == vendor.name:
            customer = ba_party(rng)
        buyer_jib = ba_jib(rng)
        customer.tax_id = None
        lines = priced_lines(rng, BA_ITEMS, rng.randrange(1, 9))
        for li in lines:
            li.tax_rate = D(17)
        cur, sym, label = "BAM", pick(rng, ["KM", "BAM"]), "PDV"
        number = f"{rng.randrange(1, 2500):04d}/{issued.year % 100:02d}"
        title, subtitle = "FAKTURA", ""
        meta = [("Broj:", number), ("Datum izdavanja:", dotted(issued, trailing=".")), ("Datum isporuke:", dotted(supply, trailing=".")),
                ("Rok plaćanja:", dotted(due, trailing="."))]
        vrows = [f"ID broj: {vendor.extra['jib']}", f"PDV broj: {vendor.tax_id}", f"Transakcijski račun: {vendor.extra['account']}", f"Tel: {vendor.phone}"]
        brows = [f"ID broj: {buyer_jib}", f"PDV broj: {buyer_jib[1:]}"]
        buyer_label = "Kupac"
        head = ["R.br.", "Naziv robe / usluge", "JM", "Količina", "Cijena bez PDV", "PDV %", "Iznos bez PDV"]
        notes.update(buyer_tax=buyer_jib[1:], jib=vendor.extra["jib"])
        foot = [f"Upisano u sudski registar pod brojem {vendor.extra['court']}.", "Faktura je punovažna bez pečata i potpisa."]
        sep = pick(rng, [".", ""])
    else:
        vendor, customer = me_party(rng), me_party(rng)
        while customer.name == vendor.name:
            customer = me_party(rng)
        buyer_pib = me_pib(rng)
        customer.tax_id = None
        pool = [(a, b, c, e) for a, b, c, e, _r in ME_ITEMS]
        rates = {a: r for a, _b, _c, _e, r in ME_ITEMS}
        lines = priced_lines(rng, pool, rng.randrange(1, 9))
        for li in lines:
            li.tax_rate = D(rates[li.description])
        cur, sym, label = "EUR", pick(rng, ["€", "EUR"]), "PDV"
        number = f"{rng.randrange(1, 3000)}/{issued.year}"
        title, subtitle = pick(rng, ["FAKTURA", "RAČUN"]), "Fiskalizovan račun"
        ikof, jikr = me_ikof(rng), me_jikr(rng)
        meta = [("Broj:", number), ("Datum i vrijeme:", f"{dotted(issued)} {rng.randrange(8, 20):02d}:{rng.randrange(60):02d}"), ("Rok plaćanja:", dotted(due))]
        vrows = [f"PIB: {vendor.tax_id}", f"PDV broj: {vendor.extra['pdv']}", f"Žiro račun: {vendor.extra['account']}"]
        brows = [f"PIB kupca: {buyer_pib}"]
        buyer_label = "Kupac"
        head = ["Rb.", "Opis", "JM", "Kol.", "Cijena bez PDV", "PDV %", "Iznos bez PDV"]
        notes.update(buyer_tax=buyer_pib, pdv=vendor.extra["pdv"], ikof=ikof, jikr=jikr)
        foot = [f"IKOF: {ikof}", f"JIKR: {jikr}", f"Kod operatera: {pick(rng, ['ab123cd456', 'xy987zt321', 'op555qw888'])} · ENU: {pick(rng, ['ef', 'kj', 'mn'])}{rng.randrange(100, 999)}xy{rng.randrange(100, 999)}"]
        sep = "."
    net = sum((li.amount for li in lines), D("0.00"))
    by_rate: dict[Decimal, Decimal] = {}
    for li in lines:
        by_rate[li.tax_rate] = by_rate.get(li.tax_rate, D("0.00")) + li.amount
    taxes = {r: money(base * r / 100) for r, base in sorted(by_rate.items(), reverse=True)}
    tax = sum(taxes.values(), D("0.00"))
    total = net + tax
    doc = Doc(document_type="invoice", locale=layout[:2].upper(), currency=cur, vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, due_date=due)

    def n(v):
        return amount(v, sep, ",")

    numbered = list(enumerate(lines, 1))

    def cells(item):
        i, li = item
        return [str(i), esc(li.description), li.unit, str(li.quantity), n(li.unit_price), f"{li.tax_rate}", n(li.amount)]

    if layout == "mk_faktura":
        totals = [("Вкупно без ДДВ", n(net))] + [(f"ДДВ {r}%", n(t)) for r, t in taxes.items()] + [(f"Вкупно за плаќање ({sym})", n(total))]
    elif layout == "ba_faktura":
        totals = [("Ukupno bez PDV-a", n(net)), ("PDV 17%", n(tax)), (f"Ukupno za plaćanje ({sym})", n(total))]
    else:
        totals = [("Osnovica (bez PDV)", n(net))] + [(f"PDV {r}%", n(t)) for r, t in taxes.items()] + [(f"Ukupno za plaćanje {sym}", n(total))]
    notes["label"] = label
    return invoice(doc, layout, pick(rng, ARRANGEMENTS), theme, width, height, title=title, subtitle=subtitle, vendor_rows=vrows, buyer_label=buyer_label,
                   buyer_rows=brows, meta=meta, head=head, fractions=(0.06, 0.38, 0.08, 0.09, 0.15, 0.08, 0.16), numeric={3, 4, 6}, cells=cells,
                   totals=totals, foot=foot, notes=notes, rows=numbered, qr=f"https://mapr.tax.gov.me/ic/#/verify?iic={notes['ikof']}" if "ikof" in notes else None,
                   footer_text=pick(rng, ["", "Strana" if layout != "mk_faktura" else "Страна"]))
