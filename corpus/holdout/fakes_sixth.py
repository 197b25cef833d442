"""Parties and identifiers the sixth set's templates need (UAE, Nigeria, carrier and pharmacy numbers).

Kept apart from `fakes.py` / `locales.py` so the earlier sets draw exactly what they drew before.
Identifiers carry their public check digits where one exists: UAE IBAN (ISO 7064 mod 97), Nigerian
NUBAN (CBN weights 3 7 3 … over bank code and serial), UPS-style 1Z tracking numbers (mod 10 over the
letters' digit values); the UAE TRN (15 digits starting 100) and the Nigerian TIN (`12345678-0001`)
have no published check.
"""

from __future__ import annotations

import random
import string

from corpus.holdout.fakes import Party, domain
from corpus.holdout.fakes_fourth import iban_check
from corpus.holdout.locales import Fmt

# --------------------------------------------------------------------------------------------------
# Identifiers


def ae_trn(rng: random.Random) -> str:
    """UAE Tax Registration Number: 15 digits, 100 first (as the FTA issues them)."""
    return f"100{rng.randrange(10**10, 10**11)}{rng.randrange(1, 4)}"


def ae_iban(rng: random.Random) -> str:
    """`AE07 0331 2345 6789 0123 456`: 3-digit bank code and 16-digit account, mod-97 check pair."""
    bban = rng.choice(["033", "035", "026", "030", "044", "050", "023"]) + "".join(str(rng.randrange(10)) for _ in range(16))
    raw = "AE" + iban_check("AE", bban) + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


NUBAN_WEIGHTS = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
NG_BANKS = [("Guaranty Trust Bank", "058"), ("Access Bank", "044"), ("Zenith Bank", "057"), ("First Bank of Nigeria", "011"),
            ("United Bank for Africa", "033"), ("Stanbic IBTC Bank", "221"), ("Fidelity Bank", "070")]


def nuban(rng: random.Random, bank_code: str) -> str:
    """Nigerian 10-digit account number: 9-digit serial and a check digit over bank code + serial."""
    serial = f"{rng.randrange(10**8, 10**9)}"
    total = sum(int(d) * w for d, w in zip(bank_code + serial, NUBAN_WEIGHTS, strict=True))
    return serial + str((10 - total % 10) % 10)


def ng_tin(rng: random.Random) -> str:
    return f"{rng.randrange(10**7, 10**8)}-{rng.randrange(1, 3):04d}"


def ups_tracking(rng: random.Random, shipper: str) -> str:
    """`1Z` + 6-character shipper number + 2-digit service + 7 digits + a mod-10 check digit."""
    body = shipper + rng.choice(["03", "02", "01", "13", "42"]) + f"{rng.randrange(10**6, 10**7)}"
    total = 0
    for i, ch in enumerate(body):
        value = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        total += value * (2 if i % 2 else 1)
    return f"1Z{body}{(10 - total % 10) % 10}"


def carrier_account(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6))


# --------------------------------------------------------------------------------------------------
# United Arab Emirates

AE_EMIRATES = ["Dubai", "Dubai", "Dubai", "Abu Dhabi", "Sharjah", "Ajman", "Ras Al Khaimah"]
AE_STREETS = {"Dubai": ["Sheikh Zayed Road", "Al Quoz Industrial Area 3", "Port Saeed, Deira", "Al Barsha 1", "Business Bay",
                        "Jumeirah Lakes Towers", "Dubai Investments Park"],
              "Abu Dhabi": ["Hamdan Street", "Mussafah Industrial Area", "Khalifa Street", "Al Reem Island"],
              "Sharjah": ["Al Wahda Street", "Industrial Area 6", "Al Majaz 2"],
              "Ajman": ["Al Jurf Industrial Area", "Sheikh Rashid Bin Humaid Street"],
              "Ras Al Khaimah": ["Al Hamra Industrial Zone", "Al Muntasir Road"]}
AE_BUILDINGS = ["Al Moosa Tower 2", "Dusit Business Centre", "Al Ghurair Centre", "Oasis Tower", "Prime Business Tower",
                "Al Saqr Building", "Warehouse Block B", "Gold Crest Executive"]
AE_WORDS = ["Al Noor", "Gulf Horizon", "Emirates Star", "Al Mansoori", "Desert Rose", "Blue Coast", "Al Waha", "Falcon Crest",
            "Al Reem", "Bin Hamoodah", "Creekside", "Palm Line"]
AE_TRADES = ["General Trading", "Technical Services", "Building Materials Trading", "Electromechanical Works", "IT Solutions",
             "Foodstuff Trading", "Facilities Management", "Office Equipment Trading"]
AE_FORMS = ["LLC", "L.L.C.", "LLC", "FZE", "FZ-LLC", "Co. LLC"]


def ae_company(rng: random.Random) -> Party:
    emirate = rng.choice(AE_EMIRATES)
    name = f"{rng.choice(AE_WORDS)} {rng.choice(AE_TRADES)} {rng.choice(AE_FORMS)}"
    unit = rng.choice(["Office", "Suite", "Shop", "Warehouse", "Flat"])
    street = rng.choice(AE_STREETS[emirate])
    box = f"P.O. Box {rng.randrange(1000, 99999)}"
    country_word = rng.choice(["UAE", "U.A.E.", "United Arab Emirates"])
    style = rng.random()
    if style < 0.4:
        lines = [f"{unit} {rng.randrange(101, 2999)}, {rng.choice(AE_BUILDINGS)}", street, f"{box}, {emirate}, {country_word}"]
    elif style < 0.7:
        lines = [f"{box}, {emirate}", country_word]
    else:
        lines = [f"{unit} No. {rng.randrange(1, 60)}, {street}", f"{emirate} - {country_word}"]
    party = Party(name=name, address=lines, country="AE",
                  phone=f"+971 {rng.choice(['4', '2', '6', '7'])} {rng.randrange(200, 999)} {rng.randrange(1000, 9999)}")
    party.tax_id = ae_trn(rng)
    dom = domain(name.replace("Al ", "Al"))
    party.email = f"{rng.choice(['accounts', 'sales', 'info', 'finance'])}@{dom}"
    party.website = f"www.{dom}"
    party.extra["trade_licence"] = f"{rng.randrange(100000, 999999)}"
    party.extra["emirate"] = emirate
    return party


def ae_fmt(rng: random.Random) -> Fmt:
    symbol, position = rng.choice([("AED", "pre_space"), ("AED", "pre_space"), ("Dhs", "pre_space"), ("Dhs.", "pre_space"),
                                   ("AED", "post_space")])
    return Fmt(country="AE", currency="AED", number_style="en", symbol=symbol, position=position,
               date_pattern=rng.choice(["dmy_slash", "dmy_slash", "dd_mon_yyyy", "d_mon_y", "dmy_dash"]), lang="en")


# --------------------------------------------------------------------------------------------------
# Nigeria

NG_PLACES = [(["Plot {n}, Adeola Odeku Street", "Victoria Island"], "Lagos"), (["{n} Allen Avenue", "Ikeja"], "Lagos State"),
             (["{n} Admiralty Way, Lekki Phase 1"], "Lagos"), (["Plot {n}, Aminu Kano Crescent", "Wuse II"], "Abuja, FCT"),
             (["{n} Ademola Adetokunbo Crescent", "Wuse 2"], "Abuja"), (["{n} Trans-Amadi Industrial Layout"], "Port Harcourt, Rivers State"),
             (["{n} Ring Road"], "Ibadan, Oyo State"), (["{n} Murtala Mohammed Way"], "Kano")]
NG_SURNAMES = ["Adeyemi", "Okafor", "Balogun", "Eze", "Chukwu", "Ogunleye", "Bello", "Okonkwo", "Danjuma", "Nwosu", "Adebayo",
               "Ibrahim"]
NG_FIRST = ["Chinedu", "Ngozi", "Tunde", "Amaka", "Ifeanyi", "Funmilayo", "Musa", "Kelechi", "Yetunde", "Emeka"]
NG_NOUNS = ["Integrated Services", "Engineering", "Ventures", "Global Resources", "Technologies", "Logistics", "Konsult",
            "Facility Management", "Oil & Gas Services", "Agro Allied"]
NG_FORMS = ["Limited", "Nigeria Limited", "Ltd", "Ltd", "Enterprises", "& Co. Ltd"]


def ng_company(rng: random.Random) -> Party:
    name = f"{rng.choice(NG_SURNAMES + ['Zenon', 'Crestview', 'Greenfield', 'Primewell', 'Sahel'])} {rng.choice(NG_NOUNS)} {rng.choice(NG_FORMS)}"
    street_lines, city = rng.choice(NG_PLACES)
    lines = [line.format(n=rng.randrange(1, 250)) for line in street_lines] + [city]
    if rng.random() < 0.25:
        lines.append("Nigeria")
    party = Party(name=name, address=lines, country="NG",
                  phone=f"+234 {rng.choice(['803', '805', '806', '809', '812', '1'])} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}")
    party.tax_id = ng_tin(rng)
    party.extra["rc"] = f"{rng.randrange(100000, 1900000)}"
    dom = domain(name)
    party.email = f"{rng.choice(['accounts', 'info', 'billing', 'finance'])}@{dom}"
    party.website = f"www.{dom}"
    return party


def ng_person(rng: random.Random) -> str:
    return f"{rng.choice(NG_FIRST)} {rng.choice(NG_SURNAMES)}"


def ng_fmt(rng: random.Random) -> Fmt:
    symbol, position = rng.choice([("₦", "pre"), ("₦", "pre"), ("NGN", "pre_space"), ("N", "pre")])
    return Fmt(country="NG", currency="NGN", number_style="en", symbol=symbol, position=position,
               date_pattern=rng.choice(["dmy_slash", "d_month_y", "ordinal_month_y", "dd_mon_yyyy", "dmy_dash"]), lang="en")
