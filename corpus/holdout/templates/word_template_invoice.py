"""Invoices that sole traders type themselves in a word processor (plumbers, gardeners, tutors, cleaners, bookkeepers), in
the US, GB, IE, NZ and ZA, 2023-2025; often printed and scanned.

Three prints, all without ruled tables. `word_tabbed`: the trader's name large at the top (left or centred), the address,
phone and e-mail under it, "INVOICE" underlined, "Date:" and the number pushed right with runs of spaces as tabs leave
them ("Invoice No. 0042", "No. 0042", "#42", "INVOICE 0042"), "To:" with the customer's name and address, then one line per
item with its amount tabbed to the right, unevenly ("Labour (3 hrs @ £35.00)" … "£105.00"), "TOTAL DUE: £1,200" or
"Total £1,200.00", the terms sentence, "Please make cheques payable to …" and the bank details. `word_letter`: a letter —
the trader's address top right, the date, the customer's name and address, "Dear Mrs Thornton,", "Re: Invoice No. 42 -
work at …", a paragraph, the items as lines "Labour – 6 hours @ £35.00 per hour: £210.00", "TOTAL DUE: £256.80", the
payment paragraph, "Kind regards," and the name. `word_list`: "INVOICE" centred in large capitals, a numbered list
"1. Lawn mowing (front and back) - $45.00", Subtotal / GST 15% / Total for a GST-registered New Zealander (TAX INVOICE,
"GST No. 123-456-789"), a VAT-registered British or Irish trader (VAT @ 20% / 13.5%) or a South African VAT vendor (VAT 15%).

Truth: an `invoice`; vendor = the trader as printed at the top (its address where printed; tax id = the printed VAT /
GST number of a registered trader, else null); customer = the "To:" / letter addressee with its address; id = the
number without "Invoice No." / "No." / "#" (`0042`, `42`); document date = the Date / the letter's date; due date only
where "due by <date>" is printed; payment terms = the terms sentence as printed; lines = the items ("Labour" with
quantity 3 and unit price 35.00 when "3 hrs @ £35.00" is printed, a flat item with its amount only); total = TOTAL /
TOTAL DUE / Total; net = Subtotal and tax = the VAT / GST line where printed. Bank sort codes, account numbers and IBANs
are decoys, as is the cheque payee where it differs from the trading name.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, address, make_company, nz_gst, phone, uk_vat, za_vat
from corpus.holdout.fakes_eleventh import ie_address, ie_vat
from corpus.holdout.fakes_fifteenth import TRADER_FIRST, TRADER_LAST, TRADES, iban_for, trader_name
from corpus.holdout.money import fmt_date, fmt_number, money, random_date
from corpus.holdout.render import A4, LETTER, Box
from corpus.holdout.templates._fifteenth import single_page

FAMILY = "word_template_invoice"
DOCUMENT_TYPE = "invoice"
D = Decimal
CURRENCY = {"US": ("USD", "$"), "GB": ("GBP", "£"), "IE": ("EUR", "€"), "NZ": ("NZD", "$"), "ZA": ("ZAR", "R")}
PRICES = {"US": (1.0, "hr"), "GB": (0.8, "hr"), "IE": (0.9, "hr"), "NZ": (1.5, "hr"), "ZA": (14.0, "hr")}
DATES = {"US": ["month_d_y", "mdy_slash_nopad", "mdy_slash"], "GB": ["ordinal_month_y", "dmy_slash", "d_month_y"], "IE": ["ordinal_month_y", "dmy_slash", "d_month_y"],
         "NZ": ["dmy_slash", "d_month_y"], "ZA": ["ymd_slash", "d_month_y", "dmy_slash"]}
TAX = {"GB": ("VAT", ["20"]), "IE": ("VAT", ["13.5", "13.5", "23"]), "NZ": ("GST", ["15"]), "ZA": ("VAT", ["15"]), "US": ("Sales tax", ["6"])}


def _address(rng: random.Random, country: str) -> list[str]:
    return ie_address(rng) if country == "IE" else address(rng, country)


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["tabbed", "tabbed", "letter", "list"])
    country = pick(rng, ["US", "GB", "GB", "IE", "NZ", "ZA"])
    currency, sym = CURRENCY[country]
    person, trade, printed = trader_name(rng, country)
    vendor = Party(name=printed, address=_address(rng, country), country=country,
                   phone=f"08{rng.randrange(3, 9)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}" if country == "IE" else phone(rng, country))
    vendor.email = f"{person.split()[0].lower()}.{person.split()[-1].lower().replace(' ', '').replace(chr(39), '')}@mail.example"
    vendor.email = vendor.email.encode("ascii", "ignore").decode() or "trader@mail.example"
    registered = (country == "NZ" and chance(rng, 0.6)) or (country in ("GB", "IE", "ZA") and chance(rng, 0.25)) or (layout == "list" and country != "US" and chance(rng, 0.5))
    tax_name, rates = TAX[country]
    tax_rate = D(pick(rng, rates))
    if registered:
        vendor.tax_id = {"GB": uk_vat, "IE": ie_vat, "NZ": nz_gst, "ZA": za_vat}[country](rng)
    if chance(rng, 0.5):
        first, last = pick(rng, TRADER_FIRST[country]), pick(rng, TRADER_LAST[country])
        honorific = pick(rng, ["Mrs", "Mr", "Ms", "Dr"]) if country != "US" else pick(rng, ["Mrs.", "Mr.", "Ms."])
        customer = Party(name=f"{honorific} {first[0]}. {last}" if chance(rng, 0.5) else f"{first} {last}", address=_address(rng, country), country=country)
    else:
        customer = make_company(rng, "GB" if country == "IE" else country)
        customer.address = _address(rng, country)
        customer.tax_id = None
    mult, _unit = PRICES[country]
    services = dict(TRADES)[trade]
    lines: list[Line] = []
    for desc in rng.sample(services, rng.randrange(1, min(5, len(services)) + 1)):
        hourly = "(hours)" in desc or desc in ("Consulting", "Fault finding") or (chance(rng, 0.3) and "Call-out" not in desc and "Materials" not in desc)
        name = desc.replace(" (hours)", "")
        if hourly:
            qty = D(pick(rng, [1, 2, 3, 4, "1.5", "2.5", 6, 8]))
            price = money(round(rng.uniform(25, 60) * mult) if country != "ZA" else round(rng.uniform(25, 60) * mult, -1))
            lines.append(Line(name, qty, price, money(qty * price), "hrs"))
        else:
            amount = money(round(rng.uniform(30, 450) * mult, 0 if chance(rng, 0.6) else 2))
            lines.append(Line(name, None, None, amount))
    subtotal = sum((li.amount for li in lines), D("0.00"))
    tax = money(subtotal * tax_rate / 100) if registered else None
    total = subtotal + (tax or D("0.00"))
    net = subtotal if registered else None
    issued = random_date(rng, date(2023, 1, 2), 900)
    days = pick(rng, [7, 14, 14, 30])
    terms = pick(rng, [f"Payment within {days} days please", f"Terms: {days} days", f"Payment due within {days} days of invoice date", "Payment due on receipt", None])
    terms_value = terms.removeprefix("Terms: ") if terms else None
    due = issued + timedelta(days=days) if terms and "days" in terms and chance(rng, 0.3) else None
    n = rng.randrange(1, 400)
    number, label = pick(rng, [(f"{n:04d}", "Invoice No. "), (f"{n:04d}", "No. "), (str(n), "#"), (str(n), "Invoice #"), (f"{n:03d}", "INVOICE ")])
    vendor_address = chance(rng, 0.85)
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=currency, vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms_value, vendor_address_printed=vendor_address)
    pattern = pick(rng, DATES[country])

    def d(x: date) -> str:
        return fmt_date(x, pattern)

    def m(value: D, short: bool = True) -> str:
        whole = value == value.to_integral_value() and short and chance(rng, 0.5)
        return f"{sym}{fmt_number(value, 'en', 0 if whole else 2)}" if country != "ZA" else f"R{' ' if chance(rng, 0.5) else ''}{fmt_number(value, 'en')}"

    def line_text(li: Line) -> str:
        if li.quantity is None:
            return esc(li.description)
        return f"{esc(li.description)} ({li.quantity} hrs @ {sym}{fmt_number(li.unit_price, 'en')})"

    font = pick(rng, ["Times", "Times", "Helvetica"])
    size = pick(rng, [10.5, 11.0, 11.5])
    css = (f"body{{font-family:{font};font-size:{size}pt;margin:0;color:#111}} p{{margin:0 0 3pt 0}} .big{{font-size:{size + 7}pt;font-weight:bold}}"
           " .c{text-align:center} .r{text-align:right} .b{font-weight:bold} .u{text-decoration:underline}")
    width, height = LETTER if country == "US" else A4
    cheque = pick(rng, ["cheques", "cheques"]) if country != "US" else "checks"
    payee = person if chance(rng, 0.5) else printed
    bank = {"GB": f"Sort code {rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}, Account no. {rng.randrange(10**7, 10**8)}",
            "IE": f"IBAN {iban_for('IE', pick(rng, ['AIBK', 'BOFI', 'IPBS']) + f'{rng.randrange(10**5, 10**6)}{rng.randrange(10**7, 10**8)}')}",
            "NZ": f"Bank account {rng.randrange(1, 38):02d}-{rng.randrange(1000, 9999)}-{rng.randrange(10**6, 10**7):07d}-{rng.randrange(0, 99):02d}",
            "ZA": f"{pick(rng, ['FNB', 'Capitec', 'Standard Bank', 'ABSA'])} Acc {rng.randrange(10**9, 10**11)}, Branch code {rng.randrange(100000, 999999)}",
            "US": f"Zelle: {vendor.email}"}[country]
    pay_lines = [f"Please make {cheque} payable to {esc(payee)}" if country not in ("NZ", "ZA") else "Payment by direct credit please",
                 f"{'Bank details' if country != 'US' else 'Or pay by'}: {esc(bank)}"]
    if terms:
        pay_lines.insert(0, esc(terms) + ("" if due is None else f" - due by {d(due)}"))
    total_label = pick(rng, ["TOTAL DUE:", "TOTAL:", "Total", "Total due", "AMOUNT DUE:"])
    tax_label = f"{tax_name} @ {fmt_number(tax_rate, 'en', 1 if tax_rate != tax_rate.to_integral_value() else 0)}%"
    tax_id_line = f"{'GST No.' if country == 'NZ' else 'VAT Reg No.' if country != 'ZA' else 'VAT No.'} {vendor.tax_id}" if registered else ""

    def gap(text_len: int, target: int) -> str:
        return "&#160;" * max(3, target - text_len + rng.randrange(-4, 5))

    if layout == "tabbed":
        centred = chance(rng, 0.5)
        align = "c" if centred else ""
        top = (f"<p class='big {align}'>{esc(printed)}</p>"
               + ("".join(f"<p class='{align}'>{esc(x)}</p>" for x in vendor.address) if vendor_address else "")
               + f"<p class='{align}'>Tel: {vendor.phone} &#160; Email: {vendor.email}</p>" + (f"<p class='{align}'>{tax_id_line}</p>" if tax_id_line else ""))
        title = "TAX INVOICE" if registered and country in ("NZ", "ZA") else "INVOICE"
        meta = (f"<p style='margin-top:18pt' class='b u'>{title}</p>"
                f"<p style='margin-top:8pt'>Date:{gap(5, 12)}{d(issued)}</p><p>{esc(label)}{number}</p>")
        to = "<p style='margin-top:10pt'>To:</p>" + f"<p>{esc(customer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in customer.address)
        head_line = f"<p style='margin-top:14pt' class='b'>Description{gap(11, 58)}Amount</p>"
        items = "".join(f"<p>{line_text(li)}{gap(len(li.description) + (18 if li.quantity else 0), 62)}{m(li.amount)}</p>" for li in lines)
        sums = ""
        if registered:
            sums += f"<p style='margin-top:6pt'>Subtotal{gap(8, 62)}{m(subtotal, False)}</p><p>{tax_label}{gap(len(tax_label), 62)}{m(tax, False)}</p>"
        sums += f"<p class='b' style='margin-top:6pt'>{total_label}{gap(len(total_label), 60)}{m(total)}</p>"
        pay = "<div style='margin-top:18pt'></div>" + "".join(f"<p>{x}</p>" for x in pay_lines) + "<p style='margin-top:10pt'>Thank you for your business.</p>"
        html = top + meta + to + head_line + items + sums + pay
        template = "word_tabbed"
    elif layout == "letter":
        salutation = customer.name if customer.name.split()[0] in ("Mrs", "Mr", "Ms", "Dr", "Mrs.", "Mr.", "Ms.") else "Sir/Madam"
        if salutation != "Sir/Madam":
            salutation = f"{salutation.split()[0]} {salutation.split()[-1]}"
        right = (f"<p class='r b'>{esc(printed)}</p>" + ("".join(f"<p class='r'>{esc(x)}</p>" for x in vendor.address) if vendor_address else "")
                 + f"<p class='r'>{vendor.phone}</p><p class='r'>{vendor.email}</p>" + (f"<p class='r'>{tax_id_line}</p>" if tax_id_line else ""))
        site = customer.address[0] if chance(rng, 0.7) else "your premises"
        body = (f"<p style='margin-top:14pt'>{d(issued)}</p><div style='margin-top:12pt'></div><p>{esc(customer.name)}</p>"
                + "".join(f"<p>{esc(x)}</p>" for x in customer.address)
                + f"<p style='margin-top:14pt'>Dear {esc(salutation)},</p>"
                + f"<p class='b' style='margin-top:6pt'>Re: {'Invoice' if label in ('#', 'Invoice #') else esc(label.strip())} {'#' if '#' in label else ''}{number} - work at {esc(site)}</p>"
                + f"<p style='margin-top:6pt'>Please find below my invoice for the work carried out{' at ' + esc(site) if site != 'your premises' else ''} "
                f"on {d(issued - timedelta(days=pick(rng, [1, 2, 5, 7])))}.</p>")
        items = "".join(f"<p style='margin-left:18pt'>{esc(li.description)}" + (f" - {li.quantity} hours @ {sym}{fmt_number(li.unit_price, 'en')} per hour" if li.quantity else "")
                        + f": {m(li.amount)}</p>" for li in lines)
        sums = ((f"<p style='margin-left:18pt;margin-top:4pt'>Subtotal: {m(subtotal, False)}</p><p style='margin-left:18pt'>{tax_label}: {m(tax, False)}</p>") if registered else "")
        sums += f"<p class='b' style='margin-left:18pt;margin-top:4pt'>{total_label.rstrip(':')}: {m(total)}</p>"
        pay = "<div style='margin-top:10pt'></div>" + "".join(f"<p>{x}.</p>" for x in pay_lines)
        html = right + body + items + sums + pay + f"<p style='margin-top:14pt'>Kind regards,</p><p style='margin-top:18pt'>{esc(person)}</p>"
        template = "word_letter"
    else:
        title = "TAX INVOICE" if registered else "INVOICE"
        top = (f"<p class='c' style='font-size:{size + 12}pt;font-weight:bold;letter-spacing:3pt'>{title}</p>"
               f"<p class='c b' style='margin-top:6pt'>{esc(printed)}</p>"
               + (f"<p class='c'>{esc(', '.join(vendor.address))}</p>" if vendor_address else "") + f"<p class='c'>{vendor.phone} | {vendor.email}</p>"
               + (f"<p class='c'>{tax_id_line}</p>" if tax_id_line else ""))
        meta = (f"<p style='margin-top:16pt'>{esc(label)}{number}</p><p>Date: {d(issued)}</p>"
                f"<p style='margin-top:8pt'>Bill to: {esc(customer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in customer.address))
        items = "<div style='margin-top:12pt'></div>" + "".join(f"<p>{i}. {line_text(li)} - {m(li.amount)}</p>" for i, li in enumerate(lines, 1))
        sums = "<div style='margin-top:8pt'></div>"
        if registered:
            sums += f"<p>Subtotal {m(subtotal, False)}</p><p>{tax_label} {m(tax, False)}</p>"
        sums += f"<p class='b'>{total_label} {m(total)}</p>"
        pay = "<div style='margin-top:14pt'></div>" + "".join(f"<p>{x}</p>" for x in pay_lines)
        html = top + meta + items + sums + pay
        template = "word_list"
    margin = pick(rng, [60.0, 66.0, 72.0])
    sheet = single_page(template, width, height, css, [Box((margin, 60.0, width - margin, height - 50.0), html)])
    return Built(doc=doc, sheet=sheet, template=template, scan_weight=2.5,
                 notes={"payee": payee, "bank": bank, "registered": registered, "label": label})
