"""Nepali VAT invoices from computerised billing software, in English with a Nepali heading, NPR, 2022-2025.

Two prints. `np_tax_invoice` (a letterhead invoice: the seller's name, address and "PAN/VAT No. 601234567", "TAX INVOICE"
with "कर बीजक" under it, "Copy of Original (2)" after the first print; Invoice No. numbered within the fiscal year
("SI-080/81-0123"), Invoice Date in A.D. beside the Miti in B.S. ("2080-12-02"), Fiscal Year 2080/81; Buyer's Name, Address,
Buyer's PAN, Mode of Payment (Cash / Cheque / Credit); S.N. / Particulars / HS Code / Qty / Unit / Rate / Amount; Total,
Discount, Taxable Amount, 13% VAT, Grand Total, the amount in words "Rupees … Paisa Only", often in lakh grouping
"1,23,456.00"; Credit Period and Due Date on credit sales; "Printed by … on …" with the B.S. time; "Prepared by / Checked by /
Authorised Signature"), `np_cbms_invoice` (a compact billing-system print: Bill No., Transaction Date (B.S.) and
Transaction Date (A.D.) in a two-column header, Fiscal Year, Customer and PAN, Particulars / Quantity / Rate / Amount,
Sub Total / Discount / Taxable / VAT 13% / Net Amount, "Bill synchronised with IRD CBMS", terminal and user).

Truth: vendor = the seller with its PAN/VAT No. as the tax id; customer = the buyer (its PAN a decoy); id = the Invoice / Bill
No. as printed (the fiscal year and the B.S. dates are none); date = the A.D. date (the B.S. Miti and the print time are
decoys); net = the Taxable Amount after the discount, tax = 13 % VAT, total = Grand Total / Net Amount; lines at their amounts
before the discount (the discount is the printed adjustment); due date and credit period where printed.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eighteenth import BS_MONTHS, bs_fiscal_year, np_party, to_bs, words_npr
from corpus.holdout.fakes_seventeenth import other_party
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import beside, paged, pts, rows_html
from corpus.holdout.templates._sixteenth import kv_rows

FAMILY = "np_vat_invoice"
D = Decimal
# (description, unit, HS code, low, high)
GOODS = [("Cement OPC 53 Grade (50 kg)", "Bag", "2523.29", 780, 980), ("TMT Bar Fe500 12mm", "Kg", "7214.20", 92, 118), ("GI Pipe 1 inch", "Pcs", "7306.30", 1450, 2200),
         ("Laptop Dell Latitude 3440", "Pcs", "8471.30", 92000, 145000), ("A4 Paper 80 GSM", "Ream", "4802.56", 520, 720), ("LED Bulb 12W", "Pcs", "8539.52", 180, 320),
         ("Electrical Wire 2.5 sq mm (90 m)", "Roll", "8544.49", 3400, 5200), ("Printer Toner 12A", "Pcs", "8443.99", 1800, 3600), ("Office Chair Revolving", "Pcs", "9401.30", 6500, 14500),
         ("Annual Maintenance Contract - Server", "Job", "9987", 25000, 120000), ("Software Development Service", "Hrs", "9983", 1800, 4200),
         ("Transportation Charge Kathmandu - Pokhara", "Trip", "9965", 12000, 28000), ("Mustard Oil 1 Ltr", "Ltr", "1514.91", 260, 360)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["np_tax_invoice", "np_tax_invoice", "np_cbms_invoice"])
    issued = random_date(rng, date(2022, 4, 20), 1050)
    at = datetime(issued.year, issued.month, issued.day, rng.randrange(9, 19), rng.randrange(60), rng.randrange(60))
    vendor = np_party(rng)
    customer = other_party(rng, np_party, vendor)
    buyer_pan = customer.tax_id
    customer.tax_id = None
    count = rng.randrange(1, 8)
    if layout == "np_tax_invoice" and chance(rng, 0.1):
        count = rng.randrange(26, 40)
    lines = []
    seen: dict[str, int] = {}
    for desc, unit, hs, low, high in [pick(rng, GOODS) for _ in range(count)] if count > len(GOODS) else rng.sample(GOODS, count):
        seen[desc] = seen.get(desc, 0) + 1
        text = desc if seen[desc] == 1 else f"{desc} (Lot {seen[desc]})"
        price = money(round(rng.uniform(low, high), 0 if high > 1000 else 2))
        qty = D(pick(rng, [1, 1, 2, 3, 5, 10, 20, 50, 100] if high < 5000 else [1, 1, 2, 3]))
        if unit == "Kg":
            qty = D(pick(rng, [250, 500, 1000, 1250]))
        lines.append(Line(text, qty, price, money(qty * price), unit, hs))
    gross = sum((li.amount for li in lines), D("0.00"))
    discount = money(gross * D(pick(rng, ["0.02", "0.05", "0.1"]))) if chance(rng, 0.3) else D("0.00")
    taxable = gross - discount
    vat = money(taxable * D("0.13"))
    total = taxable + vat
    fy = bs_fiscal_year(issued)
    fy_short = f"{fy[1:4]}-{fy[-2:]}" if chance(rng, 0.5) else fy[2:].replace("/", "-")
    seq = rng.randrange(1, 6000)
    number = pick(rng, [f"SI-{fy_short}-{seq:04d}", f"{seq}", f"INV-{seq:05d}", f"{seq:04d}/{fy[2:]}"])
    credit = chance(rng, 0.4)
    days = pick(rng, [15, 30, 30, 45, 60])
    due = issued + timedelta(days=days) if credit and layout == "np_tax_invoice" and chance(rng, 0.6) else None
    terms = f"{days} days" if credit and layout == "np_tax_invoice" and chance(rng, 0.6) else None
    doc = Doc(document_type="invoice", locale="NP", currency="NPR", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=taxable, tax=vat, lines=lines, due_date=due, payment_terms=terms, lines_adjustment=-discount)
    style = pick(rng, ["in", "in", "en"])

    def n(value: D) -> str:
        return fmt_number(value, style)

    year, month, day = to_bs(issued)
    bs_dash = f"{year}-{month:02d}-{day:02d}" if chance(rng, 0.6) else f"{year}/{month:02d}/{day:02d}"
    bs_long = f"{day} {BS_MONTHS[month - 1]} {year}"
    ad = pick(rng, [issued.isoformat(), issued.strftime("%d/%m/%Y"), issued.strftime("%d-%b-%Y"), issued.strftime("%d-%m-%Y")])
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times", "Helvetica"]), size=(7.8, 8.8), table=pick(rng, ["grid", "rules", "header_fill"]))
    css = theme.css(".t{font-size:15pt;font-weight:bold} .np{font-size:9pt} .tiny{font-size:6.4pt;color:#444}")
    width, height = A4
    W = width - 80
    printed = at + timedelta(minutes=rng.randrange(1, 600))
    copy = pick(rng, ["", "", "Copy of Original (1)", "Copy of Original (2)"])
    bs_shown = bs_dash
    if layout == "np_tax_invoice":
        head_html = (f"<p class='t c' style='color:{theme.accent}'>{esc(vendor.name)}</p><p class='c'>{esc(', '.join(vendor.address))}, Nepal</p>"
                     f"<p class='c'>Phone: {vendor.phone} · {vendor.email}</p><p class='c b'>PAN/VAT No.: {vendor.tax_id}</p>"
                     f"<p class='c b' style='margin-top:8pt;font-size:12pt'>TAX INVOICE</p><p class='c np'>कर बीजक</p>"
                     + (f"<p class='c small'>{copy}</p>" if copy else ""))
        meta = [("Invoice No.", f"<b>{number}</b>"), ("Invoice Date (A.D.)", ad), ("Miti (B.S.)", bs_dash), ("Fiscal Year", fy)]
        if due:
            meta.append(("Due Date", due.isoformat() if ad == issued.isoformat() else due.strftime("%d/%m/%Y")))
        buyer = kv_rows([("Buyer's Name", esc(customer.name)), ("Address", esc(", ".join(customer.address))), ("Buyer's PAN", buyer_pan),
                         ("Mode of Payment", "Credit" if credit else pick(rng, ["Cash", "Cheque", "Bank Transfer"]))]
                        + ([("Credit Period", terms)] if terms else []), (90, W - 330))
        cols = pts(W, 0.06, 0.38, 0.1, 0.08, 0.08, 0.14, 0.16)
        head = ["S.N.", "Particulars", "HS Code", "Qty", "Unit", "Rate", "Amount"]
        rows = [[str(i), esc(li.description), li.code, str(li.quantity), li.unit, n(li.unit_price), n(li.amount)] for i, li in enumerate(lines, 1)]
        totals = [("Total", n(gross))] + ([("Discount", n(discount))] if discount else []) + [("Taxable Amount", n(taxable)), ("13% VAT", n(vat)), ("Grand Total", n(total))]
        closing = (f"<div style='margin-left:{W - 230:.0f}pt'>{rows_html(totals, widths=(140, 90))}</div>"
                   f"<p style='margin-top:4pt'>In Words: {words_npr(total)}</p>"
                   f"<table style='margin-top:26pt;width:{W:.0f}pt'><tr><td>Prepared by: __________</td><td>Checked by: __________</td>"
                   "<td class='r'>Authorised Signature: __________</td></tr></table>")
        first = head_html + beside(buyer, kv_rows(meta, (95, 120)), (W - 220, 220))
        page_head = f"<p class='b'>Tax Invoice {number} (continued)</p>"
    else:
        meta_left = [("Bill No.", f"<b>{number}</b>"), ("Fiscal Year", fy), ("Customer", esc(customer.name)), ("Address", esc(", ".join(customer.address))),
                     ("PAN", buyer_pan)]
        bs_shown = pick(rng, [bs_dash, bs_long])
        meta_right = [("Transaction Date (B.S.)", bs_shown), ("Transaction Date (A.D.)", ad), ("Terminal", f"POS-{rng.randrange(1, 6)}"),
                      ("User", pick(rng, ["admin", "ramesh", "sita.k", "billing01"]))]
        first = (f"<p class='t' style='color:{theme.accent}'>{esc(vendor.name)}</p><p>{esc(', '.join(vendor.address))}</p><p>VAT No.: {vendor.tax_id} · {vendor.phone}</p>"
                 f"<p class='b c' style='margin-top:6pt;font-size:11pt'>TAX INVOICE</p>"
                 + beside(kv_rows(meta_left, (60, W / 2 - 70)), kv_rows(meta_right, (120, W / 2 - 130)), (W / 2, W / 2)))
        cols = pts(W, 0.06, 0.5, 0.12, 0.15, 0.17)
        head = ["#", "Particulars", "Quantity", "Rate", "Amount"]
        rows = [[str(i), esc(li.description), f"{li.quantity} {li.unit}", n(li.unit_price), n(li.amount)] for i, li in enumerate(lines, 1)]
        totals = [("Sub Total", n(gross)), ("Discount", n(discount)), ("Taxable", n(taxable)), ("VAT 13%", n(vat)), ("Net Amount", n(total))]
        closing = (f"<div style='margin-left:{W - 230:.0f}pt'>{rows_html(totals, widths=(140, 90))}</div>"
                   f"<p>Amount in words: {words_npr(total)}</p><p class='tiny' style='margin-top:8pt'>Bill synchronised with IRD CBMS.</p>")
        page_head = f"<p class='b'>Bill {number} (continued)</p>"
    numeric = {3, 5, 6} if layout == "np_tax_invoice" else {2, 3, 4}

    def table(chunk) -> str:
        ths = "".join(f"<th style='width:{w};{'text-align:right' if j in numeric else ''}'>{h}</th>" for j, (h, w) in enumerate(zip(head, cols, strict=True)))
        body = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'r' if j in numeric else ''}'>{c}</td>" for j, (c, w) in enumerate(zip(r, cols, strict=True)))
                       + "</tr>" for r in chunk)
        return f"<table class='items'><tr>{ths}</tr>{body}</table>"

    p_year, p_month, p_day = to_bs(printed.date())
    foot = f"Printed by: {pick(rng, ['admin', 'accounts', 'billing'])} · Printed on: {p_year}-{p_month:02d}-{p_day:02d} {printed.strftime('%H:%M:%S')}"
    sheet = paged(width, height, css, (40.0, 36.0, 40.0, 30.0), rows,
                  lambda chunk, page, last: (first if page == 0 else page_head) + table(chunk) + (closing if last else ""),
                  footer=lambda p, c: f"<p class='tiny'>{foot} · Page {p} of {c}</p>", footer_height=14.0)
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1,
                 notes={"bs": bs_shown, "bs_date": f"{year}-{month:02d}-{day:02d}", "fiscal_year": fy, "buyer_pan": buyer_pan, "discount": float(discount)})
