"""Helpers the third set's templates share: line items from a template's own catalogue, VAT by rate."""

from __future__ import annotations

import random
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.catalog import Line
from corpus.holdout.money import CENT, money

# (description, unit, low price, high price, fractional quantities allowed, VAT rate)
RatedItem = tuple[str, str, float, float, bool, Decimal]


def lines_from(rng: random.Random, items: Sequence[RatedItem], count: int, *, max_qty: int = 10,
               whole_prices: bool = False) -> list[Line]:
    """`count` distinct lines (quantity x price = amount, exact in cents), each with its VAT rate."""
    chosen = rng.sample(list(items), min(count, len(items)))
    lines = []
    for desc, unit, low, high, fractional, vat in chosen:
        value = rng.uniform(low, high)
        price = money(round(value)) if whole_prices or (high >= 100 and rng.random() < 0.5) else money(value)
        if fractional and rng.random() < 0.5:
            quantity = Decimal(rng.randrange(1, max_qty * 4)) / 4
            price = (price * 4).quantize(Decimal(1)) / 4 if not whole_prices else price
        else:
            quantity = Decimal(rng.choice([1, 1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 12][: max(3, max_qty + 2)]))
        price = price.quantize(CENT)
        amount = (quantity * price).quantize(CENT)
        if amount != quantity * price:   # keep quantity x price exact to the cent
            price = (price * 4).quantize(Decimal(1)) / 4
            amount = (quantity * price).quantize(CENT)
        lines.append(Line(desc, quantity, price.quantize(CENT), amount, unit, tax_rate=vat))
    return lines


def included_tax(gross: Decimal, rate: Decimal) -> Decimal:
    """The VAT inside a tax-inclusive gross amount, rounded half-up to cents."""
    return (gross * rate / (100 + rate)).quantize(CENT, rounding=ROUND_HALF_UP)


def groups_of(text: str, size: int = 4) -> str:
    return " ".join(text[i:i + size] for i in range(0, len(text), size))
