"""Nigerian invoice: corporate supplier letterhead, professional-services invoice, small-business invoice.

Amounts with ₦, "NGN" or a plain "N" before them; VAT 7.5 % (some supplies exempt, flagged); the
supplier's TIN (`12345678-0001`; the truth's tax id) beside its RC number (CAC registration, a decoy)
and sometimes the customer's TIN (a decoy); withholding tax printed after the invoice total as a
negative line ("Less: WHT @ 5%", "WHT 10% (deductible at source)") and a "Net Amount Payable" after it
(a decoy); "Total Amount Due"; amount in words ("Naira … and … Kobo Only"); bank details with a
10-digit NUBAN account number (decoy), sort code; LPO / PO numbers (decoys).

Truth: total = the invoice total incl. VAT (as for the Italian ritenuta: the amount after withholding
is not the total); tax = the VAT; net = the subtotal / amount before VAT.
"""

from __future__ import annotations

import random
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, paged_sheet, pick
from corpus.holdout.catalog import Line, totals_by_rate
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_sixth import NG_BANKS, ng_company, ng_fmt, ng_person, nuban
from corpus.holdout.money import money, words_english
from corpus.holdout.render import A4
from corpus.holdout.templates._third import lines_from

FAMILY = "ng_invoice"
DOCUMENT_TYPE = "invoice"

V, X = Decimal("7.5"), Decimal(0)
GOODS = [("Diesel (AGO) supply - litres", "Ltr", 950, 1450, False, V), ("HP ProBook 450 G9 laptop", "Unit", 650000, 1150000, False, V),
         ("Toner cartridge 85A", "Pcs", 28000, 55000, False, V), ("Office chair, executive", "Pcs", 85000, 240000, False, V),
         ("Cement Dangote 42.5R 50kg", "Bag", 7500, 11500, False, V), ("Inverter battery 200Ah", "Pcs", 240000, 420000, False, V),
         ("A4 paper (carton)", "Ctn", 22000, 38000, False, V), ("Bottled water 75cl (pack)", "Pack", 1800, 3200, False, V),
         ("Rice 50kg bag (exempt)", "Bag", 65000, 92000, False, X), ("Solar panel 450W mono", "Pcs", 150000, 260000, False, V),
         ("Safety helmet with chin strap", "Pcs", 6500, 14000, False, V)]
SERVICES = [("Professional fees - audit of financial statements", 1500000, 12000000), ("Consultancy services - ERP implementation", 2500000, 18000000),
            ("Facility management services for the month", 450000, 3200000), ("Legal retainer fee", 750000, 4500000),
            ("Installation and commissioning", 250000, 1900000), ("Training workshop (3 days)", 600000, 2800000),
            ("Logistics and haulage - Lagos to Abuja", 350000, 1600000), ("Security services - 6 guards", 540000, 1800000)]


def build(rng: random.Random) -> Built:
    vendor = ng_company(rng)
    customer = ng_company(rng)
    fmt = ng_fmt(rng)
    layout = pick(rng, ["corporate", "services", "sme"])
    issued, due, days = issue_and_due(rng, (7, 14, 30, 30, 60))
    if layout == "services":
        chosen = rng.sample(SERVICES, rng.randrange(1, 4))
        lines = [Line(desc, None, None, money(round(rng.uniform(low, high), -3)), tax_rate=V) for desc, low, high in chosen]
    else:
        lines = lines_from(rng, GOODS, rng.randrange(2, 12 if layout == "corporate" else 6), max_qty=12, whole_prices=True)
        for line in lines:
            if line.unit == "Ltr":
                line.quantity = Decimal(rng.randrange(10, 66)) * 100
                line.amount = (line.quantity * line.unit_price).quantize(Decimal("0.01"))
    _rates, bases, taxes, net, tax, total = totals_by_rate(lines)
    wht_rate = Decimal(pick(rng, [5, 10] if layout == "services" else [5, 2])) if chance(rng, 0.6 if layout == "services" else 0.25) else None
    wht = money(net * wht_rate / 100) if wht_rate else None
    number = pick(rng, [f"INV/{issued.year}/{rng.randrange(1, 9999):04d}", f"{rng.randrange(1000, 99999)}",
                        f"SI-{rng.randrange(10000, 99999)}", f"{vendor.name[:3].upper()}/{issued.strftime('%m')}/{rng.randrange(100, 999)}"])
    terms_mode = pick(rng, ["due", "terms", "none", "both"])
    terms = pick(rng, [f"{days} days", f"Net {days}", "Payment on delivery", f"Within {days} days of receipt"]) \
        if terms_mode in ("terms", "both") else None
    customer_id = f"{pick(rng, ['CUS', 'C/', 'ACC-'])}{rng.randrange(100, 9999)}" if chance(rng, 0.3) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale="NG", currency="NGN", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=due if terms_mode in ("due", "both") else None, payment_terms=terms, customer_id=customer_id)

    theme = Theme.pick(rng, size=(8.0, 9.5), table={"corporate": pick(rng, ["grid", "header_fill"]), "services": pick(rng, ["rules", "minimal"]),
                                                     "sme": pick(rng, ["grid", "boxed", "zebra"])}[layout])
    css = theme.css(".ttl{font-size:18pt;font-weight:bold;letter-spacing:1pt} .cap{font-size:7pt;color:#666}")
    width, height = A4
    num, money_ = fmt.num, fmt.money
    tin_label = pick(rng, ["TIN", "TIN:", "Tax ID (TIN):", "FIRS TIN"])
    rc = pick(rng, [f"RC {vendor.extra['rc']}", f"RC: {vendor.extra['rc']}", f"RC No. {vendor.extra['rc']}"])
    cust_tin = f"<br/>TIN: {esc(customer.tax_id)}" if chance(rng, 0.35) else ""
    bank, code = pick(rng, NG_BANKS)
    account = nuban(rng, code)
    bank_html = (f"<p class='small'><b>{pick(rng, ['Payment details', 'Bank details', 'Please pay into'])}</b><br/>Account Name: {esc(vendor.name)}<br/>"
                 f"Bank: {bank}<br/>Account No: {account}" + (f"<br/>Sort code: {code}{rng.randrange(100000, 999999)}" if chance(rng, 0.4) else "") + "</p>")
    naira = words_english(total, unit="Naira", cents="Kobo")
    lpo = f"{pick(rng, ['LPO', 'PO', 'LPO No.'])} {rng.randrange(1000, 99999)}"
    vat_label = pick(rng, ["VAT (7.5%)", "VAT @ 7.5%", "Add: VAT 7.5%"])
    totals = [(pick(rng, ["Subtotal", "Sub-Total", "Amount before VAT"]), num(net), False), (vat_label, num(tax), False)]
    if wht:
        totals.append((pick(rng, ["Invoice Total", "Total (VAT inclusive)", "Total"]), money_(total), True))
        totals += [(pick(rng, [f"Less: WHT @ {wht_rate}%", f"WHT {wht_rate}% (deductible at source)", f"Less WHT ({wht_rate}%)"]), f"-{num(wht)}", False),
                   (pick(rng, ["Net Amount Payable", "Net Payable after WHT"]), money_(total - wht), False)]
    else:
        totals.append((pick(rng, ["Total Amount Due", "TOTAL AMOUNT DUE", "Grand Total"]), money_(total), True))
    has_exempt = any(ln.tax_rate == X for ln in lines)
    title = pick(rng, ["INVOICE", "TAX INVOICE", "Invoice"])

    meta = [(pick(rng, ["Invoice No", "Invoice No.", "Invoice Number"]), esc(number)), ("Date", fmt.date(issued))]
    if doc.due_date:
        meta.append(("Due Date", fmt.date(due)))
    if terms:
        meta.append(("Terms", esc(terms)))
    if customer_id:
        meta.append(("Customer Code", esc(customer_id)))
    if chance(rng, 0.5):
        meta.append(("Your Ref", lpo))
    meta_html = "<table class='kv'>" + "".join(f"<tr><td class='b' style='width:80pt'>{k}</td><td style='width:120pt'>{v}</td></tr>" for k, v in meta) + "</table>"
    bill_to = f"<p class='cap'>{pick(rng, ['BILL TO', 'Invoice to', 'Customer'])}</p><p><b>{esc(customer.name)}</b><br/>{lines_html(customer.address)}{cust_tin}</p>"
    if layout == "services":
        cols = [Col("S/N", "center", "8%"), Col("Description of Service", width="67%"), Col(f"Amount ({fmt.symbol})", "right", "25%")]
        rows = [[str(i + 1), esc(ln.description), num(ln.amount)] for i, ln in enumerate(lines)]
        head = (f"<table style='width:100%'><tr><td style='width:60%'><p class='b' style='font-size:14pt'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}<br/>{esc(vendor.phone)} · {esc(vendor.email)}</p></td>"
                f"<td style='width:40%' class='r'><p class='ttl accent'>{title}</p><p class='small'>{rc}<br/>{tin_label} {esc(vendor.tax_id)}</p></td></tr></table>"
                f"<table style='width:100%;margin-top:10pt'><tr><td style='width:55%'>{bill_to}</td><td style='width:45%'>{meta_html}</td></tr></table>")
    else:
        cols = [Col("S/N", "center", "6%"), Col("Description", width="46%"), Col("Qty", "right", "10%"), Col(f"Unit Price ({fmt.symbol})", "right", "18%"),
                Col(f"Amount ({fmt.symbol})", "right", "20%")]
        rows = [[str(i + 1), esc(ln.description) + (" *" if ln.tax_rate == X else ""), fmt.qty(ln.quantity), num(ln.unit_price), num(ln.amount)]
                for i, ln in enumerate(lines)]
        if layout == "corporate":
            head = (f"<table style='width:100%'><tr><td style='width:15%'>{logo(vendor.name, rng, theme.accent)}</td><td style='width:85%' class='c'>"
                    f"<p class='b' style='font-size:15pt'>{esc(vendor.name.upper())}</p><p class='small'>{rc}</p>"
                    f"<p class='small'>{esc(', '.join(vendor.address))}</p><p class='small'>Tel: {esc(vendor.phone)} · {esc(vendor.website)} · "
                    f"{tin_label} {esc(vendor.tax_id)}</p></td></tr></table><div class='band c' style='margin-top:6pt'><b>{title}</b></div>"
                    f"<table style='width:100%;margin-top:8pt'><tr><td style='width:55%' class='boxed'>{bill_to}</td><td style='width:45%'>{meta_html}</td></tr></table>")
        else:
            head = (f"<p class='ttl accent'>{title}</p><table style='width:100%'><tr><td style='width:50%'><p class='b'>{esc(vendor.name)}</p>"
                    f"<p class='small'>{lines_html(vendor.address)}<br/>{esc(vendor.phone)}<br/>{tin_label} {esc(vendor.tax_id)} · {rc}</p></td>"
                    f"<td style='width:50%'>{meta_html}</td></tr></table><div style='margin-top:6pt'>{bill_to}</div>")
    legend = "<p class='tiny muted'>* VAT exempt item</p>" if has_exempt else ""
    tail = (legend + totals_table(totals, left="45%") + f"<p class='small'><b>Amount in words:</b> {esc(naira)}</p>" + bank_html
            + (f"<p class='small'>Kindly remit the WHT credit note to us on deduction of the {wht_rate}% withholding tax.</p>" if wht else "")
            + f"<table style='width:100%;margin-top:16pt'><tr><td style='width:50%'>______________________<br/>For: {esc(vendor.name)}<br/>"
            f"{ng_person(rng)}</td><td style='width:50%' class='r'>______________________<br/>Received by</td></tr></table>")

    def body(chunk, index, is_last):
        top = head if index == 0 else f"<p class='b'>{title} {esc(number)} (continued)</p>"
        return top + items_table(cols, chunk, zebra=theme.table == "zebra") + (tail if is_last else "")

    sheet = paged_sheet(width, height, css, (40, 34, 40, 28), rows, body,
                        footer=lambda n, c: "<p class='tiny c muted'>Thank you for your patronage"
                        + (f" · Page {n} of {c}" if c > 1 else "") + "</p>", footer_height=14)
    return Built(doc=doc, sheet=sheet, template=f"ng_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"rc": vendor.extra["rc"], "nuban": account, "wht": float(wht) if wht else None})
