"""Typed results and their exact serialisation to the contract (shared/contract/CONTRACT.md).

Every extracted value lives in one flat map, `fields`, keyed by the contract's dotted path
(`financial_data.total_amount`, `invoice_ids.0`, `line_items.2.amount`,
`payment_information.allocations.1.invoice_id`). `to_dict()` builds the nested `results` block from
that map, so the nested values and the `fields` provenance can never disagree, and merging tiers is
a per-key choice.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

TierName = Literal["pattern_matching", "ocr_model", "llm"]
FieldTier = Literal["pattern_matching", "ocr_model", "llm", "reference"]
Status = Literal["success", "needs_review", "failed"]
Outcome = Literal["accepted", "escalated", "skipped", "failed"]
DocumentType = Literal["invoice", "remittance_advice", "receipt", "credit_note", "statement", "unknown"]
Value = str | float | int

TIER_NAMES: tuple[TierName, ...] = ("pattern_matching", "ocr_model", "llm")
DOCUMENT_TYPES: tuple[DocumentType, ...] = (
    "invoice", "remittance_advice", "receipt", "credit_note", "statement", "unknown",
)

# Scalar leaves of `results`, in contract order. Lists are handled by their prefixes below.
SCALAR_PATHS: tuple[str, ...] = (
    "document_date",
    "vendor_information.vendor_name",
    "vendor_information.vendor_id",
    "vendor_information.tax_id",
    "vendor_information.address",
    "customer_information.customer_name",
    "customer_information.customer_id",
    "customer_information.address",
    "financial_data.total_amount",
    "financial_data.currency",
    "financial_data.tax_amount",
    "financial_data.net_amount",
    "payment_terms.due_date",
    "payment_terms.payment_terms",
    "payment_terms.discount_terms",
    "payment_information.payment_reference",
    "payment_information.payment_date",
    "payment_information.payment_amount",
)
AMOUNT_PATHS: frozenset[str] = frozenset({
    "financial_data.total_amount", "financial_data.tax_amount", "financial_data.net_amount",
    "payment_information.payment_amount",
})
DATE_PATHS: frozenset[str] = frozenset({
    "document_date", "payment_terms.due_date", "payment_information.payment_date",
})
LINE_ITEM_KEYS: tuple[str, ...] = ("description", "quantity", "unit_price", "amount")
ALLOCATION_KEYS: tuple[str, ...] = ("invoice_id", "amount")


@dataclass(frozen=True, slots=True)
class FieldValue:
    """One extracted value with its confidence and where it was read."""

    value: Value
    confidence: float
    tier: FieldTier
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    text: str | None = None
    # How the value was found ("right+checked", "letterhead", "table"...): the key confidence
    # calibration is fitted on. Internal; not part of the contract's JSON.
    basis: str | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "confidence": _unit(self.confidence),
            "tier": self.tier,
            "page": self.page,
            "bbox": [round(float(c), 2) for c in self.bbox] if self.bbox is not None else None,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class TierTrace:
    """One tier's run as recorded in the result's `tiers` list."""

    tier: TierName
    confidence: float
    cost: float
    time_ms: float
    outcome: Outcome
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "tier": self.tier,
            "confidence": _unit(self.confidence),
            "cost": max(0.0, float(self.cost)),
            "time_ms": round(max(0.0, float(self.time_ms)), 3),
            "outcome": self.outcome,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class ErrorInfo:
    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass
class ExtractionResult:
    status: Status
    document_id: str
    processing_time_ms: float
    tier_used: TierName | None
    confidence: float
    cost: float
    fields: dict[str, FieldValue] = field(default_factory=dict)
    document_type: DocumentType = "unknown"
    pages: int = 0
    quality_score: float = 0.0
    source_file: str | None = None
    source_format: Literal["pdf_text", "pdf_scanned", "image"] | None = None
    tiers: list[TierTrace] = field(default_factory=list)
    error: ErrorInfo | None = None
    processing_timestamp: str = field(default_factory=lambda: utc_timestamp())
    extra_metadata: dict[str, Any] = field(default_factory=dict)  # added keys, e.g. page_range, repaired

    def __post_init__(self) -> None:
        self.fields = compact_list_indices(self.fields)

    def value(self, path: str) -> Value | None:
        found = self.fields.get(path)
        return found.value if found is not None else None

    @property
    def results(self) -> dict[str, Any]:
        return build_results(self.fields)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] = {
            "document_type": self.document_type,
            "pages": int(self.pages),
            "processing_timestamp": self.processing_timestamp,
            "quality_score": _unit(self.quality_score),
            "source_file": self.source_file,
            "source_format": self.source_format,
        }
        metadata.update(self.extra_metadata)
        return {
            "status": self.status,
            "document_id": self.document_id,
            "processing_time_ms": round(max(0.0, self.processing_time_ms), 3),
            "tier_used": self.tier_used,
            "confidence": _unit(self.confidence),
            "cost": max(0.0, float(self.cost)),
            "results": self.results,
            "metadata": metadata,
            "fields": {path: fv.to_dict() for path, fv in sorted(self.fields.items(), key=lambda kv: _path_order(kv[0]))},
            "tiers": [t.to_dict() for t in self.tiers],
            "error": self.error.to_dict() if self.error is not None else None,
        }


LIST_PREFIXES: tuple[str, ...] = ("invoice_ids", "line_items", "payment_information.allocations")


def compact_list_indices(fields: dict[str, FieldValue]) -> dict[str, FieldValue]:
    """Renumber list items 0, 1, 2... in order, so a dotted path always names the item `results`
    shows at that position (a tier may skip an index when it drops a doubtful row)."""
    renumber: dict[str, str] = {}
    for prefix in LIST_PREFIXES:
        start = prefix + "."
        indices = sorted({int(head) for p in fields if p.startswith(start)
                          for head in [p[len(start):].split(".", 1)[0]] if head.isdigit()})
        if indices == list(range(len(indices))):
            continue
        position = {old: new for new, old in enumerate(indices)}
        for path in fields:
            if path.startswith(start):
                head, dot, rest = path[len(start):].partition(".")
                if head.isdigit():
                    renumber[path] = f"{start}{position[int(head)]}{dot}{rest}"
    if not renumber:
        return fields
    return {renumber.get(path, path): value for path, value in fields.items()}


def empty_results() -> dict[str, Any]:
    return build_results({})


def build_results(fields: dict[str, FieldValue]) -> dict[str, Any]:
    """Nest the flat field map into the contract's `results` block; absent values are null / []."""
    results: dict[str, Any] = {"invoice_ids": [], "document_date": None}
    for path in SCALAR_PATHS:
        found = fields.get(path)
        _set_path(results, path, found.value if found is not None else None)
    results["invoice_ids"] = [fields[p].value for p in _indexed(fields, "invoice_ids")]
    results["payment_information"]["allocations"] = _records(
        fields, "payment_information.allocations", ALLOCATION_KEYS)
    results["line_items"] = _records(fields, "line_items", LINE_ITEM_KEYS)
    ordered = {key: results[key] for key in (
        "invoice_ids", "document_date", "vendor_information", "customer_information", "financial_data",
        "payment_terms", "payment_information", "line_items")}
    return ordered


def _set_path(root: dict[str, Any], path: str, value: Any) -> None:
    head, _, leaf = path.rpartition(".")
    node = root
    if head:
        for part in head.split("."):
            node = node.setdefault(part, {})
    node[leaf] = value


def _indexed(fields: dict[str, FieldValue], prefix: str) -> list[str]:
    """Paths `prefix.N` in index order."""
    found = []
    for path in fields:
        head, _, index = path.rpartition(".")
        if head == prefix and index.isdigit():
            found.append((int(index), path))
    return [path for _, path in sorted(found)]


def _records(fields: dict[str, FieldValue], prefix: str, keys: tuple[str, ...]) -> list[dict[str, Any]]:
    indices: set[int] = set()
    start = prefix + "."
    for path in fields:
        if path.startswith(start):
            index = path[len(start):].split(".", 1)[0]
            if index.isdigit():
                indices.add(int(index))
    records = []
    for index in sorted(indices):
        record = {}
        for key in keys:
            found = fields.get(f"{prefix}.{index}.{key}")
            record[key] = found.value if found is not None else None
        records.append(record)
    return records


def _path_order(path: str) -> tuple[Any, ...]:
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in path.split("."))


def _unit(x: float) -> float:
    if x is None or math.isnan(x):
        return 0.0
    return round(min(1.0, max(0.0, float(x))), 4)


def utc_timestamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def failed_result(document_id: str, code: str, message: str, *, source_file: str | None,
                  processing_time_ms: float, source_format: Any = None, pages: int = 0) -> ExtractionResult:
    return ExtractionResult(
        status="failed", document_id=document_id, processing_time_ms=processing_time_ms, tier_used=None,
        confidence=0.0, cost=0.0, source_file=source_file, source_format=source_format, pages=pages,
        error=ErrorInfo(code=code, message=message),
    )
