"""Suppliers' rebate and allowance credit notes in English — US, UK, Australia and Canada, 2023-2025: volume rebates
against a tier schedule, price-protection credits on stock on hand, and approved co-op marketing claims.

Three prints. `rebate_tier_statement` (REBATE CREDIT NOTE / CREDIT NOTE - VOLUME REBATE, and in Australia ADJUSTMENT NOTE:
Credit Note No., Date, Account No., the programme and agreement number, the rebate period "Q1 2024 (01/01/2024 - 31/03/2024)";
the tier schedule "Tier 1 up to 250,000.00 - 1.5 %" (thresholds and rates, decoys); Product group / Qualifying purchases /
Rebate rate / Rebate, the purchases several times larger than the rebate; Rebate (ex VAT) / VAT 20 % / Total credit, or
only a total in the United States; a year-to-date box — purchases, rebates paid — and the balance of the account after the
credit (decoys)), `price_protection_credit` (PRICE PROTECTION CREDIT MEMO after a list-price reduction: the effective date,
SKU / Description / Units on hand / Old cost / New cost / Difference / Credit, subtotal, tax, total credit),
`coop_funds_credit` (CO-OP MARKETING CREDIT for an approved claim: Claim No. and the claim date, Activity / Claimed /
Approved with the claimed amounts cut back, the approval note, subtotal, tax, total); amounts positive under the title,
with a minus, in parentheses or with CR.

Truth: a `credit_note` of the supplier (its VAT / ABN / GST number the tax id; none in the US) to the customer with its
address, customer id = Account No.; id = the credit note number (agreement, claim and cited invoices are decoys); date =
its date; lines: one per product group with the rebate amount only, one per SKU with the units on hand as quantity and the
price difference as unit price, one per activity with the approved amount; net = the subtotal / rebate before tax where
printed, tax = VAT / GST / HST where printed, total = the total credit; every amount negative.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc, logo
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company
from corpus.holdout.fakes_nineteenth import PRICE_PROTECTION_SKUS, REBATE_GROUPS, REBATE_PROGRAMMES
from corpus.holdout.fakes_seventeenth import other_party
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._fifteenth import beside, paged, pts, rows_html
from corpus.holdout.templates._sixteenth import kv_rows

FAMILY = "rebate_credit_note"
D = Decimal
TAX = {"US": (None, D(0)), "GB": ("VAT", D(20)), "AU": ("GST", D(10)), "CA": ("HST", D(13))}
ACTIVITIES = ["In-store end-cap display", "Digital advertising campaign", "Catalogue listing - spring edition", "Trade show stand co-funding",
              "Staff product training day", "Social media promotion", "Email newsletter feature", "Point-of-sale material"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["rebate_tier_statement", "rebate_tier_statement", "price_protection_credit", "coop_funds_credit"])
    country = pick(rng, ["US", "US", "GB", "GB", "AU", "CA"])
    fmt = Fmt.pick(rng, country)
    vendor = make_company(rng, country)
    customer = other_party(rng, lambda r: make_company(r, country), vendor)
    customer.tax_id = None
    tax_name, rate = TAX[country]
    if country == "CA":
        prov = vendor.extra.get("province", "ON")
        tax_name, rate = ("HST", D(13)) if prov == "ON" else ("HST", D(15)) if prov in ("NS", "NB") else ("GST", D(5))
    if country == "US":
        vendor.tax_id = None
    industry = pick(rng, list(REBATE_GROUPS))
    issued = random_date(rng, date(2023, 1, 16), 1000)
    account = f"{pick(rng, ['', 'C', 'ACC-', 'CUST'])}{rng.randrange(10**4, 10**6)}"
    seq = rng.randrange(1, 9000)
    prefix = {"rebate_tier_statement": pick(rng, ["RCN", "CN", "REB"]), "price_protection_credit": pick(rng, ["PPC", "CM", "CN"]),
              "coop_funds_credit": pick(rng, ["MDF", "CN", "CM"])}[layout]
    number = pick(rng, [f"{prefix}-{issued.year % 100}-{seq:04d}", f"{prefix}{seq:06d}", f"{prefix}/{issued.year}/{seq:04d}"])
    rows: list = []
    lines: list[Line] = []
    if layout == "rebate_tier_statement":
        quarter = (issued.month - 1) // 3
        q_end = date(issued.year, quarter * 3 + 1, 1) - timedelta(days=1)
        q_start = date(q_end.year, (q_end.month - 3) + 1, 1)
        tiers = [(D("250000"), D("1.5")), (D("500000"), D("2.5")), (None, D("3.5"))]
        groups = rng.sample(REBATE_GROUPS[industry], rng.randrange(2, 6))
        for g in groups:
            purchases = money(rng.uniform(15000, 380000))
            r = pick(rng, [t[1] for t in tiers])
            rebate = money(purchases * r / 100)
            rows.append((g, purchases, r, rebate))
            lines.append(Line(g, None, None, rebate))
    elif layout == "price_protection_credit":
        effective = issued - timedelta(days=rng.randrange(3, 20))
        skus = PRICE_PROTECTION_SKUS.get(industry, PRICE_PROTECTION_SKUS["tools"])
        for sku, desc in rng.sample(skus, rng.randrange(1, 6)):
            old = money(rng.uniform(8, 420))
            diff = money(old * D(pick(rng, ["0.05", "0.08", "0.1", "0.12", "0.15"])))
            units = D(rng.randrange(4, 400))
            credit = money(units * diff)
            rows.append((sku, desc, units, old, old - diff, diff, credit))
            lines.append(Line(desc, units, diff, credit, "", sku))
    else:
        claim = f"CLM-{issued.year}-{rng.randrange(100, 9999):04d}"
        for act in rng.sample(ACTIVITIES, rng.randrange(1, 4)):
            claimed = money(round(rng.uniform(400, 15000), -1))
            approved = claimed if chance(rng, 0.6) else money(claimed * D(pick(rng, ["0.5", "0.75", "0.8"])))
            rows.append((act, claimed, approved))
            lines.append(Line(act, None, None, approved))
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(net * rate / 100) if tax_name else None
    total = net + (tax or D("0.00"))
    doc = Doc(document_type="credit_note", locale=country, currency=fmt.currency, vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net if tax_name else None, tax=tax, lines=lines, customer_id=account)
    sign_style = pick(rng, ["plain", "minus", "paren", "cr"])

    def c(value: D) -> str:
        text = fmt.money(value)
        return {"plain": text, "minus": f"-{text}", "paren": f"({text})", "cr": f"{text} CR"}[sign_style]

    def p(value: D) -> str:          # decoy amounts print plain
        return fmt.money(value)

    theme = Theme.pick(rng, size=(7.8, 8.8))
    css = theme.css(".t{font-size:15pt;font-weight:bold} .box{border:0.8pt solid #999;padding:5pt} .tiny{font-size:6.4pt;color:#555}")
    width, height = LETTER if country in ("US", "CA") else A4
    W = width - 72
    title = {"rebate_tier_statement": "ADJUSTMENT NOTE" if country == "AU" else pick(rng, ["REBATE CREDIT NOTE", "CREDIT NOTE - VOLUME REBATE"]),
             "price_protection_credit": "PRICE PROTECTION CREDIT MEMO" if country in ("US", "CA") else "PRICE PROTECTION CREDIT NOTE",
             "coop_funds_credit": "CO-OP MARKETING CREDIT"}[layout]
    tax_label = {"GB": "VAT Reg No", "AU": "ABN", "CA": "GST/HST No."}.get(country)
    letterhead = (logo(vendor.name, rng, theme.accent) + f"<p class='b' style='margin-top:4pt'>{esc(vendor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address)
                  + (f"<p>{tax_label}: {vendor.tax_id}</p>" if tax_label else "") + f"<p>{vendor.phone}</p>")
    meta = [("Credit Note No." if layout != "price_protection_credit" or country not in ("US", "CA") else "Credit Memo No.", f"<b>{number}</b>"),
            ("Date", fmt.date(issued)), ("Account No.", account)]
    notes: dict = {"account": account}
    if layout == "rebate_tier_statement":
        programme = pick(rng, REBATE_PROGRAMMES)
        agreement = f"{pick(rng, ['VRA', 'ATA', 'GIA'])}-{rng.randrange(1000, 9999)}"
        meta += [("Programme", f"{programme} {issued.year if issued.month > 3 else issued.year - 1}"), ("Agreement", agreement),
                 ("Rebate period", f"Q{(q_start.month - 1) // 3 + 1} {q_start.year} ({fmt.date(q_start)} - {fmt.date(q_end)})")]
        notes.update({"agreement": agreement, "purchases": [float(r[1]) for r in rows]})
    elif layout == "price_protection_credit":
        meta.append(("Price change effective", fmt.date(effective)))
    else:
        meta += [("Claim No.", claim), ("Claim date", fmt.date(issued - timedelta(days=rng.randrange(10, 45))))]
        notes["claim"] = claim
    to = f"<p class='b'>Credit to:</p><p class='b'>{esc(customer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in customer.address)
    first = (beside(letterhead, f"<p class='t' style='color:{theme.accent}'>{title}</p>" + kv_rows(meta, (100, 150)), (W - 250, 250))
             + f"<div class='box' style='margin-top:8pt;width:{W * 0.5:.0f}pt'>{to}</div>")
    if layout == "rebate_tier_statement":
        schedule = " · ".join(f"Tier {i}: {'up to ' + fmt.num(t) if t else 'above ' + fmt.num(tiers[i - 2][0])} - {r}%" for i, (t, r) in enumerate(tiers, 1))
        first += f"<p class='small' style='margin-top:6pt'>Tier schedule: {schedule}</p>"
        head = ["Product group", "Qualifying purchases", "Rebate rate", "Rebate"]
        cols = pts(W, 0.4, 0.24, 0.14, 0.22)
        numeric = {1, 2, 3}
        cells = [[esc(g), p(pur), f"{r}%", c(reb)] for g, pur, r, reb in rows]
    elif layout == "price_protection_credit":
        head = ["SKU", "Description", "Units on hand", "Old cost", "New cost", "Difference", "Credit"]
        cols = pts(W, 0.12, 0.32, 0.1, 0.11, 0.11, 0.11, 0.13)
        numeric = {2, 3, 4, 5, 6}
        cells = [[sku, esc(desc), str(units), p(old), p(new), fmt.money(diff), c(credit)] for sku, desc, units, old, new, diff, credit in rows]
    else:
        head = ["Activity", "Claimed", "Approved"]
        cols = pts(W, 0.56, 0.22, 0.22)
        numeric = {1, 2}
        cells = [[esc(a), p(cl), c(ap)] for a, cl, ap in rows]
    totals = []
    if tax_name:
        totals = [("Rebate (ex VAT)" if layout == "rebate_tier_statement" and country == "GB" else "Subtotal", c(net)), (f"{tax_name} {rate}%", c(tax)),
                  ("Total credit", c(total))]
    else:
        totals = [("Total credit" if layout != "rebate_tier_statement" else "Total rebate credit", c(total))]
    tail = ""
    if layout == "rebate_tier_statement":
        ytd = sum((r[1] for r in rows), D("0.00")) * pick(rng, [1, 2, 3])
        tail += (f"<div class='box' style='margin-top:8pt'><p class='b'>Year to date</p><p>Qualifying purchases: {p(money(ytd))}</p>"
                 f"<p>Rebates credited (incl. this note): {p(money(total * pick(rng, [1, 2, 3])))}</p></div>")
    if chance(rng, 0.5):
        balance = money(rng.uniform(2000, 90000))
        tail += f"<p style='margin-top:6pt'>This credit has been applied to account {account}. Account balance after this credit: {p(balance)}.</p>"
        notes["balance"] = float(balance)
    else:
        tail += "<p style='margin-top:6pt'>This credit will be offset against your next payment. Please do not pay this document.</p>"
    if layout == "coop_funds_credit":
        tail += "<p class='small'>Claims are approved against proof of performance; amounts above the agreed accrual are not approved.</p>"
    closing = f"<div style='margin-left:{W - 250:.0f}pt;margin-top:6pt'>{rows_html(totals, widths=(150, 100))}</div>" + tail

    def table(chunk) -> str:
        ths = "".join(f"<th style='width:{w};{'text-align:right' if j in numeric else ''}'>{h}</th>" for j, (h, w) in enumerate(zip(head, cols, strict=True)))
        body = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'r' if j in numeric else ''}'>{x}</td>" for j, (x, w) in enumerate(zip(row, cols, strict=True)))
                       + "</tr>" for row in chunk)
        return f"<table class='items'><tr>{ths}</tr>{body}</table>"

    sheet = paged(width, height, css, (36.0, 36.0, 36.0, 30.0), cells,
                  lambda chunk, page, last: (first if page == 0 else f"<p class='b'>{title} {number} (continued)</p>") + table(chunk) + (closing if last else ""),
                  footer=lambda pg, cnt: f"<p class='tiny' style='text-align:right'>{esc(vendor.name)} · Page {pg} of {cnt}</p>", footer_height=12.0)
    notes["sign_style"] = sign_style
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1, notes=notes)
