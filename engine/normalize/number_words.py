"""Amounts written out in words, as receipts, cheques and Indian, Nigerian or Kenyan invoices print
them under the figure ("Rupees Six Lakh Eighty Six Thousand Five Hundred Fifty Three and Sixty Four
Paise Only", "Two Hundred Nineteen Thousand Five Hundred Eighty Naira Only", "One Thousand Two
Hundred Dollars and 50/100"). The words say what was meant where the figure is hard to place, so a
figure equal to them is the document's amount.

English number words only, with the Indian lakh and crore."""

from __future__ import annotations

from decimal import Decimal

import regex

from engine.normalize.currencies import REGEX_TIMEOUT_S

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {
    "thousand": 10**3, "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "lacs": 10**5, "million": 10**6,
    "crore": 10**7, "crores": 10**7, "billion": 10**9,
}
# The hundredth part of a currency, after "and": "... and Sixty Four Paise", "... and 50 Cents".
_MINOR_UNITS = frozenset({
    "paise", "paisa", "cent", "cents", "kobo", "pence", "penny", "centimes", "centime", "sen", "pesewas",
    "ngwee", "thebe", "satang", "fils", "halala", "halalas", "baisa", "poisha", "centavos", "cts",
})
# Words, or a fraction of a hundred ("and 50/100"), or a figure of cents ("and 64 cents").
_TOKEN = regex.compile(r"\d{1,2}/100|\d{1,2}|[^\W\d_]+")
MIN_NUMBER_WORDS = 2  # "one" alone is a word of a sentence ("one-off", "one of our"), not an amount


def amounts_in_words(text: str) -> list[Decimal]:
    """Every amount the text writes out in words (at least two number words, or a scale word)."""
    try:
        tokens = [match.group(0).casefold() for match in _TOKEN.finditer(text, timeout=REGEX_TIMEOUT_S)]
    except TimeoutError:
        return []
    found: list[Decimal] = []
    index = 0
    while index < len(tokens):
        if tokens[index] not in _UNITS and tokens[index] not in _SCALES and tokens[index] != "hundred":
            index += 1
            continue
        value, used, words = _read_number(tokens, index)
        if words < MIN_NUMBER_WORDS and not any(t in _SCALES or t == "hundred" for t in tokens[index:index + used]):
            index += used
            continue
        index += used
        cents, index = _minor_part(tokens, index)
        found.append(Decimal(value) + cents)
    return found


def _read_number(tokens: list[str], start: int) -> tuple[int, int, int]:
    """The whole number the words from `start` spell: (value, tokens used, number words read)."""
    total = current = 0
    index = start
    words = 0
    while index < len(tokens):
        token = tokens[index]
        if token in _UNITS:
            current += _UNITS[token]
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in _SCALES:
            total += (current or 1) * _SCALES[token]
            current = 0
        elif token == "and" and index + 1 < len(tokens) and (tokens[index + 1] in _UNITS) \
                and not _minor_follows(tokens, index + 1):
            index += 1  # "Five Hundred and Twenty"
            continue
        else:
            break
        words += 1
        index += 1
    return total + current, index - start, words


def _minor_follows(tokens: list[str], start: int) -> bool:
    """Whether the number words from `start` end in a minor unit ("Sixty Four Paise")."""
    index = start
    while index < len(tokens) and (tokens[index] in _UNITS or tokens[index] == "and"):
        index += 1
    return index < len(tokens) and tokens[index] in _MINOR_UNITS


def _minor_part(tokens: list[str], index: int) -> tuple[Decimal, int]:
    """The cents after the whole amount and its currency words: "Rupees ... Fifty Three and Sixty
    Four Paise", "... Dollars and 50/100", "... Naira and Twenty Kobo"; zero when none follows."""
    look = index
    while look < len(tokens) and look - index <= 2 and tokens[look] != "and" and tokens[look] not in _UNITS:
        look += 1  # the currency's name: "Dollars", "US Dollars"
    if look >= len(tokens) or tokens[look] != "and" or look + 1 >= len(tokens):
        return Decimal(0), index
    after = tokens[look + 1]
    if after.endswith("/100"):
        return Decimal(after.split("/")[0]) / 100, look + 2
    if after.isdigit() and look + 2 < len(tokens) and tokens[look + 2] in _MINOR_UNITS:
        return Decimal(after) / 100, look + 3
    if after in _UNITS and _minor_follows(tokens, look + 1):
        cents, used, _ = _read_number(tokens, look + 1)
        if cents < 100:
            return Decimal(cents) / 100, look + 1 + used + 1
    return Decimal(0), index


__all__ = ["amounts_in_words"]
