"""Tier 1's reading rules on small real documents: PDFs drawn with PyMuPDF (words placed where real
layouts put them) and SROIE-style text lines, each checked for the exact values the contract wants.

Every test names the rule an accountant would state ("a payment reference keeps its cheque code",
"tendered less change is what was paid") and shows it on a document that needs it.
"""

from __future__ import annotations

import pymupdf
import pytest

from engine.document import Document, document_from_lines, load_document
from engine.layout import build_layout
from engine.locale_hint import infer_locale
from engine.pattern_files import load_patterns
from engine.splitting import split_documents
from engine.tiers.patterns import extract_fields

FONT_SIZE = 9.0
LINE = 14.0


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def _pdf(pages: list[list[tuple[float, float, str]]], size: tuple[float, float] = (595.0, 842.0),
         font_size: float = FONT_SIZE) -> Document:
    """A text PDF: per page, (x, y, text) with x the left edge and y the baseline."""
    pdf = pymupdf.open()
    for items in pages:
        page = pdf.new_page(width=size[0], height=size[1])
        for x, y, text in items:
            page.insert_text((x, y), text, fontname="helv", fontsize=font_size)
    data = pdf.tobytes()
    pdf.close()
    return load_document(data)


def _rows(x: float, y: float, *lines: str) -> list[tuple[float, float, str]]:
    return [(x, y + index * LINE, text) for index, text in enumerate(lines)]


def _values(document: Document, patterns) -> tuple[dict[str, object], str]:
    fields, document_type, _, _ = extract_fields(document, patterns)
    return {path: field.value for path, field in fields.items()}, document_type


def _remittance(extra: list[tuple[float, float, str]]) -> Document:
    """A payer's remittance advice with a two-invoice table; `extra` adds the payment details."""
    page = [
        (50, 50, "Jambo Cement PLC"), (50, 64, "P.O. Box 58357-20100, Nakuru"),
        (250, 100, "REMITTANCE ADVICE"),
        (50, 130, "Paid To:"), (50, 144, "Athi Stationers Limited"), (50, 158, "P.O. Box 89976-00100, Nairobi"),
        *extra,
        (50, 300, "Invoice No"), (300, 300, "Amount Paid"),
        (50, 316, "ASL02943"), (300, 316, "504,000.00"),
        (50, 332, "ASL02859"), (300, 332, "721,500.00"),
        (50, 352, "Total Paid"), (300, 352, "1,225,500.00"),
    ]
    return _pdf([page])


# --- payment references: printed as the bank gave them -------------------------------------------

@pytest.mark.parametrize("printed, expected", [
    ("Payment Ref: Chq No. 946256", "Chq No. 946256"),
    ("Transaction Ref: UTR AAYR525022434844901", "UTR AAYR525022434844901"),
    ("Payment Reference: Check #98551", "Check #98551"),
    ("Cheque No: 946256", "946256"),  # a label ending in a colon is not part of the reference
    ("Référence du virement : SEPA-20230913-7858", "SEPA-20230913-7858"),
])
def test_payment_reference_keeps_the_method_code_printed_before_the_number(patterns, printed, expected):
    values, document_type = _values(_remittance([(320, 200, printed)]), patterns)
    assert document_type == "remittance_advice"
    assert values["payment_information.payment_reference"] == expected


def test_reference_and_date_in_a_payment_sentence_wrapped_over_two_lines(patterns):
    sentence = [
        (50, 220, "We are pleased to advise that a payment of KES 1,225,500.00 was made by ACH Credit on 6"),
        (50, 234, "March 2025, reference ACH 8837441550, in settlement of the following invoices:"),
    ]
    values, _ = _values(_remittance(sentence), patterns)
    assert values["payment_information.payment_reference"] == "ACH 8837441550"
    # The date is broken by the line end ("on 6" / "March 2025"): the sentence gives it whole.
    assert values["payment_information.payment_date"] == "2025-03-06"


def test_method_code_at_a_line_end_stays_with_the_number_below(patterns):
    sentence = [
        (50, 220, "We are pleased to advise that a payment of KES 1,225,500.00 was made on 8/7/2024, reference ACH"),
        (50, 234, "8837441550, in settlement of the following invoices:"),
    ]
    values, _ = _values(_remittance(sentence), patterns)
    assert values["payment_information.payment_reference"] == "ACH 8837441550"


def test_sentence_ends_the_reference(patterns):
    sentence = [(50, 220, "Nous avons réglé le 13/09/2023 la somme de 1 225 500,00 par virement (référence"),
                (50, 234, "2678342449) pour les factures suivantes :")]
    values, _ = _values(_remittance(sentence), patterns)
    assert values["payment_information.payment_reference"] == "2678342449"
    assert values["payment_information.payment_date"] == "2023-09-13"


def test_bank_transfer_as_payment_method_is_not_a_bank_details_line(patterns):
    # "Bank transfer" names how the money moved; identifiers beside it are not bank account numbers.
    header = [(50, 200, "Advice Date"), (150, 200, "Our Ref"), (250, 200, "Payment Date"), (350, 200, "Paid via"),
              (50, 214, "2025-03-27"), (150, 214, "FT25758RFX21"), (250, 214, "2025-03-28"),
              (350, 214, "Bank transfer (EFT) KES")]
    values, _ = _values(_remittance(header), patterns)
    assert values["payment_information.payment_reference"] == "FT25758RFX21"
    assert values["payment_information.payment_date"] == "2025-03-28"


def test_value_under_a_heading_runs_to_the_next_heading(patterns):
    # Values under a row of headings run together in one segment; each heading's column reaches the
    # next heading, so "Value Date" reads "30 October 2023", not the advice date before it.
    header = [(50, 200, "Date"), (140, 200, "EFT Ref"), (230, 200, "Value Date"), (330, 200, "Method"),
              (50, 214, "31 October 2023"), (140, 214, "TISS2310300827"), (230, 214, "30 October 2023"),
              (330, 214, "TISS")]
    values, _ = _values(_remittance(header), patterns)
    assert values["payment_information.payment_date"] == "2023-10-30"
    assert values["document_date"] == "2023-10-31"


# --- dates ---------------------------------------------------------------------------------------

def _invoice(lines: list[tuple[float, float, str]]) -> Document:
    page = [(50, 50, "Summit Packaging LLC"), (50, 64, "1930 Pine Road"), (400, 50, "INVOICE"), *lines,
            (50, 300, "Description"), (300, 300, "Qty"), (400, 300, "Amount"),
            (50, 316, "Pallet wrap"), (300, 316, "2"), (400, 316, "120.00"),
            (300, 340, "Total"), (400, 340, "120.00")]
    return _pdf([page])


def test_unambiguous_month_first_dates_decide_the_ambiguous_ones(patterns):
    document = _invoice([(400, 80, "Invoice No: 064336"), (400, 94, "Date: 8/7/2024"), (400, 108, "Due: 8/22/2024")])
    assert infer_locale(build_layout(document)) == "US"
    values, _ = _values(document, patterns)
    assert values["document_date"] == "2024-08-07"
    assert values["payment_terms.due_date"] == "2024-08-22"


def test_day_first_dates_stay_day_first(patterns):
    document = _invoice([(400, 80, "Invoice No: 064336"), (400, 94, "Date: 08/07/2024"),
                         (400, 108, "Due: 22/07/2024")])
    values, _ = _values(document, patterns)
    assert values["document_date"] == "2024-07-08"


def test_original_invoice_date_on_a_credit_note_is_not_its_date(patterns):
    page = [(50, 50, "Sahyadri Packaging Pvt. Ltd."), (50, 64, "15, Main Road, Bengaluru 560001"),
            (400, 50, "CREDIT NOTE"),
            (50, 100, "Credit Note No: CRN/00516"), (50, 114, "Against Invoice No: SPP70036"),
            (50, 128, "Original Invoice Date: 20-03-2025"), (350, 100, "Date: 22-04-2025"),
            (300, 200, "Total Credit"), (400, 200, "1,180.00")]
    values, document_type = _values(_pdf([page]), patterns)
    assert document_type == "credit_note"
    assert values["document_date"] == "2025-04-22"
    assert values["invoice_ids.0"] == "CRN/00516"


# --- parties -------------------------------------------------------------------------------------

def test_address_lines_are_joined_with_commas(patterns):
    document = _invoice([(400, 80, "Invoice No: 064336")])
    page = [(50, 50, "Zeeland Logistiek B.V."), (50, 64, "Kerkstraat 192"), (50, 78, "5611 AB Eindhoven"),
            (50, 92, "Telefoon: +31 10 098 8550"), (400, 50, "FACTUUR"), (400, 80, "Factuurnummer: 2024-118"),
            (300, 300, "Totaal"), (400, 300, "1.210,00")]
    values, _ = _values(_pdf([page]), patterns)
    assert values["vendor_information.vendor_name"] == "Zeeland Logistiek B.V."
    assert values["vendor_information.address"] == "Kerkstraat 192, 5611 AB Eindhoven"
    assert document is not None


def _receipt(lines: list[str], width: float = 600.0) -> Document:
    """A till receipt from its text lines, centred, 30 units apart (the SROIE box layout)."""
    boxed = []
    for index, text in enumerate(lines):
        half = len(text) * 7.0
        boxed.append((text, (width / 2 - half, 40 + 30 * index, width / 2 + half, 62 + 30 * index)))
    return document_from_lines(boxed, width=width, height=40 + 30 * len(lines) + 200)


def test_receipt_in_capitals_joins_its_address_lines_as_printed(patterns):
    receipt = _receipt(["RESTAURANT JIAWEI", "JIAWEI HOUSE", "002693074-K", "13, JLN TASIK UTAMA 8",
                        "MEDAN NIAGA DAMAI SG BESI", "57000 KL", "INVOICE", "NASI LEMAK 1 8.50",
                        "TOTAL 27.00"])
    values, _ = _values(receipt, patterns)
    # The registration number ends the name (both lines above it); the address starts below it.
    assert values["vendor_information.vendor_name"] == "RESTAURANT JIAWEI JIAWEI HOUSE"
    assert values["vendor_information.address"] == "13, JLN TASIK UTAMA 8 MEDAN NIAGA DAMAI SG BESI 57000 KL"


def test_branch_in_brackets_after_the_company_form_is_not_part_of_the_name(patterns):
    receipt = _receipt(["HERO DISTRIBUTION SDN BHD (SUBANG JASA)", "(1052321-K)", "LOT 2, JALAN SS 15/4",
                        "47500 SUBANG JAYA, SELANGOR", "TAX INVOICE", "TOTAL 12.40"])
    values, _ = _values(receipt, patterns)
    assert values["vendor_information.vendor_name"] == "HERO DISTRIBUTION SDN BHD"
    assert values["vendor_information.address"] == "LOT 2, JALAN SS 15/4 47500 SUBANG JAYA, SELANGOR"


def test_salutation_is_not_a_party_label(patterns):
    page = [(50, 50, "Windsor Print Limited"), (50, 64, "Unit 8, Severn Business Park"), (50, 78, "Birmingham B3 2DJ"),
            (450, 110, "27/02/2023"), (50, 124, "Bramley Consulting PLC"), (50, 138, "Unit 5, Highland Business Park"),
            (50, 152, "Bristol BS1 5TR"), (50, 180, "RE: Invoice NO. INV/23/81291"),
            (50, 210, "To whom it may concern,"), (50, 230, "Thank you for your recent order. Our charges are as follows:"),
            (60, 250, "1. Ballpoint Pens Blue (Pack of 50): 2 x 8.47 = 16.94"),
            (300, 280, "Grand Total"), (400, 280, "GBP 20.33")]
    values, _ = _values(_pdf([page]), patterns)
    assert values["customer_information.customer_name"] == "Bramley Consulting PLC"
    assert values["customer_information.address"] == "Unit 5, Highland Business Park, Bristol BS1 5TR"
    assert values["invoice_ids.0"] == "INV/23/81291"


# --- totals at a till ----------------------------------------------------------------------------

def test_tendered_less_change_is_what_was_paid(patterns):
    receipt = _receipt(["SUNFISH", "22 LRG PERUSAHAAN 4", "TEL : 03-61855688", "SALTED F. RICE 8.50",
                        "SOYA CINCAU 20.20", "SUBTOTAL 28.70", "RM CASH 100.00", "CHANGE 71.30"])
    values, _ = _values(receipt, patterns)
    assert values["financial_data.total_amount"] == 28.70


def test_rounded_total_below_the_total_is_the_amount_due(patterns):
    receipt = _receipt(["99 SPEED MART S/B (519537-X)", "LOT P.T. 33198, BATU 4", "42100 KLANG, SELANGOR",
                        "TOTAL SALES (INCLUSIVE GST) RM 177.22", "ROUNDING ADJUSTMENT RM -0.02",
                        "ROUNDING RM 177.20", "CREDIT RM 177.20"])
    values, _ = _values(receipt, patterns)
    assert values["financial_data.total_amount"] == 177.20


# --- batches -------------------------------------------------------------------------------------

def _titled_invoice(name: str, number: str, footer: str | None = None) -> list[tuple[float, float, str]]:
    page = [(50, 50, name), (50, 64, "Lindenallee 115, 60311 Frankfurt am Main"), (400, 50, "RECHNUNG"),
            (50, 120, f"Rechnungsnummer: {number}"), (300, 300, "Gesamtbetrag"), (400, 300, "1.190,00")]
    return page + ([(450, 800, footer)] if footer else [])


def test_page_one_of_one_opens_a_document(patterns):
    document = _pdf([_titled_invoice("Nordlicht GmbH", "RE-2023-0718", "Seite 1 von 1"),
                     _titled_invoice("Spree Elektro AG", "R202437786", "Seite 1 von 1")])
    assert [part.page_offset for part in split_documents(document, patterns)] == [0, 1]


def test_page_two_of_two_continues_its_document(patterns):
    document = _pdf([_titled_invoice("Spree Elektro AG", "R202437786", "Seite 1 von 2"),
                     _titled_invoice("Spree Elektro AG", "R202437799", "Seite 2 von 2")])
    assert len(split_documents(document, patterns)) == 1


def test_letter_invoice_without_a_title_opens_a_document_by_its_own_number(patterns):
    letter = [(200, 40, "Nile Hardware SMC Ltd"), (200, 54, "P.O. Box 1618, Jinja"), (450, 100, "21-05-2023"),
              (50, 120, "Masaka Motors Uganda Limited"), (50, 160, "RE: Invoice NO. NHS54159"),
              (50, 200, "Dear Akello Ruth,"), (50, 300, "TOTAL UGX 1,298,000")]
    document = _pdf([_titled_invoice("Spree Elektro AG", "R202437786"), letter])
    parts = split_documents(document, patterns)
    assert [part.page_offset for part in parts] == [0, 1]


# --- vocabulary in six languages -----------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("Supplier A/C:", "vendor_id"), ("Lieferantennummer:", "vendor_id"), ("Compte fournisseur :", "vendor_id"),
    ("Crediteurnr.:", "vendor_id"), ("Cód. proveedor:", "vendor_id"),
    ("Kd.-Nr.:", "customer_id"), ("Debiteurnummer:", "customer_id"), ("Cód. cliente:", "customer_id"),
    ("Akaunti Na.:", "customer_id"),
    ("Referenz:", "payment_reference"), ("Réf. paiement :", "payment_reference"),
    ("Betalingsreferentie:", "payment_reference"), ("Our Ref:", "payment_reference"), ("kenmerk", "payment_reference"),
    ("Datum betaling:", "payment_date"), ("Fecha valor:", "payment_date"), ("Paid on", "payment_date"),
    ("Tarehe ya Malipo:", "payment_date"),
    ("Mwisho wa Malipo:", "due_date"), ("Uiterste betaaldatum:", "due_date"), ("Vto.:", "due_date"),
    ("Nambari ya Ankara:", "invoice_number"), ("N° d'avoir :", "invoice_number"), ("Factura Núm.:", "invoice_number"),
    ("Zu zahlender Betrag", "total"), ("Montant dû", "total"), ("Totaal te betalen", "total"),
    ("Kiasi cha Kulipa", "total"), ("Importe a abonar", "total"),
    ("Überweisungsbetrag", "payment_amount"), ("Montant du virement", "payment_amount"),
    ("Total abonado", "payment_amount"), ("Totaal betaald", "payment_amount"),
    ("Total excl. SST", "net"), ("SST @ 10%", "tax"), ("Total sin IVA", "net"),
    ("Original Invoice Date:", "decoy_date"), ("Date facture d'origine :", "decoy_date"), ("Lieferdatum:", "decoy_date"),
    ("Bestellnummer:", "decoy_id"), ("CU Invoice No:", "decoy_id"), ("Albarán nº:", "decoy_id"),
    ("Saldovortrag", "decoy_amount"), ("Solde précédent", "decoy_amount"),
    ("Rückgeld", "decoy_change"), ("CHENJI", "decoy_change"), ("Amount Tendered", "decoy_tendered"),
    ("Supplier PIN:", "vendor_tax_id"), ("Buyer's GSTIN:", "customer_tax_id"), ("NIF cliente:", "customer_tax_id"),
    ("Bank transfer (EFT)", "payment_method"), ("Zahlungsempfänger:", "party_vendor"), ("Begunstigde:", "party_vendor"),
])
def test_label_vocabulary(patterns, text, kind):
    hits = patterns.find_labels(text)
    assert hits and hits[0].kind.name == kind, [(h.kind.name, h.phrase) for h in hits]
