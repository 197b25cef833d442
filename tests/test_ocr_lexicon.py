"""OCR words repaired against the pattern files' vocabulary: look-alike letters, lost spaces, and
the words that must stay as read (names, codes, figures)."""

from __future__ import annotations

import pytest

from engine.ocr import _split_words
from engine.ocr_lexicon import OcrLexicon, load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.mark.parametrize(("read", "meant"), [
    ("HARDWAKE", ["HARDWARE"]),          # k for r
    ("HARUWARL", ["HARDWARE"]),          # two slips in a long word
    ("Setangor", ["Selangor"]),          # case kept
    ("TOTAI", ["TOTAL"]),
    ("Subtotai:", ["Subtotal:"]),        # punctuation kept
    ("INVOlCE", ["INVOICE"]),            # a capital read as a small letter
    ("SANYUSTATIONERYSHOP", ["SANYU", "STATIONERY", "SHOP"]),  # lost spaces, the shop's name kept
    ("PROOUCT", ["PRODUCT"]),
    ("CASHLER", ["CASHIER"]),
    # two known words run together, long enough to be no compound the lexicon lacks (session 12)
    ("STATIONERYSHOP", ["STATIONERY", "SHOP"]),
    ("INVOICENUMBER", ["INVOICE", "NUMBER"]),
])
def test_slips_are_repaired(lexicon, read, meant):
    assert lexicon.correct(read) == meant


@pytest.mark.parametrize("read", [
    "WONG", "LJAN", "CHONG", "LEONG", "SANYU", "KUCHAI",   # names: short, or no look-alike word near
    "Minimarket", "SUPERMARKET",                            # compounds the lexicon lists whole
    "INV-2O24", "1,25O.OO", "B12-3456", "40170",            # anything with a figure
    "JALAN", "Selangor",                                    # words it knows
    # real words the lexicon lacks, one vowel or u/v from a word it has (SROIE's own transcripts)
    "BLACK", "PAINT", "PLAIN", "LARGE", "TOKEN", "VALVE", "PROMOTER", "SUNGEI",
    # compounds and derived words: known words alone are not split below 13 letters, nor into three
    "PHOTOCOPY", "EXCHANGEABLE", "TELECOMMUNICATION", "STATIONERS", "HOUSEKEEPING", "WAREHOUSING",
])
def test_names_codes_and_known_words_stay(lexicon, read):
    assert lexicon.correct(read) == [read]


def test_a_word_one_slip_from_two_words_stays():
    assert OcrLexicon(["steel", "steei"]).correct("STEET") == ["STEET"]   # t/l or t/i: no telling
    assert OcrLexicon(["steel"]).correct("STEET") == ["STEEL"]
    assert OcrLexicon(["ceiling"]).correct("CEALING") == ["CEALING"]      # a/i are no look-alikes


def test_the_lexicon_comes_from_the_pattern_files(tmp_path):
    (tmp_path / "document.toml").write_text('[ocr]\nwords = ["widgets", "emporium"]\n'
                                            'terms = [\'(?i)\\\\bnet\\\\s*\\\\d+\']\n', encoding="utf-8")
    lexicon = load_lexicon(str(tmp_path))
    assert "widgets" in lexicon and "emporium" in lexicon
    assert "bnet" not in lexicon  # a regex's letters are no words
    assert lexicon.correct("ACMEWIDGETSEMPORIUM") == ["ACME", "WIDGETS", "EMPORIUM"]
    # two known words alone, 15 letters: split since session 12 (MIN_KNOWN_RUN)
    assert lexicon.correct("WIDGETSEMPORIUM") == ["WIDGETS", "EMPORIUM"]


def test_a_split_word_shares_out_its_box(lexicon):
    words = _split_words([("SANYUSTATIONERYSHOP", (100.0, 10.0, 290.0, 30.0), 0.8), ("TOTAL", (0, 0, 50, 10), 0.9)],
                         lexicon)
    assert [w[0] for w in words] == ["SANYU", "STATIONERY", "SHOP", "TOTAL"]
    boxes = [w[1] for w in words[:3]]
    assert boxes[0][0] == 100.0 and boxes[-1][2] == pytest.approx(290.0)
    assert boxes[0][2] == pytest.approx(boxes[1][0]) and boxes[1][2] == pytest.approx(boxes[2][0])
    assert boxes[1][2] - boxes[1][0] == pytest.approx(2 * (boxes[0][2] - boxes[0][0]))  # 10 letters vs 5
    assert all(w[2] == 0.8 for w in words[:3])
    assert _split_words(words, None) == words


@pytest.mark.parametrize(("read", "meant"), [
    (["AMANO", "MALAYSIA", "SON", "BHD"], ["AMANO", "MALAYSIA", "SDN", "BHD"]),
    (["AIK", "HUAT", "SIN", "BHD."], ["AIK", "HUAT", "SDN", "BHD."]),
    (["Vivopac", "Marketing", "Son", "Bhd"], ["Vivopac", "Marketing", "Sdn", "Bhd"]),
    (["SIN", "CHEW", "SON", "BROS"], ["SIN", "CHEW", "SON", "BROS"]),  # only before "Bhd"
])
def test_the_short_word_of_sdn_bhd_is_repaired_before_bhd(lexicon, read, meant):
    words = [(text, (10.0 * i, 0.0, 10.0 * i + 9, 10.0), 0.8) for i, text in enumerate(read)]
    assert [text for text, _, _ in _split_words(words, lexicon)] == meant
