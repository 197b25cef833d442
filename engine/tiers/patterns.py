"""Tier 1: template-free pattern matching over a document's text layer."""

from __future__ import annotations

import time

from engine.document import Document
from engine.tiers.base import TierResult


class PatternTier:
    name = "pattern_matching"

    def __init__(self, config: object) -> None:
        self.config = config

    def run(self, document: Document, previous: TierResult | None) -> TierResult:
        started = time.perf_counter()
        return TierResult(tier="pattern_matching", time_ms=(time.perf_counter() - started) * 1000)
