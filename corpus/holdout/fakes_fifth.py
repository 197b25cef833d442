"""Parties and identifiers the fifth set's templates need (Japan, the Nordics, bank and payment ids).

Kept apart from `fakes.py` / `locales.py` so the earlier sets draw exactly what they drew before.
Identifiers carry their public check digits: Japanese corporate number (the qualified-invoice
registration number is `T` + it), Swedish organisation number, Bankgiro and OCR reference (Luhn,
OCR with its length digit), Danish CVR and Norwegian organisation number (mod 11), Norwegian KID
(Luhn) and account number (mod 11), Australian BPAY customer reference (Luhn).
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

from corpus.holdout.fakes import Party, _luhn_complete, domain

# --------------------------------------------------------------------------------------------------
# Check-digit identifiers


def jp_corporate_number(rng: random.Random) -> str:
    """Japanese corporate number: a check digit in front of 12 digits (9 - weighted sum mod 9)."""
    base = f"{rng.randrange(10**11, 10**12)}"
    total = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(base)))
    return f"{9 - total % 9}{base}"


def mod11(digits: str, weights: list[int]) -> int | None:
    """The mod-11 check digit (11 - remainder; 0 for a remainder of 0), None when it would be 10."""
    rest = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    check = 0 if rest == 0 else 11 - rest
    return None if check == 10 else check


def se_orgnr(rng: random.Random) -> str:
    """Swedish organisation number `556123-4567` (limited companies start 55, Luhn check digit)."""
    full = _luhn_complete(f"55{rng.randrange(6, 10)}{rng.randrange(10**5, 10**6)}")
    return f"{full[:6]}-{full[6:]}"


def dk_cvr(rng: random.Random) -> str:
    """Danish CVR number: eight digits whose weighted sum (2 7 6 5 4 3 2 1) is divisible by 11."""
    while True:
        base = f"{rng.randrange(1, 10)}{rng.randrange(10**6):06d}"
        check = mod11(base, [2, 7, 6, 5, 4, 3, 2])
        if check is not None:
            return base + str(check)


def no_orgnr(rng: random.Random) -> str:
    """Norwegian organisation number: nine digits, mod 11 with weights 3 2 7 6 5 4 3 2."""
    while True:
        base = f"{rng.choice([8, 9])}{rng.randrange(10**7):07d}"
        check = mod11(base, [3, 2, 7, 6, 5, 4, 3, 2])
        if check is not None:
            return base + str(check)


def no_account(rng: random.Random) -> str:
    """Norwegian bank account `1234.56.78903` (mod 11, weights 5 4 3 2 7 6 5 4 3 2)."""
    while True:
        base = f"{rng.randrange(1200, 9999)}{rng.randrange(10**6):06d}"
        check = mod11(base, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
        if check is not None:
            raw = base + str(check)
            return f"{raw[:4]}.{raw[4:6]}.{raw[6:]}"


def luhn_reference(digits: str, *, with_length: bool = False) -> str:
    """A Luhn-checked payment reference (KID, BPAY CRN); Swedish OCR adds a length digit first."""
    if with_length:
        digits = digits + str((len(digits) + 2) % 10)
    return _luhn_complete(digits)


def bankgiro(rng: random.Random) -> str:
    full = _luhn_complete(f"{rng.randrange(100, 999)}{rng.randrange(1000, 9999)}")
    return f"{full[:-4]}-{full[-4:]}"


def plusgiro(rng: random.Random) -> str:
    full = _luhn_complete(f"{rng.randrange(10**5, 10**6)}")
    return f"{full[:2]} {full[2:4]} {full[4:6]}-{full[6:]}"


def uetr(rng: random.Random) -> str:
    """A SWIFT UETR: a version-4 UUID, lower case."""
    hexd = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    variant = rng.choice("89ab")
    return f"{hexd[:8]}-{hexd[8:12]}-4{hexd[13:16]}-{variant}{hexd[17:20]}-{hexd[20:32]}"


def swift_bic(rng: random.Random, country: str) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + country + rng.choice(["2X", "22", "MM", "HH", "FF"]) + \
        rng.choice(["", "XXX"])


# --------------------------------------------------------------------------------------------------
# Japan

JP_PLACES = [("Chuo-ku", "Tokyo", "103"), ("Minato-ku", "Tokyo", "105"), ("Shibuya-ku", "Tokyo", "150"),
             ("Kita-ku", "Osaka", "530"), ("Naka-ku", "Nagoya", "460"), ("Hakata-ku", "Fukuoka", "812"),
             ("Kohoku-ku", "Yokohama", "222"), ("Chuo-ku", "Sapporo", "060"), ("Shimogyo-ku", "Kyoto", "600")]
JP_AREAS = ["Nihonbashi", "Shiba", "Jingumae", "Umeda", "Sakae", "Hakataekimae", "Shin-Yokohama", "Kita 3-jo Nishi",
            "Karasuma-dori", "Kyobashi", "Shinjuku", "Ginza"]
JP_NAMES = (["Sakura", "Fuji", "Hikari", "Aoba", "Midori", "Kaede", "Tsubasa", "Asahi", "Yamato", "Nagomi", "Kizuna", "Minato"],
            ["Seimitsu", "Trading", "Electronics", "Logistics", "Systems", "Printing", "Foods", "Design", "Engineering",
             "Medical Supply", "Chemical", "Software"],
            ["Co., Ltd.", "Co., Ltd.", "Corporation", "Inc.", "K.K.", "Godo Kaisha"])
JP_SURNAMES = ["Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida"]


def jp_company(rng: random.Random) -> Party:
    words, trades, forms = JP_NAMES
    base = f"{rng.choice(words)} {rng.choice(trades)}" if rng.random() < 0.7 else f"{rng.choice(JP_SURNAMES)} {rng.choice(trades)}"
    name = f"{base} {rng.choice(forms)}"
    ward, city, zip3 = rng.choice(JP_PLACES)
    building = rng.choice(["", f" {rng.choice(['Daiichi', 'Central', 'Sakura', 'Riverside'])} Bldg. {rng.randrange(2, 12)}F"])
    street = f"{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)} {rng.choice(JP_AREAS)}{building}"
    postal = f"{zip3}-{rng.randrange(1, 9999):04d}"
    lines = [street, f"{ward}, {city} {postal}"] if rng.random() < 0.6 else [street, f"{ward}, {city}", f"{postal} Japan"]
    party = Party(name=name, address=lines, country="JP",
                  phone=f"0{rng.choice([3, 6, 52, 92, 45, 11, 75])}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}")
    party.extra["corporate_number"] = jp_corporate_number(rng)
    dom = domain(name)
    party.email = f"{rng.choice(['keiri', 'accounting', 'info', 'seikyu'])}@{dom}"
    party.website = f"www.{dom}"
    return party


# --------------------------------------------------------------------------------------------------
# Nordics


@dataclass
class Nordic:
    country: str
    lang: str
    currency: str
    places: list[tuple[str, str]]
    streets: list[str]
    surnames: list[str]
    trades: list[str]
    forms: list[str]


NORDICS = {
    "SE": Nordic("SE", "sv", "SEK", [("111 57", "Stockholm"), ("411 03", "Göteborg"), ("211 20", "Malmö"), ("753 20", "Uppsala"),
                                     ("582 24", "Linköping"), ("702 10", "Örebro"), ("903 26", "Umeå")],
                 ["Drottninggatan", "Storgatan", "Kungsgatan", "Industrivägen", "Västra Hamngatan", "Sveavägen", "Järnvägsgatan"],
                 ["Lindqvist", "Andersson", "Bergström", "Nyström", "Holm", "Sjöberg", "Lundgren", "Ekström"],
                 ["Bygg", "Konsult", "Elteknik", "Data", "Måleri", "Redovisning", "Transport", "Design"],
                 ["AB", "AB", "AB", "Aktiebolag"]),
    "DK": Nordic("DK", "da", "DKK", [("1050", "København K"), ("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg"),
                                     ("6700", "Esbjerg"), ("2300", "København S"), ("7100", "Vejle")],
                 ["Vesterbrogade", "Nørregade", "Østergade", "Industrivej", "Søndergade", "Strandvejen", "Hovedgaden"],
                 ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen"],
                 ["Byg", "Rådgivning", "El-teknik", "IT", "Malerfirma", "Regnskab", "Transport", "Design"],
                 ["ApS", "ApS", "A/S", "I/S"]),
    "NO": Nordic("NO", "nb", "NOK", [("0150", "Oslo"), ("5003", "Bergen"), ("7011", "Trondheim"), ("4006", "Stavanger"),
                                     ("9008", "Tromsø"), ("3015", "Drammen"), ("4610", "Kristiansand")],
                 ["Karl Johans gate", "Storgata", "Kongens gate", "Industriveien", "Strandgata", "Dronningens gate", "Bryggen"],
                 ["Hansen", "Johansen", "Olsen", "Larsen", "Berg", "Haugen", "Dahl", "Bakke"],
                 ["Bygg", "Rådgivning", "Elektro", "Data", "Maling", "Regnskap", "Transport", "Design"],
                 ["AS", "AS", "ASA", "ENK"]),
}


def nordic_company(rng: random.Random, country: str) -> Party:
    n = NORDICS[country]
    style = rng.random()
    if style < 0.5:
        base = f"{rng.choice(n.surnames)} {rng.choice(n.trades)}"
    elif style < 0.75:
        a, b = rng.sample(n.surnames, 2)
        base = f"{a} & {b}"
    else:
        base = f"{rng.choice(['Nord', 'Fjord', 'Väst' if country == 'SE' else 'Vest', 'Norr' if country == 'SE' else 'Nørre', 'Skog', 'Havn' if country != 'SE' else 'Hamn'])}{rng.choice(n.trades).lower()}"
    name = f"{base} {rng.choice(n.forms)}"
    pc, city = rng.choice(n.places)
    street = f"{rng.choice(n.streets)} {rng.randrange(1, 120)}"
    if rng.random() < 0.2:
        street += {"SE": f", {rng.randrange(1, 6)} tr", "DK": f", {rng.randrange(1, 5)}. sal", "NO": f", {rng.randrange(1, 6)}. etg."}[country]
    party = Party(name=name, address=[street, f"{pc} {city}"], country=country,
                  phone={"SE": f"0{rng.randrange(8, 90)}-{rng.randrange(100, 999)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}",
                         "DK": f"+45 {rng.randrange(20, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}",
                         "NO": f"+47 {rng.randrange(20, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"}[country])
    if country == "SE":
        org = se_orgnr(rng)
        party.extra["orgnr"] = org
        party.extra["vat"] = f"SE{org.replace('-', '')}01"
    elif country == "DK":
        party.extra["cvr"] = dk_cvr(rng)
    else:
        party.extra["orgnr"] = no_orgnr(rng)
    dom = domain(name)
    party.email = f"{rng.choice(['faktura', 'info', 'ekonomi' if country == 'SE' else 'regnskab' if country == 'DK' else 'regnskap'])}@{dom}"
    party.website = f"www.{dom}"
    return party
