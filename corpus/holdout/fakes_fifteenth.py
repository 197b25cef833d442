"""Parties and identifiers for the fifteenth set: Slovak and Slovenian companies (IČO, DIČ, IČ DPH, SK / SI IBAN, the
Slovenian davčna številka), Ukrainian companies and sole proprietors (ЄДРПОУ, ІПН, РНОКПП, UA IBAN, the amount in words),
Danish and Norwegian firms, Sri Lankan and Ugandan businesses (TIN, VAT registration, EFRIS fiscal document numbers),
payment-service transaction ids, wire-transfer banks and references, and sole traders of five English-speaking countries.
Written without reading the engine."""

from __future__ import annotations

import random
import string
from decimal import Decimal

from corpus.holdout.fakes import Party, domain
from corpus.holdout.fakes_fifth import dk_cvr, no_orgnr

# --------------------------------------------------------------------------------------------------
# IBAN with any country's BBAN


def iban_for(country: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban_valid(printed: str) -> bool:
    raw = printed.replace(" ", "")
    return int("".join(str(int(ch, 36)) for ch in raw[4:] + raw[:4])) % 97 == 1


# --------------------------------------------------------------------------------------------------
# Slovakia: IČO (mod 11, weights 8..2), DIČ (ten digits divisible by 11), IČ DPH = SK + DIČ

def sk_ico(rng: random.Random) -> str:
    body = f"{rng.choice([3, 4, 5])}{rng.randrange(10**6):06d}"
    rest = sum(int(d) * w for d, w in zip(body, range(8, 1, -1), strict=True)) % 11
    return body + str((11 - rest) % 10)


def sk_ico_valid(number: str) -> bool:
    if len(number) != 8 or not number.isdigit():
        return False
    rest = sum(int(d) * w for d, w in zip(number[:7], range(8, 1, -1), strict=True)) % 11
    return (11 - rest) % 10 == int(number[7])


def sk_dic(rng: random.Random) -> str:
    """A company's DIČ: `202` / `212` then seven digits, the whole divisible by 11."""
    while True:
        number = int(f"{rng.choice(['202', '212', '202'])}{rng.randrange(10**7):07d}")
        number -= number % 11
        if len(str(number)) == 10:
            return str(number)


def sk_iban(rng: random.Random) -> str:
    bank = rng.choice(["0200", "0900", "1100", "7500", "5600", "8330"])
    return iban_for("SK", f"{bank}{rng.randrange(10**6):06d}{rng.randrange(10**9, 10**10)}")


SK_PLACES = [("811 01", "Bratislava", "Bratislava I"), ("821 08", "Bratislava", "Bratislava I"), ("040 01", "Košice", "Košice I"),
             ("010 01", "Žilina", "Žilina"), ("949 01", "Nitra", "Nitra"), ("974 01", "Banská Bystrica", "Banská Bystrica"),
             ("080 01", "Prešov", "Prešov"), ("917 01", "Trnava", "Trnava"), ("911 01", "Trenčín", "Trenčín"), ("064 01", "Stará Ľubovňa", "Prešov")]
SK_STREETS = ["Štúrova", "Hlavná", "Mlynské nivy", "Račianska", "Priemyselná", "Kukučínova", "Námestie SNP", "Jesenského", "Dolné Rudiny",
              "Štefánikova", "Vajnorská", "Zámocká"]
SK_WORDS = (["Tatra", "Dunaj", "Váh", "Fatra", "Hron", "Orava", "Javorina", "Kriváň", "Poprad", "Záhorie", "Liptov", "Gemer"],
            ["stav", "tech", "soft", "trans", "servis", "obchod", "elektro", "projekt", "print", "logistik"],
            ["s.r.o.", "s.r.o.", "s. r. o.", "a.s.", "spol. s r.o."])
SK_PEOPLE = (["Ján", "Peter", "Mária", "Jana", "Martin", "Lucia", "Michal", "Zuzana", "Tomáš", "Katarína"],
             ["Novák", "Horváth", "Kováč", "Varga", "Tóth", "Baláž", "Szabó", "Molnár", "Lukáč", "Hudák"])


def sk_party(rng: random.Random, *, vat_payer: bool = True) -> Party:
    postcode, city, court = rng.choice(SK_PLACES)
    word, trade, form = (rng.choice(part) for part in SK_WORDS)
    name = rng.choice([f"{word}{trade} {form}", f"{word.upper()} {trade.upper()} {form}", f"{word} {trade.capitalize()} {form}"])
    if not vat_payer and rng.random() < 0.6:
        first, last = rng.choice(SK_PEOPLE[0]), rng.choice(SK_PEOPLE[1])
        name = f"{first} {last} - {rng.choice(['STAVMONT', 'ELEKTRO', 'Účtovníctvo', 'MALBY', 'IT služby', 'Tesárstvo'])}"
    street = f"{rng.choice(SK_STREETS)} {rng.randrange(1, 120)}{rng.choice(['', '', '', '/A', '/B'])}"
    party = Party(name=name, address=[street, f"{postcode} {city}"], country="SK",
                  phone=f"+421 {rng.choice(['2', '905', '911', '948', '55', '41'])} {rng.randrange(100, 999)} {rng.randrange(100, 999)}")
    dic = sk_dic(rng)
    party.extra.update({"ico": sk_ico(rng), "dic": dic, "ic_dph": f"SK{dic}", "iban": sk_iban(rng), "court": court,
                        "register": f"{rng.choice(['Sro', 'Sro', 'Sa'])}, vložka č. {rng.randrange(1000, 160000)}/{rng.choice('BLNRSTVK')}"})
    party.tax_id = party.extra["ic_dph"] if vat_payer else dic
    party.email = f"{rng.choice(['faktury', 'info', 'uctovnictvo'])}@{domain(word)}"
    return party


# --------------------------------------------------------------------------------------------------
# Slovenia: davčna številka / ID za DDV (mod 11, weights 8..2), matična številka, SI IBAN (check digits always 56)

def si_tax_number(rng: random.Random) -> str:
    while True:
        body = f"{rng.randrange(1, 10)}{rng.randrange(10**6):06d}"
        rest = sum(int(d) * w for d, w in zip(body, range(8, 1, -1), strict=True)) % 11
        check = 11 - rest
        if check == 11:
            continue
        return body + str(0 if check == 10 else check)


def si_tax_valid(number: str) -> bool:
    digits = number.removeprefix("SI").strip()
    if len(digits) != 8 or not digits.isdigit():
        return False
    check = 11 - sum(int(d) * w for d, w in zip(digits[:7], range(8, 1, -1), strict=True)) % 11
    return check != 11 and (0 if check == 10 else check) == int(digits[7])


def si_iban(rng: random.Random) -> str:
    """SI56: the two national check digits make every Slovenian IBAN's ISO check 56."""
    head = f"{rng.choice(['02010', '04750', '10100', '05100', '06000', '33000'])}{rng.randrange(10**7, 10**8)}"
    for tail in range(100):
        printed = iban_for("SI", f"{head}{tail:02d}")
        if printed.startswith("SI56"):
            return printed
    raise AssertionError("unreachable")


SI_PLACES = [("1000", "Ljubljana"), ("2000", "Maribor"), ("3000", "Celje"), ("4000", "Kranj"), ("6000", "Koper"), ("8000", "Novo mesto"),
             ("5000", "Nova Gorica"), ("9000", "Murska Sobota")]
SI_STREETS = ["Dunajska cesta", "Slovenska cesta", "Tržaška cesta", "Celovška cesta", "Partizanska cesta", "Ulica heroja Staneta",
              "Kidričeva ulica", "Ljubljanska cesta", "Šmartinska cesta"]
SI_WORDS = (["Triglav", "Sava", "Krka", "Pohorje", "Soča", "Kras", "Bled", "Drava", "Karavanke", "Gorenjska"],
            ["trgovina", "gradnje", "inženiring", "storitve", "elektro", "računalništvo", "transport", "svetovanje"],
            ["d.o.o.", "d.o.o.", "d.d.", "s.p."])


def si_party(rng: random.Random) -> Party:
    postcode, city = rng.choice(SI_PLACES)
    word, trade, form = (rng.choice(part) for part in SI_WORDS)
    name = f"{word} {trade}, {form}" if rng.random() < 0.6 else f"{word.upper()} {form}"
    party = Party(name=name, address=[f"{rng.choice(SI_STREETS)} {rng.randrange(1, 200)}", f"{postcode} {city}"], country="SI",
                  phone=f"+386 {rng.choice(['1', '2', '3', '4', '5'])} {rng.randrange(200, 999)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}")
    number = si_tax_number(rng)
    party.extra.update({"davcna": number, "maticna": f"{rng.randrange(10**9, 10**10)}", "iban": si_iban(rng)})
    party.tax_id = f"SI{number}"
    party.email = f"{rng.choice(['racuni', 'info', 'finance'])}@{domain(word)}"
    return party


# --------------------------------------------------------------------------------------------------
# Ukraine: ЄДРПОУ (eight digits, weighted mod 11), ІПН of a VAT payer (twelve digits), РНОКПП of a person (ten digits)

def edrpou_check(body7: str) -> int:
    low = int(body7) < 3000000 or int(body7) > 6000000
    weights = [1, 2, 3, 4, 5, 6, 7] if low else [7, 1, 2, 3, 4, 5, 6]
    rest = sum(int(d) * w for d, w in zip(body7, weights, strict=True)) % 11
    if rest == 10:
        rest = sum(int(d) * (w + 2) for d, w in zip(body7, weights, strict=True)) % 11
    return 0 if rest == 10 else rest


def edrpou(rng: random.Random) -> str:
    body = f"{rng.choice([3, 4, 2])}{rng.randrange(10**6):06d}"
    return body + str(edrpou_check(body))


def edrpou_valid(number: str) -> bool:
    return len(number) == 8 and number.isdigit() and edrpou_check(number[:7]) == int(number[7])


def ua_ipn(rng: random.Random, code: str) -> str:
    """A legal entity's VAT-payer number: the first seven ЄДРПОУ digits, the region, the registration and a check digit."""
    body = code[:7] + f"{rng.choice([26, 10, 20, 15, 14, 46, 51, 63])}{rng.randrange(10, 99):02d}"
    weights = [11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]
    return body + str(sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11 % 10)


def rnokpp(rng: random.Random) -> str:
    """A person's РНОКПП: ten digits, the check digit from weights -1 5 7 9 4 6 10 5 7."""
    body = f"{rng.randrange(25000, 39000)}{rng.randrange(10**4):04d}"
    total = sum(int(d) * w for d, w in zip(body, [-1, 5, 7, 9, 4, 6, 10, 5, 7], strict=True))
    return body + str(total % 11 % 10)


def rnokpp_valid(number: str) -> bool:
    if len(number) != 10 or not number.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:9], [-1, 5, 7, 9, 4, 6, 10, 5, 7], strict=True))
    return total % 11 % 10 == int(number[9])


UA_BANKS = [("305299", "АТ КБ «ПРИВАТБАНК»"), ("300465", "АТ «Ощадбанк»"), ("322001", "АТ «Універсал Банк»"),
            ("300528", "АТ «ОТП БАНК»"), ("380805", "АТ «Райффайзен Банк»"), ("351005", "АТ «УКРСИББАНК»"), ("322313", "АТ «Укргазбанк»")]


def ua_iban(rng: random.Random) -> tuple[str, str]:
    mfo, bank = rng.choice(UA_BANKS)
    raw = iban_for("UA", f"{mfo}00000{rng.choice(['2600', '2605', '2650'])}{rng.randrange(10**9, 10**10)}").replace(" ", "")
    return raw, bank


UA_PLACES = [("01001", "м. Київ", ["вул. Хрещатик", "вул. Велика Васильківська", "просп. Перемоги", "вул. Саксаганського", "вул. Антоновича"]),
             ("79000", "м. Львів", ["вул. Городоцька", "просп. Свободи", "вул. Зелена", "вул. Шевченка"]),
             ("61000", "м. Харків", ["вул. Сумська", "просп. Науки", "вул. Пушкінська"]),
             ("65000", "м. Одеса", ["вул. Дерибасівська", "Фонтанська дорога", "вул. Балківська"]),
             ("49000", "м. Дніпро", ["просп. Дмитра Яворницького", "вул. Січеславська Набережна", "вул. Робоча"]),
             ("21000", "м. Вінниця", ["вул. Соборна", "вул. Келецька"]), ("76000", "м. Івано-Франківськ", ["вул. Незалежності", "вул. Галицька"]),
             ("69000", "м. Запоріжжя", ["просп. Соборний", "вул. Перемоги"])]
UA_WORDS = (["Галич", "Дніпро", "Поділля", "Карпати", "Світанок", "Оберіг", "Альфа", "Полісся", "Таврія", "Слобожанщина", "Еталон", "Вектор"],
            ["Буд", "Трейд", "Постач", "Агро", "Техно", "Сервіс", "Логістик", "Пром", "Софт", "Енерго"])
UA_PEOPLE = (["Олена", "Андрій", "Ірина", "Тарас", "Наталія", "Богдан", "Оксана", "Сергій", "Юлія", "Василь"],
             ["Коваленко", "Шевчук", "Бондаренко", "Ткаченко", "Кравчук", "Мельник", "Олійник", "Поліщук", "Савчук", "Іваненко"],
             ["Петрівна", "Іванович", "Миколаївна", "Олегович", "Василівна", "Андрійович", "Сергіївна", "Богданович"])


def _ua_address(rng: random.Random) -> list[str]:
    postcode, city, streets = rng.choice(UA_PLACES)
    street = f"{rng.choice(streets)}, буд. {rng.randrange(1, 180)}" + rng.choice(["", "", f", оф. {rng.randrange(1, 400)}", f", кв. {rng.randrange(1, 90)}"])
    return [f"{postcode}, {city}", street] if rng.random() < 0.5 else [street, f"{city}, {postcode}"]


def ua_party(rng: random.Random) -> Party:
    word, trade = rng.choice(UA_WORDS[0]), rng.choice(UA_WORDS[1])
    form = rng.choice(["ТОВ", "ТОВ", "ПП", "ПрАТ"])
    name = f"{form} «{word}-{trade}»" if rng.random() < 0.5 else f"{form} «{word}{trade.lower()}»"
    code = edrpou(rng)
    party = Party(name=name, address=_ua_address(rng), country="UA",
                  phone=f"+380 {rng.choice(['44', '32', '57', '48', '56', '67', '50'])} {rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}")
    iban, bank = ua_iban(rng)
    party.extra.update({"edrpou": code, "ipn": ua_ipn(rng, code), "iban": iban, "bank": bank})
    party.tax_id = party.extra["ipn"]
    return party


def ua_fop(rng: random.Random) -> Party:
    first, last, patronymic = (rng.choice(part) for part in UA_PEOPLE)
    if patronymic.endswith("ич") and first in ("Олена", "Ірина", "Наталія", "Оксана", "Юлія"):
        patronymic = rng.choice(["Петрівна", "Миколаївна", "Василівна", "Сергіївна"])
    if patronymic.endswith("на") and first not in ("Олена", "Ірина", "Наталія", "Оксана", "Юлія"):
        patronymic = rng.choice(["Іванович", "Олегович", "Андрійович", "Богданович"])
    party = Party(name=f"ФОП {last} {first} {patronymic}", address=_ua_address(rng), country="UA",
                  phone=f"+380 {rng.choice(['50', '67', '63', '97', '93'])} {rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}")
    iban, bank = ua_iban(rng)
    party.extra.update({"rnokpp": rnokpp(rng), "iban": iban, "bank": bank})
    party.tax_id = party.extra["rnokpp"]
    return party


UA_MONTHS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"]

_UA_ONES = {"m": ["", "один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять"],
            "f": ["", "одна", "дві", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять"]}
_UA_TEENS = ["десять", "одинадцять", "дванадцять", "тринадцять", "чотирнадцять", "п'ятнадцять", "шістнадцять", "сімнадцять",
             "вісімнадцять", "дев'ятнадцять"]
_UA_TENS = ["", "", "двадцять", "тридцять", "сорок", "п'ятдесят", "шістдесят", "сімдесят", "вісімдесят", "дев'яносто"]
_UA_HUNDREDS = ["", "сто", "двісті", "триста", "чотириста", "п'ятсот", "шістсот", "сімсот", "вісімсот", "дев'ятсот"]


def _ua_form(n: int, forms: tuple[str, str, str]) -> str:
    if 11 <= n % 100 <= 14:
        return forms[2]
    return forms[0] if n % 10 == 1 else forms[1] if 2 <= n % 10 <= 4 else forms[2]


def _ua_triple(n: int, gender: str) -> list[str]:
    words = [_UA_HUNDREDS[n // 100]]
    rest = n % 100
    if 10 <= rest <= 19:
        words.append(_UA_TEENS[rest - 10])
    else:
        words += [_UA_TENS[rest // 10], _UA_ONES[gender][rest % 10]]
    return [w for w in words if w]


def words_ua(value: Decimal) -> str:
    """`Дванадцять тисяч триста сорок п'ять гривень 60 копійок` (гривня and тисяча are feminine)."""
    whole = int(value)
    kop = int((value - whole) * 100)
    words: list[str] = []
    for size, forms, gender in ((10**6, ("мільйон", "мільйони", "мільйонів"), "m"), (1000, ("тисяча", "тисячі", "тисяч"), "f")):
        part = whole // size % 1000
        if part:
            words += _ua_triple(part, gender) + [_ua_form(part, forms)]
    words += _ua_triple(whole % 1000, "f")
    text = " ".join(words) or "нуль"
    text = f"{text} {_ua_form(whole, ('гривня', 'гривні', 'гривень'))} {kop:02d} {_ua_form(kop, ('копійка', 'копійки', 'копійок'))}"
    return text[0].upper() + text[1:]


# --------------------------------------------------------------------------------------------------
# Denmark and Norway

DA_MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
NB_MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]
DK_PLACES = [("2100", "København Ø"), ("2450", "København SV"), ("8200", "Aarhus N"), ("5220", "Odense SØ"), ("9200", "Aalborg SV"),
             ("4000", "Roskilde"), ("7400", "Herning"), ("8700", "Horsens"), ("6000", "Kolding"), ("3400", "Hillerød")]
DK_STREETS = ["Amagerbrogade", "Jægersborg Allé", "Randersvej", "Vestergade", "Hasselager Allé", "Lyskær", "Englandsvej", "Kongevejen",
              "Sønder Allé", "Marielundvej", "Skovlytoften"]
NO_PLACES = [("0484", "Oslo"), ("0661", "Oslo"), ("1366", "Lysaker"), ("5020", "Bergen"), ("7044", "Trondheim"), ("4033", "Stavanger"),
             ("2317", "Hamar"), ("3616", "Kongsberg"), ("1607", "Fredrikstad"), ("8006", "Bodø")]
NO_STREETS = ["Sandakerveien", "Økernveien", "Drammensveien", "Fjøsangerveien", "Innherredsveien", "Forusbeen", "Grensevegen", "Kirkegata",
              "Nedre Slottsgate", "Brattørkaia"]
NORDIC_WORDS = {"DK": (["Nordlys", "Kystlinje", "Bøgeskov", "Havblik", "Lyngby", "Skagen", "Østerby", "Fjordbyen", "Tangen"],
                       ["Ejendomsservice", "VVS", "Tømrerfirma", "Revision", "Kommunikation", "Logistik", "Elektrik", "Rengøring", "Software"],
                       ["ApS", "A/S", "ApS", "IVS"]),
                "NO": (["Fjellvang", "Nordkyst", "Bjørkli", "Havtind", "Solberg", "Vestlia", "Østmark", "Granli", "Elvebakken"],
                       ["Eiendomsdrift", "Rørlegger", "Snekkeri", "Revisjon", "Kommunikasjon", "Logistikk", "Elektro", "Renhold", "Programvare"],
                       ["AS", "AS", "ASA", "DA"])}


def nordic_party(rng: random.Random, country: str) -> Party:
    place, trade, form = (rng.choice(part) for part in NORDIC_WORDS[country])
    name = f"{place} {trade} {form}"
    postcode, city = rng.choice(DK_PLACES if country == "DK" else NO_PLACES)
    street = f"{rng.choice(DK_STREETS if country == 'DK' else NO_STREETS)} {rng.randrange(1, 140)}{rng.choice(['', '', '', 'A', 'B'])}"
    party = Party(name=name, address=[street, f"{postcode} {city}"], country=country,
                  phone=f"+{45 if country == 'DK' else 47} {rng.randrange(20, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}")
    if country == "DK":
        party.extra["cvr"] = dk_cvr(rng)
        party.extra["reg"] = f"{rng.randrange(1000, 9999)}"
        party.extra["konto"] = f"{rng.randrange(10**9, 10**10)}"
    else:
        party.extra["orgnr"] = no_orgnr(rng)
    party.email = f"{rng.choice(['faktura', 'post', 'regnskab' if country == 'DK' else 'regnskap'])}@{domain(place)}"
    return party


def dk_ean(rng: random.Random) -> str:
    """A Danish public buyer's EAN location number (GLN 57980…, mod-10 check digit)."""
    body = f"57980{rng.randrange(10**7):07d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


# --------------------------------------------------------------------------------------------------
# Sri Lanka and Uganda

LK_PLACES = [("Colombo 03", ["Galle Road", "Duplication Road", "R.A. De Mel Mawatha"]), ("Colombo 02", ["Union Place", "Sir Chittampalam A. Gardiner Mawatha"]),
             ("Colombo 10", ["Darley Road", "T.B. Jayah Mawatha"]), ("Nugegoda", ["High Level Road", "Stanley Thilakaratne Mawatha"]),
             ("Rajagiriya", ["Nawala Road", "Kotte Road"]), ("Kandy", ["Peradeniya Road", "Kotugodella Vidiya"]), ("Negombo", ["Main Street", "Chilaw Road"]),
             ("Kurunegala", ["Colombo Road", "Puttalam Road"]), ("Galle", ["Matara Road", "Wakwella Road"]), ("Ja-Ela", ["Negombo Road"])]
LK_WORDS = (["Lanka", "Ceylon", "Serendib", "Ruhunu", "Kelani", "Sigiri", "Lotus", "Ratna", "Udaya", "Nilaveli", "Mahaweli"],
            ["Traders", "Engineering", "Hardware", "Marketing", "Logistics", "Tea Exports", "Office Automation", "Pharma Distributors", "Solutions"],
            ["(Pvt) Ltd", "(Private) Limited", "(Pvt) Ltd", "PLC", "Company (Pvt) Ltd"])


def lk_party(rng: random.Random) -> Party:
    place, trade, form = (rng.choice(part) for part in LK_WORDS)
    town, streets = rng.choice(LK_PLACES)
    party = Party(name=f"{place} {trade} {form}", address=[f"No. {rng.randrange(1, 480)}, {rng.choice(streets)}", town], country="LK",
                  phone=f"+94 {rng.choice(['11', '81', '31', '37', '91'])} {rng.randrange(200, 799)} {rng.randrange(1000, 9999)}")
    tin = f"{rng.choice([1, 1, 4])}{rng.randrange(10**7, 10**8)}"
    party.extra.update({"tin": tin, "vat": f"{tin}-7000", "pv": f"PV {rng.randrange(1000, 200000)}"})
    party.tax_id = party.extra["vat"]
    party.email = f"{rng.choice(['accounts', 'finance', 'sales'])}@{domain(place)}"
    return party


UG_PLACES = [("Kampala", ["Plot {n}, Jinja Road", "Plot {n}, Kampala Road", "Plot {n}, Lumumba Avenue", "Plot {n}, 6th Street Industrial Area",
                          "Plot {n}, Bombo Road", "Plot {n}, Ntinda-Kisaasi Road"]),
             ("Entebbe", ["Plot {n}, Kampala-Entebbe Road"]), ("Jinja", ["Plot {n}, Main Street", "Plot {n}, Iganga Road"]),
             ("Mukono", ["Plot {n}, Jinja Highway"]), ("Mbarara", ["Plot {n}, High Street"]), ("Gulu", ["Plot {n}, Awich Road"])]
UG_WORDS = (["Nile", "Pearl", "Kagera", "Rwenzori", "Victoria", "Mukwano", "Kabaka", "Elgon", "Kampala", "Crane", "Bugisu", "Savanna"],
            ["Hardware", "Supplies", "General Merchandise", "Technical Services", "Stationers", "Agro Inputs", "Motors", "Distributors"],
            ["Limited", "(U) Limited", "Uganda Ltd", "Ltd", "Enterprises"])


def ug_tin(rng: random.Random) -> str:
    return f"10{rng.randrange(10**7, 10**8)}"


def ug_party(rng: random.Random) -> Party:
    place, trade, form = (rng.choice(part) for part in UG_WORDS)
    city, streets = rng.choice(UG_PLACES)
    party = Party(name=f"{place} {trade} {form}", address=[rng.choice(streets).format(n=rng.randrange(1, 400)), city], country="UG",
                  phone=f"+256 {rng.choice(['414', '312', '772', '701', '752'])} {rng.randrange(100000, 999999)}")
    party.tax_id = ug_tin(rng)
    party.email = f"{rng.choice(['accounts', 'info', 'sales'])}@{domain(place)}"
    return party


def efris_fdn(rng: random.Random) -> str:
    """EFRIS fiscal document number: thirteen digits (`32` / `33` / `34` then the serial)."""
    return f"{rng.choice(['32', '33', '34'])}{rng.randrange(10**10, 10**11)}"


def efris_verification(rng: random.Random) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(20))


def efris_device(rng: random.Random, tin: str) -> str:
    return f"{tin}_{rng.randrange(1, 9):02d}"


# --------------------------------------------------------------------------------------------------
# Payment services

def paypal_transaction_id(rng: random.Random) -> str:
    chars = string.ascii_uppercase + string.digits
    return "".join(rng.choice(string.digits if i in (0, 10, 11) else chars) for i in range(17))


def square_receipt_code(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(4))


# --------------------------------------------------------------------------------------------------
# Wire transfers

WIRE_BANKS = {"US": [("JPMorgan Chase Bank, N.A.", "CHASUS33"), ("Wells Fargo Bank, N.A.", "WFBIUS6S"), ("Bank of America, N.A.", "BOFAUS3N"),
                     ("Citibank, N.A.", "CITIUS33")],
              "GB": [("Barclays Bank PLC", "BARCGB22"), ("HSBC UK Bank plc", "HBUKGB4B"), ("Lloyds Bank plc", "LOYDGB2L"), ("NatWest Bank", "NWBKGB2L")],
              "SG": [("DBS Bank Ltd", "DBSSSGSG"), ("Oversea-Chinese Banking Corporation Ltd", "OCBCSGSG"), ("United Overseas Bank Ltd", "UOVBSGSG")],
              "AE": [("Emirates NBD Bank PJSC", "EBILAEAD"), ("First Abu Dhabi Bank PJSC", "NBADAEAA"), ("Mashreqbank PSC", "BOMLAEAD"),
                     ("Abu Dhabi Commercial Bank PJSC", "ADCBAEAA")],
              "DE": [("Deutsche Bank AG", "DEUTDEFF"), ("Commerzbank AG", "COBADEFF")], "NL": [("ING Bank N.V.", "INGBNL2A")],
              "IN": [("HDFC Bank Ltd", "HDFCINBB"), ("ICICI Bank Ltd", "ICICINBB")], "AU": [("Westpac Banking Corporation", "WPACAU2S")]}


def wire_account(rng: random.Random, country: str) -> str:
    if country == "GB":
        return iban_for("GB", f"{rng.choice(['BARC', 'HBUK', 'LOYD', 'NWBK'])}{rng.randrange(10**5, 10**6)}{rng.randrange(10**7, 10**8)}")
    if country == "AE":
        return iban_for("AE", f"{rng.choice(['026', '035', '033', '030'])}{rng.randrange(10**15, 10**16)}")
    if country == "DE":
        return iban_for("DE", f"{rng.randrange(10**7, 10**8)}{rng.randrange(10**9, 10**10)}")
    if country == "NL":
        return iban_for("NL", f"INGB{rng.randrange(10**9, 10**10)}")
    return str(rng.randrange(10**9, 10**12))


# --------------------------------------------------------------------------------------------------
# Sole traders (word-processor invoices)

TRADER_FIRST = {"US": ["Mike", "Dave", "Jen", "Carlos", "Tom", "Amy", "Rick", "Linda"], "GB": ["Dave", "Gary", "Sarah", "Paul", "Karen", "Steve", "Jo", "Neil"],
                "IE": ["Seán", "Pádraig", "Niamh", "Ciarán", "Declan", "Aoife", "Brendan", "Siobhán"],
                "NZ": ["Hamish", "Aroha", "Craig", "Tane", "Kirsty", "Grant", "Mere", "Shane"],
                "ZA": ["Johan", "Thabo", "Pieter", "Nomvula", "Riaan", "Sipho", "Annelie", "Themba"]}
TRADER_LAST = {"US": ["Kowalski", "Brennan", "Alvarez", "Hutchins", "Doyle", "McBride", "Pruitt", "Saunders"],
               "GB": ["Atkinson", "Briggs", "Cartwright", "Dawson", "Ellison", "Fletcher", "Gough", "Hebden"],
               "IE": ["Ó Briain", "Murphy", "Fitzgerald", "Kavanagh", "O'Sullivan", "Byrne", "Doherty", "Mac Giolla"],
               "NZ": ["McKenzie", "Ngata", "Ferguson", "Tapsell", "Wallace", "Rangi", "Campbell", "Stewart"],
               "ZA": ["van Wyk", "Mahlangu", "Venter", "Ndlovu", "Coetzee", "Mokoena", "Pretorius", "Dube"]}
TRADES = [("Plumbing", ["Replace kitchen mixer tap", "Clear blocked drain", "Service gas boiler", "Fit new toilet cistern", "Call-out charge"]),
          ("Electrical", ["Install outside security light", "Replace consumer unit", "Add double socket", "Fault finding", "Call-out charge"]),
          ("Gardening", ["Lawn mowing", "Hedge trimming", "Green waste removal", "Spring clean-up", "Mulch supplied and spread"]),
          ("Painting & Decorating", ["Paint living room walls and ceiling", "Gloss skirting boards and doors", "Wallpaper feature wall", "Materials"]),
          ("Cleaning Services", ["Regular clean (hours)", "Oven clean", "End of tenancy clean", "Carpet shampoo"]),
          ("Tutoring", ["Maths tuition (hours)", "English tuition (hours)", "Exam preparation session", "Workbook"]),
          ("Handyman Services", ["Assemble flat-pack wardrobe", "Hang shelves and pictures", "Repair fence panel", "Fix sticking door"]),
          ("Photography", ["Family portrait session", "Edited digital images", "Printed album", "Travel"]),
          ("Bookkeeping", ["Monthly bookkeeping", "VAT return preparation", "Payroll run", "Year-end accounts"])]


def trader_name(rng: random.Random, country: str) -> tuple[str, str, str]:
    """The sole trader's person name, the trade and the name as printed at the top."""
    first, last = rng.choice(TRADER_FIRST[country]), rng.choice(TRADER_LAST[country])
    trade = rng.choice(TRADES)[0]
    printed = rng.choice([f"{first} {last}", f"{first} {last} {trade}", f"{last} {trade}", f"{first[0]}. {last} {trade}"])
    return f"{first} {last}", trade, printed
