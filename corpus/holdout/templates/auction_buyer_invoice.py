"""Auction houses' invoices to buyers: the lots knocked down to a bidder at hammer prices, the buyer's premium and the tax on it,
in English and German, GBP, USD and EUR, 2023-2025 (invented salerooms, lots and buyers).

Four prints. `gb_buyers_invoice` (a British saleroom's BUYER'S INVOICE: the auctioneer's VAT Reg No (= tax id) and company number
(decoy), Invoice No., Invoice Date, the sale's title and Sale Date, Paddle No. (decoy), Client No. (= customer id); Lot /
Description (long catalogue descriptions, wrapped) / Hammer Price for each lot, then the lines "Buyer's premium 25% of hammer
£x" and, for a picture, "Artist's Resale Right" (outside the scope of VAT); Total excl. VAT, "VAT @ 20% on buyer's premium"
(auctioneers' margin scheme: no VAT on the hammer), Invoice Total, then Paid by card and Balance due (decoys); "Payment due
within 7 days", the collection deadline and storage charge (decoys)), `us_bidder_invoice` (an American auction gallery's
INVOICE: Bidder # (= customer id), Sale # (decoy), Lot / Description / Hammer, the buyer's premium line (and an internet
bidding surcharge), Subtotal, Sales Tax at the state and local rate or "Sales tax exempt - resale certificate on file" at
0.00, Total, Payments and Balance Due (decoys)), `de_auktion_regel` (a German Auktionsrechnung under standard taxation for a
trade buyer: USt-IdNr. (= tax id), Bieternummer (= customer id), Los-Nr. / Beschreibung / Zuschlag, "Aufgeld 25 % auf den
Zuschlag", Nettobetrag, zzgl. 19 % USt, Rechnungsbetrag), `de_auktion_differenz` (the same under the margin scheme, § 25a UStG:
"Aufgeld 32 % (inkl. USt)", Gesamtbetrag, and the note that the VAT within the premium is not shown).

Truth: an `invoice`; vendor = the auction house with its address and VAT number (the US gallery has none printed); customer =
the buyer with its address, customer id = Client No. / Bidder # / Bieternummer (the paddle number a decoy); id = the invoice
number; date = the invoice date (the sale date a decoy where it differs); lines = each lot at its hammer price (amount only;
the lot number is no quantity) and the premium, surcharge and resale-right lines; net = Total excl. VAT / Subtotal /
Nettobetrag; tax = the VAT on the premium / the sales tax / the USt; total = the invoice total (the balance after payments a
decoy); under the German margin scheme no net and no tax, the lines adding up to the total.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, address, de_vat, make_company, phone, uk_vat
from corpus.holdout.fakes_twentythird import AUCTION_HOUSES, LOTS, PADDLE_NAMES, composed_lot
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "auction_buyer_invoice"
D = Decimal
SALES = {"GB": ["Fine Art & Antiques", "Jewellery, Watches & Silver", "Interiors Sale", "Asian Art", "Books, Maps & Manuscripts"],
         "US": ["Estate Treasures Auction", "Americana & Folk Art", "Modern Design", "Fine Jewelry & Timepieces", "Spring Signature Sale"],
         "DE": ["Kunst und Antiquitäten", "Schmuck und Uhren", "Gemälde des 19. Jahrhunderts", "Asiatika", "Design und Kunsthandwerk"]}
US_TAX = [D("8.875"), D("6.25"), D("7.00"), D("6.00"), D("8.25")]


def _hammer(rng: random.Random) -> Decimal:
    value = rng.choice([rng.uniform(40, 400), rng.uniform(300, 3000), rng.uniform(1500, 24000)])
    step = 5 if value < 200 else 10 if value < 1000 else 50 if value < 5000 else 100
    return money(int(value // step) * step)


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["gb_buyers_invoice", "gb_buyers_invoice", "us_bidder_invoice", "us_bidder_invoice", "de_auktion_regel", "de_auktion_differenz"])
    country = {"gb": "GB", "us": "US", "de": "DE"}[layout[:2]]
    legal, brand = pick(rng, AUCTION_HOUSES[country])
    vendor = Party(name=legal, address=address(rng, country), country=country, phone=phone(rng, country))
    vendor.tax_id = uk_vat(rng) if country == "GB" else de_vat(rng) if country == "DE" else None
    if chance(rng, 0.4):
        buyer = make_company(rng, country)
        buyer.tax_id = None
    else:
        first, last = PADDLE_NAMES[country]
        buyer = Party(name=f"{pick(rng, first)} {pick(rng, last)}", address=address(rng, country), country=country)
    sale_day = random_date(rng, date(2023, 1, 9), 1000)
    issued = sale_day + timedelta(days=pick(rng, [0, 0, 0, 1, 2]))
    count = pick(rng, [1, 1, 2, 2, 3, 4, 5, 6, 8, 12, 18, 26, 38])
    lot_nos = sorted(rng.sample(range(1, 900), count))
    texts = LOTS["de" if country == "DE" else "en"]
    lines: list[Line] = []
    lot_of: dict[int, int] = {}
    for i, lot in enumerate(lot_nos):
        desc = texts[(lot + i) % len(texts)]
        while any(li.description == desc for li in lines):
            desc = composed_lot(rng, "de" if country == "DE" else "en")
        line = Line(desc, None, None, _hammer(rng))
        lot_of[id(line)] = lot
        lines.append(line)
    hammer = sum((li.amount for li in lines), D("0.00"))
    notes: dict = {"sale_date": sale_day.isoformat(), "lots": lot_nos}
    extra: list[Line] = []
    net: Decimal | None
    tax: Decimal | None
    if country == "GB":
        rate = D(pick(rng, ["25", "25", "27.5", "28"]))
        premium = money(hammer * rate / 100)
        sym = "£"
        extra.append(Line(f"Buyer's premium {rate}% of hammer £{amount(hammer)}", None, None, premium))
        pictures = [li for li in lines if "oil on canvas" in li.description and li.amount >= 1000]
        if pictures:
            arr = money(sum((li.amount for li in pictures), D("0.00")) * D("0.04"))
            extra.append(Line("Artist's Resale Right royalty (outside the scope of VAT)", None, None, arr))
        net = hammer + sum((li.amount for li in extra), D("0.00"))
        tax = money(premium * D("0.20"))
        total = net + tax
        cur = "GBP"
    elif country == "US":
        rate = D(pick(rng, ["20", "22", "25"]))
        premium = money(hammer * rate / 100)
        sym = "$"
        extra.append(Line(f"Buyer's Premium ({rate}%)", None, None, premium))
        if chance(rng, 0.35):
            extra.append(Line("Internet bidding surcharge (3%)", None, None, money(hammer * D("0.03"))))
        net = hammer + sum((li.amount for li in extra), D("0.00"))
        exempt = chance(rng, 0.25)
        tax_rate = pick(rng, US_TAX)
        tax = D("0.00") if exempt else money(net * tax_rate / 100)
        total = net + tax
        cur = "USD"
        notes["exempt"] = exempt
    elif layout == "de_auktion_regel":
        premium = money(hammer * D("0.25"))
        sym = "€"
        extra.append(Line("Aufgeld 25 % auf den Zuschlag", None, None, premium))
        net = hammer + premium
        tax = money(net * D("0.19"))
        total = net + tax
        cur = "EUR"
    else:
        premium = money(hammer * D("0.32"))
        sym = "€"
        extra.append(Line("Aufgeld 32 % (inkl. USt)", None, None, premium))
        net = tax = None
        total = hammer + premium
        cur = "EUR"
    all_lines = lines + extra
    number = pick(rng, [f"{rng.randrange(10000, 99999)}", f"INV-{issued.year}-{rng.randrange(1000, 9999)}", f"{sale_day.strftime('%y%m')}/{rng.randrange(100, 999)}",
                        f"B{rng.randrange(100000, 999999)}"])
    client = f"{rng.randrange(1000, 99999)}"
    paddle = f"{rng.randrange(100, 999)}"
    notes["paddle"] = paddle
    days = {"GB": 7, "US": 10, "DE": 14}[country]
    due = sale_day + timedelta(days=days) if chance(rng, 0.6) else None
    terms = {"GB": "Payment due within 7 days of the sale", "US": "Payment due within 10 days", "DE": "Zahlbar innerhalb von 14 Tagen"}[country] if chance(rng, 0.5) else None
    doc = Doc(document_type="invoice", locale=country, currency=cur, vendor=vendor, customer=buyer, invoice_ids=[number], document_date=issued, total=total,
              net=net, tax=tax, lines=all_lines, due_date=due, payment_terms=terms, customer_id=client, lines_sum_to="net" if net is not None else "total")
    sep, mark = (".", ",") if country == "DE" else (",", ".")

    def n(v):
        return amount(v, sep, mark)

    pattern = pick(rng, {"GB": ["d_month_y", "dmy_slash", "ordinal_month_y"], "US": ["mdy_slash", "month_d_y"], "DE": ["dmy_dot", "d_month_y_de"]}[country])

    def d(x):
        return fmt_date(x, pattern, "de" if country == "DE" else "en")

    theme = Theme.pick(rng, size=(7.5, 9.0), font=pick(rng, ["Times", "Times", "Helvetica"]))
    width, height = LETTER if country == "US" else A4
    sale = pick(rng, SALES[country])
    if country == "GB":
        co_no = f"{rng.randrange(10**7, 10**8)}"
        notes["company_no"] = co_no
        vrows = [f"Tel {vendor.phone}", f"VAT Reg No: {vendor.tax_id}", f"Registered in England No. {co_no}"]
        meta = [("Invoice No:", number), ("Invoice Date:", d(issued)), ("Sale:", esc(sale)), ("Sale Date:", d(sale_day)), ("Paddle No:", paddle),
                ("Client No:", client)]
        head, title, label = ["Lot", "Description", "Hammer Price"], "BUYER'S INVOICE", "Buyer"
        totals = [("Total excl. VAT", f"{sym}{n(net)}"), ("VAT @ 20% on buyer's premium", f"{sym}{n(tax)}"), ("Invoice Total", f"{sym}{n(total)}")]
        paid = total if chance(rng, 0.5) else D("0.00")
        totals += [("Paid by card", f"{sym}{n(paid)}"), ("Balance due", f"{sym}{n(total - paid)}")]
        collect = sale_day + timedelta(days=14)
        foot = [f"Lots must be collected by {d(collect)}; storage is charged at £5.00 per lot per day thereafter.",
                "Goods are sold under the auctioneer's margin scheme: VAT is charged on the buyer's premium only and may not be reclaimed."]
    elif country == "US":
        sale_no = f"{rng.randrange(100, 999)}"
        notes["sale_no"] = sale_no
        vrows = [f"Tel {vendor.phone}", f"www.{brand.lower().replace(' ', '').replace(',', '')}.example"]
        meta = [("Invoice #:", number), ("Date:", d(issued)), ("Sale #:", f"{sale_no} - {esc(sale)}"), ("Auction Date:", d(sale_day)), ("Bidder #:", client)]
        head, title, label = ["Lot", "Description", "Hammer"], "INVOICE", "Bill To"
        tax_row = ("Sales tax exempt - resale certificate on file", f"{sym}{n(tax)}") if notes["exempt"] else (f"Sales Tax ({tax_rate}%)", f"{sym}{n(tax)}")
        paid = total if chance(rng, 0.4) else D("0.00")
        totals = [("Subtotal", f"{sym}{n(net)}"), tax_row, ("Total", f"{sym}{n(total)}"), ("Payments", f"{sym}{n(paid)}"), ("Balance Due", f"{sym}{n(total - paid)}")]
        foot = ["All items are sold as is, where is. Pick up within 10 days of the auction or arrange shipping at the buyer's expense."]
    else:
        vrows = [f"Tel. {vendor.phone}", f"USt-IdNr.: {vendor.tax_id}"]
        meta = [("Rechnungs-Nr.:", number), ("Rechnungsdatum:", d(issued)), ("Auktion:", esc(sale)), ("Auktionstag:", d(sale_day)), ("Bieternummer:", client)]
        head, title, label = ["Los-Nr.", "Beschreibung", "Zuschlag"], "AUKTIONSRECHNUNG", "Käufer"
        if net is not None:
            totals = [("Nettobetrag", f"{n(net)} €"), ("zzgl. 19 % USt", f"{n(tax)} €"), ("Rechnungsbetrag", f"{n(total)} €")]
            foot = ["Regelbesteuerung auf Wunsch des Käufers (Wiederverkäufer)."]
        else:
            totals = [("Gesamtbetrag", f"{n(total)} €")]
            foot = ["Differenzbesteuerung gemäß § 25a UStG - die im Aufgeld enthaltene Umsatzsteuer wird nicht gesondert ausgewiesen."]
    if terms:
        meta.append(("Terms:" if country != "DE" else "Zahlungsbedingungen:", terms))
    if due:
        meta.append(("Due Date:" if country != "DE" else "Fällig am:", d(due)))

    def cells(li):
        lot = lot_of.get(id(li))
        return [str(lot) if lot else "", esc(li.description), n(li.amount)]

    return invoice(doc, layout, arrangement(rng, meta), theme, width, height, title=title, subtitle=esc(brand) if brand != legal else "", vendor_rows=vrows,
                   buyer_label=label, buyer_rows=[], meta=meta, head=head, fractions=(0.1, 0.7, 0.2), numeric={2}, cells=cells, totals=totals, foot=foot,
                   notes=notes, footer_text="Page" if country != "DE" else "Seite")
