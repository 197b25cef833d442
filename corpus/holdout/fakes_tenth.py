"""Parties and identifiers the tenth set's templates need (Québec, Czechia, Romania, Hong Kong, UK construction
subcontractors, card-terminal merchants, Ghana).

Kept apart from the earlier fakes modules so the earlier sets draw exactly what they drew before.
Identifiers carry their public check digits where one exists: the Canadian business number (Luhn, from
`fakes.ca_business_number`) inside the GST/HST number `123456789 RT0001`; the Czech IČO (8 digits, weights
8…2, mod 11) and DIČ (`CZ` + IČO, or `CZ` + a sole trader's 10-digit birth number divisible by 11); the
Czech bank account `19-2000145399/0800` (prefix and number each mod 11 with the CNB weights) and the
Czech IBAN built from it; the Romanian CIF / CUI (key 753217532, mod 11) and Romanian IBAN (mod 97); the
UK Unique Taxpayer Reference (the leading check digit: weights 6 7 8 9 10 5 4 3 2, mod 11, HMRC's table)
and UK VAT number (`fakes.uk_vat`, mod 97). The Québec QST number, NEQ, Hong Kong BR number, FPS id and
the Ghanaian GRA TIN / Ghana Card PIN have no published check algorithm: their digits are drawn in the
printed shape. Card-terminal numbers (MID, TID, RRN, AID, TVR) are in the shapes terminals print.
"""

from __future__ import annotations

import random
import string
from decimal import Decimal

from corpus.holdout.fakes import Party, address, ca_business_number, uk_vat
from corpus.holdout.fakes_fourth import iban_check

# --------------------------------------------------------------------------------------------------
# Identifiers


def qc_numbers(rng: random.Random) -> tuple[str, str, str]:
    """(GST/HST number `123456789 RT0001`, QST number `1234567890 TQ0001`, NEQ `1171234567`)."""
    bn = ca_business_number(rng)
    gst = f"{bn} RT{rng.choice(['0001', '0001', '0001', '0002'])}"
    qst = f"{rng.randrange(10**9, 10**10)} TQ{rng.choice(['0001', '0001', '0002'])}"
    neq = f"{rng.choice(['11', '11', '22', '33'])}{rng.randrange(10**7, 10**8)}"
    return gst, qst, neq


def cz_ico(rng: random.Random) -> str:
    """Czech company id (IČO): seven digits and a mod-11 check digit (weights 8 7 6 5 4 3 2)."""
    body = [rng.randrange(10) for _ in range(7)]
    body[0] = rng.randrange(1, 10)
    remainder = sum(d * w for d, w in zip(body, range(8, 1, -1), strict=True)) % 11
    check = 1 if remainder == 0 else 0 if remainder == 1 else 11 - remainder
    return "".join(map(str, body)) + str(check)


def cz_ico_valid(number: str) -> bool:
    if len(number) != 8 or not number.isdigit():
        return False
    remainder = sum(int(d) * w for d, w in zip(number[:7], range(8, 1, -1), strict=True)) % 11
    check = 1 if remainder == 0 else 0 if remainder == 1 else 11 - remainder
    return int(number[7]) == check


def cz_birth_number(rng: random.Random) -> str:
    """A sole trader's rodné číslo (10 digits, divisible by 11): the DIČ of a natural person is CZ + this."""
    while True:
        year = rng.randrange(55, 99)
        month = rng.randrange(1, 13) + (50 if rng.random() < 0.4 else 0)
        head = int(f"{year:02d}{month:02d}{rng.randrange(1, 29):02d}{rng.randrange(1000):03d}")
        check = (-head * 10) % 11
        if check < 10:
            return f"{head * 10 + check:010d}"


_CZ_ACCOUNT_WEIGHTS = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]


def _cz_part(rng: random.Random, length: int, first_digits: int) -> str:
    weights = _CZ_ACCOUNT_WEIGHTS[-length:]
    while True:
        digits = [0] * (length - first_digits) + [rng.randrange(10) for _ in range(first_digits)]
        digits[length - first_digits] = rng.randrange(1, 10)
        total = sum(d * w for d, w in zip(digits[:-1], weights[:-1], strict=True))
        for last in range(10):
            if (total + last * weights[-1]) % 11 == 0:
                digits[-1] = last
                return "".join(map(str, digits))


CZ_BANKS = [("0100", "Komerční banka, a.s.", "KOMBCZPP"), ("0300", "ČSOB, a.s.", "CEKOCZPP"), ("0800", "Česká spořitelna, a.s.", "GIBACZPX"),
            ("2010", "Fio banka, a.s.", "FIOBCZPP"), ("0600", "MONETA Money Bank, a.s.", "AGBACZPP"), ("2700", "UniCredit Bank Czech Republic and Slovakia, a.s.", "BACXCZPP"),
            ("5500", "Raiffeisenbank a.s.", "RZBCCZPP"), ("3030", "Air Bank a.s.", "AIRACZPP")]


def cz_account(rng: random.Random) -> tuple[str, str, str, str]:
    """(printed account `19-2000145399/0800` or `2345678901/0100`, IBAN, bank name, BIC), both mod-11 valid."""
    code, bank, swift = rng.choice(CZ_BANKS)
    number = _cz_part(rng, 10, rng.choice([9, 10, 10, 8]))
    prefix = _cz_part(rng, 6, rng.choice([2, 3])) if rng.random() < 0.35 else "000000"
    printed = (f"{int(prefix)}-" if int(prefix) else "") + f"{int(number)}/{code}"
    bban = f"{code}{prefix}{number}"
    raw = "CZ" + iban_check("CZ", bban) + bban
    return printed, " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)), bank, swift


def cz_account_valid(printed: str) -> bool:
    body, _, _code = printed.partition("/")
    prefix, _, number = body.rpartition("-")
    for part in (prefix, number):
        if part:
            digits = part.zfill(10)
            if sum(int(d) * w for d, w in zip(digits, _CZ_ACCOUNT_WEIGHTS, strict=True)) % 11:
                return False
    return True


def ro_cif(rng: random.Random) -> str:
    """Romanian CUI / CIF (2-10 digits): the last digit is the check over the key 753217532."""
    length = rng.choice([6, 7, 7, 7])
    body = str(rng.randrange(10 ** (length - 1), 10**length))
    return body + str(_ro_check(body))


def _ro_check(body: str) -> int:
    key = "753217532"
    padded = body.rjust(9, "0")
    check = sum(int(a) * int(b) for a, b in zip(padded, key, strict=True)) * 10 % 11
    return 0 if check == 10 else check


def ro_cif_valid(number: str) -> bool:
    digits = number.removeprefix("RO").strip()
    return digits.isdigit() and 2 <= len(digits) <= 10 and _ro_check(digits[:-1]) == int(digits[-1])


RO_BANKS = [("BTRL", "Banca Transilvania"), ("RNCB", "Banca Comercială Română"), ("BRDE", "BRD - Groupe Société Générale"),
            ("INGB", "ING Bank N.V. Amsterdam - Sucursala București"), ("RZBR", "Raiffeisen Bank"), ("BACX", "UniCredit Bank"),
            ("CECE", "CEC Bank"), ("TREZ", "Trezoreria")]


def ro_iban(rng: random.Random, bank: str) -> str:
    alphabet = string.ascii_uppercase + string.digits
    tail = "".join(rng.choice(string.digits if bank == "TREZ" or rng.random() < 0.6 else alphabet) for _ in range(16))
    raw = "RO" + iban_check("RO", bank + tail) + bank + tail
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if rng.random() < 0.5 else raw


def uk_utr(rng: random.Random) -> str:
    """A ten-digit Unique Taxpayer Reference: the leading digit checks the other nine (HMRC's mod-11 table)."""
    rest = [rng.randrange(10) for _ in range(9)]
    remainder = sum(w * d for w, d in zip([6, 7, 8, 9, 10, 5, 4, 3, 2], rest, strict=True)) % 11
    check = [2, 1, 9, 8, 7, 6, 5, 4, 3, 2, 1][remainder]
    return str(check) + "".join(map(str, rest))


def uk_utr_valid(number: str) -> bool:
    digits = number.replace(" ", "")
    if len(digits) != 10 or not digits.isdigit():
        return False
    remainder = sum(w * int(d) for w, d in zip([6, 7, 8, 9, 10, 5, 4, 3, 2], digits[1:], strict=True)) % 11
    return int(digits[0]) == [2, 1, 9, 8, 7, 6, 5, 4, 3, 2, 1][remainder]


def uk_nino(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    return f"{first}{second} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.choice('ABCD')}"


def gh_tin(rng: random.Random, *, company: bool = True, ghana_card: bool = False) -> str:
    """GRA TIN: `C0001234567` for companies, `P0012345678` for older individual TINs; since 2021 an individual's
    TIN is the Ghana Card PIN `GHA-123456789-0`."""
    if ghana_card:
        return f"GHA-{rng.randrange(10**8, 10**9)}-{rng.randrange(10)}"
    return f"{'C' if company else 'P'}00{rng.randrange(10**7, 10**8):08d}"


def gh_digital_address(rng: random.Random, region: str = "GA") -> str:
    return f"{region}-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"


def hk_br(rng: random.Random) -> str:
    return f"{rng.randrange(10**7, 8 * 10**7)}"


def hk_account(rng: random.Random) -> tuple[str, str]:
    bank = rng.choice(["HSBC", "Hang Seng Bank", "Bank of China (Hong Kong)", "Standard Chartered", "Bank of East Asia", "DBS Bank (Hong Kong)"])
    shapes = {"HSBC": lambda: f"{rng.randrange(100, 999)}-{rng.randrange(100000, 999999)}-{rng.choice(['001', '838', '833'])}",
              "Hang Seng Bank": lambda: f"{rng.randrange(200, 399)}-{rng.randrange(100000, 999999)}-{rng.choice(['001', '882', '883'])}",
              "Bank of China (Hong Kong)": lambda: f"012-{rng.randrange(100, 999)}-{rng.randrange(1, 9)}-{rng.randrange(100000, 999999)}-{rng.randrange(10)}",
              "Standard Chartered": lambda: f"{rng.randrange(300, 499)}-{rng.randrange(1000000, 9999999)}-{rng.randrange(10)}",
              "Bank of East Asia": lambda: f"015-{rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{rng.randrange(10000, 99999)}-{rng.randrange(10)}",
              "DBS Bank (Hong Kong)": lambda: f"016-{rng.randrange(100, 999)}-{rng.randrange(100000, 999999)}-{rng.randrange(10)}"}
    return bank, shapes[bank]()


def card_numbers(rng: random.Random) -> dict[str, str]:
    """What a card terminal prints: MID, TID, batch, trace / STAN, RRN, auth code, AID, TVR, TSI, card tail."""
    scheme = rng.choice(["VISA", "VISA", "MASTERCARD", "MASTERCARD", "AMEX", "DEBIT MASTERCARD", "VISA DEBIT"])
    aid = {"VISA": "A0000000031010", "VISA DEBIT": "A0000000031010", "MASTERCARD": "A0000000041010",
           "DEBIT MASTERCARD": "A0000000041010", "AMEX": "A00000002501"}[scheme]
    label = {"VISA": "VISA CREDIT", "VISA DEBIT": "VISA DEBIT", "MASTERCARD": "MASTERCARD", "DEBIT MASTERCARD": "DEBIT MASTERCARD",
             "AMEX": "AMERICAN EXPRESS"}[scheme]
    digits = 15 if scheme == "AMEX" else 16
    tail = f"{rng.randrange(10000):04d}"
    return {"scheme": scheme, "label": label, "aid": aid, "tail": tail, "masked": "*" * (digits - 4) + tail,
            "mid": f"{rng.randrange(10**14, 10**15)}" if rng.random() < 0.6 else f"{rng.randrange(10**10, 10**11)}",
            "tid": f"{rng.randrange(10**7, 10**8)}" if rng.random() < 0.7 else f"{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{rng.randrange(10**6, 10**7)}",
            "batch": f"{rng.randrange(1, 999):06d}", "trace": f"{rng.randrange(1, 99999):06d}", "invoice": f"{rng.randrange(1, 9999):06d}",
            "rrn": f"{rng.randrange(10**11, 10**12)}", "auth": "".join(rng.choice(string.digits + "ABCDEF") for _ in range(6)) if rng.random() < 0.4
            else f"{rng.randrange(10**5, 10**6)}",
            "tvr": "".join(rng.choice("0000000000000000008048") for _ in range(10)), "tsi": rng.choice(["E800", "F800", "6800"]),
            "atc": f"{rng.randrange(16**3, 16**4):04X}", "seq": f"{rng.randrange(0, 3):02d}"}


# --------------------------------------------------------------------------------------------------
# Amounts in words


def words_caps(value: Decimal, unit: str, cents_unit: str) -> str:
    """`HONG KONG DOLLARS ONE THOUSAND TWO HUNDRED AND CENTS FIFTY ONLY` (the HK bank-draft form)."""
    from corpus.holdout.money import words_english

    whole = int(value)
    cents = int((value - whole) * 100)
    words = words_english(Decimal(whole), unit="", cents="Cents").replace(" Only", "").strip().upper()
    text = f"{unit} {words}"
    if cents:
        text += f" AND {cents_unit} " + words_english(Decimal(cents), unit="", cents="Cents").replace(" Only", "").strip().upper()
    return text + " ONLY"


def words_cedis(value: Decimal) -> str:
    """`Ghana Cedis One Thousand Two Hundred and Thirty-Four, Fifty-Six Pesewas` in the form GH invoices print."""
    from corpus.holdout.money import words_english

    whole = int(value)
    pesewas = int((value - whole) * 100)
    text = "Ghana Cedis " + words_english(Decimal(whole), unit="", cents="Cents").replace(" Only", "").strip()
    if pesewas:
        text += " and " + words_english(Decimal(pesewas), unit="", cents="Cents").replace(" Only", "").strip() + " Pesewas"
    return text + " Only"


# --------------------------------------------------------------------------------------------------
# Parties

QC_PLACES = [("Montréal", "H2X"), ("Montréal", "H3B"), ("Montréal", "H4N"), ("Laval", "H7S"), ("Longueuil", "J4K"), ("Québec", "G1K"),
             ("Québec", "G2J"), ("Lévis", "G6V"), ("Gatineau", "J8Y"), ("Sherbrooke", "J1H"), ("Trois-Rivières", "G9A"), ("Saguenay", "G7H"),
             ("Drummondville", "J2B"), ("Saint-Jérôme", "J7Z"), ("Boucherville", "J4B")]
QC_STREETS = ["rue Sainte-Catherine Ouest", "boulevard René-Lévesque Ouest", "rue Saint-Jean", "boulevard Saint-Laurent", "rue Notre-Dame Est",
              "boulevard Industriel", "rue Principale", "chemin Sainte-Foy", "boulevard des Laurentides", "rue King Ouest", "avenue du Parc",
              "boulevard Lebourgneuf", "rue de la Gauchetière Ouest", "montée Saint-François"]
QC_SURNAMES = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné", "Ouellet", "Pelletier",
               "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette", "Girard", "Simard", "Boucher"]
QC_FIRST = ["Mathieu", "Isabelle", "Jean-François", "Geneviève", "Marc-André", "Julie", "Sébastien", "Nathalie", "Étienne", "Catherine"]
QC_TRADES = {"trade": ["Plomberie", "Électricité", "Construction", "Toitures", "Excavation", "Rénovations", "Climatisation", "Menuiserie"],
             "office": ["Distributions", "Fournitures de bureau", "Équipements", "Imprimerie", "Emballages", "Informatique", "Quincaillerie"],
             "services": ["Services-conseils", "Comptabilité", "Services informatiques", "Traduction", "Génie-conseil", "Communications", "Design graphique"]}


def qc_address(rng: random.Random) -> list[str]:
    city, fsa = rng.choice(QC_PLACES)
    street = f"{rng.randrange(10, 9999)}, {rng.choice(QC_STREETS)}"
    if rng.random() < 0.3:
        street += f", {rng.choice(['bureau', 'local', 'suite'])} {rng.randrange(100, 1500)}"
    postal = f"{fsa} {rng.randrange(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randrange(1, 9)}"
    form = rng.random()
    last = f"{city} (Québec)  {postal}" if form < 0.45 else f"{city} (QC) {postal}" if form < 0.8 else f"{city}, QC {postal}"
    return [street, last]


def qc_party(rng: random.Random, kind: str) -> Party:
    style = rng.random()
    noun = rng.choice(QC_TRADES[kind])
    if style < 0.4:
        name = f"{noun} {rng.choice(QC_SURNAMES)} {rng.choice(['inc.', 'inc.', 'ltée', 'Inc.'])}"
    elif style < 0.6:
        name = f"Les Entreprises {rng.choice(QC_SURNAMES)} {rng.choice(['inc.', 'ltée'])}"
    elif style < 0.75:
        name = f"{rng.randrange(9000, 9499)}-{rng.randrange(1000, 9999)} Québec inc."
    elif style < 0.9:
        name = f"Groupe {rng.choice(QC_SURNAMES)} {noun.lower()} inc."
    else:
        a, b = rng.sample(QC_SURNAMES, 2)
        name = f"{a} {b} {rng.choice(['S.E.N.C.', 'inc.'])}"
    gst, qst, neq = qc_numbers(rng)
    party = Party(name=name, address=qc_address(rng), country="CA", tax_id=gst,
                  phone=f"{rng.choice(['514', '438', '450', '418', '819', '581'])} {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}")
    party.extra.update({"qst": qst, "neq": neq, "rbq": f"{rng.randrange(1000, 5999)}-{rng.randrange(1000, 9999)}-{rng.randrange(10, 99)}"})
    words = [w for w in name.split() if w not in ("Les", "Entreprises", "Groupe") and not w[0].isdigit()]
    word = "".join(ch for ch in (words[0] if words else "quebec").lower() if ch.isascii() and ch.isalpha()) or "qc"
    party.email = f"{rng.choice(['comptabilite', 'facturation', 'info', 'admin'])}@{word}.example"
    party.website = f"www.{word}.example"
    return party


def qc_person(rng: random.Random) -> str:
    return f"{rng.choice(QC_FIRST)} {rng.choice(QC_SURNAMES)}"


CZ_PLACES = [("Praha", "110 00 Praha 1", "Městským soudem v Praze"), ("Praha", "120 00 Praha 2", "Městským soudem v Praze"),
             ("Praha", "130 00 Praha 3", "Městským soudem v Praze"), ("Praha", "140 00 Praha 4", "Městským soudem v Praze"),
             ("Praha", "190 00 Praha 9", "Městským soudem v Praze"), ("Brno", "602 00 Brno", "Krajským soudem v Brně"),
             ("Brno", "612 00 Brno", "Krajským soudem v Brně"), ("Ostrava", "702 00 Ostrava", "Krajským soudem v Ostravě"),
             ("Olomouc", "779 00 Olomouc", "Krajským soudem v Ostravě"), ("Plzeň", "301 00 Plzeň", "Krajským soudem v Plzni"),
             ("Liberec", "460 01 Liberec", "Krajským soudem v Ústí nad Labem"), ("Hradec Králové", "500 02 Hradec Králové", "Krajským soudem v Hradci Králové"),
             ("České Budějovice", "370 01 České Budějovice", "Krajským soudem v Českých Budějovicích"), ("Zlín", "760 01 Zlín", "Krajským soudem v Brně")]
CZ_STREETS = ["Vinohradská", "Národní", "Na Příkopě", "Palackého", "Masarykova", "Husova", "Nádražní", "Průmyslová", "Dlouhá", "Jungmannova",
              "Komenského", "Lidická", "Sokolovská", "Tovární", "Zahradní", "Žižkova"]
CZ_WORDS = (["Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec", "Pokorný", "Marek", "Pospíšil"],
            ["stavby", "elektro", "IT služby", "logistika", "trade", "instalace", "kovovýroba", "tiskárna", "servis", "obchod"],
            ["s.r.o.", "s.r.o.", "s.r.o.", "a.s.", "spol. s r.o."],
            ["Bohemia", "Morava", "Vltava", "Krkonoše", "Šumava", "Labe", "Praga", "Sudety", "Beskydy", "Podkrkonoší"],
            ["Petr", "Jana", "Tomáš", "Lucie", "Martin", "Eva", "Jiří", "Kateřina", "Pavel", "Lenka"])


def cz_party(rng: random.Random, *, person: bool = False) -> Party:
    city, psc, court = rng.choice(CZ_PLACES)
    house = f"{rng.randrange(100, 3999)}/{rng.randrange(1, 120)}" if rng.random() < 0.7 else f"{rng.randrange(1, 999)}"
    surnames, nouns, forms, places, firsts = CZ_WORDS
    if person:
        first = rng.choice(firsts)
        surname = rng.choice(surnames)
        if first[-1] == "a" or first in ("Lucie", "Eva"):
            surname = {"Novák": "Nováková", "Svoboda": "Svobodová", "Dvořák": "Dvořáková", "Černý": "Černá", "Procházka": "Procházková",
                       "Kučera": "Kučerová", "Veselý": "Veselá", "Horák": "Horáková", "Němec": "Němcová", "Pokorný": "Pokorná",
                       "Marek": "Marková", "Pospíšil": "Pospíšilová"}[surname]
        name = f"{rng.choice(['', 'Ing. ', 'Mgr. ', ''])}{first} {surname}"
    else:
        style = rng.random()
        if style < 0.4:
            name = f"{rng.choice(places)} {rng.choice(nouns)} {rng.choice(forms)}"
        elif style < 0.7:
            name = f"{rng.choice(surnames).upper() if rng.random() < 0.3 else rng.choice(surnames)} {rng.choice(nouns)} {rng.choice(forms)}"
        else:
            name = f"{rng.choice(nouns).upper()} {rng.choice(places)} {rng.choice(forms)}"
    ico = cz_ico(rng)
    dic = f"CZ{cz_birth_number(rng) if person else ico}"
    party = Party(name=name, address=[f"{rng.choice(CZ_STREETS)} {house}", psc], country="CZ", tax_id=dic,
                  phone=f"+420 {rng.randrange(200, 799)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}")
    party.extra.update({"ico": ico, "court": court, "section": "B" if "a.s." in name else "C", "insert": f"{rng.randrange(1000, 299999)}",
                        "city": city, "person": "1" if person else ""})
    word = "".join(ch for ch in name.split()[-2 if person else 0].lower() if ch.isascii() and ch.isalpha()) or "firma"
    party.email = f"{rng.choice(['fakturace', 'info', 'ucetni', 'obchod'])}@{word}.example"
    party.website = f"www.{word}.example"
    return party


RO_PLACES = [("București", "Sector 1", "40", "010101"), ("București", "Sector 2", "40", "020331"), ("București", "Sector 3", "40", "030167"),
             ("București", "Sector 6", "40", "060042"), ("Cluj-Napoca", "Cluj", "12", "400001"), ("Iași", "Iași", "22", "700259"),
             ("Timișoara", "Timiș", "35", "300011"), ("Constanța", "Constanța", "13", "900178"), ("Brașov", "Brașov", "08", "500030"),
             ("Oradea", "Bihor", "05", "410058"), ("Sibiu", "Sibiu", "32", "550173"), ("Craiova", "Dolj", "16", "200585"),
             ("Pitești", "Argeș", "03", "110014"), ("Ploiești", "Prahova", "29", "100066")]
RO_STREETS = ["Str. Mihai Eminescu", "Bd. Unirii", "Calea Victoriei", "Str. Avram Iancu", "Bd. Independenței", "Str. Republicii", "Calea Dorobanților",
              "Str. Fabricii", "Șos. Pipera", "Str. Industriilor", "Bd. Revoluției din 1989", "Str. Ștefan cel Mare", "Calea Bucureștilor"]
RO_WORDS = (["Carpați", "Dunărea", "Transilvania", "Delta", "Moldova", "Olt", "Bucegi", "Siret", "Crișana", "Banat", "Argeș", "Mureș"],
            ["Construct", "Logistic", "Distribuție", "Consulting", "Prod", "Impex", "Soft", "Instal", "Trading", "Agro", "Tipografie", "Servicii"],
            ["SRL", "S.R.L.", "SRL", "S.A.", "SRL-D"],
            ["Popescu", "Ionescu", "Dumitrescu", "Stan", "Georgescu", "Constantin", "Marin", "Tudor", "Stoica", "Munteanu", "Lungu", "Radu"])


def ro_party(rng: random.Random) -> Party:
    city, county, county_code, postal = rng.choice(RO_PLACES)
    places, nouns, forms, surnames = RO_WORDS
    style = rng.random()
    if style < 0.45:
        name = f"{rng.choice(places)} {rng.choice(nouns)} {rng.choice(forms)}"
    elif style < 0.75:
        name = f"{rng.choice(nouns)} {rng.choice(surnames)} {rng.choice(forms)}"
    else:
        name = f"{rng.choice(places).upper()} {rng.choice(nouns).upper()} {rng.choice(forms)}"
    street = f"{rng.choice(RO_STREETS)} nr. {rng.randrange(1, 250)}"
    if rng.random() < 0.35:
        street += f", bl. {rng.choice(['A', 'B', 'C', 'M'])}{rng.randrange(1, 20)}, sc. {rng.randrange(1, 4)}, ap. {rng.randrange(1, 80)}"
    if city == "București":
        lines = [street, f"{county}, București"]
    else:
        lines = [street, f"{city}, jud. {county}"]
    if rng.random() < 0.4:
        lines[-1] += f", {postal[:-2]}{rng.randrange(10, 99)}" if rng.random() < 0.5 else ""
    cif = ro_cif(rng)
    vat_payer = rng.random() < 0.9
    party = Party(name=name, address=lines, country="RO", tax_id=f"RO{cif}" if vat_payer else cif,
                  phone=f"07{rng.randrange(20, 99)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}" if rng.random() < 0.5
                  else f"0{rng.choice(['21', '264', '232', '256', '241', '268'])} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}")
    year = rng.randrange(1995, 2023)
    party.extra.update({"cif": cif, "reg_com": f"J{county_code}/{rng.randrange(100, 25000)}/{year}", "county": county, "city": city,
                        "capital": rng.choice(["200 lei", "200 RON", "1.000 lei", "45.000 lei", "90.000 RON", "10.000 lei"])})
    word = "".join(ch for ch in name.split()[0].lower() if ch.isascii() and ch.isalpha()) or "firma"
    party.email = f"{rng.choice(['contabilitate', 'office', 'facturare', 'contact'])}@{word}.example"
    party.website = f"www.{word}.example"
    return party


HK_NAMES = [("Kam Fung", "金豐"), ("Wing Hing", "永興"), ("Tai Shing", "泰盛"), ("Hop Lee", "合利"), ("Man Kee", "文記"), ("Sun Tak", "新德"),
            ("Cheung Kee", "祥記"), ("Fook Hing", "福興"), ("Lung Cheong", "龍昌"), ("Yat Fung", "日豐"), ("Kwong Sang", "廣生"), ("Chun Wo", "俊和"),
            ("Hing Lung", "興隆"), ("On Tat", "安達"), ("Po Shing", "寶盛")]
HK_KINDS = {"trading": [("Trading Company Limited", "貿易有限公司"), ("Trading Co., Ltd.", "貿易有限公司"), ("Industrial Supplies Limited", "工業用品有限公司"),
                        ("Import & Export Company Limited", "進出口有限公司"), ("Trading Limited", "貿易有限公司")],
            "shop": [("Air-Conditioning Engineering", "冷氣工程"), ("Printing Company", "印刷公司"), ("Electrical Engineering Co.", "電器工程公司"),
                     ("Renovation Works", "裝修工程"), ("Computer Services", "電腦服務"), ("Auto Repair Workshop", "汽車維修工場")],
            "supplier": [("Distilled Water Company Limited", "蒸餾水有限公司"), ("Stationery Company Limited", "文具有限公司"),
                         ("Cleaning Services Limited", "清潔服務有限公司"), ("Bakery Limited", "餅店有限公司"), ("Gas Supplies Limited", "石油氣有限公司")]}
HK_PLACES = [(["Flat {u}, {f}/F, Kwai Hing Industrial Building", "10-16 Kwai Ting Road"], "Kwai Chung, N.T."),
             (["Room {n}, {f}/F, Wing On Plaza", "62 Mody Road, Tsim Sha Tsui"], "Kowloon"),
             (["Shop {s}, G/F", "{n} Fa Yuen Street, Mong Kok"], "Kowloon"),
             (["Unit {u}, {f}/F, Eastern Harbour Centre", "28 Hoi Chak Street, Quarry Bay"], "Hong Kong"),
             (["Room {n}, {f}/F, Hang Lung Centre", "2-20 Paterson Street, Causeway Bay"], "Hong Kong"),
             (["Flat {u}, {f}/F, Wah Lok Industrial Centre", "31-35 Shan Mei Street, Fo Tan"], "Shatin, N.T."),
             (["Unit {u}, {f}/F, Kowloon Bay Industrial Centre", "15 Wang Hoi Road, Kowloon Bay"], "Kowloon"),
             (["G/F, {n} Des Voeux Road West", "Sai Ying Pun"], "Hong Kong"),
             (["Room {n}, {f}/F, Nan Fung Centre", "264-298 Castle Peak Road, Tsuen Wan"], "N.T.")]


HK_HOMES = [(["Flat {f}{u}, Block {b}, Taikoo Shing"], "Quarry Bay, Hong Kong"), (["Flat {u}, {f}/F, Tower {b}, Laguna City"], "Kwun Tong, Kowloon"),
            (["Room {f}0{b}, Ka Wai House, Ka Wai Chuen"], "Hung Hom, Kowloon"), (["Flat {u}, {f}/F, Block {b}, City One Shatin"], "Shatin, N.T."),
            (["{f}/F, {b}2 Fuk Wing Street"], "Sham Shui Po, Kowloon"), (["Flat {u}, {f}/F, Tower {b}, Kingswood Villas"], "Tin Shui Wai, N.T.")]


def hk_home(rng: random.Random) -> list[str]:
    lines, district = rng.choice(HK_HOMES)
    return [line.format(f=rng.randrange(2, 38), u=rng.choice("ABCDEFGH"), b=rng.randrange(1, 9)) for line in lines] + [district]


def hk_party(rng: random.Random, kind: str) -> Party:
    (en, zh), (en_kind, zh_kind) = rng.choice(HK_NAMES), rng.choice(HK_KINDS[kind])
    lines, district = rng.choice(HK_PLACES)
    f, u, n, s = rng.randrange(2, 28), rng.choice("ABCDEFGH"), rng.randrange(101, 2899), rng.randrange(1, 40)
    address = [line.format(f=f, u=u, n=n if "Room" in line else rng.randrange(2, 300), s=s) for line in lines]
    address.append(f"{district}, Hong Kong" if district not in ("Hong Kong",) else "Hong Kong")
    if rng.random() < 0.35:
        address[-1] = district if district != "Hong Kong" else "Hong Kong Island"
    party = Party(name=f"{en} {en_kind}", address=address, country="HK", tax_id=None,
                  phone=f"{rng.choice(['2', '3'])}{rng.randrange(100, 999)} {rng.randrange(1000, 9999)}")
    party.extra.update({"zh": f"{zh}{zh_kind}", "br": hk_br(rng), "fax": f"2{rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"})
    word = "".join(ch for ch in en.lower() if ch.isalpha())
    party.email = f"{rng.choice(['accounts', 'sales', 'info', 'enquiry'])}@{word}.com.hk.example"
    return party


GH_PLACES = [(["Plot {n}, Spintex Road"], "Accra", "GA"), (["No. {n} Kwame Nkrumah Avenue", "Adabraka"], "Accra", "GA"),
             (["{n} Liberation Road", "Airport Residential Area"], "Accra", "GA"), (["P.O. Box CT {n}", "Cantonments"], "Accra", "GA"),
             (["House No. {n}, Community 9"], "Tema", "GT"), (["Heavy Industrial Area, Plot {n}"], "Tema", "GT"),
             (["{n} Harper Road", "Adum"], "Kumasi", "AK"), (["P.O. Box KS {n}"], "Kumasi", "AK"), (["{n} Market Circle Road"], "Takoradi", "WS"),
             (["Plot {n}, Tamale-Bolgatanga Road"], "Tamale", "NT")]
GH_WORDS = (["Adom", "Nyame Dua", "Golden Stool", "Volta", "Akwaaba", "Sankofa", "Ashanti", "Osu", "Obaapa", "Gye Nyame", "Bediako", "Kente"],
            ["Ventures", "Trading", "Enterprise", "Agro Processing", "Construction", "Logistics", "Building Materials", "Technologies", "Supplies", "Hardware"],
            ["Ltd", "Limited", "Co. Ltd", "Company Limited", ""],
            ["Kwame", "Ama", "Kofi", "Akosua", "Yaw", "Abena", "Kwabena", "Efua"],
            ["Boateng", "Mensah", "Asante", "Owusu", "Appiah", "Agyeman", "Danquah", "Ofori", "Acheampong", "Tetteh"])


def gh_party(rng: random.Random, *, sole: bool = False) -> Party:
    lines, city, region = rng.choice(GH_PLACES)
    n = rng.randrange(2, 480)
    address = [line.format(n=n) for line in lines] + [city]
    places, nouns, forms, firsts, surnames = GH_WORDS
    if sole:
        name = f"{rng.choice(firsts)} {rng.choice(surnames)} {rng.choice(['Enterprise', 'Ventures', 'Trading'])}"
    else:
        name = f"{rng.choice(places)} {rng.choice(nouns)} {rng.choice(forms)}".strip()
    party = Party(name=name, address=address, country="GH",
                  tax_id=gh_tin(rng, company=not sole, ghana_card=sole and rng.random() < 0.6),
                  phone=f"+233 {rng.choice(['30', '24', '20', '55', '32'])} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}")
    party.extra.update({"gps": gh_digital_address(rng, region), "momo": f"0{rng.choice(['24', '54', '55', '59', '20', '50'])}{rng.randrange(1000000, 9999999)}"})
    word = "".join(ch for ch in name.split()[0].lower() if ch.isalpha())
    party.email = f"{rng.choice(['accounts', 'info', 'sales'])}@{word}.com.gh.example"
    return party


MERCHANTS = {"US": {"tip": ["BLUE HERON CAFE", "THE COPPER KETTLE", "LUCKY DRAGON BISTRO", "MAIN STREET BARBERS", "SUNRISE NAIL SPA", "HARBOR TAXI #214",
                            "TACO LOCO GRILL", "OLD TOWN TAVERN"],
                     "shop": ["ACE HARDWARE #1142", "CORNER MARKET", "PAGE TURNER BOOKS", "GREEN LEAF FLORIST", "CITY WINE & SPIRITS", "PIXEL PHONE REPAIR"]},
             "GB": {"tip": ["The Crown & Anchor", "Bella Napoli", "Café Nero Express", "The Hair Lounge", "Spice Garden"],
                    "shop": ["Hartley's Hardware", "The Paper Shop", "Greenway Pharmacy", "Village Butchers", "Bloom & Wild Flowers", "Cycle Hub"]},
             "AU": {"tip": ["Harbourside Café", "The Local Bar & Grill"],
                    "shop": ["Bayside Bottle Shop", "Northside Newsagency", "Coastal Surf Co", "Greenfields Pharmacy"]}}


def merchant(rng: random.Random, country: str, kind: str) -> Party:
    name = rng.choice(MERCHANTS[country][kind])
    lines = address(rng, country)
    if country == "GB" and len(lines) > 3:
        lines = lines[1:]
    party = Party(name=name, address=lines, country=country, tax_id=None,
                  phone=None)
    if country == "GB":
        party.extra["vat"] = uk_vat(rng)
    return party

