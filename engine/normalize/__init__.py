"""Normalisation of what documents print: amounts, dates, currencies, invoice numbers and tax ids.

Pure functions with no I/O, shared by every tier: `parse_*` reads one value the caller has already
isolated; `find_*` finds every value of that kind in a line of text, with character offsets.
"""

from engine.normalize.amounts import (
    FORMAT_STYLES,
    Amount,
    AmountMatch,
    find_amounts,
    format_amount,
    parse_amount,
)
from engine.normalize.currencies import (
    ISO_CURRENCY_CODES,
    LOCALE_CURRENCY,
    CurrencyMatch,
    find_currency,
    locale_country,
    resolve_currency,
)
from engine.normalize.dates import DateMatch, find_dates, parse_date
from engine.normalize.identifiers import (
    TaxId,
    TaxIdMatch,
    find_tax_ids,
    gstin_check_character,
    invoice_ids_match,
    normalize_invoice_id,
    ocr_fix_digits,
    parse_tax_id,
)
from engine.normalize.textscan import clear_caches

__all__ = [
    "FORMAT_STYLES",
    "ISO_CURRENCY_CODES",
    "LOCALE_CURRENCY",
    "Amount",
    "AmountMatch",
    "CurrencyMatch",
    "DateMatch",
    "TaxId",
    "TaxIdMatch",
    "clear_caches",
    "find_amounts",
    "find_currency",
    "find_dates",
    "find_tax_ids",
    "format_amount",
    "gstin_check_character",
    "invoice_ids_match",
    "locale_country",
    "normalize_invoice_id",
    "ocr_fix_digits",
    "parse_amount",
    "parse_date",
    "parse_tax_id",
    "resolve_currency",
]
