"""Uzbek hisob-faktura (in Uzbek, Latin or Cyrillic script) and Azerbaijani e-qaimə-faktura and hesab-faktura (in
Azerbaijani), UZS and AZN, 2023-2025.

Four prints. `uz_hisob_faktura` (the print of an electronic hisob-faktura from an e-document operator: "HISOB-FAKTURA № 145
15.03.2024 y.", "Shartnoma № 12/24 01.02.2024 y. ga" (decoy), Yetkazib beruvchi and Sotib oluvchi side by side with Manzil,
STIR, QQS to'lovchisining ro'yxatdan o'tish kodi (decoy), H/r (20-digit account), Bank and MFO; № / Tovar (ish, xizmat)lar
nomi / Identifikatsiya kodi (MXIK, 17 digits) / O'lchov birligi / Miqdori / Narxi / Yetkazib berish qiymati / QQS stavka /
QQS summa / QQS bilan yetkazib berish qiymati, a Jami row; a supplier outside VAT prints "QQSsiz"; Rahbar, Bosh hisobchi,
Tovar berdi, Qabul qildim and the operator's signature block with the document id and the sent / accepted times),
`uz_hisob_faktura_kirill` (the same form in Uzbek Cyrillic: ҲИСОБВАРАҚ-ФАКТУРА, Етказиб берувчи, Сотиб олувчи, СТИР, ҚҚС),
`az_e_qaime` (the print of an elektron qaimə-faktura: "ELEKTRON QAİMƏ-FAKTURA", Seriya MT2403 (decoy) and № (= id), Tarix,
the issuer's and the recipient's VÖEN, name and address, Malın (işin, xidmətin) adı / Kodu / Ölçü vahidi / Miqdarı /
Vahidin qiyməti / Cəmi qiyməti / ƏDV-yə cəlb edilən / ƏDV-yə cəlb edilməyən / ƏDV məbləği (18 %) / Yekun məbləğ, the Cəmi
row, "Qaimə-faktura elektron imza ilə təsdiq edilmişdir"), `az_hesab_faktura` (a company's HESAB-FAKTURA for payment: its
bank details — Bank, Kod, M/h, the bank's own VÖEN (decoy), SWIFT, H/h (AZ IBAN) —, Ödəyici with its VÖEN, the items,
Cəmi / ƏDV 18% / Yekun (ödənilməli), Ödəniş müddəti and Son ödəniş tarixi, Direktor and M.Y.).

Amounts `1 234 567,00` / `1 234 567.00` (UZS), `1 234,56` / `1234.56` (AZN, ₼ or AZN); dates `15.03.2024`.

Truth: vendor = Yetkazib beruvchi / Satıcı / the letterhead company, name as printed (in Cyrillic on the Cyrillic form, the
quotes included), tax id = its STIR / VÖEN (the QQS registration code, the bank's VÖEN, accounts, MFO, MXIK codes are
decoys); customer = Sotib oluvchi / Alıcı / Ödəyici with its address (its STIR / VÖEN a decoy); id = the invoice number
(the series and the contract number are decoys); date = the invoice date (the contract's date a decoy); net = the sum
without VAT (Yetkazib berish qiymati / Cəmi qiyməti / Cəmi), tax = QQS / ƏDV, total = with VAT / Yekun; a supplier outside VAT
("QQSsiz") has no tax and no net; due date = Son ödəniş tarixi, payment terms = Ödəniş müddəti as printed.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_seventeenth import other_party
from corpus.holdout.fakes_twentieth import az_party, az_series, mxik, uz_cyrillic, uz_party
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import beside, paged, pts, rows_html
from corpus.holdout.templates._sixteenth import kv_rows
from corpus.holdout.templates._twentieth import amount, cells_table

FAMILY = "uz_az_invoice"
D = Decimal
UZ_ITEMS = [("A4 formatdagi qog'oz (500 varaq)", "dona", 48000, 72000), ("Sement M400 (50 kg qop)", "qop", 52000, 68000),
            ("Kompyuter sichqonchasi simsiz", "dona", 65000, 180000), ("Dasturiy ta'minotni qo'llab-quvvatlash xizmati", "xizmat", 1500000, 9800000),
            ("Yuk tashish xizmati Toshkent - Samarqand", "reys", 2800000, 6500000), ("Paxta yog'i 1 litr", "dona", 21000, 29000),
            ("Armatura 12 mm A500C", "tonna", 8900000, 11500000), ("Kabel VVG 3x2,5 mm", "metr", 9500, 16000), ("Konditsioner 12000 BTU", "dona", 4200000, 6900000),
            ("Buxgalteriya xizmatlari (oylik)", "xizmat", 2500000, 8000000), ("Toner kartrij HP 85A", "dona", 280000, 560000),
            ("Ofis kreslosi", "dona", 950000, 2600000), ("Suv 19 litr", "dona", 14000, 22000), ("Ta'mirlash ishlari", "xizmat", 3500000, 24000000)]
AZ_ITEMS = [("A4 kağız (500 vərəq)", "ədəd", 7.5, 11.9), ("Sement M400 (50 kq)", "kisə", 8.2, 11.5), ("Kompüter siçanı, simsiz", "ədəd", 12, 35),
            ("Proqram təminatına texniki dəstək xidməti", "xidmət", 350, 2400), ("Yükdaşıma xidməti Bakı - Gəncə", "reys", 420, 980),
            ("Günəbaxan yağı 1 litr", "ədəd", 3.4, 4.9), ("Armatur 12 mm", "ton", 1150, 1480), ("Kabel VVG 3x2,5", "metr", 1.9, 3.2),
            ("Kondisioner 12000 BTU", "ədəd", 780, 1350), ("Mühasibat xidməti (aylıq)", "xidmət", 400, 1500), ("Toner kartric HP 85A", "ədəd", 45, 95),
            ("Ofis kreslosu", "ədəd", 160, 480), ("İçməli su 19 litr", "ədəd", 2.6, 4.2), ("Təmir işləri", "xidmət", 600, 5200)]
AZ_UNITS = {"ədəd": "ədəd", "kisə": "kisə"}


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["uz_hisob_faktura", "uz_hisob_faktura", "uz_hisob_faktura_kirill", "az_e_qaime", "az_e_qaime", "az_hesab_faktura"])
    issued = random_date(rng, date(2023, 1, 9), 1030)
    if layout.startswith("uz"):
        return _uzbek(rng, layout, issued)
    return _azerbaijan(rng, layout, issued)


def _lines(rng: random.Random, pool, count: int, *, whole: bool) -> list[Line]:
    lines = []
    for desc, unit, low, high in rng.sample(pool, count):
        price = money(round(rng.uniform(low, high), -3)) if whole else money(round(rng.uniform(low, high), 2 if high < 100 else 0))
        qty = D(pick(rng, [1, 1, 2, 3, 5, 10, 20, 50, 100] if high < (200000 if whole else 40) else [1, 1, 1, 2, 3, 4]))
        if unit in ("metr",):
            qty = D(pick(rng, [50, 100, 150, 200, 500]))
        if unit in ("tonna", "ton"):
            qty = D(pick(rng, ["1.5", "2", "2.35", "4", "6.2"]))
        lines.append(Line(desc, qty, price, money(qty * price), unit))
    return lines


def _uzbek(rng: random.Random, layout: str, issued: date) -> Built:
    cyr = layout.endswith("kirill")
    tr = uz_cyrillic if cyr else (lambda s: s)
    vendor = uz_party(rng)
    customer = other_party(rng, uz_party, vendor)
    for party in (vendor, customer):
        party.name = tr(party.name)
        party.address = [tr(x) for x in party.address]
        for key in ("bank", "head", "accountant"):
            party.extra[key] = tr(party.extra[key])
    buyer_stir = customer.tax_id
    customer.tax_id = None
    vat_payer = chance(rng, 0.8)
    lines = _lines(rng, UZ_ITEMS, rng.randrange(1, 9), whole=True)
    for li in lines:
        li.description = tr(li.description)
        li.unit = tr(li.unit)
    codes = [mxik(rng) for _ in lines]
    rate = D(12)
    vats = [money(li.amount * rate / 100) if vat_payer else D("0.00") for li in lines]
    net = sum((li.amount for li in lines), D("0.00"))
    tax = sum(vats, D("0.00"))
    total = net + tax
    seq = rng.randrange(1, 900)
    number = pick(rng, [str(seq), f"{issued.year % 100}/{seq:04d}", f"{seq:03d}"])
    contract_day = issued - timedelta(days=rng.randrange(20, 300))
    contract = f"{rng.randrange(1, 99)}/{contract_day.year % 100}"
    doc = Doc(document_type="invoice", locale="UZ", currency="UZS", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net if vat_payer else None, tax=tax if vat_payer else None, lines=lines)
    sep, mark = pick(rng, [(" ", ","), (" ", "."), ("\u00a0", ",")])

    def n(value: D) -> str:
        return amount(value, sep, mark)

    theme = Theme.pick(rng, font=pick(rng, ["Times", "Helvetica", "Times"]), size=(6.8, 7.6), table="grid")
    css = theme.css(".t{font-size:12pt;font-weight:bold} .tiny{font-size:6pt;color:#444} .sig{border:1pt solid #2e7d32;padding:4pt;color:#2e7d32}")
    width, height = A4
    W = width - 56
    d = issued.strftime("%d.%m.%Y")
    y = tr(" y.")
    L = {k: tr(v) for k, v in {"title": "HISOB-FAKTURA", "contract": "Shartnoma", "to": "ga", "supplier": "Yetkazib beruvchi", "buyer": "Sotib oluvchi",
                               "address": "Manzil", "stir": "STIR", "qqs": "QQS to'lovchisining ro'yxatdan o'tish kodi", "account": "H/r", "bank": "Bank",
                               "mfo": "MFO", "total": "Jami", "head": "Rahbar", "acc": "Bosh hisobchi", "gave": "Tovar berdi", "took": "Qabul qildim",
                               "noqqs": "QQSsiz"}.items()}
    if cyr:
        L["title"] = "ҲИСОБВАРАҚ-ФАКТУРА"
    title = (f"<p class='t c'>{L['title']}</p><p class='c b'>№ {number} {d}{y}</p>"
             f"<p class='c'>{L['contract']} № {contract} {contract_day.strftime('%d.%m.%Y')}{y} {L['to']}</p>")

    def party_block(label: str, p, stir: str) -> str:
        rows = [(f"{label}:", f"<b>{esc(p.name)}</b>"), (f"{L['address']}:", esc(", ".join(p.address))), (f"{L['stir']}:", stir)]
        if vat_payer or p is customer:
            rows.append((f"{L['qqs']}:", p.extra["qqs"]))
        rows += [(f"{L['account']}:", p.extra["account"]), (f"{L['bank']}:", esc(p.extra["bank"])), (f"{L['mfo']}:", p.extra["mfo"])]
        return kv_rows(rows, (95, W / 2 - 100))

    first = title + f"<div style='margin-top:6pt'>{beside(party_block(L['supplier'], vendor, vendor.tax_id), party_block(L['buyer'], customer, buyer_stir), (W / 2, W / 2))}</div>"
    head = [tr(h) for h in ["№", "Tovar (ish, xizmat)lar nomi", "Identifikatsiya kodi (MXIK)", "O'lchov birligi", "Miqdori", "Narxi",
                            "Yetkazib berish qiymati", "QQS stavka", "QQS summa", "QQS bilan yetkazib berish qiymati"]]
    cols = pts(W, 0.035, 0.22, 0.12, 0.07, 0.065, 0.1, 0.11, 0.055, 0.1, 0.125)
    numeric = {4, 5, 6, 8, 9}
    rows = list(zip(range(1, len(lines) + 1), lines, codes, vats, strict=True))

    def table(chunk, last: bool) -> str:
        cells = [[str(i), esc(li.description), code, esc(li.unit), str(li.quantity).replace(".", mark), n(li.unit_price), n(li.amount),
                  f"{rate}%" if vat_payer else L["noqqs"], n(v) if vat_payer else "-", n(li.amount + v)] for i, li, code, v in chunk]
        extra = ""
        if last:
            extra = (f"<tr><td colspan='6' class='b'>{L['total']}:</td><td class='r b'>{n(net)}</td><td></td><td class='r b'>{n(tax) if vat_payer else '-'}</td>"
                     f"<td class='r b'>{n(total)}</td></tr>")
        return cells_table(head, cols, numeric, cells, extra=extra)

    doc_id = "".join(rng.choice("0123456789abcdef") for _ in range(24))
    sent = datetime(issued.year, issued.month, issued.day, rng.randrange(9, 18), rng.randrange(60))
    accepted = sent + timedelta(hours=rng.randrange(1, 60))

    def sig(label: str, who: str, when: datetime) -> str:
        return (f"<div class='sig'><p class='b'>{tr(label)}</p><p>{esc(who)}</p><p>{tr('Vaqt')}: {when.strftime('%d.%m.%Y %H:%M')}</p></div>")

    closing = (f"<div style='margin-top:8pt'>{beside(kv_rows([(L['head'] + ':', esc(vendor.extra['head'])), (L['acc'] + ':', esc(vendor.extra['accountant'])), (L['gave'] + ':', '_______________')], (90, 150)), kv_rows([(L['took'] + ':', '_______________'), (tr('Ishonchnoma') + ' №', f'{rng.randrange(1, 400)}')], (90, 150)), (W / 2, W / 2))}</div>"
               + f"<div style='margin-top:8pt'>{beside(sig('Yuborildi', vendor.name, sent), sig('Qabul qilindi', customer.name, accepted), (W / 2 - 6, W / 2 - 6))}</div>"
               + f"<p class='tiny' style='margin-top:4pt'>{tr('Hujjat ID')}: {doc_id}</p>")
    sheet = paged(width, height, css, (28.0, 30.0, 28.0, 28.0), rows,
                  lambda chunk, page, last: (first if page == 0 else f"<p class='b'>{L['title']} № {number}</p>") + table(chunk, last) + (closing if last else ""),
                  footer=lambda p, c: f"<p class='tiny' style='text-align:right'>{p}/{c}</p>", footer_height=12.0)
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1,
                 notes={"buyer_stir": buyer_stir, "contract": contract, "qqs_code": vendor.extra["qqs"], "mxik": codes, "vat_payer": vat_payer,
                        "account": vendor.extra["account"]})


def _azerbaijan(rng: random.Random, layout: str, issued: date) -> Built:
    vendor = az_party(rng)
    customer = other_party(rng, az_party, vendor)
    buyer_voen = customer.tax_id
    customer.tax_id = None
    lines = _lines(rng, AZ_ITEMS, rng.randrange(1, 9), whole=False)
    rate = D(18)
    vats = [money(li.amount * rate / 100) for li in lines]
    net = sum((li.amount for li in lines), D("0.00"))
    tax = sum(vats, D("0.00"))
    total = net + tax
    hesab = layout == "az_hesab_faktura"
    number = f"{rng.randrange(10**6, 10**7)}" if not hesab else pick(rng, [f"{issued.year % 100}/{rng.randrange(1, 900):04d}", f"HF-{rng.randrange(100, 9999)}"])
    days = pick(rng, [5, 10, 10, 15, 30]) if hesab else None
    terms = f"{days} bank günü" if days else None
    due = issued + timedelta(days=days + 4 if days and days < 20 else (days or 0)) if hesab and chance(rng, 0.6) else None
    doc = Doc(document_type="invoice", locale="AZ", currency="AZN", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms if hesab else None)
    sep, mark = pick(rng, [(" ", ","), ("", "."), (",", ".")])

    def n(value: D) -> str:
        return amount(value, sep, mark)

    cur = pick(rng, ["AZN", "₼", "man."])
    theme = Theme.pick(rng, font=pick(rng, ["Times", "Helvetica"]), size=(7.0, 8.2), table=pick(rng, ["grid", "boxed"]))
    css = theme.css(".t{font-size:13pt;font-weight:bold} .tiny{font-size:6pt;color:#444} .box{border:0.8pt solid #555;padding:4pt}")
    width, height = A4
    W = width - 60
    d = issued.strftime("%d.%m.%Y")
    series = az_series(issued)
    if not hesab:
        first = (f"<p class='t c'>ELEKTRON QAİMƏ-FAKTURA</p><p class='c'>Seriya: <b>{series}</b>&#160;&#160;№ <b>{number}</b>&#160;&#160;Tarix: {d}</p>"
                 + f"<div style='margin-top:6pt'>{beside(_az_block('Qaimə-fakturanı təqdim edən', vendor, vendor.tax_id, W), _az_block('Qaimə-fakturanı alan', customer, buyer_voen, W), (W / 2, W / 2))}</div>")
        head = ["№", "Malın (işin, xidmətin) adı", "Kodu", "Ölçü vahidi", "Miqdarı", "Vahidin qiyməti", "Cəmi qiyməti", "ƏDV-yə cəlb edilən",
                "ƏDV-yə cəlb edilməyən", "ƏDV məbləği (18%)", "Yekun məbləğ"]
        cols = pts(W, 0.03, 0.2, 0.08, 0.06, 0.06, 0.08, 0.09, 0.09, 0.08, 0.09, 0.1)
        numeric = set(range(4, 11))
        codes = [f"{rng.randrange(1000, 9999)}{rng.randrange(10**5, 10**6)}" for _ in lines]

        def table(chunk, last: bool) -> str:
            cells = [[str(i), esc(li.description), code, li.unit, str(li.quantity).replace(".", mark if mark == "," else "."), n(li.unit_price), n(li.amount),
                      n(li.amount), n(D("0.00")), n(v), n(li.amount + v)] for i, li, code, v in chunk]
            extra = (f"<tr><td colspan='6' class='b'>Cəmi:</td><td class='r b'>{n(net)}</td><td class='r b'>{n(net)}</td><td class='r'>{n(D('0.00'))}</td>"
                     f"<td class='r b'>{n(tax)}</td><td class='r b'>{n(total)}</td></tr>") if last else ""
            return cells_table(head, cols, numeric, cells, extra=extra)

        rows = list(zip(range(1, len(lines) + 1), lines, codes, vats, strict=True))
        closing = (f"<p style='margin-top:6pt'>Yekun məbləğ: <b>{n(total)} {cur}</b></p>"
                   + f"<p>Əsas qeyd: {pick(rng, ['Müqavilə üzrə', 'Sifariş əsasında', 'Xidmət haqqı'])} № {rng.randrange(1, 300)}</p>"
                   + "<p class='tiny' style='margin-top:6pt'>Qaimə-faktura elektron imza ilə təsdiq edilmişdir. Vergi orqanına göndərilmə tarixi: "
                   + f"{(issued + timedelta(days=rng.randrange(0, 3))).strftime('%d.%m.%Y')}</p>")
        notes = {"series": series, "codes": codes}
    else:
        letterhead = (f"<p class='t' style='color:{theme.accent}'>{esc(vendor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address)
                      + f"<p>VÖEN: {vendor.tax_id} · Tel: {vendor.phone}</p>")
        bank = kv_rows([("Bank:", esc(vendor.extra["bank"])), ("Kod:", vendor.extra["bank_code"]), ("M/h:", vendor.extra["corr"]),
                        ("VÖEN:", vendor.extra["bank_voen"]), ("SWIFT:", vendor.extra["swift"]), ("H/h:", vendor.extra["iban"])], (50, 190))
        payer = kv_rows([("Ödəyici:", f"<b>{esc(customer.name)}</b>"), ("Ünvan:", esc(", ".join(customer.address))), ("VÖEN:", buyer_voen),
                         ("Təyinat:", pick(rng, ["mal və xidmət haqqı", "xidmət haqqı", "malların dəyəri"]))], (60, W - 320))
        meta = [("Tarix:", d)] + ([("Ödəniş müddəti:", terms)] if terms else []) + ([("Son ödəniş tarixi:", due.strftime("%d.%m.%Y"))] if due else [])
        first = (beside(letterhead, f"<div class='box'><p class='b'>Bank rekvizitləri</p>{bank}</div>", (W - 262, 254))
                 + f"<p class='t c' style='margin-top:8pt'>HESAB-FAKTURA № {number}</p>"
                 + beside(payer, kv_rows(meta, (90, 100)), (W - 200, 192)))
        head = ["№", "Adı", "Ölçü vahidi", "Miqdar", "Qiymət", "Məbləğ"]
        cols = pts(W, 0.05, 0.47, 0.1, 0.1, 0.13, 0.15)
        numeric = {3, 4, 5}

        def table(chunk, last: bool) -> str:
            cells = [[str(i), esc(li.description), li.unit, str(li.quantity), n(li.unit_price), n(li.amount)] for i, li, _c, _v in chunk]
            return cells_table(head, cols, numeric, cells)

        rows = [(i, li, None, v) for i, li, v in zip(range(1, len(lines) + 1), lines, vats, strict=True)]
        closing = (f"<div style='margin-left:{W - 230:.0f}pt;margin-top:4pt'>{rows_html([('Cəmi:', n(net)), ('ƏDV 18%:', n(tax)), ('Yekun (ödənilməli):', f'{n(total)} {cur}')], widths=(130, 100))}</div>"
                   + f"<p style='margin-top:14pt'>Direktor: ____________ {esc(vendor.extra['director'])}</p><p style='margin-top:6pt'>Baş mühasib: ____________</p>"
                   + "<p style='margin-top:10pt;margin-left:60pt'>M.Y.</p>")
        notes = {"series": None, "bank_voen": vendor.extra["bank_voen"], "iban": vendor.extra["iban"]}
    notes["buyer_voen"] = buyer_voen
    sheet = paged(width, height, css, (30.0, 30.0, 30.0, 28.0), rows,
                  lambda chunk, page, last: (first if page == 0 else f"<p class='b'>№ {number} ({d})</p>") + table(chunk, last) + (closing if last else ""),
                  footer=lambda p, c: f"<p class='tiny' style='text-align:right'>Səhifə {p}/{c}</p>", footer_height=12.0)
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1, notes=notes)


def _az_block(label: str, p, voen: str, W: float) -> str:
    return (f"<div class='box'><p class='b'>{label}</p>" + kv_rows([("VÖEN:", voen), ("Adı:", f"<b>{esc(p.name)}</b>"), ("Ünvanı:", esc(", ".join(p.address)))],
                                                                    (50, W / 2 - 70)) + "</div>")
