"""Numbers, money and dates as real issuers print them (written independently of corpus/generator)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    # Polish dates print the month in the genitive: "5 marca 2024"
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
    "sw": ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba",
           "Oktoba", "Novemba", "Desemba"],
    # the eighth set's Indonesian and Turkish prints
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
           "Oktober", "November", "Desember"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
           "Ekim", "Kasım", "Aralık"],
    # the ninth set's Austrian prints ("15. Jänner 2024")
    "at": ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    # the tenth set's Czech (genitive: "15. března 2024") and Romanian ("15 martie 2024") prints
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září",
           "října", "listopadu", "prosince"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"],
}


def money(value: float | int | str | Decimal) -> Decimal:
    """A Decimal rounded half-up to cents (how invoicing systems round)."""
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def as_float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _group(digits: str, sep: str, lakh: bool = False) -> str:
    if not sep:
        return digits
    if lakh and len(digits) > 3:
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


# style -> (thousands separator, decimal mark, lakh grouping)
NUMBER_STYLES: dict[str, tuple[str, str, bool]] = {
    "en": (",", ".", False),        # 1,234.56
    "plain": ("", ".", False),      # 1234.56
    "de": (".", ",", False),        # 1.234,56
    "fr": (" ", ",", False),        # 1 234,56
    "fr_nbsp": ("\u00a0", ",", False),
    "es": (".", ",", False),
    "in": (",", ".", True),         # 1,23,456.78
    "ch": ("'", ".", False),        # 1'234.56
    "space_dot": (" ", ".", False),  # 1 234.56 (South Africa)
}


def fmt_number(value: Decimal | float | int, style: str = "en", decimals: int = 2) -> str:
    """An unsigned-looking amount in a locale's grouping; a leading minus for negatives."""
    sep, mark, lakh = NUMBER_STYLES[style]
    quantum = Decimal(1).scaleb(-decimals) if decimals else Decimal(1)
    d = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    negative = d < 0
    text = f"{abs(d):.{decimals}f}"
    whole, _, frac = text.partition(".")
    out = _group(whole, sep, lakh) + (mark + frac if decimals else "")
    return "-" + out if negative else out


def fmt_qty(value: Decimal | None, style: str = "en") -> str:
    """Quantities print without trailing zeros: 3, 2.5, 0.75 (with the locale's decimal mark)."""
    if value is None:
        return ""
    d = Decimal(str(value))
    if d == d.to_integral_value():
        return str(int(d))
    text = format(d.normalize(), "f")
    return text.replace(".", NUMBER_STYLES[style][1])


def fmt_money(value: Decimal, style: str, symbol: str, position: str) -> str:
    """`position`: pre ($1.00), pre_space (KES 1.00), post (1,00€), post_space (1,00 €)."""
    number = fmt_number(abs(value), style)
    sign = "-" if value < 0 else ""
    if position == "pre":
        return f"{sign}{symbol}{number}"
    if position == "pre_space":
        return f"{sign}{symbol} {number}"
    if position == "post":
        return f"{sign}{number}{symbol}"
    if position == "post_space":
        return f"{sign}{number} {symbol}"
    if position == "none":
        return f"{sign}{number}"
    raise ValueError(position)


def ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def fmt_date(d: date, pattern: str, lang: str = "en") -> str:
    """A date in one of the printed conventions; `lang` picks month names."""
    months = MONTHS.get(lang, MONTHS["en"])
    month, abbr = months[d.month - 1], months[d.month - 1][:3]
    patterns = {
        "dmy_slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "mdy_slash": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "mdy_slash_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "mdy_slash_nopad": f"{d.month}/{d.day}/{d.year}",
        "dmy_dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dmy_dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "iso": d.isoformat(),
        "ymd_slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "d_mon_y": f"{d.day} {abbr} {d.year}",
        "dd_mon_yyyy": f"{d.day:02d}-{abbr}-{d.year}",
        "dd_mon_yy": f"{d.day:02d}-{abbr.upper()}-{d.year % 100:02d}",
        "mon_d_y": f"{abbr} {d.day}, {d.year}",
        "month_d_y": f"{month} {d.day}, {d.year}",
        "d_month_y": f"{d.day} {month} {d.year}",
        "d_month_y_de": f"{d.day}. {month} {d.year}",
        "d_month_y_es": f"{d.day} de {month} de {d.year}",
        "ordinal_month_y": f"{ordinal(d.day)} {month} {d.year}",
        "ordinal_mon_y": f"{ordinal(d.day)} {abbr} {d.year}",
        # the tenth set's: Czech "15. 3. 2024", card-terminal "03/15/24" and "15/03/24"
        "d_m_y_cz": f"{d.day}. {d.month}. {d.year}",
        "mdy_slash_yy": f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}",
        "dmy_slash_yy": f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
    }
    if lang == "fr" and pattern == "d_month_y" and d.day == 1:
        return f"1er {month} {d.year}"
    return patterns[pattern]


def random_date(rng: random.Random, start: date = date(2023, 1, 1), days: int = 900) -> date:
    return start + timedelta(days=rng.randrange(days))


def split_amount(rng: random.Random, total: Decimal, parts: int) -> list[Decimal]:
    """`total` split in `parts` positive cent amounts that add up exactly."""
    cents = int(total * 100)
    cuts = sorted(rng.sample(range(1, cents), parts - 1)) if parts > 1 else []
    bounds = [0, *cuts, cents]
    return [Decimal(bounds[i + 1] - bounds[i]) / 100 for i in range(parts)]


_ONES = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
         "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
_TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def _below_100(n: int) -> str:
    return _ONES[n] if n < 20 else (_TENS[n // 10] + (" " + _ONES[n % 10] if n % 10 else ""))


def _below_1000(n: int) -> str:
    parts = []
    if n >= 100:
        parts.append(f"{_ONES[n // 100]} Hundred")
    if n % 100:
        parts.append(_below_100(n % 100))
    return " ".join(parts)


def words_indian(value: Decimal) -> str:
    """'Rupees One Lakh Twenty Three Thousand ... and Forty Paise Only' (crore/lakh/thousand)."""
    rupees = int(value)
    paise = int((value - rupees) * 100)
    parts = []
    for size, name in ((10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand")):
        if rupees >= size:
            parts.append(f"{_below_1000(rupees // size)} {name}")
            rupees %= size
    if rupees:
        parts.append(_below_1000(rupees))
    text = "Rupees " + (" ".join(parts) or "Zero")
    if paise:
        text += f" and {_below_100(paise)} Paise"
    return text + " Only"


def words_english(value: Decimal, unit: str = "Dollars", cents: str = "Cents") -> str:
    whole = int(value)
    frac = int((value - whole) * 100)
    parts = []
    for size, name in ((10**9, "Billion"), (10**6, "Million"), (1000, "Thousand")):
        if whole >= size:
            parts.append(f"{_below_1000(whole // size)} {name}")
            whole %= size
    if whole:
        parts.append(_below_1000(whole))
    return f"{' '.join(parts) or 'Zero'} {unit} and {frac:02d}/100" if cents == "fraction" else \
        f"{' '.join(parts) or 'Zero'} {unit}" + (f" and {_below_100(frac)} {cents}" if frac else "") + " Only"
