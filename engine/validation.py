"""Cross-field checks shared by every tier.

Each check looks at values already chosen and says whether they agree. Agreement is evidence that
every value involved is right (three numbers that add up rarely do so by accident); a contradiction
names the fields at fault, which is what the router escalates on.
"""

from __future__ import annotations

from dataclasses import dataclass

AMOUNT_TOLERANCE = 0.011  # one cent of rounding, plus float noise
CASH_ROUNDING = 0.0251  # a cash total rounded to the nearest five cents is at most 2.5 cents off its lines


@dataclass(frozen=True)
class Check:
    name: str
    passed: bool
    fields: tuple[str, ...]
    detail: str = ""


def run_checks(values: dict[str, object]) -> list[Check]:
    """`values` maps contract paths to plain values (floats for amounts, ISO strings for dates)."""
    checks: list[Check] = []
    total = _number(values.get("financial_data.total_amount"))
    net = _number(values.get("financial_data.net_amount"))
    tax = _number(values.get("financial_data.tax_amount"))
    if total is not None and net is not None and tax is not None:
        checks.append(Check("net_plus_tax_equals_total", _close(net + tax, total),
                            ("financial_data.net_amount", "financial_data.tax_amount", "financial_data.total_amount"),
                            f"{net} + {tax} vs {total}"))
    elif total is not None and net is not None and tax is None and not _close(net, total):
        checks.append(Check("net_equals_total_without_tax", abs(net) <= abs(total),
                            ("financial_data.net_amount", "financial_data.total_amount"), f"{net} vs {total}"))

    item_indices = sorted({int(p.split(".")[1]) for p in values if p.startswith("line_items.")})
    line_amounts = []
    for index in item_indices:
        quantity = _number(values.get(f"line_items.{index}.quantity"))
        price = _number(values.get(f"line_items.{index}.unit_price"))
        amount = _number(values.get(f"line_items.{index}.amount"))
        if amount is not None:
            line_amounts.append(amount)
        if quantity is not None and price is not None and amount is not None:
            checks.append(Check("quantity_times_price_equals_amount",
                                _close(quantity * price, amount, relative=0.005),
                                tuple(f"line_items.{index}.{k}" for k in ("quantity", "unit_price", "amount")),
                                f"{quantity} x {price} vs {amount}"))
    if line_amounts and (net is not None or total is not None):
        line_sum = sum(line_amounts)
        # (a cash total rounded to five cents, "ROUNDING ADJUSTMENT 0.02", still sums its lines)
        agrees = any(_close(line_sum, x) for x in (net, total) if x is not None) or (
            total is not None and abs(line_sum - total) <= CASH_ROUNDING)
        checks.append(Check("line_amounts_sum_to_net_or_total", agrees,
                            ("line_items", "financial_data.net_amount" if net is not None else "financial_data.total_amount"),
                            f"sum {round(line_sum, 2)}"))

    allocation_amounts = [_number(v) for p, v in values.items()
                          if p.startswith("payment_information.allocations.") and p.endswith(".amount")]
    payment = _number(values.get("payment_information.payment_amount"))
    if allocation_amounts and payment is not None and None not in allocation_amounts:
        checks.append(Check("allocations_sum_to_payment", _close(sum(allocation_amounts), payment),  # type: ignore[arg-type]
                            ("payment_information.allocations", "payment_information.payment_amount"),
                            f"sum {round(sum(allocation_amounts), 2)} vs {payment}"))  # type: ignore[arg-type]
    if payment is not None and total is not None:
        checks.append(Check("payment_equals_total", _close(payment, total),
                            ("payment_information.payment_amount", "financial_data.total_amount")))

    document_date = values.get("document_date")
    due_date = values.get("payment_terms.due_date")
    if isinstance(document_date, str) and isinstance(due_date, str):
        checks.append(Check("due_date_not_before_document_date", due_date >= document_date,
                            ("payment_terms.due_date", "document_date"), f"{due_date} vs {document_date}"))
    return checks


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _close(a: float, b: float, relative: float = 0.0) -> bool:
    return abs(a - b) <= max(AMOUNT_TOLERANCE, relative * abs(b))
