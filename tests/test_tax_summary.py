"""The tax summary at the foot of a till receipt (engine.tax_summary): rows recognised by their own
arithmetic under a heading that names a tax column, the tax their sum."""

from __future__ import annotations

from decimal import Decimal

import pytest

from engine.layout import build_layout
from engine.pattern_files import load_patterns
from engine.tax_summary import read_tax_summary
from tests.drawn_documents import drawn_pdf, extracted


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def sst_receipt(rows, heading="Code                 Amount   Tax"):
    items = [
        (40, 40, "MINI MARKET SENTOSA SDN BHD"), (40, 52, "19, Lebuh Chulia, 10200 George Town"),
        (40, 76, "Receipt No: R200913416"), (40, 88, "Date: 13/09/2020 20:18:26"),
        (40, 112, "Air Mineral 1.5L"), (160, 112, "S"), (240, 112, "2.10"),
        (40, 124, "Beras Wangi 5kg 3 x 22.80"), (160, 124, "Z"), (240, 124, "68.40"),
        (40, 148, "Total Incl. SST"), (240, 148, "146.54"),
        (40, 160, "TOTAL"), (240, 160, "RM146.55"),
    ]
    if heading:
        items.append((40, 184, heading))
    for i, (code, amount, tax) in enumerate(rows):
        y = 196 + 12 * i
        items += [(40, y, code), (190, y, amount), (240, y, tax)]
    return items + [(40, 250, "Prices inclusive of SST.")]


def summary_of(items):
    return read_tax_summary(build_layout(drawn_pdf(items)), load_patterns())


def test_a_receipts_tax_summary_gives_the_tax(patterns):
    # Tax-inclusive amounts: 7.10 is the 10% inside 78.14; the 0% row adds nothing.
    items = sst_receipt([("S @10%", "78.14", "7.10"), ("Z @0%", "68.40", "0.00")])
    summary = summary_of(items)
    assert summary is not None and summary.tax == Decimal("7.10") and len(summary.rows) == 2
    values, _ = extracted(items, patterns)
    assert values["financial_data.tax_amount"] == 7.10
    assert values["financial_data.total_amount"] == 146.55


def test_amounts_before_tax_are_read_as_well():
    items = sst_receipt([("SR @ 6%", "47.80", "2.86"), ("ZR @ 0%", "2.87", "0.00")],
                        heading="GST SUMMARY    AMOUNT(RM)   TAX(RM)")
    summary = summary_of(items)
    assert summary is not None and summary.tax == Decimal("2.86")


def test_a_rate_the_sale_did_not_use_gives_no_tax():
    summary = summary_of(sst_receipt([("S @10%", "0.00", "0.00"), ("Z @0%", "22.60", "0.00")]))
    assert summary is not None and summary.tax == Decimal("0")


def test_rows_whose_figures_do_not_agree_with_their_rate_are_no_summary():
    assert summary_of(sst_receipt([("S @10%", "78.14", "9.99"), ("Z @0%", "68.40", "0.00")])) is None


def test_rows_without_a_heading_naming_the_tax_are_not_read():
    assert summary_of(sst_receipt([("S @10%", "78.14", "7.10")], heading=None)) is None
    assert summary_of(sst_receipt([("S @10%", "78.14", "7.10")], heading="Code   Amount   Net")) is None


def test_only_zero_rates_prove_nothing():
    assert summary_of(sst_receipt([("Z @0%", "68.40", "0.00"), ("E @0%", "3.00", "0.00")])) is None


def test_a_rate_set_above_its_figures_joins_them():
    items = [(40, 40, "BAIFU (M) SDN BHD"), (40, 64, "TOTAL"), (200, 64, "RM35.40"),
             (40, 88, "TAX CODE"), (120, 88, "AMT(RM) GST(RM)"),
             (40, 100, "GST (6.000%)"), (120, 110, "33.40"), (180, 110, "2.00")]
    summary = summary_of(items)
    assert summary is not None and summary.tax == Decimal("2.00")
