"""Finnish lasku and hyvityslasku, in Finnish (some Swedish-speaking firms' faktura in Swedish), EUR, 2023-2025.

Three prints. `fi_lasku_letter` (the traditional letter: the supplier top left, "LASKU" / "FAKTURA" with "Sivu 1 (1)" top
right, the customer in the address window; Päivämäärä / Laskun numero / Asiakasnumero / Viitteenne / Viitteemme / Maksuehto
"14 pv netto" / Eräpäivä / Viivästyskorko 8 % / Huomautusaika 8 vrk (or Datum / Fakturanummer / Kundnummer / Er referens /
Vår referens / Betalningsvillkor / Förfallodag / Dröjsmålsränta); Tuote / Nimike / Määrä / Yks. / À-hinta / Alv % / Yhteensä;
Veroton yhteensä / ALV 24 % (25,5 % from September 2024, 14 % on catering) / Yhteensä EUR; a four-column footer with the
Y-tunnus, the ALV-tunnus, Kotipaikka and the IBAN; often the bank-transfer form (tilisiirto) at the foot with Saajan
tilinumero, Saaja, Maksajan nimi ja osoite, Viitenro, Eräpäivä, Euro and the 54-digit virtual bar code; long orders over two
pages), `fi_lasku_app` (an invoicing service's print: "Lasku 10234", the amount due large ("Maksettava 1 234,56 €"), Eräpäivä,
Viitenumero as an RF reference, Laskun päivämäärä, Maksuehto; Kuvaus / Määrä / À-hinta / Alv / Yhteensä; an ALV-erittely
per rate (Alv % / Veroton / Vero / Verollinen); the supplier's Y-tunnus in the footer), `fi_hyvityslasku` (HYVITYSLASKU
with "Hyvitettävä lasku nro …" and its date, the amounts printed with a minus, "Hyvitys maksetaan tilillenne" or "Hyvitys
vähennetään seuraavasta laskusta").

Truth: vendor = the supplier with its ALV-tunnus FI… as the tax id where printed, else its Y-tunnus (the business id the
tax administration issues); customer = the addressee with the window address (its own Y-tunnus a decoy), customer id =
Asiakasnumero / Kundnummer; id = Laskun numero; due date = Eräpäivä; payment terms = the Maksuehto / Betalningsvillkor as
printed; net = Veroton yhteensä, tax = the ALV lines, total = Yhteensä / Maksettava; the viitenumero (national or RF), the
virtual bar code, Viitteenne / Viitteemme and the credited invoice's number are never ids; credit notes negative.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_seventeenth import (
    fi_grouped_reference,
    fi_party,
    fi_reference,
    fi_virtual_barcode,
    other_party,
    rf_reference,
)
from corpus.holdout.money import random_date
from corpus.holdout.render import A4
from corpus.holdout.templates._fifteenth import beside, paged, priced_lines, pts, rows_html
from corpus.holdout.templates._sixteenth import grouped, kv_rows, rate_totals

FAMILY = "fi_lasku"
D = Decimal
FI_GOODS = [("Asennustyö", "h", 45, 85), ("Sähkötarvikkeet", "erä", 50, 600), ("Kuljetus Helsinki - Tampere", "krt", 180, 450),
            ("Ohjelmistolisenssi (12 kk)", "kpl", 200, 1500), ("Konsultointi", "h", 90, 160), ("Siivouspalvelu, toimisto", "kk", 400, 1800),
            ("Kopiopaperi A4 (500 arkkia)", "pkt", 4, 8), ("Työmaakoppi, vuokra", "vk", 80, 180), ("Putkiasennus", "h", 55, 80),
            ("Tulostinväri HP 59A", "kpl", 95, 180), ("Kiinteistöhuolto, kuukausimaksu", "kk", 250, 900), ("Nosturivuokra", "pv", 300, 750)]
FI_FOOD = [("Kokoustarjoilu", "hlö", 12, 28), ("Lounas, henkilöstötilaisuus", "hlö", 14, 32)]
SV_GOODS = [("Installationsarbete", "h", 45, 85), ("Elmaterial", "parti", 50, 600), ("Transport Vasa - Seinäjoki", "st", 180, 450),
            ("Konsultation", "h", 90, 160), ("Städtjänst, kontor", "mån", 400, 1800), ("Kopieringspapper A4", "pkt", 4, 8),
            ("Fastighetsskötsel, månadsavgift", "mån", 250, 900), ("Rörarbete", "h", 55, 80)]
SV_FOOD = [("Mötesservering", "pers", 12, 28)]


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["fi_lasku_letter", "fi_lasku_letter", "fi_lasku_app", "fi_lasku_app", "fi_hyvityslasku"])
    credit = layout == "fi_hyvityslasku"
    sv = layout == "fi_lasku_letter" and chance(rng, 0.25)
    issued = random_date(rng, date(2023, 1, 3), 1040)
    main_rate = D("25.5") if issued >= date(2024, 9, 1) else D("24")
    vendor = fi_party(rng, swedish=sv)
    customer = other_party(rng, lambda r: fi_party(r, swedish=sv), vendor)
    lines = priced_lines(rng, SV_GOODS if sv else FI_GOODS, rng.randrange(1, 3) if credit else rng.randrange(1, 7), quantities=(1, 1, 2, 3, 4, 5, 8, 10, 12))
    rates = [main_rate] * len(lines)
    if not credit and chance(rng, 0.2):
        food = priced_lines(rng, SV_FOOD if sv else FI_FOOD, 1, quantities=(8, 12, 15, 20, 25, 40))
        lines += food
        rates += [D("14")] * len(food)
    if layout == "fi_lasku_letter" and chance(rng, 0.12):
        more = priced_lines(rng, SV_GOODS if sv else FI_GOODS, 8, quantities=(1, 2, 3, 4))
        extra = [Line(f"{li.description}, {'leverans' if sv else 'toimitus'} {i + 2}", li.quantity, li.unit_price, li.amount, li.unit)
                 for i, li in enumerate(more * 4 + more[:rng.randrange(4, 8)])]
        lines += extra
        rates += [main_rate] * len(extra)
    bases, taxes, net, tax = rate_totals(lines, rates)
    total = net + tax
    number = str(rng.randrange(1001, 99999))
    days = pick(rng, [7, 14, 14, 14, 21, 30])
    due = issued + timedelta(days=days)
    terms = None if credit else (f"{days} dagar netto" if sv else pick(rng, [f"{days} pv netto", f"{days} päivää netto", f"{days} pv"]))
    client_no = str(rng.randrange(100, 99999)) if layout != "fi_lasku_app" or chance(rng, 0.4) else None
    alv_printed = layout != "fi_lasku_app" and chance(rng, 0.7)
    vendor.tax_id = vendor.extra["alv"] if alv_printed else vendor.extra["ytunnus"]
    doc = Doc(document_type="credit_note" if credit else "invoice", locale="FI", currency="EUR", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=None if credit else due,
              payment_terms=terms, customer_id=client_no)
    ref = fi_reference(number)
    rf = rf_reference(ref) if layout == "fi_lasku_app" or chance(rng, 0.2) else None
    sep = pick(rng, [" ", " ", "\u00a0", ""])

    def n(value: D) -> str:
        value = -value if credit else value
        return grouped(value, sep, decimals=2) if sep else f"{value:.2f}".replace(".", ",")

    def q(value: D) -> str:
        return str(int(value)) if value == value.to_integral_value() else f"{value}".replace(".", ",")

    pad = chance(rng, 0.5)

    def d(x: date) -> str:
        return f"{x.day:02d}.{x.month:02d}.{x.year}" if pad else f"{x.day}.{x.month}.{x.year}"

    def pct(r: D) -> str:
        return f"{r.normalize():f}".replace(".", ",")

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.8, 8.8), table=pick(rng, ["rules", "minimal", "grid", "header_fill"]))
    css = theme.css(".t{font-size:16pt;font-weight:bold} .lab{color:#555;font-size:7pt} .ft{font-size:6.5pt;color:#444;border-top:0.5pt solid #888}"
                    " .form{border:0.8pt solid #000} .form td{border:0.5pt solid #000;padding:2pt 3pt;font-size:7pt} .hero{font-size:18pt;font-weight:bold}")
    width, height = A4
    W = width - 80
    shown_ref = rf or fi_grouped_reference(ref)
    L = ({"title": "FAKTURA", "date": "Datum", "no": "Fakturanummer", "cust": "Kundnummer", "your": "Er referens", "our": "Vår referens",
          "terms": "Betalningsvillkor", "due": "Förfallodag", "interest": "Dröjsmålsränta", "notice": "Anmärkningstid", "ref": "Referensnummer",
          "head": ["Produkt", "Benämning", "Antal", "Enh.", "À-pris", "Moms %", "Totalt"], "net": "Totalt exkl. moms", "vat": "Moms",
          "grand": "Att betala EUR", "page": "Sida", "yt": "FO-nummer", "alv": "Momsnummer", "home": "Hemort"} if sv else
         {"title": "LASKU", "date": "Päivämäärä", "no": "Laskun numero", "cust": "Asiakasnumero", "your": "Viitteenne", "our": "Viitteemme",
          "terms": "Maksuehto", "due": "Eräpäivä", "interest": "Viivästyskorko", "notice": "Huomautusaika", "ref": "Viitenumero",
          "head": ["Tuote", "Nimike", "Määrä", "Yks.", "À-hinta", "Alv %", "Yhteensä"], "net": "Veroton yhteensä", "vat": "ALV",
          "grand": "Yhteensä EUR", "page": "Sivu", "yt": "Y-tunnus", "alv": "ALV-tunnus", "home": "Kotipaikka"})
    cols = pts(W, 0.09, 0.39, 0.08, 0.07, 0.13, 0.09, 0.15)
    codes = [f"{rng.randrange(100, 9999)}" for _ in lines]

    def table(chunk) -> str:
        ths = "".join(f"<th style='width:{w}' class='{'' if i < 2 else 'r'}'>{h}</th>" for i, (h, w) in enumerate(zip(L["head"], cols, strict=True)))
        rows = "".join("<tr>" + "".join(f"<td style='width:{w}' class='{'' if j < 2 else 'r'}'>{c}</td>" for j, (c, w) in enumerate(zip(
            [codes[i - 1], esc(li.description), q(li.quantity), li.unit, n(li.unit_price), pct(rates[i - 1]), n(li.amount)], cols, strict=True))) + "</tr>"
            for i, li in chunk)
        return f"<table class='items'><tr>{ths}</tr>{rows}</table>"

    totals = [(L["net"], n(net))] + [(f"{L['vat']} {pct(r)} %", n(taxes[r])) for r in bases] + [(L["grand"], n(total))]
    footer_cols = [f"<b>{esc(vendor.name)}</b><br/>{'<br/>'.join(esc(x) for x in vendor.address)}",
                   f"Puh. {vendor.phone}<br/>{vendor.email}",
                   f"{L['yt']} {vendor.extra['ytunnus']}" + (f"<br/>{L['alv']} {vendor.extra['alv']}" if alv_printed else "") + f"<br/>{L['home']} {vendor.extra['domicile']}",
                   f"IBAN {vendor.extra['iban']}<br/>BIC {vendor.extra['bic']}"]
    footer_html = "<table class='ft'><tr>" + "".join(f"<td class='ft' style='width:{W / 4 - 8:.0f}pt'>{c}</td>" for c in footer_cols) + "</tr></table>"
    if layout == "fi_lasku_app":
        head_html = (beside(f"<p class='b' style='font-size:13pt;color:{theme.accent}'>{esc(vendor.name)}</p>"
                            + "".join(f"<p>{esc(x)}</p>" for x in vendor.address),
                            f"<p class='t'>Lasku {number}</p><p class='lab'>Maksettava</p><p class='hero'>{n(total)} €</p>", (W - 200, 200))
                     + beside(f"<p class='lab' style='margin-top:10pt'>Laskutettava</p><p class='b'>{esc(customer.name)}</p>"
                              + "".join(f"<p>{esc(x)}</p>" for x in customer.address),
                              kv_rows([("Laskun päivämäärä", d(issued)), ("Eräpäivä", d(due)), ("Maksuehto", terms), ("Viitenumero", shown_ref)]
                                      + ([("Asiakasnumero", client_no)] if client_no else []), (90, 150)), (W - 240, 240)))
        vat_rows = "".join(f"<tr><td>{pct(r)} %</td><td class='r'>{n(b)}</td><td class='r'>{n(taxes[r])}</td><td class='r'>{n(b + taxes[r])}</td></tr>"
                           for r, b in bases.items())
        breakdown = f"<table class='items' style='width:260pt'><tr><th>Alv %</th><th>Veroton</th><th>Vero</th><th>Verollinen</th></tr>{vat_rows}</table>"
        closing = (beside(f"<p class='b' style='margin-top:8pt'>ALV-erittely</p>{breakdown}", rows_html([("Veroton yhteensä", n(net)), ("Alv yhteensä", n(tax)),
                                                                                                    ("Yhteensä", n(total))], widths=(130, 90)), (W - 230, 230))
                   + f"<p style='margin-top:10pt'>Maksathan laskun viimeistään {d(due)} viitenumerolla {shown_ref}. IBAN {vendor.extra['iban']}.</p>")
        first_top = head_html
        foot = f"<p class='ft'>{esc(vendor.name)} · Y-tunnus {vendor.extra['ytunnus']} · {vendor.email}</p>"
    else:
        title = "HYVITYSLASKU" if credit else L["title"]
        meta = [(L["date"], d(issued)), (L["no"], number)] + ([(L["cust"], client_no)] if client_no else [])
        if credit:
            cited = str(int(number) - rng.randrange(3, 900))
            meta += [("Hyvitettävä lasku", cited), ("Laskun päivämäärä", d(issued - timedelta(days=rng.randrange(5, 60))))]
        else:
            meta += [(L["your"], pick(rng, ["Tilaus " + str(rng.randrange(1000, 9999)), "M. Virtanen", "PO" + str(rng.randrange(10000, 99999))])),
                     (L["our"], pick(rng, ["J. Korhonen", "A. Nieminen", "S. Mäkinen", "K. Lindqvist"])), (L["terms"], terms), (L["due"], d(due)),
                     (L["interest"], "8 %"), (L["notice"], "8 vrk" if not sv else "8 dagar"), (L["ref"], shown_ref)]
        right = f"<table><tr><td style='width:160pt' class='t'>{title}</td><td class='r' style='width:60pt'>{L['page']} 1</td></tr></table>" + kv_rows(meta, (105, 130))
        left = (f"<p class='b' style='font-size:12pt;color:{theme.accent}'>{esc(vendor.name)}</p>" + "".join(f"<p class='small'>{esc(x)}</p>" for x in vendor.address)
                + f"<div style='margin-top:26pt'><p>{esc(customer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in customer.address) + "</div>")
        first_top = beside(left, right, (W - 250, 250))
        note = ""
        if credit:
            note = f"<p style='margin-top:8pt'>{pick(rng, ['Hyvitys maksetaan tilillenne 14 päivän kuluessa.', 'Hyvitys vähennetään seuraavasta laskusta.'])}</p>"
        form = ""
        if not credit and chance(rng, 0.6):
            code = fi_virtual_barcode(vendor.extra["iban"], total, ref, due)
            lw = 120
            form = (f"<table class='form' style='margin-top:14pt'>"
                    f"<tr><td style='width:{lw}pt'>Saajan tilinumero<br/>Mottagarens kontonummer</td><td style='width:{W - lw - 150:.0f}pt'>IBAN {vendor.extra['iban']}</td>"
                    f"<td style='width:130pt'>BIC {vendor.extra['bic']}</td></tr>"
                    f"<tr><td>Saaja<br/>Mottagare</td><td colspan='2'>{esc(vendor.name)}</td></tr>"
                    f"<tr><td>Maksajan nimi ja osoite<br/>Betalarens namn och adress</td><td colspan='2'>{esc(customer.name)}<br/>{'<br/>'.join(esc(x) for x in customer.address)}</td></tr>"
                    f"<tr><td>Viitenro<br/>Ref.nr</td><td colspan='2'>{shown_ref}</td></tr>"
                    f"<tr><td>Eräpäivä<br/>Förfallodag</td><td>{d(due)}</td><td>Euro {n(total)}</td></tr></table>"
                    f"<p class='small' style='font-family:Courier;margin-top:3pt'>{code}</p>")
        closing = f"<div style='margin-left:{W - 230:.0f}pt'>{rows_html(totals, widths=(140, 90))}</div>" + note + form
        foot = footer_html

    def body(chunk, page, last):
        return (first_top if page == 0 else f"<p class='b'>{'HYVITYSLASKU' if credit else L['title']} {number}</p>") + table(chunk) + (closing if last else "")

    sheet = paged(width, height, css, (40.0, 36.0, 40.0, 28.0), list(enumerate(lines, 1)), body, footer=lambda p, c: foot, footer_height=40.0)
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1,
                 notes={"reference": ref, "rf": rf, "ytunnus": vendor.extra["ytunnus"], "alv_printed": alv_printed, "rate": float(main_rate), "swedish": sv})
