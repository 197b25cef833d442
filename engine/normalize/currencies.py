"""Currency tokens (ISO codes, symbols, local spellings) resolved to ISO 4217 codes.

Invoices rarely print a clean ISO code: Kenyan documents say "KSh", "Kshs." or end an amount with
"/="; Malaysian receipts say "RM"; "$" is a US, Canadian or Australian dollar depending on where the
document comes from. Every spelling below was seen on real AR documents.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from engine.normalize.textscan import note_timeout, remember

REGEX_TIMEOUT_S = 0.05  # per line; a line that needs longer is pathological, not a document

# The default currency of a document from each country (or "EU" for a euro document of unknown country).
LOCALE_CURRENCY: dict[str, str] = {
    "KE": "KES", "UG": "UGX", "TZ": "TZS", "RW": "RWF", "US": "USD", "GB": "GBP", "IN": "INR",
    "MY": "MYR", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "ZA": "ZAR", "NG": "NGN",
    "CH": "CHF",
    "DE": "EUR", "FR": "EUR", "NL": "EUR", "ES": "EUR", "IT": "EUR", "IE": "EUR", "BE": "EUR",
    "AT": "EUR", "PT": "EUR", "FI": "EUR", "LU": "EUR", "GR": "EUR", "EU": "EUR",
}

# Language-only locale codes ("de", "sw") name the country whose conventions a document most likely
# follows; English says nothing about the country.
_LANGUAGE_COUNTRY = {"de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "pt": "PT",
                     "sw": "KE", "ms": "MY", "hi": "IN", "en": None}

# Active ISO 4217 codes.
ISO_CURRENCY_CODES: frozenset[str] = frozenset("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD
CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD
GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT
LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR
NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD
SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD
XCG XOF XPF YER ZAR ZMW ZWG ZWL
""".split()) | {"HRK"}  # the kuna, withdrawn in 2023, is still printed beside the euro on that year's bills

# Codes that are also ordinary upper-case words ("ALL AMOUNTS", "TOP", "SHP" for shipping). In running
# text they only count as a currency right next to a number.
_WORDLIKE_CODES = frozenset({"ALL", "AMD", "BAM", "BOB", "CUP", "DOP", "ERN", "GEL", "LAK", "MAD", "MOP",
                             "PEN", "RON", "SHP", "SOS", "TMT", "TOP", "TRY", "WST"})

# ... and those that are words in brackets too ("Qty (ALL)", "Sort (TOP)").
_BRACKETED_WORDS = frozenset({"ALL", "CUP", "SHP", "TOP", "TRY"})

# Codes that are also units of measure written after a figure ("Gross Wt.: 4,154 KGS" is kilograms, not
# Kyrgyz som; "Cable THHN 12 AWG" is a wire gauge, not Aruban florins): they are a currency only before
# a figure ("KGS 12 500").
_UNIT_CODES = frozenset({"KGS", "AWG"})

# Digits after the decimal separator in prices of each currency (ISO 4217 minor units, adjusted to
# how prices are printed: nobody writes Uganda shillings with cents). Absent means 2.
CURRENCY_MINOR_UNITS: dict[str, int] = {
    "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0,
    "RWF": 0, "UGX": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0, "IDR": 0,
    "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
}

# Symbols and spellings that name exactly one currency. Matched as written (symbols) or
# case-insensitively (local words, see _LOCAL_WORDS).
_SYMBOLS: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "C$": "CAD", "CA$": "CAD", "CAN$": "CAD", "A$": "AUD", "AU$": "AUD",
    "NZ$": "NZD", "S$": "SGD", "SG$": "SGD", "HK$": "HKD", "R$": "BRL", "MX$": "MXN", "RD$": "DOP", "NT$": "TWD",
    "TT$": "TTD", "BDS$": "BBD", "EC$": "XCD", "BZ$": "BZD", "B$": "BSD", "FJ$": "FJD", "J$": "JMD", "N$": "NAD", "G$": "GYD",
    # the Samoan tālā, the Tongan paʻanga, the Liberian and the Solomon Islands dollars
    "WS$": "WST", "T$": "TOP", "L$": "LRD", "SI$": "SBD",
    "€": "EUR", "£": "GBP", "₹": "INR", "₦": "NGN", "GH₵": "GHS", "₵": "GHS", "₱": "PHP",
    "₩": "KRW", "₺": "TRY", "₽": "RUB", "฿": "THB", "₫": "VND", "₪": "ILS", "₴": "UAH", "₡": "CRC",
    "₸": "KZT", "₾": "GEL", "₲": "PYG", "$U": "UYU", "₮": "MNT", "֏": "AMD",
    # the Peruvian sol before the figure ("IMPORTE TOTAL S/ 7.96", "S/. 1,250.00"); "S/N" (no number) is none
    "S/": "PEN", "S/.": "PEN",
    # the Panamanian balboa ("Total B/. 731.88"); the Omani rial ("R.O. 1,304.360")
    "B/.": "PAB", "R.O.": "OMR",
    # the Czech koruna and the Polish złoty, written after the figure ("30 071,62 Kč", "1 234,56 zł")
    "Kč": "CZK", "zł": "PLN",
    # the yen and the won written after the figure ("16,032,900円", "225,720원"); the baht ("83,110.00 บาท")
    "円": "JPY", "원": "KRW", "บาท": "THB",
}
_LOCAL_WORDS: dict[str, str] = {
    "ksh": "KES", "kshs": "KES", "kes": "KES", "k.sh": "KES", "k.shs": "KES",
    "ush": "UGX", "ushs": "UGX", "u.sh": "UGX", "u.shs": "UGX",
    "tsh": "TZS", "tshs": "TZS", "t.sh": "TZS", "t.shs": "TZS",
    "frw": "RWF", "rwf": "RWF",
    "rs": "INR", "inr": "INR",
    # a total written out: "Rupees Ten Lakh Sixty Nine Thousand ... Paise Only" (the country decides whose)
    "rupees": "INR", "rupee": "INR",
    "euro": "EUR", "euros": "EUR",
    # the dirham: "12 345,60 DH", "Dhs", "dirhams": Morocco's, unless the document is Emirati
    # (engine.locale_hint.dirham_currency)
    "dh": "MAD", "dhs": "MAD", "dirham": "MAD", "dirhams": "MAD",
    # the Romanian leu: "4.042,15 lei" (a word and a name elsewhere: in text only after a figure)
    "lei": "RON",
    # the rouble: "1 792 086,61 руб.", "рублей" in a total written out
    "руб": "RUB", "рублей": "RUB", "рубля": "RUB", "рубль": "RUB",
    # the hryvnia: "38 735,30 грн.", "гривень" in a total written out
    "грн": "UAH", "гривень": "UAH", "гривні": "UAH", "гривня": "UAH",
    # the Croatian kuna (until 2023: "1.234,56 kn") and the Serbian dinar ("12.345,00 din.")
    "kn": "HRK", "kuna": "HRK", "din": "RSD", "dinara": "RSD", "дин": "RSD", "динара": "RSD",
    # the tenge: "тенге 00 тиын" in a total written out; the lari ("ლარი")
    "тенге": "KZT", "теңге": "KZT", "ლარი": "GEL",
    # the Ethiopian birr: "Four Thousand Eight Hundred Sixty Three Birr and Fifty Nine Cents Only"
    "birr": "ETB",
    # the Macedonian denar: "Вкупно за плаќање (МКД)", "(денари)" ("ден" alone is also "day")
    "мкд": "MKD", "денари": "MKD", "денар": "MKD",
    # the Bulgarian lev: "4 053,60 лв."
    "лв": "BGN", "лева": "BGN",
    # the CFA franc ("798 128 FCFA", "francs CFA"): West Africa's (XOF) or Central Africa's (XAF), by country
    "fcfa": "XOF", "cfa": "XOF",
    # the Peruvian sol: "SON: SIETE CON 96/100 SOLES", "MONEDA: SOLES"
    "soles": "PEN",
    # the Honduran lempira and the balboa in a total written out ("Son: CINCO MIL ... LEMPIRAS CON 50/100")
    "lempiras": "HNL", "lempira": "HNL", "balboas": "PAB",
    # the Albanian lek ("12 500 lekë")
    "lekë": "ALL", "leke": "ALL",
    # the Malagasy ariary written out ("26 876 400 Ariary", "... quatre cents ariary")
    "ariary": "MGA",
    # the boliviano in a total written out ("Son: ... 73/100 Bolivianos")
    "bolivianos": "BOB",
    # the guaraní: "Moneda: Guaraní", "TOTAL EN GUARANÍES"
    "guaraní": "PYG", "guaraníes": "PYG", "guarani": "PYG", "guaranies": "PYG",
    # the tögrög in words ("төгрөг")
    "төгрөг": "MNT",
    # the Armenian dram after the figure ("753,510.00 դր.")
    "դր": "AMD", "դրամ": "AMD",
    # the Maldivian rufiyaa written out ("Rf" and "MRf" are symbols, matched as written)
    "rufiyaa": "MVR",
    # the Cape Verdean escudo as Cabo Verde abbreviates it ("250 361$34 ECV")
    "ecv": "CVE",
    # the Macanese pataca written out, and in Chinese ("澳門幣")
    "pataca": "MOP", "patacas": "MOP", "澳門幣": "MOP", "澳门币": "MOP",
    # the shekel: "117,071.42 ש\"ח" (new Israeli shekels, abbreviated)
    "ש\"ח": "ILS", "ש״ח": "ILS",
    # the New Taiwan dollar in words ("總計新臺幣：柒萬伍仟陸佰捌拾肆元整")
    "新臺幣": "TWD", "新台幣": "TWD",
    # the Tunisian and the Algerian dinar after the figure ("517,410 DT", "67 463,48 DA")
    "dt": "TND", "da": "DZD",
}
_AFTER_FIGURE_ONLY = frozenset({"lei", "kn", "din", "дин", "лв", "dt", "da"})


def written_after_figures(token: str) -> bool:
    """Whether a currency word only follows its figure ("4.042,15 lei"): before one it is something else."""
    return token.strip().casefold() in _AFTER_FIGURE_ONLY
# "RM" (ringgit) is only a currency in capitals: lower-case "rm" is a room number or "remove"; the
# rupiah is written "Rp" ("Rp 1.234.567,00", "Rp9.202.788"), "rp" or "RP" being other abbreviations.
# Turkey's lira is "TL" on most prints ("1.234,56 TL"), in capitals.
# Hungary's forint is "Ft" after the figure ("6 887 364 Ft"); "ft" in lower case is a length in feet.
# Bolivia's boliviano is "Bs" ("TOTAL Bs 275.73"); Venezuela's bolívar is written so too (by country).
# Angola's kwanza is "Kz" ("Valor (Kz)", "1.464.204,00 Kz"); "kz" is Kazakhstan's web domain.
# Jordan's dinar is "JD" ("JD 8,648.672"), in capitals.
_CAPITALS_ONLY: dict[str, str] = {"RM": "MYR", "Rp": "IDR", "TL": "TRY", "Ft": "HUF", "Bs": "BOB", "Kz": "AOA",
                                  "JD": "JOD",
                                  # the Maldivian rufiyaa ("Total Rf | 30,629.49"; never "RF", an Italian
                                  # invoice's tax regime "RF01")
                                  "Rf": "MVR", "MRf": "MVR",
                                  # Sierra Leone's new leone ("Amount (NLe)", "TOTAL NLe")
                                  "NLe": "SLE"}
# "R" (South African rand) is a letter on its own in much else ("R&D", "Row R 12"): only right before a
# figure written as money, with cents ("R 5 506.62", "R127,675.37"), is it the rand.
# In running text the pattern checks the figure itself; next to an amount (CURRENCY_TOKEN_PATTERN, matched
# backwards up to the number) engine.normalize.amounts keeps it only before a figure with cents.
# The kina ("K8,451.18", Papua New Guinea) and the kwacha (Zambia, Malawi) are written so with a "K".
RAND_TOKEN = "R"
KINA_TOKEN = "K"
MONEY_ONLY_LETTERS = frozenset({RAND_TOKEN, KINA_TOKEN})
_RAND_IN_TEXT = r"(?<![\p{L}\d])[RK](?=[ \t]?\d{1,3}(?:[ ,\u00a0]\d{3})*[.,]\d{2}(?![\d.,]))"
_RAND_BEFORE_AMOUNT = r"(?<![\p{L}\d])[RK]"
_KINA_BY_COUNTRY = {"ZM": "ZMW", "MW": "MWK"}

_DOLLAR_BY_COUNTRY = {"US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD",
                      "MX": "MXN", "CO": "COP", "CL": "CLP", "AR": "ARS", "LR": "LRD", "JM": "JMD", "TT": "TTD", "BS": "BSD", "BB": "BBD",
                      "BZ": "BZD", "FJ": "FJD"}
_RUPEE_BY_COUNTRY = {"PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR", "SC": "SCR"}
_YEN_BY_COUNTRY = {"CN": "CNY"}
# Cameroon, Gabon, Congo, Chad, the Central African Republic and Equatorial Guinea pay in the Central
# African CFA franc (XAF); the West African states in the West African one (XOF).
CENTRAL_AFRICAN_CFA = frozenset({"CM", "GA", "CG", "TD", "CF", "GQ"})
# "/=" closes a shilling amount in East Africa ("1,250/="): the shilling of the document's country.
_SHILLING_BY_COUNTRY = {"UG": "UGX", "TZ": "TZS", "KE": "KES", "SO": "SOS"}


@dataclass(frozen=True)
class CurrencyMatch:
    start: int
    end: int
    code: str
    text: str = ""


@lru_cache(maxsize=256)
def locale_country(locale: str | None) -> str | None:
    """The country part of a locale hint: "en_KE" / "en-KE" / "KE" -> "KE"; "de" -> "DE"; "en" -> None."""
    if not locale:
        return None
    parts = regex.split(r"[_\-.@]", locale.strip())
    if len(parts) >= 2 and len(parts[1]) == 2 and parts[1].isalpha():
        return parts[1].upper()
    head = parts[0]
    if len(head) != 2 or not head.isalpha():
        return None
    if head.islower() and head in _LANGUAGE_COUNTRY:
        return _LANGUAGE_COUNTRY[head]
    return head.upper()


@lru_cache(maxsize=4096)
def resolve_currency(token: str, locale: str | None = None) -> str | None:
    """The ISO 4217 code a currency token stands for, or None when it is not a currency token."""
    if not token:
        return None
    cleaned = " ".join(token.split())
    country = locale_country(locale)
    if cleaned == "/=":
        return _SHILLING_BY_COUNTRY.get(country or "", "KES")
    if cleaned == "$":
        return _DOLLAR_BY_COUNTRY.get(country or "", "USD")
    if cleaned == "¥":
        return _YEN_BY_COUNTRY.get(country or "", "JPY")
    if cleaned in _SYMBOLS:
        return _SYMBOLS[cleaned]
    if cleaned == "Bs" and country == "VE":
        return "VES"
    if cleaned in _CAPITALS_ONLY:
        return _CAPITALS_ONLY[cleaned]
    if cleaned == RAND_TOKEN:  # matched only before money (_RAND_IN_TEXT, engine.normalize.amounts)
        return "ZAR"
    if cleaned == KINA_TOKEN:  # (so is the kina's "K"; the document's country may make it a kwacha)
        return _KINA_BY_COUNTRY.get(country or "", "PGK")
    word = cleaned.casefold().rstrip(".").replace(" ", "")
    if word in ("fcfa", "cfa"):
        return "XAF" if country in CENTRAL_AFRICAN_CFA else "XOF"
    if word in ("rs", "₨", "rupees", "rupee"):
        return _RUPEE_BY_COUNTRY.get(country or "", "INR")
    if word in _LOCAL_WORDS:
        return _LOCAL_WORDS[word]
    if word.upper() in ISO_CURRENCY_CODES:
        return word.upper()
    return None


def _alternation(tokens: list[str]) -> str:
    """A regex matching any of `tokens`, longest first ("US$" before "$", "Kshs" before "Ksh").

    Written as a trie ("K(?:ES|Sh(?:s)?)") rather than a flat list: with two hundred ISO codes a
    flat alternation is tried code by code at every position of every line.
    """
    trie: dict = {}
    for token in set(tokens):
        node = trie
        for ch in token:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_to_regex(trie)


def _trie_to_regex(node: dict) -> str:
    branches = [regex.escape(ch) + _trie_to_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # A token may end here or continue; trying the continuation first keeps the longest match.
    return f"(?:{body})?" if "" in node else body


def _token_pattern(include_wordlike_codes: bool, rand: str) -> str:
    codes = sorted((ISO_CURRENCY_CODES if include_wordlike_codes else ISO_CURRENCY_CODES - _WORDLIKE_CODES)
                   - _UNIT_CODES)
    symbols = list(_SYMBOLS) + ["$", "¥", "₨"]
    lettered_symbols = [s for s in symbols if s[0].isalpha()]
    bare_symbols = [s for s in symbols if not s[0].isalpha()]
    words = [w for w in _LOCAL_WORDS if w not in _AFTER_FIGURE_ONLY]
    # Beside an amount "lei" may stand (engine.normalize.amounts drops it before one: "LEI50288");
    # in running text _CURRENCY_IN_TEXT takes it only after a figure.
    after_figure = (rf"|(?<![\p{{L}}\d])(?i:{_alternation(sorted(_AFTER_FIGURE_ONLY))})(?!\p{{L}})"
                    if include_wordlike_codes else "")
    return (
        r"(?:"
        rf"(?<!\p{{L}})(?:{_alternation(lettered_symbols)})"
        rf"|(?:{_alternation(bare_symbols)})"
        # A local word glued to a figure before it is a part code ("6205-2RS"), not "Rs"; a code glued
        # to a long run of digits opens an id ("ARS2024000801544"), not an amount.
        rf"|(?<![\p{{L}}\d])(?i:{_alternation(words)})\.?(?!\p{{L}})"
        f"{after_figure}"
        rf"|(?<!\p{{L}})(?:{_alternation(list(_CAPITALS_ONLY))})(?!\p{{L}}|\d{{6}})"
        # "SDN BHD" closes a Malaysian company's name (Sendirian Berhad), whatever follows: no dinar
        rf"|(?<!\p{{L}})(?<!(?i:sdn)\.?[ \t]{{1,3}})(?:{_alternation(codes)})(?!\p{{L}}|\d{{6}})"
        rf"|(?<!\p{{L}})(?:{_alternation(sorted(_UNIT_CODES))})(?=[ \t]?\d)(?!\d{{6}})"
        rf"|{rand}"
        r")"
    )


# A currency token as it appears before or after an amount (any ISO code counts there, since the
# number next to it settles that "TRY" is the lira). Used by engine.normalize.amounts.
CURRENCY_TOKEN_PATTERN = _token_pattern(include_wordlike_codes=True, rand=_RAND_BEFORE_AMOUNT)

_CURRENCY_IN_TEXT = regex.compile(
    rf"{_token_pattern(include_wordlike_codes=False, rand=_RAND_IN_TEXT)}"
    rf"|(?<!\p{{L}})(?:{_alternation(sorted(_WORDLIKE_CODES))})(?=[ \t]?[-(]?\d)(?!\d{{6}})"
    rf"|(?<=\d[ \t]?)(?:{_alternation(sorted(_WORDLIKE_CODES))})(?!\p{{L}})"
    r"|(?<=\d[ \t]?)/="
    # (not before another figure: "nr. 888 din 21 noiembrie 2023" is Romanian "of", no dinar)
    rf"|(?<=\d[ \t]?)(?i:{_alternation(sorted(_AFTER_FIGURE_ONLY))})(?!\p{{L}})(?![ \t]+\d)"
    # ... or alone in brackets, naming a column's or a total's currency: "UKUPNO ZA UPLATU (din.)"
    rf"|(?<=\()(?i:{_alternation(sorted(_AFTER_FIGURE_ONLY))})(?=\.?\))"
    # a code that is also a word, in capitals alone in brackets after a total's label: "Monto total (DOP)"
    rf"|(?<=\p{{L}}[ \t]\()(?:{_alternation(sorted(_WORDLIKE_CODES - _BRACKETED_WORDS))})(?=\))"
)


# What an ASCII line must hold for _CURRENCY_IN_TEXT to match in it. Every ASCII symbol has a "$" (or is the sol's "S/", the balboa's "B/." or the rial's "R.O.");
# "/=" is itself; every lettered token is a whole run of letters (the pattern bounds it by non-letters
# on both sides): an ISO code, "RM" or the rand's "R" as written, or a local word in any case ("Kshs", or the "k" of
# "k.sh"). A line with none of these is skipped without running the pattern.
_LETTER_RUNS = bytes(ch if chr(ch).isascii() and chr(ch).isalpha() else ord(" ") for ch in range(256))
_CODE_RUNS = frozenset(code.encode() for code in (*ISO_CURRENCY_CODES, *_CAPITALS_ONLY, *MONEY_ONLY_LETTERS))
# (a line holding a non-ASCII word, "руб.", is never skipped: the prefilter passes every non-ASCII line)
_WORD_RUNS = frozenset(word.split(".")[0].encode() for word in _LOCAL_WORDS if word.isascii())
assert all("$" in symbol or symbol.startswith(("S/", "B/", "R.O.")) for symbol in _SYMBOLS if symbol.isascii())
assert all(code.isascii() and code.isalpha() for code in _CODE_RUNS | _WORD_RUNS)


_CODE_STRINGS = frozenset((*ISO_CURRENCY_CODES, *_CAPITALS_ONLY, *MONEY_ONLY_LETTERS))
_WORD_PARTS = frozenset(part for word in _LOCAL_WORDS for part in word.split("."))


def is_currency_letter_run(run: str) -> bool:
    """Whether a whole run of ASCII letters (bounded by non-letters) can be, or be part of, a currency
    token: an ISO code or "RM" as written, or a part of a local word in any case ("Kshs", the "sh"
    of "k.sh")."""
    return run in _CODE_STRINGS or run.lower() in _WORD_PARTS


def _may_hold_currency(line: str) -> bool:
    if not line.isascii() or "$" in line or "/=" in line or "S/" in line or "B/" in line or "R.O." in line:
        return True
    for run in line.encode("ascii").translate(_LETTER_RUNS).split():
        if run in _CODE_RUNS or run.lower() in _WORD_RUNS:
            return True
    return False


def find_currency(text: str, locale: str | None = None) -> list[CurrencyMatch]:
    """Every currency token in `text`, with its offsets and ISO code, in reading order."""
    return _remembered_currencies(text, locale)


def _find_currency(text: str, locale: str | None) -> list[CurrencyMatch]:
    found: list[CurrencyMatch] = []
    line_start = 0
    for line in text.split("\n"):
        if not _may_hold_currency(line):
            line_start += len(line) + 1
            continue
        try:
            for match in _CURRENCY_IN_TEXT.finditer(line, timeout=REGEX_TIMEOUT_S):
                if match.group(0).startswith("S/") and line[match.end():match.end() + 1].isalpha():
                    continue  # "Av. Grau S/N": sin número, no sol
                if line[match.end():match.end() + 1] == "." and line[match.end() + 1:match.end() + 2].isalpha() \
                        and match.group(0).isalpha():
                    continue  # "portal rs.ge": a web address, no rupee
                if _inside_an_identifier(line, match.start(), match.end()) or _LONG_DIGITS_GLUED.match(line, match.end()) \
                        or match.group(0) == "$" and CIFRAO.match(line, match.start()):
                    # "1C25TTD", a Vietnamese invoice's series symbol: no Trinidad dollar; "RS24456167316822",
                    # a Serbian bank's reference: no rupee; "1 112$00", the escudo's cents after its sign: no dollar
                    continue
                code = resolve_currency(match.group(0), locale)
                if code:
                    found.append(CurrencyMatch(line_start + match.start(), line_start + match.end(), code,
                                               match.group(0)))
        except TimeoutError:
            note_timeout()  # a pathological line yields nothing rather than stalling a batch
        line_start += len(line) + 1
    return found


_remembered_currencies = remember(_find_currency)

# The escudo's sign between its units and its two digits of cents ("1 112$00", "1.000.000$00": Cabo
# Verde), where a dollar's stands before its figure.
CIFRAO = regex.compile(r"(?<=\d)\$(?=\d{2}(?!\d))")
# A long run of figures glued to a currency's letters: a code ("RS24456167316822"), no sum.
_LONG_DIGITS_GLUED = regex.compile(r"\d{9,}(?![\d.,])")
# The letters and digits glued before a match: "1C25" before "TTD" in "1C25TTD".
_GLUED_BEFORE = regex.compile(r"[\p{L}\d]+$")


def _inside_an_identifier(line: str, start: int, end: int | None = None) -> bool:
    """A code glued after figures that follow letters of the same word ("1C25TTD", "INV2024EUR"), or
    before a hyphen and letters ("SVC-LB", an item's code): part of an identifier, where a figure alone
    before it ("100EUR") states a sum."""
    if end is not None and _HYPHEN_LETTERS.match(line, end):
        return True
    glued = _GLUED_BEFORE.search(line[max(0, start - 40):start])
    return glued is not None and glued.group(0)[-1].isdigit() and any(ch.isalpha() for ch in glued.group(0))


_HYPHEN_LETTERS = regex.compile(r"-\p{L}")
