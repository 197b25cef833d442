"""Tier 3: an OpenAI-compatible model reads what the cheaper tiers left uncertain, and only what the
document's visible text confirms is kept.

One run:
1. Decide the units to ask for (engine.llm.schema): everything when no tier ran before, else the
   units missing from the previous result, reported below the routing policy's `field_threshold`
   (its `threshold` when it has none), or named in its
   `doubtful` (directly or through a failed cross-field check); the document type too when it is
   still unknown. Nothing uncertain: no call.
2. Build the messages (engine.llm.prompt): a system prompt that treats the document as data, the
   visible text laid out by page, line and position, page images for scans when configured. Lines
   that talk to a model are withheld and named in `doubtful`.
3. Look the answer up in the cache (engine.llm.cache); otherwise check the per-document token and
   money budget, call the endpoint with a strict JSON schema (engine.llm.transport retries 429, 5xx
   and timeouts), and retry a malformed answer once. Nothing raises: a failure is reported in the
   result (`doubtful`) and costs only what the endpoint billed.
4. Ground every value (engine.llm.grounding); drop and record what the text does not show; run the
   shared cross-field checks over the previous values with the new ones in place.

Before step 2, a line that holds two printed rows (a tall title beside a two-row address) is split
into its rows (engine.llm.rows), so that neither the model nor the grounding reads the rows' words
interleaved.

Confidence. A value's confidence is a prior set by how well the document's text supports it, best
first (`basis` in brackets):
- printed exactly, next to a label for that field ("Invoice Date: 21/08/2024", "Bill To:" over the
  name), by tier 1's label vocabulary (patterns/labels.toml): 0.97 ("llm+grounded+labelled");
- printed exactly, with no label before it (a letterhead, a table cell): 0.92 ("llm+grounded");
- printed exactly but only after another field's label or a decoy ("Ship Date", "Subtotal" for a
  total): 0.80 ("llm+grounded+mislabelled"): the model may have taken one field for another;
- found fuzzily (OCR misreadings, digits agreeing): 0.60-0.85 by similarity ("llm+fuzzy"); an amount
  read only with the other number convention, or an id only with OCR's O/0 swaps: 0.75;
- a date whose day/month order the text leaves open, or a currency symbol several currencies
  share ("$"): 0.70 ("llm+ambiguous"); a total printed only in parts (CGST + SGST): 0.70
  ("llm+derived"); a line item's number found only away from its row: 0.60 ("llm+offrow").
A cross-field check that confirms a value raises it, one that contradicts it lowers it ("+checked" /
"+failed"). A list missing an item the model named (ungrounded) is capped at 0.5.

These numbers are priors, not fitted. Grounding rules out invented values, so what remains is the
model taking one printed value for another field's, and how often that happens depends on the
model: the loopback test server (tests/llm_server.py) answers from the truth and is always right,
so it cannot calibrate a real one. To calibrate against a real endpoint, run the engine with
`tier_preference="tier3"` and `EngineConfig(calibrated=False)` over labelled development sets (the
synthetic seeds and the SROIE train split, as tier 1's `cashup calibrate` does), count per unit and
basis how often the reported unit was right (engine.calibration.fit over (result.fields,
wrong_units(record)) pairs collected in evaluate's `on_document`), and save the table as
models/tier3_calibration.json (Calibration.save). When that file exists its measured accuracy per
unit and basis replaces these priors (buckets with fewer than 20 samples keep the prior, scaled by
0.9), and its document model gives the document confidence. Without it the tier's document
confidence is the product of its units' confidences: the chance that every unit it returned is
right if units failed independently.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import threading
import time
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from engine.calibration import Calibration, unit_of
from engine.document import Document
from engine.layout import build_layout
from engine.llm.cache import AnswerCache, answer_key
from engine.llm.config import LlmConfig, ResolvedLlmConfig
from engine.llm.grounding import DECOY, Evidence, Grounding, LabelFinder, Wanted, as_date
from engine.llm.prompt import PROMPT_VERSION, Prompt, build_prompt
from engine.llm.rows import split_stacked_rows
from engine.llm.schema import (
    ALL_UNITS,
    DOCUMENT_TYPE,
    SCHEMA_NAME,
    MalformedAnswerError,
    answer_schema,
    flatten_answer,
    uncertain_units,
)
from engine.llm.transport import RetryPolicy, Usage, call_with_retries
from engine.locale_hint import infer_locale
from engine.resources import models_dir
from engine.result import AMOUNT_PATHS, DATE_PATHS, LIST_PREFIXES, FieldValue, Value
from engine.tiers.base import TierResult
from engine.validation import run_checks

if TYPE_CHECKING:
    from collections.abc import Callable

    from engine.api import EngineConfig
    from engine.pattern_files import PatternSet

logger = logging.getLogger(__name__)

TIER = "llm"
CALIBRATION_FILE = "tier3_calibration.json"
# Prior confidence by how a value was grounded (before calibration and cross-field checks); see the
# module docstring. Not fitted: ordered by how strongly the printed text supports the value.
LABELLED_CONFIDENCE = 0.97  # printed exactly, after a label for this very field
KIND_CONFIDENCE = {"grounded": 0.92, "fuzzy": 0.75, "ambiguous": 0.7, "derived": 0.7, "offrow": 0.6}
MISLABELLED_CONFIDENCE = 0.80  # printed exactly, but after another field's label or a decoy
FUZZY_TEXT_RANGE = (0.60, 0.85)  # fuzzy text, from the lowest similarity grounding accepts to a perfect one
PARTIAL_LIST_CAP = 0.5  # a list missing an item the model named (ungrounded) is likely incomplete
MALFORMED_RETRIES = 1
ID_PATHS = frozenset({"vendor_information.vendor_id", "vendor_information.tax_id",
                      "customer_information.customer_id", "payment_information.payment_reference"})


@dataclass
class LlmTierResult(TierResult):
    """A TierResult with what the router needs to merge tier 3 per unit.

    `requested`: the units asked for (the fields in doubt). For each of them, exactly one holds:
    its paths are in `fields` (grounded answer), it is in `answered_null` (the model says the
    document does not show it), or its paths are in `ungrounded` (the model named a value the text
    does not show: dropped). A list unit can be partly grounded: then both `fields` and `ungrounded`
    name it.
    """

    requested: tuple[str, ...] = ()
    answered_null: tuple[str, ...] = ()
    ungrounded: tuple[str, ...] = ()
    withheld_lines: int = 0
    cached: bool = False
    model: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    attempts: int = 0
    notes: list[str] = field(default_factory=list)


def default_client_factory(resolved: ResolvedLlmConfig) -> Any:
    """An openai client whose own retries are off: the tier's loop decides every retry."""
    import openai

    return openai.OpenAI(api_key=resolved.api_key, base_url=resolved.base_url, max_retries=0,
                         timeout=resolved.settings.timeout_s)


class LlmTier:
    name = TIER

    def __init__(self, config: EngineConfig, patterns: PatternSet | None = None, *,
                 client_factory: Callable[[ResolvedLlmConfig], Any] | None = None) -> None:
        self.config = config
        self.patterns = patterns  # its label vocabulary grades grounded values (loaded when not given)
        self.settings: LlmConfig = getattr(config, "llm", None) or LlmConfig()
        self.resolved = self.settings.resolve()
        self.client_factory = client_factory or default_client_factory
        self.cache = AnswerCache(self.settings.cache_entries, self.settings.cache_dir)
        self.retry_policy = RetryPolicy.from_settings(self.settings)
        self.calibration = Calibration.load(models_dir() / CALIBRATION_FILE) if getattr(
            config, "calibrated", True) else None
        self._client: Any = None
        self._client_lock = threading.Lock()

    @property
    def available(self) -> bool:
        return isinstance(self.resolved, ResolvedLlmConfig)

    # ---------------------------------------------------------------------------------------------

    def run(self, document: Document, previous: TierResult | None) -> TierResult:
        started = time.perf_counter()
        if not isinstance(self.resolved, ResolvedLlmConfig):
            return self._unavailable(document, started, self.resolved)
        resolved = self.resolved
        source = split_stacked_rows(_grounding_document(document, previous))
        layout = build_layout(source)
        if not any(page.lines for page in layout.pages):
            return self._unavailable(document, started, "no visible text to check an answer against")

        units = list(ALL_UNITS) if previous is None else uncertain_units(
            previous.fields, previous.doubtful, _settled_at(self.config.policy))
        ask_type = previous is None or previous.document_type == "unknown"
        document_type = previous.document_type if previous is not None else "unknown"
        base = LlmTierResult(tier=TIER, document=source, document_type=document_type, model=resolved.model,
                             requested=tuple(units), quality_score=_quality(source, previous))
        if not units and not ask_type:
            base.confidence = previous.confidence if previous is not None else 0.0
            base.notes.append("nothing uncertain: no call")
            return _finish(base, started)

        asked = [DOCUMENT_TYPE, *units] if ask_type else units
        schema = answer_schema(asked)
        prompt = build_prompt(source, layout, schema, self.settings)
        base.withheld_lines = len(prompt.withheld)
        base.doubtful += [f"suspected prompt injection withheld from the LLM: page {page} line {line + 1}"
                          for page, line in sorted(prompt.withheld)]
        key = answer_key(content_hash=source.content_hash, page_offset=source.page_offset, pages=len(source.pages),
                         model=resolved.model, prompt_version=PROMPT_VERSION, units=asked,
                         vision=prompt.images > 0, prompt_text=prompt.document_text)
        answer = self.cache.get(key)
        base.cached = answer is not None
        if answer is None:
            usage = Usage()
            try:
                answer, failure, refused = self._ask(prompt, schema, asked, usage, base, previous)
            except Exception as error:  # a bug or an odd client must cost this tier's answer, not the document
                logger.exception("LLM call failed on %s", document.document_id)
                answer, failure, refused = None, f"call failed: {type(error).__name__}: {error}", False
            base.prompt_tokens, base.completion_tokens = usage.prompt_tokens, usage.completion_tokens
            base.cost = self._cost(usage, base)
            if refused:
                base.available, base.unavailable_reason = False, failure
                return _finish(base, started)
            if answer is None:
                base.doubtful.append(f"llm: {failure}")
                return _finish(base, started)
            self.cache.put(key, answer)
        try:
            flat, answered_type = flatten_answer(answer, asked)
        except MalformedAnswerError as error:  # only a hand-edited disk cache can get here
            base.doubtful.append(f"llm: cached answer unusable ({error})")
            return _finish(base, started)
        if answered_type is not None:
            base.document_type = answered_type  # type: ignore[assignment]
        base.answered_null = tuple(u for u in units if not any(unit_of(p) == u for p in flat))
        locale = self.config.locale or infer_locale(layout)
        grounding = Grounding(layout, prompt.withheld, locale, labels=self._label_finder())
        fields, ungrounded = ground_answer(flat, grounding, document_type=base.document_type)
        base.ungrounded = tuple(ungrounded)
        base.doubtful += [f"ungrounded: {path}" for path in ungrounded]
        for unit in sorted({unit_of(p) for p in ungrounded} & set(LIST_PREFIXES)):
            if any(unit_of(p) == unit for p in fields):
                fields = {p: replace(v, confidence=min(v.confidence, PARTIAL_LIST_CAP)) if unit_of(p) == unit else v
                          for p, v in fields.items()}
        fields, failed_checks = _apply_checks(fields, previous, set(units))
        base.doubtful += failed_checks
        if self.calibration is not None and fields:
            fields, base.confidence = self.calibration.apply(fields, document_type=base.document_type)
        else:
            base.confidence = _all_units_right(fields)
        base.fields = fields
        return _finish(base, started)

    # ---------------------------------------------------------------------------------------------

    def _ask(self, prompt: Prompt, schema: dict[str, Any], asked: list[str], usage: Usage, result: LlmTierResult,
             previous: TierResult | None) -> tuple[dict[str, Any] | None, str | None, bool]:
        """(answer, why there is none, whether the budget refused the first call)."""
        assert isinstance(self.resolved, ResolvedLlmConfig)
        settings, price = self.settings, self.resolved.price
        money_budget = self.config.policy.max_cost_per_document - (previous.cost if previous is not None else 0.0)
        request: dict[str, Any] = {
            "model": self.resolved.model, "messages": prompt.messages,
            "response_format": {"type": "json_schema",
                                "json_schema": {"name": SCHEMA_NAME, "strict": True, "schema": schema}},
            "max_completion_tokens": settings.max_output_tokens, "timeout": settings.timeout_s,
        }
        if settings.temperature is not None:
            request["temperature"] = settings.temperature
        client = self._get_client()
        reason: str | None = None
        for round_ in range(1 + MALFORMED_RETRIES):
            estimate = prompt.estimated_tokens + settings.max_output_tokens
            if usage.total + estimate > settings.max_tokens_per_document:
                why = (f"token budget: ~{estimate} tokens more would pass the {settings.max_tokens_per_document} "
                       f"allowed per document")
                return None, why if round_ == 0 else f"{reason}; then {why}", round_ == 0
            if price is not None:
                spent = price.cost(usage.prompt_tokens, usage.completion_tokens, usage.cached_tokens)
                expected = price.cost(prompt.estimated_tokens, settings.max_output_tokens)
                if spent + expected > money_budget:
                    why = (f"cost budget: ~${expected:.4f} more would pass the ${max(0.0, money_budget):.4f} left "
                           f"for this document")
                    return None, why if round_ == 0 else f"{reason}; then {why}", round_ == 0
            outcome = call_with_retries(lambda: client.chat.completions.create(**request), self.retry_policy)
            result.attempts += outcome.attempts
            if outcome.response is None:
                return None, f"request failed: {outcome.error}", False
            response = outcome.response
            usage.add(getattr(response, "usage", None))
            try:
                return _answer_of(response, asked), None, False
            except MalformedAnswerError as error:
                reason = f"malformed answer ({error})"
        return None, f"{reason} twice; giving up", False

    def _label_finder(self) -> LabelFinder:
        return label_finder(self.patterns)

    def _get_client(self) -> Any:
        with self._client_lock:
            if self._client is None:
                assert isinstance(self.resolved, ResolvedLlmConfig)
                self._client = self.client_factory(self.resolved)
            return self._client

    def _cost(self, usage: Usage, result: LlmTierResult) -> float:
        assert isinstance(self.resolved, ResolvedLlmConfig)
        price = self.resolved.price
        if price is None:
            if usage.total:
                result.notes.append(f"no price known for model {self.resolved.model!r}: counted at $0")
            return 0.0
        return round(price.cost(usage.prompt_tokens, usage.completion_tokens, usage.cached_tokens), 8)

    def _unavailable(self, document: Document, started: float, reason: str) -> LlmTierResult:
        return _finish(LlmTierResult(tier=TIER, available=False, unavailable_reason=reason, document=document,
                                     quality_score=0.0), started)


# ---------------------------------------------------------------------------------------------------
# Reading and grounding the answer


def _answer_of(response: Any, asked: list[str]) -> dict[str, Any]:
    """The parsed JSON answer of a chat completion; MalformedAnswerError when there is none."""
    choices = getattr(response, "choices", None) or []
    if not choices:
        raise MalformedAnswerError("no choices in the response")
    choice = choices[0]
    message = getattr(choice, "message", None)
    refusal = getattr(message, "refusal", None)
    if refusal:
        raise MalformedAnswerError(f"the model refused: {str(refusal)[:120]}")
    if getattr(choice, "finish_reason", None) == "length":
        raise MalformedAnswerError("the answer was cut off at the token limit")
    content = getattr(message, "content", None)
    if not isinstance(content, str) or not content.strip():
        raise MalformedAnswerError("empty answer")
    try:
        answer = json.loads(content)
    except json.JSONDecodeError as error:
        raise MalformedAnswerError(f"not JSON: {error.msg} at {error.pos}") from None
    flatten_answer(answer, asked)  # raises when the shape is wrong
    return answer


def ground_answer(flat: dict[str, Value], grounding: Grounding, *, document_type: str = "unknown"
                  ) -> tuple[dict[str, FieldValue], list[str]]:
    """Grounded FieldValues for the answer's paths, and the paths the text does not show."""
    fields: dict[str, FieldValue] = {}
    ungrounded: list[str] = []
    rows: dict[str, Evidence] = {}  # "line_items.3" -> where that row's description / invoice id was found

    def keep(path: str, value: Value, evidence: Evidence | None) -> None:
        if evidence is None:
            ungrounded.append(path)
            return
        confidence, basis = grade(evidence, path, document_type)
        fields[path] = FieldValue(value=value, confidence=round(confidence, 4), tier=TIER, page=evidence.page,
                                  bbox=evidence.bbox, text=evidence.text, basis=basis)

    # Row anchors first, so a row's numbers are looked for beside them.
    ordered = sorted(flat, key=lambda p: (not p.endswith((".description", ".invoice_id")), _path_key(p)))
    for path in ordered:
        value = flat[path]
        head, _, leaf = path.rpartition(".")
        wanted = wanted_labels(path, document_type)
        if path in AMOUNT_PATHS:
            keep(path, _number(value), grounding.amount(_number(value), wanted=wanted))
        elif path in DATE_PATHS:
            evidence = grounding.date(str(value), wanted=wanted)
            iso = _iso(str(value))
            keep(path, iso or str(value), evidence if iso else None)
        elif path == "financial_data.currency":
            keep(path, str(value).strip().upper(), grounding.currency(str(value)))
        elif path in ID_PATHS or head == "invoice_ids" or leaf == "invoice_id":
            evidence = grounding.identifier(str(value), wanted=wanted)
            keep(path, str(value), evidence)
            if leaf == "invoice_id" and evidence is not None:
                rows[head] = evidence
        elif leaf == "description":
            # A description printed on several rows ("BREAD WHITE 400G" bought twice) anchors each
            # of its rows at the next occurrence, not all of them at the first.
            taken = {(e.page, e.bbox) for key, e in rows.items() if key.startswith(head.rpartition(".")[0] + ".")}
            evidence = grounding.text(str(value), skip=functools.partial(_placed_in, taken))
            keep(path, str(value), evidence)
            if evidence is not None:
                rows[head] = evidence
        elif leaf in ("quantity", "unit_price", "amount"):
            row = rows.get(head)
            number = value if leaf == "quantity" and isinstance(value, int) else _number(value)
            evidence = grounding.amount(number, row=row, integer_ok=row is not None or leaf == "quantity")
            if evidence is not None and row is None and leaf == "quantity":
                evidence = replace(evidence, kind="offrow")  # a small number somewhere: weak without its row
            keep(path, number, evidence)
        else:
            keep(path, str(value), grounding.text(str(value), wanted=wanted))
    return fields, sorted(ungrounded, key=_path_key)


def grade(evidence: Evidence, path: str, document_type: str = "unknown") -> tuple[float, str]:
    """The prior confidence and basis of a value grounded by `evidence` (see the module docstring)."""
    kind = evidence.kind
    # evidence.label is the nearest label of the kind the field's labels are (wanted_labels): it
    # names this field, or another one of its kind (a decoy included).
    if kind == "grounded" and evidence.label is not None:
        if label_fits(evidence.label, path, document_type):
            return LABELLED_CONFIDENCE, "llm+grounded+labelled"
        return MISLABELLED_CONFIDENCE, "llm+grounded+mislabelled"
    if kind == "fuzzy" and evidence.score < 1.0:
        low, high = FUZZY_TEXT_RANGE
        return low + (high - low) * max(0.0, evidence.score - 0.88) / 0.12, "llm+fuzzy"
    return KIND_CONFIDENCE[kind], f"llm+{kind}"


# Party labels ("Bill To:", "Payee:") name a party, not a field: these are the fields they stand before.
_PARTY_FIELDS = ("vendor_name", "address", "vendor_id", "customer_name", "customer_id")


# The kinds of value (patterns/labels.toml's `value`) whose labels speak for or against a field.
_LABEL_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(AMOUNT_PATHS, frozenset({"amount"})),
    **dict.fromkeys(DATE_PATHS, frozenset({"date"})),
    "vendor_information.tax_id": frozenset({"tax_id", "id"}),
    "vendor_information.vendor_id": frozenset({"id", "reference"}),
    "customer_information.customer_id": frozenset({"id", "reference"}),
    "payment_information.payment_reference": frozenset({"id", "reference"}),
    "invoice_ids": frozenset({"id", "reference"}),
    "payment_terms.payment_terms": frozenset({"terms"}),
    "payment_terms.discount_terms": frozenset({"terms"}),
    "payment_information.payment_method": frozenset({"text"}),
    **dict.fromkeys(("vendor_information.vendor_name", "vendor_information.address",
                     "customer_information.customer_name", "customer_information.address"), frozenset({"block"})),
}


def wanted_labels(path: str, document_type: str = "unknown") -> Wanted | None:
    """Which labels grade the value at `path`: None for table cells (being on its row is their
    evidence) and currencies (printed beside amounts, under the amounts' labels)."""
    if _in_list(path):
        return None
    kinds = _LABEL_KINDS.get(unit_of(path))
    if not kinds:
        return None
    return Wanted(kinds, functools.partial(label_fits, path=path, document_type=document_type))


def label_fits(label: str | None, path: str, document_type: str = "unknown") -> bool:
    """Whether a label of tier 1's vocabulary (its contract path, "party:<role>" or DECOY) names the
    field at `path` on a document of `document_type`."""
    if label is None or label == DECOY:
        return False
    if label == path:
        return True
    head, _, leaf = path.rpartition(".")
    remittance = document_type == "remittance_advice"
    if label.startswith("party:"):
        # On a remittance advice the sender is the payer (our customer) and the recipient the payee.
        role = label.partition(":")[2]
        side = {"customer": "customer", "vendor": "vendor", "recipient": "vendor" if remittance else "customer",
                "sender": "customer" if remittance else "vendor"}.get(role)
        return side is not None and head == f"{side}_information" and leaf in _PARTY_FIELDS
    if label == "invoice_ids":
        return head == "invoice_ids" or leaf == "invoice_id"
    if path == "payment_terms.discount_terms":
        return label == "payment_terms.payment_terms"
    if remittance:  # a remittance advice's total is the amount paid
        return {label, path} == {"financial_data.total_amount", "payment_information.payment_amount"}
    return False


def _apply_checks(fields: dict[str, FieldValue], previous: TierResult | None,
                  asked: set[str]) -> tuple[dict[str, FieldValue], list[str]]:
    """Run engine.validation's checks over the previous values with this tier's in place of the units
    it was asked for; raise what a check confirms, lower what it contradicts."""
    kept = {p: v.value for p, v in (previous.fields.items() if previous is not None else ())
            if unit_of(p) not in asked}
    plain: dict[str, object] = {**kept, **{p: v.value for p, v in fields.items()}}
    doubtful: list[str] = []
    verdicts: dict[str, str] = {}
    adjusted = dict(fields)
    for check in run_checks(plain):
        involved = [p for p in fields if any(p == f or p.startswith(f + ".") for f in check.fields)]
        if not involved:
            continue
        for path in involved:
            value = adjusted[path]
            if check.passed:
                confidence = max(value.confidence, min(0.99, value.confidence + 0.5 * (1 - value.confidence) + 0.05))
                verdicts.setdefault(path, "checked")
            else:
                confidence = value.confidence * 0.6
                verdicts[path] = "failed"
            adjusted[path] = replace(value, confidence=round(confidence, 4))
        if not check.passed:
            doubtful.append(f"check {check.name} failed ({check.detail})")
    for path, verdict in verdicts.items():
        adjusted[path] = replace(adjusted[path], basis=f"{adjusted[path].basis}+{verdict}")
    return adjusted, doubtful


# ---------------------------------------------------------------------------------------------------
# Helpers


def _grounding_document(document: Document, previous: TierResult | None) -> Document:
    """The previous tier's Document when it is this document with more text (tier 2's OCR words)."""
    other = previous.document if previous is not None else None
    if (other is not None and other.content_hash == document.content_hash
            and other.page_offset == document.page_offset and len(other.pages) == len(document.pages)):
        return other
    return document


def _settled_at(policy: Any) -> float:
    """The confidence at which the router treats a unit as settled (never overruled): the policy's
    per-field threshold when it has one, else its document threshold."""
    return float(getattr(policy, "field_threshold", None) or policy.threshold)


@functools.cache
def _default_patterns() -> PatternSet:
    """The bundled label vocabulary, for a tier built without the router's patterns (tests)."""
    from engine.pattern_files import load_patterns

    return load_patterns()


def label_finder(patterns: PatternSet | None = None) -> LabelFinder:
    """Grounding's label finder over tier 1's label vocabulary (the bundled one when not given)."""
    return functools.partial(_labels_in, patterns if patterns is not None else _default_patterns())


def _labels_in(patterns: PatternSet, text: str) -> list[tuple[int, int, str, str]]:
    return [(hit.start, hit.end, hit.kind.field or DECOY, hit.kind.value) for hit in patterns.find_labels(text)]


def _placed_in(places: set[tuple[int, Any]], evidence: Evidence) -> bool:
    return (evidence.page, evidence.bbox) in places


def _in_list(path: str) -> bool:
    """Whether `path` is a cell of a table (a line item or an allocation; invoice ids are not)."""
    return any(path.startswith(prefix + ".") for prefix in LIST_PREFIXES if prefix != "invoice_ids")


def _number(value: Value) -> float:
    return float(value)


def _iso(value: str) -> str | None:
    parsed = as_date(value)
    return parsed.isoformat() if parsed is not None else None


def _all_units_right(fields: dict[str, FieldValue]) -> float:
    if not fields:
        return 0.0
    units: dict[str, float] = {}
    for path, value in fields.items():
        unit = unit_of(path)
        units[unit] = min(units.get(unit, 1.0), value.confidence)
    return round(math.prod(units.values()), 4)


def _quality(document: Document, previous: TierResult | None) -> float:
    if previous is not None:
        return previous.quality_score
    words = [w for page in document.pages for line in page.lines for w in line.words]
    return round(sum(w.confidence for w in words) / len(words), 4) if words else 0.0


def _path_key(path: str) -> tuple[Any, ...]:
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in path.split("."))


def _finish(result: LlmTierResult, started: float) -> LlmTierResult:
    result.time_ms = (time.perf_counter() - started) * 1000
    return result


__all__ = ["CALIBRATION_FILE", "LlmTier", "LlmTierResult", "default_client_factory", "grade", "ground_answer",
           "label_finder", "label_fits", "wanted_labels"]
