"""Tier 1 on forms it first met in the ninth hold-out set (session 11): Colombian e-invoices, Moroccan
factures, self-billed invoices, payees' official receipts, New Zealand and Austrian terms. Each drawing
is a small document of the kind, written for the test; the values are what the document prints."""

from __future__ import annotations

import pytest

from engine.pattern_files import load_patterns
from tests.drawn_documents import extracted, item_rows


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


COLOMBIAN_E_INVOICE = [
    (200, 40, "FACTURA ELECTRÓNICA DE VENTA", 12), (250, 56, "No. FEV 4821", 11),
    (40, 80, "Andina Ferretería Industrial S.A.S."), (330, 80, "Resolución DIAN No. 18763580904882 del 23/04/2023"),
    (40, 92, "NIT: 900.999.596-1"), (330, 104, "Fecha de emisión"), (460, 104, "13/05/2024 15:23:53"),
    (40, 116, "Calle 93 # 11-26 Oficina 82"), (330, 116, "Fecha de vencimiento"), (460, 116, "12/06/2024"),
    (40, 128, "Bogotá D.C."),
    (40, 160, "Adquiriente"),
    (40, 172, "Cliente"), (250, 172, "Comercializadora Pacífico Ltda."),
    (40, 184, "NIT / C.C."), (250, 184, "800.876.616-8"),
    (40, 196, "Dirección"), (250, 196, "Zona Franca Bodega 47"),
    (40, 208, "Ciudad"), (250, 208, "Cartagena, Bolívar"),
    (40, 240, "Descripción"), (300, 240, "Cant."), (360, 240, "Valor unitario"), (480, 240, "Valor total"),
    (40, 252, "Cemento gris 50 kg"), (300, 252, "12"), (360, 252, "32.700"), (480, 252, "392.400"),
    (40, 264, "Guantes de nitrilo caja x 100"), (300, 264, "10"), (360, 264, "27.700"), (480, 264, "277.000"),
    (360, 290, "Subtotal"), (480, 290, "$ 669.400"), (360, 302, "IVA 19 %"), (480, 302, "$ 127.186"),
    (360, 314, "Total a pagar"), (480, 314, "$ 796.586"),
    (40, 340, "SON: SETECIENTOS NOVENTA Y SEIS MIL QUINIENTOS OCHENTA Y SEIS PESOS M/CTE"),
]


def test_a_colombian_e_invoice_reads_its_parties_number_date_and_pesos(patterns):
    values, document_type = extracted(COLOMBIAN_E_INVOICE, patterns)
    assert document_type == "invoice"
    # The title is no vendor, and the number under it is no address; "No." is not part of the number.
    assert values["vendor_information.vendor_name"] == "Andina Ferretería Industrial S.A.S."
    assert values["vendor_information.address"] == "Calle 93 # 11-26 Oficina 82, Bogotá D.C."
    assert values["invoice_ids.0"] == "FEV 4821"
    # "Fecha de emisión" dates the invoice; "del 23/04/2023" dates the DIAN resolution.
    assert values["document_date"] == "2024-05-13"
    assert values["vendor_information.tax_id"] == "900.999.596-1"
    # The customer as a form: its name, then the rows named as address parts (the NIT row passed over).
    assert values["customer_information.customer_name"] == "Comercializadora Pacífico Ltda."
    assert values["customer_information.address"] == "Zona Franca Bodega 47, Cartagena, Bolívar"
    assert values["financial_data.currency"] == "COP"
    assert values["financial_data.total_amount"] == 796586.0


MOROCCAN_FACTURE = [
    (40, 40, "Atlas Négoce SARL", 12), (40, 54, "93, Boulevard Zerktouni, 20040 Casablanca"),
    (40, 90, "Facture N°"), (150, 90, "2024/0441"), (330, 90, "Doit :"),
    (40, 102, "Date"), (150, 102, "15/10/2024"), (330, 102, "Sté Tazi Emballages SARL"),
    (330, 114, "Quartier Industriel, Route de Sefrou, N° 60"), (330, 126, "30000 Fès"),
    (330, 138, "ICE : 119771540000266"),
    (40, 170, "Désignation"), (280, 170, "Qté"), (340, 170, "P.U. HT"), (480, 170, "Montant HT"),
    (40, 182, "Huile de table 5 L"), (280, 182, "50"), (340, 182, "107,80"), (480, 182, "5.390,00"),
    (40, 194, "Sucre en morceaux 1 kg"), (280, 194, "20"), (340, 194, "12,30"), (480, 194, "246,00"),
    (340, 220, "Total HT"), (480, 220, "5.636,00 DH"), (340, 232, "Total TVA"), (480, 232, "563,60 DH"),
    (340, 244, "Net à payer TTC"), (480, 244, "6.199,60 DH"),
    (60, 400, "Société au capital de 1 000 000,00 DH · ICE : 273965506000006 · IF : 16697011 · RC : 377361 Casablanca"),
]


def test_a_moroccan_facture_is_an_invoice_in_dirhams_with_the_vendors_ice(patterns):
    values, document_type = extracted(MOROCCAN_FACTURE, patterns)
    # "Huile de table" is a product: "table" on an item's row is no restaurant's cue.
    assert document_type == "invoice"
    assert values["financial_data.currency"] == "MAD"
    # The ICE in the "Doit :" block is the customer's; the vendor's stands in its footer line.
    assert values["vendor_information.tax_id"] == "273965506000006"
    assert values["customer_information.customer_name"] == "Sté Tazi Emballages SARL"


def test_dirhams_on_an_emirati_invoice_are_aed(patterns):
    values, _ = extracted([
        (40, 40, "Gulf Trading LLC", 12), (40, 54, "Office 12, Al Quoz, Dubai"), (40, 66, "TRN 100234567800003"),
        (300, 40, "TAX INVOICE", 14), (300, 60, "Invoice No: GT-2024-118"), (300, 72, "Date: 12/03/2024"),
        (300, 200, "Total"), (450, 200, "Dhs 23,311.10"),
    ], patterns)
    assert values["financial_data.currency"] == "AED"


SELF_BILLED = [
    (40, 40, "Kendrick Grain Limited", 12), (300, 40, "SELF-BILLED INVOICE", 14),
    (40, 54, "Unit 10, Meadow Business Park"), (40, 66, "Glasgow G2 5QR"),
    (40, 100, "Supplier"), (300, 100, "Self-billed invoice No."), (420, 100, "SB-243930"),
    (40, 112, "Grace Kendrick (Farms)"), (300, 112, "Date / tax point"), (420, 112, "20 Feb 2025"),
    (40, 124, "229 Victoria Street"), (300, 124, "Supplier VAT Reg. No."), (420, 124, "GB 445 5435 44"),
    (40, 136, "York YO1 7HH"),
    (40, 170, "Description"), (300, 170, "Tonnes"), (380, 170, "£/t"), (480, 170, "Net"),
    (40, 182, "Malting barley, ticket 95663"), (300, 182, "25.85"), (380, 182, "221.05"), (480, 182, "5,714.14"),
    (40, 194, "Malting barley, ticket 58111"), (300, 194, "24.42"), (380, 194, "221.05"), (480, 194, "5,398.04"),
    (380, 220, "Net amount"), (480, 220, "£11,112.18"), (380, 232, "VAT @ 0%"), (480, 232, "£0.00"),
    (380, 244, "Total"), (480, 244, "£11,112.18"),
    (40, 280, "This invoice is issued under self-billing agreement SBA/1593."),
    (40, 400, "Kendrick Grain Limited · Registered in England No. 94876115 · VAT Reg. No. GB 594 6692 79"),
]


def test_a_self_billed_invoice_is_read_as_the_suppliers_invoice(patterns):
    values, document_type = extracted(SELF_BILLED, patterns)
    assert document_type == "invoice"
    # Its own number, not the weighbridge tickets its rows print ("ticket 95663", "ticket 58111").
    assert values["invoice_ids.0"] == "SB-243930"
    # "Supplier VAT Reg. No." names the supplier's number; the footer's bare "VAT Reg. No." is the issuer's.
    assert values["vendor_information.tax_id"] == "GB 445 5435 44"
    assert values["vendor_information.vendor_name"] == "Grace Kendrick (Farms)"


def test_a_gutschrift_in_the_gutschriftsverfahren_is_the_addressed_suppliers_invoice(patterns):
    values, document_type = extracted([
        (380, 40, "Spree Handels GmbH", 12), (380, 54, "Friedrichstraße 20"), (380, 66, "04109 Leipzig"),
        (40, 100, "Spree Handels GmbH · Friedrichstraße 20 · 04109 Leipzig", 6),
        (40, 112, "Handelsvertretung Lena Krüger e.K."), (300, 112, "Gutschrift-Nr."), (420, 112, "G230716"),
        (40, 124, "Friedrichstraße 109"), (300, 124, "Datum"), (420, 124, "10.12.2023"),
        (40, 136, "04109 Leipzig"), (300, 136, "Ihre USt-IdNr."), (420, 136, "DE953714695"),
        (40, 170, "GUTSCHRIFT", 16),
        (40, 190, "Gutschrift im Sinne von § 14 Abs. 2 Satz 2 UStG – Abrechnung im Gutschriftsverfahren"),
        (300, 240, "Nettobetrag"), (450, 240, "2.003,00 EUR"), (300, 252, "zzgl. 19 % USt"), (450, 252, "380,57 EUR"),
        (300, 264, "Gutschriftsbetrag"), (450, 264, "2.383,57 EUR"),
        (40, 400, "Spree Handels GmbH · HRB 235733 · Unsere USt-IdNr.: DE443037702"),
    ], patterns)
    assert document_type == "invoice"
    # The customer wrote it for its agent: the letterhead is the customer, the addressee the vendor,
    # and "Ihre USt-IdNr." ("your VAT number") the vendor's.
    assert values["vendor_information.vendor_name"] == "Handelsvertretung Lena Krüger e.K."
    assert values["customer_information.customer_name"] == "Spree Handels GmbH"
    assert values["vendor_information.tax_id"] == "DE953714695"
    assert values["financial_data.total_amount"] == 2383.57


PAYEE_RECEIPT = [
    (40, 40, "Otieno & Wekesa (K) Ltd", 12), (330, 40, "OFFICIAL RECEIPT", 14),
    (40, 54, "P.O. Box 72824-40100, Kisumu"), (330, 60, "Receipt No.: RCT-79124"), (330, 72, "Date: 08/11/2024"),
    (40, 100, "Received from"), (200, 100, "Mercy Odhiambo"),
    (40, 112, "The sum of"), (200, 112, "Kenya Shillings Eighty Three Thousand Six Hundred Five Only"),
    (40, 124, "Being payment of invoice(s)"), (240, 124, "INV25570, INV25609"),
    (40, 136, "M-PESA Ref"), (200, 136, "SKFCYM7G9R"),
    (40, 170, "Invoice No."), (160, 170, "Invoice date"), (420, 170, "Amount paid"),
    (40, 182, "INV25570"), (160, 182, "02/10/2024"), (420, 182, "29,410.00"),
    (40, 194, "INV25609"), (160, 194, "30/09/2024"), (420, 194, "54,195.00"),
    (40, 206, "Total"), (420, 206, "83,605.00"),
    (40, 230, "Amount"), (420, 230, "KSh 83,605.00"),
    (100, 300, "Thank you for your payment"),
]


def test_a_payees_official_receipt_for_invoices_is_a_payment_confirmation(patterns):
    values, document_type = extracted(PAYEE_RECEIPT, patterns)
    assert document_type == "remittance_advice"
    # The payee wrote it: its letterhead is the vendor, "Received from" names the payer, one row only.
    assert values["vendor_information.vendor_name"] == "Otieno & Wekesa (K) Ltd"
    assert values["customer_information.customer_name"] == "Mercy Odhiambo"
    assert values["payment_information.payment_reference"] == "SKFCYM7G9R"
    assert [values["invoice_ids.0"], values["invoice_ids.1"]] == ["INV25570", "INV25609"]


def test_terms_of_the_month_following_and_a_skonto_clause_with_its_net_days(patterns):
    values, _ = extracted([
        (40, 40, "Kiwi Electrical Ltd", 12), (300, 40, "TAX INVOICE", 14), (300, 60, "Invoice # INV-6342"),
        (300, 72, "Date: 14 February 2025"), (300, 200, "Total (incl. GST)"), (450, 200, "$2,848.73"),
        (40, 240, "Payment due: Due 20th of the month following"),
    ], patterns)
    assert values["payment_terms.payment_terms"] == "Due 20th of the month following"
    values, _ = extracted([
        (40, 40, "Donau Maschinenbau GmbH", 12), (300, 40, "RECHNUNG", 14), (300, 60, "Rechnung Nr. 2024-1795"),
        (300, 72, "Datum 22.08.2024"), (300, 200, "Gesamtbetrag"), (450, 200, "23.304,71 €"),
        (40, 240, "Zahlungskonditionen: 2% Skonto bei Zahlung binnen 8 Tagen, 30 Tage netto"),
    ], patterns)
    assert values["payment_terms.discount_terms"] == "2% Skonto bei Zahlung binnen 8 Tagen"
    assert values["payment_terms.payment_terms"] == "30 Tage netto"


def test_the_customers_po_is_no_customer_and_its_account_is_its_id(patterns):
    values, _ = extracted([
        (40, 40, "Tasman Building Supplies Limited", 12), (300, 40, "Tax Invoice", 14),
        (40, 54, "Unit 6, 329 Vickery Street"), (40, 66, "Christchurch 8024"),
        (300, 60, "Invoice No."), (420, 60, "INV-5490"), (300, 72, "Date"), (420, 72, "20 Jun 2023"),
        (300, 84, "Customer PO"), (420, 84, "PO 90445"), (300, 96, "Customer A/c"), (420, 96, "C71586"),
        (40, 120, "Bill To:"), (40, 132, "Pohutukawa Cleaning Services Limited"), (40, 144, "332 Great South Road"),
        (40, 156, "Lower Hutt 5012"),
        (300, 200, "Total"), (450, 200, "$5,841.36"),
    ], patterns)
    assert values["customer_information.customer_name"] == "Pohutukawa Cleaning Services Limited"
    assert values["customer_information.customer_id"] == "C71586"


def test_an_unprinted_currency_follows_the_parties_us_addresses(patterns):
    values, _ = extracted([
        (40, 40, "Harper Hydraulics LLC", 12), (40, 54, "3002 Harbor Way, Suite 394"), (40, 66, "Columbus, OH 43251"),
        (40, 90, "PAYMENT REGISTER – REMITTANCE DETAIL", 11),
        (40, 110, "Payee"), (150, 110, "Montague & Thornton Inc."),
        (40, 122, "Address"), (150, 122, "3469 Technology Dr, Boise, ID 83723"),
        (40, 134, "Payment No."), (150, 134, "VC441733"), (40, 146, "Payment Date"), (150, 146, "Aug 1, 2023"),
        (40, 170, "Invoice #"), (200, 170, "Invoice Amount"), (400, 170, "Amount Paid"),
        (40, 182, "47043"), (200, 182, "5,938.30"), (400, 182, "5,938.30"),
        (40, 194, "47161"), (200, 194, "9,875.57"), (400, 194, "9,875.57"),
        (330, 210, "Total"), (400, 210, "15,813.87"),
    ], patterns)
    assert values["financial_data.currency"] == "USD"


def test_the_customers_uid_stays_the_customers(patterns):
    values, _ = extracted([
        (300, 40, "Wienerwald Elektro OG", 12), (300, 54, "Mariahilfer Straße 150"), (300, 66, "1060 Wien"),
        (40, 100, "Alpen Metallbau e.U."), (300, 100, "Rechnungsnummer"), (420, 100, "AR-2023/807"),
        (40, 112, "Maria-Theresien-Straße 135"), (300, 112, "Rechnungsdatum"), (420, 112, "14.05.2023"),
        (40, 124, "6020 Innsbruck"), (300, 124, "Ihre UID-Nr."), (420, 124, "ATU27102710"),
        (300, 200, "Rechnungsbetrag"), (450, 200, "€ 2.639,52"),
        (40, 400, "Wienerwald Elektro OG · UID: ATU92787039 · FN 364443 p · Handelsgericht Wien"),
    ], patterns)
    assert values["vendor_information.tax_id"] == "ATU92787039"


def test_a_tax_line_that_names_its_base_before_the_tax(patterns):
    values, _ = extracted([
        (40, 40, "Wienerwald Elektro OG", 12), (300, 40, "RECHNUNG", 14), (300, 60, "Rechnung Nr. AR-2023/807"),
        (300, 72, "Datum 14.05.2023"),
        (250, 200, "Summe netto"), (470, 200, "2.387,96 EUR"),
        (250, 212, "zzgl. 20 % USt von EUR 127,63"), (470, 212, "25,53 EUR"),
        (250, 224, "zzgl. 10 % USt von EUR 2.260,33"), (470, 224, "226,03 EUR"),
        (250, 236, "Rechnungsbetrag"), (470, 236, "2.639,52 EUR"),
    ], patterns)
    # "von EUR 127,63" is the base the 20 % applies to; the tax is the figure right of the line.
    assert values["financial_data.tax_amount"] == 251.56
    assert values["financial_data.net_amount"] == 2387.96


def test_a_note_that_prices_include_the_tax_names_no_tax_amount(patterns):
    values, document_type = extracted([
        (40, 40, "MINIMART MAJU SDN BHD", 10), (40, 52, "SST ID: J16-1904-32914230"),
        (40, 64, "Receipt No: R2009131"), (40, 76, "Date: 13/09/2020"),
        (40, 100, "Panadol 10s"), (200, 100, "8.30"), (40, 112, "Beras Wangi 5kg"), (200, 112, "68.40"),
        (40, 136, "TOTAL"), (200, 136, "RM76.70"), (40, 148, "CASH"), (200, 148, "80.00"),
        (40, 160, "CHANGE"), (200, 160, "3.30"),
        (40, 184, "Prices inclusive of SST."), (40, 196, "Points earned: 76"),
    ], patterns)
    assert document_type == "receipt"
    assert values["financial_data.total_amount"] == 76.7
    assert "financial_data.tax_amount" not in values


PESO_INVOICE_ITEMS = [
    (40, 40, "Distribuciones Llanos S.A.S.", 12), (330, 40, "FACTURA ELECTRÓNICA DE VENTA"), (330, 52, "No. FE 99289"),
    (40, 54, "NIT: 860.845.904-1"), (330, 64, "Fecha de emisión"), (460, 64, "2023-03-19"),
    (40, 100, "Descripción"), (250, 100, "Cant."), (300, 100, "Valor unitario"), (400, 100, "IVA"),
    (480, 100, "Valor total"),
    (40, 112, "Arroz blanco 5 kg"), (250, 112, "20"), (300, 112, "22.900"), (400, 112, "0%"), (480, 112, "458.000"),
    (40, 124, "Tóner HP 105A original"), (250, 124, "12"), (300, 124, "297.300"), (400, 124, "19%"),
    (480, 124, "3.567.600"),
    (300, 150, "Subtotal"), (480, 150, "$ 4.025.600"), (300, 162, "IVA 19 %"), (480, 162, "$ 677.844"),
    (300, 174, "TOTAL A PAGAR"), (480, 174, "$ 4.703.444"),
]


def test_full_stops_grouping_thousands_make_every_figure_whole_pesos(patterns):
    # "4.025.600" can only be thousands grouped by full stops, so "22.900" is 22,900 pesos, not 22.9.
    values, _ = extracted(PESO_INVOICE_ITEMS, patterns)
    assert item_rows(values) == [("Arroz blanco 5 kg", 20.0, 22900.0, 458000.0),
                                 ("Tóner HP 105A original", 12.0, 297300.0, 3567600.0)]
    assert values["financial_data.total_amount"] == 4703444.0


TERMS_ENDING_IN_A_LABEL = [
    (40, 40, "Kendrick Grain Limited", 12), (40, 54, "14 Mill Lane, Reading, RG1 3JH"),
    (380, 40, "INVOICE"), (380, 54, "Invoice No: KG-2291"), (380, 66, "Tax point: 15/08/2024"),
    (40, 120, "Feed barley"), (450, 120, "1,200.00"),
    (380, 150, "Total"), (450, 150, "GBP 1,440.00"),
    (40, 190, "Payment terms: Payment within 21 days of tax point"),
]


def test_terms_whose_sentence_ends_in_a_label_word_keep_it(patterns):
    # "tax point" dates an invoice elsewhere; after "days of" it is the end of the terms' sentence.
    values, _ = extracted(TERMS_ENDING_IN_A_LABEL, patterns)
    assert values["payment_terms.payment_terms"] == "Payment within 21 days of tax point"
    assert values["document_date"] == "2024-08-15"
