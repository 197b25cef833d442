"""The escalation loop: cheapest tier first, the next only for what stays uncertain."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from engine.calibration import load_configured
from engine.document import Document
from engine.errors import ExtractionTimeoutError
from engine.merge import DEFAULT_FIELD_THRESHOLD, document_confidence, merge, uncertain_units
from engine.result import ExtractionResult, TierName, TierTrace
from engine.splitting import split_documents
from engine.tiers.base import Tier, TierResult
from engine.validation import run_checks

if TYPE_CHECKING:
    from engine.api import EngineConfig

logger = logging.getLogger(__name__)

TierPreference = Literal["auto", "tier1", "tier2", "tier3"]
TIER_BY_PREFERENCE: dict[str, TierName] = {"tier1": "pattern_matching", "tier2": "ocr_model", "tier3": "llm"}


@dataclass(frozen=True)
class RoutingPolicy:
    threshold: float = 0.85
    tier_order: tuple[TierName, ...] = ("pattern_matching", "ocr_model", "llm")
    required_fields: dict[str, tuple[str, ...]] = field(default_factory=lambda: {
        "invoice": ("invoice_ids", "financial_data.total_amount", "document_date"),
        "credit_note": ("invoice_ids", "financial_data.total_amount", "document_date"),
        "remittance_advice": ("invoice_ids", "financial_data.total_amount"),
        "receipt": ("financial_data.total_amount", "document_date", "vendor_information.vendor_name"),
        "statement": ("financial_data.total_amount",),
        "unknown": ("financial_data.total_amount",),
    })
    max_cost_per_document: float = 0.05
    # A field at or above this calibrated confidence is settled: later tiers never overrule it and
    # tier 3 is not asked for it (see engine.merge).
    field_threshold: float = DEFAULT_FIELD_THRESHOLD
    # Checked between tiers; a tier itself is bounded by its own timeouts (regex, OCR per page).
    max_seconds_per_document: float = 120.0


class Router:
    def __init__(self, config: EngineConfig) -> None:
        from engine.pattern_files import load_patterns
        from engine.tiers.patterns import PatternTier

        self.config = config
        self.patterns = load_patterns(config.patterns_dir)
        from engine.tiers.llm import LlmTier
        from engine.tiers.ocr_model import OcrModelTier

        self.tiers: dict[TierName, Tier] = {
            "pattern_matching": PatternTier(config, self.patterns),
            "ocr_model": OcrModelTier(config, self.patterns),
            "llm": LlmTier(config, self.patterns),
        }
        # Scores a result merged from several tiers the way tier 1's calibration scores its own.
        self.calibration = load_configured(config)

    def route(self, document: Document, *, tier_preference: TierPreference, threshold: float | None,
              started: float, split: bool) -> list[ExtractionResult]:
        threshold = self.config.policy.threshold if threshold is None else threshold
        parts = self._split(document) if split else [document]
        results = []
        for part in parts:
            part_started = time.perf_counter()
            result = self._route_one(part, tier_preference, threshold)
            if len(parts) > 1:
                _shift_pages(result, part.page_offset)
                result.extra_metadata["page_range"] = [part.page_offset + 1, part.page_offset + len(part.pages)]
                result.extra_metadata["documents_in_file"] = len(parts)
                result.processing_time_ms = (time.perf_counter() - part_started) * 1000
            if document.repaired:
                result.extra_metadata["repaired"] = True
            results.append(result)
        if len(parts) == 1:
            results[0].processing_time_ms = (time.perf_counter() - started) * 1000
        return results

    def _split(self, document: Document) -> list[Document]:
        """The documents in a file. A scanned batch has no text to split on, so it is OCRed first
        (once: tier 2 reuses the OCR words of the part it is handed) and split on the OCR text."""
        parts = split_documents(document, self.patterns)
        if len(parts) > 1 or len(document.pages) < 2 or _has_native_text(document):
            return parts
        from engine.ocr import OcrOptions, OcrUnavailableError, ocr_available, ocr_document_with_report

        options = OcrOptions(engine=self.config.ocr_engine)  # the engine tier 2 reads with, so it reuses these words
        if "ocr_model" not in self.tiers or not ocr_available(options):
            return parts
        try:
            ocred, _ = ocr_document_with_report(document, dpi=self.config.ocr_dpi, workers=self.config.ocr_workers,
                                                timeout_s=self.config.ocr_timeout_s, options=options,
                                                limits=self.config.limits)
        except OcrUnavailableError:
            return parts
        return split_documents(ocred, self.patterns)

    def _route_one(self, document: Document, tier_preference: TierPreference, threshold: float) -> ExtractionResult:
        policy = self.config.policy
        order = policy.tier_order if tier_preference == "auto" else (TIER_BY_PREFERENCE[tier_preference],)
        deadline = time.perf_counter() + policy.max_seconds_per_document
        traces: list[TierTrace] = []
        best: TierResult | None = None
        for name in order:
            tier = self.tiers.get(name)
            if tier is None:
                traces.append(TierTrace(name, 0.0, 0.0, 0.0, "skipped", "tier not available in this build"))
                continue
            if time.perf_counter() > deadline:
                traces.append(TierTrace(name, 0.0, 0.0, 0.0, "skipped", "time budget for the document spent"))
                continue
            if name == "pattern_matching" and not _has_native_text(document):
                traces.append(TierTrace(name, 0.0, 0.0, 0.0, "skipped", "no text layer to read (image-only pages)"))
                continue
            spent = sum(t.cost for t in traces)
            if spent >= policy.max_cost_per_document > 0 and name == "llm":
                traces.append(TierTrace(name, 0.0, 0.0, 0.0, "skipped",
                                        f"cost budget for the document spent (${spent:.4f})"))
                continue
            tier_started = time.perf_counter()
            try:
                outcome = tier.run(document, _with_doubts(best, policy, spent))
            except Exception as error:  # one tier's bug costs that tier, not the document
                logger.exception("tier %s failed on %s", name, document.document_id)
                traces.append(TierTrace(name, 0.0, 0.0, (time.perf_counter() - tier_started) * 1000, "failed",
                                        f"{type(error).__name__}"))
                continue
            if not outcome.available:
                traces.append(TierTrace(name, 0.0, outcome.cost, outcome.time_ms, "skipped",
                                        outcome.unavailable_reason or "not available"))
                continue
            failure = _failed_call(outcome)
            if failure:
                traces.append(TierTrace(name, 0.0, outcome.cost, outcome.time_ms, "failed", failure))
                continue
            best = self._rescored(merge(best, outcome, policy.field_threshold))
            missing = _missing_required(best, policy)
            accepted = best.confidence >= threshold and not missing
            traces.append(TierTrace(name, outcome.confidence, outcome.cost, outcome.time_ms,
                                    "accepted" if accepted else "escalated",
                                    None if accepted else _escalation_reason(best, missing, threshold, policy)))
            if accepted:
                break
        if best is None:
            if any(t.reason == "time budget for the document spent" for t in traces):
                raise ExtractionTimeoutError(f"no tier finished within {policy.max_seconds_per_document} s")
            return ExtractionResult(
                status="needs_review", document_id=document.document_id, processing_time_ms=0.0, tier_used=None,
                confidence=0.0, cost=sum(t.cost for t in traces), pages=len(document.pages),
                source_file=document.source_name, source_format=document.source_format, tiers=traces)
        status = "success" if any(t.outcome == "accepted" for t in traces) else "needs_review"
        return ExtractionResult(
            status=status, document_id=document.document_id, processing_time_ms=0.0, tier_used=best.tier,
            confidence=best.confidence, cost=sum(t.cost for t in traces), fields=best.fields,
            document_type=best.document_type, pages=len(document.pages), quality_score=best.quality_score,
            source_file=document.source_name, source_format=document.source_format, tiers=traces,
        )


    def _rescored(self, result: TierResult) -> TierResult:
        """A result whose fields came from several tiers: re-run the cross-field checks on the merged
        values and score the document with the calibrated document model, as tier 1 scores its own."""
        if len({value.tier for value in result.fields.values()}) < 2:
            return result
        plain = {path: value.value for path, value in result.fields.items()}
        failed = [f"check {check.name} failed ({check.detail})" for check in run_checks(plain) if not check.passed]
        doubtful = [d for d in result.doubtful if not d.startswith("check ")] + failed
        if self.calibration is not None:
            confidence = self.calibration.document_confidence(result.fields, document_type=result.document_type,
                                                              doubtful=failed)
        else:
            confidence = document_confidence(result.fields) * (0.6 if failed else 1.0)
        return replace(result, confidence=confidence, doubtful=doubtful)


def _has_native_text(document: Document) -> bool:
    """Whether any page has words of its own (a text layer), not only words OCR put there."""
    return any(word.source != "ocr" for page in document.pages for word in page.words)


def _failed_call(outcome: TierResult) -> str | None:
    """A tier that ran but could not get an answer (tier 3's call failed after its retries)."""
    if outcome.fields:
        return None
    return next((d for d in outcome.doubtful if d.startswith(f"{outcome.tier}: ") or d.startswith("llm: ")), None)


def _escalation_reason(result: TierResult, missing: list[str], threshold: float, policy: RoutingPolicy) -> str:
    """Which fields and checks kept the document from being accepted, for the `tiers` trace."""
    reasons = []
    if result.confidence < threshold:
        reasons.append(f"confidence {result.confidence:.2f} below threshold {threshold:.2f}")
    if missing:
        reasons.append(f"missing {', '.join(missing)}")
    uncertain = uncertain_units(result.fields, policy.field_threshold)
    if uncertain:
        reasons.append("uncertain " + ", ".join(uncertain))
    reasons += [d for d in result.doubtful if not d.startswith("uncertain ")]
    return "; ".join(reasons) or "not accepted"


def _with_doubts(result: TierResult | None, policy: RoutingPolicy, spent: float) -> TierResult | None:
    """The merged result so far, naming in `doubtful` the fields the next tier should look at, with
    `cost` the money the document has cost so far (tier 3 spends only what the budget leaves)."""
    if result is None:
        return None
    missing = _missing_required(result, policy)
    uncertain = uncertain_units(result.fields, policy.field_threshold)
    doubts = [f"missing {path}" for path in missing] + [f"uncertain {unit}" for unit in uncertain]
    return replace(result, doubtful=[d for d in result.doubtful if not d.startswith(("missing ", "uncertain "))]
                   + doubts, cost=spent)


def _missing_required(outcome: TierResult, policy: RoutingPolicy) -> list[str]:
    required = policy.required_fields.get(outcome.document_type, policy.required_fields.get("unknown", ()))
    present = set(outcome.fields)
    return [path for path in required
            if path not in present and not any(p.startswith(path + ".") for p in present)]


def _shift_pages(result: ExtractionResult, offset: int) -> None:
    """Provenance pages of a document split out of a larger file count from the file's first page."""
    if offset:
        result.fields = {path: replace(value, page=value.page + offset) if value.page is not None else value
                         for path, value in result.fields.items()}
