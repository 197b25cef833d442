"""SAP "Payment advice note" from a large payer (the classic F110 advice print and its SmartForm cousin).

Classic print: monospaced, column-aligned text; "Payment advice note from <date>", "Our account number
with you" (the payer's customer number at the payee) and "Your account number with us" (the payee's
vendor number at the payer), a salutation, then one line per cleared item: the payer's document
number (a decoy), "Your document" / "Your reference" (the payee's invoice or credit-memo number),
document date, gross amount, deduction (cash discount, or a reason such as a pricing claim) and net
amount; credit memos come as negative lines netted into the payment; a "Sum total" line, the payment
amount with its currency and value date. The SmartForm variant puts the same in a letterhead with a
boxed header and a ruled table; long runs continue over pages with a carried-forward sum.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, paged_sheet, pick
from corpus.holdout.components import Theme, esc, lines_html, logo
from corpus.holdout.doc import Doc
from corpus.holdout.fakes import account_code, make_company, person_name
from corpus.holdout.locales import Fmt
from corpus.holdout.money import money, random_date
from corpus.holdout.render import A4, LETTER
from corpus.holdout.templates._paid import invoice_number_style

FAMILY = "sap_payment_advice"
DOCUMENT_TYPE = "remittance_advice"

LABELS = {
    "en": {"title": "Payment advice note", "from": "from", "our_acct": "Our account number with you",
           "your_acct": "Your account number with us", "dear": "Dear Sir or Madam,",
           "intro": "we have initiated payment of the amount shown below to your bank account. The payment "
                    "settles the following items:",
           "cols": ["Document", "Your document", "Doc. date", "Gross amount", "Deduction", "Net amount"],
           "sum": "Sum total", "carry": "Carried forward", "brought": "Brought forward",
           "payment": "Payment amount", "value": "Value date", "doc": "Payment document", "ref": "Bank reference",
           "bank": "Bank details", "page": "Page", "regards": "Yours faithfully", "cm": "Credit memo",
           "reasons": ["Cash discount", "Price difference", "Short delivery", "Freight claim"]},
    "de": {"title": "Zahlungsavis", "from": "vom", "our_acct": "Unsere Kontonummer bei Ihnen",
           "your_acct": "Ihre Kontonummer bei uns", "dear": "Sehr geehrte Damen und Herren,",
           "intro": "zum Ausgleich der unten aufgeführten Posten haben wir den folgenden Betrag auf Ihr Konto "
                    "angewiesen:",
           "cols": ["Beleg", "Ihr Beleg", "Belegdatum", "Bruttobetrag", "Abzug", "Nettobetrag"],
           "sum": "Gesamtsumme", "carry": "Übertrag", "brought": "Übertrag",
           "payment": "Zahlbetrag", "value": "Valutadatum", "doc": "Zahlungsbeleg", "ref": "Bankreferenz",
           "bank": "Bankverbindung", "page": "Seite", "regards": "Mit freundlichen Grüßen", "cm": "Gutschrift",
           "reasons": ["Skonto", "Preisdifferenz", "Minderlieferung", "Frachtkosten"]},
}


@dataclass
class Item:
    payer_doc: str
    number: str
    doc_date: date
    gross: Decimal          # negative for a credit memo
    deduction: Decimal

    @property
    def net(self) -> Decimal:
        return self.gross - self.deduction


def _items(rng: random.Random, value_date: date, count: int, high: float) -> list[Item]:
    style = invoice_number_style(rng)
    start = rng.randrange(1000, 90000)
    items = []
    for k in range(count):
        doc_date = value_date - timedelta(days=rng.randrange(20, 95))
        gross = money(rng.uniform(150, high))
        deduction = money(gross * Decimal(pick(rng, ["0.02", "0.03"]))) if chance(rng, 0.35) else Decimal("0.00")
        items.append(Item(f"51{rng.randrange(10**7, 10**8)}", style.format(n=start + 7 * k + rng.randrange(5),
                                                                           y=doc_date.year),
                          doc_date, gross, deduction))
    items.sort(key=lambda it: it.doc_date)
    if count >= 2 and chance(rng, 0.3):
        # a credit memo of the payee cleared in the same run, netted against the invoices
        biggest = max(it.gross for it in items)
        credit = money(biggest * Decimal(str(rng.uniform(0.05, 0.4))))
        items.insert(rng.randrange(1, len(items) + 1),
                     Item(f"17{rng.randrange(10**7, 10**8)}", f"{pick(rng, ['CN', 'CM', 'GS'])}-{rng.randrange(1000, 9999)}",
                          value_date - timedelta(days=rng.randrange(5, 40)), -credit, Decimal("0.00")))
    return items


def build(rng: random.Random) -> Built:
    country = pick(rng, ["DE", "DE", "US", "GB", "NL"])
    lang = "de" if country == "DE" else "en"
    lab = LABELS[lang]
    payer = make_company(rng, country)
    payee = make_company(rng, country, with_tax=False)
    fmt = Fmt.pick(rng, country, date_pattern={"DE": "dmy_dot", "US": "mdy_slash", "GB": "dmy_dot",
                                               "NL": "dmy_dot"}[country])
    value_date = random_date(rng)
    advice_date = value_date - timedelta(days=pick(rng, [0, 1, 2, 3]))
    layout = pick(rng, ["classic", "classic", "smartform"])
    count = rng.randrange(1, 9) if chance(rng, 0.75) else rng.randrange(24, 48)
    items = _items(rng, value_date, count, 40000 if country != "NL" else 15000)
    total = sum((it.net for it in items), Decimal("0.00"))
    vendor_no = account_code(rng, "sap")
    our_acct = account_code(rng, pick(rng, ["C", "num", "CUST"])) if chance(rng, 0.6) else None
    pay_doc = f"{pick(rng, ['20', '15', '22'])}{rng.randrange(10**7, 10**8)}"
    bank_ref = pick(rng, [f"{rng.randrange(10**11, 10**12)}", f"E2E{value_date.strftime('%Y%m%d')}{rng.randrange(10**5, 10**6)}"]) \
        if chance(rng, 0.45) else None
    doc = Doc(document_type=DOCUMENT_TYPE, locale=country, currency=fmt.currency, vendor=payee, customer=payer,
              invoice_ids=[it.number for it in items], document_date=advice_date, total=total,
              payment_reference=bank_ref or pay_doc, payment_date=value_date,
              allocations=[(it.number, it.net) for it in items], vendor_id=vendor_no, customer_id=our_acct)

    width, height = LETTER if country == "US" else A4
    num = fmt.num
    widths = [11, 16, 11, 15, 13, 15]

    def line(cells: list[str]) -> str:
        out = ""
        for i, (cell, w) in enumerate(zip(cells, widths, strict=True)):
            out += (cell.rjust(w) if i >= 3 else cell.ljust(w)) + " "
        return out.rstrip()

    def item_cells(it: Item) -> list[str]:
        return [it.payer_doc, it.number, fmt.date(it.doc_date), num(it.gross), num(it.deduction) if it.deduction else "",
                num(it.net)]

    sums = [num(sum((it.gross for it in items), Decimal(0))), num(sum((it.deduction for it in items), Decimal(0))),
            num(total)]
    reason_note = ""
    if any(it.deduction for it in items):
        reason_note = f"{lab['cols'][4]}: {pick(rng, lab['reasons'])}"
    signer = person_name(rng, country)
    if layout == "classic":
        theme = Theme.pick(rng, font="Courier", size=(8.0, 8.5), table="minimal", accent="#000000")
        css = theme.css("pre{font-family:Courier;margin:0}")
        head = [f"{payer.name}", *payer.address, "",
                f"{payee.name}", *payee.address, "", "",
                f"{lab['title']} {lab['from']} {fmt.date(advice_date)}", "",
                f"{lab['our_acct']:<34}{our_acct or ''}" if our_acct else "",
                f"{lab['your_acct']:<34}{vendor_no}", f"{lab['doc']:<34}{pay_doc}"]
        if bank_ref:
            head.append(f"{lab['ref']:<34}{bank_ref}")
        head += ["", lab["dear"], "", lab["intro"], ""]
        rule = "-" * 86

        def body(chunk, index, is_last):
            lines = (head if index == 0 else [f"{payer.name}   {lab['title']} {fmt.date(advice_date)}   "
                                              f"{lab['page']} {index + 1}", ""])
            lines = lines + [line(lab["cols"]), rule]
            if index > 0:
                before = sum((it.net for it in items[:chunk[0]]), Decimal(0)) if chunk else Decimal(0)
                lines.append(f"{lab['brought']:<70}{num(before):>16}")
            lines += [line(item_cells(items[i])) for i in chunk]
            lines.append(rule)
            if is_last:
                lines.append(line([lab["sum"], "", "", *sums]))
                lines += ["", f"{lab['payment']:<34}{fmt.currency} {num(total)}",
                          f"{lab['value']:<34}{fmt.date(value_date)}"]
                if reason_note:
                    lines.append(reason_note)
                lines += ["", lab["regards"], payer.name, f"{signer}, Accounts Payable"]
            else:
                upto = sum((it.net for it in items[:chunk[-1] + 1]), Decimal(0))
                lines.append(f"{lab['carry']:<70}{num(upto):>16}")
            return "<pre>" + esc("\n".join(lines)) + "</pre>"

        sheet = paged_sheet(width, height, css, (42, 40, 30, 40), list(range(len(items))), body)
    else:
        theme = Theme.pick(rng, font=pick(rng, ["Helvetica", "Times"]), size=(8.0, 9.0),
                           table=pick(rng, ["rules", "header_fill", "grid"]))
        css = theme.css(".ttl{font-size:15pt;font-weight:bold}")
        meta = [(lab["title"], ""), ("Date" if lang == "en" else "Datum", fmt.date(advice_date)),
                (lab["your_acct"], vendor_no)]
        if our_acct:
            meta.append((lab["our_acct"], our_acct))
        meta += [(lab["doc"], pay_doc), (lab["value"], fmt.date(value_date))]
        if bank_ref:
            meta.append((lab["ref"], bank_ref))
        meta_html = "".join(f"<tr><td style='width:55%'>{k}</td><td style='width:45%' class='b'>{esc(v)}</td></tr>"
                            for k, v in meta[1:])
        head_html = (f"<table style='width:100%'><tr><td style='width:55%'>{logo(payer.name, rng, theme.accent)}"
                     f"<p class='b'>{esc(payer.name)}</p><p class='small'>{lines_html(payer.address)}</p>"
                     f"<p style='margin-top:14pt'>{esc(payee.name)}<br/>{lines_html(payee.address)}</p></td>"
                     f"<td style='width:45%'><p class='ttl accent'>{lab['title']}</p>"
                     f"<table class='kv boxed' style='width:100%'>{meta_html}</table></td></tr></table>"
                     f"<p style='margin-top:8pt'>{lab['dear']}<br/>{lab['intro']}</p>")
        aligns = ["left", "left", "left", "right", "right", "right"]
        th = "<tr>" + "".join(f"<th style='text-align:{a}'>{c}</th>" for c, a in zip(lab["cols"], aligns, strict=True)) + "</tr>"

        def body(chunk, index, is_last):
            rows = "".join("<tr>" + "".join(f"<td style='text-align:{a}'>{esc(c)}</td>"
                                            for c, a in zip(item_cells(items[i]), aligns, strict=True)) + "</tr>"
                           for i in chunk)
            top = head_html if index == 0 else f"<p class='b'>{esc(payer.name)} &#8212; {lab['title']} {pay_doc}</p>"
            if index > 0:
                before = sum((it.net for it in items[:chunk[0]]), Decimal(0))
                rows = f"<tr><td colspan='5'>{lab['brought']}</td><td class='r'>{num(before)}</td></tr>" + rows
            if is_last:
                rows += (f"<tr class='grand'><td colspan='3'>{lab['sum']}</td>"
                         + "".join(f"<td class='r'>{s}</td>" for s in sums) + "</tr>")
                tail = (f"<p style='margin-top:8pt' class='b'>{lab['payment']}: {fmt.currency} {num(total)} &#160; "
                        f"{lab['value']}: {fmt.date(value_date)}</p>" + (f"<p>{reason_note}</p>" if reason_note else "")
                        + f"<p>{lab['regards']}<br/>{esc(payer.name)}</p>")
            else:
                upto = sum((it.net for it in items[:chunk[-1] + 1]), Decimal(0))
                rows += f"<tr><td colspan='5'>{lab['carry']}</td><td class='r'>{num(upto)}</td></tr>"
                tail = ""
            return top + f"<table class='items'>{th}{rows}</table>" + tail

        tax_label = {"DE": "USt-IdNr.", "US": "EIN", "GB": "VAT Reg. No.", "NL": "BTW-nr."}[country]

        def footer(page_no, count_pages):
            return (f"<p class='tiny muted' style='border-top:0.5pt solid #999'>{esc(payer.name)} · "
                    f"{esc(' · '.join(payer.address))} · {tax_label} {esc(payer.tax_id)} &#160; "
                    f"{lab['page']} {page_no}/{count_pages}</p>")

        sheet = paged_sheet(width, height, css, (45, 40, 40, 24), list(range(len(items))), body,
                            footer=footer, footer_height=24)
    return Built(doc=doc, sheet=sheet, template=f"sap_{layout}_{lang}", png_scan_ok=len(sheet.pages) == 1,
                 notes={"payment_document": pay_doc, "items": len(items),
                        "credit_memo": any(it.gross < 0 for it in items)})
