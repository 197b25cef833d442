"""OCR words checked against the vocabulary business documents print, before tier 1 reads them.

A recogniser's typical slips on a receipt or an invoice are a letter for a look-alike ("HARDWAKE"
for HARDWARE, "Setangor" for Selangor), a narrow space it did not see ("SANYUSTATIONERYSHOP") and
a wide letter gap it took for a space ("GA RDENIA"). All are repaired here against a lexicon drawn from the pattern files themselves (company forms,
address words, label phrases, table headings, document titles, and `[ocr] words`: the trade words
shop names are made of), so a data scientist extends it by editing data, never code.

The rules are conservative, because a wrong "correction" of a name is worse than none:
- only words of letters (trailing punctuation aside) of at least `MIN_WORD` letters are repaired
  against the lexicon alone, never a word the lexicon knows; a word that holds a figure only as
  `repair_confusions` says (below), ids, amounts and postcodes never;
- a substitution repair swaps at most one letter in a word of up to 7 letters and two in a longer
  one, each swap a pair of look-alikes (l/i, m/n, r/k, e/l...), and only when exactly one lexicon
  word is that close (a proper name that happens to be one letter from two words stays as read);
- a space is restored only where the run is an unknown piece (the shop's own name, "SANYU") of at
  least `MIN_UNKNOWN_PIECE` letters followed by at least two lexicon words of at least `MIN_PIECE`
  letters holding most of the letters; a run of known words alone stays whole (an English compound
  the lexicon lacks, "PHOTOCOPY", would split as well as a lost space), unless it is exactly two
  known words and at least `MIN_KNOWN_RUN` letters long ("STATIONERYSHOP");
- a word the recogniser split in two or three ("GA RDENIA", "BAK ERIES", "Descr iption": a wide
  letter gap read as a space) is joined again (`join_pieces`, on a page's words in reading order)
  only where every piece is a run of letters that is no lexicon word and is not read whole anywhere
  else on the page, the join has at least `MIN_JOIN` letters and is a lexicon word (BAKERIES), one
  look-alike repair from exactly one ("EXCI UDING"), or a word read whole elsewhere on the same page
  (the shop's name in its footer: "Gardenia's"; letters inside a code do not count), and each gap
  between the pieces is narrower than the line's own word gaps (their median, times
  `JOIN_GAP_OF_WORD_GAP`) or, on a line with no other word gap, than `JOIN_GAP_OF_HEIGHT` of the
  letters' height.
  Two real words stay apart where their gap is a word gap ("FEED WATER" beside "FEEDWATER"), as
  do a piece with a digit or inner punctuation, a piece the lexicon knows ("COM PLEKS"), a piece
  read on its own elsewhere on the page, words on different lines, and a join shorter than
  `MIN_JOIN` ("BR NO" is no "BRNO", "AL AM" stays). On the 96 SROIE training receipts (PP-OCR) 14
  words are joined, all of them right ("Descr iption", "Tota l", "JAL AN"); Tesseract's readings
  of them, 1 ("GA RDENIA").
Character confusions (rules version 6; `repair_confusions`, on a page's words after the joins):
- a run of letters and figures whose figures, read as the letters they resemble (0 o, 1 l among
  small letters and I among capitals, 5 s, 8 b, 9 g), make a lexicon word, or a word of at least
  `MIN_PAGE_WORD` letters read whole elsewhere on the page, is that word ("Ma11" -> Mall, "1DEA" ->
  IDEA, "Te1:09-222" -> "Tel:09-222", "SET1A" beside "SETIA"); the run has at least
  `MIN_FIGURE_WORD` characters (`MIN_FIGURE_FIRST_WORD` if a figure opens it), at least
  `MIN_FIGURE_WORD_LETTERS` of them letters and no more figures than letters, so codes ("B1",
  "U13", "1C", "A0402", "NO4", the postcode "BS1 5TR") stay;
- a word of letters of at least `MIN_PAGE_WORD` letters that the lexicon lacks and the page reads
  only here is the one word read elsewhere on the page one look-alike letter from it, if that word
  is a lexicon word or is read more often ("SHAH ALAN" beside "SETIA ALAM"). The lexicon alone is
  no evidence for a word this short: on the training transcripts "NAIL" would become MAIL, "MINT"
  MINI, "HOOK" BOOK, "TREE" FREE;
- `correct` also reads one letter the recogniser split into two narrow ones (`_SPLIT_LETTERS`:
  "Alain" -> Alam, "Suminary" -> Summary, "PETALINCi" -> PETALING), and h/m and a/s are look-alikes.
On the 96 SROIE training receipts (PP-OCR readings / Tesseract's) figures read inside words repair
13 / 0 words, words like the page's 3 / 4, split letters 1 / 1, h/m and a/s 1 / 11; with
engine.ocr's figure repairs (letters kept in "1851-B", "15/4B", "100'S"; "45OG", "15.U0"; "5/B" ->
S/B; "ND. 17" -> "NO. 17") 52 / 32 words are repaired, none made worse (8 words the transcript
spells otherwise both before and after change, such as "VE0S:" beside a "VEOS" read on the same
page), and no word of the receipts' own transcripts is changed.
Case follows the word as read: "HARDWAKE" -> "HARDWARE", "Setangor" -> "Selangor".
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from statistics import median
from typing import Any

import regex

# Raised whenever the repair rules change, so that cached repaired readings are read again.
RULES_VERSION = 8  # 3: "SON BHD" read as the legal form "SDN BHD" (engine.ocr); 4: long known-word runs split;
# 5: split words joined again (join_pieces); 6: figures read inside words, words like the page's own,
# letters read as two (m as "rn"), h/m and a/s look-alikes, and engine.ocr's figure repairs;
# 7: engine.ocr.mend_marks (stray commas glued, specks dropped, split dates joined), a mark split off
# an amount ("48.00x"), "3HD" / "hd." after "Sdn", lexicon words (address and trade words), and
# PP-OCR's lines grouped from the runs of its reading (engine.ocr._group_lines); 8: an e-mail address
# read in pieces around its "@" joined (engine.ocr._join_emails)
MIN_WORD = 5  # shorter words are too often names, codes or abbreviations to repair
MIN_PIECE = 4  # a piece a run is split into must be a lexicon word this long ("SHOP", "MART")
MIN_UNKNOWN_PIECE = 4  # the one piece of a split that is not a word (a name) has at least this many letters
MIN_KNOWN_PIECES = 2  # ... and the lexicon words after it are at least this many
MIN_RUN = 8  # runs shorter than this are not split
MIN_KNOWN_RUN = 13  # a run of two known words alone is split only from this length ("STATIONERYSHOP")
MIN_JOIN = 5  # a word joined from pieces has at least this many letters ("BR NO" stays)
MAX_JOIN_PIECES = 3  # a word is joined from at most this many pieces ("GA RDEN IA")
# A gap inside a split word is narrower than the line's word gaps: under this share of their median
# (on the 96 SROIE training receipts, split words' gaps: median 0.45 of the line's other gaps, all
# under 0.7; gaps between words: median 0.95, 10% under 0.28, so the gap only backs up the lexical
# evidence: 0.8 and 1.0 join the same words there) ...
JOIN_GAP_OF_WORD_GAP = 1.0
# ... or, on a line without other word gaps, at most this share of the letters' height.
JOIN_GAP_OF_HEIGHT = 0.6
# Gaps wider than this share of the letters' height are columns, not word gaps, on a line.
COLUMN_GAP_OF_HEIGHT = 1.5

# Letters a recogniser mistakes for each other (as lower case): a repair may only swap such a pair,
# so "TOTAI" becomes TOTAL and "HARDWAKE" HARDWARE, but "WONG" never becomes "WANG".
# Vowels for vowels (a/o, a/e, e/o) and u/v, b/d are left out: swapped, they turn real words the
# lexicon lacks into others ("BLACK" -> BLOCK, "PAINT" -> POINT, "VALVE" -> VALUE), as measured on
# SROIE's own transcripts. h/m (a receipt's M read as H: "ITEHS", "ADJUSTHENT", "Hember") and a/s
# (a small a read as s: "Retsil", "Ssles", "Nalaysis") were added in rules version 6: on the 96
# SROIE training receipts they repair 1 word of the PP-OCR readings and 12 of Tesseract's, and
# change no word of the receipts' transcripts.
_LOOKALIKE_PAIRS = frozenset(frozenset(pair) for pair in (
    "il", "ij", "lt", "it", "ft", "lj", "mn", "nh", "hb", "rk", "du", "ou", "vy", "ce", "co",
    "gq", "do", "oq", "cg", "ef", "el", "pr", "be", "nu", "ri", "rn", "tf", "hm", "as",
))
# One letter a recogniser reads as two narrow ones (as lower case): m as "rn", "in" or "ni", d as
# "cl", g as "ci" ("Alain" for Alam, "PETALINCi" for PETALING). A word is repaired so only where
# exactly one lexicon word results and no look-alike swap reaches one: on the 96 SROIE training
# receipts 1 word of the PP-OCR readings ("Alain") and 1 of Tesseract's ("Suminary"), no word of
# their transcripts.
_SPLIT_LETTERS = (("rn", "m"), ("in", "m"), ("ni", "m"), ("cl", "d"), ("ci", "g"))
_LETTERS = regex.compile(r"^(\p{P}*)(\p{L}+)(\p{P}*)$")
_WORD = regex.compile(r"\p{L}{3,}")
_LETTER_RUN = regex.compile(r"\p{L}+")
# A piece of a split word: letters, with punctuation only before the first piece's letters
# ("(GA") or from where the last's end ("ERIES,", "ERIES(KL)").
_HEAD_PIECE = regex.compile(r"^\p{P}*\p{L}+$")
_MIDDLE_PIECE = regex.compile(r"^\p{L}+$")
_TAIL_PIECE = regex.compile(r"^\p{L}+(?:\p{P}.*)?$")
# A word read whole: letters, maybe a possessive ("Gardenia's"), punctuation around them.
_WHOLE_WORD = regex.compile(r"^\p{P}*(\p{L}+)(?:['’]\p{L})?\p{P}*$")


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
        repaired = self._nearest(core.casefold()) or self._unmerged(core.casefold())
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

    def _unmerged(self, word: str) -> str | None:
        """The one lexicon word that `word` is with one letter the recogniser read as two ("Alain" ->
        alam: m read "in"; "PETALINCi" -> petaling: G read "Ci"), or None."""
        found = set()
        for read, meant in _SPLIT_LETTERS:
            start = word.find(read)
            while start >= 0:
                candidate = word[:start] + meant + word[start + len(read):]
                if candidate in self.words:
                    found.add(candidate)
                start = word.find(read, start + 1)
        return found.pop() if len(found) == 1 else None

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


def join_pieces(words: Sequence[tuple[str, Any, float]], lexicon: OcrLexicon) -> list[tuple[str, Any, float]]:
    """A page's words, ``(text, (x0, y0, x1, y1), confidence)`` in reading order, with the words the
    recogniser split into pieces joined again ("GA RDENIA" -> "GARDENIA"; the rules are in the module
    docstring). A joined word's box spans its pieces' and its confidence is the lowest of theirs."""
    if len(words) < 2:
        return list(words)
    whole: dict[str, int] = {}  # words read on the page, as many times as they were read
    for text, _, _ in words:
        word = _WHOLE_WORD.match(text)  # a word, not letters inside a code ("005001(BATANGKALI-1)")
        if word is not None:
            whole[word.group(1).casefold()] = whole.get(word.group(1).casefold(), 0) + 1
    runs = line_runs(words)
    # how often each sequence of two or three side-by-side tokens is read on the page: a piece read
    # whole only inside the same split elsewhere ("ADJUS TMENT" twice) is still no word
    sequences: dict[tuple[str, ...], int] = {}
    for start, end in runs:
        letters = [_piece_letters(w[0]) for w in words[start:end]]
        for count in range(2, MAX_JOIN_PIECES + 1):
            for i in range(len(letters) - count + 1):
                key = tuple(letters[i:i + count])
                if None not in key:
                    sequences[key] = sequences.get(key, 0) + 1  # type: ignore[index]
    out: list[tuple[str, Any, float]] = []
    for start, end in runs:
        line = words[start:end]
        gaps = [float(b[1][0]) - float(a[1][2]) for a, b in zip(line, line[1:], strict=False)]
        height = median(float(w[1][3]) - float(w[1][1]) for w in line)
        i = 0
        while i < len(line):
            for count in range(min(MAX_JOIN_PIECES, len(line) - i), 1, -1):
                if _joins(line[i:i + count], gaps, i, height, lexicon, whole, sequences):
                    pieces = line[i:i + count]
                    boxes = [p[1] for p in pieces]
                    box = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                           max(b[2] for b in boxes), max(b[3] for b in boxes))
                    out.append(("".join(p[0] for p in pieces), box, min(p[2] for p in pieces)))
                    i += count
                    break
            else:
                out.append(line[i])
                i += 1
    return out


def line_runs(words: Sequence[tuple[str, Any, float]]) -> list[tuple[int, int]]:
    """[start, end) of each run of words in reading order that stand side by side on one line."""
    runs, start = [], 0
    for index in range(1, len(words) + 1):
        if index < len(words):
            a, b = words[index - 1][1], words[index][1]
            overlap = min(a[3], b[3]) - max(a[1], b[1])
            if b[0] >= a[0] and overlap >= 0.5 * min(a[3] - a[1], b[3] - b[1]):
                continue
        runs.append((start, index))
        start = index
    return runs


def _joins(pieces: Sequence[tuple[str, Any, float]], gaps: list[float], first: int, height: float,
           lexicon: OcrLexicon, whole: dict[str, int], sequences: dict[tuple[str, ...], int]) -> bool:
    """Whether these side-by-side words are one word the recogniser split."""
    texts = [p[0] for p in pieces]
    if not _HEAD_PIECE.match(texts[0]) or not _TAIL_PIECE.match(texts[-1]) \
            or not all(_MIDDLE_PIECE.match(t) for t in texts[1:-1]):
        return False
    letters = [_piece_letters(t) or "" for t in texts]
    joined = "".join(letters)
    if len(joined) < MIN_JOIN or not (joined in lexicon.words or whole.get(joined, 0) > 0
                                      or lexicon._nearest(joined) is not None):
        return False
    # every piece is no word: not one the lexicon knows, nor one read whole elsewhere on the page
    # (outside this same sequence of pieces)
    same = sequences.get(tuple(letters), 1)
    if any(piece in lexicon.words or len(piece) >= 3 and whole.get(piece, 0) > same * letters.count(piece)
           for piece in letters):
        return False
    inside = gaps[first:first + len(pieces) - 1]
    others = [g for k, g in enumerate(gaps) if not first <= k < first + len(pieces) - 1
              and 0 <= g <= COLUMN_GAP_OF_HEIGHT * height]
    if others:
        return all(gap < JOIN_GAP_OF_WORD_GAP * median(others) for gap in inside)
    return all(gap <= JOIN_GAP_OF_HEIGHT * height for gap in inside)


def _piece_letters(text: str) -> str | None:
    """The letters of a token that could be a piece of a split word (letters, with punctuation
    before them or from where they end), lower-cased; None for any other token."""
    run = _LETTER_RUN.search(text)
    if run is None or not (_HEAD_PIECE.match(text) or _TAIL_PIECE.match(text)):
        return None
    return run.group().casefold()


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


# --------------------------------------------------------------------------------------------------
# Figures read for letters, and words repaired against the page's own words

# The letters a figure is read for inside a word (lower case): "1DEA" is IDEA, "INV0ICE" INVOICE,
# "Re9" Reg. A 1 among small letters is an l ("Ma11" is Mall, not Mail: an i has its dot), among
# capitals an I ("SET1A").
_LETTERS_OF_FIGURE = {"0": "o", "1": "i", "5": "s", "8": "b", "9": "g"}
_SMALL_LETTERS_OF_FIGURE = {**_LETTERS_OF_FIGURE, "1": "l"}
_ALNUM_RUN = regex.compile(r"[\p{L}\d]+")
MIN_FIGURE_WORD = 3  # a run of letters and figures repaired to a word has at least this many characters ...
MIN_FIGURE_WORD_LETTERS = 2  # ... at least this many of them letters, and no more figures than letters
# A run that opens with a figure is repaired only from this length: "BS1 5TR", a British postcode
# of the generated scans, is no "STR" ("1DEA" is IDEA).
MIN_FIGURE_FIRST_WORD = 4
# A word repaired to a word read elsewhere on the page has at least this many letters (with 3 the
# training receipts' "(SUN)" becomes SDN beside "SDN BHD" and "SR0" SRO: 1 transcript word and 5
# readings made worse, 12 better).
MIN_PAGE_WORD = 4


def page_words(words: Sequence[tuple[str, Any, float]]) -> dict[str, int]:
    """The words of letters read whole on a page (lower case), with how often each was read."""
    whole: dict[str, int] = {}
    for text, _, _ in words:
        word = _WHOLE_WORD.match(text)  # a word, not letters inside a code ("005001(BATANGKALI-1)")
        if word is not None:
            whole[word.group(1).casefold()] = whole.get(word.group(1).casefold(), 0) + 1
    return whole


def repair_confusions(words: Sequence[tuple[str, Any, float]], lexicon: OcrLexicon
                      ) -> list[tuple[str, Any, float]]:
    """A page's words, ``(text, box, confidence)``, with figures read for letters inside words made
    letters again ("Ma11" -> Mall) and unknown words one look-alike from a word read elsewhere on the
    page made that word ("SHAH ALAN" -> ALAM beside "SETIA ALAM"); the rules are in the module docstring."""
    whole = page_words(words)
    out = []
    for text, box, conf in words:
        repaired = figures_as_letters(text, lexicon, whole)
        if repaired == text:
            repaired = like_page_word(text, lexicon, whole)
        out.append((repaired, box, conf))
    return out


def figures_as_letters(token: str, lexicon: OcrLexicon, whole: dict[str, int] | None = None) -> str:
    """`token` with each run of letters and figures that reads as a word once its figures are taken
    for the letters they look like ("Te1" -> Tel, "1DEA" -> IDEA), a lexicon word or a word of
    `whole` (the page's words), made that word; other runs stay as read."""
    known = lexicon.words if whole is None else lexicon.words | {w for w in whole if len(w) >= MIN_PAGE_WORD}

    def repair(match: regex.Match[str]) -> str:
        run = match.group()
        figures = sum(c.isdigit() for c in run)
        letters = len(run) - figures
        if not figures or len(run) < (MIN_FIGURE_FIRST_WORD if run[0].isdigit() else MIN_FIGURE_WORD) \
                or letters < MIN_FIGURE_WORD_LETTERS or figures > letters \
                or any(c.isdigit() and c not in _LETTERS_OF_FIGURE for c in run):
            return run
        model = _letter_model(run)
        word = "".join((_LETTERS_OF_FIGURE if m.isupper() else _SMALL_LETTERS_OF_FIGURE)[c] if c.isdigit()
                       else c.casefold() for c, m in zip(run, model, strict=True))
        if word not in known:
            return run
        # a figure opening a word of small letters stands for its capital ("5ales" -> Sales)
        return _in_case_of(model[0].upper() + model[1:] if run[0].isdigit() else model, word)

    return _ALNUM_RUN.sub(repair, token)


def like_page_word(token: str, lexicon: OcrLexicon, whole: dict[str, int]) -> str:
    """`token` made the one word read elsewhere on the page that is one look-alike letter from it,
    where `token` is a word of letters that is no lexicon word and is read only here."""
    match = _LETTERS.match(token)
    if match is None:
        return token
    lead, core, trail = match.groups()
    word = core.casefold()
    if len(word) < MIN_PAGE_WORD or word in lexicon.words or whole.get(word, 0) > 1:
        return token
    # the word it becomes is a lexicon word or read more often than it, so that two names read
    # once each, a look-alike apart, are not made each other
    near = [other for other in whole if len(other) == len(word) and other != word
            and (other in lexicon.words or whole[other] > 1)
            and sum(a != b for a, b in zip(word, other, strict=True)) == 1
            and all(frozenset((a, b)) in _LOOKALIKE_PAIRS for a, b in zip(word, other, strict=True) if a != b)]
    if len(near) != 1:
        return token
    return lead + _in_case_of(core, near[0]) + trail


def _letter_model(run: str) -> str:
    """`run` with each figure replaced by a letter in the case of its neighbours ("Ma11" -> "Maxx",
    "1DEA" -> "XDEA"), for `_in_case_of`."""
    out = []
    for index, char in enumerate(run):
        if not char.isdigit():
            out.append(char)
            continue
        neighbours = [c for c in run[index - 1::-1] if c.isalpha()][:1] if index else []
        neighbours = neighbours or [c for c in run[index + 1:] if c.isalpha()][:1]
        out.append("X" if neighbours and neighbours[0].isupper() else "x")
    return "".join(out)
