"""Customer statement of account (GB, AU, NZ, US): activity statement with ageing, or a debit/credit ledger.

The supplier's letterhead, "STATEMENT" / "Statement of Account", Statement Date, Account No. / Account
Ref (the customer's number: the truth's customer_id), the customer's postal address; a running
ledger from "Balance brought forward": invoices (INV), credit notes (CRN) and payments received (PMT,
"Payment - thank you") with Date, Reference, Due Date, Debit / Charges, Credit / Payments, Balance; an
ageing strip (Current, 1-30, 31-60, 61-90, Over 90 days) that adds up to the balance due; "Amount
Due" / "Total Outstanding" / "Please pay" with an optional pay-by date; a tear-off remittance slip
that repeats account number and amount due, with "Amount enclosed". Truth per the corpus rules: no
invoice ids, no lines, total = the balance due, document date = the statement date.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.components import Theme, esc, lines_html, logo
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import account_code, bic, iban, make_company
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, LETTER

FAMILY = "statement_of_account"
DOCUMENT_TYPE = "statement"


def build(rng: random.Random) -> Built:
    country = pick(rng, ["GB", "GB", "AU", "NZ", "US"])
    vendor = make_company(rng, country)
    customer = make_company(rng, country, with_tax=False)
    fmt = Fmt.pick(rng, country)
    stmt_date = random_date(rng)
    opening_date = (stmt_date.replace(day=1) - timedelta(days=1)).replace(day=1)
    layout = pick(rng, ["activity", "ledger", "ledger"])
    terms_days = pick(rng, [14, 30, 30])
    opening = money(rng.uniform(0, 9000)) if chance(rng, 0.7) else Decimal("0.00")
    prefix = pick(rng, ["INV-", "INV", "SI-", ""])
    seq = rng.randrange(1000, 90000)
    count = rng.randrange(3, 12) if chance(rng, 0.8) else rng.randrange(30, 55)
    span = max(1, (stmt_date - opening_date).days)
    running = opening
    ledger = []     # (date, kind, reference, debit, credit, running balance)
    for k in range(count):
        day = opening_date + timedelta(days=min(span, (k + 1) * span // (count + 1)))
        roll = rng.random()
        debit = credit = Decimal("0.00")
        if roll < 0.62 or k == 0:
            seq += rng.randrange(1, 30)
            kind, ref, debit = "INV", f"{prefix}{seq}", money(rng.uniform(80, 6000))
        elif roll < 0.72:
            kind, ref, credit = "CRN", f"CN-{rng.randrange(100, 9999)}", money(rng.uniform(20, 600))
        else:
            kind, ref = "PMT", pick(rng, ["Payment - thank you", "Payment received", "BACS receipt", "Direct credit"])
            credit = money(rng.uniform(100, 5000))
        # a credit never takes the balance below zero: customers rarely pay more than they owe
        if credit > running:
            credit = money(running * Decimal("0.5"))
        if kind != "INV" and credit == 0:
            continue
        running += debit - credit
        ledger.append((day, kind, ref, debit, credit, running))
    if running <= 0:
        seq += 7
        extra = money(rng.uniform(150, 2500))
        running += extra
        ledger.append((stmt_date, "INV", f"{prefix}{seq}", extra, Decimal("0.00"), running))
    balance = running
    # ageing: the balance split into buckets by how old the unpaid invoices are
    buckets = [Decimal("0.00")] * 5
    remaining = balance
    for date_, kind, _ref, debit, _credit, _bal in reversed(ledger):
        if kind != "INV" or remaining <= 0:
            continue
        part = min(debit, remaining)
        age = (stmt_date - (date_ + timedelta(days=terms_days))).days
        bucket = 0 if age <= 0 else 1 if age <= 30 else 2 if age <= 60 else 3 if age <= 90 else 4
        buckets[bucket] += part
        remaining -= part
    buckets[2 if opening else 0] += remaining      # what the brought-forward balance still holds
    account_no = account_code(rng, pick(rng, ["C", "CUST", "num", "alpha"]))
    pay_by = stmt_date + timedelta(days=pick(rng, [10, 14, 20]))
    show_pay_by = chance(rng, 0.5)
    if country == "US" and chance(rng, 0.7):
        vendor.tax_id = None        # most US statements print no EIN
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=vendor, customer=customer,
              invoice_ids=[], document_date=stmt_date, total=balance, customer_id=account_no,
              due_date=pay_by if show_pay_by else None)

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times", "Courier"]), size=(7.5, 9.0),
                       table=pick(rng, ["rules", "grid", "zebra", "minimal"]))
    css = theme.css(".ttl{font-size:18pt;font-weight:bold} .slip{border-top:1pt dashed #777;padding-top:6pt;margin-top:10pt}")
    width, height = LETTER if country == "US" else A4
    money_fmt, num = fmt.money, fmt.num
    acct_label = pick(rng, ["Account No.", "Account Number", "Account Ref", "Customer Account"])
    tax_label = {"GB": "VAT Reg No", "AU": "ABN", "NZ": "GST No", "US": "EIN"}[country]
    title = pick(rng, ["STATEMENT", "Statement of Account", "Customer Statement"])
    due_label = pick(rng, ["Amount Due", "Total Outstanding", "Balance Due", "Please Pay"])
    head = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(vendor.name, rng, theme.accent)}"
            f"<p class='b'>{esc(vendor.name)}</p><p class='small'>{lines_html(vendor.address)}<br/>{esc(vendor.phone)} · {esc(vendor.email)}"
            + (f"<br/>{tax_label}: {esc(vendor.tax_id)}" if vendor.tax_id else "")
            + f"</p></td><td style='width:45%' class='r'><p class='ttl accent'>{title}</p>"
            f"<table class='kv' style='width:100%'><tr><td style='width:55%'>Statement Date</td><td style='width:45%' class='b'>{fmt.date(stmt_date)}</td></tr>"
            f"<tr><td>{acct_label}</td><td class='b'>{esc(account_no)}</td></tr>"
            f"<tr><td>{'Period' if chance(rng, 0.5) else 'From'}</td><td>{fmt.date(opening_date)} – {fmt.date(stmt_date)}</td></tr>"
            + (f"<tr><td>Pay by</td><td class='b'>{fmt.date(pay_by)}</td></tr>" if show_pay_by else "")
            + f"<tr><td>{due_label}</td><td class='b'>{money_fmt(balance)}</td></tr></table></td></tr></table>"
            f"<p style='margin-top:10pt'><b>{esc(customer.name)}</b><br/>{lines_html(customer.address)}</p>")
    if layout == "activity":
        cols = [("Date", "left"), ("Activity", "left"), ("Reference", "left"), ("Due Date", "left"),
                ("Invoice Amount", "right"), ("Payments", "right"), ("Balance", "right")]
    else:
        cols = [("Date", "left"), ("Type", "left"), ("Reference", "left"), ("Debit", "right"), ("Credit", "right"),
                ("Balance", "right")]
    th = "<tr>" + "".join(f"<th style='text-align:{a}'>{c}</th>" for c, a in cols) + "</tr>"
    names = {"INV": "Invoice", "CRN": "Credit note", "PMT": "Payment"}

    def cells(entry) -> list[str]:
        date_, kind, ref, debit, credit, bal = entry
        if layout == "activity":
            due = fmt.date(date_ + timedelta(days=terms_days)) if kind == "INV" else ""
            return [fmt.date(date_), names[kind] if kind != "PMT" else esc(ref), esc(ref) if kind != "PMT" else "", due,
                    num(debit) if debit else "", num(credit) if credit else "", num(bal)]
        return [fmt.date(date_), kind, esc(ref), num(debit) if debit else "", num(credit) if credit else "", num(bal)]

    opening_row = (f"<tr><td>{fmt.date(opening_date)}</td><td colspan='{len(cols) - 2}'>"
                   f"{pick(rng, ['Balance brought forward', 'Opening balance', 'Balance b/f'])}</td><td class='r'>{num(opening)}</td></tr>")
    age_labels = ["Current", "1-30 days", "31-60 days", "61-90 days", "Over 90 days"]
    ageing = ("<table class='items' style='margin-top:8pt'><tr>" + "".join(f"<th style='text-align:right'>{a}</th>" for a in age_labels)
              + f"<th style='text-align:right'>{due_label}</th></tr><tr>" + "".join(f"<td class='r'>{num(b)}</td>" for b in buckets)
              + f"<td class='r b'>{money_fmt(balance)}</td></tr></table>")
    pay_html = ""
    if country == "GB":
        pay_html = (f"<p class='small'>Please pay by BACS to {esc(vendor.name)}, sort code {rng.randrange(10, 99)}-{rng.randrange(10, 99)}-"
                    f"{rng.randrange(10, 99)}, account {rng.randrange(10**7, 10**8)}, quoting {esc(account_no)}.</p>")
    elif country in ("AU", "NZ"):
        pay_html = (f"<p class='small'>Direct deposit: BSB {rng.randrange(100, 999)}-{rng.randrange(100, 999)} Account "
                    f"{rng.randrange(10**7, 10**9)} · Reference {esc(account_no)}</p>")
    else:
        pay_html = f"<p class='small'>Make checks payable to {esc(vendor.name)}. Please include your account number.</p>"
    if chance(rng, 0.2) and country == "GB":
        pay_html += f"<p class='tiny'>IBAN {esc(iban(rng, 'GB'))} BIC {esc(bic(rng, 'GB'))}</p>"
    slip = ""
    if chance(rng, 0.6):
        slip = (f"<div class='slip'><p class='c tiny muted'>Please detach and return this portion with your payment</p>"
                f"<table style='width:100%'><tr><td style='width:50%'><b>REMITTANCE</b><br/>{esc(customer.name)}<br/>{acct_label}: "
                f"{esc(account_no)}</td><td style='width:50%'>Statement date: {fmt.date(stmt_date)}<br/>{due_label}: <b>{money_fmt(balance)}</b>"
                f"<br/>Amount enclosed: ______________</td></tr></table></div>")
    tail = ageing + pay_html + slip

    def body(chunk, index, is_last):
        rows = "".join("<tr>" + "".join(f"<td style='text-align:{a}'>{c}</td>" for c, (_t, a) in zip(cells(e), cols, strict=True))
                       + "</tr>" for e in chunk)
        top = head if index == 0 else f"<p class='b'>{esc(vendor.name)} · {title} · {acct_label} {esc(account_no)} (continued)</p>"
        first = opening_row if index == 0 else ""
        return top + f"<table class='items'>{th}{first}{rows}</table>" + (tail if is_last else "")

    sheet = paged_sheet(width, height, css, (40, 36, 40, 30), ledger, body,
                        footer=lambda n, c: f"<p class='tiny r muted'>Page {n} of {c}</p>", footer_height=12)
    return Built(doc=doc, sheet=sheet, template=f"statement_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"opening_balance": float(opening), "entries": len(ledger), "ageing": [float(b) for b in buckets]})
