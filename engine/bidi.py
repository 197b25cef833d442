"""Reading order of a phrase written in a right-to-left script (Hebrew, Arabic, Persian, Urdu).

A PDF's words and an OCR engine's words come with boxes; the layout sorts them left to right. In
Hebrew or Arabic the reader starts at the right, so a company name laid out as "מ"בע | בנייה | קשת"
reads "קשת בנייה בע"מ" and a street "84 | קוק | הרב" reads "הרב קוק 84". Runs of figures inside
such a phrase (a phone number split by spaces) keep their own order, as the Unicode bidirectional
algorithm does at word level. A glyph run the text layer broke at a
punctuation mark inside a word ("בע" | '"' | "מ", the abbreviation בע"מ) is one word again when the
pieces touch.

This only reorders words within a phrase (a segment); which phrase of a line is the label of which is
left to the readers, as their label lists do not cover these languages.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from engine.document import Word, union_bbox

# Letters of the right-to-left scripts: Hebrew, Arabic (with its supplements and presentation forms),
# Syriac, Thaana, N'Ko.
_RTL_LETTER = regex.compile(r"[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]")
_LTR_LETTER = regex.compile(r"[^\W\d_\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]")
# Pieces closer than this share of the line height are one word cut by the text layer.
_TOUCHING_SHARE = 0.08


def has_rtl_letters(text: str) -> bool:
    return _RTL_LETTER.search(text) is not None


def reading_order(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """The phrase's words in reading order: right to left for a phrase whose letters are all of a
    right-to-left script (figures and signs between them keep their own order); unchanged otherwise."""
    text = "".join(w.text for w in words)
    if text.isascii() or not has_rtl_letters(text):  # (the first test settles most phrases at C speed)
        return words
    if _LTR_LETTER.search(text):
        # A phrase mixing both ("To / לכבוד", "Taxpayer Name / اسم الممول") is laid out by a paragraph
        # direction the words alone do not tell; as printed left to right it keeps its Latin order.
        return words
    joined = _join_touching(list(words))
    ordered: list[Word] = []
    run: list[Word] = []  # left-to-right words met while walking leftwards
    for word in reversed(joined):
        if has_rtl_letters(word.text):
            ordered.extend(reversed(run))
            run = []
            ordered.append(word)
        else:
            run.append(word)
    ordered.extend(reversed(run))
    return tuple(ordered)


def _join_touching(words: list[Word]) -> list[Word]:
    """Words, left to right, with touching pieces of one right-to-left word joined."""
    out = [words[0]]
    for word in words[1:]:
        previous = out[-1]
        height = max(1.0, min(previous.height, word.height))
        # The text layer breaks a word at a sign inside it; two words are never joined.
        at_sign = not word.text[-1].isalnum() or not previous.text[0].isalnum()
        if at_sign and word.bbox[0] - previous.bbox[2] <= _TOUCHING_SHARE * height and (
                has_rtl_letters(previous.text) or has_rtl_letters(word.text)):
            # Left to right on the page is right to left in reading: the right piece comes first.
            out[-1] = replace(previous, text=word.text + previous.text,
                              bbox=union_bbox((previous.bbox, word.bbox)),
                              confidence=min(previous.confidence, word.confidence))
        else:
            out.append(word)
    return out
