"""Parties and identifiers for the sixteenth set: Latvian and Estonian companies (PVN reģistrācijas numurs with the
company code's check digit, KMKR number, registrikood, LV / EE IBAN, the Estonian 7-3-1 viitenumber), Peruvian and
Ecuadorian businesses (RUC with its check digit, DNI, the 49-digit clave de acceso), Indian UTR numbers, Australian BSBs,
francophone West and Central African companies (NINEA, NCC, RCCM, NIU), fax numbers and the amount in Spanish and French
words as Peru and the CFA franc zone print them. Written without reading the engine."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from corpus.holdout.fakes import Party, domain
from corpus.holdout.fakes_fifteenth import iban_for
from corpus.holdout.fakes_fourth import spanish_number_words

# --------------------------------------------------------------------------------------------------
# Latvia: the company code (11 digits, 4… or 5…/9…, weights 9 1 4 8 3 10 2 5 7 6, check (3 - sum) mod 11 below 10);
# PVN reģistrācijas numurs = LV + that code

LV_WEIGHTS = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6]


def lv_code(rng: random.Random) -> str:
    while True:
        body = f"{rng.choice(['4000', '4010', '4020', '4410', '5000', '4003'])}{rng.randrange(10**6):06d}"
        check = (3 - sum(int(d) * w for d, w in zip(body, LV_WEIGHTS, strict=True))) % 11
        if check < 10:
            return body + str(check)


def lv_code_valid(number: str) -> bool:
    digits = number.removeprefix("LV")
    if len(digits) != 11 or not digits.isdigit():
        return False
    return (3 - sum(int(d) * w for d, w in zip(digits[:10], LV_WEIGHTS, strict=True))) % 11 == int(digits[10])


# Estonia: registrikood (8 digits, ISO-like mod 11 with weights 1..7 then 3..9), KMKR = EE + 9 digits (weights 3 7 1)

def _ee_mod11(body: str) -> int:
    for weights in ([1, 2, 3, 4, 5, 6, 7, 8, 9, 1], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]):
        rest = sum(int(d) * w for d, w in zip(body, weights, strict=False)) % 11
        if rest < 10:
            return rest
    return 0


def ee_regcode(rng: random.Random) -> str:
    body = f"{rng.choice(['10', '11', '12', '14', '16'])}{rng.randrange(10**5):05d}"
    return body + str(_ee_mod11(body))


def ee_regcode_valid(number: str) -> bool:
    return len(number) == 8 and number.isdigit() and _ee_mod11(number[:7]) == int(number[7])


def ee_kmkr(rng: random.Random) -> str:
    body = f"10{rng.randrange(10**6):06d}"
    total = sum(int(d) * w for d, w in zip(body, [3, 7, 1, 3, 7, 1, 3, 7], strict=True))
    return f"EE{body}{(10 - total % 10) % 10}"


def ee_kmkr_valid(number: str) -> bool:
    digits = number.removeprefix("EE")
    if len(digits) != 9 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], [3, 7, 1, 3, 7, 1, 3, 7], strict=True))
    return (10 - total % 10) % 10 == int(digits[8])


def ee_reference(rng: random.Random, base: str | None = None) -> str:
    """Estonian viitenumber: digits with a 7-3-1 check digit."""
    body = base or str(rng.randrange(10**3, 10**8))
    weights = [7, 3, 1]
    total = sum(int(d) * weights[i % 3] for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def ee_reference_valid(number: str) -> bool:
    return ee_reference(random.Random(0), number[:-1]) == number


def lv_iban(rng: random.Random) -> str:
    return iban_for("LV", f"{rng.choice(['HABA', 'UNLA', 'RIKO', 'PARX', 'NDEA'])}{rng.randrange(10**12, 10**13)}")


def ee_iban(rng: random.Random) -> str:
    return iban_for("EE", f"{rng.choice(['22', '10', '17', '77'])}{rng.randrange(10**13, 10**14)}")


LV_PLACES = [("LV-1050", "Rīga"), ("LV-1010", "Rīga"), ("LV-1039", "Rīga"), ("LV-1063", "Rīga"), ("LV-3001", "Jelgava"),
             ("LV-5401", "Daugavpils"), ("LV-3401", "Liepāja"), ("LV-2101", "Salaspils"), ("LV-4201", "Valmiera"), ("LV-3601", "Ventspils")]
LV_STREETS = ["Brīvības iela", "Krišjāņa Valdemāra iela", "Elizabetes iela", "Dzirnavu iela", "Katlakalna iela", "Maskavas iela",
              "Lāčplēša iela", "Ganību dambis", "Rūpniecības iela", "Lielā iela", "Zemgales iela"]
LV_WORDS = (["Baltijas", "Daugavas", "Gaujas", "Kurzemes", "Vidzemes", "Latgales", "Rīgas", "Zemgales", "Dzintara", "Ozola"],
            ["Būve", "Tehnika", "Loģistika", "Serviss", "Tirdzniecība", "Projekti", "Elektro", "Datu Sistēmas", "Koks", "Metāls"],
            ["SIA", "SIA", "SIA", "AS"])
EE_PLACES = [("10111", "Tallinn"), ("10145", "Tallinn"), ("11415", "Tallinn"), ("13516", "Tallinn"), ("50090", "Tartu"),
             ("51014", "Tartu"), ("80010", "Pärnu"), ("20308", "Narva"), ("76505", "Saue"), ("75312", "Rae vald")]
EE_STREETS = ["Pärnu mnt", "Narva mnt", "Tartu mnt", "Peterburi tee", "Mustamäe tee", "Riia", "Ringtee", "Ahtri", "Väike-Paala",
              "Kaubamaja", "Sõpruse pst", "Tööstuse"]
EE_WORDS = (["Balti", "Põhja", "Lääne", "Saare", "Kalevi", "Tamme", "Virumaa", "Emajõe", "Toompea", "Harju"],
            ["Ehitus", "Tehnika", "Logistika", "Teenused", "Kaubandus", "Projektid", "Elekter", "IT", "Puit", "Metall"],
            ["OÜ", "OÜ", "OÜ", "AS"])


def lv_party(rng: random.Random) -> Party:
    place, trade, form = (rng.choice(part) for part in LV_WORDS)
    name = rng.choice([f'{form} "{place} {trade}"', f"{form} {place} {trade}", f'"{place} {trade}" {form}'])
    postcode, city = rng.choice(LV_PLACES)
    party = Party(name=name, address=[f"{rng.choice(LV_STREETS)} {rng.randrange(1, 160)}{rng.choice(['', '', '', 'a', 'k-2'])}",
                                      f"{city}, {postcode}"], country="LV",
                  phone=f"+371 {rng.choice(['67', '26', '29', '63'])}{rng.randrange(100000, 999999)}")
    code = lv_code(rng)
    party.extra.update({"code": code, "iban": lv_iban(rng)})
    party.tax_id = f"LV{code}"
    party.email = f"{rng.choice(['rekini', 'info', 'gramatvediba'])}@{domain(place)}"
    return party


def ee_party(rng: random.Random) -> Party:
    place, trade, form = (rng.choice(part) for part in EE_WORDS)
    name = rng.choice([f"{place} {trade} {form}", f"{form} {place} {trade}", f"{place}{trade.lower()} {form}"])
    postcode, city = rng.choice(EE_PLACES)
    party = Party(name=name, address=[f"{rng.choice(EE_STREETS)} {rng.randrange(1, 160)}", f"{postcode} {city}"], country="EE",
                  phone=f"+372 {rng.choice(['6', '5', '7'])}{rng.randrange(100, 999)} {rng.randrange(1000, 9999)}")
    party.extra.update({"regcode": ee_regcode(rng), "iban": ee_iban(rng)})
    party.tax_id = ee_kmkr(rng)
    party.email = f"{rng.choice(['arved', 'info', 'raamatupidamine'])}@{domain(place)}"
    return party


LV_MONTHS_LOC = ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī",
                 "novembrī", "decembrī"]
EE_MONTHS = ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober", "november",
             "detsember"]


def lv_long_date(d: date) -> str:
    """`2024. gada 15. martā`."""
    return f"{d.year}. gada {d.day}. {LV_MONTHS_LOC[d.month - 1]}"


def ee_long_date(d: date) -> str:
    """`15. märts 2024`."""
    return f"{d.day}. {EE_MONTHS[d.month - 1]} {d.year}"


# --------------------------------------------------------------------------------------------------
# Peru: RUC (11 digits, weights 5 4 3 2 7 6 5 4 3 2, 11 - sum mod 11, 10 -> 0, 11 -> 1), DNI (8 digits)

def pe_ruc(rng: random.Random, *, company: bool = True) -> str:
    body = f"{'20' if company else '10'}{rng.randrange(10**8):08d}"
    check = 11 - sum(int(d) * w for d, w in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
    return body + str({10: 0, 11: 1}.get(check, check))


def pe_ruc_valid(number: str) -> bool:
    if len(number) != 11 or not number.isdigit():
        return False
    check = 11 - sum(int(d) * w for d, w in zip(number[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
    return {10: 0, 11: 1}.get(check, check) == int(number[10])


PE_PLACES = [("Miraflores", "Lima", "Lima", ["Av. José Larco", "Av. Benavides", "Calle Schell", "Av. Angamos Oeste"]),
             ("San Isidro", "Lima", "Lima", ["Av. Javier Prado Este", "Av. Camino Real", "Calle Las Begonias", "Av. Rivera Navarrete"]),
             ("Ate", "Lima", "Lima", ["Av. Nicolás Ayllón", "Av. La Molina", "Calle Los Telares"]),
             ("Cercado de Lima", "Lima", "Lima", ["Jr. Lampa", "Av. Abancay", "Jr. de la Unión"]),
             ("Callao", "Callao", "Callao", ["Av. Argentina", "Av. Elmer Faucett"]),
             ("Arequipa", "Arequipa", "Arequipa", ["Av. Ejército", "Calle Mercaderes"]),
             ("Trujillo", "Trujillo", "La Libertad", ["Av. España", "Jr. Pizarro"])]
PE_WORDS = (["Andina", "Inca", "Pacífico", "Huascarán", "Titicaca", "Misti", "Chavín", "Amazonas", "Sol del Perú", "Nazca", "Rímac"],
            ["Distribuciones", "Servicios Generales", "Importaciones", "Ingeniería", "Comercial", "Tecnología", "Logística", "Consultores"],
            ["S.A.C.", "S.A.C.", "S.A.", "E.I.R.L.", "S.R.L."])


def pe_party(rng: random.Random) -> Party:
    word, trade, form = (rng.choice(part) for part in PE_WORDS)
    district, city, region, streets = rng.choice(PE_PLACES)
    street = f"{rng.choice(streets)} {rng.randrange(100, 3999)}" + rng.choice(["", "", f" Of. {rng.randrange(101, 1208)}", f" Int. {rng.randrange(1, 20)}"])
    party = Party(name=f"{trade.upper()} {word.upper()} {form}" if rng.random() < 0.5 else f"{word.upper()} {trade.upper()} {form}",
                  address=[street, f"{district} - {city} - {region}"], country="PE",
                  phone=f"(01) {rng.randrange(200, 799)}-{rng.randrange(1000, 9999)}")
    party.tax_id = pe_ruc(rng)
    party.email = f"{rng.choice(['facturacion', 'ventas', 'contabilidad'])}@{domain(word)}"
    return party


def words_soles(value: Decimal) -> str:
    """`MIL DOSCIENTOS TREINTA Y CUATRO CON 50/100 SOLES`."""
    whole = int(value)
    cents = int((value - whole) * 100)
    text = spanish_number_words(whole)
    if text.endswith("UN"):
        text += "O"
    return f"{text} CON {cents:02d}/100 {'SOL' if whole == 1 else 'SOLES'}"


# Ecuador: RUC of a company (13 digits: province, 9, six digits, check mod 11 weights 4 3 2 7 6 5 4 3 2, then 001)

def ec_ruc(rng: random.Random) -> str:
    while True:
        body = f"{rng.choice(['17', '09', '01', '13', '18'])}9{rng.randrange(10**6):06d}"
        rest = sum(int(d) * w for d, w in zip(body, [4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
        check = 0 if rest == 0 else 11 - rest
        if check < 10:
            return f"{body}{check}001"


def ec_ruc_valid(number: str) -> bool:
    if len(number) != 13 or not number.isdigit() or number[2] != "9" or not number.endswith("001"):
        return False
    rest = sum(int(d) * w for d, w in zip(number[:9], [4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
    return (0 if rest == 0 else 11 - rest) == int(number[9])


def ec_clave_acceso(issued: date, ruc: str, establishment: str, point: str, sequence: int, rng: random.Random, *, env: str = "2") -> str:
    """The 49-digit clave de acceso: ddmmaaaa, 01 (factura), RUC, ambiente, serie, secuencial, código numérico, 1, mod 11."""
    body = f"{issued.strftime('%d%m%Y')}01{ruc}{env}{establishment}{point}{sequence:09d}{rng.randrange(10**7, 10**8)}1"
    total = sum(int(d) * (2 + i % 6) for i, d in enumerate(reversed(body)))
    check = 11 - total % 11
    return body + str({11: 0, 10: 1}.get(check, check))


def ec_clave_valid(key: str) -> bool:
    if len(key) != 49 or not key.isdigit():
        return False
    total = sum(int(d) * (2 + i % 6) for i, d in enumerate(reversed(key[:48])))
    check = 11 - total % 11
    return {11: 0, 10: 1}.get(check, check) == int(key[48])


EC_PLACES = [("Quito", ["Av. Amazonas", "Av. República de El Salvador", "Av. 6 de Diciembre", "Av. Naciones Unidas", "Av. Eloy Alfaro"]),
             ("Guayaquil", ["Av. 9 de Octubre", "Av. Francisco de Orellana", "Av. Juan Tanca Marengo", "Km 4.5 Vía a Daule"]),
             ("Cuenca", ["Av. Remigio Crespo", "Calle Larga"]), ("Manta", ["Av. 4 de Noviembre"]), ("Ambato", ["Av. Cevallos"])]
EC_WORDS = (["Andes", "Chimborazo", "Pichincha", "Galápagos", "Guayas", "Cotopaxi", "Austro", "Litoral", "Equinoccio", "Cóndor"],
            ["Distribuidora", "Comercializadora", "Importadora", "Servicios Técnicos", "Soluciones", "Ferretería", "Tecnologías"],
            ["S.A.", "Cía. Ltda.", "S.A.", "S.A.S."])


def ec_party(rng: random.Random) -> Party:
    word, trade, form = (rng.choice(part) for part in EC_WORDS)
    city, streets = rng.choice(EC_PLACES)
    street = f"{rng.choice(streets)} N{rng.randrange(10, 99)}-{rng.randrange(10, 400)}" if city == "Quito" else f"{rng.choice(streets)} {rng.randrange(100, 2999)}"
    party = Party(name=f"{trade.upper()} {word.upper()} {form.upper()}", address=[street, f"{city} - Ecuador"], country="EC",
                  phone=f"(0{rng.choice([2, 4, 7, 5])}) {rng.randrange(200, 399)}-{rng.randrange(1000, 9999)}")
    party.tax_id = ec_ruc(rng)
    party.email = f"{rng.choice(['facturacion', 'ventas', 'info'])}@{domain(word)}"
    return party


def ec_cedula(rng: random.Random) -> str:
    body = f"{rng.choice(['17', '09', '01'])}{rng.randrange(10**7):07d}"
    total = 0
    for i, d in enumerate(body):
        v = int(d) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return body + str((10 - total % 10) % 10)


# --------------------------------------------------------------------------------------------------
# India: NEFT (16 characters) and RTGS (22 characters) UTR numbers

IN_BANKS = [("HDFC Bank Ltd", "HDFC"), ("ICICI Bank Ltd", "ICIC"), ("State Bank of India", "SBIN"), ("Axis Bank Ltd", "UTIB"),
            ("Kotak Mahindra Bank", "KKBK"), ("Yes Bank Ltd", "YESB"), ("Bank of Baroda", "BARB")]


def in_utr(rng: random.Random, bank: str, mode: str, when: date) -> str:
    if mode == "RTGS":
        return f"{bank}R{rng.choice([5, 6])}{when.strftime('%Y%m%d')}{rng.randrange(10**7, 10**8)}"
    return f"{bank}N{when.strftime('%y')}{when.timetuple().tm_yday:03d}{rng.randrange(10**5, 10**6)}"


def in_ifsc(rng: random.Random, bank: str) -> str:
    return f"{bank}0{rng.randrange(10**5, 10**6)}"


# --------------------------------------------------------------------------------------------------
# Australia: BSB

AU_BANKS = [("Commonwealth Bank", "06"), ("Westpac", "03"), ("ANZ", "01"), ("NAB", "08"), ("Bendigo Bank", "63"), ("St.George", "11")]


def au_bsb(rng: random.Random, prefix: str) -> str:
    return f"{prefix}{rng.randrange(0, 10)}-{rng.randrange(0, 1000):03d}"


# --------------------------------------------------------------------------------------------------
# CFA franc zone: Senegal (NINEA, RCCM), Côte d'Ivoire (NCC, RCCM), Cameroon (NIU, RC), Gabon (NIF, RCCM)

XAF_PLACES = {
    "SN": [("Dakar", ["Avenue Léopold Sédar Senghor", "Route de Rufisque", "Rue Carnot", "Boulevard de la République", "VDN, Sacré-Cœur 3",
                      "Zone industrielle, Km 4,5 Bd du Centenaire"]), ("Thiès", ["Avenue Caen"]), ("Saint-Louis", ["Avenue Jean Mermoz"])],
    "CI": [("Abidjan", ["Boulevard de Marseille, Zone 4", "Rue du Commerce, Plateau", "Boulevard Valéry Giscard d'Estaing, Treichville",
                        "Cocody Riviera 3", "Zone industrielle de Yopougon"]), ("Bouaké", ["Quartier Commerce"]), ("San-Pédro", ["Zone portuaire"])],
    "CM": [("Douala", ["Boulevard de la Liberté, Akwa", "Rue Joss, Bonanjo", "Zone industrielle de Bassa", "Avenue de Gaulle"]),
           ("Yaoundé", ["Avenue Kennedy", "Rue Narvik, Bastos", "Boulevard du 20 Mai"])],
    "GA": [("Libreville", ["Boulevard Triomphal Omar Bongo", "Quartier Louis", "Zone industrielle d'Oloumi", "Avenue du Colonel Parant"]),
           ("Port-Gentil", ["Boulevard Léon Mba"])],
}
XAF_WORDS = (["Sahel", "Baobab", "Teranga", "Lagune", "Ébène", "Wouri", "Ogooué", "Sanaga", "Cap-Vert", "Akwaba", "Kaolack", "Atlantique"],
             ["Distribution", "Services", "Bâtiment et Travaux", "Informatique", "Logistique", "Équipements", "Fournitures", "Industries"],
             ["SARL", "SA", "SARL", "SAS", "SUARL"])
CITY_CODES = {"Dakar": "DKR", "Thiès": "THS", "Saint-Louis": "STL", "Abidjan": "ABJ", "Bouaké": "BKE", "San-Pédro": "SPD",
              "Douala": "DLA", "Yaoundé": "YDE", "Libreville": "LBV", "Port-Gentil": "POG"}


def xaf_party(rng: random.Random, country: str) -> Party:
    word, trade, form = (rng.choice(part) for part in XAF_WORDS)
    city, streets = rng.choice(XAF_PLACES[country])
    street = rng.choice(streets)
    lines = [street if "," in street or "Zone" in street or "Quartier" in street or "Cocody" in street else f"{rng.randrange(1, 90)}, {street}"]
    box = f"BP {rng.randrange(100, 29999)}"
    lines.append(f"{box} {city}" if country != "CI" else f"{rng.randrange(1, 30):02d} BP {rng.randrange(100, 9999)} {city} {rng.randrange(1, 28):02d}")
    name = rng.choice([f"{word} {trade} {form}", f"{word.upper()} {trade.upper()} {form}", f"Société {word} {trade} {form}"])
    party = Party(name=name, address=lines, country=country,
                  phone={"SN": f"+221 33 {rng.randrange(800, 899)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}",
                         "CI": f"+225 27 {rng.randrange(20, 25)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}",
                         "CM": f"+237 233 {rng.randrange(40, 49)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}",
                         "GA": f"+241 011 {rng.randrange(70, 79)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"}[country])
    year = rng.randrange(2005, 2022)
    code = CITY_CODES[city]
    if country == "SN":
        ninea = f"00{rng.randrange(10**5, 10**6)}{rng.randrange(10)}"
        party.tax_id = f"{ninea} {rng.randrange(1, 3)}{rng.choice('GVS')}{rng.randrange(1, 4)}"
        rccm = f"SN-{code}-{year}-{rng.choice('BAM')}-{rng.randrange(100, 40000)}"
        party.extra.update({"label": "NINEA", "rccm": rccm})
    elif country == "CI":
        party.tax_id = f"{rng.randrange(10**6, 10**7)} {rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')}"
        rccm = f"CI-{code}-{year}-{rng.choice('BAM')}-{rng.randrange(1000, 40000)}"
        party.extra.update({"label": "N° CC", "rccm": rccm, "regime": rng.choice(["Réel Normal d'Imposition", "Réel Simplifié"]),
                            "centre": rng.choice(["DGE", "CME Plateau", "CIME Abidjan-Sud", "CME Cocody"])})
    elif country == "CM":
        party.tax_id = f"{rng.choice('MP')}{rng.randrange(10**11, 10**12)}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}"
        rccm = f"RC/{code}/{year}/{rng.choice('BA')}/{rng.randrange(100, 9999)}"
        party.extra.update({"label": "NIU", "rccm": rccm})
    else:
        party.tax_id = f"{rng.randrange(10**5, 10**6)} {rng.choice('ABCDEFGH')}"
        rccm = f"GA-{code}-{year}-{rng.choice('BA')}-{rng.randrange(100, 9999)}"
        party.extra.update({"label": "NIF", "rccm": rccm})
    party.email = f"{rng.choice(['comptabilite', 'facturation', 'contact', 'info'])}@{domain(word)}"
    return party


_FR_UNITS = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze",
             "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
_FR_TENS = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante", "quatre-vingt", "quatre-vingt"]


def _fr_below_100(n: int) -> str:
    if n < 20:
        return _FR_UNITS[n]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):
        unit += 10
    word = _FR_TENS[tens]
    if unit == 0:
        return word + ("s" if tens == 8 else "")
    if unit in (1, 11) and tens not in (8, 9):
        return f"{word} et {_FR_UNITS[unit]}"
    return f"{word}-{_FR_UNITS[unit]}"


def _fr_below_1000(n: int, *, plural_ok: bool = True) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append("cent" if hundreds == 1 else f"{_FR_UNITS[hundreds]} cent{'s' if rest == 0 and plural_ok else ''}")
    if rest:
        parts.append(_fr_below_100(rest))
    return " ".join(parts)


def words_cfa(value: Decimal) -> str:
    """`un million deux cent cinquante mille` (whole francs, no decimals)."""
    n = int(value)
    parts = []
    for size, name in ((10**9, "milliard"), (10**6, "million")):
        if n >= size:
            count = n // size
            parts.append(f"{_fr_below_1000(count)} {name}{'s' if count > 1 else ''}")
            n %= size
    if n >= 1000:
        count = n // 1000
        parts.append("mille" if count == 1 else f"{_fr_below_1000(count, plural_ok=False)} mille")
        n %= 1000
    if n:
        parts.append(_fr_below_1000(n))
    return " ".join(parts) or "zéro"


# --------------------------------------------------------------------------------------------------
# Fax numbers, per country as printed on fax headers

def fax_number(rng: random.Random, country: str) -> str:
    r = rng.randrange
    return {"US": lambda: f"({r(201, 989)}) {r(200, 999)}-{r(1000, 9999)}", "CA": lambda: f"({r(204, 905)}) {r(200, 999)}-{r(1000, 9999)}",
            "GB": lambda: f"0{r(113, 199)} {r(100, 999)} {r(1000, 9999)}", "AU": lambda: f"(0{r(2, 9)}) {r(8000, 9999)} {r(1000, 9999)}",
            "IN": lambda: f"+91 {r(11, 80)} {r(2000, 2999)} {r(1000, 9999)}"}[country]()
