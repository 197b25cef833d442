"""Invented but well-formed businesses, addresses and identifiers per country.

Identifiers carry valid check digits where a public algorithm exists (ABN, GSTIN, UK VAT, German
USt-IdNr., French SIREN/SIRET/TVA, Dutch BTW, Spanish CIF, IBAN), because real documents do and an
extractor may validate them.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field

# --------------------------------------------------------------------------------------------------
# Check-digit identifiers


def abn(rng: random.Random) -> str:
    """Australian Business Number, printed `51 824 753 556`."""
    weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        digits = [rng.randrange(1, 10), rng.randrange(10)] + [rng.randrange(10) for _ in range(9)]
        # Fix the last digit so the weighted sum of (first digit - 1, rest) is divisible by 89.
        for last in range(10):
            digits[10] = last
            check = [digits[0] - 1] + digits[1:]
            if sum(w * d for w, d in zip(weights, check, strict=True)) % 89 == 0:
                s = "".join(map(str, digits))
                return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def nz_gst(rng: random.Random) -> str:
    """NZ GST / IRD number `123-456-789` (IRD mod-11 check digit, primary weights)."""
    weights = [3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        base = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(7)]
        remainder = sum(w * d for w, d in zip(weights, base, strict=True)) % 11
        check = 0 if remainder == 0 else 11 - remainder
        if check < 10:
            s = "".join(map(str, base)) + str(check)
            return f"{s[:3]}-{s[3:6]}-{s[6:]}"


def uk_vat(rng: random.Random) -> str:
    """UK VAT registration number `GB 123 4567 89` (mod-97 check pair)."""
    body = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(6)]
    total = sum(d * w for d, w in zip(body, range(8, 1, -1), strict=True))
    s = "".join(map(str, body)) + f"{(-total) % 97:02d}"
    return f"GB {s[:3]} {s[3:7]} {s[7:]}"


def de_vat(rng: random.Random) -> str:
    """German USt-IdNr. `DE123456789` (ISO 7064 MOD 11,10)."""
    digits = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(7)]
    product = 10
    for d in digits:
        total = (d + product) % 10 or 10
        product = (2 * total) % 11
    check = (11 - product) % 10
    return "DE" + "".join(map(str, digits)) + str(check)


def _luhn_complete(prefix: str) -> str:
    for last in range(10):
        candidate = prefix + str(last)
        total = 0
        for i, ch in enumerate(reversed(candidate)):
            d = int(ch)
            if i % 2 == 1:
                d = d * 2 - 9 if d * 2 > 9 else d * 2
            total += d
        if total % 10 == 0:
            return candidate
    raise AssertionError("unreachable")


def siren(rng: random.Random) -> str:
    return _luhn_complete(str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(7)))


def siret(rng: random.Random, siren_number: str) -> str:
    return _luhn_complete(siren_number + "".join(str(rng.randrange(10)) for _ in range(4)))


def fr_vat(siren_number: str) -> str:
    key = (12 + 3 * (int(siren_number) % 97)) % 97
    return f"FR{key:02d}{siren_number}"


def nl_vat(rng: random.Random) -> str:
    """Dutch BTW-id `NL123456789B01` (eleven-test on the nine digits)."""
    while True:
        digits = [rng.randrange(10) for _ in range(8)]
        check = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
        if check < 10:
            return "NL" + "".join(map(str, digits)) + str(check) + "B0" + str(rng.choice([1, 1, 1, 2]))


def es_cif(rng: random.Random, letter: str = "B") -> str:
    """Spanish CIF of a company (`B` = S.L., `A` = S.A.): letter, 7 digits, control digit."""
    digits = [rng.randrange(10) for _ in range(7)]
    even = sum(digits[1::2])
    odd = 0
    for d in digits[0::2]:
        doubled = d * 2
        odd += doubled // 10 + doubled % 10
    control = (10 - (even + odd) % 10) % 10
    return letter + "".join(map(str, digits)) + str(control)


def es_nif_person(rng: random.Random) -> str:
    number = rng.randrange(10_000_000, 99_999_999)
    return f"{number}{'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}"


_GSTIN_CHARS = string.digits + string.ascii_uppercase


def gstin(rng: random.Random, state_code: int) -> str:
    """Indian GSTIN: state code, PAN, entity number, `Z`, mod-36 check character."""
    pan = ("".join(rng.choice(string.ascii_uppercase) for _ in range(3)) + rng.choice("CFP")
           + rng.choice(string.ascii_uppercase) + f"{rng.randrange(10000):04d}" + rng.choice(string.ascii_uppercase))
    body = f"{state_code:02d}{pan}{rng.choice('123')}Z"
    total = 0
    for i, ch in enumerate(body):
        product = _GSTIN_CHARS.index(ch) * (1 if i % 2 == 0 else 2)
        total += product // 36 + product % 36
    return body + _GSTIN_CHARS[(36 - total % 36) % 36]


def kra_pin(rng: random.Random, company: bool = True) -> str:
    return ("P" if company else "A") + f"{rng.randrange(10**9):09d}" + rng.choice(string.ascii_uppercase)


def it_partita_iva(rng: random.Random) -> str:
    """Italian Partita IVA: 7-digit number, 3-digit office code, Luhn check digit (11 digits)."""
    return _luhn_complete(f"{rng.randrange(10**6, 10**7)}{rng.choice([1, 15, 36, 58, 96, 100, 120]):03d}")


def it_codice_fiscale_person(rng: random.Random) -> str:
    """A natural person's codice fiscale (sole traders print it): 6 letters, birth code, town, check letter."""
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    letters = string.ascii_uppercase
    body = ("".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6)) + f"{rng.randrange(50, 99)}"
            + rng.choice("ABCDEHLMPRST") + f"{rng.randrange(1, 71):02d}" + rng.choice("ACFHLMR")
            + f"{rng.randrange(100, 999)}")
    total = 0
    for i, ch in enumerate(body):
        value = int(ch) if ch.isdigit() else letters.index(ch)
        total += odd[value] if i % 2 == 0 else value
    return body + letters[total % 26]


def pl_nip(rng: random.Random) -> str:
    """Polish NIP: ten digits, weights 6 5 7 2 3 4 5 6 7 mod 11 (a remainder of 10 is never issued)."""
    weights = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        digits = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(8)]
        check = sum(w * d for w, d in zip(weights, digits, strict=True)) % 11
        if check < 10:
            return "".join(map(str, digits)) + str(check)


def ca_business_number(rng: random.Random) -> str:
    """Canadian BN: nine digits with a Luhn check digit."""
    return _luhn_complete(str(rng.randrange(10**7, 10**8)))


def za_vat(rng: random.Random) -> str:
    """South African VAT number: ten digits starting with 4, Luhn check digit."""
    return _luhn_complete("4" + "".join(str(rng.randrange(10)) for _ in range(8)))


def iban(rng: random.Random, country: str) -> str:
    """A check-digit-valid IBAN, printed in groups of four."""
    def digits(n: int) -> str:
        return "".join(str(rng.randrange(10)) for _ in range(n))

    bban = {
        "DE": lambda: digits(18),
        "FR": lambda: digits(23),
        "NL": lambda: rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + digits(10),
        "ES": lambda: digits(20),
        "GB": lambda: rng.choice(["BARC", "LOYD", "NWBK", "HBUK"]) + digits(14),
        "IT": lambda: rng.choice(string.ascii_uppercase) + rng.choice(["03069", "02008", "05034", "01030"])
        + digits(5) + digits(12),
        "PL": lambda: digits(24),
    }[country]()
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(numeric) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def bic(rng: random.Random, country: str) -> str:
    return ("".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + country
            + rng.choice(["2X", "FF", "MM", "22", "AA"]) + rng.choice(["", "XXX"]))


# --------------------------------------------------------------------------------------------------
# Names and addresses

US_CITIES = [("Austin", "TX", "787"), ("Denver", "CO", "802"), ("Columbus", "OH", "432"),
             ("Portland", "OR", "972"), ("Raleigh", "NC", "276"), ("Madison", "WI", "537"),
             ("Tampa", "FL", "336"), ("Boise", "ID", "837"), ("San Jose", "CA", "951"),
             ("Newark", "NJ", "071"), ("Chicago", "IL", "606"), ("Scottsdale", "AZ", "852")]
US_STREETS = ["Market Street", "Oak Avenue", "Commerce Drive", "W 5th Street", "Industrial Pkwy",
              "Lakeview Blvd", "Maple Lane", "Harbor Way", "Pine Street", "Technology Dr"]
GB_PLACES = [("Leeds", "LS1 4DY"), ("Bristol", "BS1 6QH"), ("Reading", "RG1 3JH"), ("Norwich", "NR2 1NE"),
             ("Glasgow", "G2 5QR"), ("Sheffield", "S1 2HE"), ("Cardiff", "CF10 1EP"), ("York", "YO1 7HH")]
GB_STREETS = ["High Street", "Station Road", "Victoria Street", "Mill Lane", "Church Road", "Albion Place",
              "Kingsway", "Park Row"]
AU_PLACES = [("Melbourne", "VIC", "3000"), ("Sydney", "NSW", "2000"), ("Brisbane", "QLD", "4000"),
             ("Perth", "WA", "6000"), ("Adelaide", "SA", "5000"), ("Geelong", "VIC", "3220"),
             ("Newcastle", "NSW", "2300")]
NZ_PLACES = [("Auckland", "1010"), ("Wellington", "6011"), ("Christchurch", "8011"), ("Hamilton", "3204"),
             ("Dunedin", "9016")]
AU_STREETS = ["Collins Street", "George Street", "Queen Street", "Hay Street", "King William Street",
              "Parramatta Road", "Hunter Street", "Lambton Quay"]
DE_PLACES = [("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg"),
             ("70173", "Stuttgart"), ("04109", "Leipzig"), ("90402", "Nürnberg"), ("28195", "Bremen")]
DE_STREETS = ["Hauptstraße", "Industriestraße", "Bahnhofstraße", "Gartenweg", "Lindenallee",
              "Am Mühlbach", "Friedrichstraße", "Schillerstraße"]
FR_PLACES = [("75011", "Paris"), ("69003", "Lyon"), ("13008", "Marseille"), ("31000", "Toulouse"),
             ("44000", "Nantes"), ("33000", "Bordeaux"), ("59000", "Lille"), ("67000", "Strasbourg")]
FR_STREETS = ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Lilas",
              "place du Marché", "chemin des Vignes", "rue Victor Hugo", "quai de la Loire"]
NL_PLACES = [("1016 DV", "Amsterdam"), ("3011 AD", "Rotterdam"), ("3511 LX", "Utrecht"),
             ("5611 AB", "Eindhoven"), ("9711 LM", "Groningen"), ("2511 CV", "Den Haag")]
NL_STREETS = ["Keizersgracht", "Stationsplein", "Industrieweg", "Marktstraat", "Kerkstraat", "Havenweg"]
ES_PLACES = [("28013", "Madrid"), ("08007", "Barcelona"), ("46002", "Valencia"), ("41001", "Sevilla"),
             ("48001", "Bilbao"), ("50001", "Zaragoza"), ("29001", "Málaga")]
ES_STREETS = ["Calle Mayor", "Avenida de la Constitución", "Calle Alcalá", "Paseo de Gracia",
              "Calle Colón", "Polígono Industrial Las Arenas, Nave"]
KE_PLACES = [("Nairobi", "00100"), ("Mombasa", "80100"), ("Kisumu", "40100"), ("Nakuru", "20100"),
             ("Eldoret", "30100"), ("Thika", "01000")]
KE_STREETS = ["Mombasa Road", "Moi Avenue", "Kenyatta Avenue", "Enterprise Road", "Ngong Road",
              "Oginga Odinga Street", "Lunga Lunga Road"]
IN_PLACES = [("Mumbai", "Maharashtra", "400093", 27), ("Pune", "Maharashtra", "411001", 27),
             ("Bengaluru", "Karnataka", "560038", 29), ("Chennai", "Tamil Nadu", "600032", 33),
             ("Ahmedabad", "Gujarat", "380015", 24), ("New Delhi", "Delhi", "110020", 7),
             ("Hyderabad", "Telangana", "500081", 36), ("Kolkata", "West Bengal", "700091", 19)]
IN_STREETS = ["MIDC Industrial Area", "Outer Ring Road", "SG Highway", "Okhla Industrial Estate Phase II",
              "Guindy Industrial Estate", "HITEC City", "Salt Lake Sector V"]
MY_PLACES = [("47300", "Petaling Jaya", "Selangor"), ("50450", "Kuala Lumpur", "W.P. Kuala Lumpur"),
             ("81100", "Johor Bahru", "Johor"), ("10050", "George Town", "Pulau Pinang")]
MY_STREETS = ["Jalan SS 2/24", "Jalan Ampang", "Jalan Tun Razak", "Jalan Bukit Bintang", "Jalan Dato Keramat"]

IT_PLACES = [("20121", "Milano", "MI"), ("00184", "Roma", "RM"), ("10121", "Torino", "TO"),
             ("40121", "Bologna", "BO"), ("50123", "Firenze", "FI"), ("35131", "Padova", "PD"),
             ("80133", "Napoli", "NA"), ("37121", "Verona", "VR"), ("24121", "Bergamo", "BG")]
IT_STREETS = ["Via Roma", "Corso Italia", "Via Giuseppe Garibaldi", "Viale Europa", "Via dell'Industria",
              "Piazza della Repubblica", "Via Emilia Est", "Via Torino"]
PL_PLACES = [("00-624", "Warszawa"), ("30-059", "Kraków"), ("50-079", "Wrocław"), ("61-758", "Poznań"),
             ("80-830", "Gdańsk"), ("90-418", "Łódź"), ("40-005", "Katowice"), ("20-400", "Lublin")]
PL_STREETS = ["ul. Marszałkowska", "ul. Długa", "ul. Przemysłowa", "al. Jana Pawła II", "ul. Polna",
              "ul. Kościuszki", "ul. Grunwaldzka", "ul. Fabryczna"]
# city, province, postal code prefix (the province sets the sales taxes: HST, GST + QST, GST + PST)
CA_PLACES = [("Toronto", "ON", "M5V"), ("Ottawa", "ON", "K1P"), ("Mississauga", "ON", "L5B"),
             ("Montréal", "QC", "H3B"), ("Québec", "QC", "G1R"), ("Vancouver", "BC", "V6B"),
             ("Calgary", "AB", "T2P"), ("Edmonton", "AB", "T5J"), ("Halifax", "NS", "B3J"),
             ("Winnipeg", "MB", "R3C"), ("Moncton", "NB", "E1C"), ("Saskatoon", "SK", "S7K")]
CA_STREETS = ["King Street West", "Bay Street", "Main Street", "Queen Street East", "Industrial Road",
              "Wellington Street", "Commerce Court", "Centre Street"]
CA_STREETS_QC = ["rue Sainte-Catherine Ouest", "boulevard René-Lévesque", "rue Saint-Jean", "avenue du Parc",
                 "boulevard Saint-Laurent", "rue Notre-Dame Est"]
ZA_PLACES = [("Cape Town", "8001"), ("Johannesburg", "2001"), ("Sandton", "2196"), ("Durban", "4001"),
             ("Pretoria", "0002"), ("Gqeberha", "6001"), ("Stellenbosch", "7600"), ("Midrand", "1685")]
ZA_STREETS = ["Loop Street", "Rivonia Road", "Jan Smuts Avenue", "Florida Road", "Church Street",
              "Main Road", "Long Street", "West Street"]

SURNAMES = {
    "en": ["Harper", "Whitfield", "Calloway", "Brennan", "Ashford", "Montague", "Garrison", "Prescott",
           "Lockhart", "Sterling", "Holloway", "Kendrick", "Fairbanks", "Redmond", "Thornton", "Delgado"],
    "de": ["Brandt", "Hoffmann", "Krüger", "Schreiber", "Wagner", "Lehmann", "Vogel", "Zimmermann",
           "Hartmann", "Seidel", "Köhler", "Neumann"],
    "fr": ["Lefèvre", "Moreau", "Garnier", "Rousseau", "Chevalier", "Fontaine", "Marchand", "Girard",
           "Lambert", "Bonnet"],
    "nl": ["de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos",
           "Vermeulen"],
    "es": ["García", "Fernández", "Navarro", "Romero", "Ortega", "Castillo", "Molina", "Serrano",
           "Ruiz", "Delgado"],
    "ke": ["Kamau", "Otieno", "Wanjiru", "Mutua", "Njoroge", "Achieng", "Kiprop", "Wekesa", "Chebet",
           "Odhiambo"],
    "in": ["Sharma", "Iyer", "Patel", "Reddy", "Mehta", "Nair", "Gupta", "Desai", "Kulkarni", "Banerjee"],
    "my": ["Tan", "Lim", "Wong", "Lee", "Ahmad", "Rahman", "Chong", "Ng"],
    "it": ["Rossi", "Bianchi", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco",
           "Bruno", "Gallo", "Conti"],
    "pl": ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
           "Dąbrowski", "Kaczmarek"],
    "za": ["Naidoo", "van der Merwe", "Botha", "Dlamini", "Nkosi", "Pillay", "Smith", "Mokoena", "du Plessis",
           "Khumalo"],
}
FIRST_NAMES = {
    "en": ["Olivia", "James", "Priya", "Marcus", "Hannah", "Daniel", "Chloe", "Ethan", "Grace", "Samuel"],
    "de": ["Anna", "Jonas", "Lena", "Felix", "Sophie", "Lukas"],
    "fr": ["Camille", "Julien", "Léa", "Antoine", "Manon", "Hugo"],
    "nl": ["Sanne", "Daan", "Femke", "Bram", "Lotte", "Joris"],
    "es": ["Lucía", "Javier", "Marta", "Pablo", "Elena", "Sergio"],
    "ke": ["Wanjiku", "Brian", "Faith", "Kevin", "Mercy", "Dennis"],
    "in": ["Ananya", "Rahul", "Sneha", "Vikram", "Kavya", "Arjun"],
    "my": ["Mei Ling", "Hafiz", "Siti", "Kok Wai"],
    "it": ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro"],
    "pl": ["Anna", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Paweł"],
    "za": ["Thabo", "Lerato", "Pieter", "Ayesha", "Sipho", "Megan"],
}
NOUNS = {
    "en": ["Analytics", "Supply", "Logistics", "Fabrication", "Office Solutions", "Design Studio",
           "Electrical", "Software", "Packaging", "Facilities", "Consulting", "Print & Media",
           "Industrial Parts", "Cloud Services", "Landscaping", "Hydraulics"],
    "de": ["Haustechnik", "Logistik", "Metallbau", "Bürobedarf", "Elektrotechnik", "Softwarehaus",
           "Verpackungen", "Gebäudeservice", "Maschinenbau", "Druckerei"],
    "fr": ["Emballages", "Informatique", "Transports", "Bâtiment", "Conseil", "Fournitures",
           "Imprimerie", "Électricité", "Menuiserie"],
    "nl": ["Installatietechniek", "Logistiek", "Bouw", "Kantoorartikelen", "Software", "Verpakkingen",
           "Schoonmaak", "Metaal"],
    "es": ["Suministros", "Transportes", "Construcciones", "Informática", "Embalajes", "Asesores",
           "Instalaciones", "Artes Gráficas"],
    "ke": ["Agrovet", "Hardware", "Logistics", "Stationers", "Engineering", "Distributors",
           "Motors", "Pharmaceuticals", "Supplies", "Technologies"],
    "in": ["Enterprises", "Traders", "Polymers", "Infotech", "Engineering Works", "Textiles",
           "Pharma", "Logistics", "Electricals"],
    "my": ["Trading", "Mart", "Hardware", "Bakery", "Pharmacy", "Electrical"],
    "it": ["Forniture", "Informatica", "Trasporti", "Costruzioni", "Impianti", "Servizi", "Grafiche",
           "Meccanica", "Consulting"],
    "pl": ["Usługi", "Transport", "Budownictwo", "Systemy", "Handel", "Instalacje", "Poligrafia", "Technika",
           "Logistyka"],
    "za": ["Engineering", "Logistics", "Supplies", "Trading", "Projects", "Technologies", "Electrical",
           "Distributors", "Printers"],
}
PLACE_WORDS = {
    "en": ["Northwind", "Bluewater", "Summit", "Ironbridge", "Cedar", "Riverside", "Granite",
           "Silverline", "Westbrook", "Crescent", "Pinnacle", "Brightwell"],
    "de": ["Rhein", "Nord", "Alpen", "Spree", "Elbe", "Main", "Taunus", "Isar"],
    "fr": ["Loire", "Provence", "Atlantique", "Alpes", "Bretagne", "Rhône", "Val de Seine"],
    "nl": ["Noord", "Delta", "Polder", "Zeeland", "Eemland", "Amstel"],
    "es": ["Levante", "Ibérica", "Mediterráneo", "Cantábrico", "del Sur", "Castellana"],
    "ke": ["Rift Valley", "Savannah", "Kilimanjaro", "Tana", "Lake Basin", "Mt. Kenya", "Coastline"],
    "in": ["Sai", "Shree Ganesh", "Sunrise", "Deccan", "Indus", "Lotus", "Kaveri"],
    "my": ["Sinar", "Mega", "Bintang", "Harmoni", "Seri"],
    "it": ["Adriatica", "Lombarda", "Tirrenica", "Alpina", "Padana", "Veneta", "Ligure"],
    "pl": ["Mazowsze", "Bałtyk", "Wisła", "Tatry", "Warta", "Pomorze", "Śląsk"],
    "za": ["Table Mountain", "Highveld", "Karoo", "Drakensberg", "Cape", "Lowveld", "Boland"],
}
SUFFIXES = {
    "US": ["LLC", "Inc.", "Co.", "Corp.", "Inc", "Group LLC"],
    "GB": ["Ltd", "Limited", "LLP", "Ltd.", "plc"],
    "AU": ["Pty Ltd", "Pty. Ltd.", "Pty Limited"],
    "NZ": ["Limited", "Ltd"],
    "DE": ["GmbH", "GmbH & Co. KG", "AG", "e.K.", "UG (haftungsbeschränkt)"],
    "FR": ["SAS", "SARL", "EURL", "SA"],
    "NL": ["B.V.", "V.O.F.", "B.V."],
    "ES": ["S.L.", "S.A.", "S.L.U."],
    "KE": ["Limited", "Ltd", "(K) Ltd", "Enterprises Ltd"],
    "IN": ["Pvt. Ltd.", "Private Limited", "LLP", ""],
    "MY": ["Sdn Bhd", "Sdn. Bhd.", "Enterprise"],
    "IT": ["S.r.l.", "S.p.A.", "S.r.l.", "S.n.c.", "S.a.s.", "Srl"],
    "PL": ["Sp. z o.o.", "Sp. z o.o.", "S.A.", "Sp.j.", "sp. k."],
    "CA": ["Inc.", "Ltd.", "Corp.", "Inc.", "Ltée", "Limited"],
    "ZA": ["(Pty) Ltd", "(Pty) Ltd", "CC", "Ltd"],
}
LANG_OF = {"IT": "it", "PL": "pl", "CA": "en", "ZA": "za", "US": "en", "GB": "en", "AU": "en", "NZ": "en", "DE": "de", "FR": "fr", "NL": "nl", "ES": "es",
           "KE": "ke", "IN": "in", "MY": "my"}


@dataclass
class Party:
    """A business as printed: name, postal address lines, ids, contact details."""

    name: str
    address: list[str]
    country: str
    tax_id: str | None = None
    account: str | None = None          # the party's account number as printed (vendor/customer id)
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    extra: dict[str, str] = field(default_factory=dict)  # decoy ids: company no., PAN, KvK, ...

    @property
    def address_text(self) -> str:
        return ", ".join(self.address)


def company_name(rng: random.Random, country: str) -> str:
    lang = LANG_OF[country]
    suffix = rng.choice(SUFFIXES[country])
    style = rng.random()
    if style < 0.4:
        base = f"{rng.choice(PLACE_WORDS[lang])} {rng.choice(NOUNS[lang])}"
    elif style < 0.7:
        base = f"{rng.choice(SURNAMES[lang])} {rng.choice(NOUNS[lang])}"
    elif style < 0.85:
        a, b = rng.sample(SURNAMES[lang], 2)
        joiner = {"de": "&", "fr": "&", "es": "y"}.get(lang, "&")
        base = f"{a} {joiner} {b}"
    else:
        base = f"{rng.choice(NOUNS[lang])} {rng.choice(PLACE_WORDS[lang])}"
    if lang == "fr" and style < 0.4:
        base = f"{rng.choice(NOUNS[lang])} {rng.choice(PLACE_WORDS[lang])}"
    return f"{base} {suffix}".strip()


def person_name(rng: random.Random, country: str) -> str:
    lang = LANG_OF[country]
    return f"{rng.choice(FIRST_NAMES[lang])} {rng.choice(SURNAMES[lang])}"


def address(rng: random.Random, country: str) -> list[str]:
    """Postal address lines in the country's order."""
    n = rng.randrange(2, 480)
    if country == "US":
        city, state, zip3 = rng.choice(US_CITIES)
        lines = [f"{n * 10 + rng.randrange(10)} {rng.choice(US_STREETS)}"]
        if rng.random() < 0.35:
            lines[0] += f", Suite {rng.randrange(100, 900)}"
        lines.append(f"{city}, {state} {zip3}{rng.randrange(10, 99)}")
        if rng.random() < 0.2:
            lines.append("United States")
        return lines
    if country == "GB":
        town, postcode = rng.choice(GB_PLACES)
        lines = [f"{n} {rng.choice(GB_STREETS)}", town, postcode]
        if rng.random() < 0.4:
            lines.insert(0, f"Unit {rng.randrange(1, 30)}, {rng.choice(['Riverside', 'Enterprise', 'Meadow', 'Canal'])} "
                            f"{rng.choice(['Business Park', 'Court', 'Trading Estate'])}")
        return lines
    if country == "AU":
        city, state, pc = rng.choice(AU_PLACES)
        first = f"{n} {rng.choice(AU_STREETS)}"
        if rng.random() < 0.4:
            first = f"Level {rng.randrange(1, 30)}, {first}"
        return [first, f"{city.upper() if rng.random() < 0.3 else city} {state} {pc}"]
    if country == "NZ":
        city, pc = rng.choice(NZ_PLACES)
        return [f"{n} {rng.choice(AU_STREETS)}", f"{city} {pc}"]
    if country == "DE":
        pc, city = rng.choice(DE_PLACES)
        return [f"{rng.choice(DE_STREETS)} {n % 140 + 1}", f"{pc} {city}"]
    if country == "FR":
        pc, city = rng.choice(FR_PLACES)
        return [f"{n % 120 + 1} {rng.choice(FR_STREETS)}", f"{pc} {city}"]
    if country == "NL":
        pc, city = rng.choice(NL_PLACES)
        return [f"{rng.choice(NL_STREETS)} {n % 300 + 1}", f"{pc} {city}"]
    if country == "ES":
        pc, city = rng.choice(ES_PLACES)
        street = rng.choice(ES_STREETS)
        return [f"{street} {n % 90 + 1}" if street.endswith("Nave") else f"{street}, {n % 90 + 1}", f"{pc} {city}"]
    if country == "KE":
        city, pc = rng.choice(KE_PLACES)
        if rng.random() < 0.5:
            return [f"P.O. Box {rng.randrange(1000, 99999)}-{pc}", city]
        return [f"{rng.choice(KE_STREETS)}, Plot {rng.randrange(10, 999)}/{rng.randrange(100, 9999)}", city]
    if country == "IN":
        city, state, pin, _ = rng.choice(IN_PLACES)
        return [f"Plot No. {n % 200 + 1}, {rng.choice(IN_STREETS)}", f"{city}, {state} - {pin}"]
    if country == "MY":
        pc, city, state = rng.choice(MY_PLACES)
        return [f"No. {n % 90 + 1}, {rng.choice(MY_STREETS)}", f"{pc} {city}, {state}"]
    if country == "IT":
        pc, city, prov = rng.choice(IT_PLACES)
        return [f"{rng.choice(IT_STREETS)}, {n % 160 + 1}", f"{pc} {city} ({prov})"]
    if country == "PL":
        pc, city = rng.choice(PL_PLACES)
        number = f"{n % 150 + 1}" + (f"/{rng.randrange(1, 40)}" if rng.random() < 0.4 else "")
        return [f"{rng.choice(PL_STREETS)} {number}", f"{pc} {city}"]
    if country == "CA":
        city, prov, fsa = rng.choice(CA_PLACES)
        street = rng.choice(CA_STREETS_QC if prov == "QC" else CA_STREETS)
        first = f"{n * 10 + rng.randrange(10)} {street}"
        if rng.random() < 0.35:
            first = f"{'Bureau' if prov == 'QC' else 'Suite'} {rng.randrange(100, 2400)}, {first}" if rng.random() < 0.5 \
                else f"{first}, {'bureau' if prov == 'QC' else 'Suite'} {rng.randrange(100, 2400)}"
        postal = f"{fsa} {rng.randrange(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randrange(1, 9)}"
        return [first, f"{city} {prov} {postal}"]
    if country == "ZA":
        city, pc = rng.choice(ZA_PLACES)
        lines = [f"{n % 300 + 1} {rng.choice(ZA_STREETS)}", city, pc]
        if rng.random() < 0.4:
            lines.insert(0, f"Unit {rng.randrange(1, 40)}, {rng.choice(['Century', 'Waterfront', 'Oakridge', 'Gateway'])} "
                            f"{rng.choice(['Office Park', 'Business Park', 'Centre'])}")
        return lines
    raise ValueError(country)


def phone(rng: random.Random, country: str) -> str:
    r = rng.randrange
    return {
        "US": lambda: f"({r(201, 989)}) {r(200, 999)}-{r(1000, 9999)}",
        "GB": lambda: f"0{r(113, 199)} {r(100, 999)} {r(1000, 9999)}",
        "AU": lambda: f"(0{r(2, 9)}) {r(8000, 9999)} {r(1000, 9999)}",
        "NZ": lambda: f"+64 9 {r(300, 999)} {r(1000, 9999)}",
        "DE": lambda: f"+49 {r(30, 899)} {r(100000, 9999999)}",
        "FR": lambda: f"0{r(1, 5)} {r(10, 99)} {r(10, 99)} {r(10, 99)} {r(10, 99)}",
        "NL": lambda: f"0{r(10, 79)} {r(100, 999)} {r(1000, 9999)}",
        "ES": lambda: f"+34 9{r(10, 99)} {r(100, 999)} {r(100, 999)}",
        "KE": lambda: f"+254 7{r(10, 99)} {r(100, 999)} {r(100, 999)}",
        "IN": lambda: f"+91 {r(70000, 99999)} {r(10000, 99999)}",
        "MY": lambda: f"03-{r(7000, 7999)} {r(1000, 9999)}",
        "IT": lambda: f"+39 0{r(2, 99)} {r(100000, 9999999)}",
        "PL": lambda: f"+48 {r(12, 99)} {r(100, 999)} {r(10, 99)} {r(10, 99)}",
        "CA": lambda: f"({r(204, 905)}) {r(200, 999)}-{r(1000, 9999)}",
        "ZA": lambda: f"+27 {r(10, 87)} {r(100, 999)} {r(1000, 9999)}",
    }[country]()


def domain(name: str) -> str:
    word = "".join(ch for ch in name.split()[0].lower() if ch.isalnum() and ch.isascii()) or "mail"
    return f"{word}.example"


def make_company(rng: random.Random, country: str, *, with_tax: bool = True) -> Party:
    """A business of the country with its tax id (valid check digits) and decoy ids."""
    name = company_name(rng, country)
    party = Party(name=name, address=address(rng, country), country=country,
                  phone=phone(rng, country))
    dom = domain(name)
    party.email = f"{rng.choice(['accounts', 'billing', 'info', 'finance', 'ar'])}@{dom}"
    party.website = f"www.{dom}"
    if country == "GB":
        party.tax_id = uk_vat(rng)
        party.extra["company_no"] = f"{rng.randrange(10**7, 10**8 - 1):08d}"
    elif country == "AU":
        party.tax_id = abn(rng)
        party.extra["acn"] = party.tax_id.replace(" ", "")[2:5] + " " + party.tax_id.replace(" ", "")[5:8] + " " + \
            party.tax_id.replace(" ", "")[8:11]
    elif country == "NZ":
        party.tax_id = nz_gst(rng)
        party.extra["nzbn"] = "94290" + "".join(str(rng.randrange(10)) for _ in range(8))
    elif country == "DE":
        party.tax_id = de_vat(rng)
        party.extra["steuernummer"] = f"{rng.randrange(10, 99)}/{rng.randrange(100, 999)}/{rng.randrange(10000, 99999)}"
        party.extra["hrb"] = f"HRB {rng.randrange(1000, 250000)}"
    elif country == "FR":
        s = siren(rng)
        party.tax_id = fr_vat(s)
        party.extra["siren"] = s
        party.extra["siret"] = siret(rng, s)
        party.extra["rcs"] = f"RCS {rng.choice(['Paris', 'Lyon', 'Nantes', 'Lille'])} {s[:3]} {s[3:6]} {s[6:]}"
        party.extra["ape"] = f"{rng.randrange(10, 99)}{rng.randrange(10, 99)}{rng.choice('ABCZ')}"
    elif country == "NL":
        party.tax_id = nl_vat(rng)
        party.extra["kvk"] = f"{rng.randrange(10**7, 10**8 - 1)}"
    elif country == "ES":
        letter = "B" if "S.L" in name else "A"
        party.tax_id = es_cif(rng, letter)
    elif country == "KE":
        party.tax_id = kra_pin(rng)
    elif country == "IN":
        state_code = next(code for city, state, pin, code in IN_PLACES if party.address[-1].startswith(city))
        party.tax_id = gstin(rng, state_code)
        party.extra["pan"] = party.tax_id[2:12]
        party.extra["state_code"] = f"{state_code:02d}"
        party.extra["state"] = party.address[-1].split(",")[1].split("-")[0].strip()
    elif country == "MY":
        party.tax_id = f"{rng.choice('BWJ')}{rng.randrange(10, 99)}-{rng.randrange(1800, 1912)}-{rng.randrange(10**7, 10**8)}"
        party.extra["roc"] = f"{rng.randrange(100000, 1500000)}-{rng.choice('DKUAPMTW')}"
    elif country == "US":
        party.tax_id = f"{rng.randrange(10, 99)}-{rng.randrange(10**6, 10**7)}"
    elif country == "IT":
        party.tax_id = it_partita_iva(rng)
        party.extra["rea"] = f"{party.address[-1].rsplit('(', 1)[1].rstrip(')')}-{rng.randrange(100000, 2999999)}"
    elif country == "PL":
        party.tax_id = pl_nip(rng)
        party.extra["regon"] = f"{rng.randrange(10**8, 10**9)}"
        party.extra["krs"] = f"{rng.randrange(10**5, 10**6):010d}"
    elif country == "CA":
        bn = ca_business_number(rng)
        party.extra["bn"] = bn
        party.extra["province"] = party.address[-1].split()[-3]
        party.tax_id = f"{bn} RT0001"
        if party.extra["province"] == "QC":
            party.extra["qst"] = f"{rng.randrange(10**9, 10**10)} TQ0001"
    elif country == "ZA":
        party.tax_id = za_vat(rng)
        party.extra["reg_no"] = f"{rng.randrange(1995, 2023)}/{rng.randrange(10**5, 10**6):06d}/{rng.choice(['07', '07', '23', '06'])}"
    if not with_tax:
        party.tax_id = None
    return party


def account_code(rng: random.Random, style: str) -> str:
    r = rng.randrange
    return {
        "C": lambda: f"C{r(1000, 99999):05d}",
        "CUST": lambda: f"CUST-{r(100, 9999):04d}",
        "num": lambda: str(r(10000, 999999)),
        "long": lambda: f"{r(1000, 9999)} {r(1000, 9999)} {r(10, 99)}",
        "dash": lambda: f"{r(100, 999)}-{r(100000, 999999)}-{r(1, 9)}",
        "V": lambda: f"V{r(10000, 99999)}",
        "sap": lambda: str(r(100000, 399999)),
        "KD": lambda: f"KD-{r(10000, 99999)}",
        "alpha": lambda: "".join(rng.choice(string.ascii_uppercase) for _ in range(3)) + f"{r(100, 999)}",
    }[style]()
