"""Bangladeshi VAT invoice under the VAT and Supplementary Duty Act 2012: Mushak-6.3 tax invoice and Mushak-6.7 credit
note, 2023-2025, English labels.

Three prints. `bd_mushak_form`: the NBR form as printed by a VAT-registered supplier's software: "Government of the
People's Republic of Bangladesh / National Board of Revenue / Tax Invoice / [See clauses (ga) and (cha) of Sub-Rule (1)
of Rule 40]" with the "Mushak-6.3" box (and মূসক-৬.৩), Name / BIN / Address of the registered person, Address of the
issuing of invoice, Name / BIN / Address of the purchaser, Destination of supply, Vehicle type and number, Invoice No.,
Date and Time of issue; the numbered grid Sl. No. / Description of goods or services (with brand name if any) / Unit of
supply / Quantity / Unit price¹ / Total price¹ / Supplementary duty rate and amount / Value added tax rate and amount /
Total price including all types of duties and taxes, a Total row, the authorised person's name, designation and
signature, "¹ Price excluding all types of taxes". `bd_commercial`: a company's own tax invoice on its letterhead
(in capitals) with "(Mushak-6.3)", BIN and TIN, Bill To, Work Order / Challan numbers, Sub Total, Supplementary Duty,
VAT @ 15% (7.5 % / 5 % on reduced-rate supplies), Grand Total and the amount in words ("Taka … Only"). `bd_credit_note`:
the Mushak-6.7 credit note for returned or reduced supplies, citing the Mushak-6.3 invoice (number and date), with
quantity, value and the deductible supplementary duty and VAT per row.

Amounts in lakh grouping `1,23,456.00` with `Tk`, `Taka`, `৳` or `BDT`; dates `15/03/2024`, `15-03-2024`, `15-Mar-2024`.

Truth: vendor = the registered person / supplier (name as printed, capitals kept), tax id = its BIN as printed
(`000123456-0101`), address = the registered person's address (the issuing address, destination and purchaser BIN are
decoys; so are the TIN, vehicle, work order and challan numbers and the cited Mushak-6.3 invoice on a credit note);
customer = the purchaser / Bill To with its address. Lines: quantity x unit price = total price excluding taxes (the
credit note prints no unit price: quantity and value only). Net = the total price excluding taxes, tax = supplementary
duty + VAT (every printed tax column), total = the total including all duties and taxes. Credit notes are negative in
the truth.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Col, Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_thirteenth import bd_bin, bd_party, words_taka
from corpus.holdout.money import fmt_number, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._eighth import flowing_sheet

FAMILY = "bd_mushak_invoice"
D = Decimal
# description, unit, low, high, VAT %, SD %
ITEMS = [("Cotton yarn 30/1 Ne", "Kg", 380, 520, 15, 0), ("Printing and packaging of corrugated cartons", "Pcs", 18, 55, 15, 0),
         ("Split air conditioner 1.5 ton (Inverter)", "Set", 58000, 92000, 15, 20), ("Carbonated soft drink 250 ml (case of 24)", "Case", 480, 720, 15, 25),
         ("Face cream 50 g (Glow Care)", "Pcs", 250, 650, 15, 20), ("Software development services", "Job", 150000, 900000, 5, 0),
         ("Security guard services (monthly)", "Month", 80000, 350000, 10, 0), ("LED television 43 inch (Smart)", "Pcs", 32000, 55000, 15, 10),
         ("Ceramic floor tiles 24x24 inch", "Sft", 55, 120, 15, 10), ("Paper A4 80 gsm (ream)", "Ream", 420, 650, 15, 0),
         ("Consultancy services - tax advisory", "Job", 50000, 400000, 15, 0), ("Catering services - corporate lunch", "Pax", 350, 1200, 15, 0),
         ("Mineral water 500 ml (case of 24)", "Case", 290, 420, 15, 0), ("Ready-mix concrete 3000 psi", "Cft", 320, 420, 7.5, 0),
         ("Electric cable 2.5 rm (coil 100 m)", "Coil", 5200, 8600, 15, 0), ("Freight by covered van Dhaka - Chattogram", "Trip", 18000, 42000, 10, 0)]
DESIGNATIONS = ["Manager (Accounts)", "Deputy Manager, VAT", "Executive, Sales", "Assistant General Manager", "Commercial Officer"]
PEOPLE = ["Md. Rafiqul Islam", "Shahida Akter", "Mohammad Kamal Hossain", "Nusrat Jahan", "Abdullah Al Mamun", "Tahmina Rahman"]


def build(rng: random.Random) -> Built:
    layout = "credit" if chance(rng, 0.13) else pick(rng, ["form", "commercial"])
    credit = layout == "credit"
    vendor, customer = bd_party(rng), bd_party(rng)
    issued = random_date(rng, date(2023, 1, 3), 880)
    at = datetime(issued.year, issued.month, issued.day, rng.randrange(9, 19), rng.randrange(60))
    count = rng.randrange(1, 3) if credit else rng.randrange(1, 6) if chance(rng, 0.8) else rng.randrange(10, 16)
    if layout == "commercial":   # one rate pair per commercial invoice (its totals print one SD and one VAT line)
        first = pick(rng, ITEMS)
        pool = [it for it in ITEMS if (it[4], it[5]) == (first[4], first[5])]
    else:
        pool = ITEMS
    lines, sds, vats = [], [], []
    for desc, unit, low, high, vat, sd in rng.sample(pool, min(count, len(pool))):
        qty = D(pick(rng, [1, 1, 2, 5, 10, 20, 50, 100, 250] if unit not in ("Job", "Month", "Trip", "Set") else [1, 1, 2, 3]))
        price = D(str(round(rng.uniform(low, high), 2 if high < 1000 else 0))).quantize(D("0.01"))
        value = (qty * price).quantize(D("0.01"))
        sd_amount = (value * D(str(sd)) / 100).quantize(D("0.01"), rounding=ROUND_HALF_UP)
        vat_amount = ((value + sd_amount) * D(str(vat)) / 100).quantize(D("0.01"), rounding=ROUND_HALF_UP)
        lines.append(Line(desc, qty, None if credit else price, value, unit, "", D(str(vat))))
        sds.append((D(str(sd)), sd_amount))
        vats.append(vat_amount)
    net = sum((li.amount for li in lines), D("0.00"))
    sd_total = sum((a for _r, a in sds), D("0.00"))
    vat_total = sum(vats, D("0.00"))
    tax = sd_total + vat_total
    total = net + tax
    number = pick(rng, [f"{vendor.name.split()[0][:3].upper()}/{issued.year}/{rng.randrange(1, 9999):05d}", f"{rng.randrange(100000, 999999)}",
                        f"INV-{issued.strftime('%y%m')}-{rng.randrange(1, 999):03d}", f"M63-{rng.randrange(1000, 99999)}"])
    if credit:
        number = f"CN-{issued.year % 100}-{rng.randrange(1, 9999):04d}"
    if layout == "commercial":
        vendor.name = vendor.name.upper()
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="BD", currency="BDT", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines)
    mark = pick(rng, ["Tk ", "Tk. ", "৳", "BDT ", ""])

    def n(value: D) -> str:
        return fmt_number(value, "in")

    def m(value: D) -> str:
        return f"{mark}{n(value)}"

    def r(value: D) -> str:
        return f"{fmt_number(value, 'plain', 1 if value != value.to_integral_value() else 0)}%"

    date_style = pick(rng, ["slash", "dash", "mon", "long"])

    def d(x: date) -> str:
        return {"slash": f"{x.day:02d}/{x.month:02d}/{x.year}", "dash": f"{x.day:02d}-{x.month:02d}-{x.year}",
                "mon": f"{x.day:02d}-{x.strftime('%b')}-{x.year}", "long": f"{x.day} {x.strftime('%B')} {x.year}"}[date_style]

    person, designation = pick(rng, PEOPLE), pick(rng, DESIGNATIONS)
    vehicle = pick(rng, [f"Covered van, Dhaka Metro-Ta {rng.randrange(11, 99)}-{rng.randrange(1000, 9999)}",
                         f"Truck, Chatta Metro-Ta {rng.randrange(11, 99)}-{rng.randrange(1000, 9999)}", "N/A", "Own transport"])
    issuing = f"Factory: {pick(rng, ['Plot 12, BSCIC I/A, Tongi, Gazipur', 'Kanchpur, Narayanganj', 'Kalurghat I/A, Chattogram', 'Ashulia, Savar, Dhaka'])}"
    destination = ", ".join(customer.address) if chance(rng, 0.6) else pick(rng, ["Central warehouse, Tejgaon I/A, Dhaka", "Site office, Purbachal, Dhaka"])
    theme = Theme.pick(rng, font=pick(rng, ["Times", "Helvetica", "Times"]), size=(7.5, 8.5), table="grid")
    css = theme.css(".form{border:0.8pt solid #000;padding:3pt 5pt;font-weight:bold;text-align:center} .kv td{padding:1pt 3pt}"
                    " table.items th{font-size:6.5pt;text-align:center;padding:2pt} table.items td{padding:2pt 3pt}")
    width, height = A4
    grand = " class='grand'"
    if layout in ("form", "credit"):
        code, title, rule = ("Mushak-6.7", "Credit Note", "[See clause (cha) of Sub-Rule (1) of Rule 40]") if credit else \
            ("Mushak-6.3", "Tax Invoice", "[See clauses (ga) and (cha) of Sub-Rule (1) of Rule 40]")
        bengali = "মূসক-৬.৭" if credit else "মূসক-৬.৩"
        left = [("Name of the registered person" if not credit else "Name of the supplier", esc(vendor.name)), ("BIN", vendor.tax_id),
                ("Address of the registered person" if not credit else "Address", esc(", ".join(vendor.address)))]
        if not credit:
            left.append(("Address of the issuing of invoice", esc(issuing)))
        left += [("Name of the purchaser", esc(customer.name)), ("BIN of the purchaser", bd_bin(rng)), ("Address of the purchaser", esc(", ".join(customer.address)))]
        if not credit:
            left += [("Destination of supply", esc(destination)), ("Vehicle type and number", esc(vehicle))]
        right = [("Credit Note No." if credit else "Invoice No.", f"<b>{esc(number)}</b>"), ("Date of issue", d(issued)), ("Time of issue", at.strftime("%I:%M %p"))]
        original = f"{pick(rng, ['INV-', 'M63-', ''])}{rng.randrange(1000, 99999)}"
        if credit:
            right.append(("Mushak-6.3 No. and date", f"{original}, {d(issued - timedelta(days=rng.randrange(5, 60)))}"))
        head = (f"<table style='width:100%'><tr><td style='width:20%'></td><td style='width:60%' class='c'>"
                "<p>Government of the People's Republic of Bangladesh</p><p class='b'>National Board of Revenue</p>"
                f"<p class='b' style='font-size:12pt'>{title}</p><p class='small'>{rule}</p></td>"
                f"<td style='width:20%'><div class='form'>{code}<br/>{bengali}</div></td></tr></table>"
                "<table style='width:100%;margin-top:8pt'><tr><td style='width:64%'><table class='kv' style='width:100%'>"
                + "".join(f"<tr><td style='width:150pt'>{k}:</td><td>{v}</td></tr>" for k, v in left) + "</table></td><td style='width:36%'><table class='kv' style='width:100%'>"
                + "".join(f"<tr><td style='width:80pt'>{k}:</td><td>{v}</td></tr>" for k, v in right) + "</table></td></tr></table>")
        if credit:
            reason = pick(rng, ["Return of damaged goods", "Price reduction as agreed", "Short supply adjustment", "Quality claim"])
            cols = [Col("Sl. No.", "center", "24pt"), Col("Reason for issuing credit note", width="90pt"), Col("Description of the supply"),
                    Col("Quantity", "right", "40pt"), Col("Value¹ (Taka)", "right", "64pt"), Col("Amount of deductible supplementary duty", "right", "64pt"),
                    Col("Amount of deductible VAT", "right", "62pt")]
            rows = [[str(i + 1), esc(reason), esc(li.description), fmt_number(li.quantity, "plain", 0), n(li.amount), n(sds[i][1]), n(vats[i])]
                    for i, li in enumerate(lines)]
            extra = [f"<tr><td colspan='4' class='b'>Total</td><td class='r b'>{n(net)}</td><td class='r b'>{n(sd_total)}</td><td class='r b'>{n(vat_total)}</td></tr>"]
            summary = (f"<table style='width:100%;margin-top:6pt'><tr><td style='width:55%'></td><td style='width:27%'>Total deductible SD and VAT</td>"
                       f"<td style='width:18%' class='r'>{m(tax)}</td></tr><tr{grand}><td></td><td>Total value including taxes</td><td class='r'>{m(total)}</td></tr></table>")
        else:
            cols = [Col("Sl. No.", "center", "22pt"), Col("Description of goods or services (with brand name if any)"), Col("Unit of supply", "center", "34pt"),
                    Col("Quantity", "right", "34pt"), Col("Unit price¹ (Taka)", "right", "50pt"), Col("Total price¹ (Taka)", "right", "56pt"),
                    Col("Rate of supplementary duty", "center", "34pt"), Col("Amount of supplementary duty (Taka)", "right", "46pt"),
                    Col("Rate of value added tax / specific tax", "center", "36pt"), Col("Amount of value added tax / specific tax (Taka)", "right", "50pt"),
                    Col("Total price including all types of duties and taxes (Taka)", "right", "60pt")]
            rows = [["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)"]] + \
                [[str(i + 1), esc(li.description), li.unit, fmt_number(li.quantity, "plain", 0), n(li.unit_price), n(li.amount),
                  r(sds[i][0]) if sds[i][0] else "-", n(sds[i][1]), r(li.tax_rate), n(vats[i]), n(li.amount + sds[i][1] + vats[i])] for i, li in enumerate(lines)]
            extra = [f"<tr><td colspan='5' class='b'>Total</td><td class='r b'>{n(net)}</td><td></td><td class='r b'>{n(sd_total)}</td><td></td>"
                     f"<td class='r b'>{n(vat_total)}</td><td class='r b'>{n(total)}</td></tr>"]
            summary = ""
        tail = (summary + f"<table class='kv' style='margin-top:14pt'><tr><td style='width:150pt'>Name of the authorized person:</td><td>{person}</td></tr>"
                f"<tr><td>Designation:</td><td>{designation}</td></tr><tr><td>Signature:</td><td>______________________</td></tr><tr><td>Seal:</td><td></td></tr></table>"
                "<p class='tiny' style='margin-top:8pt'>¹ Price excluding all types of taxes.</p>")
        template = "bd_credit_note" if credit else "bd_mushak_form"
    else:
        tin = vendor.extra["tin"]
        meta = [("Invoice No.", f"<b>{esc(number)}</b>"), ("Date", d(issued))]
        if chance(rng, 0.6):
            meta.append(("Work Order No.", f"WO-{rng.randrange(1000, 99999)}"))
        if chance(rng, 0.5):
            meta.append(("Challan No.", f"{rng.randrange(10000, 99999)}"))
        head = (f"<p class='c b accent' style='font-size:15pt'>{esc(vendor.name)}</p><p class='c'>{esc(', '.join(vendor.address))}</p>"
                f"<p class='c small'>VAT Reg. (BIN): {vendor.tax_id} · TIN: {tin} · {vendor.phone}</p>"
                f"<p class='c b' style='font-size:12pt;margin-top:8pt'>TAX INVOICE</p><p class='c small'>(Mushak-6.3)</p>"
                f"<table style='width:100%;margin-top:6pt'><tr><td style='width:58%'><p class='b'>Bill To:</p><p>{esc(customer.name)}</p>"
                + "".join(f"<p>{esc(a)}</p>" for a in customer.address) + f"<p class='small'>BIN: {bd_bin(rng)}</p></td>"
                "<td style='width:42%'><table class='kv' style='width:100%'>" + "".join(f"<tr><td style='width:80pt'>{k}</td><td>{v}</td></tr>" for k, v in meta)
                + "</table></td></tr></table>")
        cols = [Col("SL", "center", "22pt"), Col("Description"), Col("Qty", "right", "40pt"), Col("Unit", "center", "38pt"), Col("Unit Price (Tk)", "right", "70pt"),
                Col("Amount (Tk)", "right", "78pt")]
        rows = [[str(i + 1), esc(li.description), fmt_number(li.quantity, "plain", 0), li.unit, n(li.unit_price), n(li.amount)] for i, li in enumerate(lines)]
        extra = []
        vat_rate = lines[0].tax_rate
        sd_rate = sds[0][0]
        totals = [("Sub Total (excluding taxes)", m(net))]
        if sd_total:
            totals.append((f"Supplementary Duty @ {r(sd_rate)}", m(sd_total)))
        totals += [(f"VAT @ {r(vat_rate)}", m(vat_total)), ("Grand Total", m(total))]
        tail = ("<table style='width:100%;margin-top:4pt'>" + "".join(
            f"<tr{grand if i == len(totals) - 1 else ''}><td style='width:50%'></td><td style='width:30%'>{k}</td><td style='width:20%' class='r'>{v}</td></tr>"
            for i, (k, v) in enumerate(totals)) + "</table>"
                f"<p style='margin-top:6pt'>In words: {words_taka(total)}</p>"
                f"<table style='width:100%;margin-top:26pt'><tr><td style='width:50%'>______________________<br/>Received by</td>"
                f"<td style='width:50%' class='r'>______________________<br/>{person}<br/>{designation}</td></tr></table>")
        template = "bd_commercial"
    sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=False, margin=(30, 30, 30, 28), extra_rows=extra,
                          continued=lambda i: f"<p class='b'>{esc(number)} (continued)</p>", more="continued on next page")
    return Built(doc=doc, sheet=sheet, template=template, png_scan_ok=len(sheet.pages) == 1,
                 notes={"sd": float(sd_total), "vat": float(vat_total), "tin": vendor.extra["tin"]})
