"""Polish payment advices: what a Polish payer, or its bank, sends the supplier once a transfer has gone, in Polish, PLN,
2023-2025 (invented companies and banks).

Three prints. `pl_awizo_pismo` (the payer's AWIZO PŁATNOŚCI / POTWIERDZENIE ZAPŁATY / ZAWIADOMIENIE O DOKONANIU PŁATNOŚCI: the
payer's letterhead with NIP, REGON and KRS (decoys), "Warszawa, 15.03.2024" or "dnia 15 marca 2024 r.", the supplier in the
window with, on some, its NIP (= the vendor's tax id), Nr awiza / Nr płatności (= reference), Data płatności, Kod dostawcy (=
vendor id), the supplier's NRB account; a table Lp. / Nr faktury / Data wystawienia / Nasz nr księgowy (decoy) / Kwota brutto /
Potrącenie / Zapłacono, korekty (faktury korygujące) negative, a "w tym VAT (MPP)" column where the split payment was used, over
pages on long runs; Razem), `pl_potwierdzenie_przelewu` (the payer's bank's "Potwierdzenie wykonania przelewu": Nadawca and
Odbiorca with their accounts, Tytuł naming the invoices and their amounts, or the split-payment message
`/VAT/123,45/IDC/1234567890/INV/FV 12/2024/TXT/...` with Kwota VAT and NIP odbiorcy (= the vendor's tax id), Kwota, Data
realizacji (= payment date), Data wygenerowania (= document date), Numer referencyjny (= reference), the bank's own operation
number (decoy); the bank is no party), `pl_awizo_email` (an e-mail "Temat: Awizo płatności …" from the payer's accounts
department with a short list and the payer's signature).

Truth: a `remittance_advice`; vendor = the supplier paid (its address where printed; its NIP as tax id only where printed);
customer = the payer (its NIP, REGON, KRS decoys); ids = the supplier's invoice and correction numbers; allocations = the amounts
paid (after any potrącenie; korekty negative); total = payment amount = Razem / Kwota; reference, payment date and the
advice's date as printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company, person_name
from corpus.holdout.fakes_twentyfifth import (
    PL_BANKS,
    digits,
    mpp_message,
    pl_correction_number,
    pl_invoice_number,
    pl_nrb,
)
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import pts, rows_html, single_page
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfifth import kv_left
from corpus.holdout.templates._twentyfirst import build_paged
from corpus.holdout.templates._twentysecond import party_block

FAMILY = "pl_awizo_platnosci"
D = Decimal
POTRACENIA = ["skonto 2%", "kompensata z notą NO/{n}", "kara umowna", "różnica cenowa"]


def _rows(rng: random.Random, count: int, paid_on: date, mpp: bool) -> list[dict]:
    rows, used = [], set()
    while len(rows) < count:
        issued = paid_on - timedelta(days=rng.randrange(8, 75))
        credit = count > 2 and bool(rows) and chance(rng, 0.12)
        inv = pl_correction_number(rng, issued) if credit else pl_invoice_number(rng, issued)
        if inv in used:
            continue
        used.add(inv)
        net = money(rng.uniform(150, 42000) if not credit else rng.uniform(20, 900))
        rate = D(pick(rng, [23, 23, 23, 8])) if not credit else D(23)
        vat = money(net * rate / 100)
        gross = net + vat
        less, reason = D("0.00"), ""
        if not credit and chance(rng, 0.12):
            reason = pick(rng, POTRACENIA).format(n=rng.randrange(1, 300))
            less = money(gross * D("0.02")) if reason.startswith("skonto") else money(rng.uniform(10, min(600, float(gross) / 4)))
        if credit:
            gross, vat = -gross, -vat
        rows.append({"inv": inv, "date": issued, "gross": gross, "vat": vat if mpp else D("0.00"), "less": less, "reason": reason,
                     "paid": gross - less, "credit": credit, "own": f"{pick(rng, ['FZ', 'KZ', 'DK'])}/{rng.randrange(1, 9999):04d}/{issued.year % 100}"})
    if sum((r["paid"] for r in rows), D("0.00")) <= 0:
        rows[0]["gross"] += money(5000)
        rows[0]["paid"] += money(5000)
    return rows


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["pl_awizo_pismo", "pl_awizo_pismo", "pl_potwierdzenie_przelewu", "pl_potwierdzenie_przelewu", "pl_awizo_email"])
    payer, supplier = make_company(rng, "PL"), make_company(rng, "PL")
    while supplier.name == payer.name:
        supplier = make_company(rng, "PL")
    paid_on = random_date(rng, date(2023, 1, 16), 1000)
    while paid_on.weekday() > 4:
        paid_on += timedelta(days=1)
    bank, code, bic = pick(rng, PL_BANKS)
    sup_bank, sup_code, _sup_bic = pick(rng, PL_BANKS)
    sup_nrb, payer_nrb = pl_nrb(rng, sup_code), pl_nrb(rng, code)
    payer_nip, supplier_nip = payer.tax_id, supplier.tax_id
    payer.tax_id = None
    theme = Theme.pick(rng, size=(7.5, 9.0))
    sep = pick(rng, [" ", " ", "\u00a0", "."])

    def n(v):
        return amount(v, sep, ",")

    notes: dict = {"payer_nip": payer_nip, "regon": payer.extra["regon"], "payer_nrb": payer_nrb}
    if layout == "pl_potwierdzenie_przelewu":
        return _bank(rng, layout, payer, supplier, supplier_nip, paid_on, bank, bic, sup_nrb, payer_nrb, theme, notes, n)
    email = layout == "pl_awizo_email"
    mpp = not email and chance(rng, 0.25)
    count = pick(rng, [1, 2, 3, 4, 5]) if email else pick(rng, [1, 2, 3, 4, 6, 8, 12, 18, 26, 40])
    rows = _rows(rng, count, paid_on, mpp)
    total = sum((r["paid"] for r in rows), D("0.00"))
    printed = paid_on + timedelta(days=pick(rng, [0, 0, 1, 2]))   # the letter reports a transfer made
    ref = pick(rng, [f"AW/{paid_on.year}/{rng.randrange(1, 9999):05d}", f"PL{paid_on.strftime('%y%m%d')}{rng.randrange(100, 999)}",
                     f"{rng.randrange(1, 999)}/{paid_on.month:02d}/{paid_on.year}/P", f"ZP-{rng.randrange(10000, 99999)}"])
    vendor_no = pick(rng, [f"D{rng.randrange(1000, 99999)}", f"{rng.randrange(200000, 299999)}", f"DOST-{rng.randrange(100, 9999):04d}", None])
    show_nip = not email and chance(rng, 0.5)
    if not show_nip:
        supplier.tax_id = None
    doc = Doc(document_type="remittance_advice", locale="PL", currency="PLN", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=printed, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_id=vendor_no, vendor_address_printed=not email)
    city = payer.address[-1].split(" ", 1)[1]
    payer_ids = [f"NIP: {payer_nip}", f"REGON: {payer.extra['regon']}", f"KRS: {payer.extra['krs']}"]
    notes.update({"payer_ids": payer_ids, "own_numbers": [r["own"] for r in rows]})
    long_date = chance(rng, 0.4)

    def d(x):
        return fmt_date(x, "dmy_dot") if not long_date or x is not printed else f"{fmt_date(x, 'd_month_y', 'pl')} r."

    cur = pick(rng, ["zł", "PLN"])
    if email:
        return _email(rng, layout, doc, payer, supplier, rows, total, paid_on, printed, ref, vendor_no, sup_nrb, payer_ids, theme, notes, n, cur)
    title = pick(rng, ["AWIZO PŁATNOŚCI", "POTWIERDZENIE ZAPŁATY", "ZAWIADOMIENIE O DOKONANIU PŁATNOŚCI", "AWIZO PRZELEWU"])
    css = theme.css(".tt{font-size:13pt;font-weight:bold} .box{border:0.8pt solid #666;padding:5pt} .t{font-size:13pt;font-weight:bold}")
    width, height = A4
    W = width - 72
    meta = [(pick(rng, ["Nr awiza:", "Nr płatności:", "Numer awiza:"]), ref), ("Data płatności:", fmt_date(paid_on, "dmy_dot"))]
    if vendor_no:
        meta.append((pick(rng, ["Kod dostawcy:", "Nr kontrahenta:", "Kod kontrahenta:"]), vendor_no))
    meta.append(("Rachunek odbiorcy:", sup_nrb))
    left = party_block("", payer, payer_ids, big=True)
    sup_rows = [f"NIP: {supplier_nip}"] if show_nip else []
    right = f"<p class='muted small'>{pick(rng, ['Odbiorca:', 'Dostawca:', 'Szanowni Państwo'])}</p>{party_block('', supplier, sup_rows)}"
    place = f"{esc(city)}, {'dnia ' if long_date else ''}{d(printed)}"
    intro = (f"Uprzejmie informujemy, że w dniu {fmt_date(paid_on, 'dmy_dot')} dokonaliśmy przelewu na kwotę {n(total)} {cur} na rachunek "
             f"nr {sup_nrb} ({esc(sup_bank)}) tytułem zapłaty za następujące dokumenty:")
    first = (f"<table><tr><td style='width:{W * 0.52:.0f}pt'>{left}</td><td style='width:{W * 0.44:.0f}pt'><p class='r'>{place}</p>"
             f"<div class='box' style='margin-top:6pt'>{right}</div></td></tr></table>"
             + f"<p class='tt' style='margin-top:10pt'>{title}</p>"
             + f"<div style='margin-top:4pt'>{rows_html([(k, f'<b>{v}</b>') for k, v in meta], strong_last=False, widths=(110, 230))}</div>"
             + f"<p style='margin-top:6pt'>{intro}</p>")
    show_less = any(r["less"] for r in rows)
    show_own = chance(rng, 0.6)
    head = ["Lp.", "Nr faktury", "Data wystawienia"] + (["Nasz nr księgowy"] if show_own else []) + ["Kwota brutto"] \
        + (["w tym VAT (MPP)"] if mpp else []) + (["Potrącenie"] if show_less else []) + ["Zapłacono"]
    fr = [0.05, 0.22, 0.13] + ([0.14] if show_own else []) + [0.14] + ([0.13] if mpp else []) + ([0.16] if show_less else []) + [0.14]
    numeric = {0} | set(range(3 + (1 if show_own else 0), len(head)))
    for i, r in enumerate(rows):
        r["lp"] = i + 1

    def cells(r):
        out = [f"{r['lp']}.", esc(r["inv"]) + (" <span class='small'>(korekta)</span>" if r["credit"] else ""), fmt_date(r["date"], "dmy_dot")]
        if show_own:
            out.append(esc(r["own"]))
        out.append(n(r["gross"]))
        if mpp:
            out.append(n(r["vat"]))
        if show_less:
            out.append(f"{n(r['less'])}<br/><span class='small'>{esc(r['reason'])}</span>" if r["less"] else "")
        return out + [n(r["paid"])]

    closing = (f"<p class='b' style='text-align:right;margin-top:8pt'>Razem zapłacono: {n(total)} {cur}</p>"
               + ("<p class='small' style='margin-top:4pt'>Płatność zrealizowana w mechanizmie podzielonej płatności (split payment).</p>" if mpp else "")
               + f"<p class='small' style='margin-top:6pt'>W razie pytań prosimy o kontakt: {esc(payer.email or '')}, tel. {esc(payer.phone or '')}</p>"
               + "<p class='small muted' style='margin-top:4pt'>Dokument wygenerowany automatycznie, nie wymaga podpisu.</p>")
    notes["mpp"] = mpp
    return build_paged(doc, layout, width, height, css, first, head, pts(W, *fr), numeric, rows, cells, closing, cont=f"{title} {ref} (cd.)",
                       footer_text="Strona", notes=notes)


def _email(rng, layout, doc, payer, supplier, rows, total, paid_on, printed, ref, vendor_no, sup_nrb, payer_ids, theme, notes, n, cur) -> Built:
    css = theme.css(".hdr td{padding:1pt 4pt} .mail{border-bottom:0.8pt solid #999;margin-bottom:8pt}")
    width, height = A4
    sender = f"ksiegowosc@{payer.email.split('@')[1]}" if payer.email else "ksiegowosc@example.pl"
    hh, mm = rng.randrange(8, 17), rng.randrange(60)
    header = ("<table class='hdr mail'>"
              + f"<tr><td class='b'>Od:</td><td>Dział Księgowości {esc(payer.name)} &lt;{sender}&gt;</td></tr>"
              + f"<tr><td class='b'>Wysłano:</td><td>{fmt_date(printed, pick(rng, ['dmy_dot', 'iso']))} {hh:02d}:{mm:02d}</td></tr>"
              + f"<tr><td class='b'>Do:</td><td>{esc(supplier.email or 'biuro@example.pl')}</td></tr>"
              + f"<tr><td class='b'>Temat:</td><td>Awizo płatności {ref}</td></tr></table>")
    items = "".join(f"<p>- {'Korekta' if r['credit'] else 'Faktura'} nr {esc(r['inv'])} z dnia {fmt_date(r['date'], 'dmy_dot')}: {n(r['paid'])} {cur}"
                    + (f" (potrącono {n(r['less'])} - {esc(r['reason'])})" if r["less"] else "") + "</p>" for r in rows)
    body = (f"<p>{pick(rng, ['Dzień dobry,', 'Szanowni Państwo,'])}</p>"
            + f"<p style='margin-top:6pt'>informujemy, że w dniu {fmt_date(paid_on, 'dmy_dot')} zleciliśmy przelew na rzecz {esc(supplier.name)} "
            + f"na kwotę {n(total)} {cur} na rachunek {sup_nrb}.</p>"
            + (f"<p>Państwa kod dostawcy w naszym systemie: {vendor_no}</p>" if vendor_no else "")
            + f"<p>Numer płatności: {ref}</p><p style='margin-top:6pt'>Przelew dotyczy następujących dokumentów:</p>{items}"
            + "<p style='margin-top:8pt'>Z poważaniem</p>"
            + f"<p style='margin-top:6pt'>{esc(person_name(rng, 'PL'))}</p><p>Dział Księgowości</p><p class='b'>{esc(payer.name)}</p>"
            + "".join(f"<p class='small'>{esc(x)}</p>" for x in payer.address) + "".join(f"<p class='small'>{x}</p>" for x in payer_ids))
    sheet = single_page(layout, width, height, css, [Box((54, 50, width - 54, height - 50), header + body)])
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes)


def _bank(rng, layout, payer, supplier, supplier_nip, paid_on, bank, bic, sup_nrb, payer_nrb, theme, notes, n) -> Built:
    mpp = chance(rng, 0.45)
    count = 1 if mpp else pick(rng, [1, 1, 1, 2, 3])
    rows = _rows(rng, count, paid_on, mpp)
    for r in rows:   # a bank transfer's title names invoices, not deductions or corrections
        r["paid"], r["less"], r["credit"] = abs(r["gross"]), D("0.00"), False
        r["gross"] = abs(r["gross"])
    total = sum((r["paid"] for r in rows), D("0.00"))
    generated = paid_on + timedelta(days=pick(rng, [0, 0, 0, 1, 3]))
    ref = pick(rng, [f"{paid_on.strftime('%Y%m%d')}{digits(rng, 8)}", f"P{paid_on.strftime('%y%m%d')}{digits(rng, 7)}", f"ELX/{paid_on.year}/{digits(rng, 9)}"])
    operation = digits(rng, 12)
    if mpp:
        r = rows[0]
        vat = r["vat"] if r["vat"] else money(r["gross"] * 23 / 123)
        title = mpp_message(vat, supplier_nip, r["inv"], pick(rng, ["zaplata za fakture", "FAKTURA", "platnosc", "zakup towaru"]))
        kind = "Przelew w mechanizmie podzielonej płatności"
    else:
        vat = None
        title = ("Zapłata za fakturę " + rows[0]["inv"]) if count == 1 else "Faktury: " + "; ".join(f"{r['inv']} {n(r['paid'])}" for r in rows)
        kind = pick(rng, ["Przelew krajowy Elixir", "Przelew natychmiastowy Express Elixir", "Przelew zwykły"])
    if not mpp:
        supplier.tax_id = None
    payer_address = chance(rng, 0.6)
    supplier_address = chance(rng, 0.5)
    doc = Doc(document_type="remittance_advice", locale="PL", currency="PLN", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=generated, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_address_printed=supplier_address, customer_address_printed=payer_address)
    css = theme.css(".bank{font-size:14pt;font-weight:bold} .sec{background:#ececec;font-weight:bold;padding:2pt 4pt;margin-top:8pt}")
    width, height = A4
    W = width - 100

    right_values = chance(rng, 0.4)

    def kv(pairs):
        return rows_html(pairs, strong_last=False, widths=(150, W - 160)) if right_values else kv_left(pairs, (150, W - 160))

    iso_dates = chance(rng, 0.5)

    def d(x):
        return fmt_date(x, "iso" if iso_dates else "dmy_dot")

    sender = [("Nazwa nadawcy", f"<b>{esc(payer.name)}</b>")] + ([("Adres nadawcy", esc(", ".join(payer.address)))] if payer_address else []) \
        + [("Rachunek nadawcy", payer_nrb)]
    receiver = [("Nazwa odbiorcy", f"<b>{esc(supplier.name)}</b>")] + ([("Adres odbiorcy", esc(", ".join(supplier.address)))] if supplier_address else []) \
        + [("Rachunek odbiorcy", sup_nrb)]
    op = [("Rodzaj przelewu", kind), ("Tytuł", esc(title)), ("Kwota", f"<b>{n(total)} PLN</b>")]
    if mpp:
        op += [("Kwota VAT", f"{n(vat)} PLN"), ("NIP odbiorcy (IDC)", supplier_nip), ("Numer faktury", esc(rows[0]["inv"]))]
    op += [("Data operacji", d(paid_on - timedelta(days=pick(rng, [0, 0, 1])))), ("Data realizacji", d(paid_on)), ("Numer referencyjny", ref),
           ("Nr operacji w banku", operation), ("Status", pick(rng, ["Zrealizowany", "Wykonany", "Zaksięgowany"]))]
    body = (f"<p class='bank accent'>{esc(bank)}</p><p class='small'>BIC {bic} · Infolinia 800 {digits(rng, 3)} {digits(rng, 3)}</p>"
            + f"<p class='b' style='margin-top:10pt;font-size:12pt'>{pick(rng, ['Potwierdzenie wykonania przelewu', 'POTWIERDZENIE REALIZACJI PRZELEWU', 'Potwierdzenie przelewu'])}</p>"
            + f"<p>Data wygenerowania: {d(generated)} {rng.randrange(7, 22):02d}:{rng.randrange(60):02d}</p>"
            + "<p class='sec'>Nadawca</p>" + kv(sender) + "<p class='sec'>Odbiorca</p>" + kv(receiver) + "<p class='sec'>Dane przelewu</p>" + kv(op)
            + "<p class='small muted' style='margin-top:14pt'>Potwierdzenie wygenerowane z systemu bankowości internetowej, nie wymaga podpisu ani "
            + "stempla. Bank nie odpowiada za dane wprowadzone przez zleceniodawcę.</p>")
    notes.update({"operation": operation, "title": title, "mpp": mpp})
    if mpp:
        notes["vat"] = float(vat)
    sheet = single_page(layout, width, height, css, [Box((50, 46, width - 50, height - 46), body)])
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes)
