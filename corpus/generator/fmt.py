"""Number, money and date formatting in the ways real documents print them.

All money is handled as integer minor units ("cents") so that printed values and truth values can
never drift apart; `to_float` is the only bridge to the truth's JSON numbers.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "sw": ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba",
           "Oktoba", "Novemba", "Desemba"],
}


def to_float(cents: int) -> float:
    return round(cents / 100.0, 2)


def round_cents(value: Decimal, unit: int = 1) -> int:
    """Round a Decimal number of cents half-up to a multiple of `unit` cents."""
    q = (value / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(q) * unit


def group_digits(digits: str, sep: str, indian: bool = False) -> str:
    if not sep or len(digits) <= 3:
        return digits
    if indian:
        head, tail = digits[:-3], digits[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        return sep.join(parts + [tail])
    parts = []
    while len(digits) > 3:
        parts.insert(0, digits[-3:])
        digits = digits[:-3]
    parts.insert(0, digits)
    return sep.join(parts)


def format_number(cents: int, decimals: int = 2, thousands: str = ",", decimal: str = ".",
                  indian: bool = False) -> str:
    """Format abs(cents) (sign is the caller's business)."""
    cents = abs(int(cents))
    units, frac = divmod(cents, 100)
    s = group_digits(str(units), thousands, indian)
    if decimals:
        s += decimal + f"{frac:02d}"
    return s


def format_qty(q: Decimal, decimal: str = ".") -> str:
    if q == q.to_integral_value():
        return str(int(q))
    s = f"{q.normalize():f}"
    return s.replace(".", decimal)


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def format_date(d: dt.date, pattern: str, lang: str = "en") -> str:
    """Patterns use tokens: {d} {dd} {do} {m} {mm} {B} {b} {Y} {y}."""
    months = MONTHS.get(lang, MONTHS["en"])
    day = str(d.day)
    if lang == "fr" and d.day == 1 and "{d} {B}" in pattern:
        day = "1er"
    return pattern.format(
        d=day, dd=f"{d.day:02d}", do=ordinal(d.day), m=str(d.month), mm=f"{d.month:02d}",
        B=months[d.month - 1], b=MONTHS["en"][d.month - 1][:3], Y=str(d.year), y=f"{d.year % 100:02d}",
    )


_ONES = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
         "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
_TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def _below_thousand(n: int) -> str:
    words = []
    if n >= 100:
        words.append(_ONES[n // 100] + " Hundred")
        n %= 100
        if n:
            words.append("and")
    if n >= 20:
        words.append(_TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else ""))
    elif n:
        words.append(_ONES[n])
    return " ".join(words)


def number_to_words(n: int, indian: bool = False) -> str:
    if n == 0:
        return "Zero"
    if indian:
        scales = [(10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand")]
    else:
        scales = [(10**9, "Billion"), (10**6, "Million"), (1000, "Thousand")]
    words = []
    for size, name in scales:
        if n >= size:
            words.append(number_to_words(n // size, indian) + " " + name)
            n %= size
    if n:
        words.append(_below_thousand(n))
    return " ".join(words)


def amount_in_words(cents: int, major: str, minor: str | None, indian: bool = False,
                    style: str = "prefix") -> str:
    """prefix: "Kenya Shillings Twelve Thousand ... Only" (East Africa, India);
    suffix: "Twelve Thousand ... Dollars and 54/100" (US) / "... Pounds and Four Pence" (UK)."""
    units, frac = divmod(abs(cents), 100)
    if style == "suffix":
        s = f"{number_to_words(units, indian)} {major}"
        if frac and minor:
            s += f" and {frac:02d}/100" if major == "Dollars" else f" and {number_to_words(frac)} {minor}"
        return s + (" Only" if major != "Dollars" else "")
    s = f"{major} {number_to_words(units, indian)}"
    if frac and minor:
        s += f" and {minor} {number_to_words(frac, indian)}"
    return s + " Only"
