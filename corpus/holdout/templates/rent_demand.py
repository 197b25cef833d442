"""Commercial rent demand / invoice: UK managing agent's quarterly demand, AU landlord tax invoice, US lease invoice.

The UK demand comes on the managing agent's letterhead "on behalf of" the landlord, names the landlord
and its address (as the Landlord and Tenant Act asks), the landlord's VAT number when it has opted to
tax, the premises, the quarter (quarter days 25 March, 24 June, 29 September, 25 December), rent,
service charge on account, insurance rent, VAT per line, arrears brought forward and a "Total
outstanding" that adds them (decoys), "Total due". The AU invoice comes from the landlord (a trustee
company "ATF" a trust) with its ABN: base rent, outgoings, marketing levy, GST 10 %, due on the first
of the month. The US invoice comes from the property manager as agent for the owner LLC: base rent,
CAM, real estate tax and insurance estimates, no tax, previous balance and payments (decoys).

Vendor convention: the vendor is the landlord (the party the rent is owed to, whose tax number the
demand carries), with the address printed beside its name; the managing agent / property manager in
the letterhead is a decoy. Customer = the tenant as addressed (its correspondence address, which may
be the premises); the premises line ("Premises:", "Property:", "Unit") is never an address in the
truth. Total = this demand's charges incl. VAT / GST (not arrears or the outstanding balance); the
tenant reference is the customer id.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import PLACE_WORDS, address, make_company
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, LETTER

FAMILY = "rent_demand"
DOCUMENT_TYPE = "invoice"

QUARTER_DAYS = [(3, 25), (6, 24), (9, 29), (12, 25)]


def _next_quarter_day(after: date) -> date:
    for year in (after.year, after.year + 1):
        for month, day in QUARTER_DAYS:
            candidate = date(year, month, day)
            if candidate > after:
                return candidate
    raise AssertionError("unreachable")


def build(rng: random.Random) -> Built:
    country = pick(rng, ["GB", "GB", "AU", "US"])
    fmt = Fmt.pick(rng, country)
    place = pick(rng, PLACE_WORDS["en"])
    landlord = make_company(rng, country)
    agent = make_company(rng, country)
    tenant = make_company(rng, country, with_tax=False)
    asked = random_date(rng)
    if country == "GB":
        layout = "uk_agent"
        due = _next_quarter_day(asked + timedelta(days=14))
        issued = due - timedelta(days=rng.randrange(14, 35))
        period_end = _next_quarter_day(due) - timedelta(days=1)
        landlord.name = f"{place} {pick(rng, ['Estates', 'Property Investments', 'Holdings', 'Developments'])} {pick(rng, ['Limited', 'Ltd', 'LLP'])}"
        agent.name = f"{pick(rng, ['Hartley', 'Lambert', 'Carrington', 'Whitmore'])} {pick(rng, ['Property Management', 'Asset Management', 'Chartered Surveyors'])} LLP"
        opted = chance(rng, 0.8)
        if not opted:
            landlord.tax_id = None
        annual = Decimal(rng.randrange(12, 240)) * 1000
        lines = [Line("Rent", None, None, money(annual / 4)), Line(pick(rng, ["Service charge (on account)", "Service Charge"]), None, None,
                                                                money(rng.uniform(800, 9000)))]
        if chance(rng, 0.7):
            lines.append(Line("Insurance rent", None, None, money(rng.uniform(150, 2400))))
        rate = Decimal(20) if opted else None
        period = f"{fmt.date(due)} to {fmt.date(period_end)}"
    elif country == "AU":
        layout = "au_landlord"
        due = date(asked.year + (asked.month == 12), asked.month % 12 + 1, 1)
        issued = due - timedelta(days=rng.randrange(7, 20))
        period_end = date(due.year + (due.month == 12), due.month % 12 + 1, 1) - timedelta(days=1)
        landlord.name = f"{place} Retail Pty Ltd ATF {place} {pick(rng, ['Property Trust', 'Unit Trust', 'Retail Trust'])}"
        agent.name = f"{pick(rng, ['Harbourview', 'Southgate', 'Meridian'])} Property Services Pty Ltd"
        lines = [Line("Base rent", None, None, money(rng.uniform(2500, 28000))), Line("Outgoings recovery", None, None, money(rng.uniform(400, 4800)))]
        if chance(rng, 0.6):
            lines.append(Line("Marketing levy", None, None, money(rng.uniform(90, 900))))
        if chance(rng, 0.4):
            lines.append(Line(pick(rng, ["Electricity recharge", "Water recharge"]), None, None, money(rng.uniform(80, 1400))))
        rate = Decimal(10)
        period = f"{fmt.date(due)} to {fmt.date(period_end)}"
    else:
        layout = "us_manager"
        due = date(asked.year + (asked.month == 12), asked.month % 12 + 1, 1)
        issued = due - timedelta(days=rng.randrange(7, 20))
        landlord.name = f"{place} {pick(rng, ['Plaza', 'Commons', 'Business Center', 'Office Park'])} LLC"
        landlord.tax_id = None
        landlord.address = [f"P.O. Box {rng.randrange(1000, 99999)}", landlord.address[-1]]
        agent.name = f"{pick(rng, ['Summit', 'Keystone', 'Ridgeline'])} Commercial Property Management"
        lines = [Line("Base Rent", None, None, money(rng.uniform(2500, 32000))), Line("CAM Estimate", None, None, money(rng.uniform(300, 5200))),
                 Line("Real Estate Tax Estimate", None, None, money(rng.uniform(200, 3800)))]
        if chance(rng, 0.6):
            lines.append(Line("Insurance Estimate", None, None, money(rng.uniform(60, 900))))
        rate = None
        period = f"{fmt.date(due, 'mon_d_y')} - {fmt.date(date(due.year + (due.month == 12), due.month % 12 + 1, 1) - timedelta(days=1), 'mon_d_y')}"
    for line in lines:
        line.tax_rate = rate
    net = sum((ln.amount for ln in lines), Decimal("0.00"))
    tax = money(net * rate / 100) if rate else None
    total = net + (tax or 0)
    premises_lines = (pick(rng, [f"Unit {rng.randrange(1, 40)}, {place} Business Park", f"Suite {rng.randrange(100, 600)}, {place} House",
                                  f"Shop {rng.randrange(1, 120)}, {place} Shopping Centre"]), *address(rng, country)[1:])
    if chance(rng, 0.25):                       # the demand is sent to the premises themselves
        tenant.address = list(premises_lines)
    tenant_ref = pick(rng, [f"{place[:3].upper()}/{rng.randrange(1, 99):03d}/{rng.randrange(1, 9):02d}", f"T{rng.randrange(10000, 99999)}",
                            f"{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"])
    number = pick(rng, [f"{rng.randrange(100000, 999999)}", f"RD{rng.randrange(10**5, 10**6)}", f"INV-{rng.randrange(10000, 99999)}"])
    terms = pick(rng, ["Payable in advance on the quarter day", "Due in advance", None]) if layout == "uk_agent" else \
        pick(rng, ["Payable monthly in advance", None])
    arrears = money(rng.uniform(120, 14000)) if chance(rng, 0.35) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=landlord, customer=tenant,
              invoice_ids=[number], document_date=issued, total=total, net=net if rate else None, tax=tax, lines=lines,
              due_date=due, payment_terms=terms, customer_id=tenant_ref)

    theme = Theme.pick(rng, size=(8.0, 9.5), table=pick(rng, ["rules", "grid", "boxed", "minimal"]))
    css = theme.css(".ttl{font-size:15pt;font-weight:bold} .cap{font-size:7pt;color:#666}")
    width, height = LETTER if country == "US" else A4
    num, money_ = fmt.num, fmt.money
    tax_word = "VAT" if country == "GB" else "GST"
    meta = [(pick(rng, ["Demand No.", "Invoice No.", "Invoice Number"]) if layout == "uk_agent" else "Invoice No.", esc(number)),
            ("Date", fmt.date(issued)), (pick(rng, ["Tenant Ref", "Tenant Code", "Account Ref"]), esc(tenant_ref)),
            (pick(rng, ["Due Date", "Payment Due", "Due"]), fmt.date(due)), ("Period", period)]
    if terms:
        meta.append(("Terms", esc(terms)))
    meta_html = "<table class='kv' style='width:100%'>" + "".join(f"<tr><td class='b' style='width:32%'>{k}</td><td style='width:68%'>{v}</td></tr>" for k, v in meta) + "</table>"
    tenant_block = f"<p class='cap'>{pick(rng, ['Tenant', 'To', 'Bill To'])}</p><p><b>{esc(tenant.name)}</b><br/>{lines_html(tenant.address)}</p>"
    premises = f"<p><span class='b'>{pick(rng, ['Premises', 'Property', 'Demised premises'])}:</span> {esc(', '.join(premises_lines))}</p>"
    if rate:
        cols = "<tr><th style='width:50%'>Description</th><th style='width:18%;text-align:right'>Net</th><th style='width:12%;text-align:right'>" \
               f"{tax_word}</th><th style='width:20%;text-align:right'>Gross</th></tr>"
        rows = "".join(f"<tr><td>{esc(ln.description)}</td><td class='r'>{num(ln.amount)}</td><td class='r'>{num(money(ln.amount * rate / 100))}</td>"
                       f"<td class='r'>{num(ln.amount + money(ln.amount * rate / 100))}</td></tr>" for ln in lines)
    else:
        cols = "<tr><th style='width:75%'>Description</th><th style='width:25%;text-align:right'>Amount</th></tr>"
        rows = "".join(f"<tr><td>{esc(ln.description)}</td><td class='r'>{num(ln.amount)}</td></tr>" for ln in lines)
    table = f"<table class='items'>{cols}{rows}</table>"
    totals: list[tuple[str, str, bool]] = []
    if doc.net is not None:
        totals.append((pick(rng, ["Net", "Sub-total", "Total excl. " + tax_word]), num(net), False))
    if rate:
        totals.append((f"{tax_word} @ {rate}%", num(tax), False))
    totals.append((pick(rng, ["Total due", "TOTAL DUE", "Amount due"]) if layout != "us_manager" else "Total Current Charges", money_(total), True))
    if arrears:
        totals += [("Arrears brought forward" if layout != "us_manager" else "Previous Balance", num(arrears), False),
                   ("Total outstanding" if layout != "us_manager" else "Balance incl. previous", money_(total + arrears), False)]
    if layout == "uk_agent":
        vat_line = f"<br/>VAT Reg No: {esc(landlord.tax_id)}" if landlord.tax_id else "<br/>The landlord has not opted to tax this property: no VAT is charged."
        head = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(agent.name, rng, theme.accent)}<p class='b'>{esc(agent.name)}</p>"
                f"<p class='small'>{lines_html(agent.address)}<br/>{esc(agent.phone)} · {esc(agent.email)}</p></td>"
                f"<td style='width:45%' class='r'><p class='ttl accent'>{pick(rng, ['RENT DEMAND', 'Demand for Rent and Service Charge', 'INVOICE'])}</p>"
                f"<p class='small'>Issued by {esc(agent.name)} as managing agent on behalf of the landlord</p></td></tr></table>"
                f"<table style='width:100%;margin-top:10pt'><tr><td style='width:50%'>{tenant_block}</td><td style='width:50%'>{meta_html}</td></tr></table>"
                f"{premises}<p class='small'><b>Landlord:</b> {esc(landlord.name)}, {esc(', '.join(landlord.address))}{vat_line}</p>")
        tail = (f"<p class='small' style='margin-top:8pt'>Please pay to {esc(agent.name)} client account, sort code {rng.randrange(10, 99)}-{rng.randrange(10, 99)}-"
                f"{rng.randrange(10, 99)}, account {rng.randrange(10**7, 10**8)}, quoting {esc(tenant_ref)}.</p>"
                "<p class='tiny muted'>Landlord's name and address for service of notices (Landlord and Tenant Act 1987, ss. 47-48) as above. "
                "Interest is charged on late payment at 4% above base rate as provided in the lease.</p>")
    elif layout == "au_landlord":
        head = (f"<table style='width:100%'><tr><td style='width:60%'><p class='b' style='font-size:12pt'>{esc(landlord.name)}</p>"
                f"<p class='small'>{lines_html(landlord.address)}<br/>ABN {esc(landlord.tax_id)}</p>"
                f"<p class='small muted'>Managed by {esc(agent.name)}, {esc(', '.join(agent.address))}</p></td>"
                f"<td style='width:40%' class='r'><p class='ttl accent'>TAX INVOICE</p></td></tr></table>"
                f"<table style='width:100%;margin-top:10pt'><tr><td style='width:50%'>{tenant_block}</td><td style='width:50%'>{meta_html}</td></tr></table>{premises}")
        tail = (f"<p class='small' style='margin-top:8pt'>EFT: BSB {rng.randrange(10, 99)}{rng.randrange(0, 9)}-{rng.randrange(100, 999)} "
                f"Account {rng.randrange(10**7, 10**9)} · Reference {esc(tenant_ref)}</p>"
                "<p class='tiny muted'>Rent is payable monthly in advance without demand under the lease. Interest accrues on overdue amounts.</p>")
    else:
        head = (f"<table style='width:100%'><tr><td style='width:60%'><p class='b' style='font-size:13pt'>{esc(agent.name)}</p>"
                f"<p class='small'>{lines_html(agent.address)} · {esc(agent.phone)}</p><p class='small'>As agent for the owner</p></td>"
                f"<td style='width:40%' class='r'><p class='ttl accent'>Tenant Invoice</p></td></tr></table>"
                f"<table style='width:100%;margin-top:10pt'><tr><td style='width:50%'>{tenant_block}</td><td style='width:50%'>{meta_html}</td></tr></table>{premises}")
        tail = (f"<p class='small' style='margin-top:8pt'><b>Make checks payable to / remit to:</b> {esc(landlord.name)}, {esc(', '.join(landlord.address))}</p>"
                "<p class='tiny muted'>A late charge of 5% applies to rent received after the 5th of the month. CAM and tax estimates are reconciled annually.</p>")
    html = head + table + totals_table(totals, left="45%") + tail
    sheet = paged_sheet(width, height, css, (46, 38, 46, 28), [0], lambda _c, _i, _l: html)
    return Built(doc=doc, sheet=sheet, template=f"rent_{layout}",
                 notes={"agent": agent.name, "premises": ", ".join(premises_lines), "arrears": float(arrears) if arrears else None})
