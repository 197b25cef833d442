"""Tier 1 rules first written in session 23, each general rather than tied to one layout:

- a marketplace's payout (settlement) report is a remittance: the marketplace pays its seller for the
  orders in the period, each order's total after fees its allocation (the order table counts units
  and parts the money into sales and fees, and is still no items table); the settlement id is the
  reference, the deposit date the payment date, "Merchant token" the payee's number; a period's
  bounds date no document; a deposit e-mail's order cell reads "Order #3147502433"; its footer names
  the marketplace and its address in a sentence;
- a letterhead line "Name Ltd · street, town" under a logo is the name and the address;
- a UK CIS payment and deduction statement is a remittance: the gross before the deduction, the
  materials and the amount deducted are no payment; the subcontractor (a person, "t/a" a trade) is
  the payee in the window; a greeting that names the payee leaves its block's address to be read;
- Uruguayan and Paraguayan e-invoices: "RUT Comprador" is the buyer's, a form's "Dirección:" row
  is the address whatever its words, a rate in brackets after an item's description is no tax total,
  a labelled currency beats the peso's "$", "Guaraní" is the guaraní;
- Uzbek and Azerbaijani invoices: a form of name, tax number and address under a party's heading;
- Mongolian: "2025 оны 04 сарын 07", a shop's name over its company's (same first word);
- Armenian: covered; a heading wrapped so that its last word stands apart on the line below still
  names its column, and a form's tax number row between name and address is passed over;
- an energy bill's price per kWh in cents; a rail ticket's company in the footer after a middle dot.
"""

from __future__ import annotations

import pytest
from drawn_documents import allocation_pairs, drawn_lines, drawn_pdf, item_rows, read

from engine.normalize.dates import find_dates
from engine.pattern_files import load_patterns


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def test_a_marketplace_settlement_report_pays_its_orders(patterns):
    document = drawn_pdf([
        (30, 30, "tradehub", 14),
        (30, 50, "Tradehub Marketplace Ltd · 9 Canal Wharf, Manchester, M1 5AN", 6),
        (30, 64, "Settlement Report", 14),
        (36, 92, "Seller: Orchard Lane Ceramics Ltd", 7.5),
        (315, 86, "Merchant token", 7.5), (415, 86, "AQ7T2LMC9XV4K", 7.5),
        (315, 98, "Settlement period", 7.5), (415, 98, "3 Mar 2024 - 16 Mar 2024", 7.5),
        (315, 110, "Settlement ID", 7.5), (415, 110, "38815520931", 7.5),
        (315, 122, "Deposit date", 7.5), (415, 122, "18 Mar 2024", 7.5),
        (33, 150, "Product sales", 7.5), (244, 150, "£212.40", 7.5),
        (33, 162, "Selling fees", 7.5), (244, 162, "-£27.60", 7.5),
        (33, 174, "Net proceeds", 7.5), (244, 174, "£184.80", 7.5),
        (35, 200, "Date", 7.5), (81, 200, "Order ID", 7.5), (167, 200, "Type", 7.5), (204, 200, "SKU", 7.5),
        (272, 200, "Qty", 7.5), (300, 200, "Product sales", 7.5), (370, 200, "Promo", 7.5),
        (420, 200, "Selling fees", 7.5), (559, 200, "Total", 7.5),
        (35, 214, "04/03/24", 7.5), (81, 214, "204-5518270-3391026", 7.5), (167, 214, "Order", 7.5),
        (204, 214, "MUG-0412-BLU", 7.5), (280, 214, "2", 7.5), (320, 214, "96.00", 7.5), (380, 214, "0.00", 7.5),
        (440, 214, "-12.48", 7.5), (559, 214, "83.52", 7.5),
        (35, 228, "11/03/24", 7.5), (81, 228, "113-9920461-0058812", 7.5), (167, 228, "Order", 7.5),
        (204, 228, "VAS-0077-GRN", 7.5), (280, 228, "1", 7.5), (316, 228, "116.40", 7.5), (380, 228, "0.00", 7.5),
        (440, 228, "-15.12", 7.5), (555, 228, "101.28", 7.5),
        (36, 250, "Total: £184.80", 7.5),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "remittance_advice"
    assert allocation_pairs(values) == [("204-5518270-3391026", 83.52), ("113-9920461-0058812", 101.28)]
    assert values["payment_information.payment_reference"] == "38815520931"
    assert values["payment_information.payment_date"] == "2024-03-18"
    assert values["payment_information.payment_amount"] == 184.80
    assert values["document_date"] == "2024-03-18"  # not the period's first or last day
    assert values["vendor_information.vendor_id"] == "AQ7T2LMC9XV4K"  # no IBAN: too short for one
    assert values["vendor_information.vendor_name"] == "Orchard Lane Ceramics Ltd"
    assert values["customer_information.customer_name"] == "Tradehub Marketplace Ltd"
    assert values["customer_information.address"] == "9 Canal Wharf, Manchester, M1 5AN"


def test_a_deposit_email_reads_its_order_numbers_and_the_marketplace_in_its_footer(patterns):
    document = drawn_pdf([
        (36, 40, "From:", 8), (90, 40, "Craftly <payments@craftly.example>", 8),
        (36, 52, "To:", 8), (90, 52, "nina@wrenstudio.example", 8),
        (36, 64, "Subject:", 8), (90, 64, "Your deposit of $140.05 is on its way", 8),
        (36, 90, "Hi Nina,", 9),
        (36, 104, "We've sent a deposit of $140.05 from your Craftly Payments account to your bank.", 9),
        (36, 120, "Deposit ID: 552019877", 9),
        (36, 140, "Orders in this deposit", 10),
        (36, 156, "Order", 8), (200, 156, "Date", 8), (290, 156, "Sale", 8), (360, 156, "Fees & taxes", 8),
        (460, 156, "Net", 8),
        (36, 170, "Order #3391027745", 8), (200, 170, "2024-05-02", 8), (290, 170, "$88.00", 8),
        (360, 170, "-$9.12", 8), (460, 170, "$78.88", 8),
        (36, 184, "Refund · Order #3380054410", 8), (200, 184, "2024-05-03", 8), (290, 184, "-$20.00", 8),
        (360, 184, "$1.17", 8), (460, 184, "-$18.83", 8),
        (36, 198, "Order #3402216608", 8), (200, 198, "2024-05-04", 8), (290, 198, "$90.00", 8),
        (360, 198, "-$10.00", 8), (460, 198, "$80.00", 8),
        (36, 220, "Deposit total: $140.05", 9),
        (36, 250, "Thanks,", 9),
        (36, 262, "The Craftly Team", 9),
        (36, 280, "Craftly, Inc., 48 Water Street, Brooklyn, NY 11201, USA. You received this e-mail because you "
                  "sell on Craftly.", 6),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "remittance_advice"
    assert allocation_pairs(values) == [("3391027745", 78.88), ("3380054410", -18.83), ("3402216608", 80.00)]
    assert values["payment_information.payment_reference"] == "552019877"
    assert values["customer_information.customer_name"] == "Craftly, Inc."
    assert values["customer_information.address"] == "48 Water Street, Brooklyn, NY 11201, USA"


def test_a_cis_payment_and_deduction_statement_pays_its_subcontractor(patterns):
    document = drawn_pdf([
        (36, 34, "Brookfield Groundworks Ltd", 13), (282, 35, "Employer's PAYE reference", 8.5),
        (432, 35, "120/BG44127", 8.5),
        (36, 53, "41 Mill Road", 8.5), (282, 49, "Accounts Office reference", 8.5), (432, 49, "120PB00441182", 8.5),
        (36, 66, "Derby", 8.5), (282, 62, "Tax month ending", 8.5), (432, 62, "05/06/2024", 8.5),
        (36, 80, "DE1 2GH", 8.5), (282, 75, "Date", 8.5), (432, 75, "08/06/2024", 8.5),
        (36, 116, "Construction Industry Scheme – Payment and Deduction Statement", 13),
        (42, 141, "Owen Pritchard t/a Pritchard Plastering", 8.5),
        (262, 135, "Subcontractor's Unique Taxpayer Reference", 8.5), (442, 135, "5520913876", 8.5),
        (42, 154, "18 Beech Grove", 8.5), (262, 159, "Deduction rate", 8.5), (442, 159, "20%", 8.5),
        (42, 167, "Nottingham", 8.5),
        (42, 180, "NG1 5DT", 8.5),
        (41, 222, "Your invoice", 8.5), (109, 222, "Invoice date", 8.5), (182, 222, "Gross amount paid", 8.5),
        (294, 222, "Cost of", 8.5), (342, 222, "Amount liable to", 8.5), (447, 222, "Amount", 8.5),
        (507, 222, "Amount paid", 8.5),
        (209, 232, "(excl. VAT)", 8.5), (285, 232, "materials", 8.5), (367, 232, "deduction", 8.5),
        (443, 232, "deducted", 8.5),
        (41, 248, "OP-118", 8.5), (109, 248, "12/05/2024", 8.5), (217, 248, "£4,000.00", 8.5),
        (300, 248, "£500.00", 8.5), (369, 248, "£3,500.00", 8.5), (442, 248, "£700.00", 8.5),
        (521, 248, "£3,300.00", 8.5),
        (39, 262, "Payment date", 8.5), (149, 262, "21/05/2024", 8.5),
        (294, 262, "Gross amount paid (excl. VAT)", 8.5), (514, 262, "£4,000.00", 8.5),
        (39, 275, "Payment reference", 8.5), (149, 275, "PAY55102", 8.5),
        (294, 275, "Amount deducted", 8.5), (514, 275, "£700.00", 8.5),
        (294, 288, "Amount payable", 8.5), (514, 288, "£3,300.00", 8.5),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "remittance_advice"
    assert allocation_pairs(values) == [("OP-118", 3300.00)]
    assert values["payment_information.payment_amount"] == 3300.00
    assert values["payment_information.payment_reference"] == "PAY55102"
    assert values["vendor_information.vendor_name"] == "Owen Pritchard t/a Pritchard Plastering"
    assert values["vendor_information.address"] == "18 Beech Grove, Nottingham, NG1 5DT"
    assert values["customer_information.customer_name"] == "Brookfield Groundworks Ltd"


def test_a_uruguayan_cfe_reads_the_buyers_form_and_its_labelled_currency(patterns):
    document = drawn_pdf([
        (36, 34, "Servicios del Litoral S.A.S.", 13), (363, 41, "RUT EMISOR", 8),
        (36, 53, "Av. Rivera 2210", 8), (363, 53, "217744310016", 13),
        (36, 66, "Montevideo", 8), (363, 73, "e-Factura", 13),
        (363, 93, "Serie A Nº 0077120", 8),
        (45, 137, "RUT Comprador:", 8), (132, 136, "210398450012", 8), (318, 136, "Fecha de emisión", 8),
        (418, 136, "04/09/2024", 8),
        (45, 149, "Nombre:", 8), (132, 150, "Distribuidora Oriental S.A.", 8), (318, 149, "Moneda", 8),
        (418, 149, "UYU", 8),
        (45, 162, "Dirección:", 8), (132, 162, "Ruta 8 km 17, Pando", 8),
        (40, 215, "Código", 8), (92, 215, "Descripción", 8), (309, 215, "Cantidad", 8),
        (363, 215, "Precio unitario", 8), (533, 215, "Monto", 8),
        (40, 230, "4410", 8), (92, 230, "Yerba mate 1 kg (IVA 10%)", 8), (337, 230, "4", 8),
        (392, 230, "250,00", 8), (529, 230, "1.000,00", 8),
        (40, 245, "7725", 8), (92, 245, "Servicio técnico", 8), (337, 245, "1", 8),
        (388, 245, "2.000,00", 8), (529, 245, "2.000,00", 8),
        (312, 270, "Subtotal", 8), (529, 270, "3.000,00", 8),
        (312, 283, "IVA 10%", 8), (535, 283, "100,00", 8),
        (312, 296, "IVA 22%", 8), (535, 296, "440,00", 8),
        (312, 309, "Total a pagar", 8), (520, 309, "$ 3.540,00", 8),
    ])
    values, _ = read(document, patterns)
    assert values["financial_data.currency"] == "UYU"
    assert values["customer_information.customer_name"] == "Distribuidora Oriental S.A."
    assert values["customer_information.address"] == "Ruta 8 km 17, Pando"
    assert values["vendor_information.tax_id"] == "217744310016"
    assert values["financial_data.tax_amount"] != 1000.00  # the item's bracketed rate names no tax total


def test_a_paraguayan_kude_knows_the_guarani_and_its_number_under_the_title(patterns):
    document = drawn_pdf([
        (36, 30, "KuDE de Factura Electrónica", 12),
        (36, 50, "Comercial Itá S.R.L.", 10),
        (36, 62, "Av. Eusebio Ayala 1450", 8),
        (36, 74, "Asunción", 8),
        (330, 50, "RUC: 80012345-6", 8),
        (330, 62, "Timbrado Nº: 18833120", 8),
        (330, 74, "Fecha de Inicio de Vigencia: 01/02/2024", 8),
        (330, 90, "Factura Electrónica", 10),
        (330, 104, "Nº 001-002-0004417", 8),
        (36, 120, "Fecha y hora de emisión:", 8), (160, 120, "12/06/2024 09:10:11", 8),
        (36, 132, "Moneda:", 8), (160, 132, "Guaraní", 8),
        (36, 160, "SUBTOTAL:", 8), (520, 160, "550.000", 8),
        (36, 174, "TOTAL DE LA OPERACIÓN:", 8), (520, 174, "550.000", 8),
        (36, 190, "LIQUIDACIÓN IVA:  (5%) 0   (10%) 50.000   TOTAL IVA: 50.000", 8),
    ])
    values, _ = read(document, patterns)
    assert values["financial_data.currency"] == "PYG"
    assert values["invoice_ids.0"] == "001-002-0004417"
    assert values["document_date"] == "2024-06-12"
    assert values["financial_data.tax_amount"] == 50000


def test_a_form_of_name_tax_number_and_address_under_a_partys_heading(patterns):
    document = drawn_lines([
        (205, 28, "ELEKTRON QAİMƏ-FAKTURA"),
        (213, 47, "Seriya: MT2406 № 5501872 Tarix: 14.06.2024"),
        (35, 68, "Qaimə-fakturanı təqdim edən"), (302, 68, "Qaimə-fakturanı alan"),
        (38, 81, "VÖEN:"), (88, 81, "1402287731"), (305, 81, "VÖEN:"), (355, 81, "1700441296"),
        (38, 93, "Adı:"), (88, 94, "\"Xəzər Servis\" MMC"), (305, 93, "Adı:"), (355, 94, "\"Şamaxı Qida\" ASC"),
        (38, 106, "Ünvanı:"), (88, 106, "Bakı şəhəri, Nizami küç. 12"), (305, 106, "Ünvanı:"),
        (355, 106, "Şamaxı şəhəri, Sabir küç. 7"),
        (300, 140, "Yekun məbləğ: 1 180,00 AZN"),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "invoice"
    assert values["vendor_information.vendor_name"] == "\"Xəzər Servis\" MMC"
    assert values["vendor_information.address"] == "Bakı şəhəri, Nizami küç. 12"
    assert values["customer_information.customer_name"] == "\"Şamaxı Qida\" ASC"
    assert values["customer_information.address"] == "Şamaxı şəhəri, Sabir küç. 7"
    assert values["financial_data.currency"] == "AZN"


def test_mongolian_dates_and_a_shops_name_over_its_company(patterns):
    assert [m.value.isoformat() for m in find_dates("Огноо: 2025 оны 04 сарын 07")] == ["2025-04-07"]
    document = drawn_lines([
        (60, 30, "Номин Номын дэлгүүр"),
        (60, 44, "Номин Трейд ХХК"),
        (60, 58, "ТТД: 5518207"),
        (60, 70, "Улаанбаатар хот, Баянгол дүүрэг, 3-р хороо"),
        (60, 90, "Огноо: 2024.02.11"), (60, 102, "Чекийн №: 004412"),
        (60, 120, "Нэр"), (200, 120, "Дүн"),
        (60, 134, "Ном"), (200, 134, "15,000.00₮"),
        (60, 150, "Нийт дүн:"), (200, 150, "15,000.00₮"),
        (60, 162, "НӨАТ:"), (200, 162, "1,364.00₮"),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "receipt"
    assert values["vendor_information.vendor_name"] == "Номин Трейд ХХК"
    assert values["vendor_information.tax_id"] == "5518207"
    assert values["financial_data.currency"] == "MNT"
    assert values["financial_data.total_amount"] == 15000.00
    assert values["financial_data.tax_amount"] == 1364.00
    assert values["invoice_ids.0"] == "004412"


def test_an_armenian_invoice_is_read_with_its_wrapped_headings(patterns):
    document = drawn_lines([
        (200, 30, "ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ"),
        (200, 46, "Սերիա՝ Ա   Համար՝ 00512233"),
        (200, 58, "Դուրս գրման ամսաթիվ՝ 02.05.2024"),
        (36, 80, "Մատակարար"), (300, 80, "Գնորդ"),
        (36, 92, "Անվանում՝"), (100, 92, "«Արարատ Շին» ՍՊԸ"), (300, 92, "Անվանում՝"),
        (364, 92, "«Սևան Տեխ» ՓԲԸ"),
        (36, 104, "ՀՎՀՀ՝"), (100, 104, "02211457"), (300, 104, "ՀՎՀՀ՝"), (364, 104, "04410982"),
        (36, 116, "Հասցե՝"), (100, 116, "ք. Երևան, Աբովյան փ. 12"), (300, 116, "Հասցե՝"),
        (364, 116, "ք. Գյումրի, Շիրակի փ. 5"),
        (37, 150, "№"), (58, 150, "Ապրանքի (աշխատանքի,"), (246, 150, "Քանակ"), (281, 150, "Միավորի գին"),
        (365, 150, "Արժեք"), (473, 150, "ԱԱՀ"), (519, 150, "Ընդհանուր"),
        (58, 159, "ծառայության)"), (111, 159, "անվանում"), (463, 159, "գումար"), (535, 159, "արժեք"),
        (37, 175, "1"), (58, 175, "Գրասենյակային աթոռ"), (262, 175, "2"), (299, 175, "50,000.00"),
        (363, 175, "100,000.00"), (464, 175, "20,000.00"), (525, 175, "120,000.00"),
        (300, 200, "Ընդամենը առանց ԱԱՀ"), (500, 200, "100,000.00"),
        (300, 212, "ԱԱՀ 20%"), (500, 212, "20,000.00"),
        (300, 224, "Ընդամենը ԱԱՀ-ով"), (500, 224, "120,000.00 AMD"),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "invoice"
    assert item_rows(values) == [("Գրասենյակային աթոռ", 2, 50000.00, 100000.00)]
    assert values["financial_data.net_amount"] == 100000.00
    assert values["financial_data.tax_amount"] == 20000.00
    assert values["vendor_information.address"] == "ք. Երևան, Աբովյան փ. 12"
    assert values["customer_information.customer_name"] == "«Սևան Տեխ» ՓԲԸ"


def test_a_price_per_kwh_in_cents_is_the_unit_price_in_euros(patterns):
    document = drawn_pdf([
        (351, 30, "Stadtwerke Birkenau GmbH", 13),
        (35, 55, "Stadtwerke Birkenau GmbH · Am Wasserturm 3 · 69488 Birkenau", 6.2),
        (35, 66, "Jonas Albrecht", 8.5), (308, 68, "Rechnungsnummer", 8.5), (403, 68, "7011842231", 8.5),
        (35, 78, "Lindenweg 8", 8.5), (308, 81, "Rechnungsdatum", 8.5), (403, 81, "02.03.2024", 8.5),
        (35, 91, "69469 Weinheim", 8.5),
        (35, 118, "Ihre Jahresabrechnung Strom", 13),
        (35, 180, "Position", 8.5), (230, 180, "Menge × Preis", 8.5), (420, 180, "USt", 8.5),
        (500, 180, "Betrag netto", 8.5),
        (35, 194, "Arbeitspreis", 8.5), (230, 194, "2.000 kWh × 35,00 ct/kWh", 8.5), (420, 194, "19 %", 8.5),
        (520, 194, "700,00", 8.5),
        (35, 208, "Grundpreis", 8.5), (230, 208, "12 Monate × 10,00 €", 8.5), (420, 208, "19 %", 8.5),
        (520, 208, "120,00", 8.5),
        (35, 230, "Summe netto", 8.5), (510, 230, "820,00 €", 8.5),
        (35, 242, "Umsatzsteuer 19 % auf 820,00 €", 8.5), (510, 242, "155,80 €", 8.5),
        (35, 254, "Rechnungsbetrag brutto", 8.5), (510, 254, "975,80 €", 8.5),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "invoice"
    rows = item_rows(values)
    assert rows[0][1:] == (2000, 0.35, 700.00)
    assert values["customer_information.customer_name"] == "Jonas Albrecht"
    assert values["customer_information.address"] == "Lindenweg 8, 69469 Weinheim"


def test_a_rail_receipts_company_is_in_its_footer_after_a_middle_dot(patterns):
    document = drawn_pdf([
        (36, 30, "Lagunare", 16),
        (36, 54, "Biglietto elettronico", 9),
        (36, 68, "Codice biglietto (PNR): 7QW2ZK", 8),
        (36, 84, "Andata: Verona Porta Nuova → Milano Centrale", 8),
        (36, 96, "21/09/2025 partenza 08:12 arrivo 09:40 · Treno 9710", 8),
        (36, 120, "Ricevuta di acquisto", 10),
        (36, 134, "Ricevuta n.", 8), (200, 134, "88120455", 8),
        (36, 146, "Data emissione", 8), (200, 146, "02/09/2025", 8),
        (36, 166, "Biglietto Andata Verona Porta Nuova – Milano Centrale (Standard)", 8), (450, 166, "29,90 €", 8),
        (36, 180, "Importo totale", 8), (450, 180, "29,90 €", 8),
        (36, 192, "di cui IVA 10%", 8), (450, 192, "2,72 €", 8),
        (36, 230, "Lagunare Trasporti S.p.A. · Corso Porta Nuova, 40, 37122 Verona (VR) · P.IVA IT04415220236", 6.4),
    ])
    values, _ = read(document, patterns)
    assert values["vendor_information.vendor_name"] == "Lagunare Trasporti S.p.A."
    assert values["vendor_information.address"] == "Corso Porta Nuova, 40, 37122 Verona (VR)"
    assert values["document_date"] == "2025-09-02"


def test_a_label_word_inside_a_sentence_heads_no_value(patterns):
    document = drawn_pdf([
        (60, 40, "Harbourside Bank plc", 12),
        (60, 80, "Outgoing payment", 10),
        (60, 100, "Dear Customer, we have debited your account as follows in accordance with your instructions:", 8.5),
        (60, 116, "Our Reference", 8.5), (200, 116, "FT240611552093", 8.5),
        (60, 128, "Your Reference", 8.5), (200, 128, "AP77120", 8.5),
        (60, 140, "Value date", 8.5), (200, 140, "11 Jun 2024", 8.5),
        (60, 152, "Amount", 8.5), (200, 152, "GBP 12,400.00", 8.5),
    ])
    values, _ = read(document, patterns)
    assert values.get("customer_information.customer_id") != "FT240611552093"


def test_a_totals_row_stops_before_another_labels_figure(patterns):
    document = drawn_pdf([
        (36, 30, "Servicios Quetzal, S.A.", 12),
        (36, 46, "NIT Emisor: 406488762", 8),
        (300, 30, "FACTURA", 12),
        (300, 46, "Número de DTE: 3746100021", 8),
        (300, 58, "Fecha y hora de emisión: 07/11/2024 13:05:54", 8),
        (46, 100, "#", 7), (110, 100, "Descripción", 7), (300, 100, "Cantidad", 7), (356, 100, "P. Unitario", 7),
        (470, 100, "Total (Q)", 7), (523, 100, "Impuestos", 7),
        (46, 114, "1", 7), (110, 114, "Servicio de limpieza", 7), (320, 114, "2", 7), (356, 114, "1,500.00", 7),
        (472, 114, "3,000.00", 7), (523, 114, "IVA 321.43", 7),
        (46, 128, "2", 7), (110, 128, "Insumos", 7), (320, 128, "1", 7), (356, 128, "200.00", 7),
        (476, 128, "200.00", 7), (523, 128, "IVA 21.43", 7),
        (348, 142, "TOTALES:", 7), (422, 142, "0.00", 7), (465, 142, "Q 3,200.00", 7), (523, 142, "IVA 342.86", 7),
    ])
    values, _ = read(document, patterns)
    assert values["financial_data.total_amount"] == 3200.00


def test_a_web_pages_trail_and_a_journeys_times_are_no_address(patterns):
    from engine.parties import _address_like

    assert not _address_like("Home › Payments › Remittances › 2023-552514", patterns)
    assert not _address_like("07.12.2023, ab 20:02, an 22:32 · EC 2363 · Wagen 11, Platz 39", patterns)
    assert _address_like("Europaplatz 4, 10557 Berlin", patterns)
    assert _address_like("ООО «Интерснаб», 196084, г. Санкт-Петербург, ул. Ленина, д. 5", patterns)


def test_a_paraguayan_kude_reads_each_lines_amount_under_its_rate(patterns):
    document = drawn_pdf([
        (36, 30, "KuDE de Factura Electrónica", 12),
        (36, 50, "Comercial Itá S.R.L.", 10), (330, 50, "RUC: 80012345-6", 8),
        (330, 90, "Factura Electrónica", 10), (330, 104, "Nº 001-002-0004418", 8),
        (36, 120, "Fecha y hora de emisión:", 8), (160, 120, "13/06/2024 10:00:00", 8),
        (36, 132, "Moneda:", 8), (160, 132, "Guaraní", 8),
        (35, 160, "Cód.", 8), (72, 160, "Descripción", 8), (273, 160, "Cant.", 8), (318, 160, "Precio unitario", 8),
        (423, 160, "Exentas", 8), (495, 160, "5%", 8), (544, 160, "10%", 8),
        (35, 176, "81110", 8), (72, 176, "Cemento Portland 50 kg", 8), (289, 176, "2", 8), (328, 176, "62.300", 8),
        (449, 176, "0", 8), (502, 176, "0", 8), (531, 176, "124.600", 8),
        (35, 190, "23486", 8), (72, 190, "Yerba mate 500 g", 8), (289, 190, "3", 8), (328, 190, "23.900", 8),
        (449, 190, "0", 8), (482, 190, "71.700", 8), (555, 190, "0", 8),
        (35, 206, "SUBTOTAL:", 8), (449, 206, "0", 8), (482, 206, "71.700", 8), (531, 206, "124.600", 8),
        (35, 222, "TOTAL DE LA OPERACIÓN:", 8), (531, 222, "196.300", 8),
    ])
    values, _ = read(document, patterns)
    rows = item_rows(values)
    assert [(description, amount) for description, _, _, amount in rows] == [
        ("Cemento Portland 50 kg", 124600), ("Yerba mate 500 g", 71700)]


def test_an_authorisations_expiry_under_its_number_is_no_due_date(patterns):
    document = drawn_pdf([
        (36, 34, "Servicios del Litoral S.A.S.", 13), (363, 41, "RUT EMISOR", 8), (363, 53, "217744310016", 13),
        (363, 73, "e-Factura", 13),
        (318, 136, "Fecha de emisión", 8), (418, 136, "04/09/2024", 8),
        (312, 270, "Subtotal", 8), (529, 270, "3.000,00", 8),
        (312, 283, "IVA 22%", 8), (535, 283, "660,00", 8),
        (312, 296, "Total", 8), (520, 296, "$ 3.660,00", 8),
        (36, 330, "CAE Nº 90011223344 Serie A del 1 al 100000", 7),
        (36, 340, "Fecha de vencimiento: 31/12/2026", 7),
    ])
    values, _ = read(document, patterns)
    assert "payment_terms.due_date" not in values


def test_a_receipts_single_line_over_its_total_is_its_item_and_a_journey_home_is_no_change(patterns):
    one = drawn_pdf([
        (36, 30, "Ferrovia Lagunare", 16),
        (36, 60, "Ricevuta di acquisto", 10),
        (36, 74, "Ricevuta n.", 8), (200, 74, "88120455", 8),
        (36, 86, "Data emissione", 8), (200, 86, "02/09/2025", 8),
        (36, 98, "Pagamento", 8), (200, 98, "Carta Visa ****8126", 8),
        (36, 112, "Biglietto Andata Verona Porta Nuova – Milano Centrale (Standard)", 8), (450, 112, "29,90", 8),
        (300, 126, "Importo totale", 8), (450, 126, "29,90", 8),
    ])
    values, _ = read(one, patterns)
    assert [amount for *_, amount in item_rows(values)] == [29.90]
    two = drawn_pdf([
        (36, 30, "Rail Atlantique", 16),
        (36, 60, "Facture", 10),
        (36, 74, "N° de facture", 8), (200, 74, "FV-24-0012", 8),
        (36, 86, "Date d'achat", 8), (200, 86, "19/01/2024", 8),
        (36, 100, "Aller Paris Gare de Lyon – Toulouse Matabiau, 2e classe", 8), (450, 100, "43,00", 8),
        (36, 112, "Retour Toulouse Matabiau – Paris Gare de Lyon, 2e classe", 8), (450, 112, "60,00", 8),
        (300, 126, "Montant TTC", 8), (450, 126, "103,00", 8),
    ])
    values, _ = read(two, patterns)
    assert [amount for *_, amount in item_rows(values)] == [43.00, 60.00]


def test_a_document_that_states_no_amount_read_is_not_trusted(patterns):
    from engine.api import EngineConfig
    from engine.tiers.patterns import PatternTier

    document = drawn_pdf([
        (36, 30, "REMITTANCE ADVICE,", 12),
        (36, 50, "Payer,Summit Facilities Inc.", 8),
        (36, 62, "Payee,Garrison Logistics Inc", 8),
        (36, 74, "Payment Reference,CHK 10100", 8),
        (36, 86, "Invoice Number,Invoice Date,Gross,Discount,Net Paid", 8),
        (36, 98, "SI69499,4/23/2023,3747.58,0.00,3747.58", 8),
        (36, 110, "Total,,3747.58,0.00,3747.58", 8),
    ])
    result = PatternTier(EngineConfig()).run(document, None)
    assert "payment_information.payment_amount" not in result.fields  # a comma-separated print: no amount read
    assert "financial_data.total_amount" not in result.fields
    assert result.fields, "its payer and reference are still read"
    assert result.confidence <= 0.5


def test_a_cash_total_rounded_to_five_cents_still_sums_its_lines():
    from engine.validation import run_checks

    values = {"financial_data.total_amount": 13.60, "line_items.0.description": "MARIGOLD HL MILK 1L",
              "line_items.0.quantity": 2.0, "line_items.0.unit_price": 6.79, "line_items.0.amount": 13.58}
    checks = {check.name: check.passed for check in run_checks(values)}
    assert checks["line_amounts_sum_to_net_or_total"]
    values["financial_data.total_amount"] = 13.65  # seven cents off: no rounding explains it
    checks = {check.name: check.passed for check in run_checks(values)}
    assert not checks["line_amounts_sum_to_net_or_total"]


def test_a_carriers_shipment_blocks_are_its_items(patterns):
    def shipment(y, date, tracking, service, charges, total):
        items = [(37, y, date, 7.5), (142, y, tracking, 7.5), (248, y, service, 7.5), (353, y, "Zone 004", 7.5),
                 (554, y, "12 lbs", 7.5), (142, y + 11, "Receiver: ANNA WOLF, DAYTON OH 45402", 6)]
        for offset, (name, amount) in enumerate(charges):
            items += [(142, y + 20 + 11 * offset, name, 7.5), (556, y + 20 + 11 * offset, amount, 7.5)]
        items += [(142, y + 20 + 11 * len(charges), "Total", 7.5), (556, y + 20 + 11 * len(charges), total, 7.5)]
        return items

    document = drawn_pdf([
        (34, 30, "SwiftRoute Parcel, LLC", 12), (380, 30, "Invoice Number", 8), (470, 30, "7-220-1185", 8),
        (380, 42, "Invoice Date", 8), (470, 42, "07/06/2024", 8),
        (37, 80, "Invoice Summary", 8),
        (37, 92, "Total Charges", 8), (380, 92, "$187.35", 8),
        (34, 120, "Shipment Detail", 7.5),
        *shipment(134, "06/30/2024", "395073761083", "Express Saver",
                  [("Transportation", "41.73"), ("Fuel Surcharge", "5.95"), ("Residential Surcharge", "5.55")], "53.23"),
        *shipment(200, "07/01/2024", "524552979009", "3 Day Select",
                  [("Transportation", "23.51"), ("Fuel Surcharge", "3.35"), ("Discount", "-9.64")], "17.22"),
        *shipment(266, "07/02/2024", "337072152079", "Ground",
                  [("Transportation", "100.02"), ("Fuel Surcharge", "16.88")], "116.90"),
    ])
    values, _ = read(document, patterns)
    assert [(description, amount) for description, _, _, amount in item_rows(values)] == [
        ("Express Saver", 53.23), ("3 Day Select", 17.22), ("Ground", 116.90)]
