"""Construction contractors' payments to subcontractors with tax deducted at source: UK Construction Industry Scheme (CIS)
payment and deduction statements and remittance letters, and Irish Relevant Contracts Tax (RCT) payment notices, in English,
GBP and EUR, 2023-2025.

Three prints. `cis_payment_deduction_statement` (the contractor's payroll or accounts software's "CIS Payment and Deduction
Statement": the contractor's name and address with its Employer's PAYE reference `123/AB45678` and Accounts Office reference
`123PA00045678`, Tax month ending "5 April 2024", the subcontractor in the window with the Unique Taxpayer Reference (UTR,
HMRC's check digit) and the verification number — `V1234567890`, or `V1234567890A` when unmatched and deducted at 30 % —; one
row per invoice paid in the month: Your invoice / Invoice date / Gross amount paid (excl. VAT) / Cost of materials / Amount
liable to deduction / Amount deducted / Amount paid; the boxes Gross amount paid, Less cost of materials, Amount liable to
deduction, Amount deducted, Amount payable; payment date, method and reference; the HMRC keep-this-statement note),
`cis_remittance_letter` (a main contractor's REMITTANCE ADVICE letter: its VAT and company numbers, the supplier account,
Payment date, BACS reference, Tax month, Invoice / Date / Labour / Materials / Gross / CIS @ 20 % / Retention 5 % / Net paid,
the domestic reverse-charge VAT note, "A CIS payment and deduction statement for this tax month will follow"),
`ie_rct_payment_notice` (an Irish principal contractor's "Payment Notification – Relevant Contracts Tax": the principal's VAT
number, the subcontractor's tax reference (PPSN `1234567FA` or TRN), Contract ID, Payment notification ID, Deduction
authorisation number, RCT rate 0 / 20 / 35 %, Invoice / Invoice date / Gross payment (excl. VAT) / RCT deducted / Net
payment, the reverse-charge VAT note, EFT reference and payment date).

Truth: a `remittance_advice`; vendor = the subcontractor paid (its address where printed; the supplier account as vendor id;
UTR, NI number, verification number, PPSN / TRN are tax references, never its tax id: no VAT number of the subcontractor is
printed, so the tax id is null), customer = the contractor / principal with its address (its PAYE, Accounts Office, VAT and
company numbers are decoys); invoice ids = the subcontractor's invoice numbers; allocations = the amount actually paid on
each (gross less the CIS / RCT deducted and any retention), as the TDS and withholding remittances do; total = payment
amount = Amount payable / Net paid; payment reference = the payment or EFT reference (Contract ID, payment notification
ID and deduction authorisation are decoys); payment date as printed; document date = the statement / letter date; the tax
month is a decoy date.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, make_company
from corpus.holdout.fakes_eleventh import IE_WORDS, ie_address, ie_party
from corpus.holdout.fakes_tenth import uk_nino, uk_utr
from corpus.holdout.fakes_twentieth import (
    accounts_office_reference,
    cis_verification,
    contractor_name,
    gb_sole_trader,
    paye_reference,
    ppsn,
)
from corpus.holdout.money import MONTHS, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import beside, paged, pts, rows_html
from corpus.holdout.templates._sixteenth import kv_rows
from corpus.holdout.templates._twentieth import amount, cells_table

FAMILY = "cis_rct_payment_statement"
D = Decimal
TRADES = ["Groundworks", "Electrical Contractors", "Roofing", "Scaffolding", "Drylining", "Plastering", "Brickwork", "Steel Fixing", "Formwork",
          "Mechanical Services", "Civils"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["cis_payment_deduction_statement", "cis_payment_deduction_statement", "cis_remittance_letter", "ie_rct_payment_notice"])
    paid = random_date(rng, date(2023, 1, 10), 1000)
    return {"cis_payment_deduction_statement": _statement, "cis_remittance_letter": _letter, "ie_rct_payment_notice": _ireland}[layout](rng, paid)


def _tax_month_end(paid: date) -> date:
    """A UK tax month runs from the 6th to the 5th of the next month."""
    if paid.day <= 5:
        return date(paid.year, paid.month, 5)
    return date(paid.year + (paid.month == 12), paid.month % 12 + 1, 5)


def _long(d: date) -> str:
    return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"


def _invoices(rng: random.Random, paid: date, count: int, rate: D, *, retention: bool, prefix_style: str) -> list[dict]:
    seq = rng.randrange(12, 900)
    rows = []
    for _ in range(count):
        seq += rng.randrange(1, 5)
        labour = money(round(rng.uniform(600, 9800), pick(rng, [0, 0, 2])))
        materials = money(round(labour * D(str(rng.uniform(0.05, 0.6))), 2)) if chance(rng, 0.55) else D("0.00")
        gross = labour + materials
        deducted = money(labour * rate / 100)
        held = money(gross * D("0.05")) if retention else D("0.00")
        number = prefix_style.format(n=seq, y=paid.year % 100)
        rows.append({"inv": number, "date": paid - timedelta(days=rng.randrange(10, 60)), "labour": labour, "materials": materials, "gross": gross,
                     "deducted": deducted, "held": held, "net": gross - deducted - held})
    rows.sort(key=lambda x: x["date"])
    numbers = sorted((x["inv"] for x in rows), key=lambda v: int("".join(ch for ch in v if ch.isdigit())))
    for x, number in zip(rows, numbers, strict=True):  # invoices are numbered in date order
        x["inv"] = number
    return rows


def _doc(country: str, vendor: Party, customer: Party, rows: list[dict], reference: str, paid: date, issued: date, *, vendor_address: bool,
         vendor_id: str | None = None) -> Doc:
    total = sum((x["net"] for x in rows), D("0.00"))
    return Doc(document_type="remittance_advice", locale=country, currency="GBP" if country == "GB" else "EUR", vendor=vendor, customer=customer,
               invoice_ids=[x["inv"] for x in rows], document_date=issued, total=total, payment_reference=reference, payment_date=paid,
               allocations=[(x["inv"], x["net"]) for x in rows], vendor_address_printed=vendor_address, vendor_id=vendor_id)


def _gb_parties(rng: random.Random) -> tuple[Party, Party]:
    customer = make_company(rng, "GB")
    customer.name = contractor_name(rng, "GB")
    if chance(rng, 0.6):
        sub = gb_sole_trader(rng)
    else:
        sub = make_company(rng, "GB", with_tax=False)
        sub.name = f"{sub.name.split()[0]} {pick(rng, TRADES)} {pick(rng, ['Ltd', 'Limited', 'Ltd'])}"
    sub.tax_id = None
    return sub, customer


def _statement(rng: random.Random, paid: date) -> Built:
    sub, contractor = _gb_parties(rng)
    status = pick(rng, ["20", "20", "20", "30", "gross"])
    rate = D(0) if status == "gross" else D(status)
    rows = _invoices(rng, paid, pick(rng, [1, 1, 2, 2, 3, 4, 6]), rate, retention=False, prefix_style=pick(rng, ["{n:03d}", "INV-{n:04d}", "{y}{n:03d}", "SI-{n}"]))
    month_end = _tax_month_end(paid)
    issued = month_end + timedelta(days=rng.randrange(1, 12))
    reference = pick(rng, [f"CIS{paid.strftime('%m%y')}-{rng.randrange(1, 400):03d}", f"BACS {rng.randrange(10**5, 10**6)}", f"PAY{rng.randrange(10**4, 10**5)}"])
    doc = _doc("GB", sub, contractor, rows, reference, paid, issued, vendor_address=True)
    utr = uk_utr(rng)
    verification = cis_verification(rng, unmatched=status == "30") if status != "gross" or chance(rng, 0.4) else None
    paye = paye_reference(rng)
    aor = accounts_office_reference(rng)
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.8, 8.8), table=pick(rng, ["grid", "boxed", "rules"]))
    css = theme.css(".t{font-size:13pt;font-weight:bold} .box{border:0.8pt solid #666;padding:5pt} .tiny{font-size:6.3pt;color:#555}")
    width, height = A4
    W = width - 72

    def m(value: D) -> str:
        return f"£{amount(value)}"

    date_style = pick(rng, ["long", "slash"])

    def d(x: date) -> str:
        return _long(x) if date_style == "long" else x.strftime("%d/%m/%Y")

    letterhead = (f"<p class='t' style='color:{theme.accent}'>{esc(contractor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in contractor.address)
                  + f"<p>Tel: {contractor.phone}</p>")
    refs = kv_rows([("Employer's PAYE reference", paye), ("Accounts Office reference", aor), ("Tax month ending", d(month_end)), ("Date", d(issued))], (150, 120))
    window = f"<div class='box'><p class='b'>{esc(sub.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in sub.address) + "</div>"
    sub_refs = [("Subcontractor's Unique Taxpayer Reference (UTR)", utr)]
    if verification:
        sub_refs.append(("Verification number", verification))
    sub_refs.append(("Deduction rate", "Gross payment status (no deduction)" if status == "gross" else f"{status}%"))
    first = (beside(letterhead, refs, (W - 280, 272))
             + f"<p class='t' style='margin-top:10pt'>{pick(rng, ['CIS Payment and Deduction Statement', 'Construction Industry Scheme – Payment and Deduction Statement'])}</p>"
             + beside(window, kv_rows(sub_refs, (180, 110)), (W - 300, 292)))
    head = ["Your invoice", "Invoice date", "Gross amount paid (excl. VAT)", "Cost of materials", "Amount liable to deduction", "Amount deducted", "Amount paid"]
    cols = pts(W, 0.13, 0.13, 0.16, 0.13, 0.16, 0.14, 0.15)
    numeric = {2, 3, 4, 5, 6}

    def table(chunk) -> str:
        cells = [[x["inv"], x["date"].strftime("%d/%m/%Y"), m(x["gross"]), m(x["materials"]), m(x["labour"]), m(x["deducted"]), m(x["net"])] for x in chunk]
        return cells_table(head, cols, numeric, cells)

    gross = sum((x["gross"] for x in rows), D("0.00"))
    materials = sum((x["materials"] for x in rows), D("0.00"))
    deducted = sum((x["deducted"] for x in rows), D("0.00"))
    boxes = [("Gross amount paid (excl. VAT)", m(gross)), ("Less cost of materials", m(materials)), ("Amount liable to deduction", m(gross - materials)),
             ("Amount deducted", m(deducted)), ("Amount payable", m(doc.total))]
    pay = kv_rows([("Payment date", d(paid)), ("Payment method", pick(rng, ["BACS", "BACS", "Faster Payment"])), ("Payment reference", f"<b>{reference}</b>")], (110, 140))
    closing = (beside(pay, rows_html(boxes, widths=(180, 80)), (W - 268, 260))
               + "<p class='tiny' style='margin-top:10pt'>Keep this statement safe. You will need it to complete your tax return and to claim back any "
                 "deductions made under the Construction Industry Scheme. The deduction has been paid to HM Revenue &amp; Customs on your behalf.</p>")
    sheet = paged(width, height, css, (36.0, 36.0, 36.0, 30.0), rows,
                  lambda chunk, page, last: (first if page == 0 else "") + table(chunk) + (closing if last else ""),
                  footer=lambda p, c: f"<p class='tiny' style='text-align:right'>Page {p} of {c}</p>", footer_height=12.0)
    return Built(doc=doc, sheet=sheet, template="cis_payment_deduction_statement", png_scan_ok=len(sheet.pages) == 1,
                 notes={"utr": utr, "verification": verification, "paye": paye, "aor": aor, "rate": status, "deducted": float(deducted),
                        "gross": float(gross), "month_end": month_end.isoformat()})


def _letter(rng: random.Random, paid: date) -> Built:
    sub, contractor = _gb_parties(rng)
    retention = chance(rng, 0.45)
    rows = _invoices(rng, paid, pick(rng, [1, 2, 3, 4, 5, 8]), D(20), retention=retention, prefix_style=pick(rng, ["{n:04d}", "INV{n:05d}", "{y}-{n:03d}"]))
    account = pick(rng, [f"SUB{rng.randrange(100, 9999):04d}", f"{sub.name.split()[0][:4].upper()}{rng.randrange(1, 99):02d}", f"S{rng.randrange(10000, 99999)}"])
    reference = pick(rng, [f"BACS{rng.randrange(10**5, 10**6)}", f"RA{rng.randrange(10**4, 10**5)}", f"{rng.randrange(10**5, 10**6)}"])
    issued = paid - timedelta(days=pick(rng, [0, 0, 1, 2]))
    doc = _doc("GB", sub, contractor, rows, reference, paid, issued, vendor_address=True, vendor_id=account)
    month_end = _tax_month_end(paid)
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times", "Helvetica"]), size=(8.0, 9.0), table=pick(rng, ["zebra", "rules", "grid", "header_fill"]))
    css = theme.css(".t{font-size:15pt;font-weight:bold} .tiny{font-size:6.5pt;color:#555}")
    width, height = A4
    W = width - 80

    def m(value: D) -> str:
        return amount(value)

    letterhead = (f"<p class='t' style='color:{theme.accent}'>{esc(contractor.name)}</p><p class='small'>" + esc(" · ".join(contractor.address))
                  + f" · {contractor.phone}</p>")
    window = "".join(f"<p>{esc(x)}</p>" for x in [sub.name, *sub.address])
    meta = [("Supplier account", account), ("Payment date", paid.strftime("%d/%m/%Y")), ("Payment reference", f"<b>{reference}</b>"),
            ("Tax month", f"06/{(month_end - timedelta(days=31)).strftime('%m/%Y')} – {month_end.strftime('%d/%m/%Y')}"), ("Date", issued.strftime("%d/%m/%Y"))]
    first = (letterhead + f"<div style='margin-top:14pt'>{beside(window, kv_rows(meta, (110, 140)), (W - 260, 252))}</div>"
             + f"<p class='t' style='margin-top:10pt'>REMITTANCE ADVICE</p><p style='margin-top:4pt'>Dear {esc(sub.name.split(' t/a ')[0])},</p>"
             + "<p>We have today made payment of the following invoices by BACS to your nominated account.</p>")
    head = ["Invoice", "Date", "Labour", "Materials", "Gross", "CIS @ 20%"] + (["Retention 5%"] if retention else []) + ["Net paid"]
    cols = pts(W, *([0.12, 0.11, 0.12, 0.12, 0.12, 0.12] + ([0.12] if retention else []) + [0.13]))
    numeric = set(range(2, len(head)))

    def table(chunk) -> str:
        cells = [[x["inv"], x["date"].strftime("%d/%m/%y"), m(x["labour"]), m(x["materials"]) if x["materials"] else "-", m(x["gross"]), m(-x["deducted"])]
                 + ([m(-x["held"])] if retention else []) + [m(x["net"])] for x in chunk]
        return cells_table(head, cols, numeric, cells)

    gross = sum((x["gross"] for x in rows), D("0.00"))
    deducted = sum((x["deducted"] for x in rows), D("0.00"))
    held = sum((x["held"] for x in rows), D("0.00"))
    totals = [("Total gross", f"£{m(gross)}"), ("Less CIS deductions", f"£{m(-deducted)}")] + ([("Less retention", f"£{m(-held)}")] if retention else []) + \
        [("Total paid", f"£{m(doc.total)}")]
    closing = (f"<div style='margin-left:{W - 230:.0f}pt;margin-top:6pt'>{rows_html(totals, widths=(140, 90))}</div>"
               + "<p style='margin-top:8pt'>The CIS deductions above will be declared on our monthly return to HMRC. A CIS payment and deduction statement "
                 "for this tax month will follow.</p>"
               + ("<p>VAT: domestic reverse charge applies to these supplies – the customer accounts for the VAT to HMRC.</p>" if chance(rng, 0.5) else "")
               + f"<p style='margin-top:8pt'>Yours sincerely,</p><p>Accounts Payable, {esc(contractor.name)}</p>"
               + f"<p class='tiny' style='margin-top:10pt'>Registered in England and Wales No. {contractor.extra.get('company_no', '')} · VAT Reg. No. {contractor.tax_id}</p>")
    sheet = paged(width, height, css, (40.0, 36.0, 40.0, 30.0), rows,
                  lambda chunk, page, last: (first if page == 0 else f"<p class='b'>Remittance {reference} (continued)</p>") + table(chunk) + (closing if last else ""),
                  footer=lambda p, c: f"<p class='tiny' style='text-align:right'>{p}/{c}</p>", footer_height=12.0)
    return Built(doc=doc, sheet=sheet, template="cis_remittance_letter", png_scan_ok=len(sheet.pages) == 1,
                 notes={"retention": float(held), "deducted": float(deducted), "contractor_vat": contractor.tax_id, "nino": uk_nino(rng)})


def _ireland(rng: random.Random, paid: date) -> Built:
    principal = ie_party(rng)
    principal.name = contractor_name(rng, "IE")
    if chance(rng, 0.55):
        person = f"{rng.choice(IE_WORDS[4])} {rng.choice(IE_WORDS[3])}"
        sub = Party(name=person if chance(rng, 0.5) else f"{person} t/a {person.split()[-1]} {pick(rng, ['Plastering', 'Groundworks', 'Electrical', 'Roofing', 'Joinery'])}",
                    address=ie_address(rng), country="IE", phone=f"08{rng.choice([3, 5, 6, 7])} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}")
        tax_ref = ppsn(rng)
    else:
        sub = ie_party(rng)
        sub.name = f"{rng.choice(IE_WORDS[0])} {pick(rng, TRADES)} {pick(rng, ['Ltd', 'Limited'])}"
        tax_ref = sub.tax_id.replace("IE", "").replace(" ", "")
        sub.tax_id = None
    sub.tax_id = None
    rate = D(pick(rng, ["20", "20", "20", "0", "35"]))
    rows = _invoices(rng, paid, pick(rng, [1, 1, 2, 3, 4]), rate, retention=False, prefix_style=pick(rng, ["{n:04d}", "INV-{n:03d}", "{y}/{n:03d}"]))
    for x in rows:  # RCT is deducted on the whole payment, materials included
        x["deducted"] = money(x["gross"] * rate / 100)
        x["net"] = x["gross"] - x["deducted"]
    reference = pick(rng, [f"EFT{rng.randrange(10**5, 10**6)}", f"PAY-{paid.year}-{rng.randrange(1, 9999):04d}", f"SEPA{rng.randrange(10**6, 10**7)}"])
    issued = paid
    doc = _doc("IE", sub, principal, rows, reference, paid, issued, vendor_address=True)
    contract_id = f"{rng.randrange(10**6, 10**7)}"
    notification = f"{rng.randrange(10**7, 10**8)}"
    authorisation = f"{rng.randrange(10**9, 10**10)}{pick(rng, ['', 'A', 'B'])}"
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times"]), size=(7.8, 8.8), table=pick(rng, ["grid", "zebra", "rules"]))
    css = theme.css(".t{font-size:13pt;font-weight:bold} .box{border:0.8pt solid #666;padding:5pt} .tiny{font-size:6.3pt;color:#555}")
    width, height = A4
    W = width - 72

    def m(value: D) -> str:
        return f"€{amount(value)}"

    date_style = pick(rng, ["long", "slash"])

    def d(x: date) -> str:
        return _long(x) if date_style == "long" else x.strftime("%d/%m/%Y")

    letterhead = (f"<p class='t' style='color:{theme.accent}'>{esc(principal.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in principal.address)
                  + f"<p>VAT No. {principal.tax_id} · CRO {principal.extra['cro']}</p>")
    title = pick(rng, ["Payment Notification – Relevant Contracts Tax", "RCT Payment Notice", "Remittance Advice (RCT)"])
    window = f"<div class='box'><p class='b'>{esc(sub.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in sub.address) + "</div>"
    meta = [("Subcontractor tax reference", tax_ref), ("Contract ID", contract_id), ("Payment notification ID", notification),
            ("Deduction authorisation no.", authorisation), ("RCT rate", f"{rate}%"), ("Payment date", d(paid)), ("EFT reference", f"<b>{reference}</b>")]
    first = (beside(letterhead, f"<p class='t'>{title}</p>", (W - 230, 222)) + f"<div style='margin-top:10pt'>{beside(window, kv_rows(meta, (140, 130)), (W - 290, 282))}</div>")
    head = ["Invoice", "Invoice date", "Gross payment (excl. VAT)", "RCT deducted", "Net payment"]
    cols = pts(W, 0.18, 0.17, 0.23, 0.2, 0.22)
    numeric = {2, 3, 4}

    def table(chunk) -> str:
        cells = [[x["inv"], x["date"].strftime("%d/%m/%Y"), m(x["gross"]), m(x["deducted"]), m(x["net"])] for x in chunk]
        return cells_table(head, cols, numeric, cells)

    gross = sum((x["gross"] for x in rows), D("0.00"))
    deducted = sum((x["deducted"] for x in rows), D("0.00"))
    totals = [("Gross payment", m(gross)), (f"RCT deducted @ {rate}%", m(deducted)), ("Net amount paid", m(doc.total))]
    closing = (f"<div style='margin-left:{W - 240:.0f}pt;margin-top:6pt'>{rows_html(totals, widths=(150, 90))}</div>"
               + "<p style='margin-top:8pt'>The RCT deducted has been notified to Revenue through ROS and will appear on your deduction summary. "
                 "VAT on construction services: reverse charge – the principal contractor accounts for the VAT on these invoices.</p>")
    sheet = paged(width, height, css, (36.0, 36.0, 36.0, 30.0), rows,
                  lambda chunk, page, last: (first if page == 0 else "") + table(chunk) + (closing if last else ""),
                  footer=lambda p, c: f"<p class='tiny' style='text-align:right'>Page {p} of {c}</p>", footer_height=12.0)
    return Built(doc=doc, sheet=sheet, template="ie_rct_payment_notice", png_scan_ok=len(sheet.pages) == 1,
                 notes={"tax_ref": tax_ref, "contract": contract_id, "notification": notification, "authorisation": authorisation,
                        "rate": str(rate), "deducted": float(deducted), "principal_vat": principal.tax_id})
