"""Professional services bill from a law firm (US, GB, AU): time entries, disbursements, trust money applied.

Letterhead of the firm, client block, Invoice No., Date, Client No. (the truth's customer id), Matter
No. and matter description (decoys), responsible partner; time entries with Date, fee earner /
timekeeper initials, a narrative that wraps over lines, hours in tenths, rate (not always printed)
and amount; disbursements / costs advanced (court fees, searches, courier, copying) with amounts only;
"Total fees", "Total disbursements", VAT 20 % (GB) or GST 10 % (AU) on the taxable part, "Total this
invoice"; then an account summary: previous balance, payments received, retainer or trust funds
applied, "Balance due" (the truth's total is the invoice's own total, not the balance). US bills add
a timekeeper summary (hours x rate per person). Long matters run over several pages.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, paged_sheet, paper, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import (
    FIRST_NAMES,
    SURNAMES,
    Party,
    abn,
    account_code,
    address,
    make_company,
    phone,
    uk_vat,
)
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money

FAMILY = "law_firm_invoice"
DOCUMENT_TYPE = "invoice"

RATES = {"US": [("Partner", 520, 895), ("Associate", 310, 495), ("Paralegal", 150, 240)],
         "GB": [("Partner", 380, 550), ("Senior Associate", 260, 360), ("Trainee Solicitor", 130, 190)],
         "AU": [("Partner", 520, 780), ("Senior Associate", 360, 480), ("Law Clerk", 180, 260)]}
MATTERS = ["Commercial lease - {street}", "Acquisition of {target}", "Employment dispute - {person}",
           "General corporate advice", "Debt recovery v {target}", "Trademark opposition - {mark}",
           "Shareholders' agreement", "Supply agreement with {target}"]
NARRATIVES = [
    "Review and analysis of draft {doc} received from opposing counsel; prepare detailed comments for client",
    "Telephone conference with client re: {topic}; follow-up email summarising options",
    "Draft correspondence to {party} regarding {topic}",
    "Attend hearing on {motion}; travel to and from court",
    "Research regarding enforceability of {clause} provisions; prepare internal memorandum",
    "Prepare first draft of {doc}",
    "Emails with client re: {topic}",
    "Revise {doc} to reflect client's comments and circulate mark-up",
    "Conference with {person} re: strategy and next steps",
    "Review disclosure documents and prepare chronology of key events",
    "Prepare for and attend mediation; post-mediation report to client",
    "Finalise {doc}; arrange execution and exchange",
    "Review title documents and searches; raise requisitions",
    "Telephone call with {party} re: {topic}",
]
DOCS = ["asset purchase agreement", "lease", "settlement deed", "witness statement", "disclosure letter",
        "shareholders' agreement", "letter of demand", "employment contract", "licence agreement", "statement of claim"]
TOPICS = ["settlement proposal", "completion timetable", "outstanding due diligence items", "lease renewal options",
          "discovery schedule", "costs budget", "board approval", "restrictive covenants", "witness availability"]
PARTIES = ["opposing counsel", "the landlord's solicitors", "the court registry", "the vendor's solicitors", "counsel"]
MOTIONS = ["motion to compel", "case management conference", "application for summary judgment", "directions hearing"]
CLAUSES = ["non-compete", "limitation of liability", "liquidated damages", "exclusivity"]
DISBURSEMENTS = {
    "US": [("Court filing fee", 75, 450, False), ("Messenger / courier service", 18, 95, False),
           ("Photocopying and printing", 12, 140, False), ("Westlaw research charges", 40, 380, False),
           ("Process server fee", 65, 180, False), ("Deposition transcript", 280, 1200, False), ("Travel - mileage", 20, 120, False)],
    "GB": [("Court fee (no VAT)", 55, 600, False), ("HM Land Registry search fee (no VAT)", 3, 30, False),
           ("Courier charges", 15, 80, True), ("Counsel's fee", 450, 3500, True), ("Travel expenses", 20, 160, True),
           ("Companies House filing fee (no VAT)", 10, 100, False), ("Photocopying", 10, 90, True)],
    "AU": [("Court filing fee (GST free)", 120, 1100, False), ("Title search fee", 20, 60, True),
           ("Courier", 15, 80, True), ("ASIC search fee (GST free)", 10, 40, False), ("Barrister's fee", 800, 4500, True),
           ("Photocopying", 10, 90, True)],
}


def _narrative(rng: random.Random, client: str) -> str:
    text = _one_narrative(rng)
    while chance(rng, 0.45) and len(text) < 260:   # block-billed entries run several tasks together
        more = _one_narrative(rng)
        text += "; " + more[0].lower() + more[1:]
    return text


def _one_narrative(rng: random.Random) -> str:
    return pick(rng, NARRATIVES).format(doc=pick(rng, DOCS), topic=pick(rng, TOPICS), party=pick(rng, PARTIES),
                                        motion=pick(rng, MOTIONS), clause=pick(rng, CLAUSES),
                                        person=f"{pick(rng, FIRST_NAMES['en'])[0]}. {pick(rng, SURNAMES['en'])}")


def build(rng: random.Random) -> Built:
    country = pick(rng, ["US", "US", "GB", "AU"])
    a, b = rng.sample(SURNAMES["en"], 2)
    suffix = {"US": ["LLP", "P.C.", "PLLC", "LLP"], "GB": ["LLP", "Solicitors", "Solicitors LLP"],
              "AU": ["Lawyers", "Legal", "Lawyers Pty Ltd"]}[country]
    firm = Party(name=pick(rng, [f"{a} & {b} {pick(rng, suffix)}", f"{a} {b} {pick(rng, suffix)}", f"{a} Law Group"
                                 if country == "US" else f"{a} {b} {pick(rng, suffix)}"]),
                 address=address(rng, country), country=country, phone=phone(rng, country))
    firm.email = f"accounts@{a.lower()}{b.lower()}.example"
    if country == "GB":
        firm.tax_id = uk_vat(rng)
    elif country == "AU":
        firm.tax_id = abn(rng)
    elif chance(rng, 0.5):
        firm.tax_id = f"{rng.randrange(10, 99)}-{rng.randrange(10**6, 10**7)}"
    client = make_company(rng, country, with_tax=False)
    fmt = Fmt.pick(rng, country)
    issued, due, days = issue_and_due(rng, (14, 30, 30, 30))
    period_end = issued.replace(day=1) - timedelta(days=1)
    period_start = period_end.replace(day=1)
    tax_rate = {"US": None, "GB": Decimal(20), "AU": Decimal(10)}[country]

    keepers = []
    for title, low, high in RATES[country]:
        name = f"{pick(rng, FIRST_NAMES['en'])} {pick(rng, SURNAMES['en'])}"
        keepers.append((name, "".join(p[0] for p in name.split()), title, money(round(rng.uniform(low, high) / 5) * 5)))
    keepers = keepers[: rng.randrange(1, 4)]
    count = rng.randrange(4, 12) if chance(rng, 0.7) else rng.randrange(22, 40)
    span = max(1, (period_end - period_start).days)
    entries = []          # (date, keeper, Line)
    show_rate = chance(rng, 0.65)
    for k in range(count):
        keeper = pick(rng, keepers)
        hours = Decimal(rng.randrange(1, 45)) / 10
        line = Line(_narrative(rng, client.name), hours, keeper[3] if show_rate else None, money(hours * keeper[3]))
        entries.append((period_start + timedelta(days=k * span // count), keeper, line))
    fee_total = sum((e[2].amount for e in entries), Decimal("0.00"))
    disb = []             # (Line, taxable)
    for desc, low, high, taxable in rng.sample(DISBURSEMENTS[country], rng.randrange(0, 5)):
        disb.append((Line(desc, None, None, money(rng.uniform(low, high))), taxable))
    disb_total = sum((d[0].amount for d in disb), Decimal("0.00"))
    subtotal = fee_total + disb_total
    tax = None
    if tax_rate is not None:
        taxable = fee_total + sum((d[0].amount for d in disb if d[1]), Decimal("0.00"))
        tax = money(taxable * tax_rate / 100)
    total = subtotal + (tax or Decimal("0.00"))
    previous = money(rng.uniform(500, 20000)) if chance(rng, 0.4) else Decimal("0.00")
    paid = previous if previous and chance(rng, 0.6) else (money(previous / 2) if previous else Decimal("0.00"))
    trust = min(total, money(rng.uniform(1000, 15000))) if chance(rng, 0.4) else Decimal("0.00")
    balance = previous - paid + total - trust

    number = pick(rng, [f"{rng.randrange(100000, 999999)}", f"INV-{rng.randrange(10000, 99999)}",
                        f"{issued.year % 100}{rng.randrange(10000, 99999)}"])
    client_no = account_code(rng, pick(rng, ["num", "C"])) if chance(rng, 0.7) else None
    matter_no = f"{client_no or rng.randrange(1000, 9999)}-{rng.randrange(1, 40):04d}"
    matter = pick(rng, MATTERS).format(street=client.address[0], target=make_company(rng, country, with_tax=False).name,
                                       person=f"{pick(rng, FIRST_NAMES['en'])} {pick(rng, SURNAMES['en'])}",
                                       mark=pick(rng, ["NORTHSTAR", "BLUEWAVE", "KITEFIELD"]))
    terms_kind = pick(rng, ["within", "due", "due"])
    payment_terms = due_date = None
    if terms_kind == "within":
        payment_terms = pick(rng, [f"Payment due within {days} days", f"Due within {days} days of invoice date", f"Net {days}"])
    else:
        due_date = due
    lines = [e[2] for e in entries] + [d[0] for d in disb]
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=firm, customer=client,
              invoice_ids=[number], document_date=issued, total=total, net=subtotal if tax is not None else None,
              tax=tax, lines=lines, due_date=due_date, payment_terms=payment_terms, customer_id=client_no)

    theme = Theme.pick(rng, font=pick(rng, ["Times", "Times", "Helvetica"]), size=(8.5, 10.0),
                       table=pick(rng, ["rules", "minimal", "rules"]), accent=pick(rng, ["#1b2a41", "#4a1c1c", "#23395b", "#333333"]))
    css = theme.css(".firm{font-size:17pt;font-family:Times;letter-spacing:1pt} .sec{font-weight:bold;margin-top:8pt;"
                    f"border-bottom:0.6pt solid {theme.accent}}}")
    width, height = paper(rng, country)
    num, money_fmt = fmt.num, fmt.money
    tax_name = "VAT" if country == "GB" else "GST"
    title = {"US": pick(rng, ["INVOICE", "STATEMENT FOR PROFESSIONAL SERVICES"]), "GB": pick(rng, ["INVOICE", "VAT INVOICE", "BILL OF COSTS"]),
             "AU": "TAX INVOICE"}[country]
    meta = [("Invoice No.", esc(number)), ("Invoice Date", fmt.date(issued))]
    if client_no:
        meta.append((pick(rng, ["Client No.", "Client ID", "Client Number"]), esc(client_no)))
    meta += [(pick(rng, ["Matter No.", "Our Ref", "File No."]), esc(matter_no)), ("Matter", esc(matter))]
    if country == "GB" and chance(rng, 0.5):
        meta.append(("Your Ref", f"{pick(rng, ['PO', 'LEGAL', 'GC'])}/{rng.randrange(100, 9999)}"))
    meta.append(("Billing Period", f"{fmt.date(period_start)} to {fmt.date(period_end)}"))
    meta.append((pick(rng, ["Responsible Partner", "Billing Attorney", "Partner"]), esc(keepers[0][0])))
    if due_date:
        meta.append(("Payment Due", fmt.date(due_date)))
    tax_line = ""
    if firm.tax_id:
        tax_line = {"GB": "VAT Reg. No. ", "AU": "ABN ", "US": "Federal Tax ID: "}[country] + esc(firm.tax_id)
    header = (f"<p class='firm accent c'>{esc(firm.name.upper())}</p>"
              f"<p class='c small'>{esc(' | '.join(firm.address))} | Tel {esc(firm.phone)}"
              + (f"<br/>{tax_line}" if tax_line else "") + "</p>"
              f"<table style='width:100%;margin-top:14pt'><tr><td style='width:50%'><p>{esc(client.name)}<br/>"
              f"{'Attn: Accounts Payable<br/>' if chance(rng, 0.4) else ''}{lines_html(client.address)}</p></td>"
              f"<td style='width:50%'><p class='b big'>{title}</p><table class='kv' style='width:100%'>"
              + "".join(f"<tr><td style='width:40%' class='b'>{k}</td><td style='width:60%'>{v}</td></tr>" for k, v in meta)
              + "</table></td></tr></table>")
    rows = [("entry", e) for e in entries]
    if disb:
        rows.append(("fees_total", None))
        rows += [("disb", d) for d in disb]
    th_cells = ["Date", pick(rng, ["Timekeeper", "Fee Earner", "Init."]), "Description", "Hours"] + (["Rate"] if show_rate else []) + ["Amount"]
    aligns = ["left", "left", "left", "right"] + (["right"] if show_rate else []) + ["right"]
    # auto column widths: MuPDF shares percentage widths out almost evenly, which starves the narrative
    th = "<tr>" + "".join(f"<th style='text-align:{al}'>{c}</th>" for c, al in zip(th_cells, aligns, strict=True)) + "</tr>"
    span_cols = len(th_cells)
    short_hours = chance(rng, 0.5)

    def row_html(kind, item):
        if kind == "entry":
            day, keeper, line = item
            cells = [fmt.date(day, "dmy_slash" if country != "US" else "mdy_slash"), keeper[1], esc(line.description),
                     fmt.qty(line.quantity) if short_hours else f"{line.quantity:.2f}"]
            if show_rate:
                cells.append(num(line.unit_price))
            cells.append(num(line.amount))
            return "<tr>" + "".join(f"<td style='text-align:{al}'>{c}</td>" for c, al in zip(cells, aligns, strict=True)) + "</tr>"
        if kind == "fees_total":
            return (f"<tr><td colspan='{span_cols - 1}' class='b'>Total professional fees</td><td class='r b'>{num(fee_total)}</td></tr>"
                    f"<tr><td colspan='{span_cols}' class='b' style='padding-top:8pt'>"
                    f"{pick(rng, ['Disbursements', 'Costs Advanced', 'Expenses and Disbursements'])}</td></tr>")
        line = item[0]
        return f"<tr><td></td><td></td><td colspan='{span_cols - 3}'>{esc(line.description)}</td><td class='r'>{num(line.amount)}</td></tr>"

    rendered = [row_html(kind, item) for kind, item in rows]
    summary = [("Total fees" if disb else "Total professional fees", num(fee_total))]
    if disb:
        summary.append(("Total disbursements", num(disb_total)))
    if tax is not None:
        summary.append((f"Total excluding {tax_name}", num(subtotal)))
        summary.append((f"{tax_name} @ {tax_rate}%", num(tax)))
    summary.append((pick(rng, ["TOTAL THIS INVOICE", "Total this bill", "Total amount of this invoice"]), money_fmt(total)))
    summary_html = ("<table style='width:100%;margin-top:6pt'>" + "".join(
        f"<tr><td style='width:60%'></td><td style='width:25%' class='{'b' if i == len(summary) - 1 else ''}'>{k}</td>"
        f"<td style='width:15%' class='r {'b' if i == len(summary) - 1 else ''}'>{v}</td></tr>" for i, (k, v) in enumerate(summary))
        + "</table>")
    account = []
    if previous:
        account += [("Previous balance", num(previous)), ("Payments received - thank you", f"({num(paid)})")]
    account.append(("Current invoice", num(total)))
    if trust:
        account.append((pick(rng, ["Less: trust funds applied", "Less: retainer applied", "Paid from money held on account"]),
                        f"({num(trust)})"))
    account.append(("BALANCE DUE", money_fmt(balance)))
    account_html = (f"<p class='sec'>{pick(rng, ['Account Summary', 'Statement of Account', 'Remittance Summary'])}</p>"
                    "<table style='width:60%'>" + "".join(f"<tr><td style='width:65%'>{k}</td><td style='width:35%' class='r'>{v}</td></tr>"
                                                          for k, v in account) + "</table>")
    keeper_html = ""
    if country == "US" or chance(rng, 0.3):
        hours = {kp[1]: sum((e[2].quantity for e in entries if e[1] is kp), Decimal(0)) for kp in keepers}
        keeper_html = ("<p class='sec'>Timekeeper Summary</p><table style='width:80%'><tr><td class='b' style='width:40%'>Name</td>"
                       "<td class='b' style='width:20%'>Title</td><td class='b r' style='width:12%'>Hours</td>"
                       "<td class='b r' style='width:13%'>Rate</td><td class='b r' style='width:15%'>Amount</td></tr>"
                       + "".join(f"<tr><td>{esc(kp[0])}</td><td>{kp[2]}</td><td class='r'>{hours[kp[1]]}</td><td class='r'>{num(kp[3])}</td>"
                                 f"<td class='r'>{num(money(hours[kp[1]] * kp[3]))}</td></tr>" for kp in keepers if hours[kp[1]])
                       + "</table>")
    closing = (f"<p style='margin-top:10pt' class='small'>{esc(payment_terms) + '. ' if payment_terms else ''}"
               f"Please quote invoice number {esc(number)} with your payment. "
               + ("Interest may be charged on overdue accounts." if country != "GB" else
                  "This firm is authorised and regulated by the Solicitors Regulation Authority (SRA No. "
                  f"{rng.randrange(100000, 699999)}).") + "</p>")

    def body(chunk, index, is_last):
        top = header + f"<p class='sec'>{pick(random.Random(number), ['Professional Services', 'Fees', 'Time Detail'])}</p>" \
            if index == 0 else f"<p class='b'>{esc(firm.name)} - Invoice {esc(number)} (continued)</p>"
        table = f"<table class='items'>{th}{''.join(chunk)}</table>"
        return top + table + (summary_html + keeper_html + account_html + closing if is_last else "")

    sheet = paged_sheet(width, height, css, (48, 40, 48, 30), rendered, body,
                        footer=lambda n, c: f"<p class='tiny c muted'>Page {n} of {c}</p>", footer_height=12)
    return Built(doc=doc, sheet=sheet, template=f"law_{country.lower()}",
                 png_scan_ok=len(sheet.pages) == 1, notes={"trust_applied": str(trust), "balance_due": str(balance),
                                                        "rate_column": show_rate})
