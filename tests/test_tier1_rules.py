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
    ("Saldovortrag", "decoy_prior_balance"), ("Solde précédent", "decoy_prior_balance"),
    ("Balance due", "account_balance"), ("Total this bill", "total"), ("Total exkl. MWST", "net"),
    ("Total inkl. MWST", "total"), ("Jumla bila VAT", "net"), ("Jumla ya Kodi", "tax"),
    ("Jumla pamoja na kodi", "total"), ("PRO Number", "invoice_number"), ("Charges before tax", "net"),
    ("Taxes", "tax"),
    ("Rückgeld", "decoy_change"), ("CHENJI", "decoy_change"), ("Amount Tendered", "decoy_tendered"),
    ("Supplier PIN:", "vendor_tax_id_named"), ("Buyer's GSTIN:", "customer_tax_id"), ("NIF cliente:", "customer_tax_id"),
    ("Bank transfer (EFT)", "payment_method"), ("Zahlungsempfänger:", "party_vendor"), ("Begunstigde:", "party_vendor"),
    ("ABN", "vendor_tax_id"), ("N° TVA intracommunautaire :", "vendor_tax_id"), ("SIRET :", "decoy_id"),
    ("Terms & Conditions", "decoy_conditions"), ("Algemene voorwaarden", "decoy_conditions"),
    ("Please detach and return this portion", "decoy_slip"), ("Bitte abtrennen", "decoy_slip"),
    ("Forma de pago:", "payment_method"), ("Value date:", "payment_date"), ("Execution date:", "payment_execution_date"),
    ("Uitvoeringsdatum:", "payment_execution_date"), ("Sent:", "document_date"), ("BSB:", "decoy_bank"),
    ("Principal", "party_customer"), ("Donneur d'ordre :", "party_customer"), ("Local utility tax 2.5%", "tax_component"),
    ("Total charges before taxes", "net"), ("Rcpt:", "invoice_number"), ("ACH trace no.", "payment_reference"),
    ("Amount:", "payment_amount_plain"),
])
def test_label_vocabulary(patterns, text, kind):
    hits = patterns.find_labels(text)
    assert hits and hits[0].kind.name == kind, [(h.kind.name, h.phrase) for h in hits]


# --- generalisation: layouts tier 1 was never tuned on ----------------------------------------------

def test_tear_off_payment_advice_keeps_the_invoice_an_invoice(patterns):
    # A payment stub under a cut rule repeats the invoice for the payer: its "PAYMENT ADVICE" title
    # does not make a remittance, its "To:" block does not replace the letterhead, and with "Less
    # amount paid" printed the total is the invoice's total, not the balance.
    page = [
        (45, 45, "Riverside Fabrication Pty Ltd"), (45, 59, "199 Parramatta Road"), (45, 73, "Sydney NSW 2000"),
        (400, 45, "TAX INVOICE"), (300, 100, "ABN"), (300, 114, "18 522 052 914"),
        (300, 140, "Invoice Number: INV-8845"), (300, 154, "Invoice Date: 28 Nov 2024"),
        (45, 300, "Description"), (300, 300, "Quantity"), (450, 300, "Amount"),
        (45, 316, "Security guard services"), (300, 316, "8"), (450, 316, "1,000.00"),
        (250, 340, "Subtotal"), (450, 340, "1,000.00"), (250, 354, "TOTAL GST 10%"), (450, 354, "100.00"),
        (250, 368, "TOTAL AUD"), (450, 368, "1,100.00"), (250, 382, "Less Amount Paid"), (450, 382, "400.00"),
        (250, 396, "AMOUNT DUE AUD"), (450, 396, "700.00"),
        (45, 630, "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"),
        (45, 650, "PAYMENT ADVICE"), (45, 670, "To: Northwind Holdings Pty Ltd"), (45, 684, "12 Bay Street"),
        (45, 698, "Brisbane QLD 4000"), (300, 670, "Amount Due"), (400, 670, "700.00"),
    ]
    values, document_type = _values(_pdf([page]), patterns)
    assert document_type == "invoice"
    assert values["vendor_information.vendor_name"] == "Riverside Fabrication Pty Ltd"
    assert values["vendor_information.address"] == "199 Parramatta Road, Sydney NSW 2000"
    assert values["financial_data.total_amount"] == 1100.0
    assert values["vendor_information.tax_id"] == "18 522 052 914"  # label above, value in digit groups
    assert values["financial_data.currency"] == "AUD"  # "$" or no symbol, ABN and NSW: Australian dollars


def test_bill_acknowledging_last_payment_is_not_a_receipt(patterns):
    page = [
        (45, 45, "Whitfield Power & Light Company"), (45, 59, "1631 Technology Dr, Suite 393"),
        (45, 73, "Newark, NJ 07152"), (320, 45, "Account number"), (500, 45, "6885 7201 96"),
        (320, 59, "Bill date"), (500, 59, "Jan 14, 2023"), (320, 73, "Amount due"), (500, 73, "$324.05"),
        (320, 87, "Pay by"), (500, 87, "Feb 1, 2023"),
        (45, 200, "Previous balance"), (500, 200, "$333.83"),
        (45, 214, "Payment received 01/05/2023 - thank you"), (500, 214, "-$333.83"),
        (45, 228, "Total charges before taxes"), (500, 228, "$300.05"),
        (45, 242, "State sales tax 5.5%"), (500, 242, "$16.50"),
        (45, 256, "Local utility tax 2.5%"), (500, 256, "$7.55"),
        (45, 270, "Total amount due"), (500, 270, "$324.10"),
    ]
    values, document_type = _values(_pdf([page]), patterns)
    assert document_type == "invoice"
    assert values["customer_information.customer_id"] == "6885 7201 96"  # a spaced id is one id
    assert values["financial_data.net_amount"] == 300.05
    assert values["financial_data.tax_amount"] == 24.05  # state and local tax add up
    assert values["financial_data.total_amount"] == 324.10


def test_vat_number_not_siret_and_customer_vat_in_the_bill_to_column(patterns):
    page = [
        (48, 45, "Transports Bretagne SA"), (48, 59, "32 chemin des Vignes"), (48, 73, "75011 Paris"),
        (300, 45, "FACTURE"), (300, 70, "Facture n° F-202410-483"), (300, 84, "Date : 27/10/2024"),
        (48, 116, "SIRET : 20053040011608"), (300, 116, "Facturé à"),
        (48, 128, "N° TVA intracommunautaire : FR25200530400"), (300, 130, "Moreau & Lambert SA"),
        (300, 144, "34 boulevard Voltaire"), (300, 158, "33000 Bordeaux"), (300, 172, "TVA : FR11173190331"),
        (48, 300, "Désignation"), (300, 300, "Qté"), (450, 300, "Montant HT"),
        (48, 316, "Nettoyage des locaux"), (300, 316, "2"), (450, 316, "3 019,61"),
        (250, 340, "Total HT"), (450, 340, "3 019,61 €"),
        (250, 354, "TVA 20 % sur 2 263,92"), (450, 354, "452,78 €"),
        (250, 368, "TVA 10 % sur 755,69"), (450, 368, "75,57 €"),
        (250, 382, "Total TTC"), (450, 382, "3 547,96 €"),
        (48, 410, "Conditions de paiement : Paiement à 30 jours"),
        (48, 424, "Escompte de 2 % pour paiement sous 10 jours"),
    ]
    values, _ = _values(_pdf([page]), patterns)
    assert values["vendor_information.tax_id"] == "FR25200530400"
    # The base printed in the tax label is not the tax; two tax lines add up.
    assert values["financial_data.tax_amount"] == 528.35
    assert values["payment_terms.discount_terms"] == "Escompte de 2 % pour paiement sous 10 jours"


@pytest.mark.parametrize("line, expected", [
    ("GST (10% on $25,869.58)  $2,586.96", 2586.96),
    ("BTW 21% over € 1.000,00   € 210,00", 210.0),
])
def test_base_printed_in_the_tax_label_is_not_the_tax(patterns, line, expected):
    values, _ = _values(_invoice([(250, 250, line)]), patterns)
    assert values["financial_data.tax_amount"] == expected


@pytest.mark.parametrize("lines, expected", [
    ([(50, 200, "Payment terms: 30 days from date of invoice")], "30 days from date of invoice"),
    ([(50, 200, "Payment terms: Payment due within 10 business days")], "Payment due within 10 business days"),
    ([(50, 200, "Payment Terms"), (200, 200, "15 Days"), (50, 420, "Terms & Conditions"),
      (50, 434, "1. Goods once sold will not be taken back.")], "15 Days"),
])
def test_payment_terms_are_read_whole_and_never_from_terms_and_conditions(patterns, lines, expected):
    values, _ = _values(_invoice(lines), patterns)
    assert values["payment_terms.payment_terms"] == expected


def test_email_remittance_parties_dates_and_signature(patterns):
    page = [
        (54, 44, "Grace Montague"),
        (58, 71, "From:"), (126, 71, "Thornton Design Studio Ltd. Accounts Payable <accounts.payable@thornton.example>"),
        (58, 84, "Sent:"), (126, 84, "Friday, 7 April 2023 9:11 AM"),
        (58, 97, "To:"), (126, 97, "accounts@westbrook.example"),
        (58, 111, "Subject:"), (126, 111, "Remittance Advice"),
        (54, 140, "Dear Westbrook Software Ltd. team,"),
        (54, 154, "We are pleased to advise that a payment of £2,000.00 has been released to your bank account on"),
        (54, 166, "10-Apr-2023 by Faster Payment. This payment covers the invoices listed below:"),
        (58, 187, "Invoice No."), (311, 187, "Amount Paid"),
        (58, 204, "2023-18146"), (311, 204, "£2,000.00"),
        (54, 230, "Total payment: £2,000.00"), (54, 244, "Payment reference: PMT-2023-13220"),
        (54, 280, "Kind regards,"), (54, 300, "Grace Montague"), (54, 312, "Accounts Payable"),
        (54, 324, "Thornton Design Studio Ltd."), (54, 336, "165 Park Row"), (54, 348, "Leeds"),
        (54, 360, "LS1 4DY"), (54, 372, "0171 981 7332"),
    ]
    values, document_type = _values(_pdf([page]), patterns)
    assert document_type == "remittance_advice"
    assert values["customer_information.customer_name"] == "Thornton Design Studio Ltd."  # no e-mail, no department
    assert values["vendor_information.vendor_name"] == "Westbrook Software Ltd."  # from the greeting, not To:
    assert values["customer_information.address"] == "165 Park Row, Leeds, LS1 4DY"  # the signature's
    assert values["document_date"] == "2023-04-07"  # the e-mail's Sent: date
    assert "customer_information.customer_id" not in values  # "account on 10-Apr-2023" is prose


def test_bank_payment_confirmation(patterns):
    page = [
        (50, 50, "Northbank PLC"), (50, 64, "1 Churchill Place, London E14 5HP"),
        (220, 100, "PAYMENT CONFIRMATION"),
        (50, 130, "Ordering customer"), (300, 130, "Beneficiary"),
        (50, 144, "Name: Thornton Design Ltd"), (300, 144, "Name: Westbrook Software Ltd"),
        (50, 158, "Address: 12 High Street, Leeds LS1 4DY"), (300, 158, "Address: 4 Mill Lane, York YO1 7HH"),
        (50, 172, "Account: GB12 NRTH 2020 1555 5555 55"), (300, 172, "Account: GB33 BUKB 2020 1555 5555 55"),
        (50, 210, "Execution date: 01/02/2024"), (50, 224, "Value date: 02/02/2024"),
        (50, 238, "Amount: GBP 1,234.00"), (50, 252, "Payment reference: PAY-778812"),
    ]
    values, document_type = _values(_pdf([page]), patterns)
    assert document_type == "remittance_advice"
    assert values["customer_information.customer_name"] == "Thornton Design Ltd"  # the ordering customer pays
    assert values["customer_information.address"] == "12 High Street, Leeds LS1 4DY"
    assert values["vendor_information.vendor_name"] == "Westbrook Software Ltd"  # the beneficiary is paid
    assert values["vendor_information.address"] == "4 Mill Lane, York YO1 7HH"
    assert values["payment_information.payment_date"] == "2024-02-02"  # the value date, not the execution date
    assert values["payment_information.payment_amount"] == 1234.0
    assert "customer_information.customer_id" not in values  # an IBAN is no customer number


def test_small_lines_beside_a_tall_title_stay_two_lines():
    pdf = pymupdf.open()
    page = pdf.new_page(width=595, height=842)
    page.insert_text((42, 70), "1930 Pine Road", fontname="helv", fontsize=9)
    page.insert_text((42, 83), "Suite 422", fontname="helv", fontsize=9)
    page.insert_text((372, 80), "SALES INVOICE", fontname="helv", fontsize=22)
    data = pdf.tobytes()
    pdf.close()
    lines = [line.text for line in load_document(data).pages[0].lines]
    assert any(text.startswith("1930 Pine Road") for text in lines)
    assert "Suite 422" in lines


@pytest.mark.parametrize("printed, expected", [
    ("NAVARRO Navarro Asesores S.A.", "Navarro Asesores S.A."),
    ("TB Transports Bretagne SA", "Transports Bretagne SA"),
    ("ABC Trading Ltd", "ABC Trading Ltd"),
    ("ONE ONE THREE SEAFOOD RESTAURANT SDN BHD", "ONE ONE THREE SEAFOOD RESTAURANT SDN BHD"),  # no logo: same case
])
def test_logo_text_before_the_name_is_dropped(patterns, printed, expected):
    page = [(50, 50, printed), (50, 64, "32 chemin des Vignes"), (50, 78, "75011 Paris"), (400, 50, "INVOICE"),
            (400, 70, "Invoice No: F-483"), (50, 300, "Description"), (300, 300, "Qty"), (400, 300, "Amount"),
            (50, 316, "Pallet wrap"), (300, 316, "2"), (400, 316, "120.00"), (300, 340, "Total"), (400, 340, "120.00")]
    values, _ = _values(_pdf([page]), patterns)
    assert values["vendor_information.vendor_name"] == expected


def test_private_customer_in_the_window_address(patterns):
    # No "Bill to" label: a person's name over a full postal address under the letterhead is the customer.
    page = [
        (43, 70, "Riverside Energy LLC"), (43, 83, "402 W 5th Street, Suite 888"), (43, 91, "Newark, NJ 07162"),
        (318, 68, "Invoice #"), (500, 68, "476430400"), (318, 81, "Amount due"), (500, 81, "$177.55"),
        (43, 130, "Daniel Lockhart"), (43, 140, "1487 W 5th Street, Suite 772"), (43, 150, "Newark, NJ 07158"),
        (43, 250, "Total amount due"), (500, 250, "$177.55"),
    ]
    values, document_type = _values(_pdf([page]), patterns)
    assert document_type == "invoice"
    assert values["vendor_information.vendor_name"] == "Riverside Energy LLC"
    assert values["customer_information.customer_name"] == "Daniel Lockhart"
    assert values["customer_information.address"] == "1487 W 5th Street, Suite 772, Newark, NJ 07158"


def test_window_address_under_the_sender_line(patterns):
    # A German letter: the sender's one-line return address above the recipient's window block.
    page = [
        (350, 50, "Bäckerei Krause GmbH"), (350, 64, "Lindenstraße 12"), (350, 78, "10115 Berlin"),
        (50, 130, "Bäckerei Krause GmbH · Lindenstraße 12 · 10115 Berlin"),
        (50, 150, "Hofmann Logistik AG"), (50, 164, "Bahnhofstraße 1"), (50, 178, "80331 München"),
        (50, 230, "RECHNUNG"), (350, 230, "Rechnungsnummer: RE-2024-118"), (350, 244, "Datum: 12.03.2024"),
        (300, 368, "Gesamtbetrag"), (450, 368, "53,50"),
    ]
    values, _ = _values(_pdf([page]), patterns)
    assert values["vendor_information.vendor_name"] == "Bäckerei Krause GmbH"
    assert values["customer_information.customer_name"] == "Hofmann Logistik AG"
    assert values["customer_information.address"] == "Bahnhofstraße 1, 80331 München"


# --- parties laid out as a form: field names in one column, values in the next ---------------------

def test_a_party_laid_out_as_a_form_reads_the_values_not_the_field_names(patterns):
    # A bank's payment confirmation: "Beneficiary" over rows of "Name | value", "Address | value",
    # the address running on under its value, then rows that are not the party's ("IBAN").
    page = [
        (50, 50, "Harbour Savings Bank"), (50, 64, "Online Banking"),
        (50, 100, "Payment confirmation"),
        (50, 130, "Amount"), (300, 130, "GBP 4,210.50"),
        (50, 144, "Execution date"), (300, 144, "12/03/2024"),
        (50, 180, "Ordering customer"),
        (50, 196, "Name"), (300, 196, "Marlow Joinery Ltd"),
        (50, 210, "Address"), (300, 210, "14 Quay Street"),
        (300, 224, "Bristol BS1 4DJ"),
        (50, 238, "Debit account"), (300, 238, "40-12-19 31926605"),
        (50, 270, "Beneficiary"),
        (50, 286, "Company name"), (300, 286, "Penrose Timber Supplies Limited"),
        (50, 300, "Address"), (300, 300, "Unit 7, Riverside Works"),
        (300, 314, "Exeter EX2 8PQ"),
        (50, 328, "IBAN"), (300, 328, "GB29 NWBK 6016 1331 9268 19"),
        (50, 360, "Remittance information"), (300, 360, "INV-20931"),
    ]
    values, document_type = _values(_pdf([page]), patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "Penrose Timber Supplies Limited"
    assert values["vendor_information.address"] == "Unit 7, Riverside Works, Exeter EX2 8PQ"
    assert values["customer_information.customer_name"] == "Marlow Joinery Ltd"
    assert values["customer_information.address"] == "14 Quay Street, Bristol BS1 4DJ"


@pytest.mark.parametrize("printed, expected", [
    ("Brandt Holzbau UG (haftungsbeschränkt)", "Brandt Holzbau UG (haftungsbeschränkt)"),  # the form's own brackets
    ("HERO DISTRIBUTION SDN BHD (SUBANG JASA)", "HERO DISTRIBUTION SDN BHD"),  # a branch after the form
])
def test_brackets_after_a_company_name_are_kept_only_when_they_are_part_of_its_form(patterns, printed, expected):
    page = [(50, 50, printed), *_rows(50, 64, "Lindenstraße 12", "80331 München"),
            (50, 120, "INVOICE"), (50, 140, "Invoice No: RE-2024-118"), (50, 154, "Date: 05.03.2024"),
            (50, 200, "Total: 1.190,00 EUR")]
    values, _ = _values(_pdf([page]), patterns)
    assert values["vendor_information.vendor_name"] == expected


# --- cheques and their voucher stubs --------------------------------------------------------------

def _cheque_voucher() -> Document:
    stub = [
        (50, 50, "Harwick Joinery Inc."),
        (50, 66, "Check No. 048213   03/14/2024"),
        (50, 82, "Vendor: Lakeside Timber Co."),
        (50, 110, "Inv. Number"), (130, 110, "Invoice Date"), (210, 110, "Reference"), (290, 110, "Amount"),
        (370, 110, "Discount Taken"), (470, 110, "Amount Paid"),
        (50, 126, "LT-7781"), (130, 126, "01/22/2024"), (210, 126, "PO55120"), (290, 126, "2,400.00"),
        (370, 126, "48.00"), (470, 126, "2,352.00"),
        (50, 142, "LT-7803"), (130, 142, "02/05/2024"), (210, 142, "PO55187"), (290, 142, "1,150.00"),
        (370, 142, "0.00"), (470, 142, "1,150.00"),
        (50, 160, "TOTAL"), (290, 160, "3,550.00"), (370, 160, "48.00"), (470, 160, "3,502.00"),
    ]
    cheque = [
        (50, 300, "Harwick Joinery Inc."), (50, 314, "88 Mill Road"), (50, 328, "Dayton, OH 45402"),
        (400, 300, "048213"), (400, 320, "DATE"), (450, 320, "03/14/2024"),
        (50, 360, "PAY"), (90, 360, "THREE THOUSAND FIVE HUNDRED TWO AND 00/100 DOLLARS"), (450, 380, "$3,502.00"),
        (50, 400, "TO THE"), (50, 414, "ORDER OF"), (120, 414, "Lakeside Timber Co."),
        (120, 428, "410 Shore Drive"), (120, 442, "Toledo, OH 43604"),
        (300, 480, "AUTHORIZED SIGNATURE"),
        (100, 520, "C048213C A041000124A 5512098831C"),
    ]
    # The stub is printed twice: once above the cheque, once below it for the payee's records.
    repeat = [(x, y + 520, text) for x, y, text in stub]
    return _pdf([stub + cheque + repeat], size=(595.0, 842.0 + 200))


def test_a_cheque_voucher_is_a_remittance_that_pays_its_stub_once(patterns):
    values, document_type = _values(_cheque_voucher(), patterns)
    assert document_type == "remittance_advice"
    # the invoice column is the one its header calls the invoice, not the payer's "Reference"
    allocations = sorted((values[f"payment_information.allocations.{i}.invoice_id"],
                          values[f"payment_information.allocations.{i}.amount"])
                         for i in range(2))
    assert allocations == [("LT-7781", 2352.0), ("LT-7803", 1150.0)]
    assert "payment_information.allocations.2.invoice_id" not in values  # the repeated stub adds nothing
    assert values["payment_information.payment_reference"] == "048213"
    assert values["payment_information.payment_date"] == "2024-03-14"
    assert values["financial_data.total_amount"] == 3502.0
    assert values["vendor_information.vendor_name"] == "Lakeside Timber Co."
    # named by "Vendor:" on the stub, addressed under "ORDER OF" on the cheque
    assert values["vendor_information.address"] == "410 Shore Drive, Toledo, OH 43604"
    assert "vendor_information.tax_id" not in values  # "A041000124A" is the cheque's MICR line, not a PIN


def test_labelled_terms_must_read_as_terms(patterns):
    page = [(50, 50, "Northgate Plumbing Ltd"), (50, 64, "12 Quarry Lane, Leeds LS1 4AB"),
            (50, 100, "INVOICE"), (50, 120, "Invoice No: NP-2201"), (50, 134, "Date: 05/03/2024"),
            (50, 200, "Total: 480.00"),
            (50, 240, "Notes / Terms: Thank you for your business. e-Transfer to accounts@northgate.example")]
    values, _ = _values(_pdf([page]), patterns)
    assert "payment_terms.payment_terms" not in values
    page[-1] = (50, 240, "Terms: Due upon receipt")
    values, _ = _values(_pdf([page]), patterns)
    assert values["payment_terms.payment_terms"] == "Due upon receipt"


def test_a_canadian_business_number_keeps_its_program_account(patterns):
    page = [(50, 50, "Maple Ridge Supply Inc."), (50, 64, "200 King St W, Toronto ON M5H 3T4"),
            (50, 78, "GST/HST No. 123456789 RT0001"),
            (50, 110, "INVOICE"), (50, 130, "Invoice No: MR-5521"), (50, 144, "Date: 2024-03-05"),
            (50, 200, "Total: 565.00")]
    values, _ = _values(_pdf([page]), patterns)
    assert values["vendor_information.tax_id"] == "123456789 RT0001"


def test_an_italian_invoice_is_read(patterns):
    page = [(50, 50, "Adriatica Servizi S.r.l."), (50, 64, "Via Roma, 41"), (50, 78, "37121 Verona (VR)"),
            (50, 92, "P. IVA IT01234567897"),
            (300, 130, "Spett.le"), (300, 144, "Lombarda Impianti S.a.s."), (300, 158, "Piazza Duomo, 3"),
            (300, 172, "20121 Milano (MI)"),
            (50, 210, "Fattura n. 165/A del 25/09/2024"),
            (50, 240, "Descrizione"), (300, 240, "Q.tà"), (360, 240, "Prezzo"), (450, 240, "Importo"),
            (50, 256, "Licenza software annuale"), (300, 256, "10"), (360, 256, "240,00"), (450, 256, "2.400,00"),
            (50, 290, "Totale imponibile"), (450, 290, "€ 2.400,00"),
            (50, 304, "Totale IVA"), (450, 304, "€ 528,00"),
            (50, 318, "Totale documento"), (450, 318, "€ 2.928,00"),
            (50, 350, "Scadenza 30/11/2024")]
    values, document_type = _values(_pdf([page]), patterns)
    assert document_type == "invoice"
    assert values["invoice_ids.0"] == "165/A"
    assert values["document_date"] == "2024-09-25"
    assert values["financial_data.total_amount"] == 2928.0
    assert values["financial_data.net_amount"] == 2400.0
    assert values["financial_data.tax_amount"] == 528.0
    assert values["payment_terms.due_date"] == "2024-11-30"
    assert values["customer_information.customer_name"] == "Lombarda Impianti S.a.s."
    assert values["line_items.0.amount"] == 2400.0
