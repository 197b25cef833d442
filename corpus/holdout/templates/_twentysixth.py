"""Helpers the twenty-sixth set's templates share: a paged invoice under a coloured banner (the supplier's name and the title in
the band, then the supplier's details, the buyer and the meta in three columns, the totals in a shaded box beside the notes),
a paged payer's letter whose table of invoices flows over pages, and label / value rows with a rule under each."""

from __future__ import annotations

from collections.abc import Sequence

from corpus.holdout.base import Built
from corpus.holdout.components import esc
from corpus.holdout.templates._fifteenth import pts, rows_html
from corpus.holdout.templates._twentyfirst import build_paged


def ruled_rows(pairs: Sequence[tuple[str, str]], widths: tuple[float, float] = (150.0, 330.0)) -> str:
    """Label / value rows, each with a hairline under it (online-banking detail pages)."""
    return "<table>" + "".join(f"<tr><td class='muted' style='width:{widths[0] - 6:.0f}pt;border-bottom:0.4pt solid #ccc'>{k}</td>"
                               f"<td style='width:{widths[1] - 6:.0f}pt;border-bottom:0.4pt solid #ccc'>{v}</td></tr>" for k, v in pairs) + "</table>"


def banner_invoice(doc, layout: str, theme, width: float, height: float, *, title: str, vendor_rows: Sequence[str], buyer_label: str,
                   buyer_rows: Sequence[str], meta: Sequence[tuple[str, str]], head: Sequence[str], fractions: Sequence[float], numeric: set[int],
                   cells, totals: Sequence[tuple[str, str]], foot: Sequence[str], notes=None, buyer_address: bool = True, subtitle: str = "",
                   footer_text: str = "", rows=None, side: Sequence[str] = (), scan_weight: float = 1.0, tagline: str = "") -> Built:
    """A paged invoice: a full-width band with the supplier's name (left) and the title (right), the supplier's address and
    numbers, the buyer and the meta rows in three columns under it; the item table flows over pages; the last page closes with
    `side` notes on the left and the totals in a shaded box on the right, then the foot lines."""
    W = width - 72
    a = theme.accent
    css = theme.css(f".bn{{background:{a};color:#fff;padding:6pt 8pt}} .bn1{{font-size:14pt;font-weight:bold}} .bn2{{font-size:15pt;font-weight:bold;"
                    "text-align:right;letter-spacing:1pt}} .shade{background:#efefef;padding:3pt}")
    v, c = doc.vendor, doc.customer
    band = (f"<table><tr><td class='bn' style='width:{W * 0.6 - 16:.0f}pt'><p class='bn1'>{esc(v.name)}</p>"
            + (f"<p class='small'>{tagline}</p>" if tagline else "")
            + f"</td><td class='bn' style='width:{W * 0.4 - 16:.0f}pt'><p class='bn2'>{title}</p>"
            + (f"<p class='small' style='text-align:right'>{subtitle}</p>" if subtitle else "") + "</td></tr></table>")
    vend = "".join(f"<p>{esc(x)}</p>" for x in v.address) + "".join(f"<p class='small'>{r}</p>" for r in vendor_rows if r)
    buyer = f"<p class='muted small'>{buyer_label}</p><p class='b'>{esc(c.name)}</p>" if c is not None else ""
    if c is not None and buyer_address:
        buyer += "".join(f"<p>{esc(x)}</p>" for x in c.address)
    buyer += "".join(f"<p>{r}</p>" for r in buyer_rows if r)
    metas = "<table>" + "".join(f"<tr><td class='muted small' style='width:{W * 0.13:.0f}pt'>{k}</td><td class='b' style='width:{W * 0.17:.0f}pt'>{val}</td></tr>"
                                for k, val in meta) + "</table>"
    first = (band + f"<table style='margin-top:6pt'><tr><td style='width:{W * 0.33 - 6:.0f}pt'>{vend}</td><td style='width:{W * 0.33 - 6:.0f}pt'>{buyer}</td>"
             + f"<td style='width:{W * 0.34 - 6:.0f}pt'>{metas}</td></tr></table><div style='height:6pt'></div>")
    left = "".join(f"<p class='small'>{x}</p>" for x in side if x)
    closing = (f"<table style='margin-top:6pt'><tr><td style='width:{W - 290:.0f}pt'>{left}</td><td style='width:270pt' class='shade'>"
               + rows_html(totals, widths=(170, 94)) + "</td></tr></table>"
               + "".join(f"<p class='small' style='margin-top:3pt'>{f}</p>" for f in foot if f))
    return build_paged(doc, layout, width, height, css, first, list(head), pts(W, *fractions), numeric, doc.lines if rows is None else rows, cells,
                       closing, cont=f"{title} {doc.invoice_ids[0] if doc.invoice_ids else ''}", footer_text=footer_text, notes=notes,
                       scan_weight=scan_weight)


def letter_paged(doc, layout: str, theme, width: float, height: float, *, first: str, head: Sequence[str], fractions: Sequence[float],
                 numeric: set[int], rows, cells, closing: str, cont: str, footer_text: str = "", notes=None, extra_css: str = "") -> Built:
    """A payer's letter: `first` (letterhead, addressee, title and the opening sentence) over a table of invoices that flows over
    pages, `closing` after the table on the last page."""
    W = width - 72
    css = theme.css(".tt{font-size:13pt;font-weight:bold} .t{font-size:13pt;font-weight:bold} .box{border:0.8pt solid #666;padding:5pt} " + extra_css)
    return build_paged(doc, layout, width, height, css, first, list(head), pts(W, *fractions), numeric, rows, cells, closing, cont=cont,
                       footer_text=footer_text, notes=notes)
