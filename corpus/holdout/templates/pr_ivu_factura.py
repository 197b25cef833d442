"""Puerto Rican invoices and till receipts with the IVU (impuesto sobre ventas y uso), in Spanish or English, USD, 2023-2025
(invented merchants).

Three prints. `pr_factura` (FACTURA in Spanish: the merchant's letterhead with its Registro de Comerciante `1234567-0011` (= tax
id) and Patente Municipal (decoy), Facturar a with the customer's address, Factura Núm., Fecha `15/03/2024` or `15 de marzo de
2024`, Cliente Núm. (= customer id), Orden de Compra and Vendedor (decoys), Términos and Vence; Código / Descripción (long
service descriptions wrap) / Cant. / Precio / IVU / Importe with the tax code T (11.5 %), S (business-to-business services at the
4 % state IVU only) or E (exempt unprocessed food); Subtotal, IVU Estatal 10.5 %, IVU Estatal 4 % on services, IVU Municipal 1 %,
on some Total IVU, TOTAL `$1,234.56`), `pr_invoice_en` (INVOICE / FACTURA in English with Spanish glosses: Merchant Registration
No. (= tax id), Invoice No., Date `03/15/2024`, Account No. (= customer id), P.O. No. (decoy), Terms, Due Date, "State Sales Tax
(IVU) 10.5%", "Municipal Sales Tax (IVU) 1%"; under a coloured banner or a plain letterhead), `pr_recibo` (an 80 mm RECIBO
from a ferretería or colmado: the merchant, its Reg. Comerciante, Recibo #, Caja and Cajero (decoys), items with "T" on the
taxable ones and "2 @ 4.99", SUBTOTAL, IVU ESTATAL 10.5%, IVU MUNICIPAL 1%, TOTAL, cash or ATH card, change, and the Núm. de
Control IVU (decoy)).

Truth: an `invoice` or a `receipt` with no customer; vendor = the merchant with its address and Registro de Comerciante;
customer = the customer with its address; id = the invoice / receipt number; date = the invoice / sale date; lines = the items
before IVU, adding up to the Subtotal (a one-off item on the roll has no quantity or unit price); net = Subtotal; tax = the state
and municipal IVU together (printed as Total IVU on some); total = TOTAL (payments and change decoys); terms and due date where
printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentysixth import digits, pr_party
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import LETTER
from corpus.holdout.templates._fifteenth import rows_html
from corpus.holdout.templates._fourteenth import roll_sheet
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentysixth import banner_invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "pr_ivu_factura"
D = Decimal
# (Spanish description, English description, unit, low, high, code T / S / E)
ITEMS = [("Cemento Portland Tipo I, saco 94 lb", "Portland cement Type I, 94 lb bag", "saco", 14, 19, "T"),
         ("Varilla corrugada #4 x 20 pies", "Rebar #4 x 20 ft", "pieza", 9, 14, "T"), ("Bloques de hormigón 8 pulgadas", "Concrete blocks 8 in", "unidad", 1.6, 2.4, "T"),
         ("Pintura acrílica exterior, blanco, cubeta 5 galones", "Exterior acrylic paint, white, 5 gal pail", "cubeta", 95, 165, "T"),
         ("Tubo PVC 3/4 pulg. x 10 pies", "PVC pipe 3/4 in x 10 ft", "pieza", 3.5, 6.5, "T"), ("Papel de copia 8.5x11 (caja 10 resmas)", "Copy paper 8.5x11 (case of 10 reams)", "caja", 48, 72, "T"),
         ("Cartucho de tóner HP 58A", "Toner cartridge HP 58A", "unidad", 85, 140, "T"), ("Silla ergonómica de oficina, malla", "Ergonomic mesh office chair", "unidad", 160, 390, "T"),
         ("Arroz grano largo, saco 20 lb", "Long grain rice, 20 lb bag", "saco", 11, 16, "E"), ("Habichuelas rosadas secas 4 lb", "Dry pink beans 4 lb", "bolsa", 5, 8, "E"),
         ("Café molido, paquete 14 oz", "Ground coffee, 14 oz pack", "paquete", 5, 9, "T"),
         ("Servicio de mantenimiento preventivo a unidad de aire acondicionado 24,000 BTU, incluye limpieza de serpentín y verificación de refrigerante",
          "Preventive maintenance, 24,000 BTU air-conditioning unit, incl. coil cleaning and refrigerant check", "servicio", 120, 260, "S"),
         ("Servicios de contabilidad - cierre mensual", "Bookkeeping services - month-end close", "mes", 450, 1400, "S"),
         ("Reparación de planta eléctrica 60 kW, mano de obra (horas)", "Repair of 60 kW generator, labour (hours)", "hora", 75, 125, "S"),
         ("Impresión de hojas sueltas a todo color, 8.5x11 (millar)", "Full-colour flyers 8.5x11 (per thousand)", "millar", 120, 240, "T"),
         ("Transporte de materiales, camión 10 ruedas", "Material haul, 10-wheel truck", "viaje", 180, 420, "S")]
ROLL_ITEMS = [("CEMENTO 94LB", 14, 19, True), ("CLAVOS 3PULG 1LB", 2.5, 4.5, True), ("CINTA ADHESIVA 2PULG", 3.5, 6, True), ("BOMBILLA LED 9W", 2.5, 5.5, True),
              ("ARROZ 5LB", 3.5, 5.5, False), ("HABICHUELAS ROSADAS 2LB", 2.5, 4, False), ("LECHE EVAP. 12OZ", 1.2, 2, False), ("PAN SOBAO", 2, 3.5, False),
              ("REFRESCO 2L", 1.9, 3.2, True), ("DETERGENTE 100OZ", 8, 14, True), ("AGUA 24PK", 4.5, 7, True), ("BROCHA 3PULG", 4, 8, True),
              ("PILAS AA 4PK", 4, 7.5, True), ("SALCHICHAS 5OZ", 0.9, 1.6, True)]


def _ivu(lines: list[Line], codes: dict) -> tuple[Decimal, Decimal, Decimal, Decimal, Decimal]:
    t = sum((li.amount for li in lines if codes[id(li)] == "T"), D("0.00"))
    s = sum((li.amount for li in lines if codes[id(li)] == "S"), D("0.00"))
    state_goods, state_services, muni = money(t * D("0.105")), money(s * D("0.04")), money(t * D("0.01"))
    return t, s, state_goods, state_services, muni


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["pr_factura", "pr_factura", "pr_invoice_en", "pr_invoice_en", "pr_recibo"])
    issued = random_date(rng, date(2023, 1, 9), 1000)
    if layout == "pr_recibo":
        return _roll(rng, layout, issued)
    es = layout == "pr_factura"
    vendor, customer = pr_party(rng), pr_party(rng)
    while customer.name == vendor.name:
        customer = pr_party(rng)
    customer.tax_id = None
    count = pick(rng, [1, 2, 3, 4, 5, 6, 8, 10, 14])
    lines, codes = [], {}
    for es_desc, en_desc, unit, low, high, code in rng.sample(ITEMS, min(count, len(ITEMS))):
        price = money(rng.uniform(low, high)) if high < 50 else money(round(rng.uniform(low, high)))
        qty = D(pick(rng, [1, 1, 2, 3, 4])) if code == "S" or high >= 150 else D(pick(rng, [2, 5, 10, 12, 20, 25, 50, 100]))
        li = Line(es_desc if es else en_desc, qty, price, money(qty * price), unit, code=f"{pick(rng, ['', 'A', 'F', 'S'])}{digits(rng, 5)}")
        lines.append(li)
        codes[id(li)] = code
    net = sum((li.amount for li in lines), D("0.00"))
    _t, s, state_goods, state_services, muni = _ivu(lines, codes)
    tax = state_goods + state_services + muni
    total = net + tax
    y = issued.year
    number = pick(rng, [f"{rng.randrange(1000, 99999)}", f"F-{y}-{rng.randrange(1, 9999):04d}", f"{y % 100}{rng.randrange(1, 99999):05d}", f"INV{rng.randrange(10000, 99999)}"])
    days = pick(rng, [None, 15, 30, 30, 30, 45, 60])
    if days:
        terms = pick(rng, [f"Neto {days}", f"{days} días", f"Net {days}"] if es else [f"Net {days}", f"{days} days", f"Net {days} days"])
    else:
        terms = pick(rng, ["Contado", "C.O.D.", None] if es else ["C.O.D.", "Due on receipt", None])
    due = issued + timedelta(days=days) if days and chance(rng, 0.75) else None
    cust_id = f"{pick(rng, ['C', 'CL', ''])}{rng.randrange(1000, 99999)}" if chance(rng, 0.6) else None
    doc = Doc(document_type="invoice", locale="PR", currency="USD", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued, total=total,
              net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=cust_id)
    pattern = pick(rng, ["dmy_slash", "dmy_slash", "d_month_y_es"]) if es else pick(rng, ["mdy_slash", "mdy_slash", "month_d_y"])

    def d(x):
        return fmt_date(x, pattern, "es" if es else "en")

    def n(v):
        return amount(v)

    theme = Theme.pick(rng, size=(7.5, 9.0))
    po = f"{pick(rng, ['OC-', 'PO-', ''])}{rng.randrange(1000, 99999)}"
    rep = pick(rng, ["Carmen", "José Luis", "Yamilet", "Héctor", "Marisol", "Edwin", "Nilda", "Wilfredo"])
    notes: dict = {"patente": vendor.extra["patente"], "po": po}
    reg_label = pick(rng, ["Registro de Comerciante:", "Reg. Comerciante Núm.:", "Núm. Registro de Comerciante:"]) if es else \
        pick(rng, ["Merchant Registration No.:", "Merchant Reg. No. (SURI):", "Registro de Comerciante / Merchant No.:"])
    vrows = [f"{reg_label} {vendor.tax_id}", f"{'Patente Municipal' if es else 'Municipal License'}: {vendor.extra['patente']}" if chance(rng, 0.5) else "",
             f"Tel. {vendor.phone}", esc(vendor.email or "")]
    if es:
        meta = [("Factura Núm.:", number), ("Fecha:", d(issued))] + ([("Cliente Núm.:", cust_id)] if cust_id else [])
        if chance(rng, 0.5):
            meta.append(("Orden de Compra:", po))
        if terms:
            meta.append(("Términos:", terms))
        if due:
            meta.append(("Vence:", d(due)))
        if chance(rng, 0.35):
            meta.append(("Vendedor:", rep))
        head = ["Código", "Descripción", "Cant.", "Precio", "IVU", "Importe"]
        totals = [("Subtotal", n(net)), ("IVU Estatal 10.5%", n(state_goods))]
        if s:
            totals.append(("IVU Estatal servicios 4%", n(state_services)))
        totals.append(("IVU Municipal 1%", n(muni)))
        legend = "T = tributable 11.5% · S = servicio entre comerciantes 4% · E = exento"
        title, buyer_label = pick(rng, ["FACTURA", "FACTURA", "FACTURA COMERCIAL"]), pick(rng, ["Facturar a:", "Cliente:", "Vendido a:"])
        foot = [legend, pick(rng, ["Favor de emitir cheque a nombre de ", "Pagos por transferencia a nombre de ", "Cheques pagaderos a "]) + esc(vendor.name),
                "Gracias por su compra."]
    else:
        meta = [("Invoice No.:", number), ("Date:", d(issued))] + ([("Account No.:", cust_id)] if cust_id else [])
        if chance(rng, 0.5):
            meta.append(("P.O. No.:", po))
        if terms:
            meta.append(("Terms:", terms))
        if due:
            meta.append(("Due Date:", d(due)))
        head = ["Item", "Description", "Qty", "Unit Price", "IVU", "Amount"]
        totals = [("Subtotal", n(net)), ("State Sales Tax (IVU) 10.5%", n(state_goods))]
        if s:
            totals.append(("State IVU B2B services 4%", n(state_services)))
        totals.append(("Municipal Sales Tax (IVU) 1%", n(muni)))
        legend = "T = taxable 11.5% · S = business-to-business service 4% · E = exempt"
        title, buyer_label = pick(rng, ["INVOICE / FACTURA", "INVOICE"]), pick(rng, ["Bill To / Facturar a:", "Bill To:", "Sold To:"])
        foot = [legend, "Please make checks payable to " + esc(vendor.name), "Thank you for your business."]
    if chance(rng, 0.45):
        totals.append(("Total IVU", n(tax)))
    totals.append(("TOTAL", f"${n(total)}"))
    fractions = (0.1, 0.46, 0.07, 0.13, 0.06, 0.15)

    def cells(li):
        return [li.code, esc(li.description), str(li.quantity), n(li.unit_price), codes[id(li)], n(li.amount)]

    if chance(rng, 0.5):
        return banner_invoice(doc, layout, theme, *LETTER, title=title, vendor_rows=vrows, buyer_label=buyer_label, buyer_rows=[], meta=meta, head=head,
                              fractions=fractions, numeric={2, 3, 5}, cells=cells, totals=totals, foot=foot[2:], side=foot[:2], notes=notes,
                              footer_text="Página" if es else "Page")
    return invoice(doc, layout, arrangement(rng, meta), theme, *LETTER, title=title, vendor_rows=vrows, buyer_label=buyer_label, buyer_rows=[], meta=meta,
                   head=head, fractions=fractions, numeric={2, 3, 5}, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Página" if es else "Page")


def _roll(rng: random.Random, layout: str, issued: date) -> Built:
    vendor = pr_party(rng)
    picked = rng.sample(ROLL_ITEMS, rng.randrange(2, 10))
    lines, taxed = [], {}
    for desc, low, high, t in picked:
        qty = D(pick(rng, [1, 1, 1, 2, 2, 3, 4, 6]))
        price = money(rng.uniform(low, high))
        li = Line(desc, qty, price, money(qty * price))
        lines.append(li)
        taxed[id(li)] = t
    net = sum((li.amount for li in lines), D("0.00"))
    t = sum((li.amount for li in lines if taxed[id(li)]), D("0.00"))
    state, muni = money(t * D("0.105")), money(t * D("0.01"))
    total = net + state + muni
    number = pick(rng, [f"{rng.randrange(100000, 999999)}", f"{rng.randrange(1, 9):02d}-{rng.randrange(10000, 99999)}", f"R{rng.randrange(1000000, 9999999)}"])
    doc = Doc(document_type="receipt", locale="PR", currency="USD", vendor=vendor, customer=None, invoice_ids=[number], document_date=issued, total=total,
              net=net, tax=state + muni, lines=lines)
    rows = ""
    for li in lines:
        flag = "T" if taxed[id(li)] else ""
        sub = f"<br/>&#160; {li.quantity} @ {amount(li.unit_price)}" if li.quantity != 1 else ""
        rows += f"<tr><td style='width:150pt'>{esc(li.description)}{sub}</td><td class='r' style='width:48pt'>{amount(li.amount)} {flag}</td></tr>"
        if li.quantity == 1:
            li.quantity = li.unit_price = None
    given = D(pick(rng, [5, 10, 20, 20, 50, 100]))
    while given < total:
        given += 20
    card = chance(rng, 0.5)
    pay = [(pick(rng, ["ATH", "TARJETA ATH", "VISA"]), amount(total))] if card else [("EFECTIVO", amount(given)), ("CAMBIO", amount(given - total))]
    control = f"{digits(rng, 4)}-{pick(rng, 'ABCDEFGHJK')}{digits(rng, 3)}-{digits(rng, 4)}"
    clock = f"{rng.randrange(1, 13)}:{rng.randrange(60):02d} {pick(rng, ['AM', 'PM'])}"
    pattern = pick(rng, ["mdy_slash", "dmy_slash"])
    till = f"Caja {rng.randrange(1, 6)}  Cajero: {pick(rng, ['Luis', 'Maribel', 'Kiara', 'Ángel', 'Yesenia'])}"
    body = (f"<p class='c b' style='font-size:10pt'>{esc(vendor.name)}</p>" + "".join(f"<p class='c small'>{esc(a)}</p>" for a in vendor.address)
            + f"<p class='c small'>Reg. Comerciante: {vendor.tax_id}</p><p class='c small'>Tel. {vendor.phone}</p>"
            + f"<p style='margin-top:4pt'>RECIBO #: {number}</p><p>{fmt_date(issued, pattern)} {clock}</p><p class='small'>{till}</p>"
            + f"<table style='margin-top:3pt'>{rows}</table>"
            + rows_html([("SUBTOTAL", amount(net)), ("IVU ESTATAL 10.5%", amount(state)), ("IVU MUNICIPAL 1%", amount(muni)), ("TOTAL", amount(total))], widths=(150, 54))
            + rows_html(pay, strong_last=False, widths=(150, 54))
            + f"<p class='small' style='margin-top:3pt'>T = Tributable IVU 11.5%</p><p class='small'>Núm. de Control IVU: {control}</p>"
            + f"<p class='c small' style='margin-top:4pt'>{pick(rng, ['¡Gracias por su compra!', 'No se aceptan devoluciones sin recibo.', 'Vuelva pronto'])}</p>")
    theme = Theme.pick(rng, font=pick(rng, ["Courier", "Helvetica", "Courier"]), size=(7.0, 8.0))
    sheet = roll_sheet(226.0, body, theme.css(""))
    return Built(doc=doc, sheet=sheet, template=layout, notes={"control": control, "till": till, "given": float(given)}, scan_weight=2.0)
