"""Chain pharmacy till receipt (CVS / Walgreens / Boots look): US drugstore roll, UK chemist roll.

Store name, store number (decoy), address and phone; register / cashier / store numbers (decoys);
prescription pick-ups with the Rx number on their own line ("RX# 1234567-04": decoys), front-store
items with a tax flag (US: T taxable, N not; UK: VAT code A 20 %, Z zero-rated / exempt for NHS
prescription charges), "2 @ 3.49" multi-buys, sale / loyalty / coupon savings as negative lines under
the item they apply to, "YOU SAVED" and year-to-date savings (decoy amounts), SUBTOTAL, sales tax on
the taxable items only, TOTAL / BALANCE DUE, card, HSA / FSA (with an "FSA/HSA eligible" amount, a
decoy) or cash with change, loyalty card number, the return policy with a return-by date in it (a
decoy), a receipt / reference number under the barcode (= id).

Truth: receipt, customer null; lines = items (quantity and unit price only on multi-buys), Rx
pick-ups (amount = the copay) and savings (negative); US: net = SUBTOTAL, tax = the tax line; UK:
prices include VAT, the lines add up to the total, tax = the VAT in the analysis, net = the analysis'
net total when printed.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal

import pymupdf

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import PLACE_WORDS, make_company
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import Box, Sheet, _story, fits
from corpus.holdout.templates._third import included_tax

FAMILY = "pharmacy_receipt"
DOCUMENT_TYPE = "receipt"

US_ITEMS = [("ADVIL LIQUI-GELS 80CT", 11.99, 15.49, True), ("CLARITIN 24HR 30CT", 24.99, 32.99, True), ("ZYRTEC ALLERGY 45CT", 27.99, 36.99, True),
            ("TYLENOL X-STR 100CT", 10.99, 13.99, True), ("HALLS COUGH DROPS", 2.49, 3.29, True), ("CERAVE MOIST LOTN 19OZ", 15.99, 19.99, True),
            ("CHARMIN ULTRA 6MEGA", 9.99, 13.49, True), ("BAND-AID ASST 30CT", 4.49, 6.29, True), ("COCA-COLA 20OZ", 2.29, 2.79, True),
            ("NATURE MADE VIT D3", 11.49, 16.99, True), ("MILK 2% HALF GAL", 3.29, 4.49, False), ("DORITOS NACHO 9.25OZ", 4.99, 5.79, True),
            ("FLU SHOT ADMIN", 0.0, 0.0, False)]
UK_ITEMS = [("Paracetamol 500mg 16s", 0.45, 0.99, True), ("Ibuprofen 200mg 16s", 0.55, 1.29, True), ("Lemsip Max Cold & Flu 16s", 4.79, 6.49, True),
            ("No7 Protect & Perfect Serum 30ml", 24.95, 29.95, True), ("Simple Kind to Skin Moisturiser", 3.99, 5.49, True),
            ("Colgate Total Toothpaste 75ml", 2.50, 4.00, True), ("Meal Deal", 3.99, 4.49, True), ("Piriton Allergy Tablets 30s", 4.29, 5.99, True),
            ("Sanex Shower Gel 450ml", 1.99, 3.49, True), ("Nurofen Express 16s", 3.49, 4.79, True)]


def _fits_whole(html: str, css: str, rect: tuple[float, float, float, float]) -> bool:
    """`fits`, and the laid-out content ends inside the rectangle: near some heights MuPDF reports
    nothing left over yet has placed the tail below the rectangle (then clipped from the page)."""
    if not fits(html, css, rect):
        return False
    _more, filled = _story(html, css).place(pymupdf.Rect(rect))
    return filled[3] <= rect[3] + 0.5


def build(rng: random.Random) -> Built:
    country = pick(rng, ["US", "US", "GB"])
    store = make_company(rng, country)
    chain = pick(rng, ["Hollis", "Westbrook", "CareWell", "Medway", "Kingsley", "Allcure"] + PLACE_WORDS["en"][:3])
    store.name = pick(rng, [f"{chain} Pharmacy", f"{chain} Drug", f"{chain} Pharmacy & Health"]) if country == "US" else \
        pick(rng, [f"{chain} Chemist", f"{chain} Pharmacy", f"{chain} Health & Beauty"])
    if country == "US":
        store.tax_id = None
    fmt = Fmt.pick(rng, country, date_pattern="mdy_slash" if country == "US" else "dmy_slash")
    layout = pick(rng, ["us_chain", "us_chain", "us_independent"]) if country == "US" else "uk_chemist"
    if layout == "us_independent":            # a family-run drugstore: no loyalty scheme, counselling and signature lines
        store.name = f"{pick(rng, ['Miller', 'Patel', 'Nguyen', 'Russo', 'Harmon', 'Delgado'])} {pick(rng, ['Family Pharmacy', 'Drug Store', 'Apothecary'])}"
    day = random_date(rng)
    when = datetime(day.year, day.month, day.day, rng.randrange(8, 22), rng.randrange(60))
    store_no = f"{rng.randrange(1, 99999):05d}" if country == "US" else f"{rng.randrange(100, 9999):04d}"
    width = pick(rng, [204.0, 226.8]) if country == "US" else pick(rng, [164.4, 226.8])
    lines: list[Line] = []
    rows: list[tuple[str, str, str]] = []        # (label, amount text, flag)
    sub_rows: dict[int, str] = {}                  # row index -> detail line under it
    taxable: list[bool] = []
    rx_count = rng.randrange(0, 3) if country == "US" else (1 if chance(rng, 0.4) else 0)
    for _ in range(rx_count):
        rx = f"RX# {rng.randrange(10**6, 10**7)}-{rng.randrange(1, 12):02d}" if country == "US" else f"Rx {rng.randrange(10**6, 10**7)}"
        if country == "US":
            copay = money(pick(rng, ["0.00", "5.00", "10.00", "15.00", "4.00", "35.00", "12.47"]))
            desc = pick(rng, ["PHARMACY RX", "RX PRESCRIPTION", "RX COPAY"])
        else:
            copay, desc = Decimal("9.90"), "NHS Prescription Charge"
        lines.append(Line(desc, None, None, copay))
        rows.append((desc, fmt.num(copay), "N" if country == "US" else "Z"))
        sub_rows[len(rows) - 1] = rx
        taxable.append(False)
    catalog = US_ITEMS if country == "US" else UK_ITEMS
    for name, low, high, is_taxable in rng.sample(catalog, rng.randrange(2, 8)):
        if high == 0:
            continue
        price = money(rng.uniform(low, high))
        if country == "US":
            price = money(f"{int(price)}.{pick(rng, ['49', '79', '99', '29', '69'])}")
        if chance(rng, 0.2):
            quantity = Decimal(pick(rng, [2, 2, 3]))
            line = Line(name, quantity, price, money(quantity * price))
            rows.append((name, fmt.num(line.amount), ("T" if is_taxable else "N") if country == "US" else ("A" if is_taxable else "Z")))
            sub_rows[len(rows) - 1] = f"{quantity} @ {fmt.num(price)}"
        else:
            line = Line(name, None, None, price)
            rows.append((name, fmt.num(price), ("T" if is_taxable else "N") if country == "US" else ("A" if is_taxable else "Z")))
        lines.append(line)
        taxable.append(is_taxable)
        if chance(rng, 0.35):
            saving = -money(line.amount * Decimal(pick(rng, ["0.20", "0.25", "0.33", "0.5"])))
            label = pick(rng, ["SALE SAVINGS", "REWARDS SAVINGS", "COUPON", "BOGO 50% OFF"]) if country == "US" else \
                pick(rng, ["3 for 2 Saving", "Offer Saving", "Advantage Price"])
            lines.append(Line(label, None, None, saving))
            rows.append((label, fmt.num(saving), ""))
            taxable.append(is_taxable)
    gross = sum((ln.amount for ln in lines), Decimal("0.00"))
    saved = -sum((ln.amount for ln in lines if ln.amount < 0), Decimal("0.00"))
    taxable_base = sum((ln.amount for ln, t in zip(lines, taxable, strict=True) if t), Decimal("0.00"))
    if country == "US":
        rate = Decimal(pick(rng, ["6.25", "7", "8.25", "8.875", "6", "9.5"]))
        tax = money(taxable_base * rate / 100)
        net, total, lines_sum_to = gross, gross + tax, "net"
    else:
        rate = Decimal(20)
        tax = included_tax(taxable_base, rate)
        total, lines_sum_to = gross, "total"
        net = gross - tax if chance(rng, 0.6) else None
    receipt_no = f"{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}" \
        if country == "US" else f"{rng.randrange(10**7, 10**8)}"
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=store, customer=None, invoice_ids=[receipt_no],
              document_date=day, total=total, net=net, tax=tax, lines=lines, lines_sum_to=lines_sum_to)

    theme = Theme.pick(rng, font=pick(rng, ["Courier", "Courier", "Helvetica"]), size=(7.0, 8.0), table="minimal")
    css = theme.css(".hd{font-weight:bold;font-size:9.5pt} .sm{font-size:6.5pt} .c{text-align:center} td{padding:0.5pt 1pt}")
    t = str.upper if country == "US" else str
    rule = "<p class='c'>" + ("-" * (30 if width < 200 else 40)) + "</p>"
    parts = [f"<p class='c hd'>{esc(t(store.name))}</p>", f"<p class='c'>{'<br/>'.join(esc(t(a)) for a in store.address)}</p>",
             f"<p class='c'>{esc(store.phone)}</p>"]
    if layout == "us_independent":
        parts.append(f"<p>Trans {rng.randrange(10**4, 10**5)} Term {rng.randrange(1, 4)} Clerk {pick(rng, ['JM', 'AP', 'KD', 'RS'])}</p>")
    elif country == "US":
        parts.append(f"<p class='c'>STORE #{store_no}</p><p>REG {rng.randrange(1, 12):02d} CSHR {rng.randrange(1000, 9999)} STR {store_no}</p>")
    else:
        parts.append(f"<p class='c'>VAT No. {esc(store.tax_id)}</p><p>Store {store_no} Till {rng.randrange(1, 9)} Op {rng.randrange(100, 999)}</p>")
    parts.append(rule)
    item_rows = []
    for i, (label, amount, flag) in enumerate(rows):
        if i in sub_rows and "@" in sub_rows[i]:
            item_rows.append(f"<tr><td style='width:72%'>{esc(label)}</td><td style='width:28%'></td></tr>"
                             f"<tr><td style='padding-left:8pt'>{esc(sub_rows[i])}</td><td class='r'>{amount} {flag}</td></tr>")
        else:
            item_rows.append(f"<tr><td style='width:72%'>{esc(label)}</td><td style='width:28%' class='r'>{amount} {flag}</td></tr>")
            if i in sub_rows:
                item_rows.append(f"<tr><td style='padding-left:8pt'>{esc(sub_rows[i])}</td><td></td></tr>")
    parts.append(f"<table style='width:100%'>{''.join(item_rows)}</table>{rule}")
    if country == "US":
        sums = [("SUBTOTAL", fmt.num(net)), (f"{pick(rng, ['SALES TAX', 'TAX'])} {rate}%" if chance(rng, 0.6) else "TAX", fmt.num(tax)),
                (pick(rng, ["TOTAL", "BALANCE DUE"]), fmt.money(total))]
    else:
        sums = [(pick(rng, ["TOTAL", "Total to pay", "BALANCE DUE"]), fmt.money(total))]
    parts.append("<table style='width:100%'>" + "".join(
        f"<tr><td style='width:60%' class='{'hd' if k.upper().startswith(('TOTAL', 'BALANCE')) else ''}'>{k}</td>"
        f"<td style='width:40%' class='r {'hd' if k.upper().startswith(('TOTAL', 'BALANCE')) else ''}'>{v}</td></tr>" for k, v in sums) + "</table>")
    tender = pick(rng, ["VISA", "MASTERCARD", "HSA/FSA", "CASH"] if country == "US" else ["VISA CONTACTLESS", "MASTERCARD", "CASH"])
    if tender == "CASH":
        given = money((total / 5).to_integral_value() * 5 + 5) if total > 0 else Decimal("0.00")
        parts.append(f"<table style='width:100%'><tr><td style='width:60%'>CASH</td><td style='width:40%' class='r'>{fmt.num(given)}</td></tr>"
                     f"<tr><td>CHANGE</td><td class='r'>{fmt.num(given - total)}</td></tr></table>")
    else:
        parts.append(f"<table style='width:100%'><tr><td style='width:60%'>{tender}</td><td style='width:40%' class='r'>{fmt.num(total)}</td></tr></table>"
                     f"<p class='sm'>ACCT ************{rng.randrange(1000, 9999)}<br/>AUTH {rng.randrange(10**5, 10**6)} · "
                     f"{pick(rng, ['CHIP READ', 'CONTACTLESS', 'SWIPED'])}</p>")
    if country == "US" and (tender == "HSA/FSA" or chance(rng, 0.3)):
        eligible = sum((ln.amount for ln, tx in zip(lines, taxable, strict=True) if not tx and ln.amount > 0), Decimal("0.00")) + money(rng.uniform(1, 20))
        parts.append(f"<p class='sm'>FSA/HSA ELIGIBLE TOTAL {fmt.num(eligible)}</p>")
    if saved and chance(rng, 0.8):
        parts.append(f"<p class='c b'>{'YOU SAVED' if country == 'US' else 'You saved'} {fmt.money(saved)} {'TODAY' if country == 'US' else 'today'}</p>")
    if layout == "us_independent":
        parts.append("<p class='sm'>I have received my prescription(s) and was offered counseling: ACCEPTED / DECLINED</p>"
                     "<p class='sm'>Signature ______________________</p>")
    else:
        parts.append(f"<p class='c sm'>{pick(rng, ['REWARDS CARD', 'LOYALTY #', 'Advantage Card'])} ************{rng.randrange(1000, 9999)}"
                     + (f"<br/>YEAR-TO-DATE SAVINGS {fmt.money(money(rng.uniform(20, 600)))}" if country == "US" else f"<br/>Points earned {rng.randrange(4, 400)}") + "</p>")
    returns_by = day + timedelta(days=pick(rng, [30, 35, 60, 90]))
    parts.append(f"{rule}<p class='sm'>{t('Returns with receipt by')} {fmt.date(returns_by)}. "
                 + t("Prescriptions and opened medicines cannot be returned. Refunds to original tender.") + "</p>")
    parts.append(f"<p class='c'>{when.strftime('%I:%M %p')} {fmt.date(day)}</p>"
                 f"<p class='c' style='font-size:15pt;letter-spacing:-1pt'>&#9612;&#9613;&#9614;&#9612;&#9615;&#9612;&#9613;&#9612;&#9614;&#9612;</p>"
                 f"<p class='c'>{'Receipt #' if layout == 'us_independent' else 'RFN#' if country == 'US' else 'Receipt No.'} {receipt_no}</p>")
    if country == "GB":
        vat_rows = f"<tr><td>A 20%</td><td class='r'>{fmt.num(taxable_base - tax)}</td><td class='r'>{fmt.num(tax)}</td></tr>"
        zero = total - taxable_base
        if zero:
            vat_rows += f"<tr><td>Z 0%</td><td class='r'>{fmt.num(zero)}</td><td class='r'>0.00</td></tr>"
        if net is not None:
            vat_rows += f"<tr><td class='b'>Total</td><td class='r b'>{fmt.num(net)}</td><td class='r b'>{fmt.num(tax)}</td></tr>"
        parts.insert(-3, "<table style='width:100%'><tr><td style='width:34%'>VAT</td><td style='width:33%' class='r'>Net</td>"
                         f"<td style='width:33%' class='r'>VAT</td></tr>{vat_rows}</table>")
    parts.append(f"<p class='c'>{t(pick(rng, ['Thank you for shopping with us', 'Get well soon!', 'Thank you']))}</p>")
    html = "".join(parts)
    margin = 8.0
    height = 320.0
    while not _fits_whole(html, css, (margin, margin, width - margin, margin + height)):
        height += 20.0
    sheet = Sheet(width=width, height=height + 2 * margin, css=css, pages=[[Box((margin, margin, width - margin, margin + height), html)]])
    return Built(doc=doc, sheet=sheet, template=f"pharmacy_{layout}", notes={"rx": rx_count, "returns_by": returns_by.isoformat(), "tender": tender})
