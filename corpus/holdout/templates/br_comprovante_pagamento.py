"""Brazilian proofs of payment and supplier payment advices: the bank's receipt for a paid boleto, the Pix transfer receipt a
payer forwards, and a payer's "Aviso de pagamento a fornecedor", in Portuguese, BRL, 2023-2025 (invented banks and companies).

Three prints. `br_comprovante_boleto` (Comprovante de pagamento de boleto: the bank's name (no party), Data da operação, the
47-digit linha digitável (mod-10 field digits, mod-11 general digit, the due-date factor; decoy), Beneficiário with its CNPJ
(= the vendor's tax id), Pagador with its CNPJ (decoy), Nosso número (decoy), Número do documento (= id), Data de vencimento
(decoy), Valor do documento, (-) Desconto / Abatimento, (+) Juros / Multa, (=) Valor pago (= the amount), Data do pagamento,
the authentication digest (decoy) and Protocolo / Número de controle (= reference); no addresses), `br_comprovante_pix` (a
phone-sized "Comprovante de transferência Pix": the amount, "15 MAR 2024 - 10:32:11", Destino with name, CNPJ (= tax id),
institution, agency, account and Chave Pix (decoy), Origem with name, masked CPF or CNPJ (decoy) and account, ID da transação
(the 32-character end-to-end id, = reference) and the Descrição naming the NF(s) paid), `br_aviso_pagamento` (the payer's
letter AVISO DE PAGAMENTO A FORNECEDOR: its letterhead with CNPJ and Inscrição Estadual (decoys), the supplier with its
address and CNPJ (= tax id), Código do fornecedor (= vendor id), Nº do aviso / Lote (= reference), Data do pagamento, Forma
de pagamento and the supplier's bank account (decoys); a table NF-e / Série / Emissão / Vencimento / Valor bruto / Retenções
(IRRF 1,5 % and PIS/COFINS/CSLL 4,65 % on services) / Descontos / Valor líquido, over pages on long runs; Total líquido pago).

Truth: a `remittance_advice`; vendor = the beneficiary / supplier paid (its CNPJ as tax id; its address only on the letter);
customer = the payer (Pagador / Origem / the letter's issuer; its address only on the letter); ids = the invoice (NF) numbers as
printed (Nosso número, the linha digitável and the Chave Pix are not ids); allocations = the amounts actually paid (with
interest and fine, after discount and withholdings); total = payment amount; reference = Protocolo / Número de controle, the Pix
end-to-end id, the Nº do aviso; payment date = the date paid; document date = the date of the operation / the letter.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_seventh import br_cpf, br_party
from corpus.holdout.fakes_twentyfourth import BR_BANKS, boleto_line, br_masked_cpf, digits, pix_e2e
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import pts, rows_html, single_page
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfirst import build_paged
from corpus.holdout.templates._twentysecond import party_block

FAMILY = "br_comprovante_pagamento"
D = Decimal
PT_MONTHS_ABBR = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"]


def _nf(rng: random.Random) -> str:
    return pick(rng, [f"{rng.randrange(1000, 99999)}", f"{rng.randrange(1, 999999):09d}", f"{rng.randrange(1000, 99999)}-{rng.randrange(1, 4)}",
                      f"NF {rng.randrange(1000, 99999)}"])


def _r(v: Decimal) -> str:
    return f"R$ {amount(v, '.', ',')}"


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["br_comprovante_boleto", "br_comprovante_pix", "br_aviso_pagamento", "br_aviso_pagamento", "br_comprovante_boleto"])
    payer, supplier = br_party(rng), br_party(rng)
    while supplier.name == payer.name:
        supplier = br_party(rng)
    paid_on = random_date(rng, date(2023, 1, 9), 1000)
    while paid_on.weekday() > 4:
        paid_on += timedelta(days=1)
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times", "Courier"]), size=(7.5, 9.0))
    if layout == "br_comprovante_boleto":
        return _boleto(rng, layout, payer, supplier, paid_on, theme)
    if layout == "br_comprovante_pix":
        return _pix(rng, layout, payer, supplier, paid_on, theme)
    return _aviso(rng, layout, payer, supplier, paid_on, theme)


def _boleto(rng, layout, payer, supplier, paid_on, theme) -> Built:
    bank, code, _ispb = pick(rng, BR_BANKS)
    nf = _nf(rng)
    value = money(rng.uniform(180, 48000))
    due = paid_on + timedelta(days=pick(rng, [-9, -4, -2, 0, 0, 0, 0, 3, 5, 10]))
    late = (paid_on - due).days
    discount = money(value * D("0.02")) if late < 0 and chance(rng, 0.5) else D("0.00")
    interest = money(value * D("0.02") + value * D("0.01") * late / 30) if late > 0 else D("0.00")
    paid = value - discount + interest
    _barcode, line = boleto_line(rng, code, due, int(value * 100))
    nosso = f"{pick(rng, ['109', '112', '17', '1'])}/{digits(rng, 8)}-{rng.randrange(10)}"
    control = pick(rng, [f"{paid_on.strftime('%Y%m%d')}{digits(rng, 10)}", f"{digits(rng, 4)}.{digits(rng, 4)}.{digits(rng, 4)}", f"{rng.randrange(10**11, 10**12)}"])
    auth = ".".join("".join(rng.choice("0123456789ABCDEF") for _ in range(4)) for _ in range(8))
    doc = Doc(document_type="remittance_advice", locale="BR", currency="BRL", vendor=supplier, customer=payer, invoice_ids=[nf], document_date=paid_on,
              total=paid, payment_reference=control, payment_date=paid_on, allocations=[(nf, paid)], vendor_address_printed=False, customer_address_printed=False)
    payer_tax = payer.tax_id
    payer.tax_id = None
    d = fmt_date
    ref_label = pick(rng, ["Protocolo", "Número de controle", "Nº do comprovante"])
    hh = f"{rng.randrange(7, 20):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    width, height = A4
    W = width - 120
    css = theme.css(".bank{font-size:14pt;font-weight:bold} .sec{border-bottom:0.8pt solid #888;font-weight:bold;margin-top:8pt}")

    def kv(pairs):
        return rows_html(pairs, strong_last=False, widths=(170, W - 170))

    body = (f"<p class='bank accent'>{esc(bank)}</p><p class='b' style='margin-top:6pt;font-size:12pt'>"
            + pick(rng, ["Comprovante de pagamento de boleto", "Comprovante de Pagamento - Título de Cobrança", "COMPROVANTE DE PAGAMENTO DE BOLETO"]) + "</p>"
            + f"<p>Data da operação: {d(paid_on, 'dmy_slash')} - {hh}</p>"
            + f"<p class='sec'>Linha digitável</p><p>{line}</p>"
            + "<p class='sec'>Beneficiário</p>" + kv([("Razão social", esc(supplier.name)), ("CNPJ", supplier.tax_id)])
            + "<p class='sec'>Pagador</p>" + kv([("Nome", esc(payer.name)), ("CNPJ", payer_tax)])
            + "<p class='sec'>Dados do pagamento</p>"
            + kv([("Nosso número", nosso), ("Número do documento", esc(nf)), ("Data de vencimento", d(due, "dmy_slash")), ("Valor do documento", _r(value)),
                  ("(-) Desconto / Abatimento", _r(discount)), ("(+) Juros / Multa", _r(interest)), ("(=) Valor pago", f"<b>{_r(paid)}</b>"),
                  ("Data do pagamento", d(paid_on, "dmy_slash")), ("Conta debitada", f"Ag. {digits(rng, 4)} C/C {digits(rng, 5)}-{rng.randrange(10)}"),
                  (ref_label, control)])
            + f"<p class='sec'>Autenticação</p><p class='small'>{auth}</p>"
            + "<p class='small muted' style='margin-top:12pt'>A transação acima foi realizada por meio dos canais digitais. "
            + "Guarde este comprovante; ele tem validade para fins de quitação junto ao beneficiário.</p>")
    sheet = single_page(layout, width, height, css, [Box((60, 50, width - 60, height - 50), body)])
    notes = {"line": line, "nosso": nosso, "auth": auth, "payer_tax": payer_tax, "due": due.isoformat(), "document_value": float(value)}
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes)


def _pix(rng, layout, payer, supplier, paid_on, theme) -> Built:
    bank, _code, ispb = pick(rng, BR_BANKS)
    dest_bank = pick(rng, BR_BANKS)[0]
    when = datetime(paid_on.year, paid_on.month, paid_on.day, rng.randrange(7, 22), rng.randrange(60), rng.randrange(60))
    e2e = pix_e2e(rng, ispb, when)
    count = pick(rng, [1, 1, 1, 2])
    nfs: list[str] = []
    while len(nfs) < count:
        nf = f"{rng.randrange(1000, 99999)}"
        if nf not in nfs:
            nfs.append(nf)
    values = [money(rng.uniform(90, 19000)) for _ in nfs]
    total = sum(values, D("0.00"))
    if count == 1:
        desc = pick(rng, [f"Pagamento NF {nfs[0]}", f"Pgto NF {nfs[0]}", f"NF {nfs[0]}"])
    else:
        desc = "Pgto " + " e ".join(f"NF {nf} ({_r(v)})" for nf, v in zip(nfs, values, strict=True))
    doc = Doc(document_type="remittance_advice", locale="BR", currency="BRL", vendor=supplier, customer=payer, invoice_ids=nfs, document_date=paid_on,
              total=total, payment_reference=e2e, payment_date=paid_on, allocations=list(zip(nfs, values, strict=True)),
              vendor_address_printed=False, customer_address_printed=False)
    person = chance(rng, 0.35)
    payer_id = br_masked_cpf(br_cpf(rng)) if person else payer.tax_id
    payer.tax_id = None
    key = pick(rng, [supplier.tax_id, supplier.email or "financeiro@example.com.br",
                     "-".join("".join(rng.choice("0123456789abcdef") for _ in range(k)) for k in (8, 4, 4, 4, 12))])
    stamp = f"{paid_on.day:02d} {PT_MONTHS_ABBR[paid_on.month - 1]} {paid_on.year} - {when.strftime('%H:%M:%S')}"
    width, height = 340.0, 720.0
    css = theme.css(".big2{font-size:18pt;font-weight:bold} .sec{font-weight:bold;margin-top:9pt;border-bottom:0.6pt solid #aaa} td{padding:1pt 2pt}")

    def kv(pairs):
        return rows_html(pairs, strong_last=False, widths=(92, 200), pad=4)

    body = (f"<p class='b accent' style='font-size:12pt'>{esc(bank)}</p><p class='b' style='margin-top:6pt'>Comprovante de transferência</p>"
            + f"<p class='small muted'>{stamp}</p><p class='small' style='margin-top:6pt'>Valor</p><p class='big2'>{_r(total)}</p>"
            + kv([("Tipo de transferência", "Pix")])
            + "<p class='sec'>Destino</p>"
            + kv([("Nome", esc(supplier.name)), ("CNPJ", supplier.tax_id), ("Instituição", esc(dest_bank)), ("Agência", digits(rng, 4)),
                  ("Conta", f"{digits(rng, 6)}-{rng.randrange(10)}"), ("Tipo de conta", "Conta corrente"), ("Chave Pix", esc(key))])
            + "<p class='sec'>Origem</p>"
            + kv([("Nome", esc(payer.name)), ("CPF" if person else "CNPJ", payer_id), ("Instituição", esc(bank)), ("Agência", digits(rng, 4)),
                  ("Conta", f"{digits(rng, 7)}-{rng.randrange(10)}")])
            + "<p class='sec'>Descrição</p>" + f"<p>{esc(desc)}</p>"
            + "<p class='sec'>ID da transação</p>" + f"<p class='small'>{e2e}</p>"
            + "<p class='tiny muted' style='margin-top:10pt'>Ouvidoria: 0800 000 0000. Pix é um meio de pagamento instantâneo do Banco Central do Brasil.</p>")
    boxes = [Box((18, 20, width - 18, height - 20), body)]
    sheet = single_page(layout, width, height, css, boxes)
    return Built(doc=doc, sheet=sheet, template=layout, notes={"key": key, "payer_id": payer_id, "dest_bank": dest_bank})


def _aviso(rng, layout, payer, supplier, paid_on, theme) -> Built:
    services = chance(rng, 0.5)
    count = pick(rng, [1, 2, 3, 4, 6, 8, 12, 20, 32, 48])
    rows, used = [], set()
    while len(rows) < count:
        nf = f"{rng.randrange(100, 99999)}" if chance(rng, 0.7) else f"{rng.randrange(1, 999999):09d}"
        if nf in used:
            continue
        used.add(nf)
        gross = money(rng.uniform(150, 60000))
        ret = money(gross * D("0.015")) + money(gross * D("0.0465")) if services and gross > D("215.05") else D("0.00")
        disc = money(gross * D(pick(rng, ["0.01", "0.02", "0.03"]))) if chance(rng, 0.12) else D("0.00")
        issued = paid_on - timedelta(days=rng.randrange(20, 90))
        rows.append({"nf": nf, "serie": pick(rng, ["1", "1", "2", "001"]), "issued": issued, "due": issued + timedelta(days=pick(rng, [28, 30, 45, 60])),
                     "gross": gross, "ret": ret, "disc": disc, "net": gross - ret - disc})
    total = sum((r["net"] for r in rows), D("0.00"))
    ref = pick(rng, [f"AP-{paid_on.year}-{rng.randrange(1, 99999):05d}", f"{rng.randrange(100000, 999999)}", f"L{paid_on.strftime('%y%m%d')}{rng.randrange(1, 99):02d}"])
    printed = paid_on - timedelta(days=pick(rng, [0, 0, 1, 2]))
    vendor_no = pick(rng, [f"{rng.randrange(100000, 999999)}", f"F{rng.randrange(1000, 99999):05d}", None])
    payer_ids = [f"CNPJ {payer.tax_id}", f"Inscrição Estadual {payer.extra['ie']}"]
    payer.tax_id = None
    doc = Doc(document_type="remittance_advice", locale="BR", currency="BRL", vendor=supplier, customer=payer, invoice_ids=[r["nf"] for r in rows],
              document_date=printed, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["nf"], r["net"]) for r in rows], vendor_id=vendor_no)
    width, height = A4
    W = width - 72
    css = theme.css(".tt{font-size:14pt;font-weight:bold} .box{border:0.8pt solid #666;padding:5pt}")
    bank = pick(rng, BR_BANKS)
    account = f"Banco {bank[1]} - Ag. {digits(rng, 4)} - C/C {digits(rng, 6)}-{rng.randrange(10)}"
    form = pick(rng, ["TED", "Pix", "Crédito em conta"])
    meta = [(pick(rng, ["Nº do aviso", "Lote de pagamento", "Nº do pagamento"]), ref), ("Data do pagamento", fmt_date(paid_on, "dmy_slash")),
            ("Emissão", fmt_date(printed, "dmy_slash"))] + ([("Código do fornecedor", vendor_no)] if vendor_no else []) + [("Forma de pagamento", form)]
    left = party_block("", payer, payer_ids + [f"Tel. {payer.phone}"], big=True)
    right = "<p class='tt'>AVISO DE PAGAMENTO<br/>A FORNECEDOR</p>" + rows_html([(k, f"<b>{v}</b>") for k, v in meta], strong_last=False, widths=(110, 110))
    first = (f"<table><tr><td style='width:{W * 0.54:.0f}pt'>{left}</td><td style='width:{W * 0.42:.0f}pt'>{right}</td></tr></table>"
             + f"<div class='box' style='margin-top:8pt;width:{W * 0.6:.0f}pt'>{party_block('Fornecedor', supplier, [f'CNPJ {supplier.tax_id}', f'Dados bancários: {account}'])}</div>"
             + "<p style='margin-top:8pt'>Informamos que efetuamos o pagamento dos documentos abaixo relacionados:</p>")
    head = ["NF-e", "Série", "Emissão", "Vencimento", "Valor bruto", "Retenções", "Descontos", "Valor líquido"]

    def cells(r):
        return [esc(r["nf"]), r["serie"], fmt_date(r["issued"], "dmy_slash"), fmt_date(r["due"], "dmy_slash"), amount(r["gross"], ".", ","),
                amount(r["ret"], ".", ","), amount(r["disc"], ".", ","), amount(r["net"], ".", ",")]

    closing = (f"<p class='b' style='text-align:right;margin-top:8pt'>Total líquido pago: {_r(total)}</p>"
               + ("<p class='small' style='margin-top:6pt'>Retenções na fonte: IRRF 1,5% e PIS/COFINS/CSLL 4,65% (Lei 10.833/2003), conforme legislação vigente.</p>"
                  if services else "")
               + f"<p class='small' style='margin-top:6pt'>Dúvidas: {esc(payer.email or '')} - Contas a Pagar</p>")
    notes = {"payer_ids": payer_ids, "account": account}
    return build_paged(doc, layout, width, height, css, first, head, pts(W, 0.12, 0.06, 0.12, 0.12, 0.15, 0.13, 0.12, 0.15), {4, 5, 6, 7}, rows, cells, closing,
                       cont=f"Aviso de pagamento {ref} (continuação)", footer_text="Página", notes=notes)
