"""Parties and identifiers the seventh set's templates need (Brazil, the Philippines, air tickets, customs, cars).

Kept apart from the earlier fakes modules so the earlier sets draw exactly what they drew before.
Identifiers carry their public check digits where one exists: the NF-e access key (44 digits, mod 11
with weights 2..9 from the right), the US customs entry number (filer code + 7 digits + a Luhn-style
check digit), the air waybill number (8-digit serial whose last digit is the first seven mod 7), the
17-character VIN (North American check digit in position 9), the 13-digit airline ticket number
(3-digit airline code + 10 digits) and the Philippine TIN (9 digits + a branch code; no published check).
"""

from __future__ import annotations

import random
import string

from corpus.holdout.fakes import Party, domain
from corpus.holdout.fakes_intl import cnpj
from corpus.holdout.locales import Fmt

# --------------------------------------------------------------------------------------------------
# Identifiers


def nfe_access_key(rng: random.Random, uf_code: int, issued_yymm: str, cnpj_digits: str, series: int, number: int) -> str:
    """The 44-digit chave de acesso: cUF, AAMM, CNPJ, model 55, series, number, tpEmis, cNF, and a mod-11 check digit."""
    body = (f"{uf_code:02d}{issued_yymm}{cnpj_digits}55{series:03d}{number:09d}1{rng.randrange(10**7, 10**8)}")
    assert len(body) == 43
    weights = [2, 3, 4, 5, 6, 7, 8, 9]
    total = sum(int(d) * weights[i % 8] for i, d in enumerate(reversed(body)))
    check = 11 - total % 11
    return body + str(0 if check >= 10 else check)


def br_inscricao_estadual(rng: random.Random) -> str:
    return f"{rng.randrange(100, 999)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}"


def br_cpf(rng: random.Random) -> str:
    """CPF `123.456.789-09` with its two mod-11 check digits."""
    digits = [rng.randrange(10) for _ in range(9)]
    for length in (9, 10):
        total = sum(d * w for d, w in zip(digits, range(length + 1, 1, -1), strict=True))
        digits.append(0 if total % 11 < 2 else 11 - total % 11)
    s = "".join(map(str, digits))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def us_entry_number(rng: random.Random) -> str:
    """US CBP entry number `ABC-1234567-8`: 3-character filer code, 7-digit serial, Luhn check digit."""
    filer = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(3))
    serial = f"{rng.randrange(10**7):07d}"
    values = [(ord(ch) - 55) % 10 if ch.isalpha() else int(ch) for ch in filer] + [int(d) for d in serial]
    total = 0
    for i, v in enumerate(reversed(values)):
        doubled = v * 2 if i % 2 == 0 else v
        total += doubled // 10 + doubled % 10
    return f"{filer}-{serial}-{(10 - total % 10) % 10}"


def awb_number(rng: random.Random) -> str:
    """Air waybill `176-12345675`: airline prefix and an 8-digit serial whose last digit is the first seven mod 7."""
    seven = rng.randrange(10**6, 10**7)
    return f"{rng.choice(['176', '157', '020', '125', '618', '180', '074'])}-{seven}{seven % 7}"


_VIN_VALUES = {**{str(d): d for d in range(10)},
               **dict(zip("ABCDEFGH", range(1, 9), strict=True)), **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7,
               "R": 9, **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_MAKERS = {"1FT": "Ford", "1HG": "Honda", "2T1": "Toyota", "1G1": "Chevrolet", "3VW": "Volkswagen", "5YJ": "Tesla",
              "JTD": "Toyota", "WBA": "BMW", "SAL": "Land Rover", "WF0": "Ford", "VF1": "Renault", "SJN": "Nissan"}


def vin(rng: random.Random, wmi: str) -> str:
    """A 17-character VIN (no I, O, Q) with the North American check digit in position 9."""
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    chars = list(wmi + "".join(rng.choice(alphabet) for _ in range(5)) + "0" + rng.choice("KLMNPRS")
                 + rng.choice(alphabet) + "".join(rng.choice(string.digits) for _ in range(6)))
    total = sum(_VIN_VALUES[ch] * w for ch, w in zip(chars, _VIN_WEIGHTS, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def ticket_number(rng: random.Random, airline_code: str) -> str:
    return f"{airline_code}{rng.randrange(10**9, 10**10)}"


def pnr(rng: random.Random) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def ph_tin(rng: random.Random, branch_digits: int = 3) -> str:
    head = f"{rng.randrange(100, 999)}-{rng.randrange(100, 999)}-{rng.randrange(100, 999)}"
    return f"{head}-{'0' * branch_digits}" if rng.random() < 0.8 else f"{head}-{rng.randrange(1, 9):0{branch_digits}d}"


# --------------------------------------------------------------------------------------------------
# Brazil (DANFE): the destinatário is printed in boxes, so its address is street, bairro, CEP, city, UF

BR_PLACES = [("01310-100", "São Paulo", "SP", 35), ("04538-133", "São Paulo", "SP", 35), ("20040-020", "Rio de Janeiro", "RJ", 33),
             ("30130-010", "Belo Horizonte", "MG", 31), ("80010-000", "Curitiba", "PR", 41), ("90010-150", "Porto Alegre", "RS", 43),
             ("13010-050", "Campinas", "SP", 35), ("89201-000", "Joinville", "SC", 42), ("60060-440", "Fortaleza", "CE", 23)]
BR_STREETS = ["Av. Paulista", "Rua Vergueiro", "Av. Brigadeiro Faria Lima", "Rua da Assembleia", "Av. Afonso Pena", "Rua XV de Novembro",
              "Av. Borges de Medeiros", "Rua Barão de Jaguara", "Rodovia BR-101, Km", "Av. Santos Dumont", "Rua das Indústrias"]
BR_BAIRROS = ["Bela Vista", "Itaim Bibi", "Centro", "Funcionários", "Distrito Industrial", "Jardim América", "Vila Olímpia", "Boa Vista"]
BR_WORDS = (["Metalúrgica", "Comercial", "Distribuidora", "Indústria", "Plásticos", "Têxtil", "Alimentos", "Autopeças", "Embalagens"],
            ["Paulista", "Santa Cruz", "Vale Verde", "Horizonte", "Três Rios", "São Jorge", "Aliança", "Sul Brasil", "Progresso"],
            ["Ltda.", "Ltda", "S.A.", "Ltda. - EPP", "EIRELI", "Ltda. ME"])


def br_party(rng: random.Random) -> Party:
    pc, city, uf, uf_code = rng.choice(BR_PLACES)
    kind, place, form = (rng.choice(part) for part in BR_WORDS)
    name = f"{kind} {place} {form}"
    street = f"{rng.choice(BR_STREETS)} {rng.randrange(10, 3200)}"
    if rng.random() < 0.3:
        street += f", {rng.choice(['Galpão', 'Sala', 'Conj.', 'Bloco'])} {rng.randrange(1, 40)}"
    party = Party(name=name, address=[street, rng.choice(BR_BAIRROS), pc, city, uf], country="BR", tax_id=cnpj(rng),
                  phone=f"({rng.choice([11, 21, 31, 41, 47, 51])}) {rng.randrange(3000, 3999)}-{rng.randrange(1000, 9999)}")
    party.extra = {"ie": br_inscricao_estadual(rng), "uf_code": str(uf_code), "uf": uf, "city": city, "cep": pc}
    party.email = f"{rng.choice(['nfe', 'fiscal', 'faturamento'])}@{domain(place)}"
    return party


# --------------------------------------------------------------------------------------------------
# Philippines

PH_PLACES = [("Makati City", "1226"), ("Pasig City", "1605"), ("Quezon City", "1100"), ("Taguig City", "1634"), ("Cebu City", "6000"),
             ("Mandaue City", "6014"), ("Davao City", "8000"), ("Mandaluyong City", "1550"), ("Parañaque City", "1700")]
PH_STREETS = ["Ayala Avenue", "Ortigas Avenue", "EDSA", "Shaw Boulevard", "Osmeña Boulevard", "J.P. Laurel Avenue", "Gil Puyat Avenue",
              "Aurora Boulevard", "C. Raymundo Avenue", "A. S. Fortuna Street"]
PH_BARANGAYS = ["Brgy. San Lorenzo", "Brgy. Kapitolyo", "Brgy. Bel-Air", "Brgy. Ugong", "Brgy. Lahug", "Brgy. Banilad", "Brgy. Poblacion"]
PH_SURNAMES = ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva", "Dela Cruz", "Aquino", "Ramos", "Tan", "Lim"]
PH_FIRST = ["Maria", "Jose", "Juan", "Ana", "Mark", "Kristine", "Paolo", "Jasmine", "Rommel", "Liza"]
PH_NOUNS = ["Trading", "Hardware", "Enterprises", "Marketing Corp.", "Industrial Supply", "Food Products Inc.", "Construction Supply",
            "Office Solutions Inc.", "Auto Parts", "Printing Services"]


def ph_party(rng: random.Random, *, sole_proprietor: bool = False) -> Party:
    city, zip_code = rng.choice(PH_PLACES)
    word = rng.choice(PH_SURNAMES + ["Golden Harvest", "Pacific Star", "Metro", "Bayanihan", "Luzon", "Visayan", "Mabuhay"])
    name = f"{word} {rng.choice(PH_NOUNS)}"
    if "Inc." not in name and "Corp." not in name and rng.random() < 0.5:
        name += " Corporation" if rng.random() < 0.5 else " Co."
    unit = f"{rng.choice(['Unit', 'Rm.', 'Door'])} {rng.randrange(101, 2400)}, " if rng.random() < 0.5 else ""
    address = [f"{unit}{rng.randrange(1, 990)} {rng.choice(PH_STREETS)}", f"{rng.choice(PH_BARANGAYS)}, {city} {zip_code}"]
    party = Party(name=name, address=address, country="PH", tax_id=ph_tin(rng, rng.choice([3, 3, 5])),
                  phone=f"(0{rng.choice([2, 32, 82])}) {rng.randrange(800, 899)}-{rng.randrange(1000, 9999)}")
    if sole_proprietor:
        party.extra["proprietor"] = f"{rng.choice(PH_FIRST)} {rng.choice(PH_SURNAMES)}"
    party.email = f"{rng.choice(['sales', 'billing', 'accounting'])}@{domain(word)}"
    return party


def ph_fmt(rng: random.Random) -> Fmt:
    symbol, position = rng.choice([("₱", "pre"), ("₱", "pre_space"), ("PHP", "pre_space"), ("P", "pre")])
    return Fmt(country="PH", currency="PHP", number_style="en", symbol=symbol, position=position,
               date_pattern=rng.choice(["month_d_y", "mdy_slash", "mdy_slash", "mon_d_y"]), lang="en")


def fmt_of(country: str, currency: str, *, number_style: str, symbol: str, position: str, date_pattern: str,
           lang: str = "en") -> Fmt:
    """A Fmt for any country (locales.py's tables stay as the first sets used them)."""
    return Fmt(country=country, currency=currency, number_style=number_style, symbol=symbol, position=position,
               date_pattern=date_pattern, lang=lang)
