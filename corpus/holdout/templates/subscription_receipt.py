"""App-store / online subscription receipt (Apple / Google Play / Microsoft look), e-mailed or printed.

Three prints: the app-store receipt ("Receipt", account e-mail, BILLED TO with the card and the
subscriber's name and address, DATE, ORDER ID and DOCUMENT NO. in a header grid, app lines with
"Renews <date>" and "Report a Problem", Subtotal / Tax or VAT / TOTAL, the store's legal entity and
address in the footer); the Play-store order e-mail ("Order number: GPA.…", order date and time,
"Auto-renewing subscription", "Total: £4.99/month (includes VAT of £0.83)", payment method); the
software-store order receipt (order number, billing period, "Your subscription will renew on",
product table, subtotal, tax, total charged to the card). US sales tax on top; GB VAT 20 % and AU
GST 10 % included in the price.

Truth: document type receipt; vendor = the store's legal entity printed in the small print (the
merchant of record, not the app's developer, which is printed beside the app name); customer null
even though "Billed to" is printed (corpus rule for receipts); id = the document number when one is
printed (the order id is then a decoy), otherwise the order number; lines = the products, amount only;
US: net = subtotal, tax = the tax line; GB / AU: prices include the tax, the lines add up to the total,
tax = the VAT / GST stated, net = the printed subtotal excluding it (store receipt) or null.
"""

from __future__ import annotations

import random
import string
from datetime import datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, address, person_name, uk_vat
from corpus.holdout.fakes import abn as make_abn
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._third import included_tax

FAMILY = "subscription_receipt"
DOCUMENT_TYPE = "receipt"

STORES = {
    "store": {"US": ("Orchard Digital Services, Inc.", ["One Orchard Park Way", "Cupertino, CA 95014"]),
              "GB": ("Orchard Digital Distribution International Ltd.", ["Hollyhill Industrial Estate", "Hollyhill, Cork", "Ireland"]),
              "AU": ("Orchard Digital Pty Limited", ["Level 3, 20 Martin Place", "Sydney NSW 2000"])},
    "play": {"US": ("Gallery Payment Corp.", ["1600 Meridian Parkway", "Mountain View, CA 94043"]),
             "GB": ("Gallery Commerce Limited", ["Gordon House, Barrow Street", "Dublin 4", "Ireland"]),
             "AU": ("Gallery Australia Pty Ltd", ["Level 5, 48 Pirrama Road", "Pyrmont NSW 2009"])},
    "software": {"US": ("Windrose Corporation", ["One Windrose Way", "Redmond, WA 98052"]),
                 "GB": ("Windrose Ireland Operations Limited", ["One Windrose Place, South County Business Park", "Leopardstown, Dublin 18",
                                                                "Ireland"]),
                 "AU": ("Windrose Pty Ltd", ["1 Epping Road", "North Ryde NSW 2113"])},
}
APPS = [("Cloudnote Pro", "Cloudnote Inc.", "Monthly", 4.99, 9.99), ("StreamBox Premium", "StreamBox Media", "Monthly", 9.99, 17.99),
        ("FitPulse+", "Pulse Labs Ltd", "Yearly", 39.99, 79.99), ("Lingua Coach", "Lingua GmbH", "Monthly", 12.99, 14.99),
        ("PhotoForge", "Forge Creative", "Yearly", 29.99, 59.99), ("Storage+ 200 GB", "Orchard", "Monthly", 2.99, 3.99),
        ("Meditate Daily", "Calm Harbour Apps", "Yearly", 49.99, 69.99), ("Chess Master Gold", "Knight Studio", "Monthly", 6.99, 8.99)]
SOFTWARE = [("Windrose 365 Personal", "Yearly", 69.99, 99.99), ("Windrose 365 Family", "Yearly", 99.99, 129.99),
            ("Game Pass Ultimate", "Monthly", 14.99, 19.99), ("Cloud Storage 100 GB", "Monthly", 1.99, 2.99)]
US_TAX = ["0", "6.25", "7", "8.875", "9.5", "6"]


def _order_id(rng: random.Random) -> str:
    return "M" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(9))


def build(rng: random.Random) -> Built:
    country = pick(rng, ["US", "US", "GB", "AU"])
    layout = pick(rng, ["store", "play", "software"])
    legal, addr = STORES[layout][country]
    vendor = Party(name=legal, address=list(addr), country=country)
    if country == "GB":
        vendor.tax_id = uk_vat(rng) if chance(rng, 0.5) else f"IE{rng.randrange(10**6, 10**7)}{rng.choice('ABCDEFGHKLW')}"
    elif country == "AU":
        vendor.tax_id = make_abn(rng)
    fmt = Fmt.pick(rng, country)
    day = random_date(rng)
    when = datetime(day.year, day.month, day.day, rng.randrange(0, 24), rng.randrange(60), rng.randrange(60))
    subscriber = person_name(rng, country)
    sub_address = address(rng, country)
    email = f"{subscriber.split()[0].lower()}.{subscriber.split()[-1].lower()}{rng.randrange(1, 99)}@{pick(rng, ['mailbox.example', 'inbox.example', 'post.example'])}"
    card = f"{pick(rng, ['Visa', 'Mastercard', 'Amex'])} •••• {rng.randrange(1000, 9999)}"
    items = []
    if layout == "software":
        for name, period, low, high in rng.sample(SOFTWARE, rng.randrange(1, 3)):
            items.append((name, "", period, money(pick(rng, [low, high]))))
    else:
        for name, developer, period, low, high in rng.sample(APPS, rng.randrange(1, 4)):
            items.append((name, developer, period, money(pick(rng, [low, high]))))
    lines = [Line(f"{name} ({period})" if layout == "store" else name, None, None, price) for name, _dev, period, price in items]
    gross = sum((ln.amount for ln in lines), Decimal("0.00"))
    inclusive = country != "US"
    if inclusive:
        rate = Decimal(20 if country == "GB" else 10)
        tax = included_tax(gross, rate)
        total = gross
        net = gross - tax if layout in ("store", "software") else None
        lines_sum_to = "total"
    else:
        rate = Decimal(pick(rng, US_TAX))
        net = gross
        tax = money(gross * rate / 100)
        total = net + tax
        lines_sum_to = "net"
    order_id = _order_id(rng) if layout == "store" else \
        f"GPA.{rng.randrange(3300, 3399)}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}-{rng.randrange(10000, 99999)}" if layout == "play" \
        else f"{rng.randrange(10**9, 10**10)}"
    document_no = f"{rng.randrange(10**11, 10**12)}" if layout == "store" else None
    number = document_no or order_id
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=vendor, customer=None,
              invoice_ids=[number], document_date=day, total=total, net=net, tax=tax, lines=lines, lines_sum_to=lines_sum_to)

    theme = Theme.pick(rng, font="Helvetica", size=(8.5, 10.0), table="minimal")
    css = theme.css(".cap{font-size:6.5pt;color:#888;text-transform:uppercase} .hero{font-size:22pt;font-weight:bold}"
                    " .icon{background:#dde3ea;width:26pt;height:26pt} .line td{border-bottom:0.5pt solid #ddd;padding:5pt 3pt}")
    width, height = LETTER if country == "US" else A4
    money_ = fmt.money
    tax_word = {"US": "Tax", "GB": "VAT", "AU": "GST"}[country]
    renew = [when.date() + timedelta(days=30 if period == "Monthly" else 365) for _n, _d, period, _p in items]
    legal_line = f"{esc(vendor.name)}, {esc(', '.join(vendor.address))}" + (f" · {'ABN' if country == 'AU' else 'VAT No.'} {esc(vendor.tax_id)}" if vendor.tax_id else "")
    billed_block = f"{esc(card)}<br/>{esc(subscriber)}<br/>{lines_html(sub_address)}"
    if layout == "store":
        grid = ("<table style='width:100%;margin-top:8pt' class='small'><tr>"
                f"<td style='width:30%'><p class='cap'>Account</p><p>{esc(email)}</p><p class='cap'>Date</p><p>{fmt.date(day)}</p></td>"
                f"<td style='width:35%'><p class='cap'>Billed to</p><p>{billed_block}</p></td>"
                f"<td style='width:35%'><p class='cap'>Order ID</p><p>{esc(order_id)}</p><p class='cap'>Document No.</p><p>{esc(document_no)}</p></td>"
                "</tr></table>")
        rows = "".join(f"<tr class='line'><td style='width:8%'><div class='icon'>&#160;</div></td><td style='width:67%'><b>{esc(ln.description.split(' (')[0])}</b>"
                       f"<br/><span class='small'>{esc(ln.description)}</span><br/><span class='small muted'>{esc(dev)}</span><br/>"
                       f"<span class='small'>Renews {fmt.date(r)}</span><br/><span class='small accent'>Report a Problem</span></td>"
                       f"<td style='width:25%' class='r'>{money_(ln.amount)}</td></tr>"
                       for ln, (_n, dev, _p, _pr), r in zip(lines, items, renew, strict=True))
        sums = [("Subtotal", money_(net))] + [(f"{tax_word} charged at {rate}%" if inclusive else "Tax", money_(tax))] + [("TOTAL", money_(total))]
        html = (f"<p class='hero'>Receipt</p>{grid}<table style='width:100%;margin-top:10pt'>{rows}</table>"
                "<table style='width:100%;margin-top:6pt'>" + "".join(
                    f"<tr><td style='width:60%'></td><td style='width:22%' class='{'b' if k == 'TOTAL' else ''}'>{k}</td>"
                    f"<td style='width:18%' class='r {'b' if k == 'TOTAL' else ''}'>{v}</td></tr>" for k, v in sums) + "</table>"
                f"<p class='small' style='margin-top:14pt'>Manage subscriptions · Privacy Policy · Terms of Sale. Subscriptions renew automatically "
                f"unless cancelled at least 24 hours before the end of the current period.</p>"
                f"<p class='tiny muted' style='margin-top:10pt'>{legal_line}</p>")
    elif layout == "play":
        stamp = when.strftime("%I:%M:%S %p")
        rows = "".join(f"<tr class='line'><td style='width:72%'>{esc(ln.description)} ({esc(dev)})<br/><span class='small muted'>Auto-renewing subscription"
                       f" · {period.lower()}</span></td><td style='width:28%' class='r'>{money_(ln.amount)}/{'month' if period == 'Monthly' else 'year'}</td></tr>"
                       for ln, (_n, dev, period, _pr) in zip(lines, items, strict=True))
        if inclusive:
            sums = f"<p class='b'>Total: {money_(total)} (includes {tax_word} of {money_(tax)})</p>"
        else:
            sums = f"<p>Subtotal: {money_(net)}</p><p>Tax: {money_(tax)}</p><p class='b'>Total: {money_(total)}</p>"
        html = (f"<p class='big b accent'>Gallery Play</p><p style='margin-top:8pt'>Thank you. You've made a purchase from the Play Store. "
                f"You're subscribed, and will be charged automatically until you cancel.</p>"
                f"<p class='small'>Order number: {esc(order_id)}<br/>Order date: {fmt.date(day, 'mon_d_y')} {stamp} {'GMT' if country == 'GB' else 'PST' if country == 'US' else 'AEST'}"
                f"<br/>Your account: {esc(email)}</p><table style='width:100%;margin-top:6pt'><tr><td class='b' style='width:72%'>Item</td>"
                f"<td class='b r' style='width:28%'>Price</td></tr>{rows}</table>{sums}"
                f"<p class='small'>Payment method: {esc(card.replace(' •••• ', '-'))}</p>"
                f"<p class='small'>Billed to: {esc(subscriber)}, {esc(', '.join(sub_address))}</p>"
                f"<p class='small'>Next payment: {fmt.date(renew[0], 'mon_d_y')}. You can cancel any time in your subscriptions.</p>"
                f"<p class='tiny muted' style='margin-top:12pt'>Sold by {legal_line}. The developer of each app is shown beside it.</p>")
    else:
        start = day
        rows = "".join(f"<tr class='line'><td style='width:46%'>{esc(ln.description)}</td><td style='width:34%'>{fmt.date(start)} - "
                       f"{fmt.date(r - timedelta(days=1))}</td><td style='width:20%' class='r'>{money_(ln.amount)}</td></tr>"
                       for ln, r in zip(lines, renew, strict=True))
        sums = [("Subtotal", money_(net if net is not None else gross)), (f"{tax_word} ({rate}%)" + (" included" if inclusive else ""), money_(tax)),
                ("Total charged", money_(total))]
        html = (f"<table style='width:100%'><tr><td style='width:60%'><p class='big b'>Windrose Store</p></td><td style='width:40%' class='r'>"
                f"<p class='b' style='font-size:13pt'>Order receipt</p></td></tr></table>"
                f"<p style='margin-top:6pt'>Thanks for your order, {esc(subscriber.split()[0])}.</p>"
                f"<table class='kv small'><tr><td class='b' style='width:100pt'>Order number</td><td style='width:200pt'>{esc(order_id)}</td></tr>"
                f"<tr><td class='b'>Order date</td><td>{fmt.date(day)}</td></tr><tr><td class='b'>Billed to</td><td>{esc(subscriber)} ({esc(email)})</td></tr>"
                f"<tr><td class='b'>Payment</td><td>{esc(card)}</td></tr></table>"
                "<table style='width:100%;margin-top:8pt'><tr><td class='b' style='width:46%'>Product</td><td class='b' style='width:34%'>Billing period</td>"
                f"<td class='b r' style='width:20%'>Price</td></tr>{rows}</table>"
                "<table style='width:100%;margin-top:6pt'>" + "".join(
                    f"<tr><td style='width:55%'></td><td style='width:27%'>{k}</td><td style='width:18%' class='r'>{v}</td></tr>" for k, v in sums) + "</table>"
                f"<p class='small'>Your subscription will renew on {fmt.date(renew[0])} at the then-current price unless you turn off recurring billing.</p>"
                f"<p class='tiny muted' style='margin-top:12pt'>{legal_line}</p>")
    sheet = paged_sheet(width, height, css, (54, 40, 54, 30), [0], lambda _c, _i, _l: html)
    return Built(doc=doc, sheet=sheet, template=f"subscription_{layout}",
                 notes={"order_id": order_id, "card": card, "renews": [d.isoformat() for d in renew]})
