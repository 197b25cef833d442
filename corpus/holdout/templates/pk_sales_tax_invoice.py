"""Pakistani sales tax invoice (English), 2023-2025: goods under the Sales Tax Act 1990 and provincial services.

Two prints. `pk_goods`: the form every registered supplier prints under section 23 of the Sales Tax Act — a
centred letterhead, "SALES TAX INVOICE", the supplier's NTN and STRN, the buyer's name, address, NTN / STRN
(or CNIC and "Unregistered" with Further Tax), Invoice No. / Date / Delivery Challan No. / P.O. No. (decoys),
a grid S.No / Description / HS Code / Qty / UoM / Rate / Value Excl. Sales Tax / Sales Tax @18% / Value Incl.
Sales Tax with a Total row, "Further Tax @ 4%" for an unregistered buyer, Total Amount Payable, "Rupees …
Only", the FBR e-invoice / POS number with a QR (decoy) and signature lines. `pk_services`: a services
firm's tax invoice charging Sindh Sales Tax on Services (13 %, 15 % from July 2024) or Punjab Sales Tax on
Services (16 %): Particulars / Amount, "Amount before tax", "SST @ 15%", "Total", "NTN: 1234567-8".

Standard rate 17 % before 16 February 2023 and 18 % after. Amounts `Rs. 1,234,567.00` / `PKR 1,234,567` /
bare numbers with 2 decimals; dates `15-03-2024`, `15/03/2024`, `15-Mar-2024`.

Truth: vendor = the letterhead; tax id = the STRN as printed on the goods invoice (the sales tax
registration the form exists for; the NTN is a decoy), the NTN on the services invoice (where the province
registers the supplier under it and no STRN is printed); the buyer's NTN / STRN / CNIC are decoys. Net = the
total Value Excl. Sales Tax / Amount before tax, tax = the sales tax plus the further tax where printed (all
printed tax lines), total = Total Amount Payable / Total (Inclusive of Sales Tax). Payment terms as printed.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Col, Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twelfth import pk_party
from corpus.holdout.money import fmt_number, money, random_date, words_english
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._eighth import flowing_sheet

FAMILY = "pk_sales_tax_invoice"
DOCUMENT_TYPE = "invoice"
GOODS = [("Cotton Yarn 30/1 Carded", "5205.1200", "KG", 480, 720), ("Polyester Staple Fibre 1.4D", "5503.2000", "KG", 310, 420),
         ("Corrugated Cartons 5-Ply", "4819.1000", "PCS", 55, 180), ("MS Angle 2\" x 2\" x 1/4\"", "7216.2100", "KG", 240, 330),
         ("PVC Pipe 4\" Class B", "3917.2300", "PCS", 1800, 3200), ("Surgical Gloves (Box of 100)", "4015.1100", "BOX", 950, 1800),
         ("Printing Ink Cyan 1 kg", "3215.1100", "KG", 2200, 4200), ("Electric Motor 1.5 kW", "8501.5200", "PCS", 24000, 42000),
         ("LED Panel Light 24W", "9405.1100", "PCS", 1450, 2600), ("Packaging Film BOPP 20 micron", "3920.2000", "KG", 520, 780),
         ("Caustic Soda Flakes", "2815.1100", "KG", 170, 260), ("Ceramic Floor Tiles 60x60", "6907.2100", "SQM", 1400, 2700)]
SERVICES = ["IT support services (monthly retainer)", "Software development - sprint {n}", "Security guard services - {m}", "Advertising campaign - digital",
            "Cargo handling and clearing charges", "Consultancy services - tax advisory", "Janitorial services - {m}", "Equipment rental - generator 250 kVA",
            "Catering services - staff lunch {m}", "Courier services - {m}"]
TERMS = ["30 Days", "Payment within 30 days", "Cash", "Advance Payment", "15 Days Credit", "Against Delivery"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["goods", "goods", "services"])
    vendor, customer = pk_party(rng), pk_party(rng)
    issued = random_date(rng, date(2023, 1, 3), 890)
    unregistered = layout == "goods" and chance(rng, 0.25)
    if layout == "services":
        vendor.tax_id = vendor.extra["ntn"]
    pattern = pick(rng, ["%d-%m-%Y", "%d/%m/%Y", "%d-%b-%Y"])

    def d(x: date) -> str:
        return x.strftime(pattern)

    symbol = pick(rng, ["Rs.", "PKR", ""])

    def m(value: Decimal) -> str:
        return f"{symbol} {fmt_number(value)}".strip()

    number = pick(rng, [f"INV-{issued.year % 100}-{rng.randrange(100, 9999):04d}", f"{rng.randrange(1000, 99999)}", f"STI/{issued.year}/{rng.randrange(10, 999)}"])
    terms = pick(rng, TERMS) if chance(rng, 0.6) else None
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times", "Helvetica"]), size=(7.5, 8.5), table="grid")
    css = theme.css(".ttl{font-size:14pt;font-weight:bold;text-align:center;letter-spacing:1pt} .boxc{border:0.7pt solid #444;padding:3pt 5pt}")
    width, height = A4
    if chance(rng, 0.6):
        vendor.name = vendor.name.upper()      # the letterhead in capitals (kept so in the truth, as printed)
    header = (f"<p class='c b' style='font-size:15pt'>{esc(vendor.name)}</p>"
              f"<p class='c small'>{esc(', '.join(vendor.address))} · Ph: {vendor.phone}</p>")
    if layout == "goods":
        rate_pct = Decimal(17) if issued < date(2023, 2, 16) else Decimal(18)
        count = rng.randrange(1, 6) if chance(rng, 0.8) else rng.randrange(10, 18)
        chosen = rng.sample(GOODS, min(count, len(GOODS)))
        lines, rows = [], []
        st_total = Decimal("0.00")
        for i, (desc, hs, uom, low, high) in enumerate(chosen, 1):
            price = Decimal(round(rng.uniform(low, high))) if high > 500 else money(rng.uniform(low, high))
            qty = Decimal(pick(rng, [10, 25, 50, 100, 200, 500, 1000, 2, 5]) if uom in ("KG", "PCS", "SQM") else pick(rng, [1, 2, 5, 10, 20]))
            value = (qty * price).quantize(Decimal("0.01"))
            st = money(value * rate_pct / 100)
            st_total += st
            lines.append(Line(desc, qty, price.quantize(Decimal("0.01")), value, uom, hs))
            rows.append([str(i), esc(desc), hs, fmt_number(qty, decimals=0), uom, fmt_number(price), fmt_number(value), fmt_number(st), fmt_number(value + st)])
        net = sum((li.amount for li in lines), Decimal("0.00"))
        further = money(net * Decimal(4) / 100) if unregistered else Decimal("0.00")
        tax = st_total + further
        total = net + tax
        doc = Doc(document_type=DOCUMENT_TYPE, locale="PK", currency="PKR", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
                  total=total, net=net, tax=tax, lines=lines, payment_terms=terms)
        buyer_ids = (f"CNIC: {rng.randrange(10000, 99999)}-{rng.randrange(10**6, 10**7)}-{rng.randrange(1, 9)}<br/>Status: Unregistered" if unregistered
                     else f"NTN: {customer.extra['ntn']}<br/>STRN: {customer.extra['strn']}")
        meta = [("Invoice No.", f"<b>{esc(number)}</b>"), ("Date", d(issued))]
        if chance(rng, 0.6):
            meta.append(("Delivery Challan No.", f"DC-{rng.randrange(1000, 9999)}"))
        if chance(rng, 0.6):
            meta.append(("P.O. No.", f"PO-{rng.randrange(10000, 99999)}"))
        if terms:
            meta.append(("Payment Terms", terms))
        head = (header + f"<p class='c small'>NTN: {vendor.extra['ntn']} &#160; &#160; STRN: {vendor.extra['strn']}</p>"
                f"<p class='ttl' style='margin-top:6pt'>SALES TAX INVOICE</p>"
                f"<table style='width:100%;margin-top:6pt'><tr><td style='width:58%' class='boxc'><p class='b'>Buyer's Name &amp; Address</p>"
                f"<p>{esc(customer.name)}<br/>{lines_html(customer.address)}</p><p class='small'>{buyer_ids}</p></td><td style='width:2%'></td>"
                f"<td style='width:40%' class='boxc'><table class='kv'>" + "".join(f"<tr><td class='b'>{k}</td><td>{v}</td></tr>" for k, v in meta) + "</table></td></tr></table>")
        cols = [Col("S.No", "center", "24pt"), Col("Description"), Col("HS Code", width="48pt"), Col("Qty", "right", "36pt"), Col("UoM", "center", "28pt"),
                Col("Rate", "right", "50pt"), Col("Value Excl. Sales Tax", "right", "62pt"), Col(f"Sales Tax @{rate_pct}%", "right", "56pt"),
                Col("Value Incl. Sales Tax", "right", "64pt")]
        total_row = (f"<tr><td colspan='6' class='b r'>Total</td><td class='r b'>{fmt_number(net)}</td><td class='r b'>{fmt_number(st_total)}</td>"
                     f"<td class='r b'>{fmt_number(net + st_total)}</td></tr>")
        sums = []
        if unregistered:
            sums.append(("Further Tax @ 4% (unregistered buyer)", m(further)))
        sums.append(("Total Amount Payable", f"<b>{m(total)}</b>"))
        tail = ("<table style='width:100%;margin-top:4pt'>" + "".join(f"<tr><td style='width:55%'></td><td style='width:27%'>{k}</td><td class='r' style='width:18%'>{v}</td></tr>"
                                                                 for k, v in sums) + "</table>"
                f"<p style='margin-top:4pt'>Amount in words: {words_english(total, 'Rupees', 'Paisa')}</p>"
                + (f"<p class='small' style='margin-top:4pt'>FBR Invoice No: {rng.randrange(10**5, 10**6)}{issued.strftime('%y%m%d')}{rng.randrange(10**8, 10**9)}</p>" if chance(rng, 0.5) else "")
                + "<table style='width:100%;margin-top:26pt'><tr><td style='width:50%' class='c'>______________________<br/>Prepared By</td>"
                  "<td style='width:50%' class='c'>______________________<br/>Authorised Signatory</td></tr></table>")
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, extra_rows=[total_row], zebra=False, margin=(34, 34, 34, 30),
                              continued=lambda i: f"<p class='b'>Sales Tax Invoice {esc(number)} (continued)</p>")
        if chance(rng, 0.4) and len(sheet.pages) == 1:
            sheet.pages[0].append(Box((width - 100, height - 104, width - 40, height - 44), kind="qr", payload=f"{number}{vendor.tax_id}"))
        return Built(doc=doc, sheet=sheet, template="pk_goods", png_scan_ok=len(sheet.pages) == 1, notes={"ntn": vendor.extra["ntn"], "further_tax": str(further)})

    province = pick(rng, ["Sindh", "Punjab"])
    rate_pct = Decimal(16) if province == "Punjab" else (Decimal(15) if issued >= date(2024, 7, 1) else Decimal(13))
    tax_word = "Sindh Sales Tax on Services" if province == "Sindh" else "Punjab Sales Tax on Services"
    short = "SST" if province == "Sindh" else "PST"
    count = rng.randrange(1, 5)
    month = issued.strftime("%B %Y")
    lines = []
    for text in rng.sample(SERVICES, count):
        amount = Decimal(round(rng.uniform(15000, 650000), -2)).quantize(Decimal("0.01"))
        lines.append(Line(text.format(n=rng.randrange(3, 14), m=month), None, None, amount))
    net = sum((li.amount for li in lines), Decimal("0.00"))
    tax = money(net * rate_pct / 100)
    total = net + tax
    doc = Doc(document_type=DOCUMENT_TYPE, locale="PK", currency="PKR", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, payment_terms=terms)
    rows = [[str(i), esc(li.description), fmt_number(li.amount)] for i, li in enumerate(lines, 1)]
    cols = [Col("S.No", "center", "30pt"), Col("Particulars"), Col("Amount (PKR)", "right", "100pt")]
    head = (header + f"<p class='c small'>NTN: {vendor.extra['ntn']} &#160; {short} Registered</p>"
            f"<table style='width:100%;margin-top:10pt'><tr><td style='width:60%'><p class='big b'>TAX INVOICE</p>"
            f"<p style='margin-top:6pt'>To:<br/><b>{esc(customer.name)}</b><br/>{lines_html(customer.address)}<br/><span class='small'>NTN: {customer.extra['ntn']}</span></p></td>"
            f"<td style='width:40%'><table class='kv'><tr><td class='b'>Invoice #</td><td>{esc(number)}</td></tr><tr><td class='b'>Invoice Date</td><td>{d(issued)}</td></tr>"
            + (f"<tr><td class='b'>Terms</td><td>{terms}</td></tr>" if terms else "") + "</table></td></tr></table>")
    tail = ("<table style='width:100%;margin-top:4pt'>"
            f"<tr><td style='width:50%'></td><td style='width:32%'>Amount before tax</td><td class='r' style='width:18%'>{m(net)}</td></tr>"
            f"<tr><td></td><td>{tax_word} @ {rate_pct}%</td><td class='r'>{m(tax)}</td></tr>"
            f"<tr class='grand'><td></td><td>Total (Inclusive of {short})</td><td class='r'>{m(total)}</td></tr></table>"
            f"<p style='margin-top:8pt' class='small'>Please issue cheque / pay order in favour of \"{esc(vendor.name)}\". Income tax will be withheld by the payer "
            f"u/s 153(1)(b) as applicable.</p>")
    sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=False, continued=lambda i: "")
    return Built(doc=doc, sheet=sheet, template="pk_services", png_scan_ok=True, notes={"province": province})
