"""UAE VAT tax invoice (English labels): Tally-style gridded print, cloud-accounting invoice, service invoice.

"Tax Invoice" with the supplier's TRN (15 digits, 100…; the truth's tax id) and the customer's TRN
(a decoy), VAT 5 % (exports and some supplies zero-rated), AED printed as "AED", "Dhs" or "Dhs."
before the amount (or "AED" after), P.O. Box addresses ("P.O. Box 12345, Dubai, UAE"), trade licence
number, delivery note / buyer's order / LPO numbers (decoys), amount in words ("UAE Dirhams … and
Fifty Fils Only"), the VAT analysis (taxable value, rate, VAT), "Total Amount Payable" / "Grand Total",
the supplier's bank details with an AE IBAN (decoy), "Balance Due" after a payment made (decoy).

Truth: vendor = the supplier in the letterhead, customer = the buyer; net = the taxable value / sub
total as printed; tax = total VAT; total = the invoice total incl. VAT (not a balance after a payment).
"""

from __future__ import annotations

import random
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, paged_sheet, pick
from corpus.holdout.catalog import totals_by_rate
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo, rate, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_sixth import ae_company, ae_fmt, ae_iban
from corpus.holdout.money import money, words_english
from corpus.holdout.render import A4
from corpus.holdout.templates._third import lines_from

FAMILY = "ae_tax_invoice"
DOCUMENT_TYPE = "invoice"

V, Z = Decimal(5), Decimal(0)
GOODS = [("Portland cement OPC 50kg bag", "Bag", 14, 22, False, V), ("Steel rebar 12mm (per ton)", "Ton", 2300, 3100, True, V),
         ("A4 copier paper 80gsm (box)", "Box", 55, 95, False, V), ("LED panel light 60x60 40W", "Pcs", 45, 120, False, V),
         ("Split AC unit 2.0 ton inverter", "Nos", 1900, 3400, False, V), ("Basmati rice 1121 sella 40kg", "Bag", 190, 290, False, V),
         ("Sunflower oil 1.8L x 6", "Ctn", 62, 95, False, V), ("Safety shoes S3 steel toe", "Pair", 75, 160, False, V),
         ("HP LaserJet toner 26A", "Pcs", 240, 420, False, V), ("PVC pipe 4 inch class D 6m", "Len", 38, 75, False, V),
         ("Gypsum board 12.5mm", "Sheet", 18, 29, False, V), ("Bottled water 500ml x 24", "Ctn", 9, 16, False, V),
         ("Export shipment - packing and crating", "Lot", 900, 3800, False, Z)]
SERVICES = [("Annual maintenance contract - HVAC (quarterly)", 2500, 9800, V), ("Manpower supply - technicians", 6000, 28000, V),
            ("Deep cleaning services - office premises", 1800, 7500, V), ("IT support retainer", 3500, 15000, V),
            ("Pest control treatment", 450, 1800, V), ("Fit-out works - partition and ceiling", 12000, 86000, V),
            ("Consultancy services - VAT health check", 4000, 22000, V), ("Security guarding services", 8000, 36000, V),
            ("Services to non-resident (zero-rated)", 2000, 12000, Z)]
TERMS = ["Net 30", "30 Days", "Due on Receipt", "45 days from invoice date", "Credit 60 days", "Cash"]


def build(rng: random.Random) -> Built:
    vendor = ae_company(rng)
    customer = ae_company(rng)
    fmt = ae_fmt(rng)
    layout = pick(rng, ["tally", "cloud", "services"])
    issued, due, days = issue_and_due(rng, (15, 30, 30, 45, 60))
    if layout == "services":
        from corpus.holdout.catalog import Line

        chosen = rng.sample(SERVICES, rng.randrange(1, 5))
        lines = [Line(desc, None, None, money(round(rng.uniform(low, high) / 50) * 50), tax_rate=vat) for desc, low, high, vat in chosen]
    else:
        count = rng.randrange(14, 26) if chance(rng, 0.15) else rng.randrange(2, 9)
        lines = lines_from(rng, GOODS, min(count, len(GOODS)), max_qty=20)
        if count > len(GOODS):           # long deliveries repeat goods in other sizes
            extra = lines_from(rng, GOODS, count - len(GOODS), max_qty=20)
            for line in extra:
                line.description += pick(rng, [" - batch 2", " (grade B)", " - site 2"])
            lines += extra
    _rates, bases, taxes, net, tax, total = totals_by_rate(lines)
    number = pick(rng, [f"INV-{rng.randrange(1, 99999):06d}", f"TI/{issued.year}/{rng.randrange(100, 9999)}",
                        f"{rng.randrange(1000, 99999)}", f"SI-{issued.strftime('%y')}-{rng.randrange(1000, 9999)}"])
    terms_mode = pick(rng, ["terms", "due", "both", "none"])
    terms = pick(rng, TERMS) if terms_mode in ("terms", "both") else None
    customer_id = f"{pick(rng, ['C', 'CUST-', 'AC'])}{rng.randrange(100, 99999)}" if chance(rng, 0.4) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale="AE", currency="AED", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=due if terms_mode in ("due", "both") else None, payment_terms=terms, customer_id=customer_id)
    paid = money(total * Decimal(pick(rng, ["0.25", "0.5"]))) if layout == "cloud" and chance(rng, 0.25) else Decimal("0.00")

    theme = Theme.pick(rng, size=(7.5, 9.0), table={"tally": "grid", "cloud": pick(rng, ["zebra", "header_fill", "rules"]),
                                                     "services": pick(rng, ["boxed", "grid", "rules"])}[layout])
    css = theme.css(".ttl{font-size:15pt;font-weight:bold} .cap{font-size:6.5pt;color:#666} .g td{border:0.6pt solid #444}"
                    " .g{width:100%;border-collapse:collapse}")
    width, height = A4
    num, money_ = fmt.num, fmt.money
    trn_label = pick(rng, ["TRN", "TRN:", "Tax Registration No.", "VAT Reg. No. (TRN)"])
    cust_trn = f"<br/>TRN: {esc(customer.tax_id)}" if chance(rng, 0.7) else ""
    words = words_english(total, unit="UAE Dirhams", cents="Fils")
    iban = ae_iban(rng)
    bank = pick(rng, ["Emirates NBD", "Abu Dhabi Commercial Bank", "Mashreq Bank", "First Abu Dhabi Bank", "Dubai Islamic Bank"])
    bank_html = (f"<p class='small'><b>Bank details</b><br/>Account name: {esc(vendor.name)}<br/>Bank: {bank}<br/>"
                 f"A/c No.: {rng.randrange(10**11, 10**13)}<br/>IBAN: {iban}<br/>SWIFT: {pick(rng, ['EBILAEAD', 'ADCBAEAA', 'BOMLAEAD', 'NBADAEAA', 'DUIBAEAD'])}</p>")
    lpo = f"LPO-{rng.randrange(1000, 99999)}"
    dn = f"DN-{rng.randrange(1000, 99999)}"
    title = pick(rng, ["Tax Invoice", "TAX INVOICE"])

    if layout == "tally":
        cells = [("Invoice No.", esc(number)), ("Dated", fmt.date(issued)), ("Delivery Note", dn),
                 ("Mode/Terms of Payment", esc(terms) if terms else ""), ("Buyer's Order No.", lpo),
                 ("Dated", fmt.date(issued) if chance(rng, 0.5) else ""), ("Dispatched through", pick(rng, ["Own vehicle", "Courier", "By road"])),
                 ("Due Date", fmt.date(due) if doc.due_date else "")]
        meta = "<table class='g'>" + "".join(
            f"<tr><td style='width:50%'><span class='cap'>{cells[i][0]}</span><br/>{cells[i][1]}</td>"
            f"<td style='width:50%'><span class='cap'>{cells[i + 1][0]}</span><br/>{cells[i + 1][1]}</td></tr>" for i in range(0, len(cells), 2)) + "</table>"
        seller = (f"<b>{esc(vendor.name)}</b><br/>{lines_html(vendor.address)}<br/>{trn_label} {esc(vendor.tax_id)}<br/>"
                  f"Tel: {esc(vendor.phone)}<br/>E-Mail: {esc(vendor.email)}")
        buyer = (f"<span class='cap'>Buyer (Bill to)</span><br/><b>{esc(customer.name)}</b><br/>{lines_html(customer.address)}{cust_trn}"
                 + (f"<br/>Party code: {esc(customer_id)}" if customer_id else ""))
        head = (f"<p class='c b' style='font-size:12pt'>{title}</p><table class='g'><tr><td style='width:50%'>{seller}</td>"
                f"<td style='width:50%' rowspan='2'>{meta}</td></tr><tr><td>{buyer}</td></tr></table>")
        cols = [Col("Sl No.", "center", "6%"), Col("Description of Goods", width="46%"), Col("Quantity", "right", "12%"),
                Col("Rate", "right", "12%"), Col("per", "center", "6%"), Col("Amount", "right", "18%")]
        rows = [[str(i + 1), esc(ln.description), f"{fmt.qty(ln.quantity)} {ln.unit}", num(ln.unit_price), ln.unit, num(ln.amount)]
                for i, ln in enumerate(lines)]
        vat_rows = "".join(f"<tr><td></td><td class='r b'>Output VAT {rate(r)}%</td><td></td><td class='r'>{rate(r)} %</td><td></td>"
                           f"<td class='r'>{num(taxes[r])}</td></tr>" for r in bases if taxes[r])
        total_row = (f"<tr class='grand'><td></td><td class='r'>Total</td><td></td><td></td><td></td><td class='r'>{money_(total)}</td></tr>")
        analysis = ("<table class='g small' style='margin-top:6pt'><tr><td class='b'>Taxable Value</td><td class='b'>VAT Rate</td>"
                    "<td class='b r'>VAT Amount</td><td class='b r'>Total Tax Amount</td></tr>"
                    + "".join(f"<tr><td>{num(bases[r])}</td><td>{rate(r)}%</td><td class='r'>{num(taxes[r])}</td><td class='r'>{num(taxes[r])}</td></tr>"
                              for r in bases)
                    + (f"<tr><td class='b'>{num(net)}</td><td class='b'>Total</td><td class='r b'>{num(tax)}</td><td class='r b'>{num(tax)}</td></tr>"
                       if len(bases) > 1 or chance(rng, 0.6) else "") + "</table>")
        tail = (f"<p class='small' style='margin-top:4pt'>Amount Chargeable (in words)<br/><b>{esc(words)}</b></p>{analysis}"
                f"<table style='width:100%;margin-top:6pt'><tr><td style='width:55%'>{bank_html}</td><td style='width:45%' class='r'>"
                f"for {esc(vendor.name)}<br/><br/><br/>Authorised Signatory</td></tr></table>"
                "<p class='tiny c muted'>This is a Computer Generated Invoice</p>")
        extra_rows = [vat_rows, total_row]
        zebra = False
    elif layout == "cloud":
        meta = [(pick(rng, ["Invoice#", "Invoice No"]), esc(number)), ("Invoice Date", fmt.date(issued))]
        if terms:
            meta.append(("Terms", esc(terms)))
        if doc.due_date:
            meta.append(("Due Date", fmt.date(due)))
        if customer_id:
            meta.append(("Customer ID", esc(customer_id)))
        if chance(rng, 0.5):
            meta.append(("P.O.#", lpo))
        meta_html = "<table class='kv'>" + "".join(f"<tr><td class='muted' style='width:80pt'>{k}</td><td style='width:110pt'>{v}</td></tr>" for k, v in meta) + "</table>"
        head = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(vendor.name, rng, theme.accent)}<p class='b'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}<br/>{trn_label} {esc(vendor.tax_id)}</p></td>"
                f"<td style='width:45%' class='r'><p class='ttl accent'>{title}</p><p class='small'>Balance Due</p>"
                f"<p class='b' style='font-size:13pt'>{money_(total - paid)}</p></td></tr></table>"
                f"<table style='width:100%;margin-top:8pt'><tr><td style='width:55%'><p class='muted'>Bill To</p><p><b>{esc(customer.name)}</b><br/>"
                f"{lines_html(customer.address)}{cust_trn}</p></td><td style='width:45%'>{meta_html}</td></tr></table>")
        cols = [Col("#", "center", "5%"), Col("Item &amp; Description", width="41%"), Col("Qty", "right", "9%"), Col("Rate", "right", "12%"),
                Col("VAT %", "right", "9%"), Col("VAT", "right", "11%"), Col("Amount", "right", "13%")]
        rows = [[str(i + 1), esc(ln.description), fmt.qty(ln.quantity), num(ln.unit_price), f"{rate(ln.tax_rate)}%",
                 num(money(ln.amount * ln.tax_rate / 100)), num(ln.amount)] for i, ln in enumerate(lines)]
        vat_rates = [r for r in bases if taxes[r]] or list(bases)[:1]
        totals = [("Sub Total", num(net), False)] + [(f"VAT ({rate(r)}%)", num(taxes[r]), False) for r in vat_rates]
        if len(vat_rates) > 1:
            totals.append(("Total VAT", num(tax), False))
        totals.append((pick(rng, ["Total", "Total (AED)"]), money_(total), True))
        if paid:
            totals += [("Payment Made", f"(-) {num(paid)}", False), ("Balance Due", money_(total - paid), True)]
        tail = (totals_table(totals, left="50%") + f"<p class='small'>Total In Words: <i>{esc(words)}</i></p>"
                f"<p class='small muted' style='margin-top:6pt'>Notes: Thank you for the business.</p>{bank_html}")
        extra_rows = []
        zebra = theme.table == "zebra"
    else:
        meta = [("Invoice Number", esc(number)), ("Invoice Date", fmt.date(issued))]
        if doc.due_date:
            meta.append(("Payment Due", fmt.date(due)))
        if terms:
            meta.append(("Payment Terms", esc(terms)))
        if customer_id:
            meta.append(("Client Code", esc(customer_id)))
        meta.append(("Contract / LPO", lpo))
        head = (f"<div class='band'><span class='b' style='font-size:13pt'>{esc(vendor.name)}</span></div>"
                f"<p class='small'>{esc(', '.join(vendor.address))} · Tel {esc(vendor.phone)}</p>"
                f"<p class='small'>{trn_label} {esc(vendor.tax_id)} · Trade Licence No. {vendor.extra['trade_licence']}</p>"
                f"<p class='ttl accent' style='margin-top:6pt'>{title}</p>"
                f"<table style='width:100%'><tr><td style='width:50%' class='boxed'><p class='cap'>Customer</p><p><b>{esc(customer.name)}</b><br/>"
                f"{lines_html(customer.address)}{cust_trn}</p></td><td style='width:50%'>"
                + "<table class='kv'>" + "".join(f"<tr><td class='b' style='width:90pt'>{k}</td><td style='width:120pt'>{v}</td></tr>" for k, v in meta)
                + "</table></td></tr></table>")
        cols = [Col("Description", width="40%"), Col("Taxable Amount (AED)", "right", "17%"), Col("VAT Rate", "right", "10%"),
                Col("VAT Amount (AED)", "right", "15%"), Col("Total incl. VAT (AED)", "right", "18%")]
        rows = [[esc(ln.description), num(ln.amount), f"{rate(ln.tax_rate)}%", num(money(ln.amount * ln.tax_rate / 100)),
                 num(ln.amount + money(ln.amount * ln.tax_rate / 100))] for ln in lines]
        totals = [("Total Taxable Amount", num(net), False), ("Total VAT", num(tax), False),
                  (pick(rng, ["Total Amount Payable", "Grand Total", "Total Amount Payable (AED)"]), money_(total), True)]
        tail = (totals_table(totals, left="45%") + f"<p class='small'>Amount in words: {esc(words)}</p>{bank_html}"
                "<p class='tiny muted'>Please quote the invoice number on all remittances. Cheques to be drawn in favour of "
                f"{esc(vendor.name)}.</p>")
        extra_rows = []
        zebra = False

    def body(chunk, index, is_last):
        top = head if index == 0 else f"<p class='b'>{title} {esc(number)} - continued</p>"
        return top + items_table(cols, chunk, zebra=zebra, extra_rows=extra_rows if is_last else ()) + (tail if is_last else "")

    sheet = paged_sheet(width, height, css, (36, 34, 36, 28), rows, body,
                        footer=lambda n, c: f"<p class='tiny c muted'>{esc(vendor.name)} · {esc(vendor.email)}"
                        + (f" · Page {n} of {c}" if c > 1 else "") + "</p>", footer_height=14)
    return Built(doc=doc, sheet=sheet, template=f"ae_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"customer_trn": customer.tax_id if cust_trn else None, "iban": iban, "paid": float(paid)})
