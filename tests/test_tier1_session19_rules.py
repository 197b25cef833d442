"""Tier 1 rules first written in session 19, each general rather than tied to one layout:

- payment advices: an honorific before the addressee ("M/s", "Messrs", "Spett.le") names whom the
  document is addressed to, the payee on a remittance; a letter's subject line ("Sub: Payment
  advice - RTGS transfer") names its type as a title does; a transfer reference labelled in a
  sentence after a bank account ("... your bank account no. 3990... vide RTGS UTR No. UTIBR6...
  on 14-Nov-2023") is the payment's reference, the code that labels it ("UTR No.") no part of it,
  and a payer's voucher number ranks under it; a bank's advice dates the transfer "Transaction
  Date" (the payment date) and itself "Advice generated on"; "Customer Reference" opens no party;
  a beneficiary's account number is no customer number; "Your vendor code with us" is the vendor id;
- amounts written in words ("Rupees Six Lakh ... and Sixty Four Paise Only") confirm the total, and
  find it where no total label stands (a receipt book's "₹ 38,790/-" under "Cash / Cheque");
  "Rupees" names the rupee; a receipt names no customer (corpus/README.md) and a receipt book's
  leaf is numbered "No. 4235" alone at the top, not by the invoice it was paid for ("being payment of
  Invoice No. 1774");
- a web mail's print: the sender written with the address ("Olivia Ashford <olivia@...>"), the
  mailbox owner's name above the header, "From:" naming a mailbox, none of them the vendor, who
  signs at the foot; items written "3 x Social media management @ $1,777.00 = $5,331.00";
- Latvian, Estonian and Lithuanian labels (their letters ā ē ī ū ģ ķ ļ ņ ą ę ė į ų are covered now), their
  dates with month names ("2024 m. vasario 11 d.", "2023. gada 26. novembrī"), and an invoice's series
  and number written as the document writes them in one piece ("Serija PRK Nr. 0079992" and "PRK-0079992");
- francophone Africa: whole amounts grouped by spaces beside a rate with a decimal comma ("669 290"
  and "TVA 19,25 %"), the CFA franc by country (FCFA with a Cameroonian phone is XAF), Cameroon's
  NIU, a tax id in the addressee's block is the customer's, "FACTURE" over "N°  23FV01727";
- a label's second wording after a slash ("SOLD TO / Registered Name: ...") is no part of the name; a
  date labelled after another paper's number ("Permit to Use No. FP1220... Date Issued: 12/10/2020")
  is that paper's; "Charges before VAT" is the net, not the tax;
- Ecuador's "Razón Social / Nombres y Apellidos:" names the buyer; Ecuador pays in US dollars and a
  Peruvian receipt in soles ("S/").
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from drawn_documents import allocation_pairs, drawn_lines, drawn_pdf, item_rows, read

from engine.language import language_doubt
from engine.layout import build_layout
from engine.locale_hint import country_currency
from engine.normalize.currencies import find_currency
from engine.normalize.dates import find_dates
from engine.normalize.number_words import amounts_in_words
from engine.pattern_files import load_patterns


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()




# ---- payment advices ---------------------------------------------------------------------------

PAYMENT_ADVICE_LETTER = [
    (45, 50, "Kumar & Rao Pvt. Ltd.", 13),
    (45, 64, "Plot No. 12, MIDC Industrial Area, Pune, Maharashtra - 411019"),
    (45, 76, "GSTIN: 27ABCDE1234F1Z5 · Tel: +91 98200 11223"),
    (460, 100, "Date: 05-Mar-2024"),
    (45, 112, "To,"),
    (45, 124, "M/s Sharma Logistics Pvt. Ltd."),
    (45, 136, "14, Ring Road"),
    (45, 148, "Surat, Gujarat - 395002"),
    (45, 160, "Your vendor code with us: 771204"),
    (45, 184, "Sub: Payment advice - RTGS transfer"),
    (45, 196, "Dear Sir / Madam,"),
    (45, 208, "We have remitted INR 2,43,250.50 (Rupees Two Lakh Forty Three Thousand Two Hundred Fifty and Fifty"),
    (45, 220, "Paise Only) to your bank account no. 5520301188 vide RTGS UTR No. HDFCR52024030412345678 on"),
    (45, 232, "04-Mar-2024, towards the following bills after deduction of TDS:"),
    (45, 256, "Bill No"), (180, 256, "Bill Date"), (300, 256, "Gross Amount"), (400, 256, "TDS"),
    (480, 256, "Net Amount"),
    (45, 268, "SLP/1181"), (180, 268, "02-Jan-2024"), (300, 268, "1,50,400.00"), (400, 268, "1,504.00"),
    (480, 268, "1,48,896.00"),
    (45, 280, "SLP/1207"), (180, 280, "19-Jan-2024"), (300, 280, "95,308.50"), (400, 280, "954.00"),
    (480, 280, "94,354.50"),
    (180, 292, "Total"), (300, 292, "2,45,708.50"), (400, 292, "2,458.00"), (480, 292, "2,43,250.50"),
    (45, 320, "Kindly acknowledge receipt and update your ledger accordingly."),
    (45, 344, "For Kumar & Rao Pvt. Ltd."),
]


def test_a_payers_advice_letter_pays_its_addressee(patterns):
    values, document_type = read(drawn_pdf(PAYMENT_ADVICE_LETTER), patterns)
    assert document_type == "remittance_advice"  # the subject line says so, over "Bill No" in the table
    assert values["vendor_information.vendor_name"] == "Sharma Logistics Pvt. Ltd."  # "M/s" addresses the payee
    assert values["customer_information.customer_name"] == "Kumar & Rao Pvt. Ltd."
    assert values["vendor_information.vendor_id"] == "771204"
    assert values["payment_information.payment_reference"] == "HDFCR52024030412345678"
    assert values["financial_data.currency"] == "INR"
    assert values["financial_data.total_amount"] == Decimal("243250.50")
    assert allocation_pairs(values) == [("SLP/1181", Decimal("148896.00")), ("SLP/1207", Decimal("94354.50"))]


PAYMENT_ADVICE_FORM = [
    (45, 50, "Mehra Textiles Ltd", 13),
    (45, 64, "22 Nehru Place, New Delhi - 110019"),
    (200, 90, "PAYMENT ADVICE", 13),
    (45, 112, "To,"), (330, 112, "Payment Voucher No."), (450, 112, "4471920356"),
    (45, 124, "M/s Bose Polymers Pvt. Ltd."), (330, 124, "Voucher Date"), (450, 124, "11.07.2024"),
    (45, 136, "8 Park Street"), (330, 136, "UTR No."), (450, 136, "SBINN24193556677"),
    (45, 148, "Kolkata - 700016"), (330, 148, "Value Date"), (450, 148, "11.07.2024"),
    (45, 172, "We have made the following payment to you after deduction of tax at source (section 194C, HUF):"),
    (45, 196, "Invoice No."), (180, 196, "Invoice Date"), (300, 196, "Invoice Amount"), (480, 196, "Net Paid"),
    (45, 208, "BP/2201"), (180, 208, "03.06.2024"), (300, 208, "61,200.00"), (480, 208, "60,588.00"),
    (180, 220, "Total"), (300, 220, "61,200.00"), (480, 220, "60,588.00"),
    (45, 244, "Net amount paid: Rs. 60,588.00"),
    (45, 256, "Amount in words: Rupees Sixty Thousand Five Hundred Eighty Eight Only"),
]


def test_the_transfers_reference_outranks_the_payers_voucher(patterns):
    values, document_type = read(drawn_pdf(PAYMENT_ADVICE_FORM), patterns)
    assert document_type == "remittance_advice"
    assert values["payment_information.payment_reference"] == "SBINN24193556677"
    assert values["vendor_information.vendor_name"] == "Bose Polymers Pvt. Ltd."
    assert values["financial_data.currency"] == "INR"  # "HUF" in the section's words is no forint
    assert allocation_pairs(values) == [("BP/2201", Decimal("60588.00"))]


BANK_E_ADVICE = [
    (45, 50, "Meridian Bank Ltd", 13),
    (45, 66, "Beneficiary Payment Advice"),
    (45, 80, "Dear Sir/Madam, Kapoor Foods Pvt. Ltd. has initiated the following NEFT payment to your account."),
    (45, 104, "Transaction Reference (UTR)"), (250, 104, "MRDNN24200112233"),
    (45, 116, "Customer Reference"), (250, 116, "PV-88213"),
    (45, 128, "Remitter Name"), (250, 128, "Kapoor Foods Pvt. Ltd."),
    (45, 140, "Amount"), (250, 140, "INR 18,400.00"),
    (45, 152, "Transaction Date"), (250, 152, "18-07-2024"),
    (45, 164, "Advice generated on"), (250, 164, "19-07-2024"),
    (45, 188, "Beneficiary Name"), (250, 188, "Anand Packaging Private Limited"),
    (45, 200, "Beneficiary Account No."), (250, 200, "50100223344556"),
    (45, 224, "Invoice Number"), (180, 224, "Invoice Date"), (300, 224, "Invoice Amount"), (450, 224, "Amount Paid"),
    (45, 236, "AP-5521"), (180, 236, "01-07-2024"), (300, 236, "18,400.00"), (450, 236, "18,400.00"),
]


def test_a_banks_advice_dates_the_transfer_and_itself(patterns):
    values, document_type = read(drawn_pdf(BANK_E_ADVICE), patterns)
    assert document_type == "remittance_advice"
    assert str(values["payment_information.payment_date"]) == "2024-07-18"
    assert str(values["document_date"]) == "2024-07-19"
    assert values["customer_information.customer_name"] == "Kapoor Foods Pvt. Ltd."  # not "Reference" or "Name"
    assert values.get("customer_information.customer_id") is None  # the beneficiary's account is a bank's
    assert values["vendor_information.vendor_name"] == "Anand Packaging Private Limited"
    assert values["payment_information.payment_reference"] == "MRDNN24200112233"


# ---- amounts in words, receipts ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "values"), [
    ("(Rupees Six Lakh Eighty Six Thousand Five Hundred Fifty Three and Sixty Four Paise Only)",
     [Decimal("686553.64")]),
    ("Two Hundred Nineteen Thousand Five Hundred Eighty Naira Only", [Decimal("219580")]),
    ("One Thousand Two Hundred Dollars and 50/100", [Decimal("1200.50")]),
    ("Ninety-Nine Dollars and 99 cents", [Decimal("99.99")]),
    ("Twelve Crore Fifty Lakh", [Decimal("125000000")]),
    ("Five Hundred and Twenty Pounds", [Decimal("520")]),
    ("one of our clients paid within two weeks", []),  # single number words are a sentence's
    ("Net 30 days", []),
])
def test_amounts_written_in_words(text, values):
    assert amounts_in_words(text) == values


RECEIPT_BOOK_LEAF = [
    (150, 40, "Verma Medicals"),
    (100, 56, "Shop 4, Laxmi Market, Jaipur, Rajasthan - 302001"),
    (60, 80, "RECEIPT"), (440, 74, "No. 5817"), (330, 80, "Date 09-02-2024"),
    (60, 110, "Received with thanks from M/s"), (220, 110, "Gupta Clinic LLP"),
    (60, 134, "the sum of"),
    (60, 146, "Rupees"), (120, 146, "Twelve Thousand Four Hundred Only"),
    (60, 170, "on account of"), (160, 170, "Medicines supplied in January 2024"),
    (60, 194, "by Cash / Cheque / DD No."), (220, 194, "Cash"),
    (60, 218, "₹ 12,400/-"), (400, 218, "R. Verma"),
    (400, 230, "Signature"),
]


def test_a_receipt_books_total_is_the_figure_its_words_repeat(patterns):
    values, document_type = read(drawn_lines(RECEIPT_BOOK_LEAF), patterns)
    assert document_type == "receipt"
    assert values["financial_data.total_amount"] == Decimal("12400")  # under "Cash", read as tendered before
    assert values["invoice_ids.0"] == "5817"
    assert not any(path.startswith("customer_information.") for path in values)  # a receipt names no customer


def test_a_receipts_number_is_not_the_invoice_it_was_paid_for(patterns):
    leaf = [item for item in RECEIPT_BOOK_LEAF if item[2] not in ("on account of", "Medicines supplied in January 2024")]
    leaf += [(60, 170, "being payment of"), (160, 170, "Invoice No. 3390")]
    values, _ = read(drawn_lines(leaf), patterns)
    assert values["invoice_ids.0"] == "5817"


def test_rupees_in_words_name_the_rupee():
    assert [match.code for match in find_currency("Rupees Five Hundred Only")] == ["INR"]


# ---- e-mail prints -------------------------------------------------------------------------------

WEB_MAIL_PRINT = [
    (33, 20, "3/4/24, 10:12 AM"), (420, 20, "Mail - Invoice 2024-118"),
    (470, 44, "Priya Lindqvist"),
    (40, 64, "Invoice 2024-118"),
    (40, 76, "1 message"),
    (40, 96, "Tom Okafor <tom@harbourlight.example>"), (400, 96, "Fri, Mar 1, 2024 at 4:20 PM"),
    (40, 108, "To: accounts@lindqvist.example"),
    (40, 132, "Hi Priya,"),
    (40, 144, "Please find below our invoice 2024-118 for the work delivered."),
    (40, 156, "Invoice number: 2024-118"),
    (40, 168, "Invoice date: 29 Feb 2024"),
    (40, 180, "Bill to: Lindqvist Design Ltd"),
    (40, 196, "3 x Social media management @ £120.00 = £360.00"),
    (40, 208, "2 x Product photography @ £95.50 = £191.00"),
    (40, 220, "Subtotal: £551.00"),
    (40, 232, "VAT (20%): £110.20"),
    (40, 244, "Total due: £661.20"),
    (40, 268, "Kind regards,"),
    (40, 280, "Tom Okafor"),
    (40, 292, "Harbourlight Media Ltd"),
    (40, 304, "12 Quay Street, Bristol, BS1 4DJ"),
]


def test_a_web_mails_print_names_the_vendor_in_its_signature(patterns):
    values, _ = read(drawn_lines(WEB_MAIL_PRINT), patterns)
    assert values["vendor_information.vendor_name"] == "Harbourlight Media Ltd"  # not the mailbox owner
    assert values["vendor_information.address"] == "12 Quay Street, Bristol, BS1 4DJ"
    assert values["invoice_ids.0"] == "2024-118"
    assert item_rows(values) == [
        ("Social media management", Decimal("3"), Decimal("120.00"), Decimal("360.00")),
        ("Product photography", Decimal("2"), Decimal("95.50"), Decimal("191.00")),
    ]


OUTLOOK_PRINT = [
    (40, 30, "Maria Castell"),
    (40, 60, "From:"), (120, 60, "Dana Whitlock <dana@whitlockjoinery.example>"),
    (40, 72, "Sent:"), (120, 72, "Monday, 4 March 2024 9:02 AM"),
    (40, 84, "To:"), (120, 84, "ap@castell.example"),
    (40, 96, "Subject:"), (120, 96, "Invoice INV-7781 from Whitlock Joinery Pty Ltd"),
    (40, 120, "Hi Maria,"),
    (40, 132, "Invoice number: INV-7781"),
    (40, 144, "Total due: $1,980.00"),
    (40, 168, "Kind regards,"),
    (40, 180, "Dana Whitlock"),
    (40, 192, "Whitlock Joinery Pty Ltd"),
    (40, 204, "9 Tannery Lane, Geelong VIC 3220"),
]


def test_a_mail_headers_from_names_a_mailbox_not_the_vendor(patterns):
    values, _ = read(drawn_lines(OUTLOOK_PRINT), patterns)
    assert values["vendor_information.vendor_name"] == "Whitlock Joinery Pty Ltd"


# ---- Latvian and Estonian ------------------------------------------------------------------------

LATVIAN_INVOICE = [
    (40, 40, 'SIA "Daugavas Tehnika"'),
    (40, 52, "Brīvības iela 210, Rīga, LV-1039 · Reģ. Nr. 40103551234 · PVN reģ. Nr. LV40103551234"),
    (200, 80, "Rēķins Nr. 2207/24"),
    (40, 104, "Pircējs"), (330, 104, "Rēķina datums"), (450, 104, "12.03.2024"),
    (40, 116, 'AS "Kurzemes Koks"'), (330, 116, "Apmaksas termiņš"), (450, 116, "26.03.2024"),
    (40, 128, "PVN reģ. Nr. LV40003998877"),
    (40, 140, "Adrese: Lielā iela 14, Liepāja, LV-3401"),
    (40, 170, "Nr."), (70, 170, "Nosaukums"), (300, 170, "Daudzums"), (380, 170, "Cena EUR"),
    (460, 170, "Summa EUR"),
    (40, 182, "1"), (70, 182, "Kokmateriālu piegāde"), (300, 182, "4"), (380, 182, "250,00"),
    (460, 182, "1 000,00"),
    (330, 206, "Summa bez PVN"), (460, 206, "1 000,00"),
    (330, 218, "PVN 21 %"), (460, 218, "210,00"),
    (330, 230, "Pavisam apmaksai EUR"), (460, 230, "1 210,00"),
]


def test_a_latvian_invoice_reads_its_labels(patterns):
    document = drawn_lines(LATVIAN_INVOICE)
    assert language_doubt(document, patterns) is None  # ā ē ī ū ģ ķ ļ ņ are covered now
    values, _ = read(document, patterns)
    assert values["invoice_ids.0"] == "2207/24"
    assert values["vendor_information.tax_id"] == "LV40103551234"
    assert values["customer_information.customer_name"] == 'AS "Kurzemes Koks"'
    assert values["customer_information.address"] == "Lielā iela 14, Liepāja, LV-3401"
    assert str(values["payment_terms.due_date"]) == "2024-03-26"
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (Decimal("1000.00"), Decimal("210.00"), Decimal("1210.00"))


ESTONIAN_INVOICE = [
    (200, 30, "Arve nr 4410"),
    (40, 50, "Müüja"), (330, 50, "Ostja"),
    (40, 62, "Saare Puit OÜ"), (330, 62, "Tamme Ehitus OÜ"),
    (40, 74, "Tööstuse 12"), (330, 74, "Pärnu mnt 88"),
    (40, 86, "10412 Tallinn"), (330, 86, "11312 Tallinn"),
    (40, 98, "Registrikood 12345678"),
    (40, 110, "KMKR nr EE101234567"),
    (40, 130, "Arve kuupäev"), (160, 130, "05.02.2024"),
    (40, 142, "Maksetähtaeg"), (160, 142, "19.02.2024"),
    (40, 154, "Viitenumber"), (160, 154, "4410221"),
    (40, 180, "Kirjeldus"), (300, 180, "Kogus"), (380, 180, "Hind"), (460, 180, "Summa"),
    (40, 192, "Saematerjal"), (300, 192, "10"), (380, 192, "40,00"), (460, 192, "400,00"),
    (330, 216, "Summa km-ta"), (460, 216, "400,00"),
    (330, 228, "Käibemaks 22%"), (460, 228, "88,00"),
    (330, 240, "Tasuda kokku EUR"), (460, 240, "488,00"),
]


def test_an_estonian_invoice_reads_its_labels(patterns):
    values, _ = read(drawn_lines(ESTONIAN_INVOICE), patterns)
    assert values["invoice_ids.0"] == "4410"
    assert values["vendor_information.vendor_name"] == "Saare Puit OÜ"
    assert values["vendor_information.tax_id"] == "EE101234567"
    assert values["customer_information.customer_name"] == "Tamme Ehitus OÜ"
    assert str(values["payment_terms.due_date"]) == "2024-02-19"
    assert values["financial_data.total_amount"] == Decimal("488.00")
    assert values["financial_data.currency"] == "EUR"  # from the Estonian VAT number
    assert values.get("payment_information.payment_reference") is None  # "Viitenumber" is the payer's to quote


LITHUANIAN_INVOICE = [
    (200, 30, "PVM SĄSKAITA FAKTŪRA"),
    (320, 44, "Serija KLP Nr. 0031415"),
    (320, 56, "2024 m. kovo 5 d."),
    (40, 80, "Pardavėjas:"), (320, 80, "Pirkėjas:"),
    (40, 92, "UAB „Nemuno technika“"), (320, 92, "UAB „Rasų prekyba“"),
    (40, 104, "Įmonės kodas: 302123456"), (320, 104, "Įmonės kodas: 304998877"),
    (40, 116, "PVM mokėtojo kodas: LT100004561219"), (320, 116, "PVM mokėtojo kodas: LT100009988776"),
    (40, 128, "Adresas: Savanorių pr. 12, LT-03116 Vilnius"), (320, 128, "Adresas: Taikos g. 5, LT-91222 Klaipėda"),
    (40, 160, "Prekės (paslaugos) pavadinimas"), (300, 160, "Kiekis"), (380, 160, "Kaina, EUR"), (460, 160, "Suma, EUR"),
    (40, 172, "Serverio priežiūra"), (300, 172, "2"), (380, 172, "150,00"), (460, 172, "300,00"),
    (330, 196, "Suma be PVM:"), (460, 196, "300,00"),
    (330, 208, "PVM 21 %:"), (460, 208, "63,00"),
    (330, 220, "Iš viso su PVM:"), (460, 220, "363,00"),
    (40, 250, "Mokėti iki: 2024 m. kovo 19 d."),
    (40, 262, "Mokėjimo paskirtyje nurodykite sąskaitos numerį KLP-0031415."),
]


def test_a_lithuanian_invoice_reads_its_labels_and_dates(patterns):
    document = drawn_lines(LITHUANIAN_INVOICE)
    assert language_doubt(document, patterns) is None  # ą ę ė į ų are covered now
    values, _ = read(document, patterns)
    assert values["invoice_ids.0"] == "KLP-0031415"  # the series and number as the payment line writes them
    assert str(values["document_date"]) == "2024-03-05"  # "2024 m. kovo 5 d."
    assert str(values["payment_terms.due_date"]) == "2024-03-19"
    assert values["vendor_information.vendor_name"] == "UAB „Nemuno technika“"
    assert values["vendor_information.tax_id"] == "LT100004561219"
    assert values["customer_information.customer_name"] == "UAB „Rasų prekyba“"
    assert values["customer_information.address"] == "Taikos g. 5, LT-91222 Klaipėda"
    assert values["financial_data.total_amount"] == Decimal("363.00")


@pytest.mark.parametrize(("text", "value"), [
    ("2024 m. vasario 11 d.", "2024-02-11"),
    ("2023. gada 26. novembrī", "2023-11-26"),
    ("15. märts 2024", "2024-03-15"),
])
def test_baltic_dates_with_month_names(text, value):
    assert [str(match.value) for match in find_dates(text)] == [value]


# ---- francophone Africa, Ecuador, Peru -----------------------------------------------------------

CFA_FACTURE = [
    (42, 50, "Sanaga Fournitures SARL"), (333, 50, "FACTURE"),
    (42, 64, "Rue Joss, BP 4410 Douala"), (336, 64, "N°"), (426, 64, "24FV00871"),
    (42, 76, "Tél. +237 233 42 10 10"), (336, 76, "Date"), (426, 76, "14/03/2024"),
    (47, 110, "NDOUMBE & FILS SARL"),
    (47, 122, "Avenue Kennedy"),
    (47, 134, "BP 1180 Yaoundé"),
    (47, 146, "NIU : M051200349871K"),
    (42, 176, "Désignation"), (300, 176, "Qté"), (360, 176, "P.U. HT (FCFA)"), (460, 176, "Montant HT (FCFA)"),
    (42, 188, "Ciment CPJ 42,5 (sac de 50 kg)"), (300, 188, "40"), (360, 188, "5 200"), (460, 188, "208 000"),
    (42, 200, "Transport Douala - Yaoundé"), (300, 200, "1"), (360, 200, "95 000"), (460, 200, "95 000"),
    (330, 224, "Total HT"), (460, 224, "303 000"),
    (330, 236, "TVA 19,25 %"), (460, 236, "58 328"),
    (330, 248, "Total TTC (FCFA)"), (460, 248, "361 328"),
    (42, 280, "Sanaga Fournitures SARL · NIU : M061700223344P – RCCM : RC/DLA/2016/B/1234"),
]


def test_a_cfa_franc_facture(patterns):
    values, _ = read(drawn_lines(CFA_FACTURE), patterns)
    assert values["invoice_ids.0"] == "24FV00871"  # "FACTURE" over "N°" and the number in its row
    assert values["financial_data.total_amount"] == Decimal("361328")  # space-grouped, beside "19,25 %"
    assert values["financial_data.tax_amount"] == Decimal("58328")
    assert values["financial_data.currency"] == "XAF"  # FCFA in Cameroon (+237)
    assert values["vendor_information.tax_id"] == "M061700223344P"  # the customer's NIU is in its block


def test_a_post_office_box_is_no_us_state():
    layout = build_layout(drawn_lines([(40, 40, "Zone industrielle, BP 20705 Douala · Tél. +237 233 40 44 42")]))
    assert country_currency(layout) == "XAF"


ECUADOR_RIDE = [
    (40, 40, "FERRETERÍA ANDINA CÍA. LTDA."), (330, 40, "R.U.C.: 1791234567001"),
    (330, 52, "FACTURA"),
    (40, 64, "Dirección Matriz: Av. 10 de Agosto 1520, Quito - Ecuador"), (330, 64, "No. 001-001-000004512"),
    (40, 100, "Razón Social / Nombres y Apellidos:"), (250, 100, "MORENO TAPIA LUIS ALBERTO"),
    (40, 112, "Identificación:"), (250, 112, "1712345678"),
    (40, 124, "Fecha Emisión:"), (250, 124, "04/03/2024"),
    (40, 136, "Dirección:"), (250, 136, "Calle Bolívar 220, Quito"),
    (300, 170, "SUBTOTAL SIN IMPUESTOS"), (460, 170, "100.00"),
    (300, 182, "IVA 15%"), (460, 182, "15.00"),
    (300, 194, "VALOR TOTAL"), (460, 194, "115.00"),
]


def test_an_ecuadorian_facturas_buyer_and_dollar(patterns):
    values, _ = read(drawn_lines(ECUADOR_RIDE), patterns)
    assert values["customer_information.customer_name"] == "MORENO TAPIA LUIS ALBERTO"
    assert values["customer_information.address"] == "Calle Bolívar 220, Quito"
    assert values["vendor_information.vendor_name"] == "FERRETERÍA ANDINA CÍA. LTDA."
    assert values["financial_data.currency"] == "USD"


@pytest.mark.parametrize(("text", "codes"), [
    ("IMPORTE TOTAL S/ 7.96", ["PEN"]),
    ("MONEDA: SOLES", ["PEN"]),
    ("Av. Grau S/N, Lima", []),  # sin número
])
def test_the_peruvian_sol(text, codes):
    assert [match.code for match in find_currency(text)] == codes


# ---- small print and second wordings -------------------------------------------------------------

PHILIPPINE_SALES_INVOICE = [
    (40, 40, "RIZAL OFFICE SUPPLIES"), (330, 40, "SALES INVOICE"),
    (40, 52, "88 Shaw Boulevard, Pasig City 1600"),
    (40, 64, "VAT REG. TIN: 263-865-966-002"),
    (330, 76, "No. 0044512"),
    (40, 100, "SOLD TO / Registered Name: Mindanao Builders Corp."), (380, 100, "Date: Mar 4, 2024"),
    (40, 112, "Business Address: 12 Rizal Street, Davao City 8000"),
    (300, 160, "Total Sales (VAT Inclusive)"), (470, 160, "11,200.00"),
    (300, 172, "Less: VAT"), (470, 172, "1,200.00"),
    (300, 184, "Total Amount Due"), (470, 184, "PHP 11,200.00"),
    (40, 230, "Acknowledgment Certificate No. 697_4295523_14603 Date Issued: June 28, 2017"),
    (40, 242, "Permit to Use No. FP122020-457-8038946-51005 Date Issued: 12/10/2020"),
]


def test_a_labels_second_wording_and_a_permits_date_in_the_small_print(patterns):
    values, _ = read(drawn_lines(PHILIPPINE_SALES_INVOICE), patterns)
    assert values["customer_information.customer_name"] == "Mindanao Builders Corp."  # not "/ Registered Name: ..."
    assert str(values["document_date"]) == "2024-03-04"  # not the printer's permit's "Date Issued"


TELECOM_TOTALS = [
    (40, 40, "Lumen Mobile Limited"),
    (40, 52, "260 Bath Road, Slough, SL1 4DX"),
    (40, 64, "VAT Reg No. GB 917 9937 66"),
    (380, 40, "Invoice number"), (470, 40, "INV-5689964"),
    (380, 52, "Invoice date"), (470, 52, "12 Apr 2025"),
    (40, 100, "Your charges"),
    (40, 112, "Business 30GB plan - 07700 559922"), (500, 112, "13.99"),
    (40, 124, "Charges before VAT"), (500, 124, "137.57"),
    (40, 136, "VAT @ 20%"), (500, 136, "27.51"),
    (40, 148, "Total (inc VAT)"), (494, 148, "£165.08"),
]


def test_charges_before_vat_are_the_net_not_the_tax(patterns):
    values, _ = read(drawn_lines(TELECOM_TOTALS), patterns)
    assert values["financial_data.net_amount"] == 137.57
    assert values["financial_data.tax_amount"] == 27.51

