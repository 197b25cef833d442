"""Samoan and Tongan tax invoices: Apia and Nuku'alofa suppliers' TAX INVOICE with VAGST at 15 % (Samoa) or Consumption Tax at 15 %
(Tonga), exempt lines, prices exclusive or inclusive of the tax, and credit notes, in tala (WST) and pa'anga (TOP), 2023-2025
(invented companies).

Three prints. `ws_vagst_invoice` (Samoa: the supplier's name, P.O. Box and street, "TIN 123456" (= tax id), Invoice No. (= id),
Date, the customer with its TIN where printed (decoy), Account (= customer id), Order No. (decoy), Terms and Due Date; Item /
Description / Qty / Unit Price / Amount (WS$); either Subtotal (excl. VAGST), VAGST 15 %, Total WST, or on inclusive prices
"Total (VAGST inclusive)" and "VAGST included" (= tax, no net)), `to_ct_invoice` (Tonga: the supplier in a side column with its
TIN, Consumption Tax 15 % "CT", Total T$), `ws_to_credit_note` (CREDIT NOTE against an invoice (no id) with negative amounts,
either country, under a coloured band).

Truth: an `invoice` or a `credit_note`; vendor with its TIN; net = the subtotal excluding the tax where printed; tax = the VAGST /
CT; total = the total.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentyeighth import island_party, island_tin
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyeighth import sidebar_invoice
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentysixth import banner_invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "ws_to_tax_invoice"
D = Decimal
ITEMS = [("CEM40", "Cement 40kg bag", 38, 55, 15), ("TIM-4X2", "Treated pine 100x50 H3, per lineal metre", 9, 16, 15), ("ROOF-26", "Roofing iron 0.40mm, per sheet 3.6m", 85, 140, 15),
         ("FISH-LN", "Longline monofilament 3.5mm, 1,000m coil", 420, 780, 15), ("HOOK-C", "Circle hooks 14/0 (box 100)", 95, 180, 15),
         ("SVC-VEH", "Vehicle service - labour", 180, 420, 15), ("DSL", "Diesel, per litre", 3, 5, 15), ("A4-BOX", "Copy paper A4 (box of 5 reams)", 95, 150, 15),
         ("TARO-CTN", "Export cartons for taro, 20kg", 4, 9, 0), ("FRT-IN", "Freight - inbound container share", 650, 2400, 0),
         ("WTR-TNK", "Water tank 5,000L poly", 1900, 3200, 15), ("SOL-PNL", "Solar panel 410W mono", 720, 1100, 15)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["ws_vagst_invoice", "ws_vagst_invoice", "to_ct_invoice", "to_ct_invoice", "ws_to_credit_note"])
    country = "WS" if layout == "ws_vagst_invoice" else "TO" if layout == "to_ct_invoice" else pick(rng, ["WS", "TO"])
    credit = layout == "ws_to_credit_note"
    issued = random_date(rng, date(2023, 1, 9), 900)
    pattern = pick(rng, ["dmy_slash", "d_mon_y", "dd_mon_yyyy"])

    def d(x):
        return fmt_date(x, pattern)

    vendor, customer = island_party(rng, country), island_party(rng, country)
    buyer_tin = island_tin(rng, country) if chance(rng, 0.5) else None
    customer.tax_id = None
    tax_name = "VAGST" if country == "WS" else "CT"
    inclusive = country == "WS" and not credit and chance(rng, 0.4)
    lines = []
    for code, desc, low, high, pct in rng.sample(ITEMS, rng.randrange(1, 3) if credit else rng.randrange(2, 8)):
        qty = D(pick(rng, [1, 2, 4, 6, 10, 20, 50, 120])) if high < 60 else D(pick(rng, [1, 1, 2, 3]))
        price = money(rng.uniform(low, high) * (1.15 if inclusive and pct else 1))
        line = Line(desc, qty, price, money(qty * price), code=code)
        line.tax_rate = D(pct)
        lines.append(line)
    lines_total = sum((li.amount for li in lines), D("0.00"))
    if inclusive:
        taxable = sum((li.amount for li in lines if li.tax_rate), D("0.00"))
        tax = money(taxable * 15 / 115)
        net, total = None, lines_total
    else:
        tax = money(sum((li.amount for li in lines if li.tax_rate), D("0.00")) * D("0.15"))
        net, total = lines_total, lines_total + tax
    number = f"{'CN' if credit else pick(rng, ['INV', 'TI', 'IN'])}{'-' if chance(rng, 0.5) else ''}{rng.randrange(100, 99999):05d}"
    original = f"INV-{rng.randrange(100, 99999):05d}"
    days = pick(rng, [0, 7, 14, 30, 30])
    terms = None if credit else ("Cash on delivery" if not days else pick(rng, [f"{days} days", f"Net {days} days", f"Strictly {days} days"]))
    due = issued + timedelta(days=days) if days and not credit and chance(rng, 0.7) else None
    acct = f"{customer.name[:3].upper().replace(chr(39), '')}{rng.randrange(10, 999):03d}" if chance(rng, 0.6) else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale=country, currency="WST" if country == "WS" else "TOP", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=acct,
              lines_sum_to="total" if inclusive else "net")
    minus = "-" if credit else ""
    sym = "WS$" if country == "WS" else "T$"

    def a(v):
        return minus + amount(v)

    order = f"{pick(rng, ['PO', 'LPO', 'Order'])} {rng.randrange(100, 99999)}"
    vrows = [f"TIN {vendor.tax_id}" if chance(rng, 0.5) else f"{'VAGST' if country == 'WS' else 'CT'} Reg. / TIN: {vendor.tax_id}", f"Ph {vendor.phone}", esc(vendor.email or "")]
    meta = [("Credit Note No." if credit else "Invoice No.", number), ("Date", d(issued))] + ([("Original invoice", original)] if credit else []) \
        + ([("Account", acct)] if acct else []) + [("Order No.", order)] + ([("Terms", terms)] if terms else []) + ([("Due Date", d(due))] if due else [])
    head, fr, numeric = ["Item", "Description", "Qty", "Unit Price", tax_name, f"Amount ({sym})"], (0.12, 0.42, 0.08, 0.14, 0.08, 0.16), {2, 3, 4, 5}

    def cells(li):
        mark = f"{li.tax_rate}%" if li.tax_rate else "Exempt"
        return [li.code, esc(li.description), str(li.quantity), amount(li.unit_price), mark, a(li.amount)]

    if inclusive:
        totals = [(f"Total (VAGST inclusive) {sym}", a(total)), ("VAGST included (15/115)", a(tax))]
    else:
        long_name = "VAGST 15%" if country == "WS" else "Consumption Tax (CT) 15%"
        totals = [(f"Subtotal (excl. {tax_name})", a(net)), (long_name, a(tax)), (f"TOTAL {sym}", a(total))]
    bank = pick(rng, ["ANZ Bank (Samoa) Ltd", "BSP Samoa", "National Bank of Samoa"] if country == "WS" else ["ANZ Bank Tonga", "BSP Tonga", "Tonga Development Bank"])
    foot = ([f"Credit against invoice {original}: {pick(rng, ['goods returned', 'pricing error', 'short delivery'])}."] if credit else [])
    foot += [f"Payments to {bank}, account {rng.randrange(10**7, 10**9)}. Please quote the invoice number.", "Goods remain the property of the supplier until paid in full." if chance(rng, 0.4) else ""]
    title = "CREDIT NOTE" if credit else pick(rng, ["TAX INVOICE", "TAX INVOICE", "INVOICE"])
    brows = [f"TIN: {buyer_tin}"] if buyer_tin else []
    notes = {"buyer_tin": buyer_tin, "order": order, "original": original if credit else None, "inclusive": inclusive}
    theme = Theme.pick(rng, size=(7.5, 9.0))
    if layout == "ws_to_credit_note":
        return banner_invoice(doc, layout, theme, *A4, title=title, vendor_rows=vrows, buyer_label="Customer", buyer_rows=brows, meta=meta, head=head, fractions=fr,
                              numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page")
    if layout == "to_ct_invoice":
        return sidebar_invoice(doc, layout, theme, *A4, title=title, vendor_rows=vrows, buyer_label="Bill to", buyer_rows=brows, meta=meta, head=head, fractions=fr,
                               numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page",
                               side_notes=["Prices in Tongan pa'anga (TOP)."])
    return invoice(doc, layout, arrangement(rng, meta), theme, *A4, title=title, vendor_rows=vrows, buyer_label="Invoice to", buyer_rows=brows, meta=meta,
                   head=head, fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page")
