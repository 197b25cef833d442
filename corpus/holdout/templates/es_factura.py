"""Spanish invoice (factura) as small firms print them.

Issuer with CIF/NIF, "FACTURA" with Nº factura (series/number), Fecha, Fecha de vencimiento; a
"Datos del cliente" box with the client's NIF (a decoy tax id); Concepto / Cantidad / Precio /
Dto. / Importe; Base imponible, IVA 21 % (and 10 %), Total factura; Forma de pago with an IBAN,
optionally Condiciones de pago; the Registro Mercantil line in the footer.
"""

from __future__ import annotations

import random
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, pick
from corpus.holdout.catalog import make_lines, totals_by_rate
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo, rate, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import account_code, es_cif, es_nif_person, iban, make_company
from corpus.holdout.locales import Fmt
from corpus.holdout.render import A4, Box, Sheet

FAMILY = "es_factura"
DOCUMENT_TYPE = "invoice"


def build(rng: random.Random) -> Built:
    vendor = make_company(rng, "ES")
    customer = make_company(rng, "ES", with_tax=False)
    fmt = Fmt.pick(rng, "ES")
    issued, due, days = issue_and_due(rng, (15, 30, 30, 60))
    series = pick(rng, ["A", "F", "FV", ""])
    number = pick(rng, [f"{series}{issued.year}/{rng.randrange(1, 999):04d}", f"{series}-{rng.randrange(1, 9999):05d}",
                        f"{issued.year % 100}{rng.randrange(1, 9999):04d}"]).lstrip("-")
    lines = make_lines(rng, "office_es", rng.randrange(1, 8))
    low = chance(rng, 0.15)
    for line in lines:
        line.tax_rate = Decimal(10) if low and chance(rng, 0.5) else Decimal(21)
    rates, bases, taxes, net, tax, total = totals_by_rate(lines)
    show_due = chance(rng, 0.7)
    terms = pick(rng, [None, f"{days} días fecha factura", f"Pago a {days} días", "Contado"])
    es_prefix = chance(rng, 0.25)
    if es_prefix:
        vendor.tax_id = "ES" + (vendor.tax_id or "")
    doc = Doc(document_type=DOCUMENT_TYPE, locale="ES", currency="EUR", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=due if show_due else None, payment_terms=terms)
    if chance(rng, 0.4):
        doc.customer_id = account_code(rng, pick(rng, ["num", "C"]))

    theme = Theme.pick(rng, size=(8.0, 9.5), table=pick(rng, ["grid", "header_fill", "boxed", "zebra"]))
    css = theme.css(".ttl{font-size:22pt;font-weight:bold}")
    width, height = A4
    tax_label = pick(rng, ["CIF", "NIF", "C.I.F."]) if not es_prefix else "NIF-IVA"
    vendor_html = (f"{logo(vendor.name, rng, theme.accent)}<p style='margin-top:4pt'><b>{esc(vendor.name)}</b><br/>"
                   f"{tax_label}: {esc(vendor.tax_id)}<br/>{lines_html(vendor.address)}<br/>Tel. {esc(vendor.phone)}"
                   f"<br/>{esc(vendor.email)}</p>")
    meta = [(pick(rng, ["Nº factura", "Factura nº", "Número de factura"]), esc(number)),
            (pick(rng, ["Fecha", "Fecha factura", "Fecha de emisión"]), fmt.date(issued))]
    if show_due:
        meta.append((pick(rng, ["Fecha de vencimiento", "Vencimiento"]), fmt.date(due)))
    if chance(rng, 0.4):
        meta.append(("Pedido", f"P-{rng.randrange(1000, 9999)}"))
    meta_html = "".join(f"<tr><td class='b' style='width:48%'>{k}:</td><td style='width:52%'>{v}</td></tr>"
                        for k, v in meta)
    client_tax = es_cif(rng, pick(rng, ["B", "A"])) if chance(rng, 0.8) else es_nif_person(rng)
    client = [f"<b>{pick(rng, ['Datos del cliente', 'Cliente', 'Facturar a'])}</b>", esc(customer.name),
              f"NIF: {client_tax}", lines_html(customer.address)]
    if doc.customer_id:
        client.append(f"Código cliente: {esc(doc.customer_id)}")
    dto = chance(rng, 0.5)
    cols = [Col("Concepto", width="46%"), Col("Cantidad", "right", "10%"), Col("Precio", "right", "14%")] + \
        ([Col("Dto.", "right", "8%")] if dto else []) + [Col("Importe", "right", "16%")]
    rows = [[esc(line.description), fmt.qty(line.quantity), fmt.money(line.unit_price)]
            + (["0 %" if chance(rng, 0.5) else "-"] if dto else []) + [fmt.money(line.amount)] for line in lines]
    totals = [("Base imponible", fmt.money(net), False)]
    for r in rates:
        totals.append((f"IVA {rate(r)} %" + (f" s/ {fmt.num(bases[r])}" if len(rates) > 1 else ""),
                       fmt.money(taxes[r]), False))
    totals.append((pick(rng, ["Total factura", "TOTAL", "Total a pagar"]), fmt.money(total), True))
    pay = [f"Forma de pago: {pick(rng, ['Transferencia bancaria', 'Transferencia', 'Recibo domiciliado'])}",
           f"IBAN: {iban(rng, 'ES')}"]
    if terms:
        pay.insert(1, f"Condiciones de pago: {esc(terms)}")
    body = f"""
<table style="width:100%"><tr><td style="width:55%">{vendor_html}</td>
<td style="width:45%"><p class="ttl accent">FACTURA</p><table class="kv" style="width:100%">{meta_html}</table></td></tr></table>
<div class="boxed" style="margin-top:10pt">{'<br/>'.join(client)}</div>
{items_table(cols, rows, zebra=theme.table == "zebra")}
{totals_table(totals, left="50%")}
<p style="margin-top:14pt">{'<br/>'.join(pay)}</p>
"""
    city = vendor.address[-1].split(" ", 1)[1]
    footer = (f"<p class='tiny muted c'>{esc(vendor.name)} – Inscrita en el Registro Mercantil de {esc(city)}, "
              f"Tomo {rng.randrange(1000, 40000)}, Folio {rng.randrange(1, 220)}, Hoja {city[0]}-{rng.randrange(1000, 99999)}"
              f"<br/>En cumplimiento del RGPD, sus datos serán tratados con la finalidad de gestionar la facturación.</p>")
    sheet = Sheet(width=width, height=height, css=css, pages=[[
        Box((45, 40, width - 45, height - 60), body),
        Box((45, height - 52, width - 45, height - 20), footer),
    ]])
    return Built(doc=doc, sheet=sheet, template="factura_es")
