"""Parties, identifiers and amount words the twelfth set's templates need (Peppol BE / NO / AU, Pakistan,
Thailand, China, Hungary, Greece, supplier-portal buyers).

Kept apart from the earlier fakes modules so the earlier sets draw exactly what they drew before.
Identifiers carry their public check digits where one exists: the Thai tax id (weights 13…2, mod 11), the
Chinese unified social credit code (GB 32100: the organisation code's GB 11714 check character and the
final character over weights 3^i mod 31), the Hungarian adószám (törzsszám weights 9 7 3 1 9 7 3, mod 10),
the Greek ΑΦΜ (powers of two, mod 11 mod 10). Pakistani NTN / STRN, fapiao codes and myDATA MARKs are drawn in
the printed shape (no public check).
"""

from __future__ import annotations

import random
from decimal import Decimal

from corpus.holdout.fakes import Party, domain

# --------------------------------------------------------------------------------------------------
# Thailand


def th_tax_id(rng: random.Random, *, company: bool = True) -> str:
    """13-digit Thai tax identification number; juristic persons start `0105…` (Bangkok) / `0…`."""
    if company:
        head = f"0{rng.choice(['105', '105', '105', '115', '125', '135', '205', '505', '835'])}{rng.choice(['54', '55', '56', '57', '58', '59', '60', '61', '62', '63'])}"
    else:
        head = f"{rng.choice([1, 3])}{rng.randrange(10**5):05d}"
    body = head + "".join(str(rng.randrange(10)) for _ in range(12 - len(head)))
    total = sum(int(d) * (13 - i) for i, d in enumerate(body))
    return body + str((11 - total % 11) % 10)


def th_tax_id_valid(number: str) -> bool:
    s = number.replace(" ", "").replace("-", "")
    if len(s) != 13 or not s.isdigit():
        return False
    total = sum(int(d) * (13 - i) for i, d in enumerate(s[:12]))
    return (11 - total % 11) % 10 == int(s[12])


def th_spaced(number: str) -> str:
    """The grouping printed on Thai forms: `0 1055 61234 56 7`."""
    return f"{number[0]} {number[1:5]} {number[5:10]} {number[10:12]} {number[12]}"


TH_PLACES = [("Khlong Toei", "Bangkok", "10110", ["Rama IV Road", "Sukhumvit Road", "Rama III Road"]),
             ("Pathum Wan", "Bangkok", "10330", ["Rama I Road", "Phloen Chit Road", "Ratchadamri Road"]),
             ("Huai Khwang", "Bangkok", "10310", ["Ratchadaphisek Road", "Pracha Rat Bamphen Road"]),
             ("Bang Na", "Bangkok", "10260", ["Bang Na-Trat Road", "Sukhumvit 62 Road"]),
             ("Mueang Chiang Mai", "Chiang Mai", "50000", ["Huay Kaew Road", "Chang Klan Road"]),
             ("Si Racha", "Chon Buri", "20230", ["Sukhumvit Road", "Laem Chabang Industrial Estate Road"]),
             ("Mueang Samut Prakan", "Samut Prakan", "10270", ["Thepharak Road", "Srinakarin Road"]),
             ("Bang Pa-in", "Phra Nakhon Si Ayutthaya", "13160", ["Bang Pa-in Industrial Estate, Udomsorayuth Road"])]
TH_WORDS = (["Siam", "Chao Phraya", "Krungthep", "Lanna", "Golden Lotus", "Rattana", "Sukhothai", "Thai Union", "Andaman", "Mekong"],
            ["Trading", "Engineering", "Logistics", "Supply", "Technology", "Packaging", "Industrial", "Food Products", "Services"],
            ["Co., Ltd.", "Co., Ltd.", "Co., Ltd.", "Public Company Limited", "Limited Partnership"])
TH_THAI = {"Siam": "สยาม", "Chao Phraya": "เจ้าพระยา", "Krungthep": "กรุงเทพ", "Lanna": "ล้านนา", "Golden Lotus": "บัวทอง", "Rattana": "รัตนา",
           "Sukhothai": "สุโขทัย", "Thai Union": "ไทยยูเนี่ยน", "Andaman": "อันดามัน", "Mekong": "แม่โขง"}


def th_party(rng: random.Random) -> Party:
    brand, trade, form = (rng.choice(part) for part in TH_WORDS)
    name = f"{brand} {trade} {form}"
    district, province, postcode, roads = rng.choice(TH_PLACES)
    lines = [f"{rng.randrange(1, 999)}/{rng.randrange(1, 99)} {rng.choice(roads)}", f"{district}, {province} {postcode}"]
    if rng.random() < 0.35:
        lines.insert(0, f"{rng.choice(['Sathorn Square', 'Empire Tower', 'Exchange Tower', 'Interlink Tower', 'CW Tower'])}, "
                        f"{rng.randrange(5, 40)}th Floor")
    party = Party(name=name, address=lines, country="TH", tax_id=th_tax_id(rng),
                  phone=f"+66 {rng.choice(['2', '2', '38', '53', '35'])} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}")
    kind = {"Co., Ltd.": ("บริษัท", "จำกัด"), "Public Company Limited": ("บริษัท", "จำกัด (มหาชน)"), "Limited Partnership": ("ห้างหุ้นส่วนจำกัด", "")}[form]
    party.extra["thai_name"] = f"{kind[0]} {TH_THAI[brand]} {kind[1]}".strip()
    party.extra["branch"] = "00000" if rng.random() < 0.75 else f"{rng.randrange(1, 12):05d}"
    dom = domain(brand.replace(" ", ""))
    party.email = f"{rng.choice(['account', 'ar', 'billing'])}@{dom}"
    return party


_TH_DIGITS = ["", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]
_TH_PLACES = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"]


def _th_below_million(n: int) -> str:
    out = []
    digits = str(n)
    size = len(digits)
    for i, ch in enumerate(digits):
        d, place = int(ch), size - i - 1
        if d == 0:
            continue
        if place == 1 and d == 1:
            out.append("สิบ")
        elif place == 1 and d == 2:
            out.append("ยี่สิบ")
        elif place == 0 and d == 1 and size > 1:
            out.append("เอ็ด")
        else:
            out.append(_TH_DIGITS[d] + _TH_PLACES[place])
    return "".join(out)


def _th_number(n: int) -> str:
    if n == 0:
        return "ศูนย์"
    millions, rest = divmod(n, 10**6)
    text = (_th_number(millions) + "ล้าน") if millions else ""
    return text + (_th_below_million(rest) if rest else "")


def words_thai(value: Decimal) -> str:
    """Baht text as Thai invoices print it: `หนึ่งพันสองร้อยบาทถ้วน`, `…บาทห้าสิบสตางค์`."""
    baht = int(value)
    satang = int((value - baht) * 100)
    text = _th_number(baht) + "บาท"
    return text + (_th_below_million(satang) + "สตางค์" if satang else "ถ้วน")


# --------------------------------------------------------------------------------------------------
# China

_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_ORG_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _org_check(body8: str) -> str:
    total = sum(_ORG_CHARS.index(c) * w for c, w in zip(body8, [3, 7, 9, 10, 5, 8, 4, 2], strict=True))
    check = 11 - total % 11
    return "X" if check == 10 else "0" if check == 11 else str(check)


def _uscc_check(body17: str) -> str:
    total = sum(_USCC_CHARS.index(c) * (3 ** i % 31) for i, c in enumerate(body17))
    return _USCC_CHARS[(31 - total % 31) % 31]


def cn_uscc(rng: random.Random, division: str) -> str:
    """统一社会信用代码: `91` (enterprise), six-digit division code, organisation code with its check, final check."""
    org = "".join(rng.choice("0123456789" if i < 2 else "0123456789ABCDEFGHJKLMNPQRTUWXY") for i in range(8))
    org = org.replace("I", "1").replace("O", "0").replace("Z", "2").replace("S", "5").replace("V", "7")
    body = f"91{division}{org}{_org_check(org)}"
    return body + _uscc_check(body)


def cn_uscc_valid(code: str) -> bool:
    if len(code) != 18 or any(c not in _USCC_CHARS for c in code):
        return False
    return _uscc_check(code[:17]) == code[17] and _org_check(code[8:16]) == code[16]


CN_PLACES = [("310115", "上海市浦东新区", ["张江路", "世纪大道", "陆家嘴环路", "金科路"], "021"),
             ("310104", "上海市徐汇区", ["漕溪北路", "虹桥路", "宜山路"], "021"),
             ("110105", "北京市朝阳区", ["建国路", "东三环中路", "酒仙桥路"], "010"),
             ("110108", "北京市海淀区", ["中关村大街", "学院路", "知春路"], "010"),
             ("440305", "深圳市南山区", ["科技园南路", "深南大道", "高新南一道"], "0755"),
             ("440106", "广州市天河区", ["天河路", "体育西路", "珠江新城华夏路"], "020"),
             ("330106", "杭州市西湖区", ["文三路", "天目山路", "古墩路"], "0571"),
             ("320505", "苏州市虎丘区", ["狮山路", "长江路", "珠江路"], "0512"),
             ("510107", "成都市武侯区", ["天府大道北段", "人民南路四段"], "028")]
CN_WORDS = (["华信", "恒达", "东方", "中盛", "博远", "新宇", "瑞丰", "金桥", "天成", "海纳", "鼎立", "启明"],
            ["科技", "贸易", "电子", "物流", "信息技术", "机械设备", "建材", "文化传媒", "餐饮管理", "包装材料"],
            ["有限公司", "有限公司", "有限公司", "股份有限公司"])
CN_BANKS = ["中国工商银行", "中国建设银行", "中国银行", "招商银行", "交通银行", "中国农业银行", "浦发银行"]


def cn_party(rng: random.Random) -> Party:
    brand, trade, form = (rng.choice(part) for part in CN_WORDS)
    division, area, roads, code = rng.choice(CN_PLACES)
    city = area[:3]
    name = f"{city.rstrip('市')}{brand}{trade}{form}"
    street = f"{area}{rng.choice(roads)}{rng.randrange(1, 2000)}号"
    if rng.random() < 0.4:
        street += f"{rng.randrange(1, 30)}楼{rng.randrange(1, 30):02d}室"
    party = Party(name=name, address=[street], country="CN", tax_id=cn_uscc(rng, division),
                  phone=f"{code}-{rng.randrange(10**7, 10**8)}")
    bank = rng.choice(CN_BANKS)
    party.extra["bank"] = f"{bank}{city.rstrip('市')}{rng.choice(['分行', '支行', '营业部'])} {rng.randrange(10**15, 10**16)}{rng.randrange(100, 999)}"
    return party


_CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_CN_UNITS = ["", "拾", "佰", "仟"]


def _cn_group(n: int) -> str:
    """0 < n < 10000 in financial capitals, zeros collapsed (`壹仟零伍`)."""
    out, zero = "", False
    for place in range(3, -1, -1):
        d = n // 10**place % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _CN_DIGITS[d] + _CN_UNITS[place]
    return out


def words_cn_upper(value: Decimal) -> str:
    """价税合计（大写）: `壹万贰仟叁佰肆拾伍元陆角柒分`, `…元整` without fen / jiao."""
    yuan = int(value)
    fen_total = int((value - yuan) * 100)
    jiao, fen = divmod(fen_total, 10)
    text = ""
    groups = [(yuan // 10**8, "亿"), (yuan // 10**4 % 10**4, "万"), (yuan % 10**4, "")]
    started = False
    for index, (n, unit) in enumerate(groups):
        if n == 0:
            continue
        if started and (n < 1000 or groups[index - 1][0] == 0):
            text += "零"
        text += _cn_group(n) + unit
        started = True
    text = (text or "零") + "元"
    if not jiao and not fen:
        return text + "整"
    if jiao:
        text += _CN_DIGITS[jiao] + "角"
    elif yuan:
        text += "零"
    if fen:
        text += _CN_DIGITS[fen] + "分"
    else:
        text += "整"
    return text


# --------------------------------------------------------------------------------------------------
# Hungary


def hu_adoszam(rng: random.Random, *, vat_code: str = "2", county: str | None = None) -> str:
    """Adószám `12345678-2-42`: törzsszám (weights 9 7 3 1 9 7 3, mod 10 check), ÁFA code, county code."""
    body = f"{rng.randrange(1, 3)}{rng.randrange(10**6):06d}"
    total = sum(int(d) * w for d, w in zip(body, [9, 7, 3, 1, 9, 7, 3], strict=True))
    county = county or rng.choice(["41", "42", "43", "44", "02", "03", "08", "09", "13", "19"])
    return f"{body}{(10 - total % 10) % 10}-{vat_code}-{county}"


def hu_adoszam_valid(printed: str) -> bool:
    parts = printed.split("-")
    if len(parts) != 3 or len(parts[0]) != 8 or not parts[0].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(parts[0][:7], [9, 7, 3, 1, 9, 7, 3], strict=True))
    return (10 - total % 10) % 10 == int(parts[0][7]) and parts[1] in "12345" and len(parts[2]) == 2


HU_PLACES = [("1134", "Budapest", ["Váci út", "Lehel utca", "Dózsa György út"]), ("1117", "Budapest", ["Budafoki út", "Irinyi József utca", "Október huszonharmadika utca"]),
             ("1061", "Budapest", ["Andrássy út", "Király utca"]), ("1097", "Budapest", ["Könyves Kálmán körút", "Gubacsi út"]),
             ("4025", "Debrecen", ["Piac utca", "Hatvan utca"]), ("6720", "Szeged", ["Kárász utca", "Tisza Lajos körút"]),
             ("9021", "Győr", ["Baross Gábor út", "Árpád út"]), ("7621", "Pécs", ["Király utca", "Rákóczi út"]),
             ("8000", "Székesfehérvár", ["Berényi út", "Seregélyesi út"]), ("3525", "Miskolc", ["Széchenyi István út", "Búza tér"])]
HU_WORDS = (["Duna", "Tisza", "Pannon", "Mátra", "Balaton", "Hungária", "Alföld", "Bakony", "Kárpát", "Buda"],
            ["Építő", "Informatikai", "Kereskedelmi", "Logisztikai", "Gépipari", "Nyomdaipari", "Élelmiszer", "Tanácsadó", "Villamossági"],
            ["Kft.", "Kft.", "Kft.", "Zrt.", "Bt.", "Nyrt."])
HU_PEOPLE = (["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas"],
             ["László", "István", "Katalin", "Zsuzsanna", "Gábor", "Éva", "Péter", "Erzsébet", "Zoltán", "Ágnes"])


def hu_party(rng: random.Random, *, person: bool = False) -> Party:
    postcode, city, streets = rng.choice(HU_PLACES)
    street = f"{rng.choice(streets)} {rng.randrange(1, 180)}." + (f" {rng.randrange(1, 9)}. em. {rng.randrange(1, 12)}." if rng.random() < 0.25 else "")
    if person:
        family, given = (rng.choice(part) for part in HU_PEOPLE)
        return Party(name=f"{family} {given}", address=[f"{postcode} {city}", street], country="HU", tax_id=None)
    place, trade, form = (rng.choice(part) for part in HU_WORDS)
    name = f"{place} {trade} {form}" if rng.random() < 0.7 else f"{place}-{trade.lower()} {form}"
    # Hungarian addresses print the postcode and town first: "1134 Budapest, Váci út 45."
    county = {"Debrecen": "09", "Szeged": "06", "Győr": "08", "Pécs": "02", "Székesfehérvár": "07", "Miskolc": "05"}.get(city) \
        or rng.choice(["41", "42", "43", "44", "51"])
    party = Party(name=name, address=[f"{postcode} {city}", street], country="HU", tax_id=hu_adoszam(rng, county=county),
                  phone=f"+36 {rng.choice(['1', '20', '30', '70', '52', '62'])} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}")
    party.extra["eu_vat"] = "HU" + party.tax_id[:8]
    party.extra["cegjegyzek"] = f"{rng.choice(['01', '09', '06', '08', '02', '07', '05'])}-{rng.choice(['09', '10'])}-{rng.randrange(10**5, 10**6)}"
    party.extra["bank"] = f"{rng.choice(['11773016', '10402142', '11600006', '12010855', '10918001'])}-{rng.randrange(10**7, 10**8)}" + \
        ("-00000000" if rng.random() < 0.6 else f"-{rng.randrange(10**7, 10**8)}")
    dom = domain(place)
    party.email = f"{rng.choice(['szamlazas', 'penzugy', 'info'])}@{dom}"
    return party


# --------------------------------------------------------------------------------------------------
# Greece


def gr_afm(rng: random.Random, *, company: bool = True) -> str:
    """ΑΦΜ: nine digits, the last = (Σ dᵢ·2^(8-i) mod 11) mod 10; legal entities start 0 / 8 / 9."""
    first = rng.choice(["09", "08", "99", "80", "94", "99"]) if company else str(rng.randrange(1, 7))
    body = first + "".join(str(rng.randrange(10)) for _ in range(8 - len(first)))
    total = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(body))
    return body + str(total % 11 % 10)


def gr_afm_valid(number: str) -> bool:
    if len(number) != 9 or not number.isdigit():
        return False
    total = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(number[:8]))
    return total % 11 % 10 == int(number[8])


GR_PLACES = [("115 26", "Αθήνα", ["Λεωφ. Κηφισίας", "Λεωφ. Αλεξάνδρας", "Πανόρμου"], "ΦΑΕ ΑΘΗΝΩΝ"),
             ("151 25", "Μαρούσι", ["Λεωφ. Κηφισίας", "Αγίου Κωνσταντίνου", "Χειμάρρας"], "ΑΜΑΡΟΥΣΙΟΥ"),
             ("176 76", "Καλλιθέα", ["Λεωφ. Συγγρού", "Θησέως", "Ελευθερίου Βενιζέλου"], "ΚΑΛΛΙΘΕΑΣ"),
             ("185 45", "Πειραιάς", ["Ακτή Μιαούλη", "Ηρώων Πολυτεχνείου", "Φίλωνος"], "Α' ΠΕΙΡΑΙΑ"),
             ("546 25", "Θεσσαλονίκη", ["Εγνατία", "Τσιμισκή", "Μοναστηρίου"], "ΦΑΕ ΘΕΣΣΑΛΟΝΙΚΗΣ"),
             ("262 21", "Πάτρα", ["Μαιζώνος", "Κορίνθου", "Αγίου Ανδρέου"], "Α' ΠΑΤΡΩΝ"),
             ("712 02", "Ηράκλειο", ["Λεωφ. Ικάρου", "25ης Αυγούστου", "Λεωφ. Δημοκρατίας"], "ΗΡΑΚΛΕΙΟΥ"),
             ("412 22", "Λάρισα", ["Παπαναστασίου", "Κύπρου", "Ηρώων Πολυτεχνείου"], "Α' ΛΑΡΙΣΑΣ")]
GR_WORDS = (["ΑΛΦΑ", "ΟΛΥΜΠΟΣ", "ΑΙΓΑΙΟ", "ΠΗΓΑΣΟΣ", "ΔΕΛΤΑ", "ΙΟΝΙΟ", "ΕΡΜΗΣ", "ΑΚΡΟΠΟΛΙΣ", "ΠΑΡΘΕΝΩΝ", "ΚΡΗΤΗ"],
            ["ΤΕΧΝΙΚΗ", "ΕΜΠΟΡΙΚΗ", "ΠΛΗΡΟΦΟΡΙΚΗ", "ΜΕΤΑΦΟΡΙΚΗ", "ΔΟΜΙΚΗ", "ΣΥΜΒΟΥΛΕΥΤΙΚΗ", "ΤΡΟΦΙΜΑ", "ΕΝΕΡΓΕΙΑΚΗ"],
            ["Α.Ε.", "Α.Ε.", "Ε.Π.Ε.", "Ι.Κ.Ε.", "Ο.Ε."])
GR_TRADES = ["Εμπόριο ηλεκτρονικών ειδών", "Παροχή υπηρεσιών πληροφορικής", "Εμπόριο οικοδομικών υλικών", "Οδικές εμπορευματικές μεταφορές",
             "Υπηρεσίες συμβούλων επιχειρήσεων", "Χονδρικό εμπόριο τροφίμων", "Κατασκευή μεταλλικών προϊόντων"]


def gr_party(rng: random.Random) -> Party:
    postcode, city, streets, doy = rng.choice(GR_PLACES)
    brand, trade, form = (rng.choice(part) for part in GR_WORDS)
    name = f"{brand} {trade} {form}"
    party = Party(name=name, address=[f"{rng.choice(streets)} {rng.randrange(1, 250)}", f"{postcode} {city}"], country="GR",
                  tax_id=gr_afm(rng), phone=f"{rng.choice(['210', '2310', '2610', '2810', '2410'])} {rng.randrange(1000000, 9999999)}")
    party.extra["doy"] = doy
    party.extra["gemi"] = f"{rng.randrange(10**11, 10**12)}"
    party.extra["trade"] = rng.choice(GR_TRADES)
    dom = domain(rng.choice(["alfa", "olympos", "aigaio", "pigasos", "delta", "ionio", "ermis"]) + str(rng.randrange(10, 99)))
    party.email = f"{rng.choice(['info', 'logistirio', 'accounts'])}@{dom}"
    return party


# --------------------------------------------------------------------------------------------------
# Pakistan


def pk_ntn(rng: random.Random) -> str:
    return f"{rng.randrange(10**6, 10**7)}-{rng.randrange(10)}"


def pk_strn(rng: random.Random, *, dashed: bool) -> str:
    digits = f"{rng.choice(['03', '17', '32', '12', '04'])}{rng.randrange(10**10, 10**11)}"
    return f"{digits[:2]}-{digits[2:4]}-{digits[4:8]}-{digits[8:11]}-{digits[11:]}" if dashed else digits


PK_PLACES = [("Karachi", ["Plot No. {n}, Sector 23, Korangi Industrial Area", "Office {n}, Shahrah-e-Faisal", "{n}-C, Main Khayaban-e-Ittehad, DHA Phase VI",
                          "Plot {n}, S.I.T.E. Area"]),
             ("Lahore", ["{n}-Ferozepur Road", "{n}-B, Gulberg III", "Plot {n}, Sundar Industrial Estate", "{n}-Main Boulevard, Johar Town"]),
             ("Faisalabad", ["P-{n}, Sargodha Road", "{n}-Jaranwala Road"]), ("Islamabad", ["Office {n}, Blue Area, Jinnah Avenue", "Plot {n}, I-9/2 Industrial Area"]),
             ("Sialkot", ["{n}-Small Industrial Estate", "{n}-Daska Road"]), ("Rawalpindi", ["{n}-Murree Road", "{n}-Saddar"])]
PK_WORDS = (["Al-Noor", "Crescent", "Indus", "Sapphire", "Ravi", "Shaheen", "Zamzam", "Habib", "Kohinoor", "Margalla"],
            ["Textiles", "Traders", "Engineering", "Pharma", "Packages", "Steel", "Enterprises", "Chemicals", "Technologies", "Industries"],
            ["(Pvt.) Ltd.", "(Pvt.) Ltd.", "(Private) Limited", "Limited", ""])


def pk_party(rng: random.Random) -> Party:
    brand, trade, form = (rng.choice(part) for part in PK_WORDS)
    name = f"{brand} {trade} {form}".strip()
    city, streets = rng.choice(PK_PLACES)
    party = Party(name=name, address=[rng.choice(streets).format(n=rng.randrange(2, 400)), f"{city}, Pakistan" if rng.random() < 0.4 else city],
                  country="PK", tax_id=None, phone=f"+92 {rng.choice(['21', '42', '41', '51', '52'])} {rng.randrange(10**7, 10**8)}")
    party.extra["ntn"] = pk_ntn(rng)
    party.extra["strn"] = pk_strn(rng, dashed=rng.random() < 0.5)
    party.tax_id = party.extra["strn"]
    dom = domain(brand.replace("-", ""))
    party.email = f"{rng.choice(['accounts', 'sales', 'finance'])}@{dom}"
    return party
