"""A compact VAT-invoice renderer the twenty-first set's Albanian / Kosovar and Mauritian templates share: letterhead, a
meta block, buyer, items with a VAT column, totals, footer lines, an optional QR."""

from __future__ import annotations

from corpus.holdout.components import esc
from corpus.holdout.templates._fifteenth import pts, rows_html
from corpus.holdout.templates._twentieth import qr_on_last_page
from corpus.holdout.templates._twentyfirst import build_paged


def render(doc, layout, rng, theme, width, height, *, title, vendor_rows, meta, buyer_label, buyer_rows, head, fractions, numeric, cells,
           totals, foot, qr=None, notes=None, letter_left=True):
    W = width - 72
    css = theme.css(".t{font-size:14pt;font-weight:bold} .box{border:0.8pt solid #444;padding:4pt}")
    v = doc.vendor
    left = f"<p class='t accent'>{esc(v.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in v.address) + "".join(f"<p>{r}</p>" for r in vendor_rows)
    right = f"<p class='t'>{title}</p>" + "".join(f"<p>{k} <b>{val}</b></p>" for k, val in meta)
    top = (f"<table><tr><td style='width:{W * 0.55:.0f}pt'>{left}</td><td style='width:{W * 0.4:.0f}pt'>{right}</td></tr></table>" if letter_left else
           f"<table><tr><td style='width:{W * 0.45:.0f}pt'>{right}</td><td style='width:{W * 0.5:.0f}pt'>{left}</td></tr></table>")
    c = doc.customer
    buyer = (f"<div class='box' style='margin-top:6pt'><p class='muted small'>{buyer_label}</p><p class='b'>{esc(c.name)}</p>"
             + "".join(f"<p>{esc(x)}</p>" for x in c.address) + "".join(f"<p>{r}</p>" for r in buyer_rows) + "</div>")
    closing = (f"<div style='margin-left:{W - 250:.0f}pt;margin-top:6pt'>{rows_html(totals, widths=(160, 90))}</div>"
               + "".join(f"<p class='small' style='margin-top:3pt'>{f}</p>" for f in foot) + ("<div style='height:80pt'></div>" if qr else ""))
    built = build_paged(doc, layout, width, height, css, top + buyer, head, pts(W, *fractions), numeric, doc.lines, cells, closing,
                        cont=f"{title} {doc.invoice_ids[0]}", footer_text="", notes=notes)
    if qr:
        qr_on_last_page(built.sheet, (40, height - 120, 115, height - 45), qr)
    return built
