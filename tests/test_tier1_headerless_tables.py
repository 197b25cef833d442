"""Line items from a table whose header tier 1 cannot read (a language the patterns do not cover):
the rows are found by their arithmetic, quantity x unit price = amount, and checked for exact values."""

from __future__ import annotations

import pytest
from drawn_documents import extracted
from drawn_documents import item_rows as _items

from engine.pattern_files import load_patterns


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


SWEDISH_INVOICE = [
    (40, 40, "Andersson & Nyström AB", 13), (40, 56, "Drottninggatan 73"), (40, 66, "211 20 Malmö"),
    (380, 40, "Faktura 14418", 14), (380, 60, "Fakturanummer"), (470, 60, "14418"),
    (380, 72, "Datum"), (470, 72, "2023-11-22"),
    (40, 150, "Benämning"), (300, 150, "Antal"), (340, 150, "Enhet"), (380, 150, "À-pris"), (440, 150, "Moms"),
    (500, 150, "Belopp"),
    (40, 166, "Frakt"), (300, 166, "5"), (340, 166, "st"), (380, 166, "304,00"), (440, 166, "25 %"),
    (500, 166, "1 520,00"),
    (40, 180, "Facklitteratur - Redovisning i praktiken"), (300, 180, "12"), (340, 180, "st"), (380, 180, "595,00"),
    (440, 180, "6 %"), (500, 180, "7 140,00"),
    (40, 194, "Serviceavtal skrivare"), (300, 194, "2"), (340, 194, "mån"), (380, 194, "769,00"),
    (440, 194, "25 %"), (500, 194, "1 538,00"),
    (300, 230, "Summa exkl. moms"), (500, 230, "10 198,00"),
    (300, 244, "Moms 25 % på 3 058,00"), (500, 244, "764,50"),
    (300, 258, "Moms 6 % på 7 140,00"), (500, 258, "428,40"),
    (300, 272, "Summa att betala"), (500, 272, "11 390,90 SEK"),
]


def test_rows_that_multiply_out_are_items_whatever_the_header_says(patterns):
    values, _ = extracted(SWEDISH_INVOICE, patterns)
    assert _items(values) == [("Frakt", 5, 304, 1520), ("Facklitteratur - Redovisning i praktiken", 12, 595, 7140),
                              ("Serviceavtal skrivare", 2, 769, 1538)]


def test_one_line_that_multiplies_out_is_no_table(patterns):
    """A sentence with a product in it ("3 nights 120.00 360.00" in a note) is not a list of items."""
    items = [item for item in SWEDISH_INVOICE if item[1] not in (180, 194)]
    values, _ = extracted(items, patterns)
    assert _items(values) == []


def test_a_line_without_a_description_in_words_is_no_item(patterns):
    """Figures alone ("2023 12 24.00 288.00": a reference, a count, a price) describe nothing."""
    items = [item for item in SWEDISH_INVOICE if item[1] not in (166, 180, 194)] + [
        (40, 166, "2023-118"), (300, 166, "5"), (380, 166, "304,00"), (500, 166, "1 520,00"),
        (40, 180, "2023-119"), (300, 180, "12"), (380, 180, "595,00"), (500, 180, "7 140,00"),
    ]
    values, _ = extracted(items, patterns)
    assert _items(values) == []


def test_rows_whose_amounts_do_not_line_up_are_not_one_table(patterns):
    items = [item for item in SWEDISH_INVOICE if item[1] != 194]
    items = [(x + 120, y, text) if y == 180 and x >= 300 else item for item in items
             for x, y, text in [item[:3]]]
    values, _ = extracted(items, patterns)
    assert _items(values) == []


YEN_INVOICE = [
    (40, 40, "Sakura Denki KK", 13), (40, 56, "1-2-3 Shibaura, Minato-ku, Tokyo"),
    (380, 40, "Seikyusho", 14), (380, 60, "No."), (450, 60, "SD-5521"), (380, 72, "Hizuke"), (450, 72, "2024/05/31"),
    (40, 150, "Hinmei"), (300, 150, "Suryo"), (380, 150, "Tanka"), (500, 150, "Kingaku"),
    (40, 166, "Kabel CAT6 20m"), (300, 166, "3"), (380, 166, "1,200"), (500, 166, "3,600"),
    (40, 180, "Router AX3000"), (300, 180, "2"), (380, 180, "18,500"), (500, 180, "37,000"),
    (300, 220, "Gokei"), (500, 220, "JPY 40,600"),
]


def test_whole_amounts_of_a_currency_without_minor_units_multiply_out_exactly(patterns):
    values, _ = extracted(YEN_INVOICE, patterns)
    assert _items(values) == [("Kabel CAT6 20m", 3, 1200, 3600), ("Router AX3000", 2, 18500, 37000)]


def test_whole_amounts_a_unit_off_are_no_items(patterns):
    """Whole figures get no rounding slack: 2 x 18,500 is not 37,001."""
    items = [(500, 180, "37,001") if item[:3] == (500, 180, "37,000") else item for item in YEN_INVOICE]
    values, _ = extracted(items, patterns)
    assert _items(values) == []


POLISH_INVOICE = [
    (40, 40, "Biuro Serwis Sp. z o.o.", 13), (40, 56, "ul. Długa 5"), (40, 66, "00-238 Warszawa"),
    (380, 40, "Faktura VAT", 14), (380, 60, "Numer"), (450, 60, "FV/2024/118"),
    (380, 72, "Data wystawienia"), (470, 72, "05.08.2024"),
    (44, 150, "Lp."), (101, 150, "Nazwa towaru lub usługi"), (206, 150, "Jm."), (310, 150, "Ilość"),
    (370, 150, "Cena netto"), (440, 150, "Wartość netto"), (510, 150, "Stawka VAT"),
    (44, 166, "1"), (101, 166, "Kabel sieciowy Cat6 20 m"), (206, 166, "szt."), (316, 166, "15"),
    (370, 166, "57,15"), (440, 166, "857,25"), (510, 166, "23%"),
    (44, 182, "2"), (101, 182, "Krzeslo biurowe"), (206, 182, "szt."), (321, 182, "4"),
    (370, 182, "700,00"), (440, 182, "2 800,00"), (510, 182, "23%"),
    (101, 193, "ergonomiczne"),
    (300, 240, "Razem"), (440, 240, "3 657,25"),
    (40, 300, "Do zapłaty: 4 498,42 PLN"),
]


def test_the_row_number_and_the_unit_column_are_not_the_description_and_a_wrapped_line_is(patterns):
    values, _ = extracted(POLISH_INVOICE, patterns)
    assert _items(values) == [("Kabel sieciowy Cat6 20 m", 15, 57.15, 857.25),
                              ("Krzeslo biurowe ergonomiczne", 4, 700, 2800)]


def test_a_line_under_the_last_row_outside_the_description_column_is_not_wrapped_text(patterns):
    items = [(40, 193, "Dostawa gratis powyzej limitu") if item[:3] == (101, 193, "ergonomiczne")
             else item for item in POLISH_INVOICE]
    values, _ = extracted(items, patterns)
    assert _items(values)[1] == ("Krzeslo biurowe", 4, 700, 2800)
