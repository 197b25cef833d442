"""The contract every tier keeps, and the typed result it hands the router."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from engine.document import Document
from engine.result import DocumentType, FieldValue, TierName


@dataclass
class TierResult:
    """What one tier found on one document.

    `fields` uses the contract's dotted paths (see engine.result). `doubtful` names the fields or
    checks the tier itself is unsure of; the router escalates on them. `document` is the Document
    the tier worked on (tier 2 returns the OCRed one so later tiers reuse its text).
    """

    tier: TierName
    fields: dict[str, FieldValue] = field(default_factory=dict)
    document_type: DocumentType = "unknown"
    confidence: float = 0.0
    cost: float = 0.0
    time_ms: float = 0.0
    quality_score: float = 1.0
    doubtful: list[str] = field(default_factory=list)
    available: bool = True
    unavailable_reason: str | None = None
    document: Document | None = None


class Tier(Protocol):
    name: TierName

    def run(self, document: Document, previous: TierResult | None) -> TierResult:
        """Extract what this tier can; `previous` is the merged result of the cheaper tiers, if any."""
        ...
