"""A document's content as a careful accountant would key it, and its truth file.

Templates fill a `Doc` with exactly what they print (None for whatever the page does not show), so
the truth cannot drift from the page: the renderer reads the same object.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from corpus.holdout.catalog import Line
from corpus.holdout.fakes import Party

CONTRACT_KEYS = ("invoice_ids", "document_date", "vendor_information", "customer_information",
                 "financial_data", "payment_terms", "payment_information", "line_items")


@dataclass
class Doc:
    document_type: str                     # invoice, credit_note, remittance_advice, receipt
    locale: str
    currency: str
    vendor: Party
    customer: Party | None
    invoice_ids: list[str]
    document_date: date | None
    total: Decimal
    net: Decimal | None = None             # only when a net/subtotal/taxable line is printed
    tax: Decimal | None = None             # only when a tax line is printed
    lines: list[Line] = field(default_factory=list)
    due_date: date | None = None
    payment_terms: str | None = None
    discount_terms: str | None = None
    payment_reference: str | None = None
    payment_date: date | None = None
    allocations: list[tuple[str, Decimal]] = field(default_factory=list)
    # which printed party details count (a template that prints no customer address sets False)
    vendor_address_printed: bool = True
    customer_address_printed: bool = True
    vendor_id: str | None = None
    customer_id: str | None = None
    # Printed adjustments between the line sum and the net (a discount in the totals block), so
    # consistency checks know why the lines do not add up to the net.
    lines_adjustment: Decimal = Decimal("0.00")
    lines_sum_to: str = "net"              # "net", or "total" on tax-inclusive receipts

    @property
    def sign(self) -> int:
        return -1 if self.document_type == "credit_note" else 1

    def results(self) -> dict[str, Any]:
        s = self.sign
        vendor, customer = self.vendor, self.customer

        def amount(value: Decimal | None) -> float | None:
            return None if value is None else float(value * s)

        remittance = self.document_type == "remittance_advice"
        payment_amount = float(self.total) if remittance else None
        return {
            "invoice_ids": list(self.invoice_ids),
            "document_date": self.document_date.isoformat() if self.document_date else None,
            "vendor_information": {
                "vendor_name": vendor.name,
                "vendor_id": self.vendor_id,
                "tax_id": vendor.tax_id,
                "address": vendor.address_text if self.vendor_address_printed and vendor.address else None,
            },
            "customer_information": {
                "customer_name": customer.name if customer else None,
                "customer_id": self.customer_id,
                "address": (customer.address_text if customer and self.customer_address_printed
                            and customer.address else None),
            },
            "financial_data": {
                "total_amount": amount(self.total),
                "currency": self.currency,
                "tax_amount": amount(self.tax),
                "net_amount": amount(self.net),
            },
            "payment_terms": {
                "due_date": self.due_date.isoformat() if self.due_date else None,
                "payment_terms": self.payment_terms,
                "discount_terms": self.discount_terms,
            },
            "payment_information": {
                "payment_reference": self.payment_reference if remittance else None,
                "payment_date": self.payment_date.isoformat() if remittance and self.payment_date else None,
                "payment_amount": payment_amount,
                "allocations": [{"invoice_id": inv, "amount": float(value)} for inv, value in self.allocations],
            },
            "line_items": [line.truth(s) for line in self.lines],
        }

    def check(self) -> None:
        """Refuse a document whose numbers a reader could not reconcile."""
        problems = consistency_problems(self.results(), self.document_type,
                                        float(self.lines_adjustment * self.sign), self.lines_sum_to)
        if problems:
            raise AssertionError("; ".join(problems))


def _close(a: float, b: float) -> bool:
    return abs(a - b) < 0.005


def consistency_problems(results: dict[str, Any], document_type: str, lines_adjustment: float = 0.0,
                         lines_sum_to: str = "net") -> list[str]:
    """What does not add up in a truth `results` block (empty when it is coherent).

    net + tax == total; lines add up to the net (or the total on tax-inclusive documents, or when no
    net is printed), after any printed adjustment; quantity x unit price == amount; remittances:
    allocations add up to the payment amount, which equals the total, and every allocation's invoice
    is one of the ids; credit notes are negative.
    """
    problems: list[str] = []
    if set(results) != set(CONTRACT_KEYS):
        problems.append(f"keys {sorted(results)}")
    fin = results["financial_data"]
    total, tax, net = fin["total_amount"], fin["tax_amount"], fin["net_amount"]
    if total is None:
        problems.append("no total")
        return problems
    if net is not None and tax is not None and not _close(net + tax, total):
        problems.append(f"net {net} + tax {tax} != total {total}")
    lines = results["line_items"]
    if lines:
        target = total if lines_sum_to == "total" or net is None else net
        line_total = sum(line["amount"] for line in lines) + lines_adjustment
        if not _close(line_total, target):
            problems.append(f"lines {line_total:.2f} != {target}")
        for line in lines:
            q, u = line["quantity"], line["unit_price"]
            if q is not None and u is not None and abs(q * u - line["amount"]) > 0.0051:
                problems.append(f"line {line['description']!r}: {q} x {u} != {line['amount']}")
    pay = results["payment_information"]
    if document_type == "remittance_advice":
        allocations = pay["allocations"]
        if not allocations or pay["payment_amount"] is None:
            problems.append("remittance without allocations or payment amount")
        else:
            if not _close(sum(a["amount"] for a in allocations), pay["payment_amount"]):
                problems.append("allocations do not add up to the payment amount")
            if not _close(pay["payment_amount"], total):
                problems.append("payment amount != total")
            if [a["invoice_id"] for a in allocations] != results["invoice_ids"]:
                problems.append("allocation ids differ from invoice_ids")
        if lines or tax is not None or net is not None:
            problems.append("remittance with lines/tax/net")
    elif any(pay[k] for k in ("payment_reference", "payment_date", "payment_amount")) or pay["allocations"]:
        problems.append("payment information on a non-remittance")
    if document_type == "credit_note" and total >= 0:
        problems.append("credit note total not negative")
    if document_type != "remittance_advice" and len(results["invoice_ids"]) > 1:
        problems.append("several ids on a single document")
    return problems
