"""Tier 1 on the layouts payers print: ACH reports with dot leaders and raw X12 addenda, e-mailed
advices laid out as forms, SAP payment advice notes typed in a fixed-width font over several pages,
and customer statements. Each test is a small PDF drawn the way such documents are, and checks the
exact values the contract wants."""

from __future__ import annotations

import pymupdf
import pytest
from drawn_documents import allocation_pairs

from engine.document import Document, load_document
from engine.layout import build_layout
from engine.pattern_files import load_patterns
from engine.tiers.patterns import extract_fields

LINE = 9.6  # a typewriter-like print: lines touch


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def _pdf(pages: list[list[tuple[float, float, str]]], font: str = "helv", size: float = 9.0) -> Document:
    """A text PDF: per page, (x, baseline y, text)."""
    pdf = pymupdf.open()
    for items in pages:
        page = pdf.new_page(width=595, height=842)
        for x, y, text in items:
            page.insert_text((x, y), text, fontname=font, fontsize=size)
    data = pdf.tobytes()
    pdf.close()
    return load_document(data)


def _values(document: Document, patterns) -> tuple[dict[str, object], str]:
    fields, document_type, _, _ = extract_fields(document, patterns)
    return {path: field.value for path, field in fields.items()}, document_type


def _rows(x: float, y: float, *lines: str, step: float = LINE) -> list[tuple[float, float, str]]:
    return [(x, y + i * step, text) for i, text in enumerate(lines)]


ACH_REPORT = _rows(
    42, 40,
    "FIRST CITIZENS BANK",
    "ACH REMITTANCE DETAIL REPORT",
    "RECEIVER NAME ......... Holloway Cloud Services Co.",
    "RECEIVER ACCOUNT ...... XXXXXX2691",
    "ORIGINATOR ............ Silverline Design Studio Group LLC",
    "COMPANY ID ............ 579652761",
    "EFFECTIVE DATE ........ Jan 24, 2024",
    "TRACE NUMBER .......... 907304883955919",
    "AMOUNT ................ 6,650.73",
    "ADDENDA:",
    "0001 RMR*IV*SI028297*PI*5992.17*5992.17\\",
    "0002 RMR*IV*SI028318*PI*1031.73*1377.74\\",
    "0003 ADX*-346.01*01\\",
    "0004 RMR*PO*PO-7781*PI*0*0\\",
    "TOTAL REMITTED .......... 7,023.90",
    step=11,
)


def test_dot_leaders_part_a_label_from_its_value(patterns):
    layout = build_layout(_pdf([ACH_REPORT], font="cour"))
    texts = [[segment.text for segment in line] for line in layout.pages[0].lines]
    assert ["RECEIVER NAME", "Holloway Cloud Services Co."] in texts
    assert all("...." not in text for line in texts for text in line)


def test_an_ach_report_reads_parties_trace_number_and_effective_date(patterns):
    values, document_type = _values(_pdf([ACH_REPORT], font="cour"), patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "Holloway Cloud Services Co."  # the receiver is paid
    assert values["customer_information.customer_name"] == "Silverline Design Studio Group LLC"
    assert values["payment_information.payment_reference"] == "907304883955919"
    assert values["payment_information.payment_date"] == "2024-01-24"


def test_x12_remittance_segments_give_each_invoice_and_the_amount_paid(patterns):
    values, _ = _values(_pdf([ACH_REPORT], font="cour"), patterns)
    # RMR04 is what was paid, the adjustment (ADX) already netted in; a purchase order is no invoice.
    assert allocation_pairs(values) == [("SI028297", 5992.17), ("SI028318", 1031.73)]


EMAILED_ADVICE = [
    (49, 48, "From:"), (280, 48, "Accounts Payable <payments@garrison.example>"),
    (49, 58, "Sent:"), (280, 58, "Saturday, February 24, 2024 4:28 AM"),
    (49, 68, "To:"), (280, 68, "receivables@cedar.example"),
    (49, 78, "Subject:"), (280, 78, "Remittance Advice - ACH - Garrison Industrial Parts LLC"),
    (45, 98, "Hello,"),
    (45, 112, "Garrison Industrial Parts LLC has sent you a payment by ACH."),
    (45, 134, "Payee:"), (226, 134, "Cedar Landscaping Inc."),
    (45, 146, "Payment Method:"), (226, 146, "ACH"),
    (45, 158, "Effective Date:"), (226, 158, "02/24/2024"),
    (45, 170, "Payment Amount:"), (226, 170, "$13,957.47"),
    (45, 182, "Trace Number:"), (226, 182, "757449667492789"),
    (49, 210, "Invoice Number"), (140, 210, "Invoice Date"), (440, 210, "Amount Paid"),
    (49, 224, "044673"), (140, 224, "01/19/2024"), (450, 224, "2,948.88"),
    (49, 238, "044675"), (140, 238, "01/22/2024"), (445, 238, "11,008.59"),
    (49, 256, "Total Payment"), (445, 256, "$13,957.47"),
    (45, 280, "Questions about this payment? Reply to this e-mail or call (651) 651-5665."),
    (45, 292, "Hannah Whitfield"),
    (45, 303, "Accounts Payable, Garrison Industrial Parts LLC"),
    (45, 314, "3080 Oak Avenue"),
    (45, 325, "Chicago, IL 60642"),
    (45, 340, "This message was sent from an unmonitored mailbox. Do not reply with attachments."),
]


def test_a_colon_hands_a_label_to_its_value_across_a_wide_form(patterns):
    values, document_type = _values(_pdf([EMAILED_ADVICE]), patterns)
    assert document_type == "remittance_advice"
    # "Payment Method: | ACH" under "Payee: | Cedar Landscaping Inc." is the next field, not the payee's.
    assert values["vendor_information.vendor_name"] == "Cedar Landscaping Inc."
    assert values["payment_information.payment_reference"] == "757449667492789"


def test_an_e_mail_print_is_signed_by_its_sender(patterns):
    # The mail header names mailboxes and a department ("From: Accounts Payable <...>"), "Hello," and
    # the body's sentences name no one: the payer is the company that signs at the foot.
    values, _ = _values(_pdf([EMAILED_ADVICE]), patterns)
    assert values["customer_information.customer_name"] == "Garrison Industrial Parts LLC"
    assert values["customer_information.address"] == "3080 Oak Avenue, Chicago, IL 60642"


def _sap_advice(pages: int = 1) -> list[list[tuple[float, float, str]]]:
    head = _rows(42, 48, "Isar Verpackungen UG (haftungsbeschränkt)", "Schillerstraße 115", "28195 Bremen", "",
                 "Druckerei Taunus GmbH", "Lindenallee 84", "90402 Nürnberg")
    head = [item for item in head if item[2]]
    head += [(42, 134, "Zahlungsavis vom 01.05.2025"),
             (42, 153, "Unsere Kontonummer bei Ihnen"), (205, 153, "C01293"),
             (42, 163, "Ihre Kontonummer bei uns"), (205, 163, "111219"),
             (42, 173, "Zahlungsbeleg"), (205, 173, "2240083345"),
             (42, 192, "Sehr geehrte Damen und Herren,")]
    header = [(42, 0, "Beleg"), (100, 0, "Ihr Beleg"), (181, 0, "Belegdatum"), (253, 0, "Bruttobetrag"),
              (354, 0, "Abzug"), (402, 0, "Nettobetrag")]
    rule = "-" * 86

    def table_at(y: float, rows: list[tuple[str, str, str, str]]) -> list[tuple[float, float, str]]:
        items = [(x, y, text) for x, _, text in header] + [(42, y + LINE, rule)]
        for k, (own, invoice, date, amount) in enumerate(rows):
            row_y = y + (k + 2) * LINE
            items += [(42, row_y, own), (100, row_y, invoice), (181, row_y, date), (268, row_y, amount),
                      (412, row_y, amount)]
        return items

    first = [("5134497131", "INV-87804", "11.02.2025", "16.595,25"), ("5167291491", "INV-87815", "04.03.2025",
                                                                      "28.864,10")]
    second = [("5184830851", "INV-87795", "27.03.2025", "27.304,83"), ("5185522173", "INV-87812", "03.04.2025",
                                                                      "9.443,41")]
    if pages == 1:
        body = table_at(230, first + second) + [(42, 300, rule), (42, 310, "Gesamtsumme"), (412, 310, "82.207,59"),
                                                (42, 330, "Zahlbetrag"), (205, 330, "EUR 82.207,59"),
                                                (42, 340, "Valutadatum"), (205, 340, "01.05.2025")]
        return [head + body]
    page_one = head + table_at(230, first) + [(42, 770, "Übertrag"), (412, 770, "45.459,35")]
    page_two = ([(42, 40, "Isar Verpackungen UG (haftungsbeschränkt) - Zahlungsavis 2240083345")]
                + table_at(60, []) + [(42, 60 + 2 * LINE, "Übertrag"), (412, 60 + 2 * LINE, "45.459,35")]
                + [(x, 60 + (k + 3) * LINE, text) for k, (own, inv, _, _) in enumerate(second)
                   for x, text in ((42, own), (100, inv))]
                + [(181, 60 + (k + 3) * LINE, date) for k, (_, _, date, _) in enumerate(second)]
                + [(x, 60 + (k + 3) * LINE, amount) for k, (_, _, _, amount) in enumerate(second) for x in (268, 412)]
                + [(42, 120, "Gesamtsumme"), (412, 120, "82.207,59"), (42, 140, "Zahlbetrag"),
                   (205, 140, "EUR 82.207,59")])
    return [page_one, page_two]


def test_a_typed_payment_advice_note(patterns):
    values, document_type = _values(_pdf(_sap_advice(), font="cour", size=8), patterns)
    assert document_type == "remittance_advice"
    # A skipped line parts the payer's address block from the payee's.
    assert values["customer_information.customer_name"] == "Isar Verpackungen UG (haftungsbeschränkt)"
    assert values["customer_information.address"] == "Schillerstraße 115, 28195 Bremen"
    assert values["vendor_information.vendor_name"] == "Druckerei Taunus GmbH"
    assert values["vendor_information.address"] == "Lindenallee 84, 90402 Nürnberg"
    # "our account number with you" is the payer's number at the payee; "your account number with us"
    # the payee's at the payer.
    assert values["customer_information.customer_id"] == "C01293"
    assert values["vendor_information.vendor_id"] == "111219"
    assert values["payment_information.payment_reference"] == "2240083345"
    # The dashes under the header are no header line: each document number stays in its column.
    assert allocation_pairs(values) == [("INV-87804", 16595.25), ("INV-87815", 28864.10),
                                    ("INV-87795", 27304.83), ("INV-87812", 9443.41)]


def test_a_carried_forward_line_under_a_repeated_header_does_not_end_the_table(patterns):
    values, _ = _values(_pdf(_sap_advice(pages=2), font="cour", size=8), patterns)
    assert [invoice for invoice, _ in allocation_pairs(values)] == ["INV-87804", "INV-87815", "INV-87795", "INV-87812"]


def test_a_bank_reference_beats_the_payers_payment_document(patterns):
    extra = [(42, 183, "Verwendungszweck"), (205, 183, "EFT2306254932")]
    page = _sap_advice()[0] + extra
    values, _ = _values(_pdf([page], font="cour", size=8), patterns)
    assert values["payment_information.payment_reference"] == "EFT2306254932"


def test_a_statement_period_names_no_party_and_a_nz_gst_number_means_nz_dollars(patterns):
    page = [
        (442, 40, "STATEMENT"),
        (43, 64, "Whitfield Logistics Ltd"), (368, 64, "Statement Date"), (502, 64, "18 Aug 2023"),
        (43, 76, "461 Lambton Quay"), (357, 76, "Customer Account"), (506, 76, "CUST-9117"),
        (43, 88, "Wellington 6011"), (404, 88, "From"), (457, 88, "1 Jul 2023 - 18 Aug 2023"),
        (43, 100, "GST No: 860-251-310"), (399, 100, "Pay by"), (507, 100, "1 Sep 2023"),
        (360, 112, "Total Outstanding"), (508, 112, "$38,654.87"),
        (40, 134, "Sterling & Delgado Ltd"), (40, 144, "162 George Street"), (40, 154, "Dunedin 9016"),
        (44, 174, "Date"), (200, 174, "Reference"), (449, 174, "Debit"), (521, 174, "Balance"),
        (44, 188, "2 Jul 2023"), (200, 188, "INV62624"), (437, 188, "4,759.04"), (516, 188, "38,654.87"),
    ]
    values, document_type = _values(_pdf([page]), patterns)
    assert document_type == "statement"
    assert values.get("vendor_information.vendor_name") != "$38,654.87"
    assert values["vendor_information.vendor_name"] == "Whitfield Logistics Ltd"
    assert values["financial_data.currency"] == "NZD"


def test_figures_set_flush_right_beyond_the_last_heading_are_its_column(patterns):
    # A bank's payment confirmation: headings set left in wide cells, amounts flush right.
    page = [
        (52, 40, "Crestline Bank plc"), (52, 60, "Payment confirmation"),
        (52, 80, "Transaction reference"), (300, 80, "429206085766"),
        (52, 92, "Value date"), (300, 92, "2023-10-10"),
        (52, 104, "Amount"), (300, 104, "EUR 72.942,65"),
        (52, 124, "Beneficiary"), (52, 136, "Artes Gráficas Castellana S.A."),
        (52, 148, "Polígono Industrial Las Arenas, Nave 86"), (52, 160, "50001 Zaragoza"),
        (54, 190, "Payment details"),
        (52, 210, "Invoice"), (101, 210, "Invoice date"), (219, 210, "Amount (EUR)"),
        (52, 226, "SI051460"), (101, 226, "2023-09-06"), (401, 226, "28.925,79"),
        (52, 242, "SI051728"), (101, 242, "2023-09-22"), (401, 242, "44.016,86"),
        (52, 260, "Total"), (397, 260, "72.942,65"),
    ]
    values, document_type = _values(_pdf([page]), patterns)
    assert document_type == "remittance_advice"
    assert allocation_pairs(values) == [("SI051460", 28925.79), ("SI051728", 44016.86)]


def test_a_cheques_payee_block_runs_on_beside_its_two_line_label(patterns):
    # "TO THE" / "ORDER OF" is one label over two lines: the address beside its second line is the
    # payee's, not a form's next field.
    page = [
        (39, 30, "Garrison Facilities Group LLC"), (548, 30, "49602"),
        (39, 41, "2915 Commerce Drive"), (549, 41, "DATE"),
        (39, 52, "Boise, ID 83735"), (528, 52, "01/17/2025"),
        (39, 84, "PAY"), (217, 84, "Twenty Six Thousand One Hundred Twenty Nine and 97/100 Dollars"),
        (501, 84, "**$26,129.97**"),
        (39, 118, "TO THE"), (217, 118, "Pinnacle Packaging Inc"),
        (39, 128, "ORDER OF"), (217, 129, "3245 Oak Avenue"),
        (217, 140, "Portland, OR 97263"),
        (39, 282, "Garrison Facilities Group LLC"), (458, 282, "Check No. 49602 01/17/2025"),
        (40, 316, "Invoice No."), (217, 316, "Gross Amount"), (342, 316, "Discount Taken"),
        (512, 316, "Net Amount Paid"),
        (40, 330, "PP-5521"), (230, 330, "26,129.97"), (380, 330, "0.00"), (530, 330, "26,129.97"),
    ]
    values, _ = _values(_pdf([page]), patterns)
    assert values["vendor_information.vendor_name"] == "Pinnacle Packaging Inc"
    assert values["vendor_information.address"] == "3245 Oak Avenue, Portland, OR 97263"
