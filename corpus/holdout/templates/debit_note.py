"""Supplier debit note / debit memo / Belastungsanzeige: an extra charge raised against an earlier invoice.

The mirror of a credit note: the supplier bills the customer for something the original invoice
under-charged or could not include — a price correction ("agreed 12.40, invoiced 11.90 x 400"), quantity
delivered over the quantity invoiced, carriage / handling / pallet charges re-billed, a surcharge (fuel,
metal, small order), or interest and fixed-sum compensation on a late payment (UK Late Payment of
Commercial Debts (Interest) Act 1998: 8 % over base rate and £40 / £70 / £100; US finance charge 1.5 % per
month; German Verzugszinsen 9 points over the Basiszinssatz and the 40 € Pauschale, § 288 BGB).

Three prints: an English letter-style debit note (GB / US: letterhead, "DEBIT NOTE", Debit Note No., Date,
Account No., "Re: Invoice No. … dated …", the reason in a sentence, a small table, VAT 20 % or US sales tax
on goods and freight, none on interest: "Interest and compensation are outside the scope of VAT"); an ERP
"DEBIT MEMO" form (boxes Debit Memo No. / Date / Customer No. / Original Invoice / Original Invoice Date /
Reason Code, quantity x price table, Subtotal / Tax / Total Due); and a German "Belastungsanzeige" /
"Nachbelastung" letter after DIN 5008 (Belastungsanzeige Nr., Kundennummer, "Bezug: Rechnung Nr. … vom …",
"Wir belasten Ihr Konto wie folgt", Nettobetrag / zzgl. 19 % USt / Gesamtbetrag, or "Verzugszinsen und
Pauschale sind nicht umsatzsteuerbar", "Zahlbar innerhalb von 14 Tagen").

Truth: the result contract has no debit-note type: a debit note demands payment of an additional amount,
so it is an **`invoice`** (as the insurance broker's debit note of the sixth set) with **positive**
amounts. Id = the debit note's own number; the original invoice's number and date are decoys (as on a
credit note). Vendor = the supplier issuing it (letterhead; its VAT number / USt-IdNr. the tax id), customer
= the addressee; customer id = Account No. / Customer No. / Kundennummer. Net = Subtotal / Nettobetrag and
tax = the VAT / USt / sales tax where printed; on an interest-only note nothing is taxed and no tax line is
printed (net and tax null, the lines add up to the total). Payment terms and due date as printed.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import CATALOG, CENT, Line, tax_on
from corpus.holdout.components import Col, Theme, esc, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import account_code, make_company, person_name
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._eighth import flowing_sheet

FAMILY = "debit_note"
DOCUMENT_TYPE = "invoice"
CASES = ["price", "quantity", "freight", "interest"]
REASON_CODES = {"price": "PR – Price correction", "quantity": "QT – Quantity variance", "freight": "FR – Freight recharge", "interest": "LF – Late payment charge"}
DE_ITEMS = ["Edelstahlschrauben M8 x 30 (VPE 100)", "Kabelkanal 60 x 40 mm, 2 m", "Hydraulikschlauch DN 10, 1 m", "Kopierpapier A4, 80 g/m²", "Palettenregal-Traverse 2700 mm",
            "Schutzhandschuhe Nitril, Gr. 9", "Kugellager 6205-2RS", "Aluminiumprofil 40 x 40, 6 m"]
BASE_RATES = {2023: Decimal("4.25"), 2024: Decimal("5.25"), 2025: Decimal("4.50")}
DE_BASIS = {2023: Decimal("3.12"), 2024: Decimal("3.62"), 2025: Decimal("2.27")}


def _interest(principal: Decimal, rate_pct: Decimal, days: int) -> Decimal:
    return (principal * rate_pct / 100 * days / 365).quantize(CENT, rounding=ROUND_HALF_UP)


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["letter", "erp", "de"])
    country = "DE" if layout == "de" else pick(rng, ["GB", "GB", "US"])
    vendor, customer = make_company(rng, country), make_company(rng, country, with_tax=False)
    if country == "US":
        vendor.tax_id = None if chance(rng, 0.6) else vendor.tax_id
    fmt = Fmt.pick(rng, country)
    m, num = fmt.money, fmt.num
    issued = random_date(rng)
    original_date = issued - timedelta(days=rng.randrange(20, 120))
    original = pick(rng, [f"INV-{rng.randrange(10000, 99999)}", f"{rng.randrange(100000, 999999)}", f"{original_date.year}-{rng.randrange(1, 9999):04d}",
                          f"RE{original_date.strftime('%y')}{rng.randrange(1000, 99999)}"])
    number = {"letter": pick(rng, [f"DN-{rng.randrange(100, 9999):04d}", f"DN{issued.year}{rng.randrange(1, 999):03d}", f"D{rng.randrange(10000, 99999)}"]),
              "erp": pick(rng, [f"DM{rng.randrange(100000, 999999)}", f"{rng.randrange(700000, 799999)}", f"DM-{issued.year}-{rng.randrange(1, 9999):04d}"]),
              "de": pick(rng, [f"BA-{issued.year}-{rng.randrange(1, 999):03d}", f"NB{rng.randrange(10000, 99999)}", f"{issued.year}{rng.randrange(1, 9999):04d}"])}[layout]
    case = pick(rng, CASES)
    lines: list[Line] = []
    reason = ""
    items = DE_ITEMS if country == "DE" else [d for d, *_ in CATALOG["industrial_en"] + CATALOG["office_en"] if "Freight" not in d and "hire" not in d]
    if case == "price":
        for desc in rng.sample(items, rng.randrange(1, 4)):
            qty = Decimal(pick(rng, [10, 20, 24, 50, 100, 120, 200, 400, 500]))
            invoiced = money(rng.uniform(2, 90))
            agreed = invoiced + money(pick(rng, [0.1, 0.2, 0.25, 0.4, 0.5, 0.75, 1.2, 2.5]))
            diff = agreed - invoiced
            label = (f"Preisdifferenz {desc}: vereinbart {num(agreed)}, berechnet {num(invoiced)}" if country == "DE"
                     else f"Price difference {desc}: agreed {num(agreed)}, invoiced {num(invoiced)}")
            lines.append(Line(label, qty, diff, money(qty * diff)))
        reason = {"DE": f"Auf unserer Rechnung Nr. {original} wurden die Preise der Preisliste vom {fmt.date(original_date - timedelta(days=60))} nicht berücksichtigt.",
                  "GB": f"Our invoice {original} was priced at the superseded price list; the agreed prices apply from {fmt.date(original_date - timedelta(days=45))}.",
                  "US": f"Invoice {original} was billed at last year's contract price. Per your PO terms, the new pricing applies."}[country]
    elif case == "quantity":
        for desc in rng.sample(items, rng.randrange(1, 3)):
            invoiced = rng.randrange(20, 400)
            delivered = invoiced + rng.randrange(2, 40)
            price = money(rng.uniform(3, 140))
            label = (f"{desc} – geliefert {delivered}, berechnet {invoiced}" if country == "DE" else f"{desc} – delivered {delivered}, invoiced {invoiced}")
            lines.append(Line(label, Decimal(delivered - invoiced), price, money((delivered - invoiced) * price)))
        reason = {"DE": f"Laut unterschriebenem Lieferschein wurde mehr geliefert als mit Rechnung Nr. {original} berechnet.",
                  "GB": f"The signed delivery note shows more goods delivered than were charged on invoice {original}.",
                  "US": f"Quantities shipped per signed BOL exceed the quantities billed on invoice {original}."}[country]
    elif case == "freight":
        names = {"DE": ["Frachtkosten Spedition", "Palettengebühr (Europalette, nicht getauscht)", "Mindermengenzuschlag", "Expresszuschlag"],
                 "GB": ["Carriage – pallet delivery", "Pallet charge (non-returnable)", "Small order surcharge", "Timed delivery surcharge"],
                 "US": ["Freight – LTL shipment", "Pallet charge", "Fuel surcharge", "Liftgate delivery"]}[country]
        for desc in rng.sample(names, rng.randrange(1, 4)):
            if "allet" in desc and chance(rng, 0.6):
                qty = Decimal(rng.randrange(2, 12))
                price = money(pick(rng, [12, 15, 18, 22]))
                lines.append(Line(desc, qty, price, money(qty * price)))
            else:
                lines.append(Line(desc, None, None, money(rng.uniform(25, 480))))
        reason = {"DE": f"Die Frachtkosten zur Lieferung mit Rechnung Nr. {original} waren nicht enthalten.",
                  "GB": f"Carriage on the consignment invoiced under {original} was omitted from that invoice.",
                  "US": f"Freight on the shipment billed under invoice {original} was not included (terms: FOB origin, prepay and add)."}[country]
    else:
        principal = money(rng.uniform(1500, 48000))
        days = rng.randrange(18, 140)
        year = issued.year if issued.year in BASE_RATES else 2024
        if country == "GB":
            pct = Decimal(8) + BASE_RATES[year]
            lines.append(Line(f"Statutory interest at {pct}% p.a. (8% over base rate {BASE_RATES[year]}%) on {m(principal)} for {days} days", None, None,
                              _interest(principal, pct, days)))
            comp = Decimal(40) if principal < 1000 else Decimal(70) if principal < 10000 else Decimal(100)
            lines.append(Line("Fixed-sum compensation", None, None, comp))
            reason = (f"Invoice {original} dated {fmt.date(original_date)} was paid {days} days after its due date. We are entitled to claim interest and "
                      "compensation under the Late Payment of Commercial Debts (Interest) Act 1998.")
        elif country == "US":
            months = max(1, days // 30)
            lines.append(Line(f"Finance charge 1.5% per month on past-due balance {m(principal)} ({months} month{'s' if months > 1 else ''})", Decimal(months),
                              money(principal * Decimal("0.015")), money(principal * Decimal("0.015")) * months))
            if chance(rng, 0.4):
                lines.append(Line("Returned check fee", None, None, money(pick(rng, [25, 35, 40]))))
            reason = f"Invoice {original} was paid {days} days past due. Per our terms of sale, past-due balances accrue a finance charge of 1.5% per month."
        else:
            pct = Decimal(9) + DE_BASIS[year]
            lines.append(Line(f"Verzugszinsen {str(pct).replace('.', ',')} % p.a. ({str(DE_BASIS[year]).replace('.', ',')} % Basiszinssatz + 9 Prozentpunkte) auf "
                              f"{m(principal)} für {days} Tage", None, None, _interest(principal, pct, days)))
            lines.append(Line("Verzugspauschale gemäß § 288 Abs. 5 BGB", None, None, Decimal("40.00")))
            reason = f"Unsere Rechnung Nr. {original} vom {fmt.date(original_date)} wurde {days} Tage nach Fälligkeit beglichen."
    taxed = case != "interest"
    net = sum((li.amount for li in lines), Decimal("0.00"))
    rate = {"GB": 20, "DE": 19, "US": pick(rng, [6, 6.25, 7, 7.25, 8.25])}[country]
    tax = tax_on(net, rate) if taxed else None
    total = net + (tax or Decimal("0.00"))
    days = pick(rng, [7, 14, 14, 30])
    due = issued + timedelta(days=days)
    terms = {"DE": pick(rng, [f"Zahlbar innerhalb von {days} Tagen ohne Abzug", f"{days} Tage netto"]),
             "GB": pick(rng, [f"Payment due within {days} days", f"{days} days net", "Payable on receipt"]),
             "US": pick(rng, [f"Net {days}", "Due upon receipt", f"Net {days} days"])}[country]
    show_terms, show_due = chance(rng, 0.7), chance(rng, 0.5)
    customer_id = account_code(rng, pick(rng, ["KD", "num"] if country == "DE" else ["C", "num", "CUST"])) if chance(rng, 0.6) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net if taxed else None, tax=tax, lines=lines, payment_terms=terms if show_terms else None,
              due_date=due if show_due else None, customer_id=customer_id)
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.5, 10.0))
    css = theme.css(".ttl{font-size:18pt;font-weight:bold} .lbl{font-size:7.5pt;color:#555;font-weight:bold} .cell{border:0.6pt solid #777;padding:2pt 4pt}"
                    " .sender{font-size:6.5pt;text-decoration:underline}")
    width, height = LETTER if country == "US" else A4
    has_qty = any(li.quantity is not None for li in lines)
    tax_label = {"GB": "VAT @ 20%", "DE": "zzgl. 19 % USt", "US": f"Sales tax {rate}%"}[country]
    if country == "DE":
        tot = ([("Nettobetrag", m(net), False), (f"{tax_label} auf {m(net)}" if chance(rng, 0.5) else tax_label, m(tax), False)] if taxed else [])
        tot.append(("Gesamtbetrag" if taxed else "Belastungsbetrag", m(total), True))
    else:
        tot = ([("Subtotal", m(net), False), (tax_label, m(tax), False)] if taxed else [])
        tot.append((pick(rng, ["Total", "Total Due", "Amount Due", "TOTAL"]), m(total), True))
    outside = {"GB": "Interest and compensation are outside the scope of VAT.", "US": "Finance charges are not subject to sales tax.",
               "DE": "Verzugszinsen und Verzugspauschale sind als Schadensersatz nicht umsatzsteuerbar."}[country]

    def row_cells(li: Line) -> list[str]:
        return [esc(li.description), fmt.qty(li.quantity) if li.quantity is not None else "", num(li.unit_price) if li.unit_price is not None else "", num(li.amount)]
    cols_en = [Col("Description", width="280pt"), Col("Qty", "right", "45pt"), Col("Unit price", "right", "65pt"), Col("Amount", "right", "75pt")]
    cols_de = [Col("Bezeichnung", width="280pt"), Col("Menge", "right", "45pt"), Col("Einzelpreis", "right", "65pt"), Col("Betrag", "right", "75pt")]
    if not has_qty:
        cols_en = [cols_en[0], cols_en[3]]
        cols_de = [cols_de[0], cols_de[3]]

        def row_cells(li: Line) -> list[str]:   # noqa: F811
            return [esc(li.description), num(li.amount)]
    rows = [row_cells(li) for li in lines]

    if layout == "letter":
        contact = person_name(rng, country)
        meta = [("Debit Note No.", esc(number)), ("Date", fmt.date(issued))]
        if customer_id:
            meta.append(("Account No.", customer_id))
        if show_due:
            meta.append(("Due date", fmt.date(due)))
        head = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(vendor.name, rng, theme.accent)}<p class='b' style='font-size:12pt'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}<br/>{vendor.phone} · {vendor.email}</p>"
                + (f"<p class='small'>{'VAT Reg No' if country == 'GB' else 'EIN'}: {vendor.tax_id}</p>" if vendor.tax_id else "")
                + "</td><td style='width:45%' class='r'><p class='ttl accent'>DEBIT NOTE</p><table class='kv' style='width:100%'>"
                + "".join(f"<tr><td class='b r' style='width:55%'>{k}</td><td class='r' style='width:45%'>{v}</td></tr>" for k, v in meta) + "</table></td></tr></table>"
                f"<table style='width:100%;margin-top:12pt'><tr><td style='width:60%'><p class='lbl'>TO</p><p>{esc(customer.name)}<br/>{lines_html(customer.address)}</p></td>"
                f"<td style='width:40%'></td></tr></table>"
                f"<p class='b' style='margin-top:10pt'>Re: Invoice No. {esc(original)} dated {fmt.date(original_date)}</p>"
                f"<p style='margin-top:4pt'>Dear {pick(rng, ['Sir or Madam', 'Accounts Payable', contact.split()[0]])},</p><p>{esc(reason)} "
                f"We have therefore debited your account as follows:</p>")
        tail = (totals_table(tot, width="45%", left="55%") + (f"<p class='small'>{outside}</p>" if not taxed else "")
                + (f"<p style='margin-top:8pt'>Terms: {esc(terms)}</p>" if show_terms else "")
                + f"<p style='margin-top:8pt'>Please quote debit note {esc(number)} with your payment. If you have any questions please contact {esc(contact)} "
                  f"on {vendor.phone}.</p><p style='margin-top:8pt'>Yours faithfully,<br/><br/>{esc(contact)}<br/>Credit Control</p>"
                + (f"<p class='tiny muted' style='margin-top:10pt'>Registered in England and Wales No. {vendor.extra['company_no']}</p>" if country == "GB" else ""))
        sheet = flowing_sheet(width, height, css, cols_en, rows, head, tail, continued=lambda i: f"<p class='b'>Debit Note {esc(number)} (cont.)</p>")
    elif layout == "erp":
        title = "DEBIT MEMO" if country == "US" else pick(rng, ["DEBIT NOTE", "DEBIT MEMO"])
        cells = [(f"{title.title()} No.", esc(number)), ("Date", fmt.date(issued)), ("Customer No.", customer_id or "—"), ("Original Invoice", esc(original)),
                 ("Original Invoice Date", fmt.date(original_date)), ("Reason Code", REASON_CODES[case])]
        if show_terms:
            cells.append(("Terms", esc(terms)))
        if show_due:
            cells.append(("Due Date", fmt.date(due)))
        grid = "<table style='width:100%'>" + "".join(
            f"<tr><td class='cell lbl' style='width:40%'>{k}</td><td class='cell' style='width:60%'>{v}</td></tr>" for k, v in cells) + "</table>"
        head = (f"<table style='width:100%'><tr><td class='band' style='width:100%'><b style='font-size:13pt'>{esc(vendor.name)}</b> · {esc(', '.join(vendor.address))}</td></tr></table>"
                f"<table style='width:100%;margin-top:10pt'><tr><td style='width:52%'><p class='ttl'>{title}</p><p class='lbl' style='margin-top:8pt'>BILL TO</p>"
                f"<p>{esc(customer.name)}<br/>{lines_html(customer.address)}</p></td><td style='width:48%'>{grid}</td></tr></table>"
                f"<p class='small' style='margin-top:6pt'>{esc(reason)}</p>")
        tail = (totals_table(tot, width="45%", left="55%") + (f"<p class='small'>{outside}</p>" if not taxed else "")
                + (f"<p class='tiny muted'>{'VAT Reg No' if country == 'GB' else 'Federal Tax ID'} {vendor.tax_id}</p>" if vendor.tax_id else "")
                + "<p class='small'>This debit memo will appear on your next statement. Please remit with your payment.</p>")
        sheet = flowing_sheet(width, height, css, cols_en, rows, head, tail, zebra=theme.table == "zebra", continued=lambda i: f"<p class='b'>{title} {esc(number)}</p>")
    else:
        contact = person_name(rng, "DE")
        info = [("Belastungsanzeige Nr." if chance(rng, 0.7) else "Nachbelastung Nr.", esc(number)), ("Datum", fmt.date(issued))]
        if customer_id:
            info.append(("Kundennummer", customer_id))
        info.append(("Ansprechpartner", esc(contact)))
        info_html = "<table class='kv'>" + "".join(f"<tr><td class='small' style='width:95pt'>{k}</td><td>{v}</td></tr>" for k, v in info) + "</table>"
        head = (f"<table style='width:100%'><tr><td style='width:60%'>{logo(vendor.name, rng, theme.accent)}</td><td style='width:40%' class='r'><p class='b'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}<br/>{vendor.phone}</p></td></tr></table>"
                f"<table style='width:100%;margin-top:14pt'><tr><td style='width:60%'><p class='sender'>{esc(vendor.name)} · {esc(' · '.join(vendor.address))}</p>"
                f"<p style='margin-top:4pt'>{esc(customer.name)}<br/>{lines_html(customer.address)}</p></td><td style='width:40%'>{info_html}</td></tr></table>"
                f"<p class='b' style='margin-top:14pt;font-size:12pt'>{info[0][0].replace(' Nr.', '')} {esc(number)}</p>"
                f"<p class='b'>Bezug: Rechnung Nr. {esc(original)} vom {fmt.date(original_date)}</p>"
                f"<p style='margin-top:6pt'>Sehr geehrte Damen und Herren,</p><p>{esc(reason)} Wir belasten Ihr Konto wie folgt:</p>")
        tail = (totals_table(tot, width="50%", left="50%") + (f"<p class='small'>{outside}</p>" if not taxed else "")
                + (f"<p style='margin-top:8pt'>{esc(terms)}.</p>" if show_terms else "")
                + (f"<p>Fällig am: {fmt.date(due)}</p>" if show_due else "")
                + f"<p style='margin-top:8pt'>Mit freundlichen Grüßen<br/><br/>{esc(contact)}</p>"
                + f"<p class='tiny muted' style='margin-top:12pt'>{esc(vendor.name)} · USt-IdNr. {vendor.tax_id} · St.-Nr. {vendor.extra['steuernummer']} · "
                  f"{vendor.extra['hrb']} · {vendor.email}</p>")
        sheet = flowing_sheet(width, height, css, cols_de, rows, head, tail, continued=lambda i: f"<p class='b'>{esc(number)} – Seite {i + 1}</p>",
                              more="Fortsetzung auf der nächsten Seite")
    return Built(doc=doc, sheet=sheet, template=f"debit_{layout}_{country.lower()}" if layout != "de" else "debit_belastungsanzeige", png_scan_ok=len(sheet.pages) == 1,
                 notes={"case": case, "original_invoice": original, "original_date": original_date.isoformat()})
