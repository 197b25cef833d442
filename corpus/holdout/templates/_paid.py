"""Invoices settled by a remittance: the payee's numbers, gross amounts, deductions and amounts paid."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from corpus.holdout.money import money


@dataclass
class PaidInvoice:
    number: str            # the payee's invoice number (what the truth lists)
    invoice_date: date
    gross: Decimal
    discount: Decimal      # cash discount taken
    withheld: Decimal      # withholding tax or other deduction
    payer_doc: str         # the payer's own accounting document number (a decoy)

    @property
    def paid(self) -> Decimal:
        return self.gross - self.discount - self.withheld


def invoice_number_style(rng: random.Random) -> str:
    return rng.choice(["INV-{n:05d}", "{n}", "SI{n:06d}", "{y}-{n:04d}", "F{n:05d}", "INV{n}", "{n:06d}"])


def paid_invoices(rng: random.Random, payment_date: date, count: int, *, low: float = 120, high: float = 24000,
                  discount_share: float = 0.0, withholding_share: float = 0.0) -> list[PaidInvoice]:
    style = invoice_number_style(rng)
    start = rng.randrange(100, 60000)
    out = []
    used: set[int] = set()
    for _ in range(count):
        n = start + rng.randrange(1, 400)
        while n in used:
            n += 1
        used.add(n)
        issued = payment_date - timedelta(days=rng.randrange(12, 75))
        gross = money(rng.uniform(low, high))
        discount = money(gross * Decimal("0.02")) if rng.random() < discount_share else Decimal("0.00")
        withheld = money(gross * Decimal("0.02")) if rng.random() < withholding_share else Decimal("0.00")
        out.append(PaidInvoice(style.format(n=n, y=issued.year), issued, gross, discount, withheld,
                               f"{rng.choice(['51', '19', '50'])}{rng.randrange(10**7, 10**8)}"))
    out.sort(key=lambda p: p.invoice_date)
    return out
