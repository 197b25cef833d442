"""How tier 1 reads the issuer's header on till receipts it has never seen, and the till's total.

Each test names a rule about how a receipt lays out its vendor block (name, registration number,
address, then the phone, tax and till lines that end it) or its totals, and shows it on a small
receipt built from text lines, the way SROIE's box files give them.
"""

from __future__ import annotations

import pytest

from engine.box_lines import level_box_lines, separate_stacked_boxes
from engine.document import Document, Word, document_from_lines, group_lines
from engine.layout import build_layout
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


def test_a_house_number_after_no_is_not_a_phone_number(patterns):
    # "NO.2-1-1" reads like "T.2-1-1", a contact label and number, but has too few digits for a phone.
    name, address = _vendor(["RESTORAN HASSANBISTRO", "NO.2-1-1 JALAN SETIA PRIMA Q", "U 13/Q SETIA ALAM 40170",
                             "SHAH ALAM", "SELANGOR", "TEL: 03-3359 1234"], patterns)
    assert name == "RESTORAN HASSANBISTRO"
    assert address == "NO.2-1-1 JALAN SETIA PRIMA Q U 13/Q SETIA ALAM 40170 SHAH ALAM SELANGOR"


def test_a_house_number_between_no_and_its_colon_opens_the_address(patterns):
    _, address = _vendor(["BOOK TA .K (TAMAN DAYA) SDN BHD", "789417-W", "NO.5: 55,57 & 59, JALAN SAGU 18,",
                          "TAMAN DAYA,", "81100 JOHOR BAHRU,", "JOHOR."], patterns)
    assert address == "NO.5: 55,57 & 59, JALAN SAGU 18, TAMAN DAYA, 81100 JOHOR BAHRU, JOHOR."


@pytest.mark.parametrize("closing_line", ["T 03 8736 1234", "THANK YOU FOR SHOPPING", "TERIMA KASIH"])
def test_a_bare_phone_or_a_courtesy_line_ends_the_address(patterns, closing_line):
    _, address = _vendor(["KEDAI MAJU SDN BHD", "NO 5, JALAN BESAR,", "43000 KAJANG, SELANGOR", closing_line],
                         patterns)
    assert address == "NO 5, JALAN BESAR, 43000 KAJANG, SELANGOR"


def test_a_short_number_without_a_colon_is_not_a_phone(patterns):
    _, address = _vendor(["KEDAI MAJU SDN BHD", "NO 5, JALAN BESAR,", "KM 12 3/4 JALAN IPOH", "43000 KAJANG",
                          "TEL: 03-8736 1234"], patterns)
    assert address == "NO 5, JALAN BESAR, KM 12 3/4 JALAN IPOH 43000 KAJANG"


@pytest.mark.parametrize("registration", ["(Co. Reg 371152-U)", "(CO.REG : 860671-D)", "(ROC 12345-A)"])
def test_a_registration_in_brackets_after_the_name_leaves_it_the_name(patterns, registration):
    name, address = _vendor([f"GUARDIAN HEALTH AND BEAUTY SDN BHD {registration}", "B-5-01, 5TH FLOOR, BLOCK B,",
                             "PJ8, NO 23 JALAN BARAT,", "46050 PETALING JAYA", "GST REG NO: 000123456789"], patterns)
    assert name == "GUARDIAN HEALTH AND BEAUTY SDN BHD"
    assert address == "B-5-01, 5TH FLOOR, BLOCK B, PJ8, NO 23 JALAN BARAT, 46050 PETALING JAYA"


@pytest.mark.parametrize("registration", ["GST ID NO : 000123456789", "(GST ID NO : 000123456789)"])
def test_the_address_before_a_registration_on_its_line_is_kept(patterns, registration):
    _, address = _vendor(["KEDAI MAJU SDN BHD", "(123456-A)", f"NO 5, JALAN BESAR, 43000 KAJANG. {registration}",
                          "TEL: 03-8736 1234"], patterns)
    assert address == "NO 5, JALAN BESAR, 43000 KAJANG."


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


# --- box geometry --------------------------------------------------------------------------------

def _stacked_tall(lines: list[str], pitch: float, height: float) -> list[tuple[str, tuple]]:
    """Left-aligned lines whose boxes are drawn taller than the distance between them."""
    return [(text, (40.0, 40 + pitch * index, 40.0 + 16 * len(text), 40 + pitch * index + height))
            for index, text in enumerate(lines)]


def test_tall_boxes_of_stacked_lines_are_cut_apart():
    boxed = _stacked_tall(["AIK HUAT HARDWARE", "ENTERPRISE (SETIA", "ALAM) SDN BHD", "822737-X"],
                          pitch=30.0, height=58.0)
    separated = dict(level_box_lines(boxed))
    for upper, lower in zip(boxed, boxed[1:], strict=False):
        assert separated[upper[0]][3] <= separated[lower[0]][1]  # no longer overlapping
    # every box still holds its own line's middle
    for text, (_, y0, _, y1) in boxed:
        assert separated[text][1] < (y0 + y1) / 2 < separated[text][3]


def test_a_name_in_tall_overlapping_boxes_reads_in_order(patterns):
    header = _stacked_tall(["AIK HUAT HARDWARE", "ENTERPRISE (SETIA", "ALAM) SDN BHD", "822737-X",
                            "NO. 17-G, JALAN SETIA INDAH", "40170 SHAH ALAM,", "TEL: 012 - 6651783"],
                           pitch=30.0, height=64.0)
    tail = _centred(TAIL)
    tail = [(text, (x0, y0 + 260, x1, y1 + 260)) for text, (x0, y0, x1, y1) in tail]
    fields, _, _, _ = extract_fields(_document(level_box_lines(header + tail)), patterns)
    assert fields["vendor_information.vendor_name"].value == "AIK HUAT HARDWARE ENTERPRISE (SETIA ALAM) SDN BHD"
    assert fields["vendor_information.address"].value == "NO. 17-G, JALAN SETIA INDAH 40170 SHAH ALAM,"


def test_boxes_on_one_row_or_side_by_side_keep_their_height():
    boxed = [("THANK YOU", (100.0, 500.0, 300.0, 530.0)), ("THANK YOU", (102.0, 502.0, 301.0, 531.0)),
             ("TOTAL", (40.0, 600.0, 140.0, 640.0)), ("9.00", (400.0, 620.0, 460.0, 660.0))]
    assert separate_stacked_boxes(boxed) == boxed


def test_a_name_in_wide_letters_in_a_tight_box_stays_one_phrase(patterns):
    # Double-width letters: each character is wider than the box is tall, so the proportional space
    # between two words is wider than a line, yet the words are one name.
    boxed = _centred(["FUYI MINI MARKET", "BR NO.: 0195932-X", "NO 43-45-47G, TAMAN SEJATI,", "45600 BESTARI JAYA",
                      *TAIL])
    wide = [(text, (WIDTH / 2 - 15 * len(text), y0, WIDTH / 2 + 15 * len(text), y0 + 16)) if index == 0
            else (text, (x0, y0, x1, y1)) for index, (text, (x0, y0, x1, y1)) in enumerate(boxed)]
    fields, _, _, _ = extract_fields(_document(wide), patterns)
    assert fields["vendor_information.vendor_name"].value == "FUYI MINI MARKET"
    assert fields["vendor_information.address"].value == "NO 43-45-47G, TAMAN SEJATI, 45600 BESTARI JAYA"


def test_two_spaces_in_a_known_line_still_part_its_words():
    document = document_from_lines([("TOTAL       9.00", (40.0, 100.0, 360.0, 120.0)),
                                    ("FUYI MINI MARKET", (40.0, 40.0, 520.0, 60.0))], width=600, height=200)
    lines = build_layout(document).pages[0].lines
    assert [s.text for s in lines[0]] == ["FUYI MINI MARKET"]
    assert [s.text for s in lines[1]] == ["TOTAL", "9.00"]


def test_a_receipt_photographed_low_on_the_page_still_has_a_letterhead(patterns):
    # The scan shows the table under the receipt: the print starts two thirds of the way down.
    boxed = _centred(["KEDAI MAJU SDN BHD", "(123456-A)", "NO 5, JALAN BESAR,", "43000 KAJANG, SELANGOR",
                      "TEL: 03-8736 1234", *TAIL])
    low = [(text, (x0, y0 + 1400, x1, y1 + 1400)) for text, (x0, y0, x1, y1) in boxed]
    fields, _, _, _ = extract_fields(_document(low), patterns)
    assert fields["vendor_information.vendor_name"].value == "KEDAI MAJU SDN BHD"
    assert fields["vendor_information.address"].value == "NO 5, JALAN BESAR, 43000 KAJANG, SELANGOR"


def _split_in_two(boxed: list[tuple[str, tuple]], texts: set[str], gap: float) -> list[tuple[str, tuple]]:
    """The lines named in `texts` given as two boxes each, `gap` apart (a known line cut at a wide space)."""
    out = []
    for text, (x0, y0, x1, y1) in boxed:
        words = text.split()
        if text not in texts:
            out.append((text, (x0, y0, x1, y1)))
            continue
        head, tail = " ".join(words[:len(words) // 2]), " ".join(words[len(words) // 2:])
        step = (x1 - x0) / len(text)
        middle = x0 + len(head) * step
        out.append((head, (x0 - gap / 2, y0, middle - gap / 2, y1)))
        out.append((tail, (middle + step + gap / 2, y0, x1 + gap / 2, y1)))
    return out


def test_name_and_address_lines_cut_at_a_wide_space_stay_whole(patterns):
    header = ["FOUR QUARTERS SDN BHD", "(1079369-P)", "NO.128G JLN SS21/35", "DAMANSARA UTAMA PETALING JAYA",
              "47400 SELANGOR", "GST NO : 001716617216"]
    boxed = _split_in_two(_centred(header + TAIL), {"FOUR QUARTERS SDN BHD", "NO.128G JLN SS21/35",
                                                     "DAMANSARA UTAMA PETALING JAYA", "47400 SELANGOR"}, gap=40.0)
    fields, _, _, _ = extract_fields(_document(boxed), patterns)
    assert fields["vendor_information.vendor_name"].value == "FOUR QUARTERS SDN BHD"
    assert fields["vendor_information.address"].value == "NO.128G JLN SS21/35 DAMANSARA UTAMA PETALING JAYA 47400 SELANGOR"


def test_a_column_further_than_three_lines_away_is_not_part_of_the_line(patterns):
    # A left-aligned letterhead and, 4 line heights to its right, a column of values without labels.
    rows = [("Harbour Books Ltd", None), ("Unit 5, Riverside Works", "INV-2024-0042"), ("Exeter EX2 8PQ", "12/03/2024"),
            ("Tel: 01392 000000", None), ("TAX INVOICE", None), ("TOTAL 8.50", None)]
    boxed = []
    for index, (left, right) in enumerate(rows):
        y = 40 + PITCH * index
        boxed.append((left, (40.0, y, 40.0 + 8 * len(left), y + 22)))
        if right is not None:
            boxed.append((right, (40.0 + 8 * len("Unit 5, Riverside Works") + 4 * 22, y, 400.0, y + 22)))
    fields, _, _, _ = extract_fields(_document(boxed), patterns)
    assert fields["vendor_information.address"].value == "Unit 5, Riverside Works, Exeter EX2 8PQ"


def test_an_address_line_cut_in_two_under_a_narrow_logo_stays_whole(patterns):
    # Neither half of "DAMANSARA UTAMA  PETALING JAYA" stands under the short logo line that opens
    # the block; the whole line stands centred under the line above it.
    header = ["PIE THING", "FOUR QUARTERS SDN BHD", "(1079369-P)", "NO.128G JLN SS21/35",
              "DAMANSARA UTAMA PETALING JAYA", "47400 SELANGOR", "GST NO : 001716617216"]
    boxed = _split_in_two(_centred(header + TAIL), {"FOUR QUARTERS SDN BHD", "NO.128G JLN SS21/35",
                                                     "DAMANSARA UTAMA PETALING JAYA", "47400 SELANGOR"}, gap=40.0)
    fields, _, _, _ = extract_fields(_document(boxed), patterns)
    assert fields["vendor_information.address"].value == "NO.128G JLN SS21/35 DAMANSARA UTAMA PETALING JAYA 47400 SELANGOR"


@pytest.mark.parametrize(("name_height", "name"), [(34.0, "NASI KANDAR PELITA"), (22.0, "THE ORIGINAL TASTE")])
def test_a_name_in_large_type_over_a_slogan_is_the_name(patterns, name_height, name):
    # Set larger than the slogan under it, the first line is the name; at the same size, the
    # line over the address is.
    boxed = _centred(["NASI KANDAR PELITA", "THE ORIGINAL TASTE", "NO 5, JALAN BESAR,", "43000 KAJANG",
                      "TEL: 03-8736 1234", *TAIL])
    text, (x0, y0, x1, _) = boxed[0]
    boxed[0] = (text, (x0, y0 - (name_height - 22.0), x1, y0 + 22.0))
    fields, _, _, _ = extract_fields(_document(boxed), patterns)
    assert fields["vendor_information.vendor_name"].value == name
    assert fields["vendor_information.address"].value == "NO 5, JALAN BESAR, 43000 KAJANG"


def test_a_value_beside_a_label_or_under_a_column_is_not_the_rest_of_the_line(patterns):
    # "... Leeds LS1 4DY Date:" and "2023-07-25" two line heights to its right: the date is the
    # label's value. "Zahlbar innerhalb 30 Tagen" and "LPO/16406" stand under two column headings.
    boxed = [("Harbour Books Ltd", (50.0, 40.0, 250.0, 62.0)),
             ("12 High Street, Leeds LS1 4DY Date:", (50.0, 70.0, 330.0, 84.0)),
             ("2023-07-25", (358.0, 70.0, 420.0, 84.0)),
             ("Tel: 0113 000 0000", (50.0, 86.0, 190.0, 100.0)),
             ("Zahlungsziel", (50.0, 140.0, 130.0, 154.0)), ("Auftragsnummer", (200.0, 140.0, 300.0, 154.0)),
             ("Zahlbar innerhalb", (50.0, 156.0, 172.0, 170.0)), ("LPO/16406", (200.0, 156.0, 260.0, 170.0)),
             ("TAX INVOICE", (50.0, 200.0, 150.0, 214.0)), ("TOTAL 8.50", (50.0, 230.0, 150.0, 244.0))]
    fields, _, _, _ = extract_fields(_document(boxed), patterns)
    assert fields["vendor_information.vendor_name"].value == "Harbour Books Ltd"
    assert fields["vendor_information.address"].value == "12 High Street, Leeds LS1 4DY"


def test_a_street_under_a_name_in_large_type_opens_the_address(patterns):
    # "467 Lambton Quay" holds no street word the patterns know, but it opens like an address
    # (a house number), and the name above it stands out by its size.
    boxed = _centred(["Daily Grind Espresso", "467 Lambton Quay", "Melbourne VIC 3000", "ABN 42 262 808 515", *TAIL])
    text, (x0, y0, x1, _) = boxed[0]
    boxed[0] = (text, (x0, y0 - 12.0, x1, y0 + 22.0))
    fields, _, _, _ = extract_fields(_document(boxed), patterns)
    assert fields["vendor_information.vendor_name"].value == "Daily Grind Espresso"
    assert fields["vendor_information.address"].value == "467 Lambton Quay, Melbourne VIC 3000"


def test_a_label_glued_to_the_end_of_the_name_is_cut_off(patterns):
    # The next column's label follows the name too closely to be parted from it by the gap.
    boxed = [("Tax Invoice", (300.0, 40.0, 390.0, 60.0)),
             ("Crescent Office Solutions Ltd. Date / Tax Point:", (48.0, 74.0, 380.0, 94.0)),
             ("21 June 2024", (424.0, 76.0, 484.0, 90.0)),
             ("142 Church Road", (48.0, 97.0, 126.0, 111.0)), ("Leeds", (48.0, 109.0, 75.0, 123.0)),
             ("LS1 4DY", (48.0, 121.0, 88.0, 135.0)), ("Tel: 0138 513 8582", (48.0, 133.0, 134.0, 147.0)),
             ("TOTAL 8.50", (48.0, 200.0, 150.0, 214.0))]
    fields, _, _, _ = extract_fields(_document(boxed), patterns)
    assert fields["vendor_information.vendor_name"].value == "Crescent Office Solutions Ltd."
    assert fields["vendor_information.address"].value == "142 Church Road, Leeds, LS1 4DY"


@pytest.mark.parametrize("till_line", ["Store #1234", "( 206 ) 555 - 1234"])
def test_a_till_field_between_the_name_and_the_address_is_neither(patterns, till_line):
    name, address = _vendor(["Starbucks Coffee", till_line, "123 Main St", "Seattle, WA 98101", "Tel: (206) 555-0100"],
                            patterns)
    assert name == "Starbucks Coffee"
    assert address == "123 Main St, Seattle, WA 98101"


def test_two_address_lines_set_tight_beside_a_tall_title_stay_two_lines():
    # "220 rue de la République" and "13001 Marseille" touch (a sliver of shared height) and both
    # fall in the band of "FACTURE" beside them: still two lines, not one interleaved line.
    words = [Word("220", (51.0, 70.0, 64.1, 81.7), 8.75), Word("rue", (66.3, 70.0, 77.5, 81.7), 8.75),
             Word("13001", (51.0, 81.6, 72.9, 93.2), 8.75), Word("Marseille", (75.1, 81.6, 108.1, 93.2), 8.75),
             Word("FACTURE", (390.0, 57.3, 505.0, 90.4), 24.0)]
    assert [line.text for line in group_lines(words)] == ["220 rue FACTURE", "13001 Marseille"]
