"""Lithuanian payment advices: a payer's MOKĖJIMO PRANEŠIMAS letter or e-mail listing the invoices (sąskaitos faktūros) a transfer
settles, with a discount (nuolaida) or a set-off (užskaita) and credit invoices (kreditinės sąskaitos), and the internet bank's
MOKĖJIMO NURODYMAS printed as a form, in euros, 2023-2025 (invented companies).

Three prints. `lt_pranesimas_laiskas` (the payer's letterhead with its įmonės kodas and PVM mokėtojo kodas (decoys), the supplier
as addressee with its PVM mokėtojo kodas where printed (= tax id), the place and ISO date of the letter (= document date),
"Pranešimo Nr." (= reference), "Mokėjimo data" (= payment date), Sąskaitos Nr. / Data / Suma / Nuolaida, užskaita / Sumokėta with
series numbers `VLN000456`, "Iš viso sumokėta" and the sum in words), `lt_pranesimas_el_laiskas` (a printed e-mail: Nuo / Kam /
Data / Tema naming the notice number (= reference), the invoices in a plain table, the payer's signature with its address and
codes (decoys); no supplier address), `lt_mokejimo_nurodymas` (the bank's form: the order number and its date (decoys; the date
is also the execution date), Mokėtojas / Mokėtojo kodas / sąskaita / bankas, Gavėjas / Gavėjo kodas (the payee's company code:
a decoy) / sąskaita / bankas, Suma, Valiuta, Mokėjimo paskirtis naming the invoice, an empty Įmokos kodas, Operacijos Nr. (=
reference), Būsena).

Truth: a `remittance_advice`; vendor = the payee (its PVM code only where printed), customer = the payer; allocations = the
amounts paid per invoice (credit invoices negative); total = the amount transferred.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_thirteenth import lt_party, words_lt
from corpus.holdout.fakes_twentyeighth import lt_invoice_numbering, lt_operation_number
from corpus.holdout.fakes_twentysixth import digits
from corpus.holdout.money import fmt_date, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyeighth import form_grid, form_page, mail_header
from corpus.holdout.templates._twentysecond import party_block
from corpus.holdout.templates._twentyseventh import advice_rows
from corpus.holdout.templates._twentysixth import letter_paged

FAMILY = "lt_mokejimo_pranesimas"
D = Decimal
SIGNERS = ["Rūta Petrauskienė", "Tomas Jankauskas", "Eglė Žukauskaitė", "Mantas Vasiliauskas", "Lina Stankevičiūtė", "Darius Kazlauskas"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["lt_pranesimas_laiskas", "lt_pranesimas_laiskas", "lt_pranesimas_el_laiskas", "lt_mokejimo_nurodymas"])
    payer, supplier = lt_party(rng), lt_party(rng)
    while supplier.name == payer.name:
        supplier = lt_party(rng)
    payer_vat, sup_vat = payer.tax_id, supplier.tax_id
    payer.tax_id = None
    paid_on = random_date(rng, date(2023, 1, 16), 1000)
    while paid_on.weekday() > 4:
        paid_on += timedelta(days=1)
    thousands = pick(rng, [" ", " ", ""])

    def n(v):
        return amount(v, thousands, ",")

    def d(x):
        return fmt_date(x, "iso")

    numbering = lt_invoice_numbering(rng)
    theme = Theme.pick(rng, size=(7.5, 9.0))
    payer_ids = [f"Įmonės kodas: {payer.extra['company_code']}", f"PVM mokėtojo kodas: {payer_vat}"]
    notes: dict = {"payer_vat": payer_vat, "payer_ids": payer_ids, "payee_code": supplier.extra["company_code"]}
    width, height = A4
    W = width - 72
    if layout == "lt_mokejimo_nurodymas":
        rows = advice_rows(rng, 1, paid_on, numbering, low=50, high=32000)
        total = rows[0]["gross"]
        inv = rows[0]["inv"]
        supplier.tax_id = None
        ref = lt_operation_number(rng, paid_on)
        order = str(rng.randrange(1, 2500))
        doc = Doc(document_type="remittance_advice", locale="LT", currency="EUR", vendor=supplier, customer=payer, invoice_ids=[inv], document_date=paid_on,
                  total=total, payment_reference=ref, payment_date=paid_on, allocations=[(inv, total)], vendor_address_printed=False,
                  customer_address_printed=chance(rng, 0.5))
        purpose = pick(rng, ["Apmokėjimas pagal SF ", "Už prekes pagal sąskaitą ", "PVM SF Nr. ", "Sąskaita "]) + inv
        payer_cell = esc(payer.name) + (f"<br/>{esc(', '.join(payer.address))}" if doc.customer_address_printed else "")
        grid = form_grid([[("Mokėjimo nurodymo Nr.", order, 0.34), ("Data", d(paid_on), 0.33), ("Skubumas", pick(rng, ["Įprastas", "SEPA momentinis"]), 0.33)],
                          [("Mokėtojas", payer_cell, 0.66), ("Mokėtojo kodas", payer.extra["company_code"], 0.34)],
                          [("Mokėtojo sąskaita", payer.extra["iban"], 0.66), ("Mokėtojo bankas", esc(payer.extra["bank"]), 0.34)],
                          [("Gavėjas", f"{esc(supplier.name)}", 0.66), ("Gavėjo kodas", supplier.extra["company_code"], 0.34)],
                          [("Gavėjo sąskaita", supplier.extra["iban"], 0.66), ("Gavėjo bankas", esc(supplier.extra["bank"]), 0.34)],
                          [("Suma", n(total), 0.34), ("Valiuta", "EUR", 0.16), ("Įmokos kodas", "", 0.5)],
                          [("Mokėjimo paskirtis", esc(purpose), 1.0)]], W - 12)
        bank = payer.extra["bank"]
        body = (f"<p class='fh accent'>{esc(bank)}</p><p class='small muted'>Elektroninė bankininkystė</p>"
                + f"<p class='b' style='margin-top:10pt;font-size:12pt'>{pick(rng, ['MOKĖJIMO NURODYMAS', 'Mokėjimo nurodymas (kopija)', 'Mokėjimo patvirtinimas'])}</p>"
                + f"<div style='margin-top:6pt'>{grid}</div>"
                + f"<p style='margin-top:8pt'>{pick(rng, ['Operacijos Nr.', 'Operacijos ID', 'Banko operacijos kodas'])}: <b>{ref}</b></p>"
                + f"<p>Būsena: <span class='stamp'>{pick(rng, ['ĮVYKDYTAS', 'Įvykdytas', 'Atliktas'])}</span></p>"
                + f"<p class='small muted' style='margin-top:12pt'>Dokumentas sudarytas elektroniniu būdu ir galioja be parašo. Atspausdinta {d(paid_on + timedelta(days=pick(rng, [0, 1, 2])))}.</p>")
        notes.update({"order": order, "purpose": purpose})
        return form_page(doc, layout, theme, width, height, body, notes=notes)
    count = pick(rng, [1, 2, 3, 4, 5, 8, 12, 18, 30])
    rows = advice_rows(rng, count, paid_on, numbering, low=30, high=16000, deduct=["nuolaida 2 %", "užskaita", "pretenzija", "išankstinis mokėjimas"])
    total = sum((r["paid"] for r in rows), D("0.00"))
    printed = paid_on - timedelta(days=pick(rng, [0, 0, 1, 2]))
    ref = pick(rng, [f"MP-{paid_on.year}-{rng.randrange(1, 999):03d}", f"{rng.randrange(1, 400)}/{paid_on.year % 100}", f"PR{paid_on.strftime('%y%m%d')}{digits(rng, 2)}"])
    email = layout == "lt_pranesimas_el_laiskas"
    show_tax = not email and chance(rng, 0.55)
    supplier.tax_id = sup_vat if show_tax else None
    doc = Doc(document_type="remittance_advice", locale="LT", currency="EUR", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=printed, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_address_printed=not email)
    city = payer.address[-1].rsplit(" ", 1)[-1]
    show_less = any(r["less"] for r in rows)
    head = ["Sąskaitos Nr.", "Data", "Sąskaitos suma"] + (["Nuolaida, užskaita"] if show_less else []) + ["Sumokėta, Eur"]
    fr = [0.25, 0.16, 0.18] + ([0.23] if show_less else []) + [0.18]
    numeric = set(range(2, len(head)))

    def cells(r):
        out = [esc(r["inv"]) + (" <span class='small'>(kreditinė)</span>" if r["credit"] else ""), d(r["date"]), n(r["gross"])]
        if show_less:
            out.append(f"{n(r['less'])}<br/><span class='small'>{esc(r['reason'])}</span>" if r["less"] else "")
        return out + [n(r["paid"])]

    signer = pick(rng, SIGNERS)
    if email:
        subject = pick(rng, [f"Mokėjimo pranešimas Nr. {ref}", f"Apmokėjimas - pranešimas {ref}", f"Mokėjimo pranešimas {ref}"])
        header = mail_header([("Nuo:", f"{esc(signer)} &lt;{esc(payer.email or '')}&gt;"), ("Kam:", esc(supplier.email or "")),
                              ("Data:", f"{d(printed)} {rng.randrange(8, 17):02d}:{rng.randrange(60):02d}"), ("Tema:", f"<b>{esc(subject)}</b>")], W)
        first = (header + f"<p>{pick(rng, ['Laba diena,', 'Sveiki,', 'Gerbiami partneriai,'])}</p>"
                 f"<p>informuojame, kad {d(paid_on)} {esc(payer.name)} pervedė <b>{n(total)} EUR</b> į {esc(supplier.name)} sąskaitą "
                 f"{esc(supplier.extra['iban'])}. Apmokėtos šios sąskaitos:</p>")
        closing = (f"<p class='b' style='margin-top:6pt'>Iš viso: {n(total)} EUR</p>"
                   f"<p style='margin-top:8pt'>Pagarbiai</p><p>{esc(signer)}</p><p class='small'>Buhalterija</p>"
                   f"<p class='small b'>{esc(payer.name)}</p>" + "".join(f"<p class='small'>{esc(x)}</p>" for x in payer.address)
                   + "".join(f"<p class='small'>{x}</p>" for x in payer_ids) + f"<p class='small'>Tel. {esc(payer.phone or '')}</p>")
        theme.table = pick(rng, ["minimal", "rules"])
        return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=numeric, rows=rows, cells=cells, closing=closing,
                            cont=f"{esc(subject)} (tęsinys)", footer_text="Puslapis", notes=notes)
    right = party_block(pick(rng, ["Gavėjas:", "Tiekėjui:", ""]), supplier, [f"PVM mokėtojo kodas: {sup_vat}"] if show_tax else [])
    meta = [("Pranešimo Nr.:", ref), ("Mokėjimo data:", d(paid_on)), ("Gavėjo sąskaita:", supplier.extra["iban"])]
    first = (f"<table><tr><td style='width:{W * 0.52:.0f}pt'>{party_block('', payer, payer_ids, big=True)}</td>"
             f"<td style='width:{W * 0.44:.0f}pt'><div class='box'>{right}</div></td></tr></table>"
             f"<p style='margin-top:6pt'>{esc(city)}, {d(printed)}</p>"
             f"<p class='tt' style='margin-top:8pt'>{pick(rng, ['MOKĖJIMO PRANEŠIMAS', 'Mokėjimo pranešimas', 'PRANEŠIMAS APIE APMOKĖJIMĄ'])}</p>"
             + "".join(f"<p>{k} <b>{v}</b></p>" for k, v in meta)
             + f"<p style='margin-top:6pt'>{pick(rng, ['Gerbiamieji,', 'Gerbiami partneriai,'])}</p>"
             f"<p>pranešame, kad {d(paid_on)} į Jūsų sąskaitą pervedėme {n(total)} EUR už žemiau nurodytas sąskaitas faktūras:</p>")
    closing = (f"<p class='b' style='text-align:right;margin-top:8pt'>Iš viso sumokėta: {n(total)} EUR</p>"
               + f"<p class='small' style='text-align:right'>Suma žodžiais: {esc(words_lt(total))}</p>"
               + f"<p class='small' style='margin-top:6pt'>Klausimus prašome siųsti {esc(payer.email or '')}, tel. {esc(payer.phone or '')}.</p>"
               f"<p style='margin-top:8pt'>Pagarbiai</p><p>{esc(signer)}</p><p class='small'>vyr. buhalterė / buhalteris</p>")
    notes["words"] = words_lt(total)
    return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=numeric, rows=rows, cells=cells, closing=closing,
                        cont=f"Mokėjimo pranešimas {ref} (tęsinys)", footer_text="Puslapis", notes=notes)
