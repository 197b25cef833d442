"""Sri Lankan VAT invoices and Ugandan EFRIS e-invoices and e-receipts, in English, 2023-2025.

Three prints. `lk_tax_invoice`: the Inland Revenue's tax-invoice format as firms print it ("TAX INVOICE" boxed; Date of
Invoice / Tax Invoice No. / Date of Delivery / Place of Supply; Supplier's TIN / Name / Address / Telephone No.;
Purchaser's TIN / Name / Address / Telephone No.; Additional Information; Reference / Description of Goods or Services /
Quantity / Unit Price / Amount Excluding VAT (Rs.); Total Value of Supply / VAT Amount (Total Value of Supply @ 18%) /
Total Amount including VAT; Total Amount in words; Mode of Payment) or on a letterhead (company and PV registration
numbers, VAT Reg. No., Invoice No. / Date / Customer PO / Credit Period / Due Date, Sub Total / VAT 18% / Grand Total,
bank details). VAT 15 % in 2023, 18 % from 1 January 2024; `Rs. 1,234,567.50` / `LKR`. `ug_efris_invoice`: the URA
EFRIS e-invoice / tax invoice in its lettered sections (A Seller's Details: TIN, Legal Name, Business Name, Address,
Seller's Reference No.; B URA Information: Document Type, Issued Date and Time, Device Number, Fiscal Document Number,
Verification Code; C Buyer's Details; D Goods & Services Details with VAT-inclusive prices and the tax category "A"
(standard 18 %) or "C" (exempt); E Tax Details: Net Amount / Tax Rate / Tax Amount / Gross Amount per category; F Summary:
Net Amount, Tax Amount, Gross Amount, Gross Amount in words, Payment Mode, Number of Items, Remarks) with its QR code.
`ug_efris_receipt`: EFRIS e-receipt from a till (80 mm). Uganda shillings print without decimals (`1,250,000`).

Truth. Sri Lanka: an `invoice`; vendor = the supplier, tax id = its VAT number as printed ("Supplier's TIN" on the form,
"VAT Reg. No." on the letterhead: `114567890-7000`), the PV company number and the purchaser's TIN are decoys; id = Tax
Invoice No. / Invoice No.; net = Total Value of Supply / Sub Total, tax = the VAT amount, total = Total Amount including
VAT / Grand Total; due date where printed; payment terms = the Credit Period as printed. Uganda: vendor = the Legal Name,
tax id = the seller's TIN; id = the Fiscal Document Number (the FDN URA registers; the Seller's Reference No. and the
verification code are decoys); lines at their VAT-inclusive amounts adding up to the Gross Amount (= total), net = Net
Amount, tax = Tax Amount; the e-receipt is a `receipt` (customer null).
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fifteenth import efris_device, efris_fdn, efris_verification, lk_party, ug_party
from corpus.holdout.money import fmt_date, fmt_number, money, random_date, words_english
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import beside, pts, rows_html, single_page
from corpus.holdout.templates._fourteenth import roll_sheet

FAMILY = "lk_ug_invoice"
D = Decimal
LK_ITEMS = [("A4 Photocopy Paper 80gsm (Ream)", "Ream", 1450, 2100), ("Laptop Computer Core i5 16GB", "Nos", 185000, 320000),
            ("Annual Maintenance - Air Conditioners", "Job", 25000, 180000), ("CCTV Installation", "Job", 45000, 250000),
            ("Printer Toner Cartridge", "Nos", 9500, 26000), ("Consultancy Services", "Hrs", 6500, 18000), ("Transport Charges", "Trip", 8000, 45000),
            ("Office Chair - High Back", "Nos", 22000, 65000), ("Network Switch 24 Port", "Nos", 38000, 95000), ("Ceylon Tea BOPF 1kg", "Kg", 1800, 3200),
            ("Software Licence - Annual", "Nos", 45000, 240000), ("Cleaning Services - Monthly", "Month", 60000, 180000)]
UG_ITEMS = [("Cement Tororo 50kg", "Bag", 32000, 38000, "A"), ("Iron Sheets 28G 3m", "Pcs", 38000, 52000, "A"), ("Cooking Oil 20L", "Jerrycan", 140000, 175000, "A"),
            ("Maize Flour 25kg", "Bag", 65000, 90000, "C"), ("Laptop HP ProBook", "Pcs", 2600000, 3900000, "A"), ("Printing Paper A4", "Ream", 21000, 29000, "A"),
            ("Consultancy Services", "Hrs", 150000, 420000, "A"), ("Transport Kampala-Jinja", "Trip", 250000, 650000, "A"), ("Sugar 50kg", "Bag", 190000, 240000, "A"),
            ("Rice Super 25kg", "Bag", 95000, 130000, "C"), ("Paint Emulsion 20L", "Pcs", 160000, 240000, "A"), ("Electrical Cable 2.5mm", "Roll", 180000, 260000, "A")]
TILL = [("SUGAR 2KG", 8500, 10500, "A"), ("BREAD 600G", 5000, 7000, "A"), ("MILK 500ML", 2000, 3000, "C"), ("SODA 500ML", 2000, 2500, "A"),
        ("SOAP BAR", 4000, 6500, "A"), ("RICE 1KG", 4500, 6000, "C"), ("AIRTIME", 5000, 20000, "A"), ("BISCUITS", 1500, 4000, "A"), ("WATER 1.5L", 2000, 3500, "A")]


def _ugx(value: D) -> str:
    return fmt_number(value, "en", 0)


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["lk", "lk", "ug", "ug_receipt"])
    if layout == "lk":
        return _lk(rng)
    return _ug(rng, receipt=layout == "ug_receipt")


def _lk(rng: random.Random) -> Built:
    vendor, customer = lk_party(rng), lk_party(rng)
    buyer_tin = customer.extra["vat"]
    customer.tax_id = None
    issued = random_date(rng, date(2023, 1, 2), 900)
    vat = D("18") if issued >= date(2024, 1, 1) else D("15")
    lines = []
    for desc, unit, low, high in rng.sample(LK_ITEMS, rng.randrange(1, 6)):
        price = money(round(rng.uniform(low, high), -1 if high > 10000 else 0))
        qty = D(pick(rng, [1, 1, 2, 3, 5, 10, 12] if unit != "Ream" else [10, 20, 50, 100]))
        lines.append(Line(desc, qty, price, money(qty * price), unit))
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(net * vat / 100)
    total = net + tax
    form = chance(rng, 0.5)
    days = pick(rng, [14, 30, 30, 45, 60])
    due = issued + timedelta(days=days) if not form and chance(rng, 0.7) else None
    terms = f"{days} Days" if not form else None
    number = pick(rng, [f"INV/{issued.year % 100}/{rng.randrange(1, 9999):04d}", f"TI{rng.randrange(10000, 99999)}", f"{rng.randrange(100000, 999999)}"])
    doc = Doc(document_type="invoice", locale="LK", currency="LKR", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms)
    pattern = pick(rng, ["dmy_slash", "dmy_dot", "iso", "dd_mon_yyyy"])

    def d(x) -> str:
        return fmt_date(x, pattern)

    def n(value: D) -> str:
        return fmt_number(value, "en")

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times"]), size=(8.0, 9.0), table="grid")
    css = theme.css(".t{font-size:15pt;font-weight:bold;border:1.2pt solid #000;padding:3pt 12pt} .f td{border:0.6pt solid #444;padding:2pt 4pt}")
    width, height = A4
    W = width - 96
    words = words_english(total, "Rupees", "Cents")
    if form:
        def cell(k, v, w):
            return f"<td style='width:{w:.1f}pt'><span class='muted small'>{k}</span><br/>{v}</td>"
        half = W / 2 - 8
        grid = ("<table class='f'>"
                f"<tr>{cell('Date of Invoice:', d(issued), half)}{cell('Tax Invoice No.:', esc(number), half)}</tr>"
                f"<tr>{cell('Date of Delivery:', d(issued - timedelta(days=pick(rng, [0, 1, 2]))), half)}{cell('Place of Supply:', esc(vendor.address[-1]), half)}</tr>"
                f"<tr>{cell('Supplier' + chr(39) + 's TIN:', vendor.tax_id, half)}{cell('Purchaser' + chr(39) + 's TIN:', buyer_tin, half)}</tr>"
                f"<tr>{cell('Supplier' + chr(39) + 's Name:', esc(vendor.name), half)}{cell('Purchaser' + chr(39) + 's Name:', esc(customer.name), half)}</tr>"
                f"<tr>{cell('Address:', '<br/>'.join(esc(x) for x in vendor.address), half)}{cell('Address:', '<br/>'.join(esc(x) for x in customer.address), half)}</tr>"
                f"<tr>{cell('Telephone No:', vendor.phone, half)}{cell('Telephone No:', customer.phone, half)}</tr>"
                f"<tr><td colspan='2' style='width:{W - 8:.1f}pt'><span class='muted small'>Additional Information if any:</span> "
                f"{pick(rng, ['PO No. ' + str(rng.randrange(1000, 99999)), 'Delivery Note ' + str(rng.randrange(100, 9999)), '-'])}</td></tr></table>")
        head = f"<table><tr><td class='t' style='width:130pt'>TAX INVOICE</td></tr></table><div style='margin-top:8pt'></div>{grid}"
        heads = ["Reference", "Description of Goods or Services", "Quantity", "Unit Price", "Amount Excluding VAT (Rs.)"]
        fr = (12, 44, 10, 15, 19)
        sums = [("Total Value of Supply:", n(net)), (f"VAT Amount (Total Value of Supply @ {vat}%)", n(tax)), ("<b>Total Amount including VAT:</b>", f"<b>{n(total)}</b>")]
        tail = (f"<p style='margin-top:6pt'>Total Amount in words: {words}</p>"
                f"<p>Mode of Payment: {pick(rng, ['Cheque', 'Credit', 'Bank Transfer', 'Cash'])}</p>")
    else:
        head = (f"<p class='c b' style='font-size:15pt'>{esc(vendor.name)}</p><p class='c'>{esc(', '.join(vendor.address))}</p>"
                f"<p class='c'>Tel: {vendor.phone} | E-mail: {vendor.email}</p><p class='c small'>Company Reg. No: {vendor.extra['pv']} | VAT Reg. No: {vendor.tax_id}</p>"
                "<p class='c' style='margin-top:8pt'><span class='t'>TAX INVOICE</span></p><div style='margin-top:10pt'></div>"
                + beside(f"<p class='muted'>Invoice To:</p><p class='b'>{esc(customer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in customer.address)
                         + f"<p>VAT No: {buyer_tin}</p>",
                         "<table>" + "".join(f"<tr><td style='width:{W * 0.2:.1f}pt'>{k}</td><td style='width:{W * 0.22:.1f}pt'>{v}</td></tr>" for k, v in
                                             [("Invoice No:", esc(number)), ("Date:", d(issued)), ("Customer PO:", f"PO{rng.randrange(1000, 99999)}"),
                                              ("Credit Period:", terms)] + ([("Due Date:", d(due))] if due else [])) + "</table>", (W * 0.5, W * 0.5)))
        heads = ["No", "Description", "Qty", "Unit Price (Rs.)", "Amount (Rs.)"]
        fr = (6, 50, 10, 16, 18)
        sums = [("Sub Total", n(net)), (f"VAT {vat}%", n(tax)), ("<b>Grand Total (LKR)</b>", f"<b>{n(total)}</b>")]
        tail = (f"<p style='margin-top:6pt'><i>{words}</i></p><p class='small' style='margin-top:6pt'>Please draw cheques in favour of "
                f"\"{esc(vendor.name)}\" or remit to {pick(rng, ['Commercial Bank', 'Sampath Bank', 'Hatton National Bank', 'Bank of Ceylon'])}, "
                f"A/C No. {rng.randrange(10**9, 10**12)}</p><p style='margin-top:20pt'>.............................<br/>Authorized Signature</p>")
    cw = pts(W, *fr)
    refs = [f"{rng.randrange(100, 999)}" for _ in lines]
    rows = "".join("<tr>" + "".join(f"<td style='width:{w};text-align:{'right' if k >= 2 else 'left'}'>{c}</td>" for k, (c, w) in enumerate(zip(
        [refs[i] if form else str(i + 1), esc(li.description), fmt_number(li.quantity, "en", 0), n(li.unit_price), n(li.amount)], cw, strict=True))) + "</tr>"
        for i, li in enumerate(lines))
    th = "<tr>" + "".join(f"<th style='width:{w};text-align:{'right' if k >= 2 else 'left'}'>{h}</th>" for k, (h, w) in enumerate(zip(heads, cw, strict=True))) + "</tr>"
    html = (head + f"<table class='items' style='margin-top:10pt'>{th}{rows}</table>"
            + "<div style='margin-top:4pt'></div>" + beside("", rows_html(sums, strong_last=False, widths=(W * 0.34, W * 0.18)), (W * 0.48, W * 0.52)) + tail)
    template = "lk_tax_invoice"
    sheet = single_page(template, width, height, css, [Box((48.0, 44.0, width - 48.0, height - 40.0), html)])
    return Built(doc=doc, sheet=sheet, template=template, scan_weight=1.5, notes={"buyer_tin": buyer_tin, "pv": vendor.extra["pv"], "vat_rate": int(vat), "form": form})


def _ug(rng: random.Random, *, receipt: bool) -> Built:
    vendor = ug_party(rng)
    customer = None if receipt else ug_party(rng)
    buyer_tin = customer.tax_id if customer else None
    if customer:
        customer.tax_id = None
    issued = random_date(rng, date(2023, 1, 2), 900)
    at = datetime(issued.year, issued.month, issued.day, rng.randrange(7, 20), rng.randrange(60), rng.randrange(60))
    lines, cats = [], []
    if receipt:
        for desc, low, high, cat in rng.sample(TILL, rng.randrange(1, 7)):
            price = D(round(rng.uniform(low, high), -2))
            qty = D(pick(rng, [1, 1, 2, 3]))
            lines.append(Line(desc, qty, price, qty * price, "Pcs"))
            cats.append(cat)
    else:
        for desc, unit, low, high, cat in rng.sample(UG_ITEMS, rng.randrange(1, 6)):
            price = D(round(rng.uniform(low, high), -3 if high > 100000 else -2))
            qty = D(pick(rng, [1, 1, 2, 3, 5, 10, 20]))
            lines.append(Line(desc, qty, price, qty * price, unit))
            cats.append(cat)
    gross = {c: sum((li.amount for li, x in zip(lines, cats, strict=True) if x == c), D("0")) for c in sorted(set(cats))}
    taxes = {c: (g * 18 / 118).quantize(D("1"), rounding=ROUND_HALF_UP) if c == "A" else D("0") for c, g in gross.items()}
    total = sum(gross.values(), D("0"))
    tax = sum(taxes.values(), D("0"))
    net = total - tax
    fdn = efris_fdn(rng)
    verification = efris_verification(rng)
    seller_ref = f"{pick(rng, ['INV', 'SI', 'UG'])}-{rng.randrange(1000, 99999)}"
    doc = Doc(document_type="receipt" if receipt else "invoice", locale="UG", currency="UGX", vendor=vendor, customer=customer, invoice_ids=[fdn],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, lines_sum_to="total")
    stamp = f"{issued.day:02d}/{issued.month:02d}/{issued.year}" if chance(rng, 0.6) else issued.isoformat()
    device = efris_device(rng, vendor.tax_id)
    words = words_english(total, "Shillings")
    cat_name = {"A": "A: Standard (18%)", "C": "C: Exempt (-)"}
    if receipt:
        css = "body{font-family:Courier;font-size:7.5pt;margin:0} p{margin:0 0 1pt 0} td{padding:0.5pt 1pt;vertical-align:top} table{border-collapse:collapse} .c{text-align:center} .r{text-align:right} .b{font-weight:bold}"
        rule = "<p>" + "-" * 38 + "</p>"
        rows = "".join(f"<tr><td colspan='2'>{esc(li.description)}</td></tr><tr><td style='width:110pt'>  {li.quantity} x {_ugx(li.unit_price)}</td>"
                       f"<td class='r' style='width:80pt'>{_ugx(li.amount)} {c}</td></tr>" for li, c in zip(lines, cats, strict=True))
        html = (f"<p class='c b'>{esc(vendor.name)}</p>" + "".join(f"<p class='c'>{esc(x)}</p>" for x in vendor.address)
                + f"<p class='c'>TIN: {vendor.tax_id}</p><p class='c'>Tel: {vendor.phone}</p>" + rule + "<p class='c b'>e-RECEIPT</p>" + rule
                + f"<p>Date: {stamp} {at.strftime('%H:%M:%S')}</p><p>Receipt No: {seller_ref}</p><p>Cashier: {pick(rng, ['Grace', 'Moses', 'Till 2', 'Admin'])}</p>"
                + rule + f"<table>{rows}</table>" + rule
                + f"<table><tr><td class='b' style='width:110pt'>TOTAL UGX</td><td class='r b' style='width:80pt'>{_ugx(total)}</td></tr>"
                f"<tr><td style='width:110pt'>Net Amount</td><td class='r' style='width:80pt'>{_ugx(net)}</td></tr>"
                f"<tr><td style='width:110pt'>VAT 18% (A)</td><td class='r' style='width:80pt'>{_ugx(tax)}</td></tr>"
                f"<tr><td style='width:110pt'>{pick(rng, ['Cash', 'Mobile Money', 'Card'])}</td><td class='r' style='width:80pt'>{_ugx(total)}</td></tr></table>" + rule
                + f"<p>FDN: {fdn}</p><p>Verification Code:</p><p>{verification}</p><p>Device No: {device}</p>"
                + "<p class='c' style='margin-top:3pt'>EFRIS - Uganda Revenue Authority</p><p class='c'>Thank you, come again!</p>")
        sheet = roll_sheet(226.0, html, css, margin=8.0)
        return Built(doc=doc, sheet=sheet, template="ug_efris_receipt", scan_weight=2.0,
                     notes={"seller_ref": seller_ref, "verification": verification, "device": device})
    theme = Theme.pick(rng, font="Helvetica", size=(7.5, 8.0), table="grid")
    css = theme.css(".sec{background:#1b3d6d;color:#fff;font-weight:bold;padding:2pt 4pt;margin-top:6pt} .k td{padding:1pt 3pt}")
    width, height = A4
    W = width - 84

    def kv(rows_, w1=0.28, w2=0.7) -> str:
        return "<table class='k'>" + "".join(f"<tr><td style='width:{W * w1 - 6:.1f}pt' class='muted'>{k}</td><td style='width:{W * w2 - 6:.1f}pt'>{v}</td></tr>" for k, v in rows_) + "</table>"

    sec_a = kv([("TIN:", vendor.tax_id), ("Legal Name:", esc(vendor.name)), ("Business Name:", esc(vendor.name.rsplit(" ", 1)[0].upper())),
                ("Address:", esc(", ".join(vendor.address))), ("Mobile Phone:", vendor.phone), ("E-mail Address:", vendor.email),
                ("Seller's Reference No.:", seller_ref), ("Served by:", pick(rng, ["Sarah N.", "Okello J.", "Admin"]))])
    sec_b = kv([("Document Type:", "Original"), ("Issued Date:", stamp), ("Time:", at.strftime("%H:%M:%S")), ("Device Number:", device),
                ("Fiscal Document Number:", fdn), ("Verification Code:", verification)])
    sec_c = kv([("TIN:", buyer_tin), ("Name:", esc(customer.name)), ("Address:", esc(", ".join(customer.address))), ("Mobile Phone:", customer.phone),
                ("Buyer Type:", "B2B")])
    cw = pts(W, 5, 35, 8, 9, 14, 15, 14, pad=8)
    heads = ["No.", "Item", "Qty", "Unit", "Unit Price", "Total", "Tax Category"]
    rows = "".join("<tr>" + "".join(f"<td style='width:{w};text-align:{'right' if k in (2, 4, 5) else 'left'}'>{c}</td>" for k, (c, w) in enumerate(zip(
        [str(i), esc(li.description), str(li.quantity), li.unit, _ugx(li.unit_price), _ugx(li.amount), cat_name[c]], cw, strict=True))) + "</tr>"
        for i, (li, c) in enumerate(zip(lines, cats, strict=True), 1))
    th = "<tr>" + "".join(f"<th style='width:{w};text-align:{'right' if k in (2, 4, 5) else 'left'}'>{h}</th>" for k, (h, w) in enumerate(zip(heads, cw, strict=True))) + "</tr>"
    tw = pts(W * 0.8, 28, 18, 16, 18, 20, pad=8)
    trows = "".join("<tr>" + "".join(f"<td style='width:{w};text-align:{'left' if k == 0 else 'right'}'>{v}</td>" for k, (v, w) in enumerate(zip(
        [cat_name[c], _ugx(gross[c] - taxes[c]), "18%" if c == "A" else "-", _ugx(taxes[c]), _ugx(gross[c])], tw, strict=True))) + "</tr>" for c in gross)
    tth = "<tr>" + "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(["Tax Category", "Net Amount", "Tax Rate", "Tax Amount", "Gross Amount"], tw, strict=True)) + "</tr>"
    sec_f = kv([("Net Amount:", _ugx(net)), ("Tax Amount:", _ugx(tax)), ("<b>Gross Amount:</b>", f"<b>{_ugx(total)}</b>"), ("Gross Amount in words:", words),
                ("Payment Mode:", pick(rng, ["Credit", "Cash", "Electronic Funds Transfer", "Mobile Money"])), ("Number of Items:", str(len(lines))),
                ("Currency:", "UGX"), ("Remarks:", pick(rng, ["Goods once sold are not returnable.", "Thank you for your business.", "-"]))])
    html = (f"<p class='c b' style='font-size:12pt'>e-INVOICE / TAX INVOICE</p>"
            f"<p class='sec'>Section A: Seller's Details</p>{sec_a}<p class='sec'>Section B: URA Information</p>{sec_b}"
            f"<p class='sec'>Section C: Buyer's Details</p>{sec_c}<p class='sec'>Section D: Goods &amp; Services Details</p><table class='items'>{th}{rows}</table>"
            f"<p class='sec'>Section E: Tax Details</p><table class='items'>{tth}{trows}</table>"
            f"<p class='sec'>Section F: Summary</p>{sec_f}"
            "<p class='tiny muted' style='margin-top:6pt'>This is a system-generated e-invoice issued through EFRIS. Verify it with the URA e-services "
            "portal or by scanning the QR code.</p>")
    sheet = single_page("ug_efris_invoice", width, height, css, [Box((42.0, 36.0, width - 42.0, height - 110.0), html),
                                                                 Box((width - 42.0 - 72.0, height - 100.0, width - 42.0, height - 28.0), kind="qr", payload=fdn + verification)])
    return Built(doc=doc, sheet=sheet, template="ug_efris_invoice",
                 notes={"seller_ref": seller_ref, "verification": verification, "device": device, "buyer_tin": buyer_tin})
