"""Maldivian tax invoices: a Malé or Hulhumalé trader's TAX INVOICE with GST at 8 % (zero-rated staples and exempt lines at 0 %),
a resort's invoice to a tour operator with the tourism GST (TGST) at 16 % and the Green Tax per guest night outside it, and tax
credit notes, in rufiyaa (MVR) or US dollars, 2023-2025 (invented businesses).

Three prints. `mv_tax_invoice` (the trader's name, address, "TIN: 1012345GST501" (= tax id) and company registration C-… (decoy);
Invoice No. (= id), Date, Customer with its TIN where registered (decoy), Customer Code (= customer id), Payment Terms and Due Date;
# / Description / Qty / Unit Price / GST % / Amount, Total Taxable Supplies, GST 8%, Total MVR), `mv_resort_invoice` (the resort's
invoice to a tour operator: Booking ref (decoy), guest names (no party), room nights as quantity and the nightly rate, transfers and
meal plans, Subtotal, TGST 16% on all but the Green Tax, Green Tax (USD 6 per guest night, no TGST), Total USD),
`mv_credit_note` (TAX CREDIT NOTE against an invoice (no id), negative amounts).

Truth: an `invoice` or a `credit_note`; vendor with its TIN; net = the subtotal before GST / TGST (the Green Tax included where
printed as a line); tax = the GST / TGST; total = the total.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentyseventh import mv_party, mv_tin
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentysixth import banner_invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "mv_gst_invoice"
D = Decimal
GOODS = [("Portland cement 50kg bag", 95, 140, 8), ("Steel rebar 12mm x 12m", 210, 320, 8), ("Marine plywood 18mm sheet", 680, 920, 8),
         ("Outboard engine oil 2T, 4L", 380, 520, 8), ("Diesel generator service - 500 hr", 4200, 6800, 8), ("Basmati rice 25kg", 560, 760, 0),
         ("Drinking water 1.5L x 12 (carton)", 58, 84, 8), ("PVC pipe 4in x 6m", 160, 240, 8), ("Split AC 18,000 BTU inverter,\ninstalled with copper piping", 9800, 14500, 8),
         ("Fibreglass repair to dhoni hull,\nmaterials and labour", 6500, 18000, 8), ("Fresh tuna (kg)", 55, 90, 0), ("Mobile crane hire - per day", 7500, 12000, 8)]
ROOMS = [("Beach Villa - Half Board", 380, 690), ("Water Villa with Pool - Full Board", 820, 1450), ("Deluxe Garden Room - All Inclusive", 290, 520),
         ("Sunset Overwater Suite - Half Board", 990, 1800)]
EXTRAS = [("Seaplane transfer return (per person)", 650, 890), ("Speedboat transfer return (per person)", 140, 260), ("Dive package - 5 dives", 420, 560),
          ("Sunset dolphin cruise", 95, 140), ("Spa treatment voucher", 160, 280)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["mv_tax_invoice", "mv_tax_invoice", "mv_resort_invoice", "mv_credit_note"])
    issued = random_date(rng, date(2023, 1, 9), 880)
    pattern = pick(rng, ["dmy_slash", "d_mon_y", "dmy_dash"])

    def d(x):
        return fmt_date(x, pattern)

    theme = Theme.pick(rng, size=(7.5, 9.0))
    resort = layout == "mv_resort_invoice"
    vendor = mv_party(rng, resort=resort)
    customer = mv_party(rng)
    if resort:
        customer.name = pick(rng, ["Atoll Adventures Travel Pvt Ltd", "Sunland Tours GmbH", "Crystal Holidays Ltd", "Ocean Dream Travels LLC", "Indigo Voyages SARL"])
    buyer_tin = mv_tin(rng) if chance(rng, 0.5) and not resort else None
    number = pick(rng, [f"INV/{issued.year}/{rng.randrange(1, 9999):04d}", f"{issued.year % 100}{rng.randrange(1, 99999):05d}", f"TI-{rng.randrange(1000, 99999)}"])
    credit = layout == "mv_credit_note"
    if credit:
        number = f"CN/{issued.year}/{rng.randrange(1, 999):03d}"
    original = f"INV/{issued.year}/{rng.randrange(1, 9999):04d}"
    lines = []
    green = D("0.00")
    notes: dict = {"reg": vendor.extra["reg"], "buyer_tin": buyer_tin, "original": original if credit else None}
    if resort:
        nights, guests = rng.randrange(3, 11), pick(rng, [1, 2, 2, 2, 3, 4])
        desc, low, high = pick(rng, ROOMS)
        rate = money(round(rng.uniform(low, high)))
        lines.append(Line(f"{desc}\n{nights} nights", D(nights), rate, money(rate * nights)))
        for desc2, low2, high2 in rng.sample(EXTRAS, rng.randrange(1, 3)):
            price = money(round(rng.uniform(low2, high2)))
            lines.append(Line(desc2, D(guests), price, money(price * guests)))
        taxable = sum((li.amount for li in lines), D("0.00"))
        rate_pct = D(16)
        tax = money(taxable * rate_pct / 100)
        green = money(6 * nights * guests)
        lines.append(Line(f"Green Tax USD 6.00 x {nights * guests} guest nights", None, None, green))
        net = taxable + green
        currency = "USD"
        notes["booking"] = f"BK{rng.randrange(100000, 999999)}"
        notes["guests"] = pick(rng, ["Mr & Mrs Schneider", "Mr J. Park and family", "Ms A. Rossi", "Mr & Mrs Dubois"])
    else:
        for desc, low, high, pct in rng.sample(GOODS, rng.randrange(1 if credit else 2, 4 if credit else 8)):
            qty = D(pick(rng, [1, 1, 2, 5, 10, 20, 50])) if high < 1000 else D(1)
            price = money(rng.uniform(low, high))
            line = Line(desc, qty, price, money(qty * price))
            line.tax_rate = D(pct)
            lines.append(line)
        net = sum((li.amount for li in lines), D("0.00"))
        tax = sum((money(li.amount * li.tax_rate / 100) for li in lines), D("0.00"))
        rate_pct = D(8)
        currency = "MVR"
    total = net + tax
    days = pick(rng, [0, 7, 14, 30, 30])
    terms = None if credit else ("Cash on delivery" if days == 0 else pick(rng, [f"{days} days", f"Credit {days} days", f"Net {days}"]))
    due = issued + timedelta(days=days) if terms and days and chance(rng, 0.7) else None
    code = f"C{rng.randrange(1000, 9999)}" if chance(rng, 0.6) else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="MV", currency=currency, vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=code)
    sym = "USD" if resort else pick(rng, ["MVR", "Rf", "MVR"])
    minus = "-" if credit else ""

    def a(v):
        return minus + amount(v)

    vrows = [f"TIN: {vendor.tax_id}", f"Reg. No: {vendor.extra['reg']}", f"Tel: {vendor.phone}", esc(vendor.email or "")]
    meta = [("Credit Note No:" if credit else "Invoice No:", number), ("Date:", d(issued))] + ([("Against Invoice:", original)] if credit else []) \
        + ([("Customer Code:", code)] if code else []) + ([("Payment Terms:", terms)] if terms else []) + ([("Due Date:", d(due))] if due else []) \
        + ([("Booking Ref:", notes["booking"])] if resort else [])
    brows = ([f"TIN: {buyer_tin}"] if buyer_tin else []) + ([f"Guests: {notes['guests']}"] if resort else [])
    if resort:
        head, fr, numeric = ["Description", "Qty", "Rate (USD)", "Amount (USD)"], (0.55, 0.1, 0.17, 0.18), {1, 2, 3}

        def cells(li):
            return [esc(shown[id(li)]).replace("\n", "<br/>"), "" if li.quantity is None else str(li.quantity), "" if li.unit_price is None else amount(li.unit_price), a(li.amount)]

        totals = [("Taxable amount", a(taxable)), ("Green Tax (not subject to TGST)", a(green)), ("Subtotal", a(net)), (f"TGST {rate_pct}% on taxable amount", a(tax)),
                  ("Total USD", a(total))]
    else:
        head, fr, numeric = ["#", "Description", "Qty", "Unit Price", "GST %", "Amount"], (0.05, 0.45, 0.08, 0.15, 0.09, 0.18), {2, 3, 4, 5}
        index = {id(li): i + 1 for i, li in enumerate(lines)}

        def cells(li):
            return [str(index[id(li)]), esc(shown[id(li)]).replace("\n", "<br/>"), str(li.quantity), amount(li.unit_price), f"{li.tax_rate}%", a(li.amount)]

        zero = sum((li.amount for li in lines if li.tax_rate == 0), D("0.00"))
        totals = [("Total Taxable Supplies", a(net - zero))] + ([("Zero-rated Supplies", a(zero))] if zero else []) + [("Subtotal", a(net)), ("GST 8%", a(tax)), (f"Total {sym}", a(total))]
    shown = {id(li): li.description for li in lines}
    for li in lines:
        li.description = li.description.replace("\n", " ")
    title = "TAX CREDIT NOTE" if credit else pick(rng, ["TAX INVOICE", "INVOICE", "TAX INVOICE"])
    foot = [f"Please pay by transfer to Bank of Maldives account {rng.randrange(7700000000000, 7799999999999)} ({sym})." if not credit else f"Credit against invoice {original}.",
            "This is a computer generated invoice."]
    if chance(rng, 0.5):
        return banner_invoice(doc, layout, theme, *A4, title=title, vendor_rows=vrows, buyer_label="Bill To", buyer_rows=brows, meta=meta, head=head, fractions=fr,
                              numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page")
    return invoice(doc, layout, arrangement(rng, meta), theme, *A4, title=title, vendor_rows=vrows, buyer_label="Bill To", buyer_rows=brows, meta=meta,
                   head=head, fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page")
