"""Parties, identifiers and amount words the eleventh set's templates need (Ireland, Vietnam, Argentina, Korea,
US healthcare payers and providers, Japan in Japanese, the Netherlands / Flanders, EV charging networks).

Kept apart from the earlier fakes modules so the earlier sets draw exactly what they drew before.
Identifiers carry their public check digits where one exists: the Irish VAT number (weights 8…2, plus 9 x
the second letter in the 2013 format, mod 23 to a letter), the Irish IBAN (mod 97); the Vietnamese tax code
(mã số thuế: weights 31 29 23 19 17 13 7 5 3, mod 11); the Argentine CUIT (weights 5 4 3 2 7 6 5 4 3 2, mod
11); the Korean business registration number (weights 1 3 7 1 3 7 1 3 5 and the carried fifth product,
mod 10); the US NPI (Luhn over the 80840 prefix). Irish CRO numbers, Eircodes, Vietnamese lookup codes,
Argentine CAE, Korean NTS approval numbers, Japanese bank accounts and EVSE ids are drawn in the printed
shape (no public check).
"""

from __future__ import annotations

import random
import string
from datetime import date
from decimal import Decimal

from corpus.holdout.fakes import Party, _luhn_complete
from corpus.holdout.fakes_fourth import iban_check, spanish_number_words

# --------------------------------------------------------------------------------------------------
# Ireland

_IE_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"


def ie_vat(rng: random.Random) -> str:
    """Irish VAT number, printed `IE 6388047V`, `IE6388047V` or in the 2013 form `IE 3334567FA`."""
    digits = [rng.randrange(10) for _ in range(7)]
    digits[0] = rng.randrange(1, 10)
    total = sum(d * w for d, w in zip(digits, range(8, 1, -1), strict=True))
    body = "".join(map(str, digits))
    if rng.random() < 0.45:
        second = rng.choice("ABCDEFGHI")
        total += 9 * _IE_LETTERS.index(second)
        number = body + _IE_LETTERS[total % 23] + second
    else:
        number = body + _IE_LETTERS[total % 23]
    forms = [f"IE {number}", f"IE{number}", f"IE{number}"] + ([f"IE {number[:7]} {number[7:]}"] if len(number) == 9 else [])
    return rng.choice(forms)


def ie_vat_valid(printed: str) -> bool:
    raw = printed.replace(" ", "").removeprefix("IE")
    if len(raw) not in (8, 9) or not raw[:7].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(raw[:7], range(8, 1, -1), strict=True))
    if len(raw) == 9:
        if raw[8] not in "ABCDEFGHIW":
            return False
        total += 9 * _IE_LETTERS.index(raw[8])
    return raw[7] == _IE_LETTERS[total % 23]


IE_BANKS = [("AIBK", "AIBKIE2D", "AIB"), ("BOFI", "BOFIIE2D", "Bank of Ireland"), ("IPBS", "IPBSIE2D", "PTSB"),
            ("ULSB", "ULSBIE2D", "Ulster Bank")]


def ie_iban(rng: random.Random) -> tuple[str, str, str]:
    code, swift, name = rng.choice(IE_BANKS)
    bban = code + f"{rng.randrange(900000, 999999)}" + f"{rng.randrange(10**7, 10**8)}"
    raw = "IE" + iban_check("IE", bban) + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)), swift, name


_EIR = "0123456789ACDEFHKNPRTVWXY"
# (locality lines after the street, routing key)
IE_PLACES = [(["Dublin 2"], "D02"), (["Dublin 4"], "D04"), (["Sandyford", "Dublin 18"], "D18"), (["Ballymount", "Dublin 24"], "D24"),
             (["Blanchardstown", "Dublin 15"], "D15"), (["Swords", "Co. Dublin"], "K67"), (["Cork"], "T12"), (["Little Island", "Co. Cork"], "T45"),
             (["Galway"], "H91"), (["Limerick"], "V94"), (["Waterford"], "X91"), (["Athlone", "Co. Westmeath"], "N37"),
             (["Naas", "Co. Kildare"], "W91"), (["Letterkenny", "Co. Donegal"], "F92"), (["Ballina", "Co. Mayo"], "F26"), (["Kilkenny"], "R95"),
             (["Drogheda", "Co. Louth"], "A92"), (["Tralee", "Co. Kerry"], "V92")]
IE_STREETS = ["Lower Baggot Street", "Main Street", "Harcourt Road", "Patrick Street", "Eyre Square", "O'Connell Street", "Dock Road",
              "Mary Street", "The Quay", "Church Street", "Bridge Street", "Shop Street"]
IE_ESTATES = ["Ballymount Industrial Estate", "Sandyford Business Park", "Ballycoolin Business Park", "Mervue Business Park",
              "Kilbarry Enterprise Centre", "IDA Business Park", "Parkwest Business Park", "Raheen Industrial Estate"]
IE_WORDS = (["Shannon", "Liffey", "Corrib", "Atlantic", "Emerald", "Burren", "Boyne", "Slaney", "Wicklow", "Connacht", "Barrow", "Mourne"],
            ["Engineering", "Print Services", "Plant Hire", "Foods", "Cloud Solutions", "Electrical", "Facilities Management", "Logistics",
             "Building Supplies", "Packaging", "Software", "Office Interiors"],
            ["Limited", "Ltd", "Ltd", "DAC", "Teoranta"],
            ["Kelly", "Byrne", "Murphy", "O'Sullivan", "Walsh", "O'Brien", "Doyle", "McCarthy", "Gallagher", "Ó Briain", "Mac Giolla", "Brennan"],
            ["Aoife", "Ciarán", "Siobhán", "Declan", "Niamh", "Eoin", "Gráinne", "Pádraig", "Orla", "Cathal"])


def eircode(rng: random.Random, routing: str) -> str:
    return f"{routing} {rng.choice('ACDEFHKNPRTVWXY')}{''.join(rng.choice(_EIR) for _ in range(3))}"


def ie_address(rng: random.Random) -> list[str]:
    locality, routing = rng.choice(IE_PLACES)
    if rng.random() < 0.4:
        lines = [f"Unit {rng.randrange(1, 40)}{rng.choice(['', '', 'A', 'B'])}", rng.choice(IE_ESTATES)]
    else:
        lines = [f"{rng.randrange(1, 140)} {rng.choice(IE_STREETS)}"]
    lines += locality
    if rng.random() < 0.8:
        lines.append(eircode(rng, routing))
    return lines


def ie_party(rng: random.Random, *, public_body: bool = False) -> Party:
    places, trades, forms, surnames, firsts = IE_WORDS
    if public_body:
        name = rng.choice(["Kilcarrow County Council", "Ballinmore Education and Training Board", "Midlands Regional Water Authority",
                           "Department of Rural Enterprise", "National Heritage Office", "Southern Regional Health Area"])
    else:
        style = rng.random()
        if style < 0.45:
            name = f"{rng.choice(places)} {rng.choice(trades)} {rng.choice(forms)}"
        elif style < 0.75:
            name = f"{rng.choice(surnames)} {rng.choice(trades)} {rng.choice(forms)}"
        else:
            a, b = rng.sample(surnames, 2)
            name = f"{a} & {b} {rng.choice(trades)} {rng.choice(forms)}"
    party = Party(name=name, address=ie_address(rng), country="IE", tax_id=ie_vat(rng),
                  phone=f"+353 {rng.choice(['1', '21', '91', '61', '51', '90', '45', '74', '96'])} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}")
    party.extra["cro"] = f"{rng.randrange(100000, 760000)}"
    party.extra["directors"] = ", ".join(f"{rng.choice(firsts)[0]}. {s}" for s in rng.sample(surnames, rng.randrange(2, 4)))
    word = "".join(ch for ch in name.split()[0].lower() if ch.isascii() and ch.isalpha()) or "firm"
    party.email = f"{rng.choice(['accounts', 'finance', 'info', 'ar'])}@{word}.ie.example"
    party.website = f"www.{word}.ie.example"
    return party


# --------------------------------------------------------------------------------------------------
# Vietnam

_VN_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3]


def vn_tax_code(rng: random.Random, *, branch: bool = False) -> str:
    """Mã số thuế: ten digits (a two-digit province code first), the tenth a mod-11 check; a branch adds `-001`."""
    while True:
        head = f"{rng.choice(['01', '03', '02', '04', '05', '31', '36', '37', '38', '40'])}{rng.randrange(10**6, 10**7)}"
        check = 10 - sum(int(d) * w for d, w in zip(head, _VN_WEIGHTS, strict=True)) % 11
        if 0 <= check <= 9:
            code = f"{head}{check}"
            return f"{code}-{rng.randrange(1, 20):03d}" if branch else code


def vn_tax_code_valid(code: str) -> bool:
    digits = code.split("-")[0]
    if len(digits) != 10 or not digits.isdigit():
        return False
    return 10 - sum(int(d) * w for d, w in zip(digits[:9], _VN_WEIGHTS, strict=True)) % 11 == int(digits[9])


VN_PLACES = [(["Phường Bến Nghé", "Quận 1", "Thành phố Hồ Chí Minh"], ["Lê Lợi", "Nguyễn Huệ", "Hai Bà Trưng", "Tôn Đức Thắng"]),
             (["Phường 12", "Quận Tân Bình", "Thành phố Hồ Chí Minh"], ["Cộng Hòa", "Trường Chinh", "Hoàng Văn Thụ"]),
             (["Phường Thảo Điền", "Thành phố Thủ Đức", "Thành phố Hồ Chí Minh"], ["Xuân Thủy", "Quốc Hương", "Nguyễn Văn Hưởng"]),
             (["Phường Dịch Vọng Hậu", "Quận Cầu Giấy", "Thành phố Hà Nội"], ["Trần Thái Tông", "Duy Tân", "Xuân Thủy"]),
             (["Phường Tràng Tiền", "Quận Hoàn Kiếm", "Thành phố Hà Nội"], ["Tràng Tiền", "Hàng Bài", "Lý Thường Kiệt"]),
             (["Phường Láng Hạ", "Quận Đống Đa", "Thành phố Hà Nội"], ["Láng Hạ", "Thái Hà", "Chùa Bộc"]),
             (["Phường Thạch Thang", "Quận Hải Châu", "Thành phố Đà Nẵng"], ["Bạch Đằng", "Lê Duẩn", "Trần Phú"]),
             (["KCN Sóng Thần 2", "Thành phố Dĩ An", "Tỉnh Bình Dương"], ["Đường số 7", "Đường số 3", "Đại lộ Độc Lập"]),
             (["KCN Amata", "Thành phố Biên Hòa", "Tỉnh Đồng Nai"], ["Đường 2A", "Đường Amata", "Đường 5"]),
             (["Phường Máy Chai", "Quận Ngô Quyền", "Thành phố Hải Phòng"], ["Lê Thánh Tông", "Đà Nẵng", "Lạch Tray"])]
VN_NAMES = (["CÔNG TY TNHH", "CÔNG TY TNHH", "CÔNG TY CỔ PHẦN", "CÔNG TY TNHH MTV"],
            ["THƯƠNG MẠI VÀ DỊCH VỤ", "SẢN XUẤT BAO BÌ", "CÔNG NGHỆ", "VẬN TẢI VÀ LOGISTICS", "XÂY DỰNG", "THIẾT BỊ VĂN PHÒNG", "THỰC PHẨM",
             "GIẢI PHÁP PHẦN MỀM", "CƠ KHÍ", "ĐIỆN LẠNH", "IN ẤN QUẢNG CÁO", "VẬT LIỆU XÂY DỰNG"],
            ["HOÀNG PHÁT", "SAO VIỆT", "MINH KHANG", "AN PHÚ", "THÀNH ĐẠT", "PHƯƠNG NAM", "ĐẠI VIỆT", "TÂN LONG", "HƯNG THỊNH", "BẢO NGỌC",
             "TRƯỜNG AN", "NAM SƠN"])
VN_PEOPLE = (["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"],
             ["Văn An", "Thị Bích", "Minh Tuấn", "Thu Hà", "Quốc Bảo", "Thanh Hương", "Đức Anh", "Ngọc Lan", "Hoàng Nam", "Thị Mai"])
VN_BANKS = ["Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)", "Ngân hàng TMCP Kỹ thương Việt Nam (Techcombank)",
            "Ngân hàng TMCP Á Châu (ACB)", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV)", "Ngân hàng TMCP Quân đội (MB)",
            "Ngân hàng TMCP Việt Nam Thịnh Vượng (VPBank)"]


def vn_party(rng: random.Random) -> Party:
    forms, trades, brands = VN_NAMES
    name = f"{rng.choice(forms)} {rng.choice(trades)} {rng.choice(brands)}"
    locality, streets = rng.choice(VN_PLACES)
    street = f"Số {rng.randrange(1, 400)}{rng.choice(['', '', '/12', 'A', 'B', '/4'])} {rng.choice(streets)}"
    if rng.random() < 0.25:
        street = f"Tầng {rng.randrange(2, 18)}, Tòa nhà {rng.choice(['Sao Mai', 'Hà Đô', 'Viettel', 'Pearl Plaza', 'Sky Tower'])}, {street}"
    parts = [p for p in street.split(", ")] + list(locality)
    party = Party(name=name, address=parts, country="VN", tax_id=vn_tax_code(rng, branch=rng.random() < 0.1),
                  phone=f"0{rng.choice(['28', '24', '236', '274', '251', '225'])} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}")
    party.extra["bank_account"] = f"{rng.randrange(10**9, 10**13)}"
    party.extra["bank"] = rng.choice(VN_BANKS)
    word = "".join(ch for ch in brands[0].lower() if ch.isascii() and ch.isalpha())
    party.email = f"ketoan@{''.join(ch for ch in name.split()[-1].lower() if ch.isascii() and ch.isalpha()) or word}.vn.example"
    return party


def vn_person(rng: random.Random) -> str:
    family, given = VN_PEOPLE
    return f"{rng.choice(family)} {rng.choice(given)}"


_VN_DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _vn_triple(n: int, full: bool) -> str:
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if full or hundreds:
        words += [_VN_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units and words:
            words.append("lẻ")
        if units:
            words.append(_VN_DIGITS[units])
    elif tens == 1:
        words.append("mười")
        if units:
            words.append("lăm" if units == 5 else _VN_DIGITS[units])
    else:
        words += [_VN_DIGITS[tens], "mươi"]
        if units:
            words.append({1: "mốt", 5: "lăm"}.get(units, _VN_DIGITS[units]))
    return " ".join(words)


def words_vietnamese(value: Decimal) -> str:
    """`Mười ba triệu năm trăm bảy mươi chín nghìn năm trăm đồng` (whole đồng, groups of three)."""
    whole = int(value)
    if whole == 0:
        return "Không đồng"
    groups = []
    while whole:
        whole, part = divmod(whole, 1000)
        groups.append(part)
    names = ["", "nghìn", "triệu", "tỷ"]
    words: list[str] = []
    for index in range(len(groups) - 1, -1, -1):
        part = groups[index]
        if part == 0:
            continue
        words.append(_vn_triple(part, full=index != len(groups) - 1))
        if names[index]:
            words.append(names[index])
    text = " ".join(words) + " đồng"
    return text[0].upper() + text[1:]


def vn_lookup_code(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(rng.choice([10, 12, 13])))


def vn_authority_code(rng: random.Random) -> str:
    """The tax authority's code on an invoice issued with a code (Mã của CQT): 34 characters."""
    return "00" + "".join(rng.choice("0123456789ABCDEF") for _ in range(32))


# --------------------------------------------------------------------------------------------------
# Argentina


def ar_cuit(rng: random.Random, *, person: bool = False) -> str:
    """CUIT `30-71234567-8`: type prefix, eight digits, mod-11 check (a remainder giving 10 is never issued)."""
    weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        prefix = rng.choice(["20", "27", "23"]) if person else rng.choice(["30", "30", "33"])
        body = f"{prefix}{rng.randrange(10**7, 10**8) if not person else rng.randrange(10**7 * 1, 10**7 * 5)}"
        check = 11 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
        check = 0 if check == 11 else check
        if check < 10:
            return f"{body[:2]}-{body[2:]}-{check}"


def ar_cuit_valid(printed: str) -> bool:
    digits = printed.replace("-", "")
    if len(digits) != 11 or not digits.isdigit():
        return False
    check = 11 - sum(int(d) * w for d, w in zip(digits[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
    return (0 if check == 11 else check) == int(digits[10])


AR_PLACES = [("Ciudad Autónoma de Buenos Aires", "C1043AAZ", ["Av. Corrientes", "Av. Córdoba", "Florida", "Av. de Mayo", "Tucumán", "Reconquista"]),
             ("Ciudad Autónoma de Buenos Aires", "C1425BHE", ["Av. Santa Fe", "Av. Cabildo", "Juramento", "Thames"]),
             ("Córdoba", "X5000IUP", ["Bv. San Juan", "Av. Colón", "Deán Funes", "27 de Abril"]),
             ("Rosario, Santa Fe", "S2000BDA", ["Bv. Oroño", "Córdoba", "San Lorenzo", "Pellegrini"]),
             ("Mendoza", "M5500GHK", ["Av. San Martín", "Paso de los Andes", "Belgrano"]),
             ("La Plata, Buenos Aires", "B1900TGA", ["Calle 7", "Calle 50", "Diagonal 74"]),
             ("San Miguel de Tucumán", "T4000IAK", ["24 de Septiembre", "Av. Mate de Luna", "San Martín"]),
             ("Mar del Plata, Buenos Aires", "B7600DHB", ["Av. Colón", "Güemes", "Av. Independencia"]),
             ("Neuquén", "Q8300BMH", ["Av. Argentina", "Perito Moreno", "Sarmiento"])]
AR_WORDS = (["del Plata", "Patagónica", "Pampeana", "Andina", "del Litoral", "Cuyana", "Austral", "del Sur", "Rioplatense"],
            ["Distribuidora", "Servicios", "Logística", "Insumos Industriales", "Sistemas", "Construcciones", "Agropecuaria", "Metalúrgica",
             "Papelera", "Tecnología"],
            ["S.A.", "S.R.L.", "S.A.", "S.A.S.", "S.R.L."],
            ["González", "Rodríguez", "Fernández", "López", "Martínez", "Pérez", "Gómez", "Sánchez", "Romero", "Álvarez"],
            ["Lucía Beatriz", "Martín Alejandro", "Florencia", "Juan Pablo", "María Laura", "Diego Hernán", "Carolina", "Federico"])


def ar_party(rng: random.Random, *, person: bool = False) -> Party:
    places, trades, forms, surnames, firsts = AR_WORDS
    city, cp, streets = rng.choice(AR_PLACES)
    if person:
        name = f"{rng.choice(surnames)} {rng.choice(firsts)}"
    else:
        style = rng.random()
        if style < 0.5:
            name = f"{rng.choice(trades)} {rng.choice(places)} {rng.choice(forms)}"
        else:
            name = f"{rng.choice(surnames)} {rng.choice(['Hnos.', 'y Asociados', 'e Hijos', ''])} {rng.choice(forms)}".replace("  ", " ")
    street = f"{rng.choice(streets)} {rng.randrange(100, 5000)}"
    if rng.random() < 0.35:
        street += f" Piso {rng.randrange(1, 15)} Of. {rng.choice('ABCDE')}"
    lines = [street, f"{cp} {city}" if rng.random() < 0.5 else city]
    party = Party(name=name, address=lines, country="AR", tax_id=ar_cuit(rng, person=person),
                  phone=f"+54 {rng.choice(['11', '351', '341', '261', '221'])} {rng.randrange(4000, 5999)}-{rng.randrange(1000, 9999)}")
    party.extra["iibb"] = rng.choice([party.tax_id, f"901-{rng.randrange(100000, 999999)}-{rng.randrange(1, 9)}",
                                      f"{rng.randrange(10**6, 10**7)}-{rng.randrange(10, 99)}", "Exento"])
    party.extra["inicio"] = date(rng.randrange(1995, 2022), rng.randrange(1, 13), 1).isoformat()
    word = "".join(ch for ch in name.split()[0].lower() if ch.isascii() and ch.isalpha()) or "empresa"
    party.email = f"{rng.choice(['administracion', 'facturacion', 'ventas', 'info'])}@{word}.com.ar.example"
    return party


def words_ar(value: Decimal) -> str:
    """`UN MILLÓN DOSCIENTOS TREINTA Y CUATRO MIL QUINIENTOS SEIS CON 50/100` (the peso amount in words)."""
    whole = int(value)
    cents = int((value - whole) * 100)
    return f"{spanish_number_words(whole)} CON {cents:02d}/100"


# --------------------------------------------------------------------------------------------------
# Korea


def kr_brn(rng: random.Random) -> str:
    """사업자등록번호 `123-45-67890`: the tenth digit checks the first nine (NTS weights 1 3 7 1 3 7 1 3 5)."""
    digits = [rng.randrange(1, 10), rng.randrange(10), rng.randrange(10), rng.choice([8, 8, 1, 2, 3, 6]), rng.choice([1, 1, 6, 7, 8])]
    digits += [rng.randrange(10) for _ in range(4)]
    weights = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    total = sum(d * w for d, w in zip(digits, weights, strict=True)) + digits[8] * 5 // 10
    digits.append((10 - total % 10) % 10)
    s = "".join(map(str, digits))
    return f"{s[:3]}-{s[3:5]}-{s[5:]}"


def kr_brn_valid(printed: str) -> bool:
    s = printed.replace("-", "")
    if len(s) != 10 or not s.isdigit():
        return False
    d = [int(c) for c in s]
    total = sum(a * w for a, w in zip(d[:9], [1, 3, 7, 1, 3, 7, 1, 3, 5], strict=True)) + d[8] * 5 // 10
    return (10 - total % 10) % 10 == d[9]


KR_PLACES = [("서울특별시 강남구", ["테헤란로", "강남대로", "선릉로", "논현로"]), ("서울특별시 중구", ["세종대로", "을지로", "퇴계로"]),
             ("서울특별시 영등포구", ["여의대로", "국제금융로", "경인로"]), ("서울특별시 금천구", ["가산디지털1로", "디지털로"]),
             ("경기도 성남시 분당구", ["판교역로", "대왕판교로", "황새울로"]), ("경기도 화성시", ["동탄대로", "삼성1로"]),
             ("인천광역시 남동구", ["남동대로", "능허대로"]), ("부산광역시 해운대구", ["센텀중앙로", "해운대로"]),
             ("대구광역시 달서구", ["성서공단로", "달구벌대로"]), ("대전광역시 유성구", ["대덕대로", "테크노중앙로"])]
KR_WORDS = (["한빛", "대한", "새한", "동양", "우리", "미래", "세원", "태광", "신성", "한결", "누리", "성진"],
            ["산업", "테크", "물산", "정밀", "시스템", "상사", "전자", "로지스틱스", "소프트", "인쇄", "푸드", "건설"],
            ["김", "이", "박", "최", "정", "강", "조", "윤"], ["민준", "서연", "지훈", "수빈", "현우", "지영", "성민", "은정"])
KR_TYPES = [("도매", "전자부품"), ("제조", "금속가공"), ("서비스", "소프트웨어 개발"), ("도소매", "사무용품"), ("운수", "화물운송"),
            ("건설", "실내건축"), ("제조", "포장재"), ("서비스", "광고대행"), ("도매", "식자재")]


def kr_party(rng: random.Random) -> Party:
    brands, trades, families, givens = KR_WORDS
    base = f"{rng.choice(brands)}{rng.choice(trades)}"
    name = rng.choice([f"(주){base}", f"주식회사 {base}", f"{base} 주식회사", f"(주){base}", f"{base}"])
    region, roads = rng.choice(KR_PLACES)
    lines = [f"{region} {rng.choice(roads)} {rng.randrange(1, 400)}"]
    if rng.random() < 0.6:
        lines.append(f"{rng.choice(['', '', '한빛빌딩 ', '센터원 ', '디지털타워 ', '파크뷰 '])}{rng.randrange(2, 20)}층")
    party = Party(name=name, address=lines, country="KR", tax_id=kr_brn(rng),
                  phone=f"0{rng.choice(['2', '31', '32', '51', '53', '42'])}-{rng.randrange(200, 9999)}-{rng.randrange(1000, 9999)}")
    kind, item = rng.choice(KR_TYPES)
    party.extra.update({"ceo": f"{rng.choice(families)}{rng.choice(givens)}", "type": kind, "item": item})
    party.email = f"{rng.choice(['tax', 'account', 'billing', 'acc'])}@{rng.choice(['hanbit', 'daehan', 'mirae', 'sewon', 'nuri', 'sungjin'])}{rng.randrange(1, 99)}.co.kr.example"
    return party


def kr_approval_number(rng: random.Random, written: date) -> str:
    """NTS approval number `20240315-41000012-71234567` (date, issuer system code and serial, random tail)."""
    return f"{written.strftime('%Y%m%d')}-{rng.choice(['41', '10', '42', '43'])}{rng.randrange(10**5, 10**6):06d}-{rng.randrange(10**7, 10**8)}"


# --------------------------------------------------------------------------------------------------
# US healthcare: payers, providers, NPI


def npi(rng: random.Random, *, entity: int = 1) -> str:
    """National Provider Identifier: 10 digits (1… individual, also 1… / 2… organisation), Luhn over `80840` + the first nine."""
    body = f"{entity if entity in (1, 2) else 1}{rng.randrange(10**7, 10**8)}"
    return _luhn_complete("80840" + body)[len("80840"):]


def npi_valid(number: str) -> bool:
    if len(number) != 10 or not number.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed("80840" + number)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0


PAYERS = {"medicare": [("CASCADE MEDICARE SERVICES", ["JURISDICTION 17 PART B", "PO BOX 6702", "FARGO ND 58108-6702"]),
                       ("GREAT PLAINS MEDICARE ADMINISTRATORS", ["PART B REMITTANCE", "PO BOX 3110", "MECHANICSBURG PA 17055-1810"]),
                       ("BLUE RIDGE MEDICARE SOLUTIONS", ["JURISDICTION M PART B", "PO BOX 100190", "COLUMBIA SC 29202-3190"])],
          "commercial": [("Keystone Health Plan", ["Provider Payment Services", "PO Box 890214", "Camp Hill, PA 17089-0214"]),
                         ("Great Lakes Mutual Health Insurance Company", ["Claims Administration", "PO Box 33041", "Detroit, MI 48232-5041"]),
                         ("Sunbelt Health Alliance", ["Provider Remittance Unit", "PO Box 740800", "Atlanta, GA 30374-0800"]),
                         ("Pacific Crest Health Plans", ["Remittance Processing", "PO Box 272910", "Sacramento, CA 95827-2910"]),
                         ("Heartland Employers Benefit Trust", ["c/o Prairie Benefit Administrators", "PO Box 6040", "Omaha, NE 68106-0040"])],
          "dental": [("Bright Smile Dental Plans, Inc.", ["Dental Claims", "PO Box 2010", "Milwaukee, WI 53201-2010"]),
                     ("Northstar Dental Benefits", ["Provider Services", "PO Box 9085", "Minneapolis, MN 55480-9085"]),
                     ("Coastal Dental Insurance Company", ["Claims Department", "PO Box 30567", "Tampa, FL 33630-3567"])]}
PROVIDERS = {"medical": ["Lakeside Family Medicine PC", "Riverbend Orthopedic Associates LLC", "Summit Internal Medicine Group", "Cedar Valley Pediatrics PA",
                         "Northgate Physical Therapy Inc", "Meadowbrook Cardiology PLLC", "Harbor View Dermatology PC", "Willow Creek Family Practice"],
             "dental": ["Maple Grove Family Dentistry PC", "Bayshore Dental Group LLC", "Smile Studio of Westfield DDS PA", "Parkside Pediatric Dentistry",
                        "Stonebridge Dental Associates"]}
PATIENTS_LAST = ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "GARCIA", "MILLER", "DAVIS", "MARTINEZ", "WILSON", "ANDERSON", "TAYLOR", "THOMAS",
                 "MOORE", "JACKSON", "LEE", "HARRIS", "CLARK", "LEWIS", "WALKER", "YOUNG"]
PATIENTS_FIRST = ["JAMES", "MARY", "ROBERT", "PATRICIA", "JOHN", "JENNIFER", "MICHAEL", "LINDA", "DAVID", "ELIZABETH", "WILLIAM", "BARBARA",
                  "RICHARD", "SUSAN", "JOSEPH", "JESSICA", "CHARLES", "KAREN", "DANIEL", "NANCY"]


# --------------------------------------------------------------------------------------------------
# Japan (Japanese script)

JA_PLACES = [("103-0027", "東京都中央区日本橋", "日本橋"), ("105-0011", "東京都港区芝公園", "芝公園"), ("150-0002", "東京都渋谷区渋谷", "渋谷"),
             ("160-0023", "東京都新宿区西新宿", "西新宿"), ("530-0001", "大阪府大阪市北区梅田", "梅田"), ("541-0041", "大阪府大阪市中央区北浜", "北浜"),
             ("460-0008", "愛知県名古屋市中区栄", "栄"), ("812-0011", "福岡県福岡市博多区博多駅前", "博多"), ("220-0012", "神奈川県横浜市西区みなとみらい", "みなとみらい"),
             ("060-0001", "北海道札幌市中央区北一条西", "北一条"), ("600-8216", "京都府京都市下京区東塩小路町", "京都駅前"), ("980-0021", "宮城県仙台市青葉区中央", "仙台")]
JA_WORDS = (["山田", "青葉", "さくら", "東和", "大和", "富士", "中央", "日本", "北斗", "光", "朝日", "丸紅"],
            ["製作所", "商事", "物産", "システム", "工業", "電機", "印刷", "食品", "運輸", "建設", "化学", "ソフトウェア"],
            ["株式会社", "株式会社", "株式会社", "有限会社", "合同会社"],
            ["田中", "鈴木", "高橋", "渡辺", "伊藤", "山本", "中村", "小林", "加藤", "吉田"], ["一郎", "花子", "健太", "美咲", "誠", "陽子"])
JA_BANKS = [("三菱UFJ銀行", ["本店", "日本橋支店", "新宿支店", "梅田支店"]), ("三井住友銀行", ["東京営業部", "渋谷支店", "名古屋支店", "博多支店"]),
            ("みずほ銀行", ["丸の内支店", "横浜支店", "札幌支店"]), ("りそな銀行", ["東京営業部", "大阪営業部"]), ("ゆうちょ銀行", ["〇一八店", "〇二八店"])]


def ja_party(rng: random.Random) -> Party:
    brands, trades, forms, families, givens = JA_WORDS
    base = f"{rng.choice(brands)}{rng.choice(trades)}"
    form = rng.choice(forms)
    name = f"{form}{base}" if rng.random() < 0.55 else f"{base}{form}"
    postal, area, short = rng.choice(JA_PLACES)
    street = f"{area}{rng.randrange(1, 6)}-{rng.randrange(1, 20)}-{rng.randrange(1, 15)}"
    lines = [f"〒{postal}", street]
    if rng.random() < 0.6:
        lines.append(f"{rng.choice([short, rng.choice(brands)])}{rng.choice(['ビル', 'センタービル', 'タワー', '第一ビル'])}{rng.randrange(2, 15)}階")
    party = Party(name=name, address=lines, country="JP", tax_id=None,
                  phone=f"0{rng.choice(['3', '6', '52', '92', '45', '11', '75', '22'])}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}")
    party.extra["contact"] = f"{rng.choice(['経理部', '財務部', '管理部 経理課', '総務経理部'])} {rng.choice(families)}"
    bank, branches = rng.choice(JA_BANKS)
    party.extra["bank"] = f"{bank} {rng.choice(branches)} {rng.choice(['普通', '普通', '当座'])} {rng.randrange(10**6, 10**7)}"
    party.email = f"{rng.choice(['keiri', 'shiharai', 'ap', 'accounting'])}@{rng.choice(['yamada', 'aoba', 'sakura', 'towa', 'fuji', 'hokuto'])}-{rng.randrange(1, 99)}.co.jp.example"
    return party


# --------------------------------------------------------------------------------------------------
# EV charging networks

EV_OPERATORS = {
    "GB": [("VoltPath Charging Ltd", ["Unit 4, Kingsway Business Park", "Manchester", "M19 1XX"]),
           ("Amperlane Networks Ltd", ["21 Albion Street", "Leeds", "LS1 5ES"]),
           ("ChargeHub UK Ltd", ["3rd Floor, 40 Gracechurch Street", "London", "EC3V 0BT"])],
    "DE": [("Ladenetz Süd GmbH", ["Stromstraße 12", "70565 Stuttgart"]), ("HyperVolt Mobility GmbH", ["Am Wattbogen 3", "80807 München"]),
           ("NordStrom Laden GmbH & Co. KG", ["Hafenkante 27", "20457 Hamburg"])],
    "NL": [("Stroomlijn Laadpunten B.V.", ["Energieweg 18", "3542 DZ Utrecht"]), ("Kilowatt Mobiliteit B.V.", ["Laadpaalstraat 4", "1033 SC Amsterdam"]),
           ("PolderCharge B.V.", ["Zuiderzeeweg 91", "8245 AB Lelystad"])],
    "US": [("Amperia Charging Inc.", ["1200 Harbor Blvd, Suite 400", "Oakland, CA 94607"]), ("Interstate Volt Networks LLC", ["850 Commerce Dr", "Columbus, OH 43215"]),
           ("Sunrise EV Fast Charging Inc.", ["77 Innovation Way", "Austin, TX 78741"])],
}
EV_SITES = {"GB": ["Tesco Extra Car Park, Cheetham Hill", "M6 Southbound, Keele Services", "Leeds Dock Hub", "Retail Park Bay 4, Reading"],
            "DE": ["Rastanlage Gruibingen Süd", "Parkhaus Hauptbahnhof Ebene 2", "Ladepark Kreuz Hilden", "Supermarkt Parkplatz Feldmoching"],
            "NL": ["Laadplein A2 Vinkeveen", "P+R Utrecht Science Park", "Tankstation De Watering", "Parkeergarage Stadhuis"],
            "US": ["Walnut Creek Shopping Center", "I-70 Exit 91 Travel Plaza", "Downtown Garage Level P2", "Riverside Mall North Lot"]}


def ev_operator(rng: random.Random, country: str) -> Party:
    name, lines = rng.choice(EV_OPERATORS[country])
    party = Party(name=name, address=list(lines), country=country, tax_id=None)
    return party


def evse_id(rng: random.Random, country: str, operator: str) -> str:
    code = "".join(ch for ch in operator.upper() if ch.isascii() and ch.isalpha())[:3].ljust(3, "X")
    if country == "US":
        return f"US*{code}*E{rng.randrange(10**5, 10**6)}*{rng.randrange(1, 5)}"
    return f"{country}*{code}*E{rng.randrange(10**6, 10**7)}*{rng.randrange(1, 5):03d}"


def session_uuid(rng: random.Random) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def base64ish(rng: random.Random, length: int) -> str:
    alphabet = string.ascii_letters + string.digits + "+/"
    return "".join(rng.choice(alphabet) for _ in range(length))
