"""Dutch invoice (factuur) from a small firm's invoicing app.

Logo and supplier details right, customer address left without a label, a meta strip (Factuurnummer,
Factuurdatum, Vervaldatum, Klantnummer, Uw referentie), Omschrijving / Aantal / Prijs / BTW / Bedrag,
Subtotaal, BTW 21% (and 9%) "over" the base, Totaal / Te betalen, and the customary payment sentence
("Wij verzoeken u het bedrag van ... vóór ... over te maken op IBAN ... o.v.v. het factuurnummer"),
footer with KvK, BTW-id and IBAN.
"""

from __future__ import annotations

import random
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, pick
from corpus.holdout.catalog import make_lines, totals_by_rate
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo, rate, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import account_code, iban, make_company
from corpus.holdout.locales import Fmt
from corpus.holdout.render import A4, Box, Sheet

FAMILY = "nl_factuur"
DOCUMENT_TYPE = "invoice"


def build(rng: random.Random) -> Built:
    vendor = make_company(rng, "NL")
    customer = make_company(rng, "NL", with_tax=False)
    fmt = Fmt.pick(rng, "NL")
    issued, due, days = issue_and_due(rng, (14, 14, 30, 30))
    number = pick(rng, [f"{issued.year}-{rng.randrange(1, 999):03d}", f"F{issued.year}{rng.randrange(1, 9999):04d}",
                        f"{rng.randrange(20000, 29999)}", f"INV{rng.randrange(1000, 9999)}"])
    lines = make_lines(rng, "office_nl", rng.randrange(1, 8))
    low = chance(rng, 0.2)
    for line in lines:
        line.tax_rate = Decimal(9) if low and chance(rng, 0.4) else Decimal(21)
    rates, bases, taxes, net, tax, total = totals_by_rate(lines)
    iban_text = iban(rng, "NL")
    style = pick(rng, ["sentence", "termijn", "both"])
    show_due_meta = style != "termijn" and chance(rng, 0.6)
    doc = Doc(document_type=DOCUMENT_TYPE, locale="NL", currency="EUR", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=due if style in ("sentence", "both") or show_due_meta else None,
              payment_terms=f"{days} dagen" if style in ("termijn", "both") else None)
    if chance(rng, 0.6):
        doc.customer_id = account_code(rng, pick(rng, ["num", "C"]))

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times", "Courier"]), size=(8.5, 9.5),
                       table=pick(rng, ["rules", "minimal", "zebra"]))
    css = theme.css(".ttl{font-size:24pt;font-weight:bold}")
    width, height = A4
    vendor_html = (f"{logo(vendor.name, rng, theme.accent)}<p style='margin-top:4pt'><b>{esc(vendor.name)}</b><br/>"
                   f"{lines_html(vendor.address)}<br/>{esc(vendor.phone)}<br/>{esc(vendor.email)}</p>")
    meta = [("Factuurnummer", esc(number)), ("Factuurdatum", fmt.date(issued))]
    if show_due_meta:
        meta.append(("Vervaldatum", fmt.date(due)))
    if doc.customer_id:
        meta.append(("Klantnummer", esc(doc.customer_id)))
    if chance(rng, 0.5):
        meta.append(("Uw referentie", pick(rng, [f"PO-{rng.randrange(1000, 9999)}", "Project Noord", "Offerte 2231"])))
    w = f"{100 // len(meta)}%"
    meta_html = ('<table style="width:100%;margin-top:14pt"><tr>' +
                 "".join(f"<td class='small muted' style='width:{w}'>{k}</td>" for k, _ in meta) + "</tr><tr>" +
                 "".join(f"<td class='b' style='width:{w}'>{v}</td>" for _, v in meta) + "</tr></table>")
    cols = [Col("Omschrijving", width="50%"), Col("Aantal", "right", "10%"), Col("Prijs", "right", "14%"),
            Col("BTW", "right", "8%"), Col("Bedrag", "right", "18%")]
    rows = [[esc(line.description), fmt.qty(line.quantity), fmt.money(line.unit_price), f"{rate(line.tax_rate)}%",
             fmt.money(line.amount)] for line in lines]
    totals = [("Subtotaal", fmt.money(net), False)]
    for r in rates:
        totals.append((f"BTW {rate(r)}% over {fmt.money(bases[r])}" if chance(rng, 0.5) or len(rates) > 1
                       else f"BTW {rate(r)}%", fmt.money(taxes[r]), False))
    totals.append((pick(rng, ["Totaal", "Totaal incl. BTW", "Te betalen"]), fmt.money(total), True))
    pay = []
    if style in ("sentence", "both"):
        pay.append(f"Wij verzoeken u vriendelijk het totaalbedrag van {fmt.money(total)} vóór {fmt.date(due)} over te "
                   f"maken op rekeningnummer {iban_text} t.n.v. {esc(vendor.name)} o.v.v. het factuurnummer.")
    if style in ("termijn", "both"):
        pay.append(f"Betalingstermijn: {days} dagen")
    if style == "termijn":
        pay.append(f"IBAN: {iban_text}")
    body = f"""
<table style="width:100%"><tr><td style="width:55%"><p class="ttl accent">Factuur</p>
<p style="margin-top:18pt">{esc(customer.name)}<br/>{lines_html(customer.address)}</p></td>
<td style="width:45%;text-align:right">{vendor_html}</td></tr></table>
{meta_html}
{items_table(cols, rows, zebra=theme.table == "zebra")}
{totals_table(totals, left="45%")}
<p style="margin-top:16pt">{'<br/>'.join(pay)}</p>
"""
    footer = (f"<p class='tiny muted c' style='border-top:0.5pt solid #aaa'>{esc(vendor.name)} | KvK "
              f"{vendor.extra['kvk']} | BTW {esc(vendor.tax_id)} | IBAN {iban_text} | {esc(vendor.website)}</p>")
    sheet = Sheet(width=width, height=height, css=css, pages=[[
        Box((50, 45, width - 50, height - 60), body),
        Box((50, height - 50, width - 50, height - 22), footer),
    ]])
    return Built(doc=doc, sheet=sheet, template="factuur_nl", notes={"style": style})
