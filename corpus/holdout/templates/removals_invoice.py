"""Removal companies' invoices: British, Australian and American movers billing a house or office move after the job (crew hours at
an hourly rate, packing materials by the piece, stair and long-carry surcharges, goods-in-transit cover, a deposit paid with the
quote), a month of containerised storage, and an American interstate move under a bill of lading, in GBP, AUD and USD, 2023-2025
(invented firms and clients).

Three prints. `removals_final_invoice` (one of the letterhead arrangements: the firm with its VAT Reg No. / ABN (= tax id; none in
the US) and its trade-association membership (decoy), INVOICE / TAX INVOICE No. (= id), Invoice date (= date), Quote Ref and Job No.
(decoys), Move date (decoy), the client billed (= customer) with the collection and delivery addresses printed apart (decoys);
Description / Qty / Rate / Amount with the crew's hours x hourly rate; Subtotal (= net), VAT 20 % / GST 10 % (= tax), Total (= total),
the deposit paid and the balance due (decoys)), `removals_storage_invoice` (a monthly storage invoice in the side-column layout:
Account No. (= customer id), Storage period (decoys), containers x monthly rate, contents cover on the declared value, access visits),
`removals_interstate_invoice` (US interstate household goods move under a title strip: Order for Service and Bill of Lading numbers,
USDOT and MC numbers (decoys), the shipment's weight and miles inside the linehaul line (an amount only), packing cartons x price,
packing labour hours x rate, the fuel surcharge and valuation charges as amounts, no tax, Total charges (= total), the deposit and the
balance due (decoys)).

Truth: an `invoice`; net = the subtotal and tax = the VAT / GST where printed (US: neither); total = the invoice total, never the
balance after the deposit; the collection, delivery and storage addresses are no part of it.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, abn, address, company_name, person_name, phone, uk_vat
from corpus.holdout.fakes_twentyninth import CREW_NAMES, REMOVALS_WORDS
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyeighth import sidebar_invoice
from corpus.holdout.templates._twentyninth import strip_invoice
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "removals_invoice"
D = Decimal
CREWS = {"GB": [("2 men & Luton van", 75, 110), ("3 men & 7.5 tonne lorry", 110, 160), ("4 men & 18 tonne pantechnicon", 160, 230)],
         "AU": [("2 movers & 4.5t truck", 130, 170), ("3 movers & 8t truck", 180, 240), ("4 movers & 10t truck", 230, 300)],
         "US": [("2 movers & 16ft truck", 110, 160), ("3 movers & 26ft truck", 150, 210)]}
MATERIALS = {"GB": [("Standard removal boxes", 2.2, 3.5), ("Book boxes", 1.8, 2.9), ("Wardrobe cartons", 9, 14), ("Mattress covers", 4, 7),
                    ("Packing paper (ream)", 14, 22), ("Bubble wrap roll 750mm x 50m", 18, 30)],
             "AU": [("Tea chest cartons", 4.5, 7), ("Book cartons", 3, 5), ("Port-a-robes (hire)", 12, 20), ("Mattress bags", 8, 14), ("Butcher's paper (ream)", 25, 40)],
             "US": [("Medium boxes 3.0 cu ft", 2.5, 4.5), ("Dish pack cartons 5.2 cu ft", 8, 14), ("Wardrobe boxes", 15, 24), ("Mattress bags", 6, 11),
                    ("Packing paper (bundle)", 28, 45)]}
SURCHARGES = [("Stair carry surcharge ({n} flights)", 40, 120), ("Long carry surcharge", 45, 110), ("Piano handling (upright)", 150, 320),
              ("Dismantle and reassemble beds and wardrobes", 60, 180), ("Parking suspension / permit", 35, 95), ("Out-of-hours surcharge", 80, 200)]


def _vendor(rng: random.Random, country: str) -> tuple[Party, str]:
    a_, b_ = pick(rng, REMOVALS_WORDS[0]), pick(rng, REMOVALS_WORDS[1])
    form = {"GB": "Ltd", "AU": "Pty Ltd", "US": pick(rng, ["LLC", "Inc."])}[country]
    tax_id = {"GB": uk_vat(rng), "AU": abn(rng), "US": None}[country]
    vendor = Party(name=f"{a_} {b_} {form}", address=address(rng, country), country=country, tax_id=tax_id, phone=phone(rng, country))
    vendor.email = f"{pick(rng, ['accounts', 'office', 'moves'])}@{a_.lower().replace(' ', '')}.example"
    member = {"GB": f"BAR Member No. {rng.randrange(1000, 9999)}", "AU": f"AFRA Member {rng.randrange(100, 999)}",
              "US": f"USDOT {rng.randrange(1000000, 3999999)} · MC-{rng.randrange(100000, 999999)}"}[country]
    return vendor, member


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["removals_final_invoice", "removals_final_invoice", "removals_storage_invoice", "removals_interstate_invoice"])
    country = "US" if layout == "removals_interstate_invoice" else pick(rng, ["GB", "GB", "AU", "US"])
    issued = random_date(rng, date(2023, 1, 9), 900)
    pattern = {"GB": pick(rng, ["dmy_slash", "d_month_y", "ordinal_month_y"]), "AU": pick(rng, ["dmy_slash", "d_mon_y"]), "US": pick(rng, ["mdy_slash", "mon_d_y", "month_d_y"])}[country]

    def d(x):
        return fmt_date(x, pattern)

    vendor, member = _vendor(rng, country)
    sym = "£" if country == "GB" else "$"
    household = layout != "removals_storage_invoice" and chance(rng, 0.7) or chance(rng, 0.4)
    customer = Party(name=person_name(rng, country) if household else company_name(rng, country), address=address(rng, country), country=country,
                     phone=phone(rng, country))
    origin, dest = address(rng, country), address(rng, country)
    if chance(rng, 0.35):
        customer.address = list(dest)
    move_day = issued - timedelta(days=pick(rng, [0, 0, 1, 2, 5]))
    lines: list[Line] = []
    period = None
    if layout == "removals_storage_invoice":
        start = issued.replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        period = (start, end)
        containers = D(pick(rng, [1, 2, 2, 3, 4, 6]))
        size = {"GB": "250 cu ft container", "AU": "8 cu m module", "US": "7x5x8 ft vault"}[country]
        price = money(rng.uniform(55, 120))
        lines.append(Line(f"Containerised storage - {size}, {d(start)} to {d(end)}", containers, price, money(containers * price)))
        declared = D(pick(rng, [10000, 15000, 25000, 40000, 60000]))
        lines.append(Line(f"Contents cover - declared value {sym}{amount(declared, decimals=0)}", None, None, money(declared * D(pick(rng, ["0.0012", "0.0015", "0.002"])))))
        if chance(rng, 0.4):
            visits = D(pick(rng, [1, 2]))
            fee = money(pick(rng, [35, 45, 60]))
            lines.append(Line("Warehouse access visit", visits, fee, money(visits * fee)))
    elif layout == "removals_interstate_invoice":
        weight, miles = rng.randrange(2400, 14000, 20), rng.randrange(300, 2800)
        linehaul = money(round(weight / 100 * rng.uniform(55, 95), 2))
        lines.append(Line(f"Linehaul transportation ({weight:,} lbs, {miles:,} miles)", None, None, linehaul))
        for desc, low, high in rng.sample(MATERIALS["US"], rng.randrange(1, 4)):
            qty = D(pick(rng, [2, 4, 6, 10, 15, 20, 30]))
            price = money(rng.uniform(low, high))
            lines.append(Line(desc, qty, price, money(qty * price)))
        hours = D(pick(rng, ["4", "5.5", "6", "8", "10.5"]))
        rate = money(pick(rng, [45, 50, 55, 60]))
        lines.append(Line("Packing labor (per man-hour)", hours, rate, money(hours * rate)))
        fuel = pick(rng, [8, 10, 12, 14])
        lines.append(Line(f"Fuel surcharge ({fuel}% of linehaul)", None, None, money(linehaul * fuel / 100)))
        declared = D(pick(rng, [40000, 60000, 80000, 100000]))
        lines.append(Line(f"Full Value Protection (${amount(declared, decimals=0)} declared, $0 deductible)", None, None, money(declared * D("0.0095"))))
        if chance(rng, 0.4):
            lines.append(Line(pick(rng, ["Shuttle service at destination", "Extra stop - pickup", "Appliance service (washer)"]), None, None, money(rng.uniform(120, 450))))
    else:
        crew, low, high = pick(rng, CREWS[country])
        hours = D(pick(rng, ["3", "4", "4.5", "5", "6", "6.5", "7.5", "8", "9.5"]))
        rate = money(round(rng.uniform(low, high)))
        lines.append(Line(f"{crew} - {pick(rng, ['hourly rate', 'per hour', 'labour and vehicle'])}", hours, rate, money(hours * rate)))
        if chance(rng, 0.5):
            lines.append(Line(pick(rng, ["Travel time / call-out", "Fuel and travel charge", "Depot travel (1 hour)"]), None, None, money(pick(rng, [45, 60, 75, 90, 120]))))
        for desc, low, high in rng.sample(MATERIALS[country], rng.randrange(0, 4)):
            qty = D(pick(rng, [2, 5, 10, 15, 20, 30, 40]))
            price = money(rng.uniform(low, high))
            lines.append(Line(desc, qty, price, money(qty * price)))
        for desc, low, high in rng.sample(SURCHARGES, pick(rng, [0, 1, 1, 2])):
            lines.append(Line(desc.format(n=rng.randrange(1, 4)), None, None, money(round(rng.uniform(low, high)))))
        if chance(rng, 0.6):
            declared = D(pick(rng, [20000, 30000, 50000, 75000]))
            lines.append(Line(f"Goods in transit cover ({sym}{amount(declared, decimals=0)} declared)", None, None, money(declared * D(pick(rng, ["0.002", "0.0025", "0.003"])))))
    net = sum((li.amount for li in lines), D("0.00"))
    pct = {"GB": D(20), "AU": D(10), "US": D(0)}[country]
    tax = money(net * pct / 100) if pct else None
    total = net + (tax or D(0))
    number = pick(rng, [f"{rng.randrange(10000, 99999)}", f"INV-{rng.randrange(1000, 99999):05d}", f"RM{issued.year % 100}{rng.randrange(1, 9999):04d}"])
    deposit = money(total * D(pick(rng, ["0.1", "0.2", "0.25"])).quantize(D(1))) if layout != "removals_storage_invoice" and chance(rng, 0.6) else D(0)
    days = pick(rng, [0, 7, 14]) if layout != "removals_storage_invoice" else pick(rng, [7, 14, 30])
    terms = pick(rng, [f"Payment due within {days} days", f"{days} days", f"Net {days}"]) if days else "Due on completion"
    due = issued + timedelta(days=days) if days and chance(rng, 0.6) else None
    acct = f"{pick(rng, ['ST', 'A', ''])}{rng.randrange(1000, 99999)}" if layout == "removals_storage_invoice" or chance(rng, 0.3) else None
    doc = Doc(document_type="invoice", locale=country, currency={"GB": "GBP", "AU": "AUD", "US": "USD"}[country], vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net if pct else None, tax=tax, lines=lines, due_date=due, payment_terms=terms,
              customer_id=acct)
    quote, job = f"Q{rng.randrange(10000, 99999)}", f"J{rng.randrange(1000, 99999)}"
    id_row = {"GB": f"VAT Reg No. {vendor.tax_id}", "AU": f"ABN {vendor.tax_id}", "US": ""}[country]
    vrows = [id_row, f"Tel {vendor.phone}", esc(vendor.email), esc(member)]
    if pct:
        totals = [("Subtotal", amount(net)), ({"GB": "VAT @ 20%", "AU": "GST 10%"}[country], amount(tax)), (f"Total {sym}", amount(total))]
    else:
        totals = [(pick(rng, ["Total charges", "TOTAL", "Invoice total"]), f"${amount(total)}")]
    if deposit:
        totals += [("Less deposit paid", f"-{amount(deposit)}"), ("Balance due", amount(total - deposit))]
    notes = {"quote": quote, "job": job, "member": member, "origin": origin, "dest": dest, "deposit": str(deposit), "move_day": move_day.isoformat()}
    theme = Theme.pick(rng, size=(7.5, 9.0))
    paper = LETTER if country == "US" else A4
    head, fr, numeric = ["Description", "Qty", "Rate", "Amount"], (0.58, 0.1, 0.15, 0.17), {1, 2, 3}

    def cells(li):
        qty = "" if li.quantity is None else f"{li.quantity.normalize():f}"
        return [esc(li.description), qty, "" if li.unit_price is None else amount(li.unit_price), amount(li.amount)]

    moves = [f"Collected from: {esc(', '.join(origin))}", f"Delivered to: {esc(', '.join(dest))}"]
    if layout == "removals_storage_invoice":
        meta = [("Invoice No.", number), ("Date", d(issued)), ("Account No.", acct), ("Storage period", f"{d(period[0])} - {d(period[1])}")] \
            + ([("Due date", d(due))] if due else [])
        foot = [f"Terms: {terms}", f"Goods stored at our {pick(rng, ['warehouse', 'depot', 'secure facility'])}: {esc(', '.join(vendor.address))}.",
                "Storage is charged monthly in advance. 28 days' notice is required to release goods."]
        title = "TAX INVOICE" if country == "AU" else "INVOICE"
        return sidebar_invoice(doc, layout, theme, *paper, title=title, vendor_rows=vrows, buyer_label="Account holder", buyer_rows=[], meta=meta, head=head,
                               fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page",
                               side_notes=[f"Containers held: {lines[0].quantity}"])
    if layout == "removals_interstate_invoice":
        bol, order = f"{rng.randrange(100000, 999999)}", f"OS-{rng.randrange(10000, 99999)}"
        notes.update({"bol": bol, "order": order})
        meta = [("Invoice date", d(issued)), ("Order for Service", order), ("Bill of Lading", bol), ("Delivery date", d(move_day))] \
            + ([("Account", acct)] if acct else []) + ([("Due", d(due))] if due else [])
        foot = moves + [f"Estimate type: {pick(rng, ['Binding', 'Binding not-to-exceed', 'Non-binding'])}. Terms: {terms}.",
                        "Interstate household goods moved under the carrier's tariff; see your rights and responsibilities when you move."]
        return strip_invoice(doc, layout, theme, *paper, title="INVOICE", number_label="Invoice #", vendor_rows=vrows, buyer_label="Shipper / Bill to", buyer_rows=[],
                             meta=meta, head=head, fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, vendor_label="Carrier",
                             footer_text="Page")
    meta = [("Invoice No.", number), ("Invoice date", d(issued)), ("Move date", d(move_day)), ("Quote Ref", quote), ("Job No.", job)] \
        + ([("Account", acct)] if acct else []) + ([("Due date", d(due))] if due else [])
    foot = moves + [f"Terms: {terms}", f"Crew: {', '.join(rng.sample(CREW_NAMES, 3))}"]
    title = "TAX INVOICE" if country == "AU" else "INVOICE"
    return invoice(doc, layout, arrangement(rng, meta), theme, *paper, title=title, vendor_rows=vrows, buyer_label=pick(rng, ["Bill to", "Client", "Customer"]),
                   buyer_rows=[], meta=meta, head=head, fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page")
