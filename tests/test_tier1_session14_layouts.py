"""Tier 1 on forms first read in session 14: Dutch credit notes whose issuer stands at the right with
the customer's window address at the left, receipts that give the issuer's address only in a line of
small print, Irish trade invoices ("Goods", "Total VAT", "IE 8385118 AC", "Teoranta"), Argentine AFIP
invoices ("Razón Social", CUIT, "IVA Contenido"), Vietnamese bilingual VAT invoices (each label
glossed in English on the line under it, "Ngày 24 tháng 09 năm 2023") and the evidence a party's
name shows of itself for calibration. Drawn as PDFs (or text lines where the base-14 font lacks
the letters) and checked for exact values."""

from __future__ import annotations

import pytest
from drawn_documents import drawn_lines, drawn_pdf, extracted

from engine.layout import build_layout
from engine.locale_hint import dollar_currency
from engine.normalize.dates import find_dates
from engine.normalize.identifiers import parse_tax_id
from engine.pattern_files import load_patterns
from engine.tiers.patterns import extract_fields


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def _fields(document, patterns):
    fields, document_type, _, _ = extract_fields(document, patterns)
    return fields, document_type


def _creditnota(footer: str) -> list[tuple]:
    # (the base-14 font draws no "€": the amounts carry the code)
    return [
        (45, 48, "Noord Verpakkingen B.V.", 10), (45, 61, "Marktstraat 165", 10), (45, 72, "9711 LM Groningen", 10),
        (471, 71, "de Boer & Bos V.O.F.", 10), (505, 83, "Stationsplein 56", 9), (495, 92, "2511 CV Den Haag", 9),
        (42, 130, "Creditfactuur", 18),
        (45, 151, "Creditfactuur"), (130, 151, "Datum"), (230, 151, "Klantnummer"), (330, 151, "Oorspronkelijke factuur"),
        (45, 163, "C2023-0236"), (130, 163, "11-03-2023"), (230, 163, "16531"), (330, 163, "F20238319"),
        (45, 200, "Omschrijving"), (300, 200, "Aantal"), (380, 200, "Prijs"), (480, 200, "Bedrag"),
        (45, 212, "Hogedrukreiniger 2100W"), (300, 212, "1"), (380, 212, "238,69"), (480, 212, "EUR -238,69"),
        (45, 224, "Verlengkabel 10 m"), (300, 224, "3"), (380, 224, "18,35"), (480, 224, "EUR -55,05"),
        (250, 250, "Subtotaal"), (480, 250, "EUR -293,74"),
        (150, 262, "BTW 21% over EUR -293,74"), (480, 262, "EUR -61,69"),
        (250, 274, "Totaal"), (480, 274, "EUR -355,43"),
        (45, 700, footer, 7),
    ]


def test_the_company_the_registration_line_names_is_the_issuer(patterns):
    # The window address at the top left is the customer's; the footer's KvK, BTW and IBAN are the
    # issuer's, whose block stands at the right.
    values, _ = extracted(_creditnota(
        "de Boer & Bos V.O.F. · KvK 46533108 · BTW-nummer NL787325296B01 · IBAN NL30 TRIO 8784 7661 83"), patterns)
    assert values["vendor_information.vendor_name"] == "de Boer & Bos V.O.F."
    assert values["vendor_information.address"] == "Stationsplein 56, 2511 CV Den Haag"
    assert values["customer_information.customer_name"] == "Noord Verpakkingen B.V."
    assert values["customer_information.address"] == "Marktstraat 165, 9711 LM Groningen"
    # the credit note's own number, and the tax after "over EUR -293,74" (the base it is charged on)
    assert values["invoice_ids.0"] == "C2023-0236"
    assert values["financial_data.tax_amount"] == -61.69
    assert values["financial_data.net_amount"] == -293.74


def test_without_a_registration_line_naming_one_of_them_the_blocks_stay_as_read(patterns):
    swapped, _ = extracted(_creditnota(
        "de Boer & Bos V.O.F. · KvK 46533108 · BTW-nummer NL787325296B01"), patterns)
    plain, _ = extracted(_creditnota("Bedankt voor uw bestelling."), patterns)
    assert swapped["vendor_information.vendor_name"] == "de Boer & Bos V.O.F."
    assert plain["vendor_information.vendor_name"] == "Noord Verpakkingen B.V."


def _charging_receipt(footer: str) -> list[tuple]:
    return [
        (40, 40, "VoltPath Charging Ltd", 14), (400, 40, "Charging receipt", 12),
        (40, 80, "Total (incl. VAT)"), (40, 96, "£20.40", 16),
        (40, 120, "Receipt no. R-2024-2929775 · Date 21 May 2024"),
        (40, 150, "Location"), (250, 150, "Tesco Extra Car Park, Cheetham Hill"),
        (40, 162, "Charger ID"), (250, 162, "GB*VOL*E2561970*004"),
        (40, 174, "Connector"), (250, 174, "CCS2"),
        (40, 186, "Energy delivered"), (250, 186, "39.223 kWh"),
        (40, 230, "Energy"), (150, 230, "39.223 kWh × £0.52/kWh"), (480, 230, "£20.40"),
        (300, 242, "Total (incl. VAT)"), (480, 242, "£20.40"),
        (300, 254, "Net amount"), (480, 254, "£17.00"),
        (300, 266, "Includes VAT (20%)"), (480, 266, "£3.40"),
        (40, 320, footer, 7),
    ]


@pytest.mark.parametrize("footer", [
    "VoltPath Charging Ltd · Unit 4, Kingsway Business Park, Manchester, M19 1XX · VAT Reg. No. GB 360 2067 86",
    "VoltPath Charging Ltd · Unit 4, Kingsway Business Park, Manchester, M19 1XX",
])
def test_a_name_alone_at_the_top_takes_its_address_from_the_small_print_that_opens_with_it(patterns, footer):
    values, _ = extracted(_charging_receipt(footer), patterns)
    assert values["vendor_information.vendor_name"] == "VoltPath Charging Ltd"
    assert values["vendor_information.address"] == "Unit 4, Kingsway Business Park, Manchester, M19 1XX"


def test_a_tax_equal_to_the_total_gives_way_to_the_next_tax_line(patterns):
    page = [(40, 40, "Kilowatt Mobiliteit B.V.", 14), (40, 60, "Laadpaalstraat 4, 1033 SC Amsterdam"),
            (40, 100, "Energie"), (150, 100, "165,029 kWh × € 0,72/kWh"), (480, 100, "€ 118,82"),
            (300, 112, "Totaal (incl. btw)"), (480, 112, "€ 118,82"),
            (300, 124, "waarvan btw 21%"), (480, 124, "€ 20,62")]
    values, _ = extracted(page, patterns)
    assert values["financial_data.total_amount"] == 118.82
    assert values["financial_data.tax_amount"] == 20.62


IRISH = [
    (40, 40, "Emerald Engineering Teoranta", 14),
    (40, 56, "55 Bridge Street, Athlone, Co. Westmeath, N37 DVAV"),
    (40, 68, "VAT Registration No. IE 8385118 AC"),
    (330, 90, "Invoice No."), (430, 90, "2023-2569"), (330, 102, "Date / Tax Point"), (430, 102, "19/01/2023"),
    (40, 140, "Code"), (90, 140, "Description"), (330, 140, "Qty"), (400, 140, "Price"), (480, 140, "Net"),
    (40, 152, "SLT-20"), (90, 152, "Roof slates (pack of 20)"), (330, 152, "50"), (400, 152, "72.51"),
    (480, 152, "3,625.50"),
    (40, 164, "SKP8"), (90, 164, "Skip hire 8 yard"), (330, 164, "2"), (400, 164, "377.20"), (480, 164, "754.40"),
    (300, 200, "Goods"), (480, 200, "€4,379.90"),
    (250, 212, "VAT @ 23%"), (420, 212, "€833.87"),
    (250, 224, "VAT @ 13.5%"), (420, 224, "€101.84"),
    (300, 236, "Total VAT"), (480, 236, "€935.71"),
    (300, 248, "TOTAL"), (480, 248, "€5,315.61"),
    (40, 280, "Terms: Strictly 30 days from invoice date · Due date: 18/02/2023"),
    (40, 300, "Goods remain the property of the seller until paid for in full."),
]


def test_an_irish_trade_invoice(patterns):
    values, _ = extracted(IRISH, patterns)
    assert values["financial_data.net_amount"] == 4379.90  # "Goods" alone before its figure
    assert values["financial_data.tax_amount"] == 935.71  # the total VAT, not the first rate's line
    assert values["financial_data.total_amount"] == 5315.61
    assert values["vendor_information.vendor_name"] == "Emerald Engineering Teoranta"
    assert values["vendor_information.tax_id"] == "IE 8385118 AC"
    assert values["payment_terms.payment_terms"] == "Strictly 30 days from invoice date"


def test_goods_in_running_text_labels_no_net(patterns):
    page = [(40, 40, "Harbour Hardware Ltd", 14), (40, 60, "12 Quay Street, Galway"),
            (330, 90, "Invoice No."), (430, 90, "HH-1043"),
            (300, 200, "TOTAL"), (480, 200, "€2,025.00"),
            (40, 260, "Goods sold are not returnable."), (40, 272, "2025")]
    values, _ = extracted(page, patterns)
    assert "financial_data.net_amount" not in values


def test_the_irish_vat_number_keeps_its_letters_after_a_space():
    tax_id = parse_tax_id("IE 8385118 AC")
    assert tax_id is not None and tax_id.kind == "eu_vat"


AFIP = [
    (268, 36, "ORIGINAL"),
    (34, 60, "Agropecuaria Pampeana", 14), (390, 60, "FACTURA", 16),
    (34, 76, "S.A.", 14), (288, 76, "A", 20), (390, 82, "Punto de Venta: 00016  Comp. Nro: 00001496"),
    (34, 98, "Razón Social: Agropecuaria Pampeana S.A."), (390, 98, "Fecha de Emisión: 20/11/2023"),
    (34, 110, "Domicilio Comercial: San Lorenzo 1232,"), (390, 110, "CUIT: 30969783785"),
    (34, 122, "S2000BDA Rosario, Santa Fe"), (390, 122, "Ingresos Brutos: Exento"),
    (34, 134, "Condición frente al IVA: IVA Responsable Inscripto"),
    (34, 170, "CUIT: 33547804150"), (300, 170, "Apellido y Nombre / Razón Social: Gómez S.A."),
    (34, 182, "Condición frente al IVA: IVA Responsable Inscripto"), (300, 182, "Domicilio: Av. Santa Fe 977"),
    (34, 194, "Condición de venta: Contado"),
    (34, 230, "Código"), (90, 230, "Producto / Servicio"), (300, 230, "Cantidad"), (380, 230, "Precio Unit."),
    (480, 230, "Subtotal"),
    (34, 242, "24371"), (90, 242, "Guantes de nitrilo"), (300, 242, "2,00"), (380, 242, "28794,65"),
    (480, 242, "57589,30"),
    (330, 270, "Importe Neto Gravado: $"), (480, 270, "57589,30"),
    (330, 282, "IVA 21%: $"), (480, 282, "12093,75"),
    (330, 294, "Importe Otros Tributos: $"), (480, 294, "0,00"),
    (330, 306, "Importe Total: $"), (480, 306, "69683,05"),
    (250, 340, "CAE N°: 72542439766738"), (400, 352, "Fecha de Vto. de CAE: 30/11/2023"),
]


def test_an_argentine_afip_invoice(patterns):
    values, _ = extracted(AFIP, patterns)
    assert values["vendor_information.vendor_name"] == "Agropecuaria Pampeana S.A."
    assert values["vendor_information.address"] == "San Lorenzo 1232, S2000BDA Rosario, Santa Fe"
    assert values["customer_information.customer_name"] == "Gómez S.A."
    assert values["financial_data.currency"] == "ARS"  # "$" on an AFIP invoice (CUIT, CAE N°)
    assert values["financial_data.tax_amount"] == 12093.75  # not "977" after "IVA Responsable Inscripto"
    assert values["financial_data.total_amount"] == 69683.05
    assert values["payment_terms.payment_terms"] == "Contado"
    assert "payment_terms.due_date" not in values  # the CAE's expiry is no due date


def test_a_consumer_invoice_states_the_vat_its_prices_contain(patterns):
    page = [(34, 60, "Construcciones Austral S.A.", 14), (390, 60, "FACTURA", 16),
            (34, 98, "Razón Social: Construcciones Austral S.A."), (390, 98, "Fecha de Emisión: 02/06/2025"),
            (390, 110, "CUIT: 30103750683"),
            (330, 270, "Subtotal: $"), (480, 270, "5837140,06"),
            (330, 282, "Importe Otros Tributos: $"), (480, 282, "0,00"),
            (330, 294, "Importe Total: $"), (480, 294, "5837140,06"),
            (34, 330, "IVA Contenido: $ 559182,92  Otros Impuestos Nacionales Indirectos: $ 0,00")]
    values, _ = extracted(page, patterns)
    assert values["financial_data.tax_amount"] == 559182.92
    assert values["financial_data.total_amount"] == 5837140.06


def test_a_street_that_opens_with_a_company_form_s_letters_is_no_part_of_the_name(patterns):
    page = [(34, 60, "Razón Social: Agropecuaria Pampeana S.A."), (34, 72, "Bv. Oroño 677,"),
            (34, 84, "S2000BDA Rosario, Santa Fe"), (390, 60, "FACTURA", 16), (390, 84, "CUIT: 30969783785"),
            (330, 200, "Importe Total: $"), (480, 200, "111973,31")]
    values, _ = extracted(page, patterns)
    assert values["vendor_information.vendor_name"] == "Agropecuaria Pampeana S.A."


def test_argentine_cues_make_the_dollar_sign_a_peso():
    for line in ("CUIT: 30969783785", "Condición frente al IVA: IVA Responsable Inscripto", "CAE N°: 72542439766738"):
        document = drawn_pdf([(40, 40, line), (40, 60, "Total: $ 1.234,00")])
        assert dollar_currency(build_layout(document)) == "ARS", line


VIETNAMESE = [
    (40, 40, "CÔNG TY TNHH MTV VẬT LIỆU XÂY DỰNG TRƯỜNG AN"),
    (200, 80, "HÓA ĐƠN GIÁ TRỊ GIA TĂNG"), (450, 80, "Serial: 1K23THN"), (450, 92, "No.: 00029275"),
    (60, 104, "Ngày (Date) 24 tháng (month) 09 năm (year) 2023"),
    (40, 130, "Đơn vị bán hàng"), (260, 130, "CÔNG TY TNHH MTV VẬT LIỆU XÂY DỰNG TRƯỜNG AN"),
    (40, 142, "Seller:"),
    (40, 154, "Mã số thuế"), (260, 154, "4098287064"),
    (40, 166, "Tax code:"),
    (40, 200, "Tên đơn vị"), (260, 200, "CÔNG TY CỔ PHẦN XÂY DỰNG ĐẠI VIỆT"),
    (40, 212, "Company name:"),
    (40, 224, "Mã số thuế"), (260, 224, "0519725294"),
    (40, 236, "Tax code:"),
    (300, 300, "Cộng tiền hàng"), (480, 300, "1.008.000"),
    (300, 312, "Tiền thuế GTGT"), (480, 312, "80.640"),
    (300, 324, "Tổng cộng tiền thanh toán"), (480, 324, "1.088.640"),
    (40, 360, "Tầng 8, Tòa nhà Viettel, Thành phố Hà Nội"),
]


def test_a_vietnamese_bilingual_vat_invoice(patterns):
    fields, _ = _fields(drawn_lines(VIETNAMESE), patterns)
    values = {path: field.value for path, field in fields.items()}
    assert values["document_date"] == "2023-09-24"
    assert values["vendor_information.vendor_name"] == "CÔNG TY TNHH MTV VẬT LIỆU XÂY DỰNG TRƯỜNG AN"
    assert values["customer_information.customer_name"] == "CÔNG TY CỔ PHẦN XÂY DỰNG ĐẠI VIỆT"
    assert values["vendor_information.tax_id"] == "4098287064"
    assert values["financial_data.total_amount"] == 1088640
    assert values["financial_data.tax_amount"] == 80640
    assert values["financial_data.net_amount"] == 1008000
    assert values["financial_data.currency"] == "VND"  # from the city the address names


@pytest.mark.parametrize(("text", "expected"), [
    ("Ngày (Date) 24 tháng (month) 09 năm (year) 2023", "2023-09-24"),
    ("Ngày 07 tháng 01 năm 2025", "2025-01-07"),
    ("作成日 2024年03月15日", "2024-03-15"),
    ("작성일자 2023년 9월 24일", "2023-09-24"),
])
def test_dates_whose_parts_carry_their_unit_words(text, expected):
    found = find_dates(text)
    assert [m.value.isoformat() for m in found] == [expected]
    assert not found[0].ambiguous


def test_a_party_name_is_marked_with_what_it_shows_of_itself(patterns):
    # a company form in the name ("Ltd"), the issuer's name in the page's largest type
    page = [(40, 40, "Harbour Hardware Ltd", 16), (40, 60, "12 Quay Street, Galway"),
            (330, 90, "Invoice No."), (430, 90, "HH-1043"), (300, 200, "TOTAL"), (480, 200, "€2,025.00")]
    fields, _ = _fields(drawn_pdf(page), patterns)
    assert fields["vendor_information.vendor_name"].basis == "letterhead+form+title"
    assert fields["vendor_information.address"].basis == "letterhead+form+title"
    small = [(40, 40, "Harbour Hardware", 8), (40, 60, "12 Quay Street, Galway"), (200, 30, "INVOICE", 16),
             (330, 90, "Invoice No."), (430, 90, "HH-1043"), (300, 200, "TOTAL"), (480, 200, "€2,025.00")]
    fields, _ = _fields(drawn_pdf(small), patterns)
    assert fields["vendor_information.vendor_name"].basis == "letterhead"


def test_a_tax_id_in_a_footer_naming_another_company_is_not_the_vendor_s(patterns):
    # an e-invoicing provider's credit line carries its own tax id ("MST"), far below the seller's
    page = [
        (200, 40, "HÓA ĐƠN GIÁ TRỊ GIA TĂNG"), (420, 40, "Ký hiệu: 1K25MBT"), (420, 52, "Số: 7209"),
        (200, 64, "Ngày 07 tháng 01 năm 2025"),
        (40, 90, "Đơn vị bán hàng:"), (230, 90, "CÔNG TY CỔ PHẦN ĐIỆN LẠNH TRƯỜNG AN"),
        (40, 102, "Mã số thuế:"), (260, 102, "0189440139-009"),
        (40, 114, "Địa chỉ:"), (250, 114, "Số 334A Tôn Đức Thắng, Phường Bến Nghé, Quận 1"),
        (40, 150, "Tên đơn vị:"), (230, 150, "CÔNG TY TNHH VẬT LIỆU XÂY DỰNG THÀNH ĐẠT"),
        (40, 162, "Mã số thuế:"), (260, 162, "0559583198"),
        *[(40, 200 + 12 * i, f"Ghi chú {i}") for i in range(20)],
        (300, 480, "Tổng cộng"), (480, 480, "123.037.820"),
        (40, 700, "Phát hành bởi phần mềm hóa đơn điện tử của Công ty TNHH Phần mềm Kế toán An Tâm — MST: 0374103392"),
    ]
    fields, _ = _fields(drawn_lines(page), patterns)
    assert fields["vendor_information.tax_id"].value == "0189440139-009"


def test_a_footer_of_the_vendor_s_own_registrations_keeps_its_tax_id(patterns):
    page = [(40, 40, "Atlas Négoce", 14), (40, 60, "12 Rue Allal Ben Abdellah, Casablanca"),
            (330, 90, "Facture N°"), (430, 90, "F-2024-118"),
            (40, 120, "Client :"), (40, 132, "Maroc Distribution SARL"), (40, 144, "ICE : 119771540000266"),
            (300, 300, "Total TTC"), (480, 300, "12 000,00 DH"),
            (40, 700, "Société au capital de 1 000 000,00 DH · ICE : 273965506000006 · IF : 16697011 · RC : 377361", 7)]
    values, _ = extracted(page, patterns)
    assert values["vendor_information.tax_id"] == "273965506000006"


def test_chinese_and_japanese_phrases_are_found_inside_runs_without_spaces(patterns):
    assert patterns.company_suffixes.contains("朝日システム有限会社")
    assert [hit.kind.name for hit in patterns.find_labels("請求書番号：INV-12")] == ["invoice_number"]
    # the longest phrase still wins where one holds another ("お支払金額合計" is no bare "合計")
    assert [hit.kind.name for hit in patterns.find_labels("お支払金額合計　16,032,900円")] == ["payment_amount"]


JAPANESE_NOTICE = [
    (40, 40, "支払明細書"), (300, 40, "支払先コード"), (420, 40, "826449"),
    (300, 52, "支払番号"), (420, 52, "61475250"),
    (40, 64, "PAYMENT ADVICE"), (300, 64, "支払日"), (420, 64, "2024-05-14"),
    (40, 76, "朝日システム有限会社 御中"), (300, 76, "作成日"), (420, 76, "2024-05-07"),
    (300, 100, "丸紅製作所株式会社"), (300, 112, "東京都中央区日本橋2-2-12"),
    (40, 130, "お支払金額合計　2,843,280円"),
    (40, 160, "伝票番号"), (110, 160, "請求書番号"), (190, 160, "計上日"), (260, 160, "摘要"),
    (380, 160, "請求金額"), (440, 160, "控除額"), (500, 160, "支払額"),
    (40, 172, "90388887"), (110, 172, "No.002611"), (190, 172, "2024-03-14"), (260, 172, "加工賃 3月分"),
    (380, 172, "2,843,280"), (440, 172, "0"), (500, 172, "2,843,280"),
]


def test_a_japanese_payment_notice(patterns):
    fields, document_type = _fields(drawn_lines(JAPANESE_NOTICE), patterns)
    values = {path: field.value for path, field in fields.items()}
    assert document_type == "remittance_advice"
    # the company addressed "御中" is the payee of a payment notice, its honorific no part of its name
    assert values["vendor_information.vendor_name"] == "朝日システム有限会社"
    assert values["document_date"] == "2024-05-07"
    assert values["payment_information.payment_date"] == "2024-05-14"
    assert values["payment_information.payment_reference"] == "61475250"
    assert values["payment_information.payment_amount"] == 2843280
    assert values["financial_data.currency"] == "JPY"  # "円" after the figure


def test_a_korean_invoice_addresses_its_customer_with_an_honorific(patterns):
    page = [(40, 40, "(주)미래푸드"), (300, 40, "청구서 INVOICE"),
            (300, 60, "Invoice No. 청구번호"), (450, 60, "INV-202404-931"),
            (300, 72, "Date 발행일"), (450, 72, "2024/04/05"),
            (40, 120, "우리산업 주식회사 귀중"), (40, 132, "부산광역시 해운대구 해운대로 367"),
            (250, 200, "Supply Amount 공급가액"), (450, 200, "₩205,200"),
            (250, 212, "VAT 부가세 (10%)"), (450, 212, "₩20,520"),
            (250, 224, "Total 합계"), (450, 224, "₩225,720")]
    fields, _ = _fields(drawn_lines(page), patterns)
    values = {path: field.value for path, field in fields.items()}
    assert values["customer_information.customer_name"] == "우리산업 주식회사"
    assert values["financial_data.net_amount"] == 205200
    assert values["financial_data.tax_amount"] == 20520
    assert values["financial_data.total_amount"] == 225720


def test_a_healthcare_remittance_names_the_claim_by_the_patient_account(patterns):
    page = [(40, 40, "Keystone Health Plan", 12), (300, 40, "Explanation of Payment"),
            (40, 52, "PO Box 890214"), (40, 64, "Camp Hill, PA 17089-0214"),
            (40, 90, "PAYEE"), (300, 90, "Payment Date"), (400, 90, "12/19/2023"),
            (40, 102, "Lakeside Family Medicine PC"), (300, 102, "Payment Method"), (400, 102, "EFT"),
            (40, 114, "1089 W 5th Street"), (300, 114, "EFT Trace Number"), (400, 114, "812932953"),
            (40, 126, "Denver, CO 80288"), (300, 126, "Payment Amount"), (400, 126, "$26.75"),
            (40, 138, "Payee NPI: 2921717056 · Tax ID: 86-2021365 · Provider ID: 56855005"),
            (40, 170, "Patient: Taylor, Barbara  Member ID: 1KD7RF3EX61  Patient Account #: 00894131"),
            (40, 200, "Claim Total"), (480, 200, "26.75"),
            (40, 230, "Total Paid to Provider (1 claim)"), (480, 230, "$26.75")]
    values, document_type = extracted(page, patterns)
    assert document_type == "remittance_advice"
    assert values["invoice_ids.0"] == "00894131"
    assert "customer_information.customer_id" not in values
    assert values["vendor_information.vendor_id"] == "56855005"
    assert values["payment_information.payment_reference"] == "812932953"
    assert values["payment_information.payment_amount"] == 26.75


def test_an_explanation_of_payment_pays_each_claim_its_claim_total(patterns):
    page = [(40, 40, "Coastal Dental Insurance Company", 12), (300, 40, "Provider Explanation of Benefits"),
            (40, 52, "PO Box 30567"), (40, 64, "Tampa, FL 33630-3567"),
            (40, 90, "Bayshore Dental Group LLC"), (300, 90, "Check No."), (400, 90, "0803591"),
            (300, 102, "Check Date"), (400, 102, "06/13/2024"),
            (300, 114, "Check Amount"), (400, 114, "$690.22"),
            (40, 140, "Patient: Smith, Jennifer  Patient Acct No.: BDG0773366  Claim No.: 27884923074"),
            (40, 152, "Procedure"), (300, 152, "Submitted"), (480, 152, "Plan Pays"),
            (40, 164, "D1110 Prophylaxis - adult"), (300, 164, "111.33"), (480, 164, "109.62"),
            (40, 176, "Claim total"), (480, 176, "109.62"),
            (40, 200, "Patient: Brown, Daniel  Patient Acct No.: BDG0773379  Claim No.: 36236493669"),
            (40, 212, "Procedure"), (300, 212, "Submitted"), (480, 212, "Plan Pays"),
            (40, 224, "D2740 Crown - porcelain/ceramic"), (300, 224, "1,247.85"), (480, 224, "580.60"),
            (40, 236, "Claim total"), (480, 236, "580.60"),
            (40, 260, "Patient: Clark, Linda  Patient Acct No.: BDG0773396  Claim No.: 46232583830"),
            (40, 272, "D7140 Extraction, erupted tooth"), (300, 272, "207.12"), (480, 272, "0.00"),
            (40, 284, "Claim total"), (480, 284, "0.00"),
            (40, 310, "Total Plan Payment"), (480, 310, "$690.22")]
    values, document_type = extracted(page, patterns)
    assert document_type == "remittance_advice"
    allocations = [(values.get(f"payment_information.allocations.{i}.invoice_id"),
                    values.get(f"payment_information.allocations.{i}.amount")) for i in range(3)]
    # the denied claim (0.00) pays no invoice
    assert allocations == [("BDG0773366", 109.62), ("BDG0773379", 580.6), (None, None)]
    assert values["payment_information.payment_amount"] == 690.22
