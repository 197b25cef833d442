"""Parties and identifiers for the twenty-ninth set: Latvian banks, invoice numbers, transaction ids and the sum in Latvian words;
Estonian banks, invoice numbers, archive ids (arhiveerimistunnus) and the sum in Estonian words; Serbian banks, invoice numbers,
the model 97 reference (poziv na broj, ISO 7064 MOD 97-10 control digits in front) and bank references; Cape Verdean companies (NIF,
the e-fatura's IUD) and Macanese companies (taxpayer number, Portuguese and Chinese names); Eastern Caribbean businesses (Saint
Lucia, Grenada, Antigua and Barbuda, Saint Vincent: TIN / ABST numbers); businesses of Eswatini, Lesotho and Seychelles (TIN,
registration numbers); removal companies and florists. Written without reading the engine."""

from __future__ import annotations

import random
import string
from datetime import date
from decimal import Decimal

from corpus.holdout.fakes import Party, domain
from corpus.holdout.fakes_twentysixth import digits

UPPER = string.ascii_uppercase


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


# --------------------------------------------------------------------------------------------------
# Latvia: banks, invoice numbers, transaction ids, the sum in words

LV_BANKS = [("Swedbank AS", "HABALV22"), ("SEB banka AS", "UNLALV2X"), ("AS Citadele banka", "PARXLV22"), ("Luminor Bank AS Latvijas filiāle", "RIKOLV2X"),
            ("AS Rietumu Banka", "RTMBLV2X"), ("AS BluOr Bank", "CBBRLV22")]


LV_BANK_CODES = {"HABA": ("Swedbank AS", "HABALV22"), "UNLA": ("SEB banka AS", "UNLALV2X"), "PARX": ("AS Citadele banka", "PARXLV22"),
                 "RIKO": ("Luminor Bank AS Latvijas filiāle", "RIKOLV2X"), "NDEA": ("Luminor Bank AS Latvijas filiāle", "NDEALV2X")}


def lv_bank_of(iban: str) -> tuple[str, str]:
    """The bank and BIC of a Latvian IBAN (its four letters after the check digits)."""
    return LV_BANK_CODES.get(iban.replace(" ", "")[4:8], LV_BANKS[0])


def lv_invoice_numbering(rng: random.Random):
    """Latvian invoice numbers: `RK-2024/0123`, `SIA24-00456`, `AB 0012345`, `2024/1234`."""
    series = pick(rng, ["RK", "RĒĶ", "AB", "PR", "DB", "LV", "BT"])
    style = rng.randrange(4)
    state = {"n": rng.randrange(10, 9000)}

    def number(when: date) -> str:
        state["n"] += rng.randrange(1, 45)
        n = state["n"]
        return [f"{series}-{when.year}/{n:04d}", f"{series}{when.year % 100:02d}-{n:05d}", f"{series} {n:07d}", f"{when.year}/{n}"][style]

    return number


def lv_transaction_id(rng: random.Random, when: date) -> str:
    return pick(rng, [f"{when.strftime('%Y%m%d')}{digits(rng, 9)}", f"RO{digits(rng, 10)}", f"{digits(rng, 4)}-{digits(rng, 8)}"])


_LV_UNITS = ["", "viens", "divi", "trīs", "četri", "pieci", "seši", "septiņi", "astoņi", "deviņi"]
_LV_TEENS = ["desmit", "vienpadsmit", "divpadsmit", "trīspadsmit", "četrpadsmit", "piecpadsmit", "sešpadsmit", "septiņpadsmit", "astoņpadsmit",
             "deviņpadsmit"]
_LV_TENS = ["", "", "divdesmit", "trīsdesmit", "četrdesmit", "piecdesmit", "sešdesmit", "septiņdesmit", "astoņdesmit", "deviņdesmit"]


def _lv_below_1000(n: int) -> list[str]:
    out = []
    if n >= 100:
        out.append("simts" if n // 100 == 1 else f"{_LV_UNITS[n // 100]} simti")
    rest = n % 100
    if 10 <= rest < 20:
        out.append(_LV_TEENS[rest - 10])
    else:
        if rest >= 20:
            out.append(_LV_TENS[rest // 10])
        if rest % 10:
            out.append(_LV_UNITS[rest % 10])
    return out


def _lv_singular(n: int) -> bool:
    return n % 10 == 1 and n % 100 != 11


def lv_number_words(n: int) -> str:
    if n == 0:
        return "nulle"
    parts: list[str] = []
    millions, rest = divmod(n, 10**6)
    thousands, units = divmod(rest, 1000)
    if millions:
        parts += (["viens"] if millions == 1 else _lv_below_1000(millions)) + ["miljons" if _lv_singular(millions) else "miljoni"]
    if thousands:
        parts += ([] if thousands == 1 else _lv_below_1000(thousands)) + ["tūkstotis" if _lv_singular(thousands) else "tūkstoši"]
    parts += _lv_below_1000(units)
    return " ".join(parts)


def words_lv(value: Decimal) -> str:
    """`Tūkstotis divi simti trīsdesmit četri euro un 56 centi` (a thousand without `viens`)."""
    whole = int(abs(value))
    cents = int((abs(value) - whole) * 100)
    text = lv_number_words(whole)
    return f"{text[0].upper()}{text[1:]} euro un {cents:02d} {'cents' if _lv_singular(cents) else 'centi'}"


# --------------------------------------------------------------------------------------------------
# Estonia: banks, invoice numbers, archive ids, the sum in words

EE_BANKS = [("Swedbank AS", "HABAEE2X"), ("AS SEB Pank", "EEUHEE2X"), ("AS LHV Pank", "LHVBEE22"), ("Luminor Bank AS", "RIKOEE22"),
            ("Coop Pank AS", "EKRDEE22"), ("AS Citadele banka Eesti filiaal", "PARXEE22")]


def ee_invoice_numbering(rng: random.Random):
    """Estonian invoice numbers: `ARV-2024-0123`, `10234`, `A24/456`, `2024-00123`."""
    prefix = pick(rng, ["ARV", "A", "MA", "T", "E"])
    style = rng.randrange(4)
    state = {"n": rng.randrange(100, 40000)}

    def number(when: date) -> str:
        state["n"] += rng.randrange(1, 60)
        n = state["n"]
        return [f"{prefix}-{when.year}-{n % 10000:04d}", f"{n}", f"{prefix}{when.year % 100:02d}/{n % 1000:03d}", f"{when.year}-{n:05d}"][style]

    return number


def ee_archive_id(rng: random.Random, when: date) -> str:
    """The bank's arhiveerimistunnus: `2024031512345678AB`-like, date first."""
    return pick(rng, [f"{when.strftime('%Y%m%d')}{digits(rng, 8)}", f"{when.strftime('%y%m%d')}{digits(rng, 6)}{pick(rng, UPPER)}{pick(rng, UPPER)}",
                      f"RO{digits(rng, 9)}"])


_EE_UNITS = ["", "üks", "kaks", "kolm", "neli", "viis", "kuus", "seitse", "kaheksa", "üheksa"]


def _ee_below_1000(n: int) -> list[str]:
    out = []
    if n >= 100:
        out.append("sada" if n // 100 == 1 else f"{_EE_UNITS[n // 100]}sada")
    rest = n % 100
    if rest == 10:
        out.append("kümme")
    elif 10 < rest < 20:
        out.append(f"{_EE_UNITS[rest - 10]}teist")
    else:
        if rest >= 20:
            out.append(f"{_EE_UNITS[rest // 10]}kümmend")
        if rest % 10:
            out.append(_EE_UNITS[rest % 10])
    return out


def ee_number_words(n: int) -> str:
    if n == 0:
        return "null"
    parts: list[str] = []
    millions, rest = divmod(n, 10**6)
    thousands, units = divmod(rest, 1000)
    if millions:
        parts += ["miljon"] if millions == 1 else _ee_below_1000(millions) + ["miljonit"]
    if thousands:
        parts += ["tuhat"] if thousands == 1 else _ee_below_1000(thousands) + ["tuhat"]
    parts += _ee_below_1000(units)
    return " ".join(parts)


def words_ee(value: Decimal) -> str:
    """`Tuhat kakssada kolmkümmend neli eurot ja 56 senti`."""
    whole = int(abs(value))
    cents = int((abs(value) - whole) * 100)
    text = ee_number_words(whole)
    return f"{text[0].upper()}{text[1:]} eurot ja {cents:02d} senti"


# --------------------------------------------------------------------------------------------------
# Serbia: banks, invoice numbers, the model 97 reference, bank references

RS_BANKS = {"160": "Banca Intesa a.d. Beograd", "170": "UniCredit Bank Srbija a.d.", "205": "AIK Banka a.d.", "265": "Raiffeisen banka a.d.",
            "250": "Eurobank Direktna a.d.", "310": "NLB Komercijalna banka a.d.", "325": "OTP banka Srbija a.d.", "340": "Erste Bank a.d. Novi Sad",
            "105": "AIK Banka a.d. (ex Jubmes)"}


def rs_bank_of(account: str) -> str:
    return RS_BANKS.get(account.split("-")[0], "Banca Intesa a.d. Beograd")


def rs_invoice_numbering(rng: random.Random):
    """Serbian invoice numbers: `123/2024`, `F-0456/24`, `2024-000123`, `IF-12345`."""
    style = rng.randrange(4)
    state = {"n": rng.randrange(10, 5000)}

    def number(when: date) -> str:
        state["n"] += rng.randrange(1, 40)
        n = state["n"]
        return [f"{n}/{when.year}", f"F-{n:04d}/{when.year % 100:02d}", f"{when.year}-{n:06d}", f"IF-{n:05d}"][style]

    return number


def rs_mod97_control(body: str) -> str:
    """Model 97's two control digits (ISO 7064 MOD 97-10): 98 minus the digits x 100 mod 97."""
    return f"{98 - int(body) * 100 % 97:02d}"


def rs_reference97(invoice: str) -> str:
    """`97 45-123-2024`: the invoice's digit groups with the control digits in front (no id of its own)."""
    parts = ["".join(ch for ch in part if ch.isdigit()) for part in invoice.replace("/", "-").split("-")]
    parts = [p for p in parts if p] or ["0"]
    return f"97 {rs_mod97_control(''.join(parts))}-{'-'.join(parts)}"


def rs_reference97_valid(printed: str) -> bool:
    model, rest = printed.split(" ", 1)
    body = rest.replace("-", "")
    return model == "97" and int(body[2:] + body[:2]) % 97 == 1


def rs_bank_reference(rng: random.Random, when: date) -> str:
    return pick(rng, [f"{when.strftime('%y%m%d')}{digits(rng, 10)}", f"RS{digits(rng, 14)}", f"{digits(rng, 3)}-{digits(rng, 9)}"])


# --------------------------------------------------------------------------------------------------
# Cape Verde and Macau

CV_PLACES = [(["Achada Santo António", "Praia"], "Santiago"), (["Plateau, Rua Serpa Pinto", "Praia"], "Santiago"), (["Palmarejo", "Praia"], "Santiago"),
             (["Fazenda", "Praia"], "Santiago"), (["Rua de Lisboa", "Mindelo"], "São Vicente"), (["Avenida Marginal", "Mindelo"], "São Vicente"),
             (["Zona Industrial do Lazareto", "Mindelo"], "São Vicente"), (["Rua 1.º de Junho", "Santa Maria"], "Sal"), (["Avenida Amílcar Cabral", "Espargos"], "Sal"),
             (["Avenida Amílcar Cabral", "Assomada"], "Santiago"), (["Rua Direita", "Sal Rei"], "Boa Vista")]
CV_WORDS = (["Comercial", "Distribuidora", "Construções", "Serviços", "Importadora", "Transportes", "Hotelaria", "Pescas"],
            ["Morabeza", "Atlântico", "Monte Cara", "Fogo", "Brava", "Santo Antão", "Tarrafal", "Cidade Velha", "Pico", "Ilhéu", "Sodade", "Cesária"],
            ["Lda.", "Lda.", "S.A.", "Unipessoal, Lda."])


def cv_nif(rng: random.Random, *, company: bool = True) -> str:
    return f"{'2' if company else '1'}{digits(rng, 8)}"


def cv_party(rng: random.Random) -> Party:
    (street, town), island = pick(rng, CV_PLACES)
    a, b, c = (pick(rng, part) for part in CV_WORDS)
    lines = [f"{street}{', n.º ' + str(rng.randrange(1, 120)) if rng.random() < 0.5 else ''}", f"C.P. {rng.randrange(10, 999)}, {town}" if rng.random() < 0.5 else town,
             f"{'Ilha de ' if rng.random() < 0.5 else ''}{island}, Cabo Verde"]
    party = Party(name=f"{a} {b}, {c}", address=lines, country="CV", tax_id=cv_nif(rng),
                  phone=f"+238 {pick(rng, ['26', '23', '24', '25', '99', '95'])}{digits(rng, 1)} {digits(rng, 2)} {digits(rng, 2)}")
    party.email = f"{pick(rng, ['geral', 'contabilidade', 'faturacao'])}@{domain(b.replace('ã', 'a'))}"
    party.extra["capital"] = f"{pick(rng, ['1.000.000', '2.500.000', '5.000.000', '10.000.000'])}$00"
    return party


def cv_iud(rng: random.Random, issued: date, nif: str) -> str:
    """The e-fatura's unique document identifier (a decoy): country, year, the issuer's NIF and a long serial."""
    return f"CV{issued.strftime('%y')}{nif}{digits(rng, 3)}{''.join(pick(rng, UPPER + '0123456789') for _ in range(12))}"


MO_PLACES = [["Avenida de Almeida Ribeiro, n.º {n}, {f}.º andar"], ["Rua do Campo, n.º {n}, r/c"], ["Avenida da Praia Grande, n.º {n}, Edifício Comercial, {f}.º andar {l}"],
             ["Rua de Pequim, n.º {n}, Centro Comercial, {f}.º andar"], ["Avenida do Infante D. Henrique, n.º {n}, {f}.º andar {l}"],
             ["Rua de Bragança, n.º {n}, r/c, Taipa"], ["Estrada de Seac Pai Van, n.º {n}, Coloane"], ["Avenida de Horta e Costa, n.º {n}, loja {l}"]]
MO_NAMES = [("Lótus", "蓮花"), ("Porto Interior", "內港"), ("Senado", "議事"), ("Penha", "西望洋"), ("Taipa", "氹仔"), ("Guia", "東望洋"), ("Barra", "媽閣"),
            ("Dragão Dourado", "金龍"), ("Estrela do Sul", "南星"), ("Mar da China", "華海")]
MO_TRADES = [("Companhia de Comércio", "貿易有限公司"), ("Sociedade de Importação e Exportação", "進出口有限公司"), ("Companhia de Engenharia", "工程有限公司"),
             ("Companhia de Serviços de Limpeza", "清潔服務有限公司"), ("Companhia de Materiais de Escritório", "文具有限公司"), ("Companhia de Produtos Alimentares", "食品有限公司")]


def mo_taxpayer(rng: random.Random) -> str:
    return f"{rng.randrange(10**7, 10**8)}"


def mo_party(rng: random.Random) -> Party:
    (pt_word, zh_word), (pt_trade, zh_trade) = pick(rng, MO_NAMES), pick(rng, MO_TRADES)
    line = pick(rng, MO_PLACES)[0].format(n=rng.randrange(1, 400), f=rng.randrange(1, 25), l=pick(rng, ["A", "B", "C", "D"]))
    party = Party(name=f"{pt_trade} {pt_word}, Limitada", address=[line, "Macau"], country="MO", tax_id=mo_taxpayer(rng),
                  phone=f"+853 28{digits(rng, 6)}" if rng.random() < 0.6 else f"+853 6{digits(rng, 7)}")
    party.extra["zh_name"] = f"{zh_word}{zh_trade}"
    party.extra["register"] = f"SO {rng.randrange(10000, 99999)}"
    party.email = f"{pick(rng, ['info', 'account', 'sales'])}@{domain(pt_word.replace('ó', 'o').replace('ã', 'a'))}"
    return party


# --------------------------------------------------------------------------------------------------
# Eastern Caribbean: Saint Lucia, Grenada, Antigua and Barbuda, Saint Vincent and the Grenadines

OECS = {"LC": ("Saint Lucia", "VAT", Decimal("12.5"), "+1 758"), "GD": ("Grenada", "VAT", Decimal(15), "+1 473"),
        "AG": ("Antigua and Barbuda", "ABST", Decimal(17), "+1 268"), "VC": ("St. Vincent and the Grenadines", "VAT", Decimal(16), "+1 784")}
OECS_PLACES = {"LC": [["Jeremie Street", "Castries"], ["Rodney Bay Marina", "Gros Islet"], ["Choc Estate", "Castries"], ["Bridge Street", "Castries"],
                      ["New Dock Road", "Vieux Fort"], ["La Clery", "Castries"]],
               "GD": [["The Carenage", "St. George's"], ["Grand Anse", "St. George"], ["Young Street", "St. George's"], ["Victoria Street", "Grenville, St. Andrew"],
                      ["Frequente Industrial Park", "St. George"]],
               "AG": [["Friars Hill Road", "St. John's"], ["Redcliffe Street", "St. John's"], ["Old Parham Road", "St. John's"], ["Jolly Harbour", "St. Mary"],
                      ["Factory Road", "St. John's"]],
               "VC": [["Bay Street", "Kingstown"], ["Arnos Vale", "St. Vincent"], ["Halifax Street", "Kingstown"], ["Campden Park Industrial Estate", "St. Vincent"],
                      ["Port Elizabeth", "Bequia"]]}
OECS_WORDS = (["Piton", "Carib", "Soufrière", "Spice Isle", "Windward", "Caribbee", "Pigeon Point", "Leeward", "Sunset Bay", "Coral Reef", "La Soufrière", "Mustique"],
              ["Trading", "Hardware", "Building Supplies", "Marine Services", "Office Solutions", "Distributors", "Auto Parts", "Electrical", "Hospitality Supplies"],
              ["Ltd", "Limited", "Inc.", "Co. Ltd"])


def oecs_tin(rng: random.Random, country: str) -> str:
    return {"LC": lambda: f"{rng.randrange(100000, 999999)}", "GD": lambda: f"{rng.randrange(10**6, 10**7)}",
            "AG": lambda: f"{rng.randrange(100000, 999999)}", "VC": lambda: f"{rng.randrange(10**5, 10**6)}"}[country]()


def oecs_party(rng: random.Random, country: str) -> Party:
    street, town = pick(rng, OECS_PLACES[country])
    a, b, c = (pick(rng, part) for part in OECS_WORDS)
    lines = ([f"P.O. Box {rng.randrange(10, 2999)}"] if rng.random() < 0.4 else []) + [street, town, OECS[country][0]]
    party = Party(name=f"{a} {b} {c}", address=lines, country=country, tax_id=oecs_tin(rng, country),
                  phone=f"{OECS[country][3]} {digits(rng, 3)} {digits(rng, 4)}")
    party.email = f"{pick(rng, ['accounts', 'sales', 'office'])}@{domain(a + b)}"
    party.extra["reg"] = f"{pick(rng, ['C', 'Co. No. ', 'Reg. No. '])}{rng.randrange(100, 9999)} of {rng.randrange(1995, 2022)}"
    return party


# --------------------------------------------------------------------------------------------------
# Eswatini, Lesotho, Seychelles

SLS = {"SZ": ("Eswatini", "SZL", "E", "+268"), "LS": ("Lesotho", "LSL", "M", "+266"), "SC": ("Seychelles", "SCR", "SR", "+248")}
SLS_PLACES = {"SZ": [["Plot {n}, Mhlambanyatsi Road", "Mbabane"], ["{n} Ngwane Street", "Manzini"], ["Lot {n}, King Sobhuza II Avenue", "Matsapha Industrial Site"],
                     ["Gwamile Street", "Mbabane"], ["{n} Nkoseluhlaza Street", "Manzini"], ["Main Road", "Nhlangano"]],
              "LS": [["{n} Kingsway", "Maseru"], ["Pioneer Road, Maseru West", "Maseru"], ["Industrial Area, Moshoeshoe Road", "Maseru"],
                     ["Main North Road", "Hlotse, Leribe"], ["Mafeteng Road", "Mafeteng"], ["Constitution Road", "Maseru"]],
              "SC": [["Providence Industrial Estate", "Mahé"], ["Francis Rachel Street", "Victoria, Mahé"], ["Albert Street", "Victoria, Mahé"],
                     ["Anse Royale", "Mahé"], ["Baie Ste Anne", "Praslin"], ["Mont Fleuri", "Mahé"]]}
SLS_WORDS = {"SZ": (["Lubombo", "Hhohho", "Shiselweni", "Malkerns", "Usutu", "Ezulwini", "Sibebe", "Lobamba"], ["Trading", "Hardware", "Logistics", "Engineering", "Supplies", "Motors"],
                    ["(Pty) Ltd", "(Pty) Ltd", "Ltd"]),
             "LS": (["Maloti", "Thaba Bosiu", "Senqu", "Mohale", "Katse", "Basotho", "Maluti", "Qiloane"], ["Trading", "Hardware", "Construction", "Supplies", "Motors", "Printers"],
                    ["(Pty) Ltd", "(Pty) Ltd", "Ltd"]),
             "SC": (["Morne", "La Digue", "Praslin", "Beau Vallon", "Anse Boileau", "Aldabra", "Coco de Mer", "Takamaka"], ["Trading", "Hardware", "Marine", "Supplies", "Motors", "Hospitality Supplies"],
                    ["(Pty) Ltd", "Ltd", "Co. Ltd"])}


def sls_tin(rng: random.Random, country: str) -> str:
    return {"SZ": lambda: f"1{digits(rng, 8)}", "LS": lambda: f"2{digits(rng, 8)}", "SC": lambda: f"7{digits(rng, 8)}"}[country]()


def sls_party(rng: random.Random, country: str) -> Party:
    street, town = pick(rng, SLS_PLACES[country])
    a, b, c = (pick(rng, part) for part in SLS_WORDS[country])
    lines = ([f"P.O. Box {rng.randrange(10, 3999)}"] if rng.random() < 0.45 else []) + [street.format(n=rng.randrange(1, 300)), town, SLS[country][0]]
    party = Party(name=f"{a} {b} {c}", address=lines, country=country, tax_id=sls_tin(rng, country), phone=f"{SLS[country][3]} {digits(rng, 4)} {digits(rng, 4)}")
    party.email = f"{pick(rng, ['accounts', 'sales', 'info'])}@{domain(a + b)}"
    party.extra["reg"] = {"SZ": f"R7/{rng.randrange(10000, 99999)}", "LS": f"{rng.randrange(2005, 2022)}/{rng.randrange(100, 9999)}",
                          "SC": f"BRN {pick(rng, ['84', '85', '81'])}{digits(rng, 5)}"}[country]
    return party


# --------------------------------------------------------------------------------------------------
# Removal companies and florists

REMOVALS_WORDS = (["Swift", "Careful", "Two Brothers", "Harbour", "Crown", "Pegasus", "Bluebird", "Anchor", "Northern Star", "Oakleaf", "Gentle Giant", "Hometown"],
                  ["Removals", "Removals & Storage", "Moving & Storage", "Movers", "Relocations", "Van Lines"])
CREW_NAMES = ["Dave", "Mo", "Kev", "Jonno", "Luis", "Andre", "Tomasz", "Reggie", "Sione", "Carl", "Nathan", "Ibrahim"]
FLORIST_WORDS = {"NL": (["Bloemenhuis", "Bloemsierkunst", "Bloemenatelier", "Bloemenkiosk", "Bloem & Zo", "De Tuinkamer"],
                        ["De Tulp", "Het Boeket", "Madelief", "Klaproos", "De Zonnebloem", "Pioen", "Fleur", "Anemoon"]),
                 "GB": (["Blooms of", "Petals of", "The Flower Room,", "Posy", "Wild Stems", "Bluebell Florist"], ["Harrogate", "Clifton", "Kew", "Didsbury", "Jesmond", "Hove", "Morningside"]),
                 "AU": (["Wattle &", "Gumnut", "Petal Post", "The Posy Shop", "Banksia", "Native Bloom"], ["Bloom", "Co.", "Florist", "Flowers", "Stems", "Botanica"])}
RECIPIENTS = ["Margaret Holloway", "J. de Vries", "Sophie Bakker", "Emily Chen", "Tom Fitzgerald", "Anneke Jansen", "Grace O'Neill", "Liam Walsh", "Noor El Amrani",
              "Charlotte Brooks", "Willem Visser", "Hannah Morris"]
CARD_MESSAGES = {"NL": ["Van harte gefeliciteerd!", "Sterkte en veel liefs", "Bedankt voor alles!", "Beterschap!", "Proficiat met jullie nieuwe huis"],
                 "GB": ["Happy birthday, love from us all", "Thinking of you", "Congratulations on the new arrival!", "Thank you for everything", "Get well soon x"],
                 "AU": ["Happy birthday!", "With deepest sympathy", "Congrats on the new job!", "Thanks heaps for everything", "Love you Mum x"]}
