"""Helpers the sixteenth set's templates share: whole-amount and grouped number formats, the hand that fills a receipt
book in, fax transmission header lines laid over finished pages, and VAT totals per rate (rounded per rate or whole)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.catalog import Line
from corpus.holdout.components import esc
from corpus.holdout.money import fmt_number, money
from corpus.holdout.render import Box, Sheet

D = Decimal

HAND_FONTS = ["font-family:Times;font-style:italic", "font-family:cursive;font-style:italic", "font-family:cursive;font-style:italic"]
INKS = ["#1a2f8a", "#14237a", "#0d0d0d", "#23305e", "#2b3f9e"]


def hand_style(rng: random.Random) -> str:
    """One writer's pen: a slanted face, an ink and a size a little larger than print."""
    return f"{rng.choice(HAND_FONTS)};color:{rng.choice(INKS)};font-size:{rng.choice([11, 11.5, 12, 12.5])}pt"


def hand(text: str, style: str) -> str:
    return f"<span style='{style}'>{esc(text)}</span>"


def whole_units(value: Decimal) -> Decimal:
    return value.quantize(D(1), rounding=ROUND_HALF_UP)


def grouped(value: Decimal, sep: str, *, decimals: int = 0) -> str:
    """`1 250 000` / `1.250.000` (whole) or `1 234,56` with `sep` between thousands."""
    text = fmt_number(value, "en", decimals)
    if decimals:
        whole, frac = text.split(".")
        mark = "," if sep in (" ", ".", "\u00a0") else "."
        return whole.replace(",", sep) + mark + frac
    return text.replace(",", sep)


def fax_overlay(sheet: Sheet, text_for_page, *, y: float = 8.0, css_class: str = "fx") -> Sheet:
    """Each page gains a fax transmission header line at its very top (`text_for_page(page_no, page_count)` gives its HTML)."""
    count = len(sheet.pages)
    for index, boxes in enumerate(sheet.pages):
        boxes.insert(0, Box((14.0, y, sheet.width - 14.0, y + 14.0), f"<p class='{css_class}'>{text_for_page(index + 1, count)}</p>"))
    return sheet


def fax_stamp(rng: random.Random, when: datetime, style: str, sender_fax: str, sender: str, page: int, pages: int, to_fax: str) -> str:
    """A fax machine's header line in one of the common orders."""
    if style == "us":
        return esc(f"{when.strftime('%b-%d-%Y').upper()} {when.strftime('%H:%M')}   FROM-{sender.upper()[:22]}   {sender_fax}   "
                   f"T-{rng.randrange(100, 999)} P.{page:03d}/{pages:03d} F-{rng.randrange(100, 999)}")
    if style == "eu":
        return esc(f"{when.strftime('%d/%m/%Y')} {when.strftime('%H:%M')}  {sender_fax}  {sender.upper()[:24]}  PAGE {page:02d}/{pages:02d}")
    return esc(f"{when.strftime('%d.%m.%y')}  {when.strftime('%H:%M')}  FAX {sender_fax} -> {to_fax}   P. {page}/{pages}")


def rate_totals(lines: Sequence[Line], rates: Sequence[Decimal], *, whole: bool = False) -> tuple[dict, dict, Decimal, Decimal]:
    """Net base and tax per rate (highest first), then the net and the tax; `whole` rounds the tax to whole units."""
    bases: dict[Decimal, Decimal] = {}
    for line, r in zip(lines, rates, strict=True):
        bases[r] = bases.get(r, D("0.00")) + line.amount
    bases = dict(sorted(bases.items(), reverse=True))
    taxes = {r: (whole_units(b * r / 100) if whole else money(b * r / 100)) for r, b in bases.items()}
    return bases, taxes, sum(bases.values(), D("0.00")), sum(taxes.values(), D("0.00"))


def kv_rows(rows: Sequence[tuple[str, str]], widths: tuple[float, float], *, pad: float = 6.0) -> str:
    """Label / value rows, both left-aligned (a header's meta block), `widths` in points."""
    return "<table>" + "".join(f"<tr><td style='width:{widths[0] - pad:.1f}pt'>{k}</td><td style='width:{widths[1] - pad:.1f}pt'>{v}</td></tr>"
                               for k, v in rows) + "</table>"
