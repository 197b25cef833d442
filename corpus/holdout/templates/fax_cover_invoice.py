"""Invoices received by fax: a cover sheet or a transmittal letter on page 1, the invoice on the following page(s), and
the fax machine's transmission header line on every page, from the US, CA, GB and AU, in English, 2023-2025.

Two prints. `fax_cover_sheet` (page 1: "FAX" in large type with the sender's name, To / From / Company / Fax / Phone /
Date / Pages (including cover) / Re: "Invoice 12345", the checkboxes Urgent / For Review / Please Comment / Please Reply /
Please Recycle, a comments box "Please find enclosed invoice … for …", the confidentiality notice), `transmittal_letter`
(page 1: the sender's letterhead, the date, the addressee, "Re: Invoice No. 12345", "Please find enclosed our invoice
… Please remit payment by …", "Pages: 2 including this letter", "Yours faithfully / Sincerely"). The invoice pages: a
plain invoice (INVOICE, Invoice No. / Invoice Date / Customer No. / Terms / Due Date, Bill To / Ship To, Qty / Item /
Description / Unit Price / Amount, Subtotal / tax / Total), flowing over two pages for long orders. Each page's top line:
"MAR-15-2024 14:32 FROM-ACME SUPPLY (555) 123-4567 T-123 P.002/003 F-456", "15/03/2024 14:32 01234 567890 ACME LTD PAGE 02/03".

Truth: one `invoice` for the whole PDF: vendor = the invoicing company, customer = Bill To, id = the invoice number;
document date = the invoice date (the fax header's date and time and the cover's date are decoys and may differ); due
date and terms from the invoice; net / tax / total from its totals; customer_id = Customer No. The fax and phone numbers,
page counts and the cover's amount mention are not truth fields.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import make_lines
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company, person_name
from corpus.holdout.fakes_sixteenth import fax_number
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4, LETTER, Box
from corpus.holdout.templates._fifteenth import paged, pts, rows_html, single_page
from corpus.holdout.templates._sixteenth import fax_overlay, fax_stamp, kv_rows

FAMILY = "fax_cover_invoice"
D = Decimal
TAX = {"US": ("Sales Tax", D("7")), "CA": ("GST", D("5")), "GB": ("VAT @ 20%", D("20")), "AU": ("GST", D("10"))}
CURRENCY = {"US": "USD", "CA": "CAD", "GB": "GBP", "AU": "AUD"}


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["fax_cover_sheet", "transmittal_letter"])
    country = pick(rng, ["US", "US", "CA", "GB", "AU"])
    vendor, customer = make_company(rng, country), make_company(rng, country)
    if country == "US":
        vendor.tax_id = None
    issued = random_date(rng, date(2023, 1, 3), 980)
    sent = datetime(issued.year, issued.month, issued.day, rng.randrange(8, 18), rng.randrange(60)) + timedelta(days=pick(rng, [0, 1, 1, 2, 4, 7]))
    long_order = chance(rng, 0.25)
    lines = make_lines(rng, pick(rng, ["industrial_en", "office_en", "services_en"]), rng.randrange(22, 34) if long_order else rng.randrange(1, 8), codes=True)
    label, rate = TAX[country]
    taxed = country != "US" or chance(rng, 0.6)
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(net * rate / 100) if taxed else None
    total = net + (tax or D(0))
    number = pick(rng, [f"{rng.randrange(10000, 99999)}", f"INV{rng.randrange(10000, 99999)}", f"{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"])
    days = pick(rng, [15, 30, 30, 45, 60])
    terms = pick(rng, [f"Net {days}", f"{days} Days", f"Net {days} Days"])
    due = issued + timedelta(days=days)
    cust_no = f"{pick(rng, ['C', '', 'CUST'])}{rng.randrange(1000, 99999)}"
    doc = Doc(document_type="invoice", locale=country, currency=CURRENCY[country], vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due if chance(rng, 0.7) else None, payment_terms=terms,
              customer_id=cust_no)
    sym = "£" if country == "GB" else "$"

    def n(value: D) -> str:
        return fmt_number(value, "en")

    dfmt = "%m/%d/%Y" if country == "US" else "%d/%m/%Y"

    def d(x) -> str:
        return x.strftime(dfmt)

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times", "Courier"]), size=(7.8, 8.8), table=pick(rng, ["grid", "rules", "boxed", "minimal"]))
    css = theme.css(".t{font-size:18pt;font-weight:bold} .fx{font-family:Courier;font-size:7pt;color:#222} .bx{border:0.8pt solid #444;padding:6pt}"
                    " .big{font-size:40pt;font-weight:bold}")
    width, height = LETTER if country in ("US", "CA") else A4
    W = width - 100
    cols = pts(W, 0.08, 0.14, 0.44, 0.16, 0.18)
    head = ["Qty", "Item", "Description", "Unit Price", "Amount"]
    meta = [("Invoice No.", number), ("Invoice Date", d(issued)), ("Customer No.", cust_no), ("Terms", terms)] + ([("Due Date", d(due))] if doc.due_date else [])
    header = ("<table><tr>" + f"<td style='width:{W * 0.55 - 6:.1f}pt'><p class='t' style='color:{theme.accent}'>{esc(vendor.name)}</p>"
              + "".join(f"<p>{esc(x)}</p>" for x in vendor.address) + f"<p>Tel {vendor.phone}</p>"
              + (f"<p>{'ABN' if country == 'AU' else 'VAT No.' if country == 'GB' else 'GST No.'} {vendor.tax_id}</p>" if vendor.tax_id else "")
              + f"</td><td style='width:{W * 0.45 - 6:.1f}pt'><p class='t'>INVOICE</p>{kv_rows(meta, (80, W * 0.45 - 86))}</td></tr></table>"
              + f"<div class='bx' style='margin-top:8pt'><p class='b'>Bill To:</p><p>{esc(customer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in customer.address) + "</div>")
    totals = [("Subtotal", n(net))] + ([(label, n(tax))] if tax is not None else []) + [(f"Total {CURRENCY[country]}", f"{sym}{n(total)}")]

    def body(chunk, page, last):
        top = header if page == 0 else f"<p class='b'>INVOICE {number} - continued</p>"
        trs = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'r' if j in (0, 3, 4) else ''}'>{c}</td>" for j, (c, w) in enumerate(zip(
            [str(li.quantity), li.code, esc(li.description), n(li.unit_price), n(li.amount)], cols, strict=True))) + "</tr>" for li in chunk)
        table = "<table class='items'><tr>" + "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(head, cols, strict=True)) + f"</tr>{trs}</table>"
        return top + table + (f"<div style='margin-left:{W - 220:.0f}pt'>{rows_html(totals, widths=(120, 100))}</div>"
                              f"<p style='margin-top:12pt'>Please remit to {esc(vendor.name.rstrip('.'))}. Thank you for your business.</p>" if last else "")

    invoice = paged(width, height, css, (50.0, 44.0, 50.0, 40.0), lines, body)
    pages = len(invoice.pages) + 1
    sender = person_name(rng, country)
    their_fax, our_fax = fax_number(rng, country), fax_number(rng, country)
    if layout == "fax_cover_sheet":
        checks = " &nbsp; ".join(f"{'&#9746;' if c == 'For Review' and chance(rng, 0.5) else '&#9744;'} {c}" for c in
                                  ["Urgent", "For Review", "Please Comment", "Please Reply", "Please Recycle"])
        grid = [("To:", esc(person_name(rng, country)) + " - Accounts Payable"), ("Company:", esc(customer.name)), ("Fax:", their_fax),
                ("From:", esc(sender)), ("Company:", esc(vendor.name)), ("Fax:", our_fax), ("Phone:", vendor.phone),
                ("Date:", d(sent.date())), ("Pages:", f"{pages} (including cover)"), ("Re:", f"Invoice {number}")]
        cover = (f"<p class='big'>FAX</p><p class='b'>{esc(vendor.name)}</p><p>{esc(', '.join(vendor.address))}</p><hr/>"
                 + f"<div style='margin-top:10pt'>{kv_rows(grid, (70, W - 80))}</div><p style='margin-top:10pt'>{checks}</p>"
                 + f"<div class='bx' style='margin-top:12pt'><p class='b'>Comments:</p><p>Please find enclosed invoice {number} "
                 + (f"for {sym}{n(total)} " if chance(rng, 0.5) else "") + "for goods / services supplied. Please process for payment by the due date "
                 "and call us with any questions.</p></div>"
                 "<p class='small' style='margin-top:24pt'>CONFIDENTIALITY NOTICE: The documents accompanying this facsimile transmission contain "
                 "confidential information intended only for the recipient named above. If you have received this fax in error, please notify "
                 "us by telephone immediately.</p>")
    else:
        cover = (f"<p class='t' style='color:{theme.accent}'>{esc(vendor.name)}</p><p class='small'>{esc(', '.join(vendor.address))} · Tel {vendor.phone} · Fax {our_fax}</p><hr/>"
                 + f"<p style='margin-top:18pt'>{sent.strftime('%B %d, %Y') if country == 'US' else sent.strftime('%d %B %Y')}</p>"
                 + f"<p style='margin-top:12pt'>Accounts Payable</p><p>{esc(customer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in customer.address)
                 + f"<p>By fax: {their_fax}</p><p class='b' style='margin-top:12pt'>Re: Invoice No. {number}</p>"
                 + f"<p style='margin-top:8pt'>Dear Sir or Madam,</p><p style='margin-top:6pt'>Please find enclosed our invoice number {number} "
                 + "for the goods and services recently supplied. We would be grateful if you would remit payment in accordance with our terms.</p>"
                 + f"<p style='margin-top:6pt'>Pages: {pages} including this letter. The original will follow by post.</p>"
                 + f"<p style='margin-top:14pt'>{'Sincerely' if country in ('US', 'CA') else 'Yours faithfully'},</p><p style='margin-top:20pt'>{esc(sender)}</p><p>Credit Control</p>")
    first = single_page(layout, width, height, css, [Box((50.0, 44.0, width - 50.0, height - 40.0), cover)])
    first.pages.extend(invoice.pages)
    style = pick(rng, ["us", "eu", "dot"]) if country in ("US", "CA") else pick(rng, ["eu", "dot"])
    stamp_seed = rng.randrange(2**31)

    def stamp(page: int, count: int) -> str:
        return fax_stamp(random.Random(stamp_seed + page), sent, style, our_fax, vendor.name, page, count, their_fax)

    sheet = fax_overlay(first, stamp)
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=False, scan_weight=1.5,
                 notes={"sent": sent.date().isoformat(), "pages": pages, "fax": our_fax})
