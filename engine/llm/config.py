"""Tier 3's configuration: which endpoint, which model, and the limits every call keeps.

Values left unset in `LlmConfig` come from the usual environment variables: `OPENAI_BASE_URL`,
`OPENAI_API_KEY`, `CASHUP_LLM_MODEL` (and `CASHUP_LLM_PRICE`, "input,output" USD per million
tokens). The model must be named explicitly: an `OPENAI_API_KEY` left in a shell never starts
spending money on its own. Without a key and a model the tier is unavailable, and says which is
missing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from engine.llm.pricing import DEFAULT_PRICES, ModelPrice, parse_price, price_for

ENV_BASE_URL = "OPENAI_BASE_URL"
ENV_API_KEY = "OPENAI_API_KEY"
ENV_MODEL = "CASHUP_LLM_MODEL"
ENV_PRICE = "CASHUP_LLM_PRICE"


@dataclass(frozen=True)
class LlmConfig:
    base_url: str | None = None  # None: $OPENAI_BASE_URL, else the openai client's default
    api_key: str | None = None  # None: $OPENAI_API_KEY
    model: str | None = None  # None: $CASHUP_LLM_MODEL
    use_environment: bool = True  # False: only what is set here counts (tests, multi-tenant services)
    # Send page images of scanned documents (the model must accept images).
    vision: bool = False
    image_dpi: int = 150
    max_image_pages: int = 4
    # One HTTP call; the tier's own loop retries 429, 5xx and timeouts (the client's retries are off).
    timeout_s: float = 60.0
    max_attempts: int = 4
    backoff_base_s: float = 0.5  # first wait; doubled per attempt, with jitter
    backoff_max_s: float = 8.0  # longest single wait (a longer Retry-After gives up instead)
    max_total_wait_s: float = 30.0  # all waits of one document together
    # Per-document budget: tokens (prompt estimate + max_output_tokens, summed over attempts). The
    # money budget is the routing policy's max_cost_per_document.
    max_tokens_per_document: int = 40_000
    max_output_tokens: int = 4_000
    temperature: float | None = 0.0  # None for models that accept only their default (o-series, gpt-5)
    # Prices (USD per 1M tokens) added to / overriding engine.llm.pricing.DEFAULT_PRICES.
    prices: Mapping[str, ModelPrice] = field(default_factory=dict)
    # Answers are cached in memory (LRU) and, when set, in this directory too.
    cache_dir: Path | None = None
    cache_entries: int = 1024

    def resolve(self, environ: Mapping[str, str] | None = None) -> ResolvedLlmConfig | str:
        """The settings a call needs, or why the tier cannot run (a sentence for the trace)."""
        env = (os.environ if environ is None else environ) if self.use_environment else {}
        base_url = self.base_url or env.get(ENV_BASE_URL) or None
        api_key = self.api_key or env.get(ENV_API_KEY) or None
        model = self.model or env.get(ENV_MODEL) or None
        missing = [name for name, value in (("an API key (OPENAI_API_KEY)", api_key),
                                            ("a model (CASHUP_LLM_MODEL)", model)) if not value]
        if missing:
            return "LLM not configured: set " + " and ".join(missing)
        assert api_key is not None and model is not None
        table = {**DEFAULT_PRICES, **self.prices}
        price = price_for(model, table)
        price_text = env.get(ENV_PRICE)
        if price_text:
            try:
                price = parse_price(price_text)
            except ValueError as error:
                return f"invalid {ENV_PRICE}: {error}"
        return ResolvedLlmConfig(base_url=base_url, api_key=api_key, model=model, price=price, settings=self)


@dataclass(frozen=True)
class ResolvedLlmConfig:
    base_url: str | None
    api_key: str = field(repr=False)
    model: str
    price: ModelPrice | None  # None: unknown, calls are counted at 0 USD
    settings: LlmConfig
