"""Hardware stores' receipts: New Zealand, Irish and Canadian hardware and timber stores' till receipts and trade-counter cash sale
receipts (timber cut to length and sold by the metre, fixings by weight, paint tinted, multibuys, a trade discount) and their
refund receipts, in NZD, EUR and CAD, 2023-2025 (invented stores).

Three prints. `hardware_till_roll` (an 80 mm roll: the store's name over its company, GST No. / VAT No. / GST/HST Reg. No. (= tax
id), TAX INVOICE on New Zealand rolls, Store / Reg / Op / Trans (the transaction number = id; the others decoys), the date and
time (= date), per line the SKU and the description, a count or a length "2.4 m @ 8.95" with its amount, a trade discount as a
negative line, TOTAL, "GST incl." / "VAT incl. @ 23%" (= tax) or, in Canada, SUBTOTAL (= net), GST + PST or HST (= tax) and TOTAL,
the tender and change, the loyalty card (decoy)), `hardware_counter_receipt` (an A5 trade-counter CASH SALE receipt with SKU /
Description / Qty / Unit price / Amount and the same totals), `hardware_refund_roll` (a REFUND roll: the original receipt's number
(no id), the reason, negative lines and totals, the amount refunded to the card).

Truth: a `receipt`, or a `credit_note` for a refund (negative), without customer; lines = the items (a length's quantity in
metres with its price per metre, a discount a negative line); total = TOTAL; tax = the GST / VAT included, or the Canadian taxes
added (net = the subtotal); no net on tax-inclusive receipts.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, address, ca_business_number, nz_gst, phone
from corpus.holdout.fakes_eleventh import ie_address, ie_vat
from corpus.holdout.fakes_twentyeighth import HARDWARE_WORDS
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import Box
from corpus.holdout.templates._fifteenth import rows_html, single_page
from corpus.holdout.templates._fourteenth import roll_sheet
from corpus.holdout.templates._twentieth import amount

FAMILY = "hardware_store_receipt"
D = Decimal
# SKU, description, unit (ea / m / kg), low and high price
ITEMS = [("100234", "Treated pine 90x45 H3.2", "m", 6.5, 11.5), ("100871", "Dressed pine 42x19", "m", 2.2, 4.5), ("204418", "Plywood 2400x1200 12mm", "ea", 48, 85),
         ("310022", "Galv flat head nails 75mm", "kg", 9, 16), ("310547", "Decking screws 10g x 65mm (box 500)", "ea", 34, 58), ("402210", "Builders film 4m wide", "m", 3, 6),
         ("512003", "Exterior acrylic paint 10L, tinted", "ea", 119, 189), ("512118", "Paint roller kit 230mm", "ea", 14, 29), ("615400", "PVC pipe 50mm DWV", "m", 4.5, 8.9),
         ("615932", "Silicone sealant clear 300g", "ea", 8.5, 15.5), ("720041", "Cordless drill 18V, skin only", "ea", 99, 189), ("720877", "Drill bit set HSS 13pc", "ea", 19, 39),
         ("830112", "Garden hose 30m", "ea", 39, 79), ("830540", "Potting mix 40L", "ea", 11, 19), ("910003", "Cable ties 300mm (pack 100)", "ea", 7, 13),
         ("910288", "Extension lead 10m", "ea", 22, 45)]
PROVINCES = {"ON": [("HST 13%", D(13))], "NB": [("HST 15%", D(15))], "NS": [("HST 15%", D(15))], "NL": [("HST 15%", D(15))], "PE": [("HST 15%", D(15))],
             "BC": [("GST 5%", D(5)), ("PST 7%", D(7))], "MB": [("GST 5%", D(5)), ("RST 7%", D(7))], "SK": [("GST 5%", D(5)), ("PST 6%", D(6))],
             "AB": [("GST 5%", D(5))], "QC": [("TPS/GST 5%", D(5)), ("TVQ/QST 9.975%", D("9.975"))]}


def _store(rng: random.Random, country: str) -> tuple[Party, str]:
    first, second = (pick(rng, part) for part in HARDWARE_WORDS[country])
    brand = f"{first} {second}"
    form = {"NZ": "Limited", "IE": "Ltd", "CA": "Inc."}[country]
    company = f"{first} Trading {form}" if chance(rng, 0.5) else f"{brand} {form}"
    tax_id = {"NZ": lambda: nz_gst(rng), "IE": lambda: ie_vat(rng), "CA": lambda: f"{ca_business_number(rng)} RT0001"}[country]()
    addr = ie_address(rng) if country == "IE" else address(rng, country)
    tel = f"+353 {rng.randrange(1, 99)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}" if country == "IE" else phone(rng, country)
    return Party(name=company, address=addr, country=country, tax_id=tax_id, phone=tel), brand


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["hardware_till_roll", "hardware_till_roll", "hardware_counter_receipt", "hardware_refund_roll"])
    country = pick(rng, ["NZ", "IE", "CA"])
    refund = layout == "hardware_refund_roll"
    issued = random_date(rng, date(2023, 1, 9), 1000)
    vendor, brand = _store(rng, country)
    lines: list[Line] = []
    shown: dict[int, str] = {}
    roll = layout != "hardware_counter_receipt"
    for sku, desc, unit, low, high in rng.sample(ITEMS, rng.randrange(1, 3) if refund else rng.randrange(1, 8)):
        if unit == "ea":
            price = money(rng.uniform(low, high))
            qty = D(pick(rng, [1, 1, 1, 2, 3, 4, 6, 10]))
        else:
            # lengths and weights to the tenth: a price in ten-cent steps keeps quantity x price exact to the cent
            price = money(round(rng.uniform(low, high), 1))
            qty = D(pick(rng, ["1.8", "2.4", "3.0", "3.6", "4.8", "5.4", "6.0", "12.0"] if unit == "m" else ["0.5", "1.0", "1.5", "2.0", "2.5", "5.0"]))
        value = money(qty * price)
        one_off = roll and unit == "ea" and qty == 1
        line = Line(desc, None if one_off else qty, None if one_off else price, value)
        per = f"/{unit}" if unit != "ea" else ""
        qty_text = f"{qty.normalize():f} {unit}" if unit != "ea" else f"{qty}"
        shown[id(line)] = f"{sku} {esc(desc)}" + ("" if one_off else f"<br/>&#160; {qty_text} @ {amount(price)}{per}")
        lines.append(line)
    if not refund and chance(rng, 0.3):
        base = sum((li.amount for li in lines), D("0.00"))
        off = money(base * D(pick(rng, ["0.05", "0.1", "0.15"])))
        if off > 0:
            line = Line(pick(rng, ["Trade discount", "Trade card discount", "Multibuy saving"]), None, None, -off)
            shown[id(line)] = esc(line.description)
            lines.append(line)
    lines_total = sum((li.amount for li in lines), D("0.00"))
    if country == "CA":
        prov = vendor.address[-1].split()[-3]
        taxes = PROVINCES.get(prov, PROVINCES["ON"])
        parts = [(label, money(lines_total * rate / 100)) for label, rate in taxes]
        tax = sum((v for _, v in parts), D("0.00"))
        net, total, sums_to = lines_total, lines_total + tax, "net"
    else:
        parts = []
        tax = money(lines_total * 3 / 23) if country == "NZ" else money(lines_total * 23 / 123)
        net, total, sums_to = None, lines_total, "total"
    number = pick(rng, [f"{rng.randrange(100000, 9999999)}", f"{rng.randrange(10, 99)}-{rng.randrange(1000, 99999):05d}", f"T{rng.randrange(100000, 999999)}"])
    doc = Doc(document_type="credit_note" if refund else "receipt", locale=country, currency={"NZ": "NZD", "IE": "EUR", "CA": "CAD"}[country], vendor=vendor,
              customer=None, invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines, lines_sum_to=sums_to)
    minus = "-" if refund else ""

    def a(v):
        return minus + amount(v)

    pattern = {"NZ": "dmy_slash", "IE": pick(rng, ["dmy_slash", "dmy_dash"]), "CA": pick(rng, ["iso", "mdy_slash", "dmy_slash"])}[country]
    dt = f"{fmt_date(issued, pattern)} {rng.randrange(7, 19):02d}:{rng.randrange(60):02d}"
    store_no, reg, op = f"{rng.randrange(1, 250):03d}", f"{rng.randrange(1, 12):02d}", pick(rng, ["SARAH", "MIKE T", "OP 14", "JASON", "AOIFE", "PAT"])
    card = f"{pick(rng, ['Trade card', 'Rewards', 'Club card'])} ****{rng.randrange(1000, 9999)}"
    id_label = {"NZ": "GST No.", "IE": "VAT No.", "CA": "GST/HST Reg. No."}[country]
    sym = "€" if country == "IE" else "$"
    original = f"{rng.randrange(100000, 9999999)}"
    if country == "CA":
        sums = [("SUBTOTAL", a(net))] + [(label, a(v)) for label, v in parts] + [("TOTAL", f"{minus}{sym}{amount(total)}")]
    else:
        sums = [("TOTAL", f"{minus}{sym}{amount(total)}"), ("GST incl." if country == "NZ" else "VAT incl. @ 23%", a(tax))]
    tender = pick(rng, ["EFTPOS", "VISA", "MASTERCARD", "CASH"]) if not refund else pick(rng, ["REFUND TO VISA", "REFUND TO MASTERCARD", "REFUND TO DEBIT CARD"])
    paid = total if tender != "CASH" else money((int(total) // 20 + 1) * 20)
    sums += [(tender, f"{minus}{amount(paid)}")] + ([("CHANGE", amount(paid - total))] if paid != total else [])
    notes = {"store": store_no, "reg": reg, "card": card, "original": original if refund else None}
    theme = Theme.pick(rng, font=pick(rng, ["Courier", "Helvetica", "Courier"]) if layout != "hardware_counter_receipt" else None, size=(7.0, 8.5))
    head = (f"<p class='c b' style='font-size:11pt'>{esc(brand.upper() if layout != 'hardware_counter_receipt' else brand)}</p>"
            + (f"<p class='c small'>{esc(vendor.name)}</p>" if vendor.name != brand else "")
            + "".join(f"<p class='c small'>{esc(x)}</p>" for x in vendor.address) + f"<p class='c small'>Ph {vendor.phone}</p>"
            + f"<p class='c small'>{id_label} {vendor.tax_id}</p>")
    items_count = sum(1 for li in lines if li.amount > 0)
    if layout == "hardware_counter_receipt":
        width, height = 420.0, 595.0
        rows = "".join(f"<tr><td style='width:190pt'>{shown[id(li)].split('<br/>')[0]}</td><td class='r' style='width:34pt'>{'' if li.quantity is None else f'{li.quantity.normalize():f}'}</td>"
                       f"<td class='r' style='width:46pt'>{'' if li.unit_price is None else amount(li.unit_price)}</td><td class='r' style='width:50pt'>{a(li.amount)}</td></tr>"
                       for li in lines)
        body = (head + f"<p class='c b' style='margin-top:6pt;font-size:11pt'>{'CASH SALE - TAX INVOICE' if country == 'NZ' else 'CASH SALE RECEIPT'}</p>"
                + rows_html([("Receipt No.", number), ("Date", dt), ("Store / Till", f"{store_no} / {reg}"), ("Served by", op)], strong_last=False, widths=(90, 250))
                + "<table class='items' style='margin-top:6pt'><tr><th style='width:190pt'>Item</th><th class='r' style='width:34pt'>Qty</th>"
                + f"<th class='r' style='width:46pt'>Price</th><th class='r' style='width:50pt'>Amount</th></tr>{rows}</table>"
                + f"<div style='margin-left:150pt;margin-top:6pt'>{rows_html(sums, widths=(120, 80), strong_last=False)}</div>"
                + f"<p class='small' style='margin-top:6pt'>{esc(card)} · Items: {items_count}</p>"
                + "<p class='small'>Please keep your receipt: returns within 30 days with proof of purchase.</p>")
        sheet = single_page(layout, width, height, theme.css(""), [Box((30, 30, width - 30, height - 30), body)])
        return Built(doc=doc, sheet=sheet, template=layout, notes=notes, scan_weight=1.5)
    width = pick(rng, [204.0, 226.0])
    inner = width - 16
    rows = "".join(f"<tr><td style='width:{inner - 66:.0f}pt'>{shown[id(li)]}</td><td class='r' style='width:48pt'>{a(li.amount)}</td></tr>" for li in lines)
    title = "REFUND" if refund else ("TAX INVOICE" if country == "NZ" else "RECEIPT")
    body = (head + f"<p class='c b' style='margin-top:4pt'>{title}</p>"
            + f"<p>Store {store_no} Reg {reg} Op {esc(op)}</p><p>Trans: {number}</p><p>{dt}</p>"
            + (f"<p>Orig. receipt: {original}</p><p>Reason: {pick(rng, ['Change of mind', 'Faulty', 'Wrong size', 'Over-ordered'])}</p>" if refund else "")
            + f"<table style='margin-top:3pt'>{rows}</table>" + rows_html(sums, widths=(inner - 60, 54), strong_last=False)
            + f"<p class='small c' style='margin-top:4pt'>{esc(card)}</p><p class='small c'>Items: {items_count}</p>"
            + f"<p class='small c'>{'Customer signature ..................' if refund else 'Thank you for shopping local!'}</p>")
    sheet = roll_sheet(width, body, theme.css(""))
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes, scan_weight=2.0)
