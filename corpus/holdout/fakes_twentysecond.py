"""Parties and identifiers for the twenty-second set: South African payers and suppliers (VAT numbers through `fakes.za_vat`,
CIPC registration numbers, bank branch codes), Mozambican (NUIT) and Angolan (NIF, the AGT software certificate) companies,
North Macedonian (ЕДБ, ЕМБС), Bosnian (JIB and the PDV number inside it) and Montenegrin (PIB, IKOF / JIKR) companies,
Cypriot (VAT number with its check letter, TIC, HE number) and Maltese (VAT number with its check pair, C number) companies,
Trinidadian (BIR file number, VAT registration number) and Barbadian (TIN) companies, US / GB / AU insurers and their claims,
US public bodies that pay by warrant or EFT, and veterinary clinics and their clients. Written without reading the engine."""

from __future__ import annotations

import random
import string

from corpus.holdout.fakes import Party

D9 = string.digits


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D9) for _ in range(n))


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


# --------------------------------------------------------------------------------------------------
# South Africa

ZA_BANKS = [("First National Bank", "250655"), ("ABSA Bank", "632005"), ("Standard Bank", "051001"), ("Nedbank", "198765"),
            ("Capitec Business", "450105"), ("Investec", "580105")]


def za_reg(rng: random.Random) -> str:
    return f"{rng.randrange(1998, 2023)}/{digits(rng, 6)}/{pick(rng, ['07', '07', '07', '06', '23'])}"


# --------------------------------------------------------------------------------------------------
# Mozambique and Angola

MZ_NAMES = (["Zambeze", "Limpopo", "Maputo", "Índico", "Savane", "Namaacha", "Inhambane", "Beira", "Marracuene", "Xai-Xai"],
            ["Comercial", "Serviços", "Distribuição", "Engenharia", "Logística", "Construções", "Tecnologias", "Agro"],
            ["Lda", "Lda", "S.A.", "Limitada"])
MZ_PLACES = [("Maputo", ["Av. 25 de Setembro", "Av. Julius Nyerere", "Av. Eduardo Mondlane", "Rua da Imprensa", "Av. Vladimir Lenine"]),
             ("Matola", ["Av. União Africana", "Rua do Parque Industrial"]),
             ("Beira", ["Rua Major Serpa Pinto", "Av. Samora Machel"]), ("Nampula", ["Av. do Trabalho", "Rua dos Continuadores"])]
AO_NAMES = (["Kwanza", "Kissama", "Cuanza", "Benguela", "Muxima", "Talatona", "Huíla", "Lobito", "Catumbela", "Kalandula"],
            ["Comércio Geral", "Prestação de Serviços", "Construção Civil", "Logística", "Informática", "Indústria", "Petroserviços"],
            ["Lda.", "Lda.", "S.A.", "(SU), Lda."])
AO_PLACES = [("Luanda", ["Rua Rainha Ginga", "Av. 4 de Fevereiro", "Rua Major Kanhangulo", "Via S8, Talatona", "Rua Amílcar Cabral"]),
             ("Benguela", ["Av. Norton de Matos", "Rua Sacadura Cabral"]), ("Lobito", ["Av. da Independência", "Rua do Porto"])]


def mz_nuit(rng: random.Random, company: bool = True) -> str:
    return ("4" if company else "1") + digits(rng, 8)


def ao_nif(rng: random.Random, company: bool = True) -> str:
    return (pick(rng, ["5417", "5000", "5401", "5480"]) + digits(rng, 6)) if company else digits(rng, 9) + pick(rng, ["LA0", "BE0"]) + digits(rng, 2)


def mz_party(rng: random.Random) -> Party:
    city, streets = pick(rng, MZ_PLACES)
    name = f"{pick(rng, MZ_NAMES[0])} {pick(rng, MZ_NAMES[1])}, {pick(rng, MZ_NAMES[2])}"
    p = Party(name=name, address=[f"{pick(rng, streets)}, n.º {rng.randrange(1, 1800)}", city], country="MZ", tax_id=mz_nuit(rng),
              phone=f"+258 {pick(rng, ['21', '84', '82', '86'])} {digits(rng, 3)} {digits(rng, 3)}")
    p.extra = {"alvara": f"{digits(rng, 4)}/{rng.randrange(2010, 2023)}", "nib": f"0001 {digits(rng, 4)} {digits(rng, 11)} {digits(rng, 2)}"}
    return p


def ao_party(rng: random.Random) -> Party:
    city, streets = pick(rng, AO_PLACES)
    name = f"{pick(rng, AO_NAMES[0])} {pick(rng, AO_NAMES[1])}, {pick(rng, AO_NAMES[2])}"
    p = Party(name=name, address=[f"{pick(rng, streets)}, n.º {rng.randrange(1, 900)}", city], country="AO", tax_id=ao_nif(rng),
              phone=f"+244 9{rng.randrange(10, 99)} {digits(rng, 3)} {digits(rng, 3)}")
    p.extra = {"iban": f"AO06 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 1)}"}
    return p


def agt_certificate(rng: random.Random) -> str:
    return f"{rng.randrange(10, 400)}/AGT/{rng.randrange(2019, 2024)}"


def agt_hash(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(4))


# --------------------------------------------------------------------------------------------------
# North Macedonia, Bosnia and Herzegovina, Montenegro

def mk_edb(rng: random.Random) -> str:
    """A Macedonian ЕДБ `MK4030012345678`: `MK`, 13 digits, the last a check digit (weights 7 6 5 4 3 2 7 6 5 4 3 2, the
    remainder mod 11 taken from 11, 10 and 11 giving 0 — the rule python-stdnum states)."""
    body = pick(rng, ["4030", "4080", "4057", "4043", "4002"]) + digits(rng, 8)
    return f"MK{body}{mk_edb_check(body)}"


def mk_edb_check(body: str) -> int:
    return (11 - sum(int(c) * w for c, w in zip(body, (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11) % 11 % 10


def mk_edb_valid(number: str) -> bool:
    raw = number.removeprefix("MK")
    return len(raw) == 13 and raw.isdigit() and mk_edb_check(raw[:12]) == int(raw[12])


def ba_jib(rng: random.Random) -> str:
    """A Bosnian JIB of a legal entity: `4` and twelve digits, the last a mod-11 check digit (same weights as the ЕДБ; an
    invented rule kept consistent so that the set's own test can check it). Its last twelve digits are the PDV number."""
    body = "4" + pick(rng, ["2", "4"]) + digits(rng, 10)
    return body + str(mk_edb_check(body))


def me_pib(rng: random.Random) -> str:
    """A Montenegrin PIB: eight digits, the last a mod-11 check digit on weights 8..2."""
    body = pick(rng, ["02", "03"]) + digits(rng, 5)
    return body + str(me_pib_check(body))


def me_pib_check(body: str) -> int:
    return (11 - sum(int(c) * w for c, w in zip(body, range(8, 1, -1), strict=True)) % 11) % 11 % 10


def me_pib_valid(number: str) -> bool:
    return len(number) == 8 and number.isdigit() and me_pib_check(number[:7]) == int(number[7])


MK_FIRMS = (["Вардар", "Пелагонија", "Охрид", "Скопски", "Кожуф", "Бистра", "Шар", "Галичица", "Треска", "Македонска"],
            ["Трејд", "Градба", "Дистрибуција", "Инженеринг", "Комерц", "Софтвер", "Логистика", "Прехрана"],
            ["ДООЕЛ", "ДОО", "АД"])
MK_PLACES = [("Скопје", "1000", ["ул. Македонија", "бул. Партизански одреди", "ул. Орце Николов", "бул. Св. Климент Охридски"]),
             ("Битола", "7000", ["ул. Широк Сокак", "ул. Борис Кидрич"]),
             ("Тетово", "1200", ["ул. Илинденска", "ул. Маршал Тито"]), ("Куманово", "1300", ["ул. Доне Божинов", "ул. 11 Октомври"])]
BA_FIRMS = (["Bosna", "Neretva", "Una", "Drina", "Vrbas", "Sarajevo", "Igman", "Jahorina", "Tuzla", "Krajina"],
            ["Trade", "Gradnja", "Promet", "Inženjering", "Komerc", "Soft", "Transport", "Prehrana"],
            ["d.o.o.", "d.o.o.", "d.d."])
BA_PLACES = [("71000 Sarajevo", ["Zmaja od Bosne", "Ferhadija", "Titova", "Džemala Bijedića"]), ("78000 Banja Luka", ["Kralja Petra I Karađorđevića", "Jovana Dučića"]),
             ("88000 Mostar", ["Kneza Domagoja", "Bulevar narodne revolucije"]), ("75000 Tuzla", ["Turalibegova", "Maršala Tita"])]
ME_FIRMS = (["Lovćen", "Tara", "Bokeška", "Durmitor", "Zeta", "Morača", "Primorje", "Budvanska", "Luštica", "Orjen"],
            ["Trade", "Gradnja", "Promet", "Turist", "Komerc", "Soft", "Logistika", "Group"],
            ["d.o.o.", "d.o.o.", "a.d."])
ME_PLACES = [("81000 Podgorica", ["Bulevar Svetog Petra Cetinjskog", "Ulica slobode", "Bulevar Džordža Vašingtona", "Hercegovačka"]),
             ("85310 Budva", ["Mediteranska", "Trg slobode"]), ("85000 Bar", ["Bulevar revolucije", "Jovana Tomaševića"]),
             ("81400 Nikšić", ["Njegoševa", "Vuka Karadžića"])]


def mk_party(rng: random.Random) -> Party:
    city, zip_code, streets = pick(rng, MK_PLACES)
    name = f"{pick(rng, MK_FIRMS[0])} {pick(rng, MK_FIRMS[1])} {pick(rng, MK_FIRMS[2])} {city}"
    p = Party(name=name, address=[f"{pick(rng, streets)} бр. {rng.randrange(1, 200)}", f"{zip_code} {city}"], country="MK", tax_id=mk_edb(rng),
              phone=f"+389 {pick(rng, ['2', '47', '44', '31'])} {digits(rng, 3)} {digits(rng, 3)}")
    p.extra = {"embs": digits(rng, 7), "account": f"{pick(rng, ['300', '210', '250', '380'])}{digits(rng, 10)}{digits(rng, 2)}"}
    return p


def ba_party(rng: random.Random) -> Party:
    city, streets = pick(rng, BA_PLACES)
    name = f"{pick(rng, BA_FIRMS[0])} {pick(rng, BA_FIRMS[1])} {pick(rng, BA_FIRMS[2])}"
    jib = ba_jib(rng)
    p = Party(name=name, address=[f"{pick(rng, streets)} {rng.randrange(1, 120)}", city], country="BA", tax_id=jib[1:],
              phone=f"+387 {pick(rng, ['33', '51', '36', '35'])} {digits(rng, 3)} {digits(rng, 3)}")
    p.extra = {"jib": jib, "account": f"{pick(rng, ['1610', '1990', '1340', '5550'])}{digits(rng, 12)}", "court": f"{rng.randrange(1, 99)}-01-{digits(rng, 4)}-{rng.randrange(10, 23)}"}
    return p


def me_party(rng: random.Random) -> Party:
    city, streets = pick(rng, ME_PLACES)
    name = f"{pick(rng, ME_FIRMS[0])} {pick(rng, ME_FIRMS[1])} {pick(rng, ME_FIRMS[2])}"
    p = Party(name=name, address=[f"{pick(rng, streets)} {rng.randrange(1, 120)}", city], country="ME", tax_id=me_pib(rng),
              phone=f"+382 {pick(rng, ['20', '33', '30', '40'])} {digits(rng, 3)} {digits(rng, 3)}")
    p.extra = {"pdv": f"{pick(rng, ['30', '40', '80', '81'])}/{pick(rng, ['31', '32'])}-{digits(rng, 5)}-{rng.randrange(1, 9)}",
               "account": f"{pick(rng, ['510', '530', '535', '550'])}-{digits(rng, 8)}-{digits(rng, 2)}"}
    return p


def me_ikof(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(32))


def me_jikr(rng: random.Random) -> str:
    hexd = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{hexd[:8]}-{hexd[8:12]}-{hexd[12:16]}-{hexd[16:20]}-{hexd[20:]}"


# --------------------------------------------------------------------------------------------------
# Cyprus and Malta

_CY_EVEN = {0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21}


def cy_vat_letter(body: str) -> str:
    total = sum(_CY_EVEN[int(c)] if i % 2 == 0 else int(c) for i, c in enumerate(body))
    return chr(ord("A") + total % 26)


def cy_vat(rng: random.Random) -> str:
    """A Cypriot VAT number `CY10123456X`: eight digits (first 0, 1, 3, 4, 5 or 9) and a check letter (the digits in even
    places mapped 0->1 1->0 2->5 3->7 4->9 5->13 6->15 7->17 8->19 9->21, the odd places as they are; sum mod 26 -> A..Z)."""
    body = pick(rng, ["10", "10", "30", "90"]) + digits(rng, 6)
    return f"CY{body}{cy_vat_letter(body)}"


def cy_vat_valid(number: str) -> bool:
    raw = number.removeprefix("CY")
    return len(raw) == 9 and raw[:8].isdigit() and cy_vat_letter(raw[:8]) == raw[8]


def mt_vat_check(body: str) -> int:
    return 37 - sum(int(c) * w for c, w in zip(body, (3, 4, 6, 7, 8, 9), strict=True)) % 37


def mt_vat(rng: random.Random) -> str:
    """A Maltese VAT number `MT12345634`: six digits (the first not 0) and a check pair (37 - the sum of 3 4 6 7 8 9 weights
    mod 37, as python-stdnum states it)."""
    body = str(rng.randrange(1, 10)) + digits(rng, 5)
    return f"MT{body}{mt_vat_check(body):02d}"


def mt_vat_valid(number: str) -> bool:
    raw = number.removeprefix("MT")
    return len(raw) == 8 and raw.isdigit() and mt_vat_check(raw[:6]) == int(raw[6:])


CY_FIRMS = (["Troodos", "Akamas", "Kyrenia", "Aphrodite", "Limassol Marina", "Paphos", "Larnaca Bay", "Olympus", "Kition", "Salamis"],
            ["Trading", "Software", "Shipping", "Catering", "Engineering", "Supplies", "Consulting", "Logistics"], ["Ltd", "Limited", "Ltd"])
CY_PLACES = [("Limassol", ["Arch. Makariou III Avenue", "Spyrou Kyprianou Avenue", "Anexartisias Street", "Gladstonos Street"], "30"),
             ("Nicosia", ["Stasinou Avenue", "Grivas Digenis Avenue", "Kennedy Avenue", "Themistokli Dervi Street"], "10"),
             ("Larnaca", ["Grigori Afxentiou Avenue", "Artemidos Avenue"], "60"), ("Paphos", ["Apostolou Pavlou Avenue", "Eleftheriou Venizelou"], "80")]
MT_FIRMS = (["Valletta", "Mdina", "Gozo", "Sliema", "Marsaxlokk", "Mellieħa", "Birgu", "Xlendi", "Comino", "Ħamrun"],
            ["Trading", "Services", "Imports", "Gaming Services", "Marine", "Supplies", "Catering", "Technologies"], ["Ltd", "Limited", "Co. Ltd"])
MT_PLACES = [("Birkirkara", "BKR", ["Triq il-Wied", "Valley Road", "Triq Fleur-de-Lys"]), ("Sliema", "SLM", ["Tower Road", "The Strand", "Triq Bisazza"]),
             ("Qormi", "QRM", ["Triq il-Kbira", "Mdina Road"]), ("San Ġwann", "SGN", ["Triq Tal-Balal", "Triq Mikiel Anton Vassalli"]),
             ("Marsa", "MRS", ["Triq Aldo Moro", "Marsa Industrial Estate"])]


def cy_party(rng: random.Random) -> Party:
    city, streets, zip_head = pick(rng, CY_PLACES)
    name = f"{pick(rng, CY_FIRMS[0])} {pick(rng, CY_FIRMS[1])} {pick(rng, CY_FIRMS[2])}"
    p = Party(name=name, address=[f"{rng.randrange(1, 300)} {pick(rng, streets)}", f"{zip_head}{digits(rng, 2)} {city}", "Cyprus"], country="CY",
              tax_id=cy_vat(rng), phone=f"+357 {pick(rng, ['22', '25', '24', '26'])} {digits(rng, 6)}")
    p.extra = {"he": f"HE {rng.randrange(100000, 450000)}", "tic": f"{pick(rng, ['1', '3', '9'])}{digits(rng, 7)}{pick(rng, string.ascii_uppercase)}"}
    return p


def mt_party(rng: random.Random) -> Party:
    city, code, streets = pick(rng, MT_PLACES)
    name = f"{pick(rng, MT_FIRMS[0])} {pick(rng, MT_FIRMS[1])} {pick(rng, MT_FIRMS[2])}"
    p = Party(name=name, address=[f"{rng.randrange(1, 200)}, {pick(rng, streets)}", f"{city} {code} {rng.randrange(1000, 9999)}", "Malta"], country="MT",
              tax_id=mt_vat(rng), phone=f"+356 2{digits(rng, 3)} {digits(rng, 4)}")
    p.extra = {"c_no": f"C {rng.randrange(1000, 99999)}"}
    return p


# --------------------------------------------------------------------------------------------------
# Trinidad and Tobago, Barbados

TT_FIRMS = (["Caroni", "Maracas", "Chaguanas", "Pitch Lake", "Northern Range", "Tobago", "Point Lisas", "Arima", "Couva", "Paria"],
            ["Hardware", "Industrial Supplies", "Distributors", "Engineering Services", "Office Solutions", "Agencies", "Marine Services"],
            ["Limited", "Ltd.", "Company Limited"])
TT_PLACES = [("Port of Spain", ["Ariapita Avenue", "Frederick Street", "Wrightson Road", "Independence Square"]),
             ("San Fernando", ["Coffee Street", "Harris Promenade"]), ("Chaguanas", ["Caroni Savannah Road", "Main Road"]),
             ("Point Lisas", ["Atlantic Avenue, Point Lisas Industrial Estate"]), ("Scarborough, Tobago", ["Milford Road", "Carrington Street"])]
BB_FIRMS = (["Bridgetown", "Carlisle", "Holetown", "Speightstown", "Coral Reef", "Bathsheba", "Oistins", "Flying Fish", "Garrison", "St. Lawrence"],
            ["Trading", "Supplies", "Builders Merchants", "Office Systems", "Distributors", "Services", "Marine"], ["Ltd.", "Inc.", "Limited"])
BB_PLACES = [("Bridgetown, St. Michael", ["Broad Street", "Bay Street", "Spry Street", "Fontabelle"], "BB11"),
             ("Wildey, St. Michael", ["Wildey Industrial Park", "Lower Wildey Road"], "BB14"), ("Holetown, St. James", ["Highway 1", "Chattel Village"], "BB24"),
             ("Warrens, St. Michael", ["Warrens Industrial Park", "ABC Highway"], "BB22")]


def tt_party(rng: random.Random) -> Party:
    city, streets = pick(rng, TT_PLACES)
    name = f"{pick(rng, TT_FIRMS[0])} {pick(rng, TT_FIRMS[1])} {pick(rng, TT_FIRMS[2])}"
    p = Party(name=name, address=[f"{rng.randrange(1, 180)} {pick(rng, streets)}", city, "Trinidad and Tobago"], country="TT",
              tax_id=digits(rng, 6), phone=f"(868) {rng.randrange(620, 690)}-{digits(rng, 4)}")
    p.extra = {"bir": f"{rng.randrange(100, 499)}{digits(rng, 6)}", "co_no": f"{pick(rng, ['C', 'T'])}{rng.randrange(1000, 9999)}({rng.randrange(80, 99)})"}
    return p


def bb_party(rng: random.Random) -> Party:
    city, streets, zip_head = pick(rng, BB_PLACES)
    name = f"{pick(rng, BB_FIRMS[0])} {pick(rng, BB_FIRMS[1])} {pick(rng, BB_FIRMS[2])}"
    p = Party(name=name, address=[f"{pick(rng, streets)}", city, f"{zip_head}{digits(rng, 3)}", "Barbados"], country="BB",
              tax_id="1000" + digits(rng, 9), phone=f"(246) {rng.randrange(420, 440)}-{digits(rng, 4)}")
    p.extra = {"co_no": f"{rng.randrange(10000, 49999)}"}
    return p


# --------------------------------------------------------------------------------------------------
# Insurers and their claims

INSURERS = {
    "US": [("Granite Ridge Mutual Insurance Company", ["Claims Department, P.O. Box 4410", "Hartford, CT 06101"]),
           ("Prairie Shield Casualty Co.", ["1200 Commerce Parkway", "Bloomington, IL 61704"]),
           ("Blue Harbor Property & Casualty Insurance Company", ["88 Pier Street, Suite 900", "Tampa, FL 33602"])],
    "GB": [("Thistle & Crown Insurance plc", ["Claims Centre, 14 Cathedral Way", "Norwich NR1 3BT"]),
           ("Severn Vale General Insurance Limited", ["Riverside House, 2 Quay Street", "Bristol BS1 4DJ"])],
    "AU": [("Southern Cross General Insurance Ltd", ["Level 12, 388 George Street", "Sydney NSW 2000"]),
           ("Banksia Mutual Insurance Limited", ["PO Box 7720", "Melbourne VIC 3001"])],
}
FIRSTS = ["James", "Maria", "Robert", "Linda", "Daniel", "Sarah", "Kevin", "Aisha", "Thomas", "Priya", "Oliver", "Chloe", "Liam", "Grace"]
LASTS = ["Henderson", "Okafor", "Murphy", "Nguyen", "Kowalski", "Patel", "Fraser", "Delgado", "Whitfield", "Brennan", "Costa", "Hughes"]


def person(rng: random.Random) -> str:
    return f"{pick(rng, FIRSTS)} {pick(rng, LASTS)}"


def insurer(rng: random.Random, country: str) -> Party:
    name, lines = pick(rng, INSURERS[country])
    p = Party(name=name, address=list(lines), country=country, tax_id=None,
              phone={"US": "1-800-", "GB": "0345 ", "AU": "13 "}[country] + f"{rng.randrange(100, 999)} {rng.randrange(1000, 9999)}")
    return p


def claim_number(rng: random.Random, country: str) -> str:
    return {"US": f"{pick(rng, ['CLM', 'PC', 'AU'])}-{digits(rng, 2)}-{digits(rng, 7)}", "GB": f"{pick(rng, ['MO', 'HH', 'CM'])}{digits(rng, 8)}",
            "AU": f"{pick(rng, ['MOT', 'HOM'])}{digits(rng, 9)}"}[country]


def policy_number(rng: random.Random, country: str) -> str:
    return {"US": f"{pick(rng, ['PA', 'HO', 'CP'])} {digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 2)}", "GB": f"POL/{digits(rng, 9)}",
            "AU": f"{pick(rng, ['MOT', 'HSC'])}{digits(rng, 8)}"}[country]


# --------------------------------------------------------------------------------------------------
# US public bodies

PUBLIC_PAYERS = [("State of Nevada, Office of the State Controller", ["101 N. Carson Street, Suite 5", "Carson City, NV 89701"], "state"),
                 ("Commonwealth of Kentucky, Finance and Administration Cabinet", ["702 Capital Avenue, Room 383", "Frankfort, KY 40601"], "state"),
                 ("Maricopa Valley County Treasurer", ["301 W. Jefferson Street, Room 100", "Phoenix, AZ 85003"], "county"),
                 ("Lakeshore County Board of Commissioners, Accounts Payable", ["220 Court Street", "Grand Haven, MI 49417"], "county"),
                 ("City of Riverbend, Department of Finance", ["City Hall, 400 Main Street", "Riverbend, OR 97401"], "city"),
                 ("Pine Hollow Independent School District", ["Business Office, 1100 Education Drive", "Pine Hollow, TX 75901"], "city")]


def public_payer(rng: random.Random) -> tuple[Party, str]:
    name, lines, kind = pick(rng, PUBLIC_PAYERS)
    return Party(name=name, address=list(lines), country="US", tax_id=None, phone=f"({rng.randrange(200, 989)}) {rng.randrange(200, 989)}-{digits(rng, 4)}"), kind


# --------------------------------------------------------------------------------------------------
# Veterinary clinics

VET_CLINICS = {
    "US": (["Maple Grove", "Cedar Creek", "Riverside", "Sunnybrook", "Willow Bend", "Harbor View", "Prairie Wind"],
           ["Animal Hospital", "Veterinary Clinic", "Pet Hospital", "Veterinary Center"], ["", ", P.C.", ", LLC", ", PLLC"]),
    "GB": (["Thornbury", "Oakfield", "Meadowbank", "Kingsway", "Fernhill", "Ashgrove"], ["Veterinary Surgery", "Vets", "Veterinary Centre"], [" Ltd", " Limited", ""]),
    "AU": (["Bayside", "Gumtree", "Wattle Park", "Coral Coast", "Blue Gum", "Harbourside"], ["Veterinary Hospital", "Vet Clinic", "Animal Hospital"], [" Pty Ltd", ""]),
}
PETS = [("Bella", "Canine", "Labrador Retriever"), ("Max", "Canine", "German Shepherd"), ("Luna", "Feline", "Domestic Shorthair"),
        ("Charlie", "Canine", "Beagle"), ("Milo", "Feline", "Maine Coon"), ("Daisy", "Canine", "Cavalier King Charles"),
        ("Oscar", "Feline", "British Shorthair"), ("Rocky", "Canine", "Staffordshire Bull Terrier"), ("Coco", "Canine", "Cavoodle"),
        ("Pepper", "Lapine", "Netherland Dwarf")]
