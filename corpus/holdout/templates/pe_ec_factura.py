"""Peruvian SUNAT factura electrónica and boleta de venta electrónica, and the Ecuadorian SRI factura (RIDE), in Spanish,
2023-2025.

Three prints. `pe_factura_electronica` (A4 representación impresa: the issuer's name and address top left, a boxed
"R.U.C. N° 20…" / "FACTURA ELECTRÓNICA" / "F001-00012345" top right; Fecha de Emisión, Fecha de Vencimiento, Señor(es),
RUC, Dirección, Tipo de Moneda SOLES, Forma de pago Contado / Crédito with its cuota; Cantidad / Unidad Medida / Código /
Descripción / Valor Unitario / Importe; Op. Gravada S/ / Op. Exonerada / Op. Inafecta / IGV 18% / Importe Total S/;
"SON: MIL DOSCIENTOS … CON 50/100 SOLES"; the hash "Valor resumen" and "Representación impresa de la Factura
Electrónica … consulte en www.sunat.gob.pe"), `pe_boleta_ticket` (80 mm ticket: "BOLETA DE VENTA ELECTRÓNICA B001-…",
the anonymous "CLIENTES VARIOS" or a DNI, prices with IGV, OP. GRAVADA / I.G.V. 18% / IMPORTE TOTAL S/, the amount in
words, cash handed over and change), `ec_ride` (the Ecuadorian RIDE: the issuer's box with Dirección Matriz / Sucursal
and "OBLIGADO A LLEVAR CONTABILIDAD", the right box R.U.C. / FACTURA / No. 001-001-000012345 / NÚMERO DE AUTORIZACIÓN
(49 digits) / FECHA Y HORA DE AUTORIZACIÓN / AMBIENTE / EMISIÓN / CLAVE DE ACCESO; Razón Social / Identificación / Fecha
Emisión / Guía de Remisión; Cod. Principal / Cant. / Descripción / Precio Unitario / Descuento / Precio Total; SUBTOTAL 15%
/ SUBTOTAL 0% / SUBTOTAL NO OBJETO DE IVA / SUBTOTAL SIN IMPUESTOS / DESCUENTO / ICE / IVA 15% / PROPINA / VALOR TOTAL;
Información Adicional and Forma de pago).

Truth: PE vendor = the issuer, tax id = its RUC; customer = Señor(es) with the Dirección; id = serie-correlativo as printed
(`F001-00012345`); net = Op. Gravada, tax = IGV, total = Importe Total; PEN. The boleta is a `receipt` of the shop (no
customer), its lines at their prices with IGV adding up to the total. EC vendor = the razón social, tax id = the RUC
(13 digits); customer = Razón Social / Nombres y Apellidos; id = the No. `001-001-000012345`; net = SUBTOTAL SIN IMPUESTOS,
tax = IVA (12 % to March 2024, 15 % from April 2024), total = VALOR TOTAL; USD. The clave de acceso / número de
autorización, the customer's RUC or cédula and the hash are never ids.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_sixteenth import ec_cedula, ec_clave_acceso, ec_party, pe_party, words_soles
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4, Box, Sheet
from corpus.holdout.templates._fifteenth import beside, priced_lines, pts, rows_html, single_page
from corpus.holdout.templates._fourteenth import roll_sheet
from corpus.holdout.templates._sixteenth import kv_rows

FAMILY = "pe_ec_factura"
D = Decimal
PE_GOODS = [("CEMENTO SOL TIPO I X 42.5 KG", "BLS", 27, 33), ("FIERRO CORRUGADO 1/2\" X 9 M", "UND", 38, 48), ("SERVICIO DE MANTENIMIENTO PREVENTIVO", "ZZ", 350, 1800),
            ("PAPEL BOND A4 75 GR (MILLAR)", "MLL", 24, 32), ("TONER HP 85A NEGRO", "UND", 180, 320), ("SERVICIO DE TRANSPORTE LIMA - HUACHO", "ZZ", 450, 1500),
            ("ALQUILER DE MONTACARGA (DÍA)", "DIA", 380, 650), ("GUANTES DE SEGURIDAD NITRILO", "PAR", 6, 14), ("CABLE THW 14 AWG (ROLLO 100 M)", "ROL", 120, 190),
            ("ASESORÍA CONTABLE MENSUAL", "ZZ", 800, 2500), ("CASCO DE SEGURIDAD CON BARBIQUEJO", "UND", 18, 39)]
PE_SHOP = [("GASEOSA 500ML", "NIU", 2.5, 3.5), ("AGUA SAN LUIS 625ML", "NIU", 1.2, 2.0), ("GALLETAS SODA X6", "NIU", 2.8, 4.2), ("ARROZ COSTEÑO 5KG", "NIU", 18, 25),
           ("ACEITE PRIMOR 1L", "NIU", 9, 13), ("LECHE GLORIA TARRO", "NIU", 3.8, 4.6), ("PAN FRANCÉS X10", "NIU", 3, 5), ("DETERGENTE BOLIVAR 750G", "NIU", 8, 12),
           ("ATÚN FLORIDA 140G", "NIU", 5, 7), ("CUADERNO STANFORD A4", "NIU", 4, 8)]
EC_GOODS = [("Servicio de mantenimiento de equipos", "SERV-01", 80, 900), ("Laptop Lenovo ThinkPad E14", "LAP-E14", 650, 1100), ("Resma papel bond A4 75 g", "PAP-A4", 4, 6),
            ("Cartucho tóner HP 105A", "TON-105", 55, 95), ("Cable UTP Cat 6 (metro)", "CAB-06", 0.6, 1.2), ("Consultoría tributaria", "CONS-TR", 150, 900),
            ("Silla ergonómica de oficina", "SIL-ERG", 110, 260), ("Transporte de carga Quito - Guayaquil", "TRA-UIO", 180, 650), ("Guantes de nitrilo (caja 100)", "GUA-NIT", 8, 15)]


def _n(value: D) -> str:
    return fmt_number(value, "en")


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["pe_factura_electronica", "pe_factura_electronica", "pe_boleta_ticket", "ec_ride", "ec_ride"])
    issued = random_date(rng, date(2023, 1, 3), 990)
    at = datetime(issued.year, issued.month, issued.day, rng.randrange(8, 20), rng.randrange(60), rng.randrange(60))
    if layout == "ec_ride":
        return _ec(rng, issued, at)
    vendor = pe_party(rng)
    if layout == "pe_boleta_ticket":
        return _boleta(rng, vendor, issued, at)
    customer = pe_party(rng)
    buyer_ruc = customer.tax_id
    customer.tax_id = None
    lines = priced_lines(rng, PE_GOODS, rng.randrange(1, 7), quantities=(1, 1, 2, 3, 5, 10, 20))
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(net * D("0.18"))
    total = net + tax
    serie = pick(rng, ["F001", "F001", "F002", "FF01", "E001"])
    number = f"{serie}-{rng.randrange(1, 99999):08d}"
    credit_sale = chance(rng, 0.5)
    due = issued + timedelta(days=pick(rng, [15, 30, 30, 45, 60])) if credit_sale else None
    doc = Doc(document_type="invoice", locale="PE", currency="PEN", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, due_date=due)
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Courier"]), size=(7.0, 8.0), table=pick(rng, ["grid", "boxed", "header_fill"]))
    css = theme.css(".rbox{border:1.2pt solid #000;padding:6pt;text-align:center} .t{font-size:12pt;font-weight:bold} .lab{font-weight:bold}"
                    " .fr{border:0.6pt solid #888;padding:4pt} .tiny{font-size:6.5pt;color:#444}")
    width, height = A4
    W = width - 72
    d = issued.strftime("%d/%m/%Y")
    left = (f"<p class='t'>{esc(vendor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address)
            + f"<p>Telf.: {vendor.phone}</p><p>{vendor.email}</p>")
    right = f"<div class='rbox'><p class='t'>R.U.C. N° {vendor.tax_id}</p><p class='t'>FACTURA ELECTRÓNICA</p><p class='t'>{number}</p></div>"
    meta = [("Fecha de Emisión", d)] + ([("Fecha de Vencimiento", due.strftime("%d/%m/%Y"))] if due else []) + [
        ("Señor(es)", esc(customer.name)), ("RUC", buyer_ruc), ("Dirección", esc(", ".join(customer.address))), ("Tipo de Moneda", "SOLES"),
        ("Forma de pago", "Crédito" if credit_sale else "Contado"), ("Observación", pick(rng, ["-", f"O/C {rng.randrange(1000, 99999)}", "GUÍA REMISIÓN T001-" + str(rng.randrange(100, 9999))]))]
    cols = pts(W, 0.08, 0.08, 0.1, 0.44, 0.14, 0.16)
    head = ["Cantidad", "Unidad Medida", "Código", "Descripción", "Valor Unitario", "Importe"]
    rows = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'' if j == 3 else 'r'}'>{c}</td>" for j, (c, w) in enumerate(zip(
        [f"{li.quantity:.2f}", li.unit, f"{rng.randrange(100, 9999):05d}", esc(li.description), _n(li.unit_price), _n(li.amount)], cols, strict=True))) + "</tr>"
        for li in lines)
    table = "<table class='items'><tr>" + "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(head, cols, strict=True)) + f"</tr>{rows}</table>"
    totals = [("Op. Gravada S/", _n(net)), ("Op. Exonerada S/", "0.00"), ("Op. Inafecta S/", "0.00"), ("IGV 18% S/", _n(tax)), ("Importe Total S/", _n(total))]
    if chance(rng, 0.4):
        totals.insert(3, ("Op. Gratuitas S/", "0.00"))
    cuota = (f"<p style='margin-top:6pt'><b>Información del crédito:</b> Monto neto pendiente de pago S/ {_n(total)} · Cuota 001 · "
             f"Fecha de vencimiento {due.strftime('%d/%m/%Y')}</p>") if due else ""
    digest = "".join(pick(rng, list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")) for _ in range(27)) + "="
    html = (beside(left, right, (W - 200, 200)) + f"<div class='fr' style='margin-top:8pt'>{kv_rows(meta, (110, W - 120))}</div>"
            + table + beside(f"<p style='margin-top:8pt'><b>SON:</b> {words_soles(total)}</p>{cuota}",
                             rows_html(totals, widths=(120, 80)), (W - 210, 210))
            + f"<p class='tiny' style='margin-top:14pt'>Valor resumen: {digest}</p>"
            "<p class='tiny'>Representación impresa de la Factura Electrónica. Autorizado mediante Resolución de Intendencia N° 034-005-0005315. "
            "Consulte su documento en www.sunat.gob.pe</p>")
    boxes = [Box((36.0, 36.0, width - 36.0, height - 100.0), html), Box((width - 110.0, height - 96.0, width - 36.0, height - 22.0), kind="qr",
                                                                      payload=f"{vendor.tax_id}|01|{number}|{tax}|{total}")]
    sheet = single_page("pe_factura_electronica", width, height, css, boxes)
    return Built(doc=doc, sheet=sheet, template="pe_factura_electronica", notes={"buyer_id": buyer_ruc, "hash": digest})


def _boleta(rng: random.Random, vendor, issued: date, at: datetime) -> Built:
    lines = priced_lines(rng, PE_SHOP, rng.randrange(2, 8), quantities=(1, 1, 1, 2, 3, 4, 6))
    total = sum((li.amount for li in lines), D("0.00"))
    net = money(total / D("1.18"))
    tax = total - net
    number = f"{pick(rng, ['B001', 'B002', 'BB01', 'B003'])}-{rng.randrange(1, 999999):08d}"
    doc = Doc(document_type="receipt", locale="PE", currency="PEN", vendor=vendor, customer=None, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, lines_sum_to="total")
    dni = pick(rng, ["CLIENTES VARIOS", "CLIENTES VARIOS", f"DNI {rng.randrange(10**7, 10**8)}"])
    cash = money(pick(rng, [20, 50, 100, 200])) if total < 200 else total
    while cash < total:
        cash += 50
    css = "body{font-family:Courier;font-size:7.6pt;margin:0} p{margin:0} .c{text-align:center} .r{text-align:right} .b{font-weight:bold} td{padding:0 1pt}"
    W = 204.0 - 34

    def row(a: str, b: str) -> str:
        return f"<table><tr><td style='width:{W * 0.62 - 2:.1f}pt'>{a}</td><td class='r' style='width:{W * 0.38 - 2:.1f}pt'>{b}</td></tr></table>"

    body = (f"<p class='c b'>{esc(vendor.name)}</p><p class='c'>RUC {vendor.tax_id}</p>" + "".join(f"<p class='c'>{esc(x)}</p>" for x in vendor.address)
            + f"<p class='c'>{'-' * 36}</p><p class='c b'>BOLETA DE VENTA ELECTRÓNICA</p><p class='c b'>{number}</p><p class='c'>{'-' * 36}</p>"
            + f"<p>FECHA: {issued.strftime('%d/%m/%Y')}  HORA: {at.strftime('%H:%M:%S')}</p><p>CLIENTE: {dni}</p><p>MONEDA: SOLES</p><p>{'-' * 36}</p>"
            + "<p>DESCRIPCIÓN</p><p>CANT  P.UNIT          IMPORTE</p><p>" + "-" * 36 + "</p>")
    for li in lines:
        body += f"<p>{esc(li.description)}</p>" + row(f"{li.quantity}  x {_n(li.unit_price)}", _n(li.amount))
    body += (f"<p>{'-' * 36}</p>" + row("OP. GRAVADA S/", _n(net)) + row("OP. EXONERADA S/", "0.00") + row("I.G.V. 18% S/", _n(tax))
             + row("<b>IMPORTE TOTAL S/</b>", f"<b>{_n(total)}</b>") + f"<p>SON: {words_soles(total)}</p><p>{'-' * 36}</p>"
             + row("EFECTIVO S/", _n(cash)) + row("VUELTO S/", _n(cash - total))
             + "<p class='c' style='margin-top:4pt'>Representación impresa de la Boleta de Venta Electrónica.</p>"
             "<p class='c'>Consulte en www.sunat.gob.pe</p><p class='c'>GRACIAS POR SU COMPRA</p>")
    sheet: Sheet = roll_sheet(204.0, body, css)
    return Built(doc=doc, sheet=sheet, template="pe_boleta_ticket", scan_weight=1.5, notes={"cash": float(cash), "dni": dni})


def _ec(rng: random.Random, issued: date, at: datetime) -> Built:
    vendor = ec_party(rng)
    person = chance(rng, 0.35)
    if person:
        from corpus.holdout.fakes import Party

        first = pick(rng, ["María José", "Carlos Andrés", "Diana Carolina", "Luis Fernando", "Ana Lucía", "Jorge Enrique"])
        last = pick(rng, ["Pérez Andrade", "Villacís Mora", "Cevallos Ruiz", "Zambrano Vera", "Guerrero Salazar", "Torres Ortiz"])
        customer = Party(name=f"{last.upper()} {first.upper()}", address=[pick(rng, ["Av. América N34-120", "Calle Olmedo 512", "Cdla. Kennedy Norte Mz. 4 V. 12"]),
                                                                          pick(rng, ["Quito", "Guayaquil", "Cuenca"])], country="EC")
        buyer_id = ec_cedula(rng)
    else:
        customer = ec_party(rng)
        buyer_id = customer.tax_id
        customer.tax_id = None
    rate = D("15") if issued >= date(2024, 4, 1) else D("12")
    raw = priced_lines(rng, EC_GOODS, rng.randrange(1, 7), quantities=(1, 1, 2, 3, 4, 5, 10))
    lines, codes, discounts = [], [], []
    for li in raw:
        disc = money(li.amount * D(pick(rng, ["0", "0", "0", "0.05", "0.10"])))
        lines.append(Line(li.description, li.quantity, li.unit_price, li.amount - disc, li.unit))
        codes.append(li.unit)
        discounts.append(disc)
    zero = chance(rng, 0.25)
    if zero:  # an exempt service at 0 %
        price = money(rng.uniform(20, 300))
        lines.append(Line("Servicio de capacitación (tarifa 0%)", D(1), price, price, "CAP-0"))
        codes.append("CAP-0")
        discounts.append(D("0.00"))
    base_taxed = sum((li.amount for li in lines if li.unit != "CAP-0"), D("0.00"))
    base_zero = sum((li.amount for li in lines if li.unit == "CAP-0"), D("0.00"))
    net = base_taxed + base_zero
    tax = money(base_taxed * rate / 100)
    total = net + tax
    for li in lines:
        li.unit = ""
    # the lines' Precio Total is after each line's discount, so quantity x unit price no longer holds: print no unit price in truth
    truth_lines = [Line(li.description, li.quantity if disc == 0 else None, li.unit_price if disc == 0 else None, li.amount)
                   for li, disc in zip(lines, discounts, strict=True)]
    est, point = pick(rng, ["001", "001", "002"]), pick(rng, ["001", "001", "002", "100"])
    seq = rng.randrange(1, 99999)
    number = f"{est}-{point}-{seq:09d}"
    clave = ec_clave_acceso(issued, vendor.tax_id, est, point, seq, rng)
    doc = Doc(document_type="invoice", locale="EC", currency="USD", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=truth_lines, customer_address_printed=chance(rng, 0.7))
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(6.8, 7.6), table="grid")
    css = theme.css(".bx{border:0.8pt solid #333;padding:5pt} .t{font-size:11pt;font-weight:bold} .lab{font-weight:bold} .tiny{font-size:6pt}")
    width, height = A4
    W = width - 60
    d = issued.strftime("%d/%m/%Y")
    left = (f"<div class='bx'><p class='t' style='color:{theme.accent}'>{esc(vendor.name)}</p><p>&nbsp;</p>"
            f"<p><b>Dirección Matriz:</b> {esc(', '.join(vendor.address))}</p><p><b>Dirección Sucursal:</b> {esc(vendor.address[0])}</p>"
            f"<p><b>OBLIGADO A LLEVAR CONTABILIDAD:</b> {pick(rng, ['SI', 'SI', 'NO'])}</p>"
            + ("<p><b>Contribuyente Régimen RIMPE</b></p>" if chance(rng, 0.2) else "") + "</div>")
    right = (f"<div class='bx'><p class='t'>R.U.C.: {vendor.tax_id}</p><p class='t'>FACTURA</p><p>No. {number}</p>"
             f"<p><b>NÚMERO DE AUTORIZACIÓN</b></p><p class='tiny'>{clave}</p><p><b>FECHA Y HORA DE AUTORIZACIÓN:</b> {d} {at.strftime('%H:%M:%S')}</p>"
             f"<p><b>AMBIENTE:</b> PRODUCCIÓN</p><p><b>EMISIÓN:</b> NORMAL</p><p><b>CLAVE DE ACCESO</b></p>"
             f"<p style='font-family:Courier;font-size:13pt;letter-spacing:-1pt'>{'|' * 30}</p><p class='tiny'>{clave}</p></div>")
    buyer_rows = [("Razón Social / Nombres y Apellidos:", esc(customer.name)), ("Identificación:", buyer_id), ("Fecha Emisión:", d)]
    if doc.customer_address_printed:
        buyer_rows.append(("Dirección:", esc(", ".join(customer.address))))
    buyer_rows.append(("Guía de Remisión:", pick(rng, ["", f"001-001-{rng.randrange(1, 9999):09d}"])))
    cols = pts(W, 0.1, 0.07, 0.43, 0.13, 0.12, 0.15)
    head = ["Cod. Principal", "Cant.", "Descripción", "Precio Unitario", "Descuento", "Precio Total"]
    rows = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'' if j in (0, 2) else 'r'}'>{c}</td>" for j, (c, w) in enumerate(zip(
        [code, f"{li.quantity:.2f}", esc(li.description), _n(li.unit_price), _n(disc), _n(li.amount)], cols, strict=True))) + "</tr>"
        for li, code, disc in zip(lines, codes, discounts, strict=True))
    table = "<table class='items'><tr>" + "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(head, cols, strict=True)) + f"</tr>{rows}</table>"
    totals = [(f"SUBTOTAL {rate:.0f}%", _n(base_taxed)), ("SUBTOTAL 0%", _n(base_zero)), ("SUBTOTAL NO OBJETO DE IVA", "0.00"),
              ("SUBTOTAL EXENTO DE IVA", "0.00"), ("SUBTOTAL SIN IMPUESTOS", _n(net)), ("TOTAL DESCUENTO", _n(sum(discounts, D("0.00")))),
              ("ICE", "0.00"), (f"IVA {rate:.0f}%", _n(tax)), ("PROPINA", "0.00"), ("VALOR TOTAL", _n(total))]
    extra = [("Email", customer.email or f"{pick(rng, ['compras', 'contabilidad'])}@cliente.example"), ("Teléfono", vendor.phone)]
    info = ("<div class='bx'><p class='lab'>Información Adicional</p>" + kv_rows(extra, (60, 170)) + "</div>"
            + "<table class='items'><tr><th>Forma de pago</th><th>Valor</th></tr>"
            + f"<tr><td>{pick(rng, ['20 - OTROS CON UTILIZACIÓN DEL SISTEMA FINANCIERO', '01 - SIN UTILIZACIÓN DEL SISTEMA FINANCIERO', '19 - TARJETA DE CRÉDITO'])}</td>"
            f"<td class='r'>{_n(total)}</td></tr></table>")
    html = (beside(left, right, (W * 0.5 - 6, W * 0.5 - 6)) + f"<div class='bx' style='margin-top:6pt'>{kv_rows(buyer_rows, (150, W - 160))}</div>"
            + table + beside(info, rows_html(totals, widths=(140, 70)), (W - 216, 216)))
    sheet = single_page("ec_ride", width, height, css, [Box((30.0, 30.0, width - 30.0, height - 30.0), html)])
    return Built(doc=doc, sheet=sheet, template="ec_ride", notes={"clave": clave, "buyer_id": buyer_id, "rate": float(rate)})

