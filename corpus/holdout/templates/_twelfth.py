"""Helpers the twelfth set's templates share: priced lines from a small catalogue, whole-unit rounding."""

from __future__ import annotations

import random
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.catalog import Line

# (description, unit, low price, high price, tax rate)
Item = tuple[str, str, float, float, Decimal]


def priced_lines(rng: random.Random, items: Sequence[Item], count: int, *, qty: Sequence[int] = (1, 1, 2, 3, 4, 5, 6, 10, 12, 20),
                 whole: bool = False, codes: str = "") -> list[Line]:
    """`count` distinct lines (a code per line when `codes` is a prefix); quantity x price exact to the cent
    (to the unit when `whole`)."""
    chosen = rng.sample(list(items), min(count, len(items)))
    lines = []
    for desc, unit, low, high, tax_rate in chosen:
        price = Decimal(str(rng.uniform(low, high)))
        price = price.quantize(Decimal(1) if whole or high >= 500 else Decimal("0.01"), rounding=ROUND_HALF_UP)
        quantity = Decimal(rng.choice(list(qty)))
        code = f"{codes}{rng.randrange(1000, 99999)}" if codes else ""
        lines.append(Line(desc, quantity, price.quantize(Decimal("0.01")), (quantity * price).quantize(Decimal("0.01")), unit, code, tax_rate))
    return lines


def round_whole(value: Decimal) -> Decimal:
    return value.quantize(Decimal(1), rounding=ROUND_HALF_UP).quantize(Decimal("0.01"))


def by_rate(lines: Sequence[Line], *, whole: bool = False) -> tuple[list[Decimal], dict[Decimal, Decimal], dict[Decimal, Decimal], Decimal, Decimal]:
    """Rates (highest first), base and tax per rate (rounded to the cent, or the unit), net and tax."""
    rates = sorted({li.tax_rate for li in lines}, reverse=True)
    bases = {r: sum((li.amount for li in lines if li.tax_rate == r), Decimal("0.00")) for r in rates}
    taxes = {}
    for r in rates:
        raw = bases[r] * r / 100
        taxes[r] = round_whole(raw) if whole else raw.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return rates, bases, taxes, sum(bases.values(), Decimal("0.00")), sum(taxes.values(), Decimal("0.00"))
