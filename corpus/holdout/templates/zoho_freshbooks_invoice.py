"""Small-business invoices from online accounting apps (Zoho Invoice-, FreshBooks- and Sage Business Cloud-like prints),
US, GB, IN and AU, 2023-2025.

Three prints. `zoho_standard`: the organisation's name and address top left, "TAX INVOICE" / "INVOICE" top right with
"# INV-000123" and "Balance Due" with the amount under it, "Bill To" left and a right-aligned grid Invoice Date : /
Terms : / Due Date : / P.O.# :, a dark-headed table # / Item & Description (a grey sub-description under some items) /
(HSN/SAC) / Qty / Rate / Amount, then Sub Total, "Discount(5%)" "(-) 12.50", the tax lines ("VAT (20%)", "GST (10%)",
"CGST9 (9%)" + "SGST9 (9%)", "IGST18 (18%)", "Sales Tax (8.25%)"), Total, "Payment Made (-) 500.00", Balance Due; Notes
and Terms & Conditions; India adds "Place Of Supply" and "Total In Words"; long orders run over pages. `freshbooks`:
business name and contact block right, "Billed To" left, Date of Issue / Due Date / Invoice Number / Reference, a large
"Amount Due (USD)", Description / Rate / Qty / Line Total, Subtotal / Discount / the tax / Total / Amount Paid / Amount
Due (USD). `sage_business` (GB): INVOICE, Invoice To and Deliver To, Invoice Date / Invoice Number (SI-…) / Customer
Reference / Due Date, Description / Qty/Hrs / Price/Rate / VAT % / Net with a discount as a negative row, Total Net /
Total VAT / Total, Amount Paid / Outstanding, the company-registration and bank footer.

Truth: an `invoice`; vendor = the organisation (tax id: GB VAT number, AU ABN, IN GSTIN where printed, else null),
customer = Bill To / Billed To / Invoice To (Deliver To, the customer's GSTIN and "Place Of Supply" are decoys); id =
the invoice number without "#"; document date = Invoice Date / Date of Issue; due date = Due Date; payment terms = Zoho's
Terms (`Net 30`, `Due on Receipt`, …) or Sage's Terms as printed. Total = Total (Payment Made / Amount Paid and Balance
Due / Amount Due after them are decoys); net = Sub Total / Subtotal / Total Net when the tax follows it directly (a
discount row in the totals makes net null, the gap being `checks.lines_adjustment`); tax = the tax line, or CGST + SGST
summed (printed only without a discount, so that net is printed beside them).
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.components import rate as pct_text
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import address, make_company
from corpus.holdout.money import fmt_date, fmt_number, money, random_date, words_indian
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._fifteenth import beside, paged, priced_lines, pts, rows_html

FAMILY = "zoho_freshbooks_invoice"
DOCUMENT_TYPE = "invoice"
D = Decimal
POOL_EN = [("Website maintenance (monthly)", "mo", 150, 900), ("Consulting hours", "hrs", 60, 180), ("Logo and brand refresh", "ea", 400, 1800),
           ("Social media management", "mo", 300, 1200), ("Copywriting - product pages", "ea", 80, 350), ("Wireless router installation", "ea", 90, 240),
           ("Printer toner cartridge", "ea", 45, 120), ("Bookkeeping services", "hrs", 35, 90), ("Photography session", "ea", 250, 900),
           ("Cloud backup subscription", "ea", 15, 60), ("On-site IT support", "hrs", 70, 150), ("Custom T-shirts (printed)", "ea", 8, 22),
           ("Event catering per head", "ea", 18, 55), ("Ergonomic office chair", "ea", 180, 450), ("Training workshop", "ea", 450, 1500),
           ("Domain renewal", "ea", 12, 40), ("SEO audit report", "ea", 300, 950), ("Video editing", "hrs", 40, 110), ("Flyer printing (500)", "ea", 60, 180)]
POOL_IN = [("Web application development", "998314", 1500, 3500), ("Annual maintenance contract", "998713", 12000, 60000),
           ("LED panel 18W", "9405", 350, 780), ("Corrugated boxes 5 ply", "4819", 22, 60), ("Digital marketing services", "998361", 8000, 40000),
           ("Office chair - mesh back", "9401", 3200, 7800), ("Printer cartridge 88A", "8443", 650, 1900), ("Consulting fees", "998311", 2500, 9000),
           ("Network cabling (per point)", "998719", 450, 1200), ("Stainless steel water bottle", "7323", 220, 540)]
TERMS = [("Net 15", 15), ("Net 30", 30), ("Net 30", 30), ("Net 45", 45), ("Due on Receipt", 0), ("Due end of the month", None), ("Net 60", 60)]
ZOHO_NOTES = ["Thanks for your business.", "Thank you for the payment. You just made our day.", "Looking forward for your business."]
IN_STATES = [("Maharashtra", "27"), ("Karnataka", "29"), ("Tamil Nadu", "33"), ("Gujarat", "24"), ("Delhi", "07"), ("Telangana", "36"), ("West Bengal", "19")]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["zoho", "zoho", "freshbooks", "sage"])
    country = "GB" if layout == "sage" else pick(rng, ["US", "GB", "IN", "AU"] if layout == "zoho" else ["US", "GB", "AU", "US"])
    vendor, customer = make_company(rng, country), make_company(rng, country)
    customer_gstin = customer.tax_id
    customer.tax_id = None
    registered = country in ("IN", "AU") or (country == "GB" and (layout == "sage" or chance(rng, 0.7)))
    if not registered or country == "US":
        vendor.tax_id = None
    taxed = registered or (country == "US" and chance(rng, 0.6))
    issued = random_date(rng)
    term_text, days = pick(rng, TERMS)
    if layout == "sage":
        days = pick(rng, [14, 30, 30, 60])
    if days is None:
        nxt = (issued.replace(day=28) + timedelta(days=4))
        due = nxt - timedelta(days=nxt.day)
    else:
        due = issued + timedelta(days=days)
    pattern = pick(rng, {"US": ["d_mon_y", "mdy_slash", "mon_d_y"], "GB": ["d_mon_y", "dmy_slash"], "IN": ["d_mon_y", "dmy_slash", "dmy_dash"],
                         "AU": ["dmy_slash", "d_mon_y"]}[country])
    currency = {"US": "USD", "GB": "GBP", "IN": "INR", "AU": "AUD"}[country]
    sym = {"US": "$", "GB": "£", "IN": pick(rng, ["₹", "Rs."]), "AU": "$"}[country]
    style = "in" if country == "IN" else "en"

    def d(x) -> str:
        return fmt_date(x, pattern)

    def n(value: D) -> str:
        return fmt_number(value, style)

    def m(value: D) -> str:
        return f"{'-' if value < 0 else ''}{sym}{fmt_number(abs(value), style)}"

    long_order = layout == "zoho" and chance(rng, 0.2)
    pool = POOL_IN if country == "IN" else POOL_EN
    count = rng.randrange(24, 40) if long_order else rng.randrange(1, 7)
    lines = priced_lines(rng, pool, min(count, len(pool)), quantities=(1, 1, 1, 2, 3, 4, 5, 6, 10, 12))
    if long_order:
        extra = []
        for i in range(count - len(lines)):
            base = lines[i % len(lines)]
            qty = D(pick(rng, [1, 2, 3, 4, 5, 8]))
            price = money(base.unit_price * D(pick(rng, ["0.9", "1.1", "1.25", "0.75"])))
            extra.append(Line(f"{base.description} - batch {i + 2}", qty, price, money(qty * price), base.unit))
        lines += extra
    hsn = {li.description: li.unit for li in lines} if country == "IN" else {}
    discount_line = None
    if layout == "sage" and chance(rng, 0.3):
        sub = sum((li.amount for li in lines), D("0.00"))
        pct = pick(rng, [5, 10])
        discount_line = Line(f"Discount {pct}%", None, None, -money(sub * pct / 100))
        lines.append(discount_line)
    subtotal = sum((li.amount for li in lines), D("0.00"))
    intra = country == "IN" and chance(rng, 0.6)
    discount = D("0.00")
    if layout in ("zoho", "freshbooks") and chance(rng, 0.3) and not intra:
        pct = D(pick(rng, ["5", "10", "2.5", "15"]))
        discount = money(subtotal * pct / 100)
    else:
        pct = D("0")
    rate = {"US": D(pick(rng, ["6", "7", "7.25", "8.25", "8.875"])), "GB": D("20"), "AU": D("10"),
            "IN": D(pick(rng, ["18", "18", "12", "5"]))}[country]
    tax_rows: list[tuple[str, D]] = []
    if taxed:
        base = subtotal - discount
        if country == "IN" and intra:
            half = rate / 2
            c = money(base * half / 100)
            tax_rows = [(f"CGST{pct_text(half)} ({pct_text(half)}%)", c), (f"SGST{pct_text(half)} ({pct_text(half)}%)", c)]
        else:
            name = {"US": "Sales Tax", "GB": "VAT", "AU": "GST", "IN": "IGST" + pct_text(rate)}[country]
            tax_rows = [(f"{name} ({pct_text(rate)}%)", money(base * rate / 100))]
    tax = sum((v for _k, v in tax_rows), D("0.00")) if taxed else None
    total = subtotal - discount + (tax or D("0.00"))
    net = subtotal if not discount else None
    paid = money(total * D(pick(rng, ["0.25", "0.5", "0.3"]))) if chance(rng, 0.25) else None
    balance = total - (paid or D("0.00"))
    prefix = {"zoho": pick(rng, ["INV-", "INV-", "INV/", ""]), "freshbooks": "", "sage": "SI-"}[layout]
    number = {"zoho": f"{prefix}{rng.randrange(1, 4000):06d}", "freshbooks": f"{rng.randrange(1, 900):07d}",
              "sage": f"SI-{rng.randrange(1, 3000)}"}[layout]
    show_terms = layout == "zoho" or (layout == "sage" and chance(rng, 0.5))
    terms = (term_text if layout == "zoho" else f"{days} days") if show_terms else None
    show_due = layout != "zoho" or chance(rng, 0.85)
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=currency, vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due if show_due else None, payment_terms=terms,
              lines_adjustment=D("0.00") if net is not None else total - subtotal)
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.0),
                       table={"zoho": "zebra", "freshbooks": "rules", "sage": pick(rng, ["grid", "header_fill"])}[layout])
    css = theme.css(".t{font-size:20pt} .due{font-size:14pt;font-weight:bold} .sub{color:#777;font-size:7pt} .lab{color:#777}"
                    " .box{border:0.6pt solid #999;padding:4pt}")
    width, height = LETTER if country == "US" else A4
    W = width - {"zoho": 80, "freshbooks": 96, "sage": 84}[layout]
    vendor_lines = "".join(f"<p>{esc(x)}</p>" for x in vendor.address)
    tax_label = {"GB": "VAT Reg No", "AU": "ABN", "IN": "GSTIN"}.get(country, "")
    vendor_tax = f"<p>{tax_label} {vendor.tax_id}</p>" if vendor.tax_id else ""
    bill = f"<p class='b'>{esc(customer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in customer.address)
    if country == "IN" and chance(rng, 0.7):
        bill += f"<p>GSTIN {customer_gstin}</p>"
    totals: list[tuple[str, str]] = []
    if layout == "zoho":
        title = "TAX INVOICE" if country in ("GB", "AU", "IN") and taxed else "INVOICE"
        totals.append(("Sub Total", n(subtotal)))
        if discount:
            totals.append((f"Discount({pct_text(pct)}%)", f"(-) {n(discount)}"))
        totals += [(k, n(v)) for k, v in tax_rows]
        totals.append(("<b>Total</b>", f"<b>{m(total)}</b>"))
        if paid:
            totals.append(("Payment Made", f"<span style='color:#c0392b'>(-) {n(paid)}</span>"))
        totals.append(("<b>Balance Due</b>", f"<b>{m(balance)}</b>"))
        meta = [("Invoice Date :", d(issued)), ("Terms :", term_text)] + ([("Due Date :", d(due))] if show_due else [])
        if chance(rng, 0.5):
            meta.append(("P.O.# :", f"PO-{rng.randrange(1000, 99999)}"))
        if country == "IN":
            state, code = pick(rng, IN_STATES) if not intra else (vendor.extra.get("state", "Maharashtra"), vendor.extra.get("state_code", "27"))
            meta.append(("Place Of Supply :", f"{state} ({code})"))
        w1, w2 = W * 0.55, W * 0.45
        head = (beside(f"<p class='b' style='font-size:12pt'>{esc(vendor.name)}</p>{vendor_lines}<p>{vendor.phone}</p><p>{vendor.email}</p>{vendor_tax}",
                       f"<div class='r'><p class='t'>{title}</p><p class='b'># {esc(number)}</p><p class='lab' style='margin-top:8pt'>Balance Due</p>"
                       f"<p class='due'>{m(balance)}</p></div>", (w1, w2))
                + "<div style='margin-top:10pt'></div>"
                + beside(f"<p class='lab'>Bill To</p>{bill}", f"<table style='width:{w2}pt'>" + "".join(
                    f"<tr><td class='r lab' style='width:{w2 * 0.55 - 6:.1f}pt'>{k}</td><td class='r' style='width:{w2 * 0.45 - 6:.1f}pt'>{v}</td></tr>" for k, v in meta)
                    + "</table>", (w1, w2)))
        cols = ["#", "Item &amp; Description"] + (["HSN/SAC"] if country == "IN" else []) + ["Qty", "Rate", "Amount"]
        widths = pts(W, 5, 45, 12, 10, 14, 14) if country == "IN" else pts(W, 5, 49, 12, 17, 17)
        sub_desc = {li.description: pick(rng, ["Includes setup and testing", "As per quote", "Monthly plan", "Delivered on site", ""])
                    for li in lines if chance(rng, 0.3)}
        rows = []
        for i, li in enumerate(lines, 1):
            desc = esc(li.description) + (f"<br/><span class='sub'>{esc(sub_desc[li.description])}</span>" if sub_desc.get(li.description) else "")
            cells = [str(i), desc] + ([hsn[li.description]] if country == "IN" else []) + [f"{li.quantity}" + (f" {li.unit}" if li.unit in ("hrs", "mo") else ""),
                                                                                          n(li.unit_price), n(li.amount)]
            alt = " class='alt'" if i % 2 == 0 else ""
            rows.append(f"<tr{alt}>" + "".join(f"<td style='width:{w};text-align:{'right' if j >= len(cells) - 3 else 'left'}'>{c}</td>"
                                               for j, (c, w) in enumerate(zip(cells, widths, strict=True))) + "</tr>")
        th = "<tr>" + "".join(f"<th style='width:{w};text-align:{'right' if j >= len(cols) - 3 else 'left'}'>{c}</th>"
                              for j, (c, w) in enumerate(zip(cols, widths, strict=True))) + "</tr>"
        tail = ("<div style='margin-top:6pt'></div>" + beside(
                    (f"<p class='lab'>Total In Words</p><p><i>{words_indian(total)}</i></p>" if country == "IN" else "")
                    + f"<p class='lab' style='margin-top:6pt'>Notes</p><p>{pick(rng, ZOHO_NOTES)}</p>",
                    rows_html(totals, strong_last=False, widths=(W * 0.27, W * 0.18)), (W * 0.55, W * 0.45))
                + f"<p class='lab' style='margin-top:8pt'>Terms &amp; Conditions</p><p class='small'>{pick(rng, ['Please pay within the due date to avoid late fees.', 'All payments to be made by bank transfer.', 'Goods once sold will not be taken back.'])}</p>")

        def body(chunk, index, is_last):
            top = head if index == 0 else f"<p class='b'>{esc(vendor.name)} - # {esc(number)} (continued)</p>"
            return top + f"<table class='items'>{th}{''.join(chunk)}</table>" + (tail if is_last else "")

        sheet = paged(width, height, css, (40, 36, 40, 30), rows, body, footer=lambda p, c: f"<p class='tiny r muted'>{p}</p>", footer_height=10)
        template = "zoho_standard"
    elif layout == "freshbooks":
        tax_name = {"US": "Tax", "GB": "VAT", "AU": "GST"}[country]
        totals.append(("Subtotal", n(subtotal)))
        if discount:
            totals.append(("Discount", f"-{n(discount)}"))
        if taxed:
            totals.append((f"{tax_name} ({pct_text(rate)}%)", n(tax)))
        totals.append(("<b>Total</b>", f"<b>{n(total)}</b>"))
        totals.append(("Amount Paid", f"{n(paid or D('0.00'))}"))
        totals.append((f"<b>Amount Due ({currency})</b>", f"<b>{m(balance)}</b>"))
        ref = f"PO {rng.randrange(100, 9999)}" if chance(rng, 0.4) else None
        meta = [("Date of Issue", d(issued)), ("Due Date", d(due)), ("Invoice Number", number)] + ([("Reference", ref)] if ref else [])
        head = (beside(f"<p class='t' style='color:{theme.accent}'>Invoice</p>",
                       f"<div class='r'><p class='b'>{esc(vendor.name)}</p>{vendor_lines}<p>{vendor.phone}</p><p>{vendor.email}</p>{vendor_tax}</div>", (W * 0.5, W * 0.5))
                + "<div style='margin-top:12pt'></div>"
                + f"<table><tr><td style='width:{W * 0.32 - 6:.1f}pt'><p class='lab'>Billed To</p>{bill}</td><td style='width:{W * 0.3 - 6:.1f}pt'>"
                + "".join(f"<p class='lab'>{k}</p><p>{esc(v)}</p>" for k, v in meta)
                + f"</td><td style='width:{W * 0.38 - 6:.1f}pt' class='r'><p class='lab'>Amount Due ({currency})</p>"
                f"<p style='font-size:22pt;color:{theme.accent}'>{m(balance)}</p></td></tr></table>")
        cw = pts(W, 52, 16, 12, 20)
        rows = [f"<tr><td style='width:{cw[0]}'>{esc(li.description)}</td><td style='width:{cw[1]};text-align:right'>{m(li.unit_price)}</td>"
                f"<td style='width:{cw[2]};text-align:right'>{li.quantity}</td><td style='width:{cw[3]};text-align:right'>{m(li.amount)}</td></tr>" for li in lines]
        th = (f"<tr><th style='width:{cw[0]}'>Description</th><th style='width:{cw[1]};text-align:right'>Rate</th>"
              f"<th style='width:{cw[2]};text-align:right'>Qty</th><th style='width:{cw[3]};text-align:right'>Line Total</th></tr>")
        html = (head + f"<table class='items' style='margin-top:14pt'>{th}{''.join(rows)}</table>"
                + "<div style='margin-top:8pt'></div>" + beside("", rows_html(totals, strong_last=False, widths=(W * 0.3, W * 0.2)), (W * 0.5, W * 0.5))
                + f"<p class='lab' style='margin-top:16pt'>Notes</p><p>{pick(rng, ['Thank you for your business!', 'It was great doing business with you.', 'Payment by bank transfer please.'])}</p>")
        sheet = paged(width, height, css, (48, 44, 48, 36), [html], lambda chunk, _i, _last: "".join(chunk))
        template = "freshbooks"
    else:
        ship = address(rng, country) if chance(rng, 0.5) else None
        cust_ref = f"{pick(rng, ['PO', 'ORD', ''])}{rng.randrange(1000, 99999)}"
        totals = [("Total Net", n(net)), ("Total VAT", n(tax)), ("<b>TOTAL</b>", f"<b>{m(total)}</b>")]
        if paid:
            totals += [("Amount Paid", n(paid)), ("<b>Outstanding</b>", f"<b>{m(balance)}</b>")]
        meta = [("Invoice Date", d(issued)), ("Invoice Number", number), ("Customer Reference", cust_ref), ("Due Date", d(due))]
        if terms:
            meta.append(("Terms", terms))
        deliver = ("<p class='lab'>Deliver To</p>" + "".join(f"<p>{esc(x)}</p>" for x in ship)) if ship else ""
        head = (beside(f"<p class='b' style='font-size:13pt;color:{theme.accent}'>{esc(vendor.name)}</p>{vendor_lines}<p>Tel: {vendor.phone}</p><p>{vendor.email}</p>",
                       "<p class='t b r'>INVOICE</p>", (W * 0.6, W * 0.4))
                + f"<table style='margin-top:10pt'><tr><td style='width:{W * 0.32 - 6:.1f}pt'><p class='lab'>Invoice To</p>{bill}</td>"
                f"<td style='width:{W * 0.26 - 6:.1f}pt'>{deliver}</td><td style='width:{W * 0.42 - 6:.1f}pt'><table class='box'>"
                + "".join(f"<tr><td class='b' style='width:{W * 0.2 - 12:.1f}pt'>{k}</td><td class='r' style='width:{W * 0.22 - 20:.1f}pt'>{esc(v)}</td></tr>" for k, v in meta)
                + "</table></td></tr></table>")
        cw = pts(W, 50, 11, 14, 10, 15)

        def cell(text: str, k: int, right: bool = True) -> str:
            return f"<td style='width:{cw[k]};text-align:{'right' if right else 'left'}'>{text}</td>"

        rows = ["<tr>" + cell(esc(li.description), 0, False) + cell("" if li.quantity is None else str(li.quantity), 1)
                + cell("" if li.unit_price is None else n(li.unit_price), 2) + cell("20.00", 3) + cell(n(li.amount), 4) + "</tr>" for li in lines]
        th = "<tr>" + "".join(f"<th style='width:{w};text-align:{'left' if k == 0 else 'right'}'>{t}</th>"
                              for k, (t, w) in enumerate(zip(["Description", "Qty/Hrs", "Price/Rate", "VAT %", "Net"], cw, strict=True))) + "</tr>"
        company_no = vendor.extra.get("company_no", "01234567")
        bank = (f"Bank: {pick(rng, ['Barclays', 'HSBC', 'NatWest', 'Lloyds', 'Starling'])}<br/>Sort Code: {rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}"
                f"<br/>Account No: {rng.randrange(10**7, 10**8)}")
        html = (head + f"<table class='items' style='margin-top:12pt'>{th}{''.join(rows)}</table>"
                + "<div style='margin-top:8pt'></div>"
                + beside(f"<p class='small'>{bank}</p><p class='small'>Please quote {esc(number)} with your payment.</p>",
                         rows_html(totals, strong_last=False, widths=(W * 0.27, W * 0.18)), (W * 0.55, W * 0.45))
                + f"<p class='tiny muted' style='margin-top:18pt'>Registered in England and Wales. Company No. {company_no}. VAT Registration No. {vendor.tax_id}.</p>")
        sheet = paged(width, height, css, (42, 40, 42, 34), [html], lambda chunk, _i, _last: "".join(chunk))
        template = "sage_business"
    return Built(doc=doc, sheet=sheet, template=template, png_scan_ok=len(sheet.pages) == 1,
                 notes={"paid": float(paid) if paid else None, "balance": float(balance), "discount": float(discount),
                        "customer_gstin": customer_gstin if country == "IN" else None})
