"""Parties and identifiers for the eighteenth set: dental practices in Australia, the United Kingdom and the United States
(ABN, provider, GDC and NPI numbers — the NPI with its Luhn check digit over 80840 —, ADA item numbers and CDT codes);
Zimbabwean traders (ZIMRA TIN and VAT number, FDMS verification codes, the ZiG rate of the day) and Ethiopian ones (TIN,
VAT registration number); Philippine point-of-sale ids (MIN, permit to use, the POS supplier's accreditation); Canadian
public-sector payers; American construction projects and schedules of values; Nepali firms (PAN, the fiscal year, Bikram
Sambat dates converted from a month-length table, the amount in words in lakh and paisa); Kazakh companies (БИН / ИИН with
the two-pass mod-11 check digit, ИИК as a KZ IBAN, БИК, Кбе, the amount in Russian words in tenge and tiyn) and Georgian
ones (საიდენტიფიკაციო კოდი, GE IBAN). Written without reading the engine."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.fakes import PLACE_WORDS, Party, abn, address, domain, phone, uk_vat
from corpus.holdout.fakes_fifteenth import iban_for
from corpus.holdout.fakes_thirteenth import _ru_triple, ru_plural
from corpus.holdout.money import words_english, words_indian

# --------------------------------------------------------------------------------------------------
# Dental practices: the practice (a company), its dentists and their registration numbers; fee items per country


DENTAL_KINDS = ["Dental", "Family Dental", "Dental Care", "Smile Studio", "Dental Centre", "Dental Group"]
DENTAL_FORMS = {"AU": ["Pty Ltd", "Pty Ltd", "Pty. Ltd."], "GB": ["Ltd", "Ltd", "Limited", "LLP"], "US": ["PLLC", "DDS, PC", "P.C.", "LLC"]}
DENTISTS = ["Sarah Lim", "James Okafor", "Priya Raman", "Daniel Whitfield", "Emma Kowalski", "Tom Harper", "Aisha Rahman", "Lucy Brennan", "Marco Rossi"]
# AU: ADA item number, description, low, high (fees in AUD; radiographs by the film)
AU_ITEMS = [("011", "Comprehensive oral examination", 65, 110), ("012", "Periodic oral examination", 50, 80),
            ("022", "Intraoral periapical or bitewing radiograph - per exposure", 35, 55), ("037", "Panoramic radiograph - per exposure", 95, 140),
            ("114", "Removal of calculus - first appointment", 110, 170), ("115", "Removal of calculus - subsequent appointment", 60, 100),
            ("121", "Topical application of remineralisation agent - one treatment", 35, 55), ("311", "Removal of a tooth or part(s) thereof", 180, 280),
            ("415", "Complete chemo-mechanical preparation of root canal - one canal", 380, 520),
            ("531", "Adhesive restoration - one surface - posterior tooth - direct", 150, 220),
            ("532", "Adhesive restoration - two surfaces - posterior tooth - direct", 190, 270), ("613", "Full crown - non-metallic - indirect", 1500, 2200)]
AU_FUNDS = ["Bupa", "Medibank", "HCF", "nib", "HBF", "Australian Unity"]
US_ITEMS = [("D0120", "Periodic oral evaluation - established patient", 55, 95), ("D0150", "Comprehensive oral evaluation - new or established patient", 85, 150),
            ("D0210", "Intraoral - comprehensive series of radiographic images", 120, 190), ("D0274", "Bitewings - four radiographic images", 60, 95),
            ("D1110", "Prophylaxis - adult", 95, 160), ("D1206", "Topical application of fluoride varnish", 35, 60),
            ("D2391", "Resin-based composite - one surface, posterior", 160, 260), ("D2392", "Resin-based composite - two surfaces, posterior", 210, 320),
            ("D2740", "Crown - porcelain/ceramic", 1100, 1700), ("D3330", "Endodontic therapy, molar tooth", 1000, 1500),
            ("D7140", "Extraction, erupted tooth or exposed root", 150, 280), ("D4341", "Periodontal scaling and root planing - four or more teeth per quadrant", 200, 320)]
US_INSURERS = ["Delta Dental PPO", "MetLife Dental", "Cigna Dental PPO", "Guardian DentalGuard", "Aetna Dental PPO"]
GB_ITEMS = [("Examination (new patient)", 60, 95), ("Examination (existing patient)", 45, 70), ("Small X-rays (2)", 20, 40), ("Hygienist appointment (30 min)", 55, 85),
            ("White filling - medium", 120, 180), ("Root canal treatment - molar", 450, 750), ("Porcelain crown", 550, 850), ("Simple extraction", 90, 150),
            ("Emergency appointment", 60, 95), ("Night guard", 180, 320)]


def dental_practice(rng: random.Random, country: str) -> Party:
    name = f"{rng.choice(PLACE_WORDS['en'])} {rng.choice(DENTAL_KINDS)} {rng.choice(DENTAL_FORMS[country])}"
    party = Party(name=name, address=address(rng, country), country=country, phone=phone(rng, country))
    party.tax_id = abn(rng) if country == "AU" else (uk_vat(rng) if rng.random() < 0.3 else None) if country == "GB" else None
    dentist = rng.choice(DENTISTS)
    if country == "AU":
        party.extra["provider"] = f"{rng.randrange(10**5, 10**6)}{rng.choice('ABCDEFGHJK')}{rng.choice('ABCDEFGHJKLMNPQRTWXY')}"
        party.extra["dentist"] = f"Dr {dentist} BDSc"
    elif country == "GB":
        party.extra["provider"] = f"GDC No. {rng.randrange(50000, 299999)}"
        party.extra["dentist"] = f"Dr {dentist} BDS"
    else:
        party.extra["provider"] = f"NPI {_luhn_npi(rng)}"
        party.extra["dentist"] = f"{dentist}, DDS"
    party.email = f"{rng.choice(['reception', 'accounts', 'hello'])}@{domain(name)}"
    return party


def _luhn_npi(rng: random.Random) -> str:
    """A ten-digit NPI whose check digit follows the Luhn rule over the prefix 80840."""
    body = f"1{rng.randrange(10**7, 10**8)}"
    digits = "80840" + body
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def npi_valid(number: str) -> bool:
    digits = "80840" + number
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return len(number) == 10 and total % 10 == 0


# --------------------------------------------------------------------------------------------------
# Zimbabwe: ZIMRA TIN (10 digits) and VAT number (9 digits), FDMS device id, fiscal day, verification code; ZiG per USD


def zw_verification(rng: random.Random) -> str:
    return "-".join("".join(rng.choice("0123456789ABCDEF") for _ in range(4)) for _ in range(4))


def zwg_rate(day: date, rng: random.Random) -> Decimal:
    """The ZiG's interbank rate on the day, roughly as it moved: about 13.5-14 until the September 2024 devaluation, about 25 after,
    about 26.5-27 through 2025 (four decimals, as banks quote it)."""
    if day < date(2024, 9, 27):
        low, high = 13.40, 14.05
    elif day < date(2025, 1, 1):
        low, high = 24.80, 25.90
    else:
        low, high = 26.40, 27.10
    return Decimal(f"{rng.uniform(low, high):.4f}")


ZW_PLACES = [("Stand {n}, Msasa Industrial Area", "Harare"), ("{n} Samora Machel Avenue", "Harare"), ("{n} Jason Moyo Avenue", "Harare"),
             ("Stand {n}, Workington", "Harare"), ("{n} Borrowdale Road, Borrowdale", "Harare"), ("{n} Fife Street", "Bulawayo"),
             ("Stand {n}, Belmont Industrial", "Bulawayo"), ("{n} Herbert Chitepo Street", "Mutare"), ("{n} Robert Mugabe Way", "Gweru"),
             ("Stand {n}, Light Industrial Area", "Masvingo")]
ZW_WORDS = (["Msasa", "Zambezi", "Matopos", "Kariba", "Nyanga", "Chimanimani", "Great Zimbabwe", "Mazowe", "Limpopo", "Hwange", "Sabi", "Mukuvisi"],
            ["Hardware", "Agro Supplies", "Building Materials", "Motors", "Engineering", "Distributors", "Solar Solutions", "Office Supplies", "Pharmaceuticals"],
            ["(Pvt) Ltd", "(Private) Limited", "(Pvt) Ltd", "Holdings (Pvt) Ltd"])


def zw_party(rng: random.Random) -> Party:
    word, trade, form = (rng.choice(part) for part in ZW_WORDS)
    street, city = rng.choice(ZW_PLACES)
    party = Party(name=f"{word} {trade} {form}" if rng.random() < 0.7 else f"{word.upper()} {trade.upper()} {form.upper()}",
                  address=[street.format(n=rng.randrange(2, 980)), city], country="ZW",
                  phone=f"+263 {rng.choice(['242', '292', '20', '54', '77', '78', '71'])} {rng.randrange(100, 999)} {rng.randrange(100, 999)}")
    party.tax_id = f"22{rng.randrange(10**6, 10**7)}"
    party.extra.update({"tin": f"2000{rng.randrange(10**5, 10**6)}", "city": city,
                        "bank": rng.choice(["CBZ Bank", "Stanbic Bank Zimbabwe", "FBC Bank", "Steward Bank", "NMB Bank", "CABS"]),
                        "account": f"{rng.randrange(10**12, 10**13)}"})
    party.email = f"{rng.choice(['accounts', 'sales', 'info', 'invoices'])}@{domain(word)}"
    return party


# Ethiopia: TIN (10 digits, leading zeros kept), VAT registration number, fiscal printer FS No. and MRC

ET_PLACES = [("Bole Sub City, Woreda {w}", "Addis Ababa"), ("Kirkos Sub City, Woreda {w}", "Addis Ababa"), ("Yeka Sub City, Woreda {w}", "Addis Ababa"),
             ("Lideta Sub City, Woreda {w}", "Addis Ababa"), ("Kolfe Keranio Sub City, Woreda {w}", "Addis Ababa"), ("Kebele {w}", "Adama"),
             ("Kebele {w}", "Hawassa"), ("Kebele {w}", "Bahir Dar"), ("Kebele {w}", "Dire Dawa")]
ET_WORDS = (["Abyssinia", "Entoto", "Awash", "Tana", "Sheger", "Simien", "Selam", "Abay", "Ras Dashen", "Lalibela", "Omo", "Gihon"],
            ["Trading", "General Trading", "Construction Materials", "Agro Industry", "Pharmaceuticals Import", "Office Equipment", "Engineering"],
            ["PLC", "PLC", "PLC", "S.C."])


def et_party(rng: random.Random) -> Party:
    word, trade, form = (rng.choice(part) for part in ET_WORDS)
    area, city = rng.choice(ET_PLACES)
    party = Party(name=f"{word} {trade} {form}", address=[area.format(w=f"{rng.randrange(1, 15):02d}"), f"H.No. {rng.randrange(100, 2999)}", city],
                  country="ET", phone=f"+251 {rng.choice(['11', '11', '22', '46', '58', '25'])} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}")
    party.tax_id = f"000{rng.randrange(10**6, 10**7)}"
    party.extra.update({"vat_no": f"{rng.randrange(10**7, 10**8)}", "city": city})
    party.email = f"{rng.choice(['info', 'sales', 'finance'])}@{domain(word)}"
    return party


def words_birr(value: Decimal) -> str:
    return words_english(value, "Birr", "Cents")


# --------------------------------------------------------------------------------------------------
# Philippines: point-of-sale ids (MIN, serial number, PTU, the POS supplier's accreditation)


def ph_min(rng: random.Random) -> str:
    return f"{rng.randrange(14, 24)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{rng.randrange(10**10, 10**11)}"


def ph_ptu(rng: random.Random, year: int) -> str:
    return f"FP{rng.randrange(1, 13):02d}{year}-{rng.choice(['116', '043', '050', '081'])}-{rng.randrange(10**6, 10**7):07d}-{rng.choice(['00000', '00001', '00003'])}"


def ph_accreditation(rng: random.Random) -> str:
    return f"{rng.choice(['043', '050', '081'])}{rng.randrange(10**12, 10**13)}{rng.randrange(2014, 2021)}{rng.randrange(10**4, 10**5)}"


# --------------------------------------------------------------------------------------------------
# Canada: public-sector and large payers that send EFT payment advices

CA_PAYERS = [
    ("Corporation of the Town of Kingsmere", ["Finance Department - Accounts Payable", "220 Lakeshore Road", "Kingsmere ON L9Y 2K4"], "en"),
    ("Eastmount University", ["Financial Services, Room 114", "1280 College Avenue", "Halifax NS B3H 4R2"], "en"),
    ("Northshore Regional Health Authority", ["Accounts Payable", "PO Box 4400 Stn Main", "Thunder Bay ON P7B 6G2"], "en"),
    ("Fraser Ridge School District No. 48", ["Business Office", "33046 Fourth Avenue", "Mission BC V2V 1S5"], "en"),
    ("Bellhaven Regional Transit Commission", ["Accounts Payable Section", "500 Transit Way", "Winnipeg MB R3C 4T3"], "en"),
    ("Regional Municipality of Grand Valley", ["Corporate Finance - Accounts Payable", "150 Frederick Street, 3rd Floor", "Kitchener ON N2G 4J3"], "en"),
    ("Ville de Mont-Clairval", ["Service des finances - Comptes fournisseurs", "1200, boulevard des Laurentides", "Laval QC H7M 2Y2"], "fr"),
    ("Centre intégré de santé et de services sociaux de la Haute-Rive", ["Direction des ressources financières", "355, boulevard Saint-Joseph",
                                                                         "Gatineau QC J8Y 3Z5"], "fr"),
    ("Municipalité de Saint-Aurèle-des-Monts", ["Trésorerie", "45, rue de l'Église", "Saint-Sauveur QC J0R 1R0"], "fr"),
]


# --------------------------------------------------------------------------------------------------
# United States: construction projects for pay applications

US_PROJECTS = ["Riverside Elementary School Renovation", "Maple Grove Medical Office Building", "Harbor Point Apartments - Phase 2",
               "County Road 14 Maintenance Facility", "Lakeview Senior Living Addition", "Westgate Retail Center Shell & Core",
               "Fire Station No. 7 Replacement", "Oak Hollow Community Library", "Summit Ridge Distribution Warehouse", "St. Anne Parish Hall Remodel"]
SOV_GC = [("General Conditions", 0.08), ("Mobilization", 0.02), ("Bonds & Insurance", 0.015), ("Sitework & Earthwork", 0.07), ("Site Utilities", 0.04),
          ("Concrete Foundations", 0.08), ("Slab on Grade", 0.04), ("Masonry", 0.06), ("Structural Steel", 0.08), ("Rough Carpentry", 0.03),
          ("Roofing & Sheet Metal", 0.04), ("Doors, Frames & Hardware", 0.025), ("Windows & Storefront", 0.04), ("Drywall & Framing", 0.06),
          ("Painting & Wallcovering", 0.02), ("Flooring", 0.03), ("Plumbing", 0.06), ("HVAC", 0.08), ("Electrical", 0.08), ("Fire Protection", 0.025),
          ("Landscaping", 0.015), ("Final Cleaning", 0.005)]
SOV_ELECTRICAL = [("Mobilization & Submittals", 0.03), ("Underground Conduit", 0.08), ("Service & Switchgear", 0.14), ("Branch Rough-In Level 1", 0.12),
                  ("Branch Rough-In Level 2", 0.11), ("Lighting Fixtures - Material", 0.12), ("Lighting Fixtures - Labor", 0.07), ("Fire Alarm System", 0.09),
                  ("Low Voltage / Data", 0.07), ("Generator & ATS", 0.1), ("Trim Out & Devices", 0.04), ("Testing & Closeout", 0.03)]


# --------------------------------------------------------------------------------------------------
# Nepal: PAN (9 digits), the Bikram Sambat calendar (months of BS 2079-2081, 14 April 2022 to 13 April 2025)

BS_MONTHS = ["Baishakh", "Jestha", "Ashadh", "Shrawan", "Bhadra", "Ashwin", "Kartik", "Mangsir", "Poush", "Magh", "Falgun", "Chaitra"]
BS_YEARS = {2079: (date(2022, 4, 14), [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30]),
            2080: (date(2023, 4, 14), [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30]),
            2081: (date(2024, 4, 13), [31, 31, 32, 32, 31, 30, 30, 30, 29, 30, 30, 30])}


def to_bs(day: date) -> tuple[int, int, int]:
    """(year, month, day) in Bikram Sambat for a date between 14 April 2022 and 13 April 2025."""
    for year, (start, months) in BS_YEARS.items():
        offset = (day - start).days
        if 0 <= offset < sum(months):
            for month, length in enumerate(months, 1):
                if offset < length:
                    return year, month, offset + 1
                offset -= length
    raise ValueError(f"{day} is outside BS 2079-2081")


def bs_fiscal_year(day: date) -> str:
    """Nepal's fiscal year starts on 1 Shrawan: `2080/81`."""
    year, month, _ = to_bs(day)
    first = year if month >= 4 else year - 1
    return f"{first}/{(first + 1) % 100:02d}"


NP_PLACES = [("New Baneshwor", "Kathmandu-10"), ("Putalisadak", "Kathmandu-31"), ("Teku", "Kathmandu-12"), ("Kalimati", "Kathmandu-13"),
             ("Balaju Industrial Area", "Kathmandu-16"), ("Thapathali", "Kathmandu-11"), ("Pulchowk", "Lalitpur-3"), ("Kupondole", "Lalitpur-10"),
             ("Sallaghari", "Bhaktapur-2"), ("Chipledhunga", "Pokhara-4"), ("Main Road", "Biratnagar-6"), ("Adarshanagar", "Birgunj-13")]
NP_WORDS = (["Himalayan", "Everest", "Sagarmatha", "Annapurna", "Gorkha", "Bagmati", "Lumbini", "Janakpur", "Machhapuchhre", "Kanchenjunga", "Trishuli"],
            ["Traders", "Hardware Suppliers", "Electronics", "Stationers", "Construction Suppliers", "Distributors", "Pharma", "Enterprises", "Tech Solutions"],
            ["Pvt. Ltd.", "Pvt. Ltd.", "Private Limited", ""])


def np_party(rng: random.Random) -> Party:
    word, trade, form = (rng.choice(part) for part in NP_WORDS)
    street, city = rng.choice(NP_PLACES)
    name = f"{word} {trade} {form}".strip()
    party = Party(name=name, address=[street, city], country="NP",
                  phone=f"{rng.choice(['01-44', '01-55', '01-42', '061-52', '021-47'])}{rng.randrange(10000, 99999)}")
    party.tax_id = f"{rng.choice(['30', '60', '60', '61'])}{rng.randrange(10**6, 10**7)}"
    party.email = f"{rng.choice(['info', 'accounts', 'sales'])}@{domain(word)}"
    return party


def words_npr(value: Decimal) -> str:
    """`Rupees One Lakh Twenty Thousand ... and Forty Paisa Only` (lakh and crore, as in Nepal)."""
    return words_indian(value).replace(" Paise", " Paisa")


# --------------------------------------------------------------------------------------------------
# Kazakhstan: БИН (12 digits: YYMM, entity type, attribute, serial, check: weights 1..11 mod 11, else 3..11,1,2 mod 11; a second
# 10 is never issued), ИИК = KZ IBAN (3-digit bank code, 13 characters), БИК, Кбе / КНП; the amount in Russian words


def kz_check(body: str) -> int | None:
    rest = sum(int(d) * w for d, w in zip(body, range(1, 12), strict=True)) % 11
    if rest == 10:
        rest = sum(int(d) * w for d, w in zip(body, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2], strict=True)) % 11
    return None if rest == 10 else rest


def kz_bin(rng: random.Random) -> str:
    while True:
        body = f"{rng.randrange(0, 25):02d}{rng.randrange(1, 13):02d}4{rng.choice('0001')}{rng.randrange(10**5):05d}"
        check = kz_check(body)
        if check is not None:
            return body + str(check)


def kz_iin(rng: random.Random) -> str:
    """An individual entrepreneur's ИИН: the birth date YYMMDD, century and sex, a serial and the check digit."""
    while True:
        born = date(1965, 1, 1) + timedelta(days=rng.randrange(0, 12000))
        body = f"{born.strftime('%y%m%d')}{rng.choice('34')}{rng.randrange(10**3, 10**4)}"
        check = kz_check(body)
        if check is not None:
            return body + str(check)


def kz_id_valid(number: str) -> bool:
    return len(number) == 12 and number.isdigit() and kz_check(number[:11]) == int(number[11])


KZ_BANKS = [("АО «Kaspi Bank»", "CASPKZKA", "722"), ("АО «Народный Банк Казахстана»", "HSBKKZKX", "601"), ("АО «ForteBank»", "IRTYKZKA", "965"),
            ("АО «Банк ЦентрКредит»", "KCJBKZKX", "826"), ("АО «First Heartland Jusan Bank»", "TSESKZKA", "998"), ("АО «Bank RBK»", "KINCKZKA", "821")]
KZ_PLACES = [("050000", "г. Алматы", ["пр. Абая", "ул. Толе би", "пр. Аль-Фараби", "ул. Кабанбай батыра", "ул. Жибек жолы", "пр. Райымбека"]),
             ("010000", "г. Астана", ["пр. Мангилик Ел", "пр. Республики", "ул. Сарайшык", "пр. Кабанбай батыра", "ул. Кенесары"]),
             ("160000", "г. Шымкент", ["пр. Тауке хана", "ул. Байтурсынова", "пр. Республики"]),
             ("100000", "г. Караганда", ["пр. Бухар жырау", "ул. Ерубаева", "пр. Строителей"]),
             ("030000", "г. Актобе", ["пр. Абилкайыр хана", "ул. Маресьева"]), ("060000", "г. Атырау", ["ул. Сатпаева", "пр. Азаттык"]),
             ("140000", "г. Павлодар", ["ул. Ак. Сатпаева", "ул. Торайгырова"])]
KZ_WORDS = (["Алтын Дала", "Каз", "Сарыарка", "Жетысу", "Арман", "Береке", "Кокшетау", "Алатау", "Тенгри", "Нур", "Самрук", "Шанырак"],
            ["Трейд", "СтройСнаб", "Логистик", "Сервис", "ТехноКом", "Энерго", "Агро", "Инжиниринг", "Маркет", "Фарм"],
            ["ТОО", "ТОО", "ТОО", "АО"])
KZ_PEOPLE = ["Ахметов А.Б.", "Сейтказиева Г.М.", "Нурланов Е.С.", "Ким В.П.", "Жумабаев Д.К.", "Омарова А.Т.", "Иванов С.Н.", "Бекова Ж.А."]


def kz_party(rng: random.Random, *, sole: bool = False) -> Party:
    word, trade, form = (rng.choice(part) for part in KZ_WORDS)
    index, city, streets = rng.choice(KZ_PLACES)
    person = rng.choice(KZ_PEOPLE)
    if sole:
        name = f"ИП {person}" if rng.random() < 0.5 else f"ИП «{word} {trade}»"
    else:
        name = f"{form} «{word}{trade}»" if rng.random() < 0.5 else f"{form} «{word} {trade}»"
    street = f"{rng.choice(streets)}, д. {rng.randrange(1, 280)}" + rng.choice(["", "", f", кв. {rng.randrange(1, 120)}", f", офис {rng.randrange(1, 60)}",
                                                                                f", н.п. {rng.randrange(1, 30)}"])
    party = Party(name=name, address=[f"{index}, {city}", street], country="KZ",
                  phone=f"+7 ({rng.choice(['727', '7172', '7252', '7212', '701', '705', '777'])}) {rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}")
    party.tax_id = kz_iin(rng) if sole else kz_bin(rng)
    bank, bik, code = rng.choice(KZ_BANKS)
    infix = rng.choice(["KZT", "", ""])
    account = infix + "".join(str(rng.randrange(10)) for _ in range(13 - len(infix)))
    party.extra.update({"bank": bank, "bik": bik, "iik": iban_for("KZ", code + account).replace(" ", ""), "person": person, "kbe": "19" if sole else "17"})
    party.email = f"{rng.choice(['info', 'buh', 'office', 'sales'])}@{domain(_kz_latin(word))}"
    return party


_KZ_LAT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s",
                                                          "t", "u", "f", "h", "ts", "ch", "sh", "sh", "", "y", "", "e", "yu", "ya"], strict=True))


def _kz_latin(word: str) -> str:
    return "".join(_KZ_LAT.get(ch, ch) for ch in word.lower() if ch != " ")


def words_kzt(value: Decimal) -> str:
    """1С's сумма прописью in tenge: `Сто двадцать три тысячи четыреста пятьдесят шесть тенге 00 тиын`."""
    whole = int(value)
    tiyn = int((value - whole) * 100)
    words: list[str] = []
    for size, forms, feminine in ((10**9, ("миллиард", "миллиарда", "миллиардов"), False), (10**6, ("миллион", "миллиона", "миллионов"), False),
                                  (1000, ("тысяча", "тысячи", "тысяч"), True)):
        part = whole // size % 1000
        if part:
            words += _ru_triple(part, feminine) + [ru_plural(part, forms)]
    words += _ru_triple(whole % 1000, False)
    text = f"{' '.join(words) if words else 'ноль'} тенге {tiyn:02d} тиын"
    return text[0].upper() + text[1:]


KZ_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]


# --------------------------------------------------------------------------------------------------
# Georgia: საიდენტიფიკაციო კოდი (9 digits), GE IBAN (2 bank letters + 16 digits), VAT 18 %

GE_BANKS = [("სს „თიბისი ბანკი“", "TBCBGE22", "TB"), ("სს „საქართველოს ბანკი“", "BAGAGE22", "BG"), ("სს „ლიბერთი ბანკი“", "LBRTGE22", "LB"),
            ("სს „ბაზისბანკი“", "CBASGE22", "BS")]
GE_PLACES = [("ქ. თბილისი", ["ვაჟა-ფშაველას გამზ.", "დავით აღმაშენებლის გამზ.", "ჭავჭავაძის გამზ.", "წერეთლის გამზ.", "კოსტავას ქ.", "პეკინის გამზ."]),
             ("ქ. ბათუმი", ["ჭავჭავაძის ქ.", "რუსთაველის ქ.", "გორგილაძის ქ."]), ("ქ. ქუთაისი", ["რუსთაველის გამზ.", "წერეთლის ქ."]),
             ("ქ. რუსთავი", ["მეგობრობის გამზ.", "კოსტავას ქ."])]
GE_WORDS = (["კავკასია", "ალაზანი", "მტკვარი", "ენგური", "ქართლი", "იმერეთი", "კახეთი", "მთაწმინდა", "ივერია", "ლაზიკა", "არაგვი", "რიონი"],
            ["ტრეიდი", "ლოჯისტიკა", "სერვისი", "ჯგუფი", "მშენებელი", "ტექნიკა", "ფარმა", "დისტრიბუცია", "ენერჯი", "ინჟინირინგი"],
            ["შპს", "შპს", "შპს", "სს"])
GE_PEOPLE = ["გიორგი ბერიძე", "ნინო კაპანაძე", "დავით გელაშვილი", "მარიამ ლომიძე", "ლევან ჯაფარიძე", "თამარ ხუციშვილი"]


def ge_party(rng: random.Random) -> Party:
    word, trade, form = (rng.choice(part) for part in GE_WORDS)
    city, streets = rng.choice(GE_PLACES)
    party = Party(name=f"{form} „{word} {trade}“", address=[city, f"{rng.choice(streets)} {rng.randrange(1, 160)}"], country="GE",
                  phone=f"+995 {rng.choice(['32', '422', '431', '341', '555', '577', '599'])} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}")
    party.tax_id = f"{rng.choice(['400', '404', '405', '406', '445', '205', '211'])}{rng.randrange(10**5, 10**6)}"
    bank, bic, code = rng.choice(GE_BANKS)
    party.extra.update({"bank": bank, "bic": bic, "iban": iban_for("GE", f"{code}{rng.randrange(10**15, 10**16)}").replace(" ", ""),
                        "person": rng.choice(GE_PEOPLE), "latin": _GE_LATIN.get(word, "geo")})
    party.email = f"{rng.choice(['info', 'office', 'finance'])}@{party.extra['latin']}.example"
    return party


_GE_LATIN = {"კავკასია": "kavkasia", "ალაზანი": "alazani", "მტკვარი": "mtkvari", "ენგური": "enguri", "ქართლი": "kartli", "იმერეთი": "imereti",
             "კახეთი": "kakheti", "მთაწმინდა": "mtatsminda", "ივერია": "iveria", "ლაზიკა": "lazika", "არაგვი": "aragvi", "რიონი": "rioni"}
