"""Which fields tier 3 asks for, the strict JSON schema of the answer, and reading the answer back.

A *unit* is what the router decides on as one piece: a scalar contract path
("financial_data.total_amount") or a whole list ("invoice_ids", "line_items",
"payment_information.allocations"). Tier 3 asks only for the units the cheaper tiers left uncertain,
and the schema it sends (OpenAI structured outputs, `strict: true`) has exactly those units, nested as
in the contract's `results`, every key required and nullable, so the model can say "not on the
document" but cannot add anything.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from engine.calibration import unit_of
from engine.normalize.amounts import parse_amount
from engine.result import (
    ALLOCATION_KEYS,
    AMOUNT_PATHS,
    DOCUMENT_TYPES,
    LINE_ITEM_KEYS,
    LIST_PREFIXES,
    SCALAR_PATHS,
    FieldValue,
    Value,
)

ALLOCATIONS = "payment_information.allocations"
ALL_UNITS: tuple[str, ...] = ("invoice_ids", *SCALAR_PATHS, ALLOCATIONS, "line_items")
DOCUMENT_TYPE = "document_type"  # asked for too when the cheaper tiers could not tell the type
SCHEMA_NAME = "cashup_fields"

# The cross-field checks of engine.validation, by name, and the units each one involves: a failed
# check named in the previous tier's `doubtful` puts these units in doubt.
CHECK_UNITS: dict[str, tuple[str, ...]] = {
    "net_plus_tax_equals_total": ("financial_data.net_amount", "financial_data.tax_amount",
                                  "financial_data.total_amount"),
    "net_equals_total_without_tax": ("financial_data.net_amount", "financial_data.total_amount"),
    "quantity_times_price_equals_amount": ("line_items",),
    "line_amounts_sum_to_net_or_total": ("line_items", "financial_data.net_amount", "financial_data.total_amount"),
    "allocations_sum_to_payment": (ALLOCATIONS, "payment_information.payment_amount"),
    "payment_equals_total": ("payment_information.payment_amount", "financial_data.total_amount"),
    "due_date_not_before_document_date": ("payment_terms.due_date", "document_date"),
}

# What each unit means, from the contract; the model reads these as the schema's descriptions.
DESCRIPTIONS: dict[str, str] = {
    "invoice_ids": "The document's own number (invoice, credit-note, receipt or cash-sale number) exactly as "
                   "printed; for a remittance advice, every invoice it pays. Not an original invoice that a "
                   "credit note merely cites.",
    "document_date": "The date the document was issued, as YYYY-MM-DD.",
    "vendor_information.vendor_name": "The supplier who issued the invoice (the payee). On a remittance advice, "
                                      "the payee being paid, not the payer whose letterhead it usually is.",
    "vendor_information.vendor_id": "The account number the document prints for the vendor (Vendor No., "
                                    "Supplier code).",
    "vendor_information.tax_id": "The vendor's tax or VAT id, as printed.",
    "vendor_information.address": "The vendor's postal address, as printed, lines joined with ', '.",
    "customer_information.customer_name": "The party billed (the payer).",
    "customer_information.customer_id": "The account number the document prints for the customer "
                                        "(Customer No., Account).",
    "customer_information.address": "The customer's postal address, as printed, lines joined with ', '.",
    "financial_data.total_amount": "The grand total (amount due) as a number; negative for a credit note. On a "
                                   "remittance advice, the amount paid.",
    "financial_data.currency": "ISO 4217 code of the document's currency (KES, EUR, USD...).",
    "financial_data.tax_amount": "The total tax (VAT, GST) as a number; negative for a credit note.",
    "financial_data.net_amount": "The total before tax as a number; negative for a credit note.",
    "payment_terms.due_date": "The date payment is due, as YYYY-MM-DD.",
    "payment_terms.payment_terms": "The payment terms as printed (e.g. 'Net 30').",
    "payment_terms.discount_terms": "Early-payment discount terms as printed (e.g. '2/10 Net 30').",
    "payment_information.payment_reference": "Remittance advice only: the payment's reference as printed.",
    "payment_information.payment_date": "Remittance advice only: the date the payment was made, as YYYY-MM-DD.",
    "payment_information.payment_amount": "Remittance advice only: the amount paid, as a number.",
    ALLOCATIONS: "Remittance advice only: each invoice paid and the amount paid against it.",
    "line_items": "The goods or services billed, one entry per printed row (not for remittance advices or "
                  "statements).",
    DOCUMENT_TYPE: "What kind of document this is.",
}

_NUMBER_KEYS = frozenset({"quantity", "unit_price", "amount"})


# ---------------------------------------------------------------------------------------------------
# Which units to ask for


def uncertain_units(fields: dict[str, FieldValue], doubtful: Iterable[str], threshold: float) -> list[str]:
    """Units missing from `fields`, reported below `threshold`, or named (directly or through a failed
    check) in `doubtful`, in contract order."""
    lowest: dict[str, float] = {}
    for path, value in fields.items():
        unit = unit_of(path)
        lowest[unit] = min(lowest.get(unit, 1.0), value.confidence)
    named = units_named_in(doubtful)
    return [unit for unit in ALL_UNITS if unit not in lowest or lowest[unit] < threshold or unit in named]


def units_named_in(doubtful: Iterable[str]) -> set[str]:
    named: set[str] = set()
    for text in doubtful:
        for unit in ALL_UNITS:
            if unit in text:
                named.add(unit)
        for check, units in CHECK_UNITS.items():
            if check in text:
                named.update(units)
    return named


def is_contract_path(path: str) -> bool:
    """Whether `path` names a leaf of the contract's `results` (list items by index)."""
    if path in SCALAR_PATHS:
        return True
    head, _, index = path.partition(".")
    if head == "invoice_ids":
        return index.isdigit()
    for prefix, keys in (("line_items", LINE_ITEM_KEYS), (ALLOCATIONS, ALLOCATION_KEYS)):
        if path.startswith(prefix + "."):
            number, _, key = path[len(prefix) + 1:].partition(".")
            return number.isdigit() and key in keys
    return False


# ---------------------------------------------------------------------------------------------------
# The answer's JSON schema


def _scalar_schema(path: str) -> dict[str, Any]:
    kind = "number" if path in AMOUNT_PATHS else "string"
    return {"type": [kind, "null"], "description": DESCRIPTIONS[path]}


def _record_schema(keys: tuple[str, ...]) -> dict[str, Any]:
    properties = {key: {"type": ["number" if key in _NUMBER_KEYS else "string", "null"]} for key in keys}
    return {"type": "object", "properties": properties, "required": list(keys), "additionalProperties": False}


def _unit_schema(unit: str) -> dict[str, Any]:
    if unit == "invoice_ids":
        return {"type": "array", "items": {"type": "string"}, "description": DESCRIPTIONS[unit]}
    if unit == "line_items":
        return {"type": "array", "items": _record_schema(LINE_ITEM_KEYS), "description": DESCRIPTIONS[unit]}
    if unit == ALLOCATIONS:
        return {"type": "array", "items": _record_schema(ALLOCATION_KEYS), "description": DESCRIPTIONS[unit]}
    if unit == DOCUMENT_TYPE:
        return {"type": "string", "enum": list(DOCUMENT_TYPES), "description": DESCRIPTIONS[unit]}
    return _scalar_schema(unit)


def answer_schema(units: Iterable[str]) -> dict[str, Any]:
    """The strict JSON schema for an answer holding exactly `units`, nested as in `results`."""
    root: dict[str, Any] = {"type": "object", "properties": {}, "required": [], "additionalProperties": False}
    for unit in units:
        node = root
        *sections, leaf = unit.split(".")
        for section in sections:
            if section not in node["properties"]:
                node["properties"][section] = {"type": "object", "properties": {}, "required": [],
                                               "additionalProperties": False}
                node["required"].append(section)
            node = node["properties"][section]
        node["properties"][leaf] = _unit_schema(unit)
        node["required"].append(leaf)
    return root


def response_format(units: Iterable[str]) -> dict[str, Any]:
    return {"type": "json_schema",
            "json_schema": {"name": SCHEMA_NAME, "strict": True, "schema": answer_schema(units)}}


# ---------------------------------------------------------------------------------------------------
# Reading the answer


class MalformedAnswerError(ValueError):
    """The model's answer is not JSON of the requested shape."""


def flatten_answer(answer: Any, units: Iterable[str]) -> tuple[dict[str, Value], str | None]:
    """The answer as {contract path: value} for the requested units only (anything else the model
    said is ignored), and the document type when it was asked for. Amounts come back as numbers
    (a number written as a string is read with engine.normalize); text is stripped; nulls and empty
    strings are left out. Raises MalformedAnswerError when the shape is wrong."""
    if not isinstance(answer, dict):
        raise MalformedAnswerError("the answer is not a JSON object")
    flat: dict[str, Value] = {}
    document_type: str | None = None
    for unit in units:
        raw = _lookup(answer, unit)
        if raw is None:
            continue
        if unit == DOCUMENT_TYPE:
            document_type = raw if raw in DOCUMENT_TYPES else None
        elif unit == "invoice_ids":
            items = _as_list(raw, unit)
            ids = [text for item in items if (text := _text(item, unit)) is not None]
            flat.update({f"invoice_ids.{i}": value for i, value in enumerate(ids)})
        elif unit in LIST_PREFIXES:
            keys = LINE_ITEM_KEYS if unit == "line_items" else ALLOCATION_KEYS
            for index, item in enumerate(_as_list(raw, unit)):
                if not isinstance(item, dict):
                    raise MalformedAnswerError(f"{unit}.{index} is not an object")
                for key in keys:
                    raw_value = item.get(key)
                    value = (_number(raw_value, unit, integral=key == "quantity") if key in _NUMBER_KEYS
                             else _text(raw_value, unit))
                    if value is not None:
                        flat[f"{unit}.{index}.{key}"] = value
        else:
            value = _number(raw, unit) if unit in AMOUNT_PATHS else _text(raw, unit)
            if value is not None:
                flat[unit] = value
    return flat, document_type


def _lookup(answer: dict[str, Any], unit: str) -> Any:
    node: Any = answer
    for part in unit.split("."):
        if node is None:
            return None
        if not isinstance(node, dict):
            raise MalformedAnswerError(f"{unit}: expected an object above {part!r}")
        node = node.get(part)
    return node


def _as_list(raw: Any, unit: str) -> list[Any]:
    if not isinstance(raw, list):
        raise MalformedAnswerError(f"{unit} is not a list")
    return raw


def _text(raw: Any, unit: str) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or isinstance(raw, dict | list):
        raise MalformedAnswerError(f"{unit}: expected text, got {type(raw).__name__}")
    text = " ".join(str(raw).split())
    return text or None


def _number(raw: Any, unit: str, integral: bool = False) -> float | int | None:
    """A number; `integral` gives a whole quantity as an int (the contract prints "quantity": 10)."""
    if raw is None:
        return None
    if isinstance(raw, bool) or isinstance(raw, dict | list):
        raise MalformedAnswerError(f"{unit}: expected a number, got {type(raw).__name__}")
    if isinstance(raw, int | float):
        number = float(raw)
    else:
        parsed = parse_amount(str(raw))
        if parsed is None:
            if not str(raw).strip():
                return None
            raise MalformedAnswerError(f"{unit}: {raw!r} is not a number")
        number = float(parsed.value)
    if not math.isfinite(number):
        raise MalformedAnswerError(f"{unit}: {raw!r} is not a finite number")
    return int(number) if integral and number.is_integer() and abs(number) < 2**53 else number


__all__ = [
    "ALLOCATIONS", "ALL_UNITS", "CHECK_UNITS", "DOCUMENT_TYPE", "MalformedAnswerError", "answer_schema",
    "flatten_answer", "is_contract_path", "response_format", "uncertain_units", "units_named_in",
]
