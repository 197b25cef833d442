"""Line items from a table whose header tier 1 cannot read (a language the patterns do not cover):
the rows are found by their arithmetic, quantity x unit price = amount, and checked for exact values."""

from __future__ import annotations

import pytest
from drawn_documents import extracted, item_pairs
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


# A Brazilian DANFE: code and tariff cells of figures before the description's end, the unit, and the
# tax base, ICMS, IPI and their rates after "VALOR TOTAL"; descriptions wrap within their cell.
DANFE_ITEMS = [
    (40, 120, "DISTRIBUIDORA PROGRESSO LTDA.", 12), (40, 136, "Rua Barao de Jaguara 2194"),
    (380, 120, "DANFE", 14), (380, 136, "No 000.066.458"),
    (40, 200, "CODIGO"), (90, 200, "DESCRICAO"), (180, 200, "NCM/SH"), (230, 200, "UN"), (260, 200, "QUANT."),
    (310, 200, "VALOR UNIT."), (365, 200, "VALOR TOTAL"), (420, 200, "VALOR ICMS"), (470, 200, "VALOR IPI"),
    (520, 200, "ALIQ. ICMS"),
    (40, 214, "53335"), (90, 214, "PASTILHA DE FREIO"), (180, 214, "87083090"), (230, 214, "JG"),
    (270, 214, "10,0000"), (315, 214, "83,0000"), (372, 214, "830,00"), (425, 214, "149,40"), (478, 214, "26,98"),
    (528, 214, "18,00"),
    (90, 223, "DIANTEIRA"),
    (40, 240, "63245"), (90, 240, "PARAFUSO"), (180, 240, "73181500"), (230, 240, "CX"),
    (275, 240, "4,0000"), (315, 240, "93,6100"), (372, 240, "374,44"), (430, 240, "67,40"), (478, 240, "18,72"),
    (528, 240, "18,00"),
    (90, 249, "SEXTAVADO M10X50"), (90, 258, "ZINCADO"),
    (40, 275, "97922"), (90, 275, "CAFE TORRADO E"), (180, 275, "09012100"), (230, 275, "PC"),
    (275, 275, "1,0000"), (315, 275, "22,4600"), (377, 275, "22,46"), (435, 275, "4,04"), (483, 275, "0,00"),
    (528, 275, "18,00"),
    (90, 284, "MOIDO 500G"),
    (40, 330, "INFORMACOES COMPLEMENTARES"), (40, 340, "Pagamento em 2 parcelas"),
]


def test_figures_after_the_amount_and_cells_of_figures_before_it_leave_the_item(patterns):
    values, _ = extracted(DANFE_ITEMS, patterns)
    assert _items(values) == [("PASTILHA DE FREIO DIANTEIRA", 10, 83, 830),
                              ("PARAFUSO SEXTAVADO M10X50 ZINCADO", 4, 93.61, 374.44),
                              ("CAFE TORRADO E MOIDO 500G", 1, 22.46, 22.46)]


def test_a_wrapped_line_reaching_into_the_next_cell_is_not_the_description(patterns):
    items = [(90, 284, "MOIDO 500G 09012100 EXTRA") if item[:3] == (90, 284, "MOIDO 500G") else item
             for item in DANFE_ITEMS]
    values, _ = extracted(items, patterns)
    assert _items(values)[2] == ("CAFE TORRADO E", 1, 22.46, 22.46)


# A customs broker's invoice: outlays and fees in two amount columns, an empty cell's dash in the tax
# column, the items' codes in a column of their own, two subtotals over the grand total.
BROKER_INVOICE = [
    (40, 40, "Lockhart Customs & Logistics Inc.", 12), (40, 56, "2467 Technology Dr, Suite 351"),
    (380, 40, "INVOICE", 14), (380, 60, "Invoice No."), (460, 60, "SI-2024-76859"),
    (40, 150, "Code"), (100, 150, "Description"), (330, 150, "Outlays"), (420, 150, "Fees"), (500, 150, "Tax"),
    (40, 166, "D01"), (100, 166, "Duty 9503.00.0073 Toys @ 4.5%"), (330, 166, "1,323.85"), (505, 166, "-"),
    (40, 180, "D02"), (100, 180, "Merchandise Processing Fee (MPF)"), (342, 180, "101.91"), (505, 180, "-"),
    (40, 194, "F01"), (100, 194, "Customs entry / clearance"), (427, 194, "99.02"), (505, 194, "-"),
    (40, 208, "F02"), (100, 208, "Delivery order fee"), (427, 208, "52.01"), (505, 208, "-"),
    (200, 230, "Total disbursements"), (520, 230, "1,425.76"),
    (200, 244, "Total fees"), (530, 244, "151.03"),
    (200, 260, "Total amount due"), (520, 260, "$1,576.79"),
]


def test_items_in_two_amount_columns_add_up_to_the_grand_total_under_their_subtotals(patterns):
    values, _ = extracted(BROKER_INVOICE, patterns)
    assert item_pairs(values) == [("Duty 9503.00.0073 Toys @ 4.5%", 1323.85),
                                  ("Merchandise Processing Fee (MPF)", 101.91),
                                  ("Customs entry / clearance", 99.02), ("Delivery order fee", 52.01)]
    assert values["financial_data.total_amount"] == 1576.79


def test_amounts_in_three_columns_are_no_list_of_items(patterns):
    items = [item for item in BROKER_INVOICE if item[1] != 150]  # no header: the sums decide
    assert item_pairs(extracted(items, patterns)[0]) != []
    items = [(380, 208, "52.01") if item[:3] == (427, 208, "52.01") else item for item in items]
    items = [(255, 194, "99.02") if item[:3] == (427, 194, "99.02") else item for item in items]
    values, _ = extracted(items, patterns)
    assert item_pairs(values) == []


# A marketplace invoice in German: net unit price and rate between the quantity and the gross unit
# price, an item's own field ("ASIN: ...") under it, and the shipping line without a quantity.
MARKETPLACE_INVOICE = [
    (44, 40, "bazaario", 14), (380, 40, "Rechnungsnummer"), (470, 40, "INV-DE-8640428092"),
    (44, 150, "Beschreibung"), (290, 150, "Menge"), (310, 150, "Stückpreis (ohne USt.)"), (400, 150, "USt. %"),
    (430, 150, "Stückpreis (inkl. USt.)"), (510, 150, "Zwischensumme"),
    (44, 166, "Gusseisenpfanne 26 cm"), (300, 166, "1"), (320, 166, "39,49"), (400, 166, "19%"),
    (440, 166, "46,99"), (520, 166, "46,99"),
    (44, 176, "ASIN: B0BZA3QOBU"),
    (44, 192, "USB-C Ladegerät 65W GaN"), (300, 192, "2"), (320, 192, "31,89"), (400, 192, "19%"),
    (440, 192, "37,95"), (520, 192, "75,90"),
    (44, 202, "ASIN: B0EFTDP2ZT"),
    (44, 218, "Versandkosten"), (320, 218, "2,51"), (400, 218, "19%"), (445, 218, "2,99"), (525, 218, "2,99"),
    (44, 236, "Gesamtpreis (ohne USt.)"), (505, 236, "104,33 EUR"),
    (300, 252, "USt. gesamt"), (510, 252, "21,55 EUR"),
    (300, 268, "Gesamtpreis"), (505, 268, "125,88 EUR"),
]


def test_a_whole_quantity_further_left_times_the_gross_unit_price_is_the_amount(patterns):
    values, _ = extracted(MARKETPLACE_INVOICE, patterns)
    assert _items(values)[:2] == [("Gusseisenpfanne 26 cm", 1, 46.99, 46.99), ("USB-C Ladegerät 65W GaN", 2, 37.95, 75.90)]


def test_a_line_without_a_quantity_is_an_item_when_the_table_then_adds_up_to_a_printed_total(patterns):
    values, _ = extracted(MARKETPLACE_INVOICE, patterns)
    assert _items(values)[2:] == [("Versandkosten", None, None, 2.99)]


def test_a_line_without_a_quantity_is_no_item_when_no_printed_amount_is_the_sum(patterns):
    items = [(505, 268, "128,87 EUR") if item[:3] == (505, 268, "125,88 EUR") else item for item in MARKETPLACE_INVOICE]
    values, _ = extracted(items, patterns)
    assert [row[0] for row in _items(values)] == ["Gusseisenpfanne 26 cm", "USB-C Ladegerät 65W GaN"]


# A ride receipt: fare components named like other fields ("Base fare", "Tip") over the total.
RIDE_RECEIPT = [
    (68, 48, "Hopr", 14), (460, 46, "06-07-2024"),
    (68, 110, "Thanks for riding, Noah"),
    (70, 158, "Base fare"), (480, 158, "EUR 3,00"),
    (70, 176, "Distance (21 km)"), (476, 176, "EUR 36,75"),
    (70, 194, "Time (42 min)"), (480, 194, "EUR 9,62"),
    (70, 212, "Booking fee"), (480, 212, "EUR 1,25"),
    (70, 230, "Tip"), (480, 230, "EUR 1,00"),
    (70, 250, "Total"), (474, 250, "EUR 51,62"),
    (68, 266, "Includes VAT EUR 4,86 (tip not subject to VAT)"),
]


def test_fare_components_named_like_other_fields_are_items_when_only_with_them_the_total_adds_up(patterns):
    values, _ = extracted(RIDE_RECEIPT, patterns)
    assert item_pairs(values) == [("Base fare", 3.00), ("Distance (21 km)", 36.75), ("Time (42 min)", 9.62),
                                  ("Booking fee", 1.25), ("Tip", 1.00)]
