"""Dates as printed on invoices, remittances and receipts, read into `datetime.date`.

Numeric dates are the hard part: 03/04/2024 is 3 April in Nairobi and March 4 in New York. A day or
month above 12 settles it; otherwise an unambiguous date elsewhere in the same text does; otherwise
the caller's hint (`day_first`, then `locale`) does, and the match is flagged `ambiguous` so callers
can weigh it. Month names are read in English, French, German, Dutch, Spanish and Swahili.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

import regex

from engine.normalize.currencies import REGEX_TIMEOUT_S, locale_country
from engine.normalize.textscan import digit_count, has_cased_letter, note_timeout, remember

EARLIEST_YEAR = 1970
LATEST_YEAR = 2099
TWO_DIGIT_YEAR_PIVOT = 70  # "69" is 2069, "70" is 1970

# Countries that write the month first in numeric dates. Everyone else writes the day first.
MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "PW", "MH"})

# English, French, German, Dutch, Spanish, Swahili, Portuguese, Italian, Swedish, Norwegian, Danish,
# Polish (the genitive a date uses, "6 sierpnia 2024", and the month's own name), Malay, Indonesian,
# Turkish, Czech, Slovak, Romanian (Czech and Slovak dates use the genitive, "12. března 2024") and
# Hungarian (year first: "2024. szeptember 21."); Russian (genitive after a day: "15 февраля 2024 г.");
# Croatian, Serbian and Slovenian ("4. lipnja 2024."; Croatian "listopad" is October, but Polish and
# Czech "listopad" is November and keeps that reading).
# A name only reads as a month inside a date's shape (a day and a year beside it), so Malay "Mac" and
# Turkish "Mart" do not turn "SPEED MART" into a date; Portuguese "out" (outubro) is left out, being an
# English word that can stand between a day and a year ("1 out 2").
MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "janvier", "janv", "januar", "jänner", "janner", "januari", "enero", "ene",
        "janeiro", "gennaio", "ocak", "stycznia", "styczeń", "styczen",
        "ianuarie", "ian", "leden", "ledna", "január", "januára",
        "января", "январь", "янв", "січня", "січень",
        "siječnja", "siječanj", "januarja", "januara",
        # Lithuanian, Latvian, Estonian
        "sausio", "sausis", "janvārī", "janvāris", "jaanuar", "jaanuaril",
        # Catalan
        "gener"),
    2: ("february", "feb", "février", "fevrier", "févr", "fevr", "fév", "fev", "februar", "februari",
        "febrero", "fevereiro", "febbraio", "şubat", "subat", "lutego", "luty",
        "februarie", "únor", "února", "február", "februára", "febr",
        "февраля", "февраль", "фев", "февр", "лютого", "лютий",
        "veljače", "veljača", "februarja", "februara",
        # Lithuanian, Latvian, Estonian
        "vasario", "vasaris", "februārī", "februāris", "veebruar", "veebruaril",
        # Catalan
        "febrer"),
    3: ("march", "mar", "mars", "märz", "maerz", "marz", "mär", "mrz", "maart", "mrt", "marzo", "machi",
        "março", "marco", "maret", "mac", "mart", "marts", "marca", "marzec",
        "martie", "březen", "března", "marec", "március", "márc",
        "марта", "март", "березня", "березень",
        "ožujka", "ožujak", "marta",
        # Lithuanian, Latvian, Estonian
        "kovo", "kovas", "martā", "märts", "märtsil"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprili", "aprile", "nisan", "kwietnia", "kwiecień", "kwiecien",
        "aprilie", "duben", "dubna", "apríl", "apríla", "április", "ápr",
        "апреля", "апрель", "апр", "квітня", "квітень",
        "travnja", "travanj", "aprila",
        # Lithuanian, Latvian, Estonian
        "balandžio", "balandis", "aprīlī", "aprīlis", "aprill", "aprillil"),
    5: ("may", "mai", "mei", "mayo", "maio", "maggio", "mayıs", "mayis", "maj", "maja",
        "květen", "května", "máj", "mája", "május",
        "мая", "май", "травня", "травень",
        "svibnja", "svibanj",
        # Lithuanian, Latvian, Estonian
        "gegužės", "gegužė", "maijā", "maijs",
        # Catalan
        "maig"),
    6: ("june", "jun", "juin", "juni", "junio", "junho", "giugno", "haziran", "czerwca", "czerwiec",
        "iunie", "červen", "června", "jún", "júna", "június",
        "июня", "июнь", "июн", "червня", "червень",
        "lipnja", "lipanj", "junija", "juna", "junij",
        # Lithuanian, Latvian, Estonian
        "birželio", "birželis", "jūnijā", "jūnijs", "juuni", "juunil",
        # Catalan
        "juny"),
    7: ("july", "jul", "juillet", "juil", "juli", "julio", "julai", "julho", "luglio", "temmuz", "lipca", "lipiec",
        "iulie", "červenec", "července", "júl", "júla", "július",
        "июля", "июль", "июл", "липня", "липень",
        "srpnja", "srpanj", "julija", "jula", "julij",
        # Lithuanian, Latvian, Estonian
        "liepos", "jūlijā", "jūlijs", "juuli", "juulil",
        # Catalan
        "juliol"),
    8: ("august", "aug", "août", "aout", "augustus", "agosto", "ago", "agosti", "ogos", "agustus", "ağustos",
        "agustos", "augusti", "sierpnia", "sierpień", "sierpien",
        "srpen", "srpna", "augusta", "augusztus",
        "августа", "август", "авг", "серпня", "серпень",
        "kolovoza", "kolovoz", "avgusta", "avgust",
        # Lithuanian, Latvian, Estonian
        "rugpjūčio", "rugpjūtis", "augustā", "augustil",
        # Catalan
        "agost"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "set", "septemba", "setembro",
        "settembre", "eylül", "eylul", "września", "wrzesnia", "wrzesień", "wrzesien",
        "septembrie", "září", "septembra", "szeptember", "szept",
        "сентября", "сентябрь", "сен", "сент", "вересня", "вересень",
        "rujna", "rujan",
        # Lithuanian, Latvian, Estonian
        "rugsėjo", "rugsėjis", "septembrī", "septembris", "septembril",
        # Catalan
        "setembre"),
    10: ("october", "oct", "octobre", "oktober", "okt", "octubre", "oktoba", "outubro", "ottobre", "ekim", "października", "pazdziernika", "październik", "pazdziernik",
        "octombrie", "říjen", "října", "október", "októbra",
        "октября", "октябрь", "окт", "жовтня", "жовтень",
        "oktobra",
        # Lithuanian, Latvian, Estonian
        "spalio", "spalis", "oktobrī", "oktobris", "oktoober", "oktoobril"),
    11: ("november", "nov", "novembre", "noviembre", "novemba", "novembro", "kasım", "kasim", "listopada", "listopad",
        "noiembrie", "listopadu", "novembra",
        "ноября", "ноябрь", "ноя", "нояб", "листопада", "листопад",
        "studenoga", "studenog", "studeni",
        # Lithuanian, Latvian, Estonian
        "lapkričio", "lapkritis", "novembrī", "novembris", "novembril"),
    12: ("december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "desemba",
         "dezembro", "dicembre", "disember", "desember", "aralık", "aralik", "grudnia", "grudzień", "grudzien",
        "decembrie", "prosinec", "prosince", "decembra",
        "декабря", "декабрь", "дек", "грудня", "грудень",
        "prosinca", "prosinac",
        # Lithuanian, Latvian, Estonian
        "gruodžio", "gruodis", "decembrī", "decembris", "detsember", "detsembril",
        # Catalan
        "desembre"),
}
# Greek months, in the genitive that dates write ("31 Ιανουαρίου 2025") and the nominative.
_GREEK_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("ιανουαρίου", "ιανουάριος", "ιαν"), 2: ("φεβρουαρίου", "φεβρουάριος", "φεβ"), 3: ("μαρτίου", "μάρτιος", "μαρ"),
    4: ("απριλίου", "απρίλιος", "απρ"), 5: ("μαΐου", "μαίου", "μάιος", "μαΐ"), 6: ("ιουνίου", "ιούνιος", "ιουν"),
    7: ("ιουλίου", "ιούλιος", "ιουλ"), 8: ("αυγούστου", "αύγουστος", "αυγ"), 9: ("σεπτεμβρίου", "σεπτέμβριος", "σεπ"),
    10: ("οκτωβρίου", "οκτώβριος", "οκτ"), 11: ("νοεμβρίου", "νοέμβριος", "νοε"), 12: ("δεκεμβρίου", "δεκέμβριος", "δεκ"),
}
MONTH_NAMES = {month: names + _GREEK_MONTHS[month] for month, names in MONTH_NAMES.items()}

WEEKDAY_NAMES = frozenset("""
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
lundi mardi mercredi jeudi vendredi samedi dimanche
montag dienstag mittwoch donnerstag freitag samstag sonntag
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
lunes martes miércoles miercoles jueves viernes sábado sabado domingo
jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili
""".split())
# Words that may surround a date in a date field without being part of it ("the 21st of ...").
_FILLER_WORDS = WEEKDAY_NAMES | {"the", "le", "den", "der", "el", "tarehe", "on", "am"}


def _fold(word: str) -> str:
    stripped = "".join(ch for ch in unicodedata.normalize("NFD", word) if unicodedata.category(ch) != "Mn")
    return stripped.casefold().rstrip(".")


_MONTH_BY_FOLDED_NAME = {_fold(name): month for month, names in MONTH_NAMES.items() for name in names}
_MONTH_ALTERNATION = "|".join(
    regex.escape(name) for name in sorted({n for names in MONTH_NAMES.values() for n in names}, key=len, reverse=True)
)
_MONTH = rf"(?P<month>{_MONTH_ALTERNATION})(?!\p{{L}})\.?"
# Every month name is at least three letters long, so an ASCII line in which no name's first three
# letters occur (lower-cased) holds no month name: the three patterns with one need not run. (Only
# ASCII lines: there, IGNORECASE matching and str.lower agree letter for letter.)
_MONTH_PREFIXES = tuple(sorted({name[:3] for names in MONTH_NAMES.values() for name in names}))
assert all(len(name) >= 3 for names in MONTH_NAMES.values() for name in names)
# The fewest digits each kind of date is written with: a day and a two-digit year with a month name
# ("1 May 24"), four with numbers only ("1/5/24"), six year first ("2024-5-1").
_FEWEST_DIGITS_NAMED = 3
_FEWEST_DIGITS_NUMERIC = 4
_FEWEST_DIGITS_YEAR_FIRST = 6

_DAY_MONTH_NAME_YEAR = regex.compile(
    rf"(?<![\p{{L}}\d.,])(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|ère|re|e|º|°|\.)?"
    # (Catalan elides "de" before a vowel: "23 d'abril de 2024", "9 d’agost de 2023")
    rf"(?:[ \t]*[-/.,][ \t]*|[ \t]+(?:de|of)[ \t]+|[ \t]+d['’][ \t]*|[ \t]*)"
    rf"{_MONTH}"
    rf"(?:[ \t]*[-/.,'’][ \t]*|[ \t]+(?:de|del)[ \t]+|[ \t]*)"
    r"(?P<year>\d{4}|\d{2})(?!\d)(?![.,]\d)",
    regex.IGNORECASE,
)
_MONTH_NAME_DAY_YEAR = regex.compile(
    rf"(?<!\p{{L}}){_MONTH}[ \t]*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)[ \t]*,?[ \t]*"
    r"(?P<year>\d{4}|['’]\d{2})(?!\d)(?![.,]\d)",
    regex.IGNORECASE,
)
# (Lithuanian writes the year's and day's units: "2024 m. vasario 11 d.")
_YEAR_MONTH_NAME_DAY = regex.compile(
    rf"(?<![\p{{L}}\d.,])(?P<year>\d{{4}})(?:[ \t]+m\.)?[ \t]*[-/. ][ \t]*{_MONTH}[ \t]*[-/. ]?[ \t]*"
    r"(?P<day>\d{1,2})(?!\d)(?![.,]\d)",
    regex.IGNORECASE,
)
# Latvian: the year, "gada" (of the year), the day, the month ("2023. gada 26. novembrī").
_YEAR_DAY_MONTH_NAME = regex.compile(
    rf"(?<![\p{{L}}\d.,])(?P<year>\d{{4}})\.?[ \t]+gada[ \t]+(?P<day>\d{{1,2}})\.[ \t]*{_MONTH}",
    regex.IGNORECASE,
)
_YEAR_FIRST_NUMERIC = regex.compile(r"(?P<year>\d{4})(?P<sep>[/.\-])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)")
_NUMERIC = regex.compile(r"(?P<first>\d{1,2})(?P<sep>[/.\-])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})(?!\d)")
# Czech, Slovak and German print day and month as ordinals with a space after each dot ("27. 3. 2025",
# "1. 10. 2024"); the four-digit year keeps a list number ("1. 2. 3") from reading as a date.
# Hungarian writes the year first, each part closed by a dot, often spaced: "2023. 01. 17.".
_YEAR_FIRST_SPACED = regex.compile(r"(?<![\d.])(?P<year>\d{4})\.[ \t](?P<month>\d{1,2})\.[ \t]?(?P<day>\d{1,2})\.(?!\d)")
_NUMERIC_SPACED = regex.compile(r"(?P<first>\d{1,2})\.[ \t](?P<second>\d{1,2})\.[ \t]?(?P<year>\d{4})(?!\d)")

# Dates whose parts each carry their unit word: Chinese and Japanese "2023年09月24日", Korean
# "2023년 9월 24일", Vietnamese "Ngày 24 tháng 09 năm 2023" (a bilingual form adds "(Date)", "(month)",
# "(year)" after each word). The unit words say which figure is which: never ambiguous.
# (Mongolian writes the same order in words: "2025 оны 04 сарын 07", the day sometimes closed by "-ны")
_UNIT_WORDED_YEAR_FIRST = regex.compile(
    r"(?<!\d)(?P<year>\d{4})[ \t]*[年년][ \t]*(?P<month>\d{1,2})[ \t]*[月월][ \t]*(?P<day>\d{1,2})[ \t]*[日일]"
    r"|(?<!\d)(?P<year>\d{4})[ \t]+оны[ \t]+(?P<month>\d{1,2})[ \t]+(?:дугаар[ \t]+)?сарын[ \t]+(?P<day>\d{1,2})(?!\d)")
# Taiwan counts years from the founding of the Republic of China (民國 1 = 1912): "中華民國 113 年 12 月 4 日".
_ROC_YEAR_OFFSET = 1911
# Without the era's name, a three-digit year before 年 ("發票日期112年01月20日") is no other calendar's.
_ROC_DATE = regex.compile(
    r"(?:(?:中華)?民國[ \t]*(?=\d{2,3}[ \t]*年)|(?<!\d)(?=1\d\d[ \t]*年))"
    r"(?P<year>\d{2,3})[ \t]*年[ \t]*(?P<month>\d{1,2})[ \t]*月[ \t]*(?P<day>\d{1,2})[ \t]*日")
_GLOSS = r"(?:[ \t]*\([^)\n]{1,12}\))?"
_UNIT_WORDED_DAY_FIRST = regex.compile(
    rf"(?i)\bngày{_GLOSS}[ \t]*(?P<day>\d{{1,2}})[ \t]+tháng{_GLOSS}[ \t]*(?P<month>\d{{1,2}})[ \t]+năm{_GLOSS}[ \t]*"
    r"(?P<year>\d{4})(?!\d)")

# A time of day glued to a date ("21/08/2024 14:35", "2024-08-21T10:30:00Z", "02:35:10 PM") belongs
# to the date's span, so that nobody reads "14" or "35" as an amount.
_TIME_SUFFIX = regex.compile(
    r"(?:T|[ \t]*,?[ \t]*(?:(?:at|à|um|saa)[ \t]+)?)"
    r"(?:[01]?\d|2[0-3])[:h][0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?(?!\d)"
    r"(?:[ \t]?[ap]\.?m\.?(?!\p{L}))?"
    r"(?:[ \t]?(?:Z|UTC|GMT|[+-][01]\d(?::?[0-5]\d)?)(?![\p{L}\d]))?",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    value: date
    text: str
    ambiguous: bool


@dataclass(frozen=True)
class _NumericCandidate:
    start: int
    end: int
    first: int
    second: int
    year: int


def expand_year(year_text: str) -> int:
    digits = year_text.lstrip("'’")
    year = int(digits)
    if len(digits) == 2:
        year += 1900 if year >= TWO_DIGIT_YEAR_PIVOT else 2000
    return year


def _make_date(year: int, month: int, day: int) -> date | None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


_CJK_LETTER = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


def _numeric_boundaries_ok(line: str, start: int, end: int, separator: str) -> bool:
    before = line[start - 1] if start > 0 else ""
    if before and (before.isalnum() and not _CJK_LETTER.match(before) or before in ".,/+_#"):
        return False  # (CJK writes no space between a label and its value: "發票日期2023/11/12")
    if before in ("-", "–"):
        before_hyphen = line[start - 2] if start > 1 else ""
        # "INV-21-08-24" is an id; "01/08/2024-31/08/2024" is a range of two dates.
        if separator == "-" or before_hyphen.isalpha():
            return False
    after = line[end] if end < len(line) else ""
    after_next = line[end + 1] if end + 1 < len(line) else ""
    if after in "./-,":
        if after and after_next.isdigit() and (after == separator or after != "-"):
            return False
    return True


def _month_first_by_default(locale: str | None) -> bool:
    return locale_country(locale) in MONTH_FIRST_COUNTRIES


def _orientation_evidence(candidates: list[_NumericCandidate]) -> bool | None:
    """True (day first) or False (month first) when every self-evident numeric date agrees."""
    day_first_votes = sum(1 for c in candidates if c.first > 12 >= c.second)
    month_first_votes = sum(1 for c in candidates if c.second > 12 >= c.first)
    if day_first_votes and not month_first_votes:
        return True
    if month_first_votes and not day_first_votes:
        return False
    return None


def _time_end(line: str, end: int) -> int:
    found = _TIME_SUFFIX.match(line, end, timeout=REGEX_TIMEOUT_S)
    return found.end() if found else end


def _may_hold_month_name(line: str) -> bool:
    if not has_cased_letter(line):
        return False
    if not line.isascii():
        return True
    lowered = line.lower()
    return any(prefix in lowered for prefix in _MONTH_PREFIXES)


def _repeats_a_separator(line: str) -> bool:
    """Numeric dates repeat their separator ("21/08/2024": (?P=sep) in the patterns)."""
    return line.count("/") > 1 or line.count(".") > 1 or line.count("-") > 1


def _named_and_year_first_dates(line: str, digits: int) -> list[DateMatch]:
    found: list[DateMatch] = []
    if digits < _FEWEST_DIGITS_NAMED:
        return found
    year_first = _YEAR_FIRST_NUMERIC.finditer(line, timeout=REGEX_TIMEOUT_S) if (
        digits >= _FEWEST_DIGITS_YEAR_FIRST and _repeats_a_separator(line)) else ()
    for match in year_first:
        if not _numeric_boundaries_ok(line, match.start(), match.end(), match["sep"]):
            continue
        value = _make_date(int(match["year"]), int(match["month"]), int(match["day"]))
        if value:
            end = _time_end(line, match.end())
            found.append(DateMatch(match.start(), end, value, line[match.start():end], False))
    for pattern in (_UNIT_WORDED_YEAR_FIRST, _UNIT_WORDED_DAY_FIRST, _YEAR_FIRST_SPACED, _ROC_DATE):
        for match in pattern.finditer(line, timeout=REGEX_TIMEOUT_S):
            year = int(match["year"]) + (_ROC_YEAR_OFFSET if pattern is _ROC_DATE else 0)
            value = _make_date(year, int(match["month"]), int(match["day"]))
            if value:
                found.append(DateMatch(match.start(), match.end(), value, match.group(), False))
    if not _may_hold_month_name(line):
        return found
    for pattern in (_DAY_MONTH_NAME_YEAR, _MONTH_NAME_DAY_YEAR, _YEAR_MONTH_NAME_DAY, _YEAR_DAY_MONTH_NAME):
        for match in pattern.finditer(line, timeout=REGEX_TIMEOUT_S):
            month = _MONTH_BY_FOLDED_NAME.get(_fold(match["month"]))
            if month is None:
                continue
            value = _make_date(expand_year(match["year"]), month, int(match["day"]))
            if value:
                end = _time_end(line, match.end())
                found.append(DateMatch(match.start(), end, value, line[match.start():end], False))
    return found


def _numeric_candidates(line: str, digits: int) -> list[_NumericCandidate]:
    if digits < _FEWEST_DIGITS_NUMERIC or not _repeats_a_separator(line):
        return []
    found = [
        _NumericCandidate(match.start(), match.end(), int(match["first"]), int(match["second"]),
                          expand_year(match["year"]))
        for match in _NUMERIC.finditer(line, timeout=REGEX_TIMEOUT_S)
        if _numeric_boundaries_ok(line, match.start(), match.end(), match["sep"])
    ]
    if ". " in line or ".\t" in line:
        found.extend(
            _NumericCandidate(match.start(), match.end(), int(match["first"]), int(match["second"]),
                              expand_year(match["year"]))
            for match in _NUMERIC_SPACED.finditer(line, timeout=REGEX_TIMEOUT_S)
            if _numeric_boundaries_ok(line, match.start(), match.end(), "."))
    return found


def _read_numeric(line: str, candidate: _NumericCandidate, locale: str | None, day_first: bool | None,
                  evidence: bool | None) -> DateMatch | None:
    first, second = candidate.first, candidate.second
    ambiguous = False
    if first > 12:
        day, month = first, second
    elif second > 12:
        month, day = first, second
    elif first == second:
        day = month = first
    else:
        if day_first is not None:
            use_day_first, ambiguous = day_first, True
        elif evidence is not None:
            use_day_first = evidence
        else:
            use_day_first, ambiguous = not _month_first_by_default(locale), True
        day, month = (first, second) if use_day_first else (second, first)
    value = _make_date(candidate.year, month, day)
    if value is None:
        return None
    end = _time_end(line, candidate.end)
    return DateMatch(candidate.start, end, value, line[candidate.start:end], ambiguous)


def _without_overlaps(matches: list[DateMatch]) -> list[DateMatch]:
    # Where two readings overlap, the one starting first wins, then the longer one.
    kept: list[DateMatch] = []
    for match in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and match.start < kept[-1].end:
            continue
        kept.append(match)
    return kept


def find_dates(text: str, locale: str | None = None, day_first: bool | None = None) -> list[DateMatch]:
    """Every date in `text`, with offsets into `text`, in reading order.

    `ambiguous` is True when day and month could be swapped and nothing in the text itself decided
    which is which (only `day_first`, the locale or the day-first default did). A numeric date whose
    day is above 12 anywhere in `text` decides the order for the others, since one document keeps
    one convention.
    """
    return _remembered_dates(text, locale, day_first)


def _find_dates(text: str, locale: str | None, day_first: bool | None) -> list[DateMatch]:
    lines: list[tuple[int, str, list[DateMatch], list[_NumericCandidate]]] = []
    line_start = 0
    for line in text.split("\n"):
        digits = digit_count(line)
        if not digits:
            line_start += len(line) + 1
            continue
        try:
            lines.append((line_start, line, _named_and_year_first_dates(line, digits),
                          _numeric_candidates(line, digits)))
        except TimeoutError:
            note_timeout()  # a pathological line yields nothing rather than stalling a batch
        line_start += len(line) + 1

    evidence = _orientation_evidence([c for *_, numeric in lines for c in numeric])
    found: list[DateMatch] = []
    for line_start, line, in_line, numeric in lines:
        try:
            read = [_read_numeric(line, c, locale, day_first, evidence) for c in numeric]
        except TimeoutError:
            note_timeout()
            read = []
        in_line = _without_overlaps(in_line + [m for m in read if m is not None])
        if not line_start:  # the first line's offsets are already the text's
            found.extend(in_line)
            continue
        found.extend(
            DateMatch(m.start + line_start, m.end + line_start, m.value, m.text, m.ambiguous) for m in in_line
        )
    return found


_remembered_dates = remember(_find_dates)

_WORD = regex.compile(r"\p{L}+")


def _only_filler(text: str) -> bool:
    if any(ch.isdigit() for ch in text):
        return False
    return all(_fold(word) in _FILLER_WORDS for word in _WORD.findall(text))


def parse_date(text: str, locale: str | None = None, day_first: bool | None = None) -> date | None:
    """The date `text` spells, or None when it does not spell exactly one date.

    A weekday or a time around the date is fine ("Tuesday, 21 August 2024", "21/08/2024 14:35");
    anything else around it is not.
    """
    if not text or not text.strip():
        return None
    cleaned = text.strip()
    matches = find_dates(cleaned, locale, day_first)
    if len(matches) != 1:
        return None
    match = matches[0]
    if not _only_filler(cleaned[:match.start] + " " + cleaned[match.end:]):
        return None
    return match.value
