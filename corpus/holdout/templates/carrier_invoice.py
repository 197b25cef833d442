"""Parcel carrier invoice (UPS / FedEx / DHL look): weekly shipping invoice with per-shipment charges.

Page one: the carrier, the shipper's account number (= customer id), invoice number and date, due
date, "Amount Due" box, an invoice summary by service, a remit-to P.O. box coupon (not the carrier's
address). Following pages: shipment detail; every shipment with pickup date, tracking number (UPS 1Z
with its check digit, or a 12-digit FedEx-like number: decoys for the invoice number), service, zone,
actual and billed weight, reference fields (the shipper's PO / order numbers: decoys), receiver and
its city (decoys), charges and surcharges (transportation, fuel, residential, delivery area, address
correction, additional handling, an incentive / discount as a negative charge) and the shipment's
total. "Adjustments & Other Charges" (address corrections, weight corrections found later) as their
own rows. US invoices carry no tax; the GB invoice has VAT per shipment (S 20 % domestic, Z 0 %
international) and a VAT summary.

Truth: vendor = the carrier (its letterhead address, not the remit-to box), customer = the shipper;
line items = one per shipment (the service as printed, no quantity or unit price, amount = the
shipment's total after surcharges and incentives) and one per adjustment; US: lines add up to the
total, net and tax null; GB: lines add up to the net (total excl. VAT), tax = the VAT total.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import GB_PLACES, US_CITIES, make_company, person_name
from corpus.holdout.fakes_sixth import carrier_account, ups_tracking
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, LETTER

FAMILY = "carrier_freight_invoice"
DOCUMENT_TYPE = "invoice"

CARRIERS = {"US": [("Parcelway Express, Inc.", "Parcelway", ["55 Glenlake Parkway NE", "Atlanta, GA 30328"]),
                   ("SwiftShip Corporation", "SwiftShip", ["3875 Airways Boulevard", "Memphis, TN 38116"]),
                   ("RoadRunner Parcel Service, LLC", "RoadRunner", ["1200 Freight Way", "Louisville, KY 40209"])],
            "GB": [("Parcelway (UK) Limited", "Parcelway", ["Orbital Park, Unit 4", "Hounslow", "TW4 6JS"]),
                   ("Transglobe Courier UK Ltd", "Transglobe", ["Southern Hub, Pilot Way", "Coventry", "CV3 4FA"])]}
REMIT = {"US": ["P.O. Box 7247-0244, Philadelphia, PA 19170-0244", "P.O. Box 650116, Dallas, TX 75265-0116",
                "Lockbox 371461, Pittsburgh, PA 15250-7461"],
         "GB": ["PO Box 4590, Slough, SL1 0QZ", "Credit Control, PO Box 221, Coventry, CV3 9XX"]}
SERVICES = {"US": [("Ground", 1.0), ("Ground Residential", 1.0), ("2nd Day Air", 2.4), ("Next Day Air Saver", 3.6),
                   ("3 Day Select", 1.8), ("Express Saver", 2.1)],
            "GB": [("Next Day", 1.0), ("Next Day by 12:00", 1.4), ("Two Day", 0.8), ("Express Worldwide", 3.2), ("Economy Select EU", 1.9)]}


@dataclass
class Shipment:
    date: object
    tracking: str
    service: str
    zone: str
    weight: int
    billed_weight: int
    receiver: str
    city: str
    reference: str
    charges: list[tuple[str, Decimal]] = field(default_factory=list)
    vat_rate: Decimal = Decimal(0)

    @property
    def total(self) -> Decimal:
        return sum((amount for _label, amount in self.charges), Decimal("0.00"))


def build(rng: random.Random) -> Built:
    country = pick(rng, ["US", "US", "GB"])
    legal, brand, hq = pick(rng, CARRIERS[country])
    vendor = make_company(rng, country)
    vendor.name, vendor.address = legal, list(hq)
    if country == "US":
        vendor.tax_id = None
    customer = make_company(rng, country, with_tax=False)
    fmt = Fmt.pick(rng, country, date_pattern="mdy_slash" if country == "US" and chance(rng, 0.6) else None)
    layout = pick(rng, ["ups", "fedex"] if country == "US" else ["dhl", "dhl", "ups"])
    issued = random_date(rng)
    issued -= timedelta(days=(issued.weekday() - 5) % 7)         # weekly invoices close on a Saturday
    account = carrier_account(rng)
    if layout == "fedex":
        account = f"{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}-{rng.randrange(1, 9)}"
        number = f"{rng.randrange(1, 9)}-{rng.randrange(100, 999)}-{rng.randrange(10000, 99999)}"
    elif layout == "ups":
        number = f"0000{account}{issued.isocalendar()[1]:02d}{rng.randrange(1, 9)}"
    else:
        number = f"{rng.randrange(10**7, 10**8)}"
    fuel_pct = Decimal(pick(rng, ["14.25", "15.50", "16.75", "18.00", "12.50"]))
    shipments: list[Shipment] = []
    count = rng.randrange(9, 22) if chance(rng, 0.7) else rng.randrange(4, 9)
    for _ in range(count):
        service, factor = pick(rng, SERVICES[country])
        weight = rng.randrange(1, 60)
        billed = max(weight, rng.randrange(1, 70)) if chance(rng, 0.3) else weight
        zone = f"{rng.randrange(2, 9):03d}" if country == "US" else pick(rng, ["A", "B", "C", "D", "EU1", "INT"])
        transport = money(Decimal(str(round(7.9 + billed * 0.62 * factor + int(zone[-1]) * 1.15 * factor if zone[-1].isdigit()
                                            else 6.5 + billed * 0.45 * factor, 2))))
        charges = [("Transportation" if layout != "dhl" else "Carriage", transport), ("Fuel Surcharge", money(transport * fuel_pct / 100))]
        if "Residential" in service or chance(rng, 0.15):
            charges.append(("Residential Surcharge", money(pick(rng, ["5.55", "5.95", "6.10"]))))
        if chance(rng, 0.15):
            charges.append(("Delivery Area Surcharge", money(pick(rng, ["4.45", "5.60", "3.95"]))))
        if chance(rng, 0.08):
            charges.append(("Additional Handling", money(pick(rng, ["28.50", "31.45"]))))
        if layout != "dhl" and chance(rng, 0.5):
            charges.append(("Incentive Credit" if layout == "ups" else "Discount", -money(transport * Decimal(pick(rng, ["0.22", "0.35", "0.41"])))))
        if country == "US":
            city, state, zip3 = pick(rng, US_CITIES)
            where = f"{city.upper()} {state} {zip3}{rng.randrange(10, 99)}"
        else:
            town, postcode = pick(rng, GB_PLACES)
            where = f"{town.upper()} {postcode}" if "EU" not in zone and zone != "INT" else pick(rng, ["PARIS FR", "DUBLIN IE", "KOELN DE", "NEW YORK US"])
        if layout == "ups":
            tracking = ups_tracking(rng, account)
        elif layout == "fedex":
            tracking = f"{rng.randrange(10**11, 10**12)}"
        else:
            tracking = f"JD0146{rng.randrange(10**12, 10**13)}"
        shipments.append(Shipment(issued - timedelta(days=rng.randrange(1, 7)), tracking, service, zone, weight, billed,
                                  person_name(rng, country).upper(), where, f"PO {rng.randrange(10000, 99999)}" if chance(rng, 0.6) else "",
                                  charges, Decimal(0) if zone in ("EU1", "INT") or "Worldwide" in service or "EU" in service
                                  else Decimal(20) if country == "GB" else Decimal(0)))
    shipments.sort(key=lambda s: s.date)
    adjustments: list[Line] = []
    if chance(rng, 0.5):
        for _ in range(rng.randrange(1, 3)):
            label = pick(rng, ["Address Correction", "Shipping Charge Correction", "Weight Correction"])
            adjustments.append(Line(label, None, None, money(pick(rng, ["21.00", "18.50", "7.35", "12.80", "23.75"])), tax_rate=Decimal(20 if country == "GB" else 0)))
    lines = [Line(s.service, None, None, s.total, tax_rate=s.vat_rate) for s in shipments] + adjustments
    line_total = sum((line.amount for line in lines), Decimal("0.00"))
    if country == "GB":
        vat_std = money(sum((ln.amount for ln in lines if ln.tax_rate == 20), Decimal("0.00")) * Decimal("0.2"))
        net, tax, total = line_total, vat_std, line_total + vat_std
    else:
        net, tax, total = None, None, line_total
    due = issued + timedelta(days=pick(rng, [7, 14, 14, 30]))
    terms = pick(rng, ["Net 14", "Due upon receipt", "Payment due within 30 days", None])
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=due if terms != "Due upon receipt" else None, payment_terms=terms, customer_id=account)

    theme = Theme.pick(rng, font="Helvetica" if chance(rng, 0.8) else "Courier", size=(7.0, 8.0), table="rules")
    css = theme.css(".cap{font-size:6pt;color:#555;text-transform:uppercase} .due{border:1.2pt solid #000;padding:5pt}"
                    " .sh td{padding:1pt 3pt} .shh td{border-top:0.8pt solid #444;font-weight:bold;padding-top:3pt}"
                    " .coupon{border-top:1pt dashed #666;margin-top:10pt;padding-top:6pt}")
    width, height = LETTER if country == "US" else A4
    num, money_ = fmt.num, fmt.money
    acct_label = {"ups": "Shipper Number", "fedex": "Account Number", "dhl": "Account No."}[layout]
    remit = pick(rng, REMIT[country])
    summary_by_service: dict[str, Decimal] = {}
    for s in shipments:
        summary_by_service[s.service] = summary_by_service.get(s.service, Decimal("0.00")) + s.total
    meta = [("Invoice Number", esc(number)), ("Invoice Date", fmt.date(issued)), (acct_label, esc(account))]
    if doc.due_date:
        meta.append(("Due Date", fmt.date(due)))
    if terms:
        meta.append(("Terms", esc(terms)))
    meta.append(("Control ID" if layout == "ups" else "Customer Ref", f"{rng.choice('ABCDEFGH')}{rng.randrange(100, 999)}"))
    meta_html = "<table class='kv'>" + "".join(f"<tr><td class='b' style='width:85pt'>{k}</td><td style='width:120pt'>{v}</td></tr>" for k, v in meta) + "</table>"
    summary_rows = "".join(f"<tr><td style='width:60%'>{esc(svc)} ({sum(1 for s in shipments if s.service == svc)} packages)</td>"
                           f"<td class='r' style='width:40%'>{num(value)}</td></tr>" for svc, value in summary_by_service.items())
    if adjustments:
        summary_rows += f"<tr><td>Adjustments &amp; Other Charges</td><td class='r'>{num(sum((a.amount for a in adjustments), Decimal('0.00')))}</td></tr>"
    if country == "GB":
        summary_rows += (f"<tr class='grand'><td>Total excl. VAT</td><td class='r'>{num(net)}</td></tr>"
                         f"<tr><td>VAT</td><td class='r'>{num(tax)}</td></tr><tr class='grand'><td>Total incl. VAT</td><td class='r'>{money_(total)}</td></tr>")
    else:
        summary_rows += f"<tr class='grand'><td>Total Charges</td><td class='r'>{money_(total)}</td></tr>"
    head = (f"<table style='width:100%'><tr><td style='width:55%'><p class='b accent' style='font-size:16pt'>{brand}</p>"
            f"<p class='small'>{esc(vendor.name)}<br/>{lines_html(vendor.address)}"
            + (f"<br/>VAT Reg No. {esc(vendor.tax_id)}" if vendor.tax_id else "") + "</p></td>"
            f"<td style='width:45%'><p class='b' style='font-size:11pt'>{pick(rng, ['Delivery Service Invoice', 'Shipping Invoice', 'Invoice'])}</p>{meta_html}</td></tr></table>"
            f"<table style='width:100%;margin-top:8pt'><tr><td style='width:55%'><p class='cap'>Bill to</p><p><b>{esc(customer.name)}</b><br/>"
            f"{lines_html(customer.address)}</p></td><td style='width:45%'><div class='due'><p class='cap'>Amount Due</p>"
            f"<p class='b' style='font-size:14pt'>{money_(total)}</p></div></td></tr></table>"
            f"<p class='b' style='margin-top:8pt'>Invoice Summary</p><table style='width:70%'>{summary_rows}</table>"
            f"<div class='coupon'><p class='small'><b>Remit payment to:</b> {esc(brand)}, {esc(remit)}<br/>Please return this portion with your payment. "
            f"{acct_label}: {esc(account)} · Invoice: {esc(number)} · Amount enclosed: __________</p></div>"
            f"<p class='b' style='margin-top:8pt'>Shipment Detail</p>")

    def shipment_rows(s: Shipment) -> str:
        weight_unit = "lbs" if country == "US" else "kg"
        first = (f"<tr class='shh'><td style='width:12%'>{fmt.date(s.date, 'mdy_slash' if country == 'US' else 'dmy_slash')}</td>"
                 f"<td style='width:30%'>{esc(s.tracking)}</td><td style='width:26%'>{esc(s.service)}</td>"
                 f"<td style='width:16%'>Zone {esc(s.zone)}</td><td style='width:16%' class='r'>{s.billed_weight} {weight_unit}</td></tr>")
        info = (f"<tr class='small'><td></td><td colspan='2'>Receiver: {esc(s.receiver)}, {esc(s.city)}</td>"
                f"<td colspan='2'>{'Ref 1: ' + esc(s.reference) if s.reference else ''}"
                + (f" Actual wt {s.weight} {weight_unit}" if s.billed_weight != s.weight else "") + "</td></tr>")
        charges = "".join(f"<tr><td></td><td colspan='3'>{esc(label)}</td><td class='r'>{num(amount)}</td></tr>" for label, amount in s.charges)
        vat = f" (VAT {'S' if s.vat_rate else 'Z'})" if country == "GB" else ""
        return first + info + charges + f"<tr><td></td><td colspan='3' class='b'>Total{vat}</td><td class='r b'>{num(s.total)}</td></tr>"

    rows = list(shipments) + list(adjustments)

    def body(chunk, index, is_last):
        parts = [head if index == 0 else f"<p class='b'>{brand} · Invoice {esc(number)} · Shipment Detail (continued)</p>"]
        ship_part = [r for r in chunk if isinstance(r, Shipment)]
        adj_part = [r for r in chunk if isinstance(r, Line)]
        if ship_part:
            parts.append("<table class='sh' style='width:100%'>" + "".join(shipment_rows(s) for s in ship_part) + "</table>")
        if adj_part:
            parts.append("<p class='b' style='margin-top:6pt'>Adjustments &amp; Other Charges</p><table class='sh' style='width:100%'>"
                         + "".join(f"<tr><td style='width:12%'>{fmt.date(issued - timedelta(days=1), 'mdy_slash' if country == 'US' else 'dmy_slash')}</td>"
                                   f"<td style='width:30%'>{esc(shipments[k % len(shipments)].tracking)}</td><td style='width:42%'>{esc(a.description)}</td>"
                                   f"<td style='width:16%' class='r'>{num(a.amount)}</td></tr>" for k, a in enumerate(adj_part)) + "</table>")
        if is_last:
            parts.append(f"<p class='small' style='margin-top:6pt'>Fuel surcharge this period: {fuel_pct}% of transportation charges. "
                         f"Total packages: {len(shipments)}.</p>")
            if country == "GB":
                std = sum((ln.amount for ln in lines if ln.tax_rate == 20), Decimal("0.00"))
                zero = net - std
                parts.append("<table class='small' style='width:70%'><tr><td class='b'>VAT code</td><td class='b r'>Net</td><td class='b r'>VAT</td></tr>"
                             f"<tr><td>S 20%</td><td class='r'>{num(std)}</td><td class='r'>{num(tax)}</td></tr>"
                             + (f"<tr><td>Z 0%</td><td class='r'>{num(zero)}</td><td class='r'>0.00</td></tr>" if zero else "") + "</table>")
        return "".join(parts)

    sheet = paged_sheet(width, height, css, (34, 30, 34, 26), rows, body,
                        footer=lambda n, c: f"<p class='tiny r muted'>{acct_label} {esc(account)} · Invoice {esc(number)} · Page {n} of {c}</p>",
                        footer_height=12)
    return Built(doc=doc, sheet=sheet, template=f"carrier_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"tracking": [s.tracking for s in shipments], "remit_to": remit, "shipments": len(shipments)})
