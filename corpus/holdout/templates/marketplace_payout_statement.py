"""Online marketplaces' and payment processors' payouts to their sellers (invented services: Vendora, Makerly, Shopwell
Payments), US, GB, DE and CA, USD, GBP, EUR and CAD, 2023-2025: the settlement report, the deposit e-mail and the payout page.

Three prints. `mp_settlement_report` (a marketplace's settlement report, in German for German sellers: the marketplace's
legal entity with its address, "Settlement Report" / "Abrechnungsbericht", Seller / Verkäufer with the merchant token and,
sometimes, the seller's address, Settlement period / Abrechnungszeitraum (two decoy dates), Settlement ID /
Abrechnungs-ID, Deposit date / Überweisungsdatum, the masked bank account; a summary — Product sales, Shipping credits,
Promotional rebates, Selling fees, Fulfilment fees, Refunds, Net proceeds — then a transaction view Date / Order ID
(`114-3941689-8772232`) / Type (Order, Refund) / SKU / Qty / Product sales / Shipping / Promo / Selling fees / Fulfilment
fees / Total, 3 to 40 rows over pages), `mp_deposit_email` (a handmade-goods marketplace's e-mail "Your deposit of $1,234.56
is on its way": From / To / Date / Subject, "Hi Olivia,", the shop's name, Deposit ID, the bank account's last digits, the
orders in the deposit — Order #3123456789, date, sale, fees & taxes, net —, refunds as negative rows, the company's postal
address in the footer), `mp_payout_detail` (a payment processor's payout page printed from the browser: URL and print date,
Payout ID, Status Paid, Payout date, Bank reference (decoy), bank account; summary Charges / Refunds / Adjustments / Fees /
Net; transactions Date / Type (Charge, Refund, Chargeback) / Order (#1043) / Amount / Fee / Net).

Truth: a `remittance_advice`; vendor = the seller paid (the legal name, or the shop's name where only that is printed; its
address where printed; vendor id = the merchant token), customer = the marketplace's or processor's legal entity with its
address (the brand alone is none); payment reference = the Settlement ID / Deposit ID / Payout ID (the bank reference and
the bank account are decoys); payment date = the deposit / payout date; document date = the report's or the e-mail's date;
invoice ids = the order numbers in print order (each order appears once; SKUs, the settlement period and the buyer are
decoys); allocations = each order's net (sales and credits less the marketplace's fees; a refund or chargeback negative);
total = payment amount = the net payout.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import FIRST_NAMES, Party, make_company
from corpus.holdout.fakes_twentieth import (
    MARKETPLACES,
    SHOP_PRODUCTS,
    makerly_order,
    merchant_token,
    shop_name,
    vendora_order,
)
from corpus.holdout.money import MONTHS, money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._fifteenth import beside, paged, pts, rows_html
from corpus.holdout.templates._sixteenth import kv_rows
from corpus.holdout.templates._twentieth import amount, cells_table

FAMILY = "marketplace_payout_statement"
D = Decimal
CURRENCY = {"US": "USD", "CA": "CAD", "GB": "GBP", "DE": "EUR"}


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["mp_settlement_report", "mp_settlement_report", "mp_deposit_email", "mp_payout_detail"])
    country = pick(rng, ["US", "US", "GB", "DE", "CA"] if layout != "mp_deposit_email" else ["US", "US", "GB", "CA"])
    paid = random_date(rng, date(2023, 1, 16), 1010)
    return {"mp_settlement_report": _settlement, "mp_deposit_email": _deposit, "mp_payout_detail": _payout}[layout](rng, country, paid)


def _money(country: str, value: D) -> str:
    if country == "DE":
        return f"{amount(value, '.', ',')} €"
    sym = {"US": "$", "CA": "$", "GB": "£"}[country]
    return f"-{sym}{amount(-value)}" if value < 0 else f"{sym}{amount(value)}"


def _num(country: str, value: D) -> str:
    return amount(value, ".", ",") if country == "DE" else amount(value)


def _marketplace(brand: str, country: str) -> Party:
    name, lines = MARKETPLACES[brand][country]
    return Party(name=name, address=list(lines), country=country)


def _orders(rng: random.Random, count: int, start: date, end: date, make_id, *, refunds: float, fba: bool, lang: str) -> list[dict]:
    """Order and refund rows: each with its own order number, product sales, shipping, promotion, fees and net."""
    products = SHOP_PRODUCTS[lang]
    rows, seen = [], set()
    span = max(1, (end - start).days)
    for _ in range(count):
        oid = make_id(rng)
        while oid in seen:
            oid = make_id(rng)
        seen.add(oid)
        desc, low, high = pick(rng, products)
        qty = D(pick(rng, [1, 1, 1, 1, 2, 2, 3]))
        price = money(rng.uniform(low, high))
        sales = money(qty * price)
        shipping = money(pick(rng, [0, 0, 3.99, 4.49, 5.99, 7.5])) if chance(rng, 0.5) else D("0.00")
        promo = -money(sales * D(pick(rng, ["0.1", "0.15", "0.2"]))) if chance(rng, 0.15) else D("0.00")
        selling = -money((sales + shipping + promo) * D(pick(rng, ["0.15", "0.15", "0.08", "0.12"])))
        fulfil = -money(qty * D(pick(rng, ["3.22", "3.86", "4.75", "5.40", "2.95"]))) if fba else D("0.00")
        kind = "Order"
        if rows and chance(rng, refunds):
            kind = "Refund"
            sales, shipping, promo = -sales, -shipping, -promo
            selling = money(-selling * D("0.8"))
            fulfil = D("0.00")
        when = start + timedelta(days=rng.randrange(span + 1))
        rows.append({"id": oid, "kind": kind, "desc": desc, "qty": qty, "sales": sales, "shipping": shipping, "promo": promo, "selling": selling,
                     "fulfil": fulfil, "net": sales + shipping + promo + selling + fulfil, "date": when,
                     "sku": f"{desc.split()[0][:3].upper()}-{rng.randrange(100, 9999)}-{pick(rng, ['S', 'M', 'L', 'BLK', 'NAT', 'WHT', 'X'])}"})
    rows.sort(key=lambda x: (x["date"], x["id"]))
    if sum((x["net"] for x in rows), D("0.00")) <= 0:
        for x in rows:
            if x["kind"] == "Refund":
                x["kind"] = "Order"
                for key in ("sales", "shipping", "promo"):
                    x[key] = -x[key]
                x["selling"] = -money(x["selling"] / D("0.8"))
                x["net"] = x["sales"] + x["shipping"] + x["promo"] + x["selling"] + x["fulfil"]
    return rows


def _doc(country: str, seller: Party, payer: Party, rows: list[dict], reference: str, paid: date, issued: date, *, seller_address: bool,
         payer_address: bool, vendor_id: str | None) -> Doc:
    total = sum((x["net"] for x in rows), D("0.00"))
    return Doc(document_type="remittance_advice", locale=country, currency=CURRENCY[country], vendor=seller, customer=payer,
               invoice_ids=[x["id"] for x in rows], document_date=issued, total=total, payment_reference=reference, payment_date=paid,
               allocations=[(x["id"], x["net"]) for x in rows], vendor_address_printed=seller_address, customer_address_printed=payer_address,
               vendor_id=vendor_id)


def _date(country: str, style: str, d: date) -> str:
    if country == "DE":
        return d.strftime("%d.%m.%Y")
    if style == "long":
        return f"{MONTHS['en'][d.month - 1][:3]} {d.day}, {d.year}" if country in ("US", "CA") else f"{d.day} {MONTHS['en'][d.month - 1][:3]} {d.year}"
    return d.strftime("%m/%d/%Y") if country == "US" else (d.isoformat() if country == "CA" else d.strftime("%d/%m/%Y"))


def _settlement(rng: random.Random, country: str, paid: date) -> Built:
    de = country == "DE"
    payer = _marketplace("Vendora", country)
    seller = make_company(rng, country, with_tax=False)
    end = paid - timedelta(days=pick(rng, [0, 1, 2]))
    start = end - timedelta(days=13)
    fba = chance(rng, 0.6)
    count = pick(rng, [3, 5, 8, 12, 16, 24, 32, 40])
    rows = _orders(rng, count, start, end, vendora_order, refunds=0.1, fba=fba, lang="de" if de else "en")
    settlement = f"{rng.randrange(10**10, 10**11)}"
    token = merchant_token(rng)
    seller_address = chance(rng, 0.6)
    issued = paid
    doc = _doc(country, seller, payer, rows, settlement, paid, issued, seller_address=seller_address, payer_address=True, vendor_id=token)
    style = pick(rng, ["short", "long"])

    def d(x: date) -> str:
        return _date(country, style, x)

    def m(value: D) -> str:
        return _money(country, value)

    def n(value: D) -> str:
        return _num(country, value)

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(6.6, 7.4), table=pick(rng, ["zebra", "rules", "minimal", "grid"]))
    css = theme.css(".t{font-size:14pt;font-weight:bold} .tiny{font-size:6pt;color:#555} .box{border:0.8pt solid #999;padding:5pt}")
    width, height = (LETTER if country == "US" else A4)
    W = width - 60
    L = {"title": "Abrechnungsbericht" if de else "Settlement Report", "seller": "Verkäufer" if de else "Seller",
         "token": "Händler-Token" if de else "Merchant token", "period": "Abrechnungszeitraum" if de else "Settlement period",
         "id": "Abrechnungs-ID" if de else "Settlement ID", "deposit": "Überweisungsdatum" if de else "Deposit date",
         "account": "Bankkonto" if de else "Bank account", "ending": "endend auf" if de else "ending in"}
    masked = f"{rng.randrange(1000, 9999)}"
    header = (f"<p class='t' style='color:{theme.accent}'>vendora</p><p class='small'>{esc(payer.name)} · {esc(', '.join(payer.address))}</p>"
              f"<p class='t' style='margin-top:6pt'>{L['title']}</p>")
    seller_html = f"<p class='b'>{L['seller']}: {esc(seller.name)}</p>" + ("".join(f"<p>{esc(x)}</p>" for x in seller.address) if seller_address else "")
    meta = [(L["token"], token), (L["period"], f"{d(start)} – {d(end)}"), (L["id"], f"<b>{settlement}</b>"), (L["deposit"], d(paid)),
            (L["account"], f"{L['ending']} {masked}")]
    orders = [x for x in rows if x["kind"] == "Order"]
    refunds = [x for x in rows if x["kind"] == "Refund"]

    def s(key: str, pool: list[dict]) -> D:
        return sum((x[key] for x in pool), D("0.00"))
    summary = [("Umsätze" if de else "Product sales", m(s("sales", orders))), ("Versandgutschriften" if de else "Shipping credits", m(s("shipping", orders)))]
    if s("promo", orders):
        summary.append(("Aktionsrabatte" if de else "Promotional rebates", m(s("promo", orders))))
    summary.append(("Verkaufsgebühren" if de else "Selling fees", m(s("selling", orders))))
    if fba:
        summary.append(("Versand durch Vendora – Gebühren" if de else "Fulfilment fees", m(s("fulfil", orders))))
    if refunds:
        summary.append(("Erstattungen" if de else "Refunds", m(sum((x["net"] for x in refunds), D("0.00")))))
    summary.append(("Nettoerlöse" if de else "Net proceeds", m(doc.total)))
    transfer = (f"<p style='margin-top:4pt'>{'Überweisung auf Ihr Bankkonto endend auf' if de else 'Transfer to bank account ending in'} {masked}: "
                f"<b>{m(doc.total)}</b></p>")
    first = (header + beside(f"<div class='box'>{seller_html}</div>", kv_rows(meta, (100, 160)), (W - 270, 262))
             + f"<div style='margin-top:6pt'>{beside(rows_html(summary, widths=(160, 90)), transfer, (260, W - 268))}</div>"
             + f"<p class='b' style='margin-top:8pt'>{'Transaktionen' if de else 'Transactions'}</p>")
    head = (["Datum", "Bestellnummer", "Typ", "SKU", "Menge", "Umsätze", "Versand", "Rabatte", "Verkaufsgeb.", "Versandgeb.", "Gesamt"] if de else
            ["Date", "Order ID", "Type", "SKU", "Qty", "Product sales", "Shipping", "Promo", "Selling fees", "Fulfilment", "Total"])
    cols = pts(W, 0.08, 0.15, 0.065, 0.115, 0.04, 0.09, 0.075, 0.075, 0.09, 0.09, 0.09)
    numeric = set(range(4, 11))
    kinds = {"Order": "Bestellung" if de else "Order", "Refund": "Erstattung" if de else "Refund"}

    def table(chunk) -> str:
        cells = [[x["date"].strftime("%d.%m.%y" if de else ("%m/%d/%y" if country == "US" else "%d/%m/%y")), x["id"], kinds[x["kind"]], x["sku"],
                  str(x["qty"]), n(x["sales"]), n(x["shipping"]), n(x["promo"]), n(x["selling"]), n(x["fulfil"]), f"<b>{n(x['net'])}</b>"] for x in chunk]
        return cells_table(head, cols, numeric, cells)

    closing = (f"<p style='margin-top:6pt' class='b'>{'Summe' if de else 'Total'}: {m(doc.total)}</p>"
               + f"<p class='tiny' style='margin-top:6pt'>{'Gebühren enthalten ggf. USt. Rechnungen über Verkaufsgebühren finden Sie im Verkäuferportal.' if de else 'Fees include VAT / sales tax where applicable. Fee invoices are available in Seller Central under Reports.'}</p>")
    cont = f"<p class='b'>{L['title']} · {L['id']} {settlement} ({'Fortsetzung' if de else 'continued'})</p>"
    sheet = paged(width, height, css, (30.0, 30.0, 30.0, 28.0), rows,
                  lambda chunk, page, last: (first if page == 0 else cont) + table(chunk) + (closing if last else ""),
                  footer=lambda p, c: f"<p class='tiny' style='text-align:right'>{'Seite' if de else 'Page'} {p} / {c}</p>", footer_height=12.0)
    return Built(doc=doc, sheet=sheet, template="mp_settlement_report", png_scan_ok=len(sheet.pages) == 1,
                 notes={"skus": [x["sku"] for x in rows], "period": [start.isoformat(), end.isoformat()], "masked": masked, "refunds": len(refunds), "fba": fba})


def _deposit(rng: random.Random, country: str, paid: date) -> Built:
    payer = _marketplace("Makerly", country)
    shop = Party(name=shop_name(rng), address=[], country=country)
    owner = pick(rng, FIRST_NAMES["en"])
    count = pick(rng, [1, 2, 3, 4, 6, 9, 14])
    start = paid - timedelta(days=pick(rng, [7, 7, 14, 30]))
    rows = _orders(rng, count, start, paid - timedelta(days=1), makerly_order, refunds=0.08, fba=False, lang="en")
    for x in rows:  # the marketplace's transaction and processing fees, as one "fees & taxes" figure
        x["fees"] = x["selling"] + x["promo"]
        x["sale"] = x["sales"] + x["shipping"]
    deposit_id = f"{rng.randrange(10**8, 10**9)}"
    doc = _doc(country, shop, payer, rows, deposit_id, paid, paid, seller_address=False, payer_address=True, vendor_id=None)
    sent = datetime(paid.year, paid.month, paid.day, rng.randrange(5, 12), rng.randrange(60))
    masked = f"{rng.randrange(1000, 9999)}"

    def m(value: D) -> str:
        return _money(country, value)

    style = pick(rng, ["short", "long"])
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times"]), size=(8.0, 9.0), table=pick(rng, ["rules", "minimal", "zebra"]))
    css = theme.css(".t{font-size:15pt;font-weight:bold} .tiny{font-size:6.5pt;color:#666} .hdr td{padding:0 4pt 0 0}")
    width, height = (LETTER if country == "US" else A4)
    W = width - 90
    mail_date = f"{sent.strftime('%a')}, {_date(country, 'long', paid)} at {sent.strftime('%I:%M %p').lstrip('0')}"
    header = kv_rows([("From:", "Makerly &lt;transaction@makerly.example&gt;"), ("To:", f"{owner.lower()}@{shop.name.split()[0].lower()}studio.example"),
                      ("Date:", mail_date), ("Subject:", f"Your deposit of {m(doc.total)} is on its way")], (60, W - 60))
    first = (f"<div style='border-bottom:1pt solid #999;padding-bottom:4pt;margin-bottom:10pt'>{header}</div>"
             f"<p class='t' style='color:{theme.accent}'>Makerly</p>"
             f"<p style='margin-top:6pt'>Hi {esc(owner)},</p>"
             f"<p style='margin-top:4pt'>We've sent a deposit of <b>{m(doc.total)}</b> from your Makerly Payments account for <b>{esc(shop.name)}</b> to your bank account "
             f"ending in {masked} on {_date(country, style, paid)}. Depending on your bank, it can take 1-3 business days to appear.</p>"
             f"<p style='margin-top:4pt'>Deposit ID: <b>{deposit_id}</b></p>"
             f"<p class='b' style='margin-top:8pt'>Orders in this deposit</p>")
    head = ["Order", "Date", "Sale", "Fees &amp; taxes", "Net"]
    cols = pts(W, 0.3, 0.16, 0.18, 0.18, 0.18)
    numeric = {2, 3, 4}

    def table(chunk) -> str:
        cells = [[(f"Refund · Order #{x['id']}" if x["kind"] == "Refund" else f"Order #{x['id']}"), _date(country, "short", x["date"]), m(x["sale"]),
                  m(x["fees"]), f"<b>{m(x['net'])}</b>"] for x in chunk]
        return cells_table(head, cols, numeric, cells)

    closing = (f"<p style='margin-top:6pt'><b>Deposit total: {m(doc.total)}</b></p>"
               "<p style='margin-top:6pt'>You can see every sale, fee and deposit on your Payment account page in Shop Manager.</p>"
               f"<p style='margin-top:8pt'>Thanks,<br/>The Makerly Team</p>"
               f"<p class='tiny' style='margin-top:14pt'>{esc(payer.name)}, {esc(', '.join(payer.address))}. You received this e-mail because you sell on Makerly.</p>")
    sheet = paged(width, height, css, (45.0, 40.0, 45.0, 34.0), rows,
                  lambda chunk, page, last: (first if page == 0 else "") + table(chunk) + (closing if last else ""),
                  footer=lambda p, c: f"<p class='tiny'>{p}/{c}</p>", footer_height=12.0)
    return Built(doc=doc, sheet=sheet, template="mp_deposit_email", png_scan_ok=len(sheet.pages) == 1,
                 notes={"owner": owner, "masked": masked, "refunds": sum(1 for x in rows if x["kind"] == "Refund")})


def _payout(rng: random.Random, country: str, paid: date) -> Built:
    payer = _marketplace("Shopwell Payments", country)
    seller = make_company(rng, country, with_tax=False)
    count = pick(rng, [2, 3, 5, 8, 12, 20, 28])
    start = paid - timedelta(days=pick(rng, [2, 3, 4, 7]))
    seq = rng.randrange(1001, 9000)

    def next_order(r: random.Random) -> str:
        nonlocal seq
        seq += r.randrange(1, 4)
        return str(seq)
    rows = _orders(rng, count, start, paid - timedelta(days=1), next_order, refunds=0.1, fba=False, lang="de" if country == "DE" and chance(rng, 0.5) else "en")
    for x in rows:  # a processor's fee: a percentage and a fixed amount per charge
        x["amount"] = x["sales"] + x["shipping"] + x["promo"]
        fee = money(abs(x["amount"]) * D(pick(rng, ["0.029", "0.024", "0.019"])) + D(pick(rng, ["0.30", "0.25", "0.30"])))
        x["fee"] = -fee if x["kind"] == "Order" else D("0.00")
        if x["kind"] == "Refund" and chance(rng, 0.3):
            x["kind"] = "Chargeback"
            x["fee"] = -money(pick(rng, [15, 15, 20]))
        x["net"] = x["amount"] + x["fee"]
    if sum((x["net"] for x in rows), D("0.00")) <= 0:
        rows = [x for x in rows if x["kind"] == "Order"] or rows[:1]
    low = min(int(x["id"]) for x in rows)
    used = {x["id"] for x in rows if x["kind"] == "Order"}
    for x in rows:  # a refund or chargeback is of an order charged in an earlier payout: an older number
        if x["kind"] != "Order":
            x["id"] = str(low - rng.randrange(3, 120))
            while x["id"] in used:
                x["id"] = str(int(x["id"]) - 1)
            used.add(x["id"])
    payout_id = f"{rng.randrange(10**7, 10**9)}"
    bank_ref = f"SHOPWELL {''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(8))}"
    issued = paid
    doc = _doc(country, seller, payer, rows, payout_id, paid, issued, seller_address=chance(rng, 0.5), payer_address=True, vendor_id=None)
    seller_address = doc.vendor_address_printed
    printed = datetime(paid.year, paid.month, paid.day, rng.randrange(8, 19), rng.randrange(60)) + timedelta(days=pick(rng, [0, 1, 3]))

    def m(value: D) -> str:
        return _money(country, value)

    theme = Theme.pick(rng, font="Helvetica", size=(7.4, 8.4), table=pick(rng, ["minimal", "rules", "zebra"]))
    css = theme.css(".t{font-size:14pt;font-weight:bold} .tiny{font-size:6.3pt;color:#666} .pill{background:#dff3e4;color:#1b5e20;padding:1pt 5pt}"
                    " .card{border:0.7pt solid #ccc;padding:6pt}")
    width, height = (LETTER if country == "US" else A4)
    W = width - 60
    slug = "".join(ch for ch in seller.name.split()[0].lower() if ch.isascii() and ch.isalnum()) or "store"
    kinds = {"Order": "Charge", "Refund": "Refund", "Chargeback": "Chargeback"}
    charges = sum((x["amount"] for x in rows if x["kind"] == "Order"), D("0.00"))
    refunds = sum((x["amount"] for x in rows if x["kind"] == "Refund"), D("0.00"))
    adjustments = sum((x["amount"] for x in rows if x["kind"] == "Chargeback"), D("0.00"))
    fees = sum((x["fee"] for x in rows), D("0.00"))
    summary = [("Charges", m(charges)), ("Refunds", m(refunds)), ("Adjustments", m(adjustments)), ("Fees", m(fees)), ("Net", m(doc.total))]
    store = f"<p class='b'>{esc(seller.name)}</p>" + ("".join(f"<p>{esc(x)}</p>" for x in seller.address) if seller_address else "")
    meta = [("Payout ID", f"<b>{payout_id}</b>"), ("Status", "<span class='pill'>Paid</span>"), ("Payout date", _date(country, "long", paid)),
            ("Bank reference", bank_ref), ("Bank account", f"•••• {rng.randrange(1000, 9999)}")]
    first = (f"<p class='tiny'>{printed.strftime('%m/%d/%y, %I:%M %p') if country == 'US' else printed.strftime('%d/%m/%Y, %H:%M')}"
             f"&#160;&#160;&#160;Payouts · Shopwell admin</p>"
             f"<p class='t' style='margin-top:4pt'>Payout {_date(country, 'long', paid)}</p>"
             + beside(f"<div class='card'>{store}</div>", kv_rows(meta, (90, 150)), (W - 250, 242))
             + f"<div class='card' style='margin-top:6pt'><p class='b'>Summary</p>{rows_html(summary, widths=(160, 100))}</div>"
             + "<p class='b' style='margin-top:8pt'>Transactions</p>")
    head = ["Date", "Type", "Order", "Amount", "Fee", "Net"]
    cols = pts(W, 0.18, 0.16, 0.16, 0.16, 0.16, 0.18)
    numeric = {3, 4, 5}

    def table(chunk) -> str:
        cells = [[_date(country, "long", x["date"]), kinds[x["kind"]], f"#{x['id']}", m(x["amount"]), m(x["fee"]), m(x["net"])] for x in chunk]
        return cells_table(head, cols, numeric, cells)

    closing = (f"<p class='tiny' style='margin-top:10pt'>Payouts are processed by {esc(payer.name)}, {esc(', '.join(payer.address))}.</p>")
    sheet = paged(width, height, css, (30.0, 26.0, 30.0, 26.0), rows,
                  lambda chunk, page, last: (first if page == 0 else "") + table(chunk) + (closing if last else ""),
                  footer=lambda p, c: f"<p class='tiny'>https://admin.shopwell.example/store/{slug}/payments/payouts/{payout_id}"
                                      f"<span style='color:#fff'>.</span>&#160;&#160;&#160;{p}/{c}</p>", footer_height=12.0)
    return Built(doc=doc, sheet=sheet, template="mp_payout_detail", png_scan_ok=len(sheet.pages) == 1,
                 notes={"bank_ref": bank_ref, "chargebacks": sum(1 for x in rows if x["kind"] == "Chargeback"),
                        "refunds": sum(1 for x in rows if x["kind"] == "Refund")})
