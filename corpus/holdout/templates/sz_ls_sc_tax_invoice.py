"""Tax invoices of Eswatini, Lesotho and Seychelles: Mbabane and Manzini suppliers' tax invoices in emalangeni (E), Maseru
suppliers' in maloti (M) and Victoria suppliers' in Seychelles rupees (SR), all with VAT at 15 % and zero-rated basic foods, the
Seychellois retail prices sometimes VAT-inclusive, and credit notes, 2023-2025 (invented companies).

Four prints. `sz_tax_invoice` (Eswatini: the supplier in a ruled side column with its TIN (= tax id) and company registration `R7/12345`
(decoy), TAX INVOICE, Invoice No. (= id), Date, Account No. (= customer id, where printed), Order No. and Delivery Note (decoys), the
customer with its TIN where printed (decoy); Code / Description / Qty / Unit Price / VAT % / Amount; Total Excl. VAT (= net), VAT 15 %
(= tax), Total Incl. VAT (= total), the amount in words), `ls_tax_invoice` (Lesotho: a title strip with the number, three labelled
boxes, the same totals in maloti), `sc_tax_invoice` (Seychelles: one of the letterhead arrangements; either Sub Total / VAT 15 % /
Total, or VAT-inclusive prices with "Total (VAT inclusive)" and "VAT included" (= tax, no net); BRN (decoy)), `sls_credit_note` (CREDIT
NOTE in the boxed head against an invoice (no id), amounts negative, any of the three countries).

Truth: an `invoice` or a `credit_note` (negative); vendor with its TIN; net = the total excluding VAT where printed; tax = the VAT;
total = the total including VAT.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentyninth import SLS, sls_party, sls_tin
from corpus.holdout.money import fmt_date, money, random_date, words_english
from corpus.holdout.render import A4
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyeighth import sidebar_invoice
from corpus.holdout.templates._twentyfifth import boxed_invoice
from corpus.holdout.templates._twentyninth import strip_invoice
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "sz_ls_sc_tax_invoice"
D = Decimal
ITEMS = [("MM125", "Maize meal super 12.5kg", 95, 140, 0), ("BRD-BR", "Brown bread 700g (crate of 20)", 210, 320, 0), ("CEM50", "Cement PC 42.5N 50kg", 105, 150, 15),
         ("DF-813", "Steel door frame 813mm", 420, 690, 15), ("DSL50", "Diesel 50ppm, per litre", 19, 27, 15), ("A4-BX", "Copy paper A4 80gsm (box of 5)", 390, 560, 15),
         ("SEC-MO", "Security services - guard, monthly", 6500, 14500, 15), ("SVC-LB", "Vehicle service - labour", 850, 2400, 15), ("PMP-11", "Borehole pump 1.1kW", 5200, 8900, 15),
         ("SOL-200", "Solar geyser 200L", 9800, 16500, 15), ("FSH-KG", "Fresh fish - job fish, per kg", 85, 140, 0), ("RICE10", "Rice 10kg", 160, 240, 0),
         ("PNT-20", "PVA paint white 20L", 690, 1150, 15), ("LAP-14", "Laptop 14in i5 8GB", 8900, 13900, 15)]
CURRENCY_WORDS = {"SZ": ("Emalangeni", "Cents"), "LS": ("Maloti", "Lisente"), "SC": ("Seychelles Rupees", "Cents")}


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["sz_tax_invoice", "ls_tax_invoice", "sc_tax_invoice", "sz_tax_invoice", "ls_tax_invoice", "sc_tax_invoice", "sls_credit_note"])
    country = {"sz_tax_invoice": "SZ", "ls_tax_invoice": "LS", "sc_tax_invoice": "SC"}.get(layout) or pick(rng, ["SZ", "LS", "SC"])
    name, currency, symbol, _code = SLS[country]
    credit = layout == "sls_credit_note"
    issued = random_date(rng, date(2023, 1, 9), 900)
    pattern = pick(rng, ["dmy_slash", "d_mon_y", "iso", "d_month_y"] if country != "SC" else ["dmy_slash", "d_month_y", "dmy_dot"])

    def d(x):
        return fmt_date(x, pattern)

    vendor, customer = sls_party(rng, country), sls_party(rng, country)
    buyer_tin = sls_tin(rng, country) if chance(rng, 0.5) else None
    customer.tax_id = None
    inclusive = layout == "sc_tax_invoice" and chance(rng, 0.35)
    pool = [it for it in ITEMS if it[4]] if credit else ITEMS
    lines = []
    for code, desc, low, high, pct in rng.sample(pool, rng.randrange(1, 3) if credit else rng.randrange(2, 8)):
        qty = D(pick(rng, [1, 2, 4, 5, 10, 20, 50, 200])) if high < 600 else D(pick(rng, [1, 1, 2, 3]))
        price = money(rng.uniform(low, high) * (1.15 if inclusive and pct else 1))
        line = Line(desc, qty, price, money(qty * price), code=code)
        line.tax_rate = D(pct)
        lines.append(line)
    lines_total = sum((li.amount for li in lines), D("0.00"))
    taxable = sum((li.amount for li in lines if li.tax_rate), D("0.00"))
    if inclusive:
        tax = money(taxable * 15 / 115)
        net, total = None, lines_total
    else:
        tax = money(taxable * D("0.15"))
        net, total = lines_total, lines_total + tax
    prefix = "CN" if credit else pick(rng, ["INV", "TI", "IN", ""])
    number = f"{prefix}{pick(rng, ['', '-', '/'] if prefix else [''])}{rng.randrange(1000, 99999):05d}"
    original = f"INV{rng.randrange(1000, 99999):05d}"
    days = pick(rng, [0, 7, 30, 30, 60])
    terms = None if credit else ("Cash" if not days else pick(rng, [f"{days} days from invoice", f"Net {days} days", f"{days} days"]))
    due = issued + timedelta(days=days) if days and not credit and chance(rng, 0.6) else None
    acct = f"{customer.name[:3].upper()}{rng.randrange(100, 999)}" if chance(rng, 0.55) else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale=country, currency=currency, vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=acct,
              lines_sum_to="total" if inclusive else "net")
    minus = "-" if credit else ""
    style = pick(rng, [(",", "."), (" ", "."), (",", ".")])

    def a(v):
        return minus + amount(v, *style)

    def money_txt(v):
        return f"{minus}{symbol}{'' if symbol == 'E' and chance(rng, 0.5) else ' '}{amount(v, *style)}"

    order, dn = f"{pick(rng, ['ORD', 'LPO', 'PO'])}{rng.randrange(1000, 99999)}", f"DN{rng.randrange(10000, 99999)}"
    vrows = [f"TIN: {vendor.tax_id}", f"{'Reg. No.' if country != 'SC' else ''} {esc(vendor.extra['reg'])}".strip(), f"Tel: {vendor.phone}", esc(vendor.email or "")]
    brows = [f"Customer TIN: {buyer_tin}"] if buyer_tin else []
    meta = [("Credit Note No." if credit else "Invoice No.", number), ("Date", d(issued))] + ([("Original Invoice", original)] if credit else []) \
        + ([("Account No.", acct)] if acct else []) + [("Order No.", order)] + ([("Delivery Note", dn)] if not credit and chance(rng, 0.5) else []) \
        + ([("Terms", terms)] if terms else []) + ([("Due Date", d(due))] if due else [])
    head, fr, numeric = ["Code", "Description", "Qty", "Unit Price", "VAT %", f"Amount ({symbol})"], (0.1, 0.44, 0.08, 0.15, 0.08, 0.15), {2, 3, 4, 5}

    def cells(li):
        return [li.code, esc(li.description), str(li.quantity), amount(li.unit_price, *style), f"{li.tax_rate}%" if li.tax_rate else "0% (Z)", a(li.amount)]

    if inclusive:
        totals = [("Total (VAT inclusive)", money_txt(total)), ("VAT included @ 15%", a(tax))]
    else:
        totals = [(pick(rng, ["Total Excl. VAT", "Sub Total", "Total Exclusive"]), a(net)), ("VAT @ 15%", a(tax)),
                  (pick(rng, ["Total Incl. VAT", "TOTAL", "Total Inclusive"]), money_txt(total))]
    unit, cents = CURRENCY_WORDS[country]
    words = f"Amount in words: {words_english(total, unit, cents)}"
    foot = ([f"Credit for invoice {original}: {pick(rng, ['returned goods', 'pricing error', 'short delivery'])}."] if credit else [])
    foot += ["Z = zero-rated supplies." if any(not li.tax_rate for li in lines) else "",
             f"Banking details: {pick(rng, {'SZ': ['FNB Eswatini', 'Standard Bank Eswatini', 'Nedbank Eswatini'], 'LS': ['Standard Lesotho Bank', 'FNB Lesotho', 'Nedbank Lesotho'], 'SC': ['Nouvobanq', 'Absa Seychelles', 'MCB Seychelles']}[country])}, "
             f"account {rng.randrange(10**9, 10**11)}. Please quote the invoice number."]
    notes = {"buyer_tin": buyer_tin, "reg": vendor.extra["reg"], "order": order, "original": original if credit else None, "inclusive": inclusive, "country": country}
    theme = Theme.pick(rng, size=(7.5, 9.0))
    title = "CREDIT NOTE" if credit else pick(rng, ["TAX INVOICE", "TAX INVOICE", "VAT INVOICE"])
    if layout == "sz_tax_invoice":
        return sidebar_invoice(doc, layout, theme, *A4, title=title, vendor_rows=vrows, buyer_label="Invoice to", buyer_rows=brows, meta=meta, head=head, fractions=fr,
                               numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page", side_notes=[words])
    if layout == "ls_tax_invoice":
        return strip_invoice(doc, layout, theme, *A4, title=title, number_label="No.", vendor_rows=vrows, buyer_label="Customer", buyer_rows=brows,
                             meta=[m for m in meta if m[0] != "Invoice No."], head=head, fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot,
                             notes=notes, vendor_label="Supplier", words=words, footer_text="Page")
    if layout == "sls_credit_note":
        return boxed_invoice(doc, layout, theme, *A4, title=title, vendor_rows=vrows, buyer_label="Customer", buyer_rows=brows, meta=meta, head=head, fractions=fr,
                             numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page", subtitle=name)
    return invoice(doc, layout, arrangement(rng, meta), theme, *A4, title=title, vendor_rows=vrows, buyer_label="Bill to", buyer_rows=brows, meta=meta,
                   head=head, fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=[words, *foot], notes=notes, footer_text="Page")
