"""Parties and identifiers for the twenty-first set: Pakistani couriers and their e-commerce merchants (NTN with its check
digit, consignment numbers, PK IBAN), Philippine payers and payees (TIN with branch code, ATC codes of the BIR Form 2307),
Bolivian companies (NIT, the SIN's authorisation code and CUF), Albanian (NIPT, NIVF / NSLF) and Kosovar (NUI, NF, NRTVSH)
companies, Mauritian companies (BRN, VAT number, the MRA's IRN), private schools in Botswana, Namibia and Jamaica with their
families, parking and motorway operators in the United States, Spain and Italy, and mobile operators and their agents in
Nigeria and Mexico. Written without reading the engine."""

from __future__ import annotations

import random
import string

from corpus.holdout.fakes import Party

D9 = string.digits


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D9) for _ in range(n))


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def person(rng: random.Random, firsts, lasts) -> str:
    return f"{pick(rng, firsts)} {pick(rng, lasts)}"


# --------------------------------------------------------------------------------------------------
# Pakistan: couriers and COD merchants

def pk_ntn(rng: random.Random) -> str:
    """A Pakistani NTN `1234567-8`: seven digits and a check digit (weighted sum mod 11, 10 -> 0; an invented rule kept
    consistent so that the set's own test can check it)."""
    body = digits(rng, 7)
    return f"{body}-{pk_ntn_check(body)}"


def pk_ntn_check(body: str) -> int:
    return sum(int(c) * w for c, w in zip(body, range(8, 1, -1), strict=True)) % 11 % 10


def pk_ntn_valid(number: str) -> bool:
    body, _, check = number.partition("-")
    return len(body) == 7 and body.isdigit() and check.isdigit() and pk_ntn_check(body) == int(check)


PK_COURIERS = [("SwiftLine Courier (Pvt.) Ltd.", ["Plot 14-C, Sector 23, Korangi Industrial Area", "Karachi 74900"]),
               ("Indus Express Logistics (Pvt.) Limited", ["45-B, Gulberg III, Main Boulevard", "Lahore 54660"]),
               ("Margalla Parcel Services (Pvt.) Ltd.", ["Office 7, Blue Area, Jinnah Avenue", "Islamabad 44000"])]
PK_SHOPS = (["Zari", "Noor", "Shahi", "Chaman", "Kashish", "Rangrez", "Sitara", "Gulzar", "Mehran", "Ajrak", "Khaadi Lane", "Bazaar"],
            ["Fashion", "Collection", "Store", "Mart", "Crafts", "Home", "Apparel", "Online", "Trading Co."])
PK_CITIES = [("Karachi", ["Shahrah-e-Faisal", "Tariq Road", "Clifton Block 5", "DHA Phase 6", "Gulshan-e-Iqbal Block 13-D"]),
             ("Lahore", ["MM Alam Road", "Johar Town", "Model Town Link Road", "Liberty Market"]),
             ("Rawalpindi", ["Saddar, Bank Road", "Commercial Market", "Satellite Town"]),
             ("Faisalabad", ["D Ground, Peoples Colony", "Kohinoor City"])]
PK_BANKS = [("Meezan Bank", "MEZN"), ("Habib Bank Limited", "HABB"), ("United Bank Limited", "UNIL"), ("MCB Bank", "MUCB"), ("Bank Alfalah", "ALFH")]


def pk_iban(rng: random.Random, bank4: str) -> str:
    bban = bank4 + digits(rng, 16)
    numeric = "".join(str(int(c, 36)) for c in bban + "PK00")
    check = 98 - int(numeric) % 97
    return f"PK{check:02d}{bban}"


def pk_merchant(rng: random.Random) -> Party:
    city, streets = pick(rng, PK_CITIES)
    name = f"{pick(rng, PK_SHOPS[0])} {pick(rng, PK_SHOPS[1])}"
    bank, code = pick(rng, PK_BANKS)
    p = Party(name=name, address=[f"Shop {rng.randrange(1, 90)}, {pick(rng, streets)}", city], country="PK", tax_id=None,
              phone=f"0{rng.randrange(300, 349)}-{digits(rng, 7)}")
    p.extra = {"ntn": pk_ntn(rng), "bank": bank, "iban": pk_iban(rng, code), "account_title": name.upper()}
    return p


def pk_courier(rng: random.Random) -> Party:
    name, addr = pick(rng, PK_COURIERS)
    p = Party(name=name, address=list(addr), country="PK", tax_id=pk_ntn(rng), phone=f"111-{digits(rng, 3)}-{digits(rng, 3)}")
    p.extra = {"strn": f"{rng.randrange(10, 33)}-00-{digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 2)}"}
    return p


def pk_consignment(rng: random.Random, prefix: str) -> str:
    return prefix + digits(rng, 10)


# --------------------------------------------------------------------------------------------------
# Philippines: TIN, BIR 2307

def ph_tin(rng: random.Random, branch: str = "000") -> str:
    return f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}-{branch}"


PH_PAYERS = ["Visayan Agro-Industrial Corporation", "Pasig Riverbank Properties, Inc.", "Mindanao Cold Chain Logistics Corp.",
             "Luzon Metro Builders Development Corporation", "Cebu Harbor Foods, Inc.", "Bicol Solar Power Holdings Corp."]
PH_PAYEES = ["Kalinaw Office Supplies Trading", "Bayanihan Janitorial & Manpower Services Co.", "Dagat Marine Engineering Services Inc.",
             "Tanglaw IT Solutions Corp.", "Sampaguita Catering Services", "Malakas Security Agency, Inc.", "Bukid Hardware & Construction Supply"]
PH_PLACES = [("Makati City", "1226", ["Ayala Avenue", "Paseo de Roxas", "Gil Puyat Avenue", "Dela Rosa St., Legaspi Village"]),
             ("Pasig City", "1605", ["Ortigas Avenue", "ADB Avenue", "Meralco Avenue"]),
             ("Cebu City", "6000", ["Osmeña Boulevard", "Archbishop Reyes Avenue", "Gorordo Avenue"]),
             ("Quezon City", "1100", ["EDSA", "Timog Avenue", "Commonwealth Avenue", "Katipunan Avenue"]),
             ("Davao City", "8000", ["J.P. Laurel Avenue", "C.M. Recto Street", "Quirino Avenue"])]


def ph_party(rng: random.Random, names) -> Party:
    city, zip_code, streets = pick(rng, PH_PLACES)
    p = Party(name=pick(rng, names), address=[f"{rng.randrange(1, 2400)} {pick(rng, streets)}", f"{city} {zip_code}"], country="PH",
              tax_id=ph_tin(rng, pick(rng, ["000", "000", "001", "00000"])))
    p.extra = {"rdo": f"RDO {rng.randrange(21, 130):03d}"}
    return p


ATC = {"WC158": ("Income payment made by top withholding agents to their local/resident supplier of goods", 1),
       "WC160": ("Income payment made by top withholding agents to their local/resident supplier of services", 2),
       "WI120": ("Income payments to contractors (individual)", 2)}


# --------------------------------------------------------------------------------------------------
# Bolivia

BO_WORDS = (["Andina", "Illimani", "del Altiplano", "Chiquitana", "Cochabambina", "Potosina", "Tarijeña", "Amazónica", "del Oriente", "Titicaca"],
            ["S.R.L.", "S.A.", "Ltda.", "S.R.L."])
BO_KINDS = ["Distribuidora", "Comercial", "Importadora", "Servicios", "Ferretería", "Laboratorios", "Constructora", "Tecnología"]
BO_PLACES = [("La Paz", ["Av. 16 de Julio (El Prado)", "Calle Comercio", "Av. Arce", "Av. Ballivián, Calacoto", "Av. 6 de Agosto"]),
             ("Santa Cruz de la Sierra", ["Av. San Martín, Equipetrol", "Av. Cristo Redentor", "Calle Junín", "Av. Monseñor Rivero"]),
             ("Cochabamba", ["Av. Ayacucho", "Av. América", "Calle España", "Av. Heroínas"]),
             ("El Alto", ["Av. Juan Pablo II", "Av. 6 de Marzo"])]


def bo_nit(rng: random.Random) -> str:
    return f"{rng.randrange(100000, 999999)}{digits(rng, rng.choice([3, 4]))}"


def bo_party(rng: random.Random) -> Party:
    city, streets = pick(rng, BO_PLACES)
    name = f"{pick(rng, BO_KINDS)} {pick(rng, BO_WORDS[0])} {pick(rng, BO_WORDS[1])}"
    p = Party(name=name, address=[f"{pick(rng, streets)} N° {rng.randrange(10, 3000)}", city], country="BO", tax_id=bo_nit(rng),
              phone=f"{pick(rng, ['2', '3', '4'])}-{digits(rng, 7)}")
    return p


def bo_cuf(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(rng.choice([58, 60, 62])))


# --------------------------------------------------------------------------------------------------
# Albania and Kosovo

def al_nipt(rng: random.Random) -> str:
    """An Albanian NIPT `L12345678A`: a letter for the decade of registration, eight digits and a check letter."""
    return pick(rng, "JKLM") + digits(rng, 8) + pick(rng, string.ascii_uppercase)


AL_WORDS = (["Iliria", "Shqiponja", "Adriatik", "Drini", "Tomorri", "Vjosa", "Dajti", "Butrinti", "Skënderbeu", "Rozafa"],
            ["sh.p.k.", "sh.a.", "sh.p.k."])
AL_KINDS = ["Tregtia", "Ndërtim", "Konsulenca", "Ushqimore", "Teknologji", "Transport", "Farmaci", "Printime"]
AL_PLACES = [("Tiranë", "1001", ["Rruga e Kavajës", "Bulevardi Dëshmorët e Kombit", "Rruga Myslym Shyri", "Rruga e Durrësit", "Rruga Ibrahim Rugova"]),
             ("Durrës", "2001", ["Rruga Tregtare", "Lagjja 11, Rruga Taulantia"]), ("Shkodër", "4001", ["Rruga Kolë Idromeno", "Bulevardi Skënderbeg"]),
             ("Vlorë", "9401", ["Rruga Ismail Qemali", "Lagjja Pavarësia"])]
XK_PLACES = [("Prishtinë", "10000", ["Rruga Nënë Tereza", "Bulevardi Bill Klinton", "Rruga Agim Ramadani", "Rruga UÇK"]),
             ("Prizren", "20000", ["Rruga Remzi Ademaj", "Sheshi Shadërvan"]), ("Pejë", "30000", ["Rruga Mbretëresha Teutë"]),
             ("Gjakovë", "50000", ["Rruga Nëna Tereze"])]
AL_BANKS = ["Banka Kombëtare Tregtare", "Raiffeisen Bank", "Credins Bank", "Intesa Sanpaolo Bank Albania"]
XK_BANKS = ["ProCredit Bank", "Banka Ekonomike", "TEB Banka", "NLB Banka"]


def al_party(rng: random.Random) -> Party:
    city, zip_code, streets = pick(rng, AL_PLACES)
    name = f"\"{pick(rng, AL_WORDS[0])} {pick(rng, AL_KINDS)}\" {pick(rng, AL_WORDS[1])}"
    p = Party(name=name, address=[f"{pick(rng, streets)}, Nr. {rng.randrange(1, 180)}", f"{zip_code} {city}"], country="AL", tax_id=al_nipt(rng),
              phone=f"+355 6{rng.randrange(7, 10)} {digits(rng, 3)} {digits(rng, 4)}")
    p.extra = {"bank": pick(rng, AL_BANKS), "iban": "AL" + digits(rng, 26)}
    return p


def xk_party(rng: random.Random) -> Party:
    city, zip_code, streets = pick(rng, XK_PLACES)
    name = f"{pick(rng, AL_WORDS[0])} {pick(rng, AL_KINDS)} L.L.C."
    p = Party(name=name, address=[f"{pick(rng, streets)} nr. {rng.randrange(1, 120)}", f"{zip_code} {city}"], country="XK",
              tax_id="33" + digits(rng, 7), phone=f"+383 4{rng.randrange(3, 10)} {digits(rng, 3)} {digits(rng, 3)}")
    p.extra = {"nui": "81" + digits(rng, 7), "bank": pick(rng, XK_BANKS), "iban": "XK05" + digits(rng, 16)}
    return p


def nivf(rng: random.Random) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# --------------------------------------------------------------------------------------------------
# Mauritius

MU_WORDS = (["Dodo", "Le Morne", "Chamarel", "Trou aux Biches", "Mahebourg", "Curepipe", "Belle Mare", "Grand Baie", "Pamplemousses", "Flacq"],
            ["Trading", "Distributors", "Services", "Engineering", "Hospitality Supplies", "Printing", "Logistics", "Agro"])
MU_PLACES = ["Port Louis", "Ebène", "Quatre Bornes", "Rose-Hill", "Curepipe", "Vacoas", "Beau Bassin", "Grand Baie"]
MU_STREETS = ["Royal Road", "Sir William Newton Street", "Cybercity", "Avenue des Flamboyants", "La Chaussée Street", "Edith Cavell Street",
              "Motorway M1 Service Road", "Trianon Business Park"]


def mu_party(rng: random.Random) -> Party:
    name = f"{pick(rng, MU_WORDS[0])} {pick(rng, MU_WORDS[1])} {pick(rng, ['Ltd', 'Ltée', 'Co. Ltd', 'Ltd'])}"
    p = Party(name=name, address=[f"{rng.randrange(1, 90)} {pick(rng, MU_STREETS)}", pick(rng, MU_PLACES)], country="MU",
              tax_id="2" + digits(rng, 7), phone=f"+230 {rng.randrange(2, 7)}{digits(rng, 2)} {digits(rng, 4)}")
    p.extra = {"brn": pick(rng, ["C", "C", "I"]) + digits(rng, 8)}
    return p


def mu_irn(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(32))


# --------------------------------------------------------------------------------------------------
# Schools (Botswana, Namibia, Jamaica)

SCHOOLS = {
    "BW": [("Kgale Hill Preparatory School", ["Plot 5412, Kgale View", "Gaborone"]), ("Maru-a-Pula Heights Academy", ["Plot 2197, Phakalane", "Gaborone"]),
           ("Tsholofelo Christian School", ["Plot 731, Mmopane Road", "Mogoditshane"])],
    "NA": [("Windhoek Acacia Private School", ["17 Sam Nujoma Drive, Klein Windhoek", "Windhoek"]),
           ("Swakop Dunes Academy", ["9 Tobias Hainyeko Street", "Swakopmund"]), ("Erongo Valley Primary School", ["33 Bismarck Street", "Walvis Bay"])],
    "JM": [("Blue Mountain Preparatory School", ["12 Hope Road", "Kingston 6"]), ("St. Catherine Hill Academy", ["45 Old Harbour Road", "Spanish Town"]),
           ("Montego Bay Heights Prep", ["7 Queens Drive", "Montego Bay, St. James"])],
}
PARENT_NAMES = {
    "BW": (["Kagiso", "Boitumelo", "Mpho", "Neo", "Tebogo", "Onalenna", "Kabo"], ["Molefe", "Seretse", "Kgosi", "Mogae", "Ramotswe", "Tau", "Masire"]),
    "NA": (["Ndapewa", "Johannes", "Martha", "Tangeni", "Anna", "Petrus", "Selma"], ["Shikongo", "Nujoma", "van Wyk", "Amutenya", "Hamutenya", "Kambonde"]),
    "JM": (["Andre", "Kimberley", "Damion", "Shanique", "Omar", "Tanisha", "Marlon"], ["Campbell", "Brown", "Williams", "Thompson", "Reid", "Grant", "Morgan"]),
}
PARENT_STREETS = {"BW": ["Plot {n}, Block 8", "Plot {n}, Tlokweng", "Plot {n}, Extension 12"], "NA": ["{n} Nelson Mandela Avenue", "{n} Independence Avenue", "{n} Jan Jonker Road"],
                  "JM": ["{n} Constant Spring Road", "{n} Barbican Road", "{n} Red Hills Road"]}
PARENT_TOWNS = {"BW": ["Gaborone", "Francistown", "Mogoditshane"], "NA": ["Windhoek", "Swakopmund", "Walvis Bay"], "JM": ["Kingston 8", "Kingston 10", "Portmore, St. Catherine"]}


def school(rng: random.Random, country: str) -> Party:
    name, addr = pick(rng, SCHOOLS[country])
    p = Party(name=name, address=list(addr), country=country, tax_id=None,
              phone={"BW": f"+267 39{digits(rng, 5)}", "NA": f"+264 61 {digits(rng, 6)}", "JM": f"(876) 9{digits(rng, 2)}-{digits(rng, 4)}"}[country])
    p.extra = {"reg": {"BW": f"BW{digits(rng, 11)}", "NA": f"Reg. No. {digits(rng, 4)}/{digits(rng, 3)}", "JM": f"TRN {digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}"}[country]}
    return p


def parent(rng: random.Random, country: str) -> Party:
    firsts, lasts = PARENT_NAMES[country]
    first, last = pick(rng, firsts), pick(rng, lasts)
    title = pick(rng, ["Mr", "Mrs", "Ms", "Dr", "Mr & Mrs"])
    p = Party(name=f"{title} {first[0]}. {last}" if rng.random() < 0.5 else f"{first} {last}",
              address=[pick(rng, PARENT_STREETS[country]).format(n=rng.randrange(2, 4000)), pick(rng, PARENT_TOWNS[country])], country=country)
    p.extra = {"surname": last}
    return p


def pupil(rng: random.Random, country: str, surname: str) -> str:
    firsts = {"BW": ["Lesedi", "Amogelang", "Thato", "Naledi", "Tshepo"], "NA": ["Ndeshi", "Paulus", "Frieda", "Tuli", "Shilongo"],
              "JM": ["Jada", "Tyrese", "Kemani", "Ashanti", "Jordan"]}[country]
    return f"{pick(rng, firsts)} {surname}"


# --------------------------------------------------------------------------------------------------
# Parking and motorway operators

PARKING = {
    "US": [("Metro Park Systems, LLC", ["401 N Michigan Ave, Level P2", "Chicago, IL 60611"], "Garage 214 - Tribune Plaza"),
           ("Harborview Parking Partners LLC", ["1 Seaport Ln", "Boston, MA 02210"], "Seaport Garage East"),
           ("Pacific Lot Management Inc.", ["600 Pine St", "Seattle, WA 98101"], "Pine & 6th Self Park")],
    "ES": [("Aparcamientos Urbanos del Norte, S.L.", ["Calle de Alcalá, 120", "28009 Madrid"], "Parking Goya"),
           ("Estacionamientos Mediterráneo, S.A.", ["Carrer de Balmes, 188", "08006 Barcelona"], "Parking Diagonal-Balmes")],
    "IT": [("Autostrade Tirreniche S.p.A.", ["Via Aurelia, 1250", "00165 Roma"], "Stazione di Civitavecchia Nord"),
           ("Società Autostradale Padana S.p.A.", ["Corso Vittorio Emanuele II, 44", "10123 Torino"], "Barriera di Milano Ghisolfa")],
}
US_EIN = lambda rng: f"{rng.randrange(10, 99)}-{digits(rng, 7)}"  # noqa: E731


def es_cif(rng: random.Random) -> str:
    from corpus.holdout.fakes import es_cif as cif
    return cif(rng, "B")


def it_piva(rng: random.Random) -> str:
    from corpus.holdout.fakes import it_partita_iva
    return it_partita_iva(rng)


def parking_operator(rng: random.Random, country: str) -> tuple[Party, str]:
    name, addr, site = pick(rng, PARKING[country])
    tax = {"US": None, "ES": es_cif(rng), "IT": it_piva(rng)}[country]
    if country == "IT":
        tax = "IT" + tax if rng.random() < 0.5 else tax
    return Party(name=name, address=list(addr), country=country, tax_id=tax), site


# --------------------------------------------------------------------------------------------------
# Mobile operators (Nigeria, Mexico)

TELCOS = {
    "NG": [("Naija Wave Communications Limited", ["Plot 1680, Adeola Odeku Street, Victoria Island", "Lagos"]),
           ("Savannah Mobile Networks Nigeria Ltd", ["12 Aminu Kano Crescent, Wuse II", "Abuja FCT"])],
    "MX": [("Telefonía Móvil del Pacífico, S.A. de C.V.", ["Av. Paseo de la Reforma 2620, Piso 8", "Lomas Altas, 11950 Ciudad de México"]),
           ("Comunicaciones Celulares Aztlán, S.A.P.I. de C.V.", ["Av. Constitución 444 Pte.", "Centro, 64000 Monterrey, N.L."])],
}


def ng_tin(rng: random.Random) -> str:
    return f"{digits(rng, 8)}-0001"


def mx_rfc(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return f"{letters}{rng.randrange(0, 24):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(3))


def telco(rng: random.Random, country: str) -> Party:
    name, addr = pick(rng, TELCOS[country])
    return Party(name=name, address=list(addr), country=country, tax_id=ng_tin(rng) if country == "NG" else mx_rfc(rng))


def msisdn(rng: random.Random, country: str) -> str:
    if country == "NG":
        return f"0{pick(rng, ['803', '806', '813', '703', '906', '814'])} {digits(rng, 3)} {digits(rng, 4)}"
    return f"{pick(rng, ['55', '33', '81', '664'])} {digits(rng, 4)} {digits(rng, 4)}"
