"""Australian tax invoice from a small business's accounting package or a trade docket.

"Tax Invoice" with the supplier's ABN (`51 824 753 556`, valid check; the truth's tax id as printed),
the customer's ABN now and then (a decoy); GST 10 % with GST-free items flagged (`FRE`, `*`); either
ex-GST lines with Subtotal / GST / "Total inc. GST", or GST-inclusive prices with "Total (inc. GST)"
and "GST included in total"; Paid to date / deposit before "Amount Due" / "Balance Due" (a decoy when
something was paid); due date and terms ("Net 14 days", "Strictly 7 days"); how to pay: direct deposit
to BSB 062-000 and account (decoys), BPAY biller code and customer reference number (a Luhn-checked
CRN often built from the customer or invoice number: a payment reference, not the id), card by phone.
"""

from __future__ import annotations

import random
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, paged_sheet, pick
from corpus.holdout.catalog import totals_by_rate
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import PLACE_WORDS, account_code, domain, make_company, person_name
from corpus.holdout.fakes_fifth import luhn_reference
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money
from corpus.holdout.render import A4
from corpus.holdout.templates._third import included_tax, lines_from

FAMILY = "au_tax_invoice"
DOCUMENT_TYPE = "invoice"

G, F = Decimal(10), Decimal(0)
TRADES = {
    "electrical": [("Labour - licensed electrician", "hr", 95, 135, True, G), ("Apprentice labour", "hr", 55, 75, True, G),
                   ("Call-out fee", "ea", 85, 150, False, G), ("LED downlight 10W tri-colour", "ea", 18, 39, False, G),
                   ("Double power point 10A", "ea", 14, 32, False, G), ("TPS cable 2.5mm twin & earth (100m)", "roll", 120, 190, False, G),
                   ("Safety switch RCBO 20A", "ea", 48, 95, False, G), ("Smoke alarm 240V hardwired", "ea", 55, 110, False, G),
                   ("Switchboard upgrade", "ea", 900, 2400, False, G)],
    "catering": [("Corporate lunch platter (serves 10)", "ea", 85, 160, False, G), ("Fresh fruit platter", "ea", 45, 90, False, F),
                 ("Bottled water 600ml", "ea", 2, 4, False, F), ("Barista coffee cart - 2 hours", "ea", 380, 650, False, G),
                 ("Staff - wait service", "hr", 45, 62, True, G), ("Fresh milk 2L", "ea", 3, 5, False, F),
                 ("Delivery", "ea", 25, 60, False, G), ("Assorted sandwiches (per person)", "pp", 11, 18, False, G)],
    "medical": [("Consumables - sterile dressings (box)", "box", 18, 45, False, F), ("Disposable gloves nitrile (case)", "case", 65, 140, False, G),
                ("Hand sanitiser 5L", "ea", 28, 60, False, G), ("Examination couch roll", "ctn", 40, 85, False, G),
                ("Wound care kit", "ea", 12, 35, False, F), ("Courier freight", "ea", 15, 45, False, G)],
    "office": [("Bookkeeping services - BAS preparation", "hr", 75, 140, True, G), ("Xero subscription (monthly)", "ea", 35, 90, False, G),
               ("Copy paper A4 (5 ream box)", "box", 28, 45, False, G), ("Printer toner HP 58A", "ea", 120, 210, False, G),
               ("Tax return preparation", "ea", 280, 950, False, G), ("Payroll processing (per pay run)", "ea", 45, 120, False, G)],
}
TRADE_WORDS = {"electrical": ["Electrical", "Electrical Services", "Electrics"], "catering": ["Catering", "Kitchen & Catering", "Events Catering"],
               "medical": ["Medical Supplies", "Healthcare Supplies"], "office": ["Bookkeeping", "Business Services", "Accounting"]}
TERMS = ["Net {d} days", "Strictly {d} days", "{d} days from invoice date", "{d} days", "Payment due within {d} days"]


def build(rng: random.Random) -> Built:
    trade = pick(rng, list(TRADES))
    vendor = make_company(rng, "AU")
    trade_word = pick(rng, TRADE_WORDS[trade])
    if chance(rng, 0.2):                       # sole traders invoice under their own name
        vendor.name = f"{person_name(rng, 'AU')} {trade_word}"
    else:
        vendor.name = f"{pick(rng, PLACE_WORDS['en'])} {trade_word} {pick(rng, ['Pty Ltd', 'Pty. Ltd.', 'Pty Limited'])}"
    vendor.email = f"{pick(rng, ['accounts', 'admin', 'office'])}@{domain(vendor.name)}"
    abn_style = pick(rng, ["spaced", "spaced", "spaced", "compact"])
    if abn_style == "compact":
        vendor.tax_id = vendor.tax_id.replace(" ", "")
    customer = make_company(rng, "AU")
    fmt = Fmt.pick(rng, "AU")
    layout = pick(rng, ["accounting", "docket", "modern"])
    inclusive = layout == "docket"
    issued, due, days = issue_and_due(rng, (7, 14, 14, 30, 30))
    long_order = chance(rng, 0.15)
    lines = lines_from(rng, TRADES[trade], rng.randrange(7, 10) if long_order else rng.randrange(1, 7))
    if long_order:                             # a staged job billed stage by stage runs over two pages
        for stage in range(2, rng.randrange(4, 6)):
            extra = lines_from(rng, TRADES[trade], rng.randrange(5, 9))
            for line in extra:
                line.description = f"{line.description} - stage {stage}"
            lines += extra
    number = pick(rng, [f"INV-{rng.randrange(1000, 99999):05d}", f"{rng.randrange(1000, 99999)}", f"TI{rng.randrange(10**4, 10**6)}",
                        f"{issued.strftime('%y%m')}-{rng.randrange(10, 999)}"])
    if inclusive:
        # GST-inclusive shelf prices: the lines add up to the total, the GST inside the taxable ones is stated
        total = sum((line.amount for line in lines), Decimal("0.00"))
        tax = included_tax(sum((line.amount for line in lines if line.tax_rate == G), Decimal("0.00")), G)
        net = total - tax if chance(rng, 0.4) else None
        lines_sum_to = "total"
    else:
        _rates, _bases, _taxes, net, tax, total = totals_by_rate(lines)
        lines_sum_to = "net"
    terms_mode = pick(rng, ["due", "due", "terms", "both"])
    terms = pick(rng, TERMS).format(d=days) if terms_mode in ("terms", "both") else None
    customer_id = account_code(rng, pick(rng, ["C", "num", "alpha", "CUST"])) if chance(rng, 0.5) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale="AU", currency="AUD", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=due if terms_mode in ("due", "both") else None, payment_terms=terms, customer_id=customer_id,
              lines_sum_to=lines_sum_to)
    paid = money(total * Decimal(pick(rng, ["0.2", "0.3", "0.5"]))) if chance(rng, 0.2) else Decimal("0.00")

    theme = Theme.pick(rng, size=(8.0, 9.5), table={"accounting": pick(rng, ["grid", "boxed", "header_fill"]),
                                                       "docket": "rules", "modern": pick(rng, ["minimal", "zebra"])}[layout])
    css = theme.css(".ttl{font-size:17pt;font-weight:bold} .cap{font-size:6.5pt;color:#666;text-transform:uppercase} "
                    ".cell{border:0.6pt solid #888;padding:2pt 4pt} .hero{font-size:20pt;font-weight:bold}")
    width, height = A4
    num, money_ = fmt.num, fmt.money
    abn_label = pick(rng, ["ABN", "ABN:", "A.B.N."])
    vendor_block = (f"<p class='b'>{esc(vendor.name)}</p><p class='small'>{lines_html(vendor.address)}<br/>"
                    f"{abn_label} {esc(vendor.tax_id)}<br/>Ph {esc(vendor.phone)} · {esc(vendor.email)}</p>")
    cust_abn = f"<br/>ABN {esc(customer.tax_id)}" if chance(rng, 0.3) else ""
    bill_to = f"<p class='cap'>{pick(rng, ['Bill To', 'Invoice To', 'To'])}</p><p><b>{esc(customer.name)}</b><br/>{lines_html(customer.address)}{cust_abn}</p>"
    meta = [(pick(rng, ["Invoice No.", "Invoice Number", "Invoice #"]), esc(number)), (pick(rng, ["Date", "Invoice Date", "Issue Date"]), fmt.date(issued))]
    if customer_id:
        meta.append((pick(rng, ["Customer No.", "Account No.", "Customer ID"]), esc(customer_id)))
    if doc.due_date:
        meta.append((pick(rng, ["Due Date", "Payment Due"]), fmt.date(due)))
    if terms:
        meta.append(("Terms", esc(terms)))
    if chance(rng, 0.4):
        meta.append((pick(rng, ["Your Ref", "Order No.", "PO Number"]), f"{pick(rng, ['PO', 'WO', ''])}{rng.randrange(1000, 99999)}"))

    # how to pay: bank details, BPAY (its reference is a decoy for the id), card
    crn_base = "".join(ch for ch in (customer_id or number) if ch.isdigit()) or str(rng.randrange(10**5, 10**7))
    crn = luhn_reference(crn_base[-8:].rjust(6, "0"))
    biller = str(rng.randrange(10000, 999999))
    bsb = f"{pick(rng, ['062', '063', '083', '033', '012', '733', '484'])}-{rng.randrange(0, 999):03d}"
    account = f"{rng.randrange(10**7, 10**9)}"
    deposit_reference = pick(rng, [number, crn])
    pay_parts = [f"<p class='b'>{pick(rng, ['How to pay', 'Payment options', 'Remittance'])}</p>"
                 f"<p class='small'>Direct deposit: {esc(vendor.name)}<br/>BSB {bsb} &nbsp; Account {account}<br/>"
                 f"Reference: {esc(deposit_reference)}</p>"]
    bpay = chance(rng, 0.7)
    if bpay:
        pay_parts.append(f"<table><tr><td class='cell'><b>BPAY</b>&reg;<br/>Biller Code: {biller}<br/>Ref: {crn}</td></tr></table>"
                         f"<p class='tiny muted'>Contact your bank or financial institution to make this payment from your cheque, "
                         f"savings, debit or transaction account.</p>")
    if chance(rng, 0.4):
        pay_parts.append(f"<p class='small'>Credit card: call {esc(vendor.phone)} (1.5% surcharge applies to Visa/Mastercard)</p>")
    pay_html = "".join(pay_parts)

    gst_note = pick(rng, ["Total includes GST", "GST included in total", "Includes GST of"])
    if inclusive:
        totals = [(pick(rng, ["Total (inc. GST)", "Total inc. GST", "TOTAL"]), money_(total), True), (gst_note, money_(tax), False)]
        if net is not None:
            totals.insert(0, ("Total ex GST", money_(net), False))
    else:
        totals = [(pick(rng, ["Subtotal", "Subtotal (ex GST)", "Total ex GST"]), num(net), False),
                  (pick(rng, ["GST", "GST 10%", "Total GST"]), num(tax), False),
                  (pick(rng, ["Total inc. GST", "Total (inc GST)", "TOTAL AUD"]), money_(total), True)]
    if paid:
        totals += [(pick(rng, ["Less: Paid to date", "Deposit received", "Less Amount Paid"]), f"-{num(paid)}", False),
                   (pick(rng, ["Amount Due", "Balance Due"]), money_(total - paid), True)]
    elif chance(rng, 0.6):
        totals.append((pick(rng, ["Amount Due", "Balance Due", "AMOUNT DUE AUD"]), money_(total), False))

    has_free = any(line.tax_rate == F for line in lines)
    if inclusive:
        cols = [Col("Description", width="52%"), Col("Qty", "right", "10%"), Col("Price inc GST", "right", "19%"), Col("Total", "right", "19%")]
        rows = [[esc(ln.description) + (" *" if ln.tax_rate == F else ""), fmt.qty(ln.quantity), num(ln.unit_price), num(ln.amount)]
                for ln in lines]
    else:
        code = pick(rng, ["code", "amount"])
        cols = [Col("Description", width="46%"), Col("Qty", "right", "9%"), Col("Unit Price", "right", "15%"),
                Col("GST", "center" if code == "code" else "right", "12%"), Col(pick(rng, ["Amount", "Amount ex GST", "Line Total"]), "right", "18%")]
        rows = [[esc(ln.description), fmt.qty(ln.quantity), num(ln.unit_price),
                 ("GST" if ln.tax_rate == G else "FRE") if code == "code" else num(money(ln.amount * ln.tax_rate / 100)), num(ln.amount)]
                for ln in lines]
    legend = "<p class='tiny muted'>* GST-free item</p>" if inclusive and has_free else \
        ("<p class='tiny muted'>FRE = GST-free supply</p>" if has_free and not inclusive and cols[3].align == "center" else "")
    title = pick(rng, ["TAX INVOICE", "Tax Invoice"])

    if layout == "accounting":
        meta_html = "<table class='kv' style='width:100%'>" + "".join(
            f"<tr><td class='cell b' style='width:45%'>{k}</td><td class='cell' style='width:55%'>{v}</td></tr>" for k, v in meta) + "</table>"
        head = (f"<table style='width:100%'><tr><td style='width:58%'>{logo(vendor.name, rng, theme.accent)}{vendor_block}</td>"
                f"<td style='width:42%'><p class='ttl accent r'>{title}</p>{meta_html}</td></tr></table>"
                f"<table style='width:100%;margin-top:8pt'><tr><td style='width:50%' class='boxed'>{bill_to}</td><td style='width:50%'></td></tr></table>")
        tail_extra = f"<table style='width:100%;margin-top:10pt'><tr><td style='width:60%'>{pay_html}</td><td style='width:40%'></td></tr></table>"
    elif layout == "docket":
        strip = "<table style='width:100%'><tr>" + "".join(
            f"<td class='cell'><span class='cap'>{k}</span><br/>{v}</td>" for k, v in meta) + "</tr></table>"
        head = (f"<p class='ttl'>{esc(vendor.name)}</p><p class='small'>{esc(', '.join(vendor.address))} · {abn_label} {esc(vendor.tax_id)}"
                f" · {esc(vendor.phone)}</p><p class='b accent' style='font-size:13pt;margin-top:6pt'>{title}</p>{strip}"
                f"<div style='margin-top:6pt'>{bill_to}</div>")
        tail_extra = f"<div style='margin-top:8pt'>{pay_html}</div>"
    else:
        hero_amount = total - paid
        hero = (f"<p class='cap'>{'Amount Due' if not paid else 'Balance Due'}</p><p class='hero accent'>{money_(hero_amount)}</p>"
                + (f"<p class='small'>Due {fmt.date(due)}</p>" if doc.due_date else ""))
        meta_html = "".join(f"<p><span class='cap'>{k}</span><br/>{v}</p>" for k, v in meta)
        head = (f"<table style='width:100%'><tr><td style='width:50%'>{hero}</td><td style='width:50%' class='r'>"
                f"<p class='b'>{title}</p>{vendor_block}</td></tr></table>"
                f"<table style='width:100%;margin-top:10pt'><tr><td style='width:40%'>{bill_to}</td><td style='width:30%'>{meta_html}</td>"
                f"<td style='width:30%'></td></tr></table>")
        tail_extra = f"<div style='margin-top:10pt;border-top:0.6pt solid #999;padding-top:4pt'>{pay_html}</div>"

    def body(chunk, index, is_last):
        top = head if index == 0 else f"<p class='b'>{title} {esc(number)} (continued)</p>"
        out = top + items_table(cols, chunk, zebra=theme.table == "zebra")
        if is_last:
            out += legend + totals_table(totals, left="50%") + tail_extra
        return out

    footer_note = pick(rng, ["Thank you for your business!", "Please quote the invoice number with your payment.",
                             "Overdue accounts may incur a 2% monthly fee."])
    sheet = paged_sheet(width, height, css, (42, 36, 42, 28), rows, body,
                        footer=lambda n, c: f"<p class='tiny c muted'>{esc(footer_note)}"
                        + (f" · Page {n} of {c}" if c > 1 else "") + "</p>", footer_height=14)
    return Built(doc=doc, sheet=sheet, template=f"au_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"bpay_crn": crn if bpay or deposit_reference == crn else None, "paid_to_date": float(paid), "gst_inclusive": inclusive})
