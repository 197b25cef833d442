"""Exporters' commercial invoices (the invoice that bills the overseas buyer and travels with the shipping documents),
2023-2025, from India, the UK and the US.

Two prints. `ci_grid`: the classic boxed export form: COMMERCIAL INVOICE, Exporter with address (IEC / GSTIN, EORI or
EIN), Invoice No. & Date, Exporter's Ref., Buyer's Order No. & Date, Consignee, Buyer (if other than consignee), Country
of Origin of Goods / Country of Final Destination, Pre-carriage by / Place of Receipt / Vessel/Flight No. / Port of Loading
/ Port of Discharge / Final Destination, Terms of Delivery and Payment (Incoterms 2020 and the payment term), Marks & Nos.
/ No. & Kind of Pkgs. / Description of Goods / HS Code / Quantity / Rate / Amount, Total FOB value, Freight, Insurance,
Total CIF / CFR / CIP value, amount in words, gross and net weights, the declaration "We declare that this invoice shows
the actual price of the goods described and that all particulars are true and correct", the authorised signatory.
`ci_letterhead`: a company letterhead with "COMMERCIAL INVOICE" under it, Sold To / Ship To (Consignee), an info grid
(Invoice No., Invoice Date, Customer PO, Incoterms, Payment Terms, AES ITN / Export Licence, Carrier, AWB / B/L No.),
Item / Description / HS / Schedule B / Country of Origin / Qty / Unit Price / Total, Subtotal / Freight / Insurance /
Invoice Total, "VAT 0% — zero-rated export" on UK prints or the LUT note on Indian ones.

Amounts in USD or EUR (`12,345.60`, `USD 12,345.60`, `€12,345.60`); dates `15/03/2024`, `15-Mar-2024`, `March 15,
2024`.

Truth: an `invoice`; vendor = the exporter with its address (tax id: the GSTIN on Indian prints, the VAT number on UK
prints, null on US prints: IEC, EORI and EIN are decoys or absent), customer = the Buyer where a separate buyer is
printed, else the Consignee (its address as printed; the notify party and ship-to are never it); id = the Invoice No.
(the exporter's ref., proforma, buyer's order, B/L, AWB and ITN are decoys); payment terms = the payment term as printed
("30 days from B/L date", "CAD", "100% T/T in advance", "L/C at sight", "Net 60"), never the Incoterm; no due date. Lines:
the goods rows; the freight and insurance in the totals block are `checks.lines_adjustment`; total = the Total CIF /
CFR / CIP value or Invoice Total; net null unless no freight or insurance is added (then the subtotal); tax 0.00 where
"VAT 0%" is printed, else null.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company
from corpus.holdout.fakes_fourteenth import iec
from corpus.holdout.money import fmt_date, fmt_number, money, words_english
from corpus.holdout.render import A4, LETTER, Box, Sheet
from corpus.holdout.templates._fourteenth import fits_strictly

FAMILY = "export_commercial_invoice"
DOCUMENT_TYPE = "invoice"
D = Decimal
GOODS = {"IN": [("Cotton Knitted T-Shirts, Men's", "6109.10", "PCS", 2.4, 5.8), ("Hand-Tufted Woollen Rugs 160x230 cm", "5702.42", "PCS", 45, 140),
                ("Basmati Rice 1121 Sella, 25 kg bags", "1006.30", "MT", 880, 1250), ("Stainless Steel Kitchen Sinks", "7324.10", "PCS", 28, 75),
                ("Brass Pipe Fittings", "7412.20", "KGS", 6.5, 11.0), ("Leather Wallets", "4202.31", "PCS", 3.8, 9.5),
                ("Turmeric Powder, 500 g pouches", "0910.30", "CTN", 18, 36), ("Auto Brake Pads", "8708.30", "SET", 4.2, 12.0)],
         "GB": [("Single Malt Scotch Whisky 70cl", "2208.30", "BTL", 18, 55), ("Wool Tweed Fabric", "5112.19", "MTR", 14, 32),
                ("Hydraulic Valve Assemblies", "8481.20", "PCS", 120, 460), ("Laboratory Centrifuge", "8421.19", "PCS", 1800, 5200),
                ("Fine Bone China Tea Set", "6911.10", "SET", 42, 120), ("Replacement Pump Impellers", "8413.91", "PCS", 65, 210)],
         "US": [("Soybean Oil, Refined (drums)", "1507.90", "DRUM", 160, 290), ("Printed Circuit Assemblies", "8537.10", "PCS", 35, 190),
                ("Medical Examination Gloves", "4015.12", "CTN", 28, 62), ("Hardwood Lumber, Red Oak 4/4", "4407.91", "MBF", 900, 1600),
                ("Air Compressor Parts", "8414.90", "PCS", 24, 140), ("Almonds, Shelled, 25 lb cartons", "0802.12", "CTN", 55, 95)]}
BUYER_COUNTRIES = {"IN": ["GB", "DE", "NL", "US", "AU"], "GB": ["US", "AU", "CA", "DE", "NL"], "US": ["GB", "DE", "CA", "AU", "NL"]}
COUNTRY_NAMES = {"IN": "India", "GB": "United Kingdom", "US": "United States", "DE": "Germany", "NL": "Netherlands", "AU": "Australia", "CA": "Canada"}
PORTS = {"IN": ["Nhava Sheva", "Mundra", "Chennai", "ICD Tughlakabad"], "GB": ["Felixstowe", "Southampton", "London Heathrow"],
         "US": ["Savannah, GA", "Los Angeles, CA", "Newark, NJ", "Houston, TX"], "DE": ["Hamburg", "Bremerhaven"], "NL": ["Rotterdam"],
         "AU": ["Melbourne", "Sydney"], "CA": ["Vancouver", "Montreal"]}
PAY_TERMS = ["30 days from B/L date", "CAD (Cash Against Documents)", "100% T/T in advance", "L/C at sight", "Net 60", "DP at sight",
             "30% advance, 70% against copy of B/L"]


def build(rng: random.Random) -> Built:
    country = pick(rng, ["IN", "IN", "GB", "US"])
    layout = pick(rng, ["grid", "grid", "letterhead"]) if country == "IN" else pick(rng, ["grid", "letterhead", "letterhead"])
    exporter = make_company(rng, country)
    dest = pick(rng, BUYER_COUNTRIES[country])
    consignee = make_company(rng, dest)
    consignee.tax_id = None
    buyer = make_company(rng, dest) if chance(rng, 0.3) else None
    if buyer:
        buyer.tax_id = None
    customer = buyer or consignee
    if country == "US":
        exporter.extra["ein"] = exporter.tax_id or ""
        exporter.tax_id = None
    issued, _, _ = issue_and_due(rng)
    pattern = pick(rng, {"IN": ["dmy_slash", "dd_mon_yyyy", "dmy_dot"], "GB": ["dmy_slash", "d_month_y"], "US": ["month_d_y", "mdy_slash"]}[country])
    currency = pick(rng, ["USD", "USD", "EUR"]) if country != "US" else "USD"
    sym = {"USD": pick(rng, ["USD ", "US$ ", "$"]), "EUR": pick(rng, ["EUR ", "€"])}[currency]
    number = pick(rng, [f"EXP/{issued.year % 100}-{issued.year % 100 + 1}/{rng.randrange(1, 999):04d}", f"CI-{rng.randrange(10000, 99999)}",
                        f"{rng.randrange(100000, 999999)}", f"EX{issued.year}{rng.randrange(100, 999)}"])
    exporter_ref = f"{pick(rng, ['PI', 'SO', 'JOB'])}-{rng.randrange(1000, 9999)}"
    order = f"{pick(rng, ['PO', 'ORD', ''])}{rng.randrange(10000, 999999)}"
    incoterm = pick(rng, ["CIF", "CIF", "CFR", "CIP", "FOB", "EXW", "DAP"])
    port_from, port_to = pick(rng, PORTS[country]), pick(rng, PORTS[dest])
    lines: list[Line] = []
    for desc, hs, unit, low, high in rng.sample(GOODS[country], rng.randrange(1, 5)):
        price = money(rng.uniform(low, high))
        qty = D(pick(rng, [50, 100, 120, 200, 250, 500, 1000, 24, 12])) if high < 100 else D(pick(rng, [1, 2, 4, 5, 10, 20]))
        lines.append(Line(desc, qty, price, qty * price, unit, hs))
    goods = sum((li.amount for li in lines), D("0.00"))
    freight = money(rng.uniform(350, 4200)) if incoterm in ("CIF", "CFR", "CIP", "DAP") else D("0.00")
    insurance = money(goods * D("0.0011") + 15) if incoterm in ("CIF", "CIP") else D("0.00")
    total = goods + freight + insurance
    extras = freight + insurance
    zero_vat = country == "GB" and layout == "letterhead"
    terms = pick(rng, PAY_TERMS)
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=currency, vendor=exporter, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=goods if not extras and zero_vat else None, tax=D("0.00") if zero_vat else None,
              lines=lines, payment_terms=terms, lines_sum_to="total" if not zero_vat else "net", lines_adjustment=extras)
    if zero_vat and not extras:
        doc.lines_adjustment = D("0.00")

    def d(x) -> str:
        return fmt_date(x, pattern)

    def m(value: D, mark: bool = False) -> str:
        return (sym if mark else "") + fmt_number(value, "en")

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times", "Helvetica"]), size=(7.5, 8.5), table="grid")
    css = theme.css(".bx{border:0.7pt solid #333;padding:3pt} .lb{font-size:6.5pt;color:#333;font-weight:bold} .title{font-size:15pt;font-weight:bold}")
    ids = {"IN": f"IEC: {iec(rng)}<br/>GSTIN: {exporter.tax_id}", "GB": f"VAT Reg. No.: {exporter.tax_id}<br/>EORI: GB{rng.randrange(10**11, 10**12)}",
           "US": f"EIN: {exporter.extra.get('ein', '')}"}[country]
    if country == "US" and not exporter.extra.get("ein"):
        ids = ""

    def party(p) -> str:
        return "<br/>".join(esc(x) for x in [p.name] + p.address)

    weights = f"Gross Wt.: {rng.randrange(200, 24000):,} KGS &#160; Net Wt.: {rng.randrange(150, 22000):,} KGS"
    price_term = f"{incoterm} {port_to}" if incoterm in ("CIF", "CFR", "CIP", "DAP") else f"{incoterm} {port_from}"
    vessel = pick(rng, ["MSC AMALFI V.412W", "MAERSK KOWLOON 318E", "CMA CGM TITAN 0FE3", "EK 0512", "BA 0117", "ONE HARMONY 027W"])
    if layout == "grid":
        cell = "class='bx' style='width:50%'"
        top = (f"<p class='title c'>COMMERCIAL INVOICE</p><table style='width:100%;margin-top:4pt'>"
               f"<tr><td {cell} rowspan='2'><p class='lb'>Exporter</p>{party(exporter)}<br/>{ids}</td>"
               f"<td class='bx'><p class='lb'>Invoice No. &amp; Date</p>{number} &#160; dt. {d(issued)}</td></tr>"
               f"<tr><td class='bx'><p class='lb'>Exporter's Ref.</p>{exporter_ref}<p class='lb'>Buyer's Order No. &amp; Date</p>{order} dt. "
               f"{d(issued - timedelta(days=rng.randrange(20, 60)))}</td></tr>"
               f"<tr><td {cell}><p class='lb'>Consignee</p>{party(consignee)}</td>"
               f"<td class='bx'><p class='lb'>Buyer (if other than consignee)</p>{party(buyer) if buyer else 'SAME AS CONSIGNEE'}</td></tr>"
               f"<tr><td class='bx'><p class='lb'>Country of Origin of Goods</p>{COUNTRY_NAMES[country]}</td>"
               f"<td class='bx'><p class='lb'>Country of Final Destination</p>{COUNTRY_NAMES[dest]}</td></tr>"
               f"<tr><td class='bx'><p class='lb'>Vessel / Flight No. &#160; Port of Loading</p>{vessel} &#160; {port_from}</td>"
               f"<td class='bx'><p class='lb'>Terms of Delivery and Payment</p>{price_term} (Incoterms 2020)<br/>Payment: {esc(terms)}</td></tr>"
               f"<tr><td class='bx'><p class='lb'>Port of Discharge</p>{port_to}</td><td class='bx'><p class='lb'>Final Destination</p>{port_to}</td></tr></table>")
        rows = "".join(f"<tr><td>{'C/NO. 1-' + str(rng.randrange(10, 400)) if i == 0 else ''}</td><td>{esc(li.description)}</td><td>{li.code}</td>"
                       f"<td class='r'>{li.quantity} {li.unit}</td><td class='r'>{m(li.unit_price)}</td><td class='r'>{m(li.amount)}</td></tr>"
                       for i, li in enumerate(lines))
        table = ("<table class='items'><tr><th style='width:14%'>Marks &amp; Nos.</th><th style='width:34%'>Description of Goods</th><th style='width:10%'>HS Code</th>"
                 f"<th style='width:12%;text-align:right'>Quantity</th><th style='width:12%;text-align:right'>Rate ({currency})</th>"
                 f"<th style='width:18%;text-align:right'>Amount ({currency})</th></tr>{rows}</table>")
        totals = [("Total FOB Value", m(goods))]
        if freight:
            totals.append(("Freight", m(freight)))
        if insurance:
            totals.append(("Insurance", m(insurance)))
        if extras:
            totals.append((f"Total {incoterm} Value", m(total, True)))
        else:
            totals[0] = (f"Total {incoterm} Value", m(total, True))
        unit_words = {"USD": ("US Dollars", "Cents"), "EUR": ("Euros", "Cents")}[currency]
        tail = (f"<p style='margin-top:4pt'>Amount Chargeable (in words): {words_english(total, *unit_words)}</p><p>{weights}</p>"
                + ("<p>Supply meant for export under LUT without payment of IGST.</p>" if country == "IN" else "")
                + "<p class='small' style='margin-top:6pt'>Declaration: We declare that this invoice shows the actual price of the goods described and that "
                f"all particulars are true and correct.</p><p class='r' style='margin-top:10pt'>For {esc(exporter.name)}<br/><br/>Authorised Signatory</p>")
        template = "ci_grid"
    else:
        grid = [("Invoice No.", number), ("Invoice Date", d(issued)), ("Customer PO", order), ("Incoterms", price_term), ("Payment Terms", terms),
                ("Carrier", vessel), ("B/L / AWB No.", f"{pick(rng, ['MEDU', 'MAEU', '176-', '125-'])}{rng.randrange(10**7, 10**8)}")]
        if country == "US":
            grid.append(("AES ITN", f"X{issued.year}{rng.randrange(10**9, 10**10)}"))
        top = (f"<table style='width:100%'><tr><td style='width:60%'><p class='b' style='font-size:14pt'>{esc(exporter.name)}</p>"
               + "".join(f"<p>{esc(a)}</p>" for a in exporter.address) + f"<p class='small'>{ids}</p></td>"
               f"<td style='width:40%' class='r'><p class='title'>COMMERCIAL INVOICE</p></td></tr></table>"
               f"<table style='width:100%;margin-top:8pt'><tr><td class='bx' style='width:34%'><p class='lb'>SOLD TO</p>{party(customer)}</td>"
               f"<td class='bx' style='width:33%'><p class='lb'>SHIP TO (CONSIGNEE)</p>{party(consignee)}</td><td class='bx' style='width:33%'>"
               + "".join(f"<p><span class='lb'>{k}:</span> {esc(v)}</p>" for k, v in grid) + "</td></tr></table>")
        rows = "".join(f"<tr><td>{i}</td><td>{esc(li.description)}</td><td>{li.code}</td><td>{COUNTRY_NAMES[country]}</td><td class='r'>{li.quantity}</td>"
                       f"<td class='r'>{m(li.unit_price)}</td><td class='r'>{m(li.amount)}</td></tr>" for i, li in enumerate(lines, 1))
        table = ("<table class='items'><tr><th style='width:5%'>Item</th><th style='width:33%'>Description</th><th style='width:10%'>HS Code</th>"
                 "<th style='width:14%'>Country of Origin</th><th style='width:9%;text-align:right'>Qty</th><th style='width:13%;text-align:right'>Unit Price</th>"
                 f"<th style='width:16%;text-align:right'>Total</th></tr>{rows}</table>")
        totals = [("Subtotal", m(goods))] + ([("Freight", m(freight))] if freight else []) + ([("Insurance", m(insurance))] if insurance else [])
        if zero_vat:
            totals.append(("VAT 0% (zero-rated export)", m(D("0.00"))))
        totals.append(("Invoice Total", m(total, True)))
        tail = (f"<p style='margin-top:6pt'>{weights}</p><p class='small'>These commodities, technology or software were exported from "
                f"{COUNTRY_NAMES[country]} in accordance with the export administration regulations. Diversion contrary to law is prohibited.</p>"
                f"<p style='margin-top:10pt'>I certify that the information on this invoice is true and correct.</p><p>Signature: ______________ &#160; Date: {d(issued)}</p>")
        template = "ci_letterhead"
    totals_html = ("<table style='width:100%;margin-top:4pt'>" + "".join(
        f"<tr><td style='width:56%'></td><td style='width:26%'>{k}</td><td style='width:18%' class='r b'>{v}</td></tr>" for k, v in totals) + "</table>")
    html = top + table + totals_html + tail
    width, height = LETTER if country == "US" else A4
    rect = (32.0, 30.0, width - 32.0, height - 30.0)
    if not fits_strictly(html, css, rect):
        css += " body{font-size:7pt} td{padding:1pt 2pt} table.items td{padding:1.5pt 3pt}"
    if not fits_strictly(html, css, rect):
        raise AssertionError(f"{template}: body does not fit the page")
    sheet = Sheet(width=width, height=height, css=css, pages=[[Box(rect, html)]])
    return Built(doc=doc, sheet=sheet, template=template,
                 notes={"incoterm": incoterm, "order": order, "exporter_ref": exporter_ref, "freight": float(freight), "insurance": float(insurance),
                        "separate_buyer": bool(buyer)})
