"""Locales: currency conventions, tax regimes, identifiers, addresses and company names.

Every generator takes a `random.Random` so output is a pure function of the seed.
"""

from __future__ import annotations

import random
import string
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

# ---------------------------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------------------------
_B36 = string.digits + string.ascii_uppercase


def gstin_checksum(first14: str) -> str:
    """GSTIN check character (Luhn mod 36 over the first 14 characters)."""
    total = 0
    for i, ch in enumerate(first14):
        v = _B36.index(ch) * (2 if i % 2 else 1)
        total += v // 36 + v % 36
    return _B36[(36 - total % 36) % 36]


def gstin_valid(gstin: str) -> bool:
    return len(gstin) == 15 and gstin_checksum(gstin[:14]) == gstin[14]


def make_gstin(rng: random.Random, state: str) -> str:
    pan = ("".join(rng.choice(string.ascii_uppercase) for _ in range(3)) + rng.choice("CF")
           + rng.choice(string.ascii_uppercase) + f"{rng.randrange(10000):04d}"
           + rng.choice(string.ascii_uppercase))
    body = f"{state}{pan}{rng.choice('123456789')}Z"
    return body + gstin_checksum(body)


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(_B36.index(c)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def make_iban(rng: random.Random, country: str) -> str:
    digits = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    letters = lambda n: "".join(rng.choice(string.ascii_uppercase) for _ in range(n))  # noqa: E731
    bban = {"DE": lambda: digits(18), "FR": lambda: digits(10) + letters(0) + digits(13),
            "NL": lambda: letters(4) + digits(10), "ES": lambda: digits(20),
            "GB": lambda: letters(4) + digits(14)}[country]()
    iban = country + iban_check(country, bban) + bban
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


# ---------------------------------------------------------------------------------------------
# locale definitions
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Locale:
    code: str
    lang: str
    currency: str
    markers: tuple[str, ...]          # how the currency is printed before/after numbers
    decimals: int = 2
    thousands: tuple[str, ...] = (",",)
    decimal: str = "."
    indian: bool = False
    tax_name: str = "VAT"
    tax_rates: tuple[Decimal, ...] = (Decimal("16"),)
    date_patterns: tuple[str, ...] = ("{dd}/{mm}/{Y}",)
    page: tuple[float, float] = (595.0, 842.0)
    price_scale: tuple[int, int] = (100, 5000)   # typical unit price range in major units
    price_unit: int = 1                          # prices are multiples of this many cents
    major: str = "Dollars"
    minor: str | None = "Cents"
    country_names: tuple[str, ...] = ()
    extra_langs: tuple[str, ...] = ()


LOCALES: dict[str, Locale] = {
    "KE": Locale("KE", "en", "KES", ("KES ", "KSh ", "Kshs. ", "Ksh "), tax_rates=(Decimal("16"),),
                 date_patterns=("{dd}/{mm}/{Y}", "{dd}-{b}-{Y}", "{d} {B} {Y}", "{dd}.{mm}.{Y}",
                                "{Y}-{mm}-{dd}", "{dd}-{mm}-{Y}", "{do} {B}, {Y}"),
                 price_scale=(50, 60000), major="Kenya Shillings", minor="Cents",
                 country_names=("Kenya",), extra_langs=("sw",)),
    "UG": Locale("UG", "en", "UGX", ("UGX ", "Shs ", "USh ", "UShs "), decimals=0,
                 tax_rates=(Decimal("18"),), date_patterns=("{dd}/{mm}/{Y}", "{dd}-{b}-{Y}", "{d} {B} {Y}",
                                                            "{dd}.{mm}.{Y}", "{dd}-{mm}-{Y}"),
                 price_scale=(2000, 3000000), price_unit=50000, major="Uganda Shillings", minor=None,
                 country_names=("Uganda",)),
    "TZ": Locale("TZ", "en", "TZS", ("TZS ", "TSh ", "Tshs "), tax_rates=(Decimal("18"),),
                 date_patterns=("{dd}/{mm}/{Y}", "{dd}-{b}-{Y}", "{d} {B} {Y}", "{dd}.{mm}.{Y}",
                                "{Y}-{mm}-{dd}"),
                 price_scale=(1000, 2500000), price_unit=10000, major="Tanzania Shillings", minor="Cents",
                 country_names=("Tanzania",)),
    "US": Locale("US", "en", "USD", ("$", "USD ", "US$"), tax_name="Sales Tax",
                 tax_rates=(Decimal("6"), Decimal("7.25"), Decimal("8.25"), Decimal("8.875"), Decimal("6.5")),
                 date_patterns=("{mm}/{dd}/{Y}", "{B} {d}, {Y}", "{b} {d}, {Y}", "{m}/{d}/{Y}", "{Y}-{mm}-{dd}"),
                 page=(612.0, 792.0), price_scale=(5, 2500), major="Dollars", minor="Cents",
                 country_names=("USA", "United States")),
    "GB": Locale("GB", "en", "GBP", ("£", "GBP "), tax_rates=(Decimal("20"),),
                 date_patterns=("{dd}/{mm}/{Y}", "{d} {b} {Y}", "{d} {B} {Y}", "{do} {B} {Y}"),
                 price_scale=(5, 2000), major="Pounds", minor="Pence", country_names=("United Kingdom",)),
    "DE": Locale("DE", "de", "EUR", ("€", "EUR"), thousands=(".",), decimal=",", tax_name="MwSt.",
                 tax_rates=(Decimal("19"), Decimal("19"), Decimal("7")),
                 date_patterns=("{dd}.{mm}.{Y}", "{dd}.{mm}.{Y}", "{d}. {B} {Y}"), price_scale=(5, 2000),
                 country_names=("Deutschland",)),
    "FR": Locale("FR", "fr", "EUR", ("€", "EUR"), thousands=(" ", "\u00a0", "."), decimal=",",
                 tax_name="TVA", tax_rates=(Decimal("20"), Decimal("20"), Decimal("10")),
                 date_patterns=("{dd}/{mm}/{Y}", "{d} {B} {Y}"), price_scale=(5, 2000),
                 country_names=("France",)),
    "NL": Locale("NL", "nl", "EUR", ("€", "EUR"), thousands=(".",), decimal=",", tax_name="BTW",
                 tax_rates=(Decimal("21"), Decimal("21"), Decimal("9")),
                 date_patterns=("{dd}-{mm}-{Y}", "{d} {B} {Y}", "{dd}/{mm}/{Y}"), price_scale=(5, 2000),
                 country_names=("Nederland",)),
    "ES": Locale("ES", "es", "EUR", ("€", "EUR"), thousands=(".",), decimal=",", tax_name="IVA",
                 tax_rates=(Decimal("21"), Decimal("21"), Decimal("10")),
                 date_patterns=("{dd}/{mm}/{Y}", "{d} de {B} de {Y}", "{dd}-{mm}-{Y}"), price_scale=(5, 2000),
                 country_names=("España",)),
    "IN": Locale("IN", "en", "INR", ("Rs. ", "INR ", "Rs "), indian=True, tax_name="GST",
                 tax_rates=(Decimal("18"), Decimal("12"), Decimal("5"), Decimal("18")),
                 date_patterns=("{dd}/{mm}/{Y}", "{dd}-{mm}-{Y}", "{dd}-{b}-{Y}", "{dd}.{mm}.{Y}"),
                 price_scale=(50, 60000), major="Rupees", minor="Paise", country_names=("India",)),
    "MY": Locale("MY", "en", "MYR", ("RM", "RM ", "MYR "), tax_name="SST",
                 tax_rates=(Decimal("6"), Decimal("8"), Decimal("10")),
                 date_patterns=("{dd}/{mm}/{Y}", "{dd}-{mm}-{Y}", "{d} {b} {Y}"), price_scale=(2, 800),
                 major="Ringgit", minor="Sen", country_names=("Malaysia",)),
}

EU = ("DE", "FR", "NL", "ES")


# ---------------------------------------------------------------------------------------------
# party data
# ---------------------------------------------------------------------------------------------
COMPANY_WORDS = {
    "KE": (["Savannah", "Rift Valley", "Nyali", "Mara", "Tana", "Athi", "Jambo", "Simba", "Twiga", "Baraka",
            "Upendo", "Amani", "Lakeview", "Karibu", "Mwangaza", "Zuri", "Kilele", "Nyota", "Tausi",
            "Meru Highlands", "Ngong", "Kisumu Bay"],
           ["Office Supplies", "Hardware", "Logistics", "Distributors", "Agencies", "Engineering", "Stationers",
            "Foods", "Packaging", "Motors", "Pharmaceuticals", "Technologies", "Printers", "Builders",
            "Traders", "Dairies", "Cement", "Breweries", "Water Services", "Security Services"],
           ["Ltd", "Limited", "(K) Ltd", "Kenya Ltd", "Co. Ltd", "Enterprises", "PLC"]),
    "UG": (["Nile", "Kampala", "Entebbe", "Mbarara", "Rwenzori", "Victoria", "Jinja", "Pearl", "Crane",
            "Kigezi", "Bugolobi", "Ntinda", "Masaka", "Lira"],
           ["Office Supplies", "Hardware", "Logistics", "Distributors", "Agencies", "Engineering", "Foods",
            "Packaging", "Motors", "Pharmacy", "Technologies", "Printers", "Millers", "Beverages"],
           ["Ltd", "(U) Ltd", "Uganda Limited", "SMC Ltd", "Limited"]),
    "TZ": (["Kilimanjaro", "Serengeti", "Zanzibar", "Dodoma", "Arusha", "Msasani", "Bahari", "Tanzanite",
            "Ruaha", "Mwanza", "Kariakoo", "Mikocheni", "Pemba"],
           ["Office Supplies", "Hardware", "Logistics", "Distributors", "Agencies", "Engineering", "Foods",
            "Packaging", "Motors", "Pharmaceuticals", "Technologies", "Printers", "Cement", "Oil Mills"],
           ["Ltd", "(T) Ltd", "Tanzania Limited", "Co. Ltd", "Limited"]),
    "US": (["Summit", "Redwood", "Lakeside", "Pioneer", "Granite", "Blue Ridge", "Harbor", "Evergreen",
            "Keystone", "Liberty", "Prairie", "Cascade", "Ironwood", "Bayview", "Northstar", "Silver Creek"],
           ["Office Supply", "Industrial Supply", "Logistics", "Distributors", "Engineering", "Foods",
            "Packaging", "Software", "Printing", "Builders", "Analytics", "Medical Supply", "Cleaning Services"],
           ["Inc.", "LLC", "Corp.", "Co.", "Corporation", "Group, Inc."]),
    "GB": (["Thames", "Pennine", "Windsor", "Cotswold", "Highland", "Kingsway", "Albion", "Mercia", "Tyne",
            "Severn", "Chiltern", "Wessex", "Ashdown", "Bramley"],
           ["Office Supplies", "Engineering", "Logistics", "Distribution", "Print", "Foods", "Packaging",
            "Software", "Facilities", "Building Supplies", "Consulting", "Electrical"],
           ["Ltd", "Limited", "PLC", "LLP"]),
    "DE": (["Nordlicht", "Rheinland", "Bergmann", "Schwarzwald", "Hansa", "Alpen", "Elbe", "Weber", "Fischer",
            "Schneider", "Brandt", "Spree", "Isar", "Mosel"],
           ["Bürotechnik", "Logistik", "Maschinenbau", "Handel", "Druckerei", "Elektro", "Verpackungen",
            "Software", "Baustoffe", "Gebäudeservice"],
           ["GmbH", "AG", "GmbH & Co. KG", "e.K.", "GmbH"]),
    "FR": (["Lumière", "Provence", "Bretagne", "Loire", "Rivoli", "Bastide", "Mistral", "Garonne", "Vauban",
            "Bellevue", "Rhône", "Alsace"],
           ["Fournitures", "Logistique", "Imprimerie", "Distribution", "Services", "Informatique", "Emballages",
            "Électricité", "Matériaux", "Nettoyage"],
           ["SARL", "SAS", "SA", "EURL"]),
    "NL": (["Van Dijk", "De Vries", "Oranje", "Zeeland", "Amstel", "Polder", "Noorderlicht", "Tulp", "Molen",
            "Hollandia", "Veluwe", "Maas"],
           ["Kantoorartikelen", "Logistiek", "Techniek", "Drukkerij", "Groothandel", "Verpakkingen",
            "Installatie", "Bouwmaterialen", "Schoonmaak"],
           ["B.V.", "N.V.", "V.O.F.", "B.V."]),
    "ES": (["Iberia", "Levante", "Cantábrico", "Sol", "Montserrat", "Guadalquivir", "Mediterráneo", "Castilla",
            "Alhambra", "Galicia", "Ebro", "Duero"],
           ["Suministros", "Logística", "Distribuciones", "Imprenta", "Servicios", "Informática", "Embalajes",
            "Construcciones", "Limpiezas"],
           ["S.L.", "S.A.", "S.L.U."]),
    "IN": (["Shree", "Ganesh", "Lakshmi", "Bharat", "Sai", "Kaveri", "Sahyadri", "Tirupati", "Indus", "Narmada",
            "Deccan", "Ganga", "Vishwa", "Suryodaya"],
           ["Enterprises", "Traders", "Industries", "Packaging", "Infotech", "Agencies", "Steel", "Pharma",
            "Logistics", "Polymers", "Textiles", "Electricals"],
           ["Pvt. Ltd.", "Private Limited", "LLP", "& Co.", "Pvt Ltd"]),
    "MY": (["Sinar", "Mutiara", "Cahaya", "Jaya", "Maju", "Harmoni", "Gemilang", "Bintang", "Seri", "Indah"],
           ["Trading", "Enterprise", "Supplies", "Engineering", "Mart", "Logistics", "Stationery"],
           ["Sdn. Bhd.", "Sdn Bhd", "Enterprise"]),
}

# Localised word order: "{core} {name} {suffix}" reads naturally for the Romance languages.
WORD_ORDER = {"FR": "core_first", "ES": "core_first"}

SHOP_KINDS = {
    "en": ["Supermarket", "Mini Mart", "Stores", "Supermarket", "Cash & Carry", "Minimarket", "Grocers"],
    "sw": ["Supermarket", "Mini Mart", "Duka la Jumla", "Stores"],
    "de": ["Markt", "Frischemarkt", "Lebensmittel", "Café & Markt"],
    "fr": ["Supérette", "Épicerie", "Marché", "Épicerie fine"],
    "nl": ["Supermarkt", "Buurtsuper", "Versmarkt"],
    "es": ["Supermercado", "Ultramarinos", "Autoservicio"],
}

PEOPLE = {
    "KE": ["Wanjiku Kamau", "Otieno Odhiambo", "Achieng Atieno", "Kiprop Chebet", "Mutua Musyoka",
           "Njeri Mwangi", "Hassan Omar", "Wafula Barasa"],
    "UG": ["Nakato Sarah", "Okello James", "Namubiru Grace", "Mugisha Brian", "Akello Ruth"],
    "TZ": ["Juma Mwinyi", "Neema Mushi", "Baraka Kimaro", "Rehema Said", "Amani Mollel"],
    "US": ["Jennifer Walsh", "Michael Torres", "Emily Chen", "David Miller", "Sarah Johnson"],
    "GB": ["Oliver Bennett", "Amelia Hughes", "George Patel", "Charlotte Evans", "Harry Wilson"],
    "DE": ["Julia Becker", "Thomas Wagner", "Anna Hoffmann", "Lukas Schulz", "Laura Koch"],
    "FR": ["Camille Martin", "Lucas Bernard", "Chloé Dubois", "Hugo Moreau", "Léa Laurent"],
    "NL": ["Sanne de Jong", "Daan Bakker", "Emma Visser", "Luuk Smit", "Fleur Meijer"],
    "ES": ["Lucía García", "Javier Fernández", "María López", "Pablo Martínez", "Carmen Sánchez"],
    "IN": ["Rajesh Kumar", "Priya Sharma", "Anil Mehta", "Sunita Rao", "Vikram Singh"],
    "MY": ["Tan Wei Ming", "Nur Aisyah", "Lim Siew Ling", "Muhammad Hafiz", "Rajan Pillai"],
}

STREETS = {
    "KE": ["Moi Avenue", "Kenyatta Avenue", "Mombasa Road", "Enterprise Road", "Ngong Road", "Kimathi Street",
           "Waiyaki Way", "Lunga Lunga Road", "Digo Road", "Oginga Odinga Street"],
    "UG": ["Kampala Road", "Jinja Road", "Entebbe Road", "Lumumba Avenue", "Bombo Road", "Nkrumah Road"],
    "TZ": ["Nyerere Road", "Samora Avenue", "Bagamoyo Road", "Ali Hassan Mwinyi Road", "Morogoro Road",
           "Uhuru Street"],
    "US": ["Market Street", "Main Street", "Oak Avenue", "Industrial Parkway", "Commerce Drive", "Elm Street",
           "Lakeshore Blvd", "Pine Road"],
    "GB": ["King Street", "High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane",
           "Park Road"],
    "DE": ["Hauptstraße", "Bahnhofstraße", "Industriestraße", "Gartenweg", "Schillerstraße", "Lindenallee"],
    "FR": ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Pasteur",
           "rue des Lilas", "avenue de la Gare"],
    "NL": ["Keizersgracht", "Stationsweg", "Industrieweg", "Kerkstraat", "Dorpsstraat", "Havenstraat"],
    "ES": ["Calle Mayor", "Avenida de la Constitución", "Calle de Alcalá", "Gran Vía", "Calle Real",
           "Paseo de Gracia"],
    "IN": ["MG Road", "Nehru Place", "Linking Road", "Anna Salai", "SG Highway", "Residency Road"],
    "MY": ["Jalan Ampang", "Jalan Tun Razak", "Jalan Bukit Bintang", "Jalan Sultan Ismail", "Jalan Klang Lama"],
}

CITIES = {
    "KE": [("Nairobi", "00100"), ("Nairobi", "00200"), ("Mombasa", "80100"), ("Kisumu", "40100"),
           ("Nakuru", "20100"), ("Eldoret", "30100"), ("Thika", "01000")],
    "UG": [("Kampala", ""), ("Entebbe", ""), ("Jinja", ""), ("Mbarara", ""), ("Gulu", "")],
    "TZ": [("Dar es Salaam", ""), ("Arusha", ""), ("Dodoma", ""), ("Mwanza", ""), ("Zanzibar", "")],
    "US": [("San Francisco, CA", "94103"), ("Austin, TX", "78701"), ("Columbus, OH", "43215"),
           ("Denver, CO", "80202"), ("Atlanta, GA", "30303"), ("Portland, OR", "97205"), ("Newark, NJ", "07102")],
    "GB": [("Manchester", "M2 4LQ"), ("London", "EC1A 1BB"), ("Leeds", "LS1 4AP"), ("Bristol", "BS1 5TR"),
           ("Birmingham", "B3 2DJ"), ("Glasgow", "G2 1DY")],
    "DE": [("Berlin", "10115"), ("Hamburg", "20095"), ("München", "80331"), ("Köln", "50667"),
           ("Frankfurt am Main", "60311"), ("Stuttgart", "70173")],
    "FR": [("Paris", "75002"), ("Lyon", "69002"), ("Marseille", "13001"), ("Toulouse", "31000"),
           ("Nantes", "44000"), ("Lille", "59000")],
    "NL": [("Amsterdam", "1015 CJ"), ("Rotterdam", "3011 AA"), ("Utrecht", "3511 LX"), ("Eindhoven", "5611 AB"),
           ("Den Haag", "2511 BT")],
    "ES": [("Madrid", "28014"), ("Barcelona", "08001"), ("Valencia", "46002"), ("Sevilla", "41001"),
           ("Bilbao", "48001")],
    "IN": [("Mumbai", "400093", "Maharashtra", "27"), ("Pune", "411001", "Maharashtra", "27"),
           ("Bengaluru", "560001", "Karnataka", "29"), ("New Delhi", "110019", "Delhi", "07"),
           ("Chennai", "600002", "Tamil Nadu", "33"), ("Ahmedabad", "380015", "Gujarat", "24")],
    "MY": [("Kuala Lumpur", "50450"), ("Petaling Jaya", "46200"), ("Penang", "10200"), ("Johor Bahru", "80000")],
}

BANKS = {
    "KE": ["Highland Commercial Bank", "Coast Savings Bank", "Equator Bank Kenya", "Rift Cooperative Bank"],
    "UG": ["Pearl Commercial Bank", "Nile Trust Bank", "Victoria Merchant Bank"],
    "TZ": ["Kilimanjaro Commercial Bank", "Coastal Trust Bank", "Tanzanite Bank"],
    "US": ["First Lakeside Bank", "Pioneer National Bank", "Harbor Trust Bank"],
    "GB": ["Albion Bank plc", "Northern Counties Bank", "Thames Savings Bank"],
    "DE": ["Hansa Sparkasse", "Rheinische Volksbank", "Nordbank eG"],
    "FR": ["Crédit Provençal", "Banque de la Loire", "Caisse Atlantique"],
    "NL": ["Polderbank N.V.", "Amstel Spaarbank", "Oranje Bank"],
    "ES": ["Banco del Levante", "Caja Castilla", "Banco Cantábrico"],
    "IN": ["Deccan Commercial Bank", "Bharat Union Bank", "Indus Mercantile Bank"],
    "MY": ["Bank Sinar Berhad", "Mutiara Bank Berhad"],
}


@dataclass
class Party:
    name: str
    address: list[str] = field(default_factory=list)
    tax_id: str | None = None          # the identifier string exactly as printed
    tax_label: str | None = None       # "PIN", "VAT Reg No.", "GSTIN", ...
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    contact: str | None = None
    reg_label: str | None = None       # company-registration decoy ("Company No.", "KvK", "SIRET")
    reg_no: str | None = None
    state: str | None = None           # IN: GST state name
    state_code: str | None = None


def company_name(rng: random.Random, loc: str) -> str:
    pre, core, suf = COMPANY_WORDS[loc]
    p, c, s = rng.choice(pre), rng.choice(core), rng.choice(suf)
    if WORD_ORDER.get(loc) == "core_first":
        return f"{c} {p} {s}"
    if loc == "NL" and rng.random() < 0.5:
        return f"{p} {c} {s}"
    if loc in ("DE",) and rng.random() < 0.4:
        return f"{p} {c} {s}"
    return f"{p} {c} {s}"


def shop_name(rng: random.Random, loc: str, lang: str) -> str:
    pre = rng.choice(COMPANY_WORDS[loc][0])
    kind = rng.choice(SHOP_KINDS.get(lang, SHOP_KINDS["en"]))
    if lang in ("fr", "es"):
        return f"{kind} {pre}"
    return f"{pre} {kind}"


def phone(rng: random.Random, loc: str) -> str:
    d = lambda n: _digits(rng, n)  # noqa: E731
    return {
        "KE": rng.choice([f"+254 7{d(2)} {d(3)} {d(3)}", f"0{rng.choice('71')}{d(2)} {d(6)}",
                          f"020 {d(3)} {d(4)}"]),
        "UG": rng.choice([f"+256 7{d(2)} {d(6)}", f"0414 {d(6)}"]),
        "TZ": rng.choice([f"+255 7{d(2)} {d(3)} {d(3)}", f"022 {d(3)} {d(4)}"]),
        "US": rng.choice([f"({rng.randint(201, 989)}) 555-{d(4)}", f"{rng.randint(201, 989)}-555-{d(4)}"]),
        "GB": rng.choice([f"0161 {d(3)} {d(4)}", f"020 {d(4)} {d(4)}", f"+44 113 {d(3)} {d(4)}"]),
        "DE": rng.choice([f"+49 30 {d(7)}", f"040 {d(6)}", f"089 {d(4)} {d(3)}"]),
        "FR": rng.choice([f"01 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 4 {d(2)} {d(2)} {d(2)} {d(2)}"]),
        "NL": rng.choice([f"020 {d(3)} {d(4)}", f"+31 10 {d(3)} {d(4)}"]),
        "ES": rng.choice([f"91 {d(3)} {d(2)} {d(2)}", f"+34 93 {d(3)} {d(2)} {d(2)}"]),
        "IN": rng.choice([f"+91 98{d(3)} {d(5)}", f"022-{d(8)}", f"080 {d(4)} {d(4)}"]),
        "MY": rng.choice([f"03-{d(4)} {d(4)}", f"+60 12-{d(3)} {d(4)}"]),
    }[loc]


def address(rng: random.Random, loc: str) -> tuple[list[str], tuple]:
    city = rng.choice(CITIES[loc])
    street = rng.choice(STREETS[loc])
    n = rng.randint(1, 240)
    if loc == "KE":
        box = f"P.O. Box {rng.randint(100, 99999)}-{city[1]}"
        lines = rng.choice([
            [f"{street}", box, city[0]],
            [f"{rng.choice(['Plot', 'LR No.'])} {rng.randint(1, 999)}, {street}", f"{box}, {city[0]}"],
            [box, city[0]],
            [f"{rng.choice(['Wing B', '2nd Floor', 'Godown 14', 'Suite 5'])}, {rng.choice(COMPANY_WORDS['KE'][0])} House",
             street, f"{box} {city[0]}"],
        ])
    elif loc in ("UG", "TZ"):
        box = f"P.O. Box {rng.randint(100, 99999)}"
        lines = rng.choice([
            [f"Plot {rng.randint(1, 300)}, {street}", f"{box}, {city[0]}"],
            [f"Plot {rng.randint(1, 300)} {street}", box, city[0]],
            [box, city[0], LOCALES[loc].country_names[0]],
        ])
    elif loc == "US":
        lines = rng.choice([
            [f"{n * 10} {street}", f"{city[0]} {city[1]}"],
            [f"{n * 10} {street}, Suite {rng.randint(100, 900)}", f"{city[0]} {city[1]}"],
            [f"{n * 10} {street}", f"Suite {rng.randint(100, 900)}", f"{city[0]} {city[1]}"],
        ])
    elif loc == "GB":
        lines = rng.choice([
            [f"{n} {street}", city[0], city[1]],
            [f"Unit {rng.randint(1, 40)}, {rng.choice(COMPANY_WORDS['GB'][0])} Business Park", f"{city[0]} {city[1]}"],
            [f"{n} {street}", f"{city[0]} {city[1]}"],
        ])
    elif loc == "DE":
        lines = [f"{street} {n}", f"{city[1]} {city[0]}"]
    elif loc == "FR":
        lines = [f"{n} {street}", f"{city[1]} {city[0]}"]
    elif loc == "NL":
        lines = [f"{street} {n}", f"{city[1]} {city[0]}"]
    elif loc == "ES":
        lines = [f"{street}, {n}", f"{city[1]} {city[0]}"]
    elif loc == "IN":
        lines = rng.choice([
            [f"Plot No. {rng.randint(1, 200)}, {street}", f"{city[0]} - {city[1]}", city[2]],
            [f"{rng.randint(1, 40)}, {rng.choice(['Industrial Estate', 'Main Road', 'Commercial Complex', 'Trade Centre'])}",
             f"{city[0]} {city[1]}, {city[2]}"],
        ])
    else:  # MY
        lines = [f"No. {n}, {street}", f"{city[1]} {city[0]}"]
    return lines, city


def tax_id(rng: random.Random, loc: str, city: tuple) -> tuple[str, str]:
    """(label, id as printed)."""
    d = lambda n: _digits(rng, n)  # noqa: E731
    if loc == "KE":
        return rng.choice(["PIN:", "PIN No:", "KRA PIN:", "PIN NO."]), f"P0{d(8)}{_letters(rng, 1)}"
    if loc == "UG":
        return rng.choice(["TIN:", "TIN No:", "TIN"]), f"100{d(7)}"
    if loc == "TZ":
        return rng.choice(["TIN:", "TIN No.", "TIN"]), f"{d(3)}-{d(3)}-{d(3)}"
    if loc == "US":
        return rng.choice(["EIN:", "Tax ID:", "Federal Tax ID:"]), f"{d(2)}-{d(7)}"
    if loc == "GB":
        v = d(9)
        return rng.choice(["VAT Reg No:", "VAT Registration No.", "VAT No."]), rng.choice(
            [f"GB {v[:3]} {v[3:7]} {v[7:]}", f"GB{v}"])
    if loc == "DE":
        return rng.choice(["USt-IdNr.:", "USt-ID:", "USt.-Id.Nr."]), f"DE{d(9)}"
    if loc == "FR":
        v = d(9)
        return rng.choice(["N° TVA intracommunautaire :", "TVA intracom. :", "N° TVA :"]), rng.choice(
            [f"FR{d(2)}{v}", f"FR {d(2)} {v}"])
    if loc == "NL":
        return rng.choice(["BTW-nummer:", "Btw-id:", "BTW nr.:"]), f"NL{d(9)}B{rng.randint(1, 9):02d}"
    if loc == "ES":
        return rng.choice(["NIF:", "CIF:", "NIF/CIF:"]), rng.choice([f"ES{rng.choice('AB')}{d(8)}",
                                                                       f"{rng.choice('AB')}{d(8)}"])
    if loc == "IN":
        return rng.choice(["GSTIN:", "GSTIN/UIN:", "GST No.:"]), make_gstin(rng, city[3])
    return rng.choice(["SST No:", "SST Reg. No.:"]), f"W10-{d(4)}-{d(8)}"


def reg_decoy(rng: random.Random, loc: str) -> tuple[str, str] | None:
    d = lambda n: _digits(rng, n)  # noqa: E731
    return {
        "KE": ("Reg. No.", f"CPR/{rng.randint(2005, 2020)}/{d(6)}"),
        "UG": ("Reg. No.", f"{d(8)}"),
        "TZ": ("VRN:", f"40-{d(6)}-{_letters(rng, 1)}"),
        "US": None,
        "GB": ("Company No.", d(8)),
        "DE": ("Amtsgericht", f"HRB {d(5)}"),
        "FR": ("SIRET", f"{d(3)} {d(3)} {d(3)} {d(5)}"),
        "NL": ("KvK", d(8)),
        "ES": ("Reg. Merc.", f"Tomo {d(4)}, Folio {d(2)}"),
        "IN": ("PAN:", f"{_letters(rng, 5)}{d(4)}{_letters(rng, 1)}"),
        "MY": ("Co. Reg. No.", f"{rng.randint(2000, 2022)}01{d(6)} ({d(6)}-{_letters(rng, 1)})"),
    }[loc]


def make_party(rng: random.Random, loc: str, *, name: str | None = None, person: bool = False) -> Party:
    lines, city = address(rng, loc)
    nm = name or (rng.choice(PEOPLE[loc]) if person else company_name(rng, loc))
    label, tid = tax_id(rng, loc, city)
    plain = unicodedata.normalize("NFKD", nm).encode("ascii", "ignore").decode()
    slug = "".join(ch for ch in plain.split()[0].lower() if ch.isalnum()) or "info"
    tld = {"KE": "co.ke", "UG": "co.ug", "TZ": "co.tz", "US": "com", "GB": "co.uk", "DE": "de", "FR": "fr",
           "NL": "nl", "ES": "es", "IN": "in", "MY": "com.my"}[loc]
    p = Party(name=nm, address=lines, tax_id=tid, tax_label=label, phone=phone(rng, loc),
              email=f"{rng.choice(['accounts', 'info', 'billing', 'finance', 'sales'])}@{slug}.{tld}",
              website=f"www.{slug}.{tld}", contact=rng.choice(PEOPLE[loc]))
    reg = reg_decoy(rng, loc)
    if reg:
        p.reg_label, p.reg_no = reg
    if loc == "IN":
        p.state, p.state_code = city[2], city[3]
    return p


def bank_lines(rng: random.Random, loc: str, lang: str) -> list[str]:
    """A bank-details footer block (account numbers, SWIFT/IBAN): all decoys."""
    bank = rng.choice(BANKS[loc])
    d = lambda n: _digits(rng, n)  # noqa: E731
    swift = _letters(rng, 4) + {"KE": "KE", "UG": "UG", "TZ": "TZ", "US": "US", "GB": "GB", "DE": "DE",
                                "FR": "FR", "NL": "NL", "ES": "ES", "IN": "IN", "MY": "MY"}[loc] + _letters(rng, 2)
    if loc in EU or loc == "GB":
        iban = make_iban(rng, loc)
        lab = {"de": ("Bank", "IBAN", "BIC"), "fr": ("Banque", "IBAN", "BIC"), "nl": ("Bank", "IBAN", "BIC"),
               "es": ("Banco", "IBAN", "BIC")}.get(lang, ("Bank", "IBAN", "SWIFT/BIC"))
        out = [f"{lab[0]}: {bank}", f"{lab[1]}: {iban}", f"{lab[2]}: {swift}"]
        if loc == "GB":
            out.insert(1, f"Sort code: {d(2)}-{d(2)}-{d(2)}  Account No: {d(8)}")
        return out
    if loc == "US":
        return [f"Bank: {bank}", f"ABA Routing: {d(9)}", f"Account: {d(10)}", f"SWIFT: {swift}"]
    if loc == "IN":
        return [f"Bank: {bank}", f"A/c No.: {d(14)}", f"IFSC: {_letters(rng, 4)}0{d(6)}",
                f"Branch: {rng.choice(CITIES['IN'])[0]}"]
    return [f"Bank: {bank}", f"Branch: {rng.choice(CITIES[loc])[0]}",
            f"{rng.choice(['A/C No:', 'Account No:', 'Acc. No.'])} {d(rng.choice([10, 12, 13]))}",
            f"SWIFT: {swift}"]
