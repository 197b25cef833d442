"""Words the recogniser split into pieces ("GA RDENIA", "BAK ERIES") joined again, and the side-by-side
words that must stay apart (real words, known words, codes, wide gaps, other lines)."""

from __future__ import annotations

import pytest

from engine.ocr import _split_words
from engine.ocr_lexicon import OcrLexicon, join_pieces, load_lexicon

H = 20.0  # letter height of the made-up lines


def line(*spec: tuple[str, float, float], y: float = 0.0, conf: float = 0.9) -> list[tuple[str, tuple, float]]:
    """Words of one line from (text, x0, x1)."""
    return [(text, (x0, y, x1, y + H), conf) for text, x0, x1 in spec]


def texts(words) -> list[str]:
    return [w[0] for w in words]


@pytest.fixture(scope="module")
def lexicon():
    return OcrLexicon(["bakeries", "sdn", "bhd", "description", "total", "invoice", "brno", "com",
                       "kompleks", "stationery", "shop", "excluding", "alam", "shah"])


def test_pieces_whose_join_the_lexicon_knows_are_joined(lexicon):
    # word gaps 14, the gap inside BAKERIES 5
    words = line(("KL", 0, 30), ("BAK", 44, 80), ("ERIES", 85, 140), ("SDN", 154, 190), ("BHD", 204, 240))
    out = join_pieces(words, lexicon)
    assert texts(out) == ["KL", "BAKERIES", "SDN", "BHD"]
    joined = out[1]
    assert joined[1] == (44, 0.0, 140, H)          # the pieces' boxes together
    assert joined[2] == 0.9


def test_a_name_read_whole_elsewhere_on_the_page_joins_its_pieces(lexicon):
    words = (line(("GA", 0, 20), ("RDENIA", 25, 90), ("BAK", 104, 140), ("ERIES", 145, 200), ("SDN", 214, 250))
             + line(("Thank", 0, 50), ("you", 64, 100), ("for", 114, 140), ("choosing", 154, 240),
                    ("Gardenia's", 254, 350), ("products.", 364, 450), y=100))
    assert texts(join_pieces(words, lexicon))[:3] == ["GARDENIA", "BAKERIES", "SDN"]


def test_three_pieces_and_punctuation_outside_the_word(lexicon):
    words = line(("Tax", 0, 30), ("(Descr", 44, 100), ("ip", 104, 120), ("tion:", 124, 170), ("Total", 184, 230))
    assert texts(join_pieces(words, lexicon)) == ["Tax", "(Description:", "Total"]
    words = line(("BAK", 0, 36), ("ERIES(KL)", 41, 140), ("SDN", 154, 190), ("BHD", 204, 240))
    assert texts(join_pieces(words, lexicon)) == ["BAKERIES(KL)", "SDN", "BHD"]


def test_a_line_without_other_word_gaps_uses_the_letter_height(lexicon):
    words = line(("Tota", 0, 50), ("l", 58, 62), ("4.00", 300, 350))  # the amount is a column away
    assert texts(join_pieces(words, lexicon)) == ["Total", "4.00"]
    words = line(("Tota", 0, 50), ("l", 64, 68), ("4.00", 300, 350))  # a gap of 0.7 letter heights
    assert texts(join_pieces(words, lexicon)) == ["Tota", "l", "4.00"]


def test_a_join_one_look_alike_from_a_word_is_joined_then_repaired(lexicon):
    words = line(("SUBTOTAL", 0, 90), ("(EXCI", 104, 150), ("UDING", 155, 210), ("GST)", 224, 270))
    assert texts(_split_words(words, lexicon)) == ["SUBTOTAL", "(EXCLUDING", "GST)"]


def test_the_same_split_twice_on_a_page_is_joined_both_times(lexicon):
    words = (line(("Descr", 0, 50), ("iption", 54, 110), ("Qty", 124, 160))
             + line(("Descr", 0, 50), ("iption", 54, 110), ("Total", 124, 170), y=300))
    assert texts(join_pieces(words, lexicon)) == ["Description", "Qty", "Description", "Total"]


@pytest.mark.parametrize("words", [
    # two real words at the line's word gap, though the page also reads them as one word
    line(("FEED", 0, 50), ("WATER", 64, 130), ("TDS", 144, 180)) + line(("FEEDWATER", 0, 120), y=100),
    # a gap as wide as the line's other word gaps
    line(("KL", 0, 30), ("BAK", 44, 80), ("ERIES", 94, 150), ("SDN", 164, 200)),
    # a piece the lexicon knows ("COM"), though the page reads the join whole elsewhere
    line(("4243,", 0, 50), ("Com", 64, 100), ("pleks", 104, 160), ("Perniagaan", 174, 280))
    + line(("COMPLEKS", 0, 100), y=100),
    # known words side by side
    line(("SANYU", 0, 60), ("STATIONERY", 74, 190), ("SHOP", 195, 240)),
    # a join shorter than MIN_JOIN, though the lexicon knows it
    line(("BR", 0, 20), ("No.:", 24, 60), ("0195932-X", 74, 180)),
    line(("SHAH", 0, 50), ("AL", 64, 84), ("AM", 88, 110), ("SELANGOR", 124, 220)),
    # a piece with a digit
    line(("KL", 0, 30), ("BAK3", 44, 80), ("ERIES", 85, 140), ("SDN", 154, 190)),
    # a place name read as two words, the one-word form only inside a code elsewhere
    line(("BATANG", 0, 70), ("KALI,", 78, 120), ("SELANGOR", 134, 230))
    + line(("005001(BATANGKALI-1)", 0, 200), ("118", 300, 330), y=100),
    # a piece read on its own elsewhere on the page
    line(("BATANG", 0, 70), ("KALI,", 78, 120), ("SELANGOR", 134, 230))
    + line(("BATANGKALI", 0, 120), y=100) + line(("KALI", 0, 50), ("RIVER", 64, 130), y=200),
    # the pieces stand on different lines
    line(("TOTAL", 0, 50), ("BAK", 64, 100)) + line(("ERIES", 105, 160), ("SDN", 174, 210), y=40),
])
def test_words_that_stay_apart(lexicon, words):
    assert join_pieces(words, lexicon) == words


def test_the_bundled_lexicon_joins_trade_words_and_label_words():
    lexicon = load_lexicon()
    words = line(("GARDENIA", 0, 90), ("BAK", 104, 140), ("ERIES", 145, 200), ("(KL)", 214, 250), ("SDN", 264, 300))
    assert texts(join_pieces(words, lexicon)) == ["GARDENIA", "BAKERIES", "(KL)", "SDN"]
    words = line(("Stat", 0, 40), ("ion:", 45, 80), ("CASHIER", 300, 380))
    assert texts(join_pieces(words, lexicon)) == ["Station:", "CASHIER"]
    # real words side by side stay, at any gap: "CUSTOMER CARE LINE" ("careline" is a label)
    words = line(("Customer", 0, 90), ("Care", 104, 150), ("Line", 155, 200), (":", 214, 218))
    assert texts(join_pieces(words, lexicon)) == ["Customer", "Care", "Line", ":"]


@pytest.mark.parametrize(("read", "meant"), [
    (["AIK", "SDN", "BHU"], ["AIK", "SDN", "BHD"]),
    (["Aik", "Sdn", "8hd."], ["Aik", "Sdn", "Bhd."]),
    (["AIK", "SDN", "BHD"], ["AIK", "SDN", "BHD"]),
    (["AIK", "BHU", "SDN"], ["AIK", "BHU", "SDN"]),     # "Bhd" only right after "Sdn"
    (["SDN", "BHUT"], ["SDN", "BHUT"]),
])
def test_the_legal_form_bhd_after_sdn(read, meant):
    words = line(*[(text, 40.0 * i, 40.0 * i + 30) for i, text in enumerate(read)])
    assert texts(_split_words(words, load_lexicon())) == meant
