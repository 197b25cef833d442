"""Central American electronic invoices: Costa Rica's comprobantes electrónicos (factura, tiquete, nota de crédito) and
Guatemala's FEL (factura and factura cambiaria), in Spanish, CRC / USD and GTQ, 2023-2025.

Four prints. `cr_factura_electronica` (the Hacienda representation: the emisor's name with Cédula Jurídica 3-101-…, a box
FACTURA ELECTRÓNICA with the 20-digit Consecutivo (sucursal, terminal, tipo 01, número), the 50-digit Clave numérica and
the Fecha de emisión with the time; Receptor with its cédula, Condición de venta Contado / Crédito with "Plazo de crédito:
30 días", Medio de pago, Moneda CRC or USD with the Tipo de cambio; Código CABYS (13 digits) / Cant. / Unidad / Descripción
/ Precio unitario / Descuento / Subtotal / IVA %; the Resumen Total Serv. Gravados / Exentos, Total Mercancías Gravadas /
Exentas, Total Gravado / Exento, Total Venta, Total Descuentos, Total Venta Neta, Total Impuesto, Total Comprobante; the
resolution sentence), `cr_nota_credito` (NOTA DE CRÉDITO ELECTRÓNICA, tipo 03, with the Información de referencia: the
credited factura's clave, its date, the código and razón; amounts printed positive), `cr_tiquete_electronico` (an 80 mm
TIQUETE ELECTRÓNICO from a shop or restaurant: Consecutivo tipo 04, the clave in two lines, Subtotal / IVA 13% / TOTAL ₡,
Efectivo and Vuelto), `gt_fel_factura` (the certified DTE: the trade name large, the razón social with NIT, the box
FACTURA or FACTURA CAMBIARIA / DOCUMENTO TRIBUTARIO ELECTRÓNICO with Serie (8 hex), Número de DTE, Número de autorización
(a UUID), emission and certification dates; NIT Receptor (or CF) / Nombre / Dirección; # / B/S / Cantidad / Descripción /
P. Unitario con IVA (Q) / Descuentos (Q) / Total (Q) / Impuestos "IVA 12.86"; TOTALES with the IVA; the amount in words;
the frases "Sujeto a pagos trimestrales ISR"; the certifier's name and NIT; the factura cambiaria's Abonos complement with
its Fecha de vencimiento).

Truth: CR vendor = the emisor with its cédula jurídica as the tax id; customer = the Receptor (the tiquete has none);
id = the Consecutivo (the clave numérica, and on a nota the credited clave, are never ids); payment terms = the plazo
("30 días") as printed, no due date; net = Total Venta Neta, tax = Total Impuesto, total = Total Comprobante; discounted
lines keep their amount only; the nota negative. GT vendor = the razón social (the trade name is a decoy) with its NIT;
id = the Número de DTE (the Serie and the autorización are decoys); lines at their IVA-inclusive prices add up to the
total; tax = the IVA total; no net; due date = the abono's Fecha de vencimiento on a factura cambiaria.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fifteenth import iban_for
from corpus.holdout.fakes_fourth import spanish_number_words
from corpus.holdout.fakes_seventeenth import cr_clave, cr_consecutivo, cr_party, gt_nit, gt_party, other_party
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import beside, priced_lines, pts, rows_html, single_page
from corpus.holdout.templates._fourteenth import roll_sheet
from corpus.holdout.templates._sixteenth import kv_rows

FAMILY = "cr_gt_factura"
D = Decimal
CR_GOODS = [("Servicio de mantenimiento preventivo de aire acondicionado", "Sp", 25000, 180000, True),
            ("Servicios profesionales de contabilidad", "Sp", 60000, 450000, True), ("Toner HP 58A negro", "Unid", 38000, 72000, False),
            ("Papel bond tamaño carta 75 g (resma)", "Unid", 2800, 4200, False), ("Alquiler de andamio (semana)", "Unid", 18000, 45000, True),
            ("Cable THHN 12 AWG (metro)", "m", 450, 900, False), ("Desarrollo de software a la medida", "h", 18000, 42000, True),
            ("Licencia antivirus corporativo (1 año)", "Unid", 22000, 65000, False), ("Transporte de carga San José - Limón", "Sp", 85000, 240000, True),
            ("Silla ergonómica de oficina", "Unid", 65000, 160000, False), ("Limpieza de oficinas (mensual)", "Sp", 150000, 480000, True)]
CR_SHOP = [("Casado con pollo", "Unid", 3800, 5200), ("Café chorreado", "Unid", 1200, 1900), ("Gallo pinto con huevo", "Unid", 2800, 3900),
           ("Refresco natural", "Unid", 1300, 1900), ("Agua Cristal 600 ml", "Unid", 700, 1100), ("Empanada de queso", "Unid", 1100, 1600),
           ("Batido de fresa", "Unid", 1800, 2600), ("Pan de yuca", "Unid", 600, 900)]
GT_GOODS = [("Cemento UGC 42.5 kg", 78, 95), ("Servicio de mantenimiento de montacargas", 850, 4800), ("Resma papel bond carta", 38, 52),
            ("Tóner HP 85A", 420, 690), ("Varilla de hierro 3/8\" x 6 m", 38, 55), ("Servicio de fumigación de bodega", 900, 3500),
            ("Galón de pintura látex blanco", 95, 160), ("Consultoría en recursos humanos", 1500, 7500), ("Flete Ciudad de Guatemala - Quetzaltenango", 1200, 3800),
            ("Guantes de nitrilo (caja 100)", 65, 110), ("Llanta 205/55 R16", 550, 980)]
CR_RESOLUTION = ["Autorizada mediante resolución N° DGT-R-033-2019 del 20 de junio de 2019",
                 "Emitida conforme lo establecido en la resolución de Factura Electrónica N° MH-DGT-RES-0027-2024"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["cr_factura_electronica", "cr_factura_electronica", "cr_nota_credito", "cr_tiquete_electronico", "gt_fel_factura", "gt_fel_factura"])
    issued = random_date(rng, date(2023, 1, 3), 1040)
    at = datetime(issued.year, issued.month, issued.day, rng.randrange(7, 21), rng.randrange(60), rng.randrange(60))
    if layout == "gt_fel_factura":
        return _gt(rng, issued, at)
    if layout == "cr_tiquete_electronico":
        return _tiquete(rng, issued, at)
    return _cr(rng, issued, at, credit=layout == "cr_nota_credito")


def _styles(rng: random.Random):
    style = pick(rng, ["en", "en", "de", "fr"])

    def n(value: D) -> str:
        return fmt_number(value, style)
    return n


def _cr(rng: random.Random, issued: date, at: datetime, *, credit: bool) -> Built:
    layout = "cr_nota_credito" if credit else "cr_factura_electronica"
    vendor = cr_party(rng)
    customer = other_party(rng, cr_party, vendor)
    buyer_id = customer.tax_id
    customer.tax_id = None
    usd = chance(rng, 0.2)
    count = rng.randrange(1, 3) if credit else rng.randrange(1, 7)
    pool = rng.sample(CR_GOODS, count)
    lines, truth_lines, discounts, services, exempt = [], [], [], [], []
    for desc, unit, low, high, service in pool:
        price = money(round(rng.uniform(low, high), -1)) if not usd else money(round(rng.uniform(low, high) / 520, 2))
        qty = D(pick(rng, [1, 1, 1, 2, 3, 4, 5, 10] if unit != "m" else [25, 50, 100, 150]))
        gross = money(qty * price)
        disc = money(gross * D(pick(rng, ["0", "0", "0", "0", "0.05", "0.10"])))
        lines.append(Line(desc, qty, price, gross, unit))
        discounts.append(disc)
        services.append(service)
        exempt.append(bool(lines[1:]) and chance(rng, 0.1))
        truth_lines.append(Line(desc, qty if disc == 0 else None, price if disc == 0 else None, gross - disc))
    subtotals = [li.amount - disc for li, disc in zip(lines, discounts, strict=True)]
    taxed = [s for s, e in zip(subtotals, exempt, strict=True) if not e]
    taxes = [money(s * D("0.13")) for s in taxed]
    net = sum(subtotals, D("0.00"))
    tax = sum(taxes, D("0.00"))
    total = net + tax
    consecutivo = cr_consecutivo(rng, "03" if credit else "01")
    clave = cr_clave(issued, vendor.tax_id, consecutivo, rng)
    credit_sale = not credit and chance(rng, 0.6)
    plazo = f"{pick(rng, [8, 15, 30, 30, 45, 60])} días" if credit_sale else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="CR", currency="USD" if usd else "CRC", vendor=vendor, customer=customer,
              invoice_ids=[consecutivo], document_date=issued, total=total, net=net, tax=tax, lines=truth_lines, payment_terms=plazo)
    n = _styles(rng)
    sym = "$" if usd else pick(rng, ["₡", "₡", "CRC "])
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(6.8, 7.6), table=pick(rng, ["grid", "header_fill", "zebra"]))
    css = theme.css(".bx{border:0.8pt solid #444;padding:5pt} .t{font-size:11pt;font-weight:bold} .tiny{font-size:5.8pt;color:#444}")
    width, height = A4
    W = width - 60
    d = f"{issued.strftime('%d/%m/%Y')} {at.strftime('%H:%M:%S')}" if chance(rng, 0.6) else at.strftime("%d/%m/%Y %I:%M:%S %p").lower()
    title = "NOTA DE CRÉDITO ELECTRÓNICA" if credit else "FACTURA ELECTRÓNICA"
    left = (f"<p class='t' style='color:{theme.accent}'>{esc(vendor.name)}</p><p>Cédula Jurídica: {vendor.tax_id}</p>"
            + "".join(f"<p>{esc(x)}</p>" for x in vendor.address) + f"<p>Tel: {vendor.phone} · {vendor.email}</p>")
    right = (f"<div class='bx'><p class='t'>{title}</p><p><b>Consecutivo:</b> {consecutivo}</p><p><b>Clave:</b></p><p class='tiny'>{clave}</p>"
             f"<p><b>Fecha de emisión:</b> {d}</p></div>")
    receptor = [("Receptor", esc(customer.name)), ("Cédula", buyer_id), ("Dirección", esc(", ".join(customer.address))),
                ("Correo", customer.email or "")]
    condition = [("Condición de venta", "Crédito" if credit_sale else "Contado")] + ([("Plazo de crédito", plazo)] if plazo else []) + [
        ("Medio de pago", pick(rng, ["Transferencia - depósito bancario", "Efectivo", "Tarjeta", "SINPE Móvil"])),
        ("Moneda", "USD" if usd else "CRC")] + ([("Tipo de cambio", fmt_number(D(str(round(rng.uniform(505, 545), 2))), "de"))] if usd else [])
    reference = ""
    if credit:
        cited_date = issued - timedelta(days=rng.randrange(3, 60))
        cited_cons = cr_consecutivo(rng, "01")
        cited = cr_clave(cited_date, vendor.tax_id, cited_cons, rng)
        reference = ("<div class='bx' style='margin-top:5pt'><p class='b'>Información de referencia</p>"
                     + kv_rows([("Tipo de documento", "01 - Factura electrónica"), ("Número", cited), ("Fecha", cited_date.strftime("%d/%m/%Y")),
                                ("Código", pick(rng, ["01 - Anula documento de referencia", "03 - Corrige monto", "02 - Corrige texto documento de referencia"])),
                                ("Razón", pick(rng, ["Devolución de mercadería", "Descuento comercial posterior", "Error en precio facturado"]))], (110, W - 130))
                     + "</div>")
    cols = pts(W, 0.13, 0.06, 0.07, 0.32, 0.12, 0.1, 0.13, 0.07)
    head = ["Código CABYS", "Cant.", "Unidad", "Descripción", "Precio unitario", "Descuento", "Subtotal", "IVA"]
    rows = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'' if j in (0, 2, 3) else 'r'}'>{c}</td>" for j, (c, w) in enumerate(zip(
        [f"{rng.randrange(10**12, 10**13)}", str(li.quantity), li.unit, esc(li.description), n(li.unit_price), n(disc), n(li.amount - disc),
         "Exento" if ex else "13%"], cols, strict=True))) + "</tr>" for li, disc, ex in zip(lines, discounts, exempt, strict=True))
    table = "<table class='items'><tr>" + "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(head, cols, strict=True)) + f"</tr>{rows}</table>"

    def part(service: bool, is_exempt: bool) -> D:
        return sum((li.amount for li, s, e in zip(lines, services, exempt, strict=True) if s == service and e == is_exempt), D("0.00"))

    gross_total = sum((li.amount for li in lines), D("0.00"))
    resumen = [("Total Serv. Gravados", part(True, False)), ("Total Serv. Exentos", part(True, True)), ("Total Mercancías Gravadas", part(False, False)),
               ("Total Mercancías Exentas", part(False, True)), ("Total Gravado", part(True, False) + part(False, False)),
               ("Total Exento", part(True, True) + part(False, True)), ("Total Venta", gross_total),
               ("Total Descuentos", sum(discounts, D("0.00"))), ("Total Venta Neta", net), ("Total Impuesto", tax), ("Total Comprobante", total)]
    totals = rows_html([(label, f"{sym}{n(value)}") for label, value in resumen], widths=(150, 95))
    iban = iban_for("CR", f"0{rng.choice(['151', '152', '102', '104', '161'])}{rng.randrange(10**13, 10**14)}")
    notes = (f"<p><b>Observaciones:</b> {pick(rng, ['Favor depositar en la cuenta IBAN ' + iban, 'Gracias por su compra', 'O.C. ' + str(rng.randrange(1000, 99999))])}"
             "</p>")
    html = (beside(left, right, (W - 250, 250)) + f"<div class='bx' style='margin-top:6pt'>{beside(kv_rows(receptor, (60, W / 2 - 70)), kv_rows(condition, (95, W / 2 - 105)), (W / 2 - 6, W / 2 - 6))}</div>"
            + reference + table + beside(notes, totals, (W - 250, 250))
            + f"<p class='tiny' style='margin-top:12pt'>{pick(rng, CR_RESOLUTION)}. Versión del documento electrónico 4.{pick(rng, ['3', '4'])}</p>")
    sheet = single_page(layout, width, height, css, [Box((30.0, 30.0, width - 30.0, height - 30.0), html)])
    return Built(doc=doc, sheet=sheet, template=layout, notes={"clave": clave, "buyer_id": buyer_id, "discounted": sum(1 for x in discounts if x)})


def _tiquete(rng: random.Random, issued: date, at: datetime) -> Built:
    vendor = cr_party(rng)
    lines = priced_lines(rng, CR_SHOP, rng.randrange(2, 7), quantities=(1, 1, 1, 2, 3), whole_prices=True)
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(net * D("0.13"))
    total = net + tax
    consecutivo = cr_consecutivo(rng, "04")
    clave = cr_clave(issued, vendor.tax_id, consecutivo, rng)
    doc = Doc(document_type="receipt", locale="CR", currency="CRC", vendor=vendor, customer=None, invoice_ids=[consecutivo], document_date=issued,
              total=total, net=net, tax=tax, lines=lines)
    n = _styles(rng)
    cash = total if chance(rng, 0.4) else money((int(total / 5000) + 1) * 5000)
    css = "body{font-family:Courier;font-size:7.2pt;margin:0} p{margin:0} .c{text-align:center} .r{text-align:right} .b{font-weight:bold} td{padding:0 1pt} table{border-collapse:collapse}"
    W = 210.0 - 20

    def row(a: str, b: str) -> str:
        return f"<table><tr><td style='width:{W * 0.6 - 2:.1f}pt'>{a}</td><td class='r' style='width:{W * 0.4 - 2:.1f}pt'>{b}</td></tr></table>"

    rule = "-" * 40
    body = (f"<p class='c b'>{esc(vendor.name)}</p><p class='c'>Céd. Jur. {vendor.tax_id}</p>" + "".join(f"<p class='c'>{esc(x)}</p>" for x in vendor.address)
            + f"<p class='c'>Tel. {vendor.phone}</p><p>{rule}</p><p class='c b'>TIQUETE ELECTRÓNICO</p><p>Consecutivo: {consecutivo}</p>"
            + f"<p>Clave: {clave[:25]}</p><p>{clave[25:]}</p><p>Fecha: {issued.strftime('%d/%m/%Y')} {at.strftime('%H:%M')}</p>"
            + f"<p>Cajero: {pick(rng, ['MARIA', 'JOSE', 'ANA', 'LUIS', 'CAJA 2'])}</p><p>{rule}</p>")
    for li in lines:
        body += f"<p>{esc(li.description)}</p>" + row(f"{li.quantity} x {n(li.unit_price)}", n(li.amount))
    body += (f"<p>{rule}</p>" + row("Subtotal", n(net)) + row("IVA 13%", n(tax)) + row("<b>TOTAL ₡</b>", f"<b>{n(total)}</b>")
             + (row(pick(rng, ["Efectivo", "EFECTIVO"]), n(cash)) + row("Vuelto", n(cash - total)) if cash != total else row("Tarjeta", n(total)))
             + f"<p>{rule}</p><p class='c'>{pick(rng, CR_RESOLUTION)}</p><p class='c'>¡Pura vida! Gracias por su visita</p>")
    sheet = roll_sheet(210.0, body, css, margin=10.0)
    return Built(doc=doc, sheet=sheet, template="cr_tiquete_electronico", scan_weight=1.5, notes={"clave": clave, "cash": float(cash)})


def _gt(rng: random.Random, issued: date, at: datetime) -> Built:
    vendor = gt_party(rng)
    final_consumer = chance(rng, 0.2)
    customer = other_party(rng, gt_party, vendor)
    buyer_nit = "CF" if final_consumer else gt_nit(rng, dashed=chance(rng, 0.5))
    customer.tax_id = None
    if final_consumer:
        customer.name = pick(rng, ["CONSUMIDOR FINAL", "Consumidor Final"])
    pool = rng.sample(GT_GOODS, rng.randrange(1, 7))
    lines, line_tax = [], []
    for desc, low, high in pool:
        price = money(round(rng.uniform(low, high), pick(rng, [0, 2])))
        qty = D(pick(rng, [1, 1, 2, 3, 4, 5, 10, 12, 20]))
        amount = money(qty * price)
        lines.append(Line(desc, qty, price, amount))
        line_tax.append(amount - money(amount / D("1.12")))
    total = sum((li.amount for li in lines), D("0.00"))
    tax = sum(line_tax, D("0.00"))
    cambiaria = not final_consumer and chance(rng, 0.35)
    due = issued + timedelta(days=pick(rng, [15, 30, 30, 45, 60])) if cambiaria else None
    serie = "".join(pick(rng, list("0123456789ABCDEF")) for _ in range(8))
    uuid = serie + "-" + "-".join("".join(pick(rng, list("0123456789ABCDEF")) for _ in range(k)) for k in (4, 4, 4, 12))
    number = str(int(uuid[9:13] + uuid[14:18], 16))
    doc = Doc(document_type="invoice", locale="GT", currency="GTQ", vendor=vendor, customer=None if final_consumer else customer,
              invoice_ids=[number], document_date=issued, total=total, tax=tax, lines=lines, due_date=due, lines_sum_to="total")

    def n(value: D) -> str:
        return fmt_number(value, "en")

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.0, 7.8), table=pick(rng, ["grid", "boxed", "rules"]))
    css = theme.css(".bx{border:0.8pt solid #333;padding:5pt} .t{font-size:13pt;font-weight:bold} .tiny{font-size:6pt;color:#444}")
    width, height = A4
    W = width - 64
    certified = at + timedelta(seconds=rng.randrange(2, 90))
    kind = "FACTURA CAMBIARIA" if cambiaria else "FACTURA"
    left = (f"<p class='t' style='color:{theme.accent}'>{esc(vendor.extra['trade_name'])}</p><p class='b'>{esc(vendor.name)}</p>"
            f"<p>NIT Emisor: {vendor.tax_id}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address) + f"<p>Tel. {vendor.phone}</p>")
    right = (f"<div class='bx'><p class='b' style='font-size:10pt'>{kind}</p><p>DOCUMENTO TRIBUTARIO ELECTRÓNICO</p><p><b>Serie:</b> {serie}</p>"
             f"<p><b>Número de DTE:</b> {number}</p><p><b>Número de autorización:</b></p><p>{uuid}</p>"
             f"<p><b>Fecha y hora de emisión:</b> {issued.strftime('%d/%m/%Y')} {at.strftime('%H:%M:%S')}</p>"
             f"<p><b>Fecha y hora de certificación:</b> {certified.strftime('%d/%m/%Y %H:%M:%S')}</p><p><b>Moneda:</b> GTQ</p></div>")
    receptor = [("NIT Receptor", buyer_nit), ("Nombre Receptor", esc(customer.name))]
    if not final_consumer:
        receptor.append(("Dirección comprador", esc(", ".join(customer.address))))
    cols = pts(W, 0.04, 0.05, 0.08, 0.37, 0.13, 0.1, 0.12, 0.11)
    head = ["#", "B/S", "Cantidad", "Descripción", "P. Unitario con IVA (Q)", "Descuentos (Q)", "Total (Q)", "Impuestos"]
    rows = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'' if j in (1, 3) else 'r'}'>{c}</td>" for j, (c, w) in enumerate(zip(
        [str(i), "S" if li.description.startswith(("Servicio", "Consultoría", "Flete")) else "B", str(li.quantity), esc(li.description),
         n(li.unit_price), "0.00", n(li.amount), f"IVA {n(t)}"], cols, strict=True))) + "</tr>" for i, (li, t) in enumerate(zip(lines, line_tax, strict=True), 1))
    foot = f"<tr><td colspan='5' class='r b'>TOTALES:</td><td class='r'>0.00</td><td class='r b'>Q {n(total)}</td><td class='r'>IVA {n(tax)}</td></tr>"
    table = "<table class='items'><tr>" + "".join(f"<th style='width:{w}'>{h}</th>" for h, w in zip(head, cols, strict=True)) + f"</tr>{rows}{foot}</table>"
    whole = int(total)
    words = f"{spanish_number_words(whole) if whole != 1 else 'UN'} {'QUETZAL' if whole == 1 else 'QUETZALES'} CON {int((total - whole) * 100):02d}/100"
    abono = ""
    if cambiaria:
        abono = ("<div class='bx' style='margin-top:6pt'><p class='b'>Complemento Abonos de Factura Cambiaria</p>"
                 + f"<table><tr><td>No. Abono</td><td>Fecha de vencimiento</td><td>Monto</td></tr><tr><td>1</td><td>{due.strftime('%d/%m/%Y')}</td>"
                 f"<td class='r'>{n(total)}</td></tr></table></div>")
    phrases = pick(rng, [["Sujeto a pagos trimestrales ISR"], ["Sujeto a pagos trimestrales ISR", "Agente de Retención del IVA"],
                         ["Sujeto a retención definitiva ISR"]])
    html = (beside(left, right, (W - 250, 250)) + f"<div class='bx' style='margin-top:6pt'>{kv_rows(receptor, (110, W - 130))}</div>" + table
            + f"<p style='margin-top:6pt'><b>Total en letras:</b> {words}</p>" + abono
            + "".join(f"<p style='margin-top:4pt'>* {ph}</p>" for ph in phrases)
            + f"<p class='tiny' style='margin-top:14pt'>Certificador: {pick(rng, ['CERTIFICADORA DIGITAL CENTROAMERICANA, S.A.', 'SOLUCIONES FEL DE GUATEMALA, S.A.'])} "
            f"NIT: {gt_nit(rng, dashed=False)}</p>")
    boxes = [Box((32.0, 32.0, width - 32.0, height - 100.0), html), Box((width - 110.0, height - 96.0, width - 32.0, height - 18.0), kind="qr",
                                                                      payload=f"{vendor.tax_id}|{uuid}|{total}")]
    sheet = single_page("gt_fel_factura", width, height, css, boxes)
    return Built(doc=doc, sheet=sheet, template="gt_fel_factura",
                 notes={"serie": serie, "uuid": uuid, "buyer_nit": buyer_nit, "trade_name": vendor.extra["trade_name"], "cambiaria": cambiaria})
