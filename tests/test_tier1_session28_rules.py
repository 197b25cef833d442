"""Tier-1 rules of session 28 (hval28 became development: Croatian, Lithuanian and Vietnamese payment
advices and bank transfer confirmations, Venezuelan and Nicaraguan facturas, Samoan and Tongan tax
invoices, Sierra Leonean, Liberian and Gambian invoices, hardware store till receipts).

Each test draws a small document in the layout it names (made-up companies and numbers) and fails
on the engine before the rule (dd19f08), except the guards, which say what must not change.
"""

from __future__ import annotations

import pytest
from drawn_documents import (
    allocation_pairs,
    drawn_lines,
    drawn_pdf,
    invoice_ids,
    line_ending_at,
    read,
)

from engine.normalize.currencies import find_currency
from engine.pattern_files import load_patterns


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def _codes(text: str) -> list[str]:
    return [match.code for match in find_currency(text)]


def test_a_croatian_payment_advice_mailed(patterns):
    """A Croatian e-mail ("Šalje:", "Prima:", "Predmet:") numbers the advice in its subject, names the
    payee in brackets after the account paid into, and the payer signs at its foot."""
    items = [
        (40, 40, "Šalje:"), (120, 40, "Petra Kovač <racunovodstvo@sava.example>"),
        (40, 54, "Prima:"), (120, 54, "financije@kvarner.example"),
        (40, 68, "Datum:"), (120, 68, "14.03.2024. 09:12"),
        (40, 82, "Predmet:"), (120, 82, "Plaćanje računa - obavijest OP-2024-071"),
        (40, 110, "Poštovani,"),
        (40, 126, "obavještavamo Vas da je Sava gradnja d.o.o. dana 14.03.2024. izvršio uplatu u iznosu od"),
        (40, 140, "6.212,40 EUR na Vaš račun HR12 2484 0081 1234 5678 9 (Kvarner servis j.d.o.o.)."),
        (40, 154, "Uplatom su zatvoreni sljedeći računi:"),
        (40, 180, "Broj računa"), (160, 180, "Datum računa"), line_ending_at(420, 180, "Iznos računa"),
        line_ending_at(540, 180, "Plaćeno (EUR)"),
        (40, 194, "318/PP1/1"), (160, 194, "02.02.2024."), line_ending_at(420, 194, "4.100,00"),
        line_ending_at(540, 194, "4.100,00"),
        (40, 208, "327/PP1/1"), (160, 208, "09.02.2024."), line_ending_at(420, 208, "2.112,40"),
        line_ending_at(540, 208, "2.112,40"),
        (40, 230, "Ukupno: 6.212,40 EUR"),
        (40, 256, "Lijep pozdrav,"), (40, 270, "Petra Kovač"), (40, 284, "Računovodstvo"),
        (40, 298, "Sava gradnja d.o.o."), (40, 312, "Vukovarska 41"), (40, 326, "10000 Zagreb"),
        (40, 340, "OIB: 12345678903"),
    ]
    values, document_type = read(drawn_lines(items), patterns)
    assert document_type == "remittance_advice"
    assert values["payment_information.payment_reference"] == "OP-2024-071"
    assert values["vendor_information.vendor_name"] == "Kvarner servis j.d.o.o."
    assert values["customer_information.customer_name"] == "Sava gradnja d.o.o."
    assert values["payment_information.payment_date"] == "2024-03-14"
    assert allocation_pairs(values) == [("318/PP1/1", 4100.0), ("327/PP1/1", 2112.4)]


def test_an_english_mailed_advice_numbered_in_its_subject(patterns):
    """The subject's number is the advice's reference in any language the subject labels cover; an
    invoice it pays is never taken for it."""
    items = [
        (40, 40, "From: Dana Whitmore <dana@ashgrove.example>"), (40, 54, "To: ar@kestrel.example"),
        (40, 68, "Date: 05/03/2024"), (40, 82, "Subject: Payment advice PA-5521 (INV-3310)"),
        (40, 110, "Dear Kestrel team,"), (40, 126, "please find below the details of our payment."),
        (40, 150, "Invoice"), line_ending_at(540, 150, "Amount"),
        (40, 164, "INV-3310"), line_ending_at(540, 164, "1,250.00"),
        (40, 190, "Kind regards,"), (40, 204, "Dana Whitmore"), (40, 218, "Ashgrove Foods Ltd"),
    ]
    values, document_type = read(drawn_lines(items), patterns)
    assert document_type == "remittance_advice"
    assert values["payment_information.payment_reference"] == "PA-5521"


def test_a_lithuanian_payment_notice_letter(patterns):
    """A Lithuanian payer's "MOKĖJIMO PRANEŠIMAS": the addressee ("Gavėjas:") is paid; "MB" after a quoted
    name is a company form; "Pramonės g. 27" is a street; the sentence dates the payment."""
    items = [
        (40, 40, "„Nemuno baldai“, MB"), (40, 54, "Pramonės g. 27"), (40, 68, "LT-35193 Panevėžys"),
        (40, 82, "Įmonės kodas: 305123456"),
        (330, 100, "Gavėjas:"), (330, 114, "UAB \"Ąžuolo logistika\""), (330, 128, "Savanorių pr. 120"),
        (330, 142, "LT-03150 Vilnius"),
        (330, 170, "Panevėžys, 2024-05-20"),
        (200, 196, "MOKĖJIMO PRANEŠIMAS"),
        (40, 220, "Pranešimo Nr.: MP-2024-318"),
        (40, 246, "Gerbiami partneriai,"),
        (40, 262, "pranešame, kad 2024-05-21 į Jūsų sąskaitą pervedėme 9 400,00 EUR už šias sąskaitas:"),
        (40, 288, "Sąskaitos Nr."), (160, 288, "Data"), line_ending_at(420, 288, "Sąskaitos suma"),
        line_ending_at(540, 288, "Sumokėta, Eur"),
        (40, 302, "AZL-2024-1102"), (160, 302, "2024-04-02"), line_ending_at(420, 302, "9 400,00"),
        line_ending_at(540, 302, "9 400,00"),
        (40, 328, "Iš viso sumokėta: 9 400,00 EUR"),
        (40, 350, "Pagarbiai"),
    ]
    values, document_type = read(drawn_lines(items), patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "UAB \"Ąžuolo logistika\""
    assert values["customer_information.customer_name"] == "„Nemuno baldai“, MB"
    assert values["customer_information.address"] == "Pramonės g. 27, LT-35193 Panevėžys"
    assert values["payment_information.payment_reference"] == "MP-2024-318"
    assert values["payment_information.payment_date"] == "2024-05-21"
    assert values["payment_information.payment_amount"] == 9400.0


def test_a_lithuanian_mailed_advice_names_the_payee_in_prose(patterns):
    """"... pervedė 5 000,00 EUR į UAB „Vilniaus statyba“ sąskaitą ...": into the company's account,
    its form written before its quoted name."""
    items = [
        (40, 40, "Nuo:"), (120, 40, "Rasa Petrauskienė <buhalterija@kauno.example>"),
        (40, 54, "Kam:"), (120, 54, "apskaita@vilniaus.example"),
        (40, 68, "Data:"), (120, 68, "2024-06-03 10:15"),
        (40, 82, "Tema:"), (120, 82, "Mokėjimo pranešimas Nr. 77/24"),
        (40, 110, "Laba diena,"),
        (40, 126, "informuojame, kad 2024-06-04 UAB \"Kauno prekyba\" pervedė 5 000,00 EUR į UAB „Vilniaus statyba“"),
        (40, 140, "sąskaitą LT12 7300 0101 2345 6789. Apmokėtos šios sąskaitos:"),
        (40, 166, "Sąskaitos Nr."), (160, 166, "Data"), line_ending_at(540, 166, "Sumokėta, Eur"),
        (40, 180, "VLS-2024-0401"), (160, 180, "2024-05-02"), line_ending_at(540, 180, "5 000,00"),
        (40, 206, "Iš viso: 5 000,00 EUR"),
        (40, 230, "Pagarbiai"), (40, 244, "Rasa Petrauskienė"), (40, 258, "Buhalterija"),
        (40, 272, "UAB \"Kauno prekyba\""), (40, 286, "Laisvės al. 10, LT-44240 Kaunas"),
    ]
    values, document_type = read(drawn_lines(items), patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "UAB „Vilniaus statyba“"
    assert values["customer_information.customer_name"] == "UAB \"Kauno prekyba\""
    assert values["payment_information.payment_reference"] == "77/24"
    assert values["payment_information.payment_date"] == "2024-06-04"


def _form(rows: list[tuple[str, str | None]], top: float, value_x: float = 300) -> list[tuple]:
    """A bank form's rows as text lines: each caption at the left, its value (if any) in a column."""
    return [item for i, (label, value) in enumerate(rows)
            for item in ([(40, top + 14 * i, label)] + ([(value_x, top + 14 * i, value)] if value else []))]


def test_a_vietnamese_debit_advice(patterns):
    """A Vietnamese bank's "GIẤY BÁO NỢ / DEBIT ADVICE", captions in two languages: the account's holder
    under "Tài khoản ghi nợ / Debit account" pays (a bilingual caption is no sentence), the beneficiary's
    name row ("Tên / Name") names the payee, and the remarks the invoice."""
    rows = [("Số tham chiếu / Reference No.", "24061810453321"), ("Ngày giao dịch / Date", "18/06/2024 10:45:12"),
            ("Số tiền / Amount", "156,300,000 VND"), ("Phí / Fee", "11,000 VND"),
            ("Tài khoản ghi nợ / Debit account", None),
            ("Chủ tài khoản / Account name", "CÔNG TY TNHH THƯƠNG MẠI HẢI ÂU"),
            ("Số tài khoản / Account No.", "0071001234567"),
            ("Người hưởng / Beneficiary", None), ("Tên / Name", "CÔNG TY CỔ PHẦN VẬT TƯ SÔNG HỒNG"),
            ("Số tài khoản / Account No.", "1903456789012"), ("Nội dung / Remarks", "Thanh toan HD so 00000412")]
    items = [(40, 40, "Ngân hàng TMCP Ngoại thương Việt Nam"), (40, 60, "GIẤY BÁO NỢ / DEBIT ADVICE")]
    items += _form(rows, top=90)
    values, document_type = read(drawn_lines(items), patterns)
    assert document_type == "remittance_advice"
    assert values["customer_information.customer_name"] == "CÔNG TY TNHH THƯƠNG MẠI HẢI ÂU"
    assert values["vendor_information.vendor_name"] == "CÔNG TY CỔ PHẦN VẬT TƯ SÔNG HỒNG"
    assert values["payment_information.payment_reference"] == "24061810453321"
    assert invoice_ids(values) == ["00000412"]


def test_a_vietnamese_payment_order_numbered_in_the_banks_section(patterns):
    """An "ỦY NHIỆM CHI / PAYMENT ORDER": the bank's section ("NGÂN HÀNG / BANK") numbers the transfer
    on a line of its own ("Số giao dịch / Ref. No.:" over the number); the payment details name the
    invoice after "HD" (hóa đơn), its series after "KH" (ký hiệu) being no invoice."""
    items = [
        (200, 40, "ỦY NHIỆM CHI"), (200, 54, "PAYMENT ORDER"), (40, 74, "Số / No.: 512"),
        (40, 88, "Ngày / Date: 11/07/2024"),
        (40, 110, "Tên đơn vị trả tiền / Payer"), (40, 124, "CÔNG TY TNHH XÂY DỰNG MINH AN"),
        (40, 146, "Tên đơn vị nhận tiền / Payee"), (40, 160, "CÔNG TY CỔ PHẦN THÉP BẮC NAM"),
        (40, 182, "Số tiền bằng số / Amount in figures"), (40, 196, "287.400.000 VND"),
        (40, 218, "Nội dung thanh toán / Details of payment"), (40, 232, "TT HD 00000788 KH 1C24TAA"),
        (40, 262, "Kế toán trưởng"), (200, 262, "Chủ tài khoản"), (380, 262, "NGÂN HÀNG / BANK"),
        (380, 276, "Ghi sổ ngày / Posted on: 11/07/2024"), (380, 290, "Số giao dịch / Ref. No.:"),
        (380, 304, "FT241930011288"),
    ]
    values, document_type = read(drawn_lines(items), patterns)
    assert document_type == "remittance_advice"
    assert values["payment_information.payment_reference"] == "FT241930011288"
    assert invoice_ids(values) == ["00000788"]
    assert values["customer_information.customer_name"] == "CÔNG TY TNHH XÂY DỰNG MINH AN"
    assert values["vendor_information.vendor_name"] == "CÔNG TY CỔ PHẦN THÉP BẮC NAM"


def test_a_vietnamese_payment_letter(patterns):
    """A Vietnamese payer's "THÔNG BÁO THANH TOÁN": "Số: 118/2024/TB-KT" numbers the letter, the
    sentence after "xin thông báo:" dates the payment, an invoice's series ("1C24TTD") is no Trinidad
    dollar, and a credit row's note wraps in its cell ("00000921 (điều chỉnh" / "giảm)")."""
    items = [
        (40, 40, "CÔNG TY TNHH MTV CƠ KHÍ HÀ THÀNH"), (40, 54, "Số 12 Phạm Hùng, Quận Nam Từ Liêm, Hà Nội"),
        (40, 68, "MST: 0101234567"), (40, 82, "Số: 118/2024/TB-KT"),
        (300, 96, "Hà Nội, ngày 02 tháng 08 năm 2024"),
        (200, 120, "THÔNG BÁO THANH TOÁN"),
        (40, 140, "Kính gửi:"), (40, 154, "CÔNG TY TNHH ĐIỆN TỬ PHÚ GIA"),
        (40, 168, "Số 45 Lê Lợi, Quận 1, Thành phố Hồ Chí Minh"),
        (40, 192, "CÔNG TY TNHH MTV CƠ KHÍ HÀ THÀNH xin thông báo: ngày 05/08/2024 chúng tôi đã chuyển khoản"),
        (40, 206, "số tiền 95.000.000 đồng để thanh toán các hóa đơn sau:"),
        (40, 230, "STT"), (70, 230, "Số hóa đơn"), (200, 230, "Ký hiệu"), (270, 230, "Ngày hóa đơn"),
        line_ending_at(430, 230, "Giá trị hóa đơn"), line_ending_at(540, 230, "Số tiền thanh toán"),
        (40, 244, "1"), (70, 244, "00000880"), (200, 244, "1C24TTD"), (270, 244, "01/07/2024"),
        line_ending_at(430, 244, "100.000.000"), line_ending_at(540, 244, "100.000.000"),
        (40, 258, "2"), (70, 258, "00000921 (điều chỉnh"), (200, 258, "1C24TTD"), (270, 258, "15/07/2024"),
        line_ending_at(430, 258, "-5.000.000"), line_ending_at(540, 258, "-5.000.000"),
        (70, 268, "giảm)"),
        (40, 290, "Tổng cộng: 95.000.000 đồng"),
        (40, 310, "Trân trọng cảm ơn!"),
    ]
    values, document_type = read(drawn_lines(items), patterns)
    assert document_type == "remittance_advice"
    assert values["payment_information.payment_reference"] == "118/2024/TB-KT"
    assert values["payment_information.payment_date"] == "2024-08-05"
    assert values["financial_data.currency"] == "VND"
    assert invoice_ids(values) == ["00000880", "00000921"]
    assert _codes("1C24TTD") == []
    assert _codes("100EUR") == ["EUR"]  # a figure alone before the code still states a sum


def test_a_croatian_bank_confirmation_reads_its_second_column(patterns):
    """A form's row of captions ("Šifra namjene | Opis plaćanja") over a row of values: the payment's
    description is read in its own column, not from the purpose code at the left."""
    items = [
        (40, 40, "Zagrebačka banka d.d."), (40, 60, "POTVRDA O IZVRŠENOM PLAĆANJU"),
        (40, 80, "Referenca transakcije: HR5512345678901234"),
        (40, 100, "Platitelj (naziv / ime i adresa)"), (300, 100, "Iznos"),
        (40, 114, "Dalmacija trade d.o.o."), (300, 114, "2.450,00"),
        (40, 128, "Riva 12, 21000 Split"),
        (40, 150, "Primatelj (naziv / ime i adresa)"), (40, 164, "Istra servis d.o.o."),
        (40, 186, "Šifra namjene"), (300, 186, "Opis plaćanja"),
        (40, 200, "GDSV"), (300, 200, "Uplata po računu 212-PP1-2"),
        (40, 222, "Datum izvršenja: 03.04.2024."),
    ]
    values, document_type = read(drawn_lines(items), patterns)
    assert document_type == "remittance_advice"
    assert invoice_ids(values) == ["212-PP1-2"]
    assert values["payment_information.payment_amount"] == 2450.0
    assert values["payment_information.payment_date"] == "2024-04-03"


def test_currencies_by_sign_label_and_country(patterns):
    """The Pacific's and West Africa's signs ("WS$", "T$", "L$", "NLe"); "C$" and "Bs" by the country
    the phone numbers and address name; a total's label that ends with the currency."""
    assert _codes("TOTAL WS$") == ["WST"]
    assert _codes("Amount (T$)") == ["TOP"]
    assert _codes("Total L$") == ["LRD"]
    assert _codes("Rate (NLe)") == ["SLE"]
    assert _codes("Total TT$ 100.00") == ["TTD"]  # the longer sign still wins
    nicaragua = [(40, 40, "Ferretería Las Flores, S.A."), (40, 54, "Managua, Nicaragua"), (40, 68, "Tel. +505 2250 1122"),
                 (300, 40, "FACTURA"), (300, 54, "No. 0012345"), (300, 68, "Fecha: 13/10/2023"),
                 (40, 100, "Cant."), (100, 100, "Descripción"), line_ending_at(540, 100, "Total"),
                 (40, 114, "2"), (100, 114, "Cemento gris"), line_ending_at(540, 114, "764.88"),
                 (300, 140, "Total C$"), line_ending_at(540, 140, "764.88")]
    values, _ = read(drawn_lines(nicaragua), patterns)
    assert values["financial_data.currency"] == "NIO"
    venezuela = [(40, 40, "Comercial Ávila, C.A."), (40, 54, "RIF: J-31234567-8"), (40, 68, "Teléfono: +58 212-555.12.34"),
                 (300, 40, "FACTURA"), (300, 54, "N° de Factura: 00012345"), (300, 68, "Fecha de emisión: 18/03/2023"),
                 (40, 100, "Equivalente referencial: USD 1.591,13"),
                 (300, 130, "TOTAL A PAGAR Bs."), line_ending_at(540, 130, "35.291,20")]
    values, _ = read(drawn_lines(venezuela), patterns)
    assert values["financial_data.currency"] == "VES"
    assert values["vendor_information.tax_id"] == "J-31234567-8"
    gambia = [(40, 40, "Kotu Traders Company Ltd"), (40, 54, "Kairaba Avenue, Serrekunda, The Gambia"),
              (40, 68, "Tel: +220 44 123 456"), (300, 40, "INVOICE"), (300, 54, "No. 4411"),
              (300, 68, "Date: 20/07/2024"), (300, 100, "Total D"), line_ending_at(540, 100, "2,500.00")]
    values, _ = read(drawn_lines(gambia), patterns)
    assert values["financial_data.currency"] == "GMD"


def test_a_venezuelan_factura_sets_captions_over_values(patterns):
    """A Venezuelan factura's customer as a form with each caption over its value: "Nombre o Razón
    Social" over the name (with figures, "2020, C.A."), "RIF / C.I." beside it, "Domicilio fiscal" over
    an address its column wrapped ("..., Edo." / "Carabobo 2001")."""
    items = [
        (40, 40, "Suministros Andes 2021, C.A.", 13), (40, 58, "RIF: J-40123456-1"), (40, 70, "Domicilio fiscal:"),
        (40, 82, "Av. Las Américas, Local 8"), (40, 94, "Mérida, Edo. Mérida 5101"),
        (340, 40, "FACTURA", 14), (340, 58, "N° de Factura: 00004521"), (340, 70, "Fecha de emisión: 10/05/2024"),
        (40, 126, "Nombre o Razón Social", 6.5), (340, 126, "RIF / C.I.", 6.5),
        (40, 136, "Textiles Guayana 2019, C.A."), (340, 136, "J-29876543-0"),
        (40, 152, "Domicilio fiscal", 6.5), (340, 152, "Condiciones de pago", 6.5),
        (40, 162, "Av. Bolívar Norte, C.C. Camoruco, Nivel 2, Local 40, Valencia, Edo."), (340, 162, "Contado"),
        (40, 172, "Carabobo 2001"),
        (40, 200, "Código"), (92, 200, "Descripción"), (340, 200, "Cant."), (400, 200, "Precio unitario"),
        (520, 200, "Total"),
        (40, 214, "CEM-42"), (92, 214, "Cemento gris, saco 42,5 kg"), (350, 214, "10"), (410, 214, "382,64"),
        (510, 214, "3.826,40"),
        (400, 240, "Sub-total"), (510, 240, "3.826,40"), (400, 254, "Monto total del IVA 16%"), (520, 254, "612,22"),
        (400, 268, "TOTAL A PAGAR Bs."), (510, 268, "4.438,62"),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "invoice"
    assert values["vendor_information.vendor_name"] == "Suministros Andes 2021, C.A."
    assert values["vendor_information.tax_id"] == "J-40123456-1"
    assert values["customer_information.customer_name"] == "Textiles Guayana 2019, C.A."
    assert values["customer_information.address"] == \
        "Av. Bolívar Norte, C.C. Camoruco, Nivel 2, Local 40, Valencia, Edo. Carabobo 2001"


def test_a_nicaraguan_factura_names_its_clerk_and_its_places_from_landmarks(patterns):
    """"Vendedor: José Ramón Gutiérrez" names the clerk who made the sale: the letterhead's company is
    the vendor; "Del Banpro 1 c. al este, ..." (an address given from a landmark) is no date's label."""
    items = [
        (40, 40, "Ferretería San Jacinto, S.A.", 13), (40, 58, "Costado sur del parque, 2 c. abajo"),
        (40, 70, "Managua, Nicaragua"), (40, 82, "RUC J0310000123456"),
        (270, 40, "FACTURA", 14), (270, 58, "No."), (380, 58, "0034611"), (270, 72, "Fecha:"), (380, 72, "14/10/2023"),
        (270, 86, "Vendedor:"), (380, 86, "José Ramón Gutiérrez"),
        (40, 114, "Cliente:"), (40, 126, "Comercial Momotombo, S.A."), (40, 138, "Del Banpro 1 c. al este, 1/2 c. al norte"),
        (40, 150, "Estelí, Nicaragua"), (40, 162, "RUC: J0311000765432"),
        (40, 190, "Cant."), (100, 190, "Descripción"), (400, 190, "P. Unitario"), (500, 190, "Total"),
        (40, 204, "2"), (100, 204, "Tubo PVC 1/2\" x 6 m"), (410, 204, "122.79"), (500, 204, "245.58"),
        (400, 230, "Total C$"), (500, 230, "245.58"),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "invoice"
    assert values["vendor_information.vendor_name"] == "Ferretería San Jacinto, S.A."
    assert values["customer_information.address"] == "Del Banpro 1 c. al este, 1/2 c. al norte, Estelí, Nicaragua"
    assert values["financial_data.currency"] == "NIO"


def test_dates_either_way_round_read_by_the_terms(patterns):
    """A Liberian invoice writes its dates month first: "Date: 07/02/2023", "Terms: 30 days", "Due Date:
    08/01/2023" hold only read as 2 July and 1 August."""
    items = [
        (40, 40, "Lone Pine Engineering Corporation", 13), (40, 58, "47 Randall Street, Monrovia, Liberia"),
        (340, 40, "INVOICE", 14), (340, 58, "Invoice No.: LP-2231"), (340, 70, "Date: 07/02/2023"),
        (340, 82, "Terms: 30 days"), (340, 94, "Due Date: 08/01/2023"),
        (40, 130, "Description"), (300, 130, "Qty"), (400, 130, "Rate"), (500, 130, "Amount"),
        (40, 144, "Security guard services - monthly"), (300, 144, "1"), (400, 144, "1,032.13"), (500, 144, "1,032.13"),
        (400, 170, "TOTAL US$"), (500, 170, "1,032.13"),
    ]
    values, _ = read(drawn_pdf(items), patterns)
    assert values["document_date"] == "2023-07-02"
    assert values["payment_terms.due_date"] == "2023-08-01"


def test_dates_the_terms_agree_with_stay(patterns):
    """Guard: where the day-first reading already fits the terms, nothing is swapped."""
    items = [
        (40, 40, "Harbour Traders Ltd", 13), (40, 58, "12 Quay Road, Freetown, Sierra Leone"),
        (340, 40, "INVOICE", 14), (340, 58, "Invoice No.: HT-118"), (340, 70, "Date: 02/03/2024"),
        (340, 82, "Terms: 30 days"), (340, 94, "Due Date: 01/04/2024"),
        (400, 130, "TOTAL"), (500, 130, "1,000.00"),
    ]
    values, _ = read(drawn_pdf(items), patterns)
    assert values["document_date"] == "2024-03-02"
    assert values["payment_terms.due_date"] == "2024-04-01"


def test_a_hardware_store_till_receipt_and_its_refund(patterns):
    """A hardware store's till slip: the company that trades under the shop's sign is the vendor, the
    transaction number ("Trans:") numbers the slip, and a refund's "Orig. receipt:" is the sale it
    refunds, not its own number."""
    head = [(60, 40, "BAYSIDE HARDWARE", 12), (60, 56, "Bayside Trading Ltd"), (60, 68, "62 Dock Road"),
            (60, 80, "Galway H91 W2YC"), (60, 92, "VAT No. IE 9549846NI")]
    sale = head + [(60, 116, "RECEIPT", 11), (60, 132, "Store 018 Reg 08 Op MIKE"), (60, 144, "Trans: 58-19075"),
                   (60, 156, "27/07/2025 08:07"), (60, 176, "910288 Extension lead 10m"), (200, 176, "39.88"),
                   (60, 196, "TOTAL"), (200, 196, "39.88"), (60, 210, "CASH"), (200, 210, "40.00"),
                   (60, 222, "CHANGE"), (200, 222, "0.12")]
    values, document_type = read(drawn_pdf(sale), patterns)
    assert document_type == "receipt"
    assert values["vendor_information.vendor_name"] == "Bayside Trading Ltd"
    assert invoice_ids(values) == ["58-19075"]
    refund = head + [(60, 116, "REFUND", 11), (60, 132, "Store 018 Reg 08 Op MIKE"), (60, 144, "Trans: 5819075"),
                     (60, 156, "27/07/2025 08:07"), (60, 168, "Orig. receipt: 5806302"),
                     (60, 188, "910288 Extension lead 10m"), (200, 188, "-39.88"),
                     (60, 208, "TOTAL"), (200, 208, "-39.88"), (60, 222, "REFUND TO MASTERCARD"), (200, 222, "-39.88")]
    values, _ = read(drawn_pdf(refund), patterns)
    assert invoice_ids(values) == ["5819075"]


def test_a_samoan_tax_invoice(patterns):
    """A Samoan tax invoice: the letterhead's place set apart by middle dots ("Fugalei Street · Apia ·
    Samoa"), its tax ("VAGST 15%"), and the bank account in "Payments to BSP Samoa, account 23052866",
    which is no customer's account number (the header's "Account" column gives that)."""
    items = [
        (220, 40, "Savai'i Hardware Ltd", 14), (235, 58, "Fugalei Street · Apia · Samoa"),
        (250, 70, "VAGST Reg. / TIN: 857113", 6.5),
        (40, 100, "TAX INVOICE", 14),
        (40, 120, "Invoice No."), (140, 120, "Date"), (240, 120, "Account"), (340, 120, "Terms"),
        (40, 132, "TI73345"), (140, 132, "21/08/2023"), (240, 132, "SAM657"), (340, 132, "Strictly 14 days"),
        (40, 156, "Invoice to"), (40, 168, "Samoa Pacific Office Solutions Ltd"), (40, 180, "P.O. Box 1129"),
        (40, 192, "Saleufi, Apia"), (40, 204, "Samoa"),
        (40, 230, "Description"), (300, 230, "Qty"), (380, 230, "Unit Price"), (500, 230, "Amount (WS$)"),
        (40, 244, "Cement 40kg bag"), (300, 244, "20"), (380, 244, "38.52"), (500, 244, "770.40"),
        (380, 270, "Subtotal (excl. VAGST)"), (500, 270, "770.40"), (380, 284, "VAGST 15%"), (500, 284, "115.56"),
        (380, 298, "TOTAL WS$"), (500, 298, "885.96"),
        (40, 320, "Payments to BSP Samoa, account 23052866. Please quote the invoice number.", 6.5),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "invoice"
    assert values["vendor_information.vendor_name"] == "Savai'i Hardware Ltd"
    assert values["vendor_information.address"] == "Fugalei Street, Apia, Samoa"
    assert values["customer_information.customer_id"] == "SAM657"
    assert values["financial_data.tax_amount"] == 115.56
    assert values["financial_data.currency"] == "WST"


def test_a_letterhead_without_figures_beside_a_form(patterns):
    """"Nuku'alofa Hardware Limited" / "Taufa'ahau Road" / "Nuku'alofa" / "Kingdom of Tonga" at the
    left is the letterhead, though its place has no figure; "Order 70691", a field's value in the form
    beside it, is no address; nor is a "Business Registration No." line under another letterhead."""
    items = [
        (49, 40, "Nuku'alofa Hardware Limited", 12.5), (265, 40, "TAX INVOICE", 17),
        (49, 58, "Taufa'ahau Road"), (268, 62, "Invoice No."), (379, 62, "TI-67075"),
        (49, 71, "Nuku'alofa"), (268, 75, "Date"), (379, 75, "28 Dec 2024"),
        (49, 83, "Kingdom of Tonga"), (268, 88, "Order No."), (379, 88, "Order 70691"),
        (49, 96, "TIN 97062946", 6.5), (268, 101, "Terms"), (379, 101, "14 days"),
        (39, 136, "Bill to", 6.5), (39, 146, "Nuku'alofa Motors Ltd"), (39, 159, "Salote Road, Fasi-moe-Afi"),
        (39, 171, "Nuku'alofa"), (39, 184, "Kingdom of Tonga"),
        (380, 220, "TOTAL T$"), (500, 220, "2,241.26"),
    ]
    values, _ = read(drawn_pdf(items), patterns)
    assert values["vendor_information.address"] == "Taufa'ahau Road, Nuku'alofa, Kingdom of Tonga"
    assert values["financial_data.currency"] == "TOP"
    liberia = [
        (49, 40, "Grand Bassa Business Services", 12.5), (49, 54, "Ltd", 12.5), (49, 70, "Bushrod Island, Freeport"),
        (49, 82, "Monrovia"), (49, 94, "Liberia"), (49, 106, "TIN: 520818413", 6.5),
        (49, 116, "Business Registration No. 0250878", 6.5), (340, 40, "TAX INVOICE", 14),
        (340, 58, "Invoice No.: 86330"), (340, 70, "Date: 04/03/2024"), (400, 150, "TOTAL"), (500, 150, "1,250.00"),
    ]
    values, _ = read(drawn_pdf(liberia), patterns)
    assert values["vendor_information.address"] == "Bushrod Island, Freeport, Monrovia, Liberia"
