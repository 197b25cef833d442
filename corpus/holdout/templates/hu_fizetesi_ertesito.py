"""Hungarian payment advices: what a Hungarian payer, or its bank, sends the supplier once a transfer has gone, in Hungarian, HUF
(whole forints) or EUR, 2023-2025 (invented companies and banks).

Three prints. `hu_ertesito_level` (the payer's FIZETÉSI ÉRTESÍTŐ / ÁTUTALÁSI ÉRTESÍTŐ / ÉRTESÍTÉS ÁTUTALÁSRÓL: the payer's
letterhead with its adószám and cégjegyzékszám (decoys), the supplier in a box with, on some, its adószám `12345678-2-42` (= the
vendor's tax id), Kifizetés azonosító / Utalás száma (= reference), Utalás dátuma / Értéknap (= payment date), Szállítói kód (=
vendor id), the supplier's GIRO account `11773016-12345678-00000000`; "Tisztelt Partnerünk! Értesítjük, hogy 2024.03.15. napon
…"; a table Számlaszám / Számla kelte / Fizetési határidő / Saját bizonylat (decoy) / Bruttó összeg / Levonás / Kifizetve,
helyesbítő and sztornó számlák negative, over pages on long runs; Összesen), `hu_terhelesi_ertesito` (the payer's bank's
TERHELÉSI ÉRTESÍTŐ / Átutalási megbízás teljesítése: Megbízó and Kedvezményezett with their accounts, Összeg, Közlemény naming
the invoices (with their amounts when there are several), Értéknap (= payment date), Tranzakció azonosító (= reference), the
order number and the statement number (decoys), the print's date (= document date); the bank is no party),
`hu_ertesito_email` (an e-mail "Tárgy: Utalási értesítő …" from the payer's finance team with a short list).

Truth: a `remittance_advice`; vendor = the supplier paid (its address where printed; its adószám only where printed); customer =
the payer (its adószám and cégjegyzékszám decoys); ids = the supplier's invoice numbers; allocations = the amounts paid (after
any levonás; corrections negative; whole forints); total = payment amount = Összesen / Összeg; reference, payment date and the
advice's date as printed (`2024.03.15.`, `2024. március 15.`).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twelfth import hu_party
from corpus.holdout.fakes_twentysixth import HU_BANKS, digits, hu_giro, hu_iban, hu_numbering
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import rows_html, single_page
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfifth import kv_left
from corpus.holdout.templates._twentysecond import party_block
from corpus.holdout.templates._twentysixth import letter_paged, ruled_rows

FAMILY = "hu_fizetesi_ertesito"
D = Decimal
HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"]
REASONS = ["skonto 2%", "beszámítás (kompenzáció)", "kötbér", "árkülönbözet", "hiány a szállításban"]


def hu_date(d: date, style: str) -> str:
    if style == "long":
        return f"{d.year}. {HU_MONTHS[d.month - 1]} {d.day}."
    if style == "spaced":
        return f"{d.year}. {d.month:02d}. {d.day:02d}."
    return f"{d.year}.{d.month:02d}.{d.day:02d}."


def _rows(rng: random.Random, count: int, paid_on: date, prefix: str, huf: bool, *, credits: bool = True) -> list[dict]:
    rows = []
    numbering = hu_numbering(rng, prefix)
    for issued in sorted(paid_on - timedelta(days=rng.randrange(8, 75)) for _ in range(count)):
        credit = credits and count > 2 and bool(rows) and chance(rng, 0.12)
        inv = numbering(issued, credit)
        if huf:
            gross = D(rng.randrange(8000, 9_800_000) if not credit else rng.randrange(2000, 250_000))
        else:
            gross = money(rng.uniform(40, 38000) if not credit else rng.uniform(10, 900))
        less, reason = D("0.00"), ""
        if not credit and chance(rng, 0.12):
            reason = pick(rng, REASONS)
            less = gross * D("0.02") if reason.startswith("skonto") else D(str(rng.uniform(500, float(gross) / 4) if huf else rng.uniform(5, float(gross) / 4)))
            less = less.quantize(D(1)) if huf else money(less)
        if credit:
            gross = -gross
        rows.append({"inv": inv, "date": issued, "due": issued + timedelta(days=pick(rng, [8, 15, 15, 30, 30, 45, 60])), "gross": gross, "less": less,
                     "reason": reason, "paid": gross - less, "credit": credit, "own": f"{pick(rng, ['SZL', 'BSZ', 'KT'])}-{issued.year % 100}/{rng.randrange(1, 99999):05d}"})
    if sum((r["paid"] for r in rows), D(0)) <= 0:
        bump = D(500000) if huf else money(2000)
        rows[0]["gross"] += bump
        rows[0]["paid"] += bump
    return rows


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["hu_ertesito_level", "hu_ertesito_level", "hu_terhelesi_ertesito", "hu_terhelesi_ertesito", "hu_ertesito_email"])
    payer, supplier = hu_party(rng), hu_party(rng)
    while supplier.name == payer.name:
        supplier = hu_party(rng)
    payer_tax, sup_tax = payer.tax_id, supplier.tax_id
    payer.tax_id = None
    paid_on = random_date(rng, date(2023, 1, 16), 1000)
    while paid_on.weekday() > 4:
        paid_on += timedelta(days=1)
    huf = chance(rng, 0.82)
    currency = "HUF" if huf else "EUR"
    sep = pick(rng, [" ", " ", "\u00a0", "."])

    def n(v):
        return amount(v, sep, ",", 0 if huf else 2)

    cur = pick(rng, ["Ft", "HUF"]) if huf else "EUR"
    sup_bank, sup_code = pick(rng, HU_BANKS)
    pay_bank, pay_code = pick(rng, HU_BANKS)
    sup_acc, pay_acc = hu_giro(rng, sup_code), hu_giro(rng, pay_code)
    if not huf:
        sup_acc, pay_acc = hu_iban(sup_acc), hu_iban(pay_acc)
    style = pick(rng, ["dots", "dots", "spaced", "long"])

    def d(x, long_ok=False):
        return hu_date(x, style if long_ok or style != "long" else "dots")

    theme = Theme.pick(rng, size=(7.5, 9.0))
    payer_ids = [f"Adószám: {payer_tax}", f"Cégjegyzékszám: {payer.extra['cegjegyzek']}"]
    notes: dict = {"payer_tax": payer_tax, "payer_ids": payer_ids, "cegjegyzek": payer.extra["cegjegyzek"]}
    prefix = "".join(ch for ch in supplier.name.split()[0].upper() if ch.isascii() and ch.isalpha())[:5] or "SZ"
    if layout == "hu_terhelesi_ertesito":
        return _bank(rng, layout, payer, supplier, paid_on, prefix, huf, currency, sup_acc, pay_acc, pay_bank, theme, notes, n, d)
    email = layout == "hu_ertesito_email"
    count = pick(rng, [1, 2, 3, 4, 5]) if email else pick(rng, [1, 2, 3, 4, 6, 8, 12, 18, 25, 34, 42, 50])
    rows = _rows(rng, count, paid_on, prefix, huf)
    total = sum((r["paid"] for r in rows), D(0))
    printed = paid_on + timedelta(days=pick(rng, [0, 0, 1, 2]))
    ref = pick(rng, [f"KIF-{paid_on.year}-{rng.randrange(1, 99999):05d}", f"UT{paid_on.strftime('%y%m%d')}{rng.randrange(10, 99)}",
                     f"{rng.randrange(1, 9999)}/{paid_on.year}", f"FIZ{rng.randrange(100000, 999999)}"])
    vendor_no = pick(rng, [f"SZ{rng.randrange(10000, 99999)}", f"{rng.randrange(400000, 499999)}", f"SZALL-{rng.randrange(100, 9999):04d}", None])
    show_tax = not email and chance(rng, 0.5)
    supplier.tax_id = sup_tax if show_tax else None
    doc = Doc(document_type="remittance_advice", locale="HU", currency=currency, vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=printed, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_id=vendor_no, vendor_address_printed=not email)
    notes["own_numbers"] = [r["own"] for r in rows]
    if email:
        return _email(rng, layout, doc, payer, supplier, rows, total, paid_on, printed, ref, vendor_no, sup_acc, payer_ids, theme, notes, n, cur, d)
    title = pick(rng, ["FIZETÉSI ÉRTESÍTŐ", "ÁTUTALÁSI ÉRTESÍTŐ", "ÉRTESÍTÉS ÁTUTALÁSRÓL", "Fizetési értesítő"])
    width, height = A4
    W = width - 72
    meta = [(pick(rng, ["Kifizetés azonosító:", "Utalás száma:", "Értesítő száma:"]), ref), (pick(rng, ["Utalás dátuma:", "Értéknap:"]), d(paid_on))]
    if vendor_no:
        meta.append((pick(rng, ["Szállítói kód:", "Partnerkód:"]), vendor_no))
    meta.append(("Kedvezményezett számlaszáma:", sup_acc))
    left = party_block("", payer, payer_ids, big=True)
    sup_rows = [f"Adószám: {sup_tax}"] if show_tax else []
    right = f"<p class='muted small'>{pick(rng, ['Címzett:', 'Szállító:', 'Kedvezményezett:'])}</p>{party_block('', supplier, sup_rows)}"
    city = payer.address[0].split(" ", 1)[1]
    place = f"{esc(city)}, {d(printed, True)}"
    intro = (f"Értesítjük, hogy {d(paid_on)} napon az alábbi számlák ellenértékét, összesen {n(total)} {cur} összeget átutaltuk "
             f"a(z) {sup_acc} számú bankszámlájukra ({esc(sup_bank)}).")
    first = (f"<table><tr><td style='width:{W * 0.52:.0f}pt'>{left}</td><td style='width:{W * 0.44:.0f}pt'><p class='r'>{place}</p>"
             f"<div class='box' style='margin-top:6pt'>{right}</div></td></tr></table>"
             + f"<p class='tt' style='margin-top:10pt'>{title}</p>"
             + f"<div style='margin-top:4pt'>{rows_html([(k, f'<b>{v}</b>') for k, v in meta], strong_last=False, widths=(150, 250))}</div>"
             + f"<p style='margin-top:6pt'>{pick(rng, ['Tisztelt Partnerünk!', 'Tisztelt Hölgyem/Uram!'])}</p><p>{intro}</p>")
    show_less = any(r["less"] for r in rows)
    show_own, show_due = chance(rng, 0.55), chance(rng, 0.5)
    head = ["Számlaszám", "Számla kelte"] + (["Fizetési határidő"] if show_due else []) + (["Saját bizonylat"] if show_own else []) \
        + ["Bruttó összeg"] + (["Levonás"] if show_less else []) + ["Kifizetve"]
    fr = [0.2, 0.13] + ([0.13] if show_due else []) + ([0.15] if show_own else []) + [0.14] + ([0.18] if show_less else []) + [0.14]
    numeric = set(range(len(head) - 2 - (1 if show_less else 0), len(head)))

    def cells(r):
        out = [esc(r["inv"]) + (" <span class='small'>(helyesbítő)</span>" if r["credit"] else ""), d(r["date"])]
        if show_due:
            out.append(d(r["due"]))
        if show_own:
            out.append(esc(r["own"]))
        out.append(n(r["gross"]))
        if show_less:
            out.append(f"{n(r['less'])}<br/><span class='small'>{esc(r['reason'])}</span>" if r["less"] else "")
        return out + [n(r["paid"])]

    signer = pick(rng, ["Kovács Katalin", "Nagy Zoltán", "Tóth Ágnes", "Szabó Péter", "Varga Erzsébet"])
    closing = (f"<p class='b' style='text-align:right;margin-top:8pt'>Összesen: {n(total)} {cur}</p>"
               + f"<p class='small' style='margin-top:6pt'>Kérdés esetén kérjük, keressen minket: {esc(payer.email or '')}, {esc(payer.phone or '')}</p>"
               + f"<p style='margin-top:8pt'>Tisztelettel:</p><p>{signer}</p><p class='small'>pénzügyi osztály</p>"
               + "<p class='small muted' style='margin-top:4pt'>A dokumentum elektronikusan készült, aláírás nélkül érvényes.</p>")
    return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=numeric, rows=rows, cells=cells, closing=closing,
                        cont=f"{title} {ref} (folytatás)", footer_text="Oldal", notes=notes)


def _email(rng, layout, doc, payer, supplier, rows, total, paid_on, printed, ref, vendor_no, sup_acc, payer_ids, theme, notes, n, cur, d) -> Built:
    css = theme.css(".hdr td{padding:1pt 4pt} .mail{border-bottom:0.8pt solid #999;margin-bottom:8pt}")
    width, height = A4
    sender = f"penzugy@{(payer.email or 'x@ceg.example').split('@')[1]}"
    hh, mm = rng.randrange(8, 17), rng.randrange(60)
    header = ("<table class='hdr mail'>"
              + f"<tr><td class='b'>Feladó:</td><td>Pénzügy - {esc(payer.name)} &lt;{sender}&gt;</td></tr>"
              + f"<tr><td class='b'>Elküldve:</td><td>{d(printed)} {hh:02d}:{mm:02d}</td></tr>"
              + f"<tr><td class='b'>Címzett:</td><td>{esc(supplier.email or 'info@ceg.example')}</td></tr>"
              + f"<tr><td class='b'>Tárgy:</td><td>Utalási értesítő - {ref}</td></tr></table>")
    items = "".join(f"<p>- {esc(r['inv'])} ({d(r['date'])}): {n(r['paid'])} {cur}" + (" (helyesbítő számla)" if r["credit"] else "")
                    + (f" - levonás {n(r['less'])} ({esc(r['reason'])})" if r["less"] else "") + "</p>" for r in rows)
    body = (f"<p>{pick(rng, ['Tisztelt Partnerünk!', 'Kedves Kollégák!'])}</p>"
            + f"<p style='margin-top:6pt'>Tájékoztatjuk, hogy {d(paid_on)} napon {n(total)} {cur} összeget utaltunk a(z) {esc(supplier.name)} "
            + f"{sup_acc} számú számlájára.</p>"
            + (f"<p>Az Önök szállítói kódja nálunk: {vendor_no}</p>" if vendor_no else "")
            + f"<p>Utalás száma: {ref}</p><p style='margin-top:6pt'>Az utalás az alábbi számlákat egyenlíti ki:</p>{items}"
            + "<p style='margin-top:8pt'>Üdvözlettel:</p>"
            + f"<p style='margin-top:4pt'>{pick(rng, ['Kiss Éva', 'Molnár Gábor', 'Farkas Zsuzsanna', 'Németh István'])}</p><p>Pénzügyi osztály</p>"
            + f"<p class='b'>{esc(payer.name)}</p>" + "".join(f"<p class='small'>{esc(x)}</p>" for x in payer.address)
            + "".join(f"<p class='small'>{x}</p>" for x in payer_ids))
    sheet = single_page(layout, width, height, css, [Box((54, 50, width - 54, height - 50), header + body)])
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes)


def _bank(rng, layout, payer, supplier, paid_on, prefix, huf, currency, sup_acc, pay_acc, pay_bank, theme, notes, n, d) -> Built:
    count = pick(rng, [1, 1, 1, 2, 3])
    rows = _rows(rng, count, paid_on, prefix, huf, credits=False)
    for r in rows:
        r["paid"], r["less"] = r["gross"], D(0) if huf else D("0.00")
    total = sum((r["paid"] for r in rows), D(0))
    generated = paid_on + timedelta(days=pick(rng, [0, 0, 0, 1, 3]))
    ref = pick(rng, [f"{paid_on.strftime('%Y%m%d')}{digits(rng, 8)}", f"HU{digits(rng, 12)}", f"T{paid_on.strftime('%y%m%d')}-{digits(rng, 7)}"])
    order_no = digits(rng, 10)
    statement = f"{rng.randrange(1, 260)}/{paid_on.year}"
    unit = "HUF" if huf else "EUR"
    if count == 1:
        message = pick(rng, ["Számla ", "Szla: ", "", "Számlaszám: "]) + rows[0]["inv"]
    else:
        message = "Számlák: " + ", ".join(f"{r['inv']} {n(r['paid'])}" for r in rows)
    supplier.tax_id = None
    payer_address, supplier_address = chance(rng, 0.5), chance(rng, 0.3)
    doc = Doc(document_type="remittance_advice", locale="HU", currency=currency, vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=generated, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_address_printed=supplier_address, customer_address_printed=payer_address)
    css = theme.css(".bank{font-size:14pt;font-weight:bold} .sec{background:#ececec;font-weight:bold;padding:2pt 4pt;margin-top:8pt}")
    width, height = A4
    W = width - 100
    style = pick(rng, ["kv_left", "rows", "ruled"])

    def kv(pairs):
        if style == "rows":
            return rows_html(pairs, strong_last=False, widths=(170, W - 180))
        return kv_left(pairs, (170, W - 180)) if style == "kv_left" else ruled_rows(pairs, (170, W - 180))

    sender = [("Megbízó neve", f"<b>{esc(payer.name)}</b>")] + ([("Megbízó címe", esc(", ".join(payer.address)))] if payer_address else []) \
        + [("Megbízó számlaszáma", pay_acc)]
    receiver = [("Kedvezményezett neve", f"<b>{esc(supplier.name)}</b>")] + ([("Kedvezményezett címe", esc(", ".join(supplier.address)))] if supplier_address else []) \
        + [("Kedvezményezett számlaszáma", sup_acc)]
    op = [("Tranzakció típusa", pick(rng, ["Forint átutalás (azonnali)", "Belföldi forint átutalás", "Eseti átutalás"] if huf else ["SEPA átutalás", "Deviza átutalás"])),
          ("Összeg", f"<b>{n(total)} {unit}</b>"), ("Közlemény", esc(message)), ("Terhelés napja", d(paid_on - timedelta(days=pick(rng, [0, 0, 1])))),
          ("Értéknap", d(paid_on)), ("Tranzakció azonosító", ref), ("Megbízás azonosító", order_no), ("Kivonat száma", statement),
          ("Státusz", pick(rng, ["Teljesítve", "Könyvelve"]))]
    title = pick(rng, ["TERHELÉSI ÉRTESÍTŐ", "Átutalási megbízás teljesítése", "Tranzakció részletei - teljesítési igazolás"])
    body = (f"<p class='bank accent'>{esc(pay_bank)}</p><p class='small'>Ügyfélszolgálat: +36 1 {digits(rng, 3)} {digits(rng, 4)}</p>"
            + f"<p class='b' style='margin-top:10pt;font-size:12pt'>{title}</p>"
            + f"<p>Készült: {d(generated)} {rng.randrange(7, 22):02d}:{rng.randrange(60):02d}</p>"
            + "<p class='sec'>Megbízó</p>" + kv(sender) + "<p class='sec'>Kedvezményezett</p>" + kv(receiver) + "<p class='sec'>Tranzakció adatai</p>" + kv(op)
            + "<p class='small muted' style='margin-top:14pt'>Ez az igazolás az internetbankból készült, aláírás és bélyegző nélkül érvényes. "
            + "A bank a megbízó által megadott adatok helyességéért nem felel.</p>")
    notes.update({"order_no": order_no, "statement": statement, "message": message})
    sheet = single_page(layout, width, height, css, [Box((50, 46, width - 50, height - 46), body)])
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes)
