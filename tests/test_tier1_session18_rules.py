"""Tier 1 rules first written in session 18, each general rather than tied to one layout:

- Ukrainian in the pattern files (labels, months, the hryvnia, "Адреса:" inside a party block), and a
  date after a contract's number ("Договір № 8/24 від 10.10.2023") is not the document's;
- Slovak: the VAT number "IČ DPH" outranks the tax office's "DIČ" (a Czech "DIČ" alone still beats
  the registration "IČO"); a VAT recapitulation whose rows print base, tax and their sum gives the
  net and the tax, even with the amount due at the end of its heading line; a column heading's figure
  on an item's line is that line's; a prepayment's figure ("Uhradené zálohou: 0,00") is nobody's total;
  a company form in abbreviated letters ("s. r. o.") does not make a name read as a sentence;
- remittances: a payment that names one invoice and lists no rows pays it in full; "Details of
  Payment" lists invoices with amounts; a bank's advice addressed to the payer names the payee
  under "Beneficiary Name"; a SWIFT MT103 printed with its tags without their first colon ("20:
  Sender's Reference") is still read, and a company form wrapped onto the party's next line stays in
  its name; a payment platform's "You received a payment" notice is a remittance, its greeting
  ("Hello, Holloway Analytics Inc") names the payee and is no letterhead, and a remittance's
  "Net amount" (after the platform's fee) is no net amount;
- a form's field names in a column ("Legal Name:", "Address:") are no letterhead;
- letters: items written as lines ending in their amounts ("Lawn mowing - $101") when they add up to
  the subtotal under them; another company's block in the envelope window, apart from the issuer's
  name, is the addressee's and not the issuer's address; a table of descriptions and amounts only
  takes quantity and price from the charge written in the description ("Workbook (6 hrs @ €47.00)"),
  and a bare number in a note under the total opens no new section of items; an Irish county ("Co.
  Cork") is no company form; terms a "+" carries onto the next line ("Løbende måned +" / "30 dage")
  are read whole.
"""

from __future__ import annotations

import pytest
from drawn_documents import allocation_pairs, drawn_lines, item_rows, read

from engine.language import language_doubt
from engine.pattern_files import load_patterns


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()




def _values(document, patterns):
    return read(document, patterns)[0]


# ---- Ukrainian -------------------------------------------------------------------------------------

UKRAINIAN_INVOICE = [
    (40, 30, "Постачальник:"), (120, 30, "ТОВ «Альфатехно»"),
    (120, 42, "П/р UA273005280000026007631468040 у банку АТ «ОТП БАНК», МФО 300528"),
    (120, 54, "Адреса: 01001, м. Київ, вул. Велика Васильківська, буд. 106"),
    (120, 66, "тел. +380 48 621-34-68"),
    (120, 78, "код за ЄДРПОУ 30521715, ІПН 305217163419"),
    (60, 90, "Є платником податку на прибуток на загальних підставах"),
    (40, 102, "Покупець:"), (120, 102, "ТОВ «Карпати-Енерго»"),
    (120, 114, "Адреса: 65000, м. Одеса, вул. Дерибасівська, буд. 51"),
    (120, 126, "код за ЄДРПОУ 29199703, ІПН 291997014115"),
    (40, 138, "Договір:"), (120, 138, "Договір про надання послуг № 55/24 від 10.11.2023"),
    (40, 170, "Рахунок на оплату № 1318/08 від 11 серпня 2024 р."),
    (40, 200, "№"), (60, 200, "Товари (роботи, послуги)"), (250, 200, "Кіл-сть"), (300, 200, "Од."),
    (340, 200, "Ціна без ПДВ"), (440, 200, "Сума без ПДВ"),
    (40, 212, "1"), (60, 212, "Картридж для принтера HP 85A"), (250, 212, "2"), (300, 212, "шт."),
    (340, 212, "1 450,05"), (440, 212, "2 900,10"),
    (330, 240, "Разом без ПДВ:"), (440, 240, "2 900,10"),
    (330, 252, "ПДВ:"), (440, 252, "580,02"),
    (330, 264, "Всього з ПДВ:"), (440, 264, "3 480,12"),
    (40, 290, "Всього найменувань 1, на суму 3 480,12 грн."),
    (40, 302, "Три тисячі чотириста вісімдесят гривень 12 копійок"),
    (40, 326, "Рахунок дійсний до сплати до 14.08.2024"),
]


def test_a_ukrainian_invoice_reads_its_labels(patterns):
    document = drawn_lines(UKRAINIAN_INVOICE)
    assert language_doubt(document, patterns) is None  # Ukrainian is covered now
    values = _values(document, patterns)
    assert values["invoice_ids.0"] == "1318/08"
    assert values["document_date"] == "2024-08-11"  # the invoice's "від", not the contract's
    assert values["payment_terms.due_date"] == "2024-08-14"
    assert values["vendor_information.vendor_name"] == "ТОВ «Альфатехно»"
    assert values["vendor_information.tax_id"] == "305217163419"  # ІПН, not the ЄДРПОУ registration
    assert values["vendor_information.address"] == "01001, м. Київ, вул. Велика Васильківська, буд. 106"
    assert values["customer_information.customer_name"] == "ТОВ «Карпати-Енерго»"
    assert values["customer_information.address"] == "65000, м. Одеса, вул. Дерибасівська, буд. 51"
    assert values["financial_data.net_amount"] == 2900.10
    assert values["financial_data.tax_amount"] == 580.02
    assert values["financial_data.total_amount"] == 3480.12
    assert values["financial_data.currency"] == "UAH"


def test_a_date_after_a_contracts_number_is_not_the_documents(patterns):
    # The contract's line stands above the invoice's title: both read "№ ... від <date>".
    values = _values(drawn_lines(UKRAINIAN_INVOICE), patterns)
    assert values["document_date"] != "2023-11-10"
    titled_first = [item for item in UKRAINIAN_INVOICE if not item[2].startswith("Рахунок на оплату")]
    titled_first.insert(0, (40, 16, "Рахунок-фактура № 186 від 30.09.2024"))
    assert _values(drawn_lines(titled_first), patterns)["document_date"] == "2024-09-30"


# ---- Slovak ----------------------------------------------------------------------------------------

def _slovak_invoice(recap_heading_end: list[tuple[float, float, str]] | None = None):
    lines = [
        (40, 30, "Faktúra č. 2023001078"),
        (47, 60, "Dodávateľ:"), (302, 60, "Odberateľ:"),
        (47, 72, "Gemer Elektro s. r. o."), (302, 72, "Dunaj Servis s.r.o."),
        (47, 84, "Štefánikova 109"), (302, 84, "Račianska 94"),
        (47, 96, "010 01 Žilina"), (302, 96, "917 01 Trnava"),
        (47, 108, "IČO: 55277802"), (302, 108, "IČO: 36240672"),
        (47, 120, "DIČ: 2025634380"), (302, 120, "DIČ: 2121147094"),
        (47, 132, "IČ DPH: SK2025634380"), (302, 132, "IČ DPH: SK2121147094"),
        (47, 150, "Dátum vyhotovenia:"), (160, 150, "16.06.2023"),
        (47, 162, "Dátum splatnosti:"), (160, 162, "30.06.2023"),
        (47, 190, "Označenie dodávky"), (200, 190, "Množstvo MJ"), (270, 190, "J. cena"), (330, 190, "DPH %"),
        (380, 190, "Spolu bez DPH"), (460, 190, "DPH"), (500, 190, "Spolu s DPH"),
        (47, 202, "Kábel CYKY 3x2,5"), (200, 202, "20 m"), (270, 202, "1,72"), (330, 202, "20"),
        (380, 202, "34,40"), (460, 202, "6,88"), (500, 202, "41,28"),
        (47, 214, "Lieky - zdravotnícky materiál"), (200, 214, "1 ks"), (270, 214, "4,68"), (330, 214, "10"),
        (380, 214, "4,68"), (460, 214, "0,47"), (500, 214, "5,15"),
        (47, 226, "Servis klimatizácie"), (200, 226, "1 hod"), (270, 226, "58,34"), (330, 226, "20"),
        (380, 226, "58,34"), (460, 226, "11,67"), (500, 226, "70,01"),
        (47, 250, "Rekapitulácia DPH v EUR"),
        (47, 262, "Sadzba DPH"), (120, 262, "Základ dane"), (200, 262, "DPH"), (250, 262, "Spolu"),
        (47, 274, "20 %"), (120, 274, "92,74"), (200, 274, "18,55"), (250, 274, "111,29"),
        (47, 286, "10 %"), (120, 286, "4,68"), (200, 286, "0,47"), (250, 286, "5,15"),
        (47, 298, "Spolu"), (120, 298, "97,42"), (200, 298, "19,02"), (250, 298, "116,44"),
    ]
    if recap_heading_end is not None:
        lines.extend(recap_heading_end)
        lines.append((340, 274, "Celkom k úhrade:"))
        lines.append((450, 274, "116,44 €"))
    else:
        lines.append((340, 320, "Celkom k úhrade:"))
        lines.append((450, 320, "116,44 €"))
    return drawn_lines(lines)


def test_a_slovak_invoice_reads_its_vat_number_recapitulation_and_name(patterns):
    values = _values(_slovak_invoice(), patterns)
    assert values["invoice_ids.0"] == "2023001078"
    assert values["vendor_information.vendor_name"] == "Gemer Elektro s. r. o."  # not its street
    assert values["vendor_information.address"] == "Štefánikova 109, 010 01 Žilina"
    assert values["vendor_information.tax_id"] == "SK2025634380"  # IČ DPH over DIČ
    assert values["financial_data.total_amount"] == 116.44
    assert values["financial_data.tax_amount"] == 19.02  # not the first item's DPH cell (6,88)
    assert values["financial_data.net_amount"] == 97.42


def test_a_prepayment_on_the_recapitulations_heading_line_is_nobodys_total(patterns):
    values = _values(_slovak_invoice([(340, 262, "Uhradené zálohou:"), (450, 262, "0,00 EUR")]), patterns)
    assert values["financial_data.tax_amount"] == 19.02
    assert values["financial_data.net_amount"] == 97.42
    assert values["financial_data.total_amount"] == 116.44


def test_a_czech_dic_alone_is_still_the_tax_id_over_the_registration(patterns):
    # (a guard: "DIČ" now weighs less than a VAT label, still more than a registration)
    document = drawn_lines([
        (40, 30, "Faktura - daňový doklad č. 2024017"),
        (40, 60, "Dodavatel:"), (40, 72, "Vltava Servis s.r.o."), (40, 84, "Karlova 12"), (40, 96, "110 00 Praha 1"),
        (40, 108, "IČO: 27082440"), (40, 120, "DIČ: CZ27082440"),
        (40, 150, "Celkem k úhradě:"), (200, 150, "1 210,00 Kč"),
    ])
    assert _values(document, patterns)["vendor_information.tax_id"] == "CZ27082440"


# ---- Remittances -----------------------------------------------------------------------------------

def _bank_advice(details: str):
    return drawn_lines([
        (40, 30, "HSBC UK Bank plc"), (40, 42, "Global Transaction Services"), (40, 54, "Date: 28 Jun 2024"),
        (40, 72, "To:"), (40, 84, "Summit Industrial Parts Ltd."), (40, 96, "Unit 5, Riverside Business Park"),
        (40, 108, "28 Station Road"), (40, 120, "Glasgow"), (40, 132, "G2 5QR"),
        (40, 150, "OUTWARD REMITTANCE ADVICE"),
        (40, 162, "Dear Customer, we have debited your account as follows in accordance with your instructions:"),
        (40, 180, "Our Reference"), (200, 180, "FT240628297716"),
        (40, 192, "Transaction Date"), (200, 192, "28 Jun 2024"),
        (40, 204, "Value Date"), (200, 204, "29 Jun 2024"),
        (40, 216, "Remittance Amount"), (200, 216, "EUR 89,537.00"),
        (40, 228, "Beneficiary Name"), (200, 228, "Vermeulen Software V.O.F."),
        (40, 240, "Beneficiary Address"), (200, 240, "Industrieweg 22, 3011 AD Rotterdam"),
        (40, 252, "Beneficiary Account / IBAN"), (200, 252, "NL87 INGB 1486 3348 86"),
        (40, 264, "Details of Payment"), (200, 264, details),
        (40, 276, "Charges"), (200, 276, "SHA - shared"),
    ])


def test_a_banks_advice_to_the_payer_lists_the_invoices_paid(patterns):
    values, document_type = read(_bank_advice("A8027 EUR 79,132.13; A8029 EUR 9,601.31; A8033 EUR 803.56"),
                                       patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "Vermeulen Software V.O.F."  # the beneficiary
    assert values["vendor_information.address"] == "Industrieweg 22, 3011 AD Rotterdam"
    assert values["customer_information.customer_name"] == "Summit Industrial Parts Ltd."  # the addressee
    assert values["payment_information.payment_amount"] == 89537.00
    assert allocation_pairs(values) == [("A8027", 79132.13), ("A8029", 9601.31), ("A8033", 803.56)]


def test_a_payment_naming_one_invoice_pays_it_in_full(patterns):
    # ("PAYMENT" in the details names the amount column of an invoice table, but this is no table)
    values = _values(_bank_advice("PAYMENT INV-2024-2268"), patterns)
    assert values["invoice_ids.0"] == "INV-2024-2268"
    assert allocation_pairs(values) == [("INV-2024-2268", 89537.00)]


def test_a_swift_print_with_tags_without_their_first_colon(patterns):
    document = drawn_lines([
        (40, 30, "------------------------ Message Header --------------------------------"),
        (50, 42, "Swift Output  : FIN 103 Single Customer Credt Transfer"),
        (50, 54, "Sender        : ADCBAEAAXXX"), (150, 66, "ABU DHABI COMMERCIAL BANK PJSC"),
        (50, 78, "Receiver      : ICICINBBXXX"), (150, 90, "ICICI BANK LTD"),
        (40, 102, "------------------------ Message Text ----------------------------------"),
        (50, 114, "20: Sender's Reference"), (70, 126, "FT2326485817"),
        (50, 138, "32A: Val Dte/Curr/Interbnk Settld Amt"),
        (70, 150, "Date     : 21 September 2023"), (70, 162, "Currency : USD (US DOLLAR)"),
        (70, 174, "Amount   : #28,841.78#"),
        (50, 186, "50K: Ordering Customer-Name & Address"), (70, 198, "/AE230339694695638446901"),
        (70, 210, "AL WAHA OFFICE EQUIPMENT TRADING"), (70, 222, "LLC"),
        (70, 234, "SUITE 1327, PRIME BUSINESS TOWER"), (70, 246, "P.O. BOX 61473, DUBAI, UAE"),
        (50, 258, "59: Beneficiary Customer-Name & Addr"), (70, 270, "/336141518829"),
        (70, 282, "POLYMERS SHREE GANESH"), (70, 294, "PLOT NO. 67, SG HIGHWAY"),
        (70, 306, "NEW DELHI, DELHI - 110020"),
        (50, 318, "70: Remittance Information"), (70, 330, "/INV/12125700 20325,66 12125702"), (70, 342, "8516,12"),
        (50, 354, "71A: Details of Charges"), (70, 366, "SHA"),
        (40, 378, "------------------------ Message Trailer -------------------------------"),
    ])
    values = _values(document, patterns)
    assert values["payment_information.payment_reference"] == "FT2326485817"
    assert values["payment_information.payment_date"] == "2023-09-21"
    assert values["payment_information.payment_amount"] == 28841.78
    assert values["vendor_information.vendor_name"] == "POLYMERS SHREE GANESH"  # not the field's name
    assert values["vendor_information.address"] == "PLOT NO. 67, SG HIGHWAY, NEW DELHI, DELHI - 110020"
    assert values["customer_information.customer_name"] == "AL WAHA OFFICE EQUIPMENT TRADING LLC"
    assert values["customer_information.address"] == "SUITE 1327, PRIME BUSINESS TOWER, P.O. BOX 61473, DUBAI, UAE"


# ---- Forms and platform notices --------------------------------------------------------------------

def test_a_forms_field_names_are_no_letterhead(patterns):
    # A fiscal e-invoice lists the seller's fields as a form: "Legal Name:", "Address:" in one column.
    document = drawn_lines([
        (200, 30, "e-INVOICE / TAX INVOICE"),
        (45, 60, "Section A: Seller's Details"),
        (45, 72, "TIN:"), (190, 72, "1099051043"),
        (45, 84, "Legal Name:"), (190, 84, "Savanna Hardware Ltd"),
        (45, 96, "Business Name:"), (190, 96, "SAVANNA HARDWARE"),
        (45, 108, "Address:"), (190, 108, "Plot 27, Jinja Highway, Mukono"),
        (45, 140, "Gross Amount:"), (190, 140, "73,426,000"),
    ])
    assert _values(document, patterns).get("vendor_information.vendor_name") not in ("Address:", "Legal Name:",
                                                                                      "Business Name:")


def test_a_platforms_notice_of_money_received_is_a_remittance(patterns):
    document = drawn_lines([
        (40, 30, "PayNest"),
        (40, 42, "From: PayNest <service@paynest.example>"), (40, 54, "Subject: You've got money"),
        (40, 72, "Hello, Holloway Analytics Inc"),
        (40, 84, "You received a payment of $2,627.71 USD from Crescent Electrical Group LLC"),
        (40, 102, "Invoice number"), (200, 102, "0341"),
        (40, 114, "Transaction ID"), (200, 114, "52STAM005D70NQBGL"),
        (40, 126, "Transaction date"), (200, 126, "Jan 4, 2023 18:50:37 PDT"),
        (40, 138, "Gross amount"), (200, 138, "$2,627.71 USD"),
        (40, 150, "Fee"), (200, 150, "-$92.20 USD"),
        (40, 162, "Net amount"), (200, 162, "$2,535.51 USD"),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "remittance_advice"
    assert values["payment_information.payment_reference"] == "52STAM005D70NQBGL"
    assert values["invoice_ids.0"] == "0341"
    assert values["vendor_information.vendor_name"] == "Holloway Analytics Inc"  # greeted: "Hello, ..." is no name
    # what reached the payee after the fee is no sale's net amount
    assert "financial_data.net_amount" not in values


# ---- Letters ---------------------------------------------------------------------------------------

def test_items_written_as_lines_of_a_letter(patterns):
    # A sole trader's word-processor invoice: no table, each item's amount after its words.
    document = drawn_lines([
        (240, 30, "Stewart Gardening"), (220, 42, "478 George Street, Auckland 1010"),
        (60, 80, "Invoice No. 0056"), (60, 92, "Date: 19 September 2023"),
        (60, 110, "Bill to: Aroha Tapsell"), (60, 122, "151 George Street"), (60, 134, "Auckland 1010"),
        (60, 160, "1. Mulch supplied and spread (6 hrs @ $81.00) - $486"),
        (60, 172, "2. Lawn mowing - $101"),
        (60, 184, "3. Green waste removal - $100.41"),
        (60, 196, "Service gas boiler - 1 hours @ $35.00 per hour: $35"),
        (60, 214, "Subtotal $722.41"), (60, 226, "GST @ 15% $108.36"), (60, 238, "TOTAL DUE: $830.77"),
    ])
    values = _values(document, patterns)
    rows = item_rows(values)
    assert rows == [("Mulch supplied and spread", 6, 81, 486), ("Lawn mowing", None, None, 101),
                    ("Green waste removal", None, None, 100.41), ("Service gas boiler", 1, 35, 35)]


def test_lines_that_do_not_add_up_to_the_subtotal_are_no_items(patterns):
    document = drawn_lines([
        (240, 30, "Stewart Gardening"),
        (60, 160, "1. Mulch supplied and spread - $486"),
        (60, 172, "2. Lawn mowing - $101"),
        (60, 214, "Subtotal $690.00"), (60, 238, "TOTAL DUE: $793.50"),
    ])
    assert not any(path.startswith("line_items.") for path in _values(document, patterns))


def test_the_envelope_windows_company_is_the_addressee_not_the_letterheads_address(patterns):
    # The issuer's name alone at the top right, the customer's block in the window at the left.
    document = drawn_lines([
        (405, 46, "Kystlinje Elektrik ApS"),
        (56, 96, "Nordlys Rengøring ApS"), (322, 96, "Faktura"),
        (56, 108, "Jægersborg Allé 122"),
        (56, 120, "3400 Hillerød"), (325, 120, "Fakturanr."), (502, 120, "11526"),
        (56, 132, "Att.: Anders Pedersen"), (325, 132, "Fakturadato"), (457, 132, "1. september 2023"),
        (340, 200, "Beløb i alt DKK"), (480, 200, "1.371,00"),
        (60, 300, "Kystlinje Elektrik ApS · Jægersborg Allé 69, 4000 Roskilde · CVR-nr. 16058866"),
    ])
    values = _values(document, patterns)
    assert values["vendor_information.vendor_name"] == "Kystlinje Elektrik ApS"
    assert values["customer_information.customer_name"] == "Nordlys Rengøring ApS"
    assert values["customer_information.address"] == "Jægersborg Allé 122, 3400 Hillerød"
    assert values.get("vendor_information.address") != "Jægersborg Allé 122, 3400 Hillerød"


def test_a_tables_description_with_its_charge_and_a_note_under_the_total(patterns):
    # Description and amount columns only: the charge written in the description gives quantity and
    # price; the bank line under the total ("... 2247 22") opens no second section of items.
    document = drawn_lines([
        (220, 30, "Declan Kavanagh"), (230, 46, "Kilbarry Enterprise Centre"),
        (66, 120, "INVOICE 204"), (66, 132, "Date: 22/03/2023"),
        (66, 170, "Description"), (270, 170, "Amount"),
        (66, 187, "Workbook (6 hrs @ €47.00)"), (316, 187, "€282"),
        (66, 204, "English tuition (6 hrs @ €45.00)"), (333, 204, "€270"),
        (66, 224, "Total due"), (280, 224, "€552.00"),
        (66, 258, "Payment due on receipt"),
        (66, 275, "Please make cheques payable to Declan Kavanagh"),
        (66, 292, "Bank details: IBAN IE84 IPBS 9330 1362 2247 22"),
        (66, 316, "Thank you for your business."),
    ])
    values = _values(document, patterns)
    rows = item_rows(values)
    assert rows == [("Workbook", 6, 47, 282), ("English tuition", 6, 45, 270)]
    assert values["payment_terms.payment_terms"] == "Payment due on receipt"


def test_an_irish_county_is_no_company_form(patterns):
    # "Co. Cork" is a county in an address, not "Co." closing a company's name.
    assert patterns.company_suffixes.find("Little Island Co. Cork") == []
    assert patterns.legal_forms.find("Little Island Co. Cork") == []
    assert patterns.company_suffixes.contains("Brennan & Co.")  # the form itself still counts
    document = drawn_lines([
        (221, 30, "Declan Kavanagh"), (283, 46, "Unit 4"), (231, 60, "Kilbarry Enterprise Centre"),
        (269, 74, "Little Island"), (275, 88, "Co. Cork"), (269, 102, "T45 WPAP"),
        (146, 118, "Tel: 088 595 7452  Email: declan.kavanagh@mail.example"),
        (66, 150, "INVOICE 204"), (66, 162, "Date: 22/03/2023"),
        (66, 200, "Total due"), (280, 200, "€552.00"),
    ])
    values = _values(document, patterns)
    assert values["vendor_information.vendor_name"] == "Declan Kavanagh"
    assert values["vendor_information.address"] == "Unit 4, Kilbarry Enterprise Centre, Little Island, Co. Cork, T45 WPAP"


@pytest.mark.parametrize("upper, lower", [("Løbende måned +", "30 dage"), ("Løbende måned", "+ 30 dage")])
def test_terms_carried_onto_the_next_line_by_a_plus(patterns, upper, lower):
    document = drawn_lines([
        (60, 30, "Nordlys Tømrerfirma IVS"), (373, 60, "Fakturanummer"), (452, 60, "4609"),
        (373, 72, "Betalingsbetingelser"), (452, 72, upper),
        (452, 81, lower),
        (373, 93, "Forfaldsdato"), (452, 93, "2024-10-30"),
        (340, 200, "Fakturabeløb i alt DKK"), (480, 200, "1.658,55"),
    ])
    assert _values(document, patterns)["payment_terms.payment_terms"] == "Løbende måned + 30 dage"
