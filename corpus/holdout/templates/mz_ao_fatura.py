"""Mozambican facturas and Angolan faturas and notas de crédito, in Portuguese, MZN (MT / MZN) and AOA (Kz / AOA), 2023-2025.

Three prints. `mz_factura` (FACTURA Nº FT 2024/0123 from a Maputo company: NUIT (9 digits, = tax id), Alvará (decoy), the
client with its NUIT (decoy) and address, Data / Data de Vencimento / Condições de pagamento "30 dias", Descrição / Qtd. / Preço
Unit. / Valor, IVA 16 % (some lines Isento), Subtotal / IVA 16% / Total (MT); the NIB of the bank (decoy)), `ao_fatura`
(FATURA FT A2024/123 from a Luanda company under the general regime: NIF (10 digits, = tax id), the client's NIF (decoy), IVA
14 %, Total Ilíquido / Total IVA / Total do Documento, "Retenção na fonte 6,5%" on services and "Total a Pagar" after it, the
certified-software line "AbCd - Processado por programa validado n.º 123/AGT/2020" (decoys), IBAN AO06), `ao_nota_credito`
(NOTA DE CRÉDITO NC A2024/45 "Referente à Fatura FT A2024/321" (decoy), Motivo, the lines credited, positive as printed).

Truth: an `invoice` (`credit_note` negative); vendor = the issuer with its address and NUIT / NIF; customer = the client with its
address (its NUIT / NIF a decoy); id = the document number as printed with its series ("FT 2024/0123"); date = data de emissão;
net = Subtotal / Total Ilíquido; tax = IVA; total = Total / Total do Documento (the Angolan withholding and the Total a Pagar
after it are not the total: the convention of the Italian ritenuta); due date and terms where printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentysecond import agt_certificate, agt_hash, ao_nif, ao_party, mz_nuit, mz_party
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import priced_lines
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import ARRANGEMENTS, dater, invoice

FAMILY = "mz_ao_fatura"
D = Decimal
GOODS = [("Cimento Portland 42,5 (saco 50 kg)", "saco", 450, 900), ("Varão de aço 12 mm (barra 12 m)", "un", 700, 1600),
         ("Papel A4 80 g (resma)", "resma", 280, 520), ("Óleo alimentar 5 L", "bidão", 900, 1900), ("Pneu 215/75 R17.5", "un", 9000, 21000),
         ("Tinta plástica branca 20 L", "balde", 3500, 7800), ("Cabo eléctrico VV 3x2,5 mm (rolo 100 m)", "rolo", 6000, 14000),
         ("Água mineral 1,5 L (pack 6)", "pack", 180, 420), ("Gasóleo", "litro", 80, 95), ("Computador portátil 14\"", "un", 38000, 76000)]
SERVICES = [("Serviços de manutenção de ar condicionado", "serv", 4000, 18000), ("Consultoria financeira - mês de referência", "mês", 60000, 240000),
            ("Transporte de mercadoria Maputo - Beira", "viagem", 45000, 120000), ("Aluguer de gerador 100 kVA (dia)", "dia", 9000, 26000),
            ("Serviços de limpeza de escritórios", "mês", 25000, 90000), ("Formação em segurança no trabalho", "sessão", 15000, 60000)]
AO_SCALE = D("14")  # kwanzas are worth about a fourteenth of a metical: Angolan prices are drawn larger


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["mz_factura", "mz_factura", "ao_fatura", "ao_fatura", "ao_nota_credito"])
    angola = layout.startswith("ao")
    credit = layout == "ao_nota_credito"
    vendor, customer = (ao_party(rng), ao_party(rng)) if angola else (mz_party(rng), mz_party(rng))
    while customer.name == vendor.name:
        customer = ao_party(rng) if angola else mz_party(rng)
    buyer_tax = ao_nif(rng) if angola else mz_nuit(rng)
    customer.tax_id = None
    issued = random_date(rng, date(2023, 1, 9), 1000)
    services = chance(rng, 0.45)
    pool = SERVICES if services else GOODS
    lines = priced_lines(rng, pool, rng.randrange(1, 3 if credit else 9), quantities=(1, 1, 2, 3, 5, 10, 20))
    if angola:
        for li in lines:
            li.unit_price = money(li.unit_price * AO_SCALE)
            li.amount = money(li.quantity * li.unit_price)
    rate = D(14) if angola else D(16)
    for li in lines:
        li.tax_rate = D(0) if (not angola and chance(rng, 0.1)) else rate
    if all(li.tax_rate == 0 for li in lines):
        lines[0].tax_rate = rate
    net = sum((li.amount for li in lines), D("0.00"))
    tax = sum((money(li.amount * li.tax_rate / 100) for li in lines), D("0.00"))
    total = net + tax
    year = issued.year
    number = (f"NC A{year}/{rng.randrange(1, 400)}" if credit else f"FT A{year}/{rng.randrange(1, 3000)}" if angola
              else pick(rng, [f"FT {year}/{rng.randrange(1, 9999):04d}", f"FAC {rng.randrange(100, 9999)}/{year % 100:02d}", f"{year}/FT/{rng.randrange(1, 999):03d}"]))
    days = None if credit else pick(rng, [15, 30, 30, 45, 60, None])
    due = issued + timedelta(days=days) if days else None
    terms = f"{days} dias" if days and chance(rng, 0.6) else None
    withholding = money(net * D("0.065")) if angola and services and not credit else D("0.00")
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="AO" if angola else "MZ", currency="AOA" if angola else "MZN", vendor=vendor,
              customer=customer, invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms)
    sep = pick(rng, [".", " "])

    def n(v):
        return amount(v, sep, ",")

    d = dater(rng, ["dmy_slash", "dmy_dash", "d_month_y_es", "iso"], "pt")
    theme = Theme.pick(rng, size=(7.5, 9.0))
    width, height = A4
    sym = pick(rng, ["Kz", "AOA"]) if angola else pick(rng, ["MT", "MZN", "MZN"])
    head = ["Ref.", "Descrição", "Qtd.", "Un.", "Preço Unit.", "Taxa", f"Valor ({sym})"]
    codes = {id(li): f"{pick(rng, ['P', 'S', 'A'])}{rng.randrange(100, 9999):04d}" for li in lines}

    def cells(li):
        return [codes[id(li)], esc(li.description), str(li.quantity), li.unit, n(li.unit_price), f"{li.tax_rate}%" if li.tax_rate else "Isento", n(li.amount)]

    vtax = "NIF" if angola else "NUIT"
    vrows = [f"{vtax}: {vendor.tax_id}", f"Tel.: {vendor.phone}"] + ([f"Alvará n.º {vendor.extra['alvara']}"] if not angola else [])
    brows = [f"{'NIF' if angola else 'NUIT'} do Cliente: {buyer_tax}"]
    meta = [("Nº:" if chance(rng, 0.5) else "Documento:", number), ("Data de emissão:" if chance(rng, 0.6) else "Data:", d(issued))]
    if due:
        meta.append(("Data de vencimento:" if angola else "Vencimento:", d(due)))
    if terms:
        meta.append(("Condições de pagamento:", terms))
    notes = {"buyer_tax": buyer_tax, "withholding": float(withholding)}
    if angola:
        cert, hsh = agt_certificate(rng), agt_hash(rng)
        notes.update(cert=cert, hash=hsh)
        totals = [("Total Ilíquido", n(net)), (f"Total IVA ({rate}%)", n(tax)), (f"Total do Documento ({sym})", n(total))]
        if withholding:
            totals += [("Retenção na fonte (6,5%)", f"-{n(withholding)}"), ("Total a Pagar", n(total - withholding))]
        foot = [f"{hsh} - Processado por programa validado n.º {cert}", "Regime Geral do IVA",
                None if credit else f"Pagamento por transferência: IBAN {vendor.extra['iban']}"]
        title = "NOTA DE CRÉDITO" if credit else "FATURA"
        if credit:
            orig = f"FT A{year}/{rng.randrange(1, 3000)}"
            notes["original"] = orig
            meta.append(("Referente à Fatura:", orig))
            foot.insert(0, f"Motivo: {pick(rng, ['Devolução de mercadoria', 'Correcção de preço', 'Desconto comercial concedido'])}")
    else:
        totals = [("Subtotal", n(net)), (f"IVA {rate}%", n(tax)), (f"Total ({sym})", n(total))]
        foot = [f"NIB: {vendor.extra['nib']} ({pick(rng, ['Millennium bim', 'BCI', 'Standard Bank', 'Absa Moçambique'])})",
                "Documento processado por computador.", "Os bens/serviços foram colocados à disposição do adquirente na data do documento."]
        title = pick(rng, ["FACTURA", "FACTURA", "FATURA"])
    return invoice(doc, layout, pick(rng, ARRANGEMENTS), theme, width, height, title=title, vendor_rows=vrows, buyer_label=pick(rng, ["Cliente", "Exmo.(s) Sr.(s)", "Adquirente"]),
                   buyer_rows=brows, meta=meta, head=head, fractions=(0.09, 0.37, 0.07, 0.07, 0.15, 0.09, 0.16), numeric={2, 4, 6}, cells=cells,
                   totals=totals, foot=foot, notes=notes, footer_text="Página" if chance(rng, 0.5) else "Pág.")
