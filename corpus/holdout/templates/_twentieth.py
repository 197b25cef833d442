"""Helpers the twentieth set's templates share: amounts in any grouping, an item table from cells, and a QR-like mark in a
page's footer band."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.render import Box, Sheet

D = Decimal


def amount(value: Decimal, thousands: str = ",", mark: str = ".", decimals: int = 2, *, minus: str = "-") -> str:
    """`1,234.56`, `1.234,56`, `1 234,56`, `1'234.56` or whole `1.234.567` (decimals=0); `minus` before a negative."""
    quantum = Decimal(1).scaleb(-decimals) if decimals else Decimal(1)
    d = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    whole, _, frac = f"{abs(d):.{decimals}f}".partition(".")
    parts = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    parts.insert(0, whole)
    text = thousands.join(parts) + (mark + frac if decimals else "")
    return minus + text if d < 0 else text


def cells_table(head: Sequence[str], widths: Sequence[str], numeric: set[int], rows: Sequence[Sequence[str]], *, cls: str = "items",
                extra: str = "") -> str:
    """An item table: `head` titles, CSS `widths`, the right-aligned column indexes, rows of ready cells (HTML allowed)."""
    ths = "".join(f"<th style='width:{w};{'text-align:right' if j in numeric else ''}'>{h}</th>" for j, (h, w) in enumerate(zip(head, widths, strict=True)))
    body = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'r' if j in numeric else ''}'>{c}</td>"
                                    for j, (c, w) in enumerate(zip(row, widths, strict=True))) + "</tr>" for row in rows)
    return f"<table class='{cls}'><tr>{ths}</tr>{body}{extra}</table>"


def qr_on_last_page(sheet: Sheet, rect: tuple[float, float, float, float], payload: str) -> None:
    sheet.pages[-1].append(Box(rect, kind="qr", payload=payload))
