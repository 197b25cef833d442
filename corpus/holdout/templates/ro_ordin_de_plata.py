"""Romanian payment orders and payment advices: the ORDIN DE PLATĂ a payer fills in, its bank's confirmation, and the payer's
letter to the supplier, in Romanian, RON, 2023-2025 (invented companies).

Three prints. `ro_op_formular` (the ORDIN DE PLATĂ form: Nr. (= reference) and Data emiterii (= document date), Plătitor with
its CIF, address, IBAN and bank (decoys), Beneficiar with its CIF (= the vendor's tax id) and IBAN, Suma `12.345,67` and Suma în
litere in Romanian words, Reprezentând "c/v fact. DCT 01234 din 12.02.2024" (with each invoice's amount when there are two), the
blank Nr. de evidență a plății, the bank's stamp PROCESAT with its date (= payment date); on some the two copies, "Exemplarul 1 -
pentru bancă" and "Exemplarul 2 - pentru plătitor", on one page), `ro_confirmare_plata` (the payer's bank's CONFIRMARE DE PLATĂ /
Detalii tranzacție: Ordonator and Beneficiar with their IBANs, on some the beneficiary's CIF (= tax id), Suma, Detalii plată
naming the invoices, Data procesării (= payment date), Referință tranzacție (= reference), the OP number and the channel
(decoys), the print's date (= document date); the bank is no party), `ro_instiintare_plata` (the payer's ÎNȘTIINȚARE DE PLATĂ /
NOTIFICARE DE PLATĂ / AVIZ DE PLATĂ: the payer's letterhead with its CIF and Reg. Com. number (decoys), the supplier with, on some,
its CIF, Nr. înștiințare (= reference), Data plății, Cod furnizor (= vendor id), IBAN beneficiar; a table Nr. factură / Data
facturii / Scadența / Valoare / Rețineri / Suma achitată with compensations and penalties withheld and storno invoices negative,
over pages on long runs; Total achitat).

Truth: a `remittance_advice`; vendor = the beneficiary (its address where printed; its CIF as printed where printed); customer =
the payer (its CIF and Reg. Com. decoys); ids = the supplier's invoice numbers; allocations = the amounts paid (after any
reținere; storno negative); total = payment amount = Suma / Total achitat; reference, payment date and the document's date as
printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_tenth import RO_BANKS, ro_iban, ro_party
from corpus.holdout.fakes_twentysixth import RO_SERIES, digits, ro_numbering, words_ro
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import rows_html, single_page
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfifth import kv_left
from corpus.holdout.templates._twentysecond import party_block
from corpus.holdout.templates._twentysixth import letter_paged, ruled_rows

FAMILY = "ro_ordin_de_plata"
D = Decimal
RETINERI = ["compensare", "penalități întârziere", "garanție de bună execuție 5%", "diferență de preț"]


def _rows(rng: random.Random, count: int, paid_on: date, series: str, *, credits: bool = True) -> list[dict]:
    rows = []
    numbering = ro_numbering(rng, series)
    for issued in sorted(paid_on - timedelta(days=rng.randrange(8, 80)) for _ in range(count)):
        credit = credits and count > 2 and bool(rows) and chance(rng, 0.1)
        inv = numbering(issued, credit)
        gross = money(rng.uniform(150, 160000) if not credit else rng.uniform(40, 4000))
        less, reason = D("0.00"), ""
        if not credit and chance(rng, 0.12):
            reason = pick(rng, RETINERI)
            less = money(gross * D("0.05")) if reason.startswith("garanție") else money(rng.uniform(10, min(float(gross) / 4, 5000)))
        if credit:
            gross = -gross
        rows.append({"inv": inv, "date": issued, "due": issued + timedelta(days=pick(rng, [15, 30, 30, 45, 60])), "gross": gross, "less": less,
                     "reason": reason, "paid": gross - less, "credit": credit})
    if sum((r["paid"] for r in rows), D("0.00")) <= 0:
        rows[0]["gross"] += money(20000)
        rows[0]["paid"] += money(20000)
    return rows


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["ro_op_formular", "ro_op_formular", "ro_confirmare_plata", "ro_confirmare_plata", "ro_instiintare_plata", "ro_instiintare_plata"])
    payer, supplier = ro_party(rng), ro_party(rng)
    while supplier.name == payer.name:
        supplier = ro_party(rng)
    payer_cif, sup_cif = payer.tax_id, supplier.tax_id
    payer.tax_id = None
    paid_on = random_date(rng, date(2023, 1, 16), 1000)
    while paid_on.weekday() > 4:
        paid_on += timedelta(days=1)
    series = pick(rng, RO_SERIES)
    pay_code, pay_bank = pick(rng, RO_BANKS[:7])
    sup_code, sup_bank = pick(rng, RO_BANKS[:7])
    pay_iban, sup_iban = ro_iban(rng, pay_code), ro_iban(rng, sup_code)
    grouped = chance(rng, 0.75)

    def n(v):
        return amount(v, "." if grouped else "", ",")

    theme = Theme.pick(rng, size=(7.5, 9.0))
    notes: dict = {"payer_cif": payer_cif, "reg_com": payer.extra["reg_com"], "payer_iban": pay_iban}
    if layout == "ro_op_formular":
        return _form(rng, layout, payer, supplier, payer_cif, sup_cif, paid_on, series, pay_iban, pay_bank, sup_iban, sup_bank, theme, notes, n)
    if layout == "ro_confirmare_plata":
        return _bank(rng, layout, payer, supplier, sup_cif, paid_on, series, pay_iban, pay_bank, sup_iban, theme, notes, n)
    count = pick(rng, [1, 2, 3, 4, 6, 8, 12, 18, 24, 32, 40, 48])
    rows = _rows(rng, count, paid_on, series)
    total = sum((r["paid"] for r in rows), D("0.00"))
    printed = paid_on + timedelta(days=pick(rng, [0, 0, 1, 2]))
    ref = pick(rng, [f"NP-{paid_on.year}-{rng.randrange(1, 9999):04d}", f"{rng.randrange(1, 999)}/{fmt_date(paid_on, 'dmy_dot')}", f"PLT{rng.randrange(100000, 999999)}"])
    vendor_no = pick(rng, [f"F{rng.randrange(1000, 99999):05d}", f"{rng.randrange(400000, 499999)}", f"FURN-{rng.randrange(100, 9999)}", None])
    show_cif = chance(rng, 0.5)
    supplier.tax_id = sup_cif if show_cif else None
    doc = Doc(document_type="remittance_advice", locale="RO", currency="RON", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=printed, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_id=vendor_no)
    long_date = chance(rng, 0.35)
    title = pick(rng, ["ÎNȘTIINȚARE DE PLATĂ", "NOTIFICARE DE PLATĂ", "AVIZ DE PLATĂ", "Înștiințare de plată"])
    width, height = A4
    W = width - 72
    cur = pick(rng, ["lei", "RON"])
    meta = [(pick(rng, ["Nr. înștiințare:", "Nr. notificare:", "Număr aviz:"]), ref), ("Data plății:", fmt_date(paid_on, "dmy_dot"))]
    if vendor_no:
        meta.append((pick(rng, ["Cod furnizor:", "Cod partener:"]), vendor_no))
    meta.append(("IBAN beneficiar:", sup_iban))
    payer_ids = [f"CIF: {payer_cif}", f"Reg. Com.: {payer.extra['reg_com']}"]
    left = party_block("", payer, payer_ids, big=True)
    right = f"<p class='muted small'>{pick(rng, ['Către:', 'Furnizor:', 'Beneficiar:'])}</p>" + party_block("", supplier, [f"CIF: {sup_cif}"] if show_cif else [])
    place = f"{esc(payer.extra['city'])}, {fmt_date(printed, 'd_month_y', 'ro') if long_date else fmt_date(printed, 'dmy_dot')}"
    intro = (f"Vă informăm că în data de {fmt_date(paid_on, 'dmy_dot')} am efectuat plata sumei de {n(total)} {cur} în contul dumneavoastră "
             f"{sup_iban} deschis la {esc(sup_bank)}, reprezentând contravaloarea următoarelor documente:")
    first = (f"<table><tr><td style='width:{W * 0.52:.0f}pt'>{left}</td><td style='width:{W * 0.44:.0f}pt'><p class='r'>{place}</p>"
             f"<div class='box' style='margin-top:6pt'>{right}</div></td></tr></table>"
             + f"<p class='tt' style='margin-top:10pt'>{title}</p>"
             + f"<div style='margin-top:4pt'>{rows_html([(k, f'<b>{v}</b>') for k, v in meta], strong_last=False, widths=(110, 260))}</div>"
             + f"<p style='margin-top:6pt'>{pick(rng, ['Stimate partener,', 'Stimată doamnă / Stimate domn,'])}</p><p>{intro}</p>")
    show_less = any(r["less"] for r in rows)
    show_due = chance(rng, 0.5)
    head = ["Nr. crt.", "Nr. factură", "Data facturii"] + (["Scadența"] if show_due else []) + ["Valoare factură"] + (["Rețineri"] if show_less else []) + ["Suma achitată"]
    fr = [0.07, 0.2, 0.13] + ([0.13] if show_due else []) + [0.15] + ([0.2] if show_less else []) + [0.15]
    numeric = {0} | set(range(len(head) - 2 - (1 if show_less else 0), len(head)))
    for i, r in enumerate(rows):
        r["nr"] = i + 1

    def cells(r):
        out = [str(r["nr"]), esc(r["inv"]) + (" <span class='small'>(storno)</span>" if r["credit"] else ""), fmt_date(r["date"], "dmy_dot")]
        if show_due:
            out.append(fmt_date(r["due"], "dmy_dot"))
        out.append(n(r["gross"]))
        if show_less:
            out.append(f"{n(r['less'])}<br/><span class='small'>{esc(r['reason'])}</span>" if r["less"] else "")
        return out + [n(r["paid"])]

    closing = (f"<p class='b' style='text-align:right;margin-top:8pt'>Total achitat: {n(total)} {cur}</p>"
               + f"<p class='small' style='margin-top:6pt'>Pentru orice neclaritate vă rugăm să ne contactați la {esc(payer.email or '')} sau {esc(payer.phone or '')}.</p>"
               + f"<p style='margin-top:8pt'>Cu stimă,</p><p>{pick(rng, ['Ec. Maria Popescu', 'Andrei Ionescu', 'Elena Stoica', 'Ioana Marin'])}</p>"
               + "<p class='small'>Departament financiar-contabil</p>")
    notes["payer_ids"] = payer_ids
    return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=numeric, rows=rows, cells=cells, closing=closing,
                        cont=f"{title} {ref} (continuare)", footer_text="Pagina", notes=notes)


def _represent(rows: list[dict], n) -> str:
    if len(rows) == 1:
        return f"c/v fact. {rows[0]['inv']} din {fmt_date(rows[0]['date'], 'dmy_dot')}"
    return "c/v fact. " + "; ".join(f"{r['inv']} - {n(r['paid'])}" for r in rows)


def _form(rng, layout, payer, supplier, payer_cif, sup_cif, paid_on, series, pay_iban, pay_bank, sup_iban, sup_bank, theme, notes, n) -> Built:
    count = pick(rng, [1, 1, 1, 2])
    rows = _rows(rng, count, paid_on, series, credits=False)
    total = sum((r["paid"] for r in rows), D("0.00"))
    issued = paid_on - timedelta(days=pick(rng, [0, 0, 0, 1, 2]))
    op_no = str(rng.randrange(1, 2500))
    plain_cif = sup_cif.removeprefix("RO") if chance(rng, 0.7) else sup_cif
    supplier.tax_id = plain_cif
    payer_address, supplier_address = chance(rng, 0.7), chance(rng, 0.55)
    doc = Doc(document_type="remittance_advice", locale="RO", currency="RON", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=issued, total=total, payment_reference=op_no, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_address_printed=supplier_address, customer_address_printed=payer_address)
    css = theme.css(".op td{border:0.6pt solid #444;padding:2pt 4pt} .lab{font-size:6.5pt;color:#555} .stamp{border:1.4pt solid #1a3c8c;color:#1a3c8c;"
                    "padding:3pt 6pt;font-weight:bold;text-align:center} .ttl{font-size:13pt;font-weight:bold;letter-spacing:1pt}")
    width, height = A4
    W = width - 72
    payer_cif_printed = payer_cif.removeprefix("RO") if plain_cif != sup_cif else payer_cif
    words = words_ro(total)

    def copy(label: str) -> str:
        w1, w2 = W * 0.5 - 8, W * 0.5 - 8

        def cell(lab, val, w):
            return f"<td style='width:{w:.0f}pt'><p class='lab'>{lab}</p><p>{val}</p></td>"

        rows_h = [
            f"<tr>{cell('Plătitor', f'<b>{esc(payer.name)}</b>', w1)}{cell('CIF plătitor', payer_cif_printed, w2)}</tr>",
            (f"<tr>{cell('Adresa', esc(', '.join(payer.address)), w1)}{cell('Cod IBAN', pay_iban, w2)}</tr>" if payer_address
             else f"<tr>{cell('Cod IBAN', pay_iban, w1)}{cell('la (banca / trezoreria)', esc(pay_bank), w2)}</tr>"),
            f"<tr>{cell('Beneficiar', f'<b>{esc(supplier.name)}</b>', w1)}{cell('CIF beneficiar', plain_cif, w2)}</tr>",
            (f"<tr>{cell('Adresa', esc(', '.join(supplier.address)), w1)}{cell('Cod IBAN', sup_iban, w2)}</tr>" if supplier_address
             else f"<tr>{cell('Cod IBAN', sup_iban, w1)}{cell('la (banca / trezoreria)', esc(sup_bank), w2)}</tr>"),
            f"<tr>{cell('Suma', f'<b>{n(total)} RON</b>', w1)}{cell('Nr. de evidență a plății', '&#160;', w2)}</tr>",
            f"<tr><td colspan='2' style='width:{W - 8:.0f}pt'><p class='lab'>Suma în litere</p><p>{words}</p></td></tr>",
            f"<tr><td colspan='2' style='width:{W - 8:.0f}pt'><p class='lab'>Reprezentând</p><p>{esc(_represent(rows, n))}</p></td></tr>",
        ]
        head = (f"<table><tr><td style='width:{W * 0.62:.0f}pt'><p class='ttl'>ORDIN DE PLATĂ</p><p>Nr. <b>{op_no}</b></p></td>"
                f"<td style='width:{W * 0.34:.0f}pt'><p class='r'>Data emiterii: <b>{fmt_date(issued, 'dmy_dot')}</b></p><p class='r small'>{label}</p></td></tr></table>")
        stamp = (f"<table style='margin-top:4pt'><tr><td style='width:{W * 0.6:.0f}pt'><p class='small'>Semnătura și ștampila plătitorului</p></td>"
                 f"<td style='width:{W * 0.36:.0f}pt'><div class='stamp'><p>{esc(pay_bank.upper())}</p><p>PROCESAT</p><p>{fmt_date(paid_on, 'dmy_dot')}</p></div></td></tr></table>")
        return head + "<table class='op'>" + "".join(rows_h) + "</table>" + stamp

    two = chance(rng, 0.4)
    html = copy("Exemplarul 1 - pentru bancă" if two else "")
    if two:
        html += "<p style='margin:10pt 0;border-top:0.8pt dashed #777'></p>" + copy("Exemplarul 2 - pentru plătitor")
    notes.update({"op_no": op_no, "words": words, "two_copies": two, "payer_cif_printed": payer_cif_printed})
    sheet = single_page(layout, width, height, css, [Box((36, 40, width - 36, height - 40), html)])
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes)


def _bank(rng, layout, payer, supplier, sup_cif, paid_on, series, pay_iban, pay_bank, sup_iban, theme, notes, n) -> Built:
    count = pick(rng, [1, 1, 1, 2, 3])
    rows = _rows(rng, count, paid_on, series, credits=False)
    total = sum((r["paid"] for r in rows), D("0.00"))
    generated = paid_on + timedelta(days=pick(rng, [0, 0, 0, 1, 2]))
    ref = pick(rng, [f"RO{paid_on.strftime('%y%m%d')}{digits(rng, 8)}", f"{digits(rng, 12)}", f"FT{paid_on.strftime('%y%j')}{digits(rng, 6)}"])
    op_no = str(rng.randrange(1, 2500))
    show_cif = chance(rng, 0.5)
    plain = sup_cif.removeprefix("RO")
    supplier.tax_id = plain if show_cif else None
    payer_address = chance(rng, 0.4)
    doc = Doc(document_type="remittance_advice", locale="RO", currency="RON", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=generated, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_address_printed=False, customer_address_printed=payer_address)
    css = theme.css(".bank{font-size:14pt;font-weight:bold} .sec{background:#ececec;font-weight:bold;padding:2pt 4pt;margin-top:8pt}")
    width, height = A4
    W = width - 100
    style = pick(rng, ["kv_left", "rows", "ruled"])

    def kv(pairs):
        if style == "rows":
            return rows_html(pairs, strong_last=False, widths=(150, W - 160))
        return kv_left(pairs, (150, W - 160)) if style == "kv_left" else ruled_rows(pairs, (150, W - 160))

    details = (pick(rng, ["Contravaloare factura ", "Plata factura ", "c/v fact. "]) + rows[0]["inv"]) if count == 1 else \
        "Facturi: " + "; ".join(f"{r['inv']} {n(r['paid'])}" for r in rows)
    sender = [("Ordonator", f"<b>{esc(payer.name)}</b>")] + ([("Adresa ordonator", esc(", ".join(payer.address)))] if payer_address else []) \
        + [("IBAN ordonator", pay_iban)]
    receiver = [("Beneficiar", f"<b>{esc(supplier.name)}</b>")] + ([("CIF beneficiar", plain)] if show_cif else []) + [("IBAN beneficiar", sup_iban)]
    op = [("Tip plată", pick(rng, ["Plată în lei - altă bancă", "Plată instant", "Transfer intrabancar"])), ("Suma", f"<b>{n(total)} RON</b>"),
          ("Detalii plată", esc(details)), ("Data procesării", fmt_date(paid_on, "dmy_dot")), ("Referință tranzacție", ref), ("Număr OP", op_no),
          ("Canal", pick(rng, ["Internet Banking", "Mobile Banking", "Multicash"])), ("Stare", pick(rng, ["Procesată", "Finalizată"]))]
    title = pick(rng, ["CONFIRMARE DE PLATĂ", "Confirmare plată", "Detalii tranzacție"])
    body = (f"<p class='bank accent'>{esc(pay_bank)}</p><p class='b' style='margin-top:10pt;font-size:12pt'>{title}</p>"
            + f"<p>Generat la: {fmt_date(generated, 'dmy_dot')} {rng.randrange(7, 22):02d}:{rng.randrange(60):02d}</p>"
            + "<p class='sec'>Ordonator</p>" + kv(sender) + "<p class='sec'>Beneficiar</p>" + kv(receiver) + "<p class='sec'>Detalii tranzacție</p>" + kv(op)
            + "<p class='small muted' style='margin-top:14pt'>Document generat electronic, valabil fără semnătură și ștampilă.</p>")
    notes.update({"op_no": op_no, "details": details})
    sheet = single_page(layout, width, height, css, [Box((50, 46, width - 50, height - 46), body)])
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes)
