"""Tier 1: template-free pattern matching over a document's text layer.

It ranks the shared candidates (engine.candidates) with hand-written rules from the pattern files:
a value right after a strong label beats one further away; amounts are chosen together so that
net + tax = total where the document allows it; decoys never win. Every chosen value carries a
confidence; the document's confidence is that of its weakest required field, lowered by any failed
cross-field check, so the router knows when to escalate.
"""

from __future__ import annotations

import itertools
import time
from collections import defaultdict
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import regex

from engine.calibration import load_configured
from engine.candidates import (
    Candidate,
    CandidateSet,
    amounts_in,
    as_float,
    generate_candidates,
    start_in,
    terms_in,
)
from engine.classify import classify, subject_start
from engine.corroboration import printed_hosts, spelled_by_host
from engine.document import Document, union_bbox
from engine.language import cap_for_language, language_doubt
from engine.layout import Layout, Segment, build_layout
from engine.locale_hint import country_currency, dirham_currency, dollar_currency, infer_locale
from engine.normalize.amounts import find_amounts
from engine.normalize.currencies import ISO_CURRENCY_CODES, find_currency
from engine.normalize.dates import find_dates
from engine.normalize.number_words import amounts_in_words
from engine.parties import find_parties, issued_by_customer
from engine.pattern_files import REGEX_TIMEOUT_S, PatternSet, load_patterns, timed
from engine.result import FieldValue
from engine.swift import read_mt103
from engine.tables import columns_in, find_allocations, read_items
from engine.tax_summary import TaxSummary, read_tax_summary
from engine.tiers.base import TierResult
from engine.totals_by_rate import apply_rate_triple
from engine.validation import run_checks

if TYPE_CHECKING:
    from engine.api import EngineConfig

TIER = "pattern_matching"
LABELLED_CONFIDENCE = {"inline": 0.93, "right": 0.92, "below": 0.88, "unlabelled": 0.55}
# A net read as the printed difference of the total and the tax (_complete_by_difference).
DIFFERENCE_CONFIDENCE = 0.8
# The page's largest figure standing in for a total no label named; a total found by its arithmetic
# (engine.totals_by_rate) replaces it.
FALLBACK_TOTAL_CONFIDENCE = 0.45
# Net, tax and total that no label named but whose figures meet tax = rate x net and net + tax = total.
RATE_TRIPLE_CONFIDENCE = 0.75
# A title line is short: one that opens with the document's number label and runs longer is a sentence.
TITLE_LINE_CHARS = 64
# An inline label inside another field's value ranks below its field's own labelled line.
INSIDE_OTHER_VALUE_PENALTY = 0.1
MIN_REPORTED_CONFIDENCE = 0.35  # below this a value is a guess, and the contract says null over a guess
AMOUNT_FIELDS = ("financial_data.total_amount", "financial_data.net_amount", "financial_data.tax_amount")


class PatternTier:
    name = TIER

    def __init__(self, config: EngineConfig, patterns: PatternSet | None = None) -> None:
        self.config = config
        self.patterns = patterns or load_patterns(config.patterns_dir)
        self.calibration = load_configured(config)

    def run(self, document: Document, previous: TierResult | None) -> TierResult:
        started = time.perf_counter()
        fields, document_type, confidence, doubtful = extract_fields(document, self.patterns, self.config.locale)
        if self.calibration is not None and fields:
            fields, confidence = self.calibration.apply(fields, document_type=document_type, doubtful=doubtful)
            fields, confidence = cap_for_language(fields, confidence, doubtful)
        confidence = _capped_without_total(fields, document_type, confidence)
        text_pages = sum(1 for page in document.pages if page.lines)
        return TierResult(
            tier=TIER, fields=fields, document_type=document_type, confidence=confidence,
            time_ms=(time.perf_counter() - started) * 1000, doubtful=doubtful,
            quality_score=_quality(document), document=document,
            available=text_pages > 0,
            unavailable_reason=None if text_pages else "no text layer",
        )


# A document of a type that states an amount but from which none was read is not done, whatever the
# fields that were read say (a remittance printed as comma-separated text: its payer and a batch
# number read, no invoice paid and no amount).
MISSING_TOTAL_CONFIDENCE_CAP = 0.5
AMOUNT_TYPES = frozenset({"invoice", "credit_note", "receipt", "remittance_advice"})


def _capped_without_total(fields: dict[str, FieldValue], document_type: str, confidence: float) -> float:
    if document_type in AMOUNT_TYPES and "financial_data.total_amount" not in fields \
            and "payment_information.payment_amount" not in fields:
        return min(confidence, MISSING_TOTAL_CONFIDENCE_CAP)
    if document_type == "unknown":
        return min(confidence, UNKNOWN_TYPE_CONFIDENCE_CAP)
    return confidence


# A document no cue names the type of is one whose layout the patterns do not know: its parties may
# stand either way round (an auction house's "AUKTIONSRECHNUNG" read as its issuer's name, the
# buyer's block as the issuer's), so it is not accepted straight through, whatever its fields say.
UNKNOWN_TYPE_CONFIDENCE_CAP = 0.8


def extract_fields(document: Document, patterns: PatternSet, locale: str | None = None
                   ) -> tuple[dict[str, FieldValue], str, float, list[str]]:
    layout = build_layout(document)
    if not any(page.lines for page in layout.pages):
        return {}, "unknown", 0.0, ["no text"]
    locale = locale or infer_locale(layout)
    candidates = generate_candidates(document, patterns, locale, layout)
    document_type, type_confidence = classify(layout, patterns)
    chosen: dict[str, tuple[Any, float, Candidate | None]] = {}

    _drop_bank_details(candidates)
    _transaction_reference_numbers(candidates)
    _beneficiary_beside_payer(candidates, patterns)
    if document_type == "remittance_advice":
        _counterparty_is_payee(candidates)
    items: dict[str, Any] = {}
    totals_row: dict[str, Any] = {}
    if document_type not in ("remittance_advice", "statement"):  # their tables list invoices, not goods
        items, totals_row = read_items(layout, patterns, locale)
        _drop_labels_in_item_rows(candidates, items)
    _choose_amounts(candidates, document_type, chosen, patterns)
    _tax_total_over_rates(candidates, chosen)
    _amounts_from_totals_row(totals_row, chosen)
    _choose_simple(candidates, chosen, document_type, patterns)
    self_billed = issued_by_customer(layout, patterns)
    if self_billed:
        _self_billed_tax_id(candidates, chosen)
    if document_type == "receipt" and "invoice_ids.0" not in chosen:
        _receipt_number(candidates, patterns, chosen)
    if document_type == "receipt" and "document_date" not in chosen:
        _receipt_order_date(candidates, patterns, chosen)
    _series_and_number(candidates, chosen)
    if document_type != "remittance_advice":
        _shaped_number(patterns, candidates, chosen)
    _print_reference_as_printed(candidates, patterns, chosen)
    _choose_currency(candidates, chosen)
    _choose_terms(candidates, patterns, chosen)
    due = chosen.get("payment_terms.due_date")
    if due is None or document_type == "statement" and due[2] is not None and due[2].method == "below":
        # A reminder's "Due Date" column dates the invoices it lists; its letter says when to pay.
        prose_due = _due_date_in_prose(candidates)
        if prose_due is not None:
            chosen["payment_terms.due_date"] = (prose_due.value, 0.75, prose_due)
    _dates_read_by_terms(chosen)
    parties = find_parties(layout, candidates, patterns, document_type, self_billed)
    buyer = parties.get("customer_information.customer_name")
    if buyer is not None and patterns.anonymous_buyers.is_whole(str(buyer[0]).strip(" .,:;")):
        del parties["customer_information.customer_name"]  # "Nombre Receptor: CONSUMIDOR FINAL": a sale to the public
    for path, (value, confidence, candidate) in parties.items():
        if document_type == "receipt" and path.startswith("customer_information.") and \
                candidate is not None and candidate.label in COUNTER_PAYER_LABELS:
            continue  # a receipt names whoever paid at the counter, no customer's account (corpus/README.md)
        chosen[path] = (value, confidence, candidate)
    if "vendor_information.tax_id" not in chosen or _another_company_s(chosen, patterns):
        # A tax id far from the vendor's name, on a line that names another company (an e-invoicing
        # provider's "Phát hành bởi ... Công ty TNHH Phần mềm X — MST: ..." in the footer), gives
        # way to one in the vendor's own block. (A footer of the vendor's own registrations, "ICE :
        # ... · IF : ... · RC : ...", names no other company: its tax id stays.)
        _tax_id_in_vendor_block(candidates, chosen)
    if document_type in ("invoice", "credit_note", "remittance_advice") and not self_billed:
        _tax_id_out_of_customer_block(candidates, chosen, payer_issued=document_type == "remittance_advice")
    if document_type == "remittance_advice":
        _tax_id_under_payer_address(chosen)
    if document_type not in ("remittance_advice", "statement"):
        for path, (value, confidence, candidate) in items.items():
            chosen[path] = (value, confidence, candidate)
        _drop_tax_postings(chosen, patterns)
    if document_type == "receipt" and _collection_time(chosen.get("payment_terms.due_date")):
        del chosen["payment_terms.due_date"]  # "DUE: THU 07/27/2023 AFTER 4PM": when the order is ready, no bill's due date
    if document_type == "remittance_advice":
        allocations = find_allocations(layout, patterns, locale)
        for path, item in allocations.items():
            chosen[path] = item
        ids = [item for path, item in allocations.items() if path.endswith(".invoice_id")]
        if ids:
            for path in [p for p in chosen if p.startswith("invoice_ids.")]:
                del chosen[path]
            for index, item in enumerate(ids):
                chosen[f"invoice_ids.{index}"] = item
        _payment_as_allocated(candidates, allocations, chosen)
        _reference_not_an_invoice(candidates, chosen)
        if "payment_information.payment_reference" not in chosen:
            own = _advice_number(candidates, chosen, patterns) or _subject_number(candidates, chosen, patterns)
            if own is not None:
                chosen["payment_information.payment_reference"] = (own.value, own.label_weight, own)
        _account_in_payee_block(layout, chosen)
        if "payment_information.payment_reference" not in chosen:
            cheque = _cheque_number(candidates)
            if cheque is not None:
                chosen["payment_information.payment_reference"] = (cheque.value, 0.8, cheque)
                dated = chosen.get("document_date")
                if dated is not None and "payment_information.payment_date" not in chosen:
                    # A cheque pays on the day it is dated.
                    chosen["payment_information.payment_date"] = (dated[0], min(dated[1], 0.8), dated[2])
                for path in [p for p, item in chosen.items() if p.startswith("invoice_ids.") and item[0] == cheque.value]:
                    del chosen[path]
        _apply_mt103(layout, chosen, patterns)
        if "payment_information.payment_date" not in chosen:
            _transaction_date_paid(candidates, chosen)
        if "payment_information.payment_date" not in chosen:
            prose = _payment_date_in_prose(candidates, locale)
            if prose is not None:
                chosen["payment_information.payment_date"] = (prose.value, 0.7, prose)
        due = chosen.pop("payment_terms.due_date", None)
        if "payment_information.payment_date" not in chosen and due is not None and due[2] is not None \
                and due[2].method in ("inline", "right"):
            # An advice names no due date: "Ημερομηνία πληρωμής" ("date of payment", a due date's label
            # on a Greek invoice) dates the payment it announces
            chosen["payment_information.payment_date"] = (due[0], min(due[1], 0.8), due[2])
        dated = chosen.get("document_date")
        if "payment_information.payment_date" not in chosen and dated is not None and (
                _paid_today(candidates) or _stamped_with_time(dated[2])):
            # "We have today made a payment of £2,008.85 to your account": paid the day the letter is dated;
            # a bank's receipt stamps the transfer with its time of day ("27 AGO 2025 - 14:07:07")
            chosen["payment_information.payment_date"] = (dated[0], min(dated[1], 0.7), dated[2])
        # On a remittance advice the total is the amount paid (the contract's rule).
        payment = chosen.get("payment_information.payment_amount")
        total = chosen.get("financial_data.total_amount")
        if payment is not None:
            chosen["financial_data.total_amount"] = payment
        elif total is not None:
            chosen["payment_information.payment_amount"] = total
        _one_invoice_paid_in_full(chosen)
    if document_type == "remittance_advice":
        # A remittance settles invoices; "Forma de pago: Transferencia" there is the payment method,
        # not payment terms; and its "Net amount" is what reached the payee after fees, no sale's
        # amount before tax (nor is a withholding its tax).
        for path in [p for p in chosen if p.startswith("payment_terms.")]:
            del chosen[path]
        chosen.pop("financial_data.net_amount", None)
        chosen.pop("financial_data.tax_amount", None)
    if document_type != "remittance_advice":
        # Payment details belong to remittance advices; elsewhere "reference" and "paid" are other things.
        for path in [p for p in chosen if p.startswith("payment_information.")]:
            del chosen[path]
    if document_type == "credit_note":
        _negate_credit_amounts(chosen)
    if document_type == "statement":
        for path in [p for p in chosen if p.startswith("invoice_ids.")]:
            del chosen[path]

    customer_id = chosen.get("customer_information.customer_id")
    if customer_id is not None and any(item[0] == customer_id[0] for path, item in chosen.items()
                                       if path.startswith("invoice_ids.")):
        # "Account: INV-35054" on a mobile-money payment names the bill paid, not the payer's account.
        del chosen["customer_information.customer_id"]
    if document_type not in ("remittance_advice", "statement"):
        _net_as_lines_sum(candidates, chosen)
    doubtful, verdicts = _apply_checks(chosen)
    # A till's subtotal is often before surcharges, tips or a tax it already includes ("Total includes
    # GST of 30.51"), and any document's may stand above freight or insurance: a subtotal that does
    # not add up with the tax to the total is then not the net.
    if document_type == "receipt" and verdicts.get("financial_data.net_amount") == "failed" and any(
            d.startswith("check net_plus_tax_equals_total failed") for d in doubtful) or \
            _subtotal_before_charges(candidates, chosen):
        del chosen["financial_data.net_amount"]
        doubtful = [d for d in doubtful if not d.startswith("check net_plus_tax_equals_total failed")]
    if document_type not in ("remittance_advice", "statement"):
        for path in _complete_by_difference(candidates, chosen):
            verdicts[path] = "difference"
        for path in apply_rate_triple(candidates, chosen, _fallback_total(candidates), RATE_TRIPLE_CONFIDENCE):
            verdicts[path] = "rate"
    _corroborate_parties(document, patterns, chosen, verdicts)
    _mark_name_evidence(layout, patterns, chosen, verdicts)
    fields = {path: _field_value(value, confidence, candidate, _basis(candidate, verdicts.get(path)))
              for path, (value, confidence, candidate) in chosen.items()
              if value is not None and confidence >= MIN_REPORTED_CONFIDENCE}
    confidence = _document_confidence(fields, document_type, type_confidence, doubtful)
    unsupported = language_doubt(document, patterns)
    if unsupported:
        doubtful.append(unsupported)
        fields, confidence = cap_for_language(fields, confidence, doubtful)
    return fields, document_type, confidence, doubtful


ID_FIELDS = ("invoice_ids", "customer_information.customer_id", "vendor_information.vendor_id",
             "payment_information.payment_reference")


def _word_inside_a_name(text: str, start: int, end: int) -> bool:
    """Whether a bank label's word stands inside a name or a street, after other words and before words
    without figures ("Bellhaven Regional Transit Commission", "500 Transit Way"), not as a label before
    its number ("Institution 002 Transit 26249", "Standard Chartered Bank Ghana, A/C 5922370513380")."""
    rest = text[end:]
    return start > 0 and rest.strip()[:1].isalpha() and not any(ch.isdigit() for ch in rest)


def _drop_bank_details(candidates: CandidateSet) -> None:
    """Identifiers on a bank-details line (or the two lines under one) are account numbers, unless
    an invoice-number label on their line names them ("Számlaszám  E-HUNG-2024-851" two lines under
    "Bankszámlaszám:")."""
    label_lines: set[tuple[int, int]] = set()
    under_lines: set[tuple[int, int]] = set()
    bank_label_end: dict[int, int] = {}  # segment order -> where its last bank label ends
    for segment, hit in candidates.label_hits:
        if hit.kind.name == "decoy_bank" and not _word_inside_a_name(segment.text, hit.start, hit.end):
            label_lines.add((segment.page, segment.line_index))
            under_lines.update((segment.page, segment.line_index + offset) for offset in (1, 2))
            bank_label_end[segment.order] = max(bank_label_end.get(segment.order, 0), hit.end)
    if not label_lines:
        return

    def account_number(candidate: Candidate) -> bool:
        if candidate.segment is None:
            return False
        if candidate.field == "payment_information.payment_reference" and candidate.method == "inline" \
                and candidate.label_text and candidate.segment.order in bank_label_end and \
                candidate.segment.text.casefold().rfind(candidate.label_text.casefold(), 0, start_in(candidate)) \
                >= bank_label_end[candidate.segment.order]:
            return False  # "... your bank account no. 3990378897993 vide RTGS UTR No. UTIBR6..." names its own
        if candidate.field == "payment_information.payment_reference" and reference_after_bank_details(candidate):
            return False  # "... to your account (sort code 23-24-94, account ending 3182) with the reference" / "FP250922536."
        line = (candidate.segment.page, candidate.segment.line_index)
        # (an account label of its own, "Kontonr.", goes on with the bank's details, and so does a
        # number in a sentence under them: "... (승인번호 20241115-42429305-35894127).")
        # (a form's row of its own under them names its number: "sull'IBAN IT19 ..." over "Codice fornitore: 42441",
        # "Conta | 114197-0" over "ID da transação | E6074...")
        # (a payment reference labelled in a sentence under them is the transfer's: "... your bank
        # account no. 25092404617017" / "vide RTGS UTR No. ICICR52023080363771735 on 03-08-2023")
        return line in label_lines or line in under_lines and not (
            candidate.field in ("invoice_ids", "vendor_information.vendor_id", "payment_information.payment_reference")
            and candidate.method in ("inline", "right")
            and _opens_its_line(candidates, candidate)
            or candidate.field == "payment_information.payment_reference" and candidate.method == "inline")

    def reference_after_bank_details(candidate: Candidate) -> bool:
        """A reference whose label ends the line above, in a sentence after the bank's details, or
        opens a line of its own under them ("NGÂN HÀNG / BANK" over "Số giao dịch / Ref. No.:" over
        "FT240618421309": the bank's section of a payment order numbers the transfer)."""
        if candidate.method != "below" or not candidate.label_text or candidate.segment is None \
                or candidate.segment.line_index == 0:
            return False
        label = candidate.label_text.casefold()
        above = candidates.layout.pages[candidate.page - 1].lines[candidate.segment.line_index - 1]
        if (candidate.page, candidate.segment.line_index - 1) not in label_lines and \
                any(s.text.casefold().lstrip().startswith(label) for s in above):
            return True
        return any(s.order in bank_label_end and s.text.rstrip(" :").casefold().endswith(label)
                   and s.text.casefold().rfind(label) >= bank_label_end[s.order] for s in above)

    for path in ID_FIELDS:
        pool = candidates.by_field.get(path)
        if pool:
            candidates.by_field[path] = [c for c in pool if not account_number(c)]


def _opens_its_line(candidates: CandidateSet, candidate: Candidate) -> bool:
    """Whether the candidate's label opens its segment: a form's row ("Számlaszám  E-HUNG-2024-851")."""
    label_at = _label_segment(candidates, candidate)
    label = (candidate.label_text or "").casefold()
    return label_at is not None and bool(label) and label_at.text.casefold().lstrip().startswith(label)


def _label_segment(candidates: CandidateSet, candidate: Candidate) -> Any:
    """The segment of the candidate's line that holds its label (its own, or one left of it)."""
    if candidate.segment is None or candidate.method not in ("inline", "right"):
        return None
    label = (candidate.label_text or "").casefold()
    line = candidates.layout.pages[candidate.page - 1].lines[candidate.segment.line_index]
    return next((s for s in sorted(line, key=lambda s: s.bbox[0])
                 if label and label in s.text.casefold() and s.bbox[0] <= candidate.segment.bbox[0]), None)


# "TOTAL 6% SUPPLIES (INC. GST)": a total word with a tax rate after it totals the supplies at that
# rate, not the document.
_PER_RATE_TOTAL = regex.compile(r"(?i)\btotal\w*\s+\d{1,2}(?:[.,]\d+)?\s*%")


SUMMARY_AMOUNTS = ("financial_data.total_amount", "financial_data.tax_amount", "financial_data.net_amount")


def _drop_labels_in_item_rows(candidates: CandidateSet, items: dict[str, Any]) -> None:
    """A label word inside an item's row is a cell of it ("GST" in a tax-code column, "Net" in a
    description): the figure beside it is the line's, never the document's total, tax or net."""
    rows = {(candidate.page, candidate.segment.line_index) for path, (_, _, candidate) in items.items()
            if path.endswith(".amount") and candidate is not None and candidate.segment is not None}
    if not rows:
        return

    def in_a_row(candidate: Candidate) -> bool:
        if candidate.method == "below" and candidate.segment is not None:
            # A column heading's figure on an item's line ("DPH" over each line's tax) is that line's.
            return (candidate.page, candidate.segment.line_index) in rows
        # The label stands right of a figure with cents on an item's line: a cell between price
        # and amount, not a summary line's label ("Totale imponibile  € 2.400,00" opens its line).
        if candidate.segment is None or candidate.method not in ("inline", "right") or \
                (candidate.page, candidate.segment.line_index) not in rows:
            return False
        line = candidates.layout.pages[candidate.page - 1].lines[candidate.segment.line_index]
        label_at = _label_segment(candidates, candidate)
        if label_at is None:
            return False
        return any(m.amount.has_decimals for s in line if s.bbox[2] <= label_at.bbox[0]
                   for m in amounts_in(s, None))

    for path in SUMMARY_AMOUNTS:
        pool = candidates.by_field.get(path)
        if pool:
            candidates.by_field[path] = [c for c in pool if not in_a_row(c)]


# A value under one label on this many lines is a table's repeated posting, not a summary figure.
REPEATED_POSTING_LINES = 3


def _choose_amounts(candidates: CandidateSet, document_type: str, chosen: dict[str, Any],
                    patterns: PatternSet) -> None:
    def ranked(path: str) -> list[tuple[Decimal, float, Candidate]]:
        best: dict[Decimal, tuple[float, Candidate]] = {}
        labels: dict[Decimal, set[str]] = defaultdict(set)
        postings: dict[tuple[Decimal, str], set[tuple[int, int]]] = defaultdict(set)
        for candidate in candidates.get(path):
            score = candidate.score + _amount_bonus(candidate, path)
            label = (candidate.label_text or "").casefold()
            labels[candidate.value].add(label)
            if candidate.segment is not None:
                postings[(candidate.value, label)].add((candidate.page, candidate.segment.line_index))
            if candidate.value not in best or score > best[candidate.value][0]:
                best[candidate.value] = (score, candidate)
        # Support counts different labels: one label repeated on many lines is a table's posting
        # ("Room Tax 16.66" every night), not agreement; a tax or net posted like that is a row's.
        support = {value: len(texts) for value, texts in labels.items()}
        if path == "financial_data.total_amount" and carried_balance:
            for value, (score, candidate) in list(best.items()):
                if candidate.label == "account_balance":
                    best[value] = (score - 0.15, candidate)
        if path == "financial_data.total_amount" and len(best) > 1:
            for value, (score, candidate) in list(best.items()):
                label_at = _label_segment(candidates, candidate)
                if label_at is not None and _PER_RATE_TOTAL.search(label_at.text, timeout=REGEX_TIMEOUT_S):
                    best[value] = (score - 0.15, candidate)
        if path == "financial_data.net_amount":
            for value, (score, candidate) in list(best.items()):
                label_at = _label_segment(candidates, candidate)
                if label_at is not None and timed(_TAXES_INCLUDED.search, label_at.text):
                    # "Sub-Total (Incl. Levies)" over "Total (Excl. Levies & VAT)": a subtotal with
                    # some taxes in it is no net of them all.
                    best[value] = (score - 0.3, candidate)
        _second_currency_down(candidates, best)
        if path in ("financial_data.tax_amount", "financial_data.net_amount"):
            for (value, _label), lines in postings.items():
                if len(lines) >= REPEATED_POSTING_LINES and value in best:
                    best[value] = (best[value][0] - 0.15, best[value][1])
        # Several labels agreeing on one value is evidence; for totals the largest labelled
        # value is usually the grand total (subtotals and tax totals are smaller), and the one the
        # till's cash less change confirms is what was paid (a total after a discount or rounding).
        largest = max((value for value, (_, c) in best.items()
                       if not (carried_balance and c.label == "account_balance")), default=None)
        paid = _tendered_less_change(candidates) if path == "financial_data.total_amount" else set()
        out = [(value, score + 0.02 * (support[value] - 1)
                + (0.04 if path == "financial_data.total_amount" and value == largest else 0.0)
                + (0.08 if value in paid else 0.0), c)
               for value, (score, c) in best.items()]
        return sorted(out, key=lambda t: t[1], reverse=True)[:6]

    # A balance brought forward makes "Balance due" the account's balance on anything but a statement.
    carried_balance = document_type not in ("statement", "remittance_advice") and any(
        c.label == "decoy_prior_balance" for c in candidates.decoys)
    totals = ranked("financial_data.total_amount")
    if document_type == "remittance_advice" and not totals:
        totals = ranked("payment_information.payment_amount")
    elif document_type == "receipt" and not totals:
        # (a parking receipt's "TOTAL PAID ........ $34.22": what a receipt says was paid is its total; a
        # plain "Amount" heads its items' column)
        totals = [item for item in ranked("payment_information.payment_amount") if item[2].label == "payment_amount"]
    totals = _confirmed_by_words(candidates, totals)
    nets = ranked("financial_data.net_amount")
    taxes = ranked("financial_data.tax_amount")
    tax_parts = [c for c in candidates.get("financial_data.tax_amount") if c.label == "tax_component"]
    if tax_parts and not any(c.label == "tax" for c in candidates.get("financial_data.tax_amount")):
        part_sum = sum((c.value for c in tax_parts), Decimal(0))
        taxes = [(part_sum, 0.8, tax_parts[0])]
    elif tax_parts:
        # VAT and a duty beside it ("Total TVA 82,450" and "Timbre fiscal 1,000"): the tax is both, when
        # the net and the total say so
        part_sum = sum((c.value for c in tax_parts), Decimal(0))
        known = {value for value, _, _ in taxes}
        taxes = [*taxes, *((value + part_sum, score - 0.05, c) for value, score, c in taxes
                           if c.label == "tax" and value + part_sum not in known)]
    # Tax printed on several lines (one per rate: "TVA 20 %" and "TVA 10 %"; state and local tax):
    # their sum is the tax, which the net + tax = total check confirms.
    per_line: dict[tuple[int, int], Candidate] = {}
    tax_pool = candidates.get("financial_data.tax_amount")
    # Beside figures with cents, a whole number is no tax line ("... l'A.R. n° 20" in a note on the rate).
    with_cents = any(c.has_decimals for c in tax_pool)
    for candidate in tax_pool:
        if candidate.segment is not None and candidate.method in ("inline", "right") and (
                candidate.has_decimals or not with_cents):
            per_line.setdefault((candidate.page, candidate.segment.line_index), candidate)
    if len(per_line) >= 2 and len({c.value for c in per_line.values()}) >= 2:
        lines = list(per_line.values())
        line_sum = sum((c.value for c in lines), Decimal(0))
        if all(line_sum != value for value, _, _ in taxes):
            taxes = [*taxes, (line_sum, max(c.score for c in lines) - 0.05, lines[0])]

    best_combo: tuple[float, Any, Any, Any] | None = None
    for total, net, tax in itertools.product(totals or [None], [None, *nets], [None, *taxes]):
        score = sum(item[1] for item in (total, net, tax) if item is not None)
        if total and net and tax:
            score += 1.0 if abs(net[0] + tax[0] - total[0]) <= Decimal("0.011") else -0.6
        if total and net and not tax and net[0] > total[0]:
            score -= 0.5
        if net and tax and net[0] is not None and tax[0] > net[0]:
            score -= 0.5
        if best_combo is None or score > best_combo[0]:
            best_combo = (score, total, net, tax)
    if best_combo is not None:
        _, total, net, tax = best_combo
        for path, item, pool in (("financial_data.total_amount", total, totals),
                                 ("financial_data.net_amount", net, nets),
                                 ("financial_data.tax_amount", tax, taxes)):
            if item is not None:
                chosen[path] = (item[0], _confidence(item[2], pool, item[0]), item[2])
    _total_line_adding_up(candidates, chosen, document_type)
    total = chosen.get("financial_data.total_amount")
    if total is not None and total[0] == 0 and total[2] is not None and not total[2].has_decimals:
        del chosen["financial_data.total_amount"]  # a nought read from a smudged figure ("25. 0")
    if "financial_data.total_amount" not in chosen:
        row = _totals_row(candidates)
        net, tax = chosen.get("financial_data.net_amount"), chosen.get("financial_data.tax_amount")
        if row and net is not None and tax is not None and abs(
                net[0] + tax[0] - row["financial_data.total_amount"][0]) <= Decimal("0.011"):
            row = {"financial_data.total_amount": row["financial_data.total_amount"]}
        chosen.update(row)  # the row adds up by itself: it overrules a net or tax that does not
    if "financial_data.total_amount" not in chosen:
        after_tax = _net_after_tax(candidates)
        if after_tax is not None:
            chosen["financial_data.total_amount"] = (after_tax.value, 0.6, after_tax)
            net = chosen.get("financial_data.net_amount")
            if net is not None and net[2] is after_tax:
                del chosen["financial_data.net_amount"]
    if "financial_data.total_amount" not in chosen:
        paid = _paid_at_till(candidates)
        if paid is not None:
            chosen["financial_data.total_amount"] = (paid.value, 0.6, paid)
    if "financial_data.total_amount" not in chosen:
        fallback = _fallback_total(candidates)
        if fallback is not None:
            chosen["financial_data.total_amount"] = (fallback.value, FALLBACK_TOTAL_CONFIDENCE, fallback)
    _apply_discount_below(candidates, chosen)
    _apply_rounding(candidates, chosen)
    tax, total = chosen.get("financial_data.tax_amount"), chosen.get("financial_data.total_amount")
    if tax is not None and total is not None and total[0] and (tax[0] == total[0] or abs(tax[0]) > abs(total[0]) and (
            tax[2] is not None and not tax[2].has_decimals)):
        # A tax equal to the total is the total read again under a label that only mentions the tax
        # ("SUB TOTAL (INCL. GST) 35.40"); a whole number above the total is some other number under
        # a sentence about taxes ("Please quote invoice 7645163"): a tax is a share of what it is
        # charged on.
        del chosen["financial_data.tax_amount"]
        if tax[0] == total[0]:
            # "Totaal (incl. btw) € 118,82" over "waarvan btw 21% € 20,62": the next tax line is the tax.
            other = next((item for item in taxes if item[2] is not None and item[2].has_decimals
                          and 0 < abs(item[0]) < abs(total[0])), None)
            if other is not None:
                chosen["financial_data.tax_amount"] = (other[0], _confidence(other[2], taxes, other[0]), other[2])
    if "financial_data.tax_amount" not in chosen:
        summary = read_tax_summary(candidates.layout, patterns)
        if summary is not None:
            chosen["financial_data.tax_amount"] = (summary.tax, TAX_SUMMARY_CONFIDENCE, _summary_candidate(summary))
            net, total = chosen.get("financial_data.net_amount"), chosen.get("financial_data.total_amount")
            if summary.net is not None and total is not None and summary.net + summary.tax == total[0] and (
                    net is None or net[0] + summary.tax != total[0]):
                # A VAT recapitulation's bases add up with its taxes to the total: their sum is the net.
                chosen["financial_data.net_amount"] = (summary.net, TAX_SUMMARY_CONFIDENCE,
                                                       _summary_candidate(summary, "financial_data.net_amount"))

    payments = ranked("payment_information.payment_amount")
    if payments:
        value, _, candidate = payments[0]
        chosen["payment_information.payment_amount"] = (value, _confidence(candidate, payments, value), candidate)


_PAYMENT_WORDS = regex.compile(
    r"(?i)\b(?:payment|paid|pay|transfer|transferred|remitted|settled|credited|"
    r"pago|pagado|abonado|transferido|transferencia|realizado|paiement|virement|viré|réglé|versé|"
    # a payment announced ("el día 12 de mayo de 2024 abonaremos en su cuenta ...")
    r"abonaremos|abonará|abonarán|pagaremos|pagará|transferiremos|ingresaremos|payerons|virerons|verserons|"
    r"betaling|betaald|overgemaakt|overgeboekt|overboeking|voldaan|zahlung|überwiesen|überweisung|gezahlt|bezahlt|"
    r"malipo|tumelipa|tumehamisha|imelipwa|"
    # Italian, Portuguese ("in data 22/07/2024 abbiamo disposto bonifico", "efetuamos o pagamento em")
    r"bonifico|pagamento|pagato|pagata|saldato|disposto|accreditato|pago|efetuamos|efetuado|transferência|"
    r"transferido|creditado|depositado|"
    # Greek, Polish, Turkish ("στις 31/01/2025 εξοφλήσαμε", "w dniu 20.03.2023 dokonaliśmy przelewu",
    # "24.01.2023 tarihinde ... EFT gönderilmiştir")
    r"εξοφλήσαμε|εξόφληση|πληρωμή|πληρωμής|καταβάλαμε|μεταφορά|przelew|przelewu|zapłaty|zapłata|zapłacono|"
    r"dokonaliśmy|zleciliśmy|ödeme|ödendi|gönderilmiştir|yapılmıştır|havale|eft|"
    # Czech, Slovak, Hungarian, Romanian ("dne 2.6.2025 jsme ... uhradili", "2024.12.10. napon ... utaltunk",
    # "în data de 14.03.2024 am efectuat plata")
    r"uhradili|uhrazeno|uhradené|odeslali|odoslali|platbu|platba|úhrada|úhrady|utaltunk|átutaltuk|átutalás|"
    r"utalás|kifizetés|kifizettük|plata|plății|efectuat|achitat|achitată|virat)\b")


_CHEQUE_LABEL = regex.compile(r"(?i)\b(?:check|cheque|chq|chk|chèque|scheck)\b")
# A mobile-money or card transaction's own number ("Trans ID TBQEFZ18Z3", "Transaction No."): on a
# payment confirmation, the payment's reference.
_TRANSACTION_LABEL = regex.compile(r"(?i)\b(?:trans|transaction|txn)\b")


WORDS_BONUS = 0.1  # a labelled total that the amount in words repeats
WORDS_FIGURE_SCORE = 0.9  # a figure without a total's label that the amount in words repeats


def _confirmed_by_words(candidates: CandidateSet, totals: list[Any]) -> list[Any]:
    """The totals ranked again by the amount the document writes out in words ("Rupees Thirty Eight
    Thousand Seven Hundred Ninety Only"): a labelled total equal to it gains; where none is, the
    figure equal to it ("₹ 38,790/-" at a receipt's foot, under a "Cash / Cheque" field that reads as
    cash tendered) is the total."""
    written = {value for page in candidates.layout.pages
               for value in amounts_in_words(" ".join(segment.text for line in page.lines for segment in line))}
    if not written:
        return totals
    if any(value in written for value, _, _ in totals):
        return sorted(((value, score + (WORDS_BONUS if value in written else 0.0), candidate)
                       for value, score, candidate in totals), key=lambda item: item[1], reverse=True)
    figure = next((c for c in [*candidates.amounts, *candidates.decoys]
                   if isinstance(c.value, Decimal) and c.value > 0 and c.value in written), None)
    if figure is None:
        return totals
    return [(figure.value, WORDS_FIGURE_SCORE, figure), *totals]


def _payment_as_allocated(candidates: CandidateSet, allocations: dict[str, Any], chosen: dict[str, Any]) -> None:
    """The payment is what its allocations add up to: when no label named the amount paid, or the
    amount taken is one of the rows' own, a printed amount equal to the rows' sum is the payment
    ("Amount received EUR 59.590,61" over "Inv 2024-8997 EUR 22536.61; Inv 2024-9000 ..."; one row's
    amount printed again in the letter, "We have made an EFT payment of R 19,196.03", is too)."""
    paid = [item[0] for path, item in allocations.items() if path.endswith(".amount")]
    if not paid:
        return
    allocated = sum(paid, Decimal(0))
    current = chosen.get("payment_information.payment_amount") or chosen.get("financial_data.total_amount")
    # (an invoice's total in the table of invoices paid, "Invoice total" over "£1,257.96" beside "Less
    # excess" and "Paid", is that invoice's, not the payment)
    invoice_total = current is not None and current[2] is not None and bool(current[2].label_text) and bool(
        timed(_INVOICE_AMOUNT_LABEL.search, current[2].label_text))
    if current is not None and not invoice_total and (current[0] == allocated or current[0] not in paid):
        return
    boxes = {tuple(item[2].bbox) for path, item in allocations.items() if path.endswith(".amount") and item[2]}
    # A label that means cash tendered on a till slip ("Amount received") may head it: the sum decides.
    printed = next((c for c in [*candidates.amounts, *candidates.decoys]
                    if c.value == allocated and tuple(c.bbox) not in boxes), None)
    if printed is not None:
        chosen["payment_information.payment_amount"] = (printed.value, ALLOCATED_PAYMENT_CONFIDENCE, printed)
        chosen["financial_data.total_amount"] = chosen["payment_information.payment_amount"]


ALLOCATED_PAYMENT_CONFIDENCE = 0.85
_INVOICE_AMOUNT_LABEL = regex.compile(r"(?i)\binv(?:oice)?\.?\s*(?:total|amount|amt|value)\b")


def _one_invoice_paid_in_full(chosen: dict[str, Any]) -> None:
    """A payment that names one invoice and lists no rows ("Message: INVOICE 719135" on a wire
    confirmation) pays that invoice with the whole amount: its one allocation."""
    if any(path.startswith("payment_information.allocations.") for path in chosen):
        return
    ids = [item for path, item in chosen.items() if path.startswith("invoice_ids.")]
    payment = chosen.get("payment_information.payment_amount")
    if len(ids) != 1 or payment is None or not payment[0]:
        return
    invoice = ids[0]
    chosen["payment_information.allocations.0.invoice_id"] = invoice
    chosen["payment_information.allocations.0.amount"] = (payment[0], min(invoice[1], payment[1]), payment[2])
MT103_CONFIDENCE = 0.95  # the standard's own tags: exact unless the print is misread


def _apply_mt103(layout: Any, chosen: dict[str, Any], patterns: PatternSet) -> None:
    """A printed SWIFT MT103 states the payment by its tags (engine/swift.py): its reference, value
    date, amount and currency, the payer (:50K:) and the payee (:59:) win over what the page's
    labels suggest ("Sender" and "Receiver" there are the banks)."""
    message = read_mt103(layout, patterns.legal_forms)
    if message is None:
        return

    def put(path: str, value: Any, text: str, segment: Any) -> None:
        chosen[path] = (value, MT103_CONFIDENCE, Candidate(path, value, text, segment.page, segment.bbox, "standard",
                                                           segment=segment))

    if message.reference is not None:
        put("payment_information.payment_reference", message.reference[0], message.reference[0], message.reference[1])
    if message.value_date is not None:
        put("payment_information.payment_date", message.value_date[0], message.value_date[1].text,
            message.value_date[1])
    if message.amount is not None:
        put("payment_information.payment_amount", message.amount[0], message.amount[1], message.amount[2])
        if message.currency:
            put("financial_data.currency", message.currency, message.currency, message.amount[2])
    for prefix, name_key, party in (("vendor_information", "vendor_name", message.payee),
                                    ("customer_information", "customer_name", message.payer)):
        if party is None:
            continue
        put(f"{prefix}.{name_key}", party.name, party.name, party.name_segment)
        chosen.pop(f"{prefix}.address", None)
        if party.address and party.address_segment is not None:
            put(f"{prefix}.address", party.address, party.address, party.address_segment)


def _counterparty_is_payee(candidates: CandidateSet) -> None:
    """A remittance advice is the payer's: the other party's number in its books ("Partnerkód: 456850",
    `[counterparty_id]` in labels.toml) is the payee's, the vendor id."""
    pool = candidates.by_field.get("customer_information.customer_id") or []
    moved = [c for c in pool if c.label == "counterparty_id"]
    if not moved:
        return
    candidates.by_field["customer_information.customer_id"] = [c for c in pool if c not in moved]
    candidates.by_field.setdefault("vendor_information.vendor_id", []).extend(
        replace(c, field="vendor_information.vendor_id") for c in moved)


def _beneficiary_beside_payer(candidates: CandidateSet, patterns: PatternSet) -> None:
    """Romanian "Beneficiar" is the buyer of an invoice's goods or services, but the payee of a document
    that names its payer ("Plătitor") as well: a Moldovan CONT DE PLATĂ is addressed to who pays it, a
    bank's transfer confirmation names who sent the money and who received it (Polish "Nadawca" and
    "Odbiorca", Czech "Plátce" and "Příjemce"). The labels are [parties] payer_labels and payee_labels."""
    customers = candidates.by_field.get("party:customer") or []
    labels = [(c.label_text or "").strip(" :") for c in customers]
    if not any(patterns.payer_labels.is_whole(label) for label in labels) or \
            not any(patterns.payee_labels.is_whole(label) for label in labels):
        return
    payees = [c for c, label in zip(customers, labels, strict=True) if patterns.payee_labels.is_whole(label)]
    candidates.by_field["party:customer"] = [c for c in customers if c not in payees]
    candidates.by_field.setdefault("party:vendor", []).extend(replace(c, field="party:vendor") for c in payees)


# A tax registration number is short: the Gulf's fifteen digits, Jamaica's nine ("TRN 123-456-789").
TRANSFER_REFERENCE_MIN_CHARS = 16


def _transaction_reference_numbers(candidates: CandidateSet) -> None:
    """"TRN" is a tax registration number (the Gulf's, Jamaica's) and, on a European bank's transfer
    receipt, the transfer's reference ("TRN | 084542428892021782849162IT", 20 characters and more): a
    TRN too long for a tax number is the payment's reference, never the vendor's tax id."""
    pool = candidates.by_field.get("vendor_information.tax_id")
    if not pool:
        return
    transfers = [c for c in pool if (c.label_text or "").strip(" .:()").casefold() == "trn"
                 and sum(ch.isalnum() for ch in str(c.value)) >= TRANSFER_REFERENCE_MIN_CHARS]
    if not transfers:
        return
    candidates.by_field["vendor_information.tax_id"] = [c for c in pool if c not in transfers]
    references = candidates.by_field.setdefault("payment_information.payment_reference", [])
    for candidate in transfers:
        references.append(replace(candidate, field="payment_information.payment_reference", value=candidate.text))


def _cheque_number(candidates: CandidateSet) -> Candidate | None:
    """On a remittance, the number after "Check No." / "Cheque #" is the payment's reference (on a
    restaurant bill the same label numbers the bill, which is why the label reads as a document
    number); failing a cheque, so is a transaction's number ("Trans ID", "Transaction No.")."""
    ids = candidates.get("invoice_ids")
    for label in (_CHEQUE_LABEL, _TRANSACTION_LABEL):
        for candidate in ids:
            if candidate.label_text and label.search(candidate.label_text):
                return candidate
    return None


def _transaction_date_paid(candidates: CandidateSet, chosen: dict[str, Any]) -> None:
    """On a remittance, the transfer's transaction date is its payment date; the advice's own date
    ("Transaction Date 31-10-2024" over "Advice generated on 01-11-2024"), labelled beside it,
    stays the document's."""
    dated = [c for c in candidates.get("document_date") if c.page == 1]
    transaction = [c for c in dated if c.label == "transaction_date"]
    if not transaction:
        return
    paid = max(transaction, key=lambda c: (c.score, -c.y_ratio))
    chosen["payment_information.payment_date"] = (paid.value, 0.8, paid)
    current = chosen.get("document_date")
    if current is None or current[2] is None or current[2].label != "transaction_date":
        return
    own = [c for c in dated if c.label != "transaction_date" and c.method in ("inline", "right")
           and c.score >= paid.score - 1e-9]
    if own:
        advice = max(own, key=lambda c: (c.score, -c.y_ratio))
        chosen["document_date"] = (advice.value, current[1], advice)


# A letter's dateline: the place it was written, a comma, the date ("Bologna, 11 agosto 2024").
_DATELINE_PLACE = regex.compile(r"^\p{Lu}[\p{L}'’. \-]{1,40},\s*$")


def _is_dateline(candidate: Candidate) -> bool:
    """Whether a date ends a segment that opens with a place and a comma before it."""
    if candidate.segment is None:
        return False
    text = candidate.segment.text
    start = text.find(candidate.text)
    return start > 0 and not text[start + len(candidate.text):].strip(" .") \
        and timed(_DATELINE_PLACE.match, text[:start]) is not None


def _payment_date_in_prose(candidates: CandidateSet, locale: str | None) -> Candidate | None:
    """The first date in a sentence that says a payment was made ("paid ... on 8/7/2024"), the
    sentence perhaps wrapped over two lines ("... by EFT on" / "2023-09-13, reference ...") and the
    date perhaps broken by the wrap ("... by TISS on 6" / "March 2025, reference ...")."""
    layout = candidates.layout
    found: list[tuple[int, Candidate]] = []
    for candidate in candidates.dates:
        segment = candidate.segment
        if segment is None:
            continue
        lines = layout.pages[segment.page - 1].lines
        # (or the date alone on the line that ends the sentence: "... into your Investec account on" / "10 June 2024.")
        ends_sentence = len(segment.text.strip(" .")) <= len(candidate.text) + 1 and segment.line_index > 0 and \
            bool(lines[segment.line_index - 1]) and _is_prose(lines[segment.line_index - 1][-1].text)
        if not ends_sentence and not _is_prose(segment.text):
            continue
        sentence = segment.text
        if segment.line_index > 0 and lines[segment.line_index - 1]:
            sentence = lines[segment.line_index - 1][-1].text + " " + sentence
        if not segment.text.rstrip().endswith(".") and segment.line_index + 1 < len(lines) \
                and lines[segment.line_index + 1]:
            # ("24.01.2023 tarihinde ... toplam 609.271,94 TL" / "tutarında EFT gönderilmiştir.": the verb
            # that says money moved ends the sentence on the next line)
            sentence += " " + lines[segment.line_index + 1][0].text
        if _PAYMENT_WORDS.search(sentence):
            found.append((segment.order, candidate))
            break
    for page in layout.pages:
        for upper, lower in zip(page.lines, page.lines[1:], strict=False):
            if not upper or not lower or not _is_prose(upper[-1].text):
                continue
            tail, head = upper[-1], lower[0]
            joined = f"{tail.text} {head.text}"
            if not _PAYMENT_WORDS.search(joined):
                continue
            for match in find_dates(joined, locale):
                if match.start < len(tail.text) < match.end:
                    found.append((tail.order, Candidate("payment_information.payment_date", match.value, match.text,
                                                        head.page, head.bbox, "unlabelled", segment=head)))
    return min(found, key=lambda item: item[0])[1] if found else None


# "Please arrange payment of the total amount by Jul 28, 2023", "procéder au règlement ... avant le
# 19/12/2023", "Bitte überweisen Sie den Gesamtbetrag bis zum 18.11.2023": a due date in a sentence.
_DUE_IN_PROSE = regex.compile(
    r"(?i)\b(?:pay|payment|settle|settlement|remit|règlement|régler|payer|paiement|virement|zahlung|zahlen|"
    r"überweisen|begleichen|betaling|betalen|voldoen|overmaken|pago|pagar|abonar|transferencia|lipa|malipo)\w*\b"
    r"[^.;!?]{0,90}?\b(?:by|before|no later than|not later than|until|avant le|au plus tard le|bis zum|"
    r"bis spätestens|bis|spätestens am|uiterlijk op|vóór|voor|antes del?|a más tardar el|kabla ya)\s*$")


_TODAY = regex.compile(r"(?i)\b(?:today|this\s+day|heute|aujourd'hui|hoy|vandaag|leo)\b")


# A time of day right after a date: "27 AGO 2025 - 14:07:07", "12/03/2024 09:41", "18/08/2025 às 07:18".
_TIME_AFTER_DATE = regex.compile(r"^\s*(?:[-–,|]\s*|às\s+|at\s+|um\s+|à\s+|alle\s+|ore\s+)?\d{1,2}:\d{2}\b")


def _in_remittance_information(candidate: Candidate, layout: Layout, patterns: PatternSet) -> bool:
    """Whether a date stands in a transfer's remittance information ("Основание за плащане | Ф-ра №
    0000017612 / 28.07.2025"): the invoice's date, not the advice's."""
    if candidate.segment is None:
        return False
    line = layout.pages[candidate.segment.page - 1].lines[candidate.segment.line_index]
    return any(patterns.remittance_information.find(segment.text) for segment in line)


def _stamped_with_time(candidate: Candidate | None) -> bool:
    """Whether a date is printed with the time of day it was stamped at (a transaction's receipt)."""
    if candidate is None or candidate.segment is None:
        return False
    if timed(_CLOCK_IN_DATE.search, candidate.text):
        return True  # "6 Januari 2025 20:07:00" read as one date with its time
    text = candidate.segment.text
    start = text.find(candidate.text)
    return start >= 0 and timed(_TIME_AFTER_DATE.match, text[start + len(candidate.text):]) is not None


_CLOCK_IN_DATE = regex.compile(r"\b\d{1,2}:\d{2}\b")


# A clock time after a date, with or without minutes ("AFTER 4PM", "12PM", "from 10am", "17:30").
_CLOCK_AFTER_DATE = regex.compile(r"^\s*(?:[-–,|]\s*)?(?:after|from|by|before|at)?\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)\b"
                                  r"|^\s*(?:[-–,|]\s*)?(?:after|from|by|before|at)?\s*\d{1,2}:\d{2}\b", regex.IGNORECASE)


def _collection_time(pick: tuple[Any, float, Candidate | None] | None) -> bool:
    """Whether a receipt's due date is printed with a time of day: when a dry cleaner's or repairer's
    order is ready to collect, not when a bill is due."""
    if pick is None or pick[2] is None or pick[2].segment is None:
        return False
    text = pick[2].segment.text
    start = text.find(pick[2].text)
    return start >= 0 and timed(_CLOCK_AFTER_DATE.match, text[start + len(pick[2].text):]) is not None


def _paid_today(candidates: CandidateSet) -> bool:
    """Whether a sentence says the payment was made today ("We have today made a payment of ...")."""
    return any(_is_prose(segment.text) and timed(_TODAY.search, segment.text) and timed(_PAYMENT_WORDS.search, segment.text)
               for segment in candidates.layout.segments)


# "Total amount due by 16 Jan 2024: $433.20": a total's label that goes on with the date it is due by.
_DUE_BY = regex.compile(r"(?i)\b(?:due|payable)\s+(?:by|on|before)\s*$")


def _due_date_in_prose(candidates: CandidateSet) -> Candidate | None:
    """The first date a sentence asks payment by, or a line says an amount is due by."""
    for candidate in candidates.dates:
        segment = candidate.segment
        start = start_in(candidate)
        if segment is None or start < 0:
            continue
        try:
            if timed(_DUE_BY.search, segment.text[:start]) or _is_prose(segment.text) and _DUE_IN_PROSE.search(
                    segment.text[:start], timeout=REGEX_TIMEOUT_S):
                return candidate
        except TimeoutError:
            continue
    return None


def _is_prose(text: str) -> bool:
    """A line of a sentence: long, several words, mostly letters (not a row of a table)."""
    letters = sum(ch.isalpha() for ch in text)
    return len(text) > 40 and len(text.split()) >= 6 and letters >= 0.5 * len(text.replace(" ", ""))


# (in any script: "ΠΛΗ-2023-9930")
_REFERENCE_TOKEN = regex.compile(r"[\p{L}0-9][\p{L}0-9\-/_.#]*[\p{L}0-9]|[0-9]")
# Between a method code and the number: a number marker at most ("Chq No. 946256", "Check #98551").
# "Check No. 946256" keeps its code as printed; "Check Number" spelled out is the label, not part of it.
# (A number word after a short code, "UTR No. UTIBR62023...", makes the code a label: the number
# alone is the reference. The cheque codes hold their number word: "Cheque No 12345" is printed so.)
_CODE_TO_NUMBER = regex.compile(r"(?i)^[\s.]*#?\s*$")
_CAPITALS_BEFORE_NUMBER = regex.compile(r"(?:\p{Lu}[\p{Lu}\d&\-]*[ \t]+){1,3}")


TOTAL_FROM_TOTALS_ROW_CONFIDENCE = 0.75


def _amounts_from_totals_row(totals_row: dict[str, Any], chosen: dict[str, Any]) -> None:
    """An items table's totals row that adds up ("Total  331,324.00  59,638.32  390,962.32" under
    "Value Excl. Sales Tax | Sales Tax | Value Incl. Sales Tax") gives the net and the tax when its
    gross is the document's total, or when no total was read: its headings say which figure is which,
    where a label elsewhere ("Sales Tax" over a column of rows) may not."""
    if not totals_row:
        return
    total = chosen.get("financial_data.total_amount")
    gross = totals_row.get("financial_data.total_amount")
    if gross is None:
        # net and tax only: they must add up to the total read elsewhere ("价税合计 ... ¥502271.80")
        net, tax = totals_row["financial_data.net_amount"], totals_row["financial_data.tax_amount"]
        if total is not None and total[0] == tax[0] and total[2] is not None and tax[2] is not None \
                and total[2].bbox == tax[2].bbox:
            # The total's label heads a totals row whose last figure, read as the total, stands under the
            # tax column ("სულ  13 539.00  2 065.27" under "ღირებულება | დღგ-ს თანხა"): the row's total is
            # the amount column's figure, the tax it includes the other.
            chosen["financial_data.total_amount"] = (net[0], TOTAL_FROM_TOTALS_ROW_CONFIDENCE, net[2])
            chosen["financial_data.tax_amount"] = (tax[0], TOTAL_FROM_TOTALS_ROW_CONFIDENCE, tax[2])
            return
        if total is None or abs(net[0] + tax[0] - total[0]) > Decimal("0.011"):
            return
    elif total is not None and total[0] != gross[0]:
        return
    for path, item in totals_row.items():
        if path != "financial_data.total_amount" or total is None:
            chosen[path] = item


# The days a terms phrase gives: "30 days", "Net 14", "Strictly 30 days".
_TERMS_DAYS = regex.compile(r"(?<![\d/.,])(\d{1,3})(?![\d/.,%])")


def _dates_read_by_terms(chosen: dict[str, Any]) -> None:
    """A document date and a due date that read either way round ("Date: 07/02/2023", "Due Date:
    08/01/2023") and terms in days ("Terms: 30 days"): the reading under which the due date falls those
    days after the document's date is the document's own (Liberia writes the month first, as the US does)."""
    document, due, terms = (chosen.get(path) for path in
                            ("document_date", "payment_terms.due_date", "payment_terms.payment_terms"))
    if document is None or due is None or terms is None or document[2] is None or due[2] is None \
            or not (document[2].ambiguous and due[2].ambiguous):
        return
    days = [int(m.group(1)) for m in _TERMS_DAYS.finditer(str(terms[0]))]
    if len(days) != 1:
        return
    try:
        issued, payable = date.fromisoformat(str(document[0])), date.fromisoformat(str(due[0]))
        swapped = [day.replace(month=day.day, day=day.month) for day in (issued, payable)]
    except ValueError:
        return
    if (payable - issued).days != days[0] and (swapped[1] - swapped[0]).days == days[0]:
        for path, item, value in (("document_date", document, swapped[0]), ("payment_terms.due_date", due, swapped[1])):
            text = value.isoformat()
            chosen[path] = (text, item[1], replace(item[2], value=text))


def _reference_not_an_invoice(candidates: CandidateSet, chosen: dict[str, Any]) -> None:
    """A payment's reference is not the number of an invoice it pays: a transfer's purpose line
    ("Verwendungszweck: 367575 613006 ...") lists the invoices, and a reference printed elsewhere
    ("Zahlungsbeleg: ZL-2024-3061") names the payment. With no other it stays: a payer may quote
    the one invoice it pays as the transfer's reference."""
    item = chosen.get("payment_information.payment_reference")
    paid = _paid_numbers(chosen)
    if item is None or not _names_invoices(str(item[0]), paid):
        return
    others = [c for c in candidates.get("payment_information.payment_reference")
              if not _names_invoices(str(c.value), paid)]
    if others:
        best = max(others, key=lambda c: (c.score, -c.page, -c.y_ratio))
        ranked = [(c.value, c.score, c) for c in others]
        chosen["payment_information.payment_reference"] = (best.value, _confidence(best, ranked, best.value), best)


def _paid_numbers(chosen: dict[str, Any]) -> set[str]:
    """The numbers of the invoices a remittance pays, as chosen so far."""
    return {str(value[0]) for path, value in chosen.items() if path.startswith("invoice_ids.")}


def _advice_number(candidates: CandidateSet, chosen: dict[str, Any], patterns: PatternSet) -> Candidate | None:
    """A payer's letter numbered by a bare number label in its upper half ("Nomor: PP-2303-529", "No.:
    4471"; [references] advice_number_labels) that names none of the invoices it pays: the advice's own
    number, the payment's reference when nothing else names one."""
    paid = _paid_numbers(chosen)
    layout = candidates.layout
    if not layout.pages:
        return None
    page = layout.pages[0]
    for segment in page.segments:
        if segment.bbox[1] > page.height / 2 or ":" not in segment.text:
            continue
        label, _, value = segment.text.partition(":")
        if not patterns.advice_number_labels.is_whole(label.strip(" .#")):
            continue
        value = value.strip()
        if not value and segment.right is not None:
            value = segment.right.text.strip()
        if value and " " not in value and any(ch.isdigit() for ch in value) and not _names_invoices(value, paid) \
                and not find_dates(value):
            return Candidate("payment_information.payment_reference", value, value, segment.page, segment.bbox,
                             "inline", label="advice_number", label_text=label.strip(), label_weight=0.75,
                             segment=segment)
    return None


# A number in a subject: letters, digits and joiners, with a digit ("OP-2023-149", "59/24", "PR25020735").
_SUBJECT_NUMBER = regex.compile(r"(?<![\w/\-])(?=[\p{L}\d/\-.]*\d)[\p{L}\d][\p{L}\d/\-.]*(?<![.\-/])(?![\w/\-])")
MIN_SUBJECT_NUMBER = 3  # characters: "Nr. 7" is too little to be a payment's number


def _subject_number(candidates: CandidateSet, chosen: dict[str, Any], patterns: PatternSet) -> Candidate | None:
    """The number an e-mail's or a letter's subject gives the advice ("Predmet: Plaćanje računa -
    obavijest OP-2023-149", "Tema: Mokėjimo pranešimas Nr. 59/24"): its last number that is no date, no
    sum of money and none of the invoices paid; the payment's reference when nothing else names one."""
    paid = _paid_numbers(chosen)
    layout = candidates.layout
    if not layout.pages:
        return None
    page = layout.pages[0]
    for line in page.lines:
        for segment in line:
            opens_at = subject_start(line, segment, patterns)
            if opens_at is None or segment.bbox[1] > page.height / 2:
                continue
            subject = segment.text[opens_at:]
            numbers = [m for m in _SUBJECT_NUMBER.finditer(subject)
                       if len(m.group(0)) >= MIN_SUBJECT_NUMBER and not find_dates(m.group(0))
                       and not _names_invoices(m.group(0), paid)
                       and not any(a.amount.has_decimals for a in find_amounts(m.group(0), None))]
            if numbers:
                value = numbers[-1].group(0)
                start = opens_at + numbers[-1].start()
                return Candidate("payment_information.payment_reference", value, value, segment.page,
                                 segment.char_bbox(start, start + len(value)), "inline", label="subject_number",
                                 label_text=segment.text[:opens_at].strip(), label_weight=0.7, segment=segment)
    return None


_PAYEE_ACCOUNT_LABEL = regex.compile(r"(?i)^(?:your\s+)?(?:account|acct|a/c)\b")


def _account_in_payee_block(layout: Layout, chosen: dict[str, Any]) -> None:
    """An account number printed in the payee's block of a payer's advice ("Merchant | Sitara Trading
    Co. | Shop 25, ... | Lahore | Account No: MRC-57003" on a courier's COD statement), or on a line that
    names the payee, is the payee's account in the payer's books, not the payer's number with the payee
    ("Our account no." and a "Customer no." label say so and stay)."""
    account, payee = chosen.get("customer_information.customer_id"), chosen.get("vendor_information.vendor_name")
    if account is None or payee is None or "vendor_information.vendor_id" in chosen:
        return
    number, name = account[2], payee[2]
    if number is None or name is None or number.segment is None or name.segment is None \
            or not timed(_PAYEE_ACCOUNT_LABEL.match, number.label_text or ""):
        return
    value = str(account[0])
    if value.isdigit() and len(value) >= BANK_ACCOUNT_MIN_DIGITS or any(
            item[0] == account[0] for path, item in chosen.items() if path.startswith("invoice_ids.")):
        return  # the payee's bank account ("Account number | 437606214968"), or the bill paid ("Account: INV-32510")
    # ... or on a line that names the payee ("Dear Shahi Crafts (Account CUST-82632),")
    names_payee = str(payee[0]).casefold() in number.segment.text.casefold()
    if not names_payee and (number.segment.page != name.segment.page
                            or not _in_one_block(layout, name.segment, number.segment)):
        return
    del chosen["customer_information.customer_id"]
    chosen["vendor_information.vendor_id"] = account


def _in_one_block(layout: Layout, top: Segment, below: Segment) -> bool:
    """`below` stands in the block that `top` opens: its lines start where `top` starts, one under
    the other, none apart by more than a line's gap."""
    if below.line_index <= top.line_index:
        return False
    page = layout.pages[top.page - 1]
    height = max(top.height, 1.0)
    previous = top
    for line in page.lines[top.line_index + 1:below.line_index + 1]:
        segment = next((s for s in line if abs(s.bbox[0] - top.bbox[0]) < height), None)
        if segment is None or segment.bbox[1] - previous.bbox[3] > BLOCK_LINE_GAP_HEIGHTS * height:
            return False
        previous = segment
    return below in page.lines[below.line_index]


BANK_ACCOUNT_MIN_DIGITS = 9  # a number of nine digits or more, digits only, is a bank account's
BLOCK_LINE_GAP_HEIGHTS = 1.0  # lines of one block stand at most a line's height apart


def _names_invoices(reference: str, paid: set[str]) -> bool:
    """The reference is one or several of the paid invoices' numbers."""
    return bool(paid) and all(word in paid for word in reference.split())


def _print_reference_as_printed(candidates: CandidateSet, patterns: PatternSet, chosen: dict[str, Any]) -> None:
    """A payment reference is reported as the bank printed it: the reference number with the method
    code written directly before it ("CHQ 945345", "Check #98551", "UTR AAYR52..."), and nothing of
    the sentence after it ("2678342449) pour les factures suivantes" gives "2678342449")."""
    item = chosen.get("payment_information.payment_reference")
    if item is None or item[2] is None or item[2].segment is None:
        return
    value, confidence, candidate = item
    segment = candidate.segment
    start = segment.text.find(candidate.text)
    if start < 0:
        return
    number = next((m for m in _REFERENCE_TOKEN.finditer(candidate.text) if any(ch.isdigit() for ch in m.group(0))),
                  None)
    if number is None:
        return
    number_start, number_end = start + number.start(), start + number.end()
    printed_start = number_start
    if timed(_CAPITALS_BEFORE_NUMBER.fullmatch, candidate.text[:number.start()]):
        printed_start = start  # a payer's run name in capitals is part of it: "PAYRUN 552", "NORTHWIND PAY 0428"
    before = segment.text[:number_start]
    codes = patterns.payment_method_codes.find(before)
    if codes and _CODE_TO_NUMBER.match(before[codes[-1][1]:]):
        printed_start = codes[-1][0]
    printed = segment.text[printed_start:number_end]
    if printed_start == number_start and not segment.text[:number_start].strip() and candidate.method == "below":
        # A sentence broke the line between the code and the number ("... reference ACH" / "8837441550").
        line = candidates.layout.pages[segment.page - 1].lines[segment.line_index - 1] if segment.line_index else []
        above = line[-1].text.rstrip() if line else ""
        codes = patterns.payment_method_codes.find(above)
        if codes and codes[-1][1] == len(above):
            printed = f"{above[codes[-1][0]:]} {printed}"
    if printed != value:
        chosen["payment_information.payment_reference"] = (printed, confidence, candidate)


# Money received before the amount due ("Acompte reçu -10 958,22", "Less payments"): what is left
# to pay is not the document's total, unlike what is left after a discount.
_PREPAID = regex.compile(r"(?i)\b(?:paid|payments?|deposit|acomptes?|voorschot|anzahlung|anticipo|réglé|betaald|"
                         r"bezahlt|pagado|received|reçu|ontvangen|erhaltene)\b")
# A tax the payer withholds ("Less: Withholding Tax 254.12") leaves the invoice's total as it is: the
# payer remits it to the tax office instead of the vendor.
_WITHHELD = regex.compile(r"(?i)withholding|\bwht\b|retenci[oó]n|retenção|ritenuta|quellensteuer|retenue")


def _apply_discount_below(candidates: CandidateSet, chosen: dict[str, Any]) -> None:
    """A discount printed under the total ("TOTAL 10.00", "DISCOUNT -1.00", "NET TOTAL 9.00"): the
    amount due is the total printed below it that equals the total less the discount."""
    total = chosen.get("financial_data.total_amount")
    if total is None or total[2] is None or total[2].segment is None:
        return
    total_order = total[2].segment.order
    discounts = [c for c in candidates.decoys if c.label == "decoy_amount" and c.value and c.has_decimals
                 and c.segment is not None and c.segment.order > total_order
                 and not _PREPAID.search(c.label_text or "") and not timed(_WITHHELD.search, c.label_text or "")]
    for discount in discounts:
        target = total[0] - abs(discount.value)
        match = next((c for c in candidates.get("financial_data.total_amount")
                      if c.value == target and c.has_decimals and c.segment is not None
                      and c.segment.order > discount.segment.order), None)  # type: ignore[union-attr]
        if match is not None and target > 0:
            chosen["financial_data.total_amount"] = (target, total[1], match)
            return


def _apply_rounding(candidates: CandidateSet, chosen: dict[str, Any]) -> None:
    """A cash total is often rounded ("Rounding adj -0.01"); the amount due is then the rounded one,
    printed below the rounding line ("ROUNDING RM 177.20" under "TOTAL 177.22"). When the chosen total
    stands above such a line, take the rounded amount: total +/- the adjustment printed below it, or
    an amount on a rounding line within 0.10 of the total."""
    total = chosen.get("financial_data.total_amount")
    if total is None or total[2] is None or total[2].segment is None:
        return
    total_order = total[2].segment.order
    roundings = [c for c in candidates.decoys if c.label == "decoy_rounding" and c.value
                 and c.segment is not None and c.segment.order > total_order]
    for rounding in roundings:
        if abs(rounding.value) >= 1:
            if rounding.value != total[0] and abs(rounding.value - total[0]) <= Decimal("0.10"):
                chosen["financial_data.total_amount"] = (rounding.value, total[1], rounding)
                return
            continue
        below = [c for c in (*candidates.amounts, *candidates.decoys)
                 if c.segment is not None and c.segment.order > rounding.segment.order and c.has_decimals]  # type: ignore[union-attr]
        for target in (total[0] + rounding.value, total[0] - rounding.value):
            match = next((c for c in below if c.value == target), None)
            if match is not None:
                chosen["financial_data.total_amount"] = (target, total[1], match)
                return


def _tendered_less_change(candidates: CandidateSet) -> set[Decimal]:
    """What the till says was paid: each amount tendered less the change printed below it."""
    tendered = [c for c in candidates.decoys if c.label == "decoy_tendered" and c.value and c.value > 0
                and c.segment is not None]
    change = [c for c in candidates.decoys if c.label == "decoy_change" and c.value is not None and c.value >= 0
              and c.segment is not None]
    return {cash.value - given.value for cash in tendered for given in change
            if given.segment.order > cash.segment.order and cash.value > given.value}  # type: ignore[union-attr]


# A tax summary's rows are checked by their own arithmetic, but nothing labels their sum the tax.
TAX_SUMMARY_CONFIDENCE = 0.7


def _summary_candidate(summary: TaxSummary, path: str = "financial_data.tax_amount") -> Candidate:
    """The tax (or net) a tax summary adds up to, with its rows as the provenance."""
    first = summary.rows[0]
    return Candidate(field=path, value=summary.tax if path == "financial_data.tax_amount" else summary.net,
                     text=" / ".join(row.text for row in summary.rows), page=first.page,
                     bbox=union_bbox(row.bbox for row in summary.rows), method="tax_summary",
                     label="tax_summary", segment=first)


def _net_after_tax(candidates: CandidateSet) -> Candidate | None:
    """A "net amount" printed below the tax lines, larger than the taxes together ("GROSS AMT 47.80",
    "SVR TAX 2.87", "GST (6%) 2.86", "NET AMT 53.55"): the amount after tax, the document's total
    when nothing is labelled a total. A net before tax is printed above the tax it is taxed by."""
    taxes = [c for c in candidates.get("financial_data.tax_amount") if c.segment is not None and c.value]
    if not taxes:
        return None
    tax_sum = sum({c.value for c in taxes}, Decimal(0))
    lowest_tax = max((c.page, c.segment.bbox[3]) for c in taxes)
    below = [c for c in candidates.get("financial_data.net_amount")
             if c.segment is not None and c.has_decimals and c.value > tax_sum
             and (c.page, c.segment.bbox[1]) > lowest_tax]
    return min(below, key=lambda c: (c.page, c.segment.bbox[1])) if below else None


def _paid_at_till(candidates: CandidateSet) -> Candidate | None:
    """At a till, what was paid is the money tendered less the change given ("CASH 100.00",
    "CHANGE 71.30": 28.70), when the document prints that amount elsewhere (its subtotal)."""
    tendered = [c for c in candidates.decoys if c.label == "decoy_tendered" and c.value and c.value > 0]
    change = [c for c in candidates.decoys if c.label == "decoy_change" and c.value is not None and c.value >= 0]
    for cash in tendered:
        for given in change:
            paid = cash.value - given.value
            if paid <= 0:
                continue
            printed = [c for c in (*candidates.amounts, *candidates.get("financial_data.net_amount"))
                       if c.value == paid and c.has_decimals]
            if printed:
                return min(printed, key=lambda c: c.segment.order if c.segment else 0)
    return None


def _amount_bonus(candidate: Candidate, path: str) -> float:
    bonus = 0.0 if candidate.has_decimals else -0.25
    if path == "financial_data.total_amount":
        # Totals sit low on the page and are often the largest type; multi-word labels
        # ("Total amount due") are more specific than a bare "Total".
        bonus += 0.02 * candidate.y_ratio + (0.03 if candidate.label_text and " " in candidate.label_text.strip() else 0)
        bonus += 0.03 if candidate.font_ratio > 1.1 else 0.0
    return bonus


# The most a tax can be of the net it is charged on (VAT, GST and sales tax rates stay below this).
MAX_TAX_SHARE = Decimal("0.3")
TOTALS_ROW_CONFIDENCE = 0.6


def _totals_row(candidates: CandidateSet) -> dict[str, Any]:
    """Net, tax and total from a line whose last three amounts add up, a + b = c with b at most 30%
    of a, and c the largest amount of the document ("Razem  3 657,25  841,17  4 498,42" under
    headings in a language the label lists do not cover). The sum and the size are what make it
    the totals row, whatever its words; used only when no labelled total was found."""
    amounts = [c for c in candidates.amounts if c.has_decimals and c.segment is not None]
    if len(amounts) < 3:
        return {}
    largest = max(c.value for c in amounts)
    by_line: dict[tuple[int, int], list[Candidate]] = defaultdict(list)
    for candidate in amounts:
        by_line[(candidate.page, candidate.segment.line_index)].append(candidate)  # type: ignore[union-attr]
    for key in sorted(by_line, reverse=True):  # the lowest line first: totals close a document
        row = _adding_up(by_line[key])
        if row and row["financial_data.total_amount"][0] == largest:
            return row
    return {}


def _adding_up(line_amounts: list[Candidate]) -> dict[str, Any]:
    """Net, tax and total from one line whose last amount is the sum of two before it (a + b = c, b
    at most 30% of a; other columns between them, a duty of 0.00, are passed over; of several pairs
    the one nearest the total); empty otherwise."""
    row = sorted(line_amounts, key=lambda c: c.bbox[0])
    if len(row) < 3:
        return {}
    total = row[-1]
    for j in range(len(row) - 2, 0, -1):
        tax = row[j]
        for net in reversed(row[:j]):
            if 0 < tax.value <= MAX_TAX_SHARE * net.value and \
                    abs(net.value + tax.value - total.value) <= Decimal("0.011"):
                return {"financial_data.total_amount": (total.value, TOTALS_ROW_CONFIDENCE, total),
                        "financial_data.net_amount": (net.value, TOTALS_ROW_CONFIDENCE, net),
                        "financial_data.tax_amount": (tax.value, TOTALS_ROW_CONFIDENCE, tax)}
    return {}


def _total_line_adding_up(candidates: CandidateSet, chosen: dict[str, Any], document_type: str) -> None:
    """A total label whose line goes on with the net, the tax and the total ("Всего к оплате  35 567,20
    X  6 620,29  42 187,49", "Total  1,000.00  200.00  1,200.00"): the first figure after the label is
    the net, and the three figures that add up are the row's net, tax and total; without one, another
    row that adds up to the total (a till's VAT table) gives the net and tax. Nets or taxes that
    labels gave and that disagree keep the row out. A statement's ageing buckets and a remittance's
    invoice columns add up too, and are no net and tax."""
    if document_type in ("statement", "remittance_advice"):
        return
    total = chosen.get("financial_data.total_amount")
    if total is None or total[2] is None or total[2].segment is None:
        return
    segment = total[2].segment
    by_line: dict[tuple[int, int], list[Candidate]] = defaultdict(list)
    for candidate in candidates.amounts:
        if candidate.has_decimals and candidate.segment is not None:
            by_line[(candidate.page, candidate.segment.line_index)].append(candidate)
    row = _adding_up(by_line.get((segment.page, segment.line_index), []))
    if not row:
        if "financial_data.net_amount" in chosen and "financial_data.tax_amount" in chosen:
            return
        # Elsewhere, a row that adds up to this total ("TOTAL  29,38  1,62  31,00" closing a till's
        # VAT table under "TOTAL TTC 31,00") gives the net and the tax the labels did not.
        for key in sorted(by_line, reverse=True):
            row = _adding_up(by_line[key])
            if row and row["financial_data.total_amount"][0] == total[0]:
                row = {path: item for path, item in row.items() if path != "financial_data.total_amount"}
                break
        else:
            return
    for path in ("financial_data.net_amount", "financial_data.tax_amount"):
        if path in chosen and chosen[path][0] != row[path][0]:
            return
    for path, item in row.items():
        if path not in chosen or chosen[path][0] != item[0]:
            chosen[path] = item


SECOND_CURRENCY_PENALTY = 0.3


def _second_currency_down(candidates: CandidateSet, best: dict[Decimal, tuple[float, Candidate]]) -> None:
    """Totals printed again in a second currency ("Ukupno EUR 5 720,44" then "Ukupno HRK 43 100,68", a
    dual display; "Total in GBP (for information)"): the currency named first is the document's, and
    the figures whose line names another rank below its own."""
    named: dict[Decimal, str] = {}
    for value, (_score, candidate) in best.items():
        code = candidate.currency
        if code is None:
            label_at = _label_segment(candidates, candidate)
            found = find_currency(label_at.text) if label_at is not None else []
            code = found[0].code if found else None
        if code is not None:
            named[value] = code
    if len(set(named.values())) < 2:
        return
    first = min(named, key=lambda value: (best[value][1].page, best[value][1].bbox[1]))
    for value, code in named.items():
        if code != named[first]:
            best[value] = (best[value][0] - SECOND_CURRENCY_PENALTY, best[value][1])


def _subtotal_before_charges(candidates: CandidateSet, chosen: dict[str, Any]) -> bool:
    """Whether the net is a subtotal with charges printed between it and the total ("Subtotal 59.40 /
    Freight 3,152.53 / Insurance 15.07 / Invoice Total 3,227.00"): the amount before tax is then the goods
    and the charges, which the document does not print, so the subtotal is not the net. Only when net
    and tax do not add up to the total."""
    net, total = chosen.get("financial_data.net_amount"), chosen.get("financial_data.total_amount")
    if net is None or total is None or net[0] is None or total[0] is None or net[2] is None or total[2] is None:
        return False
    tax = chosen.get("financial_data.tax_amount")
    tax_value = tax[0] if tax is not None and tax[0] is not None else 0
    if abs(Decimal(str(net[0])) + Decimal(str(tax_value)) - Decimal(str(total[0]))) <= Decimal("0.011"):
        return False
    above, below = net[2], total[2]
    if above.page != below.page or above.bbox[1] >= below.bbox[1]:
        return False
    return any(decoy.label == "decoy_charge" and decoy.page == above.page
               and above.bbox[1] < decoy.bbox[1] < below.bbox[1] for decoy in candidates.decoys)


def _complete_by_difference(candidates: CandidateSet, chosen: dict[str, Any]) -> list[str]:
    """The net that the labels did not give, when the total and the tax are known and their
    difference is printed on the page ("Jumla kabla ya kodi ... 1 000,00" under a label the lists do
    not hold): the printed figure nearest the total is taken, never the difference itself (a value
    is read, not made up). Only the net: what lies between a net and a total is not always the tax
    (a fuel surcharge, a second tax such as Brazil's IPI), while a total less its tax is the net.
    Runs after the cross-field checks, so that a sum that adds up by construction confirms nothing;
    the value's basis says how it was found ("+difference")."""
    difference = _total_less_tax(chosen)
    return ["financial_data.net_amount"] if difference is not None and _net_printed(candidates, chosen, difference) \
        else []


def _net_as_lines_sum(candidates: CandidateSet, chosen: dict[str, Any]) -> None:
    """The net no label gave, when the lines add up to the total less its tax ("Daily max rate
    ........ $29.00", "Parking tax ........ $5.22", "TOTAL PAID ........ $34.22"): three figures read
    apart agree, and the net is the printed figure of that sum nearest the total."""
    difference = _total_less_tax(chosen)
    amounts = [item[0] for path, item in chosen.items() if path.startswith("line_items.") and path.endswith(".amount")]
    if difference is None or not amounts or any(not isinstance(amount, Decimal) for amount in amounts) \
            or abs(sum(amounts, Decimal(0)) - difference) > Decimal("0.005"):
        return
    _net_printed(candidates, chosen, difference)


def _total_less_tax(chosen: dict[str, Any]) -> Decimal | None:
    """The total less its tax, when both are known, no net is, and the tax is a small share of the
    net it is charged on."""
    total, tax = chosen.get("financial_data.total_amount"), chosen.get("financial_data.tax_amount")
    if total is None or tax is None or "financial_data.net_amount" in chosen or total[0] is None or \
            tax[0] is None or not 0 < tax[0] < total[0]:
        return None
    difference = total[0] - tax[0]
    return None if tax[0] > MAX_TAX_SHARE * difference else difference


def _net_printed(candidates: CandidateSet, chosen: dict[str, Any], net: Decimal) -> bool:
    """Take as the net the printed figure of that value nearest the total (a value is read, not made
    up); whether one is printed."""
    total, tax = chosen["financial_data.total_amount"], chosen["financial_data.tax_amount"]
    printed = [c for c in candidates.amounts if abs(c.value - net) <= Decimal("0.005") and c.has_decimals]
    if not printed:
        return False
    anchor = total[2].segment if total[2] is not None else None

    def distance(candidate: Candidate) -> tuple[int, int]:
        if anchor is None or candidate.segment is None:
            return (1, 0)
        return (int(candidate.page != anchor.page), abs(candidate.segment.line_index - anchor.line_index))

    found = min(printed, key=distance)
    chosen["financial_data.net_amount"] = (found.value, DIFFERENCE_CONFIDENCE * min(total[1], tax[1]), found)
    return True


def _fallback_total(candidates: CandidateSet) -> Candidate | None:
    pool = [c for c in candidates.amounts if c.has_decimals and c.y_ratio > 0.3]
    return max(pool, key=lambda c: (c.value, c.y_ratio), default=None)


def _confidence(candidate: Candidate, pool: list[tuple[Any, float, Candidate]], value: Any) -> float:
    confidence = LABELLED_CONFIDENCE[candidate.method] * (0.85 + 0.15 * candidate.ocr_confidence)
    rivals = [score for other, score, _ in pool if other != value]
    mine = next((score for other, score, _ in pool if other == value), 0.0)
    if rivals and max(rivals) > mine - 0.1:
        confidence *= 0.8
    if getattr(candidate, "ambiguous", False):
        confidence *= 0.9
    return confidence


_TAXES_INCLUDED = regex.compile(r"(?i)\b(?:incl|inkl|including|inclusive|inclusief|incluido|incluse?|ttc)\b")


def _outside_prose(pool: list[Candidate], candidates: CandidateSet | None = None) -> list[Candidate]:
    """The candidates not read from a sentence, when there are any. A letter's sentences name other
    documents ("Re: Invoice No. RE2433725 dated December 18, 2024", "Bezug: Rechnung Nr. RE2374703
    vom 19. September 2023" under a debit note's own "Debit Note No." and "Date"); the document's
    own number and date stand in its header. A line that opens with the document's number label is
    that header however many words it has ("Счет на оплату № ТД-001134 от 15 февраля 2024 г."), unless
    it runs on as a sentence ("Invoice 2023-8186 dated 23 October 2023 was paid 120 days after ...")."""
    titles = set()
    if candidates is not None:
        titles = {id(segment) for segment, hit in candidates.label_hits
                  if hit.start == 0 and hit.kind.field == "invoice_ids" and len(segment.text) <= TITLE_LINE_CHARS}
    plain = [c for c in pool if c.segment is None or id(c.segment) in titles or not _is_prose(c.segment.text)]
    return plain or pool


# What a receipt says it received money for, right before an invoice's number.
_PAYMENT_FOR = regex.compile(r"(?i)\b(?:payment\s+(?:of|for)|in\s+settlement\s+of|against|towards)\s*$")


def _paid_invoice(candidates: CandidateSet, candidate: Candidate) -> bool:
    """Whether an invoice number's label follows words saying it was paid ("being payment of")."""
    label_at = _label_segment(candidates, candidate)
    if label_at is None or not candidate.label_text:
        return False
    line = candidates.layout.pages[label_at.page - 1].lines[label_at.line_index]
    start = label_at.text.casefold().find(candidate.label_text.casefold())
    before = " ".join([*(s.text for s in line if s.bbox[0] < label_at.bbox[0]), label_at.text[:max(start, 0)]])
    return bool(timed(_PAYMENT_FOR.search, before))


def _under_reference_label(candidates: CandidateSet, candidate: Candidate) -> bool:
    """Whether an invoice number's label stands right of a reference label of a form's row ("Bezug |
    Rechnung Nr. 202503076 vom"): the row names another document, the one referred to."""
    label_at = _label_segment(candidates, candidate)
    if label_at is None or candidate.method != "inline":
        return False
    line = candidates.layout.pages[label_at.page - 1].lines[label_at.line_index]
    left = [s for s in line if s.bbox[2] <= label_at.bbox[0]]
    if not left:
        return False
    hits = [hit for segment, hit in candidates.label_hits if segment.order == left[-1].order and hit.kind.is_decoy]
    text = left[-1].text.strip(" :")
    return bool(hits) and sum(hit.end - hit.start for hit in hits) >= 0.8 * len(text)


def _under_an_authorisation(candidates: CandidateSet, candidate: Candidate) -> bool:
    """Whether a due date's label stands right under the line of a number the tax authority issued
    ("CAE Nº 98841023382 Serie A del 1 al 200000" over "Fecha de vencimiento: 31/12/2025"): the
    date is when that authorisation runs out, not when the invoice falls due."""
    label_at = _label_segment(candidates, candidate)
    if label_at is None or label_at.line_index == 0:
        return False
    above = candidates.layout.pages[label_at.page - 1].lines[label_at.line_index - 1]
    height = max(label_at.height, 1.0)
    if above[0].bbox[1] < label_at.bbox[1] - 2.5 * height:
        return False
    return any(timed(_AUTHORISATION.match, segment.text) and abs(segment.bbox[0] - label_at.bbox[0]) < 2 * height
               for segment in above)


# The numbers a Latin American tax authority gives a range of invoices: Uruguay's and Argentina's CAE,
# Honduras' CAI, Paraguay's timbrado, a DIAN or SUNAT resolution.
_AUTHORISATION = regex.compile(r"(?i)\s*(?:CAEA?|CAI|timbrado|autorizaci[oó]n|resoluci[oó]n)\b")


def _once_printed(pool: list[Candidate]) -> list[Candidate]:
    """The candidates whose label the document prints with one value only, when there are any: a
    label repeated with other values ("Check # 316503", "Check # 580151" on a deposit report, one per
    cheque) names a row's number, not the document's ("Deposit ID: 7051083292")."""
    values: dict[str, set[Any]] = {}
    for candidate in pool:
        values.setdefault((candidate.label_text or "").casefold(), set()).add(candidate.value)
    once = [c for c in pool if len(values[(c.label_text or "").casefold()]) == 1]
    return once or pool


# A VAT registration label ("VAT No", "VAT Reg. No.") as against a general taxpayer number's ("TIN").
_VAT_LABEL = regex.compile(r"(?i)\b(?:vat|gst|sst|ust|mwst|tva|btw|iva|moms|mva|alv|áfa|kdv|ppn|pdv|ндс|ддс|пдв|dph|ddv)\b")


def _vat_number_beside_tin(pool: list[Candidate]) -> list[Candidate]:
    """A seller's TIN and its VAT number printed side by side on one line ("TIN: 2000891981   VAT No:
    224114329", "TIN: 0004908746   VAT Reg. No.: 40502107"): the VAT number is the one a VAT invoice
    identifies the seller by; the TIN's candidate from that line leaves the pool."""
    vat = [c for c in pool if c.segment is not None and c.method == "inline" and _VAT_LABEL.search(c.label_text or "")]
    if not vat:
        return pool
    lines = {(c.page, c.segment.line_index) for c in vat if c.segment is not None}
    chosen = {id(c) for c in vat}  # (by identity: a Candidate compares by all its fields)
    kept = [c for c in pool if id(c) in chosen or c.segment is None or c.method != "inline"
            or (c.page, c.segment.line_index) not in lines]
    return kept or pool


# Two dates joined as a range ("19 Nov 2023 – 2 Dec 2023", "01.07.2024 bis 31.07.2024").
_DATE_RANGE_JOINER = regex.compile(r"^\s*(?:[-–—]|to|bis|au|al|tot|hadi|through|thru)\s*$", regex.IGNORECASE)


def _bounds_a_period(candidate: Candidate) -> bool:
    """A date that opens or closes a range of two dates on its line."""
    segment = candidate.segment
    if segment is None:
        return False
    found = find_dates(segment.text)
    for first, second in zip(found, found[1:], strict=False):
        if timed(_DATE_RANGE_JOINER.match, segment.text[first.end:second.start]) and (
                first.value == candidate.value or second.value == candidate.value):
            return True
    return False


def _under_a_column_heading(candidates: CandidateSet, candidate: Candidate, patterns: PatternSet,
                            date_heading: bool = False) -> bool:
    """Whether a value read under its label stands under one heading of a table's row of headings
    ("Documento | Tipo | Fecha emisión | Vencimiento | Importe" over an invoice's row); with
    `date_heading`, a heading that names a table's date column ("Παραστατικό | Ημ/νία | Αξία | Πληρωτέο")."""
    if candidate.method != "below" or candidate.segment is None or not candidate.label_text:
        return False
    lines = candidates.layout.pages[candidate.page - 1].lines
    label = candidate.label_text.casefold()
    for line in lines[max(0, candidate.segment.line_index - 2):candidate.segment.line_index]:
        headings = [s for s in line if columns_in(s, patterns)]
        money = any(kind in MONEY_HEADINGS for s in headings for _, _, kind in columns_in(s, patterns))
        if date_heading and not any(kind == "invoice" for s in headings for _, _, kind in columns_in(s, patterns)):
            continue  # (a date column dates invoices only in a table of them)
        if date_heading and not _date_column_goes_on(lines, candidate):
            continue  # ("Advice Date | EFT Ref | Date Paid | Total Paid" over one row of values: a form's row)
        # (a rate in a heading is no figure: "Παρακράτηση φόρου 20%")
        figures = any(ch.isdigit() for s in line for ch in _RATE_IN_HEADING.sub("", s.text))
        if len(headings) >= COLUMN_HEADINGS_MIN - 1 and money and not figures and any(
                label in s.text.casefold() and s.bbox[0] < candidate.segment.bbox[2]
                and candidate.segment.bbox[0] < s.bbox[2]
                and (not date_heading or any(kind == "date" for _, _, kind in columns_in(s, patterns))) for s in line):
            # (a row of headings names table columns and holds no figure; "Status | Payment Sent |
            # Lockhart & Delgado Group LLC" is a form's row)
            return True
    return False


def _date_column_goes_on(lines: list[list[Any]], candidate: Candidate) -> bool:
    """Whether another date stands under the candidate's, in its column: a table's rows, not a form's one."""
    assert candidate.segment is not None
    box = candidate.segment.bbox
    following = lines[candidate.segment.line_index + 1:candidate.segment.line_index + 3]
    return any(min(s.bbox[2], box[2]) > max(s.bbox[0], box[0]) and find_dates(s.text) for line in following for s in line)


COLUMN_HEADINGS_MIN = 4
_RATE_IN_HEADING = regex.compile(r"\d+(?:[.,]\d+)?\s*%")
# (a table of invoices names what each is worth; a form's row of labels, "Date of Advice | EFT Ref |
# Payment Date | Payment Method", names none)
MONEY_HEADINGS = frozenset({"amount", "gross", "deduction"})


def _transfer_reference_first(pool: list[Candidate]) -> list[Candidate]:
    """A letter's own reference ("Our ref: CM33039306") and the transfer's, named in the sentence that
    says the payment was made ("Payment of £1,007.96 was made by BACS on 10/03/2025 ..., reference
    BACS65226909"): the transfer's is the payment's reference."""
    in_sentence = [c for c in pool if c.method == "inline" and c.segment is not None
                   and len(c.segment.text.split()) >= 8 and timed(_PAYMENT_WORDS.search, c.segment.text)
                   and timed(_LETTER_REFERENCE.match, c.label_text or "") is None]
    letters = [c for c in pool if c.label_text and timed(_LETTER_REFERENCE.fullmatch, c.label_text.strip())
               or c.segment is not None and timed(_LETTER_REFERENCE.match, c.segment.text.strip())]
    if not in_sentence or not letters:
        return pool
    return [c for c in pool if c not in letters]


_LETTER_REFERENCE = regex.compile(r"(?i)(?:our|your|my)\s+ref(?:erence)?\.?")
_INVOICE_DATE_LABEL = regex.compile(r"(?i)\binv(?:oice)?\.?\s*date\b|\bdate of invoice\b|rechnungsdatum|"
                                    r"\bdate de (?:la )?facture\b|\bfecha (?:de (?:la )?)?factura\b|factuurdatum|"
                                    r"\bdata (?:da )?fatura\b")
# An issue date heading a column of the invoices paid ("Documento | Tipo | Fecha emisión | Importe")
_ISSUE_DATE_LABEL = regex.compile(r"(?i)\b(?:fecha\s+(?:de\s+)?emisi[oó]n|data\s+(?:de\s+)?emiss[aã]o|issue\s+date|"
                                  r"date\s+of\s+issue|doc(?:ument)?\.?\s+date|belegdatum|date\s+d'émission)\b")


def _choose_simple(candidates: CandidateSet, chosen: dict[str, Any], document_type: str,
                   patterns: PatternSet) -> None:
    for path in ("document_date", "payment_terms.due_date", "payment_information.payment_date",
                 "vendor_information.vendor_id", "customer_information.customer_id",
                 "payment_information.payment_reference", "vendor_information.tax_id"):
        pool = candidates.get(path)
        if not pool:
            continue
        if path == "payment_information.payment_reference":
            pool = _once_printed(pool)
            if document_type == "remittance_advice":
                pool = _transfer_reference_first(pool)
        if path == "document_date" and document_type == "remittance_advice":
            # an invoice's date in the table of invoices paid ("Invoice Date" over "February 3, 2025")
            # dates that invoice, not the advice
            pool = [c for c in pool if not (c.label_text and timed(_INVOICE_DATE_LABEL.search, c.label_text))
                    and not (c.label_text and _under_a_column_heading(
                        candidates, c, patterns, date_heading=not timed(_ISSUE_DATE_LABEL.search, c.label_text)))]
            if not pool:
                continue
        if path == "document_date" and document_type != "remittance_advice":
            pool = _outside_prose(pool, candidates)
            pool = [c for c in pool if not _dates_another_number(candidates, c)
                    and not _dated_after_a_number(c)] or pool
        inside = _inside_other_values(candidates, pool) if path == "payment_information.payment_reference" else set()
        if path == "vendor_information.tax_id":
            pool = _vat_number_beside_tin(pool)
        if path == "payment_terms.due_date":
            pool = [c for c in pool if not _under_an_authorisation(candidates, c)]
            if not pool:
                continue

        def score(candidate: Candidate, inside: set[int] = inside) -> float:
            return candidate.score - (INSIDE_OTHER_VALUE_PENALTY if id(candidate) in inside else 0.0)

        best = max(pool, key=lambda c: (score(c), -c.page, -c.y_ratio))
        ranked = [(c.value, score(c), c) for c in pool]
        chosen[path] = (best.value, _confidence(best, ranked, best.value), best)
        if path == "document_date" and document_type == "remittance_advice" and best.method == "below":
            # A payer's letter dated in its dateline ("Αθήνα, 25 Σεπτεμβρίου 2024") over a table whose
            # one row's date stands under a "Date" heading: the dateline dates the letter
            dateline = next((c for c in candidates.dates if c.page == 1 and _is_dateline(c)), None)
            if dateline is not None:
                chosen[path] = (dateline.value, min(chosen[path][1], 0.8), dateline)

    if "document_date" not in chosen:
        used = {id(item[2]) for item in chosen.values() if item[2] is not None}
        dates = [c for c in candidates.dates if id(c) not in used and c.page == 1]
        paid = chosen.get("payment_information.payment_date")
        printed = [c for c in candidates.decoys if c.label == "decoy_print_date" and c.page == 1]
        if document_type == "remittance_advice" and printed:
            # An advice that prints no date of its own but the day it was printed ("Payment Date:
            # 14/09/2023" beside "Printed: 13/09/2023") is dated by its printing.
            dates = []
            chosen["document_date"] = (printed[0].value, 0.6, printed[0])
        elif document_type == "remittance_advice" and paid is not None and paid[2] is not None:
            # An advice that prints no date of its own is dated by the payment it announces; a period's
            # bounds ("Settlement period 19 Nov 2023 – 2 Dec 2023") date no document.
            dates = [c for c in dates if not _bounds_a_period(c) and not _in_remittance_information(c, candidates.layout, patterns)]
            if not dates:
                chosen["document_date"] = (paid[0], 0.6, paid[2])
        if dates:
            # A letter's dateline ("Bologna, 11 agosto 2024") dates the letter, wherever reading order puts it.
            datelines = [c for c in dates if _is_dateline(c)]
            first = min(datelines or dates, key=lambda c: c.segment.order if c.segment else 0)
            chosen["document_date"] = (first.value, 0.6 if len({c.value for c in dates}) == 1 else 0.5, first)

    ids = candidates.get("invoice_ids")
    if ids and document_type != "remittance_advice":
        # "ticket 95663", "ticket 58111" in an invoice's item lines number its rows; a remittance
        # prints one label per invoice it pays.
        ids = _outside_prose(_once_printed(ids))
    if ids and document_type != "remittance_advice":
        # "Bezug | Rechnung Nr. 202503076 vom 22.08.2025": the invoice a correction refers to
        ids = [c for c in ids if not _under_reference_label(candidates, c)] or ids
    if ids and document_type == "receipt":
        # "being payment of  Invoice No. 1774" on a receipt names the invoice paid, not the receipt
        ids = [c for c in ids if not _paid_invoice(candidates, c)]
    if ids:
        best_score = max(c.score for c in ids)
        first = [c for c in ids if c.score >= best_score - 1e-9]
        best = min(first, key=lambda c: (c.page, c.segment.order if c.segment else 0))
        chosen["invoice_ids.0"] = (best.value, _confidence(best, [(c.value, c.score, c) for c in ids], best.value),
                                   best)

    registration = chosen.get("vendor_information.tax_id")
    only_registration = registration is not None and registration[2] is not None and \
        registration[2].label == "vendor_registration_number"
    if ("vendor_information.tax_id" not in chosen or only_registration) and candidates.tax_ids:
        # A VAT number that proves itself ("TVA FR62344953195") outranks a company registration
        # ("SIRET 34495319589307") as the tax id, as a labelled VAT number does.
        customer_ids = {c.value for c in candidates.get("customer_information.tax_id")}
        pool = [c for c in candidates.tax_ids if c.value not in customer_ids]
        if pool:
            first = min(pool, key=lambda c: (c.page, c.segment.order if c.segment else 0))
            chosen["vendor_information.tax_id"] = (first.value, registration[1] if only_registration else 0.7,
                                                   first)
    _place_vendor_tax_id(candidates, chosen, document_type)


# Another paper's number earlier on the date's line: "Permit to Use No. FP122020-457 Date Issued: 12/10/2020".
_NUMBER_BEFORE_DATE_LABEL = regex.compile(r"(?i)\b(?:no|nr|n°|nº|number|#)\.?\s*:?\s*[\w/-]*\d[\w/-]*\s+\S")


def _dated_after_a_number(candidate: Candidate) -> bool:
    """Whether a date's label follows another document's number on its line (a permit's or a
    certificate's in the small print), so that the date is that paper's, not this document's."""
    if candidate.segment is None or not candidate.label_text or candidate.method != "inline":
        return False
    label_at = candidate.segment.text.casefold().find(candidate.label_text.casefold())
    return label_at > 0 and bool(timed(_NUMBER_BEFORE_DATE_LABEL.search, candidate.segment.text[:label_at + 1]))


def _dates_another_number(candidates: CandidateSet, candidate: Candidate) -> bool:
    """Whether a date read after a number ("Договір поставки № 8/24 від 10.10.2023", "Fattura n. 123 del
    15/03/2024") dates a contract's or a proxy's number rather than the document's: "від", "от", "del"
    ("of") date the number before them, and that number's own label is a decoy."""
    if candidate.label != "document_date_after_number" or candidate.segment is None:
        return False
    hits = [hit for segment, hit in candidates.label_hits if segment is candidate.segment]
    after_number = [hit for hit in hits if hit.kind.name == "document_date_after_number"]
    if not after_number:
        return False
    date_label = max(after_number, key=lambda hit: hit.start)
    before = [hit for hit in hits if hit.end <= date_label.start and hit.kind.name != "document_date_after_number"]
    return bool(before) and max(before, key=lambda hit: hit.end).kind.is_decoy


def _inside_other_values(candidates: CandidateSet, pool: list[Candidate]) -> set[int]:
    """The ids of inline candidates whose label sits in the value of another field's label ("Payment
    method | Check #952038 mailed to your remit-to address"): the words describe that field's value;
    a line of the candidate's own field ("Payment ID | PAY493055-63") says more about it."""
    if len(pool) < 2:
        return set()
    label_only = {id(segment) for segment, hit in candidates.label_hits
                  if hit.start == 0 and len(segment.text.rstrip(" :.#")) <= hit.end}
    kinds: dict[int, set[str | None]] = defaultdict(set)
    for segment, hit in candidates.label_hits:
        kinds[id(segment)].add(hit.kind.field)
    inside = set()
    for candidate in pool:
        if candidate.method != "inline" or candidate.segment is None:
            continue
        line = candidates.layout.line_of(candidate.segment)
        position = next((i for i, s in enumerate(line) if s is candidate.segment), 0)
        if position == 0:
            continue
        left = line[position - 1]
        fields = kinds[id(left)]
        # (a party heading, "Sprzedawca:", heads the block under it, not the words to its right)
        if id(left) in label_only and candidate.field not in fields and not any(
                f is None or f.startswith("party:") for f in fields):
            inside.add(id(candidate))
    return inside


def _self_billed_tax_id(candidates: CandidateSet, chosen: dict[str, Any]) -> None:
    """On a self-billed invoice the customer writes "your VAT number" ("Ihre USt-IdNr.") for the
    supplier's, the vendor's; its own ("Unsere USt-IdNr.", its footer's) is the customer's."""
    addressed = [c for c in candidates.get("customer_information.tax_id") if c.segment is not None]
    if addressed:
        best = min(addressed, key=lambda c: c.segment.order)  # type: ignore[union-attr]
        chosen["vendor_information.tax_id"] = (best.value, 0.8, best)


def _tax_total_over_rates(candidates: CandidateSet, chosen: dict[str, Any]) -> None:
    """Tax printed per rate and then in total ("BTW 9% over 110,55 | 9,13", "BTW 21% over 35,95 | 6,24",
    "Totaal BTW | 15,37"): the document's tax is the total, the labelled amount that the others add up
    to, not the first rate's."""
    item = chosen.get("financial_data.tax_amount")
    pool = candidates.get("financial_data.tax_amount")
    if item is None or item[2] is None or len(pool) < MIN_TAX_LINES_WITH_TOTAL:
        return
    values = [Decimal(str(c.value)) for c in pool]
    for index, candidate in enumerate(pool):
        others = values[:index] + values[index + 1:]
        other_labels = {(c.label_text or "").casefold() for c in pool if c is not candidate}
        # (labelled as the total, not as one more rate: "Totaal BTW" under "BTW 9%", "BTW 21%"; and exactly
        # their sum, as "PDV 13% 38,95" is not "PDV 25% 31,06" and "PDV 5% 7,88" by a cent)
        if len(set(others)) >= 2 and sum(others) == values[index] and values[index] != Decimal(str(item[0])) \
                and values[index] not in others and all(others) \
                and (candidate.label_text or "").casefold() not in other_labels:
            chosen["financial_data.tax_amount"] = (candidate.value, item[1], candidate)
            return


MIN_TAX_LINES_WITH_TOTAL = 3  # two rates and their total


def _receipt_order_date(candidates: CandidateSet, patterns: PatternSet, chosen: dict[str, Any]) -> None:
    """A receipt that prints no date of its own is dated by its order ("Besteldatum 01/05/2024 13:04"
    over "Bezorgdatum 02/05/2024"): on an invoice that date is the buyer's order, a decoy."""
    pool = [c for c in candidates.decoys if c.field == "decoy:date" and c.label_text
            and patterns.receipt_dates.contains(c.label_text) and c.value]
    if pool:
        first = min(pool, key=lambda c: (c.page, c.segment.order if c.segment else 0))
        chosen["document_date"] = (first.value, 0.7, first)


def _receipt_number(candidates: CandidateSet, patterns: PatternSet, chosen: dict[str, Any]) -> None:
    """A receipt without a receipt number is numbered by its order, bill or check number ("Order #:
    0552", "Check #: 0688"), which on an invoice would be the buyer's order (a decoy) and on a
    remittance the cheque paying it."""
    labelled = [c for c in candidates.decoys if c.field == "decoy:id"]
    # (a restaurant's "Check #: 0688" reads elsewhere as a cheque's number, a payment reference)
    labelled += candidates.get("payment_information.payment_reference")
    pool = [c for c in labelled if c.label_text and c.value and patterns.receipt_numbers.contains(c.label_text)
            and any(ch.isdigit() for ch in str(c.value))]
    if pool:
        first = min(pool, key=lambda c: (c.page, c.segment.order if c.segment else 0))
        chosen["invoice_ids.0"] = (first.value, 0.7, first)
        return
    # A Polish fiscal printer numbers the receipt at its foot, before the till and the cashier:
    # "00456 #Kasa 4 Kasjer nr 22".
    for segment in candidates.layout.segments:
        before_till = timed(_NUMBER_BEFORE_TILL.match, segment.text.strip())
        if before_till is not None:
            chosen["invoice_ids.0"] = _number_printed_in(segment, before_till.group("number"), 0.7)
            return
    # A receipt book's leaf is numbered by the printer: "No. 4235" standing alone at the top.
    page = candidates.layout.pages[0] if candidates.layout.pages else None
    for segment in page.segments if page is not None else []:
        if segment.bbox[1] > RECEIPT_NUMBER_TOP_SHARE * page.height:
            continue
        number = timed(_NUMBER_ALONE.fullmatch, segment.text.strip())
        if number is not None:
            chosen["invoice_ids.0"] = _number_printed_in(segment, number.group("number"), 0.7)
            return


def _number_printed_in(segment: Segment, value: str, confidence: float) -> tuple[str, float, Candidate]:
    """The pick of a document number read from a segment by its own shape, with no label."""
    return value, confidence, Candidate("invoice_ids", value, value, segment.page, segment.bbox, "inline", None,
                                        segment=segment)


RECEIPT_NUMBER_TOP_SHARE = 0.3
SHAPED_NUMBER_TOP_SHARE = 0.5
SHAPED_NUMBER_CONFIDENCE = 0.7


def _shaped_number(patterns: PatternSet, candidates: CandidateSet, chosen: dict[str, Any]) -> None:
    """A document no label numbers, whose number has a shape fixed by law ([references]
    invoice_number_shapes: Taiwan's "WX-20636186"), printed alone on its line in the upper half of
    the first page."""
    if patterns.invoice_number_shapes is None or "invoice_ids.0" in chosen or not candidates.layout.pages:
        return
    page = candidates.layout.pages[0]
    for line in page.lines:
        if len(line) != 1 or line[0].bbox[1] > SHAPED_NUMBER_TOP_SHARE * page.height:
            continue
        segment = line[0]
        if timed(patterns.invoice_number_shapes.fullmatch, segment.text.strip()) is not None:
            chosen["invoice_ids.0"] = _number_printed_in(segment, segment.text.strip(), SHAPED_NUMBER_CONFIDENCE)
            return
_NUMBER_BEFORE_TILL = regex.compile(r"(?i)(?P<number>\d{3,8})\s+#\s?(?:kasa|kasjer)\b")
_NUMBER_ALONE = regex.compile(r"(?i)(?:no|nr|n°|nº|№|#)\.?\s*(?P<number>\d{2,10})")


# An invoice numbered by a series and a number printed apart ("Seria FF nr. 08496" on a Romanian
# factura, "Serie A Folio 1234" on a Mexican CFDI): the register keeps the id as both. The series is
# in capitals; an identity card's series and number ("B.I./C.I. seria TM nr. 163535", the delegate's,
# at the foot) stand lower than the header.
_SERIES_AND_NUMBER = regex.compile(r"(?i:\bseri(?:[ae]|ja))\s*[:.]?\s*(?P<series>[A-Z]{1,6})\s*[,;]?\s*"
                                   r"(?i:nr|no|n°|nº|număr|numar|numero|número|folio)\.?\s*[:#]?\s*(?P<number>\d{1,12})\b")
SERIES_TOP_SHARE = 0.5


def _series_and_number(candidates: CandidateSet, chosen: dict[str, Any]) -> None:
    current = chosen.get("invoice_ids.0")
    if not candidates.layout.pages:
        return
    page = candidates.layout.pages[0]
    for segment in page.segments:
        if "eri" not in segment.text:
            continue
        match = timed(_SERIES_AND_NUMBER.search, segment.text)
        if match is None or segment.bbox[1] > SERIES_TOP_SHARE * page.height:
            continue
        value = _series_number_as_printed(candidates, match["series"], match["number"]) or \
            f"{match['series']} {match['number']}"
        if current is not None and _without_separators(str(current[0])) not in (
                match["number"], _without_separators(value)):
            return  # a labelled invoice number of its own stands
        candidate = Candidate(field="invoice_ids", value=value, text=match.group(0), page=1,
                              bbox=segment.char_bbox(match.start(), match.end()), method="inline",
                              label="invoice_number", segment=segment)
        chosen["invoice_ids.0"] = (value, current[1] if current is not None else 0.8, candidate)
        return


def _without_separators(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def _series_number_as_printed(candidates: CandidateSet, series: str, number: str) -> str | None:
    """The series and number as the document writes them in one piece elsewhere ("Serija PRK Nr.
    0079992" over "... nurodykite sąskaitos numerį PRK-0079992."), or None."""
    joined = regex.compile(rf"(?<![\w-]){regex.escape(series)}[ \-/]?{regex.escape(number)}(?![\w-])")
    for segment in candidates.layout.segments:
        if number in segment.text:
            found = timed(joined.search, segment.text)
            if found is not None and found.group(0) != f"{series} {number}":
                return found.group(0)
    return None


CUSTOMER_BLOCK_LINES = 12  # how far below its label a customer's block (and its tax id) can reach


# Lines under the vendor's name that its block (name, address, contact lines, tax id) may take.
VENDOR_BLOCK_LINES = 6


def _another_company_s(chosen: dict[str, Any], patterns: PatternSet) -> bool:
    """Whether the chosen vendor tax id stands far below the vendor's name (or on another page) on a
    line that names a company with a registered form other than the vendor."""
    tax_id, name = chosen.get("vendor_information.tax_id"), chosen.get("vendor_information.vendor_name")
    if tax_id is None or name is None or tax_id[2] is None or name[2] is None:
        return False
    own, anchor = tax_id[2].segment, name[2].segment
    if own is None or anchor is None:
        return False
    if own.page == anchor.page and own.line_index - anchor.line_index <= 3 * VENDOR_BLOCK_LINES:
        return False
    return bool(patterns.legal_forms.find(own.text)) and str(name[0]).casefold() not in own.text.casefold()


def _tax_id_in_vendor_block(candidates: CandidateSet, chosen: dict[str, Any]) -> None:
    """A tax id printed in the block of the vendor as finally read. On a remittance advice the
    letterhead's tax id is set aside as the payer's; when the parties show the letterhead to be the
    payee's (an M-Pesa payment confirmation from the shop that was paid, "PIN: P600429750V" under
    its name), that tax id is the vendor's after all."""
    name = chosen.get("vendor_information.vendor_name")
    if name is None or name[2] is None or name[2].segment is None:
        return
    anchor = name[2].segment
    customer_ids = {c.value for c in candidates.get("customer_information.tax_id")}
    customer_id = chosen.get("customer_information.tax_id")
    if customer_id is not None:
        customer_ids.add(customer_id[0])
    below = [c for c in (*candidates.get("vendor_information.tax_id"), *candidates.tax_ids)
             if c.segment is not None and c.page == anchor.page and c.value not in customer_ids
             and 0 < c.segment.line_index - anchor.line_index <= VENDOR_BLOCK_LINES
             # (in the name's column: the block beside it is another party's, the payer's letterhead at
             # the right of a letter whose envelope window names the payee)
             and min(c.segment.bbox[2], anchor.bbox[2]) > max(c.segment.bbox[0], anchor.bbox[0])]
    if below:
        best = min(below, key=lambda c: c.segment.line_index)  # type: ignore[union-attr]
        chosen["vendor_information.tax_id"] = (best.value, 0.7, best)


# The payer a receipt book names ("Received with thanks from M/s ...") is nobody's account: a
# receipt's customer is left empty then (corpus/README.md), as its truth has it.
COUNTER_PAYER_LABELS = frozenset({"party_received_from", "party_addressee"})
CUSTOMER_BLOCK_ROWS = 6  # lines under the customer's name that its block may run to


def _tax_id_under_payer_address(chosen: dict[str, Any]) -> None:
    """On a remittance advice, a tax id right under the payer's address (an e-mail's signature:
    company / street / town / "Adószám: ...") is the payer's own, never the payee's."""
    item, address = chosen.get("vendor_information.tax_id"), chosen.get("customer_information.address")
    if item is None or address is None or item[2] is None or address[2] is None or item[2].segment is None \
            or address[2].segment is None or item[2].page != address[2].page:
        return
    # (the tax id's whole line, its label included, stands under the address: "PVM mokėtojo kodas: LT5317...")
    block, box = address[2].segment.bbox, item[2].segment.bbox
    height = max(address[2].segment.height, 1.0)
    if block[1] < box[1] <= block[3] + PAYER_ADDRESS_ROWS * height * 1.5 and min(box[2], block[2]) > max(box[0], block[0]):
        del chosen["vendor_information.tax_id"]


PAYER_ADDRESS_ROWS = 3  # lines under the payer's address its registration numbers may take


def _tax_id_out_of_customer_block(candidates: CandidateSet, chosen: dict[str, Any], payer_issued: bool = False) -> None:
    """A tax id printed in the customer's block, under its name and address ("BAOBAB SERVICES SARL" /
    "BP 5599 Douala" / "NIU : M583865788700E", a letter's unlabelled addressee), is the customer's
    when another one stands outside that block (the letterhead's, the footer's): that one is the vendor's.
    On a remittance advice (`payer_issued`) the customer's block is the payer's letterhead, and its tax
    id is never the vendor's, whether or not another one stands elsewhere."""
    item, name = chosen.get("vendor_information.tax_id"), chosen.get("customer_information.customer_name")
    if item is None or name is None or item[2] is None or name[2] is None or item[2].segment is None \
            or name[2].segment is None:
        return
    if name[2].label:
        return  # a labelled block's tax id is placed by _place_vendor_tax_id
    block = name[2].segment.bbox
    height = max(block[3] - block[1], 1.0)

    def in_rows(candidate: Candidate) -> bool:
        return candidate.page == name[2].page and block[1] < candidate.bbox[1] <= block[3] + CUSTOMER_BLOCK_ROWS * height

    def in_block(candidate: Candidate) -> bool:
        box = candidate.bbox
        return in_rows(candidate) and min(box[2], block[2]) - max(box[0], block[0]) > 0

    if not in_block(item[2]):
        return
    if payer_issued:
        payee = chosen.get("vendor_information.vendor_name")
        payee_box = payee[2].segment.bbox if payee is not None and payee[2] is not None and \
            payee[2].segment is not None and payee[2].page == item[2].page else None
        if payee_box is None or not (payee_box[1] < item[2].bbox[1] and
                                     min(payee_box[2], item[2].bbox[2]) > max(payee_box[0], item[2].bbox[0])):
            # (under the payee's name it is the payee's: "Beneficiary: Lakshmi Packaging LLP" /
            # "Supplier GSTIN: 24USIFM4857Q7ZT" below the payer's letterhead)
            del chosen["vendor_information.tax_id"]
        return
    # (one beside the block, in a column of its own on the same rows, is another party's: "Issuer" |
    # "Receiver" side by side each with its "Registration Number")
    alternatives = [c for c in (*candidates.get("vendor_information.tax_id"), *candidates.tax_ids)
                    if c.value != item[0] and not in_rows(c)
                    and c.label in (None, "vendor_tax_id", "vendor_tax_id_named", "vendor_tax_number")]
    if not alternatives:
        return  # (the block read as the customer's may be the vendor's own: "Operated by ... Pty Ltd" / "ABN ...")
    best = min(alternatives, key=lambda c: (-c.label_weight, c.page, c.segment.order if c.segment else 0))
    chosen["vendor_information.tax_id"] = (best.value, item[1] * 0.9, best)


def _place_vendor_tax_id(candidates: CandidateSet, chosen: dict[str, Any], document_type: str) -> None:
    """The vendor's tax id stands with the vendor. On a remittance advice the letterhead is the payer's,
    so a tax id above the payee's block is the customer's; elsewhere one inside the bill-to block is
    the customer's. Values keep their printed form ("GB 212 3980 65")."""
    item = chosen.get("vendor_information.tax_id")
    if item is None or item[2] is None or item[2].segment is None:
        return
    order = item[2].segment.order
    payee = [c.segment.order for key in ("party:vendor", "party:recipient", "party:addressee")
             for c in candidates.get(key) if c.segment is not None]
    # The customer's block is the column under its label: a tax id further down the vendor's column
    # (left of a "Bill to" column) stays the vendor's. An honorific ("Spett.le") heads it as well.
    own = item[2].segment.bbox
    customer_labels = [*candidates.get("party:customer"), *candidates.get("party:addressee")]
    customer = [c.segment.order for c in customer_labels if c.segment is not None
                and min(own[2], _column_right(c.segment, candidates)) - max(own[0], c.segment.bbox[0]) > 0]
    payee_labels = [c for key in ("party:vendor", "party:recipient", "party:addressee")
                    for c in candidates.get(key) if c.segment is not None]
    if document_type == "remittance_advice" and payee_labels \
            and not _in_party_column(own, payee_labels, candidates):
        # "Spett.le | Consulting Ligure Srl | ... | P.IVA 84693940581" right of the payer's letterhead:
        # the tax id in the payee's column is the vendor's, wherever reading order puts that column
        inside = [c for c in (*candidates.get("vendor_information.tax_id"), *candidates.tax_ids)
                  if c.segment is not None and _in_party_column(c.segment.bbox, payee_labels, candidates)]
        if inside:
            best = min(inside, key=lambda c: c.segment.order)  # type: ignore[union-attr]
            chosen["vendor_information.tax_id"] = item = (best.value, item[1] * 0.9, best)
            order = best.segment.order  # type: ignore[union-attr]
            payee = [order]
    if document_type == "remittance_advice" and (not payee or order < min(payee)):
        # The payer's letterhead tax id is the customer's; the payee's ("Supplier PIN: ...") stands
        # in or under the payee's block.
        customer_ids = {c.value for c in candidates.get("customer_information.tax_id")}
        alternatives = [c for c in (*candidates.get("vendor_information.tax_id"), *candidates.tax_ids)
                        if payee and c.segment is not None and c.segment.order >= min(payee)
                        and c.value not in customer_ids]
        if not alternatives:
            del chosen["vendor_information.tax_id"]
            return
        best = min(alternatives, key=lambda c: c.segment.order)  # type: ignore[union-attr]
        chosen["vendor_information.tax_id"] = (best.value, item[1] * 0.9, best)
    if document_type != "remittance_advice" and customer and order > min(customer):
        # The customer's column runs from its label to the next heading on the label's line
        # ("Emisor | Receptor | Comprobante"), or to the page's edge.
        columns = [(c.segment.bbox[0], c.segment.bbox[1], _column_right(c.segment, candidates), c.segment.bbox[3])
                   for c in customer_labels if c.segment is not None]

        def in_customer_column(bbox: tuple[float, float, float, float]) -> bool:
            # A block runs a dozen lines at most: a footer far below ("... · ICE : 1985... · IF : ...")
            # is the vendor's, whatever its width.
            return any(min(bbox[2], column[2]) - max(bbox[0], column[0]) > 0 and bbox[1] >= column[1]
                       and bbox[1] <= column[3] + CUSTOMER_BLOCK_LINES * (column[3] - column[1])
                       for column in columns)

        # Before the customer's label, or beside its column (the vendor's block left of "Spett.le").
        alternatives = [c for c in (*candidates.get("vendor_information.tax_id"), *candidates.tax_ids)
                        if c.segment is not None and (c.segment.order < min(customer)
                                                      or not in_customer_column(c.segment.bbox))]
        if alternatives:
            # A tax id, labelled or proving itself ("No 304565799 RT0001" in the tax line), before a
            # company registration ("NEQ 1143981706").
            best = min(alternatives, key=lambda c: (c.label == "vendor_registration_number", -c.label_weight,
                                                    c.segment.order))  # type: ignore[union-attr]
            chosen["vendor_information.tax_id"] = (best.value, item[1], best)
    value, confidence, candidate = chosen["vendor_information.tax_id"]
    printed = candidate.text.strip(" :.,;") if candidate is not None else value
    if printed and "".join(ch for ch in printed if ch.isalnum()).upper() == \
            "".join(ch for ch in str(value) if ch.isalnum()).upper():
        chosen["vendor_information.tax_id"] = (printed, confidence, candidate)


def _in_party_column(bbox: tuple[float, float, float, float], labels: list[Candidate],
                     candidates: CandidateSet) -> bool:
    """Whether a box stands in the column under one of the party labels, within a block's lines of it."""
    for label in labels:
        column = (label.segment.bbox[0], label.segment.bbox[1], _column_right(label.segment, candidates),
                  label.segment.bbox[3])
        if min(bbox[2], column[2]) - max(bbox[0], column[0]) > 0 and column[1] <= bbox[1] \
                <= column[3] + CUSTOMER_BLOCK_LINES * (column[3] - column[1]):
            return True
    return False


def _column_right(label: Any, candidates: CandidateSet) -> float:
    """Where a party label's column ends: at the next heading on its line ("Emisor | Receptor |
    Comprobante"), or with the name beside it when that is no heading ("買受人 | 永光貿易有限公司"); at
    the page's edge for a heading alone in the right half ("Seller ... Buyer": the buyer's column is
    the page's right side); else at the label's own end."""
    layout = candidates.layout
    if label.right is not None and label.text.strip() == label.text.strip(" :") and len(label.text.split()) <= 3:
        if not any(segment is label.right for segment, _ in candidates.label_hits):
            return float(label.right.bbox[2])
        return float(label.right.bbox[0])
    width = layout.pages[label.page - 1].width
    if label.right is None and label.bbox[0] > width / 2 and len(label.text.split()) <= 3:
        return float(width)
    return float(label.bbox[2])


_CHINESE_INVOICE_WORDS = regex.compile(r"发票|人民币|价税合计")
# Currencies written "Rs." besides the Indian rupee.
RUPEE_CURRENCIES = frozenset({"PKR", "LKR", "NPR", "MUR", "SCR"})


# "Currency | ZWG" in a document's header fields: the currency the document is made out in, whatever
# an equivalent in another one printed under the total says ("USD equivalent at 1 USD = 26.68 ZWG").
_CURRENCY_LABEL = regex.compile(r"(?i)(?:invoice\s+)?(?:currency|moneda|devise|währung|valuta|valuuta|valūta|"
                                r"валюта|waluta|měna|mena|moeda|para\s+birimi|sarafu)\s*[:.]?")
LABELLED_CURRENCY_VOTES = 3.0


def _labelled_currency(candidates: CandidateSet, segment: Any) -> bool:
    """Whether a currency code stands alone right of a "Currency" label, or after one in its segment."""
    text = segment.text.strip()
    label = timed(_CURRENCY_LABEL.match, text)
    if label is not None and len(text[label.end():].strip()) == 3:
        return True  # "Currency: ZWG"
    if len(text) != 3:
        return False
    line = candidates.layout.pages[segment.page - 1].lines[segment.line_index]
    left = [s for s in line if s.bbox[2] <= segment.bbox[0]]
    return bool(left) and timed(_CURRENCY_LABEL.fullmatch, left[-1].text.strip()) is not None


KINA_CURRENCIES = frozenset({"PGK", "ZMW", "MWK"})
# A sign two currencies write alike: the one it reads as by default, and the others it may be.
SHARED_SIGNS = {"CAD": frozenset({"NIO"}), "BOB": frozenset({"VES"})}


def _currency_ending_label(candidates: CandidateSet, candidate: Candidate) -> str | None:
    """The currency a figure's label ends with ("TOTAL A PAGAR Bs.", "Total C$", "Total EUR")."""
    label = _label_segment(candidates, candidate)
    if label is None or label is candidate.segment:
        return None
    found = find_currency(label.text)
    if found and not label.text[found[-1].end:].strip(" .:"):
        return found[-1].code
    code = timed(_ENDING_CODE.search, label.text)  # "Total / 總數 MOP": a code that is also a word, in capitals
    return code.group(1) if code is not None and code.group(1) in ISO_CURRENCY_CODES else None


_ENDING_CODE = regex.compile(r"(?<![\p{L}\d])([A-Z]{3})[\s.:]*$")
# "Motorină EURO 5", "Diesel Euro 6": an engine's emission class, no price in euro.
_EMISSION_CLASS = regex.compile(r"(?i)(?<!\p{L})euro[ \t]?[1-7](?![\d.,])")


def _choose_currency(candidates: CandidateSet, chosen: dict[str, Any]) -> None:
    votes: dict[str, float] = defaultdict(float)
    first_seen: dict[str, Candidate | None] = {}
    for path in AMOUNT_FIELDS:
        item = chosen.get(path)
        if item is not None and item[2] is not None and item[2].currency:
            votes[item[2].currency] += 3.0
            first_seen.setdefault(item[2].currency, item[2])
        elif item is not None and item[2] is not None:
            # "TOTAL A PAGAR Bs. | 35.291,20", "Total C$ | 21,742.33": the label names the figure's currency
            code = _currency_ending_label(candidates, item[2])
            if code is not None:
                votes[code] += 3.0
                first_seen.setdefault(code, item[2])
    for candidate in candidates.amounts:
        if candidate.currency and not timed(_EMISSION_CLASS.fullmatch, candidate.text or ""):
            votes[candidate.currency] += 1.0
            first_seen.setdefault(candidate.currency, candidate)
    labelled: set[str] = set()
    for code, segment in candidates.currencies:
        if code == "EUR" and timed(_EMISSION_CLASS.search, segment.text):
            continue
        if _labelled_currency(candidates, segment):
            labelled.add(code)
            votes[code] += LABELLED_CURRENCY_VOTES
        else:
            votes[code] += 0.5
        first_seen.setdefault(code, None)
    if len(labelled) == 1:
        code = next(iter(labelled))
        signs = [c for c in candidates.amounts if c.currency and c.currency != code]
        if signs and all(c.text and "$" in c.text and not any(ch.isalpha() for ch in c.text) for c in signs):
            # "Moneda: UYU" over "Total $ 45.158,77": the peso's sign is every peso's and the dollar's;
            # the currency the header names is the document's.
            for other in {c.currency for c in signs}:
                votes.pop(other, None)
    if not votes:
        home = country_currency(candidates.layout)
        if home is not None:
            chosen["financial_data.currency"] = (home, 0.55, None)
        return
    ranked = sorted(votes.items(), key=lambda kv: kv[1], reverse=True)
    code, weight = ranked[0]
    margin = weight - (ranked[1][1] if len(ranked) > 1 else 0.0)
    if code == "USD":
        # A bare "$" on a document with an ABN, an Australian address or a Canadian postcode is
        # that country's dollar.
        local = dollar_currency(candidates.layout)
        if local is not None:
            code = local
            first_seen.setdefault(code, first_seen.get("USD"))
    elif code == "MAD":
        local = dirham_currency(candidates.layout)
        first_seen.setdefault(local, first_seen.get("MAD"))
        code = local
    elif code == "JPY" and any(_CHINESE_INVOICE_WORDS.search(segment.text) for segment in candidates.layout.segments
                               if not segment.text.isascii()):
        # "¥" is the yuan's sign as much as the yen's: a Chinese invoice ("增值税普通发票", "人民币") is in yuan.
        first_seen.setdefault("CNY", first_seen.get("JPY"))
        code = "CNY"
    elif code in SHARED_SIGNS and country_currency(candidates.layout) in SHARED_SIGNS[code]:
        # "C$" is Nicaragua's córdoba as much as Canada's dollar, "Bs" Venezuela's bolívar as much as
        # Bolivia's boliviano: the country the phone numbers and address name decides.
        local = country_currency(candidates.layout)
        first_seen.setdefault(local, first_seen.get(code))
        code = local
    elif code in KINA_CURRENCIES and country_currency(candidates.layout) in KINA_CURRENCIES:
        # "K8,451.18": the kina of Papua New Guinea, or Zambia's or Malawi's kwacha, by the country
        local = country_currency(candidates.layout)
        first_seen.setdefault(local, first_seen.get(code))
        code = local
    elif code == "RON" and country_currency(candidates.layout) == "MDL":
        # "lei" is Moldova's currency (MDL) as much as Romania's: a Moldovan address or IDNO decides.
        first_seen.setdefault("MDL", first_seen.get("RON"))
        code = "MDL"
    elif code in ("XOF", "XAF"):
        # "FCFA" is either CFA franc: the country its phone numbers name decides.
        local = country_currency(candidates.layout)
        if local in ("XOF", "XAF"):
            first_seen.setdefault(local, first_seen.get(code))
            code = local
    elif code == "INR" and not any(c.text and "₹" in c.text or "INR" in (c.segment.text if c.segment else "")
                                   for c in candidates.amounts if c.currency == "INR"):
        # "Rs." is the rupee of Pakistan, Sri Lanka, Nepal, Mauritius and the Seychelles as much as India's: the country its
        # phone numbers and address name decides.
        local = country_currency(candidates.layout)
        if local in RUPEE_CURRENCIES:
            first_seen.setdefault(local, first_seen.get("INR"))
            code = local
    chosen["financial_data.currency"] = (code, 0.95 if margin >= 2 else 0.8 if margin > 0 else 0.5, first_seen[code])


def _choose_terms(candidates: CandidateSet, patterns: PatternSet, chosen: dict[str, Any]) -> None:
    """Labelled terms win; otherwise the first terms phrase anywhere ("Net 30", "2/10 Net 30")."""
    labelled = candidates.get("payment_terms.payment_terms")
    discount_texts = set()
    for segment in candidates.layout.segments:
        for start, end, kind in terms_in(segment, patterns):
            path = "payment_terms.discount_terms" if kind == "discount" else "payment_terms.payment_terms"
            text = segment.text[start:end]
            if kind == "discount":
                discount_texts.add(text)
            if path not in chosen:
                candidate = Candidate(path, text, text, segment.page, segment.char_bbox(start, end), "unlabelled",
                                      segment=segment)
                chosen[path] = (text, 0.85, candidate)
    if "payment_terms.due_date" not in chosen:
        # "Zahlungsziel: 24.02.2025": a terms label with a date is the due date.
        for candidate in labelled:
            dates = find_dates(str(candidate.value))
            if dates and _date_only(str(candidate.value), dates) and not dates[0].ambiguous:
                chosen["payment_terms.due_date"] = (dates[0].value, 0.8, candidate)
                break
    labelled = [c for c in labelled if c.value not in discount_texts and _reads_as_terms(str(c.value), patterns)]
    if labelled:
        best = max(labelled, key=lambda c: c.score)
        value = str(best.value)
        for discount in discount_texts:
            # "10 Tage netto, 2 % Skonto innert 10 Tagen": the discount is discount terms of its own.
            if discount in value and value.strip() != discount:
                value = value.replace(discount, "").strip(" ,;/-")
        if best.segment is not None and (value.strip() == best.segment.text.strip() or best.segment.text.startswith(
                value.strip()) and timed(_DATED_EVENT_END.search, value.strip())):
            # (the terms' column may run on into the next one's value: "45 days from invoice 15/08/2023")
            value = _with_wrapped_line(value, best.segment, candidates.layout, patterns)
        # "Terms: Strictly 30 days from invoice date · Please quote ...": the separator ends the terms.
        value = value.rstrip(" ·•|–")
        chosen["payment_terms.payment_terms"] = (value, 0.9, best)
    elif "payment_terms.payment_terms" not in chosen:
        # "Mode de règlement : Chèque à 30 jours": how payment is made, and within how long: the terms.
        with_days = [c for c in candidates.get("payment_information.payment_method")
                        if timed(_WITHIN_DAYS.search, str(c.value))]
        if with_days:
            best = with_days[0]
            chosen["payment_terms.payment_terms"] = (str(best.value).strip(), 0.8, best)


_WITHIN_DAYS = regex.compile(r"(?i)\b\d{1,3}\s*(?:jours|days|días|dias|tage[n]?|dagen|dage|dagar|giorni|gg|dias)\b")


# Terms that stop on one of these words were wrapped by a narrow column ("Payable in advance on the" /
# "quarter day", "Payment due within 30 days of" / "inception").
_DANGLING_WORD = regex.compile(r"(?i)\b(?:the|of|on|to|and|or|within|from|after|before|by|in|at|upon|de|du|des|la|le|"
                               r"der|die|dem|den|van|het|een|en|et|und|del|los|las|y)$")
_CONTINUING_WORD = regex.compile(r"(?:of|and|or|from|after|before|upon|following|des|du|de|der|van)\b")


def _with_wrapped_line(value: str, segment: Any, layout: Any, patterns: PatternSet) -> str:
    """A value that breaks off on a dangling word, or whose next line in the same column opens with
    one in lower case ("of inception"), with that line."""
    for below in layout.below(segment, max_lines=1, max_gap_heights=1.2):
        if abs(below.bbox[0] - segment.bbox[0]) < 2 and timed(_WRAPPED_DATE_WORD.fullmatch, below.text.strip()) \
                and timed(_DATED_EVENT_END.search, value.strip()):
            return f"{value.strip()} {below.text.strip()}"  # "45 days from invoice" / "date"
        # the next line of the same column, not another field's label
        if abs(below.bbox[0] - segment.bbox[0]) >= 2 or patterns.find_labels(below.text):
            continue
        if _DANGLING_WORD.search(value.strip()) or _CONTINUING_WORD.match(below.text.strip()):
            return f"{value.strip()} {below.text.strip()}"
    return value


_DATED_EVENT_END = regex.compile(r"(?i)\b(?:from|after|of)\s+(?:the\s+)?(?:invoice|receipt|delivery|statement)$")
_WRAPPED_DATE_WORD = regex.compile(r"(?i)date\.?")


def _date_only(text: str, dates: list[Any]) -> bool:
    return sum(m.end - m.start for m in dates) >= 0.8 * len(text.strip())


def _reads_as_terms(text: str, patterns: PatternSet) -> bool:
    """A figure ("30 days", "Net 30"), a terms phrase, or a terms word ("Due upon receipt"); a date
    alone ("Zahlungsziel: 24.02.2025") is a due date, not terms."""
    dates = find_dates(text)
    if dates and _date_only(text, dates):
        return False
    if any(ch.isdigit() for ch in text) or patterns.terms_words.contains(text):
        return True
    try:
        return patterns.terms.search(text, timeout=REGEX_TIMEOUT_S) is not None
    except TimeoutError:
        return False


def _drop_tax_postings(chosen: dict[str, Any], patterns: PatternSet) -> None:
    """Rows that post a tax ("Room Tax", "State Tax" on a hotel folio) are the document's tax, not
    its items, when the books say so: those rows add up to the tax amount and the others to the net
    (or to the total less the tax). A tax row that is a charge of its own ("City Tax" outside VAT,
    "Import VAT paid on your behalf") leaves the sums unbalanced and stays an item."""
    rows: dict[int, dict[str, Any]] = defaultdict(dict)
    for path, item in chosen.items():
        if path.startswith("line_items."):
            _, index, key = path.split(".", 2)
            rows[int(index)][key] = item
    tax = chosen.get("financial_data.tax_amount")
    if not rows or tax is None or tax[0] is None or any("amount" not in row for row in rows.values()):
        return
    taxed = {i for i, row in rows.items() if "description" in row and any(
        kind.name in ("tax", "tax_component") for _s, _e, kind in patterns.label_index.find(str(row["description"][0])))}
    if not taxed or len(taxed) == len(rows):
        return
    net = chosen.get("financial_data.net_amount")
    total = chosen.get("financial_data.total_amount")
    goods = sum((Decimal(str(rows[i]["amount"][0])) for i in rows if i not in taxed), Decimal(0))
    taxes = sum((Decimal(str(rows[i]["amount"][0])) for i in taxed), Decimal(0))
    tax_value = Decimal(str(tax[0]))
    target = (Decimal(str(net[0])) if net is not None and net[0] is not None else
              Decimal(str(total[0])) - tax_value if total is not None and total[0] is not None else None)
    if target is None or abs(taxes - tax_value) > Decimal("0.011") or abs(goods - target) > Decimal("0.011"):
        return
    for path in [p for p in chosen if p.startswith("line_items.")]:
        del chosen[path]
    for new_index, old_index in enumerate(i for i in sorted(rows) if i not in taxed):
        for key, item in rows[old_index].items():
            chosen[f"line_items.{new_index}.{key}"] = item


def _negate_credit_amounts(chosen: dict[str, Any]) -> None:
    """A credit note's amounts are credits: negative, however printed. Quantities stay positive."""
    lines = [p for p in chosen if p.startswith("line_items.") and p.endswith((".unit_price", ".amount"))]
    for path in (*AMOUNT_FIELDS, "payment_information.payment_amount", *lines):
        item = chosen.get(path)
        if item is not None and item[0] is not None and item[0] > 0:
            chosen[path] = (-item[0], item[1], item[2])


def _apply_checks(chosen: dict[str, Any]) -> tuple[list[str], dict[str, str]]:
    """Raise confidence where cross-field checks agree, lower it where they fail; say per field
    whether a check confirmed it ("checked") or contradicted it ("failed")."""
    plain = {path: (float(v[0]) if isinstance(v[0], Decimal) else v[0].isoformat() if hasattr(v[0], "isoformat")
                    else v[0]) for path, v in chosen.items()}
    doubtful = []
    verdicts: dict[str, str] = {}
    # Each path with every dotted prefix of it ("line_items.0.amount" -> "line_items", "line_items.0", ...):
    # a check names whole fields or lists, and this is tested for every check against every path.
    prefixes = {path: {path[:i] for i, ch in enumerate(path) if ch == "."} | {path} for path in chosen}
    for check in run_checks(plain):
        named = set(check.fields)
        involved = [p for p in chosen if not prefixes[p].isdisjoint(named)]
        for path in involved:
            value, confidence, candidate = chosen[path]
            if check.passed:
                confidence = max(confidence, min(0.99, confidence + 0.5 * (1 - confidence) + 0.05))
                verdicts.setdefault(path, "checked")
            else:
                confidence *= 0.6
                verdicts[path] = "failed"
            chosen[path] = (value, confidence, candidate)
        if not check.passed:
            doubtful.append(f"check {check.name} failed ({check.detail})")
    return doubtful, verdicts


PARTY_NAMES = {"vendor_information": "vendor_information.vendor_name",
               "customer_information": "customer_information.customer_name"}


def _corroborate_parties(document: Document, patterns: PatternSet, chosen: dict[str, Any],
                         verdicts: dict[str, str]) -> None:
    """Mark a party's name that one of the document's own e-mail or web hosts spells, and the address
    read from the same block, as corroborated ("domain"; engine.corroboration says why)."""
    hosts: frozenset[str] | None = None
    for party, name_path in PARTY_NAMES.items():
        name = chosen.get(name_path)
        if name is None or not isinstance(name[0], str) or name[2] is None or name[2].field != "party":
            continue
        if hosts is None:
            hosts = printed_hosts(document, patterns)
            if not hosts:
                return
        if not spelled_by_host(name[0], hosts, patterns):
            continue
        verdicts.setdefault(name_path, "domain")
        address = chosen.get(f"{party}.address")
        if address is not None and address[2] is not None and address[2].field == "party" and (
                address[2].label == name[2].label):
            verdicts.setdefault(f"{party}.address", "domain")


def _mark_name_evidence(layout: Layout, patterns: PatternSet, chosen: dict[str, Any],
                        verdicts: dict[str, str]) -> None:
    """Mark what a party's name shows of itself when no printed domain spelled it, so that calibration
    counts such names (and the address read from the same block) apart: "form" when it carries a
    registered company form ("Sdn Bhd", "GmbH"), "title" when an issuer's name is set in the
    page's largest type. Measured on the development sets (session 14, tier 1, text layers):
    letterhead vendor names with neither were right 74% of the time, with a company form 94-98%,
    in the page's largest type 98%."""
    for party, name_path in PARTY_NAMES.items():
        name = chosen.get(name_path)
        if name is None or name_path in verdicts or not isinstance(name[0], str) or name[2] is None:
            continue
        candidate = name[2]
        if candidate.field != "party":
            continue
        marks = []
        if patterns.legal_forms.find(name[0]):
            marks.append("form")
        if party == "vendor_information" and _in_largest_type(layout, candidate):
            marks.append("title")
        if not marks:
            continue
        verdicts[name_path] = "+".join(marks)
        address_path = f"{party}.address"
        address = chosen.get(address_path)
        if address is not None and address_path not in verdicts and address[2] is not None and (
                address[2].field == "party" and address[2].label == candidate.label):
            verdicts[address_path] = verdicts[name_path]


def _in_largest_type(layout: Layout, candidate: Candidate) -> bool:
    if candidate.segment is None or not 0 < candidate.page <= len(layout.pages):
        return False
    largest = max((segment.font_size for segment in layout.pages[candidate.page - 1].segments), default=0.0)
    return round(candidate.segment.font_size, 1) >= round(largest, 1)


def _basis(candidate: Candidate | None, verdict: str | None) -> str:
    """How a value was found, for calibration: where it stood relative to its label (or which reader
    found it), and whether a cross-field check confirmed or contradicted it."""
    if candidate is None:
        method = "derived"
    elif candidate.field == "party":
        method = "labelled_block" if candidate.label else "letterhead"
    elif candidate.field == "table":
        method = "table"
    else:
        method = candidate.method
    return f"{method}+{verdict}" if verdict else method


def _field_value(value: Any, confidence: float, candidate: Candidate | None, basis: str) -> FieldValue:
    if isinstance(value, Decimal):
        value = as_float(value)
    elif hasattr(value, "isoformat"):
        value = value.isoformat()
    return FieldValue(
        value=value, confidence=round(min(1.0, max(0.0, confidence)), 4), tier=TIER,
        page=candidate.page if candidate else None, bbox=candidate.bbox if candidate else None,
        text=candidate.text if candidate else None, basis=basis,
    )


def _document_confidence(fields: dict[str, FieldValue], document_type: str, type_confidence: float,
                         doubtful: list[str]) -> float:
    from engine.router import RoutingPolicy

    required = RoutingPolicy().required_fields.get(document_type, ("financial_data.total_amount",))
    weakest = 1.0
    for path in required:
        if path == "invoice_ids":
            found = [fv for p, fv in fields.items() if p.startswith("invoice_ids.")]
            weakest = min(weakest, min((fv.confidence for fv in found), default=0.3))
        else:
            weakest = min(weakest, fields[path].confidence if path in fields else 0.3)
    others = [fv.confidence for fv in fields.values()]
    if others:
        weakest = min(weakest, 0.5 + 0.5 * min(others))
    confidence = weakest * (0.9 + 0.1 * type_confidence)
    if doubtful:
        confidence = min(confidence, 0.6)
    return round(confidence, 4)


def _quality(document: Document) -> float:
    words = [w for page in document.pages for w in page.words if not w.hidden]
    if not words:
        return 0.0
    return round(sum(w.confidence for w in words) / len(words), 4)
