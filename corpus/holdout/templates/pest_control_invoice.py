"""Pest controllers' invoices: Australian, British and American pest management firms billing a treatment visit (a service report
and tax invoice in one) or a month of contract service across a client's sites, in AUD, GBP and USD, 2023-2025 (invented firms and
clients).

Three prints. `pest_service_report` (SERVICE REPORT &amp; TAX INVOICE: the firm's ABN / VAT Reg No. (= tax id, none on the American
print) and the technician's licence number (decoy), Invoice No. (= id), Service date (= document date), Job No. (decoy), the
client billed (= customer, a household or a property manager) and the service address (a decoy address, not the customer's),
the pests targeted, the areas treated and the products applied with their registration numbers (decoys), the re-entry interval;
the treatment as an amount, bait stations and call-outs with quantity and price, Subtotal, GST / VAT / Sales tax, Total, Terms),
`pest_contract_invoice` (a monthly contract invoice in the side-column layout: Contract No. (decoy), the service period, one line
per site with the number of visits and the monthly rate, Account (= customer id), Due date), `pest_banner_invoice` (a one-off job
such as a wasp nest or a termite inspection under a coloured band).

Truth: an `invoice`; net = the subtotal; tax = the GST / VAT / sales tax; total = the total; the service address, the licence,
the job, the contract and the products' numbers are no part of it.
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
from corpus.holdout.fakes_twentyeighth import PEST_WORDS, TECHNICIANS
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyeighth import sidebar_invoice
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentysixth import banner_invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "pest_control_invoice"
D = Decimal
TREATMENTS = [("General pest treatment - internal and external", 160, 320), ("Cockroach flush and gel baiting - kitchen and bathrooms", 140, 260),
              ("Spider treatment - eaves, fences and garden", 110, 210), ("Bed bug heat treatment, 2 bedrooms", 650, 1400),
              ("Flea treatment - carpets and yard", 130, 240), ("Ant barrier treatment - perimeter", 150, 300)]
ONE_OFFS = [("Wasp nest removal", 95, 180), ("Termite inspection (visual and thermal imaging)", 250, 420), ("Bird proofing - spikes and netting", 480, 1600),
            ("Rodent proofing - sealing entry points", 220, 560), ("Possum relocation (licensed)", 180, 320)]
EXTRAS = [("Tamper-resistant rodent bait station", 18, 42), ("Replacement bait blocks (pack)", 9, 22), ("Insect light trap tube", 14, 30)]
PRODUCTS = {"AU": [("Bifenthrin 80 g/L", "APVMA 64789"), ("Fipronil 0.3 g/kg gel", "APVMA 56811"), ("Brodifacoum 0.05 g/kg blocks", "APVMA 49721")],
            "GB": [("Cypermethrin 10% EC", "HSE 9876"), ("Difenacoum 0.005% blocks", "UK-2016-1077"), ("Imidacloprid gel 2.15%", "UK-2019-0934")],
            "US": [("Bifenthrin 7.9%", "EPA Reg. 279-3206"), ("Fipronil 0.05% gel", "EPA Reg. 432-1262"), ("Bromadiolone 0.005%", "EPA Reg. 12455-86")]}
PESTS = ["cockroaches (German)", "ants", "spiders", "rodents (rats, mice)", "silverfish", "fleas", "wasps", "bed bugs"]
AREAS = ["kitchen", "bathrooms", "roof void", "sub-floor", "perimeter", "garage", "bin store", "cool room"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["pest_service_report", "pest_service_report", "pest_contract_invoice", "pest_banner_invoice"])
    country = pick(rng, ["AU", "AU", "GB", "US"])
    issued = random_date(rng, date(2023, 1, 9), 900)
    pattern = {"AU": pick(rng, ["dmy_slash", "d_mon_y"]), "GB": pick(rng, ["dmy_slash", "d_month_y"]), "US": pick(rng, ["mdy_slash", "mon_d_y"])}[country]

    def d(x):
        return fmt_date(x, pattern)

    a_, b_ = pick(rng, PEST_WORDS[0]), pick(rng, PEST_WORDS[1])
    form = {"AU": "Pty Ltd", "GB": "Ltd", "US": pick(rng, ["LLC", "Inc."])}[country]
    tax_id = {"AU": abn(rng), "GB": uk_vat(rng), "US": None}[country]
    vendor = Party(name=f"{a_} {b_} {form}", address=address(rng, country), country=country, tax_id=tax_id, phone=phone(rng, country))
    vendor.email = f"accounts@{a_.lower().replace('-', '')}.example"
    contract = layout == "pest_contract_invoice"
    household = not contract and chance(rng, 0.5)
    customer = Party(name=person_name(rng, country) if household else company_name(rng, country), address=address(rng, country), country=country,
                     phone=phone(rng, country))
    site = address(rng, country)
    lines: list[Line] = []
    period = None
    if contract:
        start = issued.replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        period = (start, end)
        for _ in range(rng.randrange(1, 5)):
            visits = pick(rng, [1, 1, 2, 4])
            rate = money(pick(rng, [65, 85, 95, 120, 145, 180, 240]))
            where = address(rng, country)[0]
            lines.append(Line(f"Monthly pest management - {where} ({visits} visit{'s' if visits > 1 else ''})", None, None, money(rate * visits)))
    elif layout == "pest_banner_invoice":
        desc, low, high = pick(rng, ONE_OFFS)
        lines.append(Line(desc, None, None, money(round(rng.uniform(low, high)))))
    else:
        desc, low, high = pick(rng, TREATMENTS)
        lines.append(Line(desc, None, None, money(round(rng.uniform(low, high)))))
    if not contract:
        for desc, low, high in rng.sample(EXTRAS, pick(rng, [0, 1, 1, 2])):
            qty = D(pick(rng, [1, 2, 4, 6, 8]))
            price = money(rng.uniform(low, high))
            lines.append(Line(desc, qty, price, money(qty * price)))
        if chance(rng, 0.35):
            lines.append(Line(pick(rng, ["Call-out fee", "After-hours call-out", "Travel charge"]), None, None, money(pick(rng, [45, 60, 75, 95]))))
    net = sum((li.amount for li in lines), D("0.00"))
    rate_pct = {"AU": D(10), "GB": D(20), "US": D(pick(rng, ["8.25", "7", "6.5"]))}[country]
    tax = money(net * rate_pct / 100)
    total = net + tax
    number = pick(rng, [f"{rng.randrange(10000, 999999)}", f"INV-{rng.randrange(1000, 99999):05d}", f"PC{issued.year % 100}{rng.randrange(1, 9999):04d}"])
    days = pick(rng, [7, 14, 14, 30]) if not household else pick(rng, [0, 7])
    terms = pick(rng, [f"{days} days", f"Net {days}", f"Payment due within {days} days"]) if days else "Payment due on completion"
    due = issued + timedelta(days=days) if days and chance(rng, 0.7) else None
    acct = f"{rng.randrange(1000, 99999)}" if (contract or chance(rng, 0.4)) else None
    doc = Doc(document_type="invoice", locale=country, currency={"AU": "AUD", "GB": "GBP", "US": "USD"}[country], vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=acct)
    licence = {"AU": f"Pest Management Technician Licence No. {rng.randrange(5000000, 5999999)}", "GB": f"BPCA Member No. {rng.randrange(1000, 9999)}",
               "US": f"Commercial Applicator License #{rng.randrange(100000, 999999)}"}[country]
    job = f"J{rng.randrange(100000, 999999)}"
    contract_no = f"SC-{rng.randrange(1000, 9999)}"
    tech = pick(rng, TECHNICIANS)
    tax_row = {"AU": "GST 10%", "GB": "VAT @ 20%", "US": f"Sales Tax {rate_pct}%"}[country]
    sym = "£" if country == "GB" else "$"
    id_row = ([{"AU": "ABN ", "GB": "VAT Reg No. "}[country] + tax_id] if tax_id else [])
    vrows = id_row + [f"Ph {vendor.phone}", esc(vendor.email), esc(licence) if layout != "pest_contract_invoice" else ""]
    totals = [("Subtotal", amount(net)), (tax_row, amount(tax)), (f"Total {sym}", amount(total))]
    notes = {"site": site, "licence": licence, "job": job, "contract": contract_no, "products": [p[1] for p in PRODUCTS[country]]}
    theme = Theme.pick(rng, size=(7.5, 9.0))
    paper = LETTER if country == "US" else A4
    head, fr, numeric = ["Description", "Qty", "Unit price", "Amount"], (0.58, 0.1, 0.15, 0.17), {1, 2, 3}

    def cells(li):
        return [esc(li.description), "" if li.quantity is None else str(li.quantity), "" if li.unit_price is None else amount(li.unit_price), amount(li.amount)]

    if contract:
        meta = [("Invoice No.", number), ("Date", d(issued)), ("Account", acct), ("Contract No.", contract_no), ("Service period", f"{d(period[0])} - {d(period[1])}")] \
            + ([("Due date", d(due))] if due else [])
        foot = [f"Terms: {terms}", "Service reports for each visit are available in the client portal."]
        return sidebar_invoice(doc, layout, theme, *paper, title=pick(rng, ["TAX INVOICE", "INVOICE"]) if country != "US" else "INVOICE", vendor_rows=vrows,
                               buyer_label="Bill to", buyer_rows=[], meta=meta, head=head, fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot,
                               notes=notes, footer_text="Page", side_notes=[f"Technician: {tech}"])
    products = rng.sample(PRODUCTS[country], rng.randrange(1, 3))
    report = [f"<b>Service address:</b> {esc(', '.join(site))}", f"<b>Technician:</b> {esc(tech)} · Job No. {job}",
              f"<b>Pests targeted:</b> {', '.join(rng.sample(PESTS, rng.randrange(1, 4)))}", f"<b>Areas treated:</b> {', '.join(rng.sample(AREAS, rng.randrange(2, 5)))}",
              "<b>Products applied:</b> " + "; ".join(f"{esc(p)} ({reg})" for p, reg in products),
              f"<b>Re-entry:</b> {pick(rng, ['4 hours', 'when dry', '2 hours'])} · Warranty {pick(rng, ['3 months', '6 months', '12 months'])} on treated areas"]
    meta = [("Invoice No.", number), ("Service date", d(issued)), ("Job No.", job)] + ([("Account", acct)] if acct else []) + ([("Due", d(due))] if due else [])
    foot = [f"Terms: {terms}"] + ([] if layout == "pest_banner_invoice" else report)
    title = "SERVICE REPORT &amp; TAX INVOICE" if country == "AU" else "SERVICE REPORT &amp; INVOICE"
    if layout == "pest_banner_invoice":
        return banner_invoice(doc, layout, theme, *paper, title="TAX INVOICE" if country == "AU" else "INVOICE", vendor_rows=vrows, buyer_label="Client",
                              buyer_rows=[], meta=meta, head=head, fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes,
                              footer_text="Page", side=[f"Site: {esc(', '.join(site))}", f"Technician: {esc(tech)}"])
    return invoice(doc, layout, arrangement(rng, meta), theme, *paper, title=title, vendor_rows=vrows, buyer_label="Client", buyer_rows=[], meta=meta,
                   head=head, fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page")
