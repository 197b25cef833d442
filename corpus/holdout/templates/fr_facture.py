"""French invoice (facture) with the legal mentions.

Issuer block with SIRET, TVA intracommunautaire and RCS; "FACTURE" with N° de facture, Date
d'émission, Date d'échéance; client block with N° client (and sometimes the client's own TVA number);
Désignation / Qté / PU HT / TVA / Montant HT; Total HT, TVA 20 % (and 5,5 / 10 %), Total TTC, an
optional deposit (Acompte versé) and Net à payer; late-payment penalties and the 40 € recovery fee.
"""

from __future__ import annotations

import random
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, pick
from corpus.holdout.catalog import make_lines, totals_by_rate
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import account_code, bic, fr_vat, iban, make_company, siren
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money
from corpus.holdout.render import A4, Box, Sheet

FAMILY = "fr_facture"
DOCUMENT_TYPE = "invoice"


def _pct(value: Decimal) -> str:
    return f"{value.normalize():f}".replace(".", ",") + " %"


def build(rng: random.Random) -> Built:
    vendor = make_company(rng, "FR")
    customer = make_company(rng, "FR", with_tax=False)
    fmt = Fmt.pick(rng, "FR")
    issued, due, days = issue_and_due(rng, (15, 30, 30, 45))
    number = pick(rng, [f"FA{issued.year}-{rng.randrange(1, 9999):04d}", f"F-{issued.year}{issued.month:02d}-{rng.randrange(1, 999):03d}",
                        f"{rng.randrange(10000, 99999)}", f"FAC-{rng.randrange(100, 9999)}"])
    lines = make_lines(rng, "office_fr", rng.randrange(1, 9))
    reduced = chance(rng, 0.15)
    for line in lines:
        line.tax_rate = Decimal("10") if reduced and chance(rng, 0.4) else Decimal("20")
    rates, bases, taxes, net, tax, total = totals_by_rate(lines)
    deposit = money(total * Decimal("0.3")) if chance(rng, 0.15) else None
    show_due = chance(rng, 0.75)
    terms = pick(rng, [f"{days} jours fin de mois", f"Paiement à {days} jours", "À réception de facture",
                       f"{days} jours date de facture", None])
    discount = pick(rng, [None, None, f"Escompte de 2 % pour paiement sous {pick(rng, [8, 10])} jours"])
    doc = Doc(document_type=DOCUMENT_TYPE, locale="FR", currency="EUR", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=due if show_due else None, payment_terms=terms, discount_terms=discount)
    if chance(rng, 0.7):
        doc.customer_id = account_code(rng, pick(rng, ["C", "num", "alpha"]))

    theme = Theme.pick(rng, size=(8.0, 9.5), table=pick(rng, ["grid", "zebra", "header_fill", "boxed"]))
    css = theme.css(".ftitle{font-size:20pt;font-weight:bold;letter-spacing:2pt}")
    width, height = A4
    head_left = (f"{logo(vendor.name, rng, theme.accent)}<p class='b' style='margin-top:5pt'>{esc(vendor.name)}</p>"
                 f"<p>{lines_html(vendor.address)}<br/>Tél. : {esc(vendor.phone)}<br/>{esc(vendor.email)}</p>"
                 f"<p class='small'>SIRET : {esc(vendor.extra['siret'])}<br/>"
                 f"N° TVA intracommunautaire : {esc(vendor.tax_id)}</p>")
    meta = [("N° de facture" if chance(rng, 0.6) else "Facture n°", esc(number)),
            (pick(rng, ["Date d'émission", "Date de facture", "Date"]), fmt.date(issued))]
    if show_due:
        meta.append((pick(rng, ["Date d'échéance", "Échéance"]), fmt.date(due)))
    if chance(rng, 0.4):
        meta.append(("Bon de commande", f"BC{rng.randrange(10000, 99999)}"))
    meta_html = "".join(f"<tr><td class='b' style='width:50%'>{k}</td><td style='width:50%'>{v}</td></tr>" for k, v in meta)
    client = [f"<b>{pick(rng, ['Facturé à', 'Client', 'Adresse de facturation'])}</b>", esc(customer.name),
              lines_html(customer.address)]
    if doc.customer_id:
        client.append(f"N° client : {esc(doc.customer_id)}")
    if chance(rng, 0.4):
        client.append(f"TVA : {fr_vat(siren(rng))}")
    head_right = (f"<p class='ftitle accent'>FACTURE</p><table class='kv' style='width:100%'>{meta_html}</table>"
                  f"<div class='boxed' style='margin-top:10pt'>{'<br/>'.join(client)}</div>")
    tva_col = chance(rng, 0.6) or reduced
    cols = [Col("Désignation", width="46%"), Col("Qté", "right", "8%"), Col("PU HT", "right", "15%")] + \
        ([Col("TVA", "right", "10%")] if tva_col else []) + [Col("Montant HT", "right", "18%")]
    euro = fmt.money if chance(rng, 0.5) else fmt.num
    rows = [[esc(line.description), fmt.qty(line.quantity), euro(line.unit_price)]
            + ([_pct(line.tax_rate)] if tva_col else []) + [euro(line.amount)] for line in lines]
    totals = [("Total HT", fmt.money(net), False)]
    for r in rates:
        totals.append((f"TVA {_pct(r)}" + (f" sur {fmt.num(bases[r])}" if len(rates) > 1 else ""),
                       fmt.money(taxes[r]), False))
    totals.append(("Total TTC", fmt.money(total), True))
    if deposit:
        totals.append(("Acompte versé", f"- {fmt.money(deposit)}", False))
        totals.append(("Net à payer", fmt.money(total - deposit), True))
    elif chance(rng, 0.4):
        totals.append(("Net à payer", fmt.money(total), True))
    cond = []
    if terms:
        cond.append(f"Conditions de paiement : {esc(terms)}")
    if discount:
        cond.append(esc(discount))
    else:
        cond.append("Pas d'escompte pour paiement anticipé.")
    cond.append("En cas de retard de paiement, des pénalités égales à trois fois le taux d'intérêt légal seront "
                "exigibles, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 €.")
    cond.append(f"Règlement par virement : IBAN {iban(rng, 'FR')} – BIC {bic(rng, 'FR')}")
    body = f"""
<table style="width:100%"><tr><td style="width:52%">{head_left}</td><td style="width:48%">{head_right}</td></tr></table>
{items_table(cols, rows, zebra=theme.table == "zebra")}
{totals_table(totals, left="48%")}
<p class="small" style="margin-top:14pt">{'<br/>'.join(cond)}</p>
"""
    capital = pick(rng, ["1 000", "10 000", "37 000", "150 000"])
    legal = vendor.name.split()[-1]
    footer = (f"<p class='tiny muted c'>{esc(vendor.name)} – {esc(legal)} au capital de {capital} € – "
              f"{esc(vendor.extra['rcs'])} – APE {esc(vendor.extra['ape'])} – SIRET {esc(vendor.extra['siret'])}"
              f"<br/>Page 1/1</p>")
    sheet = Sheet(width=width, height=height, css=css, pages=[[
        Box((45, 40, width - 45, height - 60), body),
        Box((45, height - 52, width - 45, height - 20), footer),
    ]])
    return Built(doc=doc, sheet=sheet, template="facture_fr", notes={"deposit": float(deposit) if deposit else None})
