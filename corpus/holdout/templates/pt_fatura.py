"""Portuguese Fatura / Fatura-Recibo, or a Brazilian "Fatura de Serviços" (a language the extractor does not claim).

Portugal: certified-software print: series document number ("FT 2024/123", "FR A/45"), ATCUD code,
Original / Duplicado, Data / Vencimento, V/ Ref. and Requisição (decoys), NIF of the seller (mod-11
check digit) and of the customer or "Consumidor final", Capital social and registry (decoys), lines
with Código / Descrição / Qtd. / Un. / Preço Unit. / IVA % / Valor, a "Quadro resumo do IVA"
(Taxa, Incidência, Valor IVA at 23 / 13 / 6 %), "Total Ilíquido", "Total IVA", "Total a pagar" or
"Total (EUR)", the program certificate line and hash characters, IBAN; a Fatura-Recibo adds the
payment (Numerário / Multibanco / MB WAY) and has no due date.
Brazil: prestador with CNPJ (two check digits) and Inscrição Municipal, tomador with its CNPJ (decoy),
Discriminação dos serviços, "Valor total" with ISS 2-5 % included (printed, the truth's tax) and, on
some, federal withholdings (IRRF, PIS, COFINS, CSLL) down to a "Valor líquido a pagar" that is a decoy:
the truth's total is the invoice's total; net is not printed as such, so it is null.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, paged_sheet, pick
from corpus.holdout.catalog import totals_by_rate
from corpus.holdout.components import Theme, esc, lines_html, logo
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_intl import company, fmt_for, person
from corpus.holdout.money import money
from corpus.holdout.render import A4
from corpus.holdout.templates._third import groups_of, lines_from

FAMILY = "pt_fatura"
DOCUMENT_TYPE = "invoice"

NORMAL, INTERMEDIATE, REDUCED = Decimal(23), Decimal(13), Decimal(6)   # IVA rates
PT_ITEMS = [("Serviços de contabilidade - mensalidade", "un", 150, 650, False, NORMAL), ("Portátil 14\" i5 16GB", "un", 650, 1200, False, NORMAL),
            ("Consultoria informática", "h", 35, 85, True, NORMAL), ("Papel A4 80g (resma)", "un", 3.5, 6.5, False, NORMAL),
            ("Manutenção de ar condicionado", "un", 80, 260, False, NORMAL), ("Refeições - serviço de catering", "un", 8, 18, False, INTERMEDIATE),
            ("Vinho tinto Douro DOC 0,75L", "un", 6, 19, False, INTERMEDIATE), ("Livro técnico - Direito Fiscal", "un", 25, 60, False, REDUCED),
            ("Água mineral 1,5L (pack 6)", "un", 2.5, 4.5, False, REDUCED), ("Transporte de mercadorias", "serv", 45, 320, False, NORMAL),
            ("Licença de software anual", "un", 120, 990, False, NORMAL), ("Tinteiro preto XL", "un", 18, 45, False, NORMAL),
            ("Azeite virgem extra 1L", "un", 6, 11, False, REDUCED), ("Mão de obra - reparação", "h", 22, 45, True, NORMAL)]
BR_ITEMS = [("Desenvolvimento de software - sprint", "h", 90, 220, True), ("Consultoria em gestão empresarial", "h", 150, 400, True),
            ("Licenciamento de plataforma SaaS - mensal", "un", 490, 4900, False), ("Suporte técnico remoto", "h", 80, 180, True),
            ("Treinamento de equipe (8h)", "un", 1200, 4800, False), ("Hospedagem e manutenção de site", "un", 150, 900, False),
            ("Serviços de marketing digital", "un", 800, 6500, False), ("Auditoria contábil", "h", 180, 450, True)]


def _pt(rng: random.Random) -> Built:
    vendor = company(rng, "PT")
    customer = company(rng, "PT")
    consumer = chance(rng, 0.15)
    kind = pick(rng, ["FT", "FT", "FR"])
    date_pattern = pick(rng, ["iso", "iso", "dmy_dash", "dmy_slash", "d_month_y_es"])
    fmt = fmt_for("PT", number_style=pick(rng, ["de", "fr"]), symbol="€", position="post_space", date_pattern=date_pattern, lang="pt")
    issued, due, days = issue_and_due(rng, (15, 30, 30, 60))
    series = pick(rng, [f"{issued.year}", "A", f"{issued.year}A1", "FT01"])
    number = f"{kind} {series}/{rng.randrange(1, 2500)}"
    lines = lines_from(rng, PT_ITEMS, rng.randrange(1, 9))
    rates, bases, taxes, net, tax, total = totals_by_rate(lines)
    payment_terms = due_date = None
    if kind == "FT":
        if chance(rng, 0.6):
            due_date = due
        if chance(rng, 0.5):
            payment_terms = pick(rng, [f"{days} dias", f"A {days} dias", "Pronto pagamento"])
    doc = Doc(document_type=DOCUMENT_TYPE, locale="PT", currency="EUR", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=due_date, payment_terms=payment_terms)
    if consumer:   # a sale to a private person: no customer is named
        doc.customer = None
    elif chance(rng, 0.4):
        doc.customer_id = f"C{rng.randrange(100, 9999)}"

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.5, 9.0),
                       table=pick(rng, ["grid", "header_fill", "rules", "zebra"]))
    css = theme.css(".doct{font-size:13pt;font-weight:bold}")
    width, height = A4
    num = fmt.num
    atcud = "".join(rng.choice("BCDFGHJKLMNPQRSTVWXZ23456789") for _ in range(8)) + f"-{number.rsplit('/', 1)[1]}"
    title = "Fatura" if kind == "FT" else "Fatura-Recibo"
    meta = [(title, esc(number)), ("Data", fmt.date(issued))]
    if due_date:
        meta.append(("Vencimento", fmt.date(due_date)))
    if doc.customer_id:
        meta.append(("Cliente n.º", esc(doc.customer_id)))
    if chance(rng, 0.5):
        meta.append(("V/ Ref.", f"REQ-{rng.randrange(1000, 9999)}"))
    if chance(rng, 0.4):
        meta.append(("Requisição", f"{rng.randrange(100, 9999)} de {fmt.date(issued - timedelta(days=rng.randrange(3, 20)))}"))
    meta.append(("ATCUD", atcud))
    meta_html = "".join(f"<tr><td style='width:40%' class='b'>{k}</td><td style='width:60%'>{v}</td></tr>" for k, v in meta)
    cust_block = ("<p>Consumidor final</p><p>NIF: 999999990</p>" if consumer else
                  f"<p class='small muted'>Exmo.(s) Sr.(s)</p><p class='b'>{esc(customer.name)}</p><p>{lines_html(customer.address)}</p>"
                  f"<p>NIF: {esc(customer.tax_id)}</p>")
    vendor_id_label = pick(rng, ["NIF", "Contribuinte n.º", "NIPC"])
    header = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(vendor.name, rng, theme.accent)}<p class='b'>{esc(vendor.name)}</p>"
              f"<p class='small'>{lines_html(vendor.address)}<br/>Tel.: {esc(vendor.phone)} · {esc(vendor.email)}<br/>"
              f"{vendor_id_label}: {esc(vendor.tax_id)}</p></td>"
              f"<td style='width:45%'><p class='doct'>{title}</p><p class='small'>{pick(rng, ['Original', 'Original', 'Duplicado'])}</p>"
              f"<table class='kv' style='width:100%'>{meta_html}</table></td></tr></table>"
              f"<table style='width:100%;margin-top:10pt'><tr><td style='width:50%'></td><td style='width:50%' class='boxed'>{cust_block}</td></tr></table>")
    cols = [("Código", "left"), ("Descrição", "left"), ("Qtd.", "right"), ("Un.", "left"), ("Preço Unit.", "right"),
            ("Desc. %", "right"), ("IVA %", "right"), ("Valor", "right")]
    th = "<tr>" + "".join(f"<th style='text-align:{a}'>{c}</th>" for c, a in cols) + "</tr>"
    rows = []
    for line in lines:
        cells = [f"{pick(rng, ['P', 'S', 'ART'])}{rng.randrange(100, 9999):04d}", esc(line.description), fmt.qty(line.quantity),
                 esc(line.unit), num(line.unit_price), "0,00", f"{line.tax_rate},00", num(line.amount)]
        rows.append("<tr>" + "".join(f"<td style='text-align:{a}'>{c}</td>" for c, (_t, a) in zip(cells, cols, strict=True)) + "</tr>")
    summary = ("<table style='width:55%;margin-top:8pt'><tr><td class='b' colspan='3'>Quadro resumo do IVA</td></tr>"
               "<tr><td class='b' style='width:30%'>Taxa</td><td class='b r' style='width:35%'>Incidência</td>"
               "<td class='b r' style='width:35%'>Valor IVA</td></tr>"
               + "".join(f"<tr><td>IVA {r}%</td><td class='r'>{num(bases[r])}</td><td class='r'>{num(taxes[r])}</td></tr>" for r in rates)
               + "</table>")
    total_label = pick(rng, ["Total a pagar", "Total (EUR)", "TOTAL"])
    totals = [("Total Ilíquido", num(net)), ("Total Descontos", num(Decimal("0.00"))), ("Total IVA", num(tax)),
              (total_label, fmt.money(total))]
    totals_html = ("<table style='width:100%;margin-top:6pt'>" + "".join(
        f"<tr><td style='width:60%'></td><td style='width:24%' class='{'b' if k == total_label else ''}'>{k}</td>"
        f"<td style='width:16%' class='r {'b' if k == total_label else ''}'>{v}</td></tr>" for k, v in totals) + "</table>")
    pt_iban = "PT50" + "".join(str(rng.randrange(10)) for _ in range(21))
    pay = f"<p class='small' style='margin-top:8pt'>IBAN: {groups_of(pt_iban)}</p>"
    if payment_terms:
        pay += f"<p class='small'>Condições de pagamento: {esc(payment_terms)}</p>"
    if kind == "FR":
        method = pick(rng, ["Numerário", "Multibanco", "MB WAY", "Transferência bancária"])
        pay += f"<p class='small'>Pago em {fmt.date(issued)} · Meio de pagamento: {method} · Valor: {num(total)}</p>"
    hash_chars = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4))
    legal = (f"<p class='tiny muted' style='margin-top:10pt'>{hash_chars}-Processado por programa certificado n.º {rng.randrange(100, 3000)}/AT · "
             f"Capital social {num(Decimal(vendor.extra['capital']))} € · Matrícula na C.R.C. de {vendor.address[-1].split(' ', 1)[1]} · "
             f"Os bens/serviços foram colocados à disposição do adquirente na data do documento.</p>")

    def body(chunk, index, is_last):
        top = header if index == 0 else f"<p class='b'>{title} {esc(number)} (continuação)</p>"
        return top + f"<table class='items'>{th}{''.join(chunk)}</table>" + (summary + totals_html + pay + legal if is_last else "")

    sheet = paged_sheet(width, height, css, (40, 36, 40, 28), rows, body,
                        footer=lambda n, c: f"<p class='tiny r muted'>Pág. {n}/{c}</p>", footer_height=12)
    return Built(doc=doc, sheet=sheet, template="pt_fatura" if kind == "FT" else "pt_fatura_recibo",
                 png_scan_ok=len(sheet.pages) == 1, notes={"atcud": atcud, "consumer": consumer})


def _br(rng: random.Random) -> Built:
    vendor = company(rng, "BR")
    customer = company(rng, "BR")
    fmt = fmt_for("BR", number_style="de", symbol="R$", position="pre_space",
                  date_pattern=pick(rng, ["dmy_slash", "dmy_slash", "d_month_y_es"]), lang="pt")
    issued, due, days = issue_and_due(rng, (10, 15, 30))
    items = [(d, u, lo, hi, fr, Decimal(0)) for d, u, lo, hi, fr in BR_ITEMS]
    lines = lines_from(rng, items, rng.randrange(1, 5))
    total = sum((line.amount for line in lines), Decimal("0.00"))
    iss_rate = pick(rng, [Decimal(2), Decimal(3), Decimal(5), Decimal(5)])
    iss = money(total * iss_rate / 100)
    number = pick(rng, [f"{rng.randrange(1, 99999):06d}", f"{issued.year}/{rng.randrange(1, 9999):04d}", f"FS-{rng.randrange(100, 9999)}"])
    doc = Doc(document_type=DOCUMENT_TYPE, locale="BR", currency="BRL", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, tax=iss, lines=lines, due_date=due,
              lines_sum_to="total")
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.0),
                       table=pick(rng, ["grid", "boxed", "rules"]))
    css = theme.css(".sec{background:#e6e6e6;font-weight:bold;padding:2pt 4pt;margin-top:6pt}")
    width, height = A4
    num = fmt.num
    withholdings = []
    if chance(rng, 0.45):
        for name, pct in [("IRRF", Decimal("1.5")), ("PIS", Decimal("0.65")), ("COFINS", Decimal(3)), ("CSLL", Decimal(1))]:
            withholdings.append((f"{name} ({str(pct).replace('.', ',')}%)", money(total * pct / 100)))
    net_pay = total - sum((w[1] for w in withholdings), Decimal("0.00"))
    head = (f"<table style='width:100%'><tr><td style='width:60%'>{logo(vendor.name, rng, theme.accent)}</td>"
            f"<td style='width:40%' class='boxed'><p class='b big'>FATURA DE SERVIÇOS</p><p>Fatura nº <b>{esc(number)}</b></p>"
            f"<p>Data de emissão: {fmt.date(issued)}</p><p>Vencimento: {fmt.date(due)}</p></td></tr></table>"
            f"<p class='sec'>PRESTADOR DE SERVIÇOS</p><p><b>{esc(vendor.name)}</b><br/>CNPJ: {esc(vendor.tax_id)} · "
            f"Inscrição Municipal: {esc(vendor.extra['im'])}<br/>{lines_html(vendor.address)}<br/>Telefone: {esc(vendor.phone)}</p>"
            f"<p class='sec'>TOMADOR DE SERVIÇOS</p><p><b>{esc(customer.name)}</b><br/>CNPJ: {esc(customer.tax_id)}<br/>"
            f"{lines_html(customer.address)}</p><p class='sec'>DISCRIMINAÇÃO DOS SERVIÇOS</p>")
    cols = [("Descrição", "left"), ("Qtde.", "right"), ("Valor unitário", "right"), ("Valor total", "right")]
    th = "<tr>" + "".join(f"<th style='text-align:{a}'>{c}</th>" for c, a in cols) + "</tr>"
    rows = "".join(f"<tr><td>{esc(ln.description)}</td><td class='r'>{fmt.qty(ln.quantity)}</td><td class='r'>{num(ln.unit_price)}</td>"
                   f"<td class='r'>{num(ln.amount)}</td></tr>" for ln in lines)
    totals = [("Valor total dos serviços", fmt.money(total)), (f"Alíquota ISS {iss_rate}% (incluso)", ""), ("Valor do ISS", num(iss))]
    totals += [(f"Retenção {k}", num(v)) for k, v in withholdings]
    if withholdings:
        totals.append(("Valor líquido a pagar", fmt.money(net_pay)))
    totals_html = ("<table style='width:100%;margin-top:6pt'>" + "".join(
        f"<tr><td style='width:50%'></td><td style='width:32%'>{k}</td><td style='width:18%' class='r'>{v}</td></tr>" for k, v in totals)
        + "</table>")
    foot = (f"<p class='sec'>INFORMAÇÕES COMPLEMENTARES</p><p class='small'>Pagamento via boleto bancário ou PIX (chave CNPJ). "
            f"Linha digitável: {rng.randrange(10**4, 10**5)}.{rng.randrange(10**4, 10**5)} {rng.randrange(10**4, 10**5)}."
            f"{rng.randrange(10**5, 10**6)} {rng.randrange(10**4, 10**5)}.{rng.randrange(10**5, 10**6)} {rng.randrange(1, 9)} "
            f"{rng.randrange(10**13, 10**14)}</p><p class='small'>Responsável: {esc(person(rng, 'BR'))}. Documento emitido "
            f"conforme legislação municipal; NFS-e nº {rng.randrange(1000, 99999)} vinculada.</p>")
    html = head + f"<table class='items'>{th}{rows}</table>" + totals_html + foot
    sheet = paged_sheet(width, height, css, (40, 36, 40, 28), [html], lambda chunk, i, last: "".join(chunk))
    return Built(doc=doc, sheet=sheet, template="br_fatura_servicos", notes={"iss_rate": str(iss_rate),
                                                                            "withholdings": bool(withholdings)})


def build(rng: random.Random) -> Built:
    return _br(rng) if chance(rng, 0.3) else _pt(rng)

