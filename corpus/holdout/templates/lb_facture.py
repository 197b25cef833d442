"""Lebanese invoices and credit notes, in French or English with an Arabic title line, USD or LBP, 2023-2025 (invented companies).

Three prints. `lb_facture_fr` (FACTURE / فاتورة: the supplier's letterhead with N° TVA `1234567-601` (the financial number
with the VAT suffix; = tax id) and R.C. (decoy), "Immeuble …, Rue …, Achrafieh, Beyrouth"; Facture N°, Date, Code client (=
customer id), Bon de commande (decoy), Conditions de paiement, Échéance; the client's N° TVA (decoy); Désignation / Qté / P.U.
/ TVA / Montant, medicines, books and basic foods "Exonéré"; Total HT, TVA 11 %, Total TTC in USD, then the VAT's counter-value
in Lebanese pounds at the day's rate "Contre-valeur TVA en L.L. au taux de 89 500" (decoy, as the law asks it printed), or the
whole invoice in whole lira `L.L. 12 345 000`), `lb_invoice_en` (INVOICE / فاتورة in English: VAT No., C.R. No., Invoice No.,
Customer Code, P.O. No., Terms, Due Date; Total excl. VAT, VAT 11%, Total incl. VAT, the LBP counter-value), `lb_avoir` (FACTURE
D'AVOIR / CREDIT NOTE / إشعار دائن citing the original invoice and its date (decoys) and the reason, amounts negative).

Truth: an `invoice` (`credit_note` negative); vendor = the supplier with its address and VAT number; customer = the client
with its address (its VAT number a decoy); id = the invoice / credit note number; date = the invoice date; net = Total HT /
Total excl. VAT; tax = the VAT; total = Total TTC / Total incl. VAT in the invoice's currency (the lira counter-values decoys;
lira amounts whole); terms and due date where printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_twentyfifth import digits, lb_party, lbp_rate
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfifth import boxed_invoice
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "lb_facture"
D = Decimal
# (French, English, unit fr, unit en, low USD, high USD, exempt)
ITEMS = [("Ordinateur portable 15\" i7, 16 Go, SSD 512 Go", "Laptop 15in i7, 16GB, 512GB SSD", "u", "pc", 650, 1400, False),
         ("Cartouche de toner noir haute capacité", "High-yield black toner cartridge", "u", "pc", 45, 160, False),
         ("Maintenance informatique - forfait mensuel", "IT maintenance - monthly fee", "mois", "month", 150, 900, False),
         ("Gants d'examen en nitrile (boîte de 100)", "Nitrile examination gloves (box of 100)", "boîte", "box", 5, 12, True),
         ("Médicaments - antibiotiques (carton de 50 boîtes)", "Medicines - antibiotics (carton of 50 boxes)", "carton", "carton", 90, 320, True),
         ("Livres scolaires - programme libanais", "School books - Lebanese curriculum", "u", "pc", 8, 35, True),
         ("Impression de brochures A4 quadrichromie (1 000 ex.)", "Printing of A4 full-colour brochures (1,000 copies)", "lot", "lot", 180, 650, False),
         ("Abonnement générateur 10 A (mensuel)", "Generator subscription 10 A (monthly)", "mois", "month", 60, 180, False),
         ("Gasoil pour générateur", "Diesel for generator", "litre", "litre", 0.8, 1.3, False),
         ("Fourniture et installation d'un système solaire 5 kWc avec onduleur hybride et batteries lithium",
          "Supply and installation of a 5 kWp solar system with hybrid inverter and lithium batteries", "lot", "lot", 3500, 7500, False),
         ("Huile d'olive extra vierge, bidon de 4 L", "Extra virgin olive oil, 4 L can", "bidon", "can", 25, 45, True),
         ("Honoraires de conseil juridique", "Legal advisory fees", "h", "hr", 80, 250, False),
         ("Transport Beyrouth - Tripoli", "Transport Beirut - Tripoli", "voyage", "trip", 80, 250, False),
         ("Papier A4 80 g (carton de 5 rames)", "A4 paper 80gsm (box of 5 reams)", "carton", "box", 18, 32, False),
         ("Climatiseur split 18 000 BTU inverter, installé", "Split air conditioner 18,000 BTU inverter, installed", "u", "pc", 480, 900, False),
         ("Nettoyage des bureaux - forfait mensuel", "Office cleaning - monthly fee", "mois", "month", 250, 900, False)]


def whole(value: Decimal) -> Decimal:
    return value.quantize(D(1), rounding=ROUND_HALF_UP)


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["lb_facture_fr", "lb_facture_fr", "lb_invoice_en", "lb_invoice_en", "lb_avoir"])
    credit = layout == "lb_avoir"
    english = layout == "lb_invoice_en" or (credit and chance(rng, 0.4))
    vendor, customer = lb_party(rng), lb_party(rng)
    while customer.name == vendor.name:
        customer = lb_party(rng)
    buyer_vat = customer.tax_id if chance(rng, 0.6) else None
    customer.tax_id = None
    issued = random_date(rng, date(2023, 1, 9), 1000)
    rate_lbp = lbp_rate(issued)
    lira = chance(rng, 0.25)
    count = rng.randrange(1, 4) if credit else pick(rng, [1, 2, 3, 4, 5, 6, 8, 10, 14])
    lines, exempt = [], {}
    pool = [item for item in ITEMS if not item[6]] if credit else ITEMS   # a credit note corrects taxed supplies
    for fr, en, ufr, uen, low, high, ex in rng.sample(pool, min(count, len(pool))):
        price = money(rng.uniform(low, high)) if high < 100 else money(round(rng.uniform(low, high)))
        if lira:
            price = whole(price * rate_lbp / 1000) * 1000
        if ufr == "litre":
            qty = D(pick(rng, [200, 400, 600, 1000]))
        elif high >= 400:
            qty = D(pick(rng, [1, 1, 2, 3]))
        else:
            qty = D(pick(rng, [1, 2, 3, 5, 10, 12, 20]))
        li = Line(en if english else fr, qty, price, money(qty * price), uen if english else ufr, tax_rate=D(0) if ex else D(11))
        lines.append(li)
        exempt[id(li)] = ex
    net = sum((li.amount for li in lines), D("0.00"))
    taxable = sum((li.amount for li in lines if not exempt[id(li)]), D("0.00"))
    tax = whole(taxable * D("0.11")) if lira else money(taxable * D("0.11"))
    total = net + tax
    y = issued.year
    if credit:
        number = pick(rng, [f"AV-{y}-{rng.randrange(1, 999):03d}", f"CN{rng.randrange(1000, 99999)}", f"NC/{y % 100}/{rng.randrange(1, 9999):04d}"])
    else:
        number = pick(rng, [f"{y}/{rng.randrange(1, 9999):04d}", f"F{rng.randrange(10000, 999999)}", f"INV-{y % 100}-{rng.randrange(1, 99999):05d}", f"{rng.randrange(1000, 99999)}"])
    days = None if credit else pick(rng, [None, 15, 30, 30, 45, 60])
    if days and chance(rng, 0.7):
        terms = f"{days} days" if english else pick(rng, [f"{days} jours", f"Paiement à {days} jours", f"{days} jours fin de mois"])
    elif not credit and not days and chance(rng, 0.35):
        terms = "Cash" if english else "Comptant"
    else:
        terms = None
    due = issued + timedelta(days=days) if days and chance(rng, 0.6) else None
    cust_code = f"{pick(rng, ['C', 'CL', '411', ''])}{rng.randrange(100, 99999):05d}" if chance(rng, 0.6) else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="LB", currency="LBP" if lira else "USD", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=cust_code)
    sign = -1 if credit else 1
    french_numbers = not english and chance(rng, 0.5)

    def n(v):
        if lira:
            return amount(v * sign, " " if french_numbers else ",", ",", 0)
        return amount(v * sign, " ", ",") if french_numbers else amount(v * sign)

    def cur(v):
        if lira:
            return pick(rng, ["L.L. ", "LBP "]) + n(v) if chance(rng, 0.5) else n(v) + " L.L."
        return f"USD {n(v)}" if chance(rng, 0.5) else f"{n(v)} $"

    pattern = pick(rng, ["dmy_slash", "dmy_slash", "d_month_y", "dmy_dash"])

    def d(x):
        return fmt_date(x, pattern, "en" if english else "fr")

    theme = Theme.pick(rng, size=(7.5, 9.0))
    order = f"{pick(rng, ['BC', 'PO', 'CMD'])}-{rng.randrange(1000, 99999)}"
    notes: dict = {"buyer_vat": buyer_vat, "rc": vendor.extra["rc"], "order": order, "rate": rate_lbp}
    if english:
        vrows = [f"VAT No.: {vendor.tax_id}", f"C.R. No.: {vendor.extra['rc']}", f"Tel: {vendor.phone}"]
        brows = [f"VAT No.: {buyer_vat}"] if buyer_vat else []
        meta = [("Credit Note No.:" if credit else "Invoice No.:", number), ("Date:", d(issued))]
        if cust_code:
            meta.append(("Customer Code:", cust_code))
        if not credit and chance(rng, 0.5):
            meta.append(("P.O. No.:", order))
        if terms:
            meta.append(("Terms:", terms))
        if due:
            meta.append(("Due Date:", d(due)))
        head = ["Description", "Qty", "Unit Price", "VAT", "Amount"]
        labels = ("Total excl. VAT", "VAT 11%", "Total incl. VAT")
        title, exempt_word = ("CREDIT NOTE" if credit else "INVOICE"), "Exempt"
    else:
        vrows = [f"N° TVA : {vendor.tax_id}", f"R.C. {vendor.extra['rc']}", f"Tél. : {vendor.phone}"]
        brows = [f"N° TVA : {buyer_vat}"] if buyer_vat else []
        meta = [("Avoir N° :" if credit else "Facture N° :", number), ("Date :", d(issued))]
        if cust_code:
            meta.append(("Code client :", cust_code))
        if not credit and chance(rng, 0.5):
            meta.append(("Bon de commande :", order))
        if terms:
            meta.append(("Conditions :", terms))
        if due:
            meta.append(("Échéance :", d(due)))
        head = ["Désignation", "Qté", "P.U.", "TVA", "Montant"]
        labels = ("Total HT", "TVA 11 %", "Total TTC")
        title, exempt_word = ("FACTURE D'AVOIR" if credit else "FACTURE"), "Exonéré"
    subtitle = "إشعار دائن" if credit else "فاتورة"
    foot: list[str] = []
    if credit:
        orig = f"{y}/{rng.randrange(1, 9999):04d}"
        orig_date = d(issued - timedelta(days=rng.randrange(5, 70)))
        meta += [("Original invoice:" if english else "Facture d'origine :", orig), ("Dated:" if english else "du :", orig_date)]
        foot.append(("Reason: " + pick(rng, ["Goods returned", "Price difference", "Discount granted"])) if english else
                    ("Motif : " + pick(rng, ["Retour de marchandise", "Différence de prix", "Remise accordée"])))
        notes["original"] = orig
    if not lira:
        vat_lbp = whole(tax * rate_lbp)
        rate_txt = amount(D(rate_lbp), " " if french_numbers else ",", ".", 0)
        lbp_txt = amount(vat_lbp * sign, " " if french_numbers else ",", ".", 0)
        foot.append(f"VAT equivalent in LBP at the rate of {rate_txt}: {lbp_txt} L.L." if english else
                    f"Contre-valeur TVA en L.L. au taux de {rate_txt} : {lbp_txt} L.L.")
        notes["vat_lbp"] = float(vat_lbp)
    bank = pick(rng, ["Banque du Levant S.A.L.", "Crédit Phénicien S.A.L.", "Banque Libano-Méditerranéenne S.A.L.", "Cedar Commercial Bank S.A.L."])
    foot.append(f"{'Bank' if english else 'Banque'} : {bank} - IBAN LB{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}")
    if chance(rng, 0.4):
        foot.append("Payment in fresh USD only." if english else "Paiement en dollars frais (fresh USD) uniquement.")

    def cells(li):
        q = li.quantity
        return [esc(li.description), str(q), n(li.unit_price), exempt_word if exempt[id(li)] else "11%", n(li.amount)]

    totals = [(labels[0], n(net)), (labels[1], n(tax)), (labels[2], cur(total))]
    fractions = (0.5, 0.08, 0.15, 0.1, 0.17)
    if chance(rng, 0.4):
        return boxed_invoice(doc, layout, theme, *A4, title=title, subtitle=subtitle, vendor_rows=vrows, buyer_label="Client" if not english else "Customer",
                             buyer_rows=brows, meta=[(k.rstrip(" :").rstrip(":"), v) for k, v in meta], head=head, fractions=fractions, numeric={1, 2, 3, 4},
                             cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page")
    return invoice(doc, layout, arrangement(rng, meta), theme, *A4, title=title, subtitle=subtitle, vendor_rows=vrows,
                   buyer_label="Client" if not english else "Bill to", buyer_rows=brows, meta=meta, head=head, fractions=fractions, numeric={1, 2, 3, 4},
                   cells=cells, totals=totals, foot=foot, notes=notes, footer_text="Page")
