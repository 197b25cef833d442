"""Moldovan tax invoices and payment invoices, in Romanian and Russian, MDL, 2023-2025 (invented companies and banks).

Three prints. `md_efactura` (the printed e-Factura: FACTURA FISCALĂ, "Seria EAA nr. 1234567" (the number = id, the series a
decoy), Data eliberării; Furnizor and Cumpărător boxes, each with its Cod fiscal (IDNO, 13 digits with a 7-3-1 check digit;
decoys), Cod TVA (7 digits; the supplier's = tax id), address, IBAN MD… and bank with its BIC (decoys); Contract nr. … din …,
Data livrării, Punctul de descărcare and Delegat (decoys); Nr. / Denumirea / U.M. / Cantitatea / Prețul fără TVA / Valoarea fără
TVA / Cota TVA / Suma TVA / Valoarea cu TVA with a Total row; Eliberat / Primit signatures), `md_cont_de_plata` (CONT DE PLATĂ
nr. 123 din 15 martie 2024: Beneficiar and Plătitor, Cod client (= customer id), Nr. / Denumirea / U.M. / Cantitatea / Preț /
Suma; Total fără TVA, TVA 20 % / 8 %, Total spre plată; Termen de achitare (= terms) and "Achitați până la" (= due date)),
`md_nakladnaya_ru` (the Russian-language НАЛОГОВАЯ НАКЛАДНАЯ / FACTURA FISCALĂ: Серия … № … (the number = id), Дата выписки,
Поставщик / Покупатель with Фискальный код (IDNO; decoy) and Код НДС (the supplier's = tax id), the table in Russian with Итого).
Amounts `1 234,56`, `1.234,56` or `1234.56`; dates `15.03.2024` or `15 martie 2024`. Long deliveries flow over pages.

Truth: an `invoice`; vendor = the supplier with its address and VAT code (its IDNO a decoy); customer = the buyer with its address
(its IDNO and VAT code decoys); id = the invoice number without its series; date = Data eliberării / Дата выписки / the payment
invoice's date; net = the total without VAT; tax = the VAT total (20 % and 8 %); total = the total with VAT; terms and due date
only on the payment invoice.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentyfourth import md_party
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import dotted, pts, rows_html
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfirst import build_paged

FAMILY = "md_factura_fiscala"
D = Decimal
# (Romanian, Russian, unit ro, unit ru, low, high, VAT rate)
ITEMS = [("Vin alb sec Fetească Albă 0,75 l", "Вино белое сухое Фетяска Албэ 0,75 л", "sticlă", "бут.", 55, 140, 20),
         ("Pâine albă feliată 400 g", "Хлеб белый нарезной 400 г", "buc.", "шт.", 7, 12, 8),
         ("Lapte 2,5% grăsime 1 l", "Молоко 2,5% жирности 1 л", "buc.", "шт.", 14, 22, 8),
         ("Ciment Portland M400, sac 50 kg", "Цемент портландский М400, мешок 50 кг", "sac", "меш.", 95, 140, 20),
         ("Servicii de transport marfă", "Услуги по перевозке груза", "cursă", "рейс", 800, 4500, 20),
         ("Servicii de contabilitate", "Бухгалтерские услуги", "lună", "мес.", 2500, 9000, 20),
         ("Hârtie A4 80 g/m², top 500 coli", "Бумага А4 80 г/м², пачка 500 л.", "top", "пач.", 65, 95, 20),
         ("Medicamente: paracetamol 500 mg, 20 comprimate", "Парацетамол 500 мг, 20 таблеток", "cutie", "уп.", 12, 35, 8),
         ("Reparație echipament frigorific", "Ремонт холодильного оборудования", "ore", "ч", 250, 600, 20),
         ("Motorină EURO 5", "Дизельное топливо EURO 5", "l", "л", 19, 27, 20),
         ("Struguri de masă", "Виноград столовый", "kg", "кг", 10, 25, 20),
         ("Brânză de vaci 9%", "Творог 9%", "kg", "кг", 60, 95, 8),
         ("Licență software antivirus (1 an)", "Лицензия антивирусного ПО (1 год)", "buc.", "шт.", 350, 1200, 20),
         ("Țiglă metalică 0,45 mm", "Металлочерепица 0,45 мм", "m²", "м²", 120, 210, 20)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["md_efactura", "md_efactura", "md_cont_de_plata", "md_nakladnaya_ru"])
    russian = layout == "md_nakladnaya_ru"
    vendor, customer = md_party(rng), md_party(rng)
    while customer.name == vendor.name:
        customer = md_party(rng)
    buyer_vat = customer.tax_id
    customer.tax_id = None
    issued = random_date(rng, date(2023, 1, 9), 1000)
    count = pick(rng, [1, 2, 3, 4, 5, 6, 8, 10, 14, 20, 28, 36])
    chosen = rng.sample(ITEMS, min(count, len(ITEMS)))
    while len(chosen) < count:
        chosen.append(ITEMS[len(chosen) % len(ITEMS)])
    lines, seen = [], set()
    for k, (ro, ru, uro, uru, low, high, rate) in enumerate(chosen):
        desc = ru if russian else ro
        if desc in seen:
            desc = f"{desc} ({'партия' if russian else 'lot'} {k + 1})"
        seen.add(desc)
        price = money(rng.uniform(low, high)) if high < 300 else money(round(rng.uniform(low, high)))
        qty = D(pick(rng, [1, 2, 3, 5, 10, 12, 20, 24, 50, 100])) if high < 300 else D(pick(rng, [1, 1, 2, 3]))
        lines.append(Line(desc, qty, price, money(qty * price), uru if russian else uro, tax_rate=D(rate)))
    net = sum((li.amount for li in lines), D("0.00"))
    per_line_vat = [money(li.amount * li.tax_rate / 100) for li in lines]
    tax = sum(per_line_vat, D("0.00"))
    total = net + tax
    series = pick(rng, ["EAA", "EAB", "AAC", "MDA", "EAC"])
    number = f"{rng.randrange(1, 9999999):07d}" if layout != "md_cont_de_plata" else pick(rng, [f"{rng.randrange(1, 999)}", f"CP-{rng.randrange(1, 9999):04d}"])
    due = terms = cust_code = None
    if layout == "md_cont_de_plata":
        days = pick(rng, [3, 5, 10, 15, 30])
        terms = pick(rng, [f"{days} zile bancare", f"{days} zile calendaristice", f"{days} zile"])
        due = issued + timedelta(days=days)
        cust_code = f"{rng.randrange(100, 99999)}" if chance(rng, 0.5) else None
    doc = Doc(document_type="invoice", locale="MD", currency="MDL", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued, total=total,
              net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=cust_code)
    style = pick(rng, ["fr", "de", "plain"])

    def n(v):
        return {"fr": amount(v, " ", ","), "de": amount(v, ".", ","), "plain": amount(v, "", ".")}[style]

    def q(v):
        return amount(v, "", "," if style != "plain" else ".", 0)

    theme = Theme.pick(rng, size=(7.0, 8.5))
    width, height = A4
    W = width - 72
    css = theme.css(".tt{font-size:14pt;font-weight:bold} .box{border:0.8pt solid #555;padding:4pt} .lbl{color:#555} table.tot td{font-weight:bold}")
    vx, cx = vendor.extra, customer.extra
    contract = f"{rng.randrange(1, 300)}/{issued.year - pick(rng, [0, 0, 1])}"
    notes = {"series": series, "buyer_vat": buyer_vat, "idno": vx["idno"], "buyer_idno": cx["idno"], "contract": contract, "iban": vx["iban"]}
    if layout == "md_cont_de_plata":
        return _cont(rng, layout, doc, vendor, customer, lines, net, tax, total, number, issued, due, terms, cust_code, n, q, css, W, notes)
    if russian:
        labels = {"title": "НАЛОГОВАЯ НАКЛАДНАЯ / FACTURA FISCALĂ", "series": "Серия", "no": "№", "date": "Дата выписки", "vendor": "Поставщик",
                  "buyer": "Покупатель", "idno": "Фискальный код (IDNO)", "vat": "Код НДС", "addr": "Адрес", "acct": "Расчетный счет", "bank": "Банк",
                  "contract": "Договор №", "from": "от", "delivery": "Дата поставки", "unload": "Пункт разгрузки", "delegate": "Доверенное лицо",
                  "head": ["№", "Наименование товара/услуги", "Ед. изм.", "Кол-во", "Цена без НДС", "Стоимость без НДС", "Ставка НДС", "Сумма НДС", "Стоимость с НДС"],
                  "total": "Итого", "out": "Отпустил", "in": "Получил", "cont": "Налоговая накладная (продолжение)", "page": "Стр."}
    else:
        labels = {"title": "FACTURA FISCALĂ", "series": "Seria", "no": "nr.", "date": "Data eliberării", "vendor": "Furnizor", "buyer": "Cumpărător",
                  "idno": "Cod fiscal (IDNO)", "vat": "Cod TVA", "addr": "Adresa", "acct": "Cont bancar (IBAN)", "bank": "Banca", "contract": "Contract nr.",
                  "from": "din", "delivery": "Data livrării", "unload": "Punctul de descărcare", "delegate": "Delegat",
                  "head": ["Nr.", "Denumirea mărfii / serviciului", "U.M.", "Cantitatea", "Prețul fără TVA", "Valoarea fără TVA", "Cota TVA", "Suma TVA",
                           "Valoarea cu TVA"],
                  "total": "Total", "out": "Mărfurile au fost eliberate", "in": "Mărfurile au fost primite", "cont": "Factura fiscală (continuare)", "page": "Pagina"}
    long_date = not russian and chance(rng, 0.3)

    def d(x):
        return fmt_date(x, "d_month_y", "ro") if long_date else dotted(x)

    def party(label, p, vat, ex):
        rows = [(labels["idno"], ex["idno"]), (labels["vat"], vat), (labels["addr"], esc(", ".join(p.address))), (labels["acct"], ex["iban"]),
                (labels["bank"], f"{esc(ex['bank'])}, BIC {ex['bic']}")]
        return (f"<p class='b'>{labels[label]}: {esc(p.name)}</p>"
                + "".join(f"<p><span class='lbl'>{k}:</span> {v}</p>" for k, v in rows))

    delivery = issued - timedelta(days=pick(rng, [0, 0, 1, 2]))
    street = next(a for a in customer.address if not a.startswith("MD-"))
    unload = f"{pick(rng, ['склад', 'магазин №3'] if russian else ['depozitul', 'magazinul nr. 3', 'sediul'])}, {street}"
    delegate = f"{pick(rng, ['Ion', 'Maria', 'Vasile', 'Elena', 'Andrei', 'Natalia'])} {pick(rng, ['Rusu', 'Ceban', 'Munteanu', 'Popescu', 'Lungu', 'Cojocaru'])}"
    notes.update({"delivery": delivery.isoformat(), "delegate": delegate})
    first = (f"<table><tr><td style='width:{W * 0.6:.0f}pt'><p class='tt'>{labels['title']}</p></td>"
             + f"<td style='width:{W * 0.36:.0f}pt' class='box'><p>{labels['series']} <b>{series}</b> {labels['no']} <b>{number}</b></p>"
             + f"<p>{labels['date']}: <b>{d(issued)}</b></p></td></tr></table>"
             + f"<table style='margin-top:6pt'><tr><td class='box' style='width:{W * 0.48 - 10:.0f}pt'>{party('vendor', vendor, vendor.tax_id, vx)}</td>"
             + f"<td style='width:4pt'></td><td class='box' style='width:{W * 0.48 - 10:.0f}pt'>{party('buyer', customer, buyer_vat, cx)}</td></tr></table>"
             + f"<p style='margin-top:5pt'>{labels['contract']} {contract} {labels['from']} {d(issued - timedelta(days=rng.randrange(20, 300)))} · "
             + f"{labels['delivery']}: {d(delivery)} · {labels['unload']}: {esc(unload)} · {labels['delegate']}: {esc(delegate)}</p>")
    widths = pts(W, 0.04, 0.27, 0.06, 0.08, 0.11, 0.12, 0.07, 0.11, 0.14)
    vat_of = {id(li): v for li, v in zip(lines, per_line_vat, strict=True)}
    index = {id(li): k + 1 for k, li in enumerate(lines)}

    def cells(li):
        return [str(index[id(li)]), esc(li.description), esc(li.unit), q(li.quantity), n(li.unit_price), n(li.amount), f"{li.tax_rate}%",
                n(vat_of[id(li)]), n(li.amount + vat_of[id(li)])]

    tot_row = ("<table class='items tot'><tr>" + "".join(f"<td class='{'r' if j > 1 else ''}' style='width:{w}'>{c}</td>" for j, (w, c) in enumerate(zip(
        widths, ["", labels["total"], "", "", "", n(net), "", n(tax), n(total)], strict=True))) + "</tr></table>")
    closing = (tot_row + f"<table style='margin-top:16pt'><tr><td style='width:{W * 0.48:.0f}pt'><p>{labels['out']}: ____________ L.Ș.</p></td>"
               + f"<td style='width:{W * 0.48:.0f}pt'><p>{labels['in']}: ____________ {esc(delegate)}</p></td></tr></table>")
    return build_paged(doc, layout, width, height, css, first, labels["head"], widths, {0, 3, 4, 5, 6, 7, 8}, lines, cells, closing,
                       cont=f"{labels['cont']} {labels['series']} {series} {labels['no']} {number}", footer_text=labels["page"], notes=notes)


def _cont(rng, layout, doc, vendor, customer, lines, net, tax, total, number, issued, due, terms, cust_code, n, q, css, W, notes) -> Built:
    width, height = A4
    vx, cx = vendor.extra, customer.extra

    def party(label, p, ex, vat):
        return (f"<p class='muted small'>{label}</p><p class='b'>{esc(p.name)}</p>" + "".join(f"<p>{esc(a)}</p>" for a in p.address)
                + f"<p>Cod fiscal: {ex['idno']} · Cod TVA: {vat}</p><p>IBAN: {ex['iban']}</p><p>{esc(ex['bank'])}, cod BIC {ex['bic']}</p>")

    rates: dict[Decimal, Decimal] = {}
    for li in lines:
        rates[li.tax_rate] = rates.get(li.tax_rate, D("0.00")) + money(li.amount * li.tax_rate / 100)
    first = (f"<p class='tt c'>CONT DE PLATĂ nr. {number} din {fmt_date(issued, 'd_month_y', 'ro')}</p>"
             + f"<table style='margin-top:8pt'><tr><td style='width:{W * 0.48:.0f}pt'>{party('Beneficiar', vendor, vx, vendor.tax_id)}</td>"
             + f"<td style='width:{W * 0.48:.0f}pt'>{party('Plătitor', customer, cx, notes['buyer_vat'])}"
             + (f"<p>Cod client: <b>{cust_code}</b></p>" if cust_code else "") + "</td></tr></table><div style='height:6pt'></div>")
    widths = pts(W, 0.05, 0.47, 0.08, 0.1, 0.14, 0.16)
    index = {id(li): k + 1 for k, li in enumerate(lines)}

    def cells(li):
        return [str(index[id(li)]), esc(li.description), esc(li.unit), q(li.quantity), n(li.unit_price), n(li.amount)]

    tot = [("Total fără TVA", n(net))] + [(f"TVA {r}%", n(v)) for r, v in sorted(rates.items(), reverse=True)] + [("Total spre plată, lei", n(total))]
    closing = (f"<div style='margin-left:{W - 260:.0f}pt;margin-top:6pt'>"
               + rows_html(tot, widths=(170, 90))
               + "</div>"
               + f"<p style='margin-top:8pt'>Termen de achitare: <b>{terms}</b>. Achitați până la: <b>{dotted(due)}</b></p>"
               + "<p class='small'>La achitare indicați numărul contului de plată. Contul este valabil pentru achitare în termenul indicat.</p>"
               + "<p style='margin-top:14pt'>Director ____________ &#160; &#160; Contabil-șef ____________</p>")
    return build_paged(doc, layout, width, height, css, first, ["Nr.", "Denumirea", "U.M.", "Cantitatea", "Preț, lei", "Suma, lei"], widths, {0, 3, 4, 5},
                       lines, cells, closing, cont=f"Cont de plată nr. {number} (continuare)", footer_text="Pagina", notes=notes)
