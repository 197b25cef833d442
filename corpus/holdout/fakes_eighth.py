"""Parties and identifiers the eighth set's templates need (Singapore, Indonesia, Turkey, Saudi Arabia, lockboxes).

Kept apart from the earlier fakes modules so the earlier sets draw exactly what they drew before.
Identifiers carry their public check digits where one exists: the Turkish VKN (10 digits, the
Revenue Administration's weighted mod-10 digit) and TCKN (11 digits, two check digits), the Singapore
UEN (ROC form `201912345K`, business form `53312345D`; the check letter is drawn, its algorithm is
not public), the Saudi VAT number (15 digits starting and ending with 3), the Indonesian NPWP (15
digits printed `01.234.567.8-901.000`, or the 16-digit NIK-based form) and US ABA routing numbers
(3-7-1 weighted mod-10 check).
"""

from __future__ import annotations

import random
import uuid

from corpus.holdout.fakes import Party, domain
from corpus.holdout.locales import Fmt

# --------------------------------------------------------------------------------------------------
# Identifiers


def sg_uen(rng: random.Random, *, business: bool = False) -> str:
    letters = "ABCDEGHJKLMNRSTUWXYZ"
    if business:
        return f"{rng.randrange(10**7, 10**8)}{rng.choice(letters)}"
    return f"{rng.randrange(1995, 2023)}{rng.randrange(10**4, 10**5):05d}{rng.choice(letters)}"


def sg_old_gst(rng: random.Random) -> str:
    """A GST registration number of the older `M2-1234567-8` form (firms whose GST number is not their UEN)."""
    return f"M{rng.choice('24')}-{rng.randrange(10**6, 10**7)}-{rng.randrange(10)}"


def npwp(rng: random.Random, *, sixteen: bool = False) -> str:
    if sixteen:
        return f"{rng.randrange(10**15, 10**16)}"
    d = f"{rng.randrange(1, 99):02d}{rng.randrange(10**6, 10**7):07d}{rng.randrange(100, 999)}{rng.choice(['000', '000', '001', '002'])}"
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"


def faktur_serial(rng: random.Random, year: int) -> str:
    """Kode dan nomor seri faktur pajak `010.001-24.12345678` (transaction code, status, year, serial)."""
    return f"0{rng.choice(['10', '10', '30', '40'])}.{rng.choice(['000', '001'])}-{year % 100:02d}.{rng.randrange(10**7, 10**8)}"


def vkn(rng: random.Random) -> str:
    """Turkish tax number (Vergi Kimlik No): nine digits and the administration's check digit."""
    digits = [rng.randrange(10) for _ in range(9)]
    total = 0
    for i, d in enumerate(digits):
        tmp = (d + 9 - i) % 10
        value = (tmp * 2 ** (9 - i)) % 9
        if tmp != 0 and value == 0:
            value = 9
        total += value
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def vkn_valid(number: str) -> bool:
    if len(number) != 10 or not number.isdigit():
        return False
    total = 0
    for i, ch in enumerate(number[:9]):
        tmp = (int(ch) + 9 - i) % 10
        value = (tmp * 2 ** (9 - i)) % 9
        total += 9 if tmp != 0 and value == 0 else value
    return (10 - total % 10) % 10 == int(number[9])


def tckn(rng: random.Random) -> str:
    """Turkish personal id (T.C. Kimlik No): 11 digits, no leading zero, two check digits."""
    d = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(8)]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_valid(number: str) -> bool:
    if len(number) != 11 or not number.isdigit() or number[0] == "0":
        return False
    d = [int(ch) for ch in number]
    return d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 and d[10] == sum(d[:10]) % 10


def ettn(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()


def sa_vat_number(rng: random.Random) -> str:
    """ZATCA VAT registration number: 15 digits, first and last 3 (the tenth digit 1 for a group member)."""
    return f"3{rng.randrange(10**8, 10**9)}{rng.choice('00001')}0003"


def sa_cr_number(rng: random.Random) -> str:
    return f"{rng.choice(['1010', '4030', '2050', '1131', '4650'])}{rng.randrange(10**5, 10**6)}"


def aba_routing(rng: random.Random) -> str:
    """A 9-digit US routing number with its 3-7-1 weighted check digit."""
    digits = [rng.randrange(10) for _ in range(8)]
    digits[0] = rng.choice([0, 1, 2, 3])
    total = sum(d * w for d, w in zip(digits, [3, 7, 1, 3, 7, 1, 3, 7], strict=True))
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def aba_valid(number: str) -> bool:
    d = [int(ch) for ch in number]
    return len(d) == 9 and sum(x * w for x, w in zip(d, [3, 7, 1] * 3, strict=True)) % 10 == 0


# --------------------------------------------------------------------------------------------------
# Parties

SG_PLACES = [("International Plaza", "10 Anson Road", "079903"), ("Ubi Techpark", "10 Ubi Crescent", "408564"),
             ("Tai Seng Centre", "3 Irving Road", "369522"), ("The Signature", "51 Changi Business Park Central 2", "486066"),
             ("Woodlands Spectrum", "2 Woodlands Sector 1", "738068"), ("Paya Lebar Square", "60 Paya Lebar Road", "409051"),
             ("Kallang Pudding Industrial Estate", "21 Kallang Pudding Road", "349316"), ("Midview City", "28 Sin Ming Lane", "573972")]
SG_WORDS = (["Lion City", "Straits", "Merlion", "Temasek", "Orchid", "Harbourfront", "Kallang", "Tanjong", "Jurong", "Raffles"],
            ["Engineering", "Trading", "Logistics", "Technologies", "Supplies", "Facilities Services", "Solutions", "Marine Services"],
            ["Pte. Ltd.", "Pte Ltd", "Pte. Ltd.", "LLP"])


def sg_party(rng: random.Random) -> Party:
    building, street, postal = rng.choice(SG_PLACES)
    place, trade, form = (rng.choice(part) for part in SG_WORDS)
    unit = f"#{rng.randrange(1, 30):02d}-{rng.randrange(1, 120):02d}"
    party = Party(name=f"{place} {trade} {form}", address=[street, f"{unit} {building}", f"Singapore {postal}"], country="SG",
                  phone=f"+65 {rng.choice('689')}{rng.randrange(100, 999)} {rng.randrange(1000, 9999)}")
    party.extra["uen"] = sg_uen(rng, business=form == "LLP" and rng.random() < 0.5)
    party.email = f"{rng.choice(['accounts', 'finance', 'billing'])}@{domain(place)}"
    return party


ID_PLACES = [("Jl. Jend. Sudirman Kav. 52-53", "Senayan, Kebayoran Baru", "Jakarta Selatan 12190"),
             ("Jl. M.H. Thamrin No. 1", "Menteng", "Jakarta Pusat 10310"), ("Jl. Raya Darmo No. 77", "Wonokromo", "Surabaya 60241"),
             ("Jl. Asia Afrika No. 8", "Sumur Bandung", "Bandung 40111"), ("Kawasan Industri Jababeka Blok C No. 12", "Cikarang Utara", "Bekasi 17530"),
             ("Jl. Gatot Subroto No. 38", "Medan Petisah", "Medan 20112"), ("Jl. Pemuda No. 150", "Sekayu", "Semarang 50132")]
ID_WORDS = (["PT"], ["Sinar", "Mitra", "Cahaya", "Karya", "Sumber", "Bintang", "Prima", "Tunas"],
            ["Abadi", "Makmur", "Sejahtera", "Utama", "Jaya", "Nusantara", "Mandiri", "Sentosa"],
            ["Indonesia", "Teknik", "Logistik", "Perkasa", "Persada", "Kimia", "Elektrik", ""])


def id_party(rng: random.Random) -> Party:
    street, district, city = rng.choice(ID_PLACES)
    _, a, b, c = (rng.choice(part) for part in ID_WORDS)
    name = f"PT {a} {b} {c}".strip() if rng.random() < 0.85 else f"CV {a} {b}"
    party = Party(name=name, address=[street, district, city], country="ID", tax_id=npwp(rng, sixteen=rng.random() < 0.25),
                  phone=f"(0{rng.choice([21, 31, 22, 61, 24])}) {rng.randrange(500, 899)}-{rng.randrange(1000, 9999)}")
    party.email = f"{rng.choice(['finance', 'tax', 'admin'])}@{domain(a + b)}"
    return party


TR_PLACES = [("İstanbul", "Şişli", "Büyükdere Cad. No:185"), ("İstanbul", "Ümraniye", "Alemdağ Cad. No:12"),
             ("Ankara", "Çankaya", "Atatürk Bulvarı No:199"), ("İzmir", "Bornova", "Kazımdirik Mah. 372. Sok. No:4"),
             ("Bursa", "Nilüfer", "Organize Sanayi Bölgesi Mavi Cad. No:7"), ("Kocaeli", "Gebze", "Güzeller OSB Ihlamur Cad. No:21"),
             ("Antalya", "Muratpaşa", "Güzeloba Mah. 2246 Sok. No:9")]
TR_OFFICES = {"İstanbul": ["Boğaziçi Kurumlar", "Zincirlikuyu", "Mecidiyeköy", "Alemdağ"], "Ankara": ["Kavaklıdere", "Ostim", "Maltepe"],
              "İzmir": ["Bornova", "Kordon", "Karşıyaka"], "Bursa": ["Nilüfer", "Uludağ"], "Kocaeli": ["Gebze", "Tepecik"],
              "Antalya": ["Muratpaşa", "Antalya Kurumlar"]}
TR_WORDS = (["Anadolu", "Ege", "Marmara", "Yıldız", "Boğaziçi", "Kuzey", "Akdeniz", "Özgür", "Doğan", "Çelik"],
            ["Makine", "Gıda", "Tekstil", "Lojistik", "Yazılım", "Elektrik", "Ambalaj", "Kimya"],
            ["San. ve Tic. A.Ş.", "Tic. Ltd. Şti.", "A.Ş.", "San. Tic. Ltd. Şti."])


def tr_party(rng: random.Random) -> Party:
    city, district, street = rng.choice(TR_PLACES)
    a, b, form = (rng.choice(part) for part in TR_WORDS)
    party = Party(name=f"{a} {b} {form}", address=[street, f"{district}/{city}"], country="TR", tax_id=vkn(rng),
                  phone=f"+90 {rng.choice([212, 216, 312, 232, 224, 262])} {rng.randrange(200, 999)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}")
    party.extra["tax_office"] = rng.choice(TR_OFFICES[city])
    party.extra["mersis"] = f"0{rng.randrange(10**14, 10**15)}"
    party.email = f"{rng.choice(['muhasebe', 'info', 'efatura'])}@{domain(a.replace('İ', 'I').replace('Ö', 'O').replace('Ç', 'C').replace('Ş', 'S'))}"
    return party


SA_PLACES = [("Riyadh", "12211", "Al Olaya", "King Fahd Road"), ("Riyadh", "13241", "Al Malqa", "Anas Ibn Malik Road"),
             ("Jeddah", "23511", "Al Rawdah", "Prince Sultan Street"), ("Dammam", "32241", "Al Faisaliyah", "King Saud Street"),
             ("Al Khobar", "34426", "Al Aqrabiyah", "Prince Turki Street"), ("Jeddah", "21442", "Al Baghdadiyah", "Medina Road")]
SA_WORDS = (["Al Noor", "Al Rajhi", "Al Faisal", "Najd", "Red Sea", "Gulf", "Al Yamamah", "Hejaz", "Al Safwa", "Al Jazeera"],
            ["Trading Est.", "Contracting Co.", "Industrial Supplies Co.", "Technical Services Co.", "Food Trading Company",
             "Medical Supplies Co. Ltd.", "Logistics Company"])


def sa_party(rng: random.Random) -> Party:
    city, postal, district, street = rng.choice(SA_PLACES)
    a, b = (rng.choice(part) for part in SA_WORDS)
    building = rng.randrange(1000, 9999)
    party = Party(name=f"{a} {b}", address=[f"Building No. {building}", street, f"{district} District", f"{city} {postal}"],
                  country="SA", tax_id=sa_vat_number(rng),
                  phone=f"+966 1{rng.choice('123')} {rng.randrange(200, 999)} {rng.randrange(1000, 9999)}")
    party.extra["cr"] = sa_cr_number(rng)
    party.extra["additional_no"] = f"{rng.randrange(2000, 9999)}"
    party.email = f"{rng.choice(['accounts', 'sales', 'finance'])}@{domain(a.replace('Al ', ''))}"
    return party


def fmt_of(country: str, currency: str, *, number_style: str, symbol: str, position: str, date_pattern: str,
           lang: str = "en") -> Fmt:
    return Fmt(country=country, currency=currency, number_style=number_style, symbol=symbol, position=position,
               date_pattern=date_pattern, lang=lang)
