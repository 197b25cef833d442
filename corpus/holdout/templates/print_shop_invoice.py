"""Print shops' invoices: British, New Zealand and American commercial printers billing print jobs (a job's specification over
several lines: size, stock, colours, finishing, copies), artwork hours, proofs and delivery, in GBP, NZD and USD, 2023-2025
(invented printers and customers).

Two prints. `print_job_invoice` (the printer's letterhead with its VAT No. / GST No. (= tax id, none on the American print), Invoice
No. (= id), Date / Tax point, Account (= customer id), Your order (decoy), Job No. per line (decoy); Job / Description / Qty / Unit
/ Amount where a job is priced per run: the copies are in the description, the line an amount only; artwork and design hours
with the hours and the hourly rate; Subtotal, VAT 20% / GST 15% / Sales tax, Total, Terms), `print_banner_invoice` (the same under
a coloured band with the totals in a shaded box).

Truth: an `invoice`; net = the subtotal; tax = the VAT / GST / sales tax; total = the total; a print job's line an amount only
(the copies are part of the specification), hours with quantity and rate.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, address, make_company, nz_gst, phone, uk_vat
from corpus.holdout.fakes_twentyseventh import PRINT_WORDS
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentysixth import banner_invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "print_shop_invoice"
D = Decimal
JOBS = [("A5 flyers", ["130gsm gloss", "170gsm silk", "350gsm silk, matt lamination"], [1000, 2500, 5000, 10000], 0.02, 0.09),
        ("Business cards 85x55mm", ["400gsm silk, printed 4/4", "450gsm uncoated, spot UV one side"], [250, 500, 1000], 0.06, 0.2),
        ("A4 brochure, 16pp + cover", ["130gsm silk text, 300gsm cover, saddle stitched", "150gsm gloss, perfect bound"], [250, 500, 1000, 2000], 0.9, 3.2),
        ("Roller banner 850x2000mm", ["with stand and carry bag"], [1, 2, 4], 65, 140), ("Foamex board A1", ["5mm, printed one side, drilled"], [1, 2, 6, 10], 28, 55),
        ("DL compliment slips", ["120gsm bond, printed 2/0"], [500, 1000, 2500], 0.05, 0.14), ("A3 posters", ["170gsm silk, 4/0"], [50, 100, 250, 500], 0.45, 1.6),
        ("NCR invoice books A5", ["duplicate, numbered 0001-, 50 sets per book, wrap-around cover"], [5, 10, 20], 14, 26),
        ("Wedding invitations 5x7in", ["380gsm textured, gold foil, with envelopes"], [60, 100, 150], 1.8, 4.5)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["print_job_invoice", "print_banner_invoice"])
    country = pick(rng, ["GB", "GB", "NZ", "US"])
    issued = random_date(rng, date(2023, 1, 9), 880)
    pattern = {"GB": pick(rng, ["dmy_slash", "d_month_y"]), "NZ": pick(rng, ["dmy_slash", "d_mon_y"]), "US": pick(rng, ["mdy_slash", "month_d_y"])}[country]

    def d(x):
        return fmt_date(x, pattern)

    a_, b_ = pick(rng, PRINT_WORDS[0]), pick(rng, PRINT_WORDS[1])
    form = {"GB": "Ltd", "NZ": "Limited", "US": "LLC"}[country]
    tax_id = {"GB": uk_vat(rng), "NZ": nz_gst(rng), "US": None}[country]
    vendor = Party(name=f"{a_} {b_} {form}", address=address(rng, country), country=country, tax_id=tax_id, phone=phone(rng, country))
    vendor.email = f"accounts@{a_.lower()}{b_.split()[0].lower()}.example"
    customer = make_company(rng, country, with_tax=False)
    lines, jobs = [], []
    for name, stocks, runs, low, high in rng.sample(JOBS, rng.randrange(1, 5)):
        copies = pick(rng, runs)
        unit = D(str(rng.uniform(low, high)))
        value = money(max(D(35), unit * copies))
        job = f"J{rng.randrange(10000, 99999)}"
        desc = f"{name}, {pick(rng, stocks)}, {copies:,} {'copies' if copies > 10 else 'off'}"
        lines.append(Line(desc, None, None, value))
        jobs.append(job)
    if chance(rng, 0.6):
        hours = D(pick(rng, ["0.5", "1", "1.5", "2", "3", "4.5"]))
        rate = money(pick(rng, [35, 40, 45, 55, 65, 75]))
        lines.append(Line("Artwork / design and typesetting", hours, rate, money(hours * rate)))
        jobs.append("")
    if chance(rng, 0.5):
        lines.append(Line(pick(rng, ["Delivery - local", "Courier, next day", "Hard-copy proof"]), None, None, money(pick(rng, [8, 12, 15, 18, 25]))))
        jobs.append("")
    net = sum((li.amount for li in lines), D("0.00"))
    rate_pct = {"GB": D(20), "NZ": D(15), "US": D(pick(rng, ["6.25", "7", "8.875", "6"]))}[country]
    tax = money(net * rate_pct / 100)
    total = net + tax
    number = pick(rng, [f"{rng.randrange(10000, 99999)}", f"INV-{rng.randrange(1000, 9999)}", f"{issued.year % 100}/{rng.randrange(100, 9999):04d}"])
    days = pick(rng, [14, 30, 30, 0])
    terms = pick(rng, [f"{days} days", f"Net {days}", f"Payment due within {days} days"]) if days else "Payment on collection"
    due = issued + timedelta(days=days) if days and chance(rng, 0.6) else None
    acct = f"{customer.name[:4].upper().strip()}{rng.randrange(1, 99):02d}" if chance(rng, 0.6) else None
    doc = Doc(document_type="invoice", locale=country, currency={"GB": "GBP", "NZ": "NZD", "US": "USD"}[country], vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=acct)
    po = f"PO {rng.randrange(1000, 99999)}"
    vrows = ([{"GB": "VAT Reg No. ", "NZ": "GST No. "}[country] + tax_id] if tax_id else []) + [f"Tel {vendor.phone}", esc(vendor.email)]
    meta = [("Invoice No.", number), ("Date" if country != "GB" else "Date / Tax point", d(issued))] + ([("Account", acct)] if acct else []) \
        + [("Your order", po)] + ([("Due", d(due))] if due else [])
    job_of = {id(li): j for li, j in zip(lines, jobs, strict=True)}
    head, fr, numeric = ["Job", "Description", "Qty", "Rate", "Amount"], (0.1, 0.52, 0.08, 0.12, 0.18), {2, 3, 4}

    def cells(li):
        desc = esc(li.description)
        if li.quantity is None and "," in li.description:
            first, rest = li.description.split(", ", 1)
            desc = f"<b>{esc(first)},</b><br/>{esc(rest)}"
        return [job_of[id(li)], desc, "" if li.quantity is None else str(li.quantity), "" if li.unit_price is None else amount(li.unit_price), amount(li.amount)]

    tax_label = {"GB": "VAT @ 20%", "NZ": "GST 15%", "US": f"Sales Tax {rate_pct}%"}[country]
    sym = {"GB": "£", "NZ": "$", "US": "$"}[country]
    totals = [("Subtotal", amount(net)), (tax_label, amount(tax)), (f"Total {sym}", amount(total))]
    foot = [f"Terms: {terms}", "Proofs approved by the customer; we cannot accept responsibility for errors in approved proofs.",
            "Overs / unders of up to 5% are charged or credited pro rata." if chance(rng, 0.5) else ""]
    notes = {"po": po, "jobs": [j for j in jobs if j]}
    theme = Theme.pick(rng, size=(7.5, 9.0))
    paper = LETTER if country == "US" else A4
    title = "TAX INVOICE" if country == "NZ" else pick(rng, ["INVOICE", "Invoice"])
    if layout == "print_banner_invoice":
        return banner_invoice(doc, layout, theme, *paper, title=title, vendor_rows=vrows, buyer_label="Invoice to", buyer_rows=[], meta=meta, head=head,
                              fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page")
    return invoice(doc, layout, arrangement(rng, meta), theme, *paper, title=title, vendor_rows=vrows, buyer_label="Invoice to", buyer_rows=[], meta=meta,
                   head=head, fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page")
