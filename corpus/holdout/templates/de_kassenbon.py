"""German till receipt (Kassenbon): supermarket, drugstore or bakery, with the TSE block the KassenSichV requires.

Shop name and address, the legal entity's USt-IdNr. or only its Steuernummer; articles with the
price and a tax letter (A = 19 %, B = 7 %; the bakery prints "Außer Haus" / "im Haus"), "2 x 1,29"
lines, weighed goods "0,746 kg x 2,99 EUR/kg", Pfand and Leergut (a negative line), a discount line;
"SUMME EUR", "Geg. Bar" / "Rückgeld" or an "EC-Karte" / girocard payment with its terminal slip
(Terminal-ID, TA-Nr., BNr.); the VAT summary "MwSt Netto MwSt Brutto" per letter and in total;
Markt, Kasse, Bediener, Bon-Nr. (the truth's id), Datum / Uhrzeit; the TSE block (Transaktion,
Signaturzähler, Start / Stop in ISO time, 64-hex serial, long base64 signature: decoys).
Truth: a receipt, customer null; an article sold once prints only its amount (quantity and unit
price null); lines add up to the total; net and tax from the summary's total row.
"""

from __future__ import annotations

import base64
import random
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company, person_name
from corpus.holdout.locales import Fmt
from corpus.holdout.money import CENT, money, random_date
from corpus.holdout.render import Box, Sheet, fits
from corpus.holdout.templates._third import included_tax

FAMILY = "de_kassenbon"
DOCUMENT_TYPE = "receipt"

A, B = Decimal(19), Decimal(7)
# (article, rate, low, high, sold by weight)
SHOPS = {
    "supermarkt": (["FrischeMarkt", "Nahkauf {s}", "{s} Frischemarkt", "Marktkauf {s}", "Edeka {s}"],
                   [("Vollmilch 3,5% 1L", B, 0.99, 1.29, False), ("Bio Bananen", B, 1.69, 2.29, True),
                    ("Äpfel Elstar", B, 2.49, 3.49, True), ("Butter 250g", B, 1.79, 2.49, False),
                    ("Gouda jung Scheiben", B, 1.49, 2.29, False), ("Spülmittel 500ml", A, 0.95, 1.95, False),
                    ("Toilettenpapier 8x150", A, 3.49, 4.99, False), ("Mineralwasser 1,5L", A, 0.19, 0.69, False),
                    ("Pils 0,5L", A, 0.79, 1.19, False), ("Kaffee gemahlen 500g", B, 4.99, 7.99, False),
                    ("Weizenbrötchen", B, 0.25, 0.45, False), ("Zahnpasta 75ml", A, 0.89, 2.49, False),
                    ("Tomaten rispe", B, 2.99, 3.99, True), ("Vollmilchschokolade 100g", B, 0.99, 1.49, False),
                    ("Spaghetti 500g", B, 0.89, 1.79, False), ("Orangensaft 1L", A, 1.49, 2.49, False),
                    ("Eier Freiland 10St", B, 2.49, 3.49, False), ("Hähnchenbrust", B, 9.90, 13.90, True)]),
    "drogerie": (["Drogerie {s}", "dm-Markt {s}", "Drogeriemarkt {s}"],
                 [("Shampoo Repair 300ml", A, 1.45, 3.95, False), ("Duschgel Sensitive", A, 0.85, 2.45, False),
                  ("Zahnbürste mittel", A, 1.25, 3.95, False), ("Windeln Gr. 4 Jumbo", A, 9.95, 14.95, False),
                  ("Babynahrung Gläschen", B, 0.95, 1.65, False), ("Vitamin C Brausetabletten", B, 0.55, 1.95, False),
                  ("Taschentücher 10x10", A, 0.95, 1.75, False), ("Waschmittel Color 20WL", A, 3.95, 6.95, False),
                  ("Müsliriegel 6er", B, 1.45, 2.45, False), ("Deo Spray 150ml", A, 1.25, 2.95, False),
                  ("Wattepads 80St", A, 0.65, 1.15, False)]),
    "baeckerei": (["Bäckerei {s}", "Backstube {s}", "{s}s Backhaus"],
                  [("Laugenbrezel", B, 0.65, 1.10, False), ("Roggenbrot 750g", B, 3.20, 4.60, False),
                   ("Croissant", B, 1.10, 1.60, False), ("Käsekuchen Stück", B, 2.60, 3.40, False),
                   ("Kaffee Crema im Haus", A, 2.40, 3.20, False), ("Latte Macchiato im Haus", A, 3.20, 3.90, False),
                   ("Kaffee to go", A, 2.20, 2.90, False), ("Belegtes Brötchen Außer Haus", B, 2.80, 3.90, False),
                   ("Belegtes Brötchen im Haus", A, 2.80, 3.90, False), ("Mohnschnecke", B, 1.40, 1.90, False)]),
}


def _tse(rng: random.Random, start: datetime) -> list[tuple[str, str]]:
    stop = start + timedelta(seconds=rng.randrange(20, 240))
    signature = base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode()
    serial = "".join(rng.choice("0123456789abcdef") for _ in range(64))
    return [("TSE-Transaktion", str(rng.randrange(10**4, 10**7))), ("TSE-Signaturzähler", str(rng.randrange(10**4, 10**7))),
            ("TSE-Start", start.strftime("%Y-%m-%dT%H:%M:%S.000")), ("TSE-Stop", stop.strftime("%Y-%m-%dT%H:%M:%S.000")),
            ("TSE-Seriennummer", serial), ("TSE-Signatur", signature),
            ("TSE-Hashalgorithmus", pick(rng, ["ecdsa-plain-SHA256", "ecdsa-plain-SHA384"])), ("TSE-Zeitformat", "unixTime")]


def _wrapped(value: str, size: int = 22) -> str:
    """Long hex / base64 values broken over lines, as the printer does (MuPDF would not break them)."""
    return "<br/>".join(esc(value[i:i + size]) for i in range(0, len(value), size))


def build(rng: random.Random) -> Built:
    kind = pick(rng, ["supermarkt", "supermarkt", "drogerie", "baeckerei"])
    legal = make_company(rng, "DE")
    surname = legal.name.split()[0]
    shop = make_company(rng, "DE")
    shop.name = pick(rng, SHOPS[kind][0]).format(s=surname)
    shop.address = legal.address
    only_st_nr = chance(rng, 0.3)
    shop.tax_id = legal.extra["steuernummer"] if only_st_nr else legal.tax_id
    fmt = Fmt.pick(rng, "DE", date_pattern="dmy_dot", symbol=("EUR", "post_space"))
    day = random_date(rng)
    when = datetime(day.year, day.month, day.day, rng.randrange(7, 21), rng.randrange(60), rng.randrange(60))
    upper = kind != "baeckerei" and chance(rng, 0.5)
    articles = rng.sample(SHOPS[kind][1], rng.randrange(2, min(12, len(SHOPS[kind][1]))))
    lines: list[Line] = []
    printed: list[tuple[str, str, str]] = []     # (detail row above the article or "", article text, amount + letter)
    letter = {A: "A", B: "B"}
    for name, rate_pct, low, high, by_weight in articles:
        name = name.upper() if upper else name
        price = money(rng.uniform(low, high))
        if by_weight:
            kg = Decimal(rng.randrange(180, 1800)) / 1000
            amount = (kg * price).quantize(CENT, rounding=ROUND_HALF_UP)
            lines.append(Line(name, kg, price, amount, tax_rate=rate_pct))
            printed.append((f"{str(kg).replace('.', ',')} kg x {fmt.num(price)} EUR/kg", name, amount))
        elif chance(rng, 0.3):
            qty = Decimal(pick(rng, [2, 2, 3, 4, 6]))
            lines.append(Line(name, qty, price, qty * price, tax_rate=rate_pct))
            printed.append((f"{qty} x {fmt.num(price)}", name, qty * price))
        else:
            lines.append(Line(name, None, None, price, tax_rate=rate_pct))
            printed.append(("", name, price))
        if kind == "supermarkt" and ("0,5L" in name.upper() or "1,5L" in name.upper()) and chance(rng, 0.8):
            bottles = lines[-1].quantity or Decimal(1)
            deposit = Decimal("0.25") if "1,5L" in name.upper() else Decimal("0.08")
            pfand = "PFAND" if upper else "Pfand"
            if bottles > 1:
                lines.append(Line(f"{pfand} {fmt.num(deposit)}", bottles, deposit, bottles * deposit, tax_rate=A))
                printed.append((f"{bottles} x {fmt.num(deposit)}", f"{pfand} {fmt.num(deposit)}", bottles * deposit))
            else:
                lines.append(Line(f"{pfand} {fmt.num(deposit)}", None, None, deposit, tax_rate=A))
                printed.append(("", f"{pfand} {fmt.num(deposit)}", deposit))
    if kind == "supermarkt" and chance(rng, 0.25):
        back = -money(Decimal(rng.randrange(1, 12)) * Decimal("0.25"))
        label = "LEERGUT" if upper else "Leergut"
        lines.append(Line(label, None, None, back, tax_rate=A))
        printed.append(("", label, back))
    if chance(rng, 0.2):
        target = max(range(len(lines)), key=lambda i: lines[i].amount)
        off = -money(lines[target].amount * Decimal("0.2"))
        label = pick(rng, ["Rabatt 20%", "Coupon -20%", "Aktionsrabatt"])
        lines.append(Line(label, None, None, off, tax_rate=lines[target].tax_rate))
        printed.append(("", label, off))
    total = sum((ln.amount for ln in lines), Decimal("0.00"))
    rates = sorted({ln.tax_rate for ln in lines}, reverse=True)
    gross = {r: sum((ln.amount for ln in lines if ln.tax_rate == r), Decimal("0.00")) for r in rates}
    taxes = {r: included_tax(gross[r], r) for r in rates}
    tax = sum(taxes.values(), Decimal("0.00"))
    net = total - tax
    bon = str(rng.randrange(1000, 99999))
    doc = Doc(document_type=DOCUMENT_TYPE, locale="DE", currency="EUR", vendor=shop, customer=None,
              invoice_ids=[bon], document_date=day, total=total, net=net, tax=tax, lines=lines, lines_sum_to="total")

    width = pick(rng, [204.0, 226.0])
    mono = kind == "supermarkt" or chance(rng, 0.4)
    theme = Theme.pick(rng, font="Courier" if mono else "Helvetica", size=(7.0, 8.0), table="minimal", accent="#000000")
    css = theme.css("td{padding:0.3pt 1pt} .hd{font-size:11pt;font-weight:bold} .sm{font-size:6pt}")
    num = fmt.num
    rule = "<p class='c'>" + ("-" * 34 if mono else "&#8212;" * 14) + "</p>"
    parts = [f"<p class='c hd'>{esc(shop.name)}</p><p class='c'>{'<br/>'.join(esc(a) for a in shop.address)}"
             f"<br/>Tel.: {esc(legal.phone)}</p>"]
    if kind == "baeckerei" and chance(rng, 0.5):
        parts.append(f"<p class='c sm'>Inh. {esc(person_name(rng, 'DE'))}</p>")
    tax_line = f"St.-Nr. {esc(shop.tax_id)}" if only_st_nr else f"{pick(rng, ['USt-IdNr.', 'UID Nr.', 'USt-ID'])}: {esc(shop.tax_id)}"
    if kind != "drogerie" or chance(rng, 0.5):
        parts.append(f"<p class='c'>{tax_line}</p>")
    else:   # some drugstore rolls print the tax number nowhere
        shop.tax_id = None
    parts.append("<p class='r'>EUR</p>" if kind == "supermarkt" else "")
    rows = []
    for (detail, article, amount), line in zip(printed, lines, strict=True):
        code = letter[line.tax_rate]
        if detail:
            rows.append(f"<tr><td style='width:78%'>{esc(article)}</td><td style='width:22%'></td></tr>"
                        f"<tr><td style='padding-left:8pt'>{esc(detail)}</td><td class='r'>{num(amount)} {code}</td></tr>")
        else:
            rows.append(f"<tr><td style='width:78%'>{esc(article)}</td><td style='width:22%' class='r'>{num(amount)} {code}</td></tr>")
    parts.append(f"<table style='width:100%'>{''.join(rows)}</table>")
    sum_label = pick(rng, ["SUMME", "SUMME EUR", "Summe", "zu zahlen", "GESAMT"])
    parts.append(f"<p class='r'>{'-' * 12 if mono else ''}</p><table style='width:100%'><tr><td style='width:60%' class='hd'>"
                 f"{sum_label}</td><td style='width:40%' class='r hd'>{num(total)}</td></tr></table>")
    cash = chance(rng, 0.45)
    trace = str(rng.randrange(10**5, 10**6))
    if cash:
        given = money((total // 5 + 1) * 5) if total < 100 else money((total // 50 + 1) * 50)
        pay_rows = [(pick(rng, ["Geg. Bar", "Gegeben BAR", "Bar"]), num(given)), ("Rückgeld", num(given - total))]
    else:
        pay_rows = [(pick(rng, ["Geg. EC-Karte", "EC-Karte", "Girocard", "Geg. Kartenzahlung"]), num(total))]
    parts.append("<table style='width:100%'>" + "".join(f"<tr><td style='width:60%'>{k}</td><td style='width:40%' class='r'>{v}</td></tr>"
                                                         for k, v in pay_rows) + "</table>")
    vat_rows = "".join(f"<tr><td>{letter[r]}= {r}%</td><td class='r'>{num(gross[r] - taxes[r])}</td><td class='r'>{num(taxes[r])}</td>"
                       f"<td class='r'>{num(gross[r])}</td></tr>" for r in rates)
    if len(rates) > 1 or chance(rng, 0.5):
        vat_rows += (f"<tr><td class='b'>{pick(rng, ['Gesamt', 'Summe'])}</td><td class='r b'>{num(net)}</td><td class='r b'>{num(tax)}</td>"
                     f"<td class='r b'>{num(total)}</td></tr>")
    parts.append(f"{rule}<table style='width:100%'><tr><td style='width:25%'>MwSt</td><td style='width:25%' class='r'>Netto</td>"
                 f"<td style='width:25%' class='r'>MwSt</td><td style='width:25%' class='r'>Brutto</td></tr>{vat_rows}</table>{rule}")
    markt, kasse = rng.randrange(1000, 9999), rng.randrange(1, 12)
    cashier = pick(rng, [str(rng.randrange(100, 99999)), person_name(rng, "DE").split()[0]])
    bon_label = pick(rng, ["Bon-Nr.", "Bon-Nr:", "Beleg-Nr.", "Bon"])
    parts.append(f"<table style='width:100%'><tr><td style='width:50%'>{fmt.date(day)}</td><td style='width:50%' class='r'>"
                 f"{when.strftime('%H:%M')} Uhr</td></tr><tr><td>Markt: {markt}</td><td class='r'>Kasse: {kasse}</td></tr>"
                 f"<tr><td>{bon_label} {bon}</td><td class='r'>Bed.: {esc(cashier)}</td></tr></table>")
    if not cash:
        parts.append(f"{rule}<p class='c b'>Kartenzahlung</p><p class='c'>girocard</p><table class='sm' style='width:100%'>"
                     f"<tr><td>Datum:</td><td class='r'>{fmt.date(day)} {when.strftime('%H:%M')}</td></tr>"
                     f"<tr><td>Terminal-ID:</td><td class='r'>{rng.randrange(5 * 10**7, 6 * 10**7)}</td></tr>"
                     f"<tr><td>TA-Nr.:</td><td class='r'>{trace}</td></tr><tr><td>BNr.:</td><td class='r'>{rng.randrange(1000, 9999)}</td></tr>"
                     f"<tr><td>Karte:</td><td class='r'>############{rng.randrange(1000, 9999)}</td></tr>"
                     f"<tr><td>Betrag EUR:</td><td class='r'>{num(total)}</td></tr></table><p class='c'>Zahlung erfolgt</p>")
    if kind == "drogerie" and chance(rng, 0.6):
        parts.append(f"<p class='c sm'>PAYBACK Karte: ######{rng.randrange(1000, 9999)}<br/>Sie erhalten {int(total)} Punkte</p>")
    tse = _tse(rng, when)
    parts.append(rule + "<table class='sm' style='width:100%'>" + "".join(
        f"<tr><td style='width:38%'>{k}:</td><td style='width:62%'>{_wrapped(v)}</td></tr>" for k, v in tse) + "</table>")
    parts.append(f"<p class='c' style='margin-top:4pt'>{pick(rng, ['Vielen Dank für Ihren Einkauf!', 'Danke und bis bald!', 'Schönen Tag noch!'])}</p>")
    html = "".join(parts)
    margin = 9.0
    height = 300.0
    while not fits(html, css, (margin, margin, width - margin, margin + height)):
        height += 20.0
    sheet = Sheet(width=width, height=height + 2 * margin, css=css,
                  pages=[[Box((margin, margin, width - margin, margin + height), html)]])
    return Built(doc=doc, sheet=sheet, template=f"bon_{kind}", notes={"cash": cash, "steuernummer_only": only_st_nr})
