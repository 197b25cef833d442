"""OCR words mended before tier 1 reads them (rules version 7): a comma or stop read as a word of its
own glued to the word before it, a speck read as a mark dropped, a date split at a faded figure
joined, a character run into an amount split off, "3HD" / "hd." after "Sdn", PP-OCR's tilted lines
kept whole, and the lexicon's address and trade words (engine.ocr, engine.ocr_lexicon); with the
words and marks each rule must leave as read."""

from __future__ import annotations

import pytest

from engine.document import Word
from engine.ocr import _group_lines, _split_words, mend_marks
from engine.ocr_lexicon import RULES_VERSION, OcrLexicon, figures_as_letters, load_lexicon


def word(text: str, x0: float, y0: float, x1: float, y1: float, conf: float = 0.99):
    return (text, (x0, y0, x1, y1), conf)


def texts(words) -> list[str]:
    return [w[0] for w in words]


# --- a comma or stop read on its own --------------------------------------------------------------

def test_a_comma_read_on_its_own_after_a_word_is_glued_to_it():
    # "19, JALAN KANCIL ,": the comma's ink box is a speck at the baseline, 9 px after the word
    words = [word("JALAN", 280, 281, 362, 303), word("KANCIL", 371, 283, 462, 306), word(",", 471, 303, 474, 309),
             word("OFF", 238, 324, 290, 347)]
    mended = mend_marks(words)
    assert texts(mended) == ["JALAN", "KANCIL,", "OFF"]
    assert mended[1][1] == (371, 283, 474, 309)  # the box spans word and mark


@pytest.mark.parametrize(("previous", "mark"), [
    ("NO.50", ","),      # "NO.50 , JALAN"
    ("Incl", "."),       # "Total Incl . GST@6%"
])
def test_a_stop_or_comma_at_the_baseline_belongs_to_the_word_before(previous, mark):
    words = [word(previous, 225, 259, 298, 280), word(mark, 306, 275, 310, 283), word("JALAN", 322, 258, 396, 280)]
    assert texts(mend_marks(words)) == [previous + mark, "JALAN"]


@pytest.mark.parametrize("words", [
    # far from the word: a mark of its own ("SELANGOR   ,")
    [word("SELANGOR", 0, 0, 100, 20), word(",", 120, 15, 123, 21)],
    # as tall as a letter: not a speck the box shrank to
    [word("SELANGOR", 0, 0, 100, 20), word(",", 103, 2, 108, 22)],
    # at the top of the line: an apostrophe's place, not a comma's
    [word("SELANGOR", 0, 0, 100, 20), word(",", 103, 0, 106, 5)],
    # a colon stays apart ("Rounding Adjustment :")
    [word("Adjustment", 0, 0, 100, 20), word(":", 105, 8, 108, 11)],
    # after a mark, not a word
    [word("-", 0, 8, 10, 12), word(",", 12, 10, 14, 12)],
    # before the word (a new line's first word), not after it
    [word("SELANGOR", 100, 0, 200, 20), word(",", 60, 15, 63, 21)],
])
def test_marks_that_are_no_stray_comma_stay_as_read(words):
    assert texts(mend_marks(words)) == texts(words)


# --- specks ---------------------------------------------------------------------------------------

def test_a_speck_read_as_a_mark_with_low_confidence_is_dropped():
    # "ALAM) SDN ~ BHD": a 8 x 3 px speck read "~" at 0.37 between two words 21 px high
    words = [word("ALAM)", 133, 133, 249, 159, 1.0), word("SDN", 282, 134, 355, 155, 1.0),
             word("~", 365, 132, 373, 135, 0.37), word("BHD", 381, 135, 452, 156, 1.0)]
    assert texts(mend_marks(words)) == ["ALAM)", "SDN", "BHD"]


@pytest.mark.parametrize("words", [
    [word("SDN", 0, 0, 73, 21), word("~", 80, 0, 88, 3, 0.9)],         # read with confidence
    [word("Reg", 0, 0, 36, 21), word(":", 50, 6, 51, 8, 0.32)],        # a label's colon, even from one dot
    [word("012", 0, 0, 45, 34), word("-", 50, 2, 81, 24, 0.45)],       # a dash as wide as a letter
    [word("25.70", 0, 0, 85, 31), word("*", 99, 1, 115, 30, 0.05)],    # a tall mark: no speck
    [word("SDN", 0, 0, 73, 21), word("~~", 80, 0, 88, 3, 0.3)],        # two marks: a rule's, not a speck
])
def test_marks_that_are_no_specks_stay(words):
    assert texts(mend_marks(words)) == texts(words)


# --- dates split at a faded figure ----------------------------------------------------------------

@pytest.mark.parametrize(("first", "second", "joined"), [
    ("18/0", "4/2017", "18/04/2017"),   # the 0 of 04 faded: read with a gap twice the letters' height
    ("1/1", "2/18", "1/12/18"),
    ("27-0", "3-2018", "27-03-2018"),
])
def test_a_date_read_in_two_pieces_is_one_word(first, second, joined):
    words = [word("Date", 322, 953, 367, 970), word(first, 404, 956, 419, 970), word(second, 452, 955, 517, 972)]
    mended = mend_marks(words)
    assert texts(mended) == ["Date", joined]
    assert mended[1][1] == (404, 955, 517, 972)


@pytest.mark.parametrize(("first", "second"), [
    ("21.00", ".10"),          # two amounts
    ("14.00", ".40"),
    ("2", "18/04/2017"),       # a number before a whole date
    ("18/04/2017", "12"),
    ("45/0", "4/2017"),        # no day 45 nor month 45
    ("18/1", "4/2017"),        # month 14, day 18: no date
    ("18/0", "4-2017"),        # two separators
    ("1/2", "3"),              # a fraction and a number
])
def test_figures_that_are_no_split_date_stay_apart(first, second):
    words = [word(first, 0, 0, 40, 14), word(second, 50, 0, 100, 14)]
    assert texts(mend_marks(words)) == [first, second]


def test_pieces_far_apart_or_on_two_lines_are_no_date():
    far = [word("18/0", 0, 0, 15, 14), word("4/2017", 60, 0, 120, 14)]          # 45 px: over 3 heights
    stacked = [word("18/0", 0, 0, 15, 14), word("4/2017", 20, 20, 80, 34)]      # the next line
    assert texts(mend_marks(far)) == ["18/0", "4/2017"]
    assert texts(mend_marks(stacked)) == ["18/0", "4/2017"]


# --- a character run into an amount ---------------------------------------------------------------

@pytest.fixture(scope="module")
def lexicon():
    return OcrLexicon(["total", "cash", "sdn", "bhd", "jalan"])


@pytest.mark.parametrize(("read", "amount", "mark"), [
    ("48.00x", "48.00", "x"),       # "TOTAL 48.00x"
    ("100.00Ç", "100.00", "Ç"),     # "RM CASH 100.00Ç"
    ("3.12S", "3.12", "S"),         # a tax code printed against its amount
])
def test_a_character_run_into_an_amount_is_a_word_of_its_own(lexicon, read, amount, mark):
    out = _split_words([word("TOTAL", 0, 0, 60, 20), word(read, 100, 0, 100 + 10 * len(read), 20)], lexicon)
    assert texts(out) == ["TOTAL", amount, mark]
    assert out[1][1][0] == 100 and out[2][1][2] == 100 + 10 * len(read)
    assert out[1][1][2] == out[2][1][0]


@pytest.mark.parametrize("read", [
    "48.00", "31,31A,",   # a pair of house numbers, comma before the figures
    "1.5kg", "2.50kg",    # a unit of two letters stays with its figure
    "S8.20", "RM20.80", "45.28S5", "10.0A",
])
def test_amounts_and_codes_without_a_glued_character_stay(lexicon, read):
    assert texts(_split_words([word(read, 0, 0, 80, 20)], lexicon)) == [read]


# --- "Sdn Bhd" -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("read", "meant"), [
    (["SUPER", "SEVEN", "SDN", "3HD"], ["SUPER", "SEVEN", "SDN", "BHD"]),   # B read as 3
    (["CENTRE", "(M)", "Sdn", "hd."], ["CENTRE", "(M)", "Sdn", "Bhd."]),    # its B lost
    (["AMANO", "SDN", "BHU"], ["AMANO", "SDN", "BHD"]),                     # (version 6)
])
def test_the_word_after_sdn_is_bhd(lexicon, read, meant):
    words = [word(t, 60.0 * i, 0, 60.0 * i + 50, 20) for i, t in enumerate(read)]
    assert texts(_split_words(words, lexicon)) == meant


@pytest.mark.parametrize("read", [
    ["UNIT", "3HD"], ["hd.", "TV"], ["SDN", "HDMI"], ["SDN", "3HP"],
])
def test_words_like_bhd_elsewhere_stay(lexicon, read):
    words = [word(t, 60.0 * i, 0, 60.0 * i + 50, 20) for i, t in enumerate(read)]
    assert texts(_split_words(words, lexicon)) == read


# --- PP-OCR's lines kept whole -------------------------------------------------------------------

def words_of(*items: tuple[str, float, float, float, float]) -> list[Word]:
    return [Word(text, (x0, y0, x1, y1), 10.0, "ocr", 0.99) for text, x0, y0, x1, y1 in items]


def line_texts(lines) -> list[str]:
    return [" ".join(w.text for w in line.words) for line in lines]


# Two address lines of a curled receipt (PP-OCR's words in its reading order, pixels): each line's
# last word sits half a line lower than its first, level with the next line's first words.
TILTED = words_of(
    ("NO.", 164, 428, 205, 456), ("17-G,", 227, 433, 298, 467), ("JALAN", 312, 432, 393, 467),
    ("SETIA", 405, 436, 479, 471), ("INDAH", 496, 446, 571, 481),
    ("(X)", 208, 462, 246, 495), ("U13/X,", 265, 462, 352, 500), ("SETIA", 370, 472, 445, 500),
    ("ALAM,", 459, 475, 532, 508),
    ("SEKSYEN", 150, 483, 255, 520), ("U13,", 266, 489, 330, 529), ("40170", 334, 492, 433, 529),
    ("SHAH", 436, 497, 495, 532), ("ALAM,", 498, 500, 592, 541),
)


def test_a_tilted_line_read_by_ppocr_stays_one_line():
    assert line_texts(_group_lines(TILTED, "ppocr")) == [
        "NO. 17-G, JALAN SETIA INDAH", "(X) U13/X, SETIA ALAM,", "SEKSYEN U13, 40170 SHAH ALAM,"]
    # grouped word by word (Tesseract's words) the lines interleave, as they did for PP-OCR before
    assert line_texts(_group_lines(TILTED, "tesseract"))[0] != "NO. 17-G, JALAN SETIA INDAH"


def test_runs_side_by_side_share_a_line_and_runs_over_each_other_do_not():
    words = words_of(
        ("SUBTOTAL", 40, 100, 160, 120), ("28.70", 400, 102, 470, 122),     # label and amount, two runs
        ("SR", 65, 135, 95, 158), ("6", 472, 136, 485, 159), ("2.72", 591, 136, 667, 161),
        ("45.28", 322, 136, 395, 159),                                      # read after its row's run
        ("1C,", 60, 165, 100, 186),
        ("BANDAR", 40, 160, 130, 181),   # over "1C," yet as high: two printed lines, the later one lower
    )
    lines = line_texts(_group_lines(words, "ppocr"))
    assert lines[:2] == ["SUBTOTAL 28.70", "SR 45.28 6 2.72"]
    assert "1C, BANDAR" not in lines and "BANDAR 1C," not in lines


# --- lexicon words ---------------------------------------------------------------------------------

@pytest.mark.parametrize("meant", ["utama", "mahkota", "indah", "setia", "permai", "perdana", "baru", "desa",
                                   "confectionery", "salesperson", "refundable", "idea"])
def test_the_bundled_lexicon_knows_address_and_trade_words(meant):
    assert meant in load_lexicon(None)


@pytest.mark.parametrize(("read", "meant"), [
    ("SALESPERS0N", "SALESPERSON"),   # a figure read inside the word
    ("REFUNDAELE,", "REFUNDABLE,"),   # a look-alike letter (b/e)
    ("RBFUNDABLE,", "REFUNDABLE,"),
    ("SET1A", "SETIA"),
])
def test_trade_words_read_with_a_slip_are_repaired(read, meant):
    lexicon = load_lexicon(None)
    assert texts(_split_words([word(read, 0, 0, 100, 20)], lexicon)) == [meant]
    assert figures_as_letters("SALESPERS0N", lexicon) == "SALESPERSON"


@pytest.mark.parametrize("read", ["UTAMA", "Indah", "SETIA", "DESA", "BARU", "PERMAS", "MAHKOTA", "REFUND"])
def test_address_words_read_right_stay(read):
    assert texts(_split_words([word(read, 0, 0, 100, 20)], load_lexicon(None))) == [read]


def test_rules_version_names_the_mended_marks():
    assert RULES_VERSION >= 7


# ---- an e-mail address read in pieces around its "@" -------------------------------------------------

def test_an_email_read_around_its_at_sign_is_one_word():
    assert RULES_VERSION >= 8
    words = [("From:", (0, 0, 30, 10), 0.9), ("<payments", (40, 0, 90, 10), 0.9), ("@", (92, 0, 98, 10), 0.8),
             ("settleap.example>", (100, 0, 180, 10), 0.9)]
    assert [w[0] for w in mend_marks(words)] == ["From:", "<payments@settleap.example>"]
    two = [("ar", (40, 0, 52, 10), 0.9), ("@whitfield.example", (54, 0, 150, 10), 0.9)]
    assert [w[0] for w in mend_marks(two)] == ["ar@whitfield.example"]


def test_a_price_at_a_rate_is_no_email():
    words = [("2", (40, 0, 50, 10), 0.9), ("@", (52, 0, 58, 10), 0.9), ("3.50", (60, 0, 90, 10), 0.9)]
    assert [w[0] for w in mend_marks(words)] == ["2", "@", "3.50"]
    far = [("sales", (40, 0, 70, 10), 0.9), ("@", (140, 0, 146, 10), 0.9), ("shop.example", (150, 0, 200, 10), 0.9)]
    assert [w[0] for w in mend_marks(far)] == ["sales", "@", "shop.example"]
