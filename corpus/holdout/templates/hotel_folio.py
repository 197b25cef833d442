"""Hotel folio / guest invoice at check-out (US, DE bilingual, GB).

Hotel letterhead, guest and bill-to block (the guest, or the guest's company with the guest named
apart), room, arrival / departure, nights, guests, rate code, confirmation number and membership
number (decoys beside the folio / invoice number); postings by date: accommodation every night, city
tax (DE, outside VAT), breakfast, restaurant and bar, minibar, parking, laundry; in the US the
occupancy and sales taxes are posted nightly as their own rows; the payment at departure in the
credits column and "Balance 0.00" (the truth's total is the total of the charges, never the
balance). DE and GB prices include VAT and a VAT analysis follows (7 % / 19 % and 0 % city tax,
or 20 %), with its total row; the US folio ends with a summary of charges before tax, taxes and total.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.catalog import Line
from corpus.holdout.components import Theme, esc, lines_html
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import PLACE_WORDS, SURNAMES, address, make_company, person_name
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._third import included_tax

FAMILY = "hotel_folio"
DOCUMENT_TYPE = "invoice"

EXTRAS = {
    "US": [("Restaurant", 28, 140, None), ("Lobby Bar", 12, 75, None), ("Minibar", 6, 38, None), ("Valet Parking", 35, 65, None),
           ("In-Room Dining", 24, 90, None), ("Laundry", 15, 60, None)],
    "GB": [("Restaurant", 28, 120, 20), ("Bar", 9, 60, 20), ("Minibar", 4, 25, 20), ("Car Park", 15, 35, 20),
           ("Room Service", 18, 70, 20)],
    "DE": [("Restaurant", 25, 120, 19), ("Bar", 8, 55, 19), ("Minibar", 4, 22, 19), ("Garage / Parking", 18, 32, 19),
           ("Wäscheservice / Laundry", 12, 45, 19)],
}


def build(rng: random.Random) -> Built:
    country = pick(rng, ["US", "US", "DE", "GB"])
    legal = make_company(rng, country)
    hotel = make_company(rng, country, with_tax=False)
    lang = "de" if country == "DE" else "en"
    place = pick(rng, PLACE_WORDS[lang])
    hotel.name = pick(rng, [f"{place} Grand Hotel", f"Hotel {pick(rng, SURNAMES[lang])}", f"The {place} Hotel & Spa",
                            f"{place} Suites", f"Hotel {place}"] if lang == "en" else
                      [f"Hotel {place}hof", f"Hotel {pick(rng, SURNAMES['de'])}", f"{place} Parkhotel", f"Hotel Am {place}"])
    hotel.address = legal.address
    hotel.tax_id = legal.tax_id if country != "US" else None
    fmt = Fmt.pick(rng, country, date_pattern={"US": "mdy_slash", "DE": "dmy_dot", "GB": pick(rng, ["dmy_slash", "dd_mon_yyyy"])}[country])
    guest = person_name(rng, country)
    company_bill = chance(rng, 0.45)
    if company_bill:
        customer = make_company(rng, country, with_tax=False)
    else:
        customer = make_company(rng, country, with_tax=False)
        customer.name, customer.address = guest, address(rng, country)
    arrival = random_date(rng)
    nights = rng.randrange(1, 7) if chance(rng, 0.85) else rng.randrange(8, 15)
    departure = arrival + timedelta(days=nights)
    room_rate = money(round(rng.uniform(89, 420)))
    persons = pick(rng, [1, 1, 2])
    postings: list[tuple[object, Line, Decimal | None, bool]] = []     # (date, line, VAT rate, is a tax posting)
    city_tax = money(room_rate * Decimal("0.05")) if chance(rng, 0.5) else money(Decimal(persons) * Decimal("2.50"))
    us_rates = [(pick(rng, ["Occupancy Tax", "City Occupancy Tax", "Room Tax"]), pick(rng, [Decimal(6), Decimal("5.875"), Decimal(7)])),
                (pick(rng, ["State Sales Tax", "State Tax"]), pick(rng, [Decimal("6.25"), Decimal(8), Decimal("4.5")]))]
    for k in range(nights):
        day = arrival + timedelta(days=k)
        label = {"US": "Room Charge", "GB": "Accommodation", "DE": "Übernachtung / Accommodation"}[country]
        postings.append((day, Line(label, None, None, room_rate), Decimal(7) if country == "DE" else Decimal(20), False))
        if country == "US":
            for tax_label, pct in us_rates:
                postings.append((day, Line(tax_label, None, None, money(room_rate * pct / 100)), None, True))
        if country == "DE":
            if chance(rng, 0.7):
                postings.append((day + timedelta(days=1), Line("Frühstück / Breakfast", None, None,
                                                               money(Decimal(persons) * money(rng.choice([18, 22, 24, 26])))), Decimal(19), False))
            postings.append((day, Line(pick(random.Random(hotel.name), ["City Tax", "Beherbergungssteuer", "Kulturförderabgabe"]),
                                       None, None, city_tax), Decimal(0), False))
        if chance(rng, 0.45):
            desc, low, high, vat = pick(rng, EXTRAS[country])
            postings.append((day, Line(desc, None, None, money(rng.uniform(low, high))),
                             Decimal(vat) if vat is not None else None, False))
            if country == "US" and desc in ("Restaurant", "Lobby Bar", "In-Room Dining"):
                postings.append((day, Line(f"{desc} Tax", None, None, money(postings[-1][1].amount * us_rates[1][1] / 100)), None, True))
    charges = [p for p in postings if not p[3]]
    tax_postings = [p for p in postings if p[3]]
    total = sum((p[1].amount for p in postings), Decimal("0.00"))
    if country == "US":
        tax = sum((p[1].amount for p in tax_postings), Decimal("0.00"))
        net = total - tax
        lines_sum_to = "net"
        vat_table = []
    else:
        rates = sorted({p[2] for p in charges}, reverse=True)
        gross = {r: sum((p[1].amount for p in charges if p[2] == r), Decimal("0.00")) for r in rates}
        vat_table = [(r, gross[r] - included_tax(gross[r], r), included_tax(gross[r], r), gross[r]) for r in rates]
        tax = sum((row[2] for row in vat_table), Decimal("0.00"))
        net = total - tax
        lines_sum_to = "total"
    folio = pick(rng, [f"{rng.randrange(10**5, 10**6)}", f"F{rng.randrange(10**6, 10**7)}", f"{departure.year}-{rng.randrange(10**4, 10**5)}"])
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=hotel, customer=customer,
              invoice_ids=[folio], document_date=departure, total=total, net=net, tax=tax,
              lines=[p[1] for p in charges], lines_sum_to=lines_sum_to)

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times", "Helvetica"]), size=(8.0, 9.0),
                       table=pick(rng, ["rules", "minimal", "header_fill"]), accent=pick(rng, ["#5b4636", "#1f3b57", "#6b1e2e", "#2f4f4f"]))
    css = theme.css(".hn{font-size:18pt;font-family:Times;letter-spacing:2pt}")
    width, height = LETTER if country == "US" else A4
    num = fmt.num
    de = country == "DE"

    def lab(german: str, english: str) -> str:
        return f"{german} / {english}" if de else english

    conf = f"{rng.randrange(10**7, 10**9)}"
    room = f"{rng.randrange(1, 12)}{rng.randrange(1, 40):02d}"
    meta = [(lab("Rechnungs-Nr.", "Invoice No.") if de else pick(rng, ["Folio No.", "Folio #", "Invoice No."]), esc(folio)),
            (lab("Datum", "Date"), fmt.date(departure)), (lab("Zimmer", "Room"), room),
            (lab("Anreise", "Arrival"), fmt.date(arrival)), (lab("Abreise", "Departure"), fmt.date(departure)),
            (lab("Personen", "Guests"), str(persons)), (lab("Bestätigungs-Nr.", "Confirmation No."), conf),
            (lab("Ratencode", "Rate Code"), pick(rng, ["BAR", "CORP", "AAA", "PKG-BB", "ADV14"]))]
    if chance(rng, 0.4):
        meta.append((lab("Mitglieds-Nr.", "Membership No."), f"{rng.randrange(10**8, 10**9)}"))
    meta_html = "".join(f"<tr><td style='width:48%' class='b'>{k}</td><td style='width:52%'>{v}</td></tr>" for k, v in meta)
    bill_to = f"<p>{esc(customer.name)}<br/>{lines_html(customer.address)}</p>"
    if company_bill:
        bill_to += f"<p>{lab('Gast', 'Guest')}: {esc(guest)}</p>"
    title = lab("Rechnung", "Invoice") if de else pick(rng, ["GUEST FOLIO", "INFORMATION INVOICE", "INVOICE"])
    header = (f"<p class='hn accent c'>{esc(hotel.name.upper())}</p><p class='c small'>{esc(' · '.join(hotel.address))} · "
              f"{esc(legal.phone)} · {esc(hotel.website or '')}</p>"
              f"<table style='width:100%;margin-top:16pt'><tr><td style='width:55%'>{bill_to}</td>"
              f"<td style='width:45%'><p class='big b'>{title}</p><table class='kv' style='width:100%'>{meta_html}</table></td></tr></table>")
    # widths on the narrow columns only: MuPDF gives an auto-width first column all the slack
    th = (f"<tr><th style='width:15%'>{lab('Datum', 'Date')}</th><th>{lab('Beschreibung', 'Description')}</th>"
          f"<th style='text-align:right;width:14%'>{lab('Belastung', 'Charges')}</th>"
          f"<th style='text-align:right;width:14%'>{lab('Zahlung', 'Credits')}</th></tr>")
    card = pick(rng, ["Visa", "Mastercard", "American Express", "EC / Girocard" if de else "Visa"])
    pay_row = (f"<tr><td>{fmt.date(departure)}</td><td>{card} XXXX{rng.randrange(1000, 9999)}</td><td></td>"
               f"<td class='r'>{num(-total)}</td></tr>")
    rows = [f"<tr><td>{fmt.date(d)}</td><td>{esc(line.description)}</td><td class='r'>{num(line.amount)}</td><td></td></tr>"
            for d, line, _r, _t in postings] + [pay_row]
    total_rows = (f"<tr class='grand'><td></td><td>{lab('Summe', 'Total')}</td><td class='r'>{fmt.money(total)}</td>"
                  f"<td class='r'>{num(-total)}</td></tr>"
                  f"<tr><td></td><td class='b'>{lab('Saldo', 'Balance')}</td><td class='r b'>{fmt.money(Decimal('0.00'))}</td><td></td></tr>")
    if country == "US":
        summary = ("<table style='width:55%;margin-top:10pt'><tr><td colspan='2' class='b'>Summary of Charges</td></tr>"
                   f"<tr><td style='width:60%'>Charges before tax</td><td style='width:40%' class='r'>{num(net)}</td></tr>"
                   f"<tr><td>Taxes</td><td class='r'>{num(tax)}</td></tr>"
                   f"<tr><td class='b'>Total Charges</td><td class='r b'>{num(total)}</td></tr>"
                   f"<tr><td>Payments</td><td class='r'>{num(-total)}</td></tr>"
                   f"<tr><td class='b'>Balance Due</td><td class='r b'>{num(Decimal('0.00'))}</td></tr></table>")
    else:
        vat_name = "MwSt" if de else "VAT"
        body_rows = "".join(f"<tr><td>{vat_name} {r}%</td><td class='r'>{num(n)}</td><td class='r'>{num(t)}</td><td class='r'>{num(g)}</td></tr>"
                            for r, n, t, g in vat_table)
        body_rows += (f"<tr><td class='b'>{lab('Gesamt', 'Total')}</td><td class='r b'>{num(net)}</td><td class='r b'>{num(tax)}</td>"
                      f"<td class='r b'>{num(total)}</td></tr>")
        summary = (f"<table style='width:70%;margin-top:10pt'><tr><td style='width:28%' class='b'>{lab('MwSt-Satz', 'VAT rate') if de else 'VAT Analysis'}</td>"
                   f"<td style='width:24%' class='r b'>{lab('Netto', 'Net')}</td><td style='width:24%' class='r b'>{vat_name}</td>"
                   f"<td style='width:24%' class='r b'>{lab('Brutto', 'Gross')}</td></tr>{body_rows}</table>")
    legal_line = {"US": f"{esc(hotel.name)} is operated by {esc(legal.name)}",
                  "GB": f"{esc(legal.name)} · Registered in England No. {esc(legal.extra.get('company_no', ''))} · VAT Reg No {esc(legal.tax_id)}",
                  "DE": f"Betreiber: {esc(legal.name)} · {esc(legal.extra.get('hrb', ''))} · USt-IdNr. {esc(legal.tax_id)} · "
                        f"St.-Nr. {esc(legal.extra.get('steuernummer', ''))}"}[country]
    closing = (f"<p class='small' style='margin-top:10pt'>{'Vielen Dank für Ihren Aufenthalt. / ' if de else ''}Thank you for staying with us, "
               f"{esc(guest.split()[0])}. {'I agree that my liability for this bill is not waived.' if country == 'US' else ''}</p>"
               f"<p class='small'>{'Kassierer / Cashier' if de else 'Cashier'}: {rng.randrange(100, 999)}</p>")

    def body(chunk, index, is_last):
        top = header if index == 0 else f"<p class='b'>{esc(hotel.name)} · {esc(folio)} ({lab('Fortsetzung', 'continued')})</p>"
        return top + f"<table class='items'>{th}{''.join(chunk)}{total_rows if is_last else ''}</table>" + (summary + closing if is_last else "")

    sheet = paged_sheet(width, height, css, (48, 40, 48, 30), rows, body,
                        footer=lambda n, c: f"<p class='tiny c muted'>{legal_line}<br/>{lab('Seite', 'Page')} {n} / {c}</p>",
                        footer_height=22)
    return Built(doc=doc, sheet=sheet, template=f"folio_{country.lower()}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"nights": nights, "company_bill": company_bill, "confirmation": conf})
