"""Albanian fiscalised invoices (Faturë tatimore, under the 2021 fiscalisation law: NIPT, NIVF, NSLF, the QR to the tax
authority's verification) and Kosovar invoices (Faturë, NUI / NF / NRTVSH), in Albanian, ALL and EUR, 2023-2025.

Two prints. `al_fature_tatimore` (FATURË TATIMORE: Nr. fature "123/2024" (= id), Data dhe ora e lëshimit, NIVF (decoy), NSLF
(decoy), Kodi i operatorit and Kodi i biznesit (decoys); Shitësi with NIPT; Blerësi with its NIPT (decoy) and address; Nr. /
Përshkrimi / Njësia / Sasia / Çmimi pa TVSH / Vlera pa TVSH / TVSH % / Vlera me TVSH; Vlera pa TVSH, TVSH 20 %, Vlera totale
(ALL, "L"), Afati i pagesës (= due date); the QR), `xk_fature` (FATURË from a Kosovar L.L.C.: NUI (decoy), NF (decoy), NRTVSH
(= tax id), Nr. i faturës, Data, Blerësi; items at TVSH 18 % (some at 8 %); Totali pa TVSH, TVSH, Totali për pagesë (EUR); bank and
IBAN).

Truth: vendor = Shitësi, tax id = NIPT (Albania) / the VAT number NRTVSH (Kosovo; NUI and NF are decoys); customer = Blerësi with
its address (its ids decoys); id = the invoice number; date = the issue date; net = Vlera pa TVSH / Totali pa TVSH; tax = TVSH;
total = Vlera totale / Totali për pagesë; due date = Afati i pagesës where printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentyfirst import al_party, digits, nivf, xk_party
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import priced_lines
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._vat_simple import render

FAMILY = "al_xk_fature"
D = Decimal
ITEMS = [("Shërbim konsulence ligjore", "orë", 40, 120), ("Letër fotokopje A4 (500 fletë)", "pako", 4, 9), ("Çimento 42.5R thes 50 kg", "thes", 6, 9),
         ("Mirëmbajtje e sistemit kompjuterik", "muaj", 120, 600), ("Vaj ulliri ekstra i virgjër 1 l", "copë", 6, 11), ("Transport malli Tiranë - Durrës", "udhëtim", 60, 220),
         ("Kabllo elektrike 3x2.5 mm", "metër", 1, 3), ("Printim fletëpalosjesh A5", "copë", 0.2, 0.6), ("Kafe e bluar 1 kg", "kg", 14, 24),
         ("Riparim kondicioneri", "shërbim", 45, 180), ("Karrige zyre ergonomike", "copë", 85, 260), ("Ujë mineral 0.5 l (pako 24)", "pako", 4, 8)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["al_fature_tatimore", "al_fature_tatimore", "xk_fature"])
    al = layout.startswith("al")
    vendor = al_party(rng) if al else xk_party(rng)
    customer = al_party(rng) if al else xk_party(rng)
    buyer_tax = customer.tax_id
    customer.tax_id = None
    issued = random_date(rng, date(2023, 1, 9), 1000)
    lines = priced_lines(rng, ITEMS, rng.randrange(1, 12), quantities=(1, 1, 2, 3, 5, 10, 20))
    if al:  # lek: whole prices
        for li in lines:
            li.unit_price = money(round(li.unit_price * 100, -1))
            li.amount = money(li.quantity * li.unit_price)
    rates = [D(20) if al else (D(8) if chance(rng, 0.2) else D(18)) for _ in lines]
    for li, r in zip(lines, rates, strict=True):
        li.tax_rate = r
    net = sum((li.amount for li in lines), D("0.00"))
    tax = sum((money(li.amount * r / 100) for li, r in zip(lines, rates, strict=True)), D("0.00"))
    total = net + tax
    number = f"{rng.randrange(1, 2000)}/{issued.year}" if al else pick(rng, [f"F-{rng.randrange(100, 9999)}", f"{issued.year}-{rng.randrange(1, 999):03d}"])
    due = issued + timedelta(days=pick(rng, [10, 15, 30])) if chance(rng, 0.6) else None
    doc = Doc(document_type="invoice", locale=vendor.country, currency="ALL" if al else "EUR", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due)
    sep, mark = pick(rng, [(".", ","), (" ", ","), (",", ".")])

    def n(v):
        return amount(v, sep, mark)

    d = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    theme = Theme.pick(rng, size=(7.5, 8.8))
    width, height = A4
    head = ["Nr.", "Përshkrimi", "Njësia", "Sasia", "Çmimi pa TVSH", "Vlera pa TVSH", "TVSH %", "Vlera me TVSH"]
    fr = (0.05, 0.33, 0.08, 0.07, 0.12, 0.12, 0.08, 0.15)
    idx = {id(li): i for i, li in enumerate(lines, 1)}

    def cells(li):
        v = money(li.amount * li.tax_rate / 100)
        return [str(idx[id(li)]), esc(li.description), li.unit, str(li.quantity), n(li.unit_price), n(li.amount), f"{li.tax_rate}%", n(li.amount + v)]

    cur = pick(rng, ["ALL", "Lekë"]) if al else "EUR"
    if al:
        code = nivf(rng)
        nslf = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
        meta = [("Nr. fature:", number), ("Data dhe ora:", f"{d(issued)} {rng.randrange(8, 19):02d}:{rng.randrange(60):02d}"), ("Kodi i operatorit:", f"ab{digits(rng, 3)}cd{digits(rng, 3)}"),
                ("Kodi i biznesit:", f"xy{digits(rng, 3)}zz{digits(rng, 3)}")]
        foot = [f"NIVF: {code}", f"NSLF: {nslf}", "Mënyra e pagesës: Transfertë bankare", f"Banka: {vendor.extra['bank']}, IBAN {vendor.extra['iban']}"]
        if due:
            foot.insert(0, f"Afati i pagesës: {d(due)}")
        totals = [("Vlera pa TVSH", n(net)), ("TVSH 20%", n(tax)), (f"Vlera totale ({cur})", n(total))]
        qr = f"https://efiskalizimi-app.tatime.gov.al/invoice-check/#/verify?iic={nslf}&tin={vendor.tax_id}&crtd={issued.isoformat()}&ord={number.split('/')[0]}&prc={total}"
        return render(doc, layout, rng, theme, width, height, title="FATURË TATIMORE", vendor_rows=[f"NIPT: {vendor.tax_id}", f"Tel: {vendor.phone}"], meta=meta,
                      buyer_label="Blerësi", buyer_rows=[f"NIPT: {buyer_tax}"], head=head, fractions=fr, numeric={3, 4, 5, 7}, cells=cells, totals=totals,
                      foot=foot, qr=qr, notes={"nivf": code, "nslf": nslf, "buyer_nipt": buyer_tax}, letter_left=chance(rng, 0.6))
    nf = "60" + digits(rng, 7)
    meta = [("Nr. i faturës:", number), ("Data:", d(issued))] + ([("Afati i pagesës:", d(due))] if due else [])
    taxes = {}
    for li in lines:
        taxes[li.tax_rate] = taxes.get(li.tax_rate, D(0)) + money(li.amount * li.tax_rate / 100)
    totals = [("Totali pa TVSH", n(net))] + [(f"TVSH {r}%", n(v)) for r, v in sorted(taxes.items())] + ([("TVSH gjithsej", n(tax))] if len(taxes) > 1 else []) + [("Totali për pagesë (EUR)", n(total))]
    foot = [f"Llogaria bankare: {vendor.extra['bank']} - {vendor.extra['iban']}", "Ju faleminderit për bashkëpunimin!"]
    return render(doc, layout, rng, theme, width, height, title="FATURË", vendor_rows=[f"NUI: {vendor.extra['nui']}", f"NF: {nf}", f"NRTVSH: {vendor.tax_id}"],
                  meta=meta, buyer_label="Blerësi", buyer_rows=[f"NUI: {customer.extra['nui']}"], head=head, fractions=fr, numeric={3, 4, 5, 7}, cells=cells,
                  totals=totals, foot=foot, notes={"nui": vendor.extra["nui"], "nf": nf, "buyer_vat": buyer_tax})
