"""Document type from the cues in patterns/document.toml: titles weigh most, body text a little."""

from __future__ import annotations

from engine.layout import Layout, Segment
from engine.pattern_files import PatternSet
from engine.result import DocumentType

TITLE_FONT_RATIO = 1.25  # a segment this much larger than the page's median type is a title
TITLE_TOP_SHARE = 0.4  # ... or any segment in the top part of the first page that is alone on its line


def classify(layout: Layout, patterns: PatternSet) -> tuple[DocumentType, float]:
    """The most likely type and a confidence from the winning margin."""
    scores: dict[str, float] = dict.fromkeys(patterns.document_type_weights, 0.0)
    if not layout.pages:
        return "unknown", 0.0
    first = layout.pages[0]
    for page in layout.pages[:2]:
        for line in page.lines:
            for segment in line:
                is_title = page is first and (
                    segment.font_size >= TITLE_FONT_RATIO * first.median_font
                    or (len(line) == 1 and segment.bbox[1] < TITLE_TOP_SHARE * page.height and len(segment.text) < 40))
                hits = type_cues_in(segment, patterns)
                if not hits:
                    continue
                # A title is the whole segment, or nearly ("TAX INVOICE", "CREDIT NOTE No. 12").
                covered = sum(end - start for start, end, _ in hits) / max(len(segment.text.strip()), 1)
                for doc_type in {category for _, _, category in hits}:
                    weight, title_weight = patterns.document_type_weights[doc_type]
                    scores[doc_type] += title_weight if is_title and covered > 0.5 else weight
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    best, best_score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if best_score <= 0:
        return "unknown", 0.0
    margin = (best_score - runner_up) / best_score
    return best, round(0.5 + 0.5 * margin, 4)  # type: ignore[return-value]


def type_cues_in(segment: Segment, patterns: PatternSet) -> list[tuple[int, int, str]]:
    """Document-type phrases in a segment, scanned once per segment."""
    found = segment.cache.get("type_cues")
    if found is None:
        found = patterns.document_type_phrases.find(segment.text)
        segment.cache["type_cues"] = found
    return found  # type: ignore[return-value]
