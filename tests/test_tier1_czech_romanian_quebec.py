"""Tier 1 on Czech and Romanian invoices (covered languages since session 13) and on Quebec's French
invoices: labels, letters, dates written "27. 3. 2025", streets numbered "862/64", postcodes "110 00",
the Romanian series-and-number, a statutory table's row of column numbers, Canadian business
numbers and Quebec's two sales taxes. Drawn as text lines (a base-14 PDF font has no ř, ț or ș) and
checked for exact values."""

from __future__ import annotations

import pytest
from drawn_documents import drawn_lines

from engine.language import language_doubt
from engine.pattern_files import load_patterns
from engine.tiers.patterns import extract_fields


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def _read(page: list[tuple[float, float, str]], patterns) -> tuple[dict[str, object], str, object]:
    document = drawn_lines(page)
    fields, document_type, _, _ = extract_fields(document, patterns)
    return {path: field.value for path, field in fields.items()}, document_type, document


CZECH = [
    (40, 40, "Ing. Tomáš Horák"), (330, 40, "Faktura - daňový doklad č. 2025-0314"),
    (40, 70, "Dodavatel:"),
    (40, 82, "Ing. Tomáš Horák"), (40, 94, "Vinohradská 862/64"), (40, 106, "110 00 Praha 2"),
    (40, 118, "IČ: 32005954"), (140, 118, "DIČ: CZ8652248737"),
    (40, 150, "Datum vystavení:"), (130, 150, "27. 3. 2025"), (330, 150, "Odběratel:"),
    (40, 162, "Datum splatnosti:"), (130, 162, "10. 4. 2025"), (330, 162, "Krkonoše servis a.s."),
    (40, 174, "Forma úhrady:"), (130, 174, "převodem"), (330, 174, "Dlouhá 3778/32"),
    (330, 186, "301 00 Plzeň"),
    (40, 220, "Položka"), (300, 220, "Množství"), (380, 220, "Cena za MJ"), (470, 220, "Celkem bez DPH"),
    (40, 232, "Sádrokartonová deska 12,5 mm"), (300, 232, "50"), (380, 232, "194,05"), (470, 232, "9 702,50"),
    (40, 244, "Balená voda 1,5 l"), (300, 244, "12"), (380, 244, "69,55"), (470, 244, "834,60"),
    (300, 270, "Celkem bez DPH"), (470, 270, "10 537,10 Kč"),
    (300, 282, "DPH 21 %"), (470, 282, "2 037,53 Kč"),
    (300, 294, "DPH 12 %"), (470, 294, "100,15 Kč"),
    (300, 306, "Celkem k úhradě"), (470, 306, "12 674,78 Kč"),
    (40, 330, "Platební podmínky: 14 dní od vystavení"),
]


def test_a_czech_invoice_is_read_in_its_own_terms(patterns):
    values, document_type, document = _read(CZECH, patterns)
    assert language_doubt(document, patterns) is None
    assert document_type == "invoice"
    assert values["invoice_ids.0"] == "2025-0314"
    assert values["document_date"] == "2025-03-27"  # "27. 3. 2025": day and month as ordinals
    assert values["payment_terms.due_date"] == "2025-04-10"
    assert values["payment_terms.payment_terms"] == "14 dní od vystavení"
    assert values["vendor_information.vendor_name"] == "Ing. Tomáš Horák"
    assert values["vendor_information.address"] == "Vinohradská 862/64, 110 00 Praha 2"
    assert values["vendor_information.tax_id"] == "CZ8652248737"  # DIČ, not the IČ registration
    assert values["customer_information.customer_name"] == "Krkonoše servis a.s."
    # The form's fields left of the customer's column ("Forma úhrady: | převodem") do not end its block.
    assert values["customer_information.address"] == "Dlouhá 3778/32, 301 00 Plzeň"
    assert values["financial_data.net_amount"] == 10537.10
    assert values["financial_data.tax_amount"] == 2137.68  # two rates, one tax
    assert values["financial_data.total_amount"] == 12674.78
    assert values["financial_data.currency"] == "CZK"
    assert [values[f"line_items.{i}.amount"] for i in range(2)] == [9702.50, 834.60]


ROMANIAN = [
    (40, 40, "Furnizor:"), (240, 40, "FACTURA"), (400, 40, "Cumpărător:"),
    (40, 52, "Mureș Instal S.R.L."), (220, 52, "Seria FF nr. 08496"), (400, 52, "Trading Radu SRL"),
    (40, 64, "Nr. ord. reg. com.: J16/8893/1998"), (400, 64, "Nr. ord. reg. com.: J03/3012/1995"),
    (40, 76, "CIF: RO22040022"), (220, 76, "Data emiterii:"), (400, 76, "C.I.F.: RO19880020"),
    (40, 88, "Sediul:"), (220, 88, "30 iulie 2024"), (400, 88, "Sediul:"),
    (40, 100, "Calea Dorobanților nr. 199"), (400, 100, "Str. Industriilor nr. 226"),
    (40, 112, "Craiova, jud. Dolj"), (400, 112, "Pitești, jud. Argeș"),
    (40, 124, "Capital social: 90.000 lei"), (400, 124, "Cont: RO90 CECE B237 K69Y PEY4 Z854"),
    (40, 160, "Nr. crt."), (80, 160, "Denumirea produselor sau a serviciilor"), (300, 160, "Cantitatea"),
    (360, 160, "Prețul unitar"), (430, 160, "Valoarea"), (500, 160, "Valoarea TVA"),
    (40, 172, "0"), (80, 172, "1"), (300, 172, "2"), (360, 172, "3"), (430, 172, "4"), (500, 172, "5"),
    (40, 184, "1"), (80, 184, "Transport marfă"), (300, 184, "411"), (360, 184, "5,94"), (430, 184, "2.441,34"),
    (500, 184, "463,85"),
    (40, 196, "2"), (80, 196, "Cartuș toner HP 59A negru"), (300, 196, "4"), (360, 196, "748,45"),
    (430, 196, "2.993,80"), (500, 196, "568,82"),
    (300, 230, "Total fără TVA"), (470, 230, "5.435,14 lei"),
    (300, 242, "TVA 19%"), (470, 242, "1.032,67 lei"),
    (300, 254, "Total de plată"), (470, 254, "6.467,81 lei"),
    (40, 280, "Termen de plată: 30 zile de la data emiterii"),
]


def test_a_romanian_factura_is_read_in_its_own_terms(patterns):
    values, document_type, document = _read(ROMANIAN, patterns)
    assert language_doubt(document, patterns) is None
    assert document_type == "invoice"
    assert values["invoice_ids.0"] == "FF 08496"  # the series and the number printed apart
    assert values["document_date"] == "2024-07-30"
    assert values["payment_terms.payment_terms"] == "30 zile de la data emiterii"
    assert values["vendor_information.vendor_name"] == "Mureș Instal S.R.L."
    assert values["vendor_information.address"] == "Calea Dorobanților nr. 199, Craiova, jud. Dolj"
    assert values["vendor_information.tax_id"] == "RO22040022"
    assert values["customer_information.customer_name"] == "Trading Radu SRL"
    assert values["customer_information.address"] == "Str. Industriilor nr. 226, Pitești, jud. Argeș"
    assert values["financial_data.net_amount"] == 5435.14  # "Total fără TVA" is the net, not the tax
    assert values["financial_data.tax_amount"] == 1032.67
    assert values["financial_data.total_amount"] == 6467.81
    assert values["financial_data.currency"] == "RON"
    # The row numbering the columns ("0 1 2 3 4 5") is no item.
    rows = [(values[f"line_items.{i}.description"], values[f"line_items.{i}.amount"]) for i in range(2)]
    assert rows == [("Transport marfă", 2441.34), ("Cartuș toner HP 59A negru", 2993.80)]
    assert "line_items.2.amount" not in values


QUEBEC = [
    (40, 40, "9185-1830 Québec inc."), (330, 40, "FACTURE"), (400, 52, "No de facture : 2024-0006"),
    (40, 52, "3162, rue Sainte-Catherine Ouest"), (400, 64, "Date : 22 janvier 2024"),
    (40, 64, "Montréal (Québec) H4N 2S4"),
    (40, 100, "FACTURÉ À"),
    (40, 112, "Imprimerie Tremblay inc."), (40, 124, "6646, boulevard des Laurentides"),
    (40, 136, "Trois-Rivières (Québec) G9A 2S5"),
    (40, 170, "Description"), (380, 170, "Qté"), (430, 170, "Taux"), (500, 170, "Montant"),
    (40, 182, "Consultation fiscale"), (380, 182, "4,25"), (430, 182, "130,16"), (500, 182, "553,18"),
    (40, 194, "Préparation des états financiers"), (380, 194, "9,75"), (430, 194, "146,00"), (500, 194, "1 423,50"),
    (300, 220, "Sous-total"), (500, 220, "1 976,68 $"),
    (300, 232, "TPS (5 %) No 304565799 RT0001"), (500, 232, "98,83 $"),
    (300, 244, "TVQ (9,975 %) No 8069729261"), (500, 244, "197,17 $"),
    (300, 256, "TOTAL"), (500, 256, "2 272,68 $"),
    (40, 290, "Modalités : Payable à la réception"),
    (40, 302, "Dépôt direct : Desjardins – institution 815, transit 56684, compte 8280278"),
    (40, 314, "NEQ 1143981706"),
]


def test_a_quebec_invoice_reads_its_dollar_taxes_and_business_number(patterns):
    values, document_type, _ = _read(QUEBEC, patterns)
    assert document_type == "invoice"
    assert values["invoice_ids.0"] == "2024-0006"
    # A company named by its number is a name; the province in brackets makes "$" the Canadian dollar.
    assert values["vendor_information.vendor_name"] == "9185-1830 Québec inc."
    assert values["vendor_information.address"] == "3162, rue Sainte-Catherine Ouest, Montréal (Québec) H4N 2S4"
    assert values["financial_data.currency"] == "CAD"
    # The GST number in the tax line is the vendor's tax id (not the NEQ registration), and no amount.
    assert values["vendor_information.tax_id"] == "304565799 RT0001"
    assert values["financial_data.tax_amount"] == 296.00  # TPS + TVQ
    assert values["financial_data.net_amount"] == 1976.68
    assert values["financial_data.total_amount"] == 2272.68
    assert values["payment_terms.payment_terms"] == "Payable à la réception"
    assert values.get("customer_information.customer_id") is None  # "compte 8280278" is a bank account
