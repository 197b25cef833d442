"""Factored invoice: the supplier's invoice whose receivable has been assigned to a factor.

Three prints: a US trucking carrier's freight invoice (MC / USDOT numbers, load and BOL numbers, pick-up
and delivery stops with dates, line haul, fuel surcharge per mile, detention hours, lumper, stop-off)
with a boxed "REMIT PAYMENT TO" the factor's lockbox P.O. box and the notice of assignment; a US
wholesale / apparel manufacturer's invoice (style numbers, customer PO, ship via, merchandise total,
freight, "Pay only to" the factor with its wire details and the assignment legend along the foot); and a
UK invoice under an invoice-discounting agreement (VAT 20 %, "This debt has been assigned to ... and
payment must be made only to" the factor's sort code and account).

Truth: the supplier stays the issuer: vendor = the letterhead company with its address and tax id
(the UK VAT number; US carriers and wholesalers print none); the factor's name, P.O. box, bank
account, ABA / sort code, client number and the notice are decoys. Customer = the bill-to party.
Id = the invoice number (load, BOL, PO and item numbers are decoys). US: no tax, net and tax
null, total = the invoice total / amount due; UK: net, VAT, total as printed.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line, line_sum, make_lines, tax_on
from corpus.holdout.components import Col, Theme, esc, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company
from corpus.holdout.fakes_eighth import aba_routing, fmt_of
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._eighth import flowing_sheet

FAMILY = "factored_invoice"
DOCUMENT_TYPE = "invoice"
FACTORS_US = [("Factor Capital LLC", ["PO Box 734512", "Dallas, TX 75373-4512"]), ("Meridian Commercial Factors, Inc.", ["P.O. Box 88926", "Chicago, IL 60695-1926"]),
              ("TruckPay Funding Corp.", ["PO Box 205154", "Dallas, TX 75320-5154"]), ("Hudson Trade Finance LLC", ["P.O. Box 27712", "New York, NY 10087-7712"]),
              ("Prairie Freight Factoring, LLC", ["PO Box 660831", "Dallas, TX 75266-0831"])]
FACTORS_GB = [("Ashworth Commercial Finance Ltd", ["PO Box 4021", "Leeds", "LS1 9XP"]), ("Sterling Invoice Finance Ltd", ["PO Box 771", "Bristol", "BS99 2ZZ"])]
CARRIERS = ["Red Mesa Trucking LLC", "J&R Freight Lines Inc.", "Lone Oak Transport LLC", "Great Plains Carriers Inc.", "Bluegrass Express LLC"]
CITIES = ["Dallas, TX", "Memphis, TN", "Atlanta, GA", "Joliet, IL", "Laredo, TX", "Columbus, OH", "Ontario, CA", "Harrisburg, PA", "Kansas City, MO"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["trucking", "wholesale", "uk_discounting"])
    uk = layout == "uk_discounting"
    country = "GB" if uk else "US"
    vendor, customer = make_company(rng, country), make_company(rng, country)
    factor_name, factor_addr = pick(rng, FACTORS_GB if uk else FACTORS_US)
    issued = random_date(rng)
    fmt = fmt_of(country, "GBP" if uk else "USD", number_style="en", symbol="£" if uk else "$", position="pre",
                 date_pattern=pick(rng, ["dmy_slash", "d_month_y"]) if uk else pick(rng, ["mdy_slash", "mdy_slash_nopad", "mon_d_y"]))
    m, num = fmt.money, fmt.num
    days = pick(rng, [30, 30, 45, 60] if layout != "trucking" else [15, 30, 30, 45])
    terms = pick(rng, [f"Net {days}", f"Net {days} days", f"{days} days"])
    due = issued + timedelta(days=days)
    number = pick(rng, [f"{rng.randrange(10**4, 10**6)}", f"INV-{rng.randrange(10**4, 10**5)}", f"{issued.strftime('%y%m')}-{rng.randrange(100, 999)}"])
    customer_id = f"{pick(rng, ['C', 'CUST', 'A'])}{rng.randrange(1000, 99999)}" if chance(rng, 0.4) else None
    if layout == "trucking":
        vendor.name = pick(rng, CARRIERS)
        miles = rng.randrange(240, 2200)
        linehaul = money(round(miles * rng.uniform(1.6, 3.1), -1))
        lines = [Line("Line haul", None, None, linehaul)]
        fsc = money(rng.uniform(0.38, 0.68))
        lines.append(Line("Fuel surcharge", Decimal(miles), fsc, money(miles * fsc)))
        if chance(rng, 0.4):
            hours = Decimal(rng.randrange(2, 13)) / 2
            lines.append(Line("Detention", hours, Decimal("75.00"), money(hours * 75)))
        if chance(rng, 0.3):
            lines.append(Line("Lumper fee (receipt attached)", None, None, money(rng.choice([150, 185, 225, 275, 320]))))
        if chance(rng, 0.25):
            lines.append(Line("Stop-off charge", Decimal(1), Decimal("100.00"), Decimal("100.00")))
        net = tax = None
        total = line_sum(lines)
    elif layout == "wholesale":
        lines = make_lines(rng, pick(rng, ["retail_en", "industrial_en"]), rng.randrange(2, 14), codes=True)
        if chance(rng, 0.5):
            lines.append(Line("Freight", None, None, money(rng.uniform(35, 420))))
        net = tax = None
        total = line_sum(lines)
        if chance(rng, 0.3):      # a combined discount term stays the payment terms as printed (as food distributors')
            terms = f"2% 10, Net {days}"
    else:
        lines = make_lines(rng, pick(rng, ["services_en", "industrial_en", "office_en"]), rng.randrange(1, 10))
        net = line_sum(lines)
        tax = tax_on(net, 20)
        total = net + tax
    if not uk:
        vendor.tax_id = None
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, payment_terms=terms,
              due_date=due if chance(rng, 0.7) else None, customer_id=customer_id)
    client_no = f"{rng.randrange(1000, 99999)}"
    if uk:
        bank = f"Sort code {rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}, account {rng.randrange(10**7, 10**8)}"
        notice = (f"This debt has been assigned to {esc(factor_name)} under an invoice discounting agreement. Payment must be made only to "
                  f"{esc(factor_name)}, {bank}, quoting client number {client_no} and our invoice number.")
    else:
        bank = f"ABA {aba_routing(rng)}, account {rng.randrange(10**8, 10**10)}"
        notice = (f"NOTICE OF ASSIGNMENT: This account has been assigned to and is payable only to {esc(factor_name)}. Payment to any other "
                  f"party will not discharge your obligation. Report any claims or disputes to {esc(factor_name)} immediately.")
    remit = (f"<div class='remit'><p class='b'>REMIT PAYMENT TO:</p><p>{esc(factor_name)}</p><p>{lines_html(factor_addr)}</p>"
             f"<p class='small'>Client #{client_no} · ACH / wire: {bank}</p></div>")

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times", "Courier"]), size=(8.0, 9.0))
    css = theme.css(".ttl{font-size:16pt;font-weight:bold} .remit{border:1.6pt solid #000;padding:5pt} .note{border:0.6pt dashed #555;padding:4pt;margin-top:6pt}")
    width, height = A4 if uk else LETTER
    meta = [("Invoice #" if not uk else "Invoice No.", esc(number)), ("Invoice Date", fmt.date(issued)), ("Terms", esc(terms))]
    if doc.due_date:
        meta.append(("Due Date", fmt.date(due)))
    if customer_id:
        meta.append(("Customer #", esc(customer_id)))
    vendor_ids = ""
    if layout == "trucking":
        load, bol = f"{rng.randrange(10**5, 10**7)}", f"{rng.randrange(10**6, 10**8)}"
        meta += [("Load #", load), ("BOL #", bol)]
        vendor_ids = f"<p class='small'>MC# {rng.randrange(100000, 1299999)} · USDOT# {rng.randrange(10**6, 4 * 10**6)}</p>"
        origin, dest = rng.sample(CITIES, 2)
        picked = issued - timedelta(days=rng.randrange(1, 6))
        stops = (f"<table class='note' style='width:100%'><tr><td style='width:50%'><b>Pick-up</b><br/>{origin}<br/>{fmt.date(picked)}</td>"
                 f"<td style='width:50%'><b>Delivery</b><br/>{dest}<br/>{fmt.date(picked + timedelta(days=rng.randrange(1, 4)))}</td></tr></table>")
    elif layout == "wholesale":
        meta += [("Your PO #", f"{rng.randrange(10**5, 10**7)}"), ("Ship Via", pick(rng, ["UPS Ground", "FedEx Freight", "Customer pick-up", "LTL"]))]
        stops = ""
    else:
        vendor_ids = f"<p class='small'>VAT Reg. No. {vendor.tax_id} · Company No. {vendor.extra['company_no']}</p>"
        meta.append(("Your ref.", f"{pick(rng, ['PO', 'REQ'])}{rng.randrange(10**4, 10**6)}"))
        stops = ""
    kv = "<table class='kv'>" + "".join(f"<tr><td class='b' style='width:70pt'>{k}</td><td>{v}</td></tr>" for k, v in meta) + "</table>"
    head = (f"<table style='width:100%'><tr><td style='width:56%'>{logo(vendor.name, rng, theme.accent)}<p class='b' style='font-size:12pt'>{esc(vendor.name)}</p>"
            f"<p class='small'>{lines_html(vendor.address)}</p><p class='small'>{vendor.phone}</p>{vendor_ids}</td>"
            f"<td style='width:44%'><p class='ttl'>INVOICE</p>{kv}</td></tr></table>"
            f"<table style='width:100%;margin-top:8pt'><tr><td style='width:50%'><p class='muted'>Bill To:</p><p class='b'>{esc(customer.name)}</p>"
            f"<p>{lines_html(customer.address)}</p></td><td style='width:50%'>{remit if layout != 'wholesale' else ''}</td></tr></table>{stops}")
    if layout == "trucking":
        cols = [Col("Description", width="52%"), Col("Qty", "right", "14%"), Col("Rate", "right", "16%"), Col("Amount", "right", "18%")]
    else:
        cols = [Col("Item", width="14%"), Col("Description", width="44%"), Col("Qty", "right", "10%"), Col("Price", "right", "14%"), Col("Amount", "right", "18%")]
    rows = []
    for li in lines:
        cells = [esc(li.description), fmt.qty(li.quantity), num(li.unit_price) if li.unit_price is not None else "", num(li.amount)]
        rows.append(cells if layout == "trucking" else [esc(li.code), *cells])
    if uk:
        tot = [("Net total", m(net), False), ("VAT 20%", m(tax), False), ("Total due", m(total), True)]
    elif layout == "trucking":
        tot = [("TOTAL DUE", m(total), True)]
    else:
        tot = [("Invoice Total", m(total), True)]
    tail = totals_table(tot)
    if layout == "wholesale":
        tail += (f"<div class='remit' style='margin-top:8pt'><p class='b'>PAY ONLY TO: {esc(factor_name)}, {esc(', '.join(factor_addr))}</p>"
                 f"<p class='small'>Wire: {bank} · Client #{client_no}</p></div>")
    tail += f"<p class='note small'>{notice}</p>"
    sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                          continued=lambda i: f"<p class='b'>Invoice {esc(number)} (continued)</p>")
    return Built(doc=doc, sheet=sheet, template=f"factored_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"factor": factor_name, "factor_address": ", ".join(factor_addr), "client_no": client_no})
