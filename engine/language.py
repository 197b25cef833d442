"""Whether a document is written in a language the pattern files cover.

Tier 1's labels, document-type cues and table headers exist for a fixed set of languages (see
`patterns/document.toml` [language]). On a document in another language the reader still finds
dates, amounts and numbers, but which amount is the tax or the net, and which block is the
customer, rests on words it does not know; its confidence, calibrated on covered languages, would
then claim far more than it delivers (Polish invoices: 60% of reported values right, at document
confidences near 0.9). So such a document is flagged and its confidence capped, and the router sends
it on.

The first test is the alphabet: the share of letters, among the visible words' letters, that none of
the covered languages writes (ė, ų, Cyrillic, Arabic, Hebrew, CJK...). It needs no dictionary, costs one
pass over the words, and a stray foreign name in an address stays under the share. Languages written
in the covered alphabet (Portuguese, the Nordic languages, Finnish) pass it; for them the second test
counts distinct words that only those languages use on business documents ("fatura", "vencimento",
"förfallodatum", "eräpäivä"): a few different ones mean the document is written in one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import replace

from engine.document import Document
from engine.pattern_files import PatternSet
from engine.result import FieldValue

DOUBT_PREFIX = "language: "
# Without patterns for the language, a value's confidence is at most what tier 1 reaches on one
# (Polish invoices: 60% of reported values right), and the document is not trusted as a whole.
FIELD_CONFIDENCE_CAP = 0.6
DOCUMENT_CONFIDENCE_CAP = 0.2


def foreign_letters(words: Iterable[str], patterns: PatternSet) -> tuple[int, int]:
    """(letters outside the covered alphabets, all letters) over the words' NFKC forms (ligatures
    such as "ﬁ" count as their letters)."""
    foreign = total = 0
    allowed = patterns.language_letters
    scripts = patterns.language_scripts
    for word in words:
        for char in unicodedata.normalize("NFKC", word).lower():
            if char.isalpha():
                total += 1
                if not ("a" <= char <= "z" or char in allowed or scripts is not None and scripts.match(char)):
                    foreign += 1
    return foreign, total


def uncovered_words(lines: Iterable[str], patterns: PatternSet) -> set[str]:
    """The distinct words (casefolded) of languages the patterns do not cover found in `lines`."""
    found: set[str] = set()
    for line in lines:
        found.update(text.casefold() for _, _, text in patterns.language_markers.find(line))
    return found


def language_doubt(document: Document, patterns: PatternSet) -> str | None:
    """A `doubtful` entry naming the share of foreign letters, or the words of another language, when
    the document reads as written in a language the patterns do not cover; None otherwise."""
    if patterns.language_min_markers:
        lines = (" ".join(w.text for w in line.words if not w.hidden) for page in document.pages
                 for line in page.lines)
        markers = uncovered_words(lines, patterns)
        if len(markers) >= patterns.language_min_markers:
            shown = ", ".join(sorted(markers)[:5])
            return f"{DOUBT_PREFIX}words of a language the patterns do not cover ({shown})"
    if not patterns.language_letters:
        return None
    words = (word.text for page in document.pages for word in page.words if not word.hidden)
    foreign, total = foreign_letters(words, patterns)
    if total == 0 or foreign < patterns.language_min_foreign:
        return None
    share = foreign / total
    if share < patterns.language_max_foreign_share:
        return None
    return f"{DOUBT_PREFIX}{share:.1%} of the letters are outside the languages the patterns cover"


def cap_for_language(fields: dict[str, FieldValue], confidence: float, doubtful: Iterable[str]
                     ) -> tuple[dict[str, FieldValue], float]:
    """Fields and document confidence capped when `doubtful` says the language is not covered."""
    if not any(reason.startswith(DOUBT_PREFIX) for reason in doubtful):
        return fields, confidence
    capped = {path: replace(value, confidence=min(value.confidence, FIELD_CONFIDENCE_CAP))
              for path, value in fields.items()}
    return capped, min(confidence, DOCUMENT_CONFIDENCE_CAP)
