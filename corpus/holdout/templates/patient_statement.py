"""US medical provider patient statement (physician group, clinic, hospital), with a detachable payment coupon.

Provider letterhead, statement date, account number (= customer_id), guarantor (the person billed: the
customer) and patient (the guarantor or a dependant), "pay by" date; service detail by date of service:
CPT code, description, provider, charges, insurance payments and contractual adjustments (negative),
patient payments, balance; insurance billed and "insurance pending" amounts (decoys: not yet the
patient's); account summary: previous balance, new charges, insurance payments, adjustments, patient
payments, Amount Due / Patient Balance; the coupon repeats statement date, account number, amount due
and pay-by date, with "Amount enclosed", card boxes and the billing office's P.O. box (a decoy address).

Document type `statement`: the page carries no invoice number, and its amount due is the balance of
an account over several visits and earlier statements (previous balance, payments), as a statement of
account does; per the corpus rules it has no ids and no lines, total = the amount due, document date =
the statement date, due date = the printed pay-by date, customer_id = the account number.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import FIRST_NAMES, PLACE_WORDS, SURNAMES, US_CITIES, address, make_company
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import LETTER

FAMILY = "medical_patient_statement"
DOCUMENT_TYPE = "statement"

CPT = [("99213", "Office visit, established patient, level 3", 120, 210), ("99214", "Office visit, established patient, level 4", 180, 290),
       ("99203", "Office visit, new patient, level 3", 190, 320), ("36415", "Venipuncture", 18, 45),
       ("85025", "Complete blood count w/ automated diff", 35, 90), ("80053", "Comprehensive metabolic panel", 45, 140),
       ("71046", "X-ray chest, 2 views", 110, 260), ("93000", "Electrocardiogram, complete", 75, 190),
       ("90686", "Influenza vaccine, quadrivalent", 35, 70), ("90471", "Immunization administration", 25, 55),
       ("20610", "Arthrocentesis, major joint", 190, 360), ("73721", "MRI knee without contrast", 1100, 2600),
       ("97110", "Therapeutic exercise, each 15 min", 55, 120), ("97140", "Manual therapy, each 15 min", 50, 110),
       ("99284", "Emergency dept visit, moderate severity", 650, 1400), ("87880", "Strep test, rapid", 30, 75)]
PAYERS = ["BlueShield PPO", "UnitedCare Choice Plus", "Aetna Open Access", "Medicare Part B", "Cigna OAP", "Humana Gold Plus"]


def build(rng: random.Random) -> Built:
    vendor = make_company(rng, "US", with_tax=False)
    place = pick(rng, PLACE_WORDS["en"])
    vendor.name = pick(rng, [f"{place} Medical Group", f"{place} Orthopedics, P.C.", f"{place} Pediatrics", f"{place} Regional Medical Center",
                             f"{place} Family Medicine LLP", f"{place} Physical Therapy"])
    first, last = pick(rng, FIRST_NAMES["en"]), pick(rng, SURNAMES["en"])
    guarantor = make_company(rng, "US", with_tax=False)
    guarantor.name = f"{first} {last}".upper() if chance(rng, 0.5) else f"{first} {last}"
    guarantor.address = address(rng, "US")
    patient = f"{first} {last}" if chance(rng, 0.6) else f"{pick(rng, FIRST_NAMES['en'])} {last}"
    fmt = Fmt.pick(rng, "US", date_pattern=pick(rng, ["mdy_slash", "mdy_slash", "month_d_y", "mdy_slash_short"]))
    stmt = random_date(rng)
    pay_by = stmt + timedelta(days=pick(rng, [21, 25, 30]))
    show_pay_by = chance(rng, 0.8)
    account = pick(rng, [f"{rng.randrange(10**6, 10**7)}", f"{rng.randrange(100, 999)}-{rng.randrange(10**5, 10**6)}", f"G{rng.randrange(10**5, 10**6)}"])
    previous = money(rng.uniform(20, 600)) if chance(rng, 0.4) else Decimal("0.00")
    payer = pick(rng, PAYERS) if chance(rng, 0.9) else None
    visits = rng.randrange(1, 4) if chance(rng, 0.85) else rng.randrange(6, 12)
    entries = []     # (date, cpt, desc, charge, ins_paid, adjustment, patient_paid, pending)
    day = stmt - timedelta(days=rng.randrange(40, 120))
    for _ in range(visits):
        day += timedelta(days=rng.randrange(3, 30))
        for code, desc, low, high in rng.sample(CPT, rng.randrange(1, 4)):
            charge = money(rng.uniform(low, high))
            pending = payer is not None and chance(rng, 0.15)
            if payer and not pending:
                allowed = money(charge * Decimal(rng.uniform(0.45, 0.8)))
                ins_paid = money(allowed * Decimal(pick(rng, ["0.8", "0.8", "0.9", "1.0", "0.0"])))
                adjustment = charge - allowed
            else:
                ins_paid = adjustment = Decimal("0.00")
            patient_paid = money(min(Decimal(pick(rng, [0, 0, 25, 30, 40])), charge - ins_paid - adjustment))
            entries.append((day, code, desc, charge, ins_paid, adjustment, patient_paid, pending))
    charges = sum((e[3] for e in entries), Decimal("0.00"))
    ins_total = sum((e[4] for e in entries), Decimal("0.00"))
    adj_total = sum((e[5] for e in entries), Decimal("0.00"))
    pat_total = sum((e[6] for e in entries), Decimal("0.00"))
    pending_total = sum((e[3] - e[6] for e in entries if e[7]), Decimal("0.00"))
    due = previous + charges - ins_total - adj_total - pat_total - pending_total
    if due <= 0:
        previous += money(rng.uniform(15, 120)) - due
        due = previous + charges - ins_total - adj_total - pat_total - pending_total
    doc = Doc(document_type=DOCUMENT_TYPE, locale="US", currency="USD", vendor=vendor, customer=guarantor, invoice_ids=[],
              document_date=stmt, total=due, customer_id=account, due_date=pay_by if show_pay_by else None)

    layout = pick(rng, ["coupon_top", "coupon_bottom"])
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times", "Courier"]), size=(7.0, 8.5),
                       table=pick(rng, ["rules", "zebra", "grid", "minimal"]))
    css = theme.css(".ttl{font-size:13pt;font-weight:bold} .coupon{border-bottom:1pt dashed #666;padding-bottom:6pt}"
                    " .coupon2{border-top:1pt dashed #666;padding-top:6pt;margin-top:8pt} .due{font-size:12pt;font-weight:bold}")
    width, height = LETTER
    num, money_fmt = fmt.num, fmt.money
    due_label = pick(rng, ["Amount Due", "Patient Balance Due", "Please Pay This Amount", "Total Due"])
    city, state, zip3 = pick(rng, US_CITIES)
    remit = [f"PO Box {rng.randrange(1000, 99999)}", f"{city}, {state} {zip3}{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}"]
    site = f"www.{vendor.name.split()[0].lower()}health.example/pay"
    card_boxes = ("<p class='tiny'>&#9744; VISA &#9744; MASTERCARD &#9744; DISCOVER &#9744; AMEX<br/>Card number ____________________ Exp ____ "
                  "CVV ____<br/>Signature ______________________</p>")
    summary_rows = [("Statement Date", fmt.date(stmt)), ("Account Number", esc(account))]
    if show_pay_by:
        summary_rows.append((pick(rng, ["Pay By", "Due Date", "Please pay by"]), fmt.date(pay_by)))
    summary_rows.append((due_label, f"<span class='due'>{money_fmt(due)}</span>"))
    summary_kv = "<table class='kv' style='width:100%'>" + "".join(
        f"<tr><td style='width:50%' class='b'>{k}</td><td style='width:50%'>{v}</td></tr>" for k, v in summary_rows) + "</table>"
    coupon = (f"<table style='width:100%'><tr><td style='width:50%'><p class='b'>{esc(vendor.name)}</p>"
              f"<p class='small'>Please detach and return this portion with your payment.</p>{card_boxes}"
              f"<p style='margin-top:6pt'>{esc(guarantor.name)}<br/>{lines_html(guarantor.address)}</p></td>"
              f"<td style='width:50%'>{summary_kv}<p style='margin-top:4pt'>Amount Enclosed $ ____________</p>"
              f"<p class='small' style='margin-top:6pt'>Make checks payable to / Remit to:<br/><b>{esc(vendor.name)}</b><br/>{lines_html(remit)}</p></td></tr></table>")
    letterhead = (f"<table style='width:100%'><tr><td style='width:60%'><p class='ttl accent'>{esc(vendor.name)}</p>"
                  f"<p class='small'>{lines_html(vendor.address)}<br/>Billing questions: {esc(vendor.phone)} (Mon-Fri 8am-5pm)</p></td>"
                  f"<td style='width:40%' class='r'><p class='ttl'>{pick(rng, ['PATIENT STATEMENT', 'Statement', 'STATEMENT OF ACCOUNT'])}</p>"
                  f"<p class='small'>Pay online: {site}</p></td></tr></table>")
    info = (f"<table style='width:100%;margin-top:6pt'><tr><td style='width:50%'><p class='small b'>Guarantor</p><p>{esc(guarantor.name)}<br/>"
            f"{lines_html(guarantor.address)}</p></td><td style='width:50%'><p class='small b'>Patient</p><p>{esc(patient)}"
            f"<br/>DOB: **/**/{rng.randrange(1950, 2020)}</p>"
            + (f"<p class='small'>Primary insurance: {payer}<br/>Member ID: {pick(rng, ['XEH', 'W', 'MBI'])}{rng.randrange(10**7, 10**9)}</p>" if payer else
               "<p class='small'>No insurance on file</p>")
            + "</td></tr></table>")
    cols = [("Date", "left"), ("Code", "left"), ("Description", "left"), ("Charges", "right"), ("Ins. Paid", "right"),
            ("Adjustments", "right"), ("Patient Paid", "right"), ("Your Balance", "right")]
    th = "<tr>" + "".join(f"<th style='text-align:{a}'>{c}</th>" for c, a in cols) + "</tr>"
    rows = []
    for date_, code, desc, charge, ins_paid, adjustment, patient_paid, pending in entries:
        note = f"<br/><span class='tiny muted'>Billed to {payer} {fmt.date(date_ + timedelta(days=3))} - pending</span>" if pending else ""
        cells = [fmt.date(date_), code, esc(desc) + note, num(charge), f"-{num(ins_paid)}" if ins_paid else "",
                 f"-{num(adjustment)}" if adjustment else "", f"-{num(patient_paid)}" if patient_paid else "",
                 "pending" if pending else num(charge - ins_paid - adjustment - patient_paid)]
        rows.append("<tr>" + "".join(f"<td style='text-align:{a}'>{c}</td>" for c, (_t, a) in zip(cells, cols, strict=True)) + "</tr>")
    summary = [("Previous Balance", num(previous)), ("New Charges", num(charges)), ("Insurance Payments", f"-{num(ins_total)}"),
               ("Adjustments", f"-{num(adj_total)}"), ("Patient Payments", f"-{num(pat_total)}")]
    if pending_total:
        summary.append(("Insurance Pending", f"-{num(pending_total)}"))
    summary.append((due_label, money_fmt(due)))
    summary_html = ("<table style='width:100%;margin-top:6pt'><tr><td style='width:50%' class='small'>"
                    "Your insurance has been billed for the services above where shown. The balance is your responsibility under your plan "
                    "(deductible, co-insurance or co-pay). If you have questions, call our billing office. Financial assistance is available."
                    "</td><td style='width:50%'><table style='width:100%'>" + "".join(
                        f"<tr><td style='width:60%' class='{'b' if k == due_label else ''}'>{k}</td><td style='width:40%' class='r {'b' if k == due_label else ''}'>{v}</td></tr>"
                        for k, v in summary) + "</table></td></tr></table>")
    if layout == "coupon_top":
        first_top = f"<div class='coupon'>{coupon}</div>{letterhead}{info}"
        tail = summary_html
    else:
        first_top = f"{letterhead}{info}<table style='width:100%;margin-top:4pt'><tr><td style='width:50%'></td><td style='width:50%' class='boxed'>{summary_kv}</td></tr></table>"
        tail = summary_html + f"<div class='coupon2'>{coupon}</div>"

    def body(chunk, index, is_last):
        top = first_top if index == 0 else f"<p class='b'>{esc(vendor.name)} · Account {esc(account)} · continued</p>"
        return top + f"<table class='items'>{th}{''.join(chunk)}</table>" + (tail if is_last else "")

    sheet = paged_sheet(width, height, css, (36, 30, 36, 26), rows, body,
                        footer=lambda n, c: f"<p class='tiny r muted'>Page {n} of {c}</p>", footer_height=10)
    return Built(doc=doc, sheet=sheet, template=f"patient_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"visits": visits, "previous": float(previous), "pending": float(pending_total)})
