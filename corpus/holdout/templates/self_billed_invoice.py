"""Self-billing invoice: the customer writes the supplier's invoice (UK self-billing, German Gutschrift).

Three prints: a UK logistics contractor's self-billed invoice to a subcontract haulier (the contractor's
letterhead, the haulier's name and address in the address block, "SELF-BILLED INVOICE", Self-billed invoice
No., Tax point, Supplier account, the haulier's VAT registration number, the contractor's own VAT number in
the footer, jobs with dates, routes and pallets x rate, waiting time, a fuel surcharge, Net / VAT 20 % /
Total, the HMRC wording "The VAT shown is your output tax due to HMRC" and the self-billing agreement
reference with its expiry date); a UK grain merchant's or dairy's self-billed purchase invoice to a farmer
(zero-rated produce: tonnes or litres x price from weighbridge tickets, "VAT @ 0%", contract and ticket
numbers, a statement period); and a German "Gutschrift" in the Gutschriftsverfahren (§ 14 Abs. 2 Satz 2 UStG)
from a company to its Handelsvertreter or Subunternehmer (Provision on the month's turnover, Frachten per
Tour, Lieferanten- / Kreditorennummer, "Ihre USt-IdNr." or only "Ihre Steuernummer", "Unsere USt-IdNr.",
Leistungszeitraum, Nettobetrag / zzgl. 19 % USt / Gutschriftsbetrag).

Truth (as VAT law reads these documents): a self-billed invoice is the **supplier's** invoice, drawn up by
the customer on the supplier's behalf. So the document type is `invoice` (a German "Gutschrift" in this
sense is not a credit note: its amounts are positive), the **vendor is the supplier being paid** (the
addressee: its name, its address as printed in the address block, its VAT number / Steuernummer as the tax
id, the supplier / creditor account number as vendor_id), and the **customer is the issuer** (the
letterhead: its name and address; its own VAT number is a decoy). Id = the self-billed invoice /
Gutschrift number. Net, tax and total as printed (tax 0.00 on zero-rated produce). The agreement
reference and expiry date, the statement period / Leistungszeitraum, job, ticket, contract and tour numbers
and the bank details are decoys; payment terms as printed after "Payment terms" / "Zahlungsbedingungen".
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line, line_sum, tax_on
from corpus.holdout.components import Col, Theme, esc, lines_html, logo, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import make_company, person_name
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._eighth import flowing_sheet

FAMILY = "self_billed_invoice"
DOCUMENT_TYPE = "invoice"
UK_PLACES = ["Doncaster DC", "Leeds", "Hull Docks", "Wakefield", "Immingham", "Daventry DIRFT", "Manchester Trafford Park", "Sheffield",
             "Crewe", "Avonmouth", "Thurrock", "Felixstowe"]
DE_PLACES = ["Köln", "Hamburg", "Duisburg", "Frankfurt am Main", "Nürnberg", "Leipzig", "Bremen", "Stuttgart", "Hannover", "Dortmund"]
PRODUCE = [("Feed wheat", "t", 165, 215), ("Malting barley", "t", 180, 240), ("Oilseed rape", "t", 360, 460), ("Feed barley", "t", 150, 195)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["uk_haulage", "uk_produce", "de_gutschrift"])
    country = "DE" if layout == "de_gutschrift" else "GB"
    issuer = make_company(rng, country)            # the customer, who writes the invoice
    supplier = make_company(rng, country)          # the vendor, who is paid
    fmt = Fmt.pick(rng, country, date_pattern="dmy_dot" if country == "DE" else pick(rng, ["dmy_slash", "d_mon_y", "d_month_y"]))
    m, num = fmt.money, fmt.num
    issued = random_date(rng)
    period_end = issued - timedelta(days=rng.randrange(0, 5))
    period_start = (period_end - timedelta(days=pick(rng, [6, 13, 27]))) if layout != "de_gutschrift" else period_end.replace(day=1)
    agreement_end = issued + timedelta(days=rng.randrange(90, 700))
    supplier_no = f"{pick(rng, ['7', '70', 'K', 'S'])}{rng.randrange(1000, 99999)}" if chance(rng, 0.7) else None
    lines: list[Line] = []
    notes: dict = {}
    base = issuer.name.split()[0]
    if layout == "uk_haulage":
        issuer.name = f"{base} {pick(rng, ['Logistics', 'Distribution', 'Supply Chain'])} {pick(rng, ['Ltd', 'Limited', 'plc'])}"
        supplier.name = f"{pick(rng, [person_name(rng, 'GB').split()[1], 'Redmond', 'Ashford', 'Calloway'])} {pick(rng, ['Haulage', 'Transport', 'Freight'])} {pick(rng, ['Ltd', 'Limited'])}"
        rate_pp = money(pick(rng, [18, 21, 24.5, 27, 32]))
        span = (period_end - period_start).days + 1
        for day in sorted(period_start + timedelta(days=rng.randrange(0, span)) for _ in range(rng.randrange(2, 14))):
            origin, dest = rng.sample(UK_PLACES, 2)
            pallets = Decimal(rng.randrange(4, 27))
            lines.append(Line(f"Job {rng.randrange(40000, 99999)} {fmt.date(day, 'dmy_slash')} {origin} – {dest}", pallets, rate_pp, money(pallets * rate_pp)))
        if chance(rng, 0.5):
            hours = Decimal(rng.randrange(2, 9)) / 2
            lines.append(Line("Waiting time", hours, money(35), money(hours * 35)))
        base = line_sum(lines)
        pct = pick(rng, ["3.5", "4.5", "6"])
        lines.append(Line(f"Fuel surcharge {pct}%", None, None, money(base * Decimal(pct) / 100)))
        vat_rate = 20
    elif layout == "uk_produce":
        issuer.name = f"{base} {pick(rng, ['Grain', 'Agricultural Merchants', 'Grain Marketing', 'Agri Trading'])} {pick(rng, ['Ltd', 'Limited'])}"
        supplier.name = pick(rng, [f"{person_name(rng, 'GB')} (Farms)", f"{pick(rng, ['Whitfield', 'Harper', 'Brennan'])} Farms Ltd",
                                   f"J & M {pick(rng, ['Lockhart', 'Prescott', 'Thornton'])} Partnership"])
        crop, unit, low, high = pick(rng, PRODUCE)
        price = money(rng.uniform(low, high))
        contract = f"C{rng.randrange(1000, 9999)}"
        notes["contract"] = contract
        for _ in range(rng.randrange(1, 9)):
            tonnes = Decimal(rng.randrange(2400, 2990)) / 100
            lines.append(Line(f"{crop}, contract {contract}, ticket {rng.randrange(50000, 99999)}", tonnes, price, money(tonnes * price)))
        vat_rate = 0
    else:
        supplier.name = pick(rng, [f"Handelsvertretung {person_name(rng, 'DE')} e.K.", f"{person_name(rng, 'DE').split()[1]} Transporte e.K.",
                                   supplier.name])
        provision = chance(rng, 0.5)
        issuer.name = f"{base} {pick(rng, ['Vertriebs GmbH', 'Handels GmbH', 'Großhandel GmbH & Co. KG'] if provision else ['Logistik GmbH', 'Spedition GmbH & Co. KG', 'Speditions AG'])}"
        if provision:
            turnover = money(rng.uniform(20000, 400000))
            pct = Decimal(pick(rng, ["3", "4.5", "5", "7.5", "8"]))
            month = period_end.strftime("%m/%Y")
            lines.append(Line(f"Provision {month}: {str(pct).replace('.', ',')} % auf Umsatz {num(turnover)} €", None, None,
                              money(turnover * pct / 100)))
            if chance(rng, 0.4):
                lines.append(Line(f"Bonus Neukundengewinnung {month}", None, None, money(pick(rng, [250, 500, 750]))))
        else:
            span = (period_end - period_start).days + 1
            for day in sorted(period_start + timedelta(days=rng.randrange(0, span)) for _ in range(rng.randrange(2, 12))):
                origin, dest = rng.sample(DE_PLACES, 2)
                rate_tour = money(rng.uniform(280, 1450))
                lines.append(Line(f"Tour {rng.randrange(1000, 9999)} vom {fmt.date(day)} {origin} – {dest}", Decimal(1), rate_tour, rate_tour))
        vat_rate = 19
    net = line_sum(lines)
    tax = tax_on(net, vat_rate)
    total = net + tax
    number = pick(rng, [f"SB-{rng.randrange(10**5, 10**6)}", f"SBI{issued.strftime('%y')}{rng.randrange(1000, 9999)}", f"{rng.randrange(10**6, 10**7)}"]) \
        if country == "GB" else pick(rng, [f"GS-{issued.year}-{rng.randrange(1, 9999):04d}", f"G{rng.randrange(10**5, 10**6)}", f"{issued.year}{rng.randrange(1000, 9999)}"])
    only_stnr = country == "DE" and chance(rng, 0.25)
    if only_stnr:
        supplier.tax_id = supplier.extra["steuernummer"]
    days = pick(rng, [14, 21, 30])
    terms = (pick(rng, [f"{days} days", f"Payment within {days} days of tax point", f"{days} days by BACS"]) if country == "GB"
             else pick(rng, [f"Zahlung innerhalb von {days} Tagen per Überweisung", f"{days} Tage netto"])) if chance(rng, 0.7) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=supplier, customer=issuer, invoice_ids=[number],
              document_date=issued, total=total, net=net, tax=tax, lines=lines, payment_terms=terms, vendor_id=supplier_no)
    sort_code = f"**-**-{rng.randrange(10, 99)}"
    account_tail = f"****{rng.randrange(1000, 9999)}"
    agreement = f"SBA/{rng.randrange(100, 9999):04d}"

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.5), table=pick(rng, ["rules", "grid", "zebra", "header_fill"]))
    css = theme.css(".ttl{font-size:15pt;font-weight:bold} .sender{font-size:6.5pt;text-decoration:underline} .legend{border:0.8pt solid #444;padding:4pt;margin-top:8pt}")
    width, height = A4

    if country == "GB":
        title = "SELF-BILLED INVOICE" if layout == "uk_haulage" or chance(rng, 0.5) else "SELF-BILLING INVOICE"
        meta = [("Self-billed invoice No.", esc(number)), ("Date / tax point", fmt.date(issued))]
        if supplier_no:
            meta.append(("Supplier account", supplier_no))
        meta += [("Period", f"{fmt.date(period_start)} – {fmt.date(period_end)}"), ("Supplier VAT Reg. No.", supplier.tax_id)]
        if layout == "uk_produce":
            meta.append(("Contract", notes["contract"]))
        kv = "<table class='kv'>" + "".join(f"<tr><td class='b' style='width:110pt'>{k}</td><td style='width:120pt'>{v}</td></tr>" for k, v in meta) + "</table>"
        head = (f"<table style='width:100%'><tr><td style='width:58%'>{logo(issuer.name, rng, theme.accent)}<p class='b' style='font-size:12pt'>{esc(issuer.name)}</p>"
                f"<p class='small'>{lines_html(issuer.address)}</p><p class='small'>{issuer.phone} · {issuer.email}</p></td>"
                f"<td style='width:42%' class='r'><p class='ttl accent'>{title}</p><p class='small'>issued by the customer under a self-billing agreement</p></td></tr></table>"
                f"<table style='width:100%;margin-top:10pt'><tr><td style='width:50%'><p class='muted small'>Supplier</p><p class='b'>{esc(supplier.name)}</p>"
                f"<p>{lines_html(supplier.address)}</p></td><td style='width:50%'>{kv}</td></tr></table>")
        if layout == "uk_haulage":
            cols = [Col("Job / date / route", width="250pt"), Col("Pallets", "right", "50pt"), Col("Rate", "right", "60pt"), Col("Net", "right", "75pt")]
        else:
            cols = [Col("Description", width="250pt"), Col("Tonnes", "right", "50pt"), Col("£/t", "right", "60pt"), Col("Net", "right", "75pt")]
        rows = [[esc(li.description), fmt.qty(li.quantity), num(li.unit_price) if li.unit_price is not None else "", num(li.amount)] for li in lines]
        tot = [("Net amount", m(net), False), (f"VAT @ {vat_rate}%" + (" (zero-rated)" if vat_rate == 0 else ""), m(tax), False), ("Total", m(total), True)]
        legend = (f"<div class='legend small'>SELF-BILLED INVOICE. The VAT shown is your output tax due to HMRC. This invoice is issued under self-billing "
                  f"agreement {agreement}, valid until {fmt.date(agreement_end)}. Please tell us within 14 days if your VAT registration changes.</div>")
        tail = (totals_table(tot) + legend + (f"<p style='margin-top:6pt'><b>Payment terms:</b> {esc(terms)}</p>" if terms else "")
                + f"<p class='small'>Payment by BACS to sort code {sort_code}, account {account_tail}.</p>"
                + f"<p class='small muted'>{esc(issuer.name)} · Registered in England No. {issuer.extra['company_no']} · VAT Reg. No. {issuer.tax_id}</p>")
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                              continued=lambda i: f"<p class='b'>Self-billed invoice {esc(number)} (continued)</p>")
    else:
        id_label = "Ihre Steuernummer" if only_stnr else "Ihre USt-IdNr."
        info = [("Gutschrift-Nr.", esc(number)), ("Datum", fmt.date(issued))]
        if supplier_no:
            info.append((pick(rng, ["Lieferantennummer", "Kreditor-Nr."]), supplier_no))
        info += [(id_label, supplier.tax_id), ("Leistungszeitraum", f"{fmt.date(period_start)} – {fmt.date(period_end)}")]
        kv = "<table class='kv'>" + "".join(f"<tr><td class='small' style='width:95pt'>{k}</td><td style='width:110pt'>{v}</td></tr>" for k, v in info) + "</table>"
        head = (f"<table style='width:100%'><tr><td style='width:62%'>{logo(issuer.name, rng, theme.accent)}</td><td style='width:38%' class='r'>"
                f"<p class='b'>{esc(issuer.name)}</p><p class='small'>{lines_html(issuer.address)}</p></td></tr></table>"
                f"<table style='width:100%;margin-top:12pt'><tr><td style='width:58%'><p class='sender'>{esc(issuer.name)} · {esc(' · '.join(issuer.address))}</p>"
                f"<p style='margin-top:4pt'>{esc(supplier.name)}<br/>{lines_html(supplier.address)}</p></td><td style='width:42%'>{kv}</td></tr></table>"
                f"<p class='ttl' style='margin-top:14pt'>Gutschrift Nr. {esc(number)}</p>"
                "<p class='small'>Gutschrift im Sinne von § 14 Abs. 2 Satz 2 UStG – Abrechnung im Gutschriftsverfahren</p>"
                "<p style='margin-top:6pt'>Sehr geehrte Damen und Herren,<br/>für Ihre Leistungen im o. g. Zeitraum schreiben wir Ihnen gut:</p>")
        cols = [Col("Pos.", width="26pt"), Col("Leistung", width="270pt"), Col("Menge", "right", "40pt"), Col("Einzelpreis", "right", "60pt"),
                Col("Betrag", "right", "65pt")]
        rows = [[str(i), esc(li.description), fmt.qty(li.quantity), num(li.unit_price) if li.unit_price is not None else "", num(li.amount)]
                for i, li in enumerate(lines, 1)]
        tot = [("Nettobetrag", m(net), False), ("zzgl. 19 % USt", m(tax), False), ("Gutschriftsbetrag", m(total), True)]
        tail = (totals_table(tot) + (f"<p style='margin-top:8pt'>Zahlungsbedingungen: {esc(terms)}</p>" if terms else "")
                + f"<p>Der Betrag wird auf Ihr bei uns hinterlegtes Konto (IBAN endend auf {rng.randrange(1000, 9999)}) überwiesen.</p>"
                + "<p class='small'>Sollten Sie mit dieser Abrechnung nicht einverstanden sein, widersprechen Sie bitte innerhalb von 14 Tagen.</p>"
                + f"<p class='small muted' style='margin-top:10pt'>{esc(issuer.name)} · {issuer.extra['hrb']} · Unsere USt-IdNr.: {issuer.tax_id}</p>")
        sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                              continued=lambda i: f"<p class='b'>Gutschrift {esc(number)} – Seite {i + 1}</p>", more="Übertrag")
    return Built(doc=doc, sheet=sheet, template=f"sb_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"issuer": issuer.name, "issuer_vat": issuer.tax_id, "agreement": agreement, "only_stnr": only_stnr, **notes})
