"""Parties and identifiers for the twenty-fourth set: Italian payers and their banks (CRO, TRN); Brazilian boleto lines (the
linha digitável with its mod-10 field digits and mod-11 general digit, the due-date factor), Pix end-to-end ids and banks;
Luxembourg companies (LU VAT number with its mod-89 pair, RCS, matricule, LU IBAN); Moldovan companies (IDNO with its 7-3-1
check digit, VAT code, MD IBAN); Fijian (TIN, VMS invoice numbers) and Papua New Guinean (TIN, IPA number) companies; Congolese
(numéro impôt, RCCM, Id. Nat.) and Malagasy (NIF, STAT, RCS) companies; postal operators and UPU S10 item numbers; translation
agencies, sworn translators and language pairs. Written without reading the engine."""

from __future__ import annotations

import random
import string
from datetime import date, datetime

from corpus.holdout.fakes import Party, domain
from corpus.holdout.fakes_fifteenth import iban_for

D9 = string.digits
UPPER = string.ascii_uppercase
ALNUM = string.digits + string.ascii_uppercase


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D9) for _ in range(n))


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


# --------------------------------------------------------------------------------------------------
# Italy: the payer's bank, CRO and TRN

IT_BANKS = [("Banca Popolare del Garda S.p.A.", "05188", "BPGDIT22"), ("Cassa di Risparmio dell'Appennino S.p.A.", "06230", "CRAPIT3F"),
            ("Banca Adriatica di Credito S.p.A.", "05034", "BADCITMM"), ("Credito Lombardo Veneto S.p.A.", "03069", "CLVEITMM"),
            ("Banca Tirrenica S.p.A.", "02008", "BTIRITRR"), ("BCC delle Colline Moreniche", "08454", "ICRAITRR")]


def it_cro(rng: random.Random) -> str:
    """The 11-digit Codice Riferimento Operazione a bank prints on a domestic transfer."""
    return str(rng.randrange(1, 10)) + digits(rng, 10)


def it_trn(rng: random.Random, abi: str, when: date) -> str:
    """A SEPA transfer's Transaction Reference Number as Italian banks print it: the ABI, the Julian date, a sequence, IT."""
    return f"{abi}{when.strftime('%y')}{when.timetuple().tm_yday:03d}{digits(rng, 14)}IT"


# --------------------------------------------------------------------------------------------------
# Brazil: boleto, Pix

BR_BANKS = [("Banco Cerrado S.A.", "237", "60746948"), ("Banco Paraná Mercantil S.A.", "341", "60701190"), ("Banco Litoral S.A.", "033", "90400888"),
            ("Caixa Serrana de Crédito", "104", "00360305"), ("Banco Cooperativo Aurora", "756", "02038232"), ("Banco Digital Ipê S.A.", "260", "18236120")]


def _mod10(text: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(text)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def _mod11_boleto(text: str) -> int:
    total, weight = 0, 2
    for ch in reversed(text):
        total += int(ch) * weight
        weight = 2 if weight == 9 else weight + 1
    check = 11 - total % 11
    return 1 if check in (0, 10, 11) else check


def boleto_factor(due: date) -> int:
    """Days from 7 October 1997 (base 1000 again from 22 February 2025, when the count reached 9999)."""
    days = (due - date(1997, 10, 7)).days
    return days if days <= 9999 else days - 9000


def boleto_line(rng: random.Random, bank: str, due: date, value_cents: int) -> tuple[str, str]:
    """(the 44-digit bar code, the 47-digit linha digitável `23793.38128 60000.123456 78000.063305 9 96780000123456`)."""
    free = digits(rng, 25)
    tail = f"{boleto_factor(due):04d}{value_cents:010d}"
    partial = f"{bank}9{tail}{free}"
    dv = _mod11_boleto(partial)
    barcode = f"{bank}9{dv}{tail}{free}"
    f1 = f"{bank}9{free[:5]}"
    f2, f3 = free[5:15], free[15:25]
    f1, f2, f3 = f1 + str(_mod10(f1)), f2 + str(_mod10(f2)), f3 + str(_mod10(f3))
    line = f"{f1[:5]}.{f1[5:]} {f2[:5]}.{f2[5:]} {f3[:5]}.{f3[5:]} {dv} {tail}"
    return barcode, line


def boleto_line_valid(line: str) -> bool:
    raw = line.replace(".", "").replace(" ", "")
    f1, f2, f3, dv, tail = raw[:10], raw[10:21], raw[21:32], raw[32], raw[33:]
    if any(_mod10(f[:-1]) != int(f[-1]) for f in (f1, f2, f3)):
        return False
    free = f1[4:9] + f2[:10] + f3[:10]
    return _mod11_boleto(f1[:4] + tail + free) == int(dv)


def pix_e2e(rng: random.Random, ispb: str, when: datetime) -> str:
    """A Pix end-to-end id: E, the payer institution's ISPB, yyyyMMddHHmm, eleven characters."""
    return f"E{ispb}{when.strftime('%Y%m%d%H%M')}" + "".join(rng.choice(ALNUM + "abcdefghijklmnopqrstuvwxyz") for _ in range(11))


def br_masked_cpf(cpf: str) -> str:
    """`***.456.789-**` as a bank prints a person's CPF."""
    return f"***.{cpf[4:7]}.{cpf[8:11]}-**"


# --------------------------------------------------------------------------------------------------
# Luxembourg

LU_PLACES = [("L-1611", "Luxembourg"), ("L-2557", "Luxembourg"), ("L-1855", "Luxembourg-Kirchberg"), ("L-4010", "Esch-sur-Alzette"), ("L-9048", "Ettelbruck"),
             ("L-8070", "Bertrange"), ("L-5365", "Munsbach"), ("L-3364", "Leudelange"), ("L-6131", "Junglinster"), ("L-9515", "Wiltz"), ("L-3225", "Bettembourg"),
             ("L-8399", "Windhof"), ("L-4801", "Rodange"), ("L-6776", "Grevenmacher")]
LU_STREETS = ["rue de la Gare", "route d'Arlon", "boulevard Royal", "rue du Fort Wallis", "avenue de la Liberté", "Zone Industrielle Bombicht", "rue de l'Industrie",
              "avenue John F. Kennedy", "rue des Trois Cantons", "Parc d'Activités Syrdall", "route de Longwy", "Grand-Rue", "rue Principale", "op der Heh"]
LU_WORDS = (["Moselle", "Alzette", "Pétrusse", "Kirchberg", "Ardennes", "Minett", "Sûre", "Mullerthal", "Gutland", "Éislek", "Syrdall", "Our", "Attert"],
            ["Fiduciaire", "Logistique", "Bâtiments", "Électricité", "Informatique", "Services", "Transports", "Ingénierie", "Elektro", "Haustechnik", "Menuiserie",
             "Consulting", "Chauffage-Sanitaire", "Nettoyage"],
            ["S.à r.l.", "S.à r.l.", "S.A.", "S.à r.l.-S", "SCS", "S.A."])
LU_SURNAMES = ["Schmit", "Weber", "Hoffmann", "Wagner", "Muller", "Thill", "Kremer", "Reuter", "Majerus", "Schroeder", "Kieffer", "Faber", "Da Silva", "Ferreira"]


def lu_vat(rng: random.Random) -> str:
    """`LU12345613`: six digits and their remainder modulo 89 as the last two."""
    six = str(rng.randrange(100000, 999999))
    return f"LU{six}{int(six) % 89:02d}"


def lu_vat_valid(number: str) -> bool:
    body = number.removeprefix("LU")
    return len(body) == 8 and body.isdigit() and int(body[:6]) % 89 == int(body[6:])


def lu_iban(rng: random.Random) -> str:
    return iban_for("LU", pick(rng, ["001", "002", "003", "014", "019", "030", "141"]) + "".join(rng.choice(ALNUM if rng.random() < 0.1 else D9) for _ in range(13)))


def lu_party(rng: random.Random) -> Party:
    place, noun, form = (pick(rng, part) for part in LU_WORDS)
    name = f"{noun} {place} {form}" if rng.random() < 0.6 else f"{pick(rng, LU_SURNAMES)} {noun} {form}"
    pc, town = pick(rng, LU_PLACES)
    street = pick(rng, LU_STREETS)
    line = f"{rng.randrange(1, 240)}, {street}"
    party = Party(name=name, address=[line, f"{pc} {town}"], country="LU", tax_id=lu_vat(rng), phone=f"+352 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}")
    party.extra = {"rcs": f"B{rng.randrange(10000, 290000)}", "matricule": f"{rng.randrange(1990, 2022)}{pick(rng, ['22', '24', '16'])}{digits(rng, 5)}",
                   "autorisation": f"{rng.randrange(10000000, 10199999)}/{rng.randrange(0, 9)}"}
    party.email = f"{pick(rng, ['factures', 'compta', 'info', 'accounting'])}@{domain(place)}".replace(".example", ".lu.example")
    return party


# --------------------------------------------------------------------------------------------------
# Moldova

MD_PLACES = [("MD-2001", "mun. Chișinău"), ("MD-2012", "mun. Chișinău"), ("MD-2068", "mun. Chișinău"), ("MD-2044", "mun. Chișinău"), ("MD-3100", "mun. Bălți"),
             ("MD-3505", "or. Orhei"), ("MD-3909", "or. Cahul"), ("MD-3801", "or. Comrat"), ("MD-3601", "or. Ungheni"), ("MD-3001", "or. Soroca"),
             ("MD-6801", "or. Ialoveni"), ("MD-2084", "or. Cricova")]
MD_STREETS = ["str. Columna", "bd. Ștefan cel Mare și Sfînt", "str. Independenței", "str. Kiev", "bd. Dacia", "str. Calea Ieșilor", "str. Mihai Eminescu",
              "str. Alexandru cel Bun", "str. Uzinelor", "str. Industrială", "str. Vasile Alecsandri", "str. Decebal"]
MD_WORDS = (["Codru", "Nistru", "Prut", "Bucovina", "Orhei", "Lunca", "Dacia", "Cricova", "Soroca", "Basarab", "Răut", "Bugeac"],
            ["Construct", "Trans", "Agro", "Logistic", "Farm", "Vin", "Lact", "Mobila", "Termo", "Electro", "Tehnica", "Print", "Soft"],
            ["SRL", "SRL", "SRL", "SA", "ÎCS", "Î.M."])
MD_BANKS = [("BC \"Codru-Invest Bank\" SA", "CDRIMD2X", "CI"), ("BC \"Nistru Comerțbank\" SA", "NICOMD2X", "NC"), ("BC \"Prut Agroindbank\" SA", "PRAGMD2X", "PA"),
            ("BC \"Basarabia Trust\" SA", "BATRMD2X", "BT")]


def md_idno_check(twelve: str) -> int:
    """The IDNO's thirteenth digit: the first twelve weighted 7, 3, 1 in turn, the sum modulo 10."""
    return sum(int(d) * (7, 3, 1)[i % 3] for i, d in enumerate(twelve)) % 10


def md_idno(rng: random.Random) -> str:
    twelve = pick(rng, ["100", "100", "101"]) + digits(rng, 9)
    return twelve + str(md_idno_check(twelve))


def md_idno_valid(number: str) -> bool:
    return len(number) == 13 and number.isdigit() and md_idno_check(number[:12]) == int(number[12])


def md_vat_code(rng: random.Random) -> str:
    return pick(rng, ["0", "0", "1"]) + digits(rng, 6)


def md_iban(rng: random.Random, bank_code: str) -> str:
    return iban_for("MD", bank_code + digits(rng, 18))


def md_party(rng: random.Random) -> Party:
    place, noun, form = (pick(rng, part) for part in MD_WORDS)
    core = f"{place}-{noun}" if rng.random() < 0.7 else f"{place}{noun.lower()}"
    name = f"{form} \"{core}\"" if rng.random() < 0.5 else f"\"{core}\" {form}"
    pc, town = pick(rng, MD_PLACES)
    street = f"{pick(rng, MD_STREETS)} {rng.randrange(1, 190)}" + (f"/{rng.randrange(1, 6)}" if rng.random() < 0.3 else "")
    addr = [street, f"{pc}, {town}"] if rng.random() < 0.6 else [f"{pc}, {town}", street]
    party = Party(name=name, address=addr, country="MD", tax_id=md_vat_code(rng), phone=f"+373 {pick(rng, ['22', '231', '235', '299', '60', '79'])} {digits(rng, 3)} {digits(rng, 3)}")
    bank, bic, code = pick(rng, MD_BANKS)
    party.extra = {"idno": md_idno(rng), "bank": bank, "bic": bic, "iban": md_iban(rng, code)}
    party.email = f"{pick(rng, ['contabilitate', 'office', 'vanzari'])}@{domain(place)}".replace(".example", ".md.example")
    return party


# --------------------------------------------------------------------------------------------------
# Fiji, Papua New Guinea

FJ_ADDRESSES = [["Lot {n}, Ratu Mara Road", "Samabula, Suva"], ["Shop {n}, Namaka Industrial Subdivision", "Nadi"], ["{n} Vitogo Parade", "Lautoka"],
                ["Lot {n}, Waila Industrial Estate", "Nausori"], ["{n} Nasekula Road", "Labasa"], ["Lot {n}, Queens Road, Valley Road Industrial", "Sigatoka"],
                ["Level {n}, Tappoo City, Thomson Street", "Suva"], ["{n} Walu Bay Road", "Walu Bay, Suva"], ["G.P.O. Box {n}", "Suva"]]
FJ_WORDS = (["Viti Levu", "Vanua Levu", "Coral Coast", "Suva Harbour", "Lautoka", "Nadi Bay", "Sigatoka", "Rewa", "Kadavu", "Yasawa", "Tavua", "Bula"],
            ["Hardware", "Wholesale", "Office Supplies", "Engineering", "Builders", "Foods", "Motors", "Electrical", "Pharmacy", "Marine Services", "Print"],
            ["Pte Limited", "Limited", "(Fiji) Limited", "Pte Ltd"])
PG_ADDRESSES = [["Section {s}, Allotment {n}, Waigani Drive", "Hohola, Port Moresby, NCD"], ["Lot {n}, Section {s}, Markham Road", "Lae, Morobe Province"],
                ["P.O. Box {n}", "Boroko, NCD"], ["Allotment {n}, Section {s}, Kennedy Road", "Gordons, Port Moresby, NCD"], ["{n} Bagita Street", "Mount Hagen, WHP"],
                ["Lot {n}, Modilon Road", "Madang, Madang Province"], ["Section {s}, Lot {n}, Milfordhaven Road", "Lae, Morobe Province"]]
PG_WORDS = (["Morobe", "Markham", "Highlands", "Gulf", "Sepik", "Kokoda", "Hagen", "Boroko", "Waigani", "Madang", "Milne Bay", "Kumul"],
            ["Trading", "Hardware", "Logistics", "Engineering", "Builders Supplies", "Office Equipment", "Security Services", "Catering", "Auto Parts"],
            ["Limited", "Ltd", "Limited"])


def fj_tin(rng: random.Random) -> str:
    return f"50-{digits(rng, 5)}-{rng.randrange(10)}-{rng.randrange(10)}"


def pg_tin(rng: random.Random) -> str:
    return "50" + digits(rng, 7)


def fj_vms_invoice_no(rng: random.Random) -> str:
    """A VMS (the Fijian fiscal system) invoice number `AB12CD34-EF56GH78-1234`: the SDC id, the signer id, a counter."""
    return "".join(rng.choice(ALNUM) for _ in range(8)) + "-" + "".join(rng.choice(ALNUM) for _ in range(8)) + f"-{rng.randrange(1, 99999)}"


def pacific_party(rng: random.Random, country: str) -> Party:
    place, noun, form = (pick(rng, part) for part in (FJ_WORDS if country == "FJ" else PG_WORDS))
    name = f"{place} {noun} {form}"
    template = pick(rng, FJ_ADDRESSES if country == "FJ" else PG_ADDRESSES)
    n, s = rng.randrange(1, 400), rng.randrange(1, 90)
    addr = [line.format(n=n, s=s) for line in template]
    if rng.random() < 0.4:
        addr.append("Fiji" if country == "FJ" else "Papua New Guinea")
    if country == "FJ":
        party = Party(name=name, address=addr, country="FJ", tax_id=fj_tin(rng), phone=f"+679 {digits(rng, 3)} {digits(rng, 4)}")
        party.extra = {"company_no": f"C{digits(rng, 5)}"}
    else:
        party = Party(name=name, address=addr, country="PG", tax_id=pg_tin(rng), phone=f"+675 {digits(rng, 3)} {digits(rng, 4)}")
        party.extra = {"ipa": f"1-{rng.randrange(10000, 140000)}"}
    party.email = f"{pick(rng, ['accounts', 'sales', 'admin'])}@{domain(place)}"
    return party


# --------------------------------------------------------------------------------------------------
# DR Congo, Madagascar

CD_ADDRESSES = [("Avenue du Commerce n° {n}, Commune de la Gombe", "Kinshasa", "KNG"), ("Boulevard du 30 Juin n° {n}, Gombe", "Kinshasa", "KNG"),
                ("Avenue Kasa-Vubu n° {n}, Commune de Kalamu", "Kinshasa", "KNG"), ("Avenue Mama Yemo n° {n}, Commune de Lubumbashi", "Lubumbashi, Haut-Katanga", "LSH"),
                ("Avenue Likasi n° {n}, Quartier Industriel", "Lubumbashi, Haut-Katanga", "LSH"), ("Avenue des Volcans n° {n}, Quartier Les Volcans", "Goma, Nord-Kivu", "GOM"),
                ("Avenue Kinshasa n° {n}, Commune de Matadi", "Matadi, Kongo-Central", "MAT")]
CD_WORDS = (["Congo", "Katanga", "Fleuve", "Kivu", "Grands Lacs", "Mayombe", "Gombe", "Lualaba", "Ituri", "Kasaï", "Équateur"],
            ["Équipements", "Mining Services", "Logistique", "Agro", "Trading", "Bois", "Informatique", "Construction", "Télécoms", "Pharma"],
            ["SARL", "SARL", "SAS", "SA", "SARLU"])
MG_ADDRESSES = [["Lot II J {n} Bis, Ivandry", "101 Antananarivo"], ["Immeuble Fitaratra, Porte {n}, Ankorondrano", "101 Antananarivo"],
                ["{n}, Rue Ratsimilaho, Antaninarenina", "101 Antananarivo"], ["Lot {n}, Boulevard Joffre, Bazary Be", "501 Toamasina"],
                ["Lot {n}, Route de l'Aéroport", "201 Antsiranana"], ["Zone Industrielle Forello, Lot {n}, Tanjombato", "102 Antananarivo"],
                ["Lot {n}, Rue du Commerce", "601 Toliara"], ["Lot VA {n}, Andraharo", "101 Antananarivo"]]
MG_WORDS = (["Vakinankaratra", "Analamanga", "Tsiry", "Fanorona", "Vanille", "Baobab", "Ravinala", "Tsingy", "Ikopa", "Betsiboka", "Sambava", "Mahery"],
            ["Distribution", "Logistique", "Informatique", "Agro-Industrie", "Services", "BTP", "Textile", "Import-Export", "Froid Industriel"],
            ["SARL", "SA", "SARLU", "SAU"])


def cd_nif(rng: random.Random) -> str:
    """The Congolese numéro impôt `A0701234F`."""
    return pick(rng, "ABCD") + digits(rng, 7) + pick(rng, UPPER)


def cd_party(rng: random.Random) -> Party:
    place, noun, form = (pick(rng, part) for part in CD_WORDS)
    name = f"{place} {noun} {form}" if rng.random() < 0.6 else f"{noun} du {place} {form}" if place[0] in "CFKGILM" else f"{place} {noun} {form}"
    street, town, code = pick(rng, CD_ADDRESSES)
    addr = [street.format(n=rng.randrange(1, 1500)), f"{town}, RD Congo" if rng.random() < 0.5 else f"{town}, République Démocratique du Congo"]
    party = Party(name=name, address=addr, country="CD", tax_id=cd_nif(rng), phone=f"+243 {pick(rng, ['81', '82', '97', '99', '89'])} {digits(rng, 3)} {digits(rng, 4)}")
    party.extra = {"rccm": f"CD/{code}/RCCM/{rng.randrange(14, 24)}-B-{digits(rng, 5)}",
                   "idnat": f"{rng.randrange(1, 9):02d}-{pick(rng, ['F4300', 'G4701', 'H4920', 'J6201', 'M6920', 'C2511'])}-N{digits(rng, 5)}{pick(rng, UPPER)}"}
    party.email = f"{pick(rng, ['facturation', 'compta', 'info'])}@{domain(place)}".replace(".example", ".cd.example")
    return party


def mg_nif(rng: random.Random) -> str:
    return pick(rng, ["4000", "3000", "5000"]) + digits(rng, 6)


def mg_party(rng: random.Random) -> Party:
    place, noun, form = (pick(rng, part) for part in MG_WORDS)
    name = f"{place} {noun} {form}" if rng.random() < 0.6 else f"{noun} {place} {form}"
    addr = [line.format(n=rng.randrange(1, 400)) for line in pick(rng, MG_ADDRESSES)]
    if rng.random() < 0.35:
        addr.append("Madagascar")
    party = Party(name=name, address=addr, country="MG", tax_id=mg_nif(rng), phone=f"+261 {pick(rng, ['20', '32', '34', '33'])} {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 2)}")
    year = rng.randrange(2004, 2022)
    party.extra = {"stat": f"{pick(rng, ['46900', '47190', '62010', '41000', '52290', '10790'])} {rng.randrange(11, 52)} {year} {rng.randrange(0, 2)} {digits(rng, 5)}",
                   "rcs": f"{pick(rng, ['Antananarivo', 'Toamasina', 'Antsiranana'])} {year} B {digits(rng, 5)}",
                   "cif": f"{digits(rng, 7)}/DGI-{pick(rng, ['A', 'B', 'DGE'])}"}
    party.email = f"{pick(rng, ['facturation', 'compta', 'contact'])}@{domain(place)}".replace(".example", ".mg.example")
    return party


# --------------------------------------------------------------------------------------------------
# Postal counters: UPU S10 item numbers

S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def s10_check(eight: str) -> int:
    check = 11 - sum(int(d) * w for d, w in zip(eight, S10_WEIGHTS, strict=True)) % 11
    return {10: 0, 11: 5}.get(check, check)


def s10(rng: random.Random, service: str, country: str) -> str:
    """A UPU S10 item number `RR123456785GB`: two service letters, eight digits, the check digit, the country."""
    eight = digits(rng, 8)
    return f"{service}{eight}{s10_check(eight)}{country}"


def s10_valid(number: str) -> bool:
    return len(number) == 13 and number[2:11].isdigit() and s10_check(number[2:10]) == int(number[10])


POST_BRANCHES = {"GB": ["Castlegate", "Market Square", "Kingsway", "Harbourside", "St Mary's Road", "Hillhead", "Westgate", "Abbey Road"],
                 "DE": ["Lindenplatz", "Hauptbahnhof", "Rathausmarkt", "Am Stadtpark", "Marktstraße", "Südstadt", "Altstadt"],
                 "NZ": ["Queen Street", "Riccarton", "Lambton Quay", "Frankton", "Newmarket", "Tauranga Central", "Dunedin Central"]}


# --------------------------------------------------------------------------------------------------
# Translation agencies and sworn translators

AGENCY_WORDS = (["Lingua", "Babel", "Polyglot", "Rosetta", "Wordbridge", "Meridian", "Verbatim", "Transcript", "Globe", "Atlas", "Parole", "Logos"],
                ["Translations", "Language Services", "Linguistics", "Localisation", "Übersetzungen", "Sprachendienst", "Traductions"])
LANG_PAIRS = {"en": ["EN > DE", "EN > FR", "EN > ES", "EN > IT", "EN > PL", "EN > NL", "DE > EN", "FR > EN", "EN > PT-BR", "EN > ZH-CN", "EN > JA", "EN > AR"],
              "de": ["DE > EN", "DE > FR", "EN > DE", "DE > IT", "PL > DE", "DE > ES", "TR > DE"],
              "fr": ["anglais > français", "allemand > français", "français > anglais", "espagnol > français", "arabe > français", "italien > français"]}
