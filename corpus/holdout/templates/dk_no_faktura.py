"""Danish and Norwegian invoices and credit notes, in Danish and Norwegian, 2023-2025.

Three prints, unlike the fifth set's Nordic letters. `dk_economic` (a Danish accounting app's print): the firm's name top
right, the customer's address in the window with "Att.:", a right-hand block Faktura / Fakturanr. / Fakturadato /
Kundenr. / Betalingsbetingelser ("Netto 8 dage", "Løbende måned + 30 dage") / Forfaldsdato, Varenr. / Beskrivelse / Antal
/ Enhed / Enhedspris / Beløb, Subtotal / Moms 25 % / "Beløb i alt DKK" (or "Total DKK", "I alt DKK"), the payment line
(Reg.nr. and Kontonr., "Ved betaling bedes fakturanr. angivet"), the FI line `+71< 000000010234+ 85123456<`, and a footer
with address, CVR-nr., phone, e-mail and bank; "Kreditnota" with "Vedr. faktura nr. …". `no_tripletex` (a Norwegian
accounting app's print): FAKTURA / KREDITNOTA, the firm with "Org.nr. 987 654 321 MVA" and Foretaksregisteret,
Fakturanr. / Fakturadato / Forfallsdato / Kundenr. / Deres ref. / Vår ref., Beskrivelse / Antall / Enhet / Pris / Mva /
Beløp, Sum eks. mva / Mva 25 % (15 % food, 12 % transport) / "Å betale NOK", and the payment strip Kontonummer / KID /
Beløp / Forfallsdato. `dk_oioubl_view` (a Danish public-sector e-invoice as the NemHandel viewer shows it): Leverandør
with "CVR/SE-nr.: DK12345678", Kunde with its EAN-nr. (GLN), Fakturaoplysninger Fakturanummer / Udstedelsesdato /
Ordrenummer / Reference / Betalingsbetingelser / Forfaldsdato, Linje / Varenummer / Beskrivelse / Antal / Enhed / Pris pr.
enhed / Linjebeløb, Linjetotal / Momspligtigt beløb / Moms i alt / Fakturabeløb i alt, Betalingsoplysninger.

Amounts `1.234,56` (DK) or `1 234,56` (NO) with `kr.` / `kr` / `DKK` / `NOK`; dates `15.03.2024`, `15-03-2024`, `15. marts
2024`, `2024-03-15` (OIOUBL).

Truth: an `invoice` (a kreditnota a `credit_note`, negative); vendor = the firm with its address; tax id = the CVR-nr. /
CVR/SE-nr. / Org.nr. … MVA as printed; customer = the addressee (its EAN number, the Att. person, Deres ref. and Vår ref.
are decoys); customer_id = Kundenr. where printed; id = Fakturanr. / Kreditnotanr. / Fakturanummer (the credited invoice
is a decoy); document date = Fakturadato / Udstedelsesdato; due date = Forfaldsdato / Forfallsdato; payment terms = the
printed Betalingsbetingelser; net = Subtotal / Sum eks. mva / Momspligtigt beløb; tax = Moms / Mva (summed over the
Norwegian rates where no total is printed), total = Beløb i alt / Å betale / Fakturabeløb i alt. The KID and the FI
line's payment id are the invoice's payment reference for the bank; on an invoice they are no truth field and never its
id; the account numbers are decoys.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.catalog import Line, tax_on
from corpus.holdout.components import Theme, esc, rate
from corpus.holdout.doc import Doc
from corpus.holdout.fakes_fifteenth import DA_MONTHS, dk_ean, nordic_party
from corpus.holdout.fakes_fifth import luhn_reference, no_account
from corpus.holdout.money import fmt_number, money, random_date
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import beside, pts, rows_html, single_page

FAMILY = "dk_no_faktura"
D = Decimal
DK_ITEMS = [("Konsulentbistand", "timer", 650, 1350, "25"), ("Serviceaftale, kvartal", "stk.", 1800, 7500, "25"), ("Kontorstol, ergonomisk", "stk.", 1900, 4800, "25"),
            ("Vinduespudsning", "stk.", 450, 1600, "25"), ("Tømrerarbejde", "timer", 420, 620, "25"), ("Materialer", "stk.", 180, 2400, "25"),
            ("Kørsel", "km", 3.5, 4.2, "25"), ("Licens, årlig", "stk.", 2400, 12000, "25"), ("Kaffe, hele bønner 1 kg", "stk.", 145, 260, "25"),
            ("Rengøring af kontor", "timer", 310, 420, "25")]
NO_ITEMS = [("Konsulenttjenester", "timer", 950, 1650, "25"), ("Serviceavtale, kvartal", "stk", 2500, 9000, "25"), ("Snekkerarbeid", "timer", 650, 850, "25"),
            ("Materialer", "stk", 250, 3500, "25"), ("Varetransport", "stk", 450, 2500, "12"), ("Lunsj, møte", "stk", 145, 260, "15"),
            ("Renhold av kontor", "timer", 420, 560, "25"), ("Programvarelisens, årlig", "stk", 3000, 15000, "25"), ("Kjøring", "km", 4.5, 5.5, "25"),
            ("Frukt og kaffe til kontor", "stk", 300, 1200, "15")]
DK_TERMS = [("Netto 8 dage", 8), ("Netto 14 dage", 14), ("Netto 30 dage", 30), ("Løbende måned + 30 dage", None), ("Netto 20 dage", 20)]
NO_TERMS = [("14 dager", 14), ("Netto 30 dager", 30), ("10 dager netto", 10), ("30 dager", 30)]
PEOPLE = {"DK": ["Mette Jensen", "Lars Nielsen", "Sofie Hansen", "Anders Pedersen", "Camilla Larsen"],
          "NO": ["Kari Nordmann", "Ola Hansen", "Ingrid Berg", "Lars Johansen", "Silje Haugen"]}


def _lm_plus(issued: date, days: int) -> date:
    nxt = issued.replace(day=28) + timedelta(days=4)
    return nxt - timedelta(days=nxt.day) + timedelta(days=days)


def build(rng: random.Random) -> Built:
    layout = pick(rng, ["economic", "tripletex", "tripletex", "oioubl"])
    country = "NO" if layout == "tripletex" else "DK"
    vendor, customer = nordic_party(rng, country), nordic_party(rng, country)
    credit = layout != "oioubl" and chance(rng, 0.2)
    issued = random_date(rng, date(2023, 1, 2), 900)
    if country == "DK":
        cvr = vendor.extra["cvr"]
        vendor.tax_id = f"DK{cvr}" if layout == "oioubl" else pick(rng, [cvr, cvr, f"DK {cvr}"])
        terms, days = pick(rng, DK_TERMS)
    else:
        org = vendor.extra["orgnr"]
        vendor.tax_id = pick(rng, [f"{org[:3]} {org[3:6]} {org[6:]} MVA", f"NO {org[:3]} {org[3:6]} {org[6:]} MVA", f"NO{org}MVA"])
        terms, days = pick(rng, NO_TERMS)
    due = _lm_plus(issued, 30) if days is None else issued + timedelta(days=days)
    pool = NO_ITEMS if country == "NO" else DK_ITEMS
    lines, rates = [], []
    for desc, unit, low, high, r in rng.sample(pool, rng.randrange(1, 3) if credit else rng.randrange(1, 7)):
        price = money(round(rng.uniform(low, high), 0 if high > 1000 else 2))
        qty = D(pick(rng, [1, 1, 2, 3, 4, "7.5", 10] if unit in ("timer",) else ([35, 120, 64, 210] if unit == "km" else [1, 1, 2, 3, 5])))
        lines.append(Line(desc, qty, price, money(qty * price), unit))
        rates.append(D(r))
    bases = {r: sum((li.amount for li, x in zip(lines, rates, strict=True) if x == r), D("0.00")) for r in sorted(set(rates), reverse=True)}
    taxes = {r: tax_on(b, r) for r, b in bases.items()}
    net = sum(bases.values(), D("0.00"))
    tax = sum(taxes.values(), D("0.00"))
    total = net + tax
    seq = rng.randrange(1001, 40000)
    number = str(seq)
    original = str(seq - rng.randrange(5, 300))
    customer_no = str(rng.randrange(1001, 30000)) if layout != "oioubl" else None
    doc = Doc(document_type="credit_note" if credit else "invoice", locale=country, currency="NOK" if country == "NO" else "DKK", vendor=vendor,
              customer=customer, invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines, due_date=due,
              payment_terms=terms, customer_id=customer_no)
    style = "fr" if country == "NO" else "de"
    negative = credit and chance(rng, 0.5)
    sign = -1 if negative else 1

    def n(value: D) -> str:
        return fmt_number(value * sign, style)

    def q(value: D) -> str:
        return fmt_number(value, style, 0) if value == value.to_integral_value() else fmt_number(value, style)

    dpat = pick(rng, ["dot", "dot", "dash", "words"]) if country == "DK" else "dot"

    def d(x: date) -> str:
        if layout == "oioubl":
            return x.isoformat()
        return {"dot": f"{x.day:02d}.{x.month:02d}.{x.year}", "dash": f"{x.day:02d}-{x.month:02d}-{x.year}", "words": f"{x.day}. {DA_MONTHS[x.month - 1]} {x.year}"}[dpat]

    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(8.0, 9.0), table=pick(rng, ["rules", "minimal", "header_fill"]))
    css = theme.css(".t{font-size:18pt;font-weight:bold} .lab{color:#666} .blk td{padding:1pt 3pt} .pane{background:#eef1f4;padding:4pt}")
    width, height = A4
    W = width - 112
    att = pick(rng, PEOPLE[country])
    cust_block = f"<p>{esc(customer.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in customer.address)
    if layout == "economic":
        title = "Kreditnota" if credit else "Faktura"
        meta = [(f"{title}nr.", number), (f"{'Kreditnota' if credit else 'Faktura'}dato", d(issued)), ("Kundenr.", customer_no),
                ("Betalingsbetingelser", terms), ("Forfaldsdato", d(due))]
        if credit:
            meta.insert(2, ("Vedr. faktura nr.", original))
        meta_html = "<table class='blk'>" + "".join(f"<tr><td class='lab' style='width:{W * 0.2:.1f}pt'>{k}</td><td class='r' style='width:{W * 0.2:.1f}pt'>{esc(v)}</td></tr>" for k, v in meta) + "</table>"
        window = (f"<div style='margin-top:40pt'>{cust_block}" + (f"<p>Att.: {att}</p>" if chance(rng, 0.5) else "") + "</div>")
        head = beside(window, f"<p class='b r' style='font-size:13pt;color:{theme.accent}'>{esc(vendor.name)}</p><p class='t' style='margin-top:30pt'>{title}</p>{meta_html}",
                      (W * 0.55, W * 0.45))
        cw = pts(W, 12, 40, 9, 9, 14, 16)
        heads = ["Varenr.", "Beskrivelse", "Antal", "Enhed", "Enhedspris", "Beløb"]
        cells = [[f"{rng.randrange(100, 9999)}", esc(li.description), q(li.quantity), li.unit, n(li.unit_price), n(li.amount)] for li in lines]
        total_label = pick(rng, ["Beløb i alt DKK", "Total DKK", "I alt DKK"])
        sums = [("Subtotal", n(net)), ("Moms 25 %", n(tax)), (f"<b>{total_label}</b>", f"<b>{n(total)}</b>")]
        reg, konto = vendor.extra["reg"], vendor.extra["konto"]
        fik = f"+71&lt; {luhn_reference(f'{seq:014d}')[-15:]}+ {rng.randrange(80000000, 89999999)}&lt;"
        pay = ("" if credit else f"<p style='margin-top:14pt'>Betaling: Reg.nr. {reg} Kontonr. {konto}. Ved betaling bedes fakturanr. angivet.</p>"
               f"<p style='font-family:Courier'>{fik}</p>")
        footer = (f"<p class='tiny c muted'>{esc(vendor.name)} · {esc(', '.join(vendor.address))} · CVR-nr. {vendor.tax_id} · Tlf. {vendor.phone} · "
                  f"{vendor.email} · Bank: Reg.nr. {reg} Kontonr. {konto}</p>")
        template = "dk_economic"
    elif layout == "tripletex":
        title = "KREDITNOTA" if credit else "FAKTURA"
        meta = [("Kreditnotanr." if credit else "Fakturanr.", number), ("Fakturadato" if not credit else "Dato", d(issued)), ("Forfallsdato", d(due)),
                ("Kundenr.", customer_no), ("Betalingsbetingelser", terms), ("Deres ref.", att), ("Vår ref.", pick(rng, PEOPLE["NO"]))]
        if credit:
            meta.insert(1, ("Kreditert faktura", original))
        meta_html = "<table class='blk'>" + "".join(f"<tr><td class='lab' style='width:{W * 0.2:.1f}pt'>{k}</td><td style='width:{W * 0.22:.1f}pt'>{esc(v)}</td></tr>" for k, v in meta) + "</table>"
        sup = (f"<p class='b' style='font-size:12pt'>{esc(vendor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address)
               + f"<p>Org.nr. {vendor.tax_id}</p>" + ("<p>Foretaksregisteret</p>" if chance(rng, 0.5) else ""))
        head = (beside(sup, f"<p class='t r'>{title}</p>", (W * 0.6, W * 0.4)) + "<div style='margin-top:18pt'></div>"
                + beside(cust_block, meta_html, (W * 0.55, W * 0.45)))
        cw = pts(W, 44, 9, 9, 13, 9, 16)
        heads = ["Beskrivelse", "Antall", "Enhet", "Pris", "Mva", "Beløp"]
        cells = [[esc(li.description), q(li.quantity), li.unit, n(li.unit_price), f"{rate(r)} %", n(li.amount)] for li, r in zip(lines, rates, strict=True)]
        sums = [("Sum eks. mva", n(net))] + [(f"Mva {rate(r)} %", n(taxes[r])) for r in bases]
        if len(bases) > 1:
            sums.append(("Sum mva", n(tax)))
        sums.append((f"<b>{'Å betale NOK' if not credit else 'Til gode NOK'}</b>", f"<b>{n(total)}</b>"))
        kid = luhn_reference(f"{rng.randrange(10, 99)}{seq:07d}")
        pay = ("" if credit else "<table style='margin-top:18pt'><tr>" + "".join(
            f"<td class='pane' style='width:{W / 4 - 14:.1f}pt'><p class='lab small'>{k}</p><p class='b'>{v}</p></td>"
            for k, v in [("Kontonummer", no_account(rng)), ("KID", kid), ("Beløp", f"kr {n(total)}"), ("Forfallsdato", d(due))]) + "</tr></table>")
        footer = f"<p class='tiny c muted'>{esc(vendor.name)} · {vendor.phone} · {vendor.email}</p>"
        template = "no_tripletex"
    else:
        ean = dk_ean(rng)
        order = f"{pick(rng, ['PO', 'IND', ''])}{rng.randrange(10000, 999999)}"
        sup = (f"<p class='b'>Leverandør</p><p>{esc(vendor.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in vendor.address) + f"<p>CVR/SE-nr.: {vendor.tax_id}</p>")
        kunde = f"<p class='b'>Kunde</p>{cust_block}<p>EAN-nr.: {ean}</p>"
        info = [("Fakturanummer", number), ("Udstedelsesdato", d(issued)), ("Ordrenummer", order), ("Reference", att), ("Betalingsbetingelser", terms), ("Forfaldsdato", d(due))]
        info_html = "<p class='b'>Fakturaoplysninger</p><table class='blk'>" + "".join(
            f"<tr><td class='lab' style='width:{W * 0.15:.1f}pt'>{k}</td><td style='width:{W * 0.13:.1f}pt'>{esc(v)}</td></tr>" for k, v in info) + "</table>"
        head = ("<p class='t'>Faktura</p><div style='margin-top:8pt'></div>"
                + f"<table><tr><td class='pane' style='width:{W / 3 - 14:.1f}pt'>{sup}</td><td class='pane' style='width:{W / 3 - 14:.1f}pt'>{kunde}</td>"
                f"<td class='pane' style='width:{W / 3 - 14:.1f}pt'>{info_html}</td></tr></table>")
        cw = pts(W, 6, 12, 34, 9, 9, 14, 16)
        heads = ["Linje", "Varenummer", "Beskrivelse", "Antal", "Enhed", "Pris pr. enhed", "Linjebeløb"]
        cells = [[str(i), f"{rng.randrange(10000, 99999)}", esc(li.description), q(li.quantity), li.unit, n(li.unit_price), n(li.amount)]
                 for i, li in enumerate(lines, 1)]
        sums = [("Linjetotal", n(net)), ("Momspligtigt beløb", n(net)), ("Moms i alt (25 %)", n(tax)), ("<b>Fakturabeløb i alt DKK</b>", f"<b>{n(total)}</b>")]
        pay = (f"<p class='b' style='margin-top:14pt'>Betalingsoplysninger</p><p>Betalingsmåde: Kontooverførsel · Reg.nr. {vendor.extra['reg']} · "
               f"Kontonr. {vendor.extra['konto']} · Betalings-id: {luhn_reference(f'{seq:014d}')[-15:]}</p>")
        footer = "<p class='tiny c muted'>Dokumentet er modtaget via NemHandel (OIOUBL 2.1)</p>"
        template = "dk_oioubl_view"
    right = {"dk_economic": {2, 4, 5}, "no_tripletex": {1, 3, 4, 5}, "dk_oioubl_view": {3, 5, 6}}[template]
    th = "<tr>" + "".join(f"<th style='width:{w};text-align:{'right' if k in right else 'left'}'>{h}</th>" for k, (h, w) in enumerate(zip(heads, cw, strict=True))) + "</tr>"
    rows = "".join("<tr>" + "".join(f"<td style='width:{w};text-align:{'right' if k in right else 'left'}'>{c}</td>" for k, (c, w) in enumerate(zip(row, cw, strict=True)))
                   + "</tr>" for row in cells)
    html = (head + f"<table class='items' style='margin-top:16pt'>{th}{rows}</table>"
            + "<div style='margin-top:6pt'></div>" + beside("", rows_html(sums, strong_last=False, widths=(W * 0.28, W * 0.2)), (W * 0.52, W * 0.48)) + pay)
    sheet = single_page(template, width, height, css, [Box((56.0, 48.0, width - 56.0, height - 80.0), html),
                                                       Box((56.0, height - 64.0, width - 56.0, height - 30.0), footer)])
    return Built(doc=doc, sheet=sheet, template=template,
                 notes={"original": original if credit else None, "negative_print": negative, "att": att})
