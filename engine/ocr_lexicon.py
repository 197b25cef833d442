"""OCR words checked against the vocabulary business documents print, before tier 1 reads them.

A recogniser's typical slips on a receipt or an invoice are a letter for a look-alike ("HARDWAKE"
for HARDWARE, "Setangor" for Selangor) and a narrow space it did not see ("SANYUSTATIONERYSHOP").
Both are repaired here against a lexicon drawn from the pattern files themselves (company forms,
address words, label phrases, table headings, document titles, and `[ocr] words`: the trade words
shop names are made of), so a data scientist extends it by editing data, never code.

The rules are conservative, because a wrong "correction" of a name is worse than none:
- only words of letters (trailing punctuation aside) of at least `MIN_WORD` letters are touched,
  never a word that holds a digit (ids, amounts, postcodes) and never a word the lexicon knows;
- a substitution repair swaps at most one letter in a word of up to 7 letters and two in a longer
  one, each swap a pair of look-alikes (l/i, m/n, r/k, e/l...), and only when exactly one lexicon
  word is that close (a proper name that happens to be one letter from two words stays as read);
- a space is restored only where the run is an unknown piece (the shop's own name, "SANYU") of at
  least `MIN_UNKNOWN_PIECE` letters followed by at least two lexicon words of at least `MIN_PIECE`
  letters holding most of the letters; a run of known words alone stays whole (an English compound
  the lexicon lacks, "PHOTOCOPY", would split as well as a lost space), unless it is exactly two
  known words and at least `MIN_KNOWN_RUN` letters long ("STATIONERYSHOP").
Case follows the word as read: "HARDWAKE" -> "HARDWARE", "Setangor" -> "Selangor".
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import regex

# Raised whenever the repair rules change, so that cached repaired readings are read again.
RULES_VERSION = 4  # 3: "SON BHD" read as the legal form "SDN BHD" (engine.ocr); 4: long known-word runs split
MIN_WORD = 5  # shorter words are too often names, codes or abbreviations to repair
MIN_PIECE = 4  # a piece a run is split into must be a lexicon word this long ("SHOP", "MART")
MIN_UNKNOWN_PIECE = 4  # the one piece of a split that is not a word (a name) has at least this many letters
MIN_KNOWN_PIECES = 2  # ... and the lexicon words after it are at least this many
MIN_RUN = 8  # runs shorter than this are not split
MIN_KNOWN_RUN = 13  # a run of two known words alone is split only from this length ("STATIONERYSHOP")

# Letters a recogniser mistakes for each other (as lower case): a repair may only swap such a pair,
# so "TOTAI" becomes TOTAL and "HARDWAKE" HARDWARE, but "WONG" never becomes "WANG".
# Vowels for vowels (a/o, a/e, e/o) and u/v, b/d are left out: swapped, they turn real words the
# lexicon lacks into others ("BLACK" -> BLOCK, "PAINT" -> POINT, "VALVE" -> VALUE), as measured on
# SROIE's own transcripts.
_LOOKALIKE_PAIRS = frozenset(frozenset(pair) for pair in (
    "il", "ij", "lt", "it", "ft", "lj", "mn", "nh", "hb", "rk", "du", "ou", "vy", "ce", "co",
    "gq", "do", "oq", "cg", "ef", "el", "pr", "be", "nu", "ri", "rn", "tf",
))
_LETTERS = regex.compile(r"^(\p{P}*)(\p{L}+)(\p{P}*)$")
_WORD = regex.compile(r"\p{L}{3,}")


class OcrLexicon:
    """The lower-cased words of a vocabulary, indexed for one-letter and two-letter look-ups."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(w.casefold() for w in words if len(w) >= 3 and w.isalpha())
        self._by_length: dict[int, list[str]] = {}
        for word in self.words:
            self._by_length.setdefault(len(word), []).append(word)

    @property
    def fingerprint(self) -> str:
        """A short hash of the words and the rules' version: what a cache of repaired readings is keyed by."""
        import hashlib

        text = f"rules {RULES_VERSION}\n" + "\n".join(sorted(self.words))
        return hashlib.sha256(text.encode()).hexdigest()[:12]

    def __contains__(self, word: str) -> bool:
        return word.casefold() in self.words

    def correct(self, token: str) -> list[str]:
        """`token` as one word or several: repaired, split, or unchanged (a one-item list)."""
        match = _LETTERS.match(token)
        if match is None:
            return [token]
        lead, core, trail = match.groups()
        if len(core) < MIN_WORD or core.casefold() in self.words:
            return [token]
        split = self._split(core) if len(core) >= MIN_RUN else None
        if split is not None:
            pieces = [_in_case_of(core, piece) for piece in split]
            pieces[0] = lead + pieces[0]
            pieces[-1] = pieces[-1] + trail
            return pieces
        repaired = self._nearest(core.casefold())
        if repaired is None:
            return [token]
        return [lead + _in_case_of(core, repaired) + trail]

    def _nearest(self, word: str) -> str | None:
        """The one lexicon word of the same length within the allowed look-alike swaps, or None."""
        allowed = 1 if len(word) <= 7 else 2
        best: list[str] = []
        best_distance = allowed + 1
        for candidate in self._by_length.get(len(word), ()):
            swaps = [(a, b) for a, b in zip(word, candidate, strict=True) if a != b]
            if len(swaps) > allowed or any(frozenset(swap) not in _LOOKALIKE_PAIRS for swap in swaps):
                continue
            distance = len(swaps)
            if distance < best_distance:
                best, best_distance = [candidate], distance
            elif distance == best_distance:
                best.append(candidate)
        return best[0] if len(best) == 1 and best_distance <= allowed else None

    def _split(self, core: str) -> list[str] | None:
        """`core` cut into an unknown name and the lexicon words after it, or None."""
        word = core.casefold()
        n = len(word)
        # The shop's own name, then trade words: "SANYU|STATIONERY|SHOP". A run of known words alone
        # is left whole: English compounds the lexicon lacks ("PHOTOCOPY", "EXCHANGEABLE") split so.
        chosen = None
        for head in range(MIN_UNKNOWN_PIECE, n - MIN_KNOWN_PIECES * MIN_PIECE + 1):
            if word[:head] in self.words:
                continue
            cuts = _prefix_cuts(word[head:], self.words).get(n - head)
            if cuts is None or len(cuts) < MIN_KNOWN_PIECES:
                continue
            pieces = [word[:head]] + [word[head + a:head + b] for a, b in zip([0, *cuts], cuts, strict=False)]
            if sum(len(p) for p in pieces[1:]) * 3 < 2 * n:
                continue
            if chosen is None or len(pieces) < len(chosen):
                chosen = pieces
        if chosen is None and n >= MIN_KNOWN_RUN:
            # Two trade words run together, long enough that no compound the lexicon lacks is meant:
            # "STATIONERYSHOP" is STATIONERY SHOP ("PHOTOCOPY", "WAREHOUSE" are shorter).
            cuts = _prefix_cuts(word, self.words).get(n)
            if cuts is not None and len(cuts) == 2:
                chosen = [word[:cuts[0]], word[cuts[0]:]]
        if chosen is None:
            return None
        # cut the original spelling at the same points
        out, position = [], 0
        for piece in chosen:
            out.append(core[position:position + len(piece)])
            position += len(piece)
        return out


def _prefix_cuts(word: str, words: frozenset[str]) -> dict[int, list[int]]:
    """For each length i that lexicon words of at least MIN_PIECE letters can cover exactly, the
    fewest cut points that do (word[:i] = the pieces between 0 and those points)."""
    best: dict[int, list[int]] = {0: []}
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 20), end - MIN_PIECE + 1):
            if start in best and word[start:end] in words:
                cuts = best[start] + [end]
                if end not in best or len(cuts) < len(best[end]):
                    best[end] = cuts
    return best


def _in_case_of(model: str, word: str) -> str:
    """`word` cased as `model` is: upper, title or lower."""
    letters = [c for c in model if c.isalpha()]
    if model.isupper() or letters and sum(c.isupper() for c in letters) >= 0.75 * len(letters):
        return word.upper()  # "INVOlCE": capitals with a slip read as a small letter
    if model[:1].isupper() and model[1:].islower():
        return word[:1].upper() + word[1:].lower()
    if model.islower():
        return word.lower()
    # mixed case (a slip inside a word): keep each position's case where the letters agree
    return "".join(w.upper() if m.isupper() else w.lower() for m, w in zip(model, word, strict=False)) + word[len(model):]


@lru_cache(maxsize=4)
def load_lexicon(patterns_dir: str | None = None) -> OcrLexicon:
    """The lexicon of a patterns folder (None: the bundled one): every word of three letters or more
    in its phrase lists, and its `[ocr] words`."""
    from engine.resources import patterns_dir as bundled

    folder = Path(patterns_dir) if patterns_dir else bundled()
    words: set[str] = set()
    for path in sorted(folder.glob("*.toml")):
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        for text in _strings(data):
            words.update(_WORD.findall(text.casefold()))
    return OcrLexicon(words)


def _strings(data: object) -> Iterable[str]:
    if isinstance(data, str):
        if "\\" not in data and "(?" not in data:  # value shapes are regexes, not words
            yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)
