"""Merging tiers per field: a later tier fills or overrules only what the earlier ones left in doubt.

Fields are merged in units (engine.calibration.unit_of): a scalar path is its own unit, a list
(invoice ids, line items, allocations) is one unit taken whole from one tier, since mixing items of
two tiers' tables would give a list that neither tier read.

Rules, for each unit:
- a unit the earlier tiers hold at or above the field threshold is settled: kept as it is;
- a unit in doubt (or missing) takes the later tier's value when that tier is more confident;
- when both tiers read the same value, the value keeps the stronger provenance and confidence.
The merged document's confidence is the chance that every unit is right: the product of the unit
confidences, the rule tier 1's calibration uses (engine.calibration).
"""

from __future__ import annotations

import math
from dataclasses import replace

from engine.calibration import unit_of
from engine.result import FieldValue
from engine.tiers.base import TierResult

# A field counts as settled, and is never sent to a later tier, at this calibrated confidence.
# Above the document threshold on purpose: a document of a dozen units at 0.9 each is right as a
# whole only about a third of the time.
DEFAULT_FIELD_THRESHOLD = 0.97


def units_of(fields: dict[str, FieldValue]) -> dict[str, dict[str, FieldValue]]:
    """The fields grouped by unit, in their original order."""
    units: dict[str, dict[str, FieldValue]] = {}
    for path, value in fields.items():
        units.setdefault(unit_of(path), {})[path] = value
    return units


def unit_confidence(unit_fields: dict[str, FieldValue]) -> float:
    """A unit is as sure as its least sure path (a list is right only when every item is)."""
    return min((value.confidence for value in unit_fields.values()), default=0.0)


def uncertain_units(fields: dict[str, FieldValue], field_threshold: float) -> list[str]:
    """Units reported below the field threshold, weakest first."""
    scored = [(unit_confidence(group), unit) for unit, group in units_of(fields).items()]
    return [unit for confidence, unit in sorted(scored) if confidence < field_threshold]


def document_confidence(fields: dict[str, FieldValue]) -> float:
    if not fields:
        return 0.0
    return round(math.prod(unit_confidence(group) for group in units_of(fields).values()), 4)


def merge(earlier: TierResult | None, later: TierResult, field_threshold: float = DEFAULT_FIELD_THRESHOLD
          ) -> TierResult:
    """The per-field merge of two tiers' results; `later` is the tier that just ran."""
    if earlier is None or not earlier.fields:
        return later
    if not later.fields:
        return earlier
    before, after = units_of(earlier.fields), units_of(later.fields)
    merged: dict[str, FieldValue] = {}
    overruled: list[str] = []
    for unit in _ordered_units(before, after):
        old, new = before.get(unit), after.get(unit)
        if old is None:
            merged.update(new or {})
            continue
        if new is None or unit_confidence(old) >= field_threshold:
            merged.update(old)
            continue
        if _same_values(old, new):
            merged.update(old if unit_confidence(old) >= unit_confidence(new) else new)
        elif unit_confidence(new) > unit_confidence(old):
            merged.update(new)
            overruled.append(unit)
        else:
            merged.update(old)
    contributors = {value.tier for value in merged.values()}
    tier = later.tier if later.tier in contributors else earlier.tier
    document_type = later.document_type if later.confidence > earlier.confidence else earlier.document_type
    doubtful = list(later.doubtful) + [f"{later.tier} overruled {unit}" for unit in overruled]
    return replace(
        later, tier=tier, fields=merged, document_type=document_type,
        confidence=document_confidence(merged),
        quality_score=later.quality_score if later.document is not None else earlier.quality_score,
        doubtful=doubtful, document=later.document or earlier.document,
    )


def _ordered_units(before: dict[str, dict[str, FieldValue]], after: dict[str, dict[str, FieldValue]]) -> list[str]:
    return list(before) + [unit for unit in after if unit not in before]


def _same_values(a: dict[str, FieldValue], b: dict[str, FieldValue]) -> bool:
    if set(a) != set(b):
        return False
    for path, value in a.items():
        other = b[path].value
        if isinstance(value.value, int | float) and isinstance(other, int | float):
            if abs(float(value.value) - float(other)) > 0.005:
                return False
        elif str(value.value).strip().casefold() != str(other).strip().casefold():
            return False
    return True
