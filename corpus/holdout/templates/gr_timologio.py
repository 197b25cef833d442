"""Greek invoice (τιμολόγιο) in Greek, 2023-2025: an ERP sales invoice and a professional's services invoice.

Two prints. `gr_sales`: ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ (or ΤΙΜΟΛΟΓΙΟ - ΔΕΛΤΙΟ ΑΠΟΣΤΟΛΗΣ) from a commercial ERP: the letterhead
in capitals with Επάγγελμα, address, ΑΦΜ, ΔΟΥ, ΓΕΜΗ and phone, a document box Σειρά / Αριθμός / Ημερομηνία and the
combined "Α-1234" beside the title, the customer frame Κωδ. Πελάτη / Επωνυμία / Διεύθυνση / ΑΦΜ / ΔΟΥ /
Επάγγελμα, Τρόπος πληρωμής (Επί πιστώσει, Μετρητά, Κατάθεση σε τράπεζα) and Όροι πληρωμής, Τόπος φόρτωσης /
προορισμού for a delivery note, the item table Κωδικός / Περιγραφή / Μ.Μ. / Ποσότητα / Τιμή μον. / Καθαρή αξία /
ΦΠΑ %, the VAT analysis by rate, Σύνολο καθαρής αξίας / Σύνολο ΦΠΑ / Πληρωτέο, and the myDATA footer: ΜΑΡΚ (15
digits), UID (40 hex), the e-invoicing provider and a QR (decoys). `gr_services`: a self-employed engineer's /
consultant's ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ: the person's name in capitals, services without quantities, Καθαρή
αξία, ΦΠΑ 24%, Συνολική αξία, then "Παρακράτηση φόρου 20%" and "Πληρωτέο ποσό" after it.

ΦΠΑ 24 % (13 % and 6 % on some goods; the islands' reduced 17 / 9 / 4 % are not drawn). Amounts `1.234,56 €`
/ `€ 1.234,56`; dates `15/03/2024`.

Truth: id = series and number in the combined form printed beside the title (`Α-1234`, Greek series letters),
as for the Romanian and Argentine series numbers; vendor = the letterhead (in capitals as printed), tax id =
its ΑΦΜ (nine digits, mod-11 check); ΔΟΥ, ΓΕΜΗ, ΜΑΡΚ, UID, the customer's ΑΦΜ and the delivery places are
decoys; customer id = Κωδ. Πελάτη where printed. Net = Σύνολο καθαρής αξίας / Καθαρή αξία, tax = Σύνολο ΦΠΑ,
total = Πληρωτέο on the sales invoice and Συνολική αξία on the services invoice, where the Πληρωτέο ποσό after
the 20 % withholding is a decoy (as after the Nigerian WHT). Payment terms = Όροι πληρωμής as printed (the
Τρόπος πληρωμής is a means of payment); due date only where printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Col, Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party
from corpus.holdout.fakes_twelfth import GR_PLACES, gr_afm, gr_party
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._eighth import flowing_sheet
from corpus.holdout.templates._twelfth import by_rate, priced_lines

FAMILY = "gr_timologio"
DOCUMENT_TYPE = "invoice"
D = Decimal
GOODS = [("Χαρτί φωτοτυπικό Α4 80gr (κιβώτιο 5 δεσμίδων)", "ΚΙΒ", 18, 32, D(24)), ("Τόνερ εκτυπωτή μαύρο", "ΤΕΜ", 45, 160, D(24)),
         ("Καρέκλα γραφείου εργονομική", "ΤΕΜ", 95, 320, D(24)), ("Καλώδιο NYM 3x2,5", "ΜΕΤ", 1.2, 2.8, D(24)),
         ("Τσιμέντο 25 kg", "ΣΑΚ", 5.5, 9, D(24)), ("Λάδι ελαιόλαδο έξτρα παρθένο 5 lt", "ΤΕΜ", 32, 58, D(13)),
         ("Γάλα φρέσκο 1 lt", "ΤΕΜ", 1.1, 1.8, D(13)), ("Βιβλίο: Λογιστική Εταιρειών", "ΤΕΜ", 18, 45, D(6)),
         ("Φάρμακα - αναλγητικά (συσκευασία)", "ΤΕΜ", 3, 9, D(6)), ("Μεταφορικά έξοδα", "ΥΠΗ", 15, 90, D(24)),
         ("Λαμπτήρας LED 12W", "ΤΕΜ", 2.5, 7, D(24)), ("Παλέτα ξύλινη EUR", "ΤΕΜ", 9, 16, D(24)), ("Μπαταρία κουζίνας", "ΤΕΜ", 45, 140, D(24))]
SERVICES = ["Εκπόνηση στατικής μελέτης", "Επίβλεψη έργου - {m}", "Σύνταξη τεχνικής έκθεσης", "Παροχή συμβουλευτικών υπηρεσιών - {m}",
            "Τοπογραφικό διάγραμμα", "Λογιστική υποστήριξη - {m}", "Μετάφραση εγγράφων", "Ανάπτυξη λογισμικού - φάση {n}"]
MONTHS_GEN = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου",
              "Νοεμβρίου", "Δεκεμβρίου"]
PERSONS = (["ΠΑΠΑΔΟΠΟΥΛΟΣ", "ΓΕΩΡΓΙΟΥ", "ΝΙΚΟΛΑΟΥ", "ΚΩΝΣΤΑΝΤΙΝΙΔΗΣ", "ΙΩΑΝΝΟΥ", "ΔΗΜΗΤΡΙΟΥ", "ΒΛΑΧΟΣ", "ΜΑΚΡΗΣ"],
           ["ΓΕΩΡΓΙΟΣ", "ΙΩΑΝΝΗΣ", "ΔΗΜΗΤΡΙΟΣ", "ΝΙΚΟΛΑΟΣ", "ΚΩΝΣΤΑΝΤΙΝΟΣ", "ΑΝΔΡΕΑΣ", "ΠΑΝΑΓΙΩΤΗΣ"],
           ["Πολιτικός Μηχανικός", "Μηχανολόγος Μηχανικός", "Σύμβουλος Επιχειρήσεων", "Λογιστής - Φοροτεχνικός", "Τοπογράφος Μηχανικός", "Μεταφραστής"])


def _person(rng: random.Random) -> Party:
    surnames, givens, trades = PERSONS
    postcode, city, streets, doy = rng.choice(GR_PLACES)
    party = Party(name=f"{rng.choice(surnames)} {rng.choice(givens)}", address=[f"{rng.choice(streets)} {rng.randrange(1, 200)}", f"{postcode} {city}"],
                  country="GR", tax_id=gr_afm(rng, company=False), phone=f"69{rng.randrange(10**7, 10**8)}")
    party.extra.update(doy=doy, trade=rng.choice(trades))
    party.email = f"{party.name.split()[0].lower()[:3]}@example.gr"
    return party


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["sales", "sales", "services"])
    vendor = gr_party(rng) if layout == "sales" else _person(rng)
    customer = gr_party(rng)
    issued = random_date(rng, date(2023, 1, 3), 890)
    series = pick(rng, ["Α", "Β", "ΤΠ", "ΤΔΑ", "Α1"])
    seq = rng.randrange(1, 9999)
    number = f"{series}-{seq}" if chance(rng, 0.6) else f"{series}-{seq:05d}"
    printed_seq = number.split("-", 1)[1]
    euro = pick(rng, ["post", "pre", "none"])

    def m(value: D) -> str:
        text = fmt_number(value, "de")
        return {"post": f"{text} €", "pre": f"€ {text}", "none": text}[euro]

    def d(x: date) -> str:
        return x.strftime("%d/%m/%Y")

    terms = pick(rng, ["30 ημέρες", "Πίστωση 60 ημερών", "Εξόφληση εντός 30 ημερών", "Άμεση εξόφληση"]) if chance(rng, 0.55) else None
    due = issued + timedelta(days=pick(rng, [30, 60])) if chance(rng, 0.35) else None
    customer_id = f"{pick(rng, ['30.', 'Π', '', 'ΠΕΛ-'])}{rng.randrange(100, 99999)}" if chance(rng, 0.5) else None
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.5, 8.5), table=pick(rng, ["grid", "rules", "header_fill", "zebra"]))
    css = theme.css(".frame{border:0.8pt solid #555;padding:4pt 6pt} .lbl{font-size:6.5pt;color:#666}")
    width, height = A4
    mark = f"4000{rng.randrange(10**10, 10**11)}"
    uid = "".join(rng.choice("0123456789ABCDEF") for _ in range(40))
    mydata = (f"<p class='tiny muted' style='margin-top:8pt'>ΜΑΡΚ: {mark} &#160; UID: {uid}<br/>Πάροχος ηλεκτρονικής τιμολόγησης: "
              f"{pick(rng, ['e-Timologio ΠΑΡΟΧΟΣ Α.Ε.', 'Epsilon Digital', 'SoftOne Impact', 'Entersoft e-invoicing'])} - "
              f"Η έκδοση του παρόντος έγινε μέσω πιστοποιημένου παρόχου.</p>")
    letterhead = (f"<p class='b' style='font-size:13pt'>{esc(vendor.name)}</p><p class='small'>{esc(vendor.extra['trade'])}<br/>{lines_html(vendor.address)}<br/>"
                  f"ΑΦΜ: {vendor.tax_id} &#160; ΔΟΥ: {vendor.extra['doy']}" + (f"<br/>ΓΕΜΗ: {vendor.extra['gemi']}" if "gemi" in vendor.extra and chance(rng, 0.7) else "")
                  + f"<br/>Τηλ.: {vendor.phone}</p>")
    customer_rows = []
    if customer_id:
        customer_rows.append(("Κωδ. Πελάτη", customer_id))
    customer_rows += [("Επωνυμία", f"<b>{esc(customer.name)}</b>"), ("Διεύθυνση", esc(", ".join(customer.address))), ("ΑΦΜ", customer.tax_id),
                      ("ΔΟΥ", customer.extra["doy"]), ("Επάγγελμα", esc(customer.extra["trade"]))]
    customer_html = "<p>" + "<br/>".join(f"<span class='lbl'>{k}:</span> {v}" for k, v in customer_rows) + "</p>"
    pay_rows = [("Τρόπος πληρωμής", pick(rng, ["Επί πιστώσει", "Κατάθεση σε τράπεζα", "Μετρητά", "Επί πιστώσει"]))]
    if terms:
        pay_rows.append(("Όροι πληρωμής", terms))
    if due:
        pay_rows.append(("Ημ/νία λήξης", d(due)))

    if layout == "sales":
        delivery = chance(rng, 0.4)
        title = "ΤΙΜΟΛΟΓΙΟ - ΔΕΛΤΙΟ ΑΠΟΣΤΟΛΗΣ" if delivery else "ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ"
        count = rng.randrange(2, 7) if chance(rng, 0.8) else rng.randrange(9, 13)
        lines = priced_lines(rng, GOODS, count, qty=(1, 2, 3, 5, 10, 12, 20, 50), codes=pick(rng, ["", "ΕΙΔ-", "0"]))
        rates, bases, taxes, net, tax = by_rate(lines)
        total = net + tax
        doc = Doc(document_type=DOCUMENT_TYPE, locale="GR", currency="EUR", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
                  total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=customer_id)
        docbox = (f"<table class='kv'><tr><td class='lbl'>Σειρά</td><td class='b'>{series}</td></tr><tr><td class='lbl'>Αριθμός</td><td class='b'>{printed_seq}</td></tr>"
                  f"<tr><td class='lbl'>Ημερομηνία</td><td>{d(issued)}</td></tr>"
                  + (f"<tr><td class='lbl'>Ώρα</td><td>{rng.randrange(8, 19):02d}:{rng.randrange(60):02d}</td></tr>" if chance(rng, 0.5) else "") + "</table>")
        extra = ""
        if delivery:
            extra = (f"<p class='small' style='margin-top:4pt'>Σκοπός διακίνησης: Πώληση &#160; Τόπος φόρτωσης: Έδρα μας &#160; "
                     f"Τόπος προορισμού: {esc(customer.address[-1])}</p>")
        head = (f"<table style='width:100%'><tr><td style='width:58%'>{letterhead}</td><td style='width:42%' class='frame'>"
                f"<p class='b c' style='font-size:11pt'>{title}</p><p class='c'>Αρ. <b>{esc(number)}</b></p>{docbox}</td></tr></table>"
                f"<table style='width:100%;margin-top:6pt'><tr><td style='width:62%' class='frame'><p class='lbl'>ΣΤΟΙΧΕΙΑ ΠΕΛΑΤΗ</p>{customer_html}</td>"
                f"<td style='width:2%'></td><td style='width:36%' class='frame'><p>"
                + "<br/>".join(f"<span class='lbl'>{k}:</span> {v}" for k, v in pay_rows) + "</p></td></tr></table>" + extra)
        cols = [Col("Κωδικός", width="48pt"), Col("Περιγραφή"), Col("Μ.Μ.", "center", "32pt"), Col("Ποσότητα", "right", "44pt"),
                Col("Τιμή μον.", "right", "54pt"), Col("Καθαρή αξία", "right", "62pt"), Col("ΦΠΑ %", "center", "36pt")]
        rows = [[li.code, esc(li.description), li.unit, fmt_number(li.quantity, decimals=0), fmt_number(li.unit_price, "de"), fmt_number(li.amount, "de"),
                 f"{li.tax_rate}%"] for li in lines]
        analysis = "".join(f"<tr><td>{r}%</td><td class='r'>{fmt_number(bases[r], 'de')}</td><td class='r'>{fmt_number(taxes[r], 'de')}</td></tr>" for r in rates)
        tail = (f"<table style='width:100%;margin-top:6pt'><tr><td style='width:46%'><table class='items'><tr><th>ΦΠΑ</th><th style='text-align:right'>Καθαρή αξία</th>"
                f"<th style='text-align:right'>Αξία ΦΠΑ</th></tr>{analysis}</table></td><td style='width:6%'></td><td style='width:48%'><table style='width:100%'>"
                f"<tr><td>Σύνολο καθαρής αξίας</td><td class='r'>{m(net)}</td></tr><tr><td>Σύνολο ΦΠΑ</td><td class='r'>{m(tax)}</td></tr>"
                f"<tr class='grand'><td>Πληρωτέο</td><td class='r'>{m(total)}</td></tr></table></td></tr></table>"
                + (f"<p class='small'>Παρατηρήσεις: {pick(rng, ['Ευχαριστούμε για την προτίμηση.', 'IBAN: GR' + str(rng.randrange(10**15, 10**16)) + str(rng.randrange(10**9, 10**10))])}</p>" if chance(rng, 0.6) else "")
                + mydata)
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra", margin=(34, 32, 34, 30),
                              continued=lambda i: f"<p class='b'>{title} {esc(number)} - συνέχεια</p>", more="συνεχίζεται")
        template = "gr_sales"
    else:
        month = f"{MONTHS_GEN[issued.month - 1]} {issued.year}"
        lines = [Line(text.format(m=month, n=rng.randrange(2, 5)), None, None, money(round(rng.uniform(300, 6500), -1)))
                 for text in rng.sample(SERVICES, rng.randrange(1, 4))]
        net = sum((li.amount for li in lines), D("0.00"))
        tax = money(net * 24 / 100)
        total = net + tax
        withheld = money(net * 20 / 100)
        doc = Doc(document_type=DOCUMENT_TYPE, locale="GR", currency="EUR", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
                  total=total, net=net, tax=tax, lines=lines, due_date=due, payment_terms=terms, customer_id=customer_id)
        head = (f"<table style='width:100%'><tr><td style='width:58%'>{letterhead}</td><td style='width:42%' class='r'>"
                f"<p class='b' style='font-size:11pt'>ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ</p><p>Αρ. <b>{esc(number)}</b></p><p>Ημερομηνία: {d(issued)}</p></td></tr></table>"
                f"<div class='frame' style='margin-top:6pt'>{customer_html}</div>"
                "<table class='kv' style='margin-top:4pt'>" + "".join(f"<tr><td class='lbl'>{k}</td><td>{v}</td></tr>" for k, v in pay_rows) + "</table>")
        cols = [Col("Α/Α", "center", "28pt"), Col("Περιγραφή υπηρεσίας"), Col("Αξία", "right", "80pt")]
        rows = [[str(i), esc(li.description), fmt_number(li.amount, "de")] for i, li in enumerate(lines, 1)]
        tail = ("<table style='width:100%;margin-top:6pt'>"
                f"<tr><td style='width:50%'></td><td style='width:32%'>Καθαρή αξία</td><td class='r' style='width:18%'>{m(net)}</td></tr>"
                f"<tr><td></td><td>ΦΠΑ 24%</td><td class='r'>{m(tax)}</td></tr>"
                f"<tr class='grand'><td></td><td>Συνολική αξία</td><td class='r'>{m(total)}</td></tr>"
                f"<tr><td></td><td>Παρακράτηση φόρου 20%</td><td class='r'>-{m(withheld)}</td></tr>"
                f"<tr><td></td><td class='b'>Πληρωτέο ποσό</td><td class='r b'>{m(total - withheld)}</td></tr></table>" + mydata)
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=False, continued=lambda i: "")
        template = "gr_services"
    if len(sheet.pages) == 1 and chance(rng, 0.6):
        sheet.pages[0].append(Box((width - 96, height - 100, width - 40, height - 44), kind="qr", payload=f"{mark}{uid}"))
    return Built(doc=doc, sheet=sheet, template=template, png_scan_ok=len(sheet.pages) == 1, notes={"mark": mark, "series": series})
