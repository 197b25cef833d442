"""Cypriot and Maltese VAT invoices and credit notes, in English (Cyprus with Greek labels beside the English), EUR, 2023-2025.

Three prints. `cy_tax_invoice` (ΤΙΜΟΛΟΓΙΟ / INVOICE from a Limassol or Nicosia company: "Αρ. Εγγραφής ΦΠΑ / VAT Reg. No."
CY10123456X (= tax id; eight digits and a check letter), ΑΦΤ / TIC and the registrar's HE number (decoys), the customer's VAT
number (decoy), Αρ. / No., Ημερομηνία / Date, Όροι / Terms; lines at 19 %, 9 % or 5 %, one VAT row per rate; Σύνολο πριν
ΦΠΑ / Total before VAT, ΦΠΑ / VAT, Σύνολο / Total), `mt_tax_invoice` (a Maltese TAX INVOICE: VAT No. MT12345634 (= tax id; six
digits and a check pair), Company Reg. No. C 12345 (decoy), Customer VAT No. (decoy), Invoice No., Invoice Date, Customer A/C
(= customer id), Payment Terms "30 days from invoice date" and Due Date; 18 %, 7 % or 5 %; Total Excl. VAT / VAT / Total Due),
`cy_mt_credit_note` (CREDIT NOTE / ΠΙΣΤΩΤΙΚΟ ΣΗΜΕΙΩΜΑ from either, "Against Invoice No." (decoy), the reason, the lines credited,
positive as printed).

Truth: an `invoice` (`credit_note` negative); vendor = the issuer with its address and VAT number; customer = the customer with
its address (its VAT number a decoy); id = the invoice / credit note number; date = its date; net = the total before VAT; tax =
the VAT (the sum of the rate rows); total = the total; due date, terms and customer id where printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentysecond import cy_party, cy_vat, mt_party, mt_vat
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import priced_lines
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import ARRANGEMENTS, dater, invoice

FAMILY = "cy_mt_vat_invoice"
D = Decimal
ITEMS = [("Halloumi cheese 225 g (case of 24)", "case", 60, 120, "low"), ("Bottled water 1.5 L (pack of 6)", "pack", 2, 5, "low"),
         ("Accommodation - double room, half board", "night", 80, 260, "mid"), ("Accounting and audit services", "hrs", 60, 180, "std"),
         ("Ship agency fee - port call", "call", 450, 1900, "std"), ("Office furniture - desk 160 x 80", "pcs", 180, 520, "std"),
         ("Printed books - staff manuals", "pcs", 9, 28, "low"), ("Software licence - annual subscription", "user", 90, 600, "std"),
         ("Air-conditioning maintenance", "unit", 40, 120, "std"), ("Catering - conference lunch", "pax", 14, 45, "mid"),
         ("Legal services - company secretarial", "hrs", 90, 250, "std"), ("Diesel fuel", "litre", 1, 2, "std")]
RATES = {"CY": {"std": 19, "mid": 9, "low": 5}, "MT": {"std": 18, "mid": 7, "low": 5}}


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["cy_tax_invoice", "mt_tax_invoice", "cy_tax_invoice", "mt_tax_invoice", "cy_mt_credit_note"])
    credit = layout == "cy_mt_credit_note"
    country = pick(rng, ["CY", "MT"]) if credit else layout[:2].upper()
    vendor, customer = (cy_party(rng), cy_party(rng)) if country == "CY" else (mt_party(rng), mt_party(rng))
    while customer.name == vendor.name:
        customer = cy_party(rng) if country == "CY" else mt_party(rng)
    buyer_vat = (cy_vat if country == "CY" else mt_vat)(rng)
    customer.tax_id = None
    issued = random_date(rng, date(2023, 1, 9), 1000)
    lines = priced_lines(rng, [i[:4] for i in ITEMS], rng.randrange(1, 4 if credit else 10), quantities=(1, 1, 2, 3, 4, 6, 10, 12))
    kinds = {i[0]: i[4] for i in ITEMS}
    for li in lines:
        li.tax_rate = D(RATES[country][kinds[li.description]])
    net = sum((li.amount for li in lines), D("0.00"))
    by_rate: dict[Decimal, Decimal] = {}
    for li in lines:
        by_rate[li.tax_rate] = by_rate.get(li.tax_rate, D("0.00")) + li.amount
    taxes = {r: money(b * r / 100) for r, b in sorted(by_rate.items(), reverse=True)}
    tax = sum(taxes.values(), D("0.00"))
    total = net + tax
    if credit:
        number = pick(rng, [f"CN{rng.randrange(1000, 99999)}", f"CRN-{issued.year}-{rng.randrange(1, 999):03d}"])
    else:
        number = pick(rng, [f"INV{rng.randrange(10000, 99999)}", f"{issued.year}/{rng.randrange(1, 9999):04d}", f"SI-{rng.randrange(100000, 999999)}"])
    days = None if credit else pick(rng, [30, 30, 45, 60, None])
    due = issued + timedelta(days=days) if days and (country == "MT" or chance(rng, 0.5)) else None
    terms = (f"{days} days from invoice date" if country == "MT" else f"{days} days") if days and chance(rng, 0.7) else None
    acct = f"{customer.name[:2].upper()}{rng.randrange(1000, 9999)}" if country == "MT" and not credit else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale=country, currency="EUR", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=acct)
    sep, mark = pick(rng, [(",", "."), (",", "."), (".", ",")])

    def n(v):
        return amount(v, sep, mark)

    d = dater(rng, ["dmy_slash", "d_mon_y", "d_month_y", "dmy_dot"])
    theme = Theme.pick(rng, size=(7.5, 9.0))
    width, height = A4
    gr = country == "CY" and chance(rng, 0.75)

    def lab(en: str, el: str) -> str:
        return f"{el} / {en}" if gr else en

    notes = {"buyer_vat": buyer_vat}
    if country == "CY":
        vrows = [f"{lab('VAT Reg. No.', 'Αρ. Εγγραφής ΦΠΑ')}: {vendor.tax_id}", f"{lab('TIC', 'ΑΦΤ')}: {vendor.extra['tic']}", f"{lab('Reg. No.', 'Αρ. Εγγραφής')}: {vendor.extra['he']}",
                 f"{lab('Tel.', 'Τηλ.')}: {vendor.phone}"]
        notes.update(tic=vendor.extra["tic"], he=vendor.extra["he"])
    else:
        vrows = [f"VAT No. {vendor.tax_id}", f"Company Reg. No. {vendor.extra['c_no']}", f"Tel {vendor.phone}"]
        notes.update(c_no=vendor.extra["c_no"])
    brows = [f"{lab('VAT No.', 'Αρ. ΦΠΑ')}: {buyer_vat}" if country == "CY" else f"Customer VAT No. {buyer_vat}"]
    title = (lab("CREDIT NOTE", "ΠΙΣΤΩΤΙΚΟ ΣΗΜΕΙΩΜΑ") if credit else lab("INVOICE", "ΤΙΜΟΛΟΓΙΟ")) if country == "CY" else ("CREDIT NOTE" if credit else "TAX INVOICE")
    meta = [(lab("No.", "Αρ.") if country == "CY" else ("Credit Note No." if credit else "Invoice No."), number), (lab("Date", "Ημερομηνία") + ":", d(issued))]
    if acct:
        meta.append(("Customer A/C:", acct))
    if terms:
        meta.append((lab("Terms", "Όροι") + ":", terms))
    if due:
        meta.append((lab("Due Date", "Ημ. Λήξης") + ":", d(due)))
    foot = []
    if credit:
        orig = pick(rng, [f"INV{rng.randrange(10000, 99999)}", f"{issued.year}/{rng.randrange(1, 9999):04d}"])
        notes["original"] = orig
        meta.append((lab("Against Invoice No.", "Αφορά Τιμολόγιο"), orig))
        foot.append(f"Reason: {pick(rng, ['Goods returned', 'Price difference', 'Overcharge on invoice', 'Damaged goods'])}")
    foot.append(f"Bank: {pick(rng, ['Bank of Cyprus', 'Hellenic Bank', 'Eurobank Cyprus'] if country == 'CY' else ['Bank of Valletta', 'HSBC Bank Malta', 'APS Bank'])}, "
                f"IBAN {country}{rng.randrange(10, 99)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}")
    head = [lab("Description", "Περιγραφή"), lab("Qty", "Ποσ."), lab("Unit Price", "Τιμή"), lab("VAT %", "ΦΠΑ %"), lab("Amount", "Ποσό") + " €"]

    def cells(li):
        return [esc(li.description), str(li.quantity), n(li.unit_price), f"{li.tax_rate}%", n(li.amount)]

    totals = ([(lab("Total before VAT", "Σύνολο πριν ΦΠΑ") if country == "CY" else "Total Excl. VAT", n(net))]
              + [(f"{lab('VAT', 'ΦΠΑ')} {r}%", n(t)) for r, t in taxes.items()]
              + [(lab("Total", "Σύνολο") + " €" if country == "CY" else ("Total Credit €" if credit else "Total Due €"), n(total))])
    return invoice(doc, layout, pick(rng, ARRANGEMENTS), theme, width, height, title=title, vendor_rows=vrows,
                   buyer_label=lab("Customer", "Πελάτης") if country == "CY" else "Bill To", buyer_rows=brows, meta=meta, head=head,
                   fractions=(0.46, 0.1, 0.16, 0.1, 0.18), numeric={1, 2, 4}, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page")
