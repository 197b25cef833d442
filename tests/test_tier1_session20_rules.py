"""Tier 1 rules first written in session 20, each general rather than tied to one layout:

- a UK payer's remittance letter: the payee's block in the envelope window at the top left, the
  payer's own at the right with its VAT number, the letter signed for the payer ("Yours faithfully,"
  / "Accounts Payable" / "Cedar Supply Ltd"): the signer is the issuer, whatever block comes first;
  the payer's VAT number is not the payee's; "Our supplier number for you" is the vendor id; a
  reference named in a sentence after the bank details ("... (sort code 23-24-94, account ending
  3182) with the reference" / "FP250922536. The payment comprises ...") ends with its sentence, and a
  payer's run name in capitals is part of it ("NORTHWIND PAY 0428"); "We have today made a payment"
  pays on the letter's date; a title in large type beside the payer's name is no part of the name;
- Finnish, Icelandic, Bulgarian and Serbian (Cyrillic) label lists, their street words ("-katu",
  "-stræti"), company forms (Oy, Ky, ehf., ЕООД, ДОО), the lev ("лв.") and the dinar in a label
  ("UKUPNO ZA UPLATU (din.)"), a period of days alone beside its label ("Рок плаћања  60 дана");
- an IBAN's country names the currency when nothing else does ("IBAN IS31 0515 ...": krónur);
- Costa Rican and Guatemalan e-invoices: "Consecutivo", "Cédula Jurídica", "Total Comprobante",
  the colón "₡"; "Número de DTE" outranks the "Serie" above it; "12 AWG" is a wire gauge; "del" in
  a company's name ("Servicios del Valle Sociedad Anónima") is no date label; "CONSUMIDOR FINAL"
  (a sale to the public) names no customer;
- a spreadsheet printed with its grid headings: row numbers down the margin and column letters
  across the top are no part of the text.
"""

from __future__ import annotations

import pymupdf
import pytest
from drawn_documents import drawn_lines, drawn_pdf, read

from engine.document import Word, load_document
from engine.language import language_doubt
from engine.layout import build_layout
from engine.locale_hint import country_currency
from engine.normalize.currencies import find_currency
from engine.pattern_files import load_patterns
from engine.spreadsheet_print import grid_headings


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


# ---- a UK payer's remittance letter ---------------------------------------------------------------

def _bacs_letter(payee_left: bool = True) -> list[tuple]:
    payee = [(48, 50, "Granite Office Solutions Ltd.", 10), (48, 63, "354 Albion Place"), (48, 76, "Glasgow"),
             (48, 89, "G2 5QR")]
    payer = [(301, 50, "Cedar Supply Ltd", 12), (301, 66, "Unit 26, Enterprise Business Park"),
             (301, 79, "413 Kingsway"), (301, 92, "Cardiff"), (301, 105, "CF10 1EP"),
             (301, 118, "Tel: 0133 612 5267"), (301, 130, "VAT Reg No: GB 163 0020 23")]
    return [
        *(payee if payee_left else []), *payer,
        (45, 154, "20/09/2025"),
        (45, 167, "Our supplier number for you: S7949"),
        (45, 180, "Our account number with you: CEDA577"),
        (45, 200, "Dear Sir or Madam,"),
        (45, 214, "Remittance Advice - payment by BACS"),
        (45, 236, "We have today made a payment of £30,567.70 to your account (sort code 23-24-94, account ending 3182) with the reference"),
        (45, 248, "NORTHWIND PAY 0428. The payment comprises the items listed below."),
        (49, 268, "Your Ref"), (140, 268, "Our Ref"), (230, 268, "Invoice Date"), (330, 268, "Gross"),
        (400, 268, "Discount"), (480, 268, "Net Paid"),
        (49, 282, "25988"), (140, 282, "PI-07451"), (230, 282, "05/07/2025"), (330, 282, "12,090.90"),
        (400, 282, "0.00"), (480, 282, "12,090.90"),
        (49, 296, "25985"), (140, 296, "PI-07425"), (230, 296, "11/07/2025"), (330, 296, "18,476.80"),
        (400, 296, "0.00"), (480, 296, "18,476.80"),
        (388, 316, "Total payment"), (480, 316, "£30,567.70"),
        (45, 340, "If you have any queries regarding this payment please contact the Accounts Payable team."),
        (45, 360, "Yours faithfully,"), (45, 390, "Accounts Payable"), (45, 402, "Cedar Supply Ltd"),
    ]


def test_a_uk_remittance_letter_is_issued_by_the_company_that_signs_it(patterns):
    values, document_type = read(drawn_pdf(_bacs_letter()), patterns)
    assert document_type == "remittance_advice"
    # the payee (the supplier paid) is the vendor, the signing payer the customer
    assert values["vendor_information.vendor_name"] == "Granite Office Solutions Ltd."
    assert values["vendor_information.address"] == "354 Albion Place, Glasgow, G2 5QR"
    assert values["customer_information.customer_name"] == "Cedar Supply Ltd"
    assert values["customer_information.address"].startswith("Unit 26, Enterprise Business Park, 413 Kingsway")
    # the VAT number in the payer's block is the payer's, not the payee's
    assert "vendor_information.tax_id" not in values
    assert values["vendor_information.vendor_id"] == "S7949"
    assert values["customer_information.customer_id"] == "CEDA577"


def test_a_reference_after_bank_details_ends_with_its_sentence_and_keeps_its_capitals(patterns):
    values, _ = read(drawn_pdf(_bacs_letter()), patterns)
    assert values["payment_information.payment_reference"] == "NORTHWIND PAY 0428"
    # "We have today made a payment": paid on the letter's date
    assert values["payment_information.payment_date"] == "2025-09-20"
    assert values["payment_information.payment_amount"] == 30567.70


def test_a_title_beside_the_payers_name_is_no_part_of_it(patterns):
    items = [
        (48, 60, "REMITTANCE ADVICE", 20),
        (48, 88, "To", 7), (48, 100, "Northwind Cloud Services Ltd."), (48, 113, "168 Albion Place"),
        (48, 126, "Glasgow"), (48, 139, "G2 5QR"),
        (326, 55, "Holloway Analytics Ltd", 12), (326, 68, "209 Victoria Street"), (326, 81, "Cardiff"),
        (326, 94, "CF10 1EP"), (326, 107, "Tel: 0147 854 7887"), (326, 119, "VAT Reg No: GB 688 6239 74"),
        (48, 172, "Payment Date"), (138, 172, "03/07/2024"),
        (48, 185, "Reference"), (138, 185, "PAYRUN 552"),
        (48, 198, "Amount Paid"), (138, 198, "GBP 15,115.20"),
        (49, 232, "Invoice Number"), (140, 232, "Invoice Date"), (260, 232, "Amount Paid"),
        (49, 246, "INV24360"), (140, 246, "30/04/2024"), (260, 246, "7,772.72"),
        (49, 260, "INV24356"), (140, 260, "03/06/2024"), (260, 260, "7,342.48"),
        (200, 280, "Total GBP"), (260, 280, "15,115.20"),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "remittance_advice"
    assert values["customer_information.customer_name"] == "Holloway Analytics Ltd"
    assert values["vendor_information.vendor_name"] == "Northwind Cloud Services Ltd."
    assert values["payment_information.payment_reference"] == "PAYRUN 552"
    assert "vendor_information.tax_id" not in values


def test_a_letter_signed_for_its_first_block_keeps_it_as_the_issuer(patterns):
    # Signed for the payer whose block comes first: nothing to reorder.
    items = [(x + 253 if x < 300 else x - 253, y, *rest) for x, y, *rest in _bacs_letter()[:11]]
    values, _ = read(drawn_pdf([*items, *_bacs_letter()[11:]]), patterns)
    assert values["customer_information.customer_name"] == "Cedar Supply Ltd"
    assert values["vendor_information.vendor_name"] == "Granite Office Solutions Ltd."


# ---- Finnish, Icelandic, Bulgarian, Serbian -----------------------------------------------------------

def test_a_finnish_lasku_is_read(patterns):
    items = [
        (40, 40, "Kalevasähkö Ky"), (40, 52, "Pyhäjärvenkatu 58"), (40, 64, "40100 Jyväskylä"),
        (40, 100, "Pohjolankiinteistöhuolto Oy"), (40, 112, "Satamakatu 8"), (40, 124, "70100 Kuopio"),
        (400, 40, "LASKU", 14),
        (330, 70, "Päivämäärä"), (450, 70, "28.1.2024"), (330, 82, "Laskun numero"), (450, 82, "6795"),
        (330, 94, "Asiakasnumero"), (450, 94, "22123"), (330, 106, "Maksuehto"), (450, 106, "14 pv netto"),
        (330, 118, "Eräpäivä"), (450, 118, "11.2.2024"), (330, 130, "Viitenumero"), (450, 130, "67959"),
        (40, 170, "Nimike"), (250, 170, "Määrä"), (320, 170, "À-hinta"), (400, 170, "Alv %"), (480, 170, "Yhteensä"),
        (40, 184, "Putkiasennus"), (250, 184, "5"), (320, 184, "67,91"), (400, 184, "24"), (480, 184, "339,55"),
        (40, 198, "Konsultointi"), (250, 198, "8"), (320, 198, "115,51"), (400, 198, "24"), (480, 198, "924,08"),
        (330, 230, "Veroton yhteensä"), (480, 230, "1 263,63"),
        (330, 242, "ALV 24 %"), (480, 242, "303,27"),
        (330, 254, "Yhteensä EUR"), (480, 254, "1 566,90"),
        (40, 300, "Y-tunnus 3422363-2"), (40, 312, "ALV-tunnus FI34223632"), (40, 324, "IBAN FI68 8978 3985 3158 31"),
    ]
    document = drawn_pdf(items)
    assert language_doubt(document, patterns) is None
    values, document_type = read(document, patterns)
    assert document_type == "invoice"
    assert values["invoice_ids.0"] == "6795"
    assert values["document_date"] == "2024-01-28"
    assert values["payment_terms.due_date"] == "2024-02-11"
    assert values["payment_terms.payment_terms"] == "14 pv netto"
    assert values["customer_information.customer_id"] == "22123"
    assert values["vendor_information.tax_id"] == "FI34223632"
    assert values["vendor_information.vendor_name"] == "Kalevasähkö Ky"
    assert values["vendor_information.address"] == "Pyhäjärvenkatu 58, 40100 Jyväskylä"
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (1263.63, 303.27, 1566.90)
    assert values["financial_data.currency"] == "EUR"


def test_an_icelandic_reikningur_is_read(patterns):
    items = [
        (40, 40, "Jökullheildverslun ehf.", 12), (40, 54, "Hafnarstræti 36"), (40, 66, "600 Akureyri"),
        (40, 78, "Kt. 451160-6489 · VSK-nr. 152905"),
        (400, 40, "REIKNINGUR", 14), (400, 60, "Nr."), (470, 60, "998754"), (400, 72, "Dags."), (470, 72, "07.12.2023"),
        (400, 84, "Gjalddagi"), (470, 84, "22.12.2023"), (400, 96, "Eindagi"), (470, 96, "05.01.2024"),
        (40, 120, "Kaupandi"), (40, 132, "Fjarðar Rafverk ehf."), (40, 144, "Kt. 491075-4309"),
        (40, 156, "Glerárgata 24"), (40, 168, "200 Kópavogur"),
        (40, 200, "Lýsing"), (250, 200, "Magn"), (320, 200, "Einingaverð"), (450, 200, "Upphæð"),
        (40, 214, "Pípulagnir, vinna"), (250, 214, "2"), (320, 214, "9.500,00"), (450, 214, "19.000,00"),
        (300, 240, "Samtals án VSK"), (450, 240, "19.000,00"), (300, 252, "VSK 24%"), (450, 252, "4.560,00"),
        (300, 264, "Til greiðslu"), (450, 264, "23.560,00 kr"),
        (40, 300, "Bankareikningur 0301-26-615339 · IBAN IS77 0301 2661 5339 4511 6064 89"),
    ]
    document = drawn_pdf(items)
    assert language_doubt(document, patterns) is None
    values, document_type = read(document, patterns)
    assert document_type == "invoice"
    assert values["invoice_ids.0"] == "998754"
    assert values["document_date"] == "2023-12-07"
    assert values["payment_terms.due_date"] == "2023-12-22"  # "Eindagi", the final day, is not it
    assert values["vendor_information.tax_id"] == "152905"
    assert values["vendor_information.address"] == "Hafnarstræti 36, 600 Akureyri"
    assert values["customer_information.customer_name"] == "Fjarðar Rafverk ehf."
    assert values["financial_data.total_amount"] == 23560
    assert values["financial_data.currency"] == "ISK"  # "kr", in Iceland by its IBAN


def test_a_bulgarian_credit_note_is_read(patterns):
    document = drawn_lines([
        (40, 40, "КРЕДИТНО ИЗВЕСТИЕ"), (40, 54, "№ 0000025433"), (40, 66, "към фактура № 0000025296 от 27.06.2023 г."),
        (40, 84, "Дата на издаване"), (200, 84, "02.07.2023 г."),
        (40, 96, "Дата на данъчното събитие"), (200, 96, "30.06.2023 г."),
        (40, 120, "Получател"), (320, 120, "Доставчик"),
        (40, 132, "Пирин Комерс ЕООД"), (320, 132, "Тракия Инженеринг ООД"),
        (40, 144, "ЕИК: 876507398"), (320, 144, "ЕИК: 125341124"),
        (40, 156, "ИН по ЗДДС: BG876507398"), (320, 156, "ИН по ЗДДС: BG125341124"),
        (40, 230, "Срок за плащане: 16.07.2023 г."),
        (300, 250, "Данъчна основа"), (450, 250, "3 378,00 лв."),
        (300, 262, "ДДС 20 %"), (450, 262, "675,60 лв."),
        (300, 274, "Сума за плащане"), (450, 274, "4 053,60 лв."),
    ])
    assert language_doubt(document, patterns) is None
    values, document_type = read(document, patterns)
    assert document_type == "credit_note"
    assert values["invoice_ids.0"] == "0000025433"  # not the invoice it corrects
    assert values["document_date"] == "2023-07-02"
    assert values["payment_terms.due_date"] == "2023-07-16"
    assert values["vendor_information.vendor_name"] == "Тракия Инженеринг ООД"
    assert values["customer_information.customer_name"] == "Пирин Комерс ЕООД"
    assert values["vendor_information.tax_id"] == "BG125341124"  # the VAT number over the company number
    assert values["financial_data.total_amount"] == -4053.60
    assert values["financial_data.currency"] == "BGN"


def test_a_serbian_racun_in_cyrillic_is_read(patterns):
    document = drawn_lines([
        (40, 40, "Продавац"), (40, 52, "Дунав Техника ДОО"), (40, 64, "Омладинских бригада 18"), (40, 76, "21000 Нови Сад"),
        (40, 88, "ПИБ: 114119035"), (40, 100, "Матични број: 17773701"),
        (320, 40, "Купац"), (320, 52, "Авала Траде ДОО"), (320, 64, "Адреса: Шумадијска 34, 11000 Београд"),
        (320, 76, "ПИБ: 114942458"),
        (40, 130, "РАЧУН бр. 695/2025"),
        (40, 148, "Место и датум издавања рачуна"), (250, 148, "Нови Сад, 29.01.2025"),
        (40, 160, "Датум промета добара и услуга"), (250, 160, "27.01.2025"),
        (40, 172, "Валута плаћања"), (250, 172, "30.03.2025"),
        (40, 184, "Рок плаћања"), (250, 184, "60 дана"),
        (300, 230, "Укупно без ПДВ"), (460, 230, "1.180,00"),
        (300, 242, "Укупан износ ПДВ"), (460, 242, "236,00"),
        (300, 254, "УКУПНО ЗА УПЛАТУ (дин.)"), (460, 254, "1.416,00"),
    ])
    assert language_doubt(document, patterns) is None
    values, _ = read(document, patterns)
    assert values["invoice_ids.0"] == "695/2025"
    assert values["document_date"] == "2025-01-29"
    assert values["payment_terms.due_date"] == "2025-03-30"
    assert values["payment_terms.payment_terms"] == "60 дана"
    assert values["vendor_information.tax_id"] == "114119035"
    assert values["customer_information.customer_name"] == "Авала Траде ДОО"
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (1180.00, 236.00, 1416.00)
    assert values["financial_data.currency"] == "RSD"


def test_the_dinar_and_the_lev_are_read_where_they_are_written():
    assert [m.code for m in find_currency("UKUPNO ZA UPLATU (din.)")] == ["RSD"]
    assert [m.code for m in find_currency("4 053,60 лв.")] == ["BGN"]
    assert find_currency("the din of the market") == []
    assert find_currency("Cable THHN 12 AWG (metro)") == []  # a wire gauge
    assert [m.code for m in find_currency("Total Comprobante ₡18,786.25")] == ["CRC"]
    assert [m.code for m in find_currency('סה"כ לתשלום 117,071.42 ש"ח')] == ["ILS"]


def test_an_iban_names_the_currency_of_its_country(patterns):
    document = drawn_pdf([(40, 40, "Bankareikningur 0301-26-615339"), (40, 52, "IBAN IS77 0301 2661 5339 4511 6064 89")])
    assert country_currency(build_layout(document)) == "ISK"
    document = drawn_pdf([(40, 40, "IBAN BG84 BPBI 6608 1558 8752 80")])
    assert country_currency(build_layout(document)) == "BGN"


# ---- Costa Rica, Guatemala ------------------------------------------------------------------------------

def test_a_costa_rican_electronic_invoice_is_read(patterns):
    items = [
        (40, 40, "Comercializadora Poás S.A.", 12), (40, 54, "Cédula Jurídica: 3-101-735701"),
        (40, 66, "frente a la Iglesia Católica"), (40, 78, "San Rafael, Escazú, San José"),
        (330, 40, "FACTURA ELECTRÓNICA", 12), (330, 54, "Consecutivo: 00100005010000938486"),
        (330, 66, "Clave:"), (330, 78, "50602112500310173570100100005010000938486114909065"),
        (330, 90, "Fecha de emisión: 02/11/2025 04:20:28 pm"),
        (40, 120, "Receptor"), (100, 120, "Servicios del Valle Sociedad Anónima"),
        (350, 120, "Condición de venta"), (440, 120, "Crédito"),
        (40, 132, "Cédula"), (100, 132, "3-101-158316"), (350, 132, "Plazo de crédito"), (440, 132, "8 días"),
        (40, 144, "Dirección"), (100, 144, "200 metros oeste de Multiplaza, Tres Ríos, La Unión,"),
        (350, 144, "Medio de pago"), (440, 144, "Tarjeta"),
        (100, 153, "Cartago"), (350, 156, "Moneda"), (440, 156, "CRC"),
        (40, 180, "Cant."), (80, 180, "Descripción"), (330, 180, "Precio unitario"), (480, 180, "Subtotal"),
        (40, 194, "25"), (80, 194, "Cable THHN 12 AWG (metro)"), (330, 194, "665.00"), (480, 194, "16,625.00"),
        (320, 220, "Total Venta"), (480, 220, "₡17,500.00"),
        (320, 232, "Total Descuentos"), (480, 232, "₡875.00"),
        (320, 244, "Total Venta Neta"), (480, 244, "₡16,625.00"),
        (320, 256, "Total Impuesto"), (480, 256, "₡2,161.25"),
        (320, 268, "Total Comprobante"), (480, 268, "₡18,786.25"),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "invoice"
    assert values["invoice_ids.0"] == "00100005010000938486"
    assert values["vendor_information.tax_id"] == "3-101-735701"
    # under the registration line, the address from its landmark ("frente a ...") down
    assert values["vendor_information.address"] == "frente a la Iglesia Católica, San Rafael, Escazú, San José"
    assert values["customer_information.customer_name"] == "Servicios del Valle Sociedad Anónima"
    # an address given from a landmark, in a province: "200 metros oeste de ...", "Cartago"
    assert values["customer_information.address"] == "200 metros oeste de Multiplaza, Tres Ríos, La Unión, Cartago"
    assert values["payment_terms.payment_terms"] == "8 días"
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (16625.00, 2161.25, 18786.25)
    assert values["financial_data.currency"] == "CRC"


def test_a_company_written_out_as_limitada_is_a_company(patterns):
    items = [
        (30, 40, "Servicios Caribe Limitada", 11), (321, 46, "NOTA DE CRÉDITO ELECTRÓNICA", 11),
        (30, 54, "Cédula Jurídica: 3-101-679212", 7), (321, 60, "Consecutivo: 00200005030000434778", 7),
        (30, 66, "del Banco Nacional 100 m norte", 7), (321, 72, "Clave:", 7),
        (30, 78, "Catedral, San José, San José", 7),
        (30, 90, "Tel: +506 2262-7122 · fe@caribe.example", 7), (321, 94, "Fecha de emisión: 05/11/2024 08:06:00", 7),
        (300, 200, "Total Comprobante"), (450, 200, "₡ 682,595.00"),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "credit_note"
    assert values["vendor_information.vendor_name"] == "Servicios Caribe Limitada"  # not the title beside it


def test_a_guatemalan_dte_is_numbered_by_its_dte_number_not_its_series(patterns):
    items = [
        (40, 40, "Inversiones Atitlán, S.A.", 12), (40, 54, "NIT Emisor: 406488762"), (40, 66, "8a. Calle 15-73 Zona 1"),
        (40, 78, "Mixco, Guatemala"),
        (330, 40, "FACTURA", 12), (330, 54, "DOCUMENTO TRIBUTARIO ELECTRÓNICO"), (330, 66, "Serie: E1806D1B"),
        (330, 78, "Número de DTE: 3746144310"), (330, 90, "Fecha y hora de emisión: 07/11/2024 13:05:54"),
        (330, 102, "Moneda: GTQ"),
        (40, 116, "NIT Receptor"), (130, 116, "CF"), (40, 128, "Nombre Receptor"), (130, 128, "CONSUMIDOR FINAL"),
        (40, 140, "Descripción"), (450, 140, "Total (Q)"),
        (40, 152, "Servicio de fumigación de bodega"), (450, 152, "4,400.00"),
        (330, 180, "Total"), (450, 180, "Q 4,400.00"),
    ]
    values, _ = read(drawn_pdf(items), patterns)
    assert values["invoice_ids.0"] == "3746144310"
    assert "customer_information.customer_name" not in values  # a sale to the public names no customer


def test_a_brand_in_large_type_over_the_registered_name_that_repeats_it_is_no_part_of_it(patterns):
    items = [
        (32, 45, "ATITLÁN CENTRAL", 13), (319, 48, "FACTURA", 10),
        (32, 58, "Distribuidora Atitlán, Sociedad Anónima", 7.5), (319, 60, "DOCUMENTO TRIBUTARIO ELECTRÓNICO", 7.5),
        (32, 70, "NIT Emisor: 816636087", 7.5), (319, 72, "Serie: 5CCBA05B", 7.5),
        (32, 82, "2a. Calle 12-78 Zona 4", 7.5), (319, 84, "Número de DTE: 2451040314", 7.5),
        (32, 94, "Guatemala, Guatemala", 7.5), (319, 96, "Moneda: GTQ", 7.5),
        (300, 200, "Total"), (450, 200, "Q 46,792.08"),
    ]
    values, _ = read(drawn_pdf(items), patterns)
    assert values["vendor_information.vendor_name"] == "Distribuidora Atitlán, Sociedad Anónima"


def test_a_romanian_series_and_number_on_one_line_stay_one_number(patterns):
    items = [
        (40, 40, "SC Carpatica Distributie SRL", 12), (40, 54, "CUI: RO16345784"), (40, 66, "Str. Avram Iancu 12, Cluj-Napoca"),
        (330, 40, "FACTURA", 14), (330, 56, "Seria CJD nr. 004512"), (330, 68, "Data: 12.03.2024"),
        (300, 200, "Total de plata"), (450, 200, "1.190,00 lei"),
    ]
    values, _ = read(drawn_pdf(items), patterns)
    assert values["invoice_ids.0"].replace(" ", "").upper().endswith("004512")
    assert "CJD" in values["invoice_ids.0"].upper()


# ---- a printed spreadsheet ------------------------------------------------------------------------------

def _spreadsheet_items() -> list[tuple]:
    rows = ["Lockhart Packaging Limited", "224 George Street", "Christchurch 8011", "Tel +64 9 609 3073", "",
            "BILL TO", "Bluewater Logistics Limited", "67 Hunter Street", "Christchurch 8011", "",
            "Description", "Data migration services", "Annual fire safety inspection"]
    items: list[tuple] = [(175 + 60 * i, 38, letter) for i, letter in enumerate("ABCDEFG")]
    for index, text in enumerate(rows, start=1):
        y = 52 + 14 * index
        items.append((39 if index < 10 else 36, y, str(index)))
        if text:
            items.append((55, y, text))
    items += [(562, 80, "Invoice No."), (720, 80, "LOC336"), (562, 94, "Invoice Date"), (720, 94, "08/01/2025"),
              (562, 150, "Subtotal"), (720, 150, "6293.72"), (562, 164, "GST 15%"), (720, 164, "944.06"),
              (562, 178, "TOTAL DUE"), (720, 178, "7237.78"),
              (350, 220, "Qty"), (450, 220, "Amount"), (350, 234, "4"), (450, 234, "5040.00"),
              (350, 248, "1"), (450, 248, "1253.72")]
    return items


def test_a_printed_spreadsheets_row_numbers_and_column_letters_are_no_text(patterns):
    pdf = pymupdf.open()
    page = pdf.new_page(width=842, height=595)
    for x, y, text in _spreadsheet_items():
        page.insert_text((x, y), text, fontname="helv", fontsize=8.5)
    document = load_document(pdf.tobytes())
    texts = [line.text for line in document.pages[0].lines]
    assert not any(text.split()[0].isdigit() and text.split()[1:2] == ["Lockhart"] for text in texts)
    values, _ = read(document, patterns)
    assert values["vendor_information.vendor_name"] == "Lockhart Packaging Limited"
    assert values["vendor_information.address"] == "224 George Street, Christchurch 8011"
    assert values["customer_information.customer_name"] == "Bluewater Logistics Limited"
    assert values["financial_data.total_amount"] == 7237.78
    assert len(document.pages[0].words) > sum(len(line.words) for line in document.pages[0].lines)


def _word(text: str, x: float, y: float) -> Word:
    return Word(text, (x, y, x + 6 * len(text), y + 9), 8.5, "pdf", 1.0)


def test_item_numbers_sharing_the_margin_with_the_letterhead_are_kept():
    # A table's item numbers 1..9 at the left margin, under a letterhead that starts at the same edge:
    # no spreadsheet gutter.
    words = [_word("Ashdown", 40, 20), _word("Print", 90, 20), _word("Ltd", 130, 20)]
    for n in range(1, 10):
        words += [_word(str(n), 40, 40 + 12 * n), _word("Leaflets", 60, 40 + 12 * n)]
    assert grid_headings(words) == set()
    # ... and the same numbers in a gutter of their own, left of everything, are one.
    gutter = [_word(str(n), 10, 40 + 12 * n) for n in range(1, 10)]
    found = grid_headings([*gutter, *words[3:][1::2]])
    assert found == set(range(9))


# ---- rows that are no items -----------------------------------------------------------------------------

def test_a_receipts_gst_summary_rows_are_no_items(patterns):
    items = [
        (40, 40, "FARMASI SEJAHTERA SDN BHD", 10), (40, 52, "NO. 72, JALAN KENARI 3"), (40, 64, "47170 PUCHONG, SELANGOR"),
        (40, 76, "GST REG NO: 001234567890"), (40, 92, "TAX INVOICE"), (40, 104, "INV NO: CS00012345"),
        (40, 116, "DATE: 21/04/2015"),
        (40, 140, "APPETON MULTIVIT 60S"), (40, 152, "3 x 48.10"), (200, 152, "144.30"), (230, 152, "SR"),
        (40, 164, "PANADOL ACTIFAST 20S"), (40, 176, "3 x 10.00"), (200, 176, "30.00"), (230, 176, "ZR"),
        (40, 200, "TOTAL INCL. GST"), (200, 200, "174.30"),
        (40, 212, "CASH"), (200, 212, "200.00"), (40, 224, "CHANGE"), (200, 224, "25.70"),
        (40, 240, "GST Summary"),
        (40, 252, "Code"), (100, 252, "Amount (RM)"), (170, 252, "Tax (RM)"),
        (40, 264, "SR @ 6%"), (120, 264, "136.13"), (185, 264, "8.17"),
        (40, 276, "ZR @ 0%"), (120, 276, "30.00"), (185, 276, "0.00"),
        (40, 288, "Total"), (120, 288, "166.13"), (185, 288, "8.17"),
    ]
    values, _ = read(drawn_pdf(items), patterns)
    descriptions = [values.get(f"line_items.{i}.description") for i in range(4)]
    assert "SR @ 6%" not in descriptions and "ZR @ 0%" not in descriptions


def test_a_spreadsheets_empty_rows_are_no_items_and_a_bar_charge_is_one(patterns):
    from engine.tables import _empty_sheet_row, _summary_row

    cell = (0.0, "0", 1, (500.0, 100.0, 510.0, 110.0), None)
    assert _empty_sheet_row({"amount": cell})
    assert not _empty_sheet_row({"amount": cell, "description": ("Goodwill credit", "Goodwill credit", 1, cell[3], None)})
    # the lines under the sheet's last row are no description of it
    under = ("Bank: 19-1713-1946786-00 Thank you", "Bank: 19-1713-1946786-00 Thank you", 1, (55.0, 120.0, 200.0, 140.0), None)
    assert _empty_sheet_row({"amount": cell, "description": under})
    def described(text: str) -> dict:
        return {"description": (text, text, 1, cell[3], None), "amount": (52.73, "52.73", 1, cell[3], None)}

    assert _summary_row(described("SUBTOTAL"), patterns)
    assert _summary_row(described("SR @ 6%"), patterns)
    assert not _summary_row(described("Bar"), patterns)  # a hotel's bar charges, though "Bar" is cash in German
    assert not _summary_row(described("Freight"), patterns)


# ---- Peru, Ecuador --------------------------------------------------------------------------------------

def test_a_peruvian_boleta_is_numbered_under_its_title_and_an_identity_number_names_no_customer(patterns):
    items = [
        (60, 40, "COMERCIAL CHAVÍN S.A.C."), (60, 52, "RUC 20002577462"), (60, 64, "Jr. de la Unión 2302"),
        (60, 76, "Cercado de Lima - Lima - Lima"),
        (50, 100, "BOLETA DE VENTA ELECTRÓNICA"), (80, 112, "BB01-00302842"),
        (40, 136, "FECHA: 13/08/2024 HORA: 14:44:08"), (40, 148, "CLIENTE: DNI 72023886"), (40, 160, "MONEDA: SOLES"),
        (40, 184, "LECHE GLORIA TARRO"), (40, 196, "1 x 4.51"), (200, 196, "4.51"),
        (40, 208, "GALLETAS SODA X6"), (40, 220, "1 x 3.45"), (200, 220, "3.45"),
        (40, 244, "OP. GRAVADA S/"), (200, 244, "6.75"), (40, 256, "I.G.V. 18% S/"), (200, 256, "1.21"),
        (40, 268, "IMPORTE TOTAL S/"), (200, 268, "7.96"),
    ]
    values, _ = read(drawn_pdf(items), patterns)
    assert values["invoice_ids.0"] == "BB01-00302842"
    assert "customer_information.customer_name" not in values
    assert values["financial_data.total_amount"] == 7.96


def test_an_issuers_labelled_address_under_its_name_is_its_address(patterns):
    items = [
        (36, 45, "COMERCIALIZADORA AUSTRO S.A.", 12), (297, 45, "R.U.C.: 1395739030001", 12),
        (297, 61, "FACTURA", 12),
        (36, 70, "Dirección Matriz: Av. Cevallos 602, Ambato - Ecuador"), (297, 75, "No. 001-002-000014318"),
        (36, 82, "Dirección Sucursal: Av. Cevallos 602"),
        (36, 94, "OBLIGADO A LLEVAR CONTABILIDAD: SI"),
        (36, 130, "Razón Social / Nombres y Apellidos:"), (200, 130, "VILLACÍS MORA DIANA CAROLINA"),
        (36, 142, "Fecha Emisión:"), (200, 142, "16/08/2025"),
        (300, 200, "VALOR TOTAL"), (450, 200, "6,850.29"),
    ]
    values, _ = read(drawn_pdf(items), patterns)
    assert values["vendor_information.vendor_name"] == "COMERCIALIZADORA AUSTRO S.A."
    assert values["vendor_information.address"] == "Av. Cevallos 602, Ambato - Ecuador"
