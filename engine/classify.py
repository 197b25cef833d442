"""Document type from the cues in patterns/document.toml: titles weigh most, body text a little."""

from __future__ import annotations

import regex

from engine.layout import Layout, PageLayout, Segment
from engine.pattern_files import PatternSet, timed
from engine.result import DocumentType

TITLE_FONT_RATIO = 1.25  # a segment this much larger than the page's median type is a title
TITLE_TOP_SHARE = 0.4
BODY_CAP = 5.0  # the most that mentions outside titles can add up to for one type  # ... or any segment in the top part of the first page that is alone on its line
SLIP_TOP_SHARE = 0.45  # a tear-off slip starts in the lower part of a page
MIN_SLIP_PAGE_WIDTH = 400.0  # points: A5 and wider; a till roll (58-80 mm) is under 230
# A rule of dashes, underscores, dots or scissors across the page: where a slip is cut off.
_CUT_RULE = regex.compile(r"^[\s\-_.–—=·•✂✄]{12,}$")


def classify(layout: Layout, patterns: PatternSet) -> tuple[DocumentType, float]:
    """The most likely type and a confidence from the winning margin."""
    scores: dict[str, float] = dict.fromkeys(patterns.document_type_weights, 0.0)
    title_scores = dict(scores)
    body_scores = dict(scores)
    seen: set[tuple[str, str]] = set()
    if not layout.pages:
        return "unknown", 0.0
    first = layout.pages[0]
    settled = _settled_type(layout, patterns)
    if settled is not None:
        return settled, 0.9  # type: ignore[return-value]
    for page in layout.pages[:2]:
        slip = slip_top(page, patterns)
        for line in page.lines:
            if line and line[0].bbox[1] >= slip:
                break  # a tear-off slip repeats the document for the payer; its title is not the document's
            if _item_row(line):
                continue  # "Huile de table 5 L  50  107,80  5.390,00": a cue word in a product's name
            for segment in line:
                hits = type_cues_in(segment, patterns)
                if not hits:
                    continue
                # A title is set large, or stands alone on its line near the top; a label ("Invoice
                # To:") is neither. A title is the whole segment, or nearly ("CREDIT NOTE No. 12"),
                # unless its type is larger than the rest of the line.
                hit_font = max((w.font_size for start, end, _ in hits for w in segment.words_in(start, end)),
                               default=segment.font_size)
                large = hit_font >= TITLE_FONT_RATIO * first.median_font
                alone = (len(line) == 1 and segment.bbox[1] < TITLE_TOP_SHARE * page.height
                         and len(segment.text) < 40)
                # A number's label ("Check No. 57241" on a restaurant bill) names a field, never the document.
                number_label = all(timed(_NUMBER_LABEL_END.search, segment.text[start:end]) for start, end, _ in hits)
                # (nor is the end of a bracketed note its cell wrapped: "2025-004034 (knjižno" / "odobrenje)")
                fragment = segment.text.count(")") > segment.text.count("(")
                is_title = page is first and ":" not in segment.text and (large or alone) and not number_label \
                    and not fragment
                opens_at = subject_start(line, segment, patterns)
                if page is first and opens_at is not None and \
                        any(start == opens_at for start, _, _ in hits):
                    for doc_type in {category for start, _, category in hits if start == opens_at}:
                        title_scores[doc_type] = max(title_scores[doc_type], patterns.document_type_weights[doc_type][1])
                    continue
                covered = sum(end - start for start, end, _ in hits) / max(len(segment.text.strip()), 1)
                cue_words = "|".join(sorted({segment.text[start:end].casefold() for start, end, _ in hits}))
                for doc_type in {category for _, _, category in hits}:
                    weight, title_weight = patterns.document_type_weights[doc_type]
                    if is_title and (covered > 0.5 or large):
                        title_scores[doc_type] = max(title_scores[doc_type], title_weight)
                    elif (doc_type, cue_words) not in seen:
                        seen.add((doc_type, cue_words))
                        body_scores[doc_type] += weight
    # Each distinct cue counts once outside titles, so a statement listing twenty invoices stays a
    # statement while a receipt's many point-of-sale signs still add up.
    for doc_type in scores:
        scores[doc_type] = title_scores[doc_type] + body_scores[doc_type]
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    best, best_score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if best_score <= 0:
        return "unknown", 0.0
    margin = (best_score - runner_up) / best_score
    return best, round(0.5 + 0.5 * margin, 4)  # type: ignore[return-value]


# A subject label and its colon at the start of a segment: "Sub: ", "Betreff: ", "Re : ".
_SUBJECT_LABEL = regex.compile(r"^\s*(?P<label>[^\W\d_]+)\.?\s*:\s*")


def subject_start(line: list[Segment], segment: Segment, patterns: PatternSet) -> int | None:
    """Where the subject opens in a segment of a subject line ("Sub: Payment advice - RTGS
    transfer"), or None when the line is no subject line. A label alone in the line's first segment
    ("Subject:" | "Remittance advice") opens the subject at the start of the next segment."""
    match = timed(_SUBJECT_LABEL.match, segment.text)
    if match is not None and patterns.subject_labels.find(match.group("label")) == [
            (0, len(match.group("label")), match.group("label"))]:
        return match.end()
    index = next((i for i, part in enumerate(line) if part is segment), 0)
    if index == 1:
        match = timed(_SUBJECT_LABEL.match, line[0].text)
        if match is not None and match.end() == len(line[0].text) and patterns.subject_labels.find(
                match.group("label")) == [(0, len(match.group("label")), match.group("label"))]:
            return len(segment.text) - len(segment.text.lstrip())
    return None


_NUMBER_LABEL_END = regex.compile(r"(?i)(?:\b(?:no|nr|number|num|nummer|n°|nº)\.?|#)\s*$")


# Figures with cents, as an item row prints its price and amount.
_MONEY_FIGURE = regex.compile(r"(?<![\d.,])\d{1,3}(?:[.,\u00a0 ]\d{3})*[.,]\d{2}(?![\d])")


def _item_row(line: list[Segment]) -> bool:
    """A line of a goods table: two figures with cents after a description; or a row of four cells or
    more with one ("AB-876009 | Abono | 29/12/2023 | 09/02/2024 | -1.544,47": a credit note paid, not
    the document's type)."""
    text = "  ".join(segment.text for segment in line)
    figures = len(_MONEY_FIGURE.findall(text))
    return figures >= 2 or figures == 1 and len(line) >= 4


def _settled_type(layout: Layout, patterns: PatternSet) -> str | None:
    """The type a settling phrase on the first two pages names (the first one found), or None."""
    for page in layout.pages[:2]:
        for line in page.lines:
            for segment in line:
                hits = patterns.type_settled_by.find(segment.text)
                if hits:
                    return str(hits[0][2])
    return None


def type_cues_in(segment: Segment, patterns: PatternSet) -> list[tuple[int, int, str]]:
    """Document-type phrases in a segment, scanned once per segment."""
    found = segment.cache.get("type_cues")
    if found is None:
        found = patterns.document_type_phrases.find(segment.text)
        segment.cache["type_cues"] = found
    return found  # type: ignore[return-value]


def slip_top(page: PageLayout, patterns: PatternSet) -> float:
    """Where a tear-off slip starts on the page (its top y), or infinity: the first line in the
    lower part of the page that is a cut rule ("- - - - -") or says to detach ("Please detach and
    return this portion"; `decoy_slip` in labels.toml)."""
    top = float("inf")
    # A till roll's dashed separators are no cut lines: slips come on sheets of paper.
    rules_cut = page.width >= MIN_SLIP_PAGE_WIDTH
    for line in page.lines:
        if not line or line[0].bbox[1] < SLIP_TOP_SHARE * page.height:
            continue
        if rules_cut and any(_CUT_RULE.match(segment.text) for segment in line) or any(
                hit.kind.name == "decoy_slip" for segment in line for hit in patterns.find_labels(segment.text)):
            top = min(segment.bbox[1] for segment in line)
            break
    return top
