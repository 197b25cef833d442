"""Parties and identifiers for the nineteenth set: Mexican payment receipts (CFDI tipo P: the 36-character folio fiscal,
CLABE with its 3-7-1 check digit, the banks' RFCs); Taiwanese uniform invoices (統一編號 with its 1-2-1-2-1-2-4-1 check, the
two-letter track and eight digits, the 民國 year, the amount in formal Chinese numerals); Polish fiscal receipts (shops,
sole traders and chains, the register's unique number); Dominican e-CF and NCF invoices (RNC with its mod-11 check digit,
e-NCF and NCF sequences, security codes); Tunisian (matricule fiscal) and Algerian (NIF, NIS, RC, article d'imposition)
companies and the amount in French words in dinars and millimes or centimes; cloud providers, their services and price
sheets; suppliers' rebate programmes; freight brokers and motor carriers (MC and USDOT numbers, lanes). Written without
reading the engine."""

from __future__ import annotations

import random
import string
from datetime import date
from decimal import Decimal

from corpus.holdout.fakes import FIRST_NAMES, PLACE_WORDS, SURNAMES, Party, address, domain, phone
from corpus.holdout.fakes_ninth import _fr_below_1000, words_french

# --------------------------------------------------------------------------------------------------
# Mexico: CLABE (18 digits: bank, plaza, account, check digit with weights 3, 7, 1), folio fiscal (UUID), banks


def clabe(rng: random.Random, bank: str) -> str:
    body = bank + f"{rng.randrange(1, 999):03d}" + "".join(str(rng.randrange(10)) for _ in range(11))
    return body + str(clabe_check(body))


def clabe_check(body17: str) -> int:
    total = sum((int(d) * w) % 10 for d, w in zip(body17, [3, 7, 1] * 6, strict=False))
    return (10 - total % 10) % 10


def clabe_valid(number: str) -> bool:
    return len(number) == 18 and number.isdigit() and clabe_check(number[:17]) == int(number[17])


def folio_fiscal(rng: random.Random) -> str:
    hexd = "0123456789ABCDEF"
    parts = [8, 4, 4, 4, 12]
    return "-".join("".join(rng.choice(hexd) for _ in range(n)) for n in parts)


# bank name, CLABE bank code, the bank's RFC (RfcEmisorCtaOrd / RfcEmisorCtaBen)
MX_BANKS = [("BBVA México", "012", "BBA830831LJ2"), ("Banorte", "072", "BMN930209927"), ("Santander", "014", "BSM970519DU8"),
            ("Banamex", "002", "BNM840515VB1"), ("HSBC", "021", "HMI950125KG8"), ("Scotiabank", "044", "SIN9412025I4"), ("Banco Azteca", "127", "BAI0205236Y8")]
MX_PAYMENT_FORMS = ["03 - Transferencia electrónica de fondos", "03 - Transferencia electrónica de fondos", "02 - Cheque nominativo",
                    "03 - Transferencia electrónica de fondos"]


# --------------------------------------------------------------------------------------------------
# Taiwan: 統一編號 (eight digits; weights 1 2 1 2 1 2 4 1, the digits of each product added; a multiple of 10, or with a 7 in
# the seventh place one more), uniform-invoice numbers (two letters and eight digits), 民國 years, formal numerals


def tw_ubn_sum(number: str) -> int:
    total = 0
    for d, w in zip(number, [1, 2, 1, 2, 1, 2, 4, 1], strict=True):
        p = int(d) * w
        total += p // 10 + p % 10
    return total


def tw_ubn(rng: random.Random) -> str:
    while True:
        body = f"{rng.randrange(1, 10)}" + "".join(str(rng.randrange(10)) for _ in range(6))
        if body[6] == "7":
            continue
        partial = tw_ubn_sum(body + "0")
        number = body + str((10 - partial % 10) % 10)
        if tw_ubn_valid(number):
            return number


def tw_ubn_valid(number: str) -> bool:
    if len(number) != 8 or not number.isdigit():
        return False
    total = tw_ubn_sum(number)
    return total % 10 == 0 or (number[6] == "7" and (total + 1) % 10 == 0)


def tw_invoice_number(rng: random.Random) -> tuple[str, str]:
    track = "".join(rng.choice(string.ascii_uppercase) for _ in range(2))
    return track, f"{rng.randrange(10**7, 10**8):08d}"


def roc_year(day: date) -> int:
    return day.year - 1911


def tw_period(day: date) -> str:
    """The two-month period a uniform invoice belongs to: `113年03-04月`."""
    first = day.month if day.month % 2 == 1 else day.month - 1
    return f"{roc_year(day)}年{first:02d}-{first + 1:02d}月"


_TW_DIGITS = "零壹貳參肆伍陸柒捌玖"


def _tw_group(n: int) -> str:
    out, zero = "", False
    for unit, size in (("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)):
        d = n // size % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _TW_DIGITS[d] + unit
    return out


def words_twd(value: Decimal) -> str:
    """`壹萬貳仟參佰肆拾伍元整` (whole New Taiwan dollars, in the formal numerals cheques and invoices use)."""
    n = int(value)
    if n == 0:
        return "零元整"
    out = ""
    for unit, size in (("億", 10**8), ("萬", 10**4), ("", 1)):
        group = n // size % 10**4 if size < 10**8 else n // size
        if not group:
            continue
        if out and group < 1000:
            out += "零"
        out += _tw_group(group) + unit
    return out + "元整"


TW_PLACES = [("臺北市", ["中山區南京東路二段", "大安區復興南路一段", "信義區松仁路", "內湖區瑞光路", "松山區敦化北路", "中正區重慶南路一段"]),
             ("新北市", ["板橋區文化路一段", "新莊區中正路", "三重區重新路四段", "汐止區新台五路一段"]),
             ("桃園市", ["中壢區中華路二段", "桃園區復興路", "龜山區文化二路"]), ("臺中市", ["西屯區臺灣大道三段", "北區三民路三段", "南屯區公益路二段"]),
             ("臺南市", ["東區中華東路三段", "中西區民生路二段"]), ("高雄市", ["前鎮區中山二路", "苓雅區四維三路", "左營區博愛二路"]),
             ("新竹市", ["東區光復路二段", "北區經國路一段"])]
TW_WORDS = (["鼎泰", "冠宇", "晟豐", "嘉聯", "瑞昇", "祥茂", "宏碩", "永騰", "廣達利", "日光", "群益興", "東昇", "合順", "益群"],
            ["科技", "實業", "貿易", "電子", "國際", "企業", "資訊", "工程", "餐飲", "生技"],
            ["股份有限公司", "股份有限公司", "有限公司"])
TW_BRANDS = ["晨光咖啡", "巷口便當", "美日超市", "禾豐藥局", "家家五金", "好日子早餐", "小樹書店", "鮮果時光", "米其鍋燒", "城市咖啡館"]


def tw_party(rng: random.Random) -> Party:
    word, trade, form = (rng.choice(part) for part in TW_WORDS)
    city, streets = rng.choice(TW_PLACES)
    line = f"{city}{rng.choice(streets)}{rng.randrange(1, 400)}號" + rng.choice(["", "", f"{rng.randrange(2, 20)}樓", f"{rng.randrange(2, 12)}樓之{rng.randrange(1, 6)}"])
    party = Party(name=f"{word}{trade}{form}", address=[line], country="TW",
                  phone=f"({rng.choice(['02', '03', '04', '06', '07'])}){rng.randrange(2000, 9999)}-{rng.randrange(1000, 9999)}")
    party.tax_id = tw_ubn(rng)
    return party


# --------------------------------------------------------------------------------------------------
# Poland: shops on a fiscal receipt (sole traders, chains), the register's unique number


PL_SHOP_KINDS = ["Sklep Spożywczy", "Piekarnia", "Delikatesy", "Sklep Ogólnospożywczy", "Drogeria", "Market", "Kawiarnia", "Apteka", "Sklep Wielobranżowy"]
PL_SHOP_WORDS = ["Pod Lipą", "Kłos", "Pszczółka", "Stokrotka", "Jagódka", "Marzenie", "Smakosz", "Złoty Róg", "Sezam", "Bławatek", "Rogalik"]
PL_CHAINS = ["Delikatesy Mazowsze Sp. z o.o.", "Market Pomorze Sp. z o.o.", "Sieć Handlowa Wisła S.A.", "Tatry Retail Sp. z o.o. sp. k.", "Bałtyk Market S.A."]


def pl_unique_number(rng: random.Random) -> str:
    """The fiscal register's unique number printed under the logo: three letters and eight or ten digits."""
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTWZ") for _ in range(3)) + " " + str(rng.randrange(10**7, 10**8) if rng.random() < 0.6 else rng.randrange(10**9, 10**10))


def pl_nip_dashed(nip: str, style: int) -> str:
    return [nip, f"{nip[:3]}-{nip[3:6]}-{nip[6:8]}-{nip[8:]}", f"{nip[:3]}-{nip[3:5]}-{nip[5:7]}-{nip[7:]}", f"PL{nip}"][style]


def pl_sole_trader_name(rng: random.Random) -> str:
    return f"{rng.choice(PL_SHOP_KINDS)} \"{rng.choice(PL_SHOP_WORDS)}\" {rng.choice(FIRST_NAMES['pl'])} {rng.choice(SURNAMES['pl'])}"


# --------------------------------------------------------------------------------------------------
# Dominican Republic: RNC (nine digits, weights 7 9 8 6 5 4 3 2, check (10 - s mod 11) mod 9 + 1), NCF, e-NCF


def rnc_check(body8: str) -> int:
    s = sum(int(d) * w for d, w in zip(body8, [7, 9, 8, 6, 5, 4, 3, 2], strict=True)) % 11
    return (10 - s) % 9 + 1


def do_rnc(rng: random.Random) -> str:
    body = rng.choice(["101", "101", "130", "131", "132"]) + f"{rng.randrange(10**5):05d}"
    return body + str(rnc_check(body))


def do_rnc_valid(number: str) -> bool:
    digits = number.replace("-", "")
    return len(digits) == 9 and digits.isdigit() and rnc_check(digits[:8]) == int(digits[8])


def do_rnc_dashed(rnc: str) -> str:
    return f"{rnc[0]}-{rnc[1:3]}-{rnc[3:8]}-{rnc[8]}"


def ncf(rng: random.Random, kind: str) -> str:
    """`B0100001234` (paper NCF: series B, type, eight digits) or `E310000012345` (e-NCF: series E, type, ten digits)."""
    if kind.startswith("E"):
        return f"{kind}{rng.randrange(1, 10**6):010d}"
    return f"{kind}{rng.randrange(1, 10**5):08d}"


def do_security_code(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6))


DO_PLACES = [(["Av. Winston Churchill No. {n}", "Ens. Piantini"], "Santo Domingo, D.N."), (["Av. 27 de Febrero No. {n}", "Ens. Evaristo Morales"], "Santo Domingo, D.N."),
             (["Av. Abraham Lincoln No. {n}", "Ens. Serrallés"], "Santo Domingo, D.N."), (["Calle del Sol No. {n}"], "Santiago de los Caballeros"),
             (["Av. Juan Pablo Duarte No. {n}", "Villa Olga"], "Santiago de los Caballeros"), (["Carretera Mella Km {n}"], "Santo Domingo Este"),
             (["Av. España No. {n}", "Bávaro"], "Higüey, La Altagracia"), (["Calle Duarte No. {n}"], "La Vega"), (["Av. Independencia No. {n}"], "San Pedro de Macorís")]
DO_WORDS = (["Caribe", "Quisqueya", "Cibao", "Ozama", "Duarte", "Bávaro", "Yaque", "Enriquillo", "Hispaniola", "Samaná", "Constanza", "Higüeyana"],
            ["Distribuidora", "Ferretería", "Suministros", "Importadora", "Servicios Técnicos", "Comercial", "Inversiones", "Farmacéutica"],
            ["SRL", "SRL", "S.R.L.", "SAS", "S.A."])


def do_party(rng: random.Random) -> Party:
    word, kind, form = (rng.choice(part) for part in DO_WORDS)
    lines, city = rng.choice(DO_PLACES)
    n = rng.randrange(2, 120) if "Km" in lines[0] else rng.randrange(10, 1200)
    street = [lines[0].format(n=n), *lines[1:]]
    name = f"{kind} {word} {form}" if rng.random() < 0.7 else f"{word} {kind}, {form}"
    party = Party(name=name, address=[*street, city], country="DO",
                  phone=f"{rng.choice(['809', '829', '849'])}-{rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}")
    party.tax_id = do_rnc(rng)
    party.email = f"{rng.choice(['facturacion', 'ventas', 'info', 'cxc'])}@{domain(word)}"
    return party


# --------------------------------------------------------------------------------------------------
# Tunisia (matricule fiscal `1234567/A/M/000`, RC, TND with three decimals) and Algeria (NIF, NIS, RC, AI, RIB)


def tn_matricule(rng: random.Random) -> tuple[str, str]:
    """The matricule fiscal as printed two ways: `1234567/A/M/000` and `1234567AAM000`."""
    digits = f"{rng.randrange(10**5, 2 * 10**6):07d}"
    key = rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ")
    vat_code = rng.choice("APAB")
    category = rng.choice("MMCPN")
    return f"{digits}/{key}/{vat_code}/{category}/000", f"{digits}{key}{vat_code}{category}000"


TN_PLACES = [(["Rue du Lac Turkana, Les Berges du Lac"], "1053 Tunis"), (["Route de Gabès Km {n}"], "3003 Sfax"), (["Zone Industrielle Sidi Abdelhamid"], "4061 Sousse"),
             (["Avenue Habib Bourguiba {n}"], "8050 Hammamet"), (["Rue de l'Artisanat, Charguia II"], "2035 Tunis-Carthage"), (["Avenue de la République {n}"], "5000 Monastir"),
             (["Zone Industrielle Poudrière 2, Rue {n}"], "3002 Sfax"), (["Immeuble Ennour, Centre Urbain Nord"], "1082 Tunis"), (["Route de Bizerte Km {n}"], "2010 La Manouba")]
TN_WORDS = (["Carthage", "Medina", "Jasmin", "Sahel", "Cap Bon", "Djerba", "Kairouan", "Zitouna", "Hannibal", "Elyssa", "Tabarka", "Majerda"],
            ["Industries", "Distribution", "Services", "Emballage", "Informatique", "Négoce", "Équipements", "Agro"],
            ["SARL", "SA", "SUARL", "SARL"])
TN_SURNAMES = ["Ben Salah", "Trabelsi", "Gharbi", "Jaziri", "Bouaziz", "Hammami", "Mejri", "Chaabane", "Ayari", "Ben Ammar"]


def tn_party(rng: random.Random) -> Party:
    word, trade, form = (rng.choice(part) for part in TN_WORDS)
    lines, city = rng.choice(TN_PLACES)
    style = rng.random()
    name = f"Société {word} {trade} {form}" if style < 0.4 else (f"STE {word.upper()} {trade.upper()} {form}" if style < 0.7
                                                                  else f"Ets {rng.choice(TN_SURNAMES)} {trade}")
    party = Party(name=name, address=[*(x.format(n=rng.randrange(2, 80)) for x in lines), city], country="TN",
                  phone=f"+216 {rng.choice(['71', '72', '73', '74', '75'])} {rng.randrange(100, 999)} {rng.randrange(100, 999)}")
    slashed, plain = tn_matricule(rng)
    party.tax_id = slashed if rng.random() < 0.7 else plain
    party.extra.update({"rc": f"B{rng.randrange(10**6, 10**7)}{rng.randrange(2005, 2023)}", "rib": " ".join(
        [f"{rng.choice(['08', '10', '12', '14', '25'])}", f"{rng.randrange(100, 999)}", f"{rng.randrange(10**12, 10**13):013d}", f"{rng.randrange(10, 99)}"])})
    party.email = f"{rng.choice(['contact', 'commercial', 'comptabilite'])}@{domain(word)}"
    return party


DZ_PLACES = [(["Zone Industrielle Oued Smar, Lot {n}"], "16270 Alger"), (["Cité Bouakal, Rue des Frères Benali N° {n}"], "05000 Batna"),
             (["Boulevard de l'ALN N° {n}"], "31000 Oran"), (["Rue Larbi Ben M'hidi N° {n}"], "25000 Constantine"), (["Route de Béjaïa, Zone d'Activité Lot {n}"], "06000 Béjaïa"),
             (["Cité 1er Novembre, Bt {n}"], "09000 Blida"), (["Zone Industrielle Rouiba, Lot {n}"], "16012 Rouiba"), (["Rue Didouche Mourad N° {n}"], "16000 Alger")]
DZ_WORDS = (["El Djazair", "Hoggar", "Tassili", "Numidia", "Sahara", "Mitidja", "El Bahia", "Cirta", "Soummam", "Tlemcen", "Atlas", "Chelif"],
            ["Distribution", "Services", "Industries", "Import Export", "Matériaux", "Informatique", "Agroalimentaire", "Travaux"],
            ["SARL", "EURL", "SPA", "SARL"])


def dz_party(rng: random.Random) -> Party:
    word, trade, form = (rng.choice(part) for part in DZ_WORDS)
    lines, city = rng.choice(DZ_PLACES)
    name = f"{form} {word} {trade}" if rng.random() < 0.7 else f"{word} {trade} {form}"
    wilaya = city.split()[0][:2]
    party = Party(name=name, address=[*(x.format(n=rng.randrange(2, 120)) for x in lines), city], country="DZ",
                  phone=f"+213 {rng.choice(['21', '23', '31', '41', '34', '25'])} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}")
    party.tax_id = f"{rng.choice(['0', '1'])}{rng.randrange(10**13, 10**14)}"
    party.extra.update({"nis": f"0{rng.randrange(10**13, 10**14)}", "rc": f"{wilaya}/00-{rng.randrange(10**6, 10**7):07d} B {rng.randrange(5, 23):02d}",
                        "ai": f"{wilaya}{rng.randrange(10**8, 10**9)}", "rib": f"{rng.choice(['001', '002', '003', '005', '021'])} {rng.randrange(10**4, 10**5):05d} "
                        f"{rng.randrange(10**9, 10**10):010d} {rng.randrange(10, 99)}"})
    party.email = f"{rng.choice(['contact', 'commercial', 'dg'])}@{domain(word)}"
    return party


def words_tnd(value: Decimal) -> str:
    """`mille deux cent trente-quatre dinars et cinq cent soixante millimes` (three-decimal dinars)."""
    whole = int(value)
    millimes = int(round((value - whole) * 1000))
    text = words_french(Decimal(whole), "dinars", "millimes")
    if millimes:
        text += f" et {_fr_below_1000(millimes)} millimes"
    return text


def words_dzd(value: Decimal) -> str:
    return words_french(value, "dinars algériens", "centimes")


# --------------------------------------------------------------------------------------------------
# Cloud providers: entities by region, services and their price sheets


def lu_vat(rng: random.Random) -> str:
    """Luxembourg TVA: `LU` and six digits followed by their remainder modulo 89."""
    body = rng.randrange(10**5, 10**6)
    return f"LU{body}{body % 89:02d}"


CLOUD_BRANDS = ["Nimbus Web Services", "Stratocloud", "Cirrus Compute", "Altocloud Platform"]
CLOUD_ENTITIES = {
    "US": ("{brand}, Inc.", ["1200 Westlake Avenue North", "Seattle, WA 98109"]),
    "EU": ("{brand} EMEA SARL", ["38 Avenue John F. Kennedy", "L-1855 Luxembourg"]),
    "AU": ("{brand} Australia Pty Ltd", ["Level 37, 2-26 Park Street", "Sydney NSW 2000"]),
}
# service, usage unit, price per unit (as printed), quantity range, decimals of the quantity
CLOUD_SKUS = {
    "Compute": [("On-Demand Linux t3.medium Instance Hour", "Hrs", "0.0416", (120, 2232), 0), ("On-Demand Linux m6i.xlarge Instance Hour", "Hrs", "0.192", (200, 1488), 0),
                ("On-Demand Windows c5.2xlarge Instance Hour", "Hrs", "0.708", (50, 744), 0), ("EBS gp3 provisioned storage", "GB-Mo", "0.08", (100, 8000), 3),
                ("EBS snapshot data stored", "GB-Mo", "0.05", (50, 5000), 3), ("Elastic IP address not attached to a running instance", "Hrs", "0.005", (24, 744), 0)],
    "Object Storage": [("Standard storage, first 50 TB / month", "GB-Mo", "0.023", (500, 50000), 3), ("PUT, COPY, POST or LIST requests", "Requests", "0.000005", (10**5, 10**7), 0),
                       ("GET and all other requests", "Requests", "0.0000004", (10**6, 5 * 10**7), 0), ("Infrequent Access storage", "GB-Mo", "0.0125", (100, 20000), 3)],
    "Data Transfer": [("Data transfer out to internet, first 10 TB / month", "GB", "0.09", (100, 10000), 3), ("Data transfer between regions", "GB", "0.02", (10, 5000), 3),
                      ("NAT gateway data processed", "GB", "0.045", (10, 3000), 3)],
    "Managed Database": [("db.r6g.large Multi-AZ instance hour, PostgreSQL", "Hrs", "0.45", (300, 744), 0), ("Database storage, General Purpose (SSD)", "GB-Mo", "0.23", (20, 2000), 0),
                         ("Backup storage exceeding free allocation", "GB-Mo", "0.095", (10, 900), 3)],
    "Serverless Functions": [("Requests", "Requests", "0.0000002", (10**6, 10**8), 0), ("Compute duration", "GB-Seconds", "0.0000166667", (10**5, 10**7), 0)],
    "Monitoring": [("Custom metrics", "Metrics", "0.30", (10, 400), 0), ("Log data ingested", "GB", "0.50", (5, 900), 3), ("Dashboards", "Dashboards", "3.00", (1, 12), 0)],
    "Support": [("Business Support plan (greater of $100 or 10% of monthly usage)", "Month", "", (1, 1), 0)],
    "Key Management": [("Customer managed keys", "Keys", "1.00", (1, 40), 0), ("API requests", "Requests", "0.000003", (10**4, 5 * 10**6), 0)],
}
CLOUD_REGIONS = ["US East (N. Virginia)", "US West (Oregon)", "EU (Frankfurt)", "EU (Ireland)", "Asia Pacific (Sydney)", "Canada (Central)"]


def cloud_account(rng: random.Random) -> str:
    return f"{rng.randrange(10**11, 10**12)}"


# --------------------------------------------------------------------------------------------------
# Rebates: programmes and product groups


REBATE_GROUPS = {
    "tools": ["Power tools", "Hand tools", "Fasteners & fixings", "Abrasives", "Safety equipment", "Tool storage"],
    "foodservice": ["Frozen foods", "Ambient grocery", "Dairy & chilled", "Beverages", "Disposables & packaging", "Cleaning chemicals"],
    "electrical": ["Cable & wire", "Switchgear", "Lighting - LED", "Conduit & trunking", "Wiring accessories", "EV charging"],
    "building": ["Plasterboard", "Insulation", "Timber & sheet materials", "Adhesives & sealants", "Roofing", "Drainage"],
}
REBATE_PROGRAMMES = ["Volume Rebate Programme", "Growth Incentive Agreement", "Annual Trading Agreement", "Distributor Rebate Scheme", "Loyalty Rebate"]
PRICE_PROTECTION_SKUS = {
    "tools": [("DRL-18V-BL", "18V brushless drill driver, body only"), ("IMP-18V-2A", "18V impact driver kit, 2 x 2.0Ah"), ("GRN-115", "115mm angle grinder 900W"),
              ("SAW-185", "185mm circular saw 1400W"), ("BAT-18-5A", "18V 5.0Ah battery pack"), ("MT-SET-112", "112-piece mechanics tool set")],
    "electrical": [("LED-PNL-600", "LED panel 600x600 36W 4000K"), ("CBL-2.5-100", "Twin & earth 2.5mm 100m drum"), ("RCBO-32B", "RCBO 32A type B 30mA"),
                   ("DL-9W-IP65", "Fire-rated downlight 9W IP65"), ("EVC-7KW", "EV charger 7kW tethered"), ("SKT-2G-USB", "Double socket with USB-C")],
    "foodservice": [("FRZ-CHIPS-10", "Frozen chips 9mm 4 x 2.5kg"), ("OIL-RAP-20", "Rapeseed oil 20L"), ("CUP-12-1000", "Paper cup 12oz (1000)"),
                    ("DET-5L", "Dishwasher detergent 5L"), ("MOZ-2KG", "Grated mozzarella 2kg"), ("COF-BEANS-1", "Espresso beans 1kg")],
    "building": [("PB-12.5", "Plasterboard 12.5mm 2400x1200"), ("INS-100", "Loft insulation roll 100mm"), ("OSB-18", "OSB3 board 18mm"),
                 ("SIL-CLR", "Sanitary silicone clear 310ml"), ("PIPE-110", "Drainage pipe 110mm x 3m"), ("FIX-ADH", "Grab adhesive 290ml")],
}


# --------------------------------------------------------------------------------------------------
# Freight brokerage: brokers, motor carriers, MC / USDOT numbers, lanes


BROKER_WORDS = (["Summit", "Bluewater", "Ironbridge", "Crossroads", "Keystone", "Redline", "Pioneer", "Lonestar", "Great Plains", "Tri-State", "Heartland", "Coastal"],
                ["Logistics LLC", "Freight Solutions, Inc.", "Transportation Brokerage, LLC", "Supply Chain Services Inc.", "Freight Brokers LLC"])
CARRIER_WORDS = (["Trucking LLC", "Transport Inc.", "Express LLC", "Freight Lines Inc.", "& Sons Transport LLC", "Logistics Inc.", "Carriers LLC"],
                 ["Big Sky", "Double Eagle", "Steel Horse", "Open Road", "Prairie Wind", "Silver State", "Rolling Thunder", "Blue Ridge", "Desert Star", "Northern Lights"])
LANES = [("Dallas, TX", "Atlanta, GA"), ("Chicago, IL", "Columbus, OH"), ("Laredo, TX", "Memphis, TN"), ("Ontario, CA", "Phoenix, AZ"), ("Savannah, GA", "Charlotte, NC"),
         ("Joliet, IL", "Kansas City, MO"), ("Fresno, CA", "Salt Lake City, UT"), ("Newark, NJ", "Harrisburg, PA"), ("Denver, CO", "Omaha, NE"), ("Houston, TX", "New Orleans, LA"),
         ("Indianapolis, IN", "Louisville, KY"), ("Seattle, WA", "Boise, ID"), ("Jacksonville, FL", "Miami, FL"), ("Nashville, TN", "Birmingham, AL")]


def mc_number(rng: random.Random) -> str:
    return f"{rng.randrange(100000, 1500000)}"


def usdot_number(rng: random.Random) -> str:
    return f"{rng.randrange(1000000, 4200000)}"


def broker_party(rng: random.Random) -> Party:
    name = f"{rng.choice(BROKER_WORDS[0])} {rng.choice(BROKER_WORDS[1])}"
    party = Party(name=name, address=address(rng, "US"), country="US", phone=phone(rng, "US"))
    party.email = f"{rng.choice(['carrierpay', 'ap', 'settlements', 'accounting'])}@{domain(name)}"
    party.extra.update({"mc": mc_number(rng), "dot": usdot_number(rng)})
    return party


def carrier_party(rng: random.Random) -> Party:
    suffix = rng.choice(CARRIER_WORDS[0])
    if rng.random() < 0.5:
        name = f"{rng.choice(SURNAMES['en'])} {suffix}"
    else:
        name = f"{rng.choice(CARRIER_WORDS[1])} {suffix}"
    party = Party(name=name, address=address(rng, "US"), country="US", phone=phone(rng, "US"))
    party.extra.update({"mc": mc_number(rng), "dot": usdot_number(rng)})
    party.email = f"{rng.choice(['dispatch', 'billing', 'office'])}@{domain(name)}"
    return party


def trade_word(rng: random.Random) -> str:
    return rng.choice(PLACE_WORDS["en"])
