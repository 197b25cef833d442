"""Compare two `cashup eval --json` reports of the same set, document by document.

Tuning a pattern or a rule changes some documents for the better and, easily unnoticed, others for
the worse. This prints what a data scientist needs before committing a change:

    python benchmarks/compare_evals.py BEFORE.json AFTER.json            # summary, families, changed documents
    python benchmarks/compare_evals.py BEFORE.json AFTER.json --fields    # ... and the fields each one gained or lost
    python benchmarks/compare_evals.py REPORT.json                        # one report: summary and families

A document's family is its folder (`/tmp/hval/saas_invoice/...`), else the family in its hold-out
file name (`ho_0007_fi_lasku.pdf`), else its true document type.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

_HOLDOUT_NAME = re.compile(r"^ho_\d+_(?P<family>.+?)(?:_scan)?\.[a-z]+$")


def family_of(document: dict[str, Any]) -> str:
    file_name = document.get("file") or document.get("id") or ""
    parts = Path(file_name).parts
    if len(parts) > 1:
        return parts[-2]
    named = _HOLDOUT_NAME.match(parts[-1] if parts else "")
    if named:
        return named["family"]
    return document.get("document_type") or "unknown"


def summary(report: dict[str, Any]) -> dict[str, Any]:
    accepted = report.get("accepted", {})
    return {
        "documents": report["documents"],
        "truth_fields_right": report["truth_fields"]["accuracy"],
        "fully_right": report.get("fully_right"),
        "ece": report.get("calibration", {}).get("ece"),
        "accepted": accepted.get("documents"),
        "accepted_field_precision": accepted.get("field_precision"),
    }


def by_family(report: dict[str, Any]) -> dict[str, dict[str, float]]:
    totals: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0, 0.0])
    for document in report["per_document"]:
        row = totals[family_of(document)]
        row[0] += document["truth_fields_right"]
        row[1] += document["truth_fields"]
        row[2] += 1
        row[3] += document["confidence"] or 0.0
    return {family: {"truth_fields_right": right / n if n else 0.0, "documents": docs,
                     "mean_confidence": confidence / docs}
            for family, (right, n, docs, confidence) in sorted(totals.items())}


def changed_documents(before: dict[str, Any], after: dict[str, Any]) -> list[dict[str, Any]]:
    """Documents whose right truth fields or confidence changed, worst losses first."""
    earlier = {document["id"]: document for document in before["per_document"]}
    changes = []
    for document in after["per_document"]:
        old = earlier.get(document["id"])
        if old is None:
            continue
        gained = document["truth_fields_right"] - old["truth_fields_right"]
        wrong_before = {entry["path"]: entry for entry in old["wrong"]}
        wrong_after = {entry["path"]: entry for entry in document["wrong"]}
        newly_wrong = [entry for path, entry in wrong_after.items()
                       if path not in wrong_before or wrong_before[path]["predicted"] != entry["predicted"]]
        mended = [path for path in wrong_before if path not in wrong_after]
        confidence_moved = abs((document["confidence"] or 0.0) - (old["confidence"] or 0.0)) > 1e-9
        if gained or newly_wrong or mended or confidence_moved:
            changes.append({"id": document["id"], "family": family_of(document), "gained": gained,
                            "confidence": (old["confidence"], document["confidence"]),
                            "newly_wrong": newly_wrong, "mended": mended})
    return sorted(changes, key=lambda change: (change["gained"], change["id"]))


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.2f}"


def _line(name: str, before: Any, after: Any = None) -> str:
    return f"  {name:<26} {before!s:>10}" + ("" if after is None else f" -> {after!s:>10}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="+", type=Path, help="one report, or BEFORE and AFTER")
    parser.add_argument("--fields", action="store_true", help="list the fields each changed document lost or mended")
    args = parser.parse_args(argv)
    if len(args.reports) > 2:
        parser.error("give one report, or two to compare")
    reports = [json.loads(path.read_text(encoding="utf-8")) for path in args.reports]
    first, last = reports[0], reports[-1]
    pair = len(reports) == 2

    print("summary")
    a, b = summary(first), summary(last)
    for key in a:
        before_value, after_value = a[key], b[key]
        if key in ("truth_fields_right", "fully_right", "accepted_field_precision"):
            before_value, after_value = _pct(before_value), _pct(after_value)
        print(_line(key, before_value, after_value if pair else None))

    print("families (truth fields right %, documents, mean confidence)")
    fa, fb = by_family(first), by_family(last)
    for family in sorted(set(fa) | set(fb)):
        x, y = fa.get(family), fb.get(family)
        text = f"  {family:<32} {_pct(x and x['truth_fields_right']):>7}"
        if pair:
            text += f" -> {_pct(y and y['truth_fields_right']):>7}"
        shown = y or x
        print(f"{text}  n={shown['documents']:<3} conf={shown['mean_confidence']:.2f}")

    if pair:
        changes = changed_documents(first, last)
        worse = [c for c in changes if c["gained"] < 0 or c["newly_wrong"]]
        better = [c for c in changes if c["gained"] > 0 and not c["newly_wrong"]]
        print(f"documents: {len(worse)} worse or with a new wrong value, {len(better)} better, "
              f"{len(changes) - len(worse) - len(better)} with only their confidence moved")
        for change in worse + better:
            old_conf, new_conf = change["confidence"]
            print(f"  {change['gained']:+d} {change['id']} ({change['family']}) "
                  f"conf {old_conf or 0:.2f} -> {new_conf or 0:.2f}")
            if args.fields:
                for entry in change["newly_wrong"]:
                    print(f"      wrong {entry['path']}: {entry['predicted']!r} (truth {entry['truth']!r})")
                for path in change["mended"]:
                    print(f"      mended {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
