"""Helpers the twenty-third set's templates share: amounts to the thousandth (fils, baisa), priced lines at three decimals, and
a label / value block."""

from __future__ import annotations

import random
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.catalog import Line

D = Decimal
MIL = D("0.001")


def q3(value: Decimal) -> Decimal:
    """Rounded half-up to the thousandth (the Bahraini fils, the Omani baisa, the Jordanian fils)."""
    return D(value).quantize(MIL, rounding=ROUND_HALF_UP)


def lines3(rng: random.Random, pool: Sequence[tuple], count: int, *, quantities: Sequence[int] = (1, 1, 2, 3, 4, 5, 6, 10, 12, 24)) -> list[Line]:
    """`count` distinct lines from `pool` entries (description, unit, low, high, ...) priced to the thousandth; the pool entry's
    fifth field, when there is one, is kept on the line as its tax rate."""
    chosen = rng.sample(list(pool), min(count, len(pool)))
    lines = []
    for entry in chosen:
        desc, unit, low, high = entry[:4]
        price = q3(D(str(rng.uniform(low, high))))
        if high >= 50 and rng.random() < 0.5:
            price = q3(D(round(rng.uniform(low, high) * 2)) / 2)
        qty = D(rng.choice(list(quantities)))
        line = Line(desc, qty, price, q3(qty * price), unit)
        if len(entry) > 4:
            line.tax_rate = D(str(entry[4]))
        lines.append(line)
    return lines


def label_rows(rows: Sequence[tuple[str, str]], *, width: float = 110.0) -> str:
    """Label / value rows without borders, the label column `width` points wide."""
    return "<table>" + "".join(f"<tr><td style='width:{width:.0f}pt' class='muted'>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"


def arrangement(rng: random.Random, meta: Sequence[tuple[str, str]]) -> str:
    """One of `_twentysecond.ARRANGEMENTS`; the centred meta strip only where its cells stay short (a long code or many fields
    would run into the next cell)."""
    from corpus.holdout.templates._twentysecond import ARRANGEMENTS

    short = len(meta) <= 7 and all(len(str(value)) <= 22 for _label, value in meta)
    choices = ARRANGEMENTS if short else tuple(a for a in ARRANGEMENTS if a != "centred_strip")
    return choices[rng.randrange(len(choices))]
