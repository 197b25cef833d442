"""Canadian invoice: Wave-style small business invoice, Ontario/Atlantic HST trade invoice, Québec bilingual facture.

Sales taxes by the province of supply: HST 13 % (ON) or 15 % (NS, NB); GST 5 % alone (AB); GST 5 % +
QST 9.975 % (QC); GST 5 % + PST 7 % (BC, MB) or 6 % (SK). Tax ids: "GST/HST No. 123456789 RT0001"
(the truth's tax id) and, in Québec, "QST No. 1234567890 TQ0001" (a second, provincial number);
BN, PST numbers are decoys. Wave-style: INVOICE, Invoice Number, Invoice Date, Payment Due, "Amount
Due (CAD)" box, Bill To, Items / Quantity / Price / Amount. Trade invoice: Sold To / Ship To, P.O.
number and Terms strip, HST line, overdue interest note, remit-to. Québec: "Facture / Invoice",
"No de facture / Invoice No.", "Vendu à / Sold to", TPS / GST, TVQ / QST, French number format
"1 234,56 $".
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, paged_sheet, pick
from corpus.holdout.catalog import line_sum, make_lines, tax_on
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import account_code, address, make_company
from corpus.holdout.locales import Fmt
from corpus.holdout.render import LETTER

FAMILY = "ca_invoice"
DOCUMENT_TYPE = "invoice"

# province -> printed tax lines (label, rate percent)
PROVINCE_TAXES = {
    "ON": [("HST", Decimal(13))], "NS": [("HST", Decimal(15))], "NB": [("HST", Decimal(15))],
    "AB": [("GST", Decimal(5))], "QC": [("GST", Decimal(5)), ("QST", Decimal("9.975"))],
    "BC": [("GST", Decimal(5)), ("PST", Decimal(7))], "MB": [("GST", Decimal(5)), ("PST", Decimal(7))],
    "SK": [("GST", Decimal(5)), ("PST", Decimal(6))],
}
FRENCH = {"GST": "TPS", "QST": "TVQ", "HST": "TVH", "PST": "TVP"}


def _same_province(rng: random.Random, province: str) -> list[str]:
    for _ in range(40):
        lines = address(rng, "CA")
        if lines[-1].split()[-3] == province:
            return lines
    return lines


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["wave", "trade", "quebec"])
    vendor = make_company(rng, "CA")
    if layout == "quebec":
        while vendor.extra["province"] != "QC":
            vendor = make_company(rng, "CA")
    elif layout == "trade":
        while vendor.extra["province"] not in ("ON", "NS", "NB", "BC", "MB", "SK", "AB"):
            vendor = make_company(rng, "CA")
    province = vendor.extra["province"]
    customer = make_company(rng, "CA", with_tax=False)
    customer.address = _same_province(rng, province)
    french = layout == "quebec"
    fmt = Fmt.pick(rng, "CA", date_pattern="iso" if french or chance(rng, 0.4) else pick(rng, ["month_d_y", "mon_d_y"]))
    if french and chance(rng, 0.7):
        fmt.number_style, fmt.symbol, fmt.position = "fr", "$", "post_space"
    issued, due, days = issue_and_due(rng, (15, 30, 30, 30, 45, 60))
    number = pick(rng, [f"{rng.randrange(1, 9999)}", f"INV-{rng.randrange(100, 99999):05d}", f"{issued.year}-{rng.randrange(1, 999):03d}",
                        f"F{rng.randrange(10000, 99999)}"])
    catalog = pick(rng, ["services_en", "office_en", "industrial_en"])
    lines = make_lines(rng, catalog, rng.randrange(1, 9) if chance(rng, 0.85) else rng.randrange(26, 38), max_qty=12)
    net = line_sum(lines)
    taxes = [(label, pct, tax_on(net, pct)) for label, pct in PROVINCE_TAXES[province]]
    tax = sum((t for _, _, t in taxes), Decimal("0.00"))
    total = net + tax
    terms_text = pick(rng, [f"Net {days}", f"Net {days} days", "Due on receipt" if days <= 15 else f"Net {days}"])
    show_due = chance(rng, 0.8)
    show_terms = layout == "trade" or (layout == "quebec" and chance(rng, 0.6))
    if french and show_terms:
        terms_text = f"Net {days} jours / Net {days} days"
    doc = Doc(document_type=DOCUMENT_TYPE, locale="CA", currency="CAD", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=due if show_due else None, payment_terms=terms_text if show_terms else None)
    if chance(rng, 0.45):
        doc.customer_id = account_code(rng, pick(rng, ["C", "CUST", "num"]))
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.5))
    css = theme.css(".ttl{font-size:20pt;font-weight:bold} .due{background:" + theme.zebra + ";padding:5pt}")
    width, height = LETTER
    money = fmt.money
    qst = vendor.extra.get("qst")
    gst_label = "GST/HST No." if province in ("ON", "NS", "NB") or chance(rng, 0.5) else "GST No."
    ids = [f"{gst_label if not french else 'No TPS / GST No.'} {vendor.tax_id}"]
    if qst:
        ids.append(f"{'No TVQ / QST No.' if french else 'QST No.'} {qst}")
    if province in ("BC", "SK", "MB") and chance(rng, 0.6):
        ids.append(f"PST {'No.' if province != 'MB' else 'RST No.'} {rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}")
    ids_html = "<br/>".join(esc(i) for i in ids)

    def tax_label(label: str, pct: Decimal) -> str:
        shown = f"{pct.normalize():f}".replace(".", "," if french and fmt.number_style == "fr" else ".")
        if french:
            return f"{FRENCH[label]} / {label} ({shown} %)"
        return f"{label} {shown}%" if chance(rng, 0.5) else f"{label} ({shown}%) on {money(net)}"

    totals = [("Sous-total / Subtotal" if french else "Subtotal", money(net), False)]
    totals += [(tax_label(label, pct), money(value), False) for label, pct, value in taxes]
    totals.append(("Total" if not french else "Total (CAD)", money(total), True))
    paid = None
    if layout == "wave" and chance(rng, 0.3):
        paid = (total * Decimal(pick(rng, ["0.25", "0.5"]))).quantize(Decimal("0.01"))
        totals.append((f"Payment on {fmt.date(issued + timedelta(days=2))}", f"({money(paid)})", False))
    amount_due = total - (paid or Decimal(0))
    if layout == "wave":
        totals.append(("Amount Due (CAD)", money(amount_due), True))
        meta = [("Invoice Number:", esc(number)), ("Invoice Date:", fmt.date(issued))]
        if doc.customer_id:
            meta.insert(1, ("Customer ID:", esc(doc.customer_id)))
        if show_due:
            meta.append(("Payment Due:", fmt.date(due)))
        meta.append(("Amount Due (CAD):", f"<b>{money(amount_due)}</b>"))
        head = (f"<table style='width:100%'><tr><td style='width:50%'>{logo(vendor.name, rng, theme.accent)}</td>"
                f"<td style='width:50%' class='r'><p class='ttl'>INVOICE</p><p class='b'>{esc(vendor.name)}</p>"
                f"<p>{lines_html(vendor.address)}<br/>{esc(vendor.phone)}<br/>{esc(vendor.website)}<br/>{ids_html}</p></td></tr></table>"
                f"<table style='width:100%;margin-top:10pt;border-top:0.5pt solid #bbb'><tr><td style='width:50%'>"
                f"<p class='muted'>BILL TO</p><p><b>{esc(customer.name)}</b><br/>{lines_html(customer.address)}<br/>{esc(customer.email)}</p></td>"
                f"<td style='width:50%'><table class='kv' style='width:100%'>"
                + "".join(f"<tr><td class='r b' style='width:55%'>{k}</td><td style='width:45%'>{v}</td></tr>" for k, v in meta)
                + "</table></td></tr></table>")
        cols = [Col("Items", width="52%"), Col("Quantity", "right", "12%"), Col("Price", "right", "16%"), Col("Amount", "right", "20%")]

        def cells(line) -> list[str]:
            return [esc(line.description), fmt.qty(line.quantity), money(line.unit_price), money(line.amount)]
        notes = f"<p class='small' style='margin-top:10pt'><b>Notes / Terms</b><br/>Thank you for your business. e-Transfer to {esc(vendor.email)}.</p>"
    else:
        sold, ship = ("Vendu à / Sold to", "Expédié à / Ship to") if french else ("Sold To", "Ship To")
        ship_lines = address(rng, "CA") if chance(rng, 0.5) else customer.address
        po = f"{rng.randrange(10000, 999999)}"
        strip = [("No de facture / Invoice No." if french else "Invoice No.", esc(number)),
                 ("Date", fmt.date(issued)), ("Bon de commande / P.O." if french else "P.O. No.", po)]
        if show_terms:
            strip.append(("Conditions / Terms" if french else "Terms", esc(terms_text)))
        if show_due:
            strip.append(("Échéance / Due date" if french else "Due Date", fmt.date(due)))
        if doc.customer_id:
            strip.append(("No client / Customer No." if french else "Account No.", esc(doc.customer_id)))
        strip_html = ("<table class='items'><tr>" + "".join(f"<th>{k}</th>" for k, _ in strip) + "</tr><tr>"
                      + "".join(f"<td>{v}</td>" for _, v in strip) + "</tr></table>")
        head = (f"<table style='width:100%'><tr><td style='width:60%'><p class='b big'>{esc(vendor.name)}</p>"
                f"<p>{lines_html(vendor.address)}<br/>Tél. / Tel. {esc(vendor.phone)}</p><p class='small'>{ids_html}</p></td>"
                f"<td style='width:40%' class='r'><p class='ttl accent'>{'FACTURE / INVOICE' if french else 'INVOICE'}</p></td></tr></table>"
                f"<table style='width:100%;margin-top:8pt'><tr><td style='width:50%'><p class='b'>{sold}</p><p>{esc(customer.name)}<br/>"
                f"{lines_html(customer.address)}</p></td><td style='width:50%'><p class='b'>{ship}</p><p>{esc(customer.name)}<br/>"
                f"{lines_html(ship_lines)}</p></td></tr></table>{strip_html}")
        cols = [Col("Code", width="12%"), Col("Description", width="44%"), Col("Qté / Qty" if french else "Qty", "right", "10%"),
                Col("Prix / Price" if french else "Unit Price", "right", "16%"), Col("Montant / Amount" if french else "Amount", "right", "18%")]
        codes = {id(line): f"{rng.choice(['A', 'S', 'P'])}-{rng.randrange(100, 9999)}" for line in lines}

        def cells(line) -> list[str]:
            return [codes[id(line)], esc(line.description), fmt.qty(line.quantity), fmt.num(line.unit_price), fmt.num(line.amount)]
        interest = ("Intérêts de 2 % par mois (26,82 % par année) sur les comptes en souffrance. / " if french else "") + \
            "Interest of 2% per month (26.82% per annum) charged on overdue accounts."
        notes = (f"<p class='small' style='margin-top:10pt'>{interest}</p><p class='small'>"
                 f"{'Veuillez libeller votre chèque à / Please make cheques payable to' if french else 'Please make cheques payable to'} "
                 f"{esc(vendor.name)}.</p>")
    tail = totals_table(totals, left="48%") + notes

    def body(chunk, index, is_last):
        top = head if index == 0 else f"<p class='b'>{esc(vendor.name)} - {'Facture' if french else 'Invoice'} {esc(number)} (cont.)</p>"
        return top + items_table(cols, [cells(ln) for ln in chunk], zebra=theme.table == "zebra") + (tail if is_last else "")

    sheet = paged_sheet(width, height, css, (42, 36, 42, 30), lines, body,
                        footer=lambda n, c: f"<p class='tiny r muted'>Page {n} / {c}</p>", footer_height=12)
    return Built(doc=doc, sheet=sheet, template=f"ca_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"province": province, "taxes": [t[0] for t in taxes], "deposit": float(paid) if paid else None})
