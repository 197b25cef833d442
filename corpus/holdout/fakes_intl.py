"""Businesses, addresses and check-digit identifiers for the third set's countries (CH, TZ, PT, BR).

Kept apart from fakes.py so that the first two sets draw exactly what they drew before. Identifiers
carry their public check digits: Swiss UID (mod 11), QR reference (recursive mod 10), Swiss QR-IBAN,
Portuguese NIF (mod 11), Brazilian CNPJ (two mod-11 digits), ISO 6346 container numbers.
"""

from __future__ import annotations

import random
import string

from corpus.holdout.fakes import Party, domain
from corpus.holdout.locales import Fmt

# --------------------------------------------------------------------------------------------------
# Identifiers


def swiss_uid(rng: random.Random) -> str:
    """Swiss enterprise id `CHE-123.456.789` (weights 5 4 3 2 7 6 5 4, mod 11; 10 is never issued)."""
    weights = [5, 4, 3, 2, 7, 6, 5, 4]
    while True:
        digits = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(7)]
        check = 11 - sum(w * d for w, d in zip(weights, digits, strict=True)) % 11
        if check == 11:
            check = 0
        if check < 10:
            s = "".join(map(str, digits)) + str(check)
            return f"CHE-{s[:3]}.{s[3:6]}.{s[6:]}"


_QR_TABLE = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]


def qr_reference_check(digits: str) -> int:
    carry = 0
    for ch in digits:
        carry = _QR_TABLE[(carry + int(ch)) % 10]
    return (10 - carry) % 10


def qr_reference(rng: random.Random) -> str:
    """A 27-digit QR reference (26 digits + recursive mod-10 check), printed `21 00000 00003 13947 14300 09017`."""
    body = "".join(str(rng.randrange(10)) for _ in range(26))
    raw = body + str(qr_reference_check(body))
    return f"{raw[:2]} " + " ".join(raw[i:i + 5] for i in range(2, 27, 5))


def _iban_check(country: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


def ch_iban(rng: random.Random, qr: bool) -> str:
    """Swiss IBAN; a QR-IBAN has an institution id 30000-31999 (needed for a QR reference)."""
    iid = rng.randrange(30000, 32000) if qr else rng.choice([9000, 700, 235, 483, 8401, 767])
    bban = f"{iid:05d}" + "".join(str(rng.randrange(10)) for _ in range(12))
    raw = "CH" + _iban_check("CH", bban) + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def pt_nif(rng: random.Random, first: str = "5") -> str:
    """Portuguese NIF / NIPC: 9 digits, weights 9..2, check 11 - sum mod 11 (0 when that is 10 or 11)."""
    digits = [int(first)] + [rng.randrange(10) for _ in range(7)]
    check = 11 - sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
    return "".join(map(str, digits)) + str(0 if check >= 10 else check)


def cnpj(rng: random.Random) -> str:
    """Brazilian CNPJ `12.345.678/0001-95` (head office 0001, two mod-11 check digits)."""
    base = [rng.randrange(10) for _ in range(8)] + [0, 0, 0, 1]

    def digit(nums: list[int]) -> int:
        weights = list(range(len(nums) - 7, 1, -1)) + list(range(9, 1, -1))
        r = sum(n * w for n, w in zip(nums, weights, strict=True)) % 11
        return 0 if r < 2 else 11 - r

    base.append(digit(base))
    base.append(digit(base))
    s = "".join(map(str, base))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


_ISO6346 = {ch: v for ch, v in zip(string.ascii_uppercase,
                                   [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30,
                                    31, 32, 34, 35, 36, 37, 38], strict=True)}


def container_number(rng: random.Random, owner: str | None = None) -> str:
    """ISO 6346 container number `MSKU 123456 7` with its check digit."""
    owner = owner or rng.choice(["MSKU", "MSCU", "CMAU", "HLXU", "TGHU", "OOLU", "MAEU", "TCLU", "SEGU"])
    serial = f"{rng.randrange(10**6):06d}"
    code = owner + serial
    total = sum((_ISO6346[ch] if ch.isalpha() else int(ch)) * 2 ** i for i, ch in enumerate(code))
    return f"{owner}{serial}{total % 11 % 10}"


def tz_tin(rng: random.Random) -> str:
    return f"1{rng.randrange(0, 99):02d}-{rng.randrange(100, 999)}-{rng.randrange(100, 999)}"


def tz_vrn(rng: random.Random) -> str:
    return f"40-0{rng.randrange(10000, 99999)}-{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}"


# --------------------------------------------------------------------------------------------------
# Companies and addresses

CH_PLACES = {"de": [("8004", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen"),
                    ("8400", "Winterthur"), ("5000", "Aarau"), ("6300", "Zug")],
             "fr": [("1204", "Genève"), ("1003", "Lausanne"), ("2000", "Neuchâtel"), ("1700", "Fribourg"),
                    ("1950", "Sion"), ("1400", "Yverdon-les-Bains")]}
CH_STREETS = {"de": ["Bahnhofstrasse", "Seestrasse", "Industriestrasse", "Dorfstrasse", "Hauptgasse", "Zürcherstrasse",
                     "Murtenstrasse", "Poststrasse"],
              "fr": ["rue du Rhône", "avenue de la Gare", "chemin des Crêts", "rue de Lausanne", "route de Chêne",
                     "place de la Palud", "rue du Marché"]}
CH_NAMES = {"de": (["Meier", "Brunner", "Keller", "Baumann", "Huber", "Gerber", "Widmer", "Steiner", "Frei", "Moser"],
                   ["Treuhand", "Haustechnik", "Informatik", "Schreinerei", "Gartenbau", "Elektro", "Druck", "Metallbau"],
                   ["AG", "GmbH", "AG", "Sàrl"], ["Reto", "Corinne", "Beat", "Nicole", "Urs", "Sandra"]),
            "fr": (["Favre", "Rochat", "Perrin", "Bonvin", "Cretton", "Jaquier", "Dubois", "Monnier"],
                   ["Fiduciaire", "Informatique", "Menuiserie", "Électricité", "Paysagisme", "Imprimerie", "Conseil"],
                   ["SA", "Sàrl", "SA"], ["Valérie", "Olivier", "Nathalie", "Stéphane", "Sophie", "Laurent"])}

TZ_PLACES = [("Dar es Salaam", "Kinondoni"), ("Dar es Salaam", "Ilala"), ("Arusha", "Arusha Mjini"), ("Mwanza", "Nyamagana"),
             ("Dodoma", "Dodoma Mjini"), ("Moshi", "Moshi Mjini"), ("Zanzibar", "Mjini Magharibi")]
TZ_STREETS = ["Mtaa wa Samora", "Barabara ya Bagamoyo", "Nyerere Road", "Mtaa wa Uhuru", "Barabara ya Morogoro",
              "Mtaa wa Jamhuri", "Sokoine Drive", "Kariakoo, Mtaa wa Msimbazi"]
TZ_NAMES = (["Mwakyusa", "Kimaro", "Massawe", "Mushi", "Shayo", "Mollel", "Kombo", "Salim", "Lyimo", "Nyirenda"],
            ["Hardware", "General Supplies", "Stationers", "Enterprises", "Agro Dealers", "Building Materials",
             "Electrical", "Pharmacy", "Traders"],
            ["Limited", "Ltd", "Co. Ltd", "Company Limited"], ["Juma", "Neema", "Baraka", "Rehema", "Amani", "Zawadi"])
KE_PLACES = [("Nairobi", "00100"), ("Mombasa", "80100"), ("Kisumu", "40100"), ("Nakuru", "20100"), ("Eldoret", "30100")]
KE_STREETS = ["Moi Avenue", "Tom Mboya Street", "Kenyatta Avenue", "Biashara Street", "Ronald Ngala Street"]
KE_NAMES = (["Kamau", "Otieno", "Wanjiru", "Mutua", "Njoroge", "Chebet", "Wekesa", "Omondi"],
            ["Hardware", "General Supplies", "Stationers", "Agrovet", "Enterprises", "Distributors"],
            ["Limited", "Ltd", "Enterprises"], ["Wanjiku", "Brian", "Faith", "Kevin", "Mercy"])

PT_PLACES = [("1050-094", "Lisboa"), ("4000-322", "Porto"), ("3000-150", "Coimbra"), ("4700-030", "Braga"),
             ("8000-138", "Faro"), ("2910-001", "Setúbal"), ("3800-200", "Aveiro")]
PT_STREETS = ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Comércio", "Avenida da República",
              "Rua Direita", "Travessa do Carmo", "Zona Industrial, Lote"]
PT_NAMES = (["Silva", "Ferreira", "Costa", "Martins", "Sousa", "Rodrigues", "Almeida", "Pereira", "Carvalho"],
            ["Informática", "Construções", "Serviços", "Contabilidade", "Transportes", "Distribuição", "Gráfica"],
            ["Lda.", "Lda", "S.A.", "Unipessoal Lda."], ["João", "Ana", "Rui", "Marta", "Tiago", "Inês"])
BR_PLACES = [("01310-100", "São Paulo", "SP"), ("20040-020", "Rio de Janeiro", "RJ"), ("30130-010", "Belo Horizonte", "MG"),
             ("80010-000", "Curitiba", "PR"), ("90010-150", "Porto Alegre", "RS"), ("40020-000", "Salvador", "BA"),
             ("13015-904", "Campinas", "SP")]
BR_STREETS = ["Av. Paulista", "Rua da Consolação", "Av. Rio Branco", "Rua XV de Novembro", "Av. Afonso Pena",
              "Rua dos Andradas", "Av. Sete de Setembro"]
BR_NAMES = (["Oliveira", "Santos", "Souza", "Lima", "Gomes", "Ribeiro", "Barbosa", "Araújo", "Teixeira"],
            ["Tecnologia", "Consultoria", "Serviços", "Engenharia", "Sistemas", "Logística", "Comunicação"],
            ["Ltda.", "Ltda", "S.A.", "ME", "EIRELI"], ["Lucas", "Mariana", "Gabriel", "Fernanda", "Rafael", "Juliana"])


def _name(rng: random.Random, names: tuple) -> str:
    surnames, nouns, suffixes, _first = names
    style = rng.random()
    if style < 0.5:
        base = f"{rng.choice(surnames)} {rng.choice(nouns)}"
    elif style < 0.75:
        a, b = rng.sample(surnames, 2)
        base = f"{a} & {b}"
    else:
        base = f"{rng.choice(nouns)} {rng.choice(surnames)}"
    return f"{base} {rng.choice(suffixes)}"


def person(rng: random.Random, country: str, lang: str = "de") -> str:
    names = {"CH": CH_NAMES[lang], "TZ": TZ_NAMES, "KE": KE_NAMES, "PT": PT_NAMES, "BR": BR_NAMES}[country]
    return f"{rng.choice(names[3])} {rng.choice(names[0])}"


def company(rng: random.Random, country: str, lang: str = "de", *, with_tax: bool = True) -> Party:
    """A business of CH (lang de/fr), TZ, KE (Swahili-speaking East Africa), PT or BR."""
    n = rng.randrange(2, 240)
    extra: dict[str, str] = {}
    tax_id = None
    if country == "CH":
        name = _name(rng, CH_NAMES[lang])
        pc, city = rng.choice(CH_PLACES[lang])
        street = rng.choice(CH_STREETS[lang])
        address = [f"{street} {n % 120 + 1}" if lang == "de" else f"{street} {n % 120 + 1}", f"{pc} {city}"]
        if rng.random() < 0.2:
            address.insert(0, "Postfach" if lang == "de" else "Case postale")
            address[0] += f" {rng.randrange(100, 9999)}"
        tax_id = swiss_uid(rng)
        phone = f"+41 {rng.choice([21, 22, 31, 43, 44, 61, 71])} {rng.randrange(200, 999)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"
    elif country in ("TZ", "KE"):
        names = TZ_NAMES if country == "TZ" else KE_NAMES
        name = _name(rng, names)
        if country == "TZ":
            city, district = rng.choice(TZ_PLACES)
            address = [f"P.O. Box {rng.randrange(100, 99999)}", f"{city}"] if rng.random() < 0.5 else \
                [f"{rng.choice(TZ_STREETS)}, Plot No. {rng.randrange(1, 999)}", f"{district}, {city}"]
            tax_id = tz_tin(rng)
            extra["vrn"] = tz_vrn(rng)
            phone = f"+255 {rng.choice([22, 713, 754, 767, 784])} {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
        else:
            city, pc = rng.choice(KE_PLACES)
            address = [f"P.O. Box {rng.randrange(1000, 99999)}-{pc}", city] if rng.random() < 0.5 else \
                [f"{rng.choice(KE_STREETS)}, Plot {rng.randrange(10, 999)}", city]
            tax_id = "P" + f"{rng.randrange(10**9):09d}" + rng.choice(string.ascii_uppercase)
            phone = f"+254 7{rng.randrange(10, 99)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
    elif country == "PT":
        name = _name(rng, PT_NAMES)
        pc, city = rng.choice(PT_PLACES)
        street = rng.choice(PT_STREETS)
        address = [f"{street} {n % 80 + 1}" if street.endswith("Lote") else f"{street}, {n % 300 + 1}"
                   + (f", {rng.randrange(1, 9)}.º {rng.choice(['Esq.', 'Dto.', 'A', 'B'])}" if rng.random() < 0.4 else ""),
                   f"{pc} {city}"]
        tax_id = pt_nif(rng, "5")
        extra["capital"] = f"{rng.choice([5000, 10000, 50000, 250000])}"
        phone = f"+351 2{rng.randrange(10, 99)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
    elif country == "BR":
        name = _name(rng, BR_NAMES)
        pc, city, uf = rng.choice(BR_PLACES)
        address = [f"{rng.choice(BR_STREETS)}, {n * 7 % 3000 + 1}" + (f", Sala {rng.randrange(10, 2200)}" if rng.random() < 0.4 else ""),
                   f"{city} - {uf}", f"CEP {pc}"]
        tax_id = cnpj(rng)
        extra["im"] = f"{rng.randrange(10**6, 10**7)}-{rng.randrange(10)}"     # inscrição municipal
        phone = f"(11) {rng.randrange(3000, 3999)}-{rng.randrange(1000, 9999)}"
    else:
        raise ValueError(country)
    party = Party(name=name, address=address, country=country, tax_id=tax_id if with_tax else None, phone=phone,
                  extra=extra)
    dom = domain(name)
    party.email = f"{rng.choice(['info', 'billing', 'contabilidade' if country in ('PT', 'BR') else 'accounts'])}@{dom}"
    party.website = f"www.{dom}"
    if not with_tax:
        party.extra["tax_id"] = tax_id
    return party


def fmt_for(country: str, *, number_style: str, symbol: str, position: str, date_pattern: str, lang: str) -> Fmt:
    """A Fmt for countries locales.py does not list (its tables stay as the first two sets used them)."""
    currency = {"CH": "CHF", "TZ": "TZS", "KE": "KES", "PT": "EUR", "BR": "BRL"}[country]
    return Fmt(country=country, currency=currency, number_style=number_style, symbol=symbol, position=position,
               date_pattern=date_pattern, lang=lang)
