"""Tier 1 on party blocks the sixth hold-out batch showed wrong: a logo's monogram that spells a party
label ("AN" over Al Noor's letterhead), a label repeated on every row of a list ("Receiver:" under each
shipment of a carrier's invoice), the Gulf's tax registration number ("TRN"), a Nigerian company's
registration number ("RC 989478") over its address, an "Industrial Layout", and a masked card number
under the letterhead. Small PDFs drawn the way such documents are, checked for exact values."""

from __future__ import annotations

import pytest
from drawn_documents import allocation_pairs, extracted

from engine.parties import _is_stop
from engine.pattern_files import load_patterns


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def _party(values: dict[str, object], role: str) -> tuple[object, object]:
    name_key = "vendor_name" if role == "vendor" else "customer_name"
    return values.get(f"{role}_information.{name_key}"), values.get(f"{role}_information.address")


GULF_INVOICE = [
    (47, 52, "AN", 15), (450, 50, "TAX INVOICE", 15),
    (39, 74, "Al Noor Technical Services LLC"), (39, 86, "P.O. Box 13433, Ras Al Khaimah", 7),
    (39, 95, "United Arab Emirates", 7), (39, 104, "TRN 100805811837683", 7),
    (39, 126, "Bill To"), (300, 126, "Invoice#"), (385, 126, "TI/2024/907"),
    (39, 138, "Bin Hamoodah IT Solutions FZ-LLC"), (300, 138, "Invoice Date"), (385, 138, "20 Jul 2024"),
    (39, 150, "Suite 316, Gold Crest Executive"), (39, 162, "P.O. Box 21878, Dubai, U.A.E."),
    (39, 200, "Description"), (400, 200, "Amount"),
    (39, 214, "Split AC unit 2.0 ton"), (400, 214, "1,000.00"),
    (300, 240, "Sub Total"), (400, 240, "1,000.00"), (300, 252, "VAT (5%)"), (400, 252, "50.00"),
    (300, 264, "Total (AED)"), (400, 264, "AED 1,050.00"),
]


def test_a_monogram_set_like_the_title_is_no_party_label(patterns):
    """"AN" in the logo is not the German "An" (to): the letterhead under it is the vendor's, and the
    block under "Bill To" the customer's."""
    values, _ = extracted(GULF_INVOICE, patterns)
    assert _party(values, "vendor") == ("Al Noor Technical Services LLC",
                                        "P.O. Box 13433, Ras Al Khaimah, United Arab Emirates")
    assert _party(values, "customer") == ("Bin Hamoodah IT Solutions FZ-LLC",
                                          "Suite 316, Gold Crest Executive, P.O. Box 21878, Dubai, U.A.E.")
    assert values.get("vendor_information.tax_id") == "100805811837683"


def test_the_german_an_label_in_body_type_still_names_the_addressee(patterns):
    items = [(39, 40, "Nordlicht Software GmbH", 12), (39, 54, "Hafenstraße 12, 20457 Hamburg"),
             (39, 90, "An:"), (39, 102, "Baltic Shipping AG"), (39, 114, "Kaistraße 7"), (39, 126, "24103 Kiel"),
             (350, 90, "Rechnung Nr."), (430, 90, "RE-2024-118"), (350, 102, "Datum"), (430, 102, "05.03.2024"),
             (300, 200, "Gesamtbetrag"), (430, 200, "1.190,00 EUR")]
    values, _ = extracted(items, patterns)
    assert _party(values, "customer") == ("Baltic Shipping AG", "Kaistraße 7, 24103 Kiel")


@pytest.mark.parametrize(("line", "tax_id"), [
    ("TRN 100805811837683", "100805811837683"),
    ("VAT Reg. No. (TRN) 100179237853172 · Trade Licence No. 444510", "100179237853172"),
    ("Tax Registration Number: 100439208411701", "100439208411701"),
])
def test_the_tax_registration_number_is_the_vendors_tax_id(patterns, line, tax_id):
    items = [(39, 40, "Blue Coast Facilities Management FZE", 12), (39, 54, "P.O. Box 5871, Ajman, U.A.E."),
             (39, 66, line), (39, 100, "Customer"), (39, 112, "Falcon Crest Trading LLC"),
             (39, 124, "P.O. Box 63476, Sharjah"), (350, 100, "Invoice Number"), (450, 100, "INV-066394"),
             (300, 200, "Grand Total"), (450, 200, "AED 8,100.00")]
    values, _ = extracted(items, patterns)
    assert values.get("vendor_information.tax_id") == tax_id


def test_a_label_on_every_row_of_a_list_names_no_party(patterns):
    """A carrier's shipment lines each name their receiver: none of them is the document's vendor,
    and the charge under one is not the vendor's name."""
    items = [(37, 40, "Parcelway (UK) Limited", 12), (37, 54, "Orbital Park, Unit 4"), (37, 66, "Hounslow"),
             (37, 78, "TW4 6JS"), (350, 40, "Invoice Number"), (450, 40, "59125326"),
             (350, 52, "Invoice Date"), (450, 52, "24 Aug 2024"),
             (37, 110, "Bill to"), (37, 122, "Northwind Office Solutions plc"), (37, 134, "200 Station Road"),
             (37, 146, "Leeds"), (37, 158, "LS1 4DY"),
             (300, 190, "Total incl. VAT"), (450, 190, "£627.13")]
    y = 240
    for receiver in ("PRIYA FAIRBANKS, NEW YORK US", "CHLOE ASHFORD, PARIS FR", "JAMES HOLLOWAY, SHEFFIELD S1 2HE"):
        items += [(37, y, "18/08/2024"), (120, y, "JD01468694579853440"), (37, y + 12, f"Receiver: {receiver}"),
                  (120, y + 26, "Fuel Surcharge"), (450, y + 26, "3.73")]
        y += 50
    values, _ = extracted(items, patterns)
    assert _party(values, "vendor") == ("Parcelway (UK) Limited", "Orbital Park, Unit 4, Hounslow, TW4 6JS")
    assert _party(values, "customer") == ("Northwind Office Solutions plc", "200 Station Road, Leeds, LS1 4DY")


@pytest.mark.parametrize(("name_lines", "registration", "address", "name"), [
    (["CHUKWU TECHNOLOGIES", "LIMITED"], "RC 989478", "Plot 162, Adeola Odeku Street, Victoria Island, Lagos",
     "CHUKWU TECHNOLOGIES LIMITED"),
    (["OKONKWO OIL & GAS SERVICES", "ENTERPRISES"], "RC: 743625",
     "146 Trans-Amadi Industrial Layout, Port Harcourt, Rivers State", "OKONKWO OIL & GAS SERVICES ENTERPRISES"),
])
def test_a_company_registration_number_ends_the_name_and_stays_out_of_the_address(patterns, name_lines,
                                                                                  registration, address, name):
    items = [(45, 40 + 12 * i, line, 11) for i, line in enumerate(name_lines)]
    items += [(45, 68, registration, 7), (45, 78, address, 7), (45, 88, "Tel: +234 812 560 9730", 7),
              (400, 40, "TAX INVOICE", 14), (45, 120, "BILL TO"), (45, 132, "Greenfield Konsult Limited"),
              (45, 144, "245 Allen Avenue"), (45, 156, "Ikeja"), (350, 120, "Invoice No"), (430, 120, "SI-48689"),
              (350, 132, "Date"), (430, 132, "06-Apr-2024"), (300, 220, "Total Amount Due"), (430, 220, "₦7,637,167.93")]
    values, _ = extracted(items, patterns)
    assert _party(values, "vendor") == (name, address)


@pytest.mark.parametrize("line", ["Mastercard •••• 3819", "VISA ************1234", "Amex xxxx-xxxx-xxxx-1005"])
def test_a_masked_card_number_ends_a_block(patterns, line):
    assert _is_stop(line, patterns)


@pytest.mark.parametrize("line", ["Suite 4, 1234 Xxxx Road", "PO Box 4590, Slough, SL1 0QZ", "Unit 12, 88 Kingsway"])
def test_address_lines_are_no_masked_numbers(patterns, line):
    assert not _is_stop(line, patterns)


def test_a_masked_card_under_the_letterhead_is_not_the_vendors_address(patterns):
    items = [(40, 40, "Windrose Store", 14), (40, 60, "Order receipt", 10),
             (40, 90, "Order number"), (40, 102, "9423750630"), (40, 120, "Order date"), (40, 132, "14 October 2023"),
             (300, 90, "Billed to"), (300, 102, "Marcus Kendrick"), (300, 130, "Payment"),
             (300, 142, "Mastercard •••• 3819"),
             (40, 200, "Total charged"), (300, 200, "$19.99")]
    values, _ = extracted(items, patterns)
    assert "3819" not in str(values.get("vendor_information.address"))
    assert "3819" not in str(values.get("customer_information.address"))


# --- dates after the sale, and terms wrapped by a narrow column --------------------------------------

@pytest.mark.parametrize("deadline", ["RETURNS WITH RECEIPT BY 07/08/2023.", "Next payment: Jul 6, 2023.",
                                      "Your subscription will renew on 13 July 2023 at the then-current price."])
def test_a_deadline_after_the_sale_is_not_the_receipts_date(patterns, deadline):
    items = [(40, 40, "HOLLIS PHARMACY & HEALTH", 10), (40, 52, "1687 MAPLE LANE, SUITE 719"),
             (40, 64, "MADISON, WI 53722"), (40, 90, "CLARITIN 24HR 30CT"), (200, 90, "28.69 T"),
             (40, 102, "SUBTOTAL"), (200, 102, "28.69"), (40, 114, "SALES TAX 6%"), (200, 114, "1.72"),
             (40, 126, "TOTAL"), (200, 126, "$30.41"), (40, 150, deadline), (40, 170, "06:50 PM 06/03/2023")]
    values, _ = extracted(items, patterns)
    assert values.get("document_date") == "2023-06-03"


@pytest.mark.parametrize(("lines", "terms"), [
    (["Payable in advance on the", "quarter day"], "Payable in advance on the quarter day"),
    (["Payment due within 30 days", "of inception"], "Payment due within 30 days of inception"),
    (["Net 30 days"], "Net 30 days"),
])
def test_terms_wrapped_in_a_narrow_column_are_read_whole(patterns, lines, terms):
    items = [(40, 40, "Hartley Property Management LLP", 12), (40, 54, "417 Albion Place, Norwich, NR2 1NE"),
             (330, 90, "Demand No."), (420, 90, "472437"), (330, 102, "Date"), (420, 102, "24/11/2023"),
             (330, 114, "Terms")]
    items += [(420, 114 + 10 * i, line) for i, line in enumerate(lines)]
    items += [(330, 140, "Property"), (420, 140, "Suite 551, Pinnacle House"),
              (40, 200, "Rent"), (420, 200, "12,250.00"), (40, 214, "Amount due"), (420, 214, "£12,250.00")]
    values, _ = extracted(items, patterns)
    assert values.get("payment_terms.payment_terms") == terms


# --- a payment notice that lists the invoices paid one per line ---------------------------------------

NOTICE = [(40, 40, "CashFlowIQ", 14), (40, 52, "To: Pinnacle Hydraulics Inc · 04/06/2023"),
          (40, 60, "Payment received: $30,065.46"),
          (40, 74, "Calloway & Thornton Group LLC paid you $30,065.46 by ACH (CTX) with an effective date of 04/05/2023."),
          (40, 86, "The trace number is 737574706139681."),
          (40, 100, "The payment carried remittance detail for 3 documents:"),
          (40, 114, "•  Invoice 2023-33375 of 01/23/2023: paid 15,953.30 (invoiced 15,994.59; adjustment 41.29)"),
          (40, 126, "•  Invoice 2023-32982 of 01/27/2023: paid 8,924.58 (invoiced 8,924.58)"),
          (40, 138, "•  Invoice 2023-33306 of 02/02/2023: paid 5,187.58 (invoiced 5,187.58)"),
          (40, 152, "Total applied: $30,065.46.")]


def test_invoices_listed_one_per_line_are_allocations_of_the_amount_paid(patterns):
    values, document_type = extracted(NOTICE, patterns)
    assert document_type == "remittance_advice"
    assert allocation_pairs(values) == [("2023-33375", 15953.30), ("2023-32982", 8924.58), ("2023-33306", 5187.58)]
    assert values.get("payment_information.payment_amount") == 30065.46


def test_one_invoice_sentence_is_no_list(patterns):
    """A single "Invoice ... paid ..." line is a sentence, not a list of allocations."""
    items = NOTICE[:6] + [NOTICE[6]] + [(40, 152, "Total applied: $15,953.30.")]
    values, _ = extracted(items, patterns)
    assert [inv for inv, _ in allocation_pairs(values)] in ([], ["2023-33375"])


def test_a_notice_names_the_payee_after_to_and_the_payer_in_its_sentence(patterns):
    """On a payment platform's notice the letterhead is the platform's: the sentence "... paid you"
    names the payer (the customer), "To:" the payee (the vendor), its date after a middle dot apart."""
    values, _ = extracted(NOTICE, patterns)
    assert values.get("vendor_information.vendor_name") == "Pinnacle Hydraulics Inc"
    assert values.get("customer_information.customer_name") == "Calloway & Thornton Group LLC"


@pytest.mark.parametrize(("sentence", "payer"), [
    ("Office Solutions Cedar Inc. paid you $49,881.55 by ACH.", "Office Solutions Cedar Inc."),
    ("You received a payment from Brennan Print & Media Inc. for 2 invoices.", "Brennan Print & Media Inc."),
    ("Granite Logistics has sent you a payment of $1,200.00.", None),  # no company form: not trusted
])
def test_the_payer_sentence(patterns, sentence, payer):
    from drawn_documents import drawn_pdf

    from engine.layout import build_layout
    from engine.parties import _party_in_prose

    found = _party_in_prose(build_layout(drawn_pdf([(40, 40, sentence)])), patterns)
    assert (found[0] if found else None) == payer


# --- a brand over the page and the company that sells under it ----------------------------------------

@pytest.mark.parametrize(("brand", "small_print", "seller", "address"), [
    ("Windrose Store", "Windrose Pty Ltd, 1 Epping Road, North Ryde NSW 2113 · ABN 32 065 265 896",
     "Windrose Pty Ltd", "1 Epping Road, North Ryde NSW 2113"),
    ("Gallery Play", "Sold by Gallery Payment Corp., 1600 Meridian Parkway, Mountain View, CA 94043. The developer "
     "of each app is shown beside it.", "Gallery Payment Corp.", "1600 Meridian Parkway, Mountain View, CA 94043"),
])
def test_the_seller_in_the_small_print_is_the_vendor_under_a_brand(patterns, brand, small_print, seller, address):
    items = [(40, 40, brand, 14), (40, 60, "Order receipt", 10), (40, 90, "Order number"), (40, 102, "9423750630"),
             (40, 120, "Order date"), (40, 132, "14 October 2023"), (40, 170, "Game Pass Ultimate"), (300, 170, "$19.99"),
             (40, 200, "Total charged"), (300, 200, "$19.99"), (40, 240, small_print, 7)]
    values, _ = extracted(items, patterns)
    assert _party(values, "vendor") == (seller, address)


def test_a_company_name_at_the_top_stays_the_vendor_over_the_small_print(patterns):
    items = [(40, 40, "Harbour Books Ltd", 14), (40, 56, "12 Quay Street, Exeter EX2 8PQ"),
             (40, 90, "Invoice No"), (120, 90, "HB-1042"), (40, 200, "Total"), (300, 200, "£19.99"),
             (40, 240, "Printed by Quayside Print Ltd, 4 Mill Lane, Exeter EX1 1AA", 7)]
    values, _ = extracted(items, patterns)
    assert _party(values, "vendor") == ("Harbour Books Ltd", "12 Quay Street, Exeter EX2 8PQ")


def test_a_party_on_one_line_after_its_label_is_split_into_name_and_address(patterns):
    items = [(40, 40, "Harbour Books Ltd", 14), (40, 56, "12 Quay Street, Exeter EX2 8PQ"),
             (40, 90, "Invoice No"), (120, 90, "HB-1042"),
             (40, 110, "Billed to: Marcus Whitfield, Unit 7, Riverside Trading Estate, York, YO1 7HH"),
             (40, 200, "Total"), (300, 200, "£19.99")]
    values, _ = extracted(items, patterns)
    assert _party(values, "customer") == ("Marcus Whitfield", "Unit 7, Riverside Trading Estate, York, YO1 7HH")
