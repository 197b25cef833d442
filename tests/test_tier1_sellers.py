"""Tier 1 on documents a platform prints for the company that sells: a marketplace's invoice names
the seller under "Sold by" / "Verkauft von", a ride receipt names the issuer in its small print.
Small PDFs drawn the way such documents are, checked for exact values."""

from __future__ import annotations

import pytest
from drawn_documents import extracted

from engine.pattern_files import load_patterns


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


MARKETPLACE_INVOICE = [
    (44, 40, "bazaario", 14), (300, 40, "Rechnungsnummer"), (420, 40, "INV-DE-8640428092-2025-2662"),
    (44, 60, "Rechnung", 12), (300, 60, "Rechnungs-/Lieferdatum 05.05.2025"),
    (44, 100, "Rechnungsadresse"), (220, 100, "Lieferadresse"), (400, 100, "Verkauft von"),
    (44, 112, "Jonas Lehmann"), (220, 112, "Anna Neumann"), (400, 112, "Nord Softwarehaus e.K."),
    (44, 123, "Gartenweg 60"), (220, 123, "Hauptstraße 130"), (400, 123, "Schillerstraße 3"),
    (44, 134, "90402 Nürnberg"), (220, 134, "10115 Berlin"), (400, 134, "80331 München"),
    (400, 150, "USt-IdNr. DE202935024"),
    (44, 400, "Dieser Marktplatz wird betrieben von Bazaario Europe S.à r.l., 5 Rue Plaetis, L-2338 Luxemburg."),
]


def test_the_seller_is_the_vendor_not_the_platform(patterns):
    values, _ = extracted(MARKETPLACE_INVOICE, patterns)
    assert values["vendor_information.vendor_name"] == "Nord Softwarehaus e.K."
    assert values["vendor_information.address"] == "Schillerstraße 3, 80331 München"
    assert values["customer_information.customer_name"] == "Jonas Lehmann"


RIDE_RECEIPT = [
    (68, 48, "Hopr", 14), (460, 46, "06-07-2024"),
    (68, 100, "Thanks for riding, Noah"),
    (68, 112, "We hope you enjoyed your ride this night."),
    (70, 158, "Base fare"), (480, 158, "EUR 3,00"),
    (70, 176, "Distance (21 km)"), (476, 176, "EUR 36,75"),
    (70, 250, "Total"), (474, 250, "EUR 39,75"),
    (68, 520, "This receipt is issued by Hopr B.V., Strawinskylaan 41, 1077 XW Amsterdam, Netherlands. VAT number",
     6.5),
    (68, 528, "NL859414218B01. Fares are collected on behalf of the driver where applicable.", 6.5),
]


def test_the_issuer_in_the_small_print_is_the_vendor(patterns):
    values, _ = extracted(RIDE_RECEIPT, patterns)
    assert values["vendor_information.vendor_name"] == "Hopr B.V."
    assert values["vendor_information.address"] == "Strawinskylaan 41, 1077 XW Amsterdam, Netherlands"


def test_a_sentence_under_the_logo_is_never_the_vendors_name(patterns):
    items = [item for item in RIDE_RECEIPT if item[1] < 500]
    values, _ = extracted(items, patterns)
    assert values.get("vendor_information.vendor_name") != "We hope you enjoyed your ride this night."


TILL_SLIP = [
    (60, 40, "BEST DENKI MALAYSIA (308282-A)", 12), (70, 54, "LOT LG 26, SUBANG PARADE"),
    (80, 64, "NO.5, JALAN SS16/1"), (75, 74, "47500 SUBANG JAYA, SELANGOR"),
    (70, 84, "GST REG. NO. 001348681728"),
    (40, 110, "STAFF: JORDAN TAN KC"), (40, 120, "SOLD BY: BD1187 MUHAMMAD SHAFIK"),
    (40, 140, "SIMPLIFIED INVOICE"),
    (40, 160, "KETTLE 1.7L"), (200, 160, "89.00"),
    (40, 180, "TOTAL"), (200, 180, "89.00"),
]


def test_sold_by_with_a_staff_code_names_the_salesperson_not_the_seller(patterns):
    values, _ = extracted(TILL_SLIP, patterns)
    assert values.get("vendor_information.vendor_name") != "BD1187 MUHAMMAD SHAFIK"
    assert values.get("vendor_information.vendor_name") == "BEST DENKI MALAYSIA"
