"""Confidence that means what it says, fitted on documents with known answers.

Each reported value carries a `basis`: how it was found ("right+checked": right of its label and
confirmed by a cross-field check; "letterhead"; "table"...). On a development corpus we count, per
field and basis, how often such values were right; at run time a value's confidence is that
measured accuracy (Laplace-smoothed, so a bucket never seen wrong still reads below 1). Lists
(invoice ids, line items, allocations) are scored as one unit each, right when every item is.

Buckets are also counted per kind of document (invoice, remittance, receipt: `type_group`), because
the same basis is not equally reliable everywhere: a letterhead vendor name on a receipt is read
from a shop's header block, on a remittance from a bank's or an ERP's form. A kind-specific bucket is
used when it has enough samples; otherwise the bucket over all kinds.

A document's confidence is the chance that every reported unit is right, as the contract asks
("among documents reported at 0.9, about 90% have every reported field right"). The product of the
unit confidences would be that chance if units failed independently; they do not (a misread layout
costs several fields at once, a passed net + tax = total check vouches for three), so a small
logistic model over document features (the log product, the weakest unit, how many units sit
below 0.9, cross-field checks passed and failed, missing required fields, the document type) maps
them to the measured rate of fully right documents. It is fitted on the same development sets,
after the unit table. Buckets with too few samples keep the tier's own estimate, scaled down.

Fit with `cashup calibrate` (see README); the table lives in models/tier1_calibration.json.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from engine.result import LIST_PREFIXES, FieldValue

CALIBRATION_FILE = "tier1_calibration.json"
MIN_SAMPLES = 20
UNSEEN_SCALE = 0.9  # an uncalibrated bucket's own estimate is trusted a little less


def load_configured(config: Any) -> Calibration | None:
    """The calibration an EngineConfig asks for: its `calibration_file`, else the bundled table;
    None when it turns calibration off. A named file that cannot be read is an error, not a silent
    fallback to the bundled table."""
    if not getattr(config, "calibrated", True):
        return None
    chosen = getattr(config, "calibration_file", None)
    if chosen is None:
        from engine.resources import models_dir

        return Calibration.load(models_dir() / CALIBRATION_FILE)
    path = Path(chosen)
    if not path.is_file():
        raise FileNotFoundError(f"calibration file not found: {path}")
    return Calibration.load(path)


def type_group(document_type: str | None) -> str | None:
    """The kind of document a bucket is counted for: remittances and receipts apart from invoices
    (credit notes and statements read like invoices); None when the type is not known."""
    if not document_type or document_type == "unknown":
        return None
    return {"remittance_advice": "remittance", "receipt": "receipt"}.get(document_type, "invoice")


def unit_of(path: str) -> str:
    """The unit a path is scored in: a scalar path itself, or its list ("line_items.3.amount" -> "line_items")."""
    for prefix in LIST_PREFIXES:
        if path == prefix or path.startswith(prefix + "."):
            return prefix
    return path


DOCUMENT_FEATURES = ("bias", "log_product", "weakest", "units_below_0.9", "units_checked", "checks_failed",
                     "missing_required", "units", "type_invoice", "type_remittance_advice", "type_receipt",
                     "type_credit_note")
# Besides those, one indicator per reported unit and the basis it was found by ("unit:vendor_information.
# vendor_name|letterhead"): the unit table says how often such a value is right on its own, the
# indicator's weight how much its being wrong tends to go with the rest of the document being wrong
# (a letterhead name on an unfamiliar form comes with a misread layout more often than a checked total).
UNIT_PREFIX = "unit:"
MIN_INDICATOR_DOCUMENTS = 5  # an indicator seen on fewer fitting documents gets no weight
L2_PENALTY = 1.0


@dataclass
class DocumentModel:
    """Logistic regression from named document features to P(every reported unit right)."""

    weights: dict[str, float]

    def probability(self, features: dict[str, float]) -> float:
        z = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def fit(cls, rows: list[dict[str, float]], labels: list[bool], l2: float = L2_PENALTY,
            min_documents: int = MIN_INDICATOR_DOCUMENTS) -> DocumentModel:
        """Newton's method on the L2-penalised log loss (the bias is not penalised); deterministic."""
        import numpy as np

        seen: dict[str, int] = {}
        for row in rows:
            for name in row:
                if name.startswith(UNIT_PREFIX):
                    seen[name] = seen.get(name, 0) + 1
        names = list(DOCUMENT_FEATURES) + sorted(n for n, count in seen.items() if count >= min_documents)
        x = np.asarray([[row.get(name, 0.0) for name in names] for row in rows], dtype=float)
        y = np.asarray(labels, dtype=float)
        w = np.zeros(x.shape[1])
        penalty = np.full(x.shape[1], l2)
        penalty[0] = 0.0
        for _ in range(50):
            p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
            gradient = x.T @ (p - y) + penalty * w
            hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
            step = np.linalg.solve(hessian, gradient)
            w -= step
            if float(np.max(np.abs(step))) < 1e-8:
                break
        return cls(weights={name: round(float(v), 6) for name, v in zip(names, w, strict=True)})


def document_features(fields: dict[str, FieldValue], document_type: str = "unknown",
                      doubtful: Iterable[str] = ()) -> dict[str, float]:
    """The document model's inputs by name (DOCUMENT_FEATURES and one indicator per unit), from
    calibrated unit confidences."""
    from engine.router import RoutingPolicy

    required = RoutingPolicy().required_fields.get(document_type, ("financial_data.total_amount",))
    missing_required = sum(1 for r in required if r not in fields and not any(p.startswith(r + ".") for p in fields))
    units: dict[str, float] = {}
    checked: set[str] = set()
    for path, value in fields.items():
        unit = unit_of(path)
        units[unit] = min(units.get(unit, 1.0), value.confidence)
        if value.basis and "+checked" in value.basis:
            checked.add(unit)
    confidences = list(units.values()) or [0.0]
    failed = sum(1 for reason in doubtful if reason.startswith("check "))
    dense = [
        1.0,
        sum(math.log(max(c, 1e-4)) for c in confidences),
        min(confidences),
        float(sum(c < 0.9 for c in confidences)),
        float(len(checked)),
        float(failed),
        float(missing_required),
        float(len(units)),
        *(float(document_type == t) for t in ("invoice", "remittance_advice", "receipt", "credit_note")),
    ]
    features = dict(zip(DOCUMENT_FEATURES, dense, strict=True))
    for unit, basis in unit_basis(fields).items():
        features[f"{UNIT_PREFIX}{unit}|{basis}"] = 1.0
    return features


@dataclass
class Calibration:
    counts: dict[str, list[int]] = field(default_factory=dict)  # "unit|basis" -> [seen, right]
    fitted_on: list[str] = field(default_factory=list)
    min_samples: int = MIN_SAMPLES
    document_model: DocumentModel | None = None

    @classmethod
    def load(cls, path: Path) -> Calibration | None:
        if not path.is_file():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(counts={k: list(v) for k, v in data["counts"].items()}, fitted_on=data.get("fitted_on", []),
                   min_samples=data.get("min_samples", MIN_SAMPLES),
                   document_model=_stored_model(data.get("document_model")))

    def save(self, path: Path) -> None:
        data: dict[str, Any] = {"version": 3, "min_samples": self.min_samples, "fitted_on": self.fitted_on,
                                "counts": dict(sorted(self.counts.items()))}
        if self.document_model is not None:
            data["document_model"] = {"weights": dict(sorted(self.document_model.weights.items()))}
        path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")

    def record(self, unit: str, basis: str, right: bool, document_type: str | None = None) -> None:
        group = type_group(document_type)
        for key in (f"{unit}|{basis}", f"{unit}|{basis}|{group}" if group else None):
            if key is None:
                continue
            seen = self.counts.setdefault(key, [0, 0])
            seen[0] += 1
            seen[1] += int(right)

    def accuracy(self, unit: str, basis: str, document_type: str | None = None) -> float | None:
        """Measured accuracy of the bucket, from the document kind's own counts when they are enough."""
        group = type_group(document_type)
        for key in (f"{unit}|{basis}|{group}" if group else None, f"{unit}|{basis}"):
            seen = self.counts.get(key) if key else None
            if seen is not None and seen[0] >= self.min_samples:
                return (seen[1] + 1) / (seen[0] + 2)
        return None

    def apply(self, fields: dict[str, FieldValue], *, document_type: str = "unknown", doubtful: Iterable[str] = ()
              ) -> tuple[dict[str, FieldValue], float]:
        """Calibrated fields, and the document's confidence that every unit is right."""
        calibrated = self.calibrate_fields(fields, document_type)
        return calibrated, self.document_confidence(calibrated, document_type=document_type, doubtful=doubtful)

    def calibrate_fields(self, fields: dict[str, FieldValue], document_type: str | None = None
                         ) -> dict[str, FieldValue]:
        calibrated: dict[str, FieldValue] = {}
        for path, value in fields.items():
            measured = self.accuracy(unit_of(path), value.basis or "", document_type)
            confidence = measured if measured is not None else value.confidence * UNSEEN_SCALE
            calibrated[path] = replace(value, confidence=round(confidence, 4))
        return calibrated

    def document_confidence(self, calibrated: dict[str, FieldValue], *, document_type: str = "unknown",
                            doubtful: Iterable[str] = ()) -> float:
        if not calibrated:
            return 0.0
        if self.document_model is None:
            units: dict[str, float] = {}
            for path, value in calibrated.items():
                units[unit_of(path)] = min(units.get(unit_of(path), 1.0), value.confidence)
            return round(math.prod(units.values()), 4)
        features = document_features(calibrated, document_type, doubtful)
        return round(self.document_model.probability(features), 4)


def _stored_model(model: dict[str, Any] | None) -> DocumentModel | None:
    """The document model of a stored table: named weights, or (tables of version 2) a list in
    the order of its "features"; a list from another feature set is dropped (product rule)."""
    if not model:
        return None
    weights = model.get("weights")
    if isinstance(weights, dict):
        return DocumentModel({str(k): float(v) for k, v in weights.items()})
    if list(model.get("features", [])) != list(DOCUMENT_FEATURES):
        return None
    return DocumentModel(dict(zip(DOCUMENT_FEATURES, map(float, weights or []), strict=True)))


def unit_basis(fields: dict[str, FieldValue]) -> dict[str, str]:
    """Each unit's basis: a list takes the basis of its weakest-looking item."""
    bases: dict[str, tuple[float, str]] = {}
    for path, value in fields.items():
        unit = unit_of(path)
        if unit not in bases or value.confidence < bases[unit][0]:
            bases[unit] = (value.confidence, value.basis or "")
    return {unit: basis for unit, (_, basis) in bases.items()}


def fit(records: Iterable[tuple[Any, ...]], fitted_on: list[str],
        documents: Iterable[DocumentOutcome] = ()) -> Calibration:
    """Count, per unit and basis, how often a reported unit was right; then, when `documents` are
    given, fit the document model on their calibrated fields.

    `records` gives, per document, the fields the tier reported (uncalibrated), the set of units
    the evaluator found wrong and, optionally third, the document type the tier gave it."""
    calibration = Calibration(fitted_on=fitted_on)
    for fields, wrong_units, *rest in records:
        document_type = rest[0] if rest else None
        for unit, basis in unit_basis(fields).items():
            calibration.record(unit, basis, unit not in wrong_units, document_type)
    # A document that reported nothing (a scan tier 1 cannot read) is "fully right" only vacuously
    # and gets confidence 0 by rule: fitted on, it would teach that no units at all means right.
    documents = [d for d in documents if d.fields]
    if documents and len({d.fully_right for d in documents}) == 2:
        rows = [document_features(calibration.calibrate_fields(d.fields, d.document_type), d.document_type,
                                  d.doubtful)
                for d in documents]
        calibration.document_model = DocumentModel.fit(rows, [d.fully_right for d in documents])
    return calibration


@dataclass
class DocumentOutcome:
    """One development document as the document model sees it: what the tier reported and whether
    the evaluator found every reported field right."""

    fields: dict[str, FieldValue]
    document_type: str
    doubtful: list[str]
    fully_right: bool


def wrong_units(record: Any) -> set[str]:
    """Units an evaluation record counts wrong: a reported value that is wrong, or any wrong or
    missed item of a list (a list is right only when it is whole)."""
    wrong = set()
    for entry in record.wrong:
        unit = unit_of(entry["path"])
        if unit in LIST_PREFIXES or entry.get("predicted") is not None:
            wrong.add(unit)
    return wrong


def fit_on(engine: Any, items: list[Any], names: list[str], document_items: list[Any] | None = None,
           tier_preference: str = "tier1") -> Calibration:
    """Run `engine` (built without calibration) over labelled items and fit the table.

    The unit table is counted on `items`; the document model is fitted on `document_items` (default:
    the same items). Keeping them apart lets the document model learn from sets whose layouts the
    rules were not tuned on, where tier 1 is wrong as often as it will be on new documents.
    `tier_preference` "tier3" fits tier 3's table instead (the engine must reach a real endpoint:
    a test server that answers from the truth would calibrate nothing)."""
    from engine.evaluation import evaluate

    collected: list[tuple[dict[str, FieldValue], set[str], str]] = []
    documents: list[DocumentOutcome] = []
    for_units = {id(item) for item in items}
    for_documents = for_units if document_items is None else {id(item) for item in document_items}
    every = list(items) + [item for item in document_items or [] if id(item) not in for_units]
    current: list[Any] = []

    def keep(record: Any, result: Any) -> None:
        if result is None or result.status == "failed":
            return
        item = current[0]
        if id(item) in for_units:
            collected.append((result.fields, wrong_units(record), result.document_type))
        if id(item) in for_documents:
            # The tier's failed checks reach the result only through its trace's reason.
            reasons = [part.strip() for trace in result.tiers if trace.reason for part in trace.reason.split(";")]
            documents.append(DocumentOutcome(result.fields, result.document_type,
                                             [r for r in reasons if r.startswith("check ")],
                                             bool(record.reported_all_right)))

    for item in every:  # one at a time, so that each record is known to come from its item
        current[:] = [item]
        evaluate(engine, [item], tier_preference=tier_preference, on_document=keep)
    return fit(collected, names, documents)


TIER2_CALIBRATION_FILE = "tier2_calibration.json"
POWER_GRID = [round(0.2 + 0.01 * step, 2) for step in range(281)]  # exponents 0.20 ... 3.00


@dataclass
class PowerCalibration:
    """Tier 2's document confidence mapped through a power, p ** exponent.

    Tier 2 scores an OCRed document as the product of its calibrated unit confidences, each further
    lowered by the OCR confidence of its words. Units read from one receipt do not fail
    independently, so the product runs low (SROIE training receipts, session 14: documents at a mean
    0.21 were fully right 30% of the time), but it orders documents well; one exponent fitted by log
    loss on labelled scans keeps that order and fixes the scale. Fit with `cashup calibrate --tier
    tier2` (README); the engine reads models/tier2_calibration.json when it exists."""

    exponent: float
    fitted_on: list[str] = field(default_factory=list)

    def apply(self, confidence: float) -> float:
        return round(confidence ** self.exponent, 4) if confidence > 0 else 0.0

    @classmethod
    def load(cls, path: Path) -> PowerCalibration | None:
        if not path.is_file():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(exponent=float(data["exponent"]), fitted_on=list(data.get("fitted_on", [])))

    def save(self, path: Path) -> None:
        data = {"version": 1, "exponent": self.exponent, "fitted_on": self.fitted_on}
        path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def fit_power(points: Iterable[tuple[float, bool]]) -> float:
    """The exponent (on a grid of 0.01, deterministic) that minimises the log loss of
    (confidence ** exponent) against whether the document was fully right; 1.0 without points."""
    rows = [(min(max(confidence, 1e-4), 1 - 1e-4), right) for confidence, right in points]
    if not rows or len({right for _, right in rows}) < 2:
        return 1.0

    def loss(exponent: float) -> float:
        total = 0.0
        for confidence, right in rows:
            mapped = min(max(confidence ** exponent, 1e-6), 1 - 1e-6)
            total -= math.log(mapped if right else 1 - mapped)
        return total

    return min(POWER_GRID, key=lambda exponent: (loss(exponent), abs(exponent - 1.0)))


def load_tier2(config: Any) -> PowerCalibration | None:
    """Tier 2's bundled power calibration; None when the config turns calibration off or none is bundled."""
    if not getattr(config, "calibrated", True) or not getattr(config, "tier2_power", True):
        return None
    from engine.resources import models_dir

    return PowerCalibration.load(models_dir() / TIER2_CALIBRATION_FILE)


def fit_tier2(items: list[Any], names: list[str], config: Any) -> PowerCalibration:
    """Run tier 2 (its power calibration off) over labelled scans and fit the exponent on its
    document confidences against whether every reported field was right."""
    from dataclasses import replace as replace_config

    from engine.api import Engine
    from engine.evaluation import evaluate

    engine = Engine(replace_config(config, tier2_power=False))
    points: list[tuple[float, bool]] = []

    def keep(record: Any, result: Any) -> None:
        if result is not None and result.status != "failed" and result.fields:
            points.append((float(result.confidence or 0.0), bool(record.reported_all_right)))

    evaluate(engine, items, tier_preference="tier2", on_document=keep)
    return PowerCalibration(exponent=fit_power(points),
                            fitted_on=[*names, f"{len(points)} documents with fields"])
