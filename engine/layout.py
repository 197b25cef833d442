"""Geometry over a Document's lines: segments (phrases separated by wide gaps), their neighbours to
the right and below, and blocks of stacked segments.

A label and its value are usually either in one segment ("Invoice No: 123"), in the next segment of
the same line ("Total ........ 1,250.00"), or in the segment below ("Date" over "21/08/2024"). Tier 1
only needs those three relations, so that is what this module answers, in reading order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import StatisticsError

from engine.bidi import reading_order
from engine.document import BBox, Document, Line, Word, union_bbox

# A gap wider than this many line heights splits a line into segments. Word spaces are about 0.3 of
# the font height; column gaps in forms and tables are several heights wide.
SEGMENT_GAP_HEIGHTS = 1.1
# Beside a word this many times its size, a gap of this many of the smaller word's heights parts two segments.
TYPE_CHANGE_RATIO = 1.8
TYPE_CHANGE_GAP_HEIGHTS = 0.5


@dataclass(slots=True)
class Segment:
    page: int  # 1-based page number in the document
    line_index: int  # index of its line in the page's reading order
    order: int  # position in the document's reading order
    words: tuple[Word, ...]
    text: str
    bbox: BBox
    font_size: float
    right: Segment | None = field(default=None, repr=False)
    # What scanning this segment's text found (amounts, dates, labels...), computed once per document
    # and shared by every reader of the segment: see engine.candidates.scan.
    cache: dict[str, object] = field(default_factory=dict, repr=False)

    @property
    def height(self) -> float:
        return self.bbox[3] - self.bbox[1]

    @property
    def confidence(self) -> float:
        return min((w.confidence for w in self.words), default=1.0)

    def words_in(self, start: int, end: int) -> list[Word]:
        """The words covering text[start:end]."""
        covered = []
        position = 0
        for word in self.words:
            word_end = position + len(word.text)
            if word_end > start and position < end:
                covered.append(word)
            position = word_end + 1
        return covered

    def char_bbox(self, start: int, end: int) -> BBox:
        """Bounding box of the words covering text[start:end]."""
        covered = []
        position = 0
        for word in self.words:
            word_end = position + len(word.text)
            if word_end > start and position < end:
                covered.append(word.bbox)
            position = word_end + 1
        return union_bbox(covered) if covered else self.bbox


@dataclass
class PageLayout:
    number: int
    width: float
    height: float
    lines: list[list[Segment]]  # segments of each line, left to right
    median_font: float

    @property
    def segments(self) -> list[Segment]:
        return [segment for line in self.lines for segment in line]


@dataclass
class Layout:
    pages: list[PageLayout]

    @property
    def segments(self) -> list[Segment]:
        return [segment for page in self.pages for segment in page.segments]

    def below(self, segment: Segment, max_lines: int = 2, max_gap_heights: float = 2.5) -> list[Segment]:
        """Segments under `segment`, nearest first, within a few lines: those that overlap it
        horizontally, else on each line the nearest one starting within a few heights of it (a value
        box set slightly right of its label)."""
        page = self.pages[segment.page - 1]
        found: list[Segment] = []
        x0, _, x1, bottom = segment.bbox
        height = max(segment.height, 1.0)
        limit = bottom + max_gap_heights * height * max_lines
        for line in page.lines[segment.line_index + 1: segment.line_index + 1 + max_lines + 2]:
            if not line or line[0].bbox[1] > limit and min(c.bbox[1] for c in line) > limit:
                break
            overlapping = [c for c in line if min(x1, c.bbox[2]) - max(x0, c.bbox[0]) > 0
                           or abs(c.bbox[0] - x0) < 2 * height]
            # Under a row of labels, the value that shares the label's left edge is the label's.
            overlapping.sort(key=lambda c: abs(c.bbox[0] - x0))
            if not overlapping:
                near = [c for c in line if x0 - 2 * height <= c.bbox[0] <= x1 + 6 * height]
                overlapping = sorted(near, key=lambda c: abs(c.bbox[0] - x0))[:1]
            found.extend(c for c in overlapping if c.bbox[1] <= limit)
            if len(found) >= max_lines:
                break
        return found

    def line_of(self, segment: Segment) -> list[Segment]:
        return self.pages[segment.page - 1].lines[segment.line_index]


def median(values: list[float]) -> float:
    """statistics.median's value for a list of numbers, at a fraction of its cost (it runs for every
    line of every page)."""
    ordered = sorted(values)
    n = len(ordered)
    if n == 0:
        raise StatisticsError("no median for empty data")
    middle = n // 2
    return ordered[middle] if n % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def build_layout(document: Document) -> Layout:
    pages = []
    order = 0
    for page_index, page in enumerate(document.pages):
        lines: list[list[Segment]] = []
        for line_index, line in enumerate(page.lines):
            segments = []
            for words in split_line(line):
                words = reading_order(words)
                text = " ".join(w.text for w in words)
                segments.append(Segment(page_index + 1, line_index, order, words, text,
                                        union_bbox(w.bbox for w in words), max(w.font_size for w in words)))
                order += 1
            for left, right in zip(segments, segments[1:], strict=False):
                left.right = right
            lines.append(segments)
        fonts = [w.font_size for line in page.lines for w in line.words if w.font_size > 0]
        pages.append(PageLayout(page_index + 1, page.width, page.height, lines, median(fonts) if fonts else 10.0))
    return Layout(pages)


def split_line(line: Line) -> list[tuple[Word, ...]]:
    words = line.words
    if not words:
        return []
    height = median([_box_height(w) for w in words]) or 1.0
    if any(_is_leader(w.text) for w in words) and not all(_is_leader(w.text) for w in words):
        # Dot leaders ("RECEIVER NAME ......... Holloway Inc") join a label to its value across
        # the page as a wide gap does: they part the two and are no part of either.
        groups: list[list[Word]] = []
        after_leader = True
        for previous, word in zip((None, *words), words, strict=False):
            if _is_leader(word.text):
                after_leader = True
                continue
            if after_leader or (previous is not None
                                and word.bbox[0] - previous.bbox[2] > SEGMENT_GAP_HEIGHTS * height):
                groups.append([word])
            else:
                groups[-1].append(word)
            after_leader = False
        return [tuple(group) for group in groups]
    groups = [[words[0]]]
    for previous, word in zip(words, words[1:], strict=False):
        if word.bbox[0] - previous.bbox[2] > SEGMENT_GAP_HEIGHTS * height or _change_of_type(previous, word):
            groups.append([word])
        else:
            groups[-1].append(word)
    return [tuple(group) for group in groups]


# A text layer's word box is the font's box, about 1.2-1.4 times its size; OCR boxes hug the glyphs
# ("350,00" is as tall as its digits, two thirds of the size), so on a scan a plain word space
# looks wider than a line height and would split a phrase in two ("2 | 350,00", "Votre | facture").
# OCR words are measured by the font size their line's glyphs give instead.
OCR_BOX_PER_FONT_SIZE = 1.2


def _change_of_type(previous: Word, word: Word) -> bool:
    """Two neighbours set in very different sizes with more than a small space between them: a name in
    large type and a form's label in small type beside it ("Great Plains Brokerage, LLC  Payment ID"),
    whose space, a word space of the large type, reads as no gap against the line's height."""
    sizes = sorted((previous.font_size, word.font_size))
    if previous.source != "pdf" or word.source != "pdf" or sizes[0] <= 0 or sizes[1] < TYPE_CHANGE_RATIO * sizes[0]:
        return False
    return word.bbox[0] - previous.bbox[2] > TYPE_CHANGE_GAP_HEIGHTS * min(_box_height(previous), _box_height(word))


def _box_height(word: Word) -> float:
    height = word.bbox[3] - word.bbox[1]
    if word.source == "ocr" and word.font_size > 0:
        return max(height, OCR_BOX_PER_FONT_SIZE * word.font_size)
    return height


def _is_leader(text: str) -> bool:
    """A run of leader dots at least three wide ("........", "…", "···")."""
    return set(text) <= _LEADER_CHARS and (len(text) >= 3 or "…" in text)


_LEADER_CHARS = frozenset(".…·")
