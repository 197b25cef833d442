"""Parties and identifiers for the thirtieth set: Danish banks (registration numbers), invoice numbers and the FI card's payment
id (kortart 71, Luhn-checked) and creditor number; Icelandic banks, invoice numbers, bank references and month names; Ukrainian
invoice numbers, payment-instruction numbers and bank references; businesses of Jersey (GST No.), Guernsey (no tax) and the Isle of
Man (GB 00x VAT numbers with the UK mod-97 check); Qatari and Kuwaiti companies (C.R. numbers, the Qatari TIN) and amounts in English
words with dirhams and fils; Belarusian companies (УНП with its mod-11 check digit, ОКПО, BY IBAN) and Kyrgyz companies (ИНН of 14
digits, ОКПО, bank accounts and БИК) with the sum in Russian words in roubles and soms; marinas, boats and berth holders; bicycle
shops. Written without reading the engine."""

from __future__ import annotations

import random
import string
from datetime import date
from decimal import Decimal

from corpus.holdout.fakes import Party, domain
from corpus.holdout.fakes_fifteenth import iban_for
from corpus.holdout.fakes_thirteenth import _ru_triple, ru_plural

D10 = string.digits
UPPER = string.ascii_uppercase


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D10) for _ in range(n))


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def luhn_digit(body: str) -> str:
    """The mod-10 (Luhn) check digit that completes `body`."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return number.isdigit() and luhn_digit(number[:-1]) == number[-1]


# --------------------------------------------------------------------------------------------------
# Denmark: banks by registration number, invoice numbers, the FI card 71 (betalings-id and kreditornummer)

DK_BANKS = {"2": "Nordea Danmark", "3": "Danske Bank A/S", "4": "Danske Bank A/S", "5": "Arbejdernes Landsbank", "6": "Sydbank A/S",
            "7": "Jyske Bank A/S", "8": "Sydbank A/S", "9": "Spar Nord Bank A/S", "1": "Danske Bank A/S"}


def dk_bank_of(reg: str) -> str:
    return DK_BANKS.get(reg[:1], "Danske Bank A/S")


def dk_invoice_numbering(rng: random.Random):
    """Danish invoice numbers: `2024-0123`, `10234`, `F-12345`, `FAK240123`."""
    style = rng.randrange(4)
    state = {"n": rng.randrange(100, 40000)}

    def number(when: date) -> str:
        state["n"] += rng.randrange(1, 50)
        n = state["n"]
        return [f"{when.year}-{n % 10000:04d}", f"{n}", f"F-{n:05d}", f"FAK{when.year % 100:02d}{n % 10000:04d}"][style]

    return number


def fik_payment_id(rng: random.Random, invoice: str) -> str:
    """The FI card 71's 15-digit betalings-id: the invoice's digits padded, a Luhn check digit last."""
    core = ("".join(ch for ch in invoice if ch.isdigit()) or digits(rng, 5))[-10:]
    body = f"{rng.randrange(0, 9999):04d}{core.rjust(10, '0')}"
    return body + luhn_digit(body)


def fik_creditor(rng: random.Random) -> str:
    """An FI creditor number: eight digits, starting with 8."""
    return f"8{digits(rng, 7)}"


def dk_bank_reference(rng: random.Random, when: date) -> str:
    return pick(rng, [f"{when.strftime('%Y%m%d')}{digits(rng, 8)}", f"DB{digits(rng, 12)}", f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}"])


# --------------------------------------------------------------------------------------------------
# Iceland: banks, invoice numbers, bank references, months

IS_MONTHS = ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember", "desember"]
IS_BANKS = {"01": "Landsbankinn hf.", "03": "Arion banki hf.", "05": "Íslandsbanki hf.", "08": "Kvika banki hf."}


def is_long_date(d: date) -> str:
    """`15. mars 2024`."""
    return f"{d.day}. {IS_MONTHS[d.month - 1]} {d.year}"


def is_bank_of(account: str) -> str:
    return IS_BANKS.get(account[:2], "Landsbankinn hf.")


def is_invoice_numbering(rng: random.Random):
    """Icelandic invoice numbers: `1042`, `R-2024-0123`, `00012345`, `2024/456`."""
    style = rng.randrange(4)
    state = {"n": rng.randrange(100, 30000)}

    def number(when: date) -> str:
        state["n"] += rng.randrange(1, 40)
        n = state["n"]
        return [f"{n}", f"R-{when.year}-{n % 10000:04d}", f"{n:08d}", f"{when.year}/{n % 1000:03d}"][style]

    return number


def is_bank_reference(rng: random.Random, when: date) -> str:
    return pick(rng, [f"{when.strftime('%y%m%d')}{digits(rng, 6)}", f"{digits(rng, 4)}-{digits(rng, 6)}", f"MF{digits(rng, 9)}"])


# --------------------------------------------------------------------------------------------------
# Ukraine: invoice numbers, payment-instruction numbers, bank references

def ua_invoice_numbering(rng: random.Random):
    """Ukrainian invoice numbers: `СФ-0000123`, `123`, `Р-2024/045`, `45/03`."""
    style = rng.randrange(4)
    state = {"n": rng.randrange(10, 4000)}

    def number(when: date) -> str:
        state["n"] += rng.randrange(1, 30)
        n = state["n"]
        return [f"СФ-{n:07d}", f"{n}", f"Р-{when.year}/{n % 1000:03d}", f"{n % 300 + 1}/{when.month:02d}"][style]

    return number


def ua_bank_reference(rng: random.Random) -> str:
    return pick(rng, [f"P24A{digits(rng, 10)}D{digits(rng, 4)}", f"{digits(rng, 2)}{pick(rng, UPPER)}{digits(rng, 9)}", f"OP{digits(rng, 12)}"])


# --------------------------------------------------------------------------------------------------
# Jersey, Guernsey, Isle of Man

CI_PLACES = {"JE": [("St Helier", "JE2"), ("St Helier", "JE1"), ("St Saviour", "JE2"), ("St Brelade", "JE3"), ("St Clement", "JE2"), ("Grouville", "JE3"),
                    ("St Ouen", "JE3"), ("Trinity", "JE3")],
             "GG": [("St Peter Port", "GY1"), ("St Sampson", "GY2"), ("Vale", "GY6"), ("Castel", "GY5"), ("St Martin", "GY4"), ("St Andrew", "GY6")],
             "IM": [("Douglas", "IM1"), ("Douglas", "IM2"), ("Onchan", "IM3"), ("Ramsey", "IM8"), ("Peel", "IM5"), ("Castletown", "IM9"), ("Braddan", "IM4")]}
CI_STREETS = {"JE": ["Bath Street", "Halkett Place", "La Route de la Libération", "Rue des Prés Trading Estate", "Don Street", "La Rue de Samarès", "Esplanade",
                     "Colomberie", "La Route du Fort"],
              "GG": ["Le Pollet", "Smith Street", "Le Bordage", "Rue des Grons", "Les Banques", "The Bridge", "Route de Carteret", "Le Truchot"],
              "IM": ["Athol Street", "Prospect Hill", "Peel Road", "Ballasalla Road", "Victoria Street", "Hill Street", "Mount Havelock", "Ridgeway Street"]}
CI_WORDS = {"JE": (["Le Quesne", "Le Brocq", "De Gruchy", "Mont Orgueil", "Grève de Lecq", "Sarre", "Rozel", "Samarès"],
                   ["Joinery", "Office Supplies", "Electrical", "Marine Services", "Catering Supplies", "Landscapes", "Plumbing & Heating", "IT Services"]),
            "GG": (["Sarnia", "Le Page", "Bichard", "Havelet", "Cobo", "Fermain", "Lihou", "Castle Cornet"],
                   ["Building Supplies", "Electrical", "Marine", "Print", "Facilities", "Fuel Services", "Glazing", "Consulting"]),
            "IM": (["Manx", "Ellan Vannin", "Snaefell", "Laxey", "Tynwald", "Mona", "Curraghs", "Calf Sound"],
                   ["Engineering", "Office Solutions", "Logistics", "Electrical", "Fuels", "Agricultural Supplies", "Digital", "Joinery"])}
CI_ISLAND = {"JE": "Jersey", "GG": "Guernsey", "IM": "Isle of Man"}


def ci_postcode(rng: random.Random, district: str) -> str:
    return f"{district} {rng.randrange(1, 10)}{pick(rng, 'ABDEFGHJLNPQRSTUWXYZ')}{pick(rng, 'ABDEFGHJLNPQRSTUWXYZ')}"


def je_gst(rng: random.Random) -> str:
    return f"{rng.randrange(1, 40000):07d}"


def im_vat(rng: random.Random) -> str:
    """An Isle of Man VAT number, `GB 001 2345 67`: the UK format and mod-97 check pair with the 00x block."""
    body = [0, 0, rng.randrange(0, 3)] + [rng.randrange(10) for _ in range(4)]
    total = sum(d * w for d, w in zip(body, range(8, 1, -1), strict=True))
    s = "".join(map(str, body)) + f"{(-total) % 97:02d}"
    return f"GB {s[:3]} {s[3:7]} {s[7:]}"


def uk_vat_valid(printed: str) -> bool:
    raw = printed.replace(" ", "").removeprefix("GB")
    if len(raw) != 9 or not raw.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(raw[:7], range(8, 1, -1), strict=True)) + int(raw[7:])
    return total % 97 == 0


def ci_address(rng: random.Random, country: str) -> list[str]:
    town, district = pick(rng, CI_PLACES[country])
    first = f"{rng.randrange(1, 80)} {pick(rng, CI_STREETS[country])}" if chance_(rng, 0.7) else f"Unit {rng.randrange(1, 20)}, {pick(rng, CI_STREETS[country])}"
    return [first, town, CI_ISLAND[country], ci_postcode(rng, district)] if chance_(rng, 0.5) else [first, town, f"{CI_ISLAND[country]} {ci_postcode(rng, district)}"]


def chance_(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def ci_party(rng: random.Random, country: str) -> Party:
    word, trade = pick(rng, CI_WORDS[country][0]), pick(rng, CI_WORDS[country][1])
    name = f"{word} {trade} {pick(rng, ['Limited', 'Ltd', 'Ltd'])}"
    tel = {"JE": f"01534 {rng.randrange(100000, 899999)}", "GG": f"01481 {rng.randrange(200000, 799999)}", "IM": f"01624 {rng.randrange(600000, 899999)}"}[country]
    party = Party(name=name, address=ci_address(rng, country), country=country, phone=tel)
    party.tax_id = {"JE": je_gst(rng), "GG": None, "IM": im_vat(rng)}[country]
    party.extra["reg"] = f"{rng.randrange(1000, 140000)}" if country != "IM" else f"{rng.randrange(1000, 20000):06d}C"
    party.email = f"{pick(rng, ['accounts', 'office', 'sales'])}@{domain(word.replace(' ', '').replace('è', 'e'))}"
    return party


# --------------------------------------------------------------------------------------------------
# Qatar and Kuwait

QA_AREAS = ["Al Sadd", "West Bay", "Salwa Road", "C-Ring Road", "Industrial Area, Street 24", "Lusail", "Al Wakrah", "Old Airport Road", "Najma", "Al Gharrafa"]
KW_AREAS = [("Shuwaikh Industrial Area", "Kuwait City"), ("Sharq", "Kuwait City"), ("Salmiya", "Hawalli"), ("Hawalli", "Hawalli"), ("Farwaniya", "Farwaniya"),
            ("Al Rai", "Farwaniya"), ("Fahaheel", "Ahmadi"), ("Mirqab", "Kuwait City")]
QA_WORDS = (["Al Dafna", "Doha Pearl", "Gulf Horizon", "Al Rayyan", "Lusail Star", "Al Bidda", "Dukhan", "Al Khor", "Msheireb", "Corniche"],
            ["Trading & Contracting", "General Trading", "Engineering", "Facility Management", "Electromechanical", "Office Equipment", "Catering Services"],
            ["W.L.L.", "W.L.L.", "Co. W.L.L.", "L.L.C."])
KW_WORDS = (["Al Wataniya", "Al Kout", "Failaka", "Al Jahra", "Gulf Sands", "Al Salam", "Liberation Tower", "Al Hamra", "Green Island", "Dasman"],
            ["General Trading", "Electrical Contracting", "Office Supplies", "Catering", "Engineering Services", "Industrial Equipment", "Foodstuff"],
            ["Co. W.L.L.", "W.L.L.", "Co.", "K.S.C.C."])


def qa_tin(rng: random.Random) -> str:
    return f"5{digits(rng, 9)}"


def gulf2_party(rng: random.Random, country: str) -> Party:
    words = QA_WORDS if country == "QA" else KW_WORDS
    a, b, c = (pick(rng, part) for part in words)
    if country == "QA":
        lines = [f"Building {rng.randrange(1, 300)}, Street {rng.randrange(200, 990)}, Zone {rng.randrange(10, 91)}", pick(rng, QA_AREAS),
                 f"P.O. Box {rng.randrange(1000, 40000)}, Doha, Qatar"]
        tel = f"+974 {pick(rng, ['44', '40', '45'])}{digits(rng, 2)} {digits(rng, 4)}"
    else:
        area, gov = pick(rng, KW_AREAS)
        lines = [f"Block {rng.randrange(1, 13)}, Street {rng.randrange(1, 60)}, Building {rng.randrange(1, 200)}", f"{area}, {gov}",
                 f"P.O. Box {rng.randrange(100, 9999)}, Safat {rng.randrange(13000, 13120)}, Kuwait"]
        tel = f"+965 {pick(rng, ['22', '24', '23'])}{digits(rng, 2)} {digits(rng, 4)}"
    party = Party(name=f"{a} {b} {c}", address=lines, country=country, phone=tel)
    party.extra["cr"] = f"{rng.randrange(10000, 199999)}"
    party.email = f"{pick(rng, ['accounts', 'sales', 'info'])}@{domain(a.replace(' ', ''))}"
    return party


_EN_ONES = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen",
            "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
_EN_TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def _en_below_1000(n: int) -> str:
    out = []
    if n >= 100:
        out.append(f"{_EN_ONES[n // 100]} Hundred")
    rest = n % 100
    if rest:
        out.append(_EN_ONES[rest] if rest < 20 else _EN_TENS[rest // 10] + (f"-{_EN_ONES[rest % 10]}" if rest % 10 else ""))
    return " ".join(out)


def en_number_words(n: int) -> str:
    if n == 0:
        return "Zero"
    parts = []
    for size, name in ((10**6, "Million"), (1000, "Thousand")):
        if n >= size:
            parts.append(f"{_en_below_1000(n // size)} {name}")
            n %= size
    if n:
        parts.append(_en_below_1000(n))
    return " ".join(parts)


def words_gulf(value: Decimal, currency: str) -> str:
    """`Qatari Riyals Twelve Thousand Three Hundred Forty-Five and Dirhams 60/100 Only`, `Kuwaiti Dinars One Hundred and Fils 250 Only`."""
    whole = int(abs(value))
    if currency == "KWD":
        fils = int((abs(value) - whole) * 1000)
        return f"Kuwaiti Dinars {en_number_words(whole)}" + (f" and Fils {fils:03d}/1000" if fils else "") + " Only"
    cents = int((abs(value) - whole) * 100)
    return f"Qatari Riyals {en_number_words(whole)}" + (f" and Dirhams {cents:02d}/100" if cents else "") + " Only"


# --------------------------------------------------------------------------------------------------
# Belarus and Kyrgyzstan

def by_unp_check(body8: str) -> int | None:
    value = sum(int(d) * w for d, w in zip(body8, [29, 23, 19, 17, 13, 7, 5, 3], strict=True)) % 11
    return None if value == 10 else value


def by_unp(rng: random.Random) -> str:
    """A Belarusian legal entity's УНП: nine digits, the region first, a weighted mod-11 check digit last."""
    while True:
        body = f"{rng.randrange(1, 8)}{digits(rng, 7)}"
        check = by_unp_check(body)
        if check is not None:
            return body + str(check)


def by_unp_valid(number: str) -> bool:
    return len(number) == 9 and number.isdigit() and by_unp_check(number[:8]) == int(number[8])


BY_BANKS = [("ОАО «Приорбанк»", "PJCBBY2X"), ("ОАО «АСБ Беларусбанк»", "AKBBBY2X"), ("ЗАО «Альфа-Банк»", "ALFABY2X"), ("ОАО «Белагропромбанк»", "BAPBBY2X"),
            ("ОАО «Банк Дабрабыт»", "MMBNBY22"), ("ОАО «БНБ-Банк»", "BLNBBY2X")]
BY_PLACES = [("220004", "г. Минск", ["ул. Немига", "пр-т Победителей", "ул. Кальварийская", "ул. Сурганова", "пр-т Независимости"]),
             ("220073", "г. Минск", ["ул. Ольшевского", "ул. Скрыганова"]), ("246050", "г. Гомель", ["ул. Советская", "ул. Кирова"]),
             ("224005", "г. Брест", ["ул. Московская", "ул. Гоголя"]), ("230023", "г. Гродно", ["ул. Ожешко", "ул. Горького"]),
             ("210015", "г. Витебск", ["ул. Ленина", "пр-т Фрунзе"]), ("212030", "г. Могилев", ["ул. Первомайская", "пр-т Мира"])]
BY_WORDS = (["Белтех", "Нёман", "Полесье", "Вяселка", "Зубр", "Браслав", "Радзимы", "Свитязь", "Лидер", "Припять"],
            ["Снаб", "Строй", "Торг", "Сервис", "Логистик", "Агро", "Пак", "Софт"],
            ["ООО", "ООО", "ОДО", "ЗАО", "ЧУП"])
KG_BANKS = [("ОАО «Оптима Банк»", "109018"), ("ЗАО «Демир Кыргыз Интернэшнл Банк»", "118001"), ("ОАО «РСК Банк»", "129001"), ("ОАО «Айыл Банк»", "135001"),
            ("ЗАО «Банк Компаньон»", "124001"), ("ОАО «Бакай Банк»", "117001")]
KG_PLACES = [("720040", "г. Бишкек", ["ул. Киевская", "пр. Чуй", "ул. Токтогула", "ул. Исанова", "пр. Манаса"]), ("720001", "г. Бишкек", ["ул. Московская", "ул. Ибраимова"]),
             ("723500", "г. Ош", ["ул. Ленина", "ул. Курманжан Датка"]), ("722200", "г. Каракол", ["ул. Абдрахманова"]), ("724200", "г. Токмок", ["ул. Ленина"]),
             ("715600", "г. Жалал-Абад", ["ул. Токтогула"])]
KG_WORDS = (["Ала-Тоо", "Иссык-Куль", "Тенир", "Манас", "Нарын", "Сары-Челек", "Кыял", "Ордо", "Бакыт", "Тулпар"],
            ["Снаб", "Строй", "Трейд", "Сервис", "Агро", "Транс", "Маркет", "Текстиль"],
            ["ОсОО", "ОсОО", "ОсОО", "ОАО", "ЗАО"])


def by_iban(rng: random.Random, bic: str) -> str:
    return iban_for("BY", f"{bic[:4]}3012{digits(rng, 8)}{''.join(pick(rng, D10 + UPPER) for _ in range(4))}{digits(rng, 4)}")


def kg_inn(rng: random.Random) -> str:
    """A Kyrgyz legal entity's ИНН: fourteen digits, the first 0 (a person's starts with 1 or 2)."""
    return f"0{rng.randrange(1, 4)}{rng.randrange(1, 13):02d}{rng.randrange(1995, 2022)}{digits(rng, 6)}"


def russian_address(rng: random.Random, places) -> list[str]:
    postcode, city, streets = pick(rng, places)
    street = f"{pick(rng, streets)}, д. {rng.randrange(1, 160)}" + pick(rng, ["", "", f", оф. {rng.randrange(1, 400)}", f", пом. {rng.randrange(1, 40)}"])
    return [f"{postcode}, {city}", street] if chance_(rng, 0.6) else [f"{city}, {street}", postcode]


def by_party(rng: random.Random) -> Party:
    word, trade, form = (pick(rng, part) for part in BY_WORDS)
    name = f"{form} «{word}{trade.lower()}»" if chance_(rng, 0.5) else f"{form} «{word}-{trade}»"
    bank, bic = pick(rng, BY_BANKS)
    party = Party(name=name, address=russian_address(rng, BY_PLACES), country="BY", tax_id=by_unp(rng),
                  phone=f"+375 {pick(rng, ['17', '29', '33', '44', '232', '162'])} {rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}")
    party.extra.update({"okpo": f"{digits(rng, 8)}{pick(rng, ['1000', '5000', '0000'])}", "bank": bank, "bic": bic, "iban": by_iban(rng, bic)})
    return party


def kg_party(rng: random.Random) -> Party:
    word, trade, form = (pick(rng, part) for part in KG_WORDS)
    name = f"{form} «{word} {trade}»" if chance_(rng, 0.5) else f"{form} «{word}{trade.lower()}»"
    bank, bik = pick(rng, KG_BANKS)
    party = Party(name=name, address=russian_address(rng, KG_PLACES), country="KG", tax_id=kg_inn(rng),
                  phone=f"+996 {pick(rng, ['312', '555', '700', '772', '3222'])} {rng.randrange(100, 999)} {rng.randrange(100, 999)}")
    party.extra.update({"okpo": digits(rng, 8), "bank": bank, "bik": bik, "account": f"{bik[:3]}{digits(rng, 13)}"})
    return party


def _ru_money_words(value: Decimal, unit: tuple[str, str, str], minor: tuple[str, str, str], *, unit_feminine: bool = False) -> str:
    whole = int(abs(value))
    minor_value = int((abs(value) - whole) * 100)
    words: list[str] = []
    for size, forms, feminine in ((10**6, ("миллион", "миллиона", "миллионов"), False), (1000, ("тысяча", "тысячи", "тысяч"), True)):
        part = whole // size % 1000
        if part:
            words += _ru_triple(part, feminine) + [ru_plural(part, forms)]
    words += _ru_triple(whole % 1000, unit_feminine)
    text = f"{' '.join(words) if words else 'ноль'} {ru_plural(whole, unit)} {minor_value:02d} {ru_plural(minor_value, minor)}"
    return text[0].upper() + text[1:]


def words_byn(value: Decimal) -> str:
    """`Двенадцать тысяч триста сорок пять белорусских рублей 60 копеек`."""
    return _ru_money_words(value, ("белорусский рубль", "белорусских рубля", "белорусских рублей"), ("копейка", "копейки", "копеек"))


def words_kgs(value: Decimal) -> str:
    """`Двенадцать тысяч триста сорок пять сомов 60 тыйынов`."""
    return _ru_money_words(value, ("сом", "сома", "сомов"), ("тыйын", "тыйына", "тыйынов"))


# --------------------------------------------------------------------------------------------------
# Marinas and bicycle shops

MARINAS = {"GB": (["Hamble Point", "Port Solent", "Dart Harbour", "Conwy Quays", "Ardfern", "Falmouth Haven", "Lymington Yacht Haven", "Ipswich Haven",
                   "Penarth Quays", "Largs Bay"], ["Marina Ltd", "Marina Limited", "Harbour Co. Ltd"]),
           "FR": (["Port de plaisance de Saint-Cast", "Port du Crouesty", "Port de Pornic", "Port-Camargue", "Port de La Ciotat", "Port de Bandol",
                   "Port de Lézardrieux", "Port de Granville"], ["SPL", "SEM", "SAS", "Régie"]),
           "NZ": (["Westhaven", "Gulf Harbour", "Half Moon Bay", "Bayswater", "Waikawa", "Tauranga Bridge", "Nelson", "Whangarei Town Basin", "Opua"],
                  ["Marina Ltd", "Marina Trust", "Marina Society Inc."])}
BOAT_NAMES = ["Sea Breeze", "Blue Heron", "Kittiwake", "Mistral", "Aurora", "Wind Dancer", "Second Wind", "Saoirse", "Pen Duick", "L'Albatros", "Fleur de Sel",
              "Tui", "Kotuku", "Moana", "Pelican", "Storm Petrel", "Calypso", "Marie-Galante", "Tern", "Guillemot"]
BOAT_TYPES = ["Bavaria 37", "Beneteau Oceanis 40.1", "Jeanneau Sun Odyssey 349", "Hallberg-Rassy 342", "Westerly Centaur", "Hanse 388", "Dufour 360",
              "Sealine S34", "Fairline Targa 38", "Lagoon 42 (catamaran)", "Elliott 1050", "Nauticat 33"]
BIKE_SHOPS = {"NL": (["Rijwielhandel", "Fietsenwinkel", "Tweewielercentrum", "Fietsspecialist", "Fietsplus"],
                     ["De Spaak", "Van der Berg", "Het Wiel", "De Trapper", "Jansen", "De Ketting", "Zuid", "Centrum"]),
              "DE": (["Zweirad", "Fahrrad", "Radhaus", "Velo", "Bike-Shop"], ["Schmidt", "Becker", "am Markt", "Nordstadt", "Speiche", "Kettenblatt", "Lindenau"]),
              "GB": (["Cycles", "Bike Works", "Cycle Centre", "Wheelers"], ["Pedal Power", "Spokes", "Chainline", "Riverside", "Freewheel", "Town", "Velo"])}


def frame_number(rng: random.Random) -> str:
    return pick(rng, [f"{pick(rng, UPPER)}{pick(rng, UPPER)}{digits(rng, 7)}", f"WAW{digits(rng, 6)}{pick(rng, UPPER)}", f"{digits(rng, 2)}{pick(rng, UPPER)}{digits(rng, 6)}"])
