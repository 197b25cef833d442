"""Calibration: counting per unit and basis, smoothing, the product rule, and the stored table."""

from __future__ import annotations

import pytest

from engine.calibration import Calibration, fit, unit_basis, unit_of, wrong_units
from engine.resources import models_dir
from engine.result import FieldValue


def field(value, basis, confidence=0.9):
    return FieldValue(value=value, confidence=confidence, tier="pattern_matching", basis=basis)


def test_units_group_lists():
    assert unit_of("financial_data.total_amount") == "financial_data.total_amount"
    assert unit_of("line_items.3.amount") == "line_items"
    assert unit_of("invoice_ids.0") == "invoice_ids"
    assert unit_of("payment_information.allocations.1.invoice_id") == "payment_information.allocations"


def test_fit_counts_and_smooths():
    fields = {"financial_data.total_amount": field(10.0, "right+checked"),
              "line_items.0.amount": field(5.0, "table", 0.8), "line_items.1.amount": field(5.0, "table+checked")}
    records = [(fields, set())] * 30 + [(fields, {"line_items"})] * 10
    calibration = fit(records, ["test"])
    assert calibration.counts["financial_data.total_amount|right+checked"] == [40, 40]
    # a list's basis is its weakest-looking item's
    assert calibration.counts["line_items|table"] == [40, 30]
    assert calibration.accuracy("financial_data.total_amount", "right+checked") == pytest.approx(41 / 42)
    assert calibration.accuracy("line_items", "table") == pytest.approx(31 / 42)
    assert calibration.accuracy("document_date", "inline") is None


def test_apply_gives_the_product_of_units():
    calibration = Calibration(counts={"financial_data.total_amount|right": [98, 97],
                                      "document_date|inline": [48, 47]})
    fields = {"financial_data.total_amount": field(1.0, "right"), "document_date": field("2024-01-01", "inline"),
              "vendor_information.vendor_name": field("A", "rare", 0.8)}
    calibrated, document = calibration.apply(fields)
    assert calibrated["financial_data.total_amount"].confidence == pytest.approx(98 / 100, abs=1e-4)
    assert calibrated["document_date"].confidence == pytest.approx(48 / 50, abs=1e-4)
    assert calibrated["vendor_information.vendor_name"].confidence == pytest.approx(0.72, abs=1e-4)  # unseen
    assert document == pytest.approx(0.98 * 0.96 * 0.72, abs=1e-3)


def test_wrong_units_counts_reported_errors_and_whole_lists():
    class Record:
        wrong = [{"path": "document_date", "truth": "2024-01-01", "predicted": None},
                 {"path": "financial_data.total_amount", "truth": 1.0, "predicted": 2.0},
                 {"path": "line_items", "truth": 5.0, "predicted": None}]
    assert wrong_units(Record()) == {"financial_data.total_amount", "line_items"}


def test_unit_basis_takes_the_weakest_item():
    fields = {"invoice_ids.0": field("A", "table", 0.9), "invoice_ids.1": field("B", "inline", 0.5)}
    assert unit_basis(fields) == {"invoice_ids": "inline"}


def test_save_load_round_trip(tmp_path):
    calibration = Calibration(counts={"a|b": [3, 2]}, fitted_on=["x"], min_samples=2)
    path = tmp_path / "c.json"
    calibration.save(path)
    loaded = Calibration.load(path)
    assert loaded is not None and loaded.counts == {"a|b": [3, 2]} and loaded.min_samples == 2


def test_bundled_table_is_fitted_on_named_sets():
    loaded = Calibration.load(models_dir() / "tier1_calibration.json")
    assert loaded is not None and loaded.fitted_on
    assert all(seen >= right >= 0 for seen, right in loaded.counts.values())
    assert sum(seen for seen, _ in loaded.counts.values()) > 1000


def test_fit_on_counts_units_and_documents_on_their_own_sets():
    from pathlib import Path

    from engine.api import Engine, EngineConfig
    from engine.calibration import fit_on
    from engine.datasets import load_corpus

    sample = load_corpus(Path(__file__).resolve().parents[1] / "corpus" / "sample")
    digital = [item for item in sample if item.path.suffix == ".pdf" and "scan" not in item.path.name][:6]
    engine = Engine(EngineConfig(calibrated=False))
    units_only = fit_on(engine, digital[:2], ["two"], document_items=[])
    both = fit_on(engine, digital[:2], ["two"], document_items=digital[2:])
    assert units_only.counts == both.counts  # the document sets never add to the unit table
    assert units_only.document_model is None
    seen_per_unit = max(seen for seen, _ in units_only.counts.values())
    assert 1 <= seen_per_unit <= 2
