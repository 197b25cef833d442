"""Helpers the twenty-fifth set's templates share: label / value rows with the values left-aligned (bank confirmations), and a
paged invoice whose head is a grid of boxes (the supplier and a document box side by side, then the buyer beside a bordered
meta grid), the other arrangement being `_twentysecond.invoice`'s."""

from __future__ import annotations

from collections.abc import Sequence

from corpus.holdout.base import Built
from corpus.holdout.components import esc
from corpus.holdout.templates._fifteenth import pts, rows_html
from corpus.holdout.templates._twentyfirst import build_paged


def kv_left(pairs: Sequence[tuple[str, str]], widths: tuple[float, float] = (150.0, 330.0), *, label_class: str = "muted") -> str:
    """Label / value rows, both left-aligned, the columns `widths` points wide."""
    return "<table>" + "".join(f"<tr><td class='{label_class}' style='width:{widths[0] - 6:.0f}pt'>{k}</td><td style='width:{widths[1] - 6:.0f}pt'>{v}</td></tr>"
                               for k, v in pairs) + "</table>"


def boxed_invoice(doc, layout: str, theme, width: float, height: float, *, title: str, vendor_rows: Sequence[str], buyer_label: str,
                  buyer_rows: Sequence[str], meta: Sequence[tuple[str, str]], head: Sequence[str], fractions: Sequence[float], numeric: set[int],
                  cells, totals: Sequence[tuple[str, str]], foot: Sequence[str], notes=None, buyer_address: bool = True, subtitle: str = "",
                  footer_text: str = "", rows=None, totals_first: Sequence[str] = ()) -> Built:
    """A paged invoice with a boxed head: the supplier left and the title box right, the buyer's box left and a bordered meta
    grid right; the item table flows over pages, the totals and the foot lines close the last page (`totals_first` are
    lines printed just before the totals, such as an amount in words)."""
    W = width - 72
    css = theme.css(".tt{font-size:15pt;font-weight:bold;letter-spacing:1pt} .box{border:0.8pt solid #555;padding:4pt}"
                    " table.grid td{border:0.5pt solid #888;padding:2pt 4pt} .t{font-size:13pt;font-weight:bold}")
    v, c = doc.vendor, doc.customer
    vendor = f"<p class='t accent'>{esc(v.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in v.address) + "".join(f"<p class='small'>{r}</p>" for r in vendor_rows if r)
    title_box = f"<div class='box c'><p class='tt'>{title}</p>" + (f"<p class='small'>{subtitle}</p>" if subtitle else "") + "</div>"
    buyer = f"<p class='muted small'>{buyer_label}</p><p class='b'>{esc(c.name)}</p>"
    if buyer_address:
        buyer += "".join(f"<p>{esc(x)}</p>" for x in c.address)
    buyer += "".join(f"<p>{r}</p>" for r in buyer_rows if r)
    grid = "<table class='grid'>" + "".join(f"<tr><td class='muted' style='width:{W * 0.17:.0f}pt'>{k}</td><td class='b' style='width:{W * 0.22:.0f}pt'>{val}</td></tr>"
                                            for k, val in meta) + "</table>"
    first = (f"<table><tr><td style='width:{W * 0.56:.0f}pt'>{vendor}</td><td style='width:{W * 0.4:.0f}pt'>{title_box}</td></tr></table>"
             + f"<table style='margin-top:8pt'><tr><td style='width:{W * 0.52:.0f}pt'><div class='box'>{buyer}</div></td>"
             + f"<td style='width:{W * 0.44:.0f}pt'>{grid}</td></tr></table><div style='height:8pt'></div>")
    closing = ("".join(f"<p style='margin-top:4pt'>{x}</p>" for x in totals_first if x)
               + f"<div style='margin-left:{W - 270:.0f}pt;margin-top:6pt'>{rows_html(totals, widths=(180, 90))}</div>"
               + "".join(f"<p class='small' style='margin-top:3pt'>{f}</p>" for f in foot if f))
    return build_paged(doc, layout, width, height, css, first, list(head), pts(W, *fractions), numeric, doc.lines if rows is None else rows, cells,
                       closing, cont=f"{title} {doc.invoice_ids[0] if doc.invoice_ids else ''}", footer_text=footer_text, notes=notes)
