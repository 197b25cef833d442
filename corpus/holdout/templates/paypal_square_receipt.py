"""Payment-service paperwork (PayPal-, Square- and Shopify POS-like, under invented service names): the payment service's
invoice, its payment e-mails and a point-of-sale e-mailed receipt, US, GB, CA and AU, 2023-2025.

Three prints. `paypal_invoice`: the merchant's invoice issued through the payment service (merchant block, INVOICE,
Invoice number / Invoice date / Payment terms / Due date, "Bill to" with the client's e-mail and address, "Ship to",
Description / Quantity / Price / Amount with a note under an item, Subtotal / Discount / Shipping / Tax (rate) / Total
"$X USD" / Amount paid / Amount due, "Note to recipient", the pay-online link with the service's own invoice reference).
`paypal_payment`: the payment e-mail, either the buyer's receipt ("You sent a payment of $45.67 USD to …", Transaction
ID, Transaction date, Merchant with e-mail, items, Subtotal / Shipping / Tax / Total, "Paid with" the card or balance,
"Payment sent to") or the merchant's notice ("You received a payment", the buyer, Invoice number, Transaction ID,
Gross amount / Fee / Net amount, Note from buyer). `pos_email_receipt`: the point-of-sale receipt e-mailed from a card
terminal (Square-like: the merchant centred, the amount large, "Flat White × 2" lines, Subtotal / Tax / Tip / Total,
card, entry mode, auth code, "Receipt #1KQ4"; or Shopify POS-like: "Order #1042", Order summary, Discount code, Taxes or
"Including $x in taxes", Total, Payment, Location).

Truth. Invoice: vendor = the merchant, customer = Bill to (Ship to a decoy), id = Invoice number, due date = Due date,
payment terms as printed, total = Total (Amount paid / Amount due after it are decoys), net = Subtotal only when the tax
follows it directly. Buyer's receipt and POS receipt: `receipt`s of the merchant (customer null, the service's name is
no vendor), id = the Transaction ID / Receipt # / Order #, total = Total (tip included), tax = the tax line (on top in
the US and Canada, "included" in GB and AU), net = Subtotal only where the lines and the tax make the total (no
discount, shipping or tip), otherwise null with the gap in `checks.lines_adjustment`; a line "Croissant × 2 $7.00" has a
quantity and no unit price unless "$3.50 ea." is printed. Merchant's notice: a `remittance_advice` (vendor = the
merchant, customer = the buyer; the invoice paid with the gross amount; payment reference = Transaction ID; payment and
document date = Transaction date); the fee and the net amount are decoys.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import esc, rate
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import address, domain, make_company, person_name
from corpus.holdout.fakes_fifteenth import paypal_transaction_id, square_receipt_code
from corpus.holdout.money import fmt_date, fmt_number, money, random_date
from corpus.holdout.render import A4, LETTER, Box
from corpus.holdout.templates._fifteenth import beside, pts, rows_html, single_page

FAMILY = "paypal_square_receipt"
D = Decimal
SERVICES = ["PayNest", "Paystream", "PayPilot"]
POS = ["Squarely", "Tillwise", "Shopwell POS", "Storefront POS"]
INVOICE_ITEMS = [("Website design - deposit", 300, 1800), ("Wedding photography", 900, 2800), ("Dog grooming (large breed)", 45, 95),
                 ("Handmade ceramic mug", 18, 42), ("Guitar lessons (4 x 45 min)", 120, 240), ("Custom cake - 2 tier", 85, 260),
                 ("Virtual assistant hours", 25, 55), ("Vintage denim jacket", 45, 140), ("Mobile car detailing", 90, 220),
                 ("Resume writing package", 120, 350), ("Yoga retreat place", 250, 900), ("Hand-knitted scarf", 25, 70)]
SHOP_ITEMS = {"cafe": [("Flat White", 3.8, 5.2), ("Oat Latte (Large)", 4.6, 6.2), ("Croissant", 3.1, 4.6), ("Banana Bread", 3.5, 5.0),
                       ("Cold Brew", 4.2, 5.8), ("Avocado Toast", 9.5, 14.0), ("Chai Latte", 4.0, 5.6), ("Blueberry Muffin", 3.2, 4.4)],
              "retail": [("Canvas Tote Bag", 18, 36), ("Soy Candle - Cedar", 22, 38), ("Linen Tea Towel", 12, 22), ("Notebook A5 Dot Grid", 14, 26),
                         ("Ceramic Planter Small", 19, 45), ("Greeting Card", 4.5, 7.5), ("Beeswax Wraps (3 pk)", 16, 28), ("Enamel Pin", 9, 15)],
              "market": [("Sourdough Loaf", 7, 11), ("Free Range Eggs (dozen)", 6, 9.5), ("Raw Honey 500g", 12, 19), ("Heirloom Tomatoes (kg)", 8, 13),
                         ("Goat Cheese 150g", 8, 12), ("Cut Flowers Bunch", 12, 25)]}
SHOP_NAMES = {"cafe": ["{w} Coffee Co.", "The {w} Café", "{w} Espresso Bar", "Little {w} Coffee"],
              "retail": ["{w} General Store", "{w} & Co. Homewares", "The {w} Gift Shop", "{w} Paper Goods"],
              "market": ["{w} Farm Stand", "{w} Bakehouse", "{w} Market Garden"]}
WORDS = ["Bluebird", "Copperleaf", "Harbour", "Maple", "Juniper", "Wattle", "Foxglove", "Saltwater", "Ironbark", "Larkspur", "Kestrel", "Thistle"]
TAX = {"US": ("Sales Tax", ["6", "7", "7.25", "8.25", "8.875"]), "CA": ("HST", ["13", "13", "15"]), "GB": ("VAT", ["20"]), "AU": ("GST", ["10"])}


def _shop(rng: random.Random, country: str, kind: str):
    party = make_company(rng, country)
    party.name = pick(rng, SHOP_NAMES[kind]).format(w=pick(rng, WORDS))
    party.email = f"{pick(rng, ['hello', 'shop', 'orders'])}@{domain(party.name.removeprefix('The ').removeprefix('Little '))}"
    party.tax_id = None
    return party


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["invoice", "payment", "pos"])
    country = pick(rng, ["US", "US", "GB", "CA", "AU"])
    currency = {"US": "USD", "GB": "GBP", "CA": "CAD", "AU": "AUD"}[country]
    sym = "£" if country == "GB" else "$"
    service = pick(rng, SERVICES)
    inclusive = country in ("GB", "AU")
    tax_name, rates = TAX[country]
    tax_rate = D(pick(rng, rates))
    if country == "CA" and chance(rng, 0.3):
        tax_name, tax_rate = "GST", D("5")
    pattern = pick(rng, {"US": ["mon_d_y", "month_d_y"], "CA": ["mon_d_y", "iso"], "GB": ["d_mon_y", "d_month_y"], "AU": ["d_mon_y", "dmy_slash"]}[country])
    zone = {"US": pick(rng, ["PDT", "EST", "CDT", "PST"]), "CA": pick(rng, ["EDT", "EST", "PST"]), "GB": pick(rng, ["GMT", "BST"]), "AU": pick(rng, ["AEST", "AEDT"])}[country]
    day = random_date(rng)
    at = datetime(day.year, day.month, day.day, rng.randrange(7, 21), rng.randrange(60), rng.randrange(60))

    def d(x) -> str:
        return fmt_date(x, pattern)

    def m(value: D, code: bool = False) -> str:
        return f"{'-' if value < 0 else ''}{sym}{fmt_number(abs(value), 'en')}" + (f" {currency}" if code else "")

    width, height = LETTER if country in ("US", "CA") else A4
    css = ("body{font-family:Helvetica;font-size:9pt;color:#2c2e2f;margin:0} p{margin:0 0 2pt 0} td{vertical-align:top;padding:2pt 3pt}"
           " table{border-collapse:collapse} .r{text-align:right} .c{text-align:center} .b{font-weight:bold} .g{color:#6c7378} .s{font-size:7.5pt}"
           " .big{font-size:24pt} .h{font-size:13pt;font-weight:bold} .line td{border-bottom:0.5pt solid #cbd2d6}"
           " .hd td{border-bottom:1pt solid #2c2e2f;font-weight:bold;font-size:8pt;color:#6c7378}")
    W = width - 144
    if layout == "invoice":
        vendor, customer = make_company(rng, country), make_company(rng, country)
        if chance(rng, 0.5):
            vendor.name = f"{person_name(rng, country)} {pick(rng, ['Photography', 'Studio', 'Designs', 'Crafts', 'Coaching'])}"
            vendor.address = address(rng, country)
        vendor.tax_id = vendor.tax_id if country in ("GB", "AU") and chance(rng, 0.6) else None
        customer.tax_id = None
        taxed = chance(rng, 0.65) or vendor.tax_id is not None
        lines = []
        for desc, low, high in rng.sample(INVOICE_ITEMS, rng.randrange(1, 5)):
            price = money(round(rng.uniform(low, high), 0 if high > 300 else 2))
            qty = D(pick(rng, [1, 1, 1, 2, 3, 4]))
            lines.append(Line(desc, qty, price, qty * price))
        subtotal = sum((li.amount for li in lines), D("0.00"))
        discount = money(subtotal * D(pick(rng, ["5", "10"])) / 100) if chance(rng, 0.2) else D("0.00")
        shipping = money(pick(rng, ["8.95", "12.00", "15.50", "6.99"])) if chance(rng, 0.2) else D("0.00")
        tax = money((subtotal - discount) * tax_rate / 100) if taxed else None
        total = subtotal - discount + shipping + (tax or D("0.00"))
        net = subtotal if not discount and not shipping else None
        issued = day
        terms, days = pick(rng, [("Due on receipt", 0), ("Net 7", 7), ("Net 15", 15), ("Net 30", 30), ("Due in 10 days", 10)])
        due = issued + timedelta(days=days)
        number = pick(rng, [f"{rng.randrange(1, 400):04d}", f"INV-{rng.randrange(1000, 9999)}", f"{issued.year}-{rng.randrange(1, 300):03d}"])
        paid = money(total / 2) if chance(rng, 0.2) else None
        doc = Doc(document_type="invoice", locale=country, currency=currency, vendor=vendor, customer=customer, invoice_ids=[number],
                  document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms,
                  lines_adjustment=D("0.00") if net is not None else total - subtotal)
        totals = [("Subtotal", m(subtotal))]
        if discount:
            totals.append(("Discount", m(-discount)))
        if shipping:
            totals.append(("Shipping", m(shipping)))
        if taxed:
            totals.append((f"{tax_name} ({rate(tax_rate)}%)", m(tax)))
        totals.append(("<b>Total</b>", f"<b>{m(total, True)}</b>"))
        if paid:
            totals.append(("Amount paid", m(-paid)))
        totals.append(("<b>Amount due</b>", f"<b>{m(total - (paid or 0), True)}</b>"))
        tax_line = {"GB": "VAT reg. no.", "AU": "ABN"}.get(country, "")
        merchant = (f"<p class='h'>{esc(vendor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address) + f"<p>{vendor.email}</p><p>{vendor.phone}</p>"
                    + (f"<p>{tax_line} {vendor.tax_id}</p>" if vendor.tax_id else ""))
        meta = [("Invoice number", number), ("Invoice date", d(issued)), ("Payment terms", terms), ("Due date", d(due))]
        meta_html = "<table>" + "".join(f"<tr><td class='g r' style='width:{W * 0.22:.1f}pt'>{k}</td><td class='r' style='width:{W * 0.2:.1f}pt'>{esc(v)}</td></tr>"
                                        for k, v in meta) + "</table>"
        bill = (f"<p class='g'>Bill to</p><p class='b'>{esc(customer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in customer.address)
                + f"<p>{customer.email}</p>")
        ship = ("<p class='g'>Ship to</p><p>" + esc(person_name(rng, country)) + "</p>" + "".join(f"<p>{esc(x)}</p>" for x in address(rng, country))) \
            if chance(rng, 0.35) else ""
        cw = pts(W, 52, 12, 18, 18)
        notes = {li.description: pick(rng, ["", "Includes all materials", "As discussed", "Balance payable on completion"]) for li in lines}
        rows = "".join(f"<tr class='line'><td style='width:{cw[0]}'>{esc(li.description)}" + (f"<br/><span class='g s'>{notes[li.description]}</span>" if notes[li.description] else "")
                       + f"</td><td class='r' style='width:{cw[1]}'>{li.quantity}</td><td class='r' style='width:{cw[2]}'>{m(li.unit_price)}</td>"
                       f"<td class='r' style='width:{cw[3]}'>{m(li.amount)}</td></tr>" for li in lines)
        head_row = (f"<tr class='hd'><td style='width:{cw[0]}'>DESCRIPTION</td><td class='r' style='width:{cw[1]}'>QUANTITY</td>"
                    f"<td class='r' style='width:{cw[2]}'>PRICE</td><td class='r' style='width:{cw[3]}'>AMOUNT</td></tr>")
        code = f"INV2-{'-'.join(''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(4)) for _ in range(5))}"
        html = (beside(merchant, f"<p class='big r' style='color:#003087'>INVOICE</p>{meta_html}", (W * 0.55, W * 0.45))
                + "<div style='margin-top:14pt'></div>" + beside(bill, ship, (W * 0.5, W * 0.5))
                + f"<table style='margin-top:14pt'>{head_row}{rows}</table>"
                + "<div style='margin-top:8pt'></div>" + beside("", rows_html(totals, strong_last=False, widths=(W * 0.27, W * 0.23)), (W * 0.5, W * 0.5))
                + f"<p class='g' style='margin-top:14pt'>Note to recipient</p><p>{pick(rng, ['Thanks for your business!', 'Thank you - it was a pleasure working with you.', 'Please get in touch with any questions.'])}</p>"
                + "<table style='margin-top:14pt'><tr><td style='background:#ffc439;padding:6pt 22pt;width:60pt' class='b c'>Pay Now</td></tr></table>"
                + f"<p class='s g' style='margin-top:6pt'>View and pay online: {service.lower()}.example/invoice/p/#{code}</p>"
                + f"<p class='s g' style='margin-top:20pt'>Invoice sent with {service}. {service} is not responsible for the goods or services invoiced.</p>")
        sheet = single_page("paypal_invoice", width, height, css, [Box((72.0, 54.0, width - 72.0, height - 54.0), html)])
        return Built(doc=doc, sheet=sheet, template="paypal_invoice", notes={"service_ref": code, "paid": float(paid) if paid else None})
    if layout == "payment":
        txn = paypal_transaction_id(rng)
        received = chance(rng, 0.45)
        stamp = f"{fmt_date(day, pattern)} {at.strftime('%H:%M:%S')} {zone}"
        header = (f"<table style='width:{W}pt'><tr><td style='background:#003087;color:#fff;padding:8pt 10pt' class='h'>{service}</td></tr></table>"
                  f"<p class='s g' style='margin-top:4pt'>From: {service} &lt;service@{service.lower()}.example&gt;</p>")
        if received:
            merchant = make_company(rng, country)
            merchant.tax_id = None
            buyer = make_company(rng, country)
            buyer.tax_id = None
            invoice = pick(rng, [f"{rng.randrange(1, 400):04d}", f"INV-{rng.randrange(1000, 9999)}"])
            gross = money(rng.uniform(80, 6000))
            fee = money(gross * D("0.0349") + D("0.49"))
            doc = Doc(document_type="remittance_advice", locale=country, currency=currency, vendor=merchant, customer=buyer, invoice_ids=[invoice],
                      document_date=day, total=gross, payment_reference=txn, payment_date=day, allocations=[(invoice, gross)],
                      vendor_address_printed=False, customer_address_printed=False)
            rows = [("Buyer", f"{esc(buyer.name)}<br/>{buyer.email}"), ("Invoice number", invoice), ("Transaction ID", txn),
                    ("Transaction date", stamp), ("Gross amount", m(gross, True)), ("Fee", m(-fee, True)), ("Net amount", m(gross - fee, True))]
            html = (header + f"<p class='s g'>Subject: You've got money</p><p style='margin-top:14pt'>Hello, {esc(merchant.name)}</p>"
                    f"<p class='h' style='margin-top:8pt'>You received a payment of {m(gross, True)} from {esc(buyer.name)}</p>"
                    f"<p class='g'>It may take a few moments for this transaction to appear in your account.</p>"
                    + "<table style='margin-top:12pt'>" + "".join(f"<tr class='line'><td class='g' style='width:{W * 0.3:.1f}pt'>{k}</td>"
                                                                  f"<td style='width:{W * 0.6:.1f}pt'>{v}</td></tr>" for k, v in rows) + "</table>"
                    + f"<p class='g' style='margin-top:10pt'>Note from buyer</p><p>{pick(rng, [f'Payment for invoice {invoice}', 'Thanks!', f'Inv {invoice} - many thanks'])}</p>"
                    + f"<p class='s g' style='margin-top:20pt'>Please do not reply to this e-mail. {service} Holdings, Inc.</p>")
            sheet = single_page("paypal_payment", width, height, css, [Box((72.0, 54.0, width - 72.0, height - 54.0), html)])
            return Built(doc=doc, sheet=sheet, template="paypal_payment", notes={"fee": float(fee), "direction": "received"})
        kind = pick(rng, ["retail", "market"])
        merchant = _shop(rng, country, kind)
        lines = []
        for desc, low, high in rng.sample(SHOP_ITEMS[kind], rng.randrange(1, 4)):
            price = money(rng.uniform(low, high))
            qty = D(pick(rng, [1, 1, 2, 3]))
            lines.append(Line(desc, qty, price, qty * price))
        subtotal = sum((li.amount for li in lines), D("0.00"))
        shipping = money(pick(rng, ["4.99", "7.50", "9.95"])) if chance(rng, 0.4) else D("0.00")
        if inclusive:
            tax = ((subtotal + shipping) * tax_rate / (100 + tax_rate)).quantize(D("0.01"), rounding=ROUND_HALF_UP)
            total = subtotal + shipping
        else:
            tax = money(subtotal * tax_rate / 100)
            total = subtotal + shipping + tax
        net = subtotal if not inclusive and not shipping else None
        doc = Doc(document_type="receipt", locale=country, currency=currency, vendor=merchant, customer=None, invoice_ids=[txn], document_date=day,
                  total=total, net=net, tax=tax, lines=lines, vendor_address_printed=False,
                  lines_sum_to="total" if inclusive else "net", lines_adjustment=total - subtotal if net is None else D("0.00"))
        cw = pts(W, 50, 18, 10, 22)
        rows = "".join(f"<tr class='line'><td style='width:{cw[0]}'>{esc(li.description)}</td><td class='r' style='width:{cw[1]}'>{m(li.unit_price)}</td>"
                       f"<td class='r' style='width:{cw[2]}'>{li.quantity}</td><td class='r' style='width:{cw[3]}'>{m(li.amount)}</td></tr>" for li in lines)
        totals = [("Subtotal", m(subtotal))] + ([("Shipping", m(shipping))] if shipping else [])
        totals += [(f"{tax_name} included", m(tax))] if inclusive else [(tax_name, m(tax))]
        totals.append(("<b>Total</b>", f"<b>{m(total, True)}</b>"))
        card = pick(rng, ["Visa", "Mastercard", "Amex", "Discover"]) if country == "US" else pick(rng, ["Visa", "Mastercard"])
        paid_with = pick(rng, [f"{card} x-{rng.randrange(1000, 9999)}", f"{service} balance", f"{card} Debit Card x-{rng.randrange(1000, 9999)}"])
        html = (header + f"<p class='s g'>Subject: Receipt for your payment to {esc(merchant.name)}</p>"
                f"<p style='margin-top:14pt'>Hello, {esc(person_name(rng, 'GB' if country == 'GB' else 'US'))}</p>"
                f"<p class='h' style='margin-top:8pt'>You sent a payment of {m(total, True)} to {esc(merchant.name)}</p>"
                "<p class='g'>It may take a few moments for this transaction to appear in your account.</p>"
                + beside(f"<p class='g' style='margin-top:10pt'>Merchant</p><p>{esc(merchant.name)}</p><p>{merchant.email}</p>",
                         f"<p class='g' style='margin-top:10pt'>Transaction ID</p><p>{txn}</p><p class='g'>Transaction date</p><p>{stamp}</p>", (W * 0.5, W * 0.5))
                + f"<p class='g' style='margin-top:8pt'>Instructions to merchant</p><p>{pick(rng, ['You haven&#x27;t entered any instructions.', 'Please gift wrap', 'Leave at the door'])}</p>"
                + f"<table style='margin-top:10pt'><tr class='hd'><td style='width:{cw[0]}'>Description</td><td class='r' style='width:{cw[1]}'>Unit price</td>"
                f"<td class='r' style='width:{cw[2]}'>Qty</td><td class='r' style='width:{cw[3]}'>Amount</td></tr>{rows}</table>"
                + "<div style='margin-top:6pt'></div>" + beside("", rows_html(totals, strong_last=False, widths=(W * 0.25, W * 0.25)), (W * 0.5, W * 0.5))
                + f"<p class='g' style='margin-top:10pt'>Paid with</p><p>{paid_with} &#160;&#160; {m(total, True)}</p>"
                + f"<p class='s g' style='margin-top:6pt'>Payment sent to {merchant.email}</p>"
                + f"<p class='s g' style='margin-top:20pt'>Please do not reply to this e-mail. {service} Holdings, Inc.</p>")
        sheet = single_page("paypal_payment", width, height, css, [Box((72.0, 54.0, width - 72.0, height - 54.0), html)])
        return Built(doc=doc, sheet=sheet, template="paypal_payment", notes={"direction": "sent", "paid_with": paid_with})
    # point-of-sale e-mailed receipt
    pos = pick(rng, POS)
    square = pos in ("Squarely", "Tillwise")
    kind = pick(rng, ["cafe", "cafe", "market"]) if square else pick(rng, ["retail", "retail", "market"])
    merchant = _shop(rng, country, kind)
    lines = []
    each = chance(rng, 0.5)
    for desc, low, high in rng.sample(SHOP_ITEMS[kind], rng.randrange(1, 6)):
        price = money(rng.uniform(low, high))
        qty = D(pick(rng, [1, 1, 1, 2, 2, 3]))
        if square:
            # "Flat White" (once: no quantity), "Croissant × 2" (a quantity), and "2 × $3.50 ea." under it where printed
            lines.append(Line(desc, qty if qty > 1 else None, price if qty > 1 and each else None, qty * price))
        else:
            lines.append(Line(desc, qty, None, qty * price))
    subtotal = sum((li.amount for li in lines), D("0.00"))
    discount = money(subtotal * D("0.1")) if not square and chance(rng, 0.3) else D("0.00")
    tip = money(subtotal * D(pick(rng, ["0.1", "0.15", "0.18", "0.2"]))) if square and country != "GB" and chance(rng, 0.5) else D("0.00")
    base = subtotal - discount
    if inclusive:
        tax = (base * tax_rate / (100 + tax_rate)).quantize(D("0.01"), rounding=ROUND_HALF_UP)
        total = base + tip
    else:
        tax = money(base * tax_rate / 100)
        total = base + tax + tip
    net = subtotal if not inclusive and not discount and not tip else None
    number = square_receipt_code(rng) if square else f"{rng.randrange(1001, 9999)}"
    doc = Doc(document_type="receipt", locale=country, currency=currency, vendor=merchant, customer=None, invoice_ids=[number], document_date=day,
              total=total, net=net, tax=tax, lines=lines, lines_sum_to="total" if inclusive else "net",
              lines_adjustment=total - subtotal if net is None else D("0.00"))
    card = pick(rng, ["Visa", "Mastercard", "Amex"] if country != "AU" else ["Visa", "Mastercard", "EFTPOS"])
    digits = rng.randrange(1000, 9999)
    stamp = f"{fmt_date(day, 'mon_d_y' if country in ('US', 'CA') else 'd_mon_y')}, {at.strftime('%I:%M %p').lstrip('0')}"
    Wr = 300.0
    if square:
        item_rows = []
        for li in lines:
            label = esc(li.description) + (f" × {li.quantity}" if li.quantity and li.quantity > 1 else "")
            sub = f"<br/><span class='g s'>{li.quantity} × {m(li.unit_price)} ea.</span>" if li.unit_price is not None and li.quantity > 1 else ""
            item_rows.append((label + sub, m(li.amount)))
        totals = [("Subtotal", m(subtotal))]
        totals += [(f"{tax_name} ({rate(tax_rate)}%) included", m(tax))] if inclusive else [(f"{tax_name}", m(tax))]
        if tip:
            totals.append(("Tip", m(tip)))
        totals.append(("<b>Total</b>", f"<b>{m(total)}</b>"))
        html = (f"<p class='c h'>{esc(merchant.name)}</p>" + f"<p class='c big' style='margin-top:10pt'>{m(total)}</p>"
                + "<div style='margin-top:10pt'></div>" + rows_html(item_rows, strong_last=False, widths=(Wr * 0.7, Wr * 0.3), cls="line")
                + "<div style='margin-top:6pt'></div>" + rows_html(totals, strong_last=False, widths=(Wr * 0.7, Wr * 0.3))
                + f"<p style='margin-top:10pt'>{card} {digits} ({pick(rng, ['Contactless', 'Chip', 'Swiped', 'Apple Pay'])})</p>"
                f"<p class='g s'>Auth code: {rng.randrange(100000, 999999)}</p>"
                + f"<p class='g' style='margin-top:10pt'>{stamp}</p><p class='g'>Receipt #{number}</p>"
                + "".join(f"<p class='g s'>{esc(x)}</p>" for x in merchant.address) + f"<p class='g s'>{merchant.phone}</p>"
                + f"<p class='s g' style='margin-top:14pt'>© {day.year} {pos} - Privacy Policy</p>")
        template = "pos_email_receipt"
        rect = ((width - Wr) / 2 - 6, 54.0, (width + Wr) / 2 + 6, height - 54.0)
    else:
        item_rows = [(f"{esc(li.description)} × {li.quantity}", m(li.amount)) for li in lines]
        code = pick(rng, ["SPRING10", "WELCOME10", "LOYALTY", "VIP10"])
        totals = [("Subtotal", m(subtotal))] + ([(f"Discount ({code})", m(-discount))] if discount else [])
        totals += [] if inclusive else [("Taxes", m(tax))]
        totals.append(("<b>Total</b>", f"<b>{m(total, True)}</b>"))
        if inclusive:
            totals.append((f"<span class='g s'>Including {m(tax)} in taxes</span>", ""))
        html = (f"<p class='h'>{esc(merchant.name)}</p><p class='g'>Order #{number}</p>"
                f"<p class='h' style='margin-top:10pt'>Thank you for your purchase!</p><p class='g'>{stamp}</p>"
                + "<p class='b' style='margin-top:12pt'>Order summary</p>" + rows_html(item_rows, strong_last=False, widths=(Wr * 0.7, Wr * 0.3), cls="line")
                + "<div style='margin-top:6pt'></div>" + rows_html(totals, strong_last=False, widths=(Wr * 0.7, Wr * 0.3))
                + f"<p class='b' style='margin-top:12pt'>Payment information</p><p>{card} ending with {digits} - {m(total)}</p>"
                + f"<p class='b' style='margin-top:8pt'>Location</p><p>{esc(merchant.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in merchant.address)
                + f"<p class='s g' style='margin-top:14pt'>If you have any questions, reply to this email or contact us at {merchant.email}</p>")
        template = "pos_email_receipt"
        rect = (72.0, 54.0, 72.0 + Wr + 12, height - 54.0)
    sheet = single_page(template, width, height, css, [Box(rect, html)])
    return Built(doc=doc, sheet=sheet, template=template, scan_weight=1.5,
                 notes={"pos": pos, "tip": float(tip), "discount": float(discount), "card_digits": str(digits)})
