"""Per-country printing conventions: date patterns, number style, currency marks, tax rates."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from corpus.holdout.money import fmt_date, fmt_money, fmt_number, fmt_qty

DATE_PATTERNS = {
    "US": ["mdy_slash", "month_d_y", "mon_d_y", "mdy_slash_nopad"],
    "GB": ["dmy_slash", "d_month_y", "ordinal_month_y", "dd_mon_yyyy", "d_mon_y"],
    "AU": ["dmy_slash", "d_mon_y", "d_month_y"],
    "NZ": ["dmy_slash", "d_mon_y", "d_month_y"],
    "DE": ["dmy_dot", "dmy_dot", "d_month_y_de"],
    "FR": ["dmy_slash", "dmy_slash", "d_month_y"],
    "NL": ["dmy_dash", "d_month_y", "dmy_slash"],
    "ES": ["dmy_slash", "d_month_y_es", "dmy_dash"],
    "KE": ["dmy_slash", "dd_mon_yyyy", "iso", "d_month_y"],
    "IN": ["dmy_dash", "dmy_slash", "dd_mon_yyyy", "dmy_dot"],
    "MY": ["dmy_slash", "dmy_dash", "dd_mon_yyyy"],
    "IT": ["dmy_slash", "dmy_slash", "dmy_dash", "dmy_dot"],
    "PL": ["iso", "dmy_dot", "dmy_dot"],
    "CA": ["iso", "month_d_y", "dmy_slash", "mon_d_y"],
    "ZA": ["iso", "dmy_slash", "ymd_slash", "d_month_y", "d_mon_y"],
}
LANG = {"US": "en", "GB": "en", "AU": "en", "NZ": "en", "DE": "de", "FR": "fr", "NL": "nl", "ES": "es",
        "KE": "en", "IN": "en", "MY": "en", "IT": "it", "PL": "pl", "CA": "en", "ZA": "en"}
# currency code, number style(s), (symbol, position) choices
CURRENCY = {
    "US": ("USD", ["en"], [("$", "pre")]),
    "GB": ("GBP", ["en"], [("£", "pre")]),
    "AU": ("AUD", ["en"], [("$", "pre")]),
    "NZ": ("NZD", ["en"], [("$", "pre")]),
    "DE": ("EUR", ["de"], [("€", "post_space"), ("EUR", "post_space")]),
    "FR": ("EUR", ["fr", "fr_nbsp"], [("€", "post_space")]),
    "NL": ("EUR", ["de"], [("€", "pre_space")]),
    "ES": ("EUR", ["es"], [("€", "post_space"), ("€", "post")]),
    "KE": ("KES", ["en"], [("KES", "pre_space"), ("Kshs", "pre_space"), ("KSh", "pre_space")]),
    "IN": ("INR", ["in"], [("₹", "pre"), ("Rs.", "pre_space"), ("INR", "pre_space")]),
    "MY": ("MYR", ["en"], [("RM", "pre"), ("RM", "pre_space")]),
    "IT": ("EUR", ["es"], [("€", "pre_space"), ("€", "post_space"), ("EUR", "pre_space")]),
    "PL": ("PLN", ["fr", "fr_nbsp"], [("zł", "post_space"), ("PLN", "post_space")]),
    "CA": ("CAD", ["en"], [("$", "pre"), ("CA$", "pre"), ("CAD", "pre_space")]),
    "ZA": ("ZAR", ["en", "space_dot"], [("R", "pre_space"), ("R", "pre")]),
}
VAT = {"GB": 20, "AU": 10, "NZ": 15, "DE": 19, "FR": 20, "NL": 21, "ES": 21, "KE": 16, "IN": 18, "MY": 8, "IT": 22, "PL": 23, "ZA": 15}


@dataclass
class Fmt:
    """One document's printing choices, drawn once so the whole page is consistent."""

    country: str
    currency: str
    number_style: str
    symbol: str
    position: str
    date_pattern: str
    lang: str

    @staticmethod
    def pick(rng: random.Random, country: str, *, date_pattern: str | None = None,
             symbol: tuple[str, str] | None = None) -> Fmt:
        code, styles, marks = CURRENCY[country]
        sym, pos = symbol or rng.choice(marks)
        return Fmt(country=country, currency=code, number_style=rng.choice(styles), symbol=sym, position=pos,
                   date_pattern=date_pattern or rng.choice(DATE_PATTERNS[country]), lang=LANG[country])

    def num(self, value: Decimal) -> str:
        return fmt_number(value, self.number_style)

    def money(self, value: Decimal) -> str:
        return fmt_money(value, self.number_style, self.symbol, self.position)

    def qty(self, value: Decimal | None) -> str:
        return fmt_qty(value, self.number_style)

    def date(self, value: date, pattern: str | None = None) -> str:
        return fmt_date(value, pattern or self.date_pattern, self.lang)
