"""A spreadsheet printed with its grid headings: row numbers (1, 2, 3, ...) down the left margin and
column letters (A, B, C, ...) across the top. They are the sheet's furniture, not the document's
text: left in, "1" opens the vendor's name ("1 Lockhart Packaging Limited") and "9" its street.

Told by geometry alone: at least MIN_ROWS numbers counting up by one from 1, each the leftmost word
of the page (a table's item numbers share the margin with the letterhead above them, so they never
qualify), right-aligned in one narrow column; and, only with such a gutter, a row of single capital
letters in alphabetical order above every other word.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (engine.document calls this module while it loads a page)
    from engine.document import Word

MIN_ROWS = 8  # a gutter numbers every row of the sheet: a handful could be anything
ALIGN_PT = 2.0  # right edges of the row numbers within this many points of each other
GUTTER_GAP_PT = 4.0  # the gutter ends this far left of the sheet's first column, at least


def grid_headings(words: Sequence[Word]) -> set[int]:
    """Indices (into `words`) of the row numbers and column letters of a printed spreadsheet; empty
    when the page is not one."""
    numbers = [i for i, w in enumerate(words) if w.text.isdigit() and len(w.text) <= 4 and not w.hidden]
    if len(numbers) < MIN_ROWS:
        return set()
    right_edges = sorted(words[i].bbox[2] for i in numbers)
    # The gutter's column: the numbers whose right edge is the most common one (within ALIGN_PT).
    edge = max(right_edges, key=lambda e: sum(abs(e - other) <= ALIGN_PT for other in right_edges))
    column = sorted((i for i in numbers if abs(words[i].bbox[2] - edge) <= ALIGN_PT),
                    key=lambda i: words[i].bbox[1])
    if len(column) < MIN_ROWS or [int(words[i].text) for i in column] != list(range(1, len(column) + 1)):
        return set()
    gutter = set(column)
    rest = [w for i, w in enumerate(words) if i not in gutter and not w.hidden and w.text.strip()]
    if not rest or max(words[i].bbox[2] for i in gutter) > min(w.bbox[0] for w in rest) - GUTTER_GAP_PT:
        return set()
    return gutter | _column_letters(words, gutter)


def _column_letters(words: Sequence[Word], gutter: set[int]) -> set[int]:
    """The column letters: single capitals in alphabetical order on one line above the first row."""
    first_row_top = min(words[i].bbox[1] for i in gutter)
    letters = sorted((i for i, w in enumerate(words) if len(w.text) == 1 and "A" <= w.text <= "Z"
                      and w.bbox[3] <= first_row_top + ALIGN_PT), key=lambda i: words[i].bbox[0])
    expected = [chr(ord("A") + n) for n in range(len(letters))]
    if len(letters) < 2 or [words[i].text for i in letters] != expected:
        return set()
    above = [w for i, w in enumerate(words) if i not in letters and w.bbox[3] <= first_row_top - ALIGN_PT
             and not w.hidden and w.text.strip()]
    return set() if above else set(letters)
