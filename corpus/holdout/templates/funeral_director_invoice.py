"""Funeral directors' accounts: British funeral accounts, American statements of funeral goods and services selected and
Australian funeral tax invoices, in English, GBP, USD and AUD, 2023-2025 (invented firms, clients and the deceased).

Three prints. `gb_funeral_account` (FUNERAL ACCOUNT / INVOICE: the firm's letterhead with its VAT number (= tax id) and company
number (decoy), the client who arranged the funeral with the address (= customer), "Re: the late Mr Arthur Clarke", the dates of
death and of the funeral and Our ref (decoys), Invoice No., Invoice date; sections Funeral Director's Services (exempt),
Disbursements paid on your behalf (crematorium or burial fees, the medical examiner's or doctors' fees, the officiant, the
organist, newspaper notices, flowers, certified copies of the death certificate at 4 x £12.50) and, on some, Memorial masonry
(standard rated: a headstone and its inscription by the letter); Total, or Sub-total, VAT @ 20% on the memorial and Total; then
the deposit paid, the Funeral Expenses Payment expected and the balance (decoys); payment terms and due date on some),
`us_funeral_statement` (the STATEMENT OF FUNERAL GOODS AND SERVICES SELECTED the Funeral Rule requires: the purchaser with the
address (= customer), the deceased, the dates of death and of service and the case number (decoys), Contract No. (= id), Date;
A. services of the funeral director and staff, B. merchandise (casket, outer burial container or urn, register book), C. cash
advance items (cemetery, crematory, certified copies at 6 x $20.00, clergy, obituary); the totals of A, B and C, Subtotal, the
state sales tax on merchandise, TOTAL, then the insurance assignment, payments and the balance due (decoys)), `au_funeral_tax_invoice`
(a TAX INVOICE with the ABN (= tax id), Funeral No. (decoy), Invoice No., prices including GST, GST-free cemetery, crematorium and
registry fees marked *, Total (incl. GST), GST included, the deposit and the amount payable (decoys)).

Truth: an `invoice`; vendor = the funeral director with its address and VAT number or ABN (the American firm prints none);
customer = the client / purchaser with the address (the deceased is no party); id = the invoice / contract number; date = the
invoice date; lines = every charge (section headings and section totals are no lines; a charge with a count and a price has
them as quantity and unit price, the others an amount only), adding up to the subtotal or, where none is printed, the total;
net = Sub-total / Subtotal where printed; tax = the VAT on the memorial, the sales tax or the GST included (none where a British
account has no VAT); total = the total of the account (deposits, insurance, payments and balances are decoys).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, abn, address, phone, uk_vat
from corpus.holdout.fakes_twentysixth import deceased_and_client, funeral_director_name
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._fifteenth import pts, rows_html
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfirst import build_paged

FAMILY = "funeral_director_invoice"
D = Decimal
GB_SERVICES = [("Funeral director's professional services, arrangements and administration", 1450, 2600),
               ("Care of the deceased, including hygienic preparation", 180, 380), ("Use of chapel of rest and visiting by appointment", 90, 250),
               ("Hearse with bearers and conductor", 380, 620), ("Transfer of the deceased into our care (out of hours)", 150, 320),
               ("Ashes casket, wood", 60, 140)]
GB_COFFINS = ["Coffin: oak veneer with brass effect handles", "Coffin: solid oak, raised lid, fully lined", "Coffin: wicker (willow), natural",
              "Coffin: white foil veneer with chrome effect handles"]
GB_DISB = [("Crematorium fee", 780, 1150), ("Medical examiner's fee", 100, 100), ("Officiant / celebrant fee", 180, 260), ("Organist", 60, 120),
           ("Newspaper notice", 70, 240), ("Floral tribute", 90, 260), ("Burial fee, town cemetery", 900, 2400), ("Gravedigging", 450, 800)]
AU_ITEMS = [("Professional service fee, arrangements and administration", 2800, 4900, False), ("Transfer of the deceased", 380, 690, False),
            ("Mortuary care and preparation", 340, 620, False), ("Hearse and funeral director attendance", 520, 900, False),
            ("Chapel hire and audio-visual tribute", 450, 980, False), ("Celebrant", 450, 690, False), ("Newspaper notices", 240, 780, False),
            ("Floral arrangement for the coffin", 240, 480, False), ("Catering for 60 guests", 900, 1800, False)]
AU_FREE = [("Cemetery interment fee", 2400, 4800), ("Crematorium fee", 850, 1450), ("Death certificate (Births, Deaths & Marriages)", 52, 58),
           ("Medical referee / cremation certificate", 110, 160)]
US_SERVICES = [("Basic services of funeral director and staff", 2195, 3495), ("Transfer of remains to funeral home", 395, 695), ("Embalming", 695, 995),
               ("Other preparation of the body (dressing, casketing, cosmetology)", 250, 450), ("Use of facilities and staff for viewing", 395, 795),
               ("Use of facilities and staff for funeral ceremony", 495, 895), ("Hearse", 350, 550), ("Limousine", 250, 450), ("Service car / utility vehicle", 150, 295)]
US_MERCH = [("Casket: 18 gauge steel, silver finish, crepe interior", 2495, 4995), ("Casket: solid oak, satin finish, velvet interior", 3995, 6995),
            ("Outer burial container: concrete grave liner", 995, 1595), ("Register book and memorial folders (100)", 145, 295), ("Cremation urn: brass", 195, 595),
            ("Alternative container for cremation", 95, 195)]
US_CASH = [("Cemetery: opening and closing of grave", 1200, 2200), ("Crematory fee", 350, 550), ("Clergy honorarium", 150, 300), ("Organist / soloist", 100, 250),
           ("Obituary notice - local newspaper", 180, 650), ("Flowers", 150, 450)]


def _gb_vendor(rng: random.Random) -> Party:
    return Party(name=funeral_director_name(rng, "GB"), address=address(rng, "GB"), country="GB", tax_id=uk_vat(rng), phone=phone(rng, "GB"))


def _line(desc: str, low: float, high: float, rng: random.Random) -> Line:
    a = money(round(rng.uniform(low, high) / 5) * 5) if high > 100 else money(rng.uniform(low, high))
    return Line(desc, None, None, a)


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["gb_funeral_account", "us_funeral_statement", "au_funeral_tax_invoice"])
    issued = random_date(rng, date(2023, 1, 9), 1000)
    country = {"gb_funeral_account": "GB", "us_funeral_statement": "US", "au_funeral_tax_invoice": "AU"}[layout]
    deceased, client, her, client_her = deceased_and_client(rng, country)
    if country == "GB":
        title = pick(rng, ["Mrs ", "Ms ", "Miss ", ""] if client_her else ["Mr ", "Mr ", ""])
        deceased = pick(rng, ["Mrs ", "Miss "] if her else ["Mr "]) + deceased if chance(rng, 0.7) else deceased
    else:
        title = (pick(rng, ["Mrs. ", "Ms. ", ""] if client_her else ["Mr. ", ""])) if country == "US" else ""
    customer = Party(name=title + client, address=address(rng, country), country=country)
    died = issued - timedelta(days=rng.randrange(14, 40))
    funeral = died + timedelta(days=rng.randrange(7, 21))
    if funeral >= issued:
        funeral = issued - timedelta(days=1)
    theme = Theme.pick(rng, size=(7.5, 9.0), font=pick(rng, ["Times", "Times", "Helvetica", "Helvetica"]))
    if country == "GB":
        return _gb(rng, layout, issued, deceased, customer, died, funeral, theme)
    if country == "US":
        return _us(rng, layout, issued, deceased, customer, died, funeral, theme)
    return _au(rng, layout, issued, deceased, customer, died, funeral, theme)


def _table(rows, W, head, fractions, numeric, n):
    """Cells for a mixed list: ("h", heading), ("t", label, amount) section totals, or a Line."""

    def cells(r):
        if isinstance(r, tuple) and r[0] == "h":
            return [f"<b>{esc(r[1])}</b>"] + [""] * (len(head) - 1)
        if isinstance(r, tuple) and r[0] == "t":
            return [f"<i>{esc(r[1])}</i>"] + [""] * (len(head) - 2) + [f"<b>{n(r[2])}</b>"]
        q = "" if r.quantity is None else str(r.quantity)
        u = "" if r.unit_price is None else n(r.unit_price)
        return [esc(r.description), q, u, n(r.amount)] if len(head) == 4 else [esc(r.description), q, u, r.code, n(r.amount)]

    return cells


def _gb(rng, layout, issued, deceased, customer, died, funeral, theme) -> Built:
    vendor = _gb_vendor(rng)
    company_no = f"{rng.randrange(10**6, 10**7):08d}"
    services = [_line(x[0], x[1], x[2], rng) for x in rng.sample(GB_SERVICES[1:], rng.randrange(2, 5))]
    services.insert(0, _line(*GB_SERVICES[0], rng))
    services.insert(1, _line(pick(rng, GB_COFFINS), 450, 2200, rng))
    if chance(rng, 0.6):
        k = pick(rng, [1, 1, 2])
        price = money(pick(rng, [265, 295, 320, 345]))
        services.append(Line("Limousine", D(k), price, price * k))
    cremation = chance(rng, 0.6)
    disb_pool = [x for x in GB_DISB if (x[0] != "Crematorium fee" or cremation) and (not x[0].startswith(("Burial", "Gravedig")) or not cremation)]
    disb = [_line(*x, rng) for x in rng.sample(disb_pool, rng.randrange(2, min(6, len(disb_pool)) + 1))]
    certs = pick(rng, [0, 2, 3, 4, 5])
    if certs:
        disb.append(Line("Certified copies of the death certificate", D(certs), D("12.50"), money(D("12.50") * certs)))
    memorial = [] if cremation or not chance(rng, 0.5) else [_line("Headstone: black granite, polished, 3ft ogee top, fixed on foundation", 1400, 2600, rng)]
    if memorial:
        letters = rng.randrange(40, 140)
        price = money(pick(rng, ["2.95", "3.50", "3.95"]))
        memorial.append(Line("Inscription, incised and gilded (per letter)", D(letters), price, money(price * letters)))
    lines = services + disb + memorial
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(sum((li.amount for li in memorial), D("0.00")) * D("0.2")) if memorial else None
    total = net + (tax or 0)
    number = pick(rng, [f"{issued.year % 100}/{rng.randrange(1, 999):04d}", f"F{rng.randrange(1000, 9999)}", f"INV-{rng.randrange(10000, 99999)}"])
    ref = f"{pick(rng, ['HC', 'FN', 'OR'])}/{rng.randrange(100, 9999)}"
    days = pick(rng, [None, 14, 28, 28, 30])
    terms = pick(rng, [f"Payment within {days} days", f"{days} days"]) if days else None
    due = issued + timedelta(days=days) if days and chance(rng, 0.5) else None
    doc = Doc(document_type="invoice", locale="GB", currency="GBP", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net if memorial else None, tax=tax, lines=lines, due_date=due, payment_terms=terms)
    pattern = pick(rng, ["dmy_slash", "d_month_y", "ordinal_month_y"])

    def d(x):
        return fmt_date(x, pattern)

    def n(v):
        return amount(v)

    width, height = A4
    W = width - 72
    rows: list = [("h", "Funeral Director's Services")] + services + [("t", "Total funeral director's services", sum((li.amount for li in services), D("0.00")))]
    rows += [("h", "Disbursements paid on your behalf")] + disb + [("t", "Total disbursements", sum((li.amount for li in disb), D("0.00")))]
    if memorial:
        rows += [("h", "Memorial masonry")] + memorial
    head = ["Description", "Qty", "Price", "Amount"]
    fr = (0.62, 0.08, 0.13, 0.17)
    cells = _table(rows, W, head, fr, {1, 2, 3}, n)
    deposit = money(pick(rng, [0, 0, 500, 750, 1000]))
    totals = ([("Sub-total", n(net)), ("VAT @ 20% on memorial", n(tax))] if memorial else []) + [("Total", f"£{n(total)}")]
    after = []
    if deposit:
        after += [("Less: deposit received", n(deposit))]
    fep = chance(rng, 0.2)
    if fep:
        after += [("Funeral Expenses Payment (DWP) expected", n(money(pick(rng, [1000, 1250]))))]
    if after:
        after.append(("Balance due", f"£{n(total - deposit)}"))
    notes = {"deceased": deceased, "ref": ref, "company_no": company_no, "died": died.isoformat(), "funeral": funeral.isoformat(), "deposit": float(deposit)}
    css = theme.css(".t{font-size:15pt;font-weight:bold} .tt{font-size:13pt;font-weight:bold;letter-spacing:1pt} .box{border:0.8pt solid #777;padding:5pt}")
    tag = pick(rng, ["Independent family funeral directors", "Caring for local families since 1928", "Funeral directors and monumental masons", ""])
    meta = [("Invoice No.", number), ("Invoice date", d(issued)), ("Our ref", ref)] + ([("Payment terms", terms)] if terms else []) + ([("Due date", d(due))] if due else [])
    first = (f"<p class='t accent c'>{esc(vendor.name)}</p>" + (f"<p class='c small'><i>{tag}</i></p>" if tag else "")
             + f"<p class='c small'>{esc(' · '.join(vendor.address))} · Tel {vendor.phone}</p>"
             + f"<p class='c small'>VAT Reg. No. {vendor.tax_id} · Company No. {company_no}</p>"
             + f"<table style='margin-top:10pt'><tr><td style='width:{W * 0.5:.0f}pt'><div class='box'><p class='b'>{esc(customer.name)}</p>"
             + "".join(f"<p>{esc(x)}</p>" for x in customer.address) + "</div></td>"
             + f"<td style='width:{W * 0.46:.0f}pt'><p class='tt'>{pick(rng, ['FUNERAL ACCOUNT', 'INVOICE', 'FUNERAL ACCOUNT / INVOICE'])}</p>"
             + rows_html(meta, strong_last=False, widths=(90, 150)) + "</td></tr></table>"
             + f"<p style='margin-top:8pt'><b>Re: the late {esc(deceased)}</b></p>"
             + f"<p class='small'>Date of death: {d(died)} · Date of funeral: {d(funeral)} at {pick(rng, ['11.00 am', '1.30 pm', '2.15 pm', '10.30 am'])}</p>")
    closing = (f"<div style='margin-left:{W - 270:.0f}pt;margin-top:6pt'>{rows_html(totals, widths=(180, 90))}"
               + (rows_html(after, widths=(180, 90)) if after else "") + "</div>"
               + "<p class='small' style='margin-top:6pt'>Our charges for funeral services are exempt from VAT. Disbursements are paid on your behalf at cost.</p>"
               + f"<p class='small'>Payment by bank transfer to {esc(vendor.name)}, sort code {rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}, "
               + f"account {rng.randrange(10**7, 10**8)}, quoting {number}.</p><p class='small'>With our sincere sympathy.</p>")
    return build_paged(doc, layout, width, height, css, first, head, pts(W, *fr), {1, 2, 3}, rows, cells, closing, cont=f"Funeral account {number} (continued)",
                       footer_text="Page", notes=notes)


def _us(rng, layout, issued, deceased, customer, died, funeral, theme) -> Built:
    vendor = Party(name=funeral_director_name(rng, "US"), address=address(rng, "US"), country="US", phone=phone(rng, "US"))
    services = [_line(*x, rng) for x in [US_SERVICES[0]] + rng.sample(US_SERVICES[1:], rng.randrange(3, 7))]
    cremation = chance(rng, 0.35)
    merch_pool = [x for x in US_MERCH if ("urn" in x[0] or "Alternative" in x[0] or "Register" in x[0]) == cremation or "Register" in x[0]]
    merch = [_line(*x, rng) for x in rng.sample(merch_pool, rng.randrange(1, min(3, len(merch_pool)) + 1))]
    cash_pool = [x for x in US_CASH if (x[0] != "Crematory fee" or cremation) and (not x[0].startswith("Cemetery") or not cremation)]
    cash = [_line(*x, rng) for x in rng.sample(cash_pool, rng.randrange(1, 4))]
    copies = pick(rng, [0, 4, 6, 8, 10])
    if copies:
        price = money(pick(rng, [20, 15, 25]))
        cash.append(Line("Certified copies of death certificate", D(copies), price, price * copies))
    lines = services + merch + cash
    net = sum((li.amount for li in lines), D("0.00"))
    rate = D(pick(rng, ["6.00", "6.25", "7.00", "5.75", "6.625"]))
    tax = money(sum((li.amount for li in merch), D("0.00")) * rate / 100)
    total = net + tax
    number = pick(rng, [f"{issued.year}-{rng.randrange(1, 999):04d}", f"C{rng.randrange(10000, 99999)}", f"{rng.randrange(1000, 9999)}"])
    case = f"{pick(rng, ['Case', 'File'])} #{rng.randrange(100, 9999)}-{issued.year % 100}"
    doc = Doc(document_type="invoice", locale="US", currency="USD", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued, total=total,
              net=net, tax=tax, lines=lines)
    pattern = pick(rng, ["mdy_slash", "month_d_y", "mdy_slash_nopad"])

    def d(x):
        return fmt_date(x, pattern)

    def n(v):
        return amount(v)

    width, height = LETTER
    W = width - 72
    a_total, b_total, c_total = (sum((li.amount for li in part), D("0.00")) for part in (services, merch, cash))
    rows: list = [("h", "A. Charges for services")] + services + [("t", "Total of A", a_total)] + [("h", "B. Charges for merchandise")] + merch \
        + [("t", "Total of B", b_total)] + [("h", "C. Cash advance items")] + cash + [("t", "Total of C", c_total)]
    head = ["Description", "Qty", "Price", "Amount"]
    fr = (0.62, 0.08, 0.13, 0.17)
    cells = _table(rows, W, head, fr, {1, 2, 3}, n)
    insurance = money(round(float(total) * rng.uniform(0.3, 1.0) / 50) * 50) if chance(rng, 0.5) else D("0.00")
    paid = money(pick(rng, [0, 500, 1000, 2500])) if insurance < total else D("0.00")
    totals = [("Subtotal (A + B + C)", n(net)), (f"Sales tax ({rate}% on merchandise)", n(tax)), ("TOTAL", f"${n(total)}")]
    after = ([("Less: insurance assignment", n(insurance))] if insurance else []) + ([("Less: payments received", n(paid))] if paid else [])
    if after:
        after.append(("BALANCE DUE", f"${n(total - insurance - paid)}"))
    notes = {"deceased": deceased, "case": case, "died": died.isoformat(), "funeral": funeral.isoformat(), "insurance": float(insurance), "paid": float(paid)}
    css = theme.css(".t{font-size:14pt;font-weight:bold} .tt{font-size:11pt;font-weight:bold} .box{border:0.8pt solid #777;padding:5pt}")
    meta = [("Contract No.", number), ("Date", d(issued)), ("", case)]
    first = (f"<table><tr><td style='width:{W * 0.55:.0f}pt'><p class='t accent'>{esc(vendor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address)
             + f"<p class='small'>Phone {vendor.phone}</p></td><td style='width:{W * 0.41:.0f}pt'>{rows_html(meta, strong_last=False, widths=(80, 130))}</td></tr></table>"
             + "<p class='tt c' style='margin-top:8pt'>STATEMENT OF FUNERAL GOODS AND SERVICES SELECTED</p>"
             + f"<table style='margin-top:6pt'><tr><td style='width:{W * 0.5:.0f}pt'><div class='box'><p class='muted small'>Purchaser</p><p class='b'>{esc(customer.name)}</p>"
             + "".join(f"<p>{esc(x)}</p>" for x in customer.address) + "</div></td>"
             + f"<td style='width:{W * 0.46:.0f}pt'><p>Deceased: <b>{esc(deceased)}</b></p><p>Date of death: {d(died)}</p><p>Date of service: {d(funeral)}</p>"
             + f"<p>Disposition: {'Cremation' if cremation else 'Burial'}</p></td></tr></table>")
    closing = (f"<div style='margin-left:{W - 270:.0f}pt;margin-top:6pt'>{rows_html(totals, widths=(180, 90))}"
               + (rows_html(after, widths=(180, 90)) if after else "") + "</div>"
               + "<p class='tiny' style='margin-top:6pt'>Charges are only for those items that you selected or that are required. If we are required by law or by a "
               + "cemetery or crematory to use any items, we will explain the reasons in writing below. Cash advance items are paid on your behalf at cost.</p>"
               + "<p class='small' style='margin-top:10pt'>Purchaser's signature ______________________ Funeral director ______________________</p>")
    return build_paged(doc, layout, width, height, css, first, head, pts(W, *fr), {1, 2, 3}, rows, cells, closing, cont=f"Statement {number} (continued)",
                       footer_text="Page", notes=notes)


def _au(rng, layout, issued, deceased, customer, died, funeral, theme) -> Built:
    vendor = Party(name=funeral_director_name(rng, "AU"), address=address(rng, "AU"), country="AU", tax_id=abn(rng), phone=phone(rng, "AU"))
    taxed = [Line(x[0], None, None, money(round(rng.uniform(x[1], x[2]) / 5) * 5)) for x in [AU_ITEMS[0]] + rng.sample(AU_ITEMS[1:], rng.randrange(2, 7))]
    coffin = Line(pick(rng, ["Coffin: Kensington, maple finish", "Coffin: Ashgrove, rosewood gloss", "Coffin: Eco cardboard, white", "Casket: Botany, solid oak"]),
                  None, None, money(round(rng.uniform(990, 4900) / 10) * 10))
    taxed.insert(1, coffin)
    free = [Line(x[0], None, None, money(round(rng.uniform(x[1], x[2])))) for x in rng.sample(AU_FREE, rng.randrange(1, 3))]
    for li in taxed:
        li.code = ""
    for li in free:
        li.code = "*"
    lines = taxed + free
    total = sum((li.amount for li in lines), D("0.00"))
    gst = money(sum((li.amount for li in taxed), D("0.00")) / 11)
    number = pick(rng, [f"{rng.randrange(10000, 99999)}", f"INV-{rng.randrange(1000, 9999)}", f"TI{issued.year % 100}{rng.randrange(1, 9999):04d}"])
    funeral_no = f"{pick(rng, ['F', 'FN'])}{rng.randrange(1000, 9999)}"
    due = issued + timedelta(days=pick(rng, [14, 30])) if chance(rng, 0.5) else None
    doc = Doc(document_type="invoice", locale="AU", currency="AUD", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued, total=total,
              tax=gst, lines=lines, due_date=due)
    pattern = pick(rng, ["dmy_slash", "d_month_y", "d_mon_y"])

    def d(x):
        return fmt_date(x, pattern)

    def n(v):
        return amount(v)

    width, height = A4
    W = width - 72
    head = ["Description", "Qty", "Price", "GST", "Amount"]
    fr = (0.6, 0.07, 0.12, 0.06, 0.15)
    cells = _table(lines, W, head, fr, {1, 2, 4}, n)
    deposit = money(pick(rng, [0, 1000, 1500, 2000]))
    totals = [("Total (incl. GST)", f"${n(total)}"), ("GST included", n(gst))]
    if deposit:
        totals += [("Less: deposit paid", n(deposit)), ("Amount payable", f"${n(total - deposit)}")]
    notes = {"deceased": deceased, "funeral_no": funeral_no, "died": died.isoformat(), "funeral": funeral.isoformat(), "deposit": float(deposit)}
    css = theme.css(".t{font-size:14pt;font-weight:bold} .tt{font-size:14pt;font-weight:bold;letter-spacing:1pt} .box{border:0.8pt solid #777;padding:5pt}")
    meta = [("Invoice No.", number), ("Date", d(issued)), ("Funeral No.", funeral_no)] + ([("Due date", d(due))] if due else [])
    first = (f"<table><tr><td style='width:{W * 0.56:.0f}pt'><p class='t accent'>{esc(vendor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address)
             + f"<p class='small'>ABN {vendor.tax_id} · Ph {vendor.phone}</p></td>"
             + f"<td style='width:{W * 0.4:.0f}pt'><p class='tt'>TAX INVOICE</p>{rows_html(meta, strong_last=False, widths=(80, 140))}</td></tr></table>"
             + f"<table style='margin-top:8pt'><tr><td style='width:{W * 0.5:.0f}pt'><div class='box'><p class='muted small'>Account to</p><p class='b'>{esc(customer.name)}</p>"
             + "".join(f"<p>{esc(x)}</p>" for x in customer.address) + "</div></td>"
             + f"<td style='width:{W * 0.46:.0f}pt'><p>In loving memory of <b>{esc(deceased)}</b></p><p>Passed away {d(died)}</p>"
             + f"<p>Service held {d(funeral)}</p></td></tr></table><div style='height:6pt'></div>")
    closing = (f"<div style='margin-left:{W - 270:.0f}pt;margin-top:6pt'>{rows_html(totals, widths=(180, 90), strong_last=False)}</div>"
               + "<p class='small' style='margin-top:6pt'>* GST-free (government and cemetery charges paid on your behalf)</p>"
               + f"<p class='small'>EFT: BSB {rng.randrange(10, 99)}{rng.randrange(0, 9)}-{rng.randrange(100, 999)} Account {rng.randrange(10**7, 10**9)} - please quote {number}</p>")
    return build_paged(doc, layout, width, height, css, first, head, pts(W, *fr), {1, 2, 4}, lines, cells, closing, cont=f"Tax invoice {number} (continued)",
                       footer_text="Page", notes=notes)
