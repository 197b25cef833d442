"""Polish Faktura VAT, as online invoicing apps and desktop ERP systems print it.

"Faktura VAT nr FV/12/03/2024", Miejsce wystawienia, Data wystawienia (the document date) and Data
sprzedaży / Data dostawy (a decoy), Sprzedawca and Nabywca with NIP (dashed, plain or PL-prefixed),
REGON / KRS / BDO decoys; Lp. / Nazwa towaru lub usługi / Jm. / Ilość / Cena netto / Wartość netto /
Stawka VAT (23 %, 8 %, 5 %) [/ Kwota VAT / Wartość brutto], "W tym" per rate and "Razem" rows;
Sposób płatności: przelew, Termin płatności (a date and/or "14 dni"), Numer konta (IBAN), "Do zapłaty"
with "Słownie" (the amount in Polish words), "Zapłacono" / "Pozostało do zapłaty", "Mechanizm
podzielonej płatności" above 15 000 zł, ORYGINAŁ / KOPIA marks, the KSeF number, signature lines.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, issue_and_due, paged_sheet, pick
from corpus.holdout.catalog import make_lines, tax_on
from corpus.holdout.components import Col, Theme, esc, items_table, lines_html, rate
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import iban, make_company, person_name
from corpus.holdout.locales import Fmt
from corpus.holdout.render import A4

FAMILY = "pl_faktura"
DOCUMENT_TYPE = "invoice"

_ONES = ["", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"]
_TEENS = ["dziesięć", "jedenaście", "dwanaście", "trzynaście", "czternaście", "piętnaście", "szesnaście",
          "siedemnaście", "osiemnaście", "dziewiętnaście"]
_TENS = ["", "", "dwadzieścia", "trzydzieści", "czterdzieści", "pięćdziesiąt", "sześćdziesiąt", "siedemdziesiąt",
         "osiemdziesiąt", "dziewięćdziesiąt"]
_HUNDREDS = ["", "sto", "dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset", "osiemset",
             "dziewięćset"]


def _plural(n: int, one: str, few: str, many: str) -> str:
    if n == 1:
        return one
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return few
    return many


def _below_1000(n: int) -> str:
    words = [_HUNDREDS[n // 100]]
    rest = n % 100
    if 10 <= rest < 20:
        words.append(_TEENS[rest - 10])
    else:
        words += [_TENS[rest // 10], _ONES[rest % 10]]
    return " ".join(w for w in words if w)


def words_polish(value: Decimal, currency: str) -> str:
    """'dwa tysiące trzysta czterdzieści pięć złotych 67/100' (or '... PLN 67/100')."""
    whole, grosze = int(value), int((value - int(value)) * 100)
    parts = []
    for size, forms in ((10**6, ("milion", "miliony", "milionów")), (1000, ("tysiąc", "tysiące", "tysięcy"))):
        if whole >= size:
            count = whole // size
            parts.append(f"{_below_1000(count)} {_plural(count, *forms)}")
            whole %= size
    if whole:
        parts.append(_below_1000(whole))
    text = " ".join(parts) or "zero"
    unit = _plural(int(value), "złoty", "złote", "złotych") if currency == "zł" else "PLN"
    return f"{text} {unit} {grosze:02d}/100"


def build(rng: random.Random) -> Built:
    vendor = make_company(rng, "PL")
    customer = make_company(rng, "PL")
    fmt = Fmt.pick(rng, "PL")
    issued, due, days = issue_and_due(rng, (7, 14, 14, 21, 30, 30, 60))
    layout = pick(rng, ["app", "app", "erp"])
    number = pick(rng, [f"FV/{rng.randrange(1, 300)}/{issued.month:02d}/{issued.year}", f"FV {rng.randrange(1, 2000)}/{issued.year}",
                        f"{rng.randrange(1, 999)}/{issued.year}", f"F/{issued.year}/{rng.randrange(1, 9999):05d}",
                        f"FS {rng.randrange(1, 500)}/{issued.month:02d}/{issued.year % 100}"])
    long_order = chance(rng, 0.18)
    lines = make_lines(rng, "office_pl", rng.randrange(24, 34) if long_order else rng.randrange(1, 7), max_qty=20)
    if chance(rng, 0.3):
        extra = make_lines(rng, pick(rng, ["food_pl", "books_pl"]), 1, max_qty=30)
        extra[0].tax_rate = Decimal(8) if "Usługa" in extra[0].description or "Nocleg" in extra[0].description else Decimal(5)
        lines.insert(rng.randrange(len(lines) + 1), extra[0])
    for line in lines:
        line.tax_rate = line.tax_rate or Decimal(23)
    per_line = chance(rng, 0.5)  # VAT computed per line (and summed) or once per rate
    line_vat = {id(line): tax_on(line.amount, line.tax_rate) for line in lines}
    rates = sorted({line.tax_rate for line in lines}, reverse=True)
    bases = {r: sum((ln.amount for ln in lines if ln.tax_rate == r), Decimal("0.00")) for r in rates}
    taxes = ({r: sum((line_vat[id(ln)] for ln in lines if ln.tax_rate == r), Decimal("0.00")) for r in rates}
             if per_line else {r: tax_on(bases[r], r) for r in rates})
    net = sum(bases.values(), Decimal("0.00"))
    tax = sum(taxes.values(), Decimal("0.00"))
    total = net + tax
    terms_style = pick(rng, ["date", "date_days", "days"])
    doc = Doc(document_type=DOCUMENT_TYPE, locale="PL", currency="PLN", vendor=vendor, customer=customer,
              invoice_ids=[number], document_date=issued, total=total, net=net, tax=tax, lines=lines,
              due_date=due if terms_style != "days" else None,
              payment_terms=f"{days} dni" if terms_style != "date" else None)
    nip_form = pick(rng, ["plain", "dashed", "pl"])

    def nip(value: str) -> str:
        if nip_form == "dashed":
            return f"{value[:3]}-{value[3:6]}-{value[6:8]}-{value[8:]}"
        return f"PL{value}" if nip_form == "pl" else value

    vendor.tax_id = nip(vendor.tax_id)
    customer_nip = nip(customer.tax_id)
    theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Helvetica", "Times"]), size=(7.5, 9.0))
    css = theme.css(".ttl{font-size:14pt;font-weight:bold} .box{border:0.7pt solid #888;padding:4pt}"
                    " .lbl{color:#666;font-size:7pt}")
    width, height = A4
    sale_label = pick(rng, ["Data sprzedaży", "Data dostawy/wykonania usługi", "Data zakończenia dostawy"])
    sale_date = issued - timedelta(days=pick(rng, [0, 0, 1, 3, 5]))
    place = vendor.address[-1].split(" ", 1)[1]
    account = iban(rng, "PL")
    bank = pick(rng, ["mBank S.A.", "PKO BP S.A.", "Santander Bank Polska S.A.", "ING Bank Śląski S.A.", "Bank Pekao S.A."])
    money = fmt.money

    def party(title: str, p, nip_text: str, with_extra: bool) -> str:
        extra = ""
        if with_extra and chance(rng, 0.6):
            extra = f"<br/>REGON: {p.extra['regon']}" + (f"<br/>KRS: {p.extra['krs']}" if chance(rng, 0.5) else "")
        return (f"<p class='lbl'>{title}</p><p><b>{esc(p.name)}</b><br/>{lines_html(p.address)}<br/>NIP: {esc(nip_text)}"
                f"{extra}</p>")

    title = pick(rng, ["Faktura VAT", "Faktura", "FAKTURA VAT"])
    copy_mark = pick(rng, ["ORYGINAŁ", "KOPIA", "ORYGINAŁ/KOPIA", ""])
    dates = [("Data wystawienia", fmt.date(issued)), (sale_label, fmt.date(sale_date)), ("Miejsce wystawienia", esc(place))]
    if layout == "app":
        head = (f"<table style='width:100%'><tr><td style='width:55%'><p class='ttl'>{title} nr {esc(number)}</p>"
                f"<p class='small muted'>{copy_mark}</p></td><td style='width:45%'>"
                + "".join(f"<p class='r'>{k}: <b>{v}</b></p>" for k, v in dates) + "</td></tr></table>"
                f"<table style='width:100%;margin-top:8pt'><tr><td style='width:50%'>{party('Sprzedawca', vendor, vendor.tax_id, True)}"
                f"</td><td style='width:50%'>{party('Nabywca', customer, customer_nip, False)}</td></tr></table>")
    else:
        head = (f"<table style='width:100%'><tr><td style='width:50%' class='box'>{party('Sprzedawca:', vendor, vendor.tax_id, True)}"
                f"<p class='small'>Bank: {esc(bank)}<br/>Nr konta: {esc(account)}</p></td>"
                f"<td style='width:50%'><p class='r small'>{copy_mark}</p>"
                + "".join(f"<p>{k}: {v}</p>" for k, v in dates)
                + f"</td></tr></table><p class='ttl c' style='margin-top:8pt'>{title.upper()} Nr {esc(number)}</p>"
                f"<table style='width:100%'><tr><td style='width:50%' class='box'>{party('Nabywca:', customer, customer_nip, False)}</td>"
                f"<td style='width:50%'></td></tr></table>")
    cols = [Col("Lp.", width="5%"), Col("Nazwa towaru lub usługi", width="33%" if per_line else "43%"), Col("Jm.", width="6%"),
            Col("Ilość", "right", "6%"), Col("Cena netto", "right", "10%"), Col("Wartość netto", "right", "11%"),
            Col("Stawka VAT", "right", "7%")]
    if per_line:
        cols += [Col("Kwota VAT", "right", "10%"), Col("Wartość brutto", "right", "12%")]
    numbered = list(enumerate(lines, start=1))

    def row(i: int, line) -> list[str]:
        cells = [f"{i}", esc(line.description), esc(line.unit), fmt.qty(line.quantity), fmt.num(line.unit_price),
                 fmt.num(line.amount), f"{rate(line.tax_rate)}%"]
        if per_line:
            v = line_vat[id(line)]
            cells += [fmt.num(v), fmt.num(line.amount + v)]
        return cells

    summary_rows = "".join(f"<tr><td>{'W tym' if i == 0 else ''}</td><td class='r'>{fmt.num(bases[r])}</td><td class='r'>{rate(r)}%</td>"
                           f"<td class='r'>{fmt.num(taxes[r])}</td><td class='r'>{fmt.num(bases[r] + taxes[r])}</td></tr>"
                           for i, r in enumerate(rates))
    summary = (f"<table class='items' style='width:65%'><tr><th></th><th style='text-align:right'>Wartość netto</th>"
               f"<th style='text-align:right'>Stawka VAT</th><th style='text-align:right'>Kwota VAT</th>"
               f"<th style='text-align:right'>Wartość brutto</th></tr>{summary_rows}"
               f"<tr class='grand'><td>Razem</td><td class='r'>{fmt.num(net)}</td><td></td><td class='r'>{fmt.num(tax)}</td>"
               f"<td class='r'>{fmt.num(total)}</td></tr></table>")
    unit_word = "zł" if fmt.symbol == "zł" else "PLN"
    terms_text = {"date": fmt.date(due), "date_days": f"{fmt.date(due)} ({days} dni)", "days": f"{days} dni"}[terms_style]
    paid_part = chance(rng, 0.25)
    payment = (f"<table class='kv' style='margin-top:6pt'><tr><td>Sposób płatności:</td><td>{pick(rng, ['przelew', 'Przelew', 'przelew bankowy'])}</td></tr>"
               f"<tr><td>Termin płatności:</td><td>{terms_text}</td></tr>"
               + (f"<tr><td>Numer konta:</td><td>{esc(account)} ({esc(bank)})</td></tr>" if layout == "app" else "") + "</table>")
    due_block = (f"<p class='big b' style='margin-top:6pt'>Do zapłaty: {money(total)}</p>"
                 f"<p>Słownie: {words_polish(total, unit_word)}</p>")
    if paid_part:
        due_block += (f"<p>Zapłacono: {money(Decimal('0.00'))} &#160; Pozostało do zapłaty: {money(total)}</p>")
    notes = []
    if total > Decimal("15000") and chance(rng, 0.7):
        notes.append("Mechanizm podzielonej płatności")
    if chance(rng, 0.4):
        notes.append(f"Numer KSeF: {vendor.tax_id[-10:] if nip_form != 'dashed' else vendor.tax_id.replace('-', '')}-"
                     f"{issued.strftime('%Y%m%d')}-{rng.randrange(16**10, 16**11):X}-{rng.randrange(16, 255):X}")
    if chance(rng, 0.3):
        notes.append(f"BDO: {rng.randrange(10**5, 10**9):09d}")
    notes_html = ("<p class='small'><b>Uwagi:</b> " + "<br/>".join(esc(n) for n in notes) + "</p>") if notes else ""
    issuer = person_name(rng, "PL")
    signatures = (f"<table style='width:100%;margin-top:24pt'><tr><td class='c small' style='width:50%'>{esc(issuer)}<br/>"
                  f"..............................<br/>Podpis osoby upoważnionej do wystawienia faktury</td>"
                  f"<td class='c small' style='width:50%'><br/>..............................<br/>Podpis osoby upoważnionej do odbioru faktury</td></tr></table>")
    tail = summary + payment + due_block + notes_html + (signatures if chance(rng, 0.6) else "")

    def body(chunk, index, is_last):
        top = head if index == 0 else f"<p class='b'>{title} nr {esc(number)} - ciąg dalszy</p>"
        return top + items_table(cols, [row(i, ln) for i, ln in chunk], zebra=theme.table == "zebra") + (tail if is_last else "")

    sheet = paged_sheet(width, height, css, (40, 36, 40, 30), numbered, body,
                        footer=lambda n, c: f"<p class='tiny r muted'>Strona {n} z {c}</p>", footer_height=12)
    return Built(doc=doc, sheet=sheet, template=f"faktura_{layout}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"vat_per_line": per_line, "terms": terms_style, "words": words_polish(total, unit_word)})
