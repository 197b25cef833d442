"""Argentine factura electrónica: Factura A (between VAT-registered businesses), B (to consumers and exempt or
monotributo buyers) and C (issued by a monotributista), 2023-2025.

Three prints: the AFIP / ARCA "Comprobantes en línea" print (ORIGINAL strip, the letter in a box with "COD.
01" / "COD. 06" / "COD. 011", Razón Social / Domicilio Comercial / Condición frente al IVA on the left, FACTURA
/ Punto de Venta / Comp. Nro / Fecha de Emisión / CUIT / Ingresos Brutos / Fecha de Inicio de Actividades on
the right, the period strip "Período Facturado Desde … Hasta … Fecha de Vto. para el pago", the client box,
Código / Producto / Servicio / Cantidad / U. Medida / Precio Unit. / % Bonif / Imp. Bonif. / Subtotal /
Alícuota IVA / Subtotal c/IVA, the IVA lines 27 / 21 / 10.5 / 5 / 2.5 / 0 %, Importe Otros Tributos, Importe
Total, "Comprobante Autorizado", CAE N° and Fecha de Vto. de CAE beside the QR; sometimes the DUPLICADO copy
as a second page); a company's ERP print (logo, the letter box between the issuer and "FACTURA N°
0003-00001234", C.U.I.T. / Ing. Brutos / Inicio de Actividades, Señor(es), Remito N° and O. de Compra, Cant. /
Código / Descripción / P. Unitario / Importe, Subtotal / Neto Gravado / IVA 21 % / IVA 10,5 % / Percepción
IIBB / TOTAL, "SON PESOS: … CON 50/100", CAE at the foot); and a monotributista's Factura C for services
(AFIP print, the period and the due date, no IVA at all).

Amounts `$ 1.234,56` on the ERP print, `12345,67` without grouping on the AFIP print; dates `15/03/2024`.

Truth: id = Punto de Venta and Comp. Nro joined as the document prints them combined (`00003-00001234`,
`0003-00001234`: the ERP title prints it so, the AFIP print in its "Comprobante Autorizado" line), as for
the Romanian series + number. Tax id = the issuer's CUIT as printed (`30712345678` on the AFIP print,
`30-71234567-8` on the ERP print); Ingresos Brutos, Fecha de Inicio de Actividades, the client's CUIT / DNI,
Remito, O. de Compra, CAE and its Vto. are decoys. Factura A: net = Importe Neto Gravado, **tax = every
printed tax line: the IVA lines summed plus the Otros Tributos (Percepción IIBB)**, as for GST + QST, so net +
tax = total. Factura B: prices include IVA, lines add up to the total; from 2025 the print states "IVA
Contenido" under the Régimen de Transparencia Fiscal al Consumidor (Ley 27.743): that is the tax (net
null); before that, tax and net are null. Factura C: a monotributista charges no IVA, so net and tax are
null (the Subtotal equals the Importe Total). A sale to "Consumidor Final" has no customer. "Condición de
venta" is the payment terms when it states a term (Contado, Cuenta Corriente, "Cuenta Corriente 30 días"),
not when it names a means (Transferencia Bancaria, Tarjeta de Débito, Otra); "Fecha de Vto. para el pago"
is the due date.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.catalog import Line, tax_on
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eleventh import ar_party, words_ar
from corpus.holdout.money import fmt_date, fmt_number, money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._tenth import qr_under_body

FAMILY = "ar_factura"
DOCUMENT_TYPE = "invoice"
R21, R105 = Decimal("21"), Decimal("10.5")
GOODS = [("Resma papel A4 75 g", "unidades", 5800, 9500, R21), ("Cartucho tóner negro", "unidades", 38000, 92000, R21),
         ("Cable unipolar 2,5 mm x 100 m", "unidades", 42000, 78000, R21), ("Pintura látex interior 20 l", "unidades", 68000, 145000, R21),
         ("Guantes de nitrilo (caja x 100)", "unidades", 9500, 21000, R21), ("Cemento portland 50 kg", "unidades", 9800, 14500, R21),
         ("Yerba mate 1 kg", "unidades", 4200, 7800, R105), ("Harina 000 x 25 kg", "unidades", 16000, 29000, R105),
         ("Notebook 14\" 16 GB 512 GB", "unidades", 890000, 1450000, R105), ("Torno de banco 6\"", "unidades", 120000, 260000, R105),
         ("Silla ergonómica de oficina", "unidades", 160000, 420000, R21), ("Caño PVC 110 mm x 4 m", "unidades", 18000, 36000, R21)]
SERVICES = [("Servicio de mantenimiento mensual", "unidades", 180000, 950000, R21), ("Honorarios profesionales - asesoramiento contable", "unidades", 250000, 1200000, R21),
            ("Servicio de limpieza de oficinas", "unidades", 320000, 1400000, R21), ("Desarrollo de software - horas", "horas", 18000, 42000, R21),
            ("Flete Buenos Aires - Rosario", "unidades", 220000, 680000, R21), ("Soporte técnico informático", "horas", 15000, 32000, R21),
            ("Diseño gráfico de piezas publicitarias", "unidades", 90000, 380000, R21), ("Clases de capacitación", "horas", 12000, 28000, R21)]
IVA_ROWS = ["27", "21", "10.5", "5", "2.5", "0"]
CONDITIONS = ["Contado", "Cuenta Corriente", "Transferencia Bancaria", "Tarjeta de Débito", "Otra"]


def _plain(value: Decimal) -> str:
    return fmt_number(value, "plain").replace(".", ",")


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["afip", "afip", "erp", "monotributo"])
    letter = "C" if layout == "monotributo" else pick(rng, ["A", "A", "B"])
    vendor = ar_party(rng, person=layout == "monotributo" and chance(rng, 0.6))
    consumer = letter != "A" and chance(rng, 0.5)
    customer = None if consumer else ar_party(rng, person=letter != "A" and chance(rng, 0.3))
    issued = random_date(rng, date(2023, 1, 3), 895)
    services = layout == "monotributo" or chance(rng, 0.35)
    pv = f"{rng.randrange(1, 30):05d}" if layout != "erp" else f"{rng.randrange(1, 30):0{pick(rng, [4, 5])}d}"
    nro = f"{rng.randrange(1, 30000):08d}"
    number = f"{pv}-{nro}"
    code = {"A": "01", "B": "06", "C": "011"}[letter]
    cuit_printed = vendor.tax_id.replace("-", "") if layout != "erp" else vendor.tax_id
    vendor.tax_id = cuit_printed
    catalog = SERVICES if services else GOODS
    count = rng.randrange(1, 6) if chance(rng, 0.85) else rng.randrange(10, 16)
    chosen = [catalog[i % len(catalog)] for i in rng.sample(range(max(count, len(catalog))), count)]
    lines: list[Line] = []
    seen: set[str] = set()
    inflation = Decimal(str(1 + (issued - date(2023, 1, 1)).days / 365 * 1.6))   # 2023-2024 prices climbed steeply
    for desc, unit, low, high, vat in chosen:
        label, extra = desc, 2
        while label in seen:
            label = f"{desc} - ítem {extra}"
            extra += 1
        seen.add(label)
        qty = Decimal(rng.randrange(2, 40)) if unit == "horas" else Decimal(pick(rng, [1, 1, 1, 2, 3, 4, 5, 6, 10, 12, 20]))
        base_price = money(Decimal(str(rng.uniform(low, high))) * inflation / 4)
        price = base_price if letter != "B" else money(base_price * (1 + vat / 100))
        lines.append(Line(label, qty, price, money(qty * price), unit, f"{rng.randrange(100, 99999)}" if not services or chance(rng, 0.3) else "", vat))
    subtotal = sum((li.amount for li in lines), Decimal("0.00"))
    iva = {r: Decimal("0.00") for r in IVA_ROWS}
    perception = Decimal("0.00")
    perception_rate = pick(rng, [Decimal("2.5"), Decimal("3"), Decimal("3.5"), Decimal("1.75")])
    net = tax = None
    if letter == "A":
        for r in (R21, R105):
            base = sum((li.amount for li in lines if li.tax_rate == r), Decimal("0.00"))
            iva["21" if r == R21 else "10.5"] = tax_on(base, r)
        if chance(rng, 0.3):
            perception = tax_on(subtotal, perception_rate)
        net = subtotal
        tax = sum(iva.values(), Decimal("0.00")) + perception
        total = net + tax
    else:
        total = subtotal
        if letter == "B" and issued >= date(2025, 1, 1):
            tax = sum(((li.amount * li.tax_rate / (100 + li.tax_rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) for li in lines), Decimal("0.00"))
    condition = pick(rng, CONDITIONS) if layout != "erp" else pick(rng, ["Contado", "Cuenta Corriente", "Cuenta Corriente 30 días", "Transferencia Bancaria"])
    terms = condition if condition.startswith(("Contado", "Cuenta Corriente")) else None
    period_from = date(issued.year, issued.month, 1)
    period_to = (date(issued.year + (issued.month == 12), issued.month % 12 + 1, 1) - timedelta(days=1))
    due = issued + timedelta(days=pick(rng, [10, 15, 30]))
    show_due = services and layout != "erp"
    doc = Doc(document_type=DOCUMENT_TYPE, locale="AR", currency="ARS", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, lines_sum_to="total" if letter != "A" else "net", payment_terms=terms,
              due_date=due if show_due else None)
    cae = f"{rng.choice(['7', '7', '8'])}{rng.randrange(10**12, 10**13)}"
    cae_due = issued + timedelta(days=10)
    d = lambda day: fmt_date(day, "dmy_slash")  # noqa: E731
    inicio = date.fromisoformat(vendor.extra["inicio"])
    vat_condition = "Responsable Monotributo" if letter == "C" else "IVA Responsable Inscripto"
    client_condition = ("Consumidor Final" if consumer else "IVA Responsable Inscripto" if letter == "A"
                        else pick(rng, ["IVA Sujeto Exento", "Responsable Monotributo"]) if letter == "B"
                        else pick(rng, ["IVA Responsable Inscripto", "Responsable Monotributo", "IVA Sujeto Exento"]))
    client_id = "" if consumer and chance(rng, 0.6) else (customer.tax_id.replace("-", "") if customer else f"{rng.randrange(10**7, 5 * 10**7)}")
    client_id_label = "CUIT" if customer else "DNI"
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.5, 9.0), table="grid")
    css = theme.css(".letter{border:1.5pt solid #000;font-size:26pt;font-weight:bold;text-align:center;padding:2pt 10pt} .box{border:0.8pt solid #000;padding:4pt}"
                    " .strip{border:0.8pt solid #000;text-align:center;font-weight:bold;font-size:12pt;padding:3pt}")
    width, height = A4
    qr_payload = f"https://www.afip.gob.ar/fe/qr/?p={cae}{number}"

    if layout in ("afip", "monotributo"):
        def money_(value: Decimal) -> str:
            return f"$ {_plain(value)}"
        hdr = (f"<p class='strip'>ORIGINAL</p><table style='width:100%;border:0.8pt solid #000'><tr>"
               f"<td style='width:44%;padding:5pt'><p class='b' style='font-size:13pt'>{esc(vendor.name)}</p>"
               f"<p><b>Razón Social:</b> {esc(vendor.name)}</p><p><b>Domicilio Comercial:</b> {esc(', '.join(vendor.address))}</p>"
               f"<p><b>Condición frente al IVA:</b> {vat_condition}</p></td>"
               f"<td style='width:12%' class='c'><p class='letter'>{letter}</p><p class='small b c'>COD. {code}</p></td>"
               f"<td style='width:44%;padding:5pt'><p class='b' style='font-size:15pt'>FACTURA</p>"
               f"<p><b>Punto de Venta:</b> {pv} &#160;&#160; <b>Comp. Nro:</b> {nro}</p><p><b>Fecha de Emisión:</b> {d(issued)}</p>"
               f"<p><b>CUIT:</b> {cuit_printed}</p><p><b>Ingresos Brutos:</b> {vendor.extra['iibb']}</p>"
               f"<p><b>Fecha de Inicio de Actividades:</b> {d(inicio)}</p></td></tr></table>")
        period = (f"<table style='width:100%;border:0.8pt solid #000;margin-top:3pt'><tr><td><b>Período Facturado Desde:</b> {d(period_from)}</td>"
                  f"<td><b>Hasta:</b> {d(period_to)}</td><td><b>Fecha de Vto. para el pago:</b> {d(due)}</td></tr></table>") if services else ""
        client = (f"<table style='width:100%;border:0.8pt solid #000;margin-top:3pt'><tr><td style='width:40%'><b>{client_id_label}:</b> {client_id}</td>"
                  f"<td style='width:60%'><b>Apellido y Nombre / Razón Social:</b> {esc(customer.name) if customer else ''}</td></tr>"
                  f"<tr><td><b>Condición frente al IVA:</b> {client_condition}</td><td><b>Domicilio:</b> {esc(', '.join(customer.address)) if customer else ''}</td></tr>"
                  f"<tr><td colspan='2'><b>Condición de venta:</b> {condition}</td></tr></table>")
        if letter == "A":
            cols = [Col("Código", width="34pt"), Col("Producto / Servicio", width="120pt"), Col("Cantidad", "right", "36pt"), Col("U. Medida", width="40pt"),
                    Col("Precio Unit.", "right", "50pt"), Col("% Bonif", "right", "26pt"), Col("Subtotal", "right", "52pt"), Col("Alícuota IVA", "right", "32pt"),
                    Col("Subtotal c/IVA", "right", "55pt")]
            rows = [[li.code, esc(li.description), fmt_number(li.quantity, "plain").replace(".", ","), li.unit, _plain(li.unit_price), "0,00", _plain(li.amount),
                     f"{str(li.tax_rate).replace('.0', '')}%", _plain(money(li.amount * (1 + li.tax_rate / 100)))] for li in lines]
            tot_rows = [("Importe Neto Gravado", net)] + [(f"IVA {r}%", iva[r]) for r in IVA_ROWS] + [("Importe Otros Tributos", perception), ("Importe Total", total)]
        else:
            cols = [Col("Código", width="36pt"), Col("Producto / Servicio", width="160pt"), Col("Cantidad", "right", "40pt"), Col("U. Medida", width="42pt"),
                    Col("Precio Unit.", "right", "55pt"), Col("% Bonif", "right", "28pt"), Col("Imp. Bonif.", "right", "34pt"), Col("Subtotal", "right", "60pt")]
            rows = [[li.code, esc(li.description), fmt_number(li.quantity, "plain").replace(".", ","), li.unit, _plain(li.unit_price), "0,00", "0,00", _plain(li.amount)]
                    for li in lines]
            tot_rows = [("Subtotal", subtotal), ("Importe Otros Tributos", Decimal("0.00")), ("Importe Total", total)]
        others = ""
        if perception:
            others = (f"<table class='items' style='width:60%'><tr><th>Otros Tributos: Descripción</th><th>Detalle</th><th style='text-align:right'>Alíc. %</th>"
                      f"<th style='text-align:right'>Importe</th></tr><tr><td>Percepción Ingresos Brutos</td><td>{pick(rng, ['CABA', 'Buenos Aires', 'Córdoba', 'Santa Fe'])}</td>"
                      f"<td class='r'>{_plain(perception_rate)}</td><td class='r'>{_plain(perception)}</td></tr></table>")
        totals = "<table style='width:100%'>" + "".join(
            f"<tr><td style='width:62%'></td><td class='r b' style='width:24%'>{k}: $</td><td class='r b' style='width:14%'>{_plain(v)}</td></tr>" for k, v in tot_rows) + "</table>"
        transparency = ""
        if letter == "B" and tax is not None:
            transparency = (f"<table style='width:100%;border:0.8pt solid #000;margin-top:3pt'><tr><td><b>Régimen de Transparencia Fiscal al Consumidor (Ley 27.743)</b></td></tr>"
                            f"<tr><td>IVA Contenido: {money_(tax)} &#160;&#160; Otros Impuestos Nacionales Indirectos: $ 0,00</td></tr></table>")
        foot = (f"<table style='width:100%;margin-top:6pt'><tr><td style='width:20%'><div style='height:66pt'></div></td>"
                f"<td style='width:50%'><p class='b'>Comprobante Autorizado</p><p class='small'>Factura {letter} {number}</p>"
                f"<p class='tiny'>Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle de la operación</p></td>"
                f"<td style='width:30%' class='r'><p><b>CAE N°:</b> {cae}</p><p><b>Fecha de Vto. de CAE:</b> {d(cae_due)}</p><p class='small'>Pág. 1/1</p></td></tr></table>")
        head = hdr + period + client
        tail = others + totals + transparency + foot

        def body(chunk, index: int, is_last: bool) -> str:
            return (head if index == 0 else hdr) + items_table(cols, chunk, zebra=False) + (tail if is_last else "<p class='small r'>continúa en la página siguiente</p>")

        sheet = paged_sheet(width, height, css, (28, 26, 28, 26), rows, body)
        last = sheet.pages[-1]
        rect = next(b for b in last if b.kind == "html").rect
        from corpus.holdout.templates._tenth import body_bottom
        _r, bottom = body_bottom(sheet)
        y = bottom - 68
        last.append(Box((rect[0] + 4, y, rect[0] + 68, y + 64), kind="qr", payload=qr_payload))
        if len(sheet.pages) == 1 and chance(rng, 0.25):
            copy = [Box(b.rect, b.html.replace(">ORIGINAL<", ">DUPLICADO<"), b.kind, b.payload) for b in sheet.pages[0]]
            sheet.pages.append(copy)
    else:
        def money_(value: Decimal) -> str:
            return f"$ {fmt_number(value, 'es')}"
        cuit_label = pick(rng, ["C.U.I.T.", "CUIT"])
        remito = f"{pv}-{rng.randrange(1, 30000):08d}"
        head = (f"<table style='width:100%'><tr><td style='width:43%'>{logo(vendor.name, rng, theme.accent)}<p class='b' style='font-size:12pt'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}<br/>Tel. {vendor.phone}<br/>{vendor.email}</p><p class='small b'>IVA RESPONSABLE INSCRIPTO</p></td>"
                f"<td style='width:14%' class='c'><p class='letter'>{letter}</p><p class='tiny c'>Código {code}</p></td>"
                f"<td style='width:43%'><p class='b' style='font-size:15pt'>FACTURA</p><p class='b'>N° {number}</p><p>Fecha: {d(issued)}</p>"
                f"<p class='small'>{cuit_label}: {cuit_printed}<br/>Ing. Brutos: {vendor.extra['iibb']}<br/>Inicio de Actividades: {inicio.strftime('%m/%Y')}</p></td></tr></table>"
                f"<table style='width:100%;margin-top:6pt' class='box'><tr><td style='width:60%'><b>Señor(es):</b> {esc(customer.name) if customer else 'CONSUMIDOR FINAL'}<br/>"
                + (f"<b>Domicilio:</b> {esc(', '.join(customer.address))}<br/>" if customer else "")
                + f"<b>I.V.A.:</b> {client_condition}</td><td style='width:40%'>"
                + (f"<b>{cuit_label}:</b> {customer.tax_id}<br/>" if customer else "")
                + f"<b>Condición de venta:</b> {condition}<br/><b>Remito N°:</b> {remito}<br/><b>O. de Compra:</b> {rng.randrange(1000, 99999)}</td></tr></table>")
        cols = [Col("Cant.", "right", "36pt"), Col("Código", width="44pt"), Col("Descripción", width="200pt"), Col("P. Unitario", "right", "70pt")]
        if letter == "A":
            cols.append(Col("IVA %", "right", "36pt"))
        cols.append(Col("Importe", "right", "75pt"))
        rows = []
        for li in lines:
            row = [fmt_number(li.quantity, "plain", decimals=0) if li.quantity == li.quantity.to_integral_value() else fmt_number(li.quantity, "es"),
                   li.code, esc(li.description), fmt_number(li.unit_price, "es")]
            if letter == "A":
                row.append(str(li.tax_rate).replace(".0", "").replace(".", ","))
            rows.append(row + [fmt_number(li.amount, "es")])
        if letter == "A":
            tot = [("Subtotal", subtotal), ("Neto Gravado", net)] + [(f"IVA {r.replace('.', ',')} %", iva[r]) for r in ("21", "10.5") if iva[r]]
            if perception:
                tot.append((f"Percepción IIBB {_plain(perception_rate)} %", perception))
            tot.append(("TOTAL", total))
        else:
            tot = [("Subtotal", subtotal), ("TOTAL", total)]
        totals = "<table style='width:100%'>" + "".join(
            f"<tr><td style='width:55%'></td><td class='b' style='width:25%'>{k}</td><td class='r b' style='width:20%'>{money_(v)}</td></tr>" for k, v in tot) + "</table>"
        transparency = (f"<p class='small'>Régimen de Transparencia Fiscal al Consumidor (Ley 27.743) — IVA Contenido: {money_(tax)}</p>"
                        if letter == "B" and tax is not None else "")
        tail = (totals + transparency + f"<p class='b' style='margin-top:4pt'>SON PESOS: {words_ar(total)}</p>"
                + f"<table style='width:100%;margin-top:8pt'><tr><td style='width:70%'><p class='small'>CAE N° {cae} &#160; Vto. CAE: {d(cae_due)}</p>"
                  f"<p class='tiny'>ORIGINAL: BLANCO / DUPLICADO: COLOR</p></td><td style='width:30%'><div style='height:60pt'></div></td></tr></table>")
        sheet = paged_sheet(width, height, css, (36, 34, 36, 30), rows,
                            lambda chunk, index, is_last: (head if index == 0 else f"<p class='b'>FACTURA {letter} N° {number} — hoja {index + 1}</p>")
                            + items_table(cols, chunk, zebra=False) + (tail if is_last else "<p class='small r'>Transporte a la hoja siguiente</p>"))
        qr_under_body(sheet, 58, right_inset=6, above=2, payload=qr_payload)
    return Built(doc=doc, sheet=sheet, template=f"ar_{layout}_{letter.lower()}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"letter": letter, "cae": cae, "cuit": cuit_printed, "consumer": consumer, "perception": str(perception)})
