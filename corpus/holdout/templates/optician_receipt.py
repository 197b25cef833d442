"""Opticians' invoices and receipts for spectacles and eye care: British practices, Australian optometrists and American
optical shops, in English, GBP, AUD and USD, 2023-2025 (invented practices, patients and frames).

Three prints. `gb_optician_invoice` (an A4 INVOICE / RECEIPT: the practice's trading name on top over the company's name, its
registered number (decoy) and VAT Reg No (= tax id), the patient with the address (= customer) and Patient No. (= customer id),
Invoice No., Date, the prescription table R / L with Sph, Cyl, Axis, Add and the PD and the date the next sight test is due
(decoys); the eye examination and the dispensing exempt, the frame, the lenses and their coatings, cases and solutions standard
rated, every price including VAT; Total, the VAT summary (standard-rated goods incl. VAT, the VAT in them, exempt services),
then an NHS optical voucher and the amount paid (decoys)), `au_optometrist_receipt` (an 80 mm TAX INVOICE / RECEIPT roll from an
optometrist's shop: the brand over the company and its ABN, Receipt No., the patient and the Medicare-style provider number
(decoys), spectacles and contact lenses GST-free, sunglasses and care products with GST, "Total includes GST", the health fund's
HICAPS benefit and the gap paid by EFTPOS (decoys)), `us_optical_receipt` (a letter-size PATIENT RECEIPT from an optical shop:
Receipt #, Date of Service, the patient, account and the doctor's NPI (decoys), lines with their HCPCS / CPT codes (V2020 frame,
V2100-V2203 lenses, V2750 anti-reflective coating, 92014 examination) and fees; Total Charges, the vision plan's allowance and
the patient's payment (decoys)).

Truth: the British print an `invoice` to the patient (customer with address; lines at VAT-inclusive prices adding up to the
total, amount only; tax = the VAT in them; no net), the others a `receipt` with no customer (the patient is printed but, as
on every receipt, no party); vendor = the practice's company (the trading name on top a decoy where the two differ) with its
address and VAT number / ABN; id = the invoice / receipt number; date = the invoice / service date; total = the total of the
charges (the voucher, the fund benefit, the plan allowance, payments and balance are decoys); tax = VAT / GST included (none
printed on the US receipt).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, abn, address, person_name, phone, uk_vat
from corpus.holdout.fakes_twentyfifth import OPTICAL_WORDS, digits, frame_model, prescription
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4, LETTER, Box
from corpus.holdout.templates._fifteenth import rows_html, single_page
from corpus.holdout.templates._fourteenth import roll_sheet
from corpus.holdout.templates._twentieth import amount

FAMILY = "optician_receipt"
D = Decimal
GB_LENSES = [("Single vision lenses 1.5 index (pair)", 45, 90), ("Single vision lenses 1.6 thin & light (pair)", 85, 140),
             ("Varifocal lenses 1.6, premium design (pair)", 220, 390), ("Bifocal lenses D28 (pair)", 95, 160), ("Occupational / office lenses 1.6 (pair)", 150, 260)]
GB_EXTRAS = [("Anti-reflection coating, premium", 35, 75, "S"), ("Blue light filter", 25, 50, "S"), ("Photochromic upgrade", 60, 110, "S"),
             ("Scratch-resistant hard coat", 15, 30, "S"), ("Hard case and cleaning cloth", 6, 15, "S"), ("Contact lens solution 360ml", 8, 14, "S"),
             ("Daily contact lenses 30-pack", 18, 32, "S")]
AU_ITEMS = [("Frame {frame}", 150, 420, False), ("Single vision lenses, multicoat (pr)", 140, 320, False), ("Multifocal lenses, premium (pr)", 420, 890, False),
            ("Monthly contact lenses 6pk", 60, 110, False), ("Prescription sunglass lenses, polarised (pr)", 180, 360, False),
            ("Sunglasses {brand} non-prescription", 90, 260, True), ("Lens cleaning spray 60ml", 9, 16, True), ("Contact lens solution 355ml", 14, 24, True),
            ("Microfibre cloth", 4, 9, True), ("Spectacle case, hard", 10, 25, True)]
US_ITEMS = [("92014", "Comprehensive eye exam, established patient", 110, 220), ("92310", "Contact lens fitting", 60, 140),
            ("V2020", "Frame {frame}", 120, 380), ("V2100", "Single vision lenses, plastic (pair)", 90, 180), ("V2203", "Bifocal lenses FT28 (pair)", 140, 260),
            ("V2781", "Progressive lenses (pair)", 260, 520), ("V2750", "Anti-reflective coating", 60, 140), ("V2744", "Photochromic tint", 70, 130),
            ("V2784", "Polycarbonate material", 40, 90), ("V2520", "Soft contact lenses, 6-pack", 45, 95)]
AU_FUNDS = ["Medibank-style fund", "HCF-style fund", "Bupa-style fund", "nib-style fund"]


def _practice(rng: random.Random) -> tuple[str, str]:
    word, trade = pick(rng, OPTICAL_WORDS[0]), pick(rng, OPTICAL_WORDS[1])
    return word, trade


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["gb_optician_invoice", "au_optometrist_receipt", "us_optical_receipt"])
    issued = random_date(rng, date(2023, 1, 9), 1000)
    if layout == "au_optometrist_receipt":
        return _au(rng, layout, issued)
    if layout == "us_optical_receipt":
        return _us(rng, layout, issued)
    word, trade = _practice(rng)
    brand = f"{word} {trade}"
    company = f"{word} {pick(rng, ['Eyecare', 'Optical', 'Vision', 'Eye Health'])} {pick(rng, ['Ltd', 'Limited'])}"
    vendor = Party(name=company, address=address(rng, "GB"), country="GB", tax_id=uk_vat(rng), phone=phone(rng, "GB"))
    patient = Party(name=person_name(rng, "GB"), address=address(rng, "GB"), country="GB")
    if chance(rng, 0.5):
        female = patient.name.split()[0] in ("Olivia", "Priya", "Hannah", "Chloe", "Grace")
        patient.name = pick(rng, ["Mrs ", "Ms ", "Miss ", "Dr "] if female else ["Mr ", "Mr ", "Dr "]) + patient.name
    lines, codes = [], {}
    if chance(rng, 0.7):
        li = Line(pick(rng, ["Eye examination (private)", "Sight test", "Comprehensive eye examination with OCT scan"]), None, None, money(round(rng.uniform(25, 95))))
        lines.append(li)
        codes[id(li)] = "E"
    frame = frame_model(rng)
    li = Line(f"Frame: {frame}", None, None, money(rng.choice([79, 95, 119, 135, 149, 169, 189, 215, 249])))
    lines.append(li)
    codes[id(li)] = "S"
    desc, low, high = pick(rng, GB_LENSES)
    li = Line(desc, None, None, money(round(rng.uniform(low, high))))
    lines.append(li)
    codes[id(li)] = "S"
    for desc, low, high, code in rng.sample(GB_EXTRAS, rng.randrange(0, 4)):
        li = Line(desc, None, None, money(round(rng.uniform(low, high)) - D("0.01") if chance(rng, 0.5) else round(rng.uniform(low, high))))
        lines.append(li)
        codes[id(li)] = code
    li = Line("Dispensing fee", None, None, money(round(rng.uniform(20, 60))))
    lines.append(li)
    codes[id(li)] = "E"
    total = sum((li.amount for li in lines), D("0.00"))
    standard = sum((li.amount for li in lines if codes[id(li)] == "S"), D("0.00"))
    tax = money(standard / 6)
    exempt = total - standard
    number = pick(rng, [f"{rng.randrange(100000, 999999)}", f"INV-{rng.randrange(10000, 99999)}", f"{pick(rng, ['R', 'S', 'D'])}{rng.randrange(10000, 999999)}"])
    patient_no = f"{pick(rng, ['P', '', 'PT'])}{rng.randrange(10000, 999999)}" if chance(rng, 0.75) else None
    doc = Doc(document_type="invoice", locale="GB", currency="GBP", vendor=vendor, customer=patient, invoice_ids=[number], document_date=issued, total=total,
              tax=tax, lines=lines, customer_id=patient_no, lines_sum_to="total")
    pattern = pick(rng, ["dmy_slash", "d_month_y", "dd_mon_yyyy"])

    def d(x):
        return fmt_date(x, pattern)

    rx = prescription(rng, add="ari" in desc or "ifocal" in desc or "ccupational" in desc)
    pd = f"{rng.randrange(56, 70)}"
    recall = issued + timedelta(days=730)
    company_no = f"{rng.randrange(1000000, 9999999):08d}"
    voucher = money(pick(rng, [45.70, 69.20, 86.10, 127.20])) if chance(rng, 0.3) else None
    theme = Theme.pick(rng, size=(8.0, 9.5))
    css = theme.css(".brand{font-size:18pt;font-weight:bold} table.rx td{border:0.5pt solid #888;padding:1pt 5pt} .box{border:0.8pt solid #777;padding:5pt}")
    width, height = A4
    W = width - 100
    rx_table = ("<table class='rx'><tr><td class='b'></td><td class='b'>Sph</td><td class='b'>Cyl</td><td class='b'>Axis</td><td class='b'>Add</td></tr>"
                + "".join(f"<tr><td class='b'>{eye}</td><td>{sph}</td><td>{cyl}</td><td>{axis}</td><td>{add}</td></tr>" for eye, sph, cyl, axis, add in rx)
                + f"</table><p class='small'>PD {pd} mm · Next sight test due {d(recall)}</p>")
    head_left = (f"<p class='brand accent'>{esc(brand)}</p>" if brand != company else "") + f"<p class='b'>{esc(company)}</p>" \
        + "".join(f"<p>{esc(x)}</p>" for x in vendor.address) + f"<p>Tel {vendor.phone}</p><p class='small'>VAT Reg No {vendor.tax_id}</p>"
    meta = [("Invoice No.", number), ("Date", d(issued))] + ([("Patient No.", patient_no)] if patient_no else [])
    head_right = "<p class='b' style='font-size:13pt'>INVOICE / RECEIPT</p>" + rows_html([(k, f"<b>{v}</b>") for k, v in meta], strong_last=False, widths=(90, 110))
    patient_html = "<p class='muted small'>Patient</p>" + f"<p class='b'>{esc(patient.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in patient.address)
    rows = "".join(f"<tr><td style='width:{W - 140:.0f}pt'>{esc(li.description)}</td><td style='width:30pt' class='c'>{codes[id(li)]}</td>"
                   f"<td class='r' style='width:80pt'>{amount(li.amount)}</td></tr>" for li in lines)
    table = (f"<table class='items'><tr><th style='width:{W - 140:.0f}pt'>Item</th><th style='width:30pt'>VAT</th>"
             f"<th style='width:80pt;text-align:right'>Price (£)</th></tr>{rows}</table>")
    summary = [("Total", f"£{amount(total)}")]
    after = []
    if voucher:
        after.append((f"Less NHS optical voucher GOS 3 ({pick(rng, ['A', 'B', 'C', 'D'])})", f"-{amount(voucher)}"))
    paid = total - (voucher or D(0))
    after += [(pick(rng, ["Paid by card", "Paid - Visa debit", "Paid - cash"]), amount(paid)), ("Balance", "0.00")]
    vat_rows = [("Standard-rated goods (incl. VAT)", amount(standard)), ("VAT @ 20% included", amount(tax)), ("Exempt services", amount(exempt))]
    body = (f"<table><tr><td style='width:{W * 0.58:.0f}pt'>{head_left}</td><td style='width:{W * 0.38:.0f}pt'>{head_right}</td></tr></table>"
            + f"<table style='margin-top:10pt'><tr><td style='width:{W * 0.5:.0f}pt'><div class='box'>{patient_html}</div></td>"
            + f"<td style='width:{W * 0.46:.0f}pt'><p class='muted small'>Your prescription</p>{rx_table}</td></tr></table>"
            + table + f"<div style='margin-left:{W - 250:.0f}pt;margin-top:6pt'>{rows_html(summary, widths=(170, 80))}"
            + rows_html(after, strong_last=False, widths=(170, 80)) + "</div>"
            + "<p class='b small' style='margin-top:10pt'>VAT summary</p>" + rows_html(vat_rows, strong_last=False, widths=(190, 80), cls="small")
            + "<p class='small' style='margin-top:4pt'>S = standard rated, E = exempt from VAT (eye examination and dispensing services).</p>"
            + f"<p class='tiny muted' style='margin-top:10pt'>{esc(company)} trading as {esc(brand)}. Registered in England and Wales No. {company_no}.</p>")
    sheet = single_page(layout, width, height, css, [Box((50, 46, width - 50, height - 46), body)])
    notes = {"brand": brand, "company_no": company_no, "rx": rx, "pd": pd, "voucher": float(voucher) if voucher else None, "paid": float(paid)}
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes)


def _au(rng: random.Random, layout: str, issued: date) -> Built:
    word, trade = _practice(rng)
    brand = f"{word.upper()} {trade.upper()}"
    company = f"{word} {pick(rng, ['Eye Health', 'Optometry', 'Vision Care'])} Pty Ltd"
    vendor = Party(name=company, address=address(rng, "AU"), country="AU", tax_id=abn(rng), phone=phone(rng, "AU"))
    picked = [AU_ITEMS[0]] + rng.sample(AU_ITEMS[1:], rng.randrange(1, 4))
    lines, taxed = [], {}
    for desc, low, high, gst in picked:
        text = desc.format(frame=frame_model(rng), brand=pick(rng, ["Kestrel", "Nordlys", "Halcyon"]))
        qty = D(pick(rng, [1, 1, 1, 2])) if high < 30 else D(1)
        price = money(round(rng.uniform(low, high)) - D("0.05") if chance(rng, 0.5) else round(rng.uniform(low, high)))
        li = Line(text, qty, price, money(qty * price))
        lines.append(li)
        taxed[id(li)] = gst
    total = sum((li.amount for li in lines), D("0.00"))
    gst_part = sum((li.amount for li in lines if taxed[id(li)]), D("0.00"))
    tax = money(gst_part / 11)
    number = pick(rng, [f"{rng.randrange(10000, 999999)}", f"R{rng.randrange(10000, 99999)}", f"TI-{rng.randrange(1000, 99999)}"])
    doc = Doc(document_type="receipt", locale="AU", currency="AUD", vendor=vendor, customer=None, invoice_ids=[number], document_date=issued, total=total,
              tax=tax, lines=lines, lines_sum_to="total")
    patient = person_name(rng, "AU")
    provider = f"{digits(rng, 6)}{pick(rng, 'ABCDEFGHJK')}{pick(rng, 'ABCDEFGHJKLMNPQRTUVWXY')}"
    rows = ""
    for li in lines:
        flag = "*" if taxed[id(li)] else ""
        sub = f"<br/>&#160; {li.quantity} @ {amount(li.unit_price)}" if li.quantity != 1 else ""
        rows += f"<tr><td style='width:150pt'>{esc(li.description)}{sub}</td><td class='r' style='width:48pt'>{amount(li.amount)}{flag}</td></tr>"
        if li.quantity == 1:
            li.quantity = li.unit_price = None
    fund = pick(rng, AU_FUNDS)
    benefit = money(min(total * D("0.6"), D(pick(rng, [150, 200, 250, 300])))) if chance(rng, 0.6) else None
    pay = ([(f"HICAPS {fund}", f"-{amount(benefit)}")] if benefit else []) + [("EFTPOS" if chance(rng, 0.7) else "Cash", amount(total - (benefit or D(0))))]
    body = (f"<p class='c b' style='font-size:11pt'>{esc(brand)}</p><p class='c'>{esc(company)}</p>"
            + "".join(f"<p class='c small'>{esc(a)}</p>" for a in vendor.address) + f"<p class='c small'>ABN {vendor.tax_id}</p><p class='c small'>Ph {vendor.phone}</p>"
            + "<p class='c b' style='margin-top:4pt'>TAX INVOICE / RECEIPT</p>"
            + f"<p>Receipt No: {number}</p><p>Date: {fmt_date(issued, pick(rng, ['dmy_slash', 'd_mon_y']))}</p>"
            + f"<p class='small'>Patient: {esc(patient)}</p><p class='small'>Optometrist provider no. {provider}</p>"
            + f"<table style='margin-top:3pt'>{rows}</table>"
            + rows_html([("TOTAL", f"${amount(total)}")], widths=(150, 54))
            + rows_html([("Total includes GST of", amount(tax))] + pay, strong_last=False, widths=(150, 54))
            + "<p class='small' style='margin-top:3pt'>* taxable item. Prescription spectacles and contact lenses are GST-free.</p>"
            + "<p class='c small' style='margin-top:4pt'>Please keep this receipt for your health fund.</p>")
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Courier"]), size=(7.0, 8.0))
    sheet = roll_sheet(226.0, body, theme.css(""))
    notes = {"brand": brand, "patient": patient, "provider": provider, "benefit": float(benefit) if benefit else None}
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes, scan_weight=2.0)


def _us(rng: random.Random, layout: str, issued: date) -> Built:
    word, _trade = _practice(rng)
    name = f"{word} {pick(rng, ['Eye Center', 'Optical', 'Vision Care', 'Family Eyecare'])}"
    vendor = Party(name=name, address=address(rng, "US"), country="US", tax_id=None, phone=phone(rng, "US"))
    chosen = [US_ITEMS[2]] + rng.sample(US_ITEMS[3:], rng.randrange(1, 4))
    if chance(rng, 0.6):
        chosen.insert(0, US_ITEMS[0] if chance(rng, 0.7) else US_ITEMS[1])
    lines, cpt = [], {}
    for code, desc, low, high in chosen:
        li = Line(desc.format(frame=frame_model(rng)), D(1), None, money(round(rng.uniform(low, high))))
        lines.append(li)
        cpt[id(li)] = code
    total = sum((li.amount for li in lines), D("0.00"))
    number = pick(rng, [f"{rng.randrange(100000, 999999)}", f"R-{rng.randrange(10000, 99999)}", f"{issued.strftime('%y%m')}{rng.randrange(100, 999)}"])
    doc = Doc(document_type="receipt", locale="US", currency="USD", vendor=vendor, customer=None, invoice_ids=[number], document_date=issued, total=total,
              lines=lines)
    patient = person_name(rng, "US")
    account = f"{rng.randrange(10000, 99999)}"
    npi = "1" + digits(rng, 9)
    plan = money(min(total * D("0.7"), D(pick(rng, [130, 150, 175, 200])))) if chance(rng, 0.7) else D("0.00")
    paid = total - plan
    pattern = pick(rng, ["mdy_slash", "month_d_y"])
    theme = Theme.pick(rng, size=(8.5, 10.0))
    css = theme.css(".brand{font-size:16pt;font-weight:bold}")
    width, height = LETTER
    W = width - 100
    rows = "".join(f"<tr><td style='width:60pt'>{cpt[id(li)]}</td><td style='width:{W - 190:.0f}pt'>{esc(li.description)}</td>"
                   f"<td class='c' style='width:30pt'>1</td><td class='r' style='width:70pt'>{amount(li.amount)}</td></tr>" for li in lines)
    table = (f"<table class='items'><tr><th style='width:60pt'>Code</th><th style='width:{W - 190:.0f}pt'>Description</th><th style='width:30pt'>Qty</th>"
             f"<th style='width:70pt;text-align:right'>Fee</th></tr>{rows}</table>")
    money_rows = [("Total Charges", f"${amount(total)}")]
    after = ([("Vision plan allowance", f"-{amount(plan)}")] if plan else []) + [("Patient paid", amount(paid)), ("Balance", "0.00")]
    body = (f"<p class='brand accent'>{esc(name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address) + f"<p>{vendor.phone}</p>"
            + "<p class='b' style='font-size:13pt;margin-top:10pt'>PATIENT RECEIPT</p>"
            + rows_html([("Receipt #", number), ("Date of Service", fmt_date(issued, pattern)), ("Patient", esc(patient)), ("Account", account),
                         ("Provider NPI", npi)], strong_last=False, widths=(110, 200))
            + table + f"<div style='margin-left:{W - 250:.0f}pt;margin-top:6pt'>{rows_html(money_rows, widths=(170, 80))}"
            + rows_html(after, strong_last=False, widths=(170, 80)) + "</div>"
            + "<p class='small' style='margin-top:12pt'>Thank you for choosing us for your eye care. Keep this receipt for your FSA / HSA records.</p>")
    sheet = single_page(layout, width, height, css, [Box((50, 46, width - 50, height - 46), body)])
    notes = {"patient": patient, "account": account, "npi": npi, "plan": float(plan), "paid": float(paid)}
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes)
