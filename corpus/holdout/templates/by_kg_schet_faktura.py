"""Belarusian and Kyrgyz invoices in Russian: the Belarusian счет-фактура and счет на оплату (BYN, НДС 20 % and 10 %) and the Kyrgyz
printed electronic счет-фактура (ЭСФ) and счет на оплату (KGS, НДС 12 % plus the sales tax НсП at 1 % or 2 %), 2023-2025 (invented
companies and banks' customers).

Four prints. `by_schet_faktura` (the title "Счет-фактура № 123 от 15 марта 2024 г." (the number = id, the date = date) over a rule;
Поставщик with Адрес, УНП (nine digits, mod-11 check digit; = tax id), ОКПО (decoy), Р/с (a BY IBAN) and Банк with its BIC (decoys);
Покупатель with its УНП (decoy); Основание: a contract (decoy); № / Наименование / Ед. изм. / Кол-во / Цена / Стоимость / Ставка НДС /
Сумма НДС / Стоимость с НДС; Итого без НДС (= net), Сумма НДС (= tax), Всего с НДС (= total), the count of items and the sum in words, the
director's and the chief accountant's signature lines), `by_schet_na_oplatu` (the payee's bank details boxed on top, "СЧЕТ НА ОПЛАТУ №",
Срок оплаты (= due date), the lines at prices with VAT and "В том числе НДС" (= tax, no net) or the VAT added to the net), `kg_esf` (the
ЭСФ print: Серия and Номер (the number = id; the series a decoy), Дата выписки (= date), Дата поставки (decoy), Поставщик with ИНН
(fourteen digits; = tax id) and the VAT registration certificate (decoy), Покупатель with ИНН (decoy), Вид поставки; Стоимость без
налогов / НДС 12 % / НсП / Стоимость с налогами per line; Итого без налогов (= net), НДС and НсП (tax = their sum), Всего (= total)),
`kg_schet_na_oplatu` (the payee's bank block with ИНН, БИК and the account, the lines at prices with the taxes included, "в том числе
НДС" and "в том числе НсП" (tax = their sum, no net), Срок оплаты (= due date)).

Truth: an `invoice`; vendor with its УНП / ИНН; net, tax and total as printed; the lines add up to the net, or to the total on the
prints at prices with taxes.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_thirteenth import RU_MONTHS
from corpus.holdout.fakes_thirtieth import by_party, digits, kg_party, words_byn, words_kgs
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._thirtieth import ru_invoice
from corpus.holdout.templates._twentieth import amount

FAMILY = "by_kg_schet_faktura"
D = Decimal
# description, unit, low, high (BYN; soms at about 27 to the rouble), the Belarusian reduced rate applies
ITEMS = [("Бумага офисная А4, 80 г/м2 (500 л.)", "пач", 11, 16, False), ("Картридж лазерный черный", "шт", 45, 160, False), ("Цемент М500 (мешок 50 кг)", "мешок", 14, 21, False),
         ("Услуги по перевозке груза", "усл.", 180, 950, False), ("Молоко питьевое 3,2% 1 л", "шт", 1.8, 2.9, True), ("Хлеб ржаной формовой", "шт", 1.2, 2.2, True),
         ("Ремонт и техническое обслуживание оборудования", "усл.", 120, 1400, False), ("Краска водоэмульсионная 10 л", "шт", 38, 85, False),
         ("Перчатки рабочие х/б", "пара", 0.9, 2.4, False), ("Монитор 24\"", "шт", 320, 640, False), ("Консультационные услуги", "час", 45, 120, False),
         ("Мука пшеничная в/с (50 кг)", "мешок", 48, 72, True), ("Кабель ВВГнг 3х2,5", "м", 2.6, 4.8, False), ("Доска обрезная 50х150х6000", "м3", 420, 680, False)]
SIGNERS = ["Иванов И.И.", "Ковальчук А.С.", "Новик Е.В.", "Асанов Б.К.", "Садыкова Г.Т.", "Петренко О.Н.", "Жумабеков Н.А.", "Лукашевич Т.М."]


def _long(d: date) -> str:
    return f"{d.day} {RU_MONTHS[d.month - 1]} {d.year} г."


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["by_schet_faktura", "by_schet_na_oplatu", "kg_esf", "kg_schet_na_oplatu"])
    kg = layout.startswith("kg")
    issued = random_date(rng, date(2023, 1, 9), 900)
    vendor, customer = (kg_party(rng), kg_party(rng)) if kg else (by_party(rng), by_party(rng))
    buyer_tax = customer.tax_id
    customer.tax_id = None
    thousands = pick(rng, [" ", "", "\u00a0"])

    def n(v):
        return amount(v, thousands, ",")

    def q(v):
        return f"{v.normalize():f}".replace(".", ",")

    def d(x):
        return fmt_date(x, "dmy_dot")

    scale = D(27) if kg else D(1)
    lines = []
    for desc, unit, low, high, reduced in rng.sample(ITEMS, rng.randrange(1, 9)):
        lo, hi = float(D(str(low)) * scale), float(D(str(high)) * scale)
        price = money(rng.uniform(lo, hi)) if hi < 300 else money(round(rng.uniform(lo, hi)))
        qty = D(pick(rng, [1, 2, 3, 5, 10, 20, 50, 100])) if hi < 30 * float(scale) else D(pick(rng, ["1", "1", "2", "3", "4", "6"]))
        if hi < 5 * float(scale):
            qty = D(pick(rng, [10, 20, 24, 50, 100, 200]))
        if unit in ("м3", "м") and chance(rng, 0.5):
            qty = D(pick(rng, ["1.5", "2.5", "12.5", "0.5"]))
        if unit in ("усл.", "час"):
            qty = D(pick(rng, [1, 1, 2, 4, 8]))
        if qty != qty.to_integral_value():
            price = money(round(price))
        line = Line(desc, qty, price, money(qty * price), unit)
        line.tax_rate = D(12) if kg else (D(10) if reduced else D(20))
        lines.append(line)
    nsp = D(pick(rng, [1, 2])) if kg else D(0)
    number = pick(rng, [f"{rng.randrange(1, 999)}", f"{rng.randrange(1, 99)}/{issued.month:02d}", f"{pick(rng, ['СФ', 'С', 'Ф'])}-{rng.randrange(1, 9999):04d}",
                        f"{issued.year % 100}-{rng.randrange(1, 9999):05d}"])
    if layout == "kg_esf":
        number = f"{rng.randrange(10**9, 10**10)}"
    contract = f"Договор № {rng.randrange(1, 300)}/{issued.year % 100} от {d(issued - timedelta(days=rng.randrange(30, 400)))}"
    inclusive = layout == "kg_schet_na_oplatu" or (layout == "by_schet_na_oplatu" and chance(rng, 0.5))
    days = pick(rng, [3, 5, 10, 14, 30])
    due = issued + timedelta(days=days) if layout.endswith("na_oplatu") else None
    notes: dict = {"okpo": vendor.extra["okpo"], "buyer_tax": buyer_tax, "contract": contract, "inclusive": inclusive, "country": "KG" if kg else "BY"}
    theme = Theme.pick(rng, font=pick(rng, ["Times", "Helvetica", "Helvetica"]), size=(7.0, 8.5))
    width, height = A4
    W = width - 72
    cur = "сом" if kg else "руб."
    words = words_kgs if kg else words_byn
    signer1, signer2 = rng.sample(SIGNERS, 2)
    signatures = [f"Руководитель ________ {signer1}", f"Главный бухгалтер ________ {signer2}"]
    if inclusive:
        # prices with taxes: the included VAT (and НсП) per rate, no net
        total = sum((li.amount for li in lines), D("0.00"))
        if kg:
            vat = money(total * 12 / (112 + nsp))
            sales = money(total * nsp / (112 + nsp))
            tax = vat + sales
            tax_rows = [("в том числе НДС 12%:", n(vat)), (f"в том числе НсП {nsp}%:", n(sales)), ("Итого налогов:", n(tax))]
            notes.update({"vat": str(vat), "nsp": str(sales)})
        else:
            by_rate: dict[D, D] = {}
            for li in lines:
                by_rate[li.tax_rate] = by_rate.get(li.tax_rate, D("0.00")) + li.amount
            parts = {r: money(v * r / (100 + r)) for r, v in sorted(by_rate.items(), reverse=True)}
            tax = sum(parts.values(), D("0.00"))
            tax_rows = [(f"В том числе НДС {r}%:", n(v)) for r, v in parts.items()] + ([("Всего НДС:", n(tax))] if len(parts) > 1 else [])
        doc = Doc(document_type="invoice", locale="KG" if kg else "BY", currency="KGS" if kg else "BYN", vendor=vendor, customer=customer, invoice_ids=[number],
                  document_date=issued, total=total, tax=tax, lines=lines, due_date=due, lines_sum_to="total")
        totals = [("Итого:", n(total))] + tax_rows + [("Всего к оплате:", n(total))]
        head = ["№", "Товары (работы, услуги)", "Ед.", "Кол-во", f"Цена с налогами, {cur}" if kg else f"Цена с НДС, {cur}", f"Сумма, {cur}"]
        fr, numeric = (0.05, 0.47, 0.08, 0.1, 0.14, 0.16), {3, 4, 5}
        for i, li in enumerate(lines, 1):
            li.code = str(i)

        def cells(li):
            return [li.code, esc(li.description), li.unit, q(li.quantity), n(li.unit_price), n(li.amount)]
    else:
        net = sum((li.amount for li in lines), D("0.00"))
        line_vat = {id(li): money(li.amount * li.tax_rate / 100) for li in lines}
        line_nsp = {id(li): money(li.amount * nsp / 100) for li in lines}
        vat = sum(line_vat.values(), D("0.00"))
        sales = sum(line_nsp.values(), D("0.00")) if kg else D("0.00")
        tax = vat + sales
        total = net + tax
        doc = Doc(document_type="invoice", locale="KG" if kg else "BY", currency="KGS" if kg else "BYN", vendor=vendor, customer=customer, invoice_ids=[number],
                  document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due)
        for i, li in enumerate(lines, 1):
            li.code = str(i)
        if kg:
            head = ["№", "Наименование", "Ед. изм.", "Кол-во", "Цена", "Стоимость без налогов", "НДС 12%", f"НсП {nsp}%", "Стоимость с налогами"]
            fr, numeric = (0.04, 0.26, 0.08, 0.07, 0.1, 0.12, 0.1, 0.1, 0.13), {3, 4, 5, 6, 7, 8}

            def cells(li):
                return [li.code, esc(li.description), li.unit, q(li.quantity), n(li.unit_price), n(li.amount), n(line_vat[id(li)]), n(line_nsp[id(li)]),
                        n(li.amount + line_vat[id(li)] + line_nsp[id(li)])]

            totals = [("Итого без налогов:", n(net)), ("НДС:", n(vat)), ("НсП:", n(sales))] + ([("Сумма налогов:", n(tax))] if chance(rng, 0.5) else []) \
                + [("Всего с налогами:", n(total))]
        else:
            head = ["№", "Наименование товара", "Ед. изм.", "Кол-во", f"Цена, {cur}", f"Стоимость, {cur}", "Ставка НДС, %", f"Сумма НДС, {cur}", f"Стоимость с НДС, {cur}"]
            fr, numeric = (0.04, 0.26, 0.08, 0.07, 0.1, 0.12, 0.08, 0.11, 0.14), {3, 4, 5, 6, 7, 8}

            def cells(li):
                return [li.code, esc(li.description), li.unit, q(li.quantity), n(li.unit_price), n(li.amount), str(li.tax_rate), n(line_vat[id(li)]),
                        n(li.amount + line_vat[id(li)])]

            totals = [("Итого без НДС:", n(net)), ("Сумма НДС:", n(tax)), ("Всего с НДС:", n(total))]
    after = [f"Всего наименований {len(lines)}, на сумму {n(total)} {cur}", f"<b>{'Всего к оплате' if chance(rng, 0.5) else 'Сумма прописью'}: {esc(words(total))}</b>"]
    if kg:
        vreg = f"{pick(rng, ['АА', 'ВА', 'НД'])} № {digits(rng, 7)}"
        notes["vat_cert"] = vreg
    if layout == "kg_esf":
        series = pick(rng, ["E", "ЭСФ", "AA"])
        supplied = issued - timedelta(days=pick(rng, [0, 1, 2, 5]))
        notes.update({"series": series, "supplied": supplied.isoformat()})
        parties = [("Серия / Номер:", f"{series} / <b>{number}</b>"), ("Дата выписки:", d(issued)), ("Дата поставки:", d(supplied)),
                   ("Поставщик:", f"<b>{esc(vendor.name)}</b>"), ("Адрес:", esc(", ".join(vendor.address))), ("ИНН поставщика:", vendor.tax_id),
                   ("Свидетельство НДС:", f"серия {vreg}"), ("Банк / р/с:", f"{esc(vendor.extra['bank'])}, БИК {vendor.extra['bik']}, р/с {vendor.extra['account']}"),
                   ("Покупатель:", f"<b>{esc(customer.name)}</b>"), ("Адрес:", esc(", ".join(customer.address))), ("ИНН покупателя:", buyer_tax),
                   ("Вид поставки:", pick(rng, ["облагаемая", "облагаемая НДС"])), ("Основание:", esc(contract))]
        return ru_invoice(doc, layout, theme, width, height, title="ЭЛЕКТРОННЫЙ СЧЕТ-ФАКТУРА", parties=parties, head=head, fractions=fr, numeric=numeric,
                          cells=cells, totals=totals, after=after, signatures=signatures, notes=notes, footer_text="Стр.", cont=f"ЭСФ № {number}")
    if layout.endswith("na_oplatu"):
        if kg:
            bank_rows = [("Получатель", f"{esc(vendor.name)}<br/>ИНН {vendor.tax_id}"), ("Банк получателя", esc(vendor.extra["bank"])), ("БИК", vendor.extra["bik"]),
                         ("Расчетный счет", vendor.extra["account"])]
        else:
            bank_rows = [("Получатель", f"{esc(vendor.name)}<br/>УНП {vendor.tax_id}"), ("Банк получателя", f"{esc(vendor.extra['bank'])}, BIC {vendor.extra['bic']}"),
                         ("Счет (IBAN)", vendor.extra["iban"])]
        top = ("<table style='border:0.8pt solid #333'>" + "".join(f"<tr><td style='width:{W * 0.25:.0f}pt;border:0.5pt solid #666'>{k}</td>"
                                                                    f"<td style='width:{W * 0.68:.0f}pt;border:0.5pt solid #666'>{v}</td></tr>" for k, v in bank_rows)
               + "</table><div style='height:8pt'></div>")
        title = f"СЧЕТ НА ОПЛАТУ № {esc(number)} от {_long(issued)}"
        parties = [("Поставщик:", f"<b>{esc(vendor.name)}</b>, {esc(', '.join(vendor.address))}, тел. {esc(vendor.phone or '')}"),
                   ("Покупатель:", f"<b>{esc(customer.name)}</b>, {esc(', '.join(customer.address))}" + (f", {'ИНН' if kg else 'УНП'} {buyer_tax}" if chance(rng, 0.6) else "")),
                   ("Основание:", esc(contract)), ("Срок оплаты:", f"до {d(due)}")]
        after = after + ["Счет действителен в течение 5 банковских дней. Оплата данного счета означает согласие с условиями поставки товара."]
        return ru_invoice(doc, layout, theme, width, height, title=title, parties=parties, head=head, fractions=fr, numeric=numeric, cells=cells, totals=totals,
                          after=after, signatures=signatures, notes=notes, footer_text="Стр.", top=top, cont=f"Счет № {esc(number)}")
    long_title = chance(rng, 0.7)
    title = f"СЧЕТ-ФАКТУРА № {esc(number)} от {_long(issued) if long_title else d(issued)}"
    parties = [("Поставщик:", f"<b>{esc(vendor.name)}</b>"), ("Адрес:", esc(", ".join(vendor.address))), ("УНП:", f"{vendor.tax_id} &#160; ОКПО: {vendor.extra['okpo']}"),
               ("Р/с:", f"{vendor.extra['iban']} в {esc(vendor.extra['bank'])}, BIC {vendor.extra['bic']}"),
               ("Покупатель:", f"<b>{esc(customer.name)}</b>"), ("Адрес:", esc(", ".join(customer.address))), ("УНП покупателя:", buyer_tax), ("Основание:", esc(contract))]
    return ru_invoice(doc, layout, theme, width, height, title=title, parties=parties, head=head, fractions=fr, numeric=numeric, cells=cells, totals=totals,
                      after=after, signatures=signatures, notes=notes, footer_text="Стр.", cont=f"Счет-фактура № {esc(number)}")
