"""Tier 1 rules written later in session 25, each general rather than tied to one layout:

- a Spanish bank's confirming letter: the bank writes "Por orden de nuestro cliente <payer>, con NIF
  ..." and is no party; "abonaremos" announces the payment and its date; "Nº de remesa" is the payment's
  reference; a row "AB-241113 (abono)" pays the credit note "AB-241113";
- a bank portal's "Detalle de orden de pago": "Ordenante" pays, "Beneficiario" (a name opening in
  lower case, "del Sur ...") is paid, "Referencia de la orden" is the reference, "Número de documentos"
  numbers no invoice; a column of "Abono" cells makes no credit note; the "Fecha emisión" heading of a
  table's last page dates an invoice, not the advice;
- a Mexican bank's "Aviso de pago": "Cliente emisor: <name> RFC ..." names the payer without its RFC;
- Swedish, Norwegian and Finnish payment advices ("BETALNINGSAVISERING", "BETALINGSAVIS",
  "MAKSUILMOITUS"): their payment dates, references, supplier numbers, printing date, table headings
  and sentences ("Vi har idag betalat följande fakturor"), a row "120582 (kredit)";
- Catalan invoices: month names ("27 de juny", "23 d'abril"), "Codi client", "Condicions de pagament:
  30 dies data factura", "Data de venciment", "Concepte | Quantitat | Preu unitari | Import", "Base
  imposable"; Andorra's "NRT", "Base de l'IGI" and "Quota IGI" and its dialling code;
- Central America: El Salvador's "DOCUMENTO TRIBUTARIO ELECTRÓNICO" numbered by its "Número de
  Control"; Honduras's "R.T.N.", "I.S.V." and lempiras (by the written total or the dialling code);
  Panama's "ITBMS" and "B/.";
- auction houses' buyer invoices: "Bidder #", "Bieternummer", "AUKTIONSRECHNUNG", "Käufer"; a buyer's
  premium "inkl. USt" is no tax;
- tax-free shopping receipts: "di cui IVA" is the tax, "TAX FREE - Sistema OTELLO 2.0" none; the company
  under a shop's sign is the vendor ("... S.L. · CIF ...", "... SA au capital de 40 000 €");
- Gulf and Jordan tax invoices: "VATIN" and "Customer VATIN", "R.O.", three-decimal dinars ("BHD
  174.972"), "JD";
- a document no cue names the type of is not accepted straight through (confidence at most 0.8).
"""

from __future__ import annotations

import pytest
from drawn_documents import allocation_pairs, drawn_pdf, invoice_ids, item_rows, read, right_aligned

from engine.pattern_files import load_patterns


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


# 1. A Spanish bank's confirming letter

def test_a_spanish_confirming_letter_from_the_payers_bank(patterns):
    items = [
        (40, 44, "Banco Mediterráneo de Negocios", 14),
        (40, 60, "Departamento de Confirming · Passeig de Gràcia 112 · 08008 Barcelona", 8),
        (330, 110, "Suministros Levante Digital S.L.", 9),
        (330, 122, "Calle Colón 48, 3º", 9),
        (330, 134, "46004 Valencia", 9),
        (330, 146, "NIF: B98214763", 9),
        (330, 180, "Barcelona, 13 de marzo de 2024", 9),
        (40, 206, "Asunto: Comunicación de pago - Confirming", 9, "hebo"),
        (40, 222, "Nº de remesa:", 9), (120, 222, "2024-871242304", 9),
        (40, 250, "Muy señores nuestros:", 9),
        (40, 268, "Por orden de nuestro cliente Fernández Informática S.L., con NIF B06952329, les comunicamos "
                  "que el día 12 de mayo de 2024 abonaremos", 8),
        (40, 280, "en su cuenta ****2722 el importe de 111.880,00 €, correspondiente a las facturas que se "
                  "detallan a continuación:", 8),
        (40, 310, "Nº factura", 8, "hebo"), (160, 310, "Fecha factura", 8, "hebo"), (270, 310, "Vencimiento", 8, "hebo"),
        right_aligned(540, 310, "Importe (€)", 8, "hebo"),
    ]
    y = 324
    for invoice, date, due, amount in [("SL-2024-0118", "15/01/2024", "12/05/2024", "48.370,00"),
                                       ("SL-2024-0163", "29/01/2024", "12/05/2024", "65.120,50"),
                                       ("AB-241113 (abono)", "02/02/2024", "12/05/2024", "-1.610,50")]:
        items += [(40, y, invoice, 8), (160, y, date, 8), (270, y, due, 8), right_aligned(540, y, amount, 8)]
        y += 12
    items += [(270, y + 8, "Importe total", 8.5, "hebo"), right_aligned(540, y + 8, "111.880,00 €", 8.5, "hebo"),
              (40, y + 44, "Atentamente,", 9),
              (40, y + 70, "Banco Mediterráneo de Negocios", 9),
              (40, y + 82, "Departamento de Confirming", 9)]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "remittance_advice"
    assert values["customer_information.customer_name"] == "Fernández Informática S.L."  # not the bank
    assert "customer_information.address" not in values  # the bank's address is no address of its client
    assert values["vendor_information.vendor_name"] == "Suministros Levante Digital S.L."
    assert values["payment_information.payment_reference"] == "2024-871242304"
    assert values["payment_information.payment_date"] == "2024-05-12"
    assert values["document_date"] == "2024-03-13"
    assert values["payment_information.payment_amount"] == 111880.00
    assert allocation_pairs(values) == [("SL-2024-0118", 48370.00), ("SL-2024-0163", 65120.50),
                                        ("AB-241113", -1610.50)]


# 2. A bank portal's payment order

def _order_rows(items: list[tuple], rows: list[tuple[str, ...]], y: float) -> float:
    for document, kind, issued, due, amount, advanced in rows:
        items += [(40, y, document, 8), (130, y, kind, 8), (200, y, issued, 8), (290, y, due, 8),
                  right_aligned(450, y, amount, 8), right_aligned(540, y, advanced, 8)]
        y += 12
    return y


def _order_headings(y: float) -> list[tuple]:
    return [(40, y, "Documento", 8, "hebo"), (130, y, "Tipo", 8, "hebo"), (200, y, "Fecha emisión", 8, "hebo"),
            (290, y, "Vencimiento", 8, "hebo"), right_aligned(450, y, "Importe", 8, "hebo"),
            right_aligned(540, y, "Anticipado", 8, "hebo")]


def test_a_bank_portals_payment_order_with_a_credit_note_row(patterns):
    rows = [("FV24-00817", "Factura", "02/08/2024", "25/10/2024", "9.860,40", "No"),
            ("FV24-00902", "Factura", "23/08/2024", "25/10/2024", "7.402,05", "No"),
            ("FV24-00955", "Factura", "06/09/2024", "25/10/2024", "8.027,20", "Sí"),
            ("AB24-00031", "Abono", "12/09/2024", "25/10/2024", "-1.544,47", "No")]
    first = [
        (40, 40, "Banca Norte Empresas", 13),
        right_aligned(555, 40, "Consulta 21/10/2024", 8),
        (40, 70, "Detalle de orden de pago", 12, "hebo"),
        (40, 100, "Ordenante:", 8.5), (160, 100, "Serrano y Molina S.L. (NIF B53273579)", 8.5),
        (40, 114, "Beneficiario:", 8.5), (160, 114, "del Sur Construcciones S.L. (NIF B72347081)", 8.5),
        (40, 128, "Referencia de la orden: OP1367339847", 8.5),
        (40, 142, "Fecha de pago:", 8.5), (160, 142, "25/10/2024", 8.5),
        (40, 156, "Número de documentos:", 8.5), (160, 156, "4", 8.5),
        (40, 170, "Importe total:", 8.5), (160, 170, "23.745,18 EUR", 8.5),
        *_order_headings(200),
    ]
    _order_rows(first, rows[:3], 214)
    first.append((40, 800, "Página 1 de 2", 7))
    # the table's last page: its headings over the one row left, the credit note
    second = [(40, 40, "Banca Norte Empresas", 13),
              right_aligned(555, 40, "Detalle de orden de pago OP1367339847", 8), *_order_headings(70)]
    y = _order_rows(second, rows[3:], 84)
    second += [(290, y + 8, "Total", 8.5, "hebo"), right_aligned(450, y + 8, "23.745,18", 8.5, "hebo"),
               (40, 800, "Página 2 de 2", 7)]
    values, document_type = read(drawn_pdf(first, second), patterns)
    assert document_type == "remittance_advice"  # the "Abono" row makes no credit note
    assert values["customer_information.customer_name"] == "Serrano y Molina S.L."
    assert values["vendor_information.vendor_name"] == "del Sur Construcciones S.L."
    assert values["vendor_information.tax_id"] == "B72347081"
    assert values["payment_information.payment_reference"] == "OP1367339847"
    assert values["payment_information.payment_date"] == "2024-10-25"
    assert values["document_date"] == "2024-10-21"  # not the credit note's "Fecha emisión" on page 2
    assert "4" not in invoice_ids(values)  # "Número de documentos: 4" counts the documents
    assert values["payment_information.payment_amount"] == 23745.18
    assert allocation_pairs(values) == [("FV24-00817", 9860.40), ("FV24-00902", 7402.05),
                                        ("FV24-00955", 8027.20), ("AB24-00031", -1544.47)]


# 3. A Mexican bank's payment notice

def test_a_mexican_payment_notice_names_the_payer_without_its_rfc(patterns):
    items = [
        (40, 44, "Banco Del Bajío Empresarial", 14),
        (40, 60, "Banca Electrónica · Servicio de Pago a Proveedores", 8),
        (40, 92, "AVISO DE PAGO", 13, "hebo"),
        (40, 122, "Cliente emisor:", 8.5), (150, 122, "Distribuidora Azteca S.A. de C.V.   RFC DAO130823K9A", 8.5),
        (40, 136, "Proveedor:", 8.5), (150, 136, "Empaques Industriales del Norte S.A. de C.V.", 8.5),
        (40, 150, "Fecha de aplicación:", 8.5), (150, 150, "18/07/2024", 8.5),
        (40, 164, "Referencia:", 8.5), (150, 164, "SPEI 0718240093318", 8.5),
        (40, 178, "Cuenta destino:", 8.5), (150, 178, "CLABE ************4471", 8.5),
        (40, 192, "Importe:", 8.5), (150, 192, "$ 86,414.20 MXN", 8.5),
        (40, 222, "Factura", 8, "hebo"), (140, 222, "Fecha", 8, "hebo"), right_aligned(420, 222, "Importe", 8, "hebo"),
        (40, 236, "EIN-A 20931", 8), (140, 236, "14/05/2024", 8), right_aligned(420, 236, "41,180.00", 8),
        (40, 248, "EIN-A 21077", 8), (140, 248, "03/06/2024", 8), right_aligned(420, 248, "45,234.20", 8),
        (140, 268, "Total pagado", 8.5, "hebo"), right_aligned(420, 268, "86,414.20", 8.5, "hebo"),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "remittance_advice"
    assert values["customer_information.customer_name"] == "Distribuidora Azteca S.A. de C.V."  # not the bank
    assert values["vendor_information.vendor_name"] == "Empaques Industriales del Norte S.A. de C.V."
    assert allocation_pairs(values) == [("EIN-A 20931", 41180.00), ("EIN-A 21077", 45234.20)]


# 4. Nordic payment advices

def _nordic_advice(letterhead: list[str], title: str, labels: list[tuple[str, str]], payee: list[str],
                   sentence: str, headings: list[str], rows: list[tuple[str, ...]], total: tuple[str, str]) -> list:
    """The payer's letterhead at the top left, the title and the payment's details at the right, the
    payee's block, a sentence, and the invoices paid: three columns left-aligned, three amounts."""
    items = [(40, 44, letterhead[0], 14)] + [(40, 60 + 12 * i, line, 8.5) for i, line in enumerate(letterhead[1:])]
    items.append((350, 44, title, 12, "hebo"))
    for i, (label, value) in enumerate(labels):
        items += [(350, 70 + 12 * i, label, 8.5), (450, 70 + 12 * i, value, 8.5)]
    items += [(40, 130 + 12 * i, line, 9) for i, line in enumerate(payee)]
    items.append((40, 190, sentence, 9))

    def cells(y: float, texts, font: str = "helv") -> list[tuple]:
        return [(x, y, text, 8, font) for x, text in zip((40, 110, 200), texts[:3], strict=True)] + [
            right_aligned(380 + 80 * i, y, text, 8, font) for i, text in enumerate(texts[3:])]

    items += cells(214, headings, "hebo")
    y = 228
    for row in rows:
        items += cells(y, row)
        y += 12
    items += [(200, y + 8, total[0], 8.5, "hebo"), right_aligned(540, y + 8, total[1], 8.5, "hebo")]
    return items


def test_a_swedish_payment_advice(patterns):
    items = _nordic_advice(
        ["Norrlands Trävaror AB", "Sundsvallsvägen 18", "852 38 Sundsvall", "Org.nr 556712-4093"],
        "BETALNINGSAVISERING",
        [("Betalningsdatum", "2025-02-07"), ("Betalningsreferens", "2025-69593"), ("Leverantörsnr", "81748"),
         ("Utskriftsdatum", "2025-02-06")],
        ["Mälardalens Verktyg & Maskin AB", "Box 2214", "721 02 Västerås"],
        "Vi har idag betalat följande fakturor till bankgiro 1978-9668:",
        ["Fakturanr", "Fakturadatum", "OCR-nummer", "Belopp", "Kassarabatt", "Betalt"],
        [("120417", "2025-01-08", "1204170025", "42 310,00", "846,20", "41 463,80"),
         ("120496", "2025-01-15", "1204960021", "18 975,00", "379,50", "18 595,50"),
         ("120582 (kredit)", "2025-01-22", "1205820027", "-3 250,00", "0,00", "-3 250,00")],
        ("Summa betalt", "56 809,30 SEK"))
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "remittance_advice"
    assert values["customer_information.customer_name"] == "Norrlands Trävaror AB"
    assert values["vendor_information.vendor_name"] == "Mälardalens Verktyg & Maskin AB"
    assert values["vendor_information.address"] == "Box 2214, 721 02 Västerås"
    assert values["vendor_information.vendor_id"] == "81748"
    assert values["payment_information.payment_date"] == "2025-02-07"
    assert values["payment_information.payment_reference"] == "2025-69593"
    assert values["document_date"] == "2025-02-06"  # printed the day before the payment
    assert values["payment_information.payment_amount"] == 56809.30
    # the amounts paid, after the cash discount; the credit note's row by its number alone
    assert allocation_pairs(values) == [("120417", 41463.80), ("120496", 18595.50), ("120582", -3250.00)]


def test_norwegian_and_finnish_payment_advices(patterns):
    norwegian = _nordic_advice(
        ["Fjordkraft Bygg AS", "Strandkaien 31", "5013 Bergen", "Org.nr. 918 447 203 MVA"],
        "BETALINGSAVIS",
        [("Betalingsdato", "14.11.2024"), ("Remitteringsnr", "87569530"), ("Leverandørnr", "20417")],
        ["Vestland Elektro AS", "Postboks 118", "5804 Bergen"],
        "Vi har i dag betalt følgende fakturaer til konto 3624.18.55210:",
        ["Fakturanr", "Fakturadato", "KID", "Beløp", "Rabatt", "Betalt"],
        [("77810", "10.10.2024", "0007781026", "24 380,00", "0,00", "24 380,00"),
         ("77864", "17.10.2024", "0007786421", "9 112,50", "0,00", "9 112,50")],
        ("Sum betalt", "33 492,50 NOK"))
    values, document_type = read(drawn_pdf(norwegian), patterns)
    assert document_type == "remittance_advice"
    assert values["customer_information.customer_name"] == "Fjordkraft Bygg AS"
    assert values["vendor_information.vendor_name"] == "Vestland Elektro AS"
    assert values["vendor_information.vendor_id"] == "20417"
    assert values["payment_information.payment_date"] == "2024-11-14"
    assert values["payment_information.payment_reference"] == "87569530"
    assert "financial_data.tax_amount" not in values
    assert allocation_pairs(values) == [("77810", 24380.00), ("77864", 9112.50)]
    finnish = _nordic_advice(
        ["Pohjolan Kone Oy", "Teollisuuskatu 14", "33560 Tampere", "Y-tunnus 2847196-3"],
        "MAKSUILMOITUS",
        [("Maksupäivä", "14.6.2023"), ("Arkistointitunnus", "230614997672132462"), ("Toimittajanro", "30552")],
        ["Hämeen Teräs ja Rauta Oy", "Rautatienkatu 9", "13100 Hämeenlinna"],
        "Olemme maksaneet seuraavat laskut tilillenne FI21 1234 5600 0007 85:",
        ["Laskun nro", "Laskun pvm", "Viitenumero", "Summa", "Käteisalennus", "Maksettu"],
        [("58213", "12.5.2023", "582131", "6 420,00", "128,40", "6 291,60"),
         ("58277", "19.5.2023", "582775", "2 915,75", "58,32", "2 857,43")],
        ("Maksettu yhteensä", "9 149,03 EUR"))
    values, document_type = read(drawn_pdf(finnish), patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "Hämeen Teräs ja Rauta Oy"
    assert values["vendor_information.vendor_id"] == "30552"
    assert values["payment_information.payment_date"] == "2023-06-14"
    assert values["payment_information.payment_reference"] == "230614997672132462"
    assert values["document_date"] == "2023-06-14"  # not the first invoice's date
    assert allocation_pairs(values) == [("58213", 6291.60), ("58277", 2857.43)]


# 5. Catalan invoices

def test_a_catalan_invoice(patterns):
    items = [
        (40, 44, "Instal·lacions Elèctriques Vallès S.L.", 14),
        (40, 60, "Carrer de la Rambla 54", 8.5),
        (40, 72, "08202 Sabadell", 8.5),
        (40, 84, "NIF: B65823147", 8.5),
        (420, 44, "FACTURA", 15),
        (360, 100, "Núm. factura:", 8.5), (450, 100, "2023/0418", 8.5),
        (360, 112, "Data: 27 de juny de 2023", 8.5),
        (360, 124, "Codi client: CL84162", 8.5),
        (40, 112, "Client", 8.5),
        (40, 124, "Forn de Pa Puigdomènech S.L.", 8.5),
        (40, 136, "Avinguda de Catalunya 12", 8.5),
        (40, 148, "08290 Cerdanyola del Vallès", 8.5),
        (40, 178, "Concepte", 8, "hebo"), right_aligned(330, 178, "Quantitat", 8, "hebo"),
        right_aligned(410, 178, "Preu unitari", 8, "hebo"), right_aligned(460, 178, "IVA", 8, "hebo"),
        right_aligned(540, 178, "Import", 8, "hebo"),
    ]
    y = 192
    for description, quantity, price, rate, amount in [
            ("Revisió quadre elèctric obrador", "1", "185,00", "21%", "185,00"),
            ("Substitució diferencial 40A", "2", "96,50", "21%", "193,00"),
            ("Mà d'obra oficial (hores)", "6", "38,00", "21%", "228,00")]:
        items += [(40, y, description, 8), right_aligned(330, y, quantity, 8), right_aligned(410, y, price, 8),
                  right_aligned(460, y, rate, 8), right_aligned(540, y, amount, 8)]
        y += 12
    items += [(380, y + 12, "Base imposable", 8.5), right_aligned(540, y + 12, "606,00"),
              (380, y + 24, "IVA 21%", 8.5), right_aligned(540, y + 24, "127,26"),
              (380, y + 38, "Total factura", 9, "hebo"), right_aligned(540, y + 38, "733,26 €", 9, "hebo"),
              (40, y + 70, "Condicions de pagament: 30 dies data factura", 8),
              (40, y + 82, "Data de venciment: 27 de juliol de 2023", 8),
              (40, y + 94, "Forma de pagament: transferència a ES12 2100 0813 6102 0045 8812", 8)]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "invoice"
    assert values["document_date"] == "2023-06-27"
    assert values["payment_terms.due_date"] == "2023-07-27"
    assert values["payment_terms.payment_terms"] == "30 dies data factura"
    assert values["customer_information.customer_id"] == "CL84162"
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (606.00, 127.26, 733.26)
    assert item_rows(values) == [("Revisió quadre elèctric obrador", 1.0, 185.0, 185.0),
                                 ("Substitució diferencial 40A", 2.0, 96.5, 193.0),
                                 ("Mà d'obra oficial (hores)", 6.0, 38.0, 228.0)]


def test_an_andorran_invoice_with_igi(patterns):
    items = [
        (40, 44, "Esports de Neu Pas de la Casa S.A.", 14),
        (40, 60, "Carrer de Bearn 22", 8.5),
        (40, 72, "AD200 Encamp", 8.5),
        (40, 84, "NRT: L-717526-X · Tel. +376 855 214", 8.5),
        (420, 44, "FACTURA", 15),
        (360, 100, "Factura núm.:", 8.5), (450, 100, "F24-0331", 8.5),
        (360, 112, "Data: 23 d'abril de 2024", 8.5),
        (40, 112, "Client", 8.5),
        (40, 124, "Hotel Grau Roig S.L.", 8.5),
        (40, 136, "Carretera General 2", 8.5),
        (40, 148, "AD100 Canillo", 8.5),
        (40, 178, "Concepte", 8, "hebo"), right_aligned(330, 178, "Quantitat", 8, "hebo"),
        right_aligned(410, 178, "Preu unitari", 8, "hebo"), right_aligned(540, 178, "Import", 8, "hebo"),
        (40, 192, "Lloguer equip d'esquí (temporada)", 8), right_aligned(330, 192, "12", 8),
        right_aligned(410, 192, "145,00", 8), right_aligned(540, 192, "1.740,00", 8),
        (40, 204, "Manteniment taules i botes", 8), right_aligned(330, 204, "12", 8),
        right_aligned(410, 204, "22,50", 8), right_aligned(540, 204, "270,00", 8),
        (380, 228, "Base de l'IGI", 8.5), right_aligned(540, 228, "2.010,00"),
        (380, 240, "Quota IGI 0%", 8.5), right_aligned(540, 240, "0,00"),
        (380, 254, "Total factura", 9, "hebo"), right_aligned(540, 254, "2.010,00 €", 9, "hebo"),
    ]
    values, _ = read(drawn_pdf(items), patterns)
    assert values["document_date"] == "2024-04-23"
    assert values["vendor_information.tax_id"] == "L-717526-X"
    assert values["financial_data.tax_amount"] == 0.0
    assert values["financial_data.net_amount"] == 2010.00
    assert values["financial_data.currency"] == "EUR"
    assert item_rows(values) == [("Lloguer equip d'esquí (temporada)", 12.0, 145.0, 1740.0),
                                 ("Manteniment taules i botes", 12.0, 22.5, 270.0)]


# 6. Central America

def test_a_salvadoran_electronic_tax_document(patterns):
    items = [
        (40, 40, "DOCUMENTO TRIBUTARIO ELECTRÓNICO", 11, "hebo"),
        (40, 54, "COMPROBANTE DE CRÉDITO FISCAL", 10, "hebo"),
        (330, 40, "Código de Generación:", 7), (330, 50, "5E7A1C92-3B4D-4F18-9A2E-61C0D7B83F45", 7),
        (330, 62, "Número de Control: DTE-03-M018P007-000000000025982", 7),
        (330, 74, "Sello de Recepción: 2024A7F3C19E84B2410B9D6E0F2C5A7B8D31", 7),
        (330, 86, "Fecha y hora de generación: 09/04/2024 10:42:17", 7),
        (40, 84, "Ferretería El Salvador del Mundo, S.A. de C.V.", 10),
        (40, 96, "NIT: 0614-120398-103-5   NRC: 118204-3", 8),
        (40, 108, "Boulevard de los Héroes 1520, San Salvador", 8),
        (40, 120, "Tel.: +503 2260-4417", 8),
        (40, 146, "RECEPTOR", 8, "hebo"),
        (40, 158, "Nombre: Constructora Cuscatlán, S.A. de C.V.", 8),
        (40, 170, "NIT: 0614-250711-102-8   NRC: 209417-1", 8),
        (40, 182, "Dirección: Calle Arce 812, Santa Tecla, La Libertad", 8),
        (40, 194, "Condición de la operación: Crédito 30 días", 8),
        (40, 222, "Cant.", 7.5, "hebo"), (80, 222, "Descripción", 7.5, "hebo"),
        right_aligned(400, 222, "Precio unitario", 7.5, "hebo"), right_aligned(540, 222, "Ventas gravadas", 7.5, "hebo"),
        (40, 236, "40", 7.5), (80, 236, "Bolsa de cemento gris 42.5 kg", 7.5), right_aligned(400, 236, "8.95", 7.5),
        right_aligned(540, 236, "358.00", 7.5),
        (40, 247, "15", 7.5), (80, 247, "Varilla corrugada 3/8 x 6 m", 7.5), right_aligned(400, 247, "6.40", 7.5),
        right_aligned(540, 247, "96.00", 7.5),
        (360, 272, "Sumas", 8), right_aligned(540, 272, "454.00", 8),
        (360, 284, "IVA 13%", 8), right_aligned(540, 284, "59.02", 8),
        (360, 296, "Subtotal", 8), right_aligned(540, 296, "513.02", 8),
        (360, 308, "IVA retenido", 8), right_aligned(540, 308, "4.54", 8),
        (360, 322, "Total a pagar", 9, "hebo"), right_aligned(540, 322, "US$ 508.48", 9, "hebo"),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "invoice"
    assert invoice_ids(values) == ["DTE-03-M018P007-000000000025982"]
    assert values["payment_terms.payment_terms"] == "Crédito 30 días"
    assert values["vendor_information.vendor_name"] == "Ferretería El Salvador del Mundo, S.A. de C.V."
    assert values["financial_data.total_amount"] == 508.48


def _honduran_invoice(written_total: bool, phone: bool) -> list[tuple]:
    items = [
        (40, 44, "Suministros Médicos Morazán S. de R.L.", 13),
        (40, 60, "Colonia Palmira, Avenida República de Chile 418", 8.5),
        (40, 72, "Tegucigalpa, M.D.C.", 8.5),
        (40, 84, "R.T.N.: 08012001344313", 8.5),
        (420, 44, "FACTURA", 15),
        (360, 100, "No. Factura:", 8.5), (440, 100, "000-001-01-00004821", 8.5),
        (360, 112, "Fecha:", 8.5), (440, 112, "22/08/2024", 8.5),
        (40, 116, "Cliente:", 8.5), (90, 116, "Clínica Santa Lucía S.A.", 8.5),
        (40, 128, "R.T.N. Cliente:", 8.5), (110, 128, "05019015872210", 8.5),
        (40, 140, "Dirección:", 8.5), (90, 140, "Barrio Guamilito, 6 Calle, San Pedro Sula", 8.5),
        (40, 170, "Cant.", 8, "hebo"), (80, 170, "Descripción", 8, "hebo"),
        right_aligned(420, 170, "Precio Unit.", 8, "hebo"), right_aligned(540, 170, "Total", 8, "hebo"),
        (40, 184, "20", 8), (80, 184, "Guantes de nitrilo talla M (caja 100)", 8),
        right_aligned(420, 184, "185.00", 8), right_aligned(540, 184, "3,700.00", 8),
        (40, 196, "10", 8), (80, 196, "Mascarilla quirúrgica (caja 50)", 8),
        right_aligned(420, 196, "135.00", 8), right_aligned(540, 196, "1,350.00", 8),
        (380, 220, "Importe Gravado 15%", 8.5), right_aligned(540, 220, "5,050.00"),
        (380, 232, "Importe Exento", 8.5), right_aligned(540, 232, "0.00"),
        (380, 244, "I.S.V. 15%", 8.5), right_aligned(540, 244, "757.50"),
        (380, 256, "I.S.V. 18%", 8.5), right_aligned(540, 256, "0.00"),
        (380, 270, "Total a Pagar", 9, "hebo"), right_aligned(540, 270, "L. 5,807.50", 9, "hebo"),
        (40, 312, "CAI: 3F8A21-7C4D90-B51E62-0A9F37-D4C815-6B", 7),
        (40, 322, "Rango autorizado: 000-001-01-00004001 al 000-001-01-00006000", 7),
    ]
    if phone:
        items.append((40, 96, "Tel. +504 2232-7815", 8.5))
    if written_total:
        items.append((40, 298, "Son: CINCO MIL OCHOCIENTOS SIETE LEMPIRAS CON 50/100", 8))
    return items


def test_a_honduran_invoice(patterns):
    values, document_type = read(drawn_pdf(_honduran_invoice(written_total=True, phone=True)), patterns)
    assert document_type == "invoice"
    assert values["vendor_information.tax_id"] == "08012001344313"
    assert values["financial_data.tax_amount"] == 757.50
    assert values["financial_data.total_amount"] == 5807.50
    assert values["financial_data.currency"] == "HNL"
    assert invoice_ids(values) == ["000-001-01-00004821"]
    # the lempira by the total written out, or by the dialling code alone
    for written_total, phone in ((True, False), (False, True)):
        values, _ = read(drawn_pdf(_honduran_invoice(written_total, phone)), patterns)
        assert values["financial_data.currency"] == "HNL"


def test_a_panamanian_invoice(patterns):
    items = [
        (40, 44, "Distribuidora Chiriquí, S.A.", 14),
        (40, 60, "Vía España, Edificio Plaza Regency, Local 4", 8.5),
        (40, 72, "Ciudad de Panamá", 8.5),
        (40, 84, "RUC: 155612847-2-2019 DV 41", 8.5),
        (380, 44, "FACTURA", 15),
        (380, 64, "No.:", 8), (460, 64, "Fecha de emisión:", 8),
        (380, 76, "0000089207", 9), (460, 76, "16/03/2025", 9),
        (40, 112, "Cliente", 8.5, "hebo"),
        (40, 124, "Restaurante Casco Viejo, S.A.", 8.5),
        (40, 136, "Calle 3ra, San Felipe, Panamá", 8.5),
        (40, 166, "Código", 8, "hebo"), (100, 166, "Descripción", 8, "hebo"), right_aligned(360, 166, "Cant.", 8, "hebo"),
        right_aligned(440, 166, "Precio", 8, "hebo"), right_aligned(540, 166, "Total", 8, "hebo"),
        (40, 180, "AC-1020", 8), (100, 180, "Aceite de oliva extra virgen 5 L", 8), right_aligned(360, 180, "6", 8),
        right_aligned(440, 180, "48.50", 8), right_aligned(540, 180, "291.00", 8),
        (40, 192, "AR-0031", 8), (100, 192, "Arroz grano largo 25 lb", 8), right_aligned(360, 192, "12", 8),
        right_aligned(440, 192, "32.75", 8), right_aligned(540, 192, "393.00", 8),
        (400, 216, "Subtotal", 8.5), right_aligned(540, 216, "684.00"),
        (400, 228, "Total ITBMS", 8.5), right_aligned(540, 228, "47.88"),
        (400, 242, "Total B/.", 9, "hebo"), right_aligned(540, 242, "731.88", 9, "hebo"),
        (40, 274, "Consulte esta factura en la DGI con el CUFE:", 7),
        (40, 284, "FE01200001556128472-2-2019-4100032025031600000892070010112345678", 7),
    ]
    values, _ = read(drawn_pdf(items), patterns)
    # (a bare "No.:" heading the grid is not read as the number's label: "NO: 28, JALAN ASTANA 1C"
    # opens a Malaysian address)
    assert values["document_date"] == "2025-03-16"
    assert values["financial_data.tax_amount"] == 47.88
    assert values["financial_data.total_amount"] == 731.88
    assert values["financial_data.currency"] == "PAB"


# 7. Auction houses' buyer invoices

def test_an_english_auction_invoice_names_the_bidder(patterns):
    items = [
        (40, 44, "Hartwell & Pryce Auctioneers Ltd", 14),
        (40, 60, "The Old Corn Exchange, Market Place", 8.5),
        (40, 72, "Devizes SN10 1HS", 8.5),
        (40, 84, "VAT Reg. No. GB 284 6617 09", 8.5),
        (400, 44, "BUYER'S INVOICE", 12, "hebo"),
        (400, 64, "Invoice No: HP-24-11873", 8.5),
        (400, 76, "Sale Date: 14/09/2024", 8.5),
        (400, 88, "Bidder #: 75570", 8.5),
        (40, 116, "Buyer", 8.5, "hebo"),
        (40, 128, "Mrs Eleanor Whitcombe", 8.5),
        (40, 140, "Rosemead Cottage, Church Lane", 8.5),
        (40, 152, "Marlborough SN8 2AB", 8.5),
        (40, 182, "Lot", 8, "hebo"), (80, 182, "Description", 8, "hebo"), right_aligned(400, 182, "Hammer", 8, "hebo"),
        right_aligned(470, 182, "Premium", 8, "hebo"), right_aligned(540, 182, "Total", 8, "hebo"),
        (40, 196, "112", 8), (80, 196, "Georgian mahogany bureau, c.1790", 8), right_aligned(400, 196, "1,400.00", 8),
        right_aligned(470, 196, "392.00", 8), right_aligned(540, 196, "1,792.00", 8),
        (40, 208, "287", 8), (80, 208, "Pair of Staffordshire spaniels", 8), right_aligned(400, 208, "180.00", 8),
        right_aligned(470, 208, "50.40", 8), right_aligned(540, 208, "230.40", 8),
        (380, 232, "Hammer total", 8.5), right_aligned(540, 232, "1,580.00"),
        (380, 244, "Buyer's premium 28%", 8.5), right_aligned(540, 244, "442.40"),
        (380, 256, "VAT on premium", 8.5), right_aligned(540, 256, "88.48"),
        (380, 270, "Amount due", 9, "hebo"), right_aligned(540, 270, "£2,110.88", 9, "hebo"),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "invoice"
    assert values["customer_information.customer_id"] == "75570"
    assert values["customer_information.customer_name"] == "Mrs Eleanor Whitcombe"
    assert values["financial_data.total_amount"] == 2110.88


def test_a_german_auction_invoice(patterns):
    items = [
        (40, 44, "Kunstauktionshaus Lindner GmbH", 14),
        (40, 60, "Prinzregentenstraße 47", 8.5),
        (40, 72, "80538 München", 8.5),
        (40, 84, "USt-IdNr.: DE287514039", 8.5),
        (390, 44, "AUKTIONSRECHNUNG", 12, "hebo"),
        (390, 64, "Rechnungsnr.: AR-2024-3381", 8.5),
        (390, 76, "Datum: 02.12.2024", 8.5),
        (390, 88, "Auktion: 148. Kunstauktion", 8.5),
        (390, 100, "Bieternummer: 15004", 8.5),
        (40, 118, "Käufer", 8.5, "hebo"),
        (40, 130, "Dr. Friedrich Amsel", 8.5),
        (40, 142, "Maximilianstraße 12", 8.5),
        (40, 154, "86150 Augsburg", 8.5),
        (40, 184, "Los", 8, "hebo"), (80, 184, "Beschreibung", 8, "hebo"), right_aligned(540, 184, "Zuschlag", 8, "hebo"),
        (40, 198, "214", 8), (80, 198, "Max Liebermann, Strandszene in Noordwijk, Öl auf Leinwand", 8),
        right_aligned(540, 198, "54.000,00", 8),
        (40, 210, "352", 8), (80, 210, "Meissen, Tafelaufsatz mit Putten, um 1760", 8),
        right_aligned(540, 210, "6.530,00", 8),
        (360, 234, "Summe Zuschläge", 8.5), right_aligned(540, 234, "60.530,00"),
        (360, 246, "Aufgeld 32 % (inkl. USt)", 8.5), right_aligned(540, 246, "19.369,60"),
        (360, 260, "Gesamtbetrag", 9, "hebo"), right_aligned(540, 260, "79.899,60 €", 9, "hebo"),
        (40, 292, "Differenzbesteuerung gemäß § 25a UStG. Die Umsatzsteuer ist im Aufgeld enthalten", 7.5),
        (40, 302, "und wird nicht gesondert ausgewiesen.", 7.5),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "invoice"
    assert values["vendor_information.vendor_name"] == "Kunstauktionshaus Lindner GmbH"
    assert values["customer_information.customer_name"] == "Dr. Friedrich Amsel"
    assert values["customer_information.customer_id"] == "15004"
    assert "financial_data.tax_amount" not in values  # the premium includes the tax; no tax is shown
    assert values["financial_data.total_amount"] == 79899.60


# 8. Tax-free shopping receipts

def test_an_italian_receipts_vat_share_and_its_tax_free_line(patterns):
    items = [
        (60, 44, "PELLETTERIA SAN LORENZO", 12, "hebo"),
        (60, 58, "Borgo San Lorenzo 31/r - 50123 Firenze", 8),
        (60, 68, "P.IVA 05817240487", 8),
        (60, 92, "DOCUMENTO COMMERCIALE", 9, "hebo"),
        (60, 102, "di vendita o prestazione", 8),
        (60, 124, "DESCRIZIONE", 8), right_aligned(300, 124, "IVA", 8), right_aligned(360, 124, "Prezzo(€)", 8),
        (60, 136, "BORSA PELLE TOSCANA", 8), right_aligned(300, 136, "22%", 8), right_aligned(360, 136, "189,00", 8),
        (60, 146, "PORTAFOGLIO UOMO", 8), right_aligned(300, 146, "22%", 8), right_aligned(360, 146, "57,00", 8),
        (60, 166, "TOTALE COMPLESSIVO", 9, "hebo"), right_aligned(360, 166, "246,00", 9, "hebo"),
        (60, 176, "di cui IVA", 8), right_aligned(360, 176, "44,36", 8),
        (60, 190, "Pagamento elettronico", 8), right_aligned(360, 190, "246,00", 8),
        (60, 210, "TAX FREE - Sistema OTELLO 2.0", 8),
        (60, 220, "Importo rimborsabile", 8), right_aligned(360, 220, "29,52", 8),
        (60, 240, "21-05-2024 16:48", 8), right_aligned(360, 240, "DOC.N. 0184-0027", 8),
        (60, 250, "RT 99MEX041872", 8),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "receipt"
    assert values["financial_data.tax_amount"] == 44.36  # not the "2.0" of "OTELLO 2.0"
    assert values["financial_data.total_amount"] == 246.00


def test_the_company_under_a_shops_sign_is_the_vendor(patterns):
    spanish = drawn_pdf([
        (60, 44, "JOYERÍA ALCÁZAR", 13, "hebo"),
        (60, 60, "Orfebres Alcázar Hermanos S.L. · CIF B41873265", 8),
        (60, 70, "Calle Sierpes 58 · 41004 Sevilla", 8),
        (60, 80, "Tel. 954 22 18 37", 8),
        (60, 104, "FACTURA SIMPLIFICADA", 9, "hebo"),
        (60, 116, "Nº: T01-2024-008412", 8), right_aligned(380, 116, "Fecha: 03/10/2024 12:17", 8),
        (60, 138, "Descripción", 8), right_aligned(380, 138, "Importe", 8),
        (60, 150, "Pendientes plata 925 circonita", 8), right_aligned(380, 150, "89,00", 8),
        (60, 160, "Pulsera eslabones plata", 8), right_aligned(380, 160, "145,00", 8),
        (60, 180, "TOTAL", 9, "hebo"), right_aligned(380, 180, "234,00 €", 9, "hebo"),
        (60, 190, "Base imponible", 8), right_aligned(380, 190, "193,39", 8),
        (60, 200, "IVA 21%", 8), right_aligned(380, 200, "40,61", 8),
        (60, 214, "Tarjeta VISA ****4417", 8), right_aligned(380, 214, "234,00", 8),
        (60, 234, "TAX FREE - Global Blue · Importe a devolver", 8), right_aligned(380, 234, "28,08", 8),
    ])
    values, _ = read(spanish, patterns)
    assert values["vendor_information.vendor_name"] == "Orfebres Alcázar Hermanos S.L."
    assert values["vendor_information.tax_id"] == "B41873265"
    assert values["vendor_information.address"] == "Calle Sierpes 58, 41004 Sevilla"
    french = drawn_pdf([
        (60, 44, "PAPETERIE DU QUAI", 13, "hebo"),
        (60, 60, "Imprimerie Val de Loire SA au capital de 40 000 €", 8),
        (60, 70, "12 quai de la Loire, 37000 Tours", 8),
        (60, 80, "SIRET 512 847 093 00027 · TVA FR41512847093", 8),
        (60, 104, "TICKET DE CAISSE", 9, "hebo"),
        (60, 116, "Ticket n° 4471-0932", 8), right_aligned(380, 116, "Le 14/02/2025 à 10:52", 8),
        (60, 138, "Article", 8), right_aligned(380, 138, "Montant", 8),
        (60, 150, "Stylo plume Waterman Hémisphère", 8), right_aligned(380, 150, "79,90", 8),
        (60, 160, "Carnet cuir A5 gravé", 8), right_aligned(380, 160, "34,50", 8),
        (60, 180, "TOTAL TTC", 9, "hebo"), right_aligned(380, 180, "114,40 €", 9, "hebo"),
        (60, 190, "dont TVA 20%", 8), right_aligned(380, 190, "19,07", 8),
        (60, 204, "Carte bancaire", 8), right_aligned(380, 204, "114,40", 8),
        (60, 224, "Détaxe : bordereau PABLO n° 2502140187", 8),
    ])
    values, _ = read(french, patterns)
    assert values["vendor_information.vendor_name"] == "Imprimerie Val de Loire SA"
    assert values["vendor_information.address"] == "12 quai de la Loire, 37000 Tours"


# 9. Gulf and Jordan tax invoices

def test_an_omani_tax_invoice(patterns):
    items = [
        (40, 44, "Al Batinah Technical Services LLC", 14),
        (40, 60, "Way 3217, Building 1184, Al Khuwair", 8.5),
        (40, 72, "P.O. Box 1457, PC 133, Muscat", 8.5),
        (40, 84, "VATIN: OM1100071280", 8.5),
        (40, 96, "C.R. No: 1284471", 8.5),
        (420, 44, "TAX INVOICE", 13, "hebo"),
        (380, 70, "Invoice No:", 8.5), (460, 70, "BTS/INV/24/0763", 8.5),
        (380, 82, "Invoice Date:", 8.5), (460, 82, "11/08/2024", 8.5),
        (380, 94, "Due Date:", 8.5), (460, 94, "10/09/2024", 8.5),
        (40, 124, "Bill To", 8.5, "hebo"),
        (40, 136, "Sohar Aluminium Fabrication SAOC", 8.5),
        (40, 148, "Plot 412, Falaj Al Qabail Industrial Area, Sohar", 8.5),
        (40, 160, "Customer VATIN: OM1100254817", 8.5),
        (40, 190, "Description", 8, "hebo"), right_aligned(320, 190, "Qty", 8, "hebo"),
        right_aligned(400, 190, "Rate (R.O.)", 8, "hebo"), right_aligned(460, 190, "VAT %", 8, "hebo"),
        right_aligned(540, 190, "Amount (R.O.)", 8, "hebo"),
    ]
    y = 204
    for description, quantity, rate, vat, amount in [
            ("Chiller preventive maintenance - July", "1", "840.000", "5%", "840.000"),
            ("Compressor oil and filters", "3", "146.120", "5%", "438.360"),
            ("Technician call-out (hours)", "5", "5.200", "5%", "26.000")]:
        items += [(40, y, description, 8), right_aligned(320, y, quantity, 8), right_aligned(400, y, rate, 8),
                  right_aligned(460, y, vat, 8), right_aligned(540, y, amount, 8)]
        y += 12
    items += [(380, y + 12, "Total (Excl. VAT)", 8.5), right_aligned(540, y + 12, "R.O. 1,304.360"),
              (380, y + 24, "VAT", 8.5), right_aligned(540, y + 24, "R.O. 65.218"),
              (380, y + 38, "Total (Incl. VAT)", 9, "hebo"), right_aligned(540, y + 38, "R.O. 1,369.578", 9, "hebo")]
    values, _ = read(drawn_pdf(items), patterns)
    assert values["vendor_information.tax_id"] == "OM1100071280"  # not the customer's VATIN
    assert values["financial_data.currency"] == "OMR"
    assert values["financial_data.tax_amount"] == 65.218
    assert values["financial_data.total_amount"] == 1369.578
    assert values["customer_information.customer_name"] == "Sohar Aluminium Fabrication SAOC"


def test_bahraini_and_jordanian_dinars(patterns):
    bahraini = drawn_pdf([
        (40, 44, "Gulf Pearl Catering W.L.L.", 14),
        (40, 60, "Building 2107, Road 2832, Block 428", 8.5),
        (40, 72, "Seef District, Manama", 8.5),
        (40, 84, "VAT Account No: 200018274500002", 8.5),
        (420, 44, "TAX INVOICE", 13, "hebo"),
        (380, 70, "Invoice No:", 8.5), (460, 70, "GPC-5519", 8.5),
        (380, 82, "Date:", 8.5), (460, 82, "04/02/2025", 8.5),
        (40, 112, "Customer", 8.5, "hebo"),
        (40, 124, "Muharraq Logistics Hub B.S.C.", 8.5),
        (40, 136, "Building 311, Road 4317, Arad", 8.5),
        (40, 166, "Description", 8, "hebo"), right_aligned(320, 166, "Qty", 8, "hebo"),
        right_aligned(400, 166, "Unit Price", 8, "hebo"), right_aligned(540, 166, "Amount (BHD)", 8, "hebo"),
        (40, 180, "Staff lunch boxes - January", 8), right_aligned(320, 180, "62", 8),
        right_aligned(400, 180, "2.500", 8), right_aligned(540, 180, "155.000", 8),
        (40, 192, "Delivery charges", 8), right_aligned(320, 192, "1", 8),
        right_aligned(400, 192, "4.065", 8), right_aligned(540, 192, "4.065", 8),
        (380, 214, "Subtotal", 8.5), right_aligned(540, 214, "BHD 159.065"),
        (380, 226, "VAT 10%", 8.5), right_aligned(540, 226, "BHD 15.907"),
        (380, 240, "Total Amount Due", 9, "hebo"), right_aligned(540, 240, "BHD 174.972", 9, "hebo"),
    ])
    values, _ = read(bahraini, patterns)
    assert values["vendor_information.tax_id"] == "200018274500002"
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (159.065, 15.907, 174.972)  # fils, not thousands
    jordanian = drawn_pdf([
        (40, 44, "Petra Medical Equipment Co.", 14),
        (40, 60, "Mecca Street, Building 184, Amman 11953", 8.5),
        (40, 72, "Tax No.: 014827365", 8.5),
        (420, 44, "TAX INVOICE", 13, "hebo"),
        (380, 70, "Invoice No:", 8.5), (460, 70, "PME-24-1102", 8.5),
        (380, 82, "Date:", 8.5), (460, 82, "27/11/2024", 8.5),
        (40, 104, "Customer", 8.5, "hebo"),
        (40, 116, "Al Khalidi Specialty Hospital", 8.5),
        (40, 128, "Ibn Khaldoun Street 37, Amman", 8.5),
        (40, 158, "Description", 8, "hebo"), right_aligned(320, 158, "Qty", 8, "hebo"),
        right_aligned(400, 158, "Unit Price", 8, "hebo"), right_aligned(540, 158, "Amount (JD)", 8, "hebo"),
        (40, 172, "Patient monitor, 12-inch", 8), right_aligned(320, 172, "4", 8),
        right_aligned(400, 172, "1,925.000", 8), right_aligned(540, 172, "7,700.000", 8),
        (40, 184, "Infusion pump", 8), right_aligned(320, 184, "2", 8),
        right_aligned(400, 184, "732.500", 8), right_aligned(540, 184, "1,465.000", 8),
        (380, 206, "Subtotal", 8.5), right_aligned(540, 206, "JD 9,165.000"),
        (380, 218, "Sales Tax 16%", 8.5), right_aligned(540, 218, "JD 1,466.400"),
        (380, 232, "Total (JD)", 9, "hebo"), right_aligned(540, 232, "JD 10,631.400", 9, "hebo"),
    ])
    values, _ = read(jordanian, patterns)
    assert values["financial_data.currency"] == "JOD"
    assert values["financial_data.total_amount"] == 10631.40


# Guards: what the rules above must leave alone.

def test_a_header_grids_date_over_one_row_still_dates_the_advice(patterns):
    """Guard: a row of labels over one row of values ("Date | Description | Method | Amount") is a form,
    and its date is the advice's; the table of invoices paid under it dates only the invoices."""
    document = drawn_pdf([
        (40, 44, "Riverside Garden Centres Ltd", 14),
        (40, 60, "Mill Lane, Evesham WR11 4TF", 8.5),
        (400, 44, "REMITTANCE ADVICE", 12, "hebo"),
        (40, 96, "Supplier", 8.5, "hebo"),
        (40, 108, "Vale Horticultural Supplies Ltd", 8.5),
        (40, 120, "Unit 3, Pershore Trading Estate", 8.5),
        (40, 132, "Pershore WR10 2DH", 8.5),
        (300, 96, "Date", 8, "hebo"), (370, 96, "Description", 8, "hebo"), (450, 96, "Method", 8, "hebo"),
        right_aligned(545, 96, "Amount", 8, "hebo"),
        (300, 108, "18/04/2024", 8.5), (370, 108, "Payment run 16", 8.5), (450, 108, "BACS", 8.5),
        right_aligned(545, 108, "£2,964.30"),
        (40, 166, "Invoice No", 8, "hebo"), (140, 166, "Invoice Date", 8, "hebo"),
        right_aligned(400, 166, "Amount Paid", 8, "hebo"),
        (40, 180, "VHS-30817", 8), (140, 180, "07/03/2024", 8), right_aligned(400, 180, "1,842.10", 8),
        (40, 192, "VHS-30902", 8), (140, 192, "21/03/2024", 8), right_aligned(400, 192, "1,122.20", 8),
        (240, 212, "Total", 8.5, "hebo"), right_aligned(400, 212, "£2,964.30", 8.5, "hebo"),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "remittance_advice"
    assert values["document_date"] == "2024-04-18"
    assert allocation_pairs(values) == [("VHS-30817", 1842.10), ("VHS-30902", 1122.20)]


# 10. A document no cue names the type of is not accepted straight through

def test_a_document_of_no_known_type_is_not_trusted():
    from engine.api import EngineConfig
    from engine.tiers.patterns import PatternTier

    # an auction house's bill titled in a word the patterns do not know: every field may read well,
    # but which block is the issuer's is a guess
    document = drawn_pdf([
        (40, 40, "ZUSCHLAGSAUFSTELLUNG", 14, "hebo"),
        (40, 70, "Auktionshaus Lindner GmbH", 10),
        (40, 82, "Kaiserstraße 12, 60311 Frankfurt am Main", 8.5),
        (40, 94, "USt-IdNr.: DE284913572", 8.5),
        (330, 70, "Nummer: A-2024-3312", 8.5),
        (330, 82, "Datum: 14.03.2024", 8.5),
        (40, 130, "Los", 8, "hebo"), (100, 130, "Beschreibung", 8, "hebo"), (480, 130, "Zuschlag", 8, "hebo"),
        (40, 144, "112", 8), (100, 144, "Standuhr, Eiche, um 1880", 8), (480, 144, "2.400,00", 8),
        (40, 156, "207", 8), (100, 156, "Konvolut Silberbesteck, 24 Teile", 8), (480, 156, "1.150,00", 8),
        (380, 184, "Gesamtbetrag", 8.5), (480, 184, "3.550,00 €", 8.5),
    ])
    result = PatternTier(EngineConfig()).run(document, None)
    assert result.document_type == "unknown"
    assert result.fields.get("financial_data.total_amount") is not None
    assert result.confidence <= 0.8


def test_an_omani_customer_block_and_three_decimal_item_prices(patterns):
    """A customer's company ("... SAOC") over its place with no figure in it, then its VAT number: the
    name and the address apart; rials priced in thousandths in the item table."""
    items = [
        (40, 40, "Al Batinah Technologies LLC", 13), (40, 58, "Way 7506, Building 2176"),
        (40, 70, "Al Ghubrah, Muscat, Sultanate of Oman"), (40, 82, "VATIN: OM1100071280"),
        (380, 40, "TAX INVOICE", 14), (380, 60, "Invoice No.: TI78659"), (380, 72, "Invoice Date: 11 Oct 2024"),
        (40, 110, "Customer", 9, "hebo"), (40, 122, "Sohar Aluminium Fabrication SAOC"),
        (40, 134, "Falaj Al Qabail Industrial Area, Sohar"), (40, 146, "Customer VATIN: OM1100069532"),
        (40, 180, "Description"), (300, 180, "Qty"), (380, 180, "Unit Price"), (500, 180, "Amount (OMR)"),
        (40, 194, "Network cabling Cat6"), (300, 194, "12"), (380, 194, "27.108"), (500, 194, "325.296"),
        (380, 220, "VAT"), (500, 220, "R.O. 16.265"), (380, 232, "Total (Incl. VAT)"), (500, 232, "R.O. 341.561"),
    ]
    values, _ = read(drawn_pdf(items), patterns)
    assert values["customer_information.customer_name"] == "Sohar Aluminium Fabrication SAOC"
    assert values["customer_information.address"] == "Falaj Al Qabail Industrial Area, Sohar"
    assert item_rows(values) == [("Network cabling Cat6", 12.0, 27.108, 325.296)]
