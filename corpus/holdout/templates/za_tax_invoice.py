"""South African tax invoice: a Pastel-style accounting print or a cloud-invoicing layout.

"TAX INVOICE" (the words the VAT Act requires), the supplier's VAT No. 4xxxxxxxxx (= tax id) and company
registration number `2019/123456/07` (a decoy), the customer's VAT number (a decoy) and account code
(= customer_id); Document No. / Invoice Number, Date, Customer Ref / Order No., Sales Code; lines with
Code, Quantity, Excl. Price, Disc %, VAT %, Excl. Total and Incl. Total (Pastel) or Description /
Quantity / Unit Price / VAT / Amount; VAT 15 % (zero-rated basic foodstuffs at 0 %); ZAR printed
`R 1 234,56`, `R1,234.56` or `R 1 234.56`; totals: Total Exclusive / Sub Total, Total VAT, Total /
Total Inclusive; a payment received before "Amount Due" (a decoy: the total is the invoice total);
banking details (bank, account name, account number, branch code, account type) and an EFT reference
instruction ("Please use INV0123 as reference"), B-BBEE level.
"""

from __future__ import annotations

import random
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, paged_sheet, pick
from corpus.holdout.catalog import totals_by_rate
from corpus.holdout.components import Theme, esc, lines_html, logo, rate
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import address, make_company
from corpus.holdout.locales import DATE_PATTERNS, Fmt
from corpus.holdout.money import money
from corpus.holdout.render import A4
from corpus.holdout.templates._third import lines_from

FAMILY = "za_tax_invoice"
DOCUMENT_TYPE = "invoice"

STD, ZERO = Decimal(15), Decimal(0)
ITEMS = [("Steel angle 50x50x5mm 6m", "len", 380, 620, False, STD), ("Galvanised roof sheet IBR 0.5mm", "m", 110, 190, True, STD),
         ("Cement 50kg PC 42.5N", "bag", 95, 135, False, STD), ("Labour - electrician", "hrs", 380, 650, True, STD),
         ("Call-out fee", "ea", 450, 950, False, STD), ("Solar inverter 5kW hybrid", "ea", 14500, 26900, False, STD),
         ("Lithium battery 5.12kWh", "ea", 18900, 32900, False, STD), ("Prepaid electricity meter installation", "ea", 1800, 3400, False, STD),
         ("Maize meal 10kg", "bag", 85, 140, False, ZERO), ("Brown bread 700g", "loaf", 16, 22, False, ZERO),
         ("Fresh milk 2L", "ea", 32, 42, False, ZERO), ("Cooking oil 5L", "ea", 150, 210, False, STD),
         ("Consulting - tax advisory", "hrs", 950, 2200, True, STD), ("Website hosting (annual)", "ea", 1200, 4800, False, STD),
         ("Safety boots size 9", "pair", 420, 890, False, STD), ("Courier - Johannesburg to Cape Town", "ea", 180, 650, False, STD),
         ("Printer paper A4 (box of 5 reams)", "box", 320, 520, False, STD), ("Diesel generator service", "ea", 2400, 6800, False, STD)]
BANKS = [("First National Bank", "250655"), ("Standard Bank", "051001"), ("ABSA Bank", "632005"), ("Nedbank", "198765"),
         ("Capitec Business", "450105"), ("Investec", "580105")]


def build(rng: random.Random) -> Built:
    vendor = make_company(rng, "ZA")
    customer = make_company(rng, "ZA")
    number_style = pick(rng, ["en", "space_dot", "fr"])
    fmt = Fmt(country="ZA", currency="ZAR", number_style=number_style, symbol="R", position=pick(rng, ["pre_space", "pre"]),
              date_pattern=pick(rng, DATE_PATTERNS["ZA"]), lang="en")
    issued, due, days = issue_and_due(rng, (7, 14, 30, 30, 30))
    layout = pick(rng, ["pastel", "cloud"])
    number = pick(rng, [f"INV{rng.randrange(1, 99999):05d}", f"IN{rng.randrange(100000, 999999)}", f"INV-{rng.randrange(1000, 9999)}",
                        f"TI{rng.randrange(1000, 99999)}"])
    long_order = chance(rng, 0.15)
    lines = lines_from(rng, ITEMS, rng.randrange(10, 16) if long_order else rng.randrange(1, 7))
    if long_order:
        more = lines_from(rng, ITEMS, rng.randrange(10, 16))
        for k, line in enumerate(more):
            line.description = f"{line.description} - site {k + 2}"
        lines += more
    rates, bases, taxes, net, tax, total = totals_by_rate(lines)
    account = pick(rng, [f"{customer.name[:3].upper()}{rng.randrange(1, 999):03d}", f"C{rng.randrange(1000, 99999)}", f"ACC{rng.randrange(100, 9999)}"])
    terms = pick(rng, ["due", "terms", "both"])
    terms_text = pick(rng, [f"{days} Days", f"{days} days from date of invoice", "C.O.D." if days == 7 else f"Nett {days} days"])
    doc = Doc(document_type=DOCUMENT_TYPE, locale="ZA", currency="ZAR", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=due if terms in ("due", "both") else None, payment_terms=terms_text if terms in ("terms", "both") else None,
              customer_id=account if chance(rng, 0.7) else None)
    paid = money(total * Decimal(pick(rng, ["0.5", "0.3", "1"]))) if chance(rng, 0.2) else None
    bank, branch = pick(rng, BANKS)

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times", "Courier"] if layout == "pastel" else ["Helvetica", "Times"]),
                       size=(7.5, 9.0), table=pick(rng, ["grid", "boxed", "rules"] if layout == "pastel" else ["zebra", "rules", "header_fill", "minimal"]))
    css = theme.css(".ttl{font-size:16pt;font-weight:bold} .cell{border:0.7pt solid #666;padding:2pt 4pt}")
    width, height = A4
    num, money_fmt = fmt.num, fmt.money
    vendor_block = (f"<p class='b' style='font-size:11pt'>{esc(vendor.name)}</p><p class='small'>{lines_html(vendor.address)}<br/>"
                    f"Tel: {esc(vendor.phone)} · {esc(vendor.email)}<br/>Reg No: {esc(vendor.extra['reg_no'])}<br/>"
                    f"{pick(rng, ['VAT No:', 'VAT Reg No:', 'VAT Number:'])} {esc(vendor.tax_id)}</p>")
    cust_vat = f"Customer VAT No: {esc(customer.tax_id)}" if chance(rng, 0.7) else ""
    deliver = address(rng, "ZA") if chance(rng, 0.5) else None
    meta = [(pick(rng, ["Document No.", "Invoice No.", "Invoice Number"]), esc(number)), ("Date", fmt.date(issued))]
    if doc.customer_id:
        meta.append((pick(rng, ["Account", "Customer Code", "Account No."]), esc(account)))
    if doc.due_date:
        meta.append(("Due Date", fmt.date(due)))
    if chance(rng, 0.5):
        meta.append(("Your Reference", f"PO{rng.randrange(1000, 99999)}"))
    if layout == "pastel":
        meta.append(("Sales Code", pick(rng, ["001", "HO", "JHB", "CPT02"])))
    if doc.payment_terms:
        meta.append(("Terms", esc(terms_text)))
    meta_html = "<table style='width:100%'>" + "".join(
        f"<tr><td class='cell b' style='width:45%'>{k}</td><td class='cell' style='width:55%'>{v}</td></tr>" for k, v in meta) + "</table>"
    to_block = f"<p class='small b'>{'Invoice To' if layout == 'pastel' else 'Bill To'}</p><p>{esc(customer.name)}<br/>{lines_html(customer.address)}</p>" + \
        (f"<p class='small'>{cust_vat}</p>" if cust_vat else "")
    deliver_block = (f"<p class='small b'>Deliver To</p><p>{lines_html(deliver)}</p>" if deliver else "")
    head = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(vendor.name, rng, theme.accent) if layout == 'cloud' else ''}{vendor_block}</td>"
            f"<td style='width:45%'><p class='ttl accent r'>TAX INVOICE</p>{meta_html}</td></tr></table>"
            f"<table style='width:100%;margin-top:8pt'><tr><td style='width:50%' class='boxed'>{to_block}</td>"
            f"<td style='width:50%' class='boxed'>{deliver_block}</td></tr></table>")
    if layout == "pastel":
        titles = [("Code", "left", 11), ("Description", "left", 31), ("Quantity", "right", 8), ("Excl. Price", "right", 11),
                  ("Disc %", "right", 7), ("VAT %", "right", 7), ("Excl. Total", "right", 12), ("Incl. Total", "right", 13)]
    else:
        titles = [("Description", "left", 50), ("Quantity", "right", 10), ("Unit Price", "right", 14), ("VAT", "right", 10),
                  ("Amount ZAR" if chance(rng, 0.5) else "Amount", "right", 16)]
    usable = width - 84 - 9 * len(titles)
    cols = [(t, a, f"{pct * usable / 100:.0f}pt") for t, a, pct in titles]
    th = "<tr>" + "".join(f"<th style='text-align:{a};width:{w}'>{t}</th>" for t, a, w in cols) + "</tr>"
    rows = []
    for k, line in enumerate(lines):
        if layout == "pastel":
            incl = line.amount + money(line.amount * line.tax_rate / 100)
            cells = [f"{line.description.split()[0][:4].upper()}{rng.randrange(100, 999)}", esc(line.description), fmt.qty(line.quantity),
                     num(line.unit_price), num(Decimal("0.00")) + "%", f"{rate(line.tax_rate)}%", num(line.amount), num(incl)]
        else:
            cells = [esc(line.description), fmt.qty(line.quantity), num(line.unit_price),
                     f"{rate(line.tax_rate)}%" if chance(rng, 0.6) else ("Zero Rated" if line.tax_rate == 0 else "15%"), num(line.amount)]
        alt = " class='alt'" if theme.table == "zebra" and k % 2 else ""
        rows.append(f"<tr{alt}>" + "".join(f"<td style='text-align:{a}'>{c}</td>" for c, (_t, a, _w) in zip(cells, cols, strict=True)) + "</tr>")
    if layout == "pastel":
        tot = [("Total Discount", num(Decimal("0.00"))), (pick(rng, ["Total Exclusive", "Sub Total"]), num(net)),
               ("Total VAT", num(tax)), (pick(rng, ["Total Inclusive", "Total"]), money_fmt(total))]
    else:
        vat_rows = [(f"Total VAT {rate(r)}%", num(taxes[r])) for r in rates if r] or [("Total VAT", num(tax))]
        tot = [("Subtotal", num(net))] + vat_rows + [(pick(rng, ["TOTAL ZAR", "Total"]), money_fmt(total))]
        if any(r == 0 for r in rates) and chance(rng, 0.5):
            tot.insert(1, ("Zero-rated supplies", num(bases[ZERO])))
    if paid is not None:
        tot += [("Less Amount Paid", f"-{num(paid)}"), (pick(rng, ["Amount Due", "Balance Due"]), money_fmt(total - paid))]
    elif chance(rng, 0.5):
        tot.append(("Amount Due", money_fmt(total)))
    tot_html = "<table style='width:100%'>" + "".join(
        f"<tr><td style='width:58%' class='{'b' if i == len(tot) - 1 else ''}'>{k}</td><td style='width:42%' class='r {'b' if i == len(tot) - 1 else ''}'>{v}</td></tr>"
        for i, (k, v) in enumerate(tot)) + "</table>"
    banking = (f"<p class='b'>Banking Details</p><p class='small'>Bank: {bank}<br/>Account Name: {esc(vendor.name)}<br/>"
               f"Account Number: {rng.randrange(10**9, 10**10) if chance(rng, 0.5) else rng.randrange(10**10, 10**11)}<br/>"
               f"Branch Code: {branch}<br/>Account Type: {pick(rng, ['Cheque', 'Current', 'Business Cheque'])}</p>"
               f"<p class='small'>{pick(rng, ['Please use', 'Use'])} {esc(number)} {pick(rng, ['as your payment reference.', 'as reference when paying by EFT.'])}"
               " Proof of payment to " + esc(vendor.email or "") + "</p>")
    tail = (f"<table style='width:100%;margin-top:8pt'><tr><td style='width:52%'>{banking}</td><td style='width:48%'>{tot_html}</td></tr></table>"
            + (f"<p class='tiny muted'>{esc(vendor.name)} is a Level {rng.randrange(1, 5)} B-BBEE contributor. Goods remain the property of "
               f"{esc(vendor.name)} until paid in full. E&amp;OE.</p>"))

    def body(chunk, index, is_last):
        top = head if index == 0 else f"<p class='b'>TAX INVOICE {esc(number)} - {esc(vendor.name)} (continued)</p>"
        return top + f"<table class='items'>{th}{''.join(chunk)}</table>" + (tail if is_last else "")

    sheet = paged_sheet(width, height, css, (42, 36, 42, 30), rows, body,
                        footer=lambda n, c: f"<p class='tiny r'>Page {n} of {c}</p>", footer_height=10)
    return Built(doc=doc, sheet=sheet, template=f"za_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"number_style": number_style, "paid": float(paid) if paid else None})
