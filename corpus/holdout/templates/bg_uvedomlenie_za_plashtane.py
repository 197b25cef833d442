"""Bulgarian payment advices: a payer's УВЕДОМЛЕНИЕ ЗА ПЛАЩАНЕ letter listing the фактури (and кредитни известия) a transfer
settles, and the bank's print of the ПЛАТЕЖНО НАРЕЖДАНЕ / кредитен превод it executed, in leva, 2023-2025 (invented companies).

Two prints. `bg_uvedomitelno_pismo` (the payer's letterhead with its ЕИК and ИН по ЗДДС (decoys), the supplier as addressee,
"Изх. №" (= reference), "Дата на плащане" (= payment date), the letter's date (= document date), Фактура № / Дата / Сума /
Удръжка / Платено, "Общо платено", the supplier's ЕИК / ИН по ЗДДС where printed (the ИН по ЗДДС = tax id)),
`bg_platezhno_narezhdane` (the bank's form: Платете на, IBAN на получателя, BIC, При банка, Вид валута, Сума, Основание за
плащане "Ф-ра № 0000001234 / 15.03.2024", Още пояснения, Наредител, IBAN на наредителя, Дата на изпълнение (= payment date),
Референция (= reference), the bank's номер на документ (decoy)).

Truth: a `remittance_advice`; vendor = the payee (its tax id only where printed), customer = the payer; allocations = the amounts
paid per invoice (кредитни известия negative); total = the amount transferred.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_seventeenth import BG_PEOPLE, bg_party
from corpus.holdout.fakes_twentyseventh import bg_invoice_numbering
from corpus.holdout.fakes_twentysixth import digits
from corpus.holdout.money import fmt_date, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import party_block
from corpus.holdout.templates._twentyseventh import advice_rows, bank_page
from corpus.holdout.templates._twentysixth import letter_paged

FAMILY = "bg_uvedomlenie_za_plashtane"
D = Decimal


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["bg_uvedomitelno_pismo", "bg_platezhno_narezhdane"])
    payer, supplier = bg_party(rng), bg_party(rng)
    while supplier.name == payer.name:
        supplier = bg_party(rng)
    payer_vat, sup_vat = payer.tax_id, supplier.tax_id
    payer.tax_id = None
    paid_on = random_date(rng, date(2023, 1, 16), 1000)
    while paid_on.weekday() > 4:
        paid_on += timedelta(days=1)
    sep = pick(rng, [" ", " ", "\u00a0", ""])

    def n(v):
        return amount(v, sep, ",")

    def d(x):
        return fmt_date(x, "dmy_dot") + (" г." if long_g else "")

    long_g = chance(rng, 0.4)
    numbering = bg_invoice_numbering(rng)
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times"]), size=(7.5, 9.0))
    payer_ids = [f"ЕИК: {payer.extra['eik']}", f"ИН по ЗДДС: {payer_vat}"]
    notes: dict = {"payer_vat": payer_vat, "payer_ids": payer_ids}
    cur = pick(rng, ["лв.", "BGN"])
    if layout == "bg_platezhno_narezhdane":
        rows = advice_rows(rng, pick(rng, [1, 1, 1, 2]), paid_on, lambda _d: numbering(), low=60, high=40000, credit_label=False)
        total = sum((r["gross"] for r in rows), D("0.00"))
        for r in rows:
            r["paid"] = r["gross"]
        supplier.tax_id = None
        ref = pick(rng, [f"{digits(rng, 3)}{paid_on.strftime('%y%m%d')}{digits(rng, 7)}", f"BG{digits(rng, 12)}", f"{digits(rng, 16)}"])
        doc_no = digits(rng, 9)
        doc = Doc(document_type="remittance_advice", locale="BG", currency="BGN", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
                  document_date=paid_on, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
                  vendor_address_printed=False, customer_address_printed=chance(rng, 0.4))
        basis = "; ".join(f"Ф-ра № {r['inv']} / {fmt_date(r['date'], 'dmy_dot')}" + (f" - {n(r['paid'])}" if len(rows) > 1 else "") for r in rows)
        pay_to = [("Платете на - име на получателя", f"<b>{esc(supplier.name)}</b>"), ("IBAN на получателя", supplier.extra["iban"]),
                  ("BIC на банката на получателя", supplier.extra["bic"]), ("При банка", esc(supplier.extra["bank"]))]
        op = [("Вид валута", "BGN"), ("Сума", f"<b>{n(total)}</b>"), ("Основание за плащане", esc(basis)),
              ("Още пояснения", pick(rng, ["", "Плащане по договор", "Доставка на стоки"])), ("Платежна система", pick(rng, ["БИСЕРА", "RINGS", "BLINK"]))]
        orderer = [("Наредител - име", f"<b>{esc(payer.name)}</b>" + (f", {esc(', '.join(payer.address))}" if doc.customer_address_printed else "")),
                   ("IBAN на наредителя", payer.extra["iban"]), ("BIC на банката на наредителя", payer.extra["bic"])]
        status = [("Дата на изпълнение", d(paid_on)), ("Референция", ref), ("Номер на документ", doc_no), ("Статус", pick(rng, ["Изпълнен", "Обработен"]))]
        notes.update({"doc_no": doc_no, "basis": basis})
        return bank_page(doc, layout, theme, bank=payer.extra["bank"], title=pick(rng, ["ПЛАТЕЖНО НАРЕЖДАНЕ / ВНОСНА БЕЛЕЖКА", "Кредитен превод - потвърждение", "ПЛАТЕЖНО НАРЕЖДАНЕ"]),
                         sections=[("Получател", pay_to), ("Плащане", op), ("Наредител", orderer), ("Изпълнение", status)],
                         foot="Документът е генериран от системата за електронно банкиране и е валиден без подпис и печат.",
                         style=pick(rng, ["plain", "ruled", "grid"]), notes=notes)
    count = pick(rng, [1, 2, 3, 5, 8, 12, 20, 30])
    rows = advice_rows(rng, count, paid_on, lambda _d: numbering(), low=50, high=30000, deduct=["отстъпка 2%", "прихващане", "неустойка", "рекламация"])
    total = sum((r["paid"] for r in rows), D("0.00"))
    printed = paid_on - timedelta(days=pick(rng, [0, 0, 1, 2]))
    ref = pick(rng, [f"{rng.randrange(1, 999)}/{fmt_date(printed, 'dmy_dot')}", f"УП-{paid_on.year}-{rng.randrange(1, 9999):04d}", f"{rng.randrange(1000, 99999)}"])
    ref_printed = ref
    show_tax = chance(rng, 0.5)
    supplier.tax_id = sup_vat if show_tax else None
    doc = Doc(document_type="remittance_advice", locale="BG", currency="BGN", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=printed, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows])
    width, height = A4
    W = width - 72
    sup_rows = ([f"ЕИК: {supplier.extra['eik']}", f"ИН по ЗДДС: {sup_vat}"] if show_tax else []) + [f"IBAN: {supplier.extra['iban']}"]
    right = party_block(pick(rng, ["До:", "Получател:", ""]), supplier, sup_rows)
    first = (f"<table><tr><td style='width:{W * 0.52:.0f}pt'>{party_block('', payer, payer_ids, big=True)}</td>"
             f"<td style='width:{W * 0.44:.0f}pt'><div class='box'>{right}</div></td></tr></table>"
             f"<p style='margin-top:6pt'>Изх. № {ref_printed}</p><p>гр. {esc(payer.extra['city'])}, {d(printed)}</p>"
             f"<p class='tt' style='margin-top:8pt'>{pick(rng, ['УВЕДОМЛЕНИЕ ЗА ПЛАЩАНЕ', 'Уведомление за извършено плащане', 'УВЕДОМИТЕЛНО ПИСМО'])}</p>"
             f"<p>Дата на плащане: <b>{d(paid_on)}</b></p>"
             f"<p style='margin-top:6pt'>{pick(rng, ['Уважаеми партньори,', 'Уважаеми господа,'])}</p>"
             f"<p>Уведомяваме Ви, че на {d(paid_on)} преведохме по Вашата сметка сумата от {n(total)} {cur} за следните документи:</p>")
    show_less = any(r["less"] for r in rows)
    head = ["Фактура №", "Дата", "Сума"] + (["Удръжка"] if show_less else []) + ["Платено"]
    fr = [0.24, 0.17, 0.18] + ([0.22] if show_less else []) + [0.18]

    def cells(r):
        out = [esc(r["inv"]) + (" <span class='small'>(кредитно известие)</span>" if r["credit"] else ""), fmt_date(r["date"], "dmy_dot"), n(r["gross"])]
        if show_less:
            out.append(f"{n(r['less'])}<br/><span class='small'>{esc(r['reason'])}</span>" if r["less"] else "")
        return out + [n(r["paid"])]

    closing = (f"<p class='b' style='text-align:right;margin-top:8pt'>Общо платено: {n(total)} {cur}</p>"
               f"<p style='margin-top:8pt'>С уважение,</p><p>{esc(pick(rng, BG_PEOPLE))}</p><p class='small'>Главен счетоводител</p>")
    return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=set(range(2, len(head))), rows=rows, cells=cells,
                        closing=closing, cont=f"Уведомление {ref_printed} (продължение)", footer_text="Стр.", notes=notes)
