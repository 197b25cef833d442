"""Parties and identifiers for the twenty-seventh set: Slovenian banks and the SI model reference (`SI00` / `SI12`); Bulgarian
banks and ten-digit invoice numbers; Indonesian banks, account numbers and transfer references; Maldivian GST-registered
businesses (the MIRA TIN `1012345GST501`) and resorts; Basque companies (NIF) with Basque and Spanish place names and the
TicketBAI identifier; Malawian companies (the eight-digit TPIN) and towns; print shops and hair salons. Written without reading
the engine."""

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
# Slovenia: banks and the model reference SI12 (a mod 11 check digit on the last block)

SI_BANKS = [("NLB d.d.", "LJBASI2X"), ("Nova KBM d.d.", "KBMASI2X"), ("SKB banka d.d.", "SKBASI2X"), ("Intesa Sanpaolo Bank d.d.", "BAKOSI2X"),
            ("Addiko Bank d.d.", "HAABSI22"), ("Delavska hranilnica d.d.", "HDELSI22")]


def si_mod11(body: str) -> str:
    """The model 12's control digit: the digits weighted 2, 3, 4, ... from the right, 11 minus the rest mod 11 (10 and 11 give 0)."""
    total = sum(int(d) * w for d, w in zip(reversed(body), range(2, 2 + len(body)), strict=False))
    check = 11 - total % 11
    return "0" if check >= 10 else str(check)


def si_reference(invoice: str, *, model: str | None = None) -> str:
    """`SI00 2024-0123` (model 00: the invoice number's digits, any structure) or `SI12 20240123X` with the control digit."""
    only = "".join(ch for ch in invoice if ch.isdigit())[-12:] or "0"
    if model == "12":
        return f"SI12 {only}{si_mod11(only)}"
    return f"SI00 {only}"


# --------------------------------------------------------------------------------------------------
# Bulgaria: ten-digit invoice numbers

def bg_invoice_numbering(rng: random.Random):
    state = {"n": rng.randrange(100, 90000)}

    def number() -> str:
        state["n"] += rng.randrange(1, 60)
        return f"{state['n']:010d}"

    return number


# --------------------------------------------------------------------------------------------------
# Indonesia: banks, account numbers, references

ID_BANKS = [("Bank Central Asia", "BCA", 10), ("Bank Mandiri", "Mandiri", 13), ("Bank Rakyat Indonesia", "BRI", 15), ("Bank Negara Indonesia", "BNI", 10),
            ("Bank CIMB Niaga", "CIMB Niaga", 13), ("Bank Syariah Indonesia", "BSI", 10), ("Bank Permata", "Permata", 10)]


def id_account(rng: random.Random, length: int) -> str:
    return f"{rng.randrange(1, 10)}{digits(rng, length - 1)}"


def id_invoice_number(rng: random.Random, when: date, prefix: str) -> str:
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][when.month - 1]
    n = rng.randrange(1, 999)
    return pick(rng, [f"INV/{when.year}/{when.month:02d}/{n:04d}", f"{n:03d}/{prefix}/{roman}/{when.year}", f"{prefix}-{when.strftime('%y%m')}{n:04d}"])


# --------------------------------------------------------------------------------------------------
# Maldives: the MIRA taxpayer identification number with the GST account suffix

MV_PLACES = [("Malé", ["Majeedhee Magu", "Orchid Magu", "Chandhanee Magu", "Boduthakurufaanu Magu", "Sosun Magu", "Ameer Ahmed Magu"]),
             ("Hulhumalé", ["Nirolhu Magu", "Huvandhumaa Hingun", "Hulhumalé Lot 10"]), ("Addu City", ["Hithadhoo, Kaafu Magu", "Feydhoo, Link Road"])]
MV_WORDS = (["Island", "Coral", "Lagoon", "Atoll", "Blue Reef", "Sunrise", "Manta", "Dhoni", "Sea Breeze", "Palm"],
            ["Trading", "Marine", "Supplies", "Construction", "Hardware", "Services", "Engineering", "Foods"],
            ["Pvt Ltd", "Pvt. Ltd.", "Company Pvt Ltd"])
MV_RESORTS = ["Kuda Falhu Island Resort", "Velaa Beach Retreat", "Mirihi Lagoon Resort", "Fushi Coral Island Resort", "Hurawalhi Reef Hotel"]


def mv_tin(rng: random.Random) -> str:
    return f"10{digits(rng, 5)}GST501"


def mv_party(rng: random.Random, *, resort: bool = False) -> Party:
    city, streets = pick(rng, MV_PLACES)
    if resort:
        name = f"{pick(rng, MV_RESORTS)} Pvt Ltd"
        addr = [f"{pick(rng, ['Kaafu', 'Baa', 'Lhaviyani', 'Raa', 'Dhaalu', 'Ari'])} Atoll", "Republic of Maldives"]
    else:
        a, b, c = (pick(rng, part) for part in MV_WORDS)
        name = f"{a} {b} {c}"
        addr = [f"H. {pick(rng, ['Fehi', 'Maavaa', 'Dhilbahaaruge', 'Rose Villa', 'Sea View', 'Green Lodge'])}, {pick(rng, streets)}", f"{city} {20000 + rng.randrange(1, 400) * 10}"]
    party = Party(name=name, address=addr, country="MV", tax_id=mv_tin(rng), phone=f"+960 {rng.choice(['3', '7', '9', '6'])}{digits(rng, 6)}")
    party.extra["reg"] = f"C-{rng.randrange(100, 1500):04d}/{rng.randrange(2005, 2022)}"
    party.email = f"{pick(rng, ['accounts', 'info', 'sales'])}@{domain(name.split()[0] + name.split()[1])}"
    return party


# --------------------------------------------------------------------------------------------------
# Basque Country: companies with a NIF, bilingual place names, the TicketBAI identifier

EUS_PLACES = [("48001", "Bilbao"), ("48900", "Barakaldo"), ("20001", "Donostia / San Sebastián"), ("20300", "Irun"), ("01001", "Vitoria-Gasteiz"),
              ("48200", "Durango"), ("20500", "Arrasate / Mondragón"), ("20600", "Eibar"), ("48930", "Getxo")]
EUS_STREETS = ["Gran Vía kalea", "Kale Nagusia", "Urkixo zumarkalea", "Askatasuna etorbidea", "Zabalbide kalea", "Gasteiz kalea",
               "Industrialdea, A pabilioia", "Errekalde kalea", "Olaguibel kalea", "Foru plaza"]
EUS_WORDS = (["Aitzgorri", "Urola", "Ibaizabal", "Txindoki", "Gorbeia", "Bidasoa", "Anboto", "Itsaso", "Oria", "Lanbide"],
             ["Ingeniaritza", "Mekanizatuak", "Eraikuntzak", "Elektrizitatea", "Garraioak", "Aholkularitza", "Inprimategia", "Sukaldaritza"],
             ["S.L.", "S.L.", "S.A.", "S.Koop."])


def es_nif_company(rng: random.Random) -> str:
    """A Spanish company NIF: the letter (B, A or F), the province's two digits (48 Bizkaia, 20 Gipuzkoa, 01 Araba), five digits and
    the control digit (the Luhn-like sum of the seven digits)."""
    letter = pick(rng, ["B", "B", "A", "F"])
    body = f"{pick(rng, ['48', '95', '20', '75', '01'])}{digits(rng, 5)}"
    return f"{letter}{body}{es_nif_control(body)}"


def es_nif_control(body: str) -> str:
    """The control digit of a company NIF's seven digits: the 2nd, 4th and 6th added, the 1st, 3rd, 5th and 7th doubled with
    their digits added, ten minus the last digit of the sum."""
    even = sum(int(body[i]) for i in (1, 3, 5))
    odd = sum(sum(divmod(2 * int(body[i]), 10)) for i in (0, 2, 4, 6))
    return str((10 - (even + odd) % 10) % 10)


def eus_party(rng: random.Random) -> Party:
    pc, city = pick(rng, EUS_PLACES)
    a, b, c = (pick(rng, part) for part in EUS_WORDS)
    name = f"{a} {b} {c}"
    party = Party(name=name, address=[f"{pick(rng, EUS_STREETS)}, {rng.randrange(1, 120)}", f"{pc} {city}"], country="ES", tax_id=es_nif_company(rng),
                  phone=f"+34 9{pick(rng, ['4', '43', '45'])} {digits(rng, 3)} {digits(rng, 3)}"[:16])
    party.email = f"{pick(rng, ['administrazioa', 'faktura', 'info'])}@{domain(a + b)}"
    return party


def tbai_id(nif: str, when: date, rng: random.Random) -> str:
    return f"TBAI-{nif}-{when.strftime('%d%m%y')}-{''.join(rng.choice(UPPER + string.digits) for _ in range(13))}-{digits(rng, 3)}"


# --------------------------------------------------------------------------------------------------
# Malawi: the TPIN and towns

MW_PLACES = [("Blantyre", ["Victoria Avenue", "Chileka Road", "Haile Selassie Road", "Masauko Chipembere Highway", "Makata Industrial Area"]),
             ("Lilongwe", ["Kamuzu Procession Road", "Area 3, Paul Kagame Road", "Area 47", "Presidential Way", "Kanengo Industrial Area"]),
             ("Mzuzu", ["Orton Chirwa Avenue", "M1 Road"]), ("Zomba", ["Kamuzu Highway"])]
MW_WORDS = (["Shire", "Nyasa", "Chambo", "Mulanje", "Zambezi", "Dedza", "Likuni", "Chikondi", "Mwayi", "Tiyamike"],
            ["Hardware", "Agro Dealers", "Motors", "Stationers", "Engineering", "Logistics", "Pharmaceuticals", "Distributors"],
            ["Limited", "Ltd", "Limited"])


def mw_tpin(rng: random.Random) -> str:
    return f"{rng.choice(['2', '3', '7'])}{digits(rng, 7)}"


def mw_party(rng: random.Random) -> Party:
    city, streets = pick(rng, MW_PLACES)
    a, b, c = (pick(rng, part) for part in MW_WORDS)
    name = f"{a} {b} {c}"
    party = Party(name=name, address=[f"P.O. Box {rng.randrange(30, 3999)}", f"{pick(rng, streets)}", city], country="MW", tax_id=mw_tpin(rng),
                  phone=f"+265 1 {digits(rng, 3)} {digits(rng, 3)}")
    party.email = f"{pick(rng, ['accounts', 'sales', 'info'])}@{domain(a + b)}"
    return party


# --------------------------------------------------------------------------------------------------
# Print shops and hair salons

PRINT_WORDS = (["Inkwell", "Pressworks", "Foundry", "Typeset", "Colourhouse", "Riverside", "Kingfisher", "Northgate", "Proof", "Paperlane"],
               ["Print", "Printers", "Print & Design", "Litho", "Press", "Print Studio"])
SALON_WORDS = (["Tangles", "Mane Street", "The Cutting Room", "Blonde Ambition", "Shear Genius", "Fringe Benefits", "Salt & Shears", "Curl Up",
                "The Hair Lounge", "Velvet"], ["Hair", "Hair Studio", "Salon", "Hair & Beauty", ""])
STYLISTS = ["Jess", "Tom", "Priya", "Chloe", "Marco", "Aisha", "Liam", "Sophie", "Kez", "Hannah", "Ben", "Mia"]
