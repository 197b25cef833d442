"""Tables by geometry: line items on invoices, allocations (invoice paid, amount) on remittances.

A table starts at a header line that names at least two known columns (patterns/document.toml,
[tables]). Each value below is assigned to the column whose header it sits under (numbers are
usually right-aligned, so right edges decide). A row with text but no numbers continues the
description above it (wrapped descriptions); a totals line or a wide gap ends the table, and a
repeated header on the next page continues it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from engine.candidates import Candidate, amounts_in
from engine.layout import Layout, Segment
from engine.normalize.dates import find_dates
from engine.pattern_files import PatternSet

Pick = tuple[Any, float, Candidate | None]
MAX_ROW_GAP_HEIGHTS = 3.5


@dataclass
class Column:
    name: str
    x0: float
    x1: float


@dataclass
class Row:
    page: int
    cells: dict[str, tuple[Any, str, Segment, tuple[float, float, float, float]]]
    description: list[tuple[str, Segment]]


def find_line_items(layout: Layout, patterns: PatternSet, locale: str | None) -> dict[str, Pick]:
    rows = _read_tables(layout, patterns, locale, required=("amount",), any_of=("description", "quantity", "unit_price"),
                        refuse=("invoice",))
    picks: dict[str, Pick] = {}
    index = 0
    for row in rows:
        amount = row.cells.get("amount")
        if amount is None:
            continue
        description = " ".join(text for text, _ in row.description).strip() or None
        confidence = 0.85
        quantity = row.cells.get("quantity")
        price = row.cells.get("unit_price")
        if quantity and price and abs(quantity[0] * price[0] - amount[0]) <= Decimal("0.011"):
            confidence = 0.95
        if description:
            segment = row.description[0][1]
            picks[f"line_items.{index}.description"] = (description, confidence, _cell_candidate(
                segment, description, segment.bbox))
        for key in ("quantity", "unit_price", "amount"):
            cell = row.cells.get(key)
            if cell is not None:
                value, text, segment, bbox = cell
                picks[f"line_items.{index}.{key}"] = (value, confidence, _cell_candidate(segment, text, bbox))
        index += 1
    return picks


def find_allocations(layout: Layout, patterns: PatternSet, locale: str | None) -> dict[str, Pick]:
    rows = _read_tables(layout, patterns, locale, required=("invoice", "amount"), any_of=(), refuse=())
    picks: dict[str, Pick] = {}
    index = 0
    for row in rows:
        invoice = row.cells.get("invoice")
        amount = row.cells.get("amount")
        if invoice is None or amount is None:
            continue
        picks[f"payment_information.allocations.{index}.invoice_id"] = (
            invoice[0], 0.9, _cell_candidate(invoice[2], invoice[1], invoice[3]))
        picks[f"payment_information.allocations.{index}.amount"] = (
            amount[0], 0.9, _cell_candidate(amount[2], amount[1], amount[3]))
        index += 1
    return picks


def _cell_candidate(segment: Segment, text: str, bbox: tuple[float, float, float, float]) -> Candidate:
    return Candidate("table", text, text, segment.page, bbox, "below", segment=segment)


def columns_in(segment: Segment, patterns: PatternSet) -> list[tuple[int, int, str]]:
    """Table-column header phrases in a segment, scanned once per segment."""
    found = segment.cache.get("columns")
    if found is None:
        found = patterns.table_columns.find(segment.text)
        segment.cache["columns"] = found
    return found  # type: ignore[return-value]


def _header_columns(line: list[Segment], patterns: PatternSet) -> list[Column]:
    hits: list[tuple[int, int, str, Segment]] = []
    for segment in line:
        spans = list(columns_in(segment, patterns))
        # Longest match wins where column phrases overlap ("Invoice Amount" is not "Invoice").
        spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
        taken: list[tuple[int, int, str]] = []
        for span in spans:
            if all(span[1] <= t[0] or span[0] >= t[1] for t in taken):
                taken.append(span)
        hits.extend((start, end, name, segment) for start, end, name in taken)
    columns = []
    seen = set()
    for start, end, name, segment in sorted(hits, key=lambda h: h[3].char_bbox(h[0], h[1])[0]):
        if name in seen:
            continue
        seen.add(name)
        x0, _, x1, _ = segment.char_bbox(start, end)
        columns.append(Column(name, x0, x1))
    return columns


def _read_tables(layout: Layout, patterns: PatternSet, locale: str | None, required: tuple[str, ...],
                 any_of: tuple[str, ...], refuse: tuple[str, ...]) -> list[Row]:
    rows: list[Row] = []
    for page in layout.pages:
        columns: list[Column] | None = None
        last_bottom = 0.0
        row_height = 10.0
        for line in page.lines:
            text = " ".join(s.text for s in line)
            if columns is None:
                found = _header_columns(line, patterns)
                names = {c.name for c in found}
                numeric_in_line = any(amounts_in(s, locale) for s in line)
                if (all(r in names for r in required) and (not any_of or names & set(any_of))
                        and not names & set(refuse) and len(found) >= 2 and not numeric_in_line):
                    columns = found
                    last_bottom = max(s.bbox[3] for s in line)
                    row_height = max(s.height for s in line)
                continue
            top = min(s.bbox[1] for s in line)
            if top - last_bottom > MAX_ROW_GAP_HEIGHTS * row_height or _ends_table(line, patterns):
                columns = None
                continue
            row = _read_row(line, columns, page.number, locale)
            last_bottom = max(s.bbox[3] for s in line)
            if row.cells:
                rows.append(row)
            elif row.description and rows and rows[-1].page == page.number and text.strip():
                rows[-1].description.extend(row.description)
    return rows


def _ends_table(line: list[Segment], patterns: PatternSet) -> bool:
    first = line[0].text.strip()
    hits = patterns.table_end.find(first)
    return bool(hits) and hits[0][0] == 0


def _read_row(line: list[Segment], columns: list[Column], page: int, locale: str | None) -> Row:
    cells: dict[str, tuple[Any, str, Segment, tuple[float, float, float, float]]] = {}
    description: list[tuple[str, Segment]] = []
    numeric_columns = [c for c in columns if c.name in ("quantity", "unit_price", "amount", "deduction", "gross")]
    first_numeric_x = min((c.x0 for c in numeric_columns), default=float("inf"))
    invoice_column = next((c for c in columns if c.name == "invoice"), None)
    for segment in line:
        consumed: list[tuple[int, int]] = []
        if invoice_column is not None and "invoice" not in cells and _overlaps(segment, invoice_column):
            token = segment.text.split()[0] if segment.text.split() else ""
            if any(ch.isdigit() for ch in token) and not find_dates(token):
                cells["invoice"] = (token.strip(",;"), token, segment, segment.char_bbox(0, len(token)))
                consumed.append((0, len(token)))
        for match in amounts_in(segment, locale):
            if any(start <= match.start < end for start, end in consumed):
                continue
            bbox = segment.char_bbox(match.start, match.end)
            column = _nearest_numeric(bbox, numeric_columns)
            if column is None or column.name in cells:
                continue
            if find_dates(segment.text[max(0, match.start - 3): match.end + 3]):
                continue
            cells[column.name] = (match.amount.value, match.amount.text, segment, bbox)
            consumed.append((match.start, match.end))
        if segment.bbox[2] <= first_numeric_x + 2 and not consumed and invoice_column is None:
            description.append((segment.text.strip(), segment))
        elif not consumed and invoice_column is None and segment.bbox[0] < first_numeric_x:
            description.append((segment.text.strip(), segment))
    return Row(page, cells, description)


def _overlaps(segment: Segment, column: Column) -> bool:
    return min(segment.bbox[2], column.x1 + 40) - max(segment.bbox[0], column.x0 - 40) > 0


def _nearest_numeric(bbox: tuple[float, float, float, float], columns: list[Column]) -> Column | None:
    best, best_distance = None, float("inf")
    for column in columns:
        if bbox[2] < column.x0 - 60 or bbox[0] > column.x1 + 60:
            continue
        distance = min(abs(bbox[2] - column.x1), abs(bbox[0] - column.x0),
                       abs((bbox[0] + bbox[2]) / 2 - (column.x0 + column.x1) / 2))
        if distance < best_distance:
            best, best_distance = column, distance
    return best
