"""Tier 1 rules first written in session 21, each general rather than tied to one layout:

- a Kazakh (Russian-language) invoice names each party on one line that opens with its BIN / IIN
  ("БИН / ИИН 100541178968, АО «Тенгри Трейд», 140000, г. Павлодар, ...") right of "Поставщик:"
  and "Покупатель:"; the payment order's sample above it ("Бенефициар:" beside a column headed "ИИК",
  the account) names no one by its account number; a BIN says the tenge;
- Georgian labels, company forms and letters; a name followed by its tax number in brackets
  ("შპს „მთაწმინდა ენერჯი“ (საიდენტიფიკაციო ნომერი 205140587)"), the buyer's address on the row
  under the name ("მყიდველის მისამართი"); a street's abbreviation wrapped away from its house number
  ("რუსთაველის გამზ." / "105") joins it with a space;
- a German correction invoice (window-envelope letter): the return-address line over the addressee
  names the issuer; "Korrekturrechnung-Nr." numbers it and the invoice it corrects ("Bezug |
  Rechnung Nr. ... vom ...") is not its number;
- a Nepali VAT invoice: "Buyer's Name" is a label whose value stands right of it, a town with its
  ward number ("Pulchowk, Lalitpur-3") is an address, a Bikram Sambat date ("Miti (B.S.)") is no
  document date, and "(B.S.)" says the rupees are Nepal's;
- a Philippine official receipt is numbered by its "OR No." (not the till's "Trans #"), and a
  barangay ("Brgy.") says pesos;
- a Canadian payer's EFT advice: the form beside the payee's name ("Bank | Institution 815 Transit
  94111") is not a registration line naming the payee; a province and postal code say Canadian
  dollars; "Total EFT Payment" is the payment;
- a bilingual label's gloss in another script ("Customer's Name / የገዢ ስም") is no name;
- a dental practice's invoice: its "Fee" column, the "Guarantor" who pays, the "Chart #";
- "rs.ge" is a web address, not rupees; the tenge ("тенге") and the birr are currencies.
"""

from __future__ import annotations

import pytest
from drawn_documents import drawn_lines, drawn_pdf, item_pairs, item_rows, read

from engine.layout import build_layout
from engine.locale_hint import country_currency
from engine.normalize.currencies import find_currency
from engine.pattern_files import load_patterns


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def test_a_kazakh_invoice_names_each_party_after_its_bin(patterns):
    document = drawn_lines([
        (40, 40, "Образец платежного поручения"),
        (40, 60, "Бенефициар:"), (300, 60, "ИИК"), (460, 60, "Кбе"),
        (40, 72, "АО «Тенгри Трейд»"), (300, 72, "KZ86998KZT2386932236"), (460, 72, "17"),
        (40, 84, "БИН: 100541178968"),
        (40, 100, "Банк бенефициара:"), (300, 100, "БИК"),
        (40, 112, "АО «First Heartland Jusan Bank»"), (300, 112, "TSESKZKA"),
        (40, 140, "Счет на оплату № 2063 от 5 октября 2025 г."),
        (40, 164, "Поставщик:"),
        (120, 164, "БИН / ИИН 100541178968, АО «Тенгри Трейд», 140000, г. Павлодар, ул. Торайгырова, д. 211"),
        (40, 180, "Покупатель:"),
        (120, 180, "БИН / ИИН 160340039949, ТОО «Арман ТехноКом», 160000, г. Шымкент, пр. Тауке хана, д. 235"),
        (40, 210, "№"), (60, 210, "Наименование"), (300, 210, "Кол-во"), (360, 210, "Цена"), (450, 210, "Сумма"),
        (40, 224, "1"), (60, 224, "Услуги по техническому обслуживанию"), (300, 224, "1"), (360, 224, "346 620,00"),
        (450, 224, "346 620,00"),
        (360, 244, "Итого:"), (450, 244, "346 620,00"),
        (360, 256, "В том числе НДС:"), (450, 256, "37 137,86"),
        (40, 280, "Всего к оплате: Триста сорок шесть тысяч шестьсот двадцать тенге 00 тиын"),
    ])
    values, _ = read(document, patterns)
    assert values["vendor_information.vendor_name"] == "АО «Тенгри Трейд»"
    assert values["vendor_information.address"] == "140000, г. Павлодар, ул. Торайгырова, д. 211"
    assert values["vendor_information.tax_id"] == "100541178968"
    assert values["customer_information.customer_name"] == "ТОО «Арман ТехноКом»"
    assert values["customer_information.address"].startswith("160000, г. Шымкент")
    assert values["financial_data.currency"] == "KZT"
    assert values["financial_data.total_amount"] == 346620.00


def test_a_georgian_invoice_names_its_parties_before_their_tax_numbers(patterns):
    document = drawn_lines([
        (120, 40, "საგადასახადო ანგარიშ-ფაქტურა № 2747015"),
        (40, 60, "გამოწერის თარიღი"), (230, 60, "21.02.2023"),
        (40, 72, "ოპერაციის განხორციელების თარიღი"), (230, 72, "19.02.2023"),
        (40, 84, "გამყიდველი"), (230, 84, "შპს „მთაწმინდა ენერჯი“ (საიდენტიფიკაციო ნომერი 205140587)"),
        (40, 96, "გამყიდველის მისამართი"), (230, 96, "ქ. ბათუმი, ჭავჭავაძის ქ. 96"),
        (40, 108, "მყიდველი"), (230, 108, "სს „მტკვარი ტექნიკა“ (საიდენტიფიკაციო ნომერი 406913453)"),
        (40, 120, "მყიდველის მისამართი"), (230, 120, "ქ. რუსთავი, მეგობრობის გამზ. 23"),
        (40, 150, "№"), (60, 150, "დასახელება"), (300, 150, "რაოდენობა"), (380, 150, "ფასი"), (460, 150, "ღირებულება"),
        (40, 164, "1"), (60, 164, "ბენზინი პრემიუმი"), (300, 164, "500"), (380, 164, "3.55"), (460, 164, "1 775.00"),
        (380, 184, "სულ"), (460, 184, "1 775.00"),
        (380, 196, "მათ შორის დღგ"), (460, 196, "270.76"),
    ])
    values, _ = read(document, patterns)
    assert values["vendor_information.vendor_name"] == "შპს „მთაწმინდა ენერჯი“"
    assert values["vendor_information.address"] == "ქ. ბათუმი, ჭავჭავაძის ქ. 96"
    assert values["vendor_information.tax_id"] == "205140587"
    assert values["customer_information.customer_name"] == "სს „მტკვარი ტექნიკა“"
    assert values["document_date"] == "2023-02-21"
    assert values["financial_data.total_amount"] == 1775.00
    assert values["financial_data.currency"] == "GEL"  # no currency printed: Georgian letters say Georgia
    assert item_pairs(values) == [("ბენზინი პრემიუმი", 1775.00)]


def test_a_house_number_wrapped_from_its_street_abbreviation_joins_it(patterns):
    document = drawn_lines([
        (40, 40, "სს „მთაწმინდა დისტრიბუცია“"), (40, 52, "ქ. ბათუმი, გორგილაძის ქ. 141"),
        (300, 40, "ინვოისი / INVOICE"), (300, 60, "ინვოისი / Invoice №"), (420, 60, "1641"),
        (300, 72, "თარიღი / Date"), (420, 72, "07.11.2024"),
        (40, 90, "მყიდველი / Buyer"), (150, 90, "შპს „ქართლი ენერჯი“"),
        (40, 102, "მისამართი / Address"), (150, 102, "ქ. ქუთაისი, რუსთაველის გამზ."),
        (150, 114, "105"),
        (300, 150, "სულ / Total ₾"), (460, 150, "372.00"),
    ])
    values, _ = read(document, patterns)
    assert values["customer_information.customer_name"] == "შპს „ქართლი ენერჯი“"
    assert values["customer_information.address"] == "ქ. ქუთაისი, რუსთაველის გამზ. 105"
    assert values["financial_data.currency"] == "GEL"


def _correction_letter() -> list[tuple]:
    return [
        (50, 46, "Isar Haustechnik UG (haftungsbeschränkt) · Schillerstraße 137 · 04109 Leipzig", 6.5),
        (50, 60, "Softwarehaus Alpen e.K."), (50, 73, "Am Mühlbach 81"), (50, 86, "10115 Berlin"),
        (293, 46, "Korrekturrechnung-Nr."), (393, 46, "KR-6009"),
        (293, 60, "Datum"), (393, 60, "26.09.2025"),
        (293, 73, "Bezug"), (393, 73, "Rechnung Nr. 202503076 vom 22.08.2025"),
        (50, 140, "Korrekturrechnung", 13),
        (50, 160, "zu unserer Rechnung Nr. 202503076 vom 22.08.2025 erhalten Sie folgende Korrektur."),
        (55, 190, "Pos."), (90, 190, "Bezeichnung"), (300, 190, "Menge"), (380, 190, "Einzelpreis"), (480, 190, "Gesamt"),
        (55, 204, "1"), (90, 204, "Versandkosten"), (300, 204, "5"), (380, 204, "28,51"), (480, 204, "-142,55"),
        (380, 230, "Summe netto"), (480, 230, "-142,55 €"),
        (380, 243, "zzgl. 19 % USt"), (480, 243, "-27,08 €"),
        (380, 256, "Korrekturbetrag"), (480, 256, "-169,63 €"),
        (50, 300, "Mit freundlichen Grüßen"), (50, 313, "Isar Haustechnik UG (haftungsbeschränkt)"),
        (50, 780, "Isar Haustechnik UG (haftungsbeschränkt) · Schillerstraße 137 · 04109 Leipzig", 6.5),
        (50, 790, "USt-IdNr.: DE381970463 · Amtsgericht Leipzig · HRB 73987", 6.5),
    ]


def test_a_return_address_line_names_the_issuer_of_a_window_letter(patterns):
    values, document_type = read(drawn_pdf(_correction_letter()), patterns)
    assert document_type == "credit_note"
    assert values["vendor_information.vendor_name"] == "Isar Haustechnik UG (haftungsbeschränkt)"
    assert values["vendor_information.address"] == "Schillerstraße 137, 04109 Leipzig"
    assert values["customer_information.customer_name"] == "Softwarehaus Alpen e.K."
    assert values["customer_information.address"] == "Am Mühlbach 81, 10115 Berlin"
    # its own number, not the invoice it corrects ("Bezug | Rechnung Nr. ...")
    assert values["invoice_ids.0"] == "KR-6009"
    assert "invoice_ids.1" not in values


def test_a_return_address_line_over_the_senders_own_block_changes_nothing(patterns):
    # A letterhead set in two sizes names one company: no addressee is made of it.
    items = [(50, 46, "Isar Haustechnik UG · Schillerstraße 137 · 04109 Leipzig", 6.5),
             (50, 60, "Isar Haustechnik UG"), (50, 73, "Schillerstraße 137"), (50, 86, "04109 Leipzig"),
             *_correction_letter()[4:]]
    values, _ = read(drawn_pdf(items), patterns)
    assert values["vendor_information.vendor_name"] == "Isar Haustechnik UG"
    assert "customer_information.customer_name" not in values


def test_a_nepali_vat_invoice(patterns):
    items = [
        (190, 45, "Trishuli Pharma Private Limited", 15), (250, 62, "Teku, Kathmandu-12"),
        (250, 74, "PAN/VAT No.: 611662094"), (257, 104, "TAX INVOICE", 12),
        (43, 138, "Buyer's Name"), (133, 138, "Machhapuchhre Stationers"),
        (43, 151, "Address"), (133, 151, "Pulchowk, Lalitpur-3"),
        (43, 164, "Buyer's PAN"), (133, 164, "609126130"),
        (338, 138, "Invoice No."), (433, 138, "1797"),
        (338, 151, "Transaction Date (B.S.)"), (433, 151, "2081-02-04"),
        (338, 164, "Transaction Date (A.D.)"), (433, 164, "17/05/2024"),
        (44, 210, "S.N."), (75, 210, "Particulars"), (343, 210, "Qty"), (453, 210, "Rate"), (523, 210, "Amount"),
        (44, 224, "1"), (75, 224, "Cement OPC 53 Grade (50 kg)"), (343, 224, "3"), (441, 224, "887.14"),
        (519, 224, "2,661.42"),
        (400, 250, "Taxable Amount"), (519, 250, "2,661.42"),
        (400, 262, "13% VAT"), (519, 262, "345.98"),
        (400, 274, "Grand Total"), (519, 274, "3,007.40"),
        (43, 300, "In Words: Rupees Three Thousand Seven and Forty Paisa Only"),
    ]
    values, _ = read(drawn_pdf(items), patterns)
    assert values["customer_information.customer_name"] == "Machhapuchhre Stationers"
    assert values["customer_information.address"] == "Pulchowk, Lalitpur-3"
    assert values["vendor_information.address"] == "Teku, Kathmandu-12"
    assert values["document_date"] == "2024-05-17"  # the Gregorian date, not the Bikram Sambat one
    assert values["financial_data.currency"] == "NPR"
    assert values["financial_data.total_amount"] == 3007.40


def test_a_philippine_official_receipt_is_numbered_by_its_or_number(patterns):
    items = [
        (100, 40, "GROCERMART", 12), (100, 54, "Owned & Operated by:"), (100, 66, "Bautista Trading Corp."),
        (100, 78, "636 Aurora Boulevard"), (100, 90, "Brgy. Ugong, Pasig City 1605"),
        (100, 102, "VAT REG TIN: 290-800-880-000"),
        (100, 126, "OFFICIAL RECEIPT"), (100, 138, "OR No.: 000000996618"), (100, 150, "Trans #: 76486"),
        (100, 162, "Date: 02/21/2024 13:31"),
        (100, 186, "2 LAUNDRY POWDER 1KG"), (260, 186, "268.08 V"),
        (100, 198, "1 LOAF BREAD"), (260, 198, "89.46 V"),
        (100, 222, "TOTAL AMOUNT DUE"), (260, 222, "357.54"),
        (100, 234, "VATable Sales"), (260, 234, "319.23"),
        (100, 246, "VAT Amount"), (260, 246, "38.31"),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "receipt"
    assert values["invoice_ids.0"] == "000000996618"
    assert values["financial_data.currency"] == "PHP"
    assert values["vendor_information.vendor_name"] == "Bautista Trading Corp."


def test_a_canadian_eft_advice_keeps_the_payer_as_its_issuer(patterns):
    items = [
        (40, 40, "Northshore Regional Health Authority"), (40, 52, "Accounts Payable"),
        (40, 64, "PO Box 4400 Stn Main"), (40, 76, "Thunder Bay ON P7B 6G2"),
        (40, 110, "Electrical Granite Inc."), (40, 122, "3481 boulevard René-Lévesque"), (40, 134, "Québec QC G1R 3S2"),
        (330, 110, "Bank"), (420, 110, "Institution 815 Transit 94111 Account ****1425"),
        (330, 40, "EFT REMITTANCE ADVICE", 12),
        (330, 60, "Payment No."), (420, 60, "DD-256767"),
        (330, 72, "Payment Date"), (420, 72, "2023-03-12"),
        (40, 170, "Invoice #"), (120, 170, "Date"), (200, 170, "Invoice Amount"), (300, 170, "Holdback 10%"),
        (420, 170, "Amount Paid"),
        (40, 184, "INV-51290"), (120, 184, "2023-01-01"), (200, 184, "46,073.74"), (300, 184, "4,607.37"),
        (420, 184, "41,466.37"),
        (40, 198, "INV-51341"), (120, 198, "2023-01-24"), (200, 198, "2,141.29"), (300, 198, "214.13"),
        (420, 198, "1,927.16"),
        (300, 220, "Total Invoiced"), (420, 220, "48,215.03"),
        (300, 232, "Less Holdback Retained"), (420, 232, "(4,821.50)"),
        (300, 244, "Total EFT Payment"), (420, 244, "43,393.53"),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "remittance_advice"
    assert values["customer_information.customer_name"] == "Northshore Regional Health Authority"
    assert values["vendor_information.vendor_name"] == "Electrical Granite Inc."
    assert values["payment_information.payment_amount"] == 43393.53
    assert values["financial_data.currency"] == "CAD"


def test_a_gloss_in_another_script_is_no_name(patterns):
    document = drawn_lines([
        (40, 40, "Omo Construction Materials PLC"), (40, 52, "Kebele 10, H.No. 2031, Dire Dawa"),
        (40, 64, "TIN: 0004908746"),
        (300, 40, "CASH SALES INVOICE"),
        (40, 90, "Customer's Name / የገዢ ስም"), (200, 90, "Selam Trading S.C."),
        (40, 102, "Address / አድራሻ"), (200, 102, "Lideta Sub City, Woreda 13, H.No."),
        (200, 114, "1438, Addis Ababa"),
        (300, 90, "Invoice No."), (420, 90, "04084"),
        (300, 150, "Grand Total"), (420, 150, "4,863.59"),
        (40, 170, "Amount in words: Four Thousand Eight Hundred Sixty Three Birr and Fifty Nine Cents Only"),
    ])
    values, _ = read(document, patterns)
    assert values["customer_information.customer_name"] == "Selam Trading S.C."
    assert values["customer_information.address"] == "Lideta Sub City, Woreda 13, H.No. 1438, Addis Ababa"
    assert values["financial_data.currency"] == "ETB"


def test_a_dental_invoice_bills_the_guarantor_by_fee(patterns):
    items = [
        (42, 40, "Brightwell Dental P.C.", 14), (42, 56, "1733 Harbor Way"), (42, 68, "Newark, NJ 07195"),
        (400, 40, "PATIENT INVOICE", 12),
        (300, 70, "Invoice #"), (400, 70, "INV009806"), (300, 82, "Invoice Date"), (400, 82, "04/01/2023"),
        (42, 110, "Patient"), (130, 110, "James Garrison"), (42, 122, "Chart #"), (130, 122, "GARR0688"),
        (42, 140, "Guarantor"), (130, 140, "Daniel Calloway"), (130, 152, "3296 Maple Lane, Suite 565"),
        (130, 164, "Newark, NJ 07145"),
        (46, 200, "Date of Service"), (178, 200, "Code"), (220, 200, "Description"), (554, 200, "Fee"),
        (46, 215, "04/01/2023"), (178, 215, "D0150"), (220, 215, "Comprehensive oral evaluation"), (546, 215, "85.00"),
        (46, 230, "04/01/2023"), (178, 230, "D1110"), (220, 230, "Prophylaxis - adult"), (541, 230, "117.00"),
        (313, 260, "Total Charges"), (538, 260, "$202.00"),
    ]
    values, _ = read(drawn_pdf(items), patterns)
    assert values["customer_information.customer_name"] == "Daniel Calloway"
    assert values["customer_information.address"] == "3296 Maple Lane, Suite 565, Newark, NJ 07145"
    assert values["customer_information.customer_id"] == "GARR0688"
    assert item_pairs(values) == [("Comprehensive oral evaluation", 85.00), ("Prophylaxis - adult", 117.00)]


def test_currency_words_and_web_addresses():
    assert find_currency("პორტალზე rs.ge") == []
    assert [m.code for m in find_currency("двадцать тенге 00 тиын")] == ["KZT"]
    assert [m.code for m in find_currency("Sixty Three Birr and Fifty Nine Cents")] == ["ETB"]
    assert [m.code for m in find_currency("Rs. 1,250.00")] == ["INR"]


@pytest.mark.parametrize(("line", "currency"), [
    ("Brgy. San Lorenzo, Mandaluyong City 1550", "PHP"),
    ("Miti (B.S.) 2080-11-12", "NPR"),
    ("1280 College Avenue, Halifax NS B3H 4R2", "CAD"),
    ("БИН: 100541178968", "KZT"),
])
def test_a_countrys_own_marks_name_its_currency(line, currency):
    assert country_currency(build_layout(drawn_lines([(40, 40, line)]))) == currency


def _pay_application_sheet() -> list[tuple]:
    """A continuation sheet (AIA G703): headings stacked word by word over the figures' columns."""
    columns = (248, 302, 350, 388, 442, 517, 571)  # right edges: C, D, E, F, G, H, I
    heading = [
        [(228, "Scheduled"), (283, "From"), (335, "This"), (356, "Materials"), (424, "Total"), (480, "Balance"),
         (536, "Retainage")],
        [(228, "Value"), (270, "Previous"), (327, "Period"), (354, "Presently"), (403, "Completed"), (495, "to Finish")],
        [(261, "Application"), (364, "Stored"), (403, "to Date")],
    ]
    rows = [
        ("1", "General Conditions", ("236,600.00", "79,970.80", "21,530.60", "0.00", "101,501.40", "135,098.60", "10,150.14")),
        ("2", "Mobilization", ("59,200.00", "59,200.00", "0.00", "0.00", "59,200.00", "0.00", "5,920.00")),
        ("3", "Sitework & Earthwork", ("207,000.00", "34,776.00", "31,671.00", "0.00", "66,447.00", "140,553.00", "6,644.70")),
    ]
    items = [(36, 40, "CONTINUATION SHEET", 14), (41, 70, "Item"), (68, 70, "Description of Work")]
    for n, line in enumerate(heading):
        items += [(x, 70 + 9 * n, text) for x, text in line]
    for n, (number, description, figures) in enumerate(rows):
        y = 112 + 13 * n
        items += [(41, y, number), (68, y, description)]
        items += [(edge - 4.6 * len(figure), y, figure) for edge, figure in zip(columns, figures, strict=True)]
    y = 112 + 13 * len(rows)
    totals = ("502,800.00", "173,946.80", "53,201.60", "0.00", "227,148.40", "275,651.60", "22,714.84")
    items += [(68, y, "GRAND TOTAL")] + [(edge - 4.6 * len(figure), y, figure)
                                          for edge, figure in zip(columns, totals, strict=True)]
    return items


def test_a_schedule_of_values_bills_the_work_of_this_period(patterns):
    items = [
        (36, 40, "APPLICATION AND CERTIFICATE FOR PAYMENT", 14),
        (36, 70, "TO OWNER:"), (36, 82, "Bluewater Facilities Group LLC"), (36, 94, "4657 Maple Lane, Suite 209"),
        (36, 106, "Columbus, OH 43225"),
        (330, 70, "INVOICE NO.:"), (430, 70, "INV-02804"), (330, 82, "INVOICE DATE:"), (430, 82, "June 28, 2024"),
        (36, 130, "FROM CONTRACTOR: Crescent Packaging LLC, 1361 Market Street, Suite 662, Newark, NJ 07166"),
        (36, 160, "1. ORIGINAL CONTRACT SUM"), (400, 160, "502,800.00"),
        (36, 172, "2. Net change by Change Orders"), (400, 172, "0.00"),
        (36, 184, "5. RETAINAGE"), (400, 184, "22,714.84"),
        (36, 196, "7. LESS PREVIOUS CERTIFICATES FOR PAYMENT"), (400, 196, "156,552.12"),
        (36, 208, "8. CURRENT PAYMENT DUE"), (400, 208, "$47,881.44"),
    ]
    values, document_type = read(drawn_pdf(items, _pay_application_sheet()), patterns)
    assert document_type == "invoice"
    assert values["financial_data.total_amount"] == 47881.44
    assert "financial_data.net_amount" not in values  # the change orders' net change is no net amount
    assert values["vendor_information.vendor_name"] == "Crescent Packaging LLC"
    assert values["customer_information.customer_name"] == "Bluewater Facilities Group LLC"
    # the "This Period" column, lines with nothing this period left out
    assert item_pairs(values) == [("General Conditions", 21530.60), ("Sitework & Earthwork", 31671.00)]


def test_a_totals_row_read_under_the_tax_column_gives_way_to_its_amount(patterns):
    document = drawn_lines([
        (40, 40, "შპს „მთაწმინდა ენერჯი“"), (40, 52, "ქ. ბათუმი, ჭავჭავაძის ქ. 96"),
        (300, 40, "ინვოისი № 2747015"), (300, 52, "თარიღი 21.02.2023"),
        (44, 100, "№"), (70, 100, "დასახელება"), (302, 100, "რაოდენობა"), (380, 100, "ღირებულება"), (480, 100, "დღგ-ს თანხა"),
        (44, 114, "1"), (70, 114, "ბენზინი პრემიუმი"), (302, 114, "500"), (380, 114, "1 775.00"), (480, 114, "270.76"),
        (44, 128, "2"), (70, 128, "ლეპტოპი HP ProBook 450"), (302, 128, "4"), (380, 128, "11 764.00"), (480, 128, "1 794.51"),
        (44, 142, "სულ"), (380, 142, "13 539.00"), (480, 142, "2 065.27"),
    ])
    values, _ = read(document, patterns)
    assert values["financial_data.total_amount"] == 13539.00
    assert values["financial_data.tax_amount"] == 2065.27
    assert item_pairs(values) == [("ბენზინი პრემიუმი", 1775.00), ("ლეპტოპი HP ProBook 450", 11764.00)]


def _fiscal_invoice(currency: str, other: str) -> list[tuple]:
    return [
        (38, 50, "Hwange Pharmaceuticals Holdings (Pvt)", 15), (330, 50, "TAX INVOICE", 15),
        (38, 66, "Ltd", 15), (38, 80, "167 Robert Mugabe Way"), (38, 92, "Gweru"),
        (38, 104, "TIN: 2000635807   VAT No: 224423990"),
        (330, 80, "Invoice No."), (430, 80, "12157"), (330, 92, "Date"), (430, 92, "30 Mar 2025"),
        (330, 104, "Currency"), (430, 104, currency),
        (38, 140, "Description"), (300, 140, "Qty"), (380, 140, "Unit Price"), (480, 140, f"Amount ({currency})"),
        (38, 154, "Cement 42.5R 50kg"), (300, 154, "5"), (380, 154, "10.32"), (480, 154, "51.60"),
        (380, 180, "Total Excl. VAT"), (480, 180, "51.60"), (380, 192, "VAT 15%"), (480, 192, "7.74"),
        (380, 204, f"Total Incl. VAT ({currency})"), (480, 204, "59.34"),
        (38, 230, f"{other} equivalent at 1 USD = 26.9422 ZWG: {other} 1,598.75"),
    ]


@pytest.mark.parametrize(("currency", "other"), [("USD", "ZWG"), ("ZWG", "USD")])
def test_a_fiscal_invoice_is_in_the_currency_its_currency_field_names(patterns, currency, other):
    values, _ = read(drawn_pdf(_fiscal_invoice(currency, other)), patterns)
    assert values["financial_data.currency"] == currency
    # the VAT number printed beside the TIN identifies the seller on a VAT invoice
    assert values["vendor_information.tax_id"] == "224423990"
    # a name wrapped before its company form, a title beside it on the first line
    assert values["vendor_information.vendor_name"] == "Hwange Pharmaceuticals Holdings (Pvt) Ltd"
    assert values["vendor_information.address"] == "167 Robert Mugabe Way, Gweru"


def _practice_invoice(holder_block: list[tuple]) -> list[tuple]:
    return [
        (42, 40, "Silverline Dental Care Pty. Ltd.", 14), (42, 56, "Level 23, 148 Lambton Quay"),
        (42, 68, "Perth WA 6000"), (42, 80, "ABN 23 333 012 221"),
        (330, 40, "TAX INVOICE / RECEIPT", 12),
        (330, 70, "Invoice No."), (430, 70, "INV097811"), (330, 82, "Date"), (430, 82, "12/03/2024"),
        (42, 110, "Patient"), (130, 110, "Samuel Lockhart"), (42, 122, "Patient ID"), (130, 122, "LOCK0216"),
        *holder_block,
        (42, 210, "Date"), (110, 210, "Item"), (150, 210, "Treatment"), (480, 210, "Fee"),
        (42, 224, "12/03/2024"), (110, 224, "011"), (150, 224, "Comprehensive oral examination"), (480, 224, "67.00"),
        (380, 250, "Total fees"), (480, 250, "$67.00"),
    ]


def test_an_account_holder_with_a_postal_address_is_the_customer(patterns):
    holder = [(42, 140, "Account holder"), (130, 140, "Chloe Fairbanks"), (130, 152, "45 Queen Street"),
              (130, 164, "Perth WA 6000")]
    values, _ = read(drawn_pdf(_practice_invoice(holder)), patterns)
    assert values["customer_information.customer_name"] == "Chloe Fairbanks"
    assert values["customer_information.address"] == "45 Queen Street, Perth WA 6000"
    assert values["customer_information.customer_id"] == "LOCK0216"
    assert item_pairs(values) == [("Comprehensive oral examination", 67.00)]


def test_a_bank_account_holder_is_no_customer(patterns):
    holder = [(42, 140, "Account holder"), (130, 140, "Silverline Dental Care Pty Ltd"),
              (130, 152, "BSB 062-000  Account 1234 5678")]
    values, _ = read(drawn_pdf(_practice_invoice(holder)), patterns)
    assert "customer_information.customer_name" not in values


def test_a_serbian_invoice_reads_the_amount_without_vat_beside_the_vat_column(patterns):
    # stacked headings: "Цена без / ПДВ", "Износ без / ПДВ", "ПДВ / %", "Износ ПДВ", "Укупно"
    document = drawn_lines([
        (40, 40, "Таратехника ДОО"), (40, 52, "Јурија Гагарина 10, 34000 Крагујевац"), (40, 64, "ПИБ: 100228856"),
        (300, 40, "РАЧУН бр. RN-2023-2471"), (300, 52, "Датум: 03.02.2023"),
        (40, 100, "Назив добра / услуге"), (200, 100, "Кол."), (240, 100, "Цена без"), (300, 100, "Износ без"),
        (360, 100, "ПДВ"), (400, 100, "Износ ПДВ"), (470, 100, "Укупно"),
        (240, 109, "ПДВ"), (300, 109, "ПДВ"), (360, 109, "%"),
        (40, 124, "Сервис клима уређаја"), (200, 124, "1"), (240, 124, "4.500,00"), (300, 124, "4.500,00"),
        (360, 124, "20"), (400, 124, "900,00"), (470, 124, "5.400,00"),
        (40, 138, "Монтажа"), (200, 138, "3"), (240, 138, "1.000,00"), (300, 138, "3.000,00"),
        (360, 138, "20"), (400, 138, "600,00"), (470, 138, "3.600,00"),
        (300, 170, "Укупно без ПДВ"), (470, 170, "7.500,00"), (300, 182, "ПДВ 20%"), (470, 182, "1.500,00"),
        (300, 194, "УКУПНО ЗА УПЛАТУ (RSD)"), (470, 194, "9.000,00"),
    ])
    values, _ = read(document, patterns)
    assert values["financial_data.total_amount"] == 9000.00
    assert item_rows(values) == [("Сервис клима уређаја", 1.0, 4500.00, 4500.00), ("Монтажа", 3.0, 1000.00, 3000.00)]


def test_a_department_and_room_under_the_payers_name_open_its_address(patterns):
    items = [
        (40, 40, "Eastmount University"), (40, 52, "Financial Services, Room 114"), (40, 64, "1280 College Avenue"),
        (40, 76, "Halifax NS B3H 4R2"),
        (40, 110, "Holloway & Montague Ltd."), (40, 122, "916 King Street West"), (40, 134, "Toronto ON M5V 3L7"),
        (330, 40, "EFT REMITTANCE ADVICE", 12),
        (330, 60, "Payment No."), (420, 60, "69681429"), (330, 72, "Payment Date"), (420, 72, "2023-09-17"),
        (40, 170, "Invoice #"), (120, 170, "Date"), (420, 170, "Amount Paid"),
        (40, 184, "002479"), (120, 184, "2023-06-24"), (420, 184, "30,813.01"),
        (300, 210, "Total EFT Payment"), (420, 210, "30,813.01"),
    ]
    values, _ = read(drawn_pdf(items), patterns)
    assert values["customer_information.customer_name"] == "Eastmount University"
    assert values["customer_information.address"] == "Financial Services, Room 114, 1280 College Avenue, Halifax NS B3H 4R2"
    assert values["vendor_information.vendor_name"] == "Holloway & Montague Ltd."
