"""Pre-printed receipt-book leaves filled in by hand, from the US, the UK, India, Kenya and Nigeria, 2023-2025.

Three prints. `receipt_book_sentence` (the Commonwealth form: the business's name, address and phone pre-printed, "RECEIPT"
or "CASH RECEIPT", a red pre-printed "No. 0457", "Date ……", then the dotted lines "Received with thanks from ……", "the sum
of ……" with the amount in words written in, "being payment of ……" (invoice no …, or what was paid for), "Cash / Cheque
No. ……", the amount in figures in a box ("£ 250.00", "KSh 12,500.00", "₦ 45,000.00"), "Signature ……"; India adds "M/s",
"Rupees …… Only", "₹ 12,500/-", the GSTIN and "by Cash / Cheque / DD No. …… dated …… drawn on ……"), `receipt_book_us`
(the US stationery-store form: "RECEIPT" with its number, "DATE ____", "RECEIVED FROM ____", "______ DOLLARS" with the
words, "$ ____", "FOR RENT / FOR ____", the checkboxes CASH / CHECK / MONEY ORDER / CREDIT CARD, the small box ACCOUNT /
PAYMENT / BAL. DUE, "BY ____"), `receipt_book_particulars` (a "MONEY RECEIPT" / "OFFICIAL RECEIPT" with a Particulars /
Amount grid of two to four written rows (tuition fee, exam fee, …) and Total, the amount in words below, "Received by").
The fill-ins are set in a slanted face in blue or black ink; dotted lines and boxes are the form's.

Truth: a `receipt` of the business whose form it is (name and address as pre-printed; tax id where the form prints a
GSTIN / KRA PIN / TIN); no customer (the payer written in is a person or firm paying, receipts name no customer); id = the
pre-printed receipt number (the invoice number written after "being payment of" and the cheque number are decoys);
document date = the date written in; total = the amount in figures; one line with what was paid for and the whole amount
(or the particulars rows); no net and no tax. ACCOUNT and BAL. DUE on the US form are decoys.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company, person_name
from corpus.holdout.fakes_ninth import words_kenyan
from corpus.holdout.fakes_sixth import ng_company, ng_person
from corpus.holdout.money import fmt_number, money, random_date, words_english, words_indian
from corpus.holdout.render import Box
from corpus.holdout.templates._fifteenth import single_page
from corpus.holdout.templates._sixteenth import hand, hand_style

FAMILY = "cash_receipt_book"
D = Decimal
PURPOSES = {"US": ["Rent for {m}", "Lawn service", "Deposit on order", "Tuition", "Repair work"],
            "GB": ["Rent for {m}", "Deposit on kitchen units", "Window cleaning", "Tuition fees", "Hall hire"],
            "IN": ["Rent for the month of {m}", "Advance against order", "Tuition fees", "Maintenance charges for {m}", "Transport charges"],
            "KE": ["School fees Term 2", "Rent for {m}", "Supply of cement", "Deposit for goods", "Transport charges"],
            "NG": ["Rent for {m}", "Supply of building materials", "School fees", "Part payment for goods", "Generator repair"]}
PARTICULARS = [("Tuition fee", 0.6), ("Examination fee", 0.15), ("Library fee", 0.05), ("Transport", 0.2), ("Registration", 0.1), ("Uniform", 0.1)]
SYMBOL = {"US": "$", "GB": "£", "IN": "₹", "KE": "KSh", "NG": "₦"}
CURRENCY = {"US": "USD", "GB": "GBP", "IN": "INR", "KE": "KES", "NG": "NGN"}
RANGE = {"US": (40, 2500), "GB": (25, 1800), "IN": (500, 95000), "KE": (500, 120000), "NG": (5000, 900000)}


def _words(value: D, country: str) -> str:
    if country == "IN":
        return words_indian(value).removeprefix("Rupees ")
    if country == "KE":
        return words_kenyan(value).removeprefix("Kenya Shillings ").strip()
    unit, cents = {"US": ("Dollars", "Cents"), "GB": ("Pounds", "Pence"), "NG": ("Naira", "Kobo")}[country]
    return words_english(value, unit, cents)


def build(rng: random.Random) -> Built:
    country = pick(rng, ["US", "GB", "IN", "KE", "NG"])
    layout = "receipt_book_us" if country == "US" and chance(rng, 0.7) else pick(rng, ["receipt_book_sentence", "receipt_book_sentence", "receipt_book_particulars"])
    vendor = ng_company(rng) if country == "NG" else make_company(rng, country)
    if country in ("US", "GB"):
        vendor.tax_id = None
    payer = ng_person(rng) if country == "NG" else person_name(rng, "KE" if country == "KE" else country)
    if chance(rng, 0.3):
        payer = (ng_company(rng) if country == "NG" else make_company(rng, country)).name
    issued = random_date(rng, date(2023, 1, 2), 990)
    low, high = RANGE[country]
    whole = country in ("IN", "KE", "NG") or chance(rng, 0.5)
    total = money(round(rng.uniform(low, high), -1 if whole and high > 5000 else (0 if whole else 2)))
    number = f"{rng.randrange(1, 9999):04d}" if chance(rng, 0.7) else f"{rng.randrange(10000, 99999)}"
    month = issued.strftime("%B %Y")
    purpose = pick(rng, PURPOSES[country]).format(m=month)
    decoy_invoice = f"{rng.randrange(100, 9999)}" if chance(rng, 0.4) else None
    if decoy_invoice and layout == "receipt_book_sentence":
        purpose = f"Invoice No. {decoy_invoice}"
    if layout == "receipt_book_particulars":
        parts = rng.sample(PARTICULARS, pick(rng, [2, 2, 3, 4]))
        weights = [p[1] for p in parts]
        amounts = [money(total * D(str(w)) / D(str(sum(weights)))).quantize(D("1")) if whole else money(total * D(str(w)) / D(str(sum(weights))))
                   for w in weights[:-1]]
        amounts.append(total - sum(amounts, D("0.00")))
        lines = [Line(p[0], None, None, money(a)) for p, a in zip(parts, amounts, strict=True)]
    else:
        lines = [Line(purpose, None, None, total)]
    doc = Doc(document_type="receipt", locale=country, currency=CURRENCY[country], vendor=vendor, customer=None, invoice_ids=[number],
              document_date=issued, total=total, lines=lines, lines_sum_to="total")
    pen = hand_style(rng)
    style = "in" if country == "IN" else "en"
    fig = fmt_number(total, style, 0 if whole else 2) + ("/-" if country == "IN" and whole else "")
    if country != "IN" and whole and chance(rng, 0.5):
        fig = fmt_number(total, style)
    dpat = {"US": "%m/%d/%Y", "GB": "%d/%m/%Y", "IN": "%d/%m/%Y", "KE": "%d/%m/%Y", "NG": "%d/%m/%Y"}[country]
    written_date = issued.strftime(dpat) if chance(rng, 0.7) else \
        issued.strftime("%d-%m-%Y") if country != "US" else f"{issued.month}/{issued.day}/{issued.year % 100:02d}"
    method = pick(rng, ["Cash", "Cash", "Cheque" if country != "US" else "Check", "M-Pesa" if country == "KE" else "Transfer"])
    cheque_no = f"{rng.randrange(100000, 999999)}" if method in ("Cheque", "Check") else ""
    ink = pen
    width, height = pick(rng, [(595.28, 420.94), (612.0, 396.0), (420.94, 595.28)])
    red = pick(rng, ["#c62828", "#b71c1c", "#d32f2f"])
    font = pick(rng, ["Times", "Helvetica"])
    css = (f"body{{font-family:{font};font-size:9.5pt;margin:0;color:#1d3557}} p{{margin:0}} td{{padding:2pt 3pt;vertical-align:bottom}} table{{border-collapse:collapse}}"
           f" .dl{{border-bottom:0.8pt dotted #555}} .no{{color:{red};font-family:Courier;font-weight:bold;font-size:14pt}} .hd{{font-size:15pt;font-weight:bold}}"
           " .amt{border:1.2pt solid #1d3557;padding:5pt 8pt;font-size:11pt} .sm{font-size:7.5pt} .c{text-align:center} .r{text-align:right}"
           " .g td{border:0.6pt solid #1d3557}")
    W = width - 82

    def dotted(label: str, value: str, label_w: float) -> str:
        return (f"<table style='margin-top:7pt'><tr><td style='width:{label_w - 6:.1f}pt'>{label}</td>"
                f"<td class='dl' style='width:{W - label_w - 6:.1f}pt'>{value}</td></tr></table>")

    tax_line = {"IN": f"GSTIN: {vendor.tax_id}", "KE": f"PIN: {vendor.tax_id}", "NG": f"TIN: {vendor.tax_id}"}.get(country, "")
    head = (f"<p class='hd c'>{esc(vendor.name)}</p><p class='c sm'>{esc(', '.join(vendor.address))}</p>"
            f"<p class='c sm'>Tel: {vendor.phone}{' · ' + tax_line if tax_line else ''}</p>")
    if layout == "receipt_book_us":
        acct = total + money(round(rng.uniform(0, float(total)), 0)) if chance(rng, 0.6) else total
        box = (f"<table class='g sm'><tr><td style='width:60pt'>ACCOUNT</td><td style='width:60pt'>{hand(fmt_number(acct, 'en'), ink)}</td></tr>"
               f"<tr><td>PAYMENT</td><td>{hand(fmt_number(total, 'en'), ink)}</td></tr><tr><td>BAL. DUE</td><td>{hand(fmt_number(acct - total, 'en'), ink)}</td></tr></table>")
        checks = " ".join(f"{'&#9746;' if m.upper() == method.upper() else '&#9744;'} {m.upper()}" for m in ["Cash", "Check", "Money Order", "Credit Card"])
        html = (f"<table><tr><td style='width:{W * 0.6 - 6:.1f}pt'><p class='hd'>RECEIPT</p><p class='sm'>{esc(vendor.name)} · {esc(', '.join(vendor.address))} · {vendor.phone}</p></td>"
                f"<td style='width:{W * 0.4 - 6:.1f}pt' class='r'><p class='no'>No. {number}</p><p>DATE {hand(written_date, ink)}</p></td></tr></table>"
                + dotted("RECEIVED FROM", hand(payer, ink), 95) + dotted("", hand(_words(total, country), ink) + " &nbsp;DOLLARS", 4)
                + f"<table style='margin-top:8pt'><tr><td style='width:{W * 0.55 - 6:.1f}pt'>" + dotted("FOR", hand(purpose, ink), 30).replace(f"{W - 30 - 6:.1f}pt", f"{W * 0.55 - 42:.1f}pt")
                + f"<p class='sm' style='margin-top:8pt'>{checks}</p>" + (f"<p class='sm'>CHECK NO. {hand(cheque_no, ink)}</p>" if cheque_no else "")
                + f"</td><td style='width:{W * 0.2 - 6:.1f}pt'><p class='amt'>$ {hand(fig, ink)}</p></td><td style='width:{W * 0.25 - 6:.1f}pt'>{box}</td></tr></table>"
                + dotted("BY", hand(pick(rng, ["J. Ortiz", "M. Chen", "K. Brown", "D. Walsh"]), ink), 30))
    elif layout == "receipt_book_sentence":
        title = pick(rng, ["RECEIPT", "CASH RECEIPT", "OFFICIAL RECEIPT"] if country != "IN" else ["RECEIPT", "MONEY RECEIPT"])
        money_word = {"IN": "Rupees", "KE": "Shillings", "NG": "Naira", "GB": "", "US": ""}[country]
        words = _words(total, country)
        if country == "IN":
            words = words.removesuffix(" Only")
        sum_label = "the sum of" + (f" {money_word}" if money_word and country == "IN" else "")
        html = (head + f"<table style='margin-top:6pt'><tr><td style='width:{W * 0.33 - 6:.1f}pt'><p class='no'>No. {number}</p></td>"
                f"<td class='c' style='width:{W * 0.34 - 6:.1f}pt'><p class='hd' style='border:1pt solid #1d3557;padding:2pt'>{title}</p></td>"
                f"<td class='r' style='width:{W * 0.33 - 6:.1f}pt'>Date {hand(written_date, ink)}</td></tr></table>"
                + dotted("Received with thanks from" + (" M/s" if country == "IN" else ""), hand(payer, ink), 150)
                + dotted(sum_label, hand(words + (" Only" if country == "IN" else ""), ink), 80 if country == "IN" else 62)
                + dotted("being payment of" if chance(rng, 0.6) else "on account of", hand(purpose, ink), 95)
                + (dotted("by Cash / Cheque / DD No.", hand(cheque_no or method, ink) + (f" &nbsp; dated {hand(written_date, ink)}" if cheque_no else ""), 135)
                   if country == "IN" else dotted("Cash / Cheque No.", hand(cheque_no or method, ink), 95))
                + f"<table style='margin-top:12pt'><tr><td style='width:{W * 0.4 - 6:.1f}pt'><p class='amt'>{SYMBOL[country]} {hand(fig, ink)}</p></td>"
                f"<td style='width:{W * 0.6 - 6:.1f}pt' class='r'><p>{hand(pick(rng, ['R. Kumar', 'A. Otieno', 'S. Bello', 'P. Jones', 'M. Wanjiku']), ink)}</p>"
                f"<p class='dl'></p><p class='sm'>Signature{' / For ' + esc(vendor.name) if chance(rng, 0.5) else ''}</p></td></tr></table>")
    else:
        title = pick(rng, ["MONEY RECEIPT", "OFFICIAL RECEIPT", "RECEIPT"])
        grid = "".join(f"<tr><td style='width:{W * 0.7 - 6:.1f}pt'>{hand(li.description, ink)}</td><td class='r' style='width:{W * 0.3 - 6:.1f}pt'>"
                       f"{hand(fmt_number(li.amount, style, 0 if whole else 2), ink)}</td></tr>" for li in lines)
        grid += f"<tr><td class='r'><b>Total</b></td><td class='r'>{hand(fig, ink)}</td></tr>"
        html = (head + f"<table style='margin-top:6pt'><tr><td style='width:{W * 0.5 - 6:.1f}pt'><p class='no'>No. {number}</p></td>"
                f"<td class='r' style='width:{W * 0.5 - 6:.1f}pt'><p class='hd'>{title}</p><p>Date: {hand(written_date, ink)}</p></td></tr></table>"
                + dotted("Received from", hand(payer, ink), 90)
                + f"<table class='g' style='margin-top:8pt'><tr><td class='c'><b>Particulars</b></td><td class='c'><b>Amount ({SYMBOL[country]})</b></td></tr>{grid}</table>"
                + dotted("Amount in words", hand(_words(total, country), ink), 95)
                + dotted("Paid by", hand(method + (f" No. {cheque_no}" if cheque_no else ""), ink), 60)
                + "<p class='r' style='margin-top:14pt'>Received by ______________________</p>")
    sheet = single_page(layout, width, height, css, [Box((30.0, 24.0, width - 30.0, height - 18.0), f"<div style='border:1.4pt solid #1d3557;padding:8pt'>{html}</div>")])
    return Built(doc=doc, sheet=sheet, template=layout, scan_weight=2.0,
                 notes={"payer": payer, "decoy_invoice": decoy_invoice, "cheque": cheque_no, "country": country})
