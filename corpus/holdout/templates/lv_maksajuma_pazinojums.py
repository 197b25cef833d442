"""Latvian payment advices: a payer's MAKSĀJUMA PAZIŅOJUMS letter or e-mail listing the invoices (rēķini) a transfer settles, with a
discount (atlaide), a set-off (savstarpējais ieskaits) or a claim deduction (pretenzija) and credit invoices (kredītrēķini), and the
internet bank's payment confirmation, in euros, 2023-2025 (invented companies).

Three prints. `lv_pazinojums_vestule` (the payer's letterhead with its Reģ. Nr. and PVN Reģ. Nr. (decoys), the supplier as addressee
with its PVN Reģ. Nr. where printed (= tax id), the place and date of the letter (= document date, `15.03.2024.` or `2024. gada 15.
martā`), "Paziņojuma Nr." (= reference), "Maksājuma datums" (= payment date), Rēķina Nr. / Datums / Rēķina summa / Atlaide, ieskaits /
Samaksāts with numbers such as `RK-2024/0123`, "Kopā samaksāts" and the sum in words), `lv_pazinojums_epasts` (a printed e-mail: No /
Kam / Datums / Temats naming the notice number (= reference), the invoices in a plain table, the payer's signature with its address and
numbers (decoys); no supplier address), `lv_maksajuma_apstiprinajums` (the bank's confirmation in sections: Dokumenta Nr. (decoy),
Izpildes datums (= payment and document date), Maksātājs with its Reģ. Nr. (decoy) and IBAN, Saņēmējs with its Reģ. Nr. (the payee's
company code: a decoy) and IBAN, Summa, Maksājuma mērķis naming the invoice, Transakcijas ID / Maksājuma ID (= reference)).

Truth: a `remittance_advice`; vendor = the payee (its PVN number only where printed), customer = the payer; allocations = the amounts
paid per invoice (credit invoices negative); total = the amount transferred.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_sixteenth import lv_long_date, lv_party
from corpus.holdout.fakes_twentyninth import lv_bank_of, lv_invoice_numbering, lv_transaction_id, words_lv
from corpus.holdout.fakes_twentysixth import digits
from corpus.holdout.money import fmt_date, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyeighth import mail_header
from corpus.holdout.templates._twentyninth import letter_head
from corpus.holdout.templates._twentyseventh import advice_rows, bank_page
from corpus.holdout.templates._twentysixth import letter_paged

FAMILY = "lv_maksajuma_pazinojums"
D = Decimal
SIGNERS = ["Ilze Bērziņa", "Jānis Kalniņš", "Anna Ozola", "Mārtiņš Liepiņš", "Inese Krūmiņa", "Edgars Zariņš", "Līga Vītola"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["lv_pazinojums_vestule", "lv_pazinojums_vestule", "lv_pazinojums_epasts", "lv_maksajuma_apstiprinajums"])
    payer, supplier = lv_party(rng), lv_party(rng)
    while supplier.name == payer.name:
        supplier = lv_party(rng)
    payer_vat, sup_vat = payer.tax_id, supplier.tax_id
    payer.tax_id = None
    paid_on = random_date(rng, date(2023, 1, 16), 1000)
    while paid_on.weekday() > 4:
        paid_on += timedelta(days=1)
    thousands = pick(rng, [" ", "", " "])

    def n(v):
        return amount(v, thousands, ",")

    trailing = pick(rng, [".", ""])

    def d(x):
        return fmt_date(x, "dmy_dot") + trailing

    numbering = lv_invoice_numbering(rng)
    theme = Theme.pick(rng, size=(7.5, 9.0))
    payer_ids = [f"Reģ. Nr. {payer.extra['code']}", f"PVN Reģ. Nr. {payer_vat}"]
    notes: dict = {"payer_vat": payer_vat, "payer_ids": payer_ids, "payee_code": supplier.extra["code"]}
    width, height = A4
    W = width - 72
    if layout == "lv_maksajuma_apstiprinajums":
        rows = advice_rows(rng, 1, paid_on, numbering, low=40, high=28000)
        total = rows[0]["gross"]
        inv = rows[0]["inv"]
        supplier.tax_id = None
        ref = lv_transaction_id(rng, paid_on)
        order = str(rng.randrange(1, 9999))
        doc = Doc(document_type="remittance_advice", locale="LV", currency="EUR", vendor=supplier, customer=payer, invoice_ids=[inv], document_date=paid_on,
                  total=total, payment_reference=ref, payment_date=paid_on, allocations=[(inv, total)], vendor_address_printed=chance(rng, 0.4),
                  customer_address_printed=chance(rng, 0.5))
        purpose = pick(rng, ["Rēķins Nr. ", "Apmaksa par rēķinu ", "Par precēm saskaņā ar rēķinu Nr. ", "Rēķina ", "Pakalpojumi, rēķins "]) + inv
        bank, bic = lv_bank_of(payer.extra["iban"])
        payee_bank, payee_bic = lv_bank_of(supplier.extra["iban"])
        clock = f"{rng.randrange(8, 18):02d}:{rng.randrange(60):02d}"
        payer_rows = [("Nosaukums", f"<b>{esc(payer.name)}</b>")] + ([("Adrese", esc(", ".join(payer.address)))] if doc.customer_address_printed else []) \
            + [("Reģ. Nr.", payer.extra["code"]), ("Konts", payer.extra["iban"])]
        payee_rows = [("Nosaukums", f"<b>{esc(supplier.name)}</b>")] + ([("Adrese", esc(", ".join(supplier.address)))] if doc.vendor_address_printed else []) \
            + [("Reģ. Nr.", supplier.extra["code"]), ("Konts", supplier.extra["iban"]), ("Banka", f"{esc(payee_bank)}, {payee_bic}")]
        id_label = pick(rng, ["Transakcijas ID", "Maksājuma ID", "Bankas atsauce"])
        sections = [("Maksājums", [("Dokumenta Nr.", order), ("Izpildes datums", f"{fmt_date(paid_on, pick(rng, ['dmy_dot', 'iso']))} {clock}"),
                                   ("Statuss", pick(rng, ["Izpildīts", "IZPILDĪTS", "Apstrādāts"])), (id_label, f"<b>{ref}</b>")]),
                    ("Maksātājs", payer_rows), ("Saņēmējs", payee_rows),
                    ("Summa un mērķis", [("Summa", f"<b>{n(total)} EUR</b>"), ("Maksājuma mērķis", esc(purpose)),
                                         ("Maksājuma veids", pick(rng, ["SEPA pārskaitījums", "Zibmaksājums", "Iekšbankas pārskaitījums"]))])]
        notes.update({"order": order, "purpose": purpose})
        return bank_page(doc, layout, theme, bank=bank, small=f"BIC {bic} · Internetbanka", title=pick(rng, ["MAKSĀJUMA APSTIPRINĀJUMS", "Maksājuma uzdevums",
                                                                                                        "Maksājuma izdruka"]),
                         sections=sections, foot="Dokuments sagatavots elektroniski un ir derīgs bez paraksta.", style=pick(rng, ["plain", "ruled", "grid"]), notes=notes)
    count = pick(rng, [1, 2, 3, 4, 5, 6, 9, 14, 24, 38])
    rows = advice_rows(rng, count, paid_on, numbering, low=25, high=14000, deduct=["atlaide 2 %", "savstarpējais ieskaits", "pretenzija", "avanss"])
    total = sum((r["paid"] for r in rows), D("0.00"))
    printed = paid_on - timedelta(days=pick(rng, [0, 0, 1, 2]))
    ref = pick(rng, [f"MP-{paid_on.year}/{rng.randrange(1, 999):03d}", f"{rng.randrange(1, 400)}/{paid_on.year % 100}", f"PAZ{paid_on.strftime('%y%m')}{digits(rng, 3)}"])
    email = layout == "lv_pazinojums_epasts"
    show_tax = not email and chance(rng, 0.55)
    supplier.tax_id = sup_vat if show_tax else None
    doc = Doc(document_type="remittance_advice", locale="LV", currency="EUR", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=printed, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_address_printed=not email)
    city = payer.address[-1].split(",")[0]
    show_less = any(r["less"] for r in rows)
    head = ["Rēķina Nr.", "Datums", "Rēķina summa"] + (["Atlaide, ieskaits"] if show_less else []) + ["Samaksāts, EUR"]
    fr = [0.26, 0.16, 0.18] + ([0.22] if show_less else []) + [0.18]
    numeric = set(range(2, len(head)))

    def cells(r):
        out = [esc(r["inv"]) + (" <span class='small'>(kredītrēķins)</span>" if r["credit"] else ""), d(r["date"]), n(r["gross"])]
        if show_less:
            out.append(f"{n(r['less'])}<br/><span class='small'>{esc(r['reason'])}</span>" if r["less"] else "")
        return out + [n(r["paid"])]

    signer = pick(rng, SIGNERS)
    if email:
        subject = pick(rng, [f"Maksājuma paziņojums Nr. {ref}", f"Paziņojums par apmaksu {ref}", f"Apmaksāti rēķini - {ref}"])
        header = mail_header([("No:", f"{esc(signer)} &lt;{esc(payer.email or '')}&gt;"), ("Kam:", esc(supplier.email or "")),
                              ("Datums:", f"{d(printed)} {rng.randrange(8, 17):02d}:{rng.randrange(60):02d}"), ("Temats:", f"<b>{esc(subject)}</b>")], W)
        first = (header + f"<p>{pick(rng, ['Labdien!', 'Labdien,', 'Cienījamie sadarbības partneri!'])}</p>"
                 f"<p>Informējam, ka {d(paid_on)} {esc(payer.name)} ir pārskaitījis <b>{n(total)} EUR</b> uz {esc(supplier.name)} kontu "
                 f"{esc(supplier.extra['iban'])}. Apmaksāti šādi rēķini:</p>")
        closing = (f"<p class='b' style='margin-top:6pt'>Kopā: {n(total)} EUR</p>"
                   f"<p style='margin-top:8pt'>Ar cieņu</p><p>{esc(signer)}</p><p class='small'>Grāmatvedība</p>"
                   f"<p class='small b'>{esc(payer.name)}</p>" + "".join(f"<p class='small'>{esc(x)}</p>" for x in payer.address)
                   + "".join(f"<p class='small'>{x}</p>" for x in payer_ids) + f"<p class='small'>Tālr. {esc(payer.phone or '')}</p>")
        theme.table = pick(rng, ["minimal", "rules"])
        return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=numeric, rows=rows, cells=cells, closing=closing,
                            cont=f"{esc(subject)} (turpinājums)", footer_text="Lapa", notes=notes)
    long_date = chance(rng, 0.4)
    place_date = f"{esc(city)}, {lv_long_date(printed) if long_date else d(printed)}"
    addressee = ("<div class='box'>" + (f"<p class='muted small'>{pick(rng, ['Saņēmējam:', 'Piegādātājam:', 'Kam:'])}</p>")
                 + f"<p class='b'>{esc(supplier.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in supplier.address)
                 + (f"<p>PVN Reģ. Nr. {sup_vat}</p>" if show_tax else "") + "</div>")
    meta = [("Paziņojuma Nr.:", ref), ("Maksājuma datums:", d(paid_on)), ("Saņēmēja konts:", supplier.extra["iban"])]
    first = (letter_head(payer, payer_ids, addressee, place_date, W)
             + f"<p class='tt' style='margin-top:10pt'>{pick(rng, ['MAKSĀJUMA PAZIŅOJUMS', 'Maksājuma paziņojums', 'PAZIŅOJUMS PAR VEIKTO MAKSĀJUMU'])}</p>"
             + "".join(f"<p>{k} <b>{v}</b></p>" for k, v in meta)
             + f"<p style='margin-top:6pt'>{pick(rng, ['Cienījamie kungi un dāmas!', 'Cienījamie sadarbības partneri!', 'Labdien!'])}</p>"
             f"<p>Paziņojam, ka {d(paid_on)} esam pārskaitījuši uz Jūsu kontu {n(total)} EUR par šādiem rēķiniem:</p>")
    closing = (f"<p class='b' style='text-align:right;margin-top:8pt'>Kopā samaksāts: {n(total)} EUR</p>"
               + f"<p class='small' style='text-align:right'>Summa vārdiem: {esc(words_lv(total))}</p>"
               + ("<p class='small'>Ieturējumi veikti saskaņā ar līguma nosacījumiem un saskaņotajiem aktiem.</p>" if show_less else "")
               + f"<p class='small' style='margin-top:6pt'>Jautājumu gadījumā lūdzam sazināties: {esc(payer.email or '')}, tālr. {esc(payer.phone or '')}.</p>"
               f"<p style='margin-top:8pt'>Ar cieņu</p><p>{esc(signer)}</p><p class='small'>{pick(rng, ['galvenā grāmatvede', 'finanšu direktors', 'grāmatvedis'])}</p>")
    notes.update({"words": words_lv(total), "long_date": long_date})
    return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=numeric, rows=rows, cells=cells, closing=closing,
                        cont=f"Maksājuma paziņojums {ref} (turpinājums)", footer_text="Lapa", notes=notes)
