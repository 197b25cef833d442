"""Currency tokens as real documents print them, resolved to ISO 4217 codes."""

import pytest

from engine.normalize.currencies import LOCALE_CURRENCY, find_currency, locale_country, resolve_currency

# (token, locale, expected)
RESOLVE_CASES = [
    ("USD", None, "USD"),
    ("usd", None, "USD"),
    ("Kes", None, "KES"),
    ("eur", "DE", "EUR"),
    ("$", None, "USD"),
    ("$", "US", "USD"),
    ("$", "en_US", "USD"),
    ("$", "CA", "CAD"),
    ("$", "fr_CA", "CAD"),
    ("$", "AU", "AUD"),
    ("$", "KE", "USD"),
    ("US$", None, "USD"),
    ("US$", "AU", "USD"),
    ("C$", None, "CAD"),
    ("A$", None, "AUD"),
    ("€", None, "EUR"),
    ("£", None, "GBP"),
    ("KSh", None, "KES"),
    ("Ksh", None, "KES"),
    ("KSH", None, "KES"),
    ("Kshs", None, "KES"),
    ("Kshs.", None, "KES"),
    ("Ksh.", None, "KES"),
    ("KES", None, "KES"),
    ("USh", None, "UGX"),
    ("Ushs", None, "UGX"),
    ("UGX", None, "UGX"),
    ("TSh", None, "TZS"),
    ("Tshs", None, "TZS"),
    ("TZS", None, "TZS"),
    ("RM", None, "MYR"),
    ("MYR", None, "MYR"),
    ("₹", None, "INR"),
    ("Rs", None, "INR"),
    ("Rs.", None, "INR"),
    ("RS.", None, "INR"),
    ("Rs", "PK", "PKR"),
    ("INR", None, "INR"),
    ("/=", None, "KES"),
    ("/=", "KE", "KES"),
    ("/=", "UG", "UGX"),
    ("/=", "TZ", "TZS"),
    ("/=", "en_UG", "UGX"),
    ("¥", None, "JPY"),
    ("¥", "CN", "CNY"),
    (" KES ", None, "KES"),
    # "K" before money is the kina ("K8,451.18"), or a kwacha where the country says so; the patterns
    # that find currencies take it only right before a figure with cents
    ("K", None, "PGK"),
    ("K", "ZM", "ZMW"),
    ("K", "MW", "MWK"),
]


@pytest.mark.parametrize(("token", "locale", "expected"), RESOLVE_CASES)
def test_resolve_currency(token, locale, expected):
    assert resolve_currency(token, locale) == expected


@pytest.mark.parametrize("token", ["", "  ", "XYZ", "Total", "dollars", "rm", "/", "=", "%", "k", "1,250"])
def test_resolve_currency_rejects_non_currencies(token):
    assert resolve_currency(token) is None


def test_locale_currency_defaults():
    assert LOCALE_CURRENCY["KE"] == "KES"
    assert LOCALE_CURRENCY["UG"] == "UGX"
    assert LOCALE_CURRENCY["TZ"] == "TZS"
    assert LOCALE_CURRENCY["US"] == "USD"
    assert LOCALE_CURRENCY["GB"] == "GBP"
    assert LOCALE_CURRENCY["IN"] == "INR"
    assert LOCALE_CURRENCY["MY"] == "MYR"
    for country in ("DE", "FR", "NL", "ES", "IT", "IE", "BE", "AT", "EU"):
        assert LOCALE_CURRENCY[country] == "EUR"


@pytest.mark.parametrize(("locale", "expected"), [
    ("KE", "KE"), ("en_KE", "KE"), ("en-KE", "KE"), ("de_DE.UTF-8", "DE"), ("de", "DE"), ("sw", "KE"),
    ("en", None), ("EU", "EU"), ("us", "US"), (None, None), ("", None), ("english", None),
])
def test_locale_country(locale, expected):
    assert locale_country(locale) == expected


def _found(text, locale=None):
    return [(text[m.start:m.end], m.code) for m in find_currency(text, locale)]


FIND_CASES = [
    ("Total KES 1,250.00", None, [("KES", "KES")]),
    ("Total Kshs. 1,250.00", None, [("Kshs.", "KES")]),
    ("Paid Ksh1,250", None, [("Ksh", "KES")]),
    ("Total 1,250/=", None, [("/=", "KES")]),
    ("Total 1,250/=", "UG", [("/=", "UGX")]),
    ("Jumla TSh 25,000", None, [("TSh", "TZS")]),
    ("Total $1,250.00 (US$ 1,250.00)", "CA", [("$", "CAD"), ("US$", "USD")]),
    ("Gesamt 1.250,00 €", "DE", [("€", "EUR")]),
    ("Total RM 9.00", None, [("RM", "MYR")]),
    ("Amount in Rs. 1,250", None, [("Rs.", "INR")]),
    ("₹ 12,50,000.00", None, [("₹", "INR")]),
    ("All amounts in USD", None, [("USD", "USD")]),
    ("ALL AMOUNTS IN GBP", None, [("GBP", "GBP")]),  # "ALL" (Albanian lek) only counts next to a number
    ("TRY 1,250.00", None, [("TRY", "TRY")]),
    ("Total Rp9.202.788,00", None, [("Rp", "IDR")]),
    ("Ödenecek Tutar 15.519,60 TL", None, [("TL", "TRY")]),
]


@pytest.mark.parametrize(("text", "locale", "expected"), FIND_CASES)
def test_find_currency(text, locale, expected):
    assert _found(text, locale) == expected


@pytest.mark.parametrize("text", [
    "FORMULA", "Room 12", "rm 12", "TOP SHOP", "SHP charges", "Kshsomething", "Pieces", "hello world",
    "DRUGS", "1,250.00", "CUSTOMER USDA",
    # an invoice number that opens with a currency's letters, a bearing's seal code, a lower-case "rp"
    "Fatura No: ARS2024000801544", "Rulman 6205-2RS", "rp 5",
])
def test_find_currency_ignores_words(text):
    assert find_currency(text) == []


def test_find_currency_offsets_span_lines():
    text = "Invoice\nTotal KES 1,250.00"
    [match] = find_currency(text)
    assert text[match.start:match.end] == "KES"


def test_the_koruna_zloty_and_leu_are_read_after_their_figures():
    assert [m.code for m in find_currency("Celkem k úhradě 30 071,62 Kč")] == ["CZK"]
    assert [m.code for m in find_currency("Do zapłaty: 1 054,42 zł")] == ["PLN"]
    assert [m.code for m in find_currency("Total de plată 4.042,15 lei")] == ["RON"]


def test_lei_before_a_figure_or_as_a_name_is_no_currency():
    # "Lei" is a given name, and "LEI50288" an invoice number.
    assert find_currency("Attn: Lei Zhang") == []
    assert find_currency("Invoice No LEI50288") == []
