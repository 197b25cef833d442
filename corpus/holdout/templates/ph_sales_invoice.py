"""Philippine sales invoice in the BIR format: a printed booklet (charge or cash sales) or a CAS computer print.

Booklet: registered name (and "Owned & Operated by" for a sole proprietor), business address, "VAT Reg.
TIN 123-456-789-000" (= tax id), "CHARGE SALES INVOICE" / "CASH SALES INVOICE" with the serial "No.
0012345" (= id), Sold to / Registered Name / TIN (the customer's: a decoy) / Business Address / Date /
Terms / OSCA-PWD ID No., QTY / UNIT / ARTICLES / UNIT PRICE / AMOUNT with VAT-inclusive prices, the
BIR summary (VATable Sales, VAT-Exempt Sales, Zero-Rated Sales, VAT Amount; Total Sales (VAT
Inclusive), Less: VAT, Amount: Net of VAT, Less: SC/PWD Discount, Amount Due, Add: VAT, Less: Withholding
Tax, TOTAL AMOUNT DUE), "Received the above goods in good order and condition", and at the foot the
printer's block (ATP number and date, booklets and serial range, printer's name, TIN, accreditation
number and its dates: decoys). CAS print: computer-generated service invoice with VAT-exclusive rates,
"Total Sales", "12% VAT", "Total Amount Due", an optional creditable withholding line and "Net Amount
Due", and the Permit to Use / Acknowledgment Certificate block.

Truth: vendor = the registered seller (tax id = its TIN as printed, branch code included); customer =
the buyer ("Sold to" / "Registered Name") with its business address; id = the serial number;
net = Amount: Net of VAT / total sales before VAT, tax = VAT Amount (12 %, 0.00 on zero-rated sales),
total = the invoice total including VAT (Total Sales (VAT Inclusive) / Total Amount Due before any
withholding). Creditable withholding tax deducted by the buyer does not reduce the total: the TOTAL
AMOUNT DUE / Net Amount Due after "Less: Withholding Tax" is then a decoy (as for Nigeria's WHT).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, paged_sheet, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_seventh import PH_SURNAMES, ph_fmt, ph_party, ph_tin
from corpus.holdout.money import money
from corpus.holdout.render import A4, Box, Sheet
from corpus.holdout.templates._third import included_tax, lines_from

FAMILY = "ph_sales_invoice"
DOCUMENT_TYPE = "invoice"

V, X = Decimal(12), Decimal(-1)      # X marks VAT-exempt goods
GOODS = [("Portland cement 40kg", "bag", 240, 290, False, V), ("Deformed bar 10mm x 6m", "pc", 160, 230, False, V),
         ("Plywood marine 3/4 x 4 x 8", "sht", 1150, 1650, False, V), ("GI wire #16", "kg", 85, 120, True, V),
         ("Bond paper A4 70gsm", "rm", 210, 290, False, V), ("Printer ink 664 black", "btl", 290, 380, False, V),
         ("LED bulb 9W daylight", "pc", 85, 160, False, V), ("Electrical wire THHN 3.5mm2", "roll", 2800, 4200, False, V),
         ("Well-milled rice 25kg", "sack", 1150, 1450, False, X), ("Fresh eggs (tray of 30)", "tray", 210, 280, False, X),
         ("Textbook - Grade 5 Science", "pc", 380, 650, False, X), ("Paint latex white 4L", "gal", 640, 980, False, V)]
SERVICES = [("Professional services - tax compliance review", "hr", 1800, 4500, True), ("Aircon cleaning and maintenance", "unit", 1200, 2800, False),
            ("Janitorial services for the month", "mo", 28000, 65000, False), ("Software subscription - accounting module", "mo", 4500, 18000, False),
            ("Trucking services Manila - Batangas", "trip", 9500, 22000, False), ("Security services (2 guards)", "mo", 38000, 72000, False)]
TERMS = ["30 days", "COD", "15 days", "Cash", "45 days PDC"]


def _permit_dates(rng: random.Random, issued: date) -> tuple[date, date]:
    atp = issued - timedelta(days=rng.randrange(60, 900))
    accredited = atp - timedelta(days=rng.randrange(200, 1400))
    return atp, accredited


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["booklet_charge", "booklet_cash", "cas_service"])
    half_page = layout == "booklet_cash" and chance(rng, 0.6)     # the cash booklet is often half a sheet
    sole = chance(rng, 0.35) and layout != "cas_service"
    vendor = ph_party(rng, sole_proprietor=sole)
    sole = sole and not any(word in vendor.name for word in ("Corp", "Inc.", "Co."))   # companies have no proprietor line
    customer = ph_party(rng)
    customer_tin = customer.tax_id
    customer.tax_id = None
    fmt = ph_fmt(rng)
    issued, due, days = issue_and_due(rng, (15, 30, 30, 45))
    zero_rated = chance(rng, 0.1)
    wht_rate = Decimal(pick(rng, ["1", "2"])) if layout != "booklet_cash" and chance(rng, 0.4) else None
    if layout == "cas_service":
        services = rng.sample(SERVICES, rng.randrange(1, 4))
        lines = []
        for desc, unit, low, high, fractional in services:
            qty = Decimal(rng.randrange(2, 40)) / 2 if fractional else Decimal(pick(rng, [1, 1, 2]))
            price = money(round(rng.uniform(low, high) / 50) * 50)
            lines.append(Line(desc, qty, price, money(qty * price), unit, tax_rate=Decimal(0) if zero_rated else V))
        net = sum((ln.amount for ln in lines), Decimal("0.00"))
        vatable = Decimal("0.00") if zero_rated else net
        exempt = Decimal("0.00")
        zero = net if zero_rated else Decimal("0.00")
        tax = money(vatable * V / 100)
        total = net + tax
        lines_sum_to = "net"
    else:
        lines = lines_from(rng, GOODS, rng.randrange(2, 6 if half_page else 10), max_qty=20)
        total = sum((ln.amount for ln in lines), Decimal("0.00"))
        vat_incl = sum((ln.amount for ln in lines if ln.tax_rate == V), Decimal("0.00"))
        exempt = sum((ln.amount for ln in lines if ln.tax_rate == X), Decimal("0.00"))
        if zero_rated:
            zero, vatable, tax = vat_incl, Decimal("0.00"), Decimal("0.00")
        else:
            zero = Decimal("0.00")
            tax = included_tax(vat_incl, V)
            vatable = vat_incl - tax
        net = total - tax
        lines_sum_to = "total"
    wht = money(net * wht_rate / 100) if wht_rate else Decimal("0.00")
    terms = pick(rng, TERMS) if layout != "booklet_cash" else pick(rng, ["Cash", None])
    show_due = layout == "cas_service" and chance(rng, 0.6)
    serial_no = f"{rng.randrange(1, 99999):07d}" if layout != "cas_service" else pick(rng, [f"SI-{rng.randrange(10**5, 10**6)}", f"{rng.randrange(10**7, 10**8):010d}"])
    doc = Doc(document_type=DOCUMENT_TYPE, locale="PH", currency="PHP", vendor=vendor, customer=customer, invoice_ids=[serial_no],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, payment_terms=terms,
              due_date=due if show_due else None, lines_sum_to=lines_sum_to)
    atp_date, accredited = _permit_dates(rng, issued)
    printer = f"{pick(rng, PH_SURNAMES)} {pick(rng, ['Printing Press', 'Press & Publishing', 'Printers'])}"
    first = rng.randrange(1, 4000) * 50 + 1

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times", "Helvetica"]), size=(7.5, 9.0),
                       table="grid" if layout != "cas_service" else pick(rng, ["rules", "zebra", "header_fill"]))
    css = theme.css(".cap{font-size:6.5pt;color:#555} .serial{color:#c62828;font-size:13pt;font-weight:bold} "
                    ".bx{width:100%;border-collapse:collapse} .bx td{border:0.6pt solid #333;padding:1.5pt 3pt}")
    m, num = fmt.money, fmt.num
    dash = pick(rng, ["-", "0.00", ""])

    def blank_or(value: Decimal) -> str:
        return num(value) if value else dash

    tin_label = pick(rng, ["VAT Reg. TIN", "VAT REG. TIN:", "TIN (VAT Reg.)"])
    seller = (f"<p class='b c' style='font-size:13pt'>{esc(vendor.name.upper())}</p>"
              + (f"<p class='c small'>Owned &amp; Operated by: {esc(vendor.extra['proprietor'].upper())}</p>" if sole else "")
              + f"<p class='c small'>{esc(', '.join(vendor.address))}<br/>{tin_label} {esc(vendor.tax_id)}<br/>Tel. {esc(vendor.phone)}</p>")
    vendor.name = vendor.name.upper()
    if layout.startswith("booklet"):
        title = "CHARGE SALES INVOICE" if layout == "booklet_charge" else "CASH SALES INVOICE"
        buyer = ("<table class='bx'>"
                 f"<tr><td style='width:65%'><span class='cap'>SOLD TO / Registered Name:</span> {esc(customer.name)}</td>"
                 f"<td style='width:35%'><span class='cap'>Date:</span> {fmt.date(issued)}</td></tr>"
                 f"<tr><td><span class='cap'>TIN:</span> {customer_tin}</td><td><span class='cap'>Terms:</span> {esc(terms or '')}</td></tr>"
                 f"<tr><td colspan='2'><span class='cap'>Business Address:</span> {esc(', '.join(customer.address))}</td></tr>"
                 f"<tr><td><span class='cap'>OSCA / PWD ID No.:</span></td><td><span class='cap'>Signature:</span></td></tr></table>")
        head = (seller + f"<table style='width:100%;margin-top:4pt'><tr><td style='width:60%;font-size:12pt' class='b'>{title}</td>"
                f"<td style='width:40%' class='r'>No. <span class='serial'>{serial_no}</span></td></tr></table>{buyer}")
        cols = [Col("QTY", "center", "10%"), Col("UNIT", "center", "10%"), Col("ARTICLES / DESCRIPTION", width="46%"),
                Col("UNIT PRICE", "right", "16%"), Col("AMOUNT", "right", "18%")]
        rows = [[fmt.qty(ln.quantity), ln.unit, esc(ln.description) + (" (VAT-exempt)" if ln.tax_rate == X else ""), num(ln.unit_price), num(ln.amount)]
                for ln in lines]
        left = ("<table class='bx'>" + "".join(f"<tr><td style='width:60%'>{k}</td><td class='r' style='width:40%'>{v}</td></tr>" for k, v in
                                               [("VATable Sales", blank_or(vatable)), ("VAT-Exempt Sales", blank_or(exempt)),
                                                ("Zero-Rated Sales", blank_or(zero)), ("VAT Amount", num(tax))]) + "</table>")
        right_rows = [("Total Sales (VAT Inclusive)", num(total)), ("Less: VAT", num(tax)), ("Amount: Net of VAT", num(net)),
                      ("Less: SC/PWD Discount", dash), ("Amount Due", num(net)), ("Add: VAT", num(tax)),
                      ("Less: Withholding Tax", num(wht) if wht else dash), ("<b>TOTAL AMOUNT DUE</b>", f"<b>{m(total - wht)}</b>")]
        right = "<table class='bx'>" + "".join(f"<tr><td style='width:60%'>{k}</td><td class='r' style='width:40%'>{v}</td></tr>" for k, v in right_rows) + "</table>"
        tail = (f"<table style='width:100%;margin-top:4pt'><tr><td style='width:45%'>{left}</td><td style='width:55%'>{right}</td></tr></table>"
                "<p class='small' style='margin-top:6pt'>Received the above goods in good order and condition.</p>"
                "<p class='small'>By: ______________________ &#160; Cashier / Authorized Representative</p>"
                f"<p class='tiny' style='margin-top:8pt'>{rng.randrange(20, 100)} Bklts. (50x3) {first:07d}-{first + 2499:07d} &#160; "
                f"BIR Authority to Print No. {rng.randrange(10**2, 10**3)}AU{atp_date.year}{rng.randrange(10**9, 10**10)} "
                f"Date Issued: {atp_date.strftime('%m/%d/%Y')}<br/>{esc(printer)} · {esc(pick(rng, ['Quezon City', 'Makati City', 'Cebu City']))} · "
                f"TIN {ph_tin(rng)} · Printer's Accreditation No. {rng.randrange(10**2, 10**3)}MP{accredited.year}{rng.randrange(10**9, 10**10)} "
                f"Date Issued: {accredited.strftime('%m/%d/%Y')} · Valid until {(accredited + timedelta(days=1825)).strftime('%m/%d/%Y')}<br/>"
                "THIS SALES INVOICE SHALL BE VALID FOR FIVE (5) YEARS FROM THE DATE OF ATP.</p>")
        width, height = (420.0, 595.0) if half_page else A4
        margin = (26, 24, 26, 20) if width < 500 else (40, 34, 40, 26)
    else:
        meta = [("Invoice No.", esc(serial_no)), ("Date", fmt.date(issued))]
        if terms:
            meta.append(("Terms", esc(terms)))
        if show_due:
            meta.append(("Due Date", fmt.date(due)))
        meta.append(("P.O. No.", f"PO-{rng.randrange(1000, 99999)}"))
        head = (f"<table style='width:100%'><tr><td style='width:58%'>{logo(vendor.name, rng, theme.accent)}<p class='b'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}<br/>{tin_label} {esc(vendor.tax_id)}</p></td>"
                f"<td style='width:42%' class='r'><p class='b accent' style='font-size:15pt'>SALES INVOICE</p><table class='kv' style='width:100%'>"
                + "".join(f"<tr><td style='width:45%'>{k}</td><td class='r' style='width:55%'>{v}</td></tr>" for k, v in meta) + "</table></td></tr></table>"
                f"<table class='bx' style='margin-top:6pt'><tr><td style='width:65%'><span class='cap'>Billed to</span><br/><b>{esc(customer.name)}</b><br/>"
                f"{lines_html(customer.address)}</td><td style='width:35%'><span class='cap'>Customer TIN</span><br/>{customer_tin}</td></tr></table>")
        cols = [Col("Description", width="50%"), Col("Qty", "right", "10%"), Col("Unit", "center", "8%"), Col("Unit Price", "right", "15%"),
                Col("Amount", "right", "17%")]
        rows = [[esc(ln.description), fmt.qty(ln.quantity), ln.unit, num(ln.unit_price), num(ln.amount)] for ln in lines]
        summary = [("VATable Sales", num(vatable)), ("VAT-Exempt Sales", num(exempt)), ("Zero-Rated Sales", num(zero)), ("Total Sales", num(net)),
                   ("12% VAT" if not zero_rated else "VAT Amount", num(tax)), ("<b>Total Amount Due</b>", f"<b>{m(total)}</b>")]
        if wht:
            summary += [(f"Less: Withholding Tax ({wht_rate}%)", f"({num(wht)})"), ("Net Amount Due", m(total - wht))]
        tail = ("<table style='width:100%;margin-top:6pt'><tr><td style='width:50%'>"
                + ("<p class='small'>Zero-rated sale to a PEZA-registered enterprise.</p>" if zero_rated else "")
                + "</td><td style='width:50%'><table class='bx'>"
                + "".join(f"<tr><td style='width:62%'>{k}</td><td class='r' style='width:38%'>{v}</td></tr>" for k, v in summary) + "</table></td></tr></table>"
                f"<p class='tiny' style='margin-top:10pt'>Acknowledgment Certificate No. {rng.randrange(10**2, 10**3)}_{rng.randrange(10**6, 10**7)}_"
                f"{rng.randrange(10**4, 10**5)} Date Issued: {accredited.strftime('%B %d, %Y')}<br/>Permit to Use No. FP{atp_date.strftime('%m%Y')}-"
                f"{rng.randrange(100, 999)}-{rng.randrange(10**6, 10**7)}-{rng.randrange(10**4, 10**5):05d} Date Issued: {atp_date.strftime('%m/%d/%Y')}<br/>"
                f"Series: {1:010d} - {9999999999}<br/>THIS DOCUMENT IS SYSTEM GENERATED.</p>")
        width, height = A4
        margin = (40, 34, 40, 26)

    def body(chunk, index, is_last):
        top = head if index == 0 else f"<p class='b'>{esc(vendor.name)} · No. {serial_no} (continued)</p>"
        return top + items_table(cols, chunk, zebra=theme.table == "zebra") + (tail if is_last else "")

    if width < 500:
        sheet = Sheet(width=width, height=height, css=css, pages=[[Box((margin[0], margin[1], width - margin[2], height - margin[3]),
                                                                       body(rows, 0, True))]])
    else:
        sheet = paged_sheet(width, height, css, margin, rows, body)
    return Built(doc=doc, sheet=sheet, template=f"ph_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"customer_tin": customer_tin, "wht": float(wht), "vatable": float(vatable), "exempt": float(exempt), "zero": float(zero), "atp_date": atp_date.isoformat(),
                        "accreditation_date": accredited.isoformat(), "zero_rated": zero_rated})

