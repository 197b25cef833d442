"""A freelancer's invoice typed into a word-processor template (Word, Google Docs, Pages).

A person's name as the letterhead (sometimes with a trade line: "Illustration & Design"), sometimes
no postal address at all (only e-mail, phone, website); minimal and inconsistent labels ("Invoice #",
"No.", "INVOICE 0007", "Date:", "Issued:", "Bill to", "Billed to", "Client:", "For:"); hourly lines
(hours x rate, "12.5 hrs @ $65/hr") and flat fees without quantity; no tax, or a single tax line (GST
10 % with the freelancer's ABN, VAT 20 % with a VAT number, a German freelancer's Steuernummer or the
small-business exemption note); "TOTAL" or "Total due" or "Balance Due"; a deposit already paid
subtracted to a balance (a decoy: the total is the invoice's total); PayPal / bank / IBAN / Venmo
payment lines; prose notes that mention other amounts and dates ("the deposit of $500 paid on 3
March", "rate goes up to $75/hr from 1 July", "late payments: 2% per month") - decoys.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, paged_sheet, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, abn, address, de_vat, iban, make_company, person_name, uk_vat
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money

FAMILY = "freelancer_invoice"
DOCUMENT_TYPE = "invoice"

TRADES = {
    "design": ("Illustration & Design", [("Logo design - concepts and final artwork", 45, 95), ("Brand guidelines document", 45, 95),
                                         ("Social media templates (set of 12)", 40, 85), ("Packaging illustration", 50, 110),
                                         ("Revisions (client feedback round 2)", 45, 95)],
               [("Stock image licences", 29, 180), ("Print proofing", 35, 120)]),
    "dev": ("Web Development", [("Website build - WordPress theme customisation", 55, 130), ("Bug fixes and maintenance", 55, 130),
                                ("Shopify store setup", 60, 140), ("API integration (payments)", 70, 150), ("Code review and handover call", 60, 140)],
            [("Domain and hosting (annual, re-billed)", 90, 260), ("Premium plugin licence", 49, 199)]),
    "writing": ("Copywriting & Editing", [("Blog articles (4 x 1,200 words)", 40, 90), ("Website copy - About and Services pages", 45, 95),
                                          ("Proofreading - annual report", 35, 70), ("Newsletter drafting", 40, 85), ("Interview transcription", 30, 55)],
                [("Research materials", 20, 90)]),
    "photo": ("Photography", [("Event photography (on site)", 60, 150), ("Photo editing and retouching", 45, 90),
                              ("Headshot session", 60, 140)],
              [("Travel - mileage", 25, 90), ("Usage licence - 1 year web", 150, 600)]),
}
NOTES = ["Thank you for the deposit of {dep} paid on {dep_date}, which has been deducted above.",
         "Please note my hourly rate goes up to {new_rate} from {rate_date}.",
         "Late payments may incur interest of 2% per month after {late_date}.",
         "It was a pleasure working on this project - looking forward to the next one!",
         "The remaining {later} for phase 2 will be invoiced on completion."]


def build(rng: random.Random) -> Built:
    country = pick(rng, ["US", "US", "GB", "AU", "DE"])
    trade, (trade_line, hourly, flat) = pick(rng, list(TRADES.items()))
    fmt = Fmt.pick(rng, country if country != "DE" else "GB")
    if country == "DE":
        fmt.currency, fmt.symbol, fmt.position, fmt.number_style = "EUR", "€", pick(rng, ["pre", "post_space"]), pick(rng, ["en", "de"])
        fmt.date_pattern = pick(rng, ["dmy_dot", "d_month_y", "dmy_slash"])
    name = person_name(rng, country if country != "DE" else "DE")
    has_address = chance(rng, 0.6)
    handle = "".join(ch for ch in name.split()[-1].lower().replace("ü", "ue").replace("ö", "oe").replace("ä", "ae") if ch.isascii() and ch.isalpha())
    vendor = Party(name=name, address=address(rng, country) if has_address else [], country=country,
                   email=f"{name.split()[0].lower()}@{handle}{pick(rng, ['design', 'studio', 'creative', 'works', ''])}.example")
    vendor.website = vendor.email.split("@")[1].replace(".example", ".example/portfolio")
    tax_mode = {"US": "none", "GB": pick(rng, ["none", "none", "vat"]), "AU": pick(rng, ["gst", "gst", "none_abn"]),
                "DE": pick(rng, ["vat_de", "kleinunternehmer"])}[country]
    if tax_mode == "vat":
        vendor.tax_id = uk_vat(rng)
    elif tax_mode in ("gst", "none_abn"):
        vendor.tax_id = abn(rng)
    elif tax_mode == "vat_de":
        vendor.tax_id = de_vat(rng) if chance(rng, 0.5) else f"{rng.randrange(10, 99)}/{rng.randrange(100, 999)}/{rng.randrange(10000, 99999)}"
    elif tax_mode == "kleinunternehmer":
        vendor.tax_id = f"{rng.randrange(10, 99)}/{rng.randrange(100, 999)}/{rng.randrange(10000, 99999)}"
    customer = make_company(rng, country if country != "DE" else "DE", with_tax=False)
    issued, due, days = issue_and_due(rng, (7, 14, 14, 15, 30))

    # hourly lines at one rate (freelancers quote one rate), plus a flat fee or a re-billed expense
    rate_ = Decimal(rng.randrange(hourly[0][1], hourly[0][2]))
    lines: list[Line] = []
    for desc, _low, _high in rng.sample(hourly, rng.randrange(1, 4)):
        hours = Decimal(rng.randrange(2, 60)) / 2
        lines.append(Line(desc, hours, rate_, money(hours * rate_), "hrs"))
    if chance(rng, 0.4):
        desc, low, high = pick(rng, flat)
        lines.append(Line(desc, None, None, money(rng.uniform(low, high))))
    net = sum((ln.amount for ln in lines), Decimal("0.00"))
    tax_rate = {"vat": Decimal(20), "gst": Decimal(10), "vat_de": Decimal(19)}.get(tax_mode)
    tax = money(net * tax_rate / 100) if tax_rate else None
    total = net + (tax or Decimal("0.00"))
    show_subtotal = tax is not None or chance(rng, 0.4)
    number = pick(rng, [f"{rng.randrange(1, 60):03d}", f"{rng.randrange(1, 60)}", f"{issued.year}-{rng.randrange(1, 40):02d}",
                        f"{name.split()[0][0]}{name.split()[-1][0]}-{rng.randrange(100, 400)}".upper()])
    terms_mode = pick(rng, ["due", "terms", "both", "none"])
    terms = pick(rng, ["Payment within {d} days", "Net {d}", "Due within {d} days of invoice date"]).format(d=days) \
        if terms_mode in ("terms", "both") else (pick(rng, ["Due upon receipt", "Payable on receipt"]) if terms_mode == "none" and chance(rng, 0.5) else None)
    deposit = money(total * Decimal(pick(rng, ["0.25", "0.3", "0.5"])) // 10 * 10) if chance(rng, 0.25) and total > 400 else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net if show_subtotal else None, tax=tax,
              lines=lines, due_date=due if terms_mode in ("due", "both") else None, payment_terms=terms,
              vendor_address_printed=has_address)

    layout = pick(rng, ["classic", "minimal", "letter"])
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times", "Times", "Courier"]), size=(9.0, 11.0),
                       table={"classic": pick(rng, ["grid", "header_fill", "zebra"]), "minimal": "minimal", "letter": "minimal"}[layout])
    css = theme.css(".name{font-size:22pt;font-weight:bold} .lbl{font-weight:bold} .spaced{letter-spacing:2pt}")
    width, height = (612.0, 792.0) if country == "US" else (595.28, 841.89)
    money_ = fmt.money
    contact = [esc(vendor.email)] + ([f"{pick(rng, ['Tel', 'Mobile', 'M'])}: {rng.randrange(100, 999)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"]
                                    if chance(rng, 0.6) else []) + ([esc(vendor.website)] if chance(rng, 0.4) else [])
    tax_id_line = ""
    if vendor.tax_id:
        label = {"vat": "VAT Reg. No.", "gst": "ABN", "none_abn": "ABN", "vat_de": "USt-IdNr." if vendor.tax_id.startswith("DE") else "Steuernummer",
                 "kleinunternehmer": "Steuernummer"}[tax_mode]
        tax_id_line = f"{label}: {esc(vendor.tax_id)}"
    sender = f"<p class='name'>{esc(name)}</p>" + (f"<p class='muted'>{trade_line}</p>" if chance(rng, 0.6) else "") + \
        f"<p class='small'>{lines_html(vendor.address)}{'<br/>' if vendor.address else ''}{'<br/>'.join(contact)}" + \
        (f"<br/>{tax_id_line}" if tax_id_line else "") + "</p>"
    attn = f"<br/>Attn: {person_name(rng, country if country != 'DE' else 'DE')}" if chance(rng, 0.4) else ""
    bill = f"<p class='lbl'>{pick(rng, ['Bill to', 'Billed to', 'Bill To:', 'Client:', 'To:'])}</p><p>{esc(customer.name)}{attn}<br/>{lines_html(customer.address)}</p>"
    project = pick(rng, ["Spring campaign", "Website relaunch", "Annual report 2024", "Product launch", "Brand refresh", "Q3 content"])
    for_line = f"<p><span class='lbl'>{pick(rng, ['For:', 'Project:', 'Re:'])}</span> {project}</p>" if chance(rng, 0.6) else ""
    meta = [(pick(rng, ["Invoice #", "Invoice No.", "No.", "Invoice number:"]), esc(number)), (pick(rng, ["Date:", "Date", "Issued:", "Invoice date:"]), fmt.date(issued))]
    if doc.due_date:
        meta.append((pick(rng, ["Due:", "Due date:", "Payment due:"]), fmt.date(due)))
    if terms:
        meta.append(("Terms:", esc(terms)))

    style = pick(rng, ["table", "at"])
    rows = []
    for ln in lines:
        if style == "table":
            rows.append([esc(ln.description), fmt.qty(ln.quantity) if ln.quantity is not None else "",
                         fmt.num(ln.unit_price) if ln.unit_price is not None else "", fmt.num(ln.amount)])
        else:
            detail = f" - {fmt.qty(ln.quantity)} hrs @ {money_(ln.unit_price)}/hr" if ln.quantity is not None else ""
            rows.append([esc(ln.description) + detail, money_(ln.amount)])
    if style == "table":
        heads, aligns = [pick(rng, ["Description", "Item", "Service"]), pick(rng, ["Hours", "Hrs", "Qty"]), "Rate", "Amount"], ["left", "right", "right", "right"]
    else:
        heads, aligns = ["", ""], ["left", "right"]
    th = "<tr>" + "".join(f"<th style='text-align:{a}'>{h}</th>" for h, a in zip(heads, aligns, strict=True)) + "</tr>" if style == "table" else ""

    def table(chunk) -> str:
        return f"<table class='items'>{th}" + "".join(
            "<tr>" + "".join(f"<td style='text-align:{a}'>{c}</td>" for c, a in zip(r, aligns, strict=True)) + "</tr>" for r in chunk) + "</table>"

    tot = []
    if show_subtotal:
        tot.append(("Subtotal", money_(net)))
    if tax is not None:
        tot.append(({"vat": "VAT @ 20%", "gst": "GST (10%)", "vat_de": "USt. 19% / VAT 19%"}[tax_mode], money_(tax)))
    grand = pick(rng, ["TOTAL", "Total", "Total due", "Balance Due"] if deposit is None else ["TOTAL", "Total", "Invoice total"])
    tot.append((grand, money_(total)))
    if deposit is not None:
        tot += [(pick(rng, ["Less deposit paid", "Deposit received", "Paid"]), f"-{money_(deposit)}"),
                (pick(rng, ["Balance Due", "Amount due", "Remaining balance"]), money_(total - deposit))]
    totals = "<table style='width:100%;margin-top:6pt'>" + "".join(
        f"<tr><td style='width:60%'></td><td style='width:22%' class='{'b' if k in (grand,) else ''}'>{k}</td>"
        f"<td style='width:18%' class='r {'b' if k in (grand,) else ''}'>{v}</td></tr>" for k, v in tot) + "</table>"
    notes = []
    if tax_mode == "kleinunternehmer":
        notes.append("Gemäß § 19 UStG wird keine Umsatzsteuer berechnet. (No VAT charged - small business exemption.)")
    if tax_mode == "none_abn":
        notes.append("No GST has been charged - I am not registered for GST.")
    dep_date = issued - timedelta(days=rng.randrange(10, 60))
    picks = rng.sample(range(1, len(NOTES)), rng.randrange(0, 3))
    if deposit is not None:
        picks = [0] + picks
    for k in picks:
        notes.append(NOTES[k].format(dep=money_(deposit or Decimal("0")), dep_date=fmt.date(dep_date, "d_month_y" if country != "US" else "month_d_y"),
                                     new_rate=money_(rate_ + 10), rate_date=fmt.date(issued + timedelta(days=rng.randrange(20, 90))),
                                     late_date=fmt.date(due), later=money_(money(total * Decimal("0.6")))))
    pay = pick(rng, [f"PayPal: {esc(vendor.email)}", f"Venmo: @{name.replace(' ', '-')}", "Zelle to the e-mail above"] if country == "US" else
               [f"PayPal: {esc(vendor.email)}", f"Bank transfer - IBAN {iban(rng, 'GB' if country == 'GB' else 'DE')}",
                f"Sort code {rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}, Account {rng.randrange(10**7, 10**8)}" if country == "GB" else
                f"BSB {rng.randrange(100, 999)}-{rng.randrange(100, 999)}, Account {rng.randrange(10**7, 10**9)}" if country == "AU" else "PayPal.me link on request"])
    pay_html = f"<p style='margin-top:10pt'><span class='lbl'>{pick(rng, ['Payment details:', 'How to pay:', 'Please pay to:'])}</span><br/>{pay}</p>"
    notes_html = "".join(f"<p class='small'>{esc(n)}</p>" for n in notes)
    thanks = f"<p style='margin-top:10pt'>{pick(rng, ['Thank you!', 'Thanks for your business.', 'Many thanks,'])}</p>" + \
        (f"<p>{esc(name)}</p>" if layout == "letter" else "")

    if layout == "classic":
        meta_html = "<table class='kv'>" + "".join(f"<tr><td class='lbl'>{k}</td><td>{v}</td></tr>" for k, v in meta) + "</table>"
        head = (f"<table style='width:100%'><tr><td style='width:60%'>{sender}</td><td style='width:40%' class='r'>"
                f"<p class='name accent spaced'>INVOICE</p>{meta_html}</td></tr></table><div style='margin-top:12pt'>{bill}</div>{for_line}")
    elif layout == "minimal":
        head = (sender + f"<p class='b' style='font-size:14pt;margin-top:10pt'>{pick(rng, ['Invoice', 'INVOICE'])}</p>"
                + "".join(f"<p><span class='lbl'>{k}</span> {v}</p>" for k, v in meta) + f"<div style='margin-top:8pt'>{bill}</div>{for_line}")
    else:
        head = (f"<p class='r'>{fmt.date(issued)}</p>" + sender + f"<div style='margin-top:10pt'>{bill}</div>"
                + f"<p class='b' style='margin-top:10pt'>INVOICE {esc(number)}</p>"
                + "".join(f"<p>{k} {v}</p>" for k, v in meta[1:]) + for_line
                + f"<p>{pick(rng, ['Please find below my invoice for work completed.', 'Here is my invoice for the work this month.'])}</p>")

    def body(chunk, index, is_last):
        top = head if index == 0 else f"<p class='b'>Invoice {esc(number)} (continued)</p>"
        return top + table(chunk) + (totals + pay_html + notes_html + thanks if is_last else "")

    sheet = paged_sheet(width, height, css, (60, 50, 60, 40), rows, body)
    return Built(doc=doc, sheet=sheet, template=f"wp_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"deposit": float(deposit) if deposit else None, "tax_mode": tax_mode})
