"""Tier-1 rules of session 28, round 2 (hval29 became development: Estonian, Latvian and Serbian payment
advices and bank transfer confirmations, Cabo Verdean / Macanese faturas, Dutch florist receipts,
Eswatini / Lesotho / Seychelles tax invoices, Eastern Caribbean ABST invoices).

Each test draws a small document in the layout it names (made-up companies and numbers) and fails
on the engine before the rule (74c2b0d).
"""

from __future__ import annotations

import pytest
from drawn_documents import allocation_pairs, drawn_lines, drawn_pdf, invoice_ids, line_ending_at, read

from engine.normalize.amounts import find_amounts
from engine.normalize.currencies import find_currency
from engine.pattern_files import load_patterns


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def _table(top: float, heading: list[tuple[float, str]], rows: list[list[tuple[float, str]]]) -> list[tuple]:
    """Rows of text lines under a heading row, fourteen points apart; a cell given as (x, text) starts
    at x, one given as (-x, text) ends at x."""
    items = []
    for index, cells in enumerate([heading, *rows]):
        for x, text in cells:
            items.append(line_ending_at(-x, top + 14 * index, text) if x < 0 else (x, top + 14 * index, text))
    return items


def test_an_estonian_payment_advice_mailed(patterns):
    """An Estonian e-mail ("Saatja:", "Saaja:", "Teema:") says in a sentence into whose account the
    payer paid ("kandis 25.04.2024 OÜ Emajõe Tehnika arveldusarvele ..."), a company form before the
    name; the payer signs under its accounts office ("Raamatupidamine")."""
    items = [
        (40, 40, "Saatja:"), (120, 40, "Tõnu Kask <arved@virumaa.example>"),
        (40, 54, "Saaja:"), (120, 54, "info@emajoe.example"),
        (40, 68, "Kuupäev:"), (120, 68, "24.04.2024 14:18"),
        (40, 82, "Teema:"), (120, 82, "Makseteade nr 388/24"),
        (40, 110, "Tere!"),
        (40, 126, "Teatame, et OÜ Virumaa Puit kandis 25.04.2024 OÜ Emajõe Tehnika arveldusarvele EE34 7795 9070 9565 4294"),
        (40, 140, "3 100,00 EUR. Tasutud on järgmised arved:"),
        *_table(166, [(40, "Arve nr"), (160, "Arve kuupäev"), (-540, "Tasutud, EUR")],
                [[(40, "2024-18974"), (160, "13.04.2024"), (-540, "3 100,00")]]),
        (40, 210, "Kokku: 3 100,00 EUR"),
        (40, 236, "Lugupidamisega"), (40, 250, "Tõnu Kask"), (40, 264, "Raamatupidamine"), (40, 278, "OÜ Virumaa Puit"),
        (40, 292, "Tööstuse 9"), (40, 306, "10111 Tallinn"),
    ]
    values, document_type = read(drawn_lines(items), patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "OÜ Emajõe Tehnika"
    assert values["customer_information.customer_name"] == "OÜ Virumaa Puit"
    assert values["payment_information.payment_date"] == "2024-04-25"
    assert values["payment_information.payment_reference"] == "388/24"
    assert allocation_pairs(values) == [("2024-18974", 3100.0)]


def test_a_latvian_payment_notice_letter(patterns):
    """A Latvian payer's "MAKSĀJUMA PAZIŅOJUMS" to its supplier ("Piegādātājam:", the letter's place and
    date set far right of the label, naming no one)."""
    items = [
        (36, 40, "SIA Zemgales Būve"), (36, 54, "Brīvības iela 47 · Rīga, LV-1010"),
        (45, 89, "Piegādātājam:"), (493, 86, "Rīga, 08.02.2023"),
        (45, 101, "\"Rīgas Datu Sistēmas\" AS"), (45, 113, "Brīvības iela 156a"), (45, 125, "Rīga, LV-1063"),
        (36, 160, "MAKSĀJUMA PAZIŅOJUMS"), (36, 176, "Paziņojuma Nr.: PAZ2302171"),
        (36, 190, "Maksājuma datums: 10.02.2023"),
        (36, 214, "Paziņojam, ka 10.02.2023 esam pārskaitījuši uz Jūsu kontu 2 441,38 EUR par šādiem rēķiniem:"),
        *_table(240, [(36, "Rēķina Nr."), (160, "Datums"), (-420, "Rēķina summa"), (-540, "Samaksāts, EUR")],
                [[(36, "2022/6975"), (160, "24.11.2022"), (-420, "2 441,38"), (-540, "2 441,38")]]),
        (36, 284, "Kopā samaksāts: 2 441,38 EUR"),
    ]
    values, document_type = read(drawn_lines(items), patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "\"Rīgas Datu Sistēmas\" AS"
    assert values["vendor_information.address"] == "Brīvības iela 156a, Rīga, LV-1063"
    assert values["payment_information.payment_reference"] == "PAZ2302171"


def test_a_latvian_payment_advice_mailed(patterns):
    """A Latvian e-mail: the sender stands right of its "No:" label; the payee is the company "uz ...
    kontu" names; the payer signs with a quoted name and its form in capitals ("\\"Zemgales Elektro\\" AS")."""
    items = [
        (40, 40, "No:"), (120, 40, "Līga Vītola <rekini@zemgales.example>"),
        (40, 54, "Kam:"), (120, 54, "rekini@gaujas.example"),
        (40, 68, "Datums:"), (120, 68, "04.12.2024 12:25"),
        (40, 82, "Temats:"), (120, 82, "Apmaksāti rēķini - 397/24"),
        (40, 110, "Labdien!"),
        (40, 126, "Informējam, ka 04.12.2024 \"Zemgales Elektro\" AS ir pārskaitījis 1 200,00 EUR uz SIA Gaujas Dati"),
        (40, 140, "kontu LV33 PARX 2865 3855 9794 8. Apmaksāti šādi rēķini:"),
        *_table(166, [(40, "Rēķina Nr."), (160, "Datums"), (-540, "Samaksāts, EUR")],
                [[(40, "RK 0006469"), (160, "01.11.2024"), (-540, "1 200,00")]]),
        (40, 210, "Kopā: 1 200,00 EUR"),
        (40, 236, "Ar cieņu"), (40, 250, "Līga Vītola"), (40, 264, "Grāmatvedība"),
        (40, 278, "\"Zemgales Elektro\" AS"), (40, 292, "Brīvības iela 144k-2"), (40, 306, "Daugavpils, LV-5401"),
    ]
    values, document_type = read(drawn_lines(items), patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "SIA Gaujas Dati"
    assert values["customer_information.customer_name"] == "\"Zemgales Elektro\" AS"
    assert values["payment_information.payment_reference"] == "397/24"
    assert values["payment_information.payment_date"] == "2024-12-04"


def test_a_latvian_bank_payment_flush_right(patterns):
    """A Latvian bank's payment print: each party's rows ("Nosaukums", "Adrese") with values set flush
    right, and "Summa" alone in its cell as the sum paid."""
    rows = [("Maksātājs", None), ("Nosaukums", "SIA \"Rīgas Projekti\""), ("Adrese", "Zemgales iela 53, Rīga, LV-1039"),
            ("Saņēmējs", None), ("Nosaukums", "\"Gaujas Elektro\" AS"), ("Adrese", "Brīvības iela 125k-2, Rīga, LV-1050"),
            ("Summa", "25 722,22 EUR"), ("Maksājuma mērķis", "Rēķina RĒĶ 0007495")]
    items = [(53, 40, "AS Citadele banka"), (53, 56, "Maksājuma izdruka"), (53, 72, "Transakcijas ID"),
             line_ending_at(540, 72, "RO2301182958")]
    items += [item for i, (label, value) in enumerate(rows)
              for item in ([(53, 100 + 14 * i, label)] + ([line_ending_at(540, 100 + 14 * i, value)] if value else []))]
    values, document_type = read(drawn_lines(items), patterns)
    assert document_type == "remittance_advice"
    assert values["customer_information.address"] == "Zemgales iela 53, Rīga, LV-1039"
    assert values["vendor_information.address"] == "Brīvības iela 125k-2, Rīga, LV-1050"
    assert values["payment_information.payment_amount"] == 25722.22
    assert values["payment_information.payment_reference"] == "RO2301182958"


def test_a_serbian_transfer_order(patterns):
    """A Serbian "НАЛОГ ЗА ПРЕНОС": lower-case captions alone in their cells ("уплатилац", "прималац")
    head the parties, and the bank's reference "RS24456167316822" is no sum in rupees."""
    items = [
        (40, 40, "OTP banka Srbija a.d."), (40, 60, "уплатилац"), (40, 72, "Аваласистеми ДОО"),
        (40, 84, "Булевар краља Александра 132"), (40, 96, "11080 Земун"),
        (40, 116, "сврха плаћања"), (40, 128, "Фактура IF-00315"),
        (40, 148, "прималац"), (40, 160, "Ана Стојановић ПР Логистика Ртањ"), (40, 172, "Јурија Гагарина 114"),
        (40, 184, "11070 Нови Београд"),
        (330, 60, "НАЛОГ ЗА ПРЕНОС"), (330, 80, "валута"), (430, 80, "RSD"), (330, 94, "износ"), (430, 94, "=1.141.348,15"),
        (330, 114, "датум извршења"), (430, 114, "09.10.2024."),
        (40, 210, "Референца: RS24456167316822"),
    ]
    values, document_type = read(drawn_lines(items), patterns)
    assert document_type == "remittance_advice"
    assert values["customer_information.customer_name"] == "Аваласистеми ДОО"
    assert values["vendor_information.vendor_name"] == "Ана Стојановић ПР Логистика Ртањ"
    assert values["financial_data.currency"] == "RSD"
    assert find_amounts("Референца: RS24456167316822") == []
    assert [c.code for c in find_currency("Референца: RS24456167316822")] == []


def test_a_serbian_payment_advice_mailed(patterns):
    """A Serbian e-mail ("Od:", "Za:", "Tema: Avizo ..."): the payee in brackets after the account paid
    into (a sole trader, "PR"), the payer a sole trader signing; a credit row's note wrapped in its
    cell ("(knjižno" / "odobrenje)") titles nothing."""
    items = [
        (40, 40, "Od:"), (120, 40, "Goran Simić <finansije@avala.example>"),
        (40, 54, "Za:"), (120, 54, "office@timok.example"),
        (40, 68, "Datum:"), (120, 68, "05.03.2025. 13:10"),
        (40, 82, "Tema:"), (120, 82, "Avizo 01-492/2025"),
        (40, 110, "Poštovani,"),
        (40, 126, "obaveštavamo Vas da je Ana Stojanović PR Nabavka Avala dana 07.03.2025. uplatio 700.000,00 RSD na račun"),
        (40, 140, "340-864799453-43 (Marko Ilić PR Gradnja Timok). Uplatom su zatvorene sledeće fakture:"),
        *_table(166, [(40, "Broj fakture"), (160, "Datum"), (-420, "Iznos fakture"), (-540, "Plaćeno (RSD)")],
                [[(40, "2024-003879"), (160, "21.12.2024."), (-420, "750.000,00"), (-540, "750.000,00")],
                 [(40, "2025-004034 (knjižno"), (160, "13.01.2025."), (-420, "-50.000,00"), (-540, "-50.000,00")]]),
        (40, 204, "odobrenje)"),
        (40, 226, "Ukupno: 700.000,00 RSD"),
        (40, 250, "Srdačan pozdrav,"), (40, 264, "Goran Simić"), (40, 278, "Sektor finansija"),
        (40, 292, "Ana Stojanović PR Nabavka Avala"), (40, 306, "Omladinskih brigada 24"), (40, 320, "34000 Kragujevac"),
    ]
    values, document_type = read(drawn_lines(items), patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "Marko Ilić PR Gradnja Timok"
    assert values["customer_information.customer_name"] == "Ana Stojanović PR Nabavka Avala"
    assert values["payment_information.payment_reference"] == "01-492/2025"
    assert values["payment_information.payment_amount"] == 700000.0


def test_a_cabo_verdean_fatura_in_escudos(patterns):
    """Cabo Verde writes the escudo's cents after a "$" ("1 112$00", "250 361$34 ECV"): no dollars; the
    series letter stands before the invoice's number ("N.º A 2025/951")."""
    assert [(float(m.amount.value), m.amount.currency) for m in find_amounts("Total a pagar 250 361$34 ECV")] == \
        [(250361.34, "CVE")]
    assert [c.code for c in find_currency("250 361$34 ECV")] == ["CVE"]
    assert [c.code for c in find_currency("Total $ 45.00")] == ["USD"]  # a dollar still is one
    items = [
        (40, 40, "FATURA ELETRÓNICA", 14), (40, 58, "N.º A 2025/951"),
        (40, 80, "Emitente"), (40, 92, "Hotelaria Cesária, Unipessoal, Lda."), (40, 104, "Palmarejo, n.º 1"),
        (40, 116, "Praia"), (40, 128, "Ilha de Santiago, Cabo Verde"), (40, 140, "NIF: 236606532"),
        (40, 152, "Capital social: 1.000.000$00"), (40, 164, "Tel. +238 230 85 01"),
        (340, 80, "Data de emissão"), (440, 80, "05/01/2025"),
        (40, 200, "Descrição"), (300, 200, "Qtd."), (380, 200, "Preço unit."), (500, 200, "Total"),
        (40, 214, "Cimento Portland CEM II 42,5 - saco 50 kg"), (300, 214, "3"), (380, 214, "1 112$00"), (500, 214, "3 336$00"),
        (380, 240, "Total sem IVA"), (480, 240, "3 336$00"), (380, 252, "IVA 15%"), (480, 252, "500$40"),
        (380, 264, "Total a pagar"), (480, 264, "3 836$40 ECV"),
    ]
    values, _ = read(drawn_pdf(items), patterns)
    assert values["financial_data.total_amount"] == 3836.4
    assert values["financial_data.tax_amount"] == 500.4
    assert values["financial_data.currency"] == "CVE"
    assert invoice_ids(values) == ["A 2025/951"]
    assert values["vendor_information.address"] == "Palmarejo, n.º 1, Praia, Ilha de Santiago, Cabo Verde"


def test_a_macanese_factura_with_its_chinese_name(patterns):
    """A Macanese letterhead: a Portuguese name its line broke after "do", the address, then the name
    again in Chinese, which ends the address; "Total / 總數 MOP" names the currency."""
    items = [
        (39, 40, "Companhia de Serviços de Limpeza Estrela do"), (39, 52, "Sul, Limitada"),
        (39, 64, "Avenida do Infante D. Henrique, n.º 360, 24.º andar C"), (39, 76, "Macau"),
        (39, 88, "南星清潔服務有限公司"), (39, 100, "Contribuinte n.º / 納稅人編號: 66539218"),
        (340, 150, "FACTURA 發票"), (340, 168, "N.º / 編號 F24-3024"), (340, 180, "Data / 日期 18/10/2024"),
        (340, 220, "Total / 總數 MOP"), (500, 220, "868.00"),
    ]
    values, _ = read(drawn_lines(items), patterns)
    assert values["vendor_information.vendor_name"] == "Companhia de Serviços de Limpeza Estrela do Sul, Limitada"
    assert values["vendor_information.address"] == "Avenida do Infante D. Henrique, n.º 360, 24.º andar C, Macau"
    assert values["financial_data.currency"] == "MOP"


def test_a_dutch_florist_order_receipt(patterns):
    """A florist's order receipt: "Besteldatum" dates it (the delivery date, "Bezorgdatum", does not),
    "Bestelnr." numbers it, "Totaal BTW" is the tax over the per-rate lines, and the delivery address
    ("Bezorgen bij") is never the shop."""
    items = [
        (60, 40, "Bloemenkiosk Fleur", 12), (60, 56, "Bloemenkiosk Fleur V.O.F."), (60, 68, "Kerkstraat 149"),
        (60, 80, "3011 AD Rotterdam"), (60, 92, "BTW-nr. NL895657259B01"),
        (60, 116, "ORDERBON / KASSABON", 11),
        (60, 132, "Bestelnr."), (200, 132, "4-65277"), (60, 144, "Besteldatum"), (200, 144, "01/05/2024 13:04"),
        (60, 156, "Bezorgdatum"), (200, 156, "02/05/2024"),
        (60, 172, "Bezorgen bij"), (60, 184, "Liam Walsh"), (60, 196, "Stationsplein 172"), (60, 208, "3511 LX Utrecht"),
        (60, 232, "Boeket seizoensbloemen"), (230, 232, "110,55"), (60, 244, "Bezorgkosten"), (230, 244, "35,95"),
        (60, 264, "Totaal"), (230, 264, "€ 146,50"),
        (60, 278, "BTW 9% over 110,55"), (230, 278, "9,13"), (60, 290, "BTW 21% over 35,95"), (230, 290, "6,24"),
        (60, 302, "Totaal BTW"), (230, 302, "15,37"),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "receipt"
    assert values["document_date"] == "2024-05-01"
    assert invoice_ids(values) == ["4-65277"]
    assert values["financial_data.tax_amount"] == 15.37
    assert values["vendor_information.vendor_name"] == "Bloemenkiosk Fleur V.O.F."


def test_southern_african_and_caribbean_tax_invoices(patterns):
    """Eswatini's lilangeni glued to its sum ("E35,844.98"), the country by its phone prefix (+268); an
    item's code ("SVC-LB") is no currency; Antigua's sales tax ("ABST Reg. No.", "ABST 17%")."""
    assert [float(m.amount.value) for m in find_amounts("Total Inclusive E35,844.98")] == [35844.98]
    assert find_amounts("AB35,844.98") == []  # two letters glued to it make a code
    assert [c.code for c in find_currency("SVC-LB Vehicle service - labour")] == []
    eswatini = [
        (40, 40, "Hhohho Logistics (Pty) Ltd", 13), (40, 56, "172 Ngwane Street"), (40, 68, "Manzini"),
        (40, 80, "Tel: +268 3620 1814"), (340, 40, "TAX INVOICE", 14), (340, 58, "Invoice No. INV06274"),
        (340, 70, "Date 01/05/2023"),
        (380, 120, "Sub Total"), (480, 120, "31,918.36"), (380, 132, "VAT @ 15%"), (480, 132, "3,926.62"),
        (380, 144, "Total Inclusive"), (480, 144, "E35,844.98"),
    ]
    values, _ = read(drawn_pdf(eswatini), patterns)
    assert values["financial_data.total_amount"] == 35844.98
    assert values["financial_data.currency"] == "SZL"
    antigua = [
        (40, 40, "La Soufrière Marine Services Limited", 13), (40, 56, "Friars Hill Road"), (40, 68, "St. John's"),
        (40, 80, "ABST Reg. No.: 811849"), (340, 40, "TAX INVOICE", 14), (340, 58, "Invoice No. 58530"),
        (340, 70, "Date 27 Jun 2023"),
        (300, 120, "Total before ABST"), (480, 120, "5,713.74"),
        (300, 132, "ABST 17% on standard-rated items"), (480, 132, "971.34"),
        (300, 144, "Invoice Total (XCD)"), (480, 144, "6,685.08"),
    ]
    values, _ = read(drawn_pdf(antigua), patterns)
    assert values["vendor_information.tax_id"] == "811849"
    assert values["financial_data.tax_amount"] == 971.34
    assert values["financial_data.net_amount"] == 5713.74
