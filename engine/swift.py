"""Payment details of a SWIFT MT103 (single customer credit transfer), as a bank prints it for the
payer or the payee.

The message's fields are tagged by the standard, whatever the bank or language:

    :20:  sender's reference                      -> the payment reference
    :32A: value date, currency, settled amount    -> payment date, currency, payment amount
    :33B: currency, instructed amount             -> the payment amount, when printed
    :50A: / :50F: / :50K:  ordering customer      -> the payer (customer)
    :59: / :59A: / :59F:   beneficiary customer   -> the payee (vendor)
    :70:  remittance information                  -> the invoices paid

Banks print it raw (":32A:230302EUR49782,89", the value on the tag's line) or annotated (the tag,
the field's name right of it, the value on the lines under it: "Date : 02/03/2023", "Amount :
#49,782.89#"). Reading the tags is exact where the page's labels ("Sender", "Receiver": the banks)
would mislead the party and amount rules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

import regex

from engine.document import Word
from engine.layout import Layout, Segment
from engine.normalize.amounts import find_amounts
from engine.normalize.dates import find_dates
from engine.pattern_files import REGEX_TIMEOUT_S, PhraseSet

# (an annotated print may drop the tag's first colon: "20: Sender's Reference", "32A: Val Dte/Curr/...")
_TAG = regex.compile(r"^:(?P<tag>\d{2}[A-Z]?):|^(?P<tag>\d{2}[A-Z]?):(?=\s+[A-Z])")
# Tags that make a page an MT103: the reference, the amount and the beneficiary at least.
REQUIRED_TAGS = frozenset({"20", "32A"})
PAYEE_TAGS = ("59", "59A", "59F")
PAYER_TAGS = ("50K", "50F", "50A")
_RAW_32A = regex.compile(r"^(?P<date>\d{6})(?P<currency>[A-Z]{3})(?P<amount>\d{1,15},\d{0,2})$")
_RAW_33B = regex.compile(r"^(?P<currency>[A-Z]{3})(?P<amount>\d{1,15},\d{0,2})$")
_CURRENCY = regex.compile(r"\b(?P<currency>[A-Z]{3})\b")
# A structured remittance code before a reference ("/INV/INV70610", "/RFB/...", "/ROC/...").
_REMITTANCE_CODE = regex.compile(r"^/[A-Z]{3,4}/")
# A field's own sub-label in the annotated print ("Date : ...", "Amount : ...").
_SUB_LABEL = regex.compile(r"^(?P<name>[A-Za-z][A-Za-z .]{1,24}?)\s*:\s*(?P<value>.+)$")


@dataclass
class TaggedField:
    tag: str
    lines: list[list[Segment]] = field(default_factory=list)  # the value's lines, in reading order
    first: str = ""  # the value's text on the tag's own line (raw print)
    first_segment: Segment | None = None

    @property
    def segments(self) -> list[Segment]:
        return ([self.first_segment] if self.first_segment else []) + [s for line in self.lines for s in line]

    def rows(self) -> list[tuple[str, Segment]]:
        """The value's lines as (text, first segment), the text after the tag first (raw print)."""
        out = [(self.first, self.first_segment)] if self.first and self.first_segment is not None else []
        for line in self.lines:
            ordered = sorted(line, key=lambda s: s.bbox[0])
            out.append((" ".join(s.text for s in ordered).strip(), ordered[0]))
        return [(text, segment) for text, segment in out if text]

    def texts(self) -> list[str]:
        return [text for text, _ in self.rows()]


@dataclass
class Party:
    name: str
    name_segment: Segment
    address: str | None
    address_segment: Segment | None


@dataclass
class Mt103:
    reference: tuple[str, Segment] | None
    value_date: tuple[dt.date, Segment] | None
    currency: str | None
    amount: tuple[Decimal, str, Segment] | None
    payer: Party | None
    payee: Party | None
    remittance: list[tuple[Word, Segment]]  # the words of the remittance information


def read_mt103(layout: Layout, legal_forms: PhraseSet | None = None) -> Mt103 | None:
    """The MT103's fields, when the document prints one (its :20: and :32A: tags at least); with
    `legal_forms`, a company form wrapped onto a party's second line stays in its name."""
    fields = _tagged_fields(layout)
    if not REQUIRED_TAGS <= fields.keys() or not any(tag in fields for tag in PAYEE_TAGS):
        return None
    reference = None
    if "20" in fields:
        texts = fields["20"].texts()
        segment = _segment_of(fields["20"])
        if texts and segment is not None and " " not in texts[0].strip():
            reference = (texts[0].strip(), segment)
    value_date, currency, amount = _settlement(fields["32A"])
    if "33B" in fields:
        # The amount the payer instructed, before charges the beneficiary bears (:71A: BEN): what
        # the invoices were paid with; :32A: is what reached the account.
        _, instructed_currency, instructed = _settlement(fields["33B"])
        if instructed is not None:
            currency, amount = instructed_currency or currency, instructed
    payee = next((_party(fields[tag], legal_forms) for tag in PAYEE_TAGS if tag in fields), None)
    payer = next((_party(fields[tag], legal_forms) for tag in PAYER_TAGS if tag in fields), None)
    remittance: list[tuple[Word, Segment]] = []
    if "70" in fields:
        for segment in fields["70"].segments:
            for word in segment.words:
                if _TAG.match(word.text):
                    word = replace(word, text=word.text[_TAG.match(word.text).end():])
                text = _REMITTANCE_CODE.sub("", word.text)
                if text:
                    remittance.append((replace(word, text=text), segment))
    return Mt103(reference, value_date, currency, amount, payer, payee, remittance)


def _tagged_fields(layout: Layout) -> dict[str, TaggedField]:
    """Each tag's field: the text after the tag on its line (raw print), or the lines under it up to
    the next tag or a separator (annotated print, where a name of the field stands right of the tag)."""
    fields: dict[str, TaggedField] = {}
    current: TaggedField | None = None
    for page in layout.pages:
        for line in page.lines:
            ordered = sorted(line, key=lambda s: s.bbox[0])
            text = " ".join(s.text for s in ordered).strip()
            match = _TAG.match(text)
            if match:
                tag = match["tag"]
                current = fields.setdefault(tag, TaggedField(tag))
                rest = ordered[0].text.strip()[match.end():].strip()
                if rest and text.startswith(":"):  # (without its colon the tag is followed by the field's name)
                    current.first, current.first_segment = rest, ordered[0]  # ":20:PAY2023...": raw print
                continue
            if current is None:
                continue
            if not any(ch.isalnum() for ch in text) or text.startswith(("---", "===", "{")):
                current = None  # a separator ends the message text
                continue
            current.lines.append(ordered)
    return fields


def _segment_of(tagged: TaggedField) -> Segment | None:
    segments = tagged.segments
    return segments[0] if segments else None


def _settlement(tagged: TaggedField) -> tuple[tuple[dt.date, Segment] | None, str | None,
                                                 tuple[Decimal, str, Segment] | None]:
    """Value date, currency and amount of :32A:, raw ("230302EUR49782,89") or annotated."""
    segment = _segment_of(tagged)
    if segment is None:
        return None, None, None
    for text in tagged.texts():
        compact = text.replace(" ", "")
        raw = _RAW_32A.match(compact, timeout=REGEX_TIMEOUT_S) or _RAW_33B.match(compact, timeout=REGEX_TIMEOUT_S)
        if raw:
            try:
                value_date = dt.datetime.strptime(raw["date"], "%y%m%d").date() if "date" in raw.groupdict() else None
                amount = Decimal(raw["amount"].replace(",", "."))
            except (ValueError, InvalidOperation):
                return None, None, None
            return ((value_date, segment) if value_date else None), raw["currency"], (amount, raw["amount"], segment)
    value_date = currency = amount = None
    for line in tagged.lines:
        line_segment = sorted(line, key=lambda s: s.bbox[0])[0]
        text = " ".join(s.text for s in sorted(line, key=lambda s: s.bbox[0]))
        sub = _SUB_LABEL.match(text, timeout=REGEX_TIMEOUT_S)
        name, value = (sub["name"].casefold(), sub["value"]) if sub else ("", text)
        if value_date is None and ("date" in name or not name):
            dates = find_dates(value)
            if dates:
                value_date = (dates[0].value, line_segment)
                continue
        if currency is None and ("curr" in name or not name):
            found = _CURRENCY.search(value)
            if found and "curr" in name:
                currency = found["currency"]
                continue
        if amount is None and ("amount" in name or "amt" in name):
            money = find_amounts(value.replace("#", " "), None)
            if money:
                amount = (money[0].amount.value, money[0].amount.text, line_segment)
    return value_date, currency, amount


def _only_legal_form(text: str, legal_forms: PhraseSet) -> bool:
    found = legal_forms.find(text)
    return bool(found) and found[0][0] == 0 and found[-1][1] >= len(text.rstrip(" .,"))


def _party(tagged: TaggedField, legal_forms: PhraseSet | None = None) -> Party | None:
    """Name and address of :50K: / :59:: an account line ("/ES89...") first, then the name, then
    the address; an option-A field holds a bank code only and names no one."""
    if tagged.tag.endswith("A"):
        return None
    rows = [(text, segment) for text, segment in tagged.rows() if not text.startswith("/")]
    if tagged.tag.endswith("F"):
        # Option F numbers its lines: "1/Name", "2/Street", "3/Country/Town".
        rows = [row for row in tagged.rows() if row[0][:2] in ("1/", "2/", "3/")] or rows
        rows = [(regex.sub(r"^[123]/", "", text).strip(), segment) for text, segment in rows]
    if not rows:
        return None
    if len(rows) > 1 and legal_forms is not None and _only_legal_form(rows[1][0], legal_forms):
        # A name wrapped at the field's 35 characters: "AL WAHA OFFICE EQUIPMENT TRADING" / "LLC".
        rows = [(f"{rows[0][0]} {rows[1][0]}", rows[0][1]), *rows[2:]]
    address = ", ".join(text for text, _ in rows[1:]) or None
    return Party(rows[0][0], rows[0][1], address, rows[1][1] if len(rows) > 1 else None)
