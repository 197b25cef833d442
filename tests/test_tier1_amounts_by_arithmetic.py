"""Net, tax and total read by their arithmetic when their labels are in a language the label lists do
not cover: a totals row whose amounts add up (net + tax = total, the total the largest amount), and a
net or tax printed as the difference of the total and the other. Small PDFs, exact values."""

from __future__ import annotations

import pytest
from drawn_documents import drawn_pdf

from engine.pattern_files import load_patterns
from engine.tiers.patterns import extract_fields


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def _amounts(items, patterns) -> dict[str, tuple[object, str | None]]:
    fields, _, _, _ = extract_fields(drawn_pdf(items), patterns)
    return {path.split(".")[1]: (field.value, field.basis) for path, field in fields.items()
            if path.startswith("financial_data.") and path != "financial_data.currency"}


HEADER = [
    (40, 40, "Biuro Serwis Sp. z o.o.", 13), (40, 56, "ul. Dluga 5"), (40, 66, "00-238 Warszawa"),
    (380, 40, "Faktura VAT", 14), (380, 60, "Numer"), (450, 60, "FV/2024/118"),
    (380, 72, "Data wystawienia"), (470, 72, "05.08.2024"),
    (40, 150, "Uslugi serwisowe drukarek wedlug umowy ramowej"),
]


def test_a_totals_row_that_adds_up_gives_net_tax_and_total(patterns):
    items = HEADER + [(300, 200, "Netto"), (380, 200, "Podatek"), (460, 200, "Brutto"),
                      (250, 214, "Razem"), (300, 214, "3 657,25"), (380, 214, "841,17"), (460, 214, "4 498,42")]
    read = _amounts(items, patterns)
    assert {path: value for path, (value, _) in read.items()} == {
        "total_amount": 4498.42, "net_amount": 3657.25, "tax_amount": 841.17}


@pytest.mark.parametrize("row", [
    # The sum is not the largest amount of the document: an item's net, tax and gross.
    [(250, 214, "Pozycja"), (300, 214, "100,00"), (380, 214, "23,00"), (460, 214, "123,00"),
     (250, 240, "Saldo konta"), (460, 240, "5 000,00")],
    # The middle figure is too large a share of the first to be a tax on it.
    [(250, 214, "Razem"), (300, 214, "100,00"), (380, 214, "50,00"), (460, 214, "150,00")],
])
def test_figures_that_only_happen_to_add_up_are_no_totals_row(patterns, row):
    read = _amounts(HEADER + row, patterns)
    assert "net_amount" not in read and "tax_amount" not in read


def test_a_net_printed_as_the_difference_of_total_and_tax_is_read_and_marked(patterns):
    items = HEADER + [(300, 200, "Wartosc towarow"), (460, 200, "1 000,00"), (300, 214, "VAT 23%"),
                      (460, 214, "230,00"), (300, 228, "Total"), (460, 228, "1 230,00")]
    read = _amounts(items, patterns)
    assert read["tax_amount"][0] == 230 and read["total_amount"][0] == 1230
    assert read["net_amount"] == (1000, "unlabelled+difference")


def test_a_figure_between_net_and_total_is_not_taken_for_the_tax(patterns):
    """Between a net and a total there may be a surcharge ("Fuel surcharge 596.36"), not a tax."""
    items = HEADER + [(300, 200, "Net linehaul"), (460, 200, "1 906,52"), (300, 214, "Doplata paliwowa"),
                      (460, 214, "596,36"), (300, 228, "Total"), (460, 228, "2 502,88")]
    read = _amounts(items, patterns)
    assert "tax_amount" not in read


def test_no_difference_is_made_up_when_it_is_not_printed(patterns):
    items = HEADER + [(300, 214, "VAT 23%"), (460, 214, "230,00"), (300, 228, "Total"), (460, 228, "1 230,00")]
    read = _amounts(items, patterns)
    assert "net_amount" not in read
