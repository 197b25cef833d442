"""The router's escalation loop and the per-field merge of tiers, with scripted tiers."""

from __future__ import annotations

import pytest

from engine.api import Engine, EngineConfig
from engine.calibration import Calibration, DocumentModel, document_features
from engine.document import document_from_lines
from engine.merge import merge, uncertain_units
from engine.result import FieldValue
from engine.router import RoutingPolicy
from engine.tiers.base import TierResult


def value(v, confidence, tier="pattern_matching", basis="right"):
    return FieldValue(value=v, confidence=confidence, tier=tier, page=1, bbox=(1.0, 2.0, 3.0, 4.0), text=str(v),
                      basis=basis)


class ScriptedTier:
    """A tier that returns a fixed result and remembers what it was handed."""

    def __init__(self, name, fields=None, *, document_type="invoice", confidence=None, available=True, cost=0.0,
                 doubtful=(), error=None):
        self.name = name
        self.fields = fields or {}
        self.document_type = document_type
        self.confidence = confidence
        self.available = available
        self.cost = cost
        self.doubtful = list(doubtful)
        self.error = error
        self.seen_previous: list[TierResult | None] = []

    def run(self, document, previous):
        self.seen_previous.append(previous)
        if self.error:
            raise self.error
        from engine.merge import document_confidence
        confidence = document_confidence(self.fields) if self.confidence is None else self.confidence
        return TierResult(tier=self.name, fields=dict(self.fields), document_type=self.document_type,
                          confidence=confidence, cost=self.cost, time_ms=1.0, available=self.available,
                          unavailable_reason=None if self.available else "not configured",
                          doubtful=list(self.doubtful), document=document)


def engine_with(*tiers, policy=None):
    engine = Engine(EngineConfig(policy=policy or RoutingPolicy()))
    engine.router.tiers = {tier.name: tier for tier in tiers}
    return engine


DOCUMENT = document_from_lines([("Invoice INV-1", (50, 50, 200, 62)), ("Total 100.00", (50, 80, 200, 92))],
                               width=600, height=800)
SURE_INVOICE = {
    "invoice_ids.0": value("INV-1", 0.995),
    "document_date": value("2024-01-05", 0.995),
    "financial_data.total_amount": value(100.0, 0.995),
}


def test_confident_tier_one_is_accepted_and_later_tiers_never_run():
    tier2 = ScriptedTier("ocr_model", {})
    result = engine_with(ScriptedTier("pattern_matching", SURE_INVOICE), tier2).extract(DOCUMENT)
    assert result.status == "success" and result.tier_used == "pattern_matching"
    assert [t.outcome for t in result.tiers] == ["accepted"]
    assert tier2.seen_previous == []


def test_later_tier_fills_missing_and_overrules_only_doubtful_fields():
    first = {**SURE_INVOICE, "financial_data.total_amount": value(90.0, 0.40)}
    del first["document_date"]
    second = {
        "invoice_ids.0": value("INV-9", 0.999, "llm"),  # settled in tier 1: must not change
        "document_date": value("2024-01-05", 0.99, "llm"),  # missing: filled
        "financial_data.total_amount": value(100.0, 0.98, "llm"),  # in doubt: overruled
    }
    tier3 = ScriptedTier("llm", second)
    result = engine_with(ScriptedTier("pattern_matching", first), tier3).extract(DOCUMENT)
    fields = result.fields
    assert fields["invoice_ids.0"].value == "INV-1" and fields["invoice_ids.0"].tier == "pattern_matching"
    assert fields["document_date"].value == "2024-01-05" and fields["document_date"].tier == "llm"
    assert fields["financial_data.total_amount"].value == 100.0 and fields["financial_data.total_amount"].tier == "llm"
    assert result.tier_used == "llm"
    # the trace names what made tier 1 escalate
    reason = result.tiers[0].reason
    assert result.tiers[0].outcome == "escalated"
    assert "missing document_date" in reason and "uncertain financial_data.total_amount" in reason
    # and tier 3 was told which fields are in doubt
    handed = tier3.seen_previous[0]
    assert "missing document_date" in handed.doubtful
    assert "uncertain financial_data.total_amount" in handed.doubtful
    assert "uncertain invoice_ids" not in handed.doubtful


def test_a_less_sure_later_tier_does_not_overrule():
    first = {**SURE_INVOICE, "financial_data.total_amount": value(90.0, 0.6)}
    result = engine_with(ScriptedTier("pattern_matching", first),
                         ScriptedTier("llm", {"financial_data.total_amount": value(100.0, 0.5, "llm")})
                         ).extract(DOCUMENT)
    assert result.fields["financial_data.total_amount"].value == 90.0
    assert result.status == "needs_review"


def test_lists_merge_whole():
    earlier = TierResult("pattern_matching", fields={"invoice_ids.0": value("A", 0.99), "invoice_ids.1": value("B", 0.3)})
    later = TierResult("llm", fields={"invoice_ids.0": value("A", 0.95, "llm"), "invoice_ids.1": value("C", 0.95, "llm"),
                                      "invoice_ids.2": value("D", 0.95, "llm")})
    merged = merge(earlier, later, 0.97)
    assert [merged.fields[f"invoice_ids.{i}"].value for i in range(3)] == ["A", "C", "D"]
    assert {merged.fields[f"invoice_ids.{i}"].tier for i in range(3)} == {"llm"}


def test_agreeing_tiers_keep_the_stronger_reading():
    earlier = TierResult("pattern_matching", fields={"document_date": value("2024-01-05", 0.8)})
    later = TierResult("llm", fields={"document_date": value("2024-01-05", 0.9, "llm")})
    merged = merge(earlier, later, 0.97)
    assert merged.fields["document_date"].tier == "llm" and merged.fields["document_date"].confidence == 0.9


def test_uncertain_units_weakest_first():
    fields = {"a": value(1, 0.5), "b": value(2, 0.99), "line_items.0.amount": value(3, 0.9),
              "line_items.1.amount": value(4, 0.2)}
    assert uncertain_units(fields, 0.97) == ["line_items", "a"]


def test_unavailable_and_failing_tiers_are_traced_not_fatal():
    result = engine_with(ScriptedTier("pattern_matching", {"financial_data.total_amount": value(5.0, 0.5)}),
                         ScriptedTier("ocr_model", error=RuntimeError("boom")),
                         ScriptedTier("llm", available=False)).extract(DOCUMENT)
    assert [(t.tier, t.outcome) for t in result.tiers] == [
        ("pattern_matching", "escalated"), ("ocr_model", "failed"), ("llm", "skipped")]
    assert result.tiers[1].reason == "RuntimeError" and result.tiers[2].reason == "not configured"
    assert result.status == "needs_review" and result.fields["financial_data.total_amount"].value == 5.0


def test_llm_is_skipped_once_the_cost_budget_is_spent():
    policy = RoutingPolicy(max_cost_per_document=0.01)
    tier3 = ScriptedTier("llm", SURE_INVOICE)
    result = engine_with(ScriptedTier("pattern_matching", {}),
                         ScriptedTier("ocr_model", {"financial_data.total_amount": value(5.0, 0.5, "ocr_model")},
                                      cost=0.02), tier3, policy=policy).extract(DOCUMENT)
    assert result.tiers[-1].outcome == "skipped" and "cost budget" in result.tiers[-1].reason
    assert tier3.seen_previous == []
    assert result.cost == pytest.approx(0.02)


def test_exact_tier_preference_runs_only_that_tier():
    tier1 = ScriptedTier("pattern_matching", SURE_INVOICE)
    tier3 = ScriptedTier("llm", SURE_INVOICE)
    result = engine_with(tier1, tier3).extract(DOCUMENT, tier_preference="tier3")
    assert tier1.seen_previous == [] and result.tier_used == "llm"


def test_document_model_separates_checked_from_failing_documents():
    # A document whose units were confirmed by checks is right far more often than one whose check
    # failed; the fitted model must rank them that way and stay a probability.
    checked = {"financial_data.total_amount": value(1.0, 0.95, basis="right+checked"),
               "financial_data.net_amount": value(1.0, 0.95, basis="right+checked")}
    failing = {"financial_data.total_amount": value(1.0, 0.95, basis="right+failed")}
    rows = ([document_features(checked, "invoice")] * 40 + [document_features(failing, "invoice",
                                                                              ["check net_tax_total failed"])] * 40)
    labels = [True] * 36 + [False] * 4 + [True] * 10 + [False] * 30
    model = DocumentModel.fit(rows, labels)
    good = model.probability(document_features(checked, "invoice"))
    bad = model.probability(document_features(failing, "invoice", ["check net_tax_total failed"]))
    assert 0.8 < good < 0.95 and 0.15 < bad < 0.35
    calibration = Calibration(document_model=model)
    assert calibration.document_confidence(checked, document_type="invoice") == pytest.approx(good, abs=1e-3)


def test_a_scanned_batch_is_split_on_its_ocr_text():
    from pathlib import Path

    from engine.ocr import tesseract_available

    if not tesseract_available():
        pytest.skip("tesseract not installed")
    scan = Path(__file__).resolve().parents[1] / "corpus" / "sample" / "doc_059_scan.pdf"
    results = Engine().extract_batch(scan)
    assert [r.to_dict()["metadata"]["page_range"] for r in results] == [[1, 1], [2, 2], [3, 3]]
    assert [r.document_type for r in results] == ["invoice", "remittance_advice", "credit_note"]
    for result in results:
        assert result.tiers[0].tier == "pattern_matching" and result.tiers[0].outcome == "skipped"
        assert result.tier_used == "ocr_model"
    assert results[2].results["financial_data"]["total_amount"] == -11252.0
