"""Croatian payment advices: a payer's OBAVIJEST O PLAĆANJU letter or e-mail listing the invoices (računi) a transfer settles, with
a cash discount (kasa-skonto), a set-off (kompenzacija) or a complaint deduction (reklamacija) and credit notes (knjižna odobrenja),
and the bank's confirmation of a national payment order printed as a form, in euros, 2023-2025 (invented companies).

Three prints. `hr_obavijest_dopis` (the payer's letterhead with its OIB and MBS (decoys), the supplier as addressee with its OIB
where printed (= tax id), the place and date of the letter (= document date, `15.03.2024.`), "Broj obavijesti" (= reference),
"Datum plaćanja" (= payment date), Broj računa / Datum računa / Iznos računa / Odbitak / Plaćeno with the fiscal invoice numbers
`245/1/1`, "Ukupno plaćeno"), `hr_obavijest_email` (a printed e-mail: Šalje / Prima / Datum / Predmet naming the notice number (=
reference), the invoices in a plain table, the payer's signature with its address and OIB (decoy); no supplier address),
`hr_potvrda_banke` (the bank's POTVRDA O IZVRŠENOM PLAĆANJU: the order's boxes Platitelj / IBAN platitelja / Iznos / Primatelj /
IBAN primatelja / Model i poziv na broj primatelja `HR01 …` (the invoice's digits with the control digit: no id of its own) /
Šifra namjene / Opis plaćanja naming the invoice / Datum izvršenja (= payment and document date), "Referenca transakcije" (=
reference), the order number (decoy)).

Truth: a `remittance_advice`; vendor = the payee (its OIB only where printed), customer = the payer; allocations = the amounts paid
per invoice (credit notes negative); total = the amount transferred.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fourteenth import hr_party
from corpus.holdout.fakes_twentyeighth import HR_BANKS, hr_invoice_numbering, hr_reference
from corpus.holdout.fakes_twentysixth import digits
from corpus.holdout.money import fmt_date, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyeighth import form_grid, form_page, mail_header
from corpus.holdout.templates._twentysecond import party_block
from corpus.holdout.templates._twentyseventh import advice_rows
from corpus.holdout.templates._twentysixth import letter_paged

FAMILY = "hr_obavijest_o_placanju"
D = Decimal
SIGNERS = ["Ivana Horvat", "Marko Babić", "Petra Jurić", "Tomislav Knežević", "Maja Vuković", "Krešimir Perić"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["hr_obavijest_dopis", "hr_obavijest_dopis", "hr_obavijest_email", "hr_potvrda_banke"])
    payer, supplier = hr_party(rng), hr_party(rng)
    while supplier.name == payer.name:
        supplier = hr_party(rng)
    payer_oib, sup_oib = payer.tax_id, supplier.tax_id
    payer.tax_id = None
    paid_on = random_date(rng, date(2023, 1, 16), 1000)
    while paid_on.weekday() > 4:
        paid_on += timedelta(days=1)

    def n(v):
        return amount(v, ".", ",")

    def d(x):
        return fmt_date(x, "dmy_dot") + "."

    numbering = hr_invoice_numbering(rng)
    theme = Theme.pick(rng, size=(7.5, 9.0))
    payer_ids = [f"OIB: {payer_oib}", f"MBS: {payer.extra['mbs']}"]
    notes: dict = {"payer_oib": payer_oib, "payer_ids": payer_ids}
    width, height = A4
    W = width - 72
    if layout == "hr_potvrda_banke":
        rows = advice_rows(rng, 1, paid_on, lambda _x: numbering(), low=60, high=26000)
        total = rows[0]["gross"]
        inv = rows[0]["inv"]
        supplier.tax_id = None
        ref = pick(rng, [f"{paid_on.strftime('%Y%m%d')}-{digits(rng, 10)}", f"HR{digits(rng, 16)}", f"TRX{digits(rng, 11)}"])
        order = f"{digits(rng, 9)}"
        doc = Doc(document_type="remittance_advice", locale="HR", currency="EUR", vendor=supplier, customer=payer, invoice_ids=[inv], document_date=paid_on,
                  total=total, payment_reference=ref, payment_date=paid_on, allocations=[(inv, total)],
                  vendor_address_printed=chance(rng, 0.6), customer_address_printed=chance(rng, 0.6))
        bank, bic = pick(rng, HR_BANKS)
        model_ref = hr_reference(inv, pick(rng, ["00", "01"]))
        model, poziv = model_ref.split(" ", 1)
        purpose = pick(rng, ["Plaćanje računa br. ", "Račun ", "Uplata po računu ", "PLACANJE RN "]) + inv
        who = lambda p, shown: f"{esc(p.name)}" + (f"<br/>{esc(', '.join(p.address))}" if shown else "")  # noqa: E731
        grid = form_grid([[("Platitelj (naziv / ime i adresa)", who(payer, doc.customer_address_printed), 0.62), ("Valuta", "EUR", 0.12), ("Iznos", n(total), 0.26)],
                          [("IBAN ili račun platitelja", payer.extra["iban"], 0.62), ("Datum izvršenja", d(paid_on), 0.38)],
                          [("Primatelj (naziv / ime i adresa)", who(supplier, doc.vendor_address_printed), 0.62), ("BIC banke primatelja", pick(rng, HR_BANKS)[1], 0.38)],
                          [("IBAN ili račun primatelja", supplier.extra["iban"], 0.62), ("Model", model, 0.12), ("Poziv na broj primatelja", poziv, 0.26)],
                          [("Šifra namjene", pick(rng, ["SUPP", "GDSV", "OTHR"]), 0.2), ("Opis plaćanja", esc(purpose), 0.8)]], W - 12)
        status = pick(rng, ["IZVRŠENO", "Izvršen", "PROKNJIŽENO"])
        body = (f"<p class='fh accent'>{esc(bank)}</p><p class='small muted'>SWIFT/BIC {bic} · Internetsko bankarstvo</p>"
                + f"<p class='b' style='margin-top:10pt;font-size:12pt'>{pick(rng, ['POTVRDA O IZVRŠENOM PLAĆANJU', 'Potvrda o izvršenoj transakciji', 'Nalog za plaćanje - potvrda'])}</p>"
                + f"<p>Referenca transakcije: <b>{ref}</b></p><p>Broj naloga: {order}</p>"
                + f"<div style='margin-top:6pt'>{grid}</div>"
                + f"<p style='margin-top:10pt'><span class='stamp'>{status}</span></p>"
                + f"<p class='small muted' style='margin-top:12pt'>Potvrda je izrađena elektronički i valjana je bez potpisa i pečata. Ispisano: {d(paid_on + timedelta(days=pick(rng, [0, 0, 1, 3])))}</p>")
        notes.update({"order": order, "model_ref": model_ref, "purpose": purpose})
        return form_page(doc, layout, theme, width, height, body, notes=notes)
    count = pick(rng, [1, 2, 3, 4, 5, 7, 10, 16, 28])
    rows = advice_rows(rng, count, paid_on, lambda _x: numbering(), low=35, high=15000, deduct=["kasa-skonto 2 %", "kompenzacija", "reklamacija", "popust"])
    total = sum((r["paid"] for r in rows), D("0.00"))
    printed = paid_on - timedelta(days=pick(rng, [0, 0, 1, 2]))
    ref = pick(rng, [f"OP-{paid_on.year}-{rng.randrange(1, 999):03d}", f"{rng.randrange(1, 400)}/{paid_on.year}", f"AV{paid_on.strftime('%y%m')}{rng.randrange(1, 99):02d}"])
    show_tax = layout == "hr_obavijest_dopis" and chance(rng, 0.55)
    supplier.tax_id = sup_oib if show_tax else None
    email = layout == "hr_obavijest_email"
    doc = Doc(document_type="remittance_advice", locale="HR", currency="EUR", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=printed, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_address_printed=not email)
    city = payer.address[-1].split(" ", 1)[1]
    show_less = any(r["less"] for r in rows)
    head = ["Broj računa", "Datum računa", "Iznos računa"] + (["Odbitak"] if show_less else []) + ["Plaćeno (EUR)"]
    fr = [0.25, 0.17, 0.18] + ([0.22] if show_less else []) + [0.18]
    numeric = set(range(2, len(head)))

    def cells(r):
        out = [esc(r["inv"]) + (" <span class='small'>(odobrenje)</span>" if r["credit"] else ""), d(r["date"]), n(r["gross"])]
        if show_less:
            out.append(f"{n(r['less'])}<br/><span class='small'>{esc(r['reason'])}</span>" if r["less"] else "")
        return out + [n(r["paid"])]

    signer = pick(rng, SIGNERS)
    if email:
        subject = pick(rng, [f"Obavijest o plaćanju br. {ref}", f"Obavijest o plaćanju {ref}", f"Plaćanje računa - obavijest {ref}"])
        header = mail_header([("Šalje:", f"{esc(signer)} &lt;{esc(payer.email or '')}&gt;"), ("Prima:", esc(supplier.email or "")),
                              ("Datum:", f"{d(printed)} {rng.randrange(8, 17):02d}:{rng.randrange(60):02d}"), ("Predmet:", f"<b>{esc(subject)}</b>")], W)
        first = (header + f"<p>{pick(rng, ['Poštovani,', 'Poštovani kolege,', 'Dobar dan,'])}</p>"
                 f"<p>obavještavamo Vas da je {esc(payer.name)} dana {d(paid_on)} izvršio uplatu u iznosu od <b>{n(total)} EUR</b> na Vaš račun "
                 f"{esc(supplier.extra['iban'])} ({esc(supplier.name)}). Uplatom su zatvoreni sljedeći računi:</p>")
        closing = (f"<p class='b' style='margin-top:6pt'>Ukupno: {n(total)} EUR</p>"
                   f"<p style='margin-top:8pt'>Lijep pozdrav,</p><p>{esc(signer)}</p><p class='small'>Računovodstvo / financije</p>"
                   f"<p class='small b'>{esc(payer.name)}</p>" + "".join(f"<p class='small'>{esc(x)}</p>" for x in payer.address)
                   + "".join(f"<p class='small'>{x}</p>" for x in payer_ids) + f"<p class='small'>Tel. {esc(payer.phone or '')}</p>")
        theme.table = "minimal"
        return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=numeric, rows=rows, cells=cells, closing=closing,
                            cont=f"{esc(subject)} (nastavak)", footer_text="Stranica", notes=notes)
    right = party_block(pick(rng, ["Primatelj:", "Dobavljač:", "Za:", ""]), supplier, [f"OIB: {sup_oib}"] if show_tax else [])
    meta = [("Broj obavijesti:", ref), ("Datum plaćanja:", d(paid_on)), ("Uplaćeno na IBAN:", supplier.extra["iban"])]
    first = (f"<table><tr><td style='width:{W * 0.52:.0f}pt'>{party_block('', payer, payer_ids, big=True)}</td>"
             f"<td style='width:{W * 0.44:.0f}pt'><div class='box'>{right}</div></td></tr></table>"
             f"<p style='margin-top:6pt'>{esc(city)}, {d(printed)}</p>"
             f"<p class='tt' style='margin-top:8pt'>{pick(rng, ['OBAVIJEST O PLAĆANJU', 'Obavijest o izvršenom plaćanju', 'AVIZO O PLAĆANJU'])}</p>"
             + "".join(f"<p>{k} <b>{v}</b></p>" for k, v in meta)
             + f"<p style='margin-top:6pt'>{pick(rng, ['Poštovani,', 'Poštovani poslovni partneri,'])}</p>"
             f"<p>obavještavamo Vas da smo dana {d(paid_on)} na Vaš žiro-račun uplatili iznos od {n(total)} EUR za niže navedene račune:</p>")
    closing = (f"<p class='b' style='text-align:right;margin-top:8pt'>Ukupno plaćeno: {n(total)} EUR</p>"
               + ("<p class='small'>Odbici su obračunati prema ugovorenim uvjetima i zapisnicima o reklamaciji.</p>" if show_less else "")
               + f"<p class='small' style='margin-top:6pt'>Za sva pitanja stojimo na raspolaganju: {esc(payer.email or '')}, tel. {esc(payer.phone or '')}.</p>"
               f"<p style='margin-top:8pt'>S poštovanjem,</p><p>{esc(signer)}</p><p class='small'>voditelj/ica računovodstva</p>")
    return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=numeric, rows=rows, cells=cells, closing=closing,
                        cont=f"Obavijest o plaćanju {ref} (nastavak)", footer_text="Stranica", notes=notes)
