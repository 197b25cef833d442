"""Tier 1 on invoice layouts it once misread: Italian invoices (partita IVA beside codice fiscale,
FatturaPA's labelled party forms, payment conditions that name the method), and strips of headings
with their values underneath. Small PDFs drawn the way such invoices are, checked for exact values."""

from __future__ import annotations

import pymupdf
import pytest

from engine.document import Document, load_document
from engine.pattern_files import load_patterns
from engine.tiers.patterns import extract_fields


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def _pdf(items: list[tuple[float, float, str]], size: float = 8.5) -> Document:
    pdf = pymupdf.open()
    page = pdf.new_page(width=595, height=842)
    for x, y, text in items:
        page.insert_text((x, y), text, fontname="helv", fontsize=size)
    data = pdf.tobytes()
    pdf.close()
    return load_document(data)


def _values(document: Document, patterns) -> dict[str, object]:
    fields, _, _, _ = extract_fields(document, patterns)
    return {path: field.value for path, field in fields.items()}


FATTURA_LINES = [
    (305, 292, "Descrizione"), (420, 292, "Importo"),
    (305, 304, "Consulenza tecnica"), (420, 304, "4.157,72"),
    (305, 330, "Totale imponibile"), (420, 330, "EUR 4.157,72"),
    (305, 342, "IVA 22%"), (420, 342, "EUR 914,70"),
    (305, 354, "Totale documento"), (420, 354, "EUR 5.072,42"),
]


def test_the_partita_iva_is_the_vendors_tax_id_not_the_customers_beside_it(patterns):
    # Vendor's block on the left, the customer's ("Spett.le") on the right, their lines interleaved.
    page = [
        (43, 60, "Dott. Alessandro Rossi"), (305, 48, "Spett.le"),
        (305, 60, "Colombo Grafiche S.r.l."),
        (43, 72, "Via Emilia Est, 14"), (305, 72, "Via Emilia Est, 126"),
        (43, 84, "24121 Bergamo (BG)"), (305, 84, "50123 Firenze (FI)"),
        (43, 96, "P.IVA IT38199150962 - C.F. VZFNFF98T07A280X"), (305, 96, "P.IVA 54883530369"),
        (40, 140, "FATTURA"), (40, 156, "Numero FPR 237/23"), (40, 168, "Data 27/04/2023"),
        *FATTURA_LINES,
        (40, 380, "Modalità di pagamento: Bonifico bancario   Condizioni: Bonifico bancario 30/60 gg f.m."),
        (40, 392, "Credit Agricole Italia - IBAN IT02 E020 0855 2274 6676 8980 837"),
    ]
    values = _values(_pdf(page), patterns)
    assert values["vendor_information.tax_id"] == "IT38199150962"  # the codice fiscale only stands in for it
    # The method is part of the conditions, and the abbreviation keeps its stop.
    assert values["payment_terms.payment_terms"] == "Bonifico bancario 30/60 gg f.m."


def test_fatturapa_party_forms(patterns):
    page = [
        (41, 46, "Cedente/prestatore (fornitore)"), (304, 46, "Cessionario/committente (cliente)"),
        (41, 58, "Identificativo fiscale ai fini IVA: IT36550210151"),
        (304, 58, "Identificativo fiscale ai fini IVA: 10986550589"),
        (41, 68, "Codice fiscale: 36550210151"), (304, 68, "Codice fiscale: 10986550589"),
        (41, 78, "Denominazione: Tirrenica Informatica Srl"), (304, 78, "Denominazione: Gallo Impianti S.r.l."),
        (41, 89, "Regime fiscale: RF01 (ordinario)"), (304, 89, "Regime fiscale: RF01 (ordinario)"),
        (41, 140, "Tipologia documento"), (226, 140, "Numero documento"), (353, 140, "Data documento"),
        (41, 152, "TD01 fattura"), (226, 152, "FPR 45/25"), (353, 152, "29/04/2025"),
        *FATTURA_LINES,
    ]
    values = _values(_pdf(page), patterns)
    # "(fornitore)" glosses the label; the tax-id lines are registration data inside the block.
    assert values["vendor_information.vendor_name"] == "Tirrenica Informatica Srl"
    assert values["customer_information.customer_name"] == "Gallo Impianti S.r.l."
    assert values["vendor_information.tax_id"] == "IT36550210151"


def test_a_heading_at_the_end_of_a_row_of_headings_ends_the_one_before(patterns):
    page = [
        (40, 40, "Riverside Fabrication Ltd"), (40, 52, "12 Mill Lane, Leeds LS1 4DY"),
        (300, 40, "INVOICE"),
        (40, 100, "Invoice No."), (120, 100, "Date"), (220, 100, "P.O. No."), (300, 100, "Terms Due Date"),
        # the values under "Terms" and "Due Date" run together as the headings do
        (40, 112, "8653"), (120, 112, "October 3, 2023"), (220, 112, "771474"), (300, 112, "Net 30 November 2, 2023"),
        (40, 150, "Description"), (420, 150, "Amount"),
        (40, 162, "Consulting"), (420, 162, "1,000.00"),
        (40, 190, "Total"), (420, 190, "1,000.00"),
    ]
    values = _values(_pdf(page), patterns)
    assert values["payment_terms.payment_terms"] == "Net 30"
    assert values["payment_terms.due_date"] == "2023-11-02"


RESTAURANT_BILL = [
    (40, 40, "Lockhart Kitchen"), (40, 52, "2268 Market Street, Suite 186"), (40, 64, "Chicago, IL 60683"),
    (40, 90, "TAX INVOICE"), (40, 102, "{label}: 0688"), (40, 114, "Table 52"), (40, 126, "Server: Ethan"),
    (40, 138, "06/23/2023"), (40, 160, "Qty"), (70, 160, "Item"), (200, 160, "Price"), (250, 160, "Total"),
    (40, 172, "2"), (70, 172, "Cheeseburger"), (200, 172, "17.00"), (250, 172, "34.00"),
    (40, 184, "3"), (70, 184, "Soda"), (200, 184, "3.00"), (250, 184, "9.00"),
    (70, 200, "Subtotal"), (250, 200, "43.00"), (70, 212, "Tax 9.5%"), (250, 212, "4.09"),
    (70, 224, "TOTAL"), (250, 224, "$47.09"), (70, 236, "Cash"), (250, 236, "50.00"),
    (70, 248, "Change Due"), (250, 248, "2.91"),
]


@pytest.mark.parametrize("label", ["Check #", "Order #", "Bill No"])
def test_a_restaurant_bill_is_numbered_by_its_check_or_order_number(patterns, label):
    page = [(x, y, text.format(label=label)) for x, y, text in RESTAURANT_BILL]
    fields, document_type, _, _ = extract_fields(_pdf(page), patterns)
    assert document_type == "receipt"
    assert fields["invoice_ids.0"].value == "0688"


def test_an_invoices_order_number_stays_a_decoy(patterns):
    page = [
        (40, 40, "Riverside Fabrication Ltd"), (40, 52, "12 Mill Lane, Leeds LS1 4DY"), (300, 40, "INVOICE"),
        (300, 60, "Invoice No: INV-2291"), (300, 72, "Order #: 5521"), (300, 84, "Date: 03/10/2023"),
        (40, 150, "Description"), (420, 150, "Amount"), (40, 162, "Consulting"), (420, 162, "1,000.00"),
        (40, 190, "Total"), (420, 190, "1,000.00"),
    ]
    values = _values(_pdf(page), patterns)
    assert values["invoice_ids.0"] == "INV-2291"
    assert "invoice_ids.1" not in values
