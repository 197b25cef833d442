"""Slovenian payment advices: a payer's OBVESTILO O PLAČILU letter (or e-mail-like print) listing the invoices (računi) a transfer
settles, with a discount (popust, skonto) or set-off (pobot) and credit notes (dobropisi), and the bank's POTRDILO O IZVEDENEM
PLAČILU of a UPN / SEPA transfer from online banking, in euros, 2023-2025 (invented companies).

Two prints. `si_obvestilo_dopis` (the payer's letterhead with its davčna številka and matična številka (decoys), the supplier as
addressee, "Obvestilo št." (= reference), "Datum plačila" (= payment date), the kraj and datum of the letter (= document date),
Račun št. / Datum računa / Znesek računa / Odbitek / Plačano, "Skupaj plačano", the supplier's ID za DDV where printed (= tax
id)), `si_potrdilo_banke` (the bank's confirmation: Plačnik and Prejemnik with their IBANs, Znesek, Koda namena, Namen plačila
naming the invoice, Referenca prejemnika `SI00 …` / `SI12 …` (the invoice's digits: no id of its own), Datum izvršitve (= payment
date), ID transakcije (= reference), the order number (decoy)).

Truth: a `remittance_advice`; vendor = the payee (its tax id only where printed), customer = the payer; allocations = the amounts
paid per invoice (credit notes negative); total = the amount transferred.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fifteenth import si_party
from corpus.holdout.fakes_twentyseventh import SI_BANKS, si_reference
from corpus.holdout.fakes_twentysixth import digits
from corpus.holdout.money import fmt_date, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import party_block
from corpus.holdout.templates._twentyseventh import advice_rows, bank_page
from corpus.holdout.templates._twentysixth import letter_paged

FAMILY = "si_obvestilo_o_placilu"
D = Decimal
SL_MONTHS = ["januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober", "november", "december"]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["si_obvestilo_dopis", "si_obvestilo_dopis", "si_potrdilo_banke"])
    payer, supplier = si_party(rng), si_party(rng)
    while supplier.name == payer.name:
        supplier = si_party(rng)
    payer_tax, sup_tax = payer.tax_id, supplier.tax_id
    payer.tax_id = None
    paid_on = random_date(rng, date(2023, 1, 16), 1000)
    while paid_on.weekday() > 4:
        paid_on += timedelta(days=1)
    sep = pick(rng, [".", ".", " "])

    def n(v):
        return amount(v, sep, ",")

    def d(x):
        return fmt_date(x, "dmy_dot")

    year_style = rng.randrange(3)

    def number(issued):
        k = rng.randrange(1, 4000)
        return [f"{issued.year}-{k:04d}", f"{k}-{issued.year % 100}", f"R{issued.year % 100}{k:05d}"][year_style]

    theme = Theme.pick(rng, size=(7.5, 9.0))
    payer_ids = [f"Davčna številka: {payer_tax}", f"Matična številka: {payer.extra['maticna']}"]
    notes: dict = {"payer_tax": payer_tax, "payer_ids": payer_ids}
    if layout == "si_potrdilo_banke":
        rows = advice_rows(rng, 1, paid_on, number, low=80, high=24000)
        for r in rows:
            r["less"], r["paid"] = D("0.00"), r["gross"]
        total = rows[0]["paid"]
        supplier.tax_id = None
        ref = pick(rng, [f"{paid_on.strftime('%Y%m%d')}{digits(rng, 9)}", f"SI{digits(rng, 14)}", f"T{digits(rng, 12)}"])
        order = digits(rng, 10)
        doc = Doc(document_type="remittance_advice", locale="SI", currency="EUR", vendor=supplier, customer=payer, invoice_ids=[rows[0]["inv"]],
                  document_date=paid_on, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(rows[0]["inv"], total)],
                  vendor_address_printed=chance(rng, 0.5), customer_address_printed=chance(rng, 0.5))
        bank, bic = pick(rng, SI_BANKS)
        model_ref = si_reference(rows[0]["inv"], model=pick(rng, ["00", "12"]))
        purpose = pick(rng, ["Plačilo računa ", "Račun št. ", "Plačilo po računu ", "RAČUN "]) + rows[0]["inv"]
        payer_rows = [("Ime in naslov", f"<b>{esc(payer.name)}</b>" + (f", {esc(', '.join(payer.address))}" if doc.customer_address_printed else "")),
                      ("IBAN plačnika", payer.extra["iban"])]
        payee_rows = [("Ime in naslov", f"<b>{esc(supplier.name)}</b>" + (f", {esc(', '.join(supplier.address))}" if doc.vendor_address_printed else "")),
                      ("IBAN prejemnika", supplier.extra["iban"]), ("BIC banke prejemnika", pick(rng, SI_BANKS)[1]), ("Referenca prejemnika", model_ref)]
        op = [("Znesek", f"<b>{n(total)} EUR</b>"), ("Koda namena", pick(rng, ["SUPP", "GDSV", "OTHR"])), ("Namen plačila", esc(purpose)),
              ("Datum izvršitve", d(paid_on)), ("ID transakcije", ref), ("Številka naloga", order), ("Status", pick(rng, ["Izvršen", "Izvedeno"]))]
        notes.update({"order": order, "model_ref": model_ref})
        return bank_page(doc, layout, theme, bank=bank, title=pick(rng, ["POTRDILO O IZVEDENEM PLAČILU", "Potrdilo o plačilu - UPN nalog", "Izpis plačilnega naloga"]),
                         sections=[("Plačnik", payer_rows), ("Prejemnik", payee_rows), ("Podatki o plačilu", op)],
                         foot=f"Potrdilo je izdano v spletni banki {esc(bank)} ({bic}) in je veljavno brez žiga in podpisa.", style=pick(rng, ["plain", "ruled", "grid"]),
                         notes=notes, small=f"Izpisano: {d(paid_on + timedelta(days=pick(rng, [0, 0, 1])))}")
    count = pick(rng, [1, 2, 3, 4, 6, 9, 14, 22, 35])
    rows = advice_rows(rng, count, paid_on, number, low=40, high=18000, deduct=["skonto 2 %", "pobot", "popust za količino", "reklamacija"])
    total = sum((r["paid"] for r in rows), D("0.00"))
    printed = paid_on - timedelta(days=pick(rng, [0, 0, 1, 2]))
    ref = pick(rng, [f"OP-{paid_on.year}-{rng.randrange(1, 9999):04d}", f"{rng.randrange(1, 999)}/{paid_on.year}", f"PL{paid_on.strftime('%y%m%d')}{rng.randrange(1, 99):02d}"])
    show_tax = chance(rng, 0.5)
    supplier.tax_id = sup_tax if show_tax else None
    doc = Doc(document_type="remittance_advice", locale="SI", currency="EUR", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=printed, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows])
    width, height = A4
    W = width - 72
    city = payer.address[1].split(" ", 1)[1]
    long_date = f"{printed.day}. {SL_MONTHS[printed.month - 1]} {printed.year}"
    right = party_block(pick(rng, ["Prejemnik:", "Dobavitelj:", ""]), supplier, [f"ID za DDV: {sup_tax}"] if show_tax else [])
    meta = [("Obvestilo št.:", ref), ("Datum plačila:", d(paid_on)), ("Na račun:", supplier.extra["iban"])]
    first = (f"<table><tr><td style='width:{W * 0.52:.0f}pt'>{party_block('', payer, payer_ids, big=True)}</td>"
             f"<td style='width:{W * 0.44:.0f}pt'><div class='box'>{right}</div></td></tr></table>"
             f"<p style='margin-top:6pt'>{esc(city)}, {d(printed)}</p>"
             f"<p class='tt' style='margin-top:8pt'>{pick(rng, ['OBVESTILO O PLAČILU', 'Obvestilo o plačilu', 'PLAČILNO OBVESTILO'])}</p>"
             + "".join(f"<p>{k} <b>{v}</b></p>" for k, v in meta)
             + f"<p style='margin-top:6pt'>{pick(rng, ['Spoštovani,', 'Spoštovani poslovni partner,'])}</p>"
             f"<p>obveščamo vas, da smo dne {d(paid_on)} na vaš transakcijski račun nakazali {n(total)} EUR za spodaj navedene račune.</p>")
    show_less = any(r["less"] for r in rows)
    head = ["Račun št.", "Datum računa", "Znesek računa"] + (["Odbitek"] if show_less else []) + ["Plačano (EUR)"]
    fr = [0.24, 0.17, 0.18] + ([0.22] if show_less else []) + [0.18]
    numeric = set(range(2, len(head)))

    def cells(r):
        out = [esc(r["inv"]) + (" <span class='small'>(dobropis)</span>" if r["credit"] else ""), d(r["date"]), n(r["gross"])]
        if show_less:
            out.append(f"{n(r['less'])}<br/><span class='small'>{esc(r['reason'])}</span>" if r["less"] else "")
        return out + [n(r["paid"])]

    closing = (f"<p class='b' style='text-align:right;margin-top:8pt'>Skupaj plačano: {n(total)} EUR</p>"
               f"<p class='small' style='margin-top:6pt'>Za vprašanja smo dosegljivi na {esc(payer.email or '')}, tel. {esc(payer.phone or '')}.</p>"
               f"<p style='margin-top:8pt'>Lep pozdrav,</p><p>{pick(rng, ['Maja Novak', 'Andrej Kovačič', 'Petra Horvat', 'Luka Zupančič'])}</p>"
               f"<p class='small'>računovodstvo</p><p class='small muted'>{esc(city)}, {long_date}</p>")
    notes["long_date"] = long_date
    return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=numeric, rows=rows, cells=cells, closing=closing,
                        cont=f"Obvestilo o plačilu {ref} (nadaljevanje)", footer_text="Stran", notes=notes)
