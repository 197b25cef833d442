"""Chilean documento tributario electrónico (SII), 2023-2025: factura electrónica, nota de crédito electrónica and
factura no afecta o exenta electrónica, as an ERP and the SII's free "Facturación MIPYME" system print them.

Three prints. `cl_erp`: the issuer's letterhead on the left (razón social, Giro, Casa Matriz address, phone, e-mail),
on the right the red-framed box every DTE carries — "R.U.T.: 76.123.456-K", "FACTURA ELECTRÓNICA" / "NOTA DE
CRÉDITO ELECTRÓNICA", "N° 12345" — with "S.I.I. - SANTIAGO ORIENTE" under it; a receptor frame Señor(es) / R.U.T. /
Giro / Dirección / Comuna / Ciudad / Contacto / Tipo de Compra beside Fecha Emisión ("15 de Marzo del 2024"),
Condición de Venta and Fecha Vencimiento; Código / Descripción / Cantidad / Precio / % Desc. / Valor; a Referencias
table (Orden de Compra, Guía de Despacho, or the invoice a credit note corrects); Descuento Global, Monto Neto,
I.V.A. 19%, Total; the timbre electrónico (PDF417 symbol, "Timbre Electrónico SII", "Res. 80 de 2014 Verifique
documento: www.sii.cl") and, on the CEDIBLE copy, the acuse de recibo box of Ley 19.983. `cl_mipyme`: the SII
portal's plain print with capital labels without accents (SEÑOR(ES):, DIRECCION:, FECHA EMISION:, MONTO NETO $,
I.V.A. 19% $, TOTAL $). `cl_exenta`: a services firm's FACTURA NO AFECTA O EXENTA ELECTRÓNICA (capacitación,
international freight): MONTO EXENTO and TOTAL, no IVA.

Whole pesos with "." thousands (`$ 1.234.567`); dates `15 de Marzo del 2024`, `15 de marzo de 2024`, `15-03-2024`,
`15/03/2024`.

Truth: vendor = the emisor (name as printed, capitals included), tax id = its RUT as printed with dots and check
digit (`76.123.456-K`), address = Casa Matriz street, comuna and ciudad as printed; customer = Señor(es) with the
Dirección, Comuna and Ciudad cells (the ciudad only when it is not the comuna's own name); the receptor's RUT, giro,
contacto, the SII office, the referenced Orden de Compra / Guía de Despacho / invoice folios are decoys. Id = the
folio after "N°". Net = Monto Neto (the Descuento Global the printed adjustment between the lines and it), tax =
I.V.A. 19%, total = Total. Exenta: net and tax null (only MONTO EXENTO, equal to the total). Payment terms = the
Condición de Venta as printed ("Contado", "Crédito 30 días"), due date = Fecha Vencimiento where printed. A nota de
crédito prints positive amounts; its truth is negative.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Col, Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_thirteenth import cl_party, rut
from corpus.holdout.money import MONTHS, fmt_number, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._eighth import flowing_sheet
from corpus.holdout.templates._thirteenth import pdf417_html

FAMILY = "cl_factura_electronica"
D = Decimal
ITEMS = [("Servicio de mantención preventiva equipos de climatización", "UN", 85000, 450000), ("Arriendo grúa horquilla 2,5 ton (por día)", "DIA", 65000, 120000),
         ("Resma papel carta 75 g", "UN", 3900, 6500), ("Cemento Polpaico 25 kg", "SACO", 4200, 5900), ("Asesoría contable mensual", "MES", 180000, 650000),
         ("Flete Santiago - Concepción", "VIAJE", 280000, 650000), ("Licencia software ERP (mensual)", "UN", 45000, 380000),
         ("Guantes de nitrilo caja 100 un.", "CJ", 6900, 12900), ("Agua purificada bidón 20 L", "UN", 2500, 4200),
         ("Cable eléctrico THHN 12 AWG (rollo 100 m)", "ROLLO", 48000, 89000), ("Tornillo autoperforante 10x3/4 (caja 100)", "CJ", 4500, 9800),
         ("Palta Hass calibre 18 (caja 10 kg)", "CJ", 18000, 42000), ("Uva de mesa Crimson (caja 8,2 kg)", "CJ", 9000, 21000),
         ("Servicio de transporte de personal", "SERV", 150000, 900000), ("Instalación de faena", "GL", 350000, 2500000),
         ("Toner HP 26A negro", "UN", 52000, 98000), ("Mantención mensual de áreas verdes", "MES", 220000, 780000)]
EXEMPT = [("Curso de capacitación Excel intermedio (código SENCE)", "PART", 85000, 240000), ("Servicio de transporte internacional de carga", "SERV", 450000, 3200000),
          ("Taller de liderazgo para jefaturas (16 horas)", "PART", 120000, 380000), ("Flete internacional Valparaíso - Callao", "CONT", 900000, 2800000),
          ("Relatoría curso prevención de riesgos", "HORA", 45000, 90000)]
OFFICES = ["SANTIAGO ORIENTE", "SANTIAGO CENTRO", "SANTIAGO PONIENTE", "SANTIAGO SUR", "VALPARAÍSO", "CONCEPCIÓN", "TEMUCO"]


def _clp(value: D) -> str:
    return fmt_number(value, "de", decimals=0)


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["erp", "erp", "mipyme", "exenta"])
    credit = layout != "exenta" and chance(rng, 0.2)
    vendor, customer = cl_party(rng), cl_party(rng)
    issued = random_date(rng, date(2023, 1, 3), 880)
    folio = str(rng.randrange(120, 98000)) if layout != "mipyme" or chance(rng, 0.5) else f"{rng.randrange(1, 4000):07d}"
    pool = EXEMPT if layout == "exenta" else ITEMS
    count = rng.randrange(1, 5) if credit or layout == "exenta" else (rng.randrange(1, 7) if chance(rng, 0.8) else rng.randrange(14, 26))
    lines = []
    for desc, unit, low, high in rng.sample(pool, min(count, len(pool))):
        qty = D(pick(rng, [1, 1, 1, 2, 3, 4, 5, 6, 10, 12, 20, 24, 50]) if unit not in ("MES", "GL", "VIAJE", "CONT") else pick(rng, [1, 1, 2]))
        price = D(round(rng.uniform(low, high), -1 if high < 100000 else -2))
        lines.append(Line(desc, qty, price.quantize(D("0.01")), (qty * price).quantize(D("0.01")), unit, f"{pick(rng, ['P', 'SRV', ''])}{rng.randrange(100, 99999)}"))
    if count > len(pool):
        for i in range(count - len(pool)):   # long orders repeat articles in other sizes
            base = lines[i % len(lines)]
            qty = D(pick(rng, [1, 2, 3, 5, 8]))
            price = (base.unit_price * D(pick(rng, ["0.5", "0.8", "1.2", "1.5", "2"]))).quantize(D(1), rounding=ROUND_HALF_UP)
            lines.append(Line(f"{base.description} - formato {pick(rng, ['XL', 'M', 'reforzado', 'industrial', 'económico'])} ({i + 2})", qty, price.quantize(D('0.01')),
                              (qty * price).quantize(D("0.01")), base.unit, f"P{rng.randrange(100, 99999)}"))
    lines_sum = sum((li.amount for li in lines), D("0.00"))
    discount_pct = pick(rng, [3, 5, 10]) if layout != "exenta" and not credit and chance(rng, 0.2) else 0
    discount = (lines_sum * discount_pct / 100).quantize(D(1), rounding=ROUND_HALF_UP).quantize(D("0.01"))
    net = lines_sum - discount
    tax = None if layout == "exenta" else (net * D("0.19")).quantize(D(1), rounding=ROUND_HALF_UP).quantize(D("0.01"))
    total = net + (tax or D(0))
    terms = None
    due = None
    if not credit:
        days = pick(rng, [0, 0, 15, 30, 30, 45, 60])
        terms = "Contado" if days == 0 else pick(rng, [f"Crédito {days} días", f"Crédito {days} días", "Crédito"])
        if days and chance(rng, 0.75):
            due = issued + timedelta(days=days)
    kind_title = ("NOTA DE CRÉDITO ELECTRÓNICA" if credit else "FACTURA NO AFECTA O EXENTA ELECTRÓNICA" if layout == "exenta" else "FACTURA ELECTRÓNICA")
    if layout == "mipyme":
        kind_title = kind_title.replace("É", "E").replace("Ó", "O")
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="CL", currency="CLP", vendor=vendor, customer=customer, invoice_ids=[folio],
              document_date=issued, total=total, net=None if layout == "exenta" else net, tax=tax, lines=lines, due_date=due, payment_terms=terms,
              lines_adjustment=-discount)
    date_style = pick(rng, ["del", "de", "dash", "slash"])

    def d(x: date) -> str:
        month = MONTHS["es"][x.month - 1]
        return {"del": f"{x.day} de {month.capitalize()} del {x.year}", "de": f"{x.day} de {month} de {x.year}",
                "dash": f"{x.day:02d}-{x.month:02d}-{x.year}", "slash": f"{x.day:02d}/{x.month:02d}/{x.year}"}[date_style]

    def short(x: date) -> str:
        return f"{x.day:02d}-{x.month:02d}-{x.year}" if date_style != "slash" else f"{x.day:02d}/{x.month:02d}/{x.year}"

    money_mark = pick(rng, ["$ ", "$", "$ "])

    def m(value: D) -> str:
        return f"{money_mark}{_clp(value)}"

    caps = layout == "mipyme"

    def lab(text: str) -> str:
        if not caps:
            return text
        return text.upper().replace("Ó", "O").replace("Í", "I").replace("Á", "A").replace("É", "E").replace("Ú", "U")

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]) if not caps else "Helvetica", size=(7.5, 8.5),
                       table=pick(rng, ["grid", "rules", "boxed"]) if not caps else "grid")
    red = pick(rng, ["#d0021b", "#c62828", "#e53935"])
    css = theme.css(f".dte{{border:2pt solid {red};color:{red};text-align:center;padding:6pt 4pt;font-weight:bold}}"
                    f" .dte p{{margin:2pt 0}} .office{{color:{red};text-align:center;font-weight:bold;font-size:7.5pt}}"
                    " .frame{border:0.8pt solid #444;padding:3pt 5pt} .lbl{font-weight:bold} .ref td{border:0.5pt solid #999;font-size:7pt}"
                    " .cedible{font-size:14pt;font-weight:bold;text-align:right}")
    width, height = pick(rng, [A4, A4, LETTER])
    office = pick(rng, [vendor.extra["sii_office"], vendor.extra["sii_office"], pick(rng, OFFICES)])
    box = (f"<div class='dte'><p>R.U.T.: {vendor.tax_id}</p><p style='font-size:11pt'>{kind_title}</p><p>N° {folio}</p></div>"
           f"<p class='office'>S.I.I. - {office}</p>")
    vaddr = ", ".join(vendor.address)
    vendor_html = (f"<p class='b' style='font-size:{11 if not caps else 10}pt'>{esc(vendor.name)}</p>"
                   f"<p class='small'>{lab('Giro')}: {esc(vendor.extra['giro'])}</p>"
                   f"<p class='small'>{pick(rng, [lab('Casa Matriz') + ': ', lab('Dirección') + ': ', ''])}{esc(vaddr)}</p>"
                   f"<p class='small'>{lab('Teléfono') if not caps else 'FONO'}: {vendor.phone} · {vendor.email}</p>")
    cust_cells = [(lab("Señor(es)"), esc(customer.name)), (lab("R.U.T."), rut(rng)), (lab("Giro"), esc(customer.extra["giro"])),
                  (lab("Dirección"), esc(customer.extra["street"])), (lab("Comuna"), esc(customer.extra["comuna"])),
                  (lab("Ciudad"), esc(customer.extra["ciudad"]))]
    if chance(rng, 0.5):
        cust_cells.append((lab("Contacto"), pick(rng, ["Sra. Carolina Muñoz", "Sr. Jorge Rojas", "Dpto. Adquisiciones", "María José Soto"])))
    side = [(lab("Fecha Emisión"), d(issued))]
    if terms:
        side.append((lab("Condición de Venta") if not caps else "FORMA DE PAGO", terms))
    if due:
        side.append((lab("Fecha Vencimiento"), d(due)))
    if not credit:
        side.append((lab("Tipo de Compra"), "Del Giro"))
    head = (f"<table style='width:100%'><tr><td style='width:60%'>{vendor_html}</td><td style='width:40%'>{box}</td></tr></table>"
            f"<table style='width:100%;margin-top:6pt' class='frame'><tr><td style='width:62%'><table style='width:100%'>"
            + "".join(f"<tr><td class='lbl' style='width:62pt'>{k}:</td><td>{v}</td></tr>" for k, v in cust_cells)
            + "</table></td><td style='width:38%'><table style='width:100%'>"
            + "".join(f"<tr><td class='lbl' style='width:92pt'>{k}:</td><td>{v}</td></tr>" for k, v in side) + "</table></td></tr></table>")
    refs = []
    if credit:
        original = str(rng.randrange(100, int(folio) + 200 if folio.isdigit() and int(folio) > 200 else 5000))
        refs.append(("Factura Electrónica" if not caps else "FACTURA ELECTRONICA", original, short(issued - timedelta(days=rng.randrange(3, 60))),
                     pick(rng, ["Anula documento de referencia", "Corrige montos", "Devolución de mercaderías", "Descuento por volumen"])))
    else:
        if chance(rng, 0.55):
            refs.append(("Orden de Compra" if not caps else "ORDEN DE COMPRA", f"{pick(rng, ['4500', '', 'OC-'])}{rng.randrange(10000, 999999)}",
                         short(issued - timedelta(days=rng.randrange(1, 20))), ""))
        if layout == "erp" and chance(rng, 0.4):
            refs.append(("Guía de Despacho Electrónica", str(rng.randrange(1000, 99999)), short(issued - timedelta(days=rng.randrange(0, 5))), ""))
    refs_html = ""
    if refs:
        refs_html = ("<p class='b small' style='margin-top:5pt'>" + lab("Referencias") + "</p><table class='ref' style='width:100%'><tr><td class='b'>"
                     + lab("Tipo Documento") + "</td><td class='b'>" + lab("Folio") + "</td><td class='b'>" + lab("Fecha") + "</td><td class='b'>"
                     + lab("Razón Referencia") + "</td></tr>" + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{esc(e)}</td></tr>" for a, b, c, e in refs)
                     + "</table>")
    if layout == "mipyme":
        cols = [Col("Codigo", width="52pt"), Col("Descripcion"), Col("Cantidad", "right", "46pt"), Col("Precio", "right", "58pt"),
                Col("%Impto Adic.", "right", "40pt"), Col("%Desc.", "right", "34pt"), Col("Valor", "right", "64pt")]
        rows = [[li.code, esc(li.description), fmt_number(li.quantity, "de", 0), _clp(li.unit_price), "", "", _clp(li.amount)] for li in lines]
    else:
        cols = [Col("Código", width="50pt"), Col("Descripción"), Col("Cantidad", "right", "44pt"), Col("Unidad", "center", "36pt"),
                Col("Precio Unit.", "right", "60pt"), Col("% Desc.", "right", "34pt"), Col("Valor", "right", "64pt")]
        rows = [[li.code, esc(li.description), fmt_number(li.quantity, "de", 0), li.unit, _clp(li.unit_price), "", _clp(li.amount)] for li in lines]
    totals = []
    if discount:
        totals.append((lab(f"Descuento Global ({discount_pct}%)"), "-" + m(discount)))
    if layout == "exenta":
        totals += [(lab("Monto Exento") if not caps else "MONTO EXENTO", m(net)), ("TOTAL" if caps or chance(rng, 0.5) else "Total", m(total))]
    else:
        totals += [(lab("Monto Neto"), m(net)), (pick(rng, ["I.V.A. 19%", "IVA 19%", "I.V.A. (19%)"]), m(tax)), ("TOTAL" if caps or chance(rng, 0.5) else "Total", m(total))]
    grand = " class='grand'"
    totals_html = ("<table style='width:100%' class='frame'>" + "".join(
        f"<tr{grand if i == len(totals) - 1 else ''}><td style='width:55%' class='b'>{k}</td><td style='width:45%' class='r'>{v}</td></tr>"
        for i, (k, v) in enumerate(totals)) + "</table>")
    res_no, res_year = (pick(rng, ["80", "0", "99"]), pick(rng, ["2014", "2014", "2005"])) if not caps else ("99", "2014")
    timbre = (f"<div style='width:205pt'>{pdf417_html(vendor.tax_id + folio, width=196, rows=pick(rng, [12, 14, 16]))}"
              f"<p class='c tiny b' style='margin-top:2pt'>Timbre Electrónico SII</p>"
              f"<p class='c tiny'>Res. {res_no} de {res_year} - Verifique documento: www.sii.cl</p></div>")
    acuse = ""
    cedible = not credit and chance(rng, 0.5)
    if cedible:
        acuse = ("<table style='width:100%;margin-top:6pt' class='frame'><tr><td class='small'>"
                 "<p class='b'>ACUSE DE RECIBO</p><p>Nombre: __________________ R.U.T.: ____________ Fecha: ________</p>"
                 "<p>Recinto: __________________ Firma: ____________________</p>"
                 "<p class='tiny'>El acuse de recibo que se declara en este acto, de acuerdo a lo dispuesto en la letra b) del Art. 4°, y la letra c) del "
                 "Art. 5° de la Ley 19.983, acredita que la entrega de mercaderías o servicio(s) prestado(s) ha(n) sido recibido(s).</p></td></tr></table>"
                 "<p class='cedible'>CEDIBLE</p>")
    words = ""
    if chance(rng, 0.3) and not caps:
        words = f"<p class='small'>Observaciones: {pick(rng, ['Transferir a cuenta corriente Banco de Chile', 'Despacho a bodega central', 'Favor indicar N° de factura al pagar', 'Entrega en obra'])}</p>"
    tail = (refs_html + "<table style='width:100%;margin-top:8pt'><tr><td style='width:52%'>" + timbre + "</td><td style='width:4%'></td><td style='width:44%'>"
            + totals_html + "</td></tr></table>" + words + acuse)
    sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=False, margin=(34, 32, 34, 30),
                          continued=lambda i: f"<p class='b'>{kind_title} N° {folio} - {lab('continuación')}</p>", more=lab("continúa en la página siguiente"))
    template = {"erp": "cl_erp", "mipyme": "cl_mipyme", "exenta": "cl_exenta"}[layout]
    return Built(doc=doc, sheet=sheet, template=template, png_scan_ok=len(sheet.pages) == 1,
                 notes={"kind": kind_title, "cedible": cedible, "discount": float(discount), "references": [r[1] for r in refs]})
