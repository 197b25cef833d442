"""Shared look: themes (fonts, colours, table styles) and HTML building blocks the templates use."""

from __future__ import annotations

import html as _html
import random
from collections.abc import Sequence
from dataclasses import dataclass

FONTS = ["Helvetica", "Helvetica", "Helvetica", "Times", "Times", "Courier"]
ACCENTS = ["#1f4e79", "#2e7d32", "#b71c1c", "#4a148c", "#00695c", "#e65100", "#263238", "#0d47a1",
           "#6d4c41", "#ad1457", "#37474f", "#5b6cff", "#008c95"]
TABLE_STYLES = ["grid", "zebra", "rules", "header_fill", "minimal", "boxed"]


def esc(text: object) -> str:
    return _html.escape(str(text), quote=False)


def lines_html(lines: Sequence[str]) -> str:
    return "<br/>".join(esc(line) for line in lines if line)


@dataclass
class Theme:
    font: str
    head_font: str
    size: float
    accent: str
    table: str
    zebra: str
    muted: str = "#666666"

    @staticmethod
    def pick(rng: random.Random, *, font: str | None = None, size: tuple[float, float] = (8.0, 10.0),
             table: str | None = None, accent: str | None = None) -> Theme:
        body = font or rng.choice(FONTS)
        head = body if rng.random() < 0.6 else rng.choice(["Helvetica", "Times"])
        return Theme(font=body, head_font=head, size=round(rng.uniform(*size) * 2) / 2,
                     accent=accent or rng.choice(ACCENTS), table=table or rng.choice(TABLE_STYLES),
                     zebra=rng.choice(["#f3f5f8", "#f2f2f2", "#eef6ee", "#fbf4e8", "#eef2fb"]),
                     muted=rng.choice(["#666666", "#707070", "#5f6b7a", "#777777"]))

    def css(self, extra: str = "") -> str:
        a, z, m = self.accent, self.zebra, self.muted
        table_rules = {
            "grid": """table.items th {background:#e8e8e8; border:0.6pt solid #555; color:#000}
                table.items td {border:0.6pt solid #555}""",
            "zebra": f"""table.items th {{background:{a}; color:#fff; border:none}}
                table.items tr.alt td {{background:{z}}}""",
            "rules": """table.items th {border-top:1pt solid #000; border-bottom:1pt solid #000}
                table.items td {border-bottom:0.4pt solid #bbb}""",
            "header_fill": f"""table.items th {{background:{a}; color:#fff}}
                table.items td {{border-bottom:0.5pt solid {a}}}""",
            "minimal": f"""table.items th {{color:{m}; font-size:{self.size - 1}pt; border-bottom:0.5pt solid #999}}""",
            "boxed": f"""table.items {{border:1pt solid {a}}}
                table.items th {{background:{z}; border-bottom:1pt solid {a}; border-right:0.5pt solid {a}}}
                table.items td {{border-right:0.5pt solid {a}}}""",
        }[self.table]
        return f"""
body {{font-family:{self.font}; font-size:{self.size}pt; color:#1a1a1a; margin:0}}
p {{margin:0 0 3pt 0}}
h1, h2, h3 {{font-family:{self.head_font}; margin:0}}
.accent {{color:{a}}}
.muted {{color:{m}}}
.small {{font-size:{self.size - 1.5}pt}}
.tiny {{font-size:{max(5.5, self.size - 2.5)}pt}}
.big {{font-size:{self.size + 4}pt}}
.b {{font-weight:bold}}
.r {{text-align:right}}
.c {{text-align:center}}
td {{vertical-align:top; padding:1.5pt 3pt}}
table {{border-collapse:collapse}}
table.items {{width:100%; margin-top:6pt}}
table.items th {{padding:3pt 4pt; text-align:left; font-weight:bold}}
table.items td {{padding:2.5pt 4pt}}
table.kv td {{padding:1pt 4pt 1pt 0}}
table.totals {{margin-top:6pt}}
table.totals td {{padding:2pt 4pt}}
tr.grand td {{font-weight:bold; border-top:1pt solid #000; font-size:{self.size + 1}pt}}
.logo {{background:{a}; color:#fff; font-weight:bold; padding:6pt 9pt; font-family:{self.head_font}}}
.boxed {{border:0.8pt solid #888; padding:5pt}}
.band {{background:{a}; color:#fff; padding:5pt 8pt}}
{table_rules}
{extra}
"""


@dataclass
class Col:
    title: str
    align: str = "left"        # left / right / center
    width: str = ""            # CSS width, e.g. "12%"


def items_table(cols: Sequence[Col], rows: Sequence[Sequence[str]], *, zebra: bool = True,
                extra_rows: Sequence[str] = (), cls: str = "items") -> str:
    """A line-item table; cells are already formatted strings (HTML allowed in cells)."""
    head = "".join(
        f'<th style="text-align:{c.align};{f"width:{c.width};" if c.width else ""}">{c.title}</th>' for c in cols)
    body = []
    for i, row in enumerate(rows):
        cls_row = ' class="alt"' if zebra and i % 2 == 1 else ""
        cells = "".join(f'<td style="text-align:{c.align}">{cell}</td>' for c, cell in zip(cols, row, strict=True))
        body.append(f"<tr{cls_row}>{cells}</tr>")
    return f'<table class="{cls}"><tr>{head}</tr>{"".join(body)}{"".join(extra_rows)}</table>'


def kv_table(pairs: Sequence[tuple[str, str]], *, label_width: str = "", bold_labels: bool = True,
             align_values: str = "left", style: str = "", label_class: str = "") -> str:
    """Label/value rows (meta blocks: invoice number, dates, ...)."""
    rows = []
    for label, value in pairs:
        lw = f"width:{label_width};" if label_width else ""
        weight = "font-weight:bold;" if bold_labels else ""
        rows.append(f'<tr><td class="{label_class}" style="{lw}{weight}">{label}</td>'
                    f'<td style="text-align:{align_values}">{value}</td></tr>')
    return f'<table class="kv" style="{style}">{"".join(rows)}</table>'


def totals_table(rows: Sequence[tuple[str, str, bool]], *, width: str = "45%", left: str = "55%") -> str:
    """Right-hand totals block: (label, value, emphasised). `left` is the empty space before it.

    Built as a full-width table with a spacer column: MuPDF honours cell widths reliably, table
    widths with margins less so.
    """
    spacer = float(left.rstrip("%"))
    span = 100.0 - spacer
    label_w, value_w = round(span * 0.6, 1), round(span * 0.4, 1)
    out = []
    for label, value, strong in rows:
        cls = ' class="grand"' if strong else ""
        out.append(f'<tr{cls}><td style="width:{spacer}%;border-style:none"></td>'
                   f'<td style="width:{label_w}%">{label}</td><td class="r" style="width:{value_w}%">{value}</td></tr>')
    return f'<table class="totals" style="width:100%">{"".join(out)}</table>'


def rate(value: object) -> str:
    """A tax rate as printed: 20, 8.25, 5.5 (never 2E+1)."""
    from decimal import Decimal

    d = Decimal(str(value))
    return str(int(d)) if d == d.to_integral_value() else format(d.normalize(), "f")


def two_cols(left: str, right: str, *, left_width: str = "50%", right_width: str = "50%",
             right_align: str = "left") -> str:
    return (f'<table style="width:100%"><tr><td style="width:{left_width}">{left}</td>'
            f'<td style="width:{right_width};text-align:{right_align}">{right}</td></tr></table>')


def three_cols(a: str, b: str, c: str, widths: tuple[str, str, str] = ("34%", "33%", "33%")) -> str:
    return (f'<table style="width:100%"><tr><td style="width:{widths[0]}">{a}</td>'
            f'<td style="width:{widths[1]}">{b}</td><td style="width:{widths[2]}">{c}</td></tr></table>')


def logo(name: str, rng: random.Random, accent: str) -> str:
    """A coloured mark with initials or a short word, the way letterheads show a logo."""
    words = [w for w in name.replace("&", " ").split() if w[:1].isalpha()]
    initials = "".join(w[0] for w in words[:2]).upper() or "CO"
    shape = rng.choice(["initials", "word", "pill"])
    if shape == "initials":
        return (f'<table><tr><td style="background:{accent};color:#fff;font-weight:bold;font-size:15pt;'
                f'padding:6pt 8pt">{esc(initials)}</td></tr></table>')
    if shape == "word":
        word = words[0].upper() if words else "LOGO"
        return (f'<table><tr><td style="border:1.5pt solid {accent};color:{accent};font-weight:bold;'
                f'font-size:12pt;padding:3pt 7pt;letter-spacing:1pt">{esc(word)}</td></tr></table>')
    return (f'<table><tr><td style="background:{accent};color:#fff;font-size:9pt;padding:3pt 10pt">'
            f'&#9679; {esc(initials)}</td></tr></table>')
