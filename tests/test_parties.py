"""How tier 1 reads the issuer's header on till receipts it has never seen, and the till's total.

Each test names a rule about how a receipt lays out its vendor block (name, registration number,
address, then the phone, tax and till lines that end it) or its totals, and shows it on a small
receipt built from text lines, the way SROIE's box files give them.
"""

from __future__ import annotations

import pytest

from engine.box_lines import level_box_lines
from engine.document import Document, document_from_lines
from engine.pattern_files import load_patterns
from engine.tiers.patterns import extract_fields

WIDTH = 600.0
PITCH = 30.0  # line to line
TAIL = ["TAX INVOICE", "DATE: 12/03/2018", "NASI LEMAK 1 8.50", "TOTAL 8.50", "CASH 10.00", "CHANGE 1.50"]


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def _centred(lines: list[str], pitch: float = PITCH, height: float = 22.0) -> list[tuple[str, tuple]]:
    """A till receipt's lines, centred, one under the other."""
    boxed = []
    for index, text in enumerate(lines):
        half = len(text) * 7.0
        boxed.append((text, (WIDTH / 2 - half, 40 + pitch * index, WIDTH / 2 + half, 40 + pitch * index + height)))
    return boxed


def _document(boxed: list[tuple[str, tuple]]) -> Document:
    return document_from_lines(boxed, width=WIDTH, height=max(box[3] for _, box in boxed) + 200)


def _vendor(lines: list[str], patterns, **layout) -> tuple[object, object]:
    fields, _, _, _ = extract_fields(_document(_centred(lines + TAIL, **layout)), patterns)
    name, address = fields.get("vendor_information.vendor_name"), fields.get("vendor_information.address")
    return (name.value if name else None), (address.value if address else None)


def _total(rows: list[tuple[str, ...]], patterns) -> object:
    """A receipt with a header and rows of label and amount (amount right-aligned)."""
    boxed = _centred(["KEDAI MAJU SDN BHD", "(123456-A)", "NO 5, JALAN BESAR,", "43000 KAJANG, SELANGOR",
                      "TAX INVOICE", "DATE: 12/03/2018"])
    y = 40 + PITCH * len(boxed)
    for row in rows:
        boxed.append((row[0], (30, y, 30 + 14 * len(row[0]), y + 22)))
        if len(row) > 1:
            boxed.append((row[1], (460, y, 460 + 14 * len(row[1]), y + 22)))
        y += PITCH
    fields, _, _, _ = extract_fields(_document(boxed), patterns)
    total = fields.get("financial_data.total_amount")
    return total.value if total else None


# --- the name ------------------------------------------------------------------------------------

def test_a_company_with_figures_in_its_name_is_not_an_address(patterns):
    name, address = _vendor(["7-ELEVEN MALAYSIA SDN BHD (179785-T)", "LEVEL 4, MAIN BLOCK, PLAZA SUNGEI WANG",
                             "JALAN SULTAN ISMAIL, 50250 KUALA LUMPUR", "GST ID : 000892366848"], patterns)
    assert name == "7-ELEVEN MALAYSIA SDN BHD"
    assert address == "LEVEL 4, MAIN BLOCK, PLAZA SUNGEI WANG JALAN SULTAN ISMAIL, 50250 KUALA LUMPUR"


@pytest.mark.parametrize(("logo", "company"), [
    ("TEXAS CHICKEN", "TEXAS CHICKEN (MALAYSIA) SDN BHD"),
    ("FACE TO FACE NOODLE HOUSE", "FTOF NOODLE HOUSE"),
])
def test_a_logo_line_that_the_name_repeats_is_not_part_of_it(patterns, logo, company):
    name, _ = _vendor([logo, company, "(123456-X)", "LOT G-12, JALAN AIR PANAS,", "81100 JOHOR BAHRU"], patterns)
    assert name == company


def test_a_brand_that_the_name_does_not_repeat_stays_with_it(patterns):
    name, _ = _vendor(["GHEE HIANG", "GH DISTRIBUTOR & MARKETING SDN BHD", "(1097826-H)",
                       "95, BEACH ROAD, 10300 PENANG."], patterns)
    assert name == "GHEE HIANG GH DISTRIBUTOR & MARKETING SDN BHD"


def test_a_line_of_name_openers_carries_on_to_the_next(patterns):
    name, address = _vendor(["SYARIKAT PERNIAGAAN", "GIN KEE", "NO 290, JALAN AIR PANAS,", "53200 KUALA LUMPUR",
                             "TEL: 03-40210276"], patterns)
    assert name == "SYARIKAT PERNIAGAAN GIN KEE"
    assert address == "NO 290, JALAN AIR PANAS, 53200 KUALA LUMPUR"


def test_a_place_in_the_name_does_not_start_the_address(patterns):
    name, address = _vendor(["PETRON BATU 9 CHERAS", "SERVICE STATION", "LOT 1234, JALAN CHERAS",
                             "BATU 9, 43200 CHERAS", "SELANGOR", "GST NO: 000123456789"], patterns)
    assert name == "PETRON BATU 9 CHERAS SERVICE STATION"
    assert address == "LOT 1234, JALAN CHERAS BATU 9, 43200 CHERAS SELANGOR"


def test_an_at_sign_without_a_domain_is_a_name_not_an_email(patterns):
    name, address = _vendor(["BAR WANG RICE@PERMAS JAYA", "(PRIVATE LIMITED)", "NO.24, JALAN PERMAS 10/8,",
                             "81750 MASAI, JOHOR", "TEL: 07-3886777"], patterns)
    assert name == "BAR WANG RICE@PERMAS JAYA (PRIVATE LIMITED)"
    assert address == "NO.24, JALAN PERMAS 10/8, 81750 MASAI, JOHOR"


@pytest.mark.parametrize("mark", ["WELCOME TO", "** REPRINT **"])
def test_a_greeting_or_copy_mark_over_the_name_names_no_one(patterns, mark):
    name, _ = _vendor([mark, "XYZ MART SDN BHD", "(123456-A)", "LOT 5, JALAN BESAR,", "43000 KAJANG"], patterns)
    assert name == "XYZ MART SDN BHD"


# --- the address ---------------------------------------------------------------------------------

@pytest.mark.parametrize("till_line", ["POS NO: 3", "SALES PERSON : AH", "STORE #123", "OPEN DAILY 8AM-10PM",
                                       "H/P: 012-3456789", "FACEBOOK: ABC CAFE KAJANG"])
def test_a_till_field_under_the_address_ends_it(patterns, till_line):
    _, address = _vendor(["ABC CAFE", "NO 5, JALAN 3,", "43000 KAJANG", till_line], patterns)
    assert address == "NO 5, JALAN 3, 43000 KAJANG"


def test_a_house_number_label_opens_the_address_rather_than_ending_it(patterns):
    _, address = _vendor(["LIGHTROOM GALLERY SDN BHD", "NO: 28, JALAN ASTANA 1C,", "41050 KLANG SELANGOR",
                          "ROC NO. : (1072825-A)"], patterns)
    assert address == "NO: 28, JALAN ASTANA 1C, 41050 KLANG SELANGOR"


def test_the_address_before_a_phone_on_its_line_is_kept(patterns):
    _, address = _vendor(["OJC MARKETING SDN BHD", "ROC NO: 538358-H", "NO 2 & 4, JALAN BAYU 4,",
                          "81750 MASAI, JOHOR TEL: 07-388 2218"], patterns)
    assert address == "NO 2 & 4, JALAN BAYU 4, 81750 MASAI, JOHOR"


def test_a_building_name_opens_the_address(patterns):
    _, address = _vendor(["KEDAI ABC", "(123456-X)", "WISMA MERDEKA,", "JALAN TUN RAZAK,", "50400 KUALA LUMPUR",
                          "TEL: 03-1234 5678"], patterns)
    assert address == "WISMA MERDEKA, JALAN TUN RAZAK, 50400 KUALA LUMPUR"


def test_a_long_header_keeps_its_whole_address(patterns):
    name, address = _vendor(["AIK HUAT HARDWARE", "ENTERPRISE (SETIA", "ALAM) SDN BHD", "822737-X",
                             "NO. 17-G, JALAN SETIA INDAH", "(X) U13/X, SETIA ALAM,", "SEKSYEN U13,",
                             "40170 SHAH ALAM,", "SELANGOR", "TEL: 012 - 6651783"], patterns)
    assert name == "AIK HUAT HARDWARE ENTERPRISE (SETIA ALAM) SDN BHD"
    assert address == "NO. 17-G, JALAN SETIA INDAH (X) U13/X, SETIA ALAM, SEKSYEN U13, 40170 SHAH ALAM, SELANGOR"


def test_a_loosely_spaced_receipt_keeps_its_header_in_one_block(patterns):
    # Tight boxes on a loosely printed receipt: every gap between lines is wider than a line.
    name, address = _vendor(["SWC ENTERPRISE SDN BHD", "(1125830-V)", "5-7, JALAN MAHAGONI 7/1",
                             "SEKSYEN 4, BANDAR UTAMA, 44300", "BATANG KALI, SELANGOR", "03-60571377"], patterns,
                            pitch=40.0, height=16.0)
    assert name == "SWC ENTERPRISE SDN BHD"
    assert address == "5-7, JALAN MAHAGONI 7/1 SEKSYEN 4, BANDAR UTAMA, 44300 BATANG KALI, SELANGOR"


@pytest.mark.parametrize(("printed", "written"), [
    # a comma printed with a space before it
    (["LOT 1851-A, JALAN KPB 6 ,", "43300 SERI KEMBANGAN , SELANGOR"], "LOT 1851-A, JALAN KPB 6, 43300 SERI KEMBANGAN, SELANGOR"),
    # a full stop between parts of the address, at a line end or after a number
    (["NO 290. JALAN AIR PANAS.", "SETAPAK.", "53200. KUALA LUMPUR."], "NO 290, JALAN AIR PANAS, SETAPAK, 53200, KUALA LUMPUR."),
    # an abbreviation keeps its stop; a town after its postcode ends one address before another
    (["NO 5, JLN.", "TMN MAJU, 40000 SHAH ALAM, SEL."], "NO 5, JLN. TMN MAJU, 40000 SHAH ALAM, SEL."),
    (["95, BEACH ROAD, 10300 PENANG.", "10400 PENANG."], "95, BEACH ROAD, 10300 PENANG. 10400 PENANG."),
    # "NO," before a number, and a spaced-out initial's stop
    (["NO, 89&91, JALAN UTAMA,", "KIMPAL INDS.PARK B . CAVES"], "NO. 89&91, JALAN UTAMA, KIMPAL INDS.PARK B.CAVES"),
    # a comma tight against the next word is left as printed
    (["NO. 31G&33G, JALAN SETIA INDAH X ,U13/X", "40170 SETIA ALAM"], "NO. 31G&33G, JALAN SETIA INDAH X ,U13/X 40170 SETIA ALAM"),
])
def test_a_till_address_is_written_the_way_a_person_writes_it(patterns, printed, written):
    _, address = _vendor(["ABC HARDWARE SDN BHD", "(123456-X)", *printed, "TEL: 03-1234 5678"], patterns)
    assert address == written


def test_a_typed_address_keeps_its_punctuation(patterns):
    # Mixed case is not a till's running text: nothing is rewritten.
    _, address = _vendor(["Harbour Books Ltd", "Unit 5. Riverside Works", "Exeter EX2 8PQ", "Tel: 01392 000000"],
                         patterns)
    assert address == "Unit 5. Riverside Works, Exeter EX2 8PQ"


# --- the total -----------------------------------------------------------------------------------

def test_the_total_that_cash_less_change_confirms_is_what_was_paid(patterns):
    assert _total([("ITEM", "10.00"), ("TOTAL", "10.00"), ("DISCOUNT", "-1.00"), ("GRAND TOTAL", "9.00"),
                   ("CASH", "20.00"), ("CHANGE", "11.00")], patterns) == 9.00


def test_a_discount_under_the_total_gives_the_amount_due_below_it(patterns):
    assert _total([("ITEM", "10.00"), ("TOTAL", "10.00"), ("DISCOUNT", "-1.00"), ("NET TOTAL", "9.00")],
                  patterns) == 9.00


def test_malay_till_labels(patterns):
    assert _total([("SOMETHING", "2 X 7.50"), ("JUMLAH", "13.70"), ("TUNAI", "20.00"), ("BAKI", "6.30")],
                  patterns) == 13.70
    assert _total([("ITEM", "10.00"), ("JUMLAH KECIL", "10.00"), ("DISKAUN", "-1.00"), ("JUMLAH BESAR", "9.00")],
                  patterns) == 9.00


def test_a_smudged_nought_is_not_the_total(patterns):
    # "25. 0" reads as 0: the till's cash less change (25.00, printed as the subtotal) is what was paid.
    assert _total([("ITEM", "25.00"), ("SUBTOTAL", "25.00"), ("NET TOTAL", "25. 0"), ("CASH", "50.00"),
                   ("CHANGE", "25.00")], patterns) == 25.00


# --- skewed box lines ----------------------------------------------------------------------------

def _skewed_receipt(slope: float) -> list[tuple[str, tuple]]:
    rows = [("KEDAI MAJU SDN BHD", None), ("NO 5, JALAN BESAR, 43000 KAJANG", None), ("TAX INVOICE", None),
            ("DATE: 12/03/2018", None), ("NASI LEMAK", "8.50"), ("TEH TARIK", "2.20"), ("SUBTOTAL", "10.70"),
            ("GST 6%", "0.64"), ("ROUNDING", "0.01"), ("TOTAL", "11.35"), ("CASH", "20.00"), ("CHANGE", "8.65")]
    boxed = []
    for index, (label, amount) in enumerate(rows):
        y = 60 + 26 * index
        for text, x in ((label, 30.0), (amount, 470.0)):
            if text is not None:
                x1 = x + 12 * len(text)
                drift = slope * (x + x1) / 2
                boxed.append((text, (x, y + drift, x1, y + 20 + drift)))
    return boxed


def test_a_straight_page_is_left_as_it_is():
    straight = _skewed_receipt(0.0)
    assert level_box_lines(straight) == straight


@pytest.mark.parametrize("slope", [0.05, -0.05])
def test_a_skewed_receipt_is_levelled_so_each_amount_meets_its_label(patterns, slope):
    skewed = _skewed_receipt(slope)
    fields, _, _, _ = extract_fields(_document(level_box_lines(skewed)), patterns)
    assert fields["financial_data.total_amount"].value == 11.35
    levelled = dict(level_box_lines(skewed))
    # after levelling, the label and the amount of a row share their height again
    assert abs(levelled["TOTAL"][1] - levelled["11.35"][1]) < 5
    assert abs(levelled["CASH"][1] - levelled["20.00"][1]) < 5
