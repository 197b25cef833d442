"""Swedish, Danish or Norwegian invoice (Faktura) from an accounting app or a letter template.

Fakturanummer / Fakturanr., Fakturadatum / Fakturadato, Förfallodatum / Forfaldsdato / Forfallsdato,
Kundnummer / Kundenr., Er referens / Vår referens (people), Betalningsvillkor ("30 dagar netto",
"Netto 14 dage", "14 dager netto"), Dröjsmålsränta; moms / mva 25 % (SE 12 / 6 %, NO 15 % food); Att
betala / At betale / Å betale (= total); the supplier's VAT id: Momsreg.nr `SE556123456701` (its
Org.nr `556123-4567` a decoy; "Godkänd för F-skatt"), CVR-nr. `12345678`, Org.nr. `987 654 321 MVA`;
payment references that are not the invoice number: OCR-nummer (Luhn with length digit), KID (Luhn),
the Danish FI-kort line `+71<000012345678901 +12345678<`; Bankgiro / Plusgiro / Reg.nr. + Kontonr. /
Kontonummer `1234.56.78903` / IBAN (decoys); SEK / DKK / NOK with decimal comma and space (SE, NO) or
dot (DK) thousands. Three prints: letter with address window and four-column footer, accounting app
with a boxed meta strip, and an invoice with a giro slip at the foot (amount split kronor | öre).
"""

from __future__ import annotations

import random
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, paged_sheet, pick
from corpus.holdout.catalog import totals_by_rate
from corpus.holdout.components import Theme, esc, lines_html, logo
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fifth import NORDICS, bankgiro, luhn_reference, no_account, nordic_company, plusgiro
from corpus.holdout.fakes_fourth import iban_check
from corpus.holdout.locales import Fmt
from corpus.holdout.money import fmt_number
from corpus.holdout.render import A4
from corpus.holdout.templates._third import groups_of, lines_from

FAMILY = "nordic_faktura"
DOCUMENT_TYPE = "invoice"

D25, D12, D6, D15 = Decimal(25), Decimal(12), Decimal(6), Decimal(15)
ITEMS = {
    "SE": [("Konsulttjänster systemutveckling", "tim", 850, 1450, True, D25), ("Projektledning", "tim", 900, 1300, True, D25),
           ("Licens ekonomisystem, 12 mån", "st", 2400, 9600, False, D25), ("Målning fasad inkl. material", "m²", 180, 420, True, D25),
           ("Resekostnader", "st", 250, 1800, False, D25), ("Konferenslunch", "st", 129, 189, False, D12),
           ("Hotellrum enkel", "natt", 1090, 1690, False, D12), ("Facklitteratur - Redovisning i praktiken", "st", 349, 599, False, D6),
           ("Frakt", "st", 89, 450, False, D25), ("Serviceavtal skrivare", "mån", 390, 990, False, D25)],
    "DK": [("Konsulentbistand", "timer", 750, 1350, True, D25), ("Projektstyring", "timer", 800, 1200, True, D25),
           ("Softwarelicens, 12 mdr.", "stk.", 2400, 9600, False, D25), ("Malerarbejde inkl. materialer", "m²", 160, 380, True, D25),
           ("Kørsel", "km", 3, 4, False, D25), ("Frokostordning", "stk.", 65, 95, False, D25),
           ("Fragt", "stk.", 79, 395, False, D25), ("Serviceaftale printer", "md.", 350, 950, False, D25)],
    "NO": [("Konsulenttjenester", "timer", 950, 1550, True, D25), ("Prosjektledelse", "timer", 1000, 1400, True, D25),
           ("Lisens regnskapssystem, 12 mnd.", "stk", 2400, 9600, False, D25), ("Malerarbeid inkl. materialer", "m²", 190, 440, True, D25),
           ("Reisekostnader", "stk", 250, 1900, False, D25), ("Lunsj møte", "stk", 149, 219, False, D15),
           ("Fruktkurv kontor", "stk", 290, 590, False, D15), ("Frakt", "stk", 99, 490, False, D25),
           ("Serviceavtale skriver", "mnd", 390, 990, False, D25)],
}
W = {
    "SE": {"title": "Faktura", "number": ["Fakturanummer", "Fakturanr"], "date": ["Fakturadatum", "Datum"], "due": ["Förfallodatum", "Förfallodag"],
           "cust": ["Kundnummer", "Kundnr"], "our": "Vår referens", "your": "Er referens", "terms_label": "Betalningsvillkor",
           "terms": ["{d} dagar netto", "Netto {d} dagar"], "interest": "Dröjsmålsränta", "desc": "Benämning", "qty": "Antal", "unit": "Enhet",
           "price": "À-pris", "amount": "Belopp", "net": ["Summa exkl. moms", "Netto", "Exkl. moms"], "vat": "Moms {r} %",
           "vat_on": "Moms {r} % på {b}", "total": ["Att betala", "Summa att betala", "Totalt att betala"], "pay_ref": "OCR-nummer",
           "page": "Sida {n} av {c}", "cont": "Faktura {no}, forts.", "address": "Adress", "phone": "Telefon",
           "footer_bank": "Bankgiro", "company": "Företagsuppgifter", "customer": "Fakturaadress", "round": "Öresavrundning",
           "slip": "INBETALNING/GIRERING AVI", "slip_to": "Till bankgironummer", "slip_amount": "Kronor", "slip_ore": "öre",
           "pay_text": "Vänligen ange OCR-nummer vid betalning."},
    "DK": {"title": "Faktura", "number": ["Fakturanr.", "Fakturanummer"], "date": ["Fakturadato", "Dato"], "due": ["Forfaldsdato", "Betalingsdato"],
           "cust": ["Kundenr.", "Kundenummer"], "our": "Vores ref.", "your": "Deres ref.", "terms_label": "Betalingsbetingelser",
           "terms": ["Netto {d} dage", "{d} dage netto"], "interest": "Rente ved for sen betaling", "desc": "Beskrivelse", "qty": "Antal",
           "unit": "Enhed", "price": "Enhedspris", "amount": "Beløb", "net": ["Subtotal", "Beløb ekskl. moms", "Momsgrundlag"],
           "vat": "Moms {r}%", "vat_on": "Moms {r}% af {b}", "total": ["At betale", "I alt DKK", "Total inkl. moms"], "pay_ref": "FI-kort",
           "page": "Side {n} af {c}", "cont": "Faktura {no} (fortsat)", "address": "Adresse", "phone": "Telefon",
           "footer_bank": "Bank", "company": "Virksomhed", "customer": "Faktureres til", "round": "Afrunding",
           "slip": "INDBETALINGSKORT", "slip_to": "Betalings-id / kreditornr.", "slip_amount": "Kroner", "slip_ore": "øre",
           "pay_text": "Betaling via netbank: brug FI-kortlinjen nedenfor."},
    "NO": {"title": "Faktura", "number": ["Fakturanr.", "Fakturanummer"], "date": ["Fakturadato", "Dato"], "due": ["Forfallsdato", "Forfall"],
           "cust": ["Kundenr.", "Kundenummer"], "our": "Vår ref.", "your": "Deres ref.", "terms_label": "Betalingsbetingelser",
           "terms": ["{d} dager netto", "Netto {d} dager"], "interest": "Forsinkelsesrente", "desc": "Beskrivelse", "qty": "Antall",
           "unit": "Enhet", "price": "Enhetspris", "amount": "Beløp", "net": ["Sum eks. mva", "Netto", "Grunnlag mva"],
           "vat": "Mva {r} %", "vat_on": "Mva {r} % av {b}", "total": ["Å betale", "Sum å betale", "Totalt inkl. mva"], "pay_ref": "KID",
           "page": "Side {n} av {c}", "cont": "Faktura {no} (forts.)", "address": "Adresse", "phone": "Telefon",
           "footer_bank": "Kontonummer", "company": "Foretaksregisteret", "customer": "Fakturamottaker", "round": "Øreavrunding",
           "slip": "GIRO - BETALINGSINFORMASJON", "slip_to": "Til konto", "slip_amount": "Kroner", "slip_ore": "øre",
           "pay_text": "Husk å oppgi KID ved betaling."},
}
FIRST = {"SE": ["Anna", "Erik", "Karin", "Lars", "Sofia", "Johan"], "DK": ["Mette", "Søren", "Louise", "Anders", "Camilla", "Mads"],
         "NO": ["Ingrid", "Ola", "Kari", "Per", "Silje", "Magnus"]}


def _se_iban(rng: random.Random) -> str:
    bban = f"{pick(rng, ['500', '800', '600', '300'])}{rng.randrange(10**16, 10**17)}"
    return groups_of("SE" + iban_check("SE", bban) + bban)


def build(rng: random.Random) -> Built:
    country = pick(rng, ["SE", "SE", "DK", "NO"])
    nordic, w = NORDICS[country], W[country]
    vendor = nordic_company(rng, country)
    customer = nordic_company(rng, country)
    if country == "SE":
        vendor.tax_id = vendor.extra["vat"]
    elif country == "DK":
        vendor.tax_id = pick(rng, [vendor.extra["cvr"], f"DK{vendor.extra['cvr']}", f"DK {vendor.extra['cvr']}"])
    else:
        org = vendor.extra["orgnr"]
        vendor.tax_id = pick(rng, [f"{org[:3]} {org[3:6]} {org[6:]} MVA", f"NO {org[:3]} {org[3:6]} {org[6:]} MVA", f"NO{org}MVA"])
    style = {"SE": "fr", "DK": "de", "NO": "fr"}[country]
    symbol, position = pick(rng, {"SE": [("kr", "post_space"), ("SEK", "post_space"), ("SEK", "pre_space")],
                                  "DK": [("kr.", "post_space"), ("DKK", "pre_space"), ("DKK", "post_space")],
                                  "NO": [("kr", "pre_space"), ("NOK", "post_space"), ("kr", "post_space")]}[country])
    fmt = Fmt(country=country, currency=nordic.currency, number_style=style, symbol=symbol, position=position,
              date_pattern=pick(rng, {"SE": ["iso", "iso", "iso"], "DK": ["dmy_dot", "dmy_dash", "dmy_slash"],
                                      "NO": ["dmy_dot", "dmy_dot", "iso"]}[country]), lang="en")
    issued, due, days = issue_and_due(rng, (10, 14, 15, 20, 30, 30))
    long_order = chance(rng, 0.12)
    lines = lines_from(rng, ITEMS[country], rng.randrange(8, 10) if long_order else rng.randrange(1, 6))
    if long_order:                             # a project invoiced phase by phase
        word = pick(rng, ["del", "etapp"] if country == "SE" else ["del", "fase"])
        for phase in range(2, rng.randrange(4, 6)):
            more = lines_from(rng, ITEMS[country], rng.randrange(5, 9))
            for line in more:
                line.description = f"{line.description} ({word} {phase})"
            lines += more
    rates, bases, taxes, net, tax, total = totals_by_rate(lines)
    number = pick(rng, [str(rng.randrange(1000, 99999)), f"{issued.year}{rng.randrange(1, 9999):04d}", f"{rng.randrange(10**5, 10**6)}"])
    customer_id = str(rng.randrange(100, 99999)) if chance(rng, 0.65) else None
    terms_mode = pick(rng, ["due", "both", "both"])
    terms = pick(rng, w["terms"]).format(d=days) if terms_mode == "both" else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=nordic.currency, vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due,
              payment_terms=terms, customer_id=customer_id)

    # payment references (never the invoice number as printed) and accounts
    digits = "".join(ch for ch in number if ch.isdigit())
    if country == "SE":
        pay_ref = luhn_reference(((customer_id or "") + digits)[-12:], with_length=True)
        accounts = [("Bankgiro", bankgiro(rng))] + ([("Plusgiro", plusgiro(rng))] if chance(rng, 0.3) else []) \
            + ([("IBAN", _se_iban(rng))] if chance(rng, 0.3) else [])
    elif country == "NO":
        pay_ref = luhn_reference(((customer_id or "").rjust(5, "0") + digits.rjust(6, "0"))[-14:])
        accounts = [("Kontonummer", no_account(rng))]
    else:
        creditor = f"{rng.randrange(10**7, 10**8)}"
        pay_ref = f"+71<{luhn_reference(digits.rjust(14, '0'))}+{creditor}<"
        accounts = [("Reg.nr.", f"{rng.randrange(1000, 9999)}"), ("Kontonr.", f"{rng.randrange(10**9, 10**10)}")]
    interest = pick(rng, ["8 %", "2 % per påbegyndt måned" if country == "DK" else "referensränta + 8 %" if country == "SE" else "12,75 % p.a."])

    layout = pick(rng, ["window", "app", "giro"])
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.5),
                       table={"window": "rules", "app": pick(rng, ["minimal", "zebra"]), "giro": pick(rng, ["grid", "rules", "header_fill"])}[layout])
    css = theme.css(".ttl{font-size:18pt;font-weight:bold} .cap{font-size:6.5pt;color:#666} .cell{border:0.6pt solid #999;padding:2pt 4pt}"
                    " .mono{font-family:Courier;font-size:10pt} .slip{background:#fff3e0;border-top:1pt dashed #000;padding:6pt}")
    width, height = A4
    num = fmt.num
    our_ref = f"{pick(rng, FIRST[country])} {pick(rng, nordic.surnames)}"
    meta = [(pick(rng, w["number"]), esc(number)), (pick(rng, w["date"]), fmt.date(issued)), (pick(rng, w["due"]), fmt.date(due))]
    if customer_id:
        meta.append((pick(rng, w["cust"]), esc(customer_id)))
    meta.append((w["our"], esc(our_ref)))
    if chance(rng, 0.5):
        meta.append((w["your"], esc(f"{pick(rng, FIRST[country])} {pick(rng, nordic.surnames)}")))
    if terms:
        meta.append((w["terms_label"], esc(terms)))
    meta.append((w["interest"], interest))
    cust_html = f"<p><b>{esc(customer.name)}</b><br/>{lines_html(customer.address)}</p>"

    rows = [[esc(ln.description), fmt.qty(ln.quantity), esc(ln.unit), num(ln.unit_price)]
            + ([f"{int(ln.tax_rate)} %"] if len(rates) > 1 else []) + [num(ln.amount)] for ln in lines]
    heads = [w["desc"], w["qty"], w["unit"], w["price"]] + (["Moms" if country != "NO" else "Mva"] if len(rates) > 1 else []) + [w["amount"]]
    aligns = ["left", "right", "left", "right"] + (["right"] if len(rates) > 1 else []) + ["right"]
    th = "<tr>" + "".join(f"<th style='text-align:{a}'>{h}</th>" for h, a in zip(heads, aligns, strict=True)) + "</tr>"

    def table(chunk) -> str:
        return f"<table class='items'>{th}" + "".join(
            "<tr>" + "".join(f"<td style='text-align:{a}'>{c}</td>" for c, a in zip(r, aligns, strict=True)) + "</tr>" for r in chunk) + "</table>"

    tot_rows = [(pick(rng, w["net"]), num(net))]
    for r in rates:
        label = w["vat_on"].format(r=int(r), b=num(bases[r])) if len(rates) > 1 or chance(rng, 0.3) else w["vat"].format(r=int(r))
        tot_rows.append((label, num(taxes[r])))
    if country == "SE" and total == total.to_integral_value() and chance(rng, 0.6):
        tot_rows.append((w["round"], num(Decimal("0.00"))))
    tot_rows.append((pick(rng, w["total"]), fmt.money(total)))
    totals = ("<table style='width:100%;margin-top:6pt'><tr><td style='width:52%'></td><td style='width:48%'><table style='width:100%'>"
              + "".join(f"<tr{' class=grand' if k == len(tot_rows) - 1 else ''}><td style='width:62%'>{a}</td>"
                        f"<td class='r' style='width:38%'>{b}</td></tr>" for k, (a, b) in enumerate(tot_rows)) + "</table></td></tr></table>")
    pay_lines = " · ".join(f"{k} {v}" for k, v in accounts)
    ref_html = f"<span class='mono'>{esc(pay_ref)}</span>"
    pay_box = (f"<table style='width:100%;margin-top:8pt'><tr><td class='cell' style='width:60%'>{pay_lines}<br/>"
               f"{w['pay_ref']}: {ref_html}<br/><span class='small'>{w['pay_text']}</span></td>"
               f"<td class='cell' style='width:40%'><span class='cap'>{w['total'][0]}</span><br/><b>{fmt.money(total)}</b><br/>"
               f"<span class='cap'>{w['due'][0]}</span><br/>{fmt.date(due)}</td></tr></table>")
    if country == "SE":
        org_line = f"Org.nr {vendor.extra['orgnr']}<br/>Momsreg.nr {vendor.tax_id}<br/>Godkänd för F-skatt"
    elif country == "DK":
        org_line = f"CVR-nr. {vendor.tax_id}"
    else:
        org_line = f"Org.nr. {vendor.tax_id}<br/>Foretaksregisteret"
    footer_cols = [(w["address"], f"{esc(vendor.name)}<br/>{lines_html(vendor.address)}"),
                   (w["phone"], f"{esc(vendor.phone)}<br/>{esc(vendor.email)}<br/>{esc(vendor.website)}"),
                   (w["footer_bank"], "<br/>".join(f"{k} {v}" for k, v in accounts)), (w["company"], org_line)]
    footer_html = "<table class='tiny' style='width:100%;border-top:0.6pt solid #999'><tr>" + "".join(
        f"<td style='width:25%'><b>{k}</b><br/>{v}</td>" for k, v in footer_cols) + "</tr></table>"

    if layout == "window":
        meta_html = "<table class='kv' style='width:100%'>" + "".join(
            f"<tr><td style='width:48%'>{k}</td><td style='width:52%'>{v}</td></tr>" for k, v in meta) + "</table>"
        head = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(vendor.name, rng, theme.accent)}"
                f"<p class='b' style='margin-top:3pt'>{esc(vendor.name)}</p><div style='margin-top:30pt'>{cust_html}</div></td>"
                f"<td style='width:45%'><p class='ttl'>{w['title'].upper() if chance(rng, 0.5) else w['title']}</p>{meta_html}</td></tr></table>")
        tail = pay_box
    elif layout == "app":
        strip = "<table style='width:100%;margin-top:8pt'><tr>" + "".join(
            f"<td class='cell'><span class='cap'>{k}</span><br/>{v}</td>" for k, v in meta[:5]) + "</tr></table>" + \
            "".join(f"<p class='small'>{k}: {v}</p>" for k, v in meta[5:])
        head = (f"<table style='width:100%'><tr><td style='width:60%'><p class='ttl accent'>{w['title']} {esc(number)}</p></td>"
                f"<td style='width:40%' class='r'><p class='b'>{esc(vendor.name)}</p><p class='small'>{lines_html(vendor.address)}</p>"
                f"</td></tr></table><p class='cap' style='margin-top:6pt'>{w['customer']}</p>{cust_html}{strip}")
        tail = pay_box
    else:
        meta_html = "<table class='kv'>" + "".join(f"<tr><td class='b'>{k}</td><td>{v}</td></tr>" for k, v in meta) + "</table>"
        head = (f"<table style='width:100%'><tr><td style='width:50%'><p class='ttl'>{esc(vendor.name)}</p>"
                f"<p class='small'>{lines_html(vendor.address)}<br/>{esc(vendor.phone)}</p><div style='margin-top:18pt'>{cust_html}</div></td>"
                f"<td style='width:50%'><p class='big b'>{w['title'].upper()}</p>{meta_html}</td></tr></table>")
        whole, ore = divmod(total, 1)
        slip_to = accounts[0][1] if country != "DK" else pay_ref
        tail = (f"<div class='slip' style='margin-top:14pt'><p class='b'>{w['slip']}</p><table style='width:100%'><tr>"
                f"<td style='width:34%'><span class='cap'>{w['pay_ref'] if country != 'DK' else 'Betalingslinje'}</span><br/>{ref_html}</td>"
                f"<td style='width:30%'><span class='cap'>{w['slip_to']}</span><br/><span class='mono'>{esc(slip_to)}</span></td>"
                f"<td style='width:24%' class='r'><span class='cap'>{w['slip_amount']}</span><br/><span class='mono'>"
                f"{fmt_number(whole, style, decimals=0)}</span></td><td style='width:12%'><span class='cap'>{w['slip_ore']}</span><br/>"
                f"<span class='mono'>{int(ore * 100):02d}</span></td></tr></table>"
                f"<p class='small'>{esc(customer.name)}, {esc(', '.join(customer.address))}</p></div>")

    def body(chunk, index, is_last):
        top = head if index == 0 else f"<p class='b'>{w['cont'].format(no=esc(number))}</p>"
        return top + table(chunk) + (totals + tail if is_last else "")

    def footer(n: int, c: int) -> str:
        return footer_html + (f"<p class='tiny r'>{w['page'].format(n=n, c=c)}</p>" if c > 1 else "")

    sheet = paged_sheet(width, height, css, (46, 38, 46, 24), rows, body, footer=footer, footer_height=58)
    return Built(doc=doc, sheet=sheet, template=f"nordic_{layout}_{country.lower()}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"payment_reference": pay_ref, "accounts": [k for k, _ in accounts]})
