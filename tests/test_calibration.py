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


def test_buckets_are_counted_per_kind_of_document_with_a_fallback_to_all_kinds():
    name = {"vendor_information.vendor_name": field("Acme", "letterhead")}
    records = ([(name, set(), "receipt")] * 25 + [(name, {"vendor_information.vendor_name"}, "remittance_advice")] * 25
               + [(name, set(), "invoice")] * 5)
    calibration = fit(records, ["test"])
    assert calibration.counts["vendor_information.vendor_name|letterhead"] == [55, 30]
    assert calibration.counts["vendor_information.vendor_name|letterhead|receipt"] == [25, 25]
    assert calibration.accuracy("vendor_information.vendor_name", "letterhead", "receipt") == pytest.approx(26 / 27)
    assert calibration.accuracy("vendor_information.vendor_name", "letterhead", "remittance_advice") == pytest.approx(1 / 27)
    # too few invoices of their own (5 < 20): the bucket over every kind
    assert calibration.accuracy("vendor_information.vendor_name", "letterhead", "invoice") == pytest.approx(31 / 57)
    assert calibration.accuracy("vendor_information.vendor_name", "letterhead") == pytest.approx(31 / 57)
    receipt, _ = calibration.apply(name, document_type="receipt")
    remittance, _ = calibration.apply(name, document_type="remittance_advice")
    assert receipt["vendor_information.vendor_name"].confidence > 0.9 > 0.1 > remittance[
        "vendor_information.vendor_name"].confidence


def test_older_tables_without_kinds_still_apply():
    calibration = Calibration(counts={"document_date|inline": [48, 47]})
    calibrated, _ = calibration.apply({"document_date": field("2024-01-01", "inline")}, document_type="receipt")
    assert calibrated["document_date"].confidence == pytest.approx(48 / 50, abs=1e-4)


def test_engine_uses_the_calibration_file_it_is_given(tmp_path):
    import pymupdf

    from engine.api import Engine, EngineConfig

    pdf = pymupdf.open()
    pdf.new_page().insert_text((72, 72), "INVOICE\nInvoice No: INV-1001\nDate: 2024-03-05\nTotal: 120.00\n")
    data = pdf.tobytes()
    raw = Engine(EngineConfig(calibrated=False)).extract(data, tier_preference="tier1").fields
    total_basis = raw["financial_data.total_amount"].basis
    date_basis = raw["document_date"].basis
    # A table that has seen every such total right and every such date wrong: confidences must follow it.
    own = Calibration(counts={f"financial_data.total_amount|{total_basis}": [100, 100],
                              f"document_date|{date_basis}": [100, 0]}, fitted_on=["own"])
    path = tmp_path / "own.json"
    own.save(path)
    fields = Engine(EngineConfig(calibration_file=path)).extract(data, tier_preference="tier1").fields
    assert fields["financial_data.total_amount"].confidence == pytest.approx(101 / 102, abs=1e-4)
    assert fields["document_date"].confidence == pytest.approx(1 / 102, abs=1e-4)
    with pytest.raises(FileNotFoundError):
        Engine(EngineConfig(calibration_file=tmp_path / "missing.json"))


def test_document_model_weighs_units_found_by_a_weak_basis():
    # Documents whose vendor name came from a letterhead are fully right half as often as those whose
    # name came from a labelled block, with the same unit confidences: the indicator must carry that.
    from engine.calibration import DocumentModel, document_features

    def fields(basis):
        return {"financial_data.total_amount": field(1.0, "right+checked", 0.98),
                "vendor_information.vendor_name": field("Acme", basis, 0.9)}

    rows = [document_features(fields("letterhead"), "invoice")] * 40 + [
        document_features(fields("labelled_block"), "invoice")] * 40
    labels = [True] * 18 + [False] * 22 + [True] * 36 + [False] * 4
    model = DocumentModel.fit(rows, labels)
    letterhead = model.probability(document_features(fields("letterhead"), "invoice"))
    labelled = model.probability(document_features(fields("labelled_block"), "invoice"))
    assert letterhead < 0.6 < 0.8 < labelled
    assert "unit:vendor_information.vendor_name|letterhead" in model.weights
    # an indicator never seen in fitting adds nothing
    unseen = model.probability(document_features(fields("never_seen"), "invoice"))
    assert letterhead < unseen < labelled


def test_document_model_round_trips_and_reads_version_2_tables(tmp_path):
    import json

    from engine.calibration import DOCUMENT_FEATURES, DocumentModel

    model = DocumentModel({"bias": 1.5, "checks_failed": -2.0, "unit:document_date|inline": -0.5})
    path = tmp_path / "c.json"
    Calibration(counts={"a|b": [3, 2]}, document_model=model).save(path)
    loaded = Calibration.load(path)
    assert loaded is not None and loaded.document_model == model
    old = {"version": 2, "counts": {}, "document_model": {"features": list(DOCUMENT_FEATURES),
                                                          "weights": [0.5] + [0.0] * (len(DOCUMENT_FEATURES) - 1)}}
    path.write_text(json.dumps(old))
    loaded = Calibration.load(path)
    assert loaded is not None and loaded.document_model is not None
    assert loaded.document_model.weights["bias"] == 0.5
    old["document_model"]["features"] = ["bias", "something_else"]
    path.write_text(json.dumps(old))
    assert Calibration.load(path).document_model is None


def test_documents_that_reported_nothing_do_not_teach_the_document_model():
    # A scan tier 1 cannot read reports no fields: "every reported field right" holds vacuously and its
    # confidence is 0 by rule. Counted, 50 of them labelled right would drag the model towards calling
    # documents with few, weak units right.
    from engine.calibration import DocumentOutcome

    def fields(confidence):
        return {"financial_data.total_amount": field(1.0, "right+checked", confidence),
                "document_date": field("2024-01-01", "inline", confidence)}

    documents = ([DocumentOutcome(fields(0.98), "invoice", [], True)] * 30
                 + [DocumentOutcome(fields(0.6), "invoice", [], False)] * 20
                 + [DocumentOutcome(fields(0.98), "invoice", [], False)] * 3)
    records = [(d.fields, set() if d.fully_right else {"document_date"}, "invoice") for d in documents]
    plain = fit(records, ["test"], documents)
    with_empty = fit(records, ["test"], documents + [DocumentOutcome({}, "unknown", [], True)] * 50)
    assert plain.document_model is not None
    assert with_empty.document_model == plain.document_model
