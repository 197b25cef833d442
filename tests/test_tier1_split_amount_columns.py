"""Line items among columns of figures: an amount in one of two columns by its kind (a customs
broker's outlays and fees), a figure of another kind before the amount (an insurance schedule's sum
insured). Each row's amount is the one it prints, and a table whose rows print both net and gross
keeps one amount column. Drawn the way such invoices are."""

from __future__ import annotations

import pytest
from drawn_documents import extracted, item_pairs

from engine.pattern_files import load_patterns


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


BROKER_INVOICE = [
    (41, 40, "Fairbanks Clearing Services Ltd", 12), (41, 56, "435 Park Row, Glasgow, G2 5QR"),
    (301, 40, "VAT INVOICE", 14), (301, 57, "Invoice No."), (375, 57, "CB934292"),
    (43, 254, "Code"), (120, 254, "Description"), (250, 254, "Qty x Rate"), (344, 254, "Non-taxable"),
    (448, 254, "Charges"), (514, 254, "VAT"),
    (43, 270, "D01"), (120, 270, "Duty 8516.60.4070 Cooking"), (361, 270, "4,491.87"), (519, 270, "O"),
    (120, 281, "ranges @ 6.5%"),
    (43, 297, "D02"), (120, 297, "Import VAT paid on your"), (356, 297, "27,526.13"), (519, 297, "O"),
    (120, 308, "behalf"),
    (43, 325, "F01"), (120, 325, "Customs clearance (import"), (462, 325, "91.17"), (520, 325, "S"),
    (120, 336, "entry)"),
    (43, 352, "F02"), (120, 352, "Transport to warehouse"), (457, 352, "409.32"), (520, 352, "S"),
    (217, 380, "Total disbursements"), (513, 380, "32,018.00"),
    (217, 394, "Total fees"), (526, 394, "500.49"),
    (217, 408, "VAT @ 20% on fees"), (526, 408, "100.10"),
    (217, 422, "Total amount due"), (503, 422, "32,618.59"),
]


def test_each_row_takes_its_amount_from_the_column_it_fills(patterns):
    values, _ = extracted(BROKER_INVOICE, patterns)
    assert item_pairs(values) == [("Duty 8516.60.4070 Cooking ranges @ 6.5%", 4491.87),
                                  ("Import VAT paid on your behalf", 27526.13),
                                  ("Customs clearance (import entry)", 91.17), ("Transport to warehouse", 409.32)]


NET_AND_GROSS = [
    (40, 40, "Acme Supplies Ltd", 12), (380, 40, "INVOICE", 14), (380, 60, "Invoice No."), (460, 60, "A-1001"),
    (40, 150, "Description"), (250, 150, "Qty"), (300, 150, "Price"), (380, 150, "Net"), (440, 150, "VAT"),
    (500, 150, "Gross"),
    (40, 166, "Printer paper A4"), (255, 166, "10"), (300, 166, "4.50"), (385, 166, "45.00"), (445, 166, "9.00"),
    (505, 166, "54.00"),
    (40, 180, "Toner cartridge"), (255, 180, "2"), (300, 180, "60.00"), (380, 180, "120.00"), (440, 180, "24.00"),
    (500, 180, "144.00"),
    (380, 210, "Total"), (500, 210, "198.00"),
]


def test_rows_that_print_net_and_gross_keep_the_net(patterns):
    values, _ = extracted(NET_AND_GROSS, patterns)
    assert item_pairs(values) == [("Printer paper A4", 45.00), ("Toner cartridge", 120.00)]


# An insurance premium schedule: each section prints its sum insured before its premium, and the
# premiums add up to the subtotal (a levy without a sum insured among them).
PREMIUM_SCHEDULE = [
    (47, 66, "Ironbridge Insurance Services Pty Ltd", 12), (446, 35, "TAX INVOICE", 14),
    (300, 123, "Invoice Number"), (423, 123, "DN973512"),
    (49, 271, "Section"), (305, 271, "Sum Insured / Limit"), (508, 271, "Premium"),
    (49, 287, "Public & Products Liability"), (336, 287, "3,925,000.00"), (519, 287, "770.14"),
    (49, 303, "Buildings"), (336, 303, "2,320,000.00"), (512, 303, "5,889.96"),
    (49, 319, "Fire Services Levy"), (512, 319, "1,796.61"),
    (218, 341, "Sub total"), (512, 341, "8,456.71"),
    (218, 356, "GST"), (520, 356, "845.67"),
    (218, 371, "Total Amount Due"), (497, 371, "$9,302.38"),
]


def test_a_figure_in_a_column_before_the_amount_is_not_the_item_amount(patterns):
    values, _ = extracted(PREMIUM_SCHEDULE, patterns)
    assert item_pairs(values) == [("Public & Products Liability", 770.14), ("Buildings", 5889.96),
                                  ("Fire Services Levy", 1796.61)]


def test_a_row_whose_amount_stands_in_no_column_of_the_list_breaks_it(patterns):
    items = [(420, 303, "5,889.96") if item[:3] == (512, 303, "5,889.96") else item for item in PREMIUM_SCHEDULE]
    values, _ = extracted(items, patterns)
    assert item_pairs(values) == []
