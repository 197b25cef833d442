"""The normalisers' shortcuts never change an answer.

Each cheap test that skips a regex (engine.normalize.textscan and its users) claims "this pattern
cannot match here"; these tests hold every claim against the pattern itself, on lines built from
the tokens that make the patterns hard (currency words in any case, dotted abbreviations, CR/DR
markers, month names, non-ASCII letters that fold onto ASCII ones), and check the memos.
"""

from __future__ import annotations

import random

import pytest

from engine.normalize import amounts, clear_caches, currencies, dates, find_amounts, find_dates, identifiers
from engine.normalize.textscan import digit_count
from engine.pattern_files import _TOKEN, _fold_tokens

TIMEOUT = 1.0
PIECES = [
    "1", "12", "123", "2024", "1,250.00", "1.250,00", "1 250,00", "1'250.50", "12 .50", "0.5", "(", ")", "-", "−", "/",
    "$", "€", "£", "US$", "U.S.$", "HK$", "USD", "usd", "Usd", "KES", "Ksh", "kshs.", "k.sh", "u.shs", "/=", "/-", "CR",
    "Cr.", "cR", "dr", "DRx", "CRATE", "RM", "rm", "EUR", "Euros", "TRY", "TOP", "ALL", "Rs", "rs.", "INR", "rwf", "₹",
    "ſ", "K", "Kſh", "İ", "ı", "é", " ", "  ", "   ", "\t", ":", "=", "#", "%", ".", ",", "of", "Total", "Monitor",
    "VAT", "V.A.T.", "tin", "T.I.N.", "VRN", "No.", "21/08/2024", "2024-08-21", "21.08.24", "21 Aug 2024", "AUG", "Sept",
    "août", "MÄRZ", "FÉV", "Dez", "mai", "MAİ", "14:35", "INV-2024-001", "P051234567M", "A123456789Z", "DE 136 695 976",
    "GB123456789", "GBHA123", "NL1B01", "NL123456789B01", "IE1234567T", "ATU12345678", "27AAPFU0939F1ZV",
    "123-456-789", "1000123456", "0123456X", "٣", "²", "e", "c", "d", "k", "u", "sh", "ish", "Net 30",
]


def _lines(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    lines = []
    for _ in range(count):
        parts = [rng.choice(PIECES) + rng.choice(["", " ", " ", "  ", ": "]) for _ in range(rng.randint(1, 6))]
        lines.append("".join(parts))
    return lines


LINES = _lines(4000, 11)


def _is_empty(match, position: int) -> bool:
    return match is not None and match.start() == match.end() == position and not any(match.groupdict().values())


def test_digit_count_counts_what_isdigit_counts():
    for line in LINES:
        assert digit_count(line) == sum(ch.isdigit() for ch in line)


def test_an_affix_judged_empty_is_what_the_affix_patterns_find():
    judged = 0
    for line in LINES:
        for run in amounts._NUMERIC_RUN.finditer(line):
            start, end = run.span()
            for window_start in {max(0, start - amounts._AFFIX_WINDOW), max(0, start - 3), start}:
                if amounts._left_affix_is_empty(line, window_start, start):
                    judged += 1
                    assert _is_empty(amounts._LEFT_AFFIX.match(line, window_start, start, timeout=TIMEOUT), start), (
                        line, start)
            if amounts._right_affix_is_empty(line, end):
                judged += 1
                assert _is_empty(amounts._RIGHT_AFFIX.match(line, end, timeout=TIMEOUT), end), (line, end)
    assert judged > 1000  # the shortcut is taken, not only sound


def test_a_line_judged_without_currency_has_none():
    skipped = 0
    for line in LINES:
        if not currencies._may_hold_currency(line):
            skipped += 1
            assert not list(currencies._CURRENCY_IN_TEXT.finditer(line, timeout=TIMEOUT)), line
    assert skipped > 100


def test_date_patterns_skipped_only_where_they_cannot_match():
    month_patterns = (dates._DAY_MONTH_NAME_YEAR, dates._MONTH_NAME_DAY_YEAR, dates._YEAR_MONTH_NAME_DAY)
    for line in LINES:
        digits = digit_count(line)
        found = [m for pattern in month_patterns for m in pattern.finditer(line, timeout=TIMEOUT)]
        if found:
            assert digits >= dates._FEWEST_DIGITS_NAMED and dates._may_hold_month_name(line), line
        numeric = list(dates._NUMERIC.finditer(line, timeout=TIMEOUT))
        if numeric:
            assert digits >= dates._FEWEST_DIGITS_NUMERIC and dates._repeats_a_separator(line), line
        if list(dates._YEAR_FIRST_NUMERIC.finditer(line, timeout=TIMEOUT)):
            assert digits >= dates._FEWEST_DIGITS_YEAR_FIRST and dates._repeats_a_separator(line), line


def test_tax_id_patterns_skipped_only_where_they_cannot_match():
    for line in LINES:
        if list(identifiers._SELF_EVIDENT_ID.finditer(line, timeout=TIMEOUT)):
            assert identifiers._may_hold_self_evident_id(line, digit_count(line)), line
        labelled = any(label.search(line, 0, end, timeout=TIMEOUT)
                       for label in (identifiers._TIN_LABEL, identifiers._VAT_LABEL) for end in range(len(line) + 1))
        if labelled:
            assert identifiers._may_hold_number_label(line), line


def test_ascii_tokens_fold_like_the_general_path():
    import unicodedata

    for line in LINES:
        general = tuple((m.start(), m.end(), unicodedata.normalize("NFC", m.group(0)).casefold()
                         .replace("\u0307", "").replace("ı", "i"))  # Turkish's two i's fold together
                        for m in _TOKEN.finditer(line))
        assert _fold_tokens(line) == general, line


@pytest.mark.parametrize("find", [lambda text: find_amounts(text, None), lambda text: find_dates(text, None)])
def test_memoised_answers_are_fresh_lists(find):
    text = "Paid 21/08/2024: KES 1,250.00 and 300.00"
    first = find(text)
    assert first
    first.clear()
    assert find(text)
    clear_caches()
    assert find(text) == find(text)


def test_a_line_judged_one_numeric_run_is_what_the_run_pattern_finds():
    rng = random.Random(5)
    judged = 0
    numbers = [rng.choice(["", "-", " "]) + "".join(rng.choice("0123456789.,'’ ") for _ in range(rng.randint(1, 9)))
               for _ in range(5000)] + LINES
    for line in numbers:
        spans = [m.span() for m in amounts._NUMERIC_RUN.finditer(line, timeout=TIMEOUT)]
        if amounts._is_one_numeric_run(line):
            judged += 1
            assert spans == [(0, len(line))], line
    assert judged > 500


def test_an_answer_read_while_a_regex_timed_out_is_not_remembered(monkeypatch):
    text = "Tel 0712 345 678 total 1,250.00"
    clear_caches()
    expected = find_amounts(text, None)
    assert [m.amount.text for m in expected] == ["1,250.00"]
    clear_caches()

    class TimesOut:
        def finditer(self, *args, **kwargs):
            raise TimeoutError

    monkeypatch.setattr(amounts, "_PHONE", TimesOut())
    assert find_amounts(text, None) == []  # the line timed out: no amounts, as before the memos
    monkeypatch.undo()
    assert find_amounts(text, None) == expected  # tried again, not the timed-out answer
