"""The one scorer: run the engine over labelled documents and measure what it got right.

The CLI (`cashup eval`), the tests and the benchmarks all call `evaluate`, so every accuracy number
the project quotes is computed the same way.

Counting rules
--------------
- A scalar field (every path in `engine.result.SCALAR_PATHS`) is counted for a document when the
  truth or the prediction holds a non-null value: a value predicted where the truth is null is a
  false positive and counts as wrong; a truth value the engine left null counts as wrong.
- Matching: amounts (and line quantities / unit prices) equal within 0.005; dates equal as ISO
  strings (a non-ISO truth is parsed with the truth's locale first); currencies case-insensitively;
  ids (`vendor_id`, `customer_id`, `tax_id`, invoice ids) after
  `engine.normalize.identifiers.normalize_invoice_id` when that module exists (else upper-cased,
  whitespace collapsed); text fields exactly after collapsing whitespace and case-folding. Text
  fields also get a "normalised" accuracy (punctuation turned into spaces, whitespace collapsed,
  case-folded) and a mean fuzzy ratio (rapidfuzz, 0..1) in the table.
- `invoice_ids`: precision / recall over the normalised ids (as multisets). Allocations: precision /
  recall of (invoice id, amount) pairs. Line items: precision / recall of the amounts, and, for the
  truth lines whose amount was found, how many descriptions match (normalised text).
- The headline, **truth fields right**, is the fraction of all truth units the engine got right,
  where a unit is a non-null scalar field, one invoice id, one allocation or one line-item amount.
  **Reported fields right** is the same over the units the engine reported (its precision).
  `document_type` has its own row in the table but is not one of these units.
- A truth whose `extra["labelled_fields"]` lists paths (or list groups: `invoice_ids`, `line_items`,
  `payment_information.allocations`, and `document_type`) is scored on those only: SROIE labels
  four fields, so a tax id the engine reads from a receipt is neither right nor a false positive.
- A document is **fully right** when every unit it reported is right and every truth unit was found.
  The calibration table buckets document confidence and compares it with the fully-right rate.
"""

from __future__ import annotations

import functools
import math
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from engine.result import (
    AMOUNT_PATHS,
    DATE_PATHS,
    SCALAR_PATHS,
    ExtractionResult,
    build_results,
    failed_result,
)

AMOUNT_TOLERANCE = 0.005
CALIBRATION_EDGES: tuple[float, ...] = (0.0, 0.5, 0.7, 0.85, 0.95, 1.0)
ID_PATHS = frozenset({"vendor_information.vendor_id", "customer_information.customer_id",
                      "vendor_information.tax_id"})
TEXT_PATHS = frozenset(p for p in SCALAR_PATHS if p not in AMOUNT_PATHS | DATE_PATHS | ID_PATHS
                       and p != "financial_data.currency")
TABLE_PATHS: tuple[str, ...] = ("document_type", *SCALAR_PATHS)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Thresholds the straight-through curve is reported at (share accepted vs accuracy of the accepted).
STRAIGHT_THROUGH_THRESHOLDS = (0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99)


class TruthLike(Protocol):
    document_type: str
    results: dict[str, Any]
    extra: dict[str, Any]


class ItemLike(Protocol):
    """What `evaluate` needs of an item: `engine.datasets.CorpusItem` and `SroieItem` both fit."""

    @property
    def item_id(self) -> str: ...

    @property
    def truths(self) -> Sequence[Any]: ...

    @property
    def path(self) -> Any: ...

    @property
    def source(self) -> Any: ...


class EngineLike(Protocol):
    def extract(self, source: Any, tier_preference: Any = ..., threshold: float | None = ...) -> ExtractionResult: ...

    def extract_batch(self, source: Any, tier_preference: Any = ...,
                      threshold: float | None = ...) -> list[ExtractionResult]: ...


# ---------------------------------------------------------------------------------------------------
# Normalisation and matching


def collapse(text: str) -> str:
    """Whitespace collapsed and case-folded: the exact-match form of a text field."""
    return " ".join(str(text).split()).casefold()


def loose_text(text: str) -> str:
    """Punctuation (and symbols) turned into spaces, whitespace collapsed, case-folded."""
    cleaned = "".join(" " if unicodedata.category(ch)[0] in "PS" else ch for ch in str(text))
    return " ".join(cleaned.split()).casefold()


@functools.cache
def _id_normaliser() -> Any:
    try:
        from engine.normalize.identifiers import normalize_invoice_id
    except Exception:  # optional: the plain form below is used until the module exists
        return None
    return normalize_invoice_id


def normalise_id(value: Any) -> str:
    text = " ".join(str(value).split()).upper()
    normaliser = _id_normaliser()
    if normaliser is not None:
        try:
            found = normaliser(text)
        except Exception:
            found = None
        if isinstance(found, str) and found:
            return found.upper()
    return text


def normalise_date(value: Any, locale: str | None = None) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    if _ISO_DATE.match(text):
        return text
    from engine.datasets import parse_date_text

    parsed = parse_date_text(text, locale=locale)
    return parsed.isoformat() if parsed else text


def to_amount(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    from engine.datasets import parse_amount_text

    return parse_amount_text(str(value))


def amounts_equal(a: Any, b: Any) -> bool:
    x, y = to_amount(a), to_amount(b)
    return x is not None and y is not None and abs(x - y) <= AMOUNT_TOLERANCE + 1e-9


def field_kind(path: str) -> str:
    """'amount', 'date', 'currency', 'id' or 'text' for a scalar path (list paths by their leaf)."""
    leaf = path.rsplit(".", 1)[-1]
    if path in AMOUNT_PATHS or leaf in ("amount", "quantity", "unit_price"):
        return "amount"
    if path in DATE_PATHS:
        return "date"
    if path == "financial_data.currency":
        return "currency"
    if path in ID_PATHS or leaf == "invoice_id":
        return "id"
    return "text"


def values_match(path: str, truth: Any, predicted: Any, *, locale: str | None = None) -> bool:
    """Exact match of one field under the rules above; False when either side is null."""
    if truth is None or predicted is None:
        return False
    kind = field_kind(path)
    if kind == "amount":
        return amounts_equal(truth, predicted)
    if kind == "date":
        return normalise_date(truth, locale) == normalise_date(predicted, locale)
    if kind == "currency":
        return str(truth).strip().upper() == str(predicted).strip().upper()
    if kind == "id":
        return normalise_id(truth) == normalise_id(predicted)
    return collapse(truth) == collapse(predicted)


def loose_match(path: str, truth: Any, predicted: Any, *, locale: str | None = None) -> bool:
    if field_kind(path) != "text":
        return values_match(path, truth, predicted, locale=locale)
    return truth is not None and predicted is not None and loose_text(truth) == loose_text(predicted)


def fuzzy_ratio(truth: Any, predicted: Any) -> float:
    if truth is None or predicted is None:
        return 0.0
    a, b = collapse(truth), collapse(predicted)
    try:
        from rapidfuzz import fuzz
    except ImportError:  # rapidfuzz is a dependency; difflib keeps the scorer usable without it
        import difflib

        return difflib.SequenceMatcher(None, a, b).ratio()
    return fuzz.ratio(a, b) / 100.0


def flatten_results(results: dict[str, Any]) -> dict[str, Any]:
    """A contract `results` block (possibly partial) as {dotted path: value}, nulls dropped.

    Scalars under their SCALAR_PATHS; lists as `invoice_ids.N`, `line_items.N.<key>`,
    `payment_information.allocations.N.<key>`.
    """
    flat: dict[str, Any] = {}
    for path in SCALAR_PATHS:
        node: Any = results
        for part in path.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        if node is not None:
            flat[path] = node
    for index, value in enumerate(results.get("invoice_ids") or []):
        if value is not None:
            flat[f"invoice_ids.{index}"] = value
    payment = results.get("payment_information") or {}
    for prefix, records in (("payment_information.allocations", payment.get("allocations") or []),
                            ("line_items", results.get("line_items") or [])):
        for index, record in enumerate(records):
            for key, value in (record or {}).items():
                if value is not None:
                    flat[f"{prefix}.{index}.{key}"] = value
    return flat


def _records(flat: dict[str, Any], prefix: str) -> list[dict[str, Any]]:
    found: dict[int, dict[str, Any]] = {}
    start = prefix + "."
    for path, value in flat.items():
        if path.startswith(start):
            index, _, key = path[len(start):].partition(".")
            if index.isdigit() and key:
                found.setdefault(int(index), {})[key] = value
    return [found[i] for i in sorted(found)]


def _ids(flat: dict[str, Any]) -> list[str]:
    pairs = []
    for path, value in flat.items():
        head, _, index = path.rpartition(".")
        if head == "invoice_ids" and index.isdigit():
            pairs.append((int(index), normalise_id(value)))
    return [v for _, v in sorted(pairs)]


def _greedy_pairs(truth: list[Any], predicted: list[Any], same: Any) -> list[tuple[int, int]]:
    """Pairs (truth index, predicted index), each side used once, first match in order."""
    used: set[int] = set()
    pairs = []
    for i, t in enumerate(truth):
        for j, p in enumerate(predicted):
            if j not in used and same(t, p):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


# ---------------------------------------------------------------------------------------------------
# Report structures


@dataclass
class FieldStats:
    n: int = 0
    right: int = 0
    normalised_right: int = 0
    fuzzy_sum: float = 0.0
    text: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n, "right": self.right, "accuracy": _ratio(self.right, self.n),
            "normalised_right": self.normalised_right,
            "normalised_accuracy": _ratio(self.normalised_right, self.n),
            "fuzzy": round(self.fuzzy_sum / self.n, 4) if self.text and self.n else None,
        }


@dataclass
class SetStats:
    """Matches between predicted and truth elements (ids, allocation pairs, line amounts)."""

    matched: int = 0
    predicted: int = 0
    truth: int = 0

    @property
    def precision(self) -> float | None:
        return _ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float | None:
        return _ratio(self.matched, self.truth)

    def to_dict(self) -> dict[str, Any]:
        return {"matched": self.matched, "predicted": self.predicted, "truth": self.truth,
                "precision": self.precision, "recall": self.recall}


@dataclass
class DocumentRecord:
    """One truth document paired with the engine's result for it (either may be missing)."""

    id: str
    file: str
    document_type: str | None  # the truth's; None for a result that matched no truth document
    predicted_type: str | None
    status: str  # the result's status, or "missing" when the engine returned no result for it
    tier_used: str | None
    confidence: float | None
    cost: float
    time_ms: float | None
    truth_units: int = 0
    truth_right: int = 0
    reported_units: int = 0
    reported_right: int = 0
    right: list[str] = field(default_factory=list)
    wrong: list[dict[str, Any]] = field(default_factory=list)
    error: dict[str, str] | None = None

    @property
    def all_right(self) -> bool:
        """Every truth field found and every reported field right."""
        return self.truth_right == self.truth_units and self.reported_right == self.reported_units

    @property
    def reported_all_right(self) -> bool:
        """Every reported field right: what the contract's document confidence predicts ("among
        documents reported at 0.9, about 90% have every reported field right"). A field the
        document shows but the engine did not report is a miss, not a wrong report."""
        return self.reported_right == self.reported_units

    @property
    def has_prediction(self) -> bool:
        return self.status != "missing"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "file": self.file, "document_type": self.document_type,
            "predicted_type": self.predicted_type, "status": self.status, "tier_used": self.tier_used,
            "confidence": self.confidence, "cost": self.cost, "time_ms": _round(self.time_ms),
            "truth_fields": self.truth_units, "truth_fields_right": self.truth_right,
            "reported_fields": self.reported_units, "reported_fields_right": self.reported_right,
            "all_right": self.all_right, "reported_all_right": self.reported_all_right, "right": list(self.right), "wrong": list(self.wrong),
            "error": self.error,
        }


@dataclass
class EvaluationReport:
    documents: list[DocumentRecord] = field(default_factory=list)
    fields: dict[str, FieldStats] = field(default_factory=dict)
    invoice_ids: SetStats = field(default_factory=SetStats)
    allocations: SetStats = field(default_factory=SetStats)
    line_items: SetStats = field(default_factory=SetStats)
    line_descriptions_truth: int = 0
    line_descriptions_right: int = 0
    tier_preference: str = "auto"
    threshold: float | None = None
    wall_s: float = 0.0

    # -- derived numbers --------------------------------------------------------------------------
    @property
    def predicted(self) -> list[DocumentRecord]:
        return [d for d in self.documents if d.has_prediction]

    @property
    def truth_fields(self) -> tuple[int, int]:
        """(right, n) over every truth unit: the headline number."""
        return sum(d.truth_right for d in self.documents), sum(d.truth_units for d in self.documents)

    @property
    def reported_fields(self) -> tuple[int, int]:
        return sum(d.reported_right for d in self.documents), sum(d.reported_units for d in self.documents)

    @property
    def truth_fields_right(self) -> float | None:
        return _ratio(*self.truth_fields)

    @property
    def reported_fields_right(self) -> float | None:
        return _ratio(*self.reported_fields)

    @property
    def fully_right(self) -> float | None:
        return _ratio(sum(d.all_right for d in self.documents), len(self.documents))

    def status_counts(self) -> dict[str, int]:
        return dict(Counter(d.status for d in self.documents))

    def tier_share(self) -> dict[str, float]:
        docs = self.predicted
        counts = Counter(d.tier_used or "none" for d in docs)
        return {tier: round(n / len(docs), 4) for tier, n in counts.most_common()} if docs else {}

    def by_tier(self) -> dict[str, dict[str, Any]]:
        groups: dict[str, list[DocumentRecord]] = {}
        for d in self.predicted:
            groups.setdefault(d.tier_used or "none", []).append(d)
        return {tier: {
            "documents": len(docs),
            "truth_fields_right": _ratio(sum(d.truth_right for d in docs), sum(d.truth_units for d in docs)),
            "reported_fields_right": _ratio(sum(d.reported_right for d in docs),
                                            sum(d.reported_units for d in docs)),
            "fully_right": _ratio(sum(d.all_right for d in docs), len(docs)),
        } for tier, docs in groups.items()}

    def latency(self) -> dict[str, float | None]:
        times = [d.time_ms for d in self.predicted if d.time_ms is not None]
        return {"p50_ms": _round(percentile(times, 50)), "p95_ms": _round(percentile(times, 95)),
                "mean_ms": _round(sum(times) / len(times)) if times else None}

    @property
    def total_cost(self) -> float:
        return sum(d.cost for d in self.documents)

    def failures(self) -> list[dict[str, Any]]:
        return [{"id": d.id, "file": d.file, "code": (d.error or {}).get("code"),
                 "message": (d.error or {}).get("message")} for d in self.documents if d.status == "failed"]

    def calibration(self) -> dict[str, Any]:
        """The reliability table over documents that reported at least one field. A result with no
        field (a scan tier 1 cannot read, an empty page) claims nothing: it would count as "every
        reported field right" at whatever confidence it carries, so it is left out and counted."""
        claims = [d for d in self.predicted if d.reported_units > 0]
        table = calibration_table([(d.confidence or 0.0, d.reported_all_right) for d in claims])
        table["left_out_no_fields"] = len(self.predicted) - len(claims)
        return table

    def accepted(self) -> dict[str, Any]:
        docs = [d for d in self.documents if d.status == "success"]
        return {
            "documents": len(docs),
            "fully_right": _ratio(sum(d.all_right for d in docs), len(docs)),
            "all_reported_right": _ratio(sum(d.reported_all_right for d in docs), len(docs)),
            "field_precision": _ratio(sum(d.reported_right for d in docs), sum(d.reported_units for d in docs)),
        }

    def straight_through(self, thresholds: Sequence[float] = STRAIGHT_THROUGH_THRESHOLDS) -> list[dict[str, Any]]:
        """At each threshold: the share of documents that would be accepted automatically (confidence
        at or above it) and how right the accepted ones are, per reported field and as whole documents."""
        docs = self.predicted
        rows = []
        for threshold in thresholds:
            accepted = [d for d in docs if (d.confidence or 0.0) >= threshold]
            rows.append({
                "threshold": threshold,
                "accepted": len(accepted),
                "accepted_share": _ratio(len(accepted), len(docs)),
                "field_precision": _ratio(sum(d.reported_right for d in accepted),
                                          sum(d.reported_units for d in accepted)),
                "all_reported_right": _ratio(sum(d.reported_all_right for d in accepted), len(accepted)),
                "fully_right": _ratio(sum(d.all_right for d in accepted), len(accepted)),
            })
        return rows

    def to_dict(self) -> dict[str, Any]:
        truth_right, truth_n = self.truth_fields
        reported_right, reported_n = self.reported_fields
        return {
            "documents": len(self.documents),
            "tier_preference": self.tier_preference,
            "threshold": self.threshold,
            "truth_fields": {"n": truth_n, "right": truth_right, "accuracy": self.truth_fields_right},
            "reported_fields": {"n": reported_n, "right": reported_right, "precision": self.reported_fields_right},
            "fully_right": self.fully_right,
            "fields": {path: stats.to_dict() for path, stats in self.fields.items()},
            "invoice_ids": self.invoice_ids.to_dict(),
            "allocations": self.allocations.to_dict(),
            "line_items": {**self.line_items.to_dict(), "descriptions_truth": self.line_descriptions_truth,
                           "descriptions_right": self.line_descriptions_right,
                           "description_match_rate": _ratio(self.line_descriptions_right,
                                                            self.line_descriptions_truth)},
            "status_counts": self.status_counts(),
            "tier_share": self.tier_share(),
            "by_tier": self.by_tier(),
            "latency": self.latency(),
            "wall_s": round(self.wall_s, 3),
            "total_cost": round(self.total_cost, 6),
            "failures": self.failures(),
            "calibration": self.calibration(),
            "accepted": self.accepted(),
            "straight_through": self.straight_through(),
            "per_document": [d.to_dict() for d in self.documents],
        }

    def format_table(self) -> str:
        out: list[str] = []
        truth_right, truth_n = self.truth_fields
        reported_right, reported_n = self.reported_fields
        threshold = "default" if self.threshold is None else f"{self.threshold:g}"
        out.append(f"CashUp evaluation: {len(self.documents)} documents, tier={self.tier_preference}, "
                   f"threshold={threshold}, {self.wall_s:.1f} s")
        out.append(f"Truth fields right:    {truth_right}/{truth_n} = {_pct(self.truth_fields_right)}")
        out.append(f"Reported fields right: {reported_right}/{reported_n} = {_pct(self.reported_fields_right)}")
        out.append(f"Documents fully right: {sum(d.all_right for d in self.documents)}/{len(self.documents)}"
                   f" = {_pct(self.fully_right)}")
        out.append("")
        out.append(f"{'field':<40} {'n':>5} {'right':>6} {'acc':>7} {'norm':>7} {'fuzzy':>7}")
        for path, stats in self.fields.items():
            if not stats.n:
                continue
            row = stats.to_dict()
            fuzzy = "" if row["fuzzy"] is None else f"{row['fuzzy']:.3f}"
            out.append(f"{path:<40} {stats.n:>5} {stats.right:>6} {_pct(row['accuracy']):>7} "
                       f"{_pct(row['normalised_accuracy']):>7} {fuzzy:>7}")
        for name, matches in (("invoice_ids", self.invoice_ids), ("allocations", self.allocations),
                              ("line_items.amount", self.line_items)):
            if matches.truth or matches.predicted:
                out.append(f"{name:<40} P {_pct(matches.precision)}  R {_pct(matches.recall)}  "
                           f"({matches.matched} matched, {matches.predicted} predicted, {matches.truth} truth)")
        if self.line_descriptions_truth:
            out.append(f"{'line_items.description':<40} {self.line_descriptions_right}/"
                       f"{self.line_descriptions_truth} = "
                       f"{_pct(_ratio(self.line_descriptions_right, self.line_descriptions_truth))}")
        out.append("")
        out.append("Status: " + ", ".join(f"{k} {v}" for k, v in sorted(self.status_counts().items())))
        out.append("Tiers:  " + ", ".join(f"{k} {_pct(v)}" for k, v in self.tier_share().items()))
        for tier, row in self.by_tier().items():
            out.append(f"  {tier:<18} {row['documents']:>5} docs  truth fields {_pct(row['truth_fields_right'])}"
                       f"  precision {_pct(row['reported_fields_right'])}  fully right {_pct(row['fully_right'])}")
        lat = self.latency()
        out.append(f"Latency per document: p50 {_ms(lat['p50_ms'])}  p95 {_ms(lat['p95_ms'])}   "
                   f"Total cost: ${self.total_cost:.4f}")
        accepted = self.accepted()
        out.append(f"Accepted (status success): {accepted['documents']} docs, every reported field right "
                   f"{_pct(accepted['all_reported_right'])}, fully right {_pct(accepted['fully_right'])}, "
                   f"field precision {_pct(accepted['field_precision'])}")
        calibration = self.calibration()
        out.append("")
        out.append(f"{'confidence':<12} {'docs':>5} {'mean conf':>10} {'all reported right':>19}")
        for bucket in calibration["buckets"]:
            mean = "" if bucket["mean_confidence"] is None else f"{bucket['mean_confidence']:.3f}"
            out.append(f"{bucket['range']:<12} {bucket['count']:>5} {mean:>10} {_pct(bucket['fully_right']):>19}")
        ece = calibration["ece"]
        out.append(f"Expected calibration error: {'n/a' if ece is None else f'{ece:.4f}'}"
                   + (f" ({calibration['left_out_no_fields']} documents that reported no field left out)"
                      if calibration["left_out_no_fields"] else ""))
        out.append("")
        out.append(f"{'threshold':<10} {'accepted':>9} {'share':>7} {'field precision':>16} "
                   f"{'all reported right':>19} {'fully right':>12}")
        for row in self.straight_through():
            out.append(f"{row['threshold']:<10g} {row['accepted']:>9} {_pct(row['accepted_share']):>7} "
                       f"{_pct(row['field_precision']):>16} {_pct(row['all_reported_right']):>19} "
                       f"{_pct(row['fully_right']):>12}")
        failures = self.failures()
        if failures:
            out.append("")
            out.append(f"Failures ({len(failures)}):")
            for f in failures[:50]:
                out.append(f"  {f['id']:<30} {f['code']}")
        return "\n".join(out)


# ---------------------------------------------------------------------------------------------------
# Statistics helpers


def percentile(values: Iterable[float], q: float) -> float | None:
    """Linear interpolation between closest ranks (numpy's default); None for no values."""
    data = sorted(values)
    if not data:
        return None
    rank = (len(data) - 1) * q / 100.0
    low = math.floor(rank)
    high = min(low + 1, len(data) - 1)
    return data[low] + (data[high] - data[low]) * (rank - low)


def calibration_table(points: Sequence[tuple[float, bool]]) -> dict[str, Any]:
    """Bucket (confidence, every reported field right) pairs; ECE = Σ (n_b / N) · |right rate_b − mean conf_b|."""
    edges = CALIBRATION_EDGES
    buckets = []
    ece = 0.0
    for index, (low, high) in enumerate(zip(edges, edges[1:], strict=False)):
        last = index == len(edges) - 2
        inside = [(c, ok) for c, ok in points if low <= c < high or (last and c == high)]
        count = len(inside)
        rate = _ratio(sum(ok for _, ok in inside), count)
        mean = sum(c for c, _ in inside) / count if count else None
        if count:
            ece += count / len(points) * abs((rate or 0.0) - (mean or 0.0))
        buckets.append({"range": f"[{low:g},{high:g}{']' if last else ')'}", "count": count,
                        "fully_right": rate, "mean_confidence": _round(mean, 4)})
    return {"buckets": buckets, "ece": round(ece, 4) if points else None}


def _ratio(right: float, n: float) -> float | None:
    return round(right / n, 4) if n else None


def _round(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def _ms(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f} ms"


# ---------------------------------------------------------------------------------------------------
# Scoring


def score_document(report: EvaluationReport, record: DocumentRecord, truth: TruthLike | None,
                   result: ExtractionResult | None) -> None:
    """Compare one truth document with one result and add the counts to `report` and `record`."""
    truth_flat = flatten_results(truth.results) if truth is not None else {}
    predicted_flat = flatten_results(build_results(result.fields)) if result is not None else {}
    labelled = _labelled(truth)
    if labelled is not None:  # a dataset that labels only some fields scores only those
        truth_flat, predicted_flat = _in_scope(truth_flat, labelled), _in_scope(predicted_flat, labelled)
    locale = _locale(truth)

    def unit(path: str, truth_value: Any, predicted_value: Any, ok: bool) -> None:
        if truth_value is not None:
            record.truth_units += 1
            record.truth_right += ok
        if predicted_value is not None:
            record.reported_units += 1
            record.reported_right += ok
        if ok:
            record.right.append(path)
        else:
            record.wrong.append({"path": path, "truth": truth_value, "predicted": predicted_value})

    # document type: its own table row, not a unit
    truth_type = truth.document_type if truth is not None and truth.document_type != "unknown" else None
    predicted_type = result.document_type if result is not None and result.document_type != "unknown" else None
    if truth is not None and (truth_type or predicted_type) and (labelled is None or "document_type" in labelled):
        stats = report.fields.setdefault("document_type", FieldStats())
        stats.n += 1
        stats.right += truth_type == predicted_type
        stats.normalised_right += truth_type == predicted_type

    for path in SCALAR_PATHS:
        truth_value, predicted_value = truth_flat.get(path), predicted_flat.get(path)
        if truth_value is None and predicted_value is None:
            continue
        ok = values_match(path, truth_value, predicted_value, locale=locale)
        stats = report.fields.setdefault(path, FieldStats(text=path in TEXT_PATHS))
        stats.n += 1
        stats.right += ok
        stats.normalised_right += loose_match(path, truth_value, predicted_value, locale=locale)
        if stats.text:
            stats.fuzzy_sum += fuzzy_ratio(truth_value, predicted_value)
        unit(path, truth_value, predicted_value, ok)

    # invoice ids, as multisets of normalised ids
    truth_ids, predicted_ids = _ids(truth_flat), _ids(predicted_flat)
    common = Counter(truth_ids) & Counter(predicted_ids)
    matched = sum(common.values())
    report.invoice_ids.matched += matched
    report.invoice_ids.truth += len(truth_ids)
    report.invoice_ids.predicted += len(predicted_ids)
    spare = dict(common)
    for value in truth_ids:
        ok = spare.get(value, 0) > 0
        if ok:
            spare[value] -= 1
        unit("invoice_ids", value, None, ok)
    spare = dict(common)
    for value in predicted_ids:
        ok = spare.get(value, 0) > 0
        if ok:
            spare[value] -= 1
            record.reported_units += 1
            record.reported_right += 1
        else:
            unit("invoice_ids", None, value, False)

    # allocations: (invoice id, amount) pairs
    truth_allocs = _records(truth_flat, "payment_information.allocations")
    predicted_allocs = _records(predicted_flat, "payment_information.allocations")
    pairs = _greedy_pairs(truth_allocs, predicted_allocs, lambda t, p: (
        t.get("invoice_id") is not None and p.get("invoice_id") is not None
        and normalise_id(t["invoice_id"]) == normalise_id(p["invoice_id"])
        and (amounts_equal(t.get("amount"), p.get("amount"))
             or (t.get("amount") is None and p.get("amount") is None))))
    _count_pairs(report.allocations, record, "payment_information.allocations", truth_allocs, predicted_allocs,
                 pairs, unit)

    # line items: amounts, then descriptions of the matched lines
    truth_lines = [r for r in _records(truth_flat, "line_items") if r.get("amount") is not None]
    predicted_lines = [r for r in _records(predicted_flat, "line_items") if r.get("amount") is not None]
    pairs = _greedy_pairs(truth_lines, predicted_lines, lambda t, p: amounts_equal(t["amount"], p["amount"]))
    _count_pairs(report.line_items, record, "line_items.amount", truth_lines, predicted_lines, pairs, unit)
    matched_lines = dict(pairs)
    for index, line in enumerate(truth_lines):
        if line.get("description") is None:
            continue
        report.line_descriptions_truth += 1
        other = predicted_lines[matched_lines[index]] if index in matched_lines else None
        if other is not None and loose_match("line_items.description", line["description"],
                                             other.get("description")):
            report.line_descriptions_right += 1


def _count_pairs(stats: SetStats, record: DocumentRecord, path: str, truth: list[dict[str, Any]],
                 predicted: list[dict[str, Any]], pairs: list[tuple[int, int]], unit: Any) -> None:
    stats.matched += len(pairs)
    stats.truth += len(truth)
    stats.predicted += len(predicted)
    matched_truth = {i for i, _ in pairs}
    matched_predicted = {j for _, j in pairs}
    for index, value in enumerate(truth):
        unit(path, value, None, index in matched_truth)
    for index, value in enumerate(predicted):
        if index in matched_predicted:
            record.reported_units += 1
            record.reported_right += 1
        else:
            unit(path, None, value, False)


def _labelled(truth: TruthLike | None) -> frozenset[str] | None:
    """The truth's `labelled_fields` (paths or list groups such as `invoice_ids`), None for all."""
    value = (truth.extra or {}).get("labelled_fields") if truth is not None else None
    return frozenset(value) if isinstance(value, list | tuple) else None


def _in_scope(flat: dict[str, Any], labelled: frozenset[str]) -> dict[str, Any]:
    return {path: value for path, value in flat.items()
            if any(path == scope or path.startswith(scope + ".") for scope in labelled)}


def _locale(truth: TruthLike | None) -> str | None:
    if truth is None:
        return None
    value = (truth.extra or {}).get("locale")
    return value if isinstance(value, str) else None


# ---------------------------------------------------------------------------------------------------
# Running


def evaluate(engine: EngineLike, items: Iterable[ItemLike], *, tier_preference: str = "auto",
             threshold: float | None = None,
             on_document: Callable[[DocumentRecord, ExtractionResult | None], None] | None = None,
             ) -> EvaluationReport:
    """Run `engine` over labelled items and score every document.

    Each item is run with `extract_batch`; when the number of results equals the number of truth
    documents they are paired in order. An item with one truth whose batch split differently is run
    again with `extract` (the whole file as one document). Otherwise results and truths are paired
    in order and the leftovers recorded: a truth without a result as status "missing" (its fields
    unfound), a result without a truth as a document whose reported fields are all wrong.
    """
    report = EvaluationReport(tier_preference=tier_preference, threshold=threshold)
    started = time.perf_counter()
    for item in items:
        truths = list(item.truths)
        file_name = _file_name(item)
        results, elapsed_ms = _run(engine, item, file_name, tier_preference, threshold,
                                   batch=True)
        if len(truths) == 1 and len(results) != 1:
            results, elapsed_ms = _run(engine, item, file_name, tier_preference, threshold, batch=False)
        per_document_ms = elapsed_ms / max(1, len(results))
        for index in range(max(len(truths), len(results))):
            truth = truths[index] if index < len(truths) else None
            result = results[index] if index < len(results) else None
            many = len(truths) > 1 or len(results) > 1
            record = DocumentRecord(
                id=f"{item.item_id}#{index + 1}" if many else str(item.item_id),
                file=file_name,
                document_type=truth.document_type if truth is not None else None,
                predicted_type=result.document_type if result is not None else None,
                status=result.status if result is not None else "missing",
                tier_used=result.tier_used if result is not None else None,
                confidence=result.confidence if result is not None else None,
                cost=float(result.cost) if result is not None else 0.0,
                time_ms=per_document_ms if result is not None else None,
                error=result.error.to_dict() if result is not None and result.error is not None else None,
            )
            score_document(report, record, truth, result)
            report.documents.append(record)
            if on_document is not None:
                on_document(record, result)
    report.wall_s = time.perf_counter() - started
    # table rows in contract order
    report.fields = {p: report.fields[p] for p in TABLE_PATHS if p in report.fields}
    return report


def _run(engine: EngineLike, item: ItemLike, file_name: str, tier_preference: str, threshold: float | None,
         *, batch: bool) -> tuple[list[ExtractionResult], float]:
    started = time.perf_counter()
    try:
        source = item.source
        if batch:
            results = list(engine.extract_batch(source, tier_preference=tier_preference, threshold=threshold))
        else:
            results = [engine.extract(source, tier_preference=tier_preference, threshold=threshold)]
    except Exception as error:  # the engine should never raise; if it does, it costs this item only
        elapsed = (time.perf_counter() - started) * 1000
        results = [failed_result(f"eval_{item.item_id}", "internal_error", f"{type(error).__name__}: {error}",
                                 source_file=file_name, processing_time_ms=elapsed)]
    return results, (time.perf_counter() - started) * 1000


def _file_name(item: ItemLike) -> str:
    path = getattr(item, "path", None)
    return getattr(path, "name", None) or str(path or item.item_id)
