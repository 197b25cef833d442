"""Helpers the fourteenth set's templates share: typed text with uneven ink (typewriter and dot-matrix prints), whole-unit
amounts with a chosen thousands mark (rupiah), a receipt's rounding to the 5 sen, and a till roll measured to its content."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

import pymupdf

from corpus.holdout.components import esc
from corpus.holdout.render import Box, Sheet, fits


def typed(text: str, rng: random.Random, *, faint: float = 0.35) -> str:
    """`text` as a typewriter strikes it: each word in its own ink, some lighter (a worn ribbon, an uneven key)."""
    out = []
    for word in str(text).split(" "):
        if not word:
            out.append("")
            continue
        grey = rng.randrange(0x05, 0x30) if rng.random() > faint else rng.randrange(0x38, 0x70)
        out.append(f"<span style='color:#{grey:02x}{grey:02x}{grey + 8 if grey < 0xf0 else grey:02x}'>{esc(word)}</span>")
    return " ".join(out)


def whole(value: Decimal, sep: str) -> str:
    """A whole amount grouped by threes with `sep` (`125.000`, `125,000`), a leading minus for negatives."""
    n = int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    digits = f"{abs(n):,}".replace(",", sep)
    return ("-" if n < 0 else "") + digits


def round_5sen(value: Decimal) -> Decimal:
    return (value * 20).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 20


def fits_strictly(html: str, css: str, rect: tuple[float, float, float, float]) -> bool:
    """`fits`, and the content also ends inside `rect` when laid out in a tall one (see `roll_sheet`)."""
    story = pymupdf.Story(html=html, user_css="body {margin:0}" + css)
    _more, filled = story.place(pymupdf.Rect(rect[0], rect[1], rect[2], rect[1] + 20000))
    return float(filled[3]) <= rect[3] and fits(html, css, rect)


def roll_sheet(width: float, html: str, css: str, *, margin: float = 8.0) -> Sheet:
    """A till roll `width` points wide and as long as its content, measured from where the content actually ends (a table
    that straddles a short rectangle's foot can be reported as placed, so the length is read off a tall placement)."""
    story = pymupdf.Story(html=html, user_css="body {margin:0}" + css)
    _more, filled = story.place(pymupdf.Rect(margin, margin, width - margin, margin + 20000))
    height = max(200.0, float(filled[3]) - margin + 12.0)
    while not fits_strictly(html, css, (margin, margin, width - margin, margin + height)):
        height += 12.0
    return Sheet(width=width, height=height + 2 * margin, css=css, pages=[[Box((margin, margin, width - margin, margin + height), html)]])
