"""Prepaid mobile top-up receipts: Nigerian airtime / data recharge receipts from the operator's app or web shop, and Mexican
"recarga" tickets from the operator's online store, in English and Spanish, NGN and MXN, 2023-2025.

Two prints. `ng_recharge_receipt` (Payment Receipt: the operator's legal name, address and TIN; Receipt No. (= id), Transaction
ID (decoy), Date, Phone number recharged (decoy), Airtime / Data bundle line, VAT 7.5 % included, Amount paid, channel),
`mx_comprobante_recarga` (Comprobante de recarga: the operator with its RFC, Folio (= id), Número de autorización (decoy), Fecha,
Número celular (decoy), Recarga / Paquete line, "IVA 16% incluido", Subtotal, Total).

Truth: a `receipt` with no customer (a phone number is no customer); vendor = the operator with its address and TIN / RFC;
id = Receipt No. / Folio; date = the purchase date; lines = the top-up (amount only); tax = the VAT included as printed, net =
the printed subtotal where printed (Mexico), none in Nigeria; total = amount paid.
"""

from __future__ import annotations

import random
from datetime import date, datetime
from decimal import Decimal

from corpus.holdout.base import Built, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentyfirst import msisdn, telco
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import single_page
from corpus.holdout.templates._twentieth import amount

FAMILY = "prepaid_topup_receipt"
D = Decimal


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["ng_recharge_receipt", "mx_comprobante_recarga"])
    ng = layout.startswith("ng")
    country = "NG" if ng else "MX"
    vendor = telco(rng, country)
    day = random_date(rng, date(2023, 1, 9), 1000)
    when = datetime(day.year, day.month, day.day, rng.randrange(0, 24), rng.randrange(60), rng.randrange(60))
    if ng:
        total = money(pick(rng, [100, 200, 500, 1000, 1500, 2000, 3000, 5000]))
        desc = pick(rng, ["Airtime recharge", f"Data bundle {pick(rng, ['1.5GB', '6GB', '10GB', '40GB'])} (30 days)"])
        rate = D("7.5")
    else:
        total = money(pick(rng, [30, 50, 100, 150, 200, 300, 500]))
        desc = pick(rng, ["Recarga tiempo aire", f"Paquete Amigo {pick(rng, ['100', '200', '300'])} con redes sociales"])
        rate = D(16)
    net = money(total * 100 / (100 + rate))
    tax = total - net
    number = pick(rng, [f"RCP{rng.randrange(10**8, 10**9)}", f"{rng.randrange(10**6, 10**7)}"]) if ng else f"{pick(rng, ['A', 'WEB', 'R'])}-{rng.randrange(10**5, 10**6)}"
    doc = Doc(document_type="receipt", locale=country, currency="NGN" if ng else "MXN", vendor=vendor, customer=None, invoice_ids=[number], document_date=day,
              total=total, net=None if ng else net, tax=tax, lines=[Line(desc, None, None, total)], lines_sum_to="total")
    n = lambda v: amount(v, ",", ".")  # noqa: E731
    theme = Theme.pick(rng, font="Helvetica", size=(9.0, 10.5))
    css = theme.css(".t{font-size:16pt;font-weight:bold} .card{border:1pt solid #ccc;padding:10pt}")
    width, height = A4
    addr = "".join(f"<p class='small muted'>{esc(x)}</p>" for x in vendor.address)
    if ng:
        rows = [("Receipt No.", number), ("Transaction ID", f"TXN{rng.randrange(10**11, 10**12)}"), ("Date", when.strftime(pick(rng, ["%d %b %Y, %H:%M", "%d/%m/%Y %H:%M:%S"]))),
                ("Phone number", msisdn(rng, "NG")), ("Item", esc(desc)), ("VAT (7.5%) included", f"₦{n(tax)}"), ("Amount paid", f"<b>₦{n(total)}</b>"),
                ("Payment channel", pick(rng, ["Debit card", "USSD", "Bank transfer", "Wallet"]))]
        title, foot = "Payment Receipt", f"{esc(vendor.name)} · TIN {vendor.tax_id}"
    else:
        rows = [("Folio", number), ("Número de autorización", f"{rng.randrange(10**5, 10**6)}"), ("Fecha", when.strftime("%d/%m/%Y %H:%M")), ("Número celular", msisdn(rng, "MX")),
                ("Concepto", esc(desc)), ("Subtotal", f"${n(net)}"), ("IVA 16% incluido", f"${n(tax)}"), ("Total", f"<b>${n(total)} MXN</b>"),
                ("Forma de pago", pick(rng, ["Tarjeta de débito", "Tarjeta de crédito", "PayPal"]))]
        title, foot = "Comprobante de recarga", f"{esc(vendor.name)} · RFC {vendor.tax_id}"
    body = (f"<div class='card'><p class='t accent'>{title}</p><p class='b'>{esc(vendor.name)}</p>{addr}<table style='margin-top:10pt'>"
            + "".join(f"<tr><td style='width:170pt' class='muted'>{k}</td><td style='width:250pt'>{v}</td></tr>" for k, v in rows)
            + f"</table><p class='small muted' style='margin-top:12pt'>{foot}</p></div>")
    sheet = single_page(layout, width, height, css, [Box((60, 60, width - 60, 520), body)])
    return Built(doc=doc, sheet=sheet, template=layout, notes={})
