"""Confirming (reverse factoring) payment advices: a bank tells a supplier which of its invoices the bank's client has ordered it
to pay, when and how much, in Spanish, EUR (Spain) and MXN (Mexico), 2023-2025 (invented banks and companies).

Three prints. `es_confirming_carta` (the bank's letter "Comunicación de pago - Confirming": the bank's letterhead and its
confirming department, the supplier with its address and NIF (= the vendor's tax id), "Madrid, 15 de marzo de 2024",
Nº de remesa (= payment reference), Código de proveedor (= vendor id), the client's confirming contract number (decoy), the
sentence naming the ordering client and its NIF (decoy) and the payment date, a table Nº factura / Fecha factura / Vencimiento /
Importe with abonos negative, Importe total, and the early-payment offer — an annual rate, the interest and the net amount if
the supplier anticipates (decoys); the client's address is not printed), `es_confirming_portal` (the bank portal's "Detalle de
orden de pago": Ordenante and its NIF (decoy), Beneficiario and its NIF (= tax id), Referencia de la orden (= reference), Fecha
de pago, Estado, a table Documento / Tipo (Factura / Abono) / Fecha emisión / Vencimiento / Importe / Anticipado of 10-40 rows
over pages, Total orden), `mx_aviso_pago` (a Mexican bank's "Aviso de pago a proveedores": the client (emisor) and its RFC
(decoy), the supplier and its RFC (= tax id), Número de proveedor (= vendor id), Fecha de pago, Referencia (= reference), the
SPEI clave de rastreo and the CLABE (decoys), a table Serie-Folio / Folio fiscal (UUID, decoy) / Fecha / Importe, notas de
crédito negative, Total pagado "$12,345.67 MXN").

Truth: a `remittance_advice`; vendor = the supplier paid (its address where printed, its NIF / RFC as tax id); customer = the
bank's client that ordered the payment (no address is printed; the bank is no party); ids = the supplier's invoice and credit
note numbers in print order (the UUIDs are not ids); allocations = the amounts listed (credit notes negative); total = payment
amount = the total of the remittance (the anticipated net amount a decoy); payment date = the date the bank pays; date = the
letter's / notice's date.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company
from corpus.holdout.fakes_fourth import mx_company
from corpus.holdout.fakes_twentythird import (
    CONFIRMING_BANKS,
    cfdi_uuid,
    confirming_contract,
    digits,
    spei_tracking,
)
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._fifteenth import pts, rows_html
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfirst import build_paged
from corpus.holdout.templates._twentysecond import party_block

FAMILY = "confirming_payment_advice"
D = Decimal
BANK_ADDR = {"ES": [["Paseo de la Castellana, 120", "28046 Madrid"], ["Avinguda Diagonal, 621", "08028 Barcelona"], ["Calle Pintor Sorolla, 2", "46002 Valencia"]],
             "MX": [["Av. Paseo de la Reforma 510, Col. Juárez", "06600 Ciudad de México"], ["Av. Constitución 2050 Pte.", "64000 Monterrey, N.L."]]}


def _rows(rng: random.Random, count: int, paid_on: date, country: str, credits: bool) -> list[dict]:
    rows, used = [], set()
    while len(rows) < count:
        if country == "MX":
            serie = pick(rng, ["A", "F", "FAC", "B"])
            inv = f"{serie}-{rng.randrange(100, 99999)}" if chance(rng, 0.6) else f"{serie}{rng.randrange(1000, 99999)}"
        else:
            y = paid_on.year
            inv = pick(rng, [f"{y}/{rng.randrange(1, 9999):04d}", f"FV{y % 100}-{rng.randrange(1, 99999):05d}", f"{rng.randrange(10000, 999999)}",
                             f"A{y % 100}{rng.randrange(1, 9999):04d}"])
        if inv in used:
            continue
        used.add(inv)
        credit = credits and bool(rows) and chance(rng, 0.12)
        value = money(rng.uniform(150, 48000))
        if credit:
            inv = ("NC-" if country == "MX" else "AB-") + "".join(ch for ch in inv if ch.isdigit())[-6:]
            if inv in used:
                continue
            used.add(inv)
            value = -money(rng.uniform(40, 2500))
        issued = paid_on - timedelta(days=rng.randrange(30, 120))
        rows.append({"inv": inv, "issued": issued, "due": paid_on, "value": value, "credit": credit, "uuid": cfdi_uuid(rng)})
    total = sum((r["value"] for r in rows), D("0.00"))
    if total <= 0:
        rows[0]["value"] += money(5000)
    return rows


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["es_confirming_carta", "es_confirming_carta", "es_confirming_portal", "mx_aviso_pago"])
    country = "MX" if layout == "mx_aviso_pago" else "ES"
    bank = pick(rng, CONFIRMING_BANKS[country])
    if country == "MX":
        supplier, client = mx_company(rng), mx_company(rng)
        while client.name == supplier.name:
            client = mx_company(rng)
    else:
        supplier, client = make_company(rng, "ES"), make_company(rng, "ES")
        while client.name == supplier.name:
            client = make_company(rng, "ES")
    client_tax = client.tax_id
    client.tax_id = None
    paid_on = random_date(rng, date(2023, 2, 1), 980)
    count = {"es_confirming_carta": rng.randrange(1, 9), "es_confirming_portal": rng.randrange(10, 64), "mx_aviso_pago": rng.randrange(1, 8)}[layout]
    rows = _rows(rng, count, paid_on, country, credits=count > 1)
    total = sum((r["value"] for r in rows), D("0.00"))
    letter = layout == "es_confirming_carta"
    issued = paid_on - timedelta(days=rng.randrange(15, 75)) if letter else paid_on - timedelta(days=pick(rng, [0, 0, 1, 2]))
    ref = {"es_confirming_carta": f"{paid_on.year}-{rng.randrange(10**8, 10**9)}", "es_confirming_portal": f"OP{rng.randrange(10**9, 10**10)}",
           "mx_aviso_pago": f"{rng.randrange(10**6, 10**7)}"}[layout]
    vendor_code = f"{rng.randrange(1, 10**9):09d}" if layout != "es_confirming_portal" or chance(rng, 0.5) else None
    doc = Doc(document_type="remittance_advice", locale=country, currency="MXN" if country == "MX" else "EUR", vendor=supplier, customer=client,
              invoice_ids=[r["inv"] for r in rows], document_date=issued, total=total, payment_reference=ref, payment_date=paid_on,
              allocations=[(r["inv"], r["value"]) for r in rows], vendor_id=vendor_code, vendor_address_printed=letter, customer_address_printed=False)
    contract = confirming_contract(rng)
    notes = {"client_tax": client_tax, "contract": contract, "bank": bank}
    theme = Theme.pick(rng, size=(7.5, 9.0))
    css = theme.css(".t{font-size:13pt;font-weight:bold} .tt{font-size:15pt;font-weight:bold} .box{border:0.8pt solid #666;padding:5pt}")
    baddr = pick(rng, BANK_ADDR[country])
    if country == "MX":
        return _mexico(rng, doc, rows, bank, baddr, client, client_tax, supplier, notes, theme, css)
    sep, mark = ".", ","

    def n(v):
        return amount(v, sep, mark)

    width, height = A4
    W = width - 72
    if letter:
        pattern = pick(rng, ["d_month_y_es", "dmy_slash"])

        def d(x):
            return fmt_date(x, pattern, "es")

        city = baddr[1].split(" ", 1)[1]
        rate = D(pick(rng, ["3.75", "4.25", "4.90", "5.40"]))
        days_early = (paid_on - issued).days
        interest = money(total * rate / 100 * days_early / 360)
        notes.update(interest=float(interest), anticipated=float(total - interest))
        first = (f"<p class='t accent'>{esc(bank)}</p><p class='small muted'>Departamento de Confirming · {esc(', '.join(baddr))}</p>"
                 + f"<table style='margin-top:14pt'><tr><td style='width:{W * 0.5:.0f}pt'></td><td style='width:{W * 0.46:.0f}pt'>"
                 + party_block("", supplier, [f"NIF: {supplier.tax_id}"]) + "</td></tr></table>"
                 + f"<p style='margin-top:10pt'>{esc(city)}, {d(issued)}</p>"
                 + "<p class='b' style='margin-top:6pt'>Asunto: Comunicación de pago - Confirming</p>"
                 + rows_html([("Nº de remesa:", ref), ("Código de proveedor:", vendor_code or ""), ("Contrato de confirming del cliente:", contract)],
                             strong_last=False, widths=(170, 200))
                 + f"<p style='margin-top:6pt'>Muy señores nuestros:</p><p>Por orden de nuestro cliente <b>{esc(client.name)}</b>, con NIF {client_tax}, les "
                 + f"comunicamos que el día <b>{d(paid_on)}</b> abonaremos en su cuenta ****{digits(rng, 4)} el importe de <b>{n(total)} €</b>, "
                 + "correspondiente a las facturas que se detallan a continuación:</p>")
        head = ["Nº factura", "Fecha factura", "Vencimiento", "Importe (€)"]
        widths = pts(W, 0.3, 0.22, 0.22, 0.26)

        def cells(r):
            return [esc(r["inv"]) + (" (abono)" if r["credit"] else ""), d(r["issued"]), d(r["due"]), n(r["value"])]

        closing = (f"<div style='margin-left:{W - 250:.0f}pt;margin-top:6pt'>{rows_html([('Importe total', f'{n(total)} €')], widths=(150, 100))}</div>"
                   + "<p style='margin-top:8pt'>Si desean anticipar el cobro, pueden solicitarlo en nuestra banca electrónica. Anticipando hoy, al "
                   + f"{amount(rate, sep, mark)}% nominal anual, los intereses serían de {n(interest)} € y el importe líquido de {n(total - interest)} €.</p>"
                   + "<p style='margin-top:8pt'>Atentamente,</p><p>Departamento de Confirming</p>"
                   + f"<p class='tiny muted' style='margin-top:10pt'>{esc(bank)}, S.A. · Inscrito en el Registro de Bancos y Banqueros con el número "
                   + f"{rng.randrange(10, 3200):04d}. Este documento es meramente informativo y no constituye recibo de pago.</p>")
        return build_paged(doc, "es_confirming_carta", width, height, css, first, head, widths, {3}, rows, cells, closing,
                           cont=f"Remesa {ref} (continuación)", footer_text="Página", notes=notes)
    pattern = pick(rng, ["dmy_slash", "iso"])

    def d(x):
        return fmt_date(x, pattern, "es")

    status = pick(rng, ["Confirmada", "Pagada", "Pendiente de vencimiento"])
    first = (f"<table><tr><td style='width:{W * 0.55:.0f}pt'><p class='t accent'>{esc(bank)} · Confirming</p></td>"
             + f"<td style='width:{W * 0.41:.0f}pt;text-align:right' class='small muted'>Usuario: {esc(supplier.name.split()[0].upper())}{rng.randrange(10, 99)} · "
             + f"Consulta {d(issued)}</td></tr></table><p class='tt' style='margin-top:8pt'>Detalle de orden de pago</p>"
             + rows_html([("Ordenante:", f"{esc(client.name)} (NIF {client_tax})"), ("Beneficiario:", f"{esc(supplier.name)} (NIF {supplier.tax_id})")]
                         + ([("Código de proveedor:", vendor_code)] if vendor_code else [])
                         + [("Referencia de la orden:", ref), ("Fecha de pago:", d(paid_on)), ("Estado:", status), ("Número de documentos:", str(len(rows)))],
                         strong_last=False, widths=(140, 330)) + "<div style='height:6pt'></div>")
    head = ["Documento", "Tipo", "Fecha emisión", "Vencimiento", "Importe", "Anticipado"]
    widths = pts(W, 0.22, 0.12, 0.17, 0.17, 0.18, 0.14)
    early = {r["inv"]: chance(rng, 0.2) for r in rows}

    def cells2(r):
        return [esc(r["inv"]), "Abono" if r["credit"] else "Factura", d(r["issued"]), d(r["due"]), n(r["value"]), "Sí" if early[r["inv"]] else "No"]

    closing = (f"<div style='margin-left:{W - 250:.0f}pt;margin-top:6pt'>{rows_html([('Total orden (EUR)', n(total))], widths=(150, 100))}</div>"
               + "<p class='tiny muted' style='margin-top:8pt'>Los documentos anticipados se liquidan por su importe nominal menos intereses en la fecha "
               + "de anticipo; el resto se abonará en la fecha de pago indicada.</p>")
    return build_paged(doc, "es_confirming_portal", width, height, css, first, head, widths, {4}, rows, cells2, closing,
                       cont=f"Orden {ref} (continuación)", footer_text="Página", notes=notes)


def _mexico(rng, doc, rows, bank, baddr, client, client_tax, supplier, notes, theme, css) -> Built:
    width, height = LETTER
    W = width - 72
    paid_on, total, ref = doc.payment_date, doc.total, doc.payment_reference
    pattern = pick(rng, ["dmy_slash", "dd_mon_yyyy", "d_month_y_es"])

    def d(x):
        return fmt_date(x, pattern, "es")

    def n(v):
        return amount(v, ",", ".")

    tracking = spei_tracking(rng, paid_on)
    clabe = f"{pick(rng, ['002', '012', '014', '021', '072'])}{digits(rng, 15)}"
    notes.update(tracking=tracking, uuids=[r["uuid"] for r in rows])
    first = (f"<table><tr><td style='width:{W * 0.6:.0f}pt'><p class='t accent'>{esc(bank)}</p><p class='small muted'>{esc(', '.join(baddr))}</p></td>"
             + f"<td style='width:{W * 0.36:.0f}pt;text-align:right'><p class='tt'>Aviso de pago</p><p class='small'>Pago a proveedores</p></td></tr></table>"
             + "<div class='box' style='margin-top:8pt'>"
             + rows_html([("Cliente emisor:", f"{esc(client.name)} &#160; RFC {client_tax}"), ("Proveedor:", esc(supplier.name)), ("RFC proveedor:", supplier.tax_id),
                          ("Número de proveedor:", doc.vendor_id or ""), ("Fecha de pago:", d(paid_on)), ("Referencia:", ref),
                          ("Clave de rastreo SPEI:", tracking), ("Cuenta CLABE destino:", f"{'*' * 14}{clabe[-4:]}"), ("Fecha de emisión del aviso:", d(doc.document_date))],
                         strong_last=False, widths=(150, 340))
             + "</div><p style='margin-top:6pt'>Le informamos que por instrucciones de nuestro cliente se realizó el pago de los siguientes comprobantes fiscales:</p>")
    head = ["Serie-Folio", "Folio fiscal (UUID)", "Fecha", "Importe"]
    widths = pts(W, 0.17, 0.47, 0.15, 0.21)

    def cells(r):
        return [esc(r["inv"]), f"<span class='small'>{r['uuid']}</span>", d(r["issued"]), n(r["value"])]

    closing = (f"<div style='margin-left:{W - 260:.0f}pt;margin-top:6pt'>{rows_html([('Total pagado', f'${n(total)} MXN')], widths=(130, 130))}</div>"
               + "<p class='tiny muted' style='margin-top:10pt'>Este aviso se genera automáticamente. Para aclaraciones comuníquese con su cliente. "
               + "Las notas de crédito aplicadas se muestran con signo negativo.</p>")
    return build_paged(doc, "mx_aviso_pago", width, height, css, first, head, widths, {3}, rows, cells, closing, cont=f"Aviso de pago {ref} (continuación)",
                       footer_text="Página", notes=notes)
