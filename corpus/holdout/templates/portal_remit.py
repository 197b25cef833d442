"""Payment remittance from a buyer's procurement / AP portal (Ariba-, Coupa- or Tungsten-like), printed three ways.

An e-mail notification printed from the mail client (network sender on behalf of the buyer, subject
"Remittance Advice: Payment ... from ...", payment summary, invoice table, "do not reply" and
confidentiality disclaimers); the portal's web page printed from a browser (print date and page title
at the top, the page URL and "1/3" at the foot of every page, status Paid / Cleared, Remit To block);
and the portal-generated PDF advice (buyer letterhead, supplier number, our payment reference). Every
print lists Supplier Invoice # beside the buyer's own Document # (a decoy), invoice date, gross,
discount taken and amount paid, with credit memos as negative lines netted into the payment; long
runs continue over pages. Truth per the corpus rules: vendor = the supplier paid, customer = the buyer.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import account_code, make_company
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._paid import paid_invoices

FAMILY = "portal_remittance"
DOCUMENT_TYPE = "remittance_advice"

NETWORKS = [("SupplierLink Network", "supplierlink.example"), ("ProcureWave", "procurewave.example"),
            ("Tradeflow Pay", "tradeflow.example"), ("BuyDesk Supplier Portal", "buydesk.example")]


def build(rng: random.Random) -> Built:
    country = pick(rng, ["US", "US", "GB", "AU", "CA"])
    buyer = make_company(rng, country, with_tax=False)
    supplier = make_company(rng, country, with_tax=False)
    fmt = Fmt.pick(rng, country)
    layout = pick(rng, ["email", "web", "pdf"])
    network, net_domain = pick(rng, NETWORKS)
    pay_date = random_date(rng)
    count = rng.randrange(1, 9) if chance(rng, 0.75) else rng.randrange(24, 48)
    invoices = paid_invoices(rng, pay_date, count, discount_share=0.25)
    credits = []
    for inv in invoices:
        if chance(rng, 0.1) and len(invoices) > 1:
            inv.number = f"CM-{rng.randrange(1000, 9999)}"
            inv.gross = -money(rng.uniform(20, 600))
            inv.discount = Decimal("0.00")
            credits.append(inv.number)
    total = sum((inv.paid for inv in invoices), Decimal("0.00"))
    if total <= 0:
        invoices = [inv for inv in invoices if inv.gross > 0] or invoices[:1]
        if invoices[0].gross <= 0:
            invoices[0].gross = money(rng.uniform(200, 4000))
            invoices[0].number = f"INV-{rng.randrange(10000, 99999)}"
        total = sum((inv.paid for inv in invoices), Decimal("0.00"))
    pay_no = pick(rng, [f"{pay_date.year}-{rng.randrange(10**5, 10**6)}", f"PAY-{rng.randrange(10**6, 10**7)}",
                        f"{rng.randrange(10**9, 10**10)}", f"PMT{rng.randrange(10**5, 10**6)}"])
    supplier_id = account_code(rng, pick(rng, ["V", "num", "sap"])) if chance(rng, 0.7) else None
    sent = pay_date - timedelta(days=pick(rng, [0, 0, 1, 2]))
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=supplier, customer=buyer,
              invoice_ids=[inv.number for inv in invoices], document_date=sent if layout == "email" else pay_date,
              total=total, payment_reference=pay_no, payment_date=pay_date, vendor_id=supplier_id,
              allocations=[(inv.number, inv.paid) for inv in invoices],
              vendor_address_printed=layout != "email", customer_address_printed=True)

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.5),
                       table=pick(rng, ["rules", "zebra", "grid", "header_fill"]))
    css = theme.css(".lab{color:#555} .hdr td{padding:1pt 4pt} .ttl{font-size:14pt;font-weight:bold}")
    width, height = LETTER if country in ("US", "CA") else A4
    num = fmt.num
    method = pick(rng, ["ACH", "EFT", "Wire", "BACS" if country == "GB" else "Direct Credit", "Virtual Card"])
    any_disc = any(inv.discount for inv in invoices)
    show_po = chance(rng, 0.4)
    cols = [("Supplier Invoice #", "left"), (pick(rng, ["Buyer Document #", "Document No.", "Voucher #"]), "left")]
    if show_po:
        cols.append(("PO Number", "left"))
    cols += [("Invoice Date", "left"), ("Gross Amount", "right")]
    if any_disc:
        cols.append(("Discount Taken", "right"))
    cols.append(("Amount Paid", "right"))
    th = "<tr>" + "".join(f"<th style='text-align:{a}'>{c}</th>" for c, a in cols) + "</tr>"
    po_of = {inv.number: f"PO{rng.randrange(10**6, 10**7)}" for inv in invoices}

    def row(inv) -> str:
        cells = [esc(inv.number), esc(inv.payer_doc)]
        if show_po:
            cells.append(po_of[inv.number] if inv.gross > 0 else "")
        cells += [fmt.date(inv.invoice_date), num(inv.gross)]
        if any_disc:
            cells.append(num(inv.discount))
        cells.append(num(inv.paid))
        return "<tr>" + "".join(f"<td style='text-align:{a}'>{c}</td>" for c, (_t, a) in zip(cells, cols, strict=True)) + "</tr>"

    gross_sum = sum((inv.gross for inv in invoices), Decimal("0.00"))
    disc_sum = sum((inv.discount for inv in invoices), Decimal("0.00"))
    total_cells = [""] * (len(cols) - 2 - any_disc) + [num(gross_sum)] + ([num(disc_sum)] if any_disc else []) + [fmt.money(total)]
    total_cells[0] = "Total"
    total_row = "<tr class='grand'>" + "".join(f"<td style='text-align:{a}'>{c}</td>" for c, (_t, a) in zip(total_cells, cols, strict=True)) + "</tr>"
    summary = [("Payment Number" if layout != "pdf" else "Our payment reference", pay_no), ("Payment Date", fmt.date(pay_date)),
               ("Payment Method", method), ("Payment Amount", fmt.money(total)), ("Currency", fmt.currency)]
    if layout == "web":
        summary.insert(1, ("Status", pick(rng, ["Paid", "Cleared", "Payment Sent"])))
    if supplier_id:
        summary.append((pick(rng, ["Supplier ID", "Supplier Number", "Vendor ID"]), supplier_id))
    if method in ("ACH", "EFT", "Wire", "BACS", "Direct Credit"):
        summary.append(("Bank account", f"ending {rng.randrange(1000, 9999)}"))
    summary_html = "<table class='kv' style='width:100%'>" + "".join(
        f"<tr><td style='width:40%' class='lab'>{k}</td><td style='width:60%' class='b'>{esc(v)}</td></tr>" for k, v in summary) + "</table>"
    buyer_block = f"<p class='b'>{pick(rng, ['From', 'Payer', 'Customer'])}</p><p>{esc(buyer.name)}<br/>{lines_html(buyer.address)}</p>"
    supplier_block = (f"<p class='b'>{pick(rng, ['Remit To', 'Supplier', 'Paid To'])}</p><p>{esc(supplier.name)}"
                      + (f"<br/>{lines_html(supplier.address)}" if layout != "email" else "") + "</p>")
    ap_mail = f"{pick(rng, ['accounts.payable', 'ap', 'supplier.enquiries'])}@{buyer.website.removeprefix('www.')}"
    disclaimer = (f"<p class='tiny muted' style='margin-top:10pt'>This remittance advice was generated by {network} on behalf of "
                  f"{esc(buyer.name)}. Please do not reply to this message; for payment queries contact {ap_mail} and quote the "
                  "payment number. Funds are usually available 1-3 business days after the payment date. This message and any "
                  "attachments are confidential and intended solely for the addressee.</p>")
    if layout == "email":
        stamp = datetime(sent.year, sent.month, sent.day, rng.randrange(0, 24), rng.randrange(60))
        top = (f"<table class='hdr small' style='width:100%;border-bottom:0.8pt solid #999'>"
               f"<tr><td style='width:12%' class='b'>From:</td><td style='width:88%'>{network} &lt;no-reply@{net_domain}&gt;</td></tr>"
               f"<tr><td class='b'>Sent:</td><td>{stamp.strftime('%A')}, {fmt.date(sent, 'month_d_y')} {stamp.strftime('%I:%M %p')}</td></tr>"
               f"<tr><td class='b'>To:</td><td>{pick(rng, ['ar', 'accounts', 'billing'])}@{supplier.website.removeprefix('www.')}</td></tr>"
               f"<tr><td class='b'>Subject:</td><td>Remittance Advice: Payment {esc(pay_no)} from {esc(buyer.name)}</td></tr></table>"
               f"<p class='ttl' style='margin-top:8pt'>Remittance Advice</p>"
               f"<p>{esc(buyer.name)} has sent a payment to {esc(supplier.name)}. Details are below.</p>"
               f"<table style='width:100%'><tr><td style='width:55%'>{summary_html}</td><td style='width:45%'>{buyer_block}{supplier_block}</td></tr></table>")
        cont = f"<p class='b'>Remittance Advice - Payment {esc(pay_no)} (continued)</p>"
    elif layout == "web":
        top = (f"<p class='ttl accent'>{network}</p><p class='small muted'>Home › Payments › Remittances › {esc(pay_no)}</p>"
               f"<p class='big b' style='margin-top:6pt'>Remittance Details</p>"
               f"<table style='width:100%'><tr><td style='width:50%'>{summary_html}</td><td style='width:25%'>{buyer_block}</td>"
               f"<td style='width:25%'>{supplier_block}</td></tr></table><p class='b' style='margin-top:6pt'>Invoices</p>")
        cont = ""
    else:
        top = (f"<table style='width:100%'><tr><td style='width:60%'><p class='ttl'>{esc(buyer.name)}</p><p class='small'>"
               f"{lines_html(buyer.address)}</p></td><td style='width:40%' class='r'><p class='big b'>REMITTANCE ADVICE</p>"
               f"<p class='small muted'>Generated via {network}</p></td></tr></table>"
               f"<table style='width:100%;margin-top:10pt'><tr><td style='width:50%' class='boxed'>{supplier_block}</td>"
               f"<td style='width:50%'>{summary_html}</td></tr></table>")
        cont = f"<p class='b'>{esc(buyer.name)} - Remittance {esc(pay_no)} (continued)</p>"

    def body(chunk, index, is_last):
        first = top if index == 0 else cont
        tail = total_row if is_last else ""
        end = disclaimer if is_last else ""
        if is_last and credits:
            end = f"<p class='small'>Credit memos {', '.join(esc(c) for c in credits)} have been offset against this payment.</p>" + end
        return first + f"<table class='items'>{th}{''.join(row(invoices[i]) for i in chunk)}{tail}</table>" + end

    printed_at = datetime(pay_date.year, pay_date.month, pay_date.day, rng.randrange(7, 19), rng.randrange(60)) + timedelta(days=rng.randrange(0, 5))
    url = f"https://{net_domain.split('.')[0]}.{net_domain.split('.')[1]}/supplier/payments/{rng.randrange(10**7, 10**8)}"

    if layout == "web":
        header = lambda _i: (f"<table class='tiny' style='width:100%'><tr><td style='width:30%'>{printed_at.strftime('%m/%d/%y, %I:%M %p')}</td>"  # noqa: E731
                             f"<td style='width:70%'>{network} - Remittance {esc(pay_no)}</td></tr></table>")
        footer = lambda n, c: f"<table class='tiny' style='width:100%'><tr><td style='width:85%'>{url}</td><td style='width:15%' class='r'>{n}/{c}</td></tr></table>"  # noqa: E731
        sheet = paged_sheet(width, height, css, (30, 14, 30, 14), list(range(len(invoices))), body,
                            header_height_first=14, header=header, footer=footer, footer_height=12)
    else:
        sheet = paged_sheet(width, height, css, (45, 40, 45, 28), list(range(len(invoices))), body,
                            footer=lambda n, c: f"<p class='tiny r muted'>Page {n} of {c}</p>" if c > 1 else "",
                            footer_height=12)
    return Built(doc=doc, sheet=sheet, template=f"portal_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"network": network, "credits": credits})
