"""Net, tax and total found by their arithmetic when no label names them.

A totals block in a language the label lists do not hold ("Suma be PVM 4 727,64", "PVM 21 %
992,80", "Bendra suma su PVM 5 720,44") still says which figure is which by itself: one figure
printed on a line with a rate is that rate of another figure, and the two add up to a third printed
at or below them. Three printed figures meeting both equations at once are the net, the tax and the
total whatever the words around them, so this reads them without a label. The rule never makes a
figure up: all three are read from the page.

Each equation alone is weak (two line amounts of an items table often add up to a third; a rate
times a figure often lands near some other figure), which is why both are required, and the total
must be the largest figure from the block down (a discount line "-10 %" over a subtotal makes a
triple whose sum is the discounted subtotal, not the total). Two triples (the totals again in a
second currency, or one block per rate) leave the choice open, and none is taken.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import regex

from engine.candidates import Candidate, CandidateSet
from engine.pattern_files import REGEX_TIMEOUT_S

# A tax rate on the line of the tax figure: "21 %", "IVA 19%", "17% מע"מ", "%18" (Turkish order).
_RATE = regex.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,3})?)\s?%|%\s?(\d{1,2}(?:[.,]\d{1,3})?)(?![\d.,])")
# Rates outside this are no sales tax (a "100 %" payment share, a "0 %" exempt line has no tax to find).
_LOWEST_RATE, _HIGHEST_RATE = Decimal("1"), Decimal("30")
# Tax rates are set in steps of this much ("19 %", "7.5 %", "9.975 %", "8.875 %"); a fuel surcharge of
# "24.73 %" or a commission worked out to the hundredth is some other charge.
_RATE_STEP = Decimal("0.025")
# How far the printed tax may sit from rate x net: the rounding of one figure, or of each line of an
# items table when the tax is summed per line.
_RELATIVE_SLACK = Decimal("0.004")


@dataclass(frozen=True)
class RateTriple:
    net: Candidate
    tax: Candidate
    total: Candidate
    rate: Decimal


def find_rate_triple(candidates: CandidateSet, total: Decimal | None = None) -> RateTriple | None:
    """The one (net, tax, total) of printed figures where tax = rate x net for a rate printed on the
    tax's line and net + tax = total; with `total` given, the total must be that value. None when
    no triple, or several that disagree, are found."""
    amounts = [c for c in candidates.amounts if c.segment is not None and c.value]
    by_cents: dict[Decimal, list[Candidate]] = {}
    for candidate in amounts:
        # Keyed to the cent: a sum printed without cents is matched within its unit below.
        by_cents.setdefault(candidate.value.quantize(Decimal("0.01")), []).append(candidate)
    # Nets looked up by value: tax / rate names the net within the rounding slack (a long items table
    # with a rate on every row would otherwise pair every row with every figure).
    ordered = sorted(amounts, key=lambda c: c.value)
    values = [c.value for c in ordered]
    rates: dict[tuple[int, int], Decimal | None] = {}
    found: dict[tuple[Decimal, Decimal, Decimal], RateTriple] = {}
    for tax in amounts:
        line = _position(tax)
        if line not in rates:
            rates[line] = _line_rate(candidates, tax)
        rate = rates[line]
        if rate is None or abs(tax.value) == rate:
            continue
        slack = _unit(tax) + _RELATIVE_SLACK * abs(tax.value)
        low, high = sorted(((tax.value - slack) * 100 / rate, (tax.value + slack) * 100 / rate))
        for net in ordered[bisect_left(values, low):bisect_right(values, high)]:
            if net is tax or abs(net.value) <= abs(tax.value) or (net.value > 0) != (tax.value > 0):
                continue
            if abs(net.value * rate / 100 - tax.value) > slack:
                continue
            wanted = (net.value + tax.value).quantize(Decimal("0.01"))
            sums = by_cents.get(wanted, []) if total is None or total == wanted else []
            for candidate in sums:
                if candidate is net or candidate is tax:
                    continue
                if _position(candidate) < max(_position(net), _position(tax)):
                    continue
                if _position(net) == _position(tax) == _position(candidate):
                    continue  # a row of an items table with its rate column, not the totals block
                found.setdefault((net.value, tax.value, candidate.value), RateTriple(net, tax, candidate, rate))
    # Two blocks that each add up (the same totals in a second currency, "Ukupno HRK" under "Ukupno
    # EUR"; one block per tax rate) leave open which is the document's: none is taken.
    if len(found) != 1:
        return None
    triple = next(iter(found.values()))
    if total is None and not _largest_from(amounts, triple.total, min(_position(triple.net), _position(triple.tax))):
        return None
    return triple


def _line_rate(candidates: CandidateSet, candidate: Candidate) -> Decimal | None:
    """The one tax rate printed on the candidate's line, if there is exactly one."""
    segment = candidate.segment
    line = candidates.layout.line_of(segment)
    text = " ".join(s.text for s in line)
    try:
        rates = {Decimal((m.group(1) or m.group(2)).replace(",", "."))
                 for m in _RATE.finditer(text, timeout=REGEX_TIMEOUT_S)}
    except TimeoutError:
        return None
    if len(rates) != 1:
        return None
    rate = rates.pop()
    if not _LOWEST_RATE <= rate <= _HIGHEST_RATE or (rate / _RATE_STEP) % 1:
        return None
    return rate


def _unit(candidate: Candidate) -> Decimal:
    """The rounding step of a printed figure: a cent, or one unit of a currency printed without cents."""
    return Decimal("0.01") if candidate.has_decimals else Decimal("1")


def _position(candidate: Candidate) -> tuple[int, int]:
    assert candidate.segment is not None
    return (candidate.page, candidate.segment.line_index)


def _largest_from(amounts: list[Candidate], total: Candidate, start: tuple[int, int]) -> bool:
    """Whether no figure of the total's kind (with or without cents), from the block's first line
    to the end of the document, is larger than the total."""
    return all(abs(c.value) <= abs(total.value) for c in amounts
               if _position(c) >= start and c.has_decimals == total.has_decimals)


def apply_rate_triple(candidates: CandidateSet, chosen: dict[str, Any], stand_in: Candidate | None,
                      confidence: float) -> list[str]:
    """Fill the net and tax the labels did not give, and the total when none was found or only the
    page's largest figure (`stand_in`) stood in for it, from the rate triple. Returns the paths it set."""
    total = chosen.get("financial_data.total_amount")
    known_total = total[0] if total is not None and (stand_in is None or total[2] is not stand_in) else None
    if known_total is not None and "financial_data.net_amount" in chosen and "financial_data.tax_amount" in chosen:
        return []
    triple = find_rate_triple(candidates, known_total)
    sign = 1
    if triple is None and known_total is not None and known_total < 0:
        # A credit note's figures printed without their sign: its total was made negative already.
        triple, sign = find_rate_triple(candidates, -known_total), -1
    if triple is None:
        return []
    for path, candidate in (("financial_data.net_amount", triple.net), ("financial_data.tax_amount", triple.tax)):
        current = chosen.get(path)
        if current is not None and current[0] != sign * candidate.value:
            return []  # a labelled figure says otherwise: the labels win, nothing is mixed
    placed = []
    for path, candidate in (("financial_data.total_amount", triple.total),
                            ("financial_data.net_amount", triple.net),
                            ("financial_data.tax_amount", triple.tax)):
        current = chosen.get(path)
        if current is not None and (path != "financial_data.total_amount" or known_total is not None):
            continue
        chosen[path] = (sign * candidate.value, confidence, candidate)
        placed.append(path)
    return placed
