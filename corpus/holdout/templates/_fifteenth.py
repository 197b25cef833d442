"""Helpers the fifteenth set's templates share: priced lines drawn from a small pool, dotted dates in their national
variants, totals rows, and a single-page sheet that refuses content it cannot hold (measured with `fits_strictly`)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from corpus.holdout.catalog import Line
from corpus.holdout.money import money
from corpus.holdout.render import Box, Sheet
from corpus.holdout.templates._fourteenth import fits_strictly

D = Decimal


def priced_lines(rng: random.Random, pool: Sequence[tuple], count: int, *, quantities: Sequence[int | str] = (1, 1, 2, 3, 4, 5, 10),
                 whole_prices: bool = False) -> list[Line]:
    """`count` distinct lines from `pool` entries (description, unit, low, high); quantity x price exact to the cent."""
    chosen = rng.sample(list(pool), min(count, len(pool)))
    lines = []
    for desc, unit, low, high in chosen:
        price = money(round(rng.uniform(low, high))) if whole_prices or high >= 200 else money(rng.uniform(low, high))
        qty = D(str(rng.choice(list(quantities))))
        lines.append(Line(desc, qty, price, money(qty * price), unit))
    return lines


def dotted(d: date, *, pad: bool = True, spaced: bool = False, trailing: str = "") -> str:
    """`15.03.2024`, `15.3.2024`, `15. 3. 2024`, `15. 03. 2024`, with an optional trailing stop."""
    day, month = (f"{d.day:02d}", f"{d.month:02d}") if pad else (str(d.day), str(d.month))
    sep = ". " if spaced else "."
    return f"{day}{sep}{month}{sep}{d.year}{trailing}"


def pts(total: float, *fractions: float, pad: float = 10.0) -> list[str]:
    """CSS widths in points for the columns of a table `total` points wide overall (this MuPDF lays percentage widths out
    as equal columns); a CSS width excludes the cell's padding, `pad` points left and right together."""
    scale = total / sum(fractions)
    return [f"{f * scale - pad:.1f}pt" for f in fractions]


def rows_html(rows: Sequence[tuple[str, str]], *, strong_last: bool = True, widths: tuple[float, float] = (120.0, 90.0), cls: str = "",
              pad: float = 6.0) -> str:
    """Label / value rows for a totals block, `widths` the two columns' overall widths in points; the last row in bold."""
    out = []
    for i, (label, value) in enumerate(rows):
        b = " b" if strong_last and i == len(rows) - 1 else ""
        out.append(f"<tr><td class='{b.strip()}' style='width:{widths[0] - pad:.1f}pt'>{label}</td>"
                   f"<td class='r{b}' style='width:{widths[1] - pad:.1f}pt'>{value}</td></tr>")
    return f"<table class='{cls}'>{''.join(out)}</table>"


def beside(left: str, right: str, widths: tuple[float, float]) -> str:
    """Two blocks side by side, `widths` in points."""
    return (f"<table><tr><td style='width:{widths[0]:.1f}pt;padding:0'>{left}</td>"
            f"<td style='width:{widths[1]:.1f}pt;padding:0'>{right}</td></tr></table>")


def single_page(template: str, width: float, height: float, css: str, boxes: Sequence[Box]) -> Sheet:
    for box in boxes:
        if box.kind == "html" and not fits_strictly(box.html, css, box.rect):
            raise AssertionError(f"{template}: a box does not fit its page")
    return Sheet(width=width, height=height, css=css, pages=[list(boxes)])


def paged(width: float, height: float, css: str, margin: tuple[float, float, float, float], rows: Sequence, body,
          *, footer=None, footer_height: float = 0.0) -> Sheet:
    """`base.paged_sheet` measured with `fits_strictly`: every page takes as many rows as really end inside its body
    rectangle (a table that straddles the rectangle's foot is not counted as placed); `body(chunk, page_index, is_last)`
    gives a page's HTML, `footer(page_no, page_count)` a band above the bottom margin."""
    left, top, right, bottom = margin
    rect = (left, top, width - right, height - bottom - footer_height)
    pages: list[str] = []
    start = 0
    while True:
        remaining = rows[start:]
        last = body(remaining, len(pages), True)
        if fits_strictly(last, css, rect):
            pages.append(last)
            break
        lo, hi, best = 1, max(1, len(remaining) - 1), 0
        while lo <= hi:
            mid = (lo + hi) // 2
            if fits_strictly(body(rows[start:start + mid], len(pages), False), css, rect):
                best, lo = mid, mid + 1
            else:
                hi = mid - 1
        if best == 0 or len(pages) > 20:
            raise AssertionError(f"page {len(pages) + 1}: not even one row fits")
        pages.append(body(rows[start:start + best], len(pages), False))
        start += best
    sheet = Sheet(width=width, height=height, css=css)
    for index, html in enumerate(pages):
        boxes = [Box(rect, html)]
        if footer is not None and footer_height:
            boxes.append(Box((left, height - bottom - footer_height, width - right, height - bottom), footer(index + 1, len(pages))))
        sheet.pages.append(boxes)
    return sheet
