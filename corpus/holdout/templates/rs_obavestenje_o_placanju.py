"""Serbian payment advices: a payer's OBAVEŠTENJE O PLAĆANJU letter (in Latin or Cyrillic script) or e-mail listing the invoices
(fakture) a transfer settles, with a cash discount (kasa skonto), a set-off (kompenzacija), a complaint deduction (reklamacija) or
an advance (avans) and credit notes (knjižna odobrenja), and the internet bank's NALOG ZA PRENOS printed as the national payment
order form, in dinars, 2023-2025 (invented companies).

Three prints. `rs_obavestenje_dopis` (the payer's letterhead with its PIB and MB (decoys), the supplier as addressee with its PIB where
printed (= tax id), the place and date of the letter (= document date, `15.03.2024.`), "Broj" (= reference), "Datum plaćanja" (= payment
date), Broj fakture / Datum / Iznos fakture / Umanjenje / Plaćeno with numbers such as `123/2024`, "Ukupno plaćeno"; a third of them in
Cyrillic), `rs_obavestenje_email` (a printed e-mail: Od / Za / Datum / Tema naming the notice number (= reference), the invoices in a plain
table, the payer's signature with its address and numbers (decoys); no supplier address), `rs_nalog_za_prenos` (the bank's print of the
order form: uplatilac (= customer), svrha plaćanja naming the invoice, primalac (= vendor), šifra plaćanja, valuta, iznos, račun
uplatioca, račun primaoca `160-0000000123456-78`, model 97 and poziv na broj (the invoice's digits with the control digits in front: no
id of its own), datum izvršenja (= payment and document date), broj naloga (decoy) and the bank's Referenca (= reference)).

Truth: a `remittance_advice`; vendor = the payee (its PIB only where printed), customer = the payer; allocations = the amounts paid per
invoice (credit notes negative); total = the amount transferred.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_seventeenth import rs_party, rs_party_cyrillic, sr_cyrillic
from corpus.holdout.fakes_twentyninth import (
    rs_bank_of,
    rs_bank_reference,
    rs_invoice_numbering,
    rs_reference97,
)
from corpus.holdout.fakes_twentysixth import digits
from corpus.holdout.money import fmt_date, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyeighth import form_page, mail_header
from corpus.holdout.templates._twentyninth import letter_head
from corpus.holdout.templates._twentysecond import party_block
from corpus.holdout.templates._twentyseventh import advice_rows
from corpus.holdout.templates._twentysixth import letter_paged

FAMILY = "rs_obavestenje_o_placanju"
D = Decimal
SIGNERS = ["Jelena Marković", "Milan Stojković", "Vesna Popović", "Dragan Kovačević", "Tamara Lazić", "Goran Simić"]
LOC = {"Beograd": "U Beogradu", "Novi Beograd": "U Novom Beogradu", "Novi Sad": "U Novom Sadu", "Niš": "U Nišu", "Kragujevac": "U Kragujevcu",
       "Subotica": "U Subotici", "Čačak": "U Čačku", "Zemun": "U Zemunu", "Valjevo": "U Valjevu", "Kraljevo": "U Kraljevu"}
FORM = {"lat": {"title": "NALOG ZA PRENOS", "payer": "uplatilac", "purpose": "svrha plaćanja", "payee": "primalac", "code": "šifra plaćanja", "cur": "valuta",
                "amount": "iznos", "acc_payer": "račun uplatioca", "ref_debit": "model i poziv na broj (zaduženje)", "acc_payee": "račun primaoca",
                "ref_credit": "model i poziv na broj (odobrenje)", "sign": "pečat i potpis uplatioca", "place": "mesto i datum prijema", "value": "datum izvršenja",
                "urgent": "hitno"},
        "cyr": {"title": "НАЛОГ ЗА ПРЕНОС", "payer": "уплатилац", "purpose": "сврха плаћања", "payee": "прималац", "code": "шифра плаћања", "cur": "валута",
                "amount": "износ", "acc_payer": "рачун уплатиоца", "ref_debit": "модел и позив на број (задужење)", "acc_payee": "рачун примаоца",
                "ref_credit": "модел и позив на број (одобрење)", "sign": "печат и потпис уплатиоца", "place": "место и датум пријема", "value": "датум извршења",
                "urgent": "хитно"}}
WORDS = {"lat": {"title": ["OBAVEŠTENJE O PLAĆANJU", "OBAVEŠTENJE O IZVRŠENOM PLAĆANJU", "AVIZO O PLAĆANJU"], "no": "Broj:", "paid": "Datum plaćanja:",
                 "acc": "Tekući račun primaoca:", "to": ["Primalac:", "Dobavljač:", "Za:"], "greet": ["Poštovani,", "Poštovani poslovni partneri,"],
                 "body": "obaveštavamo Vas da smo dana {d} na Vaš tekući račun uplatili iznos od {n} RSD po sledećim fakturama:",
                 "head": ["Broj fakture", "Datum", "Iznos fakture", "Umanjenje", "Plaćeno (RSD)"], "credit": "(knjižno odobrenje)", "total": "Ukupno plaćeno:",
                 "close": "S poštovanjem,", "role": ["šef računovodstva", "finansijski direktor", "referent finansija"], "cont": "nastavak", "page": "Strana",
                 "reasons": ["kasa skonto 2%", "kompenzacija", "reklamacija", "avans"], "pib": "PIB", "mb": "MB", "year": " godine"},
         "cyr": {"title": ["ОБАВЕШТЕЊЕ О ПЛАЋАЊУ", "ОБАВЕШТЕЊЕ О ИЗВРШЕНОМ ПЛАЋАЊУ"], "no": "Број:", "paid": "Датум плаћања:", "acc": "Текући рачун примаоца:",
                 "to": ["Прималац:", "Добављач:", "За:"], "greet": ["Поштовани,", "Поштовани пословни партнери,"],
                 "body": "обавештавамо Вас да смо дана {d} на Ваш текући рачун уплатили износ од {n} РСД по следећим фактурама:",
                 "head": ["Број фактуре", "Датум", "Износ фактуре", "Умањење", "Плаћено (РСД)"], "credit": "(књижно одобрење)", "total": "Укупно плаћено:",
                 "close": "С поштовањем,", "role": ["шеф рачуноводства", "финансијски директор", "референт финансија"], "cont": "наставак", "page": "Страна",
                 "reasons": ["каса сконто 2%", "компензација", "рекламација", "аванс"], "pib": "ПИБ", "mb": "МБ", "year": " године"}}


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["rs_obavestenje_dopis", "rs_obavestenje_dopis", "rs_obavestenje_email", "rs_nalog_za_prenos"])
    script = "cyr" if layout != "rs_obavestenje_email" and chance(rng, 0.35) else "lat"
    payer, supplier = rs_party(rng), rs_party(rng)
    while supplier.name == payer.name:
        supplier = rs_party(rng)
    if script == "cyr":
        payer, supplier = rs_party_cyrillic(payer), rs_party_cyrillic(supplier)
    payer_pib, sup_pib = payer.tax_id, supplier.tax_id
    payer.tax_id = None
    paid_on = random_date(rng, date(2023, 1, 16), 1000)
    while paid_on.weekday() > 4:
        paid_on += timedelta(days=1)

    def n(v):
        return amount(v, ".", ",")

    def d(x):
        return fmt_date(x, "dmy_dot") + "."

    numbering = rs_invoice_numbering(rng)
    theme = Theme.pick(rng, size=(7.5, 9.0))
    w = WORDS[script]
    payer_ids = [f"{w['pib']}: {payer_pib}", f"{w['mb']}: {payer.extra['mb']}"]
    notes: dict = {"payer_pib": payer_pib, "payer_ids": payer_ids, "script": script}
    width, height = A4
    W = width - 72
    if layout == "rs_nalog_za_prenos":
        rows = advice_rows(rng, 1, paid_on, numbering, low=3000, high=2_400_000)
        total = rows[0]["gross"]
        inv = rows[0]["inv"]
        supplier.tax_id = None
        ref = rs_bank_reference(rng, paid_on)
        order = digits(rng, 8)
        doc = Doc(document_type="remittance_advice", locale="RS", currency="RSD", vendor=supplier, customer=payer, invoice_ids=[inv], document_date=paid_on,
                  total=total, payment_reference=ref, payment_date=paid_on, allocations=[(inv, total)],
                  vendor_address_printed=chance(rng, 0.7), customer_address_printed=chance(rng, 0.7))
        f = FORM[script]
        purpose_lat = pick(rng, ["Plaćanje po fakturi br. ", "Uplata po računu ", "Faktura ", "Promet robe, faktura "]) + inv
        purpose = sr_cyrillic(purpose_lat.rsplit(" ", 1)[0]) + " " + inv if script == "cyr" else purpose_lat
        model_ref = rs_reference97(inv)
        with_model = chance(rng, 0.75)
        code = pick(rng, ["221", "221", "289", "290"])

        def who(p, shown):
            return f"<p class='fv'>{esc(p.name)}</p>" + ("".join(f"<p class='fv'>{esc(x)}</p>" for x in p.address) if shown else "")

        def cell(label, value, width_pt, *, tall=False):
            return (f"<td class='fc' style='width:{width_pt - 9:.0f}pt{';height:34pt' if tall else ''}'><p class='fl'>{label}</p>"
                    f"<p class='fv'>{value or '&#160;'}</p></td>")

        half = W / 2 - 14
        inner = half - 10
        left = (f"<table><tr><td class='fc' style='width:{half - 9:.0f}pt;height:40pt'><p class='fl'>{f['payer']}</p>{who(payer, doc.customer_address_printed)}</td></tr></table>"
                f"<table><tr><td class='fc' style='width:{half - 9:.0f}pt;height:30pt'><p class='fl'>{f['purpose']}</p><p class='fv'>{esc(purpose)}</p></td></tr></table>"
                f"<table><tr><td class='fc' style='width:{half - 9:.0f}pt;height:40pt'><p class='fl'>{f['payee']}</p>{who(supplier, doc.vendor_address_printed)}</td></tr></table>"
                f"<p class='fl' style='margin-top:14pt'>______________________</p><p class='fl'>{f['sign']}</p>")
        right = (f"<p class='fh' style='text-align:right'>{f['title']}</p>"
                 + f"<table><tr>{cell(f['code'], code, inner * 0.24)}{cell(f['cur'], 'RSD', inner * 0.2)}{cell(f['amount'], '=' + n(total), inner * 0.56)}</tr></table>"
                 + f"<table><tr>{cell(f['acc_payer'], payer.extra['account'], inner)}</tr></table>"
                 + f"<table><tr>{cell(f['ref_debit'], '', inner)}</tr></table>"
                 + f"<table><tr>{cell(f['acc_payee'], supplier.extra['account'], inner)}</tr></table>"
                 + f"<table><tr>{cell(f['ref_credit'], model_ref if with_model else '', inner)}</tr></table>"
                 + f"<table><tr>{cell(f['place'], '', inner * 0.5)}{cell(f['value'], d(paid_on), inner * 0.5)}</tr></table>")
        form = f"<table style='border:1pt solid #333'><tr><td style='width:{half:.0f}pt'>{left}</td><td style='width:{half:.0f}pt'>{right}</td></tr></table>"
        bank = rs_bank_of(payer.extra["account"])
        status = pick(rng, ["Realizovan", "REALIZOVAN", "Izvršen"]) if script == "lat" else pick(rng, ["Реализован", "Извршен"])
        stamp_labels = ("Broj naloga", "Referenca", "Status", "Odštampano") if script == "lat" else ("Број налога", "Референца", "Статус", "Одштампано")
        body = (f"<p class='fh accent'>{esc(bank)}</p><p class='small muted'>{'Elektronsko bankarstvo' if script == 'lat' else 'Електронско банкарство'}</p>"
                + f"<div style='margin-top:10pt'>{form}</div>"
                + f"<table style='margin-top:10pt'><tr><td style='width:{W * 0.5:.0f}pt'><p>{stamp_labels[0]}: {order}</p><p>{stamp_labels[1]}: <b>{ref}</b></p></td>"
                f"<td style='width:{W * 0.44:.0f}pt'><p>{stamp_labels[2]}: <span class='stamp'>{status}</span></p></td></tr></table>"
                + f"<p class='small muted' style='margin-top:12pt'>{stamp_labels[3]}: {d(paid_on + timedelta(days=pick(rng, [0, 0, 1, 2])))}</p>")
        notes.update({"order": order, "model_ref": model_ref, "with_model": with_model, "purpose": purpose, "code": code})
        return form_page(doc, layout, theme, width, height, body, notes=notes)
    count = pick(rng, [1, 2, 3, 4, 5, 6, 8, 12, 20, 34])
    rows = advice_rows(rng, count, paid_on, numbering, low=2500, high=1_800_000, deduct=w["reasons"])
    total = sum((r["paid"] for r in rows), D("0.00"))
    printed = paid_on - timedelta(days=pick(rng, [0, 0, 1, 2]))
    ref = pick(rng, [f"01-{rng.randrange(1, 999)}/{paid_on.year}", f"{rng.randrange(1, 400)}/{paid_on.year % 100}", f"AV-{paid_on.strftime('%y%m')}-{digits(rng, 3)}"])
    email = layout == "rs_obavestenje_email"
    show_tax = not email and chance(rng, 0.55)
    supplier.tax_id = sup_pib if show_tax else None
    doc = Doc(document_type="remittance_advice", locale="RS", currency="RSD", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=printed, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_address_printed=not email)
    show_less = any(r["less"] for r in rows)
    head = w["head"][:3] + ([w["head"][3]] if show_less else []) + [w["head"][4]]
    fr = [0.25, 0.16, 0.19] + ([0.21] if show_less else []) + [0.19]
    numeric = set(range(2, len(head)))

    def cells(r):
        out = [esc(r["inv"]) + (f" <span class='small'>{w['credit']}</span>" if r["credit"] else ""), d(r["date"]), n(r["gross"])]
        if show_less:
            out.append(f"{n(r['less'])}<br/><span class='small'>{esc(r['reason'])}</span>" if r["less"] else "")
        return out + [n(r["paid"])]

    signer = pick(rng, SIGNERS)
    if email:
        subject = pick(rng, [f"Obaveštenje o plaćanju br. {ref}", f"Plaćene fakture - {ref}", f"Avizo {ref}"])
        header = mail_header([("Od:", f"{esc(signer)} &lt;{esc(payer.email or '')}&gt;"), ("Za:", esc(supplier.email or "")),
                              ("Datum:", f"{d(printed)} {rng.randrange(8, 17):02d}:{rng.randrange(60):02d}"), ("Tema:", f"<b>{esc(subject)}</b>")], W)
        first = (header + f"<p>{pick(rng, ['Poštovani,', 'Poštovane kolege,', 'Dobar dan,'])}</p>"
                 f"<p>obaveštavamo Vas da je {esc(payer.name)} dana {d(paid_on)} uplatio <b>{n(total)} RSD</b> na račun {esc(supplier.extra['account'])} "
                 f"({esc(supplier.name)}). Uplatom su zatvorene sledeće fakture:</p>")
        closing = (f"<p class='b' style='margin-top:6pt'>Ukupno: {n(total)} RSD</p>"
                   f"<p style='margin-top:8pt'>Srdačan pozdrav,</p><p>{esc(signer)}</p><p class='small'>Sektor finansija</p>"
                   f"<p class='small b'>{esc(payer.name)}</p>" + "".join(f"<p class='small'>{esc(x)}</p>" for x in payer.address)
                   + "".join(f"<p class='small'>{x}</p>" for x in payer_ids) + f"<p class='small'>Tel. {esc(payer.phone or '')}</p>")
        theme.table = pick(rng, ["minimal", "rules"])
        return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=numeric, rows=rows, cells=cells, closing=closing,
                            cont=f"{esc(subject)} ({w['cont']})", footer_text="Strana", notes=notes)
    city_lat = rs_party_city(payer)
    place = LOC.get(city_lat, city_lat) if chance(rng, 0.6) else city_lat
    if script == "cyr":
        place = sr_cyrillic(place)
    place_date = f"{esc(place)}, {d(printed)}" + (w["year"] if chance(rng, 0.4) else "")
    addressee = party_block(pick(rng, w["to"]), supplier, [f"{w['pib']}: {sup_pib}"] if show_tax else [])
    meta = [(w["no"], ref), (w["paid"], d(paid_on)), (w["acc"], supplier.extra["account"])]
    if chance(rng, 0.5):
        first = letter_head(payer, payer_ids, f"<div class='box'>{addressee}</div>", place_date, W)
    else:
        first = (f"<table><tr><td style='width:{W * 0.52:.0f}pt'>{party_block('', payer, payer_ids, big=True)}</td>"
                 f"<td style='width:{W * 0.44:.0f}pt'><div class='box'>{addressee}</div></td></tr></table><p style='margin-top:6pt'>{place_date}</p>")
    first += (f"<p class='tt c' style='margin-top:10pt'>{pick(rng, w['title'])}</p>" + "".join(f"<p>{k} <b>{v}</b></p>" for k, v in meta)
              + f"<p style='margin-top:6pt'>{pick(rng, w['greet'])}</p><p>{w['body'].format(d=d(paid_on), n=n(total))}</p>")
    closing = (f"<p class='b' style='text-align:right;margin-top:8pt'>{w['total']} {n(total)} {'RSD' if script == 'lat' else 'РСД'}</p>"
               f"<p style='margin-top:8pt'>{w['close']}</p><p>{esc(sr_cyrillic(signer) if script == 'cyr' else signer)}</p><p class='small'>{pick(rng, w['role'])}</p>")
    return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=numeric, rows=rows, cells=cells, closing=closing,
                        cont=f"{pick(rng, w['title'])} {ref} ({w['cont']})", footer_text=w["page"], notes=notes)


def rs_party_city(party) -> str:
    """The city of a party's postcode line in Latin script (a Cyrillic party's city transliterated back through its extra)."""
    return party.address[-1].split(" ", 1)[1] if party.country == "RS" and party.address[-1][:1].isdigit() else party.extra.get("city", "Beograd")
