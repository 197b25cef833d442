"""Italian fattura: the courtesy copy a gestionale prints, the FatturaPA stylesheet rendering, a professional's parcel.

Courtesy copy ("copia di cortesia"): letterhead with P.IVA / C.F. / REA / capitale sociale, "Spett.le"
customer box with its P.IVA and codice destinatario (SDI) or PEC, "FATTURA N. 45/2024 del 12/03/2024",
Cod. / Descrizione / Q.tà / U.M. / Prezzo / Sc.% / Importo / IVA, a riepilogo IVA per aliquota
(22 %, 10 %, 4 %), Totale imponibile, Totale IVA, Totale documento, Scadenze with date and amount,
Modalità di pagamento with IBAN, split payment ("Scissione dei pagamenti art. 17-ter", IVA not paid)
for public bodies, and the "not the fiscal original" note. FatturaPA rendering: labelled boxes
(Cedente/prestatore, Cessionario/committente, Tipologia documento TD01), the lines, "RIEPILOGHI IVA E
TOTALI" and "Modalità pagamento" grids. Professional's parcel: fees, Cassa previdenza 4 % (rivalsa,
not a line), IVA 22 % on both, Totale documento, Ritenuta d'acconto 20 % and "Netto a pagare" (a
decoy), or the flat-rate regime with no IVA and the 2,00 € stamp duty ("imposta di bollo").
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, paged_sheet, pick
from corpus.holdout.catalog import Line, make_lines, tax_on, totals_by_rate
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, logo, rate, totals_table
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import account_code, iban, it_codice_fiscale_person, make_company, person_name
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money
from corpus.holdout.render import A4

FAMILY = "it_fattura"
DOCUMENT_TYPE = "invoice"


def _end_of_month(d: date) -> date:
    nxt = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
    return nxt - timedelta(days=1)


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["cortesia", "cortesia", "fatturapa", "professionista"])
    vendor = make_company(rng, "IT")
    customer = make_company(rng, "IT")
    fmt = Fmt.pick(rng, "IT", date_pattern="dmy_slash")
    issued, _due, _days = issue_and_due(rng)
    year = issued.year
    number = pick(rng, [f"{rng.randrange(1, 900)}/{year}", f"FPR {rng.randrange(1, 400)}/{year % 100}",
                        f"{year}/{rng.randrange(1, 2000):04d}", f"{rng.randrange(1, 600)}/A", f"{rng.randrange(1, 999)}"])
    pa_customer = layout == "cortesia" and chance(rng, 0.2)
    if pa_customer:
        customer.name = f"Comune di {customer.address[-1].split(' ', 1)[1].rsplit(' (', 1)[0]}"
    vat_form = pick(rng, ["plain", "it"])
    vendor.tax_id = vendor.tax_id if vat_form == "plain" else f"IT{vendor.tax_id}"
    cf_vendor = vendor.tax_id.removeprefix("IT")
    cassa = withholding = flat_rate = False
    if layout == "professionista":
        person = person_name(rng, "IT")
        vendor.name = pick(rng, [f"Studio {person.split()[1]}", f"Dott. {person}", f"Ing. {person}", f"Avv. {person}"])
        cf_vendor = it_codice_fiscale_person(rng)
        flat_rate = chance(rng, 0.35)
        cassa = not flat_rate and chance(rng, 0.7)
        withholding = not flat_rate and chance(rng, 0.8)
        fee = money(rng.uniform(300, 6000))
        month = fmt.date(issued.replace(day=1), "dmy_slash")[3:]
        lines = [Line(pick(rng, ["Compenso per consulenza professionale", "Onorario per assistenza contabile",
                                 "Prestazione professionale - progettazione impianti", "Parere legale"]) + f" ({month})",
                      Decimal(1), fee, fee, "n.")]
        if chance(rng, 0.4):
            expenses = money(rng.uniform(20, 240))
            lines.append(Line("Rimborso spese documentate", Decimal(1), expenses, expenses, "n."))
        for line in lines:
            line.tax_rate = Decimal(0) if flat_rate else Decimal(22)
    else:
        lines = make_lines(rng, "office_it", rng.randrange(1, 8) if chance(rng, 0.8) else rng.randrange(24, 36),
                           codes=chance(rng, 0.6))
        mixed = chance(rng, 0.3)
        for line in lines:
            line.tax_rate = pick(rng, [Decimal(10), Decimal(4), Decimal(22)]) if mixed and chance(rng, 0.4) else Decimal(22)
    fees = sum((line.amount for line in lines), Decimal("0.00"))
    cassa_amount = money(fees * Decimal("0.04")) if cassa else Decimal("0.00")
    bollo = Decimal("2.00") if flat_rate and fees > Decimal("77.47") else Decimal("0.00")
    if layout == "professionista":
        net = fees + cassa_amount
        tax = Decimal("0.00") if flat_rate else tax_on(net, 22)
        total = net + tax + bollo
        rates, bases, taxes = [Decimal(0 if flat_rate else 22)], {}, {}
        bases[rates[0]], taxes[rates[0]] = net, tax
    else:
        rates, bases, taxes, net, tax, total = totals_by_rate(lines)
    ritenuta = money(fees * Decimal("0.20")) if withholding else Decimal("0.00")
    due = _end_of_month(issued + timedelta(days=pick(rng, [30, 60, 90]))) if chance(rng, 0.5) else issued + timedelta(days=pick(rng, [0, 30, 30, 60]))
    method = pick(rng, ["Bonifico bancario", "Bonifico", "RiBa", "Rimessa diretta"])
    terms = pick(rng, [f"{method} 30 gg d.f.f.m.", f"{method} 60 gg data fattura", f"{method} a vista",
                       f"{method} 30/60 gg f.m."])
    show_terms = chance(rng, 0.7)
    doc = Doc(document_type=DOCUMENT_TYPE, locale="IT", currency="EUR", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net,
              tax=None if flat_rate else tax, lines=lines, due_date=due,
              payment_terms=terms if show_terms else None, lines_adjustment=cassa_amount)
    if layout == "cortesia" and chance(rng, 0.6):
        doc.customer_id = account_code(rng, pick(rng, ["C", "num"]))
    iban_text = iban(rng, "IT")
    bank = pick(rng, ["Intesa Sanpaolo S.p.A.", "UniCredit S.p.A.", "Banco BPM", "BPER Banca", "Credit Agricole Italia"])
    sdi = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))
    pec = f"{customer.name.split()[0].lower()}@pec.{customer.website.removeprefix('www.').split('.')[0]}.it"
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.5, 9.0))
    css = theme.css(".lbl{font-size:6.5pt;color:#555;text-transform:uppercase} .box{border:0.7pt solid #777;padding:3pt}"
                    " .ttl{font-size:13pt;font-weight:bold}")
    width, height = A4
    money_fmt = fmt.money

    cols = ([Col("Cod.", width="10%")] if any(line.code for line in lines) else []) + [
        Col("Descrizione", width="40%"), Col("Q.tà", "right", "7%"), Col("U.M.", width="6%"),
        Col("Prezzo", "right", "12%"), Col("Importo", "right", "13%"), Col("IVA", "right", "6%")]

    def line_row(line: Line) -> list[str]:
        row = [esc(line.code)] if cols[0].title == "Cod." else []
        row += [esc(line.description), fmt.qty(line.quantity), esc(line.unit or "n."), fmt.num(line.unit_price),
                fmt.num(line.amount), "N2.2" if flat_rate else f"{rate(line.tax_rate)}%"]
        return row

    riepilogo_rows = "".join(
        f"<tr><td>{rate(r)}%{' (N2.2 - regime forfettario)' if flat_rate else ''}</td><td class='r'>{fmt.num(bases[r])}</td>"
        f"<td class='r'>{fmt.num(taxes[r])}</td></tr>" for r in rates)
    riepilogo = (f"<table class='items' style='width:60%'><tr><th>Aliquota</th><th style='text-align:right'>Imponibile</th>"
                 f"<th style='text-align:right'>Imposta</th></tr>{riepilogo_rows}</table>")
    totals = []
    if cassa:
        totals += [("Totale compensi", money_fmt(fees), False), ("Contributo integrativo 4%", money_fmt(cassa_amount), False)]
    totals.append(("Totale imponibile", money_fmt(net), False))
    if not flat_rate:
        totals.append(("Totale IVA", money_fmt(tax), False))
    if bollo:
        totals.append(("Imposta di bollo", money_fmt(bollo), False))
    totals.append(("Totale documento", money_fmt(total), True))
    due_amount = total
    if pa_customer:
        totals.append(("IVA in scissione dei pagamenti", f"-{money_fmt(tax)}", False))
        totals.append(("Netto a pagare", money_fmt(total - tax), True))
        due_amount = total - tax
    if withholding:
        totals.append(("Ritenuta d'acconto 20%", f"-{money_fmt(ritenuta)}", False))
        totals.append(("Netto a pagare", money_fmt(total - ritenuta), True))
        due_amount = total - ritenuta
    payment = (f"<p style='margin-top:6pt'><b>Modalità di pagamento:</b> {esc(method)}"
               + (f" &#160; <b>Condizioni:</b> {esc(terms)}" if show_terms else "")
               + f"<br/>{esc(bank)} - IBAN {esc(iban_text)}</p>"
               f"<table class='kv'><tr><td class='b'>Scadenza</td><td>{fmt.date(due)}</td><td class='b'>Importo</td>"
               f"<td>{money_fmt(due_amount)}</td></tr></table>")
    notes = []
    if pa_customer:
        notes.append("Operazione soggetta a scissione dei pagamenti ai sensi dell'art. 17-ter del DPR 633/1972.")
    if flat_rate:
        notes.append("Operazione effettuata ai sensi dell'art. 1, commi da 54 a 89, della Legge n. 190/2014 - regime "
                     "forfettario. Operazione senza applicazione dell'IVA." + (" Imposta di bollo assolta sull'originale." if bollo else ""))
    if layout != "fatturapa":
        notes.append("Copia di cortesia: il documento fiscalmente valido è la fattura elettronica trasmessa tramite SdI "
                     "e disponibile nell'area riservata del Cassetto fiscale.")
    notes_html = "".join(f"<p class='tiny muted'>{n}</p>" for n in notes)
    rea = vendor.extra["rea"]
    capitale = f"Cap. soc. € {pick(rng, ['10.000,00', '50.000,00 i.v.', '100.000,00 i.v.', '20.000,00'])}"
    vat_label = pick(rng, ["P.IVA", "P. IVA", "Partita IVA"])
    customer_vat = customer.tax_id

    if layout == "fatturapa":
        def party_box(title: str, party, cf: str) -> str:
            return (f"<div class='box'><p class='b'>{title}</p><p>Identificativo fiscale ai fini IVA: {esc(party.tax_id)}<br/>"
                    f"Codice fiscale: {esc(cf)}<br/>Denominazione: {esc(party.name)}<br/>Regime fiscale: "
                    f"{'RF19 (forfettario)' if flat_rate and party is vendor else 'RF01 (ordinario)'}<br/>"
                    f"Indirizzo: {esc(party.address[0])}<br/>{esc(party.address[1])} - IT</p></div>")
        head = (f"<table style='width:100%'><tr><td style='width:50%'>{party_box('Cedente/prestatore (fornitore)', vendor, cf_vendor)}</td>"
                f"<td style='width:50%'>{party_box('Cessionario/committente (cliente)', customer, customer.tax_id)}</td></tr></table>"
                f"<table class='items'><tr><th>Tipologia documento</th><th>Art. 73</th><th>Numero documento</th>"
                f"<th>Data documento</th><th>Codice destinatario</th></tr><tr><td>TD01 fattura</td><td></td><td>{esc(number)}</td>"
                f"<td>{fmt.date(issued)}</td><td>{sdi}</td></tr></table>")
        summary = ("<p class='b' style='margin-top:6pt'>RIEPILOGHI IVA E TOTALI</p>"
                   "<table class='items'><tr><th>esigibilità iva / riferimenti normativi</th><th>%IVA</th>"
                   "<th style='text-align:right'>Totale imponibile</th><th style='text-align:right'>Totale imposta</th></tr>"
                   + "".join(f"<tr><td>{'I (esigibilità immediata)' if not flat_rate else 'N2.2 non soggette'}</td>"
                             f"<td>{rate(r)}</td><td class='r'>{fmt.num(bases[r])}</td><td class='r'>{fmt.num(taxes[r])}</td></tr>"
                             for r in rates)
                   + (f"<tr><td colspan='2' class='b'>Totale</td><td class='r b'>{fmt.num(net)}</td><td class='r b'>{fmt.num(tax)}</td></tr>"
                      if len(rates) > 1 else "")
                   + f"</table><table class='items'><tr><th>Importo bollo</th><th>Sconto/Maggiorazione</th>"
                     f"<th style='text-align:right'>Totale documento</th></tr><tr><td>{fmt.num(bollo) if bollo else ''}</td><td></td>"
                     f"<td class='r b'>{fmt.num(total)}</td></tr></table>"
                   f"<table class='items'><tr><th>Modalità pagamento</th><th>IBAN</th><th>Istituto</th><th>Data scadenza</th>"
                   f"<th style='text-align:right'>Importo</th></tr><tr><td>MP05 {esc(method)}</td><td>{esc(iban_text)}</td>"
                   f"<td>{esc(bank)}</td><td>{fmt.date(due)}</td><td class='r'>{fmt.num(due_amount)}</td></tr></table>"
                   + (f"<p>Condizioni di pagamento: {esc(terms)}</p>" if show_terms else ""))
        if cassa or withholding:
            extra = []
            if cassa:
                extra.append(f"Cassa previdenziale TC22 4% su {fmt.num(fees)}: {fmt.num(cassa_amount)}")
            if withholding:
                extra.append(f"Ritenuta RT01 20% su {fmt.num(fees)}: {fmt.num(ritenuta)} (netto a pagare {fmt.num(due_amount)})")
            summary += "<p class='small'>" + "<br/>".join(extra) + "</p>"
        summary += notes_html
        fa_cols = [Col("Cod. articolo", width="12%"), Col("Descrizione", width="40%"), Col("Quantità", "right", "9%"),
                   Col("Prezzo unitario", "right", "13%"), Col("UM", width="6%"), Col("%IVA", "right", "7%"),
                   Col("Prezzo totale", "right", "13%")]

        def body(chunk, index, is_last):
            rows = [[esc(line.code), esc(line.description), fmt.qty(line.quantity), fmt.num(line.unit_price),
                     esc(line.unit), "N2.2" if flat_rate else rate(line.tax_rate), fmt.num(line.amount)] for line in chunk]
            top = head if index == 0 else f"<p class='b'>Fattura {esc(number)} del {fmt.date(issued)} (segue)</p>"
            return top + items_table(fa_cols, rows, zebra=False) + (summary if is_last else "")

        sheet = paged_sheet(width, height, css, (34, 34, 34, 30), lines, body,
                            footer=lambda n, c: f"<p class='tiny r'>Pagina {n} di {c}</p>", footer_height=12)
        template = "fatturapa_stylesheet"
    else:
        vendor_block = (f"<p class='b big'>{esc(vendor.name)}</p><p class='small'>{lines_html(vendor.address)}<br/>"
                        f"{vat_label} {esc(vendor.tax_id)}"
                        + (f" - C.F. {esc(cf_vendor)}" if cf_vendor != vendor.tax_id else "")
                        + (f"<br/>REA {esc(rea)} - {capitale}" if layout == "cortesia" else "")
                        + f"<br/>Tel. {esc(vendor.phone)} - {esc(vendor.email)}</p>")
        cust_ids = f"P.IVA {esc(customer_vat)}" + (f"<br/>Codice destinatario: {sdi}" if chance(rng, 0.6) else f"<br/>PEC: {esc(pec)}")
        customer_block = (f"<div class='box'><p class='lbl'>Spett.le</p><p class='b'>{esc(customer.name)}</p>"
                          f"<p>{lines_html(customer.address)}<br/>{cust_ids}</p></div>")
        title = pick(rng, [f"FATTURA N. {esc(number)} del {fmt.date(issued)}", f"Fattura n. {esc(number)} del {fmt.date(issued)}"])
        if chance(rng, 0.4):
            title = "FATTURA"
            meta = (f"<table class='kv'><tr><td>Numero</td><td class='b'>{esc(number)}</td></tr>"
                    f"<tr><td>Data</td><td class='b'>{fmt.date(issued)}</td></tr>"
                    + (f"<tr><td>Cod. cliente</td><td>{esc(doc.customer_id)}</td></tr>" if doc.customer_id else "") + "</table>")
        else:
            meta = f"<p>Cod. cliente: {esc(doc.customer_id)}</p>" if doc.customer_id else ""
        head = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(vendor.name, rng, theme.accent)}{vendor_block}</td>"
                f"<td style='width:45%'>{customer_block}</td></tr></table>"
                f"<p class='ttl accent' style='margin-top:8pt'>{title}</p>{meta}")
        tail = ("" if flat_rate else riepilogo) + totals_table(totals, left="50%") + payment + notes_html

        def body(chunk, index, is_last):
            top = head if index == 0 else f"<p class='b'>Fattura {esc(number)} del {fmt.date(issued)} - segue</p>"
            return top + items_table(cols, [line_row(line) for line in chunk], zebra=theme.table == "zebra") + (tail if is_last else "")

        sheet = paged_sheet(width, height, css, (40, 36, 40, 30), lines, body,
                            footer=lambda n, c: f"<p class='tiny c muted'>{esc(vendor.name)} - {vat_label} {esc(vendor.tax_id)} - Pag. {n}/{c}</p>",
                            footer_height=12)
        template = f"fattura_{layout}"
    return Built(doc=doc, sheet=sheet, template=template, png_scan_ok=len(sheet.pages) == 1,
                 notes={"split_payment": pa_customer, "withholding": withholding, "flat_rate": flat_rate,
                        "cassa": cassa, "amount_due": float(due_amount)})
