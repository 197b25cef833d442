"""Ghanaian VAT invoice (2023-2024): NHIL 2.5 %, GETFund levy 2.5 %, COVID-19 levy 1 %, then VAT 15 % on the
levy-inclusive value.

Three prints: an accounting-software tax invoice with the GRA E-VAT block (letterhead with TIN, Ghana Post
GPS digital address, "TAX INVOICE", Invoice No. / Date / LPO No., the customer with its own TIN, No. /
Description / Qty / Unit Price (GH₵) / Amount (GH₵), "Total (Excl. Levies & VAT)", NHIL (2.5%), GETFund Levy
(2.5%), COVID-19 HRL (1%), "Sub-Total (Incl. Levies)", VAT (15%), "Total Amount Payable", the amount in
words "Ghana Cedis … Pesewas Only", and the E-VAT / SDC data: SDC ID, SDC time, item count, invoice counter,
internal data, signature and a QR code); a small business's invoice (Word / Excel: BILL TO, a taxes table
with each levy, VAT and a "Total Tax" row, Mobile Money / MoMo number and bank details); and a services
invoice (consultancy, IT support, security, cleaning: lines without quantities, the levies and VAT, and a
note or a row "Less: Withholding tax 7.5% (deducted at source)" down to a "Net amount payable").

Amounts `GH₵ 1,234.56`, `GH¢ 1,234.56` or `GHS 1,234.56`; dates `15/03/2024`, `15-Mar-2024`, `15 March 2024`.

Truth: vendor = the letterhead; tax id = its GRA TIN as printed (`C0001234567` for a company, `P0012345678`
or a Ghana Card PIN `GHA-123456789-0` for a sole proprietor; no published check digit); the customer's TIN,
the GPS digital address, the LPO number, the E-VAT / SDC id, invoice counter, signature and QR, the MoMo
number and the bank account are decoys. **Tax = the levies and the VAT together** (NHIL + GETFund +
COVID-19 + VAT: every tax line printed, summed as for GST + QST; a printed "Total Tax" is that sum), **net =
the value before the levies** ("Total (Excl. Levies & VAT)" / "Sub-Total"), so net + tax = total; the
levy-inclusive subtotal is a decoy. Total = Total Amount Payable / Invoice Total (the "Net amount payable"
after withholding tax on the services print is a decoy, as for Nigeria). Due date and terms as printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line, tax_on
from corpus.holdout.components import Col, Theme, esc, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eighth import fmt_of
from corpus.holdout.fakes_tenth import gh_party, words_cedis
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._eighth import flowing_sheet
from corpus.holdout.templates._tenth import qr_under_body

FAMILY = "gh_vat_invoice"
DOCUMENT_TYPE = "invoice"
GOODS = [("Cement (Ghacem) 50kg", "bag", 85, 120), ("Iron rods 12mm", "length", 95, 140), ("Roofing sheets (aluminium) 0.45mm", "sheet", 110, 180),
         ("Paint emulsion 18L", "bucket", 380, 620), ("A4 paper 80gsm (box of 5 reams)", "box", 260, 380), ("Toner cartridge HP 85A", "pc", 650, 980),
         ("Office chair, executive", "pc", 1800, 3200), ("Cooking oil 25L", "gallon", 690, 950), ("Rice, perfumed 25kg", "bag", 520, 780),
         ("Bottled water 500ml (pack of 12)", "pack", 28, 45), ("Electrical cable 2.5mm (100m)", "roll", 980, 1600), ("PVC pipe 4 inch", "length", 95, 160),
         ("Laptop, Core i5 8GB 512GB", "pc", 7800, 11500), ("Printer ink, assorted", "set", 420, 760), ("Generator servicing kit", "kit", 650, 1200),
         ("Tiles 60x60 (carton)", "carton", 180, 290), ("Sanitary wares set", "set", 2200, 4800), ("Safety boots", "pair", 350, 620)]
SERVICES = ["Consultancy services – financial advisory", "IT support and maintenance (monthly)", "Security services – 3 guards, monthly", "Office cleaning services",
            "Software licence and support", "Audit and assurance fees", "Vehicle hire with driver", "Training workshop – staff capacity building",
            "Website development and hosting", "Fumigation and pest control"]
BANKS = ["GCB Bank PLC", "Ecobank Ghana", "Fidelity Bank Ghana", "Stanbic Bank Ghana", "CalBank PLC", "Absa Bank Ghana", "Zenith Bank Ghana"]


def _levies(net: Decimal) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    nhil, getfund, covid = tax_on(net, Decimal("2.5")), tax_on(net, Decimal("2.5")), tax_on(net, 1)
    vat = tax_on(net + nhil + getfund + covid, 15)
    return nhil, getfund, covid, vat


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["evat", "sme", "services"])
    vendor = gh_party(rng, sole=layout == "sme" and chance(rng, 0.5))
    customer = gh_party(rng)
    issued = random_date(rng, date(2023, 1, 3), 725)
    symbol, position = pick(rng, [("GH₵", "pre_space"), ("GH₵", "pre"), ("GH¢", "pre_space"), ("GHS", "pre_space"), ("GH¢", "pre")])
    fmt = fmt_of("GH", "GHS", number_style="en", symbol=symbol, position=position,
                 date_pattern=pick(rng, ["dmy_slash", "dmy_slash", "dd_mon_yyyy", "d_month_y", "ordinal_month_y"]))
    m, num = fmt.money, fmt.num
    number = pick(rng, [f"INV-{rng.randrange(1000, 99999)}", f"{rng.randrange(100, 9999):05d}", f"TI/{issued.year}/{rng.randrange(1, 9999):04d}",
                        f"GH{issued.strftime('%y')}{rng.randrange(10000, 99999)}"])
    if layout == "services":
        lines = []
        for desc in rng.sample(SERVICES, rng.randrange(1, 4)):
            lines.append(Line(desc, None, None, money(pick(rng, [1500, 2400, 3500, 4800, 6000, 7500, 9800, 12000, 15500, 22000]))))
    else:
        count = rng.randrange(1, 10) if chance(rng, 0.75) else rng.randrange(24, 36)
        chosen = rng.sample(GOODS, min(count, len(GOODS)))
        while len(chosen) < count:
            d, u, lo, hi = pick(rng, GOODS)
            variant = f"{d} – {pick(rng, ['grade A', 'white', 'grey', 'heavy duty', 'imported', 'local', 'type B', 'premium'])}"
            if variant not in {c[0] for c in chosen}:
                chosen.append((variant, u, lo, hi))
        lines = []
        for desc, unit, low, high in chosen:
            qty = Decimal(pick(rng, [1, 1, 2, 3, 5, 10, 12, 20, 50, 100]) if high < 2000 else pick(rng, [1, 1, 2, 3]))
            price = money(round(rng.uniform(low, high), 2 if high < 100 else 0))
            lines.append(Line(desc, qty, price, money(qty * price), unit))
    net = sum((li.amount for li in lines), Decimal("0.00"))
    nhil, getfund, covid, vat = _levies(net)
    levies = nhil + getfund + covid
    tax = levies + vat
    total = net + tax
    days = pick(rng, [0, 14, 30, 30, 45])
    terms = ("Cash on delivery" if days == 0 else pick(rng, [f"{days} days", f"Net {days} days", f"Payment within {days} days"])) if chance(rng, 0.6) else None
    due = issued + timedelta(days=days or 7)
    show_due = days and chance(rng, 0.5)
    doc = Doc(document_type=DOCUMENT_TYPE, locale="GH", currency="GHS", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, payment_terms=terms, due_date=due if show_due else None)
    lpo = f"LPO/{rng.randrange(100, 9999)}"
    bank = pick(rng, BANKS)
    account = f"{rng.randrange(10**12, 10**13)}"
    momo = vendor.extra["momo"]
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.5))
    css = theme.css(".ttl{font-size:18pt;font-weight:bold} .lbl{font-weight:bold;font-size:7.5pt} .cell{border:0.6pt solid #777;padding:2pt 4pt}")
    width, height = A4
    tin_label = pick(rng, ["TIN", "TIN:", "GRA TIN", "Tax Identification No."])
    words = words_cedis(total)
    levy_rows = [("NHIL (2.5%)", m(nhil), False), ("GETFund Levy (2.5%)", m(getfund), False), (pick(rng, ["COVID-19 HRL (1%)", "COVID-19 Levy (1%)"]), m(covid), False)]

    if layout == "evat":
        sdc = f"SDC{rng.randrange(100000, 999999)}"
        counter = f"{rng.randrange(100, 999)}/{rng.randrange(1000, 99999)} NS"
        internal = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(26))
        signature = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))
        meta = [("Invoice No.", f"<b>{esc(number)}</b>"), ("Date", fmt.date(issued)), ("LPO No.", lpo)]
        if show_due:
            meta.append(("Due Date", fmt.date(due)))
        if terms:
            meta.append(("Terms", esc(terms)))
        head = (f"<table style='width:100%'><tr><td style='width:60%'>{logo(vendor.name, rng, theme.accent)}<p class='b' style='font-size:13pt'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}</p><p class='small'>Digital Address: {vendor.extra['gps']} · Tel: {vendor.phone}<br/>{vendor.email}</p>"
                f"<p class='small b'>{tin_label} {vendor.tax_id}</p></td><td style='width:40%' class='r'><p class='ttl accent'>{pick(rng, ['TAX INVOICE', 'VAT INVOICE'])}</p>"
                "<table class='kv' style='width:100%'>" + "".join(f"<tr><td class='r small b' style='width:45%'>{k}</td><td class='r' style='width:55%'>{v}</td></tr>"
                                                                 for k, v in meta) + "</table></td></tr></table>"
                f"<table style='width:100%;margin-top:8pt'><tr><td class='cell' style='width:60%'><p class='lbl'>BILL TO</p><p class='b'>{esc(customer.name)}</p>"
                f"<p>{lines_html(customer.address)}</p><p class='small'>Customer TIN: {customer.tax_id}</p></td><td style='width:40%'></td></tr></table>")
        cols = [Col("No.", width="25pt"), Col("Description", width="215pt"), Col("Qty", "right", "40pt"), Col(f"Unit Price ({symbol})", "right", "70pt"),
                Col(f"Amount ({symbol})", "right", "80pt")]
        rows = [[str(i), esc(li.description), fmt.qty(li.quantity), num(li.unit_price), num(li.amount)] for i, li in enumerate(lines, 1)]
        tot = ([("Total (Excl. Levies &amp; VAT)", m(net), False), *levy_rows, ("Sub-Total (Incl. Levies)", m(net + levies), False),
                ("VAT (15%)", m(vat), False), ("Total Amount Payable", m(total), True)])
        evat = (f"<table style='width:100%;margin-top:10pt;border-top:0.6pt dashed #777'><tr><td style='width:72%' class='small'>"
                f"<b>E-VAT</b><br/>SDC ID: {sdc}<br/>SDC Time: {issued.isoformat()} {rng.randrange(8, 18):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}<br/>"
                f"Item count: {len(lines)}<br/>Invoice counter: {counter}<br/>Internal data: {internal}<br/>Signature: {signature}</td>"
                "<td style='width:28%'></td></tr></table>")
        tail = (totals_table(tot, width="50%", left="50%") + f"<p class='small' style='margin-top:6pt'><b>Amount in words:</b> {words}</p>"
                + f"<p class='small'>Payment: {bank}, Account No. {account} · Mobile Money (MoMo): {momo}</p>" + evat)
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                              continued=lambda i: f"<p class='b'>Invoice {esc(number)} – page {i + 1}</p>",
                              footer=lambda n, c: f"<p class='tiny r muted'>Page {n} of {c}</p>")
        qr_under_body(sheet, 66, right_inset=20, above=4, payload=f"{vendor.tax_id}|{number}|{total}|{sdc}")
        notes = {"sdc": sdc, "counter": counter}
    elif layout == "sme":
        head = (f"<p class='ttl'>INVOICE</p><table style='width:100%;margin-top:6pt'><tr><td style='width:55%'><p class='b' style='font-size:12pt'>{esc(vendor.name)}</p>"
                f"<p>{lines_html(vendor.address)}</p><p class='small'>{vendor.phone}<br/>{tin_label} {vendor.tax_id}</p></td>"
                f"<td style='width:45%'><p>Invoice #: {esc(number)}</p><p>Date: {fmt.date(issued)}</p>"
                + (f"<p>Due: {fmt.date(due)}</p>" if show_due else "") + "</td></tr></table>"
                f"<p class='lbl' style='margin-top:8pt'>BILL TO:</p><p>{esc(customer.name)}<br/>{lines_html(customer.address)}</p>")
        cols = [Col("Item", width="240pt"), Col("Qty", "right", "45pt"), Col("Price", "right", "75pt"), Col("Total", "right", "80pt")]
        rows = [[esc(li.description), fmt.qty(li.quantity), num(li.unit_price), num(li.amount)] for li in lines]
        taxes = ("<table class='items' style='width:60%'><tr><th>Levy / Tax</th><th style='text-align:right'>Rate</th><th style='text-align:right'>Amount</th></tr>"
                 f"<tr><td>NHIL</td><td class='r'>2.5%</td><td class='r'>{num(nhil)}</td></tr><tr><td>GETFund</td><td class='r'>2.5%</td><td class='r'>{num(getfund)}</td></tr>"
                 f"<tr><td>COVID-19 Levy</td><td class='r'>1%</td><td class='r'>{num(covid)}</td></tr><tr><td>VAT</td><td class='r'>15%</td><td class='r'>{num(vat)}</td></tr>"
                 f"<tr><td class='b'>Total Tax</td><td></td><td class='r b'>{num(tax)}</td></tr></table>")
        tot = [("Sub-Total", m(net), False), ("Taxes &amp; Levies", m(tax), False), ("Invoice Total", m(total), True)]
        tail = (taxes + totals_table(tot, width="45%", left="55%") + (f"<p style='margin-top:6pt'>Terms: {esc(terms)}</p>" if terms else "")
                + f"<p class='small' style='margin-top:6pt'>Pay via MoMo: {momo} ({esc(vendor.name)}) or {bank} A/C {account}.</p><p class='small'>Thank you for your business!</p>")
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, continued=lambda i: f"<p class='b'>Invoice {esc(number)} (cont.)</p>")
        notes = {}
    else:
        wht = money(net * Decimal("0.075"))
        contact = pick(rng, ["The Finance Manager", "The Procurement Officer", "The Administrator", "Head of Finance"])
        head = (f"<table style='width:100%'><tr><td style='width:62%'><p class='b' style='font-size:14pt;color:{theme.accent}'>{esc(vendor.name)}</p>"
                f"<p class='small'>{esc(', '.join(vendor.address))} · {vendor.extra['gps']}</p><p class='small'>{vendor.phone} · {vendor.email}</p></td>"
                f"<td style='width:38%' class='r'><p class='ttl'>INVOICE</p><p class='small'>{tin_label} {vendor.tax_id}</p></td></tr></table>"
                f"<table style='width:100%;margin-top:10pt'><tr><td style='width:55%'><p>{contact}<br/><b>{esc(customer.name)}</b><br/>{lines_html(customer.address)}</p></td>"
                f"<td style='width:45%'><table class='kv'><tr><td class='b small' style='width:80pt'>Invoice No.</td><td>{esc(number)}</td></tr>"
                f"<tr><td class='b small'>Date</td><td>{fmt.date(issued)}</td></tr><tr><td class='b small'>Your Ref.</td><td>{lpo}</td></tr>"
                + (f"<tr><td class='b small'>Due Date</td><td>{fmt.date(due)}</td></tr>" if show_due else "") + "</table></td></tr></table>")
        cols = [Col("Description of service", width="340pt"), Col(f"Amount ({symbol})", "right", "100pt")]
        rows = [[esc(li.description), num(li.amount)] for li in lines]
        tot = [("Sub-Total", m(net), False), *levy_rows, ("VAT @ 15%", m(vat), False), ("Total", m(total), True)]
        show_wht_row = chance(rng, 0.5)
        if show_wht_row:
            tot += [("Less: Withholding Tax 7.5%", f"({m(wht)})", False), ("Net amount payable", m(total - wht), True)]
        tail = (totals_table(tot, width="50%", left="50%")
                + ("" if show_wht_row else f"<p class='small'>Withholding tax of 7.5% ({m(wht)}) to be deducted at source; please forward the WHT credit certificate.</p>")
                + (f"<p style='margin-top:6pt'>Payment terms: {esc(terms)}</p>" if terms else "")
                + f"<p class='small' style='margin-top:6pt'><b>{words}</b></p><p class='small'>Bank: {bank} · A/C No. {account} · MoMo Merchant: {momo}</p>"
                + "<p class='small' style='margin-top:14pt'>______________________<br/>Authorised Signatory</p>")
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, continued=lambda i: f"<p class='b'>Invoice {esc(number)} (cont.)</p>")
        notes = {"wht": str(wht)}
    notes.update({"gps": vendor.extra["gps"], "momo": momo, "levies": str(levies), "vat_only": str(vat)})
    return Built(doc=doc, sheet=sheet, template=f"gh_{layout}", png_scan_ok=len(sheet.pages) == 1, notes=notes)
