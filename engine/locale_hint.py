"""A document's number and date conventions, inferred from its own text when the caller gave none.

"1.250,00" or "1 250,00" in most amounts means decimal commas (and, with spaces, space-grouped
thousands, as in France), and so does "9.555.700", full stops grouping thousands with no decimals; "4 910.97" in several amounts and no "4,910.97" means space-grouped
thousands with a decimal point (South Africa's way); dates that can only be read month-first ("6/25/2024"), or else a US street
address or employer id (EIN), or a bare "$" that no other country's sign claims, mean month-first dates. The hint only breaks ties
that the text itself leaves open: an amount or date that is unambiguous reads the same either way.
"""

from __future__ import annotations

import regex

from engine.layout import Layout
from engine.pattern_files import REGEX_TIMEOUT_S, timed

_DECIMAL_COMMA = regex.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})*,\d{2}(?![\d,])")
_SPACE_GROUPED_COMMA = regex.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+,\d{2}(?![\d,])")
# "9.555.700", "11.284.263": thousands parted by full stops, twice or more, with no decimals (the
# Colombian or Chilean peso): only a decimal-comma writer groups so.
_DOT_GROUPED = regex.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,])")
# "28.820", "7.781": one full stop before three digits and no decimals. Alone it may be a weight;
# several on a page with no amount in cents anywhere are a currency without cents (the forint, the
# won, the rupiah) grouped the decimal-comma way.
_DOT_THOUSAND = regex.compile(r"(?<![\d.,])\d{1,3}\.\d{3}(?![\d.,])")
DOT_THOUSANDS_MIN = 3
# "455 800", "1 454 760": the same with spaces (the forint as Hungary prints it).
_SPACE_THOUSAND = regex.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])")
_DECIMAL_DOT = regex.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*\.\d{2}(?![\d.])")
_SPACE_GROUPED_DOT = regex.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+\.\d{2}(?![\d.])")
_COMMA_GROUPED_DOT = regex.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d{2}(?![\d.])")
SPACE_GROUPED_MIN = 2  # amounts written "4 910.97" before the text counts as space-grouped
# (the states' and territories' codes: "BP 20705" is a francophone post-office box, "CS 70012" a French one)
_US_ADDRESS = regex.compile(
    r",\s*(?:A[KLRZSE]|C[AOT]|D[CE]|F[LM]|G[AU]|HI|I[ADLN]|K[SY]|LA|M[ADEINOSTP]|N[CDEHJMVY]|O[HKR]|P[AR]|RI|"
    r"S[CD]|T[NX]|UT|V[AIT]|W[AIVY])\s+\d{5}(?:-\d{4})?\b")
_US_TAX_ID = regex.compile(r"\bEIN\s*[:#]?\s*\d{2}-\d{7}\b|\b(?i:federal tax id)\b")  # an employer id: 12-3456789
_DOLLAR_AMOUNT = regex.compile(r"(?<![A-Za-z])\$\s?\d")  # not "US$", "S$", "A$", "R$", "NZ$": those name a country
_NUMERIC_DATE = regex.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(?:19|20)\d{2}(?![\d/.-])")


def infer_locale(layout: Layout) -> str | None:
    """"FR" (decimal comma, space groups), "DE" (decimal comma), "ZA" (decimal point, space groups), "US"
    (month-first dates), or None."""
    comma = space = dot = dot_grouped = dot_thousand = space_thousand = 0
    space_dot = comma_dot = 0  # "4 910.97" and "4,910.97": how a decimal-point document groups thousands
    day_first = month_first = 0  # numeric dates that can only be read one way: 25/06/2024, 6/25/2024
    us_address = False
    dollar_sign = False  # a "$" amount: "$1,234.56", "$ 1,234.56"
    ambiguous_dates = False  # a numeric date either way round could read: 05/01/2023
    for segment in layout.segments:
        text = segment.text
        if not any(ch.isdigit() for ch in text):
            continue
        # Each pattern needs a character most segments lack: test for it before running the pattern.
        has_comma = "," in text
        if " " in text or "\u00a0" in text or "\u202f" in text:
            space_thousand += len(_SPACE_THOUSAND.findall(text, timeout=REGEX_TIMEOUT_S))
        try:
            if has_comma:
                space += len(_SPACE_GROUPED_COMMA.findall(text, timeout=REGEX_TIMEOUT_S))
                comma += len(_DECIMAL_COMMA.findall(text, timeout=REGEX_TIMEOUT_S))
            if "." in text:
                dot += len(_DECIMAL_DOT.findall(text, timeout=REGEX_TIMEOUT_S))
                dot_grouped += len(_DOT_GROUPED.findall(text, timeout=REGEX_TIMEOUT_S))
                dot_thousand += len(_DOT_THOUSAND.findall(text, timeout=REGEX_TIMEOUT_S))
                space_dot += len(_SPACE_GROUPED_DOT.findall(text, timeout=REGEX_TIMEOUT_S))
                if has_comma:
                    comma_dot += len(_COMMA_GROUPED_DOT.findall(text, timeout=REGEX_TIMEOUT_S))
            if not dollar_sign and "$" in text:
                dollar_sign = bool(_DOLLAR_AMOUNT.search(text, timeout=REGEX_TIMEOUT_S))
            if not us_address:
                us_address = bool(has_comma and _US_ADDRESS.search(text, timeout=REGEX_TIMEOUT_S)
                                  or ("EIN" in text or "federal tax id" in text.lower())
                                  and _US_TAX_ID.search(text, timeout=REGEX_TIMEOUT_S))
            if "/" not in text and "." not in text and "-" not in text:
                continue
            for match in _NUMERIC_DATE.finditer(text, timeout=REGEX_TIMEOUT_S):
                first, second = int(match.group(1)), int(match.group(3))
                ambiguous_dates = ambiguous_dates or 12 >= first >= 1 and 12 >= second >= 1 and first != second
                day_first += 31 >= first > 12 >= second >= 1
                month_first += 31 >= second > 12 >= first >= 1
        except TimeoutError:
            continue
    if comma + space + dot_grouped > dot:
        # (whole amounts grouped by spaces, "669 290" beside a rate "19,25 %", are written the French way)
        return "FR" if space > 0 or space_thousand >= DOT_THOUSANDS_MIN and space_thousand > dot_thousand else "DE"
    if not dot and not comma and dot_thousand >= DOT_THOUSANDS_MIN and not _three_decimal_currency(layout):
        # ("325.296" beside "R.O." or "BHD" is a dinar's or rial's three decimals, not thousands)
        return "DE"
    if not dot and not comma and space_thousand >= DOT_THOUSANDS_MIN:
        return "FR"
    if space_dot >= SPACE_GROUPED_MIN and not comma_dot and month_first <= day_first:
        # Thousands parted by spaces and a decimal point ("R 5 506.62"), as South Africa writes them:
        # "ZA" lets a single space group join ("1 986.12" is one amount, not 1 and 986.12).
        return "ZA"
    # The document's own unambiguous dates say how it writes the ambiguous ones.
    if month_first != day_first:
        return "US" if month_first > day_first else None
    if us_address or dollar_sign and ambiguous_dates and dollar_currency(layout) is None:
        # A bare "$" with no other country's sign is read as the US dollar (dollar_currency), so the
        # dates it leaves open are read the US way too: a US bank's lockbox report prints only
        # "05/01/2023" and "$52,993.48".
        return "US"
    return None


_THREE_DECIMAL_CURRENCY = regex.compile(r"\b(?:BHD|OMR|KWD|JOD|TND|LYD|IQD)\b|\bR\.O\.|\bJD\b|\bKD\b")


def _three_decimal_currency(layout: Layout) -> bool:
    """Whether the document names a currency priced in thousandths (the Gulf's and Jordan's dinars and rials)."""
    return any(timed(_THREE_DECIMAL_CURRENCY.search, segment.text) for segment in layout.segments)


# "$" names the dollar of the document's country. These say which country, when no "USD"/"US$" is
# printed: an Australian Business Number or a state and postcode ("Sydney NSW 2000"), New Zealand's
# business number, a Canadian province and postal code or GST/HST number, Singapore's entity number,
# a Mexican CFDI's signs; or the dollar's own ISO code printed elsewhere ("Total CAD").
_DOLLAR_COUNTRIES: tuple[tuple[str, regex.Pattern[str]], ...] = (
    ("AUD", regex.compile(r"\bA\.?B\.?N\.?\s*[:#]?\s*\d{2}\s?\d{3}\s?\d{3}\s?\d{3}\b|"
                          r"\b(?:NSW|VIC|QLD|TAS|ACT)\s+\d{4}\b|\bAustralia\b|\bAustralian Business Number\b|\bAUD\b")),
    # NZ: a GST number is the IRD number, dashed in threes ("GST No: 860-251-310"); Australia's GST
    # registration is the ABN and Canada's "GST No." ends in RT0001. The main cities carry 4-digit postcodes.
    ("NZD", regex.compile(r"\bNZD\b|\bNew Zealand\b|\bNZBN\b|\bNZ GST\b|\bIRD\s+(?:No|Number)\b|"
                          r"\bGST\s*(?:No|Number|Reg(?:istration)?(?:\s+No)?)\.?\s*[:#]?\s*\d{2,3}-\d{3}-\d{3}\b|"
                          r"\b(?:Auckland|Wellington|Christchurch|Hamilton|Tauranga|Dunedin|Palmerston North|Napier|"
                          r"Nelson|Rotorua|Queenstown|Whangarei|Invercargill)\s+\d{4}\b", regex.IGNORECASE)),
    # Canada: the province before the postal code, bracketed or not ("Montréal, QC H4N 6J2", "Lévis
    # (Québec) G6V 5W1"), the GST/HST number's program suffix ("123456789 RT0001"), Quebec's TPS/TVQ.
    ("CAD", regex.compile(r"\bCAD\b|\bGST/HST\b|\b\d{9}\s?RT\d{4}\b|\bTVQ\b|\bQST\b|"
                          r"\(?\b(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|Québec|Quebec|Ontario)\b\)?,?\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|"
                          r"\bCanada\b")),
    ("SGD", regex.compile(r"\bSingapore\b|\bUEN\b|\bSGD\b")),
    # Mexico writes "$" for the peso: a CFDI's "Moneda: MXN", "M.N." (moneda nacional), the issuer's RFC.
    ("MXN", regex.compile(r"\bMXN\b|\bM\.N\.|\bR\.?F\.?C\.?\s*[:#]|\bCFDI\b|\bM[eé]xico\b")),
    ("HKD", regex.compile(r"\bHKD\b|\bHong Kong\b")),
    # Jamaica and Namibia write their dollars "J$" and "N$"
    ("JMD", regex.compile(r"\bJMD\b|\bJ\$|\bJamaica\b")),
    ("NAD", regex.compile(r"\bNAD\b|\bN\$|\bNamibia\b")),
    # the Caribbean's dollars: "TT$" (Trinidad and Tobago), "BDS$" (Barbados), "EC$" (the Eastern
    # Caribbean's), "B$" (the Bahamas), "BZ$" (Belize); Fiji's "FJ$"
    ("TTD", regex.compile(r"\bTTD\b|\bTT\$|\bTrinidad\b")),
    ("BBD", regex.compile(r"\bBBD\b|\bBDS\$|\bBarbados\b")),
    ("XCD", regex.compile(r"\bXCD\b|\bEC\$|\bGrenada\b|\bAntigua\b|\bSaint Lucia\b")),
    ("BSD", regex.compile(r"\bBSD\b|\bB\$|\bBahamas\b")),
    ("BZD", regex.compile(r"\bBZD\b|\bBZ\$|\bBelize\b")),
    ("FJD", regex.compile(r"\bFJD\b|\bFJ\$|\bFiji\b")),
    # Colombia, Chile and Argentina write "$" for their pesos: the tax authority (DIAN, SII, AFIP), the
    # issuer's tax id in its national shape (NIT 900.123.456-7, RUT 76.123.456-K, CUIT 30-12345678-9),
    # "M/CTE" (moneda corriente) after the amount in words, or the country.
    ("COP", regex.compile(r"\bCOP\b|\bColombia\b|\bDIAN\b|\bM/CTE\b|\bCUFE\b|"
                          r"\bNIT\b\.?\s*[:#]?\s*\d{3}\.?\d{3}\.?\d{3}-\d\b")),
    ("CLP", regex.compile(r"\bCLP\b|\bChile\b|\bS\.?I\.?I\.?\b|\bR\.?U\.?T\.?\s*[:#]?\s*\d{1,2}\.\d{3}\.\d{3}-[\dkK]\b")),
    # Argentina also by an AFIP invoice's own lines: the CUIT with or without its dashes, "Condición
    # frente al IVA", the authorisation code "CAE N°".
    ("ARS", regex.compile(r"\bARS\b|\bArgentina\b|\bAFIP\b|\bC\.?U\.?I\.?T\.?\s*[:#]?\s*\d{2}-?\d{8}-?\d\b|"
                          r"\bCondici[oó]n frente al IVA\b|\bCAE\s*N[°º]")),
)
_EXPLICIT_US_DOLLAR = regex.compile(r"\bUSD\b|US\$|U\.S\.\s?dollars?", regex.IGNORECASE)


def dollar_currency(layout: Layout) -> str | None:
    """The dollar a bare "$" means on this document, from its country signals; None when the
    document prints "USD" or "US$", or says nothing about its country (then "$" stays USD)."""
    votes: dict[str, int] = {}
    for segment in layout.segments:
        try:
            if _EXPLICIT_US_DOLLAR.search(segment.text, timeout=REGEX_TIMEOUT_S):
                return None
            for code, pattern in _DOLLAR_COUNTRIES:
                if pattern.search(segment.text, timeout=REGEX_TIMEOUT_S):
                    votes[code] = votes.get(code, 0) + 1
        except TimeoutError:
            continue
    if not votes:
        return None
    return max(votes.items(), key=lambda kv: kv[1])[0]


# "DH", "Dhs" and "dirhams" name Morocco's dirham unless the document is Emirati: the UAE prints "Dhs" too.
_EMIRATI = regex.compile(r"\bAED\b|\bUAE\b|United Arab Emirates|\bDubai\b|\bAbu Dhabi\b|\bSharjah\b|\bAjman\b|"
                         r"\bTRN\b|\+971\b")


def dirham_currency(layout: Layout) -> str:
    """The dirham a "DH" / "Dhs" means on this document: AED on an Emirati one, else MAD."""
    for segment in layout.segments:
        try:
            if _EMIRATI.search(segment.text, timeout=REGEX_TIMEOUT_S):
                return "AED"
        except TimeoutError:
            continue
    return "MAD"


# When a document prints no currency at all, its issuer's country names it: an international phone
# prefix ("+255 713 ...") or a VAT number's country prefix ("USt-IdNr.: DE428054486"). Only a guess,
# so the reader gives it low confidence; "+1" is left out (the US and Canada share it).
_PHONE_CURRENCIES = {
    "44": "GBP", "49": "EUR", "33": "EUR", "34": "EUR", "31": "EUR", "39": "EUR", "43": "EUR", "32": "EUR",
    "353": "EUR", "351": "EUR", "30": "EUR", "358": "EUR", "352": "EUR", "41": "CHF", "254": "KES",
    "255": "TZS", "256": "UGX", "250": "RWF", "27": "ZAR", "234": "NGN", "233": "GHS", "91": "INR", "60": "MYR",
    "65": "SGD", "61": "AUD", "64": "NZD", "52": "MXN", "55": "BRL", "48": "PLN", "46": "SEK", "47": "NOK",
    "45": "DKK", "420": "CZK", "81": "JPY", "971": "AED", "852": "HKD", "82": "KRW", "84": "VND", "66": "THB",
    "62": "IDR", "63": "PHP", "90": "TRY", "40": "RON", "36": "HUF", "421": "EUR", "212": "MAD", "57": "COP",
    "54": "ARS", "56": "CLP", "92": "PKR", "94": "LKR", "977": "NPR", "880": "BDT", "20": "EGP", "972": "ILS",
    "370": "EUR", "371": "EUR", "372": "EUR", "230": "MUR", "248": "SCR", "355": "ALL", "383": "EUR",
    "237": "XAF", "241": "XAF", "242": "XAF", "235": "XAF", "236": "XAF", "240": "XAF",
    "221": "XOF", "225": "XOF", "223": "XOF", "226": "XOF", "227": "XOF", "228": "XOF", "229": "XOF", "245": "XOF",
    # the western Balkans (Montenegro and Slovenia pay in euro), Cyprus, Malta, Bulgaria
    "387": "BAM", "389": "MKD", "381": "RSD", "382": "EUR", "386": "EUR", "357": "EUR", "356": "EUR", "359": "BGN",
    # Mozambique, Angola and their southern African neighbours
    "258": "MZN", "244": "AOA", "264": "NAD", "267": "BWP", "260": "ZMW", "265": "MWK", "251": "ETB",
    # Central America: Honduras pays in lempiras, El Salvador in US dollars; Andorra in euro
    "504": "HNL", "503": "USD", "376": "EUR",
    # Moldova; Papua New Guinea and Fiji
    "373": "MDL", "675": "PGK", "679": "FJD",
    # Nicaragua, Venezuela, Bolivia, Guatemala, Costa Rica, Paraguay, Uruguay, Peru, Ecuador (US dollars)
    "505": "NIO", "58": "VES", "591": "BOB", "502": "GTQ", "506": "CRC", "595": "PYG", "598": "UYU", "51": "PEN",
    "593": "USD",
    # The Gambia, Sierra Leone (the new leone since 2022), Liberia
    "220": "GMD", "232": "SLE", "231": "LRD",
    # Cabo Verde, Macau
    "238": "CVE", "853": "MOP",
    # Lesotho, Eswatini
    "266": "LSL", "268": "SZL",
}
# A country or territory named in an address ("Kowloon, Hong Kong"), or its tax number's label (Greece's
# "ΑΦΜ", Korea's business registration number): only names that are no company's or person's word
# elsewhere.
_COUNTRY_NAMES = regex.compile(r"\b(Hong Kong|Singapore|Malaysia|Kenya|New Zealand|South Africa|Nigeria|Ghana|"
                               r"Philippines|Australia|Canada|United Kingdom|Vi[eệ]t Nam|Vietnam|Hà Nội|Hồ Chí Minh|"
                               r"Pakistan|Sri Lanka|Nepal|Kathmandu|Bangladesh|Thailand|Hungary|Magyarország|Greece|Ελλάδα|ΑΦΜ|Α\.Φ\.Μ|"
                               r"사업자등록번호|전자세금계산서|대한민국|Ecuador|Per[uú]|SUNAT|Mauritius|Port Louis|Seychelles|"
                               r"Mozambique|Moçambique|Angola|Bosnia and Herzegovina|Bosna i Hercegovina|"
                               r"North Macedonia|Северна Македонија|Cyprus|Malta|Botswana|Zambia|Papua New Guinea|Port Moresby|Fiji|"
                               r"Nicaragua|Venezuela|Bolivia|The Gambia|Sierra Leone|Liberia|Cabo Verde|Cape Verde|Macau|Macao|Lesotho|Eswatini)\b")
_COUNTRY_NAME_CURRENCIES = {"Hong Kong": "HKD", "Singapore": "SGD", "Malaysia": "MYR", "Kenya": "KES",
                            "New Zealand": "NZD", "South Africa": "ZAR", "Nigeria": "NGN", "Ghana": "GHS",
                            "Philippines": "PHP", "Australia": "AUD", "Canada": "CAD", "United Kingdom": "GBP",
                            "Viet Nam": "VND", "Việt Nam": "VND", "Vietnam": "VND", "Hà Nội": "VND",
                            "Hồ Chí Minh": "VND", "Pakistan": "PKR", "Sri Lanka": "LKR", "Nepal": "NPR", "Kathmandu": "NPR",
                            "Bangladesh": "BDT", "Thailand": "THB", "Hungary": "HUF", "Magyarország": "HUF",
                            "Greece": "EUR", "Ελλάδα": "EUR", "ΑΦΜ": "EUR", "Α.Φ.Μ": "EUR",
                            "사업자등록번호": "KRW", "전자세금계산서": "KRW", "대한민국": "KRW",
                            # Ecuador pays in US dollars; Peru's tax authority (SUNAT) prints its name on every receipt
                            "Ecuador": "USD", "Peru": "PEN", "Perú": "PEN", "SUNAT": "PEN",
                            "Mauritius": "MUR", "Port Louis": "MUR", "Seychelles": "SCR",
                            "Mozambique": "MZN", "Moçambique": "MZN", "Angola": "AOA", "Bosnia and Herzegovina": "BAM",
                            "Bosna i Hercegovina": "BAM", "North Macedonia": "MKD", "Северна Македонија": "MKD",
                            "Cyprus": "EUR", "Malta": "EUR", "Botswana": "BWP", "Zambia": "ZMW",
                            "Papua New Guinea": "PGK", "Port Moresby": "PGK", "Fiji": "FJD",
                            "Nicaragua": "NIO", "Venezuela": "VES", "Bolivia": "BOB",
                            "The Gambia": "GMD", "Sierra Leone": "SLE", "Liberia": "LRD",
                            "Cabo Verde": "CVE", "Cape Verde": "CVE", "Macau": "MOP", "Macao": "MOP",
                            "Lesotho": "LSL", "Eswatini": "SZL"}
_INTERNATIONAL_PHONE = regex.compile(r"(?<![\w+])\+(\d{1,3})[\s.\-(]")
_VAT_PREFIX_CURRENCIES = {"DE": "EUR", "FR": "EUR", "ES": "EUR", "IT": "EUR", "NL": "EUR", "BE": "EUR", "AT": "EUR",
                          "PT": "EUR", "IE": "EUR", "FI": "EUR", "LU": "EUR", "GB": "GBP", "CHE": "CHF", "PL": "PLN",
                          "EE": "EUR", "LV": "EUR", "LT": "EUR", "SK": "EUR", "SI": "EUR", "EL": "EUR", "CY": "EUR",
                          "MT": "EUR"}
_VAT_NUMBER = regex.compile(r"\b(DE|FR|ES|IT|NL|BE|AT|PT|IE|FI|LU|GB|PL|EE|LV|LT|SK|SI|EL|CY|MT)\s?\d[\dA-Z ]{7,13}\b|"
                            r"\b(CHE)-\d{3}\.\d{3}\.\d{3}\b")


# The country of an account an IBAN names ("IBAN IS31 0515 2615 ...") and the currency it keeps.
# (Croatia's is left out: it changed from kuna to euro in 2023.)
_IBAN_CURRENCIES = {
    "AL": "ALL", "AT": "EUR", "BA": "BAM", "BE": "EUR", "BG": "BGN", "CH": "CHF", "CR": "CRC", "CY": "EUR",
    "CZ": "CZK", "DE": "EUR", "DK": "DKK", "EE": "EUR", "ES": "EUR", "FI": "EUR", "FR": "EUR", "GB": "GBP",
    "GE": "GEL", "GR": "EUR", "GT": "GTQ", "HU": "HUF", "IE": "EUR", "IL": "ILS", "IS": "ISK", "IT": "EUR",
    "KZ": "KZT", "LI": "CHF", "LT": "EUR", "LU": "EUR", "LV": "EUR", "MD": "MDL", "ME": "EUR", "MK": "MKD",
    "MT": "EUR", "NL": "EUR", "NO": "NOK", "PK": "PKR", "PL": "PLN", "PT": "EUR", "RO": "RON", "RS": "RSD",
    "SA": "SAR", "SE": "SEK", "SI": "EUR", "SK": "EUR", "TR": "TRY", "UA": "UAH", "AE": "AED", "EG": "EGP",
}
_IBAN = regex.compile(r"\bIBAN\W{0,3}([A-Z]{2})\d{2}[ ]?[A-Z0-9]{4}")
_UK_POSTCODE = regex.compile(r"(?<=,\s*|^\s*)(?:[A-Z]{1,2}\d[A-Z\d]?)\s\d[A-Z]{2}\s*$")
# An Australian state and postcode ("NEWCASTLE NSW 2300", "Geelong VIC 3220"): four digits, where a US
# ZIP code has five.
_AU_ADDRESS = regex.compile(r"(?<=[A-Za-z],?\s)(?:NSW|VIC|QLD|TAS|ACT|WA|SA|NT)\s+\d{4}(?:,?\s*Australia)?\s*$")
# A payment scheme that moves one currency only: a BACS, CHAPS or Faster Payment is in pounds, a SEPA
# transfer in euro, an ACH entry in dollars, an NEFT / RTGS / IMPS / UPI payment in rupees, BPAY in
# Australian dollars, Interac in Canadian dollars.
_PAYMENT_SCHEMES = regex.compile(r"\b(?:(BACS|CHAPS|Faster Payments?)|(SEPA)|(ACH)|(NEFT|RTGS|IMPS|UPI)|(BPAY)|(Interac))\b")
_SCHEME_CURRENCIES = ("GBP", "EUR", "USD", "INR", "AUD", "CAD")
# Indonesia: its tax number (NPWP), the restaurant tax (PB1) and its street abbreviation opening an
# address line ("Jl. Malioboro No. 41"; Malaysia writes "Jalan" or "Jln").
_INDONESIAN = regex.compile(r"\bNPWP\b|\bPB\s?1\b|^Jl\.\s?\p{Lu}")
# The Philippines: a barangay in an address ("Brgy. San Lorenzo"), an official receipt's "VAT REG TIN"
# and the BIR's permit to use a till ("PTU No.").
_PHILIPPINE = regex.compile(r"\bBrgy\.|\bBarangay\b|\bVAT\s+REG\.?\s+TIN\b|\bPTU\s+No\b")
# Nepal: dates in the Bikram Sambat calendar ("Miti (B.S.) 2080-11-12") beside the Gregorian ones.
_NEPALI = regex.compile(r"\(B\.\s?S\.\)|\bMiti\b|\bBikram Sambat\b")
# Canada: a province and its postal code ("Halifax NS B3H 4R2", "Gatineau QC J8Y 3Z5").
_CA_ADDRESS = regex.compile(r"\b(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU)\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b")
# Georgia: Georgian is written in its own letters and nowhere else.
_GEORGIAN = regex.compile(r"[\u10D0-\u10FF]{4}")
# Kazakhstan: a business or individual identification number (БИН / ИИН), printed on every invoice.
_KAZAKH = regex.compile(r"(?i)\b(?:БИН|ИИН)\b")
# Taiwan: the unified business number (統一編號), the Republic of China's calendar (中華民國 113 年),
# its uniform invoice (統一發票, 電子發票證明聯) and its dollar (新臺幣).
_TAIWANESE = regex.compile(r"統一編號|中華民國|統一發票|電子發票證明聯|新[臺台]幣")
# Iceland: a company's or person's kennitala ("Kt. 670965-5469") and its VAT number ("VSK-nr.").
_ICELANDIC = regex.compile(r"\bKt\.?\s?\d{6}-?\d{4}\b|\bVSK-nr\b|(?i:\bkennitala\b)")
# Uzbekistan: the taxpayer number (STIR) and VAT (QQS); Azerbaijan: the taxpayer number (VÖEN) and VAT (ƏDV).
_UZBEK = regex.compile(r"\b(?:STIR|QQS|СТИР|ҚҚС)\b")
_AZERBAIJANI = regex.compile(r"\b(?:VÖEN|ƏDV)\b")
# Mongolia: the taxpayer number (ТТД) and VAT (НӨАТ).
_MONGOLIAN = regex.compile(r"\b(?:ТТД|НӨАТ)\b")
# Armenia: the taxpayer number (ՀՎՀՀ) and VAT (ԱԱՀ).
_ARMENIAN = regex.compile(r"\b(?:ՀՎՀՀ|ԱԱՀ)\b")
# Albania: the taxpayer number (NIPT); Kosovo, which pays in euro, numbers its taxpayers NUI / NRTVSH.
_ALBANIAN = regex.compile(r"\bNIPT\b")
# Moldova: its postcodes ("MD-2068, mun. Chișinău") and its company number (IDNO); it pays in lei (MDL)
# as Romania does in lei (RON). "Moldova" alone names Romania's eastern region too ("Transporturi
# Moldova Nord SRL", Iași): only the republic's full name counts.
_MOLDOVAN = regex.compile(r"\bMD-\d{4}\b|\bIDNO\b|\bRepublica\s+Moldova\b|\bRepublic\s+of\s+Moldova\b|\bChișinău\b|"
                          r"\bChisinau\b|\bКишин[её]в")
# Malaysia: a private limited company is "Sdn Bhd" (Sendirian Berhad).
_MALAYSIAN_COMPANY = regex.compile(r"(?i)\bsdn\.?\s*bhd\b")


# France's company numbers ("SIRET 792 166 696 14073", "SIREN 811124395"): a French business, paid in euro.
_FRENCH_REGISTRATION = regex.compile(r"\bSIRE[TN]\b\W{0,3}\d{3}\s?\d{3}\s?\d{3}")


def country_currency(layout: Layout) -> str | None:
    """The currency of the country the document's phone numbers, VAT numbers, IBANs, postal addresses,
    country names, payment schemes, Indonesian tax words and Malaysian company forms point to, when they agree on one; None when they say nothing or
    disagree."""
    votes: dict[str, int] = {}
    for segment in layout.segments:
        text = segment.text
        try:
            if "+" in text:
                for match in _INTERNATIONAL_PHONE.finditer(text, timeout=REGEX_TIMEOUT_S):
                    prefix = match.group(1)
                    code = next((_PHONE_CURRENCIES[prefix[:n]] for n in (3, 2) if prefix[:n] in _PHONE_CURRENCIES
                                 and len(prefix) >= n), None)
                    if code is not None:
                        votes[code] = votes.get(code, 0) + 1
            for match in _VAT_NUMBER.finditer(text, timeout=REGEX_TIMEOUT_S):
                code = _VAT_PREFIX_CURRENCIES[match.group(1) or match.group(2)]
                votes[code] = votes.get(code, 0) + 1
            # A US state and ZIP code ("Columbus, OH 43251"), a British postcode ("Sheffield, S1 2HE").
            if "," in text and _US_ADDRESS.search(text, timeout=REGEX_TIMEOUT_S):
                votes["USD"] = votes.get("USD", 0) + 1
            if "IBAN" in text:
                for match in _IBAN.finditer(text, timeout=REGEX_TIMEOUT_S):
                    code = _IBAN_CURRENCIES.get(match.group(1))
                    if code is not None:
                        votes[code] = votes.get(code, 0) + 1
            if _UK_POSTCODE.search(text, timeout=REGEX_TIMEOUT_S):
                votes["GBP"] = votes.get("GBP", 0) + 1
            if _AU_ADDRESS.search(text, timeout=REGEX_TIMEOUT_S):
                votes["AUD"] = votes.get("AUD", 0) + 1
            if _INDONESIAN.search(text, timeout=REGEX_TIMEOUT_S):
                votes["IDR"] = votes.get("IDR", 0) + 1
            if _MALAYSIAN_COMPANY.search(text, timeout=REGEX_TIMEOUT_S):
                votes["MYR"] = votes.get("MYR", 0) + 1
            for pattern, code in ((_PHILIPPINE, "PHP"), (_NEPALI, "NPR"), (_CA_ADDRESS, "CAD"), (_KAZAKH, "KZT"),
                                  (_GEORGIAN, "GEL"), (_TAIWANESE, "TWD"), (_ICELANDIC, "ISK"), (_UZBEK, "UZS"),
                                  (_AZERBAIJANI, "AZN"), (_MONGOLIAN, "MNT"),
                                  (_ARMENIAN, "AMD"), (_ALBANIAN, "ALL"), (_MOLDOVAN, "MDL")):
                if pattern.search(text, timeout=REGEX_TIMEOUT_S):
                    votes[code] = votes.get(code, 0) + 1
            scheme = _PAYMENT_SCHEMES.search(text, timeout=REGEX_TIMEOUT_S)
            if scheme is not None:
                code = _SCHEME_CURRENCIES[scheme.lastindex - 1]
                votes[code] = votes.get(code, 0) + 1
            if "SIRE" in text and _FRENCH_REGISTRATION.search(text, timeout=REGEX_TIMEOUT_S):
                votes["EUR"] = votes.get("EUR", 0) + 1
            for match in _COUNTRY_NAMES.finditer(text, timeout=REGEX_TIMEOUT_S):
                code = _COUNTRY_NAME_CURRENCIES[match.group(1)]
                votes[code] = votes.get(code, 0) + 1
        except TimeoutError:
            continue
    return next(iter(votes)) if len(votes) == 1 else None
