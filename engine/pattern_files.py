"""Loads and validates the TOML pattern files in `patterns/` into compiled, typed matchers.

The files are data that data scientists edit; any mistake in them (a missing key, a regex that does
not compile, a phrase claimed by two labels) raises `ConfigurationError` naming the file and key,
when the Engine is built. Nothing is skipped with a warning.
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from engine.errors import ConfigurationError
from engine.normalize.textscan import MEMO_SIZE, MEMO_TEXT_LENGTH, register_memo
from engine.resources import patterns_dir

VALUE_KINDS = frozenset({"amount", "date", "id", "reference", "text", "tax_id", "terms", "block"})
DOCUMENT_TYPES = ("invoice", "remittance_advice", "receipt", "credit_note", "statement")
TABLE_COLUMNS = ("description", "quantity", "unit_price", "amount", "invoice", "deduction", "gross", "date",
                 "tax", "tax_rate", "own_reference", "code")
REGEX_TIMEOUT_S = 0.05


def timed(method: Any, text: str) -> Any:
    """A compiled pattern's method (`pattern.search`, `.match`, `.fullmatch`) on `text` under the regex
    timeout; a timeout counts as no match, so it costs the field that pattern serves, never the
    document."""
    try:
        return method(text, timeout=REGEX_TIMEOUT_S)
    except TimeoutError:
        return None


# A word after a label that must stand alone: four letters or more (a currency code is three).
_FOLLOWING_WORD = regex.compile(r"\p{L}{4,}")


@dataclass(frozen=True)
class LabelKind:
    name: str
    field: str | None  # contract path or "party:<role>"; None for decoys
    value: str
    weight: float
    anchor_start: bool
    phrases: tuple[str, ...]
    # anchor = "alone": the label opens its text and no word follows it, a figure or a currency code
    # aside ("Goods  €5,530.14", not "Goods sold are not returnable")
    anchor_alone: bool = False
    # below = false: the value stands on the label's line only, never under it (a column of a
    # reference table headed "Folio" numbers another document)
    reads_below: bool = True
    # value_first = true: the value stands right before the label, in a sentence of a language that
    # puts the noun after the figure (Hungarian "18 113 665 HUF összeget utaltunk": "the sum of ...")
    value_first: bool = False

    @property
    def is_decoy(self) -> bool:
        return self.field is None


@dataclass(frozen=True)
class LabelHit:
    kind: LabelKind
    start: int  # character offsets in the searched text
    end: int
    phrase: str


# Words, and single signs. Chinese and Japanese write no spaces between words, so each of their
# characters is a word of its own: "請求書番号" is found inside "請求書番号：" and "有限会社" inside
# "朝日システム有限会社" as "INVOICE NO" is in "INVOICE NO:".
# Thai writes no spaces between words either: each of its letters and signs is a token ("เลขที่" is
# found inside "เลขที่ใบกำกับภาษี").
_TOKEN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]|[^\W\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]+|"
                       r"[^\w\s.\-]")


def _tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """Words and single punctuation marks of `text`, folded; spaces, dots and hyphens only separate
    ("Inv. No." and "inv no" give the same words, as do "USt.-Id.Nr." and "ust id nr")."""
    if len(text) <= MEMO_TEXT_LENGTH:
        return _remembered_tokens(text)
    return _fold_tokens(text)


def _fold_tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    tokens = _folded_tokens(text)
    if len(tokens) >= LETTER_SPACED_MIN and " " in text and _LETTER_SPACED.search(text):
        return _join_letter_spacing(text, tokens)
    return tokens


# A heading set in spaced capitals ("Z A H L U N G S A V I S", "I N V O I C E") is one word: a run of
# at least this many single letters, each one space from the next. Shorter runs are initials.
LETTER_SPACED_MIN = 4
_LETTER_SPACED = regex.compile(r"(?<!\S)\p{L}(?: \p{L}){3,}(?!\S)")


def _join_letter_spacing(text: str, tokens: tuple[tuple[int, int, str], ...]) -> tuple[tuple[int, int, str], ...]:
    joined: list[tuple[int, int, str]] = []
    index = 0
    while index < len(tokens):
        end = index
        while (end + 1 < len(tokens) and len(tokens[end][2]) == 1 and tokens[end][2].isalpha()
               and tokens[end + 1][0] == tokens[end][1] + 1 and text[tokens[end][1]] == " "
               and len(tokens[end + 1][2]) == 1 and tokens[end + 1][2].isalpha()):
            end += 1
        if end - index + 1 >= LETTER_SPACED_MIN:
            joined.append((tokens[index][0], tokens[end][1], "".join(t[2] for t in tokens[index:end + 1])))
            index = end + 1
        else:
            joined.append(tokens[index])
            index += 1
    return tuple(joined)


def _folded_tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    if text.isascii():
        # ASCII is its own NFC form and folds by lower-casing, which keeps every offset: tokenise
        # the folded line once instead of folding token by token.
        return tuple((m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text.lower()))
    # Turkish dots its capital I apart ("İ" lower-cases to "i" with a combining dot, "I" to dotless
    # "ı"); capitals are printed either way, so both fold to plain "i": "SAYIN" is "Sayın".
    tokens = []
    for m in _TOKEN.finditer(text):
        word = _fold_greek(unicodedata.normalize("NFC", m.group(0)).casefold().replace("\u0307", "").replace("ı", "i"))
        if word == "\u0e33":
            # Thai SARA AM is often written, and extracted, as NIKHAHIT and SARA AA ("จํากัด" for "จำกัด"):
            # both spellings give the same two tokens.
            tokens.append((m.start(), m.end(), "\u0e4d"))
            word = "\u0e32"
        tokens.append((m.start(), m.end(), word))
    return tuple(tokens)


_GREEK = regex.compile(r"\p{Greek}")


def _fold_greek(word: str) -> str:
    """Greek capitals drop their accents ("ΣΤΟΙΧΕΙΑ ΠΕΛΑΤΗ" is "Στοιχεία πελάτη"), so a Greek word
    folds without them; the final sigma is a sigma."""
    if not _GREEK.search(word):
        return word
    bare = "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", bare).replace("ς", "σ")


# Every segment's text is searched by several phrase indexes (labels, table columns, document types,
# party words), each needing its words: fold them once.
_remembered_tokens = lru_cache(maxsize=MEMO_SIZE)(_fold_tokens)
register_memo(_remembered_tokens.cache_clear)


class PhraseIndex:
    """Finds phrases in a line by words, longest phrase first at each word, never overlapping.

    Phrases live in a word trie, so a line costs a few dictionary look-ups per word however many
    phrases there are (the label vocabulary runs to thousands once composed). With
    `strict_edges`, a phrase may not start or end inside an identifier: "INV" in "INV-001" or
    "A/INV" is no label.
    """

    def __init__(self, phrases: dict[str, Any], strict_edges: bool = False) -> None:
        self.trie: dict[str, Any] = {}
        for phrase, payload in phrases.items():
            node = self.trie
            for _, _, word in _tokens(phrase):
                node = node.setdefault(word, {})
            node[_END] = payload
        self.strict_edges = strict_edges

    def find(self, text: str) -> list[tuple[int, int, Any]]:
        if len(text) <= MEMO_TEXT_LENGTH:
            return list(_remembered_phrases(self, text))
        return self._find(text)

    def _find(self, text: str) -> list[tuple[int, int, Any]]:
        tokens = _tokens(text)
        count = len(tokens)
        root = self.trie
        strict = self.strict_edges
        hits = []
        index = 0
        while index < count:
            node = root.get(tokens[index][2])
            if node is None:  # most words start no phrase
                index += 1
                continue
            best: tuple[int, Any] | None = None
            position = index + 1
            while True:
                if _END in node:
                    end = tokens[position - 1][1]
                    if not (strict and (_glued(text, tokens[index][0] - 1, tokens[index][0] - 2)
                                        or _glued(text, end, end + 1))):
                        best = (position, node[_END])
                if position >= count:
                    break
                node = node.get(tokens[position][2])
                if node is None:
                    break
                position += 1
            if best is None:
                index += 1
                continue
            hits.append((tokens[index][0], tokens[best[0] - 1][1], best[1]))
            index = best[0]
        return hits


_END = "\x00end"  # trie key of a phrase's payload; no word token can equal it


@lru_cache(maxsize=MEMO_SIZE)
def _remembered_phrases(index: PhraseIndex, text: str) -> tuple[tuple[int, int, Any], ...]:
    return tuple(index._find(text))


register_memo(_remembered_phrases.cache_clear)


def _glued(text: str, joint: int, beyond: int) -> bool:
    """Whether text[joint] is a "-" or "/" joining the phrase to more of an identifier."""
    return 0 <= joint < len(text) and 0 <= beyond < len(text) and text[joint] in "-/" and text[beyond].isalnum()


class PhraseSet:
    """Whole-word, case-insensitive phrase matcher (company suffixes, block stops, address words)."""

    def __init__(self, phrases: list[str] | tuple[str, ...], exceptions: list[str] | tuple[str, ...] = ()) -> None:
        # An exception is a longer phrase that holds one of the phrases without being one ("Co. Cork",
        # an Irish county, holds the company form "Co."): matched first, it hides the phrase inside it.
        entries: dict[str, str | None] = {phrase: phrase for phrase in phrases if phrase.strip()}
        entries.update({phrase: None for phrase in exceptions if phrase.strip()})
        self.index = PhraseIndex(entries)

    @classmethod
    def build(cls, phrases: list[str] | tuple[str, ...], exceptions: list[str] | tuple[str, ...] = ()) -> PhraseSet:
        return cls(phrases, exceptions)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        return [(start, end, text[start:end]) for start, end, phrase in self.index.find(text) if phrase is not None]

    def contains(self, text: str) -> bool:
        return bool(self.find(text))

    def is_whole(self, text: str) -> bool:
        """Whether the text is, from end to end, one of the phrases ("Cash" for a terms word)."""
        return any(start == 0 and end == len(text) for start, end, _ in self.find(text))


class CategoryPhrases:
    """Several named phrase lists searched in one pass, each hit naming the categories its phrase
    belongs to (table columns, document types)."""

    def __init__(self, lists: dict[str, list[str]]) -> None:
        categories_of: dict[str, list[str]] = {}
        for category, phrases in lists.items():
            for phrase in phrases:
                categories_of.setdefault(phrase_key(phrase), []).append(category)
        self.index = PhraseIndex({phrase: tuple(categories_of[phrase_key(phrase)])
                                  for phrases in lists.values() for phrase in phrases})

    @classmethod
    def build(cls, lists: dict[str, list[str]]) -> CategoryPhrases:
        return cls(lists)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, category) for every hit; a phrase of two categories gives two entries."""
        return [(start, end, category) for start, end, categories in self.index.find(text) for category in categories]


@dataclass(frozen=True, repr=False)
class PatternSet:
    """Everything tier 1 reads from `patterns/`."""

    def __repr__(self) -> str:
        # The phrase indexes are large: a full repr made a failing test's traceback take minutes.
        return f"PatternSet({len(self.label_kinds)} label kinds)"

    label_kinds: dict[str, LabelKind]
    label_index: PhraseIndex  # every phrase of every kind
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
    # Payment method codes printed in front of a payment reference ("CHQ 945345", "UTR AAYR52...").
    payment_method_codes: PhraseSet = field(default_factory=lambda: PhraseSet(()))
    # Phrases that settle a document's type whatever its other cues say ([document_types.X] settled_by):
    # a "Gutschrift im Gutschriftsverfahren" is a self-billed invoice, though "Gutschrift" titles credit notes.
    type_settled_by: CategoryPhrases = field(default_factory=lambda: CategoryPhrases.build({}))
    # Labels of a letter's or e-mail's subject line ("Sub:", "Betreff:"): a type cue that opens the
    # subject names the document's type as its title would ([document_types] subject_labels).
    subject_labels: PhraseSet = field(default_factory=lambda: PhraseSet.build([]))
    # Phrases that say the customer drew the document up for its supplier ([parties] issued_by_customer).
    issued_by_customer: PhraseSet = field(default_factory=lambda: PhraseSet(()))
    # Decoy id labels that number a receipt itself ("Order #: 0552"; [references] receipt_numbers).
    receipt_numbers: PhraseSet = field(default_factory=lambda: PhraseSet(()))
    # Decoy date labels that date a receipt itself when it prints no date of its own ("Besteldatum:
    # 01/05/2024" on a florist's order receipt; [references] receipt_dates, optional).
    receipt_dates: PhraseSet = field(default_factory=lambda: PhraseSet(()))
    # Bare number labels that, on a payer's letter, number the letter itself ("Nomor: PP-2303-529";
    # [references] advice_number_labels, optional): its reference when nothing else names one.
    advice_number_labels: PhraseSet = field(default_factory=lambda: PhraseSet(()))
    # Invoice numbers whose shape alone names them, standing alone on a line near the top
    # ([references] invoice_number_shapes): one pattern, None when the list is empty.
    invoice_number_shapes: Any = None
    remittance_information: PhraseSet = field(default_factory=lambda: PhraseSet(()))  # [tables] labels
    table_carried: PhraseSet = field(default_factory=lambda: PhraseSet(()))  # [tables] carried: page carry-overs
    # The heading of a progress billing's column of work billed this period ([tables] this_period):
    # a schedule of values bills its lines by that column (engine.tables._this_period_items).
    table_this_period: PhraseSet = field(default_factory=lambda: PhraseSet(()))
    # Words that head a tax summary's tax column ([tables] tax_summary_headings; engine.tax_summary).
    tax_summary_headings: PhraseSet = field(default_factory=lambda: PhraseSet(()))
    # Registered company forms ("Sdn Bhd", "Ltd", "GmbH"): a line ending in one names the company
    # itself, not a brand, trade or place ([parties] legal_forms, optional).
    legal_forms: PhraseSet = field(default_factory=lambda: PhraseSet(()))
    # Words a payment-terms value holds when it has no figure ("Due upon receipt", "Sofort"); a
    # labelled value with neither is not terms ("Notes / Terms: Thank you for your business").
    terms_words: PhraseSet = field(default_factory=lambda: PhraseSet(()))
    # Words that open a company name ("SYARIKAT PERNIAGAAN" over "GIN KEE"; [parties] name_openers, optional).
    name_openers: PhraseSet = field(default_factory=lambda: PhraseSet(()))
    # What a sale to nobody in particular names its buyer ("CONSUMIDOR FINAL", "Walk-in customer";
    # [parties] anonymous_buyers, optional): no customer.
    anonymous_buyers: PhraseSet = field(default_factory=lambda: PhraseSet(()))
    # A payment's two sides, named by the customer's labels a bank's transfer form uses ("Plátce" and
    # "Příjemce", "Ordonator" and "Beneficiar"; [parties] payer_labels, payee_labels, optional): where
    # both stand, the payee is the vendor, though alone on an invoice "Příjemce" is its customer.
    payer_labels: PhraseSet = field(default_factory=lambda: PhraseSet(()))
    # A department an e-mail's sender names before its company ("Účtárna", "Accounts Payable";
    # [parties] department_words, optional): not part of the company's name.
    department_words: PhraseSet = field(default_factory=lambda: PhraseSet(()))
    payee_labels: PhraseSet = field(default_factory=lambda: PhraseSet(()))
    # Mail and web hosts that say nothing about a sender ("gmail"; [parties] mail_providers, optional):
    # an address there never corroborates a party's name (engine.corroboration).
    mail_providers: frozenset[str] = frozenset()
    # Letters besides a-z that the covered languages write ([language] letters); a document whose
    # letters fall outside them often enough is in a language the patterns do not cover.
    language_letters: frozenset[str] = frozenset()
    # Whole scripts the covered languages write ([language] scripts: "Han"), as one pattern for a letter
    # of any of them; None for none.
    language_scripts: Any = None
    language_max_foreign_share: float = 1.0
    language_min_foreign: int = 0
    # Words that only languages the patterns do not cover use ([language] uncovered_words): a language
    # written in the covered alphabet (Portuguese, Swedish, Finnish...) shows itself by its words.
    language_markers: PhraseSet = field(default_factory=lambda: PhraseSet(()))
    language_min_markers: int = 0

    def find_labels(self, text: str) -> list[LabelHit]:
        """Every label in `text`, longest phrase first at each word, non-overlapping."""
        hits = []
        for start, end, kind in self.label_index.find(text):
            if kind.anchor_start and text[:start].strip(" :#-.\t") and not _gloss_before(text[:start]):
                continue
            if text[end:end + 1] == "@" or text[start - 1:start] == "@":
                continue  # "account@hanbit61.co.kr": a mailbox's name, no label
            if _POSSESSIVE.match(text, end):
                continue  # "Buyer's Order No. & Date": the buyer's order, not the buyer
            if "(" in text[end:end + 3]:
                term = BUSINESS_TERM.match(text, end)
                if term is not None:
                    end = term.end()  # the term's code belongs to the label, not its value
            if kind.anchor_alone and timed(_FOLLOWING_WORD.search, text[end:]):
                continue
            if kind.field == "financial_data.tax_amount" and start and timed(_INCLUDING_BEFORE.search, text[:start]):
                continue  # "Aufgeld 32 % (inkl. USt) 19.369,60": an amount that includes the tax, not the tax
            hits.append(LabelHit(kind, start, end, text[start:end]))
        return hits


_INCLUDING_BEFORE = regex.compile(r"(?i)(?<!\p{L})(?:inkl|incl|including|inclusive(?:\s+of)?|inc|y\s+compris|"
                                  r"incluido|incluye|iva\s+incluido)\.?\s*$")
# A label in the possessive names something of the party's other than the party itself ("Buyer's
# Order No."), unless it is the party's name, address or details ("Buyer's Name & Address").
_POSSESSIVE = regex.compile(r"['’]s(?!\p{L})(?!\s*(?:name|address|details|information|info|particulars|company)\b)",
                            regex.IGNORECASE)


def _gloss_before(prefix: str) -> bool:
    """Whether `prefix` is the same label in another script, parted by a slash ("ลูกค้า / Customer",
    "客户 / Customer"): a bilingual label starts where the gloss does."""
    prefix = prefix.rstrip()
    return prefix.endswith("/") and not any("a" <= ch.lower() <= "z" for ch in prefix) and \
        any(ch.isalpha() for ch in prefix)


# An e-invoice rendered from its data (Peppol BIS, XRechnung, Factur-X viewers) prints the EN 16931
# business term after each label: "Invoice number (BT-1)", "Address (BG-5)".
BUSINESS_TERM = regex.compile(r"[ \t]*\((?:BT|BG)-\d{1,3}\)")


def phrase_key(text: str) -> str:
    """What makes two phrases the same: their words, folded ("Inv. No." = "inv no")."""
    return " ".join(word for _, _, word in _tokens(text))


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
    # Composed phrases come second: where one equals a phrase written out elsewhere, the written one
    # wins ("ref invoice" stays a decoy even though "ref" + "invoice" composes an id label).
    for name, table in labels_data.items():
        kind = label_kinds[name]
        extra = [p for p in composed_phrases(labels_file, name, table) if phrase_key(p) not in phrase_to_kind]
        if extra:
            kind = label_kinds[name] = replace(kind, phrases=kind.phrases + tuple(extra))
            for phrase in kind.phrases:
                phrase_to_kind[phrase_key(phrase)] = kind
    for vendor_file in vendor_files:
        for name, table in _read_toml(vendor_file).get("labels", {}).items():
            if name not in label_kinds:
                raise ConfigurationError(f"{vendor_file}: [labels.{name}] names no label kind of labels.toml")
            extra = _string_list(vendor_file, f"labels.{name}.phrases", table.get("phrases"))
            kind = label_kinds[name]
            label_kinds[name] = kind = replace(kind, phrases=kind.phrases + tuple(extra))
            for phrase in kind.phrases:
                phrase_to_kind[phrase_key(phrase)] = kind

    label_index = PhraseIndex({phrase: kind for kind in label_kinds.values() for phrase in kind.phrases},
                              strict_edges=True)

    type_weights = {}
    type_phrases = {}
    settling_phrases: dict[str, list[str]] = {}
    types_table = _table(document_file, "document_types", document_data.get("document_types"))
    for doc_type in DOCUMENT_TYPES:
        entry = _table(document_file, f"document_types.{doc_type}", types_table.get(doc_type))
        type_weights[doc_type] = (
            _number(document_file, f"document_types.{doc_type}.weight", entry.get("weight")),
            _number(document_file, f"document_types.{doc_type}.title_weight", entry.get("title_weight")),
        )
        type_phrases[doc_type] = _string_list(document_file, f"document_types.{doc_type}.phrases",
                                              entry.get("phrases"))
        settling_phrases[doc_type] = _optional_list(document_file, f"document_types.{doc_type}.settled_by", entry,
                                                    "settled_by")
    parties = _table(document_file, "parties", document_data.get("parties"))
    not_company_forms = _optional_list(document_file, "parties.not_company_forms", parties, "not_company_forms")
    terms = _table(document_file, "terms", document_data.get("terms"))
    tables = _table(document_file, "tables", document_data.get("tables"))
    language = _table(document_file, "language", document_data.get("language", {}))
    return PatternSet(
        label_kinds=label_kinds,
        label_index=label_index,
        phrase_to_kind=phrase_to_kind,
        document_type_weights=type_weights,
        document_type_phrases=CategoryPhrases.build(type_phrases),
        company_suffixes=PhraseSet.build(_string_list(document_file, "parties.company_suffixes",
                                                      parties.get("company_suffixes")), not_company_forms),
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
        type_settled_by=CategoryPhrases.build({t: p for t, p in settling_phrases.items() if p}),
        subject_labels=PhraseSet.build(_optional_list(document_file, "document_types.subject_labels", types_table,
                                                      "subject_labels")),
        payment_method_codes=PhraseSet.build(_optional_list(document_file, "references.method_codes",
                                                            document_data.get("references"), "method_codes")),
        receipt_numbers=PhraseSet.build(_optional_list(document_file, "references.receipt_numbers",
                                                       document_data.get("references"), "receipt_numbers")),
        receipt_dates=PhraseSet.build(_optional_list(document_file, "references.receipt_dates",
                                                     document_data.get("references"), "receipt_dates")),
        advice_number_labels=PhraseSet.build(_optional_list(document_file, "references.advice_number_labels",
                                                            document_data.get("references"), "advice_number_labels")),
        invoice_number_shapes=_alternatives(_regexes(
            document_file, "references.invoice_number_shapes",
            (document_data.get("references") or {}).get("invoice_number_shapes", []))),
        remittance_information=PhraseSet.build(_optional_list(document_file, "tables.remittance_information",
                                                              tables, "remittance_information")),
        table_carried=PhraseSet.build(_optional_list(document_file, "tables.carried", tables, "carried")),
        table_this_period=PhraseSet.build(_optional_list(document_file, "tables.this_period", tables, "this_period")),
        tax_summary_headings=PhraseSet.build(_optional_list(document_file, "tables.tax_summary_headings", tables,
                                                            "tax_summary_headings")),
        legal_forms=PhraseSet.build(_optional_list(document_file, "parties.legal_forms", parties, "legal_forms"),
                                    not_company_forms),
        issued_by_customer=PhraseSet.build(_optional_list(document_file, "parties.issued_by_customer", parties,
                                                          "issued_by_customer")),
        terms_words=PhraseSet.build(_optional_list(document_file, "terms.words", terms, "words")),
        name_openers=PhraseSet.build(_optional_list(document_file, "parties.name_openers", parties, "name_openers")),
        anonymous_buyers=PhraseSet.build(_optional_list(document_file, "parties.anonymous_buyers", parties,
                                                        "anonymous_buyers")),
        department_words=PhraseSet.build(_optional_list(document_file, "parties.department_words", parties,
                                                        "department_words")),
        payer_labels=PhraseSet.build(_optional_list(document_file, "parties.payer_labels", parties, "payer_labels")),
        payee_labels=PhraseSet.build(_optional_list(document_file, "parties.payee_labels", parties, "payee_labels")),
        mail_providers=frozenset(host.strip().lower() for host in _optional_list(
            document_file, "parties.mail_providers", parties, "mail_providers")),
        language_letters=frozenset(_letters(document_file, "language.letters", language.get("letters", ""))),
        language_scripts=_script_letters(document_file, _optional_list(document_file, "language.scripts", language,
                                                                       "scripts")),
        language_max_foreign_share=_number(document_file, "language.max_foreign_share",
                                           language.get("max_foreign_share", 1.0)),
        language_min_foreign=int(_number(document_file, "language.min_foreign_letters",
                                         language.get("min_foreign_letters", 0))),
        language_markers=PhraseSet.build(_optional_list(document_file, "language.uncovered_words", language,
                                                        "uncovered_words")),
        language_min_markers=int(_number(document_file, "language.min_uncovered_words",
                                         language.get("min_uncovered_words", 0))),
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
    unknown = set(table) - {"field", "value", "weight", "anchor", "below", "value_first", "phrases",
                         "compose"}
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
    if anchor not in ("start", "alone", "anywhere"):
        raise ConfigurationError(f"{path}: [{name}].anchor must be 'start', 'alone' or 'anywhere'")
    weight = _number(path, f"{name}.weight", table.get("weight", 1.0))
    below = table.get("below", True)
    if not isinstance(below, bool):
        raise ConfigurationError(f"{path}: [{name}].below must be true or false")
    value_first = table.get("value_first", False)
    if not isinstance(value_first, bool) or value_first and value != "amount":
        raise ConfigurationError(f"{path}: [{name}].value_first must be true or false, and true only for amounts")
    return LabelKind(name, field, value, weight, anchor in ("start", "alone"),
                     tuple(_string_list(path, f"{name}.phrases", table.get("phrases"))), anchor == "alone", below,
                     value_first)


def composed_phrases(path: Path, name: str, table: Any) -> list[str]:
    """Phrases built from [kind.compose]: every noun with every marker, in the word orders languages
    use ("invoice no", "no. de facture", "rechnungsnummer", "tarehe ya ankara")."""
    compose = table.get("compose") if isinstance(table, dict) else None
    if compose is None:
        return []
    compose = _table(path, f"{name}.compose", compose)
    unknown = set(compose) - {"nouns", "markers", "joiners"}
    if unknown:
        raise ConfigurationError(f"{path}: [{name}.compose] has unknown keys {sorted(unknown)}")
    nouns = _string_list(path, f"{name}.compose.nouns", compose.get("nouns"))
    markers = _string_list(path, f"{name}.compose.markers", compose.get("markers"))
    joiners = compose.get("joiners", ["de", "du", "del", "de la", "ya", "van", "der"])
    phrases = []
    for noun in nouns:
        for marker in markers:
            phrases += [f"{noun} {marker}", f"{marker} {noun}", f"{noun}{marker}"]
            phrases += [f"{marker} {joiner} {noun}" for joiner in joiners]
    return phrases


def _table(path: Path, key: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigurationError(f"{path}: [{key}] is missing or not a table")
    return value


def _string_list(path: Path, key: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigurationError(f"{path}: {key} must be a non-empty list of non-empty strings")
    return value


def _optional_list(path: Path, key: str, table: Any, name: str) -> list[str]:
    """An optional table's list: absent table or key gives []; anything else must be a valid list."""
    if table is None:
        return []
    table = _table(path, key.split(".")[0], table)
    return _string_list(path, key, table[name]) if name in table else []


def _letters(path: Path, key: str, value: Any) -> str:
    if not isinstance(value, str) or not all(char.isalpha() and char == char.lower() for char in value):
        raise ConfigurationError(f"{path}: {key} must be a string of lower-case letters, got {value!r}")
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


def _script_letters(path: Path, scripts: list[str]) -> Any:
    """One pattern matching a letter of any of the Unicode scripts named ("Han"), None for none."""
    if not scripts:
        return None
    try:
        return regex.compile("[" + "".join(f"\\p{{{name}}}" for name in scripts) + "]")
    except regex.error as error:
        raise ConfigurationError(f"{path}: language.scripts names an unknown script: {error}") from error


def _alternatives(sources: tuple[str, ...]) -> Any:
    """One pattern matching any of `sources`, None for none."""
    return regex.compile("|".join(f"(?:{source})" for source in sources)) if sources else None


def _combined_terms(discount: tuple[str, ...], payment: tuple[str, ...]) -> Any:
    # One case-insensitive pass per line; discount terms first, so "2/10 Net 30" is not read as
    # the payment term "Net 30".
    body = "(?P<discount>" + "|".join(f"(?:{p})" for p in discount) + ")|(?P<payment>" + "|".join(
        f"(?:{p})" for p in payment) + ")"
    return regex.compile(body, regex.IGNORECASE)
