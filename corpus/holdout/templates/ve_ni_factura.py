"""Venezuelan and Nicaraguan invoices: the Venezuelan FACTURA printed on a SENIAT-authorised form (número de control) with IVA at
16 % and exempt lines, in bolívares with the BCV rate and a dollar equivalent, its NOTA DE CRÉDITO, and the Nicaraguan FACTURA with
IVA at 15 %, exempt lines, a discount, the DGI authorisation and the customer's 2 % IR withholding, in córdobas, 2023-2025
(invented companies).

Three prints. `ve_factura_fiscal` (the supplier's razón social, "RIF: J-12345678-9" (= tax id) and domicilio fiscal; a box with
FACTURA, "N° de Factura" (= id), "N° de Control" `00-00012345` (decoy), Fecha de emisión; the customer's boxes Nombre o Razón
Social / RIF (decoy) / Domicilio fiscal / Condiciones de pago (= terms); Código / Descripción / Cant. / Precio unitario / Total
with exempt lines marked (E); Sub-total (= net), Monto exento, Base imponible 16 %, IVA 16 % (= tax), TOTAL A PAGAR Bs. (= total);
the BCV rate and the USD equivalent (decoys); the printer's RIF, providencia and control-number range (decoys)),
`ve_nota_de_credito` (the same form as NOTA DE CRÉDITO with "Factura afectada" (no id), amounts printed positive),
`ni_factura` (a supplier column with "RUC J0310000012345" (= tax id) and an address given from landmarks ("De la Rotonda Rubén
Darío 2 c. al sur"), FACTURA "No." with its series (= id), the buyer with its RUC (decoy), Condición de pago (= terms) and a due
date, Cant. / Descripción / P. Unitario / Total, Suma, Descuento, Sub-Total (= net), IVA 15 % (= tax), Total C$ (= total), the
amount in words, the customer's IR retention (no part of the total), the DGI authorisation (decoy)).

Truth: an `invoice` or a `credit_note` (negative); vendor with its RIF / RUC; net = the subtotal; tax = the IVA; total = the total
to pay.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fourth import spanish_number_words
from corpus.holdout.fakes_twentyeighth import (
    ni_dgi_authorisation,
    ni_party,
    ni_ruc,
    ve_control_number,
    ve_party,
    ve_rif,
)
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._fifteenth import pts, rows_html
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyeighth import FORM_CSS, form_grid, sidebar_invoice
from corpus.holdout.templates._twentyfirst import build_paged

FAMILY = "ve_ni_factura"
D = Decimal
VE_ITEMS = [("HAR-01", "Harina de maíz precocida 1 kg (bulto 20 und.)", 900, 1600, 0), ("ARZ-02", "Arroz blanco tipo I 1 kg (bulto 24 und.)", 850, 1500, 0),
            ("MED-10", "Acetaminofén 500 mg x 20 tabletas (caja 50 und.)", 1200, 2600, 0), ("SRV-AC", "Mantenimiento preventivo de aire acondicionado 24.000 BTU", 1500, 4200, 16),
            ("TON-85", "Cartucho de tóner 85A negro", 1800, 3900, 16), ("CEM-42", "Cemento gris Portland tipo I, saco 42,5 kg", 320, 520, 16),
            ("CAU-16", "Caucho 205/55 R16", 2800, 5200, 16), ("TRN-CV", "Flete de carga Caracas - Valencia", 6000, 18000, 16),
            ("PAP-CT", "Papel bond tamaño carta, resma 500 hojas", 190, 360, 16), ("ACE-15", "Aceite de motor 15W-40, galón", 700, 1300, 16),
            ("SRV-CT", "Honorarios por asesoría contable, mes", 9000, 26000, 16)]
NI_ITEMS = [("Cemento gris 42.5 kg", 380, 520, 15), ("Varilla corrugada 3/8\" x 6 m", 190, 290, 15), ("Lámina de zinc cal. 26 x 12'", 520, 780, 15),
            ("Arroz 80/20, quintal", 2100, 2900, 0), ("Frijol rojo, quintal", 3200, 4600, 0), ("Servicio de fumigación de bodega", 3500, 9800, 15),
            ("Mantenimiento de vehículo (mano de obra)", 1800, 6500, 15), ("Pintura látex blanca, cubeta 5 gal.", 2400, 3600, 15),
            ("Papel bond carta, resma", 180, 260, 15), ("Tubo PVC 1/2\" x 6 m", 95, 160, 15)]


def _ve_rate(when: date) -> Decimal:
    days = (when - date(2023, 1, 1)).days
    return (D(18) + D(days) * D("0.055")).quantize(D("0.0001"))


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["ve_factura_fiscal", "ve_factura_fiscal", "ve_nota_de_credito", "ni_factura", "ni_factura"])
    issued = random_date(rng, date(2023, 1, 9), 900)

    def d(x):
        return fmt_date(x, "dmy_slash")

    theme = Theme.pick(rng, size=(7.5, 9.0))
    if layout.startswith("ni_"):
        return _nicaragua(rng, layout, issued, d, theme)
    credit = layout == "ve_nota_de_credito"
    vendor, customer = ve_party(rng), ve_party(rng)
    buyer_rif = customer.tax_id if chance(rng, 0.8) else ve_rif(rng, "V")
    customer.tax_id = None
    number = f"{rng.randrange(1, 99999):08d}" if not credit else f"{rng.randrange(1, 2999):08d}"
    control = ve_control_number(rng)
    original = f"{rng.randrange(1, 99999):08d}"
    lines = []
    for code, desc, low, high, pct in rng.sample(VE_ITEMS, rng.randrange(1, 3) if credit else rng.randrange(2, 7)):
        qty = D(pick(rng, [1, 1, 2, 3, 5, 10, 12, 20])) if high < 5000 else D(1)
        price = money(rng.uniform(low, high))
        line = Line(desc, qty, price, money(qty * price), code=code)
        line.tax_rate = D(pct)
        lines.append(line)
    net = sum((li.amount for li in lines), D("0.00"))
    base = sum((li.amount for li in lines if li.tax_rate), D("0.00"))
    exempt = net - base
    tax = money(base * D("0.16"))
    total = net + tax
    days = pick(rng, [0, 0, 15, 30])
    terms = None if credit else ("Contado" if not days else pick(rng, [f"Crédito {days} días", f"Crédito a {days} días"]))
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="VE", currency="VES", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, payment_terms=terms)

    def a(v):
        return amount(v, ".", ",")

    rate = _ve_rate(issued)
    usd = money(total / rate)
    printer = f"{pick(rng, ['Imprenta Digital', 'Gráficas', 'Litografía', 'Formas Continuas'])} {pick(rng, ['del Centro', 'Caribe', 'Ávila', 'Nacional'])}, C.A."
    printer_rif = ve_rif(rng)
    providencia = f"SENIAT/INTI/{rng.randrange(2019, 2023)}/{rng.randrange(100, 9999):06d}"
    start = int(control.split("-")[1]) - rng.randrange(1, 5000)
    W = A4[0] - 72
    title = "NOTA DE CRÉDITO" if credit else "FACTURA"
    box = (f"<div class='boxed'><p class='fh c'>{title}</p><p>N° de {'Nota de Crédito' if credit else 'Factura'}: <b>{number}</b></p>"
           f"<p>N° de Control: <b>{control}</b></p><p>Fecha de emisión: <b>{d(issued)}</b></p>"
           + (f"<p>Factura afectada: {original} del {d(issued - timedelta(days=rng.randrange(3, 60)))}</p>" if credit else "") + "</div>")
    seller = (f"<p class='t accent'>{esc(vendor.name)}</p><p class='b'>RIF: {vendor.tax_id}</p><p class='small'>Domicilio fiscal:</p>"
              + "".join(f"<p>{esc(x)}</p>" for x in vendor.address) + f"<p class='small'>Teléfono: {vendor.phone} · {esc(vendor.email or '')}</p>")
    client = form_grid([[("Nombre o Razón Social", esc(customer.name), 0.64), ("RIF / C.I.", buyer_rif, 0.36)],
                        [("Domicilio fiscal", esc(", ".join(customer.address)), 0.64),
                         ("Condiciones de pago" if not credit else "Motivo", esc(terms) if terms else pick(rng, ["Devolución de mercancía", "Descuento por pronto pago", "Ajuste de precio"]), 0.36)]],
                       W - 10)
    first = (f"<table><tr><td style='width:{W * 0.58:.0f}pt'>{seller}</td><td style='width:{W * 0.38:.0f}pt'>{box}</td></tr></table>"
             + f"<div style='margin-top:6pt'>{client}</div><div style='height:4pt'></div>")
    totals = [("Sub-total", a(net)), ("Monto total exento o exonerado", a(exempt)), ("Base imponible alícuota general 16%", a(base)),
              ("Monto total del IVA 16%", a(tax)), ("TOTAL A PAGAR Bs." if not credit else "TOTAL NOTA DE CRÉDITO Bs.", a(total))]
    left = (f"<p class='small'>Tasa de cambio BCV: {amount(rate, '.', ',', 4)} Bs./USD</p><p class='small'>Equivalente referencial: USD {a(usd)}</p>"
            + ("<p class='small'>Los pagos en divisas generan el Impuesto a las Grandes Transacciones Financieras (IGTF 3%), no incluido.</p>" if chance(rng, 0.5) else ""))
    closing = (f"<table style='margin-top:6pt'><tr><td style='width:{W - 300:.0f}pt'>{left}</td><td style='width:280pt'>{rows_html(totals, widths=(190, 88))}</td></tr></table>"
               + f"<p class='tiny muted' style='margin-top:8pt'>{esc(printer)} RIF {printer_rif}. Providencia Administrativa {providencia}. "
               f"Nros. de control desde el 00-{start:08d} hasta el 00-{start + 5000:08d}. Fecha de asignación {d(issued - timedelta(days=rng.randrange(60, 400)))}.</p>"
               + "<p class='tiny muted'>Esta factura va sin tachaduras ni enmiendas. Original: Cliente - Copia: Emisor.</p>")
    head = ["Código", "Descripción", "Cant.", "Precio unitario", "Total"]

    def cells(li):
        return [li.code, esc(li.description) + (" (E)" if not li.tax_rate else ""), str(li.quantity), a(li.unit_price), a(li.amount)]

    css = theme.css(FORM_CSS + " .t{font-size:13pt;font-weight:bold}")
    notes = {"control": control, "buyer_rif": buyer_rif, "printer_rif": printer_rif, "rate": str(rate), "usd": str(usd), "original": original if credit else None}
    return build_paged(doc, layout, *A4, css, first, head, pts(W, 0.1, 0.46, 0.08, 0.17, 0.19), {2, 3, 4}, lines, cells, closing,
                       cont=f"{title} N° {number}", footer_text="Página", notes=notes)


def _nicaragua(rng: random.Random, layout: str, issued: date, d, theme) -> Built:
    vendor, customer = ni_party(rng), ni_party(rng)
    buyer_ruc = ni_ruc(rng) if chance(rng, 0.7) else None
    customer.tax_id = None
    series = pick(rng, ["A", "B", "F", ""])
    k = rng.randrange(1, 99999)
    number = f"{series}-{k:06d}" if series else f"{k:07d}"
    lines = []
    for desc, low, high, pct in rng.sample(NI_ITEMS, rng.randrange(2, 7)):
        qty = D(pick(rng, [1, 2, 3, 5, 10, 20, 25, 50])) if high < 1000 else D(pick(rng, [1, 1, 2, 4]))
        price = money(rng.uniform(low, high))
        line = Line(desc, qty, price, money(qty * price))
        line.tax_rate = D(pct)
        lines.append(line)
    suma = sum((li.amount for li in lines), D("0.00"))
    pct = D(pick(rng, [0, 0, 0, 2, 5]))
    discount = money(suma * pct / 100)
    net = suma - discount
    taxable = sum((li.amount for li in lines if li.tax_rate), D("0.00"))
    taxable_after = money(taxable * (100 - pct) / 100)
    tax = money(taxable_after * D("0.15"))
    total = net + tax
    days = pick(rng, [0, 15, 30, 30])
    terms = "Contado" if not days else pick(rng, [f"Crédito {days} días", f"Crédito - {days} días"])
    due = issued + timedelta(days=days) if days and chance(rng, 0.7) else None
    code = f"C-{rng.randrange(100, 9999)}" if chance(rng, 0.5) else None
    doc = Doc(document_type="invoice", locale="NI", currency="NIO", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued, total=total,
              net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=code, lines_adjustment=-discount)

    def a(v):
        return amount(v, ",", ".")

    dgi = ni_dgi_authorisation(rng, issued - timedelta(days=rng.randrange(30, 500)))
    rate = (D("36.6243") + D(rng.randrange(0, 400)) / 10000).quantize(D("0.0001"))
    cents = int((total - int(total)) * 100)
    words = f"{spanish_number_words(int(total))} CÓRDOBAS CON {cents:02d}/100"
    seller = pick(rng, ["Ana Lucía Martínez", "José Ramón Gutiérrez", "María José Baltodano", "Carlos Téllez"])
    vrows = [f"RUC {vendor.tax_id}", f"Tel. {vendor.phone}", esc(vendor.email or "")]
    meta = [("No.", number), ("Fecha:", d(issued))] + ([("Código cliente:", code)] if code else []) + [("Condición de pago:", terms)] \
        + ([("Vence:", d(due))] if due else []) + [("Vendedor:", seller)]
    totals = [("Suma", a(suma))] + ([(f"Descuento {pct}%", f"-{a(discount)}")] if discount else []) + [("Sub-Total", a(net)), ("IVA 15%", a(tax)), ("Total C$", a(total))]
    side = [f"Son: {words}", f"Tipo de cambio oficial BCN: {rate}"]
    foot = [f"Retención IR 2%: a cargo del cliente (C$ {a(money(net * D('0.02')))}), no incluida en el total." if chance(rng, 0.5) else "",
            f"Autorizado DGI: {dgi} · Original: Cliente - Copia: Contabilidad"]
    head, fr, numeric = ["Cant.", "Descripción", "P. Unitario", "Total"], (0.1, 0.56, 0.16, 0.18), {0, 2, 3}

    def cells(li):
        return [str(li.quantity), esc(li.description) + (" (exento)" if not li.tax_rate else ""), a(li.unit_price), a(li.amount)]

    notes = {"buyer_ruc": buyer_ruc, "dgi": dgi, "words": words}
    paper = pick(rng, [A4, LETTER])
    return sidebar_invoice(doc, layout, theme, *paper, title=pick(rng, ["FACTURA", "Factura"]), vendor_rows=vrows, buyer_label="Cliente:",
                           buyer_rows=[f"RUC: {buyer_ruc}"] if buyer_ruc else [], meta=meta, head=head, fractions=fr, numeric=numeric, cells=cells,
                           totals=totals, foot=foot, notes=notes, footer_text="Página", side_notes=side)
