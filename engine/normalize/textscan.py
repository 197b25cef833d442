"""Cheap, exact tests that tell the normalisers a regex cannot match, so they need not run it, and
the memos that keep the normalisers' answers for texts a document asks about more than once.

Every regex search through the `regex` module with a timeout costs about 4 us before it reads a
character (the timeout's set-up), several times the cost of the search itself on a short line; a
line of a document is searched by a dozen patterns. The tests here are plain string operations in C
(no regex, no timeout needed: they are linear by construction) and only ever answer "cannot match"
when that is certain; anything else runs the regex as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

_ASCII_DIGITS = b"0123456789"


def digit_count(text: str) -> int:
    """How many characters of `text` are digits (str.isdigit: a superset of regex's \\d)."""
    if text.isascii():
        data = text.encode("ascii")
        return len(data) - len(data.translate(None, _ASCII_DIGITS))
    return sum(map(str.isdigit, text))


def has_cased_letter(text: str) -> bool:
    """Whether `text` holds any letter that has an upper and a lower case (every month name does)."""
    return text.lower() != text.upper()


def has_upper(text: str) -> bool:
    """Whether `text` holds any upper-case (or title-case) character."""
    return text.lower() != text


# --------------------------------------------------------------------------------------------------
# Memos of the find_* functions
#
# One document asks about the same text many times: tier 1 reads a segment's amounts, dates and
# labels for its candidates, again for its tables and again for its parties, and every amount
# search looks for dates first. The find_* functions are pure, so their answers are kept in small
# least-recently-used memos keyed by the text (and locale). Answers are tuples of frozen matches;
# the public functions hand out a fresh list each time. Texts longer than MEMO_TEXT_LENGTH (a whole
# page) are not kept, nor is an answer read while a regex timed out (a pattern that timed out once
# is tried again next time, as it was before the memos).

MEMO_SIZE = 4096
MEMO_TEXT_LENGTH = 400
_MEMO_CLEARERS: list[Callable[[], None]] = []
_timeouts = [0]  # regex timeouts seen by the normalisers; only ever compared before and after


def note_timeout() -> None:
    """Called where a normaliser catches a regex TimeoutError: the answer being read is not kept."""
    _timeouts[0] += 1


class _Unremembered(Exception):
    def __init__(self, answer: tuple[Any, ...]) -> None:
        super().__init__()
        self.answer = answer


def remember(find: Callable[..., Iterable[Any]]) -> Callable[..., list[Any]]:
    """A memo of `find` (positional arguments, the text first) that returns a fresh list per call."""

    @lru_cache(maxsize=MEMO_SIZE)
    def remembered(*args: Any) -> tuple[Any, ...]:
        before = _timeouts[0]
        answer = tuple(find(*args))
        if _timeouts[0] != before:
            raise _Unremembered(answer)  # lru_cache keeps no answer when the function raises
        return answer

    def lookup(*args: Any) -> list[Any]:
        if len(args[0]) > MEMO_TEXT_LENGTH:
            return list(find(*args))
        try:
            return list(remembered(*args))
        except _Unremembered as unremembered:
            return list(unremembered.answer)

    register_memo(remembered.cache_clear)
    return lookup


def register_memo(clear: Callable[[], None]) -> None:
    _MEMO_CLEARERS.append(clear)


def clear_caches() -> None:
    """Forget every memoised answer (the speed benchmark reads each document cold)."""
    for clear in _MEMO_CLEARERS:
        clear()
