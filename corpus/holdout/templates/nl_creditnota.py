"""Dutch and Flemish credit note (creditnota / creditfactuur) citing the invoice it corrects.

Three prints: a Dutch invoicing app's creditnota (Creditnotanummer / Creditnotadatum / Klantnummer strip, "Deze
creditnota heeft betrekking op factuur 2024-0123 van 12-02-2024", Omschrijving / Aantal / Prijs / BTW / Bedrag with
the amounts negative `-€ 121,00` or `€ -121,00`, "BTW 21% over -€ 100,00", Totaal, the refund sentence "Het bedrag
wordt binnen 14 dagen teruggestort op uw rekening" or "verrekend met uw openstaande facturen", KvK / BTW-nummer /
IBAN footer); a Flemish CREDITNOTA (the title and positive amounts, "Betreft: factuur nr. … van …", the customer's
BTW number, Omschrijving / Aantal / Eenheidsprijs / BTW % / Totaal excl. btw, Totaal excl. btw / BTW 21 % /
Totaal incl. btw, and the statutory mention "Btw terug te storten aan de Staat in de mate waarin ze
oorspronkelijk in aftrek werd gebracht", ondernemingsnummer with RPR, IBAN BE and BIC); and a wholesaler's
retour credit (Retournummer / RMA, Pakbon, Artikelnr., returned quantities, "Creditering retourzending").

Rates: NL 21 % and 9 %; BE 21 %, 12 %, 6 %. Amounts `€ 1.234,56`, `1.234,56 €`; dates `15-03-2024`, `15/03/2024`,
`15 maart 2024`.

Truth: a `credit_note`, every amount negative (printed positive under the credit title, with a minus sign, or
both). Id = the credit note's own number; the original invoice number and date, the Retournummer / RMA and
Pakbon numbers are decoys (as on the first set's credit notes). Vendor = the issuer (its BTW-nummer / BTW BE
number the tax id as printed; KvK, ondernemingsnummer, RPR, IBAN decoys); customer = the addressee (its BTW
number a decoy), customer id = Klantnummer / Klantnr. where printed. Net = Subtotaal / Totaal excl. btw, tax =
the BTW (summed over rates where only per-rate lines are printed), total = Totaal / Totaal incl. btw. The
refund or set-off sentence is not payment terms: terms and due date null.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line, make_lines, totals_by_rate
from corpus.holdout.components import Col, Theme, esc, lines_html, logo, rate
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import iban, make_company
from corpus.holdout.fakes_eighth import fmt_of
from corpus.holdout.fakes_fourth import be_company, be_iban
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._eighth import flowing_sheet

FAMILY = "nl_creditnota"
DOCUMENT_TYPE = "credit_note"
REASONS = ["Retour ontvangen goederen", "Prijscorrectie op factuur", "Dubbel gefactureerd", "Annulering abonnement per einde maand",
           "Beschadigd geleverd", "Korting achteraf volgens afspraak"]
GRAND = ' class="grand"'
RETOUR = [("Hogedrukreiniger 2100W", "st", 189, 420), ("Accuboormachine 18V (zonder accu)", "st", 79, 189), ("Tuinslang 25 m, 1/2\"", "st", 19, 45),
          ("LED-bouwlamp 50W", "st", 29, 79), ("Werkhandschoenen nitril (doos 12 paar)", "ds", 14, 32), ("Verlengkabel 10 m, 3-voudig", "st", 12, 28),
          ("Schroevenset RVS 600-delig", "set", 24, 59), ("Ladder aluminium 3x8 treden", "st", 139, 299)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["app", "be", "retour"])
    country = "BE" if layout == "be" else "NL"
    if country == "BE":
        vendor, customer = be_company(rng, "nl"), be_company(rng, "nl")
        fmt = fmt_of("BE", "EUR", number_style="de", symbol="€", position=pick(rng, ["post_space", "pre_space"]),
                     date_pattern=pick(rng, ["dmy_slash", "dmy_slash", "d_month_y", "dmy_dot"]), lang="nl")
        rates_pool = [Decimal(21), Decimal(21), Decimal(12), Decimal(6)]
    else:
        vendor, customer = make_company(rng, "NL"), make_company(rng, "NL")
        fmt = fmt_of("NL", "EUR", number_style="de", symbol="€", position="pre_space",
                     date_pattern=pick(rng, ["dmy_dash", "dmy_dash", "d_month_y", "dmy_slash"]), lang="nl")
        rates_pool = [Decimal(21), Decimal(21), Decimal(21), Decimal(9)]
    issued = random_date(rng)
    original_date = issued - timedelta(days=rng.randrange(5, 75))
    original = pick(rng, [f"{original_date.year}-{rng.randrange(1, 999):04d}", f"F{original_date.year}{rng.randrange(100, 9999):04d}",
                          f"{rng.randrange(20000, 99999)}", f"INV{rng.randrange(10000, 99999)}"])
    number = pick(rng, [f"C{issued.year}-{rng.randrange(1, 300):04d}", f"CN{rng.randrange(1000, 99999)}", f"{issued.year}-C{rng.randrange(1, 999):03d}",
                        f"CR-{rng.randrange(100, 9999)}", f"{issued.year}{rng.randrange(9000, 9999)}"])
    reason = pick(rng, REASONS)
    lines: list[Line] = []
    if layout == "retour":
        for desc, unit, low, high in rng.sample(RETOUR, rng.randrange(1, 5)):
            qty = Decimal(pick(rng, [1, 1, 2, 3, 4, 6, 10]))
            price = money(rng.uniform(low, high))
            lines.append(Line(desc, qty, price, money(qty * price), unit, f"{rng.randrange(100000, 999999)}", Decimal(21)))
        reason = "Creditering retourzending"
    elif reason.startswith(("Prijscorrectie", "Korting")):
        for _ in range(rng.randrange(1, 3)):
            lines.append(Line(f"{'Prijscorrectie' if reason.startswith('Prijs') else 'Bonus / korting achteraf'} factuur {original}"
                              + (f" – {pick(rng, ['artikel', 'regel'])} {len(lines) + 1}" if lines else ""), None, None, money(rng.uniform(25, 900)), "", "", pick(rng, rates_pool)))
    else:
        for li in make_lines(rng, "office_nl", rng.randrange(1, 5)):
            li.tax_rate = Decimal(21)
            lines.append(li)
    rates, bases, taxes, net, tax, total = totals_by_rate(lines)
    customer_id = (f"{pick(rng, ['K', 'D', ''])}{rng.randrange(1000, 99999)}" if chance(rng, 0.65) else None)
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency="EUR", vendor=vendor, customer=customer, invoice_ids=[number], document_date=issued,
              total=total, net=net, tax=tax, lines=lines, customer_id=customer_id)
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.5))
    css = theme.css(".ttl{font-size:19pt;font-weight:bold} .lbl{font-size:7pt;color:#666} .foot{font-size:6.5pt;color:#555;border-top:0.5pt solid #aaa;padding-top:3pt;margin-top:10pt}")
    width, height = A4
    num = fmt.num
    neg_style = pick(rng, ["minus_pre", "minus_after_symbol"])

    def neg(value: Decimal) -> str:
        text = fmt_number(value, "de")
        return f"-€ {text}" if neg_style == "minus_pre" else f"€ -{text}"

    if country == "BE":
        iban_text = be_iban(rng)
        cust_vat = customer.tax_id
        meta = [("Creditnota nr.", f"<b>{esc(number)}</b>"), ("Datum", fmt.date(issued))]
        if customer_id:
            meta.append(("Klantnr.", customer_id))
        meta.append(("Uw btw-nr.", cust_vat))
        head = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(vendor.name, rng, theme.accent)}<p class='b' style='font-size:12pt;margin-top:4pt'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}<br/>Tel. {vendor.phone}<br/>{vendor.email}</p></td>"
                f"<td style='width:45%'><p class='lbl'>Aan</p><p class='b'>{esc(customer.name)}</p><p>{lines_html(customer.address)}</p></td></tr></table>"
                f"<p class='ttl accent' style='margin-top:10pt'>CREDITNOTA</p><table class='kv'>"
                + "".join(f"<tr><td class='b'>{k}</td><td>{v}</td></tr>" for k, v in meta) + "</table>"
                f"<p style='margin-top:6pt'><b>Betreft:</b> factuur nr. {esc(original)} van {fmt.date(original_date)} – {esc(reason.lower())}</p>")
        cols = [Col("Omschrijving", width="230pt"), Col("Aantal", "right", "40pt"), Col("Eenheidsprijs", "right", "65pt"), Col("BTW %", "right", "38pt"),
                Col("Totaal excl. btw", "right", "75pt")]
        rows = [[esc(li.description), fmt.qty(li.quantity) if li.quantity is not None else "", num(li.unit_price) if li.unit_price is not None else "",
                 rate(li.tax_rate), num(li.amount)] for li in lines]
        tot = [("Totaal excl. btw", fmt.money(net))] + [(f"BTW {rate(r)} % op {fmt.money(bases[r])}" if len(rates) > 1 else f"BTW {rate(r)} %", fmt.money(taxes[r])) for r in rates]
        tot.append(("Totaal incl. btw (te crediteren)", fmt.money(total)))
        totals = "<table style='width:100%;margin-top:6pt'>" + "".join(
            f"<tr{GRAND if i == len(tot) - 1 else ''}><td style='width:50%'></td><td style='width:32%'>{k}</td><td class='r' style='width:18%'>{v}</td></tr>"
            for i, (k, v) in enumerate(tot)) + "</table>"
        tail = (totals + "<p class='b' style='margin-top:8pt'>Btw terug te storten aan de Staat in de mate waarin ze oorspronkelijk in aftrek werd gebracht.</p>"
                + pick(rng, ["<p>Dit bedrag wordt verrekend met uw volgende factuur.</p>", "<p>Wij storten het bedrag terug op uw rekening.</p>"])
                + f"<p class='foot'>{esc(vendor.name)} · BTW {vendor.tax_id} · {vendor.extra['register']} · IBAN {iban_text} · BIC {pick(rng, ['GEBABEBB', 'KREDBEBB', 'BBRUBEBB', 'GKCCBEBB'])}</p>")
    else:
        iban_text = iban(rng, "NL")
        meta = [("Creditnotanummer" if layout == "app" else "Creditfactuur", esc(number)), ("Creditnotadatum" if layout == "app" else "Datum", fmt.date(issued))]
        if customer_id:
            meta.append(("Klantnummer", customer_id))
        meta.append(("Oorspronkelijke factuur", esc(original)))
        if layout == "retour":
            meta += [("Retournummer", f"RMA-{rng.randrange(10000, 99999)}"), ("Pakbon", f"PB{rng.randrange(100000, 999999)}")]
        strip = "<table style='width:100%;margin-top:8pt'><tr>" + "".join(
            f"<td style='width:{100 // len(meta)}%'><p class='lbl'>{k}</p><p class='b'>{v}</p></td>" for k, v in meta) + "</tr></table>"
        title = "Creditnota" if layout == "app" else pick(rng, ["CREDITNOTA", "Creditfactuur"])
        head = (f"<table style='width:100%'><tr><td style='width:60%'><p class='b'>{esc(customer.name)}</p><p>{lines_html(customer.address)}</p></td>"
                f"<td style='width:40%' class='r'>{logo(vendor.name, rng, theme.accent)}<p class='b'>{esc(vendor.name)}</p><p class='small'>{lines_html(vendor.address)}</p></td></tr></table>"
                f"<p class='ttl' style='margin-top:14pt'>{title}</p>{strip}"
                f"<p style='margin-top:6pt'>Deze creditnota heeft betrekking op factuur {esc(original)} van {fmt.date(original_date)}. Reden: {esc(reason)}.</p>")
        if layout == "retour":
            cols = [Col("Artikelnr.", width="55pt"), Col("Omschrijving", width="200pt"), Col("Aantal", "right", "40pt"), Col("Prijs", "right", "65pt"),
                    Col("Bedrag", "right", "75pt")]
            rows = [[li.code, esc(li.description), f"-{fmt.qty(li.quantity)}" if chance(rng, 0.5) else fmt.qty(li.quantity), num(li.unit_price), neg(li.amount)] for li in lines]
        else:
            cols = [Col("Omschrijving", width="230pt"), Col("Aantal", "right", "40pt"), Col("Prijs", "right", "65pt"), Col("BTW", "right", "36pt"), Col("Bedrag", "right", "75pt")]
            rows = [[esc(li.description), fmt.qty(li.quantity) if li.quantity is not None else "", num(li.unit_price) if li.unit_price is not None else "",
                     f"{rate(li.tax_rate)}%", neg(li.amount)] for li in lines]
        tot = [("Subtotaal", neg(net))] + [(f"BTW {rate(r)}% over {neg(bases[r])}", neg(taxes[r])) for r in rates]
        if len(rates) > 1 and chance(rng, 0.5):
            tot.append(("Totaal BTW", neg(tax)))
        tot.append(("Totaal", neg(total)))
        totals = "<table style='width:100%;margin-top:6pt'>" + "".join(
            f"<tr{GRAND if i == len(tot) - 1 else ''}><td style='width:45%'></td><td style='width:35%'>{k}</td><td class='r' style='width:20%'>{v}</td></tr>"
            for i, (k, v) in enumerate(tot)) + "</table>"
        refund = pick(rng, [f"Het bedrag van {fmt.money(total)} wordt binnen 14 dagen teruggestort op uw rekening.",
                            "Het creditbedrag wordt verrekend met uw openstaande facturen.", "U hoeft niets te doen; wij verrekenen dit bedrag met de eerstvolgende factuur."])
        tail = (totals + f"<p style='margin-top:8pt'>{refund}</p>"
                + f"<p class='foot'>{esc(vendor.name)} · KvK {vendor.extra['kvk']} · BTW-nummer {vendor.tax_id} · IBAN {iban_text} · {vendor.email}</p>")
    sheet = flowing_sheet(width, height, css, cols, rows, head, tail, zebra=theme.table == "zebra",
                          continued=lambda i: f"<p class='b'>Creditnota {esc(number)} – pagina {i + 1}</p>", more="vervolg op volgende pagina")
    return Built(doc=doc, sheet=sheet, template=f"creditnota_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"original_invoice": original, "original_date": original_date.isoformat(), "reason": reason})
