"""Invoice for an order placed on an online marketplace, issued for a third-party seller.

Printed three ways: the marketplace's invoice PDF (Amazon-like: invoice number and date beside the
order number, order date and payment reference, billing / delivery / "Sold by" columns), the order
page of an auction marketplace printed from the browser (eBay-like: seller user name and feedback,
business seller information with its VAT number, URL and print date), and a fashion platform's partner
invoice (Zalando-like: "sold and shipped by our partner", return slip with a return code). Per line:
product id (ASIN / item number / article number), quantity, unit price excl. VAT, VAT rate, unit price
incl. VAT, subtotal incl. VAT; shipping, gift wrap and shipping promotion lines; VAT summary per rate,
total excl. / incl. VAT. The marketplace operator's own name, address and VAT number (LU..., the
platform's legal entity) are printed too: decoys for the vendor, who is the seller.

Truth: vendor = the seller with its VAT number; customer = the billing name and address (the delivery
address is not the customer's address); line quantity x unit price incl. VAT = line amount incl. VAT,
so the lines add up to the total; tax = the VAT summary's total, net = total excl. VAT.
"""

from __future__ import annotations

import random
import string
from datetime import datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc, lines_html, rate
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, address, make_company, person_name
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._third import included_tax

FAMILY = "marketplace_invoice"
DOCUMENT_TYPE = "invoice"

STD = {"GB": Decimal(20), "DE": Decimal(19), "FR": Decimal(20)}
RED = {"GB": Decimal(0), "DE": Decimal(7), "FR": Decimal("5.5")}
PRODUCTS = {
    "en": [("Wireless Bluetooth Headphones, Over-Ear, 40h Battery", 29.99, 89.99, False), ("USB-C Charger 65W GaN, 3 Ports", 19.99, 45.99, False),
           ("Stainless Steel Water Bottle 750ml", 9.99, 24.99, False), ("LED Desk Lamp with Wireless Charging", 24.99, 59.99, False),
           ("Paperback: The Practical Bookkeeper (2nd Edition)", 8.99, 24.99, True), ("Children's Picture Book - Hardcover", 5.99, 14.99, True),
           ("Ergonomic Mouse, Vertical, Rechargeable", 17.99, 39.99, False), ("Cast Iron Skillet 26 cm", 19.99, 49.99, False),
           ("Yoga Mat Non-Slip 6mm", 14.99, 34.99, False), ("HDMI 2.1 Cable 2m (2-Pack)", 7.99, 16.99, False)],
    "de": [("Bluetooth Kopfhörer Over-Ear, 40 Std. Akku", 29.99, 89.99, False), ("USB-C Ladegerät 65W GaN, 3 Anschlüsse", 19.99, 45.99, False),
           ("Edelstahl Trinkflasche 750 ml", 9.99, 24.99, False), ("LED Schreibtischlampe mit Ladefunktion", 24.99, 59.99, False),
           ("Taschenbuch: Buchhaltung für Einsteiger", 9.99, 24.99, True), ("Kinderbuch - Gebundene Ausgabe", 6.99, 16.99, True),
           ("Ergonomische Maus, vertikal", 17.99, 39.99, False), ("Gusseisenpfanne 26 cm", 19.99, 49.99, False),
           ("Yogamatte rutschfest 6 mm", 14.99, 34.99, False), ("HDMI 2.1 Kabel 2 m (2er-Pack)", 7.99, 16.99, False)],
    "fr": [("Casque Bluetooth circum-auriculaire, autonomie 40 h", 29.99, 89.99, False), ("Chargeur USB-C 65 W GaN, 3 ports", 19.99, 45.99, False),
           ("Gourde en acier inoxydable 750 ml", 9.99, 24.99, False), ("Lampe de bureau LED avec recharge sans fil", 24.99, 59.99, False),
           ("Livre broché : La comptabilité pour les nuls", 9.99, 24.99, True), ("Album jeunesse - relié", 6.99, 16.99, True),
           ("Souris ergonomique verticale", 17.99, 39.99, False), ("Poêle en fonte 26 cm", 19.99, 49.99, False),
           ("Tapis de yoga antidérapant 6 mm", 14.99, 34.99, False), ("Câble HDMI 2.1 2 m (lot de 2)", 7.99, 16.99, False)],
}
W = {
    "en": {"title": "Invoice", "inv_no": "Invoice number", "inv_date": "Invoice date", "order": "Order number", "order_date": "Order date",
           "payref": "Payment reference number", "bill": "Billing address", "ship": "Delivery address", "sold": "Sold by",
           "vat_no": "VAT #", "desc": "Description", "qty": "Qty", "ex": "Unit price (excl. VAT)", "rate": "VAT rate",
           "inc": "Unit price (incl. VAT)", "sub": "Item subtotal (incl. VAT)", "shipping": "Shipping charges", "wrap": "Gift wrap",
           "promo": "Shipping promotion", "summary": "VAT rate", "sum_ex": "Item subtotal (excl. VAT)", "sum_vat": "VAT",
           "tot_ex": "Total excl. VAT", "tot_vat": "Total VAT", "total": "Total", "operated": "This marketplace is operated by",
           "partner": "Sold and shipped by our partner", "return": "Return slip", "return_code": "Return code",
           "paid": "Paid by Visa ending in {d}. Thank you for your order.", "seller_info": "Business seller information",
           "tax_point": "Invoice/Delivery date", "order_details": "Order details", "printed": "Printed", "feedback": "feedback"},
    "de": {"title": "Rechnung", "inv_no": "Rechnungsnummer", "inv_date": "Rechnungsdatum", "order": "Bestellnummer", "order_date": "Bestelldatum",
           "payref": "Zahlungsreferenznummer", "bill": "Rechnungsadresse", "ship": "Lieferadresse", "sold": "Verkauft von",
           "vat_no": "USt-IdNr.", "desc": "Beschreibung", "qty": "Menge", "ex": "Stückpreis (ohne USt.)", "rate": "USt. %",
           "inc": "Stückpreis (inkl. USt.)", "sub": "Zwischensumme (inkl. USt.)", "shipping": "Versandkosten", "wrap": "Geschenkverpackung",
           "promo": "Versandrabatt", "summary": "USt. %", "sum_ex": "Zwischensumme (ohne USt.)", "sum_vat": "USt.",
           "tot_ex": "Gesamtpreis (ohne USt.)", "tot_vat": "USt. gesamt", "total": "Gesamtpreis", "operated": "Dieser Marktplatz wird betrieben von",
           "partner": "Verkauf und Versand durch unseren Partner", "return": "Rücksendeschein", "return_code": "Rücksendecode",
           "paid": "Bezahlt mit Visa, Endziffern {d}. Vielen Dank für Ihre Bestellung.", "seller_info": "Angaben zum gewerblichen Verkäufer",
           "tax_point": "Rechnungs-/Lieferdatum", "order_details": "Bestelldetails", "printed": "Gedruckt", "feedback": "Bewertungen"},
    "fr": {"title": "Facture", "inv_no": "Numéro de facture", "inv_date": "Date de facturation", "order": "Numéro de commande",
           "order_date": "Date de la commande", "payref": "Référence de paiement", "bill": "Adresse de facturation", "ship": "Adresse de livraison",
           "sold": "Vendu par", "vat_no": "N° TVA", "desc": "Description", "qty": "Qté", "ex": "Prix unitaire (HT)", "rate": "Taux TVA",
           "inc": "Prix unitaire (TTC)", "sub": "Sous-total (TTC)", "shipping": "Frais de livraison", "wrap": "Emballage cadeau",
           "promo": "Remise livraison", "summary": "Taux TVA", "sum_ex": "Sous-total (HT)", "sum_vat": "TVA",
           "tot_ex": "Total HT", "tot_vat": "Total TVA", "total": "Total TTC", "operated": "Cette place de marché est exploitée par",
           "partner": "Vendu et expédié par notre partenaire", "return": "Bon de retour", "return_code": "Code de retour",
           "paid": "Payé par Visa se terminant par {d}. Merci pour votre commande.", "seller_info": "Informations sur le vendeur professionnel",
           "tax_point": "Date de facture/livraison", "order_details": "Détails de la commande", "printed": "Imprimé le", "feedback": "évaluations"},
}
OPERATORS = [("Marketstall EU S.à r.l.", ["38 avenue John F. Kennedy", "L-1855 Luxembourg"], "LU 26375245"),
             ("Bazaario Europe S.à r.l.", ["5 Rue Plaetis", "L-2338 Luxembourg"], "LU 20944528"),
             ("Shopvista Marketplace SE", ["Valeska-Gert-Straße 5", "10243 Berlin"], "DE 260543043")]
AUCTION = ("BidNest Europe GmbH", ["Albert-Einstein-Ring 2-6", "14532 Kleinmachnow"], "DE 812354912")


def build(rng: random.Random) -> Built:
    country = pick(rng, ["GB", "DE", "DE", "FR"])
    lang = {"GB": "en", "DE": "de", "FR": "fr"}[country]
    w = W[lang]
    fmt = Fmt.pick(rng, country)
    if country == "FR":
        fmt.date_pattern = pick(rng, ["dmy_slash", "d_month_y"])
    seller = make_company(rng, country)
    business = chance(rng, 0.3)
    buyer = make_company(rng, country) if business else None
    name = buyer.name if buyer else person_name(rng, country)
    customer = Party(name=name, address=buyer.address if buyer else address(rng, country), country=country)
    ship_elsewhere = chance(rng, 0.4)
    delivery = address(rng, country) if ship_elsewhere else customer.address
    layout = pick(rng, ["marketplace", "auction", "fashion"])
    std, red = STD[country], RED[country]

    order_day = random_date(rng)
    invoice_day = order_day + timedelta(days=pick(rng, [0, 1, 1, 2, 3]))
    lines: list[Line] = []
    rates: list[Decimal] = []
    ids: list[str] = []
    for desc, low, high, reduced in rng.sample(PRODUCTS[lang], rng.randrange(1, 5)):
        price = Decimal(f"{rng.randrange(int(low), int(high))}.{pick(rng, ['99', '99', '49', '95', '00'])}")
        qty = Decimal(pick(rng, [1, 1, 1, 1, 2, 2, 3]))
        lines.append(Line(desc, qty, price, qty * price))
        rates.append(red if reduced else std)
        ids.append("B0" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8)))
    shipping = money(pick(rng, ["2.99", "3.99", "4.49", "4.99", "5.90", "6.99"]))
    if chance(rng, 0.7):
        lines.append(Line(w["shipping"], None, None, shipping))
        rates.append(std)
        ids.append("")
        if chance(rng, 0.35):
            lines.append(Line(w["promo"], None, None, -shipping))
            rates.append(std)
            ids.append("")
    if chance(rng, 0.2):
        wrap = money(pick(rng, ["2.99", "3.49", "4.99"]))
        lines.append(Line(w["wrap"], None, None, wrap))
        rates.append(std)
        ids.append("")
    vats = [included_tax(ln.amount, r) if ln.amount >= 0 else -included_tax(-ln.amount, r) for ln, r in zip(lines, rates, strict=True)]
    total = sum((ln.amount for ln in lines), Decimal("0.00"))
    tax = sum(vats, Decimal("0.00"))
    net = total - tax
    country_code = country
    number = pick(rng, [f"{country_code}{rng.randrange(1, 9)}{''.join(rng.choice(string.ascii_uppercase) for _ in range(4))}{rng.randrange(10**4, 10**5)}",
                        f"INV-{country_code}-{rng.randrange(10**9, 10**10)}-{invoice_day.year}-{rng.randrange(1000, 9999)}",
                        f"{invoice_day.year}-{rng.randrange(10**6, 10**7)}"])
    order_no = f"{rng.randrange(300, 306)}-{rng.randrange(10**6, 10**7)}-{rng.randrange(10**6, 10**7)}" if layout != "auction" else \
        f"{rng.randrange(10, 28)}-{rng.randrange(10**4, 10**5)}-{rng.randrange(10**4, 10**5)}"
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=seller, customer=customer,
              invoice_ids=[number], document_date=invoice_day, total=total, net=net, tax=tax, lines=lines, lines_sum_to="total")

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Helvetica", "Times"]), size=(7.5, 9.0),
                       table=pick(rng, ["rules", "minimal", "grid"]) if layout != "fashion" else "header_fill")
    css = theme.css(".ttl{font-size:16pt;font-weight:bold} .cap{font-size:6.5pt;color:#666;font-weight:bold} .cell{border:0.6pt solid #999;padding:3pt 5pt}")
    width, height = A4
    num, money_ = fmt.num, fmt.money
    operator = AUCTION if layout == "auction" else pick(rng, OPERATORS)
    payref = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(12))
    card = rng.randrange(1000, 9999)
    sold_block = (f"<p class='cap'>{w['sold']}</p><p><b>{esc(seller.name)}</b><br/>{lines_html(seller.address)}<br/>"
                  f"{w['vat_no']} {esc(seller.tax_id)}</p>")
    bill_block = f"<p class='cap'>{w['bill']}</p><p>{esc(customer.name)}<br/>{lines_html(customer.address)}" + \
        (f"<br/>{w['vat_no']} {esc(buyer.tax_id)}" if buyer and chance(rng, 0.6) else "") + "</p>"
    ship_block = f"<p class='cap'>{w['ship']}</p><p>{esc(customer.name if not ship_elsewhere or chance(rng, 0.5) else person_name(rng, country))}<br/>{lines_html(delivery)}</p>"
    date_label = w["tax_point"] if layout == "marketplace" and chance(rng, 0.5) else w["inv_date"]
    meta = [(w["inv_no"], esc(number)), (date_label, fmt.date(invoice_day)), (w["order"], order_no), (w["order_date"], fmt.date(order_day))]
    if layout == "marketplace":
        meta.append((w["payref"], payref))
    meta_html = "<table class='kv'>" + "".join(f"<tr><td class='b'>{k}</td><td>{v}</td></tr>" for k, v in meta) + "</table>"

    heads = [w["desc"], w["qty"], w["ex"], w["rate"], w["inc"], w["sub"]]
    aligns = ["left", "right", "right", "right", "right", "right"]
    rows = []
    for ln, r, pid in zip(lines, rates, ids, strict=True):
        unit_gross = ln.unit_price if ln.unit_price is not None else ln.amount
        unit_net = unit_gross - (included_tax(unit_gross, r) if unit_gross >= 0 else -included_tax(-unit_gross, r))
        label = esc(ln.description) + (f"<br/><span class='tiny muted'>{'ASIN' if layout == 'marketplace' else 'Art.-Nr.' if lang == 'de' else 'Item no.'}: {pid}</span>" if pid else "")
        rows.append([label, fmt.qty(ln.quantity) if ln.quantity else "", num(unit_net), f"{rate(r)}%", num(unit_gross), num(ln.amount)])
    th = "<tr>" + "".join(f"<th style='text-align:{a}'>{h}</th>" for h, a in zip(heads, aligns, strict=True)) + "</tr>"
    by_rate = {}
    for ln, r, v in zip(lines, rates, vats, strict=True):
        gross, vat_sum = by_rate.get(r, (Decimal("0.00"), Decimal("0.00")))
        by_rate[r] = (gross + ln.amount, vat_sum + v)
    summary = "".join(f"<tr><td>{rate(r)}%</td><td class='r'>{num(g - v)}</td><td class='r'>{num(v)}</td></tr>"
                      for r, (g, v) in sorted(by_rate.items(), reverse=True))
    totals = (f"<table style='width:100%;margin-top:8pt'><tr><td style='width:50%'><table class='items' style='width:100%'>"
              f"<tr><th>{w['summary']}</th><th class='r'>{w['sum_ex']}</th><th class='r'>{w['sum_vat']}</th></tr>{summary}</table></td>"
              f"<td style='width:50%'><table style='width:100%'><tr><td style='width:60%'>{w['tot_ex']}</td><td class='r' style='width:40%'>{money_(net)}</td></tr>"
              f"<tr><td>{w['tot_vat']}</td><td class='r'>{money_(tax)}</td></tr>"
              f"<tr class='grand'><td>{w['total']}</td><td class='r'>{money_(total)}</td></tr></table></td></tr></table>"
              f"<p class='small' style='margin-top:6pt'>{w['paid'].format(d=card)}</p>")
    operator_text = (f"<p class='tiny muted'>{w['operated']} {esc(operator[0])}, {esc(', '.join(operator[1]))}. "
                     f"{w['vat_no']} {operator[2]}. {w['sold']} {esc(seller.name)}, {w['vat_no']} {esc(seller.tax_id)}.</p>")

    if layout == "marketplace":
        head = (f"<table style='width:100%'><tr><td style='width:55%'><p class='big b accent'>{esc(operator[0].split()[0].lower())}</p>"
                f"<p class='ttl'>{w['title']}</p><p class='small'>{w['sold']} {esc(seller.name)}</p></td>"
                f"<td style='width:45%'>{meta_html}</td></tr></table>"
                f"<table style='width:100%;margin-top:8pt'><tr><td style='width:33%' class='cell'>{bill_block}</td>"
                f"<td style='width:33%' class='cell'>{ship_block}</td><td style='width:34%' class='cell'>{sold_block}</td></tr></table>")
        tail = operator_text
    elif layout == "auction":
        user = seller.name.split()[0].lower() + pick(rng, ["_shop", "-direct", "24", "_outlet"])
        head = (f"<p class='big b accent'>{esc(operator[0].split()[0])}</p><p class='ttl'>{w['order_details']}</p>"
                f"<table style='width:100%'><tr><td style='width:50%'>{meta_html}</td><td style='width:50%'>"
                f"<p>{w['sold']}: <b>{esc(user)}</b> ({rng.randrange(120, 99999)} {w['feedback']}, {rng.randrange(970, 1000) / 10}%)</p></td></tr></table>"
                f"<table style='width:100%;margin-top:6pt'><tr><td style='width:50%'>{bill_block}</td><td style='width:50%'>{ship_block}</td></tr></table>")
        tail = f"<div class='cell' style='margin-top:8pt'><p class='b'>{w['seller_info']}</p>{sold_block}</div>" + operator_text
    else:
        head = (f"<table style='width:100%'><tr><td style='width:50%'><p class='ttl accent'>{esc(operator[0].split()[0].upper())}</p>"
                f"<p class='small'>{w['partner']}:</p>{sold_block}</td><td style='width:50%'><p class='big b'>{w['title']}</p>{meta_html}</td>"
                f"</tr></table><table style='width:100%;margin-top:6pt'><tr><td style='width:50%'>{bill_block}</td><td style='width:50%'>{ship_block}</td></tr></table>")
        code = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(10))
        tail = (operator_text + f"<div style='margin-top:14pt;border-top:1pt dashed #000;padding-top:6pt'><p class='b'>{w['return']}</p>"
                f"<p class='small'>{w['order']} {order_no} · {w['return_code']} <b>{code}</b></p></div>")

    def body(chunk, index, is_last):
        top = head if index == 0 else f"<p class='b'>{w['title']} {esc(number)}</p>"
        table = f"<table class='items'>{th}" + "".join(
            "<tr>" + "".join(f"<td style='text-align:{a}'>{c}</td>" for c, a in zip(r, aligns, strict=True)) + "</tr>" for r in chunk) + "</table>"
        return top + table + (totals + tail if is_last else "")

    if layout == "auction":
        printed = datetime(invoice_day.year, invoice_day.month, invoice_day.day, rng.randrange(8, 22), rng.randrange(60)) + timedelta(days=rng.randrange(0, 20))
        url = f"https://www.{operator[0].split()[0].lower()}.example/mye/purchases/order?orderId={order_no}"
        sheet = paged_sheet(width, height, css, (30, 14, 30, 14), rows, body, header_height_first=14,
                            header=lambda _i: f"<p class='tiny'>{printed.strftime('%d/%m/%Y, %H:%M')} &nbsp; {w['order_details']}</p>",
                            footer=lambda n, c: f"<table class='tiny' style='width:100%'><tr><td style='width:85%'>{url}</td><td class='r' style='width:15%'>{n}/{c}</td></tr></table>",
                            footer_height=12)
    else:
        sheet = paged_sheet(width, height, css, (40, 34, 40, 26), rows, body,
                            footer=lambda n, c: f"<p class='tiny r muted'>{n} / {c}</p>", footer_height=12)
    return Built(doc=doc, sheet=sheet, template=f"mp_{layout}_{lang}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"order_number": order_no, "operator": operator[0], "ships_elsewhere": ship_elsewhere})
