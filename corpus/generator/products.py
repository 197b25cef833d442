"""Line-item catalogues: (description, base price in USD, fractional quantities allowed)."""

from __future__ import annotations

# Conversion from the USD base price to each currency, roughly.
FX = {"KES": 130, "UGX": 3800, "TZS": 2600, "USD": 1, "GBP": 0.8, "EUR": 0.92, "INR": 83, "MYR": 4.7}

EN_CATS = {
    "office": [("A4 Copy Paper 80gsm (Box of 5 reams)", 25, False), ("Toner Cartridge HP 85A", 65, False),
               ("Ballpoint Pens Blue (Pack of 50)", 8, False), ("Stapler Heavy Duty", 15, False),
               ("Box Files", 3, False), ("Whiteboard Markers (Set of 4)", 5, False), ("Lever Arch File A4", 3, False),
               ("Printer Ink Black 664", 12, False), ("Envelopes DL White (Box of 500)", 18, False),
               ("Office Chair Ergonomic Mesh", 140, False), ("Sticky Notes 76x76mm (12 pads)", 6, False),
               ("Desk Organiser Mesh", 11, False), ("Paper Shredder Cross-Cut 12 Sheet", 120, False)],
    "it": [("Laptop Dell Latitude 5440 i5/16GB/512GB SSD", 950, False), ('27" LED Monitor', 210, False),
           ("Wireless Keyboard & Mouse Combo", 35, False), ("Network Switch 24-port Gigabit", 180, False),
           ("Cat6 Patch Cable 3m", 4, False), ("UPS 1500VA Line Interactive", 220, False),
           ("Microsoft 365 Business Standard - annual licence", 150, False), ("External HDD 2TB USB 3.0", 80, False),
           ("IT Support - Monthly Retainer ({period})", 800, False), ("Website hosting and SSL certificate - 12 months", 240, False),
           ("Installation labour (hours)", 45, True), ("Wi-Fi Access Point Ceiling Mount", 140, False)],
    "services": [("Consulting services (hours)", 95, True), ("Delivery charges", 25, False),
                 ("Annual maintenance contract for air-conditioning units, Block B ({period})", 1200, False),
                 ("Security guard services - {period}", 1500, False), ("Office cleaning services - {period}", 600, False),
                 ("Graphic design - company profile brochure layout (8 pages, 2 revisions)", 400, False),
                 ("Training workshop - Excel for finance teams (2 days, up to 15 participants)", 900, False),
                 ("Catering - staff lunch (per head)", 9, False), ("Generator hire - 60kVA (per day)", 150, False),
                 ("Pest control - quarterly treatment", 180, False), ("Printing of annual report (A4, 40 pages, 200 copies)", 900, False)],
    "construction": [("Cement 50kg bag", 9, False), ("Steel rebar Y12 x 12m", 14, False),
                     ("Roofing sheets gauge 30 (3m)", 12, False), ("PVC pipe 4 inch x 6m", 11, False),
                     ("Emulsion paint 20L white", 55, False), ("Wheelbarrow heavy duty", 60, False),
                     ("River sand (tonnes)", 20, True), ("Ballast 3/4 inch (tonnes)", 25, True),
                     ("Timber 2x4 (per ft)", 0.6, False), ("Binding wire 25kg roll", 30, False),
                     ("Nails 4 inch (kg)", 2, True), ("Ceramic floor tiles 60x60 (sq m)", 14, True)],
    "food": [("Maize flour 2kg (bale of 12)", 18, False), ("Cooking oil 5L", 9, False), ("Sugar 1kg (bale of 20)", 24, False),
             ("Rice basmati 5kg", 8, False), ("Bottled water 500ml (case of 24)", 6, False),
             ("UHT milk 1L (carton of 12)", 14, False), ("Tea leaves 500g", 3, False), ("Coffee beans 1kg", 18, True),
             ("Wheat flour 2kg (bale of 12)", 17, False), ("Soda 300ml (crate of 24)", 7, False),
             ("Beef (kg)", 6, True), ("Tomato sauce 400g (case of 12)", 11, False)],
    "pharma": [("Paracetamol 500mg tablets (box of 100)", 4, False), ("Surgical gloves (box of 100)", 7, False),
               ("Face masks 3-ply (box of 50)", 5, False), ("Hand sanitiser 5L", 22, False),
               ("Amoxicillin 500mg capsules (box of 100)", 9, False), ("Cotton wool 500g", 4, False),
               ("Disposable syringes 5ml (box of 100)", 8, False), ("Digital thermometer", 6, False)],
    "packaging": [("Corrugated cartons 40x30x30cm (bundle of 25)", 28, False), ("Stretch film 500mm x 300m", 16, False),
                  ("Wooden pallets 1200x1000", 15, False), ("Packing tape 48mm (6 rolls)", 6, False),
                  ("Bubble wrap 1m x 100m", 30, False), ("Polythene bags 50x75cm (pack of 100)", 9, False),
                  ("Strapping band 12mm x 1000m", 25, False)],
    "logistics": [("Freight charges - 20ft container", 1100, False), ("Diesel (litres)", 1.3, True),
                  ("Vehicle service - Toyota Hilux KDH (parts and labour)", 320, False), ("Warehousing (pallet/week)", 6, False),
                  ("Clearing and forwarding fees", 250, False), ("Truck hire 10 tonne (per day)", 280, False),
                  ("Loading and offloading", 60, False), ("Fuel surcharge", 45, False)],
}
EN = [it for items in EN_CATS.values() for it in items]

# vendor-name keywords -> catalogue categories (English catalogue only)
CATEGORY_KEYWORDS = {
    "office": ["Office", "Stationer", "Print", "Supplies"], "it": ["Technolog", "Software", "Infotech", "Electric",
                                                                   "Analytics"],
    "services": ["Services", "Consult", "Facilities", "Agencies", "Security", "Cleaning", "Engineering"],
    "construction": ["Hardware", "Builder", "Cement", "Steel", "Building", "Engineering", "Industrial"],
    "food": ["Foods", "Dair", "Brewer", "Beverage", "Miller", "Oil Mills", "Distribut", "Traders", "Trading", "Mart"],
    "pharma": ["Pharma", "Medical"], "packaging": ["Packaging", "Polymers", "Textiles"],
    "logistics": ["Logistics", "Motors", "Water"],
}


def categories_for(vendor_name: str) -> list[str]:
    cats = [c for c, kws in CATEGORY_KEYWORDS.items() if any(k in vendor_name for k in kws)]
    return cats


SW = [
    ("Unga wa mahindi 2kg (bale ya 12)", 18, False), ("Sukari 1kg (bale ya 20)", 24, False),
    ("Mafuta ya kupikia lita 5", 9, False), ("Mchele 5kg", 8, False), ("Maji ya kunywa 500ml (boksi 24)", 6, False),
    ("Majani ya chai 500g", 3, False), ("Saruji mfuko 50kg", 9, False), ("Mabati gauge 30 (mita 3)", 12, False),
    ("Rangi nyeupe lita 20", 55, False), ("Usafirishaji wa mizigo", 25, False),
    ("Huduma ya ulinzi - {period}", 1500, False), ("Karatasi A4 (boksi la rimu 5)", 25, False),
]

DE = [
    ("Kopierpapier A4 80 g/m² (Karton à 5 Pakete)", 25, False), ("Tonerkartusche schwarz", 65, False),
    ("Kugelschreiber blau (50 Stück)", 8, False), ("Bürostuhl ergonomisch", 140, False),
    ("Notebook 14 Zoll i5/16 GB/512 GB", 950, False), ("Monitor 27 Zoll", 210, False),
    ("IT-Support Pauschale ({period})", 800, False), ("Beratungsleistung (Stunden)", 95, True),
    ("Montagearbeiten (Stunden)", 45, True), ("Versandkosten", 12, False),
    ("Wartungsvertrag Klimaanlage, Gebäude B ({period})", 1200, False),
    ("Gebäudereinigung {period}", 600, False), ("Webhosting inkl. SSL-Zertifikat (12 Monate)", 240, False),
    ("Schulung Excel für Controller (2 Tage, bis 15 Teilnehmer)", 900, False),
    ("Europaletten 1200x800", 15, False), ("Wellpappkartons 40x30x30 cm (25 Stück)", 28, False),
    ("Kaffeebohnen 1 kg", 18, True), ("Mineralwasser 0,5 l (Kiste à 24)", 6, False),
]

FR = [
    ("Ramette papier A4 80 g (carton de 5)", 25, False), ("Cartouche de toner noir", 65, False),
    ("Stylos bille bleus (lot de 50)", 8, False), ("Fauteuil de bureau ergonomique", 140, False),
    ("Ordinateur portable 14 pouces i5/16 Go/512 Go", 950, False), ("Écran 27 pouces", 210, False),
    ("Forfait maintenance informatique ({period})", 800, False), ("Prestation de conseil (heures)", 95, True),
    ("Main d'œuvre installation (heures)", 45, True), ("Frais de port", 12, False),
    ("Contrat d'entretien climatisation, bâtiment B ({period})", 1200, False),
    ("Nettoyage des locaux - {period}", 600, False), ("Hébergement site web et certificat SSL (12 mois)", 240, False),
    ("Formation Excel pour services financiers (2 jours, 15 participants max.)", 900, False),
    ("Palettes bois 1200x800", 15, False), ("Cartons ondulés 40x30x30 cm (lot de 25)", 28, False),
    ("Café en grains 1 kg", 18, True), ("Eau minérale 50 cl (pack de 24)", 6, False),
]

NL = [
    ("Kopieerpapier A4 80 g (doos 5 pakken)", 25, False), ("Tonercartridge zwart", 65, False),
    ("Balpennen blauw (50 stuks)", 8, False), ("Bureaustoel ergonomisch", 140, False),
    ("Laptop 14 inch i5/16 GB/512 GB", 950, False), ("Monitor 27 inch", 210, False),
    ("IT-ondersteuning maandabonnement ({period})", 800, False), ("Advieswerkzaamheden (uren)", 95, True),
    ("Installatiewerkzaamheden (uren)", 45, True), ("Verzendkosten", 12, False),
    ("Onderhoudscontract airconditioning, gebouw B ({period})", 1200, False),
    ("Schoonmaakdiensten {period}", 600, False), ("Webhosting en SSL-certificaat (12 maanden)", 240, False),
    ("Training Excel voor financiële afdelingen (2 dagen, max. 15 deelnemers)", 900, False),
    ("Europallets 1200x800", 15, False), ("Kartonnen dozen 40x30x30 cm (25 stuks)", 28, False),
    ("Koffiebonen 1 kg", 18, True), ("Bronwater 0,5 l (tray 24)", 6, False),
]

ES = [
    ("Papel A4 80 g (caja de 5 paquetes)", 25, False), ("Cartucho de tóner negro", 65, False),
    ("Bolígrafos azules (pack de 50)", 8, False), ("Silla de oficina ergonómica", 140, False),
    ("Portátil 14 pulgadas i5/16 GB/512 GB", 950, False), ("Monitor 27 pulgadas", 210, False),
    ("Soporte informático cuota mensual ({period})", 800, False), ("Servicios de consultoría (horas)", 95, True),
    ("Mano de obra instalación (horas)", 45, True), ("Portes", 12, False),
    ("Contrato de mantenimiento de climatización, edificio B ({period})", 1200, False),
    ("Servicio de limpieza - {period}", 600, False), ("Alojamiento web y certificado SSL (12 meses)", 240, False),
    ("Formación Excel para departamentos financieros (2 días, máx. 15 asistentes)", 900, False),
    ("Palés de madera 1200x800", 15, False), ("Cajas de cartón 40x30x30 cm (lote de 25)", 28, False),
    ("Café en grano 1 kg", 18, True), ("Agua mineral 50 cl (pack de 24)", 6, False),
]

CATALOGUES = {"en": EN, "sw": SW + EN[:20], "de": DE, "fr": FR, "nl": NL, "es": ES}

RETAIL = {
    "en": [("SUGAR 1KG", 1.2), ("MILK 500ML", 0.5), ("BREAD WHITE 400G", 0.5), ("MAIZE FLOUR 2KG", 1.5),
           ("COOKING OIL 1L", 2.2), ("EGGS TRAY 30", 3.5), ("RICE 2KG", 2.4), ("TEA LEAVES 250G", 1.6),
           ("SOAP BAR 175G", 0.6), ("TOOTHPASTE 100ML", 1.1), ("WATER 1.5L", 0.6), ("SODA 500ML", 0.5),
           ("TISSUE 10PK", 3.0), ("BANANAS KG", 0.9), ("TOMATOES KG", 1.0), ("ONIONS KG", 0.8),
           ("COFFEE 200G", 3.9), ("BISCUITS 200G", 0.9), ("DETERGENT 1KG", 2.5), ("CHICKEN WHOLE", 5.5),
           ("CAPPUCCINO", 2.5), ("CHICKEN WRAP", 4.0), ("PARACETAMOL 2X10", 0.8), ("BATTERIES AA 4PK", 2.8)],
    "sw": [("SUKARI 1KG", 1.2), ("MAZIWA 500ML", 0.5), ("MKATE 400G", 0.5), ("UNGA 2KG", 1.5),
           ("MAFUTA 1L", 2.2), ("MAYAI TRAY 30", 3.5), ("MCHELE 2KG", 2.4), ("CHAI 250G", 1.6), ("SABUNI", 0.6),
           ("MAJI 1.5L", 0.6), ("NYANYA KG", 1.0), ("VITUNGUU KG", 0.8)],
    "de": [("Vollmilch 1L", 1.1), ("Brötchen", 0.4), ("Butter 250g", 2.2), ("Kaffee 500g", 6.5),
           ("Äpfel 1kg", 2.5), ("Mineralwasser 1,5L", 0.6), ("Käse Gouda", 3.2), ("Nudeln 500g", 1.3),
           ("Cappuccino", 3.2), ("Croissant", 1.4)],
    "fr": [("Baguette", 1.1), ("Croissant", 1.2), ("Lait demi-écrémé 1L", 1.1), ("Café moulu 250g", 3.5),
           ("Pommes 1kg", 2.5), ("Eau minérale 1,5L", 0.6), ("Fromage comté", 4.5), ("Pâtes 500g", 1.3),
           ("Café crème", 2.8)],
    "nl": [("Halfvolle melk 1L", 1.1), ("Bruin brood", 2.2), ("Kaas jong belegen", 4.5), ("Koffie 500g", 6.5),
           ("Appels 1kg", 2.5), ("Spa blauw 1,5L", 0.9), ("Stroopwafels", 2.0), ("Cappuccino", 3.2)],
    "es": [("Leche entera 1L", 1.0), ("Pan de barra", 0.9), ("Aceite de oliva 1L", 7.5), ("Café molido 250g", 3.2),
           ("Manzanas 1kg", 2.2), ("Agua mineral 1,5L", 0.6), ("Queso manchego", 6.0), ("Café con leche", 1.8),
           ("Tostada", 2.0)],
}

CREDIT_REASONS = {
    "en": ["Goods returned - damaged in transit", "Price adjustment as agreed", "Overcharge on invoice",
           "Short delivery", "Returned items - wrong specification", "Volume rebate"],
    "sw": ["Bidhaa zilizorudishwa", "Marekebisho ya bei"],
    "de": ["Warenrücksendung", "Preiskorrektur", "Mengenabweichung", "Reklamation"],
    "fr": ["Retour marchandise", "Remise commerciale", "Erreur de facturation", "Marchandise endommagée"],
    "nl": ["Retourzending", "Prijscorrectie", "Beschadigde goederen"],
    "es": ["Devolución de mercancía", "Error en precio", "Descuento comercial", "Mercancía dañada"],
}

PERIOD_WORDS = {"en": "{B} {Y}", "sw": "{B} {Y}", "de": "{B} {Y}", "fr": "{B} {Y}", "nl": "{B} {Y}",
                "es": "{B} {Y}"}
