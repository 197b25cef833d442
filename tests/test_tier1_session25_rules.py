"""Tier 1 rules first written in session 25, each general rather than tied to one layout:

- a number marker alone opening its cell ("Broj: 0315/24" under "FAKTURA", "Nº:" heading a header
  grid's column, "Documento: FT A2023/1341") names the document's own number;
- Macedonian invoices: "ЕДБ" is the tax number, "Валута" the due date, "Вкупно без ДДВ" the net,
  "Вкупно за плаќање (МКД)" the total in denars;
- a net label may hold the tax's word ("Osnovica (bez PDV)", "Σύνολο πριν ΦΠΑ / Total before VAT")
  and still be the net, with the tax lines under it summed;
- a letterhead's middle dots part an address's parts as commas do;
- the Caribbean's dollars by their sign ("TT$", "BDS$"), Mozambique's meticais by the dialling code,
  Angola's kwanzas by "Kz";
- remittances: one invoice row's amount printed again in the letter is the payment; a date alone on the
  line that ends the payment's sentence; an advice dated only by its printing; an invoice's date in the
  table of invoices paid dates no advice; "Remittance Date" yields to "Date Paid";
- an insurer's settlement letter pays the repairer the invoice less the excess, by BACS, with the
  transfer's reference rather than the letter's;
- a US public body's warrant remittance ("Warrant No.", "Warrant Date", the body's name with its office);
  "VENDOR PAYMENT DETAIL" names no vendor;
- a bank's payment notification laid out as a form with right-aligned values: "From" is the payer,
  "Recipient" the payee, "Recipient Reference" the invoice;
- a vet's reminders ("vaccination due ...") are no due date; a letterhead with the title on its line;
- "Customer P.O.: ..." names no customer;
- Portuguese item-table headers ("Descrição", "Qtd.", "Preço Unit.", "Taxa", "Valor (AOA)");
- names and addresses: a South African close corporation ("... CC"), an abbreviated Portuguese avenue
  ("Av. da Independência"), a promenade, a Barbados postcode line.
"""

from __future__ import annotations

import pymupdf
import pytest
from drawn_documents import allocation_pairs, drawn_lines, drawn_pdf, item_rows, read

from engine.pattern_files import load_patterns


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def _right_aligned(right: float, y: float, text: str, size: float = 9) -> tuple:
    """An item whose text ends at `right` (Helvetica at `size`)."""
    return (right - pymupdf.get_text_length(text, fontname="helv", fontsize=size), y, text, size)


# 1. A number marker alone opening its cell

def test_a_number_marker_alone_under_the_title_names_the_invoice(patterns):
    montenegrin = drawn_lines([
        (40, 42, "Jadran Trgovina d.o.o."),
        (40, 56, "Ulica Vojvode Putnika 14"),
        (40, 68, "81000 Podgorica"),
        (40, 80, "PIB: 02874561"),
        (40, 112, "FAKTURA"),
        (40, 126, "Broj: 0315/24"),
        (330, 112, "Datum: 18.03.2024"),
        (330, 124, "Rok plaćanja: 02.04.2024"),
        (40, 152, "Kupac"),
        (40, 164, "Lovćen Gradnja d.o.o."),
        (40, 176, "Bulevar Svetog Petra Cetinjskog 88"),
        (40, 188, "81000 Podgorica"),
        (40, 214, "Opis"), (300, 214, "Kol."), (360, 214, "Cijena"), (480, 214, "Iznos"),
        (40, 228, "Keramičke pločice 60x60"), (300, 228, "40"), (360, 228, "18,50"), (480, 228, "740,00"),
        (360, 252, "Ukupno bez PDV"), (480, 252, "740,00"),
        (360, 264, "PDV 21%"), (480, 264, "155,40"),
        (360, 276, "Ukupno za plaćanje (EUR)"), (480, 276, "895,40"),
    ])
    values, document_type = read(montenegrin, patterns)
    assert document_type == "invoice"
    assert [values[k] for k in sorted(values) if k.startswith("invoice_ids.")] == ["0315/24"]  # not "Broj: 0315/24"
    assert values["document_date"] == "2024-03-18"


def test_a_number_marker_heading_a_header_grid_or_a_document_label(patterns):
    grid = drawn_pdf([
        (40, 42, "Tejo Serviços Técnicos, Lda.", 13),
        (40, 58, "Rua Augusta 221, 2º Esq.", 8.5),
        (40, 70, "1100-053 Lisboa", 8.5),
        (40, 82, "NIF: 514 892 370", 8.5),
        (400, 42, "FATURA", 15),
        (40, 112, "Nº:", 8), (170, 112, "Data:", 8), (290, 112, "Vencimento:", 8),
        (40, 124, "FT 2025/5820", 9), (170, 124, "2025-07-24", 9), (290, 124, "2025-08-23", 9),
        (40, 152, "Cliente", 8.5),
        (40, 164, "Minho Construções, S.A.", 8.5),
        (40, 176, "Avenida da Boavista 1837", 8.5),
        (40, 188, "4100-133 Porto", 8.5),
        (40, 214, "Descrição", 8), (480, 214, "Valor", 8),
        (40, 228, "Manutenção de elevadores - julho", 8), (480, 228, "650,00", 8),
        (360, 252, "Total Ilíquido", 8.5), (480, 252, "650,00", 8.5),
        (360, 264, "IVA 23%", 8.5), (480, 264, "149,50", 8.5),
        (360, 276, "Total (EUR)", 8.5), (480, 276, "799,50", 8.5),
    ])
    values, _ = read(grid, patterns)
    assert values["invoice_ids.0"] == "FT 2025/5820"
    assert values["document_date"] == "2025-07-24"
    assert values["payment_terms.due_date"] == "2025-08-23"
    receipt = drawn_pdf([
        (40, 42, "Baía Azul Comércio, Lda.", 13),
        (40, 58, "Rua do Almada 70", 8.5),
        (40, 70, "4050-036 Porto", 8.5),
        (400, 42, "FATURA-RECIBO", 13),
        (400, 60, "Documento: FT A2023/1341", 8.5),
        (400, 72, "Data: 11/05/2023", 8.5),
        (40, 104, "Cliente: Consumidor final", 8.5),
        (40, 130, "Descrição", 8), (480, 130, "Valor", 8),
        (40, 144, "Toner HP 85A", 8), (480, 144, "61,50", 8),
        (360, 168, "Total (EUR)", 8.5), (480, 168, "61,50", 8.5),
    ])
    values, _ = read(receipt, patterns)
    assert values["invoice_ids.0"] == "FT A2023/1341"


# 2. Macedonian invoices

def test_a_macedonian_invoice(patterns):
    document = drawn_lines([
        (40, 40, "Вардар Трејд ДООЕЛ Скопје"),
        (40, 54, "ул. Партизански одреди бр. 72"),
        (40, 66, "1000 Скопје"),
        (40, 78, "ЕДБ: MK4002630857179"),
        (40, 90, "ЕМБС: 6417842"),
        (40, 118, "ФАКТУРА бр. 2025-0914"),
        (330, 118, "Датум: 29.09.2025"),
        (330, 130, "Валута: 13.10.2025"),
        (40, 146, "Купувач"),
        (40, 158, "Охридска Градба ДООЕЛ"),
        (40, 170, "ул. Македонски просветители бр. 19"),
        (40, 182, "6000 Охрид"),
        (40, 210, "Опис"), (260, 210, "Кол."), (320, 210, "Цена"), (390, 210, "ДДВ"), (470, 210, "Износ"),
        (40, 224, "Арматурно железо Ø12"), (260, 224, "1.200"), (320, 224, "259,73"), (390, 224, "18%"),
        (470, 224, "311.676,00"),
        (40, 236, "Брошура за монтажа"), (260, 236, "19"), (320, 236, "40,00"), (390, 236, "5%"), (470, 236, "760,00"),
        (300, 262, "Вкупно без ДДВ"), (470, 262, "312.436,00"),
        (300, 274, "ДДВ 18%"), (470, 274, "56.101,68"),
        (300, 286, "ДДВ 5%"), (470, 286, "38,00"),
        (300, 298, "Вкупно за плаќање (МКД)"), (470, 298, "368.575,68"),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "invoice"
    assert values["vendor_information.tax_id"] == "MK4002630857179"
    assert values["document_date"] == "2025-09-29"
    assert values["payment_terms.due_date"] == "2025-10-13"
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (312436.00, 56139.68, 368575.68)
    assert values["financial_data.currency"] == "MKD"


# 3. A net label that holds the tax's word

def test_a_net_label_that_names_the_tax_it_excludes(patterns):
    montenegrin = drawn_lines([
        (40, 42, "Primorje Catering d.o.o."),
        (40, 58, "Obala Kralja Tomislava 9"),
        (40, 70, "85320 Tivat"),
        (40, 82, "PIB: 03118274   PDV: 40/31-04127-6"),
        (40, 112, "RAČUN"),
        (330, 112, "Broj računa: 284/2025"),
        (330, 124, "Datum: 04.08.2025"),
        (40, 140, "Kupac"),
        (40, 152, "Hotel Perla Kotor d.o.o."),
        (40, 164, "Put I Bokeške brigade 55"),
        (40, 176, "85330 Kotor"),
        (40, 204, "Opis"), (300, 204, "Kol."), (350, 204, "Cijena"), (410, 204, "PDV"), (480, 204, "Iznos"),
        (40, 218, "Catering usluga - konferencija"), (300, 218, "1"), (350, 218, "1.948,25"), (410, 218, "21%"),
        (480, 218, "1.948,25"),
        (40, 230, "Voda i sokovi"), (300, 230, "1"), (350, 230, "205,60"), (410, 230, "7%"), (480, 230, "205,60"),
        (340, 256, "Osnovica (bez PDV)"), (480, 256, "2.153,85"),
        (340, 268, "PDV 21%"), (480, 268, "409,13"),
        (340, 280, "PDV 7%"), (480, 280, "14,39"),
        (340, 294, "Ukupno za plaćanje"), (470, 294, "€ 2.577,37"),
    ])
    values, _ = read(montenegrin, patterns)
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (2153.85, 423.52, 2577.37)
    cypriot = drawn_lines([
        (40, 42, "Paphos Marine Supplies Ltd"),
        (40, 58, "14 Apostolou Pavlou Avenue, 8046 Paphos"),
        (40, 70, "ΑΦΜ / VAT No.: CY10284731K"),
        (40, 100, "ΤΙΜΟΛΟΓΙΟ / INVOICE"),
        (330, 100, "Αρ. / No.: PMS-6612"),
        (330, 112, "Ημερομηνία / Date: 19/02/2025"),
        (40, 130, "Πελάτης / Customer"),
        (40, 142, "Limassol Yacht Services Ltd"),
        (40, 154, "3 Spyrou Araouzou Street, 3036 Limassol"),
        (40, 184, "Περιγραφή / Description"), (410, 184, "ΦΠΑ / VAT"), (480, 184, "Ποσό / Amount"),
        (40, 198, "Mooring ropes 16mm (100 m)"), (410, 198, "19%"), (480, 198, "129.00"),
        (40, 210, "Fresh provisions"), (410, 210, "5%"), (480, 210, "1,084.50"),
        (300, 236, "Σύνολο πριν ΦΠΑ / Total before VAT"), (480, 236, "1,213.50"),
        (300, 248, "ΦΠΑ / VAT 19%"), (480, 248, "24.51"),
        (300, 260, "ΦΠΑ / VAT 5%"), (480, 260, "54.23"),
        (300, 274, "Σύνολο / Total"), (470, 274, "€ 1,292.24"),
    ])
    values, _ = read(cypriot, patterns)
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (1213.50, 78.74, 1292.24)


# 4. A letterhead address with middle dots

def test_a_letterheads_middle_dots_part_its_address(patterns):
    document = drawn_pdf([
        (40, 42, "Kition Logistics Ltd", 15),
        (40, 58, "36 Artemidos Avenue · 6036 Larnaca · Cyprus", 8.5),
        (40, 70, "VAT CY10391745S · Tel. +357 24 812 660", 8.5),
        (420, 42, "INVOICE", 15),
        (380, 100, "Invoice No.", 8.5), (460, 100, "KL-24-0387", 8.5),
        (380, 112, "Date", 8.5), (460, 112, "05/11/2024", 8.5),
        (380, 124, "Due date", 8.5), (460, 124, "05/12/2024", 8.5),
        (40, 100, "Bill to", 8.5),
        (40, 112, "Famagusta Fresh Produce Ltd", 8.5),
        (40, 124, "22 Ermou Street", 8.5),
        (40, 136, "5330 Ayia Napa", 8.5),
        (40, 166, "Description", 8), (480, 166, "Amount", 8),
        (40, 180, "Reefer container haulage Limassol port - Ayia Napa", 8), (480, 180, "1,150.00", 8),
        (380, 204, "Subtotal", 8.5), (480, 204, "1,150.00", 8.5),
        (380, 216, "VAT 19%", 8.5), (480, 216, "218.50", 8.5),
        (380, 228, "Total EUR", 9), (480, 228, "1,368.50", 9),
    ])
    values, _ = read(document, patterns)
    assert values["vendor_information.vendor_name"] == "Kition Logistics Ltd"
    assert values["vendor_information.address"] == "36 Artemidos Avenue, 6036 Larnaca, Cyprus"
    assert values["customer_information.address"] == "22 Ermou Street, 5330 Ayia Napa"


# 5. Currencies

def _trinidad_invoice(address: str) -> list[tuple]:
    return [
        (40, 42, "Caroni Office Supplies Ltd", 14),
        (40, 58, address, 8.5),
        (40, 70, "Tel: (868) 652-4417", 8.5),
        (420, 42, "INVOICE", 15),
        (380, 100, "Invoice #: 10452", 8.5),
        (380, 112, "Date: 14/03/2024", 8.5),
        (40, 100, "Bill To", 8.5),
        (40, 112, "Point Fortin Engineering Ltd", 8.5),
        (40, 124, "12 Guapo Road", 8.5),
        (40, 136, "Point Fortin", 8.5),
        (40, 166, "Item", 8), (300, 166, "Qty", 8), (370, 166, "Unit Price", 8), (480, 166, "Amount TT$", 8),
        (40, 180, "Copy paper A4 (ream)", 8), (300, 180, "4", 8), (370, 180, "34.50", 8), (486, 180, "138.00", 8),
        (40, 192, "Stapler refills", 8), (300, 192, "2", 8), (370, 192, "9.20", 8), (490, 192, "18.40", 8),
        (370, 214, "Subtotal", 8.5), (486, 214, "156.40", 8.5),
        (370, 226, "Delivery", 8.5), (494, 226, "3.68", 8.5),
        (370, 240, "Invoice Total TT$", 9), (486, 240, "160.08", 9),
    ]


def _barbados_invoice(address_lines: list[str]) -> list[tuple]:
    items = [(40, 42, "Coral Reef Plumbing Inc.", 14), (420, 42, "INVOICE", 15)]
    items += [(40, 58 + 12 * i, line, 8.5) for i, line in enumerate(address_lines)]
    return items + [
        (380, 112, "Invoice No: 2231", 8.5),
        (380, 124, "Date: 02/10/2024", 8.5),
        (40, 124, "Customer", 8.5),
        (40, 136, "Sandy Lane Villas Ltd", 8.5),
        (40, 148, "Holetown, St. James", 8.5),
        (40, 176, "Description", 8), (480, 176, "Amount", 8),
        (40, 190, "Replace water heater element", 8), (480, 190, "420.00", 8),
        (380, 214, "VAT 17.5%", 8.5), (480, 214, "73.50", 8.5),
        (380, 228, "TOTAL BDS$", 9), (480, 228, "493.50", 9),
    ]


def test_caribbean_dollars_are_named_by_their_sign(patterns):
    values, _ = read(drawn_pdf(_trinidad_invoice("41 Coffee Street, San Fernando")), patterns)
    assert values["financial_data.currency"] == "TTD"
    assert values["financial_data.total_amount"] == 160.08
    assert item_rows(values) == [("Copy paper A4 (ream)", 4.0, 34.5, 138.0), ("Stapler refills", 2.0, 9.2, 18.4)]
    values, _ = read(drawn_pdf(_barbados_invoice(["Lot 7, Wildey Industrial Park", "Wildey, St. Michael"])),
                     patterns)
    assert values["financial_data.currency"] == "BBD"
    assert values["financial_data.total_amount"] == 493.50


def _angolan_invoice() -> list[tuple]:
    return [
        (40, 42, "Benguela Materiais, Lda.", 14),
        (40, 58, "Av. da Independência, n.º 718 · Lobito", 8.5),
        (40, 70, "NIF: 5417093825", 8.5),
        (400, 42, "FACTURA", 15),
        (400, 60, "Nº: FT 2025/311", 8.5),
        (400, 72, "Data: 03/02/2025", 8.5),
        (40, 104, "Cliente", 8.5),
        (40, 116, "Obras do Catumbela, Lda.", 8.5),
        (40, 128, "Rua 4 de Fevereiro 52, Benguela", 8.5),
        (40, 156, "Descrição", 8), (300, 156, "Qtd.", 8), (480, 156, "Valor (Kz)", 8),
        (40, 170, "Tinta acrílica branca 20 L", 8), (300, 170, "12", 8), (480, 170, "342.000,00", 8),
        (380, 196, "Total Ilíquido", 8.5), (480, 196, "342.000,00", 8.5),
        (380, 208, "IVA 14%", 8.5), (480, 208, "47.880,00", 8.5),
        (380, 222, "Total a pagar", 9), (480, 222, "389.880,00", 9),
    ]


def test_meticais_by_the_dialling_code_and_kwanzas_by_their_sign(patterns):
    mozambican = drawn_pdf([
        (40, 42, "Matola Ferragens, Lda.", 14),
        (40, 58, "Av. Samora Machel, n.º 1245", 8.5),
        (40, 70, "Matola", 8.5),
        (40, 82, "NUIT: 400318275", 8.5),
        (40, 94, "Tel.: +258 84 818 618", 8.5),
        (400, 42, "FACTURA", 15),
        (400, 60, "Nº: FA 2024/0782", 8.5),
        (400, 72, "Data: 21/06/2024", 8.5),
        (40, 124, "Cliente", 8.5),
        (40, 136, "Construções Limpopo, Lda.", 8.5),
        (40, 148, "Rua da Resistência 310, Maputo", 8.5),
        (40, 176, "Descrição", 8), (300, 176, "Qtd.", 8), (370, 176, "Preço Unit.", 8), (480, 176, "Total (MT)", 8),
        (40, 190, "Cimento Portland 42,5N (saco 50 kg)", 8), (300, 190, "60", 8), (370, 190, "620,00", 8),
        (480, 190, "37.200,00", 8),
        (370, 214, "Subtotal", 8.5), (480, 214, "37.200,00", 8.5),
        (370, 226, "IVA 16%", 8.5), (480, 226, "5.952,00", 8.5),
        (370, 240, "Total (MT)", 9), (480, 240, "43.152,00", 9),
    ])
    values, _ = read(mozambican, patterns)
    assert values["financial_data.currency"] == "MZN"
    assert values["financial_data.total_amount"] == 43152.00
    assert item_rows(values) == [("Cimento Portland 42,5N (saco 50 kg)", 60.0, 620.0, 37200.0)]
    values, _ = read(drawn_pdf(_angolan_invoice()), patterns)
    assert values["financial_data.currency"] == "AOA"
    assert values["financial_data.total_amount"] == 389880.00


# 6. Remittances

def test_one_invoice_rows_amount_repeated_in_the_letter_is_the_payment(patterns):
    document = drawn_pdf([
        (40, 42, "Table Mountain Electrical CC", 14),
        (40, 58, "18 Voortrekker Road", 8.5),
        (40, 70, "Bellville", 8.5),
        (40, 82, "7530", 8.5),
        (40, 94, "VAT No: 4710263958", 8.5),
        (380, 42, "REMITTANCE ADVICE", 12),
        (380, 58, "Date: 15 May 2024", 8.5),
        (40, 124, "To:", 8.5),
        (40, 136, "Kloof Street Wholesalers (Pty) Ltd", 8.5),
        (40, 148, "92 Kloof Street", 8.5),
        (40, 160, "Gardens, Cape Town", 8.5),
        (40, 188, "Dear Sir / Madam", 9),
        (40, 204, "We have made an EFT payment of R 19,196.03 into your First National Bank account on 15 May 2024.", 9),
        (40, 216, "Please allocate it as follows:", 9),
        (40, 240, "Invoice", 8.5), (300, 240, "Amount paid", 8.5),
        (40, 254, "94998", 8.5), (300, 254, "R 19,196.03", 8.5),
        (40, 284, "Kind regards", 9),
        (40, 296, "Accounts Department", 9),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "remittance_advice"
    assert values["payment_information.payment_amount"] == 19196.03
    assert values["financial_data.total_amount"] == 19196.03
    assert allocation_pairs(values) == [("94998", 19196.03)]
    # a South African close corporation's letterhead names the payer
    assert values["customer_information.customer_name"] == "Table Mountain Electrical CC"
    assert values["vendor_information.vendor_name"] == "Kloof Street Wholesalers (Pty) Ltd"


def test_a_payment_date_alone_on_the_line_that_ends_its_sentence(patterns):
    document = drawn_pdf([
        (40, 42, "Highveld Printers (Pty) Ltd", 14),
        (40, 58, "55 Jan Smuts Avenue", 8.5),
        (40, 70, "Rosebank, Johannesburg", 8.5),
        (40, 82, "2196", 8.5),
        (380, 42, "REMITTANCE ADVICE", 12),
        (380, 58, "Date: 07 June 2024", 8.5),
        (40, 124, "To:", 8.5),
        (40, 136, "Nkosi Paper Merchants (Pty) Ltd", 8.5),
        (40, 148, "7 Main Reef Road", 8.5),
        (40, 160, "Germiston", 8.5),
        (40, 188, "Dear Sir / Madam", 9),
        (40, 204, "We confirm that an EFT payment of R 48,310.50 will be made into your Investec account on", 9),
        (40, 216, "10 June 2024.", 9),
        (40, 240, "Invoice", 8.5), (140, 240, "Invoice date", 8.5), (300, 240, "Amount paid", 8.5),
        (40, 254, "NPM-40417", 8.5), (140, 254, "12/04/2024", 8.5), (300, 254, "R 31,870.00", 8.5),
        (40, 266, "NPM-40588", 8.5), (140, 266, "26/04/2024", 8.5), (300, 266, "R 16,440.50", 8.5),
        (40, 282, "Total", 8.5), (300, 282, "R 48,310.50", 8.5),
        (40, 310, "Kind regards", 9),
        (40, 322, "Creditors Department", 9),
    ])
    values, _ = read(document, patterns)
    assert values["payment_information.payment_date"] == "2024-06-10"
    assert values["document_date"] == "2024-06-07"


def test_an_advice_dated_only_by_its_printing(patterns):
    document = drawn_pdf([
        (40, 42, "Pennine Foods Group plc", 14),
        (40, 58, "Calder Mill, Wakefield Road", 8.5),
        (40, 70, "Huddersfield HD1 6QT", 8.5),
        (380, 42, "REMITTANCE ADVICE", 12),
        (380, 58, "Printed: 13/09/2023", 8),
        (40, 110, "Supplier", 8.5),
        (40, 122, "Dales Packaging Ltd", 8.5),
        (40, 134, "Unit 4, Canal Wharf", 8.5),
        (40, 146, "Skipton BD23 1LT", 8.5),
        (330, 110, "Supplier No: DAL019", 8.5),
        (330, 122, "Payment Date: 14/09/2023", 8.5),
        (330, 134, "Payment Method: BACS", 8.5),
        (40, 176, "Invoice No", 8), (140, 176, "Invoice Date", 8), (300, 176, "Amount", 8),
        (40, 190, "DP-22817", 8), (140, 190, "02/08/2023", 8), (300, 190, "2,418.60", 8),
        (40, 202, "DP-22903", 8), (140, 202, "09/08/2023", 8), (300, 202, "775.20", 8),
        (200, 224, "Total paid", 8.5), (300, 224, "£3,193.80", 8.5),
    ])
    values, _ = read(document, patterns)
    assert values["document_date"] == "2023-09-13"
    assert values["payment_information.payment_date"] == "2023-09-14"


def test_an_invoices_date_in_the_table_paid_does_not_date_the_advice(patterns):
    document = drawn_pdf([
        (40, 42, "Great Lakes Components, Inc.", 14),
        (40, 58, "2800 Industrial Parkway", 8.5),
        (40, 70, "Toledo, OH 43607", 8.5),
        (380, 42, "EFT PAYMENT ADVICE", 12),
        (40, 104, "Payee", 8.5),
        (40, 116, "Maumee Valley Tool & Die LLC", 8.5),
        (40, 128, "615 Conant Street", 8.5),
        (40, 140, "Maumee, OH 43537", 8.5),
        (330, 104, "Settlement Date: March 28, 2025", 8.5),
        (330, 116, "Trace Number: 041000124873512", 8.5),
        (330, 128, "Payment Amount: $7,342.15", 8.5),
        (40, 170, "Invoice", 8), (120, 170, "Invoice Date", 8), (220, 170, "Description", 8), (400, 170, "Gross", 8),
        (480, 170, "Paid", 8),
        (40, 184, "MV-10927", 8), (120, 184, "February 3, 2025", 8), (220, 184, "Progressive die rework", 8),
        (400, 184, "7,342.15", 8), (480, 184, "7,342.15", 8),
    ])
    values, _ = read(document, patterns)
    assert values["document_date"] == "2025-03-28"
    assert values["payment_information.payment_date"] == "2025-03-28"


def test_a_remittance_date_yields_to_the_date_paid(patterns):
    document = drawn_pdf([
        (40, 42, "Brindabella Health Services", 14),
        (40, 58, "PO Box 1120", 8.5),
        (40, 70, "Canberra ACT 2601", 8.5),
        (380, 42, "REMITTANCE ADVICE", 12),
        (40, 104, "To", 8.5),
        (40, 116, "Molonglo Medical Supplies Pty Ltd", 8.5),
        (40, 128, "31 Kembla Street", 8.5),
        (40, 140, "Fyshwick ACT 2609", 8.5),
        (330, 104, "Remittance Date: 07/01/2024", 8.5),
        (330, 116, "Date Paid: 09/01/2024", 8.5),
        (330, 128, "Payment Ref: EFT-558213", 8.5),
        (40, 170, "Invoice No", 8), (140, 170, "Invoice Date", 8), (300, 170, "Amount Paid", 8),
        (40, 184, "MMS-7781", 8), (140, 184, "28/11/2023", 8), (300, 184, "1,980.00", 8),
        (40, 196, "MMS-7802", 8), (140, 196, "05/12/2023", 8), (300, 196, "640.50", 8),
        (200, 216, "Total", 8.5), (300, 216, "$2,620.50", 8.5),
    ])
    values, _ = read(document, patterns)
    assert values["payment_information.payment_date"] == "2024-01-09"
    assert values["document_date"] == "2024-01-07"


# 7. An insurer's settlement letter

def test_an_insurers_settlement_letter_pays_the_repairer(patterns):
    document = drawn_pdf([
        (40, 60, "Cotswold Autobody Repairs Ltd", 9),
        (40, 72, "Unit 12, Love Lane Industrial Estate", 9),
        (40, 84, "Cirencester GL7 1YG", 9),
        (360, 44, "Severn Vale General", 14),
        (360, 60, "Insurance Limited", 14),
        (360, 76, "Riverside House", 8.5),
        (360, 88, "2 Quay Street", 8.5),
        (360, 100, "Bristol BS1 4DJ", 8.5),
        (360, 112, "Claims enquiries 0345 675 3810", 8.5),
        (40, 140, "Our ref: CM33039306", 8.5),
        (360, 140, "Date: 09/03/2025", 8.5),
        (40, 180, "Dear Sir or Madam", 9),
        (40, 196, "Claim settlement - policyholder Mr D. Hollis, vehicle WU19 KZP", 9, "hebo"),
        (40, 214, "We write to confirm settlement of the repair costs below, less the policy excess payable", 9),
        (40, 226, "by our policyholder directly to you.", 9),
        (40, 252, "Your invoice", 8), (140, 252, "Invoice date", 8), (240, 252, "Invoice total", 8),
        (340, 252, "Less excess", 8), (440, 252, "Paid", 8),
        (40, 266, "INV-94199", 8), (140, 266, "26/01/2025", 8), (240, 266, "£1,257.96", 8),
        (340, 266, "£250.00", 8), (440, 266, "£1,007.96", 8),
        (40, 294, "Payment of £1,007.96 was made by BACS on 10/03/2025 to sort code 28-67-37, "
                  "reference BACS65226909.", 9),
        (40, 322, "Yours faithfully", 9),
        (40, 346, "Motor Claims Team", 9),
        (40, 358, "Severn Vale General Insurance Limited", 9),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "remittance_advice"
    assert values["customer_information.customer_name"] == "Severn Vale General Insurance Limited"
    assert values["customer_information.address"] == "Riverside House, 2 Quay Street, Bristol BS1 4DJ"
    assert values["vendor_information.vendor_name"] == "Cotswold Autobody Repairs Ltd"
    assert values["payment_information.payment_amount"] == 1007.96
    assert values["financial_data.total_amount"] == 1007.96  # not the invoice's £1,257.96
    assert values["payment_information.payment_reference"] == "BACS65226909"  # not "Our ref"
    assert values["payment_information.payment_date"] == "2025-03-10"
    assert allocation_pairs(values) == [("INV-94199", 1007.96)]


# 8. A public body's warrant remittance; a "VENDOR PAYMENT DETAIL" title

def test_a_county_warrant_remittance(patterns):
    rows = [("DPW", "PV-0031842", "PO-22-1187", "INV-48213", "03/02/2023", "4,812.50", "4,812.50"),
            ("DPW", "PV-0031843", "PO-22-1187", "INV-48390", "03/09/2023", "1,276.00", "1,276.00"),
            ("PRK", "PV-0031851", "PO-23-0042", "INV-48455", "03/14/2023", "639.75", "639.75")]
    items = [
        (40, 42, "Lakeshore County Board of Commissioners, Accounts Payable", 12),
        (40, 58, "410 Lake Shore Drive, Room 212", 8.5),
        (40, 70, "Port Huron, MI 48060", 8.5),
        (40, 96, "WARRANT REMITTANCE", 13),
        (40, 120, "Vendor", 8.5),
        (40, 132, "Blue Water Asphalt & Paving LLC", 8.5),
        (40, 144, "1935 Range Road", 8.5),
        (40, 156, "Marysville, MI 48040", 8.5),
        (340, 120, "Vendor No. V004187", 8.5),
        (340, 132, "Warrant No. 501347566", 8.5),
        (340, 144, "Warrant Date: 04/08/2023", 8.5),
        (340, 156, "Warrant Amount: $6,728.25", 8.5),
        (40, 186, "Agency", 7.5), (80, 186, "Doc No.", 7.5), (140, 186, "PO No.", 7.5), (200, 186, "Invoice No.", 7.5),
        (262, 186, "Inv. Date", 7.5), (320, 186, "Invoice Amt", 7.5), (390, 186, "Discount", 7.5),
        (450, 186, "Net Amt", 7.5),
    ]
    y = 200
    for agency, doc, po, invoice, date, gross, net in rows:  # the discount column left blank
        items += [(40, y, agency, 7.5), (80, y, doc, 7.5), (140, y, po, 7.5), (200, y, invoice, 7.5),
                  (262, y, date, 7.5), (320, y, gross, 7.5), (450, y, net, 7.5)]
        y += 12
    items += [(390, y + 8, "Total", 8), (450, y + 8, "6,728.25", 8)]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "remittance_advice"
    assert values["customer_information.customer_name"] == "Lakeshore County Board of Commissioners, Accounts Payable"
    assert values["vendor_information.vendor_name"] == "Blue Water Asphalt & Paving LLC"
    assert values["payment_information.payment_reference"] == "501347566"
    assert values["payment_information.payment_date"] == "2023-04-08"
    assert values["payment_information.payment_amount"] == 6728.25
    assert allocation_pairs(values) == [("INV-48213", 4812.50), ("INV-48390", 1276.00), ("INV-48455", 639.75)]


def test_a_vendor_payment_detail_title_names_no_vendor(patterns):
    document = drawn_pdf([
        (40, 42, "City of Cedar Falls", 14),
        (40, 58, "Finance Department", 8.5),
        (40, 70, "220 Clay Street", 8.5),
        (40, 82, "Cedar Falls, IA 50613", 8.5),
        (40, 110, "VENDOR PAYMENT DETAIL", 12),
        (40, 130, "Vendor", 8.5),
        (40, 142, "Hawkeye Fire Equipment Co.", 8.5),
        (40, 154, "4120 University Avenue", 8.5),
        (40, 166, "Waterloo, IA 50701", 8.5),
        (340, 130, "Check No: 0084127", 8.5),
        (340, 142, "Check Date: 11/17/2023", 8.5),
        (340, 154, "Vendor ID: 10553", 8.5),
        (40, 196, "Invoice No.", 8), (140, 196, "Invoice Date", 8), (240, 196, "Description", 8),
        (460, 196, "Amount Paid", 8),
        (40, 210, "HF-20931", 8), (140, 210, "10/24/2023", 8), (240, 210, "SCBA cylinder hydro testing", 8),
        (460, 210, "1,145.00", 8),
        (40, 222, "HF-21007", 8), (140, 222, "11/02/2023", 8), (240, 222, "Extinguisher recharge (x14)", 8),
        (460, 222, "308.00", 8),
        (360, 244, "Check Total", 8.5), (460, 244, "$1,453.00", 8.5),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "Hawkeye Fire Equipment Co."  # not "PAYMENT DETAIL"
    assert values["vendor_information.address"] == "4120 University Avenue, Waterloo, IA 50701"
    assert values["customer_information.customer_name"] == "City of Cedar Falls"


# 9. A bank's payment notification laid out as a form

def test_a_banks_payment_notification_form_with_right_aligned_values(patterns):
    items = [
        (40, 48, "Mzansi Commercial Bank", 15),
        (40, 66, "Payment Notification", 11),
        (40, 92, "Mzansi Commercial Bank hereby confirms that the following payment has been made:", 8.5),
    ]
    rows = [("Date", "2024/08/19"), ("Reference Number", "MCB0819734125"), ("From", "Printers Highveld (Pty) Ltd"),
            ("Recipient", "Nkosi Printers Ltd"), ("Bank", "Standard Bank"), ("Account Number", "...4417"),
            ("Recipient Reference", "NP2024-0613"), ("Amount", "R 12,845.60")]
    y = 122
    for label, value in rows:
        items += [(40, y, label, 9), _right_aligned(555, y, value)]
        y += 18
    items.append((40, y + 16, "This notification is sent at the request of the payer. Please do not reply.", 7.5))
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "remittance_advice"
    assert values["customer_information.customer_name"] == "Printers Highveld (Pty) Ltd"  # not the bank
    assert values["vendor_information.vendor_name"] == "Nkosi Printers Ltd"
    assert values["invoice_ids.0"] == "NP2024-0613"
    assert values["payment_information.payment_amount"] == 12845.60


# 10. A vet's invoice

def test_a_vets_reminders_set_no_due_date_and_the_title_beside_the_letterhead(patterns):
    name = "Willow Bend Veterinary Center, P.C."
    title_x = 40 + pymupdf.get_text_length(name, fontname="helv", fontsize=13) + 8  # under one type height
    document = drawn_pdf([
        (40, 44, name, 13), (title_x, 44, "INVOICE", 13),
        (40, 60, "2217 Willow Bend Road", 8.5),
        (40, 72, "Ithaca, NY 14850", 8.5),
        (40, 84, "(607) 555-0143", 8.5),
        (40, 112, "Client", 8.5),
        (40, 124, "Margaret Ellison", 8.5),
        (40, 136, "88 Cayuga Heights Road", 8.5),
        (40, 148, "Ithaca, NY 14850", 8.5),
        (340, 112, "Invoice #: 318842", 8.5),
        (340, 124, "Date: 08/14/2023", 8.5),
        (340, 136, "Patient: Charlie (Canine)", 8.5),
        (40, 176, "Description", 8), (330, 176, "Qty", 8), (380, 176, "Price", 8), (480, 176, "Total", 8),
        (40, 190, "Examination - wellness", 8), (330, 190, "1", 8), (380, 190, "68.00", 8), (480, 190, "68.00", 8),
        (40, 202, "Heartworm test (4Dx)", 8), (330, 202, "1", 8), (380, 202, "54.50", 8), (480, 202, "54.50", 8),
        (380, 224, "Subtotal", 8.5), (480, 224, "122.50", 8.5),
        (380, 236, "Tax", 8.5), (480, 236, "0.00", 8.5),
        (380, 248, "Total", 9), (480, 248, "$122.50", 9),
        (380, 260, "Paid (Visa)", 8.5), (480, 260, "$122.50", 8.5),
        (40, 286, "Reminders for Charlie: annual vaccination due 8 September 2023; "
                  "rabies booster due 21 August 2025.", 8),
        (40, 300, "Thank you for choosing Willow Bend!", 8),
    ])
    values, _ = read(document, patterns)
    assert "payment_terms.due_date" not in values
    assert values["vendor_information.vendor_name"] == name
    assert values["vendor_information.address"] == "2217 Willow Bend Road, Ithaca, NY 14850"
    assert values["customer_information.customer_name"] == "Margaret Ellison"


# 11. A customer's purchase order number in the header

def test_a_customer_po_in_the_header_names_no_customer(patterns):
    document = drawn_pdf([
        (40, 44, "Prairie Hydraulics Supply, Inc.", 14),
        (40, 60, "7400 North Broadway", 8.5),
        (40, 72, "Wichita, KS 67219", 8.5),
        (420, 44, "INVOICE", 15),
        (360, 80, "Invoice No.: 558102", 8.5),
        (360, 92, "Invoice Date: 05/22/2024", 8.5),
        (360, 104, "Customer P.O.: PO271166", 8.5),
        (360, 116, "Terms: Net 30", 8.5),
        (40, 110, "Sold To", 8.5),
        (40, 122, "Flint Hills Grain Cooperative", 8.5),
        (40, 134, "1201 Elevator Road", 8.5),
        (40, 146, "Council Grove, KS 66846", 8.5),
        (40, 176, "Part No.", 8), (120, 176, "Description", 8), (340, 176, "Qty", 8), (390, 176, "Unit Price", 8),
        (480, 176, "Extension", 8),
        (40, 190, "HC-3508", 8), (120, 190, "Hydraulic cylinder 3.5 x 8 in", 8), (340, 190, "2", 8),
        (390, 190, "286.40", 8), (480, 190, "572.80", 8),
        (40, 202, "HF-1210", 8), (120, 202, "Hose fitting 1/2 in JIC", 8), (340, 202, "12", 8),
        (390, 202, "7.85", 8), (480, 202, "94.20", 8),
        (390, 224, "Subtotal", 8.5), (480, 224, "667.00", 8.5),
        (390, 236, "Sales Tax", 8.5), (480, 236, "50.03", 8.5),
        (390, 248, "Total Due", 9), (480, 248, "$717.03", 9),
    ])
    values, _ = read(document, patterns)
    assert values["customer_information.customer_name"] == "Flint Hills Grain Cooperative"
    assert values["customer_information.address"] == "1201 Elevator Road, Council Grove, KS 66846"
    assert values["invoice_ids.0"] == "558102"


# 12. Portuguese item-table headers

def test_portuguese_item_table_headers(patterns):
    document = drawn_pdf([
        (40, 44, "Kwanza Sul Distribuição, Lda.", 14),
        (40, 60, "Rua Major Kanhangulo 114", 8.5),
        (40, 72, "Luanda", 8.5),
        (40, 84, "NIF: 5000384172", 8.5),
        (400, 44, "FACTURA", 15),
        (400, 62, "Nº: FT KS2024/1907", 8.5),
        (400, 74, "Data: 17/10/2024", 8.5),
        (400, 86, "Vencimento: 16/11/2024", 8.5),
        (40, 112, "Cliente", 8.5),
        (40, 124, "Hotel Baía de Luanda, S.A.", 8.5),
        (40, 136, "Avenida 4 de Fevereiro 28, Luanda", 8.5),
        (40, 166, "Ref.", 8), (82, 166, "Descrição", 8), (276, 166, "Qtd.", 8), (314, 166, "Un.", 8),
        (346, 166, "Preço Unit.", 8), (420, 166, "Taxa", 8), (480, 166, "Valor (AOA)", 8),
        (40, 180, "BV-0210", 8), (82, 180, "Água mineral 1,5 L (pack 6)", 8), (276, 180, "140", 8), (314, 180, "un", 8),
        (346, 180, "1.850,00", 8), (420, 180, "14%", 8), (480, 180, "259.000,00", 8),
        (380, 206, "Total Ilíquido", 8.5), (480, 206, "259.000,00", 8.5),
        (380, 218, "IVA 14%", 8.5), (480, 218, "36.260,00", 8.5),
        (380, 232, "Total a pagar", 9), (480, 232, "295.260,00", 9),
    ])
    values, _ = read(document, patterns)
    assert item_rows(values) == [("Água mineral 1,5 L (pack 6)", 140.0, 1850.0, 259000.0)]
    assert values["financial_data.total_amount"] == 295260.00


# 13. Names and addresses

def test_an_abbreviated_avenue_a_promenade_and_a_barbados_postcode_are_addresses(patterns):
    values, _ = read(drawn_pdf(_angolan_invoice()), patterns)
    assert values["vendor_information.address"] == "Av. da Independência, n.º 718, Lobito"
    values, _ = read(drawn_pdf(_trinidad_invoice("25 Harris Promenade · San Fernando · Trinidad and Tobago")),
                     patterns)
    assert values["vendor_information.address"] == "25 Harris Promenade, San Fernando, Trinidad and Tobago"
    values, _ = read(drawn_pdf(_barbados_invoice(["Lot 7, Wildey Industrial Park", "Wildey, St. Michael",
                                                  "BB14429", "Barbados"])), patterns)
    assert values["vendor_information.address"] == "Lot 7, Wildey Industrial Park, Wildey, St. Michael, BB14429, Barbados"


# Guards: what the rules above must leave alone.

def test_a_danfe_title_beside_its_access_key_numbers_no_invoice(patterns):
    """Guard: "DOCUMENTO AUXILIAR DA NOTA FISCAL ELETRÔNICA" is no "Documento:" label."""
    document = drawn_pdf([
        (40, 40, "DANFE", 14),
        (300, 42, "CHAVE DE ACESSO", 6),
        (40, 54, "DOCUMENTO AUXILIAR DA NOTA FISCAL ELETRÔNICA", 7),
        (300, 54, "3524 0612 3456 7800 0190 5500 1000 0482 7110 2938 4756", 7),
        (40, 80, "Distribuidora Paulista de Papéis Ltda.", 10),
        (40, 92, "Rua Vergueiro 2087, Vila Mariana", 8),
        (40, 104, "04101-000 São Paulo - SP", 8),
        (40, 116, "CNPJ: 12.345.678/0001-90", 8),
        (300, 80, "NF-e", 10),
        (300, 92, "Nº 000.048.271", 9),
        (300, 104, "Série 001", 9),
        (40, 140, "DESTINATÁRIO / REMETENTE", 7),
        (40, 152, "Gráfica Ipiranga Ltda.", 8),
        (300, 152, "DATA DA EMISSÃO 14/06/2024", 8),
        (380, 190, "VALOR TOTAL DA NOTA", 8), (500, 190, "4.812,30", 8),
    ])
    values, _ = read(document, patterns)
    ids = [values[k] for k in sorted(values) if k.startswith("invoice_ids.")]
    assert ids == ["000.048.271"]


def test_a_ukrainian_no_vat_line_reads_no_net(patterns):
    """Guard: "ПДВ: Без ПДВ" (VAT: none) is no net label."""
    document = drawn_lines([
        (40, 42, "ТОВ «Дніпро Логістик»"),
        (40, 56, "вул. Січеславська Набережна, 17"),
        (40, 68, "49000 Дніпро"),
        (40, 80, "Код ЄДРПОУ: 43817265"),
        (40, 110, "РАХУНОК НА ОПЛАТУ № 417"),
        (330, 110, "від 12.03.2024"),
        (40, 130, "Платник: ФОП Коваленко Ірина Петрівна"),
        (40, 160, "№"), (60, 160, "Найменування"), (300, 160, "Кількість"), (380, 160, "Ціна"), (470, 160, "Сума"),
        (40, 174, "1"), (60, 174, "Перевезення вантажу Дніпро - Львів"), (300, 174, "1"), (380, 174, "18 500,00"),
        (470, 174, "18 500,00"),
        (330, 200, "Разом:"), (470, 200, "18 500,00"),
        (330, 212, "ПДВ: Без ПДВ"),
        (330, 224, "Всього до сплати:"), (470, 224, "18 500,00"),
    ])
    values, _ = read(document, patterns)
    assert "financial_data.net_amount" not in values
    assert values["financial_data.total_amount"] == 18500.00
