"""Tier 2: OCR the pages that have no text layer, then extract from the OCR text.

The OCR half (engine.ocr) turns image-only pages into words with Tesseract; extraction reuses tier 1's
candidate generator and ranking (`engine.tiers.patterns.extract_fields`) on the OCRed Document, then
the field model (engine.field_model: an ONNX ranker over the same candidates, `models/field_model.onnx`)
re-ranks the fields it covers (total, document date, invoice number, vendor name and address) and
gives each a probability. `field_model` defaults to that bundled model when the file exists; without
it (or with `field_model=None`) the tier reports tier 1's ranking on OCR text. A document whose pages
all have a text layer is tier 1's: this tier does not run on it (tier 1 may call
`FieldModel.rerank` itself), unless the config sets `model_on_text_layer`.

Confidence. A field the model chose or confirmed carries the model's probability, calibrated on
held-out training documents; the least and the mean OCR confidence of the words it was read from are
among the model's inputs, so doubtful glyphs already lower it. Every other field starts from tier 1's
calibrated confidence (tier 1 weighs each candidate by its segment's OCR confidence) and is scaled by
the character-weighted OCR confidence of the words it was read from (`word_factor`): Tesseract's
confidence for misread words on receipts is markedly lower than for correct ones, so a value read
from doubtful glyphs must not be accepted at the threshold a clean text layer earns. The document's
confidence is the chance that every unit is right, scaled by the quality of its OCRed pages
(`page_factor`). A page that timed out or gave no words is named in `doubtful` and caps the
document's confidence.

Cost: CPU seconds (this process, its Tesseract children, and the pool workers' share) times
`cpu_cost_per_second` from the Engine's config (0 by default: local OCR costs no money).
"""

from __future__ import annotations

import math
import resource
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Literal, Protocol

from engine.calibration import load_configured, load_tier2, unit_of
from engine.document import BBox, Document, Page
from engine.language import cap_for_language
from engine.result import FieldValue
from engine.tiers.base import TierResult

if TYPE_CHECKING:
    from engine.api import EngineConfig
    from engine.ocr import OcrOptions
    from engine.pattern_files import PatternSet

TIER = "ocr_model"
# Confidence scaling (see the module docstring). A field read from words of confidence >= FULL_TRUST
# keeps tier 1's confidence; below it, confidence falls linearly to FLOOR at 0.
FULL_TRUST = 0.9
WORD_FLOOR = 0.5
PAGE_FLOOR = 0.6
TIMEOUT_CAP = 0.5  # a page lost to the timeout: the document may miss what that page said


class FieldModel(Protocol):
    """The seam for tier 2's model: re-rank tier 1's extraction on the OCRed document
    (engine.field_model.FieldModel is the ONNX implementation)."""

    def extract(self, document: Document, patterns: PatternSet, locale: str | None,
                baseline: tuple[dict[str, FieldValue], str, float, list[str]]
                ) -> tuple[dict[str, FieldValue], str, float, list[str]]: ...


class OcrModelTier:
    name = TIER

    def __init__(self, config: EngineConfig, patterns: PatternSet | None = None, *,
                 ocr_options: OcrOptions | None = None,
                 field_model: FieldModel | None | Literal["bundled"] = "bundled") -> None:
        from engine.pattern_files import load_patterns

        self.config = config
        self.patterns = patterns or load_patterns(config.patterns_dir)
        self.dpi = int(getattr(config, "ocr_dpi", 300))
        self.workers: int | None = getattr(config, "ocr_workers", None)
        self.timeout_s: float | None = getattr(config, "ocr_timeout_s", 60.0)
        self.cpu_cost_per_second = float(getattr(config, "cpu_cost_per_second", 0.0))
        engine = getattr(config, "ocr_engine", "tesseract")
        if ocr_options is None and engine != "tesseract":
            from engine.ocr import OcrOptions

            ocr_options = OcrOptions(engine=engine)
        self.ocr_options = ocr_options
        if field_model == "bundled":
            from engine.field_model import default_model

            field_model = default_model()
        self.field_model: FieldModel | None = field_model
        self.model_on_text_layer = bool(getattr(config, "model_on_text_layer", False))
        self.calibration = load_configured(config)
        self.power = load_tier2(config)

    def run(self, document: Document, previous: TierResult | None) -> TierResult:
        from engine.ocr import (
            DEFAULT_OCR_OPTIONS,
            OcrReport,
            OcrUnavailableError,
            ocr_available,
            ocr_document_with_report,
        )
        from engine.tiers.patterns import extract_fields

        started = time.perf_counter()
        cpu_started = time.process_time()
        children_started = _children_cpu()
        base = _reusable(document, previous)
        already = base is not document or _has_ocr_words(base)
        report = OcrReport()
        if already:
            ocr_doc = base
        elif not any(_wants_ocr(page) for page in document.pages):
            if self.field_model is None or not self.model_on_text_layer:
                return self._unavailable(document, started, "no image-only page to OCR (tier 1 read the text layer)")
            ocr_doc = document
        elif not ocr_available(self.ocr_options or DEFAULT_OCR_OPTIONS):
            return self._unavailable(document, started, _missing_engine(self.ocr_options or DEFAULT_OCR_OPTIONS))
        else:
            try:
                ocr_doc, report = ocr_document_with_report(document, dpi=self.dpi, workers=self.workers,
                                                           timeout_s=self.timeout_s, options=self.ocr_options,
                                                           limits=self.config.limits)
            except OcrUnavailableError as error:
                return self._unavailable(document, started, str(error))

        fields, document_type, confidence, doubtful = extract_fields(ocr_doc, self.patterns, self.config.locale)
        doubtful = list(doubtful)
        if self.calibration is not None and fields:
            # What tier 1's reader achieves on a clean text layer is the most it can achieve on
            # OCR text; the OCR factors below only lower it.
            fields, confidence = self.calibration.apply(fields, document_type=document_type)
        if self.field_model is not None:
            fields, document_type, confidence, doubtful = self.field_model.extract(
                ocr_doc, self.patterns, self.config.locale, (fields, document_type, confidence, doubtful))
            doubtful = list(doubtful)

        scaled: dict[str, FieldValue] = {}
        factors: dict[str, float] = {}
        for path, value in fields.items():
            # The model's probability already weighs the OCR confidence of the value's words.
            factor = 1.0 if is_model_value(value) else word_factor(_source_confidence(ocr_doc, value))
            factors[path] = factor
            scaled[path] = replace(value, tier=TIER, confidence=round(min(1.0, value.confidence * factor), 4))
        quality = document_quality(ocr_doc)
        required = self.config.policy.required_fields.get(document_type, ("financial_data.total_amount",))
        field_factor = min((f for p, f in factors.items() if _is_required(p, required)), default=1.0)
        if self.calibration is not None and scaled:
            # The document's confidence stays the chance that every unit is right.
            field_factor = 1.0
            confidence = _all_units_right(scaled)
        confidence = confidence * field_factor * page_factor(quality if _has_ocr_words(ocr_doc) else 1.0)
        if self.power is not None:
            confidence = self.power.apply(confidence)  # the product runs low: PowerCalibration
        scaled, confidence = cap_for_language(scaled, confidence, doubtful)
        for page_report in report.pages:
            if page_report.timed_out:
                doubtful.append(f"page {page_report.number}: OCR timed out")
                confidence = min(confidence, TIMEOUT_CAP)
            elif page_report.error:
                doubtful.append(f"page {page_report.number}: OCR failed ({page_report.error})")
                confidence = min(confidence, TIMEOUT_CAP)
            elif not page_report.words:
                doubtful.append(f"page {page_report.number}: OCR found no text")
        cpu_s = time.process_time() - cpu_started + _children_cpu() - children_started + report.pool_cpu_s
        return TierResult(
            tier=TIER, fields=scaled, document_type=document_type,  # type: ignore[arg-type]
            confidence=round(max(0.0, min(1.0, confidence)), 4),
            cost=round(cpu_s * self.cpu_cost_per_second, 6),
            time_ms=(time.perf_counter() - started) * 1000, quality_score=round(quality, 4),
            doubtful=doubtful, document=ocr_doc,
            available=any(page.lines for page in ocr_doc.pages),
            unavailable_reason=None if any(page.lines for page in ocr_doc.pages) else "OCR found no text",
        )

    def _unavailable(self, document: Document, started: float, reason: str) -> TierResult:
        return TierResult(tier=TIER, available=False, unavailable_reason=reason, document=document,
                          time_ms=(time.perf_counter() - started) * 1000, quality_score=0.0)


# --------------------------------------------------------------------------------------------------
# Helpers


def _missing_engine(options: OcrOptions) -> str:
    return "PP-OCR models missing" if options.engine == "ppocr" else "tesseract not installed"


def _all_units_right(fields: dict[str, FieldValue]) -> float:
    units: dict[str, float] = {}
    for path, value in fields.items():
        unit = unit_of(path)
        units[unit] = min(units.get(unit, 1.0), value.confidence)
    return math.prod(units.values())


def is_model_value(value: FieldValue) -> bool:
    """Whether the field model chose or confirmed this value (its confidence is the model's)."""
    return bool(value.basis) and value.basis.startswith("model")


def word_factor(confidence: float | None) -> float:
    """Scale for a field read from words of this (character-weighted) OCR confidence; 1 for a field
    with no OCR words behind it (a text layer)."""
    if confidence is None:
        return 1.0
    return WORD_FLOOR + (1.0 - WORD_FLOOR) * min(1.0, max(0.0, confidence) / FULL_TRUST)


def page_factor(quality: float) -> float:
    """Scale for the document's confidence from its pages' OCR quality."""
    return PAGE_FLOOR + (1.0 - PAGE_FLOOR) * min(1.0, max(0.0, quality) / FULL_TRUST)


def document_quality(document: Document) -> float:
    """Character-weighted word confidence over the visible words of every page (1.0 for a text
    layer's words); 0 when the document has no words at all."""
    total = weight = 0.0
    for page in document.pages:
        for line in page.lines:
            for word in line.words:
                n = len(word.text)
                total += word.confidence * n
                weight += n
    return total / weight if weight else 0.0


def _source_confidence(document: Document, value: FieldValue) -> float | None:
    """Character-weighted confidence of the OCR words under a field's box, None when none are OCR."""
    if value.page is None or value.bbox is None:
        return None
    page = _page(document, value.page)
    if page is None:
        return None
    total = weight = 0.0
    for word in page.words:
        if word.source != "ocr" or word.hidden or not _mostly_inside(word.bbox, value.bbox):
            continue
        n = len(word.text)
        total += word.confidence * n
        weight += n
    return total / weight if weight else None


def _page(document: Document, number: int) -> Page | None:
    index = number - 1
    if 0 <= index < len(document.pages) and document.pages[index].number == number:
        return document.pages[index]
    return next((p for p in document.pages if p.number == number), None)


def _mostly_inside(word: BBox, box: BBox) -> bool:
    w = max(0.0, min(word[2], box[2]) - max(word[0], box[0]))
    h = max(0.0, min(word[3], box[3]) - max(word[1], box[1]))
    area = max(1e-6, (word[2] - word[0]) * (word[3] - word[1]))
    return w * h >= 0.5 * area


def _wants_ocr(page: Page) -> bool:
    return not page.has_text_layer and not page.words


def _has_ocr_words(document: Document) -> bool:
    return any(word.source == "ocr" for page in document.pages for word in page.words)


def _reusable(document: Document, previous: TierResult | None) -> Document:
    """The previous tier's Document when it is this document already OCRed, else `document`."""
    if previous is None or previous.document is None:
        return document
    other = previous.document
    if (other.content_hash == document.content_hash and other.page_offset == document.page_offset
            and len(other.pages) == len(document.pages) and _has_ocr_words(other)):
        return other
    return document


def _is_required(path: str, required: tuple[str, ...]) -> bool:
    return any(path == r or path.startswith(r + ".") for r in required)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


__all__ = ["FieldModel", "OcrModelTier", "document_quality", "is_model_value", "page_factor", "word_factor"]

