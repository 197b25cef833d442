"""Brazilian DANFE (Documento Auxiliar da NF-e): the printed companion of an electronic invoice, in Portuguese.

Two prints: the portrait DANFE (receipt stub "Recebemos de …" with the NF-e number, emitente block
beside the DANFE box "0 - Entrada / 1 - Saída, Nº 000.012.345, Série 1, Folha 1/2", the 44-digit
chave de acesso in groups of four, natureza da operação and protocolo de autorização, inscrição
estadual / CNPJ row, destinatário boxes (nome, CNPJ/CPF, data da emissão; endereço, bairro, CEP, data
da saída; município, fone, UF, inscrição estadual, hora), Fatura / Duplicatas, "Cálculo do imposto"
boxes, transportador / volumes, "Dados dos produtos / serviços" (código, descrição, NCM/SH, CST,
CFOP, unid., quant. with four decimals, valor unitário, valor total, BC ICMS, valor ICMS, valor IPI,
alíquotas), dados adicionais with the IBPT approximate-tax note) over one or more pages; and the
simplified DANFE (half page, a short item list, totals and the key). Amounts `1.234,56`, `R$` on the
duplicatas and the note total.

Truth: vendor = the emitente (CNPJ = tax id; the inscrição estadual is a decoy); customer = the
destinatário with the address boxes in order (endereço, bairro, CEP, município, UF); its CNPJ / CPF is
not a truth field; id = the NF-e number as printed (`000.012.345`; the série, the chave de acesso and
the protocol are decoys); document date = data da emissão (the data da saída is a decoy); total =
"Valor total da nota"; tax = "Valor do ICMS" (ICMS is included in the product prices; IPI, an excise
added on top, is like freight one of the printed amounts between the products and the note total);
net null; lines = the products (quantity x unit price = valor total) adding up to "Valor total dos
produtos", with frete + seguro + outras despesas + IPI + ICMS ST - desconto as the printed adjustment
to the note total; due date = the duplicata's vencimento only when there is a single one.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_intl import person
from corpus.holdout.fakes_seventh import br_cpf, br_party, fmt_of, nfe_access_key
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._third import groups_of, lines_from

FAMILY = "br_nfe_danfe"
DOCUMENT_TYPE = "invoice"

Z = Decimal(0)
# description, unit, low, high, fractional, (NCM, IPI %)
ITEMS = [("PARAFUSO SEXTAVADO M10X50 ZINCADO", "CX", 38, 95, False, ("7318.15.00", Decimal(5))),
         ("CHAPA ACO CARBONO 1020 3MM", "KG", 7, 14, True, ("7208.51.00", Z)),
         ("ROLAMENTO RIGIDO DE ESFERAS 6205-2RS", "PC", 18, 46, False, ("8482.10.10", Decimal(5))),
         ("EMBALAGEM PAPELAO ONDULADO 40X30X20", "UN", 2, 6, False, ("4819.10.00", Decimal("9.75"))),
         ("FILME STRETCH 500MM X 25 MICRAS", "RL", 45, 90, False, ("3920.10.99", Decimal("9.75"))),
         ("TECIDO MALHA ALGODAO PENTEADO", "KG", 32, 58, True, ("6006.22.00", Z)),
         ("OLEO LUBRIFICANTE HIDRAULICO ISO 68 20L", "BD", 260, 420, False, ("2710.19.32", Z)),
         ("CAFE TORRADO E MOIDO 500G", "PC", 14, 26, False, ("0901.21.00", Z)),
         ("DISJUNTOR TERMOMAGNETICO 3P 40A", "PC", 55, 140, False, ("8536.20.00", Decimal("6.5"))),
         ("TUBO PVC SOLDAVEL 50MM 6M", "BR", 38, 75, False, ("3917.23.00", Decimal("6.5"))),
         ("PASTILHA DE FREIO DIANTEIRA", "JG", 65, 190, False, ("8708.30.90", Decimal("3.25"))),
         ("LUVA NITRILICA DESCARTAVEL CX 100", "CX", 28, 55, False, ("4015.19.00", Z)),
         ("RESINA POLIPROPILENO HOMOPOLIMERO", "KG", 9, 16, True, ("3902.10.20", Z)),
         ("ETIQUETA ADESIVA TERMICA 100X150", "RL", 22, 48, False, ("4821.10.00", Decimal("9.75")))]
UF_ICMS = {"SP": Decimal(18), "RJ": Decimal(20), "MG": Decimal(18), "PR": Decimal("19.5"), "RS": Decimal(17), "SC": Decimal(17), "CE": Decimal(20)}


def _n(value: Decimal, decimals: int = 2) -> str:
    return fmt_number(value, "de", decimals)


def build(rng: random.Random) -> Built:
    vendor = br_party(rng)
    vendor.name = vendor.name.upper()          # the DANFE prints the razão social in capitals
    customer = br_party(rng)
    person_buyer = chance(rng, 0.2)
    buyer_id = br_cpf(rng) if person_buyer else customer.tax_id
    if person_buyer:
        customer.name = person(rng, "BR").upper() if chance(rng, 0.5) else person(rng, "BR")
    customer.tax_id = None
    layout = pick(rng, ["retrato", "retrato", "simplificado"])
    street, bairro, cep, city, uf = vendor.address
    vendor.address = [street, f"{bairro} - {city} - {uf}", f"CEP {cep}"]
    fmt = fmt_of("BR", "BRL", number_style="de", symbol="R$", position="pre_space", date_pattern="dmy_slash", lang="pt")
    issued = random_date(rng)
    emitted_at = datetime(issued.year, issued.month, issued.day, rng.randrange(7, 19), rng.randrange(60), rng.randrange(60))
    number = rng.randrange(1, 10**6) if chance(rng, 0.7) else rng.randrange(10**6, 10**8)
    number_text = f"{number:09d}"
    printed_no = f"{number_text[:3]}.{number_text[3:6]}.{number_text[6:]}"
    series = pick(rng, [1, 1, 1, 2, 0])
    count = rng.randrange(12, 30) if layout == "retrato" and chance(rng, 0.3) else rng.randrange(1, 7 if layout == "simplificado" else 10)
    lines = lines_from(rng, [(d, u, lo, hi, fr, Z) for d, u, lo, hi, fr, _x in ITEMS], count, max_qty=40)
    info = {d: x for d, _u, _lo, _hi, _fr, x in ITEMS}
    if count > len(ITEMS):
        extra = lines_from(rng, [(d, u, lo, hi, fr, Z) for d, u, lo, hi, fr, _x in ITEMS], count - len(ITEMS), max_qty=40)
        for line in extra:
            info[line.description + " - LOTE 2"] = info[line.description]
            line.description += " - LOTE 2"
        lines += extra
    industrial = vendor.name.split()[0] in ("METALÚRGICA", "INDÚSTRIA", "PLÁSTICOS", "TÊXTIL", "EMBALAGENS", "AUTOPEÇAS")
    interstate = vendor.extra["uf"] != customer.address[4]
    icms_rate = Decimal(12) if interstate else UF_ICMS[vendor.extra["uf"]]
    cfop = "6102" if interstate else "5102"
    if industrial:
        cfop = "6101" if interstate else "5101"
    item_icms = {ln.description: money(ln.amount * icms_rate / 100) for ln in lines}
    item_ipi = {ln.description: money(ln.amount * info[ln.description][1] / 100) if industrial else Decimal("0.00") for ln in lines}
    products = sum((ln.amount for ln in lines), Decimal("0.00"))
    icms = sum(item_icms.values(), Decimal("0.00"))
    ipi = sum(item_ipi.values(), Decimal("0.00"))
    freight = money(rng.uniform(40, 900)) if chance(rng, 0.35) else Decimal("0.00")
    insurance = money(products * Decimal("0.003")) if chance(rng, 0.1) else Decimal("0.00")
    discount = money(products * Decimal(pick(rng, ["0.02", "0.03", "0.05"]))) if chance(rng, 0.25) else Decimal("0.00")
    other = money(rng.uniform(10, 120)) if chance(rng, 0.1) else Decimal("0.00")
    total = products + freight + insurance + other + ipi - discount
    approx_taxes = money(total * Decimal(str(rng.uniform(0.28, 0.42))))
    instalments = pick(rng, [1, 1, 2, 3])
    parts = [money(total / instalments)] * (instalments - 1)
    parts.append(total - sum(parts, Decimal("0.00")))
    step = pick(rng, [28, 30])
    dues = [issued + timedelta(days=step * (i + 1)) for i in range(instalments)]
    doc = Doc(document_type=DOCUMENT_TYPE, locale="BR", currency="BRL", vendor=vendor, customer=customer,
              invoice_ids=[printed_no], document_date=issued, total=total, net=None, tax=icms, lines=lines,
              due_date=dues[0] if instalments == 1 else None, lines_adjustment=total - products, lines_sum_to="total")
    key = nfe_access_key(rng, int(vendor.extra["uf_code"]), issued.strftime("%y%m"), "".join(ch for ch in vendor.tax_id if ch.isdigit()),
                         series, number)
    protocol = f"1{vendor.extra['uf_code']}{issued.year % 100}{rng.randrange(10**9, 10**10)}"
    leave = issued + timedelta(days=pick(rng, [0, 0, 1, 2]))

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(6.5, 7.5), table="grid")
    css = theme.css(".f{width:100%;border-collapse:collapse} .f td{border:0.6pt solid #000;padding:1pt 2pt;vertical-align:top} "
                    ".l{font-size:5.5pt;color:#000} .sec{font-size:6.5pt;font-weight:bold;margin:3pt 0 1pt 0} .k{font-family:Courier}")
    width, height = A4

    def cell(label: str, value: str, w: str = "") -> str:
        return f"<td style='{f'width:{w};' if w else ''}'><span class='l'>{label}</span><br/>{value}</td>"

    dups = "".join(f"<td style='width:{100 // max(3, instalments)}%'><span class='l'>Nº</span> {i + 1:03d} <span class='l'>Venc.</span> "
                   f"{fmt.date(d)} <span class='l'>Valor</span> R$ {_n(p)}</td>" for i, (d, p) in enumerate(zip(dues, parts, strict=True)))
    dest_doc = "CPF" if person_buyer else "CNPJ"
    emit_block = (f"<b style='font-size:9pt'>{esc(vendor.name.upper())}</b><br/>{esc(vendor.address[0])}<br/>{esc(vendor.address[1])}<br/>"
                  f"{esc(vendor.address[2])}<br/>Fone: {esc(vendor.phone)}")
    if layout == "retrato":
        stub = ("<table class='f'><tr>" + cell(f"RECEBEMOS DE {esc(vendor.name.upper())} OS PRODUTOS E/OU SERVIÇOS CONSTANTES DA NOTA "
                                                "FISCAL ELETRÔNICA INDICADA AO LADO", "", "78%")
                + f"<td rowspan='2' style='width:22%' class='c'><b>NF-e</b><br/>Nº {printed_no}<br/>Série {series}</td></tr>"
                "<tr><td><table style='width:100%'><tr><td style='width:30%'><span class='l'>DATA DE RECEBIMENTO</span></td>"
                "<td style='width:70%'><span class='l'>IDENTIFICAÇÃO E ASSINATURA DO RECEBEDOR</span></td></tr></table></td></tr></table>"
                "<p class='tiny c'>- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -</p>")
        head = (stub + "<table class='f'><tr>"
                f"<td style='width:40%'><span class='l'>IDENTIFICAÇÃO DO EMITENTE</span><br/>{emit_block}</td>"
                "<td style='width:18%' class='c'><b style='font-size:11pt'>DANFE</b><br/><span class='l'>DOCUMENTO AUXILIAR DA NOTA FISCAL "
                f"ELETRÔNICA</span><br/>0 - ENTRADA<br/>1 - SAÍDA &#160; [1]<br/><b>Nº {printed_no}</b><br/><b>SÉRIE {series}</b><br/>FOLHA {{page}}</td>"
                f"<td style='width:42%'><span class='l'>CHAVE DE ACESSO</span><br/><span class='k'>{groups_of(key)}</span><br/><br/>"
                "<span class='small'>Consulta de autenticidade no portal nacional da NF-e www.nfe.fazenda.gov.br/portal ou no site da "
                "Sefaz Autorizadora</span></td></tr></table>"
                "<table class='f'><tr>" + cell("NATUREZA DA OPERAÇÃO", pick(rng, ["VENDA DE MERCADORIA", "VENDA DE PRODUÇÃO DO ESTABELECIMENTO"]), "58%")
                + cell("PROTOCOLO DE AUTORIZAÇÃO DE USO", f"{protocol} - {emitted_at.strftime('%d/%m/%Y %H:%M:%S')}", "42%") + "</tr></table>"
                "<table class='f'><tr>" + cell("INSCRIÇÃO ESTADUAL", vendor.extra["ie"], "34%") + cell("INSC. ESTADUAL DO SUBST. TRIB.", "", "33%")
                + cell("CNPJ", esc(vendor.tax_id), "33%") + "</tr></table>"
                "<p class='sec'>DESTINATÁRIO / REMETENTE</p><table class='f'><tr>" + cell("NOME / RAZÃO SOCIAL", esc(customer.name), "58%")
                + cell("CNPJ / CPF", buyer_id, "24%") + cell("DATA DA EMISSÃO", fmt.date(issued), "18%") + "</tr><tr>"
                + cell("ENDEREÇO", esc(customer.address[0]), "46%") + cell("BAIRRO / DISTRITO", esc(customer.address[1]), "24%")
                + cell("CEP", customer.address[2], "12%") + cell("DATA DA SAÍDA/ENTRADA", fmt.date(leave), "18%") + "</tr></table>"
                "<table class='f'><tr>" + cell("MUNICÍPIO", esc(customer.address[3]), "34%") + cell("FONE / FAX", esc(customer.phone), "18%")
                + cell("UF", customer.address[4], "6%") + cell("INSCRIÇÃO ESTADUAL", "ISENTO" if person_buyer else customer.extra["ie"], "24%")
                + cell("HORA DA SAÍDA", emitted_at.strftime("%H:%M:%S"), "18%") + "</tr></table>"
                f"<p class='sec'>FATURA / DUPLICATAS</p><table class='f'><tr>{dups}</tr></table>"
                "<p class='sec'>CÁLCULO DO IMPOSTO</p><table class='f'><tr>"
                + cell("BASE DE CÁLC. DO ICMS", _n(products)) + cell("VALOR DO ICMS", _n(icms)) + cell("BASE DE CÁLC. ICMS S.T.", _n(Z))
                + cell("VALOR DO ICMS SUBST.", _n(Z)) + cell("V. TOT. TRIB.", _n(approx_taxes)) + cell("VALOR TOTAL DOS PRODUTOS", _n(products))
                + "</tr><tr>" + cell("VALOR DO FRETE", _n(freight)) + cell("VALOR DO SEGURO", _n(insurance)) + cell("DESCONTO", _n(discount))
                + cell("OUTRAS DESPESAS", _n(other)) + cell("VALOR TOTAL DO IPI", _n(ipi)) + cell("VALOR TOTAL DA NOTA", f"<b>{_n(total)}</b>")
                + "</tr></table>"
                "<p class='sec'>TRANSPORTADOR / VOLUMES TRANSPORTADOS</p><table class='f'><tr>"
                + cell("RAZÃO SOCIAL", pick(rng, ["TRANSPORTES RODOBRAS LTDA", "EXPRESSO SUL CARGAS LTDA", "O MESMO"]), "40%")
                + cell("FRETE POR CONTA", pick(rng, ["0-EMITENTE", "1-DESTINATÁRIO"]), "16%")
                + cell("PLACA DO VEÍCULO", f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{rng.randrange(10)}"
                                          f"{rng.choice('ABCDEFGHJ')}{rng.randrange(10, 99)}", "14%")
                + cell("QUANTIDADE", str(rng.randrange(1, 60)), "10%") + cell("PESO BRUTO", _n(Decimal(rng.randrange(5000, 900000)) / 1000, 3), "10%")
                + cell("PESO LÍQUIDO", _n(Decimal(rng.randrange(4000, 800000)) / 1000, 3), "10%") + "</tr></table>"
                "<p class='sec'>DADOS DOS PRODUTOS / SERVIÇOS</p>")
        head_cont = (f"<table class='f'><tr><td style='width:60%'>{emit_block}</td><td style='width:40%' class='c'><b>DANFE</b><br/>"
                     f"Nº {printed_no} SÉRIE {series}<br/>FOLHA {{page}}<br/><span class='k small'>{groups_of(key)}</span></td></tr></table>"
                     "<p class='sec'>DADOS DOS PRODUTOS / SERVIÇOS (continuação)</p>")
        widths = ["7%", "27%", "8%", "4%", "5%", "4%", "8%", "8%", "8%", "7%", "6%", "5%", "4%", "4%"]
        titles = ["CÓDIGO", "DESCRIÇÃO DO PRODUTO / SERVIÇO", "NCM/SH", "CST", "CFOP", "UN", "QUANT.", "VALOR UNIT.", "VALOR TOTAL",
                  "B.CÁLC. ICMS", "VALOR ICMS", "VALOR IPI", "ALÍQ. ICMS", "ALÍQ. IPI"]
        table_head = "<tr>" + "".join(f"<td style='width:{w}' class='l b'>{t}</td>" for w, t in zip(widths, titles, strict=True)) + "</tr>"
        rows = [f"<tr><td>{rng.randrange(10000, 99999)}</td><td>{esc(ln.description)}</td><td>{info[ln.description][0].replace('.', '')}</td>"
                f"<td>{pick(rng, ['000', '020', '090'])}</td><td>{cfop}</td><td>{ln.unit}</td><td class='r'>{_n(ln.quantity, 4)}</td>"
                f"<td class='r'>{_n(ln.unit_price, 4)}</td><td class='r'>{_n(ln.amount)}</td><td class='r'>{_n(ln.amount)}</td>"
                f"<td class='r'>{_n(item_icms[ln.description])}</td><td class='r'>{_n(item_ipi[ln.description])}</td>"
                f"<td class='r'>{_n(icms_rate)}</td><td class='r'>{_n(info[ln.description][1] if industrial else Z)}</td></tr>" for ln in lines]
        extra_info = (f"<p class='sec'>DADOS ADICIONAIS</p><table class='f'><tr><td style='width:70%'><span class='l'>INFORMAÇÕES COMPLEMENTARES</span><br/>"
                      f"Pedido de compra nº {rng.randrange(4500000000, 4599999999)}. Val Aprox Tributos R$ {_n(approx_taxes)} Fonte: IBPT. "
                      + (f"Pagamento em {instalments} parcelas. " if instalments > 1 else "")
                      + f"Vendedor: {esc(person(rng, 'BR'))}.</td><td style='width:30%'><span class='l'>RESERVADO AO FISCO</span></td></tr></table>")

        def body(chunk, index, is_last):
            top = head if index == 0 else head_cont
            return top + f"<table class='f'>{table_head}{''.join(chunk)}</table>" + (extra_info if is_last else "")

        sheet = paged_sheet(width, height, css, (22, 18, 22, 16), rows, body)
        total_pages = len(sheet.pages)
        for n, boxes in enumerate(sheet.pages):
            for box in boxes:
                box.html = box.html.replace("FOLHA {page}", f"FOLHA {n + 1}/{total_pages}")
    else:
        item_rows = "".join(f"<tr><td>{esc(ln.description)}</td><td class='r'>{_n(ln.quantity, 2)} {ln.unit}</td><td class='r'>{_n(ln.unit_price)}</td>"
                            f"<td class='r'>{_n(ln.amount)}</td></tr>" for ln in lines)
        html = (f"<table class='f'><tr><td style='width:62%'>{emit_block}<br/>CNPJ: {esc(vendor.tax_id)} &#160; IE: {vendor.extra['ie']}</td>"
                f"<td style='width:38%' class='c'><b style='font-size:10pt'>DANFE SIMPLIFICADO</b><br/>1 - SAÍDA<br/>Nº {printed_no}<br/>SÉRIE {series}<br/>"
                f"EMISSÃO {fmt.date(issued)} {emitted_at.strftime('%H:%M:%S')}</td></tr>"
                f"<tr><td colspan='2'><span class='l'>CHAVE DE ACESSO</span><br/><span class='k'>{groups_of(key)}</span><br/>"
                f"<span class='l'>PROTOCOLO DE AUTORIZAÇÃO</span> {protocol} {emitted_at.strftime('%d/%m/%Y %H:%M:%S')}</td></tr>"
                f"<tr><td colspan='2'><span class='l'>DESTINATÁRIO</span><br/><b>{esc(customer.name)}</b> &#160; {dest_doc}: {buyer_id}<br/>"
                f"{esc(customer.address[0])}, {esc(customer.address[1])}<br/>CEP {customer.address[2]} - {esc(customer.address[3])} / {customer.address[4]}</td></tr></table>"
                "<table class='f' style='margin-top:3pt'><tr><td class='l b' style='width:52%'>DESCRIÇÃO</td><td class='l b r' style='width:16%'>QTD.</td>"
                f"<td class='l b r' style='width:16%'>VL. UNIT.</td><td class='l b r' style='width:16%'>VL. TOTAL</td></tr>{item_rows}</table>"
                "<table class='f' style='margin-top:3pt'>"
                f"<tr><td style='width:70%'>VALOR TOTAL DOS PRODUTOS</td><td class='r' style='width:30%'>{_n(products)}</td></tr>"
                + (f"<tr><td>VALOR DO FRETE</td><td class='r'>{_n(freight)}</td></tr>" if freight else "")
                + (f"<tr><td>VALOR DO SEGURO</td><td class='r'>{_n(insurance)}</td></tr>" if insurance else "")
                + (f"<tr><td>OUTRAS DESPESAS</td><td class='r'>{_n(other)}</td></tr>" if other else "")
                + (f"<tr><td>DESCONTO</td><td class='r'>-{_n(discount)}</td></tr>" if discount else "")
                + (f"<tr><td>VALOR DO IPI</td><td class='r'>{_n(ipi)}</td></tr>" if ipi else "")
                + f"<tr><td class='b'>VALOR TOTAL DA NOTA</td><td class='r b'>R$ {_n(total)}</td></tr>"
                f"<tr><td>VALOR DO ICMS</td><td class='r'>{_n(icms)}</td></tr>"
                f"<tr><td>Val Aprox Tributos (IBPT)</td><td class='r'>{_n(approx_taxes)}</td></tr></table>"
                f"<p class='sec'>DUPLICATAS</p><table class='f'><tr>{dups}</tr></table>")
        from corpus.holdout.render import Box, Sheet

        sheet = Sheet(width=width, height=height, css=css, pages=[[Box((30, 26, width - 30, height / 2 + 120), html)]])
    return Built(doc=doc, sheet=sheet, template=f"danfe_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"access_key": key, "ie": vendor.extra["ie"], "buyer_id": buyer_id, "series": series,
                        "instalments": instalments, "ipi": float(ipi), "protocol": protocol})
