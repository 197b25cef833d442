"""Bahraini, Omani and Jordanian tax invoices and tax credit notes, in English with Arabic headings, in currencies of three
decimals (BHD fils, OMR baisa, JOD fils), 2023-2025 (invented companies).

Four prints. `bh_tax_invoice` (TAX INVOICE / فاتورة ضريبية: the supplier with its "VAT Account No." (15 digits, = tax id) and
CR No. (decoy), the customer with its own VAT account number (decoy), Invoice No., Invoice Date, Date of Supply (decoy), PO No.
and Delivery Note (decoys); Description / Qty / Unit Price / Taxable Amount / VAT % / VAT Amount / Total incl. VAT per line,
standard-rated lines at 10 % and zero-rated foodstuffs at 0 %; Total Taxable Amount (excl. VAT), Total VAT, Total Amount Due
"BD 1,234.567"), `om_tax_invoice` (an Omani TAX INVOICE: VATIN `OM1100012345` (= tax id), CR No. and Tax Card No. (decoys),
Customer VATIN (decoy), Customer Code (= customer id), Payment Terms and Due Date; 5 % and zero-rated lines; Total (Excl. VAT)
/ VAT 5% / Total (Incl. VAT) in R.O. with baisa), `jo_sales_tax_invoice` (a Jordanian invoice as the JoFotara system prints it:
Cash / Credit Invoice, Tax No. (= tax id), National Establishment No. (decoy), the buyer's tax number (decoy), Invoice UUID
(decoy) and a QR mark; General Sales Tax 16 %; Total Before Tax / Sales Tax / Total (JD)), `gulf_tax_credit_note` (a Bahraini
or Omani TAX CREDIT NOTE citing the original invoice and its date (decoys), the reason, the lines credited positive as printed).

Truth: an `invoice` (`credit_note` negative); vendor = the supplier with its address and tax id as above; customer = the
customer with its address (its VAT number a decoy); id = the invoice / credit note number; date = the invoice date; lines =
the taxable (net) amounts, the per-line VAT and totals incl. VAT informative; net = the total excluding VAT, tax = the VAT
(the sum of the per-line VAT amounts, which the totals block repeats), total = the amount due; every amount to the thousandth.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentythird import digits, gulf_party, uuid_upper
from corpus.holdout.money import random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import dater, invoice
from corpus.holdout.templates._twentythird import arrangement, lines3, q3

FAMILY = "bh_om_jo_tax_invoice"
D = Decimal
ITEMS = {
    "BH": [("Office chair, high back mesh", "pcs", 28, 95, 10), ("Laptop 14\" i5 16GB", "pcs", 220, 480, 10), ("A4 copy paper 80gsm (box)", "box", 6, 14, 10),
           ("Basmati rice 5 kg", "bag", 3, 8, 0), ("Fresh chicken, whole 1 kg", "kg", 1, 3, 0), ("Cooking oil 1.8 L", "btl", 1, 4, 0),
           ("Air-conditioning maintenance visit", "visit", 15, 60, 10), ("Software subscription - annual", "user", 40, 180, 10),
           ("Security services - monthly", "month", 300, 1200, 10), ("Printing of brochures", "lot", 45, 320, 10), ("Bottled water 500 ml (24 pack)", "pack", 1, 3, 10)],
    "OM": [("Diesel generator service", "job", 60, 400, 5), ("Steel pipe 2\" x 6 m", "pcs", 8, 26, 5), ("Safety boots, steel toe", "pair", 9, 24, 5),
           ("Dates, premium Khalas 1 kg", "box", 2, 6, 0), ("Milk powder 2.5 kg", "tin", 4, 9, 0), ("Frozen fish, kingfish 1 kg", "kg", 2, 5, 0),
           ("Manpower supply - technician", "day", 18, 45, 5), ("Vehicle rental - 4x4 pickup", "day", 15, 35, 5), ("Network cabling Cat6", "point", 12, 40, 5),
           ("Translation services", "page", 4, 12, 5), ("Hotel accommodation", "night", 28, 95, 5)],
    "JO": [("Medical gloves, nitrile (box 100)", "box", 3, 8, 16), ("Server rack 42U", "pcs", 350, 900, 16), ("Software development services", "hour", 12, 40, 16),
           ("Printer toner cartridge", "pcs", 25, 80, 16), ("Olive oil, extra virgin 4 L", "tin", 12, 26, 16), ("Marketing campaign management", "month", 400, 2400, 16),
           ("Tiles, porcelain 60 x 60", "m2", 6, 18, 16), ("Electrical cable 4 mm (100 m)", "roll", 30, 75, 16), ("Training course", "pax", 60, 250, 16)],
}
CUR = {"BH": ("BHD", ["BD", "BHD"]), "OM": ("OMR", ["R.O.", "OMR", "RO"]), "JO": ("JOD", ["JD", "JOD"])}
RATE = {"BH": 10, "OM": 5, "JO": 16}


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["bh_tax_invoice", "om_tax_invoice", "jo_sales_tax_invoice", "bh_tax_invoice", "om_tax_invoice", "gulf_tax_credit_note"])
    credit = layout == "gulf_tax_credit_note"
    country = pick(rng, ["BH", "OM"]) if credit else {"bh": "BH", "om": "OM", "jo": "JO"}[layout[:2]]
    vendor, customer = gulf_party(rng, country), gulf_party(rng, country)
    while customer.name == vendor.name:
        customer = gulf_party(rng, country)
    buyer_tax, customer.tax_id = customer.tax_id, None
    issued = random_date(rng, date(2023, 1, 9), 1000)
    lines = lines3(rng, ITEMS[country], rng.randrange(1, 4 if credit else 12))
    vats = [q3(li.amount * li.tax_rate / 100) for li in lines]
    net = sum((li.amount for li in lines), D("0.000"))
    tax = sum(vats, D("0.000"))
    total = net + tax
    code, symbols = CUR[country]
    sym = pick(rng, symbols)
    if credit:
        number = pick(rng, [f"CN-{issued.year}-{rng.randrange(1, 999):04d}", f"TCN{rng.randrange(10000, 99999)}", f"CRN/{issued.year % 100}/{rng.randrange(100, 999)}"])
    else:
        number = pick(rng, [f"INV-{issued.year}-{rng.randrange(1, 9999):05d}", f"{rng.randrange(100000, 999999)}", f"SI/{issued.year % 100}/{rng.randrange(1000, 9999)}",
                            f"TI{rng.randrange(10000, 99999)}"])
    kind = pick(rng, ["Cash Invoice", "Credit Invoice"]) if country == "JO" else None
    days = None if credit or kind == "Cash Invoice" else pick(rng, [None, 15, 30, 30, 45, 60, 90])
    due = issued + timedelta(days=days) if days and chance(rng, 0.7) else None
    terms = f"{days} days" if days and chance(rng, 0.6) else None
    cust_code = f"{pick(rng, ['C', 'CUST-', 'AR'])}{rng.randrange(1000, 99999)}" if chance(rng, 0.5) and not credit else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale=country, currency=code, vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=cust_code)

    def n(v):
        return amount(v, ",", ".", 3)

    d = dater(rng, ["dmy_slash", "dd_mon_yyyy", "d_mon_y", "dmy_dash"])
    theme = Theme.pick(rng, size=(7.0, 8.5))
    width, height = A4
    supply = issued - timedelta(days=pick(rng, [0, 1, 2, 5]))
    po = f"PO-{rng.randrange(10000, 99999)}"
    notes = {"buyer_tax": buyer_tax, "po": po}
    if country == "BH":
        vrows = [f"VAT Account No.: {vendor.tax_id}", f"CR No.: {vendor.extra['cr']}", f"Tel: {vendor.phone}"]
        brows = [f"Customer VAT Account No.: {buyer_tax}"]
        notes["cr"] = vendor.extra["cr"]
    elif country == "OM":
        vrows = [f"VATIN: {vendor.tax_id}", f"C.R. No.: {vendor.extra['cr']}", f"Tax Card No.: {vendor.extra['tax_card']}", f"Tel: {vendor.phone}"]
        brows = [f"Customer VATIN: {buyer_tax}"]
        notes.update(cr=vendor.extra["cr"], tax_card=vendor.extra["tax_card"])
    else:
        vrows = [f"Tax No. / الرقم الضريبي: {vendor.tax_id}", f"National Establishment No.: {vendor.extra['national_no']}", f"Tel: {vendor.phone}"]
        brows = [f"Buyer Tax No.: {buyer_tax}"]
        notes["national_no"] = vendor.extra["national_no"]
    meta = [("Credit Note No.:" if credit else "Invoice No.:", number), ("Date:" if credit else "Invoice Date:", d(issued))]
    foot: list[str] = []
    qr = None
    if credit:
        orig = f"INV-{issued.year}-{rng.randrange(1, 9999):05d}"
        meta += [("Original Invoice No.:", orig), ("Original Invoice Date:", d(issued - timedelta(days=rng.randrange(5, 60))))]
        foot.append(f"Reason for credit: {pick(rng, ['Goods returned', 'Price adjustment agreed', 'Damaged on delivery', 'Duplicate billing'])}")
        notes["original"] = orig
        title = "TAX CREDIT NOTE<br/>إشعار دائن ضريبي"
    elif country == "JO":
        title = f"{kind}<br/>{'فاتورة نقدية' if kind == 'Cash Invoice' else 'فاتورة ذمم'}"
        uid = uuid_upper(rng).lower()
        meta.append(("Invoice UUID:", uid))
        notes["uuid"] = uid
        qr = f"jofotara:{uid}:{number}"
        foot.append("This invoice was issued through the National Invoicing System (JoFotara).")
    else:
        title = "TAX INVOICE<br/>فاتورة ضريبية"
        meta += [("Date of Supply:", d(supply)), ("PO No.:", po)]
        if chance(rng, 0.5):
            dn = f"DN-{rng.randrange(1000, 99999)}"
            meta.append(("Delivery Note:", dn))
            notes["dn"] = dn
    if cust_code:
        meta.append(("Customer Code:", cust_code))
    if terms:
        meta.append(("Payment Terms:", terms))
    if due:
        meta.append(("Due Date:", d(due)))
    per_line = country != "JO" and chance(rng, 0.7)
    by_line = dict(zip((id(li) for li in lines), vats, strict=True))
    if per_line:
        head = ["Description", "Qty", "Unit Price", "Taxable Amt", "VAT %", "VAT Amt", "Total incl. VAT"]
        fractions = (0.3, 0.06, 0.12, 0.13, 0.08, 0.12, 0.15)
        numeric = {1, 2, 3, 4, 5, 6}

        def cells(li):
            v = by_line[id(li)]
            return [esc(li.description), str(li.quantity), n(li.unit_price), n(li.amount), f"{li.tax_rate}%", n(v), n(li.amount + v)]
    else:
        head = ["Description", "Unit", "Qty", "Unit Price", "Tax %", f"Amount ({code})"]
        fractions = (0.42, 0.08, 0.08, 0.15, 0.09, 0.18)
        numeric = {2, 3, 4, 5}

        def cells(li):
            return [esc(li.description), li.unit, str(li.quantity), n(li.unit_price), f"{li.tax_rate}%", n(li.amount)]
    vat_label = {"BH": "Total VAT", "OM": "VAT", "JO": "General Sales Tax 16%"}[country]
    totals = [("Total Taxable Amount (excl. VAT)" if country != "JO" else "Total Before Tax", f"{sym} {n(net)}"), (vat_label, f"{sym} {n(tax)}"),
              ("Total Credit (incl. VAT)" if credit else ("Total Amount Due" if country == "BH" else "Total (Incl. VAT)" if country == "OM" else f"Total ({sym})"),
               f"{sym} {n(total)}")]
    foot.append(pick(rng, [f"Bank: {pick(rng, ['National Bank of Bahrain', 'Bank Muscat', 'Arab Bank', 'Ahli United Bank', 'Housing Bank'])}, "
                           f"IBAN {country}{rng.randrange(10, 99)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
                           "Goods once sold will not be taken back without prior approval."]))
    return invoice(doc, layout, arrangement(rng, meta), theme, width, height, title=title, vendor_rows=vrows, buyer_label="Customer / العميل",
                   buyer_rows=brows, meta=meta, head=head, fractions=fractions, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes,
                   footer_text="Page", qr=qr)
