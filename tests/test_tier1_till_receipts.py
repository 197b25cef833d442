"""Tier 1 on till receipts' ways of printing their header and their totals (session 12): a company
named after its web address, a store number before the name, "amount paid including tax" as the
total, and a net amount printed after the tax lines. Each drawing is a small receipt of the kind,
written for the test; the values are what it prints."""

from __future__ import annotations

import pytest

from engine.pattern_files import load_patterns
from tests.drawn_documents import extracted


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


DIRECT_SELLER_INVOICE = [
    (40, 40, "SHOPWELL.COM SDN BHD (509213A)"),
    (40, 52, "2ND FLOOR, WISMA SHOPWELL, JALAN RAJA CHULAN,"),
    (40, 64, "50200 KUALA LUMPUR, MALAYSIA."),
    (40, 76, "TEL :603-2030 1000"),
    (40, 88, "EMAIL: INFO@SHOPWELL.COM.MY"),
    (40, 100, "GST REGISTRATION NO : 000212623360"),
    (40, 112, "TAX INVOICE"),
    (40, 124, "INV NO/DATE:15403-119386(29/07/2016)"),
    (40, 136, "MTD EV AT G091 : 2.10"),
    (40, 160, "BATHROOM CLEANER"), (200, 160, "1"), (260, 160, "26.70"),
    (40, 172, "FLOOR CLEANER"), (200, 172, "2"), (260, 172, "51.60"),
    (40, 196, "AMT PAID INCL. GST : RM78.30"),
    (40, 208, "AMT PAID EXCL. GST :RM 73.87"),
    (40, 220, "GST AMT : RM4.43"),
    (40, 232, "PAID BY : CC*7186:RM78.30"),
    (40, 244, "TOTAL EV :2.10"),
]


def test_a_company_named_after_its_web_address_is_the_vendor(patterns):
    values, _ = extracted(DIRECT_SELLER_INVOICE, patterns)
    # ".COM" followed by a company form is a name; the e-mail line below it stays no party line.
    assert values["vendor_information.vendor_name"] == "SHOPWELL.COM SDN BHD"
    assert values["vendor_information.address"] == \
        "2ND FLOOR, WISMA SHOPWELL, JALAN RAJA CHULAN, 50200 KUALA LUMPUR, MALAYSIA."


def test_amount_paid_including_tax_is_the_total_and_excluding_it_the_net(patterns):
    values, _ = extracted(DIRECT_SELLER_INVOICE, patterns)
    # Not the member's "TOTAL EV :2.10": what was paid including GST.
    assert values["financial_data.total_amount"] == 78.30
    assert values["financial_data.net_amount"] == 73.87
    assert values["financial_data.tax_amount"] == 4.43


STORE_NUMBER_RECEIPT = [
    (40, 40, "#000002 KAMI SUPPLY (M) SDN BHD"),
    (40, 52, "COMPANY NO(814198-X)"),
    (40, 64, "LOT 12, JALAN PJS 8/2,"),
    (40, 76, "46150 PETALING JAYA, SELANGOR"),
    (40, 88, "GST ID : 001389649920"),
    (40, 112, "20/03/2018 7:07PM RCPT NO.18252"),
    (40, 136, "PLASTIC SPOONS 8PCS"), (220, 136, "17.70"),
    (40, 148, "PLASTIC FORKS 8PCS"), (220, 148, "17.70"),
    (40, 172, "TOTAL"), (220, 172, "RM35.40"),
    (40, 184, "CASH"), (220, 184, "50.00"),
    (40, 196, "CHANGE"), (220, 196, "14.60"),
]


def test_a_store_number_before_the_name_is_not_part_of_it(patterns):
    values, _ = extracted(STORE_NUMBER_RECEIPT, patterns)
    assert values["vendor_information.vendor_name"] == "KAMI SUPPLY (M) SDN BHD"
    assert values["financial_data.total_amount"] == 35.40


RESTAURANT_BILL = [
    (40, 40, "LOTUS VEGETARIAN RESTAURANT SDN BHD"),
    (40, 52, "(1095514-X)"),
    (40, 64, "54, JALAN SS23/11, TAMAN SEA,"),
    (40, 76, "47400 PETALING JAYA, SELANGOR"),
    (40, 100, "DATE : 06/01/18 12:17:26 PM"),
    (40, 124, "CURRY MIXED VEGE"), (200, 124, "1"), (260, 124, "16.85"),
    (40, 136, "SPRING ROLL"), (200, 136, "1"), (260, 136, "12.72"),
    (40, 148, "PLAIN RICE"), (200, 148, "2"), (260, 148, "18.23"),
    (40, 172, "GROSS AMT :"), (260, 172, "47.80"),
    (40, 184, "SVR TAX :"), (260, 184, "2.87"),
    (40, 196, "GST (6%) :"), (260, 196, "2.86"),
    (40, 208, "NET AMT :"), (260, 208, "53.55"),
    (40, 232, "THANK YOU"),
]


def test_a_net_amount_printed_after_the_taxes_is_the_total(patterns):
    values, _ = extracted(RESTAURANT_BILL, patterns)
    # Nothing says "total"; the net amount under the service tax and the GST is what the bill comes to
    # (a net before tax would be printed above the tax it is taxed by).
    assert values["financial_data.total_amount"] == 53.55
    assert values.get("financial_data.net_amount") != 53.55


NET_BEFORE_TAX_INVOICE = [
    (40, 40, "Harbour Print Works Ltd"),
    (40, 52, "12 Dock Road, Bristol BS1 4XY"),
    (40, 88, "Invoice No: HP-2291"), (40, 100, "Date: 04/03/2024"),
    (40, 136, "Business cards"), (300, 136, "120.00"),
    (220, 172, "Net amount"), (300, 172, "120.00"),
    (220, 184, "VAT 20%"), (300, 184, "24.00"),
]


def test_a_net_amount_above_the_tax_stays_the_net(patterns):
    values, _ = extracted(NET_BEFORE_TAX_INVOICE, patterns)
    assert values.get("financial_data.total_amount") != 120.00
    assert values["financial_data.net_amount"] == 120.00


CREDIT_NOTE_IN_WHOLE_SHILLINGS = [
    (40, 40, "Kampala Office Supplies Ltd"), (40, 52, "Plot 14, Jinja Road, Kampala"),
    (380, 40, "CREDIT NOTE"), (380, 52, "Credit Note No: CN-2291"), (380, 64, "Date: 04/03/2024"),
    (40, 120, "Returned printer toner"), (450, 120, "-2,728,000"),
    (330, 150, "Sub Total"), (450, 150, "-2,728,000"),
    (330, 162, "VAT (18%)"), (450, 162, "-491,040"),
    (330, 174, "Total"), (450, 174, "-UGX 3,219,040"),
]


def test_a_whole_number_tax_of_a_credit_note_is_kept(patterns):
    # Negative amounts: the tax is smaller than the total in size, though greater as a number.
    values, document_type = extracted(CREDIT_NOTE_IN_WHOLE_SHILLINGS, patterns)
    assert document_type == "credit_note"
    assert values["financial_data.tax_amount"] == -491040.0
    assert values["financial_data.total_amount"] == -3219040.0
