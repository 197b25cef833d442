"""Tier 1 on a bank's lockbox deposit report: the cheques a bank received for its client, batch by
batch, each cheque applied to one invoice or several, with a subtotal under every batch; and the
dates of a document that prints only a bare "$" and dates that read either way round."""

from __future__ import annotations

import pytest
from drawn_documents import extracted

from engine.pattern_files import load_patterns


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


HEADER = [
    (40, 40, "FIRST HARBOR BANK"), (40, 52, "LOCKBOX DEPOSIT DETAIL"),
    (40, 70, "LOCKBOX NUMBER:"), (150, 70, "448120"),
    (40, 82, "DEPOSIT DATE:"), (150, 82, "03/04/2024"),
    (40, 94, "PROCESS DATE:"), (150, 94, "03/05/2024"),
    (40, 106, "DEPOSIT ID:"), (150, 106, "DEP-448120-0304"),
    (40, 118, "DEPOSIT TOTAL:"), (150, 118, "$21,350.00"),
]
COLUMNS = [(40, "BATCH"), (80, "ITEM"), (120, "CHECK NO."), (180, "REMITTER"), (340, "INVOICE NO."),
           (420, "AMT APPLIED"), (500, "CHECK AMT")]


def _row(y, batch, item, check, remitter, invoice, applied, check_amount=None):
    cells = [(40, y, batch), (80, y, item), (120, y, check), (180, y, remitter)] if batch else []
    cells += [(340, y, invoice), (420, y, applied)]
    if check_amount:
        cells.append((500, y, check_amount))
    return cells


LOCKBOX = HEADER + [(x, 140, text) for x, text in COLUMNS] + (
    _row(154, "001", "001", "558201", "HALVERSON TOOLING INC.", "INV-7701", "4,200.00", "6,700.00")
    + _row(166, None, None, None, None, "INV-7718", "2,500.00")
    + _row(178, "001", "002", "558377", "BRAMBLE FOODS LLC", "INV-7705", "1,650.00", "1,650.00")
    + [(40, 190, "BATCH 001 TOTAL (2 ITEMS)"), (500, 190, "8,350.00")]
    + _row(202, "002", "003", "771020", "NORTHGATE SUPPLY CO.", "INV-7712", "13,000.00", "13,000.00")
    + [(40, 214, "BATCH 002 TOTAL (1 ITEMS)"), (500, 214, "13,000.00")]
    + [(40, 230, "DEPOSIT TOTAL"), (420, 230, "21,350.00"), (500, 230, "21,350.00")]
)


def test_every_invoice_of_every_batch_is_an_allocation_with_the_amount_applied(patterns):
    values, document_type = extracted(LOCKBOX, patterns)
    assert document_type == "remittance_advice"
    allocations = [(values[f"payment_information.allocations.{i}.invoice_id"],
                    values[f"payment_information.allocations.{i}.amount"]) for i in range(4)]
    assert allocations == [("INV-7701", 4200.0), ("INV-7718", 2500.0), ("INV-7705", 1650.0), ("INV-7712", 13000.0)]
    assert "payment_information.allocations.4.invoice_id" not in values  # subtotals and the deposit total are no invoice
    assert values["payment_information.payment_amount"] == 21350.0


def test_the_deposit_names_the_payment_and_bare_dollar_dates_read_month_first(patterns):
    values, _ = extracted(LOCKBOX, patterns)
    assert values["payment_information.payment_reference"] == "DEP-448120-0304"
    assert values["payment_information.payment_date"] == "2024-03-04"  # 4 March: "$" and nothing else
    assert values["document_date"] == "2024-03-05"


def test_a_dollar_that_another_country_claims_leaves_ambiguous_dates_day_first(patterns):
    invoice = [
        (40, 40, "Kowhai Joinery Ltd"), (40, 52, "12 Tory Street, Wellington 6011"), (40, 64, "GST No: 112-334-556"),
        (40, 90, "TAX INVOICE"), (40, 104, "Invoice No: KJ-2231"), (40, 116, "Date: 03/04/2024"),
        (40, 140, "Description"), (400, 140, "Amount"),
        (40, 154, "Cabinet install"), (400, 154, "$1,000.00"),
        (300, 180, "GST 15%"), (400, 180, "$150.00"),
        (300, 192, "Total"), (400, 192, "$1,150.00"),
    ]
    values, _ = extracted(invoice, patterns)
    assert values["document_date"] == "2024-04-03"
    assert values["financial_data.currency"] == "NZD"


CHEQUE_BLOCKS = [
    (40, 40, "Lakeshore National Bank"), (40, 52, "Remittance Detail Report"),
    (40, 70, "Deposit Date:"), (150, 70, "2024-02-12"), (40, 82, "Deposit Total:"), (150, 82, "$9,300.00"),
    (40, 104, "Batch 001 / Item 001   Check # 316503"), (200, 104, "Granite Facilities LLC"), (300, 104, "$1,800.00"),
    (64, 118, "Invoice"), (240, 118, "Amount Applied"),
    (64, 130, "INV60217"), (240, 130, "1,800.00"),
    (40, 148, "Batch 001 / Item 002   Check # 580151"), (200, 148, "Westbrook Software Co."), (300, 148, "$7,500.00"),
    (64, 162, "Invoice"), (240, 162, "Amount Applied"),
    (64, 174, "INV60237"), (240, 174, "5,000.00"),
    (64, 186, "INV60143"), (240, 186, "2,500.00"),
]


def test_a_cheque_line_over_its_own_table_of_invoices_is_no_invoice(patterns):
    values, _ = extracted(CHEQUE_BLOCKS, patterns)
    allocations = [(values[f"payment_information.allocations.{i}.invoice_id"],
                    values[f"payment_information.allocations.{i}.amount"]) for i in range(3)]
    assert allocations == [("INV60217", 1800.0), ("INV60237", 5000.0), ("INV60143", 2500.0)]
    assert "payment_information.allocations.3.invoice_id" not in values
    assert values["payment_information.payment_amount"] == 9300.0


def test_a_number_printed_once_per_cheque_is_no_payment_reference(patterns):
    # "Check # ..." heads every cheque block; the deposit's own id is printed once.
    blocks = CHEQUE_BLOCKS[4:6] + [(40, 93, "Deposit ID:"), (150, 93, "7051083292")] + CHEQUE_BLOCKS[6:]
    values, _ = extracted(CHEQUE_BLOCKS[:4] + blocks, patterns)
    assert values["payment_information.payment_reference"] == "7051083292"
