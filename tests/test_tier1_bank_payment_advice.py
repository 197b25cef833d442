"""Tier 1 on a bank's payment advice laid out as a form (field names in one column, values in a
column far to their right), with the invoices paid in running remittance text: which party is
which, where the remittance text ends, and what the reference is. Small PDFs drawn the way such
advices are, checked for exact values."""

from __future__ import annotations

import pytest
from drawn_documents import extracted

from engine.pattern_files import load_patterns


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


SEPA_ADVICE = [
    (48, 39, "Datum: 24.11.2024"),
    (48, 50, "Zahlungsavis – Nord Verpackungen AG"),
    (48, 68, "Sehr geehrte Damen und Herren,"),
    (48, 82, "wir haben heute folgende Rechnungen per SEPA-Überweisung beglichen:"),
    (52, 97, "Empfänger"), (300, 97, "Rousseau Conseil SARL – IBAN FR51 1113 6900 2344 3152"),
    (300, 108, "2097 733"),
    (52, 123, "Betrag"), (300, 123, "23.238,71 €"),
    (52, 138, "Ausführungsdatum"), (300, 138, "24.11.2024"),
    (52, 153, "End-to-End-Referenz"), (300, 153, "ZA-2024-37610"),
    (52, 168, "Verwendungszweck"), (300, 168, "RE SI016362 7470,07 RE SI016154 2452,39 RE SI016223"),
    (300, 179, "4915,80 RE SI016190 8400,45"),
    (48, 194, "Mit freundlichen Grüßen"),
    (48, 205, "Nord Verpackungen AG"), (48, 216, "Industriestraße 3"), (48, 227, "80331 München"),
    (48, 238, "IBAN DE06 6427 6306 5967 0177 98"),
]


def test_the_payee_is_the_value_right_of_its_label_in_a_form_and_ends_at_the_next_field(patterns):
    values, document_type = extracted(SEPA_ADVICE, patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "Rousseau Conseil SARL"
    assert "vendor_information.address" not in values  # "2097 733" goes on with the IBAN


def test_a_title_before_a_dash_is_not_part_of_the_payers_name(patterns):
    values, _ = extracted(SEPA_ADVICE, patterns)
    assert values["customer_information.customer_name"] == "Nord Verpackungen AG"
    assert values["customer_information.address"] == "Industriestraße 3, 80331 München"


def test_the_remittance_text_ends_where_its_value_column_ends(patterns):
    """The closing, the payer's address and its IBAN under the remittance text start in the label
    column: their figures ("80331", "6427") are no invoices paid."""
    values, _ = extracted(SEPA_ADVICE, patterns)
    allocations = [(values[f"payment_information.allocations.{i}.invoice_id"],
                    values[f"payment_information.allocations.{i}.amount"]) for i in range(4)]
    assert allocations == [("SI016362", 7470.07), ("SI016154", 2452.39), ("SI016223", 4915.80), ("SI016190", 8400.45)]
    assert "payment_information.allocations.4.invoice_id" not in values
    assert [values[f"invoice_ids.{i}"] for i in range(4)] == ["SI016362", "SI016154", "SI016223", "SI016190"]
    assert "invoice_ids.4" not in values


def test_the_end_to_end_reference_is_the_payment_reference(patterns):
    values, _ = extracted(SEPA_ADVICE, patterns)
    assert values["payment_information.payment_reference"] == "ZA-2024-37610"
    assert values["payment_information.payment_amount"] == 23238.71


# Two party headings side by side, each over its own block: the heading right of "Principal" is the
# next block's, not the principal's name.
SIDE_BY_SIDE_BLOCKS = [
    (55, 42, "MH", 14), (301, 39, "TAX INVOICE – PROGRESS CLAIM No. 6", 12),
    (45, 61, "Montague & Holloway Pty. Ltd."), (45, 75, "220 Queen Street"), (45, 84, "Sydney NSW 2000"),
    (301, 79, "Invoice No."), (425, 79, "PC06-7478"), (301, 92, "Date"), (425, 92, "08/07/2024"),
    (48, 158, "Principal"), (303, 158, "Project"),
    (48, 168, "Supply Cedar Pty. Ltd."), (303, 168, "Northgate Warehouse – Stage 1"),
    (48, 179, "Level 4, 123 King William Street"), (303, 179, "Site: BRISBANE QLD 4000"),
    (48, 190, "BRISBANE QLD 4000"),
]


def test_headings_side_by_side_over_their_blocks_are_no_form(patterns):
    values, _ = extracted(SIDE_BY_SIDE_BLOCKS, patterns)
    assert values["customer_information.customer_name"] == "Supply Cedar Pty. Ltd."
    assert values["customer_information.address"] == "Level 4, 123 King William Street, BRISBANE QLD 4000"
    assert values["vendor_information.vendor_name"] == "Montague & Holloway Pty. Ltd."


# A bank's transfer confirmation laid out as a form, the remittance text under its heading, then the
# fees in the form's columns.
TRANSFER_CONFIRMATION = [
    (51, 39, "Banque Ligerienne"), (507, 39, "14/03/2023"),
    (48, 81, "SEPA credit transfer - confirmation"),
    (52, 123, "Transaction reference"), (210, 123, "3537326933"),
    (52, 152, "Execution date"), (210, 152, "14/03/2023"),
    (52, 182, "Amount"), (210, 183, "EUR 16 198,32"),
    (48, 233, "Ordering party"), (52, 249, "Name"), (210, 249, "Lefevre Batiment SARL"),
    (52, 264, "Address"), (210, 264, "3 rue des Lilas"), (210, 274, "31000 Toulouse"),
    (48, 311, "Beneficiary"), (52, 327, "Name"), (210, 327, "Seidel Maschinenbau GmbH"),
    (48, 418, "Remittance information"),
    (48, 433, "INV 2023-2635"),
    (48, 446, "Fees debited separately"),
    (52, 459, "Transfer fee"), (210, 459, "EUR 12,00"),
]


def test_the_remittance_text_ends_at_a_heading_and_the_fees_are_not_its_amounts(patterns):
    values, _ = extracted(TRANSFER_CONFIRMATION, patterns)
    assert values["payment_information.allocations.0.invoice_id"] == "2023-2635"
    assert values["payment_information.allocations.0.amount"] == 16198.32
    assert "payment_information.allocations.1.invoice_id" not in values


# The payee's bank crediting a transfer: the amount's label means cash tendered on a till slip, and
# the remittance text lists each invoice with its amount.
INCOMING_PAYMENT = [
    (51, 40, "Caja Levantina"), (510, 40, "09/03/2025"),
    (48, 82, "Delgado Embalajes S.L."), (48, 93, "Calle Colon, 32"), (48, 104, "48001 Bilbao"),
    (48, 132, "Incoming payment"),
    (48, 152, "We have credited your account with the following incoming payment."),
    (52, 167, "Transaction reference"), (210, 167, "FT25067T74LM3"),
    (52, 182, "Value date"), (210, 182, "09/03/2025"),
    (52, 197, "Amount received"), (210, 197, "EUR 44.786,58"),
    (52, 227, "Ordering customer"), (210, 227, "Zeeland Kantoorartikelen B.V."),
    (52, 326, "Remittance information"), (210, 326, "Inv INV33904 EUR 461.34; Inv INV33906 EUR 44325.24"),
]


def test_the_payment_is_the_printed_amount_its_allocations_add_up_to(patterns):
    values, _ = extracted(INCOMING_PAYMENT, patterns)
    assert [values[f"payment_information.allocations.{i}.amount"] for i in range(2)] == [461.34, 44325.24]
    assert values["payment_information.payment_amount"] == 44786.58
    assert values["financial_data.total_amount"] == 44786.58


def test_no_printed_sum_leaves_the_payment_as_read(patterns):
    items = [(210, 197, "EUR 44.786,50") if item[:3] == (210, 197, "EUR 44.786,58") else item for item in INCOMING_PAYMENT]
    values, _ = extracted(items, patterns)
    assert values.get("payment_information.payment_amount") != 44786.58
