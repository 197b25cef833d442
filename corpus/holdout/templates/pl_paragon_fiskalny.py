"""Polish fiscal receipts (paragon fiskalny) in Polish, PLN, 2023-2025: till rolls from fiscal printers and online cash
registers, and the e-paragon sent as a PDF.

Three prints. `pl_drukarka_fiskalna` (a shop's or bakery's fiscal printer, 57 or 80 mm: the seller's name, address and
"NIP 123-456-78-90" centred, the date beside "nr wydr.145862", PARAGON FISKALNY, items as "Masło extra 200g  1 x7,99
7,99 C", weighed goods "0,734 x5,99", a "Rabat" under an item, "Sprzedaż opodatk. A" / "Kwota A 23,00%" per rate, "Suma PTU",
SUMA PLN in double width, sometimes "NIP nabywcy" (a simplified invoice up to 450 zł), the payment and change, then the
footer "00087 #Kasa 1  Kasjer nr 2  14:22" and the register's unique number under the fiscal logo), `pl_kasa_online_market`
(a chain supermarket's online register, 80 mm: the company and "Sklep nr 1234", capitals "MLEKO UHT 3,2% 1L C 2 * 3,49
6,98", "Rabat PROMOCJA -1,00", SUMA PLN, the PTU block "PTU A 23,00% … Kwota", "Płatność Karta", the loyalty card's
"Zaoszczędzono" line, "Paragon nr 4321", Nr transakcji, Kasa, Kasjer and "Nr unikatowy"), `pl_e_paragon` (the e-paragon
of an online register as an A5 PDF: e-Paragon / PARAGON FISKALNY, Numer paragonu, Data i godzina sprzedaży "15.03.2024
14:22", Lp. / Nazwa / Ilość / Cena / Wartość / PTU, the rates table with Sprzedaż brutto and Kwota PTU, Suma PTU, SUMA PLN,
Forma płatności, Numer unikatowy kasy, a QR code).

Truth: a `receipt`; vendor = the seller (a sole trader's whole name, or the company; "Sklep nr" and the store's brand are
none), tax id = its NIP as printed; no customer (NIP nabywcy is a decoy); id = the receipt number (the footer's "00087",
"Paragon nr 4321", Numer paragonu; nr wydr., Nr transakcji, the till and the unique number are decoys); lines at their
prices including VAT; discounts (Rabat) the lines' adjustment; tax = Suma PTU; no net; total = SUMA PLN (the payment,
change and the "Zaoszczędzono" saving are decoys).
"""

from __future__ import annotations

import random
from datetime import date, datetime
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party, address, make_company, pl_nip
from corpus.holdout.fakes_nineteenth import PL_CHAINS, pl_nip_dashed, pl_sole_trader_name, pl_unique_number
from corpus.holdout.money import money, random_date
from corpus.holdout.render import Box
from corpus.holdout.templates._fifteenth import single_page
from corpus.holdout.templates._fourteenth import roll_sheet

FAMILY = "pl_paragon_fiskalny"
D = Decimal
RATES = {"A": D(23), "B": D(8), "C": D(5)}
# description, PTU letter, low, high, sold by weight
GOODS = [("Chleb wiejski 500g", "C", 4.5, 8.9, False), ("Mleko 3,2% 1L", "C", 3.2, 4.9, False), ("Masło extra 200g", "C", 6.5, 9.9, False),
         ("Jaja kurze L 10szt", "C", 8.9, 14.5, False), ("Ser gouda", "C", 24, 42, True), ("Jabłka Gala", "C", 3.5, 7.9, True), ("Pomidory malinowe", "C", 8, 18, True),
         ("Banany", "C", 4.9, 7.5, True), ("Jogurt naturalny 400g", "C", 3.5, 6.5, False), ("Bułka kajzerka", "C", 0.6, 1.2, False), ("Szynka wiejska", "C", 39, 69, True),
         ("Płyn do naczyń 1L", "A", 6, 14, False), ("Papier toaletowy 8 rolek", "A", 11, 24, False), ("Woda gazowana 1,5L", "A", 1.9, 3.9, False),
         ("Sok pomarańczowy 1L", "A", 5.5, 9.9, False), ("Czekolada mleczna 100g", "A", 3.9, 7.5, False), ("Kawa mielona 500g", "A", 22, 45, False),
         ("Piwo jasne 0,5L", "A", 3.5, 6.9, False), ("Baterie AA 4szt", "A", 12, 29, False), ("Szampon 400ml", "A", 11, 26, False),
         ("Ibuprofen 200mg 20 tabl.", "B", 7, 16, False), ("Kawa latte na wynos", "B", 9, 17, False), ("Drożdżówka z serem", "B", 3.5, 6.5, False)]


def _pl(value: D) -> str:
    text = f"{abs(value):.2f}".replace(".", ",")
    return f"-{text}" if value < 0 else text


def _qty(value: D) -> str:
    return str(int(value)) if value == value.to_integral_value() else f"{value:.3f}".replace(".", ",")


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["pl_drukarka_fiskalna", "pl_drukarka_fiskalna", "pl_kasa_online_market", "pl_e_paragon"])
    day = random_date(rng, date(2023, 1, 3), 1040)
    at = datetime(day.year, day.month, day.day, rng.randrange(6, 22), rng.randrange(60), rng.randrange(60))
    nip = pl_nip(rng)
    if layout == "pl_kasa_online_market":
        vendor = Party(name=pick(rng, PL_CHAINS), address=address(rng, "PL"), country="PL")
    elif chance(rng, 0.55):
        vendor = Party(name=pl_sole_trader_name(rng), address=address(rng, "PL"), country="PL")
    else:
        vendor = make_company(rng, "PL")
    vendor.tax_id = pl_nip_dashed(nip, pick(rng, [0, 1, 1, 2, 3] if layout != "pl_e_paragon" else [0, 1]))
    upper = layout == "pl_kasa_online_market"
    count = rng.randrange(1, 9) if layout != "pl_kasa_online_market" else rng.randrange(3, 16)
    picks = rng.sample(GOODS, min(count, len(GOODS)))
    lines, letters, discounts = [], [], []
    for desc, letter, low, high, weighed in picks:
        price = money(rng.uniform(low, high))
        if weighed:
            qty = D(rng.randrange(120, 2400)) / 1000
        else:
            qty = D(pick(rng, [1, 1, 1, 2, 2, 3, 4, 6]))
        amount = money(qty * price)
        text = desc.upper() if upper else desc
        if weighed and upper:
            text += " KG"
        lines.append(Line(text, qty, price, amount))
        letters.append(letter)
        discounts.append(money(amount * D(pick(rng, ["0.1", "0.2", "0.3", "0.15"]))) if chance(rng, 0.18) and amount > 2 else D("0.00"))
    gross: dict[str, D] = {}
    for li, letter, disc in zip(lines, letters, discounts, strict=True):
        gross[letter] = gross.get(letter, D("0.00")) + li.amount - disc
    gross = dict(sorted(gross.items()))
    taxes = {k: money(v * RATES[k] / (100 + RATES[k])) for k, v in gross.items()}
    total = sum(gross.values(), D("0.00"))
    tax = sum(taxes.values(), D("0.00"))
    saved = sum(discounts, D("0.00"))
    seq = rng.randrange(1, 9999)
    number = {"pl_drukarka_fiskalna": f"{seq:05d}", "pl_kasa_online_market": str(seq), "pl_e_paragon": f"{seq:06d}"}[layout]
    doc = Doc(document_type="receipt", locale="PL", currency="PLN", vendor=vendor, customer=None, invoice_ids=[number], document_date=day,
              total=total, tax=tax, lines=lines, lines_sum_to="total", lines_adjustment=-saved)
    buyer_nip = pl_nip(rng) if layout == "pl_drukarka_fiskalna" and total <= 450 and chance(rng, 0.2) else None
    unique = pl_unique_number(rng)
    till = rng.randrange(1, 9)
    cashier = rng.randrange(1, 30)
    card = chance(rng, 0.55)
    tendered = money((int(total / 10) + 1) * 10) if total < 100 else money((int(total / 50) + 1) * 50)
    print_no = f"{rng.randrange(1, 250000):06d}"
    if layout == "pl_e_paragon":
        return _e_paragon(rng, doc, lines, letters, discounts, gross, taxes, number, unique, at, card, tendered)
    width = pick(rng, [162.0, 226.0]) if layout == "pl_drukarka_fiskalna" else 226.0
    W = width - 20
    narrow = width < 200
    font = pick(rng, ["Courier", "Courier", "Helvetica"])
    css = (f"body{{font-family:{font};font-size:{6.4 if narrow else 7.0}pt;margin:0}} p{{margin:0}} .c{{text-align:center}} .r{{text-align:right}}"
           " .b{font-weight:bold} .big{font-size:11pt;font-weight:bold} td{padding:0 1pt} table{border-collapse:collapse}")

    def row(a: str, b: str, split: float = 0.62) -> str:
        return f"<table><tr><td style='width:{W * split - 2:.1f}pt'>{a}</td><td class='r' style='width:{W * (1 - split) - 2:.1f}pt'>{b}</td></tr></table>"

    rule = "-" * (30 if narrow else 42)
    body = "".join(f"<p class='c'>{esc(x)}</p>" for x in [vendor.name, *vendor.address])
    if layout == "pl_kasa_online_market":
        body = f"<p class='c b'>{esc(vendor.name)}</p><p class='c'>Sklep nr {rng.randrange(100, 9999)}</p>" + "".join(f"<p class='c'>{esc(x)}</p>" for x in vendor.address)
    body += f"<p class='c'>NIP {vendor.tax_id}</p>"
    if layout == "pl_drukarka_fiskalna":
        body += row(day.isoformat(), f"nr wydr.{print_no}", 0.5) + "<p class='c big' style='margin-top:2pt'>PARAGON FISKALNY</p>"
        for li, letter, disc in zip(lines, letters, discounts, strict=True):
            body += row(esc(li.description), "", 0.98) + row(f"&#160;&#160;{_qty(li.quantity)} x{_pl(li.unit_price)}", f"{_pl(li.amount)} {letter}")
            if disc:
                body += row("&#160;&#160;Rabat", f"{_pl(-disc)} {letter}")
        body += f"<p>{rule}</p>"
        for k in gross:
            body += row(f"Sprzedaż opodatk. {k}", _pl(gross[k])) + row(f"Kwota {k} {RATES[k]:05.2f}%".replace(".", ","), _pl(taxes[k]))
        body += row("Suma PTU", _pl(tax))
        if buyer_nip:
            body += f"<p>NIP nabywcy: {buyer_nip}</p>"
        body += row("<span class='big'>SUMA PLN</span>", f"<span class='big'>{_pl(total)}</span>", 0.5)
        if card:
            body += row("Karta płatnicza", _pl(total))
        else:
            body += row("Gotówka", _pl(tendered)) + row("Reszta", _pl(tendered - total))
        body += (f"<p>{rule}</p>" + row(f"{number} #Kasa {till}&#160;&#160;Kasjer nr {cashier}", at.strftime("%H:%M"), 0.75)
                 + f"<p class='c b' style='margin-top:2pt'>&#9635; PL {unique}</p>")
    else:
        body += "<p class='c big' style='margin-top:2pt'>PARAGON FISKALNY</p>" + row(at.strftime("%Y-%m-%d %H:%M"), f"Paragon nr {number}", 0.5) + f"<p>{rule}</p>"
        for li, letter, disc in zip(lines, letters, discounts, strict=True):
            body += row(f"{esc(li.description)}", f"{letter}", 0.9) + row(f"&#160;&#160;{_qty(li.quantity)} * {_pl(li.unit_price)}", _pl(li.amount))
            if disc:
                body += row("&#160;&#160;Rabat PROMOCJA", _pl(-disc))
        body += f"<p>{rule}</p>" + row("<span class='big'>SUMA PLN</span>", f"<span class='big'>{_pl(total)}</span>", 0.5) + f"<p>{rule}</p>"
        for k in gross:
            body += row(f"PTU {k} {RATES[k]:.2f}%".replace(".", ","), f"{_pl(gross[k])}&#160;&#160;{_pl(taxes[k])}")
        body += row("Suma PTU", _pl(tax)) + f"<p>{rule}</p>"
        body += row("Płatność", "Karta" if card else "Gotówka") + row("Karta" if card else "Gotówka", _pl(total if card else tendered))
        if not card:
            body += row("Reszta", _pl(tendered - total))
        if saved and chance(rng, 0.7):
            body += f"<p>Karta Stałego Klienta ****{rng.randrange(1000, 9999)}</p>" + row("Zaoszczędzono", f"{_pl(saved)} zł")
        body += (f"<p>{rule}</p>" + row(f"Nr transakcji {rng.randrange(10**4, 10**6)}", f"Kasa {till} Kasjer {cashier}", 0.55)
                 + f"<p class='c'>Nr unikatowy: {unique}</p><p class='c'>Dziękujemy za zakupy!</p>")
    sheet = roll_sheet(width, body, css, margin=10.0)
    return Built(doc=doc, sheet=sheet, template=layout, scan_weight=2.0,
                 notes={"print_no": print_no, "unique": unique, "buyer_nip": buyer_nip, "saved": float(saved), "till": till})


def _e_paragon(rng: random.Random, doc: Doc, lines, letters, discounts, gross, taxes, number: str, unique: str, at: datetime, card: bool,
               tendered: D) -> Built:
    width, height = 419.53, 595.28
    W = width - 60
    vendor = doc.vendor
    css = ("body{font-family:Helvetica;font-size:7.6pt;margin:0} p{margin:0 0 1pt 0} .r{text-align:right} .c{text-align:center} .b{font-weight:bold}"
           " .t{font-size:13pt;font-weight:bold} table{border-collapse:collapse} td,th{padding:1.5pt 3pt} th{border-bottom:0.8pt solid #333;text-align:left}"
           " .tot td{border-top:0.8pt solid #333;font-weight:bold}")
    w = [W * f - 6 for f in (0.07, 0.43, 0.12, 0.14, 0.16, 0.08)]
    rows = ""
    for i, (li, letter, disc) in enumerate(zip(lines, letters, discounts, strict=True), 1):
        rows += (f"<tr><td style='width:{w[0]:.0f}pt'>{i}</td><td style='width:{w[1]:.0f}pt'>{esc(li.description)}</td><td class='r' style='width:{w[2]:.0f}pt'>{_qty(li.quantity)}</td>"
                 f"<td class='r' style='width:{w[3]:.0f}pt'>{_pl(li.unit_price)}</td><td class='r' style='width:{w[4]:.0f}pt'>{_pl(li.amount)}</td><td style='width:{w[5]:.0f}pt'>{letter}</td></tr>")
        if disc:
            rows += f"<tr><td></td><td>Rabat</td><td></td><td></td><td class='r'>{_pl(-disc)}</td><td>{letter}</td></tr>"
    items = (f"<table style='margin-top:6pt'><tr><th>Lp.</th><th>Nazwa</th><th class='r'>Ilość</th><th class='r'>Cena</th><th class='r'>Wartość</th><th>PTU</th></tr>"
             f"{rows}</table>")
    vat = "".join(f"<tr><td style='width:90pt'>{k} {RATES[k]}%</td><td class='r' style='width:90pt'>{_pl(gross[k])}</td><td class='r' style='width:80pt'>{_pl(taxes[k])}</td></tr>"
                  for k in gross)
    vat_table = (f"<table style='margin-top:6pt'><tr><th>Stawka PTU</th><th class='r'>Sprzedaż brutto</th><th class='r'>Kwota PTU</th></tr>{vat}"
                 f"<tr class='tot'><td>Suma PTU</td><td></td><td class='r'>{_pl(doc.tax)}</td></tr></table>")
    pay = "Karta płatnicza" if card else "Gotówka"
    html = (f"<p class='c b' style='font-size:10pt'>{esc(vendor.name)}</p>" + "".join(f"<p class='c'>{esc(x)}</p>" for x in vendor.address)
            + f"<p class='c'>NIP: {vendor.tax_id}</p><p class='c t' style='margin-top:8pt'>e-Paragon</p><p class='c b'>PARAGON FISKALNY</p>"
            + f"<table style='margin-top:6pt'><tr><td style='width:140pt'>Numer paragonu</td><td class='b'>{number}</td></tr>"
            + f"<tr><td>Data i godzina sprzedaży</td><td>{at.strftime('%d.%m.%Y %H:%M')}</td></tr><tr><td>Numer unikatowy kasy</td><td>{unique}</td></tr></table>"
            + items + vat_table
            + f"<table style='margin-top:8pt'><tr><td style='width:{W * 0.6:.0f}pt' class='t'>SUMA PLN</td><td style='width:{W * 0.35:.0f}pt' class='r t'>{_pl(doc.total)}</td></tr>"
            + f"<tr><td>Forma płatności: {pay}</td><td class='r'>{_pl(doc.total if card else tendered)}</td></tr></table>"
            + "<p style='margin-top:8pt;font-size:6.5pt;color:#555'>Dokument wygenerowany przez kasę rejestrującą online. Paragon w postaci elektronicznej "
              "wydany za zgodą nabywcy.</p>")
    qr = Box((width - 30 - 64, height - 30 - 64, width - 30, height - 30), kind="qr", payload=f"{unique}{number}{doc.total}")
    sheet = single_page("pl_e_paragon", width, height, css, [Box((30.0, 30.0, width - 30.0, height - 100.0), html), qr])
    return Built(doc=doc, sheet=sheet, template="pl_e_paragon", scan_weight=1.0,
                 notes={"print_no": None, "unique": unique, "buyer_nip": None, "saved": float(sum(discounts, D('0.00'))), "till": None})
