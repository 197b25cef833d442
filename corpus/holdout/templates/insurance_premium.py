"""Insurance premium invoice / debit note: UK broker debit note, UK insurer premium invoice, AU tax invoice.

Debit note / invoice number (= id) beside the policy number, the insurer's name and the broker's FCA
firm reference / AFSL number (decoys); class of insurance, transaction type (new business, renewal,
mid-term adjustment), period of cover (two dates, decoys), sums insured per section (decoy amounts),
premium per section or as one figure, broker fee; insurance premium tax at 12 % (UK) or, in
Australia, GST plus state stamp duty and an emergency services levy; "Amount due" / "Total premium
payable"; an instalment plan with future dates and amounts (premium finance: deposit, monthly
instalments, APR; decoys); the broker's client reference (= customer id).

Truth: vendor = the issuer (the broker on a debit note, the insurer on its own invoice); customer =
the insured; lines = the premium (per section when printed) and the fees, without quantity; net = the
printed total before tax; tax = IPT, or GST + stamp duty (the printed tax lines added, as for GST + QST);
total = the amount due for this debit note (not an instalment).
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import PLACE_WORDS, make_company
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4

FAMILY = "insurance_premium_invoice"
DOCUMENT_TYPE = "invoice"

INSURERS = {"GB": ["Meridian Insurance plc", "Northgate General Insurance Company Ltd", "Albion Mutual Insurance plc", "Harbourside Underwriting Ltd"],
            "AU": ["Southern Cross General Insurance Ltd", "Coastal Underwriting Agency Pty Ltd", "Pacific Mutual Insurance Ltd"]}
CLASSES = ["Commercial Combined", "Shop & Office Package", "Professional Indemnity", "Motor Fleet", "Property Owners",
           "Contractors All Risks", "Cyber Liability", "Management Liability"]
SECTIONS = [("Buildings", 250000, 2400000, 0.0012, 0.0030), ("Contents / Stock", 20000, 400000, 0.0030, 0.0060),
            ("Business Interruption", 100000, 1000000, 0.0008, 0.0020), ("Employers' Liability", 10000000, 10000000, 0.00003, 0.00012),
            ("Public & Products Liability", 2000000, 5000000, 0.00010, 0.00040), ("Money", 5000, 25000, 0.004, 0.010),
            ("Terrorism", 250000, 2400000, 0.0002, 0.0005), ("Glass", 5000, 50000, 0.002, 0.005)]
TRANSACTIONS = ["New Business", "Renewal", "Renewal", "Mid-Term Adjustment"]


def build(rng: random.Random) -> Built:
    country = pick(rng, ["GB", "GB", "AU"])
    layout = pick(rng, ["broker", "insurer"]) if country == "GB" else "au"
    fmt = Fmt.pick(rng, country)
    insured = make_company(rng, country, with_tax=False)
    issuer = make_company(rng, country)
    insurer = pick(rng, INSURERS[country])
    if layout == "insurer":
        issuer.name = insurer
        if chance(rng, 0.5):
            issuer.tax_id = None
    else:
        issuer.name = f"{pick(rng, PLACE_WORDS['en'])} {pick(rng, ['Insurance Brokers', 'Risk Solutions', 'Insurance Services'])} " \
            + pick(rng, ["Ltd", "Limited", "LLP"] if country == "GB" else ["Pty Ltd", "Pty Limited"])
        if country == "GB":
            issuer.tax_id = None                 # broking is VAT-exempt; the FCA number is printed instead
    issued = random_date(rng)
    inception = issued + timedelta(days=rng.randrange(-10, 25))
    expiry = inception.replace(year=inception.year + 1) - timedelta(days=1) if not (inception.month == 2 and inception.day == 29) \
        else inception + timedelta(days=364)
    due = inception + timedelta(days=pick(rng, [0, 14, 30])) if chance(rng, 0.7) else None
    klass = pick(rng, CLASSES)
    transaction = pick(rng, TRANSACTIONS)
    policy = pick(rng, [f"{''.join(w[0] for w in klass.split()[:2]).upper()}/{rng.randrange(10**6, 10**7)}",
                        f"{rng.choice('PQMH')}{rng.randrange(10**7, 10**8)}", f"{rng.randrange(10, 99)}-{rng.randrange(10**5, 10**6)}-{rng.randrange(10, 99)}"])
    number = pick(rng, [f"DN{rng.randrange(100000, 999999)}", f"DN/{inception.year}/{rng.randrange(1000, 99999)}",
                        f"INV-{rng.randrange(10**5, 10**6)}", f"{rng.randrange(10**6, 10**7)}"]) if layout != "insurer" \
        else pick(rng, [f"PI{rng.randrange(10**6, 10**7)}", f"{rng.randrange(10**7, 10**8)}"])
    client_ref = pick(rng, [f"{insured.name[:4].upper().replace(' ', '')}{rng.randrange(1, 99):02d}", f"CL{rng.randrange(10000, 99999)}"]) \
        if chance(rng, 0.6) else None
    sections = rng.sample(SECTIONS, rng.randrange(2, 6)) if layout == "insurer" or chance(rng, 0.4) else []
    lines: list[Line] = []
    sums: dict[str, int] = {}
    if sections:
        for name, low, high, rlow, rhigh in sections:
            insured_sum = int(round(rng.uniform(low, high), -3))
            sums[name] = insured_sum
            lines.append(Line(name, None, None, money(max(45, insured_sum * rng.uniform(rlow, rhigh)))))
    else:
        lines.append(Line(pick(rng, ["Premium", "Annual premium", "Net premium", f"{klass} premium"]), None, None,
                          money(round(rng.uniform(380, 14000), 2))))
    premium = sum((ln.amount for ln in lines), Decimal("0.00"))
    levy_line = None
    if country == "AU" and chance(rng, 0.6):
        levy_line = Line(pick(rng, ["Emergency Services Levy", "Fire Services Levy"]), None, None, money(premium * Decimal(pick(rng, ["0.18", "0.22", "0.11"]))))
        lines.append(levy_line)
    fee = money(pick(rng, ["35.00", "50.00", "75.00", "95.00", "150.00", "250.00"])) if layout != "insurer" and chance(rng, 0.7) else None
    if fee:
        lines.append(Line(pick(rng, ["Broker fee", "Administration fee", "Broker administration fee"]), None, None, fee))
    net = sum((ln.amount for ln in lines), Decimal("0.00"))
    taxes: list[tuple[str, Decimal]] = []
    if country == "GB":
        taxes.append((pick(rng, ["Insurance Premium Tax @ 12%", "IPT at 12%", "Insurance Premium Tax (12%)"]), money(premium * Decimal("0.12"))))
    else:
        gst = money(net * Decimal("0.10"))
        stamp_rate = Decimal(pick(rng, ["9", "10", "11"]))
        stamp = money((premium + (levy_line.amount if levy_line else 0) + money((premium + (levy_line.amount if levy_line else 0)) * Decimal("0.10")))
                      * stamp_rate / 100)
        taxes += [("GST", gst), (f"Stamp Duty ({stamp_rate}%)" if chance(rng, 0.5) else "Stamp Duty", stamp)]
    tax = sum((amount for _label, amount in taxes), Decimal("0.00"))
    total = net + tax
    terms = pick(rng, ["Payment due within 30 days of inception", "Strictly 14 days", "Due on inception", None])
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=issuer, customer=insured,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due,
              payment_terms=terms, customer_id=client_ref)

    theme = Theme.pick(rng, size=(8.0, 9.5), table=pick(rng, ["rules", "minimal", "grid"]))
    css = theme.css(".ttl{font-size:16pt;font-weight:bold} .cap{font-size:7pt;color:#666} .panel{border:0.6pt solid #999;padding:4pt}")
    width, height = A4
    num, money_ = fmt.num, fmt.money
    title = {"broker": pick(rng, ["DEBIT NOTE", "Debit Note", "Premium Debit Note"]), "insurer": pick(rng, ["Premium Invoice", "PREMIUM NOTICE AND INVOICE"]),
             "au": pick(rng, ["TAX INVOICE", "Tax Invoice / Renewal Notice"])}[layout]
    id_label = {"broker": pick(rng, ["Debit Note No.", "Debit Note Number", "Our Ref / DN"]), "insurer": "Invoice Number", "au": "Invoice Number"}[layout]
    reg = {"GB": f"Authorised and regulated by the Financial Conduct Authority. FCA FRN {rng.randrange(300000, 999999)}. "
                 f"Registered in England and Wales No. {issuer.extra.get('company_no', '')}.",
           "AU": f"AFSL {rng.randrange(230000, 530000)} · ABN {esc(issuer.tax_id)}"}[country]
    details = [(id_label, esc(number)), ("Date", fmt.date(issued)), ("Policy Number", esc(policy)), ("Insurer", esc(insurer)),
               ("Class of Insurance", esc(klass)), ("Transaction", transaction),
               ("Period of Cover", f"{fmt.date(inception)} to {fmt.date(expiry)}")]
    if client_ref:
        details.insert(1, (pick(rng, ["Client Ref", "Client Number", "Account No."]), esc(client_ref)))
    if due:
        details.append((pick(rng, ["Payment Due", "Due Date", "Please pay by"]), fmt.date(due)))
    if terms:
        details.append(("Terms", esc(terms)))
    details_html = "<table class='kv' style='width:100%'>" + "".join(f"<tr><td class='b' style='width:34%'>{k}</td><td style='width:66%'>{v}</td></tr>" for k, v in details) + "</table>"
    insured_block = (f"<p class='cap'>{pick(rng, ['Insured', 'The Insured', 'Client'])}</p><p><b>{esc(insured.name)}</b><br/>{lines_html(insured.address)}</p>")
    tax_id_line = (f"<br/>VAT Reg No. {esc(issuer.tax_id)}" if issuer.tax_id and country == "GB" else "")
    head = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(issuer.name, rng, theme.accent)}<p class='b'>{esc(issuer.name)}</p>"
            f"<p class='small'>{lines_html(issuer.address)}<br/>Tel {esc(issuer.phone)}{tax_id_line}</p></td>"
            f"<td style='width:45%' class='r'><p class='ttl accent'>{title}</p></td></tr></table>"
            f"<table style='width:100%;margin-top:10pt'><tr><td style='width:42%'>{insured_block}</td><td style='width:58%'>{details_html}</td></tr></table>")
    if sections:
        table = ("<table class='items'><tr><th style='width:50%'>Section</th><th style='width:25%;text-align:right'>Sum Insured / Limit</th>"
                 "<th style='width:25%;text-align:right'>Premium</th></tr>"
                 + "".join(f"<tr><td>{esc(ln.description)}</td><td class='r'>{num(Decimal(sums[ln.description]))}</td><td class='r'>{num(ln.amount)}</td></tr>"
                           for ln in lines if ln.description in sums)
                 + "".join(f"<tr><td>{esc(ln.description)}</td><td></td><td class='r'>{num(ln.amount)}</td></tr>" for ln in lines if ln.description not in sums)
                 + "</table>")
    else:
        table = ("<table class='items'><tr><th style='width:75%'>Description</th><th style='width:25%;text-align:right'>Amount</th></tr>"
                 + "".join(f"<tr><td>{esc(ln.description)}</td><td class='r'>{num(ln.amount)}</td></tr>" for ln in lines) + "</table>")
    net_label = {"GB": pick(rng, ["Total before IPT", "Sub-total", "Total premium (excl. IPT)"]), "AU": pick(rng, ["Sub total", "Total before GST and duty"])}[country]
    totals = [(net_label, num(net), False)] + [(label, num(amount), False) for label, amount in taxes]
    totals.append((pick(rng, ["Amount Due", "Total Amount Due", "Total premium payable", "TOTAL PAYABLE"]), money_(total), True))
    plan = ""
    if chance(rng, 0.45):
        count = pick(rng, [9, 10, 11])
        apr = pick(rng, ["19.9", "21.4", "14.9"])
        financed = money(total * Decimal("1.065"))
        deposit = money(financed * Decimal("0.10"))
        each = money((financed - deposit) / count)
        first = inception + timedelta(days=30)
        dates = [first + timedelta(days=30 * k) for k in range(min(count, 4))]
        plan = (f"<p class='b' style='margin-top:8pt'>Instalment option</p><p class='small'>Spread the cost: deposit {money_(deposit)} followed by "
                f"{count} monthly instalments of {money_(each)} (total credit price {money_(deposit + each * count)}, APR {apr}% representative). "
                "First instalments:</p><table class='small'>"
                + "".join(f"<tr><td style='width:90pt'>{fmt.date(d)}</td><td class='r' style='width:70pt'>{num(each)}</td></tr>" for d in dates)
                + "</table>")
    pay = (f"<p class='small' style='margin-top:8pt'>Please quote {id_label.lower().rstrip('.')} {esc(number)} with your payment. "
           + (f"Sort code {rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}, account {rng.randrange(10**7, 10**8)}."
              if country == "GB" else f"BSB {rng.randrange(10, 99)}2-{rng.randrange(100, 999)}, account {rng.randrange(10**7, 10**9)}.") + "</p>")
    notice = ("<p class='tiny muted' style='margin-top:8pt'>Insurance Premium Tax is charged at the standard rate. Cover is subject to the "
              "policy terms, conditions and exclusions. Failure to pay may result in cancellation of the policy.</p>") if country == "GB" else \
        ("<p class='tiny muted' style='margin-top:8pt'>Stamp duty is payable to the State Revenue Office. Input tax credit: you may be "
         "entitled to claim the GST shown above.</p>")
    html = head + table + totals_table(totals, left="45%") + plan + pay + notice
    sheet = paged_sheet(width, height, css, (44, 36, 44, 28), [0], lambda _c, _i, _l: html,
                        footer=lambda n, c: f"<p class='tiny c muted'>{esc(reg)}</p>", footer_height=24)
    return Built(doc=doc, sheet=sheet, template=f"insurance_{layout}", notes={"policy": policy, "insurer": insurer, "instalments": bool(plan)})
