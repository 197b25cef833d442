"""Cape Verdean and Macanese invoices: the Cape Verdean FATURA of the e-fatura system with IVA at 15 % and exempt lines, a commercial
discount, amounts in escudos written with the cifrão (`1.234$50`) or with a decimal comma, and its NOTA DE CRÉDITO; the Macanese
FACTURA / 發票 printed in Portuguese and Chinese, without any tax, in patacas, 2023-2025 (invented companies).

Three prints. `cv_fatura` (a title strip with the number `FT 2024/123` (= id); the supplier with its NIF (= tax id), its capital and
its commercial register entry (decoys); the buyer with its NIF (decoy); Data de emissão (= date), Data de vencimento (= due date),
Condições de pagamento (= terms), Requisição n.º (decoy); Código / Descrição / Qtd. / Preço unit. / IVA / Total with exempt lines
marked "Isento"; Total ilíquido, Desconto comercial, Total sem IVA (= net), IVA 15 % (= tax), Total a pagar (= total); the IUD of the
electronic document and the certified-software line (decoys)), `cv_nota_credito` (NOTA DE CRÉDITO in the side-column layout against an
invoice (no id), its reason, the amounts printed positive), `mo_factura` (Macau: the supplier's Portuguese name (= vendor) over its
Chinese name, "Contribuinte n.º / 納稅人編號" (= tax id), the commercial register number (decoy), FACTURA / 發票 N.º (= id), Data / 日期
(`15/03/2024` or `2024年03月15日`), Cliente / 客戶 (= customer), bilingual line descriptions, Total / 總數 MOP (= total) and the amount in
Chinese capitals; no tax, no net).

Truth: an `invoice` or a `credit_note` (negative); vendor with its NIF / taxpayer number; in Cape Verde net = Total sem IVA, tax = the
IVA, the discount the `lines_adjustment`; in Macau the lines add up to the total.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twelfth import words_cn_upper
from corpus.holdout.fakes_twentyninth import cv_iud, cv_nif, cv_party, mo_party, mo_taxpayer
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyeighth import sidebar_invoice
from corpus.holdout.templates._twentyninth import cifrao, strip_invoice
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "cv_mo_fatura"
D = Decimal
CV_ITEMS = [("CIM-50", "Cimento Portland CEM II 42,5 - saco 50 kg", 950, 1350, 15), ("AGU-15", "Água mineral 1,5 L (pack 6)", 380, 560, 15),
            ("ARZ-25", "Arroz agulha - saco 25 kg", 2400, 3400, 0), ("OLE-05", "Óleo alimentar 5 L", 1150, 1650, 15), ("ZIN-12", "Chapa de zinco ondulada 3 m", 1600, 2500, 15),
            ("GER-MN", "Manutenção de gerador 60 kVA (mão de obra)", 12000, 38000, 15), ("TRP-SV", "Transporte de carga Praia - Mindelo", 18000, 65000, 15),
            ("VIA-DI", "Aluguer de viatura ligeira (dia)", 4500, 7500, 15), ("CAV-KG", "Cavala congelada (caixa 20 kg)", 5200, 8900, 0),
            ("CON-MS", "Serviços de contabilidade - mensalidade", 25000, 70000, 15), ("PAP-A4", "Papel A4 80 g (caixa 5 resmas)", 2800, 3900, 15),
            ("TIN-20", "Tinta plástica branca 20 L", 7800, 12500, 15)]
MO_ITEMS = [("Papel de fotocópia A4 80 g (caixa 5 resmas) / A4影印紙", 160, 260), ("Serviço de limpeza mensal - escritório / 辦公室月度清潔服務", 2800, 9800),
            ("Tinteiro laser preto / 鐳射碳粉盒", 480, 980), ("Arroz tailandês 25 kg / 泰國香米", 260, 420), ("Instalação de ar condicionado / 冷氣機安裝", 1800, 5200),
            ("Água destilada 18,9 L / 蒸餾水", 32, 55), ("Manutenção de elevador (mês) / 升降機保養", 3500, 8800), ("Detergente industrial 5 L / 工業清潔劑", 95, 180),
            ("Cadeira de escritório / 辦公椅", 650, 1900), ("Reparação de canalização / 水喉維修", 900, 3600), ("Bolos lunares (caixa) / 月餅禮盒", 280, 520)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["cv_fatura", "cv_fatura", "cv_nota_credito", "mo_factura", "mo_factura"])
    issued = random_date(rng, date(2023, 1, 9), 900)
    theme = Theme.pick(rng, size=(7.5, 9.0))
    if layout == "mo_factura":
        return _macau(rng, layout, issued, theme)
    credit = layout == "cv_nota_credito"
    vendor, customer = cv_party(rng), cv_party(rng)
    buyer_nif = customer.tax_id if chance(rng, 0.8) else cv_nif(rng, company=False)
    customer.tax_id = None
    lines = []
    for code, desc, low, high, pct in rng.sample(CV_ITEMS, rng.randrange(1, 3) if credit else rng.randrange(2, 8)):
        qty = D(pick(rng, [1, 2, 3, 5, 10, 20, 40])) if high < 10000 else D(pick(rng, [1, 1, 2, 3]))
        price = money(round(rng.uniform(low, high)))
        line = Line(desc, qty, price, money(qty * price), code=code)
        line.tax_rate = D(pct)
        lines.append(line)
    gross = sum((li.amount for li in lines), D("0.00"))
    pct_off = D(0) if credit else D(pick(rng, [0, 0, 0, 2, 3, 5]))
    discount = money(gross * pct_off / 100)
    net = gross - discount
    taxable = money(sum((li.amount for li in lines if li.tax_rate), D("0.00")) * (100 - pct_off) / 100)
    tax = money(taxable * D("0.15"))
    total = net + tax
    series = pick(rng, ["FT", "FTE", "FAT", "A"])
    k = rng.randrange(1, 9999)
    number = pick(rng, [f"{series} {issued.year}/{k}", f"{series}{issued.year % 100:02d}/{k:05d}", f"{series}-{k:06d}"])
    if credit:
        number = pick(rng, [f"NC {issued.year}/{rng.randrange(1, 600)}", f"NCE{issued.year % 100:02d}/{rng.randrange(1, 600):05d}"])
    original = f"{series} {issued.year}/{rng.randrange(1, 9999)}"
    days = pick(rng, [0, 15, 30, 30, 60])
    terms = None if credit else ("Pronto pagamento" if not days else pick(rng, [f"{days} dias", f"A {days} dias", f"Pagamento a {days} dias da data da fatura"]))
    due = issued + timedelta(days=days) if days and not credit and chance(rng, 0.75) else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="CV", currency="CVE", vendor=vendor, customer=customer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, lines_adjustment=-discount)
    use_cifrao = chance(rng, 0.55)
    sep = pick(rng, [".", " "])

    def a(v):
        return cifrao(v, sep) if use_cifrao else amount(v, sep, ",")

    def d(x):
        return fmt_date(x, pick_pattern)

    pick_pattern = pick(rng, ["dmy_slash", "dmy_dash", "dmy_dot"])
    iud = cv_iud(rng, issued, vendor.tax_id)
    register = f"Matrícula n.º {rng.randrange(100, 9999)} na Conservatória do Registo Comercial {pick(rng, ['da Praia', 'de São Vicente', 'do Sal'])}"
    po = f"REQ-{rng.randrange(100, 9999)}"
    vrows = [f"NIF: {vendor.tax_id}", f"Capital social: {vendor.extra['capital']}", esc(register), f"Tel. {vendor.phone} · {esc(vendor.email or '')}"]
    brows = [f"NIF: {buyer_nif}"]
    head, fr, numeric = ["Código", "Descrição", "Qtd.", "Preço unit.", "IVA", "Total"], (0.1, 0.44, 0.07, 0.15, 0.08, 0.16), {2, 3, 4, 5}

    def cells(li):
        return [li.code, esc(li.description), str(li.quantity), a(li.unit_price), "15%" if li.tax_rate else "Isento", a(li.amount)]

    cur = "" if use_cifrao else " CVE"
    totals = [("Total ilíquido", a(gross) + cur)] + ([(f"Desconto comercial {pct_off}%", "-" + a(discount) + cur)] if discount else []) \
        + [("Total sem IVA", a(net) + cur), ("IVA 15%", a(tax) + cur), ("Total a pagar" if not credit else "Total a creditar", a(total) + (" CVE" if not use_cifrao else " ECV"))]
    foot = ([f"Fatura de origem: {original} de {d(issued - timedelta(days=rng.randrange(3, 60)))}. Motivo: {pick(rng, ['devolução de mercadoria', 'acerto de preço', 'mercadoria danificada'])}."]
            if credit else [])
    foot += ["Isento: artigo 9.º do Regulamento do IVA." if any(not li.tax_rate for li in lines) else "",
             f"IUD: {iud}", f"Processado por programa certificado n.º {rng.randrange(10, 250)}/DNRE. Documento emitido no sistema e-Fatura."]
    notes = {"buyer_nif": buyer_nif, "iud": iud, "po": po, "original": original if credit else None, "cifrao": use_cifrao, "register": register}
    if credit:
        meta = [("Nota de crédito n.º", number), ("Data", d(issued)), ("Fatura de origem", original)]
        return sidebar_invoice(doc, layout, theme, *A4, title="NOTA DE CRÉDITO", vendor_rows=vrows, buyer_label="Cliente", buyer_rows=brows, meta=meta, head=head,
                               fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Página",
                               side_notes=["Valores em escudos cabo-verdianos."])
    meta = [("Data de emissão", d(issued))] + ([("Data de vencimento", d(due))] if due else []) + [("Condições de pagamento", terms), ("Requisição n.º", po)]
    return strip_invoice(doc, layout, theme, *A4, title=pick(rng, ["FATURA", "FATURA", "FATURA ELETRÓNICA"]), number_label="N.º", vendor_rows=vrows,
                         buyer_label="Cliente", buyer_rows=brows, meta=meta, head=head, fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot,
                         notes=notes, vendor_label=pick(rng, ["Emitente", "Fornecedor", ""]), footer_text="Página",
                         words="Valores em escudos cabo-verdianos (CVE)." if use_cifrao else "")


def _macau(rng: random.Random, layout: str, issued: date, theme) -> Built:
    vendor, customer = mo_party(rng), mo_party(rng)
    buyer_tax = mo_taxpayer(rng) if chance(rng, 0.4) else None
    customer.tax_id = None
    lines = []
    for desc, low, high in rng.sample(MO_ITEMS, rng.randrange(1, 7)):
        qty = D(pick(rng, [1, 2, 3, 5, 10, 20, 50])) if high < 1000 else D(pick(rng, [1, 1, 2]))
        price = money(round(rng.uniform(low, high), 1))
        lines.append(Line(desc, qty, price, money(qty * price)))
    total = sum((li.amount for li in lines), D("0.00"))
    number = pick(rng, [f"{rng.randrange(1, 99999):05d}", f"F{issued.year % 100:02d}-{rng.randrange(1, 9999):04d}", f"MO{issued.strftime('%y%m')}{rng.randrange(1, 999):03d}"])
    days = pick(rng, [0, 30, 30, 60])
    terms = None if not days else pick(rng, [f"{days} dias / {days}天", f"Pagamento a {days} dias"])
    acct = f"C{rng.randrange(100, 9999):04d}" if chance(rng, 0.5) else None
    doc = Doc(document_type="invoice", locale="MO", currency="MOP", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued, total=total,
              lines=lines, payment_terms=terms, customer_id=acct)
    chinese_date = chance(rng, 0.4)

    def d(x):
        return f"{x.year}年{x.month:02d}月{x.day:02d}日" if chinese_date else fmt_date(x, "dmy_slash")

    symbol = pick(rng, ["MOP$", "MOP", "$"])

    def a(v):
        return amount(v)

    zh = vendor.extra["zh_name"]
    vrows = [f"<span style='font-size:11pt'>{zh}</span>", f"Contribuinte n.º / 納稅人編號: {vendor.tax_id}", f"Registo comercial / 商業登記: {vendor.extra['register']}",
             f"Tel. / 電話: {vendor.phone}"]
    brows = [f"Contribuinte n.º: {buyer_tax}"] if buyer_tax else []
    meta = [("N.º / 編號", number), ("Data / 日期", d(issued))] + ([("Conta / 客戶編號", acct)] if acct else []) + ([("Condições / 付款條件", terms)] if terms else [])
    head, fr, numeric = ["Descrição / 品名", "Qtd. / 數量", "Preço unit. / 單價", "Importância / 金額"], (0.56, 0.12, 0.15, 0.17), {1, 2, 3}

    def cells(li):
        return [esc(li.description), str(li.quantity), a(li.unit_price), a(li.amount)]

    upper = words_cn_upper(total)
    for simplified, traditional in (("万", "萬"), ("亿", "億"), ("贰", "貳"), ("陆", "陸"), ("元", "圓"), ("整", "正")):
        upper = upper.replace(simplified, traditional)
    words = f"(大寫) 澳門幣{upper}"
    totals = [(f"Total / 總數 {symbol}", a(total))]
    foot = [words, "Cheques cruzados à ordem de / 支票抬頭請寫: " + esc(vendor.name), "Não sujeito a imposto sobre o valor acrescentado. / 本澳無增值稅。" if chance(rng, 0.3) else ""]
    notes = {"zh_name": zh, "register": vendor.extra["register"], "buyer_tax": buyer_tax, "chinese_date": chinese_date}
    return invoice(doc, layout, arrangement(rng, meta), theme, *A4, title="FACTURA 發票", vendor_rows=vrows, buyer_label="Cliente / 客戶", buyer_rows=brows, meta=meta,
                   head=head, fractions=fr, numeric=numeric, cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Página / 頁")
