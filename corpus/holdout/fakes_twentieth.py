"""Parties and identifiers for the twentieth set: online marketplaces and payment processors that pay their sellers out
(settlement, deposit and payout ids, order numbers in three shapes); UK construction contractors and subcontractors under
the CIS (employer's PAYE and Accounts Office references, verification numbers) and Irish principals and subcontractors under
RCT (PPSN with its mod-23 check letter); Uruguayan companies (RUT with its mod-11 check digit, CFE series, CAE ranges,
security codes) and Paraguayan ones (RUC with its base-11 check digit, timbrado, the 44-digit CDC); Uzbek companies (STIR,
MXIK codes, the Latin-to-Cyrillic transliteration of Uzbek) and Azerbaijani ones (VÖEN, AZ IBAN, e-qaimə series); Mongolian
companies (ТТД, ДДТД, lottery numbers, MN IBAN); Armenian companies (ՀՎՀՀ, in Armenian and in Latin letters); German and
Austrian energy suppliers (market location id with its check digit, meter numbers, Austrian metering points); railway
operators, stations and booking codes in Germany, Austria, France, Italy and Spain. Written without reading the engine."""

from __future__ import annotations

import random
import string
from datetime import date

from corpus.holdout.fakes import FIRST_NAMES, SURNAMES, Party, address, domain, phone
from corpus.holdout.fakes_fifteenth import iban_for

# --------------------------------------------------------------------------------------------------
# Marketplaces and payment processors paying their sellers

# brand -> per country: (legal entity, address lines)
MARKETPLACES: dict[str, dict[str, tuple[str, list[str]]]] = {
    "Vendora": {
        "US": ("Vendora Services LLC", ["2200 Westlake Commons", "Seattle, WA 98121"]),
        "CA": ("Vendora Marketplace Canada ULC", ["88 Queens Quay West, Suite 2500", "Toronto ON M5J 0B8"]),
        "GB": ("Vendora UK Services Ltd", ["14 Tenter Ground", "London", "E1 7NH"]),
        "DE": ("Vendora Europe S.à r.l.", ["7, rue Léon Laval", "L-3372 Leudelange", "Luxemburg"]),
    },
    "Makerly": {
        "US": ("Makerly, Inc.", ["117 Adams Street", "Brooklyn, NY 11201"]),
        "CA": ("Makerly, Inc.", ["117 Adams Street", "Brooklyn, NY 11201", "USA"]),
        "GB": ("Makerly Ireland UC", ["4 Grand Canal Quay", "Dublin 2", "D02 KX45", "Ireland"]),
        "DE": ("Makerly Ireland UC", ["4 Grand Canal Quay", "Dublin 2", "D02 KX45", "Irland"]),
    },
    "Shopwell Payments": {
        "US": ("Shopwell Payments Inc.", ["33 New Montgomery Street, Floor 7", "San Francisco, CA 94105"]),
        "CA": ("Shopwell Payments Canada Ltd.", ["150 Elgin Street, 8th Floor", "Ottawa ON K2P 1L4"]),
        "GB": ("Shopwell Payments UK Limited", ["2 Kingdom Street", "London", "W2 6BD"]),
        "DE": ("Shopwell Payments Europe Ltd.", ["Victoria Buildings, 1-2 Haddington Road", "Dublin 4", "D04 XN32", "Irland"]),
    },
}
SHOP_WORDS = (["Willow", "Juniper", "Harbor", "Copper", "Maple", "Fern", "Little", "Wild", "Honey", "Salt", "Oak", "Moss", "Paper", "Birch"],
              ["& Thread", "Lane", "Studio", "Goods", "Workshop", "Home", "Supply Co.", "Candle Co.", "Prints", "Leather", "Ceramics", "Tea Co."])
SHOP_PRODUCTS = {
    "en": [("Hand-poured soy candle, cedar & sage 8 oz", 14, 32), ("Linen tea towel set of 2", 16, 34), ("Personalised leather key fob", 9, 22),
           ("Stoneware mug, speckled glaze 12 oz", 18, 38), ("Botanical art print A4 unframed", 12, 28), ("Macramé plant hanger, large", 19, 45),
           ("Sterling silver stacking ring", 24, 68), ("Wool felt laptop sleeve 14\"", 29, 59), ("Beeswax food wraps, pack of 3", 11, 24),
           ("Loose leaf breakfast tea 100 g", 7, 15), ("Wooden baby name puzzle", 26, 58), ("Phone case, pressed flowers", 15, 29),
           ("USB-C braided cable 2 m", 8, 19), ("Bluetooth shower speaker", 19, 45), ("Yoga mat strap, cotton", 9, 18),
           ("Stainless steel water bottle 750 ml", 17, 35), ("Silicone baking mat set", 12, 26), ("LED desk lamp with clamp", 24, 59)],
    "de": [("Duftkerze Soja, Zeder & Salbei 200 g", 12, 29), ("Leinen-Geschirrtücher 2er-Set", 15, 32), ("Schlüsselanhänger Leder, personalisiert", 8, 20),
           ("Steingut-Tasse, gesprenkelt 350 ml", 16, 34), ("Kunstdruck Botanik A4", 11, 26), ("Makramee-Blumenampel, groß", 18, 42),
           ("Silberring 925, stapelbar", 22, 64), ("Laptophülle Wollfilz 14 Zoll", 27, 55), ("Bienenwachstücher 3er-Set", 10, 22),
           ("USB-C Ladekabel geflochten 2 m", 8, 18), ("Edelstahl-Trinkflasche 750 ml", 16, 33), ("LED-Schreibtischlampe mit Klemme", 22, 55)],
}


def shop_name(rng: random.Random) -> str:
    a, b = (rng.choice(part) for part in SHOP_WORDS)
    return f"{a} {b}"


def vendora_order(rng: random.Random) -> str:
    """`114-3941689-8772232`: three, seven and seven digits."""
    return f"{rng.choice([111, 112, 113, 114, 202, 203, 204, 205, 206, 302, 303, 304, 305, 306, 402, 403, 404, 405, 406, 407, 408])}-{rng.randrange(10**6, 10**7):07d}-{rng.randrange(10**6, 10**7):07d}"


def makerly_order(rng: random.Random) -> str:
    return str(rng.randrange(2_900_000_000, 3_499_999_999))


def merchant_token(rng: random.Random) -> str:
    return "A" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(12 + rng.randrange(2)))


# --------------------------------------------------------------------------------------------------
# UK CIS and Irish RCT


def paye_reference(rng: random.Random) -> str:
    """Employer's PAYE reference: tax office number / letters and digits, `123/AB45678`."""
    return f"{rng.randrange(100, 999)}/{''.join(rng.choice('ABCDEFGHJKLMNPRSTWXYZ') for _ in range(rng.choice([1, 2, 2])))}{rng.randrange(1000, 99999)}"


def accounts_office_reference(rng: random.Random) -> str:
    """`123PA00045678`: office, P, a letter, eight digits (its check character is not worked here)."""
    return f"{rng.randrange(100, 999)}P{rng.choice('ABCDEFGHJKLMNPRSTWXYZ')}{rng.randrange(10**7):08d}"


def cis_verification(rng: random.Random, *, unmatched: bool = False) -> str:
    """HMRC's verification number `V1234567890`, with a suffix letter `V1234567890A` when the subcontractor was not matched."""
    return f"V{rng.randrange(10**9, 10**10)}" + (rng.choice("ABCDEFGH") if unmatched else "")


def ppsn_check(digits7: str, second: str = "") -> str:
    total = sum(int(d) * w for d, w in zip(digits7, range(8, 1, -1), strict=True))
    if second:
        total += 9 * ("WABCDEFGHIJKLMNOPQRSTUV".index(second))
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]


def ppsn(rng: random.Random) -> str:
    """Irish Personal Public Service Number `1234567FA` / `1234567T` (mod-23 check letter, optional second letter)."""
    body = f"{rng.randrange(10**6, 10**7):07d}"
    second = rng.choice(["", "A", "A", "B"]) if rng.random() < 0.6 else ""
    return body + ppsn_check(body, second) + second


def ppsn_valid(number: str) -> bool:
    raw = number.replace(" ", "").upper()
    if len(raw) not in (8, 9) or not raw[:7].isdigit():
        return False
    second = raw[8] if len(raw) == 9 else ""
    if second and second not in "ABHW":
        return False
    return raw[7] == ppsn_check(raw[:7], "" if second == "W" else second)


def gb_sole_trader(rng: random.Random) -> Party:
    name = f"{rng.choice(FIRST_NAMES['en'])} {rng.choice(SURNAMES['en'])}"
    trade = rng.choice(["Plastering", "Groundworks", "Roofing", "Electrical", "Joinery", "Bricklaying", "Plumbing & Heating", "Scaffolding",
                        "Tiling", "Dry Lining", "Decorating"])
    party = Party(name=name if rng.random() < 0.5 else f"{name} t/a {name.split()[1]} {trade}", address=address(rng, "GB"), country="GB",
                  phone=f"07{rng.randrange(100, 999)} {rng.randrange(100000, 999999)}")
    party.extra["trade"] = trade
    return party


GB_CONTRACTOR_WORDS = (["Ashdown", "Kingsmead", "Riverside", "Northgate", "Beacon", "Highfield", "Oakwood", "Castlegate", "Pennine", "Severn"],
                       ["Construction", "Building Contractors", "Developments", "Homes", "Civil Engineering", "Build", "Contracting"],
                       ["Ltd", "Limited", "Ltd", "plc", "Group Ltd"])
IE_CONTRACTOR_WORDS = (["Slaney", "Corrib", "Shannon", "Liffey", "Boyne", "Mourne", "Burren", "Atlantic"],
                       ["Construction", "Building & Civil Engineering", "Developments", "Contractors", "Homes"],
                       ["Limited", "Ltd", "DAC", "Unlimited Company"])


def contractor_name(rng: random.Random, country: str) -> str:
    words = GB_CONTRACTOR_WORDS if country == "GB" else IE_CONTRACTOR_WORDS
    return " ".join(rng.choice(part) for part in words)


# --------------------------------------------------------------------------------------------------
# Uruguay: RUT (12 digits: weights 4 3 2 9 8 7 6 5 4 3 2 on the first eleven, check 11 - s mod 11, 11 -> 0, 10 refused)


def uy_rut_check(body11: str) -> int | None:
    s = sum(int(d) * w for d, w in zip(body11, [4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], strict=True)) % 11
    dv = 11 - s
    return 0 if dv == 11 else (None if dv == 10 else dv)


def uy_rut(rng: random.Random) -> str:
    while True:
        body = rng.choice(["21", "21", "21", "02", "04", "12", "16"]) + f"{rng.randrange(10**5, 10**6 - 1):06d}" + "001"
        dv = uy_rut_check(body)
        if dv is not None:
            return body + str(dv)


def uy_rut_valid(number: str) -> bool:
    raw = number.replace(".", "").replace("-", "").replace(" ", "")
    return len(raw) == 12 and raw.isdigit() and uy_rut_check(raw[:11]) == int(raw[11])


UY_PLACES = [("Montevideo", "11000", ["Av. 18 de Julio", "Rincón", "Sarandí", "Av. Italia", "Bv. Artigas", "Colonia", "Av. Agraciada", "Juncal",
                                       "Rambla República de México", "Dr. Luis Alberto de Herrera"]),
             ("Canelones", "90000", ["Av. Artigas", "Treinta y Tres", "José Enrique Rodó"]), ("Maldonado", "20000", ["Av. Roosevelt", "Florida", "Sarandí"]),
             ("Salto", "50000", ["Uruguay", "Av. Batlle y Ordóñez"]), ("Paysandú", "60000", ["18 de Julio", "Av. España"]),
             ("Ciudad de la Costa", "15000", ["Av. Giannattasio km 21", "Av. Márquez Castro"])]
UY_WORDS = (["del Este", "Oriental", "Rioplatense", "del Plata", "Charrúa", "Atlántica", "del Litoral", "Celeste", "Costera", "del Sur"],
            ["Distribuidora", "Servicios", "Logística", "Comercial", "Papelera", "Tecnologías", "Ferretería Industrial", "Importadora", "Consultora"],
            ["S.A.", "S.A.", "S.R.L.", "S.A.S.", "Ltda."])


def uy_party(rng: random.Random) -> Party:
    place, noun, form = (rng.choice(part) for part in UY_WORDS)
    city, pc, streets = rng.choice(UY_PLACES)
    street = rng.choice(streets)
    line = street if "km" in street else f"{street} {rng.randrange(100, 4200)}" + (f" of. {rng.randrange(1, 12)}0{rng.randrange(1, 9)}" if rng.random() < 0.3 else "")
    party = Party(name=f"{noun} {place} {form}", address=[line, f"{city}" if rng.random() < 0.5 else f"{pc} {city}"], country="UY",
                  phone=f"+598 {rng.choice(['2', '4'])}{rng.randrange(100, 999)} {rng.randrange(1000, 9999)}")
    party.tax_id = uy_rut(rng)
    party.email = f"{rng.choice(['facturacion', 'administracion', 'ventas'])}@{domain(noun)}".replace(".example", ".com.uy.example")
    return party


def uy_security_code(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(6))


# --------------------------------------------------------------------------------------------------
# Paraguay: RUC (base and a check digit: digits from the right times 2, 3, ... 11, s mod 11; 11 - r, or 0 when r < 2)


def py_ruc_check(base: str) -> int:
    total, k = 0, 2
    for d in reversed(base):
        total += int(d) * k
        k = 2 if k == 11 else k + 1
    r = total % 11
    return 11 - r if r > 1 else 0


def py_ruc(rng: random.Random, *, company: bool = True) -> str:
    base = f"800{rng.randrange(10**4, 10**5):05d}" if company else str(rng.randrange(800_000, 6_500_000))
    return f"{base}-{py_ruc_check(base)}"


def py_ruc_valid(number: str) -> bool:
    base, _, dv = number.partition("-")
    return base.isdigit() and dv.isdigit() and py_ruc_check(base) == int(dv)


PY_PLACES = [("Asunción", ["Av. Mariscal López", "Av. España", "Palma", "Av. Aviadores del Chaco", "Av. Santa Teresa", "Estrella", "Av. Artigas"]),
             ("San Lorenzo", ["Ruta Mcal. Estigarribia km 11", "Av. Defensores del Chaco"]), ("Luque", ["Av. Gral. Aquino", "Ruta Luque - San Bernardino"]),
             ("Ciudad del Este", ["Av. San Blas", "Av. Monseñor Rodríguez", "Av. Adrián Jara"]), ("Encarnación", ["Av. Irrazábal", "Mcal. Estigarribia"]),
             ("Fernando de la Mora", ["Av. Mcal. López", "Av. Sacramento"])]
PY_WORDS = (["Guaraní", "del Paraná", "Chaqueña", "Itapúa", "del Este", "Mbaracayú", "Ybytyruzú", "Central", "Tacurú"],
            ["Comercial", "Distribuidora", "Agroganadera", "Importadora", "Servicios", "Tecnología", "Constructora", "Farmacéutica"],
            ["S.A.", "S.A.", "S.R.L.", "E.A.S.", "S.A.E."])


def py_party(rng: random.Random) -> Party:
    place, noun, form = (rng.choice(part) for part in PY_WORDS)
    city, streets = rng.choice(PY_PLACES)
    street = rng.choice(streets)
    line = street if "km" in street or "Ruta" in street else f"{street} {rng.choice(['N° ', 'Nº ', ''])}{rng.randrange(100, 3900)}"
    if rng.random() < 0.35 and "km" not in line:
        line += f" c/ {rng.choice(['Brasilia', 'Venezuela', 'Gral. Santos', 'Tte. Vera', 'Washington', 'Kubitschek'])}"
    party = Party(name=f"{noun} {place} {form}", address=[line, city], country="PY",
                  phone=f"(021) {rng.randrange(200, 999)} {rng.randrange(100, 999)}" if city == "Asunción" else f"(0{rng.choice(['61', '71', '21'])}) {rng.randrange(200000, 999999)}")
    party.tax_id = py_ruc(rng)
    party.email = f"{rng.choice(['facturacion', 'administracion', 'ventas'])}@{domain(noun)}".replace(".example", ".com.py.example")
    return party


def py_cdc(rng: random.Random) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(44))


def grouped4(text: str) -> str:
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4))


# --------------------------------------------------------------------------------------------------
# Uzbekistan: STIR (9 digits), QQS registration code (12 digits), account (20 digits) and MFO, MXIK codes (17 digits)

UZ_PLACES = [("Toshkent sh.", ["Amir Temur shoh ko'chasi", "Mustaqillik shoh ko'chasi", "Shota Rustaveli ko'chasi", "Bobur ko'chasi", "Nukus ko'chasi",
                               "Labzak ko'chasi", "Chilonzor ko'chasi", "Yunusobod 4-mavzesi"]),
             ("Samarqand sh.", ["Registon ko'chasi", "Dahbed ko'chasi", "Universitet xiyoboni"]), ("Buxoro sh.", ["Navoiy ko'chasi", "Mustaqillik ko'chasi"]),
             ("Namangan sh.", ["Uychi ko'chasi", "Navoiy ko'chasi"]), ("Andijon sh.", ["Bobur shoh ko'chasi", "Fitrat ko'chasi"]),
             ("Farg'ona sh.", ["Al-Farg'oniy ko'chasi", "Mustaqillik ko'chasi"])]
UZ_DISTRICTS = {"Toshkent sh.": ["Mirobod tumani", "Yunusobod tumani", "Chilonzor tumani", "Yakkasaroy tumani", "Shayxontohur tumani", "Mirzo Ulug'bek tumani"]}
UZ_WORDS = (["Ipak Yo'li", "Zarafshon", "Turon", "Sharq", "Orient", "Navro'z", "Baraka", "Chinor", "Oltin Vodiy", "Samo"],
            ["Savdo", "Qurilish Servis", "Logistika", "Texnologiyalari", "Trans", "Agro", "Print", "Invest Savdo", "Elektro Montaj"],
            ["MChJ", "MChJ", "MChJ", "AJ", "XK"])
UZ_BANKS = [("\"Kapitalbank\" ATB", "01158"), ("\"O'zsanoatqurilishbank\" ATB", "00440"), ("\"Hamkorbank\" ATB", "00083"),
            ("\"Ipak Yo'li\" AITB", "01036"), ("\"Asaka\" AJ banki", "00873"), ("\"Ipoteka-bank\" ATIB", "00423")]
UZ_PEOPLE = (["Karimov", "Rahimov", "Yusupov", "Tursunov", "Abdullayev", "Xolmatov", "Saidov", "Ergashev"],
             ["A.", "B.", "D.", "Sh.", "J.", "O'.", "N.", "S."])


def uz_stir(rng: random.Random) -> str:
    return f"{rng.choice([2, 3, 3])}{rng.randrange(10**7, 10**8)}"


def uz_party(rng: random.Random) -> Party:
    place, noun, form = (rng.choice(part) for part in UZ_WORDS)
    city, streets = rng.choice(UZ_PLACES)
    street = f"{rng.choice(streets)}, {rng.randrange(1, 140)}-uy"
    lines = [f"{city}, {rng.choice(UZ_DISTRICTS[city])}" if city in UZ_DISTRICTS and rng.random() < 0.6 else city, street]
    bank, mfo = rng.choice(UZ_BANKS)
    party = Party(name=f"\"{place} {noun}\" {form}", address=lines, country="UZ", phone=f"+998 {rng.choice(['71', '90', '93', '97', '99'])} {rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}")
    party.tax_id = uz_stir(rng)
    party.extra["qqs"] = f"3{rng.randrange(10**10, 10**11)}"[:12]
    party.extra["account"] = f"2020{rng.choice(['8', '8', '0'])}000{rng.randrange(10**11, 10**12)}"
    party.extra["bank"], party.extra["mfo"] = bank, mfo
    party.extra["head"] = f"{rng.choice(UZ_PEOPLE[1])} {rng.choice(UZ_PEOPLE[0])}"
    party.extra["accountant"] = f"{rng.choice(UZ_PEOPLE[1])} {rng.choice(UZ_PEOPLE[0])}"
    return party


def mxik(rng: random.Random) -> str:
    return f"{rng.randrange(10**16, 10**17)}"


_UZ_PAIRS = [("yo'", "йў"), ("Yo'", "Йў"), ("o'", "ў"), ("O'", "Ў"), ("g'", "ғ"), ("G'", "Ғ"), ("sh", "ш"), ("Sh", "Ш"), ("SH", "Ш"), ("ch", "ч"), ("Ch", "Ч"), ("CH", "Ч"),
             ("yo", "ё"), ("Yo", "Ё"), ("yu", "ю"), ("Yu", "Ю"), ("ya", "я"), ("Ya", "Я"), ("ye", "е"), ("Ye", "Е"), ("'", "ъ")]
_UZ_SINGLE = dict(zip("abcdefghijklmnopqrstuvxyzABCDEFGHIJKLMNOPQRSTUVXYZ",
                      "абцдэфгҳижклмнопқрстувхйзАБЦДЭФГҲИЖКЛМНОПҚРСТУВХЙЗ", strict=True))


def uz_cyrillic(text: str) -> str:
    """Uzbek in Latin letters written in the Cyrillic alphabet still common on older forms (`Toshkent` -> `Тошкент`); an `e` inside
    a word is `е`, at its start `э`; digits and punctuation stay."""
    out, i = [], 0
    while i < len(text):
        match = next(((lat, cyr) for lat, cyr in _UZ_PAIRS if text.startswith(lat, i)), None)
        if match is not None:
            out.append(match[1])
            i += len(match[0])
            continue
        ch = text[i]
        if ch in "eE" and i > 0 and text[i - 1].isalpha():
            out.append("е" if ch == "e" else "Е")
        else:
            out.append(_UZ_SINGLE.get(ch, ch))
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------------------------------
# Azerbaijan: VÖEN (ten digits, a legal entity's ending in 1), AZ IBAN, e-qaimə series

AZ_PLACES = [("Bakı şəhəri", ["Nizami küç.", "Heydər Əliyev pr.", "Neftçilər pr.", "Zərifə Əliyeva küç.", "Azadlıq pr.", "Bülbül pr.", "Tbilisi pr.",
                             "Babək pr.", "Xətai rayonu, Nobel pr."]),
             ("Sumqayıt şəhəri", ["Sülh küç.", "Heydər Əliyev pr."]), ("Gəncə şəhəri", ["Atatürk pr.", "Cavad xan küç."]),
             ("Xırdalan şəhəri", ["Heydər Əliyev pr.", "28 May küç."])]
AZ_WORDS = (["Xəzər", "Qafqaz", "Abşeron", "Şirvan", "Gəncə", "Kür", "Naxçıvan", "Qobustan", "Alov", "Ulduz"],
            ["Logistika", "Tikinti", "Ticarət", "Texnologiya", "Servis", "Qida", "İnşaat", "Enerji", "Poliqrafiya", "Trans"],
            ["MMC", "MMC", "MMC", "ASC", "QSC"])
AZ_BANKS = [("\"Kapital Bank\" ASC", "200004", "AIIB", "AIIBAZ2X"), ("\"PAŞA Bank\" ASC", "505141", "PAHA", "PAHAAZ22"),
            ("\"ABB\" ASC", "805250", "IBAZ", "IBAZAZ2X"), ("\"Bank Respublika\" ASC", "505668", "BRES", "BRESAZ22"), ("\"Xalq Bank\" ASC", "506455", "HAJC", "HAJCAZ22")]


def az_voen(rng: random.Random, *, company: bool = True) -> str:
    return f"{rng.randrange(10**8, 10**9):09d}"[:9] + ("1" if company else "2")


def az_party(rng: random.Random) -> Party:
    place, noun, form = (rng.choice(part) for part in AZ_WORDS)
    city, streets = rng.choice(AZ_PLACES)
    bank, code, swift4, swift = rng.choice(AZ_BANKS)
    lines = [f"{city}, {rng.choice(streets)} {rng.randrange(1, 240)}" + (f", m. {rng.randrange(1, 90)}" if rng.random() < 0.3 else "")]
    if rng.random() < 0.35:
        lines = [f"AZ{rng.randrange(1000, 1200)}, {lines[0]}"]
    party = Party(name=f"\"{place} {noun}\" {form}", address=lines, country="AZ",
                  phone=f"+994 {rng.choice(['12', '50', '55', '70', '77'])} {rng.randrange(200, 999)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}")
    party.tax_id = az_voen(rng)
    party.extra["iban"] = iban_for("AZ", swift4 + f"{rng.randrange(10**19, 10**20)}")
    party.extra["bank"], party.extra["bank_code"], party.extra["swift"] = bank, code, swift
    party.extra["bank_voen"] = az_voen(rng)
    party.extra["corr"] = iban_for("AZ", "NABZ" + f"0135{rng.randrange(10**15, 10**16)}")
    party.extra["director"] = f"{rng.choice(['Əliyev', 'Məmmədov', 'Həsənov', 'Quliyev', 'Hüseynova', 'Abbasov', 'İsmayılova'])} {rng.choice(['R.', 'E.', 'T.', 'S.', 'N.', 'F.'])}"
    party.email = f"{rng.choice(['info', 'muhasibat', 'satis'])}@{domain(place)}".replace(".example", ".az.example")
    return party


def az_series(day: date) -> str:
    return f"MT{day.year % 100:02d}{day.month:02d}"


# --------------------------------------------------------------------------------------------------
# Mongolia: ТТД (seven digits), ДДТД (33 digits), lottery numbers, MN IBAN (20 characters)

MN_DISTRICTS = ["Сүхбаатар дүүрэг", "Чингэлтэй дүүрэг", "Баянгол дүүрэг", "Хан-Уул дүүрэг", "Баянзүрх дүүрэг", "Сонгинохайрхан дүүрэг"]
MN_STREETS = ["Энхтайваны өргөн чөлөө", "Чингисийн өргөн чөлөө", "Сөүлийн гудамж", "Их тойруу", "Бага тойруу", "Жамъян гүний гудамж",
              "Намъянжугийн гудамж", "Олимпийн гудамж", "Үйлдвэрийн баруун бүс"]
MN_WORDS = (["Номин", "Тэнгэр", "Алтан Говь", "Мөнх", "Хаан", "Оюу", "Эрдэнэ", "Гэрэлт", "Соёмбо", "Их Засаг", "Тунгалаг"],
            ["Трейд", "Ложистик", "Технологи", "Констракшн", "Инвест", "Дистрибьюшн", "Хэвлэл", "Сервис", "Фүүдс", "Импекс"],
            ["ХХК", "ХХК", "ХХК", "ХК"])
MN_SHOPS = ["Кофе шоп", "Их дэлгүүр", "Супермаркет", "Ресторан", "Эмийн сан", "Номын дэлгүүр", "Хүнсний дэлгүүр"]
MN_BANKS = [("Хаан банк", "0005"), ("Голомт банк", "0015"), ("Худалдаа хөгжлийн банк", "0004"), ("ХасБанк", "0032"), ("Төрийн банк", "0034")]
MN_PEOPLE = ["Бат-Эрдэнэ", "Энхжаргал", "Ганбаатар", "Оюунчимэг", "Мөнхбат", "Сарантуяа", "Төмөрбаатар", "Нарантуяа"]


def mn_ttd(rng: random.Random) -> str:
    return f"{rng.choice([2, 5, 5, 6])}{rng.randrange(10**5, 10**6):06d}"


def mn_ddtd(rng: random.Random) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(33))


def mn_lottery(rng: random.Random) -> str:
    return f"{''.join(rng.choice('АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ') for _ in range(2))} {rng.randrange(10**7, 10**8)}"


def mn_address(rng: random.Random) -> list[str]:
    district = rng.choice(MN_DISTRICTS)
    first = f"Улаанбаатар хот, {district}, {rng.randrange(1, 25)}-р хороо"
    second = f"{rng.choice(MN_STREETS)} {rng.randrange(1, 90)}" + (f", {rng.randrange(1, 16)} давхар" if rng.random() < 0.4 else "")
    return [first, second]


def mn_party(rng: random.Random) -> Party:
    word, noun, form = (rng.choice(part) for part in MN_WORDS)
    party = Party(name=f"{word} {noun} {form}", address=mn_address(rng), country="MN",
                  phone=f"{rng.choice(['7011', '7575', '7700', '9911', '8800'])}-{rng.randrange(1000, 9999)}")
    party.tax_id = mn_ttd(rng)
    bank, code = rng.choice(MN_BANKS)
    account = f"{rng.randrange(10**9, 10**10)}"
    party.extra["bank"], party.extra["account"] = bank, account
    party.extra["iban"] = iban_for("MN", code + f"00{account}")
    party.extra["director"] = rng.choice(MN_PEOPLE)
    party.extra["accountant"] = rng.choice(MN_PEOPLE)
    return party


# --------------------------------------------------------------------------------------------------
# Armenia: ՀՎՀՀ (eight digits), companies in Armenian and in Latin letters, bank accounts

AM_WORDS = ([("Արարատ", "Ararat"), ("Սևան", "Sevan"), ("Արագած", "Aragats"), ("Մասիս", "Masis"), ("Դիլիջան", "Dilijan"), ("Նաիրի", "Nairi"),
             ("Զվարթնոց", "Zvartnots"), ("Վերածնունդ", "Veratsnund"), ("Արմենիա", "Armenia"), ("Գառնի", "Garni"), ("Տաթև", "Tatev")],
            [("Թրեյդ", "Trade"), ("Սոֆթ", "Soft"), ("Լոգիստիկ", "Logistic"), ("Շին", "Shin"), ("Տեխնոլոջիս", "Technologies"), ("Գրուպ", "Group"),
             ("Սերվիս", "Service"), ("Ֆուդ", "Food"), ("Պրինտ", "Print"), ("Էներջի", "Energy")],
            [("ՍՊԸ", "LLC"), ("ՍՊԸ", "LLC"), ("ՓԲԸ", "CJSC"), ("ԲԲԸ", "OJSC")])
AM_PLACES = [("Երևան", "Yerevan", [("Մաշտոցի պող.", "Mashtots Ave"), ("Աբովյան փ.", "Abovyan St"), ("Թումանյան փ.", "Tumanyan St"),
                                  ("Կոմիտասի պող.", "Komitas Ave"), ("Վազգեն Սարգսյանի փ.", "Vazgen Sargsyan St"), ("Հալաբյան փ.", "Halabyan St"),
                                  ("Արշակունյաց պող.", "Arshakunyats Ave"), ("Ծիծեռնակաբերդի խճ.", "Tsitsernakaberd Hwy")], ["0001", "0009", "0010", "0012", "0014", "0026", "0033"]),
             ("Գյումրի", "Gyumri", [("Ռիժկովի փ.", "Ryzhkov St"), ("Գ. Նժդեհի փ.", "G. Nzhdeh St")], ["3101", "3104"]),
             ("Վանաձոր", "Vanadzor", [("Տիգրան Մեծի պող.", "Tigran Mets Ave")], ["2001", "2018"]),
             ("Աբովյան", "Abovyan", [("Հանրապետության փ.", "Hanrapetutyan St")], ["2201"])]
AM_BANKS = [("«Ամերիաբանկ» ՓԲԸ", "Ameriabank CJSC", "1570"), ("«Ակբա բանկ» ԲԲԸ", "ACBA Bank OJSC", "2200"), ("«Արդշինբանկ» ՓԲԸ", "Ardshinbank CJSC", "2470"),
            ("«Ինեկոբանկ» ՓԲԸ", "Inecobank CJSC", "2050"), ("«Էվոկաբանկ» ՓԲԸ", "Evocabank CJSC", "2420")]
AM_PEOPLE = [("Ա. Հովհաննիսյան", "A. Hovhannisyan"), ("Գ. Սարգսյան", "G. Sargsyan"), ("Մ. Պետրոսյան", "M. Petrosyan"), ("Ն. Գրիգորյան", "N. Grigoryan"),
             ("Ս. Հարությունյան", "S. Harutyunyan"), ("Լ. Մկրտչյան", "L. Mkrtchyan")]


def am_tin(rng: random.Random) -> str:
    return f"0{rng.choice([0, 1, 2, 2, 2, 4, 8])}{rng.randrange(10**5, 10**6):06d}"


def am_party(rng: random.Random, *, latin: bool = False) -> Party:
    (place, place_l), (noun, noun_l), (form, form_l) = (rng.choice(part) for part in AM_WORDS)
    city, city_l, streets, codes = rng.choice(AM_PLACES)
    (street, street_l) = rng.choice(streets)
    n = rng.randrange(1, 120)
    flat = rng.randrange(1, 60) if rng.random() < 0.3 else None
    if latin:
        name = f"{place_l} {noun_l} {form_l}"
        lines = [f"{n} {street_l}" + (f", apt. {flat}" if flat else ""), f"{city_l} {rng.choice(codes)}, Armenia"]
    else:
        name = f"«{place} {noun}» {form}"
        lines = [f"ք. {city}, {street} {n}" + (f", բն. {flat}" if flat else "")]
        if rng.random() < 0.4:
            lines = [f"ՀՀ, {rng.choice(codes)}", lines[0]]
    party = Party(name=name, address=lines, country="AM", phone=f"+374 {rng.choice(['10', '11', '43', '55', '77', '91', '93', '99'])} {rng.randrange(100000, 999999)}")
    party.tax_id = am_tin(rng)
    bank, bank_l, prefix = rng.choice(AM_BANKS)
    party.extra["bank"], party.extra["bank_latin"] = bank, bank_l
    party.extra["account"] = f"{prefix}{rng.randrange(10**11, 10**12)}"
    person = rng.choice(AM_PEOPLE)
    party.extra["director"], party.extra["director_latin"] = person
    party.email = f"{rng.choice(['info', 'accounting', 'office'])}@{place_l.lower()}{noun_l.lower()}.am.example"
    return party


# --------------------------------------------------------------------------------------------------
# German and Austrian energy supply: market location id (11 digits; odd places + twice the even places, the complement to 10),
# meter numbers, Austrian metering points (33 characters)

DE_SUPPLIERS = [("Stadtwerke Lindenau GmbH", "Lindenau"), ("Stadtwerke Bergheide GmbH", "Bergheide"), ("Energieversorgung Talheim AG", "Talheim"),
                ("NordStrom Energie GmbH", "Hamburg"), ("Rheinland Versorgung GmbH & Co. KG", "Köln"), ("Gemeindewerke Altmühltal GmbH", "Altmühltal"),
                ("Ostsee Energie GmbH", "Rostock"), ("Versorgungsbetriebe Weserbogen GmbH", "Weserbogen")]
AT_SUPPLIERS = [("Alpenstrom Vertrieb GmbH", "Innsbruck", "6020"), ("Donauenergie AG", "Linz", "4020"), ("Energie Waldviertel GmbH", "Zwettl", "3910"),
                ("Murtal Energie GmbH", "Graz", "8010"), ("Salzachkraft Vertriebs GmbH", "Salzburg", "5020")]
AT_GRIDS = ["Netz Donautal GmbH", "Alpennetz Tirol GmbH", "Netz Mur-Mürz GmbH", "Salzach Netz GmbH", "Waldviertel Netz GmbH"]


def malo_check(body10: str) -> int:
    odd = sum(int(d) for d in body10[0::2])
    even = sum(int(d) for d in body10[1::2])
    return (10 - (odd + 2 * even) % 10) % 10


def malo_id(rng: random.Random) -> str:
    body = f"{rng.choice([5, 5, 5, 4])}{rng.randrange(10**8, 10**9):09d}"
    return body + str(malo_check(body))


def malo_valid(number: str) -> bool:
    return len(number) == 11 and number.isdigit() and malo_check(number[:10]) == int(number[10])


def meter_number(rng: random.Random) -> str:
    """`1ESY1161234567` (media, maker, type and serial, as printed on modern meters) or an older plain serial."""
    if rng.random() < 0.6:
        return f"1{rng.choice(['ESY', 'EMH', 'ISK', 'LGZ', 'ITF', 'EBZ'])}{rng.randrange(10, 99)}{rng.randrange(10**7, 10**8)}"
    return f"{rng.randrange(10**7, 10**9)}"


def at_metering_point(rng: random.Random) -> str:
    return f"AT{rng.choice(['001000', '003000', '008000', '005100'])}{rng.randrange(10**6):07d}{rng.randrange(10**9, 10**10)}{rng.randrange(10**8, 10**9)}"


# --------------------------------------------------------------------------------------------------
# Railways: operators (legal entity, address, VAT), stations, booking codes

RAIL_OPERATORS = {
    "DE": [("Nordbahn Fernverkehr AG", ["Europaplatz 4", "10557 Berlin"], "Nordbahn"), ("ZugDirekt Fernreisen GmbH", ["Hafenstraße 21", "20457 Hamburg"], "ZugDirekt")],
    "AT": [("Alpenbahn Personenverkehr AG", ["Praterstern 3", "1020 Wien"], "Alpenbahn")],
    "FR": [("Hexarail Voyageurs SA", ["9, rue Jean-Philippe Rameau", "93200 Saint-Denis"], "Hexarail"), ("Rail Atlantique SAS", ["27, quai de la Fosse", "44000 Nantes"], "Rail Atlantique")],
    "IT": [("Treni Veloci Adriatici S.p.A.", ["Viale del Policlinico, 149/b", "00161 Roma (RM)"], "Treni Veloci"), ("Ferrovie Tirreniche S.p.A.", ["Piazza della Croce Rossa, 1", "00161 Roma (RM)"], "Tirreniche")],
    "ES": [("Ferrocarriles Ibéricos de Viajeros, S.A.", ["Avenida Ciudad de Barcelona, 8", "28007 Madrid"], "FIV"), ("Iberia Alta Velocidad, S.L.", ["Calle Méndez Álvaro, 56", "28045 Madrid"], "IAV")],
}
RAIL_STATIONS = {
    "DE": ["Berlin Hbf", "Hamburg Hbf", "München Hbf", "Frankfurt(Main)Hbf", "Köln Hbf", "Stuttgart Hbf", "Leipzig Hbf", "Hannover Hbf", "Düsseldorf Hbf",
           "Nürnberg Hbf", "Dresden Hbf", "Bremen Hbf", "Mannheim Hbf", "Karlsruhe Hbf"],
    "AT": ["Wien Hbf", "Salzburg Hbf", "Linz/Donau Hbf", "Graz Hbf", "Innsbruck Hbf", "Klagenfurt Hbf", "St. Pölten Hbf", "Villach Hbf"],
    "FR": ["Paris Gare de Lyon", "Paris Montparnasse", "Lyon Part-Dieu", "Marseille Saint-Charles", "Bordeaux Saint-Jean", "Lille Europe", "Nantes",
           "Rennes", "Strasbourg", "Montpellier Saint-Roch", "Toulouse Matabiau"],
    "IT": ["Roma Termini", "Milano Centrale", "Firenze S. M. Novella", "Napoli Centrale", "Bologna Centrale", "Torino Porta Nuova", "Venezia S. Lucia",
           "Verona Porta Nuova"],
    "ES": ["Madrid Puerta de Atocha", "Barcelona Sants", "Sevilla Santa Justa", "Valencia Joaquín Sorolla", "Málaga María Zambrano", "Zaragoza Delicias",
           "Córdoba", "Alicante"],
}


def booking_code(rng: random.Random, length: int = 6) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(length))


def traveller(rng: random.Random, country: str) -> str:
    lang = {"DE": "de", "AT": "de", "FR": "fr", "IT": "it", "ES": "es"}[country]
    return f"{rng.choice(FIRST_NAMES[lang])} {rng.choice(SURNAMES[lang])}"


def de_household(rng: random.Random, country: str) -> Party:
    """A household customer of an energy supplier: a person (or a couple) at a German or Austrian address."""
    lang_first, lang_last = FIRST_NAMES["de"], SURNAMES["de"]
    name = f"{rng.choice(lang_first)} {rng.choice(lang_last)}"
    if rng.random() < 0.2:
        other = rng.choice([n for n in lang_first if n != name.split()[0]])
        name = f"{name.split()[0]} und {other} {name.split()[1]}"
    if country == "AT":
        from corpus.holdout.fakes_ninth import AT_PLACES

        street, city = rng.choice(AT_PLACES)
        lines = [f"{street} {rng.randrange(1, 180)}" + (f"/{rng.randrange(1, 20)}" if rng.random() < 0.5 else ""), city]
    else:
        lines = address(rng, "DE")
    return Party(name=name, address=lines, country=country, phone=phone(rng, "DE") if country == "DE" else None)
