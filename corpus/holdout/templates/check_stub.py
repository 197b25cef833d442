"""Cheque / check stub remittance (US, CA): the voucher a payer's accounts-payable run prints.

A Letter sheet in three parts: the check (payer name and address, check number, date, "PAY TO THE
ORDER OF" with the payee's window address, the amount in figures behind asterisks and in words, a
void-after line, a MICR line of check, routing and account numbers) and one or two stubs that list
the invoices it pays: Invoice No., Invoice Date, the payer's voucher or PO number (a decoy), Gross
Amount, Discount Taken, Net Amount Paid. Long runs print "SEE ATTACHED REMITTANCE" on the stub and
list the invoices on the following page(s). Canadian cheques print the date as YYYY-MM-DD with a
"Y Y Y Y M M D D" guide and say "cheque".
"""

from __future__ import annotations

import random
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import account_code, make_company
from corpus.holdout.locales import Fmt
from corpus.holdout.money import _below_1000, random_date
from corpus.holdout.render import LETTER, Box, Sheet
from corpus.holdout.templates._paid import paid_invoices

FAMILY = "check_stub_remittance"
DOCUMENT_TYPE = "remittance_advice"


def amount_words(value: Decimal, currency_word: str) -> str:
    """'One Thousand Two Hundred Five and 07/100 Dollars', as check printers spell it."""
    whole, cents = int(value), int((value - int(value)) * 100)
    parts = []
    for size, name in ((10**6, "Million"), (1000, "Thousand")):
        if whole >= size:
            parts.append(f"{_below_1000(whole // size)} {name}")
            whole %= size
    if whole:
        parts.append(_below_1000(whole))
    return f"{' '.join(parts) or 'Zero'} and {cents:02d}/100 {currency_word}"


def build(rng: random.Random) -> Built:
    country = pick(rng, ["US", "US", "US", "CA"])
    word = "Cheque" if country == "CA" else "Check"
    payer = make_company(rng, country, with_tax=False)
    payee = make_company(rng, country, with_tax=False)
    fmt = Fmt.pick(rng, country, date_pattern="iso" if country == "CA" else pick(rng, ["mdy_slash", "mdy_slash",
                                                                                       "mon_d_y"]),
                   symbol=("$", "pre"))
    check_date = random_date(rng)
    layout = pick(rng, ["voucher_3part", "check_top", "check_top", "attached"])
    count = rng.randrange(10, 31) if layout == "attached" else rng.randrange(1, 8)
    invoices = paid_invoices(rng, check_date, count, low=45, high=9000, discount_share=0.3)
    total = sum((inv.paid for inv in invoices), Decimal("0.00"))
    check_no = f"{rng.randrange(1000, 99999):0{pick(rng, [5, 6, 6])}d}"
    vendor_no = account_code(rng, pick(rng, ["V", "num", "alpha"])) if chance(rng, 0.6) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=payee, customer=payer,
              invoice_ids=[inv.number for inv in invoices], document_date=check_date, total=total,
              payment_reference=check_no, payment_date=check_date,
              allocations=[(inv.number, inv.paid) for inv in invoices], vendor_id=vendor_no)

    mono = chance(rng, 0.5)
    theme = Theme.pick(rng, font="Courier" if mono else pick(rng, ["Helvetica", "Times"]), size=(7.5, 8.5),
                       table=pick(rng, ["rules", "minimal"]))
    css = theme.css(".chk{font-size:9pt} .amt{font-size:11pt;font-weight:bold;border:0.8pt solid #333;padding:2pt 5pt}"
                    " .micr{font-family:Courier;font-size:11pt;letter-spacing:2pt} .guide{font-size:5.5pt;color:#666}")
    width, height = LETTER
    routing = f"{rng.randrange(10**8, 10**9)}" if country == "US" else f"{rng.randrange(10000, 99999)}-{rng.randrange(100, 999)}"
    bank_account = f"{rng.randrange(10**9, 10**10)}"
    bank = pick(rng, {"US": ["JPMorgan Chase Bank, N.A.", "Wells Fargo Bank, N.A.", "U.S. Bank", "PNC Bank"],
                      "CA": ["Royal Bank of Canada", "TD Canada Trust", "Bank of Montreal", "Scotiabank"]}[country])
    stub_cols = [pick(rng, ["Invoice No.", "Invoice #", "Inv. Number"]), pick(rng, ["Invoice Date", "Inv. Date", "Date"]),
                 pick(rng, ["Voucher", "Your PO", "Reference"]), pick(rng, ["Gross Amount", "Invoice Amount", "Amount"]),
                 pick(rng, ["Discount Taken", "Discount", "Disc."]), pick(rng, ["Net Amount Paid", "Net Amount", "Amount Paid"])]
    aligns = ["left", "left", "left", "right", "right", "right"]
    decoys = [pick(rng, [f"V{rng.randrange(100000, 999999)}", f"PO{rng.randrange(10000, 99999)}",
                         f"{rng.randrange(4500000, 4599999)}"]) for _ in invoices]

    def row_html(i: int) -> str:
        inv = invoices[i]
        cells = [esc(inv.number), fmt.date(inv.invoice_date, "mdy_slash" if country == "US" else "iso"), decoys[i],
                 fmt.num(inv.gross), fmt.num(inv.discount), fmt.num(inv.paid)]
        return "<tr>" + "".join(f"<td style='text-align:{a}'>{c}</td>" for c, a in zip(cells, aligns, strict=True)) + "</tr>"

    widths = ["17%", "13%", "14%", "18%", "16%", "22%"]
    head = "<tr>" + "".join(f"<th style='text-align:{a};width:{w}'>{c}</th>"
                            for c, a, w in zip(stub_cols, aligns, widths, strict=True)) + "</tr>"
    sums = (f"<tr class='grand'><td colspan='3'>{pick(rng, ['Totals', 'TOTAL', word + ' Total'])}</td>"
            f"<td class='r'>{fmt.num(sum((inv.gross for inv in invoices), Decimal(0)))}</td>"
            f"<td class='r'>{fmt.num(sum((inv.discount for inv in invoices), Decimal(0)))}</td>"
            f"<td class='r'>{fmt.num(total)}</td></tr>")
    stub_top = (f"<table style='width:100%'><tr><td style='width:50%' class='b'>{esc(payer.name)}</td>"
                f"<td style='width:50%' class='r'>{word} No. <b>{check_no}</b> &#160; {fmt.date(check_date)}</td></tr>"
                f"<tr><td>{'Payee' if chance(rng, 0.5) else 'Vendor'}: {esc(payee.name)}</td><td class='r'>"
                + (f"{pick(rng, ['Vendor ID', 'Vendor No.', 'Supplier #'])}: {esc(vendor_no)}" if vendor_no else "")
                + "</td></tr></table>")

    def stub(full: bool) -> str:
        if full:
            rows = "".join(row_html(i) for i in range(len(invoices)))
            return stub_top + f"<table class='items'>{head}{rows}{sums}</table>"
        return (stub_top + f"<p class='c b' style='margin-top:30pt'>SEE ATTACHED REMITTANCE &#160; "
                f"({len(invoices)} invoices)</p><p class='c'>{word} amount {fmt.money(total)}</p>")

    amount_fig = f"**{fmt.money(total)}**" if chance(rng, 0.5) else f"${'*' * 6}{fmt.num(total)}"
    words = amount_words(total, "Dollars" if chance(rng, 0.6) else "DOLLARS")
    words = words.upper() if chance(rng, 0.4) else words
    date_block = fmt.date(check_date)
    if country == "CA":
        date_block = (f"{check_date.strftime('%Y%m%d')}<br/><span class='guide'>Y Y Y Y M M D D</span>"
                      if chance(rng, 0.5) else f"{fmt.date(check_date)}<br/><span class='guide'>YYYY-MM-DD</span>")
    check = (f"<table class='chk' style='width:100%'><tr><td style='width:45%'><b>{esc(payer.name)}</b><br/>"
             f"{lines_html(payer.address)}<br/>{esc(payer.phone)}</td>"
             f"<td style='width:30%' class='c small'>{esc(bank)}</td>"
             f"<td style='width:25%' class='r'><b>{check_no}</b><br/>DATE<br/>{date_block}</td></tr></table>"
             f"<table class='chk' style='width:100%;margin-top:8pt'><tr><td style='width:16%' class='small'>PAY</td>"
             f"<td style='width:60%;border-bottom:0.5pt solid #333'>{esc(words)}</td>"
             f"<td style='width:24%' class='r'><span class='amt'>{amount_fig}</span></td></tr></table>"
             f"<table class='chk' style='width:100%;margin-top:8pt'><tr><td style='width:16%' class='small'>TO THE<br/>ORDER OF</td>"
             f"<td style='width:50%'>{esc(payee.name)}<br/>{lines_html(payee.address)}</td>"
             f"<td style='width:34%' class='c small'>{pick(rng, ['VOID AFTER 90 DAYS', 'Void after 180 days', ''])}"
             f"<br/><br/>______________________________<br/>AUTHORIZED SIGNATURE</td></tr></table>"
             f"<p class='micr c' style='margin-top:6pt'>C{check_no}C A{routing}A {bank_account}C</p>")
    if layout == "voucher_3part":
        parts = [stub(True), check, stub(True)]
    else:
        parts = [check, stub(layout != "attached"), stub(layout != "attached")]
    part_h = (height - 36) / 3
    boxes = []
    for i, html in enumerate(parts):
        y0 = 18 + i * part_h
        boxes.append(Box((36, y0 + 6, width - 36, y0 + part_h - 6), html))
    pages = [boxes]
    if layout == "attached":
        listing_head = (f"<p class='b big'>{esc(payer.name)} &#8212; {pick(rng, ['Remittance Advice', 'Payment Detail'])}</p>"
                        f"<p>{word} No. {check_no} &#160; Date {fmt.date(check_date)} &#160; Payee {esc(payee.name)}</p>")

        def body(chunk, index, is_last):
            rows = "".join(row_html(i) for i in chunk)
            return ((listing_head if index == 0 else f"<p>{word} No. {check_no} (continued)</p>")
                    + f"<table class='items'>{head}{rows}{sums if is_last else ''}</table>")

        listing = paged_sheet(width, height, css, (40, 36, 40, 36), list(range(len(invoices))), body,
                              footer=lambda n, c: f"<p class='tiny r'>Page {n + 1} of {c + 1}</p>", footer_height=14)
        pages += listing.pages
    sheet = Sheet(width=width, height=height, css=css, pages=pages)
    return Built(doc=doc, sheet=sheet, template=f"check_{layout}", png_scan_ok=len(pages) == 1,
                 notes={"check_number": check_no, "invoices": len(invoices), "amount_words": words})
