"""Candidates for the field model and their features.

For each field the model covers, this module lists the values the document could give it and
describes each by numbers the model scores: where the value stands (page position, its line's type
size against the page's), how it was found (a label, its strength, inline / right / below), what
its line says (keywords, read fuzzily so OCR slips still count), how well OCR read it, what shape
the value has, how often it recurs, whether cross-field arithmetic backs it (net + tax = total)
and whether tier 1's hand-written ranking chose it.

Candidates come from tier 1's shared generator (engine.candidates) for amounts, dates and ids, and
from the page's top lines for the vendor's name and address, so tiers 1 and 2 read the same
document the same way and the model only re-ranks. Everything here is plain Python and numpy: the
same code builds the training rows (engine.field_model.train) and the rows scored at run time.
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import regex
from rapidfuzz import fuzz

from engine.candidates import Candidate, CandidateSet
from engine.document import BBox, union_bbox
from engine.layout import Layout, Segment
from engine.pattern_files import PatternSet
from engine.result import FieldValue

# The fields the model ranks, and the contract path each fills.
FIELD_PATHS: dict[str, str] = {
    "total": "financial_data.total_amount",
    "date": "document_date",
    "invoice_id": "invoice_ids.0",
    "vendor_name": "vendor_information.vendor_name",
    "address": "vendor_information.address",
}
FIELDS: tuple[str, ...] = tuple(FIELD_PATHS)
DOCUMENT_TYPES = ("invoice", "receipt", "remittance_advice", "credit_note", "statement")
METHODS = ("inline", "right", "below", "unlabelled")

# Words whose presence on a value's line says what the value is. Matched fuzzily (OCR reads "T0TAL",
# "Tota1"), whole words only for the short ones.
KEYWORDS: dict[str, tuple[str, ...]] = {
    "total": ("total", "jumlah", "grand", "amount due", "balance due", "payable", "net total", "nett"),
    "subtotal": ("subtotal", "sub total", "sub-total"),
    "tax": ("gst", "vat", "tax", "sst", "cgst", "sgst"),
    "cash": ("cash", "tender", "tendered", "paid", "payment", "visa", "card", "master"),
    "change": ("change", "balance", "baki"),
    "rounding": ("round", "rounding", "adj"),
    "discount": ("discount", "disc", "less"),
    "quantity": ("qty", "quantity", "items", "item", "pcs"),
    "excl": ("excl", "excluding", "before", "w/o"),
    "incl": ("incl", "inclusive", "including"),
    "date": ("date", "dated", "tarikh", "datum", "fecha"),
    "due": ("due", "expiry", "valid", "until", "expires"),
    "phone": ("tel", "fax", "phone", "mobile", "hp", "h/p", "whatsapp"),
    "registration": ("reg", "roc", "co.", "company no", "gst id", "gst no", "gst reg", "tax id", "vat no"),
    "title": ("invoice", "receipt", "tax invoice", "cash sale", "bill", "statement", "remittance", "credit note"),
}
_WORD = regex.compile(r"[^\W_]+(?:[./-][^\W_]+)*")
_TIME = regex.compile(r"\b\d{1,2}\s*[:.]\s*\d{2}(?:\s*[:.]\s*\d{2})?\s*(?:am|pm)?\b", regex.IGNORECASE)
_POSTCODE = regex.compile(r"\b\d{5}\b|\b\d{4}\b|\b\d{6}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_PHONE = regex.compile(r"[+(]?\d[\d\s()\-]{7,}\d")
_EMAIL = regex.compile(r"@|www\.|https?://|\.com\b", regex.IGNORECASE)
_TRAILING_REGISTRATION = regex.compile(
    r"\s*(?:[(<\[{]\s*(?:co\.?\s*|company\s*)?(?:reg\.?\s*)?(?:no\.?\s*)?[:.]?\s*[A-Z]{0,3}\d{4,}[\s\-]*[A-Z0-9]?\s*[)>\]}]?"
    r"|\d{5,}-[A-Z])\s*[,.;:]?\s*$", regex.IGNORECASE)
_REGISTRATION_LINE = regex.compile(r"^[(<\[{]?\s*(?:(?:co\.?\s*)?(?:reg|roc|company)\.?\s*(?:no\.?)?\s*[:.]?\s*)?"
                                   r"[(<\[{]?[A-Z]{0,3}\d{4,}[\s\-]*[A-Z]?[)>\]}]?\s*$", regex.IGNORECASE)

TOP_UNITS = 14  # vendor name and address candidates come from this many text units at the top of page 1
MAX_NAME_LINES = 3
MAX_ADDRESS_LINES = 6


@dataclass
class FieldCandidate:
    """One value the model may choose for one field, with its features."""

    field: str
    value: Any  # Decimal, date or str: what the field would report
    text: str  # the source text
    page: int
    bbox: BBox
    features: dict[str, float]
    words: tuple[Any, ...] = ()  # the Words it was read from (OCR confidence of the field)
    tier1: bool = False  # tier 1's choice for this field
    basis: str = "model"
    extra: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------------------------------
# Feature layout: one vector for every field, so one model scores them all. Each field owns a block;
# the blocks of other fields stay 0 (trees split on the field's own block).

COMMON_FEATURES = (
    *(f"field_{name}" for name in FIELDS),
    *(f"type_{name}" for name in DOCUMENT_TYPES),
    "tier1_choice", "tier1_found", "page_ocr", "page_quality", "candidates_log", "y", "x", "x_right", "page_index",
    "font_ratio", "ocr_min", "ocr_mean", "occurrences", "rank_in_field",
)
AMOUNT_FEATURES = (
    "a_labelled", "a_label_weight", "a_inline", "a_right", "a_below", "a_label_multiword", "a_labelled_count",
    "a_has_decimals", "a_currency", "a_largest", "a_value_ratio", "a_value_rank", "a_log_value", "a_decoy_same",
    "a_net_tax_sum", "a_other_labelled_field", "a_bottom_rank", "a_below_labelled_total", "a_negative",
    "a_sum_of_two_amounts", "a_after_total_line", "a_distinct_values",
    *(f"a_kw_{name}" for name in ("total", "subtotal", "tax", "cash", "change", "rounding", "discount", "quantity",
                                  "excl", "incl")),
    "a_kw_total_above",
)
DATE_FEATURES = (
    "d_labelled", "d_label_weight", "d_inline", "d_right", "d_below", "d_other_date_label", "d_order",
    "d_ambiguous", "d_year_offset", "d_time_on_line", "d_kw_date", "d_kw_due", "d_latest", "d_earliest",
    "d_distinct", "d_text_len", "d_named_month",
)
ID_FEATURES = (
    "i_label_weight", "i_inline", "i_right", "i_below", "i_length", "i_digit_share", "i_letters", "i_separators",
    "i_order", "i_count",
)
NAME_FEATURES = (
    "n_unit_index", "n_text_index", "n_lines", "n_font_rank", "n_font_ratio", "n_letter_share", "n_upper_share",
    "n_digits", "n_words", "n_length", "n_suffix", "n_address_like", "n_stop", "n_title", "n_labelled",
    "n_registration_after", "n_next_address_like", "n_centred", "n_bold", "n_garbage_above", "n_kw_phone",
    "n_first_text_unit", "n_trailing_registration", "n_tier1_overlap", "n_whole_lines", "n_repaired",
)
ADDRESS_FEATURES = (
    "r_start_index", "r_lines", "r_address_like_share", "r_first_address_like", "r_last_address_like",
    "r_postcode", "r_digits", "r_stop_inside", "r_next_stop", "r_next_address_like", "r_after_name",
    "r_starts_after_name", "r_name_inside", "r_length", "r_join_space", "r_ends_punct_share",
    "r_registration_inside", "r_phone_inside", "r_tier1_overlap", "r_tier1_prefix", "r_title_inside",
    "r_gap_above", "r_next_gap", "r_whole_lines",
)
FEATURES: tuple[str, ...] = (*COMMON_FEATURES, *AMOUNT_FEATURES, *DATE_FEATURES, *ID_FEATURES, *NAME_FEATURES,
                             *ADDRESS_FEATURES)
FEATURE_INDEX = {name: index for index, name in enumerate(FEATURES)}


def vectorise(candidates: list[FieldCandidate]) -> Any:
    """The candidates' features as a float32 matrix in FEATURES order."""
    import numpy as np

    matrix = np.zeros((len(candidates), len(FEATURES)), dtype=np.float32)
    for row, candidate in enumerate(candidates):
        for name, value in candidate.features.items():
            matrix[row, FEATURE_INDEX[name]] = value
    return matrix


# --------------------------------------------------------------------------------------------------
# Text helpers


@functools.lru_cache(maxsize=8192)
def keyword_flags(text: str) -> dict[str, bool]:
    """Which KEYWORDS groups a text mentions, tolerating one OCR slip in words of five letters or more.
    Cached: a line is asked about once per candidate on it. Callers must not change the dict."""
    lowered = text.lower()
    words = _WORD.findall(lowered)
    word_set = set(words)
    found = {}
    for group, keys in KEYWORDS.items():
        hit = False
        for key in keys:
            if " " in key or "." in key or "/" in key:
                hit = key in lowered
            elif key in word_set:
                hit = True
            elif len(key) >= 5:
                hit = any(abs(len(w) - len(key)) <= 1 and fuzz.ratio(w, key) >= 80 for w in words)
            if hit:
                break
        found[group] = hit
    return found


def letter_share(text: str) -> float:
    compact = text.replace(" ", "")
    return sum(c.isalpha() for c in compact) / len(compact) if compact else 0.0


def upper_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def is_garbage(text: str, confidence: float) -> bool:
    """OCR noise: a logo, a stamp or speckle read as a few odd characters."""
    stripped = text.strip()
    letters = sum(c.isalnum() for c in stripped)
    return letters < 3 or (confidence < 0.3 and letter_share(stripped) < 0.6) or letters < 0.5 * len(stripped)


def strip_registration(text: str) -> str:
    return _TRAILING_REGISTRATION.sub("", text.strip()).strip(" ,;:")


# Words of company names that OCR often misreads by one letter ("SON BHD", "SDN BHO", "HARDUARE").
# "SDN" and "BHD" are short and "SUN" is a word too, so they are repaired only as a pair.
_PAIR_SUFFIX = ("SDN", "BHD")
_LONG_SUFFIXES = ("BERHAD", "ENTERPRISE", "ENTERPRISES", "TRADING", "HOLDINGS", "RESTAURANT", "RESTORAN",
                  "HARDWARE", "STATIONERY", "INTERNATIONAL", "LIMITED", "SUPERMARKET", "PHARMACY", "BAKERY",
                  "TRADERS", "INDUSTRIES", "SERVICES", "SOLUTIONS", "SUPPLIES", "CORPORATION", "PERNIAGAAN",
                  "MARKETING", "DISTRIBUTOR", "TRADING", "COMPANY")
_TOKEN = regex.compile(r"^([^\p{L}]*)(\p{L}+)([^\p{L}]*)$")


def repair_name(text: str) -> str:
    """A company name with one-letter OCR slips in its legal-form words repaired: "SON BHD" and
    "SDN BHO" -> "SDN BHD", "HARDUARE" -> "HARDWARE", "D.I.¥." -> "D.I.Y."; the case of each word is
    kept; digits among dotted initials become letters ("D.1.Y." -> "D.I.Y."). Returns the text
    unchanged when nothing needs repair."""
    from rapidfuzz.distance import Levenshtein

    tokens = [_repair_initials(t) for t in text.replace("¥", "Y").split(" ")]
    parts = [_TOKEN.match(t) for t in tokens]
    for index, match in enumerate(parts):
        if match is None:
            continue
        word = match.group(2)
        upper = word.upper()
        fixed = upper
        if len(upper) >= 6 and upper not in _LONG_SUFFIXES:
            best = min(_LONG_SUFFIXES, key=lambda s: Levenshtein.distance(upper, s))
            if Levenshtein.distance(upper, best) == 1:
                fixed = best
        elif len(upper) == 3 and index + 1 < len(parts) and parts[index + 1] is not None:
            following = parts[index + 1].group(2).upper()  # type: ignore[union-attr]
            if (len(following) == 3 and Levenshtein.distance(upper, "SDN") <= 1
                    and Levenshtein.distance(following, "BHD") <= 1 and (upper, following) != _PAIR_SUFFIX):
                fixed = "SDN"
                tokens[index + 1] = _recase(parts[index + 1], "BHD")  # type: ignore[arg-type]
        if fixed != upper:
            tokens[index] = _recase(match, fixed)
    return " ".join(tokens)


_INITIALS = regex.compile(r"^(\(?)((?:[A-Z0-9]\.){2,})(\)?[,.]?)$")
_INITIAL_DIGITS = str.maketrans({"1": "I", "0": "O", "5": "S", "8": "B"})


def _repair_initials(token: str) -> str:
    """Dotted initials with a digit among letters ("D.1.Y.") take the letter the digit stands for."""
    match = _INITIALS.match(token)
    if match is None or not any(c.isalpha() for c in match.group(2)):
        return token
    return match.group(1) + match.group(2).translate(_INITIAL_DIGITS) + match.group(3)


def _recase(match: regex.Match[str], upper: str) -> str:
    word = match.group(2)
    if word.isupper():
        new = upper
    elif word[:1].isupper():
        new = upper.capitalize()
    else:
        new = upper.lower()
    return match.group(1) + new + match.group(3)


def join_lines(texts: list[str], style: str) -> str:
    """Address lines joined: "comma" puts ", " between lines (none after a line ending in , . or -),
    "space" a single space."""
    joined = texts[0].strip()
    for text in texts[1:]:
        if style == "space" or joined.endswith((",", ".", "-")):
            joined += " " + text.strip()
        else:
            joined += ", " + text.strip()
    return joined


def address_like(text: str, patterns: PatternSet) -> bool:
    has_digit = any(c.isdigit() for c in text)
    if patterns.address_words.contains(text):
        return True
    return bool(has_digit and _POSTCODE.search(text) and letter_share(text) > 0.3)


def is_stop_text(text: str, patterns: PatternSet) -> bool:
    stripped = text.strip()
    flags = keyword_flags(stripped)
    return bool(patterns.block_stops.contains(stripped) or _EMAIL.search(stripped) or flags["phone"]
                or (_PHONE.fullmatch(stripped.strip(" ,.;:")) is not None))


def _ocr_stats(words: tuple[Any, ...]) -> tuple[float, float]:
    if not words:
        return 1.0, 1.0
    confidences = [w.confidence for w in words]
    weights = [max(1, len(w.text)) for w in words]
    return min(confidences), sum(c * n for c, n in zip(confidences, weights, strict=True)) / sum(weights)


# --------------------------------------------------------------------------------------------------
# Document context shared by every field


@dataclass
class Context:
    layout: Layout
    candidates: CandidateSet
    patterns: PatternSet
    document_type: str
    baseline: dict[str, FieldValue]
    page_quality: float
    is_ocr: bool
    units: list[Segment] = field(default_factory=list)  # text units at the top of page 1, in reading order
    unit_info: list[dict[str, Any]] | None = None  # _unit_info's answer for `units`


def _common(context: Context, field_name: str, bbox: BBox, page: int, words: tuple[Any, ...], tier1: bool,
            font_ratio: float) -> dict[str, float]:
    layout_page = context.layout.pages[page - 1] if 0 < page <= len(context.layout.pages) else context.layout.pages[0]
    ocr_min, ocr_mean = _ocr_stats(words)
    features = {
        f"field_{field_name}": 1.0,
        "tier1_choice": float(tier1),
        "tier1_found": float(FIELD_PATHS[field_name] in context.baseline),
        "page_ocr": float(context.is_ocr),
        "page_quality": context.page_quality,
        "y": bbox[1] / layout_page.height if layout_page.height else 0.0,
        "x": bbox[0] / layout_page.width if layout_page.width else 0.0,
        "x_right": bbox[2] / layout_page.width if layout_page.width else 0.0,
        "page_index": float(page - 1),
        "font_ratio": font_ratio,
        "ocr_min": ocr_min,
        "ocr_mean": ocr_mean,
    }
    if context.document_type in DOCUMENT_TYPES:
        features[f"type_{context.document_type}"] = 1.0
    return features


def _font_ratio(context: Context, segment: Segment | None) -> float:
    if segment is None:
        return 1.0
    page = context.layout.pages[segment.page - 1]
    return segment.font_size / page.median_font if page.median_font else 1.0


def _finish(candidates: list[FieldCandidate], key: Any) -> list[FieldCandidate]:
    """Add the count of candidates and each one's rank by `key` (tier 1's prior, best first)."""
    ordered = sorted(range(len(candidates)), key=lambda i: key(candidates[i]), reverse=True)
    for rank, index in enumerate(ordered):
        candidates[index].features["rank_in_field"] = float(min(rank, 20))
        candidates[index].features["candidates_log"] = math.log1p(len(candidates))
    return candidates


def _same_value(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return False
    if isinstance(a, Decimal) or isinstance(b, Decimal) or isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 0.005
        except (TypeError, ValueError):
            return False
    if isinstance(a, date) or isinstance(b, date):
        return str(a) == str(b)
    return " ".join(str(a).split()).casefold() == " ".join(str(b).split()).casefold()


# --------------------------------------------------------------------------------------------------
# Amounts


def total_candidates(context: Context) -> list[FieldCandidate]:
    candidates = context.candidates
    baseline = context.baseline.get(FIELD_PATHS["total"])
    labelled = candidates.get("financial_data.total_amount")
    if context.document_type == "remittance_advice":
        labelled = [*labelled, *candidates.get("payment_information.payment_amount")]
    groups: dict[Decimal, list[Candidate]] = defaultdict(list)
    for candidate in (*labelled, *candidates.amounts):
        if candidate.value is None:
            continue
        groups[abs(candidate.value)].append(candidate)
    if not groups:
        return []
    values = sorted(groups)
    largest = values[-1]
    decoy_values = {abs(c.value) for c in candidates.decoys if isinstance(c.value, Decimal)}
    nets = {c.value for c in candidates.get("financial_data.net_amount")}
    taxes = {c.value for c in candidates.get("financial_data.tax_amount")}
    sums = {n + t for n in nets for t in taxes}
    other_fields = {abs(c.value) for key in ("financial_data.net_amount", "financial_data.tax_amount")
                    for c in candidates.get(key) if isinstance(c.value, Decimal)}
    small_amounts = sorted({abs(c.value) for c in candidates.amounts if c.has_decimals})[:40]
    pair_sums = {a + b for i, a in enumerate(small_amounts) for b in small_amounts[i + 1:]}
    total_lines = [c.segment.order for c in labelled if c.segment is not None and c.label]
    first_total_line = min(total_lines) if total_lines else None
    orders = sorted({c.segment.order for group in groups.values() for c in group if c.segment is not None},
                    reverse=True)
    out = []
    for value, group in groups.items():
        labels = [c for c in group if c.label and c.field in ("financial_data.total_amount",
                                                              "payment_information.payment_amount")]
        best = max(labels, key=lambda c: c.score) if labels else max(group, key=lambda c: (c.y_ratio, c.x_ratio))
        segment = best.segment
        flags: dict[str, bool] = defaultdict(bool)
        above_total = False
        for c in group:
            if c.segment is None:
                continue
            line_text = " ".join(s.text for s in context.layout.line_of(c.segment))
            for name, hit in keyword_flags(line_text).items():
                flags[name] = flags[name] or hit
            above = _line_above(context.layout, c.segment)
            if above is not None and keyword_flags(above)["total"]:
                above_total = True
        words = tuple(segment.words_in(*_span(segment, best.text))) if segment is not None else ()
        # A credit note's total is reported negative; its candidates are compared by size.
        tier1 = baseline is not None and isinstance(baseline.value, int | float) and _same_value(
            abs(baseline.value), value)
        features = _common(context, "total", best.bbox, best.page, words, tier1, _font_ratio(context, segment))
        rank = values.index(value)
        places = {(c.page, c.segment.order if c.segment is not None else -1, c.bbox) for c in group}
        features.update({
            "occurrences": float(len(places)),
            "a_labelled": float(bool(labels)),
            "a_label_weight": best.label_weight if labels else 0.0,
            "a_inline": float(bool(labels) and best.method == "inline"),
            "a_right": float(bool(labels) and best.method == "right"),
            "a_below": float(bool(labels) and best.method == "below"),
            "a_label_multiword": float(bool(labels) and bool(best.label_text) and " " in best.label_text.strip()),
            "a_labelled_count": float(len(labels)),
            "a_has_decimals": float(any(c.has_decimals for c in group)),
            "a_currency": float(any(c.currency for c in group)),
            "a_largest": float(value == largest),
            "a_value_ratio": float(value / largest) if largest else 0.0,
            "a_value_rank": float(len(values) - 1 - rank),
            "a_log_value": math.log10(float(value) + 1.0),
            "a_decoy_same": float(value in decoy_values),
            "a_net_tax_sum": float(value in sums),
            "a_other_labelled_field": float(value in other_fields),
            "a_bottom_rank": float(orders.index(segment.order)) if segment is not None and segment.order in orders else 20.0,
            "a_below_labelled_total": float(first_total_line is not None and segment is not None
                                            and segment.order > first_total_line),
            "a_negative": float(any(c.value < 0 for c in group)),
            "a_sum_of_two_amounts": float(value in pair_sums),
            "a_after_total_line": float(above_total),
            "a_distinct_values": math.log1p(len(values)),
            "a_kw_total_above": float(above_total),
        })
        for name in ("total", "subtotal", "tax", "cash", "change", "rounding", "discount", "quantity", "excl", "incl"):
            features[f"a_kw_{name}"] = float(flags[name])
        out.append(FieldCandidate("total", value, best.text, best.page, best.bbox, features, words, tier1,
                                  extra={"score": best.score if labels else 0.0}))
    return _finish(out, lambda c: (c.features["a_labelled"], c.extra["score"], c.features["a_largest"]))


def _line_above(layout: Layout, segment: Segment) -> str | None:
    page = layout.pages[segment.page - 1]
    if segment.line_index == 0:
        return None
    return " ".join(s.text for s in page.lines[segment.line_index - 1])


def _span(segment: Segment, text: str) -> tuple[int, int]:
    start = segment.text.find(text)
    if start < 0:
        return 0, len(segment.text)
    return start, start + len(text)


# --------------------------------------------------------------------------------------------------
# Dates


_NAMED_MONTH = regex.compile(r"[A-Za-z]{3}")


def date_candidates(context: Context) -> list[FieldCandidate]:
    candidates = context.candidates
    baseline = context.baseline.get(FIELD_PATHS["date"])
    labelled = candidates.get("document_date")
    other_labelled: set[Any] = set()
    for key, pool in candidates.by_field.items():
        if key != "document_date" and ("date" in key):
            other_labelled.update(c.value for c in pool)
    groups: dict[Any, list[Candidate]] = defaultdict(list)
    for candidate in (*labelled, *candidates.dates):
        if candidate.value is not None:
            groups[candidate.value].append(candidate)
    if not groups:
        return []
    values = sorted(groups)
    order = sorted(groups, key=lambda v: min((c.segment.order for c in groups[v] if c.segment is not None), default=0))
    out = []
    for value, group in groups.items():
        labels = [c for c in group if c.label and c.field == "document_date"]
        best = max(labels, key=lambda c: c.score) if labels else min(
            group, key=lambda c: c.segment.order if c.segment is not None else 0)
        segment = best.segment
        line_text = " ".join(s.text for s in context.layout.line_of(segment)) if segment is not None else best.text
        flags = keyword_flags(line_text)
        words = tuple(segment.words_in(*_span(segment, best.text))) if segment is not None else ()
        tier1 = baseline is not None and _same_value(baseline.value, value)
        features = _common(context, "date", best.bbox, best.page, words, tier1, _font_ratio(context, segment))
        year = value.year if isinstance(value, date) else 2000
        places = {(c.page, c.segment.order if c.segment is not None else -1, c.bbox) for c in group}
        features.update({
            "occurrences": float(len(places)),
            "d_labelled": float(bool(labels)),
            "d_label_weight": best.label_weight if labels else 0.0,
            "d_inline": float(bool(labels) and best.method == "inline"),
            "d_right": float(bool(labels) and best.method == "right"),
            "d_below": float(bool(labels) and best.method == "below"),
            "d_other_date_label": float(value in other_labelled),
            "d_order": float(order.index(value)),
            "d_ambiguous": float(any(c.ambiguous for c in group)),
            "d_year_offset": float(min(abs(year - 2020), 30)),
            "d_time_on_line": float(_TIME.search(line_text) is not None),
            "d_kw_date": float(flags["date"]),
            "d_kw_due": float(flags["due"]),
            "d_latest": float(value == values[-1]),
            "d_earliest": float(value == values[0]),
            "d_distinct": float(len(values)),
            "d_text_len": float(len(best.text)),
            "d_named_month": float(_NAMED_MONTH.search(best.text) is not None),
        })
        out.append(FieldCandidate("date", value, best.text, best.page, best.bbox, features, words, tier1,
                                  extra={"score": best.score if labels else 0.0}))
    return _finish(out, lambda c: (c.features["d_labelled"], c.extra["score"], -c.features["d_order"]))


# --------------------------------------------------------------------------------------------------
# Invoice ids


def id_candidates(context: Context) -> list[FieldCandidate]:
    pool = context.candidates.get("invoice_ids")
    baseline = context.baseline.get(FIELD_PATHS["invoice_id"])
    groups: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in pool:
        if candidate.value:
            groups[str(candidate.value)].append(candidate)
    orders = sorted(groups, key=lambda v: min((c.segment.order for c in groups[v] if c.segment is not None), default=0))
    out = []
    for value, group in groups.items():
        best = max(group, key=lambda c: c.score)
        segment = best.segment
        words = tuple(segment.words_in(*_span(segment, best.text))) if segment is not None else ()
        tier1 = baseline is not None and _same_value(baseline.value, value)
        features = _common(context, "invoice_id", best.bbox, best.page, words, tier1, _font_ratio(context, segment))
        compact = value.replace(" ", "")
        features.update({
            "occurrences": float(len(group)),
            "i_label_weight": best.label_weight,
            "i_inline": float(best.method == "inline"),
            "i_right": float(best.method == "right"),
            "i_below": float(best.method == "below"),
            "i_length": float(len(compact)),
            "i_digit_share": sum(c.isdigit() for c in compact) / len(compact) if compact else 0.0,
            "i_letters": float(any(c.isalpha() for c in compact)),
            "i_separators": float(sum(c in "-/_.#" for c in compact)),
            "i_order": float(orders.index(value)),
            "i_count": float(len(groups)),
        })
        out.append(FieldCandidate("invoice_id", value, best.text, best.page, best.bbox, features, words, tier1,
                                  extra={"score": best.score}))
    return _finish(out, lambda c: (c.extra["score"], -c.features["i_order"]))


# --------------------------------------------------------------------------------------------------
# Vendor name and address: the top text units of page 1


def top_units(layout: Layout, limit: int = TOP_UNITS) -> list[Segment]:
    """The first text units of page 1 in reading order (segments; wide gaps split a line)."""
    if not layout.pages:
        return []
    return [segment for line in layout.pages[0].lines for segment in line][:limit]


def _below_unit(units: list[Segment], index: int) -> int | None:
    """The unit on the next line under units[index] (overlapping it horizontally or nearly aligned)."""
    upper = units[index]
    for other in range(index + 1, len(units)):
        lower = units[other]
        if lower.line_index == upper.line_index:
            continue
        if lower.line_index > upper.line_index + 1:
            return None
        overlap = min(upper.bbox[2], lower.bbox[2]) - max(upper.bbox[0], lower.bbox[0])
        narrower = min(upper.bbox[2] - upper.bbox[0], lower.bbox[2] - lower.bbox[0])
        centre_gap = abs((upper.bbox[0] + upper.bbox[2]) - (lower.bbox[0] + lower.bbox[2])) / 2
        height = max(upper.height, 1.0)
        if overlap > 0.3 * narrower or abs(upper.bbox[0] - lower.bbox[0]) < 1.5 * height or centre_gap < 1.5 * height:
            return other
    return None


def _chains(units: list[Segment], start: int, length: int) -> list[int] | None:
    chain = [start]
    while len(chain) < length:
        following = _below_unit(units, chain[-1])
        if following is None:
            return None
        chain.append(following)
    return chain


def _unit_words(units: list[Segment], chain: list[int]) -> tuple[Any, ...]:
    return tuple(w for i in chain for w in units[i].words)


def _unit_info(context: Context, units: list[Segment]) -> list[dict[str, Any]]:
    """What each top unit looks like (noise, address, stop line...), computed once per document."""
    if context.unit_info is not None and len(context.unit_info) == len(units):
        return context.unit_info
    context.unit_info = _describe_units(context, units)
    return context.unit_info


def _describe_units(context: Context, units: list[Segment]) -> list[dict[str, Any]]:
    patterns = context.patterns
    page = context.layout.pages[0]
    info = []
    for unit in units:
        text = unit.text.strip()
        flags = keyword_flags(text)
        confidence = min((w.confidence for w in unit.words), default=1.0)
        info.append({
            "text": text,
            "garbage": is_garbage(text, confidence),
            "address": address_like(text, patterns),
            "stop": is_stop_text(text, patterns),
            "suffix": patterns.company_suffixes.contains(strip_registration(text)),
            "registration": bool(_REGISTRATION_LINE.match(text.strip(" ,.;")) or flags["registration"]),
            "title": flags["title"] and len(text.split()) <= 4,
            "labelled": bool(patterns.find_labels(text)) and text.rstrip().endswith(":")
            or any(h.start == 0 for h in patterns.find_labels(text)),
            "phone": flags["phone"] or bool(_PHONE.search(text) and letter_share(text) < 0.5),
            "font": unit.font_size / page.median_font if page.median_font else 1.0,
        })
    return info


def name_candidates(context: Context) -> list[FieldCandidate]:
    units = context.units
    if not units:
        return []
    info = _unit_info(context, units)
    baseline = context.baseline.get(FIELD_PATHS["vendor_name"])
    base_text = " ".join(str(baseline.value).split()).casefold() if baseline is not None else ""
    fonts = sorted({round(i["font"], 2) for i in info}, reverse=True)
    text_index = 0
    text_indices = []
    for item in info:
        text_indices.append(text_index)
        if not item["garbage"]:
            text_index += 1
    first_text = next((i for i, item in enumerate(info) if not item["garbage"]), 0)
    out: dict[str, FieldCandidate] = {}
    for start in range(len(units)):
        if info[start]["garbage"]:
            continue
        for length in range(1, MAX_NAME_LINES + 1):
            chain = _chains(units, start, length)
            if chain is None:
                break
            for whole in (False, True):
                texts = [_line_text(context, units[i]) if whole else info[i]["text"] for i in chain]
                if whole and texts == [info[i]["text"] for i in chain]:
                    continue
                for repaired in (False, True):
                    if repaired:
                        fixed = [repair_name(t) for t in texts]
                        if fixed == texts:
                            continue
                        texts = fixed
                    _add_name(context, units, info, chain, texts, whole, repaired, start, length, fonts,
                              text_indices, first_text, base_text, out)
    if baseline is not None and base_text and base_text not in out:
        out[base_text] = _baseline_candidate(context, "vendor_name", baseline)
    return _finish(list(out.values()), _prior_name)


def _line_text(context: Context, unit: Segment) -> str:
    return " ".join(s.text.strip() for s in context.layout.line_of(unit))


def _add_name(context: Context, units: list[Segment], info: list[dict[str, Any]], chain: list[int], texts: list[str],
              whole: bool, repaired: bool, start: int, length: int, fonts: list[float], text_indices: list[int], first_text: int,
              base_text: str, out: dict[str, FieldCandidate]) -> None:
    page = context.layout.pages[0]
    raw = " ".join(texts)
    value = strip_registration(raw)
    if len(value) < 2 or letter_share(value) < 0.4:
        return
    key = value.casefold()
    segments = [units[i] for i in chain]
    bbox = union_bbox(s.bbox for s in segments)
    words = _unit_words(units, chain)
    tier1 = bool(base_text) and " ".join(value.split()).casefold() == base_text
    font = max(info[i]["font"] for i in chain)
    features = _common(context, "vendor_name", bbox, 1, words, tier1, font)
    after = _below_unit(units, chain[-1])
    centre = (bbox[0] + bbox[2]) / 2 / page.width if page.width else 0.5
    garbage_above = sum(1 for i in range(start) if info[i]["garbage"])
    features.update({
        "n_unit_index": float(start),
        "n_text_index": float(text_indices[start]),
        "n_lines": float(length),
        "n_font_rank": float(fonts.index(round(info[start]["font"], 2))),
        "n_font_ratio": font,
        "n_letter_share": letter_share(value),
        "n_upper_share": upper_share(value),
        "n_digits": float(sum(c.isdigit() for c in value)),
        "n_words": float(len(value.split())),
        "n_length": float(len(value)),
        "n_suffix": float(context.patterns.company_suffixes.contains(value)),
        "n_address_like": float(any(info[i]["address"] for i in chain)),
        "n_stop": float(any(info[i]["stop"] for i in chain)),
        "n_title": float(any(info[i]["title"] for i in chain)),
        "n_labelled": float(any(info[i]["labelled"] for i in chain)),
        "n_registration_after": float(after is not None and info[after]["registration"]),
        "n_next_address_like": float(after is not None and info[after]["address"]),
        "n_centred": 1.0 - min(1.0, abs(centre - 0.5) * 2),
        "n_bold": float(any(getattr(w, "bold", False) for w in words)),
        "n_garbage_above": float(garbage_above),
        "n_kw_phone": float(any(info[i]["phone"] for i in chain)),
        "n_first_text_unit": float(start == first_text),
        "n_trailing_registration": float(value != raw.strip(" ,;:")),
        "n_tier1_overlap": _overlap(base_text, key),
        "n_whole_lines": float(whole),
        "n_repaired": float(repaired),
    })
    candidate = FieldCandidate("vendor_name", value, raw, 1, bbox, features, words, tier1,
                               extra={"chain": chain})
    if key not in out or _prior_name(candidate) > _prior_name(out[key]):
        out[key] = candidate


def _prior_name(candidate: FieldCandidate) -> tuple[float, float, float]:
    f = candidate.features
    return (f["tier1_choice"], f.get("n_suffix", 0.0) - 0.1 * f.get("n_text_index", 0.0), -f.get("n_lines", 0.0))


def _overlap(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return fuzz.ratio(a, b) / 100.0


def _baseline_candidate(context: Context, field_name: str, baseline: FieldValue) -> FieldCandidate:
    """Tier 1's own value when no candidate here reproduces it (a labelled block, a merged line)."""
    bbox = baseline.bbox or (0.0, 0.0, 0.0, 0.0)
    page = baseline.page or 1
    words = ()
    if 0 < page <= len(context.layout.pages):
        words = tuple(w for s in context.layout.pages[page - 1].segments for w in s.words
                      if _inside(w.bbox, bbox))
    features = _common(context, field_name, bbox, page, words, True, 1.0)
    prefix = "n_" if field_name == "vendor_name" else "r_"
    features[f"{prefix}tier1_overlap"] = 1.0
    features[f"{prefix}{'unit_index' if field_name == 'vendor_name' else 'start_index'}"] = 20.0
    return FieldCandidate(field_name, baseline.value, baseline.text or str(baseline.value), page, bbox, features,
                          words, True, basis=baseline.basis or "tier1")


def _inside(word: BBox, box: BBox) -> bool:
    w = max(0.0, min(word[2], box[2]) - max(word[0], box[0]))
    h = max(0.0, min(word[3], box[3]) - max(word[1], box[1]))
    area = max(1e-6, (word[2] - word[0]) * (word[3] - word[1]))
    return w * h >= 0.5 * area


def address_candidates(context: Context, name_chain: list[int] | None) -> list[FieldCandidate]:
    """Runs of stacked units joined two ways ("comma", "space"); `name_chain` is the units of the
    vendor name the model (or tier 1) chose, which the address usually follows."""
    units = context.units
    if not units:
        return []
    info = _unit_info(context, units)
    baseline = context.baseline.get(FIELD_PATHS["address"])
    base_text = " ".join(str(baseline.value).split()).casefold() if baseline is not None else ""
    name_end = name_chain[-1] if name_chain else None
    after_name = _below_unit(units, name_end) if name_end is not None else None
    out: dict[str, FieldCandidate] = {}
    for start in range(len(units)):
        if info[start]["garbage"] or info[start]["stop"]:
            continue
        for length in range(1, MAX_ADDRESS_LINES + 1):
            chain = _chains(units, start, length)
            if chain is None:
                break
            kept = [i for i in chain if not info[i]["registration"] or info[i]["address"]]
            if not kept:
                continue
            if not any(info[i]["address"] for i in kept):
                continue
            following = _below_unit(units, chain[-1])
            segments = [units[i] for i in kept]
            bbox = union_bbox(s.bbox for s in segments)
            words = _unit_words(units, kept)
            gap_above = 0.0
            if start > 0:
                gap_above = (units[start].bbox[1] - units[start - 1].bbox[3]) / max(units[start].height, 1.0)
            next_gap = 0.0
            if following is not None:
                next_gap = (units[following].bbox[1] - units[chain[-1]].bbox[3]) / max(units[chain[-1]].height, 1.0)
            unit_texts = [info[i]["text"] for i in kept]
            line_texts = [_line_text(context, units[i]) for i in kept]
            variants = [(unit_texts, style, False) for style in ("comma", "space")]
            if line_texts != unit_texts:
                variants += [(line_texts, style, True) for style in ("comma", "space")]
            for texts, style, whole in variants:
                value = join_lines(texts, style)
                key = value.casefold()
                if key in out:
                    continue
                tier1 = bool(base_text) and " ".join(value.split()).casefold() == base_text
                features = _common(context, "address", bbox, 1, words, tier1,
                                   max(info[i]["font"] for i in kept))
                features.update({
                    "r_start_index": float(start),
                    "r_lines": float(len(kept)),
                    "r_address_like_share": sum(info[i]["address"] for i in kept) / len(kept),
                    "r_first_address_like": float(info[kept[0]]["address"]),
                    "r_last_address_like": float(info[kept[-1]]["address"]),
                    "r_postcode": float(any(_POSTCODE.search(info[i]["text"]) for i in kept)),
                    "r_digits": float(sum(c.isdigit() for c in value)),
                    "r_stop_inside": float(any(info[i]["stop"] for i in kept)),
                    "r_next_stop": float(following is None or info[following]["stop"] or info[following]["phone"]),
                    "r_next_address_like": float(following is not None and info[following]["address"]),
                    "r_after_name": float(name_end is not None and start > name_end),
                    "r_starts_after_name": float(after_name is not None and start == after_name),
                    "r_name_inside": float(name_chain is not None and any(i in name_chain for i in chain)),
                    "r_length": float(len(value)),
                    "r_join_space": float(style == "space"),
                    "r_ends_punct_share": sum(info[i]["text"].endswith((",", ".")) for i in kept) / len(kept),
                    "r_registration_inside": float(any(info[i]["registration"] for i in chain)),
                    "r_phone_inside": float(any(info[i]["phone"] for i in kept)),
                    "r_tier1_overlap": _overlap(base_text, key),
                    "r_tier1_prefix": float(bool(base_text) and base_text.startswith(
                        " ".join(info[kept[0]]["text"].split()).casefold())),
                    "r_title_inside": float(any(info[i]["title"] for i in kept)),
                    "r_gap_above": min(gap_above, 10.0),
                    "r_next_gap": min(next_gap, 10.0),
                    "r_whole_lines": float(whole),
                })
                out[key] = FieldCandidate("address", value, value, 1, bbox, features, words, tier1,
                                          extra={"chain": kept, "style": style})
    if baseline is not None and base_text and base_text not in out:
        out[base_text] = _baseline_candidate(context, "address", baseline)
    return _finish(list(out.values()), lambda c: (c.features["tier1_choice"], c.features.get("r_address_like_share", 0.0)))


__all__ = [
    "FEATURES", "FIELDS", "FIELD_PATHS", "Context", "FieldCandidate", "address_candidates", "date_candidates",
    "id_candidates", "join_lines", "keyword_flags", "name_candidates", "top_units", "total_candidates", "vectorise",
]
