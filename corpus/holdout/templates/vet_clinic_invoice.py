"""Veterinary clinics' invoices to pet owners, paid at the counter, and their till receipts, in English, USD, GBP and AUD,
2023-2025 (invented practices).

Two prints. `vet_invoice_paid` (the practice-management system's INVOICE / "Invoice & Receipt": the clinic with its address and
phone (a GB practice's VAT Reg No., an AU practice's ABN), Client (the owner, with the address) and Client # (= customer id),
Patient: the pet's name, species, breed and weight, and the attending vet (decoys); Date / Description / Qty / Price / Total lines
(consultation, vaccines, medicines, pet food, nail clip); US: sales tax on the products only ("Tax (7.25%) on taxable items"),
Subtotal / Tax / Invoice Total; GB: VAT 20 % on all, Subtotal (ex VAT) / VAT / Total; AU: prices include GST, Total (incl. GST)
and "Includes GST of $x" (no net); then the payment (Visa ****1234, EFTPOS), Previous Balance and Balance Due 0.00 (decoys), the
reminders "Next vaccination due" (decoy dates)), `vet_pos_receipt` (the front desk's narrow receipt: the clinic, Receipt No.,
Date, the patient's name (decoy), the items, Subtotal / tax or "GST included", Total, the card and its approval code).

Truth: an `invoice` with the client as customer (its address; the pet and the vet are not parties) and the invoice number, or a
`receipt` with no customer; vendor = the practice with its address (the VAT Reg No. / ABN its tax id where printed); date = the
invoice / receipt date; lines = the items; US and GB: net = the subtotal, tax = the tax; AU: no net, tax = the GST included, the
lines adding up to the total; total = the invoice total (the Balance Due 0.00 after the payment a decoy).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, abn, address, person_name, phone, uk_vat
from corpus.holdout.fakes_twentysecond import PETS, VET_CLINICS, digits
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._fifteenth import priced_lines, rows_html
from corpus.holdout.templates._fourteenth import roll_sheet
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import ARRANGEMENTS, dater, invoice

FAMILY = "vet_clinic_invoice"
D = Decimal
SERVICES = [("Consultation - standard", "ea", 55, 95), ("Vaccination - annual booster", "ea", 45, 90), ("Nail clip", "ea", 12, 25),
            ("Dental scale and polish", "ea", 280, 650), ("Microchip implant", "ea", 25, 60), ("Blood test - senior profile", "ea", 95, 210),
            ("Hospitalisation (per day)", "day", 80, 180), ("Radiograph - 2 views", "ea", 150, 320)]
PRODUCTS = [("Flea & tick chewable (3 pack)", "pk", 35, 75), ("Prescription diet dry 7 kg", "bag", 70, 130), ("Worming tablet", "tab", 6, 14),
            ("Meloxicam oral suspension 32 ml", "btl", 25, 55), ("Amoxicillin/clavulanate 250 mg", "tab", 1, 3), ("Ear cleaner 125 ml", "btl", 14, 28)]
US_TAX = [D("7.25"), D("6.00"), D("8.25"), D("6.625")]


def clinic(rng: random.Random, country: str) -> Party:
    a, b, c = VET_CLINICS[country]
    name = f"{pick(rng, a)} {pick(rng, b)}{pick(rng, c)}"
    p = Party(name=name, address=address(rng, country), country=country, phone=phone(rng, country))
    p.tax_id = uk_vat(rng) if country == "GB" else abn(rng) if country == "AU" else None
    return p


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["vet_invoice_paid", "vet_invoice_paid", "vet_pos_receipt"])
    country = pick(rng, ["US", "GB", "AU"])
    vendor = clinic(rng, country)
    owner = Party(name=person_name(rng, country), address=address(rng, country), country=country)
    pet, species, breed = pick(rng, PETS)
    issued = random_date(rng, date(2023, 1, 9), 1000)
    receipt = layout == "vet_pos_receipt"
    services = priced_lines(rng, SERVICES, rng.randrange(1, 4), quantities=(1, 1, 1, 2))
    products = priced_lines(rng, PRODUCTS, rng.randrange(0, 3), quantities=(1, 1, 2, 3, 10, 14, 20)) if chance(rng, 0.8) else []
    lines = services + products
    cur = {"US": "USD", "GB": "GBP", "AU": "AUD"}[country]
    sym = "£" if country == "GB" else "$"
    sub = sum((li.amount for li in lines), D("0.00"))
    if country == "US":
        rate = pick(rng, US_TAX)
        taxable = sum((li.amount for li in products), D("0.00"))
        tax = money(taxable * rate / 100) if taxable else D("0.00")
        net, total, sums_to = sub, sub + tax, "net"
        tax_rows = [("Subtotal", sub), (f"Tax ({rate}%) on taxable items", tax)]
    elif country == "GB":
        tax = money(sub * D("0.20"))
        net, total, sums_to = sub, sub + tax, "net"
        tax_rows = [("Subtotal (ex VAT)", sub), ("VAT @ 20%", tax)]
    else:
        total = sub
        tax = money(total / 11)
        net, sums_to = None, "total"
        tax_rows = []
    number = pick(rng, [f"{rng.randrange(100000, 999999)}", f"INV-{rng.randrange(10000, 99999)}", f"{pick(rng, ['A', 'B'])}{rng.randrange(10000, 99999)}"])
    client_no = f"{rng.randrange(1000, 99999)}"
    if not receipt and country == "US" and not products and chance(rng, 0.5):
        tax_rows, tax = [("Subtotal", sub)], None
    if receipt:  # the roll prints a one-off item's amount only
        for li in lines:
            if li.quantity == 1:
                li.quantity = li.unit_price = None
    doc = Doc(document_type="receipt" if receipt else "invoice", locale=country, currency=cur, vendor=vendor, customer=None if receipt else owner,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines, customer_id=None if receipt else client_no,
              lines_sum_to=sums_to)

    def n(v):
        return amount(v, ",", ".")

    d = dater(rng, {"US": ["mdy_slash", "mdy_slash_nopad", "mon_d_y"], "GB": ["dmy_slash", "d_month_y"], "AU": ["dmy_slash", "d_mon_y"]}[country])
    theme = Theme.pick(rng, size=(7.5, 9.0))
    tax_label = {"GB": "VAT Reg No", "AU": "ABN"}.get(country)
    vet = f"Dr {person_name(rng, country).split()[-1]}"
    weight = f"{rng.randrange(3, 42)}.{rng.randrange(10)} kg"
    card = f"{pick(rng, ['Visa', 'Mastercard', 'EFTPOS' if country == 'AU' else 'Amex'])} ****{digits(rng, 4)}"
    gst_note = [("Includes GST of", f"{sym}{n(tax)}")] if country == "AU" else []
    notes = {"pet": pet, "vet": vet, "weight": weight}
    if receipt:
        rows = "".join(f"<tr><td style='width:136pt'>{esc(li.description)}{f'<br/>&#160; {li.quantity} x {n(li.unit_price)}' if li.quantity else ''}</td>"
                       f"<td class='r' style='width:48pt'>{n(li.amount)}</td></tr>" for li in lines)
        tot = [(k, n(v)) for k, v in tax_rows] + [(f"TOTAL {cur}", n(total))]
        body = (f"<p class='b c'>{esc(vendor.name)}</p><p class='c small'>{esc(', '.join(vendor.address))}</p><p class='c small'>{vendor.phone}</p>"
                + (f"<p class='c small'>{tax_label} {vendor.tax_id}</p>" if tax_label else "")
                + f"<p style='margin-top:5pt'>Receipt No: {number}</p><p>Date: {d(issued)} {rng.randrange(8, 19):02d}:{rng.randrange(60):02d}</p><p>Patient: {pet}</p>"
                + f"<table style='margin-top:3pt'>{rows}</table>" + rows_html(tot, widths=(142, 58)) + rows_html(gst_note, strong_last=False, widths=(142, 58))
                + f"<p style='margin-top:4pt'>{card} &#160; APPROVED {digits(rng, 6)}</p><p class='c small' style='margin-top:5pt'>Thank you for caring for {pet}!</p>")
        theme = Theme.pick(rng, font=pick(rng, ["Courier", "Helvetica"]), size=(7.0, 8.0))
        sheet = roll_sheet(226.0, body, theme.css(""))
        return Built(doc=doc, sheet=sheet, template=layout, notes=notes, scan_weight=2.0)
    width, height = LETTER if country == "US" else A4
    prev = money(rng.uniform(20, 300)) if chance(rng, 0.25) else D("0.00")
    vrows = [f"Tel {vendor.phone}"] + ([f"{tax_label}: {vendor.tax_id}"] if tax_label else [])
    meta = [("Invoice #:", number), ("Date:", d(issued)), ("Client #:", client_no),
            ("Patient:", f"{pet} ({species}, {breed}, {weight})"), ("Attending:", vet)]
    totals = [(k, n(v)) for k, v in tax_rows] + [(f"Invoice Total{' (incl. GST)' if country == 'AU' else ''}", f"{sym}{n(total)}")] + gst_note
    totals += ([("Previous Balance", n(prev))] if prev else []) + [(f"Payment - {card}", f"-{n(total + prev)}"), ("Balance Due", "0.00")]
    due_vacc = issued + timedelta(days=pick(rng, [182, 365]))
    foot = [f"Reminders for {pet}: annual vaccination due {d(due_vacc)}; flea and worming treatment monthly.",
            "Thank you for choosing us. Payment is due at the time of service."]
    notes["previous"] = float(prev)

    def cells(li):
        return [d(issued), esc(li.description), str(li.quantity), n(li.unit_price), n(li.amount)]

    return invoice(doc, "vet_invoice_paid", pick(rng, ARRANGEMENTS), theme, width, height, title=pick(rng, ["INVOICE", "Invoice & Receipt", "TAX INVOICE" if country == "AU" else "INVOICE"]),
                   vendor_rows=vrows, buyer_label="Client", buyer_rows=[], meta=meta, head=["Date", "Description", "Qty", "Price", "Total"],
                   fractions=(0.14, 0.44, 0.1, 0.15, 0.17), numeric={2, 3, 4}, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page")
