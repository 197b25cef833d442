"""Russian счёт-фактура, УПД and счёт на оплату, 2023-2025, in Russian.

Three prints. `ru_schet_faktura`: the statutory form (Постановление № 1137, 2021 wording), landscape: "Счет-фактура № 123
от 15 марта 2024 г. (1)", "Исправление № -- от -- (1а)", Продавец (2), Адрес (2а), ИНН/КПП продавца (2б),
Грузоотправитель и его адрес (3), Грузополучатель и его адрес (4), К платежно-расчетному документу (5), Документ об
отгрузке (5а), Покупатель (6), Адрес (6а), ИНН/КПП покупателя (6б), Валюта: наименование, код "Российский рубль, 643"
(7), Идентификатор государственного контракта (8); the numbered columns — наименование, код вида товара, единица
измерения (код and условное обозначение), количество, цена, стоимость без налога — всего, в том числе сумма акциза
("без акциза"), налоговая ставка (20% / 10%), сумма налога, стоимость с налогом — всего, страна происхождения and
регистрационный номер декларации — and the row "Всего к оплате (9)"; signatures of the руководитель and главный
бухгалтер (or the индивидуальный предприниматель). `ru_upd`: the универсальный передаточный документ — the same form
with the "Статус: 1" column on the left and the transfer blocks under it (Основание передачи, Дата отгрузки, Товар
передал / получил). `ru_schet_na_oplatu`: 1С's "Счет на оплату" — the bank-details grid (Банк получателя, БИК, Сч. №,
ИНН / КПП, Получатель), "Счет на оплату № 45 от 15 марта 2024 г.", Поставщик (Исполнитель) and Покупатель (Заказчик)
lines with ИНН, КПП, address and phone, Основание: Договор, "№ / Товары (работы, услуги) / Кол-во / Ед. / Цена /
Сумма", Итого / "В том числе НДС (20%)" (prices including VAT) or НДС on top or "Без налога (НДС)" (simplified tax
system), Всего к оплате, "Всего наименований 3, на сумму 12 345,00 руб.", the sum in words ("Двенадцать тысяч триста
сорок пять рублей 00 копеек"), "Оплатить не позднее 25.03.2024" and 1С's standard notice.

Amounts `12 345,60` (space, no-break space or no grouping, decimal comma), dates `15 марта 2024 г.` and `15.03.2024`.

Truth: vendor = Продавец / Поставщик (name as printed, with its «» or "" quotes), tax id = its ИНН (10 digits, 12 for
an ИП; check digits hold), address = the printed address line (postcode first); customer = Покупатель with its
address; КПП, ОГРН, БИК, bank and correspondent accounts, the buyer's ИНН / КПП, the payment document, shipping
document, contract and customs declaration numbers are decoys. Id = the number after "№". On the form: net =
стоимость без налога — всего of "Всего к оплате", tax = its сумма налога, total = its стоимость с налогом; lines are
the rows (quantity x price = стоимость без налога). On the счёт на оплату: prices including VAT give total = Всего к
оплате, tax = "В том числе НДС", net null (lines add up to the total); VAT on top gives net = Итого; "Без налога
(НДС)" gives tax and net null. Due date = "Оплатить не позднее"; no payment terms.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Col, Theme, esc, items_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_thirteenth import RU_MONTHS, ru_party, words_ru
from corpus.holdout.money import fmt_number, random_date
from corpus.holdout.render import A4

FAMILY = "ru_schet_faktura"
DOCUMENT_TYPE = "invoice"
D = Decimal
# description, unit code, unit, low, high, VAT rate
ITEMS = [("Бумага офисная А4 «СветоКопи», 500 л.", "796", "шт", 280, 520, 20), ("Картридж лазерный HP 85A", "796", "шт", 2800, 6900, 20),
         ("Кресло офисное CH-868, ткань, черное", "796", "шт", 6500, 18900, 20), ("Транспортные услуги по доставке груза", "876", "усл. ед.", 8000, 45000, 20),
         ("Цемент М500 Д0, мешок 50 кг", "796", "шт", 480, 690, 20), ("Молоко питьевое 3,2%, 1 л", "796", "шт", 75, 110, 10),
         ("Сахар-песок, мешок 50 кг", "796", "шт", 3200, 4200, 10), ("Разработка программного обеспечения (этап 2)", "876", "усл. ед.", 150000, 900000, 20),
         ("Аренда нежилого помещения", "876", "усл. ед.", 60000, 350000, 20), ("Кабель ВВГнг-LS 3х2,5", "006", "м", 95, 180, 20),
         ("Перчатки нитриловые, уп. 100 шт.", "796", "шт", 450, 990, 20), ("Вода питьевая, бутыль 19 л", "796", "шт", 290, 420, 20),
         ("Техническое обслуживание кондиционеров", "876", "усл. ед.", 12000, 85000, 20), ("Детское питание, каша молочная 200 г", "796", "шт", 120, 260, 10),
         ("Светильник светодиодный 36 Вт", "796", "шт", 890, 2400, 20), ("Профнастил С8, 0,45 мм", "055", "м2", 420, 690, 20),
         ("Услуги по уборке помещений", "876", "усл. ед.", 25000, 140000, 20), ("Книга «Бухгалтерский учет 2024»", "796", "шт", 650, 1400, 10)]
COUNTRIES = [("643", "Россия", False), ("643", "Россия", False), ("156", "Китай", True), ("276", "Германия", True), ("112", "Беларусь", False)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["form", "form", "upd", "schet", "schet"])
    sole = chance(rng, 0.15)
    vendor, customer = ru_party(rng, sole_trader=sole), ru_party(rng)
    issued = random_date(rng, date(2023, 1, 9), 880)
    number = pick(rng, [str(rng.randrange(1, 2400)), str(rng.randrange(1, 2400)), f"{pick(rng, ['УТ', 'БП', 'ТД', 'А'])}-{rng.randrange(1, 9999):06d}",
                        f"{rng.randrange(1, 999):05d}"])
    count = rng.randrange(1, 7) if chance(rng, 0.8) else rng.randrange(14, 28)
    chosen = [rng.choice(ITEMS) for _ in range(count)] if count > len(ITEMS) else rng.sample(ITEMS, count)
    vat_mode = "on_top"
    if layout == "schet":
        vat_mode = pick(rng, ["included", "included", "on_top", "none"] if sole else ["included", "included", "on_top"])
    lines, line_tax, meta = [], [], []
    used: dict[str, int] = {}
    for desc, code, unit, low, high, r in chosen:
        used[desc] = used.get(desc, 0) + 1
        if used[desc] > 1:
            desc = f"{desc} (партия {used[desc]})"
        qty = D(pick(rng, [1, 1, 2, 3, 5, 10, 12, 20, 50, 100] if code != "876" else [1, 1, 1, 2]))
        if code in ("006", "055"):
            qty = D(pick(rng, [25, 50, 100, 150, 250]))
        price = D(str(round(rng.uniform(low, high), 2 if high < 1000 else 0))).quantize(D("0.01"))
        rate = D(r) if vat_mode != "none" else D(0)
        amount = (qty * price).quantize(D("0.01"))
        lines.append(Line(desc, qty, price, amount, unit, code, rate))
        if vat_mode == "included":
            line_tax.append((amount * rate / (100 + rate)).quantize(D("0.01"), rounding=ROUND_HALF_UP))
        else:
            line_tax.append((amount * rate / 100).quantize(D("0.01"), rounding=ROUND_HALF_UP))
        meta.append(pick(rng, COUNTRIES) if code != "876" else ("643", "Россия", False))
    lines_sum = sum((li.amount for li in lines), D("0.00"))
    tax = sum(line_tax, D("0.00"))
    if vat_mode == "included":
        total, net, tax_truth = lines_sum, None, tax
    elif vat_mode == "none":
        total, net, tax_truth = lines_sum, None, None
    else:
        total, net, tax_truth = lines_sum + tax, lines_sum, tax
    due = issued + timedelta(days=pick(rng, [3, 5, 5, 10, 14, 30])) if layout == "schet" and chance(rng, 0.75) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale="RU", currency="RUB", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax_truth, lines=lines, due_date=due)
    group = pick(rng, ["fr", "fr_nbsp", "plain_comma"])

    def n(value: D) -> str:
        if group == "plain_comma":
            return fmt_number(value, "plain").replace(".", ",")
        return fmt_number(value, group)

    def q(value: D) -> str:
        return fmt_number(value, "plain", decimals=0) if value == value.to_integral_value() else fmt_number(value, "fr", 3)

    def words_date(x: date) -> str:
        return f"{x.day} {RU_MONTHS[x.month - 1]} {x.year} г."

    def dot(x: date) -> str:
        return x.strftime("%d.%m.%Y")

    head_date = words_date(issued) if chance(rng, 0.75) else dot(issued)
    vkpp = vendor.extra["kpp"]
    inn_kpp_v = f"{vendor.tax_id}/{vkpp}" if vkpp else vendor.tax_id
    inn_kpp_c = f"{customer.tax_id}/{customer.extra['kpp']}"
    people = ["Иванов С.П.", "Смирнова Е.А.", "Кузнецов А.В.", "Попова О.Н.", "Соколов Д.И.", "Лебедева Т.М."]
    boss, accountant = rng.sample(people, 2)
    width, height = A4
    if layout in ("form", "upd"):
        theme = Theme.pick(rng, font=pick(rng, ["Times", "Helvetica", "Times"]), size=(7.0, 7.5), table="grid")
        css = theme.css(".f td{padding:0.5pt 2pt} .u{border-bottom:0.5pt solid #000} .nr{font-size:6pt;color:#000}"
                        " table.items th{font-size:5.5pt;font-weight:normal;text-align:center;padding:1pt} table.items td{font-size:6.5pt;padding:1pt 2pt}"
                        " .status{border:0.8pt solid #000;padding:3pt;font-size:6.5pt}")
        page_w, page_h = height, width   # landscape
        payment_doc = f"№ {rng.randrange(10, 9999)} от {dot(issued - timedelta(days=rng.randrange(1, 20)))}" if chance(rng, 0.3) else "--"
        ship_doc = f"№ п/п 1-{len(lines)} № {number} от {dot(issued)}"
        gov = "" if chance(rng, 0.85) else f"{rng.randrange(10**19, 10**20)}"
        consignee = "он же" if chance(rng, 0.5) else f"{customer.name}, {customer.address[0]}"
        rows_f = [(f"Счет-фактура № {esc(number)} от {head_date}", "(1)", True), ("Исправление № -- от --", "(1а)", False),
                  (f"Продавец: {esc(vendor.name)}", "(2)", False), (f"Адрес: {esc(vendor.address[0])}", "(2а)", False),
                  (f"ИНН/КПП продавца: {inn_kpp_v}", "(2б)", False), (f"Грузоотправитель и его адрес: {'он же' if chance(rng, 0.7) else esc(vendor.name + ', ' + vendor.address[0])}", "(3)", False),
                  (f"Грузополучатель и его адрес: {esc(consignee)}", "(4)", False), (f"К платежно-расчетному документу {payment_doc}", "(5)", False),
                  (f"Документ об отгрузке {ship_doc}", "(5а)", False), (f"Покупатель: {esc(customer.name)}", "(6)", False),
                  (f"Адрес: {esc(customer.address[0])}", "(6а)", False), (f"ИНН/КПП покупателя: {inn_kpp_c}", "(6б)", False),
                  ("Валюта: наименование, код Российский рубль, 643", "(7)", False),
                  (f"Идентификатор государственного контракта, договора (соглашения) (при наличии): {gov}", "(8)", False)]
        form_head = "<table class='f' style='width:100%'>" + "".join(
            f"<tr><td style='{'font-size:11pt;font-weight:bold' if big else ''}' class='u'>{text}</td><td style='width:24pt' class='nr'>{nr}</td></tr>"
            for text, nr, big in rows_f) + "</table>"
        legal = ("<p class='tiny r'>Приложение № 1 к постановлению Правительства Российской Федерации от 26 декабря 2011 г. № 1137 "
                 "(в ред. Постановления Правительства РФ от 16.08.2024 № 1096)</p>" if issued.year >= 2025 else
                 "<p class='tiny r'>Приложение № 1 к постановлению Правительства Российской Федерации от 26 декабря 2011 г. № 1137 "
                 "(в ред. Постановления Правительства РФ от 02.04.2021 № 534)</p>")
        if layout == "upd":
            status = ("<div class='status'><p class='b'>Универсальный передаточный документ</p><p>Статус: <b>1</b></p>"
                      "<p class='tiny'>1 – счет-фактура и передаточный документ (акт)<br/>2 – передаточный документ (акт)</p></div>")
            head = f"<table style='width:100%'><tr><td style='width:17%'>{status}</td><td style='width:83%'>{legal}{form_head}</td></tr></table>"
        else:
            head = legal + form_head
        cols = [Col("№ п/п", "center", "16pt"), Col("Код товара/ работ, услуг", "center", "28pt"),
                Col("Наименование товара (описание выполненных работ, оказанных услуг), имущественного права", "left", "138pt"),
                Col("Код вида товара", "center", "24pt"), Col("Единица измерения: код", "center", "26pt"), Col("условное обозначение (национальное)", "center", "34pt"),
                Col("Количество (объем)", "right", "36pt"), Col("Цена (тариф) за единицу измерения", "right", "46pt"),
                Col("Стоимость товаров (работ, услуг), имущественных прав без налога - всего", "right", "56pt"), Col("В том числе сумма акциза", "center", "30pt"),
                Col("Налоговая ставка", "center", "28pt"), Col("Сумма налога, предъявляемая покупателю", "right", "46pt"),
                Col("Стоимость товаров (работ, услуг), имущественных прав с налогом - всего", "right", "56pt"),
                Col("Страна происхождения товара: цифровой код", "center", "28pt"), Col("краткое наименование", "center", "36pt"),
                Col("Регистрационный номер декларации на товары или регистрационный номер партии товара", "center", "60pt")]
        rows = []
        for i, (li, t, (ccode, cname, imported)) in enumerate(zip(lines, line_tax, meta, strict=True)):
            decl = f"10{rng.randrange(100000, 999999)}/{issued.strftime('%d%m%y')}/{rng.randrange(1000000, 9999999)}/{rng.randrange(1, 40)}" if imported else "--"
            rows.append([str(i + 1), str(rng.randrange(10000, 99999)) if chance(rng, 0.5) else "--", esc(li.description), "--", li.code, li.unit, q(li.quantity),
                         n(li.unit_price), n(li.amount), "без акциза", f"{li.tax_rate}%", n(t), n(li.amount + t), ccode if imported else "--",
                         cname if imported else "--", decl])
        total_row = (f"<tr><td colspan='8' class='b'>Всего к оплате (9)</td><td class='r b'>{n(lines_sum)}</td><td class='c'>X</td><td></td>"
                     f"<td class='r b'>{n(tax)}</td><td class='r b'>{n(lines_sum + tax)}</td><td colspan='3'></td></tr>")
        if sole:
            signs = (f"<table style='width:100%;margin-top:6pt' class='small'><tr><td style='width:50%'>Индивидуальный предприниматель или иное уполномоченное лицо "
                     f"______________ {esc(vendor.name.replace('ИП ', '').replace('Индивидуальный предприниматель ', ''))}</td>"
                     f"<td style='width:50%'>{esc(vendor.extra['ogrnip'])}<br/><span class='tiny'>(реквизиты свидетельства о государственной регистрации "
                     "индивидуального предпринимателя)</span></td></tr></table>")
        else:
            signs = (f"<table style='width:100%;margin-top:6pt' class='small'><tr><td style='width:50%'>Руководитель организации или иное уполномоченное лицо "
                     f"______________ {boss}</td><td style='width:50%'>Главный бухгалтер или иное уполномоченное лицо ______________ {accountant}</td></tr></table>")
        tail = signs
        if layout == "upd":
            tail += (f"<table style='width:100%;margin-top:6pt' class='small'><tr><td style='width:50%'>Основание передачи (сдачи) / получения (приемки) [8]: "
                     f"Договор поставки № {rng.randrange(1, 400)}/{issued.year % 100} от {dot(issued - timedelta(days=rng.randrange(20, 300)))}</td>"
                     f"<td style='width:50%'>Данные о транспортировке и грузе [9]: {pick(rng, ['ТН № ' + str(rng.randrange(100, 9999)), '--', 'самовывоз'])}</td></tr>"
                     f"<tr><td>Товар (груз) передал / услуги, результаты работ, права сдал [10]: ______________ {boss}</td>"
                     f"<td>Товар (груз) получил / услуги, результаты работ, права принял [15]: ______________</td></tr>"
                     f"<tr><td>Дата отгрузки, передачи (сдачи) [11]: «{issued.day:02d}» {RU_MONTHS[issued.month - 1]} {issued.year} г.</td>"
                     f"<td>Дата получения (приемки) [16]: «___» ____________ 20__ г.</td></tr>"
                     f"<tr><td>Наименование экономического субъекта – составителя документа [14]: {esc(vendor.name)}, ИНН/КПП {inn_kpp_v}</td>"
                     f"<td>Наименование экономического субъекта – составителя документа [19]: {esc(customer.name)}, ИНН/КПП {inn_kpp_c}</td></tr></table>")

        def body(chunk, index, is_last):
            top = head if index == 0 else f"<p class='small'>Счет-фактура № {esc(number)} от {head_date} — продолжение, лист {index + 1}</p>"
            return top + items_table(cols, chunk, zebra=False, extra_rows=[total_row] if is_last else []) + (tail if is_last else "")

        sheet = paged_sheet(page_w, page_h, css, (24, 22, 24, 22), rows, body,
                            footer=lambda p, c: f"<p class='tiny r'>Лист {p} из {c}</p>" if c > 1 else "", footer_height=10)
        template = f"ru_{'schet_faktura' if layout == 'form' else 'upd'}"
    else:
        theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.0), table="grid")
        css = theme.css(".bank td{border:0.6pt solid #000;padding:1.5pt 3pt} .ttl{font-size:14pt;font-weight:bold;border-bottom:1.5pt solid #000;padding-bottom:3pt}"
                        " .notice{font-size:7pt;border:0.6pt solid #000;padding:3pt;margin-bottom:6pt}")
        notice = ("<div class='notice c'>Внимание! Оплата данного счета означает согласие с условиями поставки товара. Уведомление об оплате обязательно, "
                  "в противном случае не гарантируется наличие товара на складе. Товар отпускается по факту прихода денег на р/с Поставщика, "
                  "самовывозом, при наличии доверенности и паспорта.</div>") if chance(rng, 0.6) else ""
        kpp_cell = f"КПП {vkpp}" if vkpp else ""
        bank = ("<table class='bank' style='width:100%'>"
                f"<tr><td colspan='2' style='width:58%'>{esc(vendor.extra['bank'])} г. {pick(rng, ['Москва', 'Москва', 'Санкт-Петербург'])}</td>"
                f"<td style='width:10%'>БИК</td><td style='width:32%'>{vendor.extra['bik']}</td></tr>"
                f"<tr><td colspan='2' class='small'>Банк получателя</td><td>Сч. №</td><td>{vendor.extra['ks']}</td></tr>"
                f"<tr><td style='width:29%'>ИНН {vendor.tax_id}</td><td style='width:29%'>{kpp_cell}</td><td>Сч. №</td><td>{vendor.extra['rs']}</td></tr>"
                f"<tr><td colspan='2'>{esc(vendor.name)}<br/><span class='small'>Получатель</span></td><td></td><td></td></tr></table>")
        vkpp_text = f", КПП {vkpp}" if vkpp else ""
        supplier = f"{esc(vendor.name)}, ИНН {vendor.tax_id}{vkpp_text}, {esc(vendor.address[0])}" + (f", тел.: {vendor.phone}" if chance(rng, 0.6) else "")
        buyer = f"{esc(customer.name)}, ИНН {customer.tax_id}, КПП {customer.extra['kpp']}, {esc(customer.address[0])}"
        basis = f"Договор № {rng.randrange(1, 300)}-{pick(rng, ['П', 'ПС', 'У', 'Д'])} от {dot(issued - timedelta(days=rng.randrange(15, 400)))}" \
            if chance(rng, 0.6) else ""
        head = (notice + bank + f"<p class='ttl' style='margin-top:10pt'>Счет на оплату № {esc(number)} от {words_date(issued)}</p>"
                f"<table style='width:100%;margin-top:6pt'><tr><td style='width:78pt'>Поставщик<br/>(Исполнитель):</td><td class='b'>{supplier}</td></tr>"
                f"<tr><td>Покупатель<br/>(Заказчик):</td><td class='b'>{buyer}</td></tr>"
                + (f"<tr><td>Основание:</td><td>{basis}</td></tr>" if basis else "") + "</table>")
        cols = [Col("№", "center", "20pt"), Col("Товары (работы, услуги)"), Col("Кол-во", "right", "44pt"), Col("Ед.", "center", "40pt"),
                Col("Цена", "right", "66pt"), Col("Сумма", "right", "74pt")]
        rows = [[str(i + 1), esc(li.description), q(li.quantity), li.unit, n(li.unit_price), n(li.amount)] for i, li in enumerate(lines)]
        rate_text = "20%" if all(li.tax_rate == 20 for li in lines) else "10%" if all(li.tax_rate == 10 for li in lines) else ""
        if vat_mode == "included":
            totals = [("Итого:", n(total)), (f"В том числе НДС{f' ({rate_text})' if rate_text else ''}:", n(tax)), ("Всего к оплате:", n(total))]
        elif vat_mode == "on_top":
            totals = [("Итого:", n(lines_sum)), (f"НДС{f' ({rate_text})' if rate_text else ''}:", n(tax)), ("Всего к оплате:", n(total))]
        else:
            totals = [("Итого:", n(total)), ("Без налога (НДС)", "-"), ("Всего к оплате:", n(total))]
        totals_html = "<table style='width:100%'>" + "".join(
            f"<tr><td style='width:70%' class='r b'>{k}</td><td style='width:30%' class='r b'>{v}</td></tr>" for k, v in totals) + "</table>"
        tail = (totals_html + f"<p>Всего наименований {len(lines)}, на сумму {n(total)} руб.</p><p class='b'>{words_ru(total)}</p>"
                + (f"<p style='margin-top:4pt'>Оплатить не позднее {dot(due)}</p>" if due else "")
                + "<table style='width:100%;margin-top:16pt;border-top:1.5pt solid #000'><tr><td style='width:50%'>"
                + ("Руководитель ______________ " + boss if not sole else "Предприниматель ______________ " + esc(vendor.name))
                + f"</td><td style='width:50%'>{'Бухгалтер ______________ ' + accountant if not sole else ''}</td></tr></table>")
        sheet = paged_sheet(width, height, css, (40, 34, 34, 30), rows,
                            lambda chunk, index, is_last: (head if index == 0 else f"<p class='small'>Счет на оплату № {esc(number)} — продолжение</p>")
                            + items_table(cols, chunk, zebra=False) + (tail if is_last else ""))
        template = "ru_schet_na_oplatu"
    return Built(doc=doc, sheet=sheet, template=template, png_scan_ok=len(sheet.pages) == 1,
                 notes={"vat_mode": vat_mode, "kpp": vkpp, "sole_trader": sole})
