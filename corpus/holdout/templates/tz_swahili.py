"""East African invoice or EFD receipt with Swahili labels (Tanzania: TZS, VAT 18 %; Kenya: KES, VAT 16 %).

Three prints. A Tanzanian "ANKARA YA KODI / TAX INVOICE" (Namba ya Ankara, Tarehe, Mteja with the
customer's TIN and VRN as decoys, LPO number, Na. / Maelezo / Idadi / Bei / Kiasi, Jumla, Kodi (VAT)
18 %, Jumla Kuu, Tarehe ya mwisho ya malipo, bank and Lipa Namba details); a Kenyan bilingual
"ANKARA / INVOICE" (PIN, VAT 16 %, Jumla Ndogo / Jumla Kuu, M-PESA Paybill); and a TRA EFD fiscal
receipt from the till ("RISITI YA KODI" or "*** START OF LEGAL RECEIPT ***", TIN, VRN, serial number,
UIN, Z number, receipt number, VAT-inclusive item lines with tax code A, total excluding tax, tax,
total including tax, receipt verification code). Mixed Swahili and English, as printed.
"""

from __future__ import annotations

import random
from datetime import datetime
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, paged_sheet, pick
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_intl import company, fmt_for, person, tz_vrn
from corpus.holdout.money import money
from corpus.holdout.render import A4, Box, Sheet, fits
from corpus.holdout.templates._third import included_tax, lines_from

FAMILY = "tz_swahili_invoice"
DOCUMENT_TYPE = "invoice"       # the EFD print is a receipt; Doc carries the type per document

V18, V16 = Decimal(18), Decimal(16)
TZ_ITEMS = [("Saruji (Cement) 50kg", "mifuko", 16000, 19500, False, V18), ("Mabati gauge 30, 3m", "pcs", 24000, 32000, False, V18),
            ("Nondo 12mm", "pcs", 18000, 23000, False, V18), ("Rangi ya maji 20L", "ndoo", 85000, 140000, False, V18),
            ("Karatasi A4 (rimu)", "rimu", 11000, 14500, False, V18), ("Mafuta ya dizeli", "lita", 3100, 3400, True, V18),
            ("Huduma ya usafirishaji", "safari", 50000, 350000, False, V18), ("Mchele daraja la kwanza 25kg", "mfuko", 55000, 75000, False, V18),
            ("Sukari 50kg", "mfuko", 140000, 165000, False, V18), ("Toner cartridge 85A", "pcs", 95000, 160000, False, V18),
            ("Ukarabati wa kompyuta (Laptop repair)", "kazi", 60000, 250000, False, V18), ("Misumari inchi 4", "kg", 4500, 6000, True, V18),
            ("Huduma ya ulinzi - mwezi", "mwezi", 450000, 1200000, False, V18)]
KE_ITEMS = [("Saruji 50kg (Bamburi)", "bags", 690, 880, False, V16), ("Mabati 3m gauge 30", "pcs", 780, 1250, False, V16),
            ("Karatasi A4 rimu", "reams", 520, 780, False, V16), ("Mbolea DAP 50kg", "bags", 3500, 6800, False, V16),
            ("Huduma ya usafiri (Transport)", "trip", 2500, 15000, False, V16), ("Rangi ya mafuta 4L", "tins", 1800, 3200, False, V16),
            ("Mafuta ya taa", "ltrs", 150, 185, True, V16), ("Ukarabati wa pampu ya maji", "job", 3500, 12000, False, V16),
            ("Chakula cha mifugo (Dairy meal) 70kg", "bags", 2600, 3400, False, V16), ("Toner cartridge 85A", "pcs", 3800, 7200, False, V16)]
RETAIL_ITEMS = [("Mchele kg", "", 2800, 3500, False, V18), ("Sukari kg", "", 2900, 3400, False, V18), ("Mafuta ya kupikia 1L", "", 6500, 8500, False, V18),
                ("Sabuni ya unga 1kg", "", 5500, 7500, False, V18), ("Maji Kilimanjaro 1.5L", "", 1000, 1500, False, V18),
                ("Unga wa ngano 2kg", "", 4800, 6200, False, V18), ("Chai majani 250g", "", 3000, 4200, False, V18),
                ("Betri AA (2)", "", 2500, 4000, False, V18), ("Dawa ya meno 100ml", "", 3500, 5200, False, V18),
                ("Soda 500ml", "", 1000, 1500, False, V18), ("Mkate slice", "", 2500, 3500, False, V18)]


def _invoice(rng: random.Random, country: str) -> Built:
    vendor = company(rng, country)
    customer = company(rng, country)
    lang_pattern = pick(rng, ["dmy_slash", "dmy_slash", "dd_mon_yyyy", "d_month_y"])
    symbol = pick(rng, ["TSh", "TZS", "Tshs"] if country == "TZ" else ["KSh", "KES", "Kshs"])
    fmt = fmt_for(country, number_style="en", symbol=symbol, position="pre_space", date_pattern=lang_pattern,
                  lang="sw" if lang_pattern == "d_month_y" else "en")
    issued, due, days = issue_and_due(rng, (7, 14, 30, 30))
    items = TZ_ITEMS if country == "TZ" else KE_ITEMS
    lines = lines_from(rng, items, rng.randrange(1, 8), whole_prices=True, max_qty=8)
    rate_pct = V18 if country == "TZ" else V16
    net = sum((line.amount for line in lines), Decimal("0.00"))
    tax = money(net * rate_pct / 100)
    total = net + tax
    number = pick(rng, [f"{rng.randrange(100, 9999):04d}", f"INV-{rng.randrange(1000, 99999)}", f"ANK/{issued.year}/{rng.randrange(1, 999):03d}",
                        f"TI{rng.randrange(10000, 99999)}"])
    terms = pick(rng, ["days", "due", "due", "cash"])
    payment_terms = due_date = None
    if terms == "days":
        payment_terms = pick(rng, [f"Malipo ndani ya siku {days}", f"Siku {days} baada ya ankara", f"{days} days"])
    elif terms == "due":
        due_date = due
    else:
        payment_terms = pick(rng, ["Malipo taslimu", "Cash on delivery"])
    customer_no = f"C{rng.randrange(100, 9999):04d}" if chance(rng, 0.4) else None
    doc = Doc(document_type="invoice", locale=country, currency=fmt.currency, vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=due_date, payment_terms=payment_terms, customer_id=customer_no)

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.5, 10.0),
                       table=pick(rng, ["grid", "grid", "header_fill", "boxed"]))
    css = theme.css(".title{font-size:15pt;font-weight:bold;text-align:center}")
    width, height = A4
    num = fmt.num
    tz = country == "TZ"
    title = pick(rng, ["ANKARA YA KODI / TAX INVOICE", "ANKARA YA KODI", "TAX INVOICE - ANKARA YA KODI"]) if tz else \
        pick(rng, ["ANKARA / INVOICE", "ANKARA YA KODI / TAX INVOICE"])
    id_label = "TIN" if tz else "PIN"
    vendor_ids = f"{id_label}: {esc(vendor.tax_id)}" + (f" &#160; VRN: {esc(vendor.extra['vrn'])}" if tz else "")
    meta = [(pick(rng, ["Namba ya Ankara", "Ankara Na.", "Invoice No. / Namba"]), esc(number)),
            (pick(rng, ["Tarehe", "Tarehe / Date"]), fmt.date(issued))]
    if customer_no:
        meta.append(("Namba ya Mteja", esc(customer_no)))
    if chance(rng, 0.6):
        meta.append(("LPO Na.", f"LPO/{rng.randrange(100, 9999)}/{issued.year}"))
    if chance(rng, 0.5):
        meta.append(("Delivery Note Na.", f"DN{rng.randrange(1000, 9999)}"))
    if due_date:
        meta.append((pick(rng, ["Tarehe ya mwisho ya malipo", "Due date / Tarehe ya kulipa"]), fmt.date(due_date)))
    meta_html = "".join(f"<tr><td style='width:50%' class='b'>{k}:</td><td style='width:50%'>{v}</td></tr>" for k, v in meta)
    cust_ids = f"{'TIN ya Mteja' if tz else 'PIN ya Mteja'}: {esc(customer.tax_id)}"
    if tz and chance(rng, 0.6):
        cust_ids += f"<br/>VRN: {esc(tz_vrn(rng))}"
    header = (f"<table style='width:100%'><tr><td style='width:60%'>{logo(vendor.name, rng, theme.accent)}"
              f"<p class='b big'>{esc(vendor.name)}</p><p>{lines_html(vendor.address)}<br/>Simu: {esc(vendor.phone)}"
              f"<br/>Barua pepe: {esc(vendor.email)}<br/>{vendor_ids}</p></td>"
              f"<td style='width:40%'><table class='kv' style='width:100%'>{meta_html}</table></td></tr></table>"
              f"<p class='title accent' style='margin:10pt 0'>{title}</p>"
              f"<table style='width:100%'><tr><td style='width:60%' class='boxed'><p class='b'>{pick(rng, ['Mteja:', 'Kwa (Mteja):', 'Mteja / Bill to:'])}</p>"
              f"<p>{esc(customer.name)}<br/>{lines_html(customer.address)}<br/>{cust_ids}</p></td><td style='width:40%'></td></tr></table>")
    cols = [Col("Na.", width="6%"), Col(pick(rng, ["Maelezo", "Maelezo / Description", "Bidhaa / Huduma"]), width="46%"),
            Col("Idadi", "right", "10%"), Col(pick(rng, ["Bei", "Bei ya kipimo", "Bei @"]), "right", "17%"),
            Col(pick(rng, ["Kiasi", "Jumla", "Kiasi (Amount)"]), "right", "21%")]
    rows = [[str(i), esc(line.description), f"{fmt.qty(line.quantity)} {esc(line.unit)}", num(line.unit_price), num(line.amount)]
            for i, line in enumerate(lines, start=1)]
    net_label = pick(rng, ["Jumla", "Jumla ndogo (Sub-total)", "Jumla bila VAT"])
    tax_label = pick(rng, [f"Kodi (VAT) {rate_pct}%", f"VAT {rate_pct}%", f"Kodi ya Ongezeko la Thamani {rate_pct}%"])
    total_label = pick(rng, ["Jumla Kuu", "JUMLA KUU (Grand Total)", "Jumla pamoja na VAT"])
    totals = [(net_label, num(net), False), (tax_label, num(tax), False), (total_label, fmt.money(total), True)]
    pay = ("<p class='small' style='margin-top:10pt'><b>Malipo / Payment:</b> "
           + (f"Benki: {pick(rng, ['CRDB Bank PLC', 'NMB Bank PLC', 'NBC Ltd'])}, A/C Na. {rng.randrange(10**11, 10**12)}, "
              f"Lipa Namba {rng.randrange(100000, 999999)}" if tz else
              f"M-PESA Paybill {rng.randrange(100000, 999999)}, Akaunti {rng.randrange(1000, 99999)}; "
              f"{pick(rng, ['Equity Bank', 'KCB Bank', 'Co-operative Bank'])} A/C {rng.randrange(10**12, 10**13)}")
           + "</p>")
    if payment_terms:
        pay += f"<p class='small'>Masharti ya malipo: {esc(payment_terms)}</p>"
    sign = (f"<table style='width:100%;margin-top:18pt'><tr><td style='width:50%'>Imetolewa na: {esc(person(rng, country))}</td>"
            f"<td style='width:50%'>Sahihi na Muhuri: ____________________</td></tr></table>"
            f"<p class='c small' style='margin-top:8pt'>Asante kwa biashara yako!</p>")

    def body(chunk, index, is_last):
        top = header if index == 0 else f"<p class='b'>{esc(number)} (inaendelea)</p>"
        return top + items_table(cols, chunk) + (totals_table(totals, left="45%") + pay + sign if is_last else "")

    sheet = paged_sheet(width, height, css, (42, 36, 42, 30), rows, body,
                        footer=lambda n, c: f"<p class='tiny c muted'>Ukurasa {n} wa {c}</p>" if c > 1 else "",
                        footer_height=12)
    return Built(doc=doc, sheet=sheet, template="ankara_ya_kodi" if tz else "ankara_ke",
                 png_scan_ok=len(sheet.pages) == 1, notes={"country": country})


def _efd(rng: random.Random) -> Built:
    vendor = company(rng, "TZ")
    vendor.name = vendor.name.upper() if chance(rng, 0.6) else vendor.name
    fmt = fmt_for("TZ", number_style="en", symbol="TZS", position="pre_space",
                  date_pattern=pick(rng, ["dmy_slash", "iso", "dmy_dash"]), lang="en")
    day = issue_and_due(rng)[0]
    when = datetime(day.year, day.month, day.day, rng.randrange(7, 21), rng.randrange(60), rng.randrange(60))
    lines = lines_from(rng, RETAIL_ITEMS, rng.randrange(1, 9), whole_prices=True, max_qty=3)
    for line in lines:
        line.unit = ""
    total = sum((line.amount for line in lines), Decimal("0.00"))
    tax = included_tax(total, V18)
    net = total - tax
    receipt_no = str(rng.randrange(100, 99999))
    doc = Doc(document_type="receipt", locale="TZ", currency="TZS", vendor=vendor, customer=None,
              invoice_ids=[receipt_no], document_date=day, total=total, net=net, tax=tax, lines=lines,
              lines_sum_to="total")
    swahili = chance(rng, 0.5)
    lab = ({"start": "*** MWANZO WA RISITI HALALI ***", "end": "*** MWISHO WA RISITI HALALI ***", "mobile": "SIMU",
            "cust": "JINA LA MTEJA", "rno": "NAMBA YA RISITI", "z": "NAMBA YA Z", "date": "TAREHE", "time": "MUDA",
            "excl": "JUMLA BILA KODI", "tax": "KODI A (18%)", "taxsum": "JUMLA YA KODI", "incl": "JUMLA PAMOJA NA KODI",
            "verify": "NAMBA YA UHAKIKI WA RISITI", "thanks": "ASANTE, KARIBU TENA"} if swahili else
           {"start": "*** START OF LEGAL RECEIPT ***", "end": "*** END OF LEGAL RECEIPT ***", "mobile": "MOBILE",
            "cust": "CUSTOMER NAME", "rno": "RECEIPT NO", "z": "Z NUMBER", "date": "RECEIPT DATE", "time": "RECEIPT TIME",
            "excl": "TOTAL EXCL OF TAX", "tax": "TAX RATE A (18%)", "taxsum": "TOTAL TAX", "incl": "TOTAL INCL OF TAX",
            "verify": "RECEIPT VERIFICATION CODE", "thanks": "ASANTE KWA KUNUNUA"})
    serial = f"10TZ{rng.randrange(100000, 999999)}"
    uin = f"09VFDWEBAPI-{rng.randrange(10**8, 10**9)}{rng.randrange(10**6, 10**7)}-{serial}"
    znum = f"{when.strftime('%Y%m%d')}/{rng.randrange(1, 400)}"
    verify = "".join(rng.choice("0123456789ABCDEF") for _ in range(10)) + f"_{rng.randrange(10**5, 10**6)}"
    width = pick(rng, [204.0, 226.0])
    theme = Theme.pick(rng, font=pick(rng, ["Courier", "Courier", "Helvetica"]), size=(7.0, 8.0), table="minimal", accent="#000000")
    css = theme.css("td{padding:0.5pt 1pt} .hd{font-size:9.5pt;font-weight:bold}")
    num = fmt.num
    kv = [(lab["mobile"], vendor.phone), ("TIN", vendor.tax_id), ("VRN", vendor.extra["vrn"]), ("SERIAL NO", serial),
          ("UIN", uin), ("TAX OFFICE", pick(rng, ["Kinondoni", "Ilala", "Arusha", "Temeke", "Nyamagana"]))]
    cust = [(lab["cust"], ""), ("CUSTOMER ID TYPE", "NIL"), ("CUSTOMER ID", ""), ("CUSTOMER MOBILE", "")]
    rec = [(lab["rno"], receipt_no), (lab["z"], znum), (lab["date"], fmt.date(day)), (lab["time"], when.strftime("%H:%M:%S"))]

    def kv_rows(pairs):
        return "".join(f"<tr><td style='width:48%'>{k}:</td><td style='width:52%' class='r'>{esc(v)}</td></tr>" for k, v in pairs)

    rule = "<p class='c'>" + "-" * 32 + "</p>"
    item_rows = "".join(f"<tr><td colspan='2'>{esc(line.description)}</td></tr>"
                        f"<tr><td style='width:60%'>{fmt.qty(line.quantity)} x {num(line.unit_price)}</td>"
                        f"<td style='width:40%' class='r'>{num(line.amount)} A</td></tr>" for line in lines)
    totals = [(lab["excl"], num(net)), (lab["tax"], num(tax)), (lab["taxsum"], num(tax)), (lab["incl"], num(total))]
    totals_rows = "".join(f"<tr><td style='width:60%'>{k}:</td><td style='width:40%' class='r'>{v}</td></tr>" for k, v in totals)
    html = (f"<p class='c'>{lab['start']}</p><p class='c hd'>{esc(vendor.name)}</p><p class='c'>{lines_html(vendor.address)}</p>"
            f"<table style='width:100%'>{kv_rows(kv)}</table>{rule}<table style='width:100%'>{kv_rows(cust)}</table>{rule}"
            f"<table style='width:100%'>{kv_rows(rec)}</table>{rule}<table style='width:100%'>{item_rows}</table>{rule}"
            f"<table style='width:100%'>{totals_rows}</table>"
            f"{rule}<p class='c'>{lab['verify']}</p><p class='c b'>{verify}</p>")
    html += f"<p class='c' style='margin-top:72pt'>{lab['end']}</p><p class='c small'>{lab['thanks']}</p>"
    margin = 10.0
    height = 300.0
    while not fits(html, css, (margin, margin, width - margin, margin + height)):
        height += 20.0
    sheet = Sheet(width=width, height=height + 2 * margin, css=css,
                  pages=[[Box((margin, margin, width - margin, margin + height), html)]])
    # the verification QR code sits in the gap left above the end marker
    qr_top = _qr_top(html, css, width, margin, height)
    if qr_top is not None:
        side = 62.0
        sheet.pages[0].append(Box(((width - side) / 2, qr_top, (width + side) / 2, qr_top + side), kind="qr", payload=verify))
    return Built(doc=doc, sheet=sheet, template="efd_risiti", notes={"swahili_labels": swahili, "z_number": znum})


def _qr_top(html: str, css: str, width: float, margin: float, height: float) -> float | None:
    """Where the space for the verification code starts: just below the verification code's text."""
    marker = "<p class='c' style='margin-top:72pt'>"
    head = html.split(marker)[0]
    lo, hi = 40, int(height)
    if not fits(head, css, (margin, margin, width - margin, margin + hi)):
        return None
    while hi - lo > 2:      # the smallest height that holds the text above the code
        mid = (lo + hi) // 2
        if fits(head, css, (margin, margin, width - margin, margin + mid)):
            hi = mid
        else:
            lo = mid
    return margin + hi + 4


def build(rng: random.Random) -> Built:
    kind = pick(rng, ["tz", "tz", "ke", "efd", "efd"])
    if kind == "efd":
        return _efd(rng)
    return _invoice(rng, "TZ" if kind == "tz" else "KE")

