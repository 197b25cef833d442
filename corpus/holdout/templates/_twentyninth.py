"""Helpers the twenty-ninth set's templates share: amounts with the Cape Verdean cifrão (`1.234$50`), a paged invoice under a
heavy title strip (the title and the number on a ruled band, then the supplier, the buyer and the meta side by side in
labelled boxes, the totals beside an amount in words), and a payer's letter head (the payer's letterhead over a rule, the
addressee in a window, the place and date on the right)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from corpus.holdout.base import Built
from corpus.holdout.components import esc
from corpus.holdout.templates._fifteenth import pts, rows_html
from corpus.holdout.templates._twentyfirst import build_paged


def cifrao(value: Decimal, thousands: str = ".") -> str:
    """Cape Verdean escudos as the cifrão writes them: `1.234$50`, `1 234$50`, `850$00`; a leading minus for negatives."""
    d = Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    whole, _, frac = f"{abs(d):.2f}".partition(".")
    parts = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    parts.insert(0, whole)
    return ("-" if d < 0 else "") + thousands.join(parts) + "$" + frac


def strip_invoice(doc, layout: str, theme, width: float, height: float, *, title: str, number_label: str, vendor_rows: Sequence[str],
                  buyer_label: str, buyer_rows: Sequence[str], meta: Sequence[tuple[str, str]], head: Sequence[str], fractions: Sequence[float],
                  numeric: set[int], cells, totals: Sequence[tuple[str, str]], foot: Sequence[str], notes=None, vendor_label: str = "",
                  words: str = "", footer_text: str = "", rows=None, buyer_address: bool = True, scan_weight: float = 1.0, extra_head: str = "") -> Built:
    """A paged invoice: a band ruled above and below in the accent colour with the title on the left and the number on the
    right; under it the supplier, the buyer and the meta in three labelled boxes; the item table flows over pages; the last page
    closes with the amount in words on the left and the totals on the right, then the foot lines."""
    W = width - 72
    a = theme.accent
    css = theme.css(f".strip{{border-top:2.5pt solid {a};border-bottom:1pt solid {a};padding:4pt 0}} .st{{font-size:16pt;font-weight:bold;color:{a}}}"
                    " .sn{font-size:11pt;font-weight:bold;text-align:right} .lb{border:0.6pt solid #999;padding:3pt 5pt}"
                    " .cap{font-size:6.5pt;color:#666;text-transform:uppercase;letter-spacing:0.5pt;margin:0 0 2pt 0}")
    v, c = doc.vendor, doc.customer
    number = doc.invoice_ids[0] if doc.invoice_ids else ""
    band = (f"<table class='strip'><tr><td style='width:{W * 0.58:.0f}pt'><p class='st'>{title}</p></td>"
            f"<td style='width:{W * 0.38:.0f}pt'><p class='sn'>{number_label} {esc(number)}</p></td></tr></table>")
    vend = (f"<p class='cap'>{vendor_label}</p>" if vendor_label else "") + f"<p class='b'>{esc(v.name)}</p>" + "".join(f"<p>{esc(x)}</p>" for x in v.address) \
        + "".join(f"<p class='small'>{r}</p>" for r in vendor_rows if r)
    buyer = f"<p class='cap'>{buyer_label}</p><p class='b'>{esc(c.name)}</p>" if c is not None else ""
    if c is not None and buyer_address:
        buyer += "".join(f"<p>{esc(x)}</p>" for x in c.address)
    buyer += "".join(f"<p>{r}</p>" for r in buyer_rows if r)
    metas = "".join(f"<p class='cap'>{k}</p><p class='b'>{val}</p>" for k, val in meta)
    first = (band + extra_head + f"<table style='margin-top:6pt'><tr><td style='width:{W * 0.36 - 12:.0f}pt' class='lb'>{vend}</td>"
             f"<td style='width:{W * 0.36 - 12:.0f}pt' class='lb'>{buyer}</td><td style='width:{W * 0.28 - 12:.0f}pt' class='lb'>{metas}</td></tr></table>"
             "<div style='height:6pt'></div>")
    closing = (f"<table style='margin-top:6pt'><tr><td style='width:{W - 290:.0f}pt'>" + (f"<p class='small'>{words}</p>" if words else "")
               + f"</td><td style='width:270pt'>{rows_html(totals, widths=(176, 90))}</td></tr></table>"
               + "".join(f"<p class='small' style='margin-top:3pt'>{f}</p>" for f in foot if f))
    return build_paged(doc, layout, width, height, css, first, list(head), pts(W, *fractions), numeric, doc.lines if rows is None else rows, cells,
                       closing, cont=f"{title} {number_label} {esc(number)}", footer_text=footer_text, notes=notes, scan_weight=scan_weight)


def letter_head(payer, payer_rows: Sequence[str], addressee_html: str, place_date: str, W: float) -> str:
    """A payer's letterhead: its name large with its numbers under a rule, then the addressee in a window on the left and the place
    and date on the right."""
    head = (f"<p class='t accent'>{esc(payer.name)}</p><p class='small'>{esc(' · '.join(payer.address))}</p>"
            + (f"<p class='small'>{' · '.join(r for r in payer_rows if r)}</p>" if payer_rows else "")
            + "<div style='border-bottom:0.8pt solid #777;margin-bottom:8pt'></div>")
    return (head + f"<table><tr><td style='width:{W * 0.55:.0f}pt'>{addressee_html}</td>"
            f"<td style='width:{W * 0.41:.0f}pt' class='r'><p>{place_date}</p></td></tr></table>")
