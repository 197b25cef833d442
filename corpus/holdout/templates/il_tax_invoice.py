"""Israeli tax invoice (חשבונית מס), 2023-2025: Hebrew invoicing-software prints (right to left) and a bilingual
Hebrew / English print.

Three prints. `il_hebrew`: a cloud invoicing service's print in Hebrew, laid out right to left: the business's name
with "ח.פ. 514567890" (a company) or "ע.מ. 032145678" (a licensed dealer, עוסק מורשה), its address, phone and
e-mail on the right; "חשבונית מס 20456" with "מקור" (original); תאריך, תנאי תשלום ("שוטף + 30", "שוטף + 60",
"מזומן"), "לתשלום עד"; "לכבוד:" the customer with its ח.פ. and address and sometimes "מס' לקוח"; the table # / תיאור /
כמות / מחיר ליחידה / סה"כ read from the right; סה"כ לפני מע"מ, הנחה, מע"מ 17% (18% from 1 January 2025), סה"כ
לתשלום on the left; bank details; "מסמך ממוחשב" and the software's name; from May 2024 an invoice above the
threshold carries its "מספר הקצאה" (allocation number from the Tax Authority). A credit invoice is "חשבונית מס
זיכוי" citing the invoice it corrects. `il_receipt`: the combined "חשבונית מס / קבלה" (tax invoice / receipt) with a
payments table (אמצעי תשלום: העברה בנקאית, כרטיס אשראי, המחאה with bank, branch, account and cheque number).
`il_bilingual`: an exporter's or tech company's "חשבונית מס / TAX INVOICE" with bilingual labels, the English name
first and the Hebrew name beside it, "Company No. / ח.פ.", "VAT 17% / מע"מ 17%", terms "Net 30" / "Current + 30".

Amounts `₪1,234.56`, `1,234.56 ₪`, `1,234.56 ש"ח`; dates `15/03/2024` or `15.03.2024`. Hebrew renders with MuPDF's
Noto Serif Hebrew fallback (embedded, subset) and the text layer keeps the logical order of each run.

Truth: vendor = the issuer as printed (the Hebrew name on the Hebrew prints, the English name on the bilingual print,
where the Hebrew name beside it is a translation, as for Thailand); tax id = the ח.פ. / ע.מ. number as printed
(nine digits, the identity-number check digit holds); address = the printed address lines. Customer = לכבוד / To with
its address; its ח.פ., the allocation number, bank details, the cited original invoice and the software's name are
decoys; customer id = מס' לקוח / Customer No. where printed. Net = סה"כ לפני מע"מ (a discount is the printed
adjustment between the lines and it), tax = מע"מ, total = סה"כ לתשלום. Payment terms as printed ("שוטף + 30"),
due date = לתשלום עד / Due date where printed. Credit invoices are negative in the truth.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Col, Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_thirteenth import il_hebrew, il_party
from corpus.holdout.money import fmt_number, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._eighth import flowing_sheet

FAMILY = "il_tax_invoice"
D = Decimal
ITEMS = [("ייעוץ טכני - שעות עבודה", "Technical consulting - hours", 250, 650, True), ("פיתוח תוכנה - ספרינט 3", "Software development - sprint 3", 15000, 60000, False),
         ("רישיון תוכנה שנתי", "Annual software licence", 2000, 25000, False), ("תחזוקת שרתים חודשית", "Monthly server maintenance", 1500, 9000, False),
         ("עיצוב גרפי - קטלוג מוצרים", "Graphic design - product catalogue", 2500, 12000, False), ("נייר צילום קרטון 5 חבילות", "Copy paper carton of 5 reams", 95, 160, False),
         ("טונר שחור למדפסת לייזר", "Black toner for laser printer", 280, 650, False), ("הובלה והתקנה", "Delivery and installation", 350, 2500, False),
         ("שירותי ניקיון משרדים - חודש מרץ", "Office cleaning services - March", 2500, 9000, False), ("השכרת ציוד הגברה", "PA equipment rental", 800, 4500, False),
         ("קורס הדרכה לעובדים", "Staff training course", 3500, 15000, False), ("כיסא משרדי ארגונומי", "Ergonomic office chair", 650, 2400, False),
         ("בדיקות חדירה לאתר", "Website penetration testing", 6000, 28000, False), ("ליווי פרויקט - ניהול", "Project management support", 300, 480, True)]
SOFTWARE = ["חשבונית ירוקה", "iCount", "ריווחית", "EZcount", "חשבשבת", "Priority"]
BANKS = [("בנק לאומי", "10"), ("בנק הפועלים", "12"), ("בנק דיסקונט", "11"), ("בנק מזרחי טפחות", "20"), ("הבנק הבינלאומי", "31")]
BANKS_FLAT = [f"{name} ({code})" for name, code in BANKS]


def _vat_rate(day: date) -> D:
    return D(18) if day >= date(2025, 1, 1) else D(17)


def _due(issued: date, term: tuple[str, str, int, bool]) -> date | None:
    _he, _en, days, eom = term
    if days == 0:
        return None
    if eom:
        first_next = (issued.replace(day=1) + timedelta(days=32)).replace(day=1)
        return first_next - timedelta(days=1) + timedelta(days=days)
    return issued + timedelta(days=days)


TERMS = [("שוטף + 30", "Current + 30", 30, True), ("שוטף + 60", "Current + 60", 60, True), ("שוטף + 45", "EOM + 45", 45, True),
         ("30 יום", "Net 30", 30, False), ("מזומן", "Due on receipt", 0, False)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["hebrew", "hebrew", "receipt", "bilingual", "bilingual"])
    credit = layout != "receipt" and chance(rng, 0.16)
    vendor_en, customer_en = il_party(rng, sole=chance(rng, 0.2)), il_party(rng)
    hebrew = layout != "bilingual"
    vendor, customer = (il_hebrew(vendor_en), il_hebrew(customer_en)) if hebrew else (vendor_en, customer_en)
    issued = random_date(rng, date(2023, 1, 3), 1000)
    rate = _vat_rate(issued)
    number = str(rng.randrange(10001, 99999) if not credit else rng.randrange(30001, 39999))
    count = rng.randrange(1, 3) if credit else rng.randrange(1, 6) if chance(rng, 0.85) else rng.randrange(10, 15)
    lines = []
    for he, en, low, high, hourly in rng.sample(ITEMS, min(count, len(ITEMS))):
        qty = D(pick(rng, [4, 6, 8, 10, 12, 16, 20, 24, 40]) if hourly else pick(rng, [1, 1, 1, 2, 3, 4, 5, 10]))
        price = D(str(round(rng.uniform(low, high), 0 if high > 1000 else 2))).quantize(D("0.01"))
        lines.append(Line(he if hebrew else en, qty, price, (qty * price).quantize(D("0.01"))))
    lines_sum = sum((li.amount for li in lines), D("0.00"))
    discount = (lines_sum * D(pick(rng, [3, 5, 10])) / 100).quantize(D("0.01"), rounding=ROUND_HALF_UP) if not credit and chance(rng, 0.18) else D("0.00")
    net = lines_sum - discount
    tax = (net * rate / 100).quantize(D("0.01"), rounding=ROUND_HALF_UP)
    total = net + tax
    term = pick(rng, TERMS)
    terms = None if credit or layout == "receipt" else (term[0] if hebrew else term[1])
    due = _due(issued, term) if terms and chance(rng, 0.7) else None
    customer_id = str(rng.randrange(100, 9999)) if chance(rng, 0.35) else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="IL", currency="ILS", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=customer_id,
              lines_adjustment=-discount)
    neg = credit and chance(rng, 0.5)
    money_style = pick(rng, ["pre", "post", "shekel_word"])

    def m(value: D) -> str:
        text = fmt_number(value, "en")
        text = {"pre": f"₪{text}", "post": f"{text} ₪", "shekel_word": f"{text} ש\"ח"}[money_style]
        return f"-{text}" if neg and value else text

    def n(value: D) -> str:
        return ("-" if neg and value else "") + fmt_number(value, "en")

    date_sep = pick(rng, ["/", "/", "."])

    def d(x: date) -> str:
        return f"{x.day:02d}{date_sep}{x.month:02d}{date_sep}{x.year}"

    threshold = D(25000) if issued.year < 2025 else D(20000)
    allocation = f"{rng.randrange(10**8, 10**9)}" if not credit and issued >= date(2024, 5, 5) and net >= threshold else None
    original = f"{rng.randrange(10001, 29999)}"
    id_label_he = "ע.מ." if vendor_en.extra["sole"] else "ח.פ."
    printed_id = vendor.tax_id if chance(rng, 0.7) or vendor_en.extra["sole"] else f"{vendor.tax_id[:2]}-{vendor.tax_id[2:8]}-{vendor.tax_id[8]}"
    vendor.tax_id = printed_id
    if vendor is not vendor_en:
        vendor_en.tax_id = printed_id
    bank, bank_code = pick(rng, BANKS)
    bank_line = f"{bank} ({bank_code}), סניף {rng.randrange(100, 999)}, חשבון {rng.randrange(100000, 9999999)}"
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.5, 9.5), table=pick(rng, ["rules", "header_fill", "zebra", "grid"]))
    css = theme.css(".ttl{font-size:17pt;font-weight:bold} .rt{text-align:right} .lbl{color:#555} .box{border:0.8pt solid #999;padding:4pt 6pt}")
    width, height = A4
    if hebrew:
        kind = "חשבונית מס זיכוי" if credit else ("חשבונית מס / קבלה" if layout == "receipt" else "חשבונית מס")
        vendor_html = (f"<p class='rt b' style='font-size:14pt'>{esc(vendor.name)}</p><p class='rt'>{id_label_he} {printed_id}</p>"
                       + "".join(f"<p class='rt'>{esc(a)}</p>" for a in vendor.address)
                       + f"<p class='rt small'>טל' {vendor.phone} | {vendor.email}</p>")
        logo = f"<p class='b accent' style='font-size:20pt'>{esc(vendor_en.name.split()[0].upper())}</p>" if chance(rng, 0.5) else ""
        meta = [("תאריך", d(issued))]
        if terms:
            meta.append(("תנאי תשלום", esc(terms)))
        if due:
            meta.append(("לתשלום עד", d(due)))
        if customer_id:
            meta.append(("מס' לקוח", customer_id))
        if allocation:
            meta.append(("מספר הקצאה", allocation))
        meta_html = "<table style='width:100%'>" + "".join(f"<tr><td style='width:60%' class='rt'>{v}</td><td style='width:40%' class='rt lbl'>{k}:</td></tr>" for k, v in meta) + "</table>"
        cust_html = (f"<p class='rt lbl'>לכבוד:</p><p class='rt b'>{esc(customer.name)}</p><p class='rt small'>ח.פ. {customer.tax_id}</p>"
                     + "".join(f"<p class='rt'>{esc(a)}</p>" for a in customer.address))
        head = (f"<table style='width:100%'><tr><td style='width:40%'>{logo}</td><td style='width:60%'>{vendor_html}</td></tr></table>"
                f"<p class='c ttl' style='margin-top:10pt'>{kind} {number}</p><p class='c'>{pick(rng, ['מקור', 'מקור', 'העתק נאמן למקור'])}</p>"
                + (f"<p class='c small'>זיכוי עבור חשבונית מס {original}</p>" if credit else "")
                + f"<table style='width:100%;margin-top:8pt'><tr><td style='width:45%' class='box'>{meta_html}</td><td style='width:10%'></td>"
                f"<td style='width:45%' class='box'>{cust_html}</td></tr></table>")
        cols = [Col("סה\"כ", "left", "78pt"), Col("מחיר ליחידה", "left", "74pt"), Col("כמות", "center", "44pt"), Col("תיאור", "right"), Col("#", "right", "20pt")]
        rows = [[n(li.amount), n(li.unit_price), fmt_number(li.quantity, "en", 0), esc(li.description), str(i + 1)] for i, li in enumerate(lines)]
        totals = [("סה\"כ", n(lines_sum))] if discount else []
        if discount:
            totals.append(("הנחה", "-" + fmt_number(discount, "en")))
        totals += [("סה\"כ לפני מע\"מ", m(net)), (f"מע\"מ {rate}%", m(tax)), ("סה\"כ לתשלום", m(total))]
        totals_html = "<table style='width:100%'>" + "".join(
            f"<tr><td style='width:45%' class='{'b' if i == len(totals) - 1 else ''}'>{v}</td><td style='width:55%' class='rt {'b' if i == len(totals) - 1 else ''}'>{k}</td></tr>"
            for i, (k, v) in enumerate(totals)) + "</table>"
        pay_html = ""
        if layout == "receipt":
            means = pick(rng, ["העברה בנקאית", "כרטיס אשראי", "המחאה"])
            detail = {"העברה בנקאית": bank_line, "כרטיס אשראי": f"ויזה {rng.randrange(1000, 9999)} תשלומים: 1",
                      "המחאה": f"המחאה {rng.randrange(1000000, 9999999)} {pick(rng, BANKS_FLAT)}"}[means]
            pay_html = ("<p class='rt b' style='margin-top:8pt'>פרטי תשלום</p><table class='items' style='width:100%'><tr><th>סכום</th><th>תאריך</th>"
                        f"<th style='text-align:right'>פרטים</th><th style='text-align:right'>אמצעי תשלום</th></tr><tr><td>{m(total)}</td><td>{d(issued)}</td>"
                        f"<td class='rt'>{esc(detail)}</td><td class='rt'>{means}</td></tr></table>")
        foot = (f"<p class='rt small' style='margin-top:10pt'>פרטי בנק להעברה: {esc(bank_line)}</p>" if layout != "receipt" else "") + \
            f"<p class='c tiny muted' style='margin-top:8pt'>מסמך ממוחשב | הופק באמצעות {pick(rng, SOFTWARE)}</p>"
        tail = f"<table style='width:100%;margin-top:6pt'><tr><td style='width:45%'>{totals_html}</td><td style='width:55%'></td></tr></table>" + pay_html + foot
        template = "il_receipt" if layout == "receipt" else "il_hebrew"
        more = "המשך בעמוד הבא"
    else:
        kind = "חשבונית מס זיכוי / CREDIT NOTE" if credit else "חשבונית מס / TAX INVOICE"
        label_en = "VAT Reg. No." if vendor_en.extra["sole"] else pick(rng, ["Company No.", "Company Reg. No."])
        vendor_html = (f"<p class='b' style='font-size:14pt'>{esc(vendor.name)}</p><p class='small'>{esc(vendor_en.extra['he_name'])}</p>"
                       + "".join(f"<p>{esc(a)}</p>" for a in vendor.address) + f"<p>{label_en} / {id_label_he} {printed_id}</p>"
                       f"<p class='small'>Tel. {vendor.phone} · {vendor.email}</p>")
        meta = [("No. / מס'", f"<b>{number}</b>"), ("Date / תאריך", d(issued))]
        if terms:
            meta.append(("Payment terms / תנאי תשלום", esc(terms)))
        if due:
            meta.append(("Due date / לתשלום עד", d(due)))
        if customer_id:
            meta.append(("Customer No. / מס' לקוח", customer_id))
        if allocation:
            meta.append(("Allocation No. / מספר הקצאה", allocation))
        if credit:
            meta.append(("Ref. invoice / חשבונית מקור", original))
        meta_html = "<table style='width:100%'>" + "".join(f"<tr><td style='width:55%' class='lbl'>{k}</td><td style='width:45%'>{v}</td></tr>" for k, v in meta) + "</table>"
        head = (f"<table style='width:100%'><tr><td style='width:55%'>{vendor_html}</td><td style='width:45%'><p class='ttl accent'>{kind}</p>"
                f"<p>Original / מקור</p>{meta_html}</td></tr></table>"
                f"<table style='width:100%;margin-top:8pt'><tr><td style='width:55%' class='box'><p class='lbl'>To / לכבוד</p><p class='b'>{esc(customer.name)}</p>"
                + "".join(f"<p>{esc(a)}</p>" for a in customer.address) + f"<p class='small'>Company No. / ח.פ. {customer.tax_id}</p></td><td style='width:45%'></td></tr></table>")
        cols = [Col("# ", "left", "20pt"), Col("Description / תיאור"), Col("Qty / כמות", "right", "54pt"), Col("Unit price / מחיר", "right", "84pt"),
                Col("Total / סה\"כ", "right", "84pt")]
        rows = [[str(i + 1), esc(li.description), fmt_number(li.quantity, "en", 0), n(li.unit_price), n(li.amount)] for i, li in enumerate(lines)]
        totals = [("Total / סה\"כ", n(lines_sum)), ("Discount / הנחה", "-" + fmt_number(discount, "en"))] if discount else []
        totals += [("Subtotal before VAT / סה\"כ לפני מע\"מ", m(net)), (f"VAT {rate}% / מע\"מ {rate}%", m(tax)), ("Total due / סה\"כ לתשלום", m(total))]
        totals_html = "<table style='width:100%'>" + "".join(
            f"<tr><td style='width:40%'></td><td style='width:36%' class='{'b' if i == len(totals) - 1 else ''}'>{k}</td>"
            f"<td style='width:24%' class='r {'b' if i == len(totals) - 1 else ''}'>{v}</td></tr>" for i, (k, v) in enumerate(totals)) + "</table>"
        tail = (totals_html + f"<p class='small' style='margin-top:10pt'>Bank details / פרטי בנק: {esc(bank_line)}</p>"
                + "<p class='c tiny muted' style='margin-top:8pt'>Computerised document / מסמך ממוחשב</p>")
        template = "il_bilingual"
        more = "continued / המשך"
    sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra", margin=(40, 36, 40, 32),
                          continued=lambda i: f"<p class='c b'>{kind} {number}</p>", more=more)
    return Built(doc=doc, sheet=sheet, template=template, png_scan_ok=len(sheet.pages) == 1,
                 notes={"allocation": allocation, "original": original if credit else None, "vat_rate": int(rate)})

