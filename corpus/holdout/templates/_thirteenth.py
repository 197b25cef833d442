"""Helpers the thirteenth set's templates share: a PDF417-looking stacked barcode (the Chilean timbre electrónico), a
till-roll sheet as tall as its content, and a dated share of credit notes."""

from __future__ import annotations

import random

from corpus.holdout.render import Box, Sheet, fits


def pdf417_html(seed: str, *, width: float = 190.0, rows: int = 14, row_height: float = 3.2) -> str:
    """A stacked barcode of `rows` rows: fixed start and stop patterns around a payload-seeded run of bars and spaces
    (not decodable; it only has to look like the PDF417 symbol printed in the timbre box)."""
    rng = random.Random(f"pdf417:{seed}")
    start, stop = [8, 1, 1, 1, 1, 1, 1, 3], [7, 1, 1, 3, 1, 1, 1, 2, 1]
    modules = 17 * 6 + sum(start) + sum(stop)
    unit = width / modules
    out = []
    for _ in range(rows):
        middle: list[int] = []
        for _ in range(6):   # a codeword: four bars and four spaces of 1-6 modules, 17 modules in all
            parts = [1] * 8
            for _ in range(9):
                slot = rng.choice([i for i in range(8) if parts[i] < 6])
                parts[slot] += 1
            middle += parts
        widths = start + middle + stop
        cells = "".join(f"<td style='width:{w * unit:.2f}pt;height:{row_height}pt;padding:0;{'background:#000' if i % 2 == 0 else ''}'></td>"
                        for i, w in enumerate(widths))
        # a table per row: a table's rows share their column widths, and every row of the symbol has its own bars
        out.append(f"<table style='border-collapse:collapse;font-size:1pt;line-height:1pt;margin:0'><tr>{cells}</tr></table>")
    return "".join(out)


def roll_sheet(width: float, html: str, css: str, *, margin: float = 10.0, start: float = 260.0, step: float = 16.0) -> Sheet:
    """A till roll `width` points wide, just as long as its content."""
    height = start
    while not fits(html, css, (margin, margin, width - margin, margin + height)):
        height += step
    return Sheet(width=width, height=height + 2 * margin, css=css, pages=[[Box((margin, margin, width - margin, margin + height), html)]])
