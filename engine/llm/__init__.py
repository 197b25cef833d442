"""Tier 3's parts, one job per module: configuration (`config`), prices (`pricing`), the fields asked
for and the answer's schema (`schema`), the prompt (`prompt`), the HTTP calls with retries
(`transport`), grounding answers in the document's visible text (`grounding`) and the answer cache
(`cache`). `engine.tiers.llm.LlmTier` puts them together."""

from engine.llm.config import LlmConfig, ResolvedLlmConfig
from engine.llm.pricing import DEFAULT_PRICES, ModelPrice

__all__ = ["DEFAULT_PRICES", "LlmConfig", "ModelPrice", "ResolvedLlmConfig"]
