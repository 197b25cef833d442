"""Businesses, addresses, check-digit identifiers and amount words for the fourth set (BE, MX, US trade).

Kept apart from fakes.py / fakes_intl.py so that the earlier sets draw exactly what they drew before.
Identifiers carry their public check digits: Belgian enterprise / VAT number (mod 97), Belgian bank
account and IBAN, the Belgian structured communication (+++ mod 97 +++), the Mexican RFC (mod 11 over
the SAT's character table).
"""

from __future__ import annotations

import random
import string
from decimal import Decimal

from corpus.holdout.fakes import Party, domain

# --------------------------------------------------------------------------------------------------
# Identifiers


def be_enterprise_number(rng: random.Random) -> str:
    """Ten digits `0123456749`: a leading 0 (or 1 for recent ones), the last two = 97 - first eight mod 97."""
    head = rng.choice("0001") + "".join(str(rng.randrange(10)) for _ in range(7))
    return head + f"{97 - int(head) % 97:02d}"


def be_dotted(number: str) -> str:
    return f"{number[:4]}.{number[4:7]}.{number[7:]}"


def iban_check(country: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


def be_iban(rng: random.Random) -> str:
    """`BE71 0961 2345 6769`: bank code, account, national mod-97 pair, IBAN check digits."""
    first10 = rng.choice(["001", "068", "063", "091", "096", "363", "735", "750", "143"]) + \
        "".join(str(rng.randrange(10)) for _ in range(7))
    national = int(first10) % 97 or 97
    bban = f"{first10}{national:02d}"
    raw = "BE" + iban_check("BE", bban) + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def structured_communication(digits10: str, frame: str = "+++") -> str:
    """Belgian OGM/VCS `+++123/4567/89002+++`: ten digits and their mod-97 pair (97 for a remainder of 0)."""
    check = int(digits10) % 97 or 97
    raw = f"{digits10}{check:02d}"
    return f"{frame}{raw[:3]}/{raw[3:7]}/{raw[7:]}{frame}"


_RFC_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def rfc_check_digit(body: str) -> str:
    """The SAT's check character for an RFC without it (11 chars for a company, 12 for a person)."""
    padded = body.rjust(12)
    total = sum(_RFC_CHARS.index(ch) * (13 - i) for i, ch in enumerate(padded))
    check = 11 - total % 11
    return "0" if check == 11 else "A" if check == 10 else str(check)


def mx_rfc(rng: random.Random, name: str, *, person: bool = False) -> str:
    """An RFC `CDB150312QK4` (company: 3 letters, YYMMDD, 2-char homoclave, check) or a person's (4 letters)."""
    letters = [w[0] for w in name.upper().replace(".", " ").split() if w[:1].isalpha() and len(w) > 2]
    letters = [ch if ch in string.ascii_uppercase else "X" for ch in letters]
    while len(letters) < 4:
        letters.append(rng.choice("AEIOUX"))
    head = "".join(letters[:4 if person else 3])
    yy, mm, dd = rng.randrange(0, 100), rng.randrange(1, 13), rng.randrange(1, 29)
    homoclave = "".join(rng.choice("123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    body = f"{head}{yy:02d}{mm:02d}{dd:02d}{homoclave}"
    return body + rfc_check_digit(body)


# --------------------------------------------------------------------------------------------------
# Belgium

BE_PLACES = {"fr": [("1000", "Bruxelles"), ("1050", "Ixelles"), ("4000", "Liège"), ("5000", "Namur"),
                    ("6000", "Charleroi"), ("1348", "Louvain-la-Neuve"), ("7000", "Mons"), ("1300", "Wavre")],
             "nl": [("2000", "Antwerpen"), ("9000", "Gent"), ("8000", "Brugge"), ("3000", "Leuven"),
                    ("3500", "Hasselt"), ("2800", "Mechelen"), ("8500", "Kortrijk"), ("1800", "Vilvoorde")]}
BE_STREETS = {"fr": ["Rue de la Loi", "Avenue Louise", "Chaussée de Waterloo", "Rue du Commerce", "Boulevard d'Avroy",
                     "Rue des Fabriques", "Avenue de Tervueren", "Rue de l'Industrie", "Chaussée de Namur"],
              "nl": ["Meir", "Kortrijksesteenweg", "Industrieweg", "Bondgenotenlaan", "Stationsstraat", "Kerkstraat",
                     "Nijverheidsstraat", "Brusselsesteenweg", "Zandvoortstraat"]}
BE_NAMES = {"fr": (["Dubois", "Lambert", "Dupont", "Lejeune", "Renard", "Collignon", "Leclercq", "Delvaux", "Hermans"],
                   ["Imprimerie", "Menuiserie", "Électricité", "Informatique", "Fiduciaire", "Chauffage", "Toitures",
                    "Nettoyage", "Transports"],
                   ["SRL", "SA", "SRL", "SC", "SPRL"]),
            "nl": (["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
                    "De Smet", "Vermeulen"],
                   ["Drukkerij", "Schrijnwerkerij", "Elektriciteit", "Informatica", "Boekhouding", "Verwarming",
                    "Dakwerken", "Schoonmaak", "Transport"],
                   ["BV", "NV", "BV", "CommV", "BVBA"])}


def be_company(rng: random.Random, lang: str, *, with_tax: bool = True) -> Party:
    surnames, trades, forms = BE_NAMES[lang]
    style = rng.random()
    if style < 0.45:
        base = f"{rng.choice(trades)} {rng.choice(surnames)}"
    elif style < 0.75:
        a, b = rng.sample(surnames, 2)
        base = f"{a} & {b}" if rng.random() < 0.5 else (f"{a} & Fils" if lang == "fr" else f"{a} & Zonen")
    else:
        base = f"{rng.choice(surnames)} {rng.choice(trades)}"
    name = f"{base} {rng.choice(forms)}"
    pc, city = rng.choice(BE_PLACES[lang])
    street = f"{rng.choice(BE_STREETS[lang])} {rng.randrange(1, 240)}"
    if rng.random() < 0.2:
        street += f" {'bte' if lang == 'fr' else 'bus'} {rng.randrange(1, 30)}"
    number = be_enterprise_number(rng)
    printed = rng.choice([f"BE {be_dotted(number)}", f"BE{number}", f"BE {number[:4]} {number[4:7]} {number[7:]}",
                          f"BE{be_dotted(number)}"])
    party = Party(name=name, address=[street, f"{pc} {city}"], country="BE", tax_id=printed if with_tax else None,
                  phone=f"+32 {rng.choice([2, 3, 4, 9, 10, 11, 16, 56])} {rng.randrange(100, 999)} {rng.randrange(10, 99)} "
                        f"{rng.randrange(10, 99)}")
    party.extra["enterprise"] = number
    party.extra["vat_printed"] = printed
    party.extra["register"] = ("RPM " if lang == "fr" else "RPR ") + rng.choice(
        ["Bruxelles", "Liège", "Namur", "Charleroi", "Nivelles"] if lang == "fr" else ["Antwerpen", "Gent", "Brugge", "Leuven", "Brussel"])
    dom = domain(name)
    party.email = f"{rng.choice(['info', 'factures' if lang == 'fr' else 'facturen', 'compta' if lang == 'fr' else 'boekhouding'])}@{dom}"
    party.website = f"www.{dom}"
    return party


# --------------------------------------------------------------------------------------------------
# Mexico

MX_PLACES = [("Ciudad de México", "CDMX", ["Del Valle", "Roma Norte", "Polanco V Sección", "Narvarte Poniente", "Juárez"],
              ["Benito Juárez", "Cuauhtémoc", "Miguel Hidalgo"], ["03100", "06700", "11560", "03020", "06600"]),
             ("Monterrey", "N.L.", ["Obispado", "Centro", "Del Valle", "Mitras Centro"], ["Monterrey", "San Pedro Garza García"],
              ["64060", "64000", "66220", "64460"]),
             ("Guadalajara", "Jal.", ["Vallarta Poniente", "Americana", "Providencia", "Chapalita"], ["Guadalajara", "Zapopan"],
              ["44110", "44160", "44630", "45040"]),
             ("Querétaro", "Qro.", ["Centro", "Jurica", "Álamos 2a Sección"], ["Querétaro"], ["76000", "76100", "76160"]),
             ("Puebla", "Pue.", ["La Paz", "Anzures", "Centro"], ["Puebla"], ["72160", "72530", "72000"])]
MX_STREETS = ["Av. Insurgentes Sur", "Av. Paseo de la Reforma", "Calle Hamburgo", "Av. Vallarta", "Av. Constitución",
              "Blvd. Bernardo Quintana", "Calle 5 de Mayo", "Av. Juárez", "Calz. de Tlalpan", "Av. Revolución"]
MX_NAMES = (["Hernández", "Martínez", "Ramírez", "Treviño", "Villarreal", "Garza", "Castañeda", "Orozco", "Salinas", "Cárdenas"],
            ["Comercializadora", "Distribuidora", "Servicios Integrales", "Grupo Industrial", "Consultores",
             "Tecnología", "Transportes", "Suministros"],
            ["del Bajío", "del Norte", "del Pacífico", "Mexicana", "Azteca", "del Centro", "Regiomontana"],
            ["S.A. de C.V.", "S.A. de C.V.", "S. de R.L. de C.V.", "S.C.", "S.A.P.I. de C.V."])
MX_REGIMES = ["601 - General de Ley Personas Morales", "601 - General de Ley Personas Morales",
              "626 - Régimen Simplificado de Confianza", "603 - Personas Morales con Fines no Lucrativos"]


def mx_address(rng: random.Random) -> tuple[list[str], str]:
    city, state, colonias, municipios, cps = rng.choice(MX_PLACES)
    cp = rng.choice(cps)
    street = f"{rng.choice(MX_STREETS)} {rng.randrange(10, 3999)}"
    if rng.random() < 0.35:
        street += rng.choice([f", Int. {rng.randrange(1, 40)}", f", Piso {rng.randrange(2, 20)}", f" Local {rng.randrange(1, 30)}"])
    colonia = f"Col. {rng.choice(colonias)}"
    municipio = rng.choice(municipios)
    if rng.random() < 0.5:
        lines = [street, colonia, f"{municipio}, {state}", f"C.P. {cp}"]
    else:
        lines = [street, f"{colonia}, C.P. {cp}", f"{municipio}, {city}" if municipio != city else f"{city}, {state}"]
    return lines, cp


def mx_company(rng: random.Random) -> Party:
    surnames, kinds, places, forms = MX_NAMES
    style = rng.random()
    if style < 0.45:
        base = f"{rng.choice(kinds)} {rng.choice(places)}"
    elif style < 0.8:
        base = f"{rng.choice(kinds)} {rng.choice(surnames)}"
    else:
        a, b = rng.sample(surnames, 2)
        base = f"{a} {b} y Asociados"
    name = f"{base} {rng.choice(forms)}"
    lines, cp = mx_address(rng)
    party = Party(name=name, address=lines, country="MX", tax_id=mx_rfc(rng, base),
                  phone=f"{rng.choice(['55', '81', '33', '442', '222'])} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}")
    party.extra["cp"] = cp
    party.extra["regime"] = rng.choice(MX_REGIMES)
    dom = domain(name)
    party.email = f"{rng.choice(['facturacion', 'cxc', 'contacto'])}@{dom}"
    party.website = f"www.{dom}"
    return party


_ES_UNITS = ["", "UN", "DOS", "TRES", "CUATRO", "CINCO", "SEIS", "SIETE", "OCHO", "NUEVE", "DIEZ", "ONCE", "DOCE", "TRECE",
             "CATORCE", "QUINCE", "DIECISÉIS", "DIECISIETE", "DIECIOCHO", "DIECINUEVE", "VEINTE", "VEINTIUN", "VEINTIDÓS",
             "VEINTITRÉS", "VEINTICUATRO", "VEINTICINCO", "VEINTISÉIS", "VEINTISIETE", "VEINTIOCHO", "VEINTINUEVE"]
_ES_TENS = ["", "", "", "TREINTA", "CUARENTA", "CINCUENTA", "SESENTA", "SETENTA", "OCHENTA", "NOVENTA"]
_ES_HUNDREDS = ["", "CIENTO", "DOSCIENTOS", "TRESCIENTOS", "CUATROCIENTOS", "QUINIENTOS", "SEISCIENTOS", "SETECIENTOS",
                "OCHOCIENTOS", "NOVECIENTOS"]


def _es_below_1000(n: int) -> str:
    if n == 100:
        return "CIEN"
    parts = [_ES_HUNDREDS[n // 100]] if n >= 100 else []
    rest = n % 100
    if rest < 30:
        parts.append(_ES_UNITS[rest])
    else:
        parts.append(_ES_TENS[rest // 10] + (f" Y {_ES_UNITS[rest % 10]}" if rest % 10 else ""))
    return " ".join(p for p in parts if p)


def spanish_number_words(whole: int) -> str:
    """A whole number in Spanish capitals, below a thousand million: `MIL DOSCIENTOS TREINTA Y CUATRO`."""
    parts = []
    millions, rest = divmod(whole, 10**6)
    if millions:
        parts.append("UN MILLÓN" if millions == 1 else f"{_es_below_1000(millions)} MILLONES")
    thousands, units = divmod(rest, 1000)
    if thousands:
        parts.append("MIL" if thousands == 1 else f"{_es_below_1000(thousands)} MIL")
    if units:
        parts.append(_es_below_1000(units))
    return " ".join(parts) or "CERO"


def words_spanish(value: Decimal, currency: str = "MXN") -> str:
    """Mexican "importe con letra": `MIL DOSCIENTOS TREINTA Y CUATRO PESOS 56/100 M.N.` (USD: `DÓLARES ... USD`)."""
    whole = int(value)
    cents = int((value - whole) * 100)
    rest = whole % 10**6
    text = spanish_number_words(whole)
    if currency == "USD":
        unit = "DÓLAR" if whole == 1 else "DÓLARES"
        return f"{text} {unit} {cents:02d}/100 USD"
    de = " DE" if whole and not rest else ""          # "UN MILLÓN DE PESOS"
    unit = "PESO" if whole == 1 else "PESOS"
    return f"{text}{de} {unit} {cents:02d}/100 M.N."
