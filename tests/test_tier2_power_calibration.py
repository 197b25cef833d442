"""Tier 2's document confidence mapped through a fitted power (engine.calibration.PowerCalibration):
the product of unit confidences runs low on OCRed documents; one exponent, fitted by log loss on
labelled scans, fixes the scale and keeps the order."""

from __future__ import annotations

import json

from engine.api import EngineConfig
from engine.calibration import TIER2_CALIBRATION_FILE, PowerCalibration, fit_power, load_tier2
from engine.resources import models_dir


def test_an_under_confident_product_gets_an_exponent_below_one():
    # documents at 0.2 fully right half the time, at 0.6 nine times in ten
    points = [(0.2, True)] * 5 + [(0.2, False)] * 5 + [(0.6, True)] * 9 + [(0.6, False)]
    exponent = fit_power(points)
    assert 0.3 < exponent < 0.8
    mapped = PowerCalibration(exponent).apply
    assert mapped(0.2) > 0.2 and mapped(0.6) > 0.6 and mapped(0.2) < mapped(0.6)  # same order, higher


def test_an_over_confident_product_gets_an_exponent_above_one():
    points = [(0.9, True)] * 5 + [(0.9, False)] * 5
    assert fit_power(points) > 1.0


def test_no_evidence_keeps_the_product():
    assert fit_power([]) == 1.0
    assert fit_power([(0.4, True), (0.7, True)]) == 1.0  # nothing wrong: nothing to fit


def test_nothing_maps_to_nothing():
    assert PowerCalibration(0.74).apply(0.0) == 0.0


def test_save_and_load_round_trip(tmp_path):
    path = tmp_path / "tier2.json"
    PowerCalibration(0.74, ["sroie_dev (96 documents)"]).save(path)
    loaded = PowerCalibration.load(path)
    assert loaded == PowerCalibration(0.74, ["sroie_dev (96 documents)"])
    assert PowerCalibration.load(tmp_path / "missing.json") is None


def test_the_bundled_mapping_is_fitted_on_named_real_scans_and_can_be_turned_off():
    data = json.loads((models_dir() / TIER2_CALIBRATION_FILE).read_text(encoding="utf-8"))
    assert "SROIE train split" in data["fitted_on"][0]
    assert 0.2 <= data["exponent"] <= 3.0
    assert load_tier2(EngineConfig()) is not None
    assert load_tier2(EngineConfig(calibrated=False)) is None
    assert load_tier2(EngineConfig(tier2_power=False)) is None
