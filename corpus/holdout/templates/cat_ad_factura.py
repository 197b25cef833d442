"""Invoices in Catalan: Catalan companies' and professionals' factures (IVA, the professional's IRPF retention), Andorran
factures under the IGI, and the Spanish factura rectificativa, EUR, 2023-2025 (invented companies and people).

Four prints. `cat_factura` (a Catalan company's FACTURA: Núm. de factura, Data "15/03/2024" or "15 de març de 2024", the
company's NIF (= tax id; a CIF with its control character) and its Registre Mercantil line (decoy), the client with its NIF
(decoy) and Codi client (= customer id), Albarà núm. and Comanda núm. (decoys), Concepte / Quantitat / Preu unitari / Dte. /
Import, IVA 21 % with 10 % (housing repairs, catering) and 4 % (books, bread) lines, Base imposable / IVA per rate / Total
factura, Condicions de pagament and Data de venciment, the IBAN), `cat_factura_professional` (an autònom's invoice — an
architect, a lawyer, a sworn translator — with the person's NIF (= tax id), IVA 21 % and "Retenció IRPF 15 %" (or 7 %)
subtracted after the Total factura, and a Total a percebre; the professional association number (decoy)), `ad_factura_igi`
(an Andorran FACTURA: NRT `L-712345-X` (= tax id), the client's NRT (decoy), IGI 4,5 % general, 1 % (food, books), 9,5 %
(bank and insurance-related services) and 0 % lines, Base de l'IGI / Quota IGI per rate / Total factura; AD addresses),
`cat_factura_rectificativa` (a FACTURA RECTIFICATIVA citing the corrected invoice and its date (decoys) and the reason, the
amounts printed negative).

Truth: an `invoice` (`credit_note` negative); vendor = the issuer with its address and NIF / NRT; customer = the client with its
address (its NIF / NRT a decoy); id = the invoice number; date = the invoice date; net = Base imposable / Base de l'IGI; tax =
the IVA / IGI (the sum of the rate rows); total = the Total factura — the IRPF retention and the Total a percebre after it are
decoys (as the Italian ritenuta); terms and due date where printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fifteenth import iban_for
from corpus.holdout.fakes_twentythird import (
    ad_company,
    ad_nrt,
    ca_long_date,
    cat_company,
    cat_professional,
    digits,
)
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import priced_lines
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentysecond import invoice
from corpus.holdout.templates._twentythird import arrangement

FAMILY = "cat_ad_factura"
D = Decimal
CAT_ITEMS = [("Subministrament de tub de coure 22 mm", "m", 6, 14, 21), ("Mà d'obra oficial instal·lador", "h", 28, 45, 21),
             ("Reparació de bany en habitatge particular", "u", 600, 2800, 10), ("Servei de càtering - dinar de treball", "pers.", 18, 42, 10),
             ("Llibres de text - edició en català", "u", 18, 35, 4), ("Pa de pagès 1 kg", "u", 2, 5, 4), ("Impressió de catàlegs a tot color", "u", 1, 4, 21),
             ("Manteniment preventiu de caldera", "u", 90, 240, 21), ("Lloguer de plataforma elevadora", "dia", 90, 220, 21),
             ("Disseny i maquetació de fullets", "h", 35, 70, 21), ("Transport i lliurament", "u", 25, 120, 21), ("Pintura plàstica blanca 15 L", "u", 35, 80, 21)]
PRO_ITEMS = {"Arquitecte": [("Redacció del projecte bàsic i d'execució", "u", 1800, 9000), ("Direcció d'obra - certificació mensual", "u", 400, 1600),
                            ("Cèdula d'habitabilitat i certificat energètic", "u", 150, 450)],
             "Advocada": [("Honoraris per assessorament jurídic", "h", 90, 180), ("Redacció de contracte d'arrendament", "u", 300, 900),
                          ("Assistència a judici", "u", 600, 2200)],
             "Traductor jurat": [("Traducció jurada anglès-català", "pàg.", 30, 55), ("Revisió i correcció de text", "h", 35, 60),
                                 ("Traducció de documentació tècnica", "paraula", 1, 1)],
             "Enginyer tècnic": [("Projecte d'activitat i llicència ambiental", "u", 900, 3500), ("Inspecció tècnica d'edifici (ITE)", "u", 300, 900)],
             "Dissenyadora gràfica": [("Disseny d'identitat corporativa", "u", 800, 3000), ("Adaptació de peces per a xarxes socials", "h", 30, 55)],
             "Economista": [("Assessorament fiscal trimestral", "u", 150, 600), ("Confecció de comptes anuals", "u", 400, 1400)]}
AD_ITEMS = [("Material d'oficina divers", "u", 3, 40, "4.5"), ("Servei de neteja d'oficines", "mes", 300, 1200, "4.5"), ("Productes alimentaris - cistella", "u", 20, 90, "1"),
            ("Llibres i publicacions", "u", 12, 45, "1"), ("Assessorament en assegurances", "h", 80, 160, "9.5"), ("Comissió de gestió financera", "u", 120, 600, "9.5"),
            ("Formació professional - curs", "u", 200, 900, "0"), ("Lloguer d'equip informàtic", "mes", 60, 300, "4.5"), ("Reparació de vehicle", "u", 150, 1200, "4.5"),
            ("Forfet d'esquí temporada", "u", 550, 990, "4.5")]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["cat_factura", "cat_factura_professional", "ad_factura_igi", "cat_factura", "ad_factura_igi", "cat_factura_professional",
                        "cat_factura_rectificativa"])
    credit = layout == "cat_factura_rectificativa"
    andorra = layout == "ad_factura_igi"
    pro = layout == "cat_factura_professional"
    issued = random_date(rng, date(2023, 1, 9), 1000)
    if andorra:
        vendor, customer = ad_company(rng), ad_company(rng)
        buyer_tax = ad_nrt(rng, company=True)
    else:
        vendor = cat_professional(rng) if pro else cat_company(rng)
        customer = cat_company(rng)
        buyer_tax = customer.tax_id
    while customer.name == vendor.name:
        customer = ad_company(rng) if andorra else cat_company(rng)
    customer.tax_id = None
    if pro:
        pool = PRO_ITEMS[vendor.extra["trade"]]
        lines = priced_lines(rng, pool, rng.randrange(1, len(pool) + 1), quantities=(1, 1, 1, 2, 3, 4, 6))
        if any(li.unit == "paraula" for li in lines):
            for li in lines:
                if li.unit == "paraula":
                    li.unit_price = D(pick(rng, ["0.08", "0.09", "0.10", "0.12"]))
                    li.quantity = D(rng.randrange(800, 6000))
                    li.amount = money(li.quantity * li.unit_price)
        for li in lines:
            li.tax_rate = D(21)
    else:
        pool = AD_ITEMS if andorra else CAT_ITEMS
        lines = priced_lines(rng, [p[:4] for p in pool], rng.randrange(1, 4 if credit else 10), quantities=(1, 1, 2, 3, 4, 5, 6, 8, 10, 12, 20))
        rates = {p[0]: D(str(p[4])) for p in pool}
        for li in lines:
            li.tax_rate = rates[li.description]
    bases: dict[Decimal, Decimal] = {}
    for li in lines:
        bases[li.tax_rate] = bases.get(li.tax_rate, D("0.00")) + li.amount
    bases = dict(sorted(bases.items(), reverse=True))
    quotas = {r: money(b * r / 100) for r, b in bases.items()}
    net = sum(bases.values(), D("0.00"))
    tax = sum(quotas.values(), D("0.00"))
    total = net + tax
    irpf_rate = D(pick(rng, [15, 15, 15, 7])) if pro else D(0)
    irpf = money(net * irpf_rate / 100)
    year = issued.year
    if credit:
        number = pick(rng, [f"R-{year}/{rng.randrange(1, 300):04d}", f"FR{year % 100}-{rng.randrange(1, 999):03d}", f"R{year}{rng.randrange(1, 999):04d}"])
    elif pro:
        number = pick(rng, [f"{year}-{rng.randrange(1, 150):03d}", f"{rng.randrange(1, 150)}/{year}", f"F{year % 100}{rng.randrange(1, 150):03d}"])
    else:
        number = pick(rng, [f"{year}/{rng.randrange(1, 9999):04d}", f"A-{year}-{rng.randrange(1, 9999):05d}", f"FV{year % 100}{rng.randrange(1, 99999):05d}",
                            f"{rng.randrange(10000, 99999)}"])
    days = None if credit else pick(rng, [None, 15, 30, 30, 60, 90])
    due = issued + timedelta(days=days) if days and chance(rng, 0.75) else None
    terms = f"{days} dies data factura" if days and chance(rng, 0.6) else None
    cust_code = f"{pick(rng, ['430', 'CL', ''])}{rng.randrange(1000, 99999)}" if not pro and not credit and chance(rng, 0.5) else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="AD" if andorra else "ES", currency="EUR", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=cust_code)
    sign = -1 if credit else 1

    def n(v):
        return amount(v * sign, ".", ",")

    long = chance(rng, 0.45)

    def d(x):
        return ca_long_date(x) if long else fmt_date(x, "dmy_slash")

    theme = Theme.pick(rng, size=(7.5, 9.0))
    notes: dict = {"buyer_tax": buyer_tax}
    if andorra:
        vrows = [f"NRT: {vendor.tax_id}", f"Tel. {vendor.phone}"]
        brows = [f"NRT: {buyer_tax}"]
    elif pro:
        col = {"Arquitecte": "COAC", "Advocada": "ICAB", "Traductor jurat": "Núm. TIJ", "Enginyer tècnic": "CETIB", "Dissenyadora gràfica": "ADG-FAD",
               "Economista": "CEC"}[vendor.extra["trade"]]
        colnum = f"{col} {rng.randrange(1000, 60000)}"
        vrows = [vendor.extra["trade"], f"NIF: {vendor.tax_id}", f"Col·legiat/da núm.: {colnum}", f"Tel. {vendor.phone}"]
        brows = [f"NIF: {buyer_tax}"]
        notes["colnum"] = colnum
    else:
        vrows = [f"NIF: {vendor.tax_id}", f"Tel. {vendor.phone}", vendor.email or ""]
        brows = [f"NIF: {buyer_tax}"]
    meta = [("Núm. de factura:" if not credit else "Núm. de factura rectificativa:", number), ("Data:", d(issued))]
    if cust_code:
        meta.append(("Codi client:", cust_code))
    if not credit and not pro and chance(rng, 0.5):
        alb = f"ALB-{rng.randrange(1000, 99999)}"
        meta.append(("Albarà núm.:", alb))
        notes["albara"] = alb
    if terms:
        meta.append(("Condicions de pagament:", terms))
    if due:
        meta.append(("Data de venciment:", d(due)))
    foot: list[str] = []
    if credit:
        orig = f"{year}/{rng.randrange(1, 9999):04d}"
        orig_date = issued - timedelta(days=rng.randrange(4, 70))
        meta += [("Factura rectificada:", orig), ("Data factura rectificada:", d(orig_date))]
        foot.append(f"Motiu de la rectificació: {pick(rng, ['Devolució de mercaderia', 'Error en el preu facturat', 'Descompte comercial posterior', 'Anul·lació parcial del servei'])}")
        notes["original"] = orig
    iban = iban_for("AD" if andorra else "ES", f"{digits(rng, 8)}{digits(rng, 12)}" if andorra else f"{digits(rng, 20)}")
    foot.append(f"Forma de pagament: transferència bancària a {iban}")
    if not andorra and not pro:
        reg = f"Inscrita al Registre Mercantil de {vendor.address[-1].split(' ', 1)[1]}, Tom {rng.randrange(10000, 48000)}, Foli {rng.randrange(1, 220)}, Full B-{rng.randrange(100000, 560000)}"
        foot.append(reg)
    if pro and irpf_rate == 7:
        foot.append("Retenció del 7% aplicada per inici d'activitat professional (art. 101.5 Llei de l'IRPF).")
    head = ["Concepte", "Quantitat", "Preu unitari", "IGI" if andorra else "IVA", "Import"]

    def rate_text(r: Decimal) -> str:
        return f"{amount(r, '.', ',', 1) if r != r.to_integral_value() else int(r)}%"

    def cells(li):
        return [esc(li.description), amount(li.quantity, ".", ",", 0), n(li.unit_price), rate_text(li.tax_rate), n(li.amount)]

    base_label = "Base de l'IGI" if andorra else "Base imposable"
    tax_name = "IGI" if andorra else "IVA"
    totals = [(base_label, n(net))] + [(f"{'Quota ' if andorra else ''}{tax_name} {rate_text(r)}", n(q)) for r, q in quotas.items()]
    totals.append(("Total factura", f"{n(total)} €"))
    if pro:
        totals += [(f"Retenció IRPF {irpf_rate}%", f"-{amount(irpf, '.', ',')}"), ("Total a percebre", f"{amount(total - irpf, '.', ',')} €")]
        notes["irpf"] = float(irpf)
    title = "FACTURA RECTIFICATIVA" if credit else "FACTURA"
    return invoice(doc, layout, arrangement(rng, meta), theme, *A4, title=title, vendor_rows=vrows, buyer_label="Client", buyer_rows=brows, meta=meta,
                   head=head, fractions=(0.48, 0.1, 0.15, 0.09, 0.18), numeric={1, 2, 3, 4}, cells=cells, totals=totals, foot=foot, notes=notes,
                   footer_text="Pàgina")
