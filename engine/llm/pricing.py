"""What an LLM call costs: the response's token usage times a price table.

Prices are USD per million tokens, as providers publish them. `DEFAULT_PRICES` covers common OpenAI
models (list prices for standard, non-batch calls); `LlmConfig.prices` adds or overrides entries, and
the `CASHUP_LLM_PRICE` environment variable ("input,output" per million) prices the configured
model directly. A dated snapshot name ("gpt-4o-mini-2024-07-18") takes the price of the longest
table name it starts with. A model with no price (a local server) costs 0 and the tier says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

PER_MILLION = 1_000_000


@dataclass(frozen=True)
class ModelPrice:
    input: float  # USD per 1M prompt tokens
    output: float  # USD per 1M completion tokens
    cached_input: float | None = None  # USD per 1M prompt tokens served from the provider's cache

    def cost(self, prompt_tokens: int, completion_tokens: int, cached_tokens: int = 0) -> float:
        cached = min(max(0, cached_tokens), max(0, prompt_tokens)) if self.cached_input is not None else 0
        fresh = max(0, prompt_tokens) - cached
        total = (fresh * self.input + cached * (self.cached_input or 0.0)
                 + max(0, completion_tokens) * self.output)
        return total / PER_MILLION


DEFAULT_PRICES: Mapping[str, ModelPrice] = {
    "gpt-4o-mini": ModelPrice(0.15, 0.60, 0.075),
    "gpt-4o": ModelPrice(2.50, 10.00, 1.25),
    "gpt-4.1-nano": ModelPrice(0.10, 0.40, 0.025),
    "gpt-4.1-mini": ModelPrice(0.40, 1.60, 0.10),
    "gpt-4.1": ModelPrice(2.00, 8.00, 0.50),
    "gpt-4-turbo": ModelPrice(10.00, 30.00),
    "gpt-3.5-turbo": ModelPrice(0.50, 1.50),
    "o4-mini": ModelPrice(1.10, 4.40, 0.275),
    "o3-mini": ModelPrice(1.10, 4.40, 0.55),
    "o3": ModelPrice(2.00, 8.00, 0.50),
    "gpt-5-nano": ModelPrice(0.05, 0.40, 0.005),
    "gpt-5-mini": ModelPrice(0.25, 2.00, 0.025),
    "gpt-5": ModelPrice(1.25, 10.00, 0.125),
}


def price_for(model: str, table: Mapping[str, ModelPrice]) -> ModelPrice | None:
    """The price of `model`: its own entry, else the longest entry it starts with (a dated snapshot
    or a provider prefix such as "openai/gpt-4o-mini" is matched on its last path part too)."""
    for name in (model, model.rsplit("/", 1)[-1]):
        if name in table:
            return table[name]
        prefixes = [key for key in table if name.startswith(key + "-")]
        if prefixes:
            return table[max(prefixes, key=len)]
    return None


def parse_price(text: str) -> ModelPrice:
    """"0.15,0.60" (USD per 1M input, output tokens) as a ModelPrice; ValueError when malformed."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 2:
        raise ValueError(f"a price is 'input,output' in USD per million tokens, not {text!r}")
    values = [float(p) for p in parts]
    if any(v < 0 for v in values):
        raise ValueError(f"prices cannot be negative: {text!r}")
    return ModelPrice(values[0], values[1])
