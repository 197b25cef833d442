"""Tier 1 rules first written in session 17, each general rather than tied to one layout:

- Croatian (with Serbian, Bosnian and Slovenian basics) in the pattern files;
- a weight in "KGS" is no currency, and a payment scheme (BACS, SEPA, ACH...) or an Australian
  state and postcode names the currency when no symbol does;
- a subtotal with freight or insurance printed between it and the total is not the net amount;
- export payment terms ("DP at sight") and terms that end in a label's word ("30 days from B/L date");
- a label in the possessive ("Buyer's Order No.") is no party label, but "Buyer's Name" still is;
- a remit-to block gives the vendor's address only where the letterhead does not;
- a side panel's label reads its value under it, not a table row or a street far to its right;
- the next party's form row ends a party's block; a street named without a street word stays in the
  address.
"""

from __future__ import annotations

import pytest
from drawn_documents import drawn_lines, extracted

from engine.language import language_doubt
from engine.pattern_files import load_patterns
from engine.tiers.patterns import extract_fields


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def _values(document, patterns):
    fields, _, _, _ = extract_fields(document, patterns)
    return {path: field.value for path, field in fields.items()}


# ---- Croatian ----------------------------------------------------------------------------------------

def test_a_croatian_invoice_reads_its_labels(patterns):
    document = drawn_lines([
        (40, 30, "Vodoinstalacije Horvat d.o.o."), (330, 30, "Kupac:"),
        (40, 42, "Ilica 215"), (330, 42, "Jadran trgovina d.d."),
        (40, 54, "10000 Zagreb"), (330, 54, "Riva 12"),
        (40, 66, "OIB: 52698485623"), (330, 66, "21000 Split"),
        (330, 78, "OIB: 46951088544"),
        (40, 110, "RAČUN R-1 br. 3515/PP1/1"),
        (40, 130, "Datum i vrijeme izdavanja:"), (220, 130, "04.06.2024. u 15:06"),
        (40, 142, "Datum isporuke:"), (220, 142, "03.06.2024."),
        (40, 154, "Dospijeće plaćanja:"), (220, 154, "19.06.2024."),
        (40, 166, "Način plaćanja:"), (220, 166, "Transakcijski račun"),
        (40, 190, "R.br."), (80, 190, "Opis"), (300, 190, "Količina"), (370, 190, "Cijena"), (430, 190, "PDV"),
        (480, 190, "Iznos"),
        (40, 202, "1"), (80, 202, "Servis kotla"), (300, 202, "2"), (370, 202, "150,00"), (430, 202, "25%"),
        (480, 202, "300,00"),
        (40, 214, "2"), (80, 214, "Potrošni materijal"), (300, 214, "1"), (370, 214, "100,00"), (430, 214, "25%"),
        (480, 214, "100,00"),
        (300, 240, "Osnovica"), (480, 240, "400,00"),
        (300, 252, "PDV 25%"), (480, 252, "100,00"),
        (300, 264, "Ukupno za platiti €"), (480, 264, "500,00"),
        (40, 290, "Poziv na broj: HR01 3515-PP1-1"),
        (40, 302, "ZKI: e0fd403e08ba43859a4eecad7060f61b"),
    ])
    assert language_doubt(document, patterns) is None
    values = _values(document, patterns)
    assert values["invoice_ids.0"] == "3515/PP1/1"
    assert values["document_date"] == "2024-06-04"  # not the delivery date
    assert values["payment_terms.due_date"] == "2024-06-19"
    assert values["vendor_information.tax_id"] == "52698485623"  # the issuer's OIB, not the buyer's
    assert values["customer_information.customer_name"] == "Jadran trgovina d.d."
    assert values["financial_data.net_amount"] == 400.00
    assert values["financial_data.tax_amount"] == 100.00
    assert values["financial_data.total_amount"] == 500.00
    assert values["financial_data.currency"] == "EUR"
    assert values.get("payment_terms.payment_terms") is None  # "Način plaćanja" is how, not when


def test_totals_printed_again_in_a_second_currency_rank_below_the_first(patterns):
    # Croatia's 2023 dual display: the euro block first, the kuna block (at 7.5345) under it.
    document = drawn_lines([
        (40, 30, "Jadran trgovina d.d."), (40, 42, "OIB: 46951088544"),
        (40, 70, "RAČUN br. 12/1/1"), (40, 82, "Datum izdavanja: 15.03.2023."),
        (300, 200, "Osnovica EUR"), (470, 200, "4 727,64"),
        (300, 212, "PDV 25 % EUR"), (470, 212, "1 181,91"),
        (300, 224, "Ukupno EUR"), (470, 224, "5 909,55"),
        (300, 240, "Osnovica HRK"), (470, 240, "35 620,40"),
        (300, 252, "PDV 25 % HRK"), (470, 252, "8 905,10"),
        (300, 264, "Ukupno HRK"), (470, 264, "44 525,50"),
        (40, 290, "Fiksni tečaj konverzije 1 EUR = 7,53450 HRK"),
    ])
    values = _values(document, patterns)
    assert values["financial_data.total_amount"] == 5909.55
    assert values["financial_data.net_amount"] == 4727.64
    assert values["financial_data.tax_amount"] == 1181.91
    assert values["financial_data.currency"] == "EUR"


def test_croatian_month_names_date_a_document_and_polish_listopad_stays_november():
    from engine.normalize.dates import find_dates

    assert [m.value.isoformat() for m in find_dates("Zagreb, 4. lipnja 2024.")] == ["2024-06-04"]
    assert [m.value.isoformat() for m in find_dates("12 listopada 2024")] == ["2024-11-12"]


# ---- currency ----------------------------------------------------------------------------------------

def test_a_weight_in_kgs_is_no_currency(patterns):
    values, _ = extracted([
        (40, 40, "Thornton Industrial Parts Inc", 14), (400, 40, "COMMERCIAL INVOICE", 12),
        (400, 60, "Invoice No.: CI-16260"), (400, 72, "Invoice Date: 04/17/2023"),
        (40, 120, "Description"), (300, 120, "Qty"), (360, 120, "Rate"), (460, 120, "Amount"),
        (40, 132, "Soybean Oil, Refined"), (300, 132, "1"), (360, 132, "223.43"), (460, 132, "223.43"),
        (300, 160, "Invoice Total"), (460, 160, "$223.43"),
        (40, 190, "Gross Wt.: 4,154 KGS  Net Wt.: 3,512 KGS"),
        (40, 202, "Net Wt.: 3,512 KGS"),
    ], patterns)
    assert values["financial_data.currency"] == "USD"


@pytest.mark.parametrize(("method", "address", "currency"), [
    ("Faster Payment", "Unit 23, Enterprise Trading Estate", "GBP"),
    ("CHAPS", "Unit 23, Enterprise Trading Estate", "GBP"),
    ("Direct Credit", "Level 19, 72 George Street, NEWCASTLE NSW 2300", "AUD"),
])
def test_a_payment_scheme_or_an_australian_address_names_the_currency(patterns, method, address, currency):
    values, document_type = extracted([
        (40, 40, "REMITTANCE ADVICE", 14),
        (40, 70, "Payer"), (180, 70, "Sterling Landscaping Pty Ltd"),
        (180, 82, address),
        (40, 94, "Payee"), (180, 94, "Westbrook Software Pty. Ltd."),
        (40, 106, "Payment Date"), (180, 106, "28/02/2023"),
        (40, 118, "Payment Method"), (180, 118, method),
        (40, 130, "Payment Reference"), (180, 130, "PAY797185"),
        (40, 160, "Invoice Number"), (180, 160, "Invoice Date"), (330, 160, "Gross"), (400, 160, "Discount"),
        (470, 160, "Net Paid"),
        (40, 172, "SI64767"), (180, 172, "28/01/2023"), (330, 172, "6,467.63"), (400, 172, "0.00"),
        (470, 172, "6,467.63"),
        (40, 184, "SI64783"), (180, 184, "29/01/2023"), (330, 184, "226.04"), (400, 184, "0.00"),
        (470, 184, "226.04"),
        (40, 200, "Total"), (330, 200, "6,693.67"), (400, 200, "0.00"), (470, 200, "6,693.67"),
    ], patterns)
    assert document_type == "remittance_advice"
    assert values["financial_data.currency"] == currency
    # the payer's block ends at the payee's row: its address does not run on into the payee's name
    assert values["customer_information.customer_name"] == "Sterling Landscaping Pty Ltd"
    assert values["customer_information.address"] == address


# ---- net amount and terms -----------------------------------------------------------------------------

def _export_invoice(totals: list[tuple], terms: str = "DP at sight") -> list[tuple]:
    return [
        (40, 40, "Kaveri Engineering Works LLP", 14), (400, 40, "COMMERCIAL INVOICE", 12),
        (40, 56, "Plot No. 69, Outer Ring Road"), (40, 68, "Ahmedabad, Gujarat - 380015"),
        (400, 60, "Invoice No.: EXP/25-26/0354"), (400, 72, "Invoice Date: 29.03.2025"),
        (400, 84, "Incoterms: CIP Felixstowe"), (400, 96, f"Payment Terms: {terms}"),
        (40, 130, "Description"), (300, 130, "Qty"), (360, 130, "Unit Price"), (460, 130, "Total"),
        (40, 142, "Auto Brake Pads"), (300, 142, "12"), (360, 142, "4.95"), (460, 142, "59.40"),
        *totals,
    ]


def test_a_subtotal_before_freight_and_insurance_is_not_the_net_amount(patterns):
    values, _ = extracted(_export_invoice([
        (300, 170, "Subtotal"), (460, 170, "59.40"),
        (300, 182, "Freight"), (460, 182, "3,152.53"),
        (300, 194, "Insurance"), (460, 194, "15.07"),
        (300, 206, "Invoice Total"), (430, 206, "EUR 3,227.00"),
    ]), patterns)
    assert values["financial_data.total_amount"] == 3227.00
    assert "financial_data.net_amount" not in values
    assert values["payment_terms.payment_terms"] == "DP at sight"


def test_a_subtotal_that_adds_up_with_the_tax_stays_the_net_amount(patterns):
    values, _ = extracted(_export_invoice([
        (300, 170, "Subtotal"), (460, 170, "59.40"),
        (300, 182, "VAT 20%"), (460, 182, "11.88"),
        (300, 194, "Invoice Total"), (430, 194, "EUR 71.28"),
        (40, 230, "Freight and insurance are billed separately."),
    ]), patterns)
    assert values["financial_data.net_amount"] == 59.40
    assert values["financial_data.tax_amount"] == 11.88


@pytest.mark.parametrize("terms", ["30 days from B/L date", "100% T/T in advance", "L/C at sight"])
def test_export_payment_terms_are_read_whole(patterns, terms):
    values, _ = extracted(_export_invoice([(300, 170, "Invoice Total"), (430, 170, "USD 59.40")], terms), patterns)
    assert values["payment_terms.payment_terms"] == terms


def test_payment_terms_keep_their_sentence_subject(patterns):
    values, _ = extracted([
        (40, 40, "Northwind Analytics LLC", 14), (400, 40, "INVOICE", 14),
        (400, 60, "Invoice No: 9302"), (400, 72, "Date: 15/03/2024"),
        (300, 120, "TOTAL DUE"), (460, 120, "$6,793.77"),
        (40, 160, "Payment is due within 14 days"),
    ], patterns)
    assert values["payment_terms.payment_terms"] == "Payment is due within 14 days"


# ---- parties -------------------------------------------------------------------------------------------

def test_a_possessive_label_opens_no_party_block_but_a_name_row_does(patterns):
    values, _ = extracted([
        (40, 40, "Crescent Packaging LLC", 14), (400, 40, "COMMERCIAL INVOICE", 12),
        (40, 56, "3642 Lakeview Blvd"), (40, 68, "Chicago, IL 60624"),
        (400, 60, "Invoice No.: CI-2291"), (400, 72, "Date: 11/08/2023"),
        (40, 100, "Buyer's Order No. & Date"), (40, 112, "989496 dt. 09/11/2023"),
        (300, 100, "Buyer's Name & Address"), (300, 112, "Kendrick Print & Media Ltd"),
        (300, 124, "38 Station Road"), (300, 136, "Bristol, BS1 6QH"),
        (300, 170, "Invoice Total"), (430, 170, "USD 1,200.00"),
    ], patterns)
    assert values["customer_information.customer_name"] == "Kendrick Print & Media Ltd"
    assert values["customer_information.address"] == "38 Station Road, Bristol, BS1 6QH"


def _erp_invoice(footer: list[tuple], letterhead_address: bool = True) -> list[tuple]:
    head = [(40, 40, "Bluewater Consulting Inc.", 14), (400, 40, "Invoice", 16)]
    if letterhead_address:
        head += [(40, 56, "2569 Lakeview Blvd"), (40, 68, "Chicago, IL 60661")]
    return [
        *head,
        (380, 60, "Date"), (460, 60, "Invoice #"), (380, 72, "04/19/2024"), (460, 72, "846810"),
        (40, 110, "Bill To"), (40, 122, "Ashford Industrial Parts Group LLC"), (40, 134, "2093 Pine Street"),
        (40, 146, "Tampa, FL 33689"),
        (40, 180, "Description"), (300, 180, "Qty"), (360, 180, "Rate"), (460, 180, "Amount"),
        (40, 192, "Steel Toe Boots"), (300, 192, "10"), (360, 192, "132.82"), (460, 192, "1,328.20"),
        (300, 220, "Total"), (460, 220, "$1,328.20"),
        *footer,
    ]


def test_the_letterhead_address_is_the_vendors_not_the_remit_to(patterns):
    values, _ = extracted(_erp_invoice([
        (40, 260, "Remit to: Bluewater Consulting Inc., 3203 Industrial Pkwy, Denver, CO 80226")]), patterns)
    assert values["vendor_information.vendor_name"] == "Bluewater Consulting Inc."
    assert values["vendor_information.address"] == "2569 Lakeview Blvd, Chicago, IL 60661"


def test_a_remit_to_block_gives_the_address_the_letterhead_lacks(patterns):
    values, _ = extracted(_erp_invoice([
        (40, 260, "Remit to: Bluewater Consulting Inc., 3203 Industrial Pkwy, Denver, CO 80226")],
        letterhead_address=False), patterns)
    assert values["vendor_information.vendor_name"] == "Bluewater Consulting Inc."
    assert values["vendor_information.address"] == "3203 Industrial Pkwy, Denver, CO 80226"


def test_a_side_panels_labels_read_the_values_under_them(patterns):
    # A design template: a panel down the left with labels over values; the business's letterhead and
    # the item table to the right share the panel's lines.
    values, _ = extracted([
        (12, 30, "INVOICE", 16), (220, 30, "Northwind Analytics LLC", 12),
        (12, 48, "INVOICE NO."), (220, 48, "4369 Market Street"),
        (12, 60, "9302"), (220, 60, "Denver, CO 80251"),
        (12, 80, "DATE"), (12, 92, "April 15, 2023"),
        (12, 112, "DUE DATE"), (224, 112, "DESCRIPTION"), (327, 112, "QTY"), (388, 112, "PRICE"), (484, 112, "TOTAL"),
        (12, 124, "April 29, 2023"),
        (224, 136, "Copywriting"), (327, 136, "1"), (388, 136, "$75.00"), (484, 136, "$75.00"),
        (12, 148, "INVOICE TO:"), (224, 148, "Logo design"), (327, 148, "8"), (388, 148, "$531.00"),
        (484, 148, "$4,248.00"),
        (12, 160, "Westbrook Facilities Co."),
        (12, 172, "3306 Pine Street"),
        (12, 184, "Chicago, IL 60611"),
        (406, 210, "Subtotal"), (520, 210, "$4,323.00"),
        (406, 222, "Tax (8.25%)"), (520, 222, "$356.65"),
        (406, 234, "TOTAL DUE"), (520, 234, "$4,679.65"),
    ], patterns)
    assert values["invoice_ids.0"] == "9302"  # not the house number of the letterhead's street
    assert values["customer_information.customer_name"] == "Westbrook Facilities Co."
    assert values["customer_information.address"] == "3306 Pine Street, Chicago, IL 60611"
    assert values["financial_data.total_amount"] == 4679.65


def test_a_street_without_a_street_word_and_its_town_stay_in_the_address(patterns):
    values, _ = extracted([
        (40, 30, "INVOICE", 16),
        (40, 60, "INVOICE NO."), (200, 60, "DATE"),
        (40, 72, "4591"), (200, 72, "18.05.2025"),
        (40, 100, "BILLED TO"), (300, 100, "PAY TO"),
        (40, 112, "Hydraulics Riverside Ltd"), (300, 112, "Priya Thornton Photography"),
        (40, 124, "442 Church Road"), (300, 124, "394 Kingsway"),
        (40, 136, "Sheffield"), (300, 136, "Cardiff"),
        (40, 148, "S1 2HE"), (300, 148, "CF10 1EP"),
        (300, 190, "Total Due"), (460, 190, "£5,240.00"),
    ], patterns)
    assert values["vendor_information.vendor_name"] == "Priya Thornton Photography"
    assert values["vendor_information.address"] == "394 Kingsway, Cardiff, CF10 1EP"


# ---- receipts -----------------------------------------------------------------------------------------

def test_a_receipts_time_is_no_cashiers_number_and_its_date_is_read(patterns):
    values, document_type = extracted([
        (20, 30, "KEDAI BUKU BOOK CENTRE SDN BHD"), (40, 42, "(37527-K)"),
        (20, 54, "NO. 52, JALAN PUCHONG MESRA 1"), (20, 66, "47100 PUCHONG, SELANGOR"),
        (20, 78, "GST Reg. No. : 003955928837"), (30, 90, "TAX INVOICE / RECEIPT"),
        (10, 102, "Receipt No: CS1126049"), (10, 114, "Counter: 3 Cashier: RAJ"),
        (10, 126, "14/05/2017 14:53:46"),
        (10, 140, "PLASTIC BOOK COVER A4"), (130, 140, "4.00 SR"),
        (10, 160, "TOTAL"), (130, 160, "RM4.00"),
    ], patterns)
    assert document_type == "receipt"
    assert values["document_date"] == "2017-05-14"


def _struk(extra: list[tuple]) -> list[tuple]:
    return [
        (60, 30, "Warung Mekar Sari"), (50, 42, "Jl. Malioboro No. 41"), (70, 54, "Yogyakarta"),
        (10, 70, "No. Nota : INV/20210311/6641"), (10, 82, "Meja : 14 Pax : 2"), (10, 94, "Kasir : Sari"),
        (10, 106, "11/03/2021 17:04"),
        (10, 120, "1  CROISSANT BUTTER"), (150, 120, "33.000"),
        (10, 132, "4  GADO-GADO"), (150, 132, "124.000"),
        *extra,
    ]


def test_an_indonesian_bills_restaurant_tax_and_currency_are_read(patterns):
    values, document_type = extracted(_struk([
        (10, 150, "SUBTOTAL"), (150, 150, "157.000"),
        (10, 162, "PB1 10%"), (150, 162, "15.700"),
        (10, 174, "TOTAL"), (150, 174, "172.700"),
        (10, 186, "TUNAI"), (150, 186, "200.000"),
        (10, 198, "KEMBALI"), (150, 198, "27.300"),
    ]), patterns)
    assert document_type == "receipt"
    assert values["financial_data.total_amount"] == 172700
    assert values["financial_data.tax_amount"] == 15700
    assert values["financial_data.currency"] == "IDR"  # no "Rp" printed: the street's "Jl." says Indonesia


def test_a_restaurant_bills_check_number_is_no_title(patterns):
    # "Check No. 57241" alone on its line under the name numbers the bill; it is no cheque's title.
    values, document_type = extracted([
        (80, 30, "BAKSO SENJA", 12), (70, 44, "Jl. Braga No. 127"), (90, 56, "Bandung"),
        (100, 74, "BILL", 12),
        (10, 90, "Check No. 57241"), (10, 102, "Table 27 / Pax 6"), (10, 114, "Waiter: Dewi"),
        (10, 126, "28-11-2023 12:45:33"),
        (10, 140, "IGA BAKAR"), (10, 152, "3 x 65.000"), (150, 152, "195.000"),
        (10, 170, "Subtotal"), (150, 170, "195.000"),
        (10, 182, "Tax 10%"), (150, 182, "19.500"),
        (10, 194, "Grand Total"), (140, 194, "Rp214.500"),
    ], patterns)
    assert document_type != "remittance_advice"
    assert values["vendor_information.vendor_name"] == "BAKSO SENJA"
    assert values["financial_data.total_amount"] == 214500


def test_sdn_bhd_is_a_malaysian_company_form_not_the_bahraini_dinar():
    from engine.normalize.currencies import find_currency

    assert find_currency("FARMASI HEALTHLANE SDN BHD (602150-V)") == []
    assert [m.code for m in find_currency("Total BHD 12.500")] == ["BHD"]


def test_a_malaysian_company_form_names_the_ringgit_when_no_symbol_does(patterns):
    values, _ = extracted([
        (20, 30, "FARMASI HEALTHLANE SDN BHD"), (40, 42, "(602150-V)"),
        (20, 54, "LOT 59, JALAN KAPAR"), (20, 66, "42200 KLANG, SELANGOR"),
        (10, 90, "Receipt No: CS3278418"), (10, 102, "01-06-2015 15:43"),
        (10, 120, "DETTOL ANTISEPTIC 500ML"), (130, 120, "13.80"),
        (10, 140, "TOTAL"), (130, 140, "13.80"),
    ], patterns)
    assert values["financial_data.currency"] == "MYR"


def test_a_bilingual_letterhead_reports_its_name_in_latin_letters(patterns):
    # The Chinese name in large type over the English one, no company form on either line.
    from engine.document import document_from_lines

    large = [("祥記冷氣工程", (174.0, 14.0, 174.0 + 16 * 6, 32.0))]
    document = document_from_lines(large + [(text, (x, y - 9.0, x + 5.0 * len(text), y)) for x, y, text in [
        (119, 44, "Cheung Kee Air-Conditioning Engineering"),
        (97, 56, "Shop 34, G/F, 144 Fa Yuen Street, Mong Kok, Kowloon, Hong Kong"),
        (29, 80, "INVOICE"), (327, 80, "No. 047302"),
        (31, 94, "Customer"), (94, 94, "Mr. Chan Tai Man"), (263, 94, "Date"), (311, 94, "13/03/2023"),
        (31, 130, "Description"), (400, 130, "Amount"),
        (31, 142, "Air-conditioner servicing"), (400, 142, "HK$1,800.00"),
        (300, 170, "Total"), (400, 170, "HK$1,800.00"),
    ]], width=595, height=842)
    values = _values(document, patterns)
    assert values["vendor_information.vendor_name"] == "Cheung Kee Air-Conditioning Engineering"


def test_a_labels_second_wording_after_a_slash_is_no_part_of_the_name(patterns):
    values, _ = extracted([
        (185, 30, "Factura Electronica de Venta No. FE 62922"),
        (46, 50, "Fecha de emision"), (309, 50, "30/05/2025"),
        (46, 80, "Datos del emisor / vendedor"),
        (42, 92, "Servicios Integrales Magdalena S.A."),
        (42, 104, "NIT: 901.469.271-1"),
        (46, 130, "Datos del adquiriente / comprador"),
        (42, 142, "Ferreteria Andina Ltda."),
        (300, 180, "Total a pagar"), (450, 180, "$ 1.250.000,00"),
    ], patterns)
    assert values["vendor_information.vendor_name"] == "Servicios Integrales Magdalena S.A."


@pytest.mark.parametrize(("value", "wrapped", "terms"), [
    ("Net 30", "days", "Net 30 days"),
    ("Advance", "Payment", "Advance Payment"),
    ("30 days from", "invoice", "30 days from invoice"),
])
def test_terms_wrapped_in_a_narrow_cell_are_read_whole(patterns, value, wrapped, terms):
    values, _ = extracted([
        (40, 40, "Kam Fung Trading Company Limited", 14),
        (40, 60, "18 Harbour Road"), (300, 60, "Invoice No."), (415, 60, "KF-20931"),
        (40, 72, "Wan Chai, Hong Kong"), (300, 72, "Terms"), (415, 72, value),
        (40, 84, "Attn: Mr. Ho"), (415, 84, wrapped),
        (300, 96, "Date"), (415, 96, "13/03/2023"),
        (40, 130, "Description"), (460, 130, "Amount"),
        (40, 142, "Copier toner"), (460, 142, "1,200.00"),
        (300, 170, "Total"), (460, 170, "HK$1,200.00"),
    ], patterns)
    assert values["payment_terms.payment_terms"] == terms


def test_a_value_on_the_next_form_row_does_not_join_the_terms(patterns):
    values, _ = extracted([
        (40, 40, "Nordkonsult AB", 14),
        (300, 60, "Fakturanummer"), (424, 60, "20931"),
        (300, 72, "Betalningsvillkor"), (424, 72, "Netto 30 dagar"),
        (300, 84, "Dröjsmålsränta"), (424, 84, "referensränta"),
        (40, 130, "Benämning"), (460, 130, "Belopp"),
        (40, 142, "Konsulttjänster"), (460, 142, "3 000,00"),
        (300, 170, "Att betala"), (460, 170, "3 750,00 SEK"),
    ], patterns)
    assert values["payment_terms.payment_terms"] == "Netto 30 dagar"


def test_terms_under_their_label_do_not_take_the_next_label(patterns):
    # A stack of labels over values: "Terms" / "14 days" / "Your Ref" / "20170".
    values, _ = extracted([
        (40, 40, "Harbour Supplies Pty Ltd", 14), (400, 40, "TAX INVOICE", 14),
        (216, 70, "Invoice No."), (216, 82, "INV-5521"),
        (216, 96, "Terms"), (216, 108, "14 days"),
        (216, 122, "Your Ref"), (216, 134, "20170"),
        (40, 170, "Description"), (460, 170, "Amount"),
        (40, 182, "Pallet wrap"), (460, 182, "120.00"),
        (300, 210, "Total"), (460, 210, "$132.00"),
    ], patterns)
    assert values["payment_terms.payment_terms"] == "14 days"


def test_a_terms_word_that_labels_something_else_is_still_the_terms(patterns):
    # "Cash" also labels the money handed over at a till; straight after "Terms:" it is the terms.
    values, _ = extracted([
        (40, 40, "Mabuhay Hardware Trading", 14), (330, 40, "SALES INVOICE", 12),
        (30, 70, "TIN: 210-768-371-000"), (231, 70, "Terms: Cash"), (330, 70, "No. 0079063"),
        (30, 82, "Sold to: Reyes Construction"), (330, 82, "Date: 03/15/2024"),
        (40, 120, "Description"), (460, 120, "Amount"),
        (40, 132, "Cement 40kg"), (460, 132, "2,450.00"),
        (300, 160, "Total Amount Due"), (460, 160, "PHP 2,450.00"),
    ], patterns)
    assert values["payment_terms.payment_terms"] == "Cash"
