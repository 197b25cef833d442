"""Confidence that means what it says, fitted on documents with known answers.

Each reported value carries a `basis`: how it was found ("right+checked": right of its label and
confirmed by a cross-field check; "letterhead"; "table"...). On a development corpus we count, per
field and basis, how often such values were right; at run time a value's confidence is that
measured accuracy (Laplace-smoothed, so a bucket never seen wrong still reads below 1). Lists
(invoice ids, line items, allocations) are scored as one unit each, right when every item is.

A document's confidence is the chance that every reported unit is right: the product of the unit
confidences, as the contract asks ("among documents reported at 0.9, about 90% have every
reported field right"). Buckets with too few samples keep the tier's own estimate, scaled down.

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


def unit_of(path: str) -> str:
    """The unit a path is scored in: a scalar path itself, or its list ("line_items.3.amount" -> "line_items")."""
    for prefix in LIST_PREFIXES:
        if path == prefix or path.startswith(prefix + "."):
            return prefix
    return path


@dataclass
class Calibration:
    counts: dict[str, list[int]] = field(default_factory=dict)  # "unit|basis" -> [seen, right]
    fitted_on: list[str] = field(default_factory=list)
    min_samples: int = MIN_SAMPLES

    @classmethod
    def load(cls, path: Path) -> Calibration | None:
        if not path.is_file():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(counts={k: list(v) for k, v in data["counts"].items()}, fitted_on=data.get("fitted_on", []),
                   min_samples=data.get("min_samples", MIN_SAMPLES))

    def save(self, path: Path) -> None:
        data = {"version": 1, "min_samples": self.min_samples, "fitted_on": self.fitted_on,
                "counts": dict(sorted(self.counts.items()))}
        path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")

    def record(self, unit: str, basis: str, right: bool) -> None:
        seen = self.counts.setdefault(f"{unit}|{basis}", [0, 0])
        seen[0] += 1
        seen[1] += int(right)

    def accuracy(self, unit: str, basis: str) -> float | None:
        seen = self.counts.get(f"{unit}|{basis}")
        if seen is None or seen[0] < self.min_samples:
            return None
        return (seen[1] + 1) / (seen[0] + 2)

    def apply(self, fields: dict[str, FieldValue]) -> tuple[dict[str, FieldValue], float]:
        """Calibrated fields, and the document's confidence that every unit is right."""
        calibrated: dict[str, FieldValue] = {}
        units: dict[str, float] = {}
        for path, value in fields.items():
            measured = self.accuracy(unit_of(path), value.basis or "")
            confidence = measured if measured is not None else value.confidence * UNSEEN_SCALE
            calibrated[path] = replace(value, confidence=round(confidence, 4))
            unit = unit_of(path)
            units[unit] = min(units.get(unit, 1.0), confidence)
        document = math.prod(units.values()) if units else 0.0
        return calibrated, round(document, 4)


def unit_basis(fields: dict[str, FieldValue]) -> dict[str, str]:
    """Each unit's basis: a list takes the basis of its weakest-looking item."""
    bases: dict[str, tuple[float, str]] = {}
    for path, value in fields.items():
        unit = unit_of(path)
        if unit not in bases or value.confidence < bases[unit][0]:
            bases[unit] = (value.confidence, value.basis or "")
    return {unit: basis for unit, (_, basis) in bases.items()}


def fit(records: Iterable[tuple[dict[str, FieldValue], set[str]]], fitted_on: list[str]) -> Calibration:
    """Count, per unit and basis, how often a reported unit was right.

    `records` gives, per document, the fields the tier reported (uncalibrated) and the set of units
    the evaluator found wrong."""
    calibration = Calibration(fitted_on=fitted_on)
    for fields, wrong_units in records:
        for unit, basis in unit_basis(fields).items():
            calibration.record(unit, basis, unit not in wrong_units)
    return calibration


def wrong_units(record: Any) -> set[str]:
    """Units an evaluation record counts wrong: a reported value that is wrong, or any wrong or
    missed item of a list (a list is right only when it is whole)."""
    wrong = set()
    for entry in record.wrong:
        unit = unit_of(entry["path"])
        if unit in LIST_PREFIXES or entry.get("predicted") is not None:
            wrong.add(unit)
    return wrong


def fit_on(engine: Any, items: list[Any], names: list[str]) -> Calibration:
    """Run `engine` (built without calibration) over labelled items and fit the table."""
    from engine.evaluation import evaluate

    collected: list[tuple[dict[str, FieldValue], set[str]]] = []

    def keep(record: Any, result: Any) -> None:
        if result is not None and result.status != "failed":
            collected.append((result.fields, wrong_units(record)))

    evaluate(engine, items, tier_preference="tier1", on_document=keep)
    return fit(collected, names)
