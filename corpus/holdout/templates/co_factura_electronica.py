"""Colombian electronic invoice, printed as its graphical representation (representación gráfica).

Three prints: an invoicing-software print (logo, "FACTURA ELECTRÓNICA DE VENTA No. FE 1234", the issuer's
NIT with its verification digit, régimen and CIIU, the DIAN numbering resolution with its prefix, range and
validity dates, Fecha de emisión with time, Fecha de vencimiento, Forma de pago / Medio de pago, the
adquiriente block, Código / Descripción / Cantidad / U.M. / Valor unitario / IVA % / Valor total, Subtotal
/ IVA per rate / Total IVA / "Total a pagar", the amount in words "SON: … PESOS M/CTE", the 96-character
CUFE beside a QR code and the technology provider with its own NIT); a DIAN-style boxed print (Datos del
documento / Datos del emisor / Datos del adquiriente / Detalle / Totales, fecha de validación DIAN); and a
services firm's invoice whose retentions (ReteFuente 4 % / 11 %, ReteICA 9,66 x mil, ReteIVA 15 %) are
taken off below the total to a "Neto a pagar".

Amounts in pesos as Colombian software prints them: dots for thousands and no decimals (`$ 1.234.567`;
now and then `$ 1.234.567,00`); IVA 19 % with 5 % and excluded (0 %) items.

Truth: vendor = the issuer; tax id = its NIT with the check digit as printed (`900.123.456-7`); the
customer's NIT / C.C., the technology provider's NIT, the CUFE, the resolution number and its dates, the
fecha de validación and the CIIU are decoys. Id = prefix and number as printed in the title (`FE 1234`).
Net = Subtotal, tax = Total IVA (or the single IVA line), total = Total a pagar / Total factura: the
retentions are the buyer's withholdings and do not reduce it, so the "Neto a pagar" after them is a decoy
(as the Nigerian and Philippine withholdings). Payment terms as printed after "Condiciones de pago"
("Crédito 30 días", "Contado"); the due date when Fecha de vencimiento is printed.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Col, Theme, esc, lines_html, logo, rate, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fourth import words_spanish
from corpus.holdout.fakes_ninth import co_nit, co_party, cufe
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4, LETTER, Box
from corpus.holdout.templates._eighth import flowing_sheet

FAMILY = "co_factura_electronica"
DOCUMENT_TYPE = "invoice"
GOODS = [("Resma papel carta 75 g", "UND", 14000, 24000, 19), ("Tóner HP 105A original", "UND", 180000, 320000, 19),
         ("Cable UTP Cat 6 (metro)", "MTR", 1800, 3500, 19), ("Computador portátil Core i5 16 GB", "UND", 2400000, 3900000, 19),
         ("Silla ergonómica de oficina", "UND", 390000, 890000, 19), ("Café tostado molido 500 g", "UND", 16000, 28000, 5),
         ("Arroz blanco 5 kg", "UND", 18000, 26000, 0), ("Guantes de nitrilo caja x 100", "CJ", 22000, 38000, 19),
         ("Disco sólido SSD 1 TB", "UND", 290000, 460000, 19), ("Botas de seguridad dieléctricas", "PAR", 120000, 240000, 19),
         ("Cemento gris 50 kg", "BTO", 29000, 36000, 19), ("Huevos AA x 30", "UND", 14000, 19000, 0)]
SERVICES = [("Servicio de mantenimiento preventivo equipos de cómputo", 350000, 4800000), ("Honorarios asesoría contable - {m}", 1200000, 6500000),
            ("Servicio de transporte de carga Bogotá - Medellín", 900000, 5200000), ("Soporte técnico mensual - {m}", 800000, 3800000),
            ("Arrendamiento bodega - {m}", 2500000, 12000000), ("Servicio de vigilancia privada - {m}", 3000000, 9500000)]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
PROVIDERS = ["Facturación Andina S.A.S.", "Soluciones Fiscales Digitales S.A.S.", "e-Factura Cloud S.A.S."]


def _pesos(value: Decimal) -> Decimal:
    return money(Decimal(value).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["software", "dian", "services"])
    vendor = co_party(rng)
    customer = co_party(rng)
    person = layout != "services" and chance(rng, 0.2)
    customer_doc = f"C.C. {rng.randrange(10**7, 1200000000):,}".replace(",", ".") if person else f"NIT {customer.tax_id}"
    if person:
        customer.name = f"{pick(rng, ['Andrés', 'Carolina', 'Juan Pablo', 'Luisa Fernanda', 'Camilo', 'Diana'])} " \
                        f"{pick(rng, ['Rodríguez', 'Gómez', 'Martínez', 'Restrepo', 'Vargas', 'Ospina'])}"
    issued = random_date(rng)
    clock = f"{rng.randrange(7, 19):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    decimals = 2 if chance(rng, 0.2) else 0
    date_pattern = pick(rng, ["iso", "iso", "dmy_slash"])
    prefix = pick(rng, ["FE", "FEV", "SETT", "FV", "FE"])
    seq = rng.randrange(1, 99999)
    number = pick(rng, [f"{prefix}{seq}", f"{prefix}-{seq}", f"{prefix} {seq}"])

    def num(value: Decimal) -> str:
        return fmt_number(value, "de", decimals=decimals)

    def m(value: Decimal) -> str:
        return f"$ {num(value)}"

    def d(day) -> str:
        return day.isoformat() if date_pattern == "iso" else day.strftime("%d/%m/%Y")

    lines: list[Line] = []
    if layout == "services":
        month = issued.replace(day=1) - timedelta(days=1)
        for desc, low, high in rng.sample(SERVICES, rng.randrange(1, 4)):
            amount = _pesos(Decimal(round(rng.uniform(low, high), -3)))
            lines.append(Line(desc.format(m=f"{MONTHS_ES[month.month - 1]} {month.year}"), Decimal(1), amount, amount, unit="SER",
                              code=f"S{rng.randrange(100, 999)}", tax_rate=Decimal(19)))
    else:
        for desc, unit, low, high, vat in rng.sample(GOODS, rng.randrange(1, 9)):
            qty = Decimal(pick(rng, [1, 1, 2, 3, 5, 10, 12, 20, 50]))
            price = _pesos(Decimal(round(rng.uniform(low, high), -2)))
            lines.append(Line(desc, qty, price, qty * price, unit=unit, code=f"{rng.randrange(1000, 99999)}", tax_rate=Decimal(vat)))
    rates = sorted({li.tax_rate for li in lines}, reverse=True)
    bases = {r: sum((li.amount for li in lines if li.tax_rate == r), Decimal("0.00")) for r in rates}
    taxes = {r: _pesos(bases[r] * r / 100) for r in rates}
    net = sum(bases.values(), Decimal("0.00"))
    tax = sum(taxes.values(), Decimal("0.00"))
    total = net + tax
    credit = chance(rng, 0.7)
    days = pick(rng, [15, 30, 30, 45, 60, 90])
    due = issued + timedelta(days=days if credit else 0)
    terms = f"Crédito {days} días" if credit else "Contado"
    show_terms = chance(rng, 0.75)
    show_due = chance(rng, 0.7)
    doc = Doc(document_type=DOCUMENT_TYPE, locale="CO", currency="COP", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, payment_terms=terms if show_terms else None,
              due_date=due if show_due else None)
    code = cufe(rng)
    resolution = f"{rng.choice(['18764', '18760', '18763'])}{rng.randrange(10**8, 10**9)}"
    res_date = issued - timedelta(days=rng.randrange(60, 600))
    validated = f"{d(issued)} {min(23, int(clock[:2]) + rng.randrange(0, 4)):02d}:{rng.randrange(60):02d}"
    provider, provider_nit = pick(rng, PROVIDERS), co_nit(rng)
    words = words_spanish(total).rsplit(" ", 2)[0] + " M/CTE"
    medio = pick(rng, ["Transferencia débito bancaria", "Consignación bancaria", "Efectivo", "Cheque"])
    ica_rate = pick(rng, [Decimal("9.66"), Decimal("11.04"), Decimal("6.9")])
    rf_rate = Decimal(pick(rng, ["4", "11", "2.5"]) if layout == "services" else "2.5")
    withholdings = [(f"ReteFuente {rate(rf_rate)} %", _pesos(net * rf_rate / 100)), (f"ReteICA {rate(ica_rate).replace('.', ',')} x mil", _pesos(net * ica_rate / 1000))]
    if chance(rng, 0.5):
        withholdings.append(("ReteIVA 15 %", _pesos(tax * Decimal("0.15"))))
    regime = pick(rng, ["Responsable de IVA", "Responsable de IVA - Gran contribuyente", "Responsable de IVA - Autorretenedor"])

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.5, 8.5), table=pick(rng, ["grid", "header_fill", "zebra", "rules"]))
    css = theme.css(".ttl{font-size:12pt;font-weight:bold} .sec{background:#e6e6e6;font-weight:bold;padding:2pt 4pt;margin-top:5pt}"
                    " .cell{border:0.5pt solid #888;padding:1.5pt 3pt} .mono{font-family:Courier;font-size:6.5pt}")
    width, height = LETTER if chance(rng, 0.6) else A4
    resolution_text = (f"Resolución DIAN No. {resolution} del {d(res_date)}, prefijo {prefix} del 1 al {pick(rng, [5000, 10000, 50000, 100000])}, "
                       f"vigencia {pick(rng, [12, 18, 24])} meses.")
    vendor_block = (f"<p class='b' style='font-size:11pt'>{esc(vendor.name)}</p><p>NIT: {vendor.tax_id}</p><p class='small'>{regime} · "
                    f"Actividad económica CIIU {vendor.extra['ciiu']}</p><p class='small'>{lines_html(vendor.address)}</p>"
                    f"<p class='small'>Tel. {vendor.phone} · {vendor.email}</p>")
    cust_rows = [("Cliente", esc(customer.name)), ("NIT / C.C.", customer_doc.split(" ", 1)[1]), ("Dirección", esc(customer.address[0])),
                 ("Ciudad", esc(customer.address[1])), ("Teléfono", customer.phone)]
    cust_block = "<table style='width:100%'>" + "".join(f"<tr><td class='cell b' style='width:28%'>{k}</td><td class='cell' style='width:72%'>{v}</td></tr>"
                                                        for k, v in cust_rows) + "</table>"
    meta_rows = [("Fecha de emisión", f"{d(issued)} {clock}")]
    if show_due:
        meta_rows.append(("Fecha de vencimiento", d(due)))
    meta_rows += [("Forma de pago", "Crédito" if credit else "Contado"), ("Medio de pago", medio)]
    if show_terms:
        meta_rows.append(("Condiciones de pago", esc(terms)))
    meta_rows.append(("Orden de compra", f"OC-{rng.randrange(1000, 99999)}" if chance(rng, 0.5) else "—"))
    meta_block = "<table style='width:100%'>" + "".join(f"<tr><td class='cell b' style='width:45%'>{k}</td><td class='cell' style='width:55%'>{v}</td></tr>"
                                                        for k, v in meta_rows) + "</table>"
    vat_rows = [(f"IVA {rate(r)} %" if r else "IVA Excluido", m(taxes[r]), False) for r in rates]
    tot = [("Subtotal", m(net), False), *vat_rows]
    if len(rates) > 1 or chance(rng, 0.4):
        tot.append(("Total IVA", m(tax), False))
    total_label = pick(rng, ["Total a pagar", "Total factura", "TOTAL A PAGAR"])
    tot.append((total_label, m(total), True))
    cufe_html = (f"<table style='width:100%;margin-top:8pt'><tr><td style='width:78%'><p class='b small'>CUFE:</p><p class='mono'>{code}</p>"
                 f"<p class='small'>Fecha de validación DIAN: {validated}</p><p class='tiny muted'>Representación gráfica de la factura electrónica de venta. "
                 f"Proveedor tecnológico: {provider} NIT {provider_nit}. {resolution_text}</p></td><td style='width:22%'></td></tr></table>")
    cols = [Col("Código", width="45pt"), Col("Descripción", width="190pt"), Col("Cant.", "right", "32pt"), Col("U.M.", width="30pt"),
            Col("Valor unitario", "right", "62pt"), Col("IVA", "right", "26pt"), Col("Valor total", "right", "66pt")]
    rows = [[esc(li.code), esc(li.description), str(int(li.quantity)), esc(li.unit), num(li.unit_price), f"{rate(li.tax_rate)}%", num(li.amount)]
            for li in lines]
    words_html = f"<p style='margin-top:6pt' class='small'><b>SON:</b> {esc(words)}</p>"

    if layout == "software":
        head = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(vendor.name, rng, theme.accent)}{vendor_block}</td>"
                f"<td style='width:45%'><p class='ttl accent'>FACTURA ELECTRÓNICA DE VENTA</p><p class='ttl'>No. {esc(number)}</p>"
                f"<p class='tiny'>{resolution_text}</p>{meta_block}</td></tr></table><p class='sec'>Adquiriente</p>{cust_block}")
        tail = totals_table(tot) + words_html + ("<p class='small'>Retenciones (informativas): "
                                                 + " · ".join(f"{k} {m(v)}" for k, v in withholdings) + "</p>" if chance(rng, 0.5) else "") + cufe_html
    elif layout == "dian":
        head = (f"<p class='c ttl'>Factura Electrónica de Venta No. {esc(number)}</p><p class='sec'>Datos del documento</p>{meta_block}"
                f"<p class='sec'>Datos del emisor / vendedor</p>{vendor_block}<p class='sec'>Datos del adquiriente / comprador</p>{cust_block}"
                f"<p class='sec'>Detalles de productos</p>")
        tail = ("<p class='sec'>Datos totales</p>" + totals_table(tot, width="55%", left="45%") + words_html
                + f"<p class='sec'>Notas</p><p class='small'>{resolution_text} Esta factura se asimila en todos sus efectos a una letra de cambio (Art. 774 C.Co.).</p>"
                + cufe_html)
    else:
        rows = [[esc(li.code), esc(li.description), "1", "SER", num(li.unit_price), "19%", num(li.amount)] for li in lines]
        head = (f"<table style='width:100%'><tr><td style='width:58%'>{vendor_block}</td><td style='width:42%' class='r'>"
                f"<p class='ttl'>Factura electrónica de venta</p><p class='ttl accent'>{esc(number)}</p><p class='tiny'>{resolution_text}</p></td></tr></table>"
                f"<table style='width:100%;margin-top:6pt'><tr><td style='width:52%'>{cust_block}</td><td style='width:48%'>{meta_block}</td></tr></table>")
        after = total
        wh_rows = []
        for k, v in withholdings:
            wh_rows.append((f"(-) {k}", m(v), False))
            after -= v
        tail = (totals_table(tot + wh_rows + [("Neto a pagar", m(after), True)]) + words_html
                + "<p class='tiny muted'>Somos autorretenedores de ICA en Bogotá. No practicar retención sobre el IVA a régimen simple.</p>" + cufe_html)
    sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra", margin=(42, 38, 42, 112),
                          continued=lambda i: f"<p class='b'>Factura electrónica {esc(number)} – página {i + 1}</p>", more="continúa")
    # the QR code in the band kept free at the foot of the last page
    sheet.pages[-1].append(Box((width - 42 - 80, height - 104, width - 42, height - 24), kind="qr", payload=code))
    return Built(doc=doc, sheet=sheet, template=f"co_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"cufe": code, "customer_doc": customer_doc, "provider_nit": provider_nit, "resolution": resolution,
                        "withholdings": {k: str(v) for k, v in withholdings}, "words": words})
