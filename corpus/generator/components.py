"""Building blocks shared by the layout families: letterheads, party blocks, meta fields, item tables,
totals, footers, page numbers and hidden-text traps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pymupdf

from . import fmt
from .canvas import BLACK, GREY, LIGHT, WHITE, Canvas
from .locales import Party
from .model import Doc

ACCENTS = [(0.11, 0.2, 0.42), (0.05, 0.33, 0.25), (0.45, 0.08, 0.12), (0.2, 0.2, 0.22), (0.0, 0.32, 0.5),
           (0.35, 0.18, 0.45)]
SOFT = [(0.93, 0.94, 0.97), (0.92, 0.96, 0.93), (0.96, 0.93, 0.93), (0.94, 0.94, 0.94), (0.9, 0.95, 0.98)]


@dataclass
class Style:
    M: float
    fs: float
    lh: float
    small: float
    title: float
    name: float
    accent: tuple
    soft: tuple
    table: str
    zebra: bool
    label_color: tuple


def setup(doc: Doc, dense: bool = False, page: tuple[float, float] | None = None) -> tuple[Canvas, Style]:
    rng = doc.rng
    body = rng.choices(["helv", "tiro", "cour"], weights=[0.6, 0.28, 0.12])[0]
    head = body if rng.random() < 0.6 else rng.choice(["helv", "tiro"])
    W, H = page or doc.loc.page
    if page is None and doc.loc.code != "US" and rng.random() < 0.08:
        W, H = 612.0, 792.0
    cv = Canvas(W, H, body=body, head=head, embed=doc.embed_fonts)
    fs = rng.uniform(7.0, 8.0) if dense else rng.uniform(8.5, 10.5)
    if body == "cour":
        fs -= 0.5
    fs = round(fs * 4) / 4
    ai = rng.randrange(len(ACCENTS))
    st = Style(M=rng.choice([36, 40, 45, 50, 54]), fs=fs, lh=fs * rng.uniform(1.3, 1.5), small=max(6.5, fs - 2),
               title=rng.choice([16, 18, 20, 22, 24]), name=rng.choice([13, 14, 15, 16, 18]),
               accent=ACCENTS[ai] if rng.random() < 0.7 else BLACK, soft=SOFT[ai % len(SOFT)],
               table=rng.choice(["grid", "header_fill", "lines", "plain", "header_dark"]),
               zebra=rng.random() < 0.25, label_color=GREY if rng.random() < 0.5 else BLACK)
    return cv, st


def strip_colon(label: str) -> str:
    return label.rstrip(": ").rstrip()


# ------------------------------------------------------------------------------------------- parties
def letterhead(cv: Canvas, st: Style, doc: Doc, party: Party, x: float, y: float, *, align: str = "l",
               name_size: float | None = None, show_addr: bool = True, show_tax: bool = True,
               name_color: tuple = BLACK, text_color: tuple = BLACK, maxw: float | None = None,
               contact: bool = True) -> float:
    rng = doc.rng
    size = name_size or st.name
    maxw = maxw or (cv.W - 2 * st.M)
    size = cv.fit(party.name, maxw, "hb", size)
    y += size
    cv.text(x, y, party.name, "hb", size, name_color, align)
    y += st.lh * 0.4
    if show_addr:
        if rng.random() < 0.25 and align != "c":
            y += st.lh
            cv.text(x, y, ", ".join(party.address), "r", st.fs, text_color, align)
        else:
            for line in party.address:
                y += st.lh
                cv.text(x, y, line, "r", st.fs, text_color, align)
    if contact:
        tel, mail = doc.L("tel"), doc.L("email")
        r = rng.random()
        if r < 0.45:
            y += st.lh
            cv.text(x, y, f"{tel} {party.phone}  {mail} {party.email}", "r", st.small, text_color, align)
        elif r < 0.8:
            y += st.lh
            cv.text(x, y, f"{tel} {party.phone}", "r", st.small, text_color, align)
            y += st.lh * 0.9
            cv.text(x, y, f"{mail} {party.email}", "r", st.small, text_color, align)
        elif r < 0.9:
            y += st.lh
            cv.text(x, y, f"{party.website}  |  {party.phone}", "r", st.small, text_color, align)
    if show_tax and party.tax_id:
        y += st.lh
        cv.text(x, y, f"{party.tax_label} {party.tax_id}", "b" if rng.random() < 0.4 else "r", st.fs, text_color,
                align)
    if party.reg_no and rng.random() < 0.3:
        y += st.lh * 0.9
        cv.text(x, y, f"{party.reg_label} {party.reg_no}", "r", st.small, text_color, align)
    return y + st.lh * 0.6


def party_block(cv: Canvas, st: Style, doc: Doc, title: str | None, party: Party, x: float, y: float,
                *, show_addr: bool, extra: list[str] | None = None, title_style: str = "b",
                title_color: tuple = BLACK, align: str = "l", maxw: float = 240) -> float:
    if title:
        y += st.fs
        cv.text(x, y, title, title_style, st.fs if title_style != "small" else st.small, title_color, align)
        y += st.lh * 0.25
    y += st.lh
    size = cv.fit(party.name, maxw, "b", st.fs + 0.5)
    cv.text(x, y, party.name, "b", size, BLACK, align)
    if show_addr:
        for line in party.address:
            y += st.lh
            cv.text(x, y, line, "r", cv.fit(line, maxw, "r", st.fs), BLACK, align)
    for line in extra or []:
        y += st.lh
        cv.text(x, y, line, "r", st.fs, BLACK, align)
    return y + st.lh * 0.6


def customer_extra(doc: Doc, include_id: bool) -> list[str]:
    out = []
    c = doc.customer
    if doc.show_customer_tax and c and c.tax_id:
        out.append(f"{doc.L('customer_tax')} {c.tax_id}")
    if include_id and doc.customer_id:
        out.append(f"{doc.L('customer_no')} {doc.customer_id}")
    return out


# ------------------------------------------------------------------------------------------- meta
def meta_pairs(doc: Doc, include_customer_id: bool = True, include_terms: bool = True,
               include_due: bool = True) -> list[tuple[str, str]]:
    rng = doc.rng
    credit = doc.doc_type == "credit_note"
    first = [(doc.L("credit_no" if credit else "invoice_no"), doc.number),
             (doc.L("credit_date" if credit else "date"), doc.d(doc.date))]
    if rng.random() < 0.25:
        first.reverse()
    rest: list[tuple[str, str]] = []
    if credit and doc.ref_invoice:
        first.append((doc.L("ref_invoice"), doc.ref_invoice))
        if rng.random() < 0.5:
            lab = {"de": "Rechnungsdatum:", "fr": "Date facture d'origine :", "nl": "Factuurdatum origineel:",
                   "es": "Fecha factura original:"}.get(doc.lang, "Original Invoice Date:")
            first.append((lab, doc.decoys["ref_invoice_date"]))
    if include_due and doc.due_date and not credit:
        rest.append((doc.L("due_date"), doc.d(doc.due_date)))
    if include_terms and doc.terms_text:
        rest.append((doc.L("terms"), doc.terms_text))
    if include_customer_id and doc.customer_id:
        rest.append((doc.L("customer_no"), doc.customer_id))
    if doc.vendor_id:
        rest.append((doc.L("vendor_no"), doc.vendor_id))
    for key in ("po_no", "po_date", "delivery_date", "quote_no", "delivery_note", "sales_rep"):
        if key in doc.decoys:
            rest.append((doc.L(key), doc.decoys[key]))
    if doc.currency_note:
        rest.append((doc.L("currency"), doc.currency))
    rng.shuffle(rest)
    # due date usually sits right after the date
    return first + rest


def kv_rows(cv: Canvas, st: Style, pairs: list[tuple[str, str]], x: float, y: float, *, mode: str = "aligned",
            label_w: float | None = None, right: float | None = None, label_style: str = "b",
            label_color: tuple = BLACK, size: float | None = None, edge: float | None = None) -> float:
    """Label/value pairs. mode: inline ("Label: value"), aligned (value column), right (both flush right),
    split (label left, value flush right at `right`). Values shrink to stay left of `edge`."""
    size = size or st.fs
    edge = edge or (cv.W - st.M)
    if label_w is None:
        label_w = max(cv.width(lab, label_style, size) for lab, _ in pairs) + 8 if pairs else 0
    for lab, val in pairs:
        y += st.lh
        if mode == "inline":
            w = cv.text(x, y, lab, label_style, size, label_color)
            cv.text(x + w + 4, y, val, "r", cv.fit(val, edge - x - w - 4, "r", size))
        elif mode == "right":
            vw = cv.text(right, y, val, "r", size, BLACK, "r")
            cv.text(right - vw - 8, y, lab, label_style, size, label_color, "r")
        elif mode == "split":
            cv.text(x, y, lab, label_style, size, label_color)
            cv.text(right, y, val, "r", cv.fit(val, right - x - cv.width(lab, label_style, size) - 8, "r", size),
                    BLACK, "r")
        else:
            cv.text(x, y, lab, label_style, size, label_color)
            cv.text(x + label_w, y, val, "r", cv.fit(val, edge - x - label_w, "r", size))
    return y + st.lh * 0.5


def ensure(cv: Canvas, st: Style, y: float, need: float) -> float:
    """Start a new page when fewer than `need` points remain."""
    if y + need > cv.H - st.M - 14:
        cv.new_page()
        return st.M
    return y


# ------------------------------------------------------------------------------------------- items
@dataclass
class Col:
    key: str
    title: str
    width: float
    align: str


def item_columns(cv: Canvas, st: Style, doc: Doc, x0: float, x1: float, *, dense: bool = False) -> list[Col]:
    rng = doc.rng
    fs = st.fs
    numw = max(cv.width(doc.money(max((it.amount for it in doc.items), default=0), cur=doc.table_cur), "r", fs),
               cv.width(doc.L("amount"), "b", fs)) + 14
    pricew = max(cv.width(doc.money(max((it.unit for it in doc.items), default=0), cur=doc.table_cur), "r", fs),
                 cv.width(doc.L("unit_price"), "b", fs)) + 14
    qtyw = max(cv.width(doc.L("qty"), "b", fs), cv.width("000.00", "r", fs)) + 12
    cols = []
    if dense or rng.random() < 0.3:
        cols.append(Col("no", doc.L("no"), cv.width("000", "b", fs) + 8, "l"))
    if (dense and rng.random() < 0.8) or rng.random() < 0.15:
        if all(it.code for it in doc.items):
            cols.append(Col("code", doc.L("item_code"), max(cv.width(it.code, "r", fs) for it in doc.items) + 10, "l"))
    amount_title = doc.L("amount")
    if doc.currency_note and rng.random() < 0.4:
        amount_title = f"{amount_title} ({doc.currency})"
        numw = max(numw, cv.width(amount_title, "b", fs) + 12)
    cols.append(Col("desc", doc.L("desc"), 0, "l"))
    cols.append(Col("qty", doc.L("qty"), qtyw, "r"))
    if (dense and rng.random() < 0.5) or rng.random() < 0.1:
        if all(it.uom for it in doc.items):
            cols.append(Col("uom", doc.L("uom"), cv.width("pcs", "r", fs) + 16, "l"))
    cols.append(Col("unit", doc.L("unit_price"), pricew, "r"))
    cols.append(Col("amount", amount_title, numw, "r"))
    fixed = sum(c.width for c in cols)
    for c in cols:
        if c.key == "desc":
            c.width = max(80.0, (x1 - x0) - fixed)
    return cols


def items_table(cv: Canvas, st: Style, doc: Doc, x0: float, x1: float, y: float, *, dense: bool = False,
                style: str | None = None, bottom: float | None = None,
                on_break: Callable[[float, int], float] | None = None,
                header_color: tuple | None = None) -> float:
    """Draw the line-item table from y (top); returns the y below it. Breaks pages when `on_break` is given."""
    rng = doc.rng
    style = style or st.table
    cols = item_columns(cv, st, doc, x0, x1, dense=dense)
    fs = st.fs
    pad = 3.0 if dense else rng.choice([3.5, 4.5, 5.5])
    bottom = bottom or cv.H - st.M - 40
    credit_lines = doc.doc_type == "credit_note" and doc.neg_style in ("minus", "paren") and rng.random() < 0.5

    def header(y: float) -> float:
        h = fs + 2 * pad + 1
        fill = {"header_fill": st.soft, "header_dark": header_color or st.accent, "grid": (0.9, 0.9, 0.9)
                if rng.random() < 0.5 else None}.get(style)
        tcolor = WHITE if style == "header_dark" else BLACK
        if fill:
            cv.rect(x0, y, x1, y + h, stroke=None, fill=fill)
        if style == "grid":
            cv.rect(x0, y, x1, y + h, w=0.6)
        x = x0
        for c in cols:
            tx = x + 4 if c.align == "l" else x + c.width - 4
            cv.text(tx, y + pad + fs * 0.85, c.title, "b", cv.fit(c.title, c.width - 5, "b", fs), tcolor, c.align)
            if style == "grid" and x > x0:
                cv.line(x, y, x, y + h, 0.6)
            x += c.width
        if style in ("lines", "plain", "header_fill"):
            cv.line(x0, y + h, x1, y + h, 0.8)
        if style == "lines":
            cv.line(x0, y, x1, y, 0.8)
        return y + h

    y = header(y)
    running = 0
    for idx, it in enumerate(doc.items):
        desc_w = next(c.width for c in cols if c.key == "desc") - 8
        lines = cv.wrap(it.desc, desc_w, "r", fs)
        h = len(lines) * fs * 1.2 + 2 * pad
        if on_break and y + h > bottom:
            y = on_break(y, running)
            y = header(y)
        if st.zebra and idx % 2 == 1 and style != "header_dark":
            cv.rect(x0, y, x1, y + h, stroke=None, fill=(0.96, 0.96, 0.96))
        x = x0
        for c in cols:
            tx = x + 4 if c.align == "l" else x + c.width - 4
            base = y + pad + fs * 0.85
            if c.key == "desc":
                for j, ln in enumerate(lines):
                    cv.text(tx, base + j * fs * 1.2, ln, "r", fs)
            else:
                val = {"no": str(idx + 1), "code": it.code or "", "qty": doc.qty(it.qty), "uom": it.uom or "",
                       "unit": doc.money(it.unit, cur=doc.table_cur, credit=credit_lines),
                       "amount": doc.money(it.amount, cur=doc.table_cur, credit=credit_lines)}[c.key]
                cv.text(tx, base, val, "r", cv.fit(val, c.width - 5, "r", fs), BLACK, c.align)
            if style == "grid" and x > x0:
                cv.line(x, y, x, y + h, 0.5)
            x += c.width
        if style == "grid":
            cv.line(x0, y, x0, y + h, 0.5)
            cv.line(x1, y, x1, y + h, 0.5)
            cv.line(x0, y + h, x1, y + h, 0.5)
        elif style == "lines":
            cv.line(x0, y + h, x1, y + h, 0.3, LIGHT)
        y += h
        running += it.amount
    if style in ("plain", "header_fill", "header_dark"):
        cv.line(x0, y + 1, x1, y + 1, 0.6)
    return y + 6


# ------------------------------------------------------------------------------------------- totals
def total_label(doc: Doc) -> str:
    return doc.L("credit_total" if doc.doc_type == "credit_note" else "total")


def totals_rows(doc: Doc) -> list[tuple[str, str, bool]]:
    rows: list[tuple[str, str, bool]] = []
    cur = doc.totals_cur
    if doc.show_subtotal and doc.net is not None:
        rows.append((doc.L("subtotal"), doc.money(doc.net, cur=cur and doc.rng.random() < 0.6), False))
    if doc.show_tax:
        for lab, amt in doc.tax_parts:
            rows.append((lab, doc.money(amt, cur=cur and doc.rng.random() < 0.5), False))
        if doc.loc.code == "IN" and doc.show_tax_total and len(doc.tax_parts) > 1:
            rows.append((doc.rng.choice(["Total GST", "Total Tax", "Tax Amount"]), doc.money(doc.tax, cur=False), False))
    rows.append((total_label(doc), doc.money(doc.total, cur=cur), True))
    return rows


def totals_block(cv: Canvas, st: Style, doc: Doc, x_label: float, x_value: float, y: float, *,
                 label_align: str = "l", box: bool = False, total_fill: tuple | None = None) -> float:
    rows = totals_rows(doc)
    for lab, val, bold in rows:
        size = st.fs + (1.5 if bold else 0)
        if bold and (box or total_fill):
            y += size + 8
            top = y - size - 3
            cv.rect(x_label - 6 if label_align == "l" else x_label - cv.width(lab, "b", size) - 8, top,
                    x_value + 4, y + 5, stroke=None if total_fill else BLACK, fill=total_fill, w=0.8)
        else:
            y += st.lh * (1.15 if bold else 1.0)
        color = WHITE if (bold and total_fill) else BLACK
        cv.text(x_label, y, lab, "b" if bold else "r", size, color, label_align)
        cv.text(x_value, y, val, "b" if bold else "r", size, color, "r")
        if bold and not total_fill and doc.rng.random() < 0.4:
            cv.line(x_value - cv.width(val, "b", size) - 10, y - size - 2, x_value, y - size - 2, 0.6)
    return y + st.lh * 0.8


def currency_name(doc: Doc) -> tuple[str, str | None]:
    if doc.currency == "USD" and doc.loc.code != "US":
        return "US Dollars", "Cents"
    return doc.loc.major, doc.loc.minor


def words_line(cv: Canvas, st: Style, doc: Doc, x: float, y: float, maxw: float) -> float:
    if not doc.decoys.get("words"):
        return y
    major, minor = currency_name(doc)
    style = "suffix" if doc.loc.code in ("US", "GB", "MY") and doc.currency == doc.loc.currency else "prefix"
    text = f"{doc.L('amount_words')} {fmt.amount_in_words(doc.total, major, minor, doc.loc.indian, style)}"
    for ln in cv.wrap(text, maxw, "i", st.fs):
        y += st.lh
        cv.text(x, y, ln, "i", st.fs)
    return y + st.lh * 0.3


# ------------------------------------------------------------------------------------------- footer
def account_summary(cv: Canvas, st: Style, doc: Doc, x: float, y: float) -> float:
    if "previous_balance" not in doc.decoys:
        return y
    y += st.lh
    cv.text(x, y, doc.L("account_summary"), "b", st.small)
    y += st.lh * 0.9
    cv.text(x, y, f"{doc.L('previous_balance')}: {doc.decoys['previous_balance']}", "r", st.small)
    y += st.lh * 0.9
    cv.text(x, y, f"{doc.L('paid_to_date')}: {doc.decoys['paid_to_date']}", "r", st.small)
    return y + st.lh * 0.5


def terms_notes(cv: Canvas, st: Style, doc: Doc, x: float, y: float, maxw: float, *, terms: bool,
                discount: bool = True) -> float:
    if terms and doc.terms_text:
        y += st.lh
        w = cv.text(x, y, doc.L("terms"), "b", st.fs)
        cv.text(x + w + 4, y, doc.terms_text, "r", st.fs)
    if discount and doc.discount_text:
        y += st.lh
        w = cv.text(x, y, doc.L("discount"), "b", st.fs)
        for i, ln in enumerate(cv.wrap(doc.discount_text, maxw - w - 4, "r", st.fs)):
            cv.text(x + w + 4, y + i * st.lh, ln, "r", st.fs)
            if i:
                y += st.lh
    if doc.doc_type == "credit_note" and doc.reason and not doc.decoys.get("_reason_done"):
        y += st.lh
        w = cv.text(x, y, doc.L("reason"), "b", st.fs)
        cv.text(x + w + 4, y, doc.reason, "r", st.fs)
    return y


def footer(cv: Canvas, st: Style, doc: Doc, y: float, *, bank: bool = True, thanks: bool = True) -> float:
    rng = doc.rng
    x = st.M
    if bank and "bank" in doc.decoys:
        y += st.lh * 1.2
        cv.text(x, y, doc.L("bank_details"), "b", st.small)
        lines = doc.decoys["bank"].split("\n")
        if rng.random() < 0.5:
            y += st.lh * 0.9
            cv.text(x, y, "  |  ".join(lines), "r", cv.fit("  |  ".join(lines), cv.W - 2 * st.M, "r", st.small))
        else:
            for ln in lines:
                y += st.lh * 0.9
                cv.text(x, y, ln, "r", st.small)
    if "cu_serial" in doc.decoys:
        y += st.lh * 1.1
        cv.text(x, y, f"CU Serial No: {doc.decoys['cu_serial']}", "r", st.small)
        y += st.lh * 0.9
        cv.text(x, y, f"CU Invoice No: {doc.decoys['cu_invoice']}", "r", st.small)
    if thanks and rng.random() < 0.6:
        y += st.lh * 1.3
        cv.text(cv.W / 2, y, doc.L("thank_you"), "i", st.fs, GREY, "c")
    return y


def page_numbers(cv: Canvas, st: Style, doc: Doc, *, force: bool = False) -> None:
    rng = doc.rng
    n = cv.page_count
    if not force and rng.random() > 0.3:
        printed = None
    else:
        printed = doc.L("page")
    pos = rng.choice(["r", "c"])
    for i in range(n):
        cv.goto(i)
        y = cv.H - st.M * 0.6
        if printed:
            s = printed.format(i=i + 1, n=n)
            cv.text(cv.W - st.M if pos == "r" else cv.W / 2, y, s, "r", st.small, GREY, pos)
        if "printed_on" in doc.decoys and i == n - 1:
            cv.text(st.M, y, f"{doc.L('printed_on')} {doc.decoys['printed_on']}", "r", st.small, GREY)
    cv.goto(n - 1)


# ------------------------------------------------------------------------------------------- traps
def place_traps(cv: Canvas, st: Style, doc: Doc) -> None:
    """Hidden text (white, or render mode 3) in an empty spot of page 1: not visible, but in the text layer."""
    if not doc.traps:
        return
    rng = doc.rng
    cv.flush()
    cv.goto(0)
    page = cv.page
    occupied = [pymupdf.Rect(w[:4]) + (-4, -4, 4, 4) for w in page.get_text("words")]
    for d in page.get_drawings():
        if d.get("fill") is not None:
            occupied.append(pymupdf.Rect(d["rect"]) + (-2, -2, 2, 2))
            continue
        for item in d["items"]:  # stroked lines and box edges: white text must not cut through them
            if item[0] == "l":
                occupied.append(pymupdf.Rect(item[1], item[2]).normalize() + (-3, -3, 3, 3))
            elif item[0] == "re":
                r = pymupdf.Rect(item[1])
                for edge in ((r.x0, r.y0, r.x1, r.y0), (r.x0, r.y1, r.x1, r.y1), (r.x0, r.y0, r.x0, r.y1),
                             (r.x1, r.y0, r.x1, r.y1)):
                    occupied.append(pymupdf.Rect(edge) + (-3, -3, 3, 3))
    for trap in doc.traps:
        size = st.fs
        w = cv.width(trap["text"], "r", size)
        spot = None
        for _ in range(400):
            x = rng.uniform(st.M, max(st.M + 1, cv.W - st.M - w))
            y = rng.uniform(cv.H * 0.15, cv.H - st.M)
            r = pymupdf.Rect(x, y - size, x + w, y + 2)
            if not any(r.intersects(o) for o in occupied):
                spot = (x, y, r)
                break
        if spot is None:  # fall back to the bottom margin strip
            spot = (st.M, cv.H - 8, pymupdf.Rect(st.M, cv.H - 8 - size, st.M + w, cv.H - 6))
        x, y, r = spot
        occupied.append(r + (-4, -4, 4, 4))
        if trap["kind"] == "white":
            cv.text(x, y, trap["text"], "r", size, WHITE)
        else:
            cv.text(x, y, trap["text"], "r", size, BLACK, mode=3)
    cv.goto(cv.page_count - 1)
