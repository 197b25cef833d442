"""Indonesian restaurant and café receipts (struk) in the style of the CORD dataset, 2019-2025, mostly photographed or
scanned.

Three prints on 58 / 80 mm rolls. `struk_resto`: a restaurant's POS roll: name, address, sometimes NPWP, "No. Nota",
table, pax, cashier, date and time, item lines "2 NASI GORENG SPESIAL 56.000" (quantity first, the line amount only),
modifiers under a dish ("- tidak pedas"), SUBTOTAL, DISC, SERVICE 5 %, PB1 10 % (the regional restaurant tax), ROUNDING,
TOTAL, CASH / CHANGE or DEBIT BCA / QRIS / OVO, "Terima kasih". `struk_kafe`: a café app's receipt: the item name on its
own line and "2 x 28.000 56.000" under it, "Order #57" queue number, Sub Total / Tax 10% / Total, the payment and
"Powered by …". `struk_bill`: the bill printed before payment ("BILL", "Check No.", Table, Pax, Waiter), prices that
include the tax ("Harga sudah termasuk pajak") or a Tax line, Grand Total, no payment.

Amounts are whole rupiah, `56.000` or `56,000`, sometimes with `Rp` or `Rp.`, sometimes with `,00`. Dates
`15/03/2024 12:31`, `15-03-2024 12:31:08`, `15 Mar 2024` or `15 Maret 2024`.

Truth: a `receipt` (customer null); vendor = the restaurant as printed with its address lines; tax id = the NPWP where
printed, else null; id = No. Nota / Bill No. / Check No. / Receipt No. (the table, pax, cashier, queue number, EDC trace
and approval codes are decoys); document date = the sale date. Lines: every dish and drink (modifiers are no lines);
"2 NASI GORENG 56.000" has a quantity and no unit price, "2 x 28.000" both, a single item on the roll both (quantity 1);
total = TOTAL / Grand Total (CASH and CHANGE are decoys); tax = PB1 / Tax / PPN where printed; net = SUBTOTAL only when the
lines, the tax and the total meet without discount, service or rounding (otherwise null, the gap being
`checks.lines_adjustment`); tax-inclusive bills have no tax and no net.
"""

from __future__ import annotations

import random
from datetime import date, datetime
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fourteenth import id_resto
from corpus.holdout.money import MONTHS, random_date
from corpus.holdout.templates._fourteenth import roll_sheet, whole

FAMILY = "id_struk_restoran"
DOCUMENT_TYPE = "receipt"
D = Decimal
MENU = [("NASI GORENG SPESIAL", 28, 45), ("MIE GORENG JAWA", 24, 38), ("AYAM BAKAR MADU", 32, 52), ("SATE AYAM 10 TSK", 30, 48),
        ("SOTO BETAWI", 30, 45), ("NASI UDUK KOMPLIT", 22, 35), ("BAKSO URAT", 22, 34), ("GADO-GADO", 20, 32), ("IGA BAKAR", 65, 95),
        ("CAP CAY SEAFOOD", 38, 58), ("TAHU TELOR", 18, 28), ("PISANG GORENG KEJU", 15, 25), ("ES TEH MANIS", 6, 12), ("ES JERUK", 10, 18),
        ("KOPI SUSU GULA AREN", 18, 28), ("TEH TARIK", 14, 22), ("JUS ALPUKAT", 18, 28), ("AIR MINERAL", 6, 10), ("CAFE LATTE", 28, 42),
        ("AMERICANO ICED", 24, 36), ("CROISSANT BUTTER", 22, 34), ("NASI PUTIH", 6, 10), ("KERUPUK", 3, 6), ("SAMBAL MATAH", 5, 8)]
MODIFIERS = ["- tidak pedas", "- less sugar", "- extra shot", "- pedas level 3", "- tanpa es", "- bungkus", "- less ice", "- oat milk"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["resto", "resto", "kafe", "bill"])
    shop = id_resto(rng)
    day = random_date(rng, date(2019, 2, 1), 2200)
    at = datetime(day.year, day.month, day.day, rng.randrange(10, 22), rng.randrange(60), rng.randrange(60))
    with_npwp = chance(rng, 0.4)
    if not with_npwp:
        shop.tax_id = None
    lines: list[Line] = []
    modifiers: dict[int, str] = {}
    for i, (name, low, high) in enumerate(rng.sample(MENU, rng.randrange(2, 9))):
        price = D(rng.randrange(low, high + 1) * 1000 + pick(rng, [0, 0, 0, 500]))
        qty = D(pick(rng, [1, 1, 1, 2, 2, 3, 4]))
        desc = name if chance(rng, 0.75) else name.title()
        if layout == "resto":
            lines.append(Line(desc, qty, None if qty > 1 else price, qty * price))
        else:
            lines.append(Line(desc, qty, price, qty * price))
        if chance(rng, 0.2):
            modifiers[i] = pick(rng, MODIFIERS)
    subtotal = sum((li.amount for li in lines), D(0))
    inclusive = layout == "bill" and chance(rng, 0.5)
    discount = D(int(subtotal * D(pick(rng, ["0.1", "0.15", "0.2"])) / 1000) * 1000) if not inclusive and chance(rng, 0.2) else D(0)
    svc_rate = pick(rng, ["5", "5", "7", "10"])
    service = (subtotal - discount) * D(svc_rate) / 100 if not inclusive and layout != "kafe" and chance(rng, 0.4) else D(0)
    service = service.quantize(D(1), rounding=ROUND_HALF_UP)
    tax_rate = pick(rng, ["10", "10", "10", "11"]) if layout == "kafe" else "10"
    tax = None if inclusive else ((subtotal - discount + service) * D(tax_rate) / 100).quantize(D(1), rounding=ROUND_HALF_UP)
    exact = subtotal - discount + service + (tax or D(0))
    rounding = D(0)
    if layout == "resto" and chance(rng, 0.35):
        rounding = (exact / 100).quantize(D(1), rounding=ROUND_HALF_UP) * 100 - exact
    total = exact + rounding
    plain = not inclusive and discount == 0 and service == 0 and rounding == 0
    number = pick(rng, [f"{rng.randrange(1, 99999):05d}", f"B{rng.randrange(100000, 999999)}", f"{day.strftime('%y%m%d')}{rng.randrange(1, 999):03d}",
                        f"INV/{day.strftime('%Y%m%d')}/{rng.randrange(1, 9999):04d}", f"S{rng.randrange(10, 99)}-{rng.randrange(10000, 99999)}"])
    doc = Doc(document_type=DOCUMENT_TYPE, locale="ID", currency="IDR", vendor=shop, customer=None, invoice_ids=[number], document_date=day,
              total=total, net=subtotal if plain else None, tax=tax, lines=lines, lines_sum_to="net" if plain else "total",
              lines_adjustment=D(0) if plain else total - subtotal)
    sep = pick(rng, [".", ".", ","])
    cents = chance(rng, 0.15)
    rp = pick(rng, ["", "", "Rp ", "Rp. ", "Rp"])

    def a(value: D, mark: bool = False) -> str:
        text = whole(value, sep) + ((",00" if sep == "." else ".00") if cents else "")
        return (rp + text if mark else text) if value >= 0 else "-" + (rp if mark else "") + text.lstrip("-")

    month = MONTHS[pick(rng, ["en", "id"])][day.month - 1]
    stamp = pick(rng, [at.strftime("%d/%m/%Y %H:%M"), at.strftime("%d-%m-%Y %H:%M:%S"), f"{day.day:02d} {month[:3]} {day.year} {at.strftime('%H:%M')}",
                       f"{day.day} {month} {day.year}"])
    mono = chance(rng, 0.65)
    theme = Theme.pick(rng, font="Courier" if mono else "Helvetica", size=(7.5, 8.5))
    css = theme.css("p{margin:0 0 1pt 0} td{padding:0.5pt 1pt} .big{font-size:10.5pt;font-weight:bold} .sm{font-size:6.5pt}")
    roll = pick(rng, [164.0, 204.0, 226.0])
    inner = roll - 20
    rule = f"<p>{'=' * (24 if roll < 180 else 32)}</p>" if mono else "<p style='border-top:0.6pt dashed #000;margin:2pt 0'></p>"
    parts = [f"<p class='c b' style='font-size:10pt'>{esc(shop.name)}</p>"] + [f"<p class='c'>{esc(x)}</p>" for x in shop.address]
    if chance(rng, 0.6):
        parts.append(f"<p class='c'>Telp. {shop.phone}</p>")
    if with_npwp:
        parts.append(f"<p class='c sm'>NPWP: {shop.tax_id}</p>")
    cashier = pick(rng, ["Dewi", "Rina", "Agus", "Budi", "Sari", "Andi", "Putri", "KASIR 1"])
    table_no, pax = rng.randrange(1, 40), rng.randrange(1, 7)
    parts.append(rule)
    if layout == "resto":
        parts.append(f"<p>No. Nota : {number}</p><p>Meja : {table_no}   Pax : {pax}</p><p>Kasir : {cashier}</p><p>{stamp}</p>")
    elif layout == "kafe":
        parts.append(f"<p class='c big'>Order #{rng.randrange(1, 300)}</p><p>Receipt No: {number}</p><p>{stamp}</p><p>Cashier: {cashier}</p>"
                     f"<p>{pick(rng, ['Dine In', 'Take Away', 'GoFood', 'GrabFood'])}</p>")
    else:
        parts.append(f"<p class='c big'>BILL</p><p>Check No. {number}</p><p>Table {table_no} / Pax {pax}</p><p>Waiter: {cashier}</p><p>{stamp}</p>")
    parts.append(rule)
    rows = []
    for i, li in enumerate(lines):
        if layout == "resto":
            rows.append(f"<tr><td style='width:14pt'>{li.quantity}</td><td style='width:{inner - 14 - 52:.0f}pt'>{esc(li.description)}</td>"
                        f"<td style='width:52pt' class='r'>{a(li.amount)}</td></tr>")
            if i in modifiers:
                rows.append(f"<tr><td></td><td class='sm'>{modifiers[i]}</td><td></td></tr>")
        else:
            rows.append(f"<tr><td colspan='2'>{esc(li.description)}</td></tr>")
            if i in modifiers:
                rows.append(f"<tr><td colspan='2' class='sm'>  {modifiers[i]}</td></tr>")
            rows.append(f"<tr><td style='width:{inner - 56:.0f}pt'>  {li.quantity} x {a(li.unit_price)}</td><td style='width:56pt' class='r'>{a(li.amount)}</td></tr>")
    parts.append(f"<table style='width:100%'>{''.join(rows)}</table>" + rule)
    summary: list[tuple[str, str, bool]] = []
    sub_label = pick(rng, ["SUBTOTAL", "Sub Total", "Subtotal"])
    if not inclusive:
        summary.append((sub_label, a(subtotal), False))
    if discount:
        summary.append((pick(rng, ["DISC", "Diskon", "Discount"]), a(-discount), False))
    if service:
        summary.append((pick(rng, ["SERVICE", "Service Charge", "SC"]) + (f" {svc_rate}%" if chance(rng, 0.5) else ""), a(service), False))
    if tax is not None:
        label = {"resto": pick(rng, ["PB1 10%", "PB1", "TAX 10%", "PAJAK RESTO 10%"]), "kafe": pick(rng, [f"Tax {tax_rate}%", f"PB1 ({tax_rate}%)", f"PPN {tax_rate}%"]),
                 "bill": pick(rng, ["Tax 10%", "PB1 10%"])}[layout]
        summary.append((label, a(tax), False))
    if rounding:
        summary.append((pick(rng, ["ROUNDING", "Pembulatan"]), a(rounding), False))
    summary.append(({"resto": "TOTAL", "kafe": "Total", "bill": "Grand Total"}[layout], a(total, True), True))
    parts.append("<table style='width:100%'>" + "".join(
        f"<tr><td style='width:58%' class='{'big' if strong else ''}'>{k}</td><td style='width:42%' class='r {'big' if strong else ''}'>{v}</td></tr>"
        for k, v, strong in summary) + "</table>")
    pay = "none"
    if layout != "bill":
        pay = pick(rng, ["CASH", "CASH", "DEBIT BCA", "QRIS", "OVO", "GOPAY", "CREDIT CARD"])
        if pay == "CASH":
            given = ((total / 50000).quantize(D(1), rounding=ROUND_CEILING) * 50000) if total > 50000 else D(50000)
            if given == total:
                given += 50000
            parts.append(rule + f"<table style='width:100%'><tr><td style='width:58%'>CASH</td><td class='r'>{a(given)}</td></tr>"
                         f"<tr><td>{pick(rng, ['CHANGE', 'KEMBALI', 'Kembalian'])}</td><td class='r'>{a(given - total)}</td></tr></table>")
        else:
            parts.append(rule + f"<table style='width:100%'><tr><td style='width:58%'>{pay}</td><td class='r'>{a(total)}</td></tr></table>")
            if pay in ("DEBIT BCA", "CREDIT CARD"):
                parts.append(f"<p class='sm'>Card ************{rng.randrange(1000, 9999)}</p><p class='sm'>Appr. Code {rng.randrange(100000, 999999)}  "
                             f"Trace {rng.randrange(1000, 9999):06d}</p>")
    elif inclusive:
        parts.append(f"<p class='sm'>{pick(rng, ['Harga sudah termasuk pajak', 'Harga sudah termasuk PB1', 'Prices include tax'])}</p>")
    parts.append(f"<p class='c' style='margin-top:3pt'>{pick(rng, ['Terima kasih', 'TERIMA KASIH ATAS KUNJUNGAN ANDA', 'Thank you, see you again!', 'Terima Kasih & Selamat Menikmati'])}</p>")
    if layout == "kafe":
        parts.append(f"<p class='c sm'>Powered by {pick(rng, ['Moka POS', 'Pawoon', 'Majoo', 'ESB'])}</p>")
        parts.append(f"<p class='c sm'>Wifi: {shop.name.split()[-1].lower()}123</p>")
    sheet = roll_sheet(roll, "".join(parts), css, margin=8.0)
    return Built(doc=doc, sheet=sheet, template=f"struk_{layout}", scan_weight=3.0,
                 notes={"table": table_no, "pax": pax, "payment": pay, "service": float(service), "rounding": float(rounding), "npwp": with_npwp})
