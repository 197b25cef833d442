"""Loads and validates the TOML pattern files in `patterns/` into compiled, typed matchers.

The files are data that data scientists edit; any mistake in them (a missing key, a regex that does
not compile, a phrase claimed by two labels) raises `ConfigurationError` naming the file and key,
when the Engine is built. Nothing is skipped with a warning.
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

from engine.errors import ConfigurationError
from engine.resources import patterns_dir

VALUE_KINDS = frozenset({"amount", "date", "id", "text", "tax_id", "terms", "block"})
DOCUMENT_TYPES = ("invoice", "remittance_advice", "receipt", "credit_note", "statement")
TABLE_COLUMNS = ("description", "quantity", "unit_price", "amount", "invoice", "deduction", "gross", "date")
REGEX_TIMEOUT_S = 0.05


@dataclass(frozen=True)
class LabelKind:
    name: str
    field: str | None  # contract path or "party:<role>"; None for decoys
    value: str
    weight: float
    anchor_start: bool
    phrases: tuple[str, ...]

    @property
    def is_decoy(self) -> bool:
        return self.field is None


@dataclass(frozen=True)
class LabelHit:
    kind: LabelKind
    start: int  # character offsets in the searched text
    end: int
    phrase: str


@dataclass(frozen=True)
class PhraseSet:
    """Whole-word, case-insensitive phrase matcher: one compiled alternation, longest phrase first."""

    phrases: tuple[str, ...]
    pattern: Any  # regex.Pattern

    @classmethod
    def build(cls, phrases: list[str] | tuple[str, ...]) -> PhraseSet:
        normalized = tuple(sorted({normalize_label_text(p) for p in phrases if p.strip()}, key=len, reverse=True))
        body = "|".join(_phrase_regex(p) for p in normalized) or r"(?!x)x"
        # Whole words, but unlike labels a phrase may touch punctuation: "-TAX INVOICE-", "TEL/FAX".
        return cls(normalized, regex.compile(rf"(?<!\w)(?:{body})(?!\w)", regex.IGNORECASE))

    def find(self, text: str) -> list[tuple[int, int, str]]:
        try:
            return [(m.start(), m.end(), m.group(0)) for m in self.pattern.finditer(text, timeout=REGEX_TIMEOUT_S)]
        except TimeoutError:
            return []

    def contains(self, text: str) -> bool:
        try:
            return self.pattern.search(text, timeout=REGEX_TIMEOUT_S) is not None
        except TimeoutError:
            return False


@dataclass(frozen=True)
class CategoryPhrases:
    """Several named phrase lists searched in one pass: one alternation, longest phrase first, each
    hit naming the categories its phrase belongs to (table columns, document types)."""

    pattern: Any
    categories_of: dict[str, tuple[str, ...]]

    @classmethod
    def build(cls, lists: dict[str, list[str]]) -> CategoryPhrases:
        categories_of: dict[str, list[str]] = {}
        for category, phrases in lists.items():
            for phrase in phrases:
                categories_of.setdefault(phrase_key(phrase), []).append(category)
        normalized = sorted({normalize_label_text(p) for ps in lists.values() for p in ps}, key=len, reverse=True)
        body = "|".join(_phrase_regex(p) for p in normalized) or r"(?!x)x"
        return cls(regex.compile(rf"(?<!\w)(?:{body})(?!\w)", regex.IGNORECASE),
                   {key: tuple(value) for key, value in categories_of.items()})

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, category) for every hit; a phrase of two categories gives two entries."""
        try:
            matches = list(self.pattern.finditer(text, timeout=REGEX_TIMEOUT_S))
        except TimeoutError:
            return []
        return [(m.start(), m.end(), category) for m in matches
                for category in self.categories_of.get(phrase_key(m.group(0)), ())]


@dataclass(frozen=True)
class PatternSet:
    """Everything tier 1 reads from `patterns/`."""

    label_kinds: dict[str, LabelKind]
    label_pattern: Any  # one alternation over every phrase of every kind
    phrase_to_kind: dict[str, LabelKind]
    document_type_weights: dict[str, tuple[float, float]]  # type -> (weight, title_weight)
    document_type_phrases: CategoryPhrases
    company_suffixes: PhraseSet
    block_stops: PhraseSet
    block_skips: PhraseSet
    address_words: PhraseSet
    terms: Any  # one regex over every terms pattern; group "discount" or "payment" names the kind
    table_columns: CategoryPhrases
    table_end: PhraseSet
    sources: tuple[str, ...]

    def find_labels(self, text: str) -> list[LabelHit]:
        """Every label in `text`, longest phrase first at each position, non-overlapping."""
        hits = []
        try:
            for match in self.label_pattern.finditer(text, timeout=REGEX_TIMEOUT_S):
                kind = self.phrase_to_kind.get(phrase_key(match.group(0)))
                if kind is None:
                    continue
                if kind.anchor_start and text[: match.start()].strip(" :#-.\t"):
                    continue
                hits.append(LabelHit(kind, match.start(), match.end(), match.group(0)))
        except TimeoutError:
            return []
        return hits


_DOTS_AND_SPACES = regex.compile(r"[\s.]+")
# A label never starts or ends inside a word or an identifier ("INV" in "INV-001" is not a label).
_LABEL_START = r"(?<![\w\-/])"
_LABEL_END = r"(?![\w\-/])"


def phrase_key(text: str) -> str:
    """Lookup key of a phrase: spaces and dots do not count ("TOTAL SALES(INCL" = "total sales (incl")."""
    return _DOTS_AND_SPACES.sub("", normalize_label_text(text))


def normalize_label_text(text: str) -> str:
    """Lowercase, NFC, inner whitespace collapsed, and ':' '#' '.' stripped from the ends."""
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(_DOTS_AND_SPACES.sub(" ", text).split()).strip(" :#")


def _phrase_regex(phrase: str) -> str:
    # Spaces match any run of whitespace or dots ("Inv. No." = "inv no"); a trailing "#" or "°" may be
    # glued to the next word.
    parts = [regex.escape(word) for word in phrase.split(" ")]
    return r"[\s.]*".join(parts)


def load_patterns(folder: Path | None = None) -> PatternSet:
    folder = folder or patterns_dir()
    labels_file = folder / "labels.toml"
    document_file = folder / "document.toml"
    labels_data = _read_toml(labels_file)
    document_data = _read_toml(document_file)
    vendor_files = sorted((folder / "vendors").glob("*.toml")) if (folder / "vendors").is_dir() else []

    label_kinds: dict[str, LabelKind] = {}
    phrase_to_kind: dict[str, LabelKind] = {}
    for name, table in labels_data.items():
        kind = _label_kind(labels_file, name, table)
        label_kinds[name] = kind
        for phrase in kind.phrases:
            key = phrase_key(phrase)
            if key in phrase_to_kind and phrase_to_kind[key].name != name:
                raise ConfigurationError(
                    f"{labels_file}: phrase {phrase!r} in [{name}] is already a phrase of [{phrase_to_kind[key].name}]")
            phrase_to_kind[key] = kind
    for vendor_file in vendor_files:
        for name, table in _read_toml(vendor_file).get("labels", {}).items():
            if name not in label_kinds:
                raise ConfigurationError(f"{vendor_file}: [labels.{name}] names no label kind of labels.toml")
            extra = _string_list(vendor_file, f"labels.{name}.phrases", table.get("phrases"))
            kind = label_kinds[name]
            label_kinds[name] = kind = LabelKind(kind.name, kind.field, kind.value, kind.weight, kind.anchor_start,
                                                 kind.phrases + tuple(extra))
            for phrase in kind.phrases:
                phrase_to_kind[phrase_key(phrase)] = kind

    all_phrases = sorted({normalize_label_text(p) for kind in label_kinds.values() for p in kind.phrases},
                         key=len, reverse=True)
    label_pattern = regex.compile(
        _LABEL_START + "(?:" + "|".join(_phrase_regex(p) for p in all_phrases) + ")" + _LABEL_END, regex.IGNORECASE)

    type_weights = {}
    type_phrases = {}
    types_table = _table(document_file, "document_types", document_data.get("document_types"))
    for doc_type in DOCUMENT_TYPES:
        entry = _table(document_file, f"document_types.{doc_type}", types_table.get(doc_type))
        type_weights[doc_type] = (
            _number(document_file, f"document_types.{doc_type}.weight", entry.get("weight")),
            _number(document_file, f"document_types.{doc_type}.title_weight", entry.get("title_weight")),
        )
        type_phrases[doc_type] = _string_list(document_file, f"document_types.{doc_type}.phrases",
                                              entry.get("phrases"))
    parties = _table(document_file, "parties", document_data.get("parties"))
    terms = _table(document_file, "terms", document_data.get("terms"))
    tables = _table(document_file, "tables", document_data.get("tables"))
    return PatternSet(
        label_kinds=label_kinds,
        label_pattern=label_pattern,
        phrase_to_kind=phrase_to_kind,
        document_type_weights=type_weights,
        document_type_phrases=CategoryPhrases.build(type_phrases),
        company_suffixes=PhraseSet.build(_string_list(document_file, "parties.company_suffixes",
                                                      parties.get("company_suffixes"))),
        block_stops=PhraseSet.build(_string_list(document_file, "parties.block_stops", parties.get("block_stops"))),
        block_skips=PhraseSet.build(_string_list(document_file, "parties.block_skips", parties.get("block_skips"))),
        address_words=PhraseSet.build(_string_list(document_file, "parties.address_words",
                                                   parties.get("address_words"))),
        terms=_combined_terms(
            _regexes(document_file, "terms.discount_terms", terms.get("discount_terms")),
            _regexes(document_file, "terms.payment_terms", terms.get("payment_terms"))),
        table_columns=CategoryPhrases.build({column: _string_list(document_file, f"tables.{column}",
                                                                  tables.get(column))
                                             for column in TABLE_COLUMNS}),
        table_end=PhraseSet.build(_string_list(document_file, "tables.end", tables.get("end"))),
        sources=tuple(str(p) for p in (labels_file, document_file, *vendor_files)),
    )


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as error:
        raise ConfigurationError(f"{path}: pattern file not found") from error
    except tomllib.TOMLDecodeError as error:
        raise ConfigurationError(f"{path}: not valid TOML: {error}") from error


def _label_kind(path: Path, name: str, table: Any) -> LabelKind:
    table = _table(path, name, table)
    unknown = set(table) - {"field", "value", "weight", "anchor", "phrases"}
    if unknown:
        raise ConfigurationError(f"{path}: [{name}] has unknown keys {sorted(unknown)}")
    value = table.get("value")
    if value not in VALUE_KINDS:
        raise ConfigurationError(f"{path}: [{name}].value must be one of {sorted(VALUE_KINDS)}, got {value!r}")
    field = table.get("field")
    if name.startswith("decoy_") != (field is None):
        raise ConfigurationError(f"{path}: [{name}] decoy kinds (named decoy_*) and only they have no 'field'")
    if field is not None and not isinstance(field, str):
        raise ConfigurationError(f"{path}: [{name}].field must be a string")
    anchor = table.get("anchor", "anywhere")
    if anchor not in ("start", "anywhere"):
        raise ConfigurationError(f"{path}: [{name}].anchor must be 'start' or 'anywhere'")
    weight = _number(path, f"{name}.weight", table.get("weight", 1.0))
    return LabelKind(name, field, value, weight, anchor == "start",
                     tuple(_string_list(path, f"{name}.phrases", table.get("phrases"))))


def _table(path: Path, key: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigurationError(f"{path}: [{key}] is missing or not a table")
    return value


def _string_list(path: Path, key: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigurationError(f"{path}: {key} must be a non-empty list of non-empty strings")
    return value


def _number(path: Path, key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(f"{path}: {key} must be a number, got {value!r}")
    return float(value)


def _regexes(path: Path, key: str, value: Any) -> tuple[str, ...]:
    """The patterns' sources, each checked to compile on its own so an error names its key."""
    sources = []
    for index, source in enumerate(_string_list(path, key, value)):
        try:
            regex.compile(source)
        except regex.error as error:
            raise ConfigurationError(f"{path}: {key}[{index}] is not a valid regex: {error}") from error
        sources.append(_LEADING_FLAGS.sub("", source))
    return tuple(sources)


_LEADING_FLAGS = regex.compile(r"^\(\?[a-zA-Z]+\)")


def _combined_terms(discount: tuple[str, ...], payment: tuple[str, ...]) -> Any:
    # One case-insensitive pass per line; discount terms first, so "2/10 Net 30" is not read as
    # the payment term "Net 30".
    body = "(?P<discount>" + "|".join(f"(?:{p})" for p in discount) + ")|(?P<payment>" + "|".join(
        f"(?:{p})" for p in payment) + ")"
    return regex.compile(body, regex.IGNORECASE)
