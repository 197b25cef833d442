"""UK construction subcontractor invoice under the Construction Industry Scheme (CIS).

Three prints: a sole trader's word-processor invoice (the tradesman's name or trading name at the top, UTR
and National Insurance number, "Invoice No: 045", To: the contractor, Site: the job address, labour and
materials as separate rows, "Less CIS deduction @ 20% on labour", "Balance due", bank sort code and
account); an accounting-package tax invoice with CIS (Description / Qty / Unit Price / VAT / Amount GBP,
"20% (VAT on Income) Reverse Charge" or "Domestic Reverse Charge @ 20%" per line, Subtotal / Total VAT
0.00 / Total GBP, "Less CIS Deduction", "Amount Due GBP", the HMRC note "Customer to account to HMRC for
the reverse charge output tax on the VAT exclusive price of items marked 'reverse charge'" with the VAT
amount it names); and an application for payment / VAT invoice from a limited-company subcontractor
(Application No. / Valuation No., contract and order numbers, period ending, the valuation summary —
gross valuation to date, less retention @ 5 %, less previously certified — and this application's works
with a Labour / Materials type column, CIS on the labour element).

VAT varies as it does on site: VAT-registered subcontractors under the domestic reverse charge (from
1 March 2021) print "VAT @ 20%: Reverse charge 0.00" or only the reverse-charge note; a few bill an end
user or a non-construction service with VAT 20 % charged; many sole traders are not VAT registered. CIS
deduction 20 % (registered), 30 % (unregistered) or none ("Gross payment status").

Truth: vendor = the subcontractor (the issuer), customer = the contractor billed (its address, not the
site's); tax id = the subcontractor's VAT Reg No where printed (null when not VAT registered); UTR, NI
number, company number, the contractor's own VAT number, application / valuation / order / contract
numbers, the site address, period-ending date, retention and the valuation summary are decoys. **Total =
the gross invoice total before the CIS deduction** (the net under the reverse charge; net + VAT when VAT
is charged): the CIS deduction is tax withheld by the contractor, so "Amount due" / "Balance due" after it
is a decoy (as the Nigerian WHT and the Italian ritenuta). Tax = 0.00 where a reverse-charge VAT line of
0.00 is printed; null where only the note (with its notional VAT amount, a decoy) is printed, or no VAT at
all; 20 % of the net where VAT is charged. Net = Subtotal / Net where printed. Lines: labour and materials
rows, days or hours x rate where printed.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Col, Theme, esc, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import (
    PLACE_WORDS,
    SURNAMES,
    Party,
    address,
    make_company,
    person_name,
    phone,
    uk_vat,
)
from corpus.holdout.fakes_eighth import fmt_of
from corpus.holdout.fakes_tenth import uk_nino, uk_utr
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._eighth import flowing_sheet

FAMILY = "uk_cis_invoice"
DOCUMENT_TYPE = "invoice"
TRADES = {"Plastering": (["Plastering labour – skim coat to plots {p}", "Dry lining and taping, {b}", "Render to external elevations, {b}"],
                         [("British Gypsum Multi-Finish 25kg", 9, 14), ("Plasterboard 12.5mm 2400x1200", 8, 13), ("Angle beads and scrim", 25, 80)]),
          "Electrical": (["First fix electrical labour – {b}", "Second fix electrical labour – plots {p}", "Testing and certification – {b}"],
                         [("Twin & earth cable 2.5mm 100m", 70, 115), ("Back boxes and fixings", 30, 90), ("Consumer unit 10-way RCBO", 180, 320)]),
          "Groundworks": (["Groundworks labour – drainage runs, {b}", "Excavation and kerbing labour, plots {p}", "Operator and machine hire (labour element)"],
                          [("Type 1 MOT sub-base (tonne)", 22, 34), ("110mm drainage pipe 3m", 14, 26), ("Concrete C30 (m3)", 105, 140)]),
          "Carpentry": (["First fix carpentry – plots {p}", "Second fix carpentry and ironmongery, {b}", "Roof trusses and battening labour, {b}"],
                        [("CLS timber 38x63mm 2.4m", 3, 6), ("Internal door blanks", 35, 70), ("Screws, nails and fixings", 20, 75)]),
          "Bricklaying": (["Brickwork labour – {b}", "Blockwork inner leaf labour, plots {p}", "Chimney and feature brickwork, {b}"],
                          [("Mortar and sand (bulk bag)", 45, 70), ("Wall ties and DPC", 30, 85), ("Lintels 1200mm", 25, 45)])}
BLOCKS = ["Block A", "Block B", "Phase 2", "Units 1-4", "the east wing", "the rear extension", "level 3"]


def _sub(rng: random.Random, trade: str, sole: bool) -> tuple[Party, str | None]:
    if sole:
        person = person_name(rng, "GB")
        name = pick(rng, [f"{person.split()[1]} {trade}", f"{person} {trade}", person, f"{person.split()[0][0]}. {person.split()[1]} {trade} Services"])
        party = Party(name=name, address=address(rng, "GB"), country="GB", phone=f"07{rng.randrange(100, 999)} {rng.randrange(100000, 999999)}")
        party.email = f"{person.split()[1].lower()}{trade[:5].lower()}@mail.example"
        return party, person
    party = make_company(rng, "GB")
    party.name = f"{pick(rng, PLACE_WORDS['en'] + SURNAMES['en'])} {trade} {pick(rng, ['Ltd', 'Limited', 'Contractors Ltd'])}"
    return party, None


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["sole_trader", "accounts", "application"])
    trade = pick(rng, list(TRADES))
    sole = layout == "sole_trader" or (layout == "accounts" and chance(rng, 0.4))
    vendor, person = _sub(rng, trade, sole)
    contractor = make_company(rng, "GB")
    contractor.name = f"{pick(rng, PLACE_WORDS['en'] + SURNAMES['en'])} {pick(rng, ['Construction', 'Build', 'Homes', 'Developments', 'Building Contractors'])} {pick(rng, ['Ltd', 'Limited', 'plc'])}"
    vat_mode = pick(rng, ["none", "none", "drc_note", "drc_line"] if layout == "sole_trader" else ["drc_line", "drc_line", "drc_note", "charged"])
    vendor.tax_id = uk_vat(rng) if vat_mode != "none" else None
    cis_rate = pick(rng, [20, 20, 20, 20, 30, 0])
    utr = uk_utr(rng)
    issued = random_date(rng)
    fmt = fmt_of("GB", "GBP", number_style="en", symbol="£", position="pre", date_pattern=pick(rng, ["dmy_slash", "d_month_y", "d_mon_y", "ordinal_month_y"]))
    m, num = fmt.money, fmt.num
    labour_desc, materials = TRADES[trade]
    site = address(rng, "GB")
    plots = f"{rng.randrange(1, 40)}-{rng.randrange(41, 90)}"

    labour: list[Line] = []
    for desc in rng.sample(labour_desc, rng.randrange(1, 3)):
        desc = desc.format(p=plots, b=pick(rng, BLOCKS))
        if chance(rng, 0.55):
            days = Decimal(rng.randrange(2, 30)) / (2 if chance(rng, 0.3) else 1)
            day_rate = money(pick(rng, [160, 180, 200, 220, 240, 260, 280]))
            labour.append(Line(f"{desc}", days, day_rate, money(days * day_rate), "days"))
        else:
            labour.append(Line(desc, None, None, money(pick(rng, [850, 1200, 1650, 2400, 3100, 3850, 4600, 5200, 6800]))))
    mats: list[Line] = []
    if chance(rng, 0.75):
        for desc, low, high in rng.sample(materials, rng.randrange(1, 4)):
            qty = Decimal(pick(rng, [1, 2, 4, 5, 10, 20, 40]))
            price = money(rng.uniform(low, high))
            mats.append(Line(desc, qty, price, money(qty * price)))
    if layout == "sole_trader":   # a word-processor invoice prints materials as one amount
        if mats:
            mats = [Line(pick(rng, ["Materials (receipts attached)", "Materials supplied", f"Materials – {mats[0].description.lower()} etc."]), None, None,
                         sum((li.amount for li in mats), Decimal("0.00")))]
    lines = labour + mats
    if layout == "accounts":   # an accounting package prints every row as quantity x unit price
        for li in lines:
            if li.quantity is None:
                li.quantity, li.unit_price = Decimal(1), li.amount
    labour_total = sum((li.amount for li in labour), Decimal("0.00"))
    net = sum((li.amount for li in lines), Decimal("0.00"))
    vat = money(net * Decimal("0.2")) if vat_mode == "charged" else Decimal("0.00")
    total = net + vat
    cis = money(labour_total * cis_rate / 100)
    due_after = total - cis
    number = pick(rng, [f"{rng.randrange(1, 400):03d}", f"INV-{rng.randrange(1000, 9999)}", f"{trade[:2].upper()}{rng.randrange(100, 9999)}", f"{rng.randrange(1000, 99999)}"])
    terms_days = pick(rng, [7, 14, 14, 30, 30])
    terms = pick(rng, [f"{terms_days} days", f"Payment within {terms_days} days", f"Net {terms_days}"]) if chance(rng, 0.6) else None
    due = issued + timedelta(days=terms_days)
    show_due = chance(rng, 0.45)
    show_net = layout != "sole_trader" or vat_mode != "none" or chance(rng, 0.4)
    tax_value = {"none": None, "drc_note": None, "drc_line": Decimal("0.00"), "charged": vat}[vat_mode]
    doc = Doc(document_type=DOCUMENT_TYPE, locale="GB", currency="GBP", vendor=vendor, customer=contractor, invoice_ids=[number], document_date=issued,
              total=total, net=net if show_net else None, tax=tax_value, lines=lines, payment_terms=terms, due_date=due if show_due else None)
    notional = money(net * Decimal("0.2"))
    drc_note = pick(rng, ["Reverse charge: customer to account to HMRC for the VAT.",
                          "Reverse charge: Customer to pay the VAT to HMRC.",
                          "Customer to account to HMRC for the reverse charge output tax on the VAT exclusive price of items marked 'reverse charge'."])
    drc_note += f" VAT amount {pick(rng, ['to be accounted for', 'due'])}: {m(notional)} (20%)." if vat_mode in ("drc_note", "drc_line") and chance(rng, 0.7) else ""
    cis_label = (f"Less CIS deduction @ {cis_rate}% on labour ({m(labour_total)})" if cis_rate else "CIS: gross payment status – no deduction")
    sort_code = f"{rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}"
    bank_acct = f"{rng.randrange(10**7, 10**8)}"

    summary: list[tuple[str, str, bool]] = []
    if show_net:
        summary.append(("Subtotal" if layout != "application" else "Net value this application", m(net), False))
    if vat_mode == "drc_line":
        summary.append((pick(rng, ["VAT @ 20% – Reverse charge", "VAT (Domestic Reverse Charge)", "Total VAT"]), m(Decimal("0.00")), False))
    elif vat_mode == "charged":
        summary.append(("VAT @ 20%", m(vat), False))
    summary.append((pick(rng, ["Invoice total", "Total", "Total GBP", "Gross amount"]), m(total), True))
    summary.append((cis_label, f"({m(cis)})" if cis_rate else m(Decimal("0.00")), False))
    summary.append((pick(rng, ["Amount due", "Balance due", "Net amount payable", "Amount Due GBP"]), m(due_after), True))

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times", "Courier"]) if layout == "sole_trader" else pick(rng, ["Helvetica", "Times"]),
                       size=(8.5, 10.0) if layout == "sole_trader" else (8.0, 9.5))
    css = theme.css(".ttl{font-size:18pt;font-weight:bold} .lbl{font-weight:bold} .note{border:0.6pt solid #999;padding:4pt;margin-top:6pt}")
    width, height = A4
    vat_line = f"VAT Reg No: {vendor.tax_id}" if vendor.tax_id else ""
    id_lines = [f"UTR: {utr}"] + ([f"NI No: {uk_nino(rng)}"] if sole and chance(rng, 0.6) else []) + ([vat_line] if vat_line else []) + \
        ([f"Company No: {vendor.extra['company_no']}"] if not sole and vendor.extra.get("company_no") else [])

    if layout == "sole_trader":
        head = (f"<p class='ttl'>{esc(vendor.name)}</p>" + (f"<p class='small'>Proprietor: {esc(person)}</p>" if person and person not in vendor.name else "")
                + f"<p>{lines_html(vendor.address)}</p><p class='small'>Mobile: {vendor.phone} · {vendor.email}</p>"
                f"<p class='small'>{' · '.join(id_lines)}</p><p class='b' style='margin-top:12pt;font-size:14pt'>INVOICE</p>"
                f"<table style='width:100%;margin-top:6pt'><tr><td style='width:55%'><p class='lbl'>To:</p><p>{esc(contractor.name)}<br/>{lines_html(contractor.address)}</p></td>"
                f"<td style='width:45%'><p>Invoice No: {esc(number)}</p><p>Date: {fmt.date(issued)}</p>"
                + (f"<p>Due date: {fmt.date(due)}</p>" if show_due else "")
                + f"<p>Site: {esc(', '.join(site))}</p></td></tr></table>")
        cols = [Col("Description", width="330pt"), Col("Amount", "right", "90pt")]

        def desc_of(li: Line) -> str:
            return esc(li.description) + (f" – {fmt.qty(li.quantity)} days @ {m(li.unit_price)}" if li.quantity is not None else "")
        rows = [[desc_of(li), m(li.amount)] for li in lines]
        tail = (totals_table(summary, width="55%", left="45%")
                + (f"<p class='note small'>{esc(drc_note)}</p>" if vat_mode in ("drc_note", "drc_line") else "")
                + (f"<p style='margin-top:8pt'>Terms: {esc(terms)}</p>" if terms else "")
                + f"<p class='small' style='margin-top:6pt'>Payment by BACS to: {esc(person or vendor.name)}, sort code {sort_code}, account {bank_acct}.</p>"
                + "<p class='small'>Please send a CIS payment and deduction statement with each payment.</p>")
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, continued=lambda i: f"<p class='b'>Invoice {esc(number)} (cont.)</p>")
    elif layout == "accounts":
        vat_col = {"none": "No VAT", "drc_note": "Reverse Charge", "drc_line": "20% (VAT on Income) Reverse Charge", "charged": "20%"}[vat_mode]
        if vat_mode == "drc_line" and chance(rng, 0.5):
            vat_col = "Domestic Reverse Charge @ 20%"
        head = (f"<table style='width:100%'><tr><td style='width:40%'><p class='ttl'>{'TAX INVOICE' if vendor.tax_id else 'INVOICE'}</p>"
                f"<p style='margin-top:8pt'>{esc(contractor.name)}</p><p>{lines_html(contractor.address)}</p></td>"
                f"<td style='width:28%'><p class='small b'>Invoice Date</p><p>{fmt.date(issued)}</p><p class='small b'>Invoice Number</p><p>{esc(number)}</p>"
                f"<p class='small b'>Reference</p><p>{esc(pick(rng, ['Site: ', 'Job: ']) + site[0])}</p>"
                + (f"<p class='small b'>VAT Number</p><p>{vendor.tax_id}</p>" if vendor.tax_id else "")
                + f"</td><td style='width:32%'>{logo(vendor.name, rng, theme.accent)}<p>{esc(vendor.name)}</p><p class='small'>{lines_html(vendor.address)}</p>"
                f"<p class='small'>UTR {utr}</p></td></tr></table>")
        cols = [Col("Description", width="190pt"), Col("Quantity", "right", "48pt"), Col("Unit Price", "right", "58pt"), Col("VAT", width="90pt"),
                Col("Amount GBP", "right", "70pt")]
        rows = [[esc(li.description), fmt.qty(li.quantity), num(li.unit_price), vat_col, num(li.amount)] for li in lines]
        tail = (totals_table(summary, width="50%", left="50%")
                + (f"<p class='small' style='margin-top:8pt'><b>Due Date:</b> {fmt.date(due)}</p>" if show_due else "")
                + (f"<p class='small'>Terms: {esc(terms)}</p>" if terms else "")
                + (f"<p class='note small'>{esc(drc_note)}</p>" if vat_mode in ("drc_note", "drc_line") else "")
                + f"<p class='small'>Bank: sort code {sort_code}, account {bank_acct}. Reference {esc(number)}.</p>")
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra", continued=lambda i: f"<p class='b'>Invoice {esc(number)}</p>")
    else:
        app_no = rng.randrange(2, 19)
        order = f"{pick(rng, ['SC', 'PO', 'SCO'])}-{rng.randrange(1000, 99999)}"
        contract = f"{pick(rng, ['Residential development, phase', 'Plots 1-40, phase', 'Contract'])} {rng.randrange(1, 9)}, {site[-2]}"
        retention = Decimal(5)
        previous_net = money(rng.uniform(1.2, 6.0) * float(net))
        gross_to_date = ((net + previous_net) * 100 / (100 - retention) / Decimal("0.2")).quantize(Decimal(1)) * Decimal("0.2")
        retained = money(gross_to_date * retention / 100)
        previous = gross_to_date - retained - net
        period_end = issued - timedelta(days=rng.randrange(0, 6))
        meta = [("Invoice No.", esc(number)), ("Date", fmt.date(issued)), (pick(rng, ["Application No.", "Valuation No."]), str(app_no)),
                ("Period ending", fmt.date(period_end)), ("Order No.", order)]
        if show_due:
            meta.append(("Payment due", fmt.date(due)))
        head = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(vendor.name, rng, theme.accent)}<p class='b' style='font-size:12pt'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}<br/>Tel {phone(rng, 'GB')}</p><p class='small'>{' · '.join(id_lines)}</p></td>"
                f"<td style='width:45%'><p class='ttl'>APPLICATION FOR PAYMENT</p><p class='b'>VAT INVOICE</p><table class='kv'>"
                + "".join(f"<tr><td class='small b' style='width:90pt'>{k}</td><td>{v}</td></tr>" for k, v in meta) + "</table></td></tr></table>"
                f"<table style='width:100%;margin-top:8pt'><tr><td style='width:50%' class='boxed'><p class='lbl'>Main contractor</p><p>{esc(contractor.name)}<br/>"
                f"{lines_html(contractor.address)}</p><p class='small'>VAT No. {contractor.tax_id}</p></td><td style='width:50%' class='boxed'><p class='lbl'>Site / Contract</p>"
                f"<p>{esc(contract)}<br/>{lines_html(site)}</p></td></tr></table>"
                "<table class='items' style='width:100%'><tr><th>Valuation summary</th><th style='text-align:right'>£</th></tr>"
                f"<tr><td>Gross valuation to date</td><td class='r'>{num(gross_to_date)}</td></tr><tr><td>Less retention @ {retention}%</td><td class='r'>({num(retained)})</td></tr>"
                f"<tr><td>Less previously certified</td><td class='r'>({num(previous)})</td></tr><tr><td class='b'>Net value this application</td><td class='r b'>{num(net)}</td></tr></table>"
                "<p class='b' style='margin-top:8pt'>This application</p>")
        cols = [Col("Description of works", width="250pt"), Col("Type", width="55pt"), Col("Qty", "right", "40pt"), Col("Rate", "right", "55pt"), Col("Amount", "right", "70pt")]
        rows = [[esc(li.description), "Labour" if li in labour else "Materials", fmt.qty(li.quantity), num(li.unit_price) if li.unit_price is not None else "",
                 num(li.amount)] for li in lines]
        tail = (totals_table(summary, width="55%", left="45%")
                + f"<p class='small'>Labour element: {m(labour_total)} · Materials element: {m(net - labour_total)}</p>"
                + (f"<p class='note small'>{esc(drc_note)}</p>" if vat_mode in ("drc_note", "drc_line") else "")
                + (f"<p class='small'>Terms: {esc(terms)}</p>" if terms else "")
                + f"<p class='small'>Retention held to date {m(retained)}, half released at practical completion.</p>")
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                              continued=lambda i: f"<p class='b'>Application {app_no} – Invoice {esc(number)} (cont.)</p>")
    return Built(doc=doc, sheet=sheet, template=f"cis_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"vat_mode": vat_mode, "cis_rate": cis_rate, "cis": str(cis), "amount_due": str(due_after), "utr": utr, "site": ", ".join(site)})
