"""Tier 1 on forms first read in session 15: an SAP payment advice with a letter-spaced title and the
payee named after its number ("Kreditor: K9565 ..."), e-invoices rendered from their data (EN 16931
term codes after each label, party forms whose values wrap in narrow columns, "VAT identifier" in
both parties' columns), sales tax invoices whose items table closes with a totals row under "Value
Excl. Sales Tax | Sales Tax | Value Incl. Sales Tax", Hungarian, Greek and Thai invoices, and the
Chinese VAT fapiao with its party labels written down the form's edge. Drawn as PDFs (or text lines
where the base-14 font lacks the letters) and checked for exact values."""

from __future__ import annotations

import pytest
from drawn_documents import drawn_lines, extracted

from engine.candidates import _first_id_token
from engine.layout import build_layout
from engine.locale_hint import infer_locale
from engine.normalize.dates import find_dates
from engine.pattern_files import load_patterns, phrase_key
from engine.tiers.patterns import extract_fields


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def _values(document, patterns):
    fields, document_type, _, _ = extract_fields(document, patterns)
    return {path: field.value for path, field in fields.items()}, document_type


# ---- an SAP payment advice -------------------------------------------------------------------

def _sap_advice(payee_line: str) -> list[tuple]:
    return [
        (40, 40, "STAHLWERK OST GMBH", 11), (430, 40, "Datum: 12.06.2024"),
        (40, 52, "Hafenstraße 9, 20457 Hamburg"),
        (40, 80, "Z A H L U N G S A V I S", 14),
        (40, 100, payee_line), (300, 100, "Buchungskreis: 1000"),
        (40, 112, "Zahlungsbeleg: ZB-2024-0815"), (300, 112, "Zahlweg: Überweisung (U)"),
        (40, 124, "Valuta: 13.06.2024"),
        (40, 150, "BA"), (80, 150, "Ihre Rechnung"), (170, 150, "Belegdatum"), (250, 150, "Unser Beleg"),
        (340, 150, "Brutto"), (400, 150, "Skonto"), (500, 150, "Zahlbetrag"),
        (40, 162, "RE"), (80, 162, "RG-4471"), (170, 162, "02.05.2024"), (250, 162, "51000231"),
        (340, 162, "1.250,00"), (400, 162, "25,00"), (500, 162, "1.225,00"),
        (40, 174, "RE"), (80, 174, "RG-4502"), (170, 174, "08.05.2024"), (250, 174, "51000298"),
        (340, 174, "830,40"), (500, 174, "830,40"),
        (40, 190, "Summe Zahlung EUR"), (500, 190, "2.055,40"),
        (40, 206, "Verwendungszweck: RG-4471 RG-4502"),
    ]


@pytest.mark.parametrize("payee_line", ["Kreditor: K4711 Baumann Elektro GmbH", "Kreditor: Baumann Elektro GmbH"])
def test_a_payment_advice_titled_in_spaced_capitals_names_its_payee_after_the_creditor_label(patterns, payee_line):
    values, document_type = extracted(_sap_advice(payee_line), patterns)
    assert document_type == "remittance_advice"  # "Z A H L U N G S A V I S" is the word "Zahlungsavis"
    assert values["vendor_information.vendor_name"] == "Baumann Elektro GmbH"
    assert values["customer_information.customer_name"] == "STAHLWERK OST GMBH"
    assert values["payment_information.payment_amount"] == 2055.40
    assert [values[f"invoice_ids.{i}"] for i in range(2)] == ["RG-4471", "RG-4502"]
    # the purpose line lists the invoices paid: the payment's own number is the payment document's
    assert values["payment_information.payment_reference"] == "ZB-2024-0815"


def test_the_creditor_s_number_stays_its_vendor_id(patterns):
    values, _ = extracted(_sap_advice("Kreditor: K4711 Baumann Elektro GmbH"), patterns)
    assert values["vendor_information.vendor_id"] == "K4711"


def test_letter_spacing_joins_only_runs_of_single_letters():
    assert phrase_key("Z A H L U N G S A V I S") == "zahlungsavis"
    assert phrase_key("I N V O I C E No 5") == "invoice no 5"
    assert phrase_key("A B C") == "a b c"  # three initials stay apart


# ---- an e-invoice rendered from its data -----------------------------------------------------

def _rendered_invoice(codes: bool) -> list[tuple]:
    def term(label: str, code: str) -> str:
        return f"{label} ({code})" if codes else label

    return [
        (40, 40, "Invoice", 16), (400, 40, "Harbour Marine Pty Ltd", 10),
        (40, 56, "Electronic invoice (EN 16931)"),
        (40, 80, term("Invoice number", "BT-1")), (300, 80, "INV-88213"),
        (40, 92, term("Issue date", "BT-2")), (300, 92, "2024-02-14"),
        (40, 104, term("Payment terms", "BT-20")), (300, 104, "30 days"),
        (40, 130, "Seller"), (300, 130, "Buyer"),
        (40, 142, term("Name", "BT-27")), (130, 142, "Harbour Marine"), (300, 142, term("Name", "BT-44")),
        (390, 142, "Coastal Freight Pty Ltd"),
        (130, 152, "Pty Ltd"),
        (40, 164, term("Address", "BG-5")), (130, 164, "Level 4, 18 Marine"), (300, 164, term("Address", "BG-8")),
        (390, 164, "77 Dock Road"),
        (130, 174, "Parade"), (390, 174, "Fremantle WA 6160"),
        (130, 184, "Perth WA 6000"),
        (40, 196, "Country"), (130, 196, "AU"), (300, 196, "Country"), (390, 196, "AU"),
        (300, 208, term("VAT identifier", "BT-48")), (430, 208, "51824753556"),
        (40, 220, term("VAT identifier", "BT-31")), (170, 220, "33102417032"),
        (40, 250, "#"), (60, 250, "Item name"), (300, 250, "Quantity"), (360, 250, "Price"), (480, 250, "Line net amount"),
        (40, 262, "1"), (60, 262, "Hull inspection"), (300, 262, "2"), (360, 262, "1,100.00"), (480, 262, "2,200.00"),
        (200, 290, term("Sum of Invoice line net amount", "BT-106")), (480, 290, "2,200.00"),
        (200, 302, term("Invoice total amount without GST", "BT-109")), (480, 302, "2,200.00"),
        (200, 314, term("Invoice total GST amount", "BT-110")), (480, 314, "220.00"),
        (200, 326, term("Invoice total amount with GST", "BT-112")), (480, 326, "2,420.00"),
        (200, 338, term("Amount due for payment", "BT-115")), (480, 338, "2,420.00 AUD"),
    ]


@pytest.mark.parametrize("codes", [True, False])
def test_an_e_invoice_rendered_with_or_without_its_business_term_codes(patterns, codes):
    values, _ = extracted(_rendered_invoice(codes), patterns)
    assert values["invoice_ids.0"] == "INV-88213"  # not "EN 16931", "BT-1" nor a sum's "2"
    assert values["vendor_information.vendor_name"] == "Harbour Marine Pty Ltd"
    # the column wrapped the street's name before its type; the town is a line of its own; "AU" is a code
    assert values["vendor_information.address"] == "Level 4, 18 Marine Parade, Perth WA 6000"
    assert values["customer_information.customer_name"] == "Coastal Freight Pty Ltd"
    assert values["customer_information.address"] == "77 Dock Road, Fremantle WA 6160"
    # the seller's VAT identifier, though the buyer's stands higher in its column
    assert values["vendor_information.tax_id"] == "33102417032"
    assert values["financial_data.net_amount"] == 2200.00
    assert values["financial_data.tax_amount"] == 220.00
    assert values["financial_data.total_amount"] == 2420.00


def test_a_money_figure_is_no_document_number():
    assert _first_id_token("  39,853.28") is None
    assert _first_id_token(" 12.173,50 EUR") is None
    assert _first_id_token(" 2713.44") is None
    assert _first_id_token(" 2024-0019")[0] == "2024-0019"
    assert _first_id_token(" 20231606")[0] == "20231606"


# ---- a sales tax invoice closing its items with a totals row ------------------------------------

def _sales_tax_invoice(payable: str) -> list[tuple]:
    return [
        (150, 40, "Crescent Textiles (Private) Limited", 13),
        (120, 54, "Plot 41, Korangi Industrial Area, Karachi, Pakistan · Ph: +92 21 35051234"),
        (200, 66, "NTN: 4417721-3  STRN: 3277876154321"),
        (150, 84, "SALES TAX INVOICE", 12),
        (40, 104, "To:"), (400, 104, "Invoice No."), (470, 104, "CT/2024/117"),
        (40, 116, "Indus Apparel"), (400, 116, "Date"), (470, 116, "14/03/2024"),
        (40, 128, "57-Mall Road"), (400, 128, "P.O. No."), (470, 128, "PO-4471"),
        (40, 140, "Lahore"),
        (40, 152, "NTN: 3361177-0"),
        (40, 180, "S.No"), (70, 180, "Description"), (250, 180, "Qty"), (290, 180, "Rate"),
        (340, 180, "Value Excl."), (420, 180, "Sales Tax"), (490, 180, "Value Incl. Sales"),
        (340, 190, "Sales Tax"), (420, 190, "@18%"), (490, 190, "Tax"),
        (40, 204, "1"), (70, 204, "Cotton yarn 30s"), (250, 204, "100"), (290, 204, "1,250.00"),
        (340, 204, "125,000.00"), (420, 204, "22,500.00"), (490, 204, "147,500.00"),
        (40, 216, "2"), (70, 216, "Polyester thread"), (250, 216, "20"), (290, 216, "400.00"),
        (340, 216, "8,000.00"), (420, 216, "1,440.00"), (490, 216, "9,440.00"),
        (290, 230, "Total"), (340, 230, "133,000.00"), (420, 230, "23,940.00"), (490, 230, "156,940.00"),
        (250, 250, "Total Amount Payable"), (490, 250, payable),
        (40, 270, "FBR Invoice No: 482913240314101700115"),
    ]


def test_a_totals_row_under_its_headings_gives_the_net_and_the_tax(patterns):
    values, _ = extracted(_sales_tax_invoice("Rs. 156,940.00"), patterns)
    assert values["financial_data.total_amount"] == 156940.00
    assert values["financial_data.net_amount"] == 133000.00
    assert values["financial_data.tax_amount"] == 23940.00
    assert values["financial_data.currency"] == "PKR"  # "Rs." on a Pakistani invoice
    assert values["invoice_ids.0"] == "CT/2024/117"  # not the tax authority's number
    assert values["vendor_information.tax_id"] == "3277876154321"  # the STRN before the NTN
    assert values["customer_information.customer_name"] == "Indus Apparel"
    assert values["customer_information.address"] == "57-Mall Road, Lahore"


def test_a_totals_row_that_does_not_make_the_total_leaves_the_amounts_to_the_labels(patterns):
    # a further tax after the table: the row's gross is not the document's total
    values, _ = extracted(_sales_tax_invoice("Rs. 163,590.00"), patterns)
    assert values["financial_data.total_amount"] == 163590.00
    assert values.get("financial_data.net_amount") != 133000.00 or values.get("financial_data.tax_amount") != 23940.00


# ---- Hungarian, Greek, Thai ---------------------------------------------------------------------

HUNGARIAN = [
    (40, 40, "Számla"), (380, 40, "Számla sorszáma:"), (480, 40, "KA-24-1837"),
    (40, 70, "Eladó"), (320, 70, "Vevő"),
    (40, 82, "Pannon Kereskedelmi Kft."), (320, 82, "Duna Építő Zrt."),
    (40, 94, "1117 Budapest, Budafoki út 31."), (320, 94, "8000 Székesfehérvár, Berényi út 115."),
    (40, 106, "Adószám: 27557488-2-43"), (320, 106, "Adószám: 23245350-2-07"),
    (40, 118, "Bankszámlaszám:"),
    (40, 130, "11600006-12383403-00000000"),
    (40, 150, "Fizetési mód"), (170, 150, "Teljesítés dátuma"), (300, 150, "Számla kelte"), (420, 150, "Fizetési határidő"),
    (40, 162, "Átutalás"), (170, 162, "2023. 01. 16."), (300, 162, "2023. 01. 17."), (420, 162, "2023. 03. 18."),
    (40, 190, "Megnevezés"), (220, 190, "Menny."), (280, 190, "Nettó egységár"), (370, 190, "Nettó érték"),
    (440, 190, "ÁFA kulcs"), (500, 190, "Bruttó érték"),
    (40, 202, "Szaktanácsadás"), (220, 202, "16"), (280, 202, "20 500"), (370, 202, "328 000"), (440, 202, "27%"),
    (500, 202, "416 560"),
    (40, 214, "Másolópapír A4"), (220, 214, "12"), (280, 214, "10 650"), (370, 214, "127 800"), (440, 214, "27%"),
    (500, 214, "162 306"),
    (40, 240, "ÁFA összesítő"),
    (40, 252, "ÁFA kulcs"), (200, 252, "Nettó"), (300, 252, "ÁFA"), (400, 252, "Bruttó"),
    (40, 264, "27%"), (200, 264, "455 800"), (300, 264, "123 066"), (400, 264, "578 866"),
    (40, 276, "Összesen"), (200, 276, "455 800"), (300, 276, "123 066"), (400, 276, "578 866"),
    (350, 296, "Fizetendő: 578 866 Ft"),
]


def test_a_hungarian_invoice(patterns):
    values, document_type = _values(drawn_lines(HUNGARIAN), patterns)
    assert document_type == "invoice"
    assert values["invoice_ids.0"] == "KA-24-1837"  # two lines under the bank account, its own label
    assert values["document_date"] == "2023-01-17"  # "Számla kelte", not the delivery date
    assert values["payment_terms.due_date"] == "2023-03-18"
    assert values["vendor_information.vendor_name"] == "Pannon Kereskedelmi Kft."
    assert values["customer_information.customer_name"] == "Duna Építő Zrt."
    assert values["vendor_information.tax_id"] == "27557488-2-43"
    assert values["financial_data.total_amount"] == 578866
    assert values["financial_data.tax_amount"] == 123066  # the summary's totals row, thousands by spaces
    assert values["financial_data.net_amount"] == 455800
    assert values["financial_data.currency"] == "HUF"


def test_hungarian_dates():
    assert [m.value.isoformat() for m in find_dates("Kelt: 2023. 01. 17.")] == ["2023-01-17"]
    assert [m.value.isoformat() for m in find_dates("2024. szeptember 21.")] == ["2024-09-21"]
    assert [m.value.isoformat() for m in find_dates("Esedékesség 2024. márc. 5.")] == ["2024-03-05"]


def test_figures_grouped_by_full_stops_without_cents_read_as_thousands():
    layout = build_layout(drawn_lines([(40, 40, "Nettó 28.820"), (40, 52, "ÁFA 7.781"), (40, 64, "Bruttó 36.601")]))
    assert infer_locale(layout) == "DE"
    weights = build_layout(drawn_lines([(40, 40, "Weight 1.250 kg"), (40, 52, "Total 12.50")]))
    assert infer_locale(weights) is None


GREEK = [
    (40, 40, "ΕΡΜΗΣ ΜΕΤΑΦΟΡΙΚΗ Α.Ε."), (330, 40, "ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ"),
    (40, 52, "Λεωφ. Ικάρου 225"), (420, 52, "Αρ. Α-6861"),
    (40, 64, "712 02 Ηράκλειο"), (420, 64, "Ημερομηνία 11/03/2023"),
    (40, 76, "ΑΦΜ: 090153690 ΔΟΥ: ΗΡΑΚΛΕΙΟΥ"),
    (40, 110, "ΣΤΟΙΧΕΙΑ ΠΕΛΑΤΗ"),
    (40, 122, "Επωνυμία: ΑΛΦΑ ΤΡΟΦΙΜΑ Ο.Ε."),
    (40, 134, "Διεύθυνση: Αγίου Κωνσταντίνου 49, 151 25"),
    (40, 146, "Μαρούσι"),
    (40, 158, "ΑΦΜ: 095288105"),
    (40, 190, "Περιγραφή"), (300, 190, "Ποσότητα"), (380, 190, "Τιμή μον."), (470, 190, "Καθαρή αξία"),
    (40, 202, "Τσιμέντο 25 kg"), (300, 202, "50"), (380, 202, "8,49"), (470, 202, "424,50"),
    (330, 230, "Σύνολο καθαρής αξίας"), (470, 230, "424,50"),
    (330, 242, "Σύνολο ΦΠΑ"), (470, 242, "101,88"),
    (330, 254, "Πληρωτέο"), (470, 254, "526,38"),
]


def test_a_greek_invoice_read_in_capitals_without_their_accents(patterns):
    values, document_type = _values(drawn_lines(GREEK), patterns)
    assert document_type == "invoice"
    assert values["invoice_ids.0"] == "Α-6861"
    assert values["vendor_information.tax_id"] == "090153690"
    # "ΣΤΟΙΧΕΙΑ ΠΕΛΑΤΗ" is "Στοιχεία πελάτη"; "Επωνυμία:" names the name, no part of it
    assert values["customer_information.customer_name"] == "ΑΛΦΑ ΤΡΟΦΙΜΑ Ο.Ε."
    assert values["customer_information.address"] == "Αγίου Κωνσταντίνου 49, 151 25 Μαρούσι"
    assert values["financial_data.net_amount"] == 424.50
    assert values["financial_data.tax_amount"] == 101.88
    assert values["financial_data.total_amount"] == 526.38
    assert values["financial_data.currency"] == "EUR"  # a Greek tax number's document


def test_a_bilingual_label_starts_at_its_gloss(patterns):
    page = [(40, 40, "บริษัท สยาม จำกัด"), (40, 52, "Siam Packaging Co., Ltd."),
            (400, 40, "ใบกำกับภาษี / TAX INVOICE"),
            (400, 60, "เลขที่ / No. IV6804-4931"), (400, 72, "วันที่ / Date 12/04/2024"),
            (40, 100, "ลูกค้า / Customer"), (40, 112, "Chao Phraya Logistics Co., Ltd."),
            (40, 124, "88/12 Rama IV Road"), (40, 136, "Khlong Toei, Bangkok 10110"),
            (300, 200, "รวมทั้งสิ้น / Total"), (480, 200, "10,700.00")]
    values, _ = _values(drawn_lines(page), patterns)
    assert values["customer_information.customer_name"] == "Chao Phraya Logistics Co., Ltd."
    assert values["invoice_ids.0"] == "IV6804-4931"  # Thai "เลขที่" (number)
    assert values["financial_data.total_amount"] == 10700.00


# ---- a Chinese VAT fapiao ----------------------------------------------------------------------

def _fapiao() -> list[tuple]:
    return [
        (40, 40, "机器编号：499099774271"), (230, 40, "北京增值税普通发票"), (390, 40, "发票代码：011002100611"),
        (390, 50, "发票号码：07385142"), (390, 60, "开票日期：2024年11月08日"),
        (90, 80, "购"), (150, 80, "名 称："), (250, 80, "上海恒达包装材料有限公司"), (400, 80, "密"),
        (90, 90, "买"), (400, 90, "码"),
        (90, 100, "方"), (150, 100, "纳税人识别号："), (250, 100, "91310104MA1FR2XQ8K"), (400, 100, "区"),
        (150, 110, "地 址、电 话："), (250, 110, "上海市徐汇区漕溪北路"),
        (250, 120, "88号6楼 021-64381234"),
        (150, 130, "开户行及账号："), (250, 130, "招商银行上海分行 1219 0423 1110 501"),
        (40, 150, "货物或应税劳务、服务名称"), (200, 150, "数量"), (260, 150, "单价"), (330, 150, "金额"),
        (400, 150, "税率"), (470, 150, "税额"),
        (40, 162, "*纸制品*包装纸箱"), (200, 162, "100"), (260, 162, "12.50"), (330, 162, "1250.00"),
        (400, 162, "13%"), (470, 162, "162.50"),
        (40, 176, "合 计"), (330, 176, "¥1250.00"), (470, 176, "¥162.50"),
        (40, 190, "价税合计（大写）"), (150, 190, "壹仟肆佰壹拾贰元伍角整"), (350, 190, "（小写）¥1412.50"),
        (90, 210, "销"), (150, 210, "名 称："), (250, 210, "杭州启明建材有限公司"),
        (90, 220, "售"), (150, 220, "纳税人识别号："), (250, 220, "91330106MA27Y6QX3B"),
        (90, 230, "方"), (150, 230, "地 址、电 话："), (250, 230, "杭州市西湖区天目山路88号 0571-88990011"),
    ]


def test_a_fapiao_s_parties_under_labels_written_down_the_form(patterns):
    values, document_type = _values(drawn_lines(_fapiao()), patterns)
    assert document_type == "invoice"
    assert values["invoice_ids.0"] == "07385142"  # not the invoice code or the machine number
    assert values["document_date"] == "2024-11-08"
    assert values["customer_information.customer_name"] == "上海恒达包装材料有限公司"
    assert values["customer_information.address"] == "上海市徐汇区漕溪北路88号6楼"
    assert values["vendor_information.vendor_name"] == "杭州启明建材有限公司"
    assert values["vendor_information.address"] == "杭州市西湖区天目山路88号"
    assert values["vendor_information.tax_id"] == "91330106MA27Y6QX3B"  # the seller's, not the buyer's
    assert values["financial_data.total_amount"] == 1412.50
    assert values["financial_data.net_amount"] == 1250.00  # the totals row: amount, then tax
    assert values["financial_data.tax_amount"] == 162.50
    assert values["financial_data.currency"] == "CNY"


def test_a_local_word_for_number_glossed_in_english_before_the_number():
    assert _first_id_token("Số (No.): 0487309")[0] == "0487309"
    assert _first_id_token("月結發票-M2410-6878")[0] == "M2410-6878"  # no Chinese word runs into the number


def test_a_bilingual_letterhead_reports_its_name_in_latin_letters(patterns):
    page = [(40, 40, "廣生清潔服務有限公司"), (40, 52, "Kwong Sang Cleaning Services Limited"),
            (40, 64, "Room 1203, 12/F, Wing On Centre"), (40, 76, "111 Connaught Road Central, Hong Kong"),
            (400, 40, "INVOICE 發票"), (400, 60, "Invoice No. 發票編號"), (500, 60, "KS-24-0113"),
            (300, 200, "Total 總額"), (480, 200, "HK$ 12,400.00")]
    values, _ = _values(drawn_lines(page), patterns)
    assert values["vendor_information.vendor_name"] == "Kwong Sang Cleaning Services Limited"
    assert values["invoice_ids.0"] == "KS-24-0113"


def test_an_account_mailbox_names_no_customer(patterns):
    page = [(40, 40, "Hanbit Electronics Co., Ltd.", 12), (400, 40, "INVOICE"),
            (40, 60, "Tel 042-9684-2307 · account@hanbit61.co.kr.example"),
            (400, 60, "Invoice No."), (480, 60, "240921-75"),
            (300, 200, "Total"), (480, 200, "11,013,200")]
    values, _ = extracted(page, patterns)
    assert "@" not in str(values.get("customer_information.customer_name", ""))


def _korean_tax_invoice() -> list[tuple]:
    # the e-tax invoice's grid: "공급자" and "공급받는자" down the left edge of each party's half
    return [
        (30, 39, "[공급자 보관용]"), (57, 51, "전자세금계산서"), (274, 52, "승인번호"), (379, 52, "20230731-41820689-67267475"),
        (42, 94, "공"), (71, 94, "등록번호"), (115, 94, "322-31-87876"), (309, 94, "공"), (339, 94, "등록번호"),
        (382, 94, "518-18-96813"),
        (42, 103, "급"), (309, 103, "급"),
        (42, 112, "자"), (79, 117, "상호"), (115, 117, "주식회사 한빛정밀"), (222, 117, "성명"), (256, 117, "강지영"),
        (309, 112, "받"), (346, 117, "상호"), (382, 117, "주식회사 새한푸드"), (489, 117, "성명"), (524, 117, "박은정"),
        (309, 121, "는"), (309, 130, "자"),
        (75, 140, "사업장"), (115, 140, "서울특별시 영등포구 여의대로 216"), (342, 140, "사업장"),
        (382, 140, "서울특별시 금천구 디지털로 299"),
        (79, 149, "주소"), (115, 149, "10층"), (346, 149, "주소"),
        (75, 176, "이메일"), (115, 176, "account@hanbit89.co.kr.example"),
        (89, 191, "작성일자"), (230, 191, "공급가액"), (372, 191, "세액"),
        (86, 204, "2023-07-31"), (285, 204, "852,500"), (422, 204, "85,250"),
        (300, 240, "합계금액"), (450, 240, "937,750"),
    ]


def test_a_korean_e_tax_invoice_grid(patterns):
    values, _ = _values(drawn_lines(_korean_tax_invoice()), patterns)
    assert values["vendor_information.vendor_name"] == "주식회사 한빛정밀"  # not the copy mark above the grid
    assert values["vendor_information.address"] == "서울특별시 영등포구 여의대로 216, 10층"
    assert values["vendor_information.tax_id"] == "322-31-87876"
    assert values["customer_information.customer_name"] == "주식회사 새한푸드"
    assert values["customer_information.address"] == "서울특별시 금천구 디지털로 299"
    assert values["financial_data.currency"] == "KRW"
    assert "customer_information.customer_id" not in values  # "account@..." is a mailbox
