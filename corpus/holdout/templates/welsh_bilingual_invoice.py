"""Invoices and credit notes from Welsh businesses, in Welsh and English side by side or in Welsh alone, GBP, 2023-2025
(invented businesses and customers).

Three prints. `cy_en_anfoneb` (ANFONEB / INVOICE with every label in both languages: the supplier's letterhead with "Rhif TAW /
VAT No. GB 123 4567 89" (= tax id) and Rhif cwmni / Company no. (decoy), "Anfoneb i / Invoice to" with the customer's address,
Rhif anfoneb / Invoice no., Dyddiad / Date, Rhif cwsmer / Customer no. (= customer id), Eich archeb / Your order (decoy), Telerau /
Terms ("30 diwrnod / 30 days") and Dyddiad talu / Due date; Disgrifiad / Description in both languages (long ones wrap), Nifer /
Qty, Pris uned / Unit price, TAW / VAT (S 20 %, Z zero-rated leaflets and books), Swm / Amount; Is-gyfanswm / Subtotal, TAW @ 20% /
VAT @ 20%, Cyfanswm / Total), `cy_anfoneb` (an ANFONEB wholly in Welsh: Rhif, Dyddiad `15 Mawrth 2024`, Cwsmer, Disgrifiad /
Nifer / Pris / Cyfanswm, Is-gyfanswm, TAW, Cyfanswm i'w dalu, "Taladwy o fewn 30 diwrnod"), `cy_en_nodyn_credyd` (NODYN CREDYD /
CREDIT NOTE citing the original invoice and its date (decoys) and the reason, amounts printed with a minus).

Truth: an `invoice` (`credit_note` negative); vendor = the business with its address and VAT number; customer = the customer with
its address; id = the invoice / credit note number; date = the document date (`15/03/2024` or `15 Mawrth 2024`); lines = the
items before VAT, as printed (both languages joined by " / " on the bilingual prints), adding up to the subtotal; net = Is-gyfanswm
/ Subtotal; tax = TAW / VAT; total = Cyfanswm / Total; terms and due date where printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentysixth import cy_body, cy_long_date, cy_party
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfifth import boxed_invoice
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentysixth import banner_invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "welsh_bilingual_invoice"
D = Decimal
# (Welsh, English, unit, low, high, zero-rated)
ITEMS = [("Argraffu taflenni A5 lliw llawn (1,000)", "Printing A5 full-colour leaflets (1,000)", "lot", 85, 190, True),
         ("Argraffu posteri A2 (50)", "Printing A2 posters (50)", "lot", 60, 140, False), ("Dylunio graffeg", "Graphic design", "awr", 35, 65, False),
         ("Llogi system sain a golau, noson", "PA and lighting hire, per night", "noson", 180, 420, False),
         ("Technegydd sain", "Sound technician", "awr", 25, 45, False), ("Gwaith trydanol - ailweirio'r gegin, yn cynnwys profi a thystysgrif",
                                                                          "Electrical work - kitchen rewire, incl. testing and certificate", "job", 650, 1600, False),
         ("Deunyddiau trydanol", "Electrical materials", "lot", 80, 420, False), ("Llyfrau: Cerddi'r Cwm (clawr meddal)", "Books: Cerddi'r Cwm (paperback)", "copi", 7, 12, True),
         ("Arlwyo: bwffe i 40 o westeion", "Catering: buffet for 40 guests", "digwyddiad", 380, 720, False),
         ("Atgyweirio to llechi, yn cynnwys sgaffaldiau am wythnos", "Slate roof repair, incl. scaffolding for one week", "job", 900, 2800, False),
         ("Gwasanaethu boeler nwy", "Gas boiler service", "job", 75, 130, False), ("Saernïaeth: drws derw newydd wedi'i osod", "Joinery: new oak door supplied and fitted", "job", 480, 1100, False),
         ("Llogi ystafell gyfarfod, diwrnod", "Meeting room hire, full day", "diwrnod", 120, 260, False),
         ("Ffotograffiaeth digwyddiad, hanner diwrnod", "Event photography, half day", "sesiwn", 220, 450, False),
         ("Cynnal a chadw gwefan, misol", "Website maintenance, monthly", "mis", 60, 180, False),
         ("Cylchgrawn y gymdeithas, argraffu 500 copi", "Society magazine, printing 500 copies", "lot", 320, 760, True)]
REASONS = [("Nwyddau wedi'u dychwelyd", "Goods returned"), ("Addasiad pris", "Price adjustment"), ("Gwaith heb ei gwblhau", "Work not completed"),
           ("Anfoneb ddyblyg", "Duplicate invoice")]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["cy_en_anfoneb", "cy_en_anfoneb", "cy_anfoneb", "cy_anfoneb", "cy_en_nodyn_credyd"])
    credit = layout == "cy_en_nodyn_credyd"
    welsh_only = layout == "cy_anfoneb"
    vendor = cy_party(rng)
    customer = cy_body(rng) if chance(rng, 0.55) else cy_party(rng)
    while customer.name == vendor.name:
        customer = cy_party(rng)
    customer.tax_id = None
    count = rng.randrange(1, 4) if credit else pick(rng, [1, 2, 3, 4, 5, 6, 8, 11])
    lines, zero = [], {}
    for cy, en, unit, low, high, z in rng.sample(ITEMS, min(count, len(ITEMS))):
        price = money(round(rng.uniform(low, high) * 2) / 2) if high >= 60 else money(rng.uniform(low, high))
        qty = D(pick(rng, [1, 1, 2, 3])) if unit in ("job", "lot", "digwyddiad", "noson", "sesiwn") else D(pick(rng, [1, 2, 3, 4, 6, 8, 12]))
        if unit == "copi":
            qty = D(pick(rng, [10, 20, 25, 50, 100]))
        desc = cy if welsh_only else f"{cy} / {en}"
        li = Line(desc, qty, price, money(qty * price), unit)
        lines.append(li)
        zero[id(li)] = z
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(sum((li.amount for li in lines if not zero[id(li)]), D("0.00")) * D("0.2"))
    total = net + tax
    issued = random_date(rng, date(2023, 1, 9), 1000)
    y = issued.year
    number = pick(rng, [f"NC{rng.randrange(100, 999)}", f"CR-{y}-{rng.randrange(1, 99):03d}"]) if credit else \
        pick(rng, [f"{rng.randrange(1000, 9999)}", f"ANF-{y}-{rng.randrange(1, 999):03d}", f"{y % 100}/{rng.randrange(1, 999):03d}", f"INV{rng.randrange(10000, 99999)}"])
    days = None if credit else pick(rng, [None, 14, 30, 30, 30])
    if days:
        terms = f"{days} diwrnod" if welsh_only else pick(rng, [f"{days} diwrnod / {days} days", f"{days} diwrnod", f"{days} days"])
    else:
        terms = None
    due = issued + timedelta(days=days) if days and chance(rng, 0.6) else None
    cust_id = f"{pick(rng, ['C', 'CW', 'CUS'])}{rng.randrange(100, 9999):04d}" if chance(rng, 0.5) else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="GB", currency="GBP", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=cust_id)
    sign = -1 if credit else 1

    def n(v):
        return amount(v * sign)

    def cur(v):
        text = n(v)
        return f"-£{text[1:]}" if text.startswith("-") else f"£{text}"

    long_dates = welsh_only and chance(rng, 0.6) or chance(rng, 0.2)

    def d(x):
        return cy_long_date(x) if long_dates else fmt_date(x, "dmy_slash")

    theme = Theme.pick(rng, size=(7.5, 9.0))
    order = f"{pick(rng, ['PO', 'ARCH', ''])}{rng.randrange(1000, 99999)}"
    notes: dict = {"company_no": vendor.extra["company_no"], "order": order}
    if welsh_only:
        vrows = [f"Rhif TAW: {vendor.tax_id}", f"Rhif cwmni: {vendor.extra['company_no']}" if chance(rng, 0.6) else "", f"Ffôn: {vendor.phone}", esc(vendor.email or "")]
        meta = [("Rhif:", number), ("Dyddiad:", d(issued))] + ([("Rhif cwsmer:", cust_id)] if cust_id else [])
        if chance(rng, 0.4):
            meta.append(("Eich archeb:", order))
        if due:
            meta.append(("Dyddiad talu:", d(due)))
        head = ["Disgrifiad", "Nifer", "Pris", "TAW", "Cyfanswm"]
        totals = [("Is-gyfanswm", n(net)), ("TAW @ 20%", n(tax)), (pick(rng, ["Cyfanswm i'w dalu", "Cyfanswm"]), cur(total))]
        foot = ([f"Telerau: Taladwy o fewn {terms}."] if terms else []) + [f"Taliadau drwy BACS i {esc(vendor.name)}, cod didoli {rng.randrange(10, 99)}-"
                                                                            f"{rng.randrange(10, 99)}-{rng.randrange(10, 99)}, rhif cyfrif {rng.randrange(10**7, 10**8)}.",
                                                                            "S = cyfradd safonol 20% · Z = cyfradd sero", "Diolch am eich busnes."]
        title, buyer_label = "ANFONEB", pick(rng, ["Cwsmer", "At", "Anfoneb i"])
    else:
        vrows = [f"Rhif TAW / VAT No.: {vendor.tax_id}", f"Rhif cwmni / Company no.: {vendor.extra['company_no']}" if chance(rng, 0.6) else "",
                 f"Ffôn / Tel: {vendor.phone}", esc(vendor.email or "")]
        meta = [("Rhif nodyn credyd / Credit note no.:" if credit else "Rhif anfoneb / Invoice no.:", number), ("Dyddiad / Date:", d(issued))]
        if cust_id:
            meta.append(("Rhif cwsmer / Customer no.:", cust_id))
        if credit:
            original = issued - timedelta(days=rng.randrange(7, 70))
            orig_no = f"{rng.randrange(1000, 9999)}" if chance(rng, 0.5) else f"ANF-{original.year}-{rng.randrange(1, 999):03d}"
            meta += [("Anfoneb wreiddiol / Original invoice:", orig_no), ("Dyddiad yr anfoneb / Invoice date:", d(original))]
            notes["original"] = orig_no
        else:
            if chance(rng, 0.4):
                meta.append(("Eich archeb / Your order:", order))
            if terms:
                meta.append(("Telerau / Terms:", terms))
            if due:
                meta.append(("Dyddiad talu / Due date:", d(due)))
        head = ["Disgrifiad / Description", "Nifer / Qty", "Pris uned / Unit price", "TAW / VAT", "Swm / Amount"]
        totals = [("Is-gyfanswm / Subtotal", n(net)), ("TAW @ 20% / VAT @ 20%", n(tax)),
                  ("Cyfanswm y credyd / Total credit" if credit else pick(rng, ["Cyfanswm / Total", "Cyfanswm i'w dalu / Total due"]), cur(total))]
        foot = []
        if credit:
            cy_r, en_r = pick(rng, REASONS)
            foot.append(f"Rheswm / Reason: {cy_r} / {en_r}")
        foot += [f"Taliadau / Payments: BACS - {esc(vendor.name)}, {rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}, {rng.randrange(10**7, 10**8)}",
                 "S = cyfradd safonol 20% / standard rate 20% · Z = cyfradd sero / zero rate", "Diolch / Thank you."]
        title = "NODYN CREDYD / CREDIT NOTE" if credit else pick(rng, ["ANFONEB / INVOICE", "ANFONEB TRETH / TAX INVOICE"])
        buyer_label = pick(rng, ["Anfoneb i / Invoice to", "At / To", "Cwsmer / Customer"])
    fractions = (0.5, 0.1, 0.15, 0.08, 0.17)

    def cells(li):
        return [esc(li.description), str(li.quantity), n(li.unit_price), "Z" if zero[id(li)] else "S", n(li.amount)]

    style = rng.random()
    if style < 0.35:
        return banner_invoice(doc, layout, theme, *A4, title=title, vendor_rows=vrows, buyer_label=buyer_label, buyer_rows=[], meta=meta, head=head,
                              fractions=fractions, numeric={1, 2, 4}, cells=cells, totals=totals, foot=foot[-1:], side=foot[:-1], notes=notes,
                              footer_text="Tudalen / Page" if not welsh_only else "Tudalen")
    if style < 0.6:
        return boxed_invoice(doc, layout, theme, *A4, title=title, vendor_rows=vrows, buyer_label=buyer_label, buyer_rows=[], meta=[(k.rstrip(":"), v) for k, v in meta],
                             head=head, fractions=fractions, numeric={1, 2, 4}, cells=cells, totals=totals, foot=foot, notes=notes,
                             footer_text="Tudalen / Page" if not welsh_only else "Tudalen")
    return invoice(doc, layout, arrangement(rng, meta), theme, *A4, title=title, vendor_rows=vrows, buyer_label=buyer_label, buyer_rows=[], meta=meta, head=head,
                   fractions=fractions, numeric={1, 2, 4}, cells=cells, totals=totals, foot=foot, notes=notes,
                   footer_text="Tudalen / Page" if not welsh_only else "Tudalen")
