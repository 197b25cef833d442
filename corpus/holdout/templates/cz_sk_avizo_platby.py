"""Czech and Slovak payment advices: what a payer, or its bank, sends the supplier once a transfer has gone, in Czech (CZK) and
Slovak (EUR), 2023-2025 (invented companies).

Three prints. `cz_sk_avizo_dopis` (the payer's AVÍZO PLATBY / OZNÁMENÍ O PROVEDENÉ PLATBĚ / PLATEBNÍ AVÍZO, or the Slovak AVÍZO O
PLATBE / OZNÁMENIE O ÚHRADE: the payer's letterhead with IČO and DIČ / IČ DPH (decoys), the supplier in the window with, on
some, its DIČ / IČ DPH (= the vendor's tax id), Číslo avíza / Číslo platby (= reference), Datum úhrady / Dátum úhrady, Číslo
dodavatele / dodávateľa (= vendor id), the supplier's account (`19-2000145399/0800`) or IBAN; a table Č. faktury / Var. symbol /
Datum vystavení / Splatnost / Částka / Srážka / Uhrazeno with the payer's own document numbers (decoys) on some, dobropisy
negative, over pages on long runs; Celkem uhrazeno / Spolu uhradené), `cz_sk_potvrzeni_platby` (the payer's bank's Potvrzení o
provedení platby / Potvrdenie o vykonaní platby: payer and payee with their accounts, Částka, variable, constant and specific
symbols, Zpráva pro příjemce naming the invoices and their amounts, Datum splatnosti (= payment date), the confirmation's own
date (= document date), ID transakce / Referencia transakcie (= reference), the order number and the statement number (decoys);
the bank is no party), `cz_sk_avizo_email` (an e-mail "Předmět: Avízo platby …" / "Predmet: Avízo o platbe …" with a short list
and the payer's signature).

Truth: a `remittance_advice`; vendor = the supplier paid (its address where printed; its DIČ / IČ DPH only where printed);
customer = the payer (its IČO and DIČ decoys); ids = the supplier's invoice and credit-note numbers (the variable symbols, the
digits of those numbers, are no ids of their own); allocations = the amounts paid (after any srážka; dobropisy negative); total =
payment amount = the sum paid; reference, payment date and the advice's date as printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fifteenth import sk_party
from corpus.holdout.fakes_tenth import cz_account, cz_party
from corpus.holdout.fakes_twentysixth import cz_sk_numbering, digits, sk_bank_of, variable_symbol
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import dotted, rows_html, single_page
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfifth import kv_left
from corpus.holdout.templates._twentysecond import party_block
from corpus.holdout.templates._twentysixth import letter_paged, ruled_rows

FAMILY = "cz_sk_avizo_platby"
D = Decimal

# the wording of each language
T = {
    "CZ": {"titles": ["AVÍZO PLATBY", "OZNÁMENÍ O PROVEDENÉ PLATBĚ", "PLATEBNÍ AVÍZO"], "no": ["Číslo avíza:", "Číslo platby:", "Avízo č.:"],
           "paid_on": "Datum úhrady:", "vendor_no": ["Číslo dodavatele:", "Kód dodavatele:"], "account": "Účet příjemce:",
           "dear": ["Vážení obchodní přátelé,", "Vážená paní, vážený pane,"],
           "intro": "dne {d} jsme na Váš účet č. {acc} uhradili částku {amt} {cur} za tyto doklady:",
           "head": ["Č. faktury", "Var. symbol", "Datum vystavení", "Splatnost", "Naše č. dokladu", "Částka", "Srážka", "Uhrazeno"],
           "total": "Celkem uhrazeno", "credit": "dobropis", "reasons": ["skonto 2 %", "zápočet s dobropisem", "smluvní pokuta", "rozdíl v ceně"],
           "contact": "V případě nejasností nás prosím kontaktujte: {mail}, tel. {tel}", "auto": "Dokument byl vytvořen automaticky a je platný bez podpisu.",
           "ids": ("IČO", "DIČ"), "to": ["Dodavatel:", "Příjemce platby:", "Adresát:"], "page": "Strana", "cont": "(pokračování)"},
    "SK": {"titles": ["AVÍZO O PLATBE", "OZNÁMENIE O ÚHRADE", "PLATOBNÉ AVÍZO"], "no": ["Číslo avíza:", "Číslo platby:", "Avízo č.:"],
           "paid_on": "Dátum úhrady:", "vendor_no": ["Číslo dodávateľa:", "Kód dodávateľa:"], "account": "Účet príjemcu:",
           "dear": ["Vážení obchodní partneri,", "Vážená pani, vážený pán,"],
           "intro": "dňa {d} sme na Váš účet {acc} uhradili sumu {amt} {cur} za nasledujúce doklady:",
           "head": ["Číslo faktúry", "VS", "Dátum vyhotovenia", "Splatnosť", "Naše č. dokladu", "Suma faktúry", "Zrážka", "Uhradené"],
           "total": "Spolu uhradené", "credit": "dobropis", "reasons": ["skonto 2 %", "zápočet s dobropisom", "zmluvná pokuta", "cenový rozdiel"],
           "contact": "V prípade otázok nás prosím kontaktujte: {mail}, tel. {tel}", "auto": "Doklad bol vytvorený automaticky a je platný bez podpisu.",
           "ids": ("IČO", "IČ DPH"), "to": ["Dodávateľ:", "Príjemca platby:", "Adresát:"], "page": "Strana", "cont": "(pokračovanie)"},
}


def _rows(rng: random.Random, country: str, count: int, paid_on: date, t: dict, *, credits: bool = True) -> list[dict]:
    rows = []
    numbering = cz_sk_numbering(rng)
    for issued in sorted(paid_on - timedelta(days=rng.randrange(10, 80)) for _ in range(count)):
        credit = credits and count > 2 and bool(rows) and chance(rng, 0.12)
        inv = numbering(issued, credit)
        high = 380000 if country == "CZ" else 16000
        gross = money(rng.uniform(400, high) if country == "CZ" else rng.uniform(20, high)) if not credit else money(rng.uniform(100, 9000) if country == "CZ" else rng.uniform(8, 350))
        less, reason = D("0.00"), ""
        if not credit and chance(rng, 0.12):
            reason = pick(rng, t["reasons"])
            less = money(gross * D("0.02")) if reason.startswith("skonto") else money(rng.uniform(5, min(float(gross) / 4, 9000 if country == "CZ" else 400)))
        if credit:
            gross = -gross
        rows.append({"inv": inv, "vs": variable_symbol(inv), "date": issued, "due": issued + timedelta(days=pick(rng, [14, 14, 30, 30, 45, 60])), "gross": gross,
                     "less": less, "reason": reason, "paid": gross - less, "credit": credit,
                     "own": f"{pick(rng, ['FP', 'DF', 'PF'])}{issued.year % 100}{rng.randrange(1, 99999):05d}"})
    if sum((r["paid"] for r in rows), D("0.00")) <= 0:
        rows[0]["gross"] += money(50000 if country == "CZ" else 2000)
        rows[0]["paid"] += money(50000 if country == "CZ" else 2000)
    return rows


def _parties(rng: random.Random, country: str):
    make = cz_party if country == "CZ" else sk_party
    payer, supplier = make(rng), make(rng)
    while supplier.name == payer.name:
        supplier = make(rng)
    if country == "CZ":
        payer_ids = [f"IČO: {payer.extra['ico']}", f"DIČ: {payer.tax_id}"]
        sup_tax = supplier.tax_id
        sup_acc, _iban, sup_bank, _bic = cz_account(rng)
        pay_acc, _iban2, pay_bank, _bic2 = cz_account(rng)
    else:
        payer_ids = [f"IČO: {payer.extra['ico']}", f"DIČ: {payer.extra['dic']}", f"IČ DPH: {payer.extra['ic_dph']}"]
        sup_tax = supplier.extra["ic_dph"]
        sup_acc, pay_acc = supplier.extra["iban"], payer.extra["iban"]
        sup_bank, pay_bank = sk_bank_of(sup_acc)[0], sk_bank_of(pay_acc)[0]
    payer.tax_id = None
    return payer, supplier, payer_ids, sup_tax, sup_acc, sup_bank, pay_acc, pay_bank


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["cz_sk_avizo_dopis", "cz_sk_avizo_dopis", "cz_sk_potvrzeni_platby", "cz_sk_potvrzeni_platby", "cz_sk_avizo_email"])
    country = pick(rng, ["CZ", "CZ", "SK"])
    t = T[country]
    payer, supplier, payer_ids, sup_tax, sup_acc, sup_bank, pay_acc, pay_bank = _parties(rng, country)
    paid_on = random_date(rng, date(2023, 1, 16), 1000)
    while paid_on.weekday() > 4:
        paid_on += timedelta(days=1)
    theme = Theme.pick(rng, size=(7.5, 9.0))
    sep = pick(rng, [" ", " ", "\u00a0", "."])

    def n(v):
        return amount(v, sep, ",")

    cur = pick(rng, ["Kč", "CZK"]) if country == "CZ" else pick(rng, ["€", "EUR"])
    currency = "CZK" if country == "CZ" else "EUR"
    padded = chance(rng, 0.6)
    spaced = not padded and chance(rng, 0.5)

    def d(x):
        return dotted(x, pad=padded, spaced=spaced)

    notes: dict = {"payer_ids": payer_ids, "country": country}
    if layout == "cz_sk_potvrzeni_platby":
        return _bank(rng, layout, country, payer, supplier, paid_on, sup_acc, pay_acc, pay_bank, theme, notes, n, currency)
    email = layout == "cz_sk_avizo_email"
    count = pick(rng, [1, 2, 3, 4, 5]) if email else pick(rng, [1, 2, 3, 4, 6, 8, 12, 18, 26, 36, 44, 52])
    rows = _rows(rng, country, count, paid_on, t)
    total = sum((r["paid"] for r in rows), D("0.00"))
    printed = paid_on + timedelta(days=pick(rng, [0, 0, 1, 2]))
    ref = pick(rng, [f"AV{paid_on.year}{rng.randrange(1, 99999):05d}", f"{paid_on.year % 100}{paid_on.month:02d}-{rng.randrange(100, 9999)}",
                     f"PL/{paid_on.year}/{rng.randrange(1, 9999):04d}", f"{rng.randrange(1000000, 9999999)}"])
    vendor_no = pick(rng, [f"D{rng.randrange(10000, 99999)}", f"{rng.randrange(300000, 399999)}", f"DOD-{rng.randrange(100, 9999):04d}", None])
    show_tax = not email and chance(rng, 0.5)
    supplier.tax_id = sup_tax if show_tax else None
    doc = Doc(document_type="remittance_advice", locale=country, currency=currency, vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=printed, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_id=vendor_no, vendor_address_printed=not email)
    notes.update({"own_numbers": [r["own"] for r in rows], "vs": [r["vs"] for r in rows]})
    if email:
        return _email(rng, layout, country, t, doc, payer, supplier, rows, total, paid_on, printed, ref, vendor_no, sup_acc, payer_ids, theme, notes, n, cur, d)
    title = pick(rng, t["titles"])
    width, height = A4
    W = width - 72
    meta = [(pick(rng, t["no"]), ref), (t["paid_on"], d(paid_on))]
    if vendor_no:
        meta.append((pick(rng, t["vendor_no"]), vendor_no))
    meta.append((t["account"], sup_acc))
    left = party_block("", payer, payer_ids, big=True)
    sup_rows = [f"{'DIČ' if country == 'CZ' else 'IČ DPH'}: {sup_tax}"] if show_tax else []
    right = f"<p class='muted small'>{pick(rng, t['to'])}</p>{party_block('', supplier, sup_rows)}"
    city = payer.extra.get("city") or payer.address[-1].split(" ", 2)[-1]
    place = f"{esc(city)}, {'dne ' if country == 'CZ' else 'dňa '}{d(printed)}"
    intro = t["intro"].format(d=d(paid_on), acc=sup_acc, amt=n(total), cur=cur)
    first = (f"<table><tr><td style='width:{W * 0.52:.0f}pt'>{left}</td><td style='width:{W * 0.44:.0f}pt'><p class='r'>{place}</p>"
             f"<div class='box' style='margin-top:6pt'>{right}</div></td></tr></table>"
             + f"<p class='tt' style='margin-top:10pt'>{title}</p>"
             + f"<div style='margin-top:4pt'>{rows_html([(k, f'<b>{v}</b>') for k, v in meta], strong_last=False, widths=(110, 260))}</div>"
             + f"<p style='margin-top:6pt'>{pick(rng, t['dear'])}</p><p>{intro}</p>")
    show_less = any(r["less"] for r in rows)
    show_own, show_due = chance(rng, 0.5), chance(rng, 0.5)
    h = t["head"]
    head = [h[0], h[1], h[2]] + ([h[3]] if show_due else []) + ([h[4]] if show_own else []) + [h[5]] + ([h[6]] if show_less else []) + [h[7]]
    fr = [0.18, 0.14, 0.12] + ([0.11] if show_due else []) + ([0.13] if show_own else []) + [0.13] + ([0.17] if show_less else []) + [0.13]
    numeric = set(range(len(head) - 2 - (1 if show_less else 0), len(head)))

    def cells(r):
        out = [esc(r["inv"]) + (f" <span class='small'>({t['credit']})</span>" if r["credit"] else ""), r["vs"], d(r["date"])]
        if show_due:
            out.append(d(r["due"]))
        if show_own:
            out.append(esc(r["own"]))
        out.append(n(r["gross"]))
        if show_less:
            out.append(f"{n(r['less'])}<br/><span class='small'>{esc(r['reason'])}</span>" if r["less"] else "")
        return out + [n(r["paid"])]

    closing = (f"<p class='b' style='text-align:right;margin-top:8pt'>{t['total']}: {n(total)} {cur}</p>"
               + f"<p class='small' style='margin-top:6pt'>{t['contact'].format(mail=esc(payer.email or ''), tel=esc(payer.phone or ''))}</p>"
               + f"<p class='small muted' style='margin-top:4pt'>{t['auto']}</p>")
    return letter_paged(doc, layout, theme, width, height, first=first, head=head, fractions=fr, numeric=numeric, rows=rows, cells=cells, closing=closing,
                        cont=f"{title} {ref} {t['cont']}", footer_text=t["page"], notes=notes)


def _email(rng, layout, country, t, doc, payer, supplier, rows, total, paid_on, printed, ref, vendor_no, sup_acc, payer_ids, theme, notes, n, cur, d) -> Built:
    css = theme.css(".hdr td{padding:1pt 4pt} .mail{border-bottom:0.8pt solid #999;margin-bottom:8pt}")
    width, height = A4
    cz = country == "CZ"
    sender = f"{'uctarna' if cz else 'uctovnictvo'}@{(payer.email or 'x@firma.example').split('@')[1]}"
    hh, mm = rng.randrange(8, 17), rng.randrange(60)
    labels = ("Od:", "Odesláno:", "Komu:", "Předmět:") if cz else ("Od:", "Odoslané:", "Komu:", "Predmet:")
    header = ("<table class='hdr mail'>"
              + f"<tr><td class='b'>{labels[0]}</td><td>{'Účtárna' if cz else 'Účtovníctvo'} {esc(payer.name)} &lt;{sender}&gt;</td></tr>"
              + f"<tr><td class='b'>{labels[1]}</td><td>{d(printed)} {hh:02d}:{mm:02d}</td></tr>"
              + f"<tr><td class='b'>{labels[2]}</td><td>{esc(supplier.email or 'info@firma.example')}</td></tr>"
              + f"<tr><td class='b'>{labels[3]}</td><td>{'Avízo platby' if cz else 'Avízo o platbe'} {ref}</td></tr></table>")
    word = ("Dobropis" if cz else "Dobropis", "Faktura" if cz else "Faktúra")
    items = "".join(f"<p>- {word[0] if r['credit'] else word[1]} {esc(r['inv'])} (VS {r['vs']}): {n(r['paid'])} {cur}"
                    + (f" (sraženo {n(r['less'])} - {esc(r['reason'])})" if cz and r["less"] else (f" (zrážka {n(r['less'])} - {esc(r['reason'])})" if r["less"] else ""))
                    + "</p>" for r in rows)
    if cz:
        body = (f"<p>{pick(rng, ['Dobrý den,', 'Vážení,'])}</p>"
                + f"<p style='margin-top:6pt'>dne {d(paid_on)} jsme odeslali platbu ve prospěch {esc(supplier.name)} ve výši {n(total)} {cur} na účet {sup_acc}.</p>"
                + (f"<p>Vaše číslo dodavatele v našem systému: {vendor_no}</p>" if vendor_no else "")
                + f"<p>Číslo platby: {ref}</p><p style='margin-top:6pt'>Platba se týká těchto dokladů:</p>{items}"
                + "<p style='margin-top:8pt'>S pozdravem</p>")
    else:
        body = (f"<p>{pick(rng, ['Dobrý deň,', 'Vážení,'])}</p>"
                + f"<p style='margin-top:6pt'>dňa {d(paid_on)} sme odoslali platbu v prospech {esc(supplier.name)} vo výške {n(total)} {cur} na účet {sup_acc}.</p>"
                + (f"<p>Vaše číslo dodávateľa v našom systéme: {vendor_no}</p>" if vendor_no else "")
                + f"<p>Číslo platby: {ref}</p><p style='margin-top:6pt'>Platba sa týka týchto dokladov:</p>{items}"
                + "<p style='margin-top:8pt'>S pozdravom</p>")
    body += ("<p style='margin-top:6pt'>" + pick(rng, ["Ing. Jana Dvořáková", "Petra Horáková", "Martin Kováč", "Lucia Vargová", "Pavel Černý"]) + "</p>"
             + f"<p class='b'>{esc(payer.name)}</p>" + "".join(f"<p class='small'>{esc(x)}</p>" for x in payer.address)
             + "".join(f"<p class='small'>{x}</p>" for x in payer_ids))
    sheet = single_page(layout, width, height, css, [Box((54, 50, width - 54, height - 50), header + body)])
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes)


def _bank(rng, layout, country, payer, supplier, paid_on, sup_acc, pay_acc, pay_bank, theme, notes, n, currency) -> Built:
    cz = country == "CZ"
    t = T[country]
    count = pick(rng, [1, 1, 1, 2, 3])
    rows = _rows(rng, country, count, paid_on, t, credits=False)
    for r in rows:   # a transfer's message names invoices, not deductions or credits
        r["gross"] = abs(r["gross"])
        r["paid"], r["less"], r["credit"] = r["gross"], D("0.00"), False
    total = sum((r["paid"] for r in rows), D("0.00"))
    generated = paid_on + timedelta(days=pick(rng, [0, 0, 0, 1, 2]))
    entered = paid_on - timedelta(days=pick(rng, [0, 0, 1, 2]))
    ref = pick(rng, [f"{digits(rng, 10)}", f"TRX{paid_on.strftime('%y%m%d')}{digits(rng, 6)}", f"{paid_on.strftime('%Y%m%d')}-{digits(rng, 6)}"])
    order_no = digits(rng, 9)
    statement = f"{rng.randrange(1, 250)}/{paid_on.year}"
    if count == 1:
        message = pick(rng, ["Faktura ", "Úhrada faktury ", "FA "] if cz else ["Faktúra ", "Úhrada faktúry ", "FA "]) + rows[0]["inv"]
    else:
        message = ("Faktury: " if cz else "Faktúry: ") + "; ".join(f"{r['inv']} {n(r['paid'])}" for r in rows)
    vs = rows[0]["vs"]
    supplier.tax_id = None
    payer_address, supplier_address = chance(rng, 0.5), chance(rng, 0.4)
    doc = Doc(document_type="remittance_advice", locale=country, currency=currency, vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=generated, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_address_printed=supplier_address, customer_address_printed=payer_address)
    css = theme.css(".bank{font-size:14pt;font-weight:bold} .sec{background:#ececec;font-weight:bold;padding:2pt 4pt;margin-top:8pt}")
    width, height = A4
    W = width - 100
    style = pick(rng, ["kv_left", "rows", "ruled"])

    def kv(pairs):
        if style == "rows":
            return rows_html(pairs, strong_last=False, widths=(160, W - 170))
        return kv_left(pairs, (160, W - 170)) if style == "kv_left" else ruled_rows(pairs, (160, W - 170))

    iso = chance(rng, 0.35)

    def d(x):
        return x.isoformat() if iso else dotted(x)

    unit = "CZK" if cz else "EUR"
    if cz:
        sender = [("Název plátce", f"<b>{esc(payer.name)}</b>")] + ([("Adresa plátce", esc(", ".join(payer.address)))] if payer_address else []) + [("Účet plátce", pay_acc)]
        receiver = [("Název příjemce", f"<b>{esc(supplier.name)}</b>")] + ([("Adresa příjemce", esc(", ".join(supplier.address)))] if supplier_address else []) \
            + [("Účet příjemce", sup_acc)]
        op = [("Typ platby", pick(rng, ["Jednorázový příkaz", "Okamžitá platba", "Tuzemská platba"])), ("Částka", f"<b>{n(total)} {unit}</b>"),
              ("Variabilní symbol", vs), ("Konstantní symbol", pick(rng, ["0308", "0008", "0558"]))]
        if chance(rng, 0.4):
            op.append(("Specifický symbol", digits(rng, 6)))
        op += [("Zpráva pro příjemce", esc(message)), ("Datum zadání", d(entered)), ("Datum splatnosti", d(paid_on)), ("ID transakce", ref),
               ("Číslo pokynu", order_no), ("Číslo výpisu", statement), ("Stav", pick(rng, ["Provedeno", "Zaúčtováno"]))]
        title = pick(rng, ["Potvrzení o provedení platby", "POTVRZENÍ O PROVEDENÍ PLATBY", "Detail transakce - potvrzení"])
        secs = ("Plátce", "Příjemce", "Údaje platby")
        small = "Potvrzení bylo vytvořeno v internetovém bankovnictví a je platné bez podpisu a razítka."
        gen_label = "Vytvořeno:"
    else:
        sender = [("Názov platiteľa", f"<b>{esc(payer.name)}</b>")] + ([("Adresa platiteľa", esc(", ".join(payer.address)))] if payer_address else []) \
            + [("IBAN platiteľa", pay_acc)]
        receiver = [("Názov príjemcu", f"<b>{esc(supplier.name)}</b>")] + ([("Adresa príjemcu", esc(", ".join(supplier.address)))] if supplier_address else []) \
            + [("IBAN príjemcu", sup_acc)]
        op = [("Typ platby", pick(rng, ["SEPA úhrada", "Okamžitá platba", "Jednorazový príkaz"])), ("Suma", f"<b>{n(total)} {unit}</b>"),
              ("Referencia platiteľa", f"/VS{vs}/SS/KS{pick(rng, ['0308', '0008'])}"), ("Správa pre príjemcu", esc(message)), ("Dátum zadania", d(entered)),
              ("Dátum splatnosti", d(paid_on)), ("Referencia transakcie", ref), ("Číslo príkazu", order_no), ("Číslo výpisu", statement),
              ("Stav", pick(rng, ["Zrealizovaná", "Zaúčtovaná"]))]
        title = pick(rng, ["Potvrdenie o vykonaní platby", "POTVRDENIE O REALIZÁCII PLATBY", "Detail transakcie - potvrdenie"])
        secs = ("Platiteľ", "Príjemca", "Údaje platby")
        small = "Potvrdenie bolo vytvorené v internet bankingu a je platné bez podpisu a pečiatky."
        gen_label = "Vytvorené:"
    bank_line = f"<p class='bank accent'>{esc(pay_bank)}</p>"
    body = (bank_line + f"<p class='b' style='margin-top:10pt;font-size:12pt'>{title}</p>"
            + f"<p>{gen_label} {d(generated)} {rng.randrange(7, 22):02d}:{rng.randrange(60):02d}</p>"
            + f"<p class='sec'>{secs[0]}</p>" + kv(sender) + f"<p class='sec'>{secs[1]}</p>" + kv(receiver) + f"<p class='sec'>{secs[2]}</p>" + kv(op)
            + f"<p class='small muted' style='margin-top:14pt'>{small}</p>")
    notes.update({"order_no": order_no, "statement": statement, "message": message, "vs_printed": vs})
    sheet = single_page(layout, width, height, css, [Box((50, 46, width - 50, height - 46), body)])
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes)
