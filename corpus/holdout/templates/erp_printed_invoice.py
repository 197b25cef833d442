"""Invoices printed from mid-market ERPs (NetSuite-, Dynamics 365 Business Central- and Oracle-like standard forms) by US
and UK companies, 2023-2025.

Three prints. `erp_netsuite`: logo and company address top left, "Invoice" right-aligned with a boxed Date / Invoice #
grid under it, Bill To and Ship To boxes, the strip P.O. # / Terms / Due Date / Rep / Ship Via / Project, Item (SKU) /
Description / Qty / Rate / Amount, then Subtotal / Shipping / Tax (rate) / Total / Payments / Balance Due (or Amount
Due), and the remit-to footer. `erp_dynamics`: company block top right, "Sales - Invoice 103045" as the title, the
customer address left and label: value rows (Customer No., Your Reference, Document Date, Due Date, Payment Terms,
Shipment Method, Salesperson, Order No.), No. / Description / Quantity / Unit of Measure / Unit Price Excl. VAT / VAT % /
Line Amount Excl. VAT, "Total GBP Excl. VAT" / "VAT Amount" / "Total GBP Incl. VAT", VAT Amount Specification, bank details
in the footer. `erp_oracle`: "INVOICE" in a box with Transaction Number / Transaction Date / Bill-To Customer Number /
Purchase Order / Terms / Due Date, Bill To / Ship To, Line / Item / Description / UOM / Quantity / Unit Price / Extended
Amount, Total Lines / Freight / Tax / Total Invoice, "Balance Due" after a prepayment, Remit To block.

US: USD, sales tax on taxable lines; GB: GBP, VAT 20 % with the VAT registration number. Dates `03/15/2024`,
`15/03/2024`, `15-Mar-2024`, `Mar 15, 2024`.

Truth: an `invoice`; vendor = the issuing company with its address (tax id: the VAT Registration No. on GB prints, the
EIN "Federal Tax ID" where a US print shows it, else null), customer = Bill To (Ship To is never it), customer_id =
Customer No. / Bill-To Customer Number where printed; id = Invoice # / the number in the title / Transaction Number;
payment terms = Terms as printed, due date = Due Date. Net = Subtotal / Total Lines / Total Excl. VAT when no shipping or
freight is charged between it and the tax (otherwise null, the freight and tax being `checks.lines_adjustment`); tax =
Tax / VAT Amount; total = Total / Total Invoice / Total Incl. VAT. Payments, Balance Due / Amount Due after a payment,
P.O., sales order, project, rep and the remit-to address are decoys.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc, logo
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import address, make_company
from corpus.holdout.money import fmt_date, fmt_number, money
from corpus.holdout.render import A4, LETTER, Box, Sheet
from corpus.holdout.templates._fourteenth import fits_strictly

FAMILY = "erp_printed_invoice"
DOCUMENT_TYPE = "invoice"
D = Decimal
PRODUCTS = [("Industrial Shelving Unit 72\"", 180, 420), ("Pallet Jack 5500 lb", 290, 520), ("Safety Gloves Nitrile (box 100)", 9, 18),
            ("LED High Bay Fixture 150W", 95, 210), ("Hydraulic Fitting Kit", 45, 130), ("Thermal Labels 4x6 (roll)", 6, 14),
            ("Barcode Scanner Wireless", 140, 320), ("Stretch Wrap 18\" x 1500'", 16, 32), ("Implementation Services (hours)", 125, 195),
            ("Annual Support Plan", 900, 4800), ("Replacement Filter Cartridge", 22, 65), ("Stainless Work Table 60\"", 260, 540),
            ("Steel Toe Boots", 70, 140), ("Forklift Battery Charger", 850, 1900), ("Conveyor Roller 24\"", 18, 42), ("Training Session (on site)", 450, 1200)]
TERMS = [("Net 30", 30), ("Net 45", 45), ("Net 60", 60), ("Net 15", 15), ("2% 10 Net 30", 30), ("Due on receipt", 0), ("30 Days EOM", 45)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["netsuite", "netsuite", "dynamics", "oracle"])
    country = pick(rng, ["US", "US", "GB"]) if layout != "dynamics" else pick(rng, ["GB", "GB", "US"])
    vendor, customer = make_company(rng, country), make_company(rng, country)
    if country == "US" and not chance(rng, 0.35):
        vendor.tax_id = None
    customer.tax_id = None
    ship_to = address(rng, country) if chance(rng, 0.6) else None
    issued, due, _ = issue_and_due(rng)
    terms, days = pick(rng, TERMS)
    due = issued + timedelta(days=days)
    pattern = pick(rng, {"US": ["mdy_slash", "mon_d_y", "mdy_slash_nopad"], "GB": ["dmy_slash", "dd_mon_yyyy", "d_mon_y"]}[country])
    currency = "USD" if country == "US" else "GBP"
    sym = "$" if country == "US" else "£"
    number = pick(rng, [f"INV{rng.randrange(10000, 99999)}", f"{rng.randrange(100000, 999999)}", f"SI-{rng.randrange(100000, 999999)}",
                        f"PSI{rng.randrange(1000000, 9999999)}", f"{rng.randrange(10**7, 10**8)}"])
    customer_no = pick(rng, [f"C{rng.randrange(10000, 99999)}", f"{rng.randrange(10000, 99999)}", f"CUST-{rng.randrange(1000, 9999)}", None])
    po = pick(rng, [f"PO{rng.randrange(100000, 999999)}", f"{rng.randrange(4500000000, 4599999999)}", f"{customer.name.split()[0][:3].upper()}-{rng.randrange(1000, 9999)}"])
    lines: list[Line] = []
    taxable: list[bool] = []
    for desc, low, high in rng.sample(PRODUCTS, rng.randrange(2, 9)):
        price = money(rng.uniform(low, high))
        qty = D(pick(rng, [1, 1, 2, 3, 4, 5, 6, 10, 12, 20, 24]))
        lines.append(Line(desc, qty, price, qty * price, code=f"{pick(rng, ['SKU-', 'IT', '', 'PRD'])}{rng.randrange(10000, 99999)}"))
        taxable.append("Services" not in desc and "Plan" not in desc and "Training" not in desc or country == "GB")
    goods = sum((li.amount for li in lines), D("0.00"))
    rate = D("20") if country == "GB" else D(pick(rng, ["6", "6.25", "7", "8.25", "8.875", "9.5"]))
    shipping = money(rng.uniform(25, 480)) if layout != "dynamics" and chance(rng, 0.45) else None
    base = sum((li.amount for li, t in zip(lines, taxable, strict=True) if t), D("0.00")) + (shipping if shipping and country == "GB" else D("0.00"))
    tax = money(base * rate / 100)
    total = goods + (shipping or D("0.00")) + tax
    paid = money(total * D(pick(rng, ["0.25", "0.5", "0.3"]))) if chance(rng, 0.25) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=currency, vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=goods if shipping is None else None, tax=tax, lines=lines, due_date=due, payment_terms=terms,
              customer_id=customer_no, lines_adjustment=D("0.00") if shipping is None else shipping + tax)

    def d(x) -> str:
        return fmt_date(x, pattern)

    def m(value: D, mark: bool = False) -> str:
        return (f"{sym}" if mark else "") + fmt_number(value, "en")

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.0), table=pick(rng, ["grid", "header_fill", "rules", "boxed"]))
    css = theme.css(".bx{border:0.7pt solid #777} .lb{font-size:7pt;color:#444;font-weight:bold} .title{font-size:22pt;font-weight:bold}")
    width, height = LETTER if country == "US" else A4
    rep = pick(rng, ["JSmith", "M. Patel", "House Account", "K. O'Neil", "R. Alvarez"])
    via = pick(rng, ["UPS Ground", "FedEx 2Day", "Customer Pickup", "LTL Freight", "DHL Parcel", "Royal Mail Tracked"])
    vat_line = f"VAT Registration No. {vendor.tax_id}" if country == "GB" else (f"Federal Tax ID: {vendor.tax_id}" if vendor.tax_id else "")
    ship_html = "".join(f"{esc(x)}<br/>" for x in ([customer.name] + ship_to)) if ship_to else "Same as Bill To"
    bill_html = "<br/>".join(esc(x) for x in [customer.name] + customer.address)
    tax_label = f"Tax ({rate}%)" if country == "US" else f"VAT ({rate}%)"
    if layout == "netsuite":
        grid = [("Date", d(issued)), ("Invoice #", number)]
        head = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(vendor.name, rng, theme.accent)}<p class='b' style='margin-top:4pt'>{esc(vendor.name)}</p>"
                + "".join(f"<p>{esc(a)}</p>" for a in vendor.address) + (f"<p>{vat_line}</p>" if vat_line else "") + "</td>"
                "<td style='width:45%'><p class='title r'>Invoice</p><table style='width:100%;margin-top:4pt'><tr>"
                + "".join(f"<td class='bx lb c'>{k}</td>" for k, _ in grid) + "</tr><tr>" + "".join(f"<td class='bx c'>{v}</td>" for _, v in grid)
                + "</tr></table></td></tr></table>")
        parties = (f"<table style='width:100%;margin-top:10pt'><tr><td class='bx' style='width:48%'><p class='lb'>Bill To</p>{bill_html}</td><td style='width:4%'></td>"
                   f"<td class='bx' style='width:48%'><p class='lb'>Ship To</p>{ship_html}</td></tr></table>")
        strip = [("P.O. #", po), ("Terms", terms), ("Due Date", d(due)), ("Rep", rep), ("Ship Via", via)] + ([("Customer #", customer_no)] if customer_no else [])
        strip_html = ("<table style='width:100%;margin-top:8pt'><tr>" + "".join(f"<td class='bx lb c'>{k}</td>" for k, _ in strip) + "</tr><tr>"
                      + "".join(f"<td class='bx c'>{esc(v)}</td>" for _, v in strip) + "</tr></table>")
        rows = "".join(f"<tr><td>{li.code}</td><td>{esc(li.description)}</td><td class='r'>{li.quantity}</td><td class='r'>{m(li.unit_price)}</td>"
                       f"<td class='r'>{m(li.amount)}</td></tr>" for li in lines)
        table = ("<table class='items'><tr><th style='width:14%'>Item</th><th style='width:44%'>Description</th><th style='width:10%;text-align:right'>Qty</th>"
                 f"<th style='width:14%;text-align:right'>Rate</th><th style='width:18%;text-align:right'>Amount</th></tr>{rows}</table>")
        totals = [("Subtotal", m(goods))] + ([("Shipping", m(shipping))] if shipping else []) + [(tax_label, m(tax)), ("Total", m(total, True))]
        if paid:
            totals += [("Payments/Credits", f"-{m(paid, True)}"), (pick(rng, ["Balance Due", "Amount Due"]), m(total - paid, True))]
        foot = f"<p class='small' style='margin-top:14pt'>Remit to: {esc(vendor.name)}, " + ", ".join(esc(a) for a in address(rng, country)) + "</p>"
        html = head + parties + strip_html + table
        template = "erp_netsuite"
    elif layout == "dynamics":
        meta = ([("Customer No.", customer_no)] if customer_no else []) + [("Your Reference", po), ("Document Date", d(issued)), ("Due Date", d(due)),
                                                                           ("Payment Terms", terms), ("Shipment Method", via), ("Salesperson", rep),
                                                                           ("Order No.", f"S-ORD{rng.randrange(100000, 999999)}")]
        head = ("<table style='width:100%'><tr><td style='width:55%'></td><td style='width:45%' class='r'>"
                f"<p class='b'>{esc(vendor.name)}</p>" + "".join(f"<p>{esc(a)}</p>" for a in vendor.address) + f"<p>{vendor.phone}</p>"
                + (f"<p>{vat_line}</p>" if vat_line else "") + "</td></tr></table>"
                f"<p class='title' style='font-size:16pt;margin-top:8pt'>Sales - Invoice {number}</p>"
                f"<table style='width:100%;margin-top:8pt'><tr><td style='width:50%'>{bill_html}</td><td style='width:50%'>"
                + "".join(f"<table style='width:100%'><tr><td style='width:45%'>{k}</td><td>{esc(v)}</td></tr></table>" for k, v in meta) + "</td></tr></table>")
        vat_col = "VAT %" if country == "GB" else "Tax %"
        rows = "".join(f"<tr><td>{li.code}</td><td>{esc(li.description)}</td><td class='r'>{li.quantity}</td><td>{pick(rng, ['PCS', 'EA', 'BOX'])}</td>"
                       f"<td class='r'>{m(li.unit_price)}</td><td class='r'>{rate if t else 0}</td><td class='r'>{m(li.amount)}</td></tr>"
                       for li, t in zip(lines, taxable, strict=True))
        table = ("<table class='items'><tr><th style='width:11%'>No.</th><th style='width:35%'>Description</th><th style='width:9%;text-align:right'>Quantity</th>"
                 f"<th style='width:9%'>Unit of Measure</th><th style='width:13%;text-align:right'>Unit Price Excl. VAT</th><th style='width:7%;text-align:right'>{vat_col}</th>"
                 f"<th style='width:16%;text-align:right'>Line Amount Excl. VAT</th></tr>{rows}</table>")
        totals = [(f"Total {currency} Excl. VAT", m(goods)), ("VAT Amount" if country == "GB" else "Tax Amount", m(tax)), (f"Total {currency} Incl. VAT", m(total))]
        html = head + table
        foot = (f"<p class='small' style='margin-top:14pt'>VAT Amount Specification: {rate}% on {m(base)} = {m(tax)}</p>" if country == "GB" else "")
        foot += f"<p class='small'>{esc(vendor.name)} · {vendor.phone} · {vendor.email}</p>"
        template = "erp_dynamics"
    else:
        meta = [("Transaction Number", number), ("Transaction Date", d(issued))] + ([("Bill-To Customer Number", customer_no)] if customer_no else []) + \
            [("Purchase Order", po), ("Terms", terms), ("Due Date", d(due))]
        head = (f"<table style='width:100%'><tr><td style='width:55%'><p class='b' style='font-size:13pt'>{esc(vendor.name)}</p>"
                + "".join(f"<p>{esc(a)}</p>" for a in vendor.address) + (f"<p>{vat_line}</p>" if vat_line else "") + "</td>"
                "<td style='width:45%' class='bx'><p class='title c'>INVOICE</p>"
                + "".join(f"<table style='width:100%'><tr><td style='width:55%' class='lb'>{k}</td><td>{esc(v)}</td></tr></table>" for k, v in meta)
                + "</td></tr></table>"
                f"<table style='width:100%;margin-top:10pt'><tr><td style='width:50%'><p class='lb'>BILL TO:</p>{bill_html}</td>"
                f"<td style='width:50%'><p class='lb'>SHIP TO:</p>{ship_html}</td></tr></table>")
        rows = "".join(f"<tr><td>{i}</td><td>{li.code}</td><td>{esc(li.description)}</td><td>EA</td><td class='r'>{li.quantity}</td><td class='r'>{m(li.unit_price)}</td>"
                       f"<td class='r'>{m(li.amount)}</td></tr>" for i, li in enumerate(lines, 1))
        table = ("<table class='items'><tr><th style='width:6%'>Line</th><th style='width:12%'>Item</th><th style='width:38%'>Description</th><th style='width:6%'>UOM</th>"
                 "<th style='width:9%;text-align:right'>Quantity</th><th style='width:13%;text-align:right'>Unit Price</th>"
                 f"<th style='width:16%;text-align:right'>Extended Amount</th></tr>{rows}</table>")
        totals = [("Total Lines", m(goods))] + ([("Freight", m(shipping))] if shipping else []) + [("Tax", m(tax)), ("Total Invoice", m(total, True))]
        if paid:
            totals += [("Prepayment Applied", f"({m(paid)})"), ("Balance Due", m(total - paid, True))]
        remit = address(rng, country)
        foot = (f"<table style='width:100%;margin-top:14pt'><tr><td class='bx' style='width:50%'><p class='lb'>REMIT TO:</p>{esc(vendor.name)}<br/>"
                + "<br/>".join(esc(a) for a in remit) + f"</td><td style='width:50%' class='small'>Please reference invoice {number} with your payment.</td></tr></table>")
        html = head + table
        template = "erp_oracle"
    totals_html = ("<table style='width:100%;margin-top:6pt'>" + "".join(
        f"<tr><td style='width:60%'></td><td style='width:22%' class='{'b' if k.startswith('Total') else ''}'>{k}</td>"
        f"<td style='width:18%' class='r {'b' if k.startswith('Total') else ''}'>{v}</td></tr>" for k, v in totals) + "</table>")
    html += totals_html + foot
    margin = 36.0
    rect = (margin, margin, width - margin, height - margin)
    if not fits_strictly(html, css, rect):
        raise AssertionError(f"{template}: body does not fit the page")
    sheet = Sheet(width=width, height=height, css=css, pages=[[Box(rect, html)]])
    return Built(doc=doc, sheet=sheet, template=template,
                 notes={"po": po, "paid": float(paid) if paid else None, "shipping": float(shipping) if shipping else None})
