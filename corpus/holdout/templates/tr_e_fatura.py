"""Turkish e-Fatura / e-Arşiv Fatura printout, in Turkish.

Three prints: the Revenue Administration's (GİB) standard view (seller block top left with Vergi
Dairesi and VKN, "SAYIN" buyer block, the e-FATURA mark, a right-hand table of Özelleştirme No,
Senaryo TEMELFATURA / TICARIFATURA, Fatura Tipi SATIS, Fatura No, Fatura Tarihi, then ETTN; items with
Sıra No / Mal Hizmet / Miktar / Birim Fiyat / İskonto Oranı / İskonto Tutarı / KDV Oranı / KDV Tutarı /
Mal Hizmet Tutarı; totals Mal Hizmet Toplam Tutarı, Toplam İskonto, Hesaplanan KDV(%20) per rate,
Vergiler Dahil Toplam Tutar, Ödenecek Tutar); a private integrator's view (logo, "Fatura Bilgileri"
box, KDV Toplamı, notes with IBAN and Son Ödeme Tarihi); and an e-Arşiv Fatura to a consumer with a
TCKN (Senaryo EARSIVFATURA, "İnternet Satışı" block with the order number).

Truth: id = Fatura No (`ABC2024000000123`: three letters, year, nine digits); tax id = the seller's VKN
(10 digits with check digit) or, for a sole trader, TCKN (11 digits); Vergi Dairesi, Mersis No, Ticaret
Sicil No, ETTN (UUID), the buyer's VKN / TCKN, IBAN and order number are decoys. Net = Mal Hizmet
Toplam Tutarı, tax = the KDV (per line at 20 % or 10 %, summed per rate; one figure only when a single
rate or the integrator's KDV Toplamı is printed), total = Ödenecek Tutar. Dates from August 2023 (KDV
20 % / 10 %); amounts `1.234,56 TL` or `₺1.234,56`. The fonts carry ş ğ ı İ (Nimbus).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line, tax_on
from corpus.holdout.components import Col, Theme, esc, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party
from corpus.holdout.fakes_eighth import ettn, fmt_of, tckn, tr_party
from corpus.holdout.money import fmt_number, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._eighth import flowing_sheet

FAMILY = "tr_e_fatura"
DOCUMENT_TYPE = "invoice"
# description, unit, low, high, KDV rate
ITEMS = [("Endüstriyel rulman 6205-2RS", "Adet", 85, 240, 20), ("Hidrolik hortum 1/2\" 2 m", "Adet", 420, 950, 20),
         ("Paslanmaz çelik sac 2 mm", "Kg", 95, 180, 20), ("Yazılım bakım ve destek hizmeti", "Ay", 4500, 18000, 20),
         ("Nakliye hizmeti İstanbul - Ankara", "Sefer", 9000, 22000, 20), ("Kraft koli 40x30x30", "Adet", 14, 38, 20),
         ("Ayçiçek yağı 5 L", "Adet", 210, 320, 10), ("Un tip 550 (50 kg)", "Çuval", 780, 1150, 10), ("Makarna 500 g", "Koli", 240, 410, 10),
         ("Danışmanlık hizmeti", "Saat", 1500, 4200, 20), ("LED armatür 36 W", "Adet", 340, 890, 20), ("İş güvenliği eldiveni", "Çift", 45, 120, 20),
         ("Otel konaklama hizmeti", "Gece", 2400, 6800, 10), ("Bakır kablo 3x2,5 mm²", "Metre", 48, 92, 20)]
FIRST = ["Ahmet", "Mehmet", "Ayşe", "Fatma", "Mustafa", "Zeynep", "Emine", "Hüseyin", "Elif", "Oğuz", "Gökhan", "Şule"]
LAST = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç", "Aslan"]


def tr_iban(rng: random.Random) -> str:
    digits = f"{rng.randrange(10, 99)}{rng.choice(['00062', '00010', '00046', '00064', '00111'])}0{rng.randrange(10**15, 10**16)}"
    s = f"TR{digits}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["gib", "integrator", "earsiv"])
    vendor = tr_party(rng)
    sole_trader = chance(rng, 0.15)
    if sole_trader:
        owner = f"{pick(rng, FIRST)} {pick(rng, LAST)}"
        vendor.name = f"{owner} - {vendor.name.split(' ')[0]} {vendor.name.split(' ')[1]}"
        vendor.tax_id = tckn(rng)
    if layout == "earsiv":
        customer = Party(name=f"{pick(rng, FIRST)} {pick(rng, LAST)}", address=tr_party(rng).address, country="TR", tax_id=tckn(rng))
    else:
        customer = tr_party(rng)
    issued = random_date(rng, date(2023, 8, 1), 700)
    lines, taxes = [], {}
    chosen = rng.sample(ITEMS, rng.randrange(1, 10))
    if layout == "earsiv":
        chosen = chosen[:3]
    for name, unit, low, high, rate in chosen:
        price = Decimal(str(round(rng.uniform(low, high), pick(rng, [0, 2]))))
        qty = Decimal(pick(rng, [1, 1, 2, 3, 4, 5, 10, 12, 20, 25, 50]))
        line = Line(name, qty, price, (price * qty).quantize(Decimal("0.01")), unit, tax_rate=Decimal(rate))
        lines.append(line)
    for line in lines:
        taxes[line.tax_rate] = taxes.get(line.tax_rate, Decimal("0.00")) + tax_on(line.amount, line.tax_rate)
    net = sum((li.amount for li in lines), Decimal("0.00"))
    tax = sum(taxes.values(), Decimal("0.00"))
    total = net + tax
    symbol = pick(rng, ["TL", "TL", "₺", "TRY"])
    fmt = fmt_of("TR", "TRY", number_style="de", symbol=symbol, position="pre" if symbol == "₺" else "post_space",
                 date_pattern="dmy_dash" if layout != "integrator" else pick(rng, ["dmy_dot", "dmy_slash"]), lang="tr")
    prefix = "".join(rng.choice("ABCDEFGHKLMNPRSTYZ") for _ in range(3)) if layout != "earsiv" else pick(rng, ["GIB", "EAR", "ARS"])
    number = f"{prefix}{issued.year}{rng.randrange(1, 10**6):09d}"
    due = issued + timedelta(days=pick(rng, [15, 30, 30, 45, 60]))
    show_due = layout == "integrator" and chance(rng, 0.6)
    customer_id = f"{pick(rng, ['120.', 'C-', 'M'])}{rng.randrange(1000, 99999)}" if layout == "integrator" and chance(rng, 0.4) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale="TR", currency="TRY", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due if show_due else None, customer_id=customer_id)
    m, num = fmt.money, lambda v: fmt_number(v, "de")
    uuid_ = ettn(rng)
    iban_ = tr_iban(rng)

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.5, 8.5), table=pick(rng, ["grid", "grid", "rules", "boxed"]))
    css = theme.css(".ttl{font-size:14pt;font-weight:bold;letter-spacing:1pt} .hd td{border:0.6pt solid #555;padding:1.5pt 4pt}"
                    " .line{border-top:1pt solid #555;margin:4pt 0}")
    width, height = A4
    id_label = "TCKN" if sole_trader else "VKN"
    seller = (f"<p class='b'>{esc(vendor.name)}</p><p>{lines_html(vendor.address)}</p><p>Tel: {vendor.phone}</p><p>E-Posta: {vendor.email}</p>"
              f"<p>Vergi Dairesi: {esc(vendor.extra['tax_office'])}</p><p>{id_label}: {vendor.tax_id}</p>"
              + (f"<p>Mersis No: {vendor.extra['mersis']}</p>" if chance(rng, 0.5) else "")
              + (f"<p>Ticaret Sicil No: {rng.randrange(10**5, 10**6)}</p>" if chance(rng, 0.4) else ""))
    if layout == "earsiv":
        buyer = (f"<p class='b'>SAYIN</p><p>{esc(customer.name)}</p><p>{lines_html(customer.address)}</p><p>TCKN: {customer.tax_id}</p>")
    else:
        buyer = (f"<p class='b'>SAYIN</p><p>{esc(customer.name)}</p><p>{lines_html(customer.address)}</p>"
                 f"<p>Vergi Dairesi: {esc(customer.extra['tax_office'])}</p><p>VKN: {customer.tax_id}</p>"
                 + (f"<p>Müşteri No: {esc(customer_id)}</p>" if customer_id else ""))
    scenario = {"gib": pick(rng, ["TEMELFATURA", "TICARIFATURA"]), "integrator": pick(rng, ["TEMELFATURA", "TICARIFATURA"]), "earsiv": "EARSIVFATURA"}[layout]
    info = [("Özelleştirme No", "TR1.2"), ("Senaryo", scenario), ("Fatura Tipi", "SATIS"), ("Fatura No", number),
            ("Fatura Tarihi", fmt.date(issued))]
    if layout == "earsiv":
        info.append(("Sipariş No", f"{rng.randrange(10**8, 10**9)}"))
    info_table = "<table class='hd'>" + "".join(f"<tr><td class='b'>{k}:</td><td>{v}</td></tr>" for k, v in info) + "</table>"
    cols = [Col("Sıra No", "center", "6%"), Col("Mal Hizmet", width="27%"), Col("Miktar", "right", "9%"), Col("Birim Fiyat", "right", "11%"),
            Col("İskonto Oranı", "right", "8%"), Col("İskonto Tutarı", "right", "9%"), Col("KDV Oranı", "right", "7%"),
            Col("KDV Tutarı", "right", "10%"), Col("Mal Hizmet Tutarı", "right", "13%")]
    rows = [[str(i), esc(li.description), f"{fmt.qty(li.quantity)} {li.unit}", m(li.unit_price), "%0,00", m(Decimal("0.00")),
             f"%{num(li.tax_rate)}", m(tax_on(li.amount, li.tax_rate)), m(li.amount)] for i, li in enumerate(lines, 1)]
    tot = [("Mal Hizmet Toplam Tutarı", m(net), False), ("Toplam İskonto", m(Decimal("0.00")), False)]
    tot += [(f"Hesaplanan KDV(%{num(rate)})", m(value), False) for rate, value in sorted(taxes.items(), reverse=True)]
    if layout == "integrator":
        tot.append(("KDV Toplamı", m(tax), False))
    tot += [("Vergiler Dahil Toplam Tutar", m(total), False), ("Ödenecek Tutar", m(total), True)]
    notes = f"<p class='small' style='margin-top:6pt'><b>Not:</b> Banka: IBAN {iban_}" + (f" · Son Ödeme Tarihi: {fmt.date(due)}" if show_due else "") + "</p>"
    if layout == "integrator":
        head = (f"<table style='width:100%'><tr><td style='width:50%'>{logo(vendor.name, rng, theme.accent)}{seller}</td>"
                f"<td style='width:50%' class='r'><p class='ttl accent'>e-FATURA</p><p class='b' style='margin-top:6pt'>Fatura Bilgileri</p>{info_table}"
                f"</td></tr></table><div class='line'></div>{buyer}<p class='small'>ETTN: {uuid_}</p>")
    else:
        head = (f"<table style='width:100%'><tr><td style='width:40%'>{seller}<div class='line'></div>{buyer}</td>"
                f"<td style='width:22%' class='c'><p class='ttl'>{'e-Arşiv' if layout == 'earsiv' else 'e-FATURA'}</p>"
                f"<p class='small'>{'e-ARŞİV FATURA' if layout == 'earsiv' else 'GİB'}</p></td><td style='width:38%'>{info_table}</td></tr></table>"
                f"<p style='margin-top:4pt'>ETTN: {uuid_}</p>")
        if layout == "earsiv":
            head += "<p class='small'>İnternet Satışı · Ödeme Şekli: Kredi Kartı · Gönderim Tarihi: " + fmt.date(issued) + "</p>"
    tail = totals_table(tot, width="45%", left="52%") + notes
    if layout == "earsiv":
        tail += "<p class='tiny muted'>e-Arşiv izni kapsamında elektronik ortamda iletilmiştir.</p>"
    sheet = flowing_sheet(width, height, css, cols, rows, head, tail, more="devam ediyor",
                          continued=lambda i: f"<p class='b'>Fatura No: {number} (devamı, sayfa {i + 1})</p>")
    return Built(doc=doc, sheet=sheet, template=f"tr_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"ettn": uuid_, "tax_office": vendor.extra["tax_office"], "buyer_id": customer.tax_id, "rates": sorted(str(r) for r in taxes)})
