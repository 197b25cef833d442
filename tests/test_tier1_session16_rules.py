"""Tier 1 rules first written in session 16, each general rather than tied to one language:

- net, tax and total found by their arithmetic when the labels are in a language the lists do not
  hold (a figure on a line with a rate is that rate of another, and the two add up to a third);
- the words of a Hebrew or Arabic phrase in reading order (right to left);
- a label inside another field's value ("Payment method | Check #952038 mailed ...") ranks below its
  field's own line ("Payment ID | PAY493055-63"), and the last digits of a masked account ("ending in
  5108") are no customer number.
"""

from __future__ import annotations

import pytest
from drawn_documents import drawn_lines, extracted

from engine.bidi import reading_order
from engine.document import Word
from engine.pattern_files import load_patterns
from engine.tiers.patterns import extract_fields


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def _values(document, patterns):
    fields, document_type, _, _ = extract_fields(document, patterns)
    return {path: field.value for path, field in fields.items()}


# ---- net, tax and total by their arithmetic ---------------------------------------------------------

def _lithuanian_invoice(totals: list[tuple]) -> list[tuple]:
    # (Lithuanian's labels are in the lists since session 19: the totals blocks below are labelled in
    # Irish, which they do not hold, so that the arithmetic alone still has to read them; Icelandic, the
    # language here until session 20, and Welsh, until session 27, now have their labels.)
    return [
        (200, 40, "PVM SĄSKAITA FAKTŪRA"),
        (380, 60, "Serija VS Nr. 070796"),
        (40, 90, "Pardavėjas:"), (330, 90, "Pirkėjas:"),
        (40, 102, "UAB Šilo sprendimai"), (330, 102, "UAB Gintaro maisto produktai"),
        (40, 114, "Konstitucijos pr. 51, LT-01103 Vilnius"), (330, 114, "Verkių g. 49, LT-08105 Vilnius"),
        (40, 150, "Eil. Nr."), (90, 150, "Pavadinimas"), (330, 150, "Kiekis"), (400, 150, "Kaina, EUR"),
        (480, 150, "Suma, EUR"),
        (40, 162, "1"), (90, 162, "Biuro kėdė ergonomiška"), (330, 162, "12"), (400, 162, "217,44"),
        (480, 162, "2 609,28"),
        (40, 174, "2"), (90, 174, "Kompiuterinės technikos priežiūra"), (330, 174, "40"), (400, 174, "52,96"),
        (480, 174, "2 118,36"),
        *totals,
    ]


def test_net_tax_and_total_are_read_by_their_arithmetic_under_labels_no_list_holds(patterns):
    document = drawn_lines(_lithuanian_invoice([
        (300, 200, "Iomlán gan CBL:"), (470, 200, "4 727,64 EUR"),
        (300, 212, "CBL 21 %:"), (470, 212, "992,80 EUR"),
        (300, 224, "Iomlán le CBL:"), (470, 224, "5 720,44 EUR"),
    ]))
    values = _values(document, patterns)
    assert values["financial_data.total_amount"] == 5720.44
    assert values["financial_data.net_amount"] == 4727.64
    assert values["financial_data.tax_amount"] == 992.80


def test_a_sum_without_a_rate_is_no_net_and_tax(patterns):
    # Two item amounts add up to the total, but no rate ties them: nothing is made of the sum.
    document = drawn_lines(_lithuanian_invoice([(300, 224, "Iomlán ar fad:"), (470, 224, "4 727,64 EUR")]))
    values = _values(document, patterns)
    assert "financial_data.net_amount" not in values
    assert "financial_data.tax_amount" not in values


def test_a_discount_rate_over_a_subtotal_is_no_tax(patterns):
    # "-10 %" of the subtotal and the subtotal add up to the discounted figure, which is not the total:
    # the total is the largest figure from the block down, and the real triple (net, 19 %, total) wins.
    document = drawn_lines(_lithuanian_invoice([
        (300, 200, "Fo-iomlán:"), (470, 200, "5 252,93"),
        (300, 212, "Lascaine 10 %:"), (470, 212, "-525,29"),
        (300, 224, "Iomlán gan CBL:"), (470, 224, "4 727,64"),
        (300, 236, "CBL 21 %:"), (470, 236, "992,80"),
        (300, 248, "Iomlán:"), (470, 248, "5 720,44"),
    ]))
    values = _values(document, patterns)
    assert values["financial_data.net_amount"] == 4727.64
    assert values["financial_data.tax_amount"] == 992.80
    assert values["financial_data.total_amount"] == 5720.44


def test_a_labelled_total_after_rounding_is_kept(patterns):
    # The triple 17.93 + 1.08 = 19.01 holds, but the till's labelled, rounded total is what was paid.
    lines = [
        ("KEDAI RUNCIT MAJU SDN BHD", (40, 30, 200, 40)),
        ("TOTAL(MYR) : 17.93", (40, 100, 200, 110)),
        ("GST @ 6% : 1.08", (40, 112, 200, 122)),
        ("NET TOTAL(MYR) : 19.01", (40, 124, 200, 134)),
        ("ROUNDING ADJ. : -0.01", (40, 136, 200, 146)),
        ("NET TOTAL ROUNDED(MYR) : 19.00", (40, 148, 220, 158)),
        ("CASH : 19.00", (40, 160, 200, 170)),
    ]
    from engine.document import document_from_lines

    values = _values(document_from_lines(lines, width=300, height=400), patterns)
    assert values["financial_data.total_amount"] == 19.00


def test_a_labelled_net_that_disagrees_keeps_the_triple_out(patterns):
    document = drawn_lines(_lithuanian_invoice([
        (300, 188, "Subtotal:"), (470, 188, "4 700,00"),
        (300, 200, "Iomlán gan CBL:"), (470, 200, "4 727,64"),
        (300, 212, "CBL 21 %:"), (470, 212, "992,80"),
        (300, 224, "Iomlán le CBL:"), (470, 224, "5 720,44"),
    ]))
    values = _values(document, patterns)
    # The labelled subtotal is read as the net; the triple does not add a tax that disagrees with it.
    assert values.get("financial_data.net_amount") == 4700.00
    assert "financial_data.tax_amount" not in values


def test_whole_currency_figures_meet_the_rate_within_a_unit(patterns):
    # Chilean pesos have no cents: 19 % of 2.988.360 is 567.788,4, printed 567.788.
    document = drawn_lines([
        (40, 40, "TRANSPORTES MAIPO LIMITADA"), (380, 40, "FACTURA ELECTRÓNICA"), (400, 52, "N° 54902"),
        (40, 80, "Señor(es): CONSTRUCTORA BIOBÍO LIMITADA"),
        (40, 120, "Descripción"), (400, 120, "Valor"),
        (40, 132, "Arriendo grúa horquilla"), (400, 132, "2.462.400"),
        (40, 144, "Mantención mensual de áreas verdes"), (400, 144, "525.960"),
        (300, 180, "Monto Afecto"), (400, 180, "$2.988.360"),
        (300, 192, "IVA 19%"), (400, 192, "$567.788"),
        (300, 204, "Total"), (400, 204, "$3.556.148"),
    ])
    values = _values(document, patterns)
    assert values["financial_data.total_amount"] == 3556148
    assert values["financial_data.net_amount"] == 2988360
    assert values["financial_data.tax_amount"] == 567788


def test_a_surcharge_at_an_odd_rate_is_no_tax(patterns):
    # 24.73 % is worked out, not a tax rate: net + surcharge = total proves nothing about a tax.
    document = drawn_lines(_lithuanian_invoice([
        (300, 200, "Linehaul"), (470, 200, "711,08"),
        (300, 212, "Eldsneytisálag 24,73 %"), (470, 212, "175,85"),
        (300, 224, "Til greiðslu"), (470, 224, "886,93"),
    ]))
    values = _values(document, patterns)
    assert "financial_data.tax_amount" not in values


def test_the_totals_again_in_a_second_currency_leave_the_choice_open(patterns):
    # Croatia's 2023 dual display: the same block in euro and in kuna (7.5345). Both add up; which is the
    # document's is not for arithmetic to say. (Since session 17 the Croatian labels read both blocks, and
    # the block whose line names the currency first is the document's: tests/test_tier1_session17_rules.py.)
    document = drawn_lines(_lithuanian_invoice([
        (300, 200, "Osnovica EUR"), (470, 200, "4 727,64"),
        (300, 212, "PDV 21 % EUR"), (470, 212, "992,80"),
        (300, 224, "Ukupno EUR"), (470, 224, "5 720,44"),
        (300, 240, "Osnovica HRK"), (470, 240, "35 620,40"),
        (300, 252, "PDV 21 % HRK"), (470, 252, "7 480,28"),
        (300, 264, "Ukupno HRK"), (470, 264, "43 100,68"),
    ]))
    values = _values(document, patterns)
    assert values.get("financial_data.net_amount") != 35620.40
    assert values.get("financial_data.total_amount") != 43100.68


# ---- right-to-left phrases -----------------------------------------------------------------------------

def _word(text: str, x0: float, x1: float) -> Word:
    return Word(text, (x0, 100.0, x1, 112.0), 10.0)


def test_a_hebrew_phrase_reads_right_to_left_and_a_word_broken_at_its_quote_is_one():
    # As a text layer lays out 'קשת בנייה בע"מ': the abbreviation בע"מ in three touching pieces.
    words = (_word("מ", 458, 467), _word('"', 467, 474), _word("בע", 474, 488), _word("בנייה", 492, 522),
             _word("קשת", 526, 552))
    assert " ".join(w.text for w in reading_order(words)) == 'קשת בנייה בע"מ'
    street = (_word("84", 507, 518), _word("קוק", 520, 534), _word("הרב", 537, 552))
    assert " ".join(w.text for w in reading_order(street)) == "הרב קוק 84"
    # Figures keep their own order inside a right-to-left phrase.
    phone = (_word("4916", 420, 440), _word("823", 400, 416), _word("02", 380, 396), _word("טל'", 447, 460))
    ordered = reading_order(tuple(sorted(phone, key=lambda w: w.bbox[0])))
    assert " ".join(w.text for w in ordered) == "טל' 02 823 4916"


def test_a_latin_or_mixed_phrase_keeps_its_order():
    latin = (_word("Avi", 40, 60), _word("Biton", 62, 90))
    assert reading_order(latin) == latin
    mixed = (_word("To", 40, 52), _word("/", 54, 58), _word("לכבוד", 60, 90))
    assert reading_order(mixed) == mixed


def test_a_hebrew_letterhead_names_its_company_in_reading_order(patterns):
    # Each line as the layout sees it: words left to right, each word's letters in logical order.
    document = drawn_lines([
        (400, 40, 'בע"מ בנייה קשת'), (40, 40, "KESHET"),
        (60, 70, "חשבונית מס 28983"),
        (40, 200, "100,061.04"), (300, 200, "17%"), (40, 212, "17,010.38"), (40, 224, "117,071.42"),
    ])
    values = _values(document, patterns)
    assert values["vendor_information.vendor_name"] in ('קשת בנייה בע"מ', "KESHET")


# ---- labels inside other values ---------------------------------------------------------------------

def _platform_notification(method: str) -> list[tuple]:
    return [
        (40, 40, "Remitly Business Pay"), (40, 60, "You've been paid", 14),
        (40, 80, "Harper Office Solutions Group LLC sent you a payment for the invoices below."),
        (40, 100, "Payment amount"), (160, 100, "$16,949.61"),
        (40, 112, "Payment method"), (160, 112, method),
        (40, 124, "Payment ID"), (160, 124, "PAY493055-63"),
        (40, 136, "Payment date"), (160, 136, "07/04/2023"),
        (40, 160, "Invoices paid"),
        (40, 176, "Invoice #"), (120, 176, "Invoice date"), (400, 176, "Amount paid"),
        (40, 188, "A-58869"), (120, 188, "04/25/2023"), (400, 188, "$7,150.96"),
        (40, 200, "A-58882"), (120, 200, "05/04/2023"), (400, 200, "$9,798.65"),
        (40, 212, "Total paid"), (400, 212, "$16,949.61"),
    ]


def test_a_cheque_named_in_the_payment_method_gives_way_to_the_payment_id(patterns):
    values, document_type = extracted(_platform_notification("Check #952038 mailed to your remit-to address"),
                                      patterns)
    assert document_type == "remittance_advice"
    assert values["payment_information.payment_reference"] == "PAY493055-63"
    assert values["payment_information.payment_date"] == "2023-07-04"


def test_the_last_digits_of_a_masked_account_are_no_customer_number(patterns):
    # The method's words wrap, leaving the masked digits alone on the line below "account".
    items = [item if item[1] < 112 else (item[0], item[1] + 12, *item[2:])
             for item in _platform_notification("ACH (bank transfer) to account ending in")]
    values, _ = extracted([*items, (160, 124, "5108")], patterns)
    assert "customer_information.customer_id" not in values
    assert values["payment_information.payment_reference"] == "PAY493055-63"


# ---- glosses and field names in a letterhead ----------------------------------------------------------

def test_a_tax_id_after_its_labels_gloss_in_brackets_is_the_number_alone(patterns):
    values, _ = extracted([
        (150, 40, "SUNDARBAN TRADERS LTD.", 14),
        (150, 56, "Plot 85, Adamjee EPZ, Narayanganj"),
        (150, 68, "VAT Reg. (BIN): 004758784-0101"),
        (200, 90, "TAX INVOICE", 12),
        (40, 120, "Bill To:"), (380, 120, "Invoice No."), (470, 120, "347936"),
        (40, 132, "Karnaphuli Agro Industries Ltd."), (380, 132, "Date"), (470, 132, "25 December 2024"),
        (40, 144, "117 Nabinagar-Chandra Road, Savar, Dhaka"),
        (300, 200, "Total Amount (Tk)"), (470, 200, "1,13,900.00"),
    ], patterns)
    assert values["vendor_information.tax_id"] == "004758784-0101"


def test_a_letterhead_address_line_drops_its_field_name(patterns):
    values, _ = extracted([
        (40, 40, "IMPORTADORA ANDES LIMITADA", 13),
        (40, 56, "Dirección: Moneda 8983, Santiago"),
        (40, 68, "Teléfono: +56 2 2362 8569"),
        (380, 40, "FACTURA ELECTRÓNICA"), (400, 52, "N° 17143"),
        (40, 100, "Señor(es): Comercial Lautaro S.A."), (330, 100, "Fecha Emisión: 28-04-2023"),
        (300, 200, "Total"), (470, 200, "$1.558.162"),
    ], patterns)
    assert values["vendor_information.address"] == "Moneda 8983, Santiago"
    assert values["customer_information.customer_name"] == "Comercial Lautaro S.A."


# ---- Russian invoices ---------------------------------------------------------------------------------

def test_a_russian_payment_invoice_reads_its_one_line_parties_and_totals(patterns):
    document = drawn_lines([
        (40, 30, "Банк ВТБ (ПАО) г. Москва"), (300, 30, "БИК 044525187"),
        (40, 42, "ИНН 7838300407 КПП 783801001"), (300, 42, "Сч. № 40702810743357003492"),
        (40, 54, "АО «Стройинвест»"), (40, 66, "Получатель"),
        (40, 90, "Счет на оплату № ТД-001134 от 15 февраля 2024 г."),
        (40, 114, "Поставщик"), (130, 114, "АО «Стройинвест», ИНН 7838300407, КПП 783801001, 197022, г. Санкт-Петербург,"),
        (40, 126, "(Исполнитель):"), (130, 126, "Лиговский пр-т, д. 130, тел.: +7 (812) 658-34-96"),
        (40, 138, "Покупатель"), (130, 138, "ООО «Интерснаб», ИНН 7802573351, КПП 780201002, 196084, г. Москва,"),
        (40, 150, "(Заказчик):"), (130, 150, "ул. Тверская, д. 61"),
        (40, 162, "Основание:"), (130, 162, "Договор № 53-Д от 25.08.2023"),
        (40, 180, "№"), (60, 180, "Товары (работы, услуги)"), (320, 180, "Кол-во"), (400, 180, "Цена"), (480, 180, "Сумма"),
        (40, 192, "1"), (60, 192, "Цемент М500 Д0, мешок 50 кг"), (320, 192, "10"), (400, 192, "540,50"),
        (480, 192, "5 405,00"),
        (40, 204, "2"), (60, 204, "Транспортные услуги"), (320, 204, "1"), (400, 204, "31 398,00"),
        (480, 204, "31 398,00"),
        (380, 228, "Итого:"), (480, 228, "36 803,00"),
        (340, 240, "В том числе НДС:"), (480, 240, "6 133,83"),
        (350, 252, "Всего к оплате:"), (480, 252, "36 803,00"),
        (40, 264, "Всего наименований 2, на сумму 36 803,00 руб."),
        (40, 276, "Оплатить не позднее 20.02.2024"),
    ])
    values = _values(document, patterns)
    assert values["invoice_ids.0"] == "ТД-001134"
    # The title line, long as a sentence, is the header: its date is the document's, not the contract's.
    assert values["document_date"] == "2024-02-15"
    assert values["vendor_information.vendor_name"] == "АО «Стройинвест»"
    assert values["vendor_information.tax_id"] == "7838300407"
    assert values["customer_information.customer_name"] == "ООО «Интерснаб»"
    assert values["customer_information.address"] == "196084, г. Москва, ул. Тверская, д. 61"
    assert values["financial_data.total_amount"] == 36803.00
    assert values["financial_data.tax_amount"] == 6133.83
    assert values["financial_data.currency"] == "RUB"
    assert values["payment_terms.due_date"] == "2024-02-20"


def test_a_total_row_with_its_column_number_reads_net_tax_and_total(patterns):
    # The УПД's "Всего к оплате (9)" row: its column number in brackets, then net, excise "X", tax, total.
    document = drawn_lines([
        (40, 30, "Счет-фактура № 547 от 20 января 2024 г."),
        (40, 42, "Продавец: ПАО \"Меридиан\""),
        (40, 54, "Адрес: 620026, г. Екатеринбург, ул. Белинского, д. 48"),
        (40, 66, "ИНН/КПП продавца: 6670481075/667001001"),
        (40, 78, "Покупатель: ООО «Вектор»"),
        (40, 90, "Адрес: 620075, г. Екатеринбург, ул. Малышева, д. 57"),
        (40, 102, "ИНН/КПП покупателя: 6671234567/667101001"),
        (40, 130, "Всего к оплате (9)"), (300, 130, "35 567,20"), (360, 130, "X"), (400, 130, "6 620,29"),
        (480, 130, "42 187,49"),
    ])
    values = _values(document, patterns)
    assert values["document_date"] == "2024-01-20"
    assert values["vendor_information.tax_id"] == "6670481075"
    assert values["vendor_information.address"] == "620026, г. Екатеринбург, ул. Белинского, д. 48"
    assert values["financial_data.total_amount"] == 42187.49
    assert values["financial_data.net_amount"] == 35567.20
    assert values["financial_data.tax_amount"] == 6620.29


def test_a_total_line_carrying_net_and_tax_gives_all_three(patterns):
    values, _ = extracted([
        (40, 40, "Harbour Supplies Ltd", 14), (40, 56, "12 Quay Street, Bristol BS1 4DJ"),
        (400, 40, "INVOICE"), (400, 52, "Invoice No: HS-2231"), (400, 64, "Date: 03/05/2024"),
        (40, 120, "Description"), (300, 120, "Net"), (380, 120, "VAT"), (460, 120, "Gross"),
        (40, 132, "Pallet racking"), (300, 132, "1,000.00"), (380, 132, "200.00"), (460, 132, "1,200.00"),
        (40, 144, "Installation"), (300, 144, "250.00"), (380, 144, "50.00"), (460, 144, "300.00"),
        (40, 160, "Total"), (300, 160, "1,250.00"), (380, 160, "250.00"), (460, 160, "1,500.00"),
    ], patterns)
    assert values["financial_data.total_amount"] == 1500.00
    assert values["financial_data.net_amount"] == 1250.00
    assert values["financial_data.tax_amount"] == 250.00


# ---- a statutory form: party rows named in full, a totals row with a duty column ----------------------

def test_a_statutory_tax_invoice_form_reads_its_party_rows_and_totals_row(patterns):
    values, _ = extracted([
        (150, 30, "Government of the People's Republic of Bangladesh"),
        (200, 44, "National Board of Revenue"),
        (230, 60, "Tax Invoice", 12),
        (170, 74, "[See clauses (ga) and (cha) of Sub-Rule (1) of Rule 40]"),
        (30, 100, "Name of the registered person:"), (190, 100, "Sundarban Pharmaceuticals &"),
        (380, 100, "Invoice No.:"), (480, 100, "344837"),
        (190, 112, "Co."), (380, 112, "Date of issue:"), (480, 112, "08-08-2023"),
        (30, 124, "BIN:"), (190, 124, "058051250-0103"),
        (30, 136, "Address of the registered person:"), (190, 136, "42 Nabinagar-Chandra Road,"),
        (190, 148, "Savar, Dhaka-1340"),
        (30, 160, "Address of the issuing of invoice:"), (190, 160, "Factory: Kalurghat I/A,"),
        (190, 172, "Chattogram"),
        (30, 184, "Name of the purchaser:"), (190, 184, "Padma Textiles Limited"),
        (30, 196, "BIN of the purchaser:"), (190, 196, "980461208-0103"),
        (30, 208, "Address of the purchaser:"), (190, 208, "Plot 30, CEPZ,"),
        (190, 220, "Chattogram-4100"),
        (30, 250, "Sl."), (60, 250, "Description"), (200, 250, "Total price"), (280, 250, "Supplementary duty"),
        (380, 250, "Value added tax"), (480, 250, "Total price"),
        (60, 262, "(2)"), (200, 262, "(6)"), (280, 262, "(7)"), (380, 262, "(9)"), (480, 262, "(11)"),
        (30, 274, "1"), (60, 274, "Consultancy services"), (200, 274, "3,20,527.00"), (280, 274, "0.00"),
        (380, 274, "48,079.05"), (480, 274, "3,68,606.05"),
        (30, 290, "Total"), (200, 290, "3,20,527.00"), (280, 290, "0.00"), (380, 290, "48,079.05"),
        (480, 290, "3,68,606.05"),
    ], patterns)
    assert values["vendor_information.vendor_name"] == "Sundarban Pharmaceuticals & Co."
    assert values["vendor_information.tax_id"] == "058051250-0103"
    assert values["vendor_information.address"] == "42 Nabinagar-Chandra Road, Savar, Dhaka-1340"
    assert values["customer_information.customer_name"] == "Padma Textiles Limited"
    assert values["customer_information.address"] == "Plot 30, CEPZ, Chattogram-4100"
    assert values["financial_data.total_amount"] == 368606.05
    assert values["financial_data.net_amount"] == 320527.00
    assert values["financial_data.tax_amount"] == 48079.05  # not "40" under the title, nor "(9)"


def test_a_till_receipts_vat_table_gives_net_and_tax_and_its_siret_the_euro(patterns):
    values, _ = extracted([
        (40, 30, "BOULANGERIE DES HALLES"), (40, 42, "161 TER BOULEVARD VOLTAIRE"), (60, 54, "33000 BORDEAUX"),
        (40, 66, "SIRET 792 166 696 14073 - APE 1071C"),
        (40, 80, "06/01/2024 10:50"), (40, 92, "Caisse 11 Ticket T25394"),
        (40, 110, "TARTE AUX FRAISES"), (150, 110, "22,80"),
        (40, 122, "FLAN PATISSIER"), (150, 122, "8,20"),
        (40, 140, "TOTAL TTC"), (150, 140, "31,00"),
        (40, 152, "CB"), (150, 152, "31,00"),
        (40, 170, "Code"), (70, 170, "Taux"), (110, 170, "HT"), (150, 170, "TVA"), (190, 170, "TTC"),
        (40, 182, "1"), (70, 182, "5,5%"), (110, 182, "29,38"), (150, 182, "1,62"), (190, 182, "31,00"),
        (40, 194, "TOTAL"), (110, 194, "29,38"), (150, 194, "1,62"), (190, 194, "31,00"),
    ], patterns)
    assert values["financial_data.total_amount"] == 31.00
    assert values["financial_data.net_amount"] == 29.38
    assert values["financial_data.tax_amount"] == 1.62
    assert values["financial_data.currency"] == "EUR"


def test_a_statements_ageing_row_is_no_net_and_tax(patterns):
    values, document_type = extracted([
        (40, 40, "Northwind Traders Ltd", 14), (400, 40, "STATEMENT OF ACCOUNT", 12),
        (400, 56, "Statement date: 30/06/2024"), (40, 80, "To: Harbour Cafe Ltd"),
        (40, 120, "Date"), (120, 120, "Reference"), (300, 120, "Debit"), (460, 120, "Balance"),
        (40, 132, "02/05/2024"), (120, 132, "INV-1001"), (300, 132, "6,400.00"), (460, 132, "6,400.00"),
        (40, 144, "12/06/2024"), (120, 144, "INV-1044"), (300, 144, "1,600.00"), (460, 144, "8,000.00"),
        (40, 170, "Current"), (160, 170, "30 days"), (280, 170, "60 days"), (400, 170, "Total due"),
        (40, 182, "6,400.00"), (160, 182, "1,600.00"), (280, 182, "0.00"), (400, 182, "8,000.00"),
        (40, 200, "Total due"), (400, 200, "8,000.00"),
    ], patterns)
    assert document_type == "statement"
    assert "financial_data.tax_amount" not in values
    assert "financial_data.net_amount" not in values
