"""Tier 1 on mobile-money payment confirmations (session 12): the payee's own confirmation of an
M-PESA payment, and the payer's notification with the transaction's code. Each drawing is a small
document of the kind, written for the test; the values are what it prints."""

from __future__ import annotations

import pytest

from engine.pattern_files import load_patterns
from tests.drawn_documents import extracted


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


PAYEE_CONFIRMATION = [
    (60, 40, "Kiprop & Wekesa Ltd", 11), (60, 54, "Moi Avenue, Plot 453/3557"), (80, 66, "Kisumu"),
    (60, 78, "PIN: P600429750V"), (60, 90, "Tel: +254 731 529 983"),
    (60, 114, "PAYMENT CONFIRMATION"), (60, 126, "LIPA NA M-PESA"),
    (40, 150, "Trans ID"), (160, 150, "TBQEFZ18Z3"),
    (40, 162, "Account"), (160, 162, "INV-35054"),
    (40, 174, "Amount"), (160, 174, "Kshs 88,610.00"),
    (40, 186, "Paid by"), (160, 186, "Mercy Otieno"),
    (40, 198, "Date paid"), (160, 198, "11/02/2025 20:00"),
    (40, 222, "Invoice: INV-35054"),
    (40, 234, "Balance outstanding: Kshs 61,789.00"),
    (60, 258, "Thank you for your payment"),
]


def test_a_payees_confirmation_keeps_its_own_tax_id_and_transaction(patterns):
    values, document_type = extracted(PAYEE_CONFIRMATION, patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "Kiprop & Wekesa Ltd"
    # The PIN under the payee's own name is the payee's, though a remittance's letterhead is
    # usually the payer's.
    assert values["vendor_information.tax_id"] == "P600429750V"
    # The transaction's number is the payment's reference, not an invoice paid.
    assert values["payment_information.payment_reference"] == "TBQEFZ18Z3"
    assert [v for p, v in values.items() if p.startswith("invoice_ids.")] == ["INV-35054"]
    # "Account: INV-35054" names the bill paid, not the payer's account.
    assert "customer_information.customer_id" not in values
    assert values["payment_information.payment_amount"] == 88610.0


PAYER_NOTIFICATION = [
    (40, 40, "Mt. Kenya Supplies Ltd", 11), (380, 40, "PAYMENT NOTIFICATION"),
    (40, 54, "P.O. Box 33270-01000"), (40, 66, "Thika"), (380, 54, "Date: 21 March 2025"),
    (40, 100, "To:"), (40, 112, "Technologies Lake Basin Limited"), (40, 124, "P.O. Box 68827-01000"),
    (40, 136, "Thika"),
    (40, 170, "Invoice No."), (140, 170, "Invoice date"), (330, 170, "Invoice amount"), (450, 170, "Amount paid"),
    (40, 182, "INV-32510"), (140, 182, "7 February 2025"), (330, 182, "202,656.00"), (450, 182, "181,790.00"),
    (40, 194, "Total"), (450, 194, "181,790.00"),
    (40, 220, "Transaction code"), (140, 220, "TC52WXCYA8"),
    (40, 232, "Date paid"), (140, 232, "21 March 2025"),
    (40, 244, "Amount"), (140, 244, "KES 181,790.00"),
]


def test_a_transaction_code_is_the_payments_reference(patterns):
    values, document_type = extracted(PAYER_NOTIFICATION, patterns)
    assert document_type == "remittance_advice"
    assert values["payment_information.payment_reference"] == "TC52WXCYA8"
    assert values["payment_information.allocations.0.invoice_id"] == "INV-32510"
    assert values["payment_information.allocations.0.amount"] == 181790.0
