"""Small PDFs drawn the way a document lays out its text, for tier-1 tests: each item is (x, y, text),
(x, y, text, font size) or (x, y, text, font size, base-14 font name: "hebo" for bold), one list per
page; and the values tier 1 reads from them."""

from __future__ import annotations

import pymupdf

from engine.document import Document, document_from_lines, load_document
from engine.tiers.patterns import extract_fields


def draw_items(page: pymupdf.Page, items, size: float) -> None:
    for item in items:
        x, y, text = item[:3]
        page.insert_text((x, y), text, fontname=item[4] if len(item) > 4 else "helv",
                         fontsize=item[3] if len(item) > 3 else size)


def drawn_pdf(*pages: list[tuple], size: float = 8.5) -> Document:
    pdf = pymupdf.open()
    for items in pages:
        draw_items(pdf.new_page(width=595, height=842), items, size)
    data = pdf.tobytes()
    pdf.close()
    return load_document(data)


def drawn_lines(items, width: float = 595, height: float = 842) -> Document:
    """The same drawing as text lines (a base-14 PDF font has no ł, ř or ț, nor any CJK): each item
    (x, y, text) is a line whose baseline is y, five points per character wide."""
    return document_from_lines([(text, (x, y - 9.0, x + 5.0 * len(text), y)) for x, y, text in items],
                               width=width, height=height)


def extracted(items, patterns) -> tuple[dict[str, object], str]:
    """Tier 1's values by path, and the document type, for a one-page drawing."""
    return read(drawn_pdf(items), patterns)


def read(document: Document, patterns) -> tuple[dict[str, object], str]:
    """Tier 1's values by path, and the document type, for any document."""
    fields, document_type, _, _ = extract_fields(document, patterns)
    return {path: field.value for path, field in fields.items()}, document_type


def item_pairs(values: dict[str, object]) -> list[tuple[object, object]]:
    """(description, amount) of each line item read."""
    return [(description, amount) for description, _, _, amount in item_rows(values)]


def allocation_pairs(values: dict[str, object]) -> list[tuple[object, object]]:
    """(invoice id, amount) of each remittance allocation read."""
    count = len({path.split(".")[2] for path in values if path.startswith("payment_information.allocations.")})
    return [(values.get(f"payment_information.allocations.{i}.invoice_id"),
             values.get(f"payment_information.allocations.{i}.amount")) for i in range(count)]


def item_rows(values: dict[str, object]) -> list[tuple[object, ...]]:
    """(description, quantity, unit price, amount) of each line item read."""
    count = len({path.split(".")[1] for path in values if path.startswith("line_items.")})
    return [tuple(values.get(f"line_items.{i}.{key}") for key in ("description", "quantity", "unit_price", "amount"))
            for i in range(count)]


def right_aligned(right: float, y: float, text: str, size: float = 8.5, fontname: str = "helv") -> tuple:
    """An item whose text ends at `right` (Helvetica, or its bold "hebo", at `size`)."""
    return (right - pymupdf.get_text_length(text, fontname=fontname, fontsize=size), y, text, size, fontname)


def line_ending_at(end: float, y: float, text: str) -> tuple:
    """A text line for `drawn_lines` that ends at `end` (it sets five points per character)."""
    return (end - 5.0 * len(text), y, text)


def invoice_ids(values: dict[str, object]) -> list[object]:
    """The invoice ids read, in order."""
    return [values[f"invoice_ids.{i}"] for i in range(len([k for k in values if k.startswith("invoice_ids.")]))]
