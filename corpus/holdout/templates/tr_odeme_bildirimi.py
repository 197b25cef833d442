"""Turkish payment advices: what a Turkish payer, or its bank, sends the supplier after an EFT / FAST transfer, in Turkish, TRY,
2023-2025 (invented companies and banks).

Three prints. `tr_odeme_bildirim_yazisi` (the payer's ÖDEME BİLDİRİMİ / ÖDEME BİLGİLENDİRME letter: the payer's letterhead with
Vergi Dairesi, VKN and Mersis No (decoys), "İstanbul, 15.03.2024", "Sayın" and the supplier with its address and, on some, its
VKN (= the vendor's tax id); Ödeme No (= reference), Ödeme Tarihi, Cari Hesap Kodu `320.01.0145` (= vendor id), Ödeme Şekli and
the supplier's IBAN; a table Sıra / Fatura No (the 16-character e-Fatura number) / Fatura Tarihi / Vade / Fatura Tutarı / KDV
Tevkifatı (the buyer's share of the VAT withheld, 2/10 to 9/10 by service, on VAT at 18 % until 9 July 2023 and 20 % after) /
Ödenen Tutar, or for a self-employed professional's e-SMM receipts Brüt Ücret / KDV / G.V. Stopajı %20 / Ödenen; over pages
on long runs; Toplam), `tr_eft_dekontu` (the payer's bank's HAVALE / EFT / FAST DEKONTU: İşlem Tarihi (= document and payment
date), Valör (decoy), Gönderen and Alıcı with their IBANs, the sender's VKN (decoy), Tutar, Masraf and BSMV (decoys), Açıklama
naming the invoices (with their amounts when there are several), İşlem Referans No (= reference), Sorgu No and Dekont No
(decoys); the bank no party), `tr_odeme_eposta` (an e-mail "Konu: Ödeme bildirimi …" from the payer's accounts department with
the invoices listed and the payer's signature).

Truth: a `remittance_advice`; vendor = the supplier paid (its address where printed; its VKN as tax id only where printed);
customer = the payer (its VKN, tax office and Mersis number decoys); ids = the supplier's e-Fatura / e-SMM numbers; allocations
= the amounts paid (after the KDV tevkifatı or the stopaj); total = payment amount = Toplam / Tutar; reference, payment date
and the advice's date as printed.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_eighth import tr_party
from corpus.holdout.fakes_twentyfifth import (
    TR_BANKS,
    TR_TEVKIFAT,
    digits,
    tr_einvoice_number,
    tr_iban,
    tr_kdv_rate,
)
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import pts, rows_html, single_page
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfifth import kv_left
from corpus.holdout.templates._twentyfirst import build_paged
from corpus.holdout.templates._twentysecond import party_block

FAMILY = "tr_odeme_bildirimi"
D = Decimal
PROFESSIONALS = [("Av.", "Avukatlık Bürosu"), ("SMMM", "Mali Müşavirlik"), ("Mimar", "Mimarlık Ofisi"), ("Dr.", "Danışmanlık"), ("Müh.", "Mühendislik Bürosu")]
FIRST = ["Ayşe", "Mehmet", "Zeynep", "Mustafa", "Elif", "Ahmet", "Selin", "Emre", "Deniz", "Burak"]
LAST = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Koç", "Kurt"]


def _rows(rng: random.Random, count: int, paid_on: date, professional: bool, tevkifat: int | None) -> list[dict]:
    rows, used = [], set()
    series = "".join(pick(rng, "ABCDEFGHJKLMNPRSTUVYZ") for _ in range(3))
    while len(rows) < count:
        issued = paid_on - timedelta(days=rng.randrange(5, 95))
        inv = tr_einvoice_number(rng, issued.year, series if chance(rng, 0.8) else None)
        if inv in used:
            continue
        used.add(inv)
        rate = D(tr_kdv_rate(issued))
        net = money(rng.uniform(900, 180000) if not professional else rng.uniform(2500, 60000))
        kdv = money(net * rate / 100)
        gross = net + kdv
        withheld = money(kdv * tevkifat / 10) if tevkifat else D("0.00")
        stopaj = money(net * D("0.20")) if professional else D("0.00")
        rows.append({"inv": inv, "date": issued, "due": issued + timedelta(days=pick(rng, [30, 45, 60, 90])), "net": net, "kdv": kdv, "rate": rate,
                     "gross": gross, "tev": withheld, "stopaj": stopaj, "paid": gross - withheld - stopaj})
    return rows


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["tr_odeme_bildirim_yazisi", "tr_odeme_bildirim_yazisi", "tr_eft_dekontu", "tr_eft_dekontu", "tr_odeme_eposta"])
    payer, supplier = tr_party(rng), tr_party(rng)
    while supplier.name == payer.name:
        supplier = tr_party(rng)
    professional = layout != "tr_eft_dekontu" and chance(rng, 0.2)
    if professional:
        title, office = pick(rng, PROFESSIONALS)
        supplier.name = f"{title} {pick(rng, FIRST)} {pick(rng, LAST)}" + (f" {office}" if chance(rng, 0.4) else "")
    tev = None
    service = ""
    if not professional and chance(rng, 0.4):
        service, tev = pick(rng, TR_TEVKIFAT)
    paid_on = random_date(rng, date(2023, 1, 16), 1000)
    while paid_on.weekday() > 4:
        paid_on += timedelta(days=1)
    bank, code, _bic = pick(rng, TR_BANKS)
    sup_bank, sup_code, _ = pick(rng, TR_BANKS)
    sup_iban, payer_iban = tr_iban(rng, sup_code), tr_iban(rng, code)
    payer_vkn, supplier_vkn = payer.tax_id, supplier.tax_id
    payer.tax_id = None
    theme = Theme.pick(rng, size=(7.5, 9.0))
    cur = pick(rng, ["TL", "TL", "TRY"])

    def n(v):
        return amount(v, ".", ",")

    notes: dict = {"payer_vkn": payer_vkn, "tax_office": payer.extra["tax_office"], "mersis": payer.extra["mersis"], "service": service, "tevkifat": tev}
    if layout == "tr_eft_dekontu":
        return _dekont(rng, layout, payer, supplier, paid_on, bank, sup_bank, sup_iban, payer_iban, payer_vkn, theme, notes, n, cur, tev)
    email = layout == "tr_odeme_eposta"
    count = pick(rng, [1, 2, 3, 4]) if email else pick(rng, [1, 2, 3, 4, 5, 7, 10, 14, 22, 34])
    rows = _rows(rng, count, paid_on, professional, tev)
    total = sum((r["paid"] for r in rows), D("0.00"))
    printed = paid_on + timedelta(days=pick(rng, [0, 0, 1]))   # the letter reports a transfer made
    ref = pick(rng, [f"ODM-{paid_on.year}-{rng.randrange(1, 99999):05d}", f"{paid_on.strftime('%Y%m%d')}{rng.randrange(100, 999)}", f"OT{rng.randrange(100000, 999999)}"])
    vendor_no = pick(rng, [f"320.01.{rng.randrange(1, 9999):04d}", f"320-{rng.randrange(100, 999)}-{rng.randrange(1, 99):02d}", f"T{rng.randrange(10000, 99999)}", None])
    show_vkn = not email and chance(rng, 0.5)
    if not show_vkn:
        supplier.tax_id = None
    doc = Doc(document_type="remittance_advice", locale="TR", currency="TRY", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=printed, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_id=vendor_no, vendor_address_printed=not email)
    city = payer.address[-1].split("/")[-1]
    payer_ids = [f"{payer.extra['tax_office']} V.D. - VKN: {payer_vkn}", f"Mersis No: {payer.extra['mersis']}"]
    notes["payer_ids"] = payer_ids
    long_date = chance(rng, 0.35)

    def d(x):
        return fmt_date(x, "d_month_y", "tr") if long_date else fmt_date(x, "dmy_dot")

    if email:
        return _email(rng, layout, doc, payer, supplier, rows, total, paid_on, printed, ref, vendor_no, sup_iban, payer_ids, theme, notes, n, cur, d)
    title = pick(rng, ["ÖDEME BİLDİRİMİ", "ÖDEME BİLGİLENDİRME YAZISI", "ÖDEME BİLDİRİM FORMU"])
    css = theme.css(".tt{font-size:13pt;font-weight:bold} .box{border:0.8pt solid #666;padding:5pt} .t{font-size:13pt;font-weight:bold}")
    width, height = A4
    W = width - 72
    meta = [("Ödeme No", ref), ("Ödeme Tarihi", d(paid_on))]
    if vendor_no:
        meta.append((pick(rng, ["Cari Hesap Kodu", "Tedarikçi Kodu", "Cari Kod"]), vendor_no))
    meta += [("Ödeme Şekli", pick(rng, ["EFT", "Havale / EFT", "FAST"])), ("IBAN", sup_iban)]
    left = party_block("", payer, payer_ids + [f"Tel: {payer.phone}"], big=True)
    sup_rows = [f"VKN: {supplier_vkn}"] if show_vkn else []
    right = f"<p class='muted small'>Sayın</p>{party_block('', supplier, sup_rows)}"
    intro = (f"Aşağıda dökümü yapılan {'serbest meslek makbuzlarınıza' if professional else 'faturalarınıza'} karşılık {d(paid_on)} tarihinde "
             f"{sup_iban} IBAN numaralı hesabınıza ({esc(sup_bank)}) toplam {n(total)} {cur} ödeme yapılmıştır. Bilgilerinize sunarız.")
    if tev:
        intro += f" {esc(service)} bedelleri üzerinden hesaplanan KDV'nin {tev}/10'u tarafımızca tevkif edilerek beyan edilecektir."
    first = (f"<table><tr><td style='width:{W * 0.52:.0f}pt'>{left}</td><td style='width:{W * 0.44:.0f}pt'><p class='r'>{esc(city)}, {d(printed)}</p>"
             f"<div class='box' style='margin-top:6pt'>{right}</div></td></tr></table>"
             + f"<p class='tt c' style='margin-top:10pt'>{title}</p>"
             + f"<div style='margin-top:4pt'>{rows_html([(k + ' :', f'<b>{v}</b>') for k, v in meta], strong_last=False, widths=(120, 230))}</div>"
             + f"<p style='margin-top:6pt'>{intro}</p>")
    if professional:
        head = ["Sıra", "Makbuz No", "Tarih", "Brüt Ücret", "KDV", "G.V. Stopajı %20", "Ödenen Tutar"]
        fr = [0.06, 0.25, 0.12, 0.14, 0.13, 0.15, 0.15]

        def cells(r):
            return [str(r["lp"]), esc(r["inv"]), fmt_date(r["date"], "dmy_dot"), n(r["net"]), n(r["kdv"]), n(r["stopaj"]), n(r["paid"])]
    else:
        show_due = chance(rng, 0.6)
        head = ["Sıra", "Fatura No", "Fatura Tarihi"] + (["Vade"] if show_due else []) + ["Fatura Tutarı"] \
            + ([f"KDV Tevkifatı ({tev}/10)"] if tev else []) + ["Ödenen Tutar"]
        fr = [0.06, 0.25, 0.12] + ([0.12] if show_due else []) + [0.15] + ([0.15] if tev else []) + [0.15]

        def cells(r):
            out = [str(r["lp"]), esc(r["inv"]), fmt_date(r["date"], "dmy_dot")] + ([fmt_date(r["due"], "dmy_dot")] if show_due else []) + [n(r["gross"])]
            return out + ([n(r["tev"])] if tev else []) + [n(r["paid"])]
    for i, r in enumerate(rows):
        r["lp"] = i + 1
    numeric = {0} | set(range(3, len(head))) - ({3} if len(head) > 5 and head[3] == "Vade" else set())
    closing = (f"<p class='b' style='text-align:right;margin-top:8pt'>TOPLAM ÖDENEN: {n(total)} {cur}</p>"
               + "<p style='margin-top:10pt'>Saygılarımızla,</p>"
               + f"<p class='b' style='margin-top:4pt'>{esc(payer.name)}</p><p>{pick(rng, ['Muhasebe Müdürlüğü', 'Finans Departmanı', 'Mali İşler'])}</p>")
    return build_paged(doc, layout, width, height, css, first, head, pts(W, *fr), numeric, rows, cells, closing, cont=f"{title} - {ref} (devamı)",
                       footer_text="Sayfa", notes=notes)


def _email(rng, layout, doc, payer, supplier, rows, total, paid_on, printed, ref, vendor_no, sup_iban, payer_ids, theme, notes, n, cur, d) -> Built:
    css = theme.css(".hdr td{padding:1pt 4pt} .mail{border-bottom:0.8pt solid #999;margin-bottom:8pt}")
    width, height = A4
    sender = f"muhasebe@{payer.email.split('@')[1]}" if payer.email else "muhasebe@example.com.tr"
    header = ("<table class='hdr mail'>"
              + f"<tr><td class='b'>Kimden:</td><td>{esc(payer.name)} Muhasebe &lt;{sender}&gt;</td></tr>"
              + f"<tr><td class='b'>Tarih:</td><td>{d(printed)} {rng.randrange(8, 18):02d}:{rng.randrange(60):02d}</td></tr>"
              + f"<tr><td class='b'>Kime:</td><td>{esc(supplier.email or 'info@example.com.tr')}</td></tr>"
              + f"<tr><td class='b'>Konu:</td><td>Ödeme bildirimi - {ref}</td></tr></table>")
    items = "".join(f"<p>- {esc(r['inv'])} ({fmt_date(r['date'], 'dmy_dot')}): {n(r['paid'])} {cur}"
                    + (f" (KDV tevkifatı {n(r['tev'])} {cur} düşülmüştür)" if r["tev"] else "")
                    + (f" (stopaj {n(r['stopaj'])} {cur} düşülmüştür)" if r["stopaj"] else "") + "</p>" for r in rows)
    body = (f"<p>{pick(rng, ['Sayın Yetkili,', 'Merhaba,', 'Değerli İş Ortağımız,'])}</p>"
            + f"<p style='margin-top:6pt'>{d(paid_on)} tarihinde {esc(supplier.name)} adına {sup_iban} IBAN numaralı hesaba toplam {n(total)} {cur} "
            + "tutarında EFT gönderilmiştir.</p>"
            + (f"<p>Cari kodunuz: {vendor_no}</p>" if vendor_no else "")
            + f"<p>Ödeme referansı: {ref}</p><p style='margin-top:6pt'>Ödemeye konu belgeler:</p>{items}"
            + "<p style='margin-top:8pt'>İyi çalışmalar dileriz.</p>"
            + f"<p style='margin-top:6pt'>{pick(rng, FIRST)} {pick(rng, LAST)}</p><p>Muhasebe Departmanı</p><p class='b'>{esc(payer.name)}</p>"
            + "".join(f"<p class='small'>{esc(x)}</p>" for x in payer.address) + "".join(f"<p class='small'>{x}</p>" for x in payer_ids))
    sheet = single_page(layout, width, height, css, [Box((54, 50, width - 54, height - 50), header + body)])
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes)


def _dekont(rng, layout, payer, supplier, paid_on, bank, sup_bank, sup_iban, payer_iban, payer_vkn, theme, notes, n, cur, tev) -> Built:
    count = pick(rng, [1, 1, 1, 2, 3])
    rows = _rows(rng, count, paid_on, False, tev)
    total = sum((r["paid"] for r in rows), D("0.00"))
    at = datetime(paid_on.year, paid_on.month, paid_on.day, rng.randrange(8, 19), rng.randrange(60), rng.randrange(60))
    ref = pick(rng, [f"{paid_on.strftime('%Y%m%d')}{digits(rng, 8)}", f"EFT{paid_on.strftime('%y%m%d')}{digits(rng, 7)}", f"{digits(rng, 4)}-{digits(rng, 10)}"])
    query, receipt_no = digits(rng, rng.randrange(6, 9)), f"{rng.randrange(10**9, 10**10)}"
    if count == 1:
        text = pick(rng, [f"{rows[0]['inv']} NOLU FATURA ÖDEMESİ", f"FATURA NO: {rows[0]['inv']}", f"{rows[0]['inv']} FT. BEDELİ"])
    else:
        text = "FATURA ÖDEMELERİ: " + " / ".join(f"{r['inv']} {n(r['paid'])} {cur}" for r in rows)
    fee = D(pick(rng, ["0.00", "0.00", "5.50", "8.75", "12.40"]))
    bsmv = money(fee * D("0.05"))
    kind = pick(rng, ["HAVALE / EFT DEKONTU", "FAST İŞLEM DEKONTU", "EFT GİDEN DEKONTU"])
    payer_address = chance(rng, 0.5)
    supplier.tax_id = None
    doc = Doc(document_type="remittance_advice", locale="TR", currency="TRY", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=paid_on, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_address_printed=False, customer_address_printed=payer_address)
    css = theme.css(".bank{font-size:14pt;font-weight:bold} .sec{border-bottom:0.8pt solid #777;font-weight:bold;padding:2pt 0;margin-top:8pt}")
    width, height = A4
    W = width - 100
    right_values = chance(rng, 0.4)

    def kv(pairs):
        return rows_html(pairs, strong_last=False, widths=(160, W - 170)) if right_values else kv_left(pairs, (160, W - 170))

    stamp = f"{fmt_date(paid_on, 'dmy_dot')} {at.strftime('%H:%M:%S')}"
    sender = [("Gönderen", f"<b>{esc(payer.name)}</b>")] + ([("Adres", esc(", ".join(payer.address)))] if payer_address else []) \
        + [("Gönderen VKN", payer_vkn), ("Gönderen IBAN", payer_iban)]
    receiver = [("Alıcı", f"<b>{esc(supplier.name)}</b>"), ("Alıcı IBAN", sup_iban), ("Alıcı Banka", esc(sup_bank))]
    op = [("İşlem Tarihi", stamp), ("Valör", fmt_date(paid_on, "dmy_dot")), ("Tutar", f"<b>{n(total)} {cur}</b>"), ("Masraf", f"{n(fee)} {cur}"),
          ("BSMV", f"{n(bsmv)} {cur}"), ("Açıklama", esc(text)), ("İşlem Referans No", ref), ("Sorgu No", query), ("Dekont No", receipt_no)]
    body = (f"<p class='bank accent'>{esc(bank)}</p><p class='small'>{pick(rng, ['Genel Müdürlük', 'İnternet Şubesi', 'Kurumsal İnternet Bankacılığı'])}</p>"
            + f"<p class='b c' style='margin-top:10pt;font-size:12pt'>{kind}</p>"
            + "<p class='sec'>GÖNDEREN BİLGİLERİ</p>" + kv(sender) + "<p class='sec'>ALICI BİLGİLERİ</p>" + kv(receiver)
            + "<p class='sec'>İŞLEM BİLGİLERİ</p>" + kv(op)
            + f"<p class='small muted' style='margin-top:14pt'>İşbu dekont elektronik ortamda üretilmiş olup ıslak imza gerektirmez. {esc(bank)} "
            + f"Mersis No: 0{digits(rng, 15)} · www.{bank.split()[0].lower().replace('ğ', 'g').replace('ı', 'i').replace('ç', 'c').replace('ş', 's')}.example</p>")
    notes.update({"query": query, "receipt_no": receipt_no, "fee": float(fee), "text": text})
    sheet = single_page(layout, width, height, css, [Box((50, 46, width - 50, height - 46), body)])
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes)
