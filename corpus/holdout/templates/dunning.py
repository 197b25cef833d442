"""Payment reminder / dunning letter: Zahlungserinnerung / Mahnung (DE), rappel / relance (FR), reminder (GB, US).

A letter from the supplier to its customer about overdue invoices: reminder level (Zahlungserinnerung,
1. / 2. Mahnung, Letzte Mahnung; Rappel de paiement, Relance, Mise en demeure; Payment Reminder, Second
Reminder, Final Notice), customer number (= customer_id), a table of the open invoices (number, invoice
date, due date, original amount, paid, open amount, days overdue), then the reminder fee (Mahngebühr;
the French 40 € indemnité forfaitaire per invoice; the UK late-payment compensation of £40 / £70 / £100
per invoice; a US late fee) and default interest (9 points over the Basiszinssatz, ECB + 10 points,
8 % over base rate, 1.5 % a month) lines, the total to pay and the new deadline; bank details and the
usual "if you have already paid, please disregard this letter" sentence.

Document type `statement` (an open-items notice): per the corpus rules it has no ids and no lines, its
total is the total now demanded (open amounts + fees + interest), its due date the new deadline it sets,
its document date the letter's date. The invoices it lists are the overdue ones only (the letter does
not list invoices not yet due); none of them is the reminder's own id.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.components import Theme, esc, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import bic, iban, make_company, person_name
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, LETTER

FAMILY = "dunning_reminder"
DOCUMENT_TYPE = "statement"

LEVELS = {"de": ["Zahlungserinnerung", "1. Mahnung", "2. Mahnung", "Letzte Mahnung"],
          "fr": ["Rappel de paiement", "Relance", "Deuxième relance", "Mise en demeure"],
          "en": ["Payment Reminder", "Second Reminder", "Final Notice", "Overdue Account Notice"]}
W = {
    "de": {"customer": ["Kundennummer", "Kunden-Nr."], "date": "Datum", "number": "Rechnungsnr.", "inv_date": "Rechnungsdatum",
           "due": "Fällig am", "amount": "Betrag", "paid": "Bezahlt", "open": "Offen", "days": "Tage",
           "fee": "Mahngebühr", "interest": "Verzugszinsen ({r} % p.a., 9 Prozentpunkte über dem Basiszinssatz)",
           "total": ["Gesamtbetrag", "Zu zahlender Betrag", "Summe offener Posten inkl. Kosten"],
           "hello": "Sehr geehrte Damen und Herren,",
           "intro": "bei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass die folgenden Rechnungen trotz Fälligkeit noch nicht beglichen sind:",
           "ask": "Bitte überweisen Sie den Gesamtbetrag bis zum {d} auf unser unten genanntes Konto.",
           "void": "Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.",
           "regards": "Mit freundlichen Grüßen", "subject_ref": "Ihr Kundenkonto", "bank": "Bankverbindung", "purpose": "Verwendungszweck"},
    "fr": {"customer": ["N° client", "Code client"], "date": "Date", "number": "Facture n°", "inv_date": "Date facture",
           "due": "Échéance", "amount": "Montant TTC", "paid": "Réglé", "open": "Reste dû", "days": "Jours de retard",
           "fee": "Indemnité forfaitaire pour frais de recouvrement ({n} x 40 €)", "interest": "Pénalités de retard (taux BCE + 10 points, soit {r} %)",
           "total": ["Total à régler", "Montant total dû", "Solde à payer"],
           "hello": "Madame, Monsieur,",
           "intro": "Sauf erreur de notre part, les factures suivantes restent impayées à ce jour malgré leur échéance :",
           "ask": "Nous vous remercions de bien vouloir procéder au règlement de la somme totale avant le {d}.",
           "void": "Si votre règlement a été effectué entre-temps, nous vous prions de ne pas tenir compte de ce courrier.",
           "regards": "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.", "subject_ref": "Votre compte client",
           "bank": "Coordonnées bancaires", "purpose": "Référence à rappeler"},
    "en": {"customer": ["Account No.", "Customer Account", "Account Number"], "date": "Date", "number": "Invoice No.", "inv_date": "Invoice Date",
           "due": "Due Date", "amount": "Amount", "paid": "Paid", "open": "Outstanding", "days": "Days Overdue",
           "fee": "Late payment compensation", "interest": "Statutory interest at {r}% (8% over base rate)",
           "total": ["Total now due", "Total amount due", "Amount now payable"],
           "hello": "Dear Sir or Madam,",
           "intro": "According to our records the following invoices are now overdue for payment:",
           "ask": "Please arrange payment of the total amount by {d}.",
           "void": "If you have already sent your payment, please accept our thanks and disregard this letter.",
           "regards": "Yours faithfully,", "subject_ref": "Your account", "bank": "Bank details", "purpose": "Payment reference"},
}


def build(rng: random.Random) -> Built:
    country = pick(rng, ["DE", "DE", "FR", "GB", "US"])
    lang = {"DE": "de", "FR": "fr", "GB": "en", "US": "en"}[country]
    w = W[lang]
    vendor = make_company(rng, country)
    customer = make_company(rng, country, with_tax=False)
    fmt = Fmt.pick(rng, country)
    letter_date = random_date(rng)
    level = rng.randrange(0, 4)
    title = LEVELS[lang][level]
    count = rng.randrange(1, 6) if chance(rng, 0.85) else rng.randrange(10, 24)
    seq = rng.randrange(1000, 90000)
    prefix = pick(rng, {"de": ["RE-", "R", "RE"], "fr": ["FA", "F-", "FAC"], "en": ["INV-", "INV", "SI-"]}[lang])
    invoices = []   # (number, date, due, amount, paid, open, days overdue)
    year_style = lang == "de" and chance(rng, 0.5)
    for _ in range(count):
        seq += rng.randrange(3, 60)
        due = letter_date - timedelta(days=rng.randrange(8, 95))
        issued = due - timedelta(days=pick(rng, [14, 30, 30]))
        amount = money(rng.uniform(90, 9000))
        paid = money(amount * Decimal(pick(rng, ["0.5", "0.3"]))) if chance(rng, 0.15) else Decimal("0.00")
        invoices.append((f"{prefix}{issued.year}-{seq}" if year_style else f"{prefix}{seq}", issued, due,
                         amount, paid, amount - paid, (letter_date - due).days))
    invoices.sort(key=lambda i: i[1])
    open_total = sum((i[5] for i in invoices), Decimal("0.00"))
    extras: list[tuple[str, Decimal]] = []
    if level >= 1 or (lang != "de" and chance(rng, 0.4)):
        if lang == "de":
            extras.append((w["fee"], money(pick(rng, [2.5, 5, 5, 10, 15]))))
        elif lang == "fr":
            extras.append((w["fee"].format(n=len(invoices)), Decimal(40 * len(invoices)).quantize(Decimal("0.01"))))
        elif country == "GB":
            fee = sum((Decimal(40 if i[3] < 1000 else 70 if i[3] < 10000 else 100) for i in invoices), Decimal("0.00"))
            extras.append((f"{w['fee']} ({len(invoices)} invoice{'s' if len(invoices) > 1 else ''})", fee))
        else:
            extras.append(("Late fee (1.5% per month)", money(open_total * Decimal("0.015"))))
    if level >= 1 and country != "US" and chance(rng, 0.7):
        base = pick(rng, [Decimal("3.62"), Decimal("3.37"), Decimal("2.27")] if lang == "de" else
                    [Decimal("4.50"), Decimal("4.25")] if lang == "fr" else [Decimal("5.25"), Decimal("5.00")])
        pct = base + {"de": 9, "fr": 10, "en": 8}[lang]
        interest = money(sum((i[5] * pct / 100 * i[6] / 365 for i in invoices), Decimal("0")))
        if interest > 0:
            label = w["interest"].format(r=str(pct).replace(".", ",") if lang != "en" else pct)
            extras.append((label, interest))
    total = open_total + sum((v for _k, v in extras), Decimal("0.00"))
    deadline = letter_date + timedelta(days=pick(rng, [7, 10, 14]))
    customer_no = pick(rng, [f"{rng.randrange(10000, 99999)}", f"KD-{rng.randrange(1000, 99999)}" if lang == "de" else f"C{rng.randrange(1000, 99999)}",
                             f"{rng.randrange(100, 999)}{rng.randrange(1000, 9999)}"])
    show_customer_no = chance(rng, 0.8)
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=vendor, customer=customer, invoice_ids=[],
              document_date=letter_date, total=total, due_date=deadline, customer_id=customer_no if show_customer_no else None)

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.5, 10.0),
                       table=pick(rng, ["rules", "minimal", "grid", "zebra"]))
    css = theme.css(".subject{font-size:12pt;font-weight:bold}")
    width, height = LETTER if country == "US" else A4
    num = fmt.num
    cols = [(w["number"], "left"), (w["inv_date"], "left"), (w["due"], "left"), (w["amount"], "right")]
    show_paid = any(i[4] for i in invoices)
    if show_paid:
        cols.append((w["paid"], "right"))
    cols.append((w["open"], "right"))
    show_days = chance(rng, 0.5)
    if show_days:
        cols.append((w["days"], "right"))
    th = "<tr>" + "".join(f"<th style='text-align:{a}'>{c}</th>" for c, a in cols) + "</tr>"
    rows = []
    for k, (number, issued, due, amount, paid, open_amount, days) in enumerate(invoices):
        cells = [esc(number), fmt.date(issued), fmt.date(due), num(amount)] + ([num(paid) if paid else ""] if show_paid else []) + \
            [num(open_amount)] + ([str(days)] if show_days else [])
        alt = " class='alt'" if theme.table == "zebra" and k % 2 else ""
        rows.append(f"<tr{alt}>" + "".join(f"<td style='text-align:{a}'>{c}</td>" for c, (_t, a) in zip(cells, cols, strict=True)) + "</tr>")
    sums = []
    if extras:
        sums.append(({"de": "Summe offene Rechnungen", "fr": "Total factures", "en": "Total invoices outstanding"}[lang], num(open_total), False))
        sums += [(esc(k), num(v), False) for k, v in extras]
    sums.append((pick(rng, w["total"]), fmt.money(total), True))
    sums_html = totals_table(sums, width="50%", left="40%")
    pay_no = iban(rng, country) if country in ("DE", "FR", "GB") else None
    if pay_no:
        bank = f"{w['bank']}: IBAN {esc(pay_no)} · BIC {bic(rng, country)}"
    else:
        bank = f"Remit to: {esc(vendor.name)}, {esc(', '.join(vendor.address))} · ACH: routing {rng.randrange(10**8, 10**9)} account {rng.randrange(10**7, 10**9)}"
    purpose = f"{w['purpose']}: {esc(customer_no) if show_customer_no else esc(invoices[0][0])}"
    meta = [(w["date"], fmt.date(letter_date))] + ([(pick(rng, w["customer"]), esc(customer_no))] if show_customer_no else [])
    if chance(rng, 0.5):
        meta.append(({"de": "Ansprechpartner", "fr": "Interlocuteur", "en": "Contact"}[lang], esc(person_name(rng, country))))
    meta_html = "<table class='kv' style='width:100%'>" + "".join(
        f"<tr><td style='width:45%'>{k}</td><td style='width:55%'>{v}</td></tr>" for k, v in meta) + "</table>"
    tax_line = {"DE": f"USt-IdNr. {esc(vendor.tax_id)} · {esc(vendor.extra.get('hrb', ''))}", "FR": f"SIRET {esc(vendor.extra.get('siret', ''))} · TVA {esc(vendor.tax_id)}",
                "GB": f"Company No. {esc(vendor.extra.get('company_no', ''))} · VAT Reg No {esc(vendor.tax_id)}", "US": ""}[country]
    if country == "US":
        vendor.tax_id = None
    variant = pick(rng, ["letter", "letter", "form"])
    head = (f"<table style='width:100%'><tr><td style='width:60%'>{logo(vendor.name, rng, theme.accent)}</td>"
            f"<td style='width:40%' class='small'><b>{esc(vendor.name)}</b><br/>{lines_html(vendor.address)}<br/>{esc(vendor.phone)}<br/>{esc(vendor.email)}</td></tr></table>"
            f"<table style='width:100%;margin-top:14pt'><tr><td style='width:58%'><p class='tiny muted'>{esc(vendor.name)} · {esc(' · '.join(vendor.address))}</p>"
            f"<p>{esc(customer.name)}<br/>{lines_html(customer.address)}</p></td><td style='width:42%'>{meta_html}</td></tr></table>"
            f"<p class='subject' style='margin-top:16pt'>{title}" + (f" - {w['subject_ref']} {esc(customer_no)}" if show_customer_no and chance(rng, 0.5) else "")
            + f"</p><p style='margin-top:8pt'>{w['hello']}</p><p>{w['intro']}</p>")
    if variant == "form":   # an ERP's dunning run: title band, boxed parties and meta, table first, one sentence
        head = (f"<p class='band b' style='font-size:13pt'>{title.upper()}</p>"
                f"<table style='width:100%;margin-top:8pt'><tr><td style='width:50%' class='boxed'><p class='b'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}<br/>{esc(vendor.phone)}</p></td>"
                f"<td style='width:50%' class='boxed'>{meta_html}</td></tr></table>"
                f"<table style='width:100%;margin-top:6pt'><tr><td style='width:50%'><p>{esc(customer.name)}<br/>{lines_html(customer.address)}</p></td>"
                f"<td style='width:50%'><p class='small'>{w['intro']}</p></td></tr></table>")
    closing = (f"<p style='margin-top:8pt'>{w['ask'].format(d=fmt.date(deadline))}</p><p>{w['void']}</p>"
               f"<p style='margin-top:8pt'>{w['regards']}</p><p>{esc(person_name(rng, country))}<br/>{esc(vendor.name)}</p>"
               f"<p class='small' style='margin-top:8pt'>{bank}<br/>{purpose}</p>")
    if lang == "fr" and level == 3:
        closing = "<p>La présente vaut mise en demeure au sens de l'article 1344 du Code civil.</p>" + closing

    def body(chunk, index, is_last):
        top = head if index == 0 else f"<p class='b'>{esc(vendor.name)} · {title} · {fmt.date(letter_date)}</p>"
        return top + f"<table class='items'>{th}{''.join(chunk)}</table>" + (sums_html + closing if is_last else "")

    sheet = paged_sheet(width, height, css, (56, 36, 46, 30), rows, body,
                        footer=lambda n, c: f"<p class='tiny c muted'>{esc(vendor.name)} · {tax_line}</p>"
                        + (f"<p class='tiny r'>{n} / {c}</p>" if c > 1 else ""), footer_height=20)
    return Built(doc=doc, sheet=sheet, template=f"reminder_{lang}_{variant}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"level": title, "open_invoices": len(invoices), "fees": [float(v) for _k, v in extras]})
