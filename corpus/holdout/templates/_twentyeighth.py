"""Helpers the twenty-eighth set's templates share: a bank's payment order printed as a form (rows of bordered cells, a small
label over each value), a paged invoice with the supplier in a ruled side column beside the title and the meta, and an e-mail's
header block."""

from __future__ import annotations

from collections.abc import Sequence

from corpus.holdout.base import Built
from corpus.holdout.components import esc
from corpus.holdout.render import Box
from corpus.holdout.templates._fifteenth import pts, rows_html, single_page
from corpus.holdout.templates._twentyfirst import build_paged
from corpus.holdout.templates._twentysecond import party_block

FORM_CSS = (" td.fc{border:0.6pt solid #444;padding:2pt 4pt} .fl{font-size:6.5pt;color:#555;margin:0} .fv{margin:0;font-weight:bold}"
            " .fh{font-size:13pt;font-weight:bold} .stamp{border:1.2pt solid #1565c0;color:#1565c0;padding:3pt 6pt;font-weight:bold}")


def form_grid(rows: Sequence[Sequence[tuple[str, str, float]]], W: float) -> str:
    """A payment order's boxes: each row a list of (label, value, share of the width), the label small above its value."""
    out = []
    for row in rows:
        whole = sum(share for _label, _value, share in row)
        cells = "".join(f"<td class='fc' style='width:{W * share / whole - 9:.0f}pt'><p class='fl'>{label}</p><p class='fv'>{value or '&#160;'}</p></td>"
                        for label, value, share in row)
        out.append(f"<table><tr>{cells}</tr></table>")
    return "".join(out)


def form_page(doc, layout: str, theme, width: float, height: float, body: str, *, notes: dict, extra_css: str = "", margin: float = 42.0,
              scan_weight: float = 1.0) -> Built:
    """A one-page print (a bank's form, a confirmation) whose body must fit the page."""
    css = theme.css(FORM_CSS + " " + extra_css)
    sheet = single_page(layout, width, height, css, [Box((margin, margin, width - margin, height - margin), body)])
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes, scan_weight=scan_weight)


def mail_header(pairs: Sequence[tuple[str, str]], W: float) -> str:
    """The header of a printed e-mail: label / value rows over a rule."""
    rows = "".join(f"<tr><td class='muted' style='width:62pt'>{k}</td><td style='width:{W - 80:.0f}pt'>{v}</td></tr>" for k, v in pairs)
    return f"<table style='border-bottom:0.8pt solid #888;margin-bottom:8pt'>{rows}</table>"


def sidebar_invoice(doc, layout: str, theme, width: float, height: float, *, title: str, vendor_rows: Sequence[str], buyer_label: str,
                    buyer_rows: Sequence[str], meta: Sequence[tuple[str, str]], head: Sequence[str], fractions: Sequence[float], numeric: set[int],
                    cells, totals: Sequence[tuple[str, str]], foot: Sequence[str], notes=None, footer_text: str = "", rows=None,
                    buyer_address: bool = True, subtitle: str = "", scan_weight: float = 1.0, side_notes: Sequence[str] = ()) -> Built:
    """A paged invoice: the supplier in a column ruled in the accent colour on the left (name, address, numbers), the title, the
    meta rows and the buyer on the right; the item table flows over pages; the last page closes with notes on the left and the
    totals on the right over a heavy rule, then the foot lines."""
    W = width - 72
    a = theme.accent
    css = theme.css(f".sb{{border-left:3pt solid {a};padding:2pt 0 2pt 7pt}} .sbn{{font-size:12.5pt;font-weight:bold;color:{a}}}"
                    f" .ttl{{font-size:17pt;font-weight:bold;color:{a};letter-spacing:0.5pt}} table.mg td{{border-bottom:0.4pt solid #c8c8c8}}"
                    f" .tb{{border-top:1.4pt solid {a};padding-top:2pt}}")
    v, c = doc.vendor, doc.customer
    side = (f"<div class='sb'><p class='sbn'>{esc(v.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in v.address)
            + "".join(f"<p class='small'>{r}</p>" for r in vendor_rows if r) + "</div>")
    meta_html = "<table class='mg'>" + "".join(f"<tr><td class='muted' style='width:{W * 0.2:.0f}pt'>{k}</td><td class='b' style='width:{W * 0.3:.0f}pt'>{val}</td></tr>"
                                               for k, val in meta) + "</table>"
    buyer = party_block(buyer_label, c, buyer_rows, address=buyer_address)
    right = f"<p class='ttl'>{title}</p>" + (f"<p class='small'>{subtitle}</p>" if subtitle else "") + meta_html
    first = (f"<table><tr><td style='width:{W * 0.42:.0f}pt'>{side}<div style='margin-top:8pt'>{buyer}</div></td>"
             f"<td style='width:{W * 0.54:.0f}pt'>{right}</td></tr></table><div style='height:8pt'></div>")
    left = "".join(f"<p class='small'>{x}</p>" for x in side_notes if x)
    closing = (f"<table style='margin-top:6pt'><tr><td style='width:{W - 292:.0f}pt'>{left}</td><td style='width:272pt' class='tb'>"
               + rows_html(totals, widths=(176, 90)) + "</td></tr></table>"
               + "".join(f"<p class='small' style='margin-top:3pt'>{f}</p>" for f in foot if f))
    return build_paged(doc, layout, width, height, css, first, list(head), pts(W, *fractions), numeric, doc.lines if rows is None else rows, cells,
                       closing, cont=f"{title} {doc.invoice_ids[0] if doc.invoice_ids else ''}", footer_text=footer_text, notes=notes,
                       scan_weight=scan_weight)
