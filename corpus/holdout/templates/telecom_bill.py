"""Mobile / broadband bill (GB or US): bill summary on page one, itemised usage per line on the following pages.

Page one: the operator's letterhead, account number (= customer id) and bill number (= id), bill date,
billing period (decoy dates), "Your bill at a glance": previous bill, payment received (decoys: the
previous bill's amount and the payment that cleared it, balance brought forward 0.00), this period's
charges, "Total amount due" and "Pay by" / "Due date"; the direct debit note ("we will collect £x on or
after …" repeating the due date). Then "Your charges": plan / line rental per number, add-ons, usage
outside the allowance per number, one-off charges (handset, SIM, late fee, credits as negatives), the
subtotal, VAT at 20 % (GB) or "Taxes, fees & surcharges" (US: federal USF, state 911, state / local
sales tax; the operator's regulatory cost-recovery fee is a charge, not a tax). The itemised usage
lists calls, texts and data sessions with date, time, number, destination, duration / MB and charge
(mostly 0.00 in allowance); its rows are detail, not lines.

Truth: vendor = the operator; customer = the account holder with the billing address (the service
address of a broadband line is not the customer's address); id = the bill / invoice number;
document date = the bill date; due date = the pay-by date; lines = the "Your charges" rows; net = the
charges before tax, tax = VAT or the total of the taxes & government fees, total = this bill's charges
= the total amount due (nothing is brought forward).
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import address, make_company, person_name
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, LETTER, Box

FAMILY = "telecom_bill"
DOCUMENT_TYPE = "invoice"

OPERATORS = {"GB": [("Lumen Mobile Limited", "Lumen", ["260 Bath Road", "Slough", "SL1 4DX"]),
                    ("Kestrel Telecom plc", "Kestrel", ["1 Kingdom Street", "London", "W2 6BD"]),
                    ("FibreNest Broadband Ltd", "FibreNest", ["Trident Court, 1 Oakcroft Road", "Chessington", "KT9 1BD"])],
             "US": [("Bluewave Wireless LLC", "Bluewave", ["One Bluewave Plaza", "Basking Ridge, NJ 07920"]),
                    ("Summit Mobile Communications, Inc.", "Summit Mobile", ["12920 SE 38th Street", "Bellevue, WA 98006"]),
                    ("Prairie Connect Broadband, Inc.", "Prairie Connect", ["400 W 15th Street", "Austin, TX 78701"])]}
PLANS = {"GB": [("Unlimited Max 5G SIM only", 18, 42), ("Business 30GB plan", 12, 26), ("Full Fibre 500 broadband", 28, 55), ("Fibre 150 broadband and landline", 24, 40),
                ("Essential 10GB", 8, 15), ("Handset plan - airtime", 20, 48)],
         "US": [("Unlimited Plus 5G", 55, 90), ("Unlimited Starter", 35, 65), ("Home Internet 300 Mbps", 40, 70), ("Fiber Internet 1 Gig", 60, 80),
                ("Business Unlimited Pro", 40, 75), ("Tablet data plan 10GB", 15, 30)]}
ADDONS = {"GB": [("Roam Further pass", 2, 8), ("International calls bolt-on", 5, 12), ("Device insurance", 7, 14), ("Static IP", 5, 6)],
          "US": [("International Day Pass", 10, 12), ("Device Protection", 9, 17), ("Hotspot 50GB add-on", 10, 15), ("Visual Voicemail", 3, 3)]}
ONE_OFF = {"GB": [("Replacement SIM", 5, 10), ("Late payment fee", 5, 10), ("Goodwill credit", -15, -5), ("Router delivery", 4, 8)],
           "US": [("Activation fee", 25, 35), ("Late fee", 5, 15), ("Loyalty credit", -20, -5), ("Equipment shipping", 10, 15)]}
US_TAXES = [("Federal Universal Service Fund", 0.034), ("State 911 fee", None), ("State and local sales tax", 0.0625), ("Utility users tax", 0.045)]


def build(rng: random.Random) -> Built:
    country = pick(rng, ["GB", "GB", "US"])
    legal, brand, hq = pick(rng, OPERATORS[country])
    vendor = make_company(rng, country, with_tax=country == "GB")
    vendor.name, vendor.address = legal, list(hq)
    customer = make_company(rng, country, with_tax=False)
    residential = chance(rng, 0.4)
    if residential:
        customer.name = person_name(rng, country)
    fmt = Fmt.pick(rng, country)
    bill_date = random_date(rng)
    period_end = bill_date - timedelta(days=rng.randrange(1, 4))
    period_start = period_end - timedelta(days=pick(rng, [29, 30, 30, 27]))
    due = bill_date + timedelta(days=pick(rng, [14, 14, 21, 24, 28]))
    numbers = [_msisdn(rng, country) for _ in range(1 if residential and chance(rng, 0.6) else rng.randrange(2, 5))]
    lines: list[Line] = []
    kinds: dict[str, str] = {}          # line description -> summary category (the coupon layout's page one)
    usage_rows: list[list[str]] = []
    if chance(rng, 0.3):              # a broadband line billed with the mobiles, under its landline number
        numbers.append(_landline(rng, country))
    for msisdn in numbers:
        fixed = msisdn.startswith(("01", "02")) or msisdn.startswith("1-")
        plan, low, high = pick(rng, [p for p in PLANS[country] if fixed == any(w in p[0] for w in ("broadband", "Internet"))])
        lines.append(Line(f"{plan} - {msisdn}", None, None, money(round(rng.uniform(low, high)) - Decimal("0.01"))))
        kinds[lines[-1].description] = "Monthly plan charges"
        if chance(rng, 0.35):
            add, low, high = pick(rng, ADDONS[country])
            lines.append(Line(f"{add} - {msisdn}", None, None, money(rng.uniform(low, high))))
            kinds[lines[-1].description] = "Add-ons & extras"
        rows, charged = _usage(rng, country, fmt, msisdn, period_start, period_end, fixed=fixed)
        usage_rows += rows
        if charged:
            lines.append(Line(f"Usage outside allowance - {msisdn}", None, None, charged))
            kinds[lines[-1].description] = "Usage charges"
    if chance(rng, 0.4):
        desc, low, high = pick(rng, ONE_OFF[country])
        lines.append(Line(desc, None, None, money(rng.uniform(low, high))))
        kinds[desc] = "One-off charges & credits"
    if country == "US" and chance(rng, 0.7):
        lines.append(Line("Administrative & Regulatory Cost Recovery Fee", None, None, money(Decimal("3.49") * len(numbers))))
        kinds[lines[-1].description] = "Surcharges"
    layout = pick(rng, ["glance", "coupon"])
    net = sum((ln.amount for ln in lines), Decimal("0.00"))
    if country == "GB":
        taxes = [("VAT @ 20%", money(net * Decimal("0.2")))]
    else:
        taxes = []
        for name, pct in US_TAXES:
            if pct is None:
                taxes.append((name, money(Decimal("0.75") * len(numbers))))
            elif chance(rng, 0.8):
                taxes.append((name, money(net * Decimal(str(pct)))))
    tax = sum((t[1] for t in taxes), Decimal("0.00"))
    total = net + tax
    account = pick(rng, [f"{rng.randrange(10**8, 10**9)}", f"{rng.randrange(100, 999)}-{rng.randrange(10**6, 10**7)}",
                         f"{rng.randrange(10**11, 10**12)}"])
    bill_no = pick(rng, [f"{rng.randrange(10**9, 10**10)}", f"B{rng.randrange(10**7, 10**8)}", f"INV-{rng.randrange(10**6, 10**7)}"])
    direct_debit = chance(rng, 0.5) and layout == "glance"      # a bill with a pay-in coupon is paid by the customer
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=vendor, customer=customer,
              invoice_ids=[bill_no], document_date=bill_date, total=total, net=net, tax=tax, lines=lines, due_date=due,
              customer_id=account)
    previous = money(total * Decimal(str(rng.uniform(0.8, 1.2))))

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.5, 9.0), table=pick(rng, ["rules", "minimal", "zebra"]))
    css = theme.css(".cap{font-size:6.5pt;color:#666} .hero{font-size:18pt;font-weight:bold} .glance td{padding:2pt 4pt}")
    width, height = LETTER if country == "US" else A4
    m, num = fmt.money, fmt.num
    service_address = address(rng, country) if not residential and chance(rng, 0.5) else None
    glance = [("Previous bill", m(previous)), ("Payment received - thank you", f"-{m(previous)}"), ("Balance brought forward", m(Decimal("0.00"))),
              ("This period's charges", m(total))]
    dd_text = (f"We'll collect {m(total)} by Direct Debit from your bank account ending {rng.randrange(10, 99)} on or after {fmt.date(due)}."
               if direct_debit else f"Please pay {m(total)} by {fmt.date(due)}.")
    vat_no = f"VAT Reg No. {esc(vendor.tax_id)}" if vendor.tax_id else ""
    header = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(brand, rng, theme.accent)}</td>"
              f"<td style='width:45%' class='r small'>{esc(legal)}<br/>{lines_html(vendor.address)}<br/>{vat_no}</td></tr></table>")
    meta = [("Account number", esc(account)), (pick(rng, ["Bill number", "Invoice number", "Bill no."]), esc(bill_no)),
            (pick(rng, ["Bill date", "Invoice date", "Statement date"]), fmt.date(bill_date)),
            ("Billing period", f"{fmt.date(period_start)} - {fmt.date(period_end)}")]
    head = (header + f"<table style='width:100%;margin-top:10pt'><tr><td style='width:50%'><b>{esc(customer.name)}</b><br/>{lines_html(customer.address)}"
            + (f"<p class='small muted' style='margin-top:6pt'>Service address: {esc(', '.join(service_address))}</p>" if service_address else "")
            + "</td><td style='width:50%'><table class='kv'>"
            + "".join(f"<tr><td class='muted' style='width:95pt'>{k}</td><td>{v}</td></tr>" for k, v in meta) + "</table></td></tr></table>"
            "<table style='width:100%;margin-top:10pt' class='boxed'><tr><td style='width:55%'><p class='b'>Your bill at a glance</p>"
            "<table class='glance'>" + "".join(f"<tr><td style='width:170pt'>{k}</td><td class='r' style='width:80pt'>{v}</td></tr>" for k, v in glance)
            + f"</table></td><td style='width:45%' class='r'><p>Total amount due</p><p class='hero accent'>{m(total)}</p>"
            f"<p>{pick(rng, ['Pay by', 'Due date', 'Payment due'])} {fmt.date(due)}</p></td></tr></table>"
            f"<p class='small' style='margin-top:4pt'>{esc(dd_text)}</p>")
    charge_rows = "".join(f"<tr><td style='width:75%'>{esc(ln.description)}</td><td class='r' style='width:25%'>{num(ln.amount)}</td></tr>"
                          for ln in lines)
    tax_rows = "".join(f"<tr><td>{esc(name)}</td><td class='r'>{num(value)}</td></tr>" for name, value in taxes)
    charges = (f"<p class='b' style='margin-top:10pt'>Your charges</p><table style='width:100%'>{charge_rows}"
               f"<tr><td class='b'>{pick(rng, ['Total charges excl. VAT', 'Charges before VAT']) if country == 'GB' else 'Total charges before taxes'}</td>"
               f"<td class='r b'>{num(net)}</td></tr>"
               + (f"<tr><td class='b' colspan='2'>Taxes, fees &amp; surcharges</td></tr>{tax_rows}<tr><td class='b'>Total taxes &amp; government fees</td>"
                  f"<td class='r b'>{num(tax)}</td></tr>" if country == "US" else tax_rows)
               + f"<tr class='grand'><td>Total {'(inc VAT)' if country == 'GB' else 'amount due'}</td><td class='r'>{m(total)}</td></tr></table>")
    cols = [Col("Date", width="13%"), Col("Time", width="9%"), Col("Number / service", width="30%"), Col("Type", width="16%"),
            Col("Duration / MB", "right", "16%"), Col(f"Charge ({'£' if country == 'GB' else '$'})", "right", "16%")]

    def footer_for(offset: int):
        return lambda n, c: f"<p class='tiny c muted'>{esc(legal)} · Bill {esc(bill_no)} · Page {n + offset} of {c + offset}</p>"

    if layout == "glance":
        def body(chunk, index, is_last):
            top = (head + charges + "<p class='b' style='margin-top:10pt'>Itemised usage</p>") if index == 0 else \
                f"<p class='b'>Itemised usage (continued) · Account {esc(account)}</p>"
            return top + items_table(cols, chunk, zebra=theme.table == "zebra")

        sheet = paged_sheet(width, height, css, (38, 34, 38, 30), usage_rows, body, footer=footer_for(0), footer_height=14)
    else:
        # page one: summary by category and a tear-off payment coupon; the charges per line and the usage follow
        categories: dict[str, Decimal] = {}
        for ln in lines:
            categories[kinds[ln.description]] = categories.get(kinds[ln.description], Decimal("0.00")) + ln.amount
        summary_rows = [(k, num(v)) for k, v in categories.items()] + [("VAT" if country == "GB" else "Taxes, fees & surcharges", num(tax)),
                                                                       ("Total current charges", m(total))]
        remit_to = {"GB": ["Payments Centre", "PO Box 612", "Darlington", "DL98 1AB"],
                    "US": ["PO Box 660108", "Dallas, TX 75266-0108"]}[country]
        coupon = (f"<p class='tiny c' style='margin-top:14pt'>- - - - - - - - - - Please detach and return this portion with your payment "
                  "- - - - - - - - - -</p><table style='width:100%' class='boxed'><tr><td style='width:50%'>"
                  f"<span class='cap'>Account number</span><br/>{esc(account)}<br/><span class='cap'>Amount due</span><br/><b>{m(total)}</b><br/>"
                  f"<span class='cap'>Due date</span><br/>{fmt.date(due)}</td><td style='width:50%'><span class='cap'>Amount enclosed</span><br/>"
                  f"________________<br/><br/>{esc(brand)}<br/>{lines_html(remit_to)}</td></tr></table>")
        page_one = (head + "<p class='b' style='margin-top:10pt'>Summary of charges</p><table style='width:70%'>"
                    + "".join(f"<tr><td style='width:70%'>{esc(k)}</td><td class='r' style='width:30%'>{v}</td></tr>" for k, v in summary_rows)
                    + "</table>" + coupon)
        detail = (f"<p class='b'>Your charges in detail · Account {esc(account)}</p>" + charges.replace("<p class='b' style='margin-top:10pt'>Your charges</p>", ""))

        def body(chunk, index, is_last):
            top = (detail + "<p class='b' style='margin-top:10pt'>Itemised usage</p>") if index == 0 else \
                f"<p class='b'>Itemised usage (continued) · Account {esc(account)}</p>"
            return top + items_table(cols, chunk, zebra=theme.table == "zebra")

        sheet = paged_sheet(width, height, css, (38, 34, 38, 30), usage_rows, body, footer=footer_for(1), footer_height=14)
        first = [Box((38, 34, width - 38, height - 30 - 14), page_one),
                 Box((38, height - 30 - 14, width - 38, height - 30), footer_for(1)(0, len(sheet.pages)))]
        sheet.pages.insert(0, first)
    return Built(doc=doc, sheet=sheet, template=f"telecom_{layout}_{country.lower()}",
                 png_scan_ok=len(sheet.pages) == 1,
                 notes={"previous_bill": float(previous), "period": [period_start.isoformat(), period_end.isoformat()],
                        "numbers": numbers, "service_address": service_address, "direct_debit": direct_debit})


def _landline(rng: random.Random, country: str) -> str:
    if country == "GB":
        return f"0{rng.choice([113, 117, 121, 131, 161, 20])} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"
    return f"1-{rng.randrange(201, 989)}-{rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}"


def _msisdn(rng: random.Random, country: str) -> str:
    if country == "GB":
        return f"07{rng.randrange(100, 999)} {rng.randrange(100000, 999999)}"
    return f"({rng.randrange(201, 989)}) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}"


def _usage(rng: random.Random, country: str, fmt: Fmt, msisdn: str, start, end, *, fixed: bool) -> tuple[list[list[str]], Decimal]:
    rows = [[f"<b>{esc(msisdn)}</b>", "", "", "", "", ""]]
    charged = Decimal("0.00")
    day_span = max(1, (end - start).days)
    events = sorted((start + timedelta(days=rng.randrange(day_span)), rng.randrange(6 * 60, 23 * 60)) for _ in range(rng.randrange(14, 40)))
    for day, minute in events:
        kind = "Call" if fixed else pick(rng, ["Call", "Call", "Text", "Data", "Call"])   # a landline itemises calls only
        if kind == "Data":
            dest, size = pick(rng, ["Mobile data", "5G data", "Data roaming EU"]), f"{rng.randrange(5, 2400)} MB"
        elif kind == "Text":
            dest, size = _msisdn(rng, country), "1"
        else:
            dest = _msisdn(rng, country) if chance(rng, 0.7) else pick(rng, ["0800 123 456", "Voicemail", "+33 1 44 55 66 77", "1-800-555-0199"])
            secs = rng.randrange(8, 3200)
            size = f"{secs // 60}:{secs % 60:02d}"
        cost = Decimal("0.00")
        if chance(rng, 0.08):
            cost = money(rng.uniform(0.1, 4.5))
            charged += cost
        rows.append([fmt.date(day, "dmy_slash" if country == "GB" else "mdy_slash"), f"{minute // 60:02d}:{minute % 60:02d}",
                     esc(dest), kind, size, fmt.num(cost)])
    return rows, charged
