"""A till's tax summary: the small table at the foot of a receipt that splits the sale by tax rate.

    Code            Amount   Tax            GST SUMMARY   AMOUNT(RM)   TAX(RM)
    S @10%           78.14  7.10            SR @ 6%            47.80      2.86
    Z @0%            68.40  0.00            ZR @ 0%             2.87      0.00

Each row prints a rate and then two figures: the amount taxed at that rate and its tax (an invoice's
VAT recapitulation adds a third, their sum: "23 %  180,38  41,49  221,87"). Nothing
labels the tax line by line, so the label lists never see it; the rows are recognised by their
arithmetic instead. A row counts only when its tax is its amount times its rate (the amount before
tax), or the tax contained in a tax-inclusive amount, to the cent; a 0% row only with a tax of
nought. The rows must follow each other, under a heading line that names a tax column (`[tables]
tax_summary_headings` in patterns/document.toml: "Tax", "GST", "SST", "VAT", "Cukai"...), and at
least one of them must carry a rate above nought. The document's tax is then the sum of the tax
column, and where every row prints its base and the sum, the document's net is the sum of the bases.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex

from engine.candidates import amounts_in, headings_before_figures
from engine.layout import Layout, Segment
from engine.pattern_files import PatternSet, timed

# "@10%", "@ 6%", "(6.000%)", "= 6%": a rate, read as a number of percent.
_RATE = regex.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,3})?)\s*%")
# A word of four letters or more: a label, where a row prints only its rate, figures and currency.
_WORD = regex.compile(r"\p{L}{4,}")
MAX_HEADING_GAP = 3  # lines between the heading and the first row (a rule, a currency line)
CENT = Decimal("0.01")


@dataclass(frozen=True)
class TaxSummary:
    tax: Decimal  # the sum of the tax column
    rows: tuple[Segment, ...]  # the first segment of each row read, for provenance
    net: Decimal | None = None  # the sum of the bases, where every row adds its base and tax up to a third figure


@dataclass(frozen=True)
class _Row:
    rate: Decimal
    tax: Decimal
    first: Segment
    base: Decimal | None  # the amount before tax, where the row also prints base + tax


def read_tax_summary(layout: Layout, patterns: PatternSet, locale: str | None = None) -> TaxSummary | None:
    """The receipt's tax summary, or None when no block of rows checks out."""
    for page in layout.pages:
        heading_at: int | None = None
        rows: list[_Row] = []
        index = -1
        while index + 1 < len(page.lines):
            index += 1
            line = page.lines[index]
            row = _row(line, locale)
            if row is None and index + 1 < len(page.lines) and _rate_alone(line, locale):
                # The rate's cell set a little higher than its figures ("GST (6.000%)" over "33.40  2.00").
                row = _row(line + page.lines[index + 1], locale)
                if row is not None:
                    index += 1
            if row is not None and heading_at is not None and (rows or index - heading_at <= MAX_HEADING_GAP + 1):
                rows.append(row)
                continue
            if rows:
                break  # the block ended; a later heading starts nothing new on this page
            if _heading(line, patterns, locale):
                heading_at = index
        if rows and any(row.rate > 0 for row in rows):
            bases = [row.base for row in rows]
            net = sum(bases, Decimal(0)) if all(base is not None for base in bases) else None  # type: ignore[misc]
            return TaxSummary(sum((row.tax for row in rows), Decimal(0)), tuple(row.first for row in rows), net)
    return None


def _heading(line: list[Segment], patterns: PatternSet, locale: str | None) -> bool:
    """A line of column headings naming a tax column (the headings before a field set at its right
    end, "... | Spolu | Celkom k úhrade: 313,42 €", count)."""
    cells = headings_before_figures(line, lambda segment: bool(amounts_in(segment, locale)))
    return cells is not None and patterns.tax_summary_headings.contains(" ".join(segment.text for segment in cells))


def _row(line: list[Segment], locale: str | None) -> _Row | None:
    """A line that reads as one checked row of a tax summary."""
    rate: Decimal | None = None
    figures: list[Decimal] = []
    for segment in line:
        found = timed(_RATE.search, segment.text)
        if found is not None and rate is None:
            rate = Decimal(found.group(1).replace(",", "."))
            after = found.end()
        elif found is not None:
            return None  # two rates on one line: not a summary row
        else:
            after = 0
        if rate is None:
            continue
        if figures and timed(_WORD.search, segment.text):
            break  # another field's label right of the row ("Celkom k úhrade: 3 053,74 EUR")
        for match in amounts_in(segment, locale):
            if match.start >= after:
                if not match.amount.has_decimals:
                    return None
                figures.append(match.amount.value)
    if rate is None:
        return None
    if len(figures) == 3 and figures[0] + figures[1] == figures[2]:
        base, tax, _ = figures
        return _Row(rate, tax, line[0], base) if _agrees(rate, base, tax) else None
    if len(figures) != 2:
        return None
    amount, tax = figures
    return _Row(rate, tax, line[0], None) if _agrees(rate, amount, tax) else None


def _rate_alone(line: list[Segment], locale: str | None) -> bool:
    """A line that prints a rate and no figure."""
    return any(timed(_RATE.search, s.text) for s in line) and not any(amounts_in(s, locale) for s in line)


def _agrees(rate: Decimal, amount: Decimal, tax: Decimal) -> bool:
    """Whether `tax` is the tax at `rate` on `amount`, taken before tax or inside it, to the cent."""
    if rate == 0:
        return tax == 0
    if tax <= 0 or amount <= 0:
        return tax == 0 and amount == 0  # a rate the sale did not use ("S @10%  0.00  0.00")
    share = rate / Decimal(100)
    exclusive = (amount * share).quantize(CENT)
    inclusive = (amount * share / (1 + share)).quantize(CENT)
    return abs(tax - exclusive) <= CENT or abs(tax - inclusive) <= CENT

