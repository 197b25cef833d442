"""Tier 1 on layouts it had not seen before: hotel folios, letterheads with one contact strip, German
till receipts, Swahili invoices, bills that carry a balance forward, remittance headings set as one
run, Swiss VAT lines, and currencies known only from the issuer's country. Small PDFs drawn the way
such documents are, checked for exact values."""

from __future__ import annotations

import pymupdf
import pytest
from drawn_documents import drawn_lines, drawn_pdf, extracted, item_pairs

import engine.tiers.patterns as pattern_tier
from engine.document import load_document
from engine.language import language_doubt
from engine.layout import build_layout
from engine.locale_hint import country_currency
from engine.normalize.identifiers import parse_tax_id
from engine.pattern_files import load_patterns
from engine.tiers.patterns import extract_fields


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


_pdf = drawn_pdf
_extract = extracted
_items = item_pairs


FOLIO_HEAD = [
    (40, 40, "Harborview Suites"), (40, 52, "88 Quay Road, Portland, ME 04101"),
    (40, 90, "GUEST FOLIO"), (300, 90, "Folio No: 55120"), (300, 102, "Arrival: 03/04/2024"),
    (40, 130, "Date"), (110, 130, "Description"), (380, 130, "Charges"), (460, 130, "Credits"),
]


def _folio(rows: list[tuple[str, str, str, str]], summary: list[tuple[str, str]]):
    """Folio rows (date, description, charge, credit) under the headings, then the summary lines."""
    page = list(FOLIO_HEAD)
    y = 142
    for date, description, charge, credit in rows:
        page += [(40, y, date), (110, y, description)]
        page += [(380, y, charge)] if charge else [(460, y, credit)]
        y += 12
    for label, amount in summary:
        y += 12
        page += [(300, y, label), (460, y, amount)]
    return page


def test_a_folio_charges_column_holds_the_items_and_a_card_credit_is_none(patterns):
    # "Charges" is the amount column; the guest's card payment settles the bill, it buys nothing.
    page = _folio(
        [("03/04/24", "Room Charge", "189.00", ""), ("03/04/24", "Breakfast Buffet", "24.50", ""),
         ("03/05/24", "Visa XXXX1234", "", "-213.50")],
        [("Total Charges", "213.50")])
    values, _ = _extract(page, patterns)
    assert _items(values) == [("Room Charge", 189.0), ("Breakfast Buffet", 24.5)]
    assert values["financial_data.total_amount"] == 213.5


def test_folio_tax_postings_are_the_tax_not_items_when_the_books_balance(patterns):
    # Room and state tax rows add up to "Taxes" and the rest to the net: they are the tax, posted nightly.
    page = _folio(
        [("03/04/24", "Room Charge", "189.00", ""), ("03/04/24", "Room Tax", "17.01", ""),
         ("03/05/24", "Room Charge", "189.00", ""), ("03/05/24", "State Tax", "17.01", ""),
         ("03/05/24", "Visa XXXX1234", "", "-412.02")],
        [("Charges before tax", "378.00"), ("Taxes", "34.02"), ("Total Charges", "412.02")])
    values, _ = _extract(page, patterns)
    assert _items(values) == [("Room Charge", 189.0), ("Room Charge", 189.0)]
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (378.0, 34.02, 412.02)


def test_a_tax_row_outside_the_tax_amount_stays_an_item(patterns):
    # A city tax charged on top of the VAT-like taxes is part of the net: the sums only balance with it.
    page = _folio(
        [("03/04/24", "Room Charge", "189.00", ""), ("03/04/24", "Room Tax", "17.01", ""),
         ("03/05/24", "Room Charge", "189.00", ""), ("03/05/24", "State Tax", "17.01", ""),
         ("03/05/24", "City Tax", "6.50", ""), ("03/05/24", "Visa XXXX1234", "", "-418.52")],
        [("Charges before tax", "384.50"), ("Taxes", "34.02"), ("Total Charges", "418.52")])
    values, _ = _extract(page, patterns)
    assert ("City Tax", 6.5) in _items(values)
    assert values["financial_data.tax_amount"] == 34.02


def test_a_tax_posted_every_night_does_not_win_over_the_summary_tax(patterns, monkeypatch):
    # One label repeated on many lines is a table's posting; the summary "Taxes" is the document's tax.
    rows = []
    y = 142
    for date in ("03/04/24", "03/05/24", "03/06/24"):
        rows += [(40, y, date), (110, y, "Room Charge"), (460, y, "1,600.00"),
                 (40, y + 12, date), (110, y + 12, "Room Tax"), (460, y + 12, "16.66")]
        y += 24
    page = [
        (40, 40, "Harborview Suites"), (40, 52, "88 Quay Road, Portland, ME 04101"),
        (40, 90, "INVOICE"), (300, 90, "Invoice No: 55120"), (300, 102, "Date: 03/07/2024"),
        (40, 130, "Date"), (110, 130, "Description"), (460, 130, "Amount"), *rows,
        (300, y + 20, "Taxes"), (460, y + 20, "521.00"), (300, y + 32, "Total"), (460, y + 32, "5,321.00"),
    ]
    values, _ = _extract(page, patterns)
    assert values["financial_data.tax_amount"] == 521.0
    # Without the rule the nightly posting wins: the document does test it.
    monkeypatch.setattr(pattern_tier, "REPEATED_POSTING_LINES", 99)
    values, _ = _extract(page, patterns)
    assert values["financial_data.tax_amount"] == 16.66


LETTERHEAD_BODY = [
    (40, 160, "INVOICE", 12), (360, 160, "Invoice No: QW-4471"), (360, 172, "Date: 05/14/2024"),
    (40, 200, "Bill To:"), (40, 212, "Pinecrest Dental Group"), (40, 224, "19 Elm Court"), (40, 236, "Denver, CO 80203"),
    (40, 280, "Description"), (460, 280, "Amount"), (40, 292, "Window cleaning"), (460, 292, "640.00"),
    (360, 320, "Total"), (460, 320, "$640.00"),
]


def test_a_letterhead_contact_strip_gives_the_address_and_nothing_else(patterns):
    # The strip's first parts are the address; phone and web site after the separators are contact data.
    page = [(150, 50, "Quillwater Glass Co.", 22),
            (60, 74, "303 Lakeview Blvd \u00b7 Austin, TX 78790 \u00b7 (335) 721-3766 \u00b7 www.quillwaterglass.com", 9),
            *LETTERHEAD_BODY]
    values, _ = _extract(page, patterns)
    assert values["vendor_information.vendor_name"] == "Quillwater Glass Co."
    assert values["vendor_information.address"] == "303 Lakeview Blvd, Austin, TX 78790"


def test_a_strip_that_opens_with_contact_data_ends_the_address_above_it(patterns):
    # A phone number and a carrier's USDOT number under the address are no part of it.
    page = [(40, 50, "Redtail Freight Lines", 16), (40, 66, "4120 Depot Street"), (40, 78, "Tulsa, OK 74107"),
            (40, 90, "(442) 213-4064 \u00b7 USDOT 2565638"), *LETTERHEAD_BODY]
    values, _ = _extract(page, patterns)
    assert values["vendor_information.vendor_name"] == "Redtail Freight Lines"
    assert values["vendor_information.address"] == "4120 Depot Street, Tulsa, OK 74107"


def _till_receipt(total_word: str) -> list[tuple[float, float, str]]:
    return [
        (60, 40, "Drogeriemarkt Lindenhof"), (60, 52, "Bahnhofstr. 12, 79098 Freiburg"), (60, 80, "EUR"),
        (60, 92, "SHAMPOO 300ML"), (200, 92, "1,85 A"),
        (60, 104, "ZAHNCREME"), (200, 104, "2,49 A"),
        (60, 116, "HANDSEIFE NACHF."), (200, 116, "1,19 A"),
        (60, 128, "BABYTUECHER"), (200, 128, "10,82 A"),
        (60, 140, "KNAECKEBROT"), (70, 152, "2 x 1,04"), (200, 152, "2,08 B"),
        (60, 164, "TEE KAMILLE"), (200, 164, "3,99 B"),
        (60, 176, "APFELSAFT 1L"), (200, 176, "3,70 B"),
        # the total sits left of the items' column, as tills print it
        (60, 196, total_word), (150, 196, "26,12"),
        (60, 214, "Bar"), (150, 214, "30,00"), (60, 226, "Rückgeld"), (150, 226, "3,88"),
        (60, 250, "MwSt"), (110, 250, "Netto"), (160, 250, "MwSt"), (210, 250, "Brutto"),
        (60, 262, "A= 19%"), (110, 262, "13,74"), (160, 262, "2,61"), (210, 262, "16,35"),
        (60, 274, "B= 7%"), (110, 274, "9,13"), (160, 274, "0,64"), (210, 274, "9,77"),
        (60, 286, "Summe"), (110, 286, "22,87"), (160, 286, "3,25"), (210, 286, "26,12"),
        (60, 310, "12.03.2024 14:22"),
    ]


@pytest.mark.parametrize("total_word", ["SUMME", "Gesamt"])
def test_a_german_till_receipt_without_headings(patterns, total_word):
    # Items are lines whose amounts (tax letter after them) add up to the total; the VAT summary's
    # totals row under "Netto" and "MwSt" gives the net and the tax.
    values, document_type = _extract(_till_receipt(total_word), patterns)
    assert document_type == "receipt"
    assert _items(values) == [
        ("SHAMPOO 300ML", 1.85), ("ZAHNCREME", 2.49), ("HANDSEIFE NACHF.", 1.19), ("BABYTUECHER", 10.82),
        ("KNAECKEBROT", 2.08), ("TEE KAMILLE", 3.99), ("APFELSAFT 1L", 3.7),
    ]
    # the "2 x 1,04" line under its description is that item's quantity and price
    assert (values["line_items.4.quantity"], values["line_items.4.unit_price"]) == (2.0, 1.04)
    assert (values["financial_data.total_amount"], values["financial_data.net_amount"],
            values["financial_data.tax_amount"]) == (26.12, 22.87, 3.25)


@pytest.mark.parametrize("total_word", ["Summe", "Gesamt"])
def test_the_total_word_ends_the_till_list_in_the_items_column(patterns, total_word):
    # With the total printed in the items' own column, only the total word tells the list has ended.
    page = [(200 if (y, text) == (196, "26,12") else x, y, text) for x, y, text in _till_receipt(total_word)]
    values, _ = _extract(page, patterns)
    assert len(_items(values)) == 7
    assert sum(amount for _, amount in _items(values)) == pytest.approx(26.12)
    assert values["financial_data.total_amount"] == 26.12


@pytest.mark.parametrize("total_label", ["JUMLA KUU", "Jumla pamoja na kodi"])
def test_a_swahili_invoice(patterns, total_label):
    # "Kiasi" (also a word for quantity) is the amount: the last of two quantity columns, holding money.
    page = [
        (40, 40, "Kilimanjaro Office Supplies Ltd"), (40, 52, "Mtaa wa Samora 14, Dar es Salaam"),
        (40, 80, "ANKARA"), (300, 80, "Namba ya Ankara: KOS-2291"), (300, 92, "Tarehe: 14/02/2024"),
        (40, 120, "Maelezo"), (260, 120, "Idadi"), (330, 120, "Bei"), (420, 120, "Kiasi"),
        (40, 132, "Karatasi A4 (boksi)"), (260, 132, "4"), (330, 132, "45,000.00"), (420, 132, "180,000.00"),
        (40, 144, "Kalamu za wino"), (260, 144, "20"), (330, 144, "1,500.00"), (420, 144, "30,000.00"),
        (300, 170, "Jumla bila VAT"), (420, 170, "210,000.00"),
        (300, 182, "VAT 18%"), (420, 182, "37,800.00"),
        (300, 194, total_label), (420, 194, "247,800.00"),
    ]
    values, document_type = _extract(page, patterns)
    assert document_type == "invoice"
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (210000.0, 37800.0, 247800.0)
    assert _items(values) == [("Karatasi A4 (boksi)", 180000.0), ("Kalamu za wino", 30000.0)]
    assert (values["line_items.0.quantity"], values["line_items.0.unit_price"]) == (4.0, 45000.0)


def test_an_invoice_carrying_a_balance_forward_totals_its_own_charges(patterns):
    # "Balance due" there is the account's (this bill plus what was owed before), not the invoice's.
    page = [
        (40, 40, "Clearbrook Water Utility"), (40, 52, "500 Reservoir Rd, Fresno, CA 93701"),
        (40, 80, "INVOICE"), (320, 80, "Account No: 448120-07"), (320, 92, "Bill Date: 09/01/2024"),
        (40, 140, "Description"), (420, 140, "Amount"),
        (40, 152, "Water usage 18,400 gal"), (420, 152, "12,512.40"), (40, 164, "Sewer service"), (420, 164, "4,234.48"),
        (300, 190, "Total this bill"), (420, 190, "$16,746.88"),
        (300, 202, "Previous balance"), (420, 202, "6,810.03"),
        (300, 214, "Payment received 08/15 - thank you"), (420, 214, "-3,405.02"),
        (300, 226, "BALANCE DUE"), (420, 226, "$20,151.89"),
    ]
    values, document_type = _extract(page, patterns)
    assert document_type == "invoice"
    assert values["financial_data.total_amount"] == 16746.88


def test_a_statements_balance_due_stays_its_total(patterns):
    # A statement is about the account: the balance carried forward is part of what it totals.
    page = [
        (40, 40, "Clearbrook Paper Supply"), (40, 52, "500 Reservoir Rd, Fresno, CA 93701"),
        (40, 80, "STATEMENT OF ACCOUNT"), (320, 80, "Account No: 448120-07"), (320, 92, "Statement Date: 09/30/2024"),
        (40, 110, "To: Orchard Bakery, 77 Orchard Way, Fresno, CA 93704"),
        (40, 140, "Date"), (110, 140, "Reference"), (300, 140, "Charges"), (380, 140, "Payments"),
        (40, 152, "09/04/24"), (110, 152, "Invoice 7781"), (300, 152, "12,512.40"),
        (40, 164, "09/18/24"), (110, 164, "Invoice 7803"), (300, 164, "4,234.48"),
        (40, 176, "09/20/24"), (110, 176, "Payment - thank you"), (380, 176, "3,405.02"),
        (300, 200, "Previous balance"), (420, 200, "6,810.03"),
        (300, 212, "Total this period"), (420, 212, "$16,746.88"),
        (300, 224, "BALANCE DUE"), (420, 224, "$20,151.89"),
    ]
    values, document_type = _extract(page, patterns)
    assert document_type == "statement"
    assert values["financial_data.total_amount"] == 20151.89


def test_a_law_firms_statement_for_professional_services_is_an_invoice(patterns):
    # Law firms title their bills so; it bills fees for a matter, it does not list an account's invoices.
    page = [
        (40, 40, "Whitcombe & Varga LLP"), (40, 52, "1200 Commerce St, Suite 900, Dallas, TX 75202"),
        (150, 90, "STATEMENT FOR PROFESSIONAL SERVICES"),
        (40, 120, "Client: Brightwater Holdings Inc."), (360, 120, "Invoice No: 20240917"), (360, 132, "Date: 09/30/2024"),
        (40, 160, "Date"), (110, 160, "Services"), (360, 160, "Hours"), (460, 160, "Amount"),
        (40, 172, "09/03/24"), (110, 172, "Review of lease agreement"), (360, 172, "2.50"), (460, 172, "1,125.00"),
        (40, 184, "09/11/24"), (110, 184, "Call with opposing counsel"), (360, 184, "0.80"), (460, 184, "360.00"),
        (300, 210, "Total fees for this matter"), (460, 210, "$1,485.00"),
    ]
    values, document_type = _extract(page, patterns)
    assert document_type == "invoice"
    assert values["financial_data.total_amount"] == 1485.0


def test_remittance_headings_set_as_one_run_still_head_the_allocations(patterns):
    # Headings printed close together come out as one text run; the columns are still the table's.
    page = [
        (40, 40, "Halvorsen Marine Supply"), (40, 52, "PO Box 311, Duluth, MN 55802"),
        (40, 80, "REMITTANCE ADVICE"), (320, 80, "Payment Date: 06/12/2024"), (320, 92, "Check No: 004417"),
        (40, 110, "Pay To: Northgate Rope & Rigging Co."),
        (40, 140, "Supplier Invoice # Document No. PO Number Invoice Date Gross Amount Discount Taken Amount Paid"),
        (40, 152, "NR-30981"), (112, 152, "5501872"), (160, 152, "PO-7720"), (210, 152, "05/02/2024"),
        (262, 152, "2,150.00"), (330, 152, "43.00"), (395, 152, "2,107.00"),
        (40, 164, "NR-31044"), (112, 164, "5501901"), (160, 164, "PO-7741"), (210, 164, "05/16/2024"),
        (262, 164, "880.50"), (330, 164, "0.00"), (395, 164, "880.50"),
        (300, 190, "Total Paid"), (395, 190, "2,987.50"),
    ]
    values, document_type = _extract(page, patterns)
    assert document_type == "remittance_advice"
    allocations = [(values[f"payment_information.allocations.{i}.invoice_id"],
                    values[f"payment_information.allocations.{i}.amount"]) for i in range(2)]
    assert allocations == [("NR-30981", 2107.0), ("NR-31044", 880.5)]  # the amount paid, not the gross
    assert "payment_information.allocations.2.invoice_id" not in values


SWISS_INVOICE = [
    (40, 40, "Bergblick Druckerei AG"), (40, 52, "Seestrasse 41, 8002 Zürich"), (40, 64, "UID/MWST CHE-116.281.710 MWST"),
    (40, 100, "Rechnung"), (320, 100, "Rechnungsnummer: 2024-0318"), (320, 112, "Datum: 18.03.2024"),
    (40, 140, "Beschreibung"), (420, 140, "Betrag"), (40, 152, "Visitenkarten 500 Stk."), (420, 152, "404.00"),
    (300, 180, "Total exkl. MWST"), (420, 180, "404.00"),
    (300, 192, "MWST 8.1 % von 404.00"), (420, 192, "32.72"),
    (300, 204, "Total inkl. MWST CHF"), (420, 204, "436.72"),
]


def test_a_swiss_uid_and_vat_lines(patterns):
    # "von 404.00" after the rate is the base the rate applies to, not the tax.
    values, _ = _extract(SWISS_INVOICE, patterns)
    assert values["vendor_information.tax_id"] == "CHE-116.281.710 MWST"
    tax_id = parse_tax_id(values["vendor_information.tax_id"])
    assert (tax_id.kind, tax_id.valid) == ("ch_uid", True)
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (404.0, 32.72, 436.72)
    assert values["financial_data.currency"] == "CHF"


def test_a_swiss_uid_with_a_wrong_check_digit_is_invalid(patterns):
    tax_id = parse_tax_id("CHE-116.281.711 MWST")
    assert (tax_id.kind, tax_id.valid) == ("ch_uid", False)


def test_the_base_after_a_vat_rate_is_not_the_tax(patterns):
    page = [
        (40, 40, "Ashdown Print Ltd"), (40, 52, "14 Mill Lane, Leeds LS1 4DY"),
        (40, 100, "INVOICE"), (320, 100, "Invoice No: AP-7712"), (320, 112, "Date: 12/03/2024"),
        (40, 140, "Description"), (420, 140, "Amount"), (40, 152, "Brochure print run"), (420, 152, "875.11"),
        (300, 180, "Subtotal"), (420, 180, "875.11"),
        (300, 192, "VAT 20% on 875.11"), (420, 192, "175.02"),
        (300, 204, "Total"), (420, 204, "£1,050.13"),
    ]
    values, _ = _extract(page, patterns)
    assert values["financial_data.tax_amount"] == 175.02
    assert values["financial_data.total_amount"] == 1050.13


def test_an_irish_document_is_in_doubt_but_a_customer_called_sonrasc_is_not(patterns):
    # Words of a language the patterns do not cover say so even where no foreign letters do. (Finnish
    # was the example until session 20, Welsh until session 27, when their labels joined the lists.)
    irish = _pdf([
        (40, 40, "Sonrasc"), (40, 52, "Sráid Mhór 22, Gaillimh H91 X2F3"), (40, 64, "Uimhir shonraisc: 55120"),
        (40, 76, "Dáta: 30-04-2024"), (40, 88, "Custaiméir: Tadhg Ó Briain"),
        (40, 100, "Cur síos"), (300, 100, "Méid"), (40, 112, "Glanadh"), (300, 112, "120,00"),
        (40, 124, "Cáin 23%"), (300, 124, "27,60"), (40, 136, "Iomlán"), (300, 136, "147,60"),
    ])
    doubt = language_doubt(irish, patterns)
    assert doubt is not None and doubt.startswith("language: ")
    english = _pdf([
        (40, 40, "Ashdown Print Ltd"), (40, 52, "14 Mill Lane, Leeds LS1 4DY"), (40, 70, "INVOICE"),
        (40, 82, "Bill To: Sonrasc Lda"), (40, 94, "Invoice No: AP-7713"), (40, 106, "Due Date: 30/04/2024"),
        (40, 130, "Description"), (300, 130, "Amount"), (40, 142, "Leaflets"), (300, 142, "120.00"),
        (40, 154, "Total"), (300, 154, "120.00"),
    ])
    assert language_doubt(english, patterns) is None


def test_a_welsh_anfoneb_is_read_and_not_in_doubt(patterns):
    # Welsh joined the covered languages in session 27.
    page = [
        (40, 40, "Gwasg Teifi Cyf."), (40, 52, "89 Heol y Frenhines"), (40, 64, "Caerfyrddin SA31 1PN"),
        (40, 76, "Rhif TAW: GB 429 0508 58"), (380, 40, "ANFONEB"),
        (40, 100, "Anfoneb i"), (40, 112, "Dylunio Tegid Cyf."), (40, 124, "10 Heol Awst"), (40, 136, "Aberystwyth SY23 1QG"),
        (380, 100, "Rhif anfoneb: 24/070"), (380, 112, "Dyddiad: 28/05/2024"), (380, 124, "Dyddiad talu: 27/06/2024"),
        (40, 170, "Disgrifiad"), (300, 170, "Nifer"), (360, 170, "Pris uned"), (450, 170, "Swm"),
        (40, 182, "Argraffu taflenni A5"), (300, 182, "2"), (360, 182, "75.50"), (450, 182, "151.00"),
        (360, 210, "Is-gyfanswm"), (450, 210, "151.00"), (360, 222, "TAW @ 20%"), (450, 222, "30.20"),
        (360, 234, "Cyfanswm i'w dalu"), (450, 234, "£181.20"),
    ]
    assert language_doubt(_pdf(page), patterns) is None
    values, document_type = _extract(page, patterns)
    assert document_type == "invoice"
    assert values["invoice_ids.0"] == "24/070"
    assert values["document_date"] == "2024-05-28"
    assert values["payment_terms.due_date"] == "2024-06-27"
    assert values["financial_data.total_amount"] == 181.20
    assert values["financial_data.tax_amount"] == 30.20
    assert values["vendor_information.vendor_name"] == "Gwasg Teifi Cyf."
    assert values["customer_information.customer_name"] == "Dylunio Tegid Cyf."


def test_a_swedish_faktura_is_read_and_not_in_doubt(patterns):
    # Swedish, Norwegian and Danish joined the covered languages in session 12: labels, "-gatan"
    # street names, "30 dagar netto", "Moms 25 % på ..." (the base in the label is not the tax).
    page = [
        (40, 40, "Faktura 14418"), (380, 40, "Andersson & Nyström AB"), (380, 52, "Drottninggatan 73"),
        (380, 64, "211 20 Malmö"),
        (40, 90, "Fakturaadress"), (40, 102, "Hamnbygg AB"), (40, 114, "Järnvägsgatan 40"), (40, 126, "582 24 Linköping"),
        (40, 150, "Fakturanummer"), (130, 150, "Datum"), (220, 150, "Förfallodag"), (310, 150, "Kundnummer"),
        (40, 162, "14418"), (130, 162, "2023-11-22"), (220, 162, "2023-12-22"), (310, 162, "55716"),
        (40, 180, "Betalningsvillkor: 30 dagar netto"),
        (40, 210, "Benämning"), (300, 210, "Antal"), (450, 210, "Belopp"),
        (40, 222, "Frakt"), (300, 222, "5"), (450, 222, "1 520,00"),
        (250, 250, "Summa exkl. moms"), (450, 250, "1 520,00"),
        (250, 262, "Moms 25 % på 1 520,00"), (450, 262, "380,00"),
        (250, 274, "Summa att betala"), (450, 274, "1 900,00 SEK"),
        (40, 300, "Org.nr 556667-2753"), (40, 312, "Momsreg.nr SE556667275301"),
    ]
    assert language_doubt(_pdf(page), patterns) is None
    values, document_type = _extract(page, patterns)
    assert document_type == "invoice"
    assert values["invoice_ids.0"] == "14418"
    assert values["document_date"] == "2023-11-22"
    assert values["payment_terms.due_date"] == "2023-12-22"
    assert values["payment_terms.payment_terms"] == "30 dagar netto"
    assert values["vendor_information.vendor_name"] == "Andersson & Nyström AB"
    assert values["vendor_information.address"] == "Drottninggatan 73, 211 20 Malmö"
    assert values["vendor_information.tax_id"] == "SE556667275301"
    assert values["customer_information.customer_name"] == "Hamnbygg AB"
    assert values["customer_information.customer_id"] == "55716"
    assert values["financial_data.total_amount"] == 1900.0
    assert values["financial_data.tax_amount"] == 380.0
    assert values["financial_data.net_amount"] == 1520.0
    assert values["financial_data.currency"] == "SEK"


def test_a_polish_faktura_is_read_and_not_in_doubt(patterns):
    # Polish joined the covered languages in session 12: labels, letters, "ul." streets, "Sp. z o.o.",
    # month names in the genitive a date is written with.
    page = [
        (40, 40, "Faktura nr FV/284/08/2024"), (330, 40, "Data wystawienia: 6 sierpnia 2024"),
        (40, 80, "Sprzedawca:"), (330, 80, "Nabywca:"), (520, 80, "ORYGINAŁ/KOPIA"),
        (40, 92, "Bałtyk Transport Sp. z o.o."), (330, 92, "Poligrafia Mazowsze Sp. z o.o."),
        (40, 104, "ul. Kościuszki 43"), (330, 104, "ul. Polna 89/1"),
        (40, 116, "40-005 Katowice"), (330, 116, "80-830 Gdańsk"),
        (40, 128, "NIP: PL6524063604"), (330, 128, "NIP: PL8767509314"),
        (40, 160, "Nazwa towaru lub usługi"), (300, 160, "Ilość"), (450, 160, "Wartość netto"),
        (40, 172, "Kabel sieciowy Cat6 20 m"), (300, 172, "15"), (450, 172, "857,25"),
        (300, 200, "Razem netto"), (450, 200, "857,25"),
        (300, 212, "Razem VAT"), (450, 212, "197,17"),
        (300, 224, "Suma brutto"), (450, 224, "1 054,42"),
        (40, 250, "Termin płatności: 05.09.2024 (30 dni)"),
        (40, 262, "Do zapłaty: 1 054,42 PLN"),
    ]
    # Drawn as text lines, not with a PDF's base-14 font, which has no ł, ś or ń.
    document = drawn_lines(page)
    assert language_doubt(document, patterns) is None
    fields, document_type, _, _ = extract_fields(document, patterns)
    values = {path: field.value for path, field in fields.items()}
    assert document_type == "invoice"
    assert values["invoice_ids.0"] == "FV/284/08/2024"
    assert values["document_date"] == "2024-08-06"
    assert values["payment_terms.due_date"] == "2024-09-05"
    assert values["payment_terms.payment_terms"] == "30 dni"
    assert values["vendor_information.vendor_name"] == "Bałtyk Transport Sp. z o.o."
    assert values["vendor_information.address"] == "ul. Kościuszki 43, 40-005 Katowice"
    assert values["vendor_information.tax_id"] == "PL6524063604"
    assert values["customer_information.customer_name"] == "Poligrafia Mazowsze Sp. z o.o."
    assert values["customer_information.address"] == "ul. Polna 89/1, 80-830 Gdańsk"
    assert values["financial_data.total_amount"] == 1054.42
    assert values["financial_data.tax_amount"] == 197.17
    assert values["financial_data.net_amount"] == 857.25
    assert values["financial_data.currency"] == "PLN"


def test_a_portuguese_fatura_is_read_and_not_in_doubt(patterns):
    # Portuguese joined the covered languages in session 12: its labels, month names and letters.
    page = [
        (40, 40, "Carvalho & Pereira Lda"), (300, 40, "Fatura"), (380, 40, "FT FT01/355"),
        (40, 52, "Avenida da Liberdade, 68"), (300, 52, "Data"), (380, 52, "15 de janeiro de 2023"),
        (40, 64, "4000-322 Porto"), (300, 64, "Vencimento"), (380, 64, "14 de fevereiro de 2023"),
        (40, 76, "NIPC: 543400840"),
        (300, 100, "Exmo.(s) Sr.(s)"), (300, 112, "Martins Contabilidade S.A."), (300, 124, "Travessa do Carmo, 28"),
        (300, 136, "4700-030 Braga"), (300, 148, "NIF: 509299490"),
        (40, 180, "Descrição"), (300, 180, "Qtd."), (400, 180, "Valor"),
        (40, 192, "Serviços de contabilidade"), (300, 192, "1"), (400, 192, "1 140,70"),
        (300, 220, "Total Ilíquido"), (400, 220, "1 140,70"),
        (300, 232, "Total IVA"), (400, 232, "256,54"),
        (300, 244, "Total (EUR)"), (400, 244, "1 397,24 €"),
        (40, 270, "Condições de pagamento: 30 dias"),
    ]
    assert language_doubt(_pdf(page), patterns) is None
    values, document_type = _extract(page, patterns)
    assert document_type == "invoice"
    assert values["invoice_ids.0"] == "FT FT01/355"
    assert values["document_date"] == "2023-01-15"
    assert values["payment_terms.due_date"] == "2023-02-14"
    assert values["vendor_information.tax_id"] == "543400840"
    assert values["customer_information.customer_name"] == "Martins Contabilidade S.A."
    assert values["financial_data.total_amount"] == 1397.24
    assert values["financial_data.tax_amount"] == 256.54
    assert values["financial_data.net_amount"] == 1140.70


@pytest.mark.parametrize(("lines", "currency"), [
    (["Phone: +255 713 227 349"], "TZS"),
    (["USt-IdNr.: DE136695976"], "EUR"),
    (["Phone: +255 713 227 349", "USt-IdNr.: DE136695976"], None),  # two countries: no guess
    (["Phone: 555 0100"], None),
])
def test_the_issuers_country_gives_the_currency_when_they_agree(lines, currency):
    layout = build_layout(_pdf([(40, 40 + 12 * i, text) for i, text in enumerate(lines)]))
    assert country_currency(layout) == currency


def test_a_receipt_without_a_currency_sign_takes_its_countrys_currency(patterns):
    page = [
        (40, 40, "Mama Neema Grocery"), (40, 52, "Kariakoo Market, Dar es Salaam"), (40, 64, "Simu: +255 713 227 349"),
        (40, 90, "RECEIPT"), (40, 102, "Date: 02/05/2024"),
        (40, 120, "Sugar 2kg"), (200, 120, "6,400.00"), (40, 132, "Rice 5kg"), (200, 132, "14,500.00"),
        (40, 150, "TOTAL"), (200, 150, "20,900.00"), (40, 162, "Cash"), (200, 162, "21,000.00"),
        (40, 174, "Change"), (200, 174, "100.00"),
    ]
    values, _ = _extract(page, patterns)
    assert values["financial_data.currency"] == "TZS"
    assert values["financial_data.total_amount"] == 20900.0


def test_a_freight_bills_pro_number_is_its_invoice_id(patterns):
    # Carriers number their freight bills by the PRO (progressive) number.
    page = [
        (40, 40, "Redtail Freight Lines"), (40, 52, "4120 Depot Street, Tulsa, OK 74107"),
        (40, 80, "FREIGHT BILL"), (320, 80, "PRO NUMBER 934468333"), (320, 92, "Ship Date: 04/09/2024"),
        (40, 110, "Shipper: Mesa Tile Works"), (300, 110, "Consignee: Bayside Flooring"),
        (40, 140, "Description"), (420, 140, "Charges"),
        (40, 152, "LTL freight 12 pallets"), (420, 152, "1,240.00"), (40, 164, "Fuel surcharge"), (420, 164, "186.00"),
        (300, 190, "Total Charges"), (420, 190, "$1,426.00"),
    ]
    values, _ = _extract(page, patterns)
    assert values["invoice_ids.0"] == "934468333"
    assert "invoice_ids.1" not in values


def test_an_items_table_goes_on_after_a_section_subtotal_and_a_recap_table_adds_no_items(patterns):
    # "Total professional fees" closes the fee rows (it is their sum) and "Disbursements" opens the next
    # section of the same table; the timekeeper summary under it adds the fee rows up again.
    page = [
        (40, 40, "HALLORAN & VOSS LLP"), (40, 52, "12 Court Street, Albany, NY 12207"),
        (40, 80, "INVOICE"), (320, 80, "Invoice No. 88120"), (320, 92, "Invoice Date 03/09/2023"),
        (40, 130, "Date"), (100, 130, "Description"), (420, 130, "Hours"), (500, 130, "Amount"),
        (40, 142, "02/01/2023"), (100, 142, "Review of lease"), (420, 142, "2.0"), (500, 142, "900.00"),
        (40, 154, "02/03/2023"), (100, 154, "Draft reply letter"), (420, 154, "1.5"), (500, 154, "675.00"),
        (100, 166, "Total professional fees"), (500, 166, "1,575.00"),
        (100, 178, "Disbursements"),
        (100, 190, "Courier"), (500, 190, "40.00"),
        (100, 202, "Filing fee"), (500, 202, "85.00"),
        (100, 220, "Total this invoice"), (500, 220, "$1,700.00"),
        (40, 250, "Timekeeper Summary"),
        (40, 262, "Name"), (200, 262, "Hours"), (300, 262, "Rate"), (500, 262, "Amount"),
        (40, 274, "A. Halloran"), (200, 274, "2.0"), (300, 274, "450.00"), (500, 274, "900.00"),
        (40, 286, "B. Voss"), (200, 286, "1.5"), (300, 286, "450.00"), (500, 286, "675.00"),
    ]
    values, _ = _extract(page, patterns)
    amounts = [values[f"line_items.{i}.amount"] for i in range(10) if f"line_items.{i}.amount" in values]
    assert amounts == [900.00, 675.00, 40.00, 85.00]
    assert values["line_items.2.description"] == "Courier"
    assert values["financial_data.total_amount"] == 1700.00


def test_a_window_envelopes_return_address_is_not_the_addressee(patterns):
    # The small sender line over the recipient's block repeats the issuer; the block under it is the customer.
    page = [
        (305, 40, "Birchler Gartenbau Sàrl"), (305, 50, "Murtenstrasse 32"), (305, 60, "3011 Bern"),
        (53, 100, "Birchler Gartenbau Sàrl, Murtenstrasse 32, 3011 Bern", 6),
        (53, 112, "Imprimerie Rochat Sàrl"), (53, 124, "Rue du Lac 8"), (53, 136, "1400 Yverdon-les-Bains"),
        (305, 112, "Rechnung Nr."), (427, 112, "49205"), (305, 124, "Rechnungsdatum"), (427, 124, "12.03.2023"),
        (54, 200, "Bezeichnung"), (500, 200, "Betrag CHF"),
        (54, 212, "Gartenunterhalt"), (500, 212, "1'066.60"),
        (300, 230, "Zwischentotal"), (500, 230, "1'066.60"),
        (222, 242, "MWST 8.1 % von 1'066.60"), (500, 242, "86.39"),
        (300, 254, "Rechnungsbetrag"), (500, 254, "CHF 1'152.99"),
    ]
    values, _ = _extract(page, patterns)
    assert values["vendor_information.vendor_name"] == "Birchler Gartenbau Sàrl"
    assert values["customer_information.customer_name"] == "Imprimerie Rochat Sàrl"
    assert values["customer_information.address"] == "Rue du Lac 8, 1400 Yverdon-les-Bains"
    # The Swiss subtotal is the net, and the base after the rate, in apostrophe thousands, is not the tax.
    assert values["financial_data.net_amount"] == 1066.60
    assert values["financial_data.tax_amount"] == 86.39


def test_a_till_rolls_dashed_separators_cut_off_no_slip(patterns):
    # Dashed rules separate a till roll's sections; the cues under them (cash, change, receipt number)
    # still make it a receipt, and its weighed-goods lines name no customer.
    items = [
        (10, 20, "Marktladen Vogt"), (10, 30, "Lindenstraße 4"), (10, 40, "04109 Leipzig"),
        (10, 60, "Tomaten rispe"), (15, 70, "1,421 kg x 3,89 EUR/"), (150, 70, "5,53 B"), (15, 78, "kg"),
        (10, 88, "Butter 250g"), (150, 88, "1,95 B"),
        (100, 100, "------------"),
        (10, 112, "zu zahlen"), (80, 112, "7,48"),
        (20, 124, "----------------------------------"),
        (10, 136, "Geg. Bar"), (150, 136, "10,00"), (10, 148, "Rückgeld"), (150, 148, "2,52"),
        (10, 160, "Bon-Nr. 2122"), (100, 160, "Kasse: 3"),
    ]
    pdf = pymupdf.open()
    page = pdf.new_page(width=200, height=260)
    for x, y, text in items:
        page.insert_text((x, y), text, fontname="helv", fontsize=7)
    document = load_document(pdf.tobytes())
    fields, document_type, _, _ = extract_fields(document, patterns)
    values = {path: field.value for path, field in fields.items()}
    assert document_type == "receipt"
    assert "customer_information.customer_name" not in values
    assert values["financial_data.total_amount"] == 7.48


def test_a_party_word_in_another_fields_label_or_in_running_text_heads_no_block(patterns):
    # "CUSTOMER MOBILE:" is a field of its own, and "client" inside a narrative is no heading.
    page = [
        (40, 40, "Kilimo Supplies Ltd"), (40, 52, "P.O. Box 2715, Arusha"),
        (40, 80, "CUSTOMER MOBILE:"), (40, 92, "CUSTOMER ID TYPE:"), (200, 92, "NIL"),
        (40, 110, "Receipt No: 24352"), (40, 122, "Date: 07-02-2024"),
        (40, 150, "Meeting with"), (200, 150, "client"),
        (40, 162, "Draft correspondence to the supplier regarding the delivery schedule"),
        (300, 200, "TOTAL"), (420, 200, "9,813.00"),
    ]
    values, _ = _extract(page, patterns)
    assert "customer_information.customer_name" not in values


def test_weighed_goods_a_deposit_and_a_rate_in_the_description_are_till_items(patterns):
    # "1,421 kg x 3,89 EUR/kg" multiplies out with its unit; "Pfand 0,25 | 0,25 A" and "Vollmilch 3,5% 1L"
    # carry a figure in their description, and the last figure is the amount; the weight keeps its
    # third decimal.
    page = [
        (10, 40, "Frischmarkt Lenz"), (10, 52, "Hauptstraße 9, 04109 Leipzig"),
        (10, 80, "Vollmilch 3,5% 1L"), (150, 80, "1,01 B"),
        (10, 92, "Pfand 0,25"), (150, 92, "0,25 A"),
        (10, 104, "Tomaten rispe"), (15, 116, "1,421 kg x 3,89 EUR/kg"), (150, 116, "5,53 B"),
        (10, 128, "Leergut"), (147, 128, "-0,25 A"),
        (60, 140, "------------"),
        (10, 152, "zu zahlen"), (60, 152, "6,54"),
    ]
    values, _ = _extract(page, patterns)
    amounts = [values[f"line_items.{i}.amount"] for i in range(6) if f"line_items.{i}.amount" in values]
    assert amounts == [1.01, 0.25, 5.53, -0.25]
    assert values["line_items.2.quantity"] == 1.421
    assert values["line_items.2.unit_price"] == 3.89


@pytest.mark.parametrize(("line", "terms", "discount"), [
    ("Zahlungsbedingungen: 10 Tage netto, 2 % Skonto innert 10 Tagen", "10 Tage netto", "2 % Skonto innert 10 Tagen"),
    ("Zahlbar innerhalb von 14 Tagen ohne Abzug.", "Zahlbar innerhalb von 14 Tagen ohne Abzug", None),
    ("Payable dans les 30 jours net.", "Payable dans les 30 jours net", None),
    ("Due within 30 days of invoice date. Please quote our reference.", "Due within 30 days of invoice date", None),
])
def test_payment_terms_read_whole_and_the_discount_apart(patterns, line, terms, discount):
    page = [(40, 40, "Larch & Pine AG"), (40, 52, "Seestrasse 4, 8002 Zürich"), (40, 80, "Rechnung Nr. 4471"),
            (40, 92, "Datum 12.03.2024"), (300, 200, "Total"), (420, 200, "1'200.00"), (40, 230, line)]
    values, _ = _extract(page, patterns)
    assert values["payment_terms.payment_terms"] == terms
    assert values.get("payment_terms.discount_terms") == discount


def test_a_terms_label_with_a_date_gives_the_due_date(patterns):
    page = [(40, 40, "Holzbau Keller GmbH"), (40, 52, "Am Markt 3, 80331 München"), (40, 80, "Rechnung Nr. 2025-118"),
            (40, 92, "Rechnungsdatum: 10.02.2025"), (300, 200, "Gesamtbetrag"), (420, 200, "1.190,00 EUR"),
            (40, 230, "Zahlungsziel: 24.02.2025")]
    values, _ = _extract(page, patterns)
    assert values["payment_terms.due_date"] == "2025-02-24"
    assert "payment_terms.payment_terms" not in values


def test_a_tax_id_after_a_name_on_its_line_is_not_part_of_the_name(patterns):
    page = [
        (40, 40, "Ashdown Print Ltd"), (40, 52, "14 Mill Lane, Leeds LS1 4DY"), (380, 40, "INVOICE"),
        (380, 52, "Invoice No: AP-7713"), (380, 64, "Date: 30/04/2024"),
        (40, 100, "Bill To:"), (40, 112, "Metalurgica Sao Jorge S.A. CNPJ: 07.740.001/0001-11"),
        (40, 124, "Rodovia BR-101, Km 819, Joinville"),
        (40, 160, "Description"), (300, 160, "Amount"), (40, 172, "Leaflets"), (300, 172, "120.00"),
        (40, 190, "Total"), (300, 190, "120.00"),
    ]
    values, _ = _extract(page, patterns)
    assert values["customer_information.customer_name"] == "Metalurgica Sao Jorge S.A."


def test_ghana_levies_are_tax_and_the_net_is_before_them(patterns):
    # Ghana charges NHIL, GETFund and COVID-19 levies beside VAT: the tax is all four, the net the total
    # before any of them, not the "Sub-Total (Incl. Levies)" that VAT is charged on. A withholding
    # tax the payer deducts is no tax of the invoice.
    page = [
        (40, 40, "Adom Supplies Ltd"), (300, 40, "TAX INVOICE"), (300, 52, "Invoice No: INV-2024-0715"),
        (40, 52, "Plot 71, Spintex Road, Accra"), (300, 64, "Date: 06/10/2024"),
        (40, 100, "Description"), (300, 100, "Qty"), (360, 100, "Unit Price"), (460, 100, "Amount"),
        (40, 112, "Laptop, Core i5 8GB 512GB"), (300, 112, "2"), (360, 112, "11,207.00"), (460, 112, "22,414.00"),
        (250, 140, "Total (Excl. Levies & VAT)"), (460, 140, "GHS 22,414.00"),
        (250, 152, "NHIL (2.5%)"), (460, 152, "GHS 560.35"),
        (250, 164, "GETFund Levy (2.5%)"), (460, 164, "GHS 560.35"),
        (250, 176, "COVID-19 Levy (1%)"), (460, 176, "GHS 224.14"),
        (250, 188, "Sub-Total (Incl. Levies)"), (460, 188, "GHS 23,758.84"),
        (250, 200, "VAT (15%)"), (460, 200, "GHS 3,563.83"),
        (250, 212, "Total Amount Payable"), (460, 212, "GHS 27,322.67"),
        (250, 224, "Less: Withholding Tax 7.5%"), (460, 224, "(GHS 1,681.05)"),
    ]
    values, _ = _extract(page, patterns)
    assert values["financial_data.net_amount"] == 22414.00
    assert values["financial_data.tax_amount"] == 4908.67
    assert values["financial_data.total_amount"] == 27322.67
    assert values["financial_data.currency"] == "GHS"


def test_a_debit_note_is_numbered_and_dated_by_its_header_not_by_the_invoice_it_cites(patterns):
    # The letter's sentences name the invoice the debit note corrects, with its number and date.
    page = [
        (40, 40, "Delgado Design Studio LLC"), (330, 40, "DEBIT NOTE"),
        (300, 56, "Debit Note No."), (430, 56, "D84615"),
        (40, 56, "4726 Oak Avenue"), (300, 68, "Date"), (430, 68, "February 3, 2025"),
        (40, 68, "Portland, OR 97263"),
        (40, 110, "Re: Invoice No. RE2433725 dated December 18, 2024"),
        (40, 122, "Quantities shipped exceed the quantities billed on invoice RE2433725. We have debited your account."),
        (40, 150, "Description"), (300, 150, "Qty"), (360, 150, "Unit price"), (460, 150, "Amount"),
        (40, 162, "Shredder bags (pack of 50)"), (300, 162, "13"), (360, 162, "93.91"), (460, 162, "1,220.83"),
        (360, 190, "Total Due"), (460, 190, "$1,220.83"),
    ]
    values, _ = _extract(page, patterns)
    assert values["invoice_ids.0"] == "D84615"
    assert values["document_date"] == "2025-02-03"
    assert values["financial_data.total_amount"] == 1220.83


def test_a_bilingual_label_hands_its_value_on_past_its_translation(patterns):
    # "Terms 付款條件  Monthly": the Chinese half repeats the label; a monthly account is terms.
    page = [
        (40, 40, "Kwong Sang Cleaning Services Limited"), (300, 40, "MONTHLY INVOICE"),
        (40, 52, "Flat A, 26/F, Wah Lok Industrial Centre, Shatin, Hong Kong"),
        (300, 70, "Invoice No."), (420, 70, "M2308-1968"),
        (300, 82, "Terms 付款條件"), (420, 82, "Monthly"),
        (300, 110, "Total"), (420, 110, "4,671.00"),
    ]
    fields, _, _, _ = extract_fields(drawn_lines(page), patterns)
    values = {path: field.value for path, field in fields.items()}
    assert values["payment_terms.payment_terms"] == "Monthly"
    # No currency printed: the address's territory names it.
    assert values["financial_data.currency"] == "HKD"


def test_a_polish_vat_summary_under_the_items_gives_net_and_tax(patterns):
    # Polish item headings ("Nazwa towaru lub usługi | Ilość | Cena netto | Wartość netto"), a row's
    # description wrapped onto a second line, then the VAT summary: one "W tym" row per rate ("of
    # which") and its "Razem" (total) row, whose figures are the net and the tax.
    page = [
        (40, 40, "Faktura nr FV/112/05/2023"), (330, 40, "Data wystawienia: 28.05.2023"),
        (40, 70, "Sprzedawca:"), (330, 70, "Nabywca:"),
        (40, 82, "Hotel Mazury Sp. z o.o."), (330, 82, "Biuro Podróży Wisła S.A."),
        (40, 94, "ul. Jeziorna 5"), (330, 94, "ul. Polna 12"),
        (40, 106, "11-500 Giżycko"), (330, 106, "00-625 Warszawa"),
        (40, 140, "Lp."), (60, 140, "Nazwa towaru lub usługi"), (250, 140, "Ilość"), (300, 140, "Cena netto"),
        (380, 140, "Wartość netto"), (460, 140, "Stawka VAT"),
        (40, 152, "1"), (60, 152, "Sala konferencyjna"), (250, 152, "1"), (300, 152, "581,00"), (380, 152, "581,00"),
        (460, 152, "23%"),
        (40, 164, "2"), (60, 164, "Nocleg ze śniadaniem"), (250, 164, "1"), (300, 164, "298,00"), (380, 164, "298,00"),
        (460, 164, "8%"),
        (60, 176, "dla dwóch osób"),
        (100, 200, "Wartość netto"), (180, 200, "Stawka VAT"), (250, 200, "Kwota VAT"), (320, 200, "Wartość brutto"),
        (40, 212, "W tym"), (100, 212, "581,00"), (180, 212, "23%"), (250, 212, "133,63"), (320, 212, "714,63"),
        (100, 224, "298,00"), (180, 224, "8%"), (250, 224, "23,84"), (320, 224, "321,84"),
        (40, 236, "Razem"), (100, 236, "879,00"), (250, 236, "157,47"), (320, 236, "1 036,47"),
        (40, 260, "Do zapłaty: 1 036,47 PLN"),
    ]
    values, _, _, _ = extract_fields(drawn_lines(page), patterns)
    values = {path: field.value for path, field in values.items()}
    assert values["financial_data.net_amount"] == 879.00
    assert values["financial_data.tax_amount"] == 157.47
    assert values["financial_data.total_amount"] == 1036.47
    assert [(values[f"line_items.{i}.description"], values[f"line_items.{i}.amount"]) for i in range(2)] == [
        ("Sala konferencyjna", 581.00), ("Nocleg ze śniadaniem dla dwóch osób", 298.00)]
    assert "line_items.2.amount" not in values  # the summary's headings end the items


def test_a_norwegian_organisation_number_keeps_its_vat_suffix(patterns):
    # "MVA" after the organisation number says the business is registered for VAT; it is part of
    # the number as printed, though "MVA" is a label of its own elsewhere ("MVA 25 %").
    page = [
        (40, 40, "Fjordbygg AS"), (330, 40, "FAKTURA"), (330, 52, "Fakturanummer: 20417"),
        (40, 52, "Industriveien 82"), (330, 64, "Fakturadato: 03.04.2024"),
        (40, 64, "5003 Bergen"),
        (40, 76, "Org.nr. 866 254 303 MVA"),
        (300, 120, "Sum eks. mva"), (460, 120, "10 000,00"),
        (300, 132, "MVA 25 %"), (460, 132, "2 500,00"),
        (300, 144, "Å betale"), (460, 144, "12 500,00"),
    ]
    values, _ = _extract(page, patterns)
    assert values["vendor_information.tax_id"] == "866 254 303 MVA"
    assert values["financial_data.tax_amount"] == 2500.00


def test_an_accounting_package_layout_puts_the_customer_under_the_title(patterns):
    # Xero's standard invoice: "TAX INVOICE" at the top left with the customer's unlabelled block
    # under it, the invoice's dates and number in a middle column, the issuer's block at the right.
    page = [
        (45, 55, "TAX INVOICE", 20), (216, 48, "Invoice Date"),
        (216, 60, "23 Jun 2023"),
        (45, 78, "Summit Homes plc"), (216, 74, "Invoice Number"), (386, 78, "Montague Electrical Contractors Ltd"),
        (45, 91, "237 Victoria Street"), (216, 87, "48332"), (386, 91, "Unit 4, Riverside Trading Estate"),
        (45, 104, "Sheffield"), (216, 100, "Reference"), (386, 104, "395 Kingsway"),
        (45, 117, "S1 2HE"), (386, 117, "Norwich NR2 1NE"),
        (216, 126, "VAT Number"), (216, 139, "GB 525 6290 45"),
        (45, 170, "Description"), (300, 170, "Quantity"), (380, 170, "Unit Price"), (480, 170, "Amount GBP"),
        (45, 182, "Back boxes and fixings"), (300, 182, "10"), (380, 182, "88.12"), (480, 182, "881.20"),
        (380, 210, "Total GBP"), (480, 210, "881.20"),
    ]
    values, _ = _extract(page, patterns)
    assert values["vendor_information.vendor_name"] == "Montague Electrical Contractors Ltd"
    assert values["customer_information.customer_name"] == "Summit Homes plc"
    assert values["customer_information.address"] == "237 Victoria Street, Sheffield, S1 2HE"
    assert values["invoice_ids.0"] == "48332"


def test_a_bilingual_form_block_goes_on_below_its_translated_labels(patterns):
    # Hong Kong forms print each label twice, English over Chinese: the Chinese line under the
    # customer's name interrupts nothing.
    page = [
        (120, 40, "Sun Tak Printing Company"), (60, 52, "Unit E, 13/F, Eastern Harbour Centre, Quarry Bay, Hong Kong"),
        (40, 80, "INVOICE 發票"), (330, 80, "No. 034166"),
        (40, 96, "Customer"), (110, 96, "Yat Fung Trading Limited"), (330, 96, "Date"), (400, 96, "17/06/2025"),
        (40, 108, "客戶"), (330, 108, "日期"),
        (40, 120, "Address"), (110, 120, "G/F, 130 Des Voeux Road West"),
        (40, 132, "地址"), (110, 132, "Sai Ying Pun"),
        (110, 144, "Hong Kong"),
        (40, 170, "Description 內容"), (450, 170, "Amount 金額"),
        (40, 182, "Delivery"), (450, 182, "300.00"),
        (330, 200, "Total 總額 HK$"), (450, 200, "300.00"),
    ]
    values, _, _, _ = extract_fields(drawn_lines(page), patterns)
    values = {path: field.value for path, field in values.items()}
    assert values["customer_information.customer_name"] == "Yat Fung Trading Limited"
    assert values["customer_information.address"] == "G/F, 130 Des Voeux Road West, Sai Ying Pun, Hong Kong"
