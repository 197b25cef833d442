"""New Zealand tax invoice (GST 15 %).

Three prints: an accounting-package invoice in Xero's manner ("TAX INVOICE", the customer's address
unlabelled at the left, Invoice Date / Invoice Number / Reference / GST Number stacked in a middle column,
the supplier's address at the right, a GST column of "15%", Subtotal / TOTAL GST 15% / TOTAL NZD, sometimes
"Less Amount Paid" and "AMOUNT DUE NZD", "Due Date:" and the detachable PAYMENT ADVICE slip repeating the
supplier, the customer, the invoice number and the amount due); a desktop-accounting print in MYOB's manner
(boxed Invoice No. / Date / Customer PO / Page cells, Bill To and Ship To, item codes, "Terms: Due 20th of
the month following", Subtotal / Freight line / GST / Total Inc. GST, Paid Today and Balance Due); and a
tradesman's invoice (electrician / plumber letterhead with a registration or licence number and a mobile,
job number and job address, labour hours x rate, materials, van charge, "Payment due 20th of the month
following", direct credit to a bank account, a deposit taken off before the balance to pay).

Truth: vendor = the supplier (letterhead; the payment advice repeats it); tax id = the GST number as
printed (`123-456-789` or the eight-digit `12-345-678`, mod-11 check); NZBN, bank account, registration /
licence and certificate numbers, Reference / Customer PO / job number and the job or ship-to address are
decoys. Net = Subtotal, tax = the GST, total = TOTAL NZD / Total Inc. GST / Total (incl. GST); amount due
or balance after a payment or deposit is a decoy. Payment terms as printed ("Due 20th of the month
following"); the due date only where printed (Xero always prints it).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line, line_sum, make_lines, tax_on
from corpus.holdout.components import Col, Theme, esc, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import person_name
from corpus.holdout.fakes_eighth import fmt_of
from corpus.holdout.fakes_ninth import nz_bank_account, nz_party
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._eighth import flowing_sheet

FAMILY = "nz_gst_invoice"
DOCUMENT_TYPE = "invoice"
BANKS = ["ANZ", "ASB", "BNZ", "Westpac", "Kiwibank"]
TRADE_WORK = {
    "Electrical": (["Electrician labour", "Apprentice labour"], [("Cable TPS 2.5mm twin & earth (100m)", 150, 240), ("LED downlight 10W dimmable", 28, 55),
                   ("Double power point, white", 12, 24), ("RCD 40A 30mA", 85, 160), ("Smoke alarm, 10 year photoelectric", 45, 80),
                   ("Switchboard sundries", 20, 75)], "Registered Electrical Worker No."),
    "Plumbing & Gas": (["Plumber labour", "Apprentice labour"], [("Hot water cylinder valve kit", 120, 260), ("Mixer tap, kitchen", 140, 420),
                       ("PEX pipe 16mm (per metre)", 4, 9), ("Copper fittings and solder", 25, 90), ("Toilet cistern inlet valve", 35, 70),
                       ("Gas regulator, LPG", 80, 190)], "Certifying Plumber Licence No."),
}
MONTHS_FOLLOWING = ["Due 20th of the month following", "20th of the month following invoice", "Due on the 20th of the following month"]


def _twentieth_following(day: date) -> date:
    first_next = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
    return first_next.replace(day=20)


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["xero", "myob", "trade"])
    trade = pick(rng, list(TRADE_WORK)) if layout == "trade" else None
    vendor = nz_party(rng, trade=trade)
    person_customer = layout == "trade" and chance(rng, 0.5)
    customer = nz_party(rng)
    if person_customer:
        customer.name = person_name(rng, "NZ")
    issued = random_date(rng)
    style = pick(rng, ["20th", "20th", "days", "receipt"])
    if style == "20th":
        terms, due = pick(rng, MONTHS_FOLLOWING), _twentieth_following(issued)
    elif style == "days":
        days = pick(rng, [7, 14, 14, 30])
        terms, due = pick(rng, [f"{days} days", f"Net {days} days", f"Payment within {days} days"]), issued + timedelta(days=days)
    else:
        terms, due = "Due on receipt", issued
    fmt = fmt_of("NZ", "NZD", number_style="en", symbol="$", position="pre",
                 date_pattern=pick(rng, ["d_mon_y", "dmy_slash", "d_month_y"]) if layout != "xero" else "d_mon_y")
    m, num = fmt.money, fmt.num
    number = pick(rng, [f"INV-{rng.randrange(1, 9999):04d}", f"{rng.randrange(1000, 99999)}", f"{pick(rng, ['TI', 'IN', 'S'])}{rng.randrange(10000, 99999)}"])
    account = nz_bank_account(rng)
    bank = pick(rng, BANKS)

    if layout == "trade":
        labour, materials, licence_label = TRADE_WORK[trade]
        rate = money(pick(rng, [85, 90, 95, 98, 105, 110, 120]))
        hours = Decimal(rng.randrange(2, 24)) / 2
        lines = [Line(labour[0], hours, rate, money(hours * rate))]
        if chance(rng, 0.4):
            ap_hours = Decimal(rng.randrange(2, 16)) / 2
            ap_rate = money(pick(rng, [45, 55, 60]))
            lines.append(Line(labour[1], ap_hours, ap_rate, money(ap_hours * ap_rate)))
        for desc, low, high in rng.sample(materials, rng.randrange(1, 5)):
            qty = Decimal(pick(rng, [1, 1, 2, 3, 4, 6, 10]))
            price = money(rng.uniform(low, high))
            lines.append(Line(desc, qty, price, money(qty * price)))
        if chance(rng, 0.7):
            lines.append(Line(pick(rng, ["Van charge / travel", "Travel and vehicle", "Call-out fee"]), None, None, money(pick(rng, [45, 55, 65, 85, 95]))))
    else:
        count = rng.randrange(2, 14) if chance(rng, 0.85) else rng.randrange(22, 36)
        lines = make_lines(rng, pick(rng, ["office_en", "industrial_en", "services_en"]), count, codes=layout == "myob")
        if layout == "myob" and chance(rng, 0.4):
            lines.append(Line("Freight", None, None, money(rng.uniform(15, 140))))
    net = line_sum(lines)
    tax = tax_on(net, 15)
    total = net + tax
    show_due = layout == "xero" or chance(rng, 0.4)
    show_terms = layout != "xero" or chance(rng, 0.2)
    customer_id = f"{pick(rng, ['CUS', 'C', ''])}{rng.randrange(100, 99999):05d}" if layout == "myob" and chance(rng, 0.5) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale="NZ", currency="NZD", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, payment_terms=terms if show_terms else None,
              due_date=due if show_due else None, customer_id=customer_id)
    paid = money(total * Decimal(pick(rng, ["0.5", "0.3", "0.25"]))) if chance(rng, 0.25) else Decimal("0.00")
    ref = pick(rng, [f"PO {rng.randrange(1000, 99999)}", f"Job {rng.randrange(100, 9999)}", f"{rng.randrange(10**5, 10**6)}"])

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.5),
                       table=pick(rng, ["rules", "minimal", "grid"]) if layout == "xero" else None)
    css = theme.css(".ttl{font-size:18pt;font-weight:bold} .lbl{font-weight:bold;font-size:7.5pt} .cell{border:0.6pt solid #777;padding:2pt 4pt}"
                    " .slip{border-top:1pt dashed #444;margin-top:14pt;padding-top:6pt}")
    width, height = A4

    if layout == "xero":
        meta = (f"<p class='lbl'>Invoice Date</p><p>{fmt.date(issued)}</p><p class='lbl'>Invoice Number</p><p>{esc(number)}</p>"
                + (f"<p class='lbl'>Reference</p><p>{esc(ref)}</p>" if chance(rng, 0.6) else "")
                + f"<p class='lbl'>GST Number</p><p>{vendor.tax_id}</p>")
        head = (f"<table style='width:100%'><tr><td style='width:40%'><p class='ttl'>TAX INVOICE</p><p style='margin-top:10pt'>{esc(customer.name)}</p>"
                f"<p>{lines_html(customer.address)}</p></td><td style='width:25%'>{meta}</td><td style='width:35%'>{logo(vendor.name, rng, theme.accent)}"
                f"<p>{esc(vendor.name)}</p><p>{lines_html(vendor.address)}</p><p class='small'>{vendor.phone}</p></td></tr></table>")
        cols = [Col("Description", width="215pt"), Col("Quantity", "right", "55pt"), Col("Unit Price", "right", "65pt"), Col("GST", "right", "40pt"),
                Col("Amount NZD", "right", "75pt")]
        rows = [[esc(li.description), fmt.qty(li.quantity), num(li.unit_price), "15%", num(li.amount)] for li in lines]
        tot = [("Subtotal", num(net), False), ("TOTAL GST 15%", num(tax), False), ("TOTAL NZD", num(total), True)]
        if paid:
            tot += [("Less Amount Paid", num(paid), False), ("AMOUNT DUE NZD", num(total - paid), True)]
        slip = (f"<div class='slip'><table style='width:100%'><tr><td style='width:45%'><p class='ttl' style='font-size:13pt'>PAYMENT ADVICE</p>"
                f"<p style='margin-top:6pt'>To: {esc(vendor.name)}<br/>{lines_html(vendor.address)}</p></td><td style='width:55%'>"
                f"<table class='kv'><tr><td class='b'>Customer</td><td>{esc(customer.name)}</td></tr><tr><td class='b'>Invoice Number</td><td>{esc(number)}</td></tr>"
                f"<tr><td class='b'>Amount Due</td><td>{num(total - paid)}</td></tr><tr><td class='b'>Due Date</td><td>{fmt.date(due)}</td></tr>"
                "<tr><td class='b'>Amount Enclosed</td><td>______________</td></tr></table><p class='small muted'>Enter the amount you are paying above</p>"
                "</td></tr></table></div>")
        tail = (totals_table(tot) + f"<p style='margin-top:10pt' class='b'>Due Date: {fmt.date(due)}</p>"
                + (f"<p>Terms: {esc(terms)}</p>" if show_terms else "")
                + f"<p class='small'>Please pay by direct credit to {bank} {account}, quoting invoice number {esc(number)} as reference.</p>"
                + f"<p class='tiny muted'>NZBN {vendor.extra['nzbn']}</p>" + slip)
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                              continued=lambda i: f"<p class='b'>TAX INVOICE {esc(number)} (continued)</p>")
        return Built(doc=doc, sheet=sheet, template="nz_xero", png_scan_ok=len(sheet.pages) == 1,
                     notes={"nzbn": vendor.extra["nzbn"], "bank_account": account, "paid": str(paid)})

    if layout == "myob":
        ship = nz_party(rng)
        cells = [("Invoice No.", esc(number)), ("Date", fmt.date(issued)), ("Customer PO", esc(ref))]
        if customer_id:
            cells.append(("Customer A/c", esc(customer_id)))
        if show_due:
            cells.append(("Due Date", fmt.date(due)))
        boxes = "<table style='width:100%'>" + "".join(
            f"<tr><td class='cell lbl' style='width:45%'>{k}</td><td class='cell' style='width:55%'>{v}</td></tr>" for k, v in cells) + "</table>"
        head = (f"<table style='width:100%'><tr><td style='width:58%'><p class='b' style='font-size:13pt'>{esc(vendor.name)}</p>"
                f"<p>{lines_html(vendor.address)}</p><p class='small'>Ph {vendor.phone} · {vendor.email}</p>"
                f"<p class='small'>GST No. {vendor.tax_id} · NZBN {vendor.extra['nzbn']}</p></td><td style='width:42%'><p class='ttl'>Tax Invoice</p>{boxes}</td></tr></table>"
                f"<table style='width:100%;margin-top:8pt'><tr><td style='width:50%'><p class='lbl'>Bill To:</p><p>{esc(customer.name)}</p><p>{lines_html(customer.address)}</p>"
                + (f"<p class='small'>Customer NZBN {customer.extra['nzbn']}</p>" if chance(rng, 0.4) else "")
                + f"</td><td style='width:50%'><p class='lbl'>Ship To:</p><p>{esc(customer.name)}</p><p>{lines_html(ship.address)}</p></td></tr></table>")
        cols = [Col("Item", width="60pt"), Col("Description", width="215pt"), Col("Qty", "right", "40pt"), Col("Unit Price", "right", "65pt"),
                Col("Total", "right", "75pt")]
        rows = [[esc(li.code or "FRT"), esc(li.description), fmt.qty(li.quantity), num(li.unit_price) if li.unit_price is not None else "", num(li.amount)]
                for li in lines]
        tot = [("Subtotal", m(net), False), ("GST", m(tax), False), ("Total Inc. GST", m(total), True),
               ("Paid Today", m(paid), False), ("Balance Due", m(total - paid), True)]
        tail = (totals_table(tot) + (f"<p style='margin-top:8pt'><b>Terms:</b> {esc(terms)}</p>" if show_terms else "")
                + f"<p class='small'>Direct credit: {esc(vendor.name)}, {bank} {account}. Reference: {esc(number)}.</p>")
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                              continued=lambda i: f"<p class='b'>Tax Invoice {esc(number)} - Page {i + 1}</p>")
        return Built(doc=doc, sheet=sheet, template="nz_myob", png_scan_ok=len(sheet.pages) == 1,
                     notes={"nzbn": vendor.extra["nzbn"], "bank_account": account, "ship_to": ", ".join(ship.address), "paid": str(paid)})

    # tradesman's invoice
    _labour, _materials, licence_label = TRADE_WORK[trade]
    job_site = nz_party(rng).address if chance(rng, 0.6) else customer.address
    worked = [issued - timedelta(days=d) for d in sorted(rng.sample(range(1, 12), rng.randrange(1, 3)), reverse=True)]
    mobile = f"02{rng.choice('1279')} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"
    job_no = f"{rng.randrange(1000, 9999)}"
    head = (f"<table style='width:100%'><tr><td style='width:60%'>{logo(vendor.name, rng, theme.accent)}<p class='b' style='font-size:13pt'>{esc(vendor.name)}</p>"
            f"<p class='small'>{lines_html(vendor.address)}</p><p class='small'>Mob {mobile} · Office {vendor.phone}</p>"
            f"<p class='small'>{licence_label} {rng.randrange(10000, 99999)}</p></td><td style='width:40%' class='r'><p class='ttl accent'>TAX INVOICE</p>"
            f"<p>Invoice # {esc(number)}</p><p>Date: {fmt.date(issued)}</p><p>Job No. {job_no}</p><p>GST No: {vendor.tax_id}</p></td></tr></table>"
            f"<table style='width:100%;margin-top:8pt'><tr><td style='width:50%'><p class='lbl'>Bill to:</p><p>{esc(customer.name)}</p>"
            f"<p>{lines_html(customer.address)}</p></td><td style='width:50%'><p class='lbl'>Job address:</p><p>{esc(', '.join(job_site))}</p>"
            f"<p class='small'>Work carried out {', '.join(fmt.date(d) for d in worked)}</p></td></tr></table>"
            f"<p style='margin-top:6pt'>{esc(pick(rng, ['Attended site as requested, fault-found and repaired.', 'Supplied and installed as per quote.', 'Replaced faulty parts, tested and left in working order.']))}</p>")
    cols = [Col("Description", width="260pt"), Col("Qty / Hrs", "right", "55pt"), Col("Rate", "right", "65pt"), Col("Amount", "right", "75pt")]
    rows = [[esc(li.description), fmt.qty(li.quantity), num(li.unit_price) if li.unit_price is not None else "", num(li.amount)] for li in lines]
    tot = [("Subtotal (excl. GST)", m(net), False), ("GST @ 15%", m(tax), False), ("Total (incl. GST)", m(total), True)]
    if paid:
        tot += [("Less deposit paid", m(paid), False), ("Balance to pay", m(total - paid), True)]
    coc = f"<p class='small muted'>Certificate of Compliance No. {rng.randrange(10**5, 10**6)} issued.</p>" if chance(rng, 0.5) else ""
    tail = (totals_table(tot) + (f"<p style='margin-top:8pt'><b>Payment due:</b> {esc(terms)}</p>" if show_terms else "")
            + (f"<p><b>Due by</b> {fmt.date(due)}</p>" if show_due else "")
            + f"<p class='small'>Direct credit to {bank} {account} ({esc(vendor.name)}). Please use invoice # {esc(number)} as your reference.</p>"
            + coc + "<p class='small'>Thanks for your business!</p>")
    sheet = flowing_sheet(width, height, css, cols, rows, head, tail, continued=lambda i: f"<p class='b'>Invoice # {esc(number)} (cont.)</p>")
    return Built(doc=doc, sheet=sheet, template="nz_trade", png_scan_ok=len(sheet.pages) == 1,
                 notes={"nzbn": vendor.extra["nzbn"], "bank_account": account, "job_site": ", ".join(job_site), "paid": str(paid)})
