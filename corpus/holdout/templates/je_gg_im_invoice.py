"""Invoices and credit notes of the Crown Dependencies: Jersey businesses charging GST at 5 %, Guernsey businesses charging no tax at
all, and Isle of Man businesses charging VAT at 20 % (zero-rated food and books) under VAT numbers of the UK format that begin `GB
00`, in pounds sterling, 2023-2025 (invented businesses).

Three prints. `ci_ledger_invoice` (the supplier's name centred over its address, its GST No. / VAT Reg. No. (= tax id) and company
registration number (decoy) and a double rule; "INVOICE" / "TAX INVOICE"; the customer under a shaded caption beside the invoice details
(Invoice No. (= id), Invoice date (= date), Account (= customer id, where printed), Your order (decoy), Terms (= terms), Due date (= due
date)); Description / Qty / Unit price / (GST | VAT) / Amount; Subtotal (= net), GST 5 % / VAT (= tax), Total / Amount due (= total), or
in Guernsey only the total; a tear-off remittance slip repeating the invoice number and the amount with the bank's sort code and
account (decoys)), `ci_letterhead_invoice` (one of the letterhead arrangements with the same content), `ci_credit_note` (a CREDIT NOTE
in the side-column layout against an invoice (no id), with its reason).

Truth: an `invoice` or a `credit_note` (negative); vendor with its GST / VAT number (Guernsey: none); net and tax where printed
(Guernsey: neither, the lines adding up to the total).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_thirtieth import CI_ISLAND, ci_party, digits
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._thirtieth import ledger_invoice
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyeighth import sidebar_invoice
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "je_gg_im_invoice"
D = Decimal
# trade -> (description, unit, low, high, zero-rated on the Isle of Man)
GROUPS = {
    "electrical": [("Electrician - labour", "hrs", 48, 75, False), ("Supply and fit LED downlights", "ea", 28, 55, False), ("Consumer unit upgrade, 10-way", "ea", 380, 620, False),
                   ("Twin socket outlet, supplied and fitted", "ea", 32, 58, False), ("Periodic inspection report (EICR)", "ea", 140, 260, False), ("Cable 2.5mm T&E (per m)", "m", 1.2, 2.4, False)],
    "marine": [("Outboard engine service (labour)", "hrs", 55, 85, False), ("Antifouling paint 2.5L", "ea", 95, 160, False), ("Impeller kit", "ea", 28, 65, False),
               ("Lift out and pressure wash", "ea", 180, 420, False), ("Mooring chain inspection", "ea", 90, 180, False), ("Engine oil 5L", "ea", 32, 48, False)],
    "office": [("A4 copier paper (box of 5 reams)", "box", 22, 34, False), ("Printer toner cartridge, black", "ea", 65, 140, False), ("Lever arch files (box of 10)", "box", 18, 32, False),
               ("Office chair, mesh back", "ea", 140, 320, False), ("Desk diary 2024", "ea", 9, 18, False), ("Children's reference books", "ea", 8, 24, True)],
    "garden": [("Gardening and hedge cutting", "hrs", 24, 38, False), ("Green waste removal", "load", 45, 90, False), ("Lawn treatment (spring)", "ea", 40, 95, False),
               ("Bark mulch, bulk bag", "bag", 55, 85, False), ("Seed potatoes (sack)", "sack", 14, 26, True), ("Hedge plants, beech (bundle of 25)", "bundle", 38, 70, False)],
    "food": [("Fresh produce - mixed vegetables (crate)", "crate", 18, 35, True), ("Bread rolls (tray of 48)", "tray", 9, 16, True), ("Milk 4 pint (crate of 12)", "crate", 14, 22, True),
             ("Disposable cups 12oz (case of 1000)", "case", 38, 65, False), ("Catering foil rolls (pack of 6)", "pack", 16, 28, False), ("Island potatoes (25kg)", "sack", 18, 32, True)],
    "building": [("Timber 47x100 C24, 4.8m", "len", 14, 24, False), ("Joiner - labour", "hrs", 38, 60, False), ("Supply and fit internal door", "ea", 180, 340, False),
                 ("Plasterboard 2400x1200 12.5mm", "ea", 9, 15, False), ("Double-glazed unit, replacement", "ea", 120, 290, False), ("Skip hire (6 yard)", "ea", 240, 380, False)],
    "it": [("IT support retainer (month)", "month", 250, 900, False), ("Microsoft 365 Business Standard (user/month)", "user", 10, 14, False),
           ("Laptop setup and data migration", "hrs", 55, 95, False), ("Network switch 24-port", "ea", 180, 420, False), ("Backup storage 1 TB (month)", "month", 12, 30, False)],
    "plumbing": [("Boiler service and safety check", "ea", 85, 140, False), ("Plumber - labour", "hrs", 45, 70, False), ("Radiator valve pair", "ea", 18, 38, False),
                 ("Unvented cylinder annual check", "ea", 95, 150, False), ("Copper pipe 15mm (3m)", "len", 16, 28, False)],
    "logistics": [("Ferry freight charge (St Malo / Poole)", "ea", 60, 240, False), ("Local delivery - van", "hrs", 45, 70, False), ("Pallet storage (week)", "pallet", 8, 15, False),
                  ("Heating oil delivery surcharge", "ea", 25, 45, False)],
}
TRADE_GROUP = [("Electrical", "electrical"), ("Marine", "marine"), ("Office", "office"), ("Print", "office"), ("Landscapes", "garden"), ("Agricultural", "garden"),
               ("Catering", "food"), ("Joinery", "building"), ("Building", "building"), ("Glazing", "building"), ("IT", "it"), ("Digital", "it"),
               ("Plumbing", "plumbing"), ("Fuel", "logistics"), ("Logistics", "logistics"), ("Engineering", "building")]
BANKS = {"JE": [("HSBC Bank plc, St Helier", "40-25-34"), ("Barclays Bank plc, Jersey", "20-35-73"), ("RBS International, Jersey", "16-10-20"),
                ("Lloyds Bank International", "30-00-02")],
         "GG": [("Barclays, St Peter Port", "20-45-77"), ("Butterfield Bank (Guernsey)", "60-92-42"), ("HSBC Bank plc, Guernsey", "40-26-39")],
         "IM": [("Isle of Man Bank", "55-91-50"), ("Conister Bank", "60-95-11"), ("Barclays, Douglas", "20-21-62")]}


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["ci_ledger_invoice", "ci_ledger_invoice", "ci_letterhead_invoice", "ci_credit_note"])
    country = pick(rng, ["JE", "JE", "GG", "IM", "IM"])
    credit = layout == "ci_credit_note"
    issued = random_date(rng, date(2023, 1, 9), 900)
    pattern = pick(rng, ["dmy_slash", "d_month_y", "d_mon_y", "dd_mon_yyyy", "ordinal_month_y"])

    def d(x):
        return fmt_date(x, pattern)

    vendor, customer = ci_party(rng, country), ci_party(rng, country)
    buyer_tax = customer.tax_id
    customer.tax_id = None
    if chance(rng, 0.3):
        customer.name = pick(rng, ["Mr & Mrs", "Mrs", "Mr", "Dr"]) + " " + pick(rng, ["Le Sueur", "Renouf", "Ogier", "Le Marquand", "Quayle", "Kermode", "Mahy", "Falla",
                                                                                     "Christian", "Kinvig"])
    rate = {"JE": D(5), "GG": D(0), "IM": D(20)}[country]
    group = next((g for word, g in TRADE_GROUP if word in vendor.name), None) or pick(rng, sorted(GROUPS))
    pool = [it for it in GROUPS[group] if not (credit and it[4])] or GROUPS[group]
    lines = []
    for desc, unit, low, high, zero in rng.sample(pool, rng.randrange(1, 3) if credit else rng.randrange(1, min(7, len(pool) + 1))):
        qty = D(pick(rng, ["1", "2", "3", "4", "6", "10", "12"])) if unit not in ("hrs",) else D(pick(rng, ["1.5", "2", "3.5", "4", "6", "7.5", "12"]))
        price = money(rng.uniform(low, high)) if high < 200 else money(round(rng.uniform(low, high)))
        line = Line(desc, qty, price, money(qty * price), unit)
        line.tax_rate = D(0) if (country == "IM" and zero) else rate
        lines.append(line)
    net = sum((li.amount for li in lines), D("0.00"))
    taxed = country != "GG"
    tax = money(sum((li.amount for li in lines if li.tax_rate), D("0.00")) * rate / 100) if taxed else None
    total = net + (tax or D(0))
    number = pick(rng, [f"{rng.randrange(1000, 99999)}", f"INV-{rng.randrange(100, 9999):05d}", f"{country}{issued.year % 100}-{rng.randrange(1, 9999):04d}",
                        f"SI{rng.randrange(10000, 99999)}"])
    if credit:
        number = pick(rng, [f"CN-{rng.randrange(100, 9999):04d}", f"CR{rng.randrange(1000, 99999)}", f"C{rng.randrange(100, 9999)}"])
    original = f"INV-{rng.randrange(100, 9999):05d}"
    days = pick(rng, [7, 14, 30, 30, 0])
    terms = None if credit else (pick(rng, ["Due on receipt", "Payment on receipt"]) if not days else pick(rng, [f"{days} days", f"Net {days} days", f"Strictly {days} days"]))
    due = issued + timedelta(days=days) if days and not credit and chance(rng, 0.75) else None
    acct = f"{customer.name.replace(' ', '')[:3].upper()}{rng.randrange(1, 999):03d}" if chance(rng, 0.5) else None
    if acct and not acct[:3].isalpha():
        acct = f"A{rng.randrange(1000, 9999)}"
    doc = Doc(document_type="credit_note" if credit else "invoice", locale=country, currency="GBP", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net if taxed else None, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=acct)
    minus = pick(rng, ["-", ""]) if credit else ""

    def a(v):
        return minus + amount(v)

    tax_name = {"JE": "GST", "GG": "", "IM": "VAT"}[country]
    id_row = {"JE": f"{pick(rng, ['GST No.', 'GST Registration No.', 'GST Reg'])} {vendor.tax_id}", "GG": "", "IM": f"{pick(rng, ['VAT Reg. No.', 'VAT No.', 'VAT Registration'])} {vendor.tax_id}"}[country]
    reg_row = {"JE": f"Registered in Jersey No. {vendor.extra['reg']}", "GG": f"Registered in Guernsey No. {vendor.extra['reg']}",
               "IM": f"Registered in the Isle of Man No. {vendor.extra['reg']}"}[country]
    vrows = [id_row, reg_row if chance(rng, 0.8) else "", f"Tel {vendor.phone}", esc(vendor.email or "")]
    po = f"{pick(rng, ['PO', 'Order', 'Ref'])} {rng.randrange(1000, 99999)}"
    brows = [f"{'GST No.' if country == 'JE' else 'VAT No.'} {buyer_tax}"] if buyer_tax and chance(rng, 0.3) else []
    if taxed:
        head = ["Description", "Qty", "Unit price", tax_name, "Amount"]
        fr, numeric = (0.5, 0.09, 0.15, 0.08, 0.18), {1, 2, 3, 4}
    else:
        head = ["Description", "Qty", "Unit price", "Amount"]
        fr, numeric = (0.56, 0.1, 0.16, 0.18), {1, 2, 3}

    def cells(li):
        qty = f"{li.quantity.normalize():f}"
        out = [esc(li.description), qty, amount(li.unit_price)]
        if taxed:
            out.append(f"{li.tax_rate.normalize():f}%" if country == "JE" else ("S" if li.tax_rate else "Z"))
        return out + [a(li.amount)]

    sym = "£"
    if taxed:
        totals = [(pick(rng, ["Subtotal", "Net total", "Total excl. " + tax_name]), a(net)),
                  ({"JE": pick(rng, ["GST @ 5%", "GST 5%", "Add GST at 5%"]), "IM": pick(rng, ["VAT @ 20%", "VAT", "Total VAT"])}[country], a(tax)),
                  (pick(rng, ["Total", "Invoice total", "Amount due"]) if not credit else "Total credit", f"{minus}{sym}{amount(total)}")]
    else:
        totals = [(pick(rng, ["Total", "Amount due", "Total due"]) if not credit else "Total credit", f"{minus}{sym}{amount(total)}")]
    bank, sort = pick(rng, BANKS[country])
    account_no = digits(rng, 8)
    foot = ([f"Credit against invoice {original}: {pick(rng, ['goods returned', 'overcharge corrected', 'job cancelled', 'damaged on delivery'])}."] if credit else [])
    foot += (["S = standard rated 20%, Z = zero rated."] if country == "IM" and not credit else [])
    foot += ["No GST or VAT is chargeable in Guernsey." if country == "GG" and chance(rng, 0.5) else "",
             f"Please pay by bank transfer to {esc(bank)}, sort code {sort}, account {account_no}, quoting the invoice number." if not credit else ""]
    notes = {"group": group, "reg": vendor.extra["reg"], "po": po, "bank": bank, "sort": sort, "account_no": account_no, "original": original if credit else None,
             "country": country, "buyer_tax": buyer_tax}
    theme = Theme.pick(rng, size=(7.5, 9.0))
    meta = [("Invoice No." if not credit else "Credit Note No.", number), ("Date", d(issued))] + ([("Account", acct)] if acct else []) \
        + ([("Original invoice", original)] if credit else [("Your order", po)]) + ([("Terms", terms)] if terms else []) + ([("Due date", d(due))] if due else [])
    title = "CREDIT NOTE" if credit else ({"JE": pick(rng, ["TAX INVOICE", "INVOICE"]), "GG": "INVOICE", "IM": pick(rng, ["VAT INVOICE", "INVOICE", "TAX INVOICE"])}[country])
    if credit:
        return sidebar_invoice(doc, layout, theme, *A4, title=title, vendor_rows=vrows, buyer_label="Customer", buyer_rows=brows, meta=meta, head=head,
                               fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page",
                               side_notes=[f"{CI_ISLAND[country]}"])
    if layout == "ci_letterhead_invoice":
        return invoice(doc, layout, arrangement(rng, meta), theme, *A4, title=title, vendor_rows=vrows, buyer_label=pick(rng, ["Invoice to", "Bill to", "Customer"]),
                       buyer_rows=brows, meta=meta, head=head, fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page")
    slip = [("Invoice No.", number)] + ([("Account", acct)] if acct else []) + [("Amount due", f"{sym}{amount(total)}"), ("Customer", esc(customer.name)),
                                                                              ("Pay to", f"{esc(bank)} · {sort} · {account_no}")]
    return ledger_invoice(doc, layout, theme, *A4, title=title, vendor_rows=vrows, buyer_label=pick(rng, ["Invoice to", "Customer", "Bill to"]), buyer_rows=brows,
                          meta_label=pick(rng, ["Invoice details", "Details", "Invoice"]), meta=meta, head=head, fractions=fr, numeric=numeric, cells=cells,
                          totals=totals, foot=foot, notes=notes, footer_text="Page", slip=slip if chance(rng, 0.7) else (),
                          slip_title=pick(rng, ["REMITTANCE ADVICE - please return with your payment", "Remittance slip", "Payment slip - detach and return"]))
