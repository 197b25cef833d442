"""Icelandic reikningur and kreditreikningur, in Icelandic, ISK, 2023-2025.

Three prints. `is_reikningur_classic` (an accounting system's print: the seller's name with "Kt. 540269-6459" and
"VSK-nr. 123456", REIKNINGUR with Nr., Dags., Gjalddagi and Eindagi (the last day before penalty interest, after the due
date), Viðskiptamaður nr., Pöntun nr.; Kaupandi with its kennitala and address; Vörunr. / Lýsing / Magn / Ein. /
Einingaverð / Afsl. % / Upphæð; Samtals án VSK / VSK 24% / VSK 11% / Til greiðslu; whole krónur "12.400" or "12.400,00 kr.";
"Krafa hefur verið stofnuð í netbanka greiðanda", the bank account 0133-26-012345 and the IBAN), `is_reikningur_app` (an
online invoicing service: "Reikningur 1042", the amount large "Upphæð til greiðslu 123.456 kr.", Útgáfudagur / Gjalddagi /
Eindagi / Greiðsluleið, Lýsing / Magn / Einingaverð / VSK % / Samtals án vsk, Samtals án vsk / Virðisaukaskattur /
Samtals; long orders over two pages), `is_kreditreikningur` (KREDITREIKNINGUR nr. … "Vegna reiknings nr. …", amounts with
a minus).

Truth: vendor = the seller with its VSK-númer as the tax id (the kennitala is a decoy); customer = Kaupandi / Greiðandi
with its address (its kennitala a decoy), customer id = Viðskiptamaður nr.; id = the reikningur's Nr.; due date =
Gjalddagi (Eindagi is a decoy); net = Samtals án VSK, tax = the VSK lines, total = Til greiðslu / Samtals; lines with a
discount keep their amount only; the bank claim, account and IBAN are no ids; credit notes negative.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fifteenth import iban_for
from corpus.holdout.fakes_seventeenth import is_party, other_party
from corpus.holdout.money import fmt_number, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import beside, paged, pts, rows_html
from corpus.holdout.templates._sixteenth import kv_rows

FAMILY = "is_reikningur"
D = Decimal
# (description, unit, low, high, VAT rate)
GOODS = [("Rafvirkjun, vinna", "klst", 9500, 14500, 24), ("Pípulagnir, vinna", "klst", 9000, 13900, 24), ("Ráðgjöf", "klst", 14000, 26000, 24),
         ("Flutningur Reykjavík - Akureyri", "stk", 28000, 85000, 24), ("Hugbúnaðarleyfi (12 mánuðir)", "stk", 45000, 240000, 24),
         ("Ljósritunarpappír A4", "pk", 900, 1600, 24), ("Þrif á skrifstofu", "mán", 65000, 240000, 24), ("Vinnupallar, leiga", "vika", 18000, 52000, 24),
         ("Prentarahylki HP 59A", "stk", 14000, 26000, 24), ("Kaffi og meðlæti á fund", "stk", 1500, 3200, 11), ("Bækur, fagrit", "stk", 4500, 12000, 11),
         ("Gisting, tveggja manna herbergi", "nótt", 18000, 36000, 11)]


def _whole(value: D) -> D:
    return value.quantize(D(1), rounding=ROUND_HALF_UP).quantize(D("0.01"))


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["is_reikningur_classic", "is_reikningur_classic", "is_reikningur_app", "is_kreditreikningur"])
    credit = layout == "is_kreditreikningur"
    issued = random_date(rng, date(2023, 1, 3), 1040)
    vendor = is_party(rng)
    customer = other_party(rng, is_party, vendor)
    count = rng.randrange(1, 3) if credit else rng.randrange(1, 7)
    if layout == "is_reikningur_app" and chance(rng, 0.15):
        count = rng.randrange(48, 72)
    chosen = [GOODS[rng.randrange(len(GOODS))] for _ in range(count)] if count > len(GOODS) else rng.sample(GOODS, count)
    lines, truth_lines, rates, discounts = [], [], [], []
    for k, (desc, unit, low, high, rate) in enumerate(chosen):
        if count > len(GOODS):
            desc = f"{desc} ({k + 1})"
        price = D(int(round(rng.uniform(low, high), -2)))
        qty = D(pick(rng, [1, 1, 2, 3, 4, 5, 8, 10, 12] if high < 60000 else [1, 1, 1, 2]))
        gross = (qty * price).quantize(D("0.01"))
        disc_pct = D(pick(rng, [0, 0, 0, 0, 0, 5, 10])) if layout == "is_reikningur_classic" else D(0)
        amount = _whole(gross * (100 - disc_pct) / 100)
        lines.append(Line(desc, qty, price.quantize(D("0.01")), amount, unit))
        truth_lines.append(Line(desc, qty if not disc_pct else None, price.quantize(D("0.01")) if not disc_pct else None, amount))
        rates.append(D(rate))
        discounts.append(disc_pct)
    bases: dict[D, D] = {}
    for li, r in zip(lines, rates, strict=True):
        bases[r] = bases.get(r, D("0.00")) + li.amount
    bases = dict(sorted(bases.items(), reverse=True))
    taxes = {r: _whole(b * r / 100) for r, b in bases.items()}
    net = sum(bases.values(), D("0.00"))
    tax = sum(taxes.values(), D("0.00"))
    total = net + tax
    number = str(rng.randrange(1001, 999999)) if layout != "is_reikningur_app" else str(rng.randrange(1001, 9999))
    due = issued + timedelta(days=pick(rng, [0, 10, 14, 15, 30]))
    final = due + timedelta(days=pick(rng, [10, 14, 15]))
    client_no = str(rng.randrange(1000, 99999)) if layout == "is_reikningur_classic" and chance(rng, 0.6) else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="IS", currency="ISK", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=truth_lines, due_date=None if credit else due, customer_id=client_no)
    decimals = chance(rng, 0.4)

    def n(value: D) -> str:
        value = -value if credit else value
        return fmt_number(value, "de", 2 if decimals else 0)

    def d(x: date) -> str:
        return x.strftime("%d.%m.%Y")

    kr = pick(rng, [" kr.", " kr", " ISK"])
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.8, 8.8), table=pick(rng, ["rules", "grid", "zebra", "header_fill"]))
    css = theme.css(".t{font-size:16pt;font-weight:bold} .lab{color:#555;font-size:7pt} .ft{font-size:6.5pt;color:#444} .hero{font-size:17pt;font-weight:bold}")
    width, height = A4
    W = width - 80
    iban = iban_for("IS", f"{vendor.extra['account'].replace('-', '')}{vendor.extra['kt'].replace('-', '')}")
    seller = (f"<p class='b' style='font-size:13pt;color:{theme.accent}'>{esc(vendor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address)
              + f"<p>Kt. {vendor.extra['kt']} · VSK-nr. {vendor.tax_id}</p><p>Sími {vendor.phone} · {vendor.email}</p>")
    buyer = (f"<p class='lab'>{pick(rng, ['Kaupandi', 'Greiðandi', 'Viðskiptavinur'])}</p><p class='b'>{esc(customer.name)}</p>"
             + f"<p>Kt. {customer.extra['kt']}</p>" + "".join(f"<p>{esc(x)}</p>" for x in customer.address))
    if layout == "is_reikningur_app":
        cols = pts(W, 0.46, 0.08, 0.08, 0.14, 0.08, 0.16)
        head = ["Lýsing", "Magn", "Ein.", "Einingaverð", "VSK %", "Samtals án vsk"]
    else:
        cols = pts(W, 0.1, 0.36, 0.07, 0.07, 0.14, 0.08, 0.18)
        head = ["Vörunr.", "Lýsing", "Magn", "Ein.", "Einingaverð", "Afsl. %", "Upphæð"]
    codes = [f"{rng.randrange(100, 99999):05d}" for _ in lines]

    def table(chunk) -> str:
        ths = "".join(f"<th style='width:{w}' class='{'' if h in ('Lýsing', 'Vörunr.', 'Ein.') else 'r'}'>{h}</th>" for h, w in zip(head, cols, strict=True))
        rows = []
        for i, li in chunk:
            if layout == "is_reikningur_app":
                cells = [esc(li.description), str(li.quantity), li.unit, n(li.unit_price), f"{rates[i - 1]}%", n(li.amount)]
            else:
                cells = [codes[i - 1], esc(li.description), str(li.quantity), li.unit, n(li.unit_price), str(discounts[i - 1]), n(li.amount)]
            rows.append("<tr>" + "".join(f"<td style='width:{w}' class='{'' if h in ('Lýsing', 'Vörunr.', 'Ein.') else 'r'}'>{c}</td>"
                                         for h, c, w in zip(head, cells, cols, strict=True)) + "</tr>")
        return f"<table class='items'><tr>{ths}</tr>{''.join(rows)}</table>"

    vat_rows = [(f"VSK {r}%", n(taxes[r])) for r in bases]
    bank = (f"<p class='ft' style='margin-top:12pt'>Krafa hefur verið stofnuð í netbanka greiðanda. Bankareikningur {vendor.extra['account']} · "
            f"IBAN {iban}</p>")
    if layout == "is_reikningur_app":
        meta = [("Útgáfudagur", d(issued)), ("Gjalddagi", d(due)), ("Eindagi", d(final)), ("Greiðsluleið", pick(rng, ["Krafa í heimabanka", "Millifærsla"]))]
        first = (beside(seller, f"<p class='t'>Reikningur {number}</p><p class='lab'>Upphæð til greiðslu</p><p class='hero'>{n(total)}{kr}</p>", (W - 210, 210))
                 + beside(f"<div style='margin-top:10pt'>{buyer}</div>", kv_rows(meta, (85, 120)), (W - 210, 210)))
        totals = [("Samtals án vsk", n(net))] + [(f"Virðisaukaskattur {r}%", n(taxes[r])) for r in bases] + [("Samtals", n(total) + kr)]
        closing = f"<div style='margin-left:{W - 240:.0f}pt'>{rows_html(totals, widths=(150, 90))}</div>" + bank
        title_line = f"Reikningur {number}"
    else:
        title = "KREDITREIKNINGUR" if credit else "REIKNINGUR"
        meta = [("Nr.", number), ("Dags.", d(issued))]
        if credit:
            meta.append(("Vegna reiknings nr.", str(int(number) - rng.randrange(5, 900))))
        else:
            meta += [("Gjalddagi", d(due)), ("Eindagi", d(final))]
        if client_no:
            meta.append(("Viðskiptamaður nr.", client_no))
        if not credit and chance(rng, 0.5):
            meta.append(("Pöntun nr.", f"{rng.randrange(1000, 99999)}"))
        first = beside(seller, f"<p class='t'>{title}</p>" + kv_rows(meta, (105, 110)), (W - 215, 215)) + f"<div style='margin-top:10pt'>{buyer}</div>"
        totals = [("Samtals án VSK", n(net))] + vat_rows + [(("Samtals" if credit else "Til greiðslu"), n(total) + kr)]
        closing = f"<div style='margin-left:{W - 230:.0f}pt'>{rows_html(totals, widths=(140, 90))}</div>" + ("" if credit else bank)
        title_line = f"{title} {number}"

    def body(chunk, page, last):
        return (first if page == 0 else f"<p class='b'>{title_line} (framhald)</p>") + table(chunk) + (closing if last else "")

    sheet = paged(width, height, css, (40.0, 38.0, 40.0, 30.0), list(enumerate(lines, 1)), body,
                  footer=lambda p, c: f"<p class='ft' style='text-align:right'>Bls. {p} af {c}</p>", footer_height=14.0)
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1,
                 notes={"kt": vendor.extra["kt"], "eindagi": None if credit else final.isoformat(), "buyer_kt": customer.extra["kt"],
                        "discounted": sum(1 for x in discounts if x)})
