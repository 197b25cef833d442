"""Grounding: a value a model returns counts only where the document's visible text shows it.

Each kind of value is looked for the way it is printed:
- amounts numerically, among the amounts engine.normalize finds in the text (read with the document's
  inferred number convention, and with the other one as a weaker reading); a bare integer ("0", "25":
  no decimals, grouping or currency) is no evidence for money, except beside a line item's
  description (and always for quantities);
- dates as dates, among the dates engine.normalize finds (a day/month order the text leaves open
  is weaker evidence);
- currencies among the currency tokens and the amounts' currencies; a symbol or word several
  currencies share ("$", "Shs") grounds each of them only as "ambiguous";
- ids (invoice numbers, tax ids, references) as the same run of letters and digits, separators
  aside, never as part of a longer id; on OCR text O/0, I/1, S/5, B/8 may stand for each other;
- names, addresses and terms as the same words (case and punctuation aside) in one phrase, a line,
  or a block of stacked phrases (an address over several lines); failing that, fuzzily (rapidfuzz,
  for OCR misreadings), provided every digit still agrees.

What is found gives the value its provenance (page, bbox, source text) and a `kind`: "grounded"
(found as such), "fuzzy", "ambiguous", "offrow" (a line item's number found only away from its
row: its description's line, or a line of bare numbers right under it) or "derived" (a total
printed in stacked parts, such as CGST + SGST). What is not found is not returned at all.

With a label finder (tier 1's vocabulary, patterns/labels.toml) and a `Wanted` (the kinds of value
the field's labels announce, and which label fields name it), evidence also names the field of the
nearest label of that kind printed before it (`label`): in its own phrase ("Invoice No: INV-1"), in
the phrases left of it on its line (across bare numbers: "Total  413,46  15 718,54"), or in a phrase
up to two lines above it (a column header, or "Bill To:" over a name and its address). Among equally
good occurrences a lookup prefers one whose label names the field: the document date printed after
"Invoice Date", not the same date after "Ship Date". Labels never decide whether a value is found,
only where and how well.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cached_property
from typing import Any

import regex
from rapidfuzz import fuzz

from engine.document import BBox, Word, union_bbox
from engine.layout import Layout, Segment
from engine.normalize.amounts import DECIMAL_COMMA_COUNTRIES, find_amounts
from engine.normalize.currencies import find_currency, locale_country
from engine.normalize.dates import find_dates, parse_date
from engine.normalize.identifiers import ocr_fix_digits

AMOUNT_TOLERANCE = Decimal("0.005")
FUZZY_MIN_SCORE = 88.0  # rapidfuzz partial ratio (0-100) a fuzzy text match needs
SHORTEST_FUZZY = 5  # characters; shorter values must match exactly
LONGEST_BLOCK = 4  # lines an address or name may be spread over
NEAR_GAP_HEIGHTS = 3.0  # phrases closer than this (in line heights) on one line may continue a block line
# Symbols several currencies share: the model may name any of them.
SHARED_SYMBOLS: dict[str, frozenset[str]] = {
    "$": frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "ZWL", "LRD", "BSD", "JMD", "TTD", "FJD"}),
    "/=": frozenset({"KES", "UGX", "TZS"}),
    "¥": frozenset({"JPY", "CNY"}),
    "rs": frozenset({"INR", "PKR", "LKR", "NPR", "MUR", "SCR"}),
    "kr": frozenset({"SEK", "NOK", "DKK", "ISK"}),
}
# Currencies named in words or by a shared abbreviation that engine.normalize leaves unresolved
# ("Shs 20,000", "Uganda Shillings ... Only"): (pattern, the codes it may stand for). A pattern that
# names one code grounds it; one naming several grounds each of them as "ambiguous".
CURRENCY_WORDS: tuple[tuple[regex.Pattern[str], frozenset[str]], ...] = tuple(
    (regex.compile(pattern, regex.IGNORECASE), frozenset(codes)) for pattern, codes in (
        (r"\bugandan?\s+shillings?\b", {"UGX"}),
        (r"\bkenyan?\s+shillings?\b", {"KES"}),
        (r"\btanzanian?\s+shillings?\b", {"TZS"}),
        (r"\bsomali\s+shillings?\b", {"SOS"}),
        (r"\b(?:shillings?|shs?\.?)(?![\p{L}])", {"KES", "UGX", "TZS", "SOS"}),
        (r"\bindian\s+rupees?\b", {"INR"}),
        (r"\brupees?\b", {"INR", "PKR", "LKR", "NPR", "MUR", "SCR"}),
        (r"\bu\.?s\.?\s+dollars?\b", {"USD"}),
        (r"\bdollars?\b", SHARED_SYMBOLS["$"]),
        (r"\beuros?\b", {"EUR"}),
        (r"\bpounds?\s+sterling\b", {"GBP"}),
        (r"\bnaira\b", {"NGN"}),
        (r"\brand\b", {"ZAR"}),
        (r"\bcedis?\b", {"GHS"}),
        (r"\bswiss\s+francs?\b", {"CHF"}),
    ))
_ID_TOKEN = regex.compile(r"[\p{L}\p{N}]+")
# What may stand between a label and its value: punctuation, a currency code or symbol, a rate
# ("Total (KES):", "VAT 16%:", "Amount  USD").
_LABEL_FILLER = regex.compile(r"(?:[\s\p{P}\p{S}]|\d+(?:[.,]\d+)?\s*%|\b\p{Lu}{3}\b)*")
LABEL_LINES_UP = 2  # lines above a value a label may stand (a header over a name, over an address)
# A phrase that is data, not words: numbers, punctuation, a currency code ("413,46", "KES 1,160.00").
_DATA_CELL = regex.compile(r"(?:[\s\p{P}\p{S}\p{N}]|\b\p{Lu}{3}\b)*")
# A line item's line of bare numbers under its description ("2 x 85.00   170.00", "1 @ 5,000").
_NUMBERS_LINE = regex.compile(r"(?:[\s\p{P}\p{S}\p{N}]|\b[xX]\b|\b\p{Lu}{3}\b)*")
DECOY = "decoy"  # the field of a decoy label ("PO Date", "Previous balance")
# A label finder: the labels in a text, as (start, end, field, kind of value) with field a contract
# path, "party:<role>" or DECOY, and the kind as in patterns/labels.toml (amount, date, id, ...).
LabelFinder = Callable[[str], Iterable[tuple[int, int, str, str]]]
_ID_JOINERS = "-/._"


@dataclass(frozen=True)
class Evidence:
    page: int
    bbox: BBox
    text: str
    kind: str  # grounded | fuzzy | ambiguous | offrow | derived
    score: float = 1.0  # similarity in [0, 1] for fuzzy text; 1 otherwise
    label: str | None = None  # the field of the nearest wanted label printed before it (DECOY for a decoy)


@dataclass(frozen=True)
class _Found:
    """A value engine.normalize read from one segment's text."""

    value: object
    segment: Segment
    start: int
    end: int
    primary: bool  # read with the document's own conventions
    strong: bool = True  # amounts: decimals, grouping or a currency (not a bare integer); dates: unambiguous
    currency: str | None = None


@dataclass
class _Window:
    """A stretch of visible words (a phrase, a line, or a block of stacked phrases) in loose form."""

    page: int
    words: list[Word]
    loose: str
    spans: list[tuple[int, int]]  # each word's span in `loose`
    ocr: bool

    def words_between(self, start: int, end: int) -> list[Word]:
        return [w for w, (a, b) in zip(self.words, self.spans, strict=True) if a < end and start < b]


def loose(text: str) -> str:
    """Punctuation and symbols turned into spaces, whitespace collapsed, case-folded."""
    cleaned = "".join(" " if unicodedata.category(ch)[0] in "PS" else ch for ch in unicodedata.normalize("NFKC", text))
    return " ".join(cleaned.split()).casefold()


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


@dataclass(frozen=True)
class Wanted:
    """What labels can say about the value being grounded: the kinds of value that announce a field
    like it (`kinds`, as in patterns/labels.toml), and whether a label's field names it (`fits`)."""

    kinds: frozenset[str]
    fits: Callable[[str], bool]

    def fitting(self, evidence: Evidence) -> bool:
        return evidence.label is not None and self.fits(evidence.label)


class Grounding:
    """Looks values up in a document's visible text, minus the lines in `excluded` ((page, line index)
    pairs, e.g. text that talks to the model). `labels` finds labels in a text (see LabelFinder);
    without it no evidence names a label."""

    def __init__(self, layout: Layout, excluded: Iterable[tuple[int, int]] = (), locale: str | None = None,
                 labels: LabelFinder | None = None) -> None:
        self.layout = layout
        self.excluded = frozenset(excluded)
        self.locale = locale
        self.labels = labels
        self.segments = [s for s in layout.segments if (s.page, s.line_index) not in self.excluded]
        self._label_of_word: dict[tuple[int, frozenset[str]], str | None] = {}

    # ------------------------------------------------------------------------------------- numbers

    def amount(self, value: float | int, *, row: Evidence | None = None, integer_ok: bool = False,
               wanted: Wanted | None = None) -> Evidence | None:
        """Where the number `value` (sign aside: credits print either way) is printed. With `row`, a
        match on that row wins (a line item's numbers stand beside its description, or on a line of
        bare numbers right under it: "BREAD 400G" over "2 x 85.00  170.00" on a till receipt, a line
        that is no row of its own). A bare integer
        ("0", "25": no decimals, grouping or currency) is evidence only with `integer_ok` (quantities,
        or a row's numbers): anywhere else it is as likely a count, a year or a word in a sentence."""
        try:
            target = abs(Decimal(str(value)))
        except InvalidOperation:
            return None
        matches = [f for f in self._amounts if abs(abs(f.value) - target) <= AMOUNT_TOLERANCE  # type: ignore[arg-type]
                   and (f.strong or integer_ok)]
        off_row = False
        if row is not None and matches:
            on_row = [f for f in matches if _same_row(f.segment, row)]
            if not on_row:
                under = self._numbers_line_under(row)
                on_row = [f for f in matches if (f.segment.page, f.segment.line_index) == under]
            off_row = not on_row
            matches = on_row or matches
        if not matches:
            return self._printed_sum(target) if row is None else None
        best = max(matches, key=lambda f: (f.primary, self._fits(f, wanted), f.strong, -f.segment.order))
        return self._evidence(best, "offrow" if off_row else "grounded" if best.primary else "fuzzy", wanted)

    def _numbers_line_under(self, row: Evidence) -> tuple[int, int] | None:
        """(page, line index) of the line right under `row`'s words when it holds only numbers ("1 x
        5,000   5,000": no description of its own), within a line's height of it."""
        page = self.layout.pages[row.page - 1]
        height = max(row.bbox[3] - row.bbox[1], 1.0)
        for index, line in enumerate(page.lines):
            if not line:
                continue
            top = min(s.bbox[1] for s in line)
            if top < row.bbox[3] - 0.3 * height:
                continue
            near = top - row.bbox[3] <= 1.5 * min(height, max(s.height for s in line))
            numbers = all(_NUMBERS_LINE.fullmatch(s.text) for s in line)
            return (row.page, index) if near and numbers and (row.page, index) not in self.excluded else None
        return None

    def _printed_sum(self, target: Decimal) -> Evidence | None:
        """Two or three amounts printed one under the other that add up to `target` ("CGST 2,600.38"
        over "SGST 2,600.38" for a tax of 5,200.76): a total the document shows in parts."""
        column = sorted((f for f in self._amounts if f.primary and f.strong and f.value > 0),
                        key=lambda f: (f.segment.page, f.segment.line_index, f.segment.bbox[0]))
        for i, first in enumerate(column):
            parts = [first]
            for later in column[i + 1:]:
                last = parts[-1].segment
                if later.segment.page != last.page or later.segment.line_index > last.line_index + 1:
                    break
                if later.segment.line_index != last.line_index + 1 or not _stacked(last, later.segment):
                    continue
                parts.append(later)
                total = sum((abs(p.value) for p in parts), Decimal(0))  # type: ignore[misc]
                if abs(total - target) <= AMOUNT_TOLERANCE:
                    words = [w for p in parts for w in p.segment.words_in(p.start, p.end)]
                    return Evidence(first.segment.page, union_bbox(w.bbox for w in words),
                                    " + ".join(p.segment.text[p.start:p.end] for p in parts), "derived")
                if len(parts) == 3 or total > target:
                    break
        return None

    @cached_property
    def _amounts(self) -> list[_Found]:
        country = locale_country(self.locale)
        other = "US" if country in DECIMAL_COMMA_COUNTRIES else "DE"
        found: dict[tuple[int, int, int, Decimal], _Found] = {}
        for primary, locale in ((True, self.locale), (False, other)):
            for segment, start, end, match in self._scan(lambda text, loc=locale: find_amounts(text, loc)):
                amount = match.amount
                strong = amount.has_decimals or amount.currency is not None or any(
                    not ch.isdigit() for ch in amount.text.strip("-+() ")) or _currency_word_beside(
                    segment.text, start, end)
                key = (segment.order, start, end, amount.value)
                if key not in found:
                    found[key] = _Found(amount.value, segment, start, end, primary, strong, amount.currency)
        return list(found.values())

    # --------------------------------------------------------------------------------------- dates

    def date(self, value: str, *, wanted: Wanted | None = None) -> Evidence | None:
        target = as_date(value)
        if target is None:
            return None
        matches = [f for f in self._dates if f.value == target]
        if not matches:
            return None
        best = max(matches, key=lambda f: (f.primary and f.strong, f.primary, self._fits(f, wanted),
                                           -f.segment.order))
        return self._evidence(best, "grounded" if best.primary and best.strong else "ambiguous", wanted)

    @cached_property
    def _dates(self) -> list[_Found]:
        """Dates in phrases, and in whole lines (OCR splits "29th January, 2023" at a wide gap)."""
        found: list[_Found] = []
        readings = ((True, None), (False, True), (False, False))
        for segments in (self.segments, self._line_segments):
            for primary, day_first in readings:
                for segment, start, end, match in self._scan(
                        lambda text, d=day_first: find_dates(text, self.locale, d), segments):
                    found.append(_Found(match.value, segment, start, end, primary, not match.ambiguous))
        return found

    @cached_property
    def _line_segments(self) -> list[Segment]:
        """Each line of several phrases as one phrase."""
        by_line: dict[tuple[int, int], list[Segment]] = {}
        for segment in self.segments:
            by_line.setdefault((segment.page, segment.line_index), []).append(segment)
        joined = []
        for parts in by_line.values():
            if len(parts) > 1:
                words = tuple(w for part in parts for w in part.words)
                joined.append(Segment(parts[0].page, parts[0].line_index, parts[0].order, words,
                                      " ".join(w.text for w in words), union_bbox(w.bbox for w in words),
                                      max(part.font_size for part in parts)))
        return joined

    # ---------------------------------------------------------------------------------- currencies

    def currency(self, code: str) -> Evidence | None:
        code = code.strip().upper()
        shared: tuple[Segment, int, int] | None = None  # a symbol or word several currencies share
        for segment, start, end, match in self._currencies:
            if match.code == code:
                return self._evidence(_Found(code, segment, start, end, True), "grounded")
            if shared is None and code in SHARED_SYMBOLS.get(match.text.strip().casefold().rstrip("."), ()):
                shared = (segment, start, end)
        for found in self._amounts:
            if found.currency == code and found.primary:
                return self._evidence(found, "grounded")
        for segment in self.segments:
            for pattern, codes in CURRENCY_WORDS:
                if code not in codes:
                    continue
                match = pattern.search(segment.text)
                if match is None:
                    continue
                if len(codes) == 1:
                    return self._segment_evidence(segment, match.start(), match.end(), "grounded")
                shared = shared or (segment, match.start(), match.end())
        return self._segment_evidence(*shared, "ambiguous") if shared is not None else None

    @cached_property
    def _currencies(self) -> list[tuple[Segment, int, int, Any]]:
        return list(self._scan(lambda text: find_currency(text, self.locale)))

    # ------------------------------------------------------------------------------------------ ids

    def identifier(self, value: str, *, wanted: Wanted | None = None) -> Evidence | None:
        """The same letters and digits in one phrase, separators aside ("INV 2024-001" for
        "INV-2024-001"), never the tail or head of a longer id."""
        target = "".join(_ID_TOKEN.findall(value)).upper()
        if not target:
            return None
        found = [self._segment_evidence(segment, *span, "grounded", wanted=wanted) for segment in self.segments
                 if (span := _id_span(segment.text, target)) is not None]
        if not found:
            fixed_target = ocr_fix_digits(" ".join(_ID_TOKEN.findall(value))).replace(" ", "").upper()
            found = [self._segment_evidence(segment, *span, "fuzzy", wanted=wanted) for segment in self.segments
                     if any(w.source == "ocr" for w in segment.words)
                     and (span := _id_span(ocr_fix_digits(segment.text), fixed_target)) is not None]
        return _best_fitting(found, wanted)

    # ----------------------------------------------------------------------------------------- text

    def text(self, value: str, *, wanted: Wanted | None = None, skip: Callable[[Evidence], bool] | None = None
             ) -> Evidence | None:
        """The same words in a phrase, a line or a block of stacked phrases; else the closest fuzzy
        match whose digits agree. `skip` passes over exact occurrences already taken (the first
        "BREAD WHITE 400G" row for the second such row) while another one is left."""
        value_loose = loose(value)
        if not value_loose:
            return None
        exact = self._exact_text(value_loose, wanted, every=skip is not None)
        if skip is not None:
            exact = [e for e in exact if not skip(e)] or exact
        if exact:
            return _best_fitting(exact, wanted)
        if len(value_loose) < SHORTEST_FUZZY:
            return None
        best: tuple[float, _Window, int, int] | None = None
        for window in self._windows:
            found = fuzz.partial_ratio_alignment(value_loose, window.loose, score_cutoff=FUZZY_MIN_SCORE)
            if found is None or (best is not None and found.score <= best[0]):
                continue
            if len(value_loose) <= len(window.loose):
                start, end, covered = found.dest_start, found.dest_end, len(value_loose)
            else:  # the whole window matched part of the value: it must cover nearly all of it
                start, end, covered = 0, len(window.loose), found.src_end - found.src_start
            if covered < 0.9 * len(value_loose):
                continue
            # The alignment may cut a word (it matches as many characters as the value has): widen it
            # to whole words, so the digits compared are the printed ones.
            start = window.loose.rfind(" ", 0, start) + 1
            end = len(window.loose) if (space := window.loose.find(" ", end)) < 0 else space
            printed = window.loose[start:end]
            if window.ocr:
                printed = ocr_fix_digits(printed)
            if _digits(printed) != _digits(ocr_fix_digits(value_loose) if window.ocr else value_loose):
                continue
            best = (found.score, window, start, end)
        if best is None:
            return None
        score, window, start, end = best
        return self._window_evidence(window, start, end, "fuzzy", score / 100.0, wanted)

    def _exact_text(self, value_loose: str, wanted: Wanted | None, every: bool) -> list[Evidence]:
        """Exact occurrences of `value_loose` in reading order of windows, one per first word; it stops
        at the first (the first next to a fitting label, with `wanted`) unless `every`."""
        padded = f" {value_loose} "
        exact: list[Evidence] = []
        seen: set[int] = set()  # first words already found: a line or block repeats its phrases' matches
        for window in self._windows:
            at = f" {window.loose} ".find(padded)
            if at < 0:
                continue
            first = window.words_between(at, at + len(value_loose))[0]
            if id(first) in seen:
                continue
            seen.add(id(first))
            exact.append(self._window_evidence(window, at, at + len(value_loose), "grounded", 1.0, wanted))
            if not every and (wanted is None or wanted.fitting(exact[-1])):
                break
        return sorted(exact, key=lambda e: (e.page, e.bbox[1], e.bbox[0])) if every else exact

    @cached_property
    def _windows(self) -> list[_Window]:
        """Phrases, then whole lines of several phrases, then blocks of 2-4 stacked phrases."""
        phrases = [self._window([s]) for s in self.segments]
        lines = [self._window([line]) for line in self._line_segments]
        blocks: list[_Window] = []
        for segment in self.segments:
            pieces = [self._with_near_right(segment)]
            top = union_bbox(s.bbox for s in pieces[0])
            while len(pieces) < LONGEST_BLOCK:
                below = self._block_next(pieces[-1], top, segment.height)
                if below is None:
                    break
                pieces.append(self._with_near_right(below))
                blocks.append(self._window([s for piece in pieces for s in piece]))
        return [w for w in (*phrases, *lines, *blocks) if w.loose]

    def _with_near_right(self, segment: Segment) -> list[Segment]:
        """A phrase and the phrases that follow it closely on its line (OCR splits "Chennai - 600002"
        into pieces a little further apart than words)."""
        piece = [segment]
        height = max(segment.height, 1.0)
        while (nxt := piece[-1].right) is not None and nxt.bbox[0] - piece[-1].bbox[2] <= NEAR_GAP_HEIGHTS * height:
            piece.append(nxt)
        return piece

    def _block_next(self, piece: list[Segment], top: BBox, height: float) -> Segment | None:
        """The phrase right under `piece` aligned with the block's first line (`top`)."""
        height = max(height, 1.0)
        for segment in piece:
            # Two lines down, skipping a line of bare punctuation (OCR reads specks as "-" or ".").
            for candidate in self.layout.below(segment, max_lines=2):
                if (candidate.page, candidate.line_index) in self.excluded:
                    return None
                if not loose(candidate.text):
                    continue
                # Blocks are set flush left, centred (letterheads, receipts) or flush right.
                left = abs(candidate.bbox[0] - top[0])
                right = abs(candidate.bbox[2] - top[2])
                centre = abs(candidate.bbox[0] + candidate.bbox[2] - top[0] - top[2]) / 2
                if min(left, right, centre) <= 2 * height:
                    return candidate
        return None

    @staticmethod
    def _window(segments: list[Segment]) -> _Window:
        words: list[Word] = []
        spans: list[tuple[int, int]] = []
        parts: list[str] = []
        position = 0
        for segment in segments:
            for word in segment.words:
                form = loose(word.text)
                if not form:
                    continue
                words.append(word)
                spans.append((position, position + len(form)))
                parts.append(form)
                position += len(form) + 1
        return _Window(segments[0].page, words, " ".join(parts), spans,
                       any(w.source == "ocr" for w in words))

    # ------------------------------------------------------------------------------------- helpers

    def _scan(self, finder: Callable[[str], Iterable[Any]],
              segments: list[Segment] | None = None) -> Iterable[tuple[Segment, int, int, Any]]:
        """Run `finder(text)` over each page's text (one segment a line, so conventions a page shows
        once, such as a day above 12, hold for all its dates) and map matches back to segments."""
        by_page: dict[int, list[Segment]] = {}
        for segment in self.segments if segments is None else segments:
            by_page.setdefault(segment.page, []).append(segment)
        for segments in by_page.values():
            starts: list[int] = []
            position = 0
            for segment in segments:
                starts.append(position)
                position += len(segment.text) + 1
            text = "\n".join(segment.text for segment in segments)
            for match in finder(text):
                index = bisect.bisect_right(starts, match.start) - 1
                segment = segments[index]
                start, end = match.start - starts[index], match.end - starts[index]
                yield segment, start, min(end, len(segment.text)), match

    def _evidence(self, found: _Found, kind: str, wanted: Wanted | None = None) -> Evidence:
        return self._segment_evidence(found.segment, found.start, found.end, kind, wanted=wanted)

    def _segment_evidence(self, segment: Segment, start: int, end: int, kind: str, score: float = 1.0,
                          wanted: Wanted | None = None) -> Evidence:
        words = segment.words_in(start, end) or list(segment.words)
        return Evidence(segment.page, union_bbox(w.bbox for w in words), " ".join(w.text for w in words), kind, score,
                        self.label_before(words[0], wanted))

    def _window_evidence(self, window: _Window, start: int, end: int, kind: str, score: float,
                         wanted: Wanted | None = None) -> Evidence:
        words = window.words_between(start, end) or window.words
        return Evidence(window.page, union_bbox(w.bbox for w in words), " ".join(w.text for w in words), kind, score,
                        self.label_before(words[0], wanted))

    # -------------------------------------------------------------------------------------- labels

    def label_before(self, word: Word, wanted: Wanted | None) -> str | None:
        """The field of the nearest label of a wanted kind printed before `word`: at the end of the
        text before it in its phrase; else at the end of a phrase left of it on its line (passing
        over bare numbers), or of a phrase up to LABEL_LINES_UP lines above it. None when there is
        none, or no finder, or nothing is wanted. Words before it in its own phrase that end in no
        such label put the value inside a sentence: no label then."""
        if self.labels is None or wanted is None or not wanted.kinds:
            return None
        key = (id(word), wanted.kinds)
        if key not in self._label_of_word:
            self._label_of_word[key] = self._find_label_before(word, wanted.kinds)
        return self._label_of_word[key]

    def _find_label_before(self, word: Word, kinds: frozenset[str]) -> str | None:
        home = self._home.get(id(word))
        if home is None:
            return None
        segment, index = home
        prefix = " ".join(w.text for w in segment.words[:index])
        if prefix.strip():
            return self._trailing_label(prefix, kinds)
        left = self._left_of.get(id(segment))
        while left is not None:
            if (label := self._trailing_label(left.text, kinds)) is not None:
                return label
            if not _DATA_CELL.fullmatch(left.text):
                break  # words that are no such label: whatever stands further left labels them
            left = self._left_of.get(id(left))
        for above in self._above(segment):
            if (label := self._trailing_label(above.text, kinds)) is not None:
                return label
        return None

    def _trailing_label(self, text: str, kinds: frozenset[str]) -> str | None:
        """The field of the label `text` ends with (filler such as ":" or "(KES)" aside), when it is a
        label of one of `kinds`."""
        assert self.labels is not None
        hits = list(self.labels(text))
        if not hits:
            return None
        _, end, label, kind = max(hits, key=lambda hit: hit[1])
        return label if kind in kinds and _LABEL_FILLER.fullmatch(text[end:]) else None

    def _above(self, segment: Segment) -> list[Segment]:
        """Phrases up to LABEL_LINES_UP lines above `segment` that stand over it (overlapping it, or
        starting near its left edge), nearest line first."""
        page = self.layout.pages[segment.page - 1]
        height = max(segment.height, 1.0)
        x0, top, x1, _ = segment.bbox
        found: list[Segment] = []
        for line_index in range(segment.line_index - 1, max(-1, segment.line_index - 1 - LABEL_LINES_UP), -1):
            line = page.lines[line_index]
            if not line or (segment.page, line_index) in self.excluded:
                continue
            if top - max(s.bbox[3] for s in line) > 2.5 * height * (segment.line_index - line_index):
                break
            over = [s for s in line if min(x1, s.bbox[2]) - max(x0, s.bbox[0]) > 0 or abs(s.bbox[0] - x0) < 2 * height]
            found.extend(sorted(over, key=lambda s: abs(s.bbox[0] - x0)))
        return found

    @cached_property
    def _home(self) -> dict[int, tuple[Segment, int]]:
        """Each visible word's phrase and its index there."""
        return {id(word): (segment, index) for segment in self.segments for index, word in enumerate(segment.words)}

    @cached_property
    def _left_of(self) -> dict[int, Segment]:
        return {id(segment.right): segment for segment in self.segments if segment.right is not None}

    def _fits(self, found: _Found, wanted: Wanted | None) -> bool:
        if wanted is None or self.labels is None:
            return False
        words = found.segment.words_in(found.start, found.end)
        label = self.label_before(words[0], wanted) if words else None
        return label is not None and wanted.fits(label)


def _best_fitting(found: list[Evidence], wanted: Wanted | None) -> Evidence | None:
    """The first evidence next to a label that names the field, else the first."""
    if not found:
        return None
    if wanted is not None:
        for evidence in found:
            if wanted.fitting(evidence):
                return evidence
    return found[0]


def _id_span(text: str, target: str) -> tuple[int, int] | None:
    """The span of `text` whose letter-and-digit runs spell `target`, not inside a longer id."""
    tokens = [(m.start(), m.end(), m.group(0).upper()) for m in _ID_TOKEN.finditer(text)]
    for i, (start, _, token) in enumerate(tokens):
        if not target.startswith(token):
            continue
        spelled = ""
        for j in range(i, len(tokens)):
            spelled += tokens[j][2]
            if len(spelled) >= len(target):
                break
        else:
            continue
        if spelled != target:
            continue
        end = tokens[j][1]
        if _joined(text, start - 1, -1) or _joined(text, end, +1):
            continue
        return start, end
    return None


def _joined(text: str, at: int, step: int) -> bool:
    """Whether text[at] is an id separator with more of the id beyond it ("INV-2024" before "-001")."""
    beyond = at + step
    return (0 <= at < len(text) and text[at] in _ID_JOINERS and 0 <= beyond < len(text)
            and text[beyond].isalnum())


def _currency_word_beside(text: str, start: int, end: int) -> bool:
    """Whether a currency word engine.normalize does not read ("Shs 0") stands right before or after."""
    before, after = text[max(0, start - 10):start], text[end:end + 10]
    return any(pattern.search(before.rstrip()[-6:]) or pattern.match(after.lstrip())
               for pattern, _ in CURRENCY_WORDS)


def _stacked(upper: Segment, lower: Segment) -> bool:
    """Whether two phrases on consecutive lines stand in one column (right edges aligned, as amounts are)."""
    height = max(upper.height, lower.height, 1.0)
    return abs(upper.bbox[2] - lower.bbox[2]) <= 2 * height


def _same_row(segment: Segment, row: Evidence) -> bool:
    """Whether `segment` stands on `row`'s line(s): one's vertical centre within the other's band.
    (Mere overlap is not enough: tight till-receipt lines touch the next row's.)"""
    if segment.page != row.page:
        return False
    height = max(row.bbox[3] - row.bbox[1], 1.0)
    slack = 0.2 * min(height, max(segment.height, 1.0))
    centre = (segment.bbox[1] + segment.bbox[3]) / 2
    row_centre = (row.bbox[1] + row.bbox[3]) / 2
    return (row.bbox[1] - slack <= centre <= row.bbox[3] + slack
            or segment.bbox[1] - slack <= row_centre <= segment.bbox[3] + slack)


def as_date(value: str) -> date | None:
    """A date the model wrote: ISO as asked, or any single date engine.normalize can read."""
    text = value.strip()
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 and text[4] == "-" else parse_date(text)
    except ValueError:
        return parse_date(text)
