"""Tier 1 rules first written in session 22, each general rather than tied to one layout:

- a Mexican payment receipt (CFDI of type P) is the payee's receipt for a payment: a remittance whose
  letterhead is the payee's; its "Documentos relacionados" table pays each invoice ("Serie-Folio",
  "Importe pagado"; the balance before and after, "Saldo anterior" / "Saldo insoluto", are not paid);
  a company form written "S. de R.L. de C.V." is no sentence; "Col." opens a colonia's line;
- a freight broker's carrier settlement is a remittance; a remittance's header line parted into many
  columns is a header however few of its headings are known; the broker's quick-pay fee is a
  deduction; "Carrier ID" is the payee's number in the payer's books;
- a name in large type and a form's label in small type beside it are two segments;
- a quick-pay e-mail names the payee in a sentence ("has been paid to ..."), the payer in its
  signature after a department and a middle dot;
- a Polish fiscal receipt: its price set against the multiplication sign ("2 x11,72"), "SUMA PLN",
  "Suma PTU", the number before "#Kasa", a Polish postcode ("30-059 Kraków");
- a Dominican e-CF: RNC, the buyer's "Razón social comprador", "Total ITBIS", the peso in brackets
  ("Monto total (DOP)"), and the number series' expiry ("Fecha de vencimiento" over "secuencia") is no
  due date;
- a Tunisian facture: "M.F." is the tax number, the stamp duty is tax beside the VAT, "DT" the dinar,
  a word in Arabic letters beside the name is no part of it, a payment method "à 30 jours" is the terms;
- a Taiwanese uniform invoice: the Republic of China's years, the unified business number, buyer and
  seller, "NT$", and a number whose shape the law fixes ("EQ88267574") standing alone;
- a supplier's co-op marketing credit: "Credit to:" names the customer;
- a cloud provider's invoice: "Total pre-tax" is the net, "due by" a date in a total's line is the due
  date, and a letterhead's line far right of the title "Invoice" in large type is not its number.
"""

from __future__ import annotations

from decimal import Decimal

import pymupdf
import pytest
from drawn_documents import allocation_pairs, drawn_lines, drawn_pdf, item_rows, read

from engine.layout import build_layout
from engine.locale_hint import country_currency
from engine.normalize.amounts import find_amounts
from engine.normalize.currencies import find_currency
from engine.normalize.dates import find_dates
from engine.pattern_files import load_patterns


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def test_a_mexican_payment_receipt_pays_its_related_documents(patterns):
    document = drawn_pdf([
        (36, 40, "Comercial Sierra Madre S. de R.L. de C.V.", 12),
        (400, 40, "RECIBO ELECTRÓNICO DE PAGO", 10),
        (36, 56, "RFC: CSM910214AB3", 7.5), (330, 56, "Folio", 7.5), (410, 56, "2231", 7.5),
        (36, 68, "Régimen fiscal: 601 - General de Ley Personas Morales", 7.5),
        (330, 68, "Fecha de emisión", 7.5), (410, 68, "2025-03-11T10:02:17", 7.5),
        (36, 80, "Av. Insurgentes Sur 1432", 7.5),
        (36, 92, "Col. Del Valle", 7.5),
        (36, 104, "Benito Juárez, CDMX", 7.5),
        (36, 116, "C.P. 03100", 7.5),
        (36, 140, "Receptor", 8), (36, 152, "Nombre", 7.5), (120, 152, "Ferretera del Bajío S.A. de C.V.", 7.5),
        (36, 164, "RFC", 7.5), (120, 164, "FBA030512KL9", 7.5),
        (36, 190, "Complemento de pago · Pago 1", 8),
        (36, 204, "Fecha de pago", 7.5), (160, 204, "2025-03-10T12:00:00", 7.5),
        (36, 216, "Moneda de pago", 7.5), (160, 216, "MXN", 7.5),
        (36, 228, "Monto", 7.5), (160, 228, "$95,700.00", 7.5),
        (36, 240, "Número de operación", 7.5), (160, 240, "77120045", 7.5),
        (36, 266, "Documentos relacionados", 8),
        (36, 280, "Id documento", 7), (200, 280, "Serie-Folio", 7), (260, 280, "Moneda", 7), (300, 280, "Parc.", 7),
        (340, 280, "Saldo anterior", 7), (410, 280, "Importe pagado", 7), (480, 280, "Saldo insoluto", 7),
        (36, 294, "5C1D2E3F-0A1B-4C2D-8E3F-112233445566", 7), (200, 294, "A1187", 7), (260, 294, "MXN", 7),
        (300, 294, "1", 7), (340, 294, "60,500.00", 7), (410, 294, "60,500.00", 7), (480, 294, "0.00", 7),
        (36, 308, "6D2E3F40-1B2C-4D3E-9F40-223344556677", 7), (200, 308, "A1190", 7), (260, 308, "MXN", 7),
        (300, 308, "2", 7), (340, 308, "48,000.00", 7), (410, 308, "35,200.00", 7), (480, 308, "12,800.00", 7),
        (300, 330, "Monto total de pagos (MXN)", 7.5), (480, 330, "95,700.00", 7.5),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "remittance_advice"
    assert allocation_pairs(values) == [("A1187", 60500.00), ("A1190", 35200.00)]
    assert values["payment_information.payment_amount"] == 95700.00
    assert values["payment_information.payment_reference"] == "77120045"
    assert values["payment_information.payment_date"] == "2025-03-10"
    assert values["vendor_information.vendor_name"] == "Comercial Sierra Madre S. de R.L. de C.V."
    assert values["vendor_information.address"] == "Av. Insurgentes Sur 1432, Col. Del Valle, Benito Juárez, CDMX, C.P. 03100"
    assert values["customer_information.customer_name"] == "Ferretera del Bajío S.A. de C.V."


CARRIER_SETTLEMENT = [
    (36, 40, "Prairie Freight Brokerage, Inc.", 13),
    (36, 56, "8120 Commerce Drive", 7), (36, 66, "Omaha, NE 68127", 7),
    (36, 90, "CARRIER SETTLEMENT STATEMENT", 11),
    (360, 90, "Carrier ID", 7), (440, 90, "CR-40917", 7),
    (360, 100, "Payment #", 7), (440, 100, "QP-558120", 7),
    (360, 110, "Payment Date", 7), (440, 110, "March 4, 2025", 7),
    (36, 120, "Pay to:", 7), (36, 130, "Redwing Haulers LLC", 7), (36, 140, "4410 Canyon Road", 7),
    (36, 150, "Flagstaff, AZ 86001", 7),
    (36, 176, "Load #", 6.5), (80, 176, "Your Invoice", 6.5), (130, 176, "BOL #", 6.5), (170, 176, "Pick-up", 6.5),
    (210, 176, "Lane", 6.5), (300, 176, "Linehaul", 6.5), (340, 176, "Fuel SC", 6.5), (380, 176, "Acc.", 6.5),
    (410, 176, "Gross", 6.5), (450, 176, "QP Fee", 6.5), (490, 176, "Ded.", 6.5), (530, 176, "Net Paid", 6.5),
    (36, 190, "7710221", 6.5), (80, 190, "RH-3312", 6.5), (130, 190, "55120934", 6.5), (170, 190, "02/11/25", 6.5),
    (210, 190, "Tulsa, OK - Dallas, TX", 6.5), (300, 190, "2,100.00", 6.5), (340, 190, "420.00", 6.5),
    (410, 190, "2,520.00", 6.5), (450, 190, "(75.60)", 6.5), (530, 190, "2,444.40", 6.5),
    (36, 204, "7710388", 6.5), (80, 204, "RH-3318", 6.5), (130, 204, "55121877", 6.5), (170, 204, "02/14/25", 6.5),
    (210, 204, "Wichita, KS - Denver, CO", 6.5), (300, 204, "1,850.00", 6.5), (340, 204, "370.00", 6.5),
    (410, 204, "2,220.00", 6.5), (450, 204, "(66.60)", 6.5), (490, 204, "(500.00)", 6.5), (530, 204, "1,653.40", 6.5),
    (410, 224, "Net Payment", 7), (530, 224, "$4,097.80", 7),
]


def test_a_brokers_carrier_settlement_pays_each_load_net_of_its_fees(patterns):
    values, document_type = read(drawn_pdf(CARRIER_SETTLEMENT), patterns)
    assert document_type == "remittance_advice"
    assert allocation_pairs(values) == [("RH-3312", 2444.40), ("RH-3318", 1653.40)]
    assert values["payment_information.payment_amount"] == 4097.80
    assert values["vendor_information.vendor_id"] == "CR-40917"
    assert values["vendor_information.vendor_name"] == "Redwing Haulers LLC"
    assert values["customer_information.customer_name"] == "Prairie Freight Brokerage, Inc."


def test_an_items_header_with_many_unknown_headings_still_needs_known_ones(patterns):
    # The allowance for a remittance's wide header does not make a schedule's line of headings an
    # items table: "Item" and "Amount" alone among unknown words stay prose there.
    document = drawn_pdf([
        (36, 40, "INVOICE", 14), (400, 40, "Invoice No. 5521"), (400, 52, "Date 03/03/2025"),
        (36, 90, "Item"), (80, 90, "Scope"), (130, 90, "Phase"), (170, 90, "Crew"), (210, 90, "Zone"),
        (250, 90, "Shift"), (290, 90, "Grade"), (330, 90, "Level"), (400, 90, "Amount"),
        (36, 104, "Excavation of the north trench"), (400, 104, "1,200.00"),
        (300, 130, "Total"), (400, 130, "1,200.00"),
    ])
    values, _ = read(document, patterns)
    assert not item_rows(values)


def test_a_name_in_large_type_and_a_small_label_beside_it_are_two_segments():
    # The gap is a word space of the large type: against the line's height it reads as none.
    name = "Great Plains Transportation Brokerage, LLC"
    label_at = 30 + pymupdf.get_text_length(name, fontname="helv", fontsize=13) + 7
    document = drawn_pdf([(30, 50, name, 13), (label_at, 48, "Payment ID", 6.5), (445, 48, "ACH1192773", 6.5)])
    line = build_layout(document).pages[0].lines[0]
    assert [segment.text for segment in line] == ["Great Plains Transportation Brokerage, LLC", "Payment ID",
                                                  "ACH1192773"]


def test_a_quick_pay_mail_names_the_payee_in_a_sentence_and_the_payer_in_its_signature(patterns):
    document = drawn_pdf([
        (30, 40, "Nadia Ruiz"),
        (33, 54, "From:"), (93, 54, "Carrier Pay <carrierpay@tristate.example>"),
        (33, 66, "Sent:"), (93, 66, "Monday, May 5, 2025 09:12 AM"),
        (33, 78, "To:"), (93, 78, "billing@ruizfreight.example"),
        (33, 90, "Subject:"), (93, 90, "Payment Confirmation - Carrier Pay #ACH7781204"),
        (30, 112, "Hi Nadia,"),
        (30, 126, "Thank you for hauling with Tristate Logistics LLC. The following load has been paid to Ruiz "
                  "Freight LLC via QuickPay on May 5, 2025."),
        (34, 150, "Load"), (136, 150, "Invoice"), (288, 150, "Invoice Amount"), (406, 150, "QuickPay Fee"),
        (520, 150, "Amount Paid"),
        (34, 164, "2088120"), (136, 164, "4417"), (313, 164, "$3,100.00"), (427, 164, "-$93.00"),
        (533, 164, "$3,007.00"),
        (30, 184, "Total paid: $3,007.00"),
        (30, 204, "Thanks,"), (30, 216, "Owen Patel"),
        (30, 228, "Carrier Relations · Tristate Logistics LLC"),
        (30, 240, "(402) 555-0182 · MC# 512287"),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "Ruiz Freight LLC"
    assert values["customer_information.customer_name"] == "Tristate Logistics LLC"
    assert "customer_information.address" not in values


def test_a_polish_fiscal_receipt(patterns):
    document = drawn_pdf([
        (20, 20, "Piekarnia Kolorowa Sp. z o.o."), (40, 30, "ul. Miodowa 12"), (40, 40, "31-055 Kraków"),
        (40, 50, "NIP 6762471190"),
        (12, 62, "2025-02-14"), (100, 62, "nr wydr.118204"),
        (30, 78, "PARAGON FISKALNY", 11),
        (12, 92, "Chleb razowy 500g"), (20, 102, "2 x6,40"), (125, 102, "12,80 C"),
        (12, 114, "Kawa mielona 250g"), (20, 124, "1 x21,99"), (125, 124, "21,99 A"),
        (12, 136, "Jogurt 400g"), (20, 146, "3 x7,49"), (125, 146, "22,47 C"),
        (12, 160, "Sprzedaż opodatk. A"), (130, 160, "21,99"),
        (12, 170, "Kwota A 23,00%"), (135, 170, "4,11"),
        (12, 180, "Sprzedaż opodatk. C"), (130, 180, "35,27"),
        (12, 190, "Kwota C 05,00%"), (135, 190, "1,68"),
        (12, 200, "Suma PTU"), (135, 200, "5,79"),
        (12, 214, "SUMA PLN", 11), (120, 214, "57,26", 11),
        (12, 228, "Karta płatnicza"), (130, 228, "57,26"),
        (12, 242, "00871 #Kasa 2 Kasjer nr 14"), (130, 242, "10:41"),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "receipt"
    assert values["financial_data.total_amount"] == 57.26
    assert values["financial_data.tax_amount"] == 5.79
    assert values["financial_data.currency"] == "PLN"
    assert values["invoice_ids.0"] == "00871"
    assert values["vendor_information.address"] == "ul. Miodowa 12, 31-055 Kraków"
    assert [(row[0], row[1], row[2], row[3]) for row in item_rows(values)] == [
        ("Chleb razowy 500g", 2.0, 6.40, 12.80), ("Kawa mielona 250g", 1.0, 21.99, 21.99),
        ("Jogurt 400g", 3.0, 7.49, 22.47)]


def test_a_dominican_ecf_and_its_number_series_expiry(patterns):
    document = drawn_pdf([
        (36, 40, "Distribuidora Yaque SRL", 12), (36, 54, "RNC: 1-31-77420-6"),
        (36, 66, "Av. 27 de Febrero No. 412"), (36, 78, "Santo Domingo, D.N."),
        (340, 40, "Factura de Crédito Fiscal Electrónica", 10),
        (340, 56, "e-NCF"), (450, 56, "E310000418822"),
        (340, 68, "Fecha de emisión"), (450, 68, "14-05-2025"),
        (340, 80, "Fecha de vencimiento"), (450, 80, "31-12-2026"), (340, 92, "secuencia"),
        (44, 120, "RNC Comprador"), (154, 120, "131559082"),
        (44, 132, "Razón social comprador"), (154, 132, "Hotelera del Este, S.A."),
        (44, 144, "Dirección"), (154, 144, "Carretera Mella Km 22, Santo Domingo Este"),
        (44, 170, "Cantidad"), (90, 170, "Descripción"), (330, 170, "Precio unitario"), (420, 170, "ITBIS"),
        (520, 170, "Valor"),
        (44, 184, "4"), (90, 184, "Bombillo LED 12W"), (360, 184, "250.00"), (420, 184, "18%"), (520, 184, "1,000.00"),
        (330, 210, "Subtotal"), (520, 210, "1,000.00"),
        (330, 222, "Total ITBIS"), (520, 222, "180.00"),
        (330, 234, "Monto total (DOP)"), (520, 234, "1,180.00"),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "invoice"
    assert values["vendor_information.tax_id"] == "1-31-77420-6"
    assert values["invoice_ids.0"] == "E310000418822"
    assert values["customer_information.customer_name"] == "Hotelera del Este, S.A."
    assert values["customer_information.address"] == "Carretera Mella Km 22, Santo Domingo Este"
    assert values["financial_data.tax_amount"] == 180.00
    assert values["financial_data.total_amount"] == 1180.00
    assert values["financial_data.currency"] == "DOP"
    assert "payment_terms.due_date" not in values


def test_a_tunisian_facture_counts_its_stamp_duty_as_tax(patterns):
    document = drawn_pdf([
        (36, 40, "STE CARTHAGE EMBALLAGE SARL", 14),
        (36, 54, "Zone Industrielle Ben Arous"), (36, 66, "2013 Ben Arous"),
        (36, 78, "Tél. : +216 71 504 877 · Fax : +216 71 504 874"),
        (36, 90, "M.F. : 1288734KAM000 · R.C. : B24417712016"),
        (480, 54, "FACTURE", 14), (340, 70, "Facture N°"), (420, 70, "FV25/00412"),
        (340, 82, "Date"), (420, 82, "12/06/2025"),
        (36, 120, "Client :"), (36, 132, "Société Sahel Agro SA"), (36, 144, "Route de Monastir Km 4"),
        (36, 156, "4000 Sousse"),
        (36, 184, "Désignation"), (260, 184, "Qté"), (300, 184, "P.U. HT"), (380, 184, "Total HT"),
        (36, 198, "Carton ondulé 60x40x40"), (260, 198, "40"), (300, 198, "10,849"), (380, 198, "433,960"),
        (36, 226, "Mode de règlement : Chèque à 30 jours"),
        (340, 240, "Total HT"), (440, 240, "433,960"),
        (340, 252, "Total TVA"), (440, 252, "82,450"),
        (340, 264, "Timbre fiscal"), (440, 264, "1,000"),
        (340, 276, "Net à payer"), (440, 276, "517,410 DT"),
        (36, 300, "RIB : 12 255 9064627037491 72 · contact@carthage.example"),
    ])
    values, _ = read(document, patterns)
    assert values["vendor_information.vendor_name"] == "STE CARTHAGE EMBALLAGE SARL"
    assert values["vendor_information.tax_id"] == "1288734KAM000"
    assert values["financial_data.currency"] == "TND"
    assert values["financial_data.net_amount"] == 433.96
    assert values["financial_data.tax_amount"] == 83.45
    assert values["financial_data.total_amount"] == 517.41
    assert values["payment_terms.payment_terms"] == "Chèque à 30 jours"


def test_a_name_and_a_word_of_another_script_beside_it_are_two_things(patterns):
    # ("STE KAIROUAN DISTRIBUTION SARL  فاتورة": the title in Arabic letters is no part of the name)
    document = drawn_lines([(36, 40, "STE CARTHAGE EMBALLAGE SARL"), (190, 40, "فاتورة"),
                            (36, 54, "Zone Industrielle Ben Arous"), (36, 66, "2013 Ben Arous"),
                            (340, 70, "Facture N°"), (420, 70, "FV25/00412"), (340, 82, "Date"), (420, 82, "12/06/2025"),
                            (340, 240, "Total HT"), (440, 240, "433,960")])
    values, _ = read(document, patterns)
    assert values["vendor_information.vendor_name"] == "STE CARTHAGE EMBALLAGE SARL"


def test_a_taiwanese_uniform_invoice(patterns):
    document = drawn_lines([
        (200, 40, "統一發票 (三聯式)"),
        (180, 56, "中華民國 114 年 3 月 18 日"),
        (200, 70, "KT50213377"),
        (36, 96, "買受人"), (100, 96, "永光貿易有限公司"),
        (36, 108, "統一編號"), (100, 108, "52418890"),
        (36, 120, "地址"), (100, 120, "臺北市中山區南京東路二段88號7樓"),
        (36, 146, "品名"), (260, 146, "數量"), (320, 146, "單價"), (400, 146, "金額"),
        (36, 160, "雷射碳粉匣 黑色"), (260, 160, "4"), (320, 160, "2,150"), (400, 160, "8,600"),
        (36, 172, "運費"), (260, 172, "1"), (320, 172, "400"), (400, 172, "400"),
        (36, 196, "銷售額合計"), (400, 196, "9,000"),
        (36, 208, "營業稅"), (400, 208, "450"),
        (36, 220, "總計"), (400, 220, "9,450"),
        (36, 650, "統一發票專用章"),
        (36, 662, "宏達電子股份有限公司"),
        (36, 674, "統一編號 27781405"),
        (36, 686, "臺南市東區中華東路一段100號3樓"),
        (36, 698, "電話 (06)2201-5566"),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "invoice"
    assert values["document_date"] == "2025-03-18"
    assert values["invoice_ids.0"] == "KT50213377"
    assert values["customer_information.customer_name"] == "永光貿易有限公司"
    assert values["vendor_information.vendor_name"] == "宏達電子股份有限公司"
    assert values["vendor_information.tax_id"] == "27781405"
    assert values["vendor_information.address"] == "臺南市東區中華東路一段100號3樓"
    assert values["financial_data.currency"] == "TWD"
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (9000, 450, 9450)


def test_a_co_op_marketing_credit_is_a_credit_note_to_its_customer(patterns):
    document = drawn_pdf([
        (44, 40, "ALDER", 12), (326, 40, "CO-OP MARKETING CREDIT", 15),
        (36, 60, "Alder & Finch Inc."), (329, 60, "Credit Note No."), (429, 60, "MDF-25-0192"),
        (36, 72, "118 Elm Street"), (329, 72, "Date"), (429, 72, "April 2, 2025"),
        (36, 84, "Hartford, CT 06103"), (329, 84, "Claim No."), (429, 84, "CLM-2025-0311"),
        (42, 120, "Credit to:"), (42, 132, "Brightline Home Stores Inc"), (42, 144, "77 Harbor Road"),
        (42, 156, "Portland, ME 04101"),
        (40, 184, "Activity", 7), (426, 184, "Claimed", 7), (539, 184, "Approved", 7),
        (40, 198, "Endcap display - spring"), (418, 198, "$4,200.00"), (531, 198, "($4,200.00)"),
        (40, 224, "Total credit"), (527, 224, "($4,200.00)"),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "credit_note"
    assert values["customer_information.customer_name"] == "Brightline Home Stores Inc"
    assert values["customer_information.address"] == "77 Harbor Road, Portland, ME 04101"
    assert values["vendor_information.vendor_name"] == "Alder & Finch Inc."


def test_a_cloud_invoice_due_by_a_date_in_its_total_line(patterns):
    document = drawn_pdf([
        (46, 50, "● NB", 9), (329, 46, "Nimbus Cloud EMEA SARL", 8),
        (329, 58, "38 Avenue John F. Kennedy", 8),
        (36, 72, "Invoice", 16), (329, 70, "L-1855 Luxembourg", 8),
        (329, 82, "VAT Registration Number: LU27461120", 8),
        (39, 96, "Invoice number", 8), (149, 96, "4410287731", 8),
        (39, 108, "Invoice date", 8), (149, 108, "1 Feb 2025", 8),
        (329, 100, "Bill to", 8), (329, 112, "Kestrel Analytics Ltd", 8), (329, 124, "14 Mill Lane", 8),
        (329, 136, "Bristol BS1 4DJ", 8),
        (39, 160, "Total amount due by 3 Mar 2025: £240.00", 8),
        (39, 184, "Charges", 8), (400, 184, "£200.00", 8),
        (39, 196, "Total pre-tax", 8), (400, 196, "£200.00", 8),
        (39, 208, "VAT 20%", 8), (400, 208, "£40.00", 8),
        (39, 220, "Total (GBP)", 8), (400, 220, "£240.00", 8),
    ])
    values, _ = read(document, patterns)
    assert values["invoice_ids.0"] == "4410287731"
    assert values["vendor_information.address"] == "38 Avenue John F. Kennedy, L-1855 Luxembourg"
    assert values["payment_terms.due_date"] == "2025-03-03"
    assert values["financial_data.net_amount"] == 200.00
    assert values["financial_data.total_amount"] == 240.00


def test_currencies_in_brackets_after_a_figure_and_in_signs():
    assert [m.code for m in find_currency("Monto total (DOP)", None)] == ["DOP"]
    assert find_currency("Qty (ALL)", None) == []  # a word in brackets, not the lek
    assert [m.code for m in find_currency("Total TTC 517,410 DT", None)] == ["TND"]
    assert [m.code for m in find_currency("Net à payer : 67 463,48 DA", None)] == ["DZD"]
    assert find_currency("Da Silva 12", None) == []  # before a figure "da" is no dinar
    assert [m.code for m in find_currency("總計 NT$75,684", None)] == ["TWD"]
    assert [m.code for m in find_currency("RD$ 1,180.00", None)] == ["DOP"]


def test_dates_of_the_republic_of_china_and_a_date_glued_to_its_label():
    assert [m.value.isoformat() for m in find_dates("中華民國 113 年 12 月 4 日")] == ["2024-12-04"]
    assert [m.value.isoformat() for m in find_dates("發票日期112年01月20日")] == ["2023-01-20"]
    assert [m.value.isoformat() for m in find_dates("發票日期2023/11/12")] == ["2023-11-12"]
    assert find_dates("令和05年3月1日") == []  # a Japanese era's year is not the Republic's
    assert [m.value.isoformat() for m in find_dates("2023年09月24日")] == ["2023-09-24"]


def test_a_tunisian_amount_with_its_dinar_sign_reads_as_an_amount():
    found = find_amounts("256,850 DT", "TN")
    assert len(found) == 1 and found[0].amount.currency == "TND"
    assert found[0].amount.value in (Decimal("256.850"), Decimal("256850"))


def test_a_bilingual_canadian_eft_advice(patterns):
    # A payer named with a bank word in it ("... Transit Commission", "500 Transit Way") gives no bank
    # details; the payee in the envelope window is a "Ltée"; the header's French wraps under each
    # English heading ("Invoice No. / N°" over "de facture", "Invoice" over "Date / Date").
    document = drawn_pdf([
        (40, 44, "Bellhaven Regional Transit Commission", 11), (342, 44, "EFT REMITTANCE ADVICE", 13),
        (40, 60, "Accounts Payable Section"), (345, 62, "Supplier No."), (425, 62, "840815"),
        (40, 72, "500 Transit Way"), (345, 74, "Payment No."), (425, 74, "TEF7094177"),
        (40, 84, "Winnipeg MB R3C 4T3"), (345, 86, "Payment Date"), (425, 86, "March 19, 2023"),
        (40, 110, "Thornton Analytics Ltée"), (345, 110, "Bank"), (425, 110, "Institution 002 Transit 26249"),
        (40, 122, "2557 Centre Street"), (40, 134, "Moncton NB E1C 4G4"),
        (44, 160, "Invoice No. / N°", 7), (135, 160, "Invoice", 7), (199, 160, "PO No. / N°", 7),
        (340, 160, "Gross / Brut", 7), (425, 160, "Deductions /", 7), (500, 160, "Net Paid / Net", 7),
        (44, 169, "de facture", 7), (135, 169, "Date / Date", 7), (199, 169, "de BC", 7), (444, 169, "Retenues", 7),
        (548, 169, "payé", 7),
        (44, 184, "2024-74282"), (135, 184, "2024-04-15"), (199, 184, "45221838"), (340, 184, "28,124.95"),
        (444, 184, "562.50"), (520, 184, "27,562.45"),
        (44, 198, "2024-74310"), (135, 198, "2024-05-12"), (199, 198, "45184269"), (340, 198, "33,502.29"),
        (520, 198, "33,502.29"),
        (340, 222, "Total EFT Payment"), (520, 222, "61,064.74"),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "remittance_advice"
    assert allocation_pairs(values) == [("2024-74282", 27562.45), ("2024-74310", 33502.29)]
    assert values["vendor_information.vendor_name"] == "Thornton Analytics Ltée"
    assert values["vendor_information.vendor_id"] == "840815"
    assert values["payment_information.payment_reference"] == "TEF7094177"
    assert values["customer_information.customer_name"] == "Bellhaven Regional Transit Commission"


def test_a_german_correction_totals_its_korrekturbetrag_and_an_austrian_gesmbh_is_a_company(patterns):
    document = drawn_pdf([
        (40, 40, "Kärntner Installationen e.U. · Alter Platz 164 · 9020 Klagenfurt", 6),
        (40, 56, "Leitner Gebäudereinigung Ges.m.b.H."), (40, 68, "Favoritenstraße 6/6"), (40, 80, "1100 Wien"),
        (360, 56, "Rechnungskorrektur-Nr."), (460, 56, "2024-K130"), (360, 68, "Datum"), (460, 68, "22.05.2024"),
        (40, 130, "Pos."), (80, 130, "Bezeichnung"), (480, 130, "Gesamt"),
        (40, 144, "1"), (80, 144, "Jahresbonus 2023: 5 % auf den Nettoumsatz"), (480, 144, "-3.125,00"),
        (360, 170, "Summe netto"), (480, 170, "-3.125,00 €"),
        (360, 182, "zzgl. 19 % USt"), (480, 182, "-593,75 €"),
        (360, 194, "Korrekturbetrag"), (480, 194, "-3.718,75 €"),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "credit_note"
    assert values["financial_data.total_amount"] == -3718.75
    assert values["customer_information.customer_name"] == "Leitner Gebäudereinigung Ges.m.b.H."


def test_an_icelandic_kennitala_says_the_krona():
    # "kr." is any Nordic crown; the kennitala and the VSK number say which
    document = drawn_pdf([(40, 40, "Heklaráðgjöf hf."), (40, 52, "Laugavegur 2"), (40, 64, "220 Hafnarfjörður"),
                          (40, 76, "Kt. 670965-5469 · VSK-nr. 158316"), (360, 200, "Samtals"), (460, 200, "-172.156 kr.")])
    assert country_currency(build_layout(document)) == "ISK"
