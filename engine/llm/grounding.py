"""Grounding: a value a model returns counts only where the document's visible text shows it.

Each kind of value is looked for the way it is printed:
- amounts numerically, among the amounts engine.normalize finds in the text (read with the document's
  inferred number convention, and with the other one as a weaker reading); a bare integer ("0", "25":
  no decimals, grouping or currency) is no evidence for money, except beside a line item's
  description (and always for quantities);
- dates as dates, among the dates engine.normalize finds (a day/month order the text leaves open
  is weaker evidence);
- currencies among the currency tokens and the amounts' currencies;
- ids (invoice numbers, tax ids, references) as the same run of letters and digits, separators
  aside, never as part of a longer id; on OCR text O/0, I/1, S/5, B/8 may stand for each other;
- names, addresses and terms as the same words (case and punctuation aside) in one phrase, a line,
  or a block of stacked phrases (an address over several lines); failing that, fuzzily (rapidfuzz,
  for OCR misreadings), provided every digit still agrees.

What is found gives the value its provenance (page, bbox, source text) and a `kind`: "grounded"
(found as such), "fuzzy", "ambiguous", "offrow" (a line item's number found only away from
its row) or "derived" (a total printed in stacked parts, such as CGST + SGST). What is not found is
not returned at all.
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
_ID_JOINERS = "-/._"


@dataclass(frozen=True)
class Evidence:
    page: int
    bbox: BBox
    text: str
    kind: str  # grounded | fuzzy | ambiguous | offrow | derived
    score: float = 1.0  # similarity in [0, 1] for fuzzy text; 1 otherwise


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


class Grounding:
    """Looks values up in a document's visible text, minus the lines in `excluded` ((page, line index)
    pairs, e.g. text that talks to the model)."""

    def __init__(self, layout: Layout, excluded: Iterable[tuple[int, int]] = (), locale: str | None = None) -> None:
        self.layout = layout
        self.excluded = frozenset(excluded)
        self.locale = locale
        self.segments = [s for s in layout.segments if (s.page, s.line_index) not in self.excluded]

    # ------------------------------------------------------------------------------------- numbers

    def amount(self, value: float | int, *, row: Evidence | None = None, integer_ok: bool = False) -> Evidence | None:
        """Where the number `value` (sign aside: credits print either way) is printed. With `row`, a
        match on that row wins (a line item's numbers stand beside its description). A bare integer
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
            off_row = not on_row
            matches = on_row or matches
        if not matches:
            return self._printed_sum(target) if row is None else None
        best = max(matches, key=lambda f: (f.primary, f.strong, -f.segment.order))
        return self._evidence(best, "offrow" if off_row else "grounded" if best.primary else "fuzzy")

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

    def date(self, value: str) -> Evidence | None:
        wanted = as_date(value)
        if wanted is None:
            return None
        matches = [f for f in self._dates if f.value == wanted]
        if not matches:
            return None
        best = max(matches, key=lambda f: (f.primary and f.strong, f.primary, -f.segment.order))
        return self._evidence(best, "grounded" if best.primary and best.strong else "ambiguous")

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
        for segment, start, end, match in self._currencies:
            if match.code == code or code in SHARED_SYMBOLS.get(match.text.strip().casefold().rstrip("."), ()):
                return self._evidence(_Found(code, segment, start, end, True), "grounded")
        for found in self._amounts:
            if found.currency == code and found.primary:
                return self._evidence(found, "grounded")
        shared: tuple[Segment, int, int] | None = None
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

    def identifier(self, value: str) -> Evidence | None:
        """The same letters and digits in one phrase, separators aside ("INV 2024-001" for
        "INV-2024-001"), never the tail or head of a longer id."""
        target = "".join(_ID_TOKEN.findall(value)).upper()
        if not target:
            return None
        for segment in self.segments:
            span = _id_span(segment.text, target)
            if span is not None:
                return self._segment_evidence(segment, *span, "grounded")
        fixed_target = ocr_fix_digits(" ".join(_ID_TOKEN.findall(value))).replace(" ", "").upper()
        for segment in self.segments:
            if any(w.source == "ocr" for w in segment.words):
                span = _id_span(ocr_fix_digits(segment.text), fixed_target)
                if span is not None:
                    return self._segment_evidence(segment, *span, "fuzzy")
        return None

    # ----------------------------------------------------------------------------------------- text

    def text(self, value: str) -> Evidence | None:
        """The same words in a phrase, a line or a block of stacked phrases; else the closest fuzzy
        match whose digits agree."""
        wanted = loose(value)
        if not wanted:
            return None
        padded = f" {wanted} "
        for window in self._windows:
            at = f" {window.loose} ".find(padded)
            if at >= 0:
                return self._window_evidence(window, at, at + len(wanted), "grounded", 1.0)
        if len(wanted) < SHORTEST_FUZZY:
            return None
        best: tuple[float, _Window, int, int] | None = None
        for window in self._windows:
            found = fuzz.partial_ratio_alignment(wanted, window.loose, score_cutoff=FUZZY_MIN_SCORE)
            if found is None or (best is not None and found.score <= best[0]):
                continue
            if len(wanted) <= len(window.loose):
                start, end, covered = found.dest_start, found.dest_end, len(wanted)
            else:  # the whole window matched part of the value: it must cover nearly all of it
                start, end, covered = 0, len(window.loose), found.src_end - found.src_start
            if covered < 0.9 * len(wanted):
                continue
            # The alignment may cut a word (it matches as many characters as the value has): widen it
            # to whole words, so the digits compared are the printed ones.
            start = window.loose.rfind(" ", 0, start) + 1
            end = len(window.loose) if (space := window.loose.find(" ", end)) < 0 else space
            printed = window.loose[start:end]
            if window.ocr:
                printed = ocr_fix_digits(printed)
            if _digits(printed) != _digits(ocr_fix_digits(wanted) if window.ocr else wanted):
                continue
            best = (found.score, window, start, end)
        if best is None:
            return None
        score, window, start, end = best
        return self._window_evidence(window, start, end, "fuzzy", score / 100.0)

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

    def _evidence(self, found: _Found, kind: str) -> Evidence:
        return self._segment_evidence(found.segment, found.start, found.end, kind)

    @staticmethod
    def _segment_evidence(segment: Segment, start: int, end: int, kind: str, score: float = 1.0) -> Evidence:
        words = segment.words_in(start, end) or list(segment.words)
        return Evidence(segment.page, union_bbox(w.bbox for w in words), " ".join(w.text for w in words), kind, score)

    @staticmethod
    def _window_evidence(window: _Window, start: int, end: int, kind: str, score: float) -> Evidence:
        words = window.words_between(start, end) or window.words
        return Evidence(window.page, union_bbox(w.bbox for w in words), " ".join(w.text for w in words), kind, score)


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
    if segment.page != row.page:
        return False
    height = max(row.bbox[3] - row.bbox[1], 1.0)
    slack = 0.3 * min(height, max(segment.height, 1.0))
    return segment.bbox[1] < row.bbox[3] + slack and segment.bbox[3] > row.bbox[1] - slack


def as_date(value: str) -> date | None:
    """A date the model wrote: ISO as asked, or any single date engine.normalize can read."""
    text = value.strip()
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 and text[4] == "-" else parse_date(text)
    except ValueError:
        return parse_date(text)
