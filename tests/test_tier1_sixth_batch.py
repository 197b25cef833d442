"""Tier 1 on a sixth batch of layouts: South African rand amounts with space-grouped thousands, a note
beside the totals box under the items, letterheads (a postcode on a line of its own, a logo word over
the registered name, a branch number, a name repeated on a statement's payment coupon), Mexican CFDI
invoices, Belgian invoices in Dutch and French, payment reminders, and a VAT number in a footer strip.
Small PDFs drawn the way such documents are, checked for exact values."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pymupdf
import pytest
from drawn_documents import draw_items, drawn_pdf, extracted, item_pairs

from engine.document import load_document
from engine.layout import build_layout
from engine.locale_hint import dollar_currency, infer_locale
from engine.normalize.amounts import find_amounts
from engine.parties import _letterhead_blocks
from engine.pattern_files import load_patterns
from engine.tiers.patterns import extract_fields

# A font that can draw a form's check boxes ("☐"); the PDF base fonts have no such glyph.
BOX_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


_pdf = drawn_pdf
_extract = extracted
_items = item_pairs


def _vendor(values: dict[str, object]) -> tuple[object, object]:
    return values.get("vendor_information.vendor_name"), values.get("vendor_information.address")


# --- South African rand and space-grouped thousands with a decimal point -----------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("R 5 506.62", [(Decimal("5506.62"), "ZAR")]),
    ("Total R127,675.37", [(Decimal("127675.37"), "ZAR")]),
    # a lone R before a figure without cents is a letter (a row, a grade), and the rand is never written after
    ("Row R 12", [(Decimal("12"), None)]),
    ("R12", []),
    ("12.00 R", [(Decimal("12.00"), None)]),
])
def test_the_rand_sign_counts_only_before_money_with_cents(text, expected):
    assert [(match.amount.value, match.amount.currency) for match in find_amounts(text)] == expected


ZA_TOTALS = [(40, 40, "Sub Total"), (300, 40, "4 910.97"), (40, 52, "Total Inclusive"), (300, 52, "R 5 506.62"),
             (40, 64, "Date: 14/08/2023")]


def test_several_space_grouped_amounts_with_a_decimal_point_read_as_south_african():
    assert infer_locale(build_layout(_pdf(ZA_TOTALS))) == "ZA"


@pytest.mark.parametrize("page", [
    ZA_TOTALS[:2],  # one such amount is not enough to tell
    [*ZA_TOTALS, (40, 76, "Deposit"), (300, 76, "1,200.00")],  # a comma-grouped amount: the spaces part cells
])
def test_a_single_space_grouped_amount_or_a_comma_grouped_one_is_not_south_african(page):
    assert infer_locale(build_layout(_pdf(page))) is None


def test_a_south_african_tax_invoice_reads_its_space_grouped_totals_in_rand(patterns):
    # Without the ZA reading "R 5 506.62" is 5 and 506.62, and "3 600.00" in the items is 3.
    page = [
        (40, 40, "Harbour Freight Ltd", 14), (40, 56, "12 Harbour Road, Gqeberha 6001"),
        (40, 110, "TAX INVOICE", 12), (360, 110, "Invoice No: TML-20931"), (360, 122, "Date: 2023/08/14"),
        (40, 150, "Bill To:"), (40, 162, "Karoo Fresh Produce"), (40, 174, "8 Market Street, Bloemfontein"),
        (40, 210, "Description"), (300, 210, "Qty"), (360, 210, "Unit Price"), (460, 210, "Amount"),
        (40, 222, "Pallet transport"), (300, 222, "3"), (360, 222, "1 200.00"), (460, 222, "3 600.00"),
        (40, 234, "Cold storage"), (300, 234, "1"), (360, 234, "1 310.97"), (460, 234, "1 310.97"),
        (330, 262, "Sub Total"), (460, 262, "4 910.97"),
        (330, 274, "Total VAT"), (460, 274, "595.65"),
        (330, 286, "Total Inclusive"), (460, 286, "R 5 506.62"),
    ]
    values, _ = _extract(page, patterns)
    assert (values["financial_data.total_amount"], values["financial_data.net_amount"],
            values["financial_data.tax_amount"]) == (5506.62, 4910.97, 595.65)
    assert values["financial_data.currency"] == "ZAR"
    assert _items(values) == [("Pallet transport", 3600.0), ("Cold storage", 1310.97)]
    assert (values["line_items.0.quantity"], values["line_items.0.unit_price"]) == (3.0, 1200.0)


@pytest.mark.parametrize(("text", "currency"), [
    ("Total CAD", "CAD"), ("Amount due AUD", "AUD"), ("Total NZD", "NZD"),
    ("Total USD", None),  # the US dollar printed as such: "$" stays the US dollar
])
def test_the_dollars_iso_code_printed_elsewhere_names_the_dollar(text, currency):
    layout = build_layout(_pdf([(40, 40, text), (300, 40, "$1,200.00")]))
    assert dollar_currency(layout) == currency


# --- A note beside the totals box ends the items --------------------------------------------------

def test_a_note_beside_the_totals_box_ends_the_items(patterns):
    # The items run over two pages, so the rows on the last page do not add up to the subtotal: only the
    # "Subtotal" right of "Banking Details" tells the table has ended.
    headings = [(40, 150, "Description"), (300, 150, "Qty"), (360, 150, "Unit Price"), (470, 150, "Amount")]
    first = [
        (40, 40, "Karoo Joinery Works", 14), (40, 56, "3 Dorp Street"), (40, 68, "Stellenbosch 7600"),
        (40, 100, "TAX INVOICE", 12), (360, 100, "Invoice No: KJ-2024-118"), (360, 112, "Date: 12/03/2024"),
        *headings, (40, 162, "Oak flooring"), (300, 162, "2"), (360, 162, "2 500,00"), (470, 162, "5 000,00"),
    ]
    last = [
        *headings, (40, 162, "Sanding"), (300, 162, "1"), (360, 162, "1 422,00"), (470, 162, "1 422,00"),
        (40, 200, "Banking Details"), (330, 200, "Subtotal"), (470, 200, "6 422,00"),
        (40, 212, "Bank: First Harbour Bank, Account 6230 4411 8"), (330, 212, "Total VAT 15%"), (470, 212, "963,30"),
        (330, 224, "Total"), (470, 224, "7 385,30"),
    ]
    fields, _, _, _ = extract_fields(_pdf(first, last), patterns)
    values = {path: field.value for path, field in fields.items()}
    assert _items(values) == [("Oak flooring", 5000.0), ("Sanding", 1422.0)]
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (6422.0, 963.3, 7385.3)


# --- Letterheads ----------------------------------------------------------------------------------

INVOICE_BODY = [
    (40, 160, "INVOICE", 12), (360, 160, "Invoice No: QW-4471"), (360, 172, "Date: 05/14/2024"),
    (40, 200, "Bill To:"), (40, 212, "Pinecrest Dental Group"), (40, 224, "19 Elm Court"), (40, 236, "Denver, CO 80203"),
    (40, 280, "Description"), (460, 280, "Amount"), (40, 292, "Window cleaning"), (460, 292, "640.00"),
    (360, 320, "Total"), (460, 320, "$640.00"),
]


@pytest.mark.parametrize(("letterhead", "vendor"), [
    # South Africa prints the postcode on a line of its own under the town
    ([(40, 50, "Harbour Freight Ltd", 16), (40, 66, "12 Harbour Road"), (40, 78, "Gqeberha"), (40, 90, "6001")],
     ("Harbour Freight Ltd", "12 Harbour Road, Gqeberha, 6001")),
    # "Table" stops a block elsewhere (a table's heading); ending in a legal form, the line is a company
    ([(40, 50, "Table Mountain Logistics Ltd", 16), (40, 66, "12 Harbour Road"), (40, 78, "Cape Town 8001")],
     ("Table Mountain Logistics Ltd", "12 Harbour Road, Cape Town 8001")),
    # a logo word over the registered name, a Belgian legal form (société civile) ending it
    ([(40, 50, "LAMBERT", 20), (40, 66, "Lambert & Leclercq SC", 11), (40, 78, "Rue de la Loi 42"),
      (40, 90, "1040 Bruxelles")],
     ("Lambert & Leclercq SC", "Rue de la Loi 42, 1040 Bruxelles")),
    # a business and its branch number, set larger than the street under it: a name, not a till's field
    ([(40, 50, "Crescent Travel Plaza #911", 14), (40, 66, "2918 Industrial Pkwy"), (40, 78, "Amarillo, TX 79118")],
     ("Crescent Travel Plaza #911", "2918 Industrial Pkwy, Amarillo, TX 79118")),
    # an abbreviation's full stop ends a line of the address, which still takes the comma
    ([(40, 50, "Hacienda Textil S.A. de C.V.", 14), (40, 66, "Av. Constituyentes 120"), (40, 78, "Querétaro, Qro."),
      (40, 90, "C.P. 76160")],
     ("Hacienda Textil S.A. de C.V.", "Av. Constituyentes 120, Querétaro, Qro., C.P. 76160")),
])
def test_letterhead_names_and_addresses(patterns, letterhead, vendor):
    values, _ = _extract([*letterhead, *INVOICE_BODY], patterns)
    assert _vendor(values) == vendor


def test_a_bare_number_under_an_address_line_with_digits_is_not_its_postcode(patterns):
    # The town line already holds the postcode: a number under it is some registration, not the address.
    letterhead = [(40, 50, "Harbour Freight Ltd", 16), (40, 66, "12 Harbour Road"), (40, 78, "Cape Town 8001"),
                  (40, 90, "40213")]
    values, _ = _extract([*letterhead, *INVOICE_BODY], patterns)
    assert _vendor(values) == ("Harbour Freight Ltd", "12 Harbour Road, Cape Town 8001")


def _patient_statement(letterhead: list[tuple]) -> list[tuple]:
    """A clinic's statement: the payment coupon and the remittance block name the clinic at its PO box,
    in body type, above the letterhead that prints its name large over the street address."""
    return [
        (40, 40, "Riverside Pediatric Clinic"), (40, 52, "PO Box 4410"), (40, 64, "Macon, GA 31208"),
        (330, 40, "Card Number ________________"), (330, 70, "Patient Balance Due"), (480, 70, "$66.81"),
        (40, 112, "Riverside Pediatric Clinic"), (40, 124, "PO Box 4410"), (40, 136, "Macon, GA 31208"),
        (330, 100, "Account No: 77120-3"), (330, 112, "Statement Date: 05/02/2024"),
        *letterhead,
        (40, 280, "Date"), (110, 280, "Description"), (460, 280, "Amount"),
        (40, 292, "04/11/24"), (110, 292, "Office visit"), (460, 292, "145.00"),
        (40, 304, "04/20/24"), (110, 304, "Insurance payment"), (460, 304, "-78.19"),
        (330, 330, "Patient Balance Due"), (460, 330, "$66.81"),
    ]


@pytest.mark.parametrize("letterhead", [
    [(40, 190, "Riverside Pediatric Clinic", 15), (40, 208, "1200 Forsyth Street"), (40, 220, "Macon, GA 31201")],
    # the large name wraps over two lines
    [(40, 190, "Riverside Pediatric", 15), (40, 206, "Clinic", 15), (40, 222, "1200 Forsyth Street"),
     (40, 234, "Macon, GA 31201")],
])
def test_a_name_repeated_on_the_page_takes_the_address_where_it_is_set_largest(patterns, letterhead):
    values, _ = _extract(_patient_statement(letterhead), patterns)
    assert _vendor(values) == ("Riverside Pediatric Clinic", "1200 Forsyth Street, Macon, GA 31201")


CLINIC_LETTERHEAD = [(40, 100, "Riverside Pediatric Clinic", 15), (40, 118, "1200 Forsyth Street"),
                     (40, 130, "Macon, GA 31201")]


@pytest.mark.parametrize("coupon", [
    [(40, 40, "Patient Balance Due"), (200, 40, "$66.81")],
    [(40, 40, "Patient Balance Due $66.81")],
    [(40, 40, "Card Holder ________")],
])
def test_a_payment_coupons_lines_start_no_letterhead_block(patterns, coupon):
    layout = build_layout(_pdf([*coupon, *CLINIC_LETTERHEAD]))
    blocks = _letterhead_blocks(layout, patterns, set())
    assert [block[0].text for block in blocks] == ["Riverside Pediatric Clinic"]


@pytest.mark.skipif(not BOX_FONT.is_file(), reason="no font with check boxes installed")
def test_a_line_of_check_boxes_starts_no_letterhead_block(patterns):
    pdf = pymupdf.open()
    page = pdf.new_page(width=595, height=842)
    page.insert_text((40, 40), "\u2610VISA \u2610MASTERCARD \u2610DISCOVER", fontname="boxes", fontfile=str(BOX_FONT),
                     fontsize=8.5)
    draw_items(page, CLINIC_LETTERHEAD, 8.5)
    layout = build_layout(load_document(pdf.tobytes()))
    assert layout.pages[0].lines[0][0].text.startswith("\u2610")  # the boxes are in the text layer
    blocks = _letterhead_blocks(layout, patterns, set())
    assert [block[0].text for block in blocks] == ["Riverside Pediatric Clinic"]


# --- Mexican CFDI ---------------------------------------------------------------------------------

def _cfdi(currency_line: tuple) -> list[tuple]:
    return [
        (40, 40, "Hacienda Textil S.A. de C.V.", 14), (40, 56, "RFC:"), (40, 68, "HTE0903125K7"),
        (40, 80, "Av. Constituyentes 120"), (40, 92, "Querétaro, Qro."), (40, 104, "C.P. 76160"),
        (360, 40, "FACTURA", 12), (360, 56, "Serie y folio: F-65770"),
        (360, 68, "Folio fiscal: 5A7C1E02-3B4D-4F6A-9C8B-1D2E3F4A5B6C"), (360, 80, "Fecha: 2023-09-18"),
        currency_line,
        (40, 130, "Receptor"), (40, 142, "Comercializadora del Bajío S.A. de C.V."), (40, 154, "RFC: CBA110405QX2"),
        (40, 190, "Clave prod/serv"), (100, 190, "No. ident."), (150, 190, "Cant."), (180, 190, "Clave unidad"),
        (230, 190, "Unidad"), (270, 190, "Descripción"), (400, 190, "Valor unitario"), (470, 190, "Importe"),
        (530, 190, "Obj. imp."),
        (40, 202, "11162100"), (100, 202, "TX-118"), (150, 202, "150"), (180, 202, "MTR"), (230, 202, "Metro"),
        (270, 202, "Tela de algodón"), (400, 202, "$358.00"), (470, 202, "$53,700.00"), (530, 202, "02"),
        (40, 214, "11162100"), (100, 214, "TX-204"), (150, 214, "100"), (180, 214, "MTR"), (230, 214, "Metro"),
        (270, 214, "Tela de lino"), (400, 214, "$269.03"), (470, 214, "$26,903.00"), (530, 214, "02"),
        (330, 250, "Subtotal"), (470, 250, "$80,603.00"),
        (330, 262, "IVA 16% (002) Tasa 0.160000"), (470, 262, "$12,896.48"),
        (330, 274, "Total"), (470, 274, "$93,499.48"),
    ]


@pytest.mark.parametrize("currency_line", [
    (360, 92, "Moneda: MXN"),
    (360, 92, "Son: noventa y tres mil pesos 48/100 M.N."),
    (360, 92, "Método de pago: PUE"),  # only the issuer's "RFC:" says Mexico
])
def test_a_cfdi_invoice(patterns, currency_line):
    values, document_type = _extract(_cfdi(currency_line), patterns)
    assert document_type == "invoice"
    # "Serie y folio" numbers the invoice; the fiscal folio is the stamp's UUID
    assert values["invoice_ids.0"] == "F-65770"
    assert "invoice_ids.1" not in values
    assert values["vendor_information.tax_id"] == "HTE0903125K7"
    assert values["customer_information.customer_name"] == "Comercializadora del Bajío S.A. de C.V."
    assert values["financial_data.currency"] == "MXN"
    # the tax code "(002)" and the rate "Tasa 0.160000" belong to the label, the figure right of it is the tax
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (80603.0, 12896.48, 93499.48)
    # the product, unit and tax-object codes are neither the description nor figures of the row
    assert _items(values) == [("Tela de algodón", 53700.0), ("Tela de lino", 26903.0)]
    assert [(values[f"line_items.{i}.quantity"], values[f"line_items.{i}.unit_price"]) for i in range(2)] == [
        (150.0, 358.0), (100.0, 269.03)]


# --- Belgian invoices -----------------------------------------------------------------------------

def _factuur(note: str | None) -> list[tuple]:
    page = [
        (40, 40, "Drukkerij Peeters BV", 14), (40, 56, "Mechelsesteenweg 212"), (40, 68, "2018 Antwerpen"),
        (360, 40, "FACTUUR", 12), (360, 56, "Nummer 2023/654"), (360, 68, "Vervaldag: 14/12/2023"),
        (360, 80, "Factuurdatum: 14/11/2023"),
        (40, 110, "Klant:"), (40, 122, "Bakkerij Janssens"), (40, 134, "Kerkstraat 8, 2000 Antwerpen"),
        (40, 146, "Btw klant: BE 0417.497.106"),
        (40, 180, "Omschrijving"), (300, 180, "Aantal"), (360, 180, "Prijs"), (470, 180, "Bedrag"),
        (40, 192, "Folders A5"), (300, 192, "2"), (360, 192, "503,59"), (470, 192, "1.007,18"),
        (40, 204, "Boeken"), (300, 204, "1"), (360, 204, "642,60"), (470, 204, "642,60"),
        (330, 230, "Maatstaf van heffing"), (470, 230, "1.649,78"),
        (330, 242, "Btw 21 % op 1.007,18"), (470, 242, "211,51"),
        (330, 254, "Btw 6 % op 642,60"), (470, 254, "38,56"),
        (330, 266, "Totaal te betalen"), (470, 266, "1.899,85 EUR"),
        (40, 300, "Betaalbaar binnen 30 dagen na factuurdatum."),
        (40, 420, "BTW BE 1985 877 931"),
    ]
    return page + ([(40, 312, note)] if note else [])


@pytest.mark.parametrize("note", [None, "Btw 6 % volgens rubriek XXXI van tabel A bij het K.B. nr. 20"])
def test_a_dutch_belgian_invoice(patterns, note):
    # The decree's number in the note on the reduced rate is no tax line beside the ones with cents.
    values, _ = _extract(_factuur(note), patterns)
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (1649.78, 250.07, 1899.85)
    assert values["invoice_ids.0"] == "2023/654"
    assert values["payment_terms.payment_terms"] == "Betaalbaar binnen 30 dagen na factuurdatum"
    assert values["payment_terms.due_date"] == "2023-12-14"
    # the customer's VAT number comes first on the page; the vendor's, in the footer, is the vendor's
    assert values["vendor_information.tax_id"] == "BE 1985 877 931"


def test_a_french_belgian_invoice_with_a_deposit_keeps_the_invoice_total(patterns):
    page = [
        (40, 40, "Lambert & Leclercq SC", 14), (40, 56, "Rue de la Loi 42"), (40, 68, "1040 Bruxelles"),
        (360, 40, "FACTURE", 12), (360, 56, "Numéro 2023-0412"), (360, 68, "Date : 05/12/2023"),
        (40, 110, "Client :"), (40, 122, "Boulangerie Dumont"), (40, 134, "Rue Haute 8, 1000 Bruxelles"),
        (40, 180, "Description"), (470, 180, "Montant"),
        (40, 192, "Rénovation de la façade"), (470, 192, "18 116,07"),
        (330, 220, "Total HTVA"), (470, 220, "18 116,07"),
        (330, 232, "TVA 21 %"), (470, 232, "3 804,37"),
        (330, 244, "Total TVA comprise"), (470, 244, "21 920,44"),
        # the deposit was paid before: what is left to pay is not the invoice's total
        (330, 256, "Acompte reçu"), (470, 256, "-10 958,22"),
        (330, 268, "Montant à payer"), (470, 268, "10 962,22"),
        (40, 300, "Conditions de paiement : À réception de facture"),
        (40, 400, "TVA BE 0403.170.701 \u00b7 IBAN BE68 5390 0754 7034"),
    ]
    values, _ = _extract(page, patterns)
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (18116.07, 3804.37, 21920.44)
    assert values["invoice_ids.0"] == "2023-0412"
    # "facture" in the terms is the document's noun there, not a label that cuts them short
    assert values["payment_terms.payment_terms"] == "À réception de facture"
    assert values["vendor_information.tax_id"] == "BE 0403.170.701"


@pytest.mark.parametrize(("title", "invoice_id"), [
    ("FACTUUR 2023/654", "2023/654"), ("FACTURA F99101", "F99101"), ("Nummer 2023/654", "2023/654"),
])
def test_the_documents_own_noun_or_number_word_labels_its_id(patterns, title, invoice_id):
    page = [(40, 40, "Drukkerij Peeters BV", 14), (40, 56, "Mechelsesteenweg 212"), (40, 68, "2018 Antwerpen"),
            (360, 40, title, 12), (360, 56, "Date: 14/11/2023"),
            (40, 150, "Description"), (470, 150, "Amount"), (40, 162, "Consulting"), (470, 162, "1,000.00"),
            (330, 190, "Total"), (470, 190, "1,000.00")]
    values, _ = _extract(page, patterns)
    assert values["invoice_ids.0"] == invoice_id
    assert "invoice_ids.1" not in values


# --- Payment reminders ----------------------------------------------------------------------------

ENGLISH_REMINDER = [
    (40, 40, "Northgate Office Supply Ltd", 14), (40, 56, "22 Canal Street"), (40, 68, "Manchester M1 3HE"),
    (40, 100, "Payment Reminder", 12), (360, 100, "Date: Jul 14, 2023"), (360, 112, "Account No: NOS-4471"),
    (40, 150, "Our records show that the following invoices remain unpaid."),
    (40, 180, "Invoice No"), (150, 180, "Invoice Date"), (260, 180, "Due Date"), (460, 180, "Amount"),
    (40, 192, "INV-3301"), (150, 192, "May 02, 2023"), (260, 192, "Jun 01, 2023"), (460, 192, "1,240.00"),
    (40, 204, "INV-3348"), (150, 204, "May 19, 2023"), (260, 204, "Jun 18, 2023"), (460, 204, "386.50"),
    (300, 230, "Total invoices outstanding"), (460, 230, "1,626.50"),
    (300, 242, "Late payment fee"), (460, 242, "40.00"),
    (300, 254, "Amount now payable"), (460, 254, "\u00a31,666.50"),
    (40, 290, "Please arrange payment of the total amount by Jul 28, 2023."),
]
GERMAN_REMINDER = [
    (40, 40, "Holzbau Keller GmbH", 14), (40, 56, "Am Markt 3"), (40, 68, "80331 München"),
    (40, 100, "Mahnung", 12), (360, 100, "Datum: 04.11.2023"), (360, 112, "Kundennummer: 10442"),
    (40, 150, "Rechnung"), (150, 150, "Rechnungsdatum"), (260, 150, "Fällig am"), (460, 150, "Betrag"),
    (40, 162, "RE-2023-811"), (150, 162, "12.09.2023"), (260, 162, "26.09.2023"), (460, 162, "1.190,00"),
    (300, 190, "Offener Betrag"), (460, 190, "1.190,00 EUR"),
    (40, 220, "Bitte überweisen Sie den Gesamtbetrag bis zum 18.11.2023 auf unser Konto."),
]
FRENCH_REMINDER = [
    (40, 40, "Atelier Verdier SARL", 14), (40, 56, "14 rue des Tanneurs"), (40, 68, "69002 Lyon"),
    (40, 100, "Mise en demeure", 12), (360, 100, "Date : 05/12/2023"),
    (40, 150, "Facture"), (150, 150, "Date"), (260, 150, "Échéance"), (460, 150, "Montant"),
    (40, 162, "F-2023-118"), (150, 162, "12/09/2023"), (260, 162, "12/10/2023"), (460, 162, "2 350,00"),
    (300, 190, "Total dû"), (460, 190, "2 350,00 EUR"),
    (40, 220, "Nous vous prions de procéder au règlement de cette somme avant le 19/12/2023."),
]


@pytest.mark.parametrize(("page", "due_date", "total"), [
    (ENGLISH_REMINDER, "2023-07-28", 1666.5),  # "Amount now payable" adds the late fee to the invoices
    (GERMAN_REMINDER, "2023-11-18", 1190.0),
    (FRENCH_REMINDER, "2023-12-19", 2350.0),
])
def test_a_payment_reminder_is_a_statement_due_when_the_letter_says(patterns, page, due_date, total):
    # The "Due Date" column dates the invoices listed; the letter says by when to pay them all.
    values, document_type = _extract(page, patterns)
    assert document_type == "statement"
    assert "invoice_ids.0" not in values
    assert values["payment_terms.due_date"] == due_date
    assert values["financial_data.total_amount"] == total


# --- A VAT number in a footer strip ---------------------------------------------------------------

def _french_invoice(footer: str) -> list[tuple]:
    return [
        (40, 40, "Atelier Verdier SARL", 14), (40, 56, "14 rue des Tanneurs"), (40, 68, "69002 Lyon"),
        (360, 40, "FACTURE", 12), (360, 56, "Facture n° 2024-118"), (360, 68, "Date : 12/03/2024"),
        (40, 150, "Description"), (470, 150, "Montant"), (40, 162, "Pose de parquet"), (470, 162, "1 000,00"),
        (330, 190, "Total HT"), (470, 190, "1 000,00"), (330, 202, "TVA 20 %"), (470, 202, "200,00"),
        (330, 214, "Total TTC"), (470, 214, "1 200,00 EUR"),
        (60, 800, footer, 7),
    ]


@pytest.mark.parametrize(("footer", "tax_id"), [
    ("Atelier Verdier SARL \u00b7 SIRET 34495319589307 \u00b7 TVA FR62344953195 \u00b7 RCS Lyon", "FR62344953195"),
    # without a VAT number there is no tax id: a SIRET registers the business (a micro-entrepreneur
    # charging no VAT prints only it), it numbers no tax account
    ("Atelier Verdier SARL \u00b7 SIRET 34495319589307 \u00b7 RCS Lyon", None),
])
def test_a_vat_number_in_the_footer_outranks_the_siret(patterns, footer, tax_id):
    values, _ = _extract(_french_invoice(footer), patterns)
    assert values.get("vendor_information.tax_id") == tax_id


# --- fifth-family rules: Japan's issuer number, yen dashes, honorifics, tax-code cells -----------------

def test_a_japanese_issuer_number_needs_its_check_digit():
    from engine.normalize.identifiers import find_tax_ids

    found = find_tax_ids("Qualified Invoice Issuer No. T5788646086634")
    assert [(m.tax_id.kind, m.tax_id.value) for m in found] == [("jp_qualified", "T5788646086634")]
    assert find_tax_ids("Tracking T1234567890123") == []  # "T" and 13 digits with a wrong check digit


def test_a_yen_amount_closing_with_a_dash_is_not_negative():
    assert [(m.amount.value, m.amount.currency) for m in find_amounts("Total (incl. tax) ¥328,463-")] == [
        (Decimal("328463"), "JPY")]
    assert [m.amount.value for m in find_amounts("Credit 1,000.00-")] == [Decimal("-1000.00")]


JAPANESE_INVOICE = [
    (150, 40, "INVOICE", 20),
    (43, 70, "Messrs. Suzuki Trading Co., Ltd.", 11), (301, 70, "No."), (382, 70, "S251130-001"),
    (43, 86, "5-11-13 Umeda Sakura Bldg. 10F", 7.5), (301, 82, "Date"), (382, 82, "November 30, 2025"),
    (43, 96, "Kohoku-ku, Yokohama 222-7295", 7.5),
    (301, 138, "Asahi Foods Corporation", 9), (301, 152, "3-21-6 Shin-Yokohama", 7.5),
    (301, 161, "Naka-ku, Nagoya 460-5899", 7.5), (301, 179, "Qualified Invoice Issuer No. T5788646086634", 7.5),
    (45, 240, "Description"), (407, 240, "Qty"), (467, 240, "Unit price"), (530, 240, "Amount"),
    (45, 256, "System maintenance fee"), (417, 256, "1"), (481, 256, "58,080"), (530, 256, "58,080"),
    (45, 272, "Mineral water 2L"), (417, 272, "3"), (486, 272, "1,130"), (530, 272, "3,390"),
    (304, 372, "Subtotal (excl. tax)"), (522, 372, "61,470"),
    (304, 386, "Consumption tax"), (527, 386, "6,079"),
    (304, 400, "Total (incl. tax)"), (505, 400, "¥67,549-"),
]


def test_a_japanese_invoice_reads_its_addressee_issuer_number_and_yen_total(patterns):
    values, _ = _extract(JAPANESE_INVOICE, patterns)
    assert values["customer_information.customer_name"] == "Suzuki Trading Co., Ltd."  # no "Messrs."
    assert values["customer_information.address"] == "5-11-13 Umeda Sakura Bldg. 10F, Kohoku-ku, Yokohama 222-7295"
    assert values["vendor_information.tax_id"] == "T5788646086634"
    assert values["financial_data.total_amount"] == 67549.0
    assert values["financial_data.currency"] == "JPY"


def test_a_tax_code_cell_in_an_item_row_labels_no_summary_figure(patterns):
    rows = [
        (47, 60, "Ironbridge Catering Pty Ltd", 14), (47, 76, "270 King William Street, GEELONG VIC 3220"),
        (47, 120, "TAX INVOICE", 14), (300, 120, "Invoice No: TI374372"),
        (47, 210, "Description"), (236, 210, "Qty"), (310, 210, "Unit Price"), (393, 210, "GST"), (509, 210, "Line Total"),
        (47, 225, "Staff - wait service"), (238, 225, "9.5"), (328, 225, "58.50"), (393, 225, "GST"), (523, 225, "555.75"),
        (47, 241, "Fresh milk 2L"), (245, 241, "5"), (333, 241, "4.64"), (393, 241, "FRE"), (527, 241, "23.20"),
        (218, 311, "Total ex GST"), (523, 311, "578.95"),
        (218, 325, "Total GST"), (528, 325, "55.58"),
        (218, 340, "Total inc. GST"), (515, 340, "$634.53"),
    ]
    values, _ = _extract(rows, patterns)
    assert values["financial_data.tax_amount"] == 55.58
    assert values["financial_data.net_amount"] == 578.95
    assert values["financial_data.total_amount"] == 634.53


def test_a_total_by_tax_rate_is_not_the_total_payable(patterns):
    """A till's "TOTAL 6% SUPPLIES (INC. GST)" totals the supplies at one rate; "TOTAL PAYABLE" under
    it, after the 0% supplies, is what the receipt comes to (SROIE-style Gardenia note)."""
    lines = [
        (40, 40, "GARDENIA BAKERIES (KL) SDN BHD"), (40, 52, "LOT 3, JALAN PELABUR 23/1, 40300 SHAH ALAM"),
        (40, 70, "TAX INVOICE / ADJUSTMENT NOTE"), (40, 82, "CASH INV NO.: 7919F712"), (40, 94, "DATE: 19/09/2017"),
        (40, 130, "TOTAL 6% SUPPLIES (EXCL. GST):"), (220, 130, "28.32"),
        (40, 142, "GST:"), (220, 142, "1.69"),
        (40, 154, "TOTAL 6% SUPPLIES (INC. GST):"), (220, 154, "30.01"),
        (40, 166, "TOTAL 0% SUPPLIES:"), (220, 166, "-7.43"),
        (40, 178, "TOTAL PAYABLE:"), (220, 178, "22.58"),
    ]
    values, _ = _extract(lines, patterns)
    assert values["financial_data.total_amount"] == 22.58
