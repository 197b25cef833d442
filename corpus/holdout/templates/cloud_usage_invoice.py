"""Cloud-provider usage invoices and credit memos in English — US, Canadian, EU, UK and Australian customers, USD, CAD,
EUR, GBP and AUD, 2023-2025.

Three prints. `cloud_summary_detail` (a hyperscaler's monthly invoice: the provider's entity for the customer's region —
the US company with its federal tax id or GST/HST number, the Luxembourg SARL with its LU VAT number or UK VAT number, the
Australian Pty Ltd with its ABN —, "Tax Invoice" / "Invoice", Invoice Number, Invoice Date, Account Number (twelve digits),
Billing Period, Bill to with the customer's VAT number, "Total amount due by …" or "charged to your Visa ending 1234";
a summary by service (decoy subtotals), Charges / Credits / Total pre-tax / Tax / Total; then the detail over one to three
pages: per service and region, usage rows "Standard storage, first 50 TB / month · 12345.678 GB-Mo · $0.023 per GB-Mo ·
$283.95" with prices down to 0.0000166667, the support plan's amount alone; EU reverse charge at 0 % with its article),
`cloud_project_table` (a console's invoice: Invoice number, Invoice date, Due date with "Net 30", Billing account ID
"01A2B3-C4D5E6-F7G8H9", Description / Interval / Quantity / Amount by project and SKU — no price column, the quantity with its
unit "2,232 hour" —, negative "Committed use discount" and "Sustained use discount" rows, Subtotal, VAT / GST / Sales tax,
Total in the currency), `cloud_credit_memo` (a CREDIT MEMO for a service-level credit or a billing adjustment: Credit memo
number, the related invoice number, the reason and the credited amounts with the tax reversed, "-$123.45" or "($123.45)").

Truth: vendor = the provider's entity that issues the document (the brand over it is none), tax id = the tax number printed
for that entity (none for a US invoice that prints none); customer = the billed company with its address, customer id = the
account number / billing account ID; id = the invoice / credit memo number (the related invoice, the payment profile and the
billing period are decoys); date = the invoice date; lines = the detail's usage rows (quantity and the rate as printed) or
the project table's rows with their quantity and no unit price, discount rows negative; promotional credits in the summary
are the lines' adjustment; net = Total pre-tax / Subtotal, tax = Tax / VAT / GST (0.00 under reverse charge), total = Total;
due date where printed, terms "Net 30" where printed; credit memos negative.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc, logo
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, abn, make_company, uk_vat
from corpus.holdout.fakes_nineteenth import (
    CLOUD_BRANDS,
    CLOUD_ENTITIES,
    CLOUD_REGIONS,
    CLOUD_SKUS,
    cloud_account,
    lu_vat,
)
from corpus.holdout.money import MONTHS, fmt_number, money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._fifteenth import beside, paged, pts, rows_html
from corpus.holdout.templates._sixteenth import kv_rows

FAMILY = "cloud_usage_invoice"
D = Decimal
CA_TAX = {"ON": ("HST", D(13)), "NS": ("HST", D(15)), "NB": ("HST", D(15)), "QC": ("GST", D(5)), "BC": ("GST", D(5)), "AB": ("GST", D(5)),
          "MB": ("GST", D(5)), "SK": ("GST", D(5))}
US_TAX = [("", D(0)), ("WA", D("10.1")), ("NY", D("8.875")), ("TX", D("8.25")), ("IL", D("10.25")), ("OH", D("7.25")), ("", D(0))]
SYMBOL = {"USD": "$", "CAD": "CA$", "EUR": "€", "GBP": "£", "AUD": "A$"}


def _usage(rng: random.Random, services: list[str], regions: list[str]) -> list[tuple[str, str, Line, str, str]]:
    """(service, region, line, unit, printed rate) rows; amounts rounded to the cent."""
    rows = []
    for service in services:
        for region in regions if service not in ("Support",) else ["Global"]:
            for sku, unit, rate_text, (lo, hi), decimals in rng.sample(CLOUD_SKUS[service], min(len(CLOUD_SKUS[service]), rng.randrange(1, 4))):
                if service == "Support":
                    continue
                qty = D(rng.randrange(lo, hi + 1)) if not decimals else D(rng.randrange(lo * 1000, hi * 1000)) / 1000
                rate = D(rate_text)
                amount = money(qty * rate)
                if amount == 0:
                    continue
                rows.append((service, region, Line(sku, qty, rate, amount, unit), unit, rate_text))
    return rows


def _qty(value: D) -> str:
    return fmt_number(value, "en", 0) if value == value.to_integral_value() else format(value.normalize(), "f")


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["cloud_summary_detail", "cloud_summary_detail", "cloud_project_table", "cloud_credit_memo"])
    country = pick(rng, ["US", "US", "CA", "DE", "FR", "NL", "GB", "GB", "AU"])
    brand = pick(rng, CLOUD_BRANDS)
    region_key = "EU" if country in ("DE", "FR", "NL", "GB") else "AU" if country == "AU" else "US"
    name_fmt, addr = CLOUD_ENTITIES[region_key]
    vendor = Party(name=name_fmt.format(brand=brand), address=list(addr), country="LU" if region_key == "EU" else region_key)
    customer = make_company(rng, country)
    customer_vat = customer.tax_id
    customer.tax_id = None
    label, rate = "Tax", D(0)
    reverse = False
    if country == "US":
        state, rate = pick(rng, US_TAX)
        vendor.tax_id = f"{rng.randrange(90, 99)}-{rng.randrange(10**6, 10**7)}" if chance(rng, 0.5) else None
        label = f"Sales tax ({state} {rate}%)" if rate else "Tax"
        currency = "USD"
    elif country == "CA":
        kind, rate = CA_TAX.get(customer.extra.get("province", "ON"), ("GST", D(5)))
        vendor.tax_id = f"{rng.randrange(7 * 10**8, 8 * 10**8)} RT0001"
        label = f"{kind} {rate}%"
        currency = pick(rng, ["USD", "CAD"])
    elif country == "GB":
        vendor.tax_id = uk_vat(rng)
        rate, label = D(20), "VAT 20%"
        currency = pick(rng, ["GBP", "USD"])
    elif country == "AU":
        vendor.tax_id = abn(rng)
        rate, label = D(10), "GST 10%"
        currency = pick(rng, ["AUD", "USD"])
    else:
        vendor.tax_id = lu_vat(rng)
        reverse = True
        label = "VAT 0% (reverse charge)"
        currency = pick(rng, ["EUR", "USD"])
    sym = SYMBOL[currency]
    issued = random_date(rng, date(2023, 2, 1), 1000).replace(day=pick(rng, [1, 2, 2, 3]))
    period_end = issued.replace(day=1) - timedelta(days=1)
    period_start = period_end.replace(day=1)
    account = cloud_account(rng) if layout != "cloud_project_table" else \
        "-".join("".join(rng.choice("0123456789ABCDEF") for _ in range(6)) for _ in range(3))
    number = f"{rng.randrange(10**9, 4 * 10**9)}" if layout != "cloud_credit_memo" else pick(rng, [f"CM{rng.randrange(10**7, 10**8)}", f"{rng.randrange(10**9, 4 * 10**9)}"])
    date_style = {"US": "month_d_y", "CA": "mon_d_y"}.get(country, pick(rng, ["d_month_y", "iso", "d_mon_y"]))

    def d(x: date) -> str:
        if date_style == "month_d_y":
            return f"{MONTHS['en'][x.month - 1]} {x.day}, {x.year}"
        if date_style == "mon_d_y":
            return f"{MONTHS['en'][x.month - 1][:3]} {x.day}, {x.year}"
        if date_style == "d_mon_y":
            return f"{x.day} {MONTHS['en'][x.month - 1][:3]} {x.year}"
        return x.isoformat() if date_style == "iso" else f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}"

    def m(value: D) -> str:
        text = f"{sym}{fmt_number(abs(value), 'en')}"
        return f"-{text}" if value < 0 else text

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.4, 8.4), table=pick(rng, ["rules", "minimal", "zebra", "header_fill"]))
    css = theme.css(".t{font-size:16pt;font-weight:bold} .svc td{font-weight:bold;background:#f0f0f0} .tiny{font-size:6.4pt;color:#555} .box{border:0.8pt solid #999;padding:5pt}")
    width, height = LETTER if country in ("US", "CA") else A4
    W = width - 72
    bill_to = (f"<p class='b'>Bill to</p><p class='b'>{esc(customer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in customer.address)
               + (f"<p>VAT number: {customer_vat}</p>" if region_key == "EU" and customer_vat else ""))
    seller = (f"<p class='b'>{esc(vendor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address)
              + (f"<p>{ {'US': 'Federal Tax ID', 'CA': 'GST/HST Registration No.', 'EU': 'VAT Registration Number', 'AU': 'ABN'}[region_key if country != 'CA' else 'CA']}: {vendor.tax_id}</p>"
                 if vendor.tax_id else ""))
    head_logo = logo(brand, rng, theme.accent)
    if layout == "cloud_credit_memo":
        return _credit_memo(rng, vendor, customer, number, issued, account, rate, label, reverse, currency, m, d, theme, css, width, height, W, bill_to, seller,
                            head_logo, period_start, period_end, brand)
    services = rng.sample([s for s in CLOUD_SKUS if s != "Support"], rng.randrange(2, 6))
    regions = rng.sample(CLOUD_REGIONS, pick(rng, [1, 1, 1, 2]))
    rows = _usage(rng, services, regions)
    while not rows:
        rows = _usage(rng, services, regions)
    support = None
    if chance(rng, 0.35) and layout == "cloud_summary_detail":
        usage = sum((r[2].amount for r in rows), D("0.00"))
        support = Line("Business Support plan (greater of $100 or 10% of monthly usage)", None, None, max(D("100.00"), money(usage * D("0.1"))))
    discounts: list[Line] = []
    if layout == "cloud_project_table":
        for service in dict.fromkeys(r[0] for r in rows):
            if chance(rng, 0.35):
                base = sum((r[2].amount for r in rows if r[0] == service), D("0.00"))
                discounts.append(Line(f"{pick(rng, ['Committed use discount', 'Sustained use discount'])} - {service}", None, None, -money(base * D(pick(rng, ['0.2', '0.3', '0.37'])))))
    lines = [r[2] for r in rows] + ([support] if support else []) + discounts
    charges = sum((li.amount for li in lines), D("0.00"))
    credit = D("0.00")
    if layout == "cloud_summary_detail" and chance(rng, 0.3):
        credit = min(money(charges * D("0.5")), D(pick(rng, ["100.00", "250.00", "300.00", "1000.00"])))
    net = charges - credit
    tax = money(net * rate / 100)
    total = net + tax
    card = layout == "cloud_summary_detail" and chance(rng, 0.45)
    net30 = layout == "cloud_project_table" or not card
    due = None if card else issued + timedelta(days=pick(rng, [15, 30, 30]))
    terms = "Net 30" if layout == "cloud_project_table" and chance(rng, 0.7) else None
    doc = Doc(document_type="invoice", locale=country, currency=currency, vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=account, lines_adjustment=-credit)
    title = "Tax Invoice" if country in ("GB", "AU") else "Invoice"
    if layout == "cloud_summary_detail":
        meta = [("Invoice Number", f"<b>{number}</b>"), ("Invoice Date", d(issued)), ("Account Number", account),
                ("Billing Period", f"{d(period_start)} - {d(period_end)}")]
        pay_line = (f"This invoice has been charged to your {pick(rng, ['Visa', 'Mastercard', 'American Express'])} ending {rng.randrange(1000, 9999)}. No payment is due."
                    if card else f"<b>Total amount due by {d(due)}: {m(total)}</b>")
        by_service: dict[str, D] = {}
        for r in rows:
            by_service[r[0]] = by_service.get(r[0], D("0.00")) + r[2].amount
        if support:
            by_service["Support"] = support.amount
        summary = rows_html([(esc(s), m(v)) for s, v in by_service.items()], widths=(W - 370, 90), strong_last=False)
        sums = [("Charges", m(charges))] + ([("Credits", m(-credit))] if credit else []) + [("Total pre-tax", m(net)), (label, m(tax)), (f"Total ({currency})", m(total))]
        first = (beside(head_logo + f"<p class='t' style='margin-top:6pt'>{title}</p>", seller, (W - 230, 230))
                 + beside(bill_to, kv_rows(meta, (90, 150)), (W - 240, 240)) + f"<p style='margin-top:6pt'>{pay_line}</p>"
                 + beside(f"<p class='b' style='margin-top:6pt'>Summary by service</p>{summary}",
                          f"<div class='box' style='margin-top:6pt'>{rows_html(sums, widths=(150, 80))}</div>", (W - 250, 250))
                 + (f"<p class='small'>Credits: {pick(rng, ['Promotional credit', 'AWS-style Activate credit', 'Migration credit'])} PC-{rng.randrange(10**5, 10**6)} applied.</p>" if credit else "")
                 + ("<p class='small'>Reverse charge: VAT to be accounted for by the recipient under Article 196 of Council Directive 2006/112/EC.</p>" if reverse else "")
                 + "<p class='b' style='margin-top:8pt'>Detail of charges</p>")
        head = ["Description", "Usage", "Rate", "Amount"]
        numeric = {1, 2, 3}
        cols = pts(W, 0.5, 0.2, 0.16, 0.14)
        items: list[tuple] = []
        last_group = None
        for service, region, li, unit, rate_text in rows:
            if (service, region) != last_group:
                items.append(("group", f"{service} - {region}"))
                last_group = (service, region)
            items.append(("row", li, unit, rate_text))
        if support:
            items += [("group", "Support - Global"), ("support", support)]

        def cells(item) -> str:
            if item[0] == "group":
                return f"<tr class='svc'><td colspan='4'>{esc(item[1])}</td></tr>"
            if item[0] == "support":
                return (f"<tr><td style='width:{cols[0]}'>{esc(item[1].description)}</td><td style='width:{cols[1]}'></td><td style='width:{cols[2]}'></td>"
                        f"<td class='r' style='width:{cols[3]}'>{m(item[1].amount)}</td></tr>")
            _k, li, unit, rate_text = item
            return (f"<tr><td style='width:{cols[0]}'>{esc(li.description)}</td><td class='r' style='width:{cols[1]}'>{_qty(li.quantity)} {unit}</td>"
                    f"<td class='r' style='width:{cols[2]}'>{sym}{rate_text} per {unit.rstrip('s') if unit != 'Requests' else 'request'}</td>"
                    f"<td class='r' style='width:{cols[3]}'>{m(li.amount)}</td></tr>")
        closing = f"<div style='margin-left:{W - 240:.0f}pt;margin-top:4pt'>{rows_html([('Total charges', m(charges))], widths=(150, 90))}</div>"
    else:
        meta = [("Invoice number", f"<b>{number}</b>"), ("Invoice date", d(issued)), ("Due date", d(due))] + ([("Payment terms", terms)] if terms else []) + \
            [("Billing account ID", account), ("Payments profile ID", f"{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}")]
        first = (beside(head_logo + f"<p class='t' style='margin-top:6pt'>{title}</p>" + kv_rows(meta, (110, 150)), seller + f"<div style='margin-top:8pt'>{bill_to}</div>",
                        (W - 230, 230))
                 + f"<p style='margin-top:8pt'>Summary for {d(period_start)} - {d(period_end)}</p>"
                 + f"<p class='b' style='font-size:12pt'>Total amount due {m(total)}</p>")
        head = ["Description", "Interval", "Quantity", "Amount"]
        numeric = {2, 3}
        cols = pts(W, 0.5, 0.2, 0.16, 0.14)
        interval = f"{MONTHS['en'][period_start.month - 1][:3]} {period_start.day} - {MONTHS['en'][period_end.month - 1][:3]} {period_end.day}"
        projects = [f"{pick(rng, ['prod', 'staging', 'data', 'web', 'analytics'])}-{pick(rng, ['core', 'eu', 'platform', 'etl', 'app'])}-{rng.randrange(100, 999)}" for _ in range(2)]
        items = []
        for k, (service, region, li, unit, _rate) in enumerate(rows):
            items.append(("row", li, unit, f"{projects[k % 2]} · {service} · {region}"))
        items += [("disc", li) for li in discounts]

        def cells(item) -> str:
            if item[0] == "disc":
                return (f"<tr><td style='width:{cols[0]}'>{esc(item[1].description)}</td><td style='width:{cols[1]}'>{interval}</td><td style='width:{cols[2]}'></td>"
                        f"<td class='r' style='width:{cols[3]}'>{m(item[1].amount)}</td></tr>")
            _k, li, unit, where = item
            return (f"<tr><td style='width:{cols[0]}'>{esc(li.description)}<br/><span class='tiny'>{esc(where)}</span></td><td style='width:{cols[1]}'>{interval}</td>"
                    f"<td class='r' style='width:{cols[2]}'>{_qty(li.quantity)} {unit.lower()}</td><td class='r' style='width:{cols[3]}'>{m(li.amount)}</td></tr>")
        closing = (f"<div style='margin-left:{W - 240:.0f}pt;margin-top:4pt'>{rows_html([('Subtotal', m(net)), (label, m(tax)), (f'Total in {currency}', m(total))], widths=(150, 90))}</div>"
                   + ("<p class='small'>Reverse charge: the recipient is liable to account for VAT.</p>" if reverse else "")
                   + f"<p class='tiny' style='margin-top:6pt'>Pay by wire transfer quoting invoice number {number}. {esc(vendor.name)} · {esc(', '.join(vendor.address))}</p>")
        # the project table states no rate: the truth keeps the quantity only
        for li in lines:
            if li.quantity is not None:
                li.unit_price = None

    def table(chunk) -> str:
        ths = "".join(f"<th style='width:{w};{'text-align:right' if j in numeric else ''}'>{h}</th>" for j, (h, w) in enumerate(zip(head, cols, strict=True)))
        return f"<table class='items'><tr>{ths}</tr>{''.join(cells(x) for x in chunk)}</table>"

    sheet = paged(width, height, css, (36.0, 36.0, 36.0, 30.0), items,
                  lambda chunk, page, last: (first if page == 0 else f"<p class='b'>{esc(vendor.name)} · Invoice {number} · Account {account} (continued)</p>")
                  + table(chunk) + (closing if last else ""),
                  footer=lambda p, c: f"<p class='tiny' style='text-align:right'>Page {p} of {c}</p>", footer_height=12.0)
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1,
                 notes={"brand": brand, "card": card, "reverse_charge": reverse, "customer_vat": customer_vat, "credit": float(credit), "net30": net30,
                        "period": [period_start.isoformat(), period_end.isoformat()]})


def _credit_memo(rng, vendor, customer, number, issued, account, rate, label, reverse, currency, m, d, theme, css, width, height, W, bill_to, seller,
                 head_logo, period_start, period_end, brand) -> Built:
    related = f"{rng.randrange(10**9, 4 * 10**9)}"
    month = f"{MONTHS['en'][period_start.month - 1]} {period_start.year}"
    pool = [f"Service level credit - Compute ({month})", f"Service level credit - Object Storage ({month})", f"Billing adjustment - duplicate charge ({month})",
            f"Refund of unused Reserved Instance fee ({month})", f"Goodwill credit - support case {rng.randrange(10**7, 10**8)}"]
    lines = [Line(desc, None, None, money(rng.uniform(15, 2400))) for desc in rng.sample(pool, rng.randrange(1, 3))]
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(net * rate / 100)
    total = net + tax
    doc = Doc(document_type="credit_note", locale=customer.country, currency=currency, vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, customer_id=account)
    paren = chance(rng, 0.5)

    def neg(value: D) -> str:
        return f"({m(value)})" if paren else m(-value)

    meta = [("Credit memo number", f"<b>{number}</b>"), ("Credit memo date", d(issued)), ("Account number", account), ("Related invoice", related)]
    body = (beside(head_logo + "<p class='t' style='margin-top:6pt'>CREDIT MEMO</p>", seller, (W - 230, 230))
            + beside(bill_to, kv_rows(meta, (110, 130)), (W - 240, 240))
            + "<p style='margin-top:8pt'>The following credits have been applied to your account and will be deducted from your next invoice.</p>"
            + "<table class='items'><tr><th>Description</th><th style='text-align:right'>Amount</th></tr>"
            + "".join(f"<tr><td style='width:{W * 0.78:.0f}pt'>{esc(li.description)}</td><td class='r' style='width:{W * 0.18:.0f}pt'>{neg(li.amount)}</td></tr>" for li in lines)
            + "</table>"
            + f"<div style='margin-left:{W - 240:.0f}pt;margin-top:6pt'>{rows_html([('Total pre-tax', neg(net)), (label, neg(tax)), (f'Total credit ({currency})', neg(total))], widths=(150, 90))}</div>"
            + ("<p class='small'>Reverse charge: VAT to be accounted for by the recipient.</p>" if reverse else ""))
    sheet = paged(width, height, css, (36.0, 36.0, 36.0, 30.0), [0], lambda chunk, page, last: body,
                  footer=lambda p, c: f"<p class='tiny' style='text-align:right'>Page {p} of {c}</p>", footer_height=12.0)
    return Built(doc=doc, sheet=sheet, template="cloud_credit_memo", png_scan_ok=True,
                 notes={"brand": brand, "related": related, "reverse_charge": reverse, "card": False, "customer_vat": None, "credit": 0.0, "net30": False,
                        "period": [period_start.isoformat(), period_end.isoformat()]})
