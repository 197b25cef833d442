"""Splits a file that holds several documents (a scan batch of invoices) into one Document each.

A page opens a new document when it carries a document title near its top, is not marked as a
continuation ("Page 2 of 3", "continued"), and shows a document number other than the one of the
document in progress. Pages without text (not yet OCRed) never split.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

import regex

from engine.candidates import labels_in
from engine.classify import type_cues_in
from engine.document import Document
from engine.layout import Layout, PageLayout, build_layout
from engine.pattern_files import REGEX_TIMEOUT_S, PatternSet

TITLE_TOP_SHARE = 0.35
# "Page 2 of 3", "Seite 2 von 3", "Page 2 sur 3", "Pagina 2 van 3", "Página 2 de 3", "Ukurasa 2 wa 3",
# "Pg 2/3", "- 2 of 3 -": the page's number; or a word that says the page carries on the last one.
_PAGE_NUMBER = regex.compile(r"\b(?:page|pg|seite|blatt|pagina|página|pág|blad|hoja|ukurasa)\.?\s*(\d+)"
                             r"(?:\s*(?:of|/|von|sur|van|de|wa)\s*\d+)?\b|^\W*(\d+)\s*(?:of|/|von|sur|van|de|wa)\s*\d+\W*$",
                             regex.IGNORECASE)
_CONTINUED = regex.compile(r"\bcontinued\b|\bcont(?:'|i)?d\b|\bfortsetzung\b|\bsuite\s+de\s+la\s+page\b|\bvervolg\b"
                           r"|\bcontinuaci[óo]n\b|\binaendelea\b",
                           regex.IGNORECASE)


def split_documents(document: Document, patterns: PatternSet, layout: Layout | None = None) -> list[Document]:
    if len(document.pages) < 2:
        return [document]
    layout = layout or build_layout(document)
    starts = [0]
    current_id = _document_number(layout.pages[0], patterns)
    for index, page in enumerate(layout.pages[1:], start=1):
        if not page.lines or _is_continuation(page):
            continue
        number = _document_number(page, patterns)
        if number is not None and number == current_id:
            continue
        # A title opens a document; so does a number of its own in the page's header (a letter-style
        # invoice: "RE: Invoice No. NHS54159" under a letterhead).
        if not _has_title(page, patterns) and (number is None or not _number_in_header(page, patterns)):
            continue
        starts.append(index)
        current_id = number
    if len(starts) == 1:
        return [document]
    parts = []
    for position, start in enumerate(starts):
        end = starts[position + 1] if position + 1 < len(starts) else len(document.pages)
        part_hash = hashlib.sha256(f"{document.content_hash}:{start + 1}-{end}".encode()).hexdigest()
        parts.append(replace(document, pages=document.pages[start:end], content_hash=part_hash,
                             page_offset=document.page_offset + start))
    return parts


def _is_continuation(page: PageLayout) -> bool:
    """Whether the page says it carries on a document: a page number above 1 ("Seite 2 von 3"), or
    "continued" / "brought forward" near its top. "Page 1 of 1" opens a document."""
    for line in page.lines:
        for segment in line:
            number = _search(_PAGE_NUMBER, segment.text)
            if number is not None:
                return int(number.group(1) or number.group(2)) > 1
    top = TITLE_TOP_SHARE * page.height
    return any(_search(_CONTINUED, segment.text) is not None for line in page.lines for segment in line
               if segment.bbox[1] <= top)


def _search(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    try:
        return pattern.search(text, timeout=REGEX_TIMEOUT_S)
    except TimeoutError:
        return None


def _has_title(page: PageLayout, patterns: PatternSet) -> bool:
    limit = TITLE_TOP_SHARE * page.height
    for line in page.lines:
        for segment in line:
            if segment.bbox[1] > limit:
                return False
            hits = type_cues_in(segment, patterns)
            covered = sum(end - start for start, end in {(start, end) for start, end, _ in hits})
            if hits and covered >= 0.5 * len(segment.text.strip()):
                return True
    return False


def _number_in_header(page: PageLayout, patterns: PatternSet) -> bool:
    """Whether the document-number label stands in the top part of the page, under text that does
    not run on from a table (the page opens with a letterhead, not with rows of figures)."""
    top = TITLE_TOP_SHARE * page.height
    first_lines = page.lines[:3]
    if sum(1 for line in first_lines if sum(any(ch.isdigit() for ch in s.text) for s in line) >= 2) >= 2:
        return False  # the page opens with table rows: a continuation without a page number
    return any(hit.kind.field == "invoice_ids" and segment.bbox[1] <= top
               for line in page.lines for segment in line for hit in labels_in(segment, patterns))


def _document_number(page: PageLayout, patterns: PatternSet) -> str | None:
    for line in page.lines:
        for segment in line:
            for hit in labels_in(segment, patterns):
                if hit.kind.field == "invoice_ids":
                    rest = segment.text[hit.end:].strip(" :#.-\t")
                    token = rest.split(" ", 1)[0] if rest else (segment.right.text.split(" ", 1)[0]
                                                                 if segment.right is not None else "")
                    if any(ch.isdigit() for ch in token):
                        return token.upper()
    return None
