"""Helpers the tenth set's templates share: where a page's flowing body ends, to place a QR-like mark under it."""

from __future__ import annotations

from corpus.holdout.render import Box, Sheet, fits


def body_bottom(sheet: Sheet, page: int = -1) -> tuple[tuple[float, float, float, float], float]:
    """The last page's body box and the y where its content ends (the smallest box the HTML still fits, to 1 pt)."""
    box = next(b for b in sheet.pages[page] if b.kind == "html" and b.rect[3] - b.rect[1] > 100)
    lo, hi = box.rect[1], box.rect[3]
    while hi - lo > 1:
        mid = (lo + hi) / 2
        if fits(box.html, sheet.css, (box.rect[0], box.rect[1], box.rect[2], mid)):
            hi = mid
        else:
            lo = mid
    return box.rect, hi


def qr_under_body(sheet: Sheet, size: float, *, right_inset: float, above: float, payload: str) -> None:
    """A QR-like mark `size` points square, its foot `above` points over the end of the last page's body."""
    rect, bottom = body_bottom(sheet)
    y = bottom - above - size
    sheet.pages[-1].append(Box((rect[2] - right_inset - size, y, rect[2] - right_inset, y + size), kind="qr", payload=payload))
