"""Tier 1 rules first written in session 24, each general rather than tied to one layout:

- a courier's cash-on-delivery statement is a remittance: the courier pays its merchant the parcels'
  collections less its charges; the merchant's block names the payee and its account in the courier's
  books, each parcel's order reference and net payable is an allocation, and the payee's bank account
  printed to say where the money went does not make the payee the issuer;
- an e-mail names the payee in its greeting with its account ("Dear Shahi Crafts (Account CUST-82632),")
  and its mailbox alias in angle brackets is no part of a name;
- a payer's signature "Cebu Harbor Foods, Inc." keeps its company form, and a bold heading under its
  address opens what follows;
- a parking receipt: the operator ("Operated by ...") is the vendor, the amount paid is the total, and
  the lines that add up to the total less its tax give the net;
- a prepaid top-up receipt: the phone number credited is no document number, "Folio" is;
- a school's fee invoice: the parent or guardian is the customer ("Dr M. Masire" is no drive), "FEE
  INVOICE - TERM 3" numbers no invoice, a blank on the payment slip names no one, "J$" / "N$" dollars;
- "Rs" in Mauritius, "Bs" in Bolivia; a Bolivian factura's head-office and point-of-sale lines;
- Albanian (Albania, Kosovo) invoices are covered.
"""

from __future__ import annotations

import pytest
from drawn_documents import allocation_pairs, drawn_pdf, read

from engine.pattern_files import load_patterns


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def _cod_statement(merchant_name: str) -> list[tuple]:
    rows = [("KHI4175920077", "#8177", "9,681.00", "200.00", "32.00", "9,449.00"),
            ("KHI3428026211", "ORD-231064", "6,207.00", "150.00", "24.00", "6,033.00"),
            ("KHI0293174841", "884321", "2,405.00", "280.00", "44.80", "2,080.20")]
    items = [
        (36, 44, "Indus Express Logistics (Pvt.) Limited", 13),
        (36, 60, "45-B, Gulberg III, Main Boulevard", 8.5),
        (36, 72, "Lahore 54660", 8.5),
        (36, 84, "NTN: 5846909-6   STRN: 10-00-7382-365-03   UAN: 111-074-495", 8.5),
        (36, 110, "COD PAYMENT STATEMENT", 12),
        (39, 134, "Merchant", 8.5),
        (39, 148, merchant_name, 8.5),
        (39, 160, "Shop 40, Johar Town", 8.5),
        (39, 172, "Lahore", 8.5),
        (39, 184, "Account No: ACC-75264", 8.5),
        (39, 196, "Contact: 0307-4900070", 8.5),
        (330, 134, "Payment ID: CODP62874753", 8.5),
        (330, 148, "Statement Date: 28-Mar-2023", 8.5),
        (330, 160, "Period: 21-Mar-2023 to 27-Mar-2023", 8.5),
        (330, 172, "Transfer Date: 28-Mar-2023", 8.5),
        (330, 184, "Bank Ref: FT6421427703", 8.5),
        (40, 226, "Sr.", 8), (62, 226, "CN No.", 8), (137, 226, "Order Ref", 8), (245, 226, "City", 8),
        (360, 226, "COD Amount", 8), (424, 226, "Delivery", 8), (474, 226, "GST 16%", 8), (525, 226, "Net Payable", 8),
        (424, 236, "Charges", 8),
    ]
    y = 252
    for number, (consignment, order, collected, charge, gst, net) in enumerate(rows, start=1):
        items += [(40, y, str(number), 8), (62, y, consignment, 8), (137, y, order, 8), (245, y, "Lahore", 8),
                  (360, y, collected, 8), (424, y, charge, 8), (474, y, gst, 8), (525, y, net, 8)]
        y += 14
    items += [
        (330, y + 10, "Total COD Collected", 8.5), (525, y + 10, "18,293.00", 8.5),
        (330, y + 22, "Less: Delivery Charges", 8.5), (525, y + 22, "630.00", 8.5),
        (330, y + 34, "Less: GST on Services (16%)", 8.5), (525, y + 34, "100.80", 8.5),
        (330, y + 46, "Net Amount Transferred (PKR)", 8.5), (525, y + 46, "17,562.20", 8.5),
        (36, y + 70, "Beneficiary: BAZAAR HOME   Bank: MCB Bank   IBAN: PK12MUCB4791581343797153", 8),
    ]
    return items


def test_a_couriers_cod_statement_pays_its_merchant_for_the_parcels(patterns):
    values, document_type = read(drawn_pdf(_cod_statement("Bazaar Home")), patterns)
    assert document_type == "remittance_advice"
    # the merchant (payee) is the vendor, though the courier's letterhead carries the tax numbers and
    # the payee's bank account is printed at the foot
    assert values["vendor_information.vendor_name"] == "Bazaar Home"
    assert values["vendor_information.address"] == "Shop 40, Johar Town, Lahore"
    assert values["vendor_information.vendor_id"] == "ACC-75264"
    assert "customer_information.customer_id" not in values
    assert values["customer_information.customer_name"] == "Indus Express Logistics (Pvt.) Limited"
    assert values["payment_information.payment_reference"] == "CODP62874753"
    assert values["payment_information.payment_date"] == "2023-03-28"
    assert values["payment_information.payment_amount"] == 17562.20
    assert allocation_pairs(values) == [("#8177", 9449.0), ("ORD-231064", 6033.0), ("884321", 2080.2)]


def test_a_cod_email_names_its_payee_and_account_in_the_greeting(patterns):
    document = drawn_pdf([
        (36, 40, "From: finance@swiftline.com.pk", 8.5),
        (36, 52, "To: Shahi Crafts <merchant>", 8.5),
        (36, 64, "Date: Tue, 09 Sep 2025 16:52", 8.5),
        (36, 76, "Subject: COD Remittance - Payment ID CODP49363301", 8.5),
        (36, 104, "Dear Shahi Crafts (Account CUST-82632),", 9),
        (36, 118, "We have transferred PKR 7,996.00 to your account PK13MUCB6970265886732186 on 11-Sep-2025", 9),
        (36, 130, "against the following shipments:", 9),
        (40, 156, "Order Ref", 8), (140, 156, "CN", 8), (260, 156, "COD", 8),
        (330, 156, "Charges incl. GST", 8), (460, 156, "Paid", 8),
        (40, 170, "363318", 8), (140, 170, "KHI5168844828", 8), (260, 170, "1,333.00", 8),
        (330, 170, "406.00", 8), (460, 170, "927.00", 8),
        (40, 184, "#3360", 8), (140, 184, "KHI7524388353", 8), (260, 184, "7,359.00", 8),
        (330, 184, "290.00", 8), (460, 184, "7,069.00", 8),
        (40, 204, "Total paid: 7,996.00", 9),
        (36, 230, "Regards,", 9),
        (36, 242, "Finance Department", 9),
        (36, 254, "SwiftLine Courier (Pvt.) Ltd.", 9),
        (36, 266, "Plot 14-C, Sector 23, Korangi Industrial Area, Karachi 74900", 9),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "Shahi Crafts"
    assert values["vendor_information.vendor_id"] == "CUST-82632"
    assert values["customer_information.customer_name"] == "SwiftLine Courier (Pvt.) Ltd."
    assert allocation_pairs(values) == [("363318", 927.0), ("#3360", 7069.0)]


def test_a_payers_signature_keeps_its_company_form_and_stops_at_a_bold_heading(patterns):
    document = drawn_pdf([
        (36, 40, "From: ap@cebu.com.ph", 8.5),
        (36, 52, "Sent: 08-Dec-2024", 8.5),
        (36, 64, "Subject: Payment Advice - Sampaguita Catering Services", 8.5),
        (36, 90, "Sampaguita Catering Services", 8.5),
        (36, 102, "709 Quirino Avenue", 8.5),
        (36, 114, "Davao City 8000", 8.5),
        (36, 140, "Good day! Please be informed that we have credited your account via PESONet.", 8.5),
        (36, 156, "Payment Ref: PN20241208986404   Value Date: 09-Dec-2024   Amount: PHP 399,390.43", 8.5),
        (40, 180, "Invoice No.", 8.5), (140, 180, "Invoice Date", 8.5), (260, 180, "Net Amount", 8.5),
        (40, 194, "INV 04265", 8.5), (140, 194, "19-Oct-2024", 8.5), (260, 194, "112,003.11", 8.5),
        (40, 208, "SI-61764", 8.5), (140, 208, "03-Oct-2024", 8.5), (260, 208, "287,387.32", 8.5),
        (40, 224, "Total: 399,390.43", 8.5),
        (36, 252, "Thank you,", 8.5),
        (36, 263, "Accounts Payable", 8.5),
        (36, 274, "Cebu Harbor Foods, Inc.", 8.5),
        (36, 285, "2209 EDSA, Quezon City 1100", 8.5),
        (36, 299, "BIR Form No. 2307 - Certificate of Creditable Tax Withheld at Source", 8.5, "hebo"),
        (36, 312, "For the period: 10/01/2024 to quarter ending 12/2024", 8.5),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "remittance_advice"
    assert values["customer_information.customer_name"] == "Cebu Harbor Foods, Inc."
    assert values["customer_information.address"] == "2209 EDSA, Quezon City 1100"


def test_a_parking_receipt_reads_its_operator_total_paid_and_net(patterns):
    document = drawn_pdf([
        (40, 40, "Seaport Garage East", 12),
        (40, 56, "Operated by Harborview Parking Partners LLC", 8),
        (40, 68, "1 Seaport Ln", 8),
        (40, 80, "Boston, MA 02210", 8),
        (40, 104, "PARKING RECEIPT", 10),
        (40, 120, "Receipt #: 30-33867", 8),
        (40, 132, "Ticket #: 80252158", 8),
        (40, 144, "Entry: 08/21/2023 10:57 AM", 8),
        (40, 156, "Exit: 08/21/2023 02:25 PM", 8),
        (40, 176, "Daily max rate ........ $29.00", 8),
        (40, 188, "Parking tax ........ $5.22", 8),
        (40, 200, "TOTAL PAID ........ $34.22", 8),
        (40, 216, "VISA ****5216 APPROVED", 8),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "receipt"
    assert values["vendor_information.vendor_name"] == "Harborview Parking Partners LLC"
    assert values["financial_data.total_amount"] == 34.22
    assert values["financial_data.tax_amount"] == 5.22
    assert values["financial_data.net_amount"] == 29.00  # the one line, and the total less its tax


def test_a_prepaid_top_up_receipt_is_numbered_by_its_folio_not_the_phone(patterns):
    document = drawn_pdf([
        (40, 40, "Comprobante de recarga", 12),
        (40, 60, "Comunicaciones Celulares Aztlán, S.A.P.I. de C.V.", 9),
        (40, 72, "Av. Constitución 444 Pte.", 8),
        (40, 84, "Centro, 64000 Monterrey, N.L.", 8),
        (40, 108, "Folio", 8), (220, 108, "WEB-506102", 9),
        (40, 122, "Número de autorización", 8), (220, 122, "181882", 9),
        (40, 136, "Fecha", 8), (220, 136, "24/05/2025 20:18", 9),
        (40, 150, "Número celular", 8), (220, 150, "81 0270 2573", 9),
        (40, 176, "Concepto", 8), (40, 188, "Paquete Amigo 200 con redes sociales", 9),
        (40, 210, "Subtotal", 8), (300, 210, "$86.21", 8),
        (40, 222, "IVA 16% incluido", 8), (300, 222, "$13.79", 8),
        (40, 236, "Total", 10), (300, 236, "$100.00 MXN", 10),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "receipt"
    assert values["invoice_ids.0"] == "WEB-506102"
    assert values["vendor_information.address"] == "Av. Constitución 444 Pte., Centro, 64000 Monterrey, N.L."
    assert values["financial_data.total_amount"] == 100.00


def _fee_invoice(parent: str, currency_sign: str, total_label: str) -> list[tuple]:
    return [
        (40, 40, "Kgale Hill Preparatory School", 14),
        (40, 56, "Plot 5412, Kgale View, Gaborone", 8.5),
        (40, 80, "FEE INVOICE - TERM 3, 2023", 12),
        (40, 104, "Parent / Guardian", 8.5),
        (40, 118, parent, 9.5),
        (40, 130, "Plot 371, Extension 12", 9.5),
        (40, 142, "Francistown", 9.5),
        (330, 104, "Invoice No.: 68392", 9),
        (330, 116, "Invoice Date: 16/12/2022", 9),
        (330, 128, "Family Account No.: MAS824", 9),
        (330, 140, "Due Date: 07/01/2023", 9),
        (40, 170, "Description", 8.5), (300, 170, "Qty", 8.5), (380, 170, "Rate", 8.5),
        (480, 170, f"Amount ({currency_sign})", 8.5),
        (40, 184, "Tuition - Amogelang Masire (Grade 3)", 8.5), (480, 184, "20,340.00", 8.5),
        (40, 198, "Building fund levy", 8.5), (480, 198, "1,110.00", 8.5),
        (300, 218, total_label, 9), (480, 218, "21,450.00", 9),
        (40, 250, "PAYMENT SLIP - Kgale Hill Preparatory School", 8),
        (40, 262, "Paid by: ____________ Date: ________", 8),
    ]


def test_a_school_fee_invoice_is_addressed_to_the_parent(patterns):
    values, document_type = read(drawn_pdf(_fee_invoice("Dr M. Masire", "P", "Total due (BWP)")), patterns)
    assert document_type == "invoice"
    assert values["customer_information.customer_name"] == "Dr M. Masire"
    assert values["customer_information.address"] == "Plot 371, Extension 12, Francistown"
    assert values["invoice_ids.0"] == "68392"  # not "TERM 3" from the title
    assert values["financial_data.total_amount"] == 21450.00


@pytest.mark.parametrize(("sign", "code"), [("J$", "JMD"), ("N$", "NAD")])
def test_jamaican_and_namibian_dollars_are_named_by_their_sign(patterns, sign, code):
    values, _ = read(drawn_pdf(_fee_invoice("Mrs K. Kgosi", sign, "Total due")), patterns)
    assert values["financial_data.currency"] == code
    assert values["customer_information.customer_name"] == "Mrs K. Kgosi"  # not the slip's blank


def test_rupees_in_mauritius(patterns):
    document = drawn_pdf([
        (40, 40, "Flacq Printing Co. Ltd", 13),
        (40, 56, "59 Motorway M1 Service Road", 8.5),
        (40, 68, "Quatre Bornes", 8.5),
        (40, 80, "VAT No.: 27537938   Tel: +230 278 9016", 8.5),
        (40, 104, "VAT INVOICE", 12),
        (40, 120, "Invoice No.: INV-77155   Date: 24/11/2024", 8.5),
        (40, 150, "Description", 8.5), (300, 150, "Qty", 8.5), (360, 150, "Unit Price", 8.5),
        (480, 150, "Amount (Rs)", 8.5),
        (40, 164, "Bottled mineral water 1.5L (case of 6)", 8.5), (300, 164, "2", 8.5), (360, 164, "73.18", 8.5),
        (480, 164, "146.36", 8.5),
        (360, 184, "Total excl. VAT", 8.5), (480, 184, "146.36", 8.5),
        (360, 196, "VAT @ 15%", 8.5), (480, 196, "21.95", 8.5),
        (360, 208, "Total incl. VAT (Rs)", 8.5), (480, 208, "168.31", 8.5),
    ])
    values, _ = read(document, patterns)
    assert values["financial_data.currency"] == "MUR"
    assert values["financial_data.total_amount"] == 168.31


def test_a_bolivian_factura(patterns):
    document = drawn_pdf([
        (200, 40, "FACTURA", 13),
        (170, 54, "CON DERECHO A CRÉDITO FISCAL", 8),
        (40, 80, "Ferretería del Oriente S.R.L.", 10),
        (40, 92, "CASA MATRIZ", 8),
        (40, 104, "No. Punto de Venta 0", 8),
        (40, 116, "Av. Ballivián, Calacoto N° 1011", 8),
        (40, 128, "La Paz", 8),
        (380, 80, "NIT", 8), (460, 80, "3102547268", 8),
        (380, 92, "FACTURA N°", 8), (460, 92, "7614", 8),
        (40, 156, "NOMBRE/RAZÓN SOCIAL: Servicios del Oriente S.R.L.", 8),
        (40, 168, "NIT/CI/CEX: 319833077", 8),
        (40, 180, "FECHA DE EMISIÓN: 16/02/2023 08:48 AM", 8),
        (40, 204, "DETALLE", 8), (480, 204, "SUBTOTAL", 8),
        (40, 218, "Harina de trigo 46 kg", 8), (480, 218, "231.00", 8),
        (40, 230, "1 X 231.00 - 0.00", 8),
        (380, 254, "TOTAL Bs", 8), (480, 254, "231.00", 8),
        (40, 280, "Son: DOSCIENTOS TREINTA Y UNO 00/100 Bolivianos", 8),
    ])
    values, _ = read(document, patterns)
    assert values["financial_data.currency"] == "BOB"
    assert values["customer_information.customer_name"] == "Servicios del Oriente S.R.L."
    assert values["vendor_information.address"] == "Av. Ballivián, Calacoto N° 1011, La Paz"


def test_an_albanian_and_a_kosovar_invoice(patterns):
    kosovo = drawn_pdf([
        (40, 40, "Tomorri Konsulenca L.L.C.", 13),
        (40, 56, "Rruga Remzi Ademaj nr. 119", 8.5),
        (40, 68, "20000 Prizren", 8.5),
        (40, 80, "NUI: 814966447", 8.5), (40, 92, "NRTVSH: 333316932", 8.5),
        (40, 116, "FATURË", 14),
        (330, 116, "Nr. i faturës: 2024-402", 8.5),
        (330, 128, "Data: 07.01.2024", 8.5),
        (330, 140, "Afati i pagesës: 17.01.2024", 8.5),
        (40, 140, "Blerësi", 8.5),
        (40, 152, "Tomorri Ndërtim L.L.C.", 8.5),
        (40, 164, "Rruga Mbretëresha Teutë nr. 29", 8.5),
        (40, 176, "30000 Pejë", 8.5),
        (40, 200, "Përshkrimi", 8), (250, 200, "Sasia", 8), (300, 200, "Çmimi pa TVSH", 8),
        (380, 200, "Vlera pa TVSH", 8), (460, 200, "TVSH %", 8), (510, 200, "Vlera me TVSH", 8),
        (40, 214, "Çimento 42.5R thes 50 kg", 8), (250, 214, "3", 8), (300, 214, "7,11", 8),
        (380, 214, "21,33", 8), (460, 214, "8%", 8), (510, 214, "23,04", 8),
        (380, 240, "Totali pa TVSH", 8.5), (510, 240, "21,33", 8.5),
        (380, 252, "TVSH 8%", 8.5), (510, 252, "1,71", 8.5),
        (380, 264, "Totali për pagesë (EUR)", 8.5), (510, 264, "23,04", 8.5),
    ])
    values, document_type = read(kosovo, patterns)
    assert document_type == "invoice"
    assert values["invoice_ids.0"] == "2024-402"
    assert values["document_date"] == "2024-01-07"
    assert values["payment_terms.due_date"] == "2024-01-17"
    assert values["vendor_information.tax_id"] == "333316932"
    assert values["customer_information.customer_name"] == "Tomorri Ndërtim L.L.C."
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (21.33, 1.71, 23.04)
    albania = drawn_pdf([
        (40, 40, '"Shqiponja Printime" sh.p.k.', 13),
        (40, 56, "Lagjja Pavarësia, Nr. 125", 8.5),
        (40, 68, "9401 Vlorë", 8.5),
        (40, 80, "NIPT: M24929373X", 8.5),
        (40, 104, "FATURË TATIMORE", 14),
        (330, 104, "Nr. fature: 996/2024", 8.5),
        (330, 116, "Data dhe ora: 08.07.2024 12:53", 8.5),
        (40, 132, "Blerësi", 8.5),
        (40, 144, '"Iliria Teknologji" sh.a.', 8.5),
        (40, 156, "Rruga Tregtare, Nr. 17", 8.5),
        (40, 168, "2001 Durrës", 8.5),
        (40, 180, "NIPT: K24826762E", 8.5),
        (380, 220, "Vlera pa TVSH", 8.5), (510, 220, "1.200,00", 8.5),
        (380, 232, "TVSH 20%", 8.5), (510, 232, "240,00", 8.5),
        (380, 244, "Vlera totale (ALL)", 8.5), (510, 244, "1.440,00", 8.5),
    ])
    values, _ = read(albania, patterns)
    assert values["vendor_information.vendor_name"] == '"Shqiponja Printime" sh.p.k.'
    assert values["vendor_information.tax_id"] == "M24929373X"
    assert values["customer_information.customer_name"] == '"Iliria Teknologji" sh.a.'
    assert values["customer_information.address"] == "Rruga Tregtare, Nr. 17, 2001 Durrës"
    assert values["financial_data.currency"] == "ALL"
    assert values["financial_data.total_amount"] == 1440.00


def test_an_airline_e_ticket_receipt(patterns):
    document = drawn_pdf([
        (45, 52, "ELECTRONIC TICKET", 12),
        (45, 66, "PASSENGER ITINERARY/RECEIPT", 9),
        (45, 90, "PASSENGER:", 8), (160, 90, "THORNTON/JAMES MR", 8),
        (45, 102, "ETKT NBR:", 8), (160, 102, "737 4373153939", 8),
        (45, 114, "ISSUING AIRLINE:", 8), (160, 114, "NORTHSTAR AIR LINES, INC.", 8),
        (160, 126, "1030 DELTA BOULEVARD", 8),
        (160, 138, "ATLANTA, GA 30354", 8),
        (45, 150, "DATE OF ISSUE:", 8), (160, 150, "January 24, 2023", 8),
        (45, 162, "BOOKING REF:", 8), (160, 162, "RJHC9Z", 8),
        (45, 186, "FLIGHT", 7), (100, 186, "DATE", 7), (150, 186, "FROM", 7), (260, 186, "TO", 7),
        (370, 186, "DEP", 7), (410, 186, "CL", 7),
        (45, 198, "NS 973", 7), (100, 198, "10MAR", 7), (150, 198, "ATL ATLANTA", 7), (260, 198, "LAX LOS ANGELES", 7),
        (370, 198, "2150", 7), (410, 198, "J", 7),
        (45, 222, "AIR FARE:", 8), (160, 222, "USD 1,695.00", 8),
        (45, 234, "TAX:", 8), (160, 234, "51.13US 58.68YR 25.40XT", 8),
        (45, 246, "TAXES/FEES/CHARGES:", 8), (160, 246, "USD 135.21", 8),
        (45, 258, "TOTAL:", 8), (160, 258, "USD 1,830.21", 8),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "receipt"
    assert values["invoice_ids.0"] == "737 4373153939"  # the airline's code and the serial, not the booking
    assert values["vendor_information.vendor_name"] == "NORTHSTAR AIR LINES, INC."
    assert "customer_information.customer_name" not in values  # "FROM" / "TO" head a journey's columns
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (1695.00, 135.21, 1830.21)


def test_a_value_under_its_own_label_is_not_the_titles(patterns):
    document = drawn_pdf([
        (45, 56, "Albion Airways plc", 20),
        (45, 74, "Receipt", 16),
        (498, 48, "Booking reference", 7),
        (492, 66, "JS32A3", 16),
        (42, 98, "Passenger", 8), (156, 98, "Olivia Montague", 8),
        (42, 110, "Ticket number", 8), (156, 110, "724-9516145961", 8),
        (42, 122, "Date of issue", 8), (156, 122, "3 October 2023", 8),
        (42, 150, "Base fare", 8), (300, 150, "GBP 212.00", 8),
        (42, 162, "Taxes, fees and charges", 8), (300, 162, "GBP 313.50", 8),
        (42, 174, "Total paid", 8), (300, 174, "GBP 525.50", 8),
    ])
    values, _ = read(document, patterns)
    assert values["invoice_ids.0"] == "724-9516145961"
    assert values["financial_data.total_amount"] == 525.50


# Guards: what the rules above must leave alone.

def test_a_registers_folio_and_a_reference_tables_folio_number_no_document(patterns):
    receipt = drawn_pdf([
        (40, 40, "Cafetería Sol S.L.", 11),
        (40, 54, "Calle Mayor 12, 28013 Madrid", 8),
        (40, 66, "Reg. Merc. Madrid, Tomo 0165, Folio 43", 7),
        (40, 90, "Ticket nº 089120", 8),
        (40, 102, "Fecha: 12/03/2024", 8),
        (40, 126, "2 Café con leche", 8), (200, 126, "3,20", 8),
        (40, 150, "TOTAL", 9), (200, 150, "3,20 €", 9),
    ])
    values, _ = read(receipt, patterns)
    assert values["invoice_ids.0"] == "089120"
    credit_note = drawn_pdf([
        (40, 40, "INGENIERÍA TAMARUGAL SPA", 11),
        (40, 54, "R.U.T.: 76.882.247-6", 8),
        (300, 40, "NOTA DE CRÉDITO ELECTRÓNICA", 10),
        (40, 90, "Referencias", 8),
        (40, 102, "Tipo Documento", 7), (160, 102, "Folio", 7), (220, 102, "Fecha", 7), (300, 102, "Razón Referencia", 7),
        (40, 114, "Factura Electrónica", 7), (160, 114, "1061", 7), (220, 114, "22/09/2024", 7),
        (300, 114, "Devolución de mercaderías", 7),
        (300, 140, "Monto Neto", 8), (420, 140, "$ 3.770.410", 8),
    ])
    values, _ = read(credit_note, patterns)
    assert values.get("invoice_ids.0") != "1061"  # the invoice the note corrects


def test_a_brand_word_or_a_code_list_is_no_party_or_address(patterns):
    receipt = drawn_pdf([
        (40, 40, "GUARDIAN HEALTH AND BEAUTY SDN BHD", 9),
        (40, 52, "NO 15 JALAN BANDAR RAWANG 10", 8),
        (40, 64, "BANDAR BARU RAWANG", 8),
        (40, 76, "GST REG #000899874816", 8),
        (40, 100, "100 PLUS 500ML", 8), (200, 100, "2.28", 8),
        (40, 120, "TOTAL (GST INCL)", 8), (200, 120, "2.28", 8),
        (40, 140, "MERCHANT COPY", 8),
        (40, 152, "MERCHANT NUMBER", 8), (200, 152, "000001020138429", 8),
    ])
    values, _ = read(receipt, patterns)
    assert values["vendor_information.vendor_name"] == "GUARDIAN HEALTH AND BEAUTY SDN BHD"
    assert "customer_information.customer_name" not in values


def test_an_operator_under_a_brand_is_no_customer(patterns):
    document = drawn_pdf([
        (40, 40, "Silverline Fuel & Convenience", 11),
        (40, 54, "Level 11, 412 Collins Street", 8),
        (40, 66, "Melbourne VIC 3000", 8),
        (40, 78, "Ph (06) 9191 6588", 8),
        (40, 90, "Operated by Redmond & Harper Pty Ltd", 8),
        (40, 102, "ABN 99 927 542 405", 8),
        (40, 120, "TAX INVOICE", 9),
        (40, 132, "16/10/2024 10:26:26", 8),
        (40, 150, "Milk 2L", 8), (200, 150, "4.18", 8),
        (40, 170, "Total", 9), (200, 170, "$4.18", 9),
    ])
    values, _ = read(document, patterns)
    assert "customer_information.customer_name" not in values


def test_a_payees_bank_account_in_its_block_is_no_vendor_number(patterns):
    document = drawn_pdf([
        (40, 40, "Harbour Bank of Kenya", 12),
        (40, 62, "Transfer details", 10),
        (40, 80, "Transaction reference", 8), (200, 80, "TRN792143089", 8),
        (40, 92, "Value date", 8), (200, 92, "8 Jun 2023", 8),
        (40, 104, "Amount", 8), (200, 104, "KES 1,126,149.54", 8),
        (40, 122, "Ordering customer", 8),
        (40, 134, "Name", 8), (200, 134, "Mt. Kenya Hardware Enterprises Ltd", 8),
        (40, 152, "Beneficiary", 8),
        (40, 164, "Name", 8), (200, 164, "Rift Valley Engineering Ltd", 8),
        (40, 176, "Address", 8), (200, 176, "Enterprise Road, Plot 258/7309", 8),
        (200, 188, "Nakuru", 8),
        (40, 200, "Account number", 8), (200, 200, "437606214968", 8),
        (40, 212, "Bank", 8), (200, 212, "KCB Bank Kenya", 8),
        (40, 236, "Invoice", 8), (140, 236, "Invoice date", 8), (300, 236, "Amount (KES)", 8),
        (40, 248, "F22483", 8), (140, 248, "11 Apr 2023", 8), (300, 248, "1,126,149.54", 8),
    ])
    values, _ = read(document, patterns)
    assert "vendor_information.vendor_id" not in values



def test_a_date_wrapped_by_its_column_and_a_label_finished_on_the_next_line(patterns):
    document = drawn_pdf([
        (45, 45, "Sankofa Enterprise Company Limited", 12),
        (45, 60, "Plot 71, Spintex Road, Accra", 8),
        (476, 45, "INVOICE", 14),
        (301, 104, "Invoice No.", 8), (385, 104, "TI/2024/8357", 8),
        (301, 116, "Date", 8), (385, 116, "22nd September", 8),
        (385, 126, "2024", 8),
        (301, 140, "Your Ref.", 8), (385, 140, "LPO/4424", 8),
        (301, 152, "Payment", 8), (385, 152, "6th November 2024", 8),
        (301, 160, "Date", 8),
        (46, 180, "Description of service", 8), (487, 180, "Amount (GHS)", 8),
        (46, 194, "Fumigation and pest control", 8), (514, 194, "1,500.00", 8),
        (218, 214, "Total", 8), (487, 214, "GHS 1,500.00", 8),
    ])
    values, _ = read(document, patterns)
    assert values["document_date"] == "2024-09-22"
    assert values["invoice_ids.0"] == "TI/2024/8357"


def test_italian_numero_and_a_colombian_factura_de_venta(patterns):
    italian = drawn_pdf([
        (40, 40, "Esposito Forniture Srl", 12),
        (40, 54, "Viale Europa, 30", 8), (40, 64, "50123 Firenze (FI)", 8),
        (40, 76, "P.IVA IT85217770156", 8),
        (40, 138, "FATTURA", 14),
        (40, 154, "Numero", 9), (89, 154, "520", 9),
        (40, 166, "Data", 9), (89, 166, "29/10/2024", 9),
        (380, 220, "Totale documento", 9), (480, 220, "EUR 851,58", 9),
    ])
    values, _ = read(italian, patterns)
    assert values["invoice_ids.0"] == "520"
    colombian = drawn_pdf([
        (40, 40, "Factura Electrónica de Venta No. FE 62922", 11),
        (40, 60, "Fecha de emisión", 8), (200, 60, "30/05/2025 12:36:50", 8),
        (40, 80, "Servicios Integrales Magdalena S.A.", 9),
        (40, 92, "NIT: 901.469.271-1", 8),
        (380, 150, "Total a pagar", 9), (480, 150, "$ 239.547", 9),
    ])
    values, _ = read(colombian, patterns)
    assert values["invoice_ids.0"] == "FE 62922"


def test_a_tax_summary_line_and_a_total_excluding_tax(patterns):
    receipt = drawn_pdf([
        (40, 40, "The Olive Room", 11),
        (40, 54, "450 Parramatta Road, Adelaide SA 5000", 8),
        (40, 66, "ABN: 71 178 802 886", 8),
        (40, 80, "TAX INVOICE", 9),
        (40, 100, "Chicken Parma", 8), (260, 100, "88.50", 8),
        (40, 112, "Fresh OJ", 8), (260, 112, "24.00", 8),
        (40, 130, "TOTAL", 9), (260, 130, "$112.50", 9),
        (40, 150, "GST summary: Net 102.27   GST 10.23   Gross 112.50", 8),
    ])
    values, _ = read(receipt, patterns)
    assert "payment_terms.payment_terms" not in values  # "Net 102.27" is no "Net 30"
    invoice = drawn_pdf([
        (40, 40, "Bluewater Facilities LLC", 11),
        (40, 54, "2555 W 5th Street, Austin, TX 78728", 8),
        (40, 70, "Invoice number MRO3EM2Q-0031", 8),
        (40, 100, "Enterprise platform fee", 8), (460, 100, "$35,600.00", 8),
        (300, 130, "Subtotal", 8), (460, 130, "$35,600.00", 8),
        (300, 142, "Discount (ANNUAL27)", 8), (460, 142, "-$3,560.00", 8),
        (300, 154, "Total excluding tax", 8), (460, 154, "$32,040.00", 8),
        (300, 166, "Sales tax (6.5% on $32,040.00)", 8), (460, 166, "$2,082.60", 8),
        (300, 178, "Total", 9), (460, 178, "$34,122.60", 9),
    ])
    values, _ = read(invoice, patterns)
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (32040.00, 2082.60, 34122.60)


def test_stamp_duty_is_tax_beside_gst(patterns):
    document = drawn_pdf([
        (40, 40, "Ironbridge Insurance Services Pty Ltd", 11),
        (40, 54, "97 Hay Street, Newcastle NSW 2300", 8),
        (40, 70, "TAX INVOICE", 10),
        (40, 86, "Invoice Number DN973512", 8),
        (40, 110, "Public & Products Liability", 8), (460, 110, "770.14", 8),
        (40, 122, "Buildings", 8), (460, 122, "5,889.96", 8),
        (300, 142, "Sub total", 8), (460, 142, "6,660.10", 8),
        (300, 154, "GST", 8), (460, 154, "666.01", 8),
        (300, 166, "Stamp Duty", 8), (460, 166, "732.61", 8),
        (300, 178, "Total Amount Due", 9), (460, 178, "$8,058.72", 9),
    ])
    values, _ = read(document, patterns)
    assert values["financial_data.tax_amount"] == 1398.62
    assert values["financial_data.total_amount"] == 8058.72


def test_a_value_under_its_heading_in_a_merged_row_and_a_label_under_a_number_marker(patterns):
    document = drawn_pdf([
        (48, 60, "Suryodaya Polymers Pvt. Ltd.", 12), (442, 60, "PAYMENT ADVICE", 12),
        (46, 90, "Supplier:", 8), (46, 102, "Kaveri Traders Pvt. Ltd.", 8),
        (43, 162, "Date of Advice", 7), (117, 162, "Payment Voucher", 7), (190, 162, "Reference No", 7),
        (264, 162, "Value Date", 7), (337, 162, "Payment Method", 7), (484, 162, "Net Payment", 7),
        (43, 175, "16.05.2024", 7), (117, 175, "PV102162", 7), (190, 175, "Chq No. 412517 17.05.2024", 7),
        (337, 175, "Cheque", 7), (484, 175, "INR 2,92,000.00", 7),
        (44, 210, "Inv #", 7), (193, 210, "Inv. Date", 7), (516, 210, "Net Paid", 7),
        (44, 226, "TI/3866/24-47", 7), (193, 226, "20.04.2024", 7), (505, 226, "2,92,000.00", 7),
    ])
    values, _ = read(document, patterns)
    assert values["payment_information.payment_date"] == "2024-05-17"
    invoice = drawn_pdf([
        (40, 40, "Crescent Traders (Private) Limited", 12),
        (40, 54, "226-Murree Road, Rawalpindi", 8),
        (40, 70, "SALES TAX INVOICE", 11),
        (301, 100, "Invoice No.", 8), (385, 100, "STI/2025/290", 8),
        (301, 112, "Delivery Challan", 8), (385, 112, "DC-8270", 8),
        (301, 122, "No.", 8),
        (301, 134, "Payment Terms", 8), (385, 134, "Advance", 8),
        (385, 144, "Payment", 8),
        (300, 180, "Total", 9), (480, 180, "PKR 56,315.50", 9),
    ])
    values, _ = read(invoice, patterns)
    assert values["payment_terms.payment_terms"] == "Advance Payment"


def test_a_head_offices_labelled_address_under_the_name(patterns):
    document = drawn_pdf([
        (37, 40, "TRANSPORTES MAIPO LIMITADA", 12),
        (37, 54, "Giro: Transporte de carga por carretera", 8), (405, 54, "R.U.T.: 77.404.353-5", 8),
        (37, 66, "Casa Matriz: Camino a Noviciado 7992, Pudahuel, Santiago", 8), (375, 66, "FACTURA ELECTRÓNICA", 9),
        (426, 78, "N° 54902", 9),
        (46, 110, "Señor(es):", 8), (114, 110, "CONSTRUCTORA BIOBÍO LIMITADA", 8),
        (380, 200, "TOTAL", 9), (480, 200, "$ 163.030", 9),
    ])
    values, _ = read(document, patterns)
    assert values["vendor_information.address"] == "Camino a Noviciado 7992, Pudahuel, Santiago"
