"""Printed representation of a Mexican CFDI 4.0 invoice ("Este documento es una representación impresa de un CFDI").

Emisor block (name, RFC = the truth's tax id, régimen fiscal, lugar de expedición), receptor block (name,
RFC and régimen of the customer: decoys, uso CFDI, domicilio fiscal: the full address or only the
postal code CFDI 4.0 requires), datos del comprobante: Serie and Folio (the id, printed combined in
the title: `A-1234`), Folio fiscal UUID (a decoy), fecha y hora de emisión `2024-03-05T12:34:56`, fecha de
certificación, certificate serial numbers, tipo de comprobante, exportación, moneda MXN or USD with
tipo de cambio, método de pago PUE / PPD and forma de pago; lines with Clave prod/serv, No.
identificación, cantidad, Clave unidad, unidad, descripción, valor unitario, importe, objeto imp.;
Subtotal, IVA 16 % traslado, Total; importe con letra (`... PESOS 45/100 M.N.`); the sello digital del
CFDI, sello del SAT and cadena original del complemento de certificación (long base64 decoys) beside a
QR code. Truth: a bare postal code is not an address (customer address null when only the CP prints).
"""

from __future__ import annotations

import base64
import random
from datetime import datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc, lines_html, logo
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fourth import MX_REGIMES, mx_company, mx_rfc, words_spanish
from corpus.holdout.locales import Fmt
from corpus.holdout.money import CENT, money, random_date
from corpus.holdout.render import LETTER, Box, fits

FAMILY = "mx_cfdi"
DOCUMENT_TYPE = "invoice"

# (clave prod/serv, clave unidad, unidad, description, low, high)
ITEMS = [("43211503", "H87", "Pieza", "Computadora portátil 14 pulgadas 16GB RAM", 14500, 28900),
         ("43211708", "H87", "Pieza", "Mouse inalámbrico ergonómico", 180, 650),
         ("44121618", "H87", "Pieza", "Tijeras de oficina acero inoxidable", 35, 120),
         ("14111507", "XBX", "Caja", "Papel bond carta 75 g caja con 5000 hojas", 780, 1250),
         ("72101500", "E48", "Unidad de servicio", "Servicio de mantenimiento preventivo a equipo de aire acondicionado", 1800, 9500),
         ("81111500", "E48", "Unidad de servicio", "Servicios de desarrollo de software (iteración mensual)", 18000, 65000),
         ("80111600", "E48", "Unidad de servicio", "Servicio de personal temporal - almacén", 6500, 24000),
         ("78101802", "E48", "Unidad de servicio", "Flete terrestre Monterrey - CDMX", 8500, 26000),
         ("31161500", "KGM", "Kilogramo", "Tornillería galvanizada surtida", 65, 140),
         ("40141700", "H87", "Pieza", "Válvula de bola 2 pulgadas bronce", 420, 1350),
         ("39121700", "XUN", "Unidad", "Contactor trifásico 32 A 220 V", 650, 2400),
         ("24112700", "XPK", "Paquete", "Tarima de madera 1.20 x 1.00 m", 180, 420),
         ("84111506", "ACT", "Actividad", "Honorarios por servicios contables del mes", 4500, 16000),
         ("47131800", "H87", "Pieza", "Detergente industrial 20 L", 520, 980),
         ("25172504", "H87", "Pieza", "Llanta 275/80 R22.5 para tractocamión", 6400, 9800)]
USES = ["G03 - Gastos en general", "G01 - Adquisición de mercancías", "I04 - Equipo de computo y accesorios",
        "G03 - Gastos en general", "I08 - Otra maquinaria y equipo"]


def _lines(rng: random.Random, count: int) -> list[tuple[Line, str, str, str, str]]:
    out = []
    for clave, cu, unidad, desc, low, high in rng.sample(ITEMS, min(count, len(ITEMS))):
        qty = Decimal(pick(rng, [1, 1, 1, 2, 3, 4, 5, 10, 12, 20])) if cu != "KGM" else Decimal(rng.randrange(5, 120))
        if cu == "E48" or cu == "ACT":
            qty = Decimal(1)
        price = money(rng.uniform(low, high))
        sku = f"{pick(rng, ['SKU', 'ART', 'P', ''])}{rng.randrange(1000, 99999)}" if chance(rng, 0.6) else ""
        out.append((Line(desc, qty, price, (qty * price).quantize(CENT), unidad), clave, cu, unidad, sku))
    return out


def _blob(rng: random.Random, size: int) -> str:
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(size))).decode()


def _wrapped(value: str, size: int = 118) -> str:
    """Long base64 strings broken over lines, as the PDF engines of the PACs print them."""
    return "<br/>".join(esc(value[i:i + size]) for i in range(0, len(value), size))


def build(rng: random.Random) -> Built:
    vendor = mx_company(rng)
    customer = mx_company(rng)
    receptor_rfc, receptor_cp = customer.tax_id, customer.extra["cp"]
    usd = chance(rng, 0.2)
    fmt = Fmt(country="MX", currency="USD" if usd else "MXN", number_style="en", symbol="$", position="pre",
              date_pattern=pick(rng, ["dmy_slash", "iso", "d_month_y_es"]), lang="es")
    day = random_date(rng)
    issued_at = datetime(day.year, day.month, day.day, rng.randrange(8, 20), rng.randrange(60), rng.randrange(60))
    certified_at = issued_at + timedelta(seconds=rng.randrange(5, 400))
    serie = pick(rng, ["A", "F", "FA", "B", "FAC", "MTY"])
    folio = str(rng.randrange(1, 99999))
    number = pick(rng, [f"{serie}-{folio}", f"{serie}{folio}", f"{serie} {folio}"])
    long_order = chance(rng, 0.15)
    rows_src = _lines(rng, rng.randrange(1, 6) if not long_order else len(ITEMS))
    if long_order:   # distributors repeat articles per branch delivery
        extra = _lines(rng, len(ITEMS))
        for k, row in enumerate(extra):
            row[0].description = f"{row[0].description} (remisión {rng.randrange(10000, 99999)}-{k + 1})"
        rows_src += extra
    lines = [r[0] for r in rows_src]
    net = sum((line.amount for line in lines), Decimal("0.00"))
    tax = money(net * Decimal("0.16"))
    total = net + tax
    ppd = chance(rng, 0.4)
    conditions = pick(rng, ["Crédito 30 días", "30 DIAS", "Crédito a 15 días", "Crédito 45 días"]) if ppd else \
        pick(rng, ["Contado", "CONTADO", None])
    due = day + timedelta(days=30) if ppd and chance(rng, 0.5) else None
    layout = pick(rng, ["grid", "erp", "compact"])
    customer_no = f"{pick(rng, ['C', 'CL', ''])}{rng.randrange(100, 99999)}" if layout != "compact" and chance(rng, 0.5) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale="MX", currency=fmt.currency, vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=day, total=total, net=net, tax=tax, lines=lines,
              due_date=due, payment_terms=conditions, customer_id=customer_no,
              customer_address_printed=layout != "compact")

    uuid = "-".join("".join(rng.choice("0123456789ABCDEF") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    cert_emisor = f"0000100000050{rng.randrange(10**6, 10**7)}"
    cert_sat = f"0000100000050{rng.randrange(10**6, 10**7)}"
    sello_cfdi, sello_sat = _blob(rng, 256), _blob(rng, 256)
    pac_rfc = pick(rng, ["SAT970701NN3", mx_rfc(rng, "Proveedor Autorizado Certificacion")])
    cadena = f"||1.1|{uuid}|{certified_at.strftime('%Y-%m-%dT%H:%M:%S')}|{pac_rfc}|{sello_cfdi[:60]}|{cert_sat}||"
    rate_fx = f"{rng.uniform(16.6, 20.4):.4f}" if usd else None

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.0, 8.0),
                       table=pick(rng, ["grid", "header_fill", "zebra", "boxed"]))
    css = theme.css(".sec{background:#e6e6e6;font-weight:bold;padding:2pt 4pt;font-size:7.5pt} .mono{font-family:Courier;font-size:5.5pt}"
                    " .ttl{font-size:15pt;font-weight:bold}")
    width, height = LETTER
    num = fmt.num
    metodo = "PPD - Pago en parcialidades o diferido" if ppd else "PUE - Pago en una sola exhibición"
    forma = "99 - Por definir" if ppd else pick(rng, ["03 - Transferencia electrónica de fondos", "01 - Efectivo",
                                                     "04 - Tarjeta de crédito", "28 - Tarjeta de débito", "02 - Cheque nominativo"])
    comprobante = [("Serie", esc(serie)), ("Folio", esc(folio)), ("Folio fiscal", uuid),
                   ("Fecha y hora de emisión", issued_at.strftime("%Y-%m-%dT%H:%M:%S")),
                   ("Fecha y hora de certificación", certified_at.strftime("%Y-%m-%dT%H:%M:%S")),
                   ("Lugar de expedición", vendor.extra["cp"]), ("Tipo de comprobante", "I - Ingreso"),
                   ("Exportación", "01 - No aplica"), ("No. de serie del CSD", cert_emisor),
                   ("Moneda", "USD - Dólar americano" if usd else "MXN - Peso Mexicano")]
    if usd:
        comprobante.append(("Tipo de cambio", rate_fx))
    comprobante += [("Método de pago", metodo), ("Forma de pago", forma)]
    if conditions:
        comprobante.append(("Condiciones de pago", esc(conditions)))
    if due:
        comprobante.append(("Fecha de vencimiento", fmt.date(due)))
    if customer_no:
        comprobante.append(("No. cliente", esc(customer_no)))
    if chance(rng, 0.4):
        comprobante.append(("Orden de compra", f"OC-{rng.randrange(10000, 99999)}"))

    def kv(pairs) -> str:
        return "<table class='kv' style='width:100%'>" + "".join(
            f"<tr><td style='width:42%' class='b'>{k}:</td><td style='width:58%'>{v}</td></tr>" for k, v in pairs) + "</table>"

    emisor = [("RFC", esc(vendor.tax_id)), ("Régimen fiscal", esc(vendor.extra["regime"]))]
    receptor = [("RFC", esc(receptor_rfc)), ("Uso CFDI", pick(rng, USES)),
                ("Régimen fiscal", esc(pick(rng, MX_REGIMES))), ("Domicilio fiscal", receptor_cp)]
    cust_addr = f"<br/>{lines_html(customer.address)}" if layout != "compact" else ""
    emisor_html = f"<p class='b'>{esc(vendor.name)}</p><p class='small'>{lines_html(vendor.address)}<br/>Tel. {esc(vendor.phone)}</p>{kv(emisor)}"
    receptor_html = f"<p class='b'>{esc(customer.name)}{cust_addr}</p>{kv(receptor)}"
    title_id = f"<p class='ttl accent'>FACTURA {esc(number)}</p>" if chance(rng, 0.6) else \
        f"<p class='ttl accent'>FACTURA</p><p class='b'>Serie y folio: {esc(number)}</p>"
    if layout == "grid":
        head = (f"<table style='width:100%'><tr><td style='width:50%'>{title_id}<p class='sec'>EMISOR</p>{emisor_html}</td>"
                f"<td style='width:50%'><p class='sec'>DATOS DEL COMPROBANTE</p>{kv(comprobante)}</td></tr></table>"
                f"<p class='sec' style='margin-top:4pt'>RECEPTOR</p>{receptor_html}")
    elif layout == "erp":
        head = (f"<table style='width:100%'><tr><td style='width:22%'>{logo(vendor.name, rng, theme.accent)}</td>"
                f"<td style='width:43%'>{emisor_html}</td><td style='width:35%' class='r'>{title_id}</td></tr></table>"
                f"<table style='width:100%;margin-top:6pt'><tr><td style='width:50%' class='boxed'><p class='b accent'>Receptor</p>"
                f"{receptor_html}</td><td style='width:50%' class='boxed'>{kv(comprobante)}</td></tr></table>")
    else:
        head = (f"{title_id}<table style='width:100%'><tr><td style='width:34%'><p class='sec'>Emisor</p>{emisor_html}</td>"
                f"<td style='width:33%'><p class='sec'>Receptor</p>{receptor_html}</td>"
                f"<td style='width:33%'><p class='sec'>Comprobante</p>{kv(comprobante)}</td></tr></table>")
    show_sku = any(r[4] for r in rows_src)
    cols = [("Clave prod/serv", "left", "9%")] + ([("No. ident.", "left", "8%")] if show_sku else []) + [
        ("Cant.", "right", "5%"), ("Clave unidad", "left", "6%"), ("Unidad", "left", "8%"), ("Descripción", "left", ""),
        ("Valor unitario", "right", "10%"), ("Importe", "right", "11%"), ("Obj. imp.", "left", "5%")]
    # widths in points (this MuPDF lays percentage widths out as equal columns); the description takes the rest
    fixed = sum(float(wd.rstrip("%")) for _c, _a, wd in cols if wd)
    usable = width - 60 - 9.5 * len(cols)      # less each cell's side padding and rule
    cols = [(c, a, f"{float(wd.rstrip('%') if wd else 100 - fixed) * usable / 100:.0f}pt") for c, a, wd in cols]
    th = "<tr>" + "".join(f"<th style='text-align:{a};width:{wd}'>{c}</th>" for c, a, wd in cols) + "</tr>"
    table_rows = []
    for k, (line, clave, cu, unidad, sku) in enumerate(rows_src):
        cells = [clave] + ([esc(sku)] if show_sku else []) + [fmt.qty(line.quantity), cu, esc(unidad), esc(line.description),
                                                              num(line.unit_price), num(line.amount), "02"]
        alt = " class='alt'" if theme.table == "zebra" and k % 2 else ""
        table_rows.append(f"<tr{alt}>" + "".join(f"<td style='text-align:{a}'>{c}</td>" for c, (_t, a, _w) in zip(cells, cols, strict=True)) + "</tr>")
    cur = "USD" if usd else "MXN"
    totals = (f"<table style='width:100%;margin-top:6pt'><tr><td style='width:60%'><p class='b'>Importe con letra:</p>"
              f"<p>{esc(words_spanish(total, cur))}</p></td><td style='width:40%'><table style='width:100%'>"
              f"<tr><td style='width:55%'>Subtotal</td><td style='width:45%' class='r'>{fmt.money(net)}</td></tr>"
              f"<tr><td>{pick(rng, ['IVA Trasladado 16%', 'Impuestos trasladados IVA 16.00%', 'IVA 16% (002) Tasa 0.160000'])}</td>"
              f"<td class='r'>{fmt.money(tax)}</td></tr>"
              f"<tr class='grand'><td>Total {cur if usd or chance(rng, 0.4) else ''}</td><td class='r'>{fmt.money(total)}</td></tr>"
              "</table></td></tr></table>")
    seals = (f"<p class='b small'>Sello digital del CFDI:</p><p class='mono'>{_wrapped(sello_cfdi, 96)}</p>"
             f"<p class='b small'>Sello digital del SAT:</p><p class='mono'>{_wrapped(sello_sat, 96)}</p>"
             f"<p class='b small'>Cadena original del complemento de certificación digital del SAT:</p>"
             f"<p class='mono'>{_wrapped(cadena, 96)}</p>"
             f"<p class='small'>No. de serie del certificado SAT: {cert_sat} · RFC del proveedor de certificación: {pac_rfc}</p>"
             "<p class='small'>Este documento es una representación impresa de un CFDI 4.0</p>")
    if ppd:
        seals += "<p class='tiny'>Pago en parcialidades o diferido: el pago se acreditará con el Complemento para recepción de pagos.</p>"
    left, right, bottom, qr_size = 30.0, 30.0, 26.0, 84.0
    seal_x0 = left + qr_size + 10
    seal_height = 60.0
    while not fits(seals, css, (seal_x0, 0, width - right, seal_height)):
        seal_height += 6.0
    seal_height = max(seal_height, qr_size)

    def body(chunk, index, is_last):
        top = head if index == 0 else f"<p class='b'>{esc(vendor.name)} · FACTURA {esc(number)} · Folio fiscal {uuid}</p>"
        return top + f"<table class='items'>{th}{''.join(chunk)}</table>" + (totals if is_last else "")

    # the seals and the QR code sit in a band at the foot of the last page (kept free on every page)
    sheet = paged_sheet(width, height, css, (left, 28, right, bottom + seal_height + 8), table_rows, body,
                        footer=lambda n, c: f"<p class='tiny r muted'>Página {n} de {c}</p>", footer_height=10)
    band_top = height - bottom - seal_height
    sheet.pages[-1] += [Box((seal_x0, band_top, width - right, band_top + seal_height), seals),
                        Box((left, band_top, left + qr_size, band_top + qr_size), kind="qr",
                            payload=f"https://verificacfdi.facturaelectronica.sat.gob.mx/?id={uuid}&tt={total}")]
    return Built(doc=doc, sheet=sheet, template=f"cfdi_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"uuid": uuid, "metodo": metodo[:3], "usd": usd})
