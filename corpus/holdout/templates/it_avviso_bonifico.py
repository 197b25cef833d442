"""Italian payment advices: what an Italian payer sends its supplier when it has paid by SEPA transfer (bonifico), in Italian, EUR,
2023-2025 (invented companies and banks).

Three prints. `it_avviso_pagamento` (the payer's accounts-payable letter AVVISO DI PAGAMENTO / COMUNICAZIONE DI AVVENUTO
PAGAMENTO: the payer's letterhead with its P.IVA, C.F. and REA (decoys), "Spett.le" and the supplier with its address and, on
some, its P.IVA (= the vendor's tax id), N. pagamento / N. distinta (= reference), Data esecuzione (= payment date), Valuta
beneficiario (decoy date), Codice fornitore (= vendor id), the letter's "Milano, 15 marzo 2024" (= date); a table N. documento /
Data documento / Ns. protocollo (the payer's own registration number, decoy) / Importo / Ritenuta d'acconto / Abbuono /
Importo pagato, note di credito negative, over pages on long runs; Totale pagato), `it_contabile_bonifico` (the payer's bank's
CONTABILE DI BONIFICO SEPA forwarded to the supplier: Ordinante and Beneficiario with their IBANs, Importo, Commissioni and
Totale addebitato (decoys), Data esecuzione (= payment date), Data regolamento (decoy), TRN (= reference), CRO and N. ordine
(decoys), Causale "SALDO FT. N. 123/2024 DEL 15/01/2024" or several invoices with their amounts; the bank is no party),
`it_email_avviso` (an e-mail "Oggetto: Avviso di pagamento" from the payer's accounts office: Codice fornitore, Riferimento
pagamento (= reference), the list of invoices with the amounts paid, the payer's signature with its address and P.IVA).

Truth: a `remittance_advice`; vendor = the supplier paid (its address where printed; its P.IVA as tax id only where the letter
prints it); customer = the payer (its address where printed; its P.IVA / C.F. / REA decoys); ids = the supplier's invoice and
credit note numbers as printed (the payer's protocol numbers are not ids); allocations = the amounts actually paid (after the
20 % ritenuta d'acconto withheld on a professional's fees and any abbuono; credit notes negative); total = payment amount =
Totale pagato / Importo; reference, payment date and the advice's date as printed (the CRO a decoy).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import iban, make_company, person_name
from corpus.holdout.fakes_twentyfourth import IT_BANKS, it_cro, it_trn
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import pts, rows_html, single_page
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfirst import build_paged
from corpus.holdout.templates._twentysecond import party_block

FAMILY = "it_avviso_bonifico"
D = Decimal
PROFESSIONS = ["Studio Tecnico", "Studio Legale", "Studio Commercialista", "Studio Associato", "Architetto", "Ing."]


def _number(rng: random.Random, year: int) -> str:
    return pick(rng, [f"{rng.randrange(1, 2400)}/{year}", f"{rng.randrange(1, 2400)}/{year % 100}", f"FPR {rng.randrange(1, 400)}/{year % 100}",
                      f"{year}/{rng.randrange(1, 9999):04d}", f"V2-{rng.randrange(1, 99999):06d}", f"{rng.randrange(1, 999)}"])


def _rows(rng: random.Random, count: int, paid_on: date, professional: bool) -> list[dict]:
    rows, used = [], set()
    while len(rows) < count:
        inv = _number(rng, (paid_on - timedelta(days=40)).year)
        if inv in used:
            continue
        credit = count > 2 and bool(rows) and chance(rng, 0.1)
        if credit:
            inv = f"NC {rng.randrange(1, 200)}/{paid_on.year % 100}"
            if inv in used:
                continue
        used.add(inv)
        net = money(rng.uniform(120, 9000) if professional else rng.uniform(80, 26000))
        gross = money(net * D("1.22"))
        ritenuta = money(net * D("0.20")) if professional and not credit else D("0.00")
        abbuono = money(rng.uniform(0.01, 4.99)) if not credit and chance(rng, 0.1) else D("0.00")
        if credit:
            gross, ritenuta = -money(gross * D(pick(rng, ["0.1", "0.25", "0.5"]))), D("0.00")
        rows.append({"inv": inv, "date": paid_on - timedelta(days=rng.randrange(20, 120)), "gross": gross, "rit": ritenuta, "abb": abbuono,
                     "paid": gross - ritenuta - abbuono, "credit": credit, "prot": f"{rng.randrange(1, 9999)}/{pick(rng, ['A', 'V', 'AC', ''])}".rstrip("/")})
    if sum((r["paid"] for r in rows), D("0.00")) <= 0:
        rows[0]["gross"] += money(3000)
        rows[0]["paid"] += money(3000)
    return rows


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["it_avviso_pagamento", "it_avviso_pagamento", "it_contabile_bonifico", "it_email_avviso"])
    payer = make_company(rng, "IT")
    professional = chance(rng, 0.3)
    supplier = make_company(rng, "IT")
    if professional:
        supplier.name = f"{pick(rng, PROFESSIONS)} {person_name(rng, 'IT')}"
    while supplier.name == payer.name:
        supplier = make_company(rng, "IT")
    paid_on = random_date(rng, date(2023, 1, 16), 1000)
    while paid_on.weekday() > 4:
        paid_on += timedelta(days=1)
    if layout == "it_contabile_bonifico":
        count = pick(rng, [1, 1, 1, 2, 3])
    elif layout == "it_email_avviso":
        count = pick(rng, [1, 2, 3, 4, 5])
    else:
        count = pick(rng, [1, 2, 3, 4, 6, 8, 12, 18, 28, 40, 56])
    rows = _rows(rng, count, paid_on, professional)
    total = sum((r["paid"] for r in rows), D("0.00"))
    bank, abi, bic = pick(rng, IT_BANKS)
    sup_iban = iban(rng, "IT")
    payer_piva = payer.tax_id
    payer.tax_id = None
    theme = Theme.pick(rng, size=(7.5, 9.0))
    width, height = A4
    W = width - 72

    def n(v):
        return amount(v, ".", ",")

    def d(x):
        return fmt_date(x, "dmy_slash")

    notes: dict = {"payer_piva": payer_piva, "protocols": [r["prot"] for r in rows], "supplier_iban": sup_iban}
    if layout == "it_contabile_bonifico":
        return _contabile(rng, layout, payer, supplier, rows, total, paid_on, bank, abi, bic, sup_iban, theme, notes, n, d)
    printed = paid_on - timedelta(days=pick(rng, [0, 1, 2, 3]))
    ref = pick(rng, [f"PAG/{paid_on.year}/{rng.randrange(1, 9999):05d}", f"{paid_on.year}{rng.randrange(1, 99999):06d}", f"D{paid_on.strftime('%y%m%d')}-{rng.randrange(1, 99)}"])
    vendor_no = pick(rng, [f"F{rng.randrange(1000, 99999)}", f"{rng.randrange(40000, 49999)}", None])
    show_piva = layout == "it_avviso_pagamento" and chance(rng, 0.5)
    supplier_piva = supplier.tax_id
    if not show_piva:
        supplier.tax_id = None
    email = layout == "it_email_avviso"
    doc = Doc(document_type="remittance_advice", locale="IT", currency="EUR", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=printed, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_id=vendor_no, vendor_address_printed=not email, customer_address_printed=True)
    city = payer.address[-1].split(" ", 1)[1].split(" (")[0]
    payer_ids = [f"P.IVA IT{payer_piva} - C.F. {payer_piva}", f"REA {payer.extra['rea']}"]
    notes["payer_ids"] = payer_ids
    if email:
        return _email(rng, layout, doc, payer, supplier, rows, total, paid_on, printed, ref, vendor_no, sup_iban, payer_ids, theme, notes, n, d)
    css = theme.css(".tt{font-size:14pt;font-weight:bold} .box{border:0.8pt solid #666;padding:5pt} .t{font-size:13pt;font-weight:bold}")
    title = pick(rng, ["AVVISO DI PAGAMENTO", "COMUNICAZIONE DI AVVENUTO PAGAMENTO", "AVVISO DI BONIFICO"])
    ref_label = pick(rng, ["N. pagamento", "N. distinta", "Rif. pagamento"])
    meta = [(ref_label, ref), ("Data esecuzione", d(paid_on)), ("Valuta beneficiario", d(paid_on + timedelta(days=1)))]
    if vendor_no:
        meta.append(("Codice fornitore", vendor_no))
    left = party_block("", payer, payer_ids + [f"Tel. {payer.phone}"], big=True)
    sup_rows = [f"P.IVA {supplier_piva}"] if show_piva else []
    right = f"<p class='muted small'>Spett.le</p>{party_block('', supplier, sup_rows)}"
    intro = (f"{esc(city)}, {fmt_date(printed, 'd_month_y', 'it')}</p><p class='tt' style='margin-top:8pt'>{title}</p>"
             f"<p style='margin-top:4pt'>Vi comunichiamo di aver disposto in data {d(paid_on)} un bonifico a Vostro favore sul conto "
             f"IBAN {sup_iban} presso {esc(pick(rng, [b[0] for b in IT_BANKS]))}, a saldo delle seguenti partite:")
    first = (f"<table><tr><td style='width:{W * 0.52:.0f}pt'>{left}</td><td style='width:{W * 0.44:.0f}pt'><div class='box'>{right}</div></td></tr></table>"
             + f"<div style='margin-top:8pt'>{rows_html([(k, f'<b>{v}</b>') for k, v in meta], strong_last=False, widths=(130, 150))}</div>"
             + f"<p style='margin-top:8pt'>{intro}</p>")
    show_rit = any(r["rit"] for r in rows)
    show_abb = any(r["abb"] for r in rows)
    head = ["N. documento", "Data doc.", "Ns. protocollo", "Importo"] + (["Ritenuta d'acconto"] if show_rit else []) + (["Abbuono"] if show_abb else []) + ["Importo pagato"]
    fr = [0.2, 0.13, 0.14, 0.15] + ([0.15] if show_rit else []) + ([0.1] if show_abb else []) + [0.15]
    numeric = set(range(3, len(head)))

    def cells(r):
        out = [esc(r["inv"]) + (" <span class='small'>(nota di credito)</span>" if r["credit"] else ""), d(r["date"]), esc(r["prot"]), n(r["gross"])]
        if show_rit:
            out.append(n(r["rit"]) if r["rit"] else "")
        if show_abb:
            out.append(n(r["abb"]) if r["abb"] else "")
        return out + [n(r["paid"])]

    closing = (f"<p class='b' style='text-align:right;margin-top:8pt'>Totale pagato: EUR {n(total)}</p>"
               + ("<p class='small' style='margin-top:6pt'>La ritenuta d'acconto del 20% sarà versata nei termini di legge; la relativa certificazione "
                  "unica Vi sarà inviata entro il 16 marzo dell'anno successivo.</p>" if show_rit else "")
               + f"<p class='small' style='margin-top:6pt'>Per eventuali chiarimenti: {esc(payer.email or '')} - Ufficio Contabilità Fornitori</p>"
               + "<p style='margin-top:10pt'>Distinti saluti</p>")
    return build_paged(doc, layout, width, height, css, first, head, pts(W, *fr), numeric, rows, cells, closing, cont=f"{title} - {ref} (segue)",
                       footer_text="Pagina", notes=notes)


def _email(rng, layout, doc, payer, supplier, rows, total, paid_on, printed, ref, vendor_no, sup_iban, payer_ids, theme, notes, n, d) -> Built:
    css = theme.css(".hdr td{padding:1pt 4pt} .mail{border-bottom:0.8pt solid #999;margin-bottom:8pt}")
    width, height = A4
    sender = f"contabilita.fornitori@{payer.email.split('@')[1]}" if payer.email else "contabilita@example.it"
    header = ("<table class='hdr mail'>"
              + f"<tr><td class='b'>Da:</td><td>Ufficio Contabilità {esc(payer.name)} &lt;{sender}&gt;</td></tr>"
              + f"<tr><td class='b'>Inviato:</td><td>{fmt_date(printed, 'd_month_y', 'it')} {rng.randrange(8, 18)}:{rng.randrange(60):02d}</td></tr>"
              + f"<tr><td class='b'>A:</td><td>{esc(supplier.email or 'amministrazione@example.it')}</td></tr>"
              + f"<tr><td class='b'>Oggetto:</td><td>Avviso di pagamento - rif. {ref}</td></tr></table>")
    items = "".join(f"<p>- {'Nota di credito' if r['credit'] else 'Fattura'} n. {esc(r['inv'])} del {d(r['date'])}: € {n(r['paid'])}"
                    + (f" (al netto di ritenuta d'acconto € {n(r['rit'])})" if r["rit"] else "") + "</p>" for r in rows)
    body = (f"<p>Gentile {esc(supplier.name)},</p>"
            + f"<p style='margin-top:6pt'>con la presente Vi informiamo che in data {d(paid_on)} abbiamo disposto bonifico SEPA a Vostro favore "
            + f"per complessivi € {n(total)} sull'IBAN {sup_iban}.</p>"
            + (f"<p>Codice fornitore: {vendor_no}</p>" if vendor_no else "")
            + f"<p>Riferimento pagamento: {ref}</p><p style='margin-top:6pt'>Dettaglio delle partite saldate:</p>{items}"
            + "<p style='margin-top:8pt'>Cordiali saluti</p>"
            + f"<p style='margin-top:6pt'>{pick(rng, ['Giulia', 'Marco', 'Francesca', 'Luca'])} {pick(rng, ['Rossi', 'Colombo', 'Ricci', 'Greco'])}</p>"
            + f"<p>Ufficio Contabilità Fornitori</p><p class='b'>{esc(payer.name)}</p>"
            + "".join(f"<p class='small'>{esc(x)}</p>" for x in payer.address) + "".join(f"<p class='small'>{x}</p>" for x in payer_ids))
    sheet = single_page(layout, width, height, css, [Box((54, 50, width - 54, height - 50), header + body)])
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes)


def _contabile(rng, layout, payer, supplier, rows, total, paid_on, bank, abi, bic, sup_iban, theme, notes, n, d) -> Built:
    created = paid_on - timedelta(days=pick(rng, [0, 0, 1]))
    trn = it_trn(rng, abi, paid_on)
    cro = it_cro(rng)
    order = f"{rng.randrange(10**8, 10**9)}"
    fee = D(pick(rng, ["0.00", "0.50", "1.00", "1.50", "2.50"]))
    if len(rows) == 1:
        r = rows[0]
        causale = pick(rng, [f"SALDO FT. N. {r['inv']} DEL {d(r['date'])}", f"PAGAMENTO FATTURA N. {r['inv']}", f"FATT. {r['inv']} DEL {d(r['date'])}"])
    else:
        causale = "PAGAMENTO FATTURE " + " - ".join(f"N. {r['inv']} EUR {n(r['paid'])}" for r in rows)
    payer_address = chance(rng, 0.5)
    supplier_address = chance(rng, 0.4)
    supplier.tax_id = None
    doc = Doc(document_type="remittance_advice", locale="IT", currency="EUR", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=created, total=total, payment_reference=trn, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_address_printed=supplier_address, customer_address_printed=payer_address)
    payer_iban = iban(rng, "IT")
    css = theme.css(".bank{font-size:14pt;font-weight:bold} .sec{background:#e9e9e9;font-weight:bold;padding:2pt 4pt;margin-top:8pt}")
    width, height = A4
    W = width - 100

    def kv(pairs):
        return rows_html(pairs, strong_last=False, widths=(150, W - 160))

    ordinante = [("Ordinante", f"<b>{esc(payer.name)}</b>")] + ([("Indirizzo", esc(", ".join(payer.address)))] if payer_address else []) + [("IBAN ordinante", payer_iban)]
    beneficiario = [("Beneficiario", f"<b>{esc(supplier.name)}</b>")] + ([("Indirizzo beneficiario", esc(", ".join(supplier.address)))] if supplier_address else []) + \
        [("IBAN beneficiario", sup_iban), ("BIC banca beneficiario", pick(rng, [b[2] for b in IT_BANKS]) + "XXX")]
    body = (f"<p class='bank accent'>{esc(bank)}</p><p class='small'>Filiale di {esc(payer.address[-1].split(' ', 1)[1].split(' (')[0])} - ABI {abi} - BIC {bic}XXX</p>"
            + f"<p class='b' style='margin-top:10pt;font-size:12pt'>{pick(rng, ['CONTABILE DI BONIFICO SEPA', 'RICEVUTA DI BONIFICO SEPA - ESEGUITO', 'ESITO DISPOSIZIONE DI BONIFICO'])}</p>"
            + f"<p>Data creazione: {d(created)} {rng.randrange(8, 19):02d}:{rng.randrange(60):02d}</p>"
            + "<p class='sec'>Dati ordinante</p>" + kv(ordinante)
            + "<p class='sec'>Dati beneficiario</p>" + kv(beneficiario)
            + "<p class='sec'>Dati operazione</p>"
            + kv([("Importo", f"<b>EUR {n(total)}</b>"), ("Commissioni", f"EUR {n(fee)}"), ("Totale addebitato", f"EUR {n(total + fee)}"),
                  ("Data esecuzione", d(paid_on)), ("Data regolamento", d(paid_on + timedelta(days=1))), ("TRN", trn), ("CRO", cro),
                  ("N. ordine", order), ("Causale", esc(causale))])
            + "<p class='small muted' style='margin-top:14pt'>Documento generato dal servizio di home banking. Il presente documento non costituisce "
            + "quietanza liberatoria: l'accredito al beneficiario avviene secondo i tempi del circuito SEPA.</p>")
    notes.update({"cro": cro, "order": order, "fee": float(fee), "causale": causale})
    sheet = single_page(layout, width, height, css, [Box((50, 46, width - 50, height - 46), body)])
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes)
