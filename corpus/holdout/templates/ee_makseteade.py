"""Estonian payment advices: a payer's MAKSETEADE letter or e-mail listing the invoices (arved) a transfer settles, with a discount
(allahindlus), a set-off (tasaarveldus) or a claim deduction (pretensioon) and credit invoices (kreeditarved), the invoices' reference
numbers (viitenumbrid) beside them, and the internet bank's MAKSEKORRALDUS printed as a form, in euros, 2023-2025 (invented companies).

Three prints. `ee_makseteade_kiri` (the payer's letterhead with its registrikood and KMKR nr (decoys), the supplier as addressee with
its KMKR nr where printed (= tax id), the place and date of the letter (= document date, `15.03.2024` or `15. märts 2024`), "Teatise
nr" (= reference), "Maksepäev" (= payment date), Arve nr / Arve kuupäev / Viitenumber (decoy) / Arve summa / Allahindlus, tasaarveldus /
Tasutud with numbers such as `ARV-2024-0123`, "Kokku tasutud" and the sum in words), `ee_makseteade_e_kiri` (a printed e-mail: Saatja /
Saaja / Kuupäev / Teema naming the notice number (= reference), the invoices in a plain table, the payer's signature with its address
and numbers (decoys); no supplier address), `ee_maksekorraldus` (the bank's form: Dokumendi nr (decoy), Kuupäev (= payment and document
date), Maksja / Maksja konto, Saaja / Saaja konto / Saaja registrikood (a decoy), Summa, Valuuta, Viitenumber (the invoice's reference
number: a decoy), Selgitus naming the invoice, Arhiveerimistunnus (= reference), Staatus).

Truth: a `remittance_advice`; vendor = the payee (its KMKR nr only where printed), customer = the payer; allocations = the amounts
paid per invoice (credit invoices negative); total = the amount transferred.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_sixteenth import ee_long_date, ee_party, ee_reference
from corpus.holdout.fakes_twentyninth import EE_BANKS, ee_archive_id, ee_invoice_numbering, words_ee
from corpus.holdout.fakes_twentysixth import digits
from corpus.holdout.money import fmt_date, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyeighth import form_grid, form_page, mail_header
from corpus.holdout.templates._twentyninth import letter_head
from corpus.holdout.templates._twentysecond import party_block
from corpus.holdout.templates._twentyseventh import advice_rows
from corpus.holdout.templates._twentysixth import letter_paged

FAMILY = "ee_makseteade"
D = Decimal
SIGNERS = ["Kadri Tamm", "Margus Saar", "Piret Mägi", "Tõnu Kask", "Kristiina Sepp", "Andres Rebane", "Merike Kuusk"]
EE_BANK_OF = {"22": ("Swedbank AS", "HABAEE2X"), "10": ("AS SEB Pank", "EEUHEE2X"), "77": ("AS LHV Pank", "LHVBEE22"), "17": ("Luminor Bank AS", "RIKOEE22")}


def _bank_of(iban: str) -> tuple[str, str]:
    return EE_BANK_OF.get(iban.replace(" ", "")[4:6], EE_BANKS[0])


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["ee_makseteade_kiri", "ee_makseteade_kiri", "ee_makseteade_e_kiri", "ee_maksekorraldus"])
    payer, supplier = ee_party(rng), ee_party(rng)
    while supplier.name == payer.name:
        supplier = ee_party(rng)
    payer_vat, sup_vat = payer.tax_id, supplier.tax_id
    payer.tax_id = None
    paid_on = random_date(rng, date(2023, 1, 16), 1000)
    while paid_on.weekday() > 4:
        paid_on += timedelta(days=1)
    thousands = pick(rng, [" ", "", " ", "\u00a0"])

    def n(v):
        return amount(v, thousands, ",")

    def d(x):
        return fmt_date(x, "dmy_dot")

    numbering = ee_invoice_numbering(rng)
    refs: dict[str, str] = {}

    def number(issued):
        inv = numbering(issued)
        base = "".join(ch for ch in inv if ch.isdigit())[-7:] or digits(rng, 5)
        refs[inv] = ee_reference(rng, base.lstrip("0") or "1")
        return inv

    theme = Theme.pick(rng, size=(7.5, 9.0))
    payer_ids = [f"Registrikood {payer.extra['regcode']}", f"KMKR nr {payer_vat}"]
    notes: dict = {"payer_vat": payer_vat, "payer_ids": payer_ids, "payee_regcode": supplier.extra["regcode"], "viitenumbrid": refs}
    width, height = A4
    W = width - 72
    if layout == "ee_maksekorraldus":
        rows = advice_rows(rng, 1, paid_on, number, low=35, high=30000)
        total = rows[0]["gross"]
        inv = rows[0]["inv"]
        supplier.tax_id = None
        ref = ee_archive_id(rng, paid_on)
        order = str(rng.randrange(1, 999))
        doc = Doc(document_type="remittance_advice", locale="EE", currency="EUR", vendor=supplier, customer=payer, invoice_ids=[inv], document_date=paid_on,
                  total=total, payment_reference=ref, payment_date=paid_on, allocations=[(inv, total)], vendor_address_printed=False,
                  customer_address_printed=chance(rng, 0.4))
        purpose = pick(rng, ["Arve nr ", "Arve ", "Tasumine arve eest nr ", "Kaupade eest, arve "]) + inv
        with_ref = chance(rng, 0.7)
        bank, bic = _bank_of(payer.extra["iban"])
        payer_cell = esc(payer.name) + (f"<br/>{esc(', '.join(payer.address))}" if doc.customer_address_printed else "")
        grid = form_grid([[("Dokumendi nr", order, 0.3), ("Kuupäev", d(paid_on), 0.3), ("Makse tüüp", pick(rng, ["SEPA makse", "Välkmakse", "Tavamakse"]), 0.4)],
                          [("Maksja", payer_cell, 0.62), ("Maksja konto", payer.extra["iban"], 0.38)],
                          [("Saaja", esc(supplier.name), 0.62), ("Saaja registrikood", supplier.extra["regcode"], 0.38)],
                          [("Saaja konto", supplier.extra["iban"], 0.62), ("Saaja pank", esc(_bank_of(supplier.extra["iban"])[0]), 0.38)],
                          [("Summa", n(total), 0.3), ("Valuuta", "EUR", 0.2), ("Viitenumber", refs[inv] if with_ref else "", 0.5)],
                          [("Selgitus", esc(purpose), 1.0)]], W - 12)
        body = (f"<p class='fh accent'>{esc(bank)}</p><p class='small muted'>BIC {bic} · Internetipank</p>"
                + f"<p class='b' style='margin-top:10pt;font-size:12pt'>{pick(rng, ['MAKSEKORRALDUS', 'Maksekorraldus', 'Maksekorralduse väljatrükk'])}</p>"
                + f"<div style='margin-top:6pt'>{grid}</div>"
                + f"<p style='margin-top:8pt'>Arhiveerimistunnus: <b>{ref}</b></p>"
                + f"<p>Staatus: <span class='stamp'>{pick(rng, ['TEOSTATUD', 'Täidetud', 'Kinnitatud'])}</span></p>"
                + f"<p class='small muted' style='margin-top:12pt'>Väljatrükk on koostatud elektrooniliselt ja kehtib allkirjata. Trükitud {d(paid_on + timedelta(days=pick(rng, [0, 0, 1, 4])))}.</p>")
        notes.update({"order": order, "purpose": purpose, "with_ref": with_ref})
        return form_page(doc, layout, theme, width, height, body, notes=notes)
    count = pick(rng, [1, 2, 3, 4, 5, 7, 10, 15, 26, 42])
    rows = advice_rows(rng, count, paid_on, number, low=20, high=12000, deduct=["allahindlus 2%", "tasaarveldus", "pretensioon", "ettemaks"])
    total = sum((r["paid"] for r in rows), D("0.00"))
    printed = paid_on - timedelta(days=pick(rng, [0, 0, 1, 3]))
    ref = pick(rng, [f"MT-{paid_on.year}-{rng.randrange(1, 999):03d}", f"{rng.randrange(1, 400)}/{paid_on.year % 100}", f"T{paid_on.strftime('%y%m%d')}{digits(rng, 2)}"])
    email = layout == "ee_makseteade_e_kiri"
    show_tax = not email and chance(rng, 0.55)
    supplier.tax_id = sup_vat if show_tax else None
    doc = Doc(document_type="remittance_advice", locale="EE", currency="EUR", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=printed, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_address_printed=not email)
    city = payer.address[-1].split(" ", 1)[1]
    show_less = any(r["less"] for r in rows)
    show_ref = chance(rng, 0.6)
    head = ["Arve nr", "Arve kuupäev"] + (["Viitenumber"] if show_ref else []) + ["Arve summa"] + (["Allahindlus, tasaarveldus"] if show_less else []) + ["Tasutud, EUR"]
    fr = [0.2, 0.15] + ([0.16] if show_ref else []) + [0.15] + ([0.2] if show_less else []) + [0.15]
    first_num = 3 if show_ref else 2
    numeric = set(range(first_num, len(head)))

    def cells(r):
        out = [esc(r["inv"]) + (" <span class='small'>(kreeditarve)</span>" if r["credit"] else ""), d(r["date"])] + ([refs[r["inv"]]] if show_ref else []) + [n(r["gross"])]
        if show_less:
            out.append(f"{n(r['less'])}<br/><span class='small'>{esc(r['reason'])}</span>" if r["less"] else "")
        return out + [n(r["paid"])]

    signer = pick(rng, SIGNERS)
    notes["show_ref"] = show_ref
    if email:
        subject = pick(rng, [f"Makseteade nr {ref}", f"Teade tasumise kohta {ref}", f"Tasutud arved - {ref}"])
        header = mail_header([("Saatja:", f"{esc(signer)} &lt;{esc(payer.email or '')}&gt;"), ("Saaja:", esc(supplier.email or "")),
                              ("Kuupäev:", f"{d(printed)} {rng.randrange(8, 17):02d}:{rng.randrange(60):02d}"), ("Teema:", f"<b>{esc(subject)}</b>")], W)
        first = (header + f"<p>{pick(rng, ['Tere!', 'Tere päevast!', 'Lugupeetud koostööpartner!'])}</p>"
                 f"<p>Teatame, et {esc(payer.name)} kandis {d(paid_on)} {esc(supplier.name)} arveldusarvele {esc(supplier.extra['iban'])} "
                 f"<b>{n(total)} EUR</b>. Tasutud on järgmised arved:</p>")
        closing = (f"<p class='b' style='margin-top:6pt'>Kokku: {n(total)} EUR</p>"
                   f"<p style='margin-top:8pt'>Lugupidamisega</p><p>{esc(signer)}</p><p class='small'>Raamatupidamine</p>"
                   f"<p class='small b'>{esc(payer.name)}</p>" + "".join(f"<p class='small'>{esc(x)}</p>" for x in payer.address)
                   + "".join(f"<p class='small'>{x}</p>" for x in payer_ids) + f"<p class='small'>Tel {esc(payer.phone or '')}</p>")
        theme.table = pick(rng, ["minimal", "rules", "grid"])
        return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=numeric, rows=rows, cells=cells, closing=closing,
                            cont=f"{esc(subject)} (järg)", footer_text="Lk", notes=notes)
    long_date = chance(rng, 0.4)
    place_date = f"{esc(city)}, {ee_long_date(printed) if long_date else d(printed)}"
    label = pick(rng, ["Saaja:", "Tarnijale:", ""])
    meta = [("Teatise nr:", ref), ("Maksepäev:", d(paid_on)), ("Saaja arveldusarve:", supplier.extra["iban"])]
    opening = (f"<p style='margin-top:6pt'>{pick(rng, ['Lugupeetud koostööpartner!', 'Tere!', 'Lugupeetud härrad!'])}</p>"
               f"<p>Teatame, et oleme {d(paid_on)} kandnud Teie arveldusarvele {n(total)} EUR järgmiste arvete tasumiseks:</p>")
    title = f"<p class='tt' style='margin-top:10pt'>{pick(rng, ['MAKSETEADE', 'Makseteade', 'TEADE TASUMISE KOHTA'])}</p>"
    if chance(rng, 0.5):
        addressee = party_block(label, supplier, [f"KMKR nr {sup_vat}"] if show_tax else [])
        first = letter_head(payer, payer_ids, addressee, place_date, W) + title + "".join(f"<p>{k} <b>{v}</b></p>" for k, v in meta) + opening
    else:
        right = f"<div class='box'>{party_block(label, supplier, [f'KMKR nr {sup_vat}'] if show_tax else [])}</div>"
        first = (f"<table><tr><td style='width:{W * 0.52:.0f}pt'>{party_block('', payer, payer_ids, big=True)}</td>"
                 f"<td style='width:{W * 0.44:.0f}pt'>{right}</td></tr></table><p class='r' style='margin-top:6pt'>{place_date}</p>"
                 + title + "<table>" + "".join(f"<tr><td class='muted' style='width:110pt'>{k}</td><td class='b'>{v}</td></tr>" for k, v in meta) + "</table>" + opening)
    closing = (f"<p class='b' style='text-align:right;margin-top:8pt'>Kokku tasutud: {n(total)} EUR</p>"
               + (f"<p class='small' style='text-align:right'>Summa sõnadega: {esc(words_ee(total))}</p>" if chance(rng, 0.6) else "")
               + f"<p class='small' style='margin-top:6pt'>Küsimuste korral palume pöörduda: {esc(payer.email or '')}, tel {esc(payer.phone or '')}.</p>"
               f"<p style='margin-top:8pt'>Lugupidamisega</p><p>{esc(signer)}</p><p class='small'>{pick(rng, ['pearaamatupidaja', 'finantsjuht', 'raamatupidaja'])}</p>")
    notes.update({"words": words_ee(total), "long_date": long_date})
    return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=numeric, rows=rows, cells=cells, closing=closing,
                        cont=f"Makseteade {ref} (järg)", footer_text="Lk", notes=notes)
