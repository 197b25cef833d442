"""Rwandan EBM and Zambian smart-invoice (VSDC) fiscal receipts and tax invoices, in English, RWF and ZMW, 2023-2025;
mostly photographed or scanned.

Four prints. `rw_ebm_roll` (the EBM till roll: name, address, TEL, TIN, "Welcome to our shop", CLIENT ID (the buyer's TIN,
sometimes), items as "1,500.00x 2.00 3,000.00B" with tax labels A (exempt) and B (18 %), TOTAL / TOTAL A-EX / TOTAL
B-18.00% / TOTAL TAX B / TOTAL TAX, CASH / CHANGE or MOMO, ITEMS NUMBER, the SDC INFORMATION block — Date and Time, SDC ID,
RECEIPT NUMBER "123/456 NS", Internal Data, Receipt Signature — then RECEIPT NUMBER, DATE, TIME, MRC, "THANK YOU"),
`rw_ebm_invoice` (an accounting program's A4 invoice with the EBM block under the totals: Invoice No., Date, Client with
its TIN, Description / Qty / Unit Price / Tax / Amount, Total excl. VAT / VAT 18% / Total incl. VAT, Due date, bank
details, SDC ID / receipt number / internal data / signature / MRC and a QR mark), `zm_smart_invoice` (a ZRA smart
invoice: TPIN, TAX INVOICE, Invoice No., Invoice Date, Due Date, LPO No., Bill To with the customer's TPIN, Item Code /
Description / Qty / Unit Price / Tax Code (A 16 %, C2 zero-rated, D exempt) / Amount, Taxable Amount A-16% / VAT A-16% /
Zero-rated / Exempt / Total Excl. VAT / Total VAT / Total Amount ZMW, the VSDC block: SDC ID, Receipt No., Internal Data,
Receipt Signature, MRC, QR), `zm_smart_roll` (a Zambian shop's 80 mm receipt in the same style as the EBM roll with TPIN,
"K" amounts and labels A-16% / D).

Truth: a roll is a `receipt` of the shop (no customer; the CLIENT ID is no customer id): id = the RECEIPT NUMBER of the
last block (the SDC "123/456 NS" counter, the SDC ID and the MRC are decoys), lines at their VAT-inclusive prices add up
to the TOTAL, tax = TOTAL TAX, no net. The A4 invoices: vendor with TIN / TPIN as the tax id, customer with its address
(its TIN a decoy), id = Invoice No. (the SDC receipt number a decoy), net = Total excl. VAT, tax = VAT, total = the
inclusive total; due date where printed.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_seventeenth import ebm_code, mrc, other_party, rw_party, sdc_id, zm_party
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import beside, pts, rows_html, single_page
from corpus.holdout.templates._fourteenth import roll_sheet
from corpus.holdout.templates._sixteenth import kv_rows

FAMILY = "rw_zm_ebm_receipt"
D = Decimal
# (description, low, high, taxed)
RW_SHOP = [("INYANGE MILK 500ML", 600, 900, False), ("MINERAL WATER 1.5L", 500, 900, True), ("BREAD LARGE", 1200, 1800, True),
           ("SUGAR KABUYE 1KG", 1500, 1900, True), ("RICE TANZANIA 5KG", 7500, 9800, False), ("COOKING OIL 3L", 6500, 8500, True),
           ("SOAP BAR 800G", 500, 900, True), ("CEMENT CIMERWA 50KG", 11000, 13500, True), ("IRON SHEET G28 3M", 8500, 12000, True),
           ("PAINT EMULSION 4L", 15000, 28000, True), ("MAIZE FLOUR 2KG", 1600, 2400, False), ("TOOTHPASTE 100ML", 900, 1600, True)]
ZM_SHOP = [("MEALIE MEAL BREAKFAST 25KG", 250, 350, False), ("COOKING OIL 2.5L", 130, 180, True), ("CEMENT 50KG", 140, 180, True),
           ("IBR ROOFING SHEET 3M", 180, 320, True), ("PAINT PVA 20L", 650, 1400, True), ("BREAD LOAF 700G", 20, 30, False),
           ("WHITE SUGAR 2KG", 45, 60, True), ("MULTIPURPOSE SOAP", 15, 30, True), ("KAPENTA 1KG", 120, 190, False), ("CHIBUKU 1L", 15, 25, True)]
RW_WORK = [("Laptop HP ProBook 450 G10", 650000, 950000, True), ("Consultancy services - financial audit", 150000, 900000, True),
           ("Office chairs, mesh back", 45000, 120000, True), ("Printing of brochures A5", 500, 1500, True), ("Transport Kigali - Rubavu", 80000, 250000, True),
           ("Internet subscription (monthly)", 45000, 180000, True), ("Maize seed (25 kg bag)", 25000, 40000, False)]
ZM_WORK = [("Diesel 50ppm (litres)", 24, 30, True), ("Servicing of 100 kVA generator", 2500, 8000, True), ("Office stationery pack", 150, 900, True),
           ("Consultancy fees - tax advisory", 5000, 35000, True), ("Tyres 315/80 R22.5", 5500, 8500, True), ("Fertiliser D-Compound 50kg", 850, 1200, False),
           ("Maize seed SC 403 (10kg)", 350, 520, False), ("Security services (monthly)", 8000, 26000, True)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["rw_ebm_roll", "rw_ebm_roll", "zm_smart_roll", "rw_ebm_invoice", "zm_smart_invoice", "zm_smart_invoice"])
    issued = random_date(rng, date(2023, 1, 3), 1040)
    at = datetime(issued.year, issued.month, issued.day, rng.randrange(7, 21), rng.randrange(60), rng.randrange(60))
    if layout.endswith("roll"):
        return _roll(rng, layout, issued, at)
    return _invoice(rng, layout, issued, at)


def _n(value: D) -> str:
    return fmt_number(value, "en")


def _sdc_block(rng: random.Random, country: str, at: datetime, receipt_no: int) -> tuple[list[tuple[str, str]], dict]:
    counter = receipt_no + rng.randrange(0, 400)
    info = {"sdc": sdc_id(rng, country), "counter": f"{rng.randrange(1, counter + 1)}/{counter} {pick(rng, ['NS', 'NS', 'NS'])}",
            "internal": ebm_code(rng, pick(rng, [6, 7, 8])), "signature": ebm_code(rng, 4), "mrc": mrc(rng, country)}
    rows = [("SDC ID:", info["sdc"]), ("RECEIPT NUMBER:" if country == "RW" else "Receipt No.:", info["counter"])]
    return rows, info


def _roll(rng: random.Random, layout: str, issued: date, at: datetime) -> Built:
    rw = layout == "rw_ebm_roll"
    vendor = rw_party(rng) if rw else zm_party(rng)
    pool = rng.sample(RW_SHOP if rw else ZM_SHOP, rng.randrange(1, 7))
    lines, taxed = [], []
    for desc, low, high, is_taxed in pool:
        price = money(round(rng.uniform(low, high), -1 if rw else 0))
        qty = D(pick(rng, [1, 1, 1, 2, 2, 3, 4, 5, 10]))
        lines.append(Line(desc, qty, price, money(qty * price)))
        taxed.append(is_taxed)
    if not any(taxed):
        taxed[0] = True
    total = sum((li.amount for li in lines), D("0.00"))
    rate = D("18") if rw else D("16")
    taxable = sum((li.amount for li, t in zip(lines, taxed, strict=True) if t), D("0.00"))
    exempt = total - taxable
    tax = money(taxable * rate / (100 + rate))
    receipt_no = rng.randrange(12, 60000)
    doc = Doc(document_type="receipt", locale="RW" if rw else "ZM", currency="RWF" if rw else "ZMW", vendor=vendor, customer=None,
              invoice_ids=[str(receipt_no)], document_date=issued, total=total, tax=tax, lines=lines, lines_sum_to="total")
    sdc_rows, info = _sdc_block(rng, "RW" if rw else "ZM", at, receipt_no)
    client = f"1{rng.randrange(10**7, 10**8)}" if rw and chance(rng, 0.35) else None
    width = pick(rng, [204.0, 226.0])
    W = width - 20
    css = f"body{{font-family:Courier;font-size:{pick(rng, [6.8, 7.2])}pt;margin:0}} p{{margin:0}} .c{{text-align:center}} .r{{text-align:right}} .b{{font-weight:bold}} td{{padding:0 1pt}} table{{border-collapse:collapse}}"

    def row(a: str, b: str) -> str:
        return f"<table><tr><td style='width:{W * 0.55 - 2:.1f}pt'>{a}</td><td class='r' style='width:{W * 0.45 - 2:.1f}pt'>{b}</td></tr></table>"

    def trio(a: str, b: str, c: str) -> str:
        return (f"<table><tr><td style='width:{W * 0.4 - 2:.1f}pt'>{a}</td><td class='r' style='width:{W * 0.2 - 2:.1f}pt'>{b}</td>"
                f"<td class='r' style='width:{W * 0.4 - 2:.1f}pt'>{c}</td></tr></table>")

    rule = "-" * 42
    label = "B" if rw else "A"
    free = "A" if rw else "D"
    cur = "" if rw else pick(rng, ["K", "ZMW"])
    body = (f"<p class='c b'>{esc(vendor.name)}</p>" + "".join(f"<p class='c'>{esc(x)}</p>" for x in vendor.address)
            + f"<p class='c'>TEL: {vendor.phone}</p><p class='c'>{'TIN' if rw else 'TPIN'}: {vendor.tax_id}</p>"
            + f"<p class='c'>{pick(rng, ['Welcome to our shop', 'WELCOME', 'Karibu'])}</p><p>{rule}</p>")
    if client:
        body += f"<p>CLIENT ID: {client}</p><p>{rule}</p>"
    for li, t in zip(lines, taxed, strict=True):
        body += f"<p>{esc(li.description)}</p>" + trio(f"{_n(li.unit_price)}x", f"{li.quantity:.2f}", f"{_n(li.amount)}{label if t else free}")
    body += f"<p>{rule}</p>" + row("<b>TOTAL</b>", f"<b>{cur + ' ' if cur else ''}{_n(total)}</b>")
    if rw:
        body += row("TOTAL A-EX", _n(exempt)) + row("TOTAL B-18.00%", _n(taxable)) + row("TOTAL TAX B", _n(tax))
    else:
        body += row("TOTAL A-16%", _n(taxable)) + row("TOTAL D-EXEMPT", _n(exempt)) + row("TOTAL TAX A", _n(tax))
    body += row("TOTAL TAX", _n(tax)) + f"<p>{rule}</p>"
    if chance(rng, 0.6):
        cash = money((int(total / 1000) + 1) * 1000) if rw else money((int(total / 50) + 1) * 50)
        body += row("CASH", _n(cash)) + row("CHANGE", _n(cash - total))
    else:
        body += row(pick(rng, ["MOMO", "MOBILE MONEY", "CARD"]), _n(total))
    body += row("ITEMS NUMBER", str(len(lines))) + f"<p>{rule}</p><p class='c b'>SDC INFORMATION</p>"
    body += row(f"Date: {issued.strftime('%d/%m/%Y')}", f"Time: {at.strftime('%H:%M:%S')}") + "".join(row(a, b) for a, b in sdc_rows)
    body += (f"<p class='c'>Internal Data:</p><p class='c'>{info['internal']}</p><p class='c'>Receipt Signature:</p><p class='c'>{info['signature']}</p>"
             f"<p>{rule}</p>")
    stamp = at + timedelta(seconds=rng.randrange(2, 30))
    body += (row("RECEIPT NUMBER:", str(receipt_no)) + row(f"DATE: {issued.strftime('%d/%m/%Y')}", f"TIME: {stamp.strftime('%H:%M:%S')}")
             + row("MRC:", info["mrc"]) + f"<p>{rule}</p><p class='c'>THANK YOU</p><p class='c'>{pick(rng, ['COME BACK AGAIN', 'YOUR BEST STORE IN TOWN', 'MURAKOZE'])}</p>")
    sheet = roll_sheet(width, body, css, margin=10.0)
    return Built(doc=doc, sheet=sheet, template=layout, scan_weight=2.0, notes={**info, "client": client})


def _invoice(rng: random.Random, layout: str, issued: date, at: datetime) -> Built:
    rw = layout == "rw_ebm_invoice"
    vendor = rw_party(rng) if rw else zm_party(rng)
    customer = other_party(rng, rw_party if rw else zm_party, vendor)
    buyer_tin = customer.tax_id
    customer.tax_id = None
    pool = rng.sample(RW_WORK if rw else ZM_WORK, rng.randrange(1, 6))
    lines, codes = [], []
    for desc, low, high, is_taxed in pool:
        price = money(round(rng.uniform(low, high), -2 if rw else 2))
        if desc.startswith("Diesel"):
            qty = D(pick(rng, [200, 500, 1000, 1500]))
        else:
            qty = D(pick(rng, [1, 1, 2, 3, 4, 5, 10, 20, 50] if high < (5000 if rw else 1000) else [1, 1, 1, 2, 3]))
        lines.append(Line(desc, qty, price, money(qty * price)))
        codes.append(("B" if rw else "A") if is_taxed else ("A-EX" if rw else pick(rng, ["C2", "D"])))
    rate = D("18") if rw else D("16")
    taxable = sum((li.amount for li, c in zip(lines, codes, strict=True) if c in ("A", "B")), D("0.00"))
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(taxable * rate / 100)
    total = net + tax
    seq = rng.randrange(1, 9000)
    number = pick(rng, [f"INV-{seq:05d}", f"{issued.year}/{seq:04d}", f"SI{seq:06d}", str(seq)])
    days = pick(rng, [0, 7, 14, 30, 30, 45])
    due = issued + timedelta(days=days) if days else None
    doc = Doc(document_type="invoice", locale="RW" if rw else "ZM", currency="RWF" if rw else "ZMW", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due)
    receipt_no = rng.randrange(12, 60000)
    sdc_rows, info = _sdc_block(rng, "RW" if rw else "ZM", at, receipt_no)
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.6, 8.6), table=pick(rng, ["grid", "header_fill", "zebra", "rules"]))
    css = theme.css(".t{font-size:15pt;font-weight:bold} .bx{border:0.7pt solid #666;padding:4pt} .tiny{font-size:6.5pt;color:#444}")
    width, height = A4
    W = width - 76
    d = issued.strftime("%d/%m/%Y") if chance(rng, 0.7) else issued.strftime("%d-%b-%Y")
    tin = "TIN" if rw else "TPIN"
    cur = "RWF" if rw else pick(rng, ["ZMW", "K"])
    left = (f"<p class='t' style='color:{theme.accent}'>{esc(vendor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address)
            + f"<p>{tin}: {vendor.tax_id}</p><p>Tel: {vendor.phone} · {vendor.email}</p>")
    meta = [("Invoice No.", number), ("Invoice Date", d)] + ([("Due Date", due.strftime("%d/%m/%Y"))] if due else []) + (
        [("LPO No.", f"LPO{rng.randrange(1000, 99999)}")] if chance(rng, 0.5) else [])
    right = f"<p class='t'>{'TAX INVOICE' if not rw or chance(rng, 0.5) else 'INVOICE'}</p>" + kv_rows(meta, (80, 120))
    bill = (f"<div class='bx' style='margin-top:8pt'><p class='b'>{pick(rng, ['Bill To', 'Client', 'Customer'])}</p><p>{esc(customer.name)}</p>"
            + "".join(f"<p>{esc(x)}</p>" for x in customer.address) + f"<p>{'Client TIN' if rw else 'Customer TPIN'}: {buyer_tin}</p></div>")
    cols = pts(W, 0.1, 0.4, 0.08, 0.15, 0.09, 0.18)
    head = ["Item Code", "Description", "Qty", "Unit Price", "Tax" if rw else "Tax Code", f"Amount ({cur})"]
    rows = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'' if j in (0, 1, 4) else 'r'}'>{c}</td>" for j, (c, w) in enumerate(zip(
        [f"{pick(rng, ['IT', 'SV', 'P'])}{rng.randrange(100, 9999):04d}", esc(li.description), str(li.quantity), _n(li.unit_price), code, _n(li.amount)],
        cols, strict=True))) + "</tr>" for li, code in zip(lines, codes, strict=True))
    table = "<table class='items'><tr>" + "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(head, cols, strict=True)) + f"</tr>{rows}</table>"
    if rw:
        totals = [("Total excl. VAT", _n(net)), ("VAT 18%", _n(tax)), (f"Total incl. VAT ({cur})", _n(total))]
    else:
        totals = [("Taxable Amount A-16%", _n(taxable)), ("VAT A-16%", _n(tax)), ("Zero-rated / Exempt", _n(net - taxable)),
                  ("Total Excl. VAT", _n(net)), ("Total VAT", _n(tax)), (f"Total Amount {cur}", _n(total))]
    bank = (f"<p class='b'>Bank details</p><p>{pick(rng, ['Bank of Kigali', 'Equity Bank Rwanda', 'I&amp;M Bank Rwanda'] if rw else ['Zanaco', 'Stanbic Bank Zambia', 'Absa Bank Zambia'])}</p>"
            f"<p>Account: {rng.randrange(10**9, 10**11)}</p>")
    sdc = [("SDC ID", info["sdc"]), ("Receipt Number" if rw else "Receipt No.", info["counter"]), ("Internal Data", info["internal"]),
           ("Receipt Signature", info["signature"]), ("MRC", info["mrc"]), ("Date / Time", f"{issued.strftime('%d/%m/%Y')} {at.strftime('%H:%M:%S')}")]
    sdc_html = f"<div class='bx' style='margin-top:10pt'><p class='b'>{'EBM' if rw else 'VSDC'} INFORMATION</p>{kv_rows(sdc, (90, 260))}</div>"
    html = (beside(left, right, (W - 210, 210)) + bill + table + beside(bank, rows_html(totals, widths=(140, 90)), (W - 230, 230)) + sdc_html
            + "<p class='tiny' style='margin-top:10pt'>Thank you for your business. Goods once sold are not returnable.</p>")
    boxes = [Box((38.0, 36.0, width - 38.0, height - 36.0), html), Box((width - 118.0, height - 130.0, width - 38.0, height - 50.0), kind="qr",
                                                                     payload=f"{vendor.tax_id}|{info['sdc']}|{info['signature']}")]
    sheet = single_page(layout, width, height, css, boxes)
    return Built(doc=doc, sheet=sheet, template=layout, scan_weight=1.6, notes={**info, "buyer_tin": buyer_tin})
