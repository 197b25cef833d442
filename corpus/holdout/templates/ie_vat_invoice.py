"""Irish VAT invoice (2023-2025): 23 % standard rate, 13.5 % reduced rate, 9 % second reduced rate, 0 %.

Three prints: an accounting-package invoice (Sage / Xero-like: "INVOICE", Invoice No. / Invoice Date / Account
Ref / Your Order No. stacked, a VAT-rate column, a "VAT Analysis" table by rate, Total Net / Total VAT /
Invoice Total, IBAN and BIC for EFT); a builders' or trade providers' invoice (boxed header with Account No.,
Order No., Delivery Docket No. and Sales Rep, Code / Description / Qty / Unit / Price / VAT Code / Net, a key
"VAT codes: 1 = 23%, 2 = 13.5%, 3 = 9%, 0 = 0%", Goods / VAT / Total); and a professional-services invoice
(fees without quantities, outlays outside VAT, and for a public-body client "Less Professional Services
Withholding Tax (PSWT) @ 20%" down to a "Net amount payable", or the note that PSWT will be deducted).

Every print carries the supplier's VAT number (`IE 6388047V`, `IE6388047V`, 2013 form `IE 3334567FA`),
its company registration number with the CRO (and on Irish company letterheads the directors' names), an
Eircode in the address (`D02 X285`), amounts `€1,234.56` / `€ 1,234.56` / `EUR 1,234.56` and dates
`15/03/2024`, `15 March 2024`, `15-Mar-2024`, `15th March 2024`.

Truth: vendor = the letterhead, tax id = its VAT number as printed (with the `IE` prefix); the CRO number,
directors, IBAN / BIC, the customer's VAT number, order, delivery-docket and PO numbers are decoys; customer
= the addressee with its address; customer id = Account No. / Account Ref where printed. Net = Total Net /
Goods, tax = Total VAT (the VAT analysis summed where no single figure is printed), total = Invoice Total
(the "Net amount payable" after PSWT is a decoy, as after the Nigerian WHT). Terms and due date as printed.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line, totals_by_rate
from corpus.holdout.components import Col, Theme, esc, lines_html, logo, rate, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eighth import fmt_of
from corpus.holdout.fakes_eleventh import ie_iban, ie_party
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._eighth import flowing_sheet

FAMILY = "ie_vat_invoice"
DOCUMENT_TYPE = "invoice"
R23, R135, R9, R0 = Decimal("23"), Decimal("13.5"), Decimal("9"), Decimal("0")
TRADE = [("CEM25", "Cement 25kg bag", "bag", 7.5, 11, R23), ("PB125", "Plasterboard 12.5mm 2400 x 1200", "sheet", 11, 16, R23),
         ("TC16-48", "Timber C16 47 x 100mm 4.8m", "length", 9, 15, R23), ("PIR100", "PIR insulation board 100mm 2400 x 1200", "board", 38, 58, R23),
         ("CU15-3", "Copper pipe 15mm x 3m", "length", 14, 24, R23), ("BLK100", "Concrete blocks 440 x 215 x 100 (pallet of 72)", "pallet", 160, 240, R23),
         ("SND-BB", "Plastering sand, bulk bag", "bag", 55, 80, R23), ("SLT-20", "Fibre cement roof slates 600 x 300 (pack of 20)", "pack", 48, 80, R23),
         ("EMW10", "Emulsion paint 10L, brilliant white", "tub", 38, 65, R23), ("PVC110", "PVC drainage pipe 110mm x 3m", "length", 18, 32, R23),
         ("NL75", "Galvanised round nails 75mm (2.5kg)", "box", 9, 16, R23), ("HV-XL", "Hi-vis vest, size XL", "ea", 3, 7, R23),
         ("DEL", "Delivery charge", "load", 25, 60, R23), ("SKP8", "Skip hire 8 yard (incl. disposal)", "skip", 240, 380, R135)]
OFFICE = [("Copier paper A4 80gsm (box of 5 reams)", "box", 24, 38, R23), ("Toner cartridge, black, high yield", "ea", 85, 190, R23),
          ("Office chair, ergonomic mesh", "ea", 160, 420, R23), ("Laptop docking station USB-C", "ea", 95, 240, R23),
          ("Office cleaning services (monthly contract)", "month", 380, 1400, R135), ("Window cleaning, exterior", "visit", 90, 260, R135),
          ("Repairs to heating system – labour", "hrs", 55, 85, R135), ("Newspapers and periodicals (quarterly)", "qtr", 60, 180, R9),
          ("Accountancy textbooks", "ea", 35, 95, R0), ("Tea, coffee and milk supplies", "lot", 40, 120, R0), ("Software subscription (annual)", "ea", 240, 1800, R23),
          ("Shredding service – secure console", "ea", 18, 45, R23)]
FEES = ["Professional fees – engineering design, Stage 2", "Professional fees – site inspections and reports", "Consultancy services – ICT strategy review",
        "Professional fees – planning application", "Architectural services – tender documentation", "Quantity surveying services – valuation no. 3",
        "Professional fees – statutory audit", "Training services – health and safety (2 days)"]
OUTLAYS = ["Outlay: planning application fee", "Outlay: Land Registry search fees", "Outlay: courier charges", "Outlay: printing of drawings"]
TERMS = ["30 days", "Strictly 30 days from invoice date", "Payment due within 14 days", "Net 30", "Due on receipt", "Payment within 30 days of invoice"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["accounting", "trade", "services"])
    vendor = ie_party(rng)
    customer = ie_party(rng, public_body=layout == "services" and chance(rng, 0.45))
    issued = random_date(rng, days=880)
    symbol, position = pick(rng, [("€", "pre"), ("€", "pre"), ("€", "pre_space"), ("EUR", "pre_space")])
    fmt = fmt_of("IE", "EUR", number_style="en", symbol=symbol, position=position,
                 date_pattern=pick(rng, ["dmy_slash", "dmy_slash", "d_month_y", "dd_mon_yyyy", "d_mon_y", "ordinal_month_y"]))
    m, num = fmt.money, fmt.num
    number = pick(rng, [f"INV-{rng.randrange(1000, 99999):05d}", f"{rng.randrange(10000, 99999)}", f"SI{rng.randrange(100000, 999999)}",
                        f"{issued.year}-{rng.randrange(1, 2999):04d}"])
    lines: list[Line] = []
    if layout == "trade":
        chosen = rng.sample(TRADE, rng.randrange(2, 9)) if chance(rng, 0.8) else rng.sample(TRADE, len(TRADE))
        for code, desc, unit, low, high, vat in chosen:
            qty = Decimal(pick(rng, [1, 1, 2, 4, 5, 6, 10, 12, 20, 24, 40, 50])) if unit not in ("load", "skip", "pallet") else Decimal(pick(rng, [1, 1, 2, 3]))
            price = money(rng.uniform(low, high))
            lines.append(Line(desc, qty, price, money(qty * price), unit, code, vat))
    elif layout == "accounting":
        for desc, unit, low, high, vat in rng.sample(OFFICE, rng.randrange(1, 7)):
            if unit == "hrs":
                qty = Decimal(rng.randrange(2, 24)) / 2
            else:
                qty = Decimal(pick(rng, [1, 1, 1, 2, 3, 4, 5, 10]))
            price = money(rng.uniform(low, high))
            lines.append(Line(desc, qty, price, money(qty * price), unit, "", vat))
    else:
        for desc in rng.sample(FEES, rng.randrange(1, 4)):
            lines.append(Line(desc, None, None, money(pick(rng, [850, 1200, 1750, 2400, 3250, 4800, 6500, 9200])), "", "", R23))
        for desc in rng.sample(OUTLAYS, pick(rng, [0, 0, 1, 2])):
            lines.append(Line(desc, None, None, money(rng.uniform(15, 400)), "", "", R0))
    rates, bases, taxes, net, tax, total = totals_by_rate(lines)
    terms = pick(rng, TERMS)
    days = 0 if terms == "Due on receipt" else 14 if "14" in terms else 30
    due = issued + timedelta(days=days)
    show_due = chance(rng, 0.55)
    letters = "".join(ch for ch in customer.name.upper() if ch.isascii() and ch.isalpha())[:3] or "ACC"
    customer_id = (pick(rng, [f"{letters}{rng.randrange(1, 999):03d}", f"C{rng.randrange(1000, 99999)}", f"{rng.randrange(10000, 99999)}"])
                   if layout == "trade" or chance(rng, 0.5) else None)
    show_cust_vat = not customer.name.endswith(("Council", "Board", "Authority", "Enterprise", "Office", "Area")) and chance(rng, 0.4)
    pswt = layout == "services" and customer.name.endswith(("Council", "Board", "Authority", "Enterprise", "Office", "Area"))
    doc = Doc(document_type=DOCUMENT_TYPE, locale="IE", currency="EUR", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, payment_terms=terms, due_date=due if show_due and days else None, customer_id=customer_id)
    iban, bic, bank = ie_iban(rng)
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.5))
    css = theme.css(".ttl{font-size:20pt;font-weight:bold;letter-spacing:1pt} .lbl{font-size:7pt;color:#555;text-transform:uppercase} .cell{border:0.6pt solid #777;padding:2pt 4pt}"
                    " .foot{font-size:6.5pt;color:#555;border-top:0.5pt solid #999;padding-top:3pt;margin-top:10pt}")
    vat_no = vendor.tax_id
    vat_label = pick(rng, ["VAT Reg. No.", "VAT No.", "VAT Registration No."])
    legal = (f"<p class='foot'>{esc(vendor.name)}. Registered in Ireland No. {vendor.extra['cro']}. Registered office: {esc(', '.join(vendor.address))}."
             f" Directors: {esc(vendor.extra['directors'])}.</p>")
    vat_rows = "".join(f"<tr><td>{rate(r)}%</td><td class='r'>{num(bases[r])}</td><td class='r'>{num(taxes[r])}</td></tr>" for r in rates)
    analysis = (f"<table class='items' style='width:55%'><tr><th>VAT Rate</th><th style='text-align:right'>Net</th><th style='text-align:right'>VAT</th></tr>{vat_rows}</table>")
    bank_block = f"<p class='small' style='margin-top:6pt'><b>Payment by EFT:</b> {bank}, IBAN {iban}, BIC {bic}. Please quote invoice {esc(number)}.</p>"
    width, height = A4
    if layout == "accounting":
        meta = [("Invoice No.", f"<b>{esc(number)}</b>"), ("Invoice Date", fmt.date(issued))]
        if customer_id:
            meta.append(("Account Ref", customer_id))
        meta.append(("Your Order No.", pick(rng, [f"PO{rng.randrange(10000, 99999)}", f"{rng.randrange(4500000000, 4500999999)}", "Email – " + pick(rng, ["Aoife", "Declan", "Niamh"])])))
        if show_due and days:
            meta.append(("Due Date", fmt.date(due)))
        meta.append((vat_label, vat_no))
        head = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(vendor.name, rng, theme.accent)}<p class='b' style='font-size:12pt;margin-top:4pt'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}<br/>Tel {vendor.phone}<br/>{vendor.email}</p></td>"
                f"<td style='width:45%'><p class='ttl accent r'>INVOICE</p><table class='kv' style='width:100%'>"
                + "".join(f"<tr><td class='b' style='width:48%'>{k}</td><td style='width:52%'>{v}</td></tr>" for k, v in meta) + "</table></td></tr></table>"
                f"<table style='width:100%;margin-top:10pt'><tr><td style='width:60%'><p class='lbl'>Invoice to</p><p class='b'>{esc(customer.name)}</p>"
                f"<p>{lines_html(customer.address)}</p>" + (f"<p class='small'>Customer VAT No.: {customer.tax_id}</p>" if show_cust_vat else "")
                + "</td><td style='width:40%'></td></tr></table>")
        cols = [Col("Description", width="230pt"), Col("Qty", "right", "40pt"), Col("Unit Price", "right", "62pt"), Col("VAT", "right", "40pt"),
                Col("Net Amount", "right", "70pt")]
        rows = [[esc(li.description), fmt.qty(li.quantity), num(li.unit_price), f"{rate(li.tax_rate)}%", num(li.amount)] for li in lines]
        tot = [("Total Net", m(net), False), ("Total VAT", m(tax), False), ("Invoice Total", m(total), True)]
        tail = (f"<table style='width:100%;margin-top:6pt'><tr><td style='width:50%'><p class='b small'>VAT Analysis</p>{analysis}</td>"
                f"<td style='width:50%'>{totals_table(tot, width='100%', left='10%')}</td></tr></table>"
                f"<p style='margin-top:6pt'>Terms: {esc(terms)}</p>" + bank_block + legal)
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                              continued=lambda i: f"<p class='b'>Invoice {esc(number)} – page {i + 1}</p>")
    elif layout == "trade":
        codes = {R23: "1", R135: "2", R9: "3", R0: "0"}
        docket = f"DD{rng.randrange(100000, 999999)}"
        cells = [("Invoice No.", f"<b>{esc(number)}</b>"), ("Date / Tax Point", fmt.date(issued)), ("Account No.", customer_id or ""),
                 ("Order No.", pick(rng, ["SITE – Phase 2", f"{rng.randrange(1000, 9999)}", "PHONE"])), ("Delivery Docket No.", docket),
                 ("Sales Rep", pick(rng, ["Counter", "JB", "Ger", "Siobhán", "Web"]))]
        grid = "<table style='width:100%'>" + "".join(f"<tr><td class='cell lbl' style='width:45%'>{k}</td><td class='cell' style='width:55%'>{v}</td></tr>" for k, v in cells) + "</table>"
        head = (f"<table style='width:100%'><tr><td class='band' style='width:100%'><b style='font-size:14pt'>{esc(vendor.name)}</b><br/>"
                f"<span class='small'>{esc(', '.join(vendor.address))} · Tel {vendor.phone} · {vat_label} {vat_no}</span></td></tr></table>"
                f"<table style='width:100%;margin-top:10pt'><tr><td style='width:52%'><p class='ttl'>{pick(rng, ['INVOICE', 'TAX INVOICE', 'SALES INVOICE'])}</p>"
                f"<p class='lbl' style='margin-top:8pt'>Invoice address</p><p>{esc(customer.name)}<br/>{lines_html(customer.address)}</p>"
                f"<p class='lbl' style='margin-top:4pt'>Delivery address</p><p class='small'>Site: {pick(rng, ['New build, Plot 14', 'Extension works', 'Renovation, rear'])} – "
                f"{pick(rng, ['Oranmore', 'Ballincollig', 'Ratoath', 'Castlebar', 'Newbridge'])}</p></td><td style='width:48%'>{grid}</td></tr></table>")
        cols = [Col("Code", width="50pt"), Col("Description", width="190pt"), Col("Qty", "right", "32pt"), Col("Unit", width="36pt"), Col("Price", "right", "50pt"),
                Col("VAT", "center", "26pt"), Col("Net", "right", "60pt")]
        rows = [[esc(li.code), esc(li.description), fmt.qty(li.quantity), esc(li.unit), num(li.unit_price), codes[li.tax_rate], num(li.amount)] for li in lines]
        key = "VAT codes: " + ", ".join(f"{codes[r]} = {rate(r)}%" for r in (R23, R135, R9, R0))
        tot = [("Goods", m(net), False)] + [(f"VAT @ {rate(r)}%", m(taxes[r]), False) for r in rates if r]
        if len(rates) > 1 or rates[0] == R0 or chance(rng, 0.5):
            tot.append(("Total VAT", m(tax), False))
        tot.append(("TOTAL", m(total), True))
        tail = (totals_table(tot, width="45%", left="55%") + f"<p class='small'>{key}</p>"
                f"<p style='margin-top:6pt'>Terms: {esc(terms)}" + (f" · Due date: {fmt.date(due)}" if show_due and days else "") + "</p>"
                + "<p class='small'>Goods remain the property of the seller until paid for in full. Claims for shortages must be made within 48 hours.</p>"
                + bank_block + legal)
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                              continued=lambda i: f"<p class='b'>{esc(vendor.name)} – Invoice {esc(number)} (continued)</p>")
    else:
        meta = [("Invoice number", esc(number)), ("Date", fmt.date(issued))]
        if customer_id:
            meta.append(("Client ref.", customer_id))
        meta.append(("Project", pick(rng, ["P-2291 Library extension", "Water services upgrade", "ICT review 2024", "Depot refurbishment", "Annual audit"])))
        head = (f"<table style='width:100%'><tr><td style='width:60%'><p class='b' style='font-size:15pt;color:{theme.accent}'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}</p><p class='small'>{vendor.phone} · {vendor.website}</p></td>"
                f"<td style='width:40%' class='r'><p class='ttl'>Invoice</p><p class='small'>{vat_label}: {vat_no}</p></td></tr></table>"
                f"<table style='width:100%;margin-top:12pt'><tr><td style='width:55%'><p class='lbl'>To</p><p class='b'>{esc(customer.name)}</p><p>{lines_html(customer.address)}</p>"
                + (f"<p class='small'>Your VAT No.: {customer.tax_id}</p>" if show_cust_vat else "")
                + "</td><td style='width:45%'><table class='kv'>" + "".join(f"<tr><td class='b'>{k}</td><td>{v}</td></tr>" for k, v in meta) + "</table></td></tr></table>")
        cols = [Col("Description", width="320pt"), Col("VAT rate", "right", "55pt"), Col("Amount", "right", "80pt")]
        rows = [[esc(li.description), f"{rate(li.tax_rate)}%" if li.tax_rate else "Exempt" if chance(rng, 0.3) else "0%", num(li.amount)] for li in lines]
        tot = [("Subtotal", m(net), False)] + [(f"VAT @ {rate(r)}%", m(taxes[r]), False) for r in rates if r]
        tot.append(("Total", m(total), True))
        note = ""
        if pswt:
            withheld = money(total * Decimal("0.20"))
            if chance(rng, 0.6):
                tot += [("Less PSWT @ 20%", f"({num(withheld)})", False), ("Net amount payable", m(total - withheld), False)]
            else:
                note = ("<p class='small'>Professional Services Withholding Tax at 20% will be deducted from the gross amount by the accountable person; "
                        "please send us the Form F45 with your payment.</p>")
        tail = (totals_table(tot, width="45%", left="55%") + note
                + f"<p style='margin-top:8pt'>Payment terms: {esc(terms)}" + (f". Due by {fmt.date(due)}." if show_due and days else "") + "</p>"
                + bank_block + legal)
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, continued=lambda i: f"<p class='b'>Invoice {esc(number)} (continued)</p>")
    return Built(doc=doc, sheet=sheet, template=f"ie_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"vat_no": vat_no, "cro": vendor.extra["cro"], "iban": iban, "rates": [str(r) for r in rates], "pswt": pswt})
