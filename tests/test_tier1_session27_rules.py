"""Tier 1 rules written in session 27, each general rather than tied to one layout:

- a Czech payer's "OZNÁMENÍ O PROVEDENÉ PLATBĚ": "Avízo č." is the payment's reference, "Datum úhrady"
  its date, "dne ... jsme ... uhradili částku ..." its sum, and the table of "Č. faktury" pays each
  invoice by its "Uhrazeno" (not "Částka" nor "Srážka"); a note under a row's deduction ("skonto 2 %")
  does not end the table;
- bank transfer confirmations whose headings stand over labelled rows: Czech "Plátce" / "Název plátce"
  and "Příjemce" / "Název příjemce" / "Adresa příjemce", Slovak "Platiteľ" / "Adresa platiteľa" and
  "Príjemca" / "Názov príjemcu", Hungarian "Megbízó" / "Megbízó neve" / "Megbízó címe" and
  "Kedvezményezett" / "Kedvezményezett neve", Romanian "Ordonator" and "Beneficiar" over rows of the same
  label: the payee is the vendor; the label lists are data ([parties] payer_labels, payee_labels);
- e-mailed advices: Hungarian "... napon <sum> HUF összeget utaltunk a(z) <payee> <account> számú
  számlájára" (the sum stated before its noun), "Utalás száma", bullets "- 2024-002918 (2024.10.08.):
  57 277 HUF" in whole forints, the signature's address and "Adószám" the payer's; Czech "odeslali platbu
  ve prospěch <payee> ve výši <sum>"; a sender's department ("Pénzügy - ", "Účtárna") is no part of its
  company's name ([parties] department_words);
- a transfer's remittance information listing invoices with whole amounts ("E-TKV-2025-311 4 384 373,
  ..."), an invoice number wrapped at its hyphen;
- "Partnerkód" ([counterparty_id]): the payee's code on a remittance advice, the customer's on an invoice;
- a Romanian "ÎNȘTIINȚARE DE PLATĂ": dated by its dateline, "Nr. înștiințare", "Data plății", "în data de
  ... am efectuat plata sumei de ..."; a company named after the river Siret is no SIRET number;
- Welsh ("NODYN CREDYD", "Telerau: 30 diwrnod"); a US funeral home's "Statement of Funeral Goods and
  Services Selected" (an invoice numbered by its "Contract No."); Puerto Rico's IVU, "Núm. Registro de
  Comerciante", "Términos: Neto 30", "Vendido a"; a dry cleaner's "DUE: ... AFTER 4PM" (no due date);
  the Bahamian dollar ("B$").
"""

from __future__ import annotations

import pytest
from drawn_documents import (
    allocation_pairs,
    drawn_lines,
    drawn_pdf,
    invoice_ids,
    item_rows,
    line_ending_at,
    read,
    right_aligned,
)

from engine.language import language_doubt
from engine.pattern_files import load_patterns


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


# 1. A Czech payer's payment advice (drawn as text lines: a base-14 font prints no ř or ě)

def _czech_advice(note_under_deduction: bool = False):
    items = [
        (40, 40, "Kovolis Brno s.r.o."),
        (40, 54, "Vídeňská 118, 619 00 Brno"),
        (40, 68, "IČO: 27481635, DIČ: CZ27481635"),
        (330, 100, "Pila Hranice a.s."),
        (330, 114, "Nádražní 41"),
        (330, 128, "753 01 Hranice"),
        (150, 170, "OZNÁMENÍ O PROVEDENÉ PLATBĚ"),
        (40, 196, "Avízo č.:"), (150, 196, "7742569"),
        (40, 210, "Datum úhrady:"), (150, 210, "2.6.2025"),
        (40, 238, "Vážení obchodní přátelé,"),
        (40, 256, "dne 2.6.2025 jsme na Váš účet č. 2847105521/0800 uhradili částku 344 173,90 CZK"),
        (40, 270, "za tyto doklady:"),
        (40, 296, "Č. faktury"), (120, 296, "Var. symbol"), (200, 296, "Datum vystavení"),
        line_ending_at(380, 296, "Částka"), line_ending_at(450, 296, "Srážka"), line_ending_at(540, 296, "Uhrazeno"),
    ]
    y = 310
    for row in [("FV25-0412", "250412", "05.05.2025", "128 400,00", "0,00", "128 400,00"),
                ("FV25-0447", "250447", "12.05.2025", "97 960,00", "1 959,20", "96 000,80"),
                ("FV25-0468", "250468", "19.05.2025", "119 773,10", "0,00", "119 773,10")]:
        items += [(40, y, row[0]), (120, y, row[1]), (200, y, row[2]), line_ending_at(380, y, row[3]),
                  line_ending_at(450, y, row[4]), line_ending_at(540, y, row[5])]
        y += 14
        if note_under_deduction and row[0] == "FV25-0447":
            items.append((400, y, "skonto 2 %"))  # why this row's deduction was taken
            y += 14
    items += [(300, y + 10, "Celkem uhrazeno:"), line_ending_at(540, y + 10, "344 173,90 CZK"),
              (40, y + 44, "S pozdravem"), (40, y + 58, "Kovolis Brno s.r.o., účtárna")]
    return drawn_lines(items)


def test_a_czech_payers_payment_advice(patterns):
    """A Czech payer's letter "OZNÁMENÍ O PROVEDENÉ PLATBĚ" with its table of invoices paid."""
    values, document_type = read(_czech_advice(), patterns)
    assert document_type == "remittance_advice"
    assert values["payment_information.payment_reference"] == "7742569"  # "Avízo č."
    assert values["payment_information.payment_date"] == "2025-06-02"  # "Datum úhrady"
    assert values["payment_information.payment_amount"] == 344173.90  # "uhradili částku ..."
    assert values["vendor_information.vendor_name"] == "Pila Hranice a.s."
    assert values["customer_information.customer_name"] == "Kovolis Brno s.r.o."
    # each invoice by what was paid ("Uhrazeno"), after the deduction ("Srážka")
    assert allocation_pairs(values) == [("FV25-0412", 128400.00), ("FV25-0447", 96000.80),
                                        ("FV25-0468", 119773.10)]


def test_a_note_under_a_rows_deduction_does_not_end_the_table(patterns):
    """The same advice with "skonto 2 %" alone on the line under a row's deduction: the rows after it
    are still invoices paid."""
    values, document_type = read(_czech_advice(note_under_deduction=True), patterns)
    assert document_type == "remittance_advice"
    assert allocation_pairs(values) == [("FV25-0412", 128400.00), ("FV25-0447", 96000.80),
                                        ("FV25-0468", 119773.10)]


# 2. Banks' transfer confirmations: a heading over labelled rows for each side of the payment

def _transfer_form(title: list[str], rows: list[tuple[str, str] | str]):
    """A bank's form: labels at the left margin, values in a column to the right, headings alone."""
    items = [(40, 40 + 16 * i, text) for i, text in enumerate(title)]
    y = 100
    for row in rows:
        if isinstance(row, str):
            y += 8
            items.append((40, y, row))
        else:
            items += [(40, y, row[0]), (220, y, row[1])]
        y += 15
    return drawn_lines(items)


def test_a_czech_bank_transfer_confirmation(patterns):
    """A Czech bank's "POTVRZENÍ O PROVEDENÍ PLATBY": "Plátce" over "Název plátce", "Příjemce" over
    "Název příjemce" and "Adresa příjemce"."""
    document = _transfer_form(["Moravská spořitelní banka a.s.", "POTVRZENÍ O PROVEDENÍ PLATBY"], [
        "Plátce",
        ("Název plátce", "Truhlářství Vysočina s.r.o."),
        ("Účet plátce", "CZ65 0800 0000 1920 0014 5399"),
        "Příjemce",
        ("Název příjemce", "Stavebniny Vltava a.s."),
        ("Adresa příjemce", "Karlovo náměstí 17, 110 00 Praha 1"),
        ("Účet příjemce", "CZ42 0100 0000 0043 8816 2201"),
        "Detail transakce",
        ("Částka", "58 212,40 CZK"),
        ("Datum zadání", "14.04.2025"),
        ("Zpráva pro příjemce", "Faktura 2025110387"),
        ("ID transakce", "TX250414338812"),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "Stavebniny Vltava a.s."  # the payee, not the bank
    assert values["vendor_information.address"] == "Karlovo náměstí 17, 110 00 Praha 1"
    assert values["customer_information.customer_name"] == "Truhlářství Vysočina s.r.o."
    assert values["payment_information.payment_amount"] == 58212.40
    assert values["payment_information.payment_reference"] == "TX250414338812"


def test_a_slovak_bank_transfer_confirmation(patterns):
    """A Slovak bank's "POTVRDENIE O VYKONANÍ PLATBY": "Platiteľ" over "Názov platiteľa" and "Adresa
    platiteľa", "Príjemca" over "Názov príjemcu" and "Adresa príjemcu"."""
    document = _transfer_form(["Tatranská banka, a.s.", "POTVRDENIE O VYKONANÍ PLATBY"], [
        "Platiteľ",
        ("Názov platiteľa", "Pekáreň Liptov s.r.o."),
        ("Adresa platiteľa", "Štúrova 22, 031 01 Liptovský Mikuláš"),
        ("IBAN platiteľa", "SK31 1100 0000 0026 1745 8832"),
        "Príjemca",
        ("Názov príjemcu", "Mlyny Považie a.s."),
        ("Adresa príjemcu", "Priemyselná 5, 017 01 Považská Bystrica"),
        ("IBAN príjemcu", "SK89 0200 0000 0031 4418 2207"),
        "Detail transakcie",
        ("Suma", "12 480,00 EUR"),
        ("Dátum zadania", "22.05.2025"),
        ("Správa pre príjemcu", "FA 2025/0718"),
        ("Referencia transakcie", "SKP2505228841"),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "Mlyny Považie a.s."
    assert values["vendor_information.address"] == "Priemyselná 5, 017 01 Považská Bystrica"
    assert values["customer_information.customer_name"] == "Pekáreň Liptov s.r.o."
    assert values["customer_information.address"] == "Štúrova 22, 031 01 Liptovský Mikuláš"  # "Adresa platiteľa"
    assert values["payment_information.payment_reference"] == "SKP2505228841"


def test_a_hungarian_bank_debit_advice(patterns):
    """A Hungarian bank's "TERHELÉSI ÉRTESÍTŐ": "Megbízó" over "Megbízó neve" and "Megbízó címe",
    "Kedvezményezett" over "Kedvezményezett neve" (the party named before its field)."""
    document = _transfer_form(["Alföldi Takarékbank Zrt.", "TERHELÉSI ÉRTESÍTŐ"], [
        "Megbízó",
        ("Megbízó neve", "Tiszavirág Pékség Kft."),
        ("Megbízó címe", "4025 Debrecen, Piac utca 61."),
        ("Megbízó számlaszáma", "11738008-20417755-00000000"),
        "Kedvezményezett",
        ("Kedvezményezett neve", "Hajdúsági Malom Zrt."),
        ("Kedvezményezett számlaszáma", "10404955-50526774-83271004"),
        "Tranzakció részletei",
        ("Összeg", "2 614 870 HUF"),
        ("Értéknap", "2025.03.18."),
        ("Közlemény", "HM-2025-00412"),
        ("Tranzakció azonosító", "AT2503180099127"),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "Hajdúsági Malom Zrt."  # not the bank
    assert values["customer_information.customer_name"] == "Tiszavirág Pékség Kft."
    assert values["customer_information.address"] == "4025 Debrecen, Piac utca 61."
    assert values["payment_information.payment_amount"] == 2614870.0
    assert values["payment_information.payment_date"] == "2025-03-18"


def test_a_romanian_payment_order_whose_headings_repeat_their_rows_labels(patterns):
    """A Romanian bank's "ORDIN DE PLATA": "Ordonator" over "Ordonator | ...", "Beneficiar" over
    "Beneficiar | ..." and "CIF beneficiar"."""
    document = _transfer_form(["Banca Carpatica de Comert S.A.", "ORDIN DE PLATA"], [
        "Ordonator",
        ("Ordonator", "Cofetaria Dulce Bucovina SRL"),
        ("IBAN ordonator", "RO49 AAAA 1B31 0075 9384 0000"),
        "Beneficiar",
        ("Beneficiar", "Lactate Poiana Verde SRL"),
        ("CIF beneficiar", "5301454"),
        ("IBAN beneficiar", "RO66 BACX 0000 0012 3456 7890"),
        "Detalii tranzactie",
        ("Suma", "18.450,00 RON"),
        ("Data procesarii", "07.02.2025"),
        ("Detalii plata", "Factura PV 4471"),
    ])
    values, document_type = read(document, patterns)
    assert document_type == "remittance_advice"
    # the row under the heading names the payee: not the heading's word "Beneficiar", nor the title
    assert values["vendor_information.vendor_name"] == "Lactate Poiana Verde SRL"
    assert values["customer_information.customer_name"] == "Cofetaria Dulce Bucovina SRL"
    assert values["vendor_information.tax_id"] == "5301454"  # "CIF beneficiar"
    assert values["payment_information.payment_amount"] == 18450.00


def test_a_slovak_invoices_prijemca_stays_its_customer(patterns):
    """Guard: a Slovak invoice's "Príjemca" with no payer's label beside it is the buyer, as before."""
    items = [
        (360, 40, "FAKTÚRA - DAŇOVÝ DOKLAD"),
        (360, 54, "Číslo faktúry: 2025/0388"),
        (360, 68, "Dátum vyhotovenia: 03.03.2025"),
        (40, 100, "Dodávateľ:"),
        (40, 114, "Kameňolom Tatry s.r.o."),
        (40, 128, "Hlavná 41, 058 01 Poprad"),
        (40, 142, "IČ DPH: SK2021448719"),
        (300, 100, "Príjemca:"),
        (300, 114, "Stavby Orava a.s."),
        (300, 128, "Námestie 9, 026 01 Dolný Kubín"),
        (40, 180, "Popis"), line_ending_at(540, 180, "Suma"),
        (40, 194, "Drvené kamenivo 0-32, 40 t"), line_ending_at(540, 194, "1 840,00"),
        (360, 218, "Základ DPH:"), line_ending_at(540, 218, "1 840,00"),
        (360, 232, "DPH 23 %:"), line_ending_at(540, 232, "423,20"),
        (360, 246, "Celkom k úhrade:"), line_ending_at(540, 246, "2 263,20 EUR"),
    ]
    values, document_type = read(drawn_lines(items), patterns)
    assert document_type == "invoice"
    assert values["vendor_information.vendor_name"] == "Kameňolom Tatry s.r.o."
    assert values["customer_information.customer_name"] == "Stavby Orava a.s."


def test_payer_and_payee_labels_are_data(patterns):
    """The labels naming a payment's two sides come from [parties] payer_labels / payee_labels, and the
    sender's departments from [parties] department_words (patterns/document.toml)."""
    assert patterns.payee_labels.is_whole("Příjemce")
    assert patterns.payee_labels.is_whole("Príjemca")
    assert patterns.payer_labels.is_whole("Plátce")
    assert patterns.payer_labels.is_whole("Megbízó")
    assert patterns.payer_labels.is_whole("Ordonator")
    assert not patterns.payee_labels.is_whole("Plátce")
    assert patterns.department_words.is_whole("Účtárna")
    assert patterns.department_words.is_whole("Pénzügy")


# 3. E-mailed payment advices

def _email(header: list[tuple[str, str]], lines: list[str]):
    items = [item for i, (label, value) in enumerate(header)
             for item in ((40, 50 + 14 * i, label), (100, 50 + 14 * i, value))]
    items += [(40, 130 + 14 * i, line) for i, line in enumerate(lines) if line]
    return drawn_lines(items)


def test_a_hungarian_emailed_payment_advice(patterns):
    """A Hungarian payer's e-mail: the sum stated before "összeget", the payee in the same sentence, a
    few invoices in bullets (the rest in an attachment) and the payer's signature with its tax number."""
    document = _email([("Feladó:", "Pénzügy - Somogyi Faipari Kft. <penzugy@somogyifa.example>"),
                       ("Elküldve:", "2024. december 11. 08:05"),
                       ("Címzett:", "szamlazas@kapostanacs.example"),
                       ("Tárgy:", "Utalási értesítő")], [
        "Tisztelt Partnerünk!",
        "",
        "Tájékoztatjuk, hogy 2024.12.10. napon 21 604 918 HUF összeget utaltunk a(z) Kapos Tanácsadó Bt. "
        "11600006-00000000-48219933 számú számlájára.",
        "Utalás száma: FIZ407712",
        "",
        "Az utalás az alábbi számlákat egyenlíti ki:",
        "- 2024-003118 (2024.10.08.): 63 418 HUF",
        "- 2024-003207 (2024.10.21.): 4 406 250 HUF",
        "- további 11 számla a csatolt listában",
        "",
        "Üdvözlettel:",
        "Varga Eszter",
        "Pénzügyi osztály",
        "Somogyi Faipari Kft.",
        "7400 Kaposvár",
        "Füredi utca 87.",
        "Adószám: 24418307-2-14",
    ])
    values, document_type = read(document, patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "Kapos Tanácsadó Bt."  # "utaltunk a(z) ..."
    # the sender's department ("Pénzügy - ") is dropped, the company form's full stop kept
    assert values["customer_information.customer_name"] == "Somogyi Faipari Kft."
    assert values["customer_information.address"] == "7400 Kaposvár, Füredi utca 87."  # from the signature
    assert "vendor_information.tax_id" not in values  # the Adószám under the payer's address is its own
    # the figure before "összeget", though the bullets name only some of the invoices it pays
    assert values["payment_information.payment_amount"] == 21604918.0
    assert values["payment_information.payment_date"] == "2024-12-10"  # "2024.12.10. napon", not "Elküldve"
    assert values["payment_information.payment_reference"] == "FIZ407712"
    assert allocation_pairs(values) == [("2024-003118", 63418.0), ("2024-003207", 4406250.0)]


def test_a_payee_sentence_broken_over_two_lines(patterns):
    """The same e-mail with its sentence wrapped before the payee's account number: the payee is still
    read, from the two lines together (a line alone names no one)."""
    document = _email([("Feladó:", "Pénzügy - Somogyi Faipari Kft. <penzugy@somogyifa.example>"),
                       ("Elküldve:", "2024. december 11. 08:05")], [
        "Tisztelt Partnerünk!",
        "",
        "Tájékoztatjuk, hogy 2024.12.10. napon 21 604 918 HUF összeget utaltunk a(z) Kapos Tanácsadó Bt.",
        "11600006-00000000-48219933 számú számlájára.",
        "Utalás száma: FIZ407712",
        "",
        "Üdvözlettel:",
        "Somogyi Faipari Kft.",
    ])
    values, document_type = read(document, patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "Kapos Tanácsadó Bt."


def test_a_payee_named_at_a_sentences_end_keeps_its_forms_stop(patterns):
    """A Polish e-mail whose sentence ends with the payee's name ("... na rzecz Lis Chłodnie Sp. z
    o.o."): the full stop is the company form's own, as after "Kft." or "Ltd."."""
    document = _email([("Od:", "Księgowość Kowalczyk Logistyka sp. k. <ksiegowosc@kowalczyk-log.example>"),
                       ("Wysłano:", "2025-04-17 09:21")], [
        "Dzień dobry,",
        "",
        "informujemy, że w dniu 15.04.2025 zleciliśmy przelew na rzecz Lis Chłodnie Sp. z o.o.",
        "Kwota przelewu: 25 158,07 PLN",
        "Numer płatności: 388/04/2025/P",
        "",
        "Z poważaniem",
        "Kowalczyk Logistyka sp. k.",
    ])
    values, document_type = read(document, patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "Lis Chłodnie Sp. z o.o."


def test_a_czech_emailed_payment_advice(patterns):
    """A Czech payer's e-mail: "jsme odeslali platbu ve prospěch <payee> ve výši <sum>", sent by its
    accounts office ("Účtárna <company>")."""
    document = _email([("Od:", "Účtárna Delta servis s.r.o. <uctarna@deltaservis.example>"),
                       ("Odesláno:", "6. října 2023 9:41"),
                       ("Komu:", "fakturace@jizera-trade.example"),
                       ("Předmět:", "Avízo platby")], [
        "Dobrý den,",
        "",
        "dne 06.10.2023 jsme odeslali platbu ve prospěch Jizera trade s.r.o. ve výši 208 415,30 Kč",
        "na účet 2100471183/2010.",
        "",
        "Platba se týká těchto dokladů:",
        "- Faktura č. 2023-0917 ze dne 04.09.2023: 121 000,00 Kč",
        "- Faktura č. 2023-0958 ze dne 12.09.2023: 87 415,30 Kč",
        "",
        "S pozdravem",
        "Jana Horáková",
        "Účtárna",
        "Delta servis s.r.o.",
    ])
    values, document_type = read(document, patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "Jizera trade s.r.o."  # not "Dobrý den"
    assert values["customer_information.customer_name"] == "Delta servis s.r.o."  # without "Účtárna"
    assert values["payment_information.payment_amount"] == 208415.30
    assert values["payment_information.payment_date"] == "2023-10-06"


# 4. Whole amounts in a transfer's remittance information

def test_whole_amounts_in_remittance_information(patterns):
    """A Hungarian bank's "TELJESÍTÉSI IGAZOLÁS" whose "Közlemény" lists invoices with whole forint
    amounts, the last invoice number broken at its hyphen onto the next line."""
    items = [(40, 40, "Dunamenti Kereskedelmi Bank Zrt."), (40, 58, "TELJESÍTÉSI IGAZOLÁS")]
    y = 90
    for label, value in [("Megbízó neve", "Zalai Csomagolástechnika Kft."),
                         ("Kedvezményezett neve", "Tokaji Kartongyár Zrt."),
                         ("Kedvezményezett számlaszáma", "10918001-00000072-41260009"),
                         ("Összeg", "11 439 296 HUF"),
                         ("Értéknap", "2025.04.09."),
                         ("Közlemény", "Számlák: E-TKV-2025-311 4 384 373, E-TKV-2025-317 6 816 125, E-")]:
        items += [(40, y, label), (200, y, value)]
        y += 15
    items += [(200, y - 3, "TKV-2025-333 238 798"),
              (40, y + 14, "Tranzakció azonosító"), (200, y + 14, "DK25040944187")]
    values, document_type = read(drawn_lines(items), patterns)
    assert document_type == "remittance_advice"
    assert allocation_pairs(values) == [("E-TKV-2025-311", 4384373.0), ("E-TKV-2025-317", 6816125.0),
                                        ("E-TKV-2025-333", 238798.0)]


# 5. "Partnerkód": the other party's code in the writer's books

def _hungarian_payment_letter():
    items = [
        (40, 40, "Mecsek Élelmiszer Nagykereskedés Kft."),
        (40, 54, "7621 Pécs, Király utca 14."),
        (40, 68, "Adószám: 13857204-2-02"),
        (330, 100, "Baranyai Hűtőtechnika Bt."),
        (330, 114, "7630 Pécs, Siklósi út 52."),
        (150, 150, "FIZETÉSI ÉRTESÍTŐ"),
        (40, 176, "Partnerkód:"), (150, 176, "456850"),
        (40, 190, "Értesítő száma:"), (150, 190, "KI-2025-0617"),
        (40, 204, "Kifizetés dátuma:"), (150, 204, "2025.05.16."),
        (40, 230, "Tisztelt Partnerünk!"),
        (40, 248, "Az alábbi számlák ellenértékét átutaltuk bankszámlájukra:"),
        (40, 274, "Számlaszám"), (150, 274, "Számla kelte"), line_ending_at(380, 274, "Bruttó összeg"),
        line_ending_at(460, 274, "Levonás"), line_ending_at(540, 274, "Kifizetve"),
    ]
    y = 288
    for row in [("BH-2025/0214", "2025.04.02.", "412 750", "0", "412 750"),
                ("BH-2025/0239", "2025.04.17.", "286 080", "5 722", "280 358")]:
        items += [(40, y, row[0]), (150, y, row[1]), line_ending_at(380, y, row[2]), line_ending_at(460, y, row[3]),
                  line_ending_at(540, y, row[4])]
        y += 14
    items += [(300, y + 10, "Összesen:"), line_ending_at(540, y + 10, "693 108 HUF"),
              (40, y + 44, "Tisztelettel:"), (40, y + 58, "Pénzügyi osztály")]
    return drawn_lines(items)


def test_a_partner_code_on_a_payers_letter_is_the_vendor_id(patterns):
    """A Hungarian payer's "FIZETÉSI ÉRTESÍTŐ" giving the payee's "Partnerkód" in the payer's books."""
    values, document_type = read(_hungarian_payment_letter(), patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_id"] == "456850"
    assert "customer_information.customer_id" not in values
    assert values["vendor_information.vendor_name"] == "Baranyai Hűtőtechnika Bt."
    assert values["payment_information.payment_reference"] == "KI-2025-0617"  # "Értesítő száma"
    assert values["payment_information.payment_date"] == "2025-05-16"  # "Kifizetés dátuma"


def test_a_partner_code_on_an_invoice_stays_the_customer_id(patterns):
    """Guard: a Hungarian invoice's "Partnerkód" under the buyer is the customer's number, as before."""
    items = [
        (40, 40, "Baranyai Hűtőtechnika Bt."),
        (40, 54, "7630 Pécs, Siklósi út 52."),
        (40, 68, "Adószám: 21904418-2-02"),
        (360, 40, "SZÁMLA"),
        (360, 54, "Számlaszám: BH-2025/0239"),
        (360, 68, "Számla kelte: 2025.04.17."),
        (360, 82, "Fizetési határidő: 2025.05.17."),
        (40, 110, "Vevő:"), (100, 110, "Mecsek Élelmiszer Nagykereskedés Kft."),
        (100, 124, "7621 Pécs, Király utca 14."),
        (40, 138, "Partnerkód:"), (100, 138, "456850"),
        (40, 170, "Megnevezés"), line_ending_at(540, 170, "Összeg"),
        (40, 184, "Hűtőkamra karbantartás"), line_ending_at(540, 184, "225 260"),
        (360, 208, "Nettó:"), line_ending_at(540, 208, "225 260"),
        (360, 222, "ÁFA 27%:"), line_ending_at(540, 222, "60 820"),
        (360, 236, "Fizetendő:"), line_ending_at(540, 236, "286 080 HUF"),
    ]
    values, document_type = read(drawn_lines(items), patterns)
    assert document_type == "invoice"
    assert values["customer_information.customer_id"] == "456850"
    assert "vendor_information.vendor_id" not in values


# 6. Romanian payers' notices (drawn as text lines: a base-14 font prints no ș or ț)

def test_a_romanian_payment_notice_dated_by_its_dateline(patterns):
    """A Romanian payer's "ÎNȘTIINȚARE DE PLATĂ", dated "București, 15.03.2024" a day after the payment."""
    items = [
        (40, 40, "Mobila Bistrita Prod SRL"),
        (40, 54, "Str. Garii nr. 31, Bistrita"),
        (40, 68, "CUI: RO17264830"),
        (330, 96, "București, 15.03.2024"),
        (40, 120, "Către:"),
        (40, 134, "Lemn Nasaud Trade SRL"),
        (40, 148, "Str. Granicerilor nr. 7, Nasaud"),
        (150, 180, "ÎNȘTIINȚARE DE PLATĂ"),
        (40, 206, "Nr. înștiințare:"), (150, 206, "PLT132385"),
        (40, 220, "Data plății:"), (150, 220, "14.03.2024"),
        (40, 246, "Stimate partener,"),
        (40, 264, "Vă informăm că în data de 14.03.2024 am efectuat plata sumei de 533.984,48 RON"),
        (40, 278, "în contul dumneavoastră, reprezentând contravaloarea facturilor de mai jos:"),
        (40, 304, "Nr. factură"), (150, 304, "Data facturii"), line_ending_at(400, 304, "Valoare factură"),
        line_ending_at(540, 304, "Suma achitată"),
        (40, 318, "LNT 0871"), (150, 318, "09.02.2024"), line_ending_at(400, 318, "301.410,00"), line_ending_at(540, 318, "301.410,00"),
        (40, 332, "LNT 0903"), (150, 332, "20.02.2024"), line_ending_at(400, 332, "232.574,48"), line_ending_at(540, 332, "232.574,48"),
        (300, 356, "Total achitat:"), line_ending_at(540, 356, "533.984,48 RON"),
        (40, 390, "Cu stimă,"), (40, 404, "Departament financiar"),
    ]
    values, document_type = read(drawn_lines(items), patterns)
    assert document_type == "remittance_advice"
    assert values["document_date"] == "2024-03-15"  # the dateline, not the sentence's date
    assert values["payment_information.payment_date"] == "2024-03-14"
    assert values["payment_information.payment_reference"] == "PLT132385"
    assert values["payment_information.payment_amount"] == 533984.48
    assert values["vendor_information.vendor_name"] == "Lemn Nasaud Trade SRL"  # under "Către:"
    assert values["customer_information.customer_name"] == "Mobila Bistrita Prod SRL"


def test_a_company_named_after_the_river_siret(patterns):
    """A Romanian payment notice addressed to "SIRET AGRO S.A." (the river Siret), no French SIRET number."""
    items = [
        (40, 40, "Transporturi Bucovina Nord SRL"),
        (40, 54, "Str. Stefan cel Mare nr. 12, Suceava"),
        (40, 68, "CUI: RO22741093"),
        (330, 96, "Suceava, 02.10.2024"),
        (40, 120, "Către:"),
        (40, 134, "SIRET AGRO S.A."),
        (40, 148, "Str. Humorului nr. 88, Pascani"),
        (150, 180, "ÎNȘTIINȚARE DE PLATĂ"),
        (40, 206, "Nr. înștiințare:"), (150, 206, "PLT140277"),
        (40, 220, "Data plății:"), (150, 220, "01.10.2024"),
        (40, 246, "Vă informăm că în data de 01.10.2024 am efectuat plata sumei de 48.210,00 RON"),
        (40, 260, "reprezentând contravaloarea facturii SAG 2291."),
        (40, 290, "Cu stimă,"), (40, 304, "Contabilitate"),
    ]
    values, document_type = read(drawn_lines(items), patterns)
    assert document_type == "remittance_advice"
    assert values["vendor_information.vendor_name"] == "SIRET AGRO S.A."
    assert values["vendor_information.address"] == "Str. Humorului nr. 88, Pascani"


# 7. Welsh, a US funeral home, Puerto Rico, a dry cleaner, the Bahamas

def _welsh_credit_note() -> list[tuple]:
    return [
        (40, 44, "Crochenwaith Dyffryn Conwy Cyf.", 14),
        (40, 60, "Stryd yr Orsaf 14"),
        (40, 72, "Llanrwst LL26 0EH"),
        (40, 84, "Rhif TAW: GB 318 2207 45"),
        (400, 44, "NODYN CREDYD", 13, "hebo"),
        (380, 70, "Rhif:"), (460, 70, "NC-0419"),
        (380, 82, "Dyddiad:"), (460, 82, "11/09/2024"),
        (40, 120, "Anfoneb i", 8.5, "hebo"),
        (40, 132, "Siop Grefftau Eryri Cyf."),
        (40, 144, "8 Stryd Fawr"),
        (40, 156, "Betws-y-Coed LL24 0AB"),
        (40, 186, "Disgrifiad", 8, "hebo"), right_aligned(330, 186, "Nifer", 8, "hebo"),
        right_aligned(420, 186, "Pris uned", 8, "hebo"), right_aligned(540, 186, "Swm", 8, "hebo"),
        (40, 200, "Jygiau llaeth wedi torri wrth eu cludo", 8), right_aligned(330, 200, "6", 8),
        right_aligned(420, 200, "18.50", 8), right_aligned(540, 200, "111.00", 8),
        (380, 224, "Is-gyfanswm"), right_aligned(540, 224, "111.00"),
        (380, 236, "TAW @ 20%"), right_aligned(540, 236, "22.20"),
        (380, 250, "Cyfanswm y credyd", 9, "hebo"), right_aligned(540, 250, "£133.20", 9, "hebo"),
        (40, 280, "Telerau: 30 diwrnod"),
        (40, 292, "Diolch am eich busnes."),
    ]


def test_a_welsh_credit_note(patterns):
    """A Welsh pottery's "NODYN CREDYD" for goods broken in transit, with its terms "Telerau: 30 diwrnod"."""
    document = drawn_pdf(_welsh_credit_note())
    assert language_doubt(document, patterns) is None
    values, document_type = read(document, patterns)
    assert document_type == "credit_note"
    assert invoice_ids(values) == ["NC-0419"]
    assert values["document_date"] == "2024-09-11"
    assert values["payment_terms.payment_terms"] == "30 diwrnod"
    assert values["vendor_information.vendor_name"] == "Crochenwaith Dyffryn Conwy Cyf."
    assert values["customer_information.customer_name"] == "Siop Grefftau Eryri Cyf."  # "Anfoneb i"
    # a credit note's sums are negative, though printed without a sign
    assert (values["financial_data.tax_amount"], values["financial_data.total_amount"]) == (-22.20, -133.20)


def test_a_funeral_homes_statement_of_goods_and_services(patterns):
    """A US funeral home's "STATEMENT OF FUNERAL GOODS AND SERVICES SELECTED", numbered by its contract."""
    items = [
        (170, 40, "Hollister & Vance Funeral Home", 14, "hebo"),
        (200, 56, "2210 Magnolia Avenue, Macon, GA 31204"),
        (230, 68, "(478) 555-0193"),
        (120, 96, "STATEMENT OF FUNERAL GOODS AND SERVICES SELECTED", 11, "hebo"),
        (40, 124, "Contract No."), (160, 124, "8074"),
        (330, 124, "Date"), (400, 124, "03/17/2024"),
        (40, 138, "Deceased:"), (160, 138, "Harold Wayne Petty"),
        (330, 138, "Date of death:"), (400, 138, "02/10/2024"),
        (40, 152, "Purchaser:"), (160, 152, "Loretta Petty Simmons"),
        (160, 164, "418 Pine Hollow Road, Warner Robins, GA 31088"),
        (40, 196, "Description", 8.5, "hebo"), right_aligned(540, 196, "Amount", 8.5, "hebo"),
        (40, 210, "Basic services of funeral director and staff"), right_aligned(540, 210, "2,195.00"),
        (40, 222, "Embalming"), right_aligned(540, 222, "795.00"),
        (40, 234, "Use of facilities for viewing and ceremony"), right_aligned(540, 234, "1,150.00"),
        (40, 246, "Oak casket, satin interior"), right_aligned(540, 246, "3,480.00"),
        (380, 272, "Total", 9, "hebo"), right_aligned(540, 272, "$7,620.00", 9, "hebo"),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "invoice"  # a bill for what the family chose, no account statement
    assert invoice_ids(values) == ["8074"]  # "Contract No."
    assert values["document_date"] == "2024-03-17"  # not the date of death
    assert values["financial_data.total_amount"] == 7620.00


def test_a_puerto_rican_invoice_with_ivu(patterns):
    """A Puerto Rican supplier's "FACTURA": merchant registration number, state and municipal IVU,
    "Términos: Neto 30", "Vendido a:"."""
    items = [
        (40, 44, "Suministros Eléctricos del Yunque, Inc.", 13),
        (40, 60, "Carr. 3 Km 24.1, Río Grande, PR 00745"),
        (40, 72, "Núm. Registro de Comerciante: 5692142-0011"),
        (400, 44, "FACTURA", 14, "hebo"),
        (380, 70, "Factura núm.:"), (460, 70, "SEY-40318"),
        (380, 82, "Fecha:"), (460, 82, "05/08/2024"),
        (380, 94, "Términos: Neto 30"),
        (40, 110, "Vendido a:", 8.5, "hebo"),
        (40, 122, "Panadería La Ceiba LLC"),
        (40, 134, "Calle Luna 212, San Juan, PR 00901"),
        (40, 164, "Descripción", 8, "hebo"), right_aligned(330, 164, "Cant.", 8, "hebo"),
        right_aligned(420, 164, "Precio", 8, "hebo"), right_aligned(540, 164, "Importe", 8, "hebo"),
        (40, 178, "Cable THHN #12 (rollo 500 pies)", 8), right_aligned(330, 178, "40", 8),
        right_aligned(420, 178, "205.33", 8), right_aligned(540, 178, "8,213.20", 8),
        (380, 202, "Subtotal"), right_aligned(540, 202, "8,213.20"),
        (380, 214, "IVU Estatal 10.5%"), right_aligned(540, 214, "862.38"),
        (380, 226, "IVU Municipal 1%"), right_aligned(540, 226, "82.13"),
        (380, 238, "Total IVU"), right_aligned(540, 238, "944.51"),
        (380, 252, "Total", 9, "hebo"), right_aligned(540, 252, "$9,157.71", 9, "hebo"),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "invoice"
    assert values["vendor_information.tax_id"] == "5692142-0011"
    # the registration line is no part of the address
    assert values["vendor_information.address"] == "Carr. 3 Km 24.1, Río Grande, PR 00745"
    assert values["financial_data.tax_amount"] == 944.51
    assert values["payment_terms.payment_terms"] == "Neto 30"
    assert values["customer_information.customer_name"] == "Panadería La Ceiba LLC"
    assert values["financial_data.total_amount"] == 9157.71


def test_a_dry_cleaners_ticket_has_no_due_date(patterns):
    """A dry cleaner's ticket: "DUE: THU 07/27/2023 AFTER 4PM" is when the clothes are ready."""
    items = [
        (60, 40, "Magnolia Cleaners", 12, "hebo"),
        (60, 54, "1140 Ocean Blvd, Daytona Beach FL 32118", 8),
        (60, 64, "(386) 555-0147", 8),
        (60, 84, "TICKET # 30418", 9, "hebo"),
        (60, 96, "IN: MON 07/24/2023 9:12AM", 8),
        (60, 108, "DUE: THU 07/27/2023 AFTER 4PM", 8),
        (60, 128, "2 SHIRT LAUNDERED", 8), right_aligned(300, 128, "7.50", 8),
        (60, 140, "1 SUIT 2PC DRY CLEAN", 8), right_aligned(300, 140, "16.95", 8),
        (60, 160, "TOTAL", 9, "hebo"), right_aligned(300, 160, "$24.45", 9, "hebo"),
        (60, 172, "PAID VISA", 8), right_aligned(300, 172, "$24.45", 8),
        (60, 192, "THANK YOU", 8),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "receipt"
    assert "payment_terms.due_date" not in values
    assert values["document_date"] == "2023-07-24"
    assert values["financial_data.total_amount"] == 24.45


def test_a_unit_price_under_its_counted_item(patterns):
    """A cleaner's ticket prices an item counted in its name ("2 x Shirt (hanger)  6.60") on the line
    below it ("@ 3.30"): that line is the row's unit price, no item of its own."""
    items = [
        (60, 40, "Parkgate Dry Cleaners Ltd", 12, "hebo"),
        (60, 54, "17 Mill Street, Leeds LS2 7EB", 8),
        (60, 74, "Ticket No. T55120", 9, "hebo"),
        (60, 86, "In: Tue 02/04/2024 17:30", 8),
        (60, 106, "Duvet - king", 8), right_aligned(300, 106, "29.35", 8),
        (60, 118, "2 x Curtains, lined (per pair)", 8), right_aligned(300, 118, "68.70", 8),
        (70, 130, "@ 34.35", 8),
        (60, 142, "2 x Shirt (hanger)", 8), right_aligned(300, 142, "6.60", 8),
        (70, 154, "@ 3.30", 8),
        (60, 174, "TOTAL", 9, "hebo"), right_aligned(300, 174, "£104.65", 9, "hebo"),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "receipt"
    assert item_rows(values) == [("Duvet - king", None, None, 29.35),
                                 ("Curtains, lined (per pair)", 2.0, 34.35, 68.70),
                                 ("Shirt (hanger)", 2.0, 3.30, 6.60)]


def test_a_receipts_due_date_without_a_time_stays(patterns):
    """Guard: a pool shop's deposit receipt with "Due Date: 08/23/2023" (no time of day) keeps its due date."""
    items = [
        (60, 40, "Pelican Pool Supply", 12, "hebo"),
        (60, 54, "88 Harbor Drive, Naples FL 34102", 8),
        (60, 74, "RECEIPT", 9, "hebo"),
        (60, 86, "Date: 07/24/2023", 8),
        (60, 98, "Due Date: 08/23/2023", 8),
        (60, 118, "Chlorine tablets 25 lb", 8), right_aligned(300, 118, "89.99", 8),
        (60, 130, "Deposit paid", 8), right_aligned(300, 130, "40.00", 8),
        (60, 148, "TOTAL", 9, "hebo"), right_aligned(300, 148, "$89.99", 9, "hebo"),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "receipt"
    assert values["payment_terms.due_date"] == "2023-08-23"


def test_bahamian_dollars(patterns):
    """A Nassau chandler's invoice in Bahamian dollars ("B$12,578.20")."""
    items = [
        (40, 44, "Lucayan Marine Hardware Ltd.", 14),
        (40, 60, "Bay Street 41, Nassau"),
        (40, 72, "TIN: 104418772"),
        (400, 44, "INVOICE", 13, "hebo"),
        (380, 70, "Invoice No:"), (460, 70, "LMH-7745"),
        (380, 82, "Date:"), (460, 82, "21/02/2025"),
        (40, 110, "Bill To", 8.5, "hebo"),
        (40, 122, "Exuma Sails Charter Co."),
        (40, 134, "Queen's Highway, George Town, Exuma"),
        (40, 164, "Description", 8, "hebo"), right_aligned(540, 164, "Amount", 8, "hebo"),
        (40, 178, "Outboard motor service, 2 x 250 hp", 8), right_aligned(540, 178, "11,080.00", 8),
        (380, 202, "Subtotal"), right_aligned(540, 202, "B$11,080.00"),
        (380, 214, "VAT 10%"), right_aligned(540, 214, "B$1,108.00"),
        (380, 226, "Stamp duty"), right_aligned(540, 226, "B$390.20"),
        (380, 240, "Total Due", 9, "hebo"), right_aligned(540, 240, "B$12,578.20", 9, "hebo"),
    ]
    values, document_type = read(drawn_pdf(items), patterns)
    assert document_type == "invoice"
    assert values["financial_data.currency"] == "BSD"
    assert values["financial_data.total_amount"] == 12578.20
