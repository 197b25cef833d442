"""What a template returns, and page furniture shared by templates (footers, page numbers)."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from corpus.holdout.doc import Doc
from corpus.holdout.render import A4, LETTER, Box, Sheet, paginate


@dataclass
class Built:
    doc: Doc
    sheet: Sheet
    template: str
    notes: dict[str, Any] = field(default_factory=dict)   # printed forms, for the MANIFEST
    png_scan_ok: bool = True                              # single page, fit for a PNG rendition
    scan_weight: float = 1.0                              # times the usual scan share (receipts photographed or scanned)


def paper(rng: random.Random, country: str) -> tuple[float, float]:
    if country == "US":
        return LETTER
    return A4 if rng.random() < 0.92 else LETTER


def issue_and_due(rng: random.Random, days_choices: Sequence[int] = (7, 14, 15, 30, 30, 30, 45, 60)
                  ) -> tuple[date, date, int]:
    issued = date(2023, 1, 2) + timedelta(days=rng.randrange(0, 880))
    days = rng.choice(list(days_choices))
    return issued, issued + timedelta(days=days), days


def paged_sheet(width: float, height: float, css: str, margin: tuple[float, float, float, float],
                rows: Sequence[Any], body: Callable[[Sequence[Any], int, bool], str],
                *, header_height_first: float = 0.0, header: Callable[[int], str] | None = None,
                footer: Callable[[int, int], str] | None = None, footer_height: float = 0.0) -> Sheet:
    """A sheet whose body flows `rows` over as many pages as needed.

    margin = (left, top, right, bottom). `header(page_index)` is drawn in a band of
    `header_height_first` points on every page (its own box, so the body starts below it);
    `footer(page_no, page_count)` in a band of `footer_height` points above the bottom margin.
    """
    left, top, right, bottom = margin
    body_top = top + header_height_first
    body_width = width - left - right
    body_height = height - body_top - bottom - footer_height

    body_rect = (left, body_top, left + body_width, body_top + body_height)
    pages_html = paginate(rows, body, css, lambda _i: body_rect)
    sheet = Sheet(width=width, height=height, css=css)
    count = len(pages_html)
    for index, html in enumerate(pages_html):
        boxes = []
        if header is not None and header_height_first:
            boxes.append(Box((left, top, width - right, body_top), header(index)))
        boxes.append(Box(body_rect, html))
        if footer is not None and footer_height:
            boxes.append(Box((left, height - bottom - footer_height, width - right, height - bottom),
                             footer(index + 1, count)))
        sheet.pages.append(boxes)
    return sheet


def pick(rng: random.Random, options: Sequence[Any]) -> Any:
    return options[rng.randrange(len(options))]


def chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p
