"""Tables read by geometry (engine.tables): line items and remittance allocations.

Each test draws a small PDF with PyMuPDF (words placed where a real layout puts them: text left-aligned
under its header, numbers right-aligned under theirs) and checks the exact values read back.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pymupdf
import pytest

from engine.document import Line, Word, load_document
from engine.layout import build_layout, split_line
from engine.pattern_files import load_patterns
from engine.tables import find_allocations, find_line_items

FONT_SIZE = 9.0
LINE = 16.0  # row pitch

# Column positions: text columns by their left edge, number columns by their right edge.
DESC, QTY, PRICE, AMOUNT = 50.0, 360.0, 450.0, 545.0


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def _pdf(pages: list[list[tuple[float, float, str, str]]], size: tuple[float, float] = (595.0, 842.0)) -> bytes:
    """PDF bytes: per page, (x, y, text, align) with align "l" (x = left edge) or "r" (x = right edge)."""
    document = pymupdf.open()
    for items in pages:
        page = document.new_page(width=size[0], height=size[1])
        for x, y, text, align in items:
            if align == "r":
                x -= pymupdf.get_text_length(text, fontname="helv", fontsize=FONT_SIZE)
            page.insert_text((x, y), text, fontsize=FONT_SIZE, fontname="helv")
    data = document.tobytes()
    document.close()
    return data


def _layout(pages: list[list[tuple[float, float, str, str]]], size: tuple[float, float] = (595.0, 842.0)):
    return build_layout(load_document(_pdf(pages, size)))


def _records(picks: dict[str, Any], prefix: str) -> list[dict[str, Any]]:
    rows: dict[int, dict[str, Any]] = {}
    for path, (value, confidence, _candidate) in picks.items():
        match = re.fullmatch(re.escape(prefix) + r"\.(\d+)\.(\w+)", path)
        assert match, path
        assert 0 < confidence <= 1
        rows.setdefault(int(match[1]), {})[match[2]] = value
    return [rows[i] for i in sorted(rows)]


def _items(layout, patterns, locale=None) -> list[dict[str, Any]]:
    return _records(find_line_items(layout, patterns, locale), "line_items")


def _allocations(layout, patterns, locale=None) -> list[dict[str, Any]]:
    return _records(find_allocations(layout, patterns, locale), "payment_information.allocations")


def _item(description: str | None, quantity: str | None, price: str | None, amount: str) -> dict[str, Any]:
    out: dict[str, Any] = {"amount": Decimal(amount)}
    if description is not None:
        out["description"] = description
    if quantity is not None:
        out["quantity"] = Decimal(quantity)
    if price is not None:
        out["unit_price"] = Decimal(price)
    return out


def _header(y: float, description: str = "Description", quantity: str = "Qty", price: str = "Unit Price",
            amount: str = "Amount") -> list[tuple[float, float, str, str]]:
    return [(DESC, y, description, "l"), (QTY, y, quantity, "r"), (PRICE, y, price, "r"), (AMOUNT, y, amount, "r")]


def _row(y: float, description: str, quantity: str, price: str, amount: str) -> list[tuple[float, float, str, str]]:
    out = [(QTY, y, quantity, "r"), (PRICE, y, price, "r"), (AMOUNT, y, amount, "r")]
    if description:
        out.append((DESC, y, description, "l"))
    return out


def _letterhead() -> list[tuple[float, float, str, str]]:
    return [(DESC, 60, "Acme Supplies Ltd", "l"), (400, 60, "INVOICE", "l"),
            (DESC, 76, "PO Box 123-00100, Nairobi", "l"), (400, 76, "Invoice No: INV-2024-001", "l"),
            (400, 92, "Date: 21/08/2024", "l"), (DESC, 120, "Bill To: Mombasa Traders Ltd", "l")]


def _totals(y: float, rows: list[tuple[str, str]]) -> list[tuple[float, float, str, str]]:
    out = []
    for label, value in rows:
        out += [(330.0, y, label, "l"), (AMOUNT, y, value, "r")]
        y += LINE
    return out


def test_simple_table_stops_at_the_totals(patterns):
    y = 180.0
    items = _letterhead() + _header(y)
    items += _row(y + LINE, "Office chairs", "2", "4,500.00", "9,000.00")
    items += _row(y + 2 * LINE, "Printer paper A4", "10", "650.00", "6,500.00")
    items += _row(y + 3 * LINE, "Toner cartridge", "1", "12,250.50", "12,250.50")
    items += _totals(y + 5 * LINE, [("Subtotal", "27,750.50"), ("VAT 16%", "4,440.08"), ("Total", "32,190.58")])
    items += [(DESC, y + 9 * LINE, "Amount in words: Thirty-two thousand one hundred and ninety only", "l")]
    assert _items(_layout([items]), patterns) == [
        _item("Office chairs", "2", "4500.00", "9000.00"),
        _item("Printer paper A4", "10", "650.00", "6500.00"),
        _item("Toner cartridge", "1", "12250.50", "12250.50"),
    ]


def test_unlabelled_subtotal_and_totals_in_the_description_column_are_not_items(patterns):
    y = 180.0
    items = _header(y)
    items += _row(y + LINE, "Consulting (hours)", "3", "100.00", "300.00")
    items += _row(y + 2 * LINE, "Travel", "1", "50.00", "50.00")
    items += [(AMOUNT, y + 3 * LINE + 4, "350.00", "r")]  # a sum under the amounts, no label
    items += [(DESC, y + 4 * LINE + 4, "TOTAL", "l"), (AMOUNT, y + 4 * LINE + 4, "406.00", "r")]
    assert _items(_layout([items]), patterns) == [
        _item("Consulting (hours)", "3", "100.00", "300.00"),
        _item("Travel", "1", "50.00", "50.00"),
    ]


def test_wrapped_descriptions_continue_the_row_above(patterns):
    y = 180.0
    items = _header(y)
    items += _row(y + 20, "Annual maintenance contract for air-", "1", "85,000.00", "85,000.00")
    items += [(DESC, y + 31, "conditioning units, Block B", "l")]
    items += _row(y + 51, "Cement 50kg bag", "40", "750.00", "30,000.00")
    items += _row(y + 71, "Training workshop - Excel for", "2", "1,290.00", "2,580.00")
    items += [(DESC, y + 82, "finance teams (2 days)", "l")]
    items += _totals(y + 110, [("Total", "117,580.00")])
    assert _items(_layout([items]), patterns) == [
        _item("Annual maintenance contract for air- conditioning units, Block B", "1", "85000.00", "85000.00"),
        _item("Cement 50kg bag", "40", "750.00", "30000.00"),
        _item("Training workshop - Excel for finance teams (2 days)", "2", "1290.00", "2580.00"),
    ]


def test_description_wrapped_above_its_numbers(patterns):
    # Numbers on the last line of each description: the first lines belong to the row below.
    y = 180.0
    items = _header(y)
    items += [(DESC, y + 20, "Generator hire - 60kVA", "l")]
    items += _row(y + 31, "(per day, with fuel)", "3", "1,200.00", "3,600.00")
    items += _row(y + 51, "Delivery charges", "1", "500.00", "500.00")
    items += [(DESC, y + 71, "Graphic design - company", "l")]
    items += _row(y + 82, "profile brochure layout", "1", "2,275.00", "2,275.00")
    items += _totals(y + 110, [("Total", "6,375.00")])
    assert _items(_layout([items]), patterns) == [
        _item("Generator hire - 60kVA (per day, with fuel)", "3", "1200.00", "3600.00"),
        _item("Delivery charges", "1", "500.00", "500.00"),
        _item("Graphic design - company profile brochure layout", "1", "2275.00", "2275.00"),
    ]


def test_decimal_comma_columns_without_a_locale(patterns):
    y = 180.0
    items = _header(y, "Bezeichnung", "Menge", "Einzelpreis", "Betrag")
    items += _row(y + LINE, "Montagearbeiten (Stunden)", "0,5", "57,00", "28,50")
    items += _row(y + 2 * LINE, "Notebook 14 Zoll", "2", "1.250", "2.500,00")  # "1.250" is a thousand here
    items += _row(y + 3 * LINE, "Wartungsvertrag", "1", "EUR 4.849,14", "4.849,14")
    items += _totals(y + 5 * LINE, [("Summe netto", "7.377,64"), ("USt. 19 %", "1.401,75"),
                                    ("Gesamtbetrag", "8.779,39 EUR")])
    assert _items(_layout([items]), patterns, None) == [
        _item("Montagearbeiten (Stunden)", "0.5", "57.00", "28.50"),
        _item("Notebook 14 Zoll", "2", "1250", "2500.00"),
        _item("Wartungsvertrag", "1", "4849.14", "4849.14"),
    ]


@pytest.mark.parametrize(("header", "rows", "expected"), [
    (("Omschrijving", "Aant.", "Prijs", "Totaal"),
     [("Koffiebonen 1 kg", "2", "17,00", "34,00"), ("Europallets", "3", "19,70", "59,10")],
     [_item("Koffiebonen 1 kg", "2", "17.00", "34.00"), _item("Europallets", "3", "19.70", "59.10")]),
    (("Désignation", "Qté", "Prix unitaire", "Montant"),
     [("Nettoyage des locaux", "2", "620,00", "1 240,00"), ("Café en grains 1 kg", "4", "14,50", "58,00")],
     [_item("Nettoyage des locaux", "2", "620.00", "1240.00"), _item("Café en grains 1 kg", "4", "14.50", "58.00")]),
    (("Descripción", "Cantidad", "Precio", "Importe"),
     [("Servicio de limpieza", "1", "300,00", "300,00"), ("Papel A4 (caja)", "5", "21,30", "106,50")],
     [_item("Servicio de limpieza", "1", "300.00", "300.00"), _item("Papel A4 (caja)", "5", "21.30", "106.50")]),
    (("Maelezo", "Idadi", "Bei", "Jumla"),
     [("Unga wa mahindi 2kg", "12", "4,775/=", "57,300/="), ("Sukari 1kg", "3", "150/=", "450/=")],
     [_item("Unga wa mahindi 2kg", "12", "4775", "57300"), _item("Sukari 1kg", "3", "150", "450")]),
    (("Item", "Hrs/Qty", "Price/Unit", "Amount (KES)"),
     [("Site visit", "1.5", "2,000.00", "3,000.00"), ("Report", "1", "5,000.00", "5,000.00")],
     [_item("Site visit", "1.5", "2000.00", "3000.00"), _item("Report", "1", "5000.00", "5000.00")]),
])
def test_headers_in_other_languages_and_wordings(patterns, header, rows, expected):
    y = 180.0
    items = _header(y, *header)
    for k, row in enumerate(rows):
        items += _row(y + (k + 1) * LINE, *row)
    items += _totals(y + (len(rows) + 2) * LINE, [("Total", "999,00")])
    assert _items(_layout([items]), patterns) == expected


def test_header_split_over_two_lines_and_unnamed_columns(patterns):
    y = 180.0
    items = [(DESC, y, "No.", "l"), (80, y, "Code", "l"), (130, y, "Description", "l"), (QTY, y, "Qty", "r"),
             (PRICE, y, "Unit", "r"), (AMOUNT, y, "Line", "r"),
             (PRICE, y + 10, "Price", "r"), (AMOUNT, y + 10, "Total", "r")]
    items += [(DESC, y + 28, "1", "l"), (80, y + 28, "SKU2920", "l"), (130, y + 28, "Wi-Fi Access Point", "l"),
              (QTY, y + 28, "2", "r"), (PRICE, y + 28, "15,200.00", "r"), (AMOUNT, y + 28, "30,400.00", "r")]
    items += [(DESC, y + 44, "2", "l"), (80, y + 44, "30214", "l"), (130, y + 44, "Keyboard & Mouse", "l"),
              (QTY, y + 44, "5", "r"), (PRICE, y + 44, "3,864.00", "r"), (AMOUNT, y + 44, "19,320.00", "r")]
    items += _totals(y + 70, [("Taxable Value", "49,720.00")])
    assert _items(_layout([items]), patterns) == [
        _item("Wi-Fi Access Point", "2", "15200.00", "30400.00"),
        _item("Keyboard & Mouse", "5", "3864.00", "19320.00"),
    ]


def _page_rows(start: int, count: int, y: float) -> tuple[list[tuple[float, float, str, str]], list[dict[str, Any]]]:
    items, expected = [], []
    for k in range(start, start + count):
        quantity, price = k % 4 + 1, Decimal(100 + 10 * k)
        items += _row(y, f"Product number {k}", str(quantity), f"{price:,.2f}", f"{quantity * price:,.2f}")
        expected.append(_item(f"Product number {k}", str(quantity), f"{price:.2f}", f"{quantity * price:.2f}"))
        y += LINE
    return items, expected


@pytest.mark.parametrize("repeat_header", [True, False])
def test_table_continued_on_the_next_page(patterns, repeat_header):
    first, expected_first = _page_rows(1, 30, 200.0)
    page_one = _letterhead() + _header(180.0) + first
    page_one += [(380.0, 200.0 + 31 * LINE, "Carried forward", "l"), (AMOUNT, 200.0 + 31 * LINE, "9,999.00", "r"),
                 (270.0, 800.0, "Page 1 of 2", "l")]
    page_two = [(DESC, 50.0, "Acme Supplies Ltd - Invoice INV-2024-001", "l"),
                (380.0, 70.0, "Brought forward", "l"), (AMOUNT, 70.0, "9,999.00", "r")]
    y = 100.0
    if repeat_header:
        page_two += _header(y)
        y += LINE + 4
    second, expected_second = _page_rows(31, 5, y)
    page_two += second + _totals(y + 6 * LINE, [("Subtotal", "1.00"), ("VAT 16%", "0.16"), ("Total", "1.16")])
    page_two += [(270.0, 800.0, "Page 2 of 2", "l")]
    assert _items(_layout([page_one, page_two]), patterns) == expected_first + expected_second


def test_rows_after_a_wide_gap_are_not_items(patterns):
    y = 180.0
    items = _header(y) + _row(y + LINE, "Cement 50kg bag", "40", "750.00", "30,000.00")
    items += [(DESC, y + 12 * LINE, "Previous invoice INV-2024-000", "l"), (AMOUNT, y + 12 * LINE, "5,000.00", "r")]
    assert _items(_layout([items]), patterns) == [_item("Cement 50kg bag", "40", "750.00", "30000.00")]


def test_remittance_allocations_are_the_amounts_paid(patterns):
    y = 200.0
    columns = [(55.0, "Invoice No", "l"), (160.0, "Invoice Date", "l"), (360.0, "Invoice Amount", "r"),
               (450.0, "Discount", "r"), (545.0, "Amount Paid", "r")]
    rows = [("INV/24/86657", "14/09/2024", "9,780.00", "195.60", "9,584.40"),
            ("INV/24/86568", "22/09/2024", "1,614.00", "-", "1,614.00"),
            ("INV/24/86703", "25/09/2024", "3,250.00", "65.00", "3,185.00")]
    items = [(DESC, 60, "Payer Holdings Ltd", "l"), (400, 60, "REMITTANCE ADVICE", "l"),
             (DESC, 120, "We have today made payment to you as detailed below.", "l")]
    items += [(x, y, title, align) for x, title, align in columns]
    for k, row in enumerate(rows):
        items += [(x, y + (k + 1) * LINE, value, align) for (x, _, align), value in zip(columns, row, strict=True)]
    total_y = y + (len(rows) + 1) * LINE
    items += [(55.0, total_y, "Total Paid", "l"), (360.0, total_y, "14,644.00", "r"), (450.0, total_y, "260.60", "r"),
              (545.0, total_y, "14,383.40", "r")]
    assert _allocations(_layout([items]), patterns) == [
        {"invoice_id": "INV/24/86657", "amount": Decimal("9584.40")},
        {"invoice_id": "INV/24/86568", "amount": Decimal("1614.00")},
        {"invoice_id": "INV/24/86703", "amount": Decimal("3185.00")},
    ]
    assert _items(_layout([items]), patterns) == []


def test_remittance_summary_row_above_the_invoices_is_no_allocation(patterns):
    items = [(55.0, 150, "Reference No", "l"), (200.0, 150, "Value Date", "l"), (545.0, 150, "Net Payment", "r"),
             (55.0, 166, "CHQ 928563", "l"), (200.0, 166, "29/08/2023", "l"), (545.0, 166, "KES 1,105,500.00", "r"),
             (55.0, 200, "Payment details", "l"),
             (55.0, 230, "Invoice Number", "l"), (200.0, 230, "Inv. Date", "l"), (545.0, 230, "Amount Paid", "r"),
             (55.0, 246, "093978", "l"), (200.0, 246, "08/07/2023", "l"), (545.0, 246, "613,500.00", "r"),
             (55.0, 262, "094093", "l"), (200.0, 262, "22/07/2023", "l"), (545.0, 262, "492,000.00", "r"),
             (55.0, 278, "Net Payment", "l"), (545.0, 278, "1,105,500.00", "r")]
    assert _allocations(_layout([items]), patterns) == [
        {"invoice_id": "093978", "amount": Decimal("613500.00")},
        {"invoice_id": "094093", "amount": Decimal("492000.00")},
    ]


def test_receipt_lines_without_a_header(patterns):
    items = [(60, 20, "Vishwa Mini Mart", "l"), (70, 40, "CASH SALE", "l"), (8, 52, "Trans No: 07-46513", "l"),
             (8, 70, "TEA LEAVES 250G", "l"), (17, 80, "2 x 120.00", "l"), (196, 80, "240.00", "r"),
             (8, 90, "RICE 2KG", "l"), (196, 90, "224.00", "r"), (17, 100, "1 x 224.00", "l"),
             (8, 110, "EGGS TRAY 30", "l"), (17, 120, "6 x 270.00", "l"), (196, 120, "1,620.00", "r"),
             (8, 140, "TOTAL", "l"), (196, 140, "2,084.00", "r"), (8, 150, "CASH", "l"), (196, 150, "2,100.00", "r")]
    assert _items(_layout([items], size=(204.0, 300.0)), patterns) == [
        _item("TEA LEAVES 250G", "2", "120.00", "240.00"),
        _item("RICE 2KG", "1", "224.00", "224.00"),
        _item("EGGS TRAY 30", "6", "270.00", "1620.00"),
    ]


def test_items_listed_in_a_letter(patterns):
    items = [(40, 60, "Dear Achieng,", "l"), (40, 80, "We refer to the goods supplied to you as detailed below.", "l"),
             (52, 100, "1. Ballpoint Pens Blue (Pack of 50): 25 x 6.10 = 152.50", "l"),
             (52, 114, "2. Training workshop - Excel for finance teams (2 days): 3 x 2,280.00 =", "l"),
             (64, 128, "6,840.00", "l"),
             (52, 150, "Net Amount", "l"), (300, 150, "6,992.50", "r")]
    assert _items(_layout([items]), patterns) == [
        _item("Ballpoint Pens Blue (Pack of 50)", "25", "6.10", "152.50"),
        _item("Training workshop - Excel for finance teams (2 days)", "3", "2280.00", "6840.00"),
    ]


def test_prose_with_column_words_is_no_table(patterns):
    items = [(DESC, 100, "Please pay the total amount for the items and services below within 30 days.", "l"),
             (DESC, 116, "Statement of account", "l"), (AMOUNT, 116, "1,250.00", "r")]
    assert _items(_layout([items]), patterns) == []


# --------------------------------------------------------------------------------------------------
# Unfamiliar layouts: column roles from header words and the numbers under them


def _table(columns: list[tuple[float, str, str]], rows: list[tuple[str, ...]], y: float = 180.0,
           pitch: float = LINE) -> list[tuple[float, float, str, str]]:
    """A header line and rows: `columns` are (x, title, align), each row one value per column ("" = none)."""
    items = [(x, y, title, align) for x, title, align in columns if title]
    for k, row in enumerate(rows):
        items += [(x, y + (k + 1) * pitch, value, align)
                  for (x, _, align), value in zip(columns, row, strict=True) if value]
    return items


def test_quantity_first_with_a_vat_rate_column_and_a_net_amount(patterns):
    columns = [(70.0, "Qty", "r"), (90.0, "Description", "l"), (360.0, "Unit Price", "r"), (430.0, "VAT %", "r"),
               (545.0, "Net", "r")]
    items = _letterhead() + _table(columns, [("8.75", "Bookkeeping services", "60.88", "20", "532.70"),
                                             ("4", "Website maintenance", "600.00", "20", "2,400.00")])
    items += _totals(180.0 + 4 * LINE, [("Sub Total", "2,932.70"), ("VAT 20%", "586.54"), ("Invoice Total", "3,519.24")])
    assert _items(_layout([items]), patterns) == [
        _item("Bookkeeping services", "8.75", "60.88", "532.70"),
        _item("Website maintenance", "4", "600.00", "2400.00"),
    ]


def test_tax_column_with_rates_and_a_currency_in_the_amount_header(patterns):
    columns = [(DESC, "Description", "l"), (300.0, "Quantity", "r"), (400.0, "Unit Price", "r"), (460.0, "GST", "r"),
               (545.0, "Amount AUD", "r")]
    items = _table(columns, [("Desk lamp LED dimmable", "4", "58.67", "10%", "234.68"),
                             ("USB-C docking station", "1", "200.40", "10%", "200.40")])
    items += _totals(180.0 + 4 * LINE, [("Subtotal", "435.08"), ("TOTAL GST 10%", "43.51")])
    assert _items(_layout([items]), patterns) == [
        _item("Desk lamp LED dimmable", "4", "58.67", "234.68"),
        _item("USB-C docking station", "1", "200.40", "200.40"),
    ]


def test_a_column_of_percentages_is_a_rate_whatever_its_header(patterns):
    # "Rate" names a unit price in most tables; here its values are percentages, so it is a tax rate.
    columns = [(DESC, "Description", "l"), (300.0, "Qty", "r"), (380.0, "Unit Price", "r"), (440.0, "Rate", "r"),
               (545.0, "Amount", "r")]
    items = _table(columns, [("Cement 50kg bag", "40", "750.00", "16%", "30,000.00"),
                             ("Steel nails 4 inch", "10", "125.50", "16%", "1,255.00")])
    assert _items(_layout([items]), patterns) == [
        _item("Cement 50kg bag", "40", "750.00", "30000.00"),
        _item("Steel nails 4 inch", "10", "125.50", "1255.00"),
    ]


def test_an_unknown_last_column_is_the_amount_when_quantity_times_price_gives_it(patterns):
    columns = [(DESC, "Description", "l"), (300.0, "Qty", "r"), (400.0, "Unit Price", "r"), (545.0, "Extension", "r")]
    items = _table(columns, [("Toner cartridge HP 26X", "3", "209.32", "627.96"),
                             ("Desk lamp LED dimmable", "1", "34.60", "34.60")])
    assert _items(_layout([items]), patterns) == [
        _item("Toner cartridge HP 26X", "3", "209.32", "627.96"),
        _item("Desk lamp LED dimmable", "1", "34.60", "34.60"),
    ]
    # The same place holding codes, not amounts: no rows are made up from it.
    coded = _table(columns, [("Toner cartridge HP 26X", "3", "209.32", "A-17"),
                             ("Desk lamp LED dimmable", "1", "34.60", "B-02")])
    assert _items(_layout([coded]), patterns) == []


def test_two_level_header_with_tax_groups_reads_the_taxable_value(patterns):
    y = 180.0
    items = [(40.0, y, "S.No", "l"), (63.0, y, "Description of Goods", "l"), (205.0, y, "HSN/SAC", "l"),
             (274.0, y, "Qty", "r"), (314.0, y, "Rate", "r"), (374.0, y, "Taxable Value", "r"),
             (400.0, y, "CGST", "l"), (467.0, y, "SGST", "l"), (557.0, y, "Total", "r"),
             (399.0, y + 14, "Rate", "r"), (440.0, y + 14, "Amount", "r"), (465.0, y + 14, "Rate", "r"),
             (506.0, y + 14, "Amount", "r")]
    rows = [("1", "Corrugated boxes 5 ply", "998314", "15 Nos", "18.15", "272.25", "2.5%", "6.81", "2.5%", "6.81",
             "285.87"),
            ("2", "PVC Resin SG-5 (25 kg bag)", "3917", "12 Bag", "2,960.00", "35,520.00", "2.5%", "888.00", "2.5%",
             "888.00", "37,296.00")]
    places = [(40.0, "l"), (63.0, "l"), (205.0, "l"), (274.0, "r"), (314.0, "r"), (374.0, "r"), (399.0, "r"),
              (440.0, "r"), (465.0, "r"), (506.0, "r"), (557.0, "r")]
    for k, row in enumerate(rows):
        items += [(x, y + 30 + k * LINE, value, align) for (x, align), value in zip(places, row, strict=True)]
    items += [(314.0, y + 30 + 2 * LINE, "Total", "r"), (374.0, y + 30 + 2 * LINE, "35,792.25", "r"),
              (557.0, y + 30 + 2 * LINE, "37,581.87", "r")]
    assert _items(_layout([items]), patterns) == [
        _item("Corrugated boxes 5 ply", "15", "18.15", "272.25"),
        _item("PVC Resin SG-5 (25 kg bag)", "12", "2960.00", "35520.00"),
    ]


def test_without_quantities_the_amount_is_the_one_net_of_tax(patterns):
    columns = [(DESC, "Description", "l"), (380.0, "Net", "r"), (450.0, "VAT", "r"), (545.0, "Total", "r")]
    items = _table(columns, [("Monthly support retainer", "1,000.00", "200.00", "1,200.00"),
                             ("Hosting (annual)", "250.00", "50.00", "300.00")])
    assert _items(_layout([items]), patterns) == [
        _item("Monthly support retainer", None, None, "1000.00"),
        _item("Hosting (annual)", None, None, "250.00"),
    ]


def test_a_code_set_apart_from_the_description_stays_in_its_own_column(patterns):
    # "1.2" and "5205" share a text run, but a column gap (not a word space) parts them.
    description = "Copper winding wire 1.2"
    start = 183.0 - pymupdf.get_text_length(description, fontname="helv", fontsize=FONT_SIZE)
    y = 180.0
    items = [(start, y, "Description of Goods", "l"), (190.0, y, "HSN/SAC", "l"), (340.0, y, "Qty", "r"),
             (450.0, y, "Rate", "r"), (545.0, y, "Taxable Value", "r"),
             (start, y + LINE, description, "l"), (190.0, y + LINE, "5205", "l"), (340.0, y + LINE, "6", "r"),
             (450.0, y + LINE, "863.86", "r"), (545.0, y + LINE, "5,183.16", "r"), (start, y + LINE + 10, "mm", "l")]
    assert _items(_layout([items]), patterns) == [_item("Copper winding wire 1.2 mm", "6", "863.86", "5183.16")]


@pytest.mark.parametrize("qualifier", ["excl. VAT", "netto"])
def test_qualifier_line_under_the_header_is_no_group_of_columns(patterns, qualifier):
    y = 180.0
    items = [(DESC, y, "Description", "l"), (QTY, y, "Qty", "r"), (PRICE, y, "Price", "r"), (AMOUNT, y, "Amount", "r"),
             (PRICE, y + 10, qualifier, "r"), (AMOUNT, y + 10, qualifier, "r")]
    items += _row(y + 26, "Annual licence", "2", "450.00", "900.00")
    assert _items(_layout([items]), patterns) == [_item("Annual licence", "2", "450.00", "900.00")]


def test_a_text_line_under_the_header_is_the_first_rows_not_sub_columns(patterns):
    y = 180.0
    items = _header(y) + [(DESC, y + 12, "Website redesign", "l"), (150.0, y + 12, "phase two, March", "l")]
    items += _row(y + 23, "weeks 10-12", "3", "1,500.00", "4,500.00")
    items += _row(y + 23 + LINE, "Travel", "1", "250.00", "250.00")
    assert _items(_layout([items]), patterns) == [
        _item("Website redesign phase two, March weeks 10-12", "3", "1500.00", "4500.00"),
        _item("Travel", "1", "250.00", "250.00"),
    ]


def test_remittance_with_the_payers_and_the_payees_numbers(patterns):
    columns = [(49.0, "Belegnr.", "l"), (120.0, "Ihre Belegnr.", "l"), (343.0, "Belegdatum", "l"),
               (449.0, "Bruttobetrag", "r"), (490.0, "Skonto", "r"), (546.0, "Zahlbetrag", "r")]
    rows = [("5112673721", "19405", "20.04.2023", "295,79", "0,00", "295,79"),
            ("5091853517", "19349", "19.05.2023", "211,25", "4,23", "207,02")]
    items = [(48.0, 40.0, "Gebäudeservice Spree GmbH", "l"), (301.0, 40.0, "Zahlungsavis", "l")]
    items += _table(columns, rows)
    items += [(49.0, 180.0 + 3 * LINE, "Summe (EUR)", "l"), (546.0, 180.0 + 3 * LINE, "502,81", "r")]
    assert _allocations(_layout([items]), patterns) == [
        {"invoice_id": "19405", "amount": Decimal("295.79")},
        {"invoice_id": "19349", "amount": Decimal("207.02")},
    ]
    # English wording, the payer's number first and the payee's "Your reference" second.
    english = [(55.0, "Doc no.", "l"), (150.0, "Your reference", "l"), (360.0, "Gross", "r"),
               (450.0, "Discount", "r"), (545.0, "Net paid", "r")]
    items = _table(english, [("1000234", "INV-0588", "1,000.00", "20.00", "980.00"),
                             ("1000235", "INV-0601", "500.00", "0.00", "500.00")])
    assert _allocations(_layout([items]), patterns) == [
        {"invoice_id": "INV-0588", "amount": Decimal("980.00")},
        {"invoice_id": "INV-0601", "amount": Decimal("500.00")},
    ]


def test_remittance_with_only_a_document_number_column(patterns):
    columns = [(55.0, "Document No", "l"), (200.0, "Date", "l"), (545.0, "Amount Paid", "r")]
    items = _table(columns, [("SI009378", "02/05/2024", "14,516.79"), ("SI009415", "09/05/2024", "13,066.44")])
    assert _allocations(_layout([items]), patterns) == [
        {"invoice_id": "SI009378", "amount": Decimal("14516.79")},
        {"invoice_id": "SI009415", "amount": Decimal("13066.44")},
    ]


# --------------------------------------------------------------------------------------------------
# Lists without a header, read because their amounts add up to the total under them


def test_receipt_items_with_amounts_only_and_quantities_on_a_second_line(patterns):
    # Descriptions wrap at the width of "Paper towel 4pk": a line whose first word would have fit on
    # the line above starts a description of its own ("Chicken breast" is no wrap of "500g").
    items = [(19, 9, "Montague Daily Mart", "l"), (11, 80, "21/12/2023 17:52", "l"), (126, 80, "Till 4", "l"),
             (11, 90, "Rcpt: R109561", "l"), (11, 100, "Trans 77715", "l"), (32, 110, "------------", "l"),
             (11, 122, "Paper towel 4pk", "l"), (20, 132, "2 @ 5.49", "l"), (153, 132, "10.98", "r"),
             (11, 142, "Cheddar block", "l"), (153, 142, "9.14", "r"), (11, 151, "500g", "l"),
             (11, 161, "Chicken breast", "l"), (11, 170, "kg", "l"), (20, 180, "0.75 @ 11.52", "l"),
             (153, 180, "8.64", "r"), (11, 190, "Dish liquid", "l"), (153, 190, "4.83", "r"), (11, 199, "900ml", "l"),
             (32, 209, "------------", "l"), (11, 221, "SUBTOTAL", "l"), (153, 221, "33.59", "r"),
             (11, 239, "TOTAL", "l"), (153, 239, "$33.59", "r"), (11, 250, "EFTPOS", "l"), (153, 250, "33.59", "r")]
    assert _items(_layout([items], size=(164.0, 300.0)), patterns) == [
        _item("Paper towel 4pk", "2", "5.49", "10.98"),
        _item("Cheddar block 500g", None, None, "9.14"),
        _item("Chicken breast kg", "0.75", "11.52", "8.64"),
        _item("Dish liquid 900ml", None, None, "4.83"),
    ]


def test_bill_charges_without_quantities(patterns):
    items = [(43, 188, "Previous balance", "l"), (569, 188, "$333.83", "r"),
             (43, 202, "Payment received - thank you", "l"), (569, 202, "-$333.83", "r"),
             (43, 215, "Balance forward", "l"), (569, 215, "$0.00", "r"),
             (43, 228, "Current charges", "l"), (569, 228, "$324.05", "r"),
             (43, 241, "Total amount due", "l"), (569, 241, "$324.05", "r"),
             (40, 262, "Current charges for this period", "l"),
             (43, 277, "Customer charge", "l"), (569, 277, "$12.07", "r"),
             (43, 290, "Energy charge 1540 kWh", "l"), (231, 290, "1540 × $0.138", "l"), (569, 290, "$212.52", "r"),
             (43, 303, "Delivery charge", "l"), (231, 303, "1540 × $0.049", "l"), (569, 303, "$75.46", "r"),
             (43, 316, "Total charges before taxes", "l"), (569, 316, "$300.05", "r"),
             (43, 334, "Taxes and surcharges", "l"), (43, 347, "State sales tax 5.5%", "l"), (569, 347, "$16.50", "r"),
             (43, 360, "Local utility tax 2.5%", "l"), (569, 360, "$7.50", "r"),
             (43, 374, "Total current charges", "l"), (569, 374, "$324.05", "r")]
    assert _items(_layout([items], size=(612.0, 792.0)), patterns) == [
        _item("Customer charge", None, None, "12.07"),
        _item("Energy charge 1540 kWh", "1540", "0.138", "212.52"),
        _item("Delivery charge", "1540", "0.049", "75.46"),
    ]


def test_a_list_of_references_adding_up_is_no_list_of_items(patterns):
    items = [(44, 241, "N° facture", "l"), (300, 241, "Réglé", "l"),
             (44, 258, "FA2024-1853", "l"), (471, 258, "3 450,00", "r"),
             (44, 276, "FA2024-1805", "l"), (471, 276, "3 520,00", "r"),
             (44, 312, "Total payé", "l"), (471, 312, "6 970,00 €", "r")]
    assert _items(_layout([items]), patterns) == []


# --------------------------------------------------------------------------------------------------
# Remittance information outside any table (a bank's payment confirmation)


def _confirmation(details: list[tuple[float, float, str, str]]) -> list[tuple[float, float, str, str]]:
    return [(40, 60, "Northbank plc", "l"), (360, 60, "PAYMENT CONFIRMATION", "l"),
            (40, 100, "Beneficiary:", "l"), (200, 100, "Kingsway Consulting LLP", "l"),
            (40, 116, "Transfer amount:", "l"), (200, 116, "GBP 4,250.00", "l"),
            (40, 132, "Value date:", "l"), (200, 132, "12/03/2024", "l"), *details]


def test_references_in_the_remittance_information_are_the_invoices_paid(patterns):
    picks = find_allocations(_layout([_confirmation([(40, 148, "Details of payment:", "l"),
                                                     (200, 148, "INV-10423, INV-10431 Customer no 100234", "l")])]),
                             patterns, None)
    # Several invoices under one transfer amount: invoices paid, but no amount can be given to each;
    # the customer number is no invoice.
    assert {path: value for path, (value, _, _) in picks.items()} == {"invoice_ids.0": "INV-10423",
                                                                      "invoice_ids.1": "INV-10431"}


@pytest.mark.parametrize(("label", "value"), [("Verwendungszweck:", "Rechnung 19405"),
                                              ("Remittance information:", "/INV/ 19405"),
                                              ("Concepto:", "Factura nº 19405")])
def test_one_invoice_in_the_remittance_information_takes_the_amount_paid(patterns, label, value):
    layout = _layout([_confirmation([(40, 148, label, "l"), (200, 148, value, "l")])])
    assert _allocations(layout, patterns) == [{"invoice_id": "19405", "amount": Decimal("4250.00")}]


def test_remittance_information_over_several_lines_with_amounts(patterns):
    layout = _layout([_confirmation([(40, 148, "Remittance information", "l"),
                                     (40, 160, "SI009378 1,200.00", "l"), (40, 172, "SI009415 3,050.00", "l"),
                                     (40, 200, "Charges: OUR", "l")])])
    assert _allocations(layout, patterns) == [{"invoice_id": "SI009378", "amount": Decimal("1200.00")},
                                              {"invoice_id": "SI009415", "amount": Decimal("3050.00")}]


def _ocr_line(*words: tuple[str, float, float]) -> Line:
    """A line as OCR gives it: boxes hugging the glyphs (22 px tall digits of 29 px type)."""
    return Line(tuple(Word(text, (x0, 100.0, x1, 122.0), 28.7, source="ocr") for text, x0, x1 in words))


def test_a_scans_word_space_does_not_part_a_phrase_but_a_column_gap_does() -> None:
    # "2 350,00" in monospaced type: the group space is wider than the digits are tall.
    line = _ocr_line(("2", 2091, 2106), ("350,00", 2134, 2251), ("Total", 2600, 2680))
    assert [[w.text for w in group] for group in split_line(line)] == [["2", "350,00"], ["Total"]]
    # The same gap between a text layer's words (boxes the font's height) parts them as before.
    pdf = Line(tuple(replace(w, source="pdf", font_size=16.0) for w in line.words))
    assert [[w.text for w in group] for group in split_line(pdf)] == [["2"], ["350,00"], ["Total"]]


def test_a_heading_spread_over_two_segments_is_one_column(patterns) -> None:
    # "Votre facture" read off a scan as two segments: together they name the invoice column.
    header = [(50, 120, "Votre", "l"), (95, 120, "facture", "l"), (250, 120, "Date", "l"),
              (545, 120, "Montant payé", "r")]
    rows = [(50, 140, "F-2023-47074", "l"), (250, 140, "19/07/2023", "l"), (545, 140, "2 350,00", "r"),
            (50, 156, "F-2023-47104", "l"), (250, 156, "09/08/2023", "l"), (545, 156, "6 673,60", "r"),
            (50, 176, "Total réglé", "l"), (545, 176, "9 023,60", "r")]
    layout = _layout([[(50, 40, "Logistique Lumière SAS", "l"), (300, 40, "AVIS DE VIREMENT", "l"), *header, *rows]])
    assert _allocations(layout, patterns, "FR") == [
        {"invoice_id": "F-2023-47074", "amount": Decimal("2350.00")},
        {"invoice_id": "F-2023-47104", "amount": Decimal("6673.60")},
    ]
