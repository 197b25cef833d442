"""Mexican payment receipts: the printed representation of a CFDI 4.0 of type P ("Pago") carrying the Complemento para
recepción de pagos 2.0 (the "REP", Recibo Electrónico de Pago), issued by the supplier who was paid, MXN or USD, 2023-2025.

Two prints. `rep_sat_standard` (a PAC's or ERP's letter-size print: the emisor's letterhead — its full address or only the
"Lugar de expedición" postal code —, the box "RECIBO ELECTRÓNICO DE PAGO" / "CFDI de Pago" with Serie and Folio of the REP
itself, Folio fiscal (UUID), certificate numbers, Fecha y hora de emisión and Fecha de certificación; the receptor (the
payer) with its RFC, régimen and Domicilio fiscal (postal code) or full address, Uso CFDI "CP01 - Pagos"; the one concept
every REP carries — 84111506 / 1 / ACT / Pago / 0.00 / 0.00 — and Subtotal 0.00 / Total 0.00 in Moneda XXX; then "Pago 1":
Fecha de pago, Forma de pago, Moneda, Tipo de cambio, Monto, Número de operación, the ordering and beneficiary banks' RFCs and
accounts (a masked account, an 18-digit CLABE); the Documentos relacionados: Id documento (UUID) / Serie-Folio / Moneda /
Equivalencia / Parcialidad / Saldo anterior / Importe pagado / Saldo insoluto / Objeto de impuesto, each with its IVA 16 %
base and importe under it; the Totales in MXN — TotalTrasladosBaseIVA16, TotalTrasladosImpuestoIVA16, MontoTotalPagos (for a
USD payment the MXN value at the payment's exchange rate) —; sello digital, sello del SAT, cadena original and the QR code),
`rep_erp_compact` (a compact ERP print headed "COMPLEMENTO DE PAGO · CFDI 4.0 / Pagos 2.0": the receptor's block before the
emisor's, the payment's data in a band, the related documents with their UUIDs in the first column, dates as 15/03/2024).

Truth: a `remittance_advice`; vendor = the emisor (the supplier paid; its RFC the tax id; its address only where printed
in full, a bare postal code is none); customer = the receptor (the payer; its address likewise); payment reference = the
Número de operación (the REP's own Serie / Folio and UUID, the related documents' UUIDs, certificate numbers, accounts and
CLABE are decoys); payment date = Fecha de pago; document date = the REP's Fecha de emisión (days after the payment);
invoice ids = every related document's Serie-Folio as printed; allocations = Importe pagado (a partial payment leaves a
Saldo insoluto; the Saldo anterior and the IVA bases are decoys); total = payment amount = Monto of the payment (in its own
currency: the CFDI's Total 0.00 and, for USD, the MXN MontoTotalPagos are decoys).
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eleventh import base64ish
from corpus.holdout.fakes_fourth import MX_REGIMES, mx_company
from corpus.holdout.fakes_nineteenth import MX_BANKS, MX_PAYMENT_FORMS, clabe, folio_fiscal
from corpus.holdout.fakes_seventeenth import other_party
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import LETTER, Box
from corpus.holdout.templates._fifteenth import beside, paged, pts, rows_html
from corpus.holdout.templates._sixteenth import kv_rows

FAMILY = "mx_complemento_pago"
D = Decimal


def _n(value: D) -> str:
    return fmt_number(value, "en")


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["rep_sat_standard", "rep_sat_standard", "rep_erp_compact"])
    vendor = mx_company(rng)
    customer = other_party(rng, mx_company, vendor)
    usd = chance(rng, 0.2)
    currency = "USD" if usd else "MXN"
    pay_day = random_date(rng, date(2023, 1, 9), 1000)
    paid_at = datetime(pay_day.year, pay_day.month, pay_day.day, 12, 0, 0) if chance(rng, 0.6) else \
        datetime(pay_day.year, pay_day.month, pay_day.day, rng.randrange(8, 19), rng.randrange(60), rng.randrange(60))
    issued_day = pay_day + timedelta(days=rng.randrange(0, 10))
    issued_at = datetime(issued_day.year, issued_day.month, issued_day.day, rng.randrange(8, 20), rng.randrange(60), rng.randrange(60))
    certified_at = issued_at + timedelta(seconds=rng.randrange(3, 300))
    count = pick(rng, [1, 1, 2, 2, 3, 4, 5, 7, 9, 14, 22])
    serie = pick(rng, ["A", "F", "FAC", "", "FA", "MTY", "B"])
    sep = pick(rng, ["-", "", " "]) if serie else ""
    start = rng.randrange(100, 60000)
    docs = []
    for k in range(count):
        folio = start + k * rng.randrange(1, 9) + rng.randrange(0, 3)
        ref = f"{serie}{sep}{folio}"
        if any(d["ref"] == ref for d in docs):
            ref = f"{serie}{sep}{folio + 1000}"
        original = money(round(rng.uniform(850, 380000 if not usd else 24000), pick(rng, [0, 2, 2])))
        partial = chance(rng, 0.22)
        part_no = pick(rng, [1, 2, 2, 3]) if partial else 1
        before = original if part_no == 1 else money(original * D(pick(rng, ["0.5", "0.6", "0.7"])))
        paid = money(before * D(pick(rng, ["0.5", "0.3", "0.25", "0.4"]))) if partial and chance(rng, 0.7) else before
        base = money(paid / D("1.16"))
        docs.append({"ref": ref, "uuid": folio_fiscal(rng), "part": part_no, "before": before, "paid": paid, "after": before - paid,
                     "base": base, "iva": paid - base})
    total = sum((d["paid"] for d in docs), D("0.00"))
    rate_fx = D(f"{rng.uniform(16.6, 20.4):.4f}") if usd else D("1")
    bank_o, bank_b = rng.sample(MX_BANKS, 2)
    op = pick(rng, [f"{rng.randrange(10**6, 10**8)}", f"MBAN0100{issued_day.strftime('%y%m%d')}{rng.randrange(10**7, 10**8)}",
                    f"0858{rng.randrange(10**10, 10**11)}", f"SPEI{rng.randrange(10**8, 10**9)}", f"{rng.randrange(10**9, 10**10)}"])
    rep_serie = pick(rng, ["P", "CP", "REP", "PAG"])
    rep_folio = str(rng.randrange(1, 20000))
    rep_uuid = folio_fiscal(rng)
    vendor_full = layout == "rep_sat_standard" and chance(rng, 0.6) or layout == "rep_erp_compact" and chance(rng, 0.3)
    customer_full = chance(rng, 0.35)
    doc = Doc(document_type="remittance_advice", locale="MX", currency=currency, vendor=vendor, customer=customer,
              invoice_ids=[d["ref"] for d in docs], document_date=issued_day, total=total, payment_reference=op, payment_date=pay_day,
              allocations=[(d["ref"], d["paid"]) for d in docs], vendor_address_printed=vendor_full, customer_address_printed=customer_full)

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(6.8, 7.6), table=pick(rng, ["grid", "header_fill", "rules", "boxed"]))
    css = theme.css(".t{font-size:12pt;font-weight:bold} .sec{background:#e4e4e4;font-weight:bold;padding:2pt 4pt} .mono{font-family:Courier;font-size:5.2pt}"
                    " .sub td{font-size:6pt;color:#555}")
    width, height = LETTER
    W = width - 72
    regime_v, regime_c = pick(rng, MX_REGIMES), pick(rng, MX_REGIMES)
    cert = f"0000100000050{rng.randrange(10**6, 10**7)}"
    cert_sat = f"0000100000050{rng.randrange(10**6, 10**7)}"
    stamp_fmt = "%Y-%m-%dT%H:%M:%S" if layout == "rep_sat_standard" else pick(rng, ["%d/%m/%Y %H:%M:%S", "%Y-%m-%d %H:%M:%S"])
    ordering = f"************{rng.randrange(1000, 9999)}"
    beneficiary = clabe(rng, bank_b[1])
    form = pick(rng, MX_PAYMENT_FORMS)
    payment_rows = [("Fecha de pago", paid_at.strftime(stamp_fmt)), ("Forma de pago", form), ("Moneda de pago", currency),
                    ("Tipo de cambio", f"{rate_fx}" if usd else "1"), ("Monto", f"<b>${_n(total)}</b>"), ("Número de operación", f"<b>{op}</b>"),
                    ("RFC banco ordenante", bank_o[2]), ("Cuenta ordenante", ordering), ("RFC banco beneficiario", bank_b[2]), ("Cuenta beneficiaria", beneficiary)]
    mxn_total = money(total * rate_fx)
    totals = [("Total traslados base IVA 16%", _n(money(sum((d["base"] for d in docs), D("0.00")) * rate_fx))),
              ("Total traslados impuesto IVA 16%", _n(money(sum((d["iva"] for d in docs), D("0.00")) * rate_fx))),
              ("Monto total de pagos (MXN)", _n(mxn_total))]
    cadena = f"||1.1|{rep_uuid}|{certified_at.strftime('%Y-%m-%dT%H:%M:%S')}|SAT970701NN3|{base64ish(rng, 60)}|{cert_sat}||"
    seals = (f"<p class='b' style='margin-top:6pt'>Sello digital del CFDI:</p><p class='mono'>{base64ish(rng, 340)}</p>"
             f"<p class='b'>Sello del SAT:</p><p class='mono'>{base64ish(rng, 340)}</p>"
             f"<p class='b'>Cadena original del complemento de certificación digital del SAT:</p><p class='mono'>{esc(cadena)}</p>"
             "<p class='small' style='margin-top:3pt'>Este documento es una representación impresa de un CFDI. Complemento para recepción de pagos versión 2.0.</p>")
    emisor_lines = [esc(x) for x in vendor.address] if vendor_full else []
    receptor_addr = (", ".join(esc(x) for x in customer.address)) if customer_full else customer.extra["cp"]
    title = pick(rng, ["RECIBO ELECTRÓNICO DE PAGO", "CFDI DE PAGO", "COMPROBANTE DE RECEPCIÓN DE PAGOS"])
    numeric = {5, 6, 7}
    if layout == "rep_sat_standard":
        head = ["Id documento", "Serie-Folio", "Moneda", "Equiv.", "Parc.", "Saldo anterior", "Importe pagado", "Saldo insoluto", "Obj. imp."]
        cols = pts(W, 0.27, 0.1, 0.06, 0.06, 0.05, 0.13, 0.13, 0.13, 0.07)
        numeric = {5, 6, 7}
        emisor = (f"<p class='t' style='color:{theme.accent}'>{esc(vendor.name)}</p><p>RFC: <b>{vendor.tax_id}</b></p><p>Régimen fiscal: {regime_v}</p>"
                  + "".join(f"<p>{x}</p>" for x in emisor_lines) + f"<p>Lugar de expedición: {vendor.extra['cp']}</p>")
        box = kv_rows([("Serie", rep_serie), ("Folio", rep_folio), ("Folio fiscal", rep_uuid), ("No. de certificado", cert), ("Certificado SAT", cert_sat),
                       ("Fecha de emisión", issued_at.strftime(stamp_fmt)), ("Fecha de certificación", certified_at.strftime(stamp_fmt)),
                       ("Tipo de comprobante", "P - Pago"), ("Exportación", "01 - No aplica")], (82, 158))
        receptor = ("<p class='sec' style='margin-top:6pt'>Receptor</p>"
                    + kv_rows([("Nombre", f"<b>{esc(customer.name)}</b>"), ("RFC", customer.tax_id), ("Régimen fiscal", regime_c),
                               ("Domicilio fiscal" if customer_full else "Domicilio fiscal receptor", receptor_addr), ("Uso CFDI", "CP01 - Pagos")], (95, W - 95)))
        concept = ("<p class='sec' style='margin-top:5pt'>Conceptos</p><table class='items'><tr><th>Clave prod/serv</th><th>Cantidad</th><th>Clave unidad</th>"
                   "<th>Descripción</th><th style='text-align:right'>Valor unitario</th><th style='text-align:right'>Importe</th><th>Objeto imp.</th></tr>"
                   "<tr><td>84111506</td><td>1</td><td>ACT</td><td>Pago</td><td class='r'>0</td><td class='r'>0</td><td>01</td></tr></table>"
                   + f"<div style='margin-left:{W - 200:.0f}pt'>{rows_html([('Moneda', 'XXX'), ('Subtotal', '0.00'), ('Total', '0.00')], widths=(110, 90), strong_last=False)}</div>")
        pago = "<p class='sec' style='margin-top:5pt'>Complemento de pago · Pago 1</p>" + beside(kv_rows(payment_rows[:6], (95, W / 2 - 100)),
                                                                                              kv_rows(payment_rows[6:], (110, W / 2 - 110)), (W / 2, W / 2))
        first = beside(f"<div style='margin-right:8pt'>{emisor}</div>", f"<p class='b c' style='font-size:10pt'>{title}</p>" + box, (W - 250, 250)) + receptor + concept + pago \
            + "<p class='sec' style='margin-top:5pt'>Documentos relacionados</p>"
        cont = f"<p class='b'>{esc(vendor.name)} · {title} {rep_serie}-{rep_folio} (continuación)</p>"

        def cells(d) -> list[str]:
            return [f"<span style='font-size:6pt'>{d['uuid']}</span>", d["ref"], currency, "1", str(d["part"]), _n(d["before"]), _n(d["paid"]), _n(d["after"]), "02"]

        def extra_row(d) -> str:
            return (f"<tr class='sub'><td colspan='9'>Traslado IVA 002 · Base {_n(d['base'])} · Tasa 0.160000 · Importe {_n(d['iva'])}</td></tr>"
                    if len(docs) <= 9 else "")
    else:
        head = ["Folio fiscal (UUID)", "Serie-Folio", "Moneda", "Parcialidad", "Saldo anterior", "Importe pagado", "Saldo insoluto"]
        cols = pts(W, 0.3, 0.12, 0.07, 0.09, 0.14, 0.14, 0.14)
        numeric = {4, 5, 6}
        band = (f"<table style='width:100%'><tr><td class='band' style='width:{W - 16:.0f}pt'><b>COMPLEMENTO DE PAGO</b> · CFDI 4.0 / Pagos 2.0 · "
                f"Serie {rep_serie} Folio {rep_folio}</td></tr></table>")
        receptor = (f"<p class='b'>Cliente (receptor)</p><p class='b'>{esc(customer.name)}</p><p>RFC {customer.tax_id} · {regime_c}</p>"
                    f"<p>{'Domicilio' if customer_full else 'C.P.'}: {receptor_addr}</p><p>Uso CFDI: CP01 - Pagos</p>")
        emisor = (f"<p class='b'>Emisor</p><p class='b' style='color:{theme.accent}'>{esc(vendor.name)}</p><p>RFC {vendor.tax_id}</p><p>{regime_v}</p>"
                  + "".join(f"<p>{x}</p>" for x in emisor_lines) + f"<p>Lugar de expedición {vendor.extra['cp']}</p>")
        meta = kv_rows([("Folio fiscal", rep_uuid), ("Emisión", issued_at.strftime(stamp_fmt)), ("Certificación", certified_at.strftime(stamp_fmt)),
                        ("Certificado", cert), ("Concepto", "84111506 · ACT · Pago"), ("Total del comprobante", "$0.00 XXX")], (80, W / 3 - 80))
        pago = ("<table style='width:100%;margin-top:6pt'><tr><td class='boxed'>"
                + " · ".join(f"{k}: {v}" for k, v in payment_rows) + "</td></tr></table>")
        first = band + beside(receptor, beside(emisor, meta, (W / 3, W / 3)), (W / 3, 2 * W / 3)) + pago + "<p class='b' style='margin-top:6pt'>Documentos relacionados</p>"
        cont = f"<p class='b'>Complemento de pago {rep_serie} {rep_folio} · continuación</p>"

        def cells(d) -> list[str]:
            return [f"<span style='font-size:6pt'>{d['uuid']}</span>", d["ref"], currency, str(d["part"]), _n(d["before"]), _n(d["paid"]), _n(d["after"])]

        def extra_row(d) -> str:
            return ""
    closing = (f"<div style='margin-left:{W - 260:.0f}pt;margin-top:4pt'>{rows_html(totals, widths=(170, 90))}</div>"
               + (f"<p class='small'>Pago recibido en {currency}; tipo de cambio {rate_fx} MXN/USD. Los totales del complemento se expresan en MXN.</p>" if usd else "")
               + seals)

    def table(chunk) -> str:
        ths = "".join(f"<th style='width:{w};{'text-align:right' if j in numeric else ''}'>{h}</th>" for j, (h, w) in enumerate(zip(head, cols, strict=True)))
        body = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'r' if j in numeric else ''}'>{c}</td>" for j, (c, w) in enumerate(zip(cells(d), cols, strict=True)))
                       + "</tr>" + extra_row(d) for d in chunk)
        return f"<table class='items'><tr>{ths}</tr>{body}</table>"

    qr_side = 70.0
    sheet = paged(width, height, css, (36.0, 30.0, 36.0, 30.0 + qr_side), docs,
                  lambda chunk, page, last: (first if page == 0 else cont) + table(chunk) + (closing if last else ""),
                  footer=lambda p, c: f"<p class='small' style='text-align:right'>Página {p} de {c}</p>", footer_height=12.0)
    last = sheet.pages[-1]
    last.append(Box((36.0, height - 30.0 - qr_side + 4, 36.0 + qr_side - 8, height - 34.0), kind="qr",
                    payload=f"https://verificacfdi.facturaelectronica.sat.gob.mx/default.aspx?id={rep_uuid}&re={vendor.tax_id}&rr={customer.tax_id}&tt=0.00"))
    last.append(Box((36.0 + qr_side, height - 30.0 - qr_side + 6, width - 36.0, height - 44.0),
                    f"<p class='small'>Verifique este comprobante en verificacfdi.facturaelectronica.sat.gob.mx · Folio fiscal {rep_uuid}</p>"))
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1,
                 notes={"rep_uuid": rep_uuid, "rep_folio": f"{rep_serie}-{rep_folio}", "uuids": [d["uuid"] for d in docs], "clabe": beneficiary,
                        "mxn_total": float(mxn_total), "partials": sum(1 for d in docs if d["after"] > 0), "usd": usd})

