"""Tables by geometry: line items on invoices, allocations (invoice paid, amount) on remittances.

Template-free: nothing here knows a vendor or a layout. A table starts at a header line that names at
least two known columns (patterns/document.toml, [tables]); a header may be split over two lines
("Unit" over "Price"). Every number below it is given to the column it sits under (numbers are right-,
left- or centre-aligned, so the overlap with the header decides, in left-to-right order), every word
to the text column whose left edge it starts at. Rows are then assembled from lines: a line with an
amount anchors a row; lines with text only are its wrapped description (after it, or before it when
the numbers sit on a description's last line, which the vertical gaps and the table's own habit
tell); a line with only a quantity and a price completes the row whose amount they multiply to.

A table ends at a totals line (an [tables] `end` phrase, a label that starts right of where the
descriptions start, or an amount equal to the sum of the rows above), at a wide vertical gap, or at
the page end; a repeated header continues it on the next page, and so do rows aligned with its
columns at the top of a page that follows a page ending in a carried-forward line.

Column roles come from the header words and, where those leave it open, from the numbers: a column
of percentages is a tax rate, never an amount; of several amount columns the line amount is the
taxable value (the one quantity x price gives, else the one a tax column takes to another); an
unknown last column is the amount only if its numbers bear that out. A header cell over two cells
of the line below is a group ("CGST" over "Rate | Amount"). On a remittance the invoice is the
payee's number ("Your reference"), the payer's own document number only where no other is printed.

Receipts, bills and letters often list items without a table header. When no header table gives
rows, runs of lines with one amount each that add up to the subtotal (or total) under them are read
("Bananas kg  3.24", "Milk 2L" over "2 @ 3.39  6.78"), else lines that multiply out ("2 x 120.00
240.00", "1. Pens: 25 x 6.10 = 152.50"). A remittance without a table of invoices may name them in
its remittance information ("Details of payment: INV-1042, INV-1043").
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

import regex

from engine.candidates import SUMMARY_COLUMNS, Candidate, amounts_in, dates_in
from engine.document import BBox, Word, union_bbox
from engine.layout import Layout, PageLayout, Segment, median
from engine.normalize.amounts import (
    DECIMAL_COMMA_COUNTRIES,
    SPACE_GROUPING_COUNTRIES,
    Amount,
    AmountMatch,
    find_amounts,
    parse_amount,
)
from engine.normalize.currencies import find_currency, locale_country
from engine.normalize.dates import find_dates
from engine.pattern_files import PatternSet, timed
from engine.x12 import remittance_segments

Pick = tuple[Any, float, Candidate | None]

NUMERIC_COLUMNS = frozenset({"quantity", "unit_price", "amount", "deduction", "gross", "tax", "tax_rate"})
MONEY_COLUMNS = frozenset({"amount", "gross"})
TAX_COLUMNS = frozenset({"tax", "tax_rate"})  # a line's tax and its rate: never the line amount
# Columns a percentage may stand in: rates, and the columns whose values show what they are ("Rate"
# is a price in one table and a tax rate in another).
RATE_COLUMNS = frozenset({"tax", "tax_rate", "unit_price", "deduction", None})
ID_COLUMNS = frozenset({"invoice", "own_reference"})
# A remittance's header line parted into this many segments is a row of headings, however few of them
# are known ("Load # | Your Invoice | BOL # | Pick-up | Lane | Linehaul | Fuel SC | ... | Net Paid").
WIDE_HEADER_SEGMENTS = 8
MAX_ROW_GAP_HEIGHTS = 3.5  # a vertical gap this many line heights wide ends a table
HEADER_LINE_GAP_HEIGHTS = 0.9  # two header lines are at most this far apart (split headers)
LEFT_EDGE_HEIGHTS = 2.0  # text starting this much right of the descriptions' left edge is not a description
NUMBER_REACH_HEIGHTS = 2.5  # numbers further left of the first numeric column are part of a description
NUMBER_FAR_REACH_HEIGHTS = 8.0  # a number this far (or less) from a column's header may still be its value
LEADING_LINES_ON_CONTINUED_PAGE = 12

# Words printed after a header phrase that only qualify it: "Amount (KES)", "Total €", "Inv #", "Prix HT".
_QUALIFIER = regex.compile(r"^(?:\(.*\)|\[.*\]|[#№°%/.\-]+|no\.?|nr\.?|n°|ht|ttc|excl\.?|incl\.?|ex|net|netto|brutto|"
                           r"gross|vat|tax|iva|tva|btw|mwst\.?)$", regex.IGNORECASE)
# A heading word that takes an object: the words after it, on its line or the next, complete it
# ("Value Excl." / "Sales Tax", "Value Incl. Sales" / "Tax").
_TAKES_OBJECT = regex.compile(r"(?i)\b(?:excl|incl|excluding|including|exclusive\s+of|inclusive\s+of|w/o|"
                              r"without|before|after)\.?$")
# A rate under a tax heading ("Sales Tax" over "@18%").
# A bilingual heading's second language wraps under it in a word or two ("N°" over "de facture").
WRAPPED_GLOSS_WORDS = 2
# ... after a spaced slash and at most one word of it on the heading's line ("Invoice No. / N°",
# "Deductions /"); "Harga Jual/Penggantian/" lists alternatives, "Barang / Jasa Kena" wraps in one language.
_SECOND_LANGUAGE_OPEN = regex.compile(r"\s/(?:\s*\S+)?\s*$")
# A heading written only in Chinese, Japanese or Korean letters.
_CJK_GLOSS = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\s/()（）]+")
_RATE_QUALIFIER = regex.compile(r"\(?@?\s*\d{1,2}(?:[.,]\d{1,2})?\s*%\)?")
_LIST_MARKER = regex.compile(r"^\s*(?:\d{1,3}[.)]|[-*•·])\s+")
# "2 x 1,29", "3 @ 4.50", "2pcs x 3.00", and weighed goods with their unit ("0,746 kg x 2,99 EUR/kg").
# A heading that is a rate alone ("5%", "10 %", "IVA 10%"): the column of amounts taxed at that rate.
_BARE_RATE = regex.compile(r"(?i)(?:iva|vat|gravadas?|gravados?)?\s*\d{1,2}(?:[.,]\d+)?\s*%")
_THOUSANDS_GROUP = regex.compile(r"\d[.,]\d{3}(?!\d)")
_QTY_TIMES = regex.compile(r"(?<![\w.,])(?P<q>\d{1,6}(?:[.,]\d{1,3})?)\s*(?:kg|g|lb|lbs|l|m)?\s*"
                           r"(?:[xX×*@]|pcs\s*[xX@]|pc\s*[xX@])\s*(?=\S)")
_EDGE_PUNCTUATION = " :;-–—=|,"
_DECIMAL_COMMA = regex.compile(r"\d,\d{1,2}(?!\d)")
_DECIMAL_POINT = regex.compile(r"\d\.\d{1,2}(?!\d)")
_GROUP_HEAD = regex.compile(r"[-−(]?\d{1,3}")
_GROUP_TAIL = regex.compile(r"\d{3}(?:[ .]\d{3})*,\d{2}\)?")
_PERCENT = regex.compile(r"(?P<number>[-+]?\d{1,3}(?:[.,]\d{1,4})?)\s?%")


# --------------------------------------------------------------------------------------------------
# Public entry points


def find_line_items(layout: Layout, patterns: PatternSet, locale: str | None) -> dict[str, Pick]:
    """Line items as {"line_items.N.<key>": (value, confidence, Candidate)}."""
    return read_items(layout, patterns, locale)[0]


def read_items(layout: Layout, patterns: PatternSet, locale: str | None) -> tuple[dict[str, Pick], dict[str, Pick]]:
    """The line items (find_line_items) and the figures of the items table's totals row
    (_totals_row_picks), from one reading of the tables."""
    tables = _read_tables(layout, patterns, locale, "items")
    return _line_item_picks(layout, patterns, locale, tables), _totals_row_picks(tables)


def _line_item_picks(layout: Layout, patterns: PatternSet, locale: str | None, tables: list[Table]
                     ) -> dict[str, Pick]:
    rows: list[dict[str, Any]] = []
    for table in tables:
        table_rows = _item_rows(table)
        if _recaps(table_rows, rows):
            continue  # a summary by timekeeper or category of the items already read
        rows.extend(table_rows)
    def readings() -> Iterator[list[dict[str, Any]]]:
        """The tables' rows, then each other way of reading items, tried in turn."""
        yield _block_total_items(layout, patterns, locale)
        yield rows
        yield _this_period_items(layout, patterns, locale)
        yield _summed_items(layout, patterns, locale)
        yield _written_items(layout, patterns, locale)
        yield _listed_items(layout, locale)
        yield _multiplied_items(layout, patterns, locale)

    for reading in readings():
        # A spreadsheet's empty rows print their formula's zero in the amount column and nothing else;
        # a row described by a total's label or a tax code and rate alone sums or taxes the items (a
        # receipt's GST summary, "SR @ 6%  8.17"): with those left out, the items may be read another way.
        kept = [row for row in reading if not _empty_sheet_row(row) and not _summary_row(row, patterns)]
        if kept:
            break
    picks: dict[str, Pick] = {}
    rows = kept
    for index, row in enumerate(rows):
        for key in ("description", "quantity", "unit_price", "amount"):
            cell = row.get(key)
            if cell is not None:
                value, text, page, bbox, segment = cell
                picks[f"line_items.{index}.{key}"] = (value, row["confidence"],
                                                     _candidate(text, page, bbox, segment))
    return picks


MIN_TOTALLED_BLOCKS = 3  # blocks with their own charges and total, each an item (a carrier's shipments)


def _block_total_items(layout: Layout, patterns: PatternSet, locale: str | None) -> list[dict[str, Any]]:
    """A carrier's shipment detail: blocks that each open with a dated line naming the service
    ("06/30/2024 | 395073761083 | Express Saver | Zone 007 | 13 lbs"), list their charges and close
    with a total ("Total 53.23"). Each block is one item, its service and its total, when at least
    MIN_TOTALLED_BLOCKS such blocks add up, charge by charge, to their totals and all of them together
    to an amount the document prints (its total charges). Empty otherwise."""
    blocks: list[dict[str, Any]] = []
    for page in layout.pages:
        page_locale = _table_locale_for(page.lines, locale)
        for index, line in enumerate(page.lines):
            first = min(line, key=lambda s: s.bbox[0])
            if len(first.text.strip(" :").split()) > 3 or len(line) != 2:
                continue  # ("Total", "Total (VAT Z)": the block's own total, not a summary's phrase)
            target = _total_of(line, patterns, page_locale)
            if target is None:
                continue
            head = next((k for k in range(index - 1, max(-1, index - 12), -1)
                         if find_dates(min(page.lines[k], key=lambda s: s.bbox[0]).text.strip()[:12])), None)
            if head is None:
                continue
            # (a receiver's or reference line in the block names no charge: "Ref 1: PO 56165")
            charges = [found for found in (_amounts(page.lines[k][-1], page_locale) for k in range(head + 1, index)
                                           if len(page.lines[k]) == 2)
                       if len(found) == 1 and found[0].amount.has_decimals]
            # (the service is the header's wordiest segment: "3 Day Select" beside "Zone 007" and "13 lbs")
            named = max((s for s in page.lines[head] if not find_dates(s.text)),
                        key=lambda s: sum(ch.isalpha() for ch in s.text), default=None)
            if named is not None and sum(ch.isalpha() for ch in named.text) < 3:
                named = None
            if named is None or not charges or not all(charges) \
                    or not _close(sum(found[0].amount.value for found in charges), target[0]):
                continue
            amount_segment = line[-1]
            blocks.append({"description": (named.text.strip(), named.text, page.number, named.bbox, named),
                           "amount": (target[0], amount_segment.text, page.number, target[1], amount_segment),
                           "confidence": 0.9})
    if len(blocks) < MIN_TOTALLED_BLOCKS:
        return []
    printed = [match.amount.value for page in layout.pages for line in page.lines for segment in line
               for match in _amounts(segment, locale)]
    total = sum(block["amount"][0] for block in blocks)
    if any(_close(value, total) for value in printed):
        return blocks
    # Adjustments billed on one dated line each ("05/02/2025 | 289602921657 | Address Correction |
    # 12.80") complete the shipments to the total charges.
    adjustments = _dated_charge_lines(layout, locale)
    if adjustments and any(_close(value, total + sum(row["amount"][0] for row in adjustments)) for value in printed):
        return blocks + adjustments
    return []


def _dated_charge_lines(layout: Layout, locale: str | None) -> list[dict[str, Any]]:
    """Lines of a date, a reference, words and one amount with cents, the amount last."""
    rows: list[dict[str, Any]] = []
    for page in layout.pages:
        for line in page.lines:
            if len(line) < 3 or not find_dates(line[0].text.strip()[:12]):
                continue
            found = _amounts(line[-1], locale)
            named = max(line[1:-1], key=lambda s: sum(ch.isalpha() for ch in s.text))
            if len(found) != 1 or not found[0].amount.has_decimals or sum(ch.isalpha() for ch in named.text) < 3:
                continue
            rows.append({"description": (named.text.strip(), named.text, page.number, named.bbox, named),
                         "amount": (found[0].amount.value, line[-1].text, page.number, line[-1].bbox, line[-1]),
                         "confidence": 0.85})
    return rows


def _empty_sheet_row(row: dict[str, Any]) -> bool:
    """A row of nothing but a zero amount: no quantity or price, and no description on its line (the
    lines under the sheet's last row, "Bank: 19-1713-1946786-00" / "Thank you for your business!",
    are no wrapped description of it)."""
    amount, description = row.get("amount"), row.get("description")
    if amount is None or amount[0] or row.get("quantity") is not None or row.get("unit_price") is not None:
        return False
    return description is None or description[3][1] >= amount[3][3]


# Label kinds that name a sum of the items, never an item ("AMOUNT", "TOTAL", "SUBTOTAL", "GST").
# (Not what was tendered: "Bar" is cash on a German till and a hotel folio's bar charges.)
_SUMMARY_KINDS = frozenset({"total", "net", "tax", "payment_amount", "payment_amount_plain", "account_balance"})
# A tax code and its rate ("SR @ 6%", "ZR @ 0%", "T1 = 16%"): a tax summary's row.
_TAX_CODE_AND_RATE = regex.compile(r"^\W*[A-Z][A-Z0-9]{0,2}\s*[@=:]?\s*\d{1,2}(?:[.,]\d+)?\s*%\W*$")


def _summary_row(row: dict[str, Any], patterns: PatternSet) -> bool:
    """A row whose whole description is a total's label or a tax code with its rate."""
    cell = row.get("description")
    if cell is None:
        return False
    text = str(cell[0]).strip(" :")
    if timed(_TAX_CODE_AND_RATE.match, text):
        return True
    hits = patterns.find_labels(text)
    return len(hits) == 1 and hits[0].start == 0 and hits[0].end >= len(text) and hits[0].kind.name in _SUMMARY_KINDS


def _totals_row_picks(tables: list[Table]) -> dict[str, Pick]:
    """The net, tax and gross an items table's totals row prints under its columns ("Total  331,324.00
    59,638.32  390,962.32" under "Value Excl. Sales Tax | Sales Tax @18% | Value Incl. Sales Tax"), as
    {"financial_data.<field>": pick}; only when the three are printed and the net and the tax add up
    to the gross, so that each column is what its heading says. A row of only an amount and a tax
    ("合计 ¥448890.47 ¥53381.33") gives the two, which the caller checks against the total."""
    for table in tables:
        if table.totals is None:
            continue
        found: dict[str, Number] = {}
        for column, number in table.totals.numbers.items():
            kind = _totals_column_kind(table.columns[column])
            if kind is not None and kind not in found and not number.percent:
                found[kind] = number
        if "net" not in found and "tax" in found and len(table.totals.numbers) == 2:
            # The amount beside a tax column is before tax ("金额 | 税率 | 税额" over "合计 ¥448890.47
            # ¥53381.33"): the totals row gives the net and the tax, and the two add up to the total.
            amount = next((n for column, n in table.totals.numbers.items()
                           if table.columns[column].name in MONEY_COLUMNS), None)
            if amount is not None and amount.value > found["tax"].value:
                return {"financial_data.net_amount": _totals_pick(amount, table.totals),
                        "financial_data.tax_amount": _totals_pick(found["tax"], table.totals)}
        if len(found) == 3 and _close(found["net"].value + found["tax"].value, found["gross"].value) \
                and found["tax"].value < found["net"].value:
            return {f"financial_data.{path}": _totals_pick(found[kind], table.totals)
                    for kind, path in (("net", "net_amount"), ("tax", "tax_amount"), ("gross", "total_amount"))}
    return {}


def _totals_pick(number: Number, row: BodyLine) -> Pick:
    return number.value, TOTALS_ROW_CONFIDENCE, _candidate(number.text, row.page, number.bbox, number.segment)


# A totals row whose net and tax add up to its gross under headings that say which is which.
TOTALS_ROW_CONFIDENCE = 0.9
# Heading words of a money column that says it holds the value before tax, or with it.
_BEFORE_TAX = regex.compile(r"(?i)\b(?:excl|excl\.|excluding|exclusive|before|taxable|net|netto|ht|sans|sin|"
                            r"ohne|zonder|value\s+of\s+supply)\b")
_WITH_TAX = regex.compile(r"(?i)\b(?:incl|incl\.|including|inclusive|gross|brutto|ttc|with|con|mit|inkl)\b")


def _totals_column_kind(column: Column) -> str | None:
    """"net", "tax" or "gross" for a money column of an items table, by its heading's words."""
    if column.name == "tax" or column.name == "tax_rate" and "%" in column.text:
        return "tax"  # ("Sales Tax @18%" heads the tax at that rate; a percent under it is passed over)
    if column.name not in MONEY_COLUMNS:
        return None
    before, with_tax = bool(_BEFORE_TAX.search(column.text)), bool(_WITH_TAX.search(column.text))
    if before and not with_tax:
        return "net"
    if with_tax and not before:
        return "gross"
    return None


def _first_text(line: list[Segment]) -> str:
    return min(line, key=lambda s: s.bbox[0]).text


def _recaps(table_rows: list[dict[str, Any]], earlier: list[dict[str, Any]]) -> bool:
    """Whether a table's rows add up to the first rows read before it (two rows at least): a recap
    of those items ("Timekeeper Summary" under the time entries), not more items."""
    if len(table_rows) < 2 or not earlier:
        return False
    total = sum((row["amount"][0] for row in table_rows), Decimal(0))
    running = Decimal(0)
    for row in earlier:
        running += row["amount"][0]
        if _close(running, total):
            return True
    return False


def find_allocations(layout: Layout, patterns: PatternSet, locale: str | None) -> dict[str, Pick]:
    """Remittance allocations as {"payment_information.allocations.N.<key>": (value, confidence, Candidate)}.

    The amount is the amount paid: the rightmost money column (gross and deductions stand left of it).
    Invoices a remittance names without the amount paid against each (a bank confirmation listing
    several references under one transfer amount) come back as {"invoice_ids.N": ...} instead: they
    are invoices paid, but no allocation can be stated for them.
    """
    picks: dict[str, Pick] = {}
    standard = remittance_segments(layout)
    if standard:
        # Addenda in the X12 standard state each invoice and the amount paid against it exactly.
        for index, (invoice, paid, segment, invoice_box, paid_box) in enumerate(standard):
            picks[f"payment_information.allocations.{index}.invoice_id"] = (
                invoice, 0.9, _candidate(invoice, segment.page, invoice_box, segment))
            picks[f"payment_information.allocations.{index}.amount"] = (
                paid, 0.9, _candidate(str(paid), segment.page, paid_box, segment))
        return picks
    index = 0
    tables = [rows for rows in (_allocation_rows(t) for t in _read_tables(layout, patterns, locale, "allocations"))
              if rows]
    # A one-row table whose amount is the sum of a later table's rows is the payment's summary
    # ("Reference | Value date | Net payment"), not an invoice paid.
    tables = [rows for position, rows in enumerate(tables)
              if not (len(rows) == 1 and any(_close(sum((r["amount"][0] for r in later), Decimal(0)),
                                                    rows[0]["amount"][0]) for later in tables[position + 1:]))]
    # A lockbox report prints each cheque over its own small table of invoices ("Batch 001 / Item 002
    # Check # 580151 ... $2,068.46", then "Invoice | Amount Applied"): read under the table before,
    # the cheque's line looks like a row, but its amount is the next table's sum.
    # From the last table up, so that the next table has lost its own cheque line when it is summed.
    for position in range(len(tables) - 2, -1, -1):
        rows = tables[position]
        if len(rows) > 1 and _close(sum((r["amount"][0] for r in tables[position + 1]), Decimal(0)),
                                    rows[-1]["amount"][0]):
            tables[position] = rows[:-1]
    if not tables:
        # No table: a payment notice may list the invoices one per line, as sentences or bullets
        # ("• Invoice 2023-33375 of 01/23/2023: paid 15,953.30 (invoiced 15,994.59; ...)").
        listed = _listed_invoices(layout, patterns, locale)
        if listed:
            tables = [listed]
    if not tables:
        # An insurer's explanation of payment prints a block per claim: the claim's account number,
        # its service lines, and its "Claim Total" (what was paid against it).
        blocks = _invoice_blocks(layout, patterns, locale)
        if blocks:
            tables = [blocks]
    if not tables:
        # No table of invoices: a bank's payment confirmation names them in its remittance
        # information ("Details of payment: INV-1042, INV-1043").
        referenced = _referenced_invoices(layout, patterns, locale)
        if referenced and not all("amount" in row for row in referenced):
            for position, row in enumerate(referenced):
                value, text, page, bbox, segment = row["invoice_id"]
                picks[f"invoice_ids.{position}"] = (value, row["confidence"], _candidate(text, page, bbox, segment))
            return picks
        tables = [referenced] if referenced else []
    # A cheque voucher prints its stub twice (the payer's copy and the payee's): the same invoices
    # with the same amounts are paid once.
    seen: set[tuple[tuple[Any, Any], ...]] = set()
    unique = []
    for rows in tables:
        key = tuple((row["invoice_id"][0], row["amount"][0]) for row in rows)
        if key not in seen:
            seen.add(key)
            unique.append(rows)
    tables = unique
    for rows in tables:
        for row in rows:
            for key in ("invoice_id", "amount"):
                value, text, page, bbox, segment = row[key]
                picks[f"payment_information.allocations.{index}.{key}"] = (
                    value, row["confidence"], _candidate(text, page, bbox, segment))
            index += 1
    return picks


def _candidate(text: str, page: int, bbox: BBox, segment: Segment | None) -> Candidate:
    return Candidate("table", text, text, page, bbox, "below", segment=segment)


def columns_in(segment: Segment, patterns: PatternSet) -> list[tuple[int, int, str]]:
    """Table-column header phrases in a segment, scanned once per segment."""
    found = segment.cache.get("columns")
    if found is None:
        hits = patterns.table_columns.find(segment.text)
        # A tax word run into another column word is part of one heading or title ("TAX INVOICE",
        # "Tax credit note", "Ankara ya kodi"), not a tax column beside another.
        # A heading of two words or more after another one ("ღირებულება დღგ-ს თანხა": value, then VAT
        # amount) is a column of its own, run into its neighbour's by a narrow gap.
        # So is a tax word after a heading that names the tax itself ("Износ без ПДВ ПДВ": the amount
        # without VAT, then the VAT).
        found = [(start, end, name) for start, end, name in hits
                 if name not in TAX_COLUMNS or not any(_run_together(segment.text, (start, end), other[:2])
                                                       and not (other[1] <= start and (
                                                           len(segment.text[start:end].split()) > 1
                                                           or segment.text[start:end].casefold()
                                                           in segment.text[other[0]:other[1]].casefold().split()))
                                                       for other in hits if other[2] not in TAX_COLUMNS)]
        segment.cache["columns"] = found
    return found  # type: ignore[return-value]


def _run_together(text: str, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two phrases of a text stand next to each other, at most a short word ("ya", "de")
    between them."""
    between = text[one[1]:other[0]] if one[1] <= other[0] else text[other[1]:one[0]]
    words = between.split()
    return len(words) == 0 or (len(words) == 1 and len(words[0]) <= 3 and words[0].isalpha())


# --------------------------------------------------------------------------------------------------
# Headers


_INVOICE_WORD = regex.compile(r"(?i)\b(?:inv|invoice|bill|rechnung\w*|facture|factuur\w*|factura|fattura|faktura|"
                              r"ankara)\b")


@dataclass
class Column:
    name: str | None  # a [tables] column kind, or None for a column the vocabulary does not name
    x0: float
    x1: float
    text: str
    words: list[Word] = field(default_factory=list, repr=False)
    segments: set[int] = field(default_factory=set, repr=False)  # the layout segments it was read from
    guessed: bool = False  # named "amount" for its place (the last column), not for its header words

    @property
    def numeric(self) -> bool:
        return self.name in NUMERIC_COLUMNS


def _words_of(segment: Segment) -> list[tuple[int, int, Word]]:
    """(start, end, word) character spans of a segment's words in its text."""
    spans = []
    position = 0
    for word in segment.words:
        spans.append((position, position + len(word.text), word))
        position += len(word.text) + 1
    return spans


def _header_cells(line: list[Segment], patterns: PatternSet) -> list[Column]:
    """The line split into header cells: known phrases, with the words that qualify them, and runs of
    other words as unnamed cells."""
    cells: list[Column] = []
    for segment in line:
        hits = list(columns_in(segment, patterns))
        names_of: dict[tuple[int, int], list[str]] = {}
        for start, end, name in hits:
            names_of.setdefault((start, end), []).append(name)
        # Longest phrase wins where phrases overlap ("Invoice Amount" is not "Invoice").
        taken: list[tuple[int, int]] = []
        for span in sorted(names_of, key=lambda s: (-(s[1] - s[0]), s[0])):
            if all(span[1] <= t[0] or span[0] >= t[1] for t in taken):
                taken.append(span)
        words = _words_of(segment)
        owner: list[tuple[int, int] | None] = []
        for start, end, _word in words:
            owner.append(next((t for t in taken if t[0] < end and start < t[1]), None))
        segment_cells: list[Column] = []
        previous_owner: tuple[int, int] | None | str = "none"
        for (_start, _end, word), span in zip(words, owner, strict=True):
            name = names_of[span][0] if span is not None else None
            current = segment_cells[-1] if segment_cells else None
            if current is not None and span is not None and span == previous_owner:
                _extend(current, word)
            elif current is not None and span is not None and current.name == name and _only_joiners(current, word):
                _extend(current, word)  # "Product / Service", "Hrs/Qty"
            elif current is not None and span is None and (current.name is None or _qualifies(word.text)
                                                           or _TAKES_OBJECT.search(current.text)):
                _extend(current, word)  # ("Value Incl. Sales": what the value includes)
            elif current is not None and current.name is not None and span is not None and span != previous_owner \
                    and _qualifies(word.text) and _tight(current.words[-1], word):
                _extend(current, word)  # "Price net", "Amount VAT": a column word that only qualifies
            else:
                segment_cells.append(Column(name, word.bbox[0], word.bbox[2], word.text, [word], {segment.order}))
            previous_owner = span
        cells.extend(segment_cells)
    return _joined_across_gaps(cells, patterns)


def _joined_across_gaps(cells: list[Column], patterns: PatternSet) -> list[Column]:
    """Cells of one heading that a wide word gap parted into two segments ("Votre | facture" read
    off a scan with its words spread): an unnamed word joins the cell after it when together they
    are one header phrase. (Two named cells stay apart: "Invoice | Date" are two columns.)"""
    joined: list[Column] = []
    for cell in cells:
        previous = joined[-1] if joined else None
        if previous is not None and previous.words and cell.words:
            height = max(1.0, cell.words[0].bbox[3] - cell.words[0].bbox[1])
            name = _phrase_name(f"{previous.text} {cell.text}", patterns)
            if previous.name is None and name is not None and cell.x0 - previous.x1 < 3 * height:
                for word in cell.words:
                    _extend(previous, word)
                previous.name = name
                previous.segments |= cell.segments
                continue
            longer = _leading_phrase_name(f"{previous.text} {cell.text}", patterns, longer_than=previous.text)
            if previous.name is not None and cell.name is None and _tight(previous.words[-1], cell.words[0]) and (
                    longer is not None or cell.text.lstrip()[:1] in "(-[/"):
                # One heading cut into segments at a change of type ("Valoarea | T.V.A. -lei-",
                # "Prețul unitar | (fără T.V.A.)"): the words run on, a word space apart, and either
                # qualify the heading or name another column with it ("Valoarea T.V.A." is the tax,
                # "Valoarea" alone the amount).
                for word in cell.words:
                    _extend(previous, word)
                previous.segments |= cell.segments
                previous.name = longer or previous.name
                continue
        joined.append(cell)
    return joined


def _leading_phrase_name(text: str, patterns: PatternSet, longer_than: str) -> str | None:
    """The column kind of the longest header phrase that opens `text`, when it runs past `longer_than`."""
    hits = [(end, name) for start, end, name in patterns.table_columns.find(text.strip(" :#.")) if start == 0]
    if not hits or max(hits)[0] <= len(longer_than.strip(" :#.")):
        return None
    return max(hits)[1]


def _tight(left: Word, right: Word) -> bool:
    """Whether two words are set apart by a plain word space (not a gap between columns)."""
    return right.bbox[0] - left.bbox[2] <= 0.5 * max(1.0, right.bbox[3] - right.bbox[1])


def _only_joiners(cell: Column, word: Word) -> bool:
    last = cell.words[-1].text
    return last in ("/", "&", "-", "+") or last.endswith("/") or word.text.startswith("/")


def _extend(cell: Column, word: Word) -> None:
    cell.words.append(word)
    cell.text = f"{cell.text} {word.text}"
    cell.x0 = min(cell.x0, word.bbox[0])
    cell.x1 = max(cell.x1, word.bbox[2])


def _phrase_name(text: str, patterns: PatternSet) -> str | None:
    """The column kind when `text` is, as a whole, one header phrase."""
    stripped = text.strip(" :#.")
    for start, end, name in patterns.table_columns.find(stripped):
        if start == 0 and end == len(stripped):
            return name
    return None


def _has_numbers(line: list[Segment]) -> bool:
    return any(amounts_in(s, None) or dates_in(s, None) for s in line)


def _has_letters(line: list[Segment]) -> bool:
    """Whether a line has words at all: a rule typed with characters ("-------", "=====") under a
    header is no second header line."""
    return any(ch.isalpha() for segment in line for ch in segment.text)


def _has_money(line: list[Segment], locale: str | None) -> bool:
    """Whether a line shows an amount with decimals (a price, a total), not just a count or a size."""
    return any(m.amount.has_decimals for s in line for m in _amounts(s, locale))


def _has_money_or_date(line: list[Segment]) -> bool:
    # the document-wide scans (engine.candidates), cached per segment
    return any(m.amount.has_decimals for s in line for m in amounts_in(s, None)) or any(
        dates_in(s, None) for s in line)


def _line_top(line: list[Segment]) -> float:
    return min(s.bbox[1] for s in line)


def _line_bottom(line: list[Segment]) -> float:
    return max(s.bbox[3] for s in line)


def _line_height(line: list[Segment]) -> float:
    """The median word height of the line (statistics.median's value, without its overhead: this runs
    several times for every line of every table)."""
    return median([w.bbox[3] - w.bbox[1] for s in line for w in s.words]) or 1.0


def _merge_header_line(cells: list[Column], other: list[Segment], patterns: PatternSet,
                       above: bool) -> list[Column] | None:
    """`cells` with the words of a neighbouring header line merged in ("Unit" over "Price"), or None when
    that line does not read as the rest of the header. A header cell over two or more cells of the line
    below is a group ("CGST" over "Rate | Amount"): its sub-columns are the columns."""
    other_cells = _header_cells(other, patterns)
    upper, lower = (other_cells, cells) if above else (cells, other_cells)
    grouped = _split_groups(upper, lower)
    if grouped is not None:
        targets, rest = grouped
        return _merge_cells(targets, rest, patterns, incoming_above=False)
    return _merge_cells([_copy(c) for c in cells], other_cells, patterns, incoming_above=above)


def _copy(cell: Column) -> Column:
    return Column(cell.name, cell.x0, cell.x1, cell.text, list(cell.words), set(cell.segments), cell.guessed)


def _split_groups(upper: list[Column], lower: list[Column]) -> tuple[list[Column], list[Column]] | None:
    """(upper cells with each group replaced by its sub-columns, lower cells under no group), or None
    when no upper cell spans two or more lower ones. A lower cell belongs to the upper cell whose zone
    (halfway to each neighbour) holds its centre, as centred group titles are printed."""
    # Sub-columns are columns: named by column words (a line of text below a header is the first
    # row's, not sub-columns of the description), apart by more than a word space, and more than
    # words that only qualify ("Prijs" over "excl. BTW" is one column).
    if not upper or len(lower) < 2 or any(c.name is None and not _qualifies(c.text) for c in lower):
        return None
    ordered = sorted(upper, key=lambda c: c.x0)
    under: dict[int, list[Column]] = {}
    for cell in lower:
        centre = (cell.x0 + cell.x1) / 2
        for k, group in enumerate(ordered):
            left = (ordered[k - 1].x1 + group.x0) / 2 if k else float("-inf")
            right = (group.x1 + ordered[k + 1].x0) / 2 if k + 1 < len(ordered) else float("inf")
            if left <= centre < right:
                neighbours = ordered[k - 1:k] + ordered[k + 1:k + 2]
                if not any(_overlap(n.x0, n.x1, cell.x0, cell.x1) > 0 for n in neighbours):
                    under.setdefault(k, []).append(cell)
                break
    groups = {k: cells for k, cells in under.items()
              if sum(not _qualifies(c.text) for c in cells) >= 2
              and not any(_tight(a.words[-1], b.words[0]) for a, b in zip(cells, cells[1:], strict=False))}
    if not groups:
        return None
    columns: list[Column] = []
    for k, group in enumerate(ordered):
        if k not in groups:
            columns.append(_copy(group))
            continue
        for sub in groups[k]:
            columns.append(Column(_sub_column_name(group, sub), sub.x0, sub.x1, f"{group.text} {sub.text}",
                                  list(sub.words), sub.segments | group.segments))
    grouped = {id(cell) for cells in groups.values() for cell in cells}
    return columns, [cell for cell in lower if id(cell) not in grouped]


def _sub_column_name(group: Column, sub: Column) -> str | None:
    """A sub-column's kind: under a tax group ("CGST", "VAT") a rate or the tax amount, never the line
    amount; under any other group its own kind, else the group's."""
    if group.name in TAX_COLUMNS:
        rate = sub.name in ("unit_price", "tax_rate") or "%" in sub.text
        return "tax_rate" if rate else "tax"
    return sub.name if sub.name is not None else group.name


def _joined_under_one_heading(merged: list[Column], incoming: list[Column], patterns: PatternSet,
                              above: bool) -> list[Column]:
    """Neighbouring cells of a header's other line that together with the one heading they overlap
    make a known heading: one cell ("Ապրանքի (աշխատանքի," over "ծառայության) | անվանում", the name of
    the goods, works or services, wrapped so that its last word stands apart)."""
    if not merged:
        return incoming
    def target_of(cell: Column) -> Column | None:
        best = max(merged, key=lambda c: _overlap(c.x0, c.x1, cell.x0, cell.x1))
        return best if _overlap(best.x0, best.x1, cell.x0, cell.x1) > 0 else None
    result: list[Column] = []
    index = 0
    while index < len(incoming):
        target = target_of(incoming[index])
        run = [incoming[index]]
        while target is not None and index + len(run) < len(incoming) \
                and target_of(incoming[index + len(run)]) is target:
            run.append(incoming[index + len(run)])
        if len(run) > 1 and target is not None and target.name is None and run[0].name is None:
            words = " ".join(c.text for c in run)
            if _phrase_name(f"{words} {target.text}" if above else f"{target.text} {words}", patterns) is not None:
                joined = _copy(run[0])
                joined.text, joined.x1 = words, max(c.x1 for c in run)
                joined.words = [w for c in run for w in c.words]
                joined.segments = set().union(*(c.segments for c in run))
                joined.name = _phrase_name(words, patterns)
                result.append(joined)
                index += len(run)
                continue
        result.append(incoming[index])
        index += 1
    return result


def _merge_cells(merged: list[Column], incoming: list[Column], patterns: PatternSet,
                 incoming_above: bool) -> list[Column] | None:
    """`incoming` cells merged into the `merged` columns they overlap; None when they do not fit."""
    above = incoming_above
    added: list[Column] = []
    incoming = _joined_under_one_heading(merged, incoming, patterns, above)
    for cell in incoming:
        target = max(merged, key=lambda c: _overlap(c.x0, c.x1, cell.x0, cell.x1))
        if _overlap(target.x0, target.x1, cell.x0, cell.x1) <= 0:
            if cell.name is None:
                return None
            added.append(cell)
            continue
        combined = f"{cell.text} {target.text}" if above else f"{target.text} {cell.text}"
        name = _phrase_name(combined, patterns)
        if name is None and not above and "/" in cell.text:
            # "Invoice" over "Date / Date": the heading's first language goes on before the slash
            name = _phrase_name(f"{target.text} {cell.text.split('/')[0].strip()}", patterns)
        if not above and _CJK_GLOSS.fullmatch(cell.text.strip()) and not _CJK_GLOSS.fullmatch(target.text.strip()):
            # A bilingual header's gloss under each heading ("D/N No." over "送貨單號", "Qty" over "數量"):
            # the heading in Chinese or Japanese names the same column, or names it when the other does not.
            target.name = target.name or cell.name
        elif not above and _SECOND_LANGUAGE_OPEN.search(target.text) and cell.name in (None, target.name) \
                and len(cell.text.split()) <= WRAPPED_GLOSS_WORDS:
            # A bilingual heading wrapped under itself ("Invoice No. / N°" over "de facture", "PO No. / N°"
            # over "de BC", "Deductions /" over "Retenues"): the second language's words go on below.
            target.name = name if name is not None and target.name is None else target.name
        elif not above and _TAKES_OBJECT.search(target.text):
            pass  # "Value Excl." over "Sales Tax": the words below say what the value leaves out
        elif name is not None:
            target.name = name
        elif target.name is None and timed(_RATE_QUALIFIER.fullmatch, cell.text.strip()):
            # "Sales Tax" over "@18%": the heading names a tax, the rate says which
            target.name = "tax" if any(name == "tax" for _, _, name in patterns.table_columns.find(target.text)) \
                else None
            if target.name is None:
                return None
        elif target.name is None and not _qualifies(target.text):
            return None
        elif cell.name is None and not _qualifies(cell.text):
            return None
        elif cell.name is not None and cell.name != target.name:
            # "Einzelpreis" over "netto", "Amount" over "incl. VAT": words that are column names of
            # their own may only qualify the column they stand under.
            if target.name is None or (_qualifies(target.text) and not _qualifies(cell.text)):
                target.name = cell.name
            elif not _qualifies(cell.text):
                return None
        target.text = combined
        target.x0, target.x1 = min(target.x0, cell.x0), max(target.x1, cell.x1)
        target.words.extend(cell.words)
        target.segments |= cell.segments
    return sorted(merged + added, key=lambda c: c.x0)


def _qualifies(text: str) -> bool:
    """Whether header words only qualify a column ("(KES)", "€", "#", "HT")."""
    text = text.strip()
    if _QUALIFIER.match(text) or timed(_RATE_QUALIFIER.fullmatch, text):
        return True
    currencies = find_currency(text, None)
    return len(currencies) == 1 and not text.replace(currencies[0].text, "").strip(" ()[]/.")


def _header_ok(cells: list[Column], purpose: str) -> bool:
    names = [c.name for c in cells if c.name is not None]
    kinds = set(names)
    if len(kinds) < 2:
        return False
    known_words = sum(len(c.words) for c in cells if c.name is not None)
    unknown_words = sum(len(c.words) for c in cells if c.name is None)
    if unknown_words > max(2, known_words) and (
            purpose != "allocations" or len(set().union(*(c.segments for c in cells))) < WIDE_HEADER_SEGMENTS):
        # Prose that happens to use two column words. A remittance's line parted into many columns is
        # none; an items table's many unknown headings are another table's (a schedule, a tax block).
        return False
    named = [c for c in cells if c.name is not None]
    if len(set().union(*(c.segments for c in named))) < 2 and (len(kinds) < 3 or 3 * unknown_words > known_words):
        # "Payment Details": one phrase, not columns spread over a line. Headings set close together
        # run into one segment; three kinds of column named and little else still make a header.
        return False
    first = {name: min(c.x0 for c in named if c.name == name) for name in kinds}
    last = {name: max(c.x0 for c in named if c.name == name) for name in kinds}
    if purpose == "items":
        if not kinds & {"amount"} or not kinds & {"description", "quantity", "unit_price"}:
            return False
        if any(first[name] > last["amount"] for name in kinds & {"description", "quantity", "unit_price"}):
            return False  # amounts stand right of what they are amounts of
        return not kinds & ID_COLUMNS or bool(kinds & {"quantity", "unit_price"})
    ids = kinds & ID_COLUMNS
    if not ids or not kinds & MONEY_COLUMNS or "unit_price" in kinds:
        return False
    if "quantity" in kinds and not kinds & {"gross", "deduction"}:
        # A quantity column makes an items table, unless the money is parted into what was owed and what
        # was kept back: a marketplace's payout pays each order its sales less fees, and counts the units.
        return False
    return min(first[name] for name in ids) < max(last[name] for name in kinds & MONEY_COLUMNS)


def _with_guessed_amount(cells: list[Column], purpose: str) -> list[Column]:
    """An items header that names a description and a quantity or price but no amount ("Description |
    Qty | Price | Line Value" with "Line Value" unknown): its last column, when unnamed, stands for the
    amount until the numbers under it bear that out (`_choose_columns`)."""
    if purpose != "items" or not cells:
        return cells
    kinds = {c.name for c in cells}
    last = max(cells, key=lambda c: c.x0)
    # A word that means quantity or amount ("Kiasi" beside "Idadi"): as the last of two quantity
    # columns it is the amount, if the figures under it bear that out.
    doubled = last.name == "quantity" and sum(c.name == "quantity" for c in cells) >= 2
    if "amount" in kinds or "description" not in kinds or not kinds & {"quantity", "unit_price"} \
            or (last.name is not None and not doubled) or _qualifies(last.text):
        return cells
    return [Column("amount", c.x0, c.x1, c.text, c.words, c.segments, True) if c is last else c for c in cells]


def _header_at(page: PageLayout, index: int, patterns: PatternSet, purpose: str) -> tuple[list[Column], int] | None:
    """The header starting at line `index` (one or two lines) as (columns, index of its last line)."""
    line = page.lines[index]
    if not any(columns_in(s, patterns) for s in line) or _has_money_or_date(line):
        return None
    if any(timed(_FIELD_WITH_VALUE.search, s.text) for s in line):
        return None  # "Service address: Unit 24, Meadow Court": a form's field and its value, no headings
    cells = _with_guessed_amount(_header_cells(line, patterns), purpose)
    if not any(c.name for c in cells):
        return None
    if _has_numbers(line):
        # A header sharing its line with a fragment of a neighbouring block ("Article | 44000 Nantes |
        # Quantité ..."): the fragment is no column, and the header must be unmistakable.
        cells = [c for c in cells if c.name is not None or not any(ch.isdigit() for ch in c.text)]
        if len({c.name for c in cells if c.name}) < 3:
            return None
    height = _line_height(line)
    following = page.lines[index + 1] if index + 1 < len(page.lines) else None
    if following is not None and _line_top(following) - _line_bottom(line) <= HEADER_LINE_GAP_HEIGHTS * height \
            and not _has_numbers(following) and _has_letters(following):
        merged = _merge_header_line(cells, following, patterns, above=False)
        if merged is not None:
            merged = _with_guessed_amount(_unguessed(merged), purpose)
        if merged is not None and _header_ok(merged, purpose) and sum(c.name is not None for c in merged) >= sum(
                c.name is not None for c in cells):
            return _finish_header(merged, purpose), index + 1
    if not _header_ok(cells, purpose):
        return None
    if index > 0:
        previous = page.lines[index - 1]
        if _line_top(line) - _line_bottom(previous) <= HEADER_LINE_GAP_HEIGHTS * height \
                and not _has_numbers(previous) and _has_letters(previous):
            merged = _merge_header_line(cells, previous, patterns, above=True)
            if merged is not None:
                merged = _with_guessed_amount(_unguessed(merged), purpose)
            if merged is not None and _header_ok(merged, purpose):
                return _finish_header(merged, purpose), index
    return _finish_header(cells, purpose), index


def _unguessed(cells: list[Column]) -> list[Column]:
    """Cells with a guessed amount unnamed again (a merged line may name that column after all)."""
    return [Column(None, c.x0, c.x1, c.text, c.words, c.segments) if c.guessed and c.name == "amount" else c
            for c in cells]


def _finish_header(cells: list[Column], purpose: str) -> list[Column]:
    """Cells left to right; where two are called descriptions ("Item | Description", "Item Code
    Description"), the one with the widest room before the next column is (descriptions are long), and
    the other is an unnamed column (a code, a line number). On a remittance the payer's own document
    number stands for the invoice only where no column names the payee's invoice number."""
    cells = sorted(cells, key=lambda c: c.x0)
    if purpose == "allocations" and not any(c.name == "invoice" for c in cells):
        own = next((c for c in cells if c.name == "own_reference"), None)
        if own is not None:
            own.name = "invoice"
    described = [i for i, c in enumerate(cells) if c.name == "description"]
    if len(described) > 1:
        def room(i: int) -> float:
            return (cells[i + 1].x0 if i + 1 < len(cells) else cells[i].x1 + 200.0) - cells[i].x0
        keep = max(described, key=room)
        for i in described:
            if i != keep:
                cells[i].name = None
    return cells


# --------------------------------------------------------------------------------------------------
# Table bodies


@dataclass
class Number:
    value: Decimal
    text: str
    bbox: BBox
    segment: Segment
    has_decimals: bool
    percent: bool = False  # printed as a rate ("2.5%", "20 %"): never an amount


@dataclass
class BodyLine:
    page: int
    top: float
    bottom: float
    height: float
    numbers: dict[int, Number]  # column index -> the number under it
    texts: dict[int, list[tuple[Word, Segment]]]  # column index -> words under it
    first_text: str  # the line's leftmost text, for end phrases
    later_texts: tuple[str, ...] = ()  # the texts of its other segments that open with a letter
    kind: str = ""  # row | text | aux


@dataclass
class Table:
    columns: list[Column]
    lines: list[BodyLine]
    purpose: str
    description: int | None = None  # index of the description column
    amount: int | None = None  # index of the column read as the line amount / amount paid
    # A second amount column that holds the amount of the rows the first leaves empty (a customs
    # broker's "Non-taxable" outlays beside its "Charges"): never both in one row.
    alternate: int | None = None
    # Amount columns that part each line's amount by its rate of tax ("Exentas | 5% | 10%" on a
    # Paraguayan invoice): each line prints its amount under one of them and zero under the others.
    by_rate: tuple[int, ...] = ()
    totals: BodyLine | None = None  # the row that ended the table with a total word ("Total  331,324.00 ...")


def _read_tables(layout: Layout, patterns: PatternSet, locale: str | None, purpose: str) -> list[Table]:
    tables: list[Table] = []
    open_table: Table | None = None
    for page in layout.pages:
        index = 0
        if open_table is not None:
            continued = _continue_on_page(page, open_table, patterns, locale)
            if continued is not None:
                table, index = continued
                tables.append(table)
                open_table = table if index >= len(page.lines) or _left_open(page, index, locale) else None
            else:
                open_table = None
        while index < len(page.lines):
            header = _header_at(page, index, patterns, purpose)
            if header is None:
                index += 1
                continue
            columns, last = header
            table = Table(columns, [], purpose)
            end = _read_body(page, last + 1, table, patterns, locale)
            if table.lines:
                tables.append(table)
                open_table = table if end >= len(page.lines) or _left_open(page, end, locale) else None
            index = max(end, last + 1)
    for table in tables:
        _choose_columns(table)
    return tables


def _left_open(page: PageLayout, end: int, locale: str | None) -> bool:
    """Whether a table that ended at line `end` may go on over the page: at most one money line (a
    carried-forward subtotal) follows it on this page."""
    money_lines = 0
    for line in page.lines[end:]:
        if any(m.amount.has_decimals for s in line for m in _amounts(s, locale)):
            money_lines += 1
    return money_lines <= 1


def _continue_on_page(page: PageLayout, table: Table, patterns: PatternSet,
                      locale: str | None) -> tuple[Table, int] | None:
    """Rows at the top of a page that go on with the table of the previous page, without a header."""
    for index, line in enumerate(page.lines[:LEADING_LINES_ON_CONTINUED_PAGE]):
        if _header_at(page, index, patterns, table.purpose) is not None:
            return None
        if not _has_numbers(line):
            continue
        probe = _tokenize(line, page.number, table.columns, _table_locale_for([line], locale))
        if _is_aligned_row(probe, table) and _classify(probe, table, [], patterns, _description_left(table.columns),
                                                       Decimal(0), 0) == "row":
            continued = Table(table.columns, [], table.purpose)
            end = _read_body(page, index, continued, patterns, locale)
            return (continued, end) if continued.lines else None
    return None


def _is_aligned_row(line: BodyLine, table: Table) -> bool:
    money = [i for i, c in enumerate(table.columns) if c.name in MONEY_COLUMNS]
    if not any(i in line.numbers for i in money):
        return False
    for i in money:
        if i in line.numbers:
            edges = [bl.numbers[i].bbox[2] for bl in table.lines if i in bl.numbers]
            if edges and abs(statistics.median(edges) - line.numbers[i].bbox[2]) > 2 * line.height:
                return False
    description = _text_columns(table.columns)
    return not description or any(i in line.texts for i in description)


def _table_locale_for(lines: list[list[Segment]], locale: str | None) -> str | None:
    """The locale to read a table's numbers with: what the numbers themselves show (a column of
    "1.250,00" / "720,00" is decimal-comma, so "1.250" there is a thousand; "1 250,00" groups with
    spaces), else the caller's."""
    comma = point = spaced = 0
    for line in lines:
        for segment in line:
            counts = _separator_counts(segment)
            comma += counts[0]
            point += counts[1]
            spaced += counts[2]
    decimal_comma = locale_country(locale) in DECIMAL_COMMA_COUNTRIES
    if comma > point:
        if spaced:
            return locale if locale_country(locale) in SPACE_GROUPING_COUNTRIES else "FR"
        return locale if decimal_comma else "DE"
    if point > comma and decimal_comma:
        return None
    return locale


def _separator_counts(segment: Segment) -> tuple[int, int, int]:
    """(decimal commas, decimal points, space-grouped numbers) in a segment, counted once per
    document: every table reads the 60 lines under its header, so the windows overlap."""
    cached = segment.cache.get("table_separators")
    if cached is not None:
        return cached  # type: ignore[return-value]
    text = segment.text
    comma = point = spaced = 0
    if any(map(str.isdigit, text)):  # every pattern below needs a digit
        if "," in text:
            comma = len(_DECIMAL_COMMA.findall(text))
        if "." in text:
            point = len(_DECIMAL_POINT.findall(text))
        words = segment.words
        for left, right in zip(words, words[1:], strict=False):
            if _GROUP_HEAD.fullmatch(left.text) and _GROUP_TAIL.fullmatch(right.text) and \
                    right.bbox[0] - left.bbox[2] <= 0.5 * max(1.0, right.bbox[3] - right.bbox[1]):
                spaced += 1
    counts = (comma, point, spaced)
    segment.cache["table_separators"] = counts
    return counts


def _amounts(segment: Segment, locale: str | None) -> list[Any]:
    key = f"table_amounts:{locale}"
    found = segment.cache.get(key)
    if found is None:
        found = find_amounts(segment.text, locale) if any(ch.isdigit() for ch in segment.text) else []
        segment.cache[key] = found
    return found  # type: ignore[return-value]


def _read_body(page: PageLayout, start: int, table: Table, patterns: PatternSet, locale: str | None) -> int:
    """Reads lines from `start` into `table.lines` until the table ends; returns the index it ended at.

    The numbers are read once with the separators the lines below the header show, then, if the
    table's own lines (now that its end is known) show otherwise, again."""
    table_locale = _table_locale_for(page.lines[start:start + 60], locale)
    end, lines = _scan_body(page, start, table, patterns, table_locale)
    own = _table_locale_for(page.lines[start:end], locale)
    if own != table_locale:
        table_locale = own
        end, lines = _scan_body(page, start, table, patterns, own)
    table.lines.extend(lines)
    if lines and end < len(page.lines) and _opens_with(patterns.table_end, _first_text(page.lines[end])):
        table.totals = _tokenize(page.lines[end], page.number, table.columns, table_locale)
    return end


def _scan_body(page: PageLayout, start: int, table: Table, patterns: PatternSet,
               locale: str | None) -> tuple[int, list[BodyLine]]:
    columns = table.columns
    lines: list[BodyLine] = []
    last_bottom = _line_bottom(page.lines[start - 1]) if start > 0 else _line_top(page.lines[start])
    description_left = _description_left(columns)
    running = Decimal(0)
    section_start = Decimal(0)  # the running sum where the current section began
    rows = 0
    index = start
    while index < len(page.lines):
        line = page.lines[index]
        if _header_at(page, index, patterns, table.purpose) is not None or _summary_headings(line, patterns):
            break  # a new (or repeated) header: a table of its own, or the headings of a tax summary
        if _line_top(line) - last_bottom > MAX_ROW_GAP_HEIGHTS * _line_height(line):
            break
        if not rows and _column_numbers(line):
            # "0 | 1 | 2 | 3 | 4 | 5 (3x4)" under the header numbers the columns (Romanian and other
            # statutory forms): no row.
            index += 1
            last_bottom = _line_bottom(line)
            continue
        body = _tokenize(line, page.number, columns, locale)
        kind = _classify(body, table, lines, patterns, description_left, running, rows)
        if kind == "end" and not lines and patterns.table_carried.contains(body.first_text):
            # "Übertrag 701.548,36" under the header of a continued page brings the total forward
            index += 1
            last_bottom = body.bottom
            continue
        if kind == "end" and rows and table.purpose == "items":
            resume = _next_section(page, index, table, patterns, locale, description_left, running - section_start)
            if resume is not None:
                # "Total professional fees" closes one section and "Disbursements" opens the next.
                index = resume
                last_bottom = _line_bottom(page.lines[resume - 1])
                section_start = running
                continue
        if kind == "end" and rows and table.purpose == "allocations" and _batch_subtotal(
                page, index, body, table, patterns, locale, description_left, running - section_start):
            # "BATCH 002 TOTAL (4 ITEMS) 39,917.29" on a lockbox report: the cheques of one batch
            # add up to it, and the next batch's rows follow.
            section_start = running
            index += 1
            last_bottom = body.bottom
            continue
        if kind == "end":
            break
        if kind != "skip":
            body.kind = kind
            lines.append(body)
            last_bottom = body.bottom
            if kind == "row":
                rows += 1
                money = _money_number(body, table)
                if money is not None:
                    running += money.value
        index += 1
    return index, lines


def _batch_subtotal(page: PageLayout, index: int, body: BodyLine, table: Table, patterns: PatternSet,
                    locale: str | None, description_left: float | None, section_sum: Decimal) -> bool:
    """Whether line `index` of an allocations table totals the rows since the last such line (its
    last figure is their sum, and it opens with no total word of the table's own) with a row of
    invoices right under it."""
    figures = [m.amount.value for s in sorted(page.lines[index], key=lambda s: s.bbox[0]) for m in _amounts(s, locale)]
    if not figures or not _close(figures[-1], section_sum) or _opens_with(patterns.table_end, body.first_text):
        return False
    if index + 1 >= len(page.lines) or _line_top(page.lines[index + 1]) - body.bottom > MAX_ROW_GAP_HEIGHTS * body.height:
        return False
    following = _tokenize(page.lines[index + 1], page.number, table.columns, locale)
    return _classify(following, table, [], patterns, description_left, Decimal(0), 0) == "row"


# A section heading between a section's subtotal and its first row is a few words at most.
MAX_SECTION_HEADING_WORDS = 6
# How many lines under a section heading may pass before a row with money shows that rows follow.
SECTION_PROBE_LINES = 3


def _next_section(page: PageLayout, index: int, table: Table, patterns: PatternSet, locale: str | None,
                  description_left: float | None, section_sum: Decimal) -> int | None:
    """Where the next section of an items table starts, when line `index` is the subtotal of the rows
    above it (its last figure is their sum) and a short heading with rows under it follows; else None."""
    line = page.lines[index]
    figures = [m.amount.value for s in sorted(line, key=lambda s: s.bbox[0]) for m in _amounts(s, locale)]
    first = min(line, key=lambda s: s.bbox[0]).text
    # An unlabelled subtotal must add up; "MEAT TOTAL" says what it is even when a row was misread.
    adds_up = bool(figures) and (_close(figures[-1], section_sum) or _names_section_total(first, patterns))
    if not adds_up or index + 2 >= len(page.lines):
        return None
    heading, first_row = page.lines[index + 1], page.lines[index + 2]
    height = _line_height(line)
    words = [w for s in heading for w in s.words]
    if (_has_numbers(heading) or not words or len(words) > MAX_SECTION_HEADING_WORDS
            or _line_top(heading) - _line_bottom(line) > MAX_ROW_GAP_HEIGHTS * height
            or _line_top(first_row) - _line_bottom(heading) > MAX_ROW_GAP_HEIGHTS * height
            or patterns.table_end.find(" ".join(w.text for w in words))
            or _header_at(page, index + 1, patterns, table.purpose) is not None):
        return None
    # A row with money opens the section; an out-of-stock row (no figure shipped) may come first.
    for probe_line in page.lines[index + 2:index + 2 + SECTION_PROBE_LINES]:
        probe = _tokenize(probe_line, page.number, table.columns, locale)
        kind = _classify(probe, table, [], patterns, description_left, Decimal(0), 0)
        money = _money_number(probe, table)
        if kind == "row" and money is not None and (money.has_decimals or _CURRENCY_SIGN.search(money.text)):
            # (a bare number in a note under the totals, "IBAN IE84 IPBS 9330 1362 2247 22", opens nothing)
            return index + 2
        if kind not in ("text", "aux", "skip"):
            return None
    return None


def _description_left(columns: list[Column]) -> float | None:
    described = [c for c in columns if c.name == "description"]
    return described[0].x0 if described else None


def _text_columns(columns: list[Column]) -> list[int]:
    return [i for i, c in enumerate(columns) if c.name == "description"]


def _money_number(body: BodyLine, table: Table) -> Number | None:
    money = [i for i in sorted(body.numbers) if table.columns[i].name == "amount" and not body.numbers[i].percent]
    return body.numbers[money[-1]] if money else None


def _tokenize(line: list[Segment], page: int, columns: list[Column], locale: str | None) -> BodyLine:
    """The line's numbers and words, each under its column."""
    numbers: list[tuple[Number, list[Word]]] = []
    loose_words: list[tuple[Word, Segment]] = []
    numeric_left = min((c.x0 for c in columns if c.numeric), default=float("inf"))
    for segment in line:
        used: set[int] = set()
        for number, covered in _segment_numbers(segment, locale):
            if number.bbox[2] < numeric_left - NUMBER_REACH_HEIGHTS * max(segment.height, 1.0):
                continue  # a number inside a description ("Pens (box of 50)")
            numbers.append((number, [segment.words[k] for k in covered]))
            used.update(covered)
        for k, word in enumerate(segment.words):
            if k not in used:
                loose_words.append((word, segment))
    assigned = _assign_numbers([n for n, _ in numbers], columns, line)
    texts: dict[int, list[tuple[Word, Segment]]] = {}
    for k, (number, words) in enumerate(numbers):
        if k not in assigned:
            loose_words.extend((w, number.segment) for w in words)
    loose_words.sort(key=lambda ws: ws[0].bbox[0])
    previous: tuple[Segment, int, Word] | None = None
    for word, segment in loose_words:
        column = _text_column_of(word, columns)
        if previous is not None and previous[0] is segment and columns[previous[1]].name == "description" \
                and column is not None and column > previous[1] and columns[column].name is None \
                and _tight(previous[2], word):
            # a long description runs on past an unnamed column's left edge (words a plain space
            # apart); a word set apart from it by a wider gap is that column's ("1.2   5205" = HSN code)
            column = previous[1]
        if column is not None:
            texts.setdefault(column, []).append((word, segment))
            previous = (segment, column, word)
    first = min(line, key=lambda s: s.bbox[0])
    later = tuple(s.text for s in line if s is not first and s.text[:1].isalpha())
    return BodyLine(page, _line_top(line), _line_bottom(line), _line_height(line),
                    {column: numbers[k][0] for k, column in assigned.items()}, texts, first.text, later)


# Where thousands are grouped with spaces ("2 350,00"), a monospaced or scanned print can set the
# group space as wide as a character: a head of one to three digits and a tail of three digits and
# the decimals still make one number.
_THOUSANDS_HEAD = regex.compile(r"-?\d{1,3}")
_THOUSANDS_TAIL = regex.compile(r"\d{3}(?:[.,]\d{2})?")


def _segment_numbers(segment: Segment, locale: str | None) -> list[tuple[Number, list[int]]]:
    """The numbers of a segment with the indices of the words they cover. Digits are read as one
    number only across a normal word space: "5    264,00" under two columns is two numbers, while
    "1 250,00" is one."""
    key = f"table_numbers:{locale}"
    cached = segment.cache.get(key)
    if cached is not None:
        return cached  # type: ignore[return-value]
    found: list[tuple[Number, list[int]]] = []
    if not any(map(str.isdigit, segment.text)):  # a rate and an amount both need a digit
        segment.cache[key] = found
        return found
    words = segment.words
    rated: set[int] = set()
    last = len(words) - 1
    for k, word in enumerate(words):
        # find_amounts reads no rates; a rate is still a cell, under the column of rates.
        following = words[k + 1] if k < last else None
        if following is not None and following.text == "%" and _tight(word, following):
            text, covered = f"{word.text}%", [k, k + 1]
        elif "%" in word.text:
            text, covered = word.text, [k]
        else:
            continue  # no "%": no rate
        match = _PERCENT.fullmatch(text)
        if match is None or k in rated:
            continue
        value = Decimal(match["number"].replace(",", "."))
        rated.update(covered)
        found.append((Number(value, text, union_bbox(words[c].bbox for c in covered), segment,
                             "." in match["number"] or "," in match["number"], percent=True), covered))
    groups: list[list[int]] = []
    grouped_by_spaces = locale_country(locale) in SPACE_GROUPING_COUNTRIES
    for k, word in enumerate(words):
        if k in rated:
            continue
        gap = word.bbox[0] - words[k - 1].bbox[2] if k else 0.0
        height = max(1.0, word.bbox[3] - word.bbox[1])
        tight = k and k - 1 not in rated and (gap <= 0.5 * height or grouped_by_spaces and gap <= 1.1 * height
                                               and _THOUSANDS_HEAD.fullmatch(words[k - 1].text) is not None
                                               and _THOUSANDS_TAIL.fullmatch(word.text) is not None)
        if tight and groups:
            groups[-1].append(k)
        else:
            groups.append([k])
    for group in groups:
        text = " ".join(words[k].text for k in group)
        if not any(ch.isdigit() for ch in text):
            continue
        offsets = []
        position = 0
        for k in group:
            offsets.append((position, position + len(words[k].text), k))
            position += len(words[k].text) + 1
        for match in find_amounts(text, locale):
            covered = [(start, end, k) for start, end, k in offsets if start < match.end and match.start < end]
            # The number must be whole words: "Y12", "12m", "5L" are names, not cells.
            if not covered or any(text[start:end][: max(0, match.start - start)].strip(_EDGE_PUNCTUATION)
                                  or text[start:end][max(0, match.end - start):].strip(_EDGE_PUNCTUATION)
                                  for start, end, _ in covered):
                continue
            indices = [k for _, _, k in covered]
            bbox = union_bbox(words[k].bbox for k in indices)
            found.append((Number(match.amount.value, match.amount.text, bbox, segment, match.amount.has_decimals),
                          indices))
    found.sort(key=lambda item: item[0].bbox[0])
    segment.cache[key] = found
    return found


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)


def _assign_numbers(numbers: list[Number], columns: list[Column], line: list[Segment]) -> dict[int, int]:
    """Numbers (left to right) matched to columns (left to right), order kept, each column used once,
    maximising how well each number sits under its column. Returns {number index: column index}."""
    if not numbers:
        return {}
    order = sorted(range(len(numbers)), key=lambda k: numbers[k].bbox[0])
    height = max(_line_height(line), 1.0)
    reach = NUMBER_FAR_REACH_HEIGHTS * height

    def fit(k: int, c: int) -> float | None:
        column = columns[c]
        if numbers[k].percent and column.name not in RATE_COLUMNS:
            return None  # "Rabatt 5 %" wrapped under a quantity or amount column is text there
        x0, _, x1, _ = numbers[k].bbox
        c0, c1 = column.x0, column.x1
        overlap = (x1 if x1 < c1 else c1) - (x0 if x0 > c0 else c0)  # _overlap, inlined: this runs per cell
        if overlap > 0:
            share = overlap / max(1.0, min(x1 - x0, column.x1 - column.x0))
            return 10.0 + share * 10.0 - (0.0 if column.numeric or column.name is None else 8.0)
        # Not under the header (a left-aligned "Quantity" over right-aligned numbers): the nearer the
        # better, and a number still goes to a column in its order rather than to none. A rate not
        # under a header is part of a text ("Less retention 10%").
        gap = -overlap
        if numbers[k].percent:
            return None
        if gap > reach:
            # The last column's cell runs on to the table's right edge: a left-set "Amount (EUR)" over
            # figures set flush right, far beyond the heading, is still that column.
            return 0.25 if c == len(columns) - 1 and column.numeric and x0 > c1 else None
        # Beside an unnamed column (a code, a unit) and a numeric one, a number is the numeric one's.
        return 0.5 + 6.0 * (1.0 - gap / reach) - (0.0 if column.numeric else 1.0 if column.name is None else 8.0)

    n, m = len(order), len(columns)
    # best[i][j]: best score using the first i numbers and the first j columns
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    move: list[list[str]] = [[""] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        best[i][0] = best[i - 1][0]
        move[i][0] = "skip_number"
    for j in range(1, m + 1):
        move[0][j] = "skip_column"
    for i in range(1, n + 1):
        above, row, row_move = best[i - 1], best[i], move[i]
        k = order[i - 1]
        for j in range(1, m + 1):
            # Ties go to the first of skip_number, skip_column, take (as max() over them in that order).
            value, step = above[j], "skip_number"
            if row[j - 1] > value:
                value, step = row[j - 1], "skip_column"
            score = fit(k, j - 1)
            if score is not None and above[j - 1] + score > value:
                value, step = above[j - 1] + score, "take"
            row[j], row_move[j] = value, step
    assigned: dict[int, int] = {}
    i, j = n, m
    while i > 0 and j > 0:
        step = move[i][j]
        if step == "take":
            assigned[order[i - 1]] = j - 1
            i, j = i - 1, j - 1
        elif step == "skip_number":
            i -= 1
        else:
            j -= 1
    # Numbers under a text column (an id, a date's year) are text there.
    return {k: c for k, c in assigned.items() if columns[c].numeric}


def _text_column_of(word: Word, columns: list[Column]) -> int | None:
    """Text is left-aligned: a word belongs to the column whose left edge it starts at or after; one that
    sits on a numeric column's header is a stray mark there ("x", "pcs", "-")."""
    x0, y0, x1, y1 = word.bbox
    tolerance = max(2.0, 0.4 * (y1 - y0))
    half = 0.5 * (x1 - x0)
    for index, column in enumerate(columns):
        # the overlap of the word and the column, as _overlap computes it
        if column.name in NUMERIC_COLUMNS and (x1 if x1 < column.x1 else column.x1) - (
                x0 if x0 > column.x0 else column.x0) > half:
            return index
    chosen = None
    for index, column in enumerate(columns):
        if column.x0 <= x0 + tolerance:
            chosen = index
    return chosen if chosen is not None else 0


def _classify(body: BodyLine, table: Table, lines: list[BodyLine], patterns: PatternSet,
              description_left: float | None, running: Decimal, rows: int) -> str:
    columns = table.columns
    money = [i for i, n in body.numbers.items() if columns[i].name in MONEY_COLUMNS and not n.percent]
    amounts = [i for i in money if columns[i].name == "amount"]
    text_columns = [i for i in body.texts if not columns[i].numeric]
    ends = _opens_with(patterns.table_end, body.first_text)
    if table.purpose == "allocations":
        invoice = [i for i in text_columns if columns[i].name == "invoice"]
        invoice_text = " ".join(w.text for i in invoice for w, _ in body.texts[i])
        if ends and not (invoice_text and any(ch.isdigit() for ch in invoice_text)):
            return "end"
        if money and invoice and any(ch.isdigit() for ch in invoice_text):
            return "row"
        if rows and not money and body.numbers and all(n.percent for n in body.numbers.values()) and body.texts:
            return "text"  # "skonto 2 %" under a row's deduction: the reason for it, no figure of the table
        if money or body.numbers:
            return "end" if rows else "skip"
        return "text" if rows else "skip"

    quantity = [i for i in body.numbers if columns[i].name in ("quantity", "unit_price")]
    described = [i for i in text_columns if columns[i].name == "description"]
    words = [w for i in text_columns for w, _ in body.texts[i]]
    if ends and not _multiplies(body, table):
        return "end"
    if rows and not quantity and _names_section_total(body.first_text, patterns):
        return "end"  # "MEAT TOTAL 4,010.47": a category's subtotal, whatever column its label sits in
    if rows and any(_opens_with(patterns.table_end, text) for text in body.later_texts) and not _multiplies(body, table):
        # A totals box beside a note under the table ("Banking Details ... Subtotal 6 422,00"): the
        # label sits right of the line's first text, and the items have ended.
        return "end"
    if description_left is not None and words:
        first_word = min(words, key=lambda w: w.bbox[0])
        starts_far_right = first_word.bbox[0] > description_left + LEFT_EDGE_HEIGHTS * body.height
        described_left = any(w.bbox[0] <= description_left + LEFT_EDGE_HEIGHTS * body.height
                             for i in described for w, _ in body.texts[i])
        if starts_far_right and not described_left and not quantity and not any(
                columns[i].name is None for i in text_columns):
            return "end"  # a totals label ("Taxable Value") or a note
    if amounts:
        if not quantity and rows >= 2 and body.numbers[amounts[-1]].value == running and \
                any(bl.kind == "row" and len(bl.numbers) > 1 for bl in lines):
            return "end"  # an unlabelled subtotal
        return "row"
    if money:
        return "row"
    if quantity:
        return "aux"
    if any(columns[i].name == "deduction" for i in body.numbers):
        return "skip"  # a payment or credit posted in its own column: no item, and no item's words
    return "text" if words else "skip"


# A label of at most this many words that ends in a total word ("MEAT TOTAL", "Dairy subtotal") totals
# a section of the table.
MAX_SECTION_TOTAL_WORDS = 4


def _names_section_total(text: str, patterns: PatternSet) -> bool:
    stripped = text.strip(" :")
    if not stripped or len(stripped.split()) > MAX_SECTION_TOTAL_WORDS:
        return False
    found = patterns.table_end.find(stripped)
    return bool(found) and found[-1][1] >= len(stripped) and "total" in found[-1][2].casefold()


def _opens_with(phrases: Any, text: str) -> bool:
    found = phrases.find(text)
    return bool(found) and found[0][0] == 0


def _multiplies(body: BodyLine, table: Table) -> bool:
    by_name: dict[str, Decimal] = {}
    for i, number in body.numbers.items():
        name = table.columns[i].name
        if name is not None and name not in by_name:
            by_name[name] = number.value
    if not {"quantity", "unit_price", "amount"} <= set(by_name):
        return False
    return _close(by_name["quantity"] * by_name["unit_price"], by_name["amount"])


def _close(product: Decimal, amount: Decimal) -> bool:
    tolerance = max(Decimal("0.011"), abs(amount) * Decimal("0.0005"))
    return abs(abs(product) - abs(amount)) <= tolerance


def _choose_columns(table: Table) -> None:
    """Where the header names a kind twice ("Bedrag" ... "Betaald", "Item Code" ... "Description"), keep
    the column the body bears out, and read the others as unnamed (or as gross amounts)."""
    columns = table.columns
    letters: dict[int, int] = {}
    counts: dict[int, int] = {}
    rates: dict[int, int] = {}
    rows = sum(body.kind == "row" for body in table.lines)
    for body in table.lines:
        for i, words in body.texts.items():
            letters[i] = letters.get(i, 0) + sum(ch.isalpha() for w, _ in words for ch in w.text)
        for i, number in body.numbers.items():
            counts[i] = counts.get(i, 0) + 1
            rates[i] = rates.get(i, 0) + number.percent
    for i, column in enumerate(columns):
        if counts.get(i) and 2 * rates.get(i, 0) >= max(counts[i], rows) and column.name != "tax_rate":
            column.name = "tax_rate"  # a column of percentages is a rate, whatever its header says
        elif table.purpose == "items" and column.name == "tax_rate" and counts.get(i) and not rates.get(i) \
                and timed(_BARE_RATE.fullmatch, column.text.strip()) and any(
                    body.numbers[i].value > 100 or timed(_THOUSANDS_GROUP.search, body.numbers[i].text)
                    for body in table.lines if i in body.numbers):
            column.name = "amount"  # "10%" over "62.300": the amount of the lines taxed at that rate
    described = [i for i, c in enumerate(columns) if c.name == "description"]
    if not described:
        # No column is called a description: the unnamed text column with the most letters is one.
        unnamed = [i for i, c in enumerate(columns) if c.name is None and letters.get(i, 0)]
        if unnamed:
            keep = max(unnamed, key=lambda i: letters[i])
            if letters[keep] >= 3 * max(1, len([b for b in table.lines if b.kind == "row"])):
                columns[keep].name = "description"
    for name in ("quantity", "unit_price", "invoice"):
        same = [i for i, c in enumerate(columns) if c.name == name]
        if len(same) > 1:
            if name == "invoice":
                # A header that names the invoice ("Inv. Number", "Ihre Rechnung") beats a generic
                # "Reference" beside it; then the column with more figures.
                keep = max(same, key=lambda i: (_INVOICE_WORD.search(columns[i].text) is not None,
                                                sum(ch.isdigit() for b in table.lines for w, _ in b.texts.get(i, [])
                                                    for ch in w.text)))
            else:
                keep = max(same, key=lambda i: (counts.get(i, 0), i))
            for i in same:
                if i != keep:
                    columns[i].name = None
    money = [i for i, c in enumerate(columns) if c.name == "amount" and counts.get(i, 0)]
    if table.purpose == "allocations":
        candidates = [i for i, c in enumerate(columns) if c.name in MONEY_COLUMNS and counts.get(i, 0)]
        amounts = [i for i in candidates if columns[i].name == "amount"] or candidates
        table.amount = max(amounts) if amounts else None
    else:
        if len(money) > 1:
            # The line amount is the taxable value: the column quantity x price gives, else the one
            # that the tax column takes to another ("Net | VAT | Gross"), else the last.
            table.amount = max(money, key=lambda i: (_products_match(table, i), _net_of_gross(table, i), i))
        else:
            table.amount = money[0] if money else None
        if table.amount is not None and columns[table.amount].guessed and not _borne_out(table, table.amount):
            table.amount = None
    table.description = next((i for i, c in enumerate(columns) if c.name == "description"), None)
    if table.purpose != "allocations" and table.amount is not None:
        table.by_rate = _amounts_by_rate(table)
        if not table.by_rate:
            table.alternate = _alternate_amount(table)


def _amounts_by_rate(table: Table) -> tuple[int, ...]:
    """The amount columns that part the lines' amounts by rate, when a rate's heading names two of
    them at least ("Exentas | 5% | 10%"): every row has a figure under each and only one of them is
    not zero, and not always the same one. Empty when the table has no such columns."""
    money = [i for i, c in enumerate(table.columns) if c.name == "amount"]
    if len(money) < 2 or not any(timed(_BARE_RATE.fullmatch, table.columns[i].text.strip()) for i in money):
        return ()
    rows = [body for body in table.lines if body.kind == "row" and any(i in body.numbers for i in money)]
    chosen: set[int] = set()
    for body in rows:
        nonzero = [i for i in money if i in body.numbers and body.numbers[i].value != 0]
        if len(nonzero) != 1 or not all(i in body.numbers for i in money):
            return ()
        chosen.add(nonzero[0])
    return tuple(money) if len(chosen) > 1 else ()


def _alternate_amount(table: Table) -> int | None:
    """The column right of the description that holds money in the rows whose amount column is
    empty and in no row that has one: the same amount, split by kind over two columns ("Outlays"
    beside "Fees", "Non-taxable" beside "Charges"). A column the header does not name holds its
    figures as text until then: its lines become rows."""
    rows = [body for body in table.lines if body.kind == "row"]
    if not any(table.amount in body.numbers for body in rows):
        return None
    for i, column in enumerate(table.columns):
        if i == table.amount or column.name not in (None, "amount", "gross"):
            continue
        if table.description is not None and i <= table.description:
            continue
        if column.name is None:
            money = {id(body): (i, _money_text(body.texts.get(i, []))) for body in table.lines}
            found = [number for _, number in money.values() if number is not None]
            if not found or any(money[id(body)][1] is None and body.texts.get(i) for body in table.lines):
                continue  # a column with words in it ("ore", "pz": the unit of measure) holds no amounts
            # Right-aligned figures: one wider than the heading may reach under the next column left.
            edge = statistics.median(number.bbox[2] for number in found)
            for body in table.lines:
                if money[id(body)][1] is None:
                    for k, words in body.texts.items():
                        number = _money_text(words) if k not in (i, table.description) else None
                        if number is not None and abs(number.bbox[2] - edge) <= body.height:
                            money[id(body)] = (k, number)
                            break
            filled = [body for body in table.lines if money[id(body)][1] is not None]
            if all(table.amount not in body.numbers for body in filled):
                for body in filled:
                    k, number = money[id(body)]
                    body.numbers[i] = number  # type: ignore[assignment]
                    del body.texts[k]
                    body.kind = "row"
                return i
            continue
        filled = [body for body in rows if i in body.numbers]
        if (filled and all(table.amount not in body.numbers for body in filled)
                and all(body.numbers[i].has_decimals and not body.numbers[i].percent for body in filled)):
            return i
    return None


def _money_text(words: list[tuple[Word, Segment]]) -> Number | None:
    """The amount the words of a cell spell, when they spell one with decimals and nothing else."""
    if not words:
        return None
    text = " ".join(w.text for w, _ in words)
    amount = parse_amount(text, None)
    if amount is None or not amount.has_decimals:
        return None
    return Number(amount.value, text, union_bbox(w.bbox for w, _ in words), words[0][1], True)


def _net_of_gross(table: Table, amount_column: int) -> int:
    """Rows where this column plus a tax column gives another amount column (net + tax = gross)."""
    taxes = [i for i, c in enumerate(table.columns) if c.name == "tax"]
    others = [i for i, c in enumerate(table.columns) if c.name == "amount" and i != amount_column]
    matched = 0
    for body in table.lines:
        net = body.numbers.get(amount_column)
        if net is None:
            continue
        matched += any(t in body.numbers and j in body.numbers
                       and _close(net.value + body.numbers[t].value, body.numbers[j].value)
                       for t in taxes for j in others)
    return matched


def _borne_out(table: Table, amount_column: int) -> bool:
    """Whether a column read as the amount for its place holds amounts: money in every row, and
    quantity x price = amount in most rows where both are shown."""
    values = [b.numbers[amount_column] for b in table.lines if b.kind == "row" and amount_column in b.numbers]
    if not values or not all(n.has_decimals and not n.percent for n in values):
        return False
    quantity = next((i for i, c in enumerate(table.columns) if c.name == "quantity"), None)
    price = next((i for i, c in enumerate(table.columns) if c.name == "unit_price"), None)
    both = [b for b in table.lines if b.kind == "row" and {quantity, price, amount_column} <= set(b.numbers)]
    return not both or 2 * _products_match(table, amount_column) >= len(both)


def _products_match(table: Table, amount_column: int) -> int:
    quantity = next((i for i, c in enumerate(table.columns) if c.name == "quantity"), None)
    price = next((i for i, c in enumerate(table.columns) if c.name == "unit_price"), None)
    if quantity is None or price is None:
        return 0
    return sum(1 for b in table.lines if {quantity, price, amount_column} <= set(b.numbers)
               and _close(b.numbers[quantity].value * b.numbers[price].value, b.numbers[amount_column].value))


# --------------------------------------------------------------------------------------------------
# Rows


Cell = tuple[Any, str, int, BBox, Segment | None]


def _item_rows(table: Table) -> list[dict[str, Any]]:
    if table.amount is None:
        return []
    columns = table.columns
    lines = table.lines
    quantity = next((i for i, c in enumerate(columns) if c.name == "quantity"), None)
    price = next((i for i, c in enumerate(columns) if c.name == "unit_price"), None)
    amount_columns = [c for c in (table.amount, table.alternate) if c is not None]
    anchors = [k for k, bl in enumerate(lines) if bl.kind == "row" and any(c in bl.numbers for c in amount_columns)]
    if not anchors:
        return []
    own_text = {k: bool(_description_words(lines[k], table)) for k in anchors}
    # The table's habit: descriptions that wrap above their numbers show as text before the first row.
    text_before_first = any(lines[k].kind == "text" for k in range(anchors[0]))
    owner: dict[int, int] = {}
    for position, anchor in enumerate(anchors):
        previous = anchors[position - 1] if position else None
        between = list(range(previous + 1 if previous is not None else 0, anchor))
        if previous is None:
            for k in between:
                owner[k] = anchor
            continue
        split = _split_between(lines, previous, anchor, between, own_text[previous], own_text[anchor],
                               text_before_first)
        for k in between[:split]:
            owner[k] = previous
        for k in between[split:]:
            owner[k] = anchor
    for k in range(anchors[-1] + 1, len(lines)):
        owner[k] = anchors[-1]

    rows = []
    for anchor in anchors:
        body = lines[anchor]
        members = sorted([anchor, *[k for k, a in owner.items() if a == anchor]])
        words: list[tuple[Word, Segment, int]] = []
        for k in members:
            if lines[k].kind in ("row", "text"):
                words.extend((w, s, lines[k].page) for w, s in _description_words(lines[k], table))
        if table.by_rate:
            amount = next(body.numbers[c] for c in table.by_rate if body.numbers[c].value != 0)
        else:
            amount = body.numbers[next(c for c in amount_columns if c in body.numbers)]
        row: dict[str, Any] = {"amount": _number_cell(amount, body.page)}
        q = body.numbers.get(quantity) if quantity is not None else None
        p = body.numbers.get(price) if price is not None else None
        if q is None and p is None:
            for k in members:
                if lines[k].kind == "aux":
                    q = lines[k].numbers.get(quantity) if quantity is not None else None
                    p = lines[k].numbers.get(price) if price is not None else None
                    break
        if q is not None:
            row["quantity"] = _number_cell(q, body.page)
        if p is not None:
            p = _in_currency_units(p)
            row["unit_price"] = _number_cell(p, body.page)
        if words:
            text = " ".join(w.text for w, _, _ in words).strip(_EDGE_PUNCTUATION)
            first_word, segment, page = words[0]
            same_page = [w.bbox for w, _, pg in words if pg == page]
            if q is None and p is None:
                # "Workbook (6 hrs @ €47.00)" over "€282" in a table of descriptions and amounts only
                charged = _charged_as(text, amount.value, None, page, segment)
                if charged is not None:
                    text, q_cell, p_cell = charged
                    row["quantity"], row["unit_price"] = q_cell, p_cell
            row["description"] = (" ".join(text.split()), text, page, union_bbox(same_page), segment)
        confidence = 0.85
        if q is not None and p is not None:
            confidence = 0.95 if _close(q.value * p.value, amount.value) else 0.6
        elif q is not None and p is None and price is not None:
            confidence = 0.75
        row["confidence"] = confidence
        rows.append(row)
    return rows


def _description_words(body: BodyLine, table: Table) -> list[tuple[Word, Segment]]:
    if table.description is not None:
        return list(body.texts.get(table.description, []))
    # No description column: the text left of the numbers.
    return [ws for i, words in sorted(body.texts.items()) if not table.columns[i].numeric for ws in words]


def _split_between(lines: list[BodyLine], previous: int, anchor: int, between: list[int], previous_has_text: bool,
                   anchor_has_text: bool, text_before_first: bool) -> int:
    """How many of the lines between two rows belong to the upper one (the rest go to the lower)."""
    if not between:
        return 0
    texts = [k for k in between if lines[k].kind == "text"]
    auxes = [k for k in between if lines[k].kind == "aux"]
    if not texts:
        # quantity/price lines: they complete the row above unless it has its own
        return len(between) if auxes and not _has_quantities(lines[previous]) else 0
    if not anchor_has_text and previous_has_text:
        return 0
    if anchor_has_text and not previous_has_text:
        return len(between)
    chain = [previous, *between, anchor]
    gaps = [lines[chain[k + 1]].top - lines[chain[k]].bottom for k in range(len(chain) - 1)]
    widest = max(range(len(gaps)), key=lambda k: gaps[k])
    others = [g for k, g in enumerate(gaps) if k != widest]
    if others and gaps[widest] > max(others) + 0.25 * lines[anchor].height:
        return widest
    return 0 if text_before_first else len(between)


def _has_quantities(body: BodyLine) -> bool:
    return len(body.numbers) > 1


def _number_cell(number: Number, page: int) -> Cell:
    return (number.value, number.text, page, number.bbox, number.segment)


# (its closing bracket may have wrapped onto the cell's next line: "00001959 (điều chỉnh" / "giảm)")
_BRACKETED_NOTE = regex.compile(r"\(\p{L}+(?:\s+\p{L}+){0,3}\)?")


def _allocation_rows(table: Table) -> list[dict[str, Any]]:
    if table.amount is None:
        return []
    columns = table.columns
    invoice = next((i for i, c in enumerate(columns) if c.name == "invoice"), None)
    gross = next((i for i, c in enumerate(columns) if c.name in MONEY_COLUMNS and i != table.amount), None)
    deduction = next((i for i, c in enumerate(columns) if c.name == "deduction"), None)
    rows = []
    for body in table.lines:
        if body.kind != "row" or invoice is None or invoice not in body.texts:
            continue
        words = [w for w, _ in body.texts[invoice] if not find_dates(w.text)]
        words = [w for w in words if any(ch.isdigit() for ch in w.text) or len(words) > 1]
        if not words:
            continue
        words = _from_number_sign(words)
        note = next((i for i in range(1, len(words)) if words[i].text.startswith("(")), None)
        if note is not None and timed(_BRACKETED_NOTE.fullmatch, " ".join(w.text for w in words[note:])):
            # "AB-241113 (abono)", "NC 98/23 (nota di credito)": what the row is, in brackets after its number
            words = words[:note]
        text = " ".join(w.text for w in words).strip(_EDGE_PUNCTUATION)
        if text.startswith("#") and len(words) < len(body.texts[invoice]):
            text = text[1:].lstrip()  # "Order #3147502433": the number after its sign
        if not any(ch.isdigit() for ch in text):
            continue
        segment = body.texts[invoice][0][1]
        confidence = 0.9
        amount_number = body.numbers.get(table.amount)
        if amount_number is None:
            continue
        if gross is not None and gross in body.numbers:
            expected = body.numbers[gross].value
            if deduction is not None and deduction in body.numbers:
                expected -= abs(body.numbers[deduction].value)
            confidence = 0.97 if _close(expected, amount_number.value) else 0.7
        rows.append({"invoice_id": (text, text, body.page, union_bbox(w.bbox for w in words), segment),
                     "amount": _number_cell(amount_number, body.page), "confidence": confidence})
    return rows


def _from_number_sign(words: list[Word]) -> list[Word]:
    """A cell that names its number's kind in words before a number sign ("Order #3147502433",
    "Refund · Order #3386814413"): the number is what follows the sign."""
    for index, word in enumerate(words):
        if word.text.startswith("#") and any(ch.isdigit() for ch in word.text) and index > 0 \
                and not any(ch.isdigit() for w in words[:index] for ch in w.text):
            return [word] + words[index + 1:]
    return words


# --------------------------------------------------------------------------------------------------
# Invoices named in a transfer's remittance information, outside any table

MAX_REMITTANCE_LINES = 6  # lines a remittance-information block may run over
_ID_PREFIX = regex.compile(r"^(?:/[A-Za-z]{2,4}/|(?:no|nr|n°|nº)[.:]?|#)", regex.IGNORECASE)
_IBAN = regex.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$")


def _referenced_invoices(layout: Layout, patterns: PatternSet, locale: str | None) -> list[dict[str, Any]]:
    """Allocations from the references a remittance-information label introduces: each word with
    digits that is no date, amount, rate or account number, with the amount printed after it, else
    (one invoice only) the payment's amount."""
    rows: list[dict[str, Any]] = []
    for page in layout.pages:
        for index, line in enumerate(page.lines):
            segments = sorted(line, key=lambda s: s.bbox[0])
            for position, segment in enumerate(segments):
                hits = patterns.remittance_information.find(segment.text)
                if not hits:
                    continue
                label_end = hits[0][1]
                for start, end, _phrase in hits[1:]:
                    if segment.text[label_end:start].strip(" /:|-"):
                        break
                    label_end = end  # the label again in another language: "Nội dung / Details of payment"
                # Other cells of the line that are column headings ("Concepto | Cantidad | Importe"):
                # the label's own words may name columns too ("Details of Payment"), and so may a
                # word of its value ("PAYMENT INV-2024-2268").
                # (a form's row of captions over a row of values without a sum, "Šifra namjene | Opis
                # plaćanja" over "GDSV | Uplata po računu 543-PP1-3", is no table's header)
                header_like = any(_heading_cell(other, patterns) for other in segments if other is not segment) \
                    and _money_below(page, index, locale)
                if header_like and not segment.text[label_end:].lstrip().startswith(":"):
                    continue  # a table's header ("Concepto | Cantidad | Importe"), not a label
                words = [(w, segment) for start, _end, w in _words_of(segment) if start >= label_end]
                words += [(w, s) for s in segments[position + 1:] for w in s.words]
                # A value set right of its label goes on below in the value's column, not the label's.
                left = min((w.bbox[0] for w, _ in words), default=segment.bbox[0])
                words += _block_below(page, index, segment, patterns, left)
                rows.extend(_references_in(words, page.number, locale, patterns))
                break
    seen: set[str] = set()
    unique = []
    for row in rows:
        if row["invoice_id"][0] not in seen:
            seen.add(row["invoice_id"][0])
            unique.append(row)
    if len(unique) == 1 and "amount" not in unique[0]:
        paid = _payment_amount(layout, patterns, locale)
        if paid is not None:
            unique[0]["amount"] = paid
    return unique


def _money_below(page: PageLayout, index: int, locale: str | None) -> bool:
    """Whether the line under line `index` states a sum of money, as a table's first row does."""
    if index + 1 >= len(page.lines):
        return False
    return any(match.amount.has_decimals for segment in page.lines[index + 1]
               for match in find_amounts(segment.text, locale))


def _heading_cell(segment: Segment, patterns: PatternSet) -> bool:
    """A cell that is all column headings ("Cantidad", "Unit Price")."""
    text = segment.text.strip(" :")
    named = sum(end - start for start, end, _ in columns_in(segment, patterns))
    return bool(text) and named >= 0.8 * len(text.replace(" ", ""))


# Bullets and dashes that open a listed line.
_LIST_MARK = " \t•·◦▪‣*–-"
# The word that says which of a line's amounts was paid ("paid 15,953.30 (invoiced 15,994.59)").
_PAID_WORD = regex.compile(r"(?i)\b(?:paid|payé|réglé|bezahlt|gezahlt|betaald|pagado|pagato|applied)\s*[:=]?\s*$")
MIN_LISTED_INVOICES = 2


# A series' letters printed apart from the number they prefix: "FPR 6/24", "NF 91025".
_SERIES_THEN_NUMBER = regex.compile(r"(?P<series>\p{Lu}{1,4})\s(?P<number>\d[\w/\-.]*)")


def _listed_reference(text: str) -> str:
    """The invoice number that opens a list line's text after its label: its first word, or a series'
    capitals and the number after them ("Fattura n. FPR 6/24 del 15/06/2024")."""
    series = timed(_SERIES_THEN_NUMBER.match, text)
    if series is not None:
        return series.group(0).rstrip(" .,:;()")
    return text.split(" ")[0].strip(" .,:;()")


# A bullet's number with its letters and digits, then no word of text ("SBY2022000079307 (30.10.2022): ...",
# a year and a sequence: "2024-002918 (2024.10.08.): 57 277 HUF").
_LISTED_NUMBER = regex.compile(r"(?=[\p{Lu}\d/\-.]*\d)(?=[\d/\-.]*\p{Lu}|\d{5}|\d{4}[-/]\d{3})[\p{Lu}\d][\p{Lu}\d/\-.]{3,}(?=[\s:(,]|$)")


def _listed_invoices(layout: Layout, patterns: PatternSet, locale: str | None) -> list[dict[str, Any]]:
    """Allocations from lines that each open with an invoice label and its number (or a bullet and the
    number alone) and state money:
    the amount after a "paid" word, else the line's only amount. Two such lines at least (one line
    is a sentence about one invoice, read elsewhere)."""
    rows: list[dict[str, Any]] = []
    for page in layout.pages:
        for line in page.lines:
            segment = min(line, key=lambda s: s.bbox[0])
            text = segment.text
            opening = len(text) - len(text.lstrip(_LIST_MARK))
            hits = patterns.find_labels(text[opening:])
            if hits and hits[0].start == 0 and hits[0].kind.name == "invoice_number":
                label_end = opening + hits[0].end
            elif opening and timed(_LISTED_NUMBER.match, text[opening:]):
                label_end = opening  # "- SBY2022000079307 (30.10.2022): 207.550,65 TL": a bullet opening with the number
            else:
                continue
            reference = _listed_reference(_ID_PREFIX.sub("", text[label_end:].lstrip(" :#.")))
            if not any(ch.isdigit() for ch in reference) or find_dates(reference):
                continue
            # (a currency without cents states whole amounts with its code: "57 277 HUF")
            amounts = [m for m in find_amounts(text, locale) if (m.amount.has_decimals or m.amount.currency)
                       and m.start > text.find(reference, label_end) + len(reference)]
            paid = [m for m in amounts if _PAID_WORD.search(text[:m.start])]
            # (else the first amount after the number: "...: 9 907,71 PLN (potrącono 202,20 - skonto 2%)")
            chosen = paid[0] if paid else amounts[0] if amounts else None
            if chosen is None:
                continue
            start = text.find(reference, label_end)
            rows.append({"invoice_id": (reference, reference, page.number, segment.char_bbox(start, start + len(reference)),
                                        segment),
                         "amount": (chosen.amount.value, chosen.amount.text, page.number,
                                    segment.char_bbox(chosen.start, chosen.end), segment),
                         "confidence": 0.8})
    return rows if len(rows) >= MIN_LISTED_INVOICES else []


def _invoice_blocks(layout: Layout, patterns: PatternSet, locale: str | None) -> list[dict[str, Any]]:
    """Allocations from blocks that each open with a labelled invoice number inside a line ("Patient
    Account #: 00894131") and close with a block total ("Claim Total ... 26.75", `[decoy_block_total]`
    in labels.toml) before the next block opens: the total's rightmost amount was paid against the
    number. A block paid nothing (0.00, a denied claim) pays no invoice."""
    opened: list[tuple[str, int, BBox, Segment]] = []  # the invoice number of the open block
    rows: list[dict[str, Any]] = []
    for page in layout.pages:
        for line in page.lines:
            for segment in line:
                hits = patterns.find_labels(segment.text)
                number = next((hit for hit in hits if hit.kind.name == "invoice_number"), None)
                if number is not None:
                    after = segment.text[number.end:]
                    reference = _ID_PREFIX.sub("", after.lstrip(" :#.")).split(" ")[0].strip(" .,:;()")
                    if any(ch.isdigit() for ch in reference) and not find_dates(reference):
                        start = segment.text.find(reference, number.end)
                        opened = [(reference, page.number, segment.char_bbox(start, start + len(reference)), segment)]
                    continue
                if not opened or not hits or hits[0].start != 0 or hits[0].kind.name != "decoy_block_total":
                    continue
                amounts = [(m, item) for item in line for m in find_amounts(item.text, locale)
                           if m.amount.has_decimals and (item is not segment or m.start >= hits[0].end)]
                reference, page_number, box, source = opened.pop()
                if not amounts or amounts[-1][0].amount.value == 0:
                    continue
                paid, holder = amounts[-1]
                rows.append({"invoice_id": (reference, reference, page_number, box, source),
                             "amount": (paid.amount.value, holder.text[paid.start:paid.end], page.number,
                                        holder.char_bbox(paid.start, paid.end), holder),
                             "confidence": 0.75})
    return rows


def _block_below(page: PageLayout, index: int, label: Segment, patterns: PatternSet,
                 left: float) -> list[tuple[Word, Segment]]:
    """Words of the lines that go on with a remittance-information block below its label: close
    below, starting no further left than `left` (the label's, or its value's when that stands right
    of it), and no label line of their own ("IBAN: ...")."""
    words: list[tuple[Word, Segment]] = []
    bottom = _line_bottom(page.lines[index])
    height = _line_height(page.lines[index])
    # A label in a form's second column ("Šifra namjene | Opis plaćanja" over "GDSV | Uplata po računu
    # 543-PP1-3") reads its own column below: the first column's value is another field's.
    beside = any(s.bbox[2] <= label.bbox[0] for s in page.lines[index])
    for line in page.lines[index + 1:index + 1 + MAX_REMITTANCE_LINES]:
        if _line_top(line) - bottom > 1.2 * height:
            break
        if beside:
            line = [s for s in line if s.bbox[0] >= left - height]
            if not line:
                break
        first = min(line, key=lambda s: s.bbox[0])
        if first.bbox[0] < left - height or ":" in first.text or patterns.table_end.find(first.text):
            break
        if len(line) > 1 and not any(ch.isdigit() for ch in first.text):
            break  # a form's next field ("Transfer fee | EUR 12,00")
        text = " ".join(s.text for s in line)
        if words and not any(ch.isdigit() for ch in text):
            break  # a heading after the references ("Fees debited separately")
        words += [(w, s) for s in sorted(line, key=lambda s: s.bbox[0]) for w in s.words]
        bottom = _line_bottom(line)
    return words


# A number after one of these labels is that party's or document's, not an invoice paid ("Kd-Nr. 100234").
OTHER_NUMBER_KINDS = frozenset({"customer_id", "vendor_id", "vendor_tax_id", "vendor_tax_id_named", "vendor_tax_number", "customer_tax_id", "decoy_id",
                                "decoy_bank"})


# (the Polish split payment's fields in order: /VAT/ amount, /IDC/ the payee's NIP, /INV/ invoice, /TXT/;
# a SEPA remittance's own "/INV/" tag lists invoices and amounts, read word by word)
_SPLIT_PAYMENT_INVOICE = regex.compile(r"/VAT/[^/]*/IDC/[^/]*/INV/(?P<invoice>[^/\s][^/]*?(?:/[^/]+?)*?)(?:/TXT/|$)")
# A series printed apart from its number: capitals only, a few of them ("ΤΠΥ", "FPR", "FV").
_SERIES_WORD = regex.compile(r"\p{Lu}{2,4}")
# Brazil's notas fiscais are numbered without letters: "NF 12950" names the document, then its number;
# so does Vietnamese "HD 00000651" (hóa đơn, an invoice).
NUMBERED_DOCUMENT_WORDS = frozenset({"NF", "NFE", "NFS", "HD", "HĐ"})
# Abbreviations that mark the number after them as an invoice's series, not an invoice: Vietnamese "KH"
# (ký hiệu, the series symbol printed beside the invoice's number).
SERIES_MARKS = frozenset({"KH"})


_GROUP_OF_THREE = regex.compile(r"\d{3}")


def _whole_spaced_amounts(words: list[tuple[Word, Segment]], taken: dict[int, Any]) -> dict[int, Any]:
    """Amounts in a currency without cents, thousands parted by spaces, each after an invoice number
    ("E-KRPTK-2025-311 4 384 373, E-KRPTK-2025-317 6 816 125, E-KRPTK-2025-333 238 798"): 1-3 digits,
    then groups of three, the entry closed by a comma, a semicolon or the end. Word position -> the
    amount ending there (None inside one)."""
    found: dict[int, Any] = {}
    position = 1
    while position < len(words):
        before = words[position - 1][0].text
        head = words[position][0].text
        if position in taken or not (head.isdigit() and len(head) <= 3) or not (
                any(ch.isdigit() for ch in before) and any(ch.isalpha() for ch in before)):
            position += 1
            continue
        end = position
        while end + 1 < len(words) and not words[end][0].text.endswith((",", ";")) \
                and timed(_GROUP_OF_THREE.fullmatch, words[end + 1][0].text.rstrip(",;")):
            end += 1
        closed = words[end][0].text.endswith((",", ";")) or end + 1 == len(words)
        if end > position and closed and not any(i in taken for i in range(position, end + 1)):
            digits = "".join(words[i][0].text.rstrip(",;") for i in range(position, end + 1))
            text = " ".join(words[i][0].text.rstrip(",;") for i in range(position, end + 1))
            for i in range(position, end):
                found[i] = None
            found[end] = AmountMatch(-1, -1, Amount(Decimal(digits), None, text, has_decimals=False))
        position = end + 1
    return found


def _hyphen_wraps_joined(words: list[tuple[Word, Segment]]) -> list[tuple[Word, Segment]]:
    """A number its line broke after a hyphen ("E-" at a line's end, "KRPTK-2025-333" opening the
    next) is one word again."""
    joined: list[tuple[Word, Segment]] = []
    for word, segment in words:
        if joined and joined[-1][0].text.endswith("-") and joined[-1][1] is not segment and word.text[:1].isalnum():
            before, _ = joined[-1]
            joined[-1] = (replace(before, text=before.text + word.text), segment)
            continue
        joined.append((word, segment))
    return joined


def _references_in(words: list[tuple[Word, Segment]], page: int, locale: str | None,
                   patterns: PatternSet) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    words = _hyphen_wraps_joined(words)
    split_payment = timed(_SPLIT_PAYMENT_INVOICE.search, " ".join(w.text for w, _ in words)) if words else None
    if split_payment is not None:
        # A Polish split payment's title, "/VAT/7923,97/IDC/2324296804/INV/FV 1544/2023/TXT/FAKTURA": the
        # invoice is the part after "/INV/"
        segment = words[0][1]
        invoice = split_payment["invoice"].strip()
        return [{"invoice_id": (invoice, invoice, page, segment.bbox, segment), "confidence": 0.8}]
    # Amounts that thousands-spaces part into several words ("F/2023/03/6447 49 057,12; FV 2103/2023 ..."):
    # their words are money, read once at their last word
    spaced: dict[int, Any] = {}  # word position -> the amount that ends there (None: inside an amount)
    joined, starts = "", []
    for word, _segment in words:
        starts.append(len(joined) + (1 if joined else 0))
        joined = f"{joined} {word.text}" if joined else word.text
    for match in find_amounts(joined, locale):
        covered = [i for i, start in enumerate(starts) if match.start <= start < match.end]
        if len(covered) > 1 and match.amount.has_decimals:
            for i in covered:
                spaced[i] = None
            spaced[covered[-1]] = match
    spaced.update(_whole_spaced_amounts(words, spaced))
    for position, (word, segment) in enumerate(words):
        if position in spaced:
            match = spaced[position]
            if match is not None and rows and "amount" not in rows[-1]:
                # (brackets here only hold the amount, "NF 12950 (R$ 11.734,01)": no negative)
                value = abs(match.amount.value) if joined[match.start:match.start + 1] == "(" else match.amount.value
                rows[-1]["amount"] = (value, match.amount.text, page, word.bbox, segment)
            continue
        before = " ".join(w.text for w, _ in words[max(0, position - 3):position]).rstrip(" .:#")
        if any(end == len(before) and kind.name in OTHER_NUMBER_KINDS
               for _start, end, kind in patterns.label_index.find(before)):
            continue
        text = word.text.strip(" ,;:()[]+")
        money = [m for m in find_amounts(text, locale) if m.start == 0 and m.end == len(text)]
        if money and money[0].amount.has_decimals:
            if rows and "amount" not in rows[-1]:
                rows[-1]["amount"] = (money[0].amount.value, money[0].amount.text, page, word.bbox, segment)
            continue
        reference = _ID_PREFIX.sub("", text).strip(" .-/")
        if len(reference) < 3 or not any(ch.isdigit() for ch in reference) or _PERCENT.fullmatch(reference) \
                or _IBAN.match(reference.replace(" ", "")):
            continue
        dated = find_dates(reference)
        if dated and any(d.start == 0 and d.end == len(reference) for d in dated):
            continue
        series = words[position - 1][0].text if position > 0 else ""
        if series.upper() in SERIES_MARKS:
            continue  # "TT HD 00000651 KH 1C23TTC": the invoice's series symbol, no invoice
        if reference[:1].isdigit() and timed(_SERIES_WORD.fullmatch, series) and not patterns.find_labels(series) \
                and series.upper() not in NUMBERED_DOCUMENT_WORDS:
            # "ΕΞΟΦΛΗΣΗ Α-2150 (4.521,16), ΤΠΥ 670 (21.477,46)": a series' capitals before its number
            # (a label, "INV 2024-01", or a document's name, "Pgto NF 12950", is no part of the number)
            reference = f"{series} {reference}"
        rows.append({"invoice_id": (reference, reference, page, word.bbox, segment), "confidence": 0.8})
    return rows


def _payment_amount(layout: Layout, patterns: PatternSet, locale: str | None) -> Cell | None:
    """The amount the document labels as paid (else as its total, else as "Amount"), when it names
    one value only."""
    found: dict[int, list[Cell]] = {}
    for page in layout.pages:
        for line in page.lines:
            segments = sorted(line, key=lambda s: s.bbox[0])
            for position, segment in enumerate(segments):
                rank = _amount_label_rank(segment, patterns)
                if rank is None:
                    continue
                for candidate in [segment, *segments[position + 1:]]:
                    money = [m for m in _amounts(candidate, locale) if m.amount.has_decimals]
                    if money:
                        match = money[0]
                        found.setdefault(rank, []).append((match.amount.value, match.amount.text, page.number,
                                                           candidate.char_bbox(match.start, match.end), candidate))
                        break
    for rank in sorted(found):
        values = {cell[0] for cell in found[rank]}
        if len(values) == 1:
            return found[rank][0]
        return None
    return None


def _amount_label_rank(segment: Segment, patterns: PatternSet) -> int | None:
    for start, _end, kind in patterns.label_index.find(segment.text):
        if start == 0 and kind.field == "payment_information.payment_amount":
            return 0
        if start == 0 and kind.field == "financial_data.total_amount":
            return 1
    if any(start == 0 and name == "amount" for start, _end, name in columns_in(segment, patterns)):
        return 2
    return None


# --------------------------------------------------------------------------------------------------
# Items listed without a table header above the subtotal they add up to: a till receipt ("Bananas kg
# 3.24", "Milk 2L" over "2 @ 3.39  6.78"), a utility bill's charges ("Customer charge  $12.07")


@dataclass
class ListedLine:
    index: int  # the line's index on its page
    kind: str  # row | aux | text
    words: list[Word]  # its description words (left of its numbers)
    segment: Segment
    amount: tuple[Decimal, str, BBox, Segment] | None = None
    quantity: tuple[Decimal, str, BBox, Segment] | None = None
    price: tuple[Decimal, str, BBox, Segment] | None = None
    # Other figures in columns of their own before the amount ("Buildings | 2,320,000.00 | 5,889.96":
    # the sum insured): then the amount must stand in a column the list already has.
    other_columns: bool = False


def _summed_items(layout: Layout, patterns: PatternSet, locale: str | None) -> list[dict[str, Any]]:
    """Rows of the runs of lines, one amount each at the right, that add up to the subtotal (or total)
    printed under them: the sum is what tells a list of items from any other run of labelled amounts."""
    rows: list[dict[str, Any]] = []
    for page in layout.pages:
        page_locale = _table_locale_for(page.lines, locale)
        claimed: set[int] = set()  # lines already read as items (a total under a subtotal sums them again)
        for index, line in enumerate(page.lines):
            target = _total_of(line, patterns, page_locale)
            listed = _lines_summing_to(page, index, target, patterns, page_locale) if target else None
            if target and not listed:
                # Items named like a field elsewhere ("Base fare", "Tip", "Discount") when only with
                # them do the amounts add up.
                listed = _lines_summing_to(page, index, target, patterns, page_locale, labelled_items=True)
            if not listed or any(entry.index in claimed for entry in listed):
                continue
            found = _listed_rows(page, listed)
            # Goods and services are described in words; a list of references ("FA2024-1853  3 450,00")
            # is a list of documents (invoices paid, a statement), not of items.
            if 2 * sum(_in_words(row) for row in found) > len(found):
                rows.extend(found)
                claimed.update(entry.index for entry in listed)
    return rows


def _total_of(line: list[Segment], patterns: PatternSet, locale: str | None) -> tuple[Decimal, BBox] | None:
    """The amount of a totals line ("SUBTOTAL 72.03", "Total charges before taxes $300.05")."""
    first = min(line, key=lambda s: s.bbox[0])
    hits = patterns.table_end.find(first.text)
    if not hits or hits[0][0] != 0:
        return None
    found = [(m, s) for s in sorted(line, key=lambda s: s.bbox[0]) for m in _amounts(s, locale)]
    if not found or not found[-1][0].amount.has_decimals:
        return None
    match, segment = found[-1]
    return match.amount.value, segment.char_bbox(match.start, match.end)


def _lines_summing_to(page: PageLayout, index: int, target: tuple[Decimal, BBox], patterns: PatternSet,
                      locale: str | None, labelled_items: bool = False) -> list[ListedLine] | None:
    """The lines above line `index` whose amounts add up to `target`, read upwards until they do; None
    when a line that is no item (a date, a label, a total, a wide gap) comes first. With
    `labelled_items`, a line opening with the label of an amount field that ends no table ("Tip",
    "Base fare", "Discount") may be an item too."""
    total, total_box = target
    if not total:
        return None
    height = _line_height(page.lines[index])
    reach = 2.0 * height  # amounts stand right-aligned with the total, or in columns of their own
    # Right edges the items' amounts may stand at: the total's, and at most MAX_SUMMED_COLUMNS others
    # that rows set as they are read (a till's amount column right of its total's, "Outlays" and
    # "Fees" columns left of a broker's "Total amount due").
    edges = [total_box[2]]
    collected: list[ListedLine] = []
    running = Decimal(0)
    below_top = _line_top(page.lines[index])
    for k in range(index - 1, -1, -1):
        line = page.lines[k]
        if below_top - _line_bottom(line) > MAX_ROW_GAP_HEIGHTS * height:
            return None
        below_top = _line_top(line)
        text = " ".join(s.text for s in sorted(line, key=lambda s: s.bbox[0]))
        if not any(ch.isalnum() for ch in text):
            if any(c.kind == "row" for c in collected):
                return None
            continue  # a rule ("-------") under the items
        first = min(line, key=lambda s: s.bbox[0])
        ends = patterns.table_end.find(first.text)
        if (ends and ends[0][0] == 0) or _sum_label(first, patterns) and not (labelled_items and
                                                                             _item_like_label(first, patterns)):
            subtotal = _total_of(line, patterns, locale)
            if not collected and subtotal is not None and 0 < subtotal[0] < total:
                continue  # the subtotals printed over a grand total ("Total fees" over "Total amount due")
            return None
        if any(dates_in(s, None) for s in line):
            return None
        entry = _listed_line(line, k, locale, total_box, math.inf)
        if entry is not None and entry.kind == "row":
            edge = entry.amount[2][2]  # type: ignore[index]
            if all(abs(edge - other) > reach for other in edges):
                if len(edges) > MAX_SUMMED_COLUMNS or entry.other_columns:
                    return None
                edges.append(edge)
        if entry is None:
            return None
        collected.append(entry)
        if entry.kind != "row":
            continue
        running += entry.amount[0]
        rows = [c for c in collected if c.kind == "row"]
        if _close(running, total) and (len(rows) >= 2 or (entry.quantity is not None and entry.price is not None)
                                       or len(rows) == 1 and _described_alone(entry, patterns)
                                       and not _under_headings(page, entry.index)):
            collected.reverse()
            return collected
    return None


SINGLE_ITEM_WORDS = 3  # words that describe the one item a total is the price of


def _under_headings(page: PageLayout, index: int) -> bool:
    """Whether a row of headings stands over the line (two segments or more, none with a figure, on
    one of the two lines above): the one line under them is a table's, read as a table or not at all."""
    return any(len(above) >= 2 and not any(any(ch.isdigit() for ch in s.text) for s in above)
               for above in page.lines[max(0, index - 2):index])


def _described_alone(entry: ListedLine, patterns: PatternSet) -> bool:
    """Whether the one line over a total describes what was bought, in words and without a label of
    its own ("Biglietto Andata Milano Centrale – Roma Termini (Standard)  209,70 €")."""
    text = " ".join(w.text for w in entry.words)
    return sum(1 for word in text.split() if any(ch.isalpha() for ch in word)) >= SINGLE_ITEM_WORDS \
        and not patterns.find_labels(text)


MAX_SUMMED_COLUMNS = 2  # amount columns of a summed list besides its total's
MAX_CODE_LENGTH = 10  # an item code or row number in a column of its own ("D01", "A-1043")

SUM_LABEL_KINDS = frozenset({"total", "account_balance", "net", "tax", "tax_component", "payment_amount",
                             "decoy_amount", "decoy_prior_balance",
                             "decoy_tendered", "decoy_change", "decoy_rounding"})


def _sum_label(segment: Segment, patterns: PatternSet) -> bool:
    """Whether a line opens with a label of a total, a tax, a payment or a balance: no item. A word of
    such a label that opens a long description is none ("Retour Toulouse Matabiau – Paris Gare de Lyon,
    2e classe", a train's return journey, not the change given)."""
    return any(start == 0 and kind.name in SUM_LABEL_KINDS
               and len(segment.text[end:].split()) <= MAX_WORDS_AFTER_SUM_LABEL
               for start, end, kind in patterns.label_index.find(segment.text))


MAX_WORDS_AFTER_SUM_LABEL = 5


# After a row's amount: a till's tax code ("2,92 A", "1,85 B", "4.20 T") or the dash of an empty cell.
# Labels that may open an item's line too: a fare's base ("Base fare" reads as a net amount's label),
# a tip, a discount.
ITEM_LIKE_LABEL_KINDS = frozenset({"net", "decoy_amount"})


def _item_like_label(segment: Segment, patterns: PatternSet) -> bool:
    kinds = {kind.name for start, _end, kind in patterns.label_index.find(segment.text) if start == 0}
    return bool(kinds) and kinds <= ITEM_LIKE_LABEL_KINDS


_TAX_CODE = regex.compile(r"^(?:[A-Z]|[A-Z]?\d|\*|[-–—])$")


_SIZE = regex.compile(r"\d{1,3}[-x×/]\d{1,3}")


def _listed_line(line: list[Segment], index: int, locale: str | None, total_box: BBox,
                 reach: float) -> ListedLine | None:
    """One line of a list without a header: an item with its amount right-aligned with the total
    (possibly "qty @ price" before it), a "qty @ price" line, or description text; None for anything else."""
    segments = sorted(line, key=lambda s: s.bbox[0])
    words = [w for s in segments for w in s.words]
    times = _quantity_times_price(segments, locale)
    if times is not None:
        quantity, price, amount, _prefix, prefix_words, q_segment = times
        if amount is not None and abs(amount[2][2] - total_box[2]) > reach:
            return None
        kind = "row" if amount is not None else "aux"
        return ListedLine(index, kind, list(prefix_words), q_segment, amount=amount,
                          quantity=(quantity[0], quantity[1], quantity[2], q_segment), price=price)
    at_price = timed(_AT_PRICE.fullmatch, " ".join(s.text for s in segments).strip())
    if at_price is not None:
        # "@ 34.35" under "2 x Curtains, lined (per pair)  68.70": the unit price of the row above
        priced = [m for m in _amounts(segments[-1], locale) if m.amount.has_decimals]
        if priced:
            match = priced[-1]
            return ListedLine(index, "aux", [], segments[-1], price=(
                match.amount.value, match.amount.text, segments[-1].char_bbox(match.start, match.end), segments[-1]))
    # A rate in the description ("Vollmilch 3,5% 1L") is no amount.
    money = [(m, s) for s in segments for m in _amounts(s, locale) if m.amount.has_decimals
             and not s.text[m.end:].lstrip().startswith("%")]
    if not money:
        # Description text, or the rate a wrapped description ends in ("Duty 9503.00.0073 Toys @" / "4.5%").
        # (or a size the description wrapped onto a line of its own: "Frame Meridian GV7301 Rose Gold" / "52-16")
        wrapped = any(ch.isalpha() for w in words for ch in w.text) or _PERCENT.fullmatch(
            " ".join(w.text for w in words).strip(" ()")) or len(words) == 1 and _SIZE.fullmatch(words[0].text)
        return ListedLine(index, "text", words, segments[0]) if wrapped else None
    other_columns = False
    if len(money) > 1 and not all(any(ch.isalpha() for ch in other.text) and other is not money[-1][1]
                                  for _, other in money[:-1]):
        # Figures standing alone in segments of their own are other columns; anything else is no item.
        if not all(other is not money[-1][1] and not any(ch.isalpha() for ch in other.text)
                   for _, other in money[:-1]):
            return None
        other_columns = True
    # A figure inside the description ("Pfand 0,25", "Mineralwasser 1,5L") leaves the last one the amount.
    match, segment = money[-1]
    box = segment.char_bbox(match.start, match.end)
    after = [w for w in words if w.bbox[0] >= box[2]]
    if abs(box[2] - total_box[2]) > reach or not all(_TAX_CODE.match(w.text) for w in after):
        return None
    words = [w for w in words if w not in after]
    first_figure = min(other.bbox[0] for _, other in money) if other_columns else box[0]
    description = [w for w in words if w.bbox[2] <= first_figure]
    return ListedLine(index, "row", description, segment, amount=(match.amount.value, match.amount.text, box,
                                                                    segment), other_columns=other_columns)


# A line that is a unit price alone ("@ 34.35", "@3.30 ea"), under the item it prices.
_AT_PRICE = regex.compile(r"@\s*\S*\d[\d.,]*\d(?:\s*(?:each|ea))?", regex.IGNORECASE)
# A count before an item's name: "2 x Curtains", "3x Shirt".
_COUNT_TIMES = regex.compile(r"(?P<n>\d{1,4})\s*[xX×*](?:\s|$)")


def _listed_rows(page: PageLayout, listed: list[ListedLine]) -> list[dict[str, Any]]:
    """Rows from the lines of a summed list: text lines are the descriptions of the rows they wrap
    from or, above a row that prints none, lead into."""
    widths = [_text_width(entry.words) for entry in listed if entry.words]
    widest = max(widths, default=0.0)
    rows = [k for k, entry in enumerate(listed) if entry.kind == "row"]
    owner: dict[int, int] = {}
    for position, row in enumerate(rows):
        previous = rows[position - 1] if position else None
        between = [k for k in range((previous + 1) if previous is not None else 0, row)]
        texts = [k for k in between if listed[k].kind == "text"]
        for k in between:
            if listed[k].kind == "aux" and previous is not None:
                owner[k] = previous  # "1 x 224.00" under "RICE 2KG 224.00"
        taken: list[int] = []
        if texts and not listed[row].words:
            taken = [texts[-1]]
            for k in reversed(texts[:-1]):
                if _fits_after(listed[k].words, listed[taken[0]].words, widest):
                    break  # the line below would have fit here: it starts a description of its own
                taken.insert(0, k)
        for k in texts:
            if k in taken:
                owner[k] = row
            elif previous is not None:
                owner[k] = previous
    for k in range(rows[-1] + 1, len(listed)):
        if listed[k].kind in ("text", "aux"):
            owner[k] = rows[-1]
    if not listed[rows[0]].words:
        # The first row prints no description: it is the line right above the list.
        above = listed[0].index - 1
        line = page.lines[above] if above >= 0 else None
        if line is not None and _line_top(page.lines[listed[0].index]) - _line_bottom(line) <= \
                1.5 * _line_height(line) and not _has_money_or_date(line):
            owner[-1] = rows[0]
            listed = [ListedLine(above, "text", [w for s in line for w in s.words],
                                 min(line, key=lambda s: s.bbox[0])), *listed]
            owner = {k + 1: row + 1 for k, row in owner.items()}
            rows = [k + 1 for k in rows]
    described = []
    for row in rows:
        members = sorted([row, *[k for k, r in owner.items() if r == row]])
        described.append((row, members, [w for k in members if listed[k].kind != "aux" for w in listed[k].words]))
    if len(described) >= 2 and all(_opens_with_code(words) for _, _, words in described):
        described = [(row, members, sorted(words, key=lambda w: (w.bbox[1], w.bbox[0]))[1:])
                     for row, members, words in described]
    out = []
    for row, members, words in described:
        entry = listed[row]
        value, text, bbox, segment = entry.amount  # type: ignore[misc]
        record: dict[str, Any] = {"amount": (value, text, page.number, bbox, segment), "confidence": 0.9}
        quantity, price = entry.quantity, entry.price
        if quantity is None:
            aux = next((listed[k] for k in members if listed[k].kind == "aux"), None)
            if aux is not None and aux.quantity and aux.price and _close(aux.quantity[0] * aux.price[0], value):
                quantity, price = aux.quantity, aux.price
            elif aux is not None and aux.price and not aux.quantity and words:
                # "2 x Shirt (hanger)  6.60" over "@ 3.30": the count opens the description
                counted = timed(_COUNT_TIMES.match, words[0].text + " " + (words[1].text if len(words) > 1 else ""))
                count = Decimal(counted["n"]) if counted is not None else None
                if count is not None and count > 0 and _close(count * aux.price[0], value):
                    quantity = (count, counted["n"], words[0].bbox, entry.segment)
                    price = aux.price
                    words = words[1:] if words[0].text.rstrip("xX×*").isdigit() and words[0].text[-1:] in "xX×*" \
                        else words[2:]
        if quantity is not None and price is not None:
            record["quantity"] = (quantity[0], quantity[1], page.number, quantity[2], quantity[3])
            record["unit_price"] = (price[0], price[1], page.number, price[2], price[3])
            record["confidence"] = 0.95
        description = _LIST_MARKER.sub("", " ".join(w.text for w in words)).strip(_EDGE_PUNCTUATION)
        if description:
            record["description"] = (" ".join(description.split()), description, page.number,
                                     union_bbox(w.bbox for w in words), segment)
        out.append(record)
    return out


def _opens_with_code(words: list[Word]) -> bool:
    """Whether a row's description opens with a cell of its own holding a code or row number
    ("D01", "F05", "3."): one short token with a digit, a column gap before the next word."""
    ordered = sorted(words, key=lambda w: (w.bbox[1], w.bbox[0]))
    if len(ordered) < 2:
        return False
    first, second = ordered[0], ordered[1]
    height = max(1.0, first.bbox[3] - first.bbox[1])
    return (len(first.text) <= MAX_CODE_LENGTH and any(ch.isdigit() for ch in first.text)
            and abs(second.bbox[1] - first.bbox[1]) < 0.5 * height and second.bbox[0] - first.bbox[2] > height)


def _in_words(row: dict[str, Any]) -> bool:
    description = row.get("description")
    return description is not None and any(len(word) >= 2 and word.isalpha() for word in description[0].split())


def _text_width(words: list[Word]) -> float:
    return max(w.bbox[2] for w in words) - min(w.bbox[0] for w in words)


def _fits_after(upper: list[Word], lower: list[Word], widest: float) -> bool:
    """Whether the first word of `lower` would have fit at the end of `upper` within the widest
    description line: text wraps only what does not fit, so then `lower` is no wrap of `upper`."""
    if not upper or not lower:
        return True
    first = min(lower, key=lambda w: w.bbox[0])
    space = 0.25 * max(1.0, first.bbox[3] - first.bbox[1])
    return _text_width(upper) + space + (first.bbox[2] - first.bbox[0]) <= widest


# --------------------------------------------------------------------------------------------------
# Items listed without a table header: "2 x 120.00   240.00", "1. Pens: 25 x 6.10 = 152.50"


SCHEDULE_MONEY_COLUMNS = 4  # a schedule of values prints this many money figures on each line at least
SCHEDULE_HEADER_LINES = 7  # the headings stacked over a schedule's first line reach this far up
COLUMN_EDGE_HEIGHTS = 1.0  # right-aligned figures of one column end within this many line heights


def _this_period_items(layout: Layout, patterns: PatternSet, locale: str | None) -> list[dict[str, Any]]:
    """A progress billing's schedule of values (a pay application's continuation sheet): lines of
    several money columns ("Scheduled Value | From Previous Application | This Period | ... |
    Retainage") whose headings are stacked word by word over several lines. The work billed is the
    column headed "This Period" ([tables] this_period); a line with nothing in it this period is not
    billed. Nothing when no such heading stands over the figures."""
    rows: list[dict[str, Any]] = []
    for page in layout.pages:
        # (money written with its cents: a line's number in the schedule is no figure of it)
        figures = [[(segment, match) for segment in line for match in _amounts(segment, locale)
                    if match.amount.has_decimals] for line in page.lines]
        index = 0
        while index < len(page.lines):
            if len(figures[index]) < SCHEDULE_MONEY_COLUMNS:
                index += 1
                continue
            height = _line_height(page.lines[index])
            edges = [segment.char_bbox(match.start, match.end)[2] for segment, match in figures[index]]
            column = _this_period_column(page, index, edges, height, patterns)
            if column is None:
                index += 1
                continue
            while index < len(page.lines) and len(figures[index]) >= SCHEDULE_MONEY_COLUMNS:
                line, row_figures = page.lines[index], figures[index]
                index += 1
                if patterns.table_end.contains(_first_text(line)) or _opens_with(patterns.table_end, _first_text(line)):
                    break  # "GRAND TOTAL": the sums of the columns
                cell = next(((segment, match) for segment, match in row_figures
                             if abs(segment.char_bbox(match.start, match.end)[2] - edges[column]) < COLUMN_EDGE_HEIGHTS * height),
                            None)
                first_figure = min(segment.char_bbox(match.start, match.end)[0] for segment, match in row_figures)
                words = [w for segment in line for w in segment.words if w.bbox[2] <= first_figure]
                text = _LIST_MARKER.sub("", " ".join(w.text for w in words)).strip(_EDGE_PUNCTUATION)
                text = regex.sub(r"^\d{1,4}\s+", "", text)  # the line's number in the schedule
                if cell is not None and cell[1].amount.value != 0 and text:
                    segment, match = cell
                    bbox = segment.char_bbox(match.start, match.end)
                    rows.append({
                        "description": (" ".join(text.split()), text, page.number, union_bbox(w.bbox for w in words),
                                        segment),
                        "amount": (match.amount.value, match.amount.text, page.number, bbox, segment),
                        "confidence": 0.85,
                    })
    return rows


def _this_period_column(page: PageLayout, first: int, edges: list[float], height: float,
                        patterns: PatternSet) -> int | None:
    """Which of a schedule line's figures (by their right edges) stands under the heading of work
    billed this period, its words stacked over the lines above it; None when none does."""
    stacks: list[list[str]] = [[] for _ in edges]
    for line in page.lines[max(0, first - SCHEDULE_HEADER_LINES):first]:
        for segment in line:
            for word in segment.words:
                # a heading word ends at its column's figures' right edge, or spans it
                near = [i for i, edge in enumerate(edges)
                        if abs(word.bbox[2] - edge) < COLUMN_EDGE_HEIGHTS * height
                        or word.bbox[0] <= edge <= word.bbox[2]]
                if len(near) == 1:
                    stacks[near[0]].append(word.text)
    for i, stack in enumerate(stacks):
        if patterns.table_this_period.contains(" ".join(stack)):
            return i
    return None


def _listed_items(layout: Layout, locale: str | None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for page in layout.pages:
        used: set[int] = set()
        for index, line in enumerate(page.lines):
            found = None if index in used else _quantity_times_price(line, locale)
            if found is None:
                continue
            quantity, price, amount, prefix, words, q_segment = found
            product = quantity[0] * price[0]
            below = page.lines[index + 1] if index + 1 < len(page.lines) else None
            above = page.lines[index - 1] if index > 0 and index - 1 not in used else None
            if above is not None and _line_top(line) - _line_bottom(above) > 1.5 * _line_height(line):
                above = None
            if amount is None and below is not None and _line_top(below) - _line_bottom(line) <= \
                    1.5 * _line_height(line):
                # "... 3 x 2,280,000.00 =" over "6,840,000.00": the amount wrapped to the next line.
                alone = _lone_amount(below, locale)
                if alone is not None and _close(product, alone[0]):
                    amount = alone
                    used.add(index + 1)
            if amount is None and above is not None and not prefix.strip():
                # "RICE 2KG   224.00" over "1 x 224.00": the amount and description are on the line above.
                above_amounts = [(m, s) for s in above for m in _amounts(s, locale)]
                if not above_amounts or _quantity_times_price(above, locale) is not None:
                    continue
                last, segment = above_amounts[-1]
                if not _close(product, last.amount.value):
                    continue
                bbox = segment.char_bbox(last.start, last.end)
                amount = (last.amount.value, last.amount.text, bbox, segment)
                words = [w for s in above for w in s.words if w.bbox[2] <= bbox[0]]
                used.add(index - 1)
                above = None
            if amount is None:
                continue
            described = _LIST_MARKER.sub("", prefix).strip(_EDGE_PUNCTUATION)
            if above is not None and not _has_money(above, locale) and not _quantity_times_price(above, locale):
                above_text = " ".join(s.text for s in above)
                if not described or (_LIST_MARKER.match(above_text) and not _LIST_MARKER.match(prefix)):
                    # The description, or its first line, is on the line above.
                    words = [w for s in above for w in s.words] + list(words)
                    used.add(index - 1)
            used.add(index)
            text = _LIST_MARKER.sub("", " ".join(w.text for w in words)).strip(_EDGE_PUNCTUATION)
            row: dict[str, Any] = {
                "quantity": (quantity[0], quantity[1], page.number, quantity[2], q_segment),
                "unit_price": (price[0], price[1], page.number, price[2], price[3]),
                "amount": (amount[0], amount[1], page.number, amount[2], amount[3]),
                "confidence": 0.9,
            }
            if text:
                row["description"] = (" ".join(text.split()), text, page.number,
                                      union_bbox(w.bbox for w in words), q_segment)
            rows.append(row)
    return rows


# A written item: its words, then (optionally) how it was charged, then its amount at the line's end:
# "Replace kitchen mixer tap: £311.00", "2. End of tenancy clean (2.5 hrs @ £22.00) - £55",
# "Service gas boiler - 1 hours @ £35.00 per hour: £35".
_CHARGED_AS = regex.compile(
    r"(?:\(\s*|\s[-–—]\s*)(?P<q>\d{1,4}(?:[.,]\d{1,2})?)\s*(?:hrs?|hours?|days?|units?|pcs|x|nights?|weeks?)?"
    r"\s*(?:@|at|x|×)\s*(?P<p>[^\s()]*\d[\d.,]*)(?:\s*(?:per|/|an?)\s*\w+)?\s*\)?\s*$", regex.IGNORECASE)
# ... or at its start: "3 x Social media management @ $1,777.00 = " (the amount after the "=").
_QUANTITY_FIRST = regex.compile(
    r"\s*(?P<q>\d{1,4}(?:[.,]\d{1,2})?)\s*(?:x|×)\s+(?P<d>.*?\p{L}.*?)\s+(?:@|at)\s*(?P<p>[^\s()]*\d[\d.,]*)"
    r"(?:\s*(?:per|/|an?)\s*\w+)?\s*=?\s*", regex.IGNORECASE)
MIN_WRITTEN_ITEMS = 2
_WRITTEN_SUM = regex.compile(r"=\s*\S*\d[\d.,]*\s*$")
_CURRENCY_SIGN = regex.compile(r"\p{Sc}")
_SEPARATING_DASH = regex.compile(r"[-–—]\s")


def _written_items(layout: Layout, patterns: PatternSet, locale: str | None) -> list[dict[str, Any]]:
    """Items written as lines of a letter or list, each ending in its amount, left-aligned with each
    other and adding up to the subtotal (or total) printed right under them; the amounts need not
    stand in a column, as a word processor sets them after the text."""
    for page in layout.pages:
        page_locale = _table_locale_for(page.lines, locale)
        for index, line in enumerate(page.lines):
            target = _total_of(line, patterns, page_locale)
            if target is None or not target[0]:
                continue
            rows: list[dict[str, Any]] = []
            running = Decimal(0)
            left: float | None = None
            for k in range(index - 1, -1, -1):
                row = _written_item(page.lines[k], page.number, page_locale, patterns)
                height = _line_height(page.lines[k])
                if row is None or left is not None and abs(page.lines[k][0].bbox[0] - left) > 2 * height:
                    break
                left = page.lines[k][0].bbox[0] if left is None else left
                rows.insert(0, row)
                running += row["amount"][0]
                if running == target[0]:
                    # (one line will do when it writes out its own sum: "1 x Delivery @ $494.00 = $494.00")
                    if len(rows) >= MIN_WRITTEN_ITEMS or "quantity" in rows[0] and timed(
                            _WRITTEN_SUM.search, rows[0]["description"][4].text):
                        return rows
                    break
                if running > target[0]:
                    break
    return []


def _written_item(line: list[Segment], page: int, locale: str | None, patterns: PatternSet) -> dict[str, Any] | None:
    """One written item line: description, amount, and quantity and price where it says how it was
    charged. Only a line set as one run of text: cells apart are a table's, read as such; a totals
    line ("Subtotal £396.00"), a labelled field or a dated reference is no item."""
    if len(line) != 1:
        return None
    last = line[0]
    opening = _LIST_MARKER.sub("", last.text)
    if _opens_with(patterns.table_end, opening) or any(hit.start == 0 for hit in patterns.find_labels(opening)) \
            or find_dates(last.text):
        return None
    amounts = _amounts(last, locale)
    if not amounts or amounts[-1].end < len(last.text.rstrip(" .")):
        return None
    money = amounts[-1]
    if money.amount.value < 0 and timed(_SEPARATING_DASH.match, money.amount.text):
        # "Lawn mowing - $101": the dash parts the words from the amount; it is no minus sign
        money = replace(money, amount=replace(money.amount, value=-money.amount.value))
    if money.amount.value <= 0:
        return None
    if not money.amount.has_decimals and money.amount.currency is None and \
            not _CURRENCY_SIGN.search(last.text[max(0, money.start - 2):money.end]):
        return None  # a bare number ends a line of text ("Unit 4", "Suite 300"); money says so
    head = _LIST_MARKER.sub("", last.text[:money.start]).strip(_EDGE_PUNCTUATION)
    row: dict[str, Any] = {"confidence": 0.8}
    charged = _charged_as(head, money.amount.value, locale, page, last)
    if charged is not None:
        head, row["quantity"], row["unit_price"] = charged
    if not any(len(word) >= 3 and word.isalpha() for word in head.split()) or _has_money_text(head, locale):
        return None
    row["description"] = (" ".join(head.split()), head, page, last.bbox, last)
    row["amount"] = (money.amount.value, money.amount.text, page, last.char_bbox(money.start, money.end), last)
    return row


def _charged_as(text: str, amount: Decimal, locale: str | None, page: int, segment: Segment
                ) -> tuple[str, Cell, Cell] | None:
    """The description without the charge written at its end ("Mulch spread (6 hrs @ $81.00)"), with
    that quantity and price, when they multiply out to the amount."""
    charged = timed(_CHARGED_AS.search, text)
    quantity_first = timed(_QUANTITY_FIRST.fullmatch, text) if charged is None else None
    if charged is None and quantity_first is None:
        return None
    found = charged or quantity_first
    quantity = parse_amount(found["q"], locale)
    price = parse_amount(found["p"].strip(_EDGE_PUNCTUATION), locale)
    if quantity is None or price is None or not _close(quantity.value * price.value, amount):
        return None
    description = found["d"] if charged is None else text[:charged.start()]
    return (description.strip(_EDGE_PUNCTUATION), (quantity.value, found["q"], page, segment.bbox, segment),
            (price.value, found["p"], page, segment.bbox, segment))


def _has_money_text(text: str, locale: str | None) -> bool:
    return any(m.amount.has_decimals for m in find_amounts(text, locale))


# Lines read as items by their arithmetic alone: at least this many, right-aligned, make a table.
MIN_MULTIPLIED_ROWS = 2
MAX_WRAPPED_LINES = 3  # lines a description may wrap onto under the last row of a table
MAX_TRAILING_ROWS = 3  # lines without a quantity read as items under a table's last multiplied row
MAX_LISTED_QUANTITY = Decimal(1_000_000)
# A short word alone in a cell before the quantity: a unit of measure ("szt.", "pcs", "m2", "UN").
_UNIT_CELL = regex.compile(r"[^\W\d_]{1,4}\.?\d?")


def _multiplied_items(layout: Layout, patterns: PatternSet, locale: str | None) -> list[dict[str, Any]]:
    """Rows of a table whose header tier 1 cannot read (a language the patterns do not cover:
    "Benämning | Antal | À-pris | Belopp"): lines that open with a description in words and end in an
    amount that two earlier figures of the line multiply to ("Frakt  5 st  304,00  25 %  1 520,00").
    The arithmetic is what makes such a line an item whatever its words; and at least two of them,
    their amounts right-aligned, make a table, where one alone could be a sentence ("3 nights at
    120.00 = 360.00")."""
    rows: list[dict[str, Any]] = []
    for page in layout.pages:
        page_locale = _table_locale_for(page.lines, locale)
        found: list[dict[str, Any]] = []
        for index, line in enumerate(page.lines):
            row = _multiplied_row(line, page.number, patterns, page_locale)
            if row is not None:
                row["line"] = index
                found.append(row)
        if len(found) < MIN_MULTIPLIED_ROWS:
            continue
        # The amount column: the right edge most of the rows share.
        edges = [row["amount"][3][2] for row in found]
        height = statistics.median(row["amount"][3][3] - row["amount"][3][1] for row in found)
        column = max(edges, key=lambda edge: sum(abs(edge - other) <= height for other in edges))
        aligned = [row for row in found if abs(row["amount"][3][2] - column) <= height]
        if len(aligned) >= MIN_MULTIPLIED_ROWS:
            aligned = sorted(aligned + _rows_completing_sum(page, aligned, column, height, patterns, page_locale),
                             key=lambda row: row["line"])
            for row, following in zip(aligned, [*aligned[1:], None], strict=True):
                _add_wrapped_description(page, row, following["line"] if following else None)
                del row["line"]
            rows.extend(aligned)
    return rows


def _rows_completing_sum(page: PageLayout, rows: list[dict[str, Any]], column: float, height: float,
                         patterns: PatternSet, locale: str | None) -> list[dict[str, Any]]:
    """Lines among and right under a table's multiplied rows that print no quantity ("Versandkosten
    2,99", "Shipping 4.95"): items when, with their amounts in the table's amount column, the table
    adds up to an amount printed under it, and only then. Lines under the last row are taken one by
    one until the sum is printed: the next one may be a total whose label tier 1 cannot read."""
    first, last = rows[0]["line"], rows[-1]["line"]
    taken = {row["line"] for row in rows}
    inside: list[dict[str, Any]] = []
    trailing: list[dict[str, Any]] = []
    for index in range(first + 1, min(len(page.lines), last + 1 + MAX_TRAILING_ROWS)):
        if index in taken:
            continue
        line = sorted(page.lines[index], key=lambda s: s.bbox[0])
        if _opens_with(patterns.table_end, line[0].text) or _sum_label(line[0], patterns):
            if index > last:
                break
            continue
        row = _amount_row(line, page.number, column, height, locale)
        if row is not None:
            row["line"] = index
            (inside if index < last else trailing).append(row)
    running = sum((row["amount"][0] for row in [*rows, *inside]), Decimal(0))
    for count in range(len(trailing) + 1):
        extra = inside + trailing[:count]
        if count:
            running += trailing[count - 1]["amount"][0]
        bottom = max(last, *(row["line"] for row in extra)) if extra else last
        printed = (m.amount.value for line in page.lines[bottom + 1:] for segment in line
                   for m in _amounts(segment, locale) if m.amount.has_decimals)
        if extra and any(_close(running, value) for value in printed):
            for row in extra:
                row["description_bound"] = row["amount"][3][0]
            return extra
    return []


def _amount_row(line: list[Segment], page: int, column: float, height: float, locale: str | None
                ) -> dict[str, Any] | None:
    """A line read as "<description in words> ... <amount>", its last amount in the amount column."""
    money = [(m, s) for s in line for m in _amounts(s, locale) if m.amount.has_decimals]
    if not money:
        return None
    match, segment = money[-1]
    box = segment.char_bbox(match.start, match.end)
    if abs(box[2] - column) > height or match.amount.value == 0:
        return None
    words: list[Word] = []
    for word in (w for s in line for w in s.words if not w.hidden):
        if any(ch.isdigit() for ch in word.text):
            break  # the first figure ends the description
        words.append(word)
    text = _LIST_MARKER.sub("", " ".join(w.text for w in words)).strip(_EDGE_PUNCTUATION)
    if not any(len(word) >= 2 and word.isalpha() for word in text.split()):
        return None
    return {
        "description": (" ".join(text.split()), text, page, union_bbox(w.bbox for w in words), segment),
        "amount": (match.amount.value, match.amount.text, page, box, segment),
        "confidence": 0.8,
    }


def _add_wrapped_description(page: PageLayout, row: dict[str, Any], next_row: int | None) -> None:
    """A description that wraps in its cell ("Krzesło biurowe" over "ergonomiczne"): the lines right
    under the row, set tight, holding words only and only within the description's column, before
    the next row, continue it."""
    description, text, page_number, bbox, segment = row["description"]
    bound = row.pop("description_bound")
    height = max(1.0, bbox[3] - bbox[1])
    bottom = bbox[3]
    stop = next_row if next_row is not None else min(len(page.lines), row["line"] + 1 + MAX_WRAPPED_LINES)
    words: list[Word] = []
    for line in page.lines[row["line"] + 1:stop]:
        line_words = [w for segment_ in line for w in segment_.words if not w.hidden]
        if not line_words or line_words[0].bbox[1] - bottom > 0.6 * height:
            break
        if any(w.text.endswith(":") for w in line_words[:2]):
            break  # a field of the item's own ("ASIN: B0BZA3QOBU", "Item no.: 4711"), not its description
        if min(w.bbox[0] for w in line_words) < bbox[0] - height or max(w.bbox[2] for w in line_words) > bound:
            break
        if not any(ch.isalpha() for w in line_words for ch in w.text):
            break
        words.extend(line_words)
        bottom = max(w.bbox[3] for w in line_words)
    if words:
        joined = " ".join([description, *(w.text for w in words)])
        row["description"] = (joined, joined, page_number, union_bbox([bbox, *(w.bbox for w in words)]), segment)


def _multiplied_row(line: list[Segment], page: int, patterns: PatternSet, locale: str | None
                    ) -> dict[str, Any] | None:
    """The item of one line read as "<description> ... <quantity> ... <unit price> ... <amount>",
    quantity x unit price = amount (rates such as "25 %" are left out); None for any other line."""
    ordered = sorted(line, key=lambda s: s.bbox[0])
    if not ordered or _opens_with(patterns.table_end, ordered[0].text):
        return None  # a totals line ("Summe 3 x ..."), never an item
    numbers = [n for segment in ordered for n, _ in _segment_numbers(segment, locale) if not n.percent]
    numbers.sort(key=lambda n: n.bbox[0])
    if len(numbers) < 3:
        return None
    found = _factored_amount(numbers)
    if found is None:
        return None
    quantity, price, amount = found
    # The words before the quantity, in cells parted by more than a word space.
    cells: list[list[Word]] = []
    for word in sorted((w for segment in ordered for w in segment.words
                        if w.bbox[2] <= quantity.bbox[0] and not w.hidden), key=lambda w: w.bbox[0]):
        if cells and word.bbox[0] - cells[-1][-1].bbox[2] <= 0.5 * max(1.0, word.bbox[3] - word.bbox[1]):
            cells[-1].append(word)
        else:
            cells.append([word])
    # Cells of figures only are codes (item number, customs tariff, tax class), not description.
    cells = [cell for cell in cells if any(ch.isalpha() for w in cell for ch in w.text)] or cells
    if cells and len(cells[0]) == 1 and cells[0][0].text.rstrip(".").isdigit() and len(cells[0][0].text) <= 4:
        cells = cells[1:]  # the row's number in a column of its own ("Lp. 1")
    if len(cells) > 1 and _UNIT_CELL.fullmatch(" ".join(w.text for w in cells[-1])):
        cells = cells[:-1]  # the unit of measure in its own column before the quantity ("szt.", "pcs")
    words = [w for cell in cells for w in cell]
    text = _LIST_MARKER.sub("", " ".join(w.text for w in words)).strip(_EDGE_PUNCTUATION)
    if not any(len(word) >= 2 and word.isalpha() for word in text.split()):
        return None  # no description in words: a row of figures (dates, references), not an item
    # The description's cell ends where the next cell of the row begins (a code, the unit, the quantity).
    right = max(w.bbox[2] for w in words)
    bound = min((w.bbox[0] for segment in ordered for w in segment.words if w.bbox[0] > right), default=quantity.bbox[0])
    return {
        "description_bound": min(bound, quantity.bbox[0]),
        "description": (" ".join(text.split()), text, page, union_bbox(w.bbox for w in words), quantity.segment),
        "quantity": (quantity.value, quantity.text, page, quantity.bbox, quantity.segment),
        "unit_price": (price.value, price.text, page, price.bbox, price.segment),
        "amount": (amount.value, amount.text, page, amount.bbox, amount.segment),
        "confidence": 0.85,
    }


def _product_is(quantity: Number, price: Number, amount: Number) -> bool:
    """quantity x price = amount. A currency without minor units (yen, rupiah) prints whole amounts;
    a whole product must then be exact, since the rounding slack of a priced product would let
    chance figures pass."""
    if not (0 < quantity.value <= MAX_LISTED_QUANTITY and price.value > 0 and amount.value > 0):
        return False
    product = quantity.value * price.value
    return product == amount.value if not amount.has_decimals else _close(product, amount.value)


def _factored_amount(numbers: list[Number]) -> tuple[Number, Number, Number] | None:
    """(quantity, unit price, amount) among a line's figures, left to right, tried in this order:
    the last figure is the amount and two adjacent figures before it multiply to it; the amount is
    followed by more figures (a Brazilian DANFE prints the tax base, ICMS and IPI and their rates
    right of "VALOR TOTAL"), so it is the first figure right after a pair that gives it; the net
    unit price and the rate stand between the quantity and the gross unit price ("1 | 39,49 | 19% |
    46,99 | 46,99"), so a whole quantity further left times the figure before the last one."""
    last = numbers[-1]
    for j in range(len(numbers) - 2, 0, -1):
        if _product_is(numbers[j - 1], numbers[j], last):
            return numbers[j - 1], numbers[j], last
    for at in range(2, len(numbers) - 1):
        if _product_is(numbers[at - 2], numbers[at - 1], numbers[at]):
            return numbers[at - 2], numbers[at - 1], numbers[at]
    price = numbers[-2]
    for quantity in reversed(numbers[:-2]):
        if not quantity.has_decimals and _product_is(quantity, price, last):
            return quantity, price, last
    return None


def _lone_amount(line: list[Segment], locale: str | None) -> tuple[Any, ...] | None:
    """The amount of a line that holds one amount and nothing else."""
    found = [(m, s) for s in line for m in _amounts(s, locale)]
    if len(found) != 1:
        return None
    match, segment = found[0]
    rest = (segment.text[:match.start] + segment.text[match.end:]).strip(_EDGE_PUNCTUATION)
    if rest or len(line) > 1:
        return None
    return match.amount.value, match.amount.text, segment.char_bbox(match.start, match.end), segment


# A price per unit in the currency's hundredth ("40,66 ct/kWh", "7.05 p/kWh", "12 Cent/l").
_CENTS_PER_UNIT = regex.compile(r"\s*(?:ct|cent|cents|c|p)\s*/\s*\p{L}", regex.IGNORECASE)


def _in_currency_units(number: Number) -> Number:
    """A unit price printed in cents per unit ("2.415 kWh × 40,66 ct/kWh"), as the currency's units."""
    text = number.segment.text
    at = text.find(number.text)
    if at < 0 or not timed(_CENTS_PER_UNIT.match, text[at + len(number.text):]):
        return number
    return replace(number, value=number.value / 100)


def _quantity_times_price(line: list[Segment], locale: str | None) -> tuple[Any, ...] | None:
    """(quantity, price, amount or None, text before the quantity, its words, segment) of a line
    that reads "<qty> x <price> [= <amount>]", with quantity x price = amount checked."""
    for position, segment in enumerate(line):
        for match in _QTY_TIMES.finditer(segment.text):
            amounts = [m for m in _amounts(segment, locale) if m.start >= match.end()]
            if (not amounts or amounts[0].start != match.end()) and segment.text[match.end() - 1] in "xX×*@":
                # the price set against the sign ("2 x11,72", a Polish fiscal printer): read from the sign on
                amounts = [AmountMatch(m.start + match.end(), m.end + match.end(), m.amount)
                           for m in find_amounts(segment.text[match.end():], locale)]
            if not amounts or amounts[0].start != match.end():
                continue
            price_match = amounts[0]
            quantity_amount = parse_amount(match["q"], locale)
            if quantity_amount is None or quantity_amount.value <= 0:
                continue
            q_start, q_end = match.start("q"), match.end("q")
            quantity = (quantity_amount.value, match["q"], segment.char_bbox(q_start, q_end))
            price = (price_match.amount.value, price_match.amount.text,
                     segment.char_bbox(price_match.start, price_match.end), segment)
            rest = [(m, segment) for m in amounts[1:]] + [(m, s) for s in line[position + 1:]
                                                          for m in _amounts(s, locale) or _tax_coded_amount(s, locale)]
            amount = None
            if rest:
                last, last_segment = rest[-1]
                if not _close(quantity[0] * price[0], last.amount.value):
                    continue
                amount = (last.amount.value, last.amount.text, last_segment.char_bbox(last.start, last.end),
                          last_segment)
            prefix = segment.text[:q_start]
            words = [w for s in line[:position] for w in s.words] + [
                w for start, end, w in _words_of(segment) if end <= q_start]
            return quantity, price, amount, prefix, words, segment
    return None


# A till's tax class glued to the line's amount ("56TX", "1,239TX" on a Taiwanese slip).
_TAX_CLASS_SUFFIX = regex.compile(r"(?P<amount>\d[\d.,]*)[A-Z]{1,2}")


def _tax_coded_amount(segment: Segment, locale: str | None) -> list[AmountMatch]:
    """The amount of a segment that is an amount with its tax class glued to it, as a match in it."""
    match = timed(_TAX_CLASS_SUFFIX.fullmatch, segment.text.strip())
    if match is None:
        return []
    offset = segment.text.find(match["amount"])
    return [AmountMatch(m.start + offset, m.end + offset, m.amount) for m in find_amounts(match["amount"], locale)]


_FIELD_WITH_VALUE = regex.compile(r"\p{L}{2,}:[ \t]+\S")
_SMALL_INTEGER = regex.compile(r"\d{1,2}")
_COLUMN_FORMULA = regex.compile(r"\(\d{1,2}\s*[x*+\-/]\s*\d{1,2}\)")  # "(3x4)": column 5 is 3 times 4
_LONG_WORD = regex.compile(r"\p{L}{4,}")


def _summary_headings(line: list[Segment], patterns: PatternSet) -> bool:
    """Headings of a tax summary under the items ("Wartość netto | Stawka VAT | Kwota VAT | Wartość
    brutto"): three kinds or more of net, rate, tax and gross columns, and nothing else named."""
    if _has_numbers(line):
        return False
    names = {c.name for c in _header_cells(line, patterns) if c.name is not None}
    return len(names) >= 3 and names <= SUMMARY_COLUMNS


def _column_numbers(line: list[Segment]) -> bool:
    """Whether a line only numbers the columns above it ("0 1 2 3 4 5 (3x4)"): every figure on it a
    small whole number standing alone, two or more of them rising from left to right, and no word of
    four letters or more."""
    text = " ".join(s.text for s in sorted(line, key=lambda s: s.bbox[0]))
    if timed(_LONG_WORD.search, text):
        return False
    numbers: list[int] = []
    for token in text.split():
        if not any(ch.isdigit() for ch in token) or timed(_COLUMN_FORMULA.fullmatch, token):
            continue
        if not timed(_SMALL_INTEGER.fullmatch, token):
            return False
        numbers.append(int(token))
    return len(numbers) >= 2 and all(a < b for a, b in zip(numbers, numbers[1:], strict=False))
