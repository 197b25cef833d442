"""Invoice numbers and tax identifiers: canonical forms, tolerant comparison, format and checksum checks.

A remittance advice lists "INV 2024-001" for the invoice printed "INV-2024-001", and OCR reads
"INV-2O24-00l"; cash application still has to pair them. Tax ids (Kenyan KRA PIN, EU and UK VAT
numbers, Indian GSTIN, Ugandan and Tanzanian TIN) identify the parties; where the scheme has a check
digit it is verified, so a misread id is flagged rather than trusted.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import regex

from engine.normalize.currencies import REGEX_TIMEOUT_S
from engine.normalize.textscan import digit_count, has_upper, note_timeout, remember

# ---------------------------------------------------------------------------------------------------
# OCR digit confusions

_LOOKS_LIKE_DIGIT = {"O": "0", "o": "0", "I": "1", "l": "1", "|": "1", "S": "5", "B": "8", "Z": "2"}
_CONFUSABLE = "".join(regex.escape(ch) for ch in _LOOKS_LIKE_DIGIT)
_DIGIT_LIKE_TOKEN = regex.compile(
    rf"(?<![\p{{L}}\d])[\d{_CONFUSABLE}](?:[\d{_CONFUSABLE}]|[.,'’/\-](?=[\d{_CONFUSABLE}]))*(?![\p{{L}}\d])"
)


def _reads_as_digits(token: str) -> bool:
    """Whether the letters in `token` are misread digits: it has real digits, no more look-alike letters
    than digits, and does not open with two letters (which reads as a word or code: "ISO9001", "SB12")."""
    digits = sum(ch.isdigit() for ch in token)
    lookalikes = sum(ch in _LOOKS_LIKE_DIGIT for ch in token)
    if digits == 0 or lookalikes == 0 or lookalikes > digits:
        return False
    letters_first = 0
    for ch in token:
        if ch in _LOOKS_LIKE_DIGIT:
            letters_first += 1
        else:
            break
    return letters_first < 2


def _as_digits(token: str) -> str:
    return "".join(_LOOKS_LIKE_DIGIT.get(ch, ch) for ch in token)


def ocr_fix_digits(text: str) -> str:
    """Turn O/o->0, I/l/|->1, S->5, B->8, Z->2 inside tokens that are otherwise digits ("1,25O.OO" ->
    "1,250.00", "INV-2O24" -> "INV-2024"); words and codes ("BOX", "ISO9001") are left alone."""
    def fix(match: regex.Match[str]) -> str:
        token = match.group(0)
        return _as_digits(token) if _reads_as_digits(token) else token

    try:
        return _DIGIT_LIKE_TOKEN.sub(fix, text, timeout=REGEX_TIMEOUT_S)
    except TimeoutError:
        return text


# ---------------------------------------------------------------------------------------------------
# Invoice numbers

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_NUMBER_WORD = r"(?:no|nr|nbr|num|number|n°|nº|№|#)"
# "Invoice No.", "No.", "#" before the number are labels, never part of it; "INV" alone may be part of it.
_NUMBER_LABEL = regex.compile(
    rf"^(?:(?:(?:tax\s+)?invoice|receipt|credit\s+note|debit\s+note|bill)(?:\s*{_NUMBER_WORD})?"
    rf"|(?:inv|doc|document)?\s*{_NUMBER_WORD})"
    r"(?:\.|:|\s|-(?=\d)|(?=\d))[\s.:#]*",  # ("No-123" is "No 123" with a dash: the same label)
    regex.IGNORECASE,
)
_SURROUNDING_PUNCTUATION = " \t\r\n#:;,.()[]{}\"'`*-/_|"
_SEPARATORS = "-/._"
_SEPARATOR_RUN = regex.compile(r"[\s\-/._]+")


def normalize_invoice_id(text: str) -> str:
    """The canonical form of an invoice number for comparison: upper case, one "-" for any dash or
    space between parts, no label ("No.", "#") and no surrounding punctuation.

    "INV 2024-001", "inv-2024-001" and "INV–2024–001" all become "INV-2024-001"; "#12345" and
    "No. 12345" become "12345". Other separators ("/", ".", "_") are kept: they are part of the id.
    """
    if not text:
        return ""
    cleaned = unicodedata.normalize("NFKC", text)
    for dash in _DASHES:
        cleaned = cleaned.replace(dash, "-")
    while True:
        stripped = cleaned.strip().strip(_SURROUNDING_PUNCTUATION)
        unlabelled = _NUMBER_LABEL.sub("", stripped, count=1)
        if any(ch.isalnum() for ch in unlabelled):
            stripped = unlabelled
        if stripped == cleaned:
            break
        cleaned = stripped

    def join_parts(match: regex.Match[str]) -> str:
        run = match.group(0)
        written = [ch for ch in run if ch in _SEPARATORS]
        # A space between parts reads as a hyphen; a written separator wins over spaces around it.
        return written[0] if written else "-"

    try:
        cleaned = _SEPARATOR_RUN.sub(join_parts, cleaned, timeout=REGEX_TIMEOUT_S)
    except TimeoutError:
        cleaned = "-".join(cleaned.split())
    return unicodedata.normalize("NFKC", cleaned.upper())


def _compact(normalized_id: str) -> str:
    return "".join(ch for ch in normalized_id if ch not in _SEPARATORS)


_DIGIT_OR_LOOKALIKE_RUN = regex.compile(rf"[\d{_CONFUSABLE}]+")


def _digit_reading(compact_id: str) -> str:
    def fix(match: regex.Match[str]) -> str:
        run = match.group(0)
        return _as_digits(run) if _reads_as_digits(run) else run

    return _DIGIT_OR_LOOKALIKE_RUN.sub(fix, compact_id)


def invoice_ids_match(a: str, b: str) -> bool:
    """Whether two printed invoice numbers name the same invoice: equal once normalised, ignoring
    separators ("INV2024001" = "INV-2024-001"), and reading O/0, I/l/1, S/5, B/8, Z/2 as the same
    where the rest of that part is digits ("INV-2O24-001" = "INV-2024-001")."""
    first, second = normalize_invoice_id(a), normalize_invoice_id(b)
    if not first or not second:
        return False
    if first == second:
        return True
    first_compact, second_compact = _compact(first), _compact(second)
    if first_compact == second_compact:
        return True
    if len(first_compact) != len(second_compact):
        return False
    # normalize_invoice_id upper-cases, so "l" and "o" already read as "L" and "O".
    return _digit_reading(first_compact.replace("L", "l")) == _digit_reading(second_compact.replace("L", "l"))


# ---------------------------------------------------------------------------------------------------
# Tax identifiers


@dataclass(frozen=True)
class TaxId:
    kind: str  # "kra_pin", "eu_vat", "gb_vat", "gstin", "ch_uid", "jp_qualified", "ca_bn", "tin" or "vat"
    # canonical: upper case, no spaces or dots; a Canadian business number keeps the space that CRA
    # prints before its program account when the document prints it ("123456789 RT0001")
    value: str
    valid: bool  # format right and, where the scheme has one, check digit right


@dataclass(frozen=True)
class TaxIdMatch:
    start: int
    end: int
    tax_id: TaxId


_ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def gstin_check_character(first_fourteen: str) -> str:
    """The 15th character of an Indian GSTIN: a Luhn mod 36 check over the first fourteen."""
    total = 0
    for position, ch in enumerate(first_fourteen.upper()):
        product = _ALPHANUMERIC.index(ch) * (1 if position % 2 == 0 else 2)
        total += product // 36 + product % 36
    return _ALPHANUMERIC[(36 - total % 36) % 36]


def _luhn_ok(digits: str) -> bool:
    total = 0
    for position, ch in enumerate(reversed(digits)):
        value = int(ch) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _de_ok(digits: str) -> bool:
    # ISO 7064 MOD 11,10 over the first eight digits.
    product = 10
    for ch in digits[:8]:
        total = (int(ch) + product) % 10 or 10
        product = (2 * total) % 11
    return (11 - product) % 10 == int(digits[8])


def _fr_ok(body: str) -> bool:
    key, siren = body[:2], body[2:]
    if not key.isdigit():
        return True  # the alphabetic keys of newer numbers use a scheme with no published checksum
    return int(key) == (12 + 3 * (int(siren) % 97)) % 97


def _nl_ok(body: str) -> bool:
    digits = body[:9]
    weighted = sum(int(ch) * weight for ch, weight in zip(digits[:8], range(9, 1, -1), strict=True))
    if (weighted - int(digits[8])) % 11 == 0:
        return True
    # Sole traders' numbers since 2020: ISO 7064 mod 97 over "NL" + the number, letters as 10..35.
    return int("".join(str(_ALPHANUMERIC.index(ch)) for ch in "NL" + body)) % 97 == 1


_ES_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _es_ok(body: str) -> bool:
    first, middle, last = body[0], body[1:8], body[8]
    if first.isdigit() and last.isalpha():  # DNI: eight digits and a letter
        return _ES_DNI_LETTERS[int(body[:8]) % 23] == last
    if first in "XYZ" and last.isalpha():  # NIE: the letter stands for 0, 1 or 2
        return _ES_DNI_LETTERS[int(str("XYZ".index(first)) + middle) % 23] == last
    if first.isalpha():  # CIF: a company; the control is a digit or a letter
        total = sum(int(middle[i]) for i in (1, 3, 5))
        for i in (0, 2, 4, 6):
            doubled = int(middle[i]) * 2
            total += doubled // 10 + doubled % 10
        control = (10 - total % 10) % 10
        return last in (str(control), "JABCDEFGHI"[control])
    return False


def _it_ok(digits: str) -> bool:
    return _luhn_ok(digits)


def _be_ok(digits: str) -> bool:
    return 97 - int(digits[:8]) % 97 == int(digits[8:])


def _ie_ok(body: str) -> bool:
    letters = "WABCDEFGHIJKLMNOPQRSTUV"
    if body[1].isalpha() or body[1] in "+*":  # the old format (1X23456A) has no check this simple
        return True
    digits = body[:7]
    total = sum(int(ch) * weight for ch, weight in zip(digits, range(8, 1, -1), strict=True))
    if len(body) == 9:
        total += letters.index(body[8]) * 9
    return letters[total % 23] == body[7]


def _at_ok(body: str) -> bool:
    digits = body[1:]
    total = 0
    for position, ch in enumerate(digits[:7]):
        value = int(ch) * (2 if position % 2 else 1)
        total += value // 10 + value % 10
    return (10 - (total + 4) % 10) % 10 == int(digits[7])


def _gb_ok(digits: str) -> bool:
    if len(digits) == 12:
        digits = digits[:9]  # the three digits after the nine are a branch number
    total = sum(int(ch) * weight for ch, weight in zip(digits[:7], range(8, 1, -1), strict=True))
    total += int(digits[7:9])
    return total % 97 == 0 or (total + 55) % 97 == 0


# Country prefix -> (body pattern after the prefix, check). The body patterns allow a space or dot
# between digits ("DE 136 695 976") since that is how many letterheads print them.
_SPACED = r"[ .]?"
_EU_VAT: dict[str, tuple[str, Callable[[str], bool]]] = {
    "DE": (rf"\d(?:{_SPACED}\d){{8}}", _de_ok),
    "FR": (rf"[0-9A-HJ-NP-Z]{{2}}{_SPACED}\d(?:{_SPACED}\d){{8}}", _fr_ok),
    "NL": (rf"\d(?:{_SPACED}\d){{0,8}}{_SPACED}B{_SPACED}\d\d", _nl_ok),
    "ES": (rf"[0-9A-Z]{_SPACED}-?\d(?:{_SPACED}\d){{6}}-?{_SPACED}[0-9A-Z]", _es_ok),
    "IT": (rf"\d(?:{_SPACED}\d){{10}}", _it_ok),
    "BE": (rf"[01]?{_SPACED}\d(?:{_SPACED}\d){{8}}", _be_ok),
    "IE": (rf"\d[0-9A-Z+*]\d{{5}}{_SPACED}[A-W][A-IW]?", _ie_ok),  # "IE 8385118 AC"
    "AT": (rf"U{_SPACED}\d(?:{_SPACED}\d){{7}}", _at_ok),
}
_GB_VAT_BODY = rf"\d(?:{_SPACED}\d){{8}}(?:(?:{_SPACED}\d){{3}})?|(?:GD|HA)\d{{3}}"

_KRA_PIN = r"[AP]\d{9}[A-Z]"
_GSTIN = r"\d{2}[A-Z]{5}\d{4}[A-Z][0-9A-Z]{3}"
_UGANDA_TIN = r"1\d{9}"
_TANZANIA_TIN = r"\d{3}-\d{3}-\d{3}"
# Japan's qualified invoice issuer number: "T" and the 13-digit corporate number (check digit first).
_JP_QUALIFIED = r"T[ \-]?\d{13}"
# Canada's GST/HST registration: the nine-digit business number and its "RT" program account.
_CA_BN = r"\d{9}[ ]?RT\d{4}"
_CH_UID = r"CHE[\- ]?\d{3}[. ]?\d{3}[. ]?\d{3}(?:[ \t]+(?:MWST|TVA|IVA|VAT))?"
# A VAT number with no national format we check ("0123456X", "40-012345-A"): digits with a letter or a
# hyphen in them, or at least nine digits, so that "VAT 160000" (an amount) is not taken for one.
_PLAIN_VAT = (r"(?=[0-9A-Z\-]*\d)(?=[0-9\-]*[A-Z]|[0-9A-Z]*-|\d{9})"
              r"[0-9A-Z][0-9A-Z\-]{4,16}[0-9A-Z]")

_LABEL = (r"(?:(?:KRA\s+)?PIN|TIN|T\.I\.N\.?|VAT|V\.A\.T\.?|VRN|GSTIN|GST|UID(?:/(?:MWST|TVA|IVA))?|MWST|"
          r"USt-?Id(?:Nr)?|BTW|TVA|IVA|"
          r"NIF|CIF|P\.?\s?IVA|Tax\s+(?:ID|No|Number|Reg(?:istration)?))")
_LABEL_WITH_NUMBER_WORDS = rf"{_LABEL}(?:[ \t]*(?:Reg(?:istration)?\.?)?[ \t\-]*(?:No|Nr|Number|#)\.?)?"
_LABEL_PREFIX = regex.compile(rf"^\s*{_LABEL_WITH_NUMBER_WORDS}\s*[:#.\-]?\s*", regex.IGNORECASE)
_TIN_LABEL = regex.compile(r"(?i:(?<!\p{L})(?:TIN|T\.I\.N\.?)(?:[ \t]*(?:No|Nr|Number)\.?)?)[ \t]*[:#.\-]?[ \t]*$")
_VAT_LABEL = regex.compile(
    r"(?i:(?<!\p{L})(?:VAT|V\.A\.T\.?|VRN)(?:[ \t]*(?:Reg(?:istration)?\.?)?[ \t]*(?:No|Nr|Number)\.?)?)"
    r"[ \t]*[:#.\-]?[ \t]*$"
)



def _bounded(pattern: str) -> str:
    return rf"(?<![\p{{L}}\d])(?:{pattern})(?![\p{{L}}\d])"


_SELF_EVIDENT_ID = regex.compile(
    "|".join(
        [rf"(?P<kra_pin>{_bounded(_KRA_PIN)})", rf"(?P<gstin>{_bounded(_GSTIN)})",
         rf"(?P<ch_uid>{_bounded(_CH_UID)})", rf"(?P<jp_qualified>{_bounded(_JP_QUALIFIED)})",
         rf"(?P<ca_bn>{_bounded(_CA_BN)})",
         rf"(?P<gb_vat>{_bounded('GB ?(?:' + _GB_VAT_BODY + ')')})"]
        + [rf"(?P<vat_{country}>{_bounded(country + ' ?(?:' + body + ')')})"
           for country, (body, _check) in _EU_VAT.items()]
    )
)
_LABELLED_NUMBER = regex.compile(rf"{_TANZANIA_TIN}(?!\d)|{_UGANDA_TIN}(?!\d)|{_PLAIN_VAT}(?![\p{{L}}\d]|[.,]\d)")


def _canonical(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def _che_ok(digits: str) -> bool:
    """The Swiss UID's check digit: weights 5 4 3 2 7 6 5 4 on the first eight, mod 11."""
    remainder = sum(int(d) * w for d, w in zip(digits[:8], (5, 4, 3, 2, 7, 6, 5, 4), strict=True)) % 11
    check = (11 - remainder) % 11
    return check != 10 and check == int(digits[8])


def _jp_ok(digits: str) -> bool:
    """The corporate number's check digit (its first): 9 - (sum of the other twelve, weighted 1 and 2
    alternately from the right) mod 9."""
    total = sum(int(ch) * (1 if position % 2 == 0 else 2) for position, ch in enumerate(reversed(digits[1:])))
    return 9 - total % 9 == int(digits[0])


def _classify(compact: str) -> TaxId | None:
    """The tax id a compact, upper-case string is, if its format is one we know."""
    if regex.fullmatch(r"T\d{13}", compact):
        return TaxId("jp_qualified", compact, _jp_ok(compact[1:]))
    swiss = regex.fullmatch(r"CHE(\d{9})(?:MWST|TVA|IVA|VAT)?", compact)
    if swiss is not None:
        # The UID with its VAT suffix is the VAT number as printed ("CHE-123.456.789 MWST").
        return TaxId("ch_uid", compact, _che_ok(swiss.group(1)))
    if regex.fullmatch(_KRA_PIN, compact):
        return TaxId("kra_pin", compact, True)
    if regex.fullmatch(r"\d{9}RT\d{4}", compact):
        return TaxId("ca_bn", compact, _luhn_ok(compact[:9]))
    if regex.fullmatch(_GSTIN, compact):
        return TaxId("gstin", compact, gstin_check_character(compact[:14]) == compact[14])
    if regex.fullmatch(r"GB(?:\d{9}|\d{12}|(?:GD|HA)\d{3})", compact):
        body = compact[2:]
        return TaxId("gb_vat", compact, not body.isdigit() or _gb_ok(body))
    country = compact[:2]
    if country in _EU_VAT:
        body_pattern, check = _EU_VAT[country]
        body = compact[2:]
        if regex.fullmatch(body_pattern.replace(_SPACED, "").replace("-?", ""), body):
            if country == "NL" and len(body) < 12:
                body = body.zfill(12)  # letterheads drop the leading zeros of the nine-digit part
                compact = "NL" + body
            if country == "BE" and len(body) == 9:
                body = "0" + body  # the old nine-digit numbers gained a leading zero in 2005
                compact = "BE" + body
            return TaxId("eu_vat", compact, check(body))
    return None


def parse_tax_id(text: str) -> TaxId | None:
    """The tax id `text` spells ("P051234567M", "VAT No: DE 136 695 976", "TIN 123-456-789"), or None."""
    if not text or not text.strip():
        return None
    unlabelled = _LABEL_PREFIX.sub("", text.strip(), count=1).strip()
    labelled = unlabelled != text.strip()
    found = _classify(_canonical(unlabelled))
    if found:
        return found
    if regex.fullmatch(_TANZANIA_TIN, unlabelled) or regex.fullmatch(_UGANDA_TIN, unlabelled):
        return TaxId("tin", unlabelled, True)
    if labelled and regex.fullmatch(_PLAIN_VAT, unlabelled.upper()):
        return TaxId("vat", unlabelled.upper(), True)
    return None


# What a line must hold for _SELF_EVIDENT_ID to match in it: a country prefix as written ("GB", "DE"...),
# or the "A"/"P" and nine digits of a KRA PIN, or the six digits and six capitals of a GSTIN; and
# three digits at the least ("GBHA123", "NL1B01"). A bare number only counts after one of the
# labels below, matched case-insensitively (tested on ASCII lines only, where str.lower agrees with
# IGNORECASE). Lines that cannot hold them skip the patterns.
_FEWEST_ID_DIGITS = 3
_COUNTRY_PREFIXES = ("GB", "CHE", *_EU_VAT)
_KRA_PIN_DIGITS = 9
_GSTIN_DIGITS = _GSTIN_CAPITALS = 6
_NUMBER_LABEL_WORDS = ("tin", "t.i.n", "vat", "v.a.t", "vrn")


def _may_hold_self_evident_id(line: str, digits: int) -> bool:
    if digits < _FEWEST_ID_DIGITS or not has_upper(line):
        return False
    if any(prefix in line for prefix in _COUNTRY_PREFIXES):
        return True
    if digits >= _KRA_PIN_DIGITS and ("A" in line or "P" in line or "T" in line):
        return True
    return digits >= _GSTIN_DIGITS and sum(map(str.isupper, line)) >= _GSTIN_CAPITALS


def _may_hold_number_label(line: str) -> bool:
    if not line.isascii():
        return True
    lowered = line.lower()
    return any(word in lowered for word in _NUMBER_LABEL_WORDS)


# The magnetic (MICR) line at the foot of a cheque: routing, account and cheque numbers between the
# E-13B symbols, which a text layer writes as letters or as the symbols themselves
# ("C010291C A289336309A 2744838823C"). Nothing on it is a tax id, though "A289336309A" looks like
# a Kenyan PIN.
_MICR_TOKEN = r"[A-D\u2446-\u2449]?\d[\d\-]*[A-D\u2446-\u2449]?"
_MICR_LINE = regex.compile(rf"\s*{_MICR_TOKEN}(?:\s+{_MICR_TOKEN})+\s*")
_MICR_FRAMED = regex.compile(r"(?:^|\s)([A-D\u2446-\u2449])\d[\d\-]*\1(?=\s|$)")


def _find_in_line(line: str) -> list[TaxIdMatch]:
    found: list[TaxIdMatch] = []
    digits = digit_count(line)
    if not digits:
        return found  # every pattern below needs a digit
    if _MICR_LINE.fullmatch(line, timeout=REGEX_TIMEOUT_S) and _MICR_FRAMED.search(line, timeout=REGEX_TIMEOUT_S):
        return found
    self_evident = _SELF_EVIDENT_ID.finditer(line, timeout=REGEX_TIMEOUT_S) if _may_hold_self_evident_id(
        line, digits) else ()
    for match in self_evident:
        tax_id = _classify(_canonical(match.group(0)))
        if tax_id and tax_id.kind == "ca_bn":
            tax_id = TaxId("ca_bn", match.group(0), tax_id.valid)
        if tax_id and (tax_id.valid or tax_id.kind != "jp_qualified"):  # "T" + 13 digits may be a tracking code
            found.append(TaxIdMatch(match.start(), match.end(), tax_id))
    if not _may_hold_number_label(line):
        return found
    # Bare numbers ("1000123456", "123-456-789", "0123456X") are only tax ids right after a label.
    for match in _LABELLED_NUMBER.finditer(line, timeout=REGEX_TIMEOUT_S):
        if any(m.start < match.end() and match.start() < m.end for m in found):
            continue
        value = match.group(0)
        window_start = max(0, match.start() - 40)
        if (regex.fullmatch(_TANZANIA_TIN, value) or regex.fullmatch(_UGANDA_TIN, value)) and \
                _TIN_LABEL.search(line, window_start, match.start(), timeout=REGEX_TIMEOUT_S):
            found.append(TaxIdMatch(match.start(), match.end(), TaxId("tin", value, True)))
        elif _VAT_LABEL.search(line, window_start, match.start(), timeout=REGEX_TIMEOUT_S):
            found.append(TaxIdMatch(match.start(), match.end(), TaxId("vat", value, True)))
    return sorted(found, key=lambda m: m.start)


def find_tax_ids(text: str) -> list[TaxIdMatch]:
    """Every tax id in `text`, with offsets into `text`, in reading order."""
    return _remembered_tax_ids(text)


def _find_tax_ids(text: str) -> list[TaxIdMatch]:
    found: list[TaxIdMatch] = []
    line_start = 0
    for line in text.split("\n"):
        try:
            in_line = _find_in_line(line)
        except TimeoutError:
            note_timeout()
            in_line = []  # a pathological line yields nothing rather than stalling a batch
        found.extend(TaxIdMatch(m.start + line_start, m.end + line_start, m.tax_id) for m in in_line)
        line_start += len(line) + 1
    return found


_remembered_tax_ids = remember(_find_tax_ids)
