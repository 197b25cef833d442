"""One chat-completions request, retried the way a shared endpoint expects.

The openai client's own retries are off (`max_retries=0`), so every wait is decided here: 429, 408,
409, 5xx, timeouts and dropped connections are retried with exponential backoff and full jitter, a
`Retry-After` (or `retry-after-ms`) header is honoured as the least wait, and both the number of
attempts and the total time spent waiting are bounded. Anything else (400, 401, 404...) is final.
Nothing raises: the caller gets a `CallOutcome` with the response or the reason there is none, and
the token usage of every response that came back.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import openai

from engine.llm.config import LlmConfig

logger = logging.getLogger(__name__)

RETRYABLE_STATUS = frozenset({408, 409, 429})


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0

    def add(self, usage: Any) -> None:
        if usage is None:
            return
        self.prompt_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
        self.completion_tokens += int(getattr(usage, "completion_tokens", 0) or 0)
        details = getattr(usage, "prompt_tokens_details", None)
        self.cached_tokens += int(getattr(details, "cached_tokens", 0) or 0) if details is not None else 0

    @property
    def total(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass
class CallOutcome:
    response: Any | None = None
    error: str | None = None  # why there is no response
    attempts: int = 0
    waited_s: float = 0.0
    waits: list[float] = field(default_factory=list)


@dataclass
class RetryPolicy:
    max_attempts: int = 4
    backoff_base_s: float = 0.5
    backoff_max_s: float = 8.0
    max_total_wait_s: float = 30.0

    @classmethod
    def from_settings(cls, settings: LlmConfig) -> RetryPolicy:
        return cls(max(1, settings.max_attempts), max(0.0, settings.backoff_base_s),
                   max(0.0, settings.backoff_max_s), max(0.0, settings.max_total_wait_s))

    def backoff(self, retry: int, rng: random.Random) -> float:
        """Full jitter: uniform in [0, base x 2^retry], capped."""
        return rng.uniform(0.0, min(self.backoff_max_s, self.backoff_base_s * (2 ** retry)))


def call_with_retries(send: Callable[[], Any], policy: RetryPolicy, *,
                      sleep: Callable[[float], None] = time.sleep, rng: random.Random | None = None) -> CallOutcome:
    """Call `send()` (one HTTP request) until it returns, a final error occurs, or the bounds are hit."""
    rng = rng or random.Random()
    outcome = CallOutcome()
    for attempt in range(policy.max_attempts):
        outcome.attempts = attempt + 1
        try:
            outcome.response = send()
            outcome.error = None
            return outcome
        except openai.APIStatusError as error:
            status = error.status_code
            reason = f"HTTP {status}" + (f" ({_short(error.message)})" if error.message else "")
            if status not in RETRYABLE_STATUS and status < 500:
                outcome.error = reason
                return outcome
            retry_after = retry_after_seconds(error.response.headers if error.response is not None else {})
        except openai.APITimeoutError:
            reason, retry_after = "timed out", None
        except openai.APIConnectionError as error:
            reason, retry_after = f"connection failed ({_short(str(error))})", None
        except openai.OpenAIError as error:  # a response the client could not read, a bad setting...
            outcome.error = f"{type(error).__name__}: {_short(str(error))}"
            return outcome
        outcome.error = reason
        if attempt + 1 >= policy.max_attempts:
            outcome.error = f"{reason}; gave up after {attempt + 1} attempts"
            return outcome
        wait = policy.backoff(attempt, rng)
        if retry_after is not None:
            wait = max(wait, retry_after)  # the server's word is the least wait; the total bound still holds
        if outcome.waited_s + wait > policy.max_total_wait_s:
            outcome.error = f"{reason}; retry wait budget of {policy.max_total_wait_s:g} s spent"
            return outcome
        logger.info("LLM call failed (%s); retrying in %.2f s", reason, wait)
        sleep(wait)
        outcome.waits.append(wait)
        outcome.waited_s += wait
    return outcome


def retry_after_seconds(headers: Any) -> float | None:
    """The wait a 429 / 503 asks for: `retry-after-ms`, or `Retry-After` in seconds or as an HTTP date."""
    try:
        milliseconds = headers.get("retry-after-ms")
        if milliseconds is not None:
            return max(0.0, float(milliseconds) / 1000.0)
    except (TypeError, ValueError):
        pass
    value = headers.get("retry-after") if headers is not None else None
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except (TypeError, ValueError):
        pass
    try:
        when = email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
