"""Uruguayan comprobantes fiscales electrónicos (CFE) and Paraguayan SIFEN invoices (KuDE), in Spanish, UYU / USD and PYG,
2023-2025.

Five prints. `uy_e_factura` (the CFE's printed representation between businesses: the emisor's name, RUT, address and
"Montevideo - Uruguay" on the left; on the right the box "RUT EMISOR 211234560017 / e-Factura / Serie A Nº 0012345"; a
receptor block "RUT Comprador" with the buyer's name and address; Fecha de emisión, Moneda (UYU, or USD with the day's
Tipo de cambio), Forma de pago "Contado" / "Crédito 30 días" and Vencimiento; Código / Descripción / Cantidad / Precio
unitario / Descuento / Monto, prices without IVA; then either "Subtotal / IVA tasa mínima 10% / IVA tasa básica 22% / Total"
or the DGI's detailed block "Monto no gravado / Monto neto IVA tasa mínima / Monto neto IVA tasa básica / IVA tasa mínima /
IVA tasa básica / Total a pagar"; at the foot the Código de seguridad, "CAE Nº 90241234567 Serie A del 1 al 100000", the
CAE's Fecha de vencimiento, the verification sentence and the QR code), `uy_e_ticket` (the consumer CFE on a narrow roll or
half page: e-Ticket, "Consumidor final" or a buyer's C.I., prices with IVA, TOTAL, "IVA tasa básica incluido" per rate,
payment by card or cash), `uy_nota_credito` (Nota de Crédito de e-Factura citing "e-Factura A 0012300 del 01/03/2024"
and a reason, the amounts positive), `py_kude_factura` (the KuDE of a Paraguayan Factura Electrónica: the timbrado box
"RUC 80012345-6 / Timbrado Nº 12345678 / Fecha de Inicio de Vigencia / Factura Electrónica / Nº 001-001-0001234",
"Fecha y hora de emisión", Condición de venta, Moneda Guaraní, the client's "RUC / Documento de identidad Nº", columns
Cód. / Descripción / Unidad / Cantidad / Precio unitario / Descuento / Valor de venta Exentas / 5% / 10% at prices
including IVA, SUBTOTAL, TOTAL DE LA OPERACIÓN, TOTAL EN GUARANÍES, LIQUIDACIÓN IVA (5%) (10%) TOTAL IVA, the 44-digit CDC
in groups of four and the ekuatia consultation sentence, the QR code), `py_kude_nota_credito` (the KuDE of a Nota de Crédito
Electrónica: the same form with "Documento asociado: Factura electrónica 001-001-0001200" (decoy) and a Motivo).

Uruguayan amounts `1.234,56` with "$" or "U$S"; Paraguayan whole guaraníes `1.234.567` ("Gs."); dates `15/03/2024`,
`15-03-2024 10:15:32`.

Truth: vendor = the emisor with its address, tax id = its RUT / RUC as printed (the timbrado, CAE, security code and CDC
are decoys); customer = the receptor with its address (its RUT / RUC a decoy; the e-ticket names none); id = the number
after "Nº" (the series letter and CFE type apart; the Paraguayan number with its establishment and point
"001-001-0001234"); the cited e-Factura of a credit note is a decoy; net = Subtotal where printed (the detailed block prints
none), tax = the IVA lines added, total = Total / Total a pagar / TOTAL DE LA OPERACIÓN; payment terms = Forma de pago /
Condición de venta as printed, due date = Vencimiento where printed. Discounted lines keep their amount only. The e-Ticket
and the KuDE price with IVA: lines add up to the total, no net. The notas de crédito are negative (their associated invoice a
decoy). The detailed Uruguayan block with several rates prints no single net: net null, the IVA the lines' adjustment.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_seventeenth import other_party
from corpus.holdout.fakes_twentieth import (
    grouped4,
    py_cdc,
    py_party,
    uy_party,
    uy_security_code,
)
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import beside, paged, pts, rows_html
from corpus.holdout.templates._fourteenth import roll_sheet
from corpus.holdout.templates._sixteenth import kv_rows
from corpus.holdout.templates._twentieth import amount, cells_table, qr_on_last_page

FAMILY = "uy_py_factura"
D = Decimal
# description, unit, low, high (UYU without IVA), IVA rate (22 básica, 10 mínima, 0 exento)
UY_ITEMS = [("Resma papel A4 75 g", "UN", 180, 290, 22), ("Tóner HP 85A negro", "UN", 2100, 3900, 22), ("Servicio de mantenimiento mensual", "MES", 4500, 28000, 22),
            ("Consultoría contable (horas)", "HS", 1500, 3200, 22), ("Flete Montevideo - Salto", "VIAJE", 9000, 24000, 22), ("Licencia software de gestión anual", "UN", 18000, 95000, 22),
            ("Bidón agua mineral 20 L", "UN", 190, 320, 22), ("Cable UTP Cat6 (caja 305 m)", "CJ", 4800, 8900, 22), ("Yerba mate 1 kg", "UN", 160, 260, 10),
            ("Aceite de girasol 900 ml", "UN", 95, 160, 10), ("Arroz blanco 1 kg", "UN", 45, 80, 10), ("Medicamento genérico (caja)", "CJ", 220, 900, 10),
            ("Alojamiento hotel (noche)", "NOCHE", 2800, 7500, 10), ("Leche entera 1 L", "UN", 38, 52, 0), ("Libro técnico de contabilidad", "UN", 900, 2400, 0)]
PY_ITEMS = [("Resma papel A4 75 g", "UNI", 32000, 48000, 10), ("Servicio de mantenimiento de aire acondicionado", "UNI", 250000, 900000, 10),
            ("Cemento Portland 50 kg", "BOL", 52000, 68000, 10), ("Flete Asunción - Ciudad del Este", "UNI", 900000, 2400000, 10),
            ("Gaseosa cola 2 L", "UNI", 9500, 14000, 10), ("Notebook 15,6\" 8 GB 256 GB SSD", "UNI", 3200000, 5900000, 10),
            ("Arroz tipo 1 (1 kg)", "UNI", 7500, 11000, 5), ("Aceite de soja 900 ml", "UNI", 12500, 18500, 5), ("Azúcar blanca 1 kg", "UNI", 6500, 9800, 5),
            ("Yerba mate 500 g", "UNI", 14000, 24000, 5), ("Medicamento genérico (caja)", "CAJ", 18000, 95000, 5), ("Libro de texto escolar", "UNI", 65000, 180000, 0),
            ("Honorarios profesionales (hora)", "HOR", 150000, 450000, 10), ("Harina de trigo 000 (1 kg)", "UNI", 5500, 8200, 5)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["uy_e_factura", "uy_e_factura", "uy_e_ticket", "uy_nota_credito", "py_kude_factura", "py_kude_factura", "py_kude_nota_credito"])
    issued = random_date(rng, date(2023, 1, 9), 1030)
    if layout.startswith("py"):
        return _paraguay(rng, issued, credit=layout == "py_kude_nota_credito")
    if layout == "uy_e_ticket":
        return _ticket(rng, issued)
    return _uruguay(rng, layout, issued)


def _uy_lines(rng: random.Random, count: int, usd: bool, inclusive: bool, retail: bool = False) -> tuple[list[Line], list[D], list[D]]:
    lines, rates, discounts = [], [], []
    pool = [item for item in UY_ITEMS if not retail or item[1] in ("UN", "CJ", "NOCHE")]
    for desc, unit, low, high, r in rng.sample(pool, min(count, len(pool))):
        low_, high_ = (low / 39, high / 39) if usd else (low, high)
        price = money(rng.uniform(low_, high_))
        if inclusive:
            price = money(price * (100 + r) / 100)
        qty = D(pick(rng, [1, 1, 2, 3, 4, 5, 10, 12, 20] if high < 1000 else [1, 1, 1, 2, 3]))
        if unit == "HS":
            qty = D(pick(rng, [2, 4, 6, 8, 10, 12, 16]))
        gross = money(qty * price)
        disc = money(gross * D(pick(rng, ["0.05", "0.1", "0.15"]))) if chance(rng, 0.15) else D("0.00")
        if disc:
            lines.append(Line(desc, None, None, gross - disc, unit, f"{rng.randrange(1000, 99999)}"))
        else:
            lines.append(Line(desc, qty, price, gross, unit, f"{rng.randrange(1000, 99999)}"))
        lines[-1].extra_qty, lines[-1].extra_price = qty, price  # type: ignore[attr-defined]
        rates.append(D(r))
        discounts.append(disc)
    return lines, rates, discounts


def _uruguay(rng: random.Random, layout: str, issued: date) -> Built:
    credit = layout == "uy_nota_credito"
    vendor = uy_party(rng)
    customer = other_party(rng, uy_party, vendor)
    buyer_rut = customer.tax_id
    customer.tax_id = None
    usd = chance(rng, 0.2)
    lines, rates, discounts = _uy_lines(rng, rng.randrange(1, 4 if credit else 10), usd, False)
    bases: dict[D, D] = {}
    for li, r in zip(lines, rates, strict=True):
        bases[r] = bases.get(r, D("0.00")) + li.amount
    ivas = {r: money(b * r / 100) for r, b in bases.items() if r}
    net = sum(bases.values(), D("0.00"))
    tax = sum(ivas.values(), D("0.00")) if ivas else None
    total = net + (tax or 0)
    detailed = chance(rng, 0.45)
    series = pick(rng, ["A", "A", "B", "C"])
    number = f"{rng.randrange(1, 10**6):07d}"
    credit_term = pick(rng, [30, 30, 45, 60]) if not credit and chance(rng, 0.55) else None
    terms = f"Crédito {credit_term} días" if credit_term else ("Contado" if not credit else None)
    due = issued + timedelta(days=credit_term) if credit_term and chance(rng, 0.8) else None
    # the detailed block prints one base per rate: a single base is the net; with several, no net is printed (the IVA the gap)
    shown_net = net if not detailed or len(bases) == 1 else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="UY", currency="USD" if usd else "UYU", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=shown_net, tax=tax, lines=lines, due_date=due,
              payment_terms=terms, lines_adjustment=D("0.00") if shown_net is not None else (tax or D("0.00")))
    sym = "U$S" if usd else "$"

    def n(value: D) -> str:
        return amount(value, ".", ",")

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.6, 8.6), table=pick(rng, ["grid", "rules", "boxed", "header_fill"]))
    css = theme.css(".t{font-size:13pt;font-weight:bold} .box{border:1pt solid #333;padding:5pt} .tiny{font-size:6.3pt;color:#444}")
    width, height = A4
    W = width - 72
    d = issued.strftime("%d/%m/%Y")
    kind = "Nota de Crédito de e-Factura" if credit else "e-Factura"
    cfe_type = "112" if credit else "111"
    left = (f"<p class='t' style='color:{theme.accent}'>{esc(vendor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address)
            + f"<p>{'Montevideo - Uruguay' if chance(rng, 0.5) else 'Uruguay'}</p><p>Tel. {vendor.phone}</p><p>{esc(vendor.email or '')}</p>")
    box = (f"<div class='box'><p class='b'>RUT EMISOR</p><p class='t'>{vendor.tax_id}</p><p class='t'>{kind}</p>"
           f"<p>Tipo de CFE: {cfe_type}</p><p>Serie <b>{series}</b>&#160;&#160;Nº <b>{number}</b></p></div>")
    receptor = [("RUT Comprador", buyer_rut), ("Nombre", f"<b>{esc(customer.name)}</b>"), ("Dirección", esc(", ".join(customer.address)))]
    meta = [("Fecha de emisión", d), ("Moneda", "USD" if usd else "UYU")]
    if usd:
        meta.append(("Tipo de cambio", f"{rng.uniform(38.2, 44.1):.3f}".replace(".", ",")))
    if terms:
        meta.append(("Forma de pago", terms))
    if due:
        meta.append(("Vencimiento", due.strftime("%d/%m/%Y")))
    referenced = None
    if credit:
        ref_day = issued - timedelta(days=rng.randrange(3, 70))
        referenced = f"{rng.randrange(1, int(number) + 2):07d}"
        meta.append(("Referencia", f"e-Factura {series} {referenced} del {ref_day.strftime('%d/%m/%Y')}"))
        meta.append(("Razón", pick(rng, ["Devolución de mercadería", "Bonificación comercial", "Diferencia de precio", "Anulación parcial"])))
    receptor_html = "<table style='width:100%'>" + "".join(
        f"<tr><td class='b' style='width:74pt'>{k}:</td><td style='width:{W - 250 - 100:.0f}pt'>{v}</td></tr>" for k, v in receptor) + "</table>"
    first = (beside(left, box, (W - 202, 190))
             + f"<div class='box' style='margin-top:8pt'>{beside(receptor_html, kv_rows(meta, (100, 140)), (W - 250, 240))}</div>")
    head = ["Código", "Descripción", "Cantidad", "Precio unitario", "Descuento", "Monto"]
    cols = pts(W, 0.1, 0.4, 0.09, 0.14, 0.12, 0.15)
    numeric = {2, 3, 4, 5}
    rows = list(zip(lines, rates, discounts, strict=True))

    def table(chunk) -> str:
        cells = [[li.code, esc(li.description) + ("" if r == 22 else f" <span class='tiny'>({'IVA 10%' if r == 10 else 'exento'})</span>"),
                  str(li.extra_qty), n(li.extra_price), n(disc) if disc else "", n(li.amount)] for li, r, disc in chunk]
        return cells_table(head, cols, numeric, cells)

    if detailed:
        block = []
        if bases.get(D(0)):
            block.append(("Monto no gravado", n(bases[D(0)])))
        if bases.get(D(10)):
            block.append(("Monto neto IVA tasa mínima", n(bases[D(10)])))
        if bases.get(D(22)):
            block.append(("Monto neto IVA tasa básica", n(bases[D(22)])))
        for r in (D(10), D(22)):
            if r in ivas:
                block.append((f"IVA tasa {'mínima' if r == 10 else 'básica'} ({r}%)", n(ivas[r])))
        if len(ivas) > 1:
            block.append(("Total IVA", n(tax)))
        block.append(("Total a pagar", f"{sym} {n(total)}"))
    else:
        block = [("Subtotal", n(net))] + [(f"IVA {r}%", n(v)) for r, v in sorted(ivas.items())] + [("Total", f"{sym} {n(total)}")]
    cae = f"9{rng.randrange(10**9, 10**10)}"
    code = uy_security_code(rng)
    cae_to = pick(rng, [100000, 200000, 500000])
    closing = (f"<div style='margin-left:{W - 250:.0f}pt;margin-top:6pt'>{rows_html(block, widths=(160, 90))}</div>"
               + f"<div style='margin-top:10pt;margin-left:78pt' class='small'><p>Código de seguridad: <b>{code}</b></p>"
               + f"<p>CAE Nº {cae} Serie {series} del 1 al {cae_to}</p><p>Fecha de vencimiento: {date(issued.year + 1, 12, 31).strftime('%d/%m/%Y')}</p>"
               + "<p>Puede verificar comprobante en www.dgi.gub.uy</p><p>IVA al día</p><div style='height:30pt'></div></div>")
    sheet = paged(width, height, css, (36.0, 36.0, 36.0, 30.0), rows,
                  lambda chunk, page, last: (first if page == 0 else f"<p class='b'>{kind} {series} {number} (continuación)</p>") + table(chunk) + (closing if last else ""),
                  footer=lambda p, c: f"<p class='tiny' style='text-align:right'>Página {p} de {c}</p>", footer_height=12.0)
    _qr_beside_closing(sheet, f"{vendor.tax_id}{cfe_type}{series}{number}{total}")
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1,
                 notes={"buyer_rut": buyer_rut, "cae": cae, "security_code": code, "series": series, "referenced": referenced, "detailed": detailed})


def _qr_beside_closing(sheet, payload: str) -> None:
    """The QR code left of the closing notes: found from the last page's body text ('Código de seguridad' / 'CDC')."""
    import pymupdf

    from corpus.holdout.render import sheet_to_pdf

    pdf = sheet_to_pdf(sheet, "probe", None)
    with pymupdf.open("pdf", pdf) as doc:
        page = doc[-1]
        hits = page.search_for("Código de seguridad") or page.search_for("Consulte la validez")
        y = hits[0].y0 if hits else page.rect.height - 140
    x0 = 36.0
    qr_on_last_page(sheet, (x0, y, x0 + 66, y + 66), payload)


def _ticket(rng: random.Random, issued: date) -> Built:
    vendor = uy_party(rng)
    lines, rates, _disc = _uy_lines(rng, rng.randrange(1, 8), False, True, retail=True)
    for li in lines:
        if li.quantity is None:  # a roll prints quantity x price: no discounts on the ticket
            li.quantity, li.unit_price, li.amount = li.extra_qty, li.extra_price, money(li.extra_qty * li.extra_price)
    gross: dict[D, D] = {}
    for li, r in zip(lines, rates, strict=True):
        gross[r] = gross.get(r, D("0.00")) + li.amount
    ivas = {r: money(g * r / (100 + r)) for r, g in gross.items() if r}
    total = sum(gross.values(), D("0.00"))
    tax = sum(ivas.values(), D("0.00")) if ivas else None
    series = pick(rng, ["A", "B"])
    number = f"{rng.randrange(1, 10**6):07d}"
    doc = Doc(document_type="receipt", locale="UY", currency="UYU", vendor=vendor, customer=None, invoice_ids=[number], document_date=issued,
              total=total, tax=tax, lines=lines, lines_sum_to="total")
    at = datetime(issued.year, issued.month, issued.day, rng.randrange(8, 22), rng.randrange(60), rng.randrange(60))
    ci = f"{rng.randrange(1, 6)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}-{rng.randrange(10)}" if chance(rng, 0.3) else None
    width = pick(rng, [204.0, 226.0])
    W = width - 20
    css = ("body{font-family:Courier;font-size:6.8pt;margin:0} p{margin:0} .c{text-align:center} .r{text-align:right} .b{font-weight:bold}"
           " .big{font-size:10pt;font-weight:bold} td{padding:0 1pt} table{border-collapse:collapse}")

    def row(a: str, b: str, split: float = 0.62) -> str:
        return f"<table><tr><td style='width:{W * split - 2:.1f}pt'>{a}</td><td class='r' style='width:{W * (1 - split) - 2:.1f}pt'>{b}</td></tr></table>"

    def n(value: D) -> str:
        return amount(value, ".", ",")

    rule = "-" * 40
    body = "".join(f"<p class='c'>{esc(x)}</p>" for x in [vendor.name, *vendor.address]) + f"<p class='c'>RUT: {vendor.tax_id}</p>"
    body += (f"<p class='c b' style='margin-top:3pt'>e-Ticket</p><p class='c'>Serie {series} Nº {number}</p>"
             + row(at.strftime("%d/%m/%Y"), at.strftime("%H:%M:%S"), 0.5) + (f"<p>C.I. comprador: {ci}</p>" if ci else "<p>Consumidor final</p>") + f"<p>{rule}</p>")
    for li, r in zip(lines, rates, strict=True):
        mark = {22: "", 10: " (M)", 0: " (E)"}[int(r)]
        body += row(esc(li.description) + mark, "", 0.98) + row(f"&#160;&#160;{li.quantity} x {n(li.unit_price)}", n(li.amount))
    body += f"<p>{rule}</p>" + row("<span class='big'>TOTAL $</span>", f"<span class='big'>{n(total)}</span>", 0.5)
    for r in (D(22), D(10)):
        if r in ivas:
            body += row(f"IVA tasa {'básica' if r == 22 else 'mínima'} incluido", n(ivas[r]))
    if len(ivas) > 1:
        body += row("Total IVA incluido", n(tax))
    if D(0) in gross:
        body += row("Monto no gravado", n(gross[D(0)]))
    card = chance(rng, 0.6)
    if card:
        body += row(pick(rng, ["Tarjeta de débito", "Tarjeta de crédito", "VISA", "OCA"]), n(total)) + "<p>Ley 19.210 - Reducción IVA aplicada</p>"
    else:
        paid = money((int(total / 100) + 1) * 100)
        body += row("Efectivo", n(paid)) + row("Cambio", n(paid - total))
    cae = f"9{rng.randrange(10**9, 10**10)}"
    code = uy_security_code(rng)
    body += (f"<p>{rule}</p><p>Código de seguridad: {code}</p><p>CAE Nº {cae}</p><p>Serie {series} del 1 al {pick(rng, [100000, 500000])}</p>"
             f"<p>Vencimiento CAE: {date(issued.year + 1, 12, 31).strftime('%d/%m/%Y')}</p><p>Puede verificar comprobante en:</p><p>www.dgi.gub.uy</p>"
             "<div style='height:70pt'></div><p class='c'>Gracias por su compra</p>")
    sheet = roll_sheet(width, body, css, margin=10.0)
    import pymupdf

    from corpus.holdout.render import sheet_to_pdf

    with pymupdf.open("pdf", sheet_to_pdf(sheet, "probe", None)) as probe:
        y = probe[0].search_for("www.dgi.gub.uy")[-1].y1 + 4
    sheet.pages[0].append(Box(((width - 62) / 2, y, (width + 62) / 2, y + 62), kind="qr", payload=f"{vendor.tax_id}{number}{total}"))
    return Built(doc=doc, sheet=sheet, template="uy_e_ticket", scan_weight=2.0, notes={"cae": cae, "security_code": code, "ci": ci, "series": series})


def _paraguay(rng: random.Random, issued: date, *, credit: bool = False) -> Built:
    vendor = py_party(rng)
    customer = other_party(rng, py_party, vendor)
    client_ruc = customer.tax_id
    customer.tax_id = None
    count = rng.randrange(1, 4 if credit else 10)
    lines, rates, discounts, qps = [], [], [], []
    for desc, unit, low, high, r in rng.sample(PY_ITEMS, count):
        price = money(round(rng.uniform(low, high), -2))
        qty = D(pick(rng, [1, 1, 2, 3, 5, 10, 12, 24] if high < 100000 else [1, 1, 1, 2, 3]))
        if unit == "HOR":
            qty = D(pick(rng, [2, 4, 6, 8, 10]))
        gross = money(qty * price)
        disc = money(round(gross * D(pick(rng, ["0.05", "0.1"])), -2)) if chance(rng, 0.15) else D("0.00")
        lines.append(Line(desc, None if disc else qty, None if disc else price, gross - disc, unit, f"{rng.randrange(100, 99999)}"))
        rates.append(D(r))
        discounts.append(disc)
        qps.append((qty, price))
    cols_total: dict[D, D] = {D(0): D("0.00"), D(5): D("0.00"), D(10): D("0.00")}
    for li, r in zip(lines, rates, strict=True):
        cols_total[r] += li.amount
    iva5 = money(round(cols_total[D(5)] / 21))
    iva10 = money(round(cols_total[D(10)] / 11))
    tax = iva5 + iva10
    total = sum(cols_total.values(), D("0.00"))
    est, point, seq = pick(rng, ["001", "001", "002"]), pick(rng, ["001", "001", "002", "003"]), rng.randrange(1, 10**7)
    number = f"{est}-{point}-{seq:07d}"
    credit_days = pick(rng, [15, 30, 30, 60]) if not credit and chance(rng, 0.45) else None
    terms = f"Crédito a {credit_days} días" if credit_days else ("Contado" if not credit else None)
    due = issued + timedelta(days=credit_days) if credit_days and chance(rng, 0.6) else None
    kind = "Nota de Crédito Electrónica" if credit else "Factura Electrónica"
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="PY", currency="PYG", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, tax=tax, lines=lines, due_date=due, payment_terms=terms, lines_sum_to="total")

    def n(value: D) -> str:
        return amount(value, ".", ",", 0)

    at = datetime(issued.year, issued.month, issued.day, rng.randrange(7, 20), rng.randrange(60), rng.randrange(60))
    timbrado = f"{rng.randrange(10**7, 10**8)}"
    start = date(issued.year - (1 if issued.month < 6 else 0), pick(rng, [1, 4, 7, 10]), 1)
    cdc = py_cdc(rng)
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.0, 8.0), table=pick(rng, ["grid", "grid", "boxed"]))
    css = theme.css(".t{font-size:12pt;font-weight:bold} .box{border:1pt solid #333;padding:4pt} .tiny{font-size:6.2pt;color:#444}")
    width, height = A4
    W = width - 60
    left = (f"<p class='t'>{esc(vendor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address) + f"<p>Tel.: {vendor.phone}</p>"
            + f"<p>{esc(vendor.email or '')}</p><p class='small'>Actividad económica: {pick(rng, ['Comercio al por mayor', 'Servicios de consultoría', 'Venta de materiales de construcción', 'Distribución de alimentos'])}</p>")
    box = (f"<div class='box'><p>RUC: <b>{vendor.tax_id}</b></p><p>Timbrado Nº: {timbrado}</p><p>Fecha de Inicio de Vigencia: {start.strftime('%d/%m/%Y')}</p>"
           f"<p class='t'>{kind}</p><p class='t'>Nº {number}</p></div>")
    when = at.strftime(pick(rng, ["%d/%m/%Y %H:%M:%S", "%d-%m-%Y %H:%M:%S"]))
    meta_l = [("Fecha y hora de emisión:", when)] + ([("Condición de venta:", terms)] if terms else []) + [("Moneda:", "Guaraní")]
    referenced = None
    if credit:
        referenced = f"{est}-{point}-{max(1, seq - rng.randrange(1, 400)):07d}"
        meta_l += [("Documento asociado:", f"Factura electrónica {referenced}"), ("Motivo:", pick(rng, ["Devolución de mercaderías", "Descuento", "Bonificación", "Ajuste de precio"]))]
    if due:
        meta_l.append(("Vencimiento:", due.strftime("%d/%m/%Y")))
    meta_r = [("RUC / Documento de identidad Nº:", client_ruc), ("Nombre o razón social:", f"<b>{esc(customer.name)}</b>"),
              ("Dirección:", esc(", ".join(customer.address))), ("Teléfono:", customer.phone or ""), ("Correo electrónico:", esc(customer.email or ""))]
    first = (f"<p class='c b' style='margin-bottom:4pt'>KuDE de {kind}</p>" + beside(left, box, (W - 210, 210))
             + f"<div class='box' style='margin-top:6pt'>{beside(kv_rows(meta_l, (100, 120)), kv_rows(meta_r, (135, W - 370)), (225, W - 235))}</div>")
    head = ["Cód.", "Descripción", "Unidad", "Cant.", "Precio unitario", "Descuento", "Exentas", "5%", "10%"]
    cols = pts(W, 0.07, 0.3, 0.07, 0.06, 0.11, 0.09, 0.1, 0.1, 0.1)
    numeric = {3, 4, 5, 6, 7, 8}
    rows = list(zip(lines, rates, discounts, qps, strict=True))

    def table(chunk) -> str:
        cells = []
        for li, r, disc, (q, p) in chunk:
            cells.append([li.code, esc(li.description), li.unit, str(q), n(p), n(disc) if disc else "0",
                          n(li.amount) if r == 0 else "0", n(li.amount) if r == 5 else "0", n(li.amount) if r == 10 else "0"])
        return cells_table(head, cols, numeric, cells)

    subtotal = (f"<table class='items' style='margin-top:0'><tr><td class='b' style='width:{W * 0.7 - 10:.0f}pt'>SUBTOTAL:</td>"
                f"<td class='r' style='width:{W * 0.1 - 10:.0f}pt'>{n(cols_total[D(0)])}</td><td class='r' style='width:{W * 0.1 - 10:.0f}pt'>{n(cols_total[D(5)])}</td>"
                f"<td class='r' style='width:{W * 0.1 - 10:.0f}pt'>{n(cols_total[D(10)])}</td></tr></table>")
    totals = (f"<table class='items' style='margin-top:4pt'><tr><td class='b' style='width:{W * 0.7 - 10:.0f}pt'>TOTAL DE LA OPERACIÓN:</td>"
              f"<td class='r b' style='width:{W * 0.3 - 10:.0f}pt'>{n(total)}</td></tr>"
              f"<tr><td class='b'>TOTAL EN GUARANÍES:</td><td class='r b'>{n(total)}</td></tr>"
              f"<tr><td colspan='2'>LIQUIDACIÓN IVA:&#160;&#160;(5%) {n(iva5)}&#160;&#160;&#160;(10%) {n(iva10)}&#160;&#160;&#160;<b>TOTAL IVA: {n(tax)}</b></td></tr></table>")
    closing = (subtotal + totals + f"<div style='margin-top:10pt;margin-left:80pt' class='small'><p>Consulte la validez de esta {kind} con el número de CDC impreso abajo en:</p>"
               + f"<p>https://ekuatia.set.gov.py/consultas/</p><p class='b' style='margin-top:3pt'>CDC: {grouped4(cdc)}</p>"
               + "<p class='tiny' style='margin-top:3pt'>ESTE DOCUMENTO ES UNA REPRESENTACIÓN GRÁFICA DE UN DOCUMENTO ELECTRÓNICO (XML)</p>"
               + "<p class='tiny'>Si su documento electrónico presenta algún error, podrá solicitar la modificación dentro de las 72 horas siguientes de la emisión de este comprobante.</p>"
               + "<div style='height:30pt'></div></div>")
    sheet = paged(width, height, css, (30.0, 30.0, 30.0, 28.0), rows,
                  lambda chunk, page, last: (first if page == 0 else f"<p class='b'>{kind} {number} (continuación)</p>") + table(chunk) + (closing if last else ""),
                  footer=lambda p, c: f"<p class='tiny' style='text-align:right'>Página {p} de {c}</p>", footer_height=12.0)
    _qr_beside_closing(sheet, cdc)
    return Built(doc=doc, sheet=sheet, template="py_kude_nota_credito" if credit else "py_kude_factura", png_scan_ok=len(sheet.pages) == 1,
                 notes={"referenced": referenced, "client_ruc": client_ruc, "timbrado": timbrado, "cdc": cdc, "iva5": float(iva5), "iva10": float(iva10)})
