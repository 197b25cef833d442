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
_CONTINUATION = regex.compile(r"\bpage\s*(\d+)\s*(?:of|/)\s*(\d+)\b|\bcontinued\b|\bcont(?:'|i)d\b|\bseite\s*(\d+)\b",
                              regex.IGNORECASE)


def split_documents(document: Document, patterns: PatternSet, layout: Layout | None = None) -> list[Document]:
    if len(document.pages) < 2:
        return [document]
    layout = layout or build_layout(document)
    starts = [0]
    current_id = _document_number(layout.pages[0], patterns)
    for index, page in enumerate(layout.pages[1:], start=1):
        if not page.lines or _is_continuation(page) or not _has_title(page, patterns):
            continue
        number = _document_number(page, patterns)
        if number is not None and number == current_id:
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
    for line in page.lines:
        for segment in line:
            match = _continuation_match(segment.text)
            if match is None:
                continue
            if match.group(1) is None:
                return True
            return int(match.group(1)) > 1
    return False


def _continuation_match(text: str) -> regex.Match[str] | None:
    try:
        return _CONTINUATION.search(text, timeout=REGEX_TIMEOUT_S)
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
