"""A document in a language the pattern files do not cover is flagged and its confidence capped:
tier 1 still reads its numbers, but not which amount or block is which, and must not claim it does."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.document import Document, document_from_lines
from engine.errors import ConfigurationError
from engine.language import DOCUMENT_CONFIDENCE_CAP, FIELD_CONFIDENCE_CAP, foreign_letters, language_doubt
from engine.pattern_files import load_patterns, patterns_dir
from engine.tiers.patterns import extract_fields


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def _lines(*texts: str) -> Document:
    boxed = [(text, (40.0, 40.0 + 24 * i, 40.0 + 7 * len(text), 56.0 + 24 * i)) for i, text in enumerate(texts)]
    return document_from_lines(boxed, width=700, height=60 + 24 * len(texts))


ARMENIAN = _lines(
    "Հաշիվ-ապրանքագիր № 2024-118", "Դուրս գրման ամսաթիվ: 14.05.2024", "Մատակարար: «Երևան Սերվիս» ՍՊԸ, ՀՎՀՀ 02512345",
    "Գնորդ: «Գյումրի Բիլդ» ՓԲԸ", "Անվանում Քանակ Գին Գումար", "1 Սառնարանի նորոգում 2 120.00 240.00",
    "Ընդամենը առանց ԱԱՀ 240.00", "ԱԱՀ 20 % 48.00", "Ընդամենը վճարման 288.00", "Վճարման ժամկետ 28.05.2024",
    "Բանկային վավերապայմաններ: Ամերիաբանկ 1570012345678900", "Շնորհակալություն համագործակցության համար",
)
HEBREW = _lines(
    "חשבונית מס 2024-118", "תאריך: 14.05.2024", "ספק: שירותי ירושלים בע\"מ, ח.פ. 512345678",
    "לקוח: חיפה בנייה בע\"מ", "תיאור כמות מחיר סכום", "1 תיקון מקרר 2 120.00 240.00",
    "סה\"כ לפני מע\"מ 240.00", "מע\"מ 17% 40.80", "סה\"כ לתשלום 280.80", "תנאי תשלום שוטף + 30",
    "פרטי בנק: בנק לאומי 12-345-678901", "תודה על שיתוף הפעולה",
)
GEORGIAN = _lines(
    "ანგარიშ-ფაქტურა № 2024-118", "გამოწერის თარიღი: 14.05.2024", "გამყიდველი: შპს თბილისის სერვისი, ს/კ 405123456",
    "მყიდველი: სს ბათუმი ბილდი", "დასახელება რაოდენობა ფასი თანხა", "1 მაცივრის შეკეთება 2 120.00 240.00",
    "ჯამი დღგ-ის გარეშე 240.00", "დღგ 18 % 43.20", "სულ გადასახდელი 283.20", "გადახდის ვადა 28.05.2024",
    "საბანკო რეკვიზიტები: თიბისი ბანკი GE29TB7777777777777777", "გმადლობთ თანამშრომლობისთვის",
)
LITHUANIAN = _lines(
    "PVM sąskaita faktūra Serija ABC Nr. 000123", "Išrašymo data: 2024-05-14",
    "Pardavėjas: UAB Žalgirio prekyba", "Įmonės kodas: 302456789", "PVM mokėtojo kodas: LT100005678912",
    "Pirkėjas: UAB Šiaulių statyba", "Prekės pavadinimas Kiekis Kaina Suma",
    "1 Šaldytuvo remontas 2 120,00 240,00", "Suma be PVM 240,00", "PVM 21 % 50,40",
    "Iš viso mokėti: 290,40 EUR", "Apmokėti iki 2024-05-28", "Pristatymo sąlygos: pristatymas į sandėlį",
    "Suma žodžiais: du šimtai devyniasdešimt eurų 40 ct", "Sąskaitą išrašė: vyr. buhalterė",
)
HUNGARIAN = _lines(
    "Számla sorszáma: 2024/118", "Kelt: 14.05.2024", "Fizetési határidő: 2024. május 28.",
    "Eladó: Kőbányai Hűtőszerviz Kft.", "1105 Budapest, Szőlő utca 12.",
    "Adószám: 12345678-2-41", "Vevő: Szűcs és Fiai Bt.", "4025 Debrecen, Bőrgyár utca 3.",
    "Megnevezés Mennyiség Egységár Összeg", "1 Hűtőszekrény javítása 2 120 000,00 240 000,00",
    "Nettó érték 240 000,00 ÁFA 27 % 64 800,00", "Fizetendő végösszeg: 304 800,00 Ft", "Teljesítés időpontja: 2024. május 14.",
    "Fizetési mód: átutalás, kérjük határidőre fizessenek",
)
GERMAN_TO_CZECHIA = _lines(
    "Rechnung Nr. RE-2024-0456", "Rechnungsdatum: 14.05.2024", "Müller & Söhne GmbH", "Hauptstraße 5, 80331 München",
    "USt-IdNr. DE123456789", "An: Jiří Dvořák, Křižíkova 4, Brno", "Pos. Beschreibung Menge Einzelpreis Betrag",
    "1 Wartung der Anlage 2 1.200,00 2.400,00", "Zwischensumme 2.400,00", "MwSt. 19 % 456,00",
    "Gesamtbetrag 2.856,00 EUR", "Zahlbar innerhalb von 14 Tagen ohne Abzug", "Bankverbindung: Stadtsparkasse München",
)


def test_a_hebrew_invoice_is_flagged_and_capped(patterns):
    # (Hebrew's letters are in no list; Georgian, the example here until session 21, and Armenian, until
    # session 23, now are)
    fields, _, confidence, doubtful = extract_fields(HEBREW, patterns)
    assert any(reason.startswith("language: ") for reason in doubtful)
    assert fields, "its numbers are still read"
    assert confidence <= DOCUMENT_CONFIDENCE_CAP
    assert max(value.confidence for value in fields.values()) <= FIELD_CONFIDENCE_CAP


def test_an_armenian_invoice_is_covered(patterns):
    # Armenian's labels, company forms, dram and letters are in the pattern files (session 23)
    assert language_doubt(ARMENIAN, patterns) is None
    fields, _, _, doubtful = extract_fields(ARMENIAN, patterns)
    assert not any(reason.startswith("language: ") for reason in doubtful)
    assert fields["financial_data.total_amount"].value == 288.00
    assert fields["financial_data.net_amount"].value == 240.00
    assert fields["financial_data.tax_amount"].value == 48.00
    assert fields["document_date"].value == "2024-05-14"
    assert fields["payment_terms.due_date"].value == "2024-05-28"
    assert fields["financial_data.currency"].value == "AMD"


def test_a_georgian_invoice_is_covered(patterns):
    # Georgian's labels, company forms and letters are in the pattern files (session 21); a document
    # in Georgian letters is Georgian, its amounts in lari when no currency is printed
    assert language_doubt(GEORGIAN, patterns) is None
    fields, _, _, doubtful = extract_fields(GEORGIAN, patterns)
    assert not any(reason.startswith("language: ") for reason in doubtful)
    assert fields["financial_data.total_amount"].value == 283.20
    assert fields["financial_data.tax_amount"].value == 43.20
    assert fields["document_date"].value == "2024-05-14"
    assert fields["payment_terms.due_date"].value == "2024-05-28"
    assert fields["financial_data.currency"].value == "GEL"
    assert fields["vendor_information.tax_id"].value == "405123456"


def test_a_lithuanian_invoice_is_covered(patterns):
    # Lithuanian's labels and its letters ą ę ė į ų are in the pattern files (session 19)
    assert language_doubt(LITHUANIAN, patterns) is None
    fields, _, _, _ = extract_fields(LITHUANIAN, patterns)
    assert fields["financial_data.total_amount"].value == 290.40


def test_a_hungarian_invoice_is_covered(patterns):
    # Hungarian's labels and its letters ő ű are in the pattern files (session 15)
    assert language_doubt(HUNGARIAN, patterns) is None
    fields, _, _, _ = extract_fields(HUNGARIAN, patterns)
    assert fields["financial_data.total_amount"].value == 304800
    assert fields["financial_data.currency"].value == "HUF"


def test_a_german_invoice_naming_a_czech_customer_is_not_flagged(patterns):
    # A few foreign letters in a name or an address are not a foreign language.
    foreign, total = foreign_letters((w.text for p in GERMAN_TO_CZECHIA.pages for w in p.words), patterns)
    assert 0 < foreign < 10 < total
    assert language_doubt(GERMAN_TO_CZECHIA, patterns) is None
    _, _, _, doubtful = extract_fields(GERMAN_TO_CZECHIA, patterns)
    assert not any(reason.startswith("language: ") for reason in doubtful)


@pytest.mark.parametrize("texts", [
    ("Facture n° F-2024-118", "Émise le 14/05/2024", "Échéance à réception", "Total TTC à payer : 1 250,00 €",
     "Prestations réalisées à Besançon pour la Société Générale, reçu et accepté"),
    ("Factura n.º 2024/118", "Señores: Compañía Española de Añil S.L.", "Fecha de emisión: 14/05/2024",
     "Importe total: 1.250,00 €", "Forma de pago: transferencia bancaria a la cuenta indicada"),
    ("Fattura n. 118/2024", "Perché è così: prestazioni più urgenti", "Totale documento: 1.250,00 €",
     "Città di Forlì, lì 14/05/2024", "Attività di consulenza, quantità e qualità verificate"),
    ("Yıldız Lojistik Tic. Ltd. Şti.", "Atatürk Bulvarı No:199, Çankaya/Ankara", "SAYIN Akdeniz Lojistik A.Ş.",
     "Fatura No: GRS2023000961473", "Hesaplanan KDV(%20,00) 27.050,81 TRY", "Ödenecek Tutar 266.633,27 TRY",
     "Muratpaşa/Antalya, Güzeloba Mah. 2246 Sok. No:9 - Şişli/İstanbul"),
    ("PT Cahaya Jaya", "Kepada Yth. PT Tunas Utama", "No. Faktur: FJ-2411-230", "Jatuh Tempo: 11-12-2024",
     "NPWP: 01.234.567.8-901.000", "Terbilang: sembilan juta dua ratus ribu rupiah"),
    ("Faktura VAT nr FV/2024/05/118", "Sprzedawca: Przedsiębiorstwo Handlowe Łukasz Wójcik",
     "ul. Żółkiewskiego 12, 31-539 Kraków", "Nabywca: Zakład Usług Błyskawicznych Sp. z o.o.",
     "Do zapłaty: 2 952,00 PLN", "Słownie: dwa tysiące dziewięćset pięćdziesiąt dwa"),
    ("Fatura n.º FT 2024/118", "Exmo.(s) Sr.(s) Construções Brandão, Lda.", "Data de emissão: 14 de maio de 2024",
     "Condições de pagamento: 30 dias", "Total a pagar: 1 250,00 €", "Não sujeito a retenção na fonte"),
    ("Faktura 14418", "Fakturaadress: Hamnbygg AB, Järnvägsgatan 40, 582 24 Linköping", "Förfallodag: 2023-12-22",
     "Summa att betala: 11 390,90 SEK", "Forfallsdato: 22.12.2023, beløp å betale 2 400,00 kr, Nørregade 5"),
    ("Faktura - daňový doklad č. 2024/05/118", "Dodavatel: Stavebniny Dvořák s.r.o.", "Křižíkova 12, 186 00 Praha 8",
     "Odběratel: Zámečnictví Růžička a syn", "Celkem k úhradě: 2 904,00 Kč", "Částka slovy: dva tisíce devět set čtyři"),
    ("Factură fiscală seria TCF nr. 9227", "Furnizor: Țesătoria Mureș S.R.L.", "Cumpărător: Brașov Distribuție SRL",
     "Sediul: Str. Ștefan cel Mare nr. 12, Iași", "Total de plată: 4.042,15 lei", "Cotă TVA 19%, scadență 15 zile"),
])
def test_covered_languages_with_their_own_letters_are_not_flagged(patterns, texts):
    assert language_doubt(_lines(*texts), patterns) is None


def test_russian_and_ukrainian_are_covered_and_bulgarian_in_the_same_alphabet_is_flagged(patterns):
    russian = _lines("Счёт на оплату № 118 от 14 мая 2024 г.", "Поставщик: ООО Ромашка, ИНН 7701234567",
                     "Итого к оплате: 12 500,00 руб.")
    assert language_doubt(russian, patterns) is None
    ukrainian = _lines("Рахунок на оплату № 118 від 14 травня 2024 р.", "Постачальник: ТОВ Ромашка",
                       "Покупець: ТОВ Калина", "Всього до сплати: 12 500,00 грн.")
    assert language_doubt(ukrainian, patterns) is None
    # Bulgarian writes only letters Russian has; its labels are in the lists since session 20.
    bulgarian = _lines("Фактура № 0000001234 / 14.05.2024", "Доставчик: Ромашка ЕООД", "Получател: Калина ООД",
                       "ДДС 20%: 2 083,33", "Сума за плащане: 12 500,00 лв.")
    assert language_doubt(bulgarian, patterns) is None
    fields, _, _, _ = extract_fields(bulgarian, patterns)
    assert fields["financial_data.total_amount"].value == 12500
    assert fields["financial_data.currency"].value == "BGN"
    # Albanian writes only covered letters (ë, ç); its labels are in the lists since session 24.
    albanian = _lines("Faturë tatimore nr. 118 / 14.05.2024", "Shitësi: Alba Trade shpk, NIPT L12345678A",
                      "Blerësi: Dardania sh.a.", "TVSH 20%: 2 083,33", "Totali për pagesë: 12 500,00 ALL")
    assert language_doubt(albanian, patterns) is None
    fields, _, _, _ = extract_fields(albanian, patterns)
    assert fields["financial_data.total_amount"].value == 12500
    # Irish writes only covered letters too, and its business words are in no list (Welsh, the example
    # here until session 27, now has its labels).
    irish = _lines("Sonrasc uimhir 118 / 14.05.2024", "Soláthraí: Cuideachta Teo", "Custaiméir: Siopa an Chúinne",
                   "Cur síos: Seirbhís", "CBL 20%: 2 083,33", "Iomlán le híoc: 12 500,00")
    assert language_doubt(irish, patterns) is not None


def test_hidden_words_do_not_count(patterns):
    assert language_doubt(HEBREW, patterns) is not None
    hidden = [word for page in HEBREW.pages for word in page.words]
    try:
        for word in hidden:
            object.__setattr__(word, "hidden", True)
        assert language_doubt(HEBREW, patterns) is None
    finally:
        for word in hidden:
            object.__setattr__(word, "hidden", False)


def test_a_broken_letters_key_fails_loudly(tmp_path: Path):
    for name in ("labels.toml", "document.toml"):
        (tmp_path / name).write_text((patterns_dir() / name).read_text(encoding="utf-8"), encoding="utf-8")
    text = (tmp_path / "document.toml").read_text(encoding="utf-8")
    (tmp_path / "document.toml").write_text(text.replace('letters = "', 'letters = "1', 1), encoding="utf-8")
    with pytest.raises(ConfigurationError, match="language.letters"):
        load_patterns(tmp_path)


CHINESE = _lines(
    "電子發票證明聯", "發票號碼 QP-16959389", "發票日期 2023/11/12", "賣方 冠宇電子股份有限公司", "統一編號 91375821",
    "品名 數量 單價 金額", "系統維護服務費 1 37,740 37,740", "銷售額合計 37,740", "營業稅 1,887", "總計 NT$39,627",
)
JAPANESE = _lines(
    "お支払通知書", "いつもお世話になっております。下記の通りお振込いたしました。", "お支払日 2024年5月31日",
    "お支払金額合計 ¥1,234,000", "請求書番号 お支払金額", "INV-2024-0412 ¥1,234,000", "株式会社サンプル商事 経理部",
)


def test_chinese_characters_are_a_covered_script_and_kana_are_not(patterns):
    # Chinese characters are covered as a script (session 22: simplified and traditional labels);
    # a Japanese document writes kana beside them, which no list covers
    assert language_doubt(CHINESE, patterns) is None
    fields, _, _, _ = extract_fields(CHINESE, patterns)
    assert fields["financial_data.total_amount"].value == 39627
    assert fields["financial_data.currency"].value == "TWD"
    assert language_doubt(JAPANESE, patterns) is not None


def test_an_unknown_script_name_fails_loudly(tmp_path: Path):
    for name in ("labels.toml", "document.toml"):
        (tmp_path / name).write_text((patterns_dir() / name).read_text(encoding="utf-8"), encoding="utf-8")
    text = (tmp_path / "document.toml").read_text(encoding="utf-8")
    (tmp_path / "document.toml").write_text(text.replace('scripts = ["Han"]', 'scripts = ["Klingon"]', 1),
                                            encoding="utf-8")
    with pytest.raises(ConfigurationError, match="language.scripts"):
        load_patterns(tmp_path)
