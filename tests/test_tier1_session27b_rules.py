"""Tier-1 rules of session 27, round 2 (hval27 became development: Slovenian, Bulgarian and Indonesian
payment advices and bank transfer confirmations, Basque faktura, Maldivian GST invoice).

Each test draws a small document in the layout it names (made-up companies and numbers) and fails
on the engine before the rule (8fc7bc6).
"""

from __future__ import annotations

import pytest
from drawn_documents import (
    allocation_pairs,
    drawn_lines,
    drawn_pdf,
    invoice_ids,
    line_ending_at,
    read,
    right_aligned,
)

from engine.pattern_files import load_patterns


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def _form(rows: list[tuple[str, str | None]], top: float) -> list[tuple]:
    """A bank form's rows as text lines: each label at the left, its value (if any) ending at the right."""
    return [item for i, (label, value) in enumerate(rows)
            for item in ([(40, top + 14 * i, label)] + ([line_ending_at(540, top + 14 * i, value)] if value else []))]


def test_a_slovenian_bank_payment_confirmation(patterns):
    """A Slovenian online bank's "Potrdilo o plačilu - UPN nalog": payer and payee each under a heading
    with their name and address in one field ("Ime in naslov"), the transaction id as the reference."""
    rows = [("Plačnik", None), ("Ime in naslov", "Savinja storitve, d.o.o., Celovška cesta 88, 1000 Ljubljana"),
            ("IBAN plačnika", "SI56 0201 0559 3251 214"), ("Prejemnik", None), ("Ime in naslov", "BOČ d.o.o."),
            ("IBAN prejemnika", "SI56 0475 0164 0581 712"), ("Referenca prejemnika", "SI12 202530604"),
            ("Znesek", "3.366,81 EUR"), ("Namen plačila", "Račun št. 2025-3060"), ("Datum izvršitve", "12.05.2025"),
            ("ID transakcije", "SI94112538621666"), ("Številka naloga", "3405700467")]
    items = [(40, 40, "Nova ljubljanska banka d.d."), (40, 56, "Izpisano: 13.05.2025"),
             (40, 76, "Potrdilo o plačilu - UPN nalog")]
    items += _form(rows, top=100)
    values, document_type = read(drawn_lines(items), patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "BOČ d.o.o."
    assert values["customer_information.customer_name"] == "Savinja storitve, d.o.o."
    assert values["payment_information.payment_reference"] == "SI94112538621666"
    assert values["payment_information.payment_date"] == "2025-05-12"
    assert values["payment_information.payment_amount"] == 3366.81


def test_a_bulgarian_payment_notice(patterns):
    """A Bulgarian payer's "УВЕДОМЛЕНИЕ ЗА ПЛАЩАНЕ" to its supplier ("До:"), numbered "Изх. №", with a
    table of invoices paid ("Фактура № | Дата | Сума | Удръжка | Платено")."""
    items = [
        (40, 40, "Пирин Агро ЕООД"), (40, 54, "гр. Бургас 8000"), (40, 68, "ЕИК: 152684611"),
        (330, 100, "До:"), (330, 114, "Витоша Строй ООД"), (330, 128, "ул. Шипка № 72"), (330, 142, "1504 София"),
        (40, 170, "Изх. № УП-2024-7028"), (330, 170, "гр. Бургас, 12.09.2024"),
        (200, 196, "УВЕДОМЛЕНИЕ ЗА ПЛАЩАНЕ"),
        (40, 220, "Дата на плащане: 12.09.2024"),
        (40, 240, "Уважаеми партньори,"),
        (40, 256, "Уведомяваме Ви, че на 12.09.2024 преведохме по Вашата сметка сумата от 28 893,20 лв."),
        (40, 270, "за следните документи:"),
        (40, 296, "Фактура №"), (160, 296, "Дата"), line_ending_at(380, 296, "Сума"), line_ending_at(460, 296, "Удръжка"),
        line_ending_at(540, 296, "Платено"),
        (40, 310, "0000014424"), (160, 310, "25.06.2024"), line_ending_at(380, 310, "7 739,67"),
        line_ending_at(540, 310, "7 739,67"),
        (40, 324, "0000014477"), (160, 324, "28.06.2024"), line_ending_at(380, 324, "21 180,79"),
        line_ending_at(460, 324, "27,26"), line_ending_at(540, 324, "21 153,53"),
        (40, 350, "Общо платено: 28 893,20 лв."),
        (40, 370, "С уважение,"),
    ]
    values, document_type = read(drawn_lines(items), patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "Витоша Строй ООД"  # "До:", the addressee, is paid
    assert values["customer_information.customer_name"] == "Пирин Агро ЕООД"
    assert values["payment_information.payment_reference"] == "УП-2024-7028"
    assert values["payment_information.payment_date"] == "2024-09-12"
    assert values["payment_information.payment_amount"] == 28893.20
    assert allocation_pairs(values) == [("0000014424", 7739.67), ("0000014477", 21153.53)]


def test_a_bank_forms_remittance_information_dates_no_document(patterns):
    """A Bulgarian bank's "Кредитен превод - потвърждение": the invoice's date in "Основание за плащане"
    dates the invoice; the transfer, which prints no date of its own, is dated by its execution."""
    rows = [("Получател", None), ("Платете на - име на получателя", "„Марица Логистик“ ООД"),
            ("IBAN на получателя", "BG80 UNCR 4706 1542 6637 21"), ("Вид валута", "BGN"), ("Сума", "35427,07"),
            ("Основание за плащане", "Ф-ра № 0000017612 / 28.07.2025"), ("Наредител", None),
            ("Наредител - име", "„Витоша Трейд“ ЕООД"), ("Дата на изпълнение", "08.08.2025"),
            ("Референция", "0432508082052663")]
    items = [(40, 40, "Търговска банка АД"), (40, 60, "Кредитен превод - потвърждение")]
    items += _form(rows, top=90)
    values, document_type = read(drawn_lines(items), patterns)
    assert document_type == "remittance_advice"
    assert values["payment_information.payment_date"] == "2025-08-08"
    assert values["document_date"] == "2025-08-08"
    assert values["payment_information.payment_amount"] == 35427.07
    assert values["payment_information.payment_reference"] == "0432508082052663"


def test_an_indonesian_bank_transfer_receipt(patterns):
    """An Indonesian bank's "Bukti Transfer": labels at the left, values right-aligned far right, each
    section's last row its party's name ("Nama Pengirim", "Nama Penerima"), the time after the date."""
    rows = [("Detail Transaksi", None), ("Tanggal Transaksi", "24 Maret 2025 09:25:07 WIB"),
            ("No. Referensi", "387034862926"), ("Jenis Transfer", "Antar Rekening"), ("Nominal", "Rp 339.596.782"),
            ("Biaya Transfer", "Rp 2.500"), ("Total Debet", "Rp 339.599.282"), ("Berita", "INV/2025/01/0789"),
            ("Dari", None), ("Rekening Sumber", "4567779687003"), ("Nama Pengirim", "PT Prima Jaya Elektrik"),
            ("Ke", None), ("Rekening Tujuan", "9145579879"), ("Nama Penerima", "CV Cahaya Sentosa")]
    items = [(50, 44, "Bank Nusantara", 14, "hebo"), (50, 70, "BUKTI TRANSFER", 11, "hebo")]
    items += [item for i, (label, value) in enumerate(rows)
              for item in ([(54, 100 + 14 * i, label)] + ([right_aligned(533, 100 + 14 * i, value)] if value else []))]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "remittance_advice"
    assert values["customer_information.customer_name"] == "PT Prima Jaya Elektrik"
    assert values["vendor_information.vendor_name"] == "CV Cahaya Sentosa"
    assert values["payment_information.payment_reference"] == "387034862926"
    assert values["payment_information.payment_date"] == "2025-03-24"  # stamped with its time of day
    assert values["payment_information.payment_amount"] == 339596782
    assert "customer_information.customer_id" not in values  # "Antar Rekening" names the transfer's kind


def test_a_payers_letter_numbered_by_a_bare_label(patterns):
    """An Indonesian payer's "PEMBERITAHUAN PEMBAYARAN" numbered "Nomor: PP-2303-529": with no other
    reference printed, the letter's number is the payment's."""
    items = [
        (40, 40, "PT Mitra Utama Teknik", 12, "hebo"), (40, 56, "Jl. Raya Darmo No. 77, Surabaya 60241"),
        (40, 90, "Kepada Yth."), (40, 104, "PT Karya Sejahtera Indonesia"), (40, 118, "Cikarang Utara, Bekasi 17530"),
        (40, 146, "Nomor: PP-2303-529"),
        (200, 172, "PEMBERITAHUAN PEMBAYARAN", 11, "hebo"),
        (40, 196, "Tanggal Pembayaran: 6 Maret 2023"),
        (40, 214, "Bersama ini kami beritahukan bahwa kami telah melakukan pembayaran sebesar Rp 24.361.550,00"),
        (40, 240, "No. Invoice"), (160, 240, "Tanggal"), right_aligned(540, 240, "Dibayar"),
        (40, 254, "INV/2022/12/0592"), (160, 254, "21/12/2022"), right_aligned(540, 254, "24.361.550,00"),
        (40, 280, "Total Dibayar: Rp 24.361.550,00"),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "remittance_advice"
    assert values["payment_information.payment_reference"] == "PP-2303-529"
    assert invoice_ids(values) == ["INV/2022/12/0592"]


def test_a_basque_faktura(patterns):
    """A Basque invoice: "FAKTURA", "Zenbakia", "Data", "IFZ", "Bezeroa", "Mugaeguna", "Zerga-oinarria",
    "BEZ guztira", "GUZTIRA €"."""
    items = [
        (40, 40, "Urola Aholkularitza S.L.", 12, "hebo"), (40, 56, "Gasteiz kalea, 101"), (40, 68, "48001 Bilbao"),
        (40, 80, "IFZ: B20274254"),
        (380, 40, "FAKTURA", 14, "hebo"), (380, 60, "Zenbakia: FA-2400333"), (380, 72, "Data: 22/04/2024"),
        (380, 84, "Mugaeguna: 21/06/2024"),
        (40, 110, "Bezeroa", 9, "hebo"), (40, 124, "Txindoki Elektrizitatea S.A."), (40, 136, "Gasteiz kalea, 80"),
        (40, 148, "20600 Eibar"),
        (40, 180, "Kontzeptua", 8.5, "hebo"), right_aligned(330, 180, "Kop.", 8.5, "hebo"),
        right_aligned(420, 180, "Prezioa", 8.5, "hebo"), right_aligned(540, 180, "Zenbatekoa", 8.5, "hebo"),
        (40, 194, "Aholkularitza fiskala - hiruhilekoa"), right_aligned(330, 194, "1"), right_aligned(420, 194, "682,86"),
        right_aligned(540, 194, "682,86"),
        (380, 220, "Zerga-oinarria"), right_aligned(540, 220, "682,86"),
        (380, 232, "BEZ 21%"), right_aligned(540, 232, "143,40"),
        (380, 244, "BEZ guztira"), right_aligned(540, 244, "143,40"),
        (380, 258, "GUZTIRA €", 9, "hebo"), right_aligned(540, 258, "826,26", 9, "hebo"),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "invoice"
    assert invoice_ids(values) == ["FA-2400333"]
    assert values["vendor_information.tax_id"] == "B20274254"
    assert values["customer_information.customer_name"] == "Txindoki Elektrizitatea S.A."
    assert values["payment_terms.due_date"] == "2024-06-21"
    assert (values["financial_data.net_amount"], values["financial_data.tax_amount"],
            values["financial_data.total_amount"]) == (682.86, 143.40, 826.26)


def test_maldivian_rufiyaa(patterns):
    """A Maldivian GST invoice totals in rufiyaa: "Total Rf | 30,629.49"."""
    items = [
        (40, 40, "Dhoni Trading Pvt Ltd", 12, "hebo"), (40, 56, "H. Dhilbahaaruge, Huvandhumaa Hingun"),
        (40, 68, "Hulhumale 23870"), (380, 40, "INVOICE", 14, "hebo"), (380, 60, "Invoice No: TI-81528"),
        (380, 72, "Date: 03-07-2023"),
        (40, 110, "Description"), right_aligned(540, 110, "Amount"),
        (40, 124, "Marine plywood 18mm sheet"), right_aligned(540, 124, "28,360.63"),
        (380, 150, "GST 8%"), right_aligned(540, 150, "2,268.86"),
        (380, 164, "Total Rf"), right_aligned(540, 164, "30,629.49"),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert values["financial_data.currency"] == "MVR"
    assert values["financial_data.total_amount"] == 30629.49
    # a house's name and its street, "Hingun", open the address
    assert values["vendor_information.address"] == "H. Dhilbahaaruge, Huvandhumaa Hingun, Hulhumale 23870"
