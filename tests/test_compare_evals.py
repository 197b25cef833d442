"""benchmarks/compare_evals.py: two evaluation reports of one set, compared document by document."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from compare_evals import by_family, changed_documents, family_of, main  # noqa: E402


def _document(doc_id: str, file: str, right: int, confidence: float, wrong: list[dict] | None = None) -> dict:
    return {"id": doc_id, "file": file, "document_type": "invoice", "truth_fields": 10, "truth_fields_right": right,
            "confidence": confidence, "wrong": wrong or []}


def _report(*documents: dict) -> dict:
    right = sum(d["truth_fields_right"] for d in documents)
    return {"documents": len(documents), "truth_fields": {"n": 10 * len(documents), "right": right,
                                                           "accuracy": right / (10 * len(documents))},
            "fully_right": 0.5, "calibration": {"ece": 0.1}, "accepted": {"documents": 1, "field_precision": 0.9},
            "per_document": list(documents)}


def test_a_documents_family_comes_from_its_folder_or_its_holdout_name():
    assert family_of({"file": "saas_invoice/doc_001.pdf"}) == "saas_invoice"
    assert family_of({"file": "ho_0007_fi_lasku.pdf"}) == "fi_lasku"
    assert family_of({"file": "doc_00051.pdf", "document_type": "remittance_advice"}) == "remittance_advice"


def test_changed_documents_name_the_fields_lost_and_mended():
    wrong = {"path": "document_date", "truth": "2024-01-02", "predicted": "2024-02-01"}
    before = _report(_document("a", "ho_0001_fi_lasku.pdf", 9, 0.9, [wrong]),
                     _document("b", "ho_0002_fi_lasku.pdf", 10, 0.8),
                     _document("c", "ho_0003_is_reikningur.pdf", 10, 0.7))
    after = _report(_document("a", "ho_0001_fi_lasku.pdf", 10, 0.9),
                    _document("b", "ho_0002_fi_lasku.pdf", 9, 0.8, [wrong]),
                    _document("c", "ho_0003_is_reikningur.pdf", 10, 0.6))
    changes = {change["id"]: change for change in changed_documents(before, after)}
    assert changes["a"]["gained"] == 1 and changes["a"]["mended"] == ["document_date"]
    assert changes["b"]["gained"] == -1 and changes["b"]["newly_wrong"] == [wrong]
    assert changes["c"]["gained"] == 0 and changes["c"]["confidence"] == (0.7, 0.6)
    assert by_family(after)["fi_lasku"]["truth_fields_right"] == 19 / 20


def test_the_command_prints_both_reports(tmp_path: Path, capsys):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_text(json.dumps(_report(_document("a", "x/doc.pdf", 8, 0.5))), encoding="utf-8")
    second.write_text(json.dumps(_report(_document("a", "x/doc.pdf", 9, 0.6))), encoding="utf-8")
    assert main([str(first), str(second), "--fields"]) == 0
    out = capsys.readouterr().out
    assert "80.00 ->      90.00" in out and "+1 a (x)" in out
