"""Ukrainian рахунок на оплату, видаткова накладна and a sole proprietor's рахунок-фактура, in Ukrainian, 2023-2025.

Three prints. `ua_rakhunok` (an accounting program's "Рахунок на оплату № 123 від 15 березня 2024 р."): Постачальник with
"П/р UA… у банку АТ КБ «ПРИВАТБАНК», МФО 305299", "код за ЄДРПОУ 12345678, ІПН 123456789012", address and phone, "Є
платником податку на прибуток на загальних підставах"; Покупець with its address; Договір; № / Товари (роботи,
послуги) / Кіл-сть / Од. / Ціна без ПДВ / Сума без ПДВ, then "Разом без ПДВ" / "ПДВ" / "Всього з ПДВ" — or prices
including VAT ("Ціна з ПДВ", "Разом", "У тому числі ПДВ"); "Всього найменувань 3, на суму 12 345,60 грн.", the sum in
words ("Дванадцять тисяч триста сорок п'ять гривень 60 копійок"), "Рахунок дійсний до сплати до 25.03.2024", Виписав(ла).
`ua_vydatkova` ("Видаткова накладна № РН-0000123 від 15 березня 2024 р."): Постачальник / Покупець with their codes,
Договір, Умова продажу, Місце складання, № / Товар / Од. / Кількість / Ціна без ПДВ / Сума без ПДВ, Разом без ПДВ /
ПДВ / Всього з ПДВ, the sum in words, "Від постачальника* / Отримав(ла) / За довіреністю"; long orders run over pages.
`ua_fop` (a ФОП outside VAT): "Рахунок-фактура № 15 від 15.03.2024", "ФОП Коваленко Олена Петрівна", РНОКПП, IBAN, "Платник
єдиного податку 3 групи", Платник, № / Найменування / Од. / К-сть / Ціна / Сума, "Разом", "Без ПДВ", "Всього до сплати",
the sum in words, "Оплатити до …".

Amounts `12 345,60` (space or no-break space, decimal comma) with "грн."; dates `15 березня 2024 р.` and `15.03.2024`.

Truth: an `invoice` (the видаткова накладна bills the goods it hands over); vendor = Постачальник (name with its «»), tax id
= the ІПН of a VAT payer, the РНОКПП of a ФОП; the ЄДРПОУ, МФО, IBAN, the buyer's codes, the contract, the power of
attorney and the place of drawing up are decoys; customer = Покупець / Платник with its address; id = the number after
"№"; document date = the date after "від"; due date = "дійсний до сплати до" / "Оплатити до" (the накладна prints none);
net = Разом без ПДВ, tax = ПДВ, total = Всього з ПДВ / Всього до сплати; prices including VAT give tax = "У тому числі
ПДВ", net null and lines adding up to the total; a ФОП has neither net nor tax. No payment terms.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fifteenth import UA_MONTHS, ua_fop, ua_party, words_ua
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import paged, pts

FAMILY = "ua_rakhunok"
DOCUMENT_TYPE = "invoice"
D = Decimal
GOODS = [("Папір офісний А4 80 г/м2", "уп.", 180, 290), ("Картридж для принтера HP 85A", "шт.", 650, 1600), ("Послуги з технічного обслуговування", "посл.", 1500, 9000),
         ("Кабель ВВГ 3х2,5", "м", 28, 55), ("Фарба інтер'єрна біла 10 л", "шт.", 780, 1900), ("Монтаж системи відеоспостереження", "посл.", 4500, 25000),
         ("Консультаційні послуги", "год.", 600, 2200), ("Ноутбук 15,6\" Core i5", "шт.", 21000, 38000), ("Цемент М-500, 25 кг", "шт.", 160, 260),
         ("Доставка вантажу", "посл.", 800, 4500), ("Стілець офісний", "шт.", 1400, 4200), ("Труба ПП 25 мм", "м", 30, 70),
         ("Розробка програмного забезпечення", "год.", 900, 2500), ("Рукавички робочі", "пара", 25, 60), ("Бензин А-95", "л", 50, 58)]
PEOPLE = ["Коваленко О.П.", "Шевчук А.І.", "Бондаренко І.М.", "Ткаченко Т.О.", "Мельник Н.В.", "Олійник С.А."]


def _date_words(x: date) -> str:
    return f"{x.day} {UA_MONTHS[x.month - 1]} {x.year} р."


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["rakhunok", "rakhunok", "vydatkova", "fop"])
    vendor = ua_fop(rng) if layout == "fop" else ua_party(rng)
    customer = ua_party(rng)
    buyer = dict(customer.extra)
    customer.tax_id = None
    issued = random_date(rng, date(2023, 1, 3), 880)
    inclusive = layout == "rakhunok" and chance(rng, 0.35)
    long_order = layout == "vydatkova" and chance(rng, 0.35)
    lines: list[Line] = []
    count = rng.randrange(22, 36) if long_order else rng.randrange(1, 7)
    for i in range(count):
        desc, unit, low, high = GOODS[i % len(GOODS)] if long_order else rng.choice(GOODS)
        if any(li.description == desc for li in lines):
            desc = f"{desc} (партія {i + 1})"
        price = money(round(rng.uniform(low, high), 0 if high > 5000 else 2))
        qty = D(pick(rng, [1, 1, 2, 3, 5, 10, 20] if unit not in ("м", "л") else [10, 25, 50, 100, "12.5"]))
        lines.append(Line(desc, qty, price, money(qty * price), unit))
    subtotal = sum((li.amount for li in lines), D("0.00"))
    if layout == "fop":
        net = tax = None
        total = subtotal
    elif inclusive:
        total = subtotal
        tax = (total * 20 / 120).quantize(D("0.01"), rounding=ROUND_HALF_UP)
        net = None
    else:
        net = subtotal
        tax = money(net * D("0.2"))
        total = net + tax
    due = issued + timedelta(days=pick(rng, [3, 5, 7, 10, 14])) if layout != "vydatkova" else None
    seq = rng.randrange(1, 2500)
    number = {"rakhunok": pick(rng, [str(seq), f"СФ-{seq:07d}", f"{seq}/{issued.month:02d}"]), "vydatkova": pick(rng, [f"РН-{seq:07d}", str(seq)]),
              "fop": str(rng.randrange(1, 300))}[layout]
    doc = Doc(document_type=DOCUMENT_TYPE, locale="UA", currency="UAH", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, due_date=due, lines_sum_to="total" if inclusive else "net")
    style = pick(rng, ["fr", "fr_nbsp", "fr"])

    def n(value: D) -> str:
        return fmt_number(value, style)

    def q(value: D) -> str:
        return fmt_number(value, style, 0) if value == value.to_integral_value() else fmt_number(value, style, 3).rstrip("0")

    words_date = layout != "fop" and chance(rng, 0.75)

    def d(x: date) -> str:
        return _date_words(x) if words_date else f"{x.day:02d}.{x.month:02d}.{x.year}"

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times", "Helvetica"]), size=(8.0, 8.5), table="grid")
    css = theme.css(".t{font-size:13pt;font-weight:bold;border-bottom:1.5pt solid #000;padding-bottom:3pt} .lb{width:80pt;color:#333}")
    width, height = A4
    W = width - 84
    contract = f"Договір {pick(rng, ['поставки', 'про надання послуг', 'купівлі-продажу'])} № {rng.randrange(1, 99)}/{issued.year % 100} від {(issued - timedelta(days=rng.randrange(20, 300))).strftime('%d.%m.%Y')}"

    def party(label: str, p, ids: dict, *, fop: bool = False, bank: bool = True) -> str:
        codes = (f"РНОКПП {ids['rnokpp']}" if fop else f"код за ЄДРПОУ {ids['edrpou']}, ІПН {ids['ipn']}")
        parts = [f"<b>{esc(p.name)}</b>"]
        if bank:
            parts.append(f"П/р {ids['iban']} у банку {esc(ids['bank'])}, МФО {ids['iban'][4:10]}")
        parts += ["Адреса: " + ", ".join(esc(x) for x in p.address), f"тел. {p.phone}", codes]
        return f"<tr><td class='lb'>{label}</td><td style='width:{W - 92:.1f}pt'>{'<br/>'.join(parts)}</td></tr>"

    if layout == "fop":
        title = f"Рахунок-фактура № {number} від {d(issued)}"
        head = ("<table>" + party("Постачальник:", vendor, vendor.extra, fop=True)
                + f"<tr><td class='lb'></td><td>Платник єдиного податку {pick(rng, ['3', '2'])} групи</td></tr>"
                + party("Платник:", customer, buyer, bank=False) + "</table>" + f"<p class='t' style='margin-top:10pt'>{title}</p>")
        heads, fr = ["№", "Найменування", "Од.", "К-сть", "Ціна", "Сума"], (5, 47, 8, 10, 14, 16)
    elif layout == "rakhunok":
        title = f"Рахунок на оплату № {number} від {d(issued)}"
        head = ("<table>" + party("Постачальник:", vendor, vendor.extra)
                + "<tr><td class='lb'></td><td>Є платником податку на прибуток на загальних підставах</td></tr>"
                + party("Покупець:", customer, buyer, bank=False) + f"<tr><td class='lb'>Договір:</td><td>{contract}</td></tr></table>"
                + f"<p class='t' style='margin-top:10pt'>{title}</p>")
        price_label = "з ПДВ" if inclusive else "без ПДВ"
        heads, fr = ["№", "Товари (роботи, послуги)", "Кіл-сть", "Од.", f"Ціна {price_label}", f"Сума {price_label}"], (5, 45, 9, 7, 16, 18)
    else:
        title = f"Видаткова накладна № {number} від {d(issued)}"
        head = (f"<p class='t'>{title}</p><table style='margin-top:6pt'>" + party("Постачальник:", vendor, vendor.extra)
                + party("Покупець:", customer, buyer, bank=False) + f"<tr><td class='lb'>Договір:</td><td>{contract}</td></tr>"
                + f"<tr><td class='lb'>Умова продажу:</td><td>{pick(rng, ['Безготівковий розрахунок', 'Оплата по факту поставки'])}</td></tr>"
                + f"<tr><td class='lb'>Місце складання:</td><td>{vendor.address[0].split(', ')[-1] if vendor.address[0][0].isdigit() else vendor.address[-1].split(', ')[0]}</td></tr></table>")
        heads, fr = ["№", "Товар", "Од.", "Кількість", "Ціна без ПДВ", "Сума без ПДВ"], (5, 45, 7, 11, 15, 17)
    cw = pts(W, *fr)
    th = "<tr>" + "".join(f"<th style='width:{w};text-align:center;font-weight:bold'>{h}</th>" for h, w in zip(heads, cw, strict=True)) + "</tr>"
    rows = []
    for i, li in enumerate(lines, 1):
        if layout == "rakhunok":
            cells = [str(i), esc(li.description), q(li.quantity), li.unit, n(li.unit_price), n(li.amount)]
        else:
            cells = [str(i), esc(li.description), li.unit, q(li.quantity), n(li.unit_price), n(li.amount)]
        rows.append("<tr>" + "".join(f"<td style='width:{w};text-align:{'right' if k in (0, 4, 5) or (k == 2 and layout == 'rakhunok') or (k == 3 and layout != 'rakhunok') else 'left'}'>{c}</td>"
                                     for k, (c, w) in enumerate(zip(cells, cw, strict=True))) + "</tr>")
    if layout == "fop":
        sums = [("Разом:", n(total)), ("ПДВ:", "Без ПДВ"), ("Всього до сплати:", n(total))]
    elif inclusive:
        sums = [("Разом:", n(total)), ("У тому числі ПДВ:", n(tax))]
    else:
        sums = [("Разом без ПДВ:", n(net)), ("ПДВ:", n(tax)), ("Всього з ПДВ:", n(total))]
    sum_html = ("<table style='margin-top:4pt'>" + "".join(f"<tr><td style='width:{W * 0.62 - 6:.1f}pt'></td><td class='b r' style='width:{W * 0.2 - 6:.1f}pt'>{k}</td>"
                                                          f"<td class='b r' style='width:{W * 0.18 - 10:.1f}pt'>{v}</td></tr>" for k, v in sums) + "</table>")
    words = (f"<p style='margin-top:6pt'>Всього найменувань {len(lines)}, на суму {n(total)} грн.</p><p class='b'>{words_ua(total)}</p>"
             + (f"<p>У т.ч. ПДВ: {n(tax)} грн.</p>" if tax is not None and chance(rng, 0.7) else "")
             + ("<p>Без ПДВ</p>" if layout == "fop" else ""))
    if layout == "vydatkova":
        tail = (sum_html + words
                + f"<table style='margin-top:14pt'><tr><td style='width:{W * 0.5 - 6:.1f}pt'>Від постачальника*: ________ {pick(rng, PEOPLE)}</td>"
                f"<td style='width:{W * 0.5 - 6:.1f}pt'>Отримав(ла): ________</td></tr><tr><td></td><td>За довіреністю № {rng.randrange(1, 400)} "
                f"від {(issued - timedelta(days=rng.randrange(1, 20))).strftime('%d.%m.%Y')}</td></tr></table>"
                "<p class='tiny' style='margin-top:6pt'>* Відповідальний за здійснення господарської операції і правильність її оформлення</p>")
    else:
        due_text = f"Рахунок дійсний до сплати до {due.strftime('%d.%m.%Y')}" if layout == "rakhunok" else f"Оплатити до {due.strftime('%d.%m.%Y')}"
        tail = (sum_html + words + f"<p style='margin-top:8pt'>{due_text}</p>"
                + f"<p style='margin-top:14pt'>Виписав(ла): ________ {vendor.name.split(' ', 1)[1] if layout == 'fop' else pick(rng, PEOPLE)}</p>")

    def body(chunk, index, is_last):
        top = head if index == 0 else f"<p class='b'>{esc(title)} (продовження)</p>"
        return top + f"<table class='items' style='margin-top:6pt'>{th}{''.join(chunk)}</table>" + (tail if is_last else "")

    sheet = paged(width, height, css, (42, 36, 42, 28), rows, body, footer=lambda p, c: f"<p class='tiny r'>Сторінка {p} з {c}</p>", footer_height=10)
    template = {"rakhunok": "ua_rakhunok", "vydatkova": "ua_vydatkova", "fop": "ua_fop"}[layout]
    return Built(doc=doc, sheet=sheet, template=template, png_scan_ok=len(sheet.pages) == 1, scan_weight=1.5,
                 notes={"edrpou": vendor.extra.get("edrpou"), "buyer_ipn": buyer.get("ipn"), "contract": contract, "inclusive": inclusive})
