"""Logistics invoices: a forwarder's sea or air freight invoice (GB, NL, DE, billed in USD), or a US LTL freight bill.

Forwarder: shipment block full of reference numbers (job / file number, bill of lading or air waybill,
booking, container numbers with ISO 6346 check digits, seal, customs entry MRN, customer reference),
ports, vessel / voyage or flight, ETD / ETA, packages, gross and chargeable weight, volume, commodity
with HS codes; charges as basis x rate (per container, per kg, per shipment) with a VAT code: freight
zero-rated, local handling, clearance and delivery at the country's rate, duty and import VAT paid on
the customer's behalf outside the scope of VAT; VAT summary, total in USD and a note converting the
VAT (or the total) into local currency at the invoice's exchange rate (a decoy amount).
US freight bill: PRO number, BOL and PO numbers, shipper / consignee / bill-to, pieces, NMFC class,
weight and rate per cwt as cargo facts, linehaul after a tariff discount, fuel surcharge as a
percentage, accessorials (liftgate, residential, inside delivery), total charges, remit-to address.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, paged_sheet, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc, lines_html, logo
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import account_code, address, make_company, person_name
from corpus.holdout.fakes_intl import container_number
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money
from corpus.holdout.render import A4, LETTER

FAMILY = "freight_invoice"
DOCUMENT_TYPE = "invoice"

SHIPPERS = ["Ningbo Haitong Electrical Co., Ltd.", "Shenzhen Brightway Lighting Co., Ltd.", "Qingdao Sunrise Rubber Co., Ltd.",
            "Ho Chi Minh City Garment Export JSC", "Tianjin Everbright Steel Products Co., Ltd.", "Busan Marine Parts Co., Ltd.",
            "Dongguan Kaixin Furniture Factory", "Chennai Auto Components Pvt. Ltd."]
COMMODITIES = [("LED panel lights", "9405.42"), ("Rubber floor mats", "4016.91"), ("Cotton T-shirts, knitted", "6109.10"),
               ("Steel shelving units", "9403.20"), ("Laptop computers", "8471.30"), ("Brake pads for motor vehicles", "8708.30"),
               ("Upholstered wooden chairs", "9401.61"), ("Ceramic tiles, glazed", "6907.22")]
PORTS = {"GB": ["Felixstowe", "Southampton", "London Gateway"], "NL": ["Rotterdam"], "DE": ["Hamburg", "Bremerhaven"]}
ORIGINS = ["Ningbo", "Shanghai", "Shenzhen (Yantian)", "Qingdao", "Busan", "Ho Chi Minh City (Cat Lai)", "Chennai"]
AIRPORTS = {"GB": "LHR London Heathrow", "NL": "AMS Amsterdam Schiphol", "DE": "FRA Frankfurt"}
VAT_RATE = {"GB": Decimal(20), "NL": Decimal(21), "DE": Decimal(19)}
LOCAL = {"GB": ("GBP", "£", (0.74, 0.82)), "NL": ("EUR", "€", (0.88, 0.95)), "DE": ("EUR", "€", (0.88, 0.95))}


def _forwarder(rng: random.Random) -> Built:
    country = pick(rng, ["GB", "GB", "NL", "DE"])
    vendor = make_company(rng, country)
    vendor.name = pick(rng, [vendor.name.split()[0] + " Logistics " + vendor.name.split()[-1],
                             vendor.name.split()[0] + " Freight Services " + vendor.name.split()[-1], vendor.name])
    customer = make_company(rng, country, with_tax=False)
    number_style = {"GB": "en", "NL": "de", "DE": "de"}[country]
    fmt = Fmt(country=country, currency="USD", number_style=number_style, symbol="USD", position="pre_space",
              date_pattern=pick(rng, ["dmy_slash", "dd_mon_yyyy", "d_mon_y"] if country == "GB" else ["dmy_dash", "dmy_slash", "dd_mon_yyyy"]),
              lang="en")
    mode = pick(rng, ["sea", "sea", "air"])
    issued, due, days = issue_and_due(rng, (14, 30, 30, 45))
    etd = issued - timedelta(days=rng.randrange(20, 45))
    eta = etd + timedelta(days=rng.randrange(25, 40) if mode == "sea" else rng.randrange(1, 4))
    rate_pct = VAT_RATE[country]
    commodity, hs = pick(rng, COMMODITIES)
    packages = rng.randrange(20, 1400)
    gross_kg = money(rng.uniform(800, 24000) if mode == "sea" else rng.uniform(80, 2400))
    charges: list[tuple[Line, str, str]] = []     # (line, VAT code: S standard, Z zero, O outside scope; basis)
    n_cont = rng.randrange(1, 4)
    cont_type = pick(rng, ["20GP", "40GP", "40HC"])
    containers = [container_number(rng) for _ in range(n_cont)] if mode == "sea" else []
    chargeable = Decimal(int(max(gross_kg, money(rng.uniform(100, 3000))))) if mode == "air" else Decimal(0)

    def add(desc: str, qty: Decimal | None, unit_price: Decimal | None, amount: Decimal, code: str, basis: str) -> None:
        charges.append((Line(desc, qty, unit_price, amount), code, basis))

    if mode == "sea":
        q = Decimal(n_cont)
        for desc, low, high, code in [(f"Ocean freight {cont_type}", 900, 4200, "Z"), ("BAF / bunker surcharge", 120, 620, "Z"),
                                      ("ISPS / security surcharge", 12, 28, "Z"), ("Terminal handling charges (THC) destination", 180, 330, "S"),
                                      ("Haulage to door", 380, 980, "S")]:
            if chance(rng, 0.85) or desc.startswith("Ocean"):
                price = money(round(rng.uniform(low, high)))
                add(desc, q, price, q * price, code, f"per {cont_type}")
    else:
        for desc, low, high, code in [("Air freight", 1.6, 4.9, "Z"), ("Fuel surcharge (FSC)", 0.6, 1.4, "Z"),
                                      ("Security surcharge (SSC)", 0.1, 0.25, "Z")]:
            if chance(rng, 0.85) or desc == "Air freight":
                price = money(rng.uniform(low, high))
                add(desc, chargeable, price, money(chargeable * price), code, "per kg")
        handling = money(rng.uniform(45, 160))
        add("Airline terminal handling", Decimal(1), handling, handling, "S", "per shpt")
    for desc, low, high in [("Documentation fee", 35, 85), ("Customs clearance / entry preparation", 65, 180)]:
        if chance(rng, 0.8):
            price = money(rng.uniform(low, high))
            add(desc, Decimal(1), price, price, "S", "per shpt")
    if chance(rng, 0.5):
        add(f"Import duty paid on your behalf (HS {hs})", None, None, money(rng.uniform(150, 6000)), "O", "at cost")
        add("Import VAT paid on your behalf", None, None, money(rng.uniform(400, 9000)), "O", "at cost")
    net = sum((c[0].amount for c in charges), Decimal("0.00"))
    taxable = sum((c[0].amount for c in charges if c[1] == "S"), Decimal("0.00"))
    tax = money(taxable * rate_pct / 100)
    total = net + tax
    number = pick(rng, [f"{pick(rng, ['SI', 'INV', 'FI'])}{rng.randrange(10**6, 10**7)}",
                        f"{country}{issued.year % 100}-{rng.randrange(10000, 99999)}", f"{rng.randrange(10**7, 10**8)}"])
    account = account_code(rng, pick(rng, ["alpha", "num", "C"])) if chance(rng, 0.75) else None
    terms = pick(rng, ["days", "due", "due"])
    payment_terms = f"{days} days from invoice date" if terms == "days" else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency="USD", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=[c[0] for c in charges],
              due_date=due if terms == "due" else None, payment_terms=payment_terms, customer_id=account)

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Courier"]), size=(7.5, 8.5),
                       table=pick(rng, ["grid", "boxed", "header_fill", "rules"]))
    css = theme.css(".grid td{border:0.5pt solid #888;padding:2pt 3pt} .lab{font-size:6pt;color:#555}")
    width, height = A4
    num = fmt.num
    job = f"{pick(rng, ['JOB', 'FILE', 'SHP'])}{rng.randrange(10**5, 10**6)}"
    doc_no = (f"{containers[0][:4]}{rng.randrange(10**8, 10**9)}" if mode == "sea"
              else f"{rng.choice(['176', '020', '057', '125'])}-{rng.randrange(10**7, 10**8)}")
    booking = f"{rng.randrange(10**8, 10**9)}"
    mrn = f"{issued.year % 100}{country}{rng.randrange(10**9, 10**10)}{pick(rng, ['A', 'B', 'C'])}{rng.randrange(10)}"
    shipper = pick(rng, SHIPPERS)
    origin = pick(rng, ORIGINS)
    cells = [
        ("Job No.", job), ("B/L No." if mode == "sea" else "AWB No.", doc_no), ("Booking No.", booking),
        ("Shipper", shipper), ("Consignee", customer.name),
        ("Port of loading" if mode == "sea" else "Airport of departure", origin),
        ("Port of discharge" if mode == "sea" else "Airport of destination",
         pick(rng, PORTS[country]) if mode == "sea" else AIRPORTS[country]),
        ("Vessel / Voyage" if mode == "sea" else "Flight",
         f"{pick(rng, ['MSC ALINA', 'MAERSK EDMONTON', 'CMA CGM TROCADERO', 'EVER GIVEN', 'HMM OSLO'])} / {rng.randrange(100, 999)}{pick(rng, 'EWNS')}"
         if mode == "sea" else f"{pick(rng, ['CX', 'LH', 'KL', 'BA', 'EK'])}{rng.randrange(100, 999)}"),
        ("ETD", fmt.date(etd)), ("ETA", fmt.date(eta)),
        ("Packages", f"{packages} {pick(rng, ['CTNS', 'PLTS', 'PKGS'])}"), ("Gross weight", f"{num(gross_kg)} KG"),
        ("Volume" if mode == "sea" else "Chargeable weight",
         f"{num(money(rng.uniform(8, 67)))} CBM" if mode == "sea" else f"{int(chargeable)} KG"),
        ("Commodity", f"{commodity} (HS {hs})"), ("Customs entry (MRN)", mrn),
        ("Your reference", f"PO-{rng.randrange(10000, 99999)}"),
    ]
    if containers:
        cells.insert(4, ("Container(s)", ", ".join(f"{c} / {cont_type}" for c in containers)))
        cells.insert(5, ("Seal No.", ", ".join(str(rng.randrange(10**6, 10**7)) for _ in containers)))
    grid_rows = "".join(
        "<tr>" + "".join(f"<td style='width:33%'><span class='lab'>{k}</span><br/>{esc(v)}</td>" for k, v in cells[i:i + 3])
        + "".join("<td style='width:33%'></td>" for _ in range(3 - len(cells[i:i + 3]))) + "</tr>"
        for i in range(0, len(cells), 3))
    meta = [("Invoice No.", esc(number)), ("Invoice date", fmt.date(issued))]
    if account:
        meta.append((pick(rng, ["Account No.", "Customer code", "Debtor No."]), esc(account)))
    if doc.due_date:
        meta.append(("Due date", fmt.date(doc.due_date)))
    tax_label = {"GB": "VAT Reg No", "NL": "BTW-nummer", "DE": "USt-IdNr."}[country]
    header = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(vendor.name, rng, theme.accent)}"
              f"<p class='b'>{esc(vendor.name)}</p><p class='small'>{lines_html(vendor.address)}<br/>Tel {esc(vendor.phone)}"
              f"<br/>{tax_label}: {esc(vendor.tax_id)}</p></td>"
              f"<td style='width:45%'><p class='big b'>{pick(rng, ['INVOICE', 'FREIGHT INVOICE', 'TAX INVOICE'])}</p>"
              f"<table class='kv' style='width:100%'>"
              + "".join(f"<tr><td style='width:45%' class='b'>{k}</td><td style='width:55%'>{v}</td></tr>" for k, v in meta)
              + f"</table></td></tr></table><table style='width:100%;margin-top:8pt'><tr><td style='width:50%' class='boxed'>"
              f"<p class='lab'>INVOICE TO</p><p>{esc(customer.name)}<br/>{lines_html(customer.address)}</p></td>"
              f"<td style='width:50%'></td></tr></table><table class='grid' style='width:100%;margin-top:8pt'>{grid_rows}</table>")
    cols = ["Description", "Basis", "Qty", "Rate", "Cur", f"Amount {fmt.currency}", "VAT"]
    aligns = ["left", "left", "right", "right", "left", "right", "center"]
    # no cell widths: MuPDF's table layout shares percentage widths out almost evenly, auto widths follow the text
    th = "<tr>" + "".join(f"<th style='text-align:{a}'>{c}</th>" for c, a in zip(cols, aligns, strict=True)) + "</tr>"
    rows = []
    for line, code, basis in charges:
        cells_ = [esc(line.description), basis, fmt.qty(line.quantity), num(line.unit_price) if line.unit_price is not None else "",
                  "USD", num(line.amount), code]
        rows.append("<tr>" + "".join(f"<td style='text-align:{a}'>{c}</td>" for c, a in zip(cells_, aligns, strict=True)) + "</tr>")
    fx_rate = Decimal(str(round(rng.uniform(*LOCAL[country][2]), 4)))
    local_code, local_sym = LOCAL[country][:2]
    vat_rows = [(f"VAT {rate_pct}% on {num(taxable)}", num(tax)), ("VAT 0% (Z / O)", num(Decimal("0.00")))]
    totals = [("Total excl. VAT", num(net))] + vat_rows + [("TOTAL USD", fmt.money(total))]
    totals_html = ("<table style='width:100%;margin-top:6pt'>" + "".join(
        f"<tr><td style='width:55%'></td><td style='width:28%' class='{'b' if k.startswith('TOTAL') else ''}'>{k}</td>"
        f"<td style='width:17%' class='r {'b' if k.startswith('TOTAL') else ''}'>{v}</td></tr>" for k, v in totals) + "</table>")
    note = (f"<p class='small' style='margin-top:6pt'>Rate of exchange: 1 USD = {fx_rate} {local_code}. "
            f"VAT amount in {local_code}: {local_sym}{fmt.num(money(tax * fx_rate))}"
            + (f"; invoice total equivalent {local_sym}{fmt.num(money(total * fx_rate))}." if chance(rng, 0.5) else ".") + "</p>"
            "<p class='small'>VAT codes: S = standard rate, Z = zero-rated (international transport), O = outside the scope "
            "(disbursements paid on your behalf).</p>")
    terms_html = (f"<p class='small'>Payment terms: {esc(payment_terms)}. " if payment_terms else "<p class='small'>") + \
        f"Please quote {esc(number)} on your remittance. All business is transacted under the " \
        f"{pick(rng, ['BIFA Standard Trading Conditions 2021', 'Dutch Forwarding Conditions (FENEX)', 'ADSp 2017'])}.</p>"

    def body(chunk, index, is_last):
        top = header if index == 0 else f"<p class='b'>Invoice {esc(number)} - continued</p>"
        return top + f"<table class='items'>{th}{''.join(chunk)}</table>" + (totals_html + note + terms_html if is_last else "")

    sheet = paged_sheet(width, height, css, (36, 32, 36, 28), rows, body,
                        footer=lambda n, c: f"<p class='tiny c muted'>{esc(vendor.name)} · {esc(vendor.email)} · Page {n}/{c}</p>",
                        footer_height=12)
    return Built(doc=doc, sheet=sheet, template=f"freight_{mode}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"country": country, "containers": containers, "bl_awb": doc_no})


def _ltl(rng: random.Random) -> Built:
    carrier = make_company(rng, "US", with_tax=False)
    carrier.name = pick(rng, [carrier.name.split()[0] + " Freight Lines", carrier.name.split()[0] + " Express Inc.",
                              carrier.name.split()[0] + " Transportation LLC"])
    customer = make_company(rng, "US", with_tax=False)
    shipper = make_company(rng, "US", with_tax=False)
    consignee = make_company(rng, "US", with_tax=False)
    fmt = Fmt.pick(rng, "US", date_pattern=pick(rng, ["mdy_slash", "mdy_slash", "mdy_slash_nopad"]), symbol=("$", "pre"))
    issued, due, days = issue_and_due(rng, (15, 30, 30))
    pickup = issued - timedelta(days=rng.randrange(2, 9))
    pro = f"{rng.randrange(10**8, 10**9)}"
    pieces = rng.randrange(1, 12)
    weight = rng.randrange(180, 9800)
    cls = pick(rng, ["50", "55", "60", "65", "70", "77.5", "85", "92.5", "100", "125"])
    rate_cwt = money(rng.uniform(18, 95))
    gross = money(Decimal(weight) / 100 * rate_cwt)
    discount_pct = pick(rng, [Decimal(0), Decimal(65), Decimal(70), Decimal("72.5")])
    linehaul = money(gross * (100 - discount_pct) / 100)
    lines = [Line(f"{pick(rng, ['FAK', 'Machinery parts', 'Packaged food', 'Plastic articles', 'Furniture'])} - "
                  f"{pieces} {pick(rng, ['PLT', 'SKID', 'CTN'])}, class {cls}", None, None, linehaul)]
    fuel_pct = money(rng.uniform(22, 38))
    lines.append(Line(f"Fuel surcharge {fuel_pct}%", None, None, money(linehaul * fuel_pct / 100)))
    for desc, low, high in rng.sample([("Liftgate delivery", 65, 150), ("Residential delivery", 85, 160),
                                       ("Inside delivery", 95, 220), ("Delivery appointment", 20, 45)], rng.randrange(0, 3)):
        lines.append(Line(desc, None, None, money(rng.uniform(low, high))))
    total = sum((ln.amount for ln in lines), Decimal("0.00"))
    account = str(rng.randrange(100000, 9999999)) if chance(rng, 0.7) else None
    terms_kind = pick(rng, ["net", "due"])
    doc = Doc(document_type=DOCUMENT_TYPE, locale="US", currency="USD", vendor=carrier, customer=customer,
              invoice_ids=[pro], document_date=issued, total=total, lines=lines, customer_id=account,
              due_date=due if terms_kind == "due" else None, payment_terms=f"Net {days} days" if terms_kind == "net" else None)
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Courier"]), size=(7.5, 8.5), table="grid")
    css = theme.css(".lab{font-size:6pt;color:#444;font-weight:bold} .cell{border:0.6pt solid #444;padding:3pt}")
    width, height = LETTER
    num = fmt.num
    remit = address(rng, "US")
    remit[0] = f"P.O. Box {rng.randrange(1000, 99999)}"

    def cell(label, value):
        return f"<td class='cell' style='width:33%'><span class='lab'>{label}</span><br/>{value}</td>"

    party = lambda p: f"{esc(p.name)}<br/>{lines_html(p.address)}"  # noqa: E731
    meta = [("PRO NUMBER", pro), ("INVOICE DATE", fmt.date(issued)), ("PICKUP DATE", fmt.date(pickup)),
            ("BOL NUMBER", str(rng.randrange(10**6, 10**8))), ("PO NUMBER", f"{rng.randrange(10**5, 10**7)}")]
    if account:
        meta.append(("ACCOUNT NO.", account))
    if doc.due_date:
        meta.append(("DUE DATE", fmt.date(doc.due_date)))
    if doc.payment_terms:
        meta.append(("TERMS", doc.payment_terms))
    meta_html = "".join(f"<tr><td class='lab' style='width:45%'>{k}</td><td style='width:55%' class='b'>{esc(v)}</td></tr>" for k, v in meta)
    top = (f"<table style='width:100%'><tr><td style='width:60%'><p class='big b'>{esc(carrier.name.upper())}</p>"
           f"<p class='small'>{lines_html(carrier.address)}<br/>{esc(carrier.phone)} · USDOT {rng.randrange(10**5, 10**7)} · "
           f"MC-{rng.randrange(10**5, 10**6)}</p><p class='big b' style='margin-top:6pt'>FREIGHT BILL / INVOICE</p></td>"
           f"<td style='width:40%'><table class='kv' style='width:100%'>{meta_html}</table></td></tr></table>"
           f"<table style='width:100%;margin-top:8pt'><tr>{cell('SHIPPER', party(shipper))}{cell('CONSIGNEE', party(consignee))}"
           f"{cell('BILL TO', party(customer))}</tr></table>")
    item_rows = (f"<tr><td>{pieces}</td><td>{esc(lines[0].description)}</td><td class='r'>{cls}</td><td class='r'>{weight:,}</td>"
                 f"<td class='r'>{num(rate_cwt)}</td><td class='r'>{num(gross)}</td></tr>")
    if discount_pct:
        item_rows += (f"<tr><td></td><td>Tariff discount {discount_pct}%</td><td></td><td></td><td></td>"
                      f"<td class='r'>-{num(gross - linehaul)}</td></tr>"
                      f"<tr><td></td><td class='b'>Net linehaul</td><td></td><td></td><td></td><td class='r b'>{num(linehaul)}</td></tr>")
    for line in lines[1:]:
        item_rows += f"<tr><td></td><td>{esc(line.description)}</td><td></td><td></td><td></td><td class='r'>{num(line.amount)}</td></tr>"
    table = ("<table class='items'><tr><th style='width:7%'>PCS</th><th style='width:45%'>DESCRIPTION</th><th style='width:8%'>CLASS</th>"
             "<th style='width:12%;text-align:right'>WEIGHT (LBS)</th><th style='width:12%;text-align:right'>RATE/CWT</th>"
             f"<th style='width:16%;text-align:right'>CHARGES</th></tr>{item_rows}"
             f"<tr class='grand'><td colspan='5'>TOTAL CHARGES</td><td class='r'>{fmt.money(total)}</td></tr></table>")
    bottom = (f"<table style='width:100%;margin-top:14pt'><tr><td style='width:50%' class='cell'><span class='lab'>PLEASE REMIT TO</span><br/>"
              f"{esc(carrier.name)}<br/>{lines_html(remit)}</td><td style='width:50%' class='cell'><span class='lab'>AMOUNT DUE</span><br/>"
              f"<span class='big b'>{fmt.money(total)}</span><br/>Reference PRO {pro} with payment</td></tr></table>"
              f"<p class='tiny' style='margin-top:6pt'>Subject to the carrier's rules tariff. Claims must be filed within 9 months of delivery. "
              f"Delivered {fmt.date(pickup + timedelta(days=rng.randrange(1, 5)))}, signed {esc(person_name(rng, 'US'))}.</p>")
    html = top + table + bottom
    sheet = paged_sheet(width, height, css, (36, 32, 36, 28), [html], lambda chunk, i, last: "".join(chunk))
    return Built(doc=doc, sheet=sheet, template="freight_ltl_us", notes={"weight_lbs": weight, "class": cls})


def build(rng: random.Random) -> Built:
    return _ltl(rng) if chance(rng, 0.3) else _forwarder(rng)
