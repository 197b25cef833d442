"""Bolivian electronic invoices under the SIN's Sistema de Facturación en Línea: "FACTURA CON DERECHO A CRÉDITO FISCAL", in
Spanish, BOB (Bs), 2023-2025.

Three prints. `bo_factura_carta` (letter size: the issuer's name, Casa Matriz / Sucursal N° 0, Punto de Venta, address and
phone on the left; NIT, FACTURA N°, CÓD. AUTORIZACIÓN (the long CUF, decoy) boxed on the right; FACTURA title with "(Con Derecho
a Crédito Fiscal)", Fecha, NIT/CI/CEX of the buyer (decoy), Nombre/Razón Social, Cod. Cliente (= customer id); CÓDIGO
PRODUCTO / SERVICIO, CANTIDAD, UNIDAD DE MEDIDA, DESCRIPCIÓN, PRECIO UNITARIO, DESCUENTO, SUBTOTAL; SUBTOTAL Bs, DESCUENTO Bs,
TOTAL Bs, MONTO GIFT CARD, MONTO A PAGAR Bs, IMPORTE BASE CRÉDITO FISCAL; "Son: ... 00/100 Bolivianos"; the legend "ESTA FACTURA
CONTRIBUYE AL DESARROLLO DEL PAÍS..." and the Ley N° 453 consumer legend; a QR), `bo_factura_rollo` (the same on an 80 mm roll).

Prices include the 13 % IVA, which no field prints: the truth has no tax and no net (the "Importe base crédito fiscal" equals
the total and is not a net); lines sum to the total. Truth: vendor = the issuer with its NIT as tax id and address; customer =
Nombre/Razón Social (its NIT/CI a decoy; no address printed); id = FACTURA N° (the CUF and the punto de venta decoys); date = the
Fecha de emisión.
"""

from __future__ import annotations

import random
from datetime import date, datetime
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentyfirst import bo_cuf, bo_party
from corpus.holdout.money import random_date, words_english
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._fifteenth import priced_lines, pts
from corpus.holdout.templates._twentieth import amount, qr_on_last_page
from corpus.holdout.templates._twentyfirst import build_paged

FAMILY = "bo_factura"
D = Decimal
ITEMS = [("Cemento Portland IP-30 bolsa 50 kg", "BOLSA", 52, 62), ("Aceite comestible Fino 900 ml", "UNIDAD", 13, 19), ("Papel bond tamaño carta resma", "PAQUETE", 32, 45),
         ("Servicio de mantenimiento de equipos de cómputo", "SERVICIO", 250, 900), ("Harina de trigo 46 kg", "BOLSA", 190, 240),
         ("Calamina galvanizada N° 28", "PIEZA", 55, 95), ("Tóner HP 85A compatible", "UNIDAD", 120, 260), ("Agua de mesa 20 litros", "BOTELLÓN", 15, 25),
         ("Servicio de transporte de carga La Paz - Oruro", "SERVICIO", 800, 2400), ("Quinua real en grano 1 kg", "KILOGRAMO", 18, 30),
         ("Cable eléctrico 2.5 mm rollo 100 m", "ROLLO", 310, 480), ("Asesoría contable mensual", "SERVICIO", 700, 2500)]


def _son(v: Decimal) -> str:
    whole = int(v)
    words = words_english(Decimal(whole), unit="", cents="").replace(" Only", "").strip()
    return f"Son: {words.upper()} {int((v - whole) * 100):02d}/100 Bolivianos"


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["bo_factura_carta", "bo_factura_carta", "bo_factura_rollo"])
    vendor, buyer = bo_party(rng), bo_party(rng)
    buyer_nit = buyer.tax_id
    buyer.tax_id = None
    issued = random_date(rng, date(2023, 1, 9), 1000)
    roll = layout == "bo_factura_rollo"
    lines = priced_lines(rng, ITEMS, rng.randrange(1, 5 if roll else 14), quantities=(1, 1, 2, 3, 5, 10))
    total = sum((li.amount for li in lines), D("0.00"))
    number = str(rng.randrange(1, 9000))
    cust_id = buyer_nit if chance(rng, 0.3) else f"{rng.randrange(100, 99999)}"
    doc = Doc(document_type="invoice", locale="BO", currency="BOB", vendor=vendor, customer=buyer, invoice_ids=[number], document_date=issued,
              total=total, lines=lines, customer_address_printed=False, customer_id=cust_id, lines_sum_to="total")
    cuf = bo_cuf(rng)
    when = datetime(issued.year, issued.month, issued.day, rng.randrange(8, 20), rng.randrange(60))

    def n(v):
        return amount(v, ",", ".")

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Courier"] if roll else ["Helvetica", "Times"]), size=(7.0, 8.0), table="rules" if roll else "grid")
    css = theme.css(".t{font-size:12pt;font-weight:bold} .box{border:0.8pt solid #333;padding:4pt}")
    legend = ("<p class='c small b' style='margin-top:6pt'>ESTA FACTURA CONTRIBUYE AL DESARROLLO DEL PAÍS, EL USO ILÍCITO SERÁ SANCIONADO PENALMENTE DE ACUERDO A LEY</p>"
              + "<p class='c tiny'>Ley N° 453: El proveedor deberá suministrar el servicio en las modalidades y términos ofertados o convenidos.</p>"
              + "<p class='c tiny'>“Este documento es la Representación Gráfica de un Documento Fiscal Digital emitido en una modalidad de facturación en línea”</p>")
    totals = [("SUBTOTAL Bs", n(total)), ("DESCUENTO Bs", "0.00"), ("TOTAL Bs", n(total)), ("MONTO GIFT CARD Bs", "0.00"),
              ("MONTO A PAGAR Bs", n(total)), ("IMPORTE BASE CRÉDITO FISCAL", n(total))]
    if roll:
        width, height = 227.0, 620.0 + 48 * len(lines)
        W = width - 20
        first = (f"<p class='c b'>FACTURA</p><p class='c small'>CON DERECHO A CRÉDITO FISCAL</p><p class='c b'>{esc(vendor.name)}</p>"
                 + "<p class='c small'>CASA MATRIZ</p><p class='c small'>No. Punto de Venta 0</p>" + "".join(f"<p class='c small'>{esc(x)}</p>" for x in vendor.address)
                 + f"<p class='c small'>Teléfono: {vendor.phone}</p><hr/><p class='c'>NIT</p><p class='c'>{vendor.tax_id}</p><p class='c'>FACTURA N°</p><p class='c'>{number}</p>"
                 + f"<p class='c'>CÓD. AUTORIZACIÓN</p><p class='c tiny'>{cuf}</p><hr/>"
                 + f"<p>NOMBRE/RAZÓN SOCIAL: {esc(buyer.name)}</p><p>NIT/CI/CEX: {buyer_nit}</p><p>COD. CLIENTE: {cust_id}</p>"
                 + f"<p>FECHA DE EMISIÓN: {when.strftime('%d/%m/%Y %I:%M %p')}</p><hr/>")
        head, widths = ["DETALLE", "SUBTOTAL"], pts(W, 0.7, 0.3, pad=6)

        def cells(li):
            return [f"{esc(li.description)}<br/>{li.quantity} X {n(li.unit_price)} - 0.00", n(li.amount)]

        closing = ("<table style='margin-top:4pt'>" + "".join(f"<tr><td style='width:{W * 0.62:.0f}pt'>{k}</td><td class='r' style='width:{W * 0.3:.0f}pt'>{v}</td></tr>" for k, v in totals)
                   + f"</table><p class='small'>{_son(total)}</p>" + legend)
        built = build_paged(doc, layout, width, height, css, first, head, widths, {1}, lines, cells, closing + "<div style='height:80pt'></div>",
                            cont=f"FACTURA {number}", margin=(10.0, 10.0, 10.0, 10.0), scan_weight=2.0, notes={"cuf": cuf, "buyer_nit": buyer_nit})
        qr_on_last_page(built.sheet, (width / 2 - 35, height - 90, width / 2 + 35, height - 20), f"https://siat.impuestos.gob.bo/consulta/QR?nit={vendor.tax_id}&cuf={cuf}&numero={number}")
        return built
    width, height = pick(rng, [LETTER, A4])
    W = width - 72
    first = ("<table><tr>" + f"<td style='width:{W * 0.55:.0f}pt'><p class='t'>{esc(vendor.name)}</p><p>CASA MATRIZ</p><p>No. Punto de Venta: 0</p>"
             + "".join(f"<p>{esc(x)}</p>" for x in vendor.address) + f"<p>Teléfono: {vendor.phone}</p></td>"
             + f"<td style='width:{W * 0.4:.0f}pt'><div class='box'><p><b>NIT</b> {vendor.tax_id}</p><p><b>FACTURA N°</b> {number}</p>"
             + f"<p><b>CÓD. AUTORIZACIÓN</b></p><p class='tiny'>{cuf}</p></div></td></tr></table>"
             + "<p class='t c' style='margin-top:6pt'>FACTURA</p><p class='c small'>(Con Derecho a Crédito Fiscal)</p>"
             + f"<table style='margin-top:4pt'><tr><td style='width:{W / 2:.0f}pt'>Fecha: {when.strftime('%d/%m/%Y %I:%M %p')}</td><td>NIT/CI/CEX: {buyer_nit}</td></tr>"
             + f"<tr><td>Nombre/Razón Social: {esc(buyer.name)}</td><td>Cod. Cliente: {cust_id}</td></tr></table>")
    head = ["CÓDIGO PRODUCTO / SERVICIO", "CANTIDAD", "UNIDAD DE MEDIDA", "DESCRIPCIÓN", "PRECIO UNITARIO", "DESCUENTO", "SUBTOTAL"]
    widths = pts(W, 0.12, 0.09, 0.11, 0.34, 0.12, 0.1, 0.12)
    codes = {id(li): f"{rng.randrange(10000, 99999)}" for li in lines}

    def cells(li):
        return [codes[id(li)], str(li.quantity), li.unit, esc(li.description), n(li.unit_price), "0.00", n(li.amount)]

    closing = (f"<table style='margin-left:{W - 240:.0f}pt;margin-top:4pt'>" + "".join(f"<tr><td style='width:150pt'>{k}</td><td class='r' style='width:80pt'>{v}</td></tr>" for k, v in totals)
               + f"</table><p style='margin-top:4pt'>{_son(total)}</p>" + legend)
    built = build_paged(doc, layout, width, height, css, first, head, widths, {1, 4, 5, 6}, lines, cells, closing, cont=f"FACTURA N° {number}",
                        margin=(36.0, 34.0, 36.0, 110.0), notes={"cuf": cuf, "buyer_nit": buyer_nit})
    qr_on_last_page(built.sheet, (width - 120, height - 105, width - 40, height - 25), f"https://siat.impuestos.gob.bo/consulta/QR?nit={vendor.tax_id}&cuf={cuf}&numero={number}")
    return built
