"""Retail till receipt on a thermal roll (58 or 80 mm), or the A5 tax-invoice receipt some shops print.

Store header with ABN / VAT No / SST ID, date and time, receipt number with till, operator and
transaction decoys; item lines (quantity x price on their own line); SUBTOTAL, TOTAL; tender
(CASH / card) and CHANGE; a GST/VAT summary (tax-inclusive in AU, GB, MY; sales tax added on top in
the US); loyalty and return-policy text.
"""

from __future__ import annotations

import random
from datetime import datetime
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import line_sum, make_lines
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import Box, Sheet, fits

FAMILY = "retail_receipt"
DOCUMENT_TYPE = "receipt"


def build(rng: random.Random) -> Built:
    country = pick(rng, ["AU", "GB", "MY", "US", "AU"])
    shop = make_company(rng, country, with_tax=country != "US")
    brand = pick(rng, ["Fresh Market", "Corner Grocer", "Daily Mart", "Harvest Foods", "Value Store"])
    shop.name = f"{shop.name.split()[0]} {brand}" + (f" {pick(rng, ['Pty Ltd', 'Ltd', 'Sdn Bhd', 'Inc'])}"
                                                     if chance(rng, 0.3) else "")
    fmt = Fmt.pick(rng, country, date_pattern={"AU": "dmy_slash", "GB": "dmy_slash", "MY": pick(rng, ["dmy_slash", "dmy_dash"]),
                                               "US": "mdy_slash"}[country])
    sold = random_date(rng)
    when = datetime(sold.year, sold.month, sold.day, rng.randrange(7, 21), rng.randrange(60), rng.randrange(60))
    lines = make_lines(rng, "retail_en", rng.randrange(2, 11), max_qty=4)
    items_total = line_sum(lines)
    inclusive = country != "US"
    rate_pct = {"AU": Decimal(10), "GB": Decimal(20), "MY": Decimal(8), "US": pick(rng, [Decimal("7"), Decimal("8.25")])}[country]
    if inclusive:
        total = items_total
        tax = money(total * rate_pct / (100 + rate_pct))
        net = total - tax
    else:
        net = items_total
        tax = money(net * rate_pct / 100)
        total = net + tax
    receipt_no = pick(rng, [f"{rng.randrange(1, 99999):06d}", f"R{rng.randrange(10**5, 10**6)}",
                            f"{rng.randrange(1, 99):02d}-{rng.randrange(1000, 9999)}"])
    show_net = not inclusive or chance(rng, 0.5)
    single = [line for line in lines if line.quantity == 1]
    count_items = sum(int(line.quantity) if line.quantity == int(line.quantity) else 1 for line in lines)
    for line in single:  # a one-off item prints only its amount: no quantity or unit price on the page
        line.quantity = line.unit_price = None
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=shop, customer=None,
              invoice_ids=[receipt_no], document_date=sold, total=total, net=net if show_net else None, tax=tax,
              lines=lines, lines_sum_to="total" if inclusive else "net")

    a5 = chance(rng, 0.2)
    width = 420.0 if a5 else pick(rng, [164.0, 226.0, 226.0])
    mono = not a5 and chance(rng, 0.8)
    theme = Theme.pick(rng, font="Courier" if mono else "Helvetica", size=(7.0, 8.0) if width < 200 else (7.5, 9.0),
                       table="minimal", accent="#000000")
    css = theme.css("td{padding:0.5pt 1pt} .rc td{padding:0.5pt 1pt} .hd{font-size:11pt;font-weight:bold}")
    sym = fmt.symbol if fmt.position.startswith("pre") else ""
    tax_id_label = {"AU": "ABN", "GB": "VAT No", "MY": "SST ID", "US": ""}[country]
    rule = "<p class='c'>" + ("-" * (22 if width < 200 else 32)) + "</p>" if mono else "<hr/>"
    till, op, trans = rng.randrange(1, 12), rng.randrange(100, 999), rng.randrange(1000, 99999)
    receipt_label = pick(rng, ["Receipt No", "Receipt #", "Invoice No", "Rcpt"])
    parts = [f"<p class='c hd'>{esc(shop.name)}</p>",
             f"<p class='c'>{'<br/>'.join(esc(x) for x in shop.address)}<br/>Tel {esc(shop.phone)}</p>"]
    if tax_id_label:
        parts.append(f"<p class='c'>{tax_id_label}: {esc(shop.tax_id)}</p>")
    if country == "AU" and total >= Decimal("82.50"):
        parts.append("<p class='c b'>TAX INVOICE</p>")
    parts.append(rule)
    time_text = when.strftime("%H:%M" if chance(rng, 0.5) else "%H:%M:%S")
    parts.append(f"<table style='width:100%'><tr><td style='width:60%'>{fmt.date(sold)} {time_text}</td>"
                 f"<td style='width:40%' class='r'>Till {till}</td></tr><tr><td>{receipt_label}: {esc(receipt_no)}</td>"
                 f"<td class='r'>Op {op}</td></tr><tr><td>Trans {trans}</td><td></td></tr></table>")
    parts.append(rule)
    rows = []
    for line in lines:
        if line.quantity is None:
            rows.append(f"<tr><td style='width:70%'>{esc(line.description)}</td><td class='r' style='width:30%'>{fmt.num(line.amount)}</td></tr>")
        else:
            rows.append(f"<tr><td style='width:70%'>{esc(line.description)}</td><td style='width:30%'></td></tr>"
                        f"<tr><td>&#160; {fmt.qty(line.quantity)} @ {fmt.num(line.unit_price)}</td><td class='r'>{fmt.num(line.amount)}</td></tr>")
    parts.append(f"<table class='rc' style='width:100%'>{''.join(rows)}</table>")
    parts.append(rule)
    summary = [(f"SUBTOTAL ({count_items} items)" if chance(rng, 0.5) else "SUBTOTAL", fmt.num(items_total), False)]
    if not inclusive:
        summary.append((f"SALES TAX {rate_pct}%", fmt.num(tax), False))
    summary.append(("TOTAL", f"{sym}{fmt.num(total)}", True))
    cash = chance(rng, 0.55)
    if cash:
        tendered = money((total // 5 + 1) * 5) if total < 100 else money((total // 50 + 1) * 50)
        summary += [("CASH", fmt.num(tendered), False), ("CHANGE", fmt.num(tendered - total), False)]
    else:
        card = pick(rng, ["VISA", "MASTERCARD", "EFTPOS", "AMEX", "DEBIT"])
        summary += [(card, fmt.num(total), False)]
    parts.append("<table style='width:100%'>" + "".join(
        f"<tr><td style='width:62%' class='{'b' if strong else ''}'>{k}</td><td style='width:38%' class='r {'b' if strong else ''}'>{v}</td></tr>"
        for k, v, strong in summary) + "</table>")
    if not cash:
        parts.append(f"<p class='small'>CARD ****{rng.randrange(1000, 9999)} &#160; AUTH {rng.randrange(100000, 999999)}"
                     f"<br/>APPROVED</p>")
    if inclusive:
        tax_name = {"AU": "GST", "GB": "VAT", "MY": "SST"}[country]
        if show_net:
            parts.append(f"<table style='width:100%' class='small'><tr><td>{tax_name}%</td><td class='r'>Net</td>"
                         f"<td class='r'>{tax_name}</td><td class='r'>Gross</td></tr><tr><td>{rate_pct}</td>"
                         f"<td class='r'>{fmt.num(net)}</td><td class='r'>{fmt.num(tax)}</td><td class='r'>{fmt.num(total)}</td>"
                         "</tr></table>")
        else:
            parts.append(f"<p>{pick(rng, [f'Total includes {tax_name}', f'{tax_name} included'])} &#160; {fmt.num(tax)}</p>")
    parts.append(rule)
    parts.append(f"<p class='c small'>{pick(rng, ['Thank you for shopping with us!', 'THANK YOU - PLEASE COME AGAIN', 'Keep your receipt for returns within 30 days.'])}"
                 f"<br/>{esc(shop.website)}</p>")
    if chance(rng, 0.4):
        parts.append(f"<p class='c small'>Points earned: {int(total)} &#160; Balance: {rng.randrange(100, 9000)}</p>")
    html = "".join(parts)
    margin = 10.0 if width < 400 else 36.0
    height = 120.0
    while not fits(html, css, (margin, margin, width - margin, margin + height)):
        height += 20.0
    sheet = Sheet(width=width, height=height + 2 * margin, css=css,
                  pages=[[Box((margin, margin, width - margin, margin + height), html)]])
    return Built(doc=doc, sheet=sheet, template="thermal_receipt" if not a5 else "a5_receipt",
                 notes={"tendered_cash": cash})
