"""Invoices made from a design template (Canva- / Word-template style) by small firms and freelancers, 2023-2025.

Two prints, each with colour and font variants. `tpl_sidebar`: a coloured panel down the left with "INVOICE" in large
letters, the invoice number, date and due date as label-over-value pairs, "Invoice to:" with the client's name and
address, and "Payment method" with the bank details; the main column with the business name, the items (Description /
Qty / Price / Total), the totals in a filled box and "Thank you for your business!". `tpl_topband`: a coloured band across
the top with the business name and a large "INVOICE", then three columns of label-over-value (INVOICE NO. / DATE / DUE
DATE, or ISSUED / DUE / AMOUNT DUE), "BILLED TO" and "PAY TO" blocks, the items, a totals box (Subtotal, Discount, Tax /
VAT / GST, TOTAL) and "Terms & conditions: Payment is due within 14 days".

US (USD, sales tax or none), GB (GBP, VAT 20 % with a VAT number, or none for a non-registered sole trader), AU (AUD, GST
10 % with an ABN, "TAX INVOICE"). Dates `15/03/2024`, `March 15, 2024`, `15 March 2024`, `15.03.2024`.

Truth: an `invoice`; vendor = the business as printed (its address where printed; tax id = the ABN / VAT number where
printed), customer = "Invoice to:" / "BILLED TO" with its address; id = the invoice number without the "#" / "No." label
(`0042`, `INV-2024-017`); document date = the date; due date where printed; payment terms = the printed terms sentence
("Payment is due within 14 days") where printed; net = Subtotal where a tax line follows it directly (after a printed
discount, and on untaxed invoices, net is null and the discount and tax are `checks.lines_adjustment`), tax = the tax line,
total = TOTAL / Total Due. The "AMOUNT DUE" hero repeats the total; bank account numbers are decoys.
"""

from __future__ import annotations

import random
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company, person_name
from corpus.holdout.money import fmt_date, fmt_number, money
from corpus.holdout.render import A4, LETTER, Box, Sheet
from corpus.holdout.templates._fourteenth import fits_strictly

FAMILY = "modern_template_invoice"
DOCUMENT_TYPE = "invoice"
D = Decimal
SERVICES = [("Logo design", 250, 900), ("Brand guidelines", 400, 1500), ("Website landing page", 600, 2400), ("Social media content (monthly)", 300, 1200),
            ("Product photography", 40, 120), ("Copywriting", 60, 150), ("Wedding photography package", 1200, 3500), ("Event styling", 350, 1400),
            ("Consultation (hourly)", 60, 180), ("Video editing", 45, 110), ("Printed flyers A5 (500)", 90, 220), ("Illustration", 150, 700),
            ("SEO audit", 300, 950), ("Catering per guest", 25, 70), ("Yoga class pack", 80, 220), ("Home cleaning (hours)", 25, 45)]
PALETTE = ["#1f3b4d", "#c0392b", "#8e6c8a", "#2d6a4f", "#d4a373", "#264653", "#e76f51", "#3d5a80", "#6d597a", "#b5838d"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["sidebar", "topband"])
    country = pick(rng, ["US", "GB", "AU"])
    vendor, customer = make_company(rng, country), make_company(rng, country)
    customer.tax_id = None
    if chance(rng, 0.5):
        vendor.name = pick(rng, [f"{person_name(rng, country)} Design", f"Studio {person_name(rng, country).split()[-1]}",
                                 f"{person_name(rng, country)} Photography", f"{person_name(rng, country).split()[0]} & Co."])
    taxed = country == "AU" or (country == "GB" and chance(rng, 0.55)) or (country == "US" and chance(rng, 0.4))
    if not taxed or country == "US":
        vendor.tax_id = None
    vendor_address = chance(rng, 0.75)
    issued, due, days = issue_and_due(rng, (7, 14, 14, 30))
    show_due = chance(rng, 0.75)
    terms = f"Payment is due within {days} days" if chance(rng, 0.5) else None
    pattern = pick(rng, {"US": ["month_d_y", "mdy_slash"], "GB": ["d_month_y", "dmy_slash", "dmy_dot"], "AU": ["dmy_slash", "d_month_y"]}[country])
    sym = {"US": "$", "GB": "£", "AU": "$"}[country]
    number = pick(rng, [f"{rng.randrange(1, 300):04d}", f"INV-{issued.year}-{rng.randrange(1, 200):03d}", f"{rng.randrange(1000, 9999)}", f"NO-{rng.randrange(10, 999)}"])
    lines: list[Line] = []
    for desc, low, high in rng.sample(SERVICES, rng.randrange(2, 6)):
        price = money(round(rng.uniform(low, high)))
        qty = D(pick(rng, [1, 1, 1, 2, 3, 4, 5, 8, 10]))
        lines.append(Line(desc, qty, price, qty * price))
    subtotal = sum((li.amount for li in lines), D("0.00"))
    discount = money(subtotal * D(pick(rng, ["0.05", "0.1", "0.15"]))) if chance(rng, 0.25) else D("0.00")
    rate = {"AU": D("10"), "GB": D("20"), "US": D(pick(rng, ["6", "7", "8.25", "8.875"]))}[country]
    tax = money((subtotal - discount) * rate / 100) if taxed else None
    total = subtotal - discount + (tax or D("0.00"))
    net = subtotal if taxed and not discount else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency={"US": "USD", "GB": "GBP", "AU": "AUD"}[country], vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=due if show_due else None, payment_terms=terms, vendor_address_printed=vendor_address,
              lines_adjustment=D("0.00") if net is not None else total - subtotal)

    def d(x) -> str:
        return fmt_date(x, pattern)

    def m(value: D) -> str:
        return f"{'-' if value < 0 else ''}{sym}{fmt_number(abs(value), 'en')}"

    accent = pick(rng, PALETTE)
    font = pick(rng, ["Helvetica", "Helvetica", "Times"])
    css = (f"body{{font-family:{font};font-size:9pt;color:#222;margin:0}} p{{margin:0 0 2pt 0}} td{{vertical-align:top;padding:3pt 4pt}}"
           f" table{{border-collapse:collapse}} .r{{text-align:right}} .b{{font-weight:bold}} .lab{{font-size:7pt;letter-spacing:1pt;color:#777}}"
           f" .acc{{color:{accent}}} .huge{{font-size:30pt;font-weight:bold;letter-spacing:2pt}} .it th{{text-align:left;border-bottom:1.2pt solid {accent};"
           f"padding:4pt;font-size:8pt;letter-spacing:1pt}} .it td{{border-bottom:0.4pt solid #ddd}} .tb td{{background:{accent};color:#fff}}")
    tax_name = {"AU": "GST", "GB": "VAT", "US": "Tax"}[country]
    totals = []
    if taxed or discount:
        totals.append(("Subtotal", m(subtotal)))
    if discount:
        totals.append(("Discount", m(-discount)))
    if taxed:
        totals.append((f"{tax_name} ({rate}%)", m(tax)))
    totals_html = "<table style='width:100%'>" + "".join(f"<tr><td>{k}</td><td class='r'>{v}</td></tr>" for k, v in totals) + \
        f"<tr class='tb'><td class='b'>{pick(rng, ['TOTAL', 'Total Due', 'TOTAL DUE'])}</td><td class='r b'>{m(total)}</td></tr></table>"
    items = ("<table class='it' style='width:100%'><tr><th style='width:52%'>DESCRIPTION</th><th style='width:12%'>QTY</th><th style='width:18%'>PRICE</th>"
             "<th style='width:18%'>TOTAL</th></tr>" + "".join(f"<tr><td>{esc(li.description)}</td><td>{li.quantity}</td><td>{m(li.unit_price)}</td>"
                                                               f"<td>{m(li.amount)}</td></tr>" for li in lines) + "</table>")
    bank = {"US": f"Bank: {pick(rng, ['Chase', 'Wells Fargo', 'Bank of America'])}<br/>Routing: {rng.randrange(10**8, 10**9)}<br/>Account: {rng.randrange(10**9, 10**10)}",
            "GB": f"Sort code: {rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}<br/>Account no: {rng.randrange(10**7, 10**8)}",
            "AU": f"BSB: {rng.randrange(100, 999)}-{rng.randrange(100, 999)}<br/>Account: {rng.randrange(10**7, 10**9)}"}[country]
    payment = f"<p class='lab'>PAYMENT METHOD</p><p>Bank transfer<br/>Account name: {esc(vendor.name)}<br/>{bank}</p>"
    tax_line = {"AU": f"ABN {vendor.tax_id}", "GB": f"VAT No. {vendor.tax_id}"}.get(country, "") if vendor.tax_id else ""
    vendor_block = (f"<p class='b' style='font-size:13pt'>{esc(vendor.name)}</p>" + ("".join(f"<p>{esc(a)}</p>" for a in vendor.address) if vendor_address else "")
                    + f"<p>{vendor.email}</p>" + (f"<p>{tax_line}</p>" if tax_line else ""))
    client = "".join(f"<p>{esc(x)}</p>" for x in customer.address)
    title = "TAX INVOICE" if country == "AU" else "INVOICE"
    meta = [("INVOICE NO.", number), ("DATE", d(issued))] + ([("DUE DATE", d(due))] if show_due else [])
    thanks = pick(rng, ["Thank you for your business!", "Thank you!", "We appreciate your business."])
    width, height = LETTER if country == "US" else A4
    if layout == "sidebar":
        side = (f"<p class='huge' style='color:#fff;font-size:{24 if title == 'TAX INVOICE' else 30}pt'>{title}</p>"
                + "".join(f"<p style='color:#eee;font-size:7pt;letter-spacing:1pt;margin-top:10pt'>{k}</p><p style='color:#fff'>{esc(v)}</p>" for k, v in meta)
                + f"<p style='color:#eee;font-size:7pt;letter-spacing:1pt;margin-top:16pt'>INVOICE TO:</p><p class='b' style='color:#fff'>{esc(customer.name)}</p>"
                + "".join(f"<p style='color:#fff'>{esc(x)}</p>" for x in customer.address)
                + f"<div style='color:#fff;margin-top:16pt'>{payment.replace('lab', 'lab2')}</div>")
        side_html = f"<table style='width:100%'><tr><td style='background:{accent};padding:14pt 12pt'>{side}<p style='margin-top:200pt'>&#160;</p></td></tr></table>"
        main = (vendor_block + "<div style='margin-top:24pt'></div>" + items + "<table style='width:100%;margin-top:10pt'><tr><td style='width:45%'></td>"
                f"<td style='width:55%'>{totals_html}</td></tr></table>" + (f"<p style='margin-top:14pt' class='small'>{terms}.</p>" if terms else "")
                + f"<p class='acc b' style='margin-top:18pt;font-size:12pt'>{thanks}</p>")
        boxes = [Box((0.0, 0.0, 200.0, height), side_html), Box((220.0, 40.0, width - 36.0, height - 36.0), main)]
        css += " .lab2{font-size:7pt;letter-spacing:1pt;color:#eee}"
        template = "tpl_sidebar"
    else:
        band = (f"<table style='width:100%'><tr><td style='background:{accent};padding:18pt 36pt;width:60%'><p class='b' style='color:#fff;font-size:15pt'>"
                f"{esc(vendor.name)}</p></td><td style='background:{accent};padding:18pt 36pt;width:40%' class='r'><p class='huge' style='color:#fff'>{title}</p></td></tr></table>")
        cols = "".join(f"<td style='width:33%'><p class='lab'>{k}</p><p class='b'>{esc(v)}</p></td>" for k, v in meta)
        body = (f"<table style='width:100%'><tr>{cols}</tr></table>"
                f"<table style='width:100%;margin-top:14pt'><tr><td style='width:50%'><p class='lab'>BILLED TO</p><p class='b'>{esc(customer.name)}</p>{client}</td>"
                f"<td style='width:50%'><p class='lab'>PAY TO</p>{vendor_block.replace('font-size:13pt', 'font-size:9pt')}</td></tr></table>"
                f"<div style='margin-top:14pt'></div>{items}<table style='width:100%;margin-top:10pt'><tr><td style='width:50%'>{payment}</td>"
                f"<td style='width:50%'>{totals_html}</td></tr></table>"
                + (f"<p class='lab' style='margin-top:14pt'>TERMS &amp; CONDITIONS</p><p>{terms}.</p>" if terms else "")
                + f"<p class='acc b' style='margin-top:14pt'>{thanks}</p>")
        boxes = [Box((0.0, 0.0, width, 80.0), band), Box((36.0, 100.0, width - 36.0, height - 36.0), body)]
        template = "tpl_topband"
    for box in boxes:
        if not fits_strictly(box.html, css, box.rect):
            raise AssertionError(f"{template}: a box does not fit")
    sheet = Sheet(width=width, height=height, css=css, pages=[boxes])
    return Built(doc=doc, sheet=sheet, template=template, notes={"discount": float(discount), "taxed": taxed, "accent": accent})
