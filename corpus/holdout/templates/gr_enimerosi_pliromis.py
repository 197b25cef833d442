"""Greek payment advices: what a Greek company, a public body or the payer's bank sends the supplier once a transfer has gone, in
Greek, EUR, 2023-2025 (invented companies, public bodies and banks).

Three prints. `gr_enimerosi_pliromis` (a company's ΕΝΗΜΕΡΩΣΗ ΠΛΗΡΩΜΗΣ / ΕΙΔΟΠΟΙΗΣΗ ΠΛΗΡΩΜΗΣ: the payer's letterhead with ΑΦΜ,
ΔΟΥ and ΓΕΜΗ (decoys), "Αθήνα, 15 Μαρτίου 2024" or 15/03/2024, "Προς:" the supplier with its address and, on some, its ΑΦΜ (=
the vendor's tax id), Αρ. πληρωμής (= reference), Ημερομηνία πληρωμής, Κωδ. προμηθευτή (= vendor id), the supplier's IBAN; a
table Παραστατικό / Ημ/νία / ΜΑΡΚ (the myDATA registration number, decoy) / Αξία / Παρακράτηση φόρου (20 % of a freelancer's
fees, 3 % of a contractor's) / Πληρωτέο, credit invoices (ΠΙΣΤΩΤΙΚΟ) negative; Σύνολο πληρωμής; over pages on long runs),
`gr_apodeiktiko_trapezas` (the payer's bank's ΑΠΟΔΕΙΚΤΙΚΟ ΣΥΝΑΛΛΑΓΗΣ for a SEPA transfer: Εντολέας and the debited IBAN,
Δικαιούχος with its IBAN and bank, Ποσό, Έξοδα and Συνολικό ποσό χρέωσης (decoys), Ημερομηνία καταχώρησης (= document date),
Ημερομηνία εκτέλεσης (= payment date), Αιτιολογία naming the invoices, Αριθμός αναφοράς (= reference), Κωδικός συναλλαγής
(decoy); the bank no party), `gr_entalma_pliromis` (a municipality's, hospital's or university's ΧΡΗΜΑΤΙΚΟ ΕΝΤΑΛΜΑ ΠΛΗΡΩΜΗΣ:
Αριθμός εντάλματος (= reference), Οικονομικό έτος, Κ.Α. εξόδου, ΑΔΑ and the commitment decision (decoys), Δικαιούχος with
ΑΦΜ (= the vendor's tax id), ΔΟΥ, address and IBAN; per invoice the net, the VAT, the total, the κρατήσεις (ΕΑΑΔΗΣΥ 0,07 %,
ΑΕΠΠ 0,06 % with their 3,6 % stamp duty) and the income tax withheld (4 % on goods, 8 % on services) and the Καθαρό πληρωτέο;
Ημερομηνία έκδοσης (= document date) and Ημερομηνία πληρωμής).

Truth: a `remittance_advice`; vendor = the supplier paid (its address where printed; its ΑΦΜ as tax id only where printed);
customer = the payer / the public body (its ΑΦΜ and ΔΟΥ decoys); ids = the supplier's invoice numbers as printed (Greek series
letters); allocations = the amounts paid (after the withholdings and κρατήσεις; credit invoices negative); total = payment
amount = Σύνολο πληρωμής / Ποσό / Καθαρό πληρωτέο; reference, payment date and document date as printed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import Party
from corpus.holdout.fakes_twelfth import gr_afm, gr_party
from corpus.holdout.fakes_twentyfifth import (
    GR_BANKS,
    GR_PUBLIC,
    digits,
    gr_iban,
    gr_invoice_number,
    gr_long_date,
    gr_mark,
)
from corpus.holdout.money import fmt_date, money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import pts, rows_html, single_page
from corpus.holdout.templates._twentieth import amount
from corpus.holdout.templates._twentyfifth import kv_left
from corpus.holdout.templates._twentyfirst import build_paged
from corpus.holdout.templates._twentysecond import party_block

FAMILY = "gr_enimerosi_pliromis"
D = Decimal
# (first name, surname, profession)
PROFESSIONALS = [("ΓΕΩΡΓΙΟΣ", "ΠΑΠΑΔΟΠΟΥΛΟΣ", "Πολιτικός Μηχανικός"), ("ΜΑΡΙΑ", "ΟΙΚΟΝΟΜΟΥ", "Δικηγόρος"), ("ΔΗΜΗΤΡΙΟΣ", "ΚΑΡΑΓΙΑΝΝΗΣ", "Λογιστής - Φοροτεχνικός"),
                 ("ΕΛΕΝΗ", "ΒΑΣΙΛΕΙΟΥ", "Αρχιτέκτων Μηχανικός"), ("ΝΙΚΟΛΑΟΣ", "ΓΕΩΡΓΙΟΥ", "Σύμβουλος Επιχειρήσεων"), ("ΣΟΦΙΑ", "ΔΗΜΗΤΡΙΟΥ", "Μεταφράστρια"),
                 ("ΚΩΝΣΤΑΝΤΙΝΟΣ", "ΠΑΠΑΝΙΚΟΛΑΟΥ", "Μηχανολόγος Μηχανικός")]
FEES = [("Ε.Α.Α.ΔΗ.ΣΥ. 0,07%", D("0.0007")), ("Α.Ε.Π.Π. 0,06%", D("0.0006"))]


def _rows(rng: random.Random, count: int, paid_on: date, kind: str) -> list[dict]:
    """kind: goods, services (a company), freelancer (20 % withheld), contractor (3 % withheld)."""
    rows, used = [], set()
    while len(rows) < count:
        issued = paid_on - timedelta(days=rng.randrange(10, 120))
        credit = count > 2 and bool(rows) and chance(rng, 0.1)
        inv = gr_invoice_number(rng, kind != "goods")
        if credit:
            inv = pick(rng, [f"ΠΤ-Α {rng.randrange(1, 900)}", f"ΠΙΣ {rng.randrange(1, 400)}", f"ΠΤΕ {rng.randrange(1, 900)}"])
        if inv in used:
            continue
        used.add(inv)
        net = money(rng.uniform(120, 24000) if not credit else rng.uniform(20, 600))
        rate = D(pick(rng, [24, 24, 24, 13])) if kind == "goods" else D(24)
        vat = money(net * rate / 100)
        gross = net + vat
        pct = {"freelancer": D("0.20"), "contractor": D("0.03")}.get(kind, D("0"))
        withheld = money(net * pct) if not credit else D("0.00")
        if credit:
            gross, net, vat = -gross, -net, -vat
        rows.append({"inv": inv, "date": issued, "mark": gr_mark(rng), "net": net, "vat": vat, "gross": gross, "wht": withheld, "paid": gross - withheld,
                     "credit": credit})
    if sum((r["paid"] for r in rows), D("0.00")) <= 0:
        rows[0]["gross"] += money(3000)
        rows[0]["paid"] += money(3000)
    return rows


def _supplier(rng: random.Random, kind: str) -> Party:
    party = gr_party(rng)
    if kind == "freelancer":
        first, last, job = pick(rng, PROFESSIONALS)
        party.name = f"{last} {first}" if chance(rng, 0.5) else f"{first} {last}"
        party.extra["trade"] = job
        party.tax_id = gr_afm(rng, company=False)
    return party


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["gr_enimerosi_pliromis", "gr_enimerosi_pliromis", "gr_apodeiktiko_trapezas", "gr_entalma_pliromis"])
    paid_on = random_date(rng, date(2023, 1, 16), 1000)
    while paid_on.weekday() > 4:
        paid_on += timedelta(days=1)
    theme = Theme.pick(rng, size=(7.5, 9.0))
    cur_first = chance(rng, 0.3)

    def n(v):
        return amount(v, ".", ",")

    def eur(v):
        return f"€ {n(v)}" if cur_first else f"{n(v)} €"

    if layout == "gr_entalma_pliromis":
        return _entalma(rng, layout, paid_on, theme, n, eur)
    kind = pick(rng, ["goods", "goods", "services", "freelancer", "contractor"]) if layout == "gr_enimerosi_pliromis" else pick(rng, ["goods", "services"])
    payer, supplier = gr_party(rng), _supplier(rng, kind)
    while supplier.name == payer.name:
        supplier = _supplier(rng, kind)
    bank, code, bic = pick(rng, GR_BANKS)
    sup_bank, sup_code, _ = pick(rng, GR_BANKS)
    sup_iban, payer_iban = gr_iban(rng, sup_code), gr_iban(rng, code)
    payer_afm, supplier_afm = payer.tax_id, supplier.tax_id
    payer.tax_id = None
    notes: dict = {"payer_afm": payer_afm, "doy": payer.extra["doy"], "gemi": payer.extra["gemi"]}
    if layout == "gr_apodeiktiko_trapezas":
        return _bank(rng, layout, payer, supplier, paid_on, bank, bic, sup_bank, sup_iban, payer_iban, theme, notes, n, eur, kind)
    count = pick(rng, [1, 2, 3, 4, 5, 7, 10, 15, 24, 36]) if kind != "freelancer" else pick(rng, [1, 1, 2, 3])
    rows = _rows(rng, count, paid_on, kind)
    total = sum((r["paid"] for r in rows), D("0.00"))
    printed = paid_on + timedelta(days=pick(rng, [0, 0, 1, 2]))   # the letter reports a transfer made
    ref = pick(rng, [f"ΠΛΗ-{paid_on.year}-{rng.randrange(1, 9999):04d}", f"{paid_on.year}/{rng.randrange(1, 99999):05d}", f"ΕΜΒ {rng.randrange(10000, 999999)}"])
    vendor_no = pick(rng, [f"50.00.{rng.randrange(1, 9999):04d}", f"Π{rng.randrange(1000, 99999)}", f"{rng.randrange(30000, 39999)}", None])
    show_afm = chance(rng, 0.55)
    if not show_afm:
        supplier.tax_id = None
    doc = Doc(document_type="remittance_advice", locale="GR", currency="EUR", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=printed, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_id=vendor_no)
    city = payer.address[-1].split(" ", 2)[-1]
    payer_ids = [f"ΑΦΜ: {payer_afm} - ΔΟΥ: {payer.extra['doy']}", f"ΓΕΜΗ: {payer.extra['gemi']}"]
    notes["payer_ids"] = payer_ids
    notes["marks"] = [r["mark"] for r in rows]
    long_date = chance(rng, 0.5)
    title = pick(rng, ["ΕΝΗΜΕΡΩΣΗ ΠΛΗΡΩΜΗΣ", "ΕΙΔΟΠΟΙΗΣΗ ΠΛΗΡΩΜΗΣ", "ΓΝΩΣΤΟΠΟΙΗΣΗ ΕΞΟΦΛΗΣΗΣ"])
    css = theme.css(".tt{font-size:13pt;font-weight:bold} .box{border:0.8pt solid #666;padding:5pt} .t{font-size:13pt;font-weight:bold}")
    width, height = A4
    W = width - 72
    meta = [("Αρ. πληρωμής:", ref), ("Ημερομηνία πληρωμής:", fmt_date(paid_on, "dmy_slash"))]
    if vendor_no:
        meta.append(("Κωδ. προμηθευτή:", vendor_no))
    meta += [("Τρόπος πληρωμής:", pick(rng, ["Μεταφορά σε λογαριασμό", "Έμβασμα", "Τραπεζική κατάθεση"])), ("IBAN δικαιούχου:", sup_iban)]
    left = party_block("", payer, payer_ids + [f"Τηλ.: {payer.phone}"], big=True)
    sup_rows = ([f"ΑΦΜ: {supplier_afm}"] if show_afm else []) + ([esc(supplier.extra["trade"])] if kind == "freelancer" else [])
    right = f"<p class='muted small'>Προς:</p>{party_block('', supplier, sup_rows)}"
    place = f"{esc(city)}, {gr_long_date(printed) if long_date else fmt_date(printed, 'dmy_slash')}"
    intro = (f"Σας ενημερώνουμε ότι στις {fmt_date(paid_on, 'dmy_slash')} εξοφλήσαμε με μεταφορά στον λογαριασμό σας {sup_iban} ({esc(sup_bank)}) "
             f"το ποσό των {eur(total)} για τα παρακάτω παραστατικά:")
    first = (f"<table><tr><td style='width:{W * 0.52:.0f}pt'>{left}</td><td style='width:{W * 0.44:.0f}pt'><p class='r'>{place}</p>"
             f"<div class='box' style='margin-top:6pt'>{right}</div></td></tr></table>"
             + f"<p class='tt c' style='margin-top:10pt'>{title}</p>"
             + f"<div style='margin-top:4pt'>{rows_html([(k, f'<b>{v}</b>') for k, v in meta], strong_last=False, widths=(130, 240))}</div>"
             + f"<p style='margin-top:6pt'>{intro}</p>")
    show_wht = any(r["wht"] for r in rows)
    show_mark = chance(rng, 0.6)
    pct = "20%" if kind == "freelancer" else "3%"
    head = ["Παραστατικό", "Ημ/νία"] + (["ΜΑΡΚ"] if show_mark else []) + ["Αξία"] + ([f"Παρακράτηση φόρου {pct}"] if show_wht else []) + ["Πληρωτέο"]
    fr = [0.2, 0.12] + ([0.2] if show_mark else []) + [0.15] + ([0.16] if show_wht else []) + [0.15]
    numeric = set(range(3 if show_mark else 2, len(head)))

    def cells(r):
        out = [esc(r["inv"]) + (" <span class='small'>(πιστωτικό)</span>" if r["credit"] else ""), fmt_date(r["date"], "dmy_slash")]
        if show_mark:
            out.append(r["mark"])
        out.append(n(r["gross"]))
        if show_wht:
            out.append(n(r["wht"]) if r["wht"] else "")
        return out + [n(r["paid"])]

    closing = (f"<p class='b' style='text-align:right;margin-top:8pt'>Σύνολο πληρωμής: {eur(total)}</p>"
               + (f"<p class='small' style='margin-top:4pt'>Η παρακράτηση φόρου εισοδήματος {pct} θα αποδοθεί στη Φορολογική Διοίκηση και θα σας "
                  "χορηγηθεί σχετική βεβαίωση.</p>" if show_wht else "")
               + "<p style='margin-top:10pt'>Με εκτίμηση,</p>"
               + f"<p class='b'>{pick(rng, ['Λογιστήριο', 'Οικονομική Διεύθυνση', 'Τμήμα Πληρωμών'])}</p><p>{esc(payer.email or '')}</p>")
    return build_paged(doc, layout, width, height, css, first, head, pts(W, *fr), numeric, rows, cells, closing, cont=f"{title} {ref} (συνέχεια)",
                       footer_text="Σελίδα", notes=notes)


def _bank(rng, layout, payer, supplier, paid_on, bank, bic, sup_bank, sup_iban, payer_iban, theme, notes, n, eur, kind) -> Built:
    count = pick(rng, [1, 1, 1, 2, 3])
    rows = _rows(rng, count, paid_on, kind)
    for r in rows:
        r["paid"] = abs(r["gross"])
        r["credit"] = False
    total = sum((r["paid"] for r in rows), D("0.00"))
    booked = paid_on - timedelta(days=pick(rng, [0, 0, 0, 1]))
    ref = pick(rng, [f"{paid_on.strftime('%y%m%d')}{digits(rng, 10)}", f"SEPA{digits(rng, 12)}", f"{digits(rng, 3)}-{digits(rng, 9)}"])
    code = digits(rng, 10)
    if count == 1:
        text = pick(rng, [f"ΕΞΟΦΛΗΣΗ ΤΙΜ. {rows[0]['inv']}", f"ΤΙΜ {rows[0]['inv']}", f"ΠΛΗΡΩΜΗ ΤΙΜΟΛΟΓΙΟΥ {rows[0]['inv']}"])
    else:
        text = "ΕΞΟΦΛΗΣΗ " + ", ".join(f"{r['inv']} ({n(r['paid'])})" for r in rows)
    fee = D(pick(rng, ["0.00", "0.00", "1.00", "1.50", "3.00"]))
    supplier.tax_id = None
    payer_address = chance(rng, 0.4)
    doc = Doc(document_type="remittance_advice", locale="GR", currency="EUR", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=booked, total=total, payment_reference=ref, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows],
              vendor_address_printed=False, customer_address_printed=payer_address)
    css = theme.css(".bank{font-size:14pt;font-weight:bold} .sec{background:#ececec;font-weight:bold;padding:2pt 4pt;margin-top:8pt}")
    width, height = A4
    W = width - 100
    right_values = chance(rng, 0.4)

    def kv(pairs):
        return rows_html(pairs, strong_last=False, widths=(170, W - 180)) if right_values else kv_left(pairs, (170, W - 180))

    hh, mm = rng.randrange(8, 21), rng.randrange(60)
    op = [("Είδος συναλλαγής", pick(rng, ["Μεταφορά σε λογαριασμό άλλης τράπεζας (SEPA)", "Μεταφορά σε λογαριασμό τρίτου", "Πληρωμή προμηθευτή (SEPA)"])),
          ("Ημερομηνία καταχώρησης", f"{fmt_date(booked, 'dmy_slash')} {hh:02d}:{mm:02d}"), ("Ημερομηνία εκτέλεσης", fmt_date(paid_on, "dmy_slash")),
          ("Ποσό", f"<b>{eur(total)}</b>"), ("Έξοδα", eur(fee)), ("Συνολικό ποσό χρέωσης", eur(total + fee)), ("Αιτιολογία", esc(text)),
          ("Αριθμός αναφοράς", ref), ("Κωδικός συναλλαγής", code)]
    sender = [("Εντολέας", f"<b>{esc(payer.name)}</b>")] + ([("Διεύθυνση", esc(", ".join(payer.address)))] if payer_address else []) \
        + [("Λογαριασμός χρέωσης", payer_iban)]
    receiver = [("Δικαιούχος", f"<b>{esc(supplier.name)}</b>"), ("IBAN δικαιούχου", sup_iban), ("Τράπεζα δικαιούχου", esc(sup_bank))]
    body = (f"<p class='bank accent'>{esc(bank)}</p><p class='small'>BIC {bic} · e-Banking</p>"
            + f"<p class='b' style='margin-top:10pt;font-size:12pt'>{pick(rng, ['ΑΠΟΔΕΙΚΤΙΚΟ ΣΥΝΑΛΛΑΓΗΣ', 'ΑΠΟΔΕΙΞΗ ΕΚΤΕΛΕΣΗΣ ΜΕΤΑΦΟΡΑΣ', 'ΒΕΒΑΙΩΣΗ ΕΜΒΑΣΜΑΤΟΣ'])}</p>"
            + "<p class='sec'>Στοιχεία εντολέα</p>" + kv(sender) + "<p class='sec'>Στοιχεία δικαιούχου</p>" + kv(receiver)
            + "<p class='sec'>Στοιχεία συναλλαγής</p>" + kv(op)
            + "<p class='small muted' style='margin-top:14pt'>Το παρόν αποδεικτικό εκδόθηκε ηλεκτρονικά και δεν απαιτεί υπογραφή. Η πίστωση του "
            + "λογαριασμού του δικαιούχου γίνεται σύμφωνα με τους κανόνες του συστήματος SEPA.</p>")
    notes.update({"code": code, "text": text, "fee": float(fee)})
    sheet = single_page(layout, width, height, css, [Box((50, 46, width - 50, height - 46), body)])
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes)


def _entalma(rng, layout, paid_on, theme, n, eur) -> Built:
    body_name, body_address, city = pick(rng, GR_PUBLIC)
    payer = Party(name=body_name, address=list(body_address), country="GR", tax_id=None, phone=f"{pick(rng, ['210', '2310', '2710', '2610'])} {digits(rng, 7)}")
    payer_afm = gr_afm(rng)
    goods = chance(rng, 0.5)
    supplier = gr_party(rng)
    supplier_afm = supplier.tax_id
    count = pick(rng, [1, 1, 2, 3, 4, 6])
    rows = _rows(rng, count, paid_on, "goods" if goods else "services")
    for r in rows:   # a warrant pays invoices only; the deductions fall on each one's net value
        if r["credit"]:
            r["gross"], r["net"], r["vat"], r["credit"] = -r["gross"], -r["net"], -r["vat"], False
        fees = sum((money(r["net"] * pct) for _label, pct in FEES), D("0.00"))
        stamp = money(fees * D("0.036"))
        r["fees"] = fees + stamp
        r["tax"] = money((r["net"] - r["fees"]) * (D("0.04") if goods else D("0.08")))
        r["paid"] = r["gross"] - r["fees"] - r["tax"]
    total = sum((r["paid"] for r in rows), D("0.00"))
    issued = paid_on - timedelta(days=rng.randrange(2, 20))
    number = f"{rng.randrange(1, 4800)}/{paid_on.year}"
    ada = "".join(pick(rng, "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ0123456789") for _ in range(6)) + "ΩΕΚ-" + "".join(pick(rng, "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ0123456789") for _ in range(3))
    kae = f"{pick(rng, ['02', '10', '15', '20', '30'])}.{pick(rng, ['00', '10', '20', '60'])}.{pick(rng, ['6612', '6117', '6261', '6641', '6699', '7134'])}.{rng.randrange(1, 20):03d}"
    commitment = f"Α-{rng.randrange(1, 2500)}/{paid_on.year}"
    sup_bank, sup_code, _ = pick(rng, GR_BANKS)
    sup_iban = gr_iban(rng, sup_code)
    doc = Doc(document_type="remittance_advice", locale="GR", currency="EUR", vendor=supplier, customer=payer, invoice_ids=[r["inv"] for r in rows],
              document_date=issued, total=total, payment_reference=number, payment_date=paid_on, allocations=[(r["inv"], r["paid"]) for r in rows])
    css = theme.css(".tt{font-size:13pt;font-weight:bold} .box{border:0.8pt solid #555;padding:4pt} table.g td{border:0.5pt solid #777}")
    width, height = A4
    W = width - 72
    head_left = (f"<p class='small b'>ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ</p><p class='b'>{esc(body_name)}</p>"
                 + f"<p class='small'>{pick(rng, ['Διεύθυνση Οικονομικών Υπηρεσιών', 'Οικονομική Υπηρεσία', 'Γραφείο Προϋπολογισμού και Πληρωμών'])}</p>"
                 + "".join(f"<p class='small'>{esc(x)}</p>" for x in body_address) + f"<p class='small'>ΑΦΜ: {payer_afm} · Τηλ.: {payer.phone}</p>")
    head_right = ("<div class='box'>" + rows_html([("Αριθμός εντάλματος:", f"<b>{number}</b>"), ("Οικονομικό έτος:", str(paid_on.year)),
                                                   ("Κ.Α. εξόδου:", kae), ("ΑΔΑ:", ada), ("Απόφαση ανάληψης:", commitment),
                                                   ("Ημερομηνία έκδοσης:", fmt_date(issued, "dmy_slash"))], strong_last=False, widths=(110, 110)) + "</div>")
    vendor = (f"<p class='muted small'>ΔΙΚΑΙΟΥΧΟΣ</p><p class='b'>{esc(supplier.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in supplier.address)
              + f"<p>ΑΦΜ: {supplier_afm} · ΔΟΥ: {esc(supplier.extra['doy'])}</p><p>IBAN: {sup_iban} ({esc(sup_bank)})</p>")
    reason = pick(rng, ["Προμήθεια αναλωσίμων υλικών", "Προμήθεια ηλεκτρολογικού υλικού", "Προμήθεια γραφικής ύλης"]) if goods else \
        pick(rng, ["Παροχή υπηρεσιών καθαριότητας", "Συντήρηση κλιματιστικών μονάδων", "Υπηρεσίες φύλαξης", "Συντήρηση οχημάτων"])
    first = (f"<table><tr><td style='width:{W * 0.55:.0f}pt'>{head_left}</td><td style='width:{W * 0.41:.0f}pt'>{head_right}</td></tr></table>"
             + f"<p class='tt c' style='margin-top:8pt'>ΧΡΗΜΑΤΙΚΟ ΕΝΤΑΛΜΑ ΠΛΗΡΩΜΗΣ</p><div class='box' style='margin-top:6pt'>{vendor}</div>"
             + f"<p style='margin-top:6pt'>Αιτιολογία: {esc(reason)} σύμφωνα με τα παρακάτω παραστατικά.</p>")
    pct = "4%" if goods else "8%"
    head = ["Τιμολόγιο", "Ημ/νία", "Καθαρή αξία", "ΦΠΑ", "Σύνολο", "Κρατήσεις", f"Φόρος εισοδήματος {pct}", "Πληρωτέο"]
    fr = [0.16, 0.11, 0.13, 0.11, 0.13, 0.11, 0.12, 0.13]

    def cells(r):
        return [esc(r["inv"]), fmt_date(r["date"], "dmy_slash"), n(r["net"]), n(r["vat"]), n(r["gross"]), n(r["fees"]), n(r["tax"]), n(r["paid"])]

    fees_note = " + ".join(label for label, _ in FEES) + " και χαρτόσημο 3,6% επ' αυτών"
    closing = (f"<p class='small' style='margin-top:4pt'>Κρατήσεις: {fees_note}.</p>"
               + f"<p class='b' style='text-align:right;margin-top:6pt'>Καθαρό πληρωτέο: {eur(total)}</p>"
               + f"<p style='margin-top:6pt'>Ημερομηνία πληρωμής: <b>{fmt_date(paid_on, 'dmy_slash')}</b></p>"
               + "<table style='margin-top:18pt'><tr>" + "".join(f"<td class='c small' style='width:{W / 3 - 8:.0f}pt'>{x}</td>"
                                                              for x in ["Ο ΣΥΝΤΑΞΑΣ", "Ο ΠΡΟΪΣΤΑΜΕΝΟΣ ΛΟΓΙΣΤΗΡΙΟΥ", "Ο ΔΙΑΤΑΚΤΗΣ"]) + "</tr></table>")
    notes = {"payer_afm": payer_afm, "ada": ada, "kae": kae, "commitment": commitment}
    return build_paged(doc, layout, width, height, css, first, head, pts(W, *fr), set(range(2, 8)), rows, cells, closing, cont=f"ΕΝΤΑΛΜΑ {number} (συνέχεια)",
                       footer_text="Σελίδα", notes=notes)
