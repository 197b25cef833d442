"""Lines as tier 3 reads them: a line that holds two printed rows is split back into its rows.

engine.document groups words into lines by vertical overlap with the band of a line's first word.
A tall word (a large "SALES INVOICE" title beside a letterhead) can span two or three rows of small
type, and then those rows land in one line, their words interleaved by x ("1930 Suite Pine 422
Road" for "1930 Pine Road" over "Suite 422"). Neither a model reading the prompt nor the grounding
of its answer should see that: the address is printed in two rows.

The sign of such a line is unambiguous: two of its words overlap horizontally (one stands above the
other) while sharing no height. Words of one real line never do, so lines without that sign, a
slightly rotated scan's included, are left exactly as they are. A flagged line is regrouped with
the smallest words first, so that rows are set by the body type and a tall word joins the row it
overlaps most.
"""

from __future__ import annotations

from dataclasses import replace

from engine.document import Document, Line, Page, Word

STACKED_X_OVERLAP = 0.5  # share of the narrower word two words must share horizontally to stand stacked


def split_stacked_rows(document: Document) -> Document:
    """`document` with every line that holds stacked rows split into those rows (the same object
    when no line does)."""
    pages: list[Page] = []
    changed = False
    for page in document.pages:
        lines: list[Line] = []
        for line in page.lines:
            rows = _rows(line) if _holds_stacked_rows(line) else [line]
            changed |= len(rows) > 1
            lines.extend(rows)
        pages.append(replace(page, lines=tuple(lines)) if len(lines) != len(page.lines) else page)
    return document.with_pages(pages) if changed else document


def _holds_stacked_rows(line: Line) -> bool:
    words = line.words
    for i, upper in enumerate(words):
        for lower in words[i + 1:]:
            if lower.bbox[0] >= upper.bbox[2]:
                break  # words are sorted by their left edge: none further right can overlap `upper`
            if _x_overlap(upper, lower) >= STACKED_X_OVERLAP * min(_width(upper), _width(lower)) and (
                    upper.bbox[3] <= lower.bbox[1] or lower.bbox[3] <= upper.bbox[1]):
                return True
    return False


def _rows(line: Line) -> list[Line]:
    """The line regrouped into rows, smallest words first; top to bottom, each left to right."""
    rows: list[tuple[float, float, list[Word]]] = []  # (band top, band bottom, words)
    for word in sorted(line.words, key=lambda w: (w.height, w.bbox[1])):
        top, bottom = word.bbox[1], word.bbox[3]
        centre = (top + bottom) / 2
        best, best_overlap = None, 0.0
        for row in rows:
            band_top, band_bottom, _ = row
            if band_top <= centre <= band_bottom or top <= (band_top + band_bottom) / 2 <= bottom:
                overlap = min(bottom, band_bottom) - max(top, band_top)
                if best is None or overlap > best_overlap:
                    best, best_overlap = row, overlap
        if best is None:
            rows.append((top, bottom, [word]))
        else:
            best[2].append(word)
    rows.sort(key=lambda row: row[0] + row[1])
    return [Line(tuple(sorted(words, key=lambda w: w.bbox[0]))) for _, _, words in rows]


def _x_overlap(a: Word, b: Word) -> float:
    return min(a.bbox[2], b.bbox[2]) - max(a.bbox[0], b.bbox[0])


def _width(word: Word) -> float:
    return max(word.bbox[2] - word.bbox[0], 1e-6)


__all__ = ["split_stacked_rows"]
