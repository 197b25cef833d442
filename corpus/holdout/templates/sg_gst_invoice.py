"""Singapore tax invoice (GST).

Three prints: a trading firm's letterhead "TAX INVOICE" (centred letterhead with "Co. Reg. No." / "GST
Reg. No.", Bill To / Deliver To, No. / Description / Qty / Unit Price / Amount, Sub-Total, "GST 9%",
"Total Amount Payable", PayNow UEN and DBS / OCBC / UOB bank details); an accounting package's print
("Tax Invoice", Invoice Date / Invoice Number / Reference / GST Reg No in a right column, a GST column
per line, "Total GST 9%", "TOTAL SGD", "Amount Due SGD", due date); and a services firm's invoice with
the client's UEN and attention line, PO number and no quantities.

GST: 9 % from 1 January 2024, 8 % in 2023. The GST registration number is the tax id: for most firms it
is the UEN itself (`201912345K`, printed once as "UEN / GST Reg. No." or twice), for older registrants an
`M2-1234567-8` number with the UEN printed beside it (a decoy then). The customer's UEN, the PayNow
UEN, bank account, SWIFT code and PO are decoys. Terms as printed ("30 days", "Net 30", "C.O.D.").
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line, line_sum, make_lines, tax_on
from corpus.holdout.components import Col, Theme, esc, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import person_name
from corpus.holdout.fakes_eighth import fmt_of, sg_old_gst, sg_party
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._eighth import flowing_sheet

FAMILY = "sg_gst_invoice"
DOCUMENT_TYPE = "invoice"
BANKS = [("DBS Bank Ltd", "DBSSSGSG"), ("Oversea-Chinese Banking Corporation Ltd", "OCBCSGSG"), ("United Overseas Bank Ltd", "UOVBSGSG")]
SERVICES = ["Monthly facilities maintenance - {m}", "M&E preventive maintenance - {m}", "IT managed services retainer - {m}",
            "Payroll processing services - {m}", "Cleaning services at client premises - {m}", "Corporate secretarial services - {m}"]
EXTRAS = ["Ad-hoc call-out (after office hours)", "Replacement of LED panel lights", "Consumables and spare parts", "Disbursements: courier",
          "Additional manpower for event support", "Annual fire safety certification"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["letterhead", "accounting", "services"])
    vendor, customer = sg_party(rng), sg_party(rng)
    uen = vendor.extra["uen"]
    vendor.tax_id = uen if chance(rng, 0.75) else sg_old_gst(rng)
    issued = random_date(rng)
    gst_rate = 9 if issued >= date(2024, 1, 1) else 8
    terms_days = pick(rng, [30, 30, 30, 14, 7, 60, 0])
    terms = ("C.O.D." if terms_days == 0 else pick(rng, [f"{terms_days} days", f"{terms_days} Days", f"Net {terms_days}"]))
    due = issued + timedelta(days=terms_days)
    fmt = fmt_of("SG", "SGD", number_style="en", symbol=pick(rng, ["S$", "$", "SGD"]), position="pre",
                 date_pattern=pick(rng, ["dmy_slash", "d_mon_y", "dd_mon_yyyy", "d_month_y"]))
    if fmt.symbol == "SGD":
        fmt.position = "pre_space"
    number = pick(rng, [f"INV-{issued.year}-{rng.randrange(1, 9999):04d}", f"SI{issued.strftime('%y%m')}{rng.randrange(1, 999):03d}",
                        f"{rng.randrange(10000, 99999)}", f"TI/{issued.year % 100}/{rng.randrange(100, 9999)}"])
    if layout == "services":
        month = issued.replace(day=1) - timedelta(days=1)
        lines = [Line(pick(rng, SERVICES).format(m=month.strftime("%b %Y")), None, None, money(rng.uniform(800, 12000)))]
        for extra in rng.sample(EXTRAS, rng.randrange(0, 3)):
            lines.append(Line(extra, None, None, money(rng.uniform(60, 1800))))
    else:
        lines = make_lines(rng, pick(rng, ["office_en", "industrial_en", "services_en"]), rng.randrange(2, 16))
    net = line_sum(lines)
    tax = tax_on(net, gst_rate)
    total = net + tax
    customer_id = f"{pick(rng, ['C', 'CUS', 'A'])}{rng.randrange(100, 99999):05d}" if chance(rng, 0.4) else None
    show_due = layout == "accounting" or chance(rng, 0.3)
    doc = Doc(document_type=DOCUMENT_TYPE, locale="SG", currency="SGD", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, payment_terms=terms,
              due_date=due if show_due else None, customer_id=customer_id)
    bank, swift = pick(rng, BANKS)
    account = f"{rng.randrange(100, 999)}-{rng.randrange(100000, 999999)}-{rng.randrange(0, 9)}"
    po = f"PO{rng.randrange(10**5, 10**6)}" if chance(rng, 0.6) else None
    m, num = fmt.money, fmt.num

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.5))
    css = theme.css(".ttl{font-size:15pt;font-weight:bold;letter-spacing:1pt} .pay{border:0.6pt solid #999;padding:4pt;margin-top:8pt}")
    width, height = A4
    ids = (f"UEN / GST Reg. No.: {uen}" if vendor.tax_id == uen and chance(rng, 0.6)
           else f"Co. Reg. No.: {uen} &nbsp; GST Reg. No.: {esc(vendor.tax_id)}")
    pay = (f"<div class='pay small'><b>Payment</b>: PayNow to UEN {uen} or bank transfer to {esc(vendor.name)}, {bank}, "
           f"A/C No. {account}, SWIFT {swift}. Please quote invoice number {esc(number)}.</div>")
    cust_block = (f"<p class='b'>{esc(customer.name)}</p><p>{lines_html(customer.address)}</p>"
                  + (f"<p class='small'>UEN: {customer.extra['uen']}</p>" if chance(rng, 0.6) else ""))
    meta = [("Invoice No.", esc(number)), ("Date", fmt.date(issued)), ("Terms", esc(terms))]
    if customer_id:
        meta.append(("Customer A/C", esc(customer_id)))
    if po:
        meta.append(("Your PO No.", po))
    if show_due:
        meta.append(("Due Date", fmt.date(due)))
    kv = "<table class='kv'>" + "".join(f"<tr><td class='b' style='width:80pt'>{k}</td><td style='width:125pt'>{v}</td></tr>" for k, v in meta) + "</table>"
    tot_rows = [("Sub-Total", m(net), False), (f"GST {gst_rate}%", m(tax), False), ("Total Amount Payable", m(total), True)]

    if layout == "accounting":
        cols = [Col("Description", width="220pt"), Col("Quantity", "right", "50pt"), Col("Unit Price", "right", "65pt"),
                Col("GST", "right", "35pt"), Col("Amount SGD", "right", "80pt")]
        rows = [[esc(li.description), fmt.qty(li.quantity), num(li.unit_price), f"{gst_rate}%", num(li.amount)] for li in lines]
        right = kv.replace("Invoice No.", "Invoice Number").replace(">Date<", ">Invoice Date<")
        head = (f"<table style='width:100%'><tr><td style='width:55%'><p class='ttl'>Tax Invoice</p><p style='margin-top:10pt' class='b'>"
                f"{esc(customer.name)}</p><p>{lines_html(customer.address)}</p></td><td style='width:45%'>{logo(vendor.name, rng, theme.accent)}"
                f"<p class='b'>{esc(vendor.name)}</p><p class='small'>{lines_html(vendor.address)}</p><p class='small'>GST Reg No: "
                f"{esc(vendor.tax_id)}</p>{right}</td></tr></table>")
        tail = (totals_table([("Subtotal", num(net), False), (f"Total GST {gst_rate}%", num(tax), False), ("TOTAL SGD", num(total), True)])
                + totals_table([("Amount Due SGD", num(total), True)])
                + f"<p style='margin-top:8pt' class='b'>Due Date: {fmt.date(due)}</p>" + pay)
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                              continued=lambda i: f"<p class='b'>Tax Invoice {esc(number)} (continued)</p>")
    elif layout == "letterhead":
        cols = [Col("No.", width="24pt"), Col("Description", width="250pt"), Col("Qty", "right", "40pt"), Col("Unit Price", "right", "70pt"),
                Col("Amount", "right", "75pt")]
        rows = [[str(i), esc(li.description), fmt.qty(li.quantity), num(li.unit_price), num(li.amount)] for i, li in enumerate(lines, 1)]
        head = (f"<div class='c'><p class='b' style='font-size:14pt'>{esc(vendor.name)}</p><p class='small'>{', '.join(esc(a) for a in vendor.address)}"
                f"</p><p class='small'>Tel: {vendor.phone} &nbsp; Email: {vendor.email}</p><p class='small'>{ids}</p></div>"
                f"<p class='ttl c' style='margin-top:8pt'>TAX INVOICE</p><table style='width:100%'><tr><td style='width:290pt'><p class='muted'>Bill To:</p>"
                f"{cust_block}</td><td style='width:210pt'>{kv}</td></tr></table>")
        tail = totals_table(tot_rows) + pay + "<p class='small muted'>Goods sold are not returnable. This is a computer-generated invoice.</p>"
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                              continued=lambda i: f"<p class='b'>TAX INVOICE {esc(number)} - page {i + 1}</p>")
    else:
        attn = person_name(rng, "GB")
        cols = [Col("S/N", width="30pt"), Col("Description of Services", width="330pt"), Col(f"Amount ({fmt.symbol})", "right", "90pt")]
        rows = [[str(i), esc(li.description), num(li.amount)] for i, li in enumerate(lines, 1)]
        head = (f"<table style='width:100%'><tr><td style='width:60%'>{logo(vendor.name, rng, theme.accent)}<p class='b'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}</p><p class='small'>{ids}</p></td><td style='width:40%' class='r'>"
                f"<p class='ttl accent'>TAX INVOICE</p></td></tr></table><table style='width:100%;margin-top:10pt'><tr><td style='width:58%'>"
                f"<p class='muted'>To:</p>{cust_block}<p>Attn: {esc(attn)}</p></td><td style='width:42%'>{kv}</td></tr></table>")
        tail = totals_table(tot_rows) + pay + f"<p style='margin-top:10pt'>For and on behalf of<br/><b>{esc(vendor.name)}</b></p>"
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, continued=lambda i: f"<p class='b'>{esc(number)} (cont'd)</p>")
    return Built(doc=doc, sheet=sheet, template=f"sg_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"uen": uen, "customer_uen": customer.extra["uen"], "gst_rate": gst_rate, "po": po})

