"""The field model at run time: onnxruntime and numpy only.

`FieldModel.load(path)` opens `models/field_model.onnx`; `FieldModel.rerank(document, patterns,
locale, baseline)` takes tier 1's extraction of a document (`engine.tiers.patterns.extract_fields`'s
tuple) and returns it with the model's choice and probability for each field it covers
(engine.field_model.features.FIELD_PATHS). Tier 2 calls it on OCR text; tier 1 may call it on a
text layer when its own rules are unsure. No OCR is needed here.

Choosing. Every candidate of a field is scored; the best one wins. When it is tier 1's own value,
tier 1's provenance is kept and only the confidence changes; otherwise the field takes the model's
candidate. A field tier 1 did not report is added only when the model gives it at least
MIN_REPORTED_PROBABILITY (null over a guess, as in tier 1).

Confidence. The model's raw probability is mapped through an isotonic calibration fitted on
out-of-fold predictions of the training documents (stored in the ONNX file's metadata), so a field
reported at 0.8 is right about 80% of the time on data like the training data. OCR word confidence
is one of the model's inputs (the least and the mean confidence of the words a value was read
from), so a value read from doubtful glyphs already scores lower; nothing scales it a second time.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from engine.field_model.features import (
    FEATURES,
    FIELD_PATHS,
    Context,
    FieldCandidate,
    address_candidates,
    date_candidates,
    id_candidates,
    name_candidates,
    top_units,
    total_candidates,
    vectorise,
)
from engine.result import FieldValue

if TYPE_CHECKING:
    from engine.document import Document
    from engine.pattern_files import PatternSet

MODEL_FILE = "field_model.onnx"
MIN_REPORTED_PROBABILITY = 0.35
# Documents whose invoice ids are a list (allocations on a remittance, none on a statement) keep tier 1's.
SINGLE_ID_TYPES = ("invoice", "credit_note", "receipt", "unknown")

Baseline = tuple[dict[str, FieldValue], str, float, list[str]]


class FieldModel:
    """The ONNX candidate scorer with its calibration; thread-safe (onnxruntime sessions are)."""

    def __init__(self, session: Any, features: list[str], calibration: dict[str, tuple[list[float], list[float]]],
                 info: dict[str, Any] | None = None) -> None:
        if list(features) != list(FEATURES):
            raise ValueError("the field model was trained on other features; retrain it "
                             "(python -m engine.field_model.train)")
        self.session = session
        self.input_name = session.get_inputs()[0].name
        self.output_name = _probability_output(session)
        self.calibration = calibration
        self.info = info or {}
        self.last_ms = 0.0

    @classmethod
    def load(cls, path: str | Path) -> FieldModel:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        # One thread: tier 2 parallelises across processes, and a few hundred rows need no more.
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        session = onnxruntime.InferenceSession(str(path), sess_options=options,
                                               providers=["CPUExecutionProvider"])
        metadata = session.get_modelmeta().custom_metadata_map
        features = json.loads(metadata.get("features", "[]"))
        calibration = {name: (list(points[0]), list(points[1]))
                       for name, points in json.loads(metadata.get("calibration", "{}")).items()}
        info = json.loads(metadata.get("training", "{}"))
        return cls(session, features, calibration, info)

    # -- scoring -----------------------------------------------------------------------------------

    def probabilities(self, candidates: list[FieldCandidate]) -> np.ndarray:
        """Calibrated probability that each candidate is its field's right value."""
        if not candidates:
            return np.zeros(0, dtype=np.float64)
        raw = self.raw_probabilities(vectorise(candidates))
        return np.array([self.calibrate(c.field, p) for c, p in zip(candidates, raw, strict=True)])

    def raw_probabilities(self, matrix: np.ndarray) -> np.ndarray:
        with _session_lock:
            output = self.session.run([self.output_name], {self.input_name: matrix.astype(np.float32)})[0]
        output = np.asarray(output, dtype=np.float64)
        return output[:, 1] if output.ndim == 2 else output

    def calibrate(self, field_name: str, probability: float) -> float:
        points = self.calibration.get(field_name) or self.calibration.get("all")
        if not points:
            return float(probability)
        return float(np.interp(probability, points[0], points[1]))

    # -- the seam tier 2 uses ----------------------------------------------------------------------

    def extract(self, document: Document, patterns: PatternSet, locale: str | None, baseline: Baseline) -> Baseline:
        """The FieldModel protocol of engine.tiers.ocr_model: same as `rerank`."""
        return self.rerank(document, patterns, locale, baseline)

    def rerank(self, document: Document, patterns: PatternSet, locale: str | None, baseline: Baseline) -> Baseline:
        started = time.perf_counter()
        fields, document_type, confidence, doubtful = baseline
        choices = self.choose(document, patterns, locale, fields, document_type)
        updated = dict(fields)
        for path, choice in choices.items():
            if choice is None:
                continue
            updated.pop(path, None)
            if path == FIELD_PATHS["invoice_id"]:
                for other in [p for p in updated if p.startswith("invoice_ids.")]:
                    del updated[other]
            updated[path] = choice
        self.last_ms = (time.perf_counter() - started) * 1000
        return updated, document_type, confidence, list(doubtful)

    def choose(self, document: Document, patterns: PatternSet, locale: str | None,
               fields: dict[str, FieldValue], document_type: str) -> dict[str, FieldValue | None]:
        """The model's value for each field it covers (None: keep whatever tier 1 has)."""
        context = build_context(document, patterns, locale, fields, document_type)
        if context is None:
            return {}
        out: dict[str, FieldValue | None] = {}
        name_choice: FieldCandidate | None = None
        for field_name in ("total", "date", "invoice_id", "vendor_name"):
            if field_name == "invoice_id" and (document_type not in SINGLE_ID_TYPES or any(
                    p.startswith("invoice_ids.") and p != "invoice_ids.0" for p in fields)):
                continue
            pool = candidates_for(context, field_name)
            picked = self._pick(field_name, pool, fields)
            out[FIELD_PATHS[field_name]] = picked[0]
            if field_name == "vendor_name":
                name_choice = picked[1]
        chain = name_choice.extra.get("chain") if name_choice is not None else None
        pool = address_candidates(context, chain)
        out[FIELD_PATHS["address"]] = self._pick("address", pool, fields)[0]
        return out

    def _pick(self, field_name: str, pool: list[FieldCandidate], fields: dict[str, FieldValue]
              ) -> tuple[FieldValue | None, FieldCandidate | None]:
        path = FIELD_PATHS[field_name]
        if not pool:
            return None, None
        probabilities = self.probabilities(pool)
        best = int(np.argmax(probabilities))
        candidate, probability = pool[best], float(probabilities[best])
        current = fields.get(path)
        if candidate.tier1 and current is not None:
            return replace(current, confidence=round(probability, 4), basis=f"model:{current.basis or 'tier1'}"), candidate
        if current is None and probability < MIN_REPORTED_PROBABILITY:
            return None, candidate
        return to_field_value(candidate, probability, current), candidate


_session_lock = threading.Lock()


def to_field_value(candidate: FieldCandidate, probability: float, current: FieldValue | None) -> FieldValue:
    from datetime import date
    from decimal import Decimal

    value = candidate.value
    if isinstance(value, Decimal):
        value = float(round(value, 2))
        if current is not None and isinstance(current.value, int | float) and current.value < 0:
            value = -abs(value)  # a credit note's amounts stay negative
    elif isinstance(value, date):
        value = value.isoformat()
    tier = current.tier if current is not None else "ocr_model"
    return FieldValue(value=value, confidence=round(probability, 4), tier=tier, page=candidate.page,
                      bbox=candidate.bbox, text=candidate.text, basis="model")


def build_context(document: Document, patterns: PatternSet, locale: str | None, fields: dict[str, FieldValue],
                  document_type: str) -> Context | None:
    from engine.candidates import generate_candidates
    from engine.layout import build_layout
    from engine.locale_hint import infer_locale

    layout = build_layout(document)
    if not any(page.lines for page in layout.pages):
        return None
    locale = locale or infer_locale(layout)
    candidates = generate_candidates(document, patterns, locale, layout)
    words = [w for page in document.pages for w in page.words if not w.hidden]
    is_ocr = any(w.source == "ocr" for w in words)
    weight = sum(len(w.text) for w in words)
    quality = sum(w.confidence * len(w.text) for w in words) / weight if weight else 0.0
    return Context(layout, candidates, patterns, document_type, fields, quality, is_ocr, top_units(layout))


def candidates_for(context: Context, field_name: str) -> list[FieldCandidate]:
    if field_name == "total":
        return total_candidates(context)
    if field_name == "date":
        return date_candidates(context)
    if field_name == "invoice_id":
        return id_candidates(context)
    if field_name == "vendor_name":
        return name_candidates(context)
    raise ValueError(f"address candidates need the vendor name's units: use address_candidates ({field_name})")


def _probability_output(session: Any) -> str:
    outputs = session.get_outputs()
    for output in outputs:
        if "prob" in output.name.lower():
            return str(output.name)
    return str(outputs[-1].name)


_default: FieldModel | None = None
_default_loaded = False
_default_lock = threading.Lock()


def default_model() -> FieldModel | None:
    """The bundled model (models/field_model.onnx), loaded once per process; None when it is absent
    or cannot be opened (tier 2 then reports tier 1's ranking on OCR text)."""
    global _default, _default_loaded
    with _default_lock:
        if not _default_loaded:
            _default_loaded = True
            from engine.resources import models_dir

            path = models_dir() / MODEL_FILE
            if path.is_file():
                try:
                    _default = FieldModel.load(path)
                except Exception as error:  # a broken or stale model must not break tier 2
                    import logging

                    logging.getLogger(__name__).warning("field model not loaded: %s", error)
                    _default = None
        return _default


__all__ = ["MIN_REPORTED_PROBABILITY", "MODEL_FILE", "FieldModel", "build_context", "candidates_for",
           "default_model", "to_field_value"]
