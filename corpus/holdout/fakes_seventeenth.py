"""Parties and identifiers for the seventeenth set: Bulgarian companies (ЕИК with its check digit, ИН по ЗДДС = BG + ЕИК,
BG IBAN) and the amount in Bulgarian words; Serbian companies (PIB with its ISO 7064 MOD 11,10 check digit, matični broj,
the tekući račun with its mod-97 control pair) and Latin-to-Cyrillic transliteration; Costa
Rican businesses (cédula jurídica, the 50-digit clave numérica and the 20-digit consecutivo) and Guatemalan ones (NIT with
its mod-11 check character, K included); Rwandan and Zambian traders (TIN / TPIN, SDC and MRC ids, the EBM internal data
and signature); Finnish companies (Y-tunnus with its check digit, ALV-tunnus, the 7-3-1 viitenumero, the RF creditor
reference, the version-4 virtual bar code); Icelandic companies (kennitala with its mod-11 check digit, VSK-númer, bank
account); UK sort codes. Written without reading the engine."""

from __future__ import annotations

import random
import string
from datetime import date
from decimal import Decimal

from corpus.holdout.fakes import Party, domain
from corpus.holdout.fakes_fifteenth import iban_for


def other_party(rng: random.Random, make, first: Party) -> Party:
    """Another party from `make(rng)` whose name starts otherwise than `first`'s (two firms of one name would confuse the truth)."""
    while True:
        party = make(rng)
        if party.name.split()[0].strip("„\"") != first.name.split()[0].strip("„\""):
            return party


# --------------------------------------------------------------------------------------------------
# Bulgaria: ЕИК (9 digits: weights 1..8 mod 11, else 3..10 mod 11, 10 -> 0), ИН по ЗДДС = BG + ЕИК


def bg_eik_check(body: str) -> int:
    rest = sum(int(d) * w for d, w in zip(body, range(1, 9), strict=True)) % 11
    if rest == 10:
        rest = sum(int(d) * w for d, w in zip(body, range(3, 11), strict=True)) % 11
    return 0 if rest == 10 else rest


def bg_eik(rng: random.Random) -> str:
    body = f"{rng.choice(['1', '2', '1', '2', '8'])}{rng.randrange(10**7):07d}"
    return body + str(bg_eik_check(body))


def bg_eik_valid(number: str) -> bool:
    digits = number.removeprefix("BG")
    return len(digits) == 9 and digits.isdigit() and bg_eik_check(digits[:8]) == int(digits[8])


BG_PLACES = [("София", "1000"), ("София", "1407"), ("София", "1784"), ("Пловдив", "4000"), ("Варна", "9000"), ("Бургас", "8000"),
             ("Русе", "7000"), ("Стара Загора", "6000"), ("Плевен", "5800"), ("Благоевград", "2700"), ("Велико Търново", "5000")]
BG_STREETS = ["бул. Витоша", "ул. Граф Игнатиев", "бул. Цариградско шосе", "ул. Пиротска", "бул. Христо Ботев", "ул. Иван Вазов",
              "бул. Мария Луиза", "ул. Георги Раковски", "бул. България", "ул. Индустриална", "бул. Васил Левски", "ул. Шипка"]
BG_WORDS = (["Балкан", "Родопи", "Витоша", "Дунав", "Тракия", "Пирин", "Черноморие", "Струма", "Марица", "Искър", "Мусала", "Рила"],
            ["Трейд", "Строй", "Логистик", "Консулт", "Технологии", "Инженеринг", "Систем", "Дистрибуция", "Енерджи", "Комерс", "Текс", "Агро"],
            ["ЕООД", "ЕООД", "ООД", "АД", "ЕАД"])
BG_PEOPLE = ["Иван Петров", "Мария Георгиева", "Георги Димитров", "Николай Стоянов", "Елена Иванова", "Петър Николов",
             "Десислава Тодорова", "Христо Василев", "Светлана Костова", "Димитър Ангелов"]
BG_BANKS = [("УниКредит Булбанк АД", "UNCRBGSF", "UNCR"), ("Банка ДСК АД", "STSABGSF", "STSA"), ("Обединена българска банка АД", "UBBSBGSF", "UBBS"),
            ("Юробанк България АД", "BPBIBGSF", "BPBI"), ("Първа инвестиционна банка АД", "FINVBGSF", "FINV"), ("Пощенска банка", "BPBIBGSF", "BPBI")]


def bg_party(rng: random.Random) -> Party:
    place, trade, form = (rng.choice(part) for part in BG_WORDS)
    name = rng.choice([f"{place} {trade} {form}", f"{place} {trade} {form}", f"„{place} {trade}“ {form}", f"{place}{trade.lower()} {form}"])
    city, pc = rng.choice(BG_PLACES)
    street = f"{rng.choice(BG_STREETS)} № {rng.randrange(1, 180)}" + rng.choice(["", "", f", ет. {rng.randrange(1, 9)}", f", офис {rng.randrange(1, 40)}"])
    lines = [f"гр. {city} {pc}", street] if rng.random() < 0.6 else [street, f"{pc} {city}"]
    party = Party(name=name, address=lines, country="BG", phone=f"+359 {rng.choice(['2', '32', '52', '56', '88', '87'])} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}")
    eik = bg_eik(rng)
    bank, bic, code = rng.choice(BG_BANKS)
    party.tax_id = f"BG{eik}"
    party.extra.update({"eik": eik, "mol": rng.choice(BG_PEOPLE), "bank": bank, "bic": bic,
                        "iban": iban_for("BG", f"{code}{rng.randrange(10**3, 10**4)}{rng.choice(['10', '15'])}{rng.randrange(10**7, 10**8)}"),
                        "city": city})
    party.email = f"{rng.choice(['office', 'info', 'accounting', 'fakturi'])}@{domain(_latin_word(place))}"
    return party


_BG_LAT = dict(zip("абвгдежзийклмнопрстуфхцчшщъьюя", ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                                                      "s", "t", "u", "f", "h", "ts", "ch", "sh", "sht", "a", "", "yu", "ya"], strict=True))


def _latin_word(word: str) -> str:
    return "".join(_BG_LAT.get(ch, ch) for ch in word.lower())


_BG_UNITS_M = ["", "един", "два", "три", "четири", "пет", "шест", "седем", "осем", "девет", "десет", "единадесет", "дванадесет",
               "тринадесет", "четиринадесет", "петнадесет", "шестнадесет", "седемнадесет", "осемнадесет", "деветнадесет"]
_BG_TENS = ["", "", "двадесет", "тридесет", "четиридесет", "петдесет", "шестдесет", "седемдесет", "осемдесет", "деветдесет"]
_BG_HUNDREDS = ["", "сто", "двеста", "триста", "четиристотин", "петстотин", "шестстотин", "седемстотин", "осемстотин", "деветстотин"]


def _bg_parts(n: int, *, feminine: bool = False) -> list[str]:
    """The words of 0 < n < 1000 without the conjunction."""
    units = list(_BG_UNITS_M)
    if feminine:
        units[1], units[2] = "една", "две"
    parts = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append(_BG_HUNDREDS[hundreds])
    if rest:
        if rest < 20:
            parts.append(units[rest])
        else:
            tens, unit = divmod(rest, 10)
            parts.append(_BG_TENS[tens])
            if unit:
                parts.append(units[unit])
    return parts


def _bg_join(parts: list[str]) -> str:
    """`и` before the last word of a group of two or more: `сто и пет`, `двадесет и пет`, `сто двадесет и пет`."""
    if len(parts) >= 2:
        return " ".join(parts[:-1]) + " и " + parts[-1]
    return " ".join(parts)


def bg_number_words(n: int) -> str:
    if n == 0:
        return "нула"
    groups: list[list[str]] = []
    millions, rest = divmod(n, 10**6)
    thousands, units = divmod(rest, 1000)
    if millions:
        groups.append(["един милион"] if millions == 1 else [_bg_join(_bg_parts(millions)) + " милиона"])
    if thousands:
        groups.append(["хиляда"] if thousands == 1 else [_bg_join(_bg_parts(thousands, feminine=True)) + " хиляди"])
    if units:
        parts = _bg_parts(units)
        if groups and len(parts) == 1:
            # a one-word last group takes the conjunction: "хиляда и сто", "две хиляди и пет"
            return " ".join(g[0] for g in groups) + " и " + parts[0]
        groups.append([_bg_join(parts)])
    elif len(groups) == 2:
        return groups[0][0] + " и " + groups[1][0]
    return " ".join(g[0] for g in groups)


def words_bgn(value: Decimal) -> str:
    """`Хиляда двеста тридесет и четири лева и 56 ст.` (the first letter capitalised)."""
    whole = int(value)
    cents = int((value - whole) * 100)
    text = bg_number_words(whole)
    text = text[0].upper() + text[1:]
    return f"{text} {'лев' if whole == 1 else 'лева'} и {cents:02d} ст."


BGN_PER_EUR = Decimal("1.95583")

# --------------------------------------------------------------------------------------------------
# Serbia: PIB (9 digits, ISO 7064 MOD 11,10), matični broj (8 digits), tekući račun (bank 3 - account 13 - control 2,
# ISO 7064 MOD 97-10)


def _mod11_10(body: str) -> int:
    product = 10
    for d in body:
        total = (int(d) + product) % 10 or 10
        product = (2 * total) % 11
    return (11 - product) % 10


def rs_pib(rng: random.Random) -> str:
    body = f"{rng.choice(['10', '10', '11'])}{rng.randrange(10**6):06d}"
    return body + str(_mod11_10(body))


def rs_pib_valid(number: str) -> bool:
    return len(number) == 9 and number.isdigit() and _mod11_10(number[:8]) == int(number[8])


def rs_mb(rng: random.Random) -> str:
    """The company's matični broj (8 digits; printed as a decoy beside the PIB)."""
    return f"{rng.choice(['0', '1', '2'])}{rng.randrange(10**7):07d}"


def rs_account(rng: random.Random, *, short: bool = False) -> str:
    bank = rng.choice(["160", "170", "205", "265", "250", "310", "325", "340", "105"])
    account = rng.randrange(10**4, 10**9)
    control = 98 - int(f"{bank}{account:013d}") * 100 % 97
    return f"{bank}-{account}-{control:02d}" if short else f"{bank}-{account:013d}-{control:02d}"


def rs_account_valid(printed: str) -> bool:
    bank, account, control = printed.split("-")
    return int(f"{bank}{int(account):013d}{control}") % 97 == 1


RS_PLACES = [("11000", "Beograd"), ("11070", "Novi Beograd"), ("21000", "Novi Sad"), ("18000", "Niš"), ("34000", "Kragujevac"),
             ("24000", "Subotica"), ("32000", "Čačak"), ("11080", "Zemun"), ("14000", "Valjevo"), ("36000", "Kraljevo")]
RS_STREETS = ["Bulevar kralja Aleksandra", "Knez Mihailova", "Bulevar oslobođenja", "Nemanjina", "Cara Dušana", "Vojvode Stepe",
              "Bulevar Zorana Đinđića", "Kneza Miloša", "Jurija Gagarina", "Industrijska zona bb", "Omladinskih brigada", "Šumadijska"]
RS_WORDS = (["Sava", "Morava", "Dunav", "Tara", "Kopaonik", "Zlatibor", "Avala", "Timok", "Drina", "Šar", "Rtanj", "Ibar"],
            ["promet", "gradnja", "trade", "inženjering", "logistika", "sistemi", "elektro", "komerc", "tehnika", "agro", "nabavka"],
            ["d.o.o.", "d.o.o.", "d.o.o. Beograd", "a.d.", "DOO"])
RS_PEOPLE = ["Marko Jovanović", "Jelena Petrović", "Nikola Đorđević", "Milica Nikolić", "Stefan Ilić", "Ana Stojanović", "Dušan Pavlović",
             "Ljiljana Marković", "Nemanja Živković"]


def rs_party(rng: random.Random) -> Party:
    word, trade, form = (rng.choice(part) for part in RS_WORDS)
    style = rng.random()
    if style < 0.45:
        name = f"{word}{trade} {form}"
    elif style < 0.85:
        name = f"{word} {trade.capitalize()} {form}"
    else:
        name = f"{rng.choice(RS_PEOPLE)} PR {trade.capitalize()} {word}"
    pc, city = rng.choice(RS_PLACES)
    street = rng.choice(RS_STREETS)
    party = Party(name=name, address=[street if street.endswith("bb") else f"{street} {rng.randrange(1, 160)}", f"{pc} {city}"], country="RS",
                  phone=f"+381 {rng.choice(['11', '21', '18', '34', '63', '64'])} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}")
    party.tax_id = rs_pib(rng)
    party.extra.update({"mb": rs_mb(rng), "account": rs_account(rng, short=rng.random() < 0.3), "city": city,
                        "activity": f"{rng.randrange(10, 96)}{rng.randrange(10, 99)}", "person": rng.choice(RS_PEOPLE)})
    party.email = f"{rng.choice(['office', 'racunovodstvo', 'finansije', 'info'])}@{domain(word)}"
    return party


_RS_DIGRAPHS = {"Lj": "Љ", "LJ": "Љ", "lj": "љ", "Nj": "Њ", "NJ": "Њ", "nj": "њ", "Dž": "Џ", "DŽ": "Џ", "dž": "џ"}
_RS_SINGLE = dict(zip("abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ",
                      "абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ", strict=True))


def sr_cyrillic(text: str) -> str:
    """Serbian Latin to Cyrillic, digraphs first (`Ljubljanska` -> `Љубљанска`); `bb` (bez broja) becomes `бб`."""
    out, i = [], 0
    while i < len(text):
        pair = text[i:i + 2]
        if pair in _RS_DIGRAPHS:
            out.append(_RS_DIGRAPHS[pair])
            i += 2
            continue
        out.append(_RS_SINGLE.get(text[i], text[i]))
        i += 1
    return "".join(out)


def rs_party_cyrillic(party: Party) -> Party:
    """The same firm as printed in Cyrillic (name and address transliterated; the numbers stay)."""
    return Party(name=sr_cyrillic(party.name), address=[sr_cyrillic(x) for x in party.address], country="RS",
                 tax_id=party.tax_id, phone=party.phone, email=party.email, extra={**party.extra, "city": sr_cyrillic(party.extra["city"]),
                                                                                  "person": sr_cyrillic(party.extra["person"])})


# --------------------------------------------------------------------------------------------------
# Costa Rica: cédula jurídica 3-101-XXXXXX, consecutivo (sucursal 3, terminal 5, tipo 2, número 10), clave numérica (50 digits)

def cr_cedula_juridica(rng: random.Random) -> str:
    return f"3-{rng.choice(['101', '101', '102'])}-{rng.randrange(10**5, 10**6):06d}"


def cr_consecutivo(rng: random.Random, doc_type: str) -> str:
    return f"{rng.choice(['001', '001', '002'])}{rng.choice(['00001', '00001', '00002', '00005'])}{doc_type}{rng.randrange(1, 10**6):010d}"


def cr_clave(issued: date, cedula: str, consecutivo: str, rng: random.Random) -> str:
    """506, ddmmyy, the issuer's id in 12 digits, the consecutivo, situación 1 (normal), an 8-digit security code."""
    return f"506{issued.strftime('%d%m%y')}{cedula.replace('-', ''):0>12}{consecutivo}1{rng.randrange(10**7, 10**8)}"


CR_PLACES = [("San José", "San José", "Catedral"), ("San José", "Escazú", "San Rafael"), ("San José", "Montes de Oca", "San Pedro"),
             ("Heredia", "Heredia", "Ulloa"), ("Alajuela", "Alajuela", "San Antonio"), ("Cartago", "La Unión", "Tres Ríos"),
             ("San José", "Santa Ana", "Pozos"), ("Guanacaste", "Liberia", "Liberia")]
CR_SENAS = ["200 metros oeste de Multiplaza", "del Banco Nacional 100 m norte", "Oficentro La Sabana, edificio 4, piso 2",
            "frente a la Iglesia Católica", "Zona Franca Coyol, nave 12", "de la Fuente de la Hispanidad 300 m sur", "Centro Comercial Plaza Real, local 8"]
CR_WORDS = (["Distribuidora", "Servicios", "Inversiones", "Importadora", "Comercializadora", "Soluciones Técnicas", "Constructora", "Grupo"],
            ["del Valle", "Pacífico", "Central", "Arenal", "Irazú", "Tico", "Guanacaste", "Caribe", "Poás", "Monteverde", "Orosi"],
            ["S.A.", "S.A.", "S.R.L.", "Sociedad Anónima", "Limitada"])


def cr_party(rng: random.Random) -> Party:
    trade, place, form = (rng.choice(part) for part in CR_WORDS)
    province, canton, district = rng.choice(CR_PLACES)
    party = Party(name=f"{trade} {place} {form}", address=[rng.choice(CR_SENAS), f"{district}, {canton}, {province}"], country="CR",
                  phone=f"+506 {rng.choice([2, 4])}{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}")
    party.tax_id = cr_cedula_juridica(rng)
    party.email = f"{rng.choice(['facturacion', 'fe', 'contabilidad', 'ventas'])}@{domain(place.replace('del ', ''))}"
    return party


# Guatemala: NIT (digits and a mod-11 check character, weights length+1 .. 2, 10 -> K)

def gt_nit_check(body: str) -> str:
    total = sum(int(d) * w for d, w in zip(body, range(len(body) + 1, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return "K" if check == 10 else str(check)


def gt_nit(rng: random.Random, *, dashed: bool = True) -> str:
    body = str(rng.randrange(10**6, 10**8))
    return f"{body}-{gt_nit_check(body)}" if dashed else body + gt_nit_check(body)


def gt_nit_valid(number: str) -> bool:
    raw = number.replace("-", "")
    return len(raw) >= 2 and raw[:-1].isdigit() and gt_nit_check(raw[:-1]) == raw[-1]


GT_PLACES = [("Zona 10", "Guatemala", "Guatemala"), ("Zona 4", "Guatemala", "Guatemala"), ("Zona 12", "Guatemala", "Guatemala"),
             ("Zona 1", "Mixco", "Guatemala"), ("Zona 3", "Quetzaltenango", "Quetzaltenango"), ("Zona 2", "Villa Nueva", "Guatemala"),
             ("Zona 9", "Guatemala", "Guatemala")]
GT_WORDS = (["Distribuidora", "Comercial", "Inversiones", "Servicios Industriales", "Importadora", "Agroindustrias", "Ferretería"],
            ["Quetzal", "Maya", "Atitlán", "Petén", "Tikal", "Xela", "Pacaya", "Izabal", "Antigua", "Motagua"],
            ["S.A.", "Sociedad Anónima", "S.A."])


def gt_party(rng: random.Random) -> Party:
    trade, place, form = (rng.choice(part) for part in GT_WORDS)
    zone, city, dept = rng.choice(GT_PLACES)
    street = f"{rng.randrange(1, 20)}a. {rng.choice(['Avenida', 'Calle'])} {rng.randrange(1, 30)}-{rng.randrange(10, 99)}"
    party = Party(name=f"{trade.upper()} {place.upper()}, {form.upper()}" if rng.random() < 0.5 else f"{trade} {place}, {form}",
                  address=[f"{street} {zone}", f"{city}, {dept}"], country="GT",
                  phone=f"+502 {rng.choice([2, 2, 7])}{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}")
    party.tax_id = gt_nit(rng, dashed=rng.random() < 0.6)
    party.extra["trade_name"] = rng.choice([f"{trade.upper()} {place.upper()}", f"{place.upper()} {rng.choice(['EXPRESS', 'CENTRAL', 'PLUS', 'No. 2'])}"])
    party.email = f"{rng.choice(['facturacion', 'fel', 'ventas'])}@{domain(place)}"
    return party


# --------------------------------------------------------------------------------------------------
# Rwanda and Zambia: TIN (9 digits) / TPIN (10 digits), SDC and MRC ids, EBM internal data and receipt signature

RW_PLACES = [("KN 4 Ave, Nyarugenge", "Kigali"), ("KG 11 Ave, Gasabo", "Kigali"), ("KK 15 Rd, Kicukiro", "Kigali"), ("KN 3 Rd, Nyarugenge", "Kigali"),
             ("RN1, Huye", "Southern Province"), ("NM 8 St, Musanze", "Northern Province"), ("Rubavu Main Road", "Western Province")]
RW_WORDS = (["Kigali", "Rwenzori", "Nyabugogo", "Kivu", "Akagera", "Virunga", "Huye", "Musanze", "Inzozi", "Ubumwe", "Imena", "Gisozi"],
            ["Supplies", "Hardware", "General Trading", "Enterprises", "Pharmacy", "Supermarket", "Motors", "Stationery", "Electronics"],
            ["Ltd", "Ltd", "Ltd", "SARL", "Co. Ltd"])
ZM_PLACES = [("Plot {n}, Cairo Road", "Lusaka"), ("Stand {n}, Great East Road", "Lusaka"), ("Plot {n}, Lumumba Road", "Lusaka"),
             ("Stand {n}, Obote Avenue", "Kitwe"), ("Plot {n}, President Avenue", "Ndola"), ("Stand {n}, Freedom Way", "Kabwe"),
             ("Plot {n}, Mosi-oa-Tunya Road", "Livingstone")]
ZM_WORDS = (["Lusaka", "Kafue", "Copperbelt", "Zambezi", "Luangwa", "Chongwe", "Kabwe", "Mukuba", "Kariba", "Mpika", "Chilanga"],
            ["Hardware", "Trading", "Suppliers", "Agro Dealers", "Motors", "Pharmacy", "Stationers", "Building Supplies", "Electricals"],
            ["Limited", "Limited", "Ltd"])


def rw_party(rng: random.Random) -> Party:
    word, trade, form = (rng.choice(part) for part in RW_WORDS)
    street, city = rng.choice(RW_PLACES)
    party = Party(name=f"{word.upper()} {trade.upper()} {form.upper()}" if rng.random() < 0.5 else f"{word} {trade} {form}",
                  address=[street, city], country="RW", phone=f"+250 7{rng.choice([88, 83, 85, 22, 38])} {rng.randrange(100, 999)} {rng.randrange(100, 999)}")
    party.tax_id = f"1{rng.randrange(10**7, 10**8)}"
    party.email = f"{rng.choice(['info', 'sales', 'accounts'])}@{domain(word)}"
    return party


def zm_party(rng: random.Random) -> Party:
    word, trade, form = (rng.choice(part) for part in ZM_WORDS)
    street, city = rng.choice(ZM_PLACES)
    party = Party(name=f"{word} {trade} {form}" if rng.random() < 0.6 else f"{word.upper()} {trade.upper()} {form.upper()}",
                  address=[street.format(n=rng.randrange(10, 9999)), city], country="ZM",
                  phone=f"+260 {rng.choice(['211', '212', '977', '966', '955'])} {rng.randrange(100000, 999999)}")
    party.tax_id = f"{rng.choice(['100', '100', '200'])}{rng.randrange(10**6, 10**7)}"
    party.email = f"{rng.choice(['info', 'sales', 'accounts'])}@{domain(word)}"
    return party


_B32 = string.ascii_uppercase + "234567"


def ebm_code(rng: random.Random, groups: int) -> str:
    """An EBM / VSDC internal-data or signature string: `TE68-SLA2-34J5-EAV3` (groups of four)."""
    return "-".join("".join(rng.choice(_B32) for _ in range(4)) for _ in range(groups))


def sdc_id(rng: random.Random, country: str) -> str:
    return f"SDC0{rng.randrange(10, 99)}{rng.randrange(10**5, 10**6)}" if country == "RW" else f"SDC{rng.randrange(10**8, 10**9)}"


def mrc(rng: random.Random, country: str) -> str:
    return f"{rng.choice(['WIS', 'EBM', 'WIS'])}{rng.randrange(10**7, 10**8)}" if country == "RW" else f"ZRA{rng.randrange(10**7, 10**8)}"


# --------------------------------------------------------------------------------------------------
# Finland: Y-tunnus (7 digits, weights 7 9 10 5 8 4 2, remainder 1 never issued), ALV-tunnus FI + 8 digits, viitenumero
# (7-3-1 from the right), RF creditor reference (ISO 11649), version-4 virtual bar code (54 digits)

def _fi_check(body: str) -> int | None:
    rest = sum(int(d) * w for d, w in zip(body, [7, 9, 10, 5, 8, 4, 2], strict=True)) % 11
    if rest == 1:
        return None
    return 0 if rest == 0 else 11 - rest


def fi_ytunnus(rng: random.Random) -> str:
    while True:
        body = f"{rng.choice(['0', '1', '2', '3'])}{rng.randrange(10**6):06d}"
        check = _fi_check(body)
        if check is not None:
            return f"{body}-{check}"


def fi_ytunnus_valid(number: str) -> bool:
    digits = number.removeprefix("FI").replace("-", "")
    return len(digits) == 8 and digits.isdigit() and _fi_check(digits[:7]) == int(digits[7])


def fi_reference(base: str) -> str:
    weights = [7, 3, 1]
    total = sum(int(d) * weights[i % 3] for i, d in enumerate(reversed(base)))
    return base + str((10 - total % 10) % 10)


def fi_reference_valid(number: str) -> bool:
    raw = number.replace(" ", "")
    return raw.isdigit() and 4 <= len(raw) <= 20 and fi_reference(raw[:-1]) == raw


def fi_grouped_reference(ref: str) -> str:
    """Printed in groups of five from the right: `12 34561`."""
    groups = []
    while ref:
        groups.insert(0, ref[-5:])
        ref = ref[:-5]
    return " ".join(groups)


def rf_reference(ref: str) -> str:
    """ISO 11649 creditor reference around a national reference: `RF18 5390 0754 7034`."""
    numeric = "".join(str(int(ch, 36)) for ch in ref + "RF00")
    raw = f"RF{98 - int(numeric) % 97:02d}{ref}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def rf_valid(printed: str) -> bool:
    raw = printed.replace(" ", "")
    return int("".join(str(int(ch, 36)) for ch in raw[4:] + raw[:4])) % 97 == 1


def fi_virtual_barcode(iban: str, amount: Decimal, ref: str, due: date) -> str:
    """Version 4: `4`, the IBAN's 16 digits, euros (6) and cents (2), `000`, the reference (20), the due date yymmdd."""
    digits = iban.replace(" ", "")[2:]
    euros = int(amount)
    cents = int((amount - euros) * 100)
    return f"4{digits}{euros:06d}{cents:02d}000{ref:0>20}{due.strftime('%y%m%d')}"


FI_PLACES = [("00100", "Helsinki"), ("00510", "Helsinki"), ("02150", "Espoo"), ("01510", "Vantaa"), ("33100", "Tampere"), ("20100", "Turku"),
             ("90100", "Oulu"), ("40100", "Jyväskylä"), ("15110", "Lahti"), ("70100", "Kuopio"), ("65100", "Vaasa")]
FI_STREETS = ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Teollisuuskatu", "Tehtaankatu", "Yliopistonkatu", "Satamakatu",
              "Konepajankuja", "Valimotie", "Pyhäjärvenkatu", "Kauppakatu", "Ratapihantie"]
FI_WORDS = (["Pohjolan", "Järvi", "Kaleva", "Saimaan", "Lapin", "Tampereen", "Koivu", "Revontuli", "Metsä", "Kuusi", "Aalto", "Väinö"],
            ["Rakennus", "Sähkö", "Logistiikka", "Konepaja", "Tietotekniikka", "Kiinteistöhuolto", "Kuljetus", "Puu", "Putki", "Siivous"],
            ["Oy", "Oy", "Oy", "Oyj", "Ky"])
FI_SV_PLACES = [("65100", "Vasa"), ("68600", "Jakobstad"), ("10600", "Ekenäs"), ("00100", "Helsingfors"), ("20100", "Åbo"), ("66900", "Nykarleby")]
FI_SV_STREETS = ["Handelsesplanaden", "Storalånggatan", "Hovrättsesplanaden", "Skolhusgatan", "Industrivägen", "Strandgatan", "Köpmansgatan"]
FI_SV_WORDS = (["Nordic", "Österbotten", "Skärgårds", "Åbo", "Kvarken", "Vasa", "Nylands"], ["Bygg", "Trä", "Transport", "El", "Fastighetsservice"],
               ["Ab", "Ab", "Oy Ab"])


def fi_party(rng: random.Random, *, swedish: bool = False) -> Party:
    place, trade, form = (rng.choice(part) for part in (FI_SV_WORDS if swedish else FI_WORDS))
    name = f"{place} {trade} {form}" if rng.random() < 0.6 or swedish else f"{place}{trade.lower()} {form}"
    pc, city = rng.choice(FI_SV_PLACES if swedish else FI_PLACES)
    stair = rng.choice(["", "", "", f" {rng.choice('ABC')} {rng.randrange(1, 40)}"])
    street = rng.choice(FI_SV_STREETS if swedish else FI_STREETS)
    party = Party(name=name, address=[f"{street} {rng.randrange(1, 90)}{stair}", f"{pc} {city.upper() if rng.random() < 0.4 else city}"],
                  country="FI", phone=f"{rng.choice(['09', '010', '040', '050', '03'])} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}")
    yt = fi_ytunnus(rng)
    party.extra.update({"ytunnus": yt, "alv": "FI" + yt.replace("-", ""), "domicile": city,
                        "iban": iban_for("FI", f"{rng.choice(['1', '5', '8', '3'])}{rng.randrange(10**12, 10**13)}"),
                        "bic": rng.choice(["NDEAFIHH", "OKOYFIHH", "DABAFIHH", "HANDFIHH", "AABAFI22"])})
    party.email = f"{rng.choice(['laskutus', 'info', 'talous', 'reskontra'])}@{domain(place)}"
    return party


# --------------------------------------------------------------------------------------------------
# Iceland: kennitala (10 digits: a company's day + 40, the 9th digit a mod-11 check on the first eight, the 10th the century),
# VSK-númer (5-6 digits), bank account 0133-26-012345

def is_kennitala(rng: random.Random, *, company: bool = True) -> str:
    while True:
        day = rng.randrange(1, 29) + (40 if company else 0)
        year = rng.randrange(1960, 2022)
        body = f"{day:02d}{rng.randrange(1, 13):02d}{year % 100:02d}{rng.randrange(20, 99)}"
        check = 11 - sum(int(d) * w for d, w in zip(body, [3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
        if check == 10:
            continue
        digits = f"{body}{0 if check == 11 else check}{9 if year < 2000 else 0}"
        return f"{digits[:6]}-{digits[6:]}"


def is_kennitala_valid(number: str) -> bool:
    digits = number.replace("-", "")
    if len(digits) != 10 or not digits.isdigit():
        return False
    check = 11 - sum(int(d) * w for d, w in zip(digits[:8], [3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
    return check != 10 and (0 if check == 11 else check) == int(digits[8])


IS_PLACES = [("101", "Reykjavík"), ("105", "Reykjavík"), ("108", "Reykjavík"), ("110", "Reykjavík"), ("200", "Kópavogur"), ("210", "Garðabær"),
             ("220", "Hafnarfjörður"), ("600", "Akureyri"), ("230", "Reykjanesbær"), ("800", "Selfoss"), ("270", "Mosfellsbær")]
IS_STREETS = ["Borgartún", "Laugavegur", "Skeifan", "Smiðjuvegur", "Dalvegur", "Hafnarstræti", "Bíldshöfði", "Lyngháls", "Hlíðasmári",
              "Suðurlandsbraut", "Kringlan", "Glerárgata"]
IS_WORDS = (["Norðurljós", "Vélaverk", "Hekla", "Jökull", "Fjarðar", "Eldey", "Hraun", "Esja", "Bláfell", "Sólheimar", "Straumur", "Hvítá"],
            ["Tækni", "Byggingar", "Flutningar", "Rafverk", "Heildverslun", "Ráðgjöf", "Smíði", "Lagnir", "Þjónusta", "Ræsting"],
            ["ehf.", "ehf.", "ehf.", "hf.", "slf."])


def is_party(rng: random.Random) -> Party:
    place, trade, form = (rng.choice(part) for part in IS_WORDS)
    pc, city = rng.choice(IS_PLACES)
    party = Party(name=f"{place} {trade} {form}" if rng.random() < 0.6 else f"{place}{trade.lower()} {form}",
                  address=[f"{rng.choice(IS_STREETS)} {rng.randrange(1, 60)}", f"{pc} {city}"], country="IS",
                  phone=f"{rng.choice(['5', '4', '5', '6'])}{rng.randrange(10, 99)} {rng.randrange(1000, 9999)}")
    bank = rng.choice(["0101", "0133", "0301", "0515", "0111", "0537"])
    party.tax_id = str(rng.randrange(10**4, 10**5)) if rng.random() < 0.4 else str(rng.randrange(100000, 160000))
    party.extra.update({"kt": is_kennitala(rng), "account": f"{bank}-26-{rng.randrange(1, 999999):06d}"})
    party.email = f"{rng.choice(['reikningar', 'bokhald', 'info'])}@{domain(_ascii_is(place))}"
    return party


def _ascii_is(word: str) -> str:
    return word.translate(str.maketrans("þðæöáéíóúýÞÐÆÖÁÉÍÓÚÝ", "tdaoaeiouyTDAOAEIOUY"))


# --------------------------------------------------------------------------------------------------
# United Kingdom: sort codes and masked account numbers as remittances print them

UK_BANKS = [("Barclays Bank", "20"), ("HSBC UK", "40"), ("Lloyds Bank", "30"), ("NatWest", "60"), ("Santander UK", "09"), ("Metro Bank", "23")]


def uk_sort_code(rng: random.Random, prefix: str) -> str:
    return f"{prefix}-{rng.randrange(0, 100):02d}-{rng.randrange(0, 100):02d}"
