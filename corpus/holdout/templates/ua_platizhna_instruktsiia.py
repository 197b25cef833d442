"""Ukrainian payment advices: the bank's print of a ПЛАТІЖНА ІНСТРУКЦІЯ (the payment order form in use since 2023) paying one
invoice, and a payer's ПОВІДОМЛЕННЯ ПРО ОПЛАТУ letter or e-mail listing the invoices (рахунки) a transfer settles, with a set-off
(взаємозалік), a return of goods (повернення товару), a discount (знижка) or an advance (аванс), in hryvnias, 2023-2025 (invented
companies and banks' customers).

Three prints. `ua_platizhna_instruktsiia` (the bank's name, "ПЛАТІЖНА ІНСТРУКЦІЯ № 1234" (the number a decoy), Дата складання (=
document date), Дата валютування; Платник with Код платника (its ЄДРПОУ, a decoy), IBAN and bank; Отримувач with Код отримувача (the
payee's ЄДРПОУ, a decoy; no tax id), IBAN and bank; Сума and Сума словами; Призначення платежу naming the invoice with the VAT it
includes (a decoy amount); the bank's mark "ПРОВЕДЕНО" with Дата проведення (= payment date) and Референс (= reference)),
`ua_povidomlennia_lyst` (the payer's letterhead with its ЄДРПОУ and ІПН (decoys), "Вих. № 45/03 від 15.03.2024 р." (the outgoing number
= reference, its date = document date), the supplier addressed with its ЄДРПОУ (decoy) and its ІПН where printed (= tax id); Дата
оплати (= payment date); № / Рахунок № / від / Сума рахунку / Утримано / Сплачено; "Разом сплачено" with the sum in words),
`ua_povidomlennia_email` (a printed e-mail: Від / Кому / Дата / Тема naming the notice number (= reference); a plain table; the payer's
signature; no supplier address).

Truth: a `remittance_advice`; vendor = the payee (its ІПН only where printed), customer = the payer; allocations = the amounts paid per
invoice (returns negative); total = the amount transferred.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fifteenth import UA_MONTHS, ua_party, words_ua
from corpus.holdout.fakes_thirtieth import ua_bank_reference, ua_invoice_numbering
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyeighth import form_page, mail_header
from corpus.holdout.templates._twentyseventh import advice_rows
from corpus.holdout.templates._twentysixth import letter_paged

FAMILY = "ua_platizhna_instruktsiia"
D = Decimal
SIGNERS = ["Олена Коваленко", "Андрій Шевчук", "Ірина Бондаренко", "Тарас Мельник", "Наталія Олійник", "Сергій Кравчук"]
GOODS = ["товар", "будівельні матеріали", "канцелярські товари", "послуги з перевезення", "комп'ютерну техніку", "запчастини", "продукти харчування",
         "поліграфічні послуги", "обслуговування обладнання"]


def _long(d: date) -> str:
    return f"{d.day} {UA_MONTHS[d.month - 1]} {d.year} р."


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["ua_platizhna_instruktsiia", "ua_povidomlennia_lyst", "ua_povidomlennia_lyst", "ua_povidomlennia_email"])
    payer, supplier = ua_party(rng), ua_party(rng)
    while supplier.name == payer.name:
        supplier = ua_party(rng)
    payer_ipn, sup_ipn = payer.tax_id, supplier.tax_id
    payer.tax_id = None
    paid_on = random_date(rng, date(2023, 1, 16), 1000)
    while paid_on.weekday() > 4:
        paid_on += timedelta(days=1)
    thousands = pick(rng, [" ", "", "\u00a0"])

    def n(v):
        return amount(v, thousands, ",")

    def d(x):
        return fmt_date(x, "dmy_dot")

    numbering = ua_invoice_numbering(rng)
    theme = Theme.pick(rng, size=(7.5, 9.0))
    notes: dict = {"payer_edrpou": payer.extra["edrpou"], "payer_ipn": payer_ipn, "payee_edrpou": supplier.extra["edrpou"]}
    width, height = A4
    W = width - 84
    if layout == "ua_platizhna_instruktsiia":
        rows = advice_rows(rng, 1, paid_on, numbering, low=500, high=1_900_000)
        total, inv = rows[0]["gross"], rows[0]["inv"]
        supplier.tax_id = None
        ref = ua_bank_reference(rng)
        made = paid_on - timedelta(days=pick(rng, [0, 0, 0, 1]))
        order = f"{rng.randrange(1, 9999)}"
        doc = Doc(document_type="remittance_advice", locale="UA", currency="UAH", vendor=supplier, customer=payer, invoice_ids=[inv], document_date=made,
                  total=total, payment_reference=ref, payment_date=paid_on, allocations=[(inv, total)], vendor_address_printed=False,
                  customer_address_printed=False)
        vat = money(total * 20 / 120)
        purpose = (f"{pick(rng, ['Оплата за', 'Сплата за', 'Оплата за поставлені'])} {pick(rng, GOODS)} {pick(rng, ['згідно з рахунком', 'згідно рахунку', 'за рахунком'])} "
                   f"№ {inv} від {d(rows[0]['date'])}" + (f", у т.ч. ПДВ 20% - {n(vat)} грн." if chance(rng, 0.75) else ", без ПДВ."))

        def row(label, value, *, strong=False):
            return (f"<tr><td class='fc' style='width:{W * 0.3:.0f}pt'><p class='fl'>{label}</p></td>"
                    f"<td class='fc' style='width:{W * 0.62:.0f}pt'><p class='{'fv' if strong else ''}'>{value}</p></td></tr>")

        form = ("<table>" + row("Платник", esc(payer.name), strong=True) + row("Код платника", payer.extra["edrpou"])
                + row("Рахунок платника (IBAN)", payer.extra["iban"]) + row("Банк платника", esc(payer.extra["bank"]))
                + row("Отримувач", esc(supplier.name), strong=True) + row("Код отримувача", supplier.extra["edrpou"])
                + row("Рахунок отримувача (IBAN)", supplier.extra["iban"]) + row("Банк отримувача", esc(supplier.extra["bank"]))
                + row("Сума", f"{n(total)} грн", strong=True) + row("Сума словами", esc(words_ua(total)))
                + row("Призначення платежу", esc(purpose)) + "</table>")
        valued = chance(rng, 0.5)
        body = (f"<p class='fh accent'>{esc(payer.extra['bank'])}</p><p class='small muted'>{pick(rng, ['Клієнт-банк', 'Інтернет-банкінг для бізнесу', 'Онлайн-банкінг'])}</p>"
                + f"<p class='b c' style='margin-top:10pt;font-size:12pt'>ПЛАТІЖНА ІНСТРУКЦІЯ № {order}</p>"
                + f"<p class='c'>Дата складання: {d(made)}" + (f" · Дата валютування: {d(paid_on)}" if valued else "") + "</p>"
                + f"<div style='margin-top:8pt'>{form}</div>"
                + f"<table style='margin-top:12pt'><tr><td style='width:{W * 0.45:.0f}pt'><p class='small'>Підписи платника: ____________ (КЕП)</p></td>"
                f"<td style='width:{W * 0.47:.0f}pt'><p><span class='stamp'>ПРОВЕДЕНО</span></p><p>Дата проведення: {d(paid_on)}</p>"
                f"<p>{pick(rng, ['Референс', 'Референс операції', 'Код операції'])}: <b>{ref}</b></p></td></tr></table>")
        notes.update({"order": order, "purpose": purpose, "vat": str(vat)})
        return form_page(doc, layout, theme, width, height, body, notes=notes)
    count = pick(rng, [1, 2, 3, 4, 5, 6, 8, 12, 18, 30])
    rows = advice_rows(rng, count, paid_on, numbering, low=400, high=900_000, deduct=["взаємозалік", "повернення товару", "знижка 2%", "аванс"])
    total = sum((r["paid"] for r in rows), D("0.00"))
    printed = paid_on - timedelta(days=pick(rng, [0, 0, 1, 2]))
    ref = pick(rng, [f"{rng.randrange(1, 400)}/{printed.month:02d}", f"{rng.randrange(1, 999)}", f"ФВ-{rng.randrange(1, 999):03d}", f"{rng.randrange(1, 99)}-{printed.year % 100}"])
    email = layout == "ua_povidomlennia_email"
    show_tax = not email and chance(rng, 0.55)
    supplier.tax_id = sup_ipn if show_tax else None
    doc = Doc(document_type="remittance_advice", locale="UA", currency="UAH", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=printed, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_address_printed=not email)
    show_less = any(r["less"] for r in rows)
    head = ["№", "Рахунок №", "від", "Сума рахунку"] + (["Утримано"] if show_less else []) + ["Сплачено, грн"]
    fr = [0.06, 0.22, 0.15, 0.18] + ([0.2] if show_less else []) + [0.18]
    numeric = set(range(3, len(head)))
    for i, r in enumerate(rows, 1):
        r["no"] = i

    def cells(r):
        out = [str(r["no"]), esc(r["inv"]) + (" <span class='small'>(повернення)</span>" if r["credit"] else ""), d(r["date"]), n(r["gross"])]
        if show_less:
            out.append(f"{n(r['less'])}<br/><span class='small'>{esc(r['reason'])}</span>" if r["less"] else "")
        return out + [n(r["paid"])]

    signer = pick(rng, SIGNERS)
    order = f"{rng.randrange(1, 9999)}"
    if email:
        subject = pick(rng, [f"Повідомлення про оплату № {ref}", f"Оплата рахунків ({ref})", f"Платіж від {payer.name}, повідомлення {ref}"])
        header = mail_header([("Від:", f"{esc(signer)} &lt;{esc(payer.email or 'buh@' + payer.extra['edrpou'] + '.example')}&gt;"),
                              ("Кому:", f"{esc(supplier.name)}"), ("Дата:", f"{d(printed)} {rng.randrange(8, 17):02d}:{rng.randrange(60):02d}"),
                              ("Тема:", f"<b>{esc(subject)}</b>")], W + 12)
        first = (header + f"<p>{pick(rng, ['Доброго дня!', 'Добрий день,', 'Шановні колеги!'])}</p>"
                 f"<p>Повідомляємо, що {d(paid_on)} {esc(payer.name)} перерахувало <b>{n(total)} грн</b> на рахунок {esc(supplier.extra['iban'])} "
                 f"(платіжна інструкція № {order}). Оплачено такі рахунки:</p>")
        closing = (f"<p class='b' style='margin-top:6pt'>Разом: {n(total)} грн</p>"
                   f"<p style='margin-top:8pt'>З повагою,</p><p>{esc(signer)}</p><p class='small'>бухгалтерія</p>"
                   f"<p class='small b'>{esc(payer.name)}</p>" + "".join(f"<p class='small'>{esc(x)}</p>" for x in payer.address)
                   + f"<p class='small'>код ЄДРПОУ {payer.extra['edrpou']} · тел. {esc(payer.phone or '')}</p>")
        theme.table = pick(rng, ["minimal", "rules"])
        notes.update({"order": order})
        return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=numeric, rows=rows, cells=cells, closing=closing,
                            cont=f"{esc(subject)} (продовження)", footer_text="Сторінка", notes=notes)
    long_date = chance(rng, 0.5)
    head_html = (f"<p class='t accent c'>{esc(payer.name)}</p><p class='c small'>{esc(', '.join(payer.address))}</p>"
                 + f"<p class='c small'>код ЄДРПОУ {payer.extra['edrpou']} · ІПН {payer_ipn} · IBAN {payer.extra['iban']}</p>"
                 + "<div style='border-bottom:1.2pt solid #333;margin:4pt 0 8pt 0'></div>")
    out_no = f"<p>Вих. № <b>{ref}</b> від <b>{_long(printed) if long_date else d(printed) + ' р.'}</b></p>"
    addressee = (f"<p>{pick(rng, ['Керівнику', 'Директору', 'До відома'])}</p><p class='b'>{esc(supplier.name)}</p>"
                 + "".join(f"<p>{esc(x)}</p>" for x in supplier.address) + f"<p>код ЄДРПОУ {supplier.extra['edrpou']}</p>"
                 + (f"<p>ІПН {sup_ipn}</p>" if show_tax else ""))
    first = (head_html + f"<table><tr><td style='width:{W * 0.5:.0f}pt'>{out_no}</td><td style='width:{W * 0.46:.0f}pt'>{addressee}</td></tr></table>"
             + f"<p class='tt c' style='margin-top:10pt'>{pick(rng, ['ПОВІДОМЛЕННЯ ПРО ОПЛАТУ', 'Повідомлення про оплату', 'ЛИСТ-ПОВІДОМЛЕННЯ ПРО ОПЛАТУ'])}</p>"
             + f"<p style='margin-top:6pt'>{pick(rng, ['Шановні партнери!', 'Шановний керівнику!', 'Доброго дня!'])}</p>"
             f"<p>{esc(payer.name)} повідомляє, що платіжною інструкцією № {order} від {d(paid_on)} на Ваш рахунок "
             f"{esc(supplier.extra['iban'])} перераховано кошти за такими рахунками:</p>")
    closing = (f"<p class='b' style='text-align:right;margin-top:8pt'>Разом сплачено: {n(total)} грн</p>"
               + f"<p class='small' style='text-align:right'>({esc(words_ua(total))})</p>"
               + ("<p class='small'>Утримання здійснено відповідно до умов договору та підписаних актів звірки.</p>" if show_less else "")
               + f"<table style='margin-top:14pt'><tr><td style='width:{W * 0.5:.0f}pt'>{pick(rng, ['Головний бухгалтер', 'Директор', 'Фінансовий директор'])}</td>"
               f"<td style='width:{W * 0.46:.0f}pt'>____________ {esc(signer)}</td></tr></table>")
    notes.update({"order": order, "long_date": long_date, "words": words_ua(total)})
    return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=numeric, rows=rows, cells=cells, closing=closing,
                        cont=f"Повідомлення про оплату {esc(ref)} (продовження)", footer_text="Сторінка", notes=notes)
