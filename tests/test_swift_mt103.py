"""A printed SWIFT MT103 read by its tags (engine/swift.py): the payment's reference, date, amount
and currency, the payer and the payee, whatever the page calls the banks around them. Drawn the
way banks print the message, annotated and raw, and checked for exact values."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from drawn_documents import drawn_pdf, extracted

from engine.layout import build_layout
from engine.pattern_files import load_patterns
from engine.swift import read_mt103


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


ANNOTATED_MT103 = [
    (40, 36, "------------------------- Instance Type and Transmission -------------------------"),
    (40, 51, "Copy sent to SWIFT"),
    (40, 87, "--------------------------- Message Header ---------------------------"),
    (40, 102, "Swift Input : FIN 103 Single Customer Credt Transfer"),
    (40, 112, "Sender : QEDJGB2XXXX"), (40, 122, "ALBION COMMERCIAL BANK PLC"),
    (40, 132, "Receiver : EGNUES2XXXX"), (40, 143, "CAJA LEVANTINA"),
    (40, 173, "Creation date : 28/02/2023"),
    (40, 188, "--------------------------- Message Text ---------------------------"),
    (42, 203, ":20:"), (106, 203, "Sender's Reference"), (121, 213, "PAY202302289755"),
    (42, 223, ":23B:"), (106, 223, "Bank Operation Code"), (121, 233, "CRED"),
    (42, 243, ":32A:"), (106, 243, "Val Dte/Curr/Interbnk Settld Amt"),
    (121, 254, "Date : 02/03/2023"), (121, 264, "Currency : EUR (EURO)"), (121, 274, "Amount : #49,775.39#"),
    (42, 284, ":33B:"), (106, 284, "Currency/Instructed Amount"),
    (121, 294, "Currency : EUR"), (121, 304, "Amount : #49,782.89#"),
    (42, 314, ":50K:"), (106, 314, "Ordering Customer-Name & Address"),
    (121, 324, "/GB10LOYD00041374075112"), (121, 335, "Cedar Analytics Ltd"), (121, 345, "418 High Street"),
    (121, 355, "Norwich NR2 1NE"),
    (42, 366, ":52A:"), (106, 366, "Ordering Institution - BIC"), (121, 376, "QEDJGB2X"),
    (42, 386, ":59:"), (106, 386, "Beneficiary Customer-Name & Addr"),
    (121, 397, "/ES8940632427604720458575"), (121, 407, "Cantabrico Informatica S.L.U."),
    (121, 417, "Avenida de la Constitucion, 82"), (121, 427, "41001 Sevilla"),
    (42, 437, ":70:"), (106, 437, "Remittance Information"),
    (121, 448, "/INV/INV70610 3509,78 INV70615"), (121, 458, "11346,39 INV70618 34926,72"),
    (42, 468, ":71A:"), (106, 468, "Details of Charges"), (121, 478, "BEN"),
    (40, 489, "--------------------------- Message Trailer ---------------------------"),
]


def test_the_payment_is_read_by_its_tags_and_the_banks_are_no_parties(patterns):
    values, document_type = extracted(ANNOTATED_MT103, patterns)
    assert document_type == "remittance_advice"
    assert values["payment_information.payment_reference"] == "PAY202302289755"
    assert values["payment_information.payment_date"] == "2023-03-02"
    assert values["vendor_information.vendor_name"] == "Cantabrico Informatica S.L.U."
    assert values["vendor_information.address"] == "Avenida de la Constitucion, 82, 41001 Sevilla"
    assert values["customer_information.customer_name"] == "Cedar Analytics Ltd"
    assert values["customer_information.address"] == "418 High Street, Norwich NR2 1NE"
    assert values["financial_data.currency"] == "EUR"


def test_the_instructed_amount_is_the_payment_before_the_beneficiarys_charges(patterns):
    values, _ = extracted(ANNOTATED_MT103, patterns)
    assert values["payment_information.payment_amount"] == 49782.89
    assert values["financial_data.total_amount"] == 49782.89
    paid = [(values[f"payment_information.allocations.{i}.invoice_id"],
             values[f"payment_information.allocations.{i}.amount"]) for i in range(3)]
    assert paid == [("INV70610", 3509.78), ("INV70615", 11346.39), ("INV70618", 34926.72)]
    assert sum(amount for _, amount in paid) == pytest.approx(49782.89)


def test_without_an_instructed_amount_the_settled_amount_is_the_payment(patterns):
    items = [item for item in ANNOTATED_MT103 if not (284 <= item[1] <= 304)]
    values, _ = extracted(items, patterns)
    assert values["payment_information.payment_amount"] == 49775.39


RAW_MT103 = [
    (40, 40, "{1:F01QEDJGB2XAXXX0000000000}{2:I103EGNUES2XXXXXN}"),
    (40, 60, ":20:PAY202302289755"), (40, 72, ":23B:CRED"), (40, 84, ":32A:230302EUR49782,89"),
    (40, 96, ":50K:/GB10LOYD00041374075112"), (40, 108, "CEDAR ANALYTICS LTD"), (40, 120, "418 HIGH STREET NORWICH"),
    (40, 132, ":59:/ES8940632427604720458575"), (40, 144, "CANTABRICO INFORMATICA S.L.U."),
    (40, 156, "41001 SEVILLA"), (40, 168, ":70:/INV/INV70610"), (40, 180, ":71A:SHA"), (40, 192, "-}"),
]


def test_a_raw_message_gives_the_same_fields():
    message = read_mt103(build_layout(drawn_pdf(RAW_MT103)))
    assert message is not None
    assert message.reference[0] == "PAY202302289755"
    assert message.value_date[0] == dt.date(2023, 3, 2)
    assert (message.currency, message.amount[0]) == ("EUR", Decimal("49782.89"))
    assert (message.payer.name, message.payer.address) == ("CEDAR ANALYTICS LTD", "418 HIGH STREET NORWICH")
    assert (message.payee.name, message.payee.address) == ("CANTABRICO INFORMATICA S.L.U.", "41001 SEVILLA")
    assert [word.text for word, _ in message.remittance] == ["INV70610"]


def test_a_page_without_the_tags_is_no_mt103():
    items = [item for item in RAW_MT103 if not item[2].startswith(":32A:")]
    assert read_mt103(build_layout(drawn_pdf(items))) is None
