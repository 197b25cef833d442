"""Helpers the twenty-first set's templates share: one call that pages a header, an item table and a closing block."""

from __future__ import annotations

from corpus.holdout.base import Built
from corpus.holdout.components import esc
from corpus.holdout.templates._fifteenth import paged
from corpus.holdout.templates._twentieth import cells_table


def party_html(label: str, p, extra_rows=(), *, address: bool = True) -> str:
    out = (f"<p class='muted small'>{label}</p>" if label else "") + f"<p class='b'>{esc(p.name)}</p>"
    if address:
        out += "".join(f"<p>{esc(x)}</p>" for x in p.address)
    out += "".join(f"<p>{r}</p>" for r in extra_rows if r)
    return out


def build_paged(doc, layout: str, width: float, height: float, css: str, first: str, head, widths, numeric, rows, cells, closing: str,
                *, cont: str, footer_text: str = "", notes=None, margin=(36.0, 34.0, 36.0, 30.0), scan_weight: float = 1.0) -> Built:
    def body(chunk, page, last):
        table = cells_table(head, widths, numeric, [cells(r) for r in chunk])
        return (first if page == 0 else f"<p class='b'>{cont}</p>") + table + (closing if last else "")

    sheet = paged(width, height, css, margin, rows, body,
                  footer=lambda p, c: f"<p class='tiny' style='text-align:right'>{footer_text} {p}/{c}</p>", footer_height=12.0)
    return Built(doc=doc, sheet=sheet, template=layout, png_scan_ok=len(sheet.pages) == 1, notes=notes or {}, scan_weight=scan_weight)
