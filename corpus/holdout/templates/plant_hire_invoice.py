"""Plant and equipment hire invoices and credit notes: British plant hire, Australian equipment hire and American equipment
rental, in English, GBP, AUD and USD, 2023-2025 (invented hire companies and contractors).

Four prints. `gb_plant_hire_invoice` (HIRE INVOICE / INVOICE from a hire depot: VAT Reg No. (= tax id) and Company No.
(decoy), Invoice No., Invoice / Tax Date, Account No. (= customer id), Contract No. and Order No. (decoys), the hire period and
the site (decoys); each machine with its fleet number and on / off-hire dates under the description, charged by the week or
the day ("2 wks @ 240.00"), Loss & Damage Waiver at a percentage (amount only), delivery and collection, fuel by the litre;
Net / VAT 20% / Total, Terms), `au_equipment_hire_invoice` (TAX INVOICE with the ABN: Hire Docket No. (decoy), days on hire at
a day rate, Damage Waiver %, cartage, cleaning and fuel; Total ex GST / GST / Total inc GST), `us_equipment_rental_invoice`
(RENTAL INVOICE: Contract # and Job Site (decoys), Invoice #, Customer #, Date Out / Date In and "Billed thru" (decoys); each
unit at quantity 1 with its Min / Day / Week / 4 Week rate line (decoys) and the rental charged, Rental Protection Plan and an
environmental fee as amounts only, delivery, pickup, fuel by the gallon; Subtotal / Sales Tax / Total, the payments and Amount
Due (decoys)), `hire_credit_note` (a British CREDIT NOTE or an Australian ADJUSTMENT NOTE for breakdown days or an off-hire not
actioned, citing the original invoice (decoy), amounts negative).

Truth: an `invoice` (`credit_note` negative); vendor = the hire company with its depot address and VAT number / ABN (the US
company's tax id only where the invoice prints its Fed ID); customer = the contractor billed, with its address (the site is no
address of it), customer id = Account No. / Customer #; id = the invoice / credit note number; date = the invoice date; lines =
the machines (weeks or days as quantity, the rate as unit price; a US unit's quantity 1 without unit price), waiver and fees as
amounts; net = Net / Total ex GST / Subtotal; tax = VAT / GST / Sales Tax; total = Total / Total inc GST (Amount Due after a
payment a decoy); terms and due date where printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import PLACE_WORDS, SURNAMES, make_company
from corpus.holdout.fakes_twentyfifth import HIRE_MACHINES, HIRE_SITES, digits, fleet_number
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfifth import boxed_invoice
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "plant_hire_invoice"
D = Decimal
HIRE_WORDS = {"GB": ["Plant Hire", "Tool & Plant Hire", "Access & Plant", "Hire Services", "Plant Ltd"],
              "AU": ["Equipment Hire", "Hire Co", "Plant & Equipment Hire", "Access Hire"],
              "US": ["Equipment Rentals", "Rental & Supply", "Equipment Co.", "Rents"]}
BUILDER_WORDS = ["Construction", "Civils", "Groundworks", "Builders", "Contracting", "Developments", "Infrastructure"]


def _names(rng: random.Random, country: str) -> tuple[str, str]:
    word = pick(rng, PLACE_WORDS["en"])
    trade = pick(rng, HIRE_WORDS[country])
    suffix = {"GB": pick(rng, ["Ltd", "Limited"]), "AU": pick(rng, ["Pty Ltd", "Pty Ltd", "Pty Limited"]), "US": pick(rng, ["Inc.", "LLC", "Co."])}[country]
    vendor = f"{word} {trade}" if trade.endswith("Ltd") else f"{word} {trade} {suffix}"
    builder = f"{pick(rng, SURNAMES['en'])} {pick(rng, BUILDER_WORDS)} {suffix}"
    return vendor, builder


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["gb_plant_hire_invoice", "gb_plant_hire_invoice", "au_equipment_hire_invoice", "au_equipment_hire_invoice",
                        "us_equipment_rental_invoice", "us_equipment_rental_invoice", "hire_credit_note"])
    credit = layout == "hire_credit_note"
    country = pick(rng, ["GB", "AU"]) if credit else {"gb": "GB", "au": "AU", "us": "US"}[layout[:2]]
    vendor, customer = make_company(rng, country), make_company(rng, country)
    vendor.name, customer.name = _names(rng, country)
    buyer_tax = customer.tax_id
    customer.tax_id = None
    issued = random_date(rng, date(2023, 1, 16), 1000)
    start = issued - timedelta(days=rng.randrange(7, 35))
    pattern = {"GB": pick(rng, ["dmy_slash", "dmy_slash", "d_mon_y", "dd_mon_yyyy"]), "AU": pick(rng, ["dmy_slash", "d_mon_y"]),
               "US": pick(rng, ["mdy_slash", "mdy_slash", "mon_d_y"])}[country]

    def d(x):
        return fmt_date(x, pattern)

    def short(x):
        return fmt_date(x, "mdy_slash_yy" if country == "US" else "dmy_slash_yy")

    machines = rng.sample(HIRE_MACHINES[country], rng.randrange(1, 3) if credit else pick(rng, [1, 1, 2, 3, 4, 5, 7]))
    lines: list[Line] = []
    subs: dict[int, str] = {}
    hire_total = D("0.00")
    for desc, prefix, low, high in machines:
        fleet = fleet_number(rng, prefix)
        day = money(rng.uniform(low, high)) if high < 10 else money(round(rng.uniform(low, high)))
        on = start + timedelta(days=rng.randrange(0, 5))
        bulk = high < 10   # fencing panels, road plates: so many at a weekly rate
        if credit:
            days_lost = D(pick(rng, [1, 2, 3, 4]))
            li = Line(f"{'Breakdown credit' if chance(rng, 0.6) else 'Off-hire not actioned - credit'} - {desc}", days_lost, day, money(days_lost * day),
                      "day")
            subs[id(li)] = f"Fleet No. {fleet} · {'Reported' if country == 'GB' else 'Called in'} {short(on + timedelta(days=rng.randrange(1, 6)))}"
        elif country == "US":
            week = money(round(day * D("2.9")))
            four = money(round(day * D("7.4")))
            weeks = rng.randrange(1, 4)
            extra_days = rng.randrange(0, 3)
            charged = week * weeks + day * extra_days
            li = Line(desc, D(1), None, charged, "ea")
            subs[id(li)] = (f"Unit {fleet} · Min {amount(money(day * D('0.7')))} / Day {amount(day)} / Week {amount(week)} / 4 Week {amount(four)}"
                            f" · Rented {weeks} wk{'s' if weeks > 1 else ''}" + (f" {extra_days} day{'s' if extra_days > 1 else ''}" if extra_days else ""))
        elif bulk:
            count = rng.randrange(10, 80)
            weeks = rng.randrange(1, 5)
            rate = money(day * 3)
            li = Line(f"{desc} ({count} no. x {weeks} wk{'s' if weeks > 1 else ''})", D(count * weeks), rate, money(count * weeks * rate), "wk")
            subs[id(li)] = f"On hire {short(on)}"
        elif country == "GB" and chance(rng, 0.6):
            weeks = D(rng.randrange(1, 5))
            rate = money(round(day * D(pick(rng, ["2.5", "3", "3"]))))
            li = Line(desc, weeks, rate, money(weeks * rate), "wk")
            off = on + timedelta(days=int(weeks) * 7 - 1)
            subs[id(li)] = f"Fleet No. {fleet} · On hire {short(on)} · Off hire {short(off)}" if chance(rng, 0.7) else f"Fleet No. {fleet} · On hire {short(on)} (still on hire)"
        else:
            days_on = D(rng.randrange(1, 16))
            li = Line(desc, days_on, day, money(days_on * day), "day")
            subs[id(li)] = f"{'Fleet No.' if country == 'GB' else 'Asset'} {fleet} · {'On hire' if country == 'GB' else 'Hired'} {short(on)}"
        lines.append(li)
        hire_total += li.amount
    if not credit:
        waiver_pct = D(pick(rng, [8, 9, 10, 12, 15])) if chance(rng, 0.75) else None
        if waiver_pct:
            label = {"GB": f"Loss & Damage Waiver @ {waiver_pct}%", "AU": f"Damage Waiver {waiver_pct}%", "US": f"Rental Protection Plan {waiver_pct}%"}[country]
            lines.append(Line(label, None, None, money(hire_total * waiver_pct / 100)))
        if country == "US" and chance(rng, 0.7):
            lines.append(Line("Environmental Service Charge", None, None, money(hire_total * D("0.025"))))
        transport = {"GB": (45, 120), "AU": (90, 220), "US": (95, 275)}[country]
        if chance(rng, 0.8):
            if country == "AU" and chance(rng, 0.5):
                lines.append(Line("Cartage - delivery & pick-up", D(2), money(round(rng.uniform(*transport))), D(0), "trip"))
                lines[-1].amount = money(lines[-1].quantity * lines[-1].unit_price)
            else:
                out_label, back_label = {"GB": ("Delivery", "Collection"), "AU": ("Delivery", "Pick-up"), "US": ("Delivery Charge", "Pickup Charge")}[country]
                for label in (out_label, back_label):
                    price = money(round(rng.uniform(*transport)))
                    lines.append(Line(label, D(1), price, price, "ea"))
        if chance(rng, 0.4):
            if country == "US":
                qty, price = D(rng.randrange(4, 30)), money(rng.uniform(4.8, 6.4))
                lines.append(Line("Fuel Charge (gal)", qty, price, money(qty * price), "gal"))
                subs[id(lines[-1])] = f"{qty} gal @ {amount(price)}"
            else:
                qty, price = D(rng.randrange(10, 120)), money(rng.uniform(1.55, 1.95) if country == "GB" else rng.uniform(2.1, 2.6))
                lines.append(Line("Fuel - diesel refill (litres)", qty, price, money(qty * price), "L"))
        if country == "AU" and chance(rng, 0.25):
            price = money(round(rng.uniform(60, 180)))
            lines.append(Line("Cleaning fee - returned dirty", D(1), price, price, "ea"))
    net = sum((li.amount for li in lines), D("0.00"))
    if country == "US":
        tax_rate = D(pick(rng, ["6", "6.25", "7", "7.5", "8.25", "8.875"]))
    else:
        tax_rate = D(20) if country == "GB" else D(10)
    tax = money(net * tax_rate / 100)
    total = net + tax
    y = issued.year
    if credit:
        number = pick(rng, [f"CN{rng.randrange(10000, 999999)}", f"C{y % 100}-{rng.randrange(1, 99999):05d}", f"ADJ-{rng.randrange(1000, 99999)}"])
    else:
        number = pick(rng, [f"{rng.randrange(100000, 9999999)}", f"INV{rng.randrange(10000, 999999)}", f"{pick(rng, ['HI', 'PH', 'RI'])}{y % 100}{rng.randrange(1, 99999):05d}",
                            f"{rng.randrange(10000000, 99999999)}-{rng.randrange(1, 9):03d}"])
    days = None if credit else pick(rng, [None, 14, 30, 30, 30, 45])
    if days and chance(rng, 0.75):
        terms = {"GB": pick(rng, [f"{days} days from invoice", f"Net {days} days", "30 days end of month"]), "AU": pick(rng, [f"{days} days EOM", f"Net {days} days"]),
                 "US": f"Net {days}"}[country]
    else:
        terms = None
    due = issued + timedelta(days=days) if days and chance(rng, 0.6) else None
    acct = pick(rng, [f"{customer.name.split()[0][:4].upper()}{rng.randrange(1, 99):03d}", f"{rng.randrange(100000, 999999)}", f"C{rng.randrange(10000, 99999)}"]) \
        if chance(rng, 0.75) else None
    show_fed = country == "US" and chance(rng, 0.4)
    if country == "US" and not show_fed:
        vendor.tax_id = None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale=country, currency={"GB": "GBP", "AU": "AUD", "US": "USD"}[country], vendor=vendor,
              customer=customer, invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms,
              customer_id=acct)
    sign = -1 if credit else 1

    def n(v):
        return amount(v * sign)

    sym = {"GB": "£", "AU": "$", "US": "$"}[country]

    def cur(v):
        return f"-{sym}{amount(v)}" if credit else f"{sym}{n(v)}"

    contract = f"{pick(rng, ['HC', 'C', ''])}{rng.randrange(100000, 9999999)}"
    order = f"{pick(rng, ['PO', 'PO-', ''])}{rng.randrange(1000, 99999)}"
    site = pick(rng, HIRE_SITES[country])
    notes: dict = {"contract": contract, "order": order, "site": site, "buyer_tax": buyer_tax, "fleet": list(subs.values())}
    theme = Theme.pick(rng, size=(7.5, 9.0))
    if country == "GB":
        vrows = [f"VAT Reg No: {vendor.tax_id}", f"Company No: {vendor.extra['company_no']}", f"Depot: {vendor.phone}"]
    elif country == "AU":
        vrows = [f"ABN {vendor.tax_id}", f"Ph {vendor.phone}", esc(vendor.email or "")]
    else:
        vrows = [f"Phone {vendor.phone}", esc(vendor.email or "")] + ([f"Fed ID {vendor.tax_id}"] if show_fed else [])
    meta = [("Credit Note No." if credit and country == "GB" else "Adjustment Note No." if credit else "Invoice #" if country == "US" else "Invoice No.", number),
            ("Tax Date" if country == "GB" and chance(rng, 0.5) else "Date", d(issued))]
    if acct:
        meta.append(("Customer #" if country == "US" else "Account No.", acct))
    if credit:
        orig = f"{rng.randrange(100000, 9999999)}"
        meta.append(("Original Invoice", orig))
        notes["original"] = orig
    else:
        meta.append({"GB": ("Contract No.", contract), "AU": ("Hire Docket No.", contract), "US": ("Contract #", contract)}[country])
        if chance(rng, 0.5):
            meta.append(("Order No." if country != "US" else "P.O. #", order))
        if country == "US":
            meta += [("Date Out", short(start)), ("Billed Thru", short(issued - timedelta(days=1)))]
        else:
            meta.append(("Hire Period", f"{short(start)} - {short(issued - timedelta(days=1))}"))
    if terms:
        meta.append(("Terms", terms))
    if due:
        meta.append(("Due Date", d(due)))
    tax_label = {"GB": "VAT @ 20%", "AU": "GST 10%", "US": f"Sales Tax {tax_rate}%"}[country]
    totals = [({"GB": "Net", "AU": "Total ex GST", "US": "Subtotal"}[country], n(net)), (tax_label, n(tax)),
              ({"GB": "Total", "AU": "Total inc GST", "US": "Total"}[country], cur(total))]
    if country == "US" and chance(rng, 0.3):
        paid = money(total * D(pick(rng, ["0.25", "0.5"])))
        totals += [("Payments / Deposit", n(paid)), ("Amount Due", cur(total - paid))]
        notes["paid"] = float(paid)
    breakdown = any(li.description.startswith("Breakdown") for li in lines)
    foot = [f"Site: {esc(site)}" if not credit else "Reason: " + ("machine breakdown reported by site, hire suspended" if breakdown
                                                                 else "off-hire called in, collection delayed")]
    foot.append({"GB": "All hires subject to our standard Conditions of Hire (CPA Model Conditions).", "AU": "Hire subject to our terms and conditions of hire.",
                 "US": "Rental subject to the terms on the rental contract. Late payments subject to 1.5% monthly finance charge."}[country])
    if country != "US":
        foot.append("BACS: Sort code " + f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)} Account {digits(rng, 8)}" if country == "GB" else
                    f"EFT: BSB {digits(rng, 3)}-{digits(rng, 3)} Acc {digits(rng, 9)}")

    def cells(li):
        sub = subs.get(id(li))
        desc = esc(li.description) + (f"<br/><span class='small muted'>{esc(sub)}</span>" if sub else "")
        if country == "US":
            return [desc, "" if li.quantity is None else str(li.quantity), n(li.amount)]
        unit = li.unit + ("s" if li.unit in ("day", "wk") and li.quantity != 1 else "")
        qty = "" if li.quantity is None else f"{li.quantity} {unit}".strip()
        return [desc, qty, "" if li.unit_price is None else n(li.unit_price), n(li.amount)]

    if country == "US":
        head, fractions, numeric = ["Description", "Qty", "Amount"], (0.7, 0.1, 0.2), {1, 2}
    else:
        head = ["Description", "Qty", "Rate" if chance(rng, 0.5) else "Unit Price", "Amount"]
        fractions, numeric = (0.58, 0.12, 0.14, 0.16), {1, 2, 3}
    title = ("CREDIT NOTE" if country == "GB" else "ADJUSTMENT NOTE") if credit else \
        {"GB": pick(rng, ["HIRE INVOICE", "INVOICE", "TAX INVOICE"]), "AU": "TAX INVOICE", "US": pick(rng, ["RENTAL INVOICE", "INVOICE"])}[country]
    size = LETTER if country == "US" else A4
    if country == "US" or chance(rng, 0.35):
        return boxed_invoice(doc, layout, theme, *size, title=title, vendor_rows=vrows, buyer_label="Bill To" if country == "US" else "Invoice To",
                             buyer_rows=[], meta=meta, head=head, fractions=fractions, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes,
                             footer_text="Page")
    return invoice(doc, layout, arrangement(rng, meta), theme, *size, title=title, vendor_rows=vrows, buyer_label="Invoice To", buyer_rows=[],
                   meta=[(k + ":", v) for k, v in meta], head=head, fractions=fractions, numeric=numeric, cells=cells, totals=totals, foot=foot,
                   notes=notes, footer_text="Page")
