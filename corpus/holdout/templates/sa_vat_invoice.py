"""Saudi Arabian (ZATCA) tax invoices, English labels only (the render fonts carry no Arabic).

Three prints: a standard B2B "Tax Invoice" as ZATCA phase 2 solutions print it (seller and buyer blocks
with Building No., street, district, city and postal code, Additional No., VAT Number and CR Number; Issue
Date with time and Date of Supply; "Nature of goods or services / Unit Price / Quantity / Taxable Amount /
Tax Rate / Tax Amount / Item Subtotal (Including VAT)"; Total (Excluding VAT), Discount, Total Taxable
Amount (Excluding VAT), Total VAT, Total Amount Due; the QR code top right); a contractor's / service
firm's tax invoice (PO and contract numbers, payment terms and due date, SA IBAN); and a simplified tax
invoice from a shop's till (80 mm roll, VAT-inclusive prices, mada / Visa payment, QR at the foot).

Truth: tax id = the seller's 15-digit VAT number (starting and ending with 3); the CR number, the buyer's
VAT number and CR, the IBAN, PO and contract numbers and the Date of Supply are decoys. Standard invoices:
net = Total Taxable Amount (Excluding VAT), tax = Total VAT (15 % of it; the per-line tax amounts are
informative), total = Total Amount Due. The simplified invoice is a receipt: customer null (no buyer is
printed), lines VAT-inclusive summing to the total, net = "Total Excl. VAT", tax = "VAT 15%".
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line, line_sum, make_lines, tax_on
from corpus.holdout.components import Col, Theme, esc, lines_html, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eighth import fmt_of, sa_party
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, Box, Sheet, fits
from corpus.holdout.templates._eighth import flowing_sheet

FAMILY = "sa_vat_invoice"
SHOP_ITEMS = [("Arabic coffee 500g", 28, 65), ("Dates Sukkari 1kg box", 35, 90), ("Laban 2L", 8, 12), ("Basmati rice 5kg", 45, 80),
              ("Olive oil 1L", 32, 55), ("Mineral water 12 x 330ml", 9, 16), ("Phone charger USB-C 25W", 49, 120), ("Power bank 10000mAh", 69, 149),
              ("Shampoo 400ml", 14, 32), ("Oud perfume 50ml", 120, 450), ("Notebook A5 (pack of 3)", 12, 25), ("Tea bags 100 pcs", 15, 29)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["standard", "services", "simplified"])
    vendor = sa_party(rng)
    issued = random_date(rng)
    clock = f"{rng.randrange(7, 23):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    style = pick(rng, ["code", "sr", "code_after"])
    fmt = fmt_of("SA", "SAR", number_style="en", symbol={"code": "SAR", "sr": "SR", "code_after": "SAR"}[style],
                 position="pre_space" if style == "code" else "post_space", date_pattern=pick(rng, ["iso", "iso", "dmy_slash", "d_mon_y"]))
    m, num = fmt.money, fmt.num
    number = pick(rng, [f"INV-{rng.randrange(1, 99999):06d}", f"SI-{issued.year}-{rng.randrange(1, 9999):05d}",
                        f"{issued.strftime('%y%m')}{rng.randrange(1000, 9999)}"])
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.5, 9.0), table=pick(rng, ["grid", "header_fill", "rules"]))
    css = theme.css(".ttl{font-size:15pt;font-weight:bold} .blk td{border:0.5pt solid #999;padding:1.5pt 4pt}")
    qr_payload = f"{vendor.name}|{vendor.tax_id}|{issued.isoformat()}T{clock}"

    if layout == "simplified":
        lines = []
        for name, low, high in rng.sample(SHOP_ITEMS, rng.randrange(1, 8)):
            price = money(round(rng.uniform(low, high)) - pick(rng, [0, 0.05, 0.01, 0.5]))
            qty = Decimal(pick(rng, [1, 1, 1, 2, 3, 4]))
            lines.append(Line(name, qty, price, price * qty))
        total = line_sum(lines)
        net = money(total / Decimal("1.15"))
        tax = total - net
        doc = Doc(document_type="receipt", locale="SA", currency="SAR", vendor=vendor, customer=None, invoice_ids=[number],
                  document_date=issued, total=total, net=net, tax=tax, lines=lines, lines_sum_to="total")
        rows = "".join(f"<tr><td colspan='3'>{esc(li.description)}</td></tr><tr><td>{fmt.qty(li.quantity)} x {num(li.unit_price)}</td><td></td>"
                       f"<td class='r'>{num(li.amount)}</td></tr>" for li in lines)
        card = pick(rng, ["mada", "VISA", "Mastercard", "Apple Pay (mada)"])
        html = (f"<div class='c'><p class='b' style='font-size:10pt'>{esc(vendor.name)}</p><p class='small'>{lines_html(vendor.address)}</p>"
                f"<p class='small'>VAT No: {vendor.tax_id}</p><p class='small'>CR No: {vendor.extra['cr']}</p>"
                f"<p class='b' style='margin-top:4pt'>Simplified Tax Invoice</p></div><p class='small'>Invoice No: {esc(number)}<br/>"
                f"Date: {fmt.date(issued)} {clock}<br/>Cashier: {rng.randrange(100, 999)} · POS {rng.randrange(1, 12):02d}</p>"
                f"<table style='width:100%;border-top:0.6pt dashed #000;border-bottom:0.6pt dashed #000'>{rows}</table>"
                f"<table style='width:100%'><tr><td>Total Excl. VAT</td><td class='r'>{m(net)}</td></tr><tr><td>VAT 15%</td><td class='r'>{m(tax)}</td></tr>"
                f"<tr><td class='b'>Total Incl. VAT</td><td class='r b'>{m(total)}</td></tr><tr><td>{card}</td><td class='r'>{m(total)}</td></tr></table>"
                f"<p class='small c'>Card **** {rng.randrange(1000, 9999)} · Approval {rng.randrange(100000, 999999)}</p>"
                f"<p class='small c'>Thank you for shopping with us</p>")
        width = 226.77
        rect_for = None
        for height in (420, 520, 620, 740, 880):
            rect_for = (10, 10, width - 10, height - 110)
            if fits(html, css, rect_for):
                break
        assert rect_for is not None
        qr = Box((width / 2 - 45, height - 100, width / 2 + 45, height - 10), kind="qr", payload=qr_payload)
        sheet = Sheet(width=width, height=height, css=css, pages=[[Box(rect_for, html), qr]])
        return Built(doc=doc, sheet=sheet, template="sa_simplified", notes={"cr": vendor.extra["cr"], "time": clock})

    customer = sa_party(rng)
    lines = make_lines(rng, pick(rng, ["industrial_en", "office_en", "services_en"]), rng.randrange(1, 12))
    net = line_sum(lines)
    tax = tax_on(net, 15)
    total = net + tax
    days = pick(rng, [30, 30, 45, 60, 15])
    services = layout == "services"
    terms = pick(rng, [f"{days} days", f"Net {days}", f"Credit {days} days"]) if services else None
    due = issued + timedelta(days=days)
    supply = issued - timedelta(days=rng.randrange(0, 10))
    customer_id = f"CUST-{rng.randrange(1000, 99999)}" if chance(rng, 0.3) else None
    doc = Doc(document_type="invoice", locale="SA", currency="SAR", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, payment_terms=terms,
              due_date=due if services else None, customer_id=customer_id)
    width, height = A4

    def party_block(title: str, p, with_id: bool) -> str:
        rows = [("Name", esc(p.name)), ("Address", lines_html(p.address)), ("Additional No.", p.extra["additional_no"]), ("VAT Number", p.tax_id), ("CR Number", p.extra["cr"])]
        if with_id:
            rows.append(("Customer No.", esc(customer_id)))
        return (f"<p class='b accent'>{title}</p><table class='blk' style='width:100%'>"
                + "".join(f"<tr><td style='width:72pt'>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>")

    meta = [("Invoice Number", esc(number)), ("Invoice Issue Date", f"{fmt.date(issued)} {clock}"), ("Date of Supply", fmt.date(supply))]
    if services:
        meta += [("PO Number", f"PO-{rng.randrange(10**5, 10**6)}"), ("Contract No.", f"CT/{issued.year}/{rng.randrange(10, 999)}"),
                 ("Payment Terms", esc(terms)), ("Due Date", fmt.date(due))]
    meta_html = "<table class='blk'>" + "".join(f"<tr><td class='b'>{k}</td><td>{v}</td></tr>" for k, v in meta) + "</table>"
    head = (f"<table style='width:100%'><tr><td style='width:78%'><p class='ttl'>Tax Invoice</p><p class='b'>{esc(vendor.name)}</p>"
            f"<p class='small'>VAT Registration Number: {vendor.tax_id}</p>{meta_html}</td><td style='width:22%'></td></tr></table>"
            f"<table style='width:100%;margin-top:8pt'><tr><td style='width:50%'>{party_block('Seller', vendor, False)}</td>"
            f"<td style='width:50%'>{party_block('Buyer', customer, bool(customer_id))}</td></tr></table>")
    cols = [Col("Nature of goods or services", width="30%"), Col("Unit Price", "right", "10%"), Col("Quantity", "right", "8%"),
            Col("Taxable Amount", "right", "13%"), Col("Discount", "right", "8%"), Col("Tax Rate", "right", "7%"),
            Col("Tax Amount", "right", "11%"), Col("Item Subtotal (Including VAT)", "right", "13%")]
    rows = [[esc(li.description), num(li.unit_price), fmt.qty(li.quantity), num(li.amount), num(Decimal(0)), "15%",
             num(tax_on(li.amount, 15)), num(li.amount + tax_on(li.amount, 15))] for li in lines]
    tot = [("Total (Excluding VAT)", m(net), False), ("Discount", m(Decimal("0.00")), False),
           ("Total Taxable Amount (Excluding VAT)", m(net), False), ("Total VAT", m(tax), False), ("Total Amount Due", m(total), True)]
    tail = totals_table(tot, left="45%")
    if services:
        iban = f"SA{rng.randrange(10, 99)} {rng.choice(['8000', '1000', '4500', '6500'])} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}"
        tail += (f"<p style='margin-top:8pt' class='small'><b>Bank details:</b> {pick(rng, ['Al Rajhi Bank', 'Saudi National Bank', 'Riyad Bank', 'SABB'])}"
                 f", IBAN {iban}, Account name {esc(vendor.name)}</p>")
    sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=False,
                          continued=lambda i: f"<p class='b'>Tax Invoice {esc(number)} - page {i + 1}</p>")
    sheet.pages[0].append(Box((width - 42 - 92, 40, width - 42, 132), kind="qr", payload=qr_payload))
    return Built(doc=doc, sheet=sheet, template=f"sa_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"cr": vendor.extra["cr"], "buyer_vat": customer.tax_id, "supply_date": supply.isoformat()})
