"""Money amounts as printed on AR documents, read into exact `Decimal` values.

The same amount is printed "1,250.00" in Nairobi, "1.250,00" in Berlin, "1 250,00" in Paris,
"1'250.00" in Zurich and "KES 1,250/=" on a Kenyan cash sale; credits appear as "(1,250.00)",
"1,250.00-" or "1,250.00 CR". Which separator is the decimal one is decided from the text first
(two different separators, a group that is not three digits long) and only then from the locale hint.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import regex

from engine.normalize.currencies import (
    CIFRAO,
    CURRENCY_MINOR_UNITS,
    CURRENCY_TOKEN_PATTERN,
    MONEY_ONLY_LETTERS,
    REGEX_TIMEOUT_S,
    is_currency_letter_run,
    locale_country,
    resolve_currency,
    written_after_figures,
)
from engine.normalize.dates import find_dates
from engine.normalize.textscan import digit_count, note_timeout, remember

# Countries that write a decimal comma ("1.250,00"). Elsewhere the comma groups thousands.
DECIMAL_COMMA_COUNTRIES = frozenset({
    "DE", "FR", "NL", "ES", "IT", "EU", "BE", "AT", "PT", "FI", "GR", "LU", "DK", "SE", "NO", "PL", "CZ",
    "SK", "SI", "HR", "HU", "RO", "BG", "LT", "LV", "EE", "TR", "BR", "AR", "CL", "CO", "ID", "VN", "RU",
    "UA",
})
# Countries that group thousands with a plain space ("1 250,00"); there a space between digit groups
# is part of the number rather than a gap between two table cells.
SPACE_GROUPING_COUNTRIES = frozenset({
    "FR", "BE", "PL", "CZ", "SK", "SE", "NO", "FI", "RU", "UA", "EE", "LV", "LT", "HU", "PT", "BG", "ZA",
})

# Currencies whose amounts may close with a dash meaning "and no more" ("¥328,463-").
ZERO_DECIMAL_DASH_CURRENCIES = frozenset({"JPY"})
LONGEST_BARE_INTEGER = 9  # digits; a longer run with no separators and no currency is an id, not money
LONGEST_FRACTION = 4  # digits after the decimal separator (unit prices can carry four)

_SPACES = " \u00a0\u202f\u2009"
_APOSTROPHES = "'’"
_GROUPING_ONLY = _SPACES + _APOSTROPHES  # never a decimal separator
_SEPARATOR_SPLIT = regex.compile(r"([.,'’ \u00a0\u202f\u2009])")


@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str | None  # ISO 4217 code, when the text carried a currency
    text: str
    # False for a bare integer such as "1250": it may be an amount, or a quantity, a year, a count.
    has_decimals: bool = True


@dataclass(frozen=True)
class AmountMatch:
    start: int
    end: int
    amount: Amount


@dataclass(frozen=True)
class _Reading:
    value: Decimal
    has_decimals: bool
    has_separators: bool


# ---------------------------------------------------------------------------------------------------
# The number itself


def _separator_kind(separator: str) -> str:
    if separator in _SPACES:
        return "space"
    if separator in _APOSTROPHES:
        return "apostrophe"
    return separator


def _three_digit_group_is_fraction(separator: str, locale: str | None, currency: str | None) -> bool:
    """Whether "1,250" / "1.250" (one separator, three digits after it) means 1.25 rather than 1250."""
    country = locale_country(locale)
    if currency and separator == "." and CURRENCY_MINOR_UNITS.get(currency, 2) == 3:
        return True  # "BHD 175.571": a dinar's fils, whatever the document's other figures suggest
    if country:
        decimal_separator = "," if country in DECIMAL_COMMA_COUNTRIES else "."
        return separator == decimal_separator
    if currency:
        # Prices carry as many decimals as the currency's minor unit: three only for dinars and rials.
        return CURRENCY_MINOR_UNITS.get(currency, 2) == 3
    return separator == "."


def _decimal_separator(groups: list[str], separators: list[str], locale: str | None,
                       currency: str | None) -> str | None:
    if not separators:
        return None
    last = separators[-1]
    if last in _GROUPING_ONLY or separators.count(last) > 1:
        return None
    if separators[:-1]:
        # Another separator grouped the thousands before this one, so this one is the decimal point.
        return last
    leading, trailing = groups[0], groups[-1]
    if len(trailing) != 3 or leading == "0" or len(leading) > 3:
        return last
    return last if _three_digit_group_is_fraction(last, locale, currency) else None


def _valid_grouping(integer_groups: list[str], group_separators: list[str]) -> bool:
    if not group_separators:
        digits = integer_groups[0]
        return not (len(digits) > 1 and digits.startswith("0"))
    kinds = {_separator_kind(s) for s in group_separators}
    if len(kinds) != 1 or integer_groups[0].startswith("0"):
        return False
    if 1 <= len(integer_groups[0]) <= 3 and all(len(g) == 3 for g in integer_groups[1:]):
        return True
    # Indian lakh/crore grouping: 12,34,56,789.00
    return (kinds == {","} and len(integer_groups[0]) <= 2 and len(integer_groups[-1]) == 3
            and all(len(g) == 2 for g in integer_groups[1:-1]))


def _read_number(core: str, locale: str | None, currency: str | None) -> _Reading | None:
    """Read digits and separators ("1.250,00", "1 250", "1'250.50") strictly; None when malformed."""
    if core.isascii() and core.isdigit():  # a bare integer: no separator to weigh
        return None if len(core) > 1 and core[0] == "0" else _Reading(Decimal(core), False, False)
    pieces = _SEPARATOR_SPLIT.split(core)
    groups, separators = pieces[0::2], pieces[1::2]
    if not all(g.isascii() and g.isdigit() for g in groups):
        return None
    decimal_separator = _decimal_separator(groups, separators, locale, currency)
    if decimal_separator is None:
        integer_groups, group_separators, fraction = groups, separators, ""
    else:
        integer_groups, group_separators, fraction = groups[:-1], separators[:-1], groups[-1]
    if len(fraction) > LONGEST_FRACTION or not _valid_grouping(integer_groups, group_separators):
        return None
    digits = "".join(integer_groups) + (f".{fraction}" if fraction else "")
    return _Reading(Decimal(digits), bool(fraction), bool(separators))


def _read_number_leniently(core: str, locale: str | None, currency: str | None) -> _Reading | None:
    """`_read_number`, then once more without spaces: OCR splits "1,250.00" into "1,25 0.00", "12 .50"."""
    reading = _read_number(core, locale, currency)
    last_separator = max(core.rfind("."), core.rfind(","))
    if reading is None and last_separator > 0 and any(ch in _SPACES for ch in core[:last_separator]) \
            and not any(ch in _SPACES for ch in core[last_separator:]):
        reading = _read_number("".join(ch for ch in core if ch not in _SPACES), locale, currency)
    return reading


def _plausible(reading: _Reading, currency: str | None) -> bool:
    integer_digits = len(str(abs(int(reading.value))))
    if not reading.has_separators and integer_digits > LONGEST_BARE_INTEGER and currency is None:
        return False
    return integer_digits <= 15


# ---------------------------------------------------------------------------------------------------
# What surrounds the number: currency, sign, parentheses, CR/DR

_MINUS = "-−"
_CREDIT_OR_DEBIT = r"(?:CR|Cr|cr|DR|Dr|dr)\.?"

_PARSE_SHAPE = regex.compile(r"(?P<left>\D*?)(?P<core>\d(?:[\d.,'’ \u00a0\u202f\u2009]*\d)?)(?P<right>\D*)")
_PARSE_LEFT = regex.compile(
    rf"\s*(?P<open>\()?\s*(?P<sign>[{_MINUS}])?\s*(?P<currency>{CURRENCY_TOKEN_PATTERN})?\s*"
    rf"(?P<open2>\()?\s*(?P<sign2>[{_MINUS}])?\s*"
)
_PARSE_RIGHT = regex.compile(
    rf"(?P<slash>/[=-])?\s*(?P<close>\))?\s*(?P<currency>{CURRENCY_TOKEN_PATTERN})?\s*(?P<slash2>/[=-])?\s*"
    rf"(?P<close2>\))?\s*(?P<marker>[{_MINUS}]|{_CREDIT_OR_DEBIT})?\s*"
)


def _affix_pattern(side: str, with_parentheses: bool) -> regex.Pattern[str]:
    open_paren = r"\([ \t]?" if with_parentheses else r"(?!)"
    close_paren = r"[ \t]?\)" if with_parentheses else r"(?!)"
    if side == "left":
        # Matched backwards from the number (REVERSE), so it ends exactly where the number starts.
        return regex.compile(
            rf"(?P<open>{open_paren})?(?P<sign>[{_MINUS}][ \t]?)?"
            rf"(?:(?P<currency>{CURRENCY_TOKEN_PATTERN})[ \t]{{0,2}})?"
            rf"(?P<open2>{open_paren})?(?P<sign2>[{_MINUS}][ \t]?)?",
            regex.REVERSE,
        )
    return regex.compile(
        rf"(?P<slash>/[=-](?![\d\p{{L}}]))?(?P<close>{close_paren})?"
        rf"(?:[ \t]{{0,2}}(?P<currency>{CURRENCY_TOKEN_PATTERN})(?!\p{{L}}))?(?P<close2>{close_paren})?"
        rf"(?:(?P<minus>[{_MINUS}](?![\d\p{{L}}]))|[ \t]{{0,2}}(?P<marker>{_CREDIT_OR_DEBIT})(?![\p{{L}}\d]))?"
    )


_LEFT_AFFIX = _affix_pattern("left", with_parentheses=True)
_LEFT_AFFIX_NO_PARENTHESES = _affix_pattern("left", with_parentheses=False)
_RIGHT_AFFIX = _affix_pattern("right", with_parentheses=True)
_RIGHT_AFFIX_NO_PARENTHESES = _affix_pattern("right", with_parentheses=False)
_AFFIX_WINDOW = 16

# A number right after a currency, a colon or "=" is a single amount, so a space inside it ("KES 1 250.00")
# groups thousands; elsewhere "2 250.00" is more likely a quantity followed by a price.
_ANCHOR_BEFORE = regex.compile(rf"(?:{CURRENCY_TOKEN_PATTERN}|[:=])[ \t]{{0,2}}[-−(]?[ \t]?", regex.REVERSE)

_PHONE = regex.compile(
    r"(?<![\w+.,])\+[ \t]?\d{1,3}(?:[ \t.\-]?\(?\d{1,4}\)?){2,5}(?![.,]?\d)"
    r"|(?<![\w.,/]|\d[ \t])\(?0[1-9]\d{0,3}\)?(?:[ \t.\-]?\d{2,4}){2,3}(?![.,]?\d)"
    r"|(?i:(?<!\p{L})(?:tel|phone|mobile|mob|cell|fax|whatsapp|m-?pesa)(?!\p{L})\.?"
    r"(?:[ \t]*(?:no|number)\.?)?[ \t]*[:.]?[ \t]*)\K[+(\d][\d \t().\-]{5,}\d(?![.,]?\d)"
)
_SHORTEST_PHONE_DIGITS = 8

_PREFIX_OF_NEXT_NUMBER = regex.compile(r"[ \t]{0,2}[-−(]?[ \t]?\d")
_NUMERIC_RUN = regex.compile(r"\d+(?:[.,'’\u00a0\u202f\u2009]\d+)*")
_THOUSANDS_LEAD = regex.compile(r"[1-9]\d{0,2}")
_THOUSANDS_GROUP = regex.compile(r"\d{3}")
_THOUSANDS_GROUP_WITH_FRACTION = regex.compile(r"\d{3}[.,]\d{1,4}")
_SPACED_DECIMALS = regex.compile(r" [.,]\d{1,2}(?!\d)")


def _is_negative(*markers: str | None) -> bool:
    """Whether any sign or suffix read around a number ("-", "−", "CR", "Cr.") makes it a credit."""
    for marker in markers:
        cleaned = (marker or "").strip()
        if cleaned and (cleaned[0] in _MINUS or cleaned.casefold().startswith("cr")):
            return True
    return False


def parse_amount(text: str, locale: str | None = None) -> Amount | None:
    """The amount `text` spells ("KES 1,250.00", "(1.250,00)", "1,250/="), or None if it is not one."""
    if not text or not text.strip():
        return None
    cleaned = text.strip()
    shape = _PARSE_SHAPE.fullmatch(cleaned, timeout=REGEX_TIMEOUT_S)
    if shape is None:
        return None
    left = _PARSE_LEFT.fullmatch(shape["left"], timeout=REGEX_TIMEOUT_S)
    right = _PARSE_RIGHT.fullmatch(shape["right"], timeout=REGEX_TIMEOUT_S)
    if left is None or right is None:
        return None
    opened = bool(left["open"]) + bool(left["open2"])
    closed = bool(right["close"]) + bool(right["close2"])
    if opened != closed:
        return None
    currencies = {resolve_currency(token, locale) for token in (left["currency"], right["currency"]) if token}
    if len(currencies) > 1:
        return None
    currency = currencies.pop() if currencies else None
    if currency is None and "/=" in (right["slash"], right["slash2"]):
        currency = resolve_currency("/=", locale)
    reading = _read_number_leniently(shape["core"], locale, currency)
    if reading is None or not _plausible(reading, currency):
        return None
    negative = opened > 0 or _is_negative(left["sign"], left["sign2"], right["marker"])
    value = -reading.value if negative else reading.value
    return Amount(value, currency, cleaned, reading.has_decimals)


# ---------------------------------------------------------------------------------------------------
# Finding amounts in a line


def _masked_spans(line: str, locale: str | None, digits: int) -> list[tuple[int, int]]:
    spans = [(m.start, m.end) for m in find_dates(line, locale)]
    if digits < _SHORTEST_PHONE_DIGITS:
        return spans  # a phone number is only masked with that many digits, and the line has fewer
    for match in _PHONE.finditer(line, timeout=REGEX_TIMEOUT_S):
        if sum(ch.isdigit() for ch in match.group(0)) >= _SHORTEST_PHONE_DIGITS:
            spans.append(match.span())
    return spans


def _anchored(line: str, start: int, locale: str | None) -> bool:
    if locale_country(locale) in SPACE_GROUPING_COUNTRIES:
        return True
    return _ANCHOR_BEFORE.match(line, max(0, start - _AFFIX_WINDOW), start, timeout=REGEX_TIMEOUT_S) is not None


def _space_grouped_end(line: str, runs: list[tuple[int, int]], index: int, locale: str | None) -> int:
    """How many following runs a plain space joins to run `index` as thousands groups ("1 250 000.00")."""
    start, end = runs[index]
    if not _THOUSANDS_LEAD.fullmatch(line[start:end]):
        return index
    last = index
    while last + 1 < len(runs):
        next_start, next_end = runs[last + 1]
        if next_start != runs[last][1] + 1 or line[runs[last][1]] != " ":
            break
        following = line[next_start:next_end]
        if _THOUSANDS_GROUP.fullmatch(following):
            last += 1
            continue
        if _THOUSANDS_GROUP_WITH_FRACTION.fullmatch(following):
            last += 1
        break
    joined = last - index
    if joined >= 2 or (joined == 1 and _anchored(line, start, locale)):
        return last
    return index


def _split_group_repaired(line: str, runs: list[tuple[int, int]], index: int) -> bool:
    """Whether OCR split one thousands group across a space: "1,25 0.00" is "1,250.00"."""
    if index + 1 >= len(runs):
        return False
    (start, end), (next_start, next_end) = runs[index], runs[index + 1]
    if next_start != end + 1 or line[end] != " ":
        return False
    head = _SEPARATOR_SPLIT.split(line[start:end])
    tail = _SEPARATOR_SPLIT.split(line[next_start:next_end])
    if len(head) < 3 or len(tail) != 3:
        return False
    head_separator, tail_separator = head[-2], tail[1]
    return (head_separator in ".," and tail_separator in ".," and head_separator != tail_separator
            and len(head[-1]) + len(tail[0]) == 3 and len(head[-1]) < 3)


_RUN_SEPARATORS = b".,'"
_SEPARATORS_AS_DOTS = bytes.maketrans(b",'", b"..")


def _is_one_numeric_run(line: str) -> bool:
    """Whether the whole (ASCII) line is one _NUMERIC_RUN: digits, single separators between them."""
    if not line.isascii() or not line[:1].isdigit() or not line[-1:].isdigit():
        return False
    data = line.encode("ascii")
    if data.translate(None, b"0123456789" + _RUN_SEPARATORS):
        return False
    return b".." not in data.translate(_SEPARATORS_AS_DOTS)


def _number_spans(line: str, locale: str | None) -> list[tuple[int, int, str, list[tuple[int, int, str]]]]:
    """Candidate numbers: (start, end, core to read, fallback if the joined number is not an amount).

    Runs of digits are joined across a space only where the joined text reads as one number.
    """
    if _is_one_numeric_run(line):
        runs = [(0, len(line))]  # a table cell such as "1,250.00": what _NUMERIC_RUN would find
    else:
        runs = [m.span() for m in _NUMERIC_RUN.finditer(line, timeout=REGEX_TIMEOUT_S)]
    spans: list[tuple[int, int, str, list[tuple[int, int, str]]]] = []
    index = 0
    while index < len(runs):
        start, end = runs[index]
        single = (start, end, line[start:end])
        last = _space_grouped_end(line, runs, index, locale)
        joins = []
        if last > index:
            joins.append((last, runs[last][1], line[start:runs[last][1]]))
        if _split_group_repaired(line, runs, index):
            joins.append((index + 1, runs[index + 1][1], line[start:runs[index + 1][1]].replace(" ", "")))
        # _SPACED_DECIMALS opens with " ." or " ,": test those two characters before running it.
        spaced = _SPACED_DECIMALS.match(line, end, timeout=REGEX_TIMEOUT_S) if line[end:end + 1] == " " \
            and line[end + 1:end + 2] in (".", ",") else None
        if spaced and not any(ch in ".," for ch in line[start:end]):
            joins.append((index, spaced.end(), line[start:spaced.end()].replace(" ", "")))
        join = next((j for j in joins if _read_number(j[2], locale, None) is not None), None)
        if join is None:
            spans.append((*single, []))
            index += 1
        else:
            last_run, joined_end, core = join
            spans.append((start, joined_end, core, [single]))
            index = last_run + 1
    return spans


def _left_context_rejects(line: str, position: int) -> bool:
    """Whether the character before a number (or its sign/currency) marks it as part of something else."""
    if position == 0:
        return False
    before = line[position - 1]
    two_before = line[position - 2] if position > 1 else ""
    if before.isupper() and (position == 1 or not line[position - 2].isalnum()) \
            and _GROUPED_MONEY.match(line, position):
        return False  # "E35,844.98": a currency's one-letter sign (Eswatini's lilangeni) glued to a sum
    if before.isalnum() or before in "_/#№+'’":
        return True
    if before == "%":  # a rate written with its sign first, as Turkish prints it: "KDV %20,00"
        return True
    if before == ":" and two_before.isdigit():  # the minutes of a time
        return True
    if before == "." and two_before.isalpha():  # "No.12345", "p.12"
        return True
    return False


def _right_context_rejects(line: str, position: int, number_end: int) -> bool:
    after = line[position] if position < len(line) else ""
    after_next = line[position + 1] if position + 1 < len(line) else ""
    if line[position:position + 2].lstrip(" ").startswith("%"):
        return True
    if position != number_end or not after:
        return False  # a currency or sign closed the amount; what follows is another token
    if after.isalpha() or after in "_°":
        return True
    if after in "/-:" and after_next.isalnum():
        return True
    return False


class _NoAffix:
    """What _LEFT_AFFIX / _RIGHT_AFFIX match where nothing can precede or follow the number: the
    empty match at `position`, every group unset."""

    __slots__ = ("position",)

    def __init__(self, position: int) -> None:
        self.position = position

    def __getitem__(self, group: str) -> None:
        return None

    def start(self, *group: str) -> int:
        return -1 if group else self.position

    def end(self, *group: str) -> int:
        return -1 if group else self.position


# Whether an affix can be there at all, decided from the characters next to the number without
# running the affix patterns. A left affix ends (and a right one starts), after at most two spaces
# or tabs, with a sign, a parenthesis, "/=" or a currency token; a currency token or CR/DR marker made
# of letters is a whole run of letters (the patterns bound it by non-letters), or ends in "$" or "."
# ("US$", "Kshs."). So "Total 1,250.00" and "Page 1 of 2" need no affix search, "USD 1,250.00" does.
# Anything outside ASCII, or a run of letters cut by the search window, runs the patterns.
_LEFT_AFFIX_MARKS = frozenset("$().-")
_RIGHT_AFFIX_MARKS = frozenset("$()/-")
_ASCII_LETTERS = frozenset(string.ascii_letters)
_CREDIT_DEBIT_MARKERS = frozenset({"CR", "Cr", "cr", "DR", "Dr", "dr"})  # as in _CREDIT_OR_DEBIT


def _left_affix_is_empty(line: str, window_start: int, start: int) -> bool:
    if window_start > start:
        return False  # the number overlaps the previous amount: the regex decides (it finds no match)
    position = start - 1
    while position >= window_start and start - position <= 2 and line[position] in " \t":
        position -= 1
    if position < window_start or line[position] in " \t":
        return True  # the window ends in spaces, or three spaces precede the number: no affix fits
    char = line[position]
    if not char.isascii():
        return False
    if char not in _ASCII_LETTERS:
        return char not in _LEFT_AFFIX_MARKS
    run_end = position + 1
    while position >= window_start and line[position] in _ASCII_LETTERS:
        position -= 1
    if position < window_start or not line[position].isascii():
        return False
    return not is_currency_letter_run(line[position + 1:run_end])


def _right_affix_is_empty(line: str, end: int) -> bool:
    position = end
    limit = len(line)
    while position < limit and position - end < 2 and line[position] in " \t":
        position += 1
    if position >= limit or line[position] in " \t":
        return True
    char = line[position]
    if not char.isascii():
        return False
    if char not in _ASCII_LETTERS:
        return char not in _RIGHT_AFFIX_MARKS
    run_start = position
    while position < limit and line[position] in _ASCII_LETTERS:
        position += 1
    if position < limit and (not line[position].isascii() or line[position] in "$."):
        return False
    run = line[run_start:position]
    return not is_currency_letter_run(run) and run not in _CREDIT_DEBIT_MARKERS


def _has_cents(core: str) -> bool:
    return len(core) > 3 and core[-3] in ".," and core[-2:].isdigit()


# A sum written with thousands groups and cents, as no code is: "35,844.98", "35.844,98".
_GROUPED_MONEY = regex.compile(r"\d{1,3}(?:,\d{3})+\.\d{2}(?![\d.,])|\d{1,3}(?:\.\d{3})+,\d{2}(?![\d.,])")
GLUED_CODE_DIGITS = 9  # a run this long glued to letters is a code, not a sum written after its currency


def _amount_at(line: str, start: int, end: int, core: str, locale: str | None,
               previous_end: int, currency_after_amounts: Callable[[], bool]) -> AmountMatch | None:
    window_start = max(previous_end, start - _AFFIX_WINDOW)
    left: Any = _NoAffix(start) if _left_affix_is_empty(line, window_start, start) else _LEFT_AFFIX.match(
        line, window_start, start, timeout=REGEX_TIMEOUT_S)
    right: Any = _NoAffix(end) if _right_affix_is_empty(line, end) else _RIGHT_AFFIX.match(
        line, end, timeout=REGEX_TIMEOUT_S)
    opened = bool(left and (left["open"] or left["open2"]))
    closed = bool(right and (right["close"] or right["close2"]))
    if opened != closed:
        if opened:
            left = _LEFT_AFFIX_NO_PARENTHESES.match(line, window_start, start, timeout=REGEX_TIMEOUT_S)
        else:
            right = _RIGHT_AFFIX_NO_PARENTHESES.match(line, end, timeout=REGEX_TIMEOUT_S)
        opened = closed = False
    if left is None or right is None:  # cannot happen (every group is optional) but never guess
        return None

    span_start = left.start()
    if line[span_start:span_start + 1] in _MINUS and span_start > 0 and line[span_start - 1].isalnum():
        return None  # "INV-2024": a hyphen inside an id, not a minus sign
    if _left_context_rejects(line, span_start) or _right_context_rejects(line, right.end(), end):
        return None

    if left["currency"] in MONEY_ONLY_LETTERS and not _has_cents(core):
        # "Row R 12", "Réf. client : K12327": a lone R or K before a figure without cents is a letter,
        # not the rand or the kina.
        if _left_context_rejects(line, start):
            return None
        left, span_start = _NoAffix(start), start
    if right["currency"] in MONEY_ONLY_LETTERS:  # the rand and the kina are written before their amount
        right = _NoAffix(end)
    if left["currency"] and written_after_figures(left["currency"]):
        left, span_start = _NoAffix(start), start  # "LEI50288" is a code; the leu follows its figure
    if left["currency"] and left.end("currency") == start and core.isdigit() and len(core) >= GLUED_CODE_DIGITS:
        left, span_start = _NoAffix(start), start  # "RS24456167316822", a bank's reference: no rupees
    left_currency = resolve_currency(left["currency"], locale) if left["currency"] else None
    right_currency = resolve_currency(right["currency"], locale) if right["currency"] else None
    if right_currency:
        opens_next_amount = not currency_after_amounts() and _PREFIX_OF_NEXT_NUMBER.match(
            line, right.end("currency"), timeout=REGEX_TIMEOUT_S) is not None
        if opens_next_amount or (left_currency and left_currency != right_currency):
            # "USD 1,250.00 USD 300.00", "$5 £7.50": the currency opens the next amount, not closes this one.
            right_currency = None
            right = _RIGHT_AFFIX.match(line, end, right.start("currency"), timeout=REGEX_TIMEOUT_S)
            if right is None or opened != bool(right["close"] or right["close2"]):
                return None
    span_end = right.end()
    currency = left_currency or right_currency
    if currency is None and right["slash"] == "/=":
        currency = resolve_currency("/=", locale)

    reading = _read_number(core, locale, currency)
    if reading is None or not _plausible(reading, currency):
        return None
    # Yen amounts close with a dash ("¥328,463-": nothing follows), not a minus sign.
    trailing_minus = right["minus"] if (left_currency or right_currency) not in ZERO_DECIMAL_DASH_CURRENCIES else None
    negative = opened or _is_negative(left["sign"], left["sign2"], trailing_minus, right["marker"])
    value = -reading.value if negative else reading.value
    return AmountMatch(span_start, span_end, Amount(value, currency, line[span_start:span_end],
                                                    reading.has_decimals))


_CURRENCY_AFTER_NUMBER = regex.compile(
    rf"(?<=\d[ \t]{{0,2}})(?:{CURRENCY_TOKEN_PATTERN})(?![ \t]{{0,2}}[-−(]?[ \t]?\d)")
_CURRENCY_BEFORE_NUMBER = regex.compile(rf"(?<![\d][ \t]{{0,2}})(?:{CURRENCY_TOKEN_PATTERN})[ \t]{{0,2}}[-−(]?[ \t]?\d")


def _writes_currency_after_amounts(line: str) -> bool:
    """Whether the line writes "1,250.00 USD" rather than "USD 1,250.00", judged from the tokens
    that only one reading fits (one at the end of the line, or one after a word)."""
    after = _CURRENCY_AFTER_NUMBER.search(line, timeout=REGEX_TIMEOUT_S)
    before = _CURRENCY_BEFORE_NUMBER.search(line, timeout=REGEX_TIMEOUT_S)
    return after is not None and before is None


def _find_in_line(line: str, locale: str | None) -> list[AmountMatch]:
    digits = digit_count(line)
    if not digits:
        return []
    masked = _masked_spans(line, locale, digits)
    judged: list[bool] = []

    def currency_after_amounts() -> bool:
        # Only a currency after a number asks this; most lines never do, so it is judged on demand.
        if not judged:
            judged.append(_writes_currency_after_amounts(line))
        return judged[0]

    found: list[AmountMatch] = []
    for start, end, core, fallbacks in _number_spans(line, locale):
        for candidate_start, candidate_end, candidate_core in [(start, end, core), *fallbacks]:
            if any(m_start < candidate_end and candidate_start < m_end for m_start, m_end in masked):
                break
            match = _amount_at(line, candidate_start, candidate_end, candidate_core, locale,
                               found[-1].end if found else 0, currency_after_amounts)
            if match is not None:
                found.append(match)
                break
    return found


def find_amounts(text: str, locale: str | None = None) -> list[AmountMatch]:
    """Every amount in `text`, with offsets into `text`, in reading order.

    Numbers inside dates, times, percentages, phone numbers and ids ("INV-2024-001", a 13-digit
    account number) are not amounts. A bare integer ("1250") is reported with has_decimals=False.
    """
    return _remembered_amounts(text, locale)


def _find_amounts(text: str, locale: str | None) -> list[AmountMatch]:
    found: list[AmountMatch] = []
    line_start = 0
    for line in text.split("\n"):
        try:
            if "$" in line and CIFRAO.search(line):
                # Cabo Verde's escudo writes its cents after a "$" ("1 112$00", "250 361$34 ECV"): read as
                # a decimal comma, the figures grouped by spaces or stops
                in_line = _find_in_line(CIFRAO.sub(",", line), "PT")
            else:
                in_line = _find_in_line(line, locale)
        except TimeoutError:
            note_timeout()
            in_line = []  # a pathological line yields nothing rather than stalling a batch
        if line_start:
            found.extend(AmountMatch(m.start + line_start, m.end + line_start, m.amount) for m in in_line)
        else:  # the first line's offsets are already the text's
            found.extend(in_line)
        line_start += len(line) + 1
    return found


_remembered_amounts = remember(_find_amounts)

# ---------------------------------------------------------------------------------------------------
# Printing amounts (for tests and for showing values back to people)

FORMAT_STYLES = ("en", "eu", "space", "space_dot", "swiss", "indian", "plain", "ke_slash", "paren_negative",
                 "trailing_minus", "cr_suffix", "currency_prefix")


def _group(integer_digits: str, separator: str, indian: bool = False) -> str:
    if indian and len(integer_digits) > 3:
        head, tail = integer_digits[:-3], integer_digits[-3:]
        pairs = []
        while len(head) > 2:
            head, pairs = head[:-2], [head[-2:], *pairs]
        return separator.join([head, *pairs, tail])
    groups = []
    while len(integer_digits) > 3:
        integer_digits, groups = integer_digits[:-3], [integer_digits[-3:], *groups]
    return separator.join([integer_digits, *groups])


def format_amount(value: Decimal, style: str) -> str:
    """`value` printed the way documents print it; `style` is one of FORMAT_STYLES."""
    negative = value < 0
    magnitude = f"{abs(value):.2f}"
    integer_digits, cents = magnitude.split(".")
    en = f"{_group(integer_digits, ',')}.{cents}"
    if style == "en":
        body = en
    elif style == "eu":
        body = f"{_group(integer_digits, '.')},{cents}"
    elif style == "space":
        body = f"{_group(integer_digits, ' ')},{cents}"
    elif style == "space_dot":
        body = f"{_group(integer_digits, ' ')}.{cents}"
    elif style == "swiss":
        body = f"{_group(integer_digits, chr(39))}.{cents}"
    elif style == "indian":
        body = f"{_group(integer_digits, ',', indian=True)}.{cents}"
    elif style == "plain":
        body = f"{integer_digits}.{cents}"
    elif style == "ke_slash":
        shillings = _group(integer_digits, ",") if cents == "00" else en
        return f"KES {'-' if negative else ''}{shillings}/="
    elif style == "paren_negative":
        return f"({en})" if negative else en
    elif style == "trailing_minus":
        return f"{en}-" if negative else en
    elif style == "cr_suffix":
        return f"{en} CR" if negative else en
    elif style == "currency_prefix":
        return f"-USD {en}" if negative else f"USD {en}"
    else:
        raise ValueError(f"unknown amount style {style!r}; expected one of {FORMAT_STYLES}")
    return f"-{body}" if negative else body
