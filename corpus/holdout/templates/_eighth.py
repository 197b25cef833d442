"""Helpers the eighth set's templates share: a flowing line table with a first-page head and a last-page tail."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from corpus.holdout.base import paged_sheet
from corpus.holdout.components import Col, items_table
from corpus.holdout.render import Sheet


def flowing_sheet(width: float, height: float, css: str, cols: Sequence[Col], rows: Sequence[Sequence[str]], head: str, tail: str,
                  *, continued: Callable[[int], str], zebra: bool = False, margin: tuple[float, float, float, float] = (42, 38, 42, 34),
                  footer: Callable[[int, int], str] | None = None, extra_rows: Sequence[str] = (),
                  more: str = "continued overleaf") -> Sheet:
    """Rows over as many pages as they need: `head` on page one, `continued(index)` atop later pages,
    `extra_rows` closing the table and `tail` (totals, payment details) after it on the last page."""

    def body(chunk: Sequence[Sequence[str]], index: int, is_last: bool) -> str:
        top = head if index == 0 else continued(index)
        table = items_table(cols, chunk, zebra=zebra, extra_rows=extra_rows if is_last else ())
        return top + table + (tail if is_last else f"<p class='small r muted'>{more}</p>")

    return paged_sheet(width, height, css, margin, rows, body, footer=footer, footer_height=16 if footer else 0.0)
