"""Parties and identifiers for the twenty-third set: Bahraini (VAT account number, CR number), Omani (VATIN, tax card, CR) and
Jordanian (tax number, national establishment number) companies; Panamanian (RUC with its DV), Honduran (RTN, CAI and its
authorised range) and Salvadoran (NIT, NRC, DTE control number and generation code) companies; Catalan companies and
professionals (NIF / CIF through `fakes.es_cif`) and Andorran companies (NRT); the banks that run confirming (reverse
factoring) programmes; auction houses, their lots and buyers; shops that sell tax free and their travellers; Cambodian
companies (VAT TIN) and the riel rate. Written without reading the engine."""

from __future__ import annotations

import random
import string
from datetime import date

from corpus.holdout.fakes import Party, es_cif, es_nif_person

D9 = string.digits
HEX = "0123456789ABCDEF"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D9) for _ in range(n))


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def _phone(rng: random.Random, code: str, groups: tuple[int, ...]) -> str:
    return f"+{code} " + " ".join(digits(rng, g) for g in groups)


# --------------------------------------------------------------------------------------------------
# Bahrain, Oman, Jordan (currencies with three decimals: fils, baisa)

GULF_WORDS = {
    "BH": (["Al Muharraq", "Gulf Pearl", "Seef", "Dilmun", "Manama", "Sitra", "Awali", "Al Hidd", "Riffa", "Tubli"],
           ["Trading", "General Trading", "Technical Services", "Contracting", "IT Solutions", "Catering Supplies", "Marine Services"],
           ["W.L.L.", "W.L.L.", "B.S.C. (c)", "S.P.C."]),
    "OM": (["Muscat", "Al Batinah", "Sohar", "Dhofar", "Nizwa", "Al Khuwair", "Qurum", "Sur", "Ruwi", "Barka"],
           ["Trading", "Engineering", "Oilfield Services", "Logistics", "General Trading", "Hospitality Supplies", "Technologies"],
           ["LLC", "LLC", "SAOC", "& Partners LLC"]),
    "JO": (["Petra", "Amman", "Zarqa", "Jordan Valley", "Al Balqa", "Aqaba", "Madaba", "Irbid", "Wadi Rum", "Jerash"],
           ["Trading", "Pharmaceuticals", "Engineering", "Software", "Food Industries", "Logistics", "Medical Supplies"],
           ["Co.", "L.L.C", "P.S.C", "Ltd."]),
}
BH_PLACES = ["Seef", "Sanabis", "Manama", "Juffair", "Muharraq", "Sitra", "Hidd", "Riffa", "Salmabad", "Tubli"]
OM_PLACES = [("Al Khuwair", "133", "Muscat"), ("Ruwi", "112", "Muscat"), ("Qurum", "118", "Muscat"), ("Ghala", "121", "Muscat"),
             ("Sohar", "311", "North Al Batinah"), ("Salalah", "211", "Dhofar"), ("Al Ghubrah", "130", "Muscat"), ("Rusayl", "124", "Muscat")]
JO_PLACES = [("Amman", "11183"), ("Amman", "11194"), ("Amman", "11118"), ("Zarqa", "13110"), ("Irbid", "21110"), ("Aqaba", "77110")]
JO_STREETS = ["Mecca Street", "Zahran Street", "Wasfi Al-Tal Street", "Queen Rania Street", "King Abdullah II Street",
              "Al-Madina Al-Munawwara Street", "Abdullah Ghosheh Street"]


def bh_vat(rng: random.Random) -> str:
    """A Bahraini VAT account number: fifteen digits, `2…` with the branch suffix `00002`."""
    return "2" + digits(rng, 9) + pick(rng, ["00002", "00002", "00003"])


def om_vatin(rng: random.Random) -> str:
    return "OM11000" + digits(rng, 5)


def jo_tax_no(rng: random.Random) -> str:
    return str(rng.randrange(1, 3)) + digits(rng, 7)


def gulf_party(rng: random.Random, country: str) -> Party:
    a, b, c = GULF_WORDS[country]
    name = f"{pick(rng, a)} {pick(rng, b)} {pick(rng, c)}"
    if country == "BH":
        addr = [f"{pick(rng, ['Flat', 'Office', 'Shop'])} {rng.randrange(1, 60)}, Building {rng.randrange(100, 3000)}",
                f"Road {rng.randrange(100, 4000)}, Block {rng.randrange(100, 999)}", f"{pick(rng, BH_PLACES)}, Kingdom of Bahrain"]
        p = Party(name=name, address=addr, country="BH", tax_id=bh_vat(rng), phone=_phone(rng, "973", (4, 4)))
        p.extra = {"cr": f"{rng.randrange(10000, 160000)}-{rng.randrange(1, 9)}"}
    elif country == "OM":
        area, pc, region = pick(rng, OM_PLACES)
        addr = ([f"P.O. Box {rng.randrange(100, 3999)}, P.C. {pc}", f"{area}, Sultanate of Oman"] if rng.random() < 0.5 else
                [f"Way {rng.randrange(1000, 9999)}, Building {rng.randrange(100, 2999)}", f"{area}, {region}, Sultanate of Oman" if area != region else f"{area}, Sultanate of Oman"])
        p = Party(name=name, address=addr, country="OM", tax_id=om_vatin(rng), phone=_phone(rng, "968", (4, 4)))
        p.extra = {"cr": str(rng.randrange(1000000, 1399999)), "tax_card": "8" + digits(rng, 6)}
    else:
        city, pc = pick(rng, JO_PLACES)
        addr = ([f"{pick(rng, JO_STREETS)}, Building {rng.randrange(2, 260)}", f"{city} {pc}, Jordan"] if rng.random() < 0.6 else
                [f"P.O. Box {rng.randrange(1000, 960000)}", f"{city} {pc}, Jordan"])
        p = Party(name=name, address=addr, country="JO", tax_id=jo_tax_no(rng), phone=_phone(rng, "962", (1, 3, 4)))
        p.extra = {"national_no": "200" + digits(rng, 6)}
    return p


# --------------------------------------------------------------------------------------------------
# Panama, Honduras, El Salvador

PA_WORDS = (["Inversiones", "Distribuidora", "Servicios Logísticos", "Importadora", "Constructora", "Grupo", "Comercial"],
            ["Canal", "Istmeña", "del Pacífico", "Chiriquí", "Bella Vista", "Colón Free Zone", "Azuero", "Las Perlas"],
            ["S.A.", "S.A.", "Corp.", "S. de R.L."])
PA_PLACES = [("Calle 50, Edificio Global Plaza, Piso {n}", "Ciudad de Panamá"), ("Vía España, Local {n}", "Bella Vista, Panamá"),
             ("Ave. Balboa, PH Bay Mall, Oficina {n}", "Ciudad de Panamá"), ("Zona Libre de Colón, Calle 13, Galera {n}", "Colón"),
             ("Vía Interamericana, Local {n}", "David, Chiriquí"), ("Costa del Este, Torre Prime, Piso {n}", "Ciudad de Panamá")]
HN_WORDS = (["Comercializadora", "Distribuidora", "Inversiones", "Servicios Técnicos", "Ferretería", "Agroindustrias"],
            ["Lenca", "Catracha", "Copán", "del Valle de Sula", "Morazán", "Atlántida", "Olancho", "Lempira"],
            ["S. de R.L.", "S.A. de C.V.", "S. de R.L. de C.V."])
HN_PLACES = [("Col. Palmira, Av. República de Chile, Edificio Torre Alianza, Local {n}", "Tegucigalpa, M.D.C."),
             ("Barrio Guamilito, 6 Calle, 7 Ave. N.O., Casa {n}", "San Pedro Sula, Cortés"),
             ("Blvd. Suyapa, Col. Loma Linda Norte, Bodega {n}", "Tegucigalpa, M.D.C."),
             ("Col. Trejo, 20 Calle, Local {n}", "San Pedro Sula, Cortés"), ("Barrio El Centro, Ave. San Isidro, Local {n}", "La Ceiba, Atlántida")]
SV_WORDS = (["Distribuidora", "Inversiones", "Servicios Industriales", "Importaciones", "Comercial", "Tecnología"],
            ["Cuscatlán", "Izalco", "del Pacífico", "Santa Ana", "Los Volcanes", "Lempa", "Salvadoreña", "Ilopango"],
            ["S.A. de C.V.", "S.A. de C.V.", "S.A."])
SV_PLACES = [("Blvd. del Hipódromo, Col. San Benito, #{n}", "San Salvador"), ("Calle La Mascota, Pje. 3, Local {n}", "San Salvador"),
             ("Carretera Panamericana km 11, Bodega {n}", "Soyapango, San Salvador"), ("Av. Jerusalén, Edificio Plaza Madre Selva, Local {n}", "Antiguo Cuscatlán, La Libertad"),
             ("25 Calle Poniente y 10a. Av. Sur, #{n}", "Santa Ana")]


def pa_ruc(rng: random.Random) -> tuple[str, str]:
    """A Panamanian legal person's RUC `155612345-2-2015` (folio, digit, year) and its two-digit DV."""
    return f"{pick(rng, ['155', '1556', '2'])}{digits(rng, 6)}-{rng.randrange(1, 3)}-{rng.randrange(2005, 2023)}", f"{rng.randrange(0, 100):02d}"


def hn_rtn(rng: random.Random) -> str:
    """A Honduran RTN: fourteen digits, the municipality code and the year first."""
    return f"{pick(rng, ['0801', '0501', '0101'])}{rng.randrange(1990, 2022)}{digits(rng, 6)}"


def hn_cai(rng: random.Random) -> str:
    return "-".join("".join(rng.choice(HEX) for _ in range(6)) for _ in range(5)) + "-" + "".join(rng.choice(HEX) for _ in range(2))


def sv_nit(rng: random.Random) -> str:
    return f"0614-{rng.randrange(1, 29):02d}{rng.randrange(1, 13):02d}{rng.randrange(80, 100):02d}-{rng.randrange(100, 130)}-{rng.randrange(0, 10)}"


def sv_nrc(rng: random.Random) -> str:
    return f"{rng.randrange(10000, 330000)}-{rng.randrange(0, 10)}"


def uuid_upper(rng: random.Random) -> str:
    h = "".join(rng.choice(HEX) for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick(rng, '89AB')}{h[17:20]}-{h[20:]}"


def central_party(rng: random.Random, country: str) -> Party:
    words, places = {"PA": (PA_WORDS, PA_PLACES), "HN": (HN_WORDS, HN_PLACES), "SV": (SV_WORDS, SV_PLACES)}[country]
    name = f"{pick(rng, words[0])} {pick(rng, words[1])}, {pick(rng, words[2])}"
    street, city = pick(rng, places)
    p = Party(name=name, address=[street.format(n=rng.randrange(1, 40)), city], country=country)
    if country == "PA":
        ruc, dv = pa_ruc(rng)
        p.tax_id, p.extra = ruc, {"dv": dv}
        p.phone = f"+507 {digits(rng, 3)}-{digits(rng, 4)}"
    elif country == "HN":
        p.tax_id = hn_rtn(rng)
        p.phone = f"+504 {pick(rng, ['2', '9', '3'])}{digits(rng, 3)}-{digits(rng, 4)}"
    else:
        p.tax_id = sv_nit(rng)
        p.extra = {"nrc": sv_nrc(rng), "activity": pick(rng, ["Venta al por mayor de otros productos", "Actividades de consultoría informática",
                                                               "Venta de materiales de construcción", "Servicios de transporte de carga"])}
        p.phone = f"+503 2{digits(rng, 3)}-{digits(rng, 4)}"
    return p


# --------------------------------------------------------------------------------------------------
# Catalonia and Andorra

CA_MONTHS = ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre", "desembre"]


def ca_long_date(d: date) -> str:
    """A Catalan long date: `15 de març de 2024`, `1 d'abril de 2024` (the article elided before a vowel)."""
    month = CA_MONTHS[d.month - 1]
    joiner = "d'" if month[0] in "aeiou" else "de "
    return f"{d.day} {joiner}{month} de {d.year}"


CAT_PLACES = [("08008", "Barcelona"), ("08029", "Barcelona"), ("08013", "Barcelona"), ("17001", "Girona"), ("25002", "Lleida"), ("43001", "Tarragona"),
              ("08201", "Sabadell"), ("08221", "Terrassa"), ("08301", "Mataró"), ("08500", "Vic"), ("08240", "Manresa"), ("43201", "Reus")]
CAT_STREETS = ["Carrer de Mallorca", "Passeig de Gràcia", "Rambla de Catalunya", "Carrer Major", "Carrer de la Indústria", "Avinguda Diagonal",
               "Carrer del Comerç", "Carrer de Sant Pere", "Ronda de Sant Antoni", "Carrer de Balmes", "Passeig Pere III"]
CAT_WORDS = (["Montseny", "Vallès", "Empordà", "Penedès", "Garrotxa", "Llobregat", "Montserrat", "Priorat", "Osona", "Maresme", "Cadí"],
             ["Construccions", "Gràfiques", "Serveis Tècnics", "Instal·lacions", "Assessoria", "Distribucions", "Enginyeria", "Fusteria", "Climatització"],
             ["SL", "SL", "SLU", "SA", "SCCL"])
CAT_PEOPLE = (["Jordi", "Montserrat", "Núria", "Pere", "Marta", "Oriol", "Laia", "Xavier", "Mireia", "Arnau", "Meritxell", "Joan"],
              ["Puig", "Vidal", "Ferrer", "Soler", "Casals", "Pujol", "Roca", "Serra", "Font", "Bosch", "Riera", "Vilaró", "Camps"])
AD_PLACES = [("AD500", "Andorra la Vella", ["Avinguda Meritxell", "Carrer Prat de la Creu", "Avinguda Príncep Benlloch", "Carrer Doctor Nequi"]),
             ("AD700", "Escaldes-Engordany", ["Avinguda Carlemany", "Avinguda Fiter i Rossell", "Carrer de la Unió"]),
             ("AD400", "La Massana", ["Avinguda Sant Antoni", "Carretera General"]), ("AD200", "Encamp", ["Avinguda François Mitterrand"]),
             ("AD600", "Sant Julià de Lòria", ["Avinguda Rocafort", "Carrer Major"])]
AD_WORDS = (["Pirineus", "Grandvalira", "Valira", "Comapedrosa", "Meritxell", "Pal Arinsal", "Coma", "Ordino", "Engolasters", "Casamanya"],
            ["Comercial", "Serveis Informàtics", "Esports", "Construccions", "Gestoria", "Distribucions", "Hotels", "Assessors"],
            ["SL", "SL", "SLU", "SA"])


def cat_address(rng: random.Random) -> list[str]:
    pc, city = pick(rng, CAT_PLACES)
    floor = pick(rng, ["", "", f", {rng.randrange(1, 6)}r {rng.randrange(1, 5)}a", ", baixos", f", {rng.randrange(1, 6)}r"])
    return [f"{pick(rng, CAT_STREETS)}, {rng.randrange(1, 320)}{floor}", f"{pc} {city}"]


def cat_company(rng: random.Random) -> Party:
    a, b, c = CAT_WORDS
    form = pick(rng, c)
    name = f"{pick(rng, b)} {pick(rng, a)}, {form}" if rng.random() < 0.6 else f"{pick(rng, b)} {pick(rng, CAT_PEOPLE[1])} i Fills, {form}"
    letter = {"SA": "A", "SCCL": "F"}.get(form, "B")
    p = Party(name=name, address=cat_address(rng), country="ES", tax_id=es_cif(rng, letter), phone=f"9{pick(rng, ['3', '7'])}{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 3)}")
    p.email = f"{pick(rng, ['administracio', 'factures', 'info'])}@{name.split()[0].lower().replace('·', '')}.cat"
    return p


def cat_professional(rng: random.Random) -> Party:
    first, last = CAT_PEOPLE
    a, b = rng.sample(last, 2)
    name = f"{pick(rng, first)} {a} {pick(rng, ['', 'i '])}{b}"
    p = Party(name=name, address=cat_address(rng), country="ES", tax_id=es_nif_person(rng), phone=f"6{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}")
    p.extra = {"trade": pick(rng, ["Arquitecte", "Advocada", "Traductor jurat", "Enginyer tècnic", "Dissenyadora gràfica", "Economista"])}
    return p


def ad_nrt(rng: random.Random, company: bool = True) -> str:
    """An Andorran NRT: `L-712345-X` (L for companies, F for persons), six digits, a check letter."""
    return f"{'L' if company else 'F'}-{rng.randrange(700000, 720000) if company else rng.randrange(100000, 999999)}-{rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')}"


def ad_company(rng: random.Random) -> Party:
    pc, parish, streets = pick(rng, AD_PLACES)
    a, b, c = AD_WORDS
    name = f"{pick(rng, b)} {pick(rng, a)}, {pick(rng, c)}"
    p = Party(name=name, address=[f"{pick(rng, streets)}, {rng.randrange(1, 140)}", f"{pc} {parish}"], country="AD", tax_id=ad_nrt(rng),
              phone=f"+376 {rng.choice('378')}{digits(rng, 2)} {digits(rng, 3)}")
    return p


# --------------------------------------------------------------------------------------------------
# Confirming (reverse factoring) banks

CONFIRMING_BANKS = {"ES": ["Banco Levantino", "Caixa Meseta", "Banca Cantábrica", "Banco del Ebro", "Caja Atlántica"],
                    "MX": ["Banco Sierra Madre", "Banca Anáhuac", "Grupo Financiero Pacífico Norte", "Banco del Altiplano Norte"]}


def confirming_contract(rng: random.Random) -> str:
    return f"{pick(rng, ['CF', 'CONF', '0049'])}-{digits(rng, 4)}-{digits(rng, 6)}"


def cfdi_uuid(rng: random.Random) -> str:
    return uuid_upper(rng)


def spei_tracking(rng: random.Random, when: date) -> str:
    return f"{pick(rng, ['BNET', 'MBAN', '2024'])}{when.strftime('%Y%m%d')}{digits(rng, 10)}"[:30]


# --------------------------------------------------------------------------------------------------
# Auction houses

AUCTION_HOUSES = {
    "GB": [("Ashcombe & Lyle Auctioneers Ltd", "Ashcombe & Lyle"), ("Harrow Fine Art Auctions Ltd", "Harrow Fine Art"),
           ("Kestrel Salerooms Ltd", "Kestrel Salerooms"), ("Pembury & Vale Auction House Ltd", "Pembury & Vale")],
    "US": [("Brandywine Auction Gallery, LLC", "Brandywine Auction Gallery"), ("Lakeshore Auctions LLC", "Lakeshore Auctions"),
           ("Cedar Ridge Estate Auctions, Inc.", "Cedar Ridge"), ("Hudson Valley Auctioneers, Inc.", "Hudson Valley Auctioneers")],
    "DE": [("Kunstauktionshaus Berger GmbH", "Kunstauktionshaus Berger"), ("Auktionshaus am Main GmbH & Co. KG", "Auktionshaus am Main"),
           ("Lindner Kunst- und Auktionshaus GmbH", "Lindner Auktionen"), ("Auktionshaus Sonnenfeld KG", "Sonnenfeld")],
}
LOTS = {
    "en": ["A Victorian mahogany partners' desk, the leather inset top above an arrangement of nine drawers, 152 cm wide",
           "A George III silver teapot, London 1789, maker's mark rubbed, 14.2 oz", "Attributed to the Norwich School, river landscape with cattle, oil on canvas, 45 x 60 cm",
           "A pair of Chinese famille rose vases, Qing dynasty style, 31 cm high", "A 9ct gold fob watch, the white enamel dial with Roman numerals",
           "A set of six Edwardian oak dining chairs with drop-in seats", "An Art Deco walnut cocktail cabinet, circa 1930",
           "A Persian Heriz carpet, the madder field with a central medallion, 340 x 250 cm", "A diamond three-stone ring, the central stone approx. 0.75 ct, size N",
           "A collection of 42 first edition crime novels, various authors, in dust jackets", "A Staffordshire pottery flatback figure of a huntsman, 19th century",
           "A mid-century Danish teak sideboard with sliding doors, 200 cm wide", "Two Japanese Meiji period bronze censers with elephant handles",
           "A Georgian brass-bound mahogany campaign chest in two parts"],
    "de": ["Biedermeier-Sekretär, Kirschbaum furniert, um 1830, H. 158 cm", "Meissen Deckelvase mit Blumenmalerei, Schwertermarke, H. 38 cm",
           "Landschaftsmaler des 19. Jh., Sommerlandschaft mit Bauernhaus, Öl auf Leinwand, 52 x 68 cm", "Silberne Zuckerdose, 800er Silber, Hanau um 1900",
           "Jugendstil-Tischlampe, Messing mit Glasschirm", "Herrenarmbanduhr, Stahl, Automatik, um 1965", "Paar Kerzenleuchter, Zinn, 18. Jh.",
           "Perserteppich Täbris, ca. 300 x 200 cm", "Konvolut Porzellan, 24 Teile, KPM Berlin", "Brillantring, Weißgold 585, ca. 0,50 ct",
           "Bauhaus-Stuhl, Stahlrohr verchromt mit Geflecht", "Holzskulptur, Heiliger Florian, süddeutsch, 18. Jh., H. 64 cm"],
}
LOT_PARTS = {
    "en": (["A Victorian", "A George III", "An Edwardian", "A Regency", "A mid-century", "An Art Nouveau", "A 19th century French", "A Dutch"],
           ["mahogany", "oak", "walnut", "rosewood", "silver-plated", "bronze", "porcelain", "giltwood", "satinwood"],
           ["side table", "mantel clock", "writing box", "tea caddy", "wall mirror", "card table", "candelabrum", "jardinière", "bookcase", "bracket clock"],
           ["on turned legs", "with brass inlay", "circa 1880", "with original key", "the top with a moulded edge", "signed to the base", "46 cm high",
            "with later restoration"]),
    "de": (["Biedermeier", "Gründerzeit", "Jugendstil", "Barock", "Art déco", "Empire", "Historismus"],
           ["Nussbaum", "Eiche", "Messing", "Mahagoni", "Bronze vergoldet", "Kirschbaum", "Porzellan"],
           ["Kommode", "Standuhr", "Wandspiegel", "Tischuhr", "Schatulle", "Vitrine", "Leuchter", "Anrichte", "Nähtisch"],
           ["um 1850", "süddeutsch", "restauriert", "H. 62 cm", "mit Schlüssel", "norddeutsch", "Gebrauchsspuren"]),
}


def composed_lot(rng: random.Random, lang: str) -> str:
    style, material, thing, detail = (pick(rng, part) for part in LOT_PARTS[lang])
    if lang == "de":
        return f"{thing}, {style}, {material}, {detail}"
    return f"{style} {material} {thing}, {detail}"


PADDLE_NAMES = {"GB": (["Oliver", "Charlotte", "Harry", "Eleanor", "James", "Sophie", "Henry", "Alice"],
                       ["Whitfield", "Ashworth", "Pennington", "Hargreaves", "Carrington", "Fairbairn", "Ellison", "Marlow"]),
                "US": (["Michael", "Jennifer", "Robert", "Susan", "David", "Karen", "Thomas", "Linda"],
                       ["Caldwell", "Whitaker", "Donnelly", "Hendricks", "Sorensen", "Bradshaw", "Lindqvist", "Moreau"]),
                "DE": (["Thomas", "Sabine", "Michael", "Andrea", "Stefan", "Claudia", "Matthias", "Petra"],
                       ["Hoffmann", "Schröder", "Neumann", "Zimmermann", "Krüger", "Lehmann", "Hartmann", "Brandt"])}


# --------------------------------------------------------------------------------------------------
# Tax-free shopping

SHOP_BRANDS = {"FR": ["Maison Clémence", "Parfumerie du Faubourg", "Atelier Saint-Honoré", "Galerie Vendôme Maroquinerie", "Lumière de Paris"],
               "IT": ["Pelletteria Fiorentina", "Boutique Brera", "Oreficeria Ponte Vecchio", "Sartoria Montenapoleone", "Occhialeria Veneta"],
               "ES": ["Joyería Serrano", "Marroquinería Goya", "Perfumería Gran Vía", "Zapatería del Born", "Cerámica de Triana"]}
TRAVELLERS = [("SMITH", "JOHN ROBERT", "US"), ("WANG", "LI NA", "CN"), ("TANAKA", "YUKI", "JP"), ("AL-HARBI", "FAISAL", "SA"),
              ("OKAFOR", "CHIOMA", "NG"), ("MARTINS", "ANA PAULA", "BR"), ("KIM", "MIN-JI", "KR"), ("JOHNSON", "EMILY", "GB"),
              ("MUELLER", "LUKAS", "CH"), ("NGUYEN", "THI HOA", "AU"), ("SINGH", "ARJUN", "CA"), ("PETROVA", "ELENA", "RS")]


def passport(rng: random.Random, cc: str) -> str:
    return {"US": lambda: digits(rng, 9), "CN": lambda: "E" + digits(rng, 8), "JP": lambda: "T" + pick(rng, "KRZ") + digits(rng, 7),
            "GB": lambda: digits(rng, 9), "CH": lambda: "X" + digits(rng, 7), "KR": lambda: "M" + digits(rng, 8)}.get(
        cc, lambda: "".join(rng.choice(string.ascii_uppercase) for _ in range(2)) + digits(rng, 7))()


def tax_free_form_no(rng: random.Random) -> str:
    return f"{pick(rng, ['250', '380', '724'])}{digits(rng, 16)}"


# --------------------------------------------------------------------------------------------------
# Cambodia

KH_WORDS = (["Angkor", "Mekong", "Tonle Sap", "Phnom Penh", "Siem Reap", "Bayon", "Kampot", "Sihanoukville", "Battambang", "Apsara"],
            ["Trading", "Logistics", "Tech Solutions", "Construction", "Import Export", "Hospitality", "Engineering", "Printing"],
            ["Co., Ltd.", "Co., Ltd.", "(Cambodia) Co., Ltd.", "Plc."])
KH_PLACES = [("Sangkat Tuol Tumpung II", "Khan Chamkarmon, Phnom Penh", "Street 271"), ("Sangkat Boeung Keng Kang I", "Khan Boeung Keng Kang, Phnom Penh", "Preah Norodom Blvd (41)"),
             ("Sangkat Tonle Bassac", "Khan Chamkarmon, Phnom Penh", "Street 310"), ("Sangkat Srah Chak", "Khan Daun Penh, Phnom Penh", "Preah Monivong Blvd (93)"),
             ("Sangkat Svay Dangkum", "Krong Siem Reap, Siem Reap Province", "Sivatha Blvd"), ("Sangkat Muoy", "Krong Preah Sihanouk, Preah Sihanouk Province", "Ekareach Street")]
KH_SHOPS = ["Lotus Garden Restaurant", "Mekong Riverside Cafe", "Khmer Kitchen", "Sok Sabay Bistro", "Golden Rice House", "Kampot Pepper Grill"]


def kh_vattin(rng: random.Random) -> str:
    return f"{pick(rng, ['K001', 'L001', 'B104', 'E106', 'K009'])}-{pick(rng, ['9', '1'])}{digits(rng, 8)}"


def kh_party(rng: random.Random, name: str | None = None) -> Party:
    a, b, c = KH_WORDS
    sangkat, khan, street = pick(rng, KH_PLACES)
    p = Party(name=name or f"{pick(rng, a)} {pick(rng, b)} {pick(rng, c)}",
              address=[f"No. {rng.randrange(1, 400)}{pick(rng, ['', '', 'A', 'B', 'Eo'])}, {street}", f"{sangkat}, {khan}"], country="KH",
              tax_id=kh_vattin(rng), phone=f"+855 {pick(rng, ['12', '17', '23', '77', '89'])} {digits(rng, 3)} {digits(rng, 3)}")
    return p
