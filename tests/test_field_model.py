"""Tier 2's field model: candidates and features, the choice and confidence logic, the bundled ONNX
model, and the training code's export (the last needs the `train` extra)."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest

from engine.api import EngineConfig
from engine.document import document_from_lines
from engine.field_model import FEATURES, FIELD_PATHS, FieldModel, default_model
from engine.field_model.features import (
    DOCUMENT_TYPES,
    FieldCandidate,
    join_lines,
    keyword_flags,
    strip_registration,
    vectorise,
)
from engine.field_model.model import MODEL_FILE, build_context, candidates_for
from engine.pattern_files import load_patterns
from engine.resources import models_dir
from engine.result import FieldValue
from engine.tiers.ocr_model import OcrModelTier, is_model_value
from engine.tiers.patterns import extract_fields

MODEL_PATH = models_dir() / MODEL_FILE
needs_model = pytest.mark.skipif(not MODEL_PATH.is_file(), reason="models/field_model.onnx not built")

# A receipt as text lines with boxes (pixels of a 600 x 1000 image), the way SROIE gives them.
RECEIPT_LINES = [
    ("KEDAI RUNCIT MAJU JAYA SDN BHD", (120, 40, 480, 70)),
    ("(123456-X)", (250, 75, 350, 95)),
    ("NO. 12, JALAN BUNGA RAYA 3,", (130, 100, 470, 120)),
    ("TAMAN MELATI, 53100 KUALA LUMPUR", (110, 125, 490, 145)),
    ("TEL: 03-4141 2020", (200, 150, 400, 170)),
    ("TAX INVOICE", (230, 200, 370, 225)),
    ("DATE: 14/03/2018 10:22", (40, 240, 330, 260)),
    ("MILO 1KG 2 15.90 31.80", (40, 300, 560, 320)),
    ("SUGAR 1KG 1 2.85 2.85", (40, 325, 560, 345)),
    ("SUBTOTAL 34.65", (40, 380, 560, 400)),
    ("GST 6% 1.96", (40, 405, 560, 425)),
    ("TOTAL 34.65", (40, 430, 560, 452)),
    ("CASH 50.00", (40, 460, 560, 480)),
    ("CHANGE 15.35", (40, 485, 560, 505)),
]
RECEIPT_TRUTH = {
    "financial_data.total_amount": 34.65,
    "document_date": "2018-03-14",
    "vendor_information.vendor_name": "KEDAI RUNCIT MAJU JAYA SDN BHD",
    "vendor_information.address": "NO. 12, JALAN BUNGA RAYA 3, TAMAN MELATI, 53100 KUALA LUMPUR",
}


@pytest.fixture(scope="module")
def patterns():
    return load_patterns(None)


@pytest.fixture(scope="module")
def receipt():
    return document_from_lines(RECEIPT_LINES, width=600, height=1000, source_name="receipt.txt")


@pytest.fixture(scope="module")
def receipt_candidates(receipt, patterns):
    fields, document_type, _, _ = extract_fields(receipt, patterns, None)
    context = build_context(receipt, patterns, None, fields, document_type)
    assert context is not None
    pools = {name: candidates_for(context, name) for name in ("total", "date", "vendor_name")}
    from engine.field_model.features import address_candidates

    name = next(c for c in pools["vendor_name"] if c.value == RECEIPT_TRUTH["vendor_information.vendor_name"])
    pools["address"] = address_candidates(context, name.extra["chain"])
    return fields, document_type, pools


# --------------------------------------------------------------------------------------------------
# Text helpers


def test_keywords_are_read_through_ocr_slips() -> None:
    assert keyword_flags("T0TAL RM 34.65")["total"]
    assert keyword_flags("Rounding Adj -0.01")["rounding"]
    assert keyword_flags("CHANGE DUE 15.35")["change"]
    flags = keyword_flags("MILO 1KG 2 15.90 31.80")
    assert not flags["total"] and not flags["cash"] and not flags["tax"]
    # Short keywords need the whole word: "GSTIN" is not "gst", "tel" is not inside "hotel".
    assert not keyword_flags("HOTEL MERAH")["phone"]


def test_join_lines_styles() -> None:
    assert join_lines(["12 Harbour Road", "Mombasa"], "comma") == "12 Harbour Road, Mombasa"
    assert join_lines(["NO. 12, JALAN 3,", "TAMAN MELATI"], "comma") == "NO. 12, JALAN 3, TAMAN MELATI"
    assert join_lines(["NO. 12 JALAN 3", "TAMAN MELATI"], "space") == "NO. 12 JALAN 3 TAMAN MELATI"


def test_strip_registration_keeps_the_name() -> None:
    assert strip_registration("GARDENIA BAKERIES (KL) SDN BHD (139386 X)") == "GARDENIA BAKERIES (KL) SDN BHD"
    assert strip_registration("SWC ENTERPRISE SDN BHD (1125830-0)") == "SWC ENTERPRISE SDN BHD"
    assert strip_registration("MR. D.I.Y. (M) SDN BHD") == "MR. D.I.Y. (M) SDN BHD"


# --------------------------------------------------------------------------------------------------
# Candidates and features


def test_every_field_has_its_true_value_among_the_candidates(receipt_candidates) -> None:
    from engine.evaluation import values_match
    from engine.field_model.train import contract_value

    _, _, pools = receipt_candidates
    for name, pool in pools.items():
        path = FIELD_PATHS[name]
        assert any(values_match(path, RECEIPT_TRUTH[path], contract_value(c.value)) for c in pool), name


def test_total_candidates_describe_labels_keywords_and_arithmetic(receipt_candidates) -> None:
    _, _, pools = receipt_candidates
    by_value = {c.value: c for c in pools["total"]}
    total, tax = by_value[Decimal("34.65")], by_value[Decimal("1.96")]
    assert total.features["a_kw_total"] == 1.0 and total.features["occurrences"] == 2.0  # subtotal and total
    assert total.features["a_labelled"] == 1.0 and total.features["a_kw_subtotal"] == 1.0
    assert tax.features["a_kw_tax"] == 1.0 and tax.features["a_kw_total"] == 0.0
    assert Decimal("50.00") not in by_value  # the cash tendered follows a decoy label: never a candidate
    assert by_value[Decimal("53100")].features["a_has_decimals"] == 0.0  # a postcode read as a number
    for candidate in pools["total"]:
        assert candidate.features["field_total"] == 1.0
        assert sum(candidate.features.get(f"type_{t}", 0.0) for t in DOCUMENT_TYPES) == 1.0
        assert 0.0 <= candidate.features["y"] <= 1.0


def test_name_and_address_candidates(receipt_candidates) -> None:
    _, _, pools = receipt_candidates
    name = next(c for c in pools["vendor_name"] if c.value == RECEIPT_TRUTH["vendor_information.vendor_name"])
    assert name.features["n_suffix"] == 1.0 and name.features["n_unit_index"] == 0.0
    assert name.features["n_registration_after"] == 1.0 and name.features["n_next_address_like"] == 0.0
    phone = [c for c in pools["vendor_name"] if "TEL" in c.value]
    assert all(c.features["n_kw_phone"] == 1.0 for c in phone)
    address = [c for c in pools["address"] if c.value == RECEIPT_TRUTH["vendor_information.address"]]
    assert address and address[0].features["r_after_name"] == 1.0
    assert address[0].features["r_next_stop"] == 1.0  # the phone line ends it
    assert address[0].features["r_lines"] == 2.0


def test_vectorise_follows_the_feature_list(receipt_candidates) -> None:
    _, _, pools = receipt_candidates
    matrix = vectorise(pools["total"])
    assert matrix.shape == (len(pools["total"]), len(FEATURES)) and matrix.dtype == np.float32
    column = FEATURES.index("a_kw_total")
    assert matrix[:, column].max() == 1.0


# --------------------------------------------------------------------------------------------------
# Choosing and confidence, with a scorer whose preferences the test sets


class _Session:
    """Stands in for an onnxruntime session: scores a row by one feature column."""

    def __init__(self, column: str, scale: float = 1.0) -> None:
        self.column = FEATURES.index(column)
        self.scale = scale

    def get_inputs(self):
        return [type("Input", (), {"name": "features"})()]

    def get_outputs(self):
        return [type("Output", (), {"name": "label"})(), type("Output", (), {"name": "probabilities"})()]

    def run(self, names, feeds):
        matrix = feeds["features"]
        p = np.clip(matrix[:, self.column] * self.scale, 0.0, 1.0)
        return [np.stack([1 - p, p], axis=1)]


def test_the_model_replaces_a_value_it_prefers_and_keeps_tier1_provenance_otherwise(receipt, patterns) -> None:
    fields, document_type, confidence, doubtful = extract_fields(receipt, patterns, None)
    # A scorer that prefers amounts on a tax line: it must replace tier 1's total with the GST.
    model = FieldModel(_Session("a_kw_tax", 0.9), list(FEATURES), {})
    updated, _, _, _ = model.rerank(receipt, patterns, None, (fields, document_type, confidence, doubtful))
    total = updated["financial_data.total_amount"]
    assert total.value == 1.96 and total.basis == "model" and total.confidence == pytest.approx(0.9)
    assert total.page == 1 and total.bbox is not None and "1.96" in (total.text or "")
    # A scorer that trusts tier 1's choice keeps tier 1's value and provenance, with its own probability.
    model = FieldModel(_Session("tier1_choice", 0.8), list(FEATURES), {"all": ([0.0, 1.0], [0.0, 0.5])})
    updated, _, _, _ = model.rerank(receipt, patterns, None, (fields, document_type, confidence, doubtful))
    for path in ("financial_data.total_amount", "document_date"):
        assert updated[path].value == fields[path].value
        assert updated[path].bbox == fields[path].bbox
        assert updated[path].basis.startswith("model:")
        assert updated[path].confidence == pytest.approx(0.4)  # 0.8 through the calibration map
        assert is_model_value(updated[path])


def test_a_weak_guess_is_not_added(receipt, patterns) -> None:
    fields, document_type, confidence, doubtful = extract_fields(receipt, patterns, None)
    fields = {p: v for p, v in fields.items() if p != "document_date"}
    model = FieldModel(_Session("d_kw_date", 0.2), list(FEATURES), {})
    updated, _, _, _ = model.rerank(receipt, patterns, None, (fields, document_type, confidence, doubtful))
    assert "document_date" not in updated


def test_a_model_of_other_features_is_refused() -> None:
    with pytest.raises(ValueError, match="retrain"):
        FieldModel(_Session("y"), ["y", "x"], {})


# --------------------------------------------------------------------------------------------------
# The bundled model


@needs_model
def test_bundled_model_is_small_and_describes_itself() -> None:
    assert MODEL_PATH.stat().st_size < 2_000_000
    model = default_model()
    assert model is not None and model is default_model()  # loaded once
    assert set(model.calibration) >= {"total", "date", "vendor_name", "address"}
    for xs, ys in model.calibration.values():
        assert xs == sorted(xs) and ys == sorted(ys) and 0.0 <= ys[0] <= ys[-1] <= 1.0
    assert model.info["documents"]["sroie_ocr"] > 0 and model.info["documents"]["synthetic_scan"] > 0
    # One model for both OCR readers: it saw each one's reading of every scanned document.
    assert model.info["readers"] == ["tesseract", "ppocr"]
    assert model.info["documents"]["sroie_ocr_ppocr"] == model.info["documents"]["sroie_ocr"]
    assert model.info["documents"]["synthetic_scan_ppocr"] == model.info["documents"]["synthetic_scan"]


@needs_model
def test_bundled_model_reads_the_receipt(receipt, patterns) -> None:
    model = default_model()
    assert model is not None
    fields, document_type, confidence, doubtful = extract_fields(receipt, patterns, None)
    updated, _, _, _ = model.rerank(receipt, patterns, None, (fields, document_type, confidence, doubtful))
    assert updated["financial_data.total_amount"].value == pytest.approx(34.65)
    assert updated["document_date"].value == "2018-03-14"
    assert updated["vendor_information.vendor_name"].value == RECEIPT_TRUTH["vendor_information.vendor_name"]
    for path in RECEIPT_TRUTH:
        assert is_model_value(updated[path]) and 0.0 < updated[path].confidence <= 1.0
    assert model.last_ms < 2000


@needs_model
def test_the_tier_uses_the_bundled_model_by_default() -> None:
    assert OcrModelTier(EngineConfig()).field_model is default_model()
    assert OcrModelTier(EngineConfig(), field_model=None).field_model is None


@needs_model
def test_the_tier_leaves_text_layer_documents_to_tier1(receipt) -> None:
    result = OcrModelTier(EngineConfig()).run(receipt, None)
    assert not result.available


# --------------------------------------------------------------------------------------------------
# Training code (the `train` extra)


def test_export_round_trip_and_determinism(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    pytest.importorskip("skl2onnx")
    from engine.field_model.train import export, new_model

    rng = np.random.default_rng(7)
    matrix = rng.random((400, len(FEATURES)), dtype=np.float32)
    labels = (matrix[:, 3] + 0.3 * matrix[:, 40] > 0.7).astype(np.int64)
    model = new_model().set_params(max_iter=20).fit(matrix, labels)
    calibration = {"all": ([0.0, 0.5, 1.0], [0.05, 0.4, 0.95])}
    first = export(model, calibration, {"test": True}, tmp_path / "a.onnx")
    again = export(new_model().set_params(max_iter=20).fit(matrix, labels), calibration, {"test": True},
                   tmp_path / "b.onnx")
    assert first == again  # same rows, same seed: the same bytes
    loaded = FieldModel.load(tmp_path / "a.onnx")
    assert loaded.calibration["all"][1] == [0.05, 0.4, 0.95] and loaded.info == {"test": True}
    onnx_p = loaded.raw_probabilities(matrix[:50])
    assert np.allclose(onnx_p, model.predict_proba(matrix[:50])[:, 1], atol=1e-5)
    candidate = FieldCandidate("total", Decimal("1"), "1", 1, (0, 0, 1, 1), {"a_labelled": 1.0})
    assert 0.05 <= loaded.probabilities([candidate])[0] <= 0.95


def test_training_caches_each_readers_ocr_apart(tmp_path: Path, monkeypatch, receipt) -> None:
    """Every scanned training document is read by Tesseract and by PP-OCR; each reading is cached
    under its own settings, read without a page timeout (so a busy machine cannot change the rows),
    and a second run reads nothing."""
    import engine.ocr
    from engine.field_model.train import READER_SUFFIX, READERS, _ocr_cached

    calls: list[tuple[str, object]] = []

    def fake_ocr(document, *, workers=None, timeout_s=60.0, options=None, **_):
        calls.append((options.engine, timeout_s))
        return document

    monkeypatch.setattr(engine.ocr, "ocr_document", fake_ocr)
    assert READERS == ("tesseract", "ppocr") and READER_SUFFIX["tesseract"] == ""
    for reader in READERS:
        assert _ocr_cached(receipt, tmp_path, reader).content_hash == receipt.content_hash
    assert calls == [("tesseract", None), ("ppocr", None)]
    assert len(list((tmp_path / "ocr").glob("*.pkl"))) == 2
    for reader in READERS:
        _ocr_cached(receipt, tmp_path, reader)
    assert len(calls) == 2


def test_training_labels_use_the_evaluators_rules() -> None:
    from engine.field_model.train import is_right

    assert is_right("total", -34.65, Decimal("34.65"))  # credit notes: compared by size
    assert is_right("vendor_name", "Acme  Ltd", "ACME LTD")
    assert not is_right("date", None, "2024-01-01")
    assert is_right("date", "2018-03-14", __import__("datetime").date(2018, 3, 14))


@needs_model
def test_model_card_matches_the_bundled_model() -> None:
    card = (models_dir() / "MODEL_CARD.md").read_text(encoding="utf-8")
    model = default_model()
    assert model is not None
    assert "python -m engine.field_model.train" in card
    for source in model.info["documents"]:
        assert source in card
    assert json.dumps(model.info["params"]["max_iter"]) in card


def test_field_values_carry_a_contract_type() -> None:
    from engine.field_model.model import to_field_value

    candidate = FieldCandidate("total", Decimal("34.650"), "34.65", 1, (0, 0, 1, 1), {})
    value = to_field_value(candidate, 0.7, FieldValue(value=-10.0, confidence=0.5, tier="ocr_model"))
    assert value.value == -34.65 and value.basis == "model"  # credit notes stay negative


def test_repair_name_fixes_legal_form_slips_only() -> None:
    from engine.field_model.features import repair_name

    assert repair_name("UNIHAKKA INTERNATIONAL SON BHD") == "UNIHAKKA INTERNATIONAL SDN BHD"
    assert repair_name("SKCA HARDWARE & TIMBER SON. BHO.") == "SKCA HARDWARE & TIMBER SDN. BHD."
    assert repair_name("Aik Huat Harduare") == "Aik Huat Hardware"
    assert repair_name("MR. D.1.¥. (M) SDN BHD") == "MR. D.I.Y. (M) SDN BHD"
    for unchanged in ("SUN VICTORY SDN BHD", "RESTORAN SUN", "SANYO STATIONERY SHOP", "Acme Trading Ltd"):
        assert repair_name(unchanged) == unchanged


def test_an_optional_preprocessing_step_keys_the_ocr_cache_only_when_on(tmp_path: Path, monkeypatch, receipt) -> None:
    """Adding a preprocessing step that is off changes no reading, so the cached readings stay
    valid; turning it on makes a reading of its own."""
    import engine.field_model.train as train
    import engine.ocr

    monkeypatch.setattr(engine.ocr, "ocr_document", lambda document, **_: document)
    train._ocr_cached(receipt, tmp_path)
    before = {p.name for p in (tmp_path / "ocr").glob("*.pkl")}
    assert "invert_bands=False" in repr(engine.ocr.DEFAULT_OCR_OPTIONS)  # the step exists, off
    on = replace(engine.ocr.DEFAULT_OCR_OPTIONS,
                 preprocess=replace(engine.ocr.DEFAULT_OCR_OPTIONS.preprocess, invert_bands=True))
    monkeypatch.setattr(engine.ocr, "DEFAULT_OCR_OPTIONS", on)
    train._ocr_cached(receipt, tmp_path)
    after = {p.name for p in (tmp_path / "ocr").glob("*.pkl")}
    assert len(before) == 1 and len(after) == 2
