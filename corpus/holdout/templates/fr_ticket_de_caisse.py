"""French till receipt (ticket de caisse), 2023-2025: supermarket, bakery and brasserie rolls, many of them photographed or
scanned.

Three prints on 58 / 80 mm rolls. `ticket_supermarche`: the sign in capitals, street and `69002 LYON`, Tél., "SIRET 123
456 789 00012 - APE 4711F" and sometimes "N° TVA intracom. FR12345678901"; "15/03/2024 14:32", Caisse / Ticket /
Caissier(e); articles with their TVA code (`1` 5,5 %, `2` 20 %), `2 x 1,29`, `0,452 kg x 3,99 €/kg`, REMISE and
BON DE REDUCTION lines (negative), "Nb articles", "TOTAL TTC" or "TOTAL A PAYER", CB / ESPECES with "RENDU MONNAIE",
the TVA table Code / Taux / HT / TVA / TTC (with its TOTAL row when several rates), the loyalty card, "Merci de votre
visite", and under it the card slip (CARTE BANCAIRE SANS CONTACT, A0000000421010, MONTANT, DEBIT, No AUTO, TICKET
CLIENT A CONSERVER). `ticket_boulangerie`: a bakery's short 58 mm roll with 5,5 % bread and pastries (10 % for the
sandwich eaten in), "TOTAL TTC", "dont TVA 5,50 %" and ESPECES / Rendu monnaie. `ticket_brasserie`: a café-brasserie's
"Addition" / "Note": Table, Couverts, Serveur, "2 CAFE 2,40 4,80", TVA 10 % food and soft drinks, 20 % alcohol, "Service
compris", CB or titre-restaurant plus CB.

Amounts `23,45` / `23,45 €` / `23,45 EUR`; dates `15/03/2024 14:32` or `15.03.2024 14:32:05`. A receipt is a scan or a
photo more often than a PDF: the family weighs the scan share up threefold.

Truth: a `receipt` (customer null); vendor = the sign as printed with the printed address lines; tax id = the N° TVA
intracom. where printed, else null (SIRET and APE are registration numbers: decoys); id = the ticket number as printed;
document date = the sale date. Lines: every article, one-offs with quantity and unit price null, `2 x 1,29` and weighed
articles with quantity and unit price, discounts negative; they add up to the total. Total = TOTAL TTC / TOTAL A PAYER
(not ESPECES nor RENDU); tax = the TVA column (its TOTAL row) or "dont TVA"; net = the HT total where printed (the TVA
table's TOTAL row, or its single row), else null. Caisse, caissier, table, card and authorisation numbers, loyalty
points are decoys.
"""

from __future__ import annotations

import random
from datetime import date, datetime
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_thirteenth import fr_shop
from corpus.holdout.money import random_date
from corpus.holdout.templates._thirteenth import roll_sheet

FAMILY = "fr_ticket_de_caisse"
DOCUMENT_TYPE = "receipt"
D = Decimal
# description, low, high, TVA rate, sold by weight
SUPER = [("BAGUETTE TRADITION", 1.1, 1.4, "5.5", False), ("LAIT DEMI-ECREME 1L", 0.95, 1.35, "5.5", False), ("YAOURT NATURE X8", 1.6, 2.9, "5.5", False),
         ("EMMENTAL RAPE 200G", 1.9, 3.2, "5.5", False), ("POMMES GALA", 2.49, 3.99, "5.5", True), ("TOMATES GRAPPE", 2.99, 4.99, "5.5", True),
         ("JAMBON BLANC X4", 2.9, 4.5, "5.5", False), ("CAFE MOULU 250G", 2.9, 5.9, "5.5", False), ("EAU MINERALE 6X1,5L", 2.5, 4.2, "5.5", False),
         ("LESSIVE LIQUIDE 2L", 6.9, 11.9, "20", False), ("PAPIER TOILETTE X12", 4.5, 7.9, "20", False), ("LIQUIDE VAISSELLE", 1.5, 3.2, "20", False),
         ("VIN ROUGE AOP 75CL", 4.9, 12.9, "20", False), ("BIERE BLONDE 6X25CL", 3.9, 6.9, "20", False), ("SHAMPOOING 250ML", 2.5, 5.5, "20", False),
         ("CHIPS NATURE 150G", 1.2, 2.4, "5.5", False), ("CHOCOLAT NOIR 70% 100G", 1.3, 2.9, "5.5", False), ("PILES AA X4", 3.9, 6.9, "20", False),
         ("BANANES", 1.69, 2.49, "5.5", True), ("BEURRE DOUX 250G", 2.2, 3.6, "5.5", False)]
BAKERY = [("BAGUETTE TRADITION", 1.2, 1.4, "5.5"), ("CROISSANT", 1.1, 1.4, "5.5"), ("PAIN AU CHOCOLAT", 1.2, 1.5, "5.5"), ("PAIN DE CAMPAGNE", 2.8, 4.5, "5.5"),
          ("TARTE AUX FRAISES", 3.5, 4.9, "5.5"), ("FLAN PATISSIER PART", 2.5, 3.5, "5.5"), ("ECLAIR CAFE", 2.6, 3.6, "5.5"), ("CHAUSSON AUX POMMES", 1.5, 2.1, "5.5")]
BAKERY_IN = [("SANDWICH JAMBON BEURRE SUR PLACE", 4.5, 6.5, "10"), ("FORMULE DEJEUNER SUR PLACE", 8.9, 11.9, "10")]
BRASSERIE = [("PLAT DU JOUR", 12.5, 17.5, "10"), ("SALADE CESAR", 12.9, 16.9, "10"), ("CROQUE MONSIEUR", 9.5, 13.5, "10"), ("CAFE", 1.8, 2.6, "10"),
             ("CAFE CREME", 3.2, 4.5, "10"), ("EAU PETILLANTE 50CL", 4.0, 5.5, "10"), ("TARTE TATIN", 6.5, 8.9, "10"), ("COCA-COLA 33CL", 3.8, 4.9, "10"),
             ("ENTRECOTE FRITES", 19.5, 26.0, "10"), ("VERRE DE BORDEAUX", 5.5, 8.0, "20"), ("PRESSION 25CL", 3.5, 5.2, "20"), ("KIR", 4.5, 6.5, "20"),
             ("PICHET COTES DU RHONE 50CL", 13.0, 19.0, "20")]


def _num(value: D) -> str:
    return f"{value:.2f}".replace(".", ",")


def build(rng: random.Random) -> Built:
    kind = pick(rng, ["supermarche", "supermarche", "boulangerie", "brasserie"])
    shop = fr_shop(rng, kind)
    day = random_date(rng, date(2023, 1, 2), 900)
    at = datetime(day.year, day.month, day.day, rng.randrange(7, 21), rng.randrange(60), rng.randrange(60))
    with_vat_no = chance(rng, 0.55 if kind == "supermarche" else 0.3)
    if not with_vat_no:
        shop.tax_id = None
    lines: list[Line] = []
    if kind == "supermarche":
        for desc, low, high, rate, weighed in rng.sample(SUPER, rng.randrange(3, 15)):
            price = D(str(round(rng.uniform(low, high), 2)))
            if weighed:
                kg = D(str(round(rng.uniform(0.25, 2.2), 3)))
                lines.append(Line(desc, kg, price, (kg * price).quantize(D("0.01"), rounding=ROUND_HALF_UP), "kg", "", D(rate)))
            elif chance(rng, 0.25):
                qty = D(pick(rng, [2, 2, 3, 4, 6]))
                lines.append(Line(desc, qty, price, qty * price, "", "", D(rate)))
            else:
                lines.append(Line(desc, None, None, price, "", "", D(rate)))
        for _ in range(rng.randrange(0, 3)):
            target = pick(rng, lines)
            cut = min(target.amount - D("0.01"), D(str(round(rng.uniform(0.2, 1.5), 2))))
            lines.append(Line(pick(rng, ["REMISE FIDELITE", f"BON REDUCTION {target.description[:12]}", "PROMO -30% 2EME", "REMISE IMMEDIATE"]), None, None, -cut, "", "",
                              target.tax_rate))
    elif kind == "boulangerie":
        for desc, low, high, rate in rng.sample(BAKERY, rng.randrange(1, 5)):
            price = D(str(round(rng.uniform(low, high), 1))).quantize(D("0.01"))
            qty = D(pick(rng, [1, 1, 1, 2, 3, 4, 6]))
            lines.append(Line(desc, None if qty == 1 else qty, None if qty == 1 else price, qty * price, "", "", D(rate)))
        if chance(rng, 0.3):
            desc, low, high, rate = pick(rng, BAKERY_IN)
            lines.append(Line(desc, None, None, D(str(round(rng.uniform(low, high), 1))).quantize(D("0.01")), "", "", D(rate)))
    else:
        covers = rng.randrange(1, 6)
        for desc, low, high, rate in rng.sample(BRASSERIE, rng.randrange(2, 8)):
            price = D(str(round(rng.uniform(low, high), 1))).quantize(D("0.01"))
            qty = D(pick(rng, [1, 1, 2, covers, covers]))
            lines.append(Line(desc, qty, price, qty * price, "", "", D(rate)))
    total = sum((li.amount for li in lines), D("0.00"))
    rates = sorted({li.tax_rate for li in lines})
    ttc = {r: sum((li.amount for li in lines if li.tax_rate == r), D("0.00")) for r in rates}
    vat = {r: (ttc[r] * r / (100 + r)).quantize(D("0.01"), rounding=ROUND_HALF_UP) for r in rates}
    ht = {r: ttc[r] - vat[r] for r in rates}
    tax = sum(vat.values(), D("0.00"))
    table_style = "dont" if kind == "boulangerie" and len(rates) == 1 and chance(rng, 0.7) else "table"
    net = sum(ht.values(), D("0.00")) if table_style == "table" else None
    ticket = pick(rng, [f"{rng.randrange(1, 99999):06d}", f"{rng.randrange(1, 9999):04d}", f"T{rng.randrange(10000, 99999)}",
                        f"{rng.randrange(1, 30):03d}-{rng.randrange(1, 9999):05d}"])
    doc = Doc(document_type=DOCUMENT_TYPE, locale="FR", currency="EUR", vendor=shop, customer=None, invoice_ids=[ticket], document_date=day, total=total,
              net=net, tax=tax, lines=lines, lines_sum_to="total")
    euro = pick(rng, ["", " €", " EUR"])
    mono = kind != "brasserie" and chance(rng, 0.7) or chance(rng, 0.3)
    theme = Theme.pick(rng, font="Courier" if mono else "Helvetica", size=(7.5, 8.5) if mono else (7.5, 8.5))
    css = theme.css("p{margin:0 0 1pt 0} td{padding:0.5pt 1pt} .big{font-size:11pt;font-weight:bold} .sm{font-size:6.5pt}")
    roll = pick(rng, [164.0, 204.0, 226.0]) if kind != "boulangerie" else pick(rng, [164.0, 164.0, 204.0])
    inner = roll - 16 - 4    # the roll's printable width less the cell padding
    rule = f"<p>{'-' * (24 if roll < 180 else 32)}</p>" if mono else "<p style='border-top:0.6pt dashed #000;margin:2pt 0'></p>"
    code_of = {D("5.5"): pick(rng, ["1", "A"]), D("10"): pick(rng, ["3", "C"]), D("20"): pick(rng, ["2", "B"])}
    stamp = at.strftime("%d/%m/%Y %H:%M") if chance(rng, 0.7) else at.strftime("%d.%m.%Y %H:%M:%S")
    parts = [f"<p class='c b' style='font-size:10pt'>{esc(shop.name)}</p>"] + [f"<p class='c'>{esc(a)}</p>" for a in shop.address]
    parts.append(f"<p class='c'>Tél. {shop.phone}</p>")
    parts.append(f"<p class='c sm'>SIRET {shop.extra['siret'][:3]} {shop.extra['siret'][3:6]} {shop.extra['siret'][6:9]} {shop.extra['siret'][9:]} - APE {shop.extra['ape']}</p>")
    if with_vat_no:
        parts.append(f"<p class='c sm'>N° TVA intracom. {shop.tax_id}</p>")
    cashier = pick(rng, ["Marie", "Sophie", "Karim", "Julien", "Nathalie", "Lucas", "Inès"])
    if kind == "brasserie":
        parts.append(f"<p class='c b' style='margin-top:3pt'>{pick(rng, ['ADDITION', 'NOTE', 'TICKET'])}</p>")
        parts.append(f"<p>Table {rng.randrange(1, 40)} - Couverts {covers}</p><p>Serveur: {cashier}</p><p>Ticket n° {ticket}</p><p>{stamp}</p>")
    else:
        parts.append(f"<p style='margin-top:3pt'>{stamp}</p>")
        parts.append(pick(rng, [f"<p>Caisse {rng.randrange(1, 12):02d} Ticket {ticket}</p><p>Caissier(e): {cashier}</p>",
                                f"<p>Ticket n° {ticket}</p><p>Caisse: {rng.randrange(1, 12)} Vendeur: {cashier}</p>",
                                f"<p>N° ticket: {ticket}</p>"]))
    parts.append(rule)
    rows = []
    for li in lines:
        code = code_of[li.tax_rate] if kind != "brasserie" else ""
        if kind == "brasserie":
            rows.append(f"<tr><td style='width:14pt'>{li.quantity}</td><td style='width:{inner - 14 - 38 - 42:.0f}pt'>{esc(li.description)}</td>"
                        f"<td style='width:38pt' class='r'>{_num(li.unit_price)}</td><td style='width:42pt' class='r'>{_num(li.amount)}</td></tr>")
            continue
        rows.append(f"<tr><td style='width:{inner - 44 - 12:.0f}pt'>{esc(li.description)}</td><td style='width:44pt' class='r'>{_num(li.amount)}</td>"
                    f"<td style='width:12pt' class='r'>{code}</td></tr>")
        if li.quantity is not None and li.unit == "kg":
            rows.append(f"<tr><td class='sm'>  {str(li.quantity).replace('.', ',')} kg x {_num(li.unit_price)} €/kg</td><td></td><td></td></tr>")
        elif li.quantity is not None:
            rows.append(f"<tr><td class='sm'>  {li.quantity} x {_num(li.unit_price)}</td><td></td><td></td></tr>")
    parts.append(f"<table style='width:100%'>{''.join(rows)}</table>")
    parts.append(rule)
    if kind == "supermarche":
        parts.append(f"<p>Nb articles: {sum(int(li.quantity) if li.quantity and li.unit != 'kg' else 1 for li in lines if li.amount > 0)}</p>")
    total_label = pick(rng, ["TOTAL TTC", "TOTAL TTC", "TOTAL A PAYER", "TOTAL"])
    parts.append(f"<table style='width:100%'><tr><td style='width:55%' class='big'>{total_label}</td><td style='width:45%' class='r big'>{_num(total)}{euro}</td></tr></table>")
    if table_style == "dont":
        rate = rates[0]
        rate_text = pick(rng, [f"{rate:.2f}".replace(".", ","), str(rate).replace(".", ",")])
        parts.append(f"<p>dont TVA {rate_text} % : {_num(tax)}</p>")
    pay = pick(rng, ["CB", "CB", "ESPECES", "TR"] if kind != "boulangerie" else ["ESPECES", "ESPECES", "CB"])
    pay_rows = []
    if pay == "ESPECES":
        given = (total / 5).quantize(D(1), rounding=ROUND_CEILING) * 5 if total > 5 else D(5)
        if given == total:
            given += 5
        pay_rows = [("ESPECES", _num(given)), (pick(rng, ["RENDU MONNAIE", "Rendu monnaie", "RENDU"]), _num(given - total))]
    elif pay == "TR":
        voucher = min(total, D(pick(rng, ["9.00", "10.00", "11.00", "12.00"])))
        pay_rows = [("TITRE RESTAURANT", _num(voucher))] + ([("CB", _num(total - voucher))] if total > voucher else [])
    else:
        pay_rows = [(pick(rng, ["CB", "CARTE BANCAIRE", "CB SANS CONTACT"]), _num(total))]
    parts.append("<table style='width:100%'>" + "".join(f"<tr><td style='width:60%'>{k}</td><td style='width:40%' class='r'>{v}</td></tr>" for k, v in pay_rows) + "</table>")
    if table_style == "table":
        show_total = len(rates) > 1 or chance(rng, 0.3)
        trs = "".join(f"<tr><td>{code_of[r] if kind != 'brasserie' else ''}</td><td>{str(r).replace('.', ',')}%</td><td class='r'>{_num(ht[r])}</td>"
                      f"<td class='r'>{_num(vat[r])}</td><td class='r'>{_num(ttc[r])}</td></tr>" for r in rates)
        if show_total:
            trs += f"<tr><td colspan='2' class='b'>TOTAL</td><td class='r b'>{_num(net)}</td><td class='r b'>{_num(tax)}</td><td class='r b'>{_num(total)}</td></tr>"
        parts.append(rule + "<table class='sm' style='width:100%'><tr><td style='width:12%'>" + ("Code" if kind != "brasserie" else "") + "</td>"
                     "<td style='width:20%'>Taux</td><td style='width:22%' class='r'>HT</td><td style='width:22%' class='r'>TVA</td><td style='width:24%' class='r'>TTC</td></tr>"
                     + trs + "</table>")
    if kind == "brasserie":
        parts.append("<p class='c' style='margin-top:3pt'>Service compris</p>")
    if kind == "supermarche" and chance(rng, 0.5):
        parts.append(f"<p class='sm'>Carte fidélité n° {rng.randrange(10**12, 10**13)}</p><p class='sm'>Points cumulés: {rng.randrange(10, 900)}</p>")
    parts.append(f"<p class='c' style='margin-top:3pt'>{pick(rng, ['Merci de votre visite', 'MERCI ET A BIENTOT', 'Merci de votre fidélité', 'Bonne journée !'])}</p>")
    if chance(rng, 0.3):
        parts.append("<p class='c sm'>Ticket imprimé à la demande du client</p>")
    if pay in ("CB", "TR") and kind != "boulangerie" and chance(rng, 0.5):
        card_amount = total if pay == "CB" else total - voucher
        if card_amount > 0:
            parts.append(rule + "<p class='c'>CARTE BANCAIRE</p><p class='c'>SANS CONTACT</p>"
                         f"<p>A0000000{pick(rng, ['421010', '041010', '031010'])}</p><p>{pick(rng, ['CB', 'VISA', 'MASTERCARD'])}</p>"
                         f"<p>LE {at.strftime('%d/%m/%Y')} A {at.strftime('%H:%M:%S')}</p><p>{esc(shop.name[:24])}</p>"
                         f"<p>{shop.address[-1].split()[-1].upper()}</p><p>{rng.randrange(10**6, 10**7)}</p><p>************{rng.randrange(1000, 9999)}</p>"
                         f"<p>No AUTO: {rng.randrange(100000, 999999)}</p><p class='b'>MONTANT = {_num(card_amount)} EUR</p><p>DEBIT</p>"
                         "<p class='c'>TICKET CLIENT</p><p class='c'>A CONSERVER</p>")
    sheet = roll_sheet(roll, "".join(parts), css, margin=8.0)
    return Built(doc=doc, sheet=sheet, template=f"ticket_{kind}", scan_weight=3.0,
                 notes={"payment": pay, "vat_no": with_vat_no, "tva": table_style, "stamp": stamp})
