"""Customs broker / freight forwarder clearance invoice: disbursements paid for the client, then the broker's fees.

Two sections: "Disbursements" (duty per tariff line or in one sum, import VAT / GST, excise, port and
terminal charges paid on the client's behalf: outside the scope of VAT, no tax on them) and "Fees" or
"Our charges" (customs clearance / entry preparation, additional HS lines, handling, delivery order,
ISF filing, bond, communication fee: taxable). The summary prints "Total disbursements", "Total fees",
a subtotal, VAT / GST on fees only, and "Balance due" / "Total amount due"; the US invoice has no VAT.
Shipment header with decoys: entry number (US CBP `ABC-1234567-8` with its check digit) / UK MRN /
AU import declaration number, B/L or AWB (`176-12345675`, mod-7 check), container, vessel / flight,
port of loading / discharge, arrival date, customs value and its currency and rate, importer number /
EORI, the broker's licence or deferment account. Long clearances list the duty per tariff line and run
onto a second page.

Truth: vendor = the broker; customer = the importer billed; lines = every disbursement and fee row
(duty rows with no quantity; fees with a quantity only when printed as qty x rate); net = the printed
subtotal before tax (US: null), tax = VAT / GST on fees (US: null), total = the balance due.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, paged_sheet, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import account_code, make_company
from corpus.holdout.fakes_intl import container_number
from corpus.holdout.fakes_seventh import awb_number, us_entry_number
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money
from corpus.holdout.render import A4, LETTER

FAMILY = "customs_broker_invoice"
DOCUMENT_TYPE = "invoice"

RATE = {"GB": Decimal(20), "AU": Decimal(10), "US": Decimal(0)}
TAX_WORD = {"GB": "VAT", "AU": "GST", "US": ""}
GOODS = [("8471.30.0100", "Portable computers"), ("6403.99.6075", "Footwear, leather uppers"), ("9403.60.8081", "Wooden furniture"),
         ("8516.60.4070", "Cooking ranges"), ("6110.20.2079", "Cotton sweaters"), ("3926.90.9990", "Articles of plastics"),
         ("8708.99.8180", "Motor vehicle parts"), ("9503.00.0073", "Toys"), ("2204.21.5040", "Wine in containers < 2 l"),
         ("8504.40.9580", "Power supplies")]
IMPORT_TAX = {"GB": "Import VAT", "AU": "Import GST", "US": ""}
FEES = {"US": [("Customs entry / clearance", 95, 195), ("Additional HS lines", 4, 8), ("ISF filing (10+2)", 25, 45),
               ("Continuous bond pro-rata / single entry bond", 45, 120), ("Delivery order fee", 35, 75), ("Communication / messenger fee", 15, 35),
               ("PGA / FDA prior notice", 20, 40)],
        "GB": [("Customs clearance (import entry)", 45, 95), ("Additional commodity codes", 3, 6), ("Duty deferment / disbursement fee", 20, 60),
               ("Handling and documentation", 25, 75), ("Port health / DEFRA documentation", 35, 90), ("Transport to warehouse", 180, 480)],
        "AU": [("Customs clearance fee", 120, 220), ("Additional tariff lines", 6, 12), ("Biosecurity (DAFF) lodgement", 45, 95),
               ("Import Processing Charge recovery", 50, 152), ("Handling / documentation", 40, 90), ("Cartage to importer's premises", 150, 450)]}


def build(rng: random.Random) -> Built:
    country = pick(rng, ["US", "GB", "AU"])
    vendor = make_company(rng, country, with_tax=country != "US")
    vendor.name = f"{vendor.name.split()[0]} {pick(rng, ['Customs Brokerage', 'Customs & Logistics', 'Freight & Customs', 'Clearing Services'])}" \
        + pick(rng, {"US": [" Inc.", " LLC", ", Inc."], "GB": [" Ltd", " Limited"], "AU": [" Pty Ltd", " Pty. Ltd."]}[country])
    customer = make_company(rng, country, with_tax=False)
    fmt = Fmt.pick(rng, country)
    issued, due, days = issue_and_due(rng, (7, 14, 14, 30))
    rate = RATE[country]
    mode = pick(rng, ["sea", "air"])
    layout = pick(rng, ["sections", "columns"])
    long_entry = chance(rng, 0.3)
    goods = rng.sample(GOODS, rng.randrange(8, 10) if long_entry else rng.randrange(1, 4))
    if long_entry:      # consolidated entries repeat a tariff number for other styles / suppliers
        goods += [(hs, f"{desc}, {pick(rng, ['style B', 'other', 'supplier 2', 'assorted', 'kits'])}")
                  for hs, desc in rng.sample(GOODS, rng.randrange(6, 10))]
    disb: list[Line] = []
    customs_value = money(rng.uniform(6000, 180000))
    values = [money(customs_value * Decimal(str(w))) for w in _weights(rng, len(goods))]
    duty_rows = []
    for (hs, desc), value in zip(goods, values, strict=True):
        pct = Decimal(pick(rng, ["0", "2.5", "3.7", "4.5", "6.5", "8", "12", "16"]))
        duty = money(value * pct / 100)
        duty_rows.append((hs, desc, value, pct, duty))
    if long_entry or chance(rng, 0.5):
        for hs, desc, _value, pct, duty in duty_rows:
            if duty:
                disb.append(Line(f"Duty {hs} {desc} @ {pct}%", None, None, duty))
    else:
        duty_total = sum((r[4] for r in duty_rows), Decimal("0.00"))
        if duty_total:
            disb.append(Line(pick(rng, ["Customs duty", "Import duty paid on your behalf", "Duty"]), None, None, duty_total))
    if country != "US":
        disb.append(Line(f"{IMPORT_TAX[country]} paid on your behalf", None, None, money((customs_value + sum((r[4] for r in duty_rows), Decimal(0))) * rate / 100)))
    else:
        mpf = max(money(32.71), min(money(634.62), money(customs_value * Decimal("0.003464"))))
        disb.append(Line("Merchandise Processing Fee (MPF)", None, None, mpf))
        if mode == "sea":
            disb.append(Line("Harbor Maintenance Fee (HMF)", None, None, money(customs_value * Decimal("0.00125"))))
    if chance(rng, 0.5):
        disb.append(Line(pick(rng, ["Terminal handling charges (paid to terminal)", "Port charges", "Airline handling (paid)"]), None, None,
                         money(rng.uniform(85, 640))))
    fees: list[Line] = []
    extra_lines = max(0, len(goods) - pick(rng, [1, 3, 5]))
    for desc, low, high in FEES[country]:
        if desc.startswith("Additional"):
            if extra_lines:
                price = money(rng.uniform(low, high))
                fees.append(Line(desc, Decimal(extra_lines), price, price * extra_lines))
        elif desc == FEES[country][0][0] or chance(rng, 0.55):
            fees.append(Line(desc, None, None, money(rng.uniform(low, high))))
    total_disb = sum((ln.amount for ln in disb), Decimal("0.00"))
    total_fees = sum((ln.amount for ln in fees), Decimal("0.00"))
    tax = money(total_fees * rate / 100) if rate else None
    net = total_disb + total_fees if rate else None
    total = total_disb + total_fees + (tax or Decimal(0))
    number = pick(rng, [f"CB{rng.randrange(10**5, 10**6)}", f"{pick(rng, ['INV', 'SI'])}-{issued.year}-{rng.randrange(1000, 99999)}",
                        f"{rng.randrange(10**6, 10**7)}"])
    account = account_code(rng, pick(rng, ["alpha", "num", "C"])) if chance(rng, 0.7) else None
    terms = pick(rng, [f"{days} days", "Due on receipt", None]) if country != "GB" else pick(rng, ["Strictly 7 days", f"{days} days from invoice", None])
    show_due = chance(rng, 0.7)
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=disb + fees,
              due_date=due if show_due else None, payment_terms=terms, customer_id=account)

    entry = {"US": us_entry_number(rng), "GB": f"{issued.year % 100}GB{rng.randrange(10**13, 10**14)}",
             "AU": "A" + "".join(rng.choice("BCDEFGHJKLMNPQRSTVWXYZ23456789") for _ in range(9))}[country]
    entry_label = {"US": "Entry No.", "GB": "MRN", "AU": "Import Declaration No."}[country]
    transport = f"B/L {pick(rng, ['MAEU', 'MEDU', 'COSU', 'HLCU'])}{rng.randrange(10**8, 10**9)}" if mode == "sea" else f"AWB {awb_number(rng)}"
    box = container_number(rng) if mode == "sea" else None
    arrival = issued - timedelta(days=rng.randrange(1, 9))
    importer = {"US": ("Importer No.", f"{rng.randrange(10, 99)}-{rng.randrange(10**6, 10**7)}00"),
                "GB": ("EORI", f"GB{rng.randrange(10**11, 10**12)}000"), "AU": ("CCID", f"{rng.randrange(10**10, 10**11)}")}[country]
    theme = Theme.pick(rng, size=(7.5, 9.0), table=pick(rng, ["rules", "grid", "header_fill", "minimal"]))
    css = theme.css(".cap{font-size:6.5pt;color:#666} .sec td{font-weight:bold;padding-top:5pt}")
    width, height = LETTER if country == "US" else A4
    num = fmt.num
    tw = TAX_WORD[country]
    shipment = [(entry_label, entry), ("Transport doc", transport.split(" ", 1)[1]),
                ("Vessel / Flight", pick(rng, ["MSC ANNA 412W", "MAERSK ESSEX 233E", "CMA CGM RIGOLETTO 0FX1", "CX 0884", "EK 0015", "QF 0094"])),
                ("Port of loading", pick(rng, ["Shanghai", "Ningbo", "Yantian", "Busan", "Ho Chi Minh City", "Hong Kong"])),
                ("Arrival", fmt.date(arrival)), ("Customs value", f"{fmt.currency} {num(customs_value)}")]
    if box:
        shipment.append(("Container", box))
    shipment.append(importer)
    meta = [("Invoice No.", esc(number)), ("Invoice date", fmt.date(issued))]
    if show_due:
        meta.append(("Due date", fmt.date(due)))
    if terms:
        meta.append(("Terms", esc(terms)))
    if account:
        meta.append(("Client code", esc(account)))
    meta.append(("Your ref", f"PO {rng.randrange(10000, 99999)}"))
    title = pick(rng, ["INVOICE", "TAX INVOICE" if country == "AU" else "VAT INVOICE" if country == "GB" else "CUSTOMS INVOICE", "Invoice"])
    vendor_tax = {"GB": "VAT Reg No.", "AU": "ABN", "US": ""}[country]
    licence = {"US": f"CBP Broker Licence {rng.randrange(10000, 99999)} · Filer code {entry[:3]}",
               "GB": f"Duty deferment account {rng.randrange(10**6, 10**7)}", "AU": f"Licensed Customs Broker No. {rng.randrange(100, 999)}"}[country]
    head = (f"<table style='width:100%'><tr><td style='width:58%'>{logo(vendor.name, rng, theme.accent)}<p class='b'>{esc(vendor.name)}</p>"
            f"<p class='small'>{lines_html(vendor.address)}<br/>Tel {esc(vendor.phone)}"
            + (f"<br/>{vendor_tax} {esc(vendor.tax_id)}" if vendor.tax_id else "") + f"<br/>{licence}</p></td>"
            f"<td style='width:42%'><p class='b accent' style='font-size:15pt'>{title}</p><table class='kv'>"
            + "".join(f"<tr><td class='b' style='width:70pt'>{k}</td><td>{v}</td></tr>" for k, v in meta) + "</table></td></tr></table>"
            f"<table style='width:100%;margin-top:6pt'><tr><td style='width:45%'><span class='cap'>Invoice to</span><br/><b>{esc(customer.name)}</b>"
            f"<br/>{lines_html(customer.address)}</td><td style='width:55%'><table class='kv small'>"
            + "".join(f"<tr><td class='b' style='width:80pt'>{k}</td><td>{esc(v)}</td></tr>" for k, v in shipment) + "</table></td></tr></table>")
    if layout == "sections":
        cols = [Col("Description", width="58%"), Col("Qty", "right", "8%"), Col("Rate", "right", "14%"), Col("Amount", "right", "20%")]
        rows: list[list[str]] = [[f"<b>{pick(rng, ['Disbursements', 'Disbursements (paid on your behalf)', 'Duties, taxes and outlays'])}</b>", "", "", ""]]
        rows += [[esc(ln.description), "", "", num(ln.amount)] for ln in disb]
        rows.append([f"<b>{pick(rng, ['Fees', 'Our charges', 'Service charges'])}</b>", "", "", ""])
        rows += [[esc(ln.description), fmt.qty(ln.quantity), num(ln.unit_price) if ln.unit_price else "", num(ln.amount)] for ln in fees]
    else:   # one table, outlays and charges in their own amount columns (the forwarder's "non-VAT | VAT" print)
        cols = [Col("Code", width="8%"), Col("Description", width="44%"), Col("Qty x Rate", "right", "14%"),
                Col(pick(rng, ["Outlays", "Disbursements", "Non-taxable"]), "right", "14%"), Col(pick(rng, ["Charges", "Fees", "Taxable"]), "right", "14%"),
                Col(tw or "Tax", "center", "6%")]
        rows = [[f"D{i + 1:02d}", esc(ln.description), "", num(ln.amount), "", "O" if rate else "-"] for i, ln in enumerate(disb)]
        rows += [[f"F{i + 1:02d}", esc(ln.description), f"{fmt.qty(ln.quantity)} x {num(ln.unit_price)}" if ln.quantity else "", "", num(ln.amount),
                  "S" if rate else "-"] for i, ln in enumerate(fees)]
    totals = [("Total disbursements", num(total_disb), False), ("Total fees", num(total_fees), False)]
    if rate:
        totals += [(pick(rng, ["Subtotal", f"Total excl. {tw}"]), num(net), False), (f"{tw} @ {rate}% on fees", num(tax), False)]
    totals.append((pick(rng, ["Balance due", "Total amount due", f"TOTAL DUE {fmt.currency}"]), fmt.money(total), True))
    note = {"US": "Duties, taxes and fees advanced on your behalf are due immediately. Interest of 1.5% per month on overdue balances.",
            "GB": f"Disbursements are outside the scope of VAT. Import VAT may be reclaimed on your VAT return using the C79 / postponed "
                  f"VAT statement for MRN {entry}.",
            "AU": "Duty and import GST are disbursements paid to the Australian Border Force on your behalf; GST applies to our fees only."}[country]

    def body(chunk, index, is_last):
        top = head if index == 0 else f"<p class='b'>{title} {esc(number)} (continued)</p>"
        tail = ""
        if is_last:
            tail = (totals_table(totals, left="50%") + f"<p class='small' style='margin-top:6pt'>{esc(note)}</p>"
                    f"<p class='small muted'>Please quote invoice {esc(number)} with your payment.</p>")
        return top + items_table(cols, chunk, zebra=False) + tail

    sheet = paged_sheet(width, height, css, (38, 36, 38, 30), rows, body,
                        footer=lambda n, c: f"<p class='tiny c muted'>{esc(vendor.name)} · Page {n} of {c}</p>", footer_height=14)
    return Built(doc=doc, sheet=sheet, template=f"customs_{layout}_{country.lower()}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"entry": entry, "transport": transport, "total_disbursements": float(total_disb), "total_fees": float(total_fees)})


def _weights(rng: random.Random, n: int) -> list[float]:
    raw = [rng.uniform(1, 5) for _ in range(n)]
    total = sum(raw)
    return [round(r / total, 3) for r in raw]
