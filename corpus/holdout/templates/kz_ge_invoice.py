"""Kazakh invoices in Russian (KZT) and Georgian invoices in Georgian or Georgian and English (GEL), 2023-2025.

Four prints. `kz_schet_na_oplatu` (1С's счет на оплату: the warning that payment means consent to the terms, the
"Образец платежного поручения" grid — Бенефициар with its БИН, ИИК (a KZ IBAN), Кбе 17, Банк бенефициара, БИК, Код назначения
платежа 710 —, "Счет на оплату № 123 от 15 марта 2024 г.", Поставщик and Покупатель each as "БИН / ИИН …, name, address",
Договор, № / Код / Наименование / Кол-во / Ед. / Цена / Сумма at prices including VAT, Итого, "В том числе НДС" (12 %) or
"Без налога (НДС)" for a sole trader outside VAT, "Всего наименований 3, на сумму … KZT", Всего к оплате in words in tenge
and tiyn, the Исполнитель's signature), `kz_esf_print` (the print of an electronic счет-фактура from the ИС ЭСФ: Раздел A
with the registration number, the Номер учетной системы, Дата выписки and Дата совершения оборота; Раздел B the supplier's
ИИН/БИН, name, address and ИИК; Раздел C the buyer's; Раздел E the contract and Условия оплаты по договору; Раздел G the goods
with Цена без косвенных налогов / Стоимость без косвенных налогов / НДС ставка / НДС сумма / Стоимость с учетом косвенных
налогов and "Итого по счету"), `ge_invoice` (a Georgian ინვოისი / INVOICE with bilingual labels: the seller's
საიდენტიფიკაციო კოდი (ს/კ), თარიღი / Date, გადახდის ვადა / Payment due, მყიდველი / Buyer with its ს/კ, prices including
VAT, სულ / Total and "მათ შორის დღგ 18% / incl. VAT 18%", sometimes the amount without VAT, the bank's name, SWIFT and a
GE IBAN, the director's signature), `ge_rs_faktura` (the print of an RS.ge tax invoice, საგადასახადო ანგარიშ-ფაქტურა
"№ ეა-05 1234567", the operation date beside the issue date, seller and buyer with their identification numbers, goods with
the amount including VAT and the VAT per row, სულ).

Truth: vendor = Поставщик / the seller, tax id = its БИН (ИИН for a sole trader; twelve digits with the two-pass mod-11
check) or Georgian identification code; customer = Покупатель / the buyer with its address (its БИН / code a decoy); id = the
счет's number, the ЭСФ's Номер учетной системы (its registration number is no id), the ინვოისი's number, the tax invoice's
series and number; date = the счет's / Дата выписки / the issue date (Дата совершения оборота and the operation date are
decoys); the 1С счет and the ინვოისი price including VAT: total = Итого / სულ, tax = the VAT included (none for a
sole trader outside VAT), no net unless printed; the ЭСФ: net = without indirect taxes, tax = НДС, total = with them; payment
terms = Условия оплаты where printed; due date = გადახდის ვადა where printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eighteenth import KZ_MONTHS, ge_party, kz_party, words_kzt
from corpus.holdout.fakes_seventeenth import other_party
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4, Box, Sheet
from corpus.holdout.templates._fifteenth import beside, paged, pts, rows_html, single_page
from corpus.holdout.templates._sixteenth import kv_rows

FAMILY = "kz_ge_invoice"
D = Decimal
KZ_GOODS = [("Цемент М400 (50 кг)", "меш", 1900, 2600), ("Арматура А500С d12", "тн", 290000, 360000), ("Бумага офисная А4 (500 л.)", "пач", 2300, 3200),
            ("Ноутбук HP ProBook 450 G10", "шт", 380000, 520000), ("Картридж HP 85A", "шт", 9500, 18000), ("Услуги по техническому обслуживанию", "усл", 45000, 380000),
            ("Транспортные услуги Алматы - Астана", "рейс", 180000, 420000), ("Консультационные услуги", "час", 15000, 45000), ("Дизельное топливо ДТ-Л", "л", 290, 340),
            ("Кабель ВВГнг 3х2,5", "м", 480, 760), ("Стул офисный", "шт", 28000, 65000), ("Программное обеспечение (лицензия на 12 мес.)", "шт", 95000, 480000)]
GE_GOODS = [("ცემენტი M400 (50 კგ)", "ტომარა", 14, 19), ("არმატურა 12 მმ", "ტონა", 1900, 2400), ("წყალემულსიური საღებავი 10 ლ", "ცალი", 45, 95),
            ("ლეპტოპი HP ProBook 450", "ცალი", 1900, 3200), ("საკონსულტაციო მომსახურება", "საათი", 60, 180), ("სატრანსპორტო მომსახურება თბილისი - ბათუმი", "რეისი", 450, 1200),
            ("საოფისე ქაღალდი A4", "შეკვრა", 12, 18), ("კონდიციონერის მონტაჟი", "მომსახურება", 150, 450), ("პროგრამული უზრუნველყოფის ლიცენზია (12 თვე)", "ცალი", 300, 2400),
            ("ოფისის დასუფთავება", "თვე", 600, 2500), ("ბენზინი პრემიუმი", "ლიტრი", 3, 4)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["kz_schet_na_oplatu", "kz_schet_na_oplatu", "kz_esf_print", "ge_invoice", "ge_invoice", "ge_rs_faktura"])
    issued = random_date(rng, date(2023, 1, 9), 1030)
    if layout.startswith("kz"):
        return _kazakhstan(rng, layout, issued)
    return _georgia(rng, layout, issued)


def _priced(rng: random.Random, pool, count: int, *, whole: bool) -> list[Line]:
    lines = []
    for desc, unit, low, high in rng.sample(pool, count):
        price = money(round(rng.uniform(low, high), 0 if whole or high > 1000 else 2))
        if unit in ("тн", "ტონა"):
            qty = D(pick(rng, ["1.5", "2", "2.4", "5"]))
        elif unit in ("თვე", "усл", "მომსახურება", "рейс", "რეისი"):
            qty = D(pick(rng, [1, 1, 1, 2, 3]))
        elif unit in ("л", "м", "ლიტრი"):
            qty = D(pick(rng, [100, 200, 500, 1000]))
        else:
            qty = D(pick(rng, [1, 1, 2, 3, 4, 5, 10, 20] if high < 50000 else [1, 1, 2, 3]))
        lines.append(Line(desc, qty, price, money(qty * price), unit))
    return lines


def _kz_num(value: D) -> str:
    return fmt_number(value, "fr_nbsp")


def _qty(value: D) -> str:
    return str(int(value)) if value == value.to_integral_value() else f"{value.normalize():f}".replace(".", ",")


def _kazakhstan(rng: random.Random, layout: str, issued: date) -> Built:
    sole = layout == "kz_schet_na_oplatu" and chance(rng, 0.25)
    vendor = kz_party(rng, sole=sole)
    customer = other_party(rng, kz_party, vendor)
    buyer_bin = customer.tax_id
    customer.tax_id = None
    vat_payer = not (sole and chance(rng, 0.6))
    lines = _priced(rng, KZ_GOODS, rng.randrange(1, 7), whole=layout == "kz_schet_na_oplatu")
    seq = rng.randrange(1, 2500)
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.6, 8.6), table="grid")
    css = theme.css(".t{font-size:13pt;font-weight:bold} .tiny{font-size:6.6pt} .grid td{border:0.6pt solid #000;padding:2pt 3pt} .ul{border-bottom:1.2pt solid #000}")
    width, height = A4
    W = width - 76
    if layout == "kz_schet_na_oplatu":
        total = sum((li.amount for li in lines), D("0.00"))
        tax = money(total * 12 / 112) if vat_payer else None
        number = str(seq)
        contract = pick(rng, ["Без договора", f"Договор № {rng.randrange(1, 300)} от {(issued - timedelta(days=rng.randrange(30, 700))).strftime('%d.%m.%Y')}"])
        due = issued + timedelta(days=pick(rng, [3, 5, 10])) if chance(rng, 0.3) else None
        doc = Doc(document_type="invoice", locale="KZ", currency="KZT", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
                  total=total, tax=tax, lines=lines, due_date=due, lines_sum_to="total")
        warning = ("<p class='tiny'>Внимание! Оплата данного счета означает согласие с условиями поставки товара. Уведомление об оплате обязательно, в противном "
                   "случае не гарантируется наличие товара на складе. Товар отпускается по факту прихода денег на р/с Поставщика, самовывозом, при наличии "
                   "доверенности и документов, удостоверяющих личность.</p>")
        c1, c2, c3 = W * 0.5, W * 0.32, W * 0.18
        grid = (f"<p class='b' style='margin-top:6pt'>Образец платежного поручения</p><table class='grid'>"
                f"<tr><td style='width:{c1 - 6:.0f}pt'><b>Бенефициар:</b><br/>{esc(vendor.name)}<br/>{'ИИН' if sole else 'БИН'}: {vendor.tax_id}</td>"
                f"<td style='width:{c2 - 6:.0f}pt'><b>ИИК</b><br/>{vendor.extra['iik']}</td><td style='width:{c3 - 6:.0f}pt'><b>Кбе</b><br/>{vendor.extra['kbe']}</td></tr>"
                f"<tr><td><b>Банк бенефициара:</b><br/>{esc(vendor.extra['bank'])}</td><td><b>БИК</b><br/>{vendor.extra['bik']}</td>"
                f"<td><b>Код назначения платежа</b><br/>{pick(rng, ['710', '710', '859'])}</td></tr></table>")
        title = f"<p class='t ul' style='margin-top:12pt'>Счет на оплату № {number} от {issued.day} {KZ_MONTHS[issued.month - 1]} {issued.year} г.</p>"
        sides = (kv_rows([("Поставщик:", f"<b>БИН / ИИН {vendor.tax_id}, {esc(vendor.name)}, {esc(vendor.address_text)}, тел.: {vendor.phone}</b>"),
                          ("Покупатель:", f"<b>БИН / ИИН {buyer_bin}, {esc(customer.name)}, {esc(customer.address_text)}</b>"), ("Договор:", contract)]
                         + ([("Срок оплаты:", f"до {due.strftime('%d.%m.%Y')}")] if due else []), (80, W - 80)))
        cols = pts(W, 0.05, 0.1, 0.43, 0.09, 0.07, 0.12, 0.14)
        head = ["№", "Код", "Наименование", "Кол-во", "Ед.", "Цена", "Сумма"]
        rows = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'r' if j in (3, 5, 6) else ''}'>{c}</td>" for j, (c, w) in enumerate(zip(
            [str(i), f"{rng.randrange(1, 99999):05d}", esc(li.description), _qty(li.quantity), li.unit, _kz_num(li.unit_price), _kz_num(li.amount)], cols, strict=True)))
            + "</tr>" for i, li in enumerate(lines, 1))
        table = "<table class='items'><tr>" + "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(head, cols, strict=True)) + f"</tr>{rows}</table>"
        totals = [("Итого:", _kz_num(total)), ("В том числе НДС:" if vat_payer else "Без налога (НДС)", _kz_num(tax) if vat_payer else "-")]
        html = (warning + grid + title + sides + table + f"<div style='margin-left:{W - 230:.0f}pt'>{rows_html(totals, widths=(140, 90), strong_last=False)}</div>"
                + f"<p>Всего наименований {len(lines)}, на сумму {_kz_num(total)} KZT</p>"
                + f"<p class='b ul'>Всего к оплате: {words_kzt(total)}</p>"
                + f"<p style='margin-top:18pt'>Исполнитель ______________________ /{vendor.extra['person']}/</p>")
        sheet = _one_page(layout, width, height, css, html)
        notes = {"iik": vendor.extra["iik"], "bik": vendor.extra["bik"], "buyer_bin": buyer_bin, "vat_payer": vat_payer, "words": words_kzt(total)}
    else:
        net = sum((li.amount for li in lines), D("0.00"))
        tax = money(net * D("0.12"))
        total = net + tax
        number = f"{seq:06d}" if chance(rng, 0.5) else f"{issued.year % 100}-{seq:04d}"
        reg = f"ESF-{vendor.tax_id}-{issued.strftime('%Y%m%d')}-{rng.randrange(10**7, 10**8)}-{rng.randrange(10**5, 10**6)}"
        terms = pick(rng, [None, "Оплата в течение 30 календарных дней", "100% предоплата", "Отсрочка платежа 15 банковских дней"])
        turnover = issued - timedelta(days=pick(rng, [0, 1, 2, 5]))
        doc = Doc(document_type="invoice", locale="KZ", currency="KZT", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
                  total=total, net=net, tax=tax, lines=lines, payment_terms=terms)

        def section(title: str, pairs) -> str:
            return f"<p class='b' style='margin-top:6pt'>{title}</p>" + kv_rows(pairs, (200, W - 200))

        html = ("<p class='t'>Электронный счет-фактура</p><p class='small'>Электрондық шот-фактура</p>"
                + section("Раздел A. Общий раздел", [("Регистрационный номер ЭСФ", reg), ("Номер учетной системы", f"<b>{number}</b>"),
                                                      ("Дата выписки", issued.strftime("%d.%m.%Y")), ("Дата совершения оборота", turnover.strftime("%d.%m.%Y"))])
                + section("Раздел B. Реквизиты поставщика", [("ИИН/БИН", vendor.tax_id), ("Наименование поставщика", esc(vendor.name)),
                                                             ("Адрес места нахождения", esc(vendor.address_text)), ("ИИК", vendor.extra["iik"]),
                                                             ("БИК", vendor.extra["bik"]), ("Свидетельство о постановке на учет по НДС", f"серия {rng.randrange(10000, 99999)} № {rng.randrange(10**6, 10**7)}")])
                + section("Раздел C. Реквизиты получателя", [("ИИН/БИН", buyer_bin), ("Наименование получателя", esc(customer.name)),
                                                             ("Адрес места нахождения", esc(customer.address_text))])
                + section("Раздел E. Договор (контракт)", [("Договор (контракт)", f"№ {rng.randrange(1, 400)} от {(issued - timedelta(days=rng.randrange(30, 600))).strftime('%d.%m.%Y')}")]
                          + ([("Условия оплаты по договору", terms)] if terms else [("Условия оплаты по договору", "Без договора")])))
        cols = pts(W, 0.04, 0.28, 0.06, 0.07, 0.11, 0.13, 0.07, 0.11, 0.13)
        head = ["№", "Наименование товаров (работ, услуг)", "Ед. изм.", "Кол-во", "Цена без косвенных налогов", "Стоимость без косвенных налогов",
                "НДС ставка", "НДС сумма", "Стоимость с учетом косвенных налогов"]
        line_tax = [money(li.amount * D("0.12")) for li in lines]
        line_tax[-1] += tax - sum(line_tax, D("0.00"))
        rows = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'r' if j >= 3 else ''}'>{c}</td>" for j, (c, w) in enumerate(zip(
            [str(i), esc(li.description), li.unit, _qty(li.quantity), _kz_num(li.unit_price), _kz_num(li.amount), "12%", _kz_num(t), _kz_num(li.amount + t)],
            cols, strict=True))) + "</tr>" for i, (li, t) in enumerate(zip(lines, line_tax, strict=True), 1))
        total_row = (f"<tr><td colspan='5' class='b'>Итого по счету</td><td class='r b'>{_kz_num(net)}</td><td></td><td class='r b'>{_kz_num(tax)}</td>"
                     f"<td class='r b'>{_kz_num(total)}</td></tr>")
        html += ("<p class='b' style='margin-top:6pt'>Раздел G. Данные по товарам, работам, услугам</p><table class='items' style='font-size:6.8pt'><tr>"
                 + "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(head, cols, strict=True)) + f"</tr>{rows}{total_row}</table>"
                 + f"<p class='b' style='margin-top:8pt'>Раздел I. Сведения об ЭЦП</p><p class='tiny'>Подписано ЭЦП: {vendor.extra['person']}, "
                 f"{issued.strftime('%d.%m.%Y')} · Статус: Доставлен</p>")
        sheet = _one_page(layout, width, height, css, html)
        notes = {"registration": reg, "turnover": turnover.isoformat(), "buyer_bin": buyer_bin, "vat_payer": True}
    return Built(doc=doc, sheet=sheet, template=layout, notes={**notes, "tax_id": vendor.tax_id, "sole": sole})


def _one_page(layout: str, width: float, height: float, css: str, html: str) -> Sheet:
    return single_page(layout, width, height, css, [Box((38.0, 36.0, width - 38.0, height - 36.0), html)])


def _georgia(rng: random.Random, layout: str, issued: date) -> Built:
    vendor = ge_party(rng)
    customer = other_party(rng, ge_party, vendor)
    buyer_code = customer.tax_id
    customer.tax_id = None
    lines = _priced(rng, GE_GOODS, rng.randrange(1, 7), whole=False)
    total = sum((li.amount for li in lines), D("0.00"))
    tax = money(total * 18 / 118)
    show_net = layout == "ge_invoice" and chance(rng, 0.4)
    seq = rng.randrange(1, 3000)
    if layout == "ge_rs_faktura":
        number = f"ეა-{rng.randrange(1, 99):02d} {rng.randrange(10**6, 10**7)}"
    else:
        number = pick(rng, [f"{seq:04d}", f"INV-{seq:04d}", f"{issued.year}/{seq}", f"{seq}"])
    due = issued + timedelta(days=pick(rng, [3, 5, 7, 10, 15, 30])) if layout == "ge_invoice" and chance(rng, 0.6) else None
    doc = Doc(document_type="invoice", locale="GE", currency="GEL", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, tax=tax, net=total - tax if show_net else None, lines=lines, due_date=due, lines_sum_to="total")
    sep = pick(rng, [" ", ",", "\u00a0"])

    def n(value: D) -> str:
        return fmt_number(value, "en").replace(",", sep)

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times"]), size=(7.8, 8.6), table=pick(rng, ["grid", "rules", "header_fill"]))
    css = theme.css(".t{font-size:14pt;font-weight:bold} .tiny{font-size:6.6pt;color:#444}")
    width, height = A4
    W = width - 80
    d = issued.strftime("%d.%m.%Y")
    if layout == "ge_invoice":
        seller = (f"<p class='t' style='color:{theme.accent}'>{esc(vendor.name)}</p><p>ს/კ {vendor.tax_id}</p><p>{esc(vendor.address_text)}</p>"
                  f"<p>ტელ.: {vendor.phone} · {vendor.email}</p>")
        meta = [("ინვოისი / Invoice №", f"<b>{number}</b>"), ("თარიღი / Date", d)] + ([("გადახდის ვადა / Payment due", due.strftime("%d.%m.%Y"))] if due else [])
        buyer = kv_rows([("მყიდველი / Buyer", esc(customer.name)), ("ს/კ / ID code", buyer_code), ("მისამართი / Address", esc(customer.address_text))], (130, W - 380))
        cols = pts(W, 0.05, 0.45, 0.12, 0.1, 0.13, 0.15)
        head = ["№", "დასახელება / Description", "ერთეული / Unit", "რაოდ. / Qty", "ფასი / Price", "ჯამი / Amount"]
        totals = ([("დღგ-ს გარეშე / Excl. VAT", n(total - tax))] if show_net else []) + [
            ("მათ შორის დღგ 18% / incl. VAT 18%", n(tax)), ("სულ / Total ₾", n(total))]
        bank = (f"<p class='b' style='margin-top:8pt'>საბანკო რეკვიზიტები / Bank details</p><p>ბანკი / Bank: {esc(vendor.extra['bank'])}</p>"
                f"<p>ბანკის კოდი / SWIFT: {vendor.extra['bic']}</p><p>ანგარიშის ნომერი / IBAN: {vendor.extra['iban']}</p>")
        first = beside(seller, "<p class='t'>ინვოისი / INVOICE</p>" + kv_rows(meta, (140, 100)), (W - 250, 250)) + f"<div style='margin-top:8pt'>{buyer}</div>"
        closing = (f"<div style='margin-left:{W - 260:.0f}pt'>{rows_html(totals, widths=(170, 90))}</div>" + bank
                   + f"<p style='margin-top:16pt'>დირექტორი / Director: {esc(vendor.extra['person'])} ______________</p>")
        rows = [[str(i), esc(li.description), li.unit, _qty(li.quantity), n(li.unit_price), n(li.amount)] for i, li in enumerate(lines, 1)]
        numeric = {3, 4, 5}
        foot = ""
    else:
        operation = issued - timedelta(days=pick(rng, [0, 1, 2, 4]))
        first = (f"<p class='t c'>საგადასახადო ანგარიშ-ფაქტურა № {number}</p>"
                 + kv_rows([("გამოწერის თარიღი", d), ("ოპერაციის განხორციელების თარიღი", operation.strftime("%d.%m.%Y")),
                            ("გამყიდველი", f"{esc(vendor.name)} (საიდენტიფიკაციო ნომერი {vendor.tax_id})"), ("გამყიდველის მისამართი", esc(vendor.address_text)),
                            ("მყიდველი", f"{esc(customer.name)} (საიდენტიფიკაციო ნომერი {buyer_code})"), ("მყიდველის მისამართი", esc(customer.address_text))],
                           (190, W - 190)))
        cols = pts(W, 0.05, 0.37, 0.1, 0.09, 0.12, 0.15, 0.12)
        head = ["№", "საქონლის / მომსახურების დასახელება", "ზომის ერთეული", "რაოდენობა", "ერთეულის ფასი", "ღირებულება დღგ-ს ჩათვლით", "დღგ-ს თანხა"]
        line_tax = [money(li.amount * 18 / 118) for li in lines]
        line_tax[-1] += tax - sum(line_tax, D("0.00"))
        rows = [[str(i), esc(li.description), li.unit, _qty(li.quantity), n(li.unit_price), n(li.amount), n(t)]
                for i, (li, t) in enumerate(zip(lines, line_tax, strict=True), 1)]
        foot = f"<tr><td colspan='5' class='b'>სულ</td><td class='r b'>{n(total)}</td><td class='r b'>{n(tax)}</td></tr>"
        closing = ("<p class='tiny' style='margin-top:10pt'>ანგარიშ-ფაქტურა გამოწერილია ელექტრონულად შემოსავლების სამსახურის პორტალზე rs.ge</p>")
        numeric = {3, 4, 5, 6}

    def table(chunk, last: bool) -> str:
        ths = "".join(f"<th style='width:{w};{'text-align:right' if j in numeric else ''}'>{h}</th>" for j, (h, w) in enumerate(zip(head, cols, strict=True)))
        body = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'r' if j in numeric else ''}'>{c}</td>" for j, (c, w) in enumerate(zip(r, cols, strict=True)))
                       + "</tr>" for r in chunk)
        return f"<table class='items'><tr>{ths}</tr>{body}{foot if last else ''}</table>"

    sheet = paged(width, height, css, (40.0, 36.0, 40.0, 30.0), rows,
                  lambda chunk, page, last: (first if page == 0 else "") + table(chunk, last) + (closing if last else ""))
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1,
                 notes={"buyer_code": buyer_code, "tax_id": vendor.tax_id, "iban": vendor.extra["iban"], "show_net": show_net})
