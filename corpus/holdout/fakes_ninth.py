"""Parties and identifiers the ninth set's templates need (New Zealand, Austria, Morocco, Colombia,
Malaysia, Kenya's M-Pesa).

Kept apart from the earlier fakes modules so the earlier sets draw exactly what they drew before.
Identifiers carry their public check digits where one exists: the New Zealand IRD / GST number (8 or 9
digits, mod 11 with the primary and secondary weights), the Austrian UID (`ATU` + 8 digits, the
Luhn-like check with +4), the Colombian NIT's DIAN verification digit (prime weights, mod 11) and the
Austrian IBAN (mod 97). The Moroccan ICE (15 digits: company, establishment, two-digit key) carries a
mod-97 key of our own (the official key algorithm is not published); the Firmenbuchnummer's check letter
is drawn from the letters the register uses. M-Pesa transaction codes are ten capitals and digits, the
first letter running with the year (R = 2023, S = 2024, T = 2025) as Safaricom's do.
"""

from __future__ import annotations

import random
from decimal import Decimal

from corpus.holdout.fakes import Party, domain
from corpus.holdout.fakes_fourth import iban_check

# --------------------------------------------------------------------------------------------------
# Identifiers

_IRD_PRIMARY = [3, 2, 7, 6, 5, 4, 3, 2]
_IRD_SECONDARY = [7, 4, 3, 2, 5, 2, 7, 6]


def _ird_check(base8: list[int]) -> int | None:
    for weights in (_IRD_PRIMARY, _IRD_SECONDARY):
        remainder = sum(w * d for w, d in zip(weights, base8, strict=True)) % 11
        check = 0 if remainder == 0 else 11 - remainder
        if check < 10:
            return check
    return None


def nz_ird(rng: random.Random, *, digits: int = 9) -> str:
    """An IRD (= GST) number, printed `123-456-789` (9 digits) or `12-345-678` (8 digits)."""
    while True:
        body = rng.randrange(10**6, 10**7) if digits == 8 else rng.randrange(10**7, 15 * 10**6)
        check = _ird_check([int(ch) for ch in f"{body:08d}"])
        if check is None:
            continue
        s = f"{body}{check}"
        return f"{s[:2]}-{s[2:5]}-{s[5:]}" if digits == 8 else f"{s[:3]}-{s[3:6]}-{s[6:]}"


def nz_ird_valid(printed: str) -> bool:
    digits = printed.replace("-", "").replace(" ", "")
    if not digits.isdigit() or len(digits) not in (8, 9):
        return False
    padded = digits.zfill(9)
    return _ird_check([int(ch) for ch in padded[:8]]) == int(padded[8])


def nz_bank_account(rng: random.Random) -> str:
    return f"{rng.choice(['01', '02', '03', '06', '12', '38'])}-{rng.randrange(1000, 9999)}-{rng.randrange(10**6, 10**7):07d}-{rng.choice(['00', '00', '01', '02'])}"


def at_uid(rng: random.Random) -> str:
    """Austrian VAT number `ATU12345675`: U, seven digits and a check digit."""
    digits = [rng.randrange(10) for _ in range(7)]
    digits[0] = rng.randrange(1, 10)
    total = 0
    for i, d in enumerate(digits):
        p = d * (2 if i % 2 else 1)
        total += p // 10 + p % 10
    check = (10 - (total + 4) % 10) % 10
    return "ATU" + "".join(map(str, digits)) + str(check)


def at_uid_valid(number: str) -> bool:
    if len(number) != 11 or not number.startswith("ATU") or not number[3:].isdigit():
        return False
    total = 0
    for i, ch in enumerate(number[3:10]):
        p = int(ch) * (2 if i % 2 else 1)
        total += p // 10 + p % 10
    return (10 - (total + 4) % 10) % 10 == int(number[10])


def at_iban(rng: random.Random) -> str:
    bban = f"{rng.choice(['12000', '20111', '32000', '14000', '38000', '15000'])}{rng.randrange(10**10, 10**11)}"
    raw = "AT" + iban_check("AT", bban) + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def at_firmenbuch(rng: random.Random) -> str:
    return f"FN {rng.randrange(10000, 599999)}{rng.choice(['', ' '])}{rng.choice('abdfghikmpstvwxyz')}"


def ma_ice(rng: random.Random) -> str:
    """Identifiant Commun de l'Entreprise: 9-digit company number, 4-digit establishment, 2-digit key."""
    first = f"{rng.randrange(1, 3)}{rng.randrange(10**7, 10**8)}{rng.choice(['0000', '0001', '0001', '0002'])}"
    key = 97 - int(first) % 97
    return f"{first}{key % 100:02d}"


def co_nit_dv(base: str) -> int:
    """The DIAN verification digit of a NIT (prime weights from the right, mod 11)."""
    weights = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]
    total = sum(int(d) * w for d, w in zip(reversed(base), weights, strict=False))
    r = total % 11
    return r if r in (0, 1) else 11 - r


def co_nit(rng: random.Random, *, dotted: bool = True) -> str:
    base = f"{rng.choice([800, 830, 860, 890, 900, 900, 901])}{rng.randrange(10**5, 10**6)}"
    dv = co_nit_dv(base)
    return f"{base[:3]}.{base[3:6]}.{base[6:]}-{dv}" if dotted else f"{base}-{dv}"


def co_nit_valid(printed: str) -> bool:
    body, _, dv = printed.replace(".", "").partition("-")
    return body.isdigit() and dv.isdigit() and co_nit_dv(body) == int(dv)


def cufe(rng: random.Random) -> str:
    return f"{rng.getrandbits(384):096x}"


def my_roc_old(rng: random.Random) -> str:
    return f"{rng.randrange(10000, 1400000)}-{rng.choice('ADHKMPTUVWX')}"


def my_roc_new(rng: random.Random, year: int) -> str:
    return f"{year}{rng.choice(['01', '01', '03'])}{rng.randrange(10**5, 10**6):06d}"


def my_sst(rng: random.Random) -> str:
    return f"{rng.choice('BWJPAKCN')}{rng.choice(['10', '16', '24'])}-{rng.choice(['1808', '1809', '1810', '1904', '2007'])}-{rng.randrange(31000000, 32999999)}"


def mpesa_code(rng: random.Random, year: int, month: int) -> str:
    """A ten-character M-Pesa transaction code: year letter, month letter, then capitals and digits."""
    year_letter = "NOPQRSTUV"[max(0, min(8, year - 2019))]
    month_letter = "ABCDEFGHIJKL"[month - 1]
    pool = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    while True:
        tail = "".join(rng.choice(pool) for _ in range(8))
        if sum(ch.isdigit() for ch in tail) >= 2 and sum(ch.isalpha() for ch in tail) >= 3:
            return year_letter + month_letter + tail


def ke_masked_phone(rng: random.Random) -> str:
    return f"2547{rng.randrange(10, 99)}***{rng.randrange(100, 999)}"


# --------------------------------------------------------------------------------------------------
# Amounts in words

_FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
             "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _fr_below_100(n: int) -> str:
    if n < 20:
        return _FR_UNITS[n]
    tens, unit = divmod(n, 10)
    if tens in _FR_TENS:
        if unit == 0:
            return _FR_TENS[tens]
        return f"{_FR_TENS[tens]} et un" if unit == 1 else f"{_FR_TENS[tens]}-{_FR_UNITS[unit]}"
    if tens == 7:
        return "soixante et onze" if unit == 1 else f"soixante-{_FR_UNITS[10 + unit]}"
    if tens == 8:
        return "quatre-vingts" if unit == 0 else f"quatre-vingt-{_FR_UNITS[unit]}"
    return f"quatre-vingt-{_FR_UNITS[10 + unit]}"


def _fr_below_1000(n: int, *, final: bool = True) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        if hundreds == 1:
            parts.append("cent")
        else:
            parts.append(f"{_FR_UNITS[hundreds]} cent" + ("s" if rest == 0 and final else ""))
    if rest:
        below = _fr_below_100(rest)
        if rest == 80 and not final:
            below = "quatre-vingt"
        parts.append(below)
    return " ".join(parts)


def words_french(value: Decimal, unit: str = "dirhams", cents: str = "centimes") -> str:
    """`douze mille trois cent quarante-cinq dirhams et cinquante centimes` (traditional spelling)."""
    whole = int(value)
    frac = int((value - whole) * 100)
    parts = []
    millions, rest = divmod(whole, 10**6)
    if millions:
        parts.append("un million" if millions == 1 else f"{_fr_below_1000(millions)} millions")
    thousands, units = divmod(rest, 1000)
    if thousands:
        parts.append("mille" if thousands == 1 else f"{_fr_below_1000(thousands, final=False)} mille")
    if units:
        parts.append(_fr_below_1000(units))
    text = " ".join(parts) or "zéro"
    if millions and not rest:
        text += " de"
    text += f" {unit}"
    if frac:
        text += f" et {_fr_below_100(frac)} {cents[:-1] if frac == 1 and cents.endswith('s') else cents}"
    return text


def words_kenyan(value: Decimal) -> str:
    """`Kenya Shillings Twelve Thousand Five Hundred Only` (cents as `and Fifty Cents`)."""
    from corpus.holdout.money import words_english

    return "Kenya Shillings " + words_english(value, unit="", cents="Cents").replace("  ", " ").replace(" and", " and").strip()


# --------------------------------------------------------------------------------------------------
# Parties

NZ_PLACES = [("Mt Wellington", "Auckland 1060"), ("Penrose", "Auckland 1061"), ("Takapuna", "Auckland 0622"), ("Te Aro", "Wellington 6011"),
             ("Petone", "Lower Hutt 5012"), ("Sydenham", "Christchurch 8023"), ("Addington", "Christchurch 8024"), ("Frankton", "Hamilton 3204"),
             ("Mount Maunganui", "Tauranga 3116"), ("Onekawa", "Napier 4110"), ("Dunedin Central", "Dunedin 9016")]
NZ_STREETS = ["Carbine Road", "Great South Road", "Hurstmere Road", "Cuba Street", "Jackson Street", "Moorhouse Avenue",
              "Lincoln Road", "Te Rapa Road", "Totara Street", "Taradale Road", "Princes Street", "Vickery Street"]
NZ_WORDS = (["Kauri", "Tui", "Pohutukawa", "Totara", "Southern Cross", "Harbourside", "Ruapehu", "Waitemata", "Kiwi", "Ridgeline",
             "Tasman", "Kahikatea"],
            ["Electrical", "Plumbing & Gas", "Building Supplies", "Joinery", "Landscapes", "IT Services", "Print", "Refrigeration",
             "Engineering", "Cleaning Services", "Accounting", "Roofing"],
            ["Limited", "Ltd", "Limited"])


def nz_party(rng: random.Random, *, trade: str | None = None) -> Party:
    suburb, city = rng.choice(NZ_PLACES)
    street = f"{rng.randrange(1, 400)} {rng.choice(NZ_STREETS)}"
    if rng.random() < 0.35:
        street = f"Unit {rng.randrange(1, 20)}, {street}"
    place, noun, form = (rng.choice(part) for part in NZ_WORDS)
    name = f"{place} {trade or noun} {form}"
    party = Party(name=name, address=[street, suburb, city], country="NZ",
                  tax_id=nz_ird(rng, digits=8 if rng.random() < 0.35 else 9),
                  phone=f"{rng.choice(['09', '04', '03', '07'])} {rng.randrange(200, 999)} {rng.randrange(1000, 9999)}")
    party.extra["nzbn"] = "9429" + f"{rng.randrange(10**8, 10**9)}"
    dom = domain(place)
    party.email = f"{rng.choice(['accounts', 'admin', 'office'])}@{dom}".replace(".example", ".co.nz.example")
    party.website = f"www.{dom}"
    return party


AT_PLACES = [("Mariahilfer Straße", "1060 Wien"), ("Favoritenstraße", "1100 Wien"), ("Landstraßer Hauptstraße", "1030 Wien"),
             ("Landstraße", "4020 Linz"), ("Herrengasse", "8010 Graz"), ("Getreidegasse", "5020 Salzburg"), ("Maria-Theresien-Straße", "6020 Innsbruck"),
             ("Alter Platz", "9020 Klagenfurt am Wörthersee"), ("Kremser Gasse", "3100 St. Pölten"), ("Bahnhofstraße", "6900 Bregenz"),
             ("Industriezeile", "4020 Linz"), ("Wiener Straße", "2700 Wiener Neustadt")]
AT_WORDS = (["Alpen", "Donau", "Tauern", "Wienerwald", "Salzach", "Inntal", "Steirer", "Kärntner", "Bergland", "Traun"],
            ["Haustechnik", "Metallbau", "Elektro", "Bürotechnik", "Holzbau", "Transporte", "Druck", "Installationen", "Maschinenbau", "Gebäudereinigung"],
            ["GmbH", "GmbH", "Ges.m.b.H.", "GmbH & Co KG", "OG", "KG", "e.U."])
AT_SURNAMES = ["Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner", "Moser", "Mayer", "Hofer", "Leitner", "Berger", "Fuchs"]
AT_FIRST = ["Andreas", "Birgit", "Christian", "Daniela", "Florian", "Katharina", "Markus", "Sabine", "Thomas", "Verena"]
AT_COURTS = {"Wien": "Handelsgericht Wien", "Linz": "Landesgericht Linz", "Graz": "Landesgericht für ZRS Graz", "Salzburg": "Landesgericht Salzburg",
             "Innsbruck": "Landesgericht Innsbruck", "Klagenfurt": "Landesgericht Klagenfurt", "Pölten": "Landesgericht St. Pölten",
             "Bregenz": "Landesgericht Feldkirch", "Neustadt": "Landesgericht Wiener Neustadt"}


def at_person(rng: random.Random) -> str:
    return f"{rng.choice(AT_FIRST)} {rng.choice(AT_SURNAMES)}"


def at_party(rng: random.Random) -> Party:
    street, city = rng.choice(AT_PLACES)
    place, noun, form = (rng.choice(part) for part in AT_WORDS)
    style = rng.random()
    if style < 0.55:
        name = f"{place} {noun} {form}"
    elif style < 0.8:
        name = f"{rng.choice(AT_SURNAMES)} {noun} {form}"
    else:
        a, b = rng.sample(AT_SURNAMES, 2)
        name = f"{a} & {b} {rng.choice(['OG', 'KG', 'GmbH'])}"
    party = Party(name=name, address=[f"{street} {rng.randrange(1, 180)}" + (f"/{rng.randrange(1, 12)}" if rng.random() < 0.3 else ""), city],
                  country="AT", tax_id=at_uid(rng),
                  phone=f"+43 {rng.choice(['1', '732', '316', '662', '512', '463'])} {rng.randrange(200, 999)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}")
    party.extra["fn"] = at_firmenbuch(rng)
    party.extra["court"] = next((court for key, court in AT_COURTS.items() if key in city), "Handelsgericht Wien")
    party.extra["stnr"] = f"{rng.randrange(10, 99)} {rng.randrange(100, 999)}/{rng.randrange(1000, 9999)}"
    dom = domain(place)
    party.email = f"{rng.choice(['office', 'buchhaltung', 'rechnung'])}@{dom}"
    party.website = f"www.{dom}"
    return party


MA_PLACES = [("{n}, Boulevard Mohammed V", "20000 Casablanca"), ("Zone Industrielle Sidi Bernoussi, Lot {n}", "20600 Casablanca"),
             ("{n}, Boulevard Zerktouni, 4ème étage", "20040 Casablanca"), ("{n}, Avenue Hassan II", "10000 Rabat"),
             ("Rue Ibn Batouta, Immeuble {n}", "90000 Tanger"), ("Lotissement Al Massira, N° {n}", "40000 Marrakech"),
             ("Quartier Industriel, Route de Sefrou, N° {n}", "30000 Fès"), ("Parc Industriel, Lot {n}", "80000 Agadir"),
             ("{n}, Rue Allal Ben Abdellah", "50000 Meknès")]
MA_WORDS = (["Atlas", "Maghreb", "Sud", "Anfa", "Sebou", "Oasis", "Rif", "Al Boraq", "Chellah", "Tafilalet"],
            ["Distribution", "Équipements", "Négoce", "Travaux", "Informatique", "Services", "Matériaux", "Froid Industriel", "Emballages"],
            ["SARL", "SARL", "SARL AU", "SA"])
MA_SURNAMES = ["Benjelloun", "El Amrani", "Tazi", "Berrada", "Alaoui", "Bennani", "Chraibi", "Fassi Fihri", "Lahlou", "Ouazzani"]


def ma_party(rng: random.Random) -> Party:
    street, city = rng.choice(MA_PLACES)
    place, noun, form = (rng.choice(part) for part in MA_WORDS)
    style = rng.random()
    if style < 0.6:
        name = f"{place} {noun} {form}"
    elif style < 0.85:
        name = f"Sté {rng.choice(MA_SURNAMES)} {noun} {form}"
    else:
        name = f"Ets {rng.choice(MA_SURNAMES)} & Fils"
    party = Party(name=name, address=[street.format(n=rng.randrange(1, 320)), city], country="MA", tax_id=ma_ice(rng),
                  phone=f"05 {rng.choice(['22', '37', '39', '24', '35', '28'])} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}")
    party.extra["if"] = f"{rng.randrange(10**6, 6 * 10**7)}"
    party.extra["rc"] = f"{rng.randrange(10000, 599999)}"
    party.extra["patente"] = f"{rng.randrange(10**7, 8 * 10**7)}"
    party.extra["cnss"] = f"{rng.randrange(10**6, 10**7)}"
    party.extra["city"] = city.split(" ", 1)[1]
    dom = domain(place)
    party.email = f"{rng.choice(['contact', 'comptabilite', 'facturation'])}@{dom}"
    return party


CO_PLACES = [("Calle 93 # 11-26 Oficina {n}", "Bogotá D.C."), ("Carrera 7 # 71-21 Torre B Piso {n}", "Bogotá D.C."),
             ("Carrera 43A # 1 Sur-{n}", "Medellín, Antioquia"), ("Avenida 6N # 23-{n}", "Cali, Valle del Cauca"),
             ("Calle 72 # 54-{n}", "Barranquilla, Atlántico"), ("Carrera 27 # 36-{n}", "Bucaramanga, Santander"),
             ("Zona Franca Bodega {n}", "Cartagena, Bolívar"), ("Autopista Medellín Km 2.5 Bodega {n}", "Cota, Cundinamarca")]
CO_WORDS = (["Andina", "El Dorado", "Caribe", "Cafetera", "Pacífico", "Llanos", "Sabana", "Magdalena", "Nevado", "Orinoco"],
            ["Distribuciones", "Comercializadora", "Soluciones Tecnológicas", "Ingeniería y Montajes", "Suministros Industriales",
             "Logística", "Servicios Integrales", "Papelería"],
            ["S.A.S.", "S.A.S.", "S.A.", "Ltda."])


def co_party(rng: random.Random) -> Party:
    street, city = rng.choice(CO_PLACES)
    place, noun, form = (rng.choice(part) for part in CO_WORDS)
    name = f"{noun} {place} {form}"
    party = Party(name=name, address=[street.format(n=rng.randrange(2, 480)), city], country="CO", tax_id=co_nit(rng),
                  phone=f"{rng.choice(['(601)', '(604)', '(602)', '(605)'])} {rng.randrange(200, 999)} {rng.randrange(1000, 9999)}")
    party.extra["ciiu"] = rng.choice(["4659", "4690", "4741", "6202", "7110", "4923", "8299"])
    dom = domain(place)
    party.email = f"{rng.choice(['facturacion', 'contabilidad', 'cartera'])}@{dom}"
    return party


MY_PLACES = [("No. {n}, Jalan SS 2/24", "47300 Petaling Jaya", "Selangor Darul Ehsan"), ("Lot {n}, Jalan Tun Razak", "50400 Kuala Lumpur", ""),
             ("No. {n}, Jalan Dato Onn", "80000 Johor Bahru", "Johor"), ("{n}, Lebuh Chulia", "10200 George Town", "Pulau Pinang"),
             ("No. {n}, Jalan Sultan Idris Shah", "30000 Ipoh", "Perak"), ("No. {n}, Jalan Bukit Bintang", "55100 Kuala Lumpur", ""),
             ("G-{n}, Jalan Setia Prima", "40170 Shah Alam", "Selangor"), ("No. {n}, Jalan Padang", "75000 Melaka", "")]
MY_WORDS = {"food": (["Restoran", "Kopitiam", "Kedai Makan", "Restoran Nasi Kandar"],
                     ["Seri Melati", "Ah Keong", "Bestari", "Hock Seng", "Pelita Jaya", "Selera Kampung", "Wong Kee", "Sinar Pagi"]),
            "retail": (["Kedai Runcit", "Mini Market", "Pasaraya", "Farmasi", "Kedai Hardware"],
                       ["Seri Jaya", "Hup Seng", "Bintang", "Harmoni", "Mega", "Sentosa", "Kim Hin", "Maju"]),
            "service": (["Bengkel Kereta", "Auto Service", "Aircond Service", "Workshop"],
                        ["Seng Huat", "Jaya Motor", "Sinar Teknik", "Ah Chong", "Bestari", "Maju Jaya", "Kim Leong"])}


def my_party(rng: random.Random, kind: str, year: int) -> Party:
    street, city, state = rng.choice(MY_PLACES)
    trade, base = (rng.choice(part) for part in MY_WORDS[kind])
    form = rng.choice(["Sdn Bhd", "Sdn. Bhd.", "Enterprise", "Trading"])
    name = f"{trade} {base} {form}".upper() if rng.random() < 0.6 else f"{trade} {base} {form}"
    address = [street.format(n=rng.randrange(1, 120)), city] + ([state] if state else [])
    party = Party(name=name, address=address, country="MY", tax_id=my_sst(rng),
                  phone=f"0{rng.choice(['3', '4', '5', '6', '7'])}-{rng.randrange(200, 999)} {rng.randrange(1000, 9999)}")
    old = my_roc_old(rng)
    if "Sdn" in form:
        party.extra["roc"] = old if year < 2020 or rng.random() < 0.4 else f"{my_roc_new(rng, rng.randrange(1990, 2019))} ({old})"
    else:   # a sole proprietor's business registration
        party.extra["roc"] = f"{rng.choice(['JM', 'SA', 'KT', 'PG'])}{rng.randrange(10**6, 10**7)}-{rng.choice('ADHKPTUVWX')}" if year < 2020 \
            else f"{my_roc_new(rng, rng.randrange(2000, 2023))[:4]}03{rng.randrange(10**5, 10**6):06d}"
    return party
