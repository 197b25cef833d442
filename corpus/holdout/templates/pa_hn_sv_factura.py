"""Central American invoices in Spanish: the Panamanian electronic invoice's printed CAFE, the Honduran factura under a CAI and
the Salvadoran DTE (comprobante de crédito fiscal and nota de crédito), in PAB / USD, HNL and USD, 2023-2025 (invented
companies).

Four prints. `pa_cafe` (Comprobante Auxiliar de Factura Electrónica: the issuer with "RUC 155612345-2-2015 DV 45" (the RUC = tax
id, the DV printed apart), Factura de Operación Interna No. 0000012345 (= id), Punto de facturación (decoy), Fecha de emisión
with a time, the client's RUC / cédula and DV (decoys), Código / Descripción / Cantidad / Precio unitario / ITBMS % / Total,
ITBMS 7 % with 10 % lines (drinks, lodging) and exempt medicines, Subtotal / ITBMS / Total B/. or US$, Forma de pago, the
CUFE, the authorisation protocol and its date (decoys), the DGI consultation line and a QR mark), `hn_factura_cai` (FACTURA
No. 000-001-01-00012345 (= id): RTN of 14 digits (= tax id), the CAI in six hexadecimal groups, "Rango autorizado del …
al …" whose numbers look like the id and "Fecha límite de emisión" (decoys), the client's RTN (decoy), the three blank
exoneration lines the SAR requires, lines marked G (15 %), G18 (18 %) or E (exempt), Sub Total, Descuentos y Rebajas,
Importe Exonerado / Exento / Gravado 15 % / Gravado 18 %, I.S.V. 15 % / 18 %, Total a Pagar "L 12,345.67", the amount in
words in lempiras, Condiciones de pago and Fecha de vencimiento), `sv_dte_ccf` (DOCUMENTO TRIBUTARIO ELECTRÓNICO - COMPROBANTE DE
CRÉDITO FISCAL: Código de Generación (a UUID, decoy), Número de Control DTE-03-M001P001-000000000001234 (= id), Sello de
Recepción, Modelo de facturación and Tipo de transmisión (decoys), Fecha y hora de generación in ISO form; the issuer's NIT
(= tax id), NRC and actividad económica (decoys), the receptor's NIT and NRC (decoys); Ventas no sujetas / exentas /
gravadas columns, Suma de ventas, Sub-Total, IVA 13 %, Monto Total de la Operación, for a large taxpayer "IVA Retenido 1 %"
and a smaller Total a Pagar after it, the amount in words in dollars, Condición de la operación), `sv_dte_nota_credito` (the
DTE-05 NOTA DE CRÉDITO citing the related CCF's generation code and date (decoys), the lines credited positive as printed).

Truth: an `invoice` (`credit_note` negative); vendor = the issuer with its address and the RUC / RTN / NIT as tax id;
customer = the client with its address (its ids decoys); id as above; date = the emission date; net = Subtotal / Sub Total /
Sub-Total; tax = the ITBMS / I.S.V. (the sum of the rate rows) / IVA 13 %; total = Total / Total a Pagar (Honduras) / Monto
Total de la Operación (El Salvador: the 1 % retention and the Total a Pagar after it are decoys, as a withholding is
elsewhere); currency PAB where the CAFE prints B/., USD where it prints US$; terms and due date where printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fourth import spanish_number_words
from corpus.holdout.fakes_twentythird import central_party, digits, hn_cai, uuid_upper
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._fifteenth import priced_lines
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import dater, invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "pa_hn_sv_factura"
D = Decimal
PA_ITEMS = [("Servicio de mantenimiento de aires acondicionados", "serv", 45, 380, 7), ("Papel bond carta (caja 10 resmas)", "caja", 28, 55, 7),
            ("Agua embotellada 20 L", "bot", 2, 5, 7), ("Cerveza nacional (caja 24 u)", "caja", 18, 30, 10), ("Hospedaje habitación doble", "noche", 85, 220, 10),
            ("Acetaminofén 500 mg (caja 100)", "caja", 4, 12, 0), ("Licencia de software contable anual", "lic", 300, 1500, 7),
            ("Transporte de carga Colón - Panamá", "viaje", 150, 650, 7), ("Cemento gris 42.5 kg", "saco", 7, 11, 7), ("Honorarios de auditoría", "hora", 45, 150, 7)]
HN_ITEMS = [("Cemento Portland tipo I 42.5 kg", "bolsa", 190, 260, 15), ("Varilla corrugada 3/8\" x 6 m", "unidad", 95, 160, 15),
            ("Servicio de fumigación", "servicio", 1200, 6500, 15), ("Aguardiente (caja 12 botellas)", "caja", 1400, 2600, 18),
            ("Cigarrillos (cartón 10 cajetillas)", "cartón", 650, 980, 18), ("Frijol rojo (quintal)", "qq", 1800, 2900, 0),
            ("Medicamento - amoxicilina 500 mg (caja)", "caja", 120, 380, 0), ("Mantenimiento preventivo de montacargas", "servicio", 3500, 14000, 15),
            ("Papel higiénico institucional (fardo)", "fardo", 420, 780, 15), ("Asesoría contable mensual", "mes", 5000, 25000, 15)]
SV_ITEMS = [("Servicio de consultoría en sistemas", "hora", 25, 90), ("Tóner para impresora láser", "unidad", 45, 140), ("Resma papel bond carta", "resma", 3, 7),
            ("Mantenimiento de planta eléctrica", "servicio", 150, 900), ("Café molido 1 lb", "bolsa", 4, 9), ("Uniformes de trabajo", "unidad", 12, 35),
            ("Transporte de mercadería San Salvador - San Miguel", "viaje", 120, 420), ("Alquiler de equipo de sonido", "día", 80, 260),
            ("Cemento gris 42.5 kg", "bolsa", 8, 12), ("Licencia antivirus corporativo", "licencia", 20, 60)]


def words_es(value: Decimal, unit: str) -> str:
    whole = int(value)
    cents = int((value - whole) * 100)
    return f"{spanish_number_words(whole)} {unit} CON {cents:02d}/100"


def _lines(rng: random.Random, pool, count: int):
    lines = priced_lines(rng, [p[:4] for p in pool], count, quantities=(1, 1, 2, 3, 4, 5, 6, 10, 12, 20))
    rates = {p[0]: p[4] for p in pool if len(p) > 4}
    for li in lines:
        li.tax_rate = D(rates.get(li.description, 13))
    return lines


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["pa_cafe", "hn_factura_cai", "sv_dte_ccf", "pa_cafe", "hn_factura_cai", "sv_dte_ccf", "sv_dte_nota_credito"])
    country = layout[:2].upper()
    vendor, customer = central_party(rng, country), central_party(rng, country)
    while customer.name == vendor.name:
        customer = central_party(rng, country)
    buyer_tax, customer.tax_id = customer.tax_id, None
    issued = random_date(rng, date(2023, 1, 9), 1000)
    if layout == "pa_cafe":
        return _panama(rng, layout, vendor, customer, buyer_tax, issued)
    if layout == "hn_factura_cai":
        return _honduras(rng, layout, vendor, customer, buyer_tax, issued)
    return _salvador(rng, layout, vendor, customer, buyer_tax, issued)


def _rate_rows(lines) -> dict[Decimal, tuple[Decimal, Decimal]]:
    out: dict[Decimal, Decimal] = {}
    for li in lines:
        out[li.tax_rate] = out.get(li.tax_rate, D("0.00")) + li.amount
    return {r: (b, money(b * r / 100)) for r, b in sorted(out.items(), reverse=True)}


def _panama(rng, layout, vendor, customer, buyer_tax, issued) -> Built:
    lines = _lines(rng, PA_ITEMS, rng.randrange(1, 9))
    rows = _rate_rows(lines)
    net = sum((li.amount for li in lines), D("0.00"))
    tax = sum((t for _b, t in rows.values()), D("0.00"))
    total = net + tax
    pab = chance(rng, 0.6)
    sym = "B/." if pab else "US$"
    number = f"{rng.randrange(1, 99999):010d}"
    credit_days = pick(rng, [None, None, 15, 30, 30, 60])
    terms = f"Crédito a {credit_days} días" if credit_days else None
    due = issued + timedelta(days=credit_days) if credit_days and chance(rng, 0.6) else None
    doc = Doc(document_type="invoice", locale="PA", currency="PAB" if pab else "USD", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, payment_terms=terms, due_date=due)

    def n(v):
        return amount(v, ",", ".")

    d = dater(rng, ["dmy_slash", "dmy_slash", "iso"])
    theme = Theme.pick(rng, size=(7.0, 8.5))
    cufe = f"FE0120000{vendor.tax_id}-{vendor.extra['dv']}-{rng.randrange(1000, 9999)}-{issued.strftime('%Y%m%d')}{number}{digits(rng, 12)}"
    protocol = f"{issued.year}{digits(rng, 16)}"
    buyer_dv = f"{rng.randrange(0, 100):02d}"
    notes = {"buyer_tax": buyer_tax, "cufe": cufe, "protocol": protocol, "dv": vendor.extra["dv"]}
    vrows = [f"RUC: {vendor.tax_id} &#160; DV: {vendor.extra['dv']}", f"Tel.: {vendor.phone}"]
    brows = [f"RUC/Cédula: {buyer_tax} &#160; DV: {buyer_dv}"]
    meta = [("No.:", number), ("Punto de facturación:", f"{rng.randrange(1, 20):03d}"),
            ("Fecha de emisión:", f"{d(issued)} {rng.randrange(7, 19):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}")]
    if terms:
        meta.append(("Forma de pago:", terms))
    if due:
        meta.append(("Fecha de vencimiento:", d(due)))
    head = ["Código", "Descripción", "Cant.", "Precio unit.", "ITBMS %", "Total"]
    codes = {id(li): f"{rng.randrange(100, 99999)}" for li in lines}

    def cells(li):
        return [codes[id(li)], esc(li.description), str(li.quantity), n(li.unit_price), "Exento" if not li.tax_rate else f"{li.tax_rate}%", n(li.amount)]

    totals = [("Subtotal", n(net))] + [(f"ITBMS {r}%", n(t)) for r, (_b, t) in rows.items() if r] + [("Total ITBMS", n(tax)), (f"Total {sym}", n(total))]
    if not terms:
        totals.append((pick(rng, ["Efectivo", "Tarjeta de crédito", "ACH"]), n(total)))
    foot = [f"CUFE: {cufe}", f"Protocolo de autorización: {protocol} &#160; Fecha de autorización: {d(issued)}",
            "Consulte por la clave de acceso en https://dgi-fep.mef.gob.pa/Consultas/FacturasPorCUFE"]
    return invoice(doc, layout, arrangement(rng, meta), theme, *A4, title="Comprobante Auxiliar de Factura Electrónica",
                   subtitle="Factura de Operación Interna", vendor_rows=vrows, buyer_label="Cliente", buyer_rows=brows, meta=meta, head=head,
                   fractions=(0.1, 0.42, 0.08, 0.13, 0.1, 0.17), numeric={2, 3, 4, 5}, cells=cells, totals=totals, foot=foot, notes=notes,
                   footer_text="Página", qr=cufe)


def _honduras(rng, layout, vendor, customer, buyer_tax, issued) -> Built:
    lines = _lines(rng, HN_ITEMS, rng.randrange(1, 10))
    rows = _rate_rows(lines)
    net = sum((li.amount for li in lines), D("0.00"))
    tax = sum((t for _b, t in rows.values()), D("0.00"))
    total = net + tax
    est, pto = rng.randrange(0, 3), rng.randrange(1, 6)
    seq = rng.randrange(10001, 14999)
    number = f"{est:03d}-{pto:03d}-01-{seq:08d}"
    start = seq - rng.randrange(1, 900)
    cai = hn_cai(rng)
    limit = issued + timedelta(days=rng.randrange(30, 300))
    days = pick(rng, [None, 15, 30, 30, 45])
    terms = f"Crédito {days} días" if days else "Contado"
    due = issued + timedelta(days=days) if days and chance(rng, 0.7) else None
    doc = Doc(document_type="invoice", locale="HN", currency="HNL", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, payment_terms=terms if days else None, due_date=due)

    def n(v):
        return amount(v, ",", ".")

    d = dater(rng, ["dmy_slash", "dmy_slash", "dmy_dash", "d_month_y_es"])
    theme = Theme.pick(rng, size=(7.0, 8.5))
    sym = pick(rng, ["L", "L.", "Lps."])
    rango = f"Del {est:03d}-{pto:03d}-01-{start:08d} al {est:03d}-{pto:03d}-01-{start + 4999:08d}"
    notes = {"buyer_tax": buyer_tax, "cai": cai, "rango": rango}
    vrows = [f"R.T.N.: {vendor.tax_id}", f"Tel.: {vendor.phone}", f"CAI: {cai}"]
    brows = [f"R.T.N.: {buyer_tax}"]
    meta = [("FACTURA No.", number), ("Fecha:", d(issued)), ("Condiciones:", terms)]
    if due:
        meta.append(("Fecha de vencimiento:", d(due)))
    g15 = rows.get(D(15), (D("0.00"), D("0.00")))
    g18 = rows.get(D(18), (D("0.00"), D("0.00")))
    exento = rows.get(D(0), (D("0.00"), D("0.00")))[0]
    head = ["Cant.", "Descripción", "Precio Unit.", "Total", ""]

    def cells(li):
        return [str(li.quantity), esc(li.description), n(li.unit_price), n(li.amount), {15: "G", 18: "G18", 0: "E"}[int(li.tax_rate)]]

    totals = [("Sub Total", f"{sym} {n(net)}"), ("Descuentos y Rebajas", n(D("0.00"))), ("Importe Exonerado", n(D("0.00"))), ("Importe Exento", n(exento)),
              ("Importe Gravado 15%", n(g15[0])), ("Importe Gravado 18%", n(g18[0])), ("I.S.V. 15%", n(g15[1])), ("I.S.V. 18%", n(g18[1])),
              ("Total a Pagar", f"{sym} {n(total)}")]
    foot = [f"Son: {words_es(total, 'LEMPIRAS')}", f"Rango autorizado: {rango}", f"Fecha límite de emisión: {d(limit)}",
            "No. Orden de Compra Exenta: ____________ &#160; No. Constancia de Registro de Exonerados: ____________ &#160; No. Registro de la SAG: ____________",
            "G = gravado 15% &#160; G18 = gravado 18% &#160; E = exento", "Original: Cliente &#160; Copia: Obligado Tributario Emisor",
            "La factura es beneficio de todos. \"Exíjala\""]
    return invoice(doc, layout, arrangement(rng, meta), theme, *LETTER, title="FACTURA", vendor_rows=vrows, buyer_label="Cliente", buyer_rows=brows,
                   meta=meta, head=head, fractions=(0.08, 0.52, 0.16, 0.17, 0.07), numeric={0, 2, 3}, cells=cells, totals=totals, foot=foot, notes=notes,
                   footer_text="Página")


def _salvador(rng, layout, vendor, customer, buyer_tax, issued) -> Built:
    credit = layout == "sv_dte_nota_credito"
    lines = _lines(rng, SV_ITEMS, rng.randrange(1, 4 if credit else 10))
    net = sum((li.amount for li in lines), D("0.00"))
    tax = money(net * D("0.13"))
    total = net + tax
    kind = "05" if credit else "03"
    number = f"DTE-{kind}-M{rng.randrange(1, 20):03d}P{rng.randrange(1, 10):03d}-{rng.randrange(1, 99999):015d}"
    gen = uuid_upper(rng)
    sello = f"{issued.year}{''.join(rng.choice('0123456789ABCDEF') for _ in range(36))}"
    big = not credit and chance(rng, 0.35) and total >= 100
    retained = money(net * D("0.01")) if big else D("0.00")
    days = None if credit else pick(rng, [None, None, 30, 30, 60])
    terms = f"A crédito {days} días" if days else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="SV", currency="USD", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, payment_terms=terms)

    def n(v):
        return amount(v, ",", ".")

    theme = Theme.pick(rng, size=(7.0, 8.0))
    d = dater(rng, ["dmy_slash", "dmy_dash"])
    notes = {"buyer_tax": buyer_tax, "generation": gen, "sello": sello, "nrc": vendor.extra["nrc"], "retained": float(retained)}
    buyer_nrc = f"{rng.randrange(10000, 330000)}-{rng.randrange(0, 10)}"
    vrows = [f"NIT: {vendor.tax_id}", f"NRC: {vendor.extra['nrc']}", f"Actividad económica: {vendor.extra['activity']}", f"Tel.: {vendor.phone}"]
    brows = [f"NIT: {buyer_tax}", f"NRC: {buyer_nrc}"]
    meta = [("Código de Generación:", gen), ("Número de Control:", number), ("Sello de Recepción:", sello),
            ("Modelo de Facturación:", "Previo"), ("Tipo de Transmisión:", "Normal"),
            ("Fecha y Hora de Generación:", f"{issued.isoformat()} {rng.randrange(7, 19):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"),
            ("Condición de la Operación:", terms or "Contado")]
    if credit:
        rel = uuid_upper(rng)
        rel_date = issued - timedelta(days=rng.randrange(3, 60))
        meta += [("Documento relacionado:", f"Comprobante de Crédito Fiscal {rel}"), ("Fecha del documento relacionado:", d(rel_date))]
        notes["related"] = rel
    head = ["N°", "Cant.", "Descripción", "Precio Unit.", "Ventas No Sujetas", "Ventas Exentas", "Ventas Gravadas"]
    index = {id(li): i + 1 for i, li in enumerate(lines)}

    def cells(li):
        return [str(index[id(li)]), str(li.quantity), esc(li.description), n(li.unit_price), "0.00", "0.00", n(li.amount)]

    totals = [("Suma de Ventas", n(net)), ("Sumatoria de descuentos", "0.00"), ("Sub-Total", n(net)), ("IVA 13%", n(tax)),
              ("Monto Total de la Operación", f"${n(total)}")]
    if big:
        totals += [("(-) IVA Retenido 1%", n(retained)), ("Total a Pagar", f"${n(total - retained)}")]
    unit = "DÓLARES"
    foot = [f"Valor en letras: {words_es(total - retained, unit)} DE LOS ESTADOS UNIDOS DE AMÉRICA"]
    title = "DOCUMENTO TRIBUTARIO ELECTRÓNICO"
    sub = "NOTA DE CRÉDITO" if credit else "COMPROBANTE DE CRÉDITO FISCAL"
    return invoice(doc, layout, arrangement(rng, meta), theme, *LETTER, title=title, subtitle=f"<b>{sub}</b>", vendor_rows=vrows, buyer_label="Receptor",
                   buyer_rows=brows, meta=meta, head=head, fractions=(0.05, 0.07, 0.36, 0.12, 0.13, 0.12, 0.15), numeric={0, 1, 3, 4, 5, 6}, cells=cells,
                   totals=totals, foot=foot, notes=notes, footer_text="Página", qr=f"https://admin.factura.gob.sv/consultaPublica?codGen={gen}")
