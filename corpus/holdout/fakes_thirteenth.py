"""Parties, identifiers and amount words the thirteenth set's templates need (Chile, Russia, Israel, Egypt,
Lithuania, Bangladesh, French shops; the AP-platform family uses the first set's US / GB / CA companies).

Kept apart from the earlier fakes modules so the earlier sets draw exactly what they drew before.
Identifiers carry their public check digits where one exists: the Chilean RUT (weights 2..7 from the right,
mod 11, `K` for 10), the Russian ИНН (10 digits: weights 2 4 10 3 5 9 4 6 8, mod 11 mod 10; 12 digits: two
check digits) and ОГРН (the 12-digit body mod 11 mod 10), the Israeli company / dealer number (the identity-
number check: weights 1 2 alternating, digits of products summed, mod 10), the Lithuanian PVM mokėtojo kodas
and įmonės kodas (weights 1..9 then 3..11, mod 11), the LT IBAN (mod 97). Egyptian tax registration
numbers, ETA UUIDs and Bangladeshi BINs are drawn in the printed shape (no public check).
"""

from __future__ import annotations

import random
from decimal import Decimal

from corpus.holdout.fakes import FR_PLACES, FR_STREETS, Party, domain, fr_vat, siren, siret

# --------------------------------------------------------------------------------------------------
# Chile


def rut_dv(body: int) -> str:
    total, factor = 0, 2
    for ch in reversed(str(body)):
        total += int(ch) * factor
        factor = 2 if factor == 7 else factor + 1
    dv = 11 - total % 11
    return "0" if dv == 11 else "K" if dv == 10 else str(dv)


def rut(rng: random.Random, *, company: bool = True) -> str:
    """RUT printed `76.123.456-K` (companies 76-78 / 96 / 99 million, persons 8-24 million)."""
    body = (rng.choice([76, 76, 77, 77, 78, 96, 99]) * 10**6 + rng.randrange(10**6)) if company else rng.randrange(8 * 10**6, 24 * 10**6)
    text = f"{body:,}".replace(",", ".")
    return f"{text}-{rut_dv(body)}"


def rut_valid(printed: str) -> bool:
    body, _, dv = printed.replace(".", "").upper().partition("-")
    return body.isdigit() and rut_dv(int(body)) == dv


CL_PLACES = [("Providencia", "Santiago", ["Av. Providencia", "Av. Nueva Providencia", "Los Leones", "Av. Andrés Bello"], "SANTIAGO ORIENTE"),
             ("Las Condes", "Santiago", ["Av. Apoquindo", "Av. El Bosque Norte", "Av. Vitacura", "Isidora Goyenechea"], "SANTIAGO ORIENTE"),
             ("Santiago", "Santiago", ["Agustinas", "Huérfanos", "Av. Libertador Bernardo O'Higgins", "Moneda"], "SANTIAGO CENTRO"),
             ("Quilicura", "Santiago", ["Av. Presidente Eduardo Frei Montalva", "Camino Lo Echevers", "Av. Américo Vespucio"], "SANTIAGO PONIENTE"),
             ("Pudahuel", "Santiago", ["Av. La Estrella", "Camino a Noviciado", "Av. Enea"], "SANTIAGO PONIENTE"),
             ("Valparaíso", "Valparaíso", ["Av. Brasil", "Blanco", "Av. Pedro Montt"], "VALPARAÍSO"),
             ("Viña del Mar", "Viña del Mar", ["Av. Libertad", "Av. San Martín", "1 Norte"], "VIÑA DEL MAR"),
             ("Concepción", "Concepción", ["O'Higgins", "Barros Arana", "Av. Paicaví"], "CONCEPCIÓN"),
             ("Antofagasta", "Antofagasta", ["Av. Grecia", "Av. Argentina", "Sucre"], "ANTOFAGASTA"),
             ("Temuco", "Temuco", ["Av. Alemania", "Manuel Montt", "Av. Caupolicán"], "TEMUCO")]
CL_WORDS = (["Andes", "Pacífico", "Austral", "Los Robles", "Maipo", "Cordillera", "Araucanía", "Atacama", "Biobío", "Aconcagua", "Tamarugal", "Lautaro"],
            ["Comercial", "Inversiones", "Servicios Integrales", "Distribuidora", "Constructora", "Transportes", "Ingeniería", "Importadora", "Sociedad Agrícola"],
            ["SpA", "SpA", "Ltda.", "Limitada", "S.A.", "E.I.R.L."])
CL_GIROS = {"Comercial": "Venta al por mayor de otros productos", "Inversiones": "Actividades de asesoramiento empresarial",
            "Servicios Integrales": "Actividades de limpieza general de edificios", "Distribuidora": "Venta al por mayor de alimentos y bebidas",
            "Constructora": "Construcción de edificios para uso no residencial", "Transportes": "Transporte de carga por carretera",
            "Ingeniería": "Servicios de ingeniería y consultoría técnica", "Importadora": "Venta al por mayor de maquinaria y equipo",
            "Sociedad Agrícola": "Cultivo de frutas y exportación"}


def cl_party(rng: random.Random) -> Party:
    place, trade, form = (rng.choice(part) for part in CL_WORDS)
    name = f"{trade} {place} {form}"
    if rng.random() < 0.45:
        name = name.upper()
    comuna, ciudad, streets, office = rng.choice(CL_PLACES)
    street = f"{rng.choice(streets)} {rng.randrange(10, 9800)}"
    if rng.random() < 0.4:
        street += f", {rng.choice(['Of.', 'Oficina', 'Depto.', 'Local', 'Bodega'])} {rng.randrange(1, 1900)}"
    party = Party(name=name, address=[street, comuna] if comuna == ciudad else [street, comuna, ciudad], country="CL",
                  tax_id=rut(rng), phone=f"+56 {rng.choice(['2', '2', '32', '41', '55', '45'])} {rng.randrange(2000, 2999)} {rng.randrange(1000, 9999)}")
    party.extra["giro"] = CL_GIROS[trade]
    party.extra["sii_office"] = office
    party.extra["comuna"], party.extra["ciudad"], party.extra["street"] = comuna, ciudad, street
    dom = domain(place.replace(" ", "").replace("í", "i").replace("á", "a"))
    party.email = f"{rng.choice(['facturacion', 'contabilidad', 'dte', 'finanzas'])}@{dom}"
    return party


# --------------------------------------------------------------------------------------------------
# Russia


def inn10(rng: random.Random, office: str) -> str:
    """Legal entity's ИНН: the four-digit tax office code, five digits, the check digit."""
    body = office + "".join(str(rng.randrange(10)) for _ in range(5))
    check = sum(int(d) * w for d, w in zip(body, [2, 4, 10, 3, 5, 9, 4, 6, 8], strict=True)) % 11 % 10
    return body + str(check)


def inn12(rng: random.Random, office: str) -> str:
    """A person's (sole trader's) ИНН: the four-digit tax office code, six digits, two check digits."""
    body = office + "".join(str(rng.randrange(10)) for _ in range(6))
    c11 = sum(int(d) * w for d, w in zip(body, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8], strict=True)) % 11 % 10
    body += str(c11)
    c12 = sum(int(d) * w for d, w in zip(body, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8], strict=True)) % 11 % 10
    return body + str(c12)


def inn_valid(number: str) -> bool:
    if not number.isdigit() or len(number) not in (10, 12):
        return False
    if len(number) == 10:
        return sum(int(d) * w for d, w in zip(number[:9], [2, 4, 10, 3, 5, 9, 4, 6, 8], strict=True)) % 11 % 10 == int(number[9])
    c11 = sum(int(d) * w for d, w in zip(number[:10], [7, 2, 4, 10, 3, 5, 9, 4, 6, 8], strict=True)) % 11 % 10
    c12 = sum(int(d) * w for d, w in zip(number[:11], [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8], strict=True)) % 11 % 10
    return c11 == int(number[10]) and c12 == int(number[11])


def ogrn(rng: random.Random, region: str) -> str:
    body = f"1{rng.randrange(2, 24):02d}{region}{rng.randrange(10**7):07d}"
    return body + str(int(body) % 11 % 10)


RU_PLACES = [("77", "г. Москва", ["ул. Тверская", "Ленинский пр-т", "ул. Большая Ордынка", "Варшавское ш.", "ул. Новый Арбат", "Кутузовский пр-т"],
              ["101000", "115054", "117218", "119002", "125009", "123112"], "7701,7702,7703,7704,7705,7707,7710,7714,7717,7719,7725,7728,7730,7743"),
             ("78", "г. Санкт-Петербург", ["Невский пр-т", "ул. Садовая", "Московский пр-т", "наб. Обводного канала", "Лиговский пр-т"],
              ["190000", "191025", "196084", "197022"], "7801,7802,7805,7810,7813,7816,7825,7838,7840,7842"),
             ("50", "Московская обл., г. Химки", ["ул. Ленинградская", "Юбилейный пр-т", "ул. Заводская"], ["141400", "141402"], "5047"),
             ("66", "г. Екатеринбург", ["ул. Малышева", "пр-т Ленина", "ул. Белинского"], ["620014", "620075", "620026"], "6658,6670,6671,6685"),
             ("54", "г. Новосибирск", ["Красный пр-т", "ул. Фрунзе", "ул. Кирова"], ["630004", "630099", "630132"], "5401,5405,5406,5407"),
             ("16", "Республика Татарстан, г. Казань", ["ул. Баумана", "пр-т Победы", "ул. Пушкина"], ["420111", "420021", "420066"], "1655,1656,1657,1660"),
             ("52", "г. Нижний Новгород", ["ул. Большая Покровская", "ул. Белинского", "Московское ш."], ["603005", "603000", "603086"], "5260,5262"),
             ("23", "г. Краснодар", ["ул. Красная", "ул. Северная", "ул. Ставропольская"], ["350000", "350063", "350020"], "2308,2309,2310,2312")]
RU_WORDS = (["Северный ветер", "Техснаб", "Вектор", "Альфа-Строй", "Промресурс", "Гранит", "Меридиан", "Спектр", "Атлант", "Восход",
             "Стройинвест", "Логистик-Центр", "Интерснаб", "Комплект-Сервис", "Волга", "Уралтехника"],
            ["ООО", "ООО", "ООО", "АО", "ПАО"])
RU_PEOPLE = (["Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов", "Волков"],
             ["Сергей", "Андрей", "Алексей", "Дмитрий", "Михаил", "Игорь", "Николай", "Павел"],
             ["Петрович", "Александрович", "Игоревич", "Викторович", "Сергеевич", "Николаевич"])


def ru_party(rng: random.Random, *, sole_trader: bool = False) -> Party:
    region, city, streets, indexes, offices = rng.choice(RU_PLACES)
    office = rng.choice(offices.split(","))
    house = f"д. {rng.randrange(1, 160)}" + (rng.choice(["", "", f", стр. {rng.randrange(1, 9)}", f", корп. {rng.randrange(1, 6)}", ", лит. А"]))
    room = rng.choice(["", "", f", офис {rng.randrange(1, 900)}", f", пом. {rng.randrange(1, 40)}-Н"])
    line = f"{rng.choice(indexes)}, {city}, {rng.choice(streets)}, {house}{room}"
    if sole_trader:
        family, given, patronymic = (rng.choice(part) for part in RU_PEOPLE)
        name = f"ИП {family} {given} {patronymic}" if rng.random() < 0.6 else f"Индивидуальный предприниматель {family} {given[0]}. {patronymic[0]}."
        party = Party(name=name, address=[line], country="RU", tax_id=inn12(rng, office))
        party.extra["ogrnip"] = f"3{rng.randrange(10, 24)}{region}{rng.randrange(10**9, 10**10)}"
        party.extra["kpp"] = ""
    else:
        brand, form = (rng.choice(part) for part in RU_WORDS)
        quote = rng.choice(["«»", "«»", '""'])
        name = f"{form} {quote[0]}{brand}{quote[1]}"
        party = Party(name=name, address=[line], country="RU", tax_id=inn10(rng, office))
        party.extra["kpp"] = f"{office}{rng.choice(['01', '01', '01', '43'])}{rng.choice(['001', '001', '001', '002'])}"
        party.extra["ogrn"] = ogrn(rng, region)
    code = {"77": ["495", "499"], "78": ["812"], "50": ["495", "498"], "66": ["343"], "54": ["383"], "16": ["843"], "52": ["831"], "23": ["861"]}[region]
    party.phone = f"+7 ({rng.choice(code)}) {rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}"
    bank = rng.choice([("ПАО Сбербанк", "044525225", "30101810400000000225"), ("АО «Альфа-Банк»", "044525593", "30101810200000000593"),
                       ("Банк ВТБ (ПАО)", "044525187", "30101810700000000187"), ("АО «Тинькофф Банк»", "044525974", "30101810145250000974"),
                       ("ПАО «Промсвязьбанк»", "044525555", "30101810400000000555")])
    party.extra["bank"], party.extra["bik"], party.extra["ks"] = bank
    party.extra["rs"] = f"40{rng.choice(['702', '702', '802'])}810{rng.randrange(10**11, 10**12)}"
    party.email = f"{rng.choice(['buh', 'info', 'office', 'sales'])}@{rng.choice(['mail', 'company', 'firma'])}{rng.randrange(10, 99)}.example"
    return party


_RU_ONES = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
_RU_ONES_F = ["", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
_RU_TEENS = ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать",
             "восемнадцать", "девятнадцать"]
_RU_TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"]
_RU_HUNDREDS = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"]


def ru_plural(n: int, forms: tuple[str, str, str]) -> str:
    """The noun form after `n`: 1 рубль, 2 рубля, 5 рублей (11-14 take the last)."""
    if 11 <= n % 100 <= 14:
        return forms[2]
    return forms[0] if n % 10 == 1 else forms[1] if 2 <= n % 10 <= 4 else forms[2]


def _ru_triple(n: int, feminine: bool) -> list[str]:
    words = [_RU_HUNDREDS[n // 100]]
    rest = n % 100
    if 10 <= rest < 20:
        words.append(_RU_TEENS[rest - 10])
    else:
        words += [_RU_TENS[rest // 10], (_RU_ONES_F if feminine else _RU_ONES)[rest % 10]]
    return [w for w in words if w]


def words_ru(value: Decimal) -> str:
    """1С's сумма прописью: `Двенадцать тысяч триста сорок пять рублей 60 копеек`."""
    rubles = int(value)
    kopecks = int((value - rubles) * 100)
    words: list[str] = []
    for size, forms, feminine in ((10**9, ("миллиард", "миллиарда", "миллиардов"), False), (10**6, ("миллион", "миллиона", "миллионов"), False),
                                  (1000, ("тысяча", "тысячи", "тысяч"), True)):
        part = rubles // size % 1000
        if part:
            words += _ru_triple(part, feminine) + [ru_plural(part, forms)]
    words += _ru_triple(rubles % 1000, False)
    text = " ".join(words) if words else "ноль"
    text = f"{text} {ru_plural(rubles, ('рубль', 'рубля', 'рублей'))} {kopecks:02d} {ru_plural(kopecks, ('копейка', 'копейки', 'копеек'))}"
    return text[0].upper() + text[1:]


RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]


# --------------------------------------------------------------------------------------------------
# Israel


def il_check(body8: str) -> str:
    total = 0
    for i, ch in enumerate(body8):
        product = int(ch) * (1 if i % 2 == 0 else 2)
        total += product - 9 if product > 9 else product
    return str((10 - total % 10) % 10)


def il_number(rng: random.Random, *, company: bool = True) -> str:
    """A company number (ח.פ., `51…`) or a licensed dealer's identity number (ע.מ.), nine digits with the check digit."""
    body = (rng.choice(["51", "51", "51", "51", "52", "55"]) + f"{rng.randrange(10**6):06d}") if company else f"{rng.randrange(10**7, 4 * 10**7):08d}"
    return body + il_check(body)


def il_number_valid(number: str) -> bool:
    digits = number.replace("-", "")
    return len(digits) == 9 and digits.isdigit() and il_check(digits[:8]) == digits[8]


IL_PLACES = [("Tel Aviv-Yafo", "תל אביב-יפו", [("Rothschild Blvd", "שדרות רוטשילד"), ("Derech Menachem Begin", "דרך מנחם בגין"), ("HaBarzel St", "הברזל"),
                                                ("Ibn Gabirol St", "אבן גבירול"), ("HaArba'a St", "הארבעה")], ["6688101", "6713401", "6971008", "6473917"]),
             ("Herzliya", "הרצליה", [("Abba Eban Blvd", "שדרות אבא אבן"), ("HaMenofim St", "המנופים"), ("Maskit St", "משכית")], ["4672514", "4672562", "4672609"]),
             ("Petah Tikva", "פתח תקווה", [("Jabotinsky St", "ז'בוטינסקי"), ("HaSivim St", "הסיבים"), ("Ahad Ha'Am St", "אחד העם")], ["4951132", "4927937", "4900000"]),
             ("Jerusalem", "ירושלים", [("Jaffa St", "יפו"), ("HaRav Kook St", "הרב קוק"), ("Kanfei Nesharim St", "כנפי נשרים")], ["9414216", "9546409", "9103401"]),
             ("Haifa", "חיפה", [("HaAtzmaut Rd", "דרך העצמאות"), ("Matam", "מת\"ם"), ("Ha'Namal St", "הנמל")], ["3303123", "3508409", "3303201"]),
             ("Rishon LeZion", "ראשון לציון", [("Sderot Rothschild", "שדרות רוטשילד"), ("HaYetsira St", "היצירה")], ["7570503", "7565505"]),
             ("Ra'anana", "רעננה", [("Ahuza St", "אחוזה"), ("HaTa'asiya St", "התעשייה")], ["4365405", "4366416"]),
             ("Netanya", "נתניה", [("Herzl St", "הרצל"), ("HaMelacha St", "המלאכה")], ["4250512", "4250421"])]
IL_WORDS = ([("Orbit", "אורביט"), ("Galil", "גליל"), ("Negev", "נגב"), ("Keshet", "קשת"), ("Yarden", "ירדן"), ("Carmel", "כרמל"), ("Shemesh", "שמש"),
             ("Tamar", "תמר"), ("Ofek", "אופק"), ("Argaman", "ארגמן"), ("Eitan", "איתן"), ("Noga", "נוגה")],
            [("Technologies", "טכנולוגיות"), ("Systems", "מערכות"), ("Engineering", "הנדסה"), ("Logistics", "לוגיסטיקה"), ("Software", "תוכנה"),
             ("Marketing", "שיווק"), ("Construction", "בנייה"), ("Consulting", "ייעוץ"), ("Food Industries", "תעשיות מזון")],
            [("Ltd.", "בע\"מ"), ("Ltd.", "בע\"מ"), ("Ltd", "בע\"מ")])


IL_PEOPLE = [("David Cohen", "דוד כהן"), ("Yossi Levi", "יוסי לוי"), ("Michal Mizrahi", "מיכל מזרחי"), ("Noa Peretz", "נועה פרץ"),
             ("Avi Biton", "אבי ביטון"), ("Ronit Friedman", "רונית פרידמן"), ("Eyal Shapira", "אייל שפירא"), ("Tamar Katz", "תמר כץ")]


def il_party(rng: random.Random, *, sole: bool = False) -> Party:
    """An Israeli business with its English and Hebrew names and address lines; a company (ח.פ. 51…) or, `sole`,
    a licensed dealer (עוסק מורשה) trading under the owner's name with the owner's identity number."""
    (brand, brand_he), (trade, trade_he), (form, form_he) = (rng.choice(part) for part in IL_WORDS)
    city, city_he, streets, codes = rng.choice(IL_PLACES)
    (street, street_he), n, code = rng.choice(streets), rng.randrange(1, 160), rng.choice(codes)
    if sole:
        person, person_he = rng.choice(IL_PEOPLE)
        name, name_he = f"{person} {trade}", f"{person_he} {trade_he}"
    else:
        name, name_he = f"{brand} {trade} {form}", f"{brand_he} {trade_he} {form_he}"
    party = Party(name=name, address=[f"{n} {street}", f"{city} {code}"], country="IL", tax_id=il_number(rng, company=not sole),
                  phone=f"0{rng.choice(['3', '3', '9', '2', '4', '8'])}-{rng.randrange(500, 999)}-{rng.randrange(1000, 9999)}")
    party.extra["he_name"] = name_he
    party.extra["he_street"], party.extra["he_city"] = f"{street_he} {n}", f"{city_he} {code}"
    party.extra["sole"] = "1" if sole else ""
    dom = domain(brand if not sole else person.split()[1])
    party.email = f"{rng.choice(['billing', 'finance', 'office', 'info'])}@{dom}"
    return party


def il_hebrew(party: Party) -> Party:
    """The same business as its Hebrew print names it: Hebrew name and address lines, same number."""
    return Party(name=party.extra["he_name"], address=[party.extra["he_street"], party.extra["he_city"]], country="IL", tax_id=party.tax_id,
                 phone=party.phone, email=party.email, extra=dict(party.extra))


# --------------------------------------------------------------------------------------------------
# Egypt


def eg_trn(rng: random.Random) -> str:
    return f"{rng.choice([1, 2, 3, 4, 5, 2, 3])}{rng.randrange(10**7, 10**8)}"


def eg_uuid(rng: random.Random) -> str:
    """An ETA document UUID as the portal prints it: 26 upper-case base-32 characters."""
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    return "".join(rng.choice(alphabet) for _ in range(24)) + rng.choice(["10", "10", "20", "00"])


EG_PLACES = [("Cairo", "القاهرة", ["Nasr City", "Maadi", "Heliopolis", "New Cairo", "Downtown", "Zamalek"], ["Abbas El Akkad St.", "Road 9", "El Thawra St.", "90th St.", "Talaat Harb St."]),
             ("Giza", "الجيزة", ["Dokki", "Mohandessin", "6th of October City", "Sheikh Zayed City"], ["Tahrir St.", "Gameat El Dowal El Arabia St.", "Central Axis"]),
             ("Alexandria", "الإسكندرية", ["Smouha", "Sidi Gaber", "Borg El Arab", "Miami"], ["Fawzy Moaz St.", "Abu Qir St.", "Industrial Zone 3"]),
             ("Qalyubia", "القليوبية", ["Obour City", "Shubra El Kheima", "Qalyub"], ["Industrial Zone A", "Cairo-Ismailia Desert Rd."]),
             ("Sharqia", "الشرقية", ["10th of Ramadan City", "Zagazig"], ["Industrial Zone B1", "El Galaa St."]),
             ("Port Said", "بورسعيد", ["El Sharq", "Port Fouad"], ["El Gomhoreya St.", "Palestine St."])]
EG_WORDS = ([("Nile", "النيل"), ("Delta", "الدلتا"), ("Pyramids", "الأهرام"), ("Sinai", "سيناء"), ("Horus", "حورس"), ("Memphis", "منف"),
             ("Misr", "مصر"), ("Al Nour", "النور"), ("Luxor", "الأقصر"), ("Red Sea", "البحر الأحمر")],
            [("Trading", "للتجارة"), ("Pharmaceuticals", "للأدوية"), ("Engineering", "للهندسة"), ("Food Industries", "للصناعات الغذائية"),
             ("Logistics", "للخدمات اللوجستية"), ("Software", "للبرمجيات"), ("Steel", "للصلب"), ("Packaging", "للتعبئة والتغليف")],
            [("S.A.E.", "ش.م.م"), ("S.A.E.", "ش.م.م"), ("LLC", "ذ.م.م")])


def eg_party(rng: random.Random) -> Party:
    (brand, brand_ar), (trade, trade_ar), (form, form_ar) = (rng.choice(part) for part in EG_WORDS)
    governorate, _gov_ar, districts, streets = rng.choice(EG_PLACES)
    building = rng.randrange(1, 220)
    lines = [f"{building} {rng.choice(streets)}", f"{rng.choice(districts)}, {governorate}"]
    party = Party(name=f"{brand} {trade} {form}", address=lines, country="EG", tax_id=eg_trn(rng),
                  phone=f"+20 {rng.choice(['2', '2', '3', '13', '55', '66'])} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}")
    party.extra["ar_name"] = f"شركة {brand_ar} {trade_ar} {form_ar}"
    party.extra["brand"], party.extra["brand_ar"] = brand, brand_ar
    party.extra["activity"] = rng.choice(["4649", "4690", "2100", "6201", "1079", "4520", "2410", "1702", "4663"])
    party.extra["building"], party.extra["governorate"] = str(building), governorate
    dom = domain(brand.replace(" ", ""))
    party.email = f"{rng.choice(['einvoice', 'accounts', 'finance'])}@{dom}"
    return party


# --------------------------------------------------------------------------------------------------
# Lithuania


def lt_check(body: str) -> str:
    check = sum((1 + i % 9) * int(d) for i, d in enumerate(body)) % 11
    if check == 10:
        check = sum((1 + (i + 2) % 9) * int(d) for i, d in enumerate(body)) % 11
    return str(check % 10)


def lt_vat(rng: random.Random) -> str:
    """PVM mokėtojo kodas: `LT` + nine digits, the eighth `1`, the ninth the check digit."""
    body = f"{rng.randrange(10**6, 10**7)}1"
    return f"LT{body}{lt_check(body)}"


def lt_vat_valid(printed: str) -> bool:
    digits = printed.replace(" ", "").removeprefix("LT")
    return len(digits) == 9 and digits.isdigit() and digits[7] == "1" and lt_check(digits[:8]) == digits[8]


def lt_company_code(rng: random.Random) -> str:
    body = f"{rng.choice(['30', '30', '30', '12', '11', '17'])}{rng.randrange(10**5, 10**6)}"
    return body + lt_check(body)


def lt_iban(rng: random.Random) -> str:
    bban = rng.choice(["73000", "70440", "72300", "40100", "32500"]) + "".join(str(rng.randrange(10)) for _ in range(11))
    numeric = "".join(str(int(ch, 36)) for ch in bban + "LT00")
    raw = f"LT{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


LT_BANKS = {"73000": "„Swedbank“, AB", "70440": "AB SEB bankas", "72300": "Citadele bankas", "40100": "Luminor Bank AS Lietuvos skyrius", "32500": "Revolut Bank UAB"}
LT_PLACES = [("Vilnius", ["Gedimino pr.", "Konstitucijos pr.", "Savanorių pr.", "Ukmergės g.", "Verkių g.", "J. Jasinskio g."], ["01103", "09308", "03154", "08105", "09109", "01111"]),
             ("Kaunas", ["Laisvės al.", "Savanorių pr.", "Pramonės pr.", "K. Baršausko g."], ["44309", "50101", "51329", "51423"]),
             ("Klaipėda", ["Taikos pr.", "Minijos g.", "Šilutės pl."], ["94102", "93234", "94101"]),
             ("Šiauliai", ["Vilniaus g.", "Pramonės g.", "Tilžės g."], ["76285", "78137", "76317"]),
             ("Panevėžys", ["Respublikos g.", "Klaipėdos g.", "Pramonės g."], ["35173", "35193", "35100"])]
LT_WORDS = (["Baltijos", "Nemuno", "Vilniaus", "Žalgirio", "Neries", "Gintaro", "Aukštaitijos", "Dzūkijos", "Kuršių", "Ąžuolo", "Šilo", "Trakų"],
            ["prekyba", "logistika", "statyba", "technologijos", "sprendimai", "baldai", "maisto produktai", "servisas", "konsultacijos", "spaustuvė"],
            ["UAB", "UAB", "UAB", "UAB", "AB", "MB", "IĮ"])
LT_PEOPLE = (["Jonas", "Tomas", "Lina", "Rūta", "Mantas", "Eglė", "Darius", "Aistė"], ["Kazlauskas", "Petrauskienė", "Jankauskas", "Stankevičiūtė", "Vasiliauskas", "Žukauskaitė"])


def lt_party(rng: random.Random, *, person: bool = False) -> Party:
    city, streets, codes = rng.choice(LT_PLACES)
    line = f"{rng.choice(streets)} {rng.randrange(1, 180)}" + (f"-{rng.randrange(1, 90)}" if rng.random() < 0.25 else "")
    address = [f"{line}, LT-{rng.choice(codes)} {city}"] if rng.random() < 0.55 else [line, f"LT-{rng.choice(codes)} {city}"]
    if person:
        return Party(name=" ".join(rng.choice(part) for part in LT_PEOPLE), address=address, country="LT", tax_id=None)
    place, trade, form = (rng.choice(part) for part in LT_WORDS)
    quoted = rng.choice(["„{}“", "„{}“", '"{}"'])
    name = f"{form} " + quoted.format(f"{place} {trade}")
    if rng.random() < 0.15:
        name = quoted.format(f"{place} {trade}") + f", {form}"
    party = Party(name=name, address=address, country="LT", tax_id=lt_vat(rng),
                  phone=f"+370 {rng.choice(['5', '37', '46', '41', '45', '6'])}{rng.randrange(10**6, 10**7)}")
    party.extra["company_code"] = lt_company_code(rng)
    party.extra["iban"] = lt_iban(rng)
    party.extra["bank"] = LT_BANKS[party.extra["iban"].replace(" ", "")[4:9]]
    dom = domain(place.replace("Ž", "Z").replace("Š", "S").replace("Ą", "A"))
    party.email = f"{rng.choice(['saskaitos', 'buhalterija', 'info', 'apskaita'])}@{dom}"
    return party


_LT_ONES = ["", "vienas", "du", "trys", "keturi", "penki", "šeši", "septyni", "aštuoni", "devyni"]
_LT_TEENS = ["dešimt", "vienuolika", "dvylika", "trylika", "keturiolika", "penkiolika", "šešiolika", "septyniolika", "aštuoniolika", "devyniolika"]
_LT_TENS = ["", "", "dvidešimt", "trisdešimt", "keturiasdešimt", "penkiasdešimt", "šešiasdešimt", "septyniasdešimt", "aštuoniasdešimt", "devyniasdešimt"]


def lt_plural(n: int, forms: tuple[str, str, str]) -> str:
    """1 / 21 euras, 2-9 / 22 eurai, 10-20 / 30 eurų."""
    if n % 10 == 0 or 11 <= n % 100 <= 19:
        return forms[2]
    return forms[0] if n % 10 == 1 else forms[1]


def _lt_triple(n: int) -> list[str]:
    words = []
    if n >= 100:
        words += (["šimtas"] if n // 100 == 1 else [_LT_ONES[n // 100], "šimtai"])
    rest = n % 100
    if 10 <= rest < 20:
        words.append(_LT_TEENS[rest - 10])
    else:
        words += [w for w in (_LT_TENS[rest // 10], _LT_ONES[rest % 10]) if w]
    return words


def words_lt(value: Decimal) -> str:
    """Suma žodžiais: `Vienas tūkstantis du šimtai trisdešimt keturi eurai 56 ct`."""
    euros = int(value)
    cents = int((value - euros) * 100)
    words: list[str] = []
    for size, forms in ((10**6, ("milijonas", "milijonai", "milijonų")), (1000, ("tūkstantis", "tūkstančiai", "tūkstančių"))):
        part = euros // size % 1000
        if part:
            words += _lt_triple(part) + [lt_plural(part, forms)]
    words += _lt_triple(euros % 1000)
    text = " ".join(words) if words else "nulis"
    text = f"{text} {lt_plural(euros, ('euras', 'eurai', 'eurų'))} {cents:02d} ct"
    return text[0].upper() + text[1:]


LT_MONTHS = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"]


# --------------------------------------------------------------------------------------------------
# Bangladesh


def bd_bin(rng: random.Random) -> str:
    """Business Identification Number as printed on Mushak forms: nine digits and the four-digit branch part."""
    return f"{rng.randrange(10**6, 10**9):09d}-{rng.choice(['0101', '0101', '0102', '0103', '0201', '0202'])}"


BD_PLACES = [("Dhaka", ["House {n}, Road {r}, Dhanmondi", "House {n}, Road {r}, Gulshan-1", "Plot {n}, Road {r}, Banani", "{n} Motijheel C/A",
                        "House {n}, Sector {r}, Uttara"], ["1205", "1212", "1213", "1000", "1230"]),
             ("Chattogram", ["{n} Agrabad C/A", "Plot {n}, CEPZ", "{n} Sheikh Mujib Road, Agrabad"], ["4100", "4223", "4100"]),
             ("Gazipur", ["Plot {n}, BSCIC I/A, Tongi", "{n} Dhaka-Mymensingh Highway, Joydebpur"], ["1710", "1700"]),
             ("Narayanganj", ["{n} B.B. Road, Chashara", "Plot {n}, Adamjee EPZ"], ["1400", "1431"]),
             ("Savar, Dhaka", ["Plot {n}, Dhaka EPZ", "{n} Nabinagar-Chandra Road"], ["1349", "1340"])]
BD_WORDS = (["Padma", "Meghna", "Jamuna", "Karnaphuli", "Sundarban", "Rupsha", "Teesta", "Surma", "Bengal", "Golden Harvest"],
            ["Textiles", "Traders", "Pharmaceuticals", "Agro Industries", "Steel Mills", "Electronics", "Packaging", "Foods", "IT Solutions", "Ceramics"],
            ["Ltd.", "Ltd.", "Limited", "PLC", "& Co."])


def bd_party(rng: random.Random) -> Party:
    brand, trade, form = (rng.choice(part) for part in BD_WORDS)
    name = f"{brand} {trade} {form}" if form != "& Co." else f"{brand} {trade} & Co."
    city, patterns, codes = rng.choice(BD_PLACES)
    line = rng.choice(patterns).format(n=rng.randrange(1, 120), r=rng.randrange(1, 40))
    address = [line, f"{city}-{rng.choice(codes)}"] if rng.random() < 0.6 else [line, city]
    party = Party(name=name, address=address, country="BD", tax_id=bd_bin(rng),
                  phone=f"+880 {rng.choice(['2', '31', '1711', '1819', '1912'])} {rng.randrange(100000, 9999999)}")
    party.extra["tin"] = f"{rng.randrange(10**11, 10**12)}"
    dom = domain(brand.replace(" ", ""))
    party.email = f"{rng.choice(['accounts', 'vat', 'info', 'sales'])}@{dom}"
    return party


def words_taka(value: Decimal) -> str:
    """`Taka One Lakh Twenty Three Thousand Four Hundred Fifty Six and Fifty Paisa Only` (crore / lakh / thousand)."""
    from corpus.holdout.money import words_indian

    return words_indian(value).replace("Rupees", "Taka", 1).replace("Paise", "Paisa")


# --------------------------------------------------------------------------------------------------
# French shops (till receipts)

FR_SHOP_PLACES = FR_PLACES + [("69002", "Lyon"), ("06000", "Nice"), ("35000", "Rennes"), ("34000", "Montpellier"), ("75015", "Paris"),
                              ("92100", "Boulogne-Billancourt"), ("38000", "Grenoble"), ("21000", "Dijon")]
FR_SHOP_STREETS = FR_STREETS + ["rue du Faubourg Saint-Antoine", "avenue de la Libération", "cours Lafayette", "rue Nationale", "place de la Mairie",
                                "centre commercial Les Arcades", "avenue du Général de Gaulle", "rue Gambetta"]


def fr_shop(rng: random.Random, kind: str) -> Party:
    """A French shop as its till prints it: a sign in capitals, the street and `69002 LYON`, SIRET and often the TVA number."""
    signs = {"supermarche": ["CARREFOUR CITY", "U EXPRESS", "INTERMARCHÉ CONTACT", "FRANPRIX", "MONOPRIX", "SPAR SUPERMARCHÉ", "PROXI", "LA VIE CLAIRE",
                             "BIOCOOP DES LILAS", "NETTO"],
             "boulangerie": ["BOULANGERIE PÂTISSERIE DUPONT", "AU PAIN DORÉ", "MAISON LEBLANC", "LA FOURNÉE DU MARCHÉ", "BOULANGERIE DES HALLES",
                             "L'ÉPI GOURMAND", "AUX DÉLICES DE CLARA"],
             "brasserie": ["BRASSERIE LE CENTRAL", "CAFÉ DE LA PAIX", "LE BISTROT DU PORT", "RESTAURANT LES TILLEULS", "LE COMPTOIR GAMBETTA",
                           "CHEZ MARCEL", "LA TABLE D'ANTOINE"]}[kind]
    name = rng.choice(signs)
    pc, city = rng.choice(FR_SHOP_PLACES)
    street = f"{rng.randrange(1, 180)}{rng.choice(['', '', '', ' bis', ' ter'])} {rng.choice(FR_SHOP_STREETS)}"
    upper = rng.random() < 0.6
    lines = [street.upper() if upper else street, f"{pc} {city.upper() if upper or rng.random() < 0.5 else city}"]
    s = siren(rng)
    party = Party(name=name, address=lines, country="FR", tax_id=fr_vat(s),
                  phone=f"0{rng.randrange(1, 6)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}")
    party.extra["siren"], party.extra["siret"] = s, siret(rng, s)
    party.extra["ape"] = {"supermarche": rng.choice(["4711B", "4711C", "4711D", "4711F"]), "boulangerie": rng.choice(["1071C", "1071D"]),
                          "brasserie": rng.choice(["5610A", "5630Z"])}[kind]
    party.extra["legal"] = rng.choice([f"SAS {city.upper()} DISTRIBUTION", f"SARL {name.split()[-1]}", f"SAS {name.split()[-1]} {pc[:2]}",
                                       f"EURL {name.split()[-1]}"])
    return party
