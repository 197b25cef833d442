"""Candidate values and their features, shared by tier 1 (hand-written ranking) and tier 2 (model).

A candidate is a span of the document's visible text that could fill a field, with where it was
found relative to a label: in the label's own segment ("inline"), in the next segments of the line
("right"), in the segment below ("below"), or with no label at all ("unlabelled"). Values that sit
after a decoy label ("Previous balance", "PO Date", "Tel") are recorded as decoys and never become
unlabelled candidates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import regex

from engine.document import BBox, Document
from engine.layout import Layout, Segment, build_layout
from engine.normalize.amounts import find_amounts
from engine.normalize.currencies import find_currency
from engine.normalize.dates import find_dates
from engine.normalize.identifiers import find_tax_ids
from engine.pattern_files import REGEX_TIMEOUT_S, LabelHit, LabelKind, PatternSet, timed

# "standard": read by a payment standard's own tags (engine/swift.py), not by a label.
SENTENCE_WORDS_BEFORE_LABEL = 6  # words of running text before a label: a sentence, not a form's heading
SENTENCE_WORDS_AROUND_LABEL = 4  # words before a label and words after it: the label is a word of a sentence
# A label set this many times larger than the segment right of it is a title; what stands this many of
# that segment's heights away is another column's, not the title's number.
TITLE_TYPE_RATIO = 1.6
TITLE_COLUMN_GAP_HEIGHTS = 6.0
METHOD_FACTOR = {"inline": 1.0, "right": 0.97, "below": 0.9, "unlabelled": 0.5, "standard": 1.0, "tax_summary": 0.9}
# Letters and digits of any alphabet ("E-MÁTR-2023-990", "ΤΠ-08746"), not of the scripts written
# without spaces, whose words run into the number ("月結發票-M2410-6878").
_ID_CHAR = r"(?:(?![\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}])[^\W_])"
# (a capital alone is a series' letter before a year and a sequence: "N.º A 2024/8233")
_ID_TOKEN = regex.compile(rf"{_ID_CHAR}(?:{_ID_CHAR}|[\-/_.#])*{_ID_CHAR}|\d|(?<![\w.])\p{{Lu}}(?=\s(?:19|20)\d\d/\d)")
_SEPARATORS = " \t:#.-–=|"
_MASKED = regex.compile(r"(?:[*•xX]{3,}|\.{3,})\s*\d")
# (an IBAN runs to 15 characters at least, Norway's: "AW52OZCP3MT7Q", a marketplace's seller token, is none)
_IBAN = regex.compile(r"[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11}")
# Digit groups joined by single spaces, the later groups of two to four digits: one grouped id.
_DIGIT_GROUPS = regex.compile(r"\d{2,6}(?: \d{2,4}){1,4}(?![\d.,])")
# An airline ticket's number: the airline's three-digit code, then the ten-digit serial.
_TICKET_NUMBER = regex.compile(r"\d{3} \d{10}(?![\d.,])")


@dataclass(slots=True)
class Candidate:
    field: str  # contract path, "party:<role>", or "decoy:<value kind>"
    value: Any  # Decimal for amounts, date for dates, str otherwise
    text: str  # the source text the value was read from
    page: int
    bbox: BBox
    method: str  # inline | right | below | unlabelled
    label: str | None = None  # label kind name
    label_text: str | None = None
    label_weight: float = 0.0
    segment: Segment | None = field(default=None, repr=False)
    font_ratio: float = 1.0  # font size / page median
    y_ratio: float = 0.0  # top of the value / page height
    x_ratio: float = 0.0
    ocr_confidence: float = 1.0
    has_decimals: bool = True
    currency: str | None = None
    ambiguous: bool = False

    @property
    def score(self) -> float:
        """Tier 1's hand-written prior: label strength times how directly the value follows it."""
        return (self.label_weight or 0.5) * METHOD_FACTOR[self.method] * (0.85 + 0.15 * self.ocr_confidence)


@dataclass
class CandidateSet:
    layout: Layout
    by_field: dict[str, list[Candidate]]
    amounts: list[Candidate]  # every amount on the document, decoys excluded
    dates: list[Candidate]  # every date, decoys excluded
    decoys: list[Candidate]
    currencies: list[tuple[str, Segment]]
    tax_ids: list[Candidate]
    label_hits: list[tuple[Segment, LabelHit]]

    def get(self, path: str) -> list[Candidate]:
        return self.by_field.get(path, [])


def amounts_in(segment: Segment, locale: str | None) -> list[Any]:
    """Every amount in the segment's text; scanned once per segment (text without digits has none)."""
    found = segment.cache.get("amounts")
    if found is None:
        found = find_amounts(segment.text, locale) if _has_digit(segment.text) else []
        segment.cache["amounts"] = found
    return found  # type: ignore[return-value]


def dates_in(segment: Segment, locale: str | None) -> list[Any]:
    found = segment.cache.get("dates")
    if found is None:
        found = find_dates(segment.text, locale) if _has_digit(segment.text) else []
        segment.cache["dates"] = found
    return found  # type: ignore[return-value]


def labels_in(segment: Segment, patterns: PatternSet) -> list[LabelHit]:
    found = segment.cache.get("labels")
    if found is None:
        found = patterns.find_labels(segment.text)
        segment.cache["labels"] = found
    return found  # type: ignore[return-value]


def terms_in(segment: Segment, patterns: PatternSet) -> list[tuple[int, int, str]]:
    """Spans of payment or discount terms ("Net 30", "2/10 Net 30") with their kind."""
    found = segment.cache.get("terms")
    if found is None:
        try:
            found = [(m.start(), m.end(), "discount" if m.group("discount") else "payment")
                     for m in patterns.terms.finditer(segment.text, timeout=REGEX_TIMEOUT_S)]
        except TimeoutError:
            found = []
        segment.cache["terms"] = found
    return found  # type: ignore[return-value]


def tax_ids_in(segment: Segment) -> list[Any]:
    found = segment.cache.get("tax_ids")
    if found is None:
        found = find_tax_ids(segment.text) if _has_digit(segment.text) else []
        segment.cache["tax_ids"] = found
    return found  # type: ignore[return-value]


_DIGIT = regex.compile(r"\d")
# A rate, its sign after the figure or (as Turkish prints it) before: "16%", "@ 7.5 %", "%20,00".
_PERCENT = regex.compile(r"@?\s*\d{1,2}(?:[.,]\d+)?\s*%|%\s?\d{1,2}(?:[.,]\d+)?(?![\d.,])")
# The base a tax rate applies to, printed in the tax label ("GST (10% on $25,869.58)", "BTW 21% over
# € 1.234,00", "TVA 20 % sur 3 110,20", "MwSt. 19 % auf 1.000,00", "Moms 25 % på 3 058,00"; a credit
# note's negative, "over € -673,01"): it is not the tax.
_TAX_BASE = regex.compile(r"(?i)%\s*\)?\s*(?:(?:ust|mwst|vat|gst|tva|iva|btw|kdv|ppn|tax|moms|mva)\.?\s+)?"
                          r"(?:on|over|of|sur|auf|von|op|van|sobre|de|ya|på|af|av)\s+(?:[A-Z]{3}\s*)?"
                          r"[-−]?\s*[€$£₹]?\s*[-−]?\s*\d[\d.,'’\u00a0\u202f ]*\d(?:[ \u00a0]?(?:€|[A-Z]{3}\b))?")

# A rate written out beside a tax label, besides "16%": a tax code in brackets and the rate as a
# fraction ("IVA 16% (002) Tasa 0.160000", "VAT rate 0.20"). They belong to the label.
_RATE_WORDS = regex.compile(r"\(\s*\d{1,4}\s*\)|(?i:tasa|rate|taux|satz|tarifa|tarief)\s*[:=]?\s*0?[.,]\d{2,6}(?!\d)")


def _far_with_value_below(layout: Layout, segment: Segment, right: Segment, patterns: PatternSet) -> bool:
    """Whether a label without a colon stands far from the next segment of its line (another column)
    and has a value of its own directly under it, at its left edge."""
    height = max(segment.height, 1.0)
    if segment.text.rstrip().endswith(":") or right.bbox[0] - segment.bbox[2] < 8 * height:
        return False
    below = layout.below(segment, max_lines=1)
    return bool(below) and abs(below[0].bbox[0] - segment.bbox[0]) < height and len(below[0].text) <= 30 \
        and not labels_in(below[0], patterns) and _first_id_token(below[0].text) is not None


_HOUSE_NUMBER_FIRST = regex.compile(r"^\d{1,5}[A-Za-z]?,?\s+\p{L}")


def _street_line(text: str, patterns: PatternSet) -> bool:
    """Whether `text` is a street address that opens with its house number ("4369 Market Street")."""
    return bool(_HOUSE_NUMBER_FIRST.match(text)) and bool(patterns.address_words.find(text))


def _has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


def generate_candidates(document: Document, patterns: PatternSet, locale: str | None = None,
                        layout: Layout | None = None) -> CandidateSet:
    layout = layout or build_layout(document)
    by_field: dict[str, list[Candidate]] = defaultdict(list)
    decoys: list[Candidate] = []
    label_hits: list[tuple[Segment, LabelHit]] = []
    claimed: set[tuple[int, int]] = set()  # (segment order, value start) already explained by a label

    for page in layout.pages:
        for line in page.lines:
            for segment in line:
                hits = labels_in(segment, patterns)
                terms = terms_in(segment, patterns)
                if terms:
                    # "Net 30" is a payment term, not a net-amount label followed by 30.
                    hits = [h for h in hits if h.kind.value == "terms"
                            or not any(start <= h.start < end for start, end, _ in terms)]
                for index, hit in enumerate(hits):
                    hit = _wrapped_from_above(layout, segment, hit, patterns) or hit
                    label_hits.append((segment, hit))
                    zone_end = hits[index + 1].start if index + 1 < len(hits) else len(segment.text)
                    if hit.kind.value == "terms":
                        zone_end = _terms_zone_end(segment, hits, index, locale, patterns)
                    decoy = hit.kind.is_decoy or _wraps_into_decoy(layout, segment, hit, patterns)
                    for candidate in _values_for_label(layout, segment, hit, zone_end, patterns, locale):
                        (decoys if decoy else by_field[candidate.field]).append(candidate)
                        if candidate.segment is not None:
                            claimed.add((candidate.segment.order, start_in(candidate)))

    amounts: list[Candidate] = []
    dates: list[Candidate] = []
    tax_ids: list[Candidate] = []
    currencies: list[tuple[str, Segment]] = []
    decoy_keys = {(c.segment.order, start_in(c)) for c in decoys if c.segment is not None}
    for page in layout.pages:
        for segment in page.segments:
            for match in amounts_in(segment, locale):
                key = (segment.order, match.start)
                if key in decoy_keys:
                    continue
                amounts.append(_amount_candidate("amount", segment, match, "unlabelled", None, page))
            for match in dates_in(segment, locale):
                if (segment.order, match.start) in decoy_keys:
                    continue
                candidate = _make("date", match.value, match.text, segment, match.start, match.end, "unlabelled",
                                  None, page)
                candidate.ambiguous = match.ambiguous
                dates.append(candidate)
            for match in tax_ids_in(segment):
                candidate = _make("tax_id", match.tax_id.value, segment.text[match.start:match.end], segment,
                                  match.start, match.end, "unlabelled", None, page)
                tax_ids.append(candidate)
            for match in find_currency(segment.text, locale):
                currencies.append((match.code, segment))
    return CandidateSet(layout, dict(by_field), amounts, dates, decoys, currencies, tax_ids, label_hits)


# Words that tie what follows them into a terms sentence ("... days of tax point", "... from date of
# invoice"): a label word right after one is part of the terms, not the next heading.
_TERMS_LINKS = frozenset({"of", "from", "after", "following", "the", "de", "du", "des", "nach", "ab", "vom", "der",
                          "van", "na", "ya", "del", "dalla", "della"})


def _whole_terms_word(phrase: str, patterns: PatternSet) -> bool:
    """Whether a label's phrase is, whole, one of the words terms are made of ("cash", "advance")."""
    return patterns.terms_words.is_whole(phrase)


def _terms_zone_end(segment: Segment, hits: list[LabelHit], index: int, locale: str | None,
                    patterns: PatternSet) -> int:
    """Where a terms label's value ends: at the next label that has a value of its own ("Terms: Net
    30  Due date: 01/02/2024"), not at label words inside the terms ("30 days from date of invoice",
    "Payment due within 10 business days")."""
    for position, following in enumerate(hits[index + 1:], start=index + 1):
        next_start = hits[position + 1].start if position + 1 < len(hits) else len(segment.text)
        colon = segment.text[following.end:following.end + 2].lstrip().startswith(":")
        if following.kind.value == "id" and not colon and not _has_digit(segment.text[following.end:next_start]):
            continue  # "À réception de facture": the document's own noun inside the terms, no number after it
        if position == len(hits) - 1 and not segment.text[following.end:].strip(" :.#"):
            before = segment.text[:following.start].split()
            if _whole_terms_word(following.phrase, patterns) and not \
                    segment.text[hits[index].end:following.start].strip(" :.#-"):
                continue  # "Terms: Cash": the terms word is the value, whatever else "cash" labels
            if before and any(word.casefold() in _TERMS_LINKS for word in before[-2:]):
                # "Payment within 21 days of tax point", "30 days from B/L date": the label's words end
                # the terms' sentence
                continue
            return following.start  # "Terms  Due Date": a row of headings, the next one ends this one
        if following.kind.name == "payment_method" and not colon:
            continue  # "Condizioni: Bonifico bancario 60 gg": how the terms are paid is part of them
        own_value = following.kind.value == "date" and any(
            following.end <= m.start < next_start for m in dates_in(segment, locale)) or (
            following.kind.value == "amount" and any(following.end <= m.start < next_start
                                                     for m in amounts_in(segment, locale)))
        if own_value or following.kind.value not in ("date", "amount") or segment.text[
                following.end:following.end + 2].lstrip().startswith(":"):
            return following.start
    return len(segment.text)


def _wraps_into_decoy(layout: Layout, segment: Segment, hit: LabelHit, patterns: PatternSet) -> bool:
    """Whether a label that ends its segment goes on in a word or two right under it, and the two
    lines read together are a decoy's label ("Fecha de vencimiento" over "secuencia": when the
    invoice's number series expires, no due date)."""
    if hit.end < len(segment.text.rstrip(" :")):
        return False
    height = max(segment.height, 1.0)
    under = next((s for s in layout.below(segment, max_lines=1) if abs(s.bbox[0] - segment.bbox[0]) < height
                  and s.bbox[1] - segment.bbox[3] < height), None)
    if under is None or _has_digit(under.text) or len(under.text.split()) > WRAPPED_LABEL_WORDS \
            or under.text.rstrip().endswith(":") or labels_in(under, patterns):
        return False  # (the next field's label, "Fecha:" over "Pedido No.:", continues nothing)
    joined = f"{segment.text.rstrip(' :')} {under.text.strip()}"
    return any(other.kind.is_decoy and other.start <= hit.start and other.end > len(segment.text.rstrip(" :"))
               for other in patterns.find_labels(joined))


WRAPPED_LABEL_WORDS = 3


def _wrapped_from_above(layout: Layout, segment: Segment, hit: LabelHit, patterns: PatternSet) -> LabelHit | None:
    """A label alone on its line that finishes one begun on the line above it ("Due" over "Date" in a
    narrow column): the two lines read together name the field ("due date"), the lower word alone
    ("Date") does not. The hit as the longer label's kind, or None."""
    if hit.start != 0 or hit.end < len(segment.text.rstrip(" :")):
        return None
    above = _stacked(layout, segment, -1)
    if above is None or _has_digit(above.text) or len(above.text.split()) > WRAPPED_LABEL_WORDS \
            or above.text.rstrip().endswith(":") or labels_in(above, patterns):
        return None  # (a label of its own over this one, "Invoice No." over "Date", is another field's)
    upper = above.text.strip()
    joined = f"{upper} {segment.text.strip()}"
    longer = next((other for other in patterns.find_labels(joined)
                   if other.start == 0 and other.end >= len(upper) + 1 + hit.end and other.kind is not hit.kind), None)
    return None if longer is None else LabelHit(longer.kind, hit.start, hit.end, longer.phrase)


# A line this much covered by document-type words is a title, under which no amount label reads.
TITLE_SHARE_FOR_AMOUNTS = 0.8
_COLUMN_NUMBER = regex.compile(r"\(\d{1,2}\)")


def title_share(text: str, patterns: PatternSet) -> float:
    """How much of a line document-type words cover ("Tax Invoice": all of it; 0.0 for none): a line
    mostly covered is the document's title."""
    hits = patterns.document_type_phrases.find(text)
    covered = sum(end - start for start, end in {(start, end) for start, end, _ in hits})
    return covered / max(len(text.strip()), 1)


_OPEN_BRACKET_END = regex.compile(r"\S\s*\(\s*$")
_RATE_IN_BRACKETS = regex.compile(r"\s*\d{1,2}(?:[.,]\d+)?\s*%\s*\)")
_LINE_NUMBER_GLOSS = regex.compile(r"\s*\(\d{1,2}[a-zа-я]?\)\s*:?")


# At most this many characters (a currency between) part a value from the label that follows it.
VALUE_FIRST_GAP = 6


def _value_before_label(kind: LabelKind, field_name: str, segment: Segment, hit: LabelHit, page: Any,
                        locale: str | None) -> list[Candidate]:
    """The amount right before a label that follows its value ("18 113 665 HUF összeget")."""
    before = [m for m in amounts_in(segment, locale) if m.end <= hit.start]
    if not before or hit.start - before[-1].end > VALUE_FIRST_GAP:
        return []
    last = before[-1]
    return _parse_zone(kind, field_name, segment, last.start, segment.text[last.start:hit.start], locale, "inline",
                       page, hit)


def start_in(candidate: Candidate) -> int:
    """Where the candidate's text starts in its segment's text (-1 when it has no segment)."""
    return candidate.segment.text.find(candidate.text) if candidate.segment is not None else -1


def _values_for_label(layout: Layout, segment: Segment, hit: LabelHit, zone_end: int, patterns: PatternSet,
                      locale: str | None) -> list[Candidate]:
    kind = hit.kind
    page = layout.pages[segment.page - 1]
    if kind.value == "block":
        return [Candidate(kind.field or "", None, hit.phrase, segment.page, segment.bbox, "inline", kind.name,
                          hit.phrase, kind.weight, segment, y_ratio=segment.bbox[1] / page.height)]
    field_name = kind.field or f"decoy:{kind.value}"
    if kind.value_first:
        return _value_before_label(kind, field_name, segment, hit, page, locale)
    zone_start = hit.end
    zone = segment.text[zone_start:zone_end]
    if kind.value == "amount" and hit.start > 0 and timed(_OPEN_BRACKET_END.search, segment.text[:hit.start]) \
            and timed(_RATE_IN_BRACKETS.match, segment.text[hit.end:]):
        # "Yerba mate 1 kg (IVA 10%)": an item's rate of tax in brackets after its description; the
        # figures of its row are the item's
        return []
    if kind.value == "amount":
        # "Всего к оплате (9)", "Total (5)": a form's column or line number in brackets after the label,
        # no amount of it; the label's value is further right.
        numbered = timed(_LINE_NUMBER_GLOSS.match, zone)
        if numbered is not None:
            zone_start += numbered.end()
            zone = segment.text[zone_start:zone_end]
    if kind.value == "amount" and len(segment.text[:hit.start].split()) >= SENTENCE_WORDS_BEFORE_LABEL:
        # "... zleciliśmy przelew na rzecz X na kwotę 45 056,50 PLN na rachunek 68": in a sentence the
        # label's amount is the first after it, not the last figure of the line
        first = next((m for m in amounts_in(segment, locale) if m.start >= zone_start and m.end <= zone_end), None)
        if first is not None:
            zone = segment.text[zone_start:first.end]
    found = _parse_zone(kind, field_name, segment, zone_start, zone, locale, "inline", page, hit)
    if found:
        return found
    # (A base printed with the rate before the label, "20 % USt von € 127,63", is blanked in place.)
    unbased = _TAX_BASE.sub(lambda m: "%" + " " * (len(m.group(0)) - 1), segment.text[:zone_end])[hit.end:]
    if kind.value == "amount":
        unbased = _LABELLED_NUMBER.sub("", unbased)  # "TPS (5 %) No 418161279 RT0001": a registration
    if _has_digit(_RATE_WORDS.sub("", _PERCENT.sub("", unbased))):
        # A number that is not this label's value follows it in the same segment: not a label here
        # (a rate such as "VAT @16%" does not count).
        return []
    # Right: the following segments of the line, up to the next label.
    right = segment.right
    collected: list[Candidate] = []
    while right is not None:
        if labels_in(right, patterns) and kind.value != "amount" and not (
                kind.value == "terms" and terms_in(right, patterns)) and not (
                kind.value == "reference" and _has_digit(right.text) and len(right.text) <= 40):
            break
        if kind.value == "terms" and not _has_digit(right.text) and _heads_a_value(layout, segment) \
                and _heads_a_value(layout, right):
            break  # "Due Date | Terms | PO" over "3 Nov 2023 | 45 days | PO-446471": a row of headings
        if kind.value == "amount" and any(other.kind.is_decoy and other.kind.value == "amount"
                                          for other in labels_in(right, patterns)):
            break  # "DPH | Spolu | Uhradené zálohou: 0,00 EUR": the figure is the prepayment's
        if kind.value == "amount" and any(other.start == 0 and other.kind.value == "amount" and other.kind.field
                                          and other.kind.field != kind.field for other in labels_in(right, patterns)):
            break  # "TOTALES: | 0.00 | Q 4,400.00 | IVA 471.43": the figure after another label is that label's
        if kind.value == "id" and (_street_line(right.text, patterns) or _far_with_value_below(layout, segment, right, patterns)):
            # "INVOICE NO.  4369 Market Street", "INVOICE NO.  Unit 14, Enterprise Trading Estate": a side
            # panel's label, its number under it, and the letterhead's lines far to its right
            break
        if kind.value == "id" and segment.font_size >= TITLE_TYPE_RATIO * right.font_size \
                and right.bbox[0] - segment.bbox[2] > TITLE_COLUMN_GAP_HEIGHTS * right.height:
            break  # the title "Invoice" in large type, and a letterhead's "L-1855 Luxembourg" in a column far right
        if kind.value == "id" and right.bbox[0] - segment.bbox[2] > TITLE_COLUMN_GAP_HEIGHTS * right.height \
                and _under_its_own_label(layout, right, patterns):
            break  # the title "Receipt", and far right "Booking reference" over "JS32A3": that label's value

        collected.extend(_parse_zone(kind, field_name, right, 0, right.text, locale, "right", page, hit))
        if not collected and kind.value == "date":
            year = _year_wrapped_under(layout, right)
            wrapped = find_dates(f"{right.text.rstrip()} {year}", locale) if year is not None else []
            if wrapped and wrapped[0].start == 0 and wrapped[0].end > len(right.text.rstrip()):
                # "22nd September" over "2024": a date its column wrapped
                collected.append(_make(field_name, wrapped[0].value, wrapped[0].text, right, 0, len(right.text),
                                       "right", hit, page))
        if collected and kind.value != "amount":
            break
        right = right.right
    if collected:
        # In a totals row the amount that matters is the rightmost ("Total  10  1,250.00").
        return [collected[-1]] if kind.value == "amount" else collected[:1]
    if segment.right is None and hit.end >= len(segment.text.rstrip(" :")):
        # A value printed a little lower than its label falls into the next line ("Due Date" at y 67,
        # "12-11-2023" at y 68): it still stands right of the label when it shares the label's height.
        beside = _beside_on_next_line(layout, segment)
        if beside is not None and not labels_in(beside, patterns):
            found = _parse_zone(kind, field_name, beside, 0, beside.text, locale, "right", page, hit)
            if found:
                return found[:1]
    if not kind.reads_below:
        return []
    if kind.value == "id":
        marked = next((below for below in layout.below(segment, max_lines=1) if below.right is not None
                       and below.text.strip(" .:#").casefold() in _NUMBER_MARKERS), None)
        if marked is not None:
            # "FACTURE" over "N°   23FV01727": the number marker under the title, the number in its row
            return _parse_zone(kind, field_name, marked.right, 0, marked.right.text, locale, "below", page, hit)[:1]
    if _is_header_line(layout, segment, patterns):
        # A column header's "value below" is the first row of the table, not its value; in a tax
        # summary ("MwSt | Netto | MwSt | Brutto" over one row per rate) it is the totals row's.
        if kind.value == "amount" and hit.end >= len(segment.text.rstrip(" :")):
            # (a heading that shares its segment with the one before it, "Stawka VAT Kwota VAT",
            # heads the column under its own words)
            heading = segment if hit.start == 0 else _sub_segment(segment, hit.start, hit.end)
            return _summary_total_under(layout, heading, kind, field_name, locale, patterns, hit)
        return []
    if kind.value == "amount" and title_share(segment.text, patterns) >= TITLE_SHARE_FOR_AMOUNTS:
        return []  # "Tax" in the title "Tax Invoice": what stands under a title is no tax
    if hit.start > 0 and len(segment.text[:hit.start].split()) >= SENTENCE_WORDS_BEFORE_LABEL and \
            segment.text[hit.end:].strip().startswith((".", "!", "?")):
        # "... has initiated the following NEFT payment to your account.": a label word that ends a
        # sentence heads no value under it (one the sentence runs on to, "(Referenz" / "TRF8143...)", does)
        return []
    before, after = len(segment.text[:hit.start].split()), len(segment.text[hit.end:].split())
    if not _has_digit(segment.text[hit.end:]) and (
            before >= SENTENCE_WORDS_AROUND_LABEL and after >= SENTENCE_WORDS_AROUND_LABEL
            or before >= 2 and after >= 3 and segment.text.rstrip().endswith((".", ":"))):
        # "... we have debited your account as follows in accordance with ...", "We have credited your
        # account with the following incoming payment.": a label word inside a sentence heads nothing under it
        return []
    if kind.value == "amount" and before >= SENTENCE_WORDS_BEFORE_LABEL and not segment.text[hit.end:].strip(" €$£") \
            and segment.right is None:
        # "... abbiamo disposto bonifico SEPA a Vostro favore per complessivi €" / "1.194,00 sull'IBAN IT75 ...
        # 384.": a sentence's label that ends its line goes on with the next line's first value, not with
        # what stands under the label
        for below in layout.below(segment, max_lines=1):
            amounts = amounts_in(below, locale) if kind.value == "amount" else []
            end = amounts[0].end if amounts else len(below.text)
            found = _parse_zone(kind, field_name, below, 0, below.text[:end], locale, "below", page, hit)
            if found:
                return found[:1]
        return []
    label_box = segment.char_bbox(hit.start, hit.end)
    if segment.right is not None and hit.end >= len(segment.text.rstrip(" :")):
        # The label's column runs up to the next heading of its row ("Value Date" over "30 October 2023").
        label_box = (label_box[0], label_box[1], max(label_box[2], segment.right.bbox[0] - 3), label_box[3])
    for below in layout.below(segment, max_lines=1):
        if labels_in(below, patterns) and not _is_value_like(below.text):
            continue
        if kind.value in ("id", "date") and any(
                other.start == 0 and other.kind.name != kind.name and (
                    kind.value == "id" and other.kind.field
                    or _overlaps(below.char_bbox(other.start, other.end), label_box))
                for other in labels_in(below, patterns)):
            continue  # "Factura Electrónica" over "RUC: 80076822-1", "E-Ticket Itinerary Receipt" over "Agency
            # ref 622752", "Date" over "วันครบกําหนด 1 มิถุนายน 2567" (due): another field's (or a decoy's) label
            # and its value
        # Under a row of labels the values may run together in one segment ("31 Oct 2023 TISS231
        # 30 Oct 2023"): read the part under this label first.
        start, end = _column_slice(below, label_box)
        if (start, end) != (0, len(below.text)):
            found = _parse_zone(kind, field_name, below, start, below.text[start:end], locale, "below", page, hit)
            if found and kind.value in ("id", "tax_id"):
                # An id printed in groups runs on past the label's column ("ABN" over "18 522 052 914").
                whole = _parse_zone(kind, field_name, below, start, below.text[start:], locale, "below", page, hit)
                if whole and whole[0].text.startswith(found[0].text):
                    found = whole
            if found:
                return found[:1]
        found = _parse_zone(kind, field_name, below, 0, below.text, locale, "below", page, hit)
        if found:
            return found[:1]
    return []


# The columns a tax summary has: rates, net amounts, tax, gross.
SUMMARY_COLUMNS = frozenset({"amount", "tax", "tax_rate", "gross"})
# How many rows a summary table under its headings may have before its totals row.
MAX_SUMMARY_ROWS = 6


def _summary_total_under(layout: Layout, heading: Segment, kind: LabelKind, field_name: str, locale: str | None,
                         patterns: PatternSet, hit: LabelHit) -> list[Candidate]:
    """The figure under `heading` in the totals row of the small table it heads ("Summe 22,87 3,25
    26,12" under "Netto | MwSt | Brutto"), or in its only row when it has one; nothing for a longer
    table without a totals row (those are items)."""
    from engine.tables import columns_in  # tables builds on this module

    page = layout.pages[heading.page - 1]
    named = {name for s in layout.line_of(heading) for _, _, name in columns_in(s, patterns)}
    if named - SUMMARY_COLUMNS:
        return []  # a table of items or of invoices paid, whose totals row is no tax summary
    height = max(heading.height, 1.0)
    rows: list[Segment | None] = []
    for line in page.lines[heading.line_index + 1: heading.line_index + 2 + MAX_SUMMARY_ROWS]:
        if not any(_has_digit(s.text) for s in line):
            break
        under = next((s for s in line if min(s.bbox[2], heading.bbox[2]) - max(s.bbox[0], heading.bbox[0]) > 0
                      or abs(s.bbox[2] - heading.bbox[2]) < height), None)
        first = min(line, key=lambda s: s.bbox[0])
        ends = patterns.table_end.find(first.text)
        # (a rate's own row opens with the tax's name too, "MwSt 19%", but names its rate)
        if ends and ends[0][0] == 0 and first is not under and not timed(_PERCENT.search, first.text):
            if under is None:
                return []
            return _parse_zone(kind, field_name, under, 0, under.text, locale, "below", page, hit)[-1:]
        rows.append(under)
    if len(rows) == 1 and rows[0] is not None:
        return _parse_zone(kind, field_name, rows[0], 0, rows[0].text, locale, "below", page, hit)[-1:]
    return []


def _overlaps(one: BBox, other: BBox) -> bool:
    """Whether two boxes share some width."""
    return one[0] < other[2] and other[0] < one[2]


_YEAR_ALONE = regex.compile(r"(?:19|20)\d{2}")


def _year_wrapped_under(layout: Layout, segment: Segment) -> str | None:
    """The year alone on the next line under the segment, where a narrow column wrapped a date."""
    under = _stacked(layout, segment, 1) if any(ch.isalpha() for ch in segment.text) else None
    return under.text.strip() if under is not None and timed(_YEAR_ALONE.fullmatch, under.text.strip()) else None


def _stacked(layout: Layout, segment: Segment, step: int) -> Segment | None:
    """The segment on the line above (step -1) or below (step 1) that starts where this one does and
    stands within half a line of it: the same cell's text, wrapped."""
    page = layout.pages[segment.page - 1]
    index = segment.line_index + step
    if not 0 <= index < len(page.lines):
        return None
    height = max(segment.height, 1.0)
    for other in page.lines[index]:
        gap = other.bbox[1] - segment.bbox[3] if step > 0 else segment.bbox[1] - other.bbox[3]
        if abs(other.bbox[0] - segment.bbox[0]) < height and gap < 0.5 * height:
            return other
    return None


def _under_its_own_label(layout: Layout, value: Segment, patterns: PatternSet) -> bool:
    """Whether a label alone on its line stands right over the value (a side panel's "Booking
    reference" over "JS32A3")."""
    if value.line_index == 0:
        return False
    page = layout.pages[value.page - 1]
    for above in page.lines[value.line_index - 1]:
        if above.bbox[2] < value.bbox[0] or above.bbox[0] > value.bbox[2] \
                or value.bbox[1] - above.bbox[3] > value.height:
            continue
        hits = labels_in(above, patterns)
        if hits and hits[0].start == 0 and hits[0].end >= len(above.text.rstrip(" :#")):
            return True
    return False


def _sub_segment(segment: Segment, start: int, end: int) -> Segment:
    """The part of a segment from character `start` to `end`, as a segment of the same line."""
    words = tuple(segment.words_in(start, end)) or segment.words
    return Segment(segment.page, segment.line_index, segment.order, words, segment.text[start:end],
                   segment.char_bbox(start, end), segment.font_size)


def _beside_on_next_line(layout: Layout, segment: Segment) -> Segment | None:
    """The first segment of the next line that starts right of `segment` and shares most of its height."""
    lines = layout.pages[segment.page - 1].lines
    if segment.line_index + 1 >= len(lines):
        return None
    height = max(segment.height, 1.0)
    for other in lines[segment.line_index + 1]:
        shared = min(segment.bbox[3], other.bbox[3]) - max(segment.bbox[1], other.bbox[1])
        if other.bbox[0] > segment.bbox[2] and shared >= 0.5 * height and other.bbox[0] - segment.bbox[2] < 20 * height:
            return other
    return None


def _column_slice(segment: Segment, column: BBox) -> tuple[int, int]:
    """Character range of the words of `segment` that start under `column` (up to the next
    column's start, taken as where a word begins right of the column's end)."""
    position = 0
    start = end = None
    for word in segment.words:
        word_end = position + len(word.text)
        inside = word.bbox[0] >= column[0] - 2 and word.bbox[0] <= column[2] + 2
        if start is None and inside:
            start = position
        if start is not None:
            if word.bbox[0] > column[2] + 2 and end is not None:
                break
            end = word_end
        position = word_end + 1
    if start is None or end is None:
        return 0, len(segment.text)
    return start, end


MIN_HEADINGS_BEFORE_A_FIELD = 3


def headings_before_figures(line: list[Segment], is_figure: Callable[[Segment], bool]) -> list[Segment] | None:
    """The cells of a line of column headings, up to its first figure: a field may share the headings'
    line at its right end ("Sadzba DPH | Základ dane | DPH | Spolu | Uhradené zálohou: 0,00 EUR"), and
    at least three headings before it still head a table. None when a figure comes sooner."""
    first_figure = next((i for i, s in enumerate(line) if is_figure(s)), None)
    if first_figure is None:
        return list(line)
    return line[:first_figure] if first_figure >= MIN_HEADINGS_BEFORE_A_FIELD else None


def _heads_a_value(layout: Layout, segment: Segment) -> bool:
    """Whether the next line holds a figure set right under the segment, starting where it starts."""
    lines = layout.pages[segment.page - 1].lines
    if segment.line_index + 1 >= len(lines):
        return False
    height = max(segment.height, 1.0)
    return any(abs(below.bbox[0] - segment.bbox[0]) < height and _has_digit(below.text)
               and below.bbox[1] - segment.bbox[3] < 1.5 * height for below in lines[segment.line_index + 1])


def _is_header_line(layout: Layout, segment: Segment, patterns: PatternSet) -> bool:
    """Whether the segment heads a table column: its line names two or more columns and is followed
    by at least two rows of figures. A row of labels over one row of values ("DATE | INVOICE NUMBER
    | TOTAL DUE") is not a table."""
    from engine.tables import columns_in  # tables builds on this module

    line = headings_before_figures(layout.line_of(segment), lambda s: _has_digit(s.text))
    if line is None or segment not in line:
        return False
    if len({column for s in line for _, _, column in columns_in(s, patterns)}) < 2:
        return False
    following = layout.pages[segment.page - 1].lines[segment.line_index + 1: segment.line_index + 6]
    rows = 0
    wrapped = False  # a row's description wrapped onto a line of its own ("obsługa miesięczna, white")
    for position, row in enumerate(following):
        if sum(1 for s in row if _has_digit(s.text)) >= 2:
            rows += 1
            wrapped = False
        elif rows and not wrapped and len(row) == 1 and not _has_digit(row[0].text):
            wrapped = True
        elif position == 0 and not any(_has_digit(s.text) for s in row) and all(
                any(min(s.bbox[2], h.bbox[2]) > max(s.bbox[0], h.bbox[0]) for h in line) for s in row):
            continue  # the header's second line, each of its words under a heading ("Product" over "sales")
        else:
            break
    return rows >= 2


def _is_value_like(text: str) -> bool:
    return sum(c.isdigit() for c in text) >= 3


def _parse_zone(kind: LabelKind, field_name: str, segment: Segment, offset: int, zone: str, locale: str | None,
                method: str, page: Any, hit: LabelHit) -> list[Candidate]:
    zone_end = offset + len(zone)
    if kind.value == "amount":
        matches = [m for m in amounts_in(segment, locale) if m.start >= offset and m.end <= zone_end]
        if matches and "%" in segment.text[:zone_end]:
            # The rate may belong to the label itself ("VAT 20%" + " on 875.11"): look from the start.
            bases = [(b.start(), b.end()) for b in _TAX_BASE.finditer(segment.text[:zone_end])]
            matches = [m for m in matches if not any(start < m.end and m.start < end for start, end in bases)]
        # A number labelled as one ("TPS / GST (5 %) No 418161279 RT0001  1 129,85 $") is a
        # registration printed in the label, not the amount.
        matches = [m for m in matches if m.amount.has_decimals or not _numbered(segment.text, m.start, m.end)]
        # A column's number in brackets ("(9)" under "Amount of value added tax" on a statutory form)
        # numbers the column; no amount is written so.
        matches = [m for m in matches if m.amount.has_decimals
                   or not timed(_COLUMN_NUMBER.fullmatch, segment.text[m.start:m.end].strip())]
        if not matches:
            return []
        match = matches[-1]
        return [_amount_candidate(field_name, segment, match, method, hit, page)]
    if kind.value == "date":
        matches = [m for m in dates_in(segment, locale) if m.start >= offset and m.end <= zone_end]
        if not matches:
            return []
        match = matches[0]
        candidate = _make(field_name, match.value, match.text, segment, match.start, match.end,
                          method, hit, page)
        candidate.ambiguous = match.ambiguous
        return [candidate]
    if kind.value == "tax_id":
        stripped = zone.lstrip(" \t.")
        if stripped.startswith("("):
            # "VAT Reg. (BIN): 004758784-0101": the label's own gloss in brackets, the number after it
            close = stripped.find(")")
            after = stripped[close + 1:] if close >= 0 else ""
            if any(c.isdigit() for c in after) and not any(c.isdigit() for c in stripped[:close]):
                offset += len(zone) - len(after)
                zone = after
        matches = find_tax_ids(zone)
        if matches:
            match = matches[0]
            suffix = _SWISS_VAT_SUFFIX.match(segment.text, offset + match.end) if match.tax_id.kind == "ch_uid" else None
            if suffix is not None:
                # "MWST-Nr. CHE-120.705.311 MWST": the register's suffix is part of the number, though it
                # reads as a label too and so ended the label's zone
                whole = find_tax_ids(segment.text[offset + match.start:suffix.end()])
                if whole:
                    return [_make(field_name, whole[0].tax_id.value, segment.text[offset + match.start:suffix.end()],
                                  segment, offset + match.start, suffix.end(), method, hit, page)]
            return [_make(field_name, match.tax_id.value, zone[match.start:match.end], segment,
                          offset + match.start, offset + match.end, method, hit, page)]
        token = _first_id_token(zone)
        if token and sum(c.isdigit() for c in token[0]) >= 5:
            value, start, end = token
            if "/" in hit.phrase and value.count("/") == 1 and value.split("/")[0].isdigit():
                # "ИНН/КПП: 6670481075/667001001": two numbers under two names; the tax id is the first
                value = value.split("/")[0]
                end = start + len(value)
            # (read on the segment: "MVA" is a label too, and ends the label's zone)
            text = segment.text
            suffix = _PROGRAM_ACCOUNT.match(text, offset + end) or _REGISTERED_FOR_VAT.match(text, offset + end) \
                or _KEY_LETTERS.match(text, offset + end)
            if suffix is not None:  # "123456789 RT0001", "866 254 303 MVA": the suffix is part of the number
                end = suffix.end() - offset
                value = text[offset + start:offset + end]
            return [_make(field_name, value, value, segment, offset + start, offset + end, method, hit, page)]
        return []
    if kind.value == "id":
        if _IBAN.match(zone.lstrip(_SEPARATORS)) or _MASKED.match(zone.lstrip(_SEPARATORS)):
            return []  # an IBAN or a masked number ("****3994") is a bank account, never an id
        stripped = zone.lstrip(" \t")
        if stripped.startswith("("):
            # "Electronic invoice (EN 16931)": a gloss in brackets after the word, no number of it;
            # "Số (No.): 0487309": the label's own gloss, the number after it
            close = stripped.find(")")
            after = stripped[close + 1:] if close >= 0 else ""
            if not after.strip(_SEPARATORS):
                return []
            offset += len(zone) - len(after)
            zone = after
        token = _first_id_token(zone)
        if token is None:
            return []
        value, start, end = token
        if any(m.start < offset + end and offset + start < m.end for m in tax_ids_in(segment)):
            return []  # a number that proves itself a tax id ("755178787 RT0002") numbers no document
        return [_make(field_name, value, value, segment, offset + start, offset + end, method, hit, page)]
    if kind.value == "reference":
        # A payment reference is printed as the bank gave it: "Check #00048", "EFT 2024/118".
        dates = [m for m in dates_in(segment, locale) if m.start >= offset and m.end <= offset + len(zone)]
        if dates:
            # A date is never a reference; one printed after it ("Check No. 010291   11/03/2023") ends it.
            zone = zone[:min(m.start for m in dates) - offset]
            if not _has_digit(zone):
                return []
        text = zone.strip(_SEPARATORS + ",;")
        # A sentence ends after the number: "... with the reference FP250922536. The payment comprises ..."
        stop = timed(_SENTENCE_END, text)
        if stop is not None and _has_digit(text[:stop.start()]):
            text = text[:stop.start()]
        # Running text goes on after the number: "vide RTGS UTR No. UTIBR6202311144 on 14-Nov-2023".
        trailing = timed(_TRAILING_SMALL_WORDS.search, text)
        if trailing is not None and _has_digit(text[:trailing.start()]) and \
                len(text[:trailing.start()].split()) <= MAX_REFERENCE_WORDS:
            text = text[:trailing.start()]
        if not text or len(text) > 40 or not _has_digit(text):
            token = _first_id_token(zone)
            if token is None:
                return []
            text = token[0]
        start = offset + zone.find(text)
        return [_make(field_name, text, text, segment, start, start + len(text), method, hit, page)]
    if kind.value in ("terms", "text"):
        if hit.phrase.isascii():
            # A bilingual label's other half ("Terms 付款條件  Monthly"): the value follows it.
            zone = _CJK_LEAD.sub(lambda m: " " * len(m.group(0)), zone, count=1)
        text = zone.strip(_SEPARATORS + ",;")
        if not text or len(text) > 60:
            return []
        last = text.split()[-1]
        if "." in last and zone[zone.find(text) + len(text):].startswith("."):
            text += "."  # an abbreviation keeps its stop: "30/60 gg f.m.", "net 30 e.o.m."
        start = offset + zone.find(text)
        candidate = _make(field_name, text, text, segment, start, start + len(text), method, hit, page)
        if kind.value == "terms" and method != "below" and offset + len(zone) >= len(segment.text.rstrip()):
            wrapped = _wrapped_under(page, segment, candidate.bbox)
            if wrapped is not None:
                candidate.value = candidate.text = f"{text} {wrapped.text.strip()}"
        return [candidate]
    return []


# A full stop that closes a sentence: before a capitalised word, or at the end.
_SENTENCE_END = regex.compile(r"\.(?:\s+\p{Lu}\p{Ll}|\s*$)").search
MAX_REFERENCE_WORDS = 3  # "UTR AAYR5250...", "EFT 2024/118": more words are a sentence's, no reference
# Lower-case words after a reference in a sentence ("... UTR No. X on 14-Nov-2023"): no part of it.
_TRAILING_SMALL_WORDS = regex.compile(r"(?:\s+\p{Ll}+)+$")
# A Canadian business number's program account after the nine digits ("RT0001" for GST/HST, "TQ0001"
# for Quebec's QST): one registration number, printed in two parts.
_PROGRAM_ACCOUNT = regex.compile(r"[ \t]?(?:RT|RC|RP|RR|RZ|TQ)[ \t]?\d{4}\b")
# A taxpayer account's key after a space: Côte d'Ivoire's "N° CC : 9601965 P", Senegal's "NINEA :
# 002172292 2S1" (its tax office code).
_KEY_LETTERS = regex.compile(r"[ \t](?:[A-Z]|\d[A-Z]\d)(?![\w])")
# A Swiss UID registered for VAT ends in "MWST", "TVA" or "IVA" ("CHE-120.705.311 MWST").
_SWISS_VAT_SUFFIX = regex.compile(r"[ \t]+(?:MWST|TVA|IVA)\b")
# Norway's organisation number of a business registered for VAT ends in "MVA" ("Org.nr. 866 254 303 MVA").
_REGISTERED_FOR_VAT = regex.compile(r"[ \t]?MVA\b")
# What numbers the figure after it: "No 418161279", "N° 1234", "#5".
# Letters of Chinese, Japanese and Korean: a bilingual document's labels in those scripts translate
# the Latin ones beside them.
CJK_LETTERS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
_CJK_LEAD = regex.compile(rf"^[\s:：]*[{CJK_LETTERS}]+[\s:：]*")
_NUMBERED_BEFORE = regex.compile(r"(?i)(?:\b(?:no|nr|n°|nº)\.?|#)[ \t]*$")


_LABELLED_NUMBER = regex.compile(r"(?i)(?:\b(?:no|nr|n°|nº)\.?|#)[ \t]*\d+(?:[ \t]?(?:RT|RC|RP|RR|RZ|TQ)[ \t]?\d{4}\b)?")


def _numbered(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] is a number by its label or its suffix, not money."""
    return bool(timed(_NUMBERED_BEFORE.search, text[:start]) or timed(_PROGRAM_ACCOUNT.match, text[end:]))


# "No. FEV32937" under a title: the marker says a number follows; it is not part of it (as "INV" is).
_NUMBER_MARKERS = frozenset({"no", "nr", "nro", "num", "nº", "n°", "núm", "nummer", "número", "numéro"})


# A figure written as money: thousands grouped, or not, and two decimals ("39,853.28", "12.173,50",
# "2713.44"). No document number is written so.
_MONEY_FIGURE = regex.compile(r"(?:\d{1,3}(?:[,.'\u00a0 ]\d{3})+|\d+)[.,]\d{2}(?![\d.,/\-])")


_CLOCK_TIME = regex.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?!\d)")


def _first_id_token(zone: str) -> tuple[str, int, int] | None:
    """The identifier that opens `zone`: it must hold a digit, and must not be a date or an amount."""
    try:
        tokens = list(_ID_TOKEN.finditer(zone, timeout=REGEX_TIMEOUT_S))
    except TimeoutError:
        return None
    if len(tokens) > 2 and tokens[0].group(0).isalpha() and len(tokens[0].group(0)) <= 4 \
            and tokens[1].group(0).rstrip(".").casefold() in _NUMBER_MARKERS:
        # "Số (No.): 0487309": the local word for "number" glossed in English before the number
        rest = _first_id_token(zone[tokens[1].start():])
        if rest is None:
            return None
        return rest[0], rest[1] + tokens[1].start(), rest[2] + tokens[1].start()
    if len(tokens) > 1 and tokens[0].group(0).rstrip(".").casefold() in _NUMBER_MARKERS:
        rest = _first_id_token(zone[tokens[1].start():])
        if rest is None:
            return None
        return rest[0], rest[1] + tokens[1].start(), rest[2] + tokens[1].start()
    for index, match in enumerate(tokens[:2]):
        text = match.group(0).rstrip(".")
        if (index == 1 and tokens[0].group(0).isalpha() and len(tokens[0].group(0)) > 1
                and not tokens[0].group(0).islower() and len(match.group(0)) < MIN_PREFIXED_NUMBER_CHARS
                and match.group(0).isdigit()):
            return None  # a word and a figure or two count something: "FEE INVOICE - TERM 3, 2023"
        if (index == 1 and tokens[0].group(0).isalpha() and len(tokens[0].group(0)) <= 4
                and not tokens[0].group(0).islower() and not find_dates(zone[match.start():])):
            # (a lowercase word is prose, not a code: "account on 23/05/2025")
            # "INV 2024-001": a short prefix separated from its number by a space.
            text = zone[tokens[0].start():match.end()].rstrip(".")
            if any(c.isdigit() for c in text) and len(text) <= 32:
                return text, tokens[0].start(), tokens[0].start() + len(text)
        if any(c.isdigit() for c in text) and 1 <= len(text) <= 32 and not find_dates(text):
            if any(found.start <= match.start() < found.end for found in find_dates(zone)):
                return None  # the day of a date ("23 Jun 2023"), not a number of its own
            if _MONEY_FIGURE.match(zone, match.start()):
                return None  # "Sum of Invoice line net amount  39,853.28": a sum, not the invoice's number
            if _CLOCK_TIME.match(zone, match.start()):
                return None  # "14:53:46" under "Cashier:": the time of a receipt's date line, no number
            ticket = _TICKET_NUMBER.match(zone, match.start())
            if ticket is not None:
                return ticket.group(0), match.start(), ticket.end()  # "737 4373153939": airline code and serial
            grouped = _DIGIT_GROUPS.match(zone, match.start())
            if text.isdigit() and grouped is not None and not any(
                    found.start < grouped.end() and found.end > match.start() for found in find_dates(zone)):
                # An id printed in groups ("6885 7201 96", ABN "18 522 052 914") is one id.
                return grouped.group(0), match.start(), grouped.end()
            return text, match.start(), match.start() + len(text)
        if index == 0 and not (text.isalpha() and len(text) <= 4):
            return None
    return None


MIN_PREFIXED_NUMBER_CHARS = 3  # "INV 04265", not "TERM 3"


def _wrapped_under(page: Any, segment: Segment, value_box: BBox) -> Segment | None:
    """The rest of a terms value its narrow cell wrapped onto the next line ("Net 30" over "days",
    "30 days from" over "invoice", "Advance" over "Payment"): a few words without figures, alone in
    the value's column directly under it, the line's label column empty."""
    lines = page.lines
    if segment.line_index + 1 >= len(lines):
        return None
    height = max(segment.height, 1.0)
    below = lines[segment.line_index + 1]
    under = [s for s in below if s.bbox[2] > value_box[0] - height]
    if len(under) != 1 or any(value_box[0] - 20 * height < s.bbox[2] <= value_box[0] - height
                              for s in below if s is not under[0]):
        return None  # (a segment just left of it labels the next row: "Dröjsmålsränta | referensränta")
    candidate = under[0]
    text = candidate.text.strip()
    if abs(candidate.bbox[0] - value_box[0]) > height or candidate.bbox[1] - segment.bbox[3] > 0.6 * height \
            or len(text) > 24 or len(text.split()) > 3 or text.endswith(":") \
            or _has_digit(text) and not (text.startswith("+") or segment.text.rstrip().endswith("+")):
        return None  # (a figure is the next row's, unless a "+" carries the terms on: "Løbende måned" / "+ 30 dage")
    return candidate


def _make(field_name: str, value: Any, text: str, segment: Segment, start: int, end: int, method: str,
          hit: LabelHit | None, page: Any) -> Candidate:
    bbox = segment.char_bbox(start, end)
    return Candidate(
        field=field_name, value=value, text=text, page=segment.page, bbox=bbox, method=method,
        label=hit.kind.name if hit else None, label_text=hit.phrase if hit else None,
        label_weight=hit.kind.weight if hit else 0.0, segment=segment,
        font_ratio=(segment.font_size / page.median_font) if page.median_font else 1.0,
        y_ratio=bbox[1] / page.height if page.height else 0.0, x_ratio=bbox[0] / page.width if page.width else 0.0,
        ocr_confidence=segment.confidence,
    )


def _amount_candidate(field_name: str, segment: Segment, match: Any, method: str, hit: LabelHit | None,
                      page: Any) -> Candidate:
    text = match.amount.text
    candidate = _make(field_name, match.amount.value, text, segment, match.start, match.end,
                      method, hit, page)
    candidate.has_decimals = match.amount.has_decimals
    candidate.currency = match.amount.currency
    return candidate


def as_iso(value: date) -> str:
    return value.isoformat()


def as_float(value: Decimal) -> float:
    """The number as printed: quantities and unit prices keep their third decimal (weighed goods
    "1,421 kg", fuel at 1.899 a litre), and so do amounts in three-decimal currencies (KWD, BHD)."""
    return float(value)
