"""Japanese business invoice printed in English under the qualified invoice system (invoice system, 2023-).

The issuer's registration number `T` + 13 digits (the corporate number with its check digit; the
truth's tax id), customer "Messrs. ..." with a customer code, yen without decimals (`¥1,234,000`,
`¥1,234,000-`, `1,234,000 yen`), dates `2025/03/14`, reduced-rate items marked `*` (8 %: food and drink)
beside standard ones (10 %), the consumption tax stated once per rate (rounded down) in a summary of
taxable amount and tax per rate, "Total amount (tax included)", a closing date and a payment due date,
bank transfer details (bank, branch and its number, ordinary account, holder in capitals: decoys).
Three prints: a classic form with a seal box and the amount billed in a box, a cloud invoicing app,
and a monthly closing invoice whose "amount billed this month" adds last month's unpaid balance.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_FLOOR, Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fifth import JP_SURNAMES, jp_company
from corpus.holdout.money import fmt_date, fmt_number, random_date
from corpus.holdout.render import A4

FAMILY = "jp_qualified_invoice"
DOCUMENT_TYPE = "invoice"

STD, RED = Decimal(10), Decimal(8)
# (description, unit, low, high, rate); prices in whole yen
ITEMS = [("Precision bearing unit BU-2040", "pcs", 1800, 9800, STD), ("Aluminium frame 40x40 L=1000", "pcs", 2400, 6800, STD),
         ("System maintenance fee (monthly)", "set", 30000, 180000, STD), ("Cloud server usage fee", "month", 12000, 90000, STD),
         ("On-site support (engineer)", "hours", 8000, 15000, STD), ("Copy paper A4 (2,500 sheets)", "box", 2800, 4200, STD),
         ("Toner cartridge TN-29J", "pcs", 9800, 21000, STD), ("Delivery charge", "lot", 1100, 5500, STD),
         ("Design fee - product catalogue", "set", 80000, 350000, STD), ("Packing materials", "lot", 3000, 15000, STD),
         ("Bottled green tea 500ml (24 bottles)", "case", 2200, 3600, RED), ("Drip coffee bags (100 pcs)", "box", 2400, 4800, RED),
         ("Assorted rice crackers", "box", 1200, 3200, RED), ("Boxed lunch (bento)", "pcs", 650, 1400, RED),
         ("Mineral water 2L (6 bottles)", "case", 900, 1600, RED)]
BANKS = ["Mizuho Bank", "MUFG Bank", "Sumitomo Mitsui Banking Corporation", "Resona Bank", "Japan Post Bank", "Chiba Bank"]


def yen(value: Decimal) -> str:
    return fmt_number(value, "en", decimals=0)


def floor_tax(base: Decimal, rate_: Decimal) -> Decimal:
    return (base * rate_ / 100).quantize(Decimal(1), rounding=ROUND_FLOOR)


def _line_of(rng: random.Random, item: tuple[str, str, int, int, Decimal]) -> Line:
    desc, unit, low, high, rate_ = item
    price = Decimal(rng.randrange(low, high) // 10 * 10)
    qty = Decimal(pick(rng, [1, 1, 2, 3, 5, 10, 12, 20])) if unit not in ("month", "set") else Decimal(1)
    if unit == "hours":
        qty = Decimal(rng.randrange(2, 24)) / 2
        price = price // 100 * 100
    return Line(desc, qty, price, qty * price, unit, tax_rate=rate_)


def _lines(rng: random.Random, count: int) -> list[Line]:
    return [_line_of(rng, item) for item in rng.sample(ITEMS, count)]


def build(rng: random.Random) -> Built:
    vendor = jp_company(rng)
    vendor.tax_id = "T" + vendor.extra["corporate_number"]
    customer = jp_company(rng)
    layout = pick(rng, ["classic", "cloud", "monthly"])
    pattern = pick(rng, ["ymd_slash", "ymd_slash", "ymd_slash", "iso", "month_d_y", "d_mon_y"])
    issued = random_date(rng, date(2023, 10, 2), 800)
    if layout == "monthly":                     # closing-date invoices are dated the closing day
        issued = (issued.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    month_end = chance(rng, 0.6)               # "closing at month-end, payment at the end of the following month"
    days = pick(rng, [14, 30, 30, 45])
    due = (issued.replace(day=28) + timedelta(days=35)).replace(day=1) - timedelta(days=1) if month_end else issued + timedelta(days=days)
    count = rng.randrange(2, 7) if not chance(rng, 0.15) else rng.randrange(9, 14)
    lines = _lines(rng, min(count, len(ITEMS)))
    if layout == "monthly" and chance(rng, 0.35):   # a month of delivery slips: the same goods on several days
        while len(lines) < 28:
            lines += _lines(rng, rng.randrange(3, 7))
    if not any(ln.tax_rate == RED for ln in lines) and chance(rng, 0.5):   # office refreshments at the reduced rate
        lines[-1] = _line_of(rng, rng.choice([item for item in ITEMS if item[4] == RED]))
    rates = sorted({ln.tax_rate for ln in lines}, reverse=True)
    bases = {r: sum((ln.amount for ln in lines if ln.tax_rate == r), Decimal(0)) for r in rates}
    taxes = {r: floor_tax(bases[r], r) for r in rates}
    net = sum(bases.values(), Decimal(0))
    tax = sum(taxes.values(), Decimal(0))
    total = net + tax
    number = pick(rng, [f"{issued.year}-{issued.month:02d}{rng.randrange(1, 99):02d}", f"INV-{rng.randrange(1, 99999):06d}",
                        f"S{issued.strftime('%y%m%d')}-{rng.randrange(1, 30):03d}", f"No.{rng.randrange(10000, 99999)}"])
    customer_id = f"{rng.randrange(1000, 99999)}" if chance(rng, 0.5) else None
    terms = (pick(rng, ["Payment at the end of the following month", "Closing at month-end, payment at end of following month"])
             if month_end else f"Net {days} days") if chance(rng, 0.35) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale="JP", currency="JPY", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=due, payment_terms=terms, customer_id=customer_id)

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.5),
                       table="grid" if layout != "cloud" else pick(rng, ["rules", "minimal", "header_fill"]))
    css = theme.css(".ttl{font-size:18pt;font-weight:bold;letter-spacing:3pt} .seal{border:1.2pt solid #c62828;color:#c62828;"
                    "font-size:7pt;padding:4pt;text-align:center} .amt{font-size:15pt;font-weight:bold} .cell{border:0.7pt solid #444;padding:3pt 5pt}"
                    " .cap{font-size:6.5pt;color:#666}")
    width, height = A4

    def d(value: date) -> str:
        return fmt_date(value, pattern, "en")

    mark = pick(rng, ["¥{}", "¥{}-", "{} yen", "JPY {}"])

    def big(value: Decimal) -> str:
        return mark.format(yen(value))

    cust_line = pick(rng, [f"Messrs. {esc(customer.name)}", f"{esc(customer.name)} &nbsp;(Accounts Payable)", f"To: {esc(customer.name)}"])
    attn = f"<br/>Attn: {pick(rng, ['Accounting Department', 'Purchasing Dept.', 'Mr. ' + pick(rng, JP_SURNAMES)])}" if chance(rng, 0.5) else ""
    cust_html = (f"<p class='b' style='font-size:11pt;border-bottom:0.8pt solid #000'>{cust_line}</p>"
                 f"<p class='small'>{lines_html(customer.address)}{attn}</p>")
    reg_label = pick(rng, ["Registration No.", "Qualified Invoice Issuer No.", "Invoice Registration Number", "Registration number:"])
    issuer = (f"<p class='b'>{esc(vendor.name)}</p><p class='small'>{lines_html(vendor.address)}<br/>TEL {esc(vendor.phone)}<br/>"
              f"{reg_label} {esc(vendor.tax_id)}</p>")
    meta = [(pick(rng, ["Invoice No.", "Invoice Number", "No."]), esc(number)), (pick(rng, ["Date of issue", "Invoice date", "Date"]), d(issued))]
    if customer_id:
        meta.append((pick(rng, ["Customer code", "Customer No."]), customer_id))
    if layout == "monthly":
        meta.append(("Closing date", d(issued)))
    meta.append((pick(rng, ["Payment due date", "Due date", "Payment deadline"]), d(due)))
    meta_html = "<table class='kv'>" + "".join(f"<tr><td class='b'>{k}</td><td>{v}</td></tr>" for k, v in meta) + "</table>"

    rate_col = pick(rng, ["mark", "column"])
    head_cells = ["Date", "Slip No."] if layout == "monthly" else []
    head_cells += ["Description", "Qty", "Unit", "Unit price", "Amount"] + (["Tax rate"] if rate_col == "column" else [])
    slip_dates = sorted(issued - timedelta(days=rng.randrange(0, 27)) for _ in lines)
    rows = []
    for k, ln in enumerate(lines):
        cells = [d(slip_dates[k]), f"{rng.randrange(10000, 99999)}"] if layout == "monthly" else []
        desc = esc(ln.description) + (" *" if rate_col == "mark" and ln.tax_rate == RED else "")
        cells += [desc, str(ln.quantity.normalize()) if ln.quantity % 1 else str(int(ln.quantity)), ln.unit, yen(ln.unit_price), yen(ln.amount)]
        if rate_col == "column":
            cells.append(f"{int(ln.tax_rate)}%" + ("*" if ln.tax_rate == RED else ""))
        rows.append(cells)
    aligns = (["left", "left"] if layout == "monthly" else []) + ["left", "right", "left", "right", "right"] + (["center"] if rate_col == "column" else [])
    th = "<tr>" + "".join(f"<th style='text-align:{a}'>{c}</th>" for c, a in zip(head_cells, aligns, strict=True)) + "</tr>"

    def table(chunk) -> str:
        body_rows = "".join("<tr>" + "".join(f"<td style='text-align:{a}'>{c}</td>" for c, a in zip(r, aligns, strict=True)) + "</tr>"
                            for r in chunk)
        return f"<table class='items'>{th}{body_rows}</table>"

    summary_rows = "".join(f"<tr><td class='cell'>{int(r)}% {'(reduced rate)' if r == RED else 'target'}</td>"
                           f"<td class='cell r'>{yen(bases[r])}</td><td class='cell r'>{yen(taxes[r])}</td></tr>" for r in rates)
    summary = (f"<table style='width:100%;margin-top:6pt'><tr><td style='width:40%'></td><td style='width:60%'>"
               f"<table style='width:100%'><tr><td class='cell b' style='width:40%'>Tax rate</td><td class='cell b r' style='width:30%'>"
               f"{pick(rng, ['Taxable amount', 'Amount (excl. tax)'])}</td><td class='cell b r' style='width:30%'>Consumption tax</td></tr>"
               f"{summary_rows}</table></td></tr></table>")
    totals = (f"<table style='width:100%;margin-top:4pt'><tr><td style='width:55%'></td><td style='width:45%'><table style='width:100%'>"
              f"<tr><td style='width:60%'>{pick(rng, ['Subtotal', 'Subtotal (excl. tax)'])}</td><td class='r' style='width:40%'>{yen(net)}</td></tr>"
              f"<tr><td>{pick(rng, ['Consumption tax', 'Consumption tax total', 'Tax'])}</td><td class='r'>{yen(tax)}</td></tr>"
              f"<tr class='grand'><td>{pick(rng, ['Total amount (tax included)', 'Total (incl. tax)', 'Grand total'])}</td>"
              f"<td class='r'>{big(total)}</td></tr></table></td></tr></table>")
    note_red = "<p class='tiny'>* Items subject to the reduced tax rate (8%)</p>" if RED in rates else ""
    bank = pick(rng, BANKS)
    holder = vendor.name.upper().replace("CO., LTD.", "(KABU)").replace("CORPORATION", "(KABU)").replace("INC.", "(KABU)")
    bank_html = (f"<table style='width:100%;margin-top:8pt'><tr><td class='cell small'><b>Bank transfer details</b><br/>"
                 f"{bank}, {pick(rng, ['Nihonbashi', 'Shinjuku', 'Umeda', 'Nagoya', 'Hakata', 'Head Office'])} Branch ({rng.randrange(1, 999):03d})<br/>"
                 f"{pick(rng, ['Ordinary', 'Ordinary account', 'Current account'])} No. {rng.randrange(10**6, 10**7)}<br/>"
                 f"Account holder: {esc(holder)}<br/>{pick(rng, ['Bank transfer fees are to be borne by the customer.', 'Please bear the transfer fee.'])}"
                 f"</td></tr></table>")
    if terms:
        bank_html += f"<p class='small'>Payment terms: {esc(terms)}</p>"

    if layout == "classic":
        head = (f"<p class='ttl c'>INVOICE</p><table style='width:100%;margin-top:10pt'><tr><td style='width:55%'>{cust_html}"
                f"<p style='margin-top:8pt'>We hereby invoice you as follows.</p>"
                f"<table style='width:90%;margin-top:6pt'><tr><td class='cell b' style='width:45%'>Amount billed<br/><span class='cap'>(tax included)</span></td>"
                f"<td class='cell amt' style='width:55%'>{big(total)}</td></tr></table></td>"
                f"<td style='width:45%'>{meta_html}<table style='width:100%;margin-top:6pt'><tr><td style='width:72%'>{issuer}</td>"
                f"<td style='width:28%'><p class='seal'>{esc(vendor.name.split()[0].upper())}<br/>SEAL</p></td></tr></table></td></tr></table>")
    elif layout == "cloud":
        head = (f"<table style='width:100%'><tr><td style='width:50%'><p class='big b accent'>Invoice</p>{cust_html}</td>"
                f"<td style='width:50%'>{meta_html}<div style='margin-top:6pt'>{issuer}</div></td></tr></table>"
                f"<table style='width:100%;margin-top:8pt'><tr><td style='width:35%' class='band'>{pick(rng, ['Amount due', 'Invoice amount'])}"
                f"</td><td style='width:65%' class='amt'>{big(total)}</td></tr></table>")
    else:
        previous = Decimal(rng.randrange(50000, 2_000_000) // 10 * 10)
        received = previous if chance(rng, 0.6) else previous - Decimal(rng.randrange(1000, int(previous) // 2) // 10 * 10)
        carried = previous - received
        boxes = [("Previous billing", previous), ("Payment received", received), ("Carried forward", carried),
                 ("Purchases this month", net), ("Consumption tax", tax), ("Amount billed this month", carried + total)]
        strip = "<table style='width:100%;margin-top:8pt'><tr>" + "".join(
            f"<td class='cell c'><span class='cap'>{k}</span><br/><b>{yen(v)}</b></td>" for k, v in boxes) + "</tr></table>"
        head = (f"<p class='ttl c'>INVOICE (MONTHLY STATEMENT)</p><table style='width:100%;margin-top:8pt'><tr><td style='width:55%'>"
                f"{cust_html}</td><td style='width:45%'>{meta_html}<div style='margin-top:4pt'>{issuer}</div></td></tr></table>{strip}")

    def body(chunk, index, is_last):
        top = head if index == 0 else f"<p class='b'>Invoice {esc(number)} (continued)</p>"
        return top + table(chunk) + (note_red + summary + totals + bank_html if is_last else "")

    sheet = paged_sheet(width, height, css, (40, 34, 40, 26), rows, body,
                        footer=lambda n, c: f"<p class='tiny r muted'>{n} / {c}</p>" if c > 1 else "", footer_height=12)
    return Built(doc=doc, sheet=sheet, template=f"jp_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"rates": [int(r) for r in rates], "yen_mark": mark})
