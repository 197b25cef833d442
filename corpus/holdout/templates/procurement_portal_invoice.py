"""A supplier's invoice created on a buyer's procurement portal (PO flip) and printed from it, 2023-2025.

Large buyers make their suppliers invoice through a portal (Coupa-, Ariba-, Jaggaer-like; here invented names):
the supplier "flips" the purchase order into an invoice and the portal's PDF is what both sides file. Two
prints. `portal_flip`: "Invoice #INV-1234" as the heading, a status stamp (Approved, Pending Approval,
Submitted, Paid, Disputed), Supplier / Bill To / Ship To / Remit To blocks, Invoice Date, Payment Terms, Supplier
Number, Currency, Delivery Number, the line table Line / PO Line / Description / Type / Qty / UOM / Price / Total
with `PO 4500123456 - 2` references, amount-based lines (freight) without quantity, Lines Net Total / Tax (with
its rate) / Total, supplier note, and a portal footer "Printed from … Supplier Portal on 2024-03-15 14:22 UTC ·
Page 1 of 2". `portal_network`: a business-network print: "Invoice: INV-1234", "Status: Sent", From / To columns,
Original Purchase Order, Remit To, Sold To, line rows with Part # and per-line tax rows, Sub-total, Total Tax,
Total Gross Amount, Total Net Amount (the network's name for the gross after discounts: a label trap, not the
net), Amount Due.

Locales: US (USD, sales tax 5-9 %), GB (GBP, VAT 20 %), CA (CAD, GST 5 % or HST 13 %).

Truth: vendor = the supplier (the issuer of the invoice even though the buyer's portal printed it; the portal's
name is not a party), with its address and tax id (VAT number / GST-HST number / EIN) as printed; the Remit To
address is a decoy; customer = Bill To (the Ship To address is a decoy); vendor id = Supplier Number where
printed; id = the invoice number (the PO number, PO lines, delivery number and the portal's internal document
id are decoys); net = Lines Net Total / Sub-total, tax = Tax / Total Tax, total = Total / Amount Due.
Status stamps, print timestamps and page numbers are decoys.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Col, Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import address, make_company
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._eighth import flowing_sheet
from corpus.holdout.templates._twelfth import priced_lines

FAMILY = "procurement_portal_invoice"
DOCUMENT_TYPE = "invoice"
D = Decimal
ITEMS = [("Nitrile gloves, powder-free, size L (case of 1000)", "CS", 48, 95, D(0)), ("Safety glasses, anti-fog", "EA", 4, 12, D(0)),
         ("Hydraulic hose assembly 1/2 in x 36 in", "EA", 38, 90, D(0)), ("Pallet wrap 18 in x 1500 ft", "RL", 19, 38, D(0)),
         ("Field service technician - labor", "HR", 85, 165, D(0)), ("Preventive maintenance visit - compressor", "EA", 350, 1200, D(0)),
         ("Laptop docking station USB-C", "EA", 120, 290, D(0)), ("Label stock 4 x 6 in thermal (roll)", "RL", 11, 24, D(0)),
         ("Janitorial services - monthly", "MO", 1800, 6500, D(0)), ("Forklift battery service", "EA", 240, 680, D(0)),
         ("Printed shipping cartons 18x12x12", "BX", 1.2, 3.8, D(0)), ("IT consulting - network assessment", "HR", 140, 240, D(0))]
PORTALS = ["BuyStream Supplier Portal", "ProcureLink Network", "SourceBridge Supplier Hub", "OrderPoint Business Network"]
STATUSES = ["Approved", "Pending Approval", "Submitted", "Paid", "Disputed", "Approved for Payment"]


def build(rng: random.Random) -> Built:
    country = pick(rng, ["US", "US", "GB", "CA"])
    layout = pick(rng, ["flip", "network"])
    vendor, customer = make_company(rng, country), make_company(rng, country)
    issued = random_date(rng, date(2023, 1, 3), 890)
    portal = pick(rng, PORTALS)
    count = rng.randrange(1, 6) if chance(rng, 0.75) else rng.randrange(10, 18)
    lines = priced_lines(rng, ITEMS, min(count, len(ITEMS)), qty=(1, 2, 4, 5, 10, 12, 20, 40))
    if chance(rng, 0.4):
        lines.append(Line(pick(rng, ["Freight", "Shipping & handling", "Fuel surcharge"]), None, None, money(rng.uniform(18, 240))))
    net = sum((li.amount for li in lines), D("0.00"))
    if country == "US":
        rate = D(pick(rng, ["6", "6.25", "7", "7.5", "8.25", "8.875", "5.3"]))
        tax_label = f"Sales Tax ({rate}%)"
        if chance(rng, 0.25):
            rate, tax_label = D(0), "Tax (exempt - resale certificate on file)"
        vendor.tax_id = vendor.tax_id if chance(rng, 0.5) else None
        tax_id_label = "Federal Tax ID (EIN)"
    elif country == "GB":
        rate, tax_label, tax_id_label = D(20), "VAT (20%)", "VAT Reg. No."
    else:
        province = customer.extra["province"]
        rate = D(13) if province == "ON" else D(5)
        tax_label = "HST (13%)" if rate == 13 else "GST (5%)"
        tax_id_label = "GST/HST No."
    tax = money(net * rate / 100)
    total = net + tax
    currency = {"US": "USD", "GB": "GBP", "CA": "CAD"}[country]
    number = pick(rng, [f"INV-{rng.randrange(10000, 99999)}", f"{issued.year}-{rng.randrange(1000, 9999)}", f"{rng.randrange(100000, 999999)}",
                        f"SI{issued.strftime('%y%m')}{rng.randrange(100, 999)}"])
    po = f"{pick(rng, ['45', '46', 'PO'])}{rng.randrange(10**7, 10**8)}"
    terms = pick(rng, ["Net 30", "Net 45", "Net 60", "2% 10 Net 30", "Net 90"])
    due = issued + timedelta(days=int(terms.split()[-1])) if chance(rng, 0.5) else None
    supplier_no = f"{pick(rng, ['S', 'V', '1'])}{rng.randrange(10000, 999999)}" if chance(rng, 0.6) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=currency, vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, vendor_id=supplier_no)
    us = country == "US"
    sym = {"US": "$", "GB": "£", "CA": "$"}[country]

    def m(value: D) -> str:
        return f"{fmt_number(value)} {currency}" if layout == "network" else f"{sym}{fmt_number(value)}"

    def d(x: date) -> str:
        return x.strftime("%m/%d/%Y") if us else x.strftime("%d/%m/%Y") if country == "GB" else x.isoformat()

    ship_to = address(rng, country)
    remit_to = [f"P.O. Box {rng.randrange(1000, 99999)}", *address(rng, country)[1:]] if chance(rng, 0.5) else None
    status = pick(rng, STATUSES)
    printed_at = datetime(issued.year, issued.month, issued.day, rng.randrange(8, 19), rng.randrange(60)) + timedelta(days=rng.randrange(0, 20))
    theme = Theme.pick(rng, font="Helvetica", size=(7.5, 8.5), table=pick(rng, ["rules", "minimal", "zebra"]), accent=pick(rng, ["#0b5cad", "#1d6f42", "#4a3aa8", "#b3541e"]))
    css = theme.css(".stamp{border:1.5pt solid #c0392b;color:#c0392b;font-weight:bold;padding:3pt 8pt;font-size:10pt} .lbl{font-size:6.5pt;color:#777;"
                    "text-transform:uppercase} .blk{padding:2pt 6pt 2pt 0}")
    width, height = LETTER if us else A4
    tax_id_line = f"<br/>{tax_id_label}: {vendor.tax_id}" if vendor.tax_id else ""

    def block(title: str, name: str, lines_: list[str], extra: str = "") -> str:
        return f"<p class='lbl'>{title}</p><p><b>{esc(name)}</b><br/>{lines_html(lines_)}{extra}</p>"

    internal = f"{rng.randrange(10**6, 10**7)}"
    rows = []
    for i, li in enumerate(lines, 1):
        po_line = f"{po} - {i}" if li.quantity is not None else f"{po} - {len(lines)}" if chance(rng, 0.3) else ""
        if layout == "flip":
            rows.append([str(i), po_line, esc(li.description), "Qty" if li.quantity is not None else "Amount",
                         fmt_number(li.quantity, decimals=0) if li.quantity is not None else "", esc(li.unit), fmt_number(li.unit_price) if li.unit_price else "",
                         fmt_number(li.amount)])
        else:
            rows.append([str(i), f"{rng.randrange(10000, 99999)}-{rng.choice('ABCX')}<br/>{esc(li.description)}", "Material" if li.quantity is not None else "Service",
                         fmt_number(li.quantity, decimals=0) if li.quantity is not None else "", esc(li.unit) or "EA" if li.quantity is not None else "",
                         fmt_number(li.unit_price) if li.unit_price else "", fmt_number(li.amount)])
    footer = lambda n, c: (f"<p class='tiny muted'>Printed from {portal} on {printed_at.strftime('%Y-%m-%d %H:%M')} UTC · Document ID {internal} "  # noqa: E731
                           f"<span style='float:right'>Page {n} of {c}</span></p>")
    if layout == "flip":
        meta = [("Invoice Date", d(issued)), ("Payment Terms", terms)]
        if due:
            meta.append(("Due Date", d(due)))
        meta += [("Currency", currency), ("PO Number", po)]
        if supplier_no:
            meta.append(("Supplier Number", supplier_no))
        if chance(rng, 0.5):
            meta.append(("Delivery Number", f"DN{rng.randrange(100000, 999999)}"))
        head = (f"<table style='width:100%'><tr><td style='width:60%'><p class='lbl'>{esc(portal)}</p><p style='font-size:16pt' class='b'>Invoice #{esc(number)}</p>"
                f"<p class='small muted'>Created from PO {po} by {esc(vendor.name)}</p></td><td style='width:40%' class='r'><span class='stamp'>{status.upper()}</span></td></tr></table>"
                "<table style='width:100%;margin-top:8pt'><tr>"
                f"<td style='width:34%' class='blk'>{block('Supplier', vendor.name, vendor.address, tax_id_line)}</td>"
                f"<td style='width:33%' class='blk'>{block('Bill To', customer.name, customer.address)}</td>"
                f"<td style='width:33%' class='blk'>{block('Ship To', customer.name, ship_to, '<br/>Attn: Receiving Dock ' + str(rng.randrange(1, 9)))}</td></tr></table>"
                + (f"<p class='small'><span class='lbl'>Remit To</span> {esc(vendor.name)}, {esc(', '.join(remit_to))}</p>" if remit_to else "")
                + "<table style='width:100%;margin-top:4pt'><tr>" + "".join(f"<td><span class='lbl'>{k}</span><br/>{v}</td>" for k, v in meta) + "</tr></table>")
        cols = [Col("Line", "center", "24pt"), Col("PO Line", width="74pt"), Col("Description"), Col("Type", width="36pt"), Col("Qty", "right", "30pt"),
                Col("UOM", "center", "30pt"), Col("Price", "right", "54pt"), Col("Total", "right", "62pt")]
        tail = ("<table style='width:100%;margin-top:6pt'>"
                f"<tr><td style='width:55%'></td><td style='width:27%'>Lines Net Total</td><td class='r' style='width:18%'>{m(net)}</td></tr>"
                f"<tr><td></td><td>{tax_label}</td><td class='r'>{m(tax)}</td></tr>"
                f"<tr class='grand'><td></td><td>Total</td><td class='r'>{m(total)} {currency if layout == 'flip' and chance(rng, 0.4) else ''}</td></tr></table>"
                + (f"<p class='small' style='margin-top:6pt'><span class='lbl'>Supplier Note</span><br/>{pick(rng, ['Thank you for your business.', 'Partial shipment - balance to follow.', 'Please reference the invoice number on remittance.'])}</p>" if chance(rng, 0.5) else ""))
    else:
        head = (f"<table style='width:100%'><tr><td style='width:60%'><p style='font-size:14pt' class='b'>Invoice: {esc(number)}</p>"
                f"<p>Status: <b>{status}</b></p><p class='small'>Invoice Date: {d(issued)} · Original Purchase Order: {po}</p>"
                + f"<p class='small'>Payment Terms: {terms}</p>"
                + (f"<p class='small'>Due Date: {d(due)}</p>" if due else "")
                + (f"<p class='small'>Supplier Number: {supplier_no}</p>" if supplier_no else "")
                + f"</td><td style='width:40%' class='r'><p class='lbl'>{esc(portal)}</p></td></tr></table>"
                "<table style='width:100%;margin-top:6pt'><tr>"
                f"<td style='width:50%' class='blk'>{block('From', vendor.name, vendor.address, tax_id_line)}</td>"
                f"<td style='width:50%' class='blk'>{block('To (Bill To)', customer.name, customer.address)}</td></tr></table>"
                "<table style='width:100%'><tr>"
                + (f"<td style='width:50%' class='blk'>{block('Remit To', vendor.name, remit_to)}</td>" if remit_to else "<td style='width:50%'></td>")
                + f"<td style='width:50%' class='blk'>{block('Ship To', customer.name, ship_to)}</td></tr></table>")
        cols = [Col("No.", "center", "24pt"), Col("Part # / Description"), Col("Type", width="46pt"), Col("Qty", "right", "32pt"), Col("Unit", "center", "30pt"),
                Col("Unit Price", "right", "58pt"), Col("Subtotal", "right", "66pt")]
        tail = ("<table style='width:100%;margin-top:6pt'>"
                f"<tr><td style='width:50%'></td><td style='width:30%'>Sub-total</td><td class='r' style='width:20%'>{m(net)}</td></tr>"
                f"<tr><td></td><td>Total Tax ({tax_label})</td><td class='r'>{m(tax)}</td></tr>"
                f"<tr><td></td><td>Total Gross Amount</td><td class='r'>{m(total)}</td></tr>"
                f"<tr><td></td><td>Total Net Amount</td><td class='r'>{m(total)}</td></tr>"
                f"<tr class='grand'><td></td><td>Amount Due</td><td class='r'>{m(total)}</td></tr></table>")
    sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra", margin=(36, 34, 36, 30),
                          continued=lambda i: f"<p class='b'>Invoice {esc(number)} (continued)</p>", footer=footer)
    return Built(doc=doc, sheet=sheet, template=f"portal_{layout}_{country.lower()}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"po": po, "status": status, "portal": portal})
