"""Helpers the twenty-second set's templates share: a paged invoice in one of three arrangements (letterhead left with the
meta block right, a centred letterhead with a meta strip, the buyer first with the supplier in a side column), label / value
meta blocks and dates through `money.fmt_date`'s patterns."""

from __future__ import annotations

import random
from collections.abc import Sequence

from corpus.holdout.base import Built
from corpus.holdout.components import esc
from corpus.holdout.money import fmt_date
from corpus.holdout.templates._fifteenth import pts, rows_html
from corpus.holdout.templates._twentieth import qr_on_last_page
from corpus.holdout.templates._twentyfirst import build_paged

ARRANGEMENTS = ("letterhead_left", "centred_strip", "buyer_first")


def dater(rng: random.Random, patterns: Sequence[str], lang: str = "en"):
    pattern = patterns[rng.randrange(len(patterns))]
    return lambda d: fmt_date(d, pattern, lang)


def party_block(label: str, p, rows: Sequence[str] = (), *, address: bool = True, big: bool = False) -> str:
    out = f"<p class='muted small'>{label}</p>" if label else ""
    out += f"<p class='{'t accent' if big else 'b'}'>{esc(p.name)}</p>"
    if address:
        out += "".join(f"<p>{esc(x)}</p>" for x in p.address)
    return out + "".join(f"<p>{r}</p>" for r in rows if r)


def meta_block(meta: Sequence[tuple[str, str]], *, bold: bool = True) -> str:
    return "".join(f"<p>{k} {'<b>' if bold else ''}{v}{'</b>' if bold else ''}</p>" for k, v in meta)


def meta_strip(meta: Sequence[tuple[str, str]], W: float) -> str:
    w = W / max(1, len(meta)) - 8
    return ("<table class='strip' style='margin-top:6pt'><tr>" + "".join(f"<td style='width:{w:.0f}pt'><p class='muted small'>{k}</p></td>" for k, _ in meta)
            + "</tr><tr>" + "".join(f"<td style='width:{w:.0f}pt'><p class='b'>{v}</p></td>" for _, v in meta) + "</tr></table>")


def invoice(doc, layout: str, arrangement: str, theme, width: float, height: float, *, title: str, vendor_rows: Sequence[str],
            buyer_label: str, buyer_rows: Sequence[str], meta: Sequence[tuple[str, str]], head: Sequence[str], fractions: Sequence[float],
            numeric: set[int], cells, totals: Sequence[tuple[str, str]], foot: Sequence[str], notes=None, qr: str | None = None,
            buyer_address: bool = True, subtitle: str = "", footer_text: str = "", scan_weight: float = 1.0, rows=None) -> Built:
    """A paged invoice: the first page's head in `arrangement`, the item table flowing over pages, the totals and foot lines
    on the last page (a QR-like mark in its lower left corner when `qr` is given)."""
    W = width - 72
    css = theme.css(".t{font-size:14pt;font-weight:bold} .tt{font-size:16pt;font-weight:bold} .box{border:0.8pt solid #555;padding:4pt}"
                    " table.strip td{border:0.5pt solid #999}")
    v, c = doc.vendor, doc.customer
    buyer = party_block(buyer_label, c, buyer_rows, address=buyer_address)
    sub = f"<p class='small'>{subtitle}</p>" if subtitle else ""
    if arrangement == "letterhead_left":
        left = party_block("", v, vendor_rows, big=True)
        right = f"<p class='tt'>{title}</p>{sub}" + meta_block(meta)
        first = (f"<table><tr><td style='width:{W * 0.56:.0f}pt'>{left}</td><td style='width:{W * 0.4:.0f}pt'>{right}</td></tr></table>"
                 + f"<div class='box' style='margin-top:8pt;width:{W * 0.55:.0f}pt'>{buyer}</div>")
    elif arrangement == "centred_strip":
        first = (f"<p class='t c accent'>{esc(v.name)}</p><p class='c'>{esc(' · '.join(v.address))}</p>"
                 + "".join(f"<p class='c small'>{r}</p>" for r in vendor_rows if r)
                 + f"<p class='tt c' style='margin-top:8pt'>{title}</p>" + (f"<div class='c'>{sub}</div>" if sub else "")
                 + meta_strip(meta, W) + f"<div style='margin-top:8pt'>{buyer}</div>")
    else:
        left = f"<p class='tt'>{title}</p>{sub}<div style='margin-top:6pt'>{buyer}</div>"
        right = party_block("", v, vendor_rows) + "<p style='margin-top:4pt'></p>" + meta_block(meta)
        first = f"<table><tr><td style='width:{W * 0.52:.0f}pt'>{left}</td><td style='width:{W * 0.44:.0f}pt'>{right}</td></tr></table>"
    first += "<div style='height:8pt'></div>"
    closing = (f"<div style='margin-left:{W - 270:.0f}pt;margin-top:6pt'>{rows_html(totals, widths=(180, 90))}</div>"
               + "".join(f"<p class='small' style='margin-top:3pt'>{f}</p>" for f in foot if f) + ("<div style='height:80pt'></div>" if qr else ""))
    built = build_paged(doc, layout, width, height, css, first, list(head), pts(W, *fractions), numeric, doc.lines if rows is None else rows, cells,
                        closing, cont=f"{title} {doc.invoice_ids[0] if doc.invoice_ids else ''}", footer_text=footer_text, notes=notes,
                        scan_weight=scan_weight)
    if qr:
        qr_on_last_page(built.sheet, (40, height - 120, 115, height - 45), qr)
    return built
