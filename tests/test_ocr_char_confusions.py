"""OCR character confusions: figures read inside words ("Ma11"), letters read inside figures ("45OG",
"15.U0"), letters a figure repair must keep ("1851-B", "100'S"), words like the page's own ("SHAH
ALAN" beside "SETIA ALAM"), one letter read as two ("Alain"), and the words and codes that must stay
as read (engine.ocr_lexicon, engine.ocr.repair_digits)."""

from __future__ import annotations

import pytest

from engine.ocr import _split_words, repair_digits
from engine.ocr_lexicon import (
    RULES_VERSION,
    OcrLexicon,
    figures_as_letters,
    like_page_word,
    page_words,
    repair_confusions,
)


@pytest.fixture(scope="module")
def lexicon():
    return OcrLexicon(["mall", "idea", "tel", "reg", "invoice", "bill", "pos", "alam", "shah", "malaysia",
                       "petaling", "jaya", "summary", "items", "member", "retail", "sales", "mail", "mini",
                       "book", "lot", "jalan", "sdn", "bhd", "speed", "mart", "seksyen"])


def page(*texts: str) -> list[tuple[str, tuple, float]]:
    """One line of words, 10 points apart."""
    return [(text, (20.0 * i, 0.0, 20.0 * i + 15, 10.0), 0.9) for i, text in enumerate(texts)]


def texts(words) -> list[str]:
    return [w[0] for w in words]


# --- figures read inside words ---------------------------------------------------------------------

@pytest.mark.parametrize(("read", "meant"), [
    ("Ma11", "Mall"),                    # small l read as 1, case of the word kept
    ("1DEA", "IDEA"),                    # capital I read as 1
    ("Te1", "Tel"),
    ("Te1:09-222", "Tel:09-222"),        # only the run of letters and figures changes
    ("INV0ICE", "INVOICE"),
    ("Re9", "Reg"),                      # g read as 9
    ("Bi11#:V001-540401", "Bill#:V001-540401"),
    ("(P0S", "(POS"),
    ("5ales", "Sales"),                  # a figure opening a word of small letters is its capital
])
def test_figures_inside_a_word_are_read_as_its_letters(lexicon, read, meant):
    assert figures_as_letters(read, lexicon) == meant


@pytest.mark.parametrize("read", [
    "G3", "B1", "U13", "1C", "U13/X,", "A0402", "NO4", "MO26588", "R0N95", "1KG", "2ND", "10S",
    "0SCAR",            # a name the lexicon lacks, read nowhere else
    "1D:",              # two characters: too short to tell
    "12-8", "1851-A",   # unit numbers
    "SR06.00X", "9PJz5",
    "5TR",              # a British postcode's second half ("BS1 5TR"), though "str" is a word
])
def test_codes_and_unknown_words_with_figures_stay(lexicon, read):
    assert figures_as_letters(read, lexicon, {}) == read


def test_a_word_with_figures_is_repaired_to_a_word_read_elsewhere_on_the_page(lexicon):
    words = page("KMF", "F00DICIOUS", "SDN", "BHD", "THANK", "YOU", "FOODICIOUS")
    assert texts(repair_confusions(words, lexicon))[1] == "FOODICIOUS"
    assert figures_as_letters("F00DICIOUS", lexicon, {}) == "F00DICIOUS"  # the page does not read it


def test_a_one_is_an_l_among_small_letters_and_an_i_among_capitals():
    both = OcrLexicon(["mall", "mail", "bill"])
    assert figures_as_letters("Ma11", both) == "Mall"
    assert figures_as_letters("MA1L", both) == "MAIL"
    assert figures_as_letters("MA11", both) == "MA11"   # a capital L does not look like a 1
    assert figures_as_letters("B1LL", both) == "BILL"


# --- words like the page's own ----------------------------------------------------------------------

def test_an_unknown_word_one_look_alike_from_a_word_of_the_page_is_that_word(lexicon):
    words = page("SETIA", "ALAM,", "SEKSYEN", "U13,", "40170", "SHAH", "ALAN.")
    assert texts(repair_confusions(words, lexicon))[-1] == "ALAM."
    # without ALAM on the page, ALAN is a name
    assert texts(repair_confusions(page("CASHIER:", "ALAN"), lexicon)) == ["CASHIER:", "ALAN"]


def test_words_the_page_does_not_support_stay(lexicon):
    whole = page_words(page("SETLA", "SETIA"))
    assert like_page_word("SETLA", lexicon, whole) == "SETLA"   # two names read once each, neither known
    whole = page_words(page("SETLA", "SETIA", "SETIA"))
    assert like_page_word("SETLA", lexicon, whole) == "SETIA"   # the one read more often wins
    whole = page_words(page("NAIL", "CLIPPER", "MAIL"))
    assert like_page_word("NAIL", OcrLexicon(["mail", "nail"]), whole) == "NAIL"  # a known word stays
    assert like_page_word("MINT", lexicon, page_words(page("MINT", "SWEETS"))) == "MINT"  # MINI not on the page
    assert like_page_word("1851-8", lexicon, page_words(page("1851-A", "1851-8"))) == "1851-8"


# --- look-alike letters and letters read as two -----------------------------------------------------

@pytest.mark.parametrize(("read", "meant"), [
    ("Alain,", ["Alam,"]),            # m read as "in"
    ("Suminary", ["Summary"]),
    ("PETALINCi", ["PETALING"]),      # G read as "Ci"
    ("Mslaysis", ["Malaysia"]),       # a read as s, twice in a long word
    ("Retsil.", ["Retail."]),
    ("ITEHS", ["ITEMS"]),             # M read as H
    ("Hember", ["Member"]),
])
def test_look_alikes_and_split_letters_are_repaired(lexicon, read, meant):
    assert lexicon.correct(read) == meant


@pytest.mark.parametrize("read", [
    "Kusls",     # two slips in a short word: too far
    "MINT",      # short words are never repaired against the lexicon alone
    "ALAN",
    "Sinar",     # "in" -> m gives no lexicon word
])
def test_words_too_far_or_too_short_stay(lexicon, read):
    assert lexicon.correct(read) == [read]


def test_a_word_two_split_letters_could_make_stays():
    assert OcrLexicon(["dain"]).correct("CLAIN") == ["DAIN"]
    assert OcrLexicon(["dain", "clam"]).correct("CLAIN") == ["CLAIN"]   # d or m: no telling


# --- figures: letters they keep, letters read for zeros ---------------------------------------------

@pytest.mark.parametrize("read", [
    "1851-B,", "15/4B,", "7/118B,", "3/137B",   # unit and lot letters
    "B003", "B026",                              # a code's letter
    "100'S", "10S", "450'S",                     # plurals
    "1.79|",                                     # a column rule beside an amount
    "12-8", "5/8",                               # figures stay figures
    "NO.17,", "U13,", "1C,", "NO4", "H0OK", "INV-2O24",
])
def test_letters_of_codes_and_figures_stay(read):
    assert repair_digits(read) == read


@pytest.mark.parametrize(("read", "meant"), [
    ("29O,", "290,"),
    ("1,25O.OO", "1,250.00"),
    ("45OG", "450G"),        # O closing a figure
    ("G3O", "G30"),
    ("1OKG", "10KG"),
    ("15.U0", "15.00"),      # a round letter among an amount's cents
    ("18.0C", "18.00"),
    ("2.1C", "2.10"),
    ("5B.20", "58.20"),      # B inside a figure is still an 8
])
def test_letters_read_for_figures_are_figures(read, meant):
    assert repair_digits(read) == meant


# --- legal form and labels --------------------------------------------------------------------------

@pytest.mark.parametrize(("read", "meant"), [
    (["99", "SPEED", "MART", "5/B"], ["99", "SPEED", "MART", "S/B"]),
    (["99", "SPEED", "MART", "S/8"], ["99", "SPEED", "MART", "S/B"]),
    (["PIPE", "5/8", "INCH"], ["PIPE", "5/8", "INCH"]),           # a fraction
    (["ND.", "17-G,", "JALAN"], ["NO.", "17-G,", "JALAN"]),
    (["GST", "ND:", "000394528768"], ["GST", "NO:", "000394528768"]),
    (["Nd", "8,", "Jalan"], ["No", "8,", "Jalan"]),
    (["2ND", "FLOOR"], ["2ND", "FLOOR"]),
    (["ND", "JALAN"], ["ND", "JALAN"]),                             # not before a number
])
def test_the_legal_form_s_b_and_the_no_label(lexicon, read, meant):
    assert texts(_split_words(page(*read), lexicon)) == meant


def test_a_page_read_through_all_the_repairs(lexicon):
    words = page("LOT", "1851-A", "&", "1851-B,", "JALAN", "KPB", "6,", "AEON", "Ma11", "Te1", ":", "03-1234")
    repaired = [repair_digits(t) for t in texts(_split_words(words, lexicon))]
    assert repaired == ["LOT", "1851-A", "&", "1851-B,", "JALAN", "KPB", "6,", "AEON", "Mall", "Tel", ":", "03-1234"]


def test_the_rules_version_keys_cached_readings(lexicon):
    assert RULES_VERSION >= 6
    assert lexicon.fingerprint != OcrLexicon(["mall"]).fingerprint
