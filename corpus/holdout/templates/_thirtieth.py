"""Helpers the thirtieth set's templates share: a paged invoice under a centred letterhead with a double rule (the buyer and the
document details side by side under shaded captions, the totals in a ruled box, and a tear-off remittance slip on the last page),
a paged invoice in the manner of Russian-language accounting programs (the title centred, the parties as label / value rows, a
fully ruled table, the totals, the sum in words and the signature lines), and a bank's confirmation card (the bank, a status line,
the amount large, ruled label / value rows) centred on a page."""

from __future__ import annotations

from collections.abc import Sequence

from corpus.holdout.base import Built
from corpus.holdout.components import esc
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import pts, rows_html, single_page
from corpus.holdout.templates._twentyfirst import build_paged


def ledger_invoice(doc, layout: str, theme, width: float, height: float, *, title: str, vendor_rows: Sequence[str], buyer_label: str,
                   buyer_rows: Sequence[str], meta_label: str, meta: Sequence[tuple[str, str]], head: Sequence[str], fractions: Sequence[float],
                   numeric: set[int], cells, totals: Sequence[tuple[str, str]], foot: Sequence[str], notes=None, footer_text: str = "",
                   slip_title: str = "", slip: Sequence[tuple[str, str]] = (), rows=None, buyer_address: bool = True, scan_weight: float = 1.0,
                   buyer_name: str | None = None) -> Built:
    """A paged invoice: the supplier's name centred over its address and numbers and a double rule, the title, then the buyer and
    the details side by side under shaded captions; the item table flows over pages; the last page closes with the totals in a
    ruled box on the right, the foot lines and, when `slip` is given, a remittance slip below a dashed line."""
    W = width - 72
    a = theme.accent
    css = theme.css(f".lh{{font-size:16pt;font-weight:bold;color:{a};text-align:center}} .dr{{border-bottom:3pt double {a};margin:3pt 0 6pt 0}}"
                    f" .cap2{{background:{a};color:#fff;font-weight:bold;padding:2pt 5pt}} .cell{{border:0.6pt solid {a};padding:3pt 5pt}}"
                    f" .tbox{{border-top:1pt solid {a};border-bottom:1pt solid {a}}} .slip{{border-top:1pt dashed #555;margin-top:14pt;padding-top:6pt}}"
                    " .ttl3{font-size:14pt;font-weight:bold;letter-spacing:2pt}")
    v, c = doc.vendor, doc.customer
    letterhead = (f"<p class='lh'>{esc(v.name)}</p><p class='c small'>{esc(' · '.join(v.address))}</p>"
                  + (f"<p class='c small'>{' · '.join(r for r in vendor_rows if r)}</p>" if any(vendor_rows) else "") + "<div class='dr'></div>")
    buyer = f"<p class='b'>{esc(buyer_name if buyer_name is not None else c.name)}</p>"
    if buyer_address:
        buyer += "".join(f"<p>{esc(x)}</p>" for x in c.address)
    buyer += "".join(f"<p>{r}</p>" for r in buyer_rows if r)
    details = "<table>" + "".join(f"<tr><td class='muted' style='width:{W * 0.17:.0f}pt'>{k}</td><td class='b' style='width:{W * 0.23:.0f}pt'>{val}</td></tr>"
                                  for k, val in meta) + "</table>"
    half = W / 2 - 17
    first = (letterhead + f"<p class='ttl3'>{title}</p>"
             + f"<table style='margin-top:4pt'><tr><td style='width:{half:.0f}pt' class='cap2'>{buyer_label}</td><td style='width:8pt'></td>"
             + f"<td style='width:{half:.0f}pt' class='cap2'>{meta_label}</td></tr>"
             + f"<tr><td style='width:{half:.0f}pt' class='cell'>{buyer}</td><td style='width:8pt'></td><td style='width:{half:.0f}pt' class='cell'>{details}</td></tr></table>"
             + "<div style='height:8pt'></div>")
    slip_html = ""
    if slip:
        pairs = "".join(f"<tr><td class='muted' style='width:{W * 0.3:.0f}pt'>{k}</td><td class='b' style='width:{W * 0.5:.0f}pt'>{val}</td></tr>" for k, val in slip)
        slip_html = f"<div class='slip'><p class='b'>{slip_title}</p><table>{pairs}</table></div>"
    closing = (f"<div style='margin-left:{W - 270:.0f}pt;margin-top:6pt' class='tbox'>{rows_html(totals, widths=(180, 90))}</div>"
               + "".join(f"<p class='small' style='margin-top:3pt'>{f}</p>" for f in foot if f) + slip_html)
    return build_paged(doc, layout, width, height, css, first, list(head), pts(W, *fractions), numeric, doc.lines if rows is None else rows, cells,
                       closing, cont=f"{title} {esc(doc.invoice_ids[0]) if doc.invoice_ids else ''}", footer_text=footer_text, notes=notes,
                       scan_weight=scan_weight)


def ru_invoice(doc, layout: str, theme, width: float, height: float, *, title: str, parties: Sequence[tuple[str, str]], head: Sequence[str],
               fractions: Sequence[float], numeric: set[int], cells, totals: Sequence[tuple[str, str]], after: Sequence[str], signatures: Sequence[str],
               notes=None, footer_text: str = "", top: str = "", rows=None, cont: str = "") -> Built:
    """A paged invoice as Russian-language accounting programs print it: `top` (a bank block, when given), the title centred over
    a rule, the parties and the basis as label / value rows, a fully ruled item table flowing over pages; on the last page the
    totals right-aligned, the `after` lines (the count of items, the sum in words) and the signature lines."""
    W = width - 72
    theme.table = "grid"
    css = theme.css(".rt{font-size:13pt;font-weight:bold;text-align:center} .rr{border-bottom:1.5pt solid #000;margin:2pt 0 6pt 0}"
                    " table.pk td{padding:1.5pt 4pt 1.5pt 0} .sg{margin-top:14pt}")
    party_rows = "<table class='pk'>" + "".join(f"<tr><td class='b' style='width:{W * 0.18:.0f}pt'>{k}</td><td style='width:{W * 0.78:.0f}pt'>{val}</td></tr>"
                                                for k, val in parties) + "</table>"
    first = top + f"<p class='rt'>{title}</p><div class='rr'></div>" + party_rows + "<div style='height:6pt'></div>"
    closing = (f"<div style='margin-left:{W - 290:.0f}pt;margin-top:4pt'>{rows_html(totals, widths=(200, 90))}</div>"
               + "".join(f"<p style='margin-top:3pt'>{x}</p>" for x in after if x)
               + "<div class='rr' style='margin-top:6pt'></div>"
               + "<table class='sg'><tr>" + "".join(f"<td style='width:{W / max(1, len(signatures)) - 10:.0f}pt'>{s}</td>" for s in signatures) + "</tr></table>")
    return build_paged(doc, layout, width, height, css, first, list(head), pts(W, *fractions), numeric, doc.lines if rows is None else rows, cells,
                       closing, cont=cont or title, footer_text=footer_text, notes=notes)


def confirmation_card(doc, layout: str, theme, *, bank: str, bank_line: str, title: str, status: str, hero: str, rows: Sequence[tuple[str, str]],
                      foot: Sequence[str], notes: dict, card_width: float = 380.0) -> Built:
    """A bank's payment confirmation as online banking prints it: a card centred on an A4 page with the bank's name, the title, a
    status line, the amount large, ruled label / value rows and the small print."""
    width, height = A4
    a = theme.accent
    css = theme.css(f".card{{border:1pt solid #bbb;padding:12pt}} .bk{{font-size:13pt;font-weight:bold;color:{a}}} .st{{color:#2e7d32;font-weight:bold}}"
                    " .hero{font-size:20pt;font-weight:bold;margin:6pt 0 8pt 0} td.rl{border-bottom:0.4pt solid #d0d0d0;padding:3pt 4pt}")
    inner = card_width - 36
    table = "<table>" + "".join(f"<tr><td class='rl muted' style='width:{inner * 0.38:.0f}pt'>{k}</td><td class='rl' style='width:{inner * 0.58:.0f}pt'>{v}</td></tr>"
                                for k, v in rows) + "</table>"
    body = (f"<table><tr><td class='card' style='width:{card_width - 26:.0f}pt'><p class='bk'>{esc(bank)}</p>" + (f"<p class='small muted'>{bank_line}</p>" if bank_line else "")
            + f"<p class='b' style='margin-top:10pt;font-size:11pt'>{title}</p><p class='st'>{status}</p><p class='hero'>{hero}</p>{table}"
            + "".join(f"<p class='tiny muted' style='margin-top:6pt'>{f}</p>" for f in foot if f) + "</td></tr></table>")
    left = (width - card_width) / 2
    sheet = single_page(layout, width, height, css, [Box((left, 60, left + card_width, height - 60), body)])
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes)
