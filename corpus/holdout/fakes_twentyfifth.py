"""Parties and identifiers for the twenty-fifth set: Polish banks, NRB account numbers and the split-payment (MPP) transfer
message; Turkish banks (TR IBAN), e-Fatura numbers and the VAT withholding (KDV tevkifatı) fractions; Greek banks (GR IBAN),
myDATA MARK numbers, Greek long dates and public bodies; Botswana (VAT number, CIPA UIN) and Namibian (VAT number, BIPA
registration) companies; Jamaican (TRN) and Guyanese (TIN) companies; Lebanese companies (financial number and VAT number,
commercial register) and the lira's counter-value rates; plant and equipment hire machines and depots; optical practices,
frame makers and prescriptions. Written without reading the engine."""

from __future__ import annotations

import random
import string
from datetime import date

from corpus.holdout.fakes import Party, domain
from corpus.holdout.fakes_fifteenth import iban_for

D9 = string.digits
UPPER = string.ascii_uppercase


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D9) for _ in range(n))


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def grouped(raw: str, size: int = 4) -> str:
    return " ".join(raw[i:i + size] for i in range(0, len(raw), size))


# --------------------------------------------------------------------------------------------------
# Poland: banks, NRB numbers, the split-payment message

# (bank, its 4-digit number inside the sort code, BIC)
PL_BANKS = [("Bank Wiślany S.A.", "1160", "WISLPLPW"), ("Bank Bałtycki S.A.", "1050", "BALTPLPW"), ("Mazowiecki Bank Spółdzielczy", "8001", "MAZOPLP1"),
            ("Bank Śląski Handlowy S.A.", "1020", "SLHAPLPK"), ("Bank Pomorski S.A.", "1240", "POMOPLPG"), ("Bank Wielkopolski Kredytowy S.A.", "1090", "WIKRPLPP")]


def pl_nrb(rng: random.Random, bank: str) -> str:
    """A Polish account number (NRB) as printed: the IBAN's 26 digits without `PL`, `12 1160 2202 0000 0001 2345 6789`."""
    bban = bank + digits(rng, 4) + digits(rng, 16)
    return grouped_nrb(iban_for("PL", bban).replace(" ", "")[2:])


def grouped_nrb(raw26: str) -> str:
    return raw26[:2] + " " + grouped(raw26[2:])


def nrb_valid(printed: str) -> bool:
    raw = printed.replace(" ", "")
    if len(raw) != 26 or not raw.isdigit():
        return False
    return int(raw[2:] + "2521" + raw[:2]) % 97 == 1   # P = 25, L = 21


def pl_amount(value) -> str:
    """`1234,56` as the split-payment message writes the VAT (no grouping, comma)."""
    return f"{value:.2f}".replace(".", ",")


def mpp_message(vat, nip: str, invoice: str, text: str) -> str:
    """The structured title of a split-payment transfer (komunikat przelewu w mechanizmie podzielonej płatności)."""
    return f"/VAT/{pl_amount(vat)}/IDC/{nip}/INV/{invoice}/TXT/{text}"


def pl_invoice_number(rng: random.Random, when: date) -> str:
    y, m = when.year, when.month
    return pick(rng, [f"FV/{rng.randrange(1, 999)}/{m:02d}/{y}", f"FV {rng.randrange(1, 3000)}/{y}", f"F/{y}/{m:02d}/{rng.randrange(1, 9999):04d}",
                      f"{rng.randrange(1, 999)}/{m:02d}/{y}", f"FS-{rng.randrange(1, 9999)}/{y % 100}", f"FA/{rng.randrange(1, 99999):05d}/{y % 100}"])


def pl_correction_number(rng: random.Random, when: date) -> str:
    return pick(rng, [f"FK/{rng.randrange(1, 99)}/{when.month:02d}/{when.year}", f"KOR/{rng.randrange(1, 400)}/{when.year}", f"FVK {rng.randrange(1, 200)}/{when.year}"])


# --------------------------------------------------------------------------------------------------
# Turkey: banks, TR IBAN, e-Fatura numbers, KDV tevkifatı

TR_BANKS = [("Boğaziçi Bankası A.Ş.", "00067", "BOGZTRIS"), ("Kapadokya Bankası T.A.Ş.", "00046", "KAPDTRIS"), ("Ege Ticaret Bankası A.Ş.", "00111", "EGTBTRIS"),
            ("Anadolu Kalkınma Bankası A.Ş.", "00012", "ANKBTRIS"), ("Marmara Katılım Bankası A.Ş.", "00206", "MRKTTRIS"), ("Toros Yatırım Bankası A.Ş.", "00064", "TRSYTRIS")]
# (service, the buyer's share of the VAT withheld, as the tevkifat code lists print it)
TR_TEVKIFAT = [("Temizlik hizmeti", 9), ("Özel güvenlik hizmeti", 9), ("Yemek servis hizmeti", 5), ("Makine, teçhizat bakım ve onarım", 7),
               ("Yapım işleri", 4), ("İşgücü temin hizmeti", 9), ("Yük taşımacılığı hizmeti", 2), ("Danışmanlık ve denetim hizmeti", 9)]


def tr_iban(rng: random.Random, bank_code: str) -> str:
    return iban_for("TR", bank_code + "0" + digits(rng, 16))


def tr_einvoice_number(rng: random.Random, year: int, prefix: str | None = None) -> str:
    """An e-Fatura / e-Arşiv number: a three-character series, the year and a nine-digit sequence (16 characters)."""
    series = prefix or "".join(pick(rng, UPPER.replace("Q", "").replace("W", "").replace("X", "")) for _ in range(3))
    return f"{series}{year}{rng.randrange(1, 99999):09d}"


def tr_kdv_rate(when: date) -> int:
    """The general KDV rate: 18 % until 9 July 2023, 20 % from 10 July 2023."""
    return 20 if when >= date(2023, 7, 10) else 18


# --------------------------------------------------------------------------------------------------
# Greece: banks, GR IBAN, MARK, long dates, public bodies

GR_BANKS = [("Τράπεζα Αιγαίου Α.Ε.", "011", "AIGAGRAA"), ("Τράπεζα Ολύμπου Α.Ε.", "017", "OLYMGRAA"), ("Ιόνιος Τράπεζα Α.Ε.", "026", "IONIGRAA"),
            ("Τράπεζα Μακεδονίας Α.Ε.", "014", "MAKEGRAA"), ("Συνεταιριστική Τράπεζα Χανίων", "069", "STXAGRA1")]
GR_MONTHS_GEN = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου",
                 "Νοεμβρίου", "Δεκεμβρίου"]
GR_PUBLIC = [("ΔΗΜΟΣ ΚΗΦΙΣΙΑΣ ΒΟΡΕΙΩΝ", ["Δημοτικό Κατάστημα, Λεωφ. Κηφισίας 211", "145 62 Κηφισιά"], "Κηφισιά"),
             ("ΔΗΜΟΣ ΠΑΡΑΛΙΑΣ ΘΕΡΜΑΪΚΟΥ", ["Πλατεία Δημαρχείου 1", "551 33 Καλαμαριά"], "Καλαμαριά"),
             ("ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΟΡΕΙΝΗΣ ΑΡΚΑΔΙΑΣ", ["Οδός Ευαγγελιστρίας 8", "221 00 Τρίπολη"], "Τρίπολη"),
             ("ΔΗΜΟΣ ΝΟΤΙΩΝ ΚΥΚΛΑΔΩΝ", ["Οδός Αγίου Νικολάου 4", "841 00 Ερμούπολη"], "Ερμούπολη"),
             ("ΠΑΝΕΠΙΣΤΗΜΙΟ ΔΥΤΙΚΗΣ ΑΧΑΪΑΣ", ["Κτίριο Διοίκησης, Πανεπιστημιούπολη", "265 04 Ρίο"], "Ρίο"),
             ("ΠΕΡΙΦΕΡΕΙΑΚΟ ΤΑΜΕΙΟ ΑΝΑΠΤΥΞΗΣ ΘΕΣΣΑΛΙΑΣ", ["Οδός Κύπρου 64", "412 22 Λάρισα"], "Λάρισα")]


def gr_long_date(d: date) -> str:
    """`15 Μαρτίου 2024` (the month in the genitive)."""
    return f"{d.day} {GR_MONTHS_GEN[d.month - 1]} {d.year}"


def gr_iban(rng: random.Random, bank_code: str) -> str:
    return iban_for("GR", bank_code + digits(rng, 4) + digits(rng, 16))


def gr_mark(rng: random.Random) -> str:
    """A myDATA MARK (the registration number the tax authority gives an invoice): fifteen digits starting 400."""
    return "400" + digits(rng, 12)


def gr_invoice_number(rng: random.Random, services: bool) -> str:
    if services:
        return pick(rng, [f"ΤΠΥ {rng.randrange(1, 900)}", f"ΤΠΥ-Α {rng.randrange(1, 2000)}", f"Α-{rng.randrange(1, 9999)}", f"ΤΙΜ {rng.randrange(1, 99999):05d}"])
    return pick(rng, [f"ΤΔΑ-Α {rng.randrange(1, 20000)}", f"ΤΔΑ {rng.randrange(1, 99999):06d}", f"ΤΠ-Β {rng.randrange(1, 9000)}", f"Α-{rng.randrange(1, 9999)}"])


# --------------------------------------------------------------------------------------------------
# Botswana, Namibia

BW_ADDRESSES = [["Plot {n}, Kgale Mews", "Gaborone"], ["Plot {n}, Broadhurst Industrial", "Private Bag {b}", "Gaborone"], ["Unit {u}, Plot {n}, Gaborone West Industrial", "Gaborone"],
                ["Plot {n}, Blue Jacket Street", "P O Box {b}", "Francistown"], ["Plot {n}, Mathangwane Road", "Maun"], ["Plot {n}, Main Mall", "P O Box {b}", "Lobatse"],
                ["Plot {n}, Fairgrounds Office Park", "Private Bag BR {b}", "Gaborone"], ["Plot {n}, Block 3 Industrial", "Gaborone"], ["Plot {n}, Nyangabgwe Road", "Francistown"]]
BW_WORDS = (["Kalahari", "Okavango", "Tswelelo", "Mokolodi", "Limpopo", "Chobe", "Kgale", "Tsodilo", "Serowe", "Pula", "Moremi", "Makgadikgadi"],
            ["Hardware", "Office Solutions", "Engineering", "Wholesalers", "Building Supplies", "Technologies", "Agri Supplies", "Electrical", "Logistics", "Catering"],
            ["(Pty) Ltd", "(Pty) Ltd", "(Proprietary) Limited", "(Pty) Ltd"])
NA_ADDRESSES = [["Erf {n}, Nelson Mandela Avenue", "Klein Windhoek", "Windhoek"], ["{n} Independence Avenue", "P O Box {b}", "Windhoek"],
                ["Erf {n}, Northern Industrial Area", "Windhoek"], ["{n} Sam Nujoma Avenue", "Walvis Bay"], ["Unit {u}, {n} Prosperita Street", "Prosperita, Windhoek"],
                ["Erf {n}, Tobias Hainyeko Street", "Swakopmund"], ["{n} Main Road", "P O Box {b}", "Oshakati"], ["Erf {n}, Hidipo Hamutenya Street", "Ongwediva"]]
NA_WORDS = (["Namib", "Etosha", "Kunene", "Brandberg", "Skeleton Coast", "Kavango", "Damara", "Swakop", "Erongo", "Otavi", "Kalahari Sands", "Omaruru"],
            ["Trading", "Hardware", "Engineering", "Office Supplies", "Construction", "Fishing Supplies", "Auto Parts", "Electrical", "Catering", "Logistics"],
            ["(Pty) Ltd", "CC", "(Pty) Ltd", "Investments CC"])


def bw_vat(rng: random.Random) -> str:
    """A Botswana VAT registration number `P03123456789`."""
    return "P03" + digits(rng, 9)


def na_vat(rng: random.Random) -> str:
    """A Namibian VAT registration number `1234567-015` (the taxpayer number with the VAT suffix)."""
    return f"{rng.randrange(1000000, 9999999)}-015"


def southern_party(rng: random.Random, country: str) -> Party:
    place, noun, form = (pick(rng, part) for part in (BW_WORDS if country == "BW" else NA_WORDS))
    name = f"{place} {noun} {form}"
    n, b, u = rng.randrange(1, 80000) if country == "BW" else rng.randrange(1, 9000), rng.randrange(100, 9999), rng.randrange(1, 30)
    addr = [line.format(n=n, b=b, u=u) for line in pick(rng, BW_ADDRESSES if country == "BW" else NA_ADDRESSES)]
    if rng.random() < 0.35:
        addr.append("Botswana" if country == "BW" else "Namibia")
    if country == "BW":
        party = Party(name=name, address=addr, country="BW", tax_id=bw_vat(rng), phone=f"+267 {pick(rng, ['31', '39', '24', '68'])}{digits(rng, 5)}")
        party.extra = {"reg": f"BW{rng.randrange(1, 10**4):05d}{digits(rng, 6)}"}
    else:
        party = Party(name=name, address=addr, country="NA", tax_id=na_vat(rng), phone=f"+264 61 {digits(rng, 3)} {digits(rng, 3)}")
        party.extra = {"reg": f"CC/{rng.randrange(2001, 2022)}/{rng.randrange(1, 9999):04d}" if form.endswith("CC") else f"{rng.randrange(1995, 2022)}/{rng.randrange(1, 2999):04d}"}
    party.email = f"{pick(rng, ['accounts', 'sales', 'info', 'debtors'])}@{domain(place)}"
    return party


# --------------------------------------------------------------------------------------------------
# Jamaica, Guyana

JM_ADDRESSES = [["{n} Spanish Town Road", "Kingston 11"], ["Unit {u}, {n} Constant Spring Road", "Kingston 10"], ["{n} Hope Road", "Kingston 6"],
                ["Shop {u}, Half Way Tree Plaza", "Kingston 10"], ["{n} Marcus Garvey Drive", "Kingston 15"], ["Lot {n}, Bogue Industrial Estate", "Montego Bay, St. James"],
                ["{n} Main Street", "Mandeville, Manchester"], ["{n} Old Hope Road", "Kingston 5"], ["Lot {n}, Twickenham Park", "Spanish Town, St. Catherine"]]
JM_WORDS = (["Blue Mountain", "Caribbean", "Yardie", "Liguanea", "Montego", "Cockpit", "Portland", "Rio Cobre", "Negril", "Port Royal", "Dunn's River", "Lignum"],
            ["Hardware", "Distributors", "Engineering", "Office Supplies", "Building Supplies", "Auto Parts", "Electrical", "Printers", "Agro Supplies", "Pharmaceuticals"],
            ["Limited", "Ltd.", "Company Limited", "Limited"])
GY_ADDRESSES = [["Lot {n} Regent Street", "Lacytown, Georgetown"], ["Lot {n} Water Street", "Robbstown, Georgetown"], ["{n} Sheriff Street", "Campbellville, Georgetown"],
                ["Lot {n} Public Road", "Providence, East Bank Demerara"], ["Lot {n} Strand", "New Amsterdam, Berbice"], ["{n} Republic Avenue", "Mackenzie, Linden"],
                ["Lot {n} Industrial Site", "Ruimveldt, Georgetown"], ["Lot {n} Public Road", "Vreed-en-Hoop, West Coast Demerara"]]
GY_WORDS = (["Demerara", "Essequibo", "Berbice", "Kaieteur", "Rupununi", "Mahaica", "Pomeroon", "Stabroek", "Enmore", "Corentyne"],
            ["Trading", "Hardware Store", "Engineering Services", "Distributors", "Building Materials", "Auto Spares", "Office Equipment", "Marine Supplies"],
            ["Inc.", "Limited", "Enterprise", "Ltd."])


def jm_trn(rng: random.Random) -> str:
    """A Jamaican Taxpayer Registration Number `000-123-456` (companies' numbers start 0 or 1)."""
    raw = pick(rng, ["0", "0", "1"]) + digits(rng, 8)
    return f"{raw[:3]}-{raw[3:6]}-{raw[6:]}"


def gy_tin(rng: random.Random) -> str:
    return "01" + digits(rng, 7)


def caribbean_party(rng: random.Random, country: str) -> Party:
    place, noun, form = (pick(rng, part) for part in (JM_WORDS if country == "JM" else GY_WORDS))
    name = f"{place} {noun} {form}"
    addr = [line.format(n=rng.randrange(1, 300), u=rng.randrange(1, 40)) for line in pick(rng, JM_ADDRESSES if country == "JM" else GY_ADDRESSES)]
    if rng.random() < 0.3:
        addr.append("Jamaica, W.I." if country == "JM" else "Guyana")
    if country == "JM":
        party = Party(name=name, address=addr, country="JM", tax_id=jm_trn(rng), phone=f"(876) {rng.randrange(900, 999)}-{digits(rng, 4)}")
    else:
        party = Party(name=name, address=addr, country="GY", tax_id=gy_tin(rng), phone=f"(592) {rng.randrange(220, 699)}-{digits(rng, 4)}")
    party.email = f"{pick(rng, ['accounts', 'sales', 'info'])}@{domain(place)}"
    return party


# --------------------------------------------------------------------------------------------------
# Lebanon

LB_PLACES = [(["Immeuble {b}, {f} étage", "Rue Monot, Achrafieh", "Beyrouth"], "Beyrouth"), (["Immeuble {b}", "Avenue Charles Malek, Saint-Nicolas", "Beyrouth"], "Beyrouth"),
             (["Rue Hamra, Immeuble {b}", "Ras Beyrouth", "Beyrouth"], "Beyrouth"), (["Autostrade Jal el Dib, Immeuble {b}", "Metn"], "Metn"),
             (["Zone industrielle, Rue {n}", "Mkalles, Metn"], "Metn"), (["Rue Principale, Immeuble {b}", "Jounieh, Kesrouan"], "Kesrouan"),
             (["Boulevard Fouad Chehab, Immeuble {b}", "Sin el Fil"], "Baabda"), (["Rue Riad el Solh, Immeuble {b}", "Saïda"], "Saïda"),
             (["Avenue Brazil, Immeuble {b}", "Zahlé, Békaa"], "Zahlé"), (["Rue Tall, Immeuble {b}", "Tripoli"], "Tripoli"),
             (["Dbayeh Highway, {b} Center", "Dbayeh, Metn"], "Metn")]
LB_WORDS = (["Cèdre", "Phénicie", "Byblos", "Sannine", "Litani", "Qadisha", "Baalbek", "Levant", "Tyr", "Bekaa", "Mont-Liban", "Jeita"],
            ["Trading", "Informatique", "Équipements Médicaux", "Industries", "Imprimerie", "Engineering", "Distribution", "Pharma", "Logistics", "Bureautique"],
            ["S.A.L.", "S.A.R.L.", "S.A.L.", "Sarl"])
LB_BUILDINGS = ["Azar", "Khoury", "Haddad", "Nassar", "Karam", "Saadé", "Fattal", "Tabet", "Gemayel", "Sursock"]


def lb_financial_number(rng: random.Random) -> str:
    return str(rng.randrange(100000, 3999999))


def lb_party(rng: random.Random) -> Party:
    place, noun, form = (pick(rng, part) for part in LB_WORDS)
    name = f"{noun} {place} {form}" if rng.random() < 0.5 else f"{place} {noun} {form}"
    lines, region = pick(rng, LB_PLACES)
    floor = pick(rng, ["1er", "2e", "3e", "4e", "RDC"])
    addr = [line.format(b=pick(rng, LB_BUILDINGS), f=floor, n=rng.randrange(1, 90)) for line in lines]
    if rng.random() < 0.4:
        addr.append("Liban")
    fin = lb_financial_number(rng)
    party = Party(name=name, address=addr, country="LB", tax_id=f"{fin}-601", phone=f"+961 {pick(rng, ['1', '4', '9', '7', '3'])} {digits(rng, 3)} {digits(rng, 3)}")
    party.extra = {"rc": f"{pick(rng, ['Beyrouth', 'Baabda', 'Metn', 'Jounieh', 'Tripoli', 'Saïda', 'Zahlé'])} {rng.randrange(1000, 2099999)}", "fin": fin, "region": region}
    party.email = f"{pick(rng, ['comptabilite', 'accounts', 'info', 'sales'])}@{domain(place.replace('è', 'e').replace('é', 'e'))}".replace(".example", ".lb.example")
    return party


def lbp_rate(when: date) -> int:
    """The lira per dollar a VAT counter-value was computed at: Sayrafa in early 2023, 89,500 from the summer of 2023."""
    if when < date(2023, 2, 1):
        return 38000
    if when < date(2023, 3, 1):
        return 45400
    if when < date(2023, 6, 1):
        return 86200
    return 89500


# --------------------------------------------------------------------------------------------------
# Plant and equipment hire

# (description, unit label, day rate low, high, fleet prefix)
HIRE_MACHINES = {
    "GB": [("1.5t Mini Excavator", "EX", 55, 90), ("3t Mini Excavator, rubber tracks", "EX", 75, 120), ("8t Tracked Excavator", "EX", 160, 240),
           ("3t Hi-Tip Site Dumper", "DU", 40, 70), ("6t Swivel Skip Dumper", "DU", 60, 95), ("14m Telehandler (JCB 540-140 type)", "TH", 140, 210),
           ("19ft Electric Scissor Lift", "AP", 45, 80), ("Trailer-mounted Cherry Picker 12m", "AP", 70, 120), ("Towable Generator 20kVA", "GN", 35, 65),
           ("LED Tower Light, hybrid", "TL", 18, 35), ("Welfare Unit 6-person with WC", "WU", 28, 55), ("Forward Plate Compactor 400mm", "CP", 12, 24),
           ("Hydraulic Breaker 110kg (excavator-mounted)", "BR", 25, 55), ("Heras Fencing Panel 3.5m", "FN", 0.3, 0.9), ("Road Plate 2.5m x 1.25m", "RP", 3, 7)],
    "AU": [("1.7t Excavator incl. buckets", "EX", 180, 260), ("5t Excavator with hitch", "EX", 280, 380), ("Skid Steer Loader, tracked", "SS", 260, 360),
           ("19ft Electric Scissor Lift", "EW", 90, 150), ("26ft Rough Terrain Scissor Lift", "EW", 160, 230), ("Site Toilet, single", "ST", 15, 30),
           ("Generator 60kVA, silenced", "GE", 140, 230), ("Lighting Tower 4 x 1000W", "LT", 45, 80), ("Plate Compactor 90kg", "PC", 40, 65),
           ("Water Cart 13,000L with operator", "WC", 1100, 1600), ("Temporary Fencing Panel incl. base & clamp", "TF", 0.6, 1.6), ("Concrete Mixer, petrol", "CM", 35, 60)],
    "US": [("Mini Excavator 10,000 lb", "EXC", 290, 420), ("Compact Track Loader 74 HP", "CTL", 330, 460), ("Telehandler 6,000 lb 42 ft", "TLH", 420, 590),
           ("Electric Scissor Lift 26 ft", "SCL", 140, 210), ("Articulating Boom Lift 45 ft", "ABL", 360, 520), ("Towable Generator 45 kW", "GEN", 180, 290),
           ("Light Tower, diesel", "LTW", 90, 150), ("Walk-behind Trencher 24 in", "TRN", 160, 240), ("Jumping Jack Rammer", "RAM", 70, 110),
           ("Portable Air Compressor 185 CFM", "CMP", 130, 190), ("Ride-on Roller 48 in", "ROL", 220, 330)],
}
HIRE_SITES = {"GB": ["Plot 14, Meadowbank Phase 2", "St Anne's School extension", "Riverside Apartments, Block C", "A38 junction improvement",
                     "Unit 7 fit-out, Enterprise Park"],
              "AU": ["Lot 21 Ridgeview Estate", "Westfield carpark upgrade", "Stage 3 Pipeline, Bulla Road", "Eastern Hospital redevelopment",
                     "12 Harbour Street townhouses"],
              "US": ["Oak Creek Subdivision Ph. 2", "Lincoln Elementary Renovation", "1200 Commerce Pkwy - Bldg B", "Route 9 Culvert Replacement",
                     "Riverside Medical Office"]}


def fleet_number(rng: random.Random, prefix: str) -> str:
    return f"{prefix}{rng.randrange(100, 9999)}" if rng.random() < 0.6 else f"{prefix}-{rng.randrange(10000, 99999)}"


# --------------------------------------------------------------------------------------------------
# Optical practices

FRAME_MAKERS = ["Lumen", "Ocula", "Verity", "Nordlys", "Halcyon", "Brookfield", "Meridian Eyewear", "Kestrel", "Sable & Finch", "Aurelio"]
FRAME_COLOURS = ["Tortoise", "Matte Black", "Crystal Grey", "Gunmetal", "Havana", "Navy", "Rose Gold", "Olive"]
OPTICAL_WORDS = (["Clearview", "Bright Eyes", "Focus", "Spectrum", "Iris", "Lighthouse", "Vista", "Sightline", "Optima", "Pinhole"],
                 ["Opticians", "Optometrists", "Eyecare", "Optical", "Eye Centre"])


def frame_model(rng: random.Random) -> str:
    return f"{pick(rng, FRAME_MAKERS)} {pick(rng, UPPER)}{pick(rng, UPPER)}{rng.randrange(1000, 9999)} {pick(rng, FRAME_COLOURS)} {rng.randrange(48, 56)}-{rng.randrange(15, 21)}"


def prescription(rng: random.Random, add: bool) -> list[tuple[str, str, str, str, str]]:
    """Right and left eye: (eye, SPH, CYL, AXIS, ADD) as a practice prints them (`-2.25`, `+0.75`, `180`)."""
    rows = []
    base = rng.randrange(-24, 16) / 4
    for eye in ("R", "L"):
        sph = base + rng.randrange(-2, 3) / 4
        cyl = -rng.randrange(0, 8) / 4
        axis = rng.randrange(1, 181) if cyl else None
        rows.append((eye, f"{sph:+.2f}" if sph else "Plano", f"{cyl:+.2f}" if cyl else "DS", f"{axis}" if axis else "", f"+{rng.randrange(4, 11) / 4:.2f}" if add else ""))
    return rows
