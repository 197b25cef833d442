"""US utility / telecom bill.

Account number, Statement date, Bill number, "Amount due" and "Pay by" in a summary panel; mailing
address (the customer) and a separate service address (a decoy); account summary with previous
balance, payment received and balance forward; current charges itemised, taxes and surcharges on
their own lines; a usage history strip; a tear-off payment coupon with a remit-to P.O. box (a decoy
vendor address) and "Amount enclosed".
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line, line_sum, make_lines, tax_on
from corpus.holdout.components import Theme, esc, lines_html, logo
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import US_CITIES, account_code, address, make_company, person_name
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import LETTER, Box, Sheet

FAMILY = "utility_bill"
DOCUMENT_TYPE = "invoice"


def _energy_lines(rng: random.Random) -> list[Line]:
    kwh = Decimal(rng.randrange(30, 160) * 10)
    energy_rate = Decimal(rng.randrange(95, 185)) / 1000        # $/kWh with three decimals
    delivery_rate = Decimal(rng.randrange(30, 70)) / 1000
    lines = [Line("Customer charge", Decimal(1), money(rng.uniform(9, 16)), Decimal(0)),
             Line(f"Energy charge {kwh} kWh", kwh, energy_rate, Decimal(0)),
             Line("Delivery charge", kwh, delivery_rate, Decimal(0))]
    for line in lines:
        line.amount = money(line.quantity * line.unit_price)
        assert line.amount == line.quantity * line.unit_price
    return lines


def build(rng: random.Random) -> Built:
    kind = pick(rng, ["telecom", "energy"])
    vendor = make_company(rng, "US", with_tax=False)
    brand = pick(rng, ["Connect", "Wireless", "Fiber", "Telecom"]) if kind == "telecom" else \
        pick(rng, ["Power & Light", "Energy", "Electric Cooperative", "Gas & Electric"])
    vendor.name = f"{vendor.name.split()[0]} {brand}" + pick(rng, [" Inc.", " Company", " LLC", ""])
    person = person_name(rng, "US")
    customer = make_company(rng, "US", with_tax=False) if chance(rng, 0.6) else None
    if customer is None:
        customer = make_company(rng, "US", with_tax=False)
        customer.name = person.upper() if chance(rng, 0.5) else person
    fmt = Fmt.pick(rng, "US", date_pattern=pick(rng, ["month_d_y", "mon_d_y", "mdy_slash"]))
    statement = random_date(rng)
    pay_by = statement + timedelta(days=pick(rng, [18, 21, 25]))
    account = account_code(rng, pick(rng, ["long", "dash"]))
    bill_no = f"{rng.randrange(10**8, 10**9)}" if chance(rng, 0.8) else None
    lines = (make_lines(rng, "telecom_en", rng.randrange(2, 6), max_qty=4) if kind == "telecom"
             else _energy_lines(rng))
    net = line_sum(lines)
    state_rate = pick(rng, [Decimal("6"), Decimal("4"), Decimal("5.5")])
    local_rate = pick(rng, [Decimal("1"), Decimal("2.5"), None])
    taxes = [(f"State sales tax {state_rate}%", tax_on(net, state_rate))]
    if local_rate is not None:
        taxes.append((f"Local {pick(rng, ['utility', 'city', 'county'])} tax {local_rate}%", tax_on(net, local_rate)))
    tax = sum((v for _, v in taxes), Decimal("0.00"))
    total = net + tax
    previous = money(total * Decimal(str(rng.uniform(0.85, 1.15))))
    doc = Doc(document_type=DOCUMENT_TYPE, locale="US", currency="USD", vendor=vendor, customer=customer,
              invoice_ids=[bill_no] if bill_no else [], document_date=statement, total=total, net=net, tax=tax,
              lines=lines, due_date=pay_by, customer_id=account)

    theme = Theme.pick(rng, font="Helvetica", size=(8.0, 9.0), table="rules")
    a = theme.accent
    css = theme.css(f".panel{{background:{theme.zebra};padding:6pt}} .big2{{font-size:16pt;font-weight:bold;color:{a}}}"
                    f" .sec{{font-weight:bold;color:{a};border-bottom:1pt solid {a};margin-top:8pt}}")
    width, height = LETTER
    cs = f"1-800-{rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}"
    summary = [("Account number", esc(account)), ("Statement date" if chance(rng, 0.7) else "Bill date", fmt.date(statement))]
    if bill_no:
        summary.append(((pick(rng, ["Bill number", "Invoice number", "Invoice #"])), bill_no))
    summary.append(("Amount due", f"<b>{fmt.money(total)}</b>"))
    summary.append(("Pay by" if chance(rng, 0.6) else "Due date", f"<b>{fmt.date(pay_by)}</b>"))
    summary_html = "".join(f"<tr><td style='width:50%'>{k}</td><td style='width:50%' class='r'>{v}</td></tr>"
                           for k, v in summary)
    service_lines = address(rng, "US")
    header = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(vendor.name, rng, a)}"
              f"<p class='b' style='margin-top:4pt'>{esc(vendor.name)}</p><p class='small'>{lines_html(vendor.address)}"
              f"<br/>Customer service {cs}<br/>{esc(vendor.website)}</p>"
              f"<p style='margin-top:16pt'>{esc(customer.name)}<br/>{lines_html(customer.address)}</p></td>"
              f"<td style='width:45%'><div class='panel'><table style='width:100%'>{summary_html}</table></div>"
              f"<p class='small' style='margin-top:6pt'><b>Service address</b><br/>{lines_html(service_lines)}</p>"
              f"</td></tr></table>")
    paid_on = statement - timedelta(days=rng.randrange(5, 20))
    acct = (f"<p class='sec'>Account summary</p><table style='width:100%'>"
            f"<tr><td style='width:75%'>Previous balance</td><td class='r' style='width:25%'>{fmt.money(previous)}</td></tr>"
            f"<tr><td>Payment received {fmt.date(paid_on, 'mdy_slash')} - thank you</td><td class='r'>-{fmt.money(previous)}</td></tr>"
            f"<tr><td>Balance forward</td><td class='r'>{fmt.money(Decimal('0.00'))}</td></tr>"
            f"<tr><td>Current charges</td><td class='r'>{fmt.money(total)}</td></tr>"
            f"<tr><td class='b'>Total amount due</td><td class='r b'>{fmt.money(total)}</td></tr></table>")
    period_start = statement - timedelta(days=31)
    detail = [f"<p class='sec'>Current charges &#160; <span class='small muted'>Service period {fmt.date(period_start, 'mon_d_y')}"
              f" – {fmt.date(statement - timedelta(days=1), 'mon_d_y')}</span></p><table style='width:100%'>"]
    for line in lines:
        qty = "" if line.quantity == 1 else f"{fmt.qty(line.quantity)} × ${line.unit_price}"
        detail.append(f"<tr><td style='width:55%'>{esc(line.description)}</td><td style='width:25%' class='muted'>{qty}</td>"
                      f"<td style='width:20%' class='r'>{fmt.money(line.amount)}</td></tr>")
    detail.append(f"<tr><td class='b'>Total charges before taxes</td><td></td><td class='r b'>{fmt.money(net)}</td></tr>")
    detail.append("<tr><td colspan='3' class='b' style='padding-top:6pt'>Taxes and surcharges</td></tr>")
    for label, value in taxes:
        detail.append(f"<tr><td>{label}</td><td></td><td class='r'>{fmt.money(value)}</td></tr>")
    detail.append(f"<tr><td class='b'>Total current charges</td><td></td><td class='r b'>{fmt.money(total)}</td></tr></table>")
    months = [(statement - timedelta(days=30 * i)).strftime("%b") for i in range(6, 0, -1)]
    bars = "".join(f"<td class='c tiny' style='width:16%'>{m}<br/>{rng.randrange(200, 1600) if kind == 'energy' else rng.randrange(5, 60)}"
                   f"{' kWh' if kind == 'energy' else ' GB'}</td>" for m in months)
    usage = f"<p class='sec'>Your usage history</p><table style='width:100%'><tr>{bars}</tr></table>"
    city, state, zip3 = pick(rng, US_CITIES)
    remit = [vendor.name, f"P.O. Box {rng.randrange(1000, 99999)}", f"{city}, {state} {zip3}{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}"]
    coupon = (f"<p class='tiny muted c'>Please detach and return this portion with your payment. Make checks payable "
              f"to {esc(vendor.name.rstrip('.'))}.</p><table style='width:100%;border-top:1pt dashed #888'><tr>"
              f"<td style='width:50%'><p class='small'>Account number<br/><b>{esc(account)}</b></p>"
              f"<p class='small'>Amount due by {fmt.date(pay_by)}<br/><b>{fmt.money(total)}</b></p>"
              f"<p class='small'>Amount enclosed $ ____________</p></td>"
              f"<td style='width:50%'><p class='small'>Remit to:<br/>{lines_html(remit)}</p>"
              f"<p class='small' style='margin-top:8pt'>{esc(customer.name)}<br/>{lines_html(customer.address)}</p></td></tr></table>")
    body = header + acct + "".join(detail) + usage
    sheet = Sheet(width=width, height=height, css=css, pages=[[
        Box((40, 36, width - 40, height - 190), body),
        Box((40, height - 180, width - 40, height - 30), coupon),
    ]])
    return Built(doc=doc, sheet=sheet, template=f"utility_{kind}", notes={"previous_balance": float(previous)})
