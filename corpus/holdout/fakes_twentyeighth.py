"""Parties and identifiers for the twenty-eighth set: Croatian banks, fiscal invoice numbers (`245/1/1`) and the HR model reference
(`HR00` / `HR01` with the MOD 11 INI control digit); Lithuanian banks' operation numbers and invoice series; Vietnamese transfer
references, invoice numbers and the long date (`ngày 15 tháng 03 năm 2024`); Venezuelan companies (the RIF `J-12345678-9` with its
check digit, the número de control) and Nicaraguan companies (the RUC `J0310000012345`, addresses given from landmarks); Samoan
and Tongan businesses (TIN) and their towns; Sierra Leonean, Liberian and Gambian companies (TIN) and towns; pest controllers and
their licences; hardware stores and their stock. Written without reading the engine."""

from __future__ import annotations

import random
import string
from datetime import date

from corpus.holdout.fakes import Party, domain
from corpus.holdout.fakes_twentysixth import digits

UPPER = string.ascii_uppercase


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


# --------------------------------------------------------------------------------------------------
# Croatia: banks, fiscal invoice numbers, the model reference (poziv na broj)

HR_BANKS = [("Zagrebačka banka d.d.", "ZABAHR2X"), ("Privredna banka Zagreb d.d.", "PBZGHR2X"), ("Erste&Steiermärkische Bank d.d.", "ESBCHR22"),
            ("OTP banka d.d.", "OTPVHR2X"), ("Raiffeisenbank Austria d.d.", "RZBHHR2X"), ("Hrvatska poštanska banka d.d.", "HPBZHR2X")]


def hr_mod11ini(body: str) -> str:
    """The control digit of model HR01 (ISO 7064 MOD 11,10 over the digits, as the OIB's): 10 and 11 give 0."""
    a = 10
    for ch in body:
        a = (a + int(ch)) % 10 or 10
        a = a * 2 % 11
    check = 11 - a
    return "0" if check >= 10 else str(check)


def hr_invoice_numbering(rng: random.Random):
    """Fiscalised invoice numbers: the number, the business premises' mark and the cash device's mark, `245/1/1` or `245-POSL1-2`."""
    state = {"n": rng.randrange(20, 3000)}
    premises, device = pick(rng, ["1", "1", "2", "POSL1", "PP1", "UR1"]), pick(rng, ["1", "1", "2", "3"])
    sep = pick(rng, ["/", "/", "-"])

    def number() -> str:
        state["n"] += rng.randrange(1, 40)
        return f"{state['n']}{sep}{premises}{sep}{device}"

    return number


def hr_reference(invoice: str, model: str = "00") -> str:
    """`HR00 245-1-1` (the invoice's number blocks, no control) or `HR01 245-1-17` (the control digit of all the digits appended)."""
    parts = ["".join(ch for ch in part if ch.isdigit()) for part in invoice.replace("/", "-").split("-")]
    parts = [p for p in parts if p] or ["0"]
    if model == "01":
        parts[-1] += hr_mod11ini("".join(parts))
    return f"HR{model} " + "-".join(parts)


# --------------------------------------------------------------------------------------------------
# Lithuania: invoice series and numbers, bank operation numbers

LT_SERIES = ["VLN", "KNS", "SF", "PVM", "BAL", "NEM", "AAA", "GNT"]


def lt_invoice_numbering(rng: random.Random):
    series = pick(rng, LT_SERIES)
    style = rng.randrange(3)
    state = {"n": rng.randrange(100, 40000)}

    def number(when: date) -> str:
        state["n"] += rng.randrange(1, 70)
        n = state["n"]
        return [f"{series}{n:06d}", f"{series}-{when.year}-{n % 10000:04d}", f"{series} {n:07d}"][style]

    return number


def lt_operation_number(rng: random.Random, when: date) -> str:
    return pick(rng, [f"{when.strftime('%Y%m%d')}{digits(rng, 8)}", f"RO{digits(rng, 12)}", f"{digits(rng, 6)}-{digits(rng, 10)}"])


# --------------------------------------------------------------------------------------------------
# Vietnam: transfer references, invoice numbers and serials, the long date

def vn_long_date(d: date) -> str:
    return f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"


def vn_transfer_ref(rng: random.Random, when: date) -> str:
    day_of_year = when.timetuple().tm_yday
    return pick(rng, [f"FT{when.year % 100:02d}{day_of_year:03d}{digits(rng, 7)}", f"{when.strftime('%y%m%d')}{digits(rng, 8)}", f"TT{digits(rng, 12)}"])


def vn_invoice_number(rng: random.Random) -> str:
    return f"{rng.randrange(1, 99999):08d}"


def vn_serial(rng: random.Random, when: date) -> str:
    return f"1C{when.year % 100:02d}T{pick(rng, UPPER)}{pick(rng, UPPER)}"


# --------------------------------------------------------------------------------------------------
# Venezuela: the RIF with its check digit, the número de control; Nicaragua: the RUC

_RIF_LETTERS = {"V": 1, "E": 2, "J": 3, "P": 4, "G": 5}


def ve_rif_check(letter: str, body8: str) -> str:
    """The RIF's check digit as commonly published: the letter's value (V 1, E 2, J 3, P 4, G 5) and the eight digits weighted
    4 3 2 7 6 5 4 3 2, eleven minus the sum mod 11 (10 and 11 give 0)."""
    values = [_RIF_LETTERS[letter]] + [int(ch) for ch in body8]
    total = sum(v * w for v, w in zip(values, [4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True))
    check = 11 - total % 11
    return "0" if check >= 10 else str(check)


def ve_rif(rng: random.Random, letter: str = "J") -> str:
    body = f"{rng.choice(['3', '4', '5', '2'])}{digits(rng, 7)}" if letter == "J" else f"{rng.randrange(5_000_000, 30_000_000):08d}"
    return f"{letter}-{body}-{ve_rif_check(letter, body)}"


def ve_rif_valid(printed: str) -> bool:
    parts = printed.split("-")
    return len(parts) == 3 and parts[0] in _RIF_LETTERS and len(parts[1]) == 8 and parts[1].isdigit() and ve_rif_check(parts[0], parts[1]) == parts[2]


VE_PLACES = [("Caracas", ["Av. Francisco de Miranda, Edif. Parque Cristal, Piso {p}, Los Palos Grandes", "Av. Libertador, Centro Comercial Los Cedros, Local {l}",
                          "Calle Guaicaipuro, Edif. Torre Alfa, Piso {p}, El Rosal", "Av. Principal de La Castellana, Qta. Mi Refugio"], "Municipio Chacao, Caracas 1060"),
             ("Valencia", ["Av. Bolívar Norte, C.C. Camoruco, Nivel {p}, Local {l}", "Zona Industrial Municipal Sur, Calle {p}, Galpón {l}"], "Edo. Carabobo 2001"),
             ("Maracaibo", ["Av. 5 de Julio con Calle 77, Edif. Lagoven, Piso {p}", "Av. Delicias, Sector Tierra Negra, Local {l}"], "Edo. Zulia 4001"),
             ("Barquisimeto", ["Av. Lara con Calle 12, C.C. Churun Meru, Local {l}", "Carrera 19 entre Calles 27 y 28, Local {l}"], "Edo. Lara 3001")]
VE_WORDS = (["Distribuidora", "Inversiones", "Servicios", "Suministros", "Comercializadora", "Tecnología", "Importadora", "Corporación"],
            ["Ávila", "Orinoco", "Caribe", "Los Andes", "Catatumbo", "Roraima", "Guárico", "Margarita", "Canaima", "Tepuy", "Morrocoy", "Mérida"],
            ["C.A.", "C.A.", "S.A.", "2020, C.A.", "Express, C.A."])


def ve_party(rng: random.Random) -> Party:
    city, streets, state = pick(rng, VE_PLACES)
    a, b, c = (pick(rng, part) for part in VE_WORDS)
    name = f"{a} {b} {c}"
    street = pick(rng, streets).format(p=rng.randrange(1, 15), l=rng.randrange(1, 80))
    party = Party(name=name, address=[street, state if city in state else f"{city}, {state}"], country="VE", tax_id=ve_rif(rng),
                  phone=f"+58 {pick(rng, ['212', '241', '261', '251'])}-{digits(rng, 3)}.{digits(rng, 2)}.{digits(rng, 2)}")
    party.email = f"{pick(rng, ['administracion', 'facturacion', 'ventas'])}@{domain(b.replace('Á', 'A').replace('í', 'i'))}"
    return party


def ve_control_number(rng: random.Random) -> str:
    return f"00-{rng.randrange(10000, 9999999):08d}"


def ni_ruc(rng: random.Random) -> str:
    return f"J031{rng.choice(['0000', '0000', '1000'])}{digits(rng, 6)}"


NI_PLACES = [("Managua", ["De la Rotonda Rubén Darío 2 c. al sur, 1/2 c. abajo", "Km 4 1/2 Carretera a Masaya, Edificio Delta, Módulo {l}",
                          "Del Hospital Militar 1 c. al lago, 2 c. arriba", "Bolonia, de la Óptica Nicaragüense 1 c. al sur", "Km 7 Carretera Norte, Bodega {l}"]),
             ("León", ["Del Parque Central 2 c. al norte", "Costado oeste de la Catedral, 1/2 c. al sur"]),
             ("Granada", ["Calle La Calzada, de la Catedral 3 c. al lago"]), ("Estelí", ["Del Banpro 1 c. al este, 1/2 c. al norte"]),
             ("Masaya", ["Del Mercado de Artesanías 2 c. al sur"])]
NI_WORDS = (["Distribuidora", "Comercial", "Ferretería", "Servicios Técnicos", "Agroinsumos", "Importaciones"],
            ["Momotombo", "Xolotlán", "Cocibolca", "Masaya", "El Güegüense", "Mombacho", "Los Maribios", "Rubén Darío", "San Jacinto", "Ometepe"],
            ["S.A.", "S.A.", "Cía. Ltda."])


def ni_party(rng: random.Random) -> Party:
    city, streets = pick(rng, NI_PLACES)
    a, b, c = (pick(rng, part) for part in NI_WORDS)
    party = Party(name=f"{a} {b}, {c}", address=[pick(rng, streets).format(l=rng.randrange(1, 30)), f"{city}, Nicaragua"], country="NI", tax_id=ni_ruc(rng),
                  phone=f"+505 2{digits(rng, 3)} {digits(rng, 4)}")
    party.email = f"{pick(rng, ['facturacion', 'ventas', 'contabilidad'])}@{domain(b.replace('ü', 'u').replace('á', 'a').replace('í', 'i'))}"
    return party


def ni_dgi_authorisation(rng: random.Random, when: date) -> str:
    return f"ASFC {rng.randrange(1, 9):02d}/{rng.randrange(1, 9999):04d}/{when.month:02d}/{when.year}/{rng.randrange(1, 9)}"


# --------------------------------------------------------------------------------------------------
# Samoa and Tonga

WS_PLACES = [["Beach Road", "Apia"], ["Vaitele Industrial Area", "Vaitele"], ["Fugalei Street", "Apia"], ["Saleufi", "Apia"], ["Matautu-tai", "Apia"],
             ["Main Road", "Salelologa, Savai'i"]]
TO_PLACES = [["Taufa'ahau Road", "Nuku'alofa"], ["Vuna Road", "Nuku'alofa"], ["Salote Road, Fasi-moe-Afi", "Nuku'alofa"], ["Hala Tupou", "Neiafu, Vava'u"],
             ["Tupoulahi Road, Ma'ufanga", "Nuku'alofa"]]
ISLAND_WORDS = {"WS": (["Vailima", "Apia", "Samoa Pacific", "Mulinu'u", "Lefaga", "Upolu", "Savai'i", "Falealili", "Aleipata", "Poutasi"],
                       ["Trading", "Hardware", "Supplies", "Motors", "Electrical", "Building Supplies", "Office Solutions", "Marine"], ["Ltd", "Limited", "Co. Ltd"]),
                "TO": (["Tonga", "Nuku'alofa", "Vava'u", "Ha'apai", "Tongatapu", "Friendly Islands", "Pacific Royale", "Kingdom", "Popua", "Kolomotu'a"],
                       ["Trading", "Hardware", "Supplies", "Motors", "Fisheries Supplies", "Building Centre", "Stationers", "Electrical"], ["Ltd", "Limited", "Co. Ltd"])}


def island_tin(rng: random.Random, country: str) -> str:
    return f"{rng.randrange(100000, 999999)}" if country == "WS" else f"{rng.randrange(10000000, 99999999)}"


def island_party(rng: random.Random, country: str) -> Party:
    street, town = pick(rng, WS_PLACES if country == "WS" else TO_PLACES)
    a, b, c = (pick(rng, part) for part in ISLAND_WORDS[country])
    name = f"{a} {b} {c}"
    lines = [f"P.O. Box {rng.randrange(10, 3999)}", f"{street}, {town}"] if rng.random() < 0.6 else [street, town]
    lines.append("Samoa" if country == "WS" else "Kingdom of Tonga")
    party = Party(name=name, address=lines, country=country, tax_id=island_tin(rng, country),
                  phone=f"+{685 if country == 'WS' else 676} {digits(rng, 5) if country == 'WS' else digits(rng, 5)}")
    party.email = f"{pick(rng, ['accounts', 'sales', 'office'])}@{domain(a.replace(chr(39), '') + b)}"
    return party


# --------------------------------------------------------------------------------------------------
# Sierra Leone, Liberia, The Gambia

WA_PLACES = {"SL": [["{n} Siaka Stevens Street", "Freetown"], ["{n} Wilkinson Road", "Freetown"], ["{n} Kissy Road", "Freetown"], ["{n} Lumley Beach Road", "Freetown"],
                    ["{n} Tikonko Road", "Bo"], ["{n} Hangha Road", "Kenema"]],
             "LR": [["Broad Street", "Monrovia"], ["Tubman Boulevard, Sinkor", "Monrovia"], ["Randall Street", "Monrovia"], ["Somalia Drive, Gardnersville", "Monrovia"],
                    ["Bushrod Island, Freeport", "Monrovia"], ["Camp Johnson Road", "Monrovia"]],
             "GM": [["Kairaba Avenue", "Serrekunda"], ["Liberation Avenue", "Banjul"], ["Bertil Harding Highway, Kotu", "Kanifing Municipality"],
                    ["Sayerr Jobe Avenue", "Serrekunda"], ["Banjul-Serrekunda Highway, Latrikunda", "Kanifing Municipality"]]}
WA_WORDS = {"SL": (["Lion Mountain", "Salone", "Tokeh", "Kono", "Sewa", "Rokel", "Bintumani", "Aberdeen", "Freetown Peninsula", "Mano River"],
                   ["Trading", "Enterprises", "Construction", "Logistics", "Pharmaceuticals", "Engineering", "General Merchants"], ["(SL) Ltd", "Ltd", "Company (SL) Ltd"]),
            "LR": (["Lone Star", "Mesurado", "St. Paul River", "Providence", "Cape Palmas", "Lofa", "Nimba", "Bong", "Grand Bassa", "Sinoe"],
                   ["Trading", "Enterprises", "Construction", "Logistics", "Supplies", "Engineering", "Business Services"], ["Inc.", "Corporation", "Ltd", "LLC"]),
            "GM": (["Smiling Coast", "Gambia River", "Kombo", "Tanji", "Sanyang", "Janjanbureh", "Brikama", "Senegambia", "Kotu", "Bakau"],
                   ["Trading", "Enterprises", "Construction", "Logistics", "Supplies", "Engineering", "General Merchants"], ["Company Ltd", "Ltd", "Enterprise Ltd"])}


def wa_tin(rng: random.Random, country: str) -> str:
    return {"SL": lambda: f"1{digits(rng, 9)}", "LR": lambda: f"5{digits(rng, 8)}", "GM": lambda: f"10{digits(rng, 8)}"}[country]()


def wa_party(rng: random.Random, country: str) -> Party:
    street, town = pick(rng, WA_PLACES[country])
    a, b, c = (pick(rng, part) for part in WA_WORDS[country])
    lines = [street.format(n=rng.randrange(1, 160)), town]
    if country == "LR" and rng.random() < 0.5:
        lines[0] = f"{rng.randrange(1, 90)} {lines[0]}"
    if rng.random() < 0.4:
        lines.insert(0, f"P.O. Box {rng.randrange(10, 1999)}" if country != "GM" else f"P.M.B. {rng.randrange(100, 999)}")
    lines.append({"SL": "Sierra Leone", "LR": "Liberia", "GM": "The Gambia"}[country])
    code = {"SL": "232", "LR": "231", "GM": "220"}[country]
    party = Party(name=f"{a} {b} {c}", address=lines, country=country, tax_id=wa_tin(rng, country), phone=f"+{code} {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}")
    party.email = f"{pick(rng, ['accounts', 'sales', 'info'])}@{domain(a.replace('.', '') + b)}"
    party.extra["reg"] = {"SL": f"CR{digits(rng, 3)}/{rng.randrange(2008, 2022)}", "LR": f"{digits(rng, 7)}", "GM": f"C{digits(rng, 4)}/{rng.randrange(2005, 2022)}"}[country]
    return party


# --------------------------------------------------------------------------------------------------
# Pest controllers and hardware stores

PEST_WORDS = (["Bugsaway", "Shield", "Guardian", "Termi-Tech", "Critter", "Safeguard", "Eco", "Rapid", "Total", "Hawkeye", "Sentinel", "Pinnacle"],
              ["Pest Control", "Pest Management", "Pest Solutions", "Termite & Pest", "Exterminating", "Environmental Services"])
TECHNICIANS = ["Dean Harper", "Mick O'Rourke", "Sam Patel", "Jo Whitmore", "Luis Ortega", "Kyle Brennan", "Tash Nguyen", "Rob Ferris", "Callum Reid", "Ana Souza"]
HARDWARE_WORDS = {"NZ": (["Bays", "Kiwi", "Southern Alps", "Harbourside", "Totara", "Rimu", "Waitemata", "Kapiti"], ["Hardware", "Timber & Hardware", "Building Supplies", "Home Centre"]),
                  "IE": (["Murphy's", "Shannonside", "Corrib", "O'Brien's", "Wicklow", "Barrow Valley", "Kerry", "Liffey"], ["Hardware", "Hardware & DIY", "Builders Providers", "Home & Garden"]),
                  "CA": (["Northern", "Maple Leaf", "Frontier", "Rideau", "Fraser Valley", "Prairie", "Georgian Bay", "Kootenay"], ["Hardware", "Lumber & Hardware", "Home Centre", "Building Centre"])}
