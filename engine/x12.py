"""Remittance detail in ANSI X12 820 segments, as ACH/EFT (CCD+/CTX) addenda print them.

A bank's or AP platform's remittance report often prints the addenda records raw:

    0001 RMR*IV*SI028297*PI*5992.17*5992.17\\
    0009 ADX*-346.01*01\\

`RMR` is the standard's remittance segment: RMR01 says what RMR02 is (IV: the seller's invoice
number, OI: original invoice, CR/CM: credit memo), RMR03 the payment action, RMR04 the amount paid,
RMR05 the invoice amount and RMR06 the discount taken. RMR04 is what the payer paid against that
invoice, with adjustments (`ADX`) already netted in, so it is the allocation. Reading the standard's
own fields is exact where a table reader would guess columns from a run of asterisks.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import regex

from engine.document import BBox
from engine.layout import Layout, Segment
from engine.pattern_files import REGEX_TIMEOUT_S

# Qualifiers under which RMR02 is an invoice (or credit memo) of the payee's.
INVOICE_QUALIFIERS = frozenset({"IV", "OI", "IK", "CR", "CM"})
_RMR = regex.compile(
    r"\bRMR\*(?P<qualifier>[A-Z0-9]{2})\*(?P<reference>[^*~\\\s]{1,30})\*(?P<action>[A-Z0-9]{0,2})"
    r"\*(?P<paid>-?\d{1,12}(?:\.\d{1,2})?)(?:\*(?P<invoice>-?\d{1,12}(?:\.\d{1,2})?))?")


def remittance_segments(layout: Layout) -> list[tuple[str, Decimal, Segment, BBox, BBox]]:
    """(invoice number, amount paid, the segment printing them, the number's box, the amount's box)
    for every RMR segment naming an invoice, in reading order."""
    found: list[tuple[str, Decimal, Segment, BBox, BBox]] = []
    for page in layout.pages:
        for segment in page.segments:
            if "RMR*" not in segment.text:
                continue
            try:
                matches = list(_RMR.finditer(segment.text, timeout=REGEX_TIMEOUT_S))
            except TimeoutError:
                continue
            for match in matches:
                if match["qualifier"] not in INVOICE_QUALIFIERS:
                    continue
                try:
                    paid = Decimal(match["paid"])
                except InvalidOperation:
                    continue
                found.append((match["reference"], paid, segment, segment.char_bbox(*match.span("reference")),
                              segment.char_bbox(*match.span("paid"))))
    return found
