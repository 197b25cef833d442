"""Helpers the twenty-seventh set's templates share: a payer's allocation rows (invoices, deductions, the amount paid) and a
one-page bank confirmation of a transfer (the bank's name, a title, sections of label / value rows)."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.base import Built, chance, pick
from corpus.holdout.components import esc
from corpus.holdout.money import money
from corpus.holdout.render import A4, Box
from corpus.holdout.templates._fifteenth import rows_html, single_page
from corpus.holdout.templates._twentysixth import ruled_rows

D = Decimal


def advice_rows(rng: random.Random, count: int, paid_on: date, number: Callable[[date], str], *, low: float, high: float, whole: bool = False,
                deduct: Sequence[str] = (), deduct_rate: Decimal | None = None, credit_label: bool = True) -> list[dict]:
    """`count` invoices settled by one payment: gross, a deduction (a discount, a set-off or a withholding at `deduct_rate` of the
    gross) on some, the amount paid; now and then a credit note (negative) after the first row."""
    rows = []
    for issued in sorted(paid_on - timedelta(days=rng.randrange(7, 80)) for _ in range(count)):
        credit = credit_label and count > 2 and bool(rows) and chance(rng, 0.1)
        value = D(str(rng.uniform(low, high) if not credit else rng.uniform(low / 4, high / 20)))
        gross = value.quantize(D(1)) if whole else money(value)
        less, reason = (D(0) if whole else D("0.00")), ""
        if not credit and deduct and chance(rng, 0.25):
            reason = pick(rng, list(deduct))
            raw = gross * deduct_rate if deduct_rate is not None else D(str(rng.uniform(0.01, 0.12))) * gross
            less = raw.quantize(D(1)) if whole else money(raw)
        if credit:
            gross = -gross
        rows.append({"inv": number(issued), "date": issued, "gross": gross, "less": less, "reason": reason, "paid": gross - less, "credit": credit})
    if sum((r["paid"] for r in rows), D(0)) <= 0:
        bump = D(high).quantize(D(1)) if whole else money(high)
        rows[0]["gross"] += bump
        rows[0]["paid"] += bump
    return rows


def bank_page(doc, layout: str, theme, *, bank: str, title: str, sections: Sequence[tuple[str, Sequence[tuple[str, str]]]], foot: str, style: str,
              notes: dict, small: str = "") -> Built:
    """A one-page confirmation from online banking: the bank's name, the title, sections of label / value rows (plain, ruled or in
    a bordered grid), a closing line."""
    css = theme.css(".bank{font-size:14pt;font-weight:bold} .sec{background:#ececec;font-weight:bold;padding:2pt 4pt;margin-top:8pt}"
                    " table.grid td{border:0.5pt solid #888}")
    width, height = A4
    W = width - 100

    def kv(pairs):
        if style == "ruled":
            return ruled_rows(pairs, (170, W - 180))
        if style == "grid":
            return rows_html(pairs, strong_last=False, widths=(170, W - 180), cls="grid")
        return rows_html(pairs, strong_last=False, widths=(170, W - 180))

    body = (f"<p class='bank accent'>{esc(bank)}</p>" + (f"<p class='small'>{small}</p>" if small else "")
            + f"<p class='b' style='margin-top:10pt;font-size:12pt'>{title}</p>"
            + "".join(f"<p class='sec'>{head}</p>" + kv(pairs) for head, pairs in sections)
            + f"<p class='small muted' style='margin-top:14pt'>{foot}</p>")
    sheet = single_page(layout, width, height, css, [Box((50, 46, width - 50, height - 46), body)])
    return Built(doc=doc, sheet=sheet, template=layout, notes=notes)
