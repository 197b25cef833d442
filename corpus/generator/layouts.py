"""Layout families: each turns a `Doc` into PDF bytes.

Invoice / credit-note families: label_left, label_above, totals_right, two_column, dense_table, multi_page,
boxed, letter, banner, centered. Remittance: remit_table, remit_letter, remit_bank. Receipt: receipt_pos,
receipt_a5. Statement: statement_table, statement_aging.
"""

from __future__ import annotations

from .canvas import BLACK, GREY, LIGHT, PRODUCERS, WHITE, Canvas
from .components import (
    Style,
    account_summary,
    customer_extra,
    ensure,
    footer,
    items_table,
    kv_rows,
    letterhead,
    meta_pairs,
    page_numbers,
    party_block,
    place_traps,
    setup,
    strip_colon,
    terms_notes,
    totals_block,
    totals_rows,
    words_line,
)
from .labels import LABELS, PAYABLES, SIGNATORY
from .locales import address
from .model import Doc


def title_of(doc: Doc) -> str:
    return doc.L("title_credit" if doc.doc_type == "credit_note" else "title_invoice")


def ship_to_lines(doc: Doc) -> list[str]:
    """A delivery address: the billing address only when that is printed too (else the truth's null
    customer address would be contradicted), otherwise a separate site."""
    rng = doc.rng
    if doc.show_customer_address and rng.random() < 0.5:
        return list(doc.customer.address)
    site, _ = address(rng, doc.loc.code)
    return [doc.L("site")] + site


def _finish(cv: Canvas, st: Style, doc: Doc, *, force_pages: bool = False) -> bytes:
    page_numbers(cv, st, doc, force=force_pages)
    place_traps(cv, st, doc)
    return cv.finish(doc.date, doc.rng.choice(PRODUCERS))


def _tail(cv: Canvas, st: Style, doc: Doc, y: float, *, terms: bool, x_label: float | None = None,
          label_align: str = "l", total_fill: tuple | None = None, box: bool = False) -> float:
    """Totals, amount in words, terms/notes, account summary and footer: the bottom half of most invoices."""
    M, W = st.M, cv.W
    y = ensure(cv, st, y, st.lh * (len(totals_rows(doc)) + 3))
    xl = x_label if x_label is not None else W - M - 230
    y = totals_block(cv, st, doc, xl, W - M, y, label_align=label_align, total_fill=total_fill, box=box)
    y = words_line(cv, st, doc, M, y, W - 2 * M)
    y = ensure(cv, st, y, st.lh * 6)
    y = terms_notes(cv, st, doc, M, y, W - 2 * M, terms=terms)
    y = account_summary(cv, st, doc, M, y)
    y = ensure(cv, st, y, st.lh * 8)
    return footer(cv, st, doc, y)


# ============================================================================================ invoices
def label_left(doc: Doc) -> bytes:
    cv, st = setup(doc)
    rng, M, W = doc.rng, st.M, cv.W
    title = title_of(doc)
    tw = cv.width(title, "hb", st.title)
    cv.text(W - M, M + st.title, title, "hb", st.title, st.accent, "r")
    y = letterhead(cv, st, doc, doc.vendor, M, M, show_addr=doc.show_vendor_address, show_tax=doc.show_vendor_tax,
                   maxw=W - 2 * M - tw - 20)
    y = max(y, M + st.title + 12)
    cv.line(M, y, W - M, y, 1.2, st.accent)
    y += 4
    id_in_block = rng.random() < 0.5
    meta = meta_pairs(doc, include_customer_id=not id_in_block, include_terms=rng.random() < 0.6)
    terms_in_meta = any(v == doc.terms_text for _, v in meta)
    half = W / 2
    swap = rng.random() < 0.35
    mx = M if swap else half + 10
    bx = half + 10 if swap else M
    mode = rng.choice(["aligned", "aligned", "inline"])
    y_meta = kv_rows(cv, st, meta, mx, y, mode=mode, label_color=st.label_color, edge=(half - 6) if swap else W - M)
    y_bill = party_block(cv, st, doc, doc.L("bill_to"), doc.customer, bx, y, show_addr=doc.show_customer_address,
                         extra=customer_extra(doc, id_in_block), maxw=half - M - 10)
    y = max(y_meta, y_bill) + 8
    y = items_table(cv, st, doc, M, W - M, y)
    y = _tail(cv, st, doc, y, terms=not terms_in_meta)
    return _finish(cv, st, doc)


def label_above(doc: Doc) -> bytes:
    cv, st = setup(doc)
    rng, M, W = doc.rng, st.M, cv.W
    title = title_of(doc)
    cv.text(W - M, M + st.title, title.upper() if rng.random() < 0.5 else title, "hb", st.title, st.accent, "r")
    y = letterhead(cv, st, doc, doc.vendor, M, M, show_addr=doc.show_vendor_address, show_tax=doc.show_vendor_tax,
                   maxw=W / 2)
    y += 8
    # a row (or two) of fields: small grey label, value below
    fields = [(strip_colon(lab).upper(), val) for lab, val in meta_pairs(doc, include_customer_id=True)]
    if rng.random() < 0.5:
        lab = strip_colon(doc.L("amount_due_big")).upper()
        fields.insert(2, (lab, doc.money(doc.total, cur=True)))
    per_row = rng.choice([3, 4])
    colw = (W - 2 * M) / per_row
    for i in range(0, len(fields), per_row):
        for j, (lab, val) in enumerate(fields[i:i + per_row]):
            x = M + j * colw
            cv.text(x, y + st.small, lab, "b", cv.fit(lab, colw - 6, "b", st.small), GREY)
            cv.text(x, y + st.small + st.lh + 1, val, "r", cv.fit(val, colw - 6, "r", st.fs + 0.5))
        y += st.small + st.lh * 2 + 4
    y += 4
    # billed to / (optional) ship to, also label-above
    bill_lab = strip_colon(doc.L("bill_to")).upper()
    cv.text(M, y + st.small, bill_lab, "b", st.small, GREY)
    yb = party_block(cv, st, doc, None, doc.customer, M, y + st.small, show_addr=doc.show_customer_address,
                     extra=customer_extra(doc, False), maxw=W / 2 - M)
    if rng.random() < 0.4:
        x2 = W / 2
        cv.text(x2, y + st.small, strip_colon(doc.L("ship_to")).upper(), "b", st.small, GREY)
        ship = ship_to_lines(doc)
        yy = y + st.small
        for ln in ship:
            yy += st.lh
            cv.text(x2, yy, ln, "r", st.fs)
    y = yb + 10
    y = items_table(cv, st, doc, M, W - M, y, style=rng.choice(["lines", "plain", "header_fill"]))
    y = _tail(cv, st, doc, y, terms=False)
    return _finish(cv, st, doc)


def totals_right(doc: Doc) -> bytes:
    cv, st = setup(doc)
    rng, M, W = doc.rng, st.M, cv.W
    # vendor block top-left, but all document meta flush right
    y0 = M
    if rng.random() < 0.5:  # monogram "logo"
        cv.rect(M, M, M + 34, M + 34, stroke=None, fill=st.accent)
        ini = "".join(w[0] for w in doc.vendor.name.split()[:2] if w[0].isalpha()).upper()
        cv.text(M + 17, M + 23, ini, "hb", 14, WHITE, "c")
        y0 = M + 40
    y = letterhead(cv, st, doc, doc.vendor, M, y0, show_addr=doc.show_vendor_address, show_tax=doc.show_vendor_tax,
                   maxw=W / 2 - M)
    title = title_of(doc)
    yr = M + st.title
    cv.text(W - M, yr, title, "hb", st.title, st.accent, "r")
    meta = meta_pairs(doc, include_customer_id=True, include_terms=True)
    yr = kv_rows(cv, st, meta, 0, yr + 2, mode="right", right=W - M, label_style="r", label_color=GREY)
    y = max(y, yr) + 6
    y = party_block(cv, st, doc, doc.L("bill_to"), doc.customer, M, y, show_addr=doc.show_customer_address,
                    extra=customer_extra(doc, False), title_color=GREY)
    y += 6
    y = items_table(cv, st, doc, M, W - M, y, style=rng.choice(["lines", "plain", "header_dark"]))
    y = _tail(cv, st, doc, y, terms=False, x_label=W - M - 110, label_align="r",
              box=rng.random() < 0.4)
    return _finish(cv, st, doc)


def two_column(doc: Doc) -> bytes:
    cv, st = setup(doc)
    rng, M, W = doc.rng, st.M, cv.W
    mid = W * rng.uniform(0.5, 0.56)
    y_left = letterhead(cv, st, doc, doc.vendor, M, M, show_addr=doc.show_vendor_address,
                        show_tax=doc.show_vendor_tax, maxw=mid - M - 10)
    title = title_of(doc)
    yr = M + st.title
    cv.text(mid, yr, title, "hb", st.title, st.accent)
    meta = meta_pairs(doc, include_customer_id=rng.random() < 0.6, include_terms=True)
    yr += 4
    lw = max(cv.width(lab, "r", st.fs) for lab, _ in meta) + 10
    boxed = rng.random() < 0.5
    for lab, val in meta:
        if boxed:
            cv.rect(mid, yr, W - M, yr + st.lh + 2, w=0.4, stroke=LIGHT)
            cv.line(mid + lw, yr, mid + lw, yr + st.lh + 2, 0.4, LIGHT)
        yr += st.lh + 2
        cv.text(mid + 3, yr - 4, lab, "r", st.fs, GREY)
        cv.text(mid + lw + 4, yr - 4, val, "b", cv.fit(val, W - M - mid - lw - 8, "b", st.fs))
    y = max(y_left, yr) + 12
    # bill to / ship to side by side, in boxes or under rules
    half = (W - 2 * M) / 2
    extra = customer_extra(doc, not any(v == doc.customer_id for _, v in meta))
    yb = party_block(cv, st, doc, doc.L("bill_to"), doc.customer, M + 6, y, show_addr=doc.show_customer_address,
                     extra=extra, maxw=half - 14)
    ys = y
    if rng.random() < 0.6:
        ship_party_lines = [doc.customer.name] + ship_to_lines(doc)
        ys += st.fs
        cv.text(M + half + 6, ys, doc.L("ship_to"), "b", st.fs)
        ys += st.lh * 0.25
        for ln in ship_party_lines:
            ys += st.lh
            cv.text(M + half + 6, ys, ln, "r", cv.fit(ln, half - 14, "r", st.fs))
    yb = max(yb, ys + st.lh * 0.6)
    if rng.random() < 0.6:
        cv.rect(M, y, M + half - 4, yb, w=0.5, stroke=GREY)
        if ys > y:
            cv.rect(M + half + 2, y, W - M, yb, w=0.5, stroke=GREY)
    y = yb + 10
    y = items_table(cv, st, doc, M, W - M, y, style=rng.choice(["header_fill", "header_dark", "grid"]))
    y = _tail(cv, st, doc, y, terms=not any(v == doc.terms_text for _, v in meta))
    return _finish(cv, st, doc)


def dense_table(doc: Doc) -> bytes:
    cv, st = setup(doc, dense=True)
    rng, M, W = doc.rng, st.M, cv.W
    st.lh = st.fs * 1.3
    title = title_of(doc)
    cv.text(W - M, M + 14, title, "hb", 14, BLACK, "r")
    y = letterhead(cv, st, doc, doc.vendor, M, M, name_size=13, show_addr=doc.show_vendor_address,
                   show_tax=doc.show_vendor_tax, maxw=W / 2)
    meta = meta_pairs(doc, include_customer_id=True, include_terms=True)
    # meta as a compact grid: 3 columns of label: value
    colw = (W - 2 * M) / 3
    rows = [meta[i:i + 3] for i in range(0, len(meta), 3)]
    y += 2
    for r in rows:
        y += st.lh + 2
        for j, (lab, val) in enumerate(r):
            x = M + j * colw
            w = cv.text(x, y, lab, "b", st.fs)
            cv.text(x + w + 3, y, val, "r", cv.fit(val, colw - w - 8, "r", st.fs))
    y += st.lh
    y = party_block(cv, st, doc, doc.L("bill_to"), doc.customer, M, y, show_addr=doc.show_customer_address,
                    extra=customer_extra(doc, False))
    y = items_table(cv, st, doc, M, W - M, y, dense=True, style="grid")
    y = _tail(cv, st, doc, y, terms=False, x_label=W - M - 200, box=True)
    return _finish(cv, st, doc, force_pages=rng.random() < 0.5)


def multi_page(doc: Doc) -> bytes:
    cv, st = setup(doc, dense=doc.rng.random() < 0.5)
    rng, M, W = doc.rng, st.M, cv.W
    title = title_of(doc)
    cv.text(W - M, M + st.title, title, "hb", st.title, st.accent, "r")
    y = letterhead(cv, st, doc, doc.vendor, M, M, show_addr=doc.show_vendor_address, show_tax=doc.show_vendor_tax,
                   maxw=W / 2)
    meta = meta_pairs(doc, include_customer_id=True, include_terms=True)
    ym = kv_rows(cv, st, meta, W / 2 + 20, M + st.title + 6, mode="aligned", label_color=st.label_color)
    y = party_block(cv, st, doc, doc.L("bill_to"), doc.customer, M, max(y, ym) + 4,
                    show_addr=doc.show_customer_address, extra=customer_extra(doc, False))
    cf_style = rng.random() < 0.6
    cont_label = doc.L("continued")
    header_line = f"{doc.vendor.name} - {strip_colon(doc.L('invoice_no' if doc.doc_type == 'invoice' else 'credit_no'))} {doc.number}"

    def on_break(yy: float, running: int) -> float:
        if cf_style:
            cv.text(W - M - 120, yy + st.lh, doc.L("carried_forward"), "i", st.fs, BLACK, "r")
            cv.text(W - M, yy + st.lh, doc.money(running, cur=False, credit=False), "i", st.fs, BLACK, "r")
        cv.text(W / 2, cv.H - st.M - 4, cont_label, "i", st.small, GREY, "c")
        cv.new_page()
        ny = M + st.fs
        cv.text(M, ny, header_line, "b", st.fs)
        cv.text(W - M, ny, doc.d(doc.date), "r", st.fs, BLACK, "r")
        ny += st.lh
        cv.line(M, ny, W - M, ny, 0.6)
        if cf_style:
            ny += st.lh + 2
            cv.text(W - M - 120, ny, doc.L("brought_forward"), "i", st.fs, BLACK, "r")
            cv.text(W - M, ny, doc.money(running, cur=False, credit=False), "i", st.fs, BLACK, "r")
        return ny + 8

    y = items_table(cv, st, doc, M, W - M, y + 6, bottom=cv.H - M - 40, on_break=on_break)
    y = _tail(cv, st, doc, y, terms=False)
    return _finish(cv, st, doc, force_pages=True)


def boxed(doc: Doc) -> bytes:
    cv, st = setup(doc)
    rng, M, W = doc.rng, st.M, cv.W
    st.table = "grid"
    x0, x1 = M, W - M
    # top: vendor cell | title + number cell
    split = W * 0.58
    y = M
    yv = letterhead(cv, st, doc, doc.vendor, x0 + 6, y + 2, show_addr=doc.show_vendor_address,
                    show_tax=doc.show_vendor_tax, maxw=split - x0 - 12)
    title = title_of(doc)
    cv.text((split + x1) / 2, y + 14 + st.title, title, "hb", cv.fit(title, x1 - split - 12, "hb", st.title), BLACK, "c")
    credit = doc.doc_type == "credit_note"
    nlab = strip_colon(doc.L("credit_no" if credit else "invoice_no"))
    cv.text(split + 6, y + 30 + st.title, nlab, "r", st.small, GREY)
    cv.text((split + x1) / 2, y + 30 + st.title + st.lh + 4, doc.number, "b", st.fs + 2, BLACK, "c")
    y1 = max(yv, y + 30 + st.title + st.lh * 2 + 8)
    cv.rect(x0, y, x1, y1, w=0.8)
    cv.line(split, y, split, y1, 0.8)
    # row of small cells: label at top-left, value below
    cells = [(strip_colon(lab), val) for lab, val in meta_pairs(doc, include_customer_id=True, include_terms=True)
             if val != doc.number]
    per = rng.choice([3, 4, 5])
    cw = (x1 - x0) / per
    ch = st.small + st.lh + 8
    for i in range(0, len(cells), per):
        for j, (lab, val) in enumerate(cells[i:i + per]):
            cx = x0 + j * cw
            cv.rect(cx, y1, cx + cw, y1 + ch, w=0.5)
            cv.text(cx + 3, y1 + st.small + 2, lab, "r", cv.fit(lab, cw - 6, "r", st.small), GREY)
            cv.text(cx + 3, y1 + st.small + st.lh + 3, val, "b", cv.fit(val, cw - 6, "b", st.fs))
        y1 += ch
    # customer cell
    top = y1
    yc = party_block(cv, st, doc, doc.L("bill_to"), doc.customer, x0 + 6, y1, show_addr=doc.show_customer_address,
                     extra=customer_extra(doc, False), title_style="r", title_color=GREY)
    cv.rect(x0, top, x1, yc + 2, w=0.5)
    y = yc + 10
    y = items_table(cv, st, doc, x0, x1, y, style="grid")
    # totals as cells
    y = ensure(cv, st, y, st.lh * 6)
    rows = totals_rows(doc)
    lx = W - M - 230
    for lab, val, bold in rows:
        h = st.lh + 6
        cv.rect(lx, y, x1, y + h, w=0.6, fill=(0.92, 0.92, 0.92) if bold else None)
        cv.line(x1 - 110, y, x1 - 110, y + h, 0.6)
        cv.text(lx + 4, y + h - 5, lab, "b" if bold else "r", cv.fit(lab, 110, "b", st.fs))
        cv.text(x1 - 4, y + h - 5, val, "b" if bold else "r", st.fs, BLACK, "r")
        y += h
    y = words_line(cv, st, doc, M, y + 4, W - 2 * M)
    y = terms_notes(cv, st, doc, M, y, W - 2 * M, terms=False)
    y = ensure(cv, st, y, st.lh * 8)
    y = footer(cv, st, doc, y)
    if rng.random() < 0.5:
        y = ensure(cv, st, y, 60)
        cv.rect(M, y + 14, M + 200, y + 54, w=0.5)
        cv.text(M + 4, y + 24, doc.L("signature"), "r", st.small, GREY)
    return _finish(cv, st, doc)


LETTER_TEXT = {
    "en": {"dear": ["Dear Sir/Madam,", "Dear {contact},", "To whom it may concern,"],
           "re": ["Re: {title} {number}", "RE: {title} NO. {number}", "Subject: {title} {number}"],
           "intro": ["We refer to the goods and services supplied to you as detailed below.",
                     "Please find below our charges for the work completed.",
                     "Thank you for your recent order. Our charges are as follows:"],
           "pay": ["Please pay {total} by {due}.", "Kindly remit {total} on or before {due}.",
                   "The total amount of {total} is due for payment by {due}."],
           "pay_nodue": ["Please pay {total} at your earliest convenience.",
                         "The total amount payable is {total}."],
           "credit": ["We have credited your account with {total}."],
           "close": ["Yours faithfully,", "Yours sincerely,", "Kind regards,"]},
    "de": {"dear": ["Sehr geehrte Damen und Herren,", "Guten Tag {contact},"],
           "re": ["{title} Nr. {number}", "Betreff: {title} {number}"],
           "intro": ["für die nachstehend aufgeführten Lieferungen und Leistungen erlauben wir uns zu berechnen:",
                     "vielen Dank für Ihren Auftrag. Wir berechnen Ihnen:"],
           "pay": ["Bitte überweisen Sie den Betrag von {total} bis zum {due}.",
                   "Wir bitten um Zahlung von {total} bis spätestens {due}."],
           "pay_nodue": ["Bitte überweisen Sie den Betrag von {total}."],
           "credit": ["Wir schreiben Ihnen den Betrag von {total} gut."],
           "close": ["Mit freundlichen Grüßen"]},
    "fr": {"dear": ["Madame, Monsieur,"], "re": ["Objet : {title} n° {number}"],
           "intro": ["Veuillez trouver ci-dessous le détail de nos prestations.",
                     "Nous vous remercions de votre commande et vous prions de trouver ci-après notre facture."],
           "pay": ["Merci de régler la somme de {total} avant le {due}.",
                   "Nous vous remercions de bien vouloir régler {total} au plus tard le {due}."],
           "pay_nodue": ["Merci de régler la somme de {total} dès réception."],
           "credit": ["Nous portons la somme de {total} au crédit de votre compte."],
           "close": ["Veuillez agréer nos salutations distinguées."]},
    "nl": {"dear": ["Geachte heer/mevrouw,"], "re": ["Betreft: {title} {number}"],
           "intro": ["Hierbij brengen wij de volgende werkzaamheden in rekening:"],
           "pay": ["Wij verzoeken u het bedrag van {total} vóór {due} over te maken.",
                   "Gelieve {total} uiterlijk {due} te betalen."],
           "pay_nodue": ["Wij verzoeken u het bedrag van {total} over te maken."],
           "credit": ["Wij crediteren uw rekening voor {total}."],
           "close": ["Met vriendelijke groet,"]},
    "es": {"dear": ["Estimados señores:"], "re": ["Asunto: {title} nº {number}"],
           "intro": ["Les detallamos a continuación los servicios prestados:"],
           "pay": ["Rogamos abonen la cantidad de {total} antes del {due}.",
                   "Les rogamos realicen el pago de {total} antes del {due}."],
           "pay_nodue": ["Rogamos abonen la cantidad de {total}."],
           "credit": ["Abonamos en su cuenta la cantidad de {total}."],
           "close": ["Atentamente,"]},
}


def letter(doc: Doc) -> bytes:
    cv, st = setup(doc)
    rng, M, W = doc.rng, st.M, cv.W
    tx = LETTER_TEXT.get(doc.lang, LETTER_TEXT["en"])
    maxw = W - 2 * M
    align = rng.choice(["l", "c"])
    y = letterhead(cv, st, doc, doc.vendor, W / 2 if align == "c" else M, M, align=align,
                   show_addr=doc.show_vendor_address, show_tax=doc.show_vendor_tax)
    cv.line(M, y, W - M, y, 0.5, GREY)
    y += st.lh
    cv.text(W - M, y, doc.d(doc.date), "r", st.fs, BLACK, "r")
    extra = customer_extra(doc, True)
    y = party_block(cv, st, doc, None, doc.customer, M, y, show_addr=doc.show_customer_address, extra=extra)
    y += st.lh
    title = title_of(doc)
    title = title[0] + title[1:].lower() if title.isupper() else title
    y += st.lh
    cv.text(M, y, rng.choice(tx["re"]).format(title=title, number=doc.number), "b", st.fs + 1)
    # the rest of the meta (PO, terms...) on one line each
    rest = [(lab, val) for lab, val in meta_pairs(doc, include_customer_id=False, include_terms=True,
                                                   include_due=False) if val not in (doc.number, doc.d(doc.date))]
    y = kv_rows(cv, st, rest, M, y, mode="inline", label_style="r")
    y += st.lh * 0.5
    y += st.lh
    cv.text(M, y, rng.choice(tx["dear"]).format(contact=doc.customer.contact), "r", st.fs)
    y += st.lh * 0.5
    for ln in cv.wrap(rng.choice(tx["intro"]), maxw, "r", st.fs):
        y += st.lh
        cv.text(M, y, ln, "r", st.fs)
    y += st.lh * 0.5
    # items as a compact list: "1. Description - 10 x 1,000.00 = 10,000.00"
    for i, it in enumerate(doc.items):
        line = (f"{i + 1}. {it.desc}: {doc.qty(it.qty)} x {doc.money(it.unit, cur=False, credit=False)}"
                f" = {doc.money(it.amount, cur=False, credit=False)}")
        for j, ln in enumerate(cv.wrap(line, maxw - 20, "r", st.fs)):
            y += st.lh
            cv.text(M + (12 if j == 0 else 24), y, ln, "r", st.fs)
    y += st.lh * 0.5
    for lab, val, bold in totals_rows(doc):
        y += st.lh
        cv.text(M + 12, y, lab, "b" if bold else "r", st.fs)
        cv.text(M + 260, y, val, "b" if bold else "r", st.fs, BLACK, "r")
    y += st.lh
    total_txt = doc.money(doc.total, cur=True)
    if doc.doc_type == "credit_note":
        sentence = rng.choice(tx["credit"]).format(total=total_txt)
    elif doc.due_date:
        sentence = rng.choice(tx["pay"]).format(total=total_txt, due=doc.d(doc.due_date))
    else:
        sentence = rng.choice(tx["pay_nodue"]).format(total=total_txt)
    for ln in cv.wrap(sentence, maxw, "r", st.fs):
        y += st.lh
        cv.text(M, y, ln, "r", st.fs)
    y = words_line(cv, st, doc, M, y, maxw)
    y = terms_notes(cv, st, doc, M, y, maxw, terms=False)
    y = ensure(cv, st, y, st.lh * 12)
    y += st.lh * 1.5
    cv.text(M, y, rng.choice(tx["close"]), "r", st.fs)
    y += st.lh * 2.5
    cv.text(M, y, doc.vendor.contact, "r", st.fs)
    y += st.lh
    cv.text(M, y, rng.choice(SIGNATORY.get(doc.lang, SIGNATORY["en"])), "i", st.fs)
    y = footer(cv, st, doc, y + st.lh, thanks=False)
    return _finish(cv, st, doc)


def banner(doc: Doc) -> bytes:
    cv, st = setup(doc)
    rng, M, W = doc.rng, st.M, cv.W
    band_h = rng.choice([70, 84, 96])
    cv.rect(0, 0, W, band_h, stroke=None, fill=st.accent if st.accent != BLACK else (0.15, 0.15, 0.2))
    title = title_of(doc)
    size = cv.fit(doc.vendor.name, W / 2 - M, "hb", st.name + 2)
    cv.text(M, band_h / 2 + 2, doc.vendor.name, "hb", size, WHITE)
    cv.text(W - M, band_h / 2 + st.title / 3, title.upper(), "hb", st.title, WHITE, "r")
    y = band_h + 8
    # vendor address under the band, small
    yy = y
    if doc.show_vendor_address:
        for ln in doc.vendor.address:
            yy += st.lh
            cv.text(M, yy, ln, "r", st.small + 0.5)
    if doc.show_vendor_tax:
        yy += st.lh
        cv.text(M, yy, f"{doc.vendor.tax_label} {doc.vendor.tax_id}", "r", st.small + 0.5)
    yy += st.lh
    cv.text(M, yy, f"{doc.L('tel')} {doc.vendor.phone}", "r", st.small + 0.5)
    meta = meta_pairs(doc, include_customer_id=True, include_terms=True)
    ym = kv_rows(cv, st, meta, W / 2 + 10, y, mode="split", right=W - M, label_color=GREY)
    y = max(yy, ym) + 10
    cv.rect(M, y, W - M, y + 2, stroke=None, fill=st.soft)
    y = party_block(cv, st, doc, doc.L("bill_to"), doc.customer, M, y + 4, show_addr=doc.show_customer_address,
                    extra=customer_extra(doc, False), title_color=st.accent if st.accent != BLACK else GREY)
    y += 4
    y = items_table(cv, st, doc, M, W - M, y, style="header_dark",
                    header_color=st.accent if st.accent != BLACK else (0.15, 0.15, 0.2))
    fill = st.accent if st.accent != BLACK else (0.15, 0.15, 0.2)
    y = _tail(cv, st, doc, y, terms=False, total_fill=fill if rng.random() < 0.7 else None)
    return _finish(cv, st, doc)


def centered(doc: Doc) -> bytes:
    cv, st = setup(doc)
    rng, M, W = doc.rng, st.M, cv.W
    y = letterhead(cv, st, doc, doc.vendor, W / 2, M, align="c", name_size=st.name + 2,
                   show_addr=doc.show_vendor_address, show_tax=doc.show_vendor_tax)
    cv.line(M, y, W - M, y, 1.5)
    cv.line(M, y + 2.5, W - M, y + 2.5, 0.5)
    y += st.lh + 10
    title = title_of(doc)
    cv.text(W / 2, y, title.upper(), "hb", st.title - 2, BLACK, "c")
    tw = cv.width(title.upper(), "hb", st.title - 2)
    cv.line(W / 2 - tw / 2, y + 2, W / 2 + tw / 2, y + 2, 0.8)
    y += 8
    meta = meta_pairs(doc, include_customer_id=rng.random() < 0.5, include_terms=True)
    left, right = meta[0::2], meta[1::2]
    y1 = kv_rows(cv, st, left, M, y, mode="aligned", label_style="b", edge=W / 2 - 6)
    y2 = kv_rows(cv, st, right, W / 2 + 10, y, mode="aligned", label_style="b")
    y = max(y1, y2) + 4
    extra = customer_extra(doc, not any(v == doc.customer_id for _, v in meta))
    y = party_block(cv, st, doc, doc.L("bill_to"), doc.customer, M, y, show_addr=doc.show_customer_address,
                    extra=extra)
    y = items_table(cv, st, doc, M, W - M, y + 4, style=rng.choice(["grid", "lines"]))
    y = _tail(cv, st, doc, y, terms=False)
    if rng.random() < 0.6:
        y = ensure(cv, st, y, 50)
        y += 34
        cv.line(M, y, M + 160, y, 0.5)
        cv.line(W - M - 160, y, W - M, y, 0.5)
        cv.text(M, y + st.lh, doc.L("sign_left"), "r", st.small)
        cv.text(W - M - 160, y + st.lh, doc.L("sign_right"), "r", st.small)
    return _finish(cv, st, doc)


# ============================================================================================ remittances
def _remit_columns(doc: Doc) -> list[tuple[str, str]]:
    cols = [("inv", doc.L("r_invoice_no")), ("date", doc.L("r_invoice_date"))]
    if doc.has_deductions or doc.rng.random() < 0.5:
        cols.append(("gross", doc.L("r_invoice_amount")))
    if doc.has_deductions:
        cols.append(("ded", doc.L("r_deduction")))
    cols.append(("paid", doc.L("r_paid")))
    return cols


def _remit_table(cv: Canvas, st: Style, doc: Doc, x0: float, x1: float, y: float, *, grid: bool,
                 with_dates: bool = True, totals_row: bool = True) -> float:
    cols = [c for c in _remit_columns(doc) if with_dates or c[0] != "date"]
    widths = {"inv": 1.3, "date": 1.0, "gross": 1.1, "ded": 0.9, "paid": 1.1}
    tot = sum(widths[k] for k, _ in cols)
    xs = []
    x = x0
    for k, _ in cols:
        w = (x1 - x0) * widths[k] / tot
        xs.append((k, x, w))
        x += w
    h = st.lh + 4
    fill = st.soft if doc.rng.random() < 0.6 else None
    cv.rect(x0, y, x1, y + h, stroke=BLACK if grid else None, fill=fill, w=0.5)
    for (k, x, w), (_, title) in zip(xs, cols, strict=True):
        right = k in ("gross", "ded", "paid")
        cv.text(x + w - 4 if right else x + 4, y + h - 5, title, "b", cv.fit(title, w - 6, "b", st.fs), BLACK,
                "r" if right else "l")
    if not grid:
        cv.line(x0, y + h, x1, y + h, 0.8)
    y += h
    for r in doc.remit_rows:
        vals = {"inv": r.invoice_no, "date": doc.d(r.invoice_date), "gross": doc.money(r.gross, cur=doc.table_cur),
                "ded": doc.money(r.deduction, cur=doc.table_cur) if r.deduction else doc.rng.choice(["-", "0.00", ""]),
                "paid": doc.money(r.paid, cur=doc.table_cur)}
        if vals["ded"] == "0.00":
            vals["ded"] = doc.num(0)
        for k, x, w in xs:
            right = k in ("gross", "ded", "paid")
            v = vals[k]
            cv.text(x + w - 4 if right else x + 4, y + h - 5, v, "r", cv.fit(v, w - 6, "r", st.fs), BLACK,
                    "r" if right else "l")
            if grid:
                cv.line(x, y, x, y + h, 0.5)
        if grid:
            cv.line(x1, y, x1, y + h, 0.5)
            cv.line(x0, y + h, x1, y + h, 0.5)
        y += h
    if totals_row:
        cv.line(x0, y, x1, y, 0.8)
        sums = {"gross": sum(r.gross for r in doc.remit_rows), "ded": sum(r.deduction for r in doc.remit_rows),
                "paid": doc.total}
        first = True
        for k, x, w in xs:
            if k in sums:
                cv.text(x + w - 4, y + h - 5, doc.money(sums[k], cur=doc.totals_cur and k == "paid"), "b", st.fs,
                        BLACK, "r")
            elif first:
                cv.text(x + 4, y + h - 5, doc.L("r_total"), "b", st.fs)
                first = False
        y += h
        cv.line(x0, y, x1, y, 0.8)
        cv.line(x0, y + 2, x1, y + 2, 0.8)
    return y + 6


def _payee_block(cv: Canvas, st: Style, doc: Doc, x: float, y: float, maxw: float, title: str | None = None) -> float:
    extra = []
    if doc.vendor_id:
        extra.append(f"{doc.L('vendor_no')} {doc.vendor_id}")
    if doc.show_vendor_tax and doc.vendor.tax_id:
        lab = {"KE": "Supplier PIN:", "UG": "Supplier TIN:", "TZ": "Supplier TIN:", "IN": "Supplier GSTIN:"}.get(
            doc.loc.code, doc.vendor.tax_label)
        extra.append(f"{lab} {doc.vendor.tax_id}")
    return party_block(cv, st, doc, title or doc.L("payee"), doc.vendor, x, y, show_addr=doc.show_vendor_address,
                       extra=extra, maxw=maxw)


def _remit_meta(doc: Doc) -> list[tuple[str, str]]:
    pairs = [(doc.L("advice_date"), doc.d(doc.date)), (doc.L("payment_ref"), doc.pay_ref),
             (doc.L("payment_date"), doc.d(doc.pay_date)), (doc.L("payment_method"), doc.pay_method)]
    if "voucher" in doc.decoys:
        pairs.insert(1, (doc.L("voucher_no"), doc.decoys["voucher"]))
    if doc.rng.random() < 0.5 or doc.currency_note:
        pairs.append((doc.L("currency"), doc.currency))
    # the advice date and payment date are distinct labels; the advice date sometimes is the payment date
    return pairs


def remit_table(doc: Doc) -> bytes:
    cv, st = setup(doc)
    rng, M, W = doc.rng, st.M, cv.W
    align = rng.choice(["l", "c"])
    y = letterhead(cv, st, doc, doc.customer, M if align == "l" else W / 2, M, align=align,
                   show_addr=doc.show_customer_address, show_tax=rng.random() < 0.4)
    cv.line(M, y, W - M, y, 1, st.accent)
    y += st.lh + 8
    title = doc.L("title_remit")
    cv.text(W / 2 if rng.random() < 0.5 else M, y, title, "hb", st.title - 4, st.accent,
            "c" if cv.width(title, "hb", st.title - 4) < W else "l")
    y += 6
    yp = _payee_block(cv, st, doc, M, y, W / 2 - M - 10)
    ym = kv_rows(cv, st, _remit_meta(doc), W / 2 + 10, y, mode="aligned", label_color=st.label_color)
    y = max(yp, ym) + 6
    intro = {"en": ["We have today made payment to you as detailed below.",
                    "Please find below details of invoices settled in this payment.",
                    "The following invoices have been paid:"],
             "de": ["Wir haben folgende Rechnungen zur Zahlung angewiesen:"],
             "fr": ["Nous avons procédé au règlement des factures suivantes :"],
             "nl": ["Wij hebben de volgende facturen voldaan:"],
             "es": ["Hemos procedido al pago de las siguientes facturas:"]}.get(doc.lang, ["The following invoices have been paid:"])
    y += st.lh
    cv.text(M, y, rng.choice(intro), "r", st.fs)
    y += 8
    y = _remit_table(cv, st, doc, M, W - M, y, grid=rng.random() < 0.5)
    y += st.lh
    lab = doc.L("r_total")
    cv.text(W - M - 150, y, lab, "b", st.fs + 1, BLACK, "r")
    cv.text(W - M, y, doc.money(doc.total, cur=True), "b", st.fs + 1, BLACK, "r")
    y += st.lh * 2
    y = ensure(cv, st, y, st.lh * 8)
    if rng.random() < 0.5:
        cv.text(M, y, doc.L("remit_sign"), "i", st.small, GREY)
    y = footer(cv, st, doc, y, thanks=False)
    return _finish(cv, st, doc)


REMIT_LETTER = {
    "en": ["We are pleased to advise that a payment of {amount} has been made to your account by {method} on "
           "{date}, reference {ref}, in settlement of the following invoices:",
           "Please note that we have today transferred {amount} ({method}, ref. {ref}, value date {date}) "
           "to settle the invoices listed below."],
    "de": ["hiermit teilen wir Ihnen mit, dass wir am {date} den Betrag von {amount} per {method} "
           "(Referenz {ref}) zum Ausgleich folgender Rechnungen überwiesen haben:"],
    "fr": ["Nous vous informons que nous avons réglé le {date} la somme de {amount} par {method} "
           "(référence {ref}) pour les factures suivantes :"],
    "nl": ["Hierbij delen wij u mee dat wij op {date} een bedrag van {amount} per {method} (kenmerk {ref}) "
           "hebben overgemaakt ter voldoening van de volgende facturen:"],
    "es": ["Les comunicamos que con fecha {date} hemos realizado un pago de {amount} mediante {method} "
           "(referencia {ref}) correspondiente a las siguientes facturas:"],
}


def remit_letter(doc: Doc) -> bytes:
    cv, st = setup(doc)
    rng, M, W = doc.rng, st.M, cv.W
    tx = LETTER_TEXT.get(doc.lang, LETTER_TEXT["en"])
    y = letterhead(cv, st, doc, doc.customer, M, M, show_addr=doc.show_customer_address, show_tax=False)
    y += st.lh
    cv.text(W - M, y, f"{doc.L('advice_date')} {doc.d(doc.date)}", "r", st.fs, BLACK, "r")
    y = _payee_block(cv, st, doc, M, y, W / 2)
    y += st.lh
    cv.text(M, y, doc.L("title_remit").upper(), "b", st.fs + 1)
    y += st.lh * 1.5
    cv.text(M, y, rng.choice(tx["dear"]).format(contact=doc.vendor.contact), "r", st.fs)
    y += st.lh * 0.5
    para = rng.choice(REMIT_LETTER.get(doc.lang, REMIT_LETTER["en"])).format(
        amount=doc.money(doc.total, cur=True), method=doc.pay_method, date=doc.d(doc.pay_date), ref=doc.pay_ref)
    for ln in cv.wrap(para, W - 2 * M, "r", st.fs):
        y += st.lh
        cv.text(M, y, ln, "r", st.fs)
    y += st.lh
    y = _remit_table(cv, st, doc, M, W - M - rng.choice([0, 80, 140]), y, grid=False, with_dates=rng.random() < 0.6)
    y = ensure(cv, st, y, st.lh * 10)
    y += st.lh
    closing = {"en": "Kindly acknowledge receipt.", "de": "Bitte prüfen Sie den Zahlungseingang.",
               "fr": "Nous vous prions d'agréer nos salutations distinguées.", "nl": "Wij vertrouwen u hiermee voldoende te hebben geïnformeerd.",
               "es": "Rogamos confirmen la recepción."}.get(doc.lang, "Kindly acknowledge receipt.")
    cv.text(M, y, closing, "r", st.fs)
    y += st.lh * 1.5
    cv.text(M, y, rng.choice(tx["close"]), "r", st.fs)
    y += st.lh * 2.5
    cv.text(M, y, doc.customer.contact, "r", st.fs)
    y += st.lh
    cv.text(M, y, rng.choice(PAYABLES.get(doc.lang, PAYABLES["en"])), "i", st.fs)
    y = footer(cv, st, doc, y + st.lh, thanks=False)
    return _finish(cv, st, doc)


def remit_bank(doc: Doc) -> bytes:
    cv, st = setup(doc)
    M, W = st.M, cv.W
    x0, x1 = M, W - M
    cv.rect(x0, M, x1, M + 30, stroke=None, fill=st.soft)
    cv.text(x0 + 8, M + 20, doc.customer.name, "hb", cv.fit(doc.customer.name, (x1 - x0) / 2, "hb", st.fs + 3))
    cv.text(x1 - 8, M + 20, doc.L("title_remit").upper(), "hb", st.fs + 3, st.accent, "r")
    y = M + 40
    half = (x1 - x0) / 2
    top = y
    payer_lab = doc.L("payer")
    yl = party_block(cv, st, doc, payer_lab, doc.customer, x0 + 6, y, show_addr=doc.show_customer_address,
                     maxw=half - 14, title_color=GREY)
    yr = _payee_block(cv, st, doc, x0 + half + 6, y, half - 14)
    y = max(yl, yr) + 4
    cv.rect(x0, top, x1, y, w=0.5)
    cv.line(x0 + half, top, x0 + half, y, 0.5)
    cells = _remit_meta(doc) + [(strip_colon(doc.L("r_total")), doc.money(doc.total, cur=True))]
    cw = (x1 - x0) / len(cells)
    ch = st.small + st.lh + 8
    for j, (lab, val) in enumerate(cells):
        cx = x0 + j * cw
        cv.rect(cx, y, cx + cw, y + ch, w=0.5)
        cv.text(cx + 3, y + st.small + 2, strip_colon(lab), "r", cv.fit(strip_colon(lab), cw - 6, "r", st.small), GREY)
        cv.text(cx + 3, y + st.small + st.lh + 3, val, "b", cv.fit(val, cw - 6, "b", st.fs))
    y += ch + 14
    cv.text(x0, y, doc.L("remit_details"), "b", st.fs)
    y += 6
    y = _remit_table(cv, st, doc, x0, x1, y, grid=True)
    y = ensure(cv, st, y, 80)
    y += st.lh * 2
    cv.text(x0, y, doc.L("remit_footer"), "i", st.small, GREY)
    y = footer(cv, st, doc, y, thanks=False)
    return _finish(cv, st, doc)


# ============================================================================================ statements
def _statement_common(doc: Doc, aging: bool) -> bytes:
    cv, st = setup(doc)
    rng, M, W = doc.rng, st.M, cv.W
    title = doc.L("title_statement")
    cv.text(W - M, M + st.title - 4, title, "hb", cv.fit(title, W / 2 - M, "hb", st.title - 4), st.accent, "r")
    y = letterhead(cv, st, doc, doc.vendor, M, M, show_addr=doc.show_vendor_address, show_tax=doc.show_vendor_tax,
                   maxw=W / 2)
    meta = [(doc.L("statement_date"), doc.d(doc.date))]
    if doc.customer_id:
        meta.append((doc.L("account_no"), doc.customer_id))
    if doc.terms_text:
        meta.append((doc.L("terms"), doc.terms_text))
    if doc.due_date:
        meta.append((doc.L("due_date"), doc.d(doc.due_date)))
    if doc.currency_note:
        meta.append((doc.L("currency"), doc.currency))
    ym = kv_rows(cv, st, meta, W / 2 + 20, M + st.title + 4, mode="aligned", label_color=st.label_color)
    y = max(y, ym) + 6
    y = party_block(cv, st, doc, doc.L("bill_to"), doc.customer, M, y, show_addr=doc.show_customer_address)
    if aging and rng.random() < 0.7:
        # amount-due box top right
        bx0 = W - M - 170
        cv.rect(bx0, y - 50, W - M, y - 10, stroke=st.accent, w=1)
        cv.text(bx0 + 6, y - 37, doc.L("balance_due"), "b", st.small)
        cv.text(W - M - 6, y - 17, doc.money(doc.total, cur=True), "b", st.fs + 3, BLACK, "r")
    y += 8
    x0, x1 = M, W - M
    cols = [("date", doc.L("s_date"), 0.9), ("ref", doc.L("s_ref"), 1.2), ("desc", doc.L("s_desc"), 1.5),
            ("debit", doc.L("s_debit"), 1.0), ("credit", doc.L("s_credit"), 1.0), ("bal", doc.L("s_balance"), 1.1)]
    tot = sum(c[2] for c in cols)
    xs = []
    x = x0
    for k, t, f in cols:
        w = (x1 - x0) * f / tot
        xs.append((k, t, x, w))
        x += w
    h = st.lh + 4
    cv.rect(x0, y, x1, y + h, stroke=None, fill=st.soft)
    for k, t, x, w in xs:
        right = k in ("debit", "credit", "bal")
        cv.text(x + w - 4 if right else x + 4, y + h - 5, t, "b", cv.fit(t, w - 6, "b", st.fs), BLACK,
                "r" if right else "l")
    y += h
    first_date = doc.stmt_rows[0].date if doc.stmt_rows else doc.date
    rows = [(doc.d(first_date.replace(day=1)), "", doc.L("opening_balance"), "", "", doc.money(doc.opening, cur=False,
                                                                                                credit=False))]
    for r in doc.stmt_rows:
        rows.append((doc.d(r.date), r.ref, r.desc, doc.money(r.debit, cur=False) if r.debit else "",
                     doc.money(r.credit, cur=False) if r.credit else "", doc.money(r.balance, cur=False)))
    for vals in rows:
        for (k, _t, x, w), v in zip(xs, vals, strict=True):
            right = k in ("debit", "credit", "bal")
            cv.text(x + w - 4 if right else x + 4, y + h - 5, v, "r", cv.fit(v, w - 6, "r", st.fs), BLACK,
                    "r" if right else "l")
        cv.line(x0, y + h, x1, y + h, 0.3, LIGHT)
        y += h
    y += 6
    y += st.lh
    cv.text(x1 - 150, y, doc.L("balance_due"), "b", st.fs + 1, BLACK, "r")
    cv.text(x1, y, doc.money(doc.total, cur=True), "b", st.fs + 1, BLACK, "r")
    y += st.lh
    if aging:
        y = ensure(cv, st, y, 60)
        y += 8
        names = LABELS.get(doc.lang, {}).get("aging") or LABELS["en"]["aging"]
        cw = (x1 - x0) / 6
        for j, (nm, amt) in enumerate(list(zip(names, doc.aging, strict=True)) + [(strip_colon(doc.L("balance_due")), doc.total)]):
            cx = x0 + j * cw
            cv.rect(cx, y, cx + cw, y + 2 * h, w=0.5)
            cv.text(cx + cw / 2, y + h - 4, nm, "b", cv.fit(nm, cw - 6, "b", st.small), BLACK, "c")
            cv.text(cx + cw / 2, y + 2 * h - 5, doc.money(amt, cur=False), "r", st.fs, BLACK, "c")
        y += 2 * h + 6
        if rng.random() < 0.7:
            # tear-off remittance slip
            y = ensure(cv, st, y, 110)
            y += 14
            cv.line(x0, y, x1, y, 0.6, dashes="[3 3] 0")
            y += st.lh
            cv.text(x0, y, doc.L("slip_note"), "i", st.small, GREY)
            slip = []
            if doc.customer_id:
                slip.append((doc.L("account_no"), doc.customer_id))
            slip.append((strip_colon(doc.L("balance_due")) + ":", doc.money(doc.total, cur=True)))
            slip.append((doc.L("amount_enclosed"), "________________"))
            y = kv_rows(cv, st, slip, x0, y, mode="aligned")
    y = footer(cv, st, doc, y)
    return _finish(cv, st, doc)


def statement_table(doc: Doc) -> bytes:
    return _statement_common(doc, aging=False)


def statement_aging(doc: Doc) -> bytes:
    return _statement_common(doc, aging=True)


# ============================================================================================ receipts
def receipt_pos(doc: Doc) -> bytes:
    rng = doc.rng
    width = rng.choice([164.0, 204.0, 226.0])
    mono = rng.random() < 0.7
    fs = 7.0 if width < 200 else rng.choice([7.5, 8.0])
    # a first pass to learn the height, a second to draw
    rows = _receipt_rows(doc, width, fs, mono)
    lh = fs * 1.35
    height = 24 + sum(r[0] for r in rows) * lh + 30
    cv = Canvas(width, height, body="cour" if mono else "helv", head="cour" if mono else "helv",
                embed=doc.embed_fonts)
    st = Style(M=10, fs=fs, lh=lh, small=fs - 1, title=fs + 4, name=fs + 4, accent=BLACK, soft=(0.95, 0.95, 0.95),
               table="plain", zebra=False, label_color=BLACK)
    y = 16.0
    for h, kind, parts in rows:
        y += h * lh
        if kind == "center":
            text, style, size = parts
            cv.text(width / 2, y, text, style, cv.fit(text, width - 12, style, size), BLACK, "c")
        elif kind == "lr":
            left, right, style = parts
            cv.text(8, y, left, style, cv.fit(left, width * 0.62, style, fs))
            cv.text(width - 8, y, right, style, fs, BLACK, "r")
        elif kind == "left":
            text, style = parts
            cv.text(8, y, text, style, cv.fit(text, width - 16, style, fs))
        elif kind == "rule":
            if parts == "dash":
                cv.text(8, y - lh * 0.3, "-" * int((width - 16) / cv.width("-", "m", fs)), "m", fs)
            else:
                cv.line(8, y - lh * 0.4, width - 8, y - lh * 0.4, 0.5)
    place_traps(cv, st, doc)
    return cv.finish(doc.date, rng.choice(["POS v4.2", "eTIMS POS", "Retail Pro", "Square POS", "Loyverse"]))


def _receipt_rows(doc: Doc, width: float, fs: float, mono: bool) -> list[tuple[float, str, tuple]]:
    rng = doc.rng
    v = doc.vendor
    rows: list[tuple[float, str, tuple]] = []
    rule = "dash" if mono and rng.random() < 0.6 else "line"
    rows.append((1.4, "center", (v.name, "b", fs + 4)))
    for ln in v.address:
        rows.append((1, "center", (ln, "r", fs)))
    rows.append((1, "center", (f"{doc.L('tel')} {v.phone}", "r", fs)))
    if doc.show_vendor_tax:
        rows.append((1, "center", (f"{v.tax_label} {v.tax_id}", "r", fs)))
    rows.append((1.2, "rule", rule))
    rows.append((1.2, "center", (doc.L("title_receipt"), "b", fs + 1)))
    rows.append((1, "lr", (f"{doc.L('receipt_no')} {doc.number}", "", "r")))
    date_s = f"{doc.d(doc.date)} {doc.time}"
    if rng.random() < 0.5:
        rows.append((1, "left", (f"{doc.L('receipt_date')} {date_s}", "r")))
    else:
        rows.append((1, "lr", (date_s, f"{doc.L('till')} {doc.till}", "r")))
    rows.append((1, "left", (f"{doc.L('cashier')} {doc.cashier}", "r")))
    rows.append((1.2, "rule", rule))
    two_line = rng.random() < 0.5
    for it in doc.items:
        if two_line or it.qty != 1:
            rows.append((1, "left", (it.desc, "r")))
            rows.append((1, "lr", (f"  {doc.qty(it.qty)} x {doc.money(it.unit, cur=False)}", doc.money(it.amount, cur=False), "r")))
        else:
            rows.append((1, "lr", (f"{it.desc}", doc.money(it.amount, cur=False), "r")))
            # keep the qty/price visible for the truth's line items
            rows.append((1, "left", (f"  {doc.qty(it.qty)} x {doc.money(it.unit, cur=False)}", "r")))
    rows.append((1.2, "rule", rule))
    if doc.loc.code == "US" or (doc.show_subtotal and rng.random() < 0.3 and not doc.prices_include_tax):
        rows.append((1, "lr", (doc.L("subtotal").upper(), doc.money(doc.net, cur=False), "r")))
        for lab, amt in doc.tax_parts:
            rows.append((1, "lr", (lab, doc.money(amt, cur=False), "r")))
    rows.append((1.4, "lr", (f"{doc.L('total').upper()} {doc.marker.strip() if not doc.slash else doc.currency}",
                             doc.money(doc.total, cur=False), "b")))
    if doc.tendered is not None:
        rows.append((1, "lr", (doc.L("cash"), doc.money(doc.tendered, cur=False), "r")))
        rows.append((1, "lr", (doc.L("change"), doc.money(doc.change, cur=False), "r")))
    else:
        rows.append((1, "lr", (doc.card, doc.money(doc.total, cur=False), "r")))
    if doc.prices_include_tax and (doc.tax is not None):
        rows.append((1.2, "rule", rule))
        if doc.net is not None:
            rows.append((1, "lr", (doc.L("vatable"), doc.money(doc.net, cur=False), "r")))
        for lab, amt in doc.tax_parts:
            rows.append((1, "lr", (lab, doc.money(amt, cur=False), "r")))
    rows.append((1, "left", (f"{doc.L('items_count')} {sum(int(it.qty) if it.qty == int(it.qty) else 1 for it in doc.items)}", "r")))
    if "printed_on" in doc.decoys:
        rows.append((1, "left", (f"{doc.L('printed_on')} {doc.decoys['printed_on']}", "r")))
    if doc.loc.code == "KE" and rng.random() < 0.5:
        rows.append((1, "left", (f"CU Serial: KRAMW{rng.randint(100, 999)}{rng.randint(10**11, 10**12 - 1)}", "r")))
    rows.append((1.5, "center", (doc.L("receipt_thanks"), "i", fs)))
    return rows


def receipt_a5(doc: Doc) -> bytes:
    cv, st = setup(doc, page=(420.0, 595.0))
    rng, M, W = doc.rng, 28, cv.W
    st.M = M
    st.fs = min(st.fs, 9)
    st.lh = st.fs * 1.4
    y = letterhead(cv, st, doc, doc.vendor, W / 2, M, align="c", name_size=15, show_addr=True,
                   show_tax=doc.show_vendor_tax)
    cv.line(M, y, W - M, y, 0.8)
    y += st.lh + 6
    cv.text(W / 2, y, doc.L("title_receipt"), "hb", 13, st.accent, "c")
    y += 4
    meta = [(doc.L("receipt_no"), doc.number), (doc.L("receipt_date"), f"{doc.d(doc.date)} {doc.time}")]
    if rng.random() < 0.5:
        meta.append((doc.L("cashier"), doc.cashier))
    y = kv_rows(cv, st, meta, M, y, mode="aligned")
    if doc.currency_note:
        y = kv_rows(cv, st, [(doc.L("currency"), doc.currency)], M, y - st.lh * 0.5, mode="aligned")
    y += 4
    # receipts print tax-inclusive lines: use the item table without a tax breakdown first
    y = items_table(cv, st, doc, M, W - M, y, style=rng.choice(["lines", "grid", "plain"]))
    rows = []
    if not doc.prices_include_tax:
        rows.append((doc.L("subtotal"), doc.money(doc.net, cur=False), False))
        rows += [(lab, doc.money(a, cur=False), False) for lab, a in doc.tax_parts]
    rows.append((doc.L("total").upper(), doc.money(doc.total, cur=True), True))
    if doc.tendered is not None:
        rows += [(doc.L("cash"), doc.money(doc.tendered, cur=False), False),
                 (doc.L("change"), doc.money(doc.change, cur=False), False)]
    else:
        rows.append((doc.card, doc.money(doc.total, cur=False), False))
    if doc.prices_include_tax and doc.tax is not None:
        if doc.net is not None:
            rows.append((doc.L("vatable"), doc.money(doc.net, cur=False), False))
        rows += [(lab + (" incl." if rng.random() < 0.5 else ""), doc.money(a, cur=False), False)
                 for lab, a in doc.tax_parts]
    for lab, val, bold in rows:
        y += st.lh
        cv.text(W - M - 100, y, lab, "b" if bold else "r", st.fs + (1 if bold else 0), BLACK, "r")
        cv.text(W - M, y, val, "b" if bold else "r", st.fs + (1 if bold else 0), BLACK, "r")
    y += st.lh * 2
    cv.text(W / 2, y, doc.L("receipt_thanks"), "i", st.fs, GREY, "c")
    return _finish(cv, st, doc)


RENDERERS = {
    "label_left": label_left, "label_above": label_above, "totals_right": totals_right, "two_column": two_column,
    "dense_table": dense_table, "multi_page": multi_page, "boxed": boxed, "letter": letter, "banner": banner,
    "centered": centered, "remit_table": remit_table, "remit_letter": remit_letter, "remit_bank": remit_bank,
    "statement_table": statement_table, "statement_aging": statement_aging, "receipt_pos": receipt_pos,
    "receipt_a5": receipt_a5,
}


def render(doc: Doc) -> bytes:
    return RENDERERS[doc.layout](doc)
