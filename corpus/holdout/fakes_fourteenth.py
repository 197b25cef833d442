"""Parties and identifiers for the fourteenth set: archive-era US businesses, Indonesian restaurants (CORD-like), Malaysian
shops of the GST years (2015-2018), Croatian companies and craftsmen (OIB, HR IBAN, JIR / ZKI) and the Indian exporter's
IEC. Written without reading the engine."""

from __future__ import annotations

import random
import string

from corpus.holdout.fakes import Party, domain
from corpus.holdout.fakes_eighth import npwp

# --------------------------------------------------------------------------------------------------
# US businesses as typed on 1980s-90s invoices (no e-mail, no web site, five-digit ZIP, sometimes ZIP+4)

OLD_US_PLACES = [("Dayton", "OH", "454"), ("Toledo", "OH", "436"), ("Peoria", "IL", "616"), ("Rockford", "IL", "611"),
                 ("Fort Wayne", "IN", "468"), ("Wichita", "KS", "672"), ("Tulsa", "OK", "741"), ("Omaha", "NE", "681"),
                 ("Des Moines", "IA", "503"), ("Erie", "PA", "165"), ("Allentown", "PA", "181"), ("Syracuse", "NY", "132"),
                 ("Worcester", "MA", "016"), ("Hartford", "CT", "061"), ("Richmond", "VA", "232"), ("Chattanooga", "TN", "374"),
                 ("Birmingham", "AL", "352"), ("Shreveport", "LA", "711"), ("Spokane", "WA", "992"), ("Fresno", "CA", "937")]
OLD_US_STREETS = ["Main St.", "Industrial Blvd.", "E. Washington St.", "N. Water Street", "Commerce Ave.", "Rt. 22 West",
                  "S. Railroad Ave.", "Grand Ave.", "W. Third St.", "Harbor Road", "Mill Street", "Canal St."]
OLD_US_NAMES = (["Acme", "Reliable", "Tri-State", "Midwest", "Allied", "Keystone", "Central", "Eagle", "Pioneer", "National",
                 "Liberty", "Superior", "Valley", "Standard", "Great Lakes", "Buckeye", "Modern", "Empire"],
                ["Supply Co.", "Office Products, Inc.", "Paper Company", "Industrial Supply", "Chemical Corp.", "Printing Co.",
                 "Tool & Die, Inc.", "Distributors, Inc.", "Electric Supply Co.", "Business Forms, Inc.", "Laboratories, Inc.",
                 "Packaging Corp.", "Hardware Co.", "Machine Works"])


def old_us_party(rng: random.Random) -> Party:
    city, state, zip3 = rng.choice(OLD_US_PLACES)
    n = rng.randrange(10, 9900)
    street = f"{n} {rng.choice(OLD_US_STREETS)}" if rng.random() < 0.8 else f"P.O. Box {rng.randrange(100, 9999)}"
    zip_code = f"{zip3}{rng.randrange(10, 99)}" + (f"-{rng.randrange(1000, 9999)}" if rng.random() < 0.2 else "")
    name = f"{rng.choice(OLD_US_NAMES[0])} {rng.choice(OLD_US_NAMES[1])}"
    if rng.random() < 0.5:
        name = name.upper()
    return Party(name=name, address=[street, f"{city}, {state} {zip_code}"], country="US",
                 phone=f"({rng.randrange(201, 989)}) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}")


# --------------------------------------------------------------------------------------------------
# Indonesian restaurants and cafés (receipts in the style of the CORD dataset)

ID_RESTO_PLACES = [("Jl. Kemang Raya No. {n}", "Jakarta Selatan"), ("Jl. Sabang No. {n}", "Jakarta Pusat"),
                   ("Jl. Braga No. {n}", "Bandung"), ("Jl. Dago No. {n}", "Bandung"), ("Jl. Malioboro No. {n}", "Yogyakarta"),
                   ("Jl. Pemuda No. {n}", "Semarang"), ("Jl. Tunjungan No. {n}", "Surabaya"), ("Ruko Golden Boulevard Blok C No. {n}", "BSD, Tangerang"),
                   ("Jl. Gajah Mada No. {n}", "Medan"), ("Jl. Pantai Kuta No. {n}", "Badung, Bali"),
                   ("Mall Kelapa Gading 3 Lt. 2 No. {n}", "Jakarta Utara"), ("Jl. Margonda Raya No. {n}", "Depok")]
ID_RESTO_WORDS = (["Warung", "Rumah Makan", "RM.", "Bakmi", "Kedai Kopi", "Sate", "Bakso", "Ayam Bakar", "Soto", "Kopi", "Mie Ayam", "Nasi Uduk"],
                  ["Sederhana", "Pak Kumis", "Senja", "Bu Tini", "Mas Joko", "Sinar Rasa", "Mbok Sri", "Nusantara", "Kenangan Lama",
                   "Cak Har", "Bang Udin", "Wijaya", "Pelangi", "Mekar Sari"])


def id_resto(rng: random.Random) -> Party:
    street, city = rng.choice(ID_RESTO_PLACES)
    kind, base = rng.choice(ID_RESTO_WORDS[0]), rng.choice(ID_RESTO_WORDS[1])
    name = f"{kind} {base}"
    if rng.random() < 0.6:
        name = name.upper()
    party = Party(name=name, address=[street.format(n=rng.randrange(1, 180)), city], country="ID",
                  phone=f"(0{rng.choice([21, 22, 274, 24, 31, 61, 361])}) {rng.randrange(500, 899)}{rng.randrange(1000, 9999)}")
    party.tax_id = npwp(rng)
    return party


# --------------------------------------------------------------------------------------------------
# Malaysian shops of the GST years (April 2015 - May 2018): "SDN BHD" with the old registration number "(123456-X)" and
# the 12-digit GST ID

MY_GST_PLACES = [("NO. {n}, JALAN PUCHONG MESRA 1", "TAMAN PUCHONG MESRA", "47100 PUCHONG, SELANGOR"),
                 ("LOT {n}, JALAN KAPAR", "KAWASAN PERINDUSTRIAN", "42200 KLANG, SELANGOR"),
                 ("NO. {n}, JALAN SEMENYIH", "TAMAN SEMENYIH SENTRAL", "43500 SEMENYIH, SELANGOR"),
                 ("{n}, JALAN TUANKU ABDUL RAHMAN", "", "50100 KUALA LUMPUR"),
                 ("NO. {n}, JALAN SRI PERMAISURI 8", "BANDAR SRI PERMAISURI", "56000 CHERAS, KUALA LUMPUR"),
                 ("NO. {n}, JALAN BAKAWALI 52", "TAMAN JOHOR JAYA", "81100 JOHOR BAHRU, JOHOR"),
                 ("{n}, JALAN BURMA", "", "10050 GEORGETOWN, PULAU PINANG"),
                 ("NO. {n}, JALAN KENARI 3", "BANDAR PUCHONG JAYA", "47170 PUCHONG, SELANGOR")]
MY_GST_WORDS = {"hardware": (["HENG HUAT", "SOON HIN", "KIM SENG", "TECK LEONG", "SIN CHUAN", "WAH FATT", "HOCK SOON"],
                             ["HARDWARE", "HARDWARE & MACHINERY", "BUILDING MATERIALS", "TRADING", "ELECTRICAL & HARDWARE"]),
                "pharmacy": (["FARMASI", "PHARMACY"], ["SRI MURNI", "ALPRO", "KOTARAYA", "HEALTHLANE", "CARING JAYA", "SENTOSA"]),
                "bookshop": (["POPULAR", "MINERVA", "MPH", "SIN KIT", "KEDAI BUKU"], ["BOOK CO.", "BOOKSTORE", "STATIONERY & BOOKS", "BOOK CENTRE"])}


def my_gst_id(rng: random.Random) -> str:
    return f"00{rng.randrange(10**9, 10**10)}"


def my_gst_shop(rng: random.Random, kind: str) -> Party:
    street, area, city = rng.choice(MY_GST_PLACES)
    a, b = (rng.choice(part) for part in MY_GST_WORDS[kind])
    name = f"{a} {b} SDN BHD" if kind != "pharmacy" or a == "FARMASI" else f"{b} {a} SDN BHD"
    if rng.random() < 0.2:
        name = name.replace("SDN BHD", "SDN. BHD.")
    address = [street.format(n=rng.randrange(1, 99))] + ([area] if area else []) + [city]
    party = Party(name=name, address=address, country="MY", tax_id=my_gst_id(rng),
                  phone=f"0{rng.choice(['3', '4', '7'])}-{rng.randrange(5000, 9999)} {rng.randrange(1000, 9999)}")
    party.extra["roc"] = f"({rng.randrange(10000, 1200000)}-{rng.choice('ADHKMPTUVWX')})"
    return party


# --------------------------------------------------------------------------------------------------
# Croatia: OIB (ISO 7064 MOD 11,10), HR IBAN, fiscalisation codes

def oib_check(body10: str) -> int:
    a = 10
    for ch in body10:
        a = (a + int(ch)) % 10 or 10
        a = a * 2 % 11
    check = 11 - a
    return 0 if check == 10 else check


def oib(rng: random.Random) -> str:
    body = f"{rng.randrange(1, 10)}{rng.randrange(10**8, 10**9)}"
    return body + str(oib_check(body))


def oib_valid(number: str) -> bool:
    return len(number) == 11 and number.isdigit() and oib_check(number[:10]) == int(number[10])


def hr_iban(rng: random.Random) -> str:
    bban = rng.choice(["2340009", "2360000", "2402006", "2484008", "2500009"]) + f"{rng.randrange(10**9, 10**10)}"
    numeric = "".join(str(int(ch, 36)) for ch in bban + "HR00")
    raw = f"HR{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def hr_zki(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(32))


def hr_jir(rng: random.Random) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


HR_PLACES = [("10000", "Zagreb", ["Ilica", "Savska cesta", "Vukovarska ulica", "Radnička cesta", "Heinzelova ulica", "Ulica grada Vukovara"]),
             ("21000", "Split", ["Poljička cesta", "Domovinskog rata", "Put Brodarice", "Vukovarska"]),
             ("51000", "Rijeka", ["Korzo", "Ulica Milutina Barača", "Krešimirova ulica"]),
             ("31000", "Osijek", ["Europska avenija", "Ulica Hrvatske Republike", "Trg Ante Starčevića"]),
             ("23000", "Zadar", ["Ulica Franje Tuđmana", "Obala kneza Branimira"]),
             ("42000", "Varaždin", ["Zagrebačka ulica", "Kapucinski trg"]),
             ("10410", "Velika Gorica", ["Zagrebačka cesta", "Trg kralja Tomislava"])]
HR_WORDS = (["Jadran", "Dalmacija", "Sava", "Drava", "Velebit", "Primorje", "Zagorje", "Slavonija", "Kvarner", "Učka", "Mosor", "Biokovo"],
            ["trgovina", "gradnja", "servis", "informatika", "elektro", "transport", "projekt", "consulting", "tehnika", "metal"])
HR_PEOPLE = (["Ivan", "Marko", "Ana", "Petra", "Josip", "Luka", "Maja", "Tomislav", "Ivana", "Krešimir"],
             ["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Knežević", "Vuković", "Matić", "Perić"])


def hr_party(rng: random.Random, *, craft: bool = False) -> Party:
    postcode, city, streets = rng.choice(HR_PLACES)
    street = f"{rng.choice(streets)} {rng.randrange(1, 200)}{rng.choice(['', '', '', 'a', 'b'])}"
    first, last = rng.choice(HR_PEOPLE[0]), rng.choice(HR_PEOPLE[1])
    word, trade = rng.choice(HR_WORDS[0]), rng.choice(HR_WORDS[1])
    if craft:
        kind = rng.choice(["Obrt za ugostiteljstvo", "Obrt za usluge", "Stolarski obrt", "Obrt za računalno programiranje", "Elektroinstalaterski obrt"])
        name = f"{kind} {word}, vl. {first} {last}"
    else:
        name = rng.choice([f"{word} {trade} d.o.o.", f"{word}-{trade} d.o.o.", f"{word.upper()} d.d.", f"{word} {trade} j.d.o.o."])
    party = Party(name=name, address=[street, f"{postcode} {city}"], country="HR", tax_id=oib(rng),
                  phone=f"+385 {rng.choice(['1', '21', '51', '31', '23', '42'])} {rng.randrange(200, 999)} {rng.randrange(1000, 9999)}")
    party.email = f"{rng.choice(['info', 'racuni', 'financije'])}@{domain(word)}"
    party.extra["iban"] = hr_iban(rng)
    party.extra["mbs"] = f"0{rng.randrange(10**7, 10**8)}"
    return party


# --------------------------------------------------------------------------------------------------
# exporters (commercial invoices)

def iec(rng: random.Random) -> str:
    """India's importer-exporter code (ten characters, the firm's PAN for companies)."""
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(5)) + f"{rng.randrange(1000, 9999)}" + rng.choice(string.ascii_uppercase)

