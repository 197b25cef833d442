"""Parties and identifiers for the twenty-sixth set: Czech and Slovak payers' banks, invoice numbers and the variable symbol;
Hungarian GIRO account numbers (the 9-7-3-1 check digits), banks and invoice numbers; Romanian banks, invoice series and amounts
in Romanian words (as the ORDIN DE PLATĂ prints them); Puerto Rican merchants (the IVU merchant registration number) and their
addresses; Bahamian (TIN) and Belizean (TIN) companies and P.O. boxes; Welsh businesses and public bodies, Welsh months;
funeral directors, their clients and the deceased; dry cleaners and commercial laundries. Written without reading the engine."""

from __future__ import annotations

import random
import string
from datetime import date
from decimal import Decimal

from corpus.holdout.fakes import Party, domain, uk_vat
from corpus.holdout.fakes_fifteenth import iban_for

D9 = string.digits
UPPER = string.ascii_uppercase


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D9) for _ in range(n))


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


# --------------------------------------------------------------------------------------------------
# Czechia and Slovakia: invoice numbers, the variable symbol, Slovak banks

SK_BANKS = {"0200": ("Všeobecná úverová banka, a.s.", "SUBASKBX"), "0900": ("Slovenská sporiteľňa, a.s.", "GIBASKBX"),
            "1100": ("Tatra banka, a.s.", "TATRSKBX"), "7500": ("Československá obchodná banka, a.s.", "CEKOSKBX"),
            "5600": ("Prima banka Slovensko, a.s.", "KOMASK2X"), "8330": ("Fio banka, a.s., pobočka zahraničnej banky", "FIOZSKBA")}


def sk_bank_of(iban: str) -> tuple[str, str]:
    """The bank and BIC behind a Slovak IBAN (its bank code is the BBAN's first four digits)."""
    return SK_BANKS[iban.replace(" ", "")[4:8]]


def cz_sk_numbering(rng: random.Random):
    """One supplier's numbering: a function (issue date, credit note?) -> the next invoice or credit-note number in its style
    (`2024000123`, `24000123`, `FV24-0123`, `24FV00123`, `FA20240123`, `123/2024`; credit notes `2024900012`, `DOB240012`, `OD-2024-012`)."""
    style, credit_style = rng.randrange(6), rng.randrange(3)
    state = {"n": rng.randrange(1, 3000), "c": rng.randrange(1, 200)}

    def number(when: date, credit: bool = False) -> str:
        y = when.year
        if credit:
            state["c"] += rng.randrange(1, 6)
            c = state["c"]
            return [f"{y}9{c:05d}", f"DOB{y % 100}{c:04d}", f"OD-{y}-{c:03d}"][credit_style]
        state["n"] += rng.randrange(1, 40)
        k = state["n"]
        return [f"{y}{k:06d}", f"{y % 100}{k:06d}", f"FV{y % 100}-{k:04d}", f"{y % 100}FV{k:05d}", f"FA{y}{k:04d}", f"{k}/{y}"][style]

    return number


def variable_symbol(invoice: str) -> str:
    """The variabilní / variabilný symbol a payer quotes for an invoice: its digits, ten at most (the last ten)."""
    only = "".join(ch for ch in invoice if ch.isdigit()).lstrip("0") or "0"
    return only[-10:]


# --------------------------------------------------------------------------------------------------
# Hungary: GIRO account numbers, banks, invoice numbers

HU_BANKS = [("Pannon Kereskedelmi Bank Zrt.", "117"), ("Dunántúli Takarékbank Zrt.", "104"), ("Alföldi Hitelbank Zrt.", "116"),
            ("Budai Kereskedelmi Bank Zrt.", "120"), ("Tisza Takarék Bank Zrt.", "109"), ("Mátra Bank Nyrt.", "107")]


def _giro_block(body: str) -> str:
    """`body` (7 or 15 digits) with its check digit: the digits weighted 9, 7, 3, 1, ... add up to a multiple of ten."""
    weights = [9, 7, 3, 1] * 4
    total = sum(int(d) * w for d, w in zip(body, weights, strict=False))
    return body + str((10 - total % 10) % 10)


def hu_giro(rng: random.Random, bank: str, *, long: bool | None = None) -> str:
    """A Hungarian account number `11773016-12345678` or `11773016-12345678-00000000` (both check digits valid)."""
    first = _giro_block(bank + digits(rng, 4))
    long = rng.random() < 0.45 if long is None else long
    if long:
        rest = _giro_block(digits(rng, 8) + digits(rng, 7) if rng.random() < 0.5 else digits(rng, 8) + "0000000")
        return f"{first}-{rest[:8]}-{rest[8:]}"
    return f"{first}-{_giro_block(digits(rng, 7))}"


def hu_giro_valid(printed: str) -> bool:
    parts = printed.split("-")
    if len(parts) not in (2, 3) or any(len(p) != 8 or not p.isdigit() for p in parts):
        return False
    tail = "".join(parts[1:])
    return _giro_block(parts[0][:7]) == parts[0] and _giro_block(tail[:-1]) == tail


def hu_iban(giro: str) -> str:
    raw = giro.replace("-", "")
    return iban_for("HU", raw.ljust(24, "0"))


def hu_numbering(rng: random.Random, prefix: str):
    """One supplier's numbering: a function (issue date, correction?) -> the next number in its style (`SZ-2024/00123`,
    `2024-000123`, `DUNA-2024-123`, `KSZ24/0123`, `E-DUNA-2024-123`; corrections `HSZ-2024/0012`, `DUNA-J-2024-012`)."""
    style, credit_style = rng.randrange(5), rng.randrange(2)
    state = {"n": rng.randrange(1, 3000), "c": rng.randrange(1, 120)}

    def number(when: date, credit: bool = False) -> str:
        y = when.year
        if credit:
            state["c"] += rng.randrange(1, 5)
            c = state["c"]
            return [f"HSZ-{y}/{c:04d}", f"{prefix}-J-{y}-{c:03d}"][credit_style]
        state["n"] += rng.randrange(1, 30)
        k = state["n"]
        return [f"SZ-{y}/{k:05d}", f"{y}-{k:06d}", f"{prefix}-{y}-{k}", f"KSZ{y % 100}/{k:04d}", f"E-{prefix}-{y}-{k:03d}"][style]

    return number


# --------------------------------------------------------------------------------------------------
# Romania: invoice series, the amount in words

RO_SERIES = ["DCT", "FCT", "SRV", "CJ", "BV", "TMS", "IAS", "CTA", "PRD", "AGR", "CRP", "DLT"]


def ro_numbering(rng: random.Random, series: str):
    """One supplier's numbering: a function (issue date, storno?) -> the next number in its style (`DCT 01234`, `DCT0123`,
    `DCT-2024-0123`, `DCT 240123`; storno invoices `DCTS 0012`, `STORNO-DCT-12`)."""
    style, credit_style = rng.randrange(4), rng.randrange(2)
    state = {"n": rng.randrange(1, 6000), "c": rng.randrange(1, 150)}

    def number(when: date, credit: bool = False) -> str:
        y = when.year
        if credit:
            state["c"] += rng.randrange(1, 5)
            c = state["c"]
            return [f"{series}S {c:04d}", f"STORNO-{series}-{c}"][credit_style]
        state["n"] += rng.randrange(1, 30)
        k = state["n"]
        return [f"{series} {k:05d}", f"{series}{k:04d}", f"{series}-{y}-{k:04d}", f"{series} {y % 100}{k:04d}"][style]

    return number


_RO_ONES_M = ["", "unu", "doi", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă"]
_RO_ONES_F = ["", "una", "două", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă"]
_RO_TEENS = ["zece", "unsprezece", "doisprezece", "treisprezece", "paisprezece", "cincisprezece", "șaisprezece", "șaptesprezece",
             "optsprezece", "nouăsprezece"]
_RO_TENS = ["", "", "douăzeci", "treizeci", "patruzeci", "cincizeci", "șaizeci", "șaptezeci", "optzeci", "nouăzeci"]


def _ro_below_1000(n: int, feminine: bool) -> str:
    """1-999 as counted: `feminine` for thousands (mii) and the fem. forms of 2 and 12 (două, douăsprezece)."""
    parts = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append("o sută" if hundreds == 1 else f"{_RO_ONES_F[hundreds]} sute")
    if 10 <= rest < 20:
        teen = _RO_TEENS[rest - 10]
        parts.append("douăsprezece" if feminine and rest == 12 else teen)
    elif rest >= 20:
        tens, ones = divmod(rest, 10)
        parts.append(_RO_TENS[tens] + (f" și {(_RO_ONES_F if feminine else _RO_ONES_M)[ones]}" if ones else ""))
    elif rest:
        parts.append((_RO_ONES_F if feminine else _RO_ONES_M)[rest])
    return " ".join(parts)


def _ro_with_de(n: int, words: str, noun: str) -> str:
    """`douăzeci de mii`, `cinci mii`: counted nouns take `de` after 20 and above unless the last two digits are 1-19."""
    return f"{words} de {noun}" if n % 100 == 0 or n % 100 >= 20 else f"{words} {noun}"


def words_ro(value: Decimal) -> str:
    """A lei amount in words, as an ORDIN DE PLATĂ's `Suma în litere` prints it: `două mii trei sute patruzeci și cinci lei și
    67 bani`, `un leu`, `douăzeci și unu de lei`, `o mie de lei`."""
    lei = int(value)
    bani = int((Decimal(value) - lei) * 100)
    parts = []
    millions, rest = divmod(lei, 10**6)
    thousands, units = divmod(rest, 1000)
    if millions:
        parts.append("un milion" if millions == 1 else _ro_with_de(millions, _ro_below_1000(millions, True), "milioane"))
    if thousands:
        parts.append("o mie" if thousands == 1 else _ro_with_de(thousands, _ro_below_1000(thousands, True), "mii"))
    if units == 1 and not parts:
        text = "un leu"
    else:
        if units:
            parts.append(_ro_below_1000(units, False))
        text = " ".join(parts) if parts else "zero"
        last = units if units else (thousands * 1000 if thousands else millions * 10**6)
        text = _ro_with_de(last, text, "lei") if lei else "zero lei"
    return text + (f" și {bani:02d} bani" if bani else "")


# --------------------------------------------------------------------------------------------------
# Puerto Rico

PR_PLACES = [(["{n} Calle Loíza", "San Juan, PR 00911"], "San Juan"), (["Ave. Ponce de León {n}, Suite {s}", "San Juan, PR 00907"], "San Juan"),
             (["Carr. 2 Km {km}", "Bayamón, PR 00961"], "Bayamón"), (["Urb. Industrial Tres Monjitas", "Calle Sur {n}", "Hato Rey, PR 00918"], "San Juan"),
             (["Carr. 3 Km {km}, Bo. Martín González", "Carolina, PR 00987"], "Carolina"), (["{n} Calle Méndez Vigo", "Mayagüez, PR 00680"], "Mayagüez"),
             (["Ave. Las Américas {n}", "Ponce, PR 00717"], "Ponce"), (["PO Box {b}", "Caguas, PR 00726"], "Caguas"),
             (["Parque Industrial Luchetti, Lote {n}", "Bayamón, PR 00961"], "Bayamón"), (["Calle Comercio {n}", "Aguadilla, PR 00603"], "Aguadilla"),
             (["{n} Ave. Roberto Clemente", "Carolina, PR 00985"], "Carolina"), (["Carr. 1 Km {km}", "Caguas, PR 00725"], "Caguas")]
PR_WORDS = (["Borinquen", "El Yunque", "Caribe", "Isla Verde", "Boricua", "Del Morro", "Flamboyán", "Coquí", "Ceiba", "Taíno", "Vieques", "Cordillera"],
            ["Ferretería", "Distribuidora", "Suministros", "Servicios Técnicos", "Refrigeración", "Imprenta", "Equipos Médicos", "Materiales de Construcción",
             "Office Supply", "Electric"],
            ["Inc.", "Corp.", "LLC", "Inc."])


def pr_registro(rng: random.Random) -> str:
    """A merchant's registration number (Registro de Comerciante) as printed: seven digits and the four-digit location, `1234567-0011`."""
    return f"{rng.randrange(1000000, 9999999)}-{pick(rng, ['0001', '0001', '0011', '0002', '0021'])}"


def pr_party(rng: random.Random) -> Party:
    place, trade, form = (pick(rng, part) for part in PR_WORDS)
    english = trade in ("Office Supply", "Electric")
    name = f"{trade} {place} {form}" if not english and rng.random() < 0.7 else f"{place} {trade} {form}"
    lines, town = pick(rng, PR_PLACES)
    addr = [x.format(n=rng.randrange(10, 2400), s=rng.randrange(100, 900), km=f"{rng.randrange(1, 40)}.{rng.randrange(10)}", b=rng.randrange(1000, 99999))
            for x in lines]
    party = Party(name=name, address=addr, country="PR", tax_id=pr_registro(rng), phone=f"({pick(rng, ['787', '939'])}) {rng.randrange(200, 999)}-{digits(rng, 4)}")
    party.extra = {"town": town, "patente": f"{rng.randrange(2010, 2024)}-{rng.randrange(10000, 99999)}"}
    party.email = f"{pick(rng, ['ventas', 'facturacion', 'info', 'cuentas'])}@{domain(place.replace('í', 'i').replace('á', 'a'))}"
    return party


# --------------------------------------------------------------------------------------------------
# The Bahamas, Belize

BS_PLACES = [["{n} Bay Street", "P.O. Box N-{b}", "Nassau, N.P."], ["East Shirley Street", "P.O. Box SS-{b}", "Nassau, The Bahamas"],
             ["Harbour Bay Plaza, Unit {u}", "Nassau, N.P."], ["{n} Mackey Street", "P.O. Box N-{b}", "Nassau"], ["Gladstone Road Industrial Park", "P.O. Box CB-{b}", "Nassau"],
             ["Queen's Highway", "Freeport, Grand Bahama", "P.O. Box F-4{b}"], ["Milton Street, Unit {u}", "Freeport, Grand Bahama"],
             ["Don MacKay Boulevard", "Marsh Harbour, Abaco"], ["Queen's Highway", "George Town, Exuma"], ["Wulff Road, Unit {u}", "Nassau, N.P."]]
BS_WORDS = (["Lucayan", "Paradise", "Abaco", "Exuma", "Andros", "Nassau", "Conch", "Coral Harbour", "Eleuthera", "Inagua", "Bimini", "Long Island"],
            ["Hardware", "Office Supplies", "Marine Services", "Building Supplies", "Electrical Contractors", "Food Distributors", "Auto Parts",
             "Printing", "Air Conditioning", "Security Services"],
            ["Ltd.", "Co. Ltd.", "Limited", "Ltd."])
BZ_PLACES = [["{n} Regent Street", "Belize City"], ["Mile {m} George Price Highway", "Belize District"], ["{n} Constitution Drive", "Belmopan, Cayo District"],
             ["{n} Burns Avenue", "San Ignacio Town, Cayo District"], ["{n} Queen Victoria Avenue", "Orange Walk Town"], ["Barrier Reef Drive", "San Pedro Town, Ambergris Caye"],
             ["{n} Commerce Street", "Dangriga Town, Stann Creek"], ["{n} Freetown Road", "Belize City"], ["{n} Front Street", "Punta Gorda Town, Toledo"]]
BZ_WORDS = (["Maya Mountain", "Cayo", "Barrier Reef", "Jaguar", "Belize River", "Toucan", "Hummingbird", "Corozal", "Sittee", "Mopan", "Caracol"],
            ["Hardware", "Agro Supplies", "Marine Co.", "Office Supplies", "Building Materials", "Distributors", "Engineering", "Printers", "Auto Parts"],
            ["Ltd.", "Limited", "Ltd."])


def bs_tin(rng: random.Random) -> str:
    """A Bahamian Taxpayer Identification Number (nine digits; VAT registrants print it as their VAT number)."""
    return "1" + digits(rng, 8)


def bz_tin(rng: random.Random) -> str:
    """A Belizean TIN as GST registrants print it (six digits)."""
    return f"{rng.randrange(1, 99999):06d}"


def islands_party(rng: random.Random, country: str) -> Party:
    words, places = (BS_WORDS, BS_PLACES) if country == "BS" else (BZ_WORDS, BZ_PLACES)
    place, trade, form = (pick(rng, part) for part in words)
    name = f"{place} {trade} {form}".replace("Co. Co.", "Co.")
    addr = [x.format(n=rng.randrange(1, 140), b=rng.randrange(1000, 9999), u=rng.randrange(1, 30), m=f"{rng.randrange(2, 9)}.{rng.randrange(10)}")
            for x in pick(rng, places)]
    if country == "BS":
        party = Party(name=name, address=addr, country="BS", tax_id=bs_tin(rng), phone=f"(242) {pick(rng, ['322', '325', '356', '393', '352', '367'])}-{digits(rng, 4)}")
        party.extra = {"licence": f"BL{rng.randrange(100000, 999999)}"}
    else:
        party = Party(name=name, address=addr, country="BZ", tax_id=bz_tin(rng), phone=f"+501 {pick(rng, ['2', '8', '6'])}{digits(rng, 2)}-{digits(rng, 4)}")
        party.extra = {"licence": f"TL-{rng.randrange(1000, 99999)}"}
    party.email = f"{pick(rng, ['accounts', 'sales', 'info', 'billing'])}@{domain(place)}"
    return party


# --------------------------------------------------------------------------------------------------
# Wales

CY_MONTHS = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"]
CY_PLACES = [("Caerdydd", "Cardiff", "CF10"), ("Caerdydd", "Cardiff", "CF24"), ("Abertawe", "Swansea", "SA1"), ("Aberystwyth", "Aberystwyth", "SY23"),
             ("Bangor", "Bangor", "LL57"), ("Caernarfon", "Caernarfon", "LL55"), ("Caerfyrddin", "Carmarthen", "SA31"), ("Llanelli", "Llanelli", "SA15"),
             ("Y Bala", "Bala", "LL23"), ("Porthmadog", "Porthmadog", "LL49"), ("Dinbych", "Denbigh", "LL16"), ("Aberteifi", "Cardigan", "SA43"),
             ("Llangefni", "Llangefni", "LL77"), ("Pwllheli", "Pwllheli", "LL53")]
CY_STREETS = ["Stryd Fawr", "Ffordd y Coleg", "Heol y Frenhines", "Stryd y Bont", "Ffordd Caergybi", "Heol Awst", "Stryd y Castell", "Lôn Las",
              "Ffordd Penrhos", "Stryd yr Eglwys", "Parc Menai", "Heol y Wig"]
CY_WORDS = (["Menai", "Eryri", "Tegid", "Tawe", "Teifi", "Ogwen", "Dyfi", "Cadair", "Conwy", "Llŷn", "Preseli", "Elan"],
            ["Argraffwyr", "Adeiladwyr", "Gwasg", "Cynnal a Chadw", "Trydanwyr", "Dylunio", "Sain a Golau", "Arlwyo", "Garej", "Saer Coed"],
            ["Cyf.", "Cyf.", "Cyfyngedig", "Cyf."])
CY_BODIES = ["Ysgol Gynradd {w}", "Ysgol Uwchradd {w}", "Canolfan Gelfyddydau {w}", "Menter Iaith {w}", "Cyngor Tref {t}", "Cymdeithas Dai {w}",
             "Clwb Rygbi {t}", "Eisteddfod {w}", "Theatr {w}", "Capel {w}"]


def cy_long_date(d: date) -> str:
    """`15 Mawrth 2024`."""
    return f"{d.day} {CY_MONTHS[d.month - 1]} {d.year}"


def cy_address(rng: random.Random, *, welsh: bool = True) -> list[str]:
    cy, en, area = pick(rng, CY_PLACES)
    town = cy if welsh else en
    post = f"{area} {rng.randrange(1, 9)}{pick(rng, 'ABDEFGHJLNPQRSTUWXYZ')}{pick(rng, 'ABDEFGHJLNPQRSTUWXYZ')}"
    lines = [f"{rng.randrange(1, 140)} {pick(rng, CY_STREETS)}", town, post]
    if rng.random() < 0.3:
        lines.insert(0, f"Uned {rng.randrange(1, 24)}, {pick(rng, ['Parc Busnes', 'Ystad Ddiwydiannol', 'Parc Gwyddoniaeth'])} {pick(rng, CY_WORDS[0])}")
    return lines


def cy_party(rng: random.Random) -> Party:
    place, trade, form = (pick(rng, part) for part in CY_WORDS)
    name = f"{trade} {place} {form}"
    party = Party(name=name, address=cy_address(rng), country="GB", tax_id=uk_vat(rng), phone=f"01{rng.randrange(200, 999)} {rng.randrange(100000, 999999)}")
    party.extra = {"company_no": f"{rng.randrange(10**7, 10**8 - 1):08d}" if rng.random() < 0.5 else f"0{rng.randrange(10**6, 10**7)}"}
    party.email = f"{pick(rng, ['cyfrifon', 'post', 'ymholiadau', 'swyddfa'])}@{domain(place.replace('ŷ', 'y'))}"
    return party


def cy_body(rng: random.Random) -> Party:
    cy, _en, _area = pick(rng, CY_PLACES)
    name = pick(rng, CY_BODIES).format(w=pick(rng, ["Bro " + pick(rng, CY_WORDS[0]), "y " + pick(rng, ["Garth", "Berllan", "Graig", "Gelli", "Wern"]), pick(rng, CY_WORDS[0])]),
                                      t=cy)
    return Party(name=name, address=cy_address(rng), country="GB")


# --------------------------------------------------------------------------------------------------
# Funeral directors

FD_SURNAMES = {"GB": ["Hargreaves", "Pemberton", "Whitfield", "Ashworth", "Fairbrother", "Kettering", "Oakley", "Radcliffe", "Thornton", "Beaumont"],
               "US": ["Kowalczyk", "McAllister", "Delgado", "Hennessey", "Brandt", "Whitaker", "Lindqvist", "Okafor", "Riordan", "Castellano"],
               "AU": ["Blackwood", "Pendergast", "McKinnon", "Ashby", "Tregear", "Van Dyke", "Sutcliffe", "Hollis", "Carmody", "Fitzroy"]}
FD_FORMS = {"GB": ["{s} & Sons Ltd", "{s} Funeral Directors Ltd", "{s} Family Funeral Service Ltd", "A. {s} & Son Ltd"],
            "US": ["{s} Funeral Home, Inc.", "{s}-{t} Funeral Home", "{s} Memorial Chapel, LLC", "{s} & Sons Funeral Service"],
            "AU": ["{s} Funerals Pty Ltd", "{s} Family Funerals Pty Ltd", "{s} & {t} Funerals Pty Ltd"]}
GIVEN = {"GB": (["Arthur", "Margaret", "Dennis", "Joan", "Kenneth", "Sheila", "Bernard", "Doreen", "Ronald", "Pauline"],
                ["Susan", "Mark", "Julie", "Andrew", "Karen", "David", "Helen", "Paul"]),
         "US": (["Harold", "Dorothy", "Eugene", "Loretta", "Walter", "Evelyn", "Raymond", "Beverly", "Frank", "Marilyn"],
                ["Linda", "Michael", "Debra", "Steven", "Patricia", "Gary", "Cynthia", "Brian"]),
         "AU": (["Keith", "Beryl", "Graham", "Noreen", "Trevor", "Valerie", "Colin", "Marjorie", "Neville", "Glenys"],
                ["Kylie", "Darren", "Michelle", "Craig", "Leanne", "Shane", "Tracey", "Brett"])}
FAMILY_NAMES = {"GB": ["Clarke", "Holloway", "Barker", "Simmonds", "Pritchard", "Wainwright", "Hughes", "Fletcher"],
                "US": ["Novak", "Sullivan", "Ramirez", "Jensen", "Patterson", "Moreau", "Washington", "Dombrowski"],
                "AU": ["Nguyen", "O'Brien", "Papadopoulos", "Mitchell", "Kelly", "Russo", "Campbell", "Walsh"]}


def funeral_director_name(rng: random.Random, country: str) -> str:
    s, t = rng.sample(FD_SURNAMES[country], 2)
    return pick(rng, FD_FORMS[country]).format(s=s, t=t)


def deceased_and_client(rng: random.Random, country: str) -> tuple[str, str, bool, bool]:
    """(the deceased, the client who arranged the funeral, whether each is a woman): the same family name, as a rule (the
    elder given names alternate man, woman; the younger woman, man)."""
    elder, younger = GIVEN[country]
    family = pick(rng, FAMILY_NAMES[country])
    client_family = family if rng.random() < 0.75 else pick(rng, FAMILY_NAMES[country])
    i, j = rng.randrange(len(elder)), rng.randrange(len(younger))
    return f"{elder[i]} {family}", f"{younger[j]} {client_family}", i % 2 == 1, j % 2 == 0


# --------------------------------------------------------------------------------------------------
# Dry cleaners and laundries

CLEANER_WORDS = {"GB": (["Kingsway", "Riverside", "Crown", "Parkside", "Regent", "Abbey", "Station Road", "Village", "Westgate", "Clifton"],
                        ["Dry Cleaners", "Dry Cleaning & Laundry", "Cleaners", "Valet Service"], ["Ltd", "Ltd", ""]),
                 "US": (["Bright Star", "Royal", "Main Street", "Park Avenue", "Sunshine", "Five Star", "Liberty", "Elm Street", "Golden Gate", "Oak Hill"],
                        ["Cleaners", "Dry Cleaners", "Cleaners & Tailors", "Laundry & Dry Cleaning"], ["Inc.", "LLC", ""])}
LINEN_WORDS = {"AU": (["Harbourside", "Southern Cross", "Bayside", "Coastal", "Metro", "Sunshine Coast", "Eastern Suburbs"],
                      ["Linen Service", "Commercial Laundry", "Linen & Laundry"], ["Pty Ltd"]),
               "GB": (["Pennine", "Solent", "Cotswold", "Thames Valley", "Northumbria", "Severn", "Chiltern"],
                      ["Linen Services", "Laundry Services", "Commercial Laundry"], ["Ltd", "Limited"])}
