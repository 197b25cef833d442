"""An EN 16931 / Peppol BIS Billing 3.0 e-invoice as a standard visualisation stylesheet renders it (2023-2025).

The XML is the legal invoice; what reaches an accounts-receivable inbox is often its rendering by the access
point's or viewer's stylesheet. Two renderings: `peppol_sections` (the OpenPeppol / CEN visualisation: a title
band, grey section headings "Invoice" / "Seller" / "Buyer" / "Invoice lines" / "VAT breakdown" / "Document
totals" / "Payment instructions", label-value rows, sometimes with the business-term codes "(BT-1)") and
`peppol_cards` (a viewer's card layout: seller and buyer cards side by side, a meta grid, a compact totals
card). Locales: Belgium (EUR, 21 / 12 / 6 / 0 %, enterprise number scheme 0208, structured communication
`+++…+++`, reverse charge AE), Norway (NOK, 25 / 15 / 12 %, organisation number scheme 0192, `NO…MVA`, KID) and
Australia (A-NZ PINT: AUD, GST 10 % and GST-free Z, ABN scheme 0151).

Printed: Invoice number, Issue date, Due date (BT-9, not always), Invoice type code 380, Currency, Buyer
reference (BT-10), Purchase order reference, Contract reference, Delivery date, Invoicing period (decoys), the
seller's and buyer's electronic addresses `0208:0123456749` (decoys), the seller's VAT identifier (= tax id,
as printed: `BE0123456749`, `NO987654321MVA`, the ABN `51824753556`), the seller's legal registration
identifier (decoy), the buyer's VAT identifier (decoy), item lines with unit codes (C62, HUR, DAY, KGM),
document-level allowances and charges, the VAT breakdown by category (S, Z, E, AE with the exemption reason),
Sum of Invoice line net amount, Sum of allowances / charges on document level, Invoice total amount without
VAT (= net), Invoice total VAT amount (= tax), Invoice total amount with VAT (= total), Paid amount and Amount
due for payment (a decoy when a prepayment is printed), payment means, IBAN / BIC (decoys), payment terms
(BT-20, = payment terms as printed).

Lines add up to the net after the printed allowances and charges (`checks.lines_adjustment`).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Col, Theme, esc, rate
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company
from corpus.holdout.fakes_fifth import luhn_reference, no_account, nordic_company
from corpus.holdout.fakes_fourth import be_company, be_iban, structured_communication
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._eighth import flowing_sheet
from corpus.holdout.templates._twelfth import by_rate, priced_lines

FAMILY = "peppol_rendered_invoice"
DOCUMENT_TYPE = "invoice"
D = Decimal
ITEMS = {
    "BE": [("Consultancy services - ERP integration", "HUR", 85, 140, D(21)), ("Laptop 14 inch, 16 GB RAM", "C62", 780, 1450, D(21)),
           ("Office chair, ergonomic", "C62", 180, 420, D(21)), ("Maintenance contract - HVAC, quarterly", "C62", 350, 1200, D(21)),
           ("Printed brochures A5, 4 pages", "C62", 0.3, 0.9, D(21)), ("Renovation works private dwelling (older than 10 years)", "HUR", 45, 70, D(6)),
           ("Catering - sandwich lunch", "C62", 9, 16, D(12)), ("Books - technical manuals", "C62", 25, 80, D(6)),
           ("Cloud hosting, monthly", "MON", 90, 650, D(21)), ("Transport and delivery", "C62", 40, 180, D(21))],
    "NO": [("Konsulenttjenester - regnskap", "HUR", 850, 1450, D(25)), ("Bærbar PC 14 tommer", "C62", 9800, 18500, D(25)),
           ("Kontorstol ergonomisk", "C62", 2400, 5200, D(25)), ("Servicekontrakt ventilasjon", "C62", 3500, 12000, D(25)),
           ("Frukt og grønt, levering", "KGM", 35, 90, D(15)), ("Persontransport - buss", "C62", 450, 1800, D(12)),
           ("Lisens, programvare (år)", "C62", 3000, 24000, D(25)), ("Frakt", "C62", 250, 1200, D(25))],
    "AU": [("Consulting services - data platform", "HUR", 140, 260, D(10)), ("Laptop 14 inch, 16 GB RAM", "C62", 1450, 2600, D(10)),
           ("Ergonomic office chair", "C62", 290, 690, D(10)), ("Fresh fruit box, weekly", "C62", 38, 75, D(0)),
           ("Bottled water 24 x 600 ml", "C62", 14, 24, D(10)), ("Medical supplies - first aid kits", "C62", 45, 140, D(0)),
           ("Site inspection and report", "DAY", 900, 1900, D(10)), ("Freight", "C62", 45, 220, D(10)), ("Software subscription, annual", "C62", 600, 4800, D(10))],
}
UNIT_NAMES = {"HUR": "hour", "C62": "one", "MON": "month", "KGM": "kilogram", "DAY": "day"}
TERMS = {"BE": ["Payment within 30 days", "30 days end of month", "Betaling binnen 30 dagen", "Paiement à 30 jours", "Net 14 days"],
         "NO": ["Betalingsbetingelser: 14 dager netto", "30 dager netto", "Net 30 days"],
         "AU": ["Payment due within 14 days", "Net 30 days", "30 days from end of month", "7 days"]}


def _parties(rng: random.Random, country: str):
    if country == "BE":
        lang = pick(rng, ["nl", "fr"])
        seller, buyer = be_company(rng, lang), be_company(rng, pick(rng, ["nl", "fr"]))
        for party in (seller, buyer):
            number = party.extra["enterprise"]
            party.tax_id = f"BE{number}"
            party.extra.update(endpoint=f"0208:{number}", legal=f"{number}", scheme="0208")
        return seller, buyer, "EUR"
    if country == "NO":
        seller, buyer = nordic_company(rng, "NO"), nordic_company(rng, "NO")
        for party in (seller, buyer):
            number = party.extra["orgnr"]
            party.tax_id = f"NO{number}MVA"
            party.extra.update(endpoint=f"0192:{number}", legal=number, scheme="0192")
        return seller, buyer, "NOK"
    seller, buyer = make_company(rng, "AU"), make_company(rng, "AU")
    for party in (seller, buyer):
        plain = party.tax_id.replace(" ", "")
        party.tax_id = plain
        party.extra.update(endpoint=f"0151:{plain}", legal=plain, scheme="0151")
    return seller, buyer, "AUD"


def build(rng: random.Random) -> Built:
    country = pick(rng, ["BE", "BE", "NO", "AU"])
    style = pick(rng, ["sections", "cards"])
    seller, buyer, currency = _parties(rng, country)
    issued = random_date(rng, date(2023, 1, 5), 890)
    due = issued + timedelta(days=pick(rng, [14, 30, 30, 45]))
    reverse = country == "BE" and chance(rng, 0.15)
    count = rng.randrange(2, 6) if chance(rng, 0.8) else rng.randrange(9, 15)
    pool = ITEMS[country] * (2 if count > len(ITEMS[country]) else 1)
    whole = country == "NO" and chance(rng, 0.5)
    lines = priced_lines(rng, pool, count, whole=whole)
    seen: dict[str, int] = {}
    for li in lines:       # a long order repeats an item on another line with a lot number
        seen[li.description] = seen.get(li.description, 0) + 1
        if seen[li.description] > 1:
            li.description = f"{li.description} (lot {seen[li.description]})"
        if reverse:
            li.tax_rate = D(0)
    # document-level allowance and charge (both in the first line's category)
    allowance = charge = D("0.00")
    line_sum = sum((li.amount for li in lines), D("0.00"))
    main_rate = lines[0].tax_rate
    if chance(rng, 0.3):
        allowance = money(line_sum * D(pick(rng, [2, 3, 5])) / 100)
    if chance(rng, 0.25):
        charge = money(rng.uniform(15, 90) * (10 if country == "NO" else 1))
    rates, bases, taxes, _net, _tax = by_rate(lines)
    bases[main_rate] += charge - allowance
    taxes = {r: money(bases[r] * r / 100) for r in rates}
    net = sum(bases.values(), D("0.00"))
    tax = sum(taxes.values(), D("0.00"))
    total = net + tax
    prepaid = money(total * D(pick(rng, [20, 30, 50])) / 100) if chance(rng, 0.15) else D("0.00")
    number = pick(rng, [f"INV-{issued.year}-{rng.randrange(100, 9999):04d}", f"{issued.year}{rng.randrange(10000, 99999)}",
                        f"F{issued.strftime('%y')}/{rng.randrange(1, 999):03d}", str(rng.randrange(10000, 999999))])
    buyer_ref = pick(rng, [f"PO-{rng.randrange(1000, 99999)}", f"{rng.randrange(4500000000, 4509999999)}", f"REF-{rng.randrange(100, 999)}-{buyer.name.split()[0][:3].upper()}"])
    order_ref = pick(rng, [None, f"PO{rng.randrange(100000, 999999)}", f"{rng.randrange(4500000000, 4509999999)}"])
    terms = pick(rng, TERMS[country]) if chance(rng, 0.7) else None
    due_printed = chance(rng, 0.8) or terms is None
    plain = chance(rng, 0.55)
    style_num = "plain" if plain else {"BE": "de", "NO": "fr", "AU": "en"}[country]

    def num(value: Decimal) -> str:
        return fmt_number(value, style_num)

    def qty(value: Decimal) -> str:
        return fmt_number(value, style_num if not plain else "plain", decimals=0) if value == value.to_integral_value() else fmt_number(value, style_num)

    date_fmt = pick(rng, ["iso", "iso", "dmy"])

    def d(x) -> str:
        return x.isoformat() if date_fmt == "iso" else (x.strftime("%d.%m.%Y") if country != "AU" else x.strftime("%d/%m/%Y"))

    vat_word = "GST" if country == "AU" else "VAT"
    bt = chance(rng, 0.5) and style == "sections"

    def label(text: str, code: str) -> str:
        return f"{text} <span class='tiny muted'>({code})</span>" if bt else text

    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=currency, vendor=seller, customer=buyer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, due_date=due if due_printed else None, payment_terms=terms,
              lines_adjustment=charge - allowance)
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.5, 8.5), table=pick(rng, ["grid", "rules", "header_fill"]))
    css = theme.css(".sec{background:#e6e6e6;font-weight:bold;padding:2pt 4pt;margin-top:7pt;margin-bottom:2pt} .card{border:0.7pt solid #9aa4b0;padding:4pt 6pt}"
                    " .ttl{font-size:17pt;font-weight:bold} table.kvw td{padding:1pt 4pt 1pt 0}")

    meta = [(label("Invoice number", "BT-1"), f"<b>{esc(number)}</b>"), (label("Issue date", "BT-2"), d(issued))]
    if due_printed:
        meta.append((label("Payment due date", "BT-9") if chance(rng, 0.5) else label("Due date", "BT-9"), d(due)))
    meta += [(label("Invoice type code", "BT-3"), "380 (Commercial invoice)"), (label("Invoice currency code", "BT-5"), currency),
             (label("Buyer reference", "BT-10"), esc(buyer_ref))]
    if order_ref:
        meta.append((label("Purchase order reference", "BT-13"), order_ref))
    if chance(rng, 0.4):
        meta.append((label("Contract reference", "BT-12"), f"CT-{rng.randrange(2019, 2024)}-{rng.randrange(10, 99)}"))
    if chance(rng, 0.5):
        meta.append((label("Actual delivery date", "BT-72"), d(issued - timedelta(days=rng.randrange(1, 9)))))
    else:
        start = issued.replace(day=1) - timedelta(days=1)
        meta.append((label("Invoicing period", "BG-14"), f"{d(start.replace(day=1))} - {d(start)}"))
    if terms:
        meta.append((label("Payment terms", "BT-20"), esc(terms)))

    def kv(pairs) -> str:
        return "<table class='kvw' style='width:100%'>" + "".join(
            f"<tr><td class='muted' style='width:44%'>{k}</td><td style='width:56%'>{v}</td></tr>" for k, v in pairs) + "</table>"

    def party_block(party, role: str, seller_side: bool) -> str:
        rows = [(label("Name", "BT-27" if seller_side else "BT-44"), f"<b>{esc(party.name)}</b>")]
        rows.append((label("Address", "BG-5" if seller_side else "BG-8"), "<br/>".join(esc(x) for x in party.address)))
        rows.append(("Country", country))
        rows.append((label(f"{vat_word} identifier" if country != "AU" else "ABN (GST identifier)", "BT-31" if seller_side else "BT-48"), party.tax_id))
        if chance(rng, 0.6):
            rows.append((label("Legal registration identifier", "BT-30" if seller_side else "BT-47"), f"{party.extra['legal']} (scheme {party.extra['scheme']})"))
        rows.append((label("Electronic address", "BT-34" if seller_side else "BT-49"), party.extra["endpoint"]))
        if seller_side and chance(rng, 0.5):
            rows.append(("Contact", f"{party.phone or ''} {party.email or ''}".strip()))
        return kv(rows)

    cols = [Col("#", "center", "16pt"), Col("Item name"), Col("Quantity", "right", "46pt"), Col("Unit", "center", "34pt"),
            Col("Price", "right", "60pt"), Col(f"{vat_word}", "center", "44pt"), Col("Line net amount", "right", "70pt")]
    def category(r: Decimal) -> str:
        return "S" if r else ("AE" if reverse else "Z")

    rows = [[str(i), esc(li.description) + (f"<br/><span class='tiny muted'>Seller's item id {rng.randrange(10000, 99999)}</span>" if chance(rng, 0.2) else ""),
             qty(li.quantity), esc(li.unit) + (f"<br/><span class='tiny muted'>{UNIT_NAMES[li.unit]}</span>" if chance(rng, 0.15) else ""),
             num(li.unit_price), f"{category(li.tax_rate)} {rate(li.tax_rate)}%", num(li.amount)] for i, li in enumerate(lines, 1)]
    adj = []
    if allowance:
        adj.append(f"<tr><td colspan='6'>Document level allowance: {pick(rng, ['Discount', 'Volume discount', 'Early order discount'])} "
                   f"({category(main_rate)} {rate(main_rate)}%)</td><td class='r'>-{num(allowance)}</td></tr>")
    if charge:
        adj.append(f"<tr><td colspan='6'>Document level charge: {pick(rng, ['Freight', 'Handling', 'Packing'])} "
                   f"({category(main_rate)} {rate(main_rate)}%)</td><td class='r'>{num(charge)}</td></tr>")
    adj_html = ("<table class='items'>" + "".join(adj) + "</table>") if adj else ""
    breakdown_rows = "".join(
        f"<tr><td>{category(r)}</td><td class='r'>{rate(r)}%</td><td class='r'>{num(bases[r])}</td><td class='r'>{num(taxes[r])}</td>"
        f"<td>{'Reverse charge' if reverse else ('Zero rated goods' if r == 0 and country != 'AU' else 'GST-free' if r == 0 else '')}</td></tr>" for r in rates)
    breakdown = (f"<table class='items'><tr><th>{vat_word} category code</th><th style='text-align:right'>{vat_word} rate</th>"
                 f"<th style='text-align:right'>Taxable amount</th><th style='text-align:right'>{vat_word} amount</th><th>Exemption reason</th></tr>{breakdown_rows}</table>")
    totals = [(label("Sum of Invoice line net amount", "BT-106"), num(line_sum))]
    if allowance:
        totals.append((label("Sum of allowances on document level", "BT-107"), num(allowance)))
    if charge:
        totals.append((label("Sum of charges on document level", "BT-108"), num(charge)))
    totals += [(label(f"Invoice total amount without {vat_word}", "BT-109"), num(net)),
               (label(f"Invoice total {vat_word} amount", "BT-110"), num(tax)),
               (label(f"Invoice total amount with {vat_word}", "BT-112"), f"<b>{num(total)}</b>")]
    if prepaid:
        totals.append((label("Paid amount", "BT-113"), num(prepaid)))
    totals.append((label("Amount due for payment", "BT-115"), f"<b>{num(total - prepaid)} {currency}</b>"))
    totals_html = "<table style='width:100%'>" + "".join(
        f"<tr><td style='width:45%'></td><td style='width:38%'>{k}</td><td class='r' style='width:17%'>{v}</td></tr>" for k, v in totals) + "</table>"
    if country == "BE":
        account, ref = be_iban(rng), structured_communication(f"{rng.randrange(10**9, 10**10)}")
        pay = [("Payment means", "30 - Credit transfer" if chance(rng, 0.5) else "58 - SEPA credit transfer"), ("Account (IBAN)", account),
               ("Remittance information", ref)]
    elif country == "NO":
        account = no_account(rng)
        pay = [("Payment means", "30 - Credit transfer"), ("Account", account), ("Payment ID (KID)", luhn_reference(f"{rng.randrange(10**8, 10**9)}"))]
    else:
        account = f"BSB {rng.randrange(10, 99)}{rng.randrange(0, 9)}-{rng.randrange(100, 999)} Account {rng.randrange(10**7, 10**9)}"
        pay = [("Payment means", "30 - Credit transfer"), ("Account", account), ("Payment reference", number)]
    if chance(rng, 0.3) and country != "AU":
        pay.append(("BIC", pick(rng, ["GEBABEBB", "KREDBEBB", "DNBANOKK", "NDEANOKK"])))
    notes = pick(rng, ["", "", f"<p class='small'>Note: {pick(rng, ['Thank you for your order.', 'Please quote the invoice number.', 'Delivery to site entrance B.'])}</p>"])
    footer_note = (f"<p class='tiny muted' style='margin-top:6pt'>Rendered from Peppol BIS Billing 3.0 (UBL 2.1) - "
                   f"CustomizationID urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0 - "
                   f"received {d(issued)} via access point {pick(rng, ['AP-4711', 'PEPPOL-AP-0042', 'APX-2201'])}</p>")
    width, height = A4
    if style == "sections":
        head = (f"<table style='width:100%'><tr><td style='width:60%'><p class='ttl'>Invoice</p><p class='muted small'>Electronic invoice "
                f"(EN 16931)</p></td><td style='width:40%' class='r'><p class='b'>{esc(seller.name)}</p></td></tr></table>"
                "<p class='sec'>Invoice</p>" + kv(meta)
                + "<table style='width:100%'><tr><td style='width:50%'><p class='sec'>Seller</p>" + party_block(seller, "Seller", True)
                + "</td><td style='width:50%'><p class='sec'>Buyer</p>" + party_block(buyer, "Buyer", False) + "</td></tr></table>"
                + "<p class='sec'>Invoice lines</p>")
    else:
        head = (f"<table style='width:100%'><tr><td style='width:50%'><p class='ttl accent'>INVOICE</p><p class='big b'>{esc(number)}</p></td>"
                f"<td style='width:50%'>{kv(meta[1:])}</td></tr></table>"
                f"<table style='width:100%;margin-top:6pt'><tr><td style='width:49%' class='card'><p class='b accent'>Seller</p>{party_block(seller, 'Seller', True)}</td>"
                f"<td style='width:2%'></td><td style='width:49%' class='card'><p class='b accent'>Buyer</p>{party_block(buyer, 'Buyer', False)}</td></tr></table>")
    tail = (adj_html + f"<p class='sec'>{vat_word} breakdown</p>" + breakdown + "<p class='sec'>Document totals</p>" + totals_html
            + "<p class='sec'>Payment instructions</p>" + kv(pay) + notes + footer_note)
    sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=False, margin=(36, 32, 36, 30),
                          continued=lambda i: f"<p class='small b'>Invoice {esc(number)} - lines continued</p>",
                          footer=lambda n, c: f"<p class='tiny muted r'>Page {n} of {c}</p>")
    return Built(doc=doc, sheet=sheet, template=f"peppol_{style}_{country.lower()}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"buyer_reference": buyer_ref, "prepaid": str(prepaid), "reverse_charge": reverse, "endpoint": seller.extra["endpoint"]})
