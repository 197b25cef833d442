"""Tier 1 rules written in session 26, each general rather than tied to one layout:

- a Brazilian payer's "AVISO DE PAGAMENTO": "Nº do aviso" is the payment's reference, "Data do
  pagamento" its date, "Emissão" the advice's, "Código do fornecedor" the vendor id; a CEP alone on its
  line ("04143-020") is part of an address, no phone number; the NF-e table's "Valor líquido" is what
  each invoice was paid ("Valor bruto", "Retenções", "Descontos" are not);
- a Brazilian bank's receipts: a boleto's "Beneficiário" is paid and its "Pagador" pays, "Número do
  documento" is the invoice, "Nosso número" the bank's number, "(=) Valor pago" the sum, "Protocolo"
  the reference; a Pix transfer's "Destino" is paid, its "Origem" pays, "ID da transação" is the
  reference and the date stamped with its time of day under the title dates the payment;
- an Italian bank's "CONTABILE DI BONIFICO SEPA": "Ordinante" and "Beneficiario", the beneficiary's
  "Indirizzo" without the IBAN under it, an IBAN that is no address, a "TRN" that is the transfer's
  reference and no tax id (a Gulf TRN of fifteen digits still is), "Importo" paid rather than the
  "Totale addebitato" with the "Commissioni", "Causale" naming the invoice paid;
- an Italian e-mailed payment advice: "Inviato" dates it, "in data ..." dates the payment, the sum after
  "per complessivi €" wraps onto the next line, "Gentile <company>," greets the payee, a "Codice
  fornitore" row under the IBAN's line, "Fattura n. FPR 6/24 del ...: € ..." list lines whose series
  stands apart from its number;
- an Italian payer's letter: its dateline ("Bologna, 11 agosto 2024") dates it wherever reading order
  puts it; the tax id in the "Spett.le" block's column is the vendor's; "NC 31/24 (nota di credito)"
  pays the credit note "NC 31/24";
- Moldova: "FACTURA FISCALĂ" in lei by the MD- postcode or the IDNO (an item "Motorină EURO 5" is no
  euro), "Cod TVA" the vendor's tax id, the item headings ("Denumirea mărfii / serviciului", "Prețul
  fără TVA", "Valoarea fără TVA", "Cota TVA", "Suma TVA", "Valoarea cu TVA"); a "CONT DE PLATĂ nr. ...
  din ..." is an invoice whose "Beneficiar" is paid by its "Plătitor", "Termen de achitare" and
  "Achitați până la"; a Romanian "Beneficiar" alone is still the buyer;
- Luxembourg's "MwSt.-Nr.", the DRC's "N° Impôt" (not its "RCCM" nor its "Id. Nat."), a French "Note de
  crédit n° :" heading over its number, the Malagasy ariary written out;
- a French sworn translator: her title line ("Traductrice assermentée près la Cour d'appel de ...") is
  no part of her address, a SIRET is no tax id, "TVA non applicable, art. 293 B du CGI" is no tax;
- post office rolls: one priced line described in a few words is the roll's item; an item over its
  quantity line ("3 x 4.20") is no addressee;
- Papua New Guinea's kina ("K8,451.19", "Ph: +675 ..."), while a reference "K12327" is no money;
- "Terms" in a row of headings over one row of values heads "45 days", not the next column.
"""

from __future__ import annotations

import pytest
from drawn_documents import (
    allocation_pairs,
    drawn_lines,
    drawn_pdf,
    invoice_ids,
    item_rows,
    read,
    right_aligned,
)

from engine.pattern_files import load_patterns


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


# 1. A Brazilian payer's payment advice

def _brazilian_advice() -> list[tuple]:
    items = [
        (40, 44, "Metalúrgica Guanabara Ltda.", 14),
        (40, 60, "Av. Presidente Vargas, 1820"),
        (40, 72, "Sala 704 - Centro"),
        (40, 84, "20071-004"),
        (40, 96, "Rio de Janeiro"),
        (40, 108, "RJ"),
        (40, 120, "CNPJ 33.412.587/0001-62"),
        (340, 44, "AVISO DE PAGAMENTO", 12, "hebo"),
        (340, 70, "Nº do aviso"), (450, 70, "AP-2024-08817"),
        (340, 82, "Data do pagamento"), (450, 82, "19/08/2024"),
        (340, 94, "Emissão"), (450, 94, "16/08/2024"),
        (340, 106, "Código do fornecedor"), (450, 106, "417203"),
        (40, 150, "Fornecedor", 9, "hebo"),
        (40, 162, "Tecnoflex Componentes Industriais Ltda."),
        (40, 174, "Rua Doutor Nogueira Martins, 312"),
        (40, 186, "04143-020"),
        (40, 198, "São Paulo"),
        (40, 210, "SP"),
        (40, 240, "Informamos que efetuamos o pagamento dos documentos abaixo relacionados:", 9),
    ]
    headings = ["NF-e", "Série", "Emissão", "Vencimento", "Valor bruto", "Retenções", "Descontos", "Valor líquido"]

    def cells(y: float, texts, font: str = "helv") -> list[tuple]:
        return [(x, y, text, 7.5, font) for x, text in zip((40, 90, 125, 185), texts[:4], strict=True)] + [
            right_aligned(x, y, text, 7.5, font) for x, text in zip((315, 385, 455, 545), texts[4:], strict=True)]

    items += cells(264, headings, "hebo")
    y = 278
    for row in [("48213", "1", "02/07/2024", "16/08/2024", "12.480,00", "187,20", "0,00", "12.292,80"),
                ("48377", "1", "11/07/2024", "16/08/2024", "9.315,40", "139,73", "93,15", "9.082,52"),
                ("48402", "1", "15/07/2024", "16/08/2024", "6.870,00", "103,05", "0,00", "6.766,95")]:
        items += cells(y, row)
        y += 12
    items += [(300, y + 14, "Total líquido pago: R$ 28.142,27", 9, "hebo"),
              (40, y + 50, "Metalúrgica Guanabara Ltda. - Contas a Pagar", 8)]
    return items


def test_a_brazilian_payers_payment_advice(patterns):
    values, document_type = read(drawn_pdf(_brazilian_advice()), patterns)
    assert document_type == "remittance_advice"
    assert values["payment_information.payment_reference"] == "AP-2024-08817"
    assert values["payment_information.payment_date"] == "2024-08-19"
    assert values["document_date"] == "2024-08-16"  # "Emissão", not the payment's date
    assert values["vendor_information.vendor_id"] == "417203"
    assert values["vendor_information.vendor_name"] == "Tecnoflex Componentes Industriais Ltda."
    # the CEP alone on its line is the address's postcode, no phone number
    assert values["vendor_information.address"] == "Rua Doutor Nogueira Martins, 312, 04143-020, São Paulo, SP"
    assert values["customer_information.customer_name"] == "Metalúrgica Guanabara Ltda."
    assert values["financial_data.currency"] == "BRL"
    assert values["payment_information.payment_amount"] == 28142.27
    # each NF-e by its net value ("Valor líquido"), after withholdings and discounts
    assert allocation_pairs(values) == [("48213", 12292.80), ("48377", 9082.52), ("48402", 6766.95)]


# 2. A Brazilian bank's receipts: a boleto paid, a Pix transfer

def _form_rows(rows: list[tuple[str, str] | str], y: float, label_x: float = 40, value_x: float = 200,
               step: float = 13) -> tuple[list[tuple], float]:
    """A form's rows: a label at the left and its value in a column to the right, or a heading alone."""
    items: list[tuple] = []
    for row in rows:
        if isinstance(row, str):
            y += 6
            items.append((label_x, y, row, 9, "hebo"))
        else:
            items += [(label_x, y, row[0]), (value_x, y, row[1])]
        y += step
    return items, y


def _boleto_receipt() -> list[tuple]:
    items = [(40, 40, "Banco Cooperativo do Litoral S.A.", 13),
             (40, 66, "Comprovante de pagamento de boleto", 11, "hebo")]
    rows, y = _form_rows([
        "Beneficiário",
        ("Razão social", "Distribuidora Paranaense de Embalagens Ltda."),
        ("CNPJ", "12.847.330/0001-05"),
        "Pagador",
        ("Nome", "Padaria Estrela do Sul Ltda."),
        ("CNPJ", "27.504.918/0001-73"),
        "Dados do pagamento",
        ("Nosso número", "1/30418726-4"),
        ("Número do documento", "20417"),
        ("Data de vencimento", "10/03/2025"),
        ("(=) Valor do documento", "R$ 5.218,64"),
        ("(=) Valor pago", "R$ 5.218,64"),
        ("Data do pagamento", "12/03/2025"),
        ("Protocolo", "7812.0043.9915"),
    ], 96)
    items += rows
    items.append((40, y + 20, "Data da operação: 12/03/2025 - 10:22:41", 7.5))
    return items


def _pix_receipt() -> list[tuple]:
    items = [(40, 40, "Banco Cooperativo do Litoral S.A.", 13),
             (40, 66, "Comprovante de transferência", 11, "hebo"),
             (40, 80, "14 MAR 2025 - 09:41:12", 8)]
    rows, _ = _form_rows([
        ("Valor", "R$ 9.312,50"),
        ("Tipo de transferência", "Pix"),
        "Destino",
        ("Nome", "Oficina Mecânica Irmãos Ferraz Ltda."),
        ("CNPJ", "08.331.620/0001-40"),
        "Origem",
        ("Nome", "Transportadora Vale Verde Ltda."),
        ("CNPJ", "41.276.905/0001-18"),
        ("Instituição", "Banco Cooperativo do Litoral S.A."),
        ("Agência", "3318"),
        ("Conta", "0042871-6"),
        # (a form's own row right under the account's names the transfer, no account number)
        ("ID da transação", "E60746948202503141241A8k2Pq7Zx9L"),
        ("Descrição", "NF 31874"),
    ], 108)
    return items + rows


def test_a_brazilian_boleto_payment_receipt(patterns):
    values, document_type = read(drawn_pdf(_boleto_receipt()), patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "Distribuidora Paranaense de Embalagens Ltda."  # not the bank
    assert values["customer_information.customer_name"] == "Padaria Estrela do Sul Ltda."
    assert invoice_ids(values) == ["20417"]  # "Número do documento"; "Nosso número" is the bank's
    assert values["payment_information.payment_reference"] == "7812.0043.9915"
    assert values["payment_information.payment_amount"] == 5218.64
    assert values["payment_information.payment_date"] == "2025-03-12"


def test_a_pix_transfer_receipt(patterns):
    values, document_type = read(drawn_pdf(_pix_receipt()), patterns)
    assert document_type == "remittance_advice"
    # the only date, unlabelled under the title with its time of day, is when the transfer was made
    assert values["payment_information.payment_date"] == "2025-03-14"
    assert values["payment_information.payment_amount"] == 9312.50
    assert values["vendor_information.vendor_name"] == "Oficina Mecânica Irmãos Ferraz Ltda."  # "Destino"
    assert values["customer_information.customer_name"] == "Transportadora Vale Verde Ltda."  # "Origem"
    assert values["payment_information.payment_reference"] == "E60746948202503141241A8k2Pq7Zx9L"


# 3. An Italian bank's SEPA transfer receipt

def _italian_transfer_receipt() -> list[tuple]:
    items = [(40, 40, "Banca Popolare del Vesuvio", 13),
             (40, 56, "Filiale di Pomigliano d'Arco", 8),
             (40, 86, "CONTABILE DI BONIFICO SEPA", 11, "hebo")]
    y = 114
    for label, value in [("Ordinante", "Officine Meccaniche Sannio S.r.l."),
                         ("IBAN ordinante", "IT40 S054 2811 1010 0000 0123 456"),
                         ("Beneficiario", "Carpenteria Partenopea S.r.l."),
                         ("Indirizzo beneficiario", "Via Nuova Poggioreale, 61, 80143 Napoli (NA)"),
                         ("IBAN beneficiario", "IT86 N030 6958 4235 2880 1307 764"),
                         ("Importo", "EUR 4.826,30"),
                         ("Commissioni", "EUR 1,50"),
                         ("Totale addebitato", "EUR 4.827,80"),
                         ("Data esecuzione", "22/05/2024"),
                         ("TRN", "0742291850661738204519CT8IT"),
                         ("Causale", "SALDO FATTURA N. 2187/24")]:
        items += [(40, y, label), right_aligned(555, y, value)]
        y += 16
    return items


def _gulf_tax_invoice() -> list[tuple]:
    return [
        (40, 44, "Creek Marine Supplies L.L.C.", 14),
        (40, 60, "Warehouse 14, Al Jaddaf, Dubai"),
        (40, 72, "TRN: 100347926500003"),
        (400, 44, "TAX INVOICE", 13, "hebo"),
        (380, 70, "Invoice No:"), (460, 70, "CMS-24-0618"),
        (380, 82, "Date:"), (460, 82, "18/06/2024"),
        (40, 110, "Bill To", 8.5, "hebo"),
        (40, 122, "Gulf Dhow Charters FZE"),
        (40, 134, "Plot 22, Hamriyah Free Zone, Sharjah"),
        (40, 164, "Description", 8, "hebo"), right_aligned(320, 164, "Qty", 8, "hebo"),
        right_aligned(400, 164, "Unit Price", 8, "hebo"), right_aligned(540, 164, "Amount (AED)", 8, "hebo"),
        (40, 178, "Marine rope 24 mm (100 m)", 8), right_aligned(320, 178, "4", 8),
        right_aligned(400, 178, "615.00", 8), right_aligned(540, 178, "2,460.00", 8),
        (380, 200, "Subtotal"), right_aligned(540, 200, "2,460.00"),
        (380, 212, "VAT 5%"), right_aligned(540, 212, "123.00"),
        (380, 226, "Total (AED)", 9, "hebo"), right_aligned(540, 226, "2,583.00", 9, "hebo"),
    ]


def test_an_italian_sepa_transfer_receipt(patterns):
    values, document_type = read(drawn_pdf(_italian_transfer_receipt()), patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "Carpenteria Partenopea S.r.l."
    assert values["vendor_information.address"] == "Via Nuova Poggioreale, 61, 80143 Napoli (NA)"  # no IBAN
    assert values["customer_information.customer_name"] == "Officine Meccaniche Sannio S.r.l."
    assert "customer_information.address" not in values  # the payer's IBAN is no address
    assert values["payment_information.payment_reference"] == "0742291850661738204519CT8IT"  # the TRN
    assert "vendor_information.tax_id" not in values  # a transfer's TRN is no tax registration number
    assert values["payment_information.payment_date"] == "2024-05-22"
    assert values["payment_information.payment_amount"] == 4826.30  # not the total debited with the fees
    assert allocation_pairs(values) == [("2187/24", 4826.30)]


def test_a_gulf_trn_stays_the_vendors_tax_id(patterns):
    """(guard) A UAE tax invoice's "TRN" of fifteen digits is the vendor's tax registration number."""
    values, document_type = read(drawn_pdf(_gulf_tax_invoice()), patterns)
    assert document_type == "invoice"
    assert values["vendor_information.tax_id"] == "100347926500003"
    assert "payment_information.payment_reference" not in values


def test_a_jamaican_trn_stays_the_vendors_tax_id(patterns):
    """(guard) Jamaica's taxpayer registration number ("TRN: 004-518-227", nine digits) is a tax id too:
    only a TRN too long for a tax number is a transfer's reference."""
    items = [(40, 44, "Blue Mountain Provisions Limited", 14),
             (40, 60, "12 Constant Spring Road, Kingston 10"),
             (40, 72, "TRN: 004-518-227"),
             (400, 44, "INVOICE", 13, "hebo"),
             (380, 70, "Invoice No:"), (460, 70, "BMP-7731"),
             (380, 82, "Date:"), (460, 82, "14/06/2024"),
             (40, 120, "Description", 8.5, "hebo"), right_aligned(555, 120, "Amount", 8.5, "hebo"),
             (40, 134, "Coffee beans, 10 kg"), right_aligned(555, 134, "J$48,500.00"),
             (400, 160, "Total"), right_aligned(555, 160, "J$48,500.00")]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "invoice"
    assert values["vendor_information.tax_id"] == "004-518-227"
    assert "payment_information.payment_reference" not in values


# 4. An Italian e-mailed payment advice

def _italian_email():
    """Drawn as text lines: a base-14 font prints no euro sign."""
    header = [("Da:", "Ufficio Tesoreria Ceramiche Emiliane S.p.A. <tesoreria@ceramiche-emiliane.it>"),
              ("Inviato:", "4 settembre 2024 14:02"),
              ("A:", "amministrazione@tornerialombarda.it"),
              ("Oggetto:", "Avviso di pagamento - rif. D240905-68")]
    items = [item for i, (label, value) in enumerate(header)
             for item in ((40, 50 + 14 * i, label), (100, 50 + 14 * i, value))]
    lines = [
        "Gentile Torneria Lombarda S.r.l.,",
        "",
        "con la presente Vi informiamo che in data 05/09/2024 abbiamo disposto",
        "un bonifico SEPA a Vostro favore per complessivi €",
        "1.194,00 sull'IBAN IT75 X050 3489 9960 4769 6293 384.",
        "Codice fornitore: 46590",
        "Riferimento pagamento: D240905-68",
        "",
        "Dettaglio delle partite saldate:",
        "- Fattura n. FPR 6/24 del 15/06/2024: € 742,30",
        "- Fattura n. FPR 9/24 del 28/06/2024: € 451,70",
        "",
        "Cordiali saluti",
        "Ufficio Tesoreria",
        "Ceramiche Emiliane S.p.A.",
        "Via Radici in Piano 118, 41049 Sassuolo (MO)",
    ]
    items += [(40, 130 + 14 * i, line) for i, line in enumerate(lines) if line]
    return drawn_lines(items)


def test_an_italian_emailed_payment_advice(patterns):
    values, document_type = read(_italian_email(), patterns)
    assert document_type == "remittance_advice"
    assert values["document_date"] == "2024-09-04"  # sent ("Inviato"), not the day the transfer was ordered
    assert values["payment_information.payment_date"] == "2024-09-05"  # "in data 05/09/2024 abbiamo disposto"
    # the sum wraps onto the next line; the IBAN's last group "384" is no amount
    assert values["payment_information.payment_amount"] == 1194.00
    assert values["vendor_information.vendor_name"] == "Torneria Lombarda S.r.l."  # greeted, without "Gentile"
    assert values["vendor_information.vendor_id"] == "46590"  # its own row under the IBAN's line
    assert values["payment_information.payment_reference"] == "D240905-68"
    # a series ("FPR") printed apart from its number
    assert allocation_pairs(values) == [("FPR 6/24", 742.30), ("FPR 9/24", 451.70)]


# 5. An Italian payer's letter

def _italian_letter() -> list[tuple]:
    items = [
        (40, 44, "Farmaceutici Felsinei S.p.A.", 14),
        (40, 60, "Via dell'Industria 27"),
        (40, 72, "40138 Bologna (BO)"),
        (40, 84, "Tel. 051 6384120 - fornitori@felsinei.it"),
        (40, 96, "Capitale sociale EUR 2.500.000 i.v."),
        (40, 108, "P.IVA IT02841570379"),
        (340, 44, "Data esecuzione"), (450, 44, "12/08/2024"),
        (340, 56, "Valuta beneficiario"), (450, 56, "13/08/2024"),
        (340, 100, "Spett.le"),
        (340, 112, "Lavorazioni Plastiche Adriatiche S.r.l."),
        (340, 124, "Via Emilia Est 410"),
        (340, 136, "41122 Modena (MO)"),
        (340, 148, "P.IVA 03917250364"),
        (340, 178, "Bologna, 11 agosto 2024"),
        (40, 200, "AVVISO DI PAGAMENTO", 12, "hebo"),
        (40, 220, "Vi comunichiamo di aver disposto il pagamento delle seguenti partite:", 9),
    ]

    def cells(y: float, texts, font: str = "helv") -> list[tuple]:
        return [(x, y, text, 8, font) for x, text in zip((40, 170, 240), texts[:3], strict=True)] + [
            right_aligned(x, y, text, 8, font) for x, text in zip((390, 460, 545), texts[3:], strict=True)]

    items += cells(246, ["N. documento", "Data doc.", "Ns. protocollo", "Importo", "Abbuono", "Importo pagato"], "hebo")
    y = 260
    for row in [("FT 512/24", "14/06/2024", "P-24-1187", "3.840,00", "0,00", "3.840,00"),
                ("FT 547/24", "28/06/2024", "P-24-1265", "2.115,60", "15,60", "2.100,00"),
                ("NC 31/24 (nota di credito)", "03/07/2024", "P-24-1301", "-412,80", "0,00", "-412,80")]:
        items += cells(y, row)
        y += 12
    items += [(240, y + 10, "Totale pagato", 9, "hebo"), right_aligned(545, y + 10, "EUR 5.527,20", 9, "hebo"),
              (40, y + 44, "Distinti saluti", 9), (40, y + 58, "Amministrazione - Ufficio Pagamenti", 9)]
    return items


def test_an_italian_payers_letter_dated_by_its_dateline(patterns):
    values, document_type = read(drawn_pdf(_italian_letter()), patterns)
    assert document_type == "remittance_advice"
    assert values["document_date"] == "2024-08-11"  # "Bologna, 11 agosto 2024", after the panel's dates
    assert values["vendor_information.vendor_name"] == "Lavorazioni Plastiche Adriatiche S.r.l."
    assert values["vendor_information.tax_id"] == "03917250364"  # the Spett.le block's, not the letterhead's
    assert allocation_pairs(values) == [("FT 512/24", 3840.00), ("FT 547/24", 2100.00), ("NC 31/24", -412.80)]


# 6. Moldovan invoices (drawn as text lines: a base-14 font prints no ă, ț or ș)

def _moldovan_tax_invoice():
    def right(end: float, y: float, text: str) -> tuple:
        return (end - 5.0 * len(text), y, text)

    items = [
        (300, 40, "FACTURA FISCALĂ"),
        (290, 54, "Seria EAA nr. 5128044"),
        (290, 68, "Data eliberării: 14.09.2023"),
        (40, 96, "Furnizor: SRL Petrol-Sud Comrat"),
        (40, 110, "Cod fiscal (IDNO): 1009600031882"),
        (40, 124, "Cod TVA: 0407311"),
        (40, 138, "Adresa: MD-3801, or. Comrat, str. Lenin 172"),
        (440, 96, "Cumpărător: SRL Agro-Bugeac Trans"),
        (440, 110, "Cod fiscal (IDNO): 1014600028811"),
        (440, 124, "Adresa: MD-3805, or. Comrat, str. Pobedy 51"),
        (40, 160, "Contract nr. 17/2023 din 04.05.2023"),
        # the item table's headings, some wrapped over two lines
        (30, 190, "Nr."), (60, 190, "Denumirea mărfii /"), (250, 190, "U.M."), (290, 190, "Cantitatea"),
        (360, 190, "Prețul fără"), (430, 190, "Valoarea fără"), (510, 190, "Cota TVA"), (570, 190, "Suma TVA"),
        (640, 190, "Valoarea cu TVA"),
        (60, 202, "serviciului"), (360, 202, "TVA"), (430, 202, "TVA"),
    ]
    y = 220
    for number, name, unit, quantity, price, net, rate, tax, gross in [
            ("1", "Motorină EURO 5", "litru", "1200", "18,75", "22500,00", "20%", "4500,00", "27000,00"),
            ("2", "Ulei de motor 10W-40", "buc.", "12", "145,00", "1740,00", "20%", "348,00", "2088,00")]:
        items += [(30, y, number), (60, y, name), (250, y, unit), right(340, y, quantity), right(415, y, price),
                  right(500, y, net), right(555, y, rate), right(620, y, tax), right(720, y, gross)]
        y += 14
    items += [(60, y + 6, "Total"), right(500, y + 6, "24240,00"), right(620, y + 6, "4848,00"),
              right(720, y + 6, "29088,00"),
              (40, y + 40, "Conducătorul întreprinderii: ______________"),
              (440, y + 40, "A primit: ______________")]
    return drawn_lines(items, width=842, height=595)


def _moldovan_payment_account():
    def right(end: float, y: float, text: str) -> tuple:
        return (end - 5.0 * len(text), y, text)

    items = [
        (160, 40, "CONT DE PLATĂ nr. 312 din 14 martie 2024"),
        (40, 70, "Beneficiar:"), (150, 70, "SRL Tehno-Grup Nord"),
        (40, 84, "IDNO:"), (150, 84, "1012602004537"),
        (40, 98, "Adresa:"), (150, 98, "MD-3100, mun. Bălți, str. Independenței 41"),
        (40, 112, "IBAN:"), (150, 112, "MD24AG000000022512345678"),
    ]
    items += [(40, 134, "Plătitor:"), (150, 134, "SRL Cafeneaua Dor de Casă"),
              (40, 148, "IDNO:"), (150, 148, "1017600041129"),
              (40, 162, "Adresa:"), (150, 162, "MD-2012, mun. Chișinău, str. București 67")]
    items += [(40, 192, "Nr."), (70, 192, "Denumirea"), (300, 192, "U.M."), (350, 192, "Cant."),
              (410, 192, "Preț"), (490, 192, "Suma")]
    y = 206
    for number, name, unit, quantity, price, amount in [
            ("1", "Mentenanță echipament frigorific", "serv.", "1", "3600,00", "3600,00"),
            ("2", "Filtru de apă pentru espressor", "buc.", "4", "450,00", "1800,00")]:
        items += [(40, y, number), (70, y, name), (300, y, unit), right(380, y, quantity), right(460, y, price),
                  right(530, y, amount)]
        y += 14
    items += [(300, y + 8, "Total de plată:"), right(530, y + 8, "5400,00 lei"),
              (40, y + 36, "Termen de achitare: 10 zile calendaristice. Achitați până la: 24.03.2024")]
    return drawn_lines(items)


def _romanian_invoice():
    def right(end: float, y: float, text: str) -> tuple:
        return (end - 5.0 * len(text), y, text)

    items = [
        (40, 40, "SC Lactate Someșene SRL"),
        (40, 54, "CUI: RO18472210"),
        (40, 68, "Str. Fabricii 12, Cluj-Napoca"),
        (360, 40, "FACTURĂ"),
        (360, 54, "Seria CLS nr. 0831"),
        (360, 68, "Data: 19.02.2024"),
        (40, 100, "Beneficiar:"), (130, 100, "SC Brutăria Mureșeană SRL"),
        (40, 114, "CUI:"), (130, 114, "RO30917466"),
        (40, 128, "Adresa:"), (130, 128, "Str. Gării 8, Târgu Mureș"),
        (40, 160, "Nr."), (70, 160, "Denumire produse"), (300, 160, "Cant."), (370, 160, "Preț unitar"),
        (470, 160, "Valoare"),
        (40, 174, "1"), (70, 174, "Smântână 20% 5 kg"), right(330, 174, "40"), right(420, 174, "62,00"),
        right(520, 174, "2480,00"),
        (300, 200, "Total de plată:"), right(520, 200, "2951,20 lei"),
    ]
    return drawn_lines(items)


def test_a_moldovan_tax_invoice(patterns):
    values, document_type = read(_moldovan_tax_invoice(), patterns)
    assert document_type == "invoice"
    assert values["financial_data.currency"] == "MDL"  # lei by the MD- postcode and IDNO; "EURO 5" is no euro
    assert values["vendor_information.tax_id"] == "0407311"  # "Cod TVA", not the IDNO
    assert values["financial_data.total_amount"] == 29088.00
    # the net value ("Valoarea fără TVA") is the line's amount, not the value with VAT
    assert item_rows(values) == [("Motorină EURO 5", 1200.0, 18.75, 22500.0),
                                 ("Ulei de motor 10W-40", 12.0, 145.0, 1740.0)]


def test_a_moldovan_payment_account_names_payee_and_payer(patterns):
    values, document_type = read(_moldovan_payment_account(), patterns)
    assert document_type == "invoice"
    assert invoice_ids(values) == ["312"]
    assert values["vendor_information.vendor_name"] == "SRL Tehno-Grup Nord"  # "Beneficiar" beside a "Plătitor"
    assert values["customer_information.customer_name"] == "SRL Cafeneaua Dor de Casă"
    assert values["financial_data.currency"] == "MDL"  # "... din 14 martie" is no dinar
    assert values["payment_terms.due_date"] == "2024-03-24"
    assert values["payment_terms.payment_terms"] == "10 zile calendaristice"


def test_a_romanian_beneficiar_alone_is_the_customer(patterns):
    """(guard) On a Romanian factură that names no payer, "Beneficiar" is still the buyer."""
    values, document_type = read(_romanian_invoice(), patterns)
    assert document_type == "invoice"
    assert values["customer_information.customer_name"] == "SC Brutăria Mureșeană SRL"
    assert values["vendor_information.vendor_name"] == "SC Lactate Someșene SRL"
    assert values["financial_data.currency"] == "RON"


# 7. Luxembourg, French, Congolese and Malagasy labels

def _luxembourg_invoice() -> list[tuple]:
    return [
        (40, 44, "Schreinerei Weyland S.à r.l.", 14),
        (40, 60, "12, rue de la Gare"),
        (40, 72, "L-9122 Schieren"),
        (40, 84, "MwSt.-Nr.: LU27184630"),
        (40, 96, "R.C.S. Luxembourg B184227"),
        (420, 44, "RECHNUNG", 14, "hebo"),
        (380, 70, "Rechnungsnr.:"), (460, 70, "2024-0387"),
        (380, 82, "Datum:"), (460, 82, "08.10.2024"),
        (40, 130, "Rechnungsempfänger", 8.5, "hebo"),
        (40, 142, "Boulangerie Hoffmann S.A."),
        (40, 154, "47, Grand-Rue"),
        (40, 166, "L-9050 Ettelbruck"),
        (40, 196, "Beschreibung", 8, "hebo"), right_aligned(330, 196, "Menge", 8, "hebo"),
        right_aligned(420, 196, "Einzelpreis", 8, "hebo"), right_aligned(540, 196, "Betrag", 8, "hebo"),
        (40, 210, "Ladentheke Eiche massiv", 8), right_aligned(330, 210, "1", 8),
        right_aligned(420, 210, "3.450,00", 8), right_aligned(540, 210, "3.450,00", 8),
        (380, 234, "Nettobetrag"), right_aligned(540, 234, "3.450,00"),
        (380, 246, "MwSt. 17%"), right_aligned(540, 246, "586,50"),
        (380, 260, "Gesamtbetrag", 9, "hebo"), right_aligned(540, 260, "4.036,50 EUR", 9, "hebo"),
    ]


def _french_credit_note() -> list[tuple]:
    return [
        (40, 44, "Imprimerie des Vosges SARL", 14),
        (40, 60, "7 rue du Général Leclerc"),
        (40, 72, "88000 Épinal"),
        (40, 84, "TVA intracommunautaire : FR63412875093"),
        (400, 44, "AVOIR", 14, "hebo"),
        (300, 110, "Note de crédit n° :", 8.5, "hebo"), (410, 110, "Date :", 8.5, "hebo"),
        (480, 110, "Client :", 8.5, "hebo"),
        (300, 122, "NC-2024-0117"), (410, 122, "12/03/2024"), (480, 122, "C0442"),
        (40, 110, "Librairie du Château SAS", 9),
        (40, 122, "3 place Stanislas"),
        (40, 134, "54000 Nancy"),
        (40, 170, "Désignation", 8, "hebo"), right_aligned(540, 170, "Montant HT", 8, "hebo"),
        (40, 184, "Retour de 40 calendriers 2024 défectueux", 8), right_aligned(540, 184, "-320,00", 8),
        (380, 208, "Total HT"), right_aligned(540, 208, "-320,00"),
        (380, 220, "TVA 20 %"), right_aligned(540, 220, "-64,00"),
        (380, 234, "Total TTC", 9, "hebo"), right_aligned(540, 234, "-384,00 €", 9, "hebo"),
    ]


def _congolese_invoice() -> list[tuple]:
    return [
        (40, 44, "Quincaillerie du Kivu SARL", 14),
        (40, 60, "Avenue du Lac 118, Quartier Himbi, Goma"),
        (40, 72, "RCCM : CD/GOM/RCCM/21-B-04417"),
        (40, 84, "Id. Nat. : 19-H4900-N51273K"),
        (40, 96, "N° Impôt : A2113847P"),
        (380, 44, "FACTURE NORMALISÉE", 12, "hebo"),
        (380, 66, "Facture n° :"), (460, 66, "QK-2025-0219"),
        (380, 78, "Date :"), (460, 78, "03/02/2025"),
        (40, 128, "Client :", 8.5, "hebo"), (90, 128, "Hôpital Bethesda de Goma"),
        (40, 158, "Désignation", 8, "hebo"), right_aligned(330, 158, "Qté", 8, "hebo"),
        right_aligned(420, 158, "P.U.", 8, "hebo"), right_aligned(540, 158, "Montant", 8, "hebo"),
        (40, 172, "Tôle ondulée galvanisée 3 m", 8), right_aligned(330, 172, "60", 8),
        right_aligned(420, 172, "14.50", 8), right_aligned(540, 172, "870.00", 8),
        (380, 196, "Total HT"), right_aligned(540, 196, "870.00"),
        (380, 208, "TVA 16 %"), right_aligned(540, 208, "139.20"),
        (380, 222, "Total TTC", 9, "hebo"), right_aligned(540, 222, "USD 1,009.20", 9, "hebo"),
    ]


def _malagasy_invoice() -> list[tuple]:
    return [
        (40, 44, "Menuiserie Andrianaivo SARL", 14),
        (40, 60, "Lot IVG 204, Behoririka"),
        (40, 72, "101 Antananarivo"),
        (40, 84, "NIF : 4001872265 - STAT : 31101 11 2016 0 10473"),
        (400, 44, "FACTURE", 14, "hebo"),
        (380, 70, "Facture n° :"), (460, 70, "MA-0612"),
        (380, 82, "Date :"), (460, 82, "21/06/2024"),
        (40, 112, "Client :", 8.5, "hebo"), (90, 112, "Hôtel Les Jacarandas SA"),
        (40, 142, "Désignation", 8, "hebo"), right_aligned(330, 142, "Qté", 8, "hebo"),
        right_aligned(420, 142, "P.U.", 8, "hebo"), right_aligned(540, 142, "Montant", 8, "hebo"),
        (40, 156, "Table de chevet en palissandre", 8), right_aligned(330, 156, "12", 8),
        right_aligned(420, 156, "185 000", 8), right_aligned(540, 156, "2 220 000", 8),
        (380, 180, "Total HT"), right_aligned(540, 180, "2 220 000 Ariary"),
        (380, 192, "TVA 20 %"), right_aligned(540, 192, "444 000 Ariary"),
        (380, 206, "Total TTC", 9, "hebo"), right_aligned(540, 206, "2 664 000 Ariary", 9, "hebo"),
    ]


def test_luxembourg_and_congolese_tax_numbers(patterns):
    values, _ = read(drawn_pdf(_luxembourg_invoice()), patterns)
    assert values["vendor_information.tax_id"] == "LU27184630"  # "MwSt.-Nr."
    values, _ = read(drawn_pdf(_congolese_invoice()), patterns)
    assert values["vendor_information.tax_id"] == "A2113847P"  # "N° Impôt", not the RCCM or the Id. Nat.


def test_a_french_credit_note_numbered_in_a_row_of_headings(patterns):
    values, document_type = read(drawn_pdf(_french_credit_note()), patterns)
    assert document_type == "credit_note"
    assert invoice_ids(values) == ["NC-2024-0117"]
    assert values["document_date"] == "2024-03-12"


def test_a_malagasy_invoice_in_ariary(patterns):
    values, _ = read(drawn_pdf(_malagasy_invoice()), patterns)
    assert values["financial_data.currency"] == "MGA"
    assert values["financial_data.total_amount"] == 2664000.0


# 8. A French sworn translator's invoice

def _translator_invoice() -> list[tuple]:
    return [
        (40, 44, "Hélène Castagnol-Ribeiro", 13),
        (40, 60, "27 rue des Filatiers"),
        (40, 72, "31000 Toulouse"),
        (40, 84, "Traductrice assermentée près la Cour d'appel de Toulouse"),
        (40, 96, "SIRET 84127390500018"),
        (420, 44, "FACTURE", 14, "hebo"),
        (380, 70, "Facture n° :"), (460, 70, "2024-058"),
        (380, 82, "Date :"), (460, 82, "17/05/2024"),
        (40, 130, "Client", 8.5, "hebo"),
        (40, 142, "Cabinet Lemoine & Associés"),
        (40, 154, "5 allées Jean Jaurès"),
        (40, 166, "31000 Toulouse"),
        (40, 196, "Désignation", 8, "hebo"), right_aligned(330, 196, "Pages", 8, "hebo"),
        right_aligned(420, 196, "Prix unitaire", 8, "hebo"), right_aligned(540, 196, "Montant", 8, "hebo"),
        (40, 210, "Traduction certifiée portugais-français : acte de naissance", 8),
        right_aligned(330, 210, "3", 8), right_aligned(420, 210, "42,00", 8), right_aligned(540, 210, "126,00", 8),
        (380, 234, "Total", 9, "hebo"), right_aligned(540, 234, "126,00 €", 9, "hebo"),
        (40, 270, "TVA non applicable, art. 293 B du CGI", 8),
        (40, 282, "Paiement à réception par virement.", 8),
    ]


def test_a_sworn_translators_invoice(patterns):
    values, document_type = read(drawn_pdf(_translator_invoice()), patterns)
    assert document_type == "invoice"
    assert values["vendor_information.vendor_name"] == "Hélène Castagnol-Ribeiro"
    assert values["vendor_information.address"] == "27 rue des Filatiers, 31000 Toulouse"  # without her title
    assert "vendor_information.tax_id" not in values  # a SIRET registers a business; it is no tax id
    assert "financial_data.tax_amount" not in values  # "TVA non applicable, art. 293 B du CGI"
    assert values["financial_data.total_amount"] == 126.00


# 9. Post office counter receipts

def _post_office_roll() -> list[tuple]:
    return [
        (60, 40, "Australia Post", 12, "hebo"),
        (60, 54, "Bendigo Central Post Shop", 8),
        (60, 64, "ABN 28 864 970 579", 8),
        (60, 84, "RECEIPT", 9, "hebo"),
        (60, 96, "18/07/2024 11:52", 8), right_aligned(300, 96, "Txn 4471-0093", 8),
        (60, 116, "Padded Bag Medium", 8), right_aligned(300, 116, "3.65", 8),
        (60, 134, "Total", 9, "hebo"), right_aligned(300, 134, "$3.65", 9, "hebo"),
        (60, 146, "Includes GST", 8), right_aligned(300, 146, "$0.33", 8),
        (60, 158, "EFTPOS", 8), right_aligned(300, 158, "$3.65", 8),
        (60, 178, "Thank you for shopping with us", 8),
    ]


def _post_office_roll_with_quantities() -> list[tuple]:
    return [
        (60, 40, "Australia Post", 12, "hebo"),
        (60, 54, "Ballarat Post Shop", 8),
        (60, 64, "31 Lydiard Street North", 8),
        (60, 74, "Ballarat VIC 3350", 8),
        (60, 84, "ABN 28 864 970 579", 8),
        (60, 104, "RECEIPT", 9, "hebo"),
        (60, 116, "02/09/2024 15:06", 8), right_aligned(300, 116, "Txn 2208-0417", 8),
        (60, 136, "International Economy Letter", 8),
        (70, 146, "3 x 4.20", 8), right_aligned(300, 146, "12.60", 8),
        (60, 158, "Parcel Post Small Box", 8),
        (70, 168, "2 x 9.70", 8), right_aligned(300, 168, "19.40", 8),
        (60, 186, "Total", 9, "hebo"), right_aligned(300, 186, "$32.00", 9, "hebo"),
        (60, 198, "Includes GST", 8), right_aligned(300, 198, "$2.91", 8),
        (60, 210, "Visa", 8), right_aligned(300, 210, "$32.00", 8),
    ]


def test_a_post_office_roll_with_one_priced_line(patterns):
    values, document_type = read(drawn_pdf(_post_office_roll()), patterns)
    assert document_type == "receipt"
    assert values["financial_data.total_amount"] == 3.65
    assert item_rows(values) == [("Padded Bag Medium", None, None, 3.65)]


def test_a_post_office_roll_with_quantity_lines_has_no_customer(patterns):
    values, document_type = read(drawn_pdf(_post_office_roll_with_quantities()), patterns)
    assert document_type == "receipt"
    # "International Economy Letter" over "3 x 4.20": a till's item, not an addressee's name and address
    assert "customer_information.customer_name" not in values
    assert "customer_information.address" not in values
    assert values["vendor_information.vendor_name"] == "Australia Post"
    assert item_rows(values) == [("International Economy Letter", 3.0, 4.2, 12.6),
                                 ("Parcel Post Small Box", 2.0, 9.7, 19.4)]


# 10. Papua New Guinea's kina

def _png_invoice() -> list[tuple]:
    return [
        (40, 44, "Highlands Freight & Hardware Ltd", 14),
        (40, 60, "Section 21, Lot 9, Kagamuga Road, Mount Hagen"),
        (40, 72, "Ph: +675 542 1187"),
        (400, 44, "TAX INVOICE", 13, "hebo"),
        (380, 70, "Invoice No:"), (460, 70, "HFH-30551"),
        (380, 82, "Date:"), (460, 82, "09/05/2024"),
        (40, 110, "Bill To", 8.5, "hebo"),
        (40, 122, "Wahgi Valley Coffee Growers Cooperative"),
        (40, 134, "PO Box 311, Minj"),
        (40, 164, "Description", 8, "hebo"), right_aligned(320, 164, "Qty", 8, "hebo"),
        right_aligned(400, 164, "Unit Price", 8, "hebo"), right_aligned(540, 164, "Amount", 8, "hebo"),
        (40, 178, "Hessian coffee sacks (bale of 100)", 8), right_aligned(320, 178, "14", 8),
        right_aligned(400, 178, "412.35", 8), right_aligned(540, 178, "5,772.90", 8),
        (40, 190, "Road freight Lae - Mount Hagen", 8), right_aligned(320, 190, "1", 8),
        right_aligned(400, 190, "1,910.00", 8), right_aligned(540, 190, "1,910.00", 8),
        (380, 214, "Subtotal"), right_aligned(540, 214, "K7,682.90"),
        (380, 226, "GST 10%"), right_aligned(540, 226, "K768.29"),
        (380, 240, "Total Amount Due", 9, "hebo"), right_aligned(540, 240, "K8,451.19", 9, "hebo"),
    ]


def _french_invoice_with_a_k_client_reference() -> list[tuple]:
    return [
        (40, 44, "Fromagerie des Aravis SAS", 14),
        (40, 60, "Route du Col 14, 74220 La Clusaz"),
        (40, 72, "TVA : FR27508331247"),
        (420, 44, "FACTURE", 14, "hebo"),
        (380, 70, "Facture n° :"), (460, 70, "FA-24-1190"),
        (380, 82, "Date :"), (460, 82, "05/12/2024"),
        (380, 94, "Réf. client : K12327"),
        (40, 110, "Client", 8.5, "hebo"),
        (40, 122, "Épicerie Fine du Lac SARL"),
        (40, 134, "9 quai Eustache Chappuis, 74000 Annecy"),
        (40, 164, "Désignation", 8, "hebo"), right_aligned(330, 164, "Qté", 8, "hebo"),
        right_aligned(420, 164, "P.U. HT", 8, "hebo"), right_aligned(540, 164, "Montant HT", 8, "hebo"),
        (40, 178, "Reblochon fermier AOP", 8), right_aligned(330, 178, "30", 8),
        right_aligned(420, 178, "9,80", 8), right_aligned(540, 178, "294,00", 8),
        (380, 202, "Total HT"), right_aligned(540, 202, "294,00"),
        (380, 214, "TVA 5,5 %"), right_aligned(540, 214, "16,17"),
        (380, 228, "Total TTC", 9, "hebo"), right_aligned(540, 228, "310,17 €", 9, "hebo"),
    ]


def test_papua_new_guinean_kina(patterns):
    values, _ = read(drawn_pdf(_png_invoice()), patterns)
    assert values["financial_data.currency"] == "PGK"
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (7682.90, 768.29, 8451.19)
    # a client reference opening with a K is no sum in kina
    values, _ = read(drawn_pdf(_french_invoice_with_a_k_client_reference()), patterns)
    assert 12327.0 not in values.values()
    assert values["financial_data.currency"] == "EUR"
    assert values["financial_data.total_amount"] == 310.17


# 11. A row of headings over one row of values

def _headed_row_invoice() -> list[tuple]:
    headings = ["Invoice No.", "Invoice Date", "Due Date", "Terms", "PO", "Your ref."]
    values = ["INV-70418", "19 Sep 2023", "3 Nov 2023", "45 days", "PO-446471", "HR/282"]
    xs = (40, 125, 210, 290, 355, 440)
    items = [
        (40, 44, "Kestrel Scaffolding Services Ltd", 14),
        (40, 60, "Unit 7, Foundry Park, Leeds LS11 5DU"),
        (40, 72, "VAT Reg No: GB 318 4471 62"),
        (420, 44, "INVOICE", 14, "hebo"),
        (40, 104, "Invoice To", 8.5, "hebo"),
        (40, 116, "Harrowgate Homes plc"),
        (40, 128, "1 Station Parade, Harrogate HG1 1TT"),
        *[(x, 160, text, 8, "hebo") for x, text in zip(xs, headings, strict=True)],
        *[(x, 172, text, 8) for x, text in zip(xs, values, strict=True)],
        (40, 204, "Description", 8, "hebo"), right_aligned(540, 204, "Amount", 8, "hebo"),
        (40, 218, "Scaffold hire, Plot 14 - 6 weeks", 8), right_aligned(540, 218, "2,880.00", 8),
        (380, 242, "Net"), right_aligned(540, 242, "2,880.00"),
        (380, 254, "VAT 20%"), right_aligned(540, 254, "576.00"),
        (380, 268, "Total", 9, "hebo"), right_aligned(540, 268, "£3,456.00", 9, "hebo"),
    ]
    return items


def test_payment_terms_in_a_row_of_headings(patterns):
    values, document_type = read(drawn_pdf(_headed_row_invoice()), patterns)
    assert document_type == "invoice"
    assert values["payment_terms.payment_terms"] == "45 days"  # under "Terms", not the "PO" beside it
    assert values["payment_terms.due_date"] == "2023-11-03"
    assert invoice_ids(values) == ["INV-70418"]
