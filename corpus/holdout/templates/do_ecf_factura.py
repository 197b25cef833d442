"""Dominican invoices and credit notes in Spanish, DOP (sometimes USD), 2023-2025: the paper-era Factura de Crédito Fiscal
with its NCF, the printed representation of an electronic e-CF, and credit notes of either kind.

Three prints. `do_credito_fiscal` (an ERP's letter print: the seller's letterhead with "RNC: 1-01-23456-7", FACTURA DE
CRÉDITO FISCAL, a box with NCF "B0100001234" and "Válida hasta 31/12/2025" — the expiry of the NCF sequence —, Fecha,
Pedido No. and Conduce No.; Cliente / RNC Cliente / Dirección; Condición "Crédito 30 días" and Vence; Cant. / Código /
Descripción / Precio / ITBIS / Importe with the tax per row; Sub-Total, Descuento, ITBIS 18 % (16 % on dairy and coffee
where sold), TOTAL RD$; the amount in words "… PESOS DOMINICANOS CON 45/100"; Despachado por / Recibido por), `do_ecf`
(the representación impresa of an e-CF: razón social and nombre comercial, RNC Emisor, "Factura de Crédito Fiscal
Electrónica", e-NCF "E310000012345", Fecha de vencimiento de la secuencia, Fecha de emisión "15-03-2024", RNC and razón social
del comprador, Tipo de pago and Fecha límite de pago, items with Unidad, ITBIS and Valor, Subtotal, Monto gravado I1 18 % /
I2 16 %, Monto exento, Total ITBIS, Monto total; the Código de seguridad, the Fecha de firma digital and the QR code),
`do_nota_credito` (NOTA DE CRÉDITO, paper B04 or electronic E34: "NCF modificado" / "e-NCF modificado" citing the invoice,
Razón de la modificación, the returned or re-priced items, amounts printed positive or with a minus).

Truth: vendor = the seller (the nombre comercial is none), tax id = its RNC as printed (dashed or not; mod-11 check
digit); customer = the buyer with its address where printed (its RNC a decoy); id = the NCF / e-NCF (the Pedido and
Conduce numbers, the modified NCF, the security code and the sequence's expiry are decoys); date = the Fecha / Fecha de
emisión; net = Sub-Total after the discount (the discount the lines' adjustment), tax = ITBIS (both rates added), total = the
TOTAL / Monto total; terms = the Condición's credit days where printed, due date = Vence / Fecha límite de pago; credit notes
negative.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fourth import spanish_number_words
from corpus.holdout.fakes_nineteenth import do_party, do_rnc_dashed, do_security_code, ncf
from corpus.holdout.fakes_seventeenth import other_party
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import LETTER, Box
from corpus.holdout.templates._fifteenth import beside, paged, pts, rows_html
from corpus.holdout.templates._sixteenth import kv_rows

FAMILY = "do_ecf_factura"
D = Decimal
# description, unit, low, high, ITBIS rate (0 = exento)
GOODS = [("Cemento gris Portland tipo I (funda 42.5 kg)", "Funda", 480, 620, 18), ("Varilla corrugada 3/8\" x 20 pies", "Unidad", 260, 380, 18),
         ("Pintura acrílica blanca (galón)", "Galón", 950, 1850, 18), ("Resma papel bond carta 20 lb", "Resma", 280, 420, 18), ("Tóner HP 26A negro", "Unidad", 4800, 8900, 18),
         ("Servicio de mantenimiento de aire acondicionado", "Servicio", 2500, 9500, 18), ("Asesoría contable mensual", "Mes", 15000, 45000, 18),
         ("Yogurt natural 1 litro", "Unidad", 120, 190, 16), ("Café molido 1 lb", "Unidad", 260, 420, 16), ("Mantequilla con sal 1 lb", "Unidad", 180, 280, 16),
         ("Arroz selecto (saco 125 lb)", "Saco", 3200, 4200, 0), ("Habichuelas rojas (saco 100 lb)", "Saco", 5200, 7800, 0), ("Amoxicilina 500 mg (caja 21 cáp.)", "Caja", 350, 780, 0),
         ("Flete y transporte", "Servicio", 1500, 6500, 18), ("Tubería PVC 1/2\" SCH 40 (20 pies)", "Unidad", 210, 340, 18), ("Bombillo LED 12W", "Unidad", 95, 180, 18),
         ("Silla secretarial ergonómica", "Unidad", 5800, 12500, 18), ("Libros de texto escolares", "Unidad", 650, 1500, 0)]
REASONS = ["Devolución de mercancía", "Descuento otorgado posterior a la venta", "Corrección de precio facturado", "Mercancía averiada"]


def _n(value: D) -> str:
    return fmt_number(value, "en")


def _words(value: D) -> str:
    whole = int(value)
    cents = int((value - whole) * 100)
    return f"{spanish_number_words(whole)} PESOS DOMINICANOS CON {cents:02d}/100"


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["do_credito_fiscal", "do_credito_fiscal", "do_ecf", "do_ecf", "do_nota_credito"])
    credit = layout == "do_nota_credito"
    electronic = layout == "do_ecf" or (credit and chance(rng, 0.5))
    issued = random_date(rng, date(2023, 1, 9), 1030)
    if electronic:
        issued = date(2024, 1, 15) + timedelta(days=rng.randrange(0, 620)) if issued < date(2024, 1, 15) and chance(rng, 0.7) else issued
    vendor = do_party(rng)
    customer = other_party(rng, do_party, vendor)
    buyer_rnc = customer.tax_id
    customer.tax_id = None
    dashed = chance(rng, 0.5)
    rnc_shown = do_rnc_dashed(vendor.tax_id) if dashed else vendor.tax_id
    vendor.tax_id = rnc_shown
    usd = not credit and chance(rng, 0.12)
    count = rng.randrange(1, 4 if credit else 8)
    if layout == "do_credito_fiscal" and chance(rng, 0.12):
        count = rng.randrange(22, 34)
    lines, rates = [], []
    seen: dict[str, int] = {}
    goods = [g for g in GOODS if g[4]] if credit else GOODS
    pool = [pick(rng, goods) for _ in range(count)] if count > len(goods) else rng.sample(goods, count)
    for desc, unit, low, high, r in pool:
        seen[desc] = seen.get(desc, 0) + 1
        text = desc if seen[desc] == 1 else f"{desc} - lote {seen[desc]}"
        price = money(round(rng.uniform(low, high) / (58 if usd else 1), 2))
        qty = D(pick(rng, [1, 1, 2, 3, 4, 5, 10, 12, 20, 50] if high < 2000 else [1, 1, 2, 3]))
        lines.append(Line(text, qty, price, money(qty * price), unit, f"{pick(rng, ['', 'A', 'P'])}{rng.randrange(1000, 99999)}"))
        rates.append(D(r))
    gross = sum((li.amount for li in lines), D("0.00"))
    discount = money(gross * D(pick(rng, ["0.03", "0.05", "0.1"]))) if not credit and layout == "do_credito_fiscal" and chance(rng, 0.25) else D("0.00")
    factor = (gross - discount) / gross
    bases: dict[D, D] = {}
    for li, r in zip(lines, rates, strict=True):
        bases[r] = bases.get(r, D("0.00")) + li.amount
    if discount:
        bases = {r: money(b * factor) for r, b in bases.items()}
        drift = gross - discount - sum(bases.values(), D("0.00"))
        top = max(bases)
        bases[top] += drift
    taxes = {r: money(b * r / 100) for r, b in bases.items()}
    net = gross - discount
    tax = sum(taxes.values(), D("0.00"))
    total = net + tax
    kind = ("E34" if electronic else "B04") if credit else ("E31" if electronic else "B01")
    number = ncf(rng, kind)
    expiry = date(issued.year + pick(rng, [0, 1, 1]), 12, 31)
    credit_days = pick(rng, [15, 30, 30, 45, 60]) if not credit and chance(rng, 0.6) else None
    terms = (f"Crédito {credit_days} días" if layout == "do_credito_fiscal" else f"{credit_days} días") if credit_days else None
    due = issued + timedelta(days=credit_days) if credit_days and chance(rng, 0.75) else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="DO", currency="USD" if usd else "DOP", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms,
              lines_adjustment=-discount)
    dash = layout != "do_credito_fiscal" or chance(rng, 0.3)

    def d(x: date) -> str:
        return x.strftime("%d-%m-%Y") if dash else x.strftime("%d/%m/%Y")

    cur = "US$" if usd else "RD$"
    minus = credit and chance(rng, 0.4)

    def m(value: D) -> str:
        return ("-" if minus and value else "") + _n(value)

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.6, 8.6), table=pick(rng, ["grid", "zebra", "rules", "header_fill"]))
    css = theme.css(".t{font-size:13pt;font-weight:bold} .box{border:1pt solid #333;padding:4pt} .tiny{font-size:6.4pt;color:#555}")
    width, height = LETTER
    W = width - 72
    brand = vendor.name.split()[1].upper() if layout == "do_ecf" and chance(rng, 0.5) else None
    letterhead = ((f"<p class='t' style='color:{theme.accent}'>{esc(brand)}</p><p class='b'>{esc(vendor.name)}</p>" if brand else
                   f"<p class='t' style='color:{theme.accent}'>{esc(vendor.name)}</p>")
                  + f"<p>RNC: {rnc_shown}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address) + f"<p>Tel.: {vendor.phone}</p>")
    referenced = ncf(rng, "E31" if electronic else "B01")
    if layout == "do_credito_fiscal":
        title = pick(rng, ["FACTURA DE CRÉDITO FISCAL", "FACTURA VÁLIDA PARA CRÉDITO FISCAL"])
        box = kv_rows([("NCF:", f"<b>{number}</b>"), ("Válida hasta:", d(expiry)), ("Fecha:", d(issued)), ("Pedido No.:", f"PV-{rng.randrange(10**4, 10**5)}"),
                       ("Conduce No.:", f"{rng.randrange(10**4, 10**6)}")], (70, 130))
        client = kv_rows([("Cliente:", f"<b>{esc(customer.name)}</b>"), ("RNC Cliente:", buyer_rnc), ("Dirección:", esc(customer.address_text))]
                         + ([("Condición:", terms)] if terms else [("Condición:", "Contado")]) + ([("Vence:", d(due))] if due else []), (70, W - 80))
        first = beside(letterhead, f"<p class='b c' style='font-size:10pt'>{title}</p><div class='box'>{box}</div>", (W - 220, 220)) + \
            f"<div style='margin-top:8pt' class='box'>{client}</div>"
        head = ["Cant.", "Código", "Descripción", "Precio", "ITBIS", "Importe"]
        cols = pts(W, 0.07, 0.1, 0.45, 0.13, 0.11, 0.14)
        numeric = {0, 3, 4, 5}

        def cells(li, r) -> list[str]:
            return [str(li.quantity), li.code, esc(li.description), _n(li.unit_price), _n(money(li.amount * r / 100)) if r else "E", _n(li.amount)]
        totals = [("Sub-Total", f"{cur} {_n(gross)}")] + ([("Descuento", f"-{_n(discount)}")] if discount else [])
        totals += [(f"ITBIS {r}%", _n(t)) for r, t in sorted(taxes.items(), reverse=True) if r] + [("TOTAL", f"{cur} {_n(total)}")]
        if discount:
            totals.insert(2, ("Sub-Total neto", _n(net)))
        closing = (f"<div style='margin-left:{W - 240:.0f}pt'>{rows_html(totals, widths=(140, 100))}</div>"
                   + (f"<p style='margin-top:4pt'>Son: {_words(total)}</p>" if not usd else "")
                   + f"<table style='margin-top:28pt;width:{W:.0f}pt'><tr><td>Despachado por: ________________</td><td class='r'>Recibido por: ________________</td></tr></table>"
                   "<p class='tiny' style='margin-top:6pt'>Original: Cliente · Copia: Emisor. Después de 30 días no se aceptan devoluciones.</p>")
        cont = f"<p class='b'>{esc(vendor.name)} · NCF {number} (continuación)</p>"
    else:
        if credit:
            title = "NOTA DE CRÉDITO ELECTRÓNICA" if electronic else "NOTA DE CRÉDITO"
        else:
            title = "Factura de Crédito Fiscal Electrónica"
        label = "e-NCF" if electronic else "NCF"
        meta = [(label, f"<b>{number}</b>"), ("Fecha de emisión", d(issued))]
        if electronic:
            meta.append(("Fecha de vencimiento secuencia", d(expiry)))
        if credit:
            meta += [(f"{label} modificado", referenced), ("Razón de la modificación", pick(rng, REASONS))]
        else:
            meta.append(("Tipo de pago", "Crédito" if credit_days else "Contado"))
            if terms:
                meta.append(("Términos de pago", terms))
            if due:
                meta.append(("Fecha límite de pago", d(due)))
        buyer = kv_rows([("RNC Comprador", buyer_rnc), ("Razón social comprador", f"<b>{esc(customer.name)}</b>"), ("Dirección", esc(customer.address_text))], (110, W - 120))
        first = (beside(letterhead, f"<p class='b' style='font-size:10pt'>{title}</p>" + kv_rows(meta, (110, 130)), (W - 240, 240))
                 + f"<div style='margin-top:8pt' class='box'>{buyer}</div>")
        head = ["Cantidad", "Descripción", "Unidad", "Precio unitario", "ITBIS", "Valor"]
        cols = pts(W, 0.09, 0.42, 0.1, 0.14, 0.11, 0.14)
        numeric = {0, 3, 4, 5}

        def cells(li, r) -> list[str]:
            return [str(li.quantity), esc(li.description), li.unit, _n(li.unit_price), f"{r}%" if r else "E", m(li.amount)]
        g18, g16, ex = bases.get(D(18), D("0.00")), bases.get(D(16), D("0.00")), bases.get(D(0), D("0.00"))
        totals = [("Subtotal", m(net)), ("Monto gravado total", m(g18 + g16))]
        totals += [("Monto gravado I1 (18%)", m(g18))] + ([("Monto gravado I2 (16%)", m(g16))] if g16 else []) + ([("Monto exento", m(ex))] if ex else [])
        totals += [("Total ITBIS", m(tax)), ("Total ITBIS1 (18%)", m(taxes.get(D(18), D("0.00"))))]
        if g16:
            totals.append(("Total ITBIS2 (16%)", m(taxes[D(16)])))
        totals.append((f"Monto total ({'USD' if usd else 'DOP'})", m(total)))
        sec = do_security_code(rng)
        signed = datetime(issued.year, issued.month, issued.day, rng.randrange(8, 19), rng.randrange(60), rng.randrange(60))
        closing = (f"<div style='margin-left:{W - 250:.0f}pt'>{rows_html(totals, widths=(160, 90))}</div>"
                   + (f"<p class='small' style='margin-top:10pt;margin-left:80pt'>Código de seguridad: <b>{sec}</b></p>"
                      f"<p class='small' style='margin-left:80pt'>Fecha de firma digital: {signed.strftime('%d-%m-%Y %H:%M:%S')}</p>" if electronic else "")
                   + f"<div style='height:{70 if electronic else 10}pt'></div>")
        cont = f"<p class='b'>{esc(vendor.name)} · {label} {number} (continuación)</p>"
    rows = list(zip(lines, rates, strict=True))

    def table(chunk) -> str:
        ths = "".join(f"<th style='width:{w};{'text-align:right' if j in numeric else ''}'>{h}</th>" for j, (h, w) in enumerate(zip(head, cols, strict=True)))
        body = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'r' if j in numeric else ''}'>{c}</td>" for j, (c, w) in enumerate(zip(cells(li, r), cols, strict=True)))
                       + "</tr>" for li, r in chunk)
        return f"<table class='items'><tr>{ths}</tr>{body}</table>"

    sheet = paged(width, height, css, (36.0, 36.0, 36.0, 30.0), rows,
                  lambda chunk, page, last: (first if page == 0 else cont) + table(chunk) + (closing if last else ""),
                  footer=lambda p, c: f"<p class='tiny' style='text-align:right'>Página {p} de {c}</p>", footer_height=12.0)
    notes = {"buyer_rnc": buyer_rnc, "expiry": expiry.isoformat(), "referenced": referenced if credit else None, "electronic": electronic, "brand": brand}
    if electronic:
        # the QR code beside the security code, at the foot of the totals on the last page
        last = sheet.pages[-1]
        story_bottom = _bottom_of(last[0].html, css, last[0].rect)
        y = min(story_bottom - 74, height - 30 - 12 - 72)
        last.append(Box((36.0, y, 36.0 + 66.0, y + 66.0), kind="qr", payload=f"https://ecf.dgii.gov.do/ecf/ConsultaTimbre?RncEmisor={vendor.tax_id}&ENCF={number}"))
        notes["security_code"] = sec
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1, notes=notes)


def _bottom_of(html: str, css: str, rect) -> float:
    import pymupdf

    story = pymupdf.Story(html=html, user_css="body {margin:0}" + css)
    _more, filled = story.place(pymupdf.Rect(rect[0], rect[1], rect[2], rect[1] + 20000))
    return float(filled[3])
