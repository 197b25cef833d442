"""Dates as real documents print them: numeric orders, month names in six languages, times, round trips."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.normalize.dates import find_dates, parse_date

AUG_21 = date(2024, 8, 21)

# (text, locale, expected)
PARSE_CASES = [
    ("21/08/2024", None, AUG_21),
    ("21.08.2024", "DE", AUG_21),
    ("21-08-24", None, AUG_21),
    ("21/8/2024", "KE", AUG_21),
    ("08/21/2024", "US", AUG_21),
    ("08/21/2024", None, AUG_21),  # 21 cannot be a month, whatever the locale
    ("21/08/2024", "US", AUG_21),
    ("2024-08-21", None, AUG_21),
    ("2024/08/21", "US", AUG_21),
    ("2024.08.21", None, AUG_21),
    ("21 Aug 2024", None, AUG_21),
    ("21 Aug. 2024", None, AUG_21),
    ("21-Aug-24", None, AUG_21),
    ("August 21, 2024", None, AUG_21),
    ("Aug 21st, 2024", None, AUG_21),
    ("21st August 2024", None, AUG_21),
    ("the 21st of August 2024", None, AUG_21),
    ("21-AUG-2024", None, AUG_21),
    ("21/AUG/2024", None, AUG_21),
    ("21AUG2024", None, AUG_21),
    ("2024-Aug-21", None, AUG_21),
    ("21 août 2024", "FR", AUG_21),
    ("21 aout 2024", None, AUG_21),
    ("1er janvier 2024", "FR", date(2024, 1, 1)),
    ("3 févr. 2024", "FR", date(2024, 2, 3)),
    ("21. März 2024", "DE", date(2024, 3, 21)),
    ("21. Maerz 2024", None, date(2024, 3, 21)),
    ("21. MÄRZ 2024", None, date(2024, 3, 21)),
    ("3. Okt. 2024", "DE", date(2024, 10, 3)),
    ("21 maart 2024", "NL", date(2024, 3, 21)),
    ("21 mrt 2024", "NL", date(2024, 3, 21)),
    ("21 de agosto de 2024", "ES", AUG_21),
    ("3 de enero del 2024", "ES", date(2024, 1, 3)),
    ("21 Agosti 2024", "KE", AUG_21),
    ("5 Desemba 2024", None, date(2024, 12, 5)),
    ("Sept 3 2024", None, date(2024, 9, 3)),
    ("Sept. 3, 2024", None, date(2024, 9, 3)),
    ("Tuesday, 21 August 2024", None, AUG_21),
    ("Wednesday, August 21, 2024", "US", AUG_21),
    ("21/08/2024 14:35", None, AUG_21),
    ("21/08/2024 02:35:10 PM", None, AUG_21),
    ("2024-08-21T10:30:00Z", None, AUG_21),
    ("2024-08-21 10:30:00+03:00", None, AUG_21),
    ("21 Aug 2024, 14:35", None, AUG_21),
    # two-digit years pivot at 70
    ("21/08/69", None, date(2069, 8, 21)),
    ("21/08/70", None, date(1970, 8, 21)),
    ("01-01-00", None, date(2000, 1, 1)),
    ("31/12/99", None, date(1999, 12, 31)),
    # ambiguous: the locale or day_first decides
    ("03/04/2024", None, date(2024, 4, 3)),
    ("03/04/2024", "KE", date(2024, 4, 3)),
    ("03/04/2024", "GB", date(2024, 4, 3)),
    ("03/04/2024", "US", date(2024, 3, 4)),
    ("03/04/2024", "en_US", date(2024, 3, 4)),
    ("05/05/2024", "US", date(2024, 5, 5)),
    ("29/02/2024", None, date(2024, 2, 29)),
]


@pytest.mark.parametrize(("text", "locale", "expected"), PARSE_CASES)
def test_parse_date_spellings(text, locale, expected):
    assert parse_date(text, locale) == expected


def test_day_first_argument_overrides_the_locale():
    assert parse_date("03/04/2024", "US", day_first=True) == date(2024, 4, 3)
    assert parse_date("03/04/2024", "KE", day_first=False) == date(2024, 3, 4)
    assert parse_date("13/04/2024", "KE", day_first=False) == date(2024, 4, 13)  # 13 is no month


NOT_DATES = [
    "", "  ", "hello", "31/02/2024", "30/02/2024", "29/02/2023", "32/01/2024", "13/13/2024", "00/01/2024",
    "21/08/1969", "21/08/2100", "1969-12-31", "2024-13-01", "21/08", "Aug 2024", "21 Foo 2024",
    "1,250.00", "1.250.000", "12.50", "+254 722 123 456", "INV-21-08-24", "Invoice date 21/08/2024",
    "21/08/2024 and 22/08/2024", "2024", "20240821",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_parse_date_rejects_non_dates(text):
    assert parse_date(text) is None


def _found(text, locale=None):
    return [(text[m.start:m.end], m.value, m.ambiguous) for m in find_dates(text, locale)]


FIND_CASES = [
    ("Invoice date: 21/08/2024 Due: 20/09/2024", None,
     [("21/08/2024", AUG_21, False), ("20/09/2024", date(2024, 9, 20), False)]),
    ("Date 03/04/2024", None, [("03/04/2024", date(2024, 4, 3), True)]),
    ("Date 03/04/2024", "US", [("03/04/2024", date(2024, 3, 4), True)]),
    # an unambiguous date in the same text settles the order of the others
    ("Issued 03/04/2024 due 25/04/2024", "US",
     [("03/04/2024", date(2024, 4, 3), False), ("25/04/2024", date(2024, 4, 25), False)]),
    ("Issued 04/03/2024 due 04/25/2024", None,
     [("04/03/2024", date(2024, 4, 3), False), ("04/25/2024", date(2024, 4, 25), False)]),
    ("Period 01/08/2024-31/08/2024", None,
     [("01/08/2024", date(2024, 8, 1), False), ("31/08/2024", date(2024, 8, 31), False)]),
    ("Printed 21/08/2024 14:35 by clerk", None, [("21/08/2024 14:35", AUG_21, False)]),
    ("Created 2024-08-21T10:30:00Z", None, [("2024-08-21T10:30:00Z", AUG_21, False)]),
    ("Receipt 21/08/2024 02:35:10 PM", None, [("21/08/2024 02:35:10 PM", AUG_21, False)]),
    ("Le 21 août 2024 à Paris", "FR", [("21 août 2024", AUG_21, False)]),
    ("Datum: 21. März 2024", "DE", [("21. März 2024", date(2024, 3, 21), False)]),
    ("Fecha: 21 de agosto de 2024", "ES", [("21 de agosto de 2024", AUG_21, False)]),
    ("Tarehe 21 Agosti 2024", None, [("21 Agosti 2024", AUG_21, False)]),
    ("Due on August 21, 2024.", None, [("August 21, 2024", AUG_21, False)]),
    ("Total 1,250.00 paid 21.08.2024", None, [("21.08.2024", AUG_21, False)]),
    # Czech and Slovak: day and month as ordinals, a space after each dot; month names in the genitive
    ("Datum vystavení: 27. 3. 2025", None, [("27. 3. 2025", date(2025, 3, 27), False)]),
    ("Datum splatnosti: 9. 9. 2024", None, [("9. 9. 2024", date(2024, 9, 9), False)]),
    ("Praha, 12. března 2024", None, [("12. března 2024", date(2024, 3, 12), False)]),
    ("Bratislava 15. júna 2023", None, [("15. júna 2023", date(2023, 6, 15), False)]),
    # Romanian
    ("Data (ziua, luna, anul): 30 iulie 2024", None, [("30 iulie 2024", date(2024, 7, 30), False)]),
]


@pytest.mark.parametrize(("text", "locale", "expected"), FIND_CASES)
def test_find_dates(text, locale, expected):
    assert _found(text, locale) == expected


NO_DATES_IN_LINE = [
    "Total 1,250.00",
    "Total 1.250.000,00",
    "Tel +254 722 123 456",
    "Invoice INV-2024-08-21",
    "Ref INV-21-08-24",
    "Terms 2/10 Net 30",
    "Qty 12.08 kg",
    "Version 1.21.08.2024",
    "Steps 1. 2. 3",  # a list's numbers, no four-digit year
]


@pytest.mark.parametrize("text", NO_DATES_IN_LINE)
def test_find_dates_skips_numbers_that_are_not_dates(text):
    assert find_dates(text) == []


def test_find_dates_offsets_span_lines():
    text = "Invoice 123\nDate: 21 Aug 2024"
    [match] = find_dates(text)
    assert text[match.start:match.end] == "21 Aug 2024" == match.text


# Month names the property test prints, one per language.
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "sw": ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba",
           "Novemba", "Desemba"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "ms": ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober",
           "November", "Disember"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
           "Kasım", "Aralık"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
}


def _english_ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _format(value: date, style: str, ordinal: bool) -> tuple[str, str | None]:
    """`value` printed in `style`, and the locale a reader of that text would assume."""
    d, m, y = value.day, value.month, value.year
    if style == "iso":
        return value.isoformat(), None
    if style == "de_numeric":
        return f"{d:02d}.{m:02d}.{y}", "DE"
    if style == "ke_numeric":
        return f"{d:02d}/{m:02d}/{y}", "KE"
    if style == "us_numeric":
        return f"{m:02d}/{d:02d}/{y}", "US"
    if style == "en_month_first":
        return f"{MONTHS['en'][m - 1]} {_english_ordinal(d) if ordinal else d}, {y}", "US"
    if style == "en_abbreviated":
        return f"{d:02d}-{MONTHS['en'][m - 1][:3].upper()}-{y}", None
    language = style
    month = MONTHS[language][m - 1]
    if language == "en":
        return f"{_english_ordinal(d) if ordinal else d} {month} {y}", "GB"
    if language == "fr":
        return f"{'1er' if ordinal and d == 1 else d} {month} {y}", "FR"
    if language == "de":
        return f"{d}{'.' if ordinal else ''} {month} {y}", "DE"
    if language in ("es", "pt"):
        return f"{d} de {month} de {y}", language.upper()
    return f"{d} {month} {y}", {"nl": "NL", "sw": "KE", "it": "IT", "ms": "MY", "id": "ID", "tr": "TR", "pl": "PL",
                                  "sv": "SE"}[language]


DATE_STYLES = ["iso", "de_numeric", "ke_numeric", "us_numeric", "en_month_first", "en_abbreviated",
               *MONTHS]


@settings(deadline=None)
@given(value=st.dates(min_value=date(1970, 1, 1), max_value=date(2099, 12, 31)),
       style=st.sampled_from(DATE_STYLES), ordinal=st.booleans())
def test_format_then_parse_round_trips(value, style, ordinal):
    text, locale = _format(value, style, ordinal)
    assert parse_date(text, locale) == value, text
    [match] = find_dates(f"Date: {text} Total 1,250.00", locale)
    assert match.value == value
    assert match.text == text


@settings(deadline=None)
@given(value=st.dates(min_value=date(1970, 1, 1), max_value=date(2099, 12, 31)))
def test_two_digit_years_follow_the_pivot(value):
    two_digits = value.year % 100
    pivoted_year = 1900 + two_digits if two_digits >= 70 else 2000 + two_digits
    text = f"{value.day:02d}/{value.month:02d}/{two_digits:02d}"
    assert parse_date(text, "KE") == value.replace(year=pivoted_year)
