"""Tier 1 on Indonesian and Turkish invoices, the two languages added to the pattern files after
Malay: labels, table headers, the rupiah's "Rp" and the lira's "TL", Turkish rates written with the
sign first ("KDV %20"), addresses with the house number after "No:", and Turkish capitals ("SAYIN")
matching their lower-case labels ("Sayın")."""

from __future__ import annotations

import pymupdf
import pytest

from engine.document import load_document
from engine.pattern_files import load_patterns
from engine.tiers.patterns import extract_fields


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def _drawn(items):
    """A one-page PDF written through a TextWriter, whose text keeps the Turkish letters (ş, ğ, ı) that
    `insert_text` with a base-14 font drops."""
    pdf = pymupdf.open()
    page = pdf.new_page(width=595, height=842)
    font = pymupdf.Font("helv")  # as a TextWriter font it writes every glyph it has, Turkish ones too
    writer = pymupdf.TextWriter(page.rect)
    for x, y, text in items:
        writer.append((x, y), text, font=font, fontsize=8.5)
    writer.write_text(page)
    data = pdf.tobytes()
    pdf.close()
    return load_document(data)


def _values(items, patterns):
    fields, document_type, _, doubtful = extract_fields(_drawn(items), patterns)
    return {path: field.value for path, field in fields.items()}, document_type, doubtful


FAKTUR = [
    (45, 40, "PT Cahaya Jaya"), (45, 52, "Jl. Gatot Subroto No. 38"), (45, 63, "Medan Petisah"),
    (45, 74, "Medan 20112"), (45, 86, "NPWP: 01.234.567.8-901.000"),
    (260, 110, "INVOICE"),
    (45, 130, "Kepada Yth."), (45, 142, "PT Tunas Utama"), (45, 153, "Kawasan Industri Jababeka Blok C No. 12"),
    (45, 164, "Bekasi 17530"),
    (330, 130, "No. Invoice"), (420, 130, ": FJ-2411-230"),
    (330, 142, "Tanggal"), (420, 142, ": 27-11-2024"),
    (330, 153, "No. Surat Jalan"), (420, 153, ": SJ/2024/9112"),
    (330, 164, "Syarat Pembayaran"), (420, 164, ": 14 hari"),
    (330, 175, "Jatuh Tempo"), (420, 175, ": 11-12-2024"),
    (45, 200, "No."), (70, 200, "Nama Barang / Jasa"), (260, 200, "Kuantitas"), (320, 200, "Satuan"),
    (380, 200, "Harga Satuan"), (480, 200, "Jumlah"),
    (45, 214, "1"), (70, 214, "Kertas HVS A4 80 gr"), (260, 214, "100"), (320, 214, "Rim"), (380, 214, "44.400,00"),
    (480, 214, "4.440.000,00"),
    (45, 226, "2"), (70, 226, "Pipa PVC 3 inch AW"), (260, 226, "5"), (320, 226, "Batang"), (380, 226, "194.300,00"),
    (480, 226, "971.500,00"),
    (330, 250, "Dasar Pengenaan Pajak"), (480, 250, "Rp5.411.500,00"),
    (330, 262, "PPN 11%"), (480, 262, "Rp595.265,00"),
    (330, 274, "Total"), (480, 274, "Rp6.006.765,00"),
    (45, 300, "Terbilang: enam juta enam ribu tujuh ratus enam puluh lima rupiah"),
]


def test_an_indonesian_invoice_is_read_through_its_own_labels(patterns):
    values, document_type, doubtful = _values(FAKTUR, patterns)
    assert document_type == "invoice"
    assert not any(reason.startswith("language: ") for reason in doubtful)
    assert values["invoice_ids.0"] == "FJ-2411-230"
    assert values["document_date"] == "2024-11-27"
    assert values["payment_terms.due_date"] == "2024-12-11"
    assert values["payment_terms.payment_terms"] == "14 hari"
    assert values["financial_data.currency"] == "IDR"
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (5411500.0, 595265.0, 6006765.0)
    assert values["vendor_information.tax_id"] == "01.234.567.8-901.000"
    assert values["vendor_information.vendor_name"] == "PT Cahaya Jaya"
    assert values["customer_information.customer_name"] == "PT Tunas Utama"
    assert [values[f"line_items.{i}.amount"] for i in range(2)] == [4440000.0, 971500.0]


E_FATURA = [
    (45, 38, "Yıldız Lojistik Tic. Ltd. Şti."), (45, 50, "Atatürk Bulvarı No:199"), (45, 59, "Çankaya/Ankara"),
    (45, 71, "Tel: +90 232 448 72 49"), (45, 83, "Vergi Dairesi: Ostim"), (45, 95, "VKN: 2378454264"),
    (45, 107, "Mersis No: 0395502361352201"),
    (263, 40, "e-FATURA"),
    (390, 40, "Özelleştirme"), (390, 49, "No:"), (458, 40, "TR1.2"),
    (390, 61, "Senaryo:"), (458, 61, "TICARIFATURA"),
    (390, 86, "Fatura No:"), (458, 86, "GRS2023000961473"),
    (390, 99, "Fatura Tarihi:"), (458, 99, "16-08-2023"),
    (45, 137, "SAYIN"), (45, 149, "Akdeniz Lojistik A.Ş."), (45, 161, "Güzeloba Mah. 2246 Sok. No:9"),
    (45, 170, "Muratpaşa/Antalya"), (45, 182, "Vergi Dairesi: Muratpaşa"), (45, 194, "VKN: 7484607390"),
    (45, 231, "Sıra No"), (90, 231, "Mal Hizmet"), (250, 231, "Miktar"), (300, 231, "Birim Fiyat"),
    (370, 231, "KDV Oranı"), (430, 231, "KDV Tutarı"), (500, 231, "Mal Hizmet Tutarı"),
    (45, 245, "1"), (90, 245, "LED armatür 36 W"), (250, 245, "10 Adet"), (300, 245, "618,00 TL"),
    (370, 245, "%20,00"), (430, 245, "1.236,00 TL"), (500, 245, "6.180,00 TL"),
    (45, 257, "2"), (90, 257, "Otel konaklama hizmeti"), (250, 257, "20 Gece"), (300, 257, "4.691,00 TL"),
    (370, 257, "%10,00"), (430, 257, "9.382,00 TL"), (500, 257, "93.820,00 TL"),
    (330, 285, "Mal Hizmet Toplam Tutarı"), (500, 285, "100.000,00 TL"),
    (330, 297, "Hesaplanan KDV(%20,00)"), (500, 297, "1.236,00 TL"),
    (330, 309, "Hesaplanan KDV(%10,00)"), (500, 309, "9.382,00 TL"),
    (330, 321, "Vergiler Dahil Toplam Tutar"), (500, 321, "110.618,00 TL"),
    (330, 333, "Ödenecek Tutar"), (500, 333, "110.618,00 TL"),
]


def test_a_turkish_e_fatura_is_read_through_its_own_labels(patterns):
    values, document_type, doubtful = _values(E_FATURA, patterns)
    assert document_type == "invoice"
    assert not any(reason.startswith("language: ") for reason in doubtful)
    assert values["invoice_ids.0"] == "GRS2023000961473"
    assert values["document_date"] == "2023-08-16"
    assert values["financial_data.currency"] == "TRY"
    assert values["financial_data.net_amount"] == 100000.0
    assert values["financial_data.tax_amount"] == 10618.0  # both rates' tax, not the rate "%20,00"
    assert values["financial_data.total_amount"] == 110618.0
    assert values["vendor_information.tax_id"] == "2378454264"
    assert values["vendor_information.vendor_name"] == "Yıldız Lojistik Tic. Ltd. Şti."
    # the street with its house number after "No:" is the address, not the header box beside it
    assert values["vendor_information.address"] == "Atatürk Bulvarı No:199, Çankaya/Ankara"
    assert values["customer_information.customer_name"] == "Akdeniz Lojistik A.Ş."  # under "SAYIN"
    assert values["customer_information.address"] == "Güzeloba Mah. 2246 Sok. No:9, Muratpaşa/Antalya"
