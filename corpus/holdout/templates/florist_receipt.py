"""Florists' receipts: Dutch, British and Australian florists' till receipts, order receipts for a bouquet sent to someone else and
printed web-shop order receipts, in EUR, GBP and AUD, 2023-2025 (invented shops). Dutch florists charge BTW at 9 % on flowers and
plants and at 21 % on vases, cards, chocolates and delivery.

Three prints. `florist_till_roll` (an 80 mm roll: the shop's name over its company, address, BTW-nr. / VAT No. / ABN (= tax id), KvK
(decoy), Bonnr. / Receipt No. (= id), the date and time (= date), Kassa / Till and the assistant (decoys), per line the article with
a count "12 x 2,25" where bought by the stem or bunch, TOTAAL / TOTAL, the BTW table per rate and "Totaal BTW" (= tax) or "VAT @ 20%
incl." / "Total includes GST" (= tax), PIN / card / cash and change), `florist_order_receipt` (an A5 order receipt: Order No. (= id),
Order date (= date), the delivery date (decoy), "Deliver to" the recipient's name and address and the card message (decoys; not a
customer), the arrangement as an amount, vase, card and delivery, the tax included, PAID), `florist_web_receipt` (a printed web-shop
order confirmation: Order # (= id), order date, the items with Qty / Price / Total, delivery, a discount code as a negative line,
Subtotal (decoy, tax-inclusive), Total, "incl. BTW / VAT / GST" (= tax), the masked e-mail of the sender and the delivery details
(decoys), the shop's legal entity in the footer with its VAT number and address (= vendor)).

Truth: a `receipt` without customer; lines = the items (by the stem or bunch with quantity and unit price, an arrangement or a fee an
amount only on the roll and the order receipt, every web-shop item with its printed quantity and price, a discount negative), adding
up to the total; tax = the VAT / BTW / GST included (the sum of the rates in the
Netherlands); no net.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, abn, address, nl_vat, phone, uk_vat
from corpus.holdout.fakes_twentyninth import CARD_MESSAGES, FLORIST_WORDS, RECIPIENTS
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import rows_html, single_page
from corpus.holdout.templates._fourteenth import roll_sheet
from corpus.holdout.templates._twentieth import amount

FAMILY = "florist_receipt"
D = Decimal
# description, low, high, sold by the stem / bunch (quantity x price), BTW rate in the Netherlands
ITEMS = {"NL": [("Boeket seizoensbloemen", 17.5, 45, False, 9), ("Rozen rood 60 cm", 1.5, 3.25, True, 9), ("Tulpen gemengd (bos 10)", 4.95, 8.95, True, 9),
                ("Pioenrozen", 2.5, 4.5, True, 9), ("Orchidee Phalaenopsis in pot", 14.95, 29.95, False, 9), ("Chrysanten (bos)", 5.95, 9.95, True, 9),
                ("Vaas glas cilinder", 9.95, 24.95, False, 21), ("Wenskaart", 2.5, 3.95, False, 21), ("Bonbons 150 g", 7.95, 12.95, False, 21),
                ("Bezorgkosten", 5.95, 9.95, False, 21)],
         "GB": [("Hand-tied bouquet - seasonal", 30, 75, False, 20), ("Red roses (per stem)", 3.5, 6, True, 20), ("Tulips, bunch of 10", 8, 14, True, 20),
                ("Peonies (per stem)", 4.5, 7.5, True, 20), ("Orchid in ceramic pot", 28, 45, False, 20), ("Glass vase", 12, 30, False, 20),
                ("Gift card", 2.5, 4.5, False, 20), ("Chocolates 200g", 9, 16, False, 20), ("Local delivery", 6.95, 12.95, False, 20)],
         "AU": [("Native posy (protea, banksia)", 45, 95, False, 10), ("Roses (per stem)", 5, 9, True, 10), ("Waratah stems", 9, 15, True, 10),
                ("Potted peace lily", 35, 69, False, 10), ("Gerberas, bunch of 5", 14, 22, True, 10), ("Ceramic vase", 25, 55, False, 10),
                ("Gift card", 4, 7, False, 10), ("Metro delivery", 15, 25, False, 10)]}

FLOWER_COUNT = {"NL": 6, "GB": 5, "AU": 5}


def _shop(rng: random.Random, country: str) -> tuple[Party, str]:
    first, second = (pick(rng, part) for part in FLORIST_WORDS[country])
    brand = f"{first} {second}"
    form = {"NL": pick(rng, ["B.V.", "V.O.F."]), "GB": "Ltd", "AU": "Pty Ltd"}[country]
    company = f"{brand} {form}" if chance(rng, 0.6) else f"{pick(rng, ['Van Dijk', 'Bakker', 'Smit'] if country == 'NL' else ['Harper', 'Whitfield', 'Lane'])} {'Bloemen' if country == 'NL' else 'Flowers'} {form}"
    tax_id = {"NL": nl_vat(rng), "GB": uk_vat(rng), "AU": abn(rng)}[country]
    shop = Party(name=company, address=address(rng, country), country=country, tax_id=tax_id, phone=phone(rng, country))
    shop.email = f"{pick(rng, ['info', 'hello', 'bestellingen' if country == 'NL' else 'orders'])}@{first.lower().replace(' ', '').replace('&', '')}.example"
    shop.extra["kvk"] = f"{rng.randrange(10**7, 10**8)}"
    return shop, brand


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["florist_till_roll", "florist_till_roll", "florist_order_receipt", "florist_web_receipt"])
    country = pick(rng, ["NL", "NL", "GB", "AU"])
    issued = random_date(rng, date(2023, 1, 9), 1000)
    vendor, brand = _shop(rng, country)
    roll = layout == "florist_till_roll"
    pool = [it for it in ITEMS[country] if not (roll and it[0] in ("Bezorgkosten", "Local delivery", "Metro delivery"))]
    flowers = pool[:FLOWER_COUNT[country]]
    first = pick(rng, flowers)
    chosen = [first] + rng.sample([it for it in pool if it is not first], rng.randrange(0, 5))
    if layout != "florist_till_roll" and not any(it[0] in ("Bezorgkosten", "Local delivery", "Metro delivery") for it in chosen):
        chosen.append(next(it for it in ITEMS[country] if it[0] in ("Bezorgkosten", "Local delivery", "Metro delivery")))
    lines: list[Line] = []
    rates: dict[int, Decimal] = {}
    for desc, low, high, by_stem, pct in chosen:
        if by_stem:
            qty = D(pick(rng, [3, 5, 6, 7, 10, 12, 15, 20, 24]) if "(bos" not in desc and "bunch" not in desc else pick(rng, [1, 2, 3]))
            price = money(rng.uniform(low, high))
            line = Line(desc, qty, price, money(qty * price))
        else:
            price = money(round(rng.uniform(low, high) * 2) / 2 - (0.05 if country == "NL" and chance(rng, 0.5) else 0))
            line = Line(desc, None, None, price)
        line.tax_rate = D(pct)
        lines.append(line)
    if layout == "florist_web_receipt" and chance(rng, 0.45):
        items_total = sum((li.amount for li in lines), D("0.00"))
        code = pick(rng, ["WELKOM10", "MOEDERDAG", "SPRING15", "LOVE10", "FLOWERS5"])
        off = money(items_total * D(pick(rng, ["0.05", "0.1", "0.15"])))
        if off > 0:
            disc = Line(f"{'Kortingscode' if country == 'NL' else 'Discount code'} {code}", None, None, -off)
            disc.tax_rate = D(9 if country == "NL" else ITEMS[country][0][4])
            lines.append(disc)
    total = sum((li.amount for li in lines), D("0.00"))
    for li in lines:
        rates[int(li.tax_rate)] = rates.get(int(li.tax_rate), D("0.00")) + li.amount
    per_rate = {r: money(gross * r / (100 + r)) for r, gross in sorted(rates.items())}
    tax = sum(per_rate.values(), D("0.00"))
    number = pick(rng, [f"{rng.randrange(10000, 999999)}", f"{rng.randrange(1, 9)}-{rng.randrange(10000, 99999)}", f"B{rng.randrange(100000, 999999)}"])
    if layout == "florist_web_receipt":
        number = pick(rng, [f"{pick(rng, ['FL', 'WEB', 'ORD'])}-{rng.randrange(100000, 999999)}", f"{rng.randrange(1000000, 9999999)}"])
    doc = Doc(document_type="receipt", locale=country, currency={"NL": "EUR", "GB": "GBP", "AU": "AUD"}[country], vendor=vendor, customer=None,
              invoice_ids=[number], document_date=issued, total=total, tax=tax, lines=lines, lines_sum_to="total")
    nl = country == "NL"
    style = (".", ",") if nl else (",", ".")

    def a(v):
        return amount(v, *style)

    sym = {"NL": "€", "GB": "£", "AU": "$"}[country]
    pattern = {"NL": pick(rng, ["dmy_dash", "dmy_slash"]), "GB": "dmy_slash", "AU": "dmy_slash"}[country]
    clock = f"{rng.randrange(8, 18):02d}:{rng.randrange(60):02d}"
    dt = f"{fmt_date(issued, pattern)} {clock}"
    id_label = {"NL": "BTW-nr.", "GB": "VAT No.", "AU": "ABN"}[country]
    recipient = pick(rng, RECIPIENTS)
    recipient_addr = address(rng, country)
    message = pick(rng, CARD_MESSAGES[country])
    delivery_day = issued + timedelta(days=pick(rng, [0, 1, 1, 2, 3]))
    notes = {"kvk": vendor.extra["kvk"], "recipient": recipient, "recipient_address": recipient_addr, "message": message, "brand": brand,
             "per_rate": {str(k): str(v) for k, v in per_rate.items()}}

    def item_text(li):
        if li.quantity is None:
            return esc(li.description)
        return f"{esc(li.description)}<br/>&#160; {li.quantity} x {a(li.unit_price)}"

    if nl:
        tax_rows = [(f"BTW {r}% over {a(rates[r])}", a(v)) for r, v in per_rate.items()] + [("Totaal BTW", a(tax))]
    else:
        tax_rows = [("VAT @ 20% incl." if country == "GB" else "Total includes GST", a(tax))]
    tender = pick(rng, ["PIN", "PIN", "Contant", "Creditcard"] if nl else ["CARD", "VISA", "CASH", "MASTERCARD"])
    cash = tender in ("Contant", "CASH")
    paid = money((int(total) // 10 + 1) * 10) if cash else total
    pay_rows = [(tender, a(paid))] + ([("Wisselgeld" if nl else "CHANGE", a(paid - total))] if cash else [])
    head = (f"<p class='c b' style='font-size:11pt'>{esc(brand)}</p>" + (f"<p class='c small'>{esc(vendor.name)}</p>" if vendor.name != brand else "")
            + "".join(f"<p class='c small'>{esc(x)}</p>" for x in vendor.address) + f"<p class='c small'>{'Tel.' if nl else 'Ph'} {vendor.phone}</p>"
            + f"<p class='c small'>{id_label} {vendor.tax_id}</p>" + (f"<p class='c small'>KvK {vendor.extra['kvk']}</p>" if nl and chance(rng, 0.7) else ""))
    theme = Theme.pick(rng, font=pick(rng, ["Courier", "Helvetica", "Times"]) if roll else None, size=(7.0, 8.5))
    if roll:
        width = pick(rng, [204.0, 226.0])
        inner = width - 16
        rows = "".join(f"<tr><td style='width:{inner - 66:.0f}pt'>{item_text(li)}</td><td class='r' style='width:48pt'>{a(li.amount)}</td></tr>" for li in lines)
        meta = (f"<p>{'Bonnr.' if nl else 'Receipt No.'} {number}</p><p>{dt}</p>"
                f"<p>{'Kassa' if nl else 'Till'} {rng.randrange(1, 4)} · {'Medewerker' if nl else 'Served by'}: {pick(rng, ['Sanne', 'Lotte', 'Daan', 'Emma', 'Kate', 'Olivia', 'Jack'])}</p>")
        body = (head + f"<p class='c b' style='margin-top:4pt'>{'KASSABON' if nl else ('TAX INVOICE' if country == 'AU' else 'RECEIPT')}</p>" + meta
                + f"<table style='margin-top:3pt'>{rows}</table>"
                + rows_html([("TOTAAL" if nl else "TOTAL", f"{sym} {a(total)}")], widths=(inner - 60, 54))
                + rows_html(tax_rows + pay_rows, widths=(inner - 60, 54), strong_last=False)
                + f"<p class='small c' style='margin-top:4pt'>{pick(rng, ['Bedankt en tot ziens!', 'Fijne dag!']) if nl else pick(rng, ['Thank you!', 'Thanks for shopping with us'])}</p>")
        sheet = roll_sheet(width, body, theme.css(""))
        return Built(doc=doc, sheet=sheet, template=layout, notes=notes, scan_weight=2.0)
    if layout == "florist_order_receipt":
        width, height = 420.0, 595.0
        rows = "".join(f"<tr><td style='width:190pt'>{esc(li.description)}</td><td class='r' style='width:34pt'>{'' if li.quantity is None else li.quantity}</td>"
                       f"<td class='r' style='width:46pt'>{'' if li.unit_price is None else a(li.unit_price)}</td><td class='r' style='width:50pt'>{a(li.amount)}</td></tr>"
                       for li in lines)
        labels = ("Bestelnr.", "Besteldatum", "Bezorgdatum", "Bezorgen bij", "Kaartje", "Artikel", "Aantal", "Prijs", "Bedrag", "Totaal", "BETAALD") if nl else \
            ("Order No.", "Order date", "Delivery date", "Deliver to", "Card message", "Item", "Qty", "Price", "Amount", "Total", "PAID")
        body = (head + f"<p class='c b' style='margin-top:6pt;font-size:11pt'>{'ORDERBON / KASSABON' if nl else ('TAX INVOICE / ORDER RECEIPT' if country == 'AU' else 'ORDER RECEIPT')}</p>"
                + rows_html([(labels[0], number), (labels[1], dt), (labels[2], fmt_date(delivery_day, pattern))], strong_last=False, widths=(90, 250))
                + f"<div class='boxed' style='margin-top:4pt'><p class='small muted'>{labels[3]}</p><p class='b'>{esc(recipient)}</p>"
                + "".join(f"<p>{esc(x)}</p>" for x in recipient_addr) + f"<p class='small muted' style='margin-top:3pt'>{labels[4]}</p><p><i>&quot;{esc(message)}&quot;</i></p></div>"
                + f"<table class='items' style='margin-top:6pt'><tr><th style='width:190pt'>{labels[5]}</th><th class='r' style='width:34pt'>{labels[6]}</th>"
                + f"<th class='r' style='width:46pt'>{labels[7]}</th><th class='r' style='width:50pt'>{labels[8]}</th></tr>{rows}</table>"
                + f"<div style='margin-left:150pt;margin-top:6pt'>{rows_html([(labels[9], f'{sym} {a(total)}')] + tax_rows + pay_rows, widths=(120, 80))}</div>"
                + f"<p class='c b' style='margin-top:6pt'>{labels[10]}</p>")
        sheet = single_page(layout, width, height, theme.css(""), [Box((30, 30, width - 30, height - 30), body)])
        return Built(doc=doc, sheet=sheet, template=layout, notes=notes, scan_weight=1.3)
    width, height = A4
    W = width - 100
    masked = f"{pick(rng, ['j', 'm', 's', 'a', 'k'])}{'*' * rng.randrange(3, 7)}@{pick(rng, ['gmail.com', 'outlook.com', 'hotmail.com', 'icloud.com'])}"
    L = ({"title": "Bedankt voor je bestelling!", "order": "Bestelling", "date": "Besteldatum", "deliver": "Bezorgadres", "when": "Bezorgdatum", "msg": "Tekst kaartje",
          "item": "Artikel", "qty": "Aantal", "price": "Prijs", "line": "Totaal", "sub": "Subtotaal", "total": "Totaal (incl. BTW)", "by": "Besteld door",
          "pay": "Betaald met", "method": pick(rng, ["iDEAL", "iDEAL", "Creditcard"])} if nl else
         {"title": "Thank you for your order!", "order": "Order #", "date": "Order date", "deliver": "Delivery address", "when": "Delivery date", "msg": "Card message",
          "item": "Item", "qty": "Qty", "price": "Price", "line": "Total", "sub": "Subtotal", "total": "Total", "by": "Ordered by",
          "pay": "Paid with", "method": pick(rng, ["Visa ending " + str(rng.randrange(1000, 9999)), "PayPal", "Apple Pay"])})
    items = [li for li in lines if li.amount > 0]
    for li in items:
        if li.quantity is None:
            # the web shop prints every item with its quantity and price
            li.quantity, li.unit_price = D(1), li.amount
    sub = sum((li.amount for li in items), D("0.00"))
    rows = "".join(f"<tr><td style='width:{W * 0.5:.0f}pt'>{esc(li.description)}</td><td class='r' style='width:{W * 0.12:.0f}pt'>{li.quantity}</td>"
                   f"<td class='r' style='width:{W * 0.14:.0f}pt'>{a(li.unit_price)}</td>"
                   f"<td class='r' style='width:{W * 0.14:.0f}pt'>{a(li.amount)}</td></tr>" for li in items)
    extra = [(esc(li.description), a(li.amount)) for li in lines if li.amount < 0]
    footer = (f"<p class='tiny muted' style='margin-top:16pt'>{esc(vendor.name)} · {esc(', '.join(vendor.address))} · {id_label} {vendor.tax_id}"
              + (f" · KvK {vendor.extra['kvk']}" if nl else "") + "</p>")
    body = (f"<p class='b accent' style='font-size:15pt'>{esc(brand)}</p><p class='b' style='font-size:12pt;margin-top:8pt'>{L['title']}</p>"
            + rows_html([(L["order"], f"<b>{number}</b>"), (L["date"], dt), (L["by"], masked), (L["pay"], L["method"])], strong_last=False, widths=(110, 300))
            + f"<div class='boxed' style='margin-top:6pt'><p class='small muted'>{L['deliver']}</p><p class='b'>{esc(recipient)}</p>"
            + "".join(f"<p>{esc(x)}</p>" for x in recipient_addr) + f"<p class='small'>{L['when']}: {fmt_date(delivery_day, pattern)}</p>"
            + f"<p class='small'>{L['msg']}: &quot;{esc(message)}&quot;</p></div>"
            + f"<table class='items' style='margin-top:8pt'><tr><th style='width:{W * 0.5:.0f}pt'>{L['item']}</th><th class='r' style='width:{W * 0.12:.0f}pt'>{L['qty']}</th>"
            + f"<th class='r' style='width:{W * 0.14:.0f}pt'>{L['price']}</th><th class='r' style='width:{W * 0.14:.0f}pt'>{L['line']}</th></tr>{rows}</table>"
            + f"<div style='margin-left:{W - 250:.0f}pt;margin-top:6pt'>{rows_html([(L['sub'], a(sub))] + extra + [(L['total'], f'{sym} {a(total)}')], widths=(160, 80))}"
            + rows_html(tax_rows, widths=(160, 80), strong_last=False) + "</div>" + footer)
    sheet = single_page(layout, width, height, theme.css(""), [Box((50, 46, width - 50, height - 46), body)])
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes)
