"""Amounts as real documents print them: table tests of spellings, negatives, and round-trip properties."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.normalize.amounts import FORMAT_STYLES, Amount, find_amounts, format_amount, parse_amount

# (text, locale, value, currency, has_decimals)
PARSE_CASES = [
    ("1,250.00", None, "1250.00", None, True),
    ("1.250,00", None, "1250.00", None, True),
    ("1 250,00", None, "1250.00", None, True),
    ("1'250.00", None, "1250.00", None, True),
    ("1’250.00", None, "1250.00", None, True),
    ("1\u00a0250,00", "FR", "1250.00", None, True),
    ("KES 1,250/=", None, "1250", "KES", False),
    ("1,250/=", "UG", "1250", "UGX", False),
    ("1,250/=", "TZ", "1250", "TZS", False),
    ("Ksh1,250", None, "1250", "KES", False),
    ("Kshs. 1,250.50", None, "1250.50", "KES", True),
    ("1,250.00 KES", None, "1250.00", "KES", True),
    ("(1,250.00)", None, "-1250.00", None, True),
    ("(KES 1,250.00)", None, "-1250.00", "KES", True),
    ("KES (1,250.00)", None, "-1250.00", "KES", True),
    ("1,250.00-", None, "-1250.00", None, True),
    ("1,250.00 CR", None, "-1250.00", None, True),
    ("1,250.00 Cr.", None, "-1250.00", None, True),
    ("1,250.00 DR", None, "1250.00", None, True),
    ("-1,250.00", None, "-1250.00", None, True),
    ("\u22121,250.00", None, "-1250.00", None, True),
    ("KES -1,250.00", None, "-1250.00", "KES", True),
    ("-$1,250.00", None, "-1250.00", "USD", True),
    ("UGX 1,250,000", None, "1250000", "UGX", False),
    ("USh 1,250,000", None, "1250000", "UGX", False),
    ("TSh 25,000", None, "25000", "TZS", False),
    ("RM 9.00", None, "9.00", "MYR", True),
    ("RM9.00", None, "9.00", "MYR", True),
    ("$1,250.00", None, "1250.00", "USD", True),
    ("$1,250.00", "CA", "1250.00", "CAD", True),
    ("$1,250.00", "AU", "1250.00", "AUD", True),
    ("US$ 1,250.00", "CA", "1250.00", "USD", True),
    ("€ 1.250,00", None, "1250.00", "EUR", True),
    ("1.250,00 €", None, "1250.00", "EUR", True),
    ("£1,250.00", None, "1250.00", "GBP", True),
    ("₹ 12,50,000.00", None, "1250000.00", "INR", True),
    ("Rs. 1,250", None, "1250", "INR", False),
    ("INR 1,00,000", None, "100000", "INR", False),
    ("1250", None, "1250", None, False),
    ("9.00", None, "9.00", None, True),
    ("0.50", None, "0.50", None, True),
    ("0", None, "0", None, False),
    ("1,000,000.00", None, "1000000.00", None, True),
    ("1.000.000,00", None, "1000000.00", None, True),
    ("1 000 000", None, "1000000", None, False),
    ("1250.5", None, "1250.5", None, True),
    # OCR stray spaces
    ("1,25 0.00", None, "1250.00", None, True),
    ("1 250.00", None, "1250.00", None, True),
    ("12 .50", None, "12.50", None, True),
    ("1,250 .00", None, "1250.00", None, True),
    # Ambiguous single separators
    ("1,250", None, "1250", None, False),
    ("1,250", "KE", "1250", None, False),
    ("1,250", "en_US", "1250", None, False),
    ("1,250", "DE", "1.250", None, True),
    ("1,25", None, "1.25", None, True),
    ("1,25", "DE", "1.25", None, True),
    ("1.250", None, "1.250", None, True),
    ("1.250", "KE", "1.250", None, True),
    ("1.250", "DE", "1250", None, False),
    ("1.250", "FR", "1250", None, False),
    ("1.250", "NL", "1250", None, False),
    ("1.250", "ES", "1250", None, False),
    ("1.250", "IT", "1250", None, False),
    ("1.250", "EU", "1250", None, False),
    ("1.250", "de_DE", "1250", None, False),
    ("1.250", "de", "1250", None, False),
    ("€1.250", None, "1250", "EUR", False),  # a euro price has two decimals, never three
    ("KWD 1.250", None, "1.250", "KWD", True),  # a dinar price has three
    ("0.250", "DE", "0.250", None, True),  # a leading 0 is never a thousands group
    ("1250.000", "DE", "1250.000", None, True),  # four digits before: not a thousands group
]


@pytest.mark.parametrize(("text", "locale", "value", "currency", "has_decimals"), PARSE_CASES)
def test_parse_amount_spellings(text, locale, value, currency, has_decimals):
    amount = parse_amount(text, locale)
    assert amount == Amount(Decimal(value), currency, text, has_decimals)


NOT_AMOUNTS = [
    "", "   ", "abc", "Total", "12/08/2024", "2024-08-21", "21.08.2024", "21 Aug 2024", "+254 722 123 456",
    "0722 123 456", "16%", "16 %", "INV-2024-001", "0123456789012", "1234567890123", "14:35", "1,,250.00",
    "1.250.00", "1,250,00.00", "12 50", "USD", "$", "1,250.00 USD EUR", "$1,250.00 EUR", "(1,250.00",
    "1,250.00)", "1.2.3", "P051234567M", "#12345", "1,250.00 5", "0012",
]


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_parse_amount_rejects_non_amounts(text):
    assert parse_amount(text) is None


def _found(text, locale=None):
    return [(text[m.start:m.end], m.amount.value, m.amount.currency, m.amount.has_decimals)
            for m in find_amounts(text, locale)]


FIND_CASES = [
    ("Total: KES 1,250.00", None, [("KES 1,250.00", Decimal("1250.00"), "KES", True)]),
    ("Total due 1,250.00 KES", None, [("1,250.00 KES", Decimal("1250.00"), "KES", True)]),
    ("Balance (1,250.00)", None, [("(1,250.00)", Decimal("-1250.00"), None, True)]),
    ("Credit 1,250.00-", None, [("1,250.00-", Decimal("-1250.00"), None, True)]),
    ("Credit 1,250.00 CR", None, [("1,250.00 CR", Decimal("-1250.00"), None, True)]),
    ("Cash sale KES 1,250/= only", None, [("KES 1,250/=", Decimal("1250"), "KES", False)]),
    ("Paid Ksh1,250 by M-Pesa", None, [("Ksh1,250", Decimal("1250"), "KES", False)]),
    ("Gesamt € 1.250,00", "DE", [("€ 1.250,00", Decimal("1250.00"), "EUR", True)]),
    ("Total 1 250,00 €", "FR", [("1 250,00 €", Decimal("1250.00"), "EUR", True)]),
    ("Total: 1 250.00", None, [("1 250.00", Decimal("1250.00"), None, True)]),
    ("KES 1 250.00", None, [("KES 1 250.00", Decimal("1250.00"), "KES", True)]),
    ("Amount 1,25 0.00", None, [("1,25 0.00", Decimal("1250.00"), None, True)]),
    ("Amount 12 .50", None, [("12 .50", Decimal("12.50"), None, True)]),
    ("Total RM 9.00", None, [("RM 9.00", Decimal("9.00"), "MYR", True)]),
    ("UGX 1,250,000", None, [("UGX 1,250,000", Decimal("1250000"), "UGX", False)]),
    ("Qty 1250", None, [("1250", Decimal("1250"), None, False)]),
    # a table row: quantity, unit price, line total are three amounts, not one
    ("Product A 10 100.00 1,000.00", None, [("10", Decimal("10"), None, False),
                                            ("100.00", Decimal("100.00"), None, True),
                                            ("1,000.00", Decimal("1000.00"), None, True)]),
    ("Subtotal 1,050.00 VAT 16% 200.00 Total 1,250.00", None, [("1,050.00", Decimal("1050.00"), None, True),
                                                              ("200.00", Decimal("200.00"), None, True),
                                                              ("1,250.00", Decimal("1250.00"), None, True)]),
    ("Date 21 Aug 2024 Total $1,250.00", None, [("$1,250.00", Decimal("1250.00"), "USD", True)]),
    ("Paid 21/08/2024 14:35 amount 9.00", None, [("9.00", Decimal("9.00"), None, True)]),
    ("1,250.00 USD 300.00 EUR", None, [("1,250.00 USD", Decimal("1250.00"), "USD", True),
                                       ("300.00 EUR", Decimal("300.00"), "EUR", True)]),
    ("USD 1,250.00 USD 300.00", None, [("USD 1,250.00", Decimal("1250.00"), "USD", True),
                                       ("USD 300.00", Decimal("300.00"), "USD", True)]),
    ("$5 £7.50", None, [("$5", Decimal("5"), "USD", False), ("£7.50", Decimal("7.50"), "GBP", True)]),
    ("Tel 0722123456 Total 1,250.00", None, [("1,250.00", Decimal("1250.00"), None, True)]),
    ("Total: 1.250", "DE", [("1.250", Decimal("1250"), None, False)]),
    ("Total: 1.250", None, [("1.250", Decimal("1.250"), None, True)]),
]


@pytest.mark.parametrize(("text", "locale", "expected"), FIND_CASES)
def test_find_amounts(text, locale, expected):
    assert _found(text, locale) == expected


NO_AMOUNTS_IN_LINE = [
    "Invoice INV-2024-001",
    "Account 0123456789012",
    "Account 1234567890123",
    "Tel: +254 722 123 456",
    "Phone 0722 123 456",
    "Fax: 020 7946 0958",
    "VAT 16%",
    "Date 12/08/2024",
    "Issued 2024-08-21T10:30:00Z",
    "at 14:35",
    "21.08.2024",
    "Ref #12345",
    "No.12345",
    "PIN P051234567M",
    "Net weight 10kg",
    "ISO9001 certified",
    "Terms 2/10",
]


@pytest.mark.parametrize("text", NO_AMOUNTS_IN_LINE)
def test_find_amounts_skips_numbers_that_are_not_amounts(text):
    assert _found(text) == []


def test_find_amounts_offsets_span_lines():
    text = "Subtotal 1,050.00\nTotal KES 1,250.00"
    matches = find_amounts(text)
    assert [text[m.start:m.end] for m in matches] == ["1,050.00", "KES 1,250.00"]
    assert [m.amount.text for m in matches] == ["1,050.00", "KES 1,250.00"]


def test_format_amount_styles():
    value = Decimal("-1234567.5")
    assert format_amount(value, "en") == "-1,234,567.50"
    assert format_amount(value, "eu") == "-1.234.567,50"
    assert format_amount(value, "space") == "-1 234 567,50"
    assert format_amount(value, "swiss") == "-1'234'567.50"
    assert format_amount(value, "indian") == "-12,34,567.50"
    assert format_amount(value, "paren_negative") == "(1,234,567.50)"
    assert format_amount(value, "trailing_minus") == "1,234,567.50-"
    assert format_amount(value, "cr_suffix") == "1,234,567.50 CR"
    assert format_amount(Decimal("1250"), "ke_slash") == "KES 1,250/="
    with pytest.raises(ValueError):
        format_amount(value, "roman")


amounts_2dp = st.decimals(min_value=Decimal("-1000000000"), max_value=Decimal("1000000000"), places=2,
                          allow_nan=False, allow_infinity=False)


@settings(deadline=None)
@given(value=amounts_2dp, style=st.sampled_from(FORMAT_STYLES))
def test_format_then_parse_round_trips(value, style):
    text = format_amount(value, style)
    parsed = parse_amount(text)
    assert parsed is not None, text
    assert parsed.value == value, text


@settings(deadline=None)
@given(value=amounts_2dp, style=st.sampled_from(FORMAT_STYLES))
def test_format_then_find_in_a_line_round_trips(value, style):
    amount_text = format_amount(value, style)
    line = f"Total due: {amount_text}"
    matches = find_amounts(line)
    assert [m.amount.value for m in matches] == [value], line
    assert line[matches[0].start:matches[0].end] == amount_text
