"""What gets sold: line-item catalogues per trade and language, and line/total arithmetic."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from corpus.holdout.money import CENT, money

# (description, unit, low price, high price, fractional quantities allowed)
Item = tuple[str, str, float, float, bool]

CATALOG: dict[str, list[Item]] = {
    "office_en": [
        ("Copy paper A4 80gsm (box of 5 reams)", "box", 18, 42, False),
        ("Toner cartridge HP 26X black", "ea", 95, 210, False),
        ("Ergonomic office chair, mesh back", "ea", 140, 420, False),
        ("Whiteboard markers, assorted (pack of 12)", "pk", 6, 19, False),
        ("Standing desk frame, dual motor", "ea", 260, 640, False),
        ("USB-C docking station", "ea", 85, 260, False),
        ("Archive boxes, heavy duty", "ea", 2, 7, False),
        ("Monitor arm, gas spring", "ea", 45, 130, False),
        ("Label printer tape 12mm", "roll", 9, 26, False),
        ("Laptop 14\" i7 16GB 512GB SSD", "ea", 890, 1850, False),
        ("Shredder bags (pack of 50)", "pk", 12, 35, False),
        ("Desk lamp LED dimmable", "ea", 22, 75, False),
    ],
    "services_en": [
        ("Consulting services - financial systems review", "hrs", 95, 260, True),
        ("On-site technician call-out", "hrs", 65, 140, True),
        ("Project management", "hrs", 80, 190, True),
        ("Website maintenance retainer", "mo", 250, 1400, False),
        ("Bookkeeping services", "hrs", 45, 120, True),
        ("Graphic design - brochure layout", "hrs", 55, 150, True),
        ("Data migration services", "days", 600, 1400, True),
        ("Training workshop (half day)", "ea", 450, 1900, False),
        ("Travel expenses (mileage)", "mi", 0.5, 0.7, False),
        ("Annual fire extinguisher service", "ea", 18, 45, False),
        ("Carpet cleaning, office floor 2", "sqm", 3, 9, False),
        ("Security guard services", "hrs", 22, 38, True),
    ],
    "saas_en": [
        ("Growth plan", "seat", 15, 79, False),
        ("Pro plan (annual)", "seat", 120, 900, False),
        ("Enterprise platform fee", "ea", 1500, 9000, False),
        ("Additional storage 100 GB", "ea", 5, 25, False),
        ("API usage - overage (per 1,000 calls)", "k", 0.4, 2, False),
        ("Premium support add-on", "ea", 99, 499, False),
        ("SMS credits", "ea", 0.02, 0.08, False),
        ("Onboarding package", "ea", 500, 2500, False),
        ("Analytics add-on", "seat", 8, 30, False),
    ],
    "industrial_en": [
        ("Hex bolt M12 x 60 zinc plated (box 100)", "box", 18, 45, False),
        ("Hydraulic hose assembly 1/2\" x 2m", "ea", 38, 95, False),
        ("Bearing 6205-2RS", "ea", 4, 12, False),
        ("Safety gloves, nitrile coated (dozen)", "dz", 14, 36, False),
        ("Steel angle 50x50x5mm, 6m length", "len", 28, 60, False),
        ("Pallet wrap 500mm x 300m", "roll", 11, 24, False),
        ("Cable tray 300mm, galvanised", "m", 9, 22, True),
        ("Welding wire ER70S-6 0.9mm 15kg", "spool", 48, 95, False),
        ("Freight / delivery", "ea", 25, 180, False),
        ("Forklift hire (daily)", "day", 140, 320, False),
    ],
    "construction_en": [
        ("Site establishment and preliminaries", "item", 1800, 9500, False),
        ("Excavation and disposal of spoil", "m3", 28, 65, True),
        ("Concrete 32MPa supply and place", "m3", 185, 290, True),
        ("Reinforcement steel N12 supply & fix", "t", 1900, 2900, True),
        ("Blockwork 190 series, core filled", "m2", 95, 160, True),
        ("Structural steel erection", "t", 3100, 4800, True),
        ("Roof sheeting Colorbond 0.48 BMT", "m2", 42, 78, True),
        ("Electrical rough-in, level 1", "item", 4500, 16000, False),
        ("Plumbing and drainage", "item", 3800, 14000, False),
        ("Scaffold hire, 4 weeks", "item", 2200, 6500, False),
        ("Variation 03 - additional footing", "item", 900, 4200, False),
    ],
    "retail_en": [
        ("Bread Wholemeal 700g", "", 2.5, 4.8, False),
        ("Milk Full Cream 2L", "", 2.9, 4.5, False),
        ("Bananas kg", "kg", 2.9, 4.2, True),
        ("Coffee beans 500g", "", 11, 19, False),
        ("Eggs free range 12pk", "", 5, 8.5, False),
        ("Cheddar block 500g", "", 6, 10, False),
        ("Paper towel 4pk", "", 4, 8, False),
        ("Dish liquid 900ml", "", 2.5, 6, False),
        ("Chicken breast kg", "kg", 9, 15, True),
        ("Sparkling water 1.25L", "", 1.2, 2.5, False),
        ("AA Batteries 10pk", "", 8, 16, False),
        ("Greek yoghurt 1kg", "", 4.5, 7.5, False),
        ("Apples Pink Lady kg", "kg", 3.9, 6.5, True),
        ("Pasta penne 500g", "", 1.2, 2.8, False),
    ],
    "office_de": [
        ("Kopierpapier DIN A4, 80 g/m², 5 x 500 Blatt", "Karton", 18, 38, False),
        ("Tonerkartusche schwarz, Hochleistung", "Stk.", 80, 190, False),
        ("Bürodrehstuhl mit Netzrücken", "Stk.", 150, 420, False),
        ("Montage und Inbetriebnahme", "Std.", 58, 110, True),
        ("Anfahrtspauschale", "pausch.", 35, 90, False),
        ("Schrauben M8 x 40 verzinkt (100 Stk.)", "Pck.", 7, 19, False),
        ("Kabelkanal 60 x 40 mm, 2 m", "Stk.", 6, 15, False),
        ("Wartung Heizungsanlage", "pausch.", 180, 520, False),
        ("Softwarelizenz Jahresabonnement", "Stk.", 240, 1400, False),
        ("Beratungsleistung Projektphase 2", "Std.", 95, 180, True),
        ("Versandkosten", "pausch.", 6, 39, False),
        ("Aktenordner breit, blau", "Stk.", 2, 5, False),
    ],
    "office_fr": [
        ("Ramette papier A4 80 g (carton de 5)", "carton", 18, 40, False),
        ("Cartouche d'encre noire XL", "u", 30, 95, False),
        ("Prestation de conseil - audit comptable", "h", 85, 180, True),
        ("Installation et paramétrage", "h", 60, 120, True),
        ("Maintenance informatique (forfait mensuel)", "forfait", 250, 900, False),
        ("Fauteuil de bureau ergonomique", "u", 150, 450, False),
        ("Frais de déplacement", "forfait", 40, 150, False),
        ("Câble réseau Cat6 20 m", "u", 9, 25, False),
        ("Nettoyage des locaux", "h", 25, 45, True),
        ("Abonnement logiciel de gestion", "mois", 49, 299, False),
        ("Frais de port", "forfait", 8, 35, False),
    ],
    "office_nl": [
        ("Kopieerpapier A4 80 grams (doos 5 pakken)", "doos", 18, 38, False),
        ("Installatiewerkzaamheden", "uur", 55, 98, True),
        ("Onderhoudscontract cv-installatie", "stuk", 120, 380, False),
        ("Bureaustoel ergonomisch", "stuk", 160, 420, False),
        ("Adviesuren projectbegeleiding", "uur", 85, 160, True),
        ("Voorrijkosten", "stuk", 35, 75, False),
        ("Verzendkosten", "stuk", 7, 25, False),
        ("Softwarelicentie (jaar)", "stuk", 200, 1200, False),
        ("Schoonmaakwerkzaamheden kantoor", "uur", 28, 42, True),
        ("Printer toner zwart", "stuk", 60, 160, False),
    ],
    "office_es": [
        ("Papel A4 80 g (caja 5 paquetes)", "caja", 17, 36, False),
        ("Servicio de asesoría fiscal", "h", 50, 120, True),
        ("Mantenimiento equipos informáticos", "mes", 150, 700, False),
        ("Silla de oficina ergonómica", "ud", 120, 390, False),
        ("Instalación y configuración", "h", 40, 90, True),
        ("Portes y embalaje", "ud", 8, 45, False),
        ("Cartucho tóner negro", "ud", 45, 160, False),
        ("Licencia software de gestión (anual)", "ud", 190, 1100, False),
        ("Limpieza de oficinas", "h", 15, 30, True),
        ("Diseño gráfico catálogo", "h", 35, 85, True),
    ],
    "trade_ke": [
        ("Cement 50kg bag (Bamburi)", "bags", 690, 880, False),
        ("Maize seed hybrid 2kg", "pkts", 450, 780, False),
        ("Dairy meal 70kg", "bags", 2600, 3400, False),
        ("Roofing sheet mabati 3m", "pcs", 780, 1250, False),
        ("A4 ream photocopy paper", "reams", 520, 780, False),
        ("Toner cartridge 85A", "pcs", 3800, 7200, False),
        ("Transport charges", "trip", 2500, 15000, False),
        ("Printing of branded T-shirts", "pcs", 450, 950, False),
        ("Laptop servicing & repair", "job", 2500, 9000, False),
        ("Fertiliser DAP 50kg", "bags", 3500, 6800, False),
        ("Office cleaning services - monthly", "month", 12000, 45000, False),
        ("Diesel", "ltrs", 165, 198, True),
    ],
    "trade_in": [
        ("PVC Resin SG-5 (25 kg bag)", "Bag", 2100, 3400, False),
        ("Copper winding wire 1.2 mm", "Kg", 780, 980, True),
        ("Software development services", "Hrs", 1200, 3500, True),
        ("Cotton yarn 40s combed", "Kg", 260, 410, True),
        ("LED panel light 18W", "Nos", 380, 720, False),
        ("Annual maintenance contract - HVAC", "Nos", 18000, 95000, False),
        ("Corrugated boxes 5 ply", "Nos", 18, 55, False),
        ("Transportation charges", "Trip", 2500, 12000, False),
        ("MS round bar 12 mm", "MT", 52000, 61000, True),
        ("Office stationery kit", "Set", 350, 900, False),
    ],
    "office_it": [
        ("Carta per fotocopie A4 80 g/m² (risma)", "pz", 3, 6, False),
        ("Consulenza fiscale e contabile", "ore", 60, 140, True),
        ("Manutenzione impianto di climatizzazione", "n.", 120, 480, False),
        ("Sedia ergonomica da ufficio", "pz", 110, 380, False),
        ("Installazione e configurazione software gestionale", "ore", 45, 95, True),
        ("Canone assistenza tecnica mensile", "mese", 90, 600, False),
        ("Toner nero alta capacità", "pz", 55, 170, False),
        ("Spese di trasporto", "n.", 10, 60, False),
        ("Servizio di pulizia uffici", "ore", 18, 32, True),
        ("Progettazione grafica catalogo", "ore", 40, 90, True),
        ("Licenza software annuale", "pz", 190, 1200, False),
    ],
    "office_pl": [
        ("Papier ksero A4 80 g/m² (ryza)", "szt.", 18, 32, False),
        ("Usługa księgowa - obsługa miesięczna", "usł.", 400, 2200, False),
        ("Serwis klimatyzacji", "usł.", 250, 900, False),
        ("Krzesło biurowe ergonomiczne", "szt.", 390, 1400, False),
        ("Wdrożenie systemu ERP - konsultacje", "godz.", 150, 380, True),
        ("Toner czarny do drukarki laserowej", "szt.", 180, 520, False),
        ("Transport", "usł.", 80, 450, False),
        ("Sprzątanie biura", "godz.", 35, 70, True),
        ("Licencja oprogramowania - 12 miesięcy", "szt.", 600, 4800, False),
        ("Projekt graficzny ulotki", "godz.", 90, 220, True),
        ("Kabel sieciowy Cat6 20 m", "szt.", 25, 70, False),
    ],
    "books_pl": [  # 5 % VAT goods
        ("Podręcznik \"Rachunkowość finansowa\"", "szt.", 60, 140, False),
        ("Książka \"Prawo podatkowe 2024\"", "szt.", 80, 190, False),
    ],
    "food_pl": [  # 8 % VAT services and goods
        ("Usługa cateringowa - przerwa kawowa", "os.", 25, 60, False),
        ("Nocleg ze śniadaniem", "doba", 240, 480, False),
    ],
    "telecom_en": [
        ("Business Fibre 500/500 - monthly", "mo", 89, 249, False),
        ("Mobile line - Unlimited plan", "line", 35, 75, False),
        ("Static IP address", "ea", 10, 25, False),
        ("Hosted PBX seats", "seat", 18, 35, False),
        ("Device instalment - handset", "ea", 25, 60, False),
        ("International roaming pass", "day", 10, 15, False),
    ],
}

CATALOG_BY_LANG = {"en": "office_en", "de": "office_de", "fr": "office_fr", "nl": "office_nl", "es": "office_es"}


@dataclass
class Line:
    """One billed line: quantity x unit price = amount, exactly in cents."""

    description: str
    quantity: Decimal | None
    unit_price: Decimal | None
    amount: Decimal
    unit: str = ""
    code: str = ""
    tax_rate: Decimal | None = None

    def truth(self, sign: int = 1) -> dict:
        return {
            "description": self.description,
            "quantity": None if self.quantity is None else float(self.quantity),
            "unit_price": None if self.unit_price is None else float(self.unit_price * sign),
            "amount": float(self.amount * sign),
        }


def _price(rng: random.Random, low: float, high: float) -> Decimal:
    value = rng.uniform(low, high)
    if high >= 1000:
        return money(round(value, -1))
    if high >= 100 and rng.random() < 0.6:
        return money(round(value))
    return money(value)


def make_lines(rng: random.Random, catalog: str, count: int, *, max_qty: int = 12,
               whole_units: bool = False, codes: bool = False) -> list[Line]:
    """`count` distinct lines from a catalogue; amounts exact to the cent."""
    items = CATALOG[catalog]
    chosen = [items[i % len(items)] for i in rng.sample(range(max(count, len(items))), count)]
    lines: list[Line] = []
    seen: set[str] = set()
    variants = ["type A", "type B", "grade 2", "large", "small", "blue", "grey", "rev. 2", "heavy duty", "bulk",
                "premium", "standard", "XL", "metric", "white", "black", "240V", "outdoor"]
    for desc, unit, low, high, fractional in chosen:
        base, extra = desc, 0
        while desc in seen:  # long orders repeat a product in another variant, as real SKUs do
            desc = f"{base}, {variants[(len(seen) + extra) % len(variants)]}"
            extra += 1
        seen.add(desc)
        price = _price(rng, low, high)
        if fractional and not whole_units and rng.random() < 0.5:
            quantity = Decimal(rng.randrange(1, max_qty * 4)) / 4 if price >= 10 else Decimal(rng.randrange(2, 40)) / 2
        else:
            quantity = Decimal(rng.choice([1, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 50][: max(3, min(14, max_qty))]))
        amount = quantity * price
        if amount != amount.quantize(CENT):
            # Keep quantity x price exact: a price in whole cents times a quarter quantity can
            # leave a fraction of a cent, so nudge the price to a multiple of 4 cents.
            price = (price * 25).quantize(Decimal(1)) / 25
            amount = quantity * price
        amount = amount.quantize(CENT)
        code = f"{rng.choice(['A', 'P', 'SKU', 'ART', ''])}{rng.randrange(1000, 99999)}" if codes else ""
        lines.append(Line(desc, quantity, price.quantize(CENT), amount, unit, code))
    return lines


def line_sum(lines: list[Line]) -> Decimal:
    return sum((line.amount for line in lines), Decimal("0.00"))


def tax_on(amount: Decimal, rate_percent: Decimal | float | int) -> Decimal:
    return money(amount * Decimal(str(rate_percent)) / 100)


def totals_by_rate(lines: list) -> tuple[list[Decimal], dict[Decimal, Decimal], dict[Decimal, Decimal], Decimal, Decimal, Decimal]:
    """Rates (highest first), net base and tax per rate, then net, tax and total of lines with mixed VAT rates."""
    rates = sorted({line.tax_rate for line in lines}, reverse=True)
    bases = {r: sum((line.amount for line in lines if line.tax_rate == r), Decimal("0.00")) for r in rates}
    taxes = {r: tax_on(bases[r], r) for r in rates}
    net = sum(bases.values(), Decimal("0.00"))
    tax = sum(taxes.values(), Decimal("0.00"))
    return rates, bases, taxes, net, tax, net + tax
