"""Vendor and customer: names and addresses from labelled blocks ("Bill To", "Payee") or, for the
issuer, from the letterhead.

Roles follow the contract: the vendor is the payee (the supplier who issued the invoice), the
customer the payer. "To:" and "From:" depend on who wrote the document: an invoice is written by the
vendor, a remittance advice by the customer.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator
from typing import Any

import regex
from rapidfuzz import fuzz

from engine.candidates import (
    CJK_LETTERS,
    TITLE_TYPE_RATIO,
    Candidate,
    CandidateSet,
    dates_in,
    labels_in,
    title_share,
)
from engine.classify import slip_top, type_cues_in
from engine.layout import Layout, PageLayout, Segment
from engine.normalize.dates import find_dates
from engine.pattern_files import BUSINESS_TERM, REGEX_TIMEOUT_S, PatternSet, timed
from engine.tables import columns_in

MAX_BLOCK_LINES = 6
# A blank gap ends a block when it is wider than a line's height and than this many of the page's
# usual gaps between lines.
BLOCK_GAP_SPACINGS = 1.6
# ... or when, after lines set close together, it is wider than their widest gap by this many line
# heights: a skipped line between two stacked address blocks (payer over payee on a typed advice).
PARAGRAPH_GAP_HEIGHTS = 0.75
# A till's header can run to a three-line name over a five-line address; its block still ends at
# the phone, tax or title line under it.
MAX_LETTERHEAD_LINES = 9
# Parts of one line closer than this many line heights are one line of a block (wider gaps part
# columns).
SPLIT_LINE_GAP_HEIGHTS = 3.0
# Type this much larger on one side of a gap than on the other sets the two apart.
CONTINUED_FONT_RATIO = 1.4
BRAND_WORD_LETTERS = 5  # a brand's word the registered name repeats is this long at least ("Atitlán")
# A block's first line set this much larger than the lines under it, down to the address, is the
# name on its own.
NAME_TYPE_RATIO = 1.2
# A party label set this much larger than the page's usual type is a heading or a logo's letters.
HEADING_TYPE_RATIO = 1.6
REPEATED_LABEL_TIMES = 3
SENTENCE_WORDS = 6  # a line of this many words that a party word does not open is running text
SHORT_CODE_LETTERS = 4  # a block-skip code this short ("TIN", "PAN", "VAT") skips a line only with a number on it
TITLE_LINES_ABOVE = 2  # how far above an unlabelled block the title may stand for the block to be under it
HEADER_TOP_SHARE = 0.42  # the letterhead lies in the top part of the first page
_REGISTRATION = regex.compile(r"^[(<]?\s*(?:(?:co\.?\s*)?(?:reg|roc|company|rc|cr|crn)\.?\s*(?:no\.?)?\s*[:.]?\s*)?"
                              r"[(<]?[A-Z]{0,3}\d{4,}[\s\-]*[A-Z]?[)>]?\s*$", regex.IGNORECASE)
# A cheque's MICR line as a text layer writes it: digits between the E-13B symbols, which come out as
# quotes, colons or the symbols themselves.
_MICR_LINE = regex.compile(r"(?=(?:\D*\d){12})[\d\s\"':⑆⑇⑈⑉]+")
_BARE_POSTCODE = regex.compile(r"(?:[A-Z]{2}\s?)?\d{4,5}")  # a line of its own under the town (South Africa, Australia; Barbados "BB14429")
# (Czech, Slovak, Swedish and Greek postcodes are five digits parted 3 + 2 before the town: "110 00 Praha 1")
_POSTCODE = regex.compile(r"\b\d{4,6}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\bp\.?\s*o\.?\s*box\b|"
                          r"\b\d{3}[ \u00a0]\d{2}(?=[ \u00a0]+\p{Lu}|\s*$)|"
                          # Poland's and Portugal's, before the town ("30-059 Kraków", "1000-123 Lisboa")
                          r"\b\d{2,4}-\d{3}(?=[ \u00a0]+\p{Lu})", regex.IGNORECASE)
# A house number and a street's name, and no other figure: "192-Saddar", "14 Mill Lane" (not "1 x 90.00").
_HOUSE_NUMBER_LINE = regex.compile(r"^\d{1,5}[A-Za-z]?(?:[-/]\d{1,5})?(?:-|,?\s)\p{L}{3,}[^\d]*$")
# A line that ends in its postcode after a comma ("Αγίου Κωνσταντίνου 49, 151 25") over the town alone
# ("Μαρούσι"): one postal line the column wrapped, "151 25 Μαρούσι".
_ENDS_IN_POSTCODE = regex.compile(r"(?:^|,\s*)(?:\d{4,5}|\d{3}[ \u00a0]\d{2})$")
# ("(126926-H)", "(CO. NO. 15826-K)", "(Co. Reg 371152-U)", "(CO.REG : 860671-D)", "(ROC 12345-A)")
_TRAILING_REGISTRATION = regex.compile(r"\s*(?:[(<]\s*(?:co\.?\s*|company\s*)?(?:(?:reg(?:istration)?|roc)\.?\s*)?"
                                       r"(?:no\.?\s*)?[:.]?\s*[A-Z]{0,3}\d{4,}[\s\-]*[A-Z]?\s*[)>]"
                                       # a tax number in brackets after its label ("(საიდენტიფიკაციო ნომერი 205140587)")
                                       r"|\(\s*[\p{L}\s.]{2,40}\s[A-Z]{0,2}\d{6,}[A-Z]?\s*\)"
                                       r"|\d{5,}-[A-Z])\s*[,.;]?\s*$",
                                       regex.IGNORECASE)
# A card or account number printed masked ("Mastercard •••• 3819", "VISA ************1234"): how
# someone paid, never part of a name or an address.
_MASKED_NUMBER = regex.compile(r"[•*●xX]{4,}[\s-]*(?:[•*●xX]{4}[\s-]*)*\d{2,4}\b")
# A whole line in brackets after an address is a branch or outlet name ("(TESCO KEPONG)").
_PARENTHESISED = regex.compile(r"^\(.*\)[.,;]?$")
# "T: 0729 020121", "Fon: 089 ...", "Tél. : +33 ...", "M: +254 ...": a contact line, whatever the label.
_CONTACT_LINE = regex.compile(r"^(?P<label>[A-Za-zÀ-ÿ]{1,4}|電話|电话|傳真|传真)\.?\s*(?P<colon>[:.：])?\s*"
                              r"(?P<number>[+(]?\d[\d\s()./\-]{5,})")
# A phone number has at least this many digits; "NO.2-1-1 JALAN ..." opens with a house number.
MIN_PHONE_DIGITS = 6
# ... and a bare one after its label without a colon ("T 03 8736 1234") this many.
MIN_BARE_PHONE_DIGITS = 8
# Street names written as one word ("Bahnhofstraße 154", "Kerkstraat 12", "Stationsweg 95",
# "Drottninggatan 73", "Storgata 5", "Nørregade 12", "Strandvejen 40").
_STREET_COMPOUND = regex.compile(r"\w(?:straße|strasse|str\.|weg|allee|gasse|platz|ring|damm|ufer|laan|straat|gracht|"
                                 r"plein|kade|singel|dijk|steeg|markt|hof|"
                                 r"gatan|gata|gaten|vägen|veien|vegen|gade|vej|vejen|gränd|torget|stræde|"
                                 # Finnish ("Pyhäjärvenkatu", "Ratapihantie") and Icelandic ("Hafnarstræti",
                                 # "Suðurlandsbraut", "Bíldshöfði", "Hlíðasmári", "Lyngháls") street words
                                 r"katu|tie|kuja|polku|väylä|kaari|stræti|vegur|braut|stígur|höfði|smári|háls|hraun|"
                                 r"torg|tún)\b",
                                 regex.IGNORECASE)
# A street and its house number in the Czech and Slovak way, the land-register number over the
# street number ("Vinohradská 862/64", "Na Příkopě 2989/33").
_STREET_NAME = r"^\p{Lu}[\p{L}.\- ]*\p{L}\.?\s+"  # capitalised words, no figure
_STREET_AND_SLASHED_NUMBER = regex.compile(_STREET_NAME + r"\d{1,5}/\d{1,4}[a-zA-Z]?$")
# ... and a street without a street word before its number ("Průmyslová 955", "Masarykova 305"), which
# only reads as one over a line that opens with a postcode ("130 00 Praha 3", "12345 Musterstadt").
_STREET_AND_NUMBER = regex.compile(_STREET_NAME + r"\d{1,5}[a-zA-Z]?(?:/\d{1,4}[a-zA-Z]?)?$")
_POSTCODE_FIRST = regex.compile(r"^(?:\d{3}[ \u00a0]\d{2}|\d{4,5})[ \u00a0]+\p{Lu}")
_CJK_ONLY = regex.compile(rf"[{CJK_LETTERS}\s:：/()（）]+")
# ("( 479 ) 273 - 4000" too; a Brazilian postcode alone on its line, "20040-020", is no phone number)
_PHONE_ONLY = regex.compile(r"^(?!\d{5}-\d{3}$)[+(]?\s*\d[\d\s()\-/.]{6,}\d$")
# (an "@" between two words is an e-mail address only with a domain after it: "BAR WANG RICE@PERMAS
# JAYA" is a shop's name; "2 @ 3.39" is an item line)
_EMAILISH = regex.compile(r"(?<!\w)@|@(?!\w)|[\w.+\-]@[\w\-]+\.\w|www\.|https?://|\.com\b", regex.IGNORECASE)


def _web_or_mail(text: str, patterns: PatternSet) -> bool:
    """A line that gives an e-mail or web address, not a party. A company named after its web
    address ("ECOSWAY.COM SDN BHD", "Amazon.com Ltd") ends in a legal form and is a name."""
    match = timed(_EMAILISH.search, text)
    if match is None:
        return False
    if match.group().lower() != ".com" or timed(_EMAILISH.search, text[match.end():]):
        return True
    return not _ends_in_legal_form(text, patterns)
_EMAIL_ADDRESS = regex.compile(r"<?\s*(?:mailto:)?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\s*>?")

Pick = tuple[Any, float, Candidate | None]



def issued_by_customer(layout: Layout, patterns: PatternSet) -> bool:
    """Whether the document says the customer drew it up for its supplier (a self-billed invoice)."""
    return any(patterns.issued_by_customer.find(segment.text) for page in layout.pages[:2] for segment in page.segments)


def find_parties(layout: Layout, candidates: CandidateSet, patterns: PatternSet, document_type: str,
                 self_billed: bool = False) -> dict[str, Pick]:
    """The parties' names and addresses. `self_billed`: the customer drew the document up for its
    supplier (issued_by_customer)."""
    # A remittance advice is the payer's paper, and so is a self-billed invoice: the customer issued it.
    customer_issued = document_type == "remittance_advice" or self_billed
    role_of = {
        "party:vendor": "vendor", "party:customer": "customer",
        "party:recipient": "vendor" if customer_issued else "customer",
        "party:addressee": "vendor" if customer_issued else "customer",
        "party:sender": "customer" if customer_issued else "vendor",
        "party:received_from": "customer",
    }
    found: dict[str, Pick] = {}
    used: set[int] = set()
    anchors = sorted((c for key in role_of for c in candidates.get(key)
                      if not _heading_type_label(c, layout) and not _inside_a_sentence(c, layout, patterns)
                      and not _route_column(c, layout)),
                     key=lambda c: (c.page, c.segment.order if c.segment else 0))
    # A party label printed again and again labels a field of each row of a list ("Receiver: ..."
    # under every shipment of a carrier's invoice), not the document's parties.
    # (Counted over "Label: value" lines only: a form's "Ordering customer", "Ordering customer
    # address", "Ordering customer account" are one party's fields.)
    # An e-mail header's "From:" and "To:" name a person's mailbox ("Hannah Prescott <hannah@prescott.example>"),
    # not a party: the sender's company signs at the foot. (A company's name there is the party's:
    # "From: Ashford & Sterling Co. via VantaPay Network <payments@...>".)
    mail_header = _mail_header(layout)
    anchors = [a for a in anchors if a.segment is None or a.segment.order not in mail_header
               or not _persons_mailbox(" ".join(s.text for s in layout.line_of(a.segment)), patterns)]
    repeats = Counter(_inline_label_key(a) for a in anchors)
    anchors = [a for a in anchors if not _inline_label_key(a) or repeats[_inline_label_key(a)] < REPEATED_LABEL_TIMES]
    # A tear-off slip ("Remit to:", "Customer:" under "Please detach...") repeats the parties for
    # the payer's convenience; its blocks fill a role only when the body names no one for it.
    slip_tops = [slip_top(page, patterns) for page in layout.pages]
    in_slip = [a for a in anchors if a.segment is not None and a.segment.bbox[1] >= slip_tops[a.page - 1]]
    # A remit-to block gives the vendor only where the letterhead does not (read with the slip's).
    remit_to = [a for a in anchors if a.label == "party_remit_to" and a not in in_slip]
    body_anchors = [a for a in anchors if a not in in_slip and a not in remit_to]
    if document_type == "remittance_advice" and _addressed_to_the_payer(layout, patterns, body_anchors):
        role_of["party:recipient"] = role_of["party:addressee"] = "customer"

    def read_blocks(anchors: list[Candidate]) -> None:
        for anchor in anchors:
            role = role_of[anchor.field]
            name_path, address_path = f"{_prefix(role)}.{_name_key(role)}", f"{_prefix(role)}.address"
            if anchor.segment is None or address_path in found or _names_another_field(anchor):
                continue
            named = found.get(name_path)
            block = _block_after_label(layout, anchor, patterns)
            if not block:
                continue
            if len(block) > 1 and _name_then_fields(block[0], patterns):
                # "АО «Стройинвест», ИНН 7838300407, КПП ..., 197022, г. Санкт-Петербург, ... д." wrapping
                # onto "130, стр. 4, ...": one party written on one line, its column too narrow for it
                block = [_merge(_until_next_party_row(layout, block, patterns))]
            name, address, name_segment = _split_name_address(block, patterns)
            if address is None:
                name, address, name_segment = _named_by_form_rows(layout, block, patterns, name, name_segment)
            if address is None and name:
                address = _captioned_address_under(layout, block[-1], patterns)
            if name is None and len(block) == 1:
                # "Billed to: Marcus Whitfield, Unit 7, Riverside Trading Estate, York, YO1 7HH"
                name, address, name_segment = _one_line_party(block[0], patterns) or (None, None, block[0])
            if not name or sum(ch.isalpha() for ch in name) < 2 or "___" in name \
                    or timed(_ADDRESS_FIELD.fullmatch, _field_name_text(name)):  # a form's "ENDEREÇO" caption
                continue  # "From | 1 Jul – 18 Aug" dates a period, "$38,654.87" and a blank to fill in
                # on a payment slip ("Paid by: ____________") name no one
            if _STAFF_CODE.match(name):
                continue  # "SOLD BY: BD1187 MUHAMMAD SHAFIK" on a till slip names the salesperson
            if timed(_ID_NUMBER_ONLY.fullmatch, name):
                continue  # "CLIENTE: DNI 72023886": an identity card's number, no one's name
            if _bank_details(name, patterns):
                continue  # "Paid to  ANZ BSB 012-468 Account XXXXX741": the payee's account, not its name
            # (a form's caption in lower case alone in its cell, "уплатилац" over the payer, is a heading)
            if _reads_as_sentence(name) or (anchor.label_text or "").islower() and not \
                    anchor.segment.text.rstrip().endswith(":") and anchor.segment.text.strip() != anchor.label_text:
                continue  # "... emails with client / re: strategy": a word of running text, no heading
            if named is not None:
                # Named before without an address ("Vendor: Lakeside Timber Co." over a table): a
                # later block under the same name ("Pay to the order of") supplies the address.
                if address and name.casefold() == str(named[0]).casefold():
                    used.update(segment.order for segment in block)
                    found[address_path] = (address[0], 0.88 * anchor.label_weight * 0.95,
                                           _candidate(address[1], address[0], anchor.label))
                continue
            used.update(segment.order for segment in block)
            confidence = 0.88 * anchor.label_weight
            found[f"{_prefix(role)}.{_name_key(role)}"] = (name, confidence,
                                                           _candidate(name_segment, name, anchor.label))
            if address:
                found[f"{_prefix(role)}.address"] = (address[0], confidence * 0.95,
                                                     _candidate(address[1], address[0], anchor.label))

    read_blocks(body_anchors)
    _form_under_tax_label(layout, patterns, found)
    if not customer_issued and "customer_information.customer_name" not in found:
        _account_holder_with_address(layout, candidates, patterns, found)
    _name_after_account_number(candidates, patterns, found)
    _vertical_label_parties(layout, patterns, found, role_of)

    # A payee's receipt ("Received from ...") is the payee's own paper: its letterhead is the vendor. So
    # is a payment receipt that labels its customer as an invoice does ("Receptor", "Customer"): a
    # payer's advice names the payee, not itself.
    payer = found.get("customer_information.customer_name")
    payee_speaks = customer_issued and payer is not None and payer[2] is not None and (
        payer[2].label == "party_received_from"
        or payer[2].label == "party_customer" and not self_billed and not mail_header and not remit_to
        and "vendor_information.vendor_name" not in found)
    issuer = "customer" if customer_issued and not payee_speaks else "vendor"
    addressee = "vendor" if customer_issued and not payee_speaks else "customer"
    # An e-mail print has no letterhead: its header names mailboxes, and the sender's company signs
    # at the foot.
    # A ship-to block ("Bezorgadres", "Deliver to") names where the goods go: never the letterhead.
    for segment, hit in candidates.label_hits:
        if hit.kind.name == "decoy_shipping" and hit.start == 0:
            label = segment.text[hit.start:hit.end]
            shipping = Candidate("decoy:block", label, label, segment.page, segment.bbox, "inline",
                                 label=hit.kind.name, label_text=label, segment=segment)
            used.update(s.order for s in _block_after_label(layout, shipping, patterns))
    blocks = _letterhead_blocks(layout, patterns, used | mail_header)
    salesperson = _salesperson(found, patterns) if issuer == "vendor" else None
    if salesperson is not None:
        del found["vendor_information.vendor_name"]
    if mail_header and f"{_prefix(issuer)}.{_name_key(issuer)}" not in found:
        signed = _signing_company(layout, patterns)
        if signed is not None:
            found[f"{_prefix(issuer)}.{_name_key(issuer)}"] = (signed[0], 0.75, _candidate(signed[1], signed[0]))
            if signed[2] is not None and f"{_prefix(issuer)}.address" not in found:
                found[f"{_prefix(issuer)}.address"] = (signed[2][0], 0.7, _candidate(signed[2][1], signed[2][0]))
    if f"{_prefix(issuer)}.{_name_key(issuer)}" not in found and not customer_issued:
        sender = _return_address_sender(layout, patterns, blocks)
        if sender is not None:
            name_segment, address_segment = sender
            found[f"{_prefix(issuer)}.{_name_key(issuer)}"] = (name_segment.text, 0.85,
                                                                _candidate(name_segment, name_segment.text))
            if f"{_prefix(issuer)}.address" not in found:
                found[f"{_prefix(issuer)}.address"] = (address_segment.text, 0.8,
                                                       _candidate(address_segment, address_segment.text))
    if f"{_prefix(issuer)}.{_name_key(issuer)}" not in found:
        blocks = _signer_first(_addressee_under_title_last(blocks, layout, patterns), layout, patterns)
        name, address, name_segment, taken = _issuer_from_letterhead(blocks, patterns)
        if mail_header and name and not patterns.company_suffixes.contains(name):
            name = None  # a heading of the mail's body ("Payment detail") is no letterhead
        if name and name_segment is not None and not customer_issued and not patterns.legal_forms.find(name):
            # A brand over the page ("Gallery Play") and the company that sells under it in the
            # small print ("Sold by Gallery Payment Corp., 1600 Meridian Parkway, ..."): the seller.
            seller = _seller_of_record(layout, patterns, name_segment)
            if seller is not None:
                name, name_segment = seller[0], seller[1]
                address = seller[2] or address
        if name and _reads_as_sentence(name):
            name = None  # "We hope you enjoyed your ride this night." under a logo names no one
        if name and name_segment is not None and (address is None or len(taken) > 1):
            # The name stands alone at the top, and the block taken for its address lies apart from it:
            # a line of small print that opens with the name and goes on with the address is surer.
            signed = _address_after_name(layout, patterns, name, name_segment)
            if signed is not None:
                address = signed
        if name and name_segment is not None and address is None:
            address = _labelled_address_under(layout, patterns, name_segment)
        if name and name_segment is not None:
            confidence = 0.9 if patterns.company_suffixes.contains(name) else 0.75
            found[f"{_prefix(issuer)}.{_name_key(issuer)}"] = (name, confidence, _candidate(name_segment, name))
            if address and f"{_prefix(issuer)}.address" not in found:
                found[f"{_prefix(issuer)}.address"] = (address[0], confidence - 0.05, _candidate(address[1], address[0]))
            blocks = [block for index, block in enumerate(blocks) if index not in taken]
    if salesperson is not None and "vendor_information.vendor_name" not in found:
        found["vendor_information.vendor_name"] = salesperson
    if document_type == "remittance_advice":
        # A payment notice says in a sentence who paid ("Calloway & Thornton Group LLC paid you
        # $55,480.13"): the payer, over a letterhead that may be the payment platform's own.
        payer = _party_in_prose(layout, patterns)
        current = found.get("customer_information.customer_name")
        if payer is not None and (current is None or current[2] is not None and not current[2].label
                                  and str(current[0]).casefold() != payer[0].casefold()):
            if current is not None:
                found.pop("customer_information.address", None)  # the platform's, with its name
            found["customer_information.customer_name"] = (payer[0], 0.8, _candidate(payer[1], payer[0]))
        payee = _party_in_prose(layout, patterns, _PAYEE_SENTENCE)
        current = found.get("vendor_information.vendor_name")
        if payee is not None and (current is None or current[2] is not None and not current[2].label
                                  and str(current[0]).casefold() != payee[0].casefold()):
            # (an e-mail's sender and signature are the payer's; the sentence names whom it paid)
            if current is not None:
                for key in ("vendor_information.address", "vendor_information.tax_id"):
                    found.pop(key, None)
            found["vendor_information.vendor_name"] = (payee[0], 0.8, _candidate(payee[1], payee[0]))
    if f"{_prefix(addressee)}.{_name_key(addressee)}" not in found:
        # A letter or e-mail greets its addressee by company name ("Dear Westbrook Software Ltd. team,").
        greeted = _greeted_company(layout, patterns)
        if greeted is not None:
            found[f"{_prefix(addressee)}.{_name_key(addressee)}"] = (greeted[0], 0.7, _candidate(greeted[1], greeted[0]))
    for key in ("vendor_information.vendor_name", "customer_information.customer_name"):
        pick = found.get(key)
        if pick is not None and isinstance(pick[0], str) and pick[2] is not None and pick[2].label == "party_sender":
            company = _without_department(pick[0], patterns)
            if company != pick[0]:
                found[key] = (company, pick[1], pick[2])
    _read_signature(layout, patterns, found, issuer)
    addressee_known = found.get(f"{_prefix(addressee)}.{_name_key(addressee)}")
    if addressee_known is None or f"{_prefix(addressee)}.address" not in found and addressee_known[2] is not None \
            and not addressee_known[2].label:
        # A letter names its addressee in an unlabelled block under the letterhead (its greeting may
        # have named it already: "Dear Kendrick Brickwork Limited," under the block with its address).
        issuer_name = found.get(f"{_prefix(issuer)}.{_name_key(issuer)}")
        for block in blocks:
            block = [_without_sub_label(line) for line in
                     _without_return_address(block, str(issuer_name[0]) if issuer_name else None)]
            if not block:
                continue
            name, address, name_segment = _split_name_address(block, patterns)
            if name_segment is not None and timed(_SELLER_LEAD.match, name_segment.text.strip()):
                continue  # "Operated by Redmond & Harper Pty Ltd" under a brand: the issuer's company, no addressee
            if name and issuer_name and _holds_name(name, str(issuer_name[0])):
                # the issuer's own letterhead, when a labelled block ("Remit to: ...") named it, or its
                # department's line ("Carrier Relations · Bluewater Logistics LLC")
                continue
            if addressee_known is not None and (not name or name.casefold() != str(addressee_known[0]).casefold()):
                continue
            if document_type == "receipt" and any(timed(_TILL_QUANTITY.match, line.text.strip()) for line in block):
                continue  # "International Economy Letter" over "3 x 4.20": a till's item, no addressee
            digits = any(ch.isdigit() for ch in name or "")
            if name and (patterns.company_suffixes.contains(name) and (
                    address and not (document_type == "receipt" and digits)  # "0,746 kg x 2,99 EUR/kg"
                    or document_type != "receipt" and not digits)
                    or document_type != "receipt" and _addressed_to_person(name, address) and (
                        document_type != "remittance_advice" or _address_like(address[0], patterns))):
                found[f"{_prefix(addressee)}.{_name_key(addressee)}"] = (name, 0.7 if address else 0.6,
                                                                         _candidate(name_segment, name))
                if address:
                    found[f"{_prefix(addressee)}.address"] = (address[0], 0.65, _candidate(address[1], address[0]))
                break
    _issuer_by_registration(layout, patterns, found, issuer, addressee)
    _addressee_by_honorific(layout, patterns, found, addressee)
    read_blocks(remit_to)
    read_blocks(in_slip)
    for path in ("vendor_information.address", "customer_information.address"):
        pick = found.get(path)
        if pick is not None and isinstance(pick[0], str) and pick[0] != pick[0].rstrip(" ,;") \
                and pick[2] is not None and pick[2].label:
            # ("Поставщик: ..., д. 166, кв. 87," wrapping onto "тел.: ...": the line's last comma ends no part
            # of a labelled party's place; a till receipt's letterhead keeps its punctuation as printed)
            found[path] = (pick[0].rstrip(" ,;"), pick[1], pick[2])
    return found


_ADDRESS_FIELD = regex.compile(r"(?i)address|adresse|(?:dirección|direccion|domicilio)(?:\s+fiscal)?|anschrift|adres|"
                               r"endereço|indirizzo|morada|alamat|anwani|manzil|манзил|ünvanı|ünvan|хаяг|հասցե|địa\s+chỉ")


def _named_by_form_rows(layout: Layout, rows: list[Segment], patterns: PatternSet, name: str | None,
                        name_segment: Segment) -> tuple[str | None, tuple[str, Segment] | None, Segment]:
    """A form's name row over its "Address:" row: the rows say which is which (the name, the address
    and the name's segment; what the words made of them when no address row is named)."""
    address = _address_row_named(layout, rows, patterns)
    if address is None:
        return name, None, name_segment
    return _company_name(rows[0].text, patterns), address, rows[0]


def _captioned_address_under(layout: Layout, last: Segment, patterns: PatternSet) -> tuple[str, Segment] | None:
    """A form that sets each caption over its value ("Nombre o Razón Social" over the name, "Domicilio
    fiscal" over the address): the address caption on the line under the party's name, in its column,
    and the address under the caption."""
    page = layout.pages[last.page - 1]
    height = max(last.height, 1.0)
    lines = page.lines[last.line_index + 1:last.line_index + 3]
    if len(lines) < 2:
        return None
    caption = next((s for s in lines[0] if abs(s.bbox[0] - last.bbox[0]) < height), None)
    value = next((s for s in lines[1] if abs(s.bbox[0] - last.bbox[0]) < height), None)
    if caption is None or value is None or caption.bbox[1] - last.bbox[3] > 1.5 * height \
            or not timed(_ADDRESS_FIELD.fullmatch, _field_name_text(caption.text)) \
            or not _address_like(value.text, patterns):
        return None
    rows = [value]
    for line in page.lines[value.line_index + 1:value.line_index + MAX_CAPTIONED_ADDRESS_LINES]:
        below = next((s for s in line if abs(s.bbox[0] - value.bbox[0]) < height), None)
        if below is None or below.bbox[1] - rows[-1].bbox[3] > 1.5 * height:
            break
        postcode = timed(_POSTCODE_ALONE.fullmatch, below.text.strip())  # "..., Caracas" / "1060"
        if _is_stop(below.text, patterns) and not postcode:
            break
        last = rows[-1].text.split()[-1].casefold() if rows[-1].text.split() else ""
        if not (last in _JOINING_WORDS or last in _PLACE_PREFIXES or postcode):
            break
        rows[-1] = _merge([rows[-1], below])  # the address wrapped in its column: "..., Valencia, Edo." / "Carabobo 2001"
    return _join_address(rows, patterns) or (value.text.strip(), value)


# Abbreviations that stand before the name of a place, never at the end of an address's line: a
# Venezuelan or Mexican state ("Edo. Carabobo"), a municipality, a colonia, a province, a department.
_POSTCODE_ALONE = regex.compile(r"\d{4,6}")
_PLACE_PREFIXES = frozenset({"edo.", "mun.", "mpio.", "col.", "prov.", "dpto.", "depto.", "dept."})


MAX_CAPTIONED_ADDRESS_LINES = 3


def _address_row_named(layout: Layout, rows: list[Segment], patterns: PatternSet) -> tuple[str, Segment] | None:
    """A form's name row over its own "Dirección:" / "Address:" row: that row says where the address
    starts, whatever its words ("Ruta Mcal. Estigarribia km 11, San Lorenzo")."""
    if len(rows) < 2:
        return None
    line = layout.pages[rows[1].page - 1].lines[rows[1].line_index]
    if not any(timed(_ADDRESS_FIELD.fullmatch, _field_name_text(s.text)) for s in line if s.bbox[2] <= rows[1].bbox[0]):
        return None
    return _join_address(rows[1:], patterns, labelled=True)


def _form_under_tax_label(layout: Layout, patterns: PatternSet, found: dict[str, Pick]) -> None:
    """A party laid out as a form that its tax number opens ("RUT Comprador: | 048793630015" over
    "Nombre: | Distribuidora Rioplatense S.A.S." over "Dirección: | Av. Giannattasio km 21, ..."): the
    name and address rows under the tax number's label are that party's."""
    roles = {"customer_tax_id": "customer", "vendor_tax_id": "vendor"}
    headings = {"party_customer": "customer", "party_vendor": "vendor"}
    for page in layout.pages[:1]:
        for index, line in enumerate(page.lines[:-1]):
            for segment in line:
                hits = labels_in(segment, patterns)
                role = roles.get(hits[0].kind.name) if hits and hits[0].start == 0 else None
                height = max(segment.height, 1.0)
                if role is not None and index > 0:
                    # under a party's heading ("Qaimə-fakturanı alan" over "VÖEN: | 2099012141"), the
                    # heading says whose number it is
                    above = next((s for s in page.lines[index - 1] if abs(s.bbox[0] - segment.bbox[0]) < 1.5 * height),
                                 None)
                    heading = labels_in(above, patterns) if above is not None else []
                    if heading and heading[0].start == 0 and heading[0].kind.name in headings \
                            and not above.text[heading[0].end:].strip(" :"):
                        role = headings[heading[0].kind.name]
                if role is None or f"{_prefix(role)}.{_name_key(role)}" in found:
                    continue
                under = next((s for s in page.lines[index + 1] if abs(s.bbox[0] - segment.bbox[0]) < 1.5 * height), None)
                if under is None or under.right is None \
                        or not timed(_FIELD_NAME_OF_NAME.fullmatch, _field_name_text(under.text)) \
                        or under.bbox[1] - segment.bbox[3] > 1.5 * height:
                    continue
                rows = _form_rows(layout, under, patterns)
                name, address, name_segment = _split_name_address(rows, patterns)
                if address is None:
                    name, address, name_segment = _named_by_form_rows(layout, rows, patterns, name, name_segment)
                if not name:
                    continue
                found[f"{_prefix(role)}.{_name_key(role)}"] = (name, 0.8, _candidate(name_segment, name))
                if address and f"{_prefix(role)}.address" not in found:
                    found[f"{_prefix(role)}.address"] = (address[0], 0.75, _candidate(address[1], address[0]))


def _account_holder_with_address(layout: Layout, candidates: CandidateSet, patterns: PatternSet,
                                 found: dict[str, Pick]) -> None:
    """The customer an invoice names as its "Account holder" with a postal address under the name (a
    dental practice's bill: "Account holder | Chloe Fairbanks | 45 Queen Street | Perth WA 6000"). The
    label is a bank's word elsewhere ("Account holder: Ridgeway Ltd" over an IBAN names the payee's
    account): only a block of a name and an address, no account number in it, names the customer."""
    for segment, hit in candidates.label_hits:
        if hit.kind.name != "decoy_bank" or hit.phrase.casefold() != "account holder" or hit.start != 0:
            continue
        anchor = Candidate("party:customer", None, hit.phrase, segment.page, segment.bbox, "inline",
                           "party_customer", hit.phrase, 0.9, segment)
        block = _block_after_label(layout, anchor, patterns)
        if len(block) < 2 or any(_bank_details(line.text, patterns) or timed(_MASKED_NUMBER.search, line.text)
                                 for line in block):
            continue
        name, address, name_segment = _split_name_address(block, patterns)
        if not name or address is None or any(ch.isdigit() for ch in name):
            continue
        found["customer_information.customer_name"] = (name, 0.8, _candidate(name_segment, name, "party_customer"))
        found["customer_information.address"] = (address[0], 0.75, _candidate(address[1], address[0], "party_customer"))
        return


SAME_PARTY_RATIO = 90  # rapidfuzz token-set ratio at or above which two names are one party's


def _addressed_to_the_payer(layout: Layout, patterns: PatternSet, anchors: list[Candidate]) -> bool:
    """Whether a remittance is addressed to the payer: a bank's advice of a transfer it made for its
    account holder ("To: Summit Industrial Parts Ltd." over "Beneficiary Name: Vermeulen Software
    V.O.F."), where the payee's label names another party than the addressee's block."""
    def first_name(field: str) -> str | None:
        for anchor in anchors:
            if anchor.field != field or anchor.segment is None:
                continue
            block = _block_after_label(layout, anchor, patterns)
            name = _split_name_address(block, patterns)[0] if block else None
            if name:
                return str(name)
        return None

    payee = first_name("party:vendor")
    addressee = first_name("party:recipient") if payee else None
    # (the same party written twice may differ in honorific or case: "M/s. Apex Traders" / "APEX TRADERS")
    return bool(payee and addressee and fuzz.token_set_ratio(payee.casefold(), addressee.casefold()) < SAME_PARTY_RATIO)


def _vertical_label_parties(layout: Layout, patterns: PatternSet, found: dict[str, Pick],
                            role_of: dict[str, str]) -> None:
    """A party whose label is written down the form's edge, a character a line ("购" / "买" / "方" on
    a Chinese VAT fapiao, "공급자" on a Korean tax invoice): its block is the rows beside the label,
    from its first character down to the next row that starts left of it (the other party's half
    of the form aside), and up to the next such label to the right (the fapiao's "密码区", the
    Korean form's other party)."""
    for page in layout.pages:
        columns = _vertical_words(page)
        for word, chars in columns:
            role = next((role_of[hit.kind.field] for hit in patterns.find_labels(word)
                         if hit.kind.field in role_of and hit.start == 0 and hit.end == len(word)), None)
            if role is None or f"{_prefix(role)}.{_name_key(role)}" in found:
                continue
            left = max(c.bbox[2] for c in chars)
            right = min((other[0].bbox[0] for _, other in columns if other[0].bbox[0] > left
                         and other[0].bbox[1] < chars[-1].bbox[3] and other[-1].bbox[3] > chars[0].bbox[1]),
                        default=page.width)
            # the other party's half of the form, left of this one ("공급자" beside "공급받는자")
            neighbour = max((other[0].bbox[2] for _, other in columns if other[0].bbox[2] < chars[0].bbox[0]
                             and other[0].bbox[1] < chars[-1].bbox[3] and other[-1].bbox[3] > chars[0].bbox[1]),
                            default=None)
            rows: list[Segment] = []
            cells: list[list[Segment]] = []
            for line in page.lines[chars[0].line_index:]:
                inside = [s for s in line if left <= s.bbox[0] < right and s not in chars]
                if line[0].bbox[1] > chars[-1].bbox[3] and any(
                        s.bbox[0] < left and s not in chars and (neighbour is None or s.bbox[0] < neighbour)
                        for s in line):
                    break  # the form's next row starts at its left edge
                if inside:
                    rows.append(_merge(inside) if len(inside) > 1 else inside[0])
                    cells.append(inside)
            if _read_grid_party(cells, role, found):
                continue
            block: list[Segment] = []
            tax_id: tuple[str, Segment] | None = None
            for row in _cjk_rows_unwrapped(rows, patterns):
                label, value = _cjk_field(row)
                kinds = {hit.kind.name: hit.kind.value for hit in patterns.find_labels(label)} if label else {}
                if "decoy_bank" in kinds:
                    break
                if "tax_id" in kinds.values():
                    tax_id = tax_id or (value.text.strip(), value) if value is not None else tax_id
                    continue
                if value is not None and not timed(_PHONE_ONLY.match, value.text.strip()):
                    block.append(value)
            if not block:
                continue
            name, address, name_segment = _split_name_address(block, patterns)
            if not name:
                continue
            found[f"{_prefix(role)}.{_name_key(role)}"] = (name, 0.8, _candidate(name_segment, name))
            if address:
                text = _TRAILING_PHONE.sub("", address[0])  # "地址、电话": the phone after the address
                found[f"{_prefix(role)}.address"] = (text, 0.75, _candidate(address[1], text))
            if tax_id is not None and role == "vendor":
                found["vendor_information.tax_id"] = (tax_id[0], 0.8, _candidate(tax_id[1], tax_id[0]))


# A grid form's field names, each in a cell of its own with the value in the next cell (a Korean
# e-tax invoice: "상호 | 주식회사 한빛정밀 | 성명 | 강지영", "사업장 | 서울특별시 ...", "등록번호 | 322-31-87876").
_GRID_NAME = frozenset({"상호", "상호(법인명)", "법인명"})
_GRID_ADDRESS = frozenset({"사업장", "사업장주소", "주소"})
_GRID_TAX_ID = frozenset({"등록번호", "사업자등록번호"})


def _read_grid_party(cells: list[list[Segment]], role: str, found: dict[str, Pick]) -> bool:
    """The party's name, address and (for the vendor) registration number from a grid of cells, each
    value in the cell after its field name; an address cell alone on the row under the address runs
    on ("디지털타워 10층"). False when the grid names no name."""
    name: Segment | None = None
    address: list[Segment] = []
    tax_id: Segment | None = None
    for row in cells:
        texts = ["".join(cell.text.split()).strip(":：") for cell in row]
        if address and len(row) == 1 and texts[0] not in _GRID_ADDRESS | _GRID_NAME \
                and abs(row[0].bbox[0] - address[-1].bbox[0]) < max(row[0].height, 1.0):
            address.append(row[0])
            continue
        for index, text in enumerate(texts[:-1]):
            value = row[index + 1]
            if text in _GRID_NAME and name is None:
                name = value
            elif text in _GRID_ADDRESS and (not address or abs(value.bbox[0] - address[-1].bbox[0])
                                            < max(value.height, 1.0)):
                address.append(value)  # ("사업장" over "주소": the field's name wraps, and so may its value)
            elif text in _GRID_TAX_ID and tax_id is None:
                tax_id = value
    if name is None:
        return False
    found[f"{_prefix(role)}.{_name_key(role)}"] = (name.text.strip(), 0.8, _candidate(name, name.text.strip()))
    if address:
        text = ", ".join(cell.text.strip() for cell in address)
        found[f"{_prefix(role)}.address"] = (text, 0.75, _candidate(address[0], text))
    if tax_id is not None and role == "vendor":
        found["vendor_information.tax_id"] = (tax_id.text.strip(), 0.8, _candidate(tax_id, tax_id.text.strip()))
    return True


# A phone number after an address on one line ("深圳市南山区深南大道1152号 0755-67172665").
_TRAILING_PHONE = regex.compile(r"\s+[+(]?\d[\d\s()\-]{6,}\d$")
# A form field's name before its value, with a full-width or plain colon ("名称：", "地 址、电 话：").
_CJK_FIELD = regex.compile(r"^(?P<label>[^:：]{1,24}?)\s*[:：]\s*")


def _cjk_field(row: Segment) -> tuple[str | None, Segment | None]:
    """A row's field name and the value after it ("名称：杭州启明建材有限公司"), or no name and the row."""
    match = timed(_CJK_FIELD.match, row.text)
    if match is None:
        return None, row
    start = match.end()
    if start >= len(row.text):
        return match["label"], None
    words = _words_from(row, start)
    return match["label"], Segment(row.page, row.line_index, row.order, words, row.text[start:],
                                   row.char_bbox(start, len(row.text)), row.font_size)


def _cjk_rows_unwrapped(rows: list[Segment], patterns: PatternSet) -> list[Segment]:
    """Rows of a narrow CJK form joined where the column wrapped them: a company's name ("上海恒达包装
    材料有限公" / "司") and a field's name ("统一社会信用代码/纳税人识别" / "号：9133...")."""
    out: list[Segment] = []
    for row in rows:
        if out and timed(_CJK_LETTER.match, out[-1].text.rstrip()[-1:]) and timed(_CJK_LETTER.match, row.text[:1]):
            upper = out[-1].text.rstrip()
            joined = upper + row.text.strip()
            wrapped_name = (not _ends_in_legal_form(upper, patterns) and _ends_in_legal_form(joined, patterns)
                            and len(row.text.strip()) <= 4)
            wrapped_label = "：" not in upper and ":" not in upper and timed(_CJK_FIELD.match, row.text) is not None \
                and len(row.text.split("：")[0]) <= 3
            if wrapped_name or wrapped_label:
                out[-1] = Segment(row.page, out[-1].line_index, out[-1].order, out[-1].words + row.words, joined,
                                  (min(out[-1].bbox[0], row.bbox[0]), out[-1].bbox[1], max(out[-1].bbox[2], row.bbox[2]),
                                   row.bbox[3]), out[-1].font_size)
                continue
        out.append(row)
    return out


def _vertical_words(page: Any) -> list[tuple[str, list[Segment]]]:
    """Words written one character a line down a column (CJK or Hangul letters, at least two), with
    their segments."""
    singles = [s for line in page.lines for s in line
               if len(s.text.strip()) == 1 and timed(_VERTICAL_LETTER.match, s.text.strip())]
    words: list[tuple[str, list[Segment]]] = []
    used: set[int] = set()
    for index, start in enumerate(singles):
        if id(start) in used:
            continue
        chars = [start]
        for other in singles[index + 1:]:
            last = chars[-1]
            height = max(last.height, 1.0)
            if id(other) in used or abs(other.bbox[0] - last.bbox[0]) > 0.5 * height:
                continue
            if other.bbox[1] - last.bbox[3] > 1.5 * height:
                break
            if other.bbox[1] > last.bbox[1]:
                chars.append(other)
        if len(chars) >= 2:
            used.update(id(c) for c in chars)
            words.append(("".join(c.text.strip() for c in chars), chars))
    return words


_CJK_LETTER = regex.compile(r"[\p{Han}]")
_VERTICAL_LETTER = regex.compile(r"[\p{Han}\p{Hangul}]")


def _name_after_account_number(candidates: CandidateSet, patterns: PatternSet, found: dict[str, Pick]) -> None:
    """A party named on the line of its number in the other's books: a payer's advice prints
    "Kreditor: K9565 Vogel & Krüger GmbH & Co. KG" or "Kreditor: Spree Elektrotechnik AG" (SAP's
    payee line). Only a name ending in a registered company form counts; "Supplier no: 48812 (see
    overleaf)" and "account@hanbit61.co.kr" name no one."""
    roles = {"vendor_information.vendor_id": "vendor", "customer_information.customer_id": "customer"}
    for segment, hit in candidates.label_hits:
        role = roles.get(hit.kind.field or "")
        if role is None or f"{_prefix(role)}.{_name_key(role)}" in found:
            continue
        rest = _ACCOUNT_NUMBER_BEFORE_NAME.sub("", segment.text[hit.end:])
        name = _company_name(rest, patterns)
        if not name or not _ends_in_legal_form(name, patterns) or patterns.find_labels(name) \
                or timed(_EMAIL_ADDRESS.search, name):
            continue
        start = segment.text.find(name, hit.end)
        if start < 0:
            continue
        name_segment = Segment(segment.page, segment.line_index, segment.order, _words_from(segment, start),
                               name, segment.char_bbox(start, start + len(name)), segment.font_size)
        found[f"{_prefix(role)}.{_name_key(role)}"] = (name, 0.85 * hit.kind.weight,
                                                       _candidate(name_segment, name, hit.kind.name))


# What stands between the label and the name: a colon and the account number ("Kreditor: K9565 ").
_ACCOUNT_NUMBER_BEFORE_NAME = regex.compile(r"^\s*[:#]?\s*(?:[A-Z]{0,3}[-/]?\d[\w\-/]*\s+)?")


# An addressee named with the honorific Japanese and Korean business letters put after it
# ("朝日システム有限会社 御中", "우리산업 주식회사 귀중").
_HONORIFIC = regex.compile(r"^(?P<name>.+?)\s*(?:御中|殿|様|귀중|귀하)$")


def _addressee_by_honorific(layout: Layout, patterns: PatternSet, found: dict[str, Pick], addressee: str) -> None:
    """The company a line on page 1 addresses with an honorific is the addressee (the customer on an
    invoice, the payee on a remittance advice), over an unlabelled reading; its honorific is no part
    of its name."""
    if not layout.pages:
        return
    name_path = f"{_prefix(addressee)}.{_name_key(addressee)}"
    current = found.get(name_path)
    if current is not None and current[2] is not None and current[2].label:
        return
    for segment in layout.pages[0].segments:
        match = timed(_HONORIFIC.match, segment.text.strip())
        if match is None or not patterns.company_suffixes.contains(match.group("name")):
            continue
        name = match.group("name").strip()
        if current is not None and str(current[0]) != name:
            found.pop(f"{_prefix(addressee)}.address", None)  # read with the name it replaces
        found[name_path] = (name, 0.75, _candidate(segment, name))
        for other in ("vendor", "customer"):
            other_path = f"{_prefix(other)}.{_name_key(other)}"
            if other != addressee and str(found.get(other_path, ("",))[0]).startswith(name):
                found.pop(other_path, None)  # the same block read as the other party
                found.pop(f"{_prefix(other)}.address", None)
        return


REGISTRATION_KINDS = frozenset({"vendor_tax_id", "vendor_tax_id_named", "vendor_tax_number", "vendor_registration_number", "decoy_bank"})


def _issuer_by_registration(layout: Layout, patterns: PatternSet, found: dict[str, Pick], issuer: str,
                            addressee: str) -> None:
    """Two unlabelled blocks at the top, one read as the issuer and one as the addressee: the line
    that states a company's registration, VAT number or bank account ("de Boer & Bos V.O.F. · KvK
    46533108 · BTW-nummer NL787325296B01 · IBAN ...", a footer) is the issuer's. When it names the
    block read as the addressee, and no such line names the other, the two trade places (a window
    envelope's address at the top left, the issuer's name set at the right)."""
    issuer_name = found.get(f"{_prefix(issuer)}.{_name_key(issuer)}")
    addressee_name = found.get(f"{_prefix(addressee)}.{_name_key(addressee)}")
    if issuer_name is None or addressee_name is None:
        return
    if any(pick[2] is None or pick[2].label for pick in (issuer_name, addressee_name)):
        return
    # A payer's advice prints the payee's bank account to say where the money went ("Beneficiary:
    # SITARA TRADING CO.  Bank: ...  IBAN: ..."): only a registration or tax number marks its issuer.
    kinds = REGISTRATION_KINDS if issuer == "vendor" else REGISTRATION_KINDS - {"decoy_bank"}
    registered = [text.casefold() for text in _registration_lines(layout, patterns, kinds)]
    if not registered:
        return
    issuer_text, addressee_text = str(issuer_name[0]).casefold(), str(addressee_name[0]).casefold()
    if issuer_text == addressee_text or issuer_text in addressee_text or addressee_text in issuer_text:
        return
    if any(addressee_text in line for line in registered) and not any(issuer_text in line for line in registered):
        for key in (_name_key, lambda _role: "address"):
            one, other = f"{_prefix(issuer)}.{key(issuer)}", f"{_prefix(addressee)}.{key(addressee)}"
            first, second = found.pop(one, None), found.pop(other, None)
            if first is not None:
                found[other] = first
            if second is not None:
                found[one] = second


def _registration_lines(layout: Layout, patterns: PatternSet,
                        kinds: frozenset[str] = REGISTRATION_KINDS) -> list[str]:
    """The lines (their segments' text joined) that carry a registration, VAT number or bank account
    label (of `kinds`); whose name they carry the caller asks."""
    lines = []
    for page in layout.pages:
        for line in page.lines:
            text = " ".join(segment.text for segment in line)
            if not any(hit.kind.name in kinds for hit in patterns.find_labels(text)):
                continue
            # Only the run of segments that holds the label: a block in another column on the same line
            # (the addressee's name left of a form's "Bank | Institution 815 Transit 94111") is not named by it.
            ordered = sorted(line, key=lambda segment: segment.bbox[0])
            runs: list[list[Segment]] = []
            for segment in ordered:
                if runs and segment.bbox[0] - runs[-1][-1].bbox[2] < REGISTRATION_RUN_GAP_HEIGHTS * max(segment.height, 1.0):
                    runs[-1].append(segment)
                else:
                    runs.append([segment])
            for run in runs:
                run_text = " ".join(segment.text for segment in run)
                if any(hit.kind.name in kinds for hit in patterns.find_labels(run_text)):
                    lines.append(run_text)
    return lines


REGISTRATION_RUN_GAP_HEIGHTS = 3.0  # segments this close on a line read as one run of text


_RETURN_ADDRESS_SEPARATOR = regex.compile(r"\s+[·•|∙]\s+|\s+[-–]\s+")
RETURN_ADDRESS_TYPE_RATIO = 0.9  # a return-address line is set smaller than the address under it


def _return_address_sender(layout: Layout, patterns: PatternSet, blocks: list[list[Segment]]
                           ) -> tuple[Segment, Segment] | None:
    """The sender a window envelope's return-address line names: a line in small type over the
    addressee's block, the sender's name and its address parted by dots ("Isar Haustechnik UG
    (haftungsbeschränkt) · Schillerstraße 137 · 04109 Leipzig" over "Softwarehaus Alpen e.K." /
    "Am Mühlbach 81" / "10115 Berlin"). It names the issuer whatever the letterhead around it says:
    the block under it is the addressee's. Returns the name's and the address's segments."""
    for block in blocks:
        if len(block) < 3:
            continue
        line, below = block[0], block[1]
        if line.font_size > RETURN_ADDRESS_TYPE_RATIO * below.font_size or abs(line.bbox[0] - below.bbox[0]) > line.height:
            continue
        parts = [part for part in _RETURN_ADDRESS_SEPARATOR.split(line.text.strip()) if part]
        if len(parts) < 2:
            continue
        name, address = parts[0].strip(" ,"), ", ".join(part.strip(" ,") for part in parts[1:])
        if not _name_like(name) or any(ch.isdigit() for ch in name) or not _address_like(address, patterns) \
                or not _address_like(parts[-1], patterns):
            continue
        under_name, _, _ = _split_name_address(block[1:], patterns)
        if under_name is None or under_name.casefold() == name.casefold():
            continue  # (the sender's own block: a letterhead set in two sizes)
        name_end = line.text.find(name) + len(name)
        address_start = line.text.find(parts[1], name_end)
        name_segment = Segment(line.page, line.line_index, line.order, tuple(line.words_in(0, name_end)) or line.words,
                               name, line.char_bbox(0, name_end), line.font_size)
        address_segment = Segment(line.page, line.line_index, line.order, _words_from(line, address_start), address,
                                  line.char_bbox(address_start, len(line.text)), line.font_size)
        return name_segment, address_segment
    return None


def _without_return_address(block: list[Segment], issuer: str | None) -> list[Segment]:
    """The block less a return-address line over it: a window envelope's small line naming the sender
    and its address ("Keller Gartenbau Sàrl, Murtenstrasse 32, 3011 Bern") above the addressee."""
    if not issuer or not block:
        return block
    first = block[0].text.strip()
    if first.casefold().startswith(issuer.casefold()) and len(first) > len(issuer) + 3 and \
            first[len(issuer):].lstrip()[:1] in (",", "·", "|", "-", "–", "•"):
        return block[1:]
    return block


# (a sole trader writes the trade after the name: "Marcus Calloway t/a Calloway Tiling")
# (two people share a window: "Sophie und Anna Hartmann", "Jan & Eva Nowak")
_PERSON_NAME = regex.compile(r"^(?:\p{Lu}[\p{L}'\-]+\.?\s+(?:(?:und|and|et|y|en|&)\s+)?){1,3}\p{Lu}[\p{L}'\-]+"
                             r"(?:\s+(?:t/a|T/A|trading\s+as)\s+\p{Lu}[\w&'.,\- ]+)?$")


def _first_word(text: str) -> str:
    words = text.split()
    return words[0].casefold().strip(".,'’\"") if words else ""


def _salesperson(found: dict[str, Pick], patterns: PatternSet) -> Pick | None:
    """A vendor label over a person's name alone ("Vendedor: | José Ramón Gutiérrez", "Seller: Nilda"):
    the clerk who made the sale, no address and no company form with it; the letterhead names the
    vendor when it names a company."""
    named = found.get("vendor_information.vendor_name")
    if named is None or named[2] is None or named[2].label != "party_vendor" or "vendor_information.address" in found:
        return None
    name = str(named[0]).strip()
    if patterns.company_suffixes.contains(name) or not timed(_PERSON_NAME.fullmatch, name) and " " in name:
        return None
    return named


def _inline_label_key(anchor: Candidate) -> str:
    """The label of a "Label: value" line ("Receiver: PRIYA FAIRBANKS, NEW YORK US"), else ""."""
    text = anchor.segment.text if anchor.segment is not None else ""
    label = (anchor.label_text or "").casefold()
    head, colon, value = text.partition(":")
    return label if colon and value.strip() and head.strip().casefold() == label else ""


_MASKED_DIGITS = regex.compile(r"(?i)[x*•]{3,}\d{2,}")


def _bank_details(text: str, patterns: PatternSet) -> bool:
    """Whether a line is a bank account's details: a bank label ("BSB", "IBAN", "Account No") or a
    masked account number ("XXXXX741")."""
    return bool(timed(_MASKED_DIGITS.search, text)) or any(
        hit.kind.name in ("decoy_bank", "decoy_masked_account") for hit in patterns.find_labels(text))


def _heading_type_label(anchor: Candidate, layout: Layout) -> bool:
    """A party word alone in heading type, without a colon: a logo's monogram ("AN" for Al Noor,
    set like the title) or a banner, not the German "An" or a "To" over an address block, which
    are printed like the labels around them."""
    segment = anchor.segment
    if segment is None or ":" in segment.text:
        return False
    page = layout.pages[anchor.page - 1]
    return segment.font_size >= HEADING_TYPE_RATIO * page.median_font and \
        len(segment.text.strip()) <= len(anchor.label_text or "") + 1


_ROUTE_WORDS = frozenset({"from", "to", "von", "nach", "de", "à", "a", "desde", "hasta", "van", "naar", "da"})
ROUTE_HEADER_CELLS = 4  # cells of a table's header row ("Flight | Date | From | To | Class")


def _route_column(anchor: Candidate, layout: Layout) -> bool:
    """A bare "From" / "To" among the headings of a table's columns ("FLIGHT | DATE | FROM | TO | DEP")
    heads a journey's places, not a party's block."""
    segment = anchor.segment
    if segment is None or segment.text.strip(" :").casefold() not in _ROUTE_WORDS:
        return False
    line = layout.pages[segment.page - 1].lines[segment.line_index]
    return len(line) >= ROUTE_HEADER_CELLS and not any(any(ch.isdigit() for ch in s.text) for s in line)


def _inside_a_sentence(anchor: Candidate, layout: Layout, patterns: PatternSet) -> bool:
    """A party word inside running text: "I AGREE TO PAY ABOVE TOTAL AMOUNT ACCORDING TO" on a card
    slip ends in "TO" without labelling the line under it, and "TO CARD ISSUER AGREEMENT" under
    "... ACCORDING" goes on with the sentence above it."""
    segment = anchor.segment
    if segment is None or ":" in segment.text:
        return False
    text = segment.text.strip()
    if not text.casefold().startswith((anchor.label_text or "").casefold()):
        return len(text.split()) >= SENTENCE_WORDS
    line = segment.line_index
    page = layout.pages[segment.page - 1]
    above = page.lines[line - 1] if line > 0 else []
    # (words only: a letterhead's strip of contacts, "Mobile: 080 6114 4932 Email: ...", is no sentence)
    # (nor is the document's title over a form's first heading, "Potrdilo o plačilu - UPN nalog" over "Plačnik")
    # (nor a form's caption written in two languages, "Tài khoản ghi nợ / Debit account")
    return any(len(s.text.split()) >= SENTENCE_WORDS and s.text.rstrip()[-1:].isalpha()
               and not any(ch.isdigit() or ch in ":@" for ch in s.text) and title_share(s.text, patterns) < 0.5
               and not timed(_BILINGUAL_CAPTION.search, s.text)
               and s.bbox[0] <= segment.bbox[2] and segment.bbox[0] <= s.bbox[2] for s in above)


# A caption and its gloss in another language after a slash: "Tài khoản ghi nợ / Debit account".
_BILINGUAL_CAPTION = regex.compile(r"\S\s/\s\p{L}+(?:\s\p{L}+){0,3}$")


_BRACKETED_HONORIFIC = regex.compile(r"(?i)\((?:m/s|messrs|mr|mrs|ms)\.?\)")


def _names_another_field(anchor: Candidate) -> bool:
    """A party word opening another field's label ("CUSTOMER MOBILE:", "Customer ID Type:"): a word or
    two between the party word and the colon that ends the segment."""
    text = anchor.segment.text.rstrip() if anchor.segment is not None else ""
    label = (anchor.label_text or "").casefold()
    start = text.casefold().find(label) if label else -1
    if start >= 0 and timed(_DEPARTMENT.fullmatch, text[start + len(label):].strip(" :")):
        return True  # "Vendor Accounting", "Customer Service": a department's name, not a party's block
    if start >= 0 and timed(_REFERENCE_NOUN.fullmatch, text[start + len(label):].strip(" :")):
        return True  # "Customer Reference  BPV-106826" on a bank's advice: the payer's number, no block
    if start < 0 or not text.endswith(":"):
        return False
    # (the label again in another script and a bracketed honorific, "Customer 客戶 (M/S):", name no field)
    between = [word for word in text[start + len(label):-1].split()
               if not timed(_BRACKETED_HONORIFIC.fullmatch, word) and _script(word) in (None, _script(label))]
    return 0 < len(between) <= 2


def _addressed_to_person(name: str, address: tuple[str, Segment] | None) -> bool:
    """A private customer's window address: a person's name ("Daniel Lockhart", "ETHAN BRENNAN") over
    a full postal address (a street with a number, then a postcode)."""
    if address is None or not timed(_PERSON_NAME.match, name):
        return False
    text = address[0]
    return any(ch.isdigit() for ch in text) and bool(timed(_POSTCODE.search, text.split(",")[-1]))


def _prefix(role: str) -> str:
    return "vendor_information" if role == "vendor" else "customer_information"


def _name_key(role: str) -> str:
    return "vendor_name" if role == "vendor" else "customer_name"


def _candidate(segment: Segment, text: str, label: str | None = None) -> Candidate:
    return Candidate("party", text, segment.text, segment.page, segment.bbox, "inline", label=label, segment=segment)


_ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "l'", "der", "die", "das", "de", "het", "el", "los", "las"})


def _only_block_stop(text: str, patterns: PatternSet) -> bool:
    """A segment that is nothing but a stop phrase: a copy mark ("ORYGINAŁ/KOPIA", "DUPLICATE") far
    right of a party's label on its line is no value of the label."""
    stripped = text.strip(" :/-*")
    hits = patterns.block_stops.find(stripped)
    return bool(hits) and hits[0][0] == 0 and hits[-1][1] >= len(stripped)


# A label's gloss in another script, with its own colon, before the value: "聯絡人: ".
_GLOSS_THEN_COLON = regex.compile(r"(?P<gloss>[^:：\d/]{1,20})[:：]\s*(?=\S)")
# A label's second wording after a slash, with its own colon, before the value: "/ Registered Name: ".
_SECOND_WORDING = regex.compile(r"/\s*(?P<name>[^:/\d]{2,40}):\s*(?=\S)")


def _block_after_label(layout: Layout, anchor: Candidate, patterns: PatternSet) -> list[Segment]:
    segment = anchor.segment
    assert segment is not None
    label_end = segment.text.lower().find(anchor.text.lower()) + len(anchor.text)
    rest = segment.text[label_end:].strip(" :-\t")
    if rest.startswith(".") and anchor.text[-1:].isalpha():
        rest = rest[1:].lstrip()  # "Messrs. Suzuki Trading": the label's own abbreviation stop
    if timed(_PARENTHESISED.match, rest):
        rest = ""  # "Cedente/prestatore (fornitore)": the label's own gloss, not a name
    if rest.startswith("/") and (_label_gloss(rest[1:].strip(" :"), patterns)
                                 or _other_script_gloss(anchor.text, rest[1:].strip(" :"))):
        rest = ""  # "Datos del emisor / vendedor": the label's second wording, not a name
    second = timed(_SECOND_WORDING.match, rest)
    if second is not None and (_is_field_name(second.group("name").strip())
                               or _label_gloss(second.group("name").strip(), patterns)):
        rest = rest[second.end():]  # "SOLD TO / Registered Name: Visayan Enterprises Co."
    glossed = timed(_GLOSS_THEN_COLON.match, rest)
    if glossed is not None and _other_script_gloss(anchor.text, glossed.group("gloss").strip()):
        rest = rest[glossed.end():]  # "Attn 聯絡人: Mr. Wong": the label again in Chinese, then its value
    lines: list[Segment] = []
    if rest.casefold() in _ARTICLES:
        # "TO THE" over "ORDER OF": a cheque's "pay to the order of" split over two lines; the payee
        # stands right of it, else it is read under "ORDER OF".
        if segment.right is None or labels_in(segment.right, patterns):
            return []
        top = segment.right
        return [_without_sub_label(line) for line in [top] + _stack_below(layout, top, patterns, MAX_BLOCK_LINES - 1)]
    if rest and (_is_title_text(rest, patterns) or rest[0].islower()
                 and not segment.text[label_end:].lstrip().startswith(":")):
        return []  # "CUSTOMER STATEMENT" is a title, "To whom it may concern" a salutation
    if rest:
        start = segment.text.find(rest, label_end)
        # "To: Pinnacle Hydraulics Inc · 04/06/2023": a dot between spaces parts fields of one line
        rest = rest.split(" · ")[0].rstrip()
        # "Sold by Gallery Payment Corp., 1600 Meridian Parkway, ... CA 94043. The developer of each
        # app is shown beside it.": running text after the party is not its address
        parts = regex.split(r"(?<=\.)\s+(?=[A-Z])", rest)
        for index in range(1, len(parts)):
            if _reads_as_sentence(parts[index]):
                rest = " ".join(parts[:index])
                if not _ends_in_legal_form(rest, patterns):
                    rest = rest.rstrip(" .")  # the sentence's stop, not an abbreviation's ("Corp.")
                break
        words = _words_from(segment, start)
        right_edge = segment.char_bbox(start, start + len(rest))[2]
        words = tuple(w for w in words if w.bbox[0] < right_edge) or words
        lines.append(Segment(segment.page, segment.line_index, segment.order, words, rest,
                             segment.char_bbox(start, start + len(rest)), segment.font_size))
        top = lines[0]
    elif segment.right is not None and (named := _after_leading_registration(segment.right, patterns)) \
            is not segment.right:
        top = named
        lines.append(top)
    elif (segment.right is not None and not segment.right.text.rstrip().endswith(":")
          and not _only_block_stop(segment.right.text, patterns) and not _place_and_date(segment.right.text)
          and not _table_row_beside(layout, segment)
          and ((not _labels_with_values(segment.right, patterns) or _name_then_fields(segment.right, patterns)
                or _name_then_tax_number(segment.right, patterns))
               and (segment.right.bbox[0] - segment.bbox[2] < 8 * max(segment.height, 1.0)
                    or segment.text.rstrip().endswith(":"))  # a colon hands on to the value, however far
               or (_label_column(layout, segment, patterns) or anchor.field == "party:received_from")
               and not any(hit.start == 0 for hit in labels_in(segment.right, patterns)))):
        top = _before_separated_label(segment.right, patterns)
        if top is not segment.right:
            return [top]  # the lines under it go on with the other field ("... IBAN DE53 8555" / "8850 25")
        if anchor.field == "party:received_from":
            # A form's row ("Received from   Mercy Odhiambo" over "The sum of   Kenya Shillings ..."):
            # the rows under it hold the next fields' values.
            return [top]
        rows = _labelled_form_rows(layout, segment, top, patterns)
        if rows:
            return rows
        lines.append(top)
    else:
        below = layout.below(segment, max_lines=1)
        if below and below[0].right is not None and any(
                hit.start == 0 and (hit.kind.field == anchor.field or hit.kind.name == anchor.label)
                for hit in labels_in(below[0], patterns)):
            return []  # "GÖNDEREN BİLGİLERİ" over "Gönderen | <name>": a section's heading; its row names the party
        if below and below[0].right is not None and (_is_field_name(below[0].text)
                                                     or _party_field_name(below[0].text, patterns)):
            # "Beneficiary" over "Name | Delta B.V.", "Address | ..."; "Odbiorca" over "Nazwa odbiorcy | ..."
            return _form_rows(layout, below[0], patterns)
        if (not below or labels_in(below[0], patterns) and not _name_like(below[0].text)
                or below[0].text.rstrip().endswith(":")):  # "Supplier Number:" labels, it names no one
            return []
        lines.append(below[0])
        top = below[0]
    if not _EMAIL_ADDRESS.sub("", top.text).strip(" ,;<>\"'"):
        return []  # an e-mail header's "To: receivables@redmond.example" names a mailbox, not a party
    # The lines under a name printed after its label ("Messrs. Suzuki Trading Co., Ltd.") align with
    # the label's line, not with the name's first letter.
    reference = segment if rest else top
    return [_without_sub_label(line) for line in lines + _stack_below(layout, reference, patterns, MAX_BLOCK_LINES - 1)]


_FIGURE_CELL = regex.compile(r"^[\s$€£¥₹%(),.\-−]*\d[\d\s$€£¥₹%(),.\-−]*$")


def _labels_with_values(segment: Segment, patterns: PatternSet) -> list[Any]:
    """The labels in a segment, less date labels with no date after them: "del" dates an invoice in
    "Factura 123 del 12/03/2024", and is a word of a name in "Servicios del Valle Sociedad Anónima"."""
    hits = labels_in(segment, patterns)
    if not any(hit.kind.value == "date" for hit in hits):
        return hits
    dates = dates_in(segment, None)
    return [hit for hit in hits if hit.kind.value != "date" or any(d.start >= hit.end for d in dates)]


def _table_row_beside(layout: Layout, segment: Segment) -> bool:
    """Whether what stands right of a party label is a row of another column's table ("INVOICE TO:  Logo
    design  8  $531.00  $4,248.00" where a side panel's label meets the item table's row): the party
    is then under the label, which has a line of its own below it."""
    cells = []
    right = segment.right
    while right is not None:
        cells.append(right)
        right = right.right
    if sum(1 for cell in cells[1:] if _FIGURE_CELL.match(cell.text)) < 2:
        return False
    below = layout.below(segment, max_lines=1)
    return bool(below) and abs(below[0].bbox[0] - segment.bbox[0]) < 2 * max(segment.height, 1.0)


def _label_gloss(text: str, patterns: PatternSet) -> bool:
    """Whether text after a label's slash words the label again: a label of its own ("Customer /
    Cliente") or a word or two in lower case ("Datos del emisor / vendedor")."""
    if not text:
        return False
    hits = patterns.find_labels(text)
    if hits and sum(hit.end - hit.start for hit in hits) >= 0.8 * len(text):
        return True
    return text.islower() and len(text.split()) <= 2


GLOSS_WORDS = 4  # a label's translation after its slash is this short ("Customer's Name / የገዢ ስም")


def _script(text: str) -> str | None:
    """The script of a text's first letter ("LATIN", "CYRILLIC", "ETHIOPIC", ...)."""
    letter = next((ch for ch in text if ch.isalpha()), None)
    return unicodedata.name(letter, "").split(" ")[0] if letter else None


def _other_script_gloss(label: str, text: str) -> bool:
    """Whether text after a label's slash is the label in another script: a bilingual form's gloss
    in a language the label lists need not know ("Customer's Name / የገዢ ስም")."""
    script = _script(text)
    return (script is not None and script != _script(label) and len(text.split()) <= GLOSS_WORDS
            and not any(ch.isdigit() for ch in text) and all(_script(word) == script for word in text.split()))


def _before_separated_label(segment: Segment, patterns: PatternSet) -> Segment:
    """The segment up to a field label set off by a dash or dot ("Rousseau Conseil SARL – IBAN FR51
    ..."): one line holding a name and another field."""
    for hit in labels_in(segment, patterns):
        head = segment.text[:hit.start].rstrip()
        if hit.start > 0 and _company_before_tax_number(head, hit, patterns):
            # ("Distribuidora Azteca S.A. de C.V.   RFC DAO130823K9A": the name ends at its company form)
            words = tuple(segment.words_in(0, len(head))) or segment.words
            return Segment(segment.page, segment.line_index, segment.order, words, head,
                           segment.char_bbox(0, len(head)), segment.font_size)
        if hit.start > 0 and head[-1:] in _FIELD_SEPARATORS and head[:-1].strip():
            head = head[:-1].rstrip()
            words = tuple(segment.words_in(0, len(head))) or segment.words
            return Segment(segment.page, segment.line_index, segment.order, words, head,
                           segment.char_bbox(0, len(head)), segment.font_size)
    return segment


_FIELD_SEPARATORS = "–—·|"


# A staff or till code opening a name ("BD1187", "C02"): letters then three digits or more.
_STAFF_CODE = regex.compile(r"^[A-Z]{1,4}\d{3,}\b")
# A kind of identity number and the number alone ("DNI 72023886", "RUC: 20497418519", "CI 1712345678").
_ID_NUMBER_ONLY = regex.compile(r"\p{Lu}{2,5}\.?:?\s*\d[\d .\-/]{5,}")


def _label_column(layout: Layout, segment: Segment, patterns: PatternSet) -> bool:
    """Whether the label heads a column of field names ("Empfänger" over "Betrag" over
    "Ausführungsdatum"), each with its value in one column far to the right: a form, where the
    label's value is the one right of it, and the name under it is the next field's. The label may
    end its column too ("Rekening Sumber | 9443986675409" over "Nama Pengirim | PT Sumber Sejahtera",
    a section heading under it)."""
    return _field_row_beside(layout, segment, layout.below(segment, max_lines=1), patterns) or \
        _field_row_beside(layout, segment, _field_above(layout, segment), patterns)


def _field_above(layout: Layout, segment: Segment) -> list[Segment]:
    """The segment on the line right over `segment` that starts where it does (within a line's gap)."""
    if segment.line_index == 0:
        return []
    page = layout.pages[segment.page - 1]
    height = max(segment.height, 1.0)
    line = page.lines[segment.line_index - 1]
    return [s for s in line if abs(s.bbox[0] - segment.bbox[0]) < height and segment.bbox[1] - s.bbox[3] < 1.5 * height]


def _field_row_beside(layout: Layout, segment: Segment, below: list[Segment], patterns: PatternSet) -> bool:
    """Whether `below` (the line under the label, or over it) is another field of the same form."""
    height = max(segment.height, 1.0)
    if below and below[0].right is None and _gloss(below[0].text) and below[0].bbox[1] > segment.bbox[1]:
        # a bilingual form glosses each label on the line under it ("Đơn vị bán hàng" over "Seller:"):
        # the column goes on under the gloss
        below = layout.below(below[0], max_lines=1)
    return (bool(below) and segment.right is not None and below[0].right is not None
            and segment.right.right is None and below[0].right.right is None
            and abs(below[0].bbox[0] - segment.bbox[0]) < height
            # (the values aligned on their left edge, or right-aligned: "From | Printers Highveld (Pty) Ltd"
            # over "Recipient | Nkosi Printers Ltd", both ending at the column's right edge)
            and (abs(below[0].right.bbox[0] - segment.right.bbox[0]) < height
                 or abs(below[0].right.bbox[2] - segment.right.bbox[2]) < 0.5 * height)
            and (any(start == 0 for start, _end, _kind in patterns.label_index.find(below[0].text))
                 or _is_field_name(below[0].text)  # "გამყიდველი" over "გამყიდველის მისამართი" (its address)
                 or _is_field_name(below[0].text.split()[0])))  # "Beneficiario" over "Indirizzo beneficiario"


def _gloss(text: str) -> bool:
    """A label alone on its line in another language, ending in a colon ("Seller:", "Company name:")."""
    text = text.strip()
    return text.endswith(":") and len(text.split()) <= 4 and not any(ch.isdigit() for ch in text)


# Inside a party block a bank or form may label each line ("Name: Westbrook Ltd", "Address: 4 Mill
# Lane"): the value is what follows the label.
_SUB_LABEL = regex.compile(
    r"^(?:(?:company|business|beneficiary|customer|account|legal|trading|registered)\s+)?(?:name|address|street|city|company|business)|"
    r"^(?:nom|raison\s+sociale|société|adresse|firma|firmenname|name|anschrift|straße|naam|bedrijfsnaam|adres|"
    r"nombre|razón\s+social|empresa|dirección(?:\s+matriz)?|casa\s+matriz|domicilio(?:\s+comercial|\s+fiscal)?|jina|jina\s+la\s+kampuni|anwani|"
    r"denominazione|"
    r"ragione\s+sociale|indirizzo|sede|nama(?:\s+perusahaan)?|alamat|"
    # Romanian (the registered office, "Sediul:"), Czech and Slovak
    r"sediu(?:l)?(?:\s+social)?|adres[aă]|denumire(?:a)?|sídlo|název|adresa|"
    # Greek
    r"επωνυμία|διεύθυνση|πόλη|"
    # Russian, Ukrainian
    r"адрес(?:\s+места\s+нахождения)?|юридический\s+адрес|наименование|адреса|юридична\s+адреса|місцезнаходження|"
    r"найменування|назва|"
    # Latvian, Estonian, Lithuanian
    r"juridiskā\s+adrese|adrese|aadress|adresas|nosaukums|nimi|pavadinimas|naziv|назив|"
    # Portuguese and Italian (a bank receipt's "Beneficiário" over "Razão social | ...", "Nome | ...")
    r"razão\s+social|nome|endereço|cidade|cep|ragione\s+sociale|denominazione|indirizzo|città|"
    # Georgian
    r"მისამართი|იურიდიული\s+მისამართი|დასახელება|"
    # Chinese (a full-width colon after it: "地址：臺中市西屯區...")
    r"地址|名稱|名称)(?=\s*[:：])",
    regex.IGNORECASE)


# The same field names standing alone in a form's left column, their values in a column to the right.
_FIELD_NAME = regex.compile(
    r"(?:(?:company|business|beneficiary|customer|account|full|registered|legal|trading)\s+)?"
    r"(?:name|address|street|city|town|post\s*code|postal\s+code|zip(?:\s+code)?|country|company|business)|"
    r"nom|raison\s+sociale|adresse|ville|code\s+postal|pays|firma|firmenname|anschrift|straße|ort|plz|land|naam|"
    r"bedrijfsnaam|adres|plaats|postcode|názov|ime\s+in\s+naslov|naslov|nombre|razón\s+social|dirección(?:\s+matriz|\s+fiscal)?|domicilio(?:\s+fiscal)?|ciudad|país|jina|anwani|"
    r"nama(?:\s+perusahaan)?|alamat|kota|kode\s+pos|adı|ünvanı|ünvan|manzil|манзил|nomi|номи|байгууллагын\s+нэр|нэр|хаяг|անվանում|հասցե|sediu(?:l)?(?:\s+social)?|adres[aă]|sídlo|název|"
    r"επωνυμία|διεύθυνση|πόλη|τ\.?κ\.?|адрес(?:\s+места\s+нахождения)?|юридический\s+адрес|наименование|адреса|юридична\s+адреса|найменування|"
    r"juridiskā\s+adrese|adrese|aadress|adresas|nosaukums|nimi|pavadinimas|naziv|назив|"
    # Portuguese and Italian (a bank receipt's "Beneficiário" over "Razão social | ...", "Nome | ...")
    r"razão\s+social|nome|endereço|cidade|cep|ragione\s+sociale|denominazione|indirizzo|città|"
    # Vietnamese
    r"tên|tên\s+đơn\s+vị|địa\s+chỉ|"
    # Polish ("Nazwa odbiorcy", "Adres nadawcy" on a bank's transfer confirmation)
    r"nazwa|"
    # Georgian (the seller's and the buyer's address rows of an e-invoice)
    r"მისამართი|იურიდიული\s+მისამართი|დასახელება|(?:გამყიდველის|მყიდველის)\s+მისამართი|"
    # a statutory form's party rows ("Address of the registered person", "Address of the purchaser")
    r"address\s+of\s+(?:the\s+)?(?:registered\s+person|seller|supplier|purchaser|buyer|customer|vendor)",
    regex.IGNORECASE)


# A field name that ends at a word's end ("Adresa platiteľa" is "adresa", not Dutch "adres" and more).
_FIELD_NAME_WORDS = regex.compile(rf"(?:{_FIELD_NAME.pattern})(?!\w)", regex.IGNORECASE)
# A field name written after its party's word, with the possessive ending (Hungarian "Megbízó neve":
# the orderer's name; "Kedvezményezett címe": the beneficiary's address).
_FIELD_NAME_AFTER_PARTY = regex.compile(r"^(?P<party>\w+)\s+(?:neve|címe|székhelye)$", regex.IGNORECASE)


def _is_field_name(text: str) -> bool:
    return timed(_FIELD_NAME.fullmatch, _field_name_text(text)) is not None


def _party_field_name(text: str, patterns: PatternSet) -> bool:
    """A form's field name that says whose it is after it: a party's label ("Indirizzo beneficiario"),
    or a word inflected from one ("Nazwa odbiorcy", "Adres nadawcy": the recipient's, the sender's)."""
    after = timed(_FIELD_NAME_AFTER_PARTY.search, _field_name_text(text))
    if after is not None:  # Hungarian names the party first: "Megbízó neve", "Kedvezményezett címe"
        hits = patterns.find_labels(after.group("party"))
        return bool(hits and hits[0].start == 0 and hits[0].end >= len(after.group("party"))
                    and hits[0].kind.field and hits[0].kind.field.startswith("party:"))
    match = timed(_FIELD_NAME_WORDS.match, _field_name_text(text))
    if match is None or not match.group(0) or not match.group(0)[-1:].isalpha():
        return False
    rest = _field_name_text(text)[match.end():].strip()
    if not rest or not rest[0].isalpha() or match.end() < len(_field_name_text(text)) and \
            _field_name_text(text)[match.end()].isalpha():
        return False
    hits = patterns.find_labels(rest)
    if hits and hits[0].start == 0 and hits[0].end >= len(rest.rstrip(" :")):
        return bool(hits[0].kind.field and hits[0].kind.field.startswith("party:"))
    return len(rest.split()) == 1 and rest.isalpha() and rest.islower()


def _field_name_text(text: str) -> str:
    """A form's field name without its colon or its EN 16931 term ("Address (BG-5)"), and of one
    written in two languages, its gloss after the slash ("Tên / Name", "Địa chỉ / Address")."""
    text = BUSINESS_TERM.sub("", text).strip(" :\t՝")  # (Armenian closes a label with "՝")
    gloss = timed(_BILINGUAL_CAPTION.search, text)
    if gloss is None or text[:gloss.start() + 1].isascii() or not text[gloss.start() + 1:].isascii():
        return text  # (two wordings in one language, "NOME / RAZÃO SOCIAL", are one caption)
    return text[gloss.start() + 1:].strip(" /:")


def _form_rows(layout: Layout, first: Segment, patterns: PatternSet) -> list[Segment]:
    """A party laid out as a form: field names in a column ("Name", "Address") and each value to
    their right, an address running on below its value with the name column empty. The block is the
    values, down to the first row whose field name is not part of a party ("IBAN", "Debit account").
    A value its column wrapped is one line again (`_wrapped_value`), and a country given as its code
    alone ("Country | AU") is no postal line."""
    assert first.right is not None
    page = layout.pages[first.page - 1]
    names_x, values_x, values_right = first.bbox[0], first.right.bbox[0], first.right.bbox[2]
    rows: list[tuple[Segment, str | None]] = []  # each value with its row's field name (None: runs on)
    bottom = first.bbox[1]
    for line in page.lines[first.line_index:]:
        if not line or len(rows) >= MAX_BLOCK_LINES:
            break
        height = max(line[0].height, 1.0)
        if line[0].bbox[1] - bottom > 1.5 * height:
            break
        name = [s for s in line if abs(s.bbox[0] - names_x) < 1.5 * height]
        # (values set flush right, as a bank's confirmation prints them, end where the first one ends: on
        # a row that names its field)
        value = [s for s in line if abs(s.bbox[0] - values_x) < 1.5 * height
                 or name and s.bbox[0] > names_x + height and abs(s.bbox[2] - values_right) < 1.5 * height]
        if not name and not value and rows:
            bottom = line[0].bbox[3]
            continue  # a row of the form beside this one (the other party's name running on)
        if name and value and not _is_field_name(name[0].text) and any(
                hit.start == 0 and hit.kind.value == "tax_id" for hit in labels_in(name[0], patterns)):
            bottom = value[0].bbox[3]
            continue  # the party's tax number between its name and its address ("ՀՎՀՀ՝ | 08573711")
        if name and not (_is_field_name(name[0].text) or _party_field_name(name[0].text, patterns)) or not value:
            break
        bottom = value[0].bbox[3]
        field_name = _field_name_text(name[0].text).split()[0] if name else None
        if field_name and timed(_COUNTRY_FIELD.fullmatch, field_name) \
                and timed(_COUNTRY_CODE.fullmatch, value[0].text.strip()):
            continue
        rows.append((value[0], field_name))
    width = max((row.bbox[2] - row.bbox[0] for row, _ in rows), default=0.0)
    merged: list[Segment] = []
    field_name = None
    for index, (row, own_name) in enumerate(rows):
        if own_name is not None:
            field_name = own_name
        if merged and own_name is None and _wrapped_value(rows[index - 1][0], row, field_name, width, patterns):
            merged[-1] = _merge([merged[-1], row])
        else:
            merged.append(row)
    return merged


# A form's country row, and a country written as its ISO code: "Country | AU".
_COUNTRY_FIELD = regex.compile(r"(?i)country|pays|land|país|paese|landcode|country\s+code")
_COUNTRY_CODE = regex.compile(r"[A-Z]{2}")
# The type word that ends an English street's name ("George Street", "Hay St").
# (Mongolian names the subdistrict and the floor after their numbers: "21-р" / "хороо", "1" / "давхар")
_STREET_TYPE = regex.compile(r"(?i)street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|close|crescent|"
                             r"court|ct|place|pl|square|sq|terrace|parade|highway|hwy|quay|row|walk|gardens|хороо|гудамж|давхар")
# Words that cannot end a line of a name or street: the line goes on below ("Chaussée de" / "Waterloo 171").
_JOINING_WORDS = frozenset({"de", "du", "des", "la", "le", "of", "the", "and", "&", "van", "der", "den", "von", "zu",
                            "am", "an", "auf", "di", "da", "do", "dos", "das", "del", "y", "et", "und", "en"})


def _wrapped_value(upper: Segment, lower: Segment, field_name: str | None, width: float,
                   patterns: PatternSet) -> bool:
    """Whether `lower`, a form row without a field name of its own, is `upper` wrapped by its column:
    its first word would not have fitted on `upper`'s line within the column's widest line, and the
    words say so too. A name runs on ("Silverline Industrial" / "Parts Pty Limited"); an address line
    runs on where the lower line opens with the street's type ("328 George" / "Street") or its
    number under a street without one ("Brusselsesteenweg" / "217"), or the upper one ends in a word
    that cannot end it ("Chaussée de"); else the lower line is the address's next line ("Plot
    258/7309" / "Nakuru")."""
    if not lower.words:
        return False
    first_word = lower.words[0]
    space = max(upper.height, 1.0) * 0.3
    if (upper.bbox[2] - upper.bbox[0]) + space + (first_word.bbox[2] - first_word.bbox[0]) <= width + 0.5:
        return False
    if field_name is not None and timed(_FIELD_NAME_OF_NAME.fullmatch, field_name):
        return True
    last_word = upper.text.split()[-1].casefold() if upper.text.split() else ""
    return last_word in _JOINING_WORDS or bool(timed(_STREET_TYPE.fullmatch, first_word.text.strip(",."))) or (
        first_word.text[:1].isdigit() and not any(ch.isdigit() for ch in upper.text)
        and not timed(_POSTCODE.search, lower.text))  # "Rue des Fabriques" / "52"


def _labelled_form_rows(layout: Layout, label: Segment, value: Segment, patterns: PatternSet) -> list[Segment]:
    """A party as a form under its label ("Cliente | Suministros Orinoco S.A.", "NIT / C.C. | 800...",
    "Dirección | Zona Franca Bodega 47", "Ciudad | Cartagena"): the name, then the values of the rows
    named as address parts; rows of other known fields (tax id, phone) are passed over. Empty when no
    address row follows, so that the caller reads the block its usual way."""
    page = layout.pages[label.page - 1]
    names_x = label.bbox[0]
    rows = [value]
    bottom = label.bbox[3]
    address_rows = 0
    wraps = True  # whether a line under the last row, its names column empty, is that row wrapped
    for line in page.lines[label.line_index + 1:]:
        if not line:
            break
        height = max(line[0].height, 1.0)
        if line[0].bbox[1] - bottom > 1.5 * height or len(rows) >= MAX_BLOCK_LINES:
            break
        name = line[0] if abs(line[0].bbox[0] - names_x) < 1.5 * height else None
        if name is None and wraps and abs(line[0].bbox[0] - rows[-1].bbox[0]) < 1.5 * height \
                and not labels_in(line[0], patterns):
            # The names column empty: the value above wrapped ("Sundarban Pharmaceuticals &" / "Co.")
            rows[-1] = _merge([rows[-1], line[0]])
            bottom = line[0].bbox[3]
            continue
        if name is None or name.right is None or name.right.bbox[0] < value.bbox[0] - 4 * height:
            break
        bottom = line[0].bbox[3]
        if (_is_field_name(name.text) or _party_field_name(name.text, patterns)) \
                and not _FIELD_NAME_OF_NAME.fullmatch(_field_name_text(name.text)):
            rows.append(name.right)
            address_rows += 1
            wraps = True
        elif not labels_in(name, patterns) or any(
                hit.kind.field and hit.kind.field.startswith("party:") for hit in labels_in(name, patterns)):
            break  # (the next party's row, "Name of the purchaser", ends this one)
        else:
            wraps = False  # a row passed over (its tax id, "BIN:"): what wraps under it is its own
    return rows if address_rows else []


# Field names that name the party rather than its address ("Name", "Empresa"): a second one starts another party.
_FIELD_NAME_OF_NAME = regex.compile(
    r"(?:(?:company|business|beneficiary|customer|account|full|registered)\s+)?(?:name|company|business)|"
    r"nom|raison\s+sociale|firma|firmenname|naam|bedrijfsnaam|nombre|razón\s+social|jina|nama(?:\s+perusahaan)?|"
    r"επωνυμία|adı|nomi|номи|байгууллагын\s+нэр|нэр|անվանում|наименование|найменування|"
    r"nosaukums|nimi|pavadinimas|naziv|назив|tên",
    regex.IGNORECASE)


def _without_sub_label(segment: Segment) -> Segment:
    match = timed(_SUB_LABEL.match, segment.text)
    if match is None:
        return segment
    rest = segment.text[match.end():]
    if not rest.lstrip().startswith((":", "：")):
        return segment  # "Business Park Road" is an address, not a label
    start = match.end() + len(rest) - len(rest.lstrip(" :："))
    if start >= len(segment.text):
        return segment
    text = segment.text[start:]
    return Segment(segment.page, segment.line_index, segment.order, _words_from(segment, start), text,
                   segment.char_bbox(start, len(segment.text)), segment.font_size)


def _words_from(segment: Segment, start: int) -> tuple[Any, ...]:
    position = 0
    kept = []
    for word in segment.words:
        if position >= start:
            kept.append(word)
        position += len(word.text) + 1
    return tuple(kept) or segment.words


def _stack_below(layout: Layout, top: Segment, patterns: PatternSet, limit: int) -> list[Segment]:
    """Segments stacked under `top` (left-aligned, centred or overlapping), one per line, until a
    gap wider than a line or a stop line."""
    stacked: list[Segment] = []
    kept = 0  # lines that count towards the limit (registration lines do not)
    block_gaps: list[float] = []  # white space between the block's lines so far
    current = top
    page = layout.pages[top.page - 1]
    usual_gap = _usual_line_gap(page)
    # A block whose first line is a form's value ("Payee: | Cedar Inc") ends at the next form field;
    # one under its heading ("Odběratel:" over the name) is a column, and the colon-ended fields of
    # the form left of it ("Datum splatnosti: | 9. 9. 2024") are another column's.
    labelled_beside = any(s.bbox[2] <= top.bbox[0] and s.text.rstrip().endswith(":")
                          for s in page.lines[top.line_index])
    translation_bottom = 0.0  # the foot of a line of translated labels the block passed
    row_label = next((s for s in reversed(page.lines[top.line_index]) if s.bbox[2] <= top.bbox[0]), None)
    row_role = _party_label_only(row_label, patterns) if row_label is not None else None
    for line in page.lines[top.line_index + 1:]:
        if kept >= limit or not line:
            break
        if row_role and abs(line[0].bbox[0] - row_label.bbox[0]) < 1.5 * max(row_label.height, 1.0) \
                and _party_label_only(line[0], patterns) not in (None, row_role):
            break  # "Payer | Fabrication Summit LLP", its address, then "Payee | Kendrick Supply plc": the next party's row
        height = max(current.height, line[0].height, 1.0)
        if min(s.bbox[1] for s in line) - max(current.bbox[3], translation_bottom) > max(
                1.0 * height, BLOCK_GAP_SPACINGS * usual_gap):
            break
        # Stacked under the block's first line and under the line just above (a label of the next
        # column that a wide name overhangs is not part of the block).
        aligned = [s for s in line if _stacked(top, s) and (current is top or _stacked(current, s)
                                                            or abs(s.bbox[0] - top.bbox[0]) < 1.5 * height)]
        if len(aligned) < len(line):
            # A line cut in two by a wide gap ("3-7, GROUND FLOOR,  JLN PURTA DENGKIL 1" under a
            # centred name, a name or address set in widely spaced words) is one line of the block
            # when the whole line is centred under the block's first line or the line above, or
            # starts at its left edge.
            whole = [s for s in line if s in aligned or not labels_in(s, patterns)]
            if len(whole) > 1 and _whole_line_stacked(whole, (top, current), height, page):
                aligned = whole
        if len(aligned) > 1:
            # Parts of one line split by a wide gap join the block; a labelled field of another
            # column ("Invoice No: 12") does not.
            aligned = [aligned[0]] + [s for s in aligned[1:] if not labels_in(s, patterns)]
        if not aligned and current is top and len(line) == 1:
            # A letterhead's contact strip spans the page under the name, stacked or not.
            separated = _address_before_separator(line[0], patterns)
            if separated is not None:
                stacked.append(separated)
                break
        if not aligned:
            if all(timed(_CJK_ONLY.fullmatch, s.text.strip()) for s in line):
                # A bilingual form's labels in Chinese under the English ones ("Customer" over "客戶",
                # "Address" over "地址"): the block goes on below them.
                translation_bottom = max(s.bbox[3] for s in line)
            continue
        if top.bbox[0] > line[0].bbox[0] and _form_label_left_of(layout, aligned[0], line, patterns,
                                                                  colon_labels=labelled_beside):
            break  # "Payment Method: | ACH" under "Payee: | Cedar Inc": the next field's value, not the block's
        candidate = aligned[0] if len(aligned) == 1 else _merge(aligned)
        gap = max(0.0, candidate.bbox[1] - current.bbox[3])
        if block_gaps and gap > max(block_gaps) + PARAGRAPH_GAP_HEIGHTS * height:
            break  # a blank line after lines set close together: the next block (payer over payee)
        if _opens_with_contact_part(candidate.text, patterns):
            break  # "(442) 213-4064 · USDOT 2565638": the contact strip under an address ends the block
        separated = _address_before_separator(candidate, patterns)
        if separated is not None:
            stacked.append(separated)  # "303 Lakeview Blvd · Austin, TX 78790 · (335) 721-3766 · www..."
            break
        if _is_skip(candidate, patterns):
            # Registration data stays in the block (it separates name from address, and ends an
            # address), but is neither name nor address; an address that opens its line is kept.
            head = _address_before(candidate, patterns.block_skips.find(candidate.text), patterns)
            if head is not None:
                stacked.append(head)
                kept += 1
            stacked.append(candidate)
            block_gaps.append(gap)
            current = candidate
            continue
        if _is_table_header(line, patterns):
            break
        if _is_stop(candidate.text, patterns):
            head = _address_before(candidate, patterns.block_stops.find(candidate.text), patterns)
            if head is not None:
                stacked.append(head)
            break
        stacked.append(candidate)
        block_gaps.append(gap)
        kept += 1
        current = candidate
    return stacked


def _whole_line_stacked(parts: list[Segment], references: tuple[Segment, ...], height: float,
                        page: PageLayout) -> bool:
    """Whether the parts of a line, none a column apart from the next, stand centred under one of
    the `references` or start at its left edge."""
    if any(not _continues_line(a, b, page) for a, b in zip(parts, parts[1:], strict=False)):
        return False
    left, right = min(s.bbox[0] for s in parts), max(s.bbox[2] for s in parts)
    return any(abs((left + right) - (r.bbox[0] + r.bbox[2])) / 2 < 1.5 * height or abs(left - r.bbox[0]) < 1.5 * height
               for r in references)


# Letters of an abbreviation, one at a time: "s.", "r.", "o.", "r.o.", "s".
_SPELLED_LETTERS = regex.compile(r"(?:\p{L}\.)+\p{L}?|\p{L}")


def _reads_as_sentence(text: str) -> bool:
    """A line of running text ("Please allow 1-2 business days for your bank to post the deposit."):
    five or more words, most of them in lower case. Names and addresses capitalise their words; the
    letters of an abbreviated company form ("s. r. o.", "spol. s r.o."), and a short word between
    two of them ("S. de R.L. de C.V.", "S. en C."), are no words of a sentence."""
    tokens = text.split()
    spelled = [bool(_SPELLED_LETTERS.fullmatch(token)) for token in tokens]
    words = [token for i, token in enumerate(tokens) if token[0].isalpha() and not spelled[i]
             and not (len(token) <= 3 and 0 < i < len(tokens) - 1 and spelled[i - 1] and spelled[i + 1])]
    return len(words) >= 5 and sum(word[0].islower() for word in words) * 2 >= len(words)


def _party_label_only(segment: Segment, patterns: PatternSet) -> str | None:
    """The party a segment that is a party's label and nothing else names ("Payee": party:vendor,
    "Bill To:": party:customer); None for any other segment."""
    hits = labels_in(segment, patterns)
    if not hits or not all(hit.kind.field and hit.kind.field.startswith("party:") for hit in hits) or \
            sum(hit.end - hit.start for hit in hits) < 0.8 * len(segment.text.strip(" :.#")):
        return None
    return hits[0].kind.field


def _form_label_left_of(layout: Layout, segment: Segment, line: list[Segment], patterns: PatternSet,
                        colon_labels: bool = True) -> bool:
    """Whether the segment is a form's value: the segment left of it on its line is a field label
    ("Payment Method:", "RECEIVER ACCOUNT") other than a party's own ("Address:", "City"), and not a
    column heading with its value under it ("Invoice Number" over "INV-8845"). Without
    `colon_labels`, a label ending in a colon does not count: a column of the form left of a block
    ("plnění:" under "Datum zdanitelného", its value on the line above) is no label of the block's."""
    left = [s for s in line if s.bbox[2] <= segment.bbox[0]]
    if not left or segment.text.rstrip().endswith(":"):
        return False  # (a label of its own, "Sediul:", is no other label's value)
    label = left[-1].text.strip()
    if _is_field_name(label) or timed(_SUB_LABEL.match, label):
        return False
    if left[-1].font_size >= TITLE_TYPE_RATIO * segment.font_size and _is_title(left[-1], patterns):
        return False  # the title "Invoice" in large type beside a letterhead's line, no label of it
    if label.endswith(":"):
        return colon_labels
    # A bare label ("RECEIVER ACCOUNT"), not a field of the next column with its value
    # ("Codice fiscale: 36550210151").
    hits = labels_in(left[-1], patterns)
    covered = sum(hit.end - hit.start for hit in hits)
    if covered < 0.8 * len(label.rstrip(" :.#")) or all(hit.kind.value == "block" for hit in hits):
        return False  # (a party label goes on beside its block: "TO THE" over "ORDER OF")
    under = layout.below(left[-1], max_lines=1)
    return not under or bool(labels_in(under[0], patterns))


def _usual_line_gap(page: PageLayout) -> float:
    """The (upper) median white space between consecutive lines of the page. Where a page sets its lines
    far apart (tight boxes on a loosely printed receipt), a block's lines are as far apart as that."""
    gaps = []
    for upper, lower in zip(page.lines, page.lines[1:], strict=False):
        if upper and lower:
            gap = min(s.bbox[1] for s in lower) - max(s.bbox[3] for s in upper)
            if gap > 0:
                gaps.append(gap)
    if len(gaps) < 5:
        return 0.0
    gaps.sort()
    return gaps[len(gaps) // 2]


def _address_before(segment: Segment, hits: Any, patterns: PatternSet) -> Segment | None:
    """The address that opens a line ending in contact or registration data ("81750 MASAI, JOHOR
    TEL: 07-388 2218", "NO 5, JALAN BESAR, 43000 KAJANG. GST ID NO: 0001..."): the part before the
    first of the phrase `hits` that ends it, when it reads like an address."""
    stops = [start for start, _, _ in hits if start > 0]
    if not stops:
        return None
    head = segment.text[:min(stops)].rstrip(" ,;-/([")
    if not head or _is_stop(head, patterns) or not _address_like(head, patterns):
        return None
    words = tuple(segment.words_in(0, len(head))) or segment.words
    return Segment(segment.page, segment.line_index, segment.order, words, head, segment.char_bbox(0, len(head)),
                   segment.font_size)


_PART_SEPARATOR = regex.compile(r"\s+[·•|∙]\s+")


def _opens_with_contact_part(text: str, patterns: PatternSet) -> bool:
    """A line of parts parted by middle dots or bars whose first part is contact data."""
    separator = timed(_PART_SEPARATOR.search, text)
    return separator is not None and _is_stop(text[:separator.start()], patterns)


def _address_before_separator(segment: Segment, patterns: PatternSet) -> Segment | None:
    """A letterhead's one-line address whose parts a middle dot or a bar separates, up to the first
    part that is contact data ("303 Lakeview Blvd · Austin, TX 78790 · (335) 721-3766 · www.x.com"):
    the address with its parts joined by commas, as an address is written; None when the line has no
    such contact part or its head is no address."""
    text = segment.text
    separators = list(timed(_PART_SEPARATOR.finditer, text) or [])
    if not separators:
        return None
    starts = [0, *(m.end() for m in separators)]
    ends = [*(m.start() for m in separators), len(text)]
    cut = next((k for k, (a, b) in enumerate(zip(starts, ends, strict=True)) if k > 0 and _is_stop(text[a:b], patterns)),
               None)
    if cut is None:
        return None
    head_end = ends[cut - 1]
    head = text[:head_end]
    if _is_stop(text[starts[0]:ends[0]], patterns) or not _address_like(head, patterns):
        return None
    joined = _PART_SEPARATOR.sub(", ", head).replace(",,", ",")
    words = tuple(segment.words_in(0, head_end)) or segment.words
    return Segment(segment.page, segment.line_index, segment.order, words, joined, segment.char_bbox(0, head_end),
                   segment.font_size)


def _merge(segments: list[Segment]) -> Segment:
    """One segment for the parts of a block's line that a wide gap split ("3-7, GROUND FLOOR,  JLN ...")."""
    words = tuple(w for s in segments for w in s.words)
    first = segments[0]
    text = segments[0].text
    for segment in segments[1:]:
        # a word its column broke at its hyphen runs on without a space ("3-" / "р хороо")
        broken = text.endswith("-") and text[-2:-1].isalnum() and segment.text[:1].islower()
        text += ("" if broken else " ") + segment.text
    return Segment(first.page, first.line_index, first.order, words, text,
                   (min(s.bbox[0] for s in segments), min(s.bbox[1] for s in segments),
                    max(s.bbox[2] for s in segments), max(s.bbox[3] for s in segments)),
                   max(s.font_size for s in segments))


def _stacked(upper: Segment, lower: Segment) -> bool:
    height = max(upper.height, 1.0)
    overlap = min(upper.bbox[2], lower.bbox[2]) - max(upper.bbox[0], lower.bbox[0])
    narrower = min(upper.bbox[2] - upper.bbox[0], lower.bbox[2] - lower.bbox[0])
    centre_gap = abs((upper.bbox[0] + upper.bbox[2]) - (lower.bbox[0] + lower.bbox[2])) / 2
    return abs(upper.bbox[0] - lower.bbox[0]) < 1.5 * height or overlap > 0.5 * narrower or centre_gap < 1.5 * height


def _is_table_header(line: list[Segment], patterns: PatternSet) -> bool:
    """A line naming two table columns and holding no numbers ("Description  Qty  Amount")."""
    if any(ch.isdigit() for segment in line for ch in segment.text):
        return False
    hits = [(segment.order, start, end, category) for segment in line for start, end, category in columns_in(segment, patterns)]
    # (two phrases: one phrase that heads two kinds of column, "Documento", is one heading, no table)
    return len({category for *_, category in hits}) >= 2 and len({hit[:3] for hit in hits}) >= 2


def _is_column_headings(line: list[Segment], patterns: PatternSet) -> bool:
    """A line of table column headings: two or more segments that are each a column heading of
    their own ("Description | Qty | Amount"), not a name that merely holds a heading word."""
    if any(ch.isdigit() for segment in line for ch in segment.text):
        return False
    categories = set()
    headings = 0
    for segment in line:
        hits = columns_in(segment, patterns)
        covered = sum(end - start for start, end in {(start, end) for start, end, _ in hits})
        if hits and covered >= 0.6 * len(segment.text.replace(" ", "")) and not _is_title(segment, patterns):
            headings += 1
            categories.update(category for _, _, category in hits)
    return headings >= 2 and len(categories) >= 2


def _is_skip(segment: Segment, patterns: PatternSet) -> bool:
    """Registration numbers and dates inside a block: neither name nor address, but the block goes on.
    A name with its registration in brackets after it ("GUARDIAN ... SDN BHD (Co. Reg 371152-U)") is
    the name."""
    text = segment.text.strip()
    if _REGISTRATION.match(text):
        return True
    dates = dates_in(segment, None)
    if dates and not (_address_like(text, patterns) and len(dates[0].text) < 0.5 * len(text)):
        return True  # (a Japanese block number reads like a date: "5-11-13 Umeda Sakura Bldg. 10F")
    hits = labels_in(segment, patterns)
    if hits and hits[0].start == 0 and hits[0].kind.value == "tax_id" and any(ch.isdigit() for ch in text):
        return True  # "Identificativo fiscale ai fini IVA: IT36550210151", "VAT No: GB 123 4567 89"
    skips = patterns.block_skips.find(text)
    if not skips:
        return False
    head = text[:skips[0][0]].rstrip()
    if head.endswith(",") and not any(ch.isdigit() for ch in text) and _name_like(head.rstrip(" ,")):
        return False  # "Lakeshore County Board of Commissioners, Accounts Payable": the body's name with its office
    if head[-1:] in _FIELD_SEPARATORS and _ends_in_legal_form(head.rstrip(" " + _FIELD_SEPARATORS), patterns) \
            and not any(ch.isdigit() for ch in head):
        return False  # "Delgado Artes Gráficas S.A. · CIF A12595401" under a shop's sign: the company, then its number
    if not any(ch.isdigit() for ch in text) and _ends_in_legal_form(text, patterns) and skips[0][1] < len(text.rstrip()) \
            and _name_like(text):
        return False  # "SIRET AGRO S.A.", "Siret Consulting S.A.": a name (the river Siret's), no registration
    if not any(ch.isdigit() for ch in text) and all(
            end - start <= SHORT_CODE_LETTERS and " " not in text[start:end] for start, end, _ in skips):
        return False  # a registration code with no number is a word of a name ("Tin Shui Wai, N.T.")
    named = _TRAILING_REGISTRATION.sub("", text)
    return named == text or patterns.block_skips.contains(named) or not _name_like(named)


def _is_title_text(text: str, patterns: PatternSet) -> bool:
    return title_share(text, patterns) >= 0.6


# A document's number under its title ("No. FE 99289", "N° 2024/0441"): no party's line.
_NUMBER_LINE = regex.compile(r"(?i:no|nr|nro|n°|nº|núm|num)\.?\s*[:#]?\s*[A-Z]{0,6}[\s-]?\d[\d/\-]*")


# A line that opens with an IBAN ("IT86 N030 6958 4235 2880 1307 764 BADCITMMXXX") is bank data, no address.
_IBAN_LINE = regex.compile(r"^[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b")


def _is_stop(text: str, patterns: PatternSet) -> bool:
    if (patterns.block_stops.contains(text) or _web_or_mail(text, patterns) or timed(_IBAN_LINE.match, text.strip())
            or timed(_NUMBER_LINE.fullmatch, text.strip())
            or _is_title_text(text, patterns) or timed(_MASKED_NUMBER.search, text)):
        return True
    stripped = text.strip()
    if (_PHONE_ONLY.match(stripped.strip(" ,.;:")) or _PARENTHESISED.match(stripped) and not _only_legal_form(stripped, patterns)
            or _is_contact_line(stripped, patterns) or not any(ch.isalnum() for ch in stripped)):
        return True
    # (a preposition that dates a number, "Factura 0034 del 13/10/2023", opens a place too: "Del Banpro 1 c.
    # al este", a Nicaraguan address from a landmark)
    hits = [h for h in patterns.find_labels(text)
            if h.kind.name != "document_date_after_number" or find_dates(text[h.end:])]
    if not any(ch.isdigit() for ch in text):
        # a short code without a number is a word of a place ("Tin Shui Wai, N.T."), not a field
        hits = [h for h in hits if not (h.kind.value in ("tax_id", "id") and h.end - h.start <= SHORT_CODE_LETTERS)]
        if _ends_in_legal_form(stripped, patterns):
            # a name's words, not a charge's label ("Severn Vale General" over "Insurance Limited")
            hits = [h for h in hits if h.kind.value != "amount"]
    if hits and (hits[0].start == 0 or not _address_like(text, patterns)):
        return True
    return _opens_with_field_label(stripped, patterns)


def _is_till_field(text: str, patterns: PatternSet) -> bool:
    """A till's or form's field, a phone number or a contact line ("Store #1234", "POS NO: 3",
    "(206) 555-1234", "T: 0729 020121"): it never starts a letterhead block."""
    stripped = text.strip()
    return bool(_PHONE_ONLY.match(stripped.strip(" ,.;:")) or _is_contact_line(stripped, patterns)
                or _opens_with_field_label(stripped, patterns))


def _is_contact_line(text: str, patterns: PatternSet) -> bool:
    """A short label and a phone number ("T: 0729 020121", "Tél. : +33 ...", "T 03 8736 1234"), not a house number
    after an address word ("NO.2-1-1 JALAN SETIA", "LOT. 12-3-4")."""
    match = timed(_CONTACT_LINE.match, text)
    if match is None:
        return False
    digits = sum(ch.isdigit() for ch in match.group("number"))
    if digits < (MIN_PHONE_DIGITS if match.group("colon") else MIN_BARE_PHONE_DIGITS):
        return False
    words = patterns.address_words.find(match.group("label"))
    return not (words and _covered(match.group("label"), words))


# "POS NO: 3", "SALES PERSON : AH", "FACEBOOK: ...", "STORE #123": a till's field, whatever its label.
_HOUSE_NUMBER_TAIL = regex.compile(r"[\s.]*\d[\w/\-]*$")
_DEPARTMENT = regex.compile(r"(?i)accounting|relations|services?|care|support|payments|accounts(?: payable)?|"
                            r"department|dept\.?|portal|desk|team|hotline|helpdesk|buchhaltung|service client|"
                            r"klantenservice|atención al cliente")
_REFERENCE_NOUN = regex.compile(r"(?i)(?:reference|ref\.?|referenz|référence|referencia|referentie)"
                                r"(?:\s*(?:no|nr|number|#)\.?)?")
# A form to fill in (a payment coupon's "☐ VISA ☐ MASTERCARD", "Signature ______"): no party's block.
_FORM_BLANKS = regex.compile(r"[☐☑☒□]|_{4,}")
_TILL_NUMBER_WORDS = regex.compile(r"(?i)\b(?:store|shop|till|pos|register|terminal|pump|trans|transaction|order|"
                                   r"check|table|receipt|invoice|ticket|member|card|account|cashier|lane|station)\b")
_FIELD_LABEL = regex.compile(r"^(?P<label>[^\W\d][\w /.&'-]{0,24}?)\s*(?::|#\s*\d)")


_BEFORE_HOUSE_NUMBER = regex.compile(r"(.+?)\s+(?:no|nr|n°|nº|n)\.?$", regex.IGNORECASE)


def _opens_with_field_label(text: str, patterns: PatternSet) -> bool:
    """A line opening with a label and a colon (or a number sign), unless the label is part of an
    address ("NO: 28, JALAN ASTANA", "LOT: 5", "NO.5: 55,57 & 59, JALAN SAGU") or a party block's own
    ("Name:", "Address:")."""
    match = timed(_FIELD_LABEL.match, text)
    if match is None or timed(_SUB_LABEL.match, text):
        return False
    if ":" not in text[:match.end()] and len(match.group("label").split()) >= 3 and not timed(
            _TILL_NUMBER_WORDS.search, match.group("label")):
        return False  # "Crescent Travel Plaza #911": a business and its branch number, not a till's field
    # (a house number between the address word and the colon is part of the address)
    label = _HOUSE_NUMBER_TAIL.sub("", match.group("label")).strip(" .")
    words = patterns.address_words.find(label)
    if words and _covered(label, words):
        return False
    # "Atatürk Bulvarı No:199", "Güzeloba Mah. 2246 Sok. No:9": a street's name and type, then its
    # house number after "No:", as Turkish (and Italian, "Via Roma n. 5") addresses are written.
    street = timed(_BEFORE_HOUSE_NUMBER.match, label)
    if street is not None:
        before = street.group(1).rstrip(" .")
        found = patterns.address_words.find(before)
        return not (found and found[-1][1] >= len(before))
    return True


def _only_legal_form(text: str, patterns: PatternSet) -> bool:
    """A line that is nothing but a company form ("(PRIVATE LIMITED)" under the name)."""
    inner = text.strip(" ()[].,;")
    forms = patterns.legal_forms.find(inner)
    return bool(forms) and forms[0][0] == 0 and forms[-1][1] >= len(inner)


def _letterhead_blocks(layout: Layout, patterns: PatternSet, used: set[int]) -> list[list[Segment]]:
    """Up to four blocks of stacked lines at the top of page 1, in reading order."""
    if not layout.pages:
        return []
    page = layout.pages[0]
    limit = _header_limit(page)
    blocks: list[list[Segment]] = []
    taken: set[int] = set(used)
    for line in page.lines:
        if _is_column_headings(line, patterns):
            return blocks  # the letterhead stands above the first table
        for segment in line:
            if segment.bbox[1] > limit or len(blocks) >= 4:
                return blocks
            if segment.order in taken:
                continue
            parts = _line_parts_from(line, segment, patterns, page)
            segment = _without_title(_merge(parts) if len(parts) > 1 else segment, patterns)
            segment = _without_trailing_label(segment, patterns)
            if _is_title(segment, patterns) or not (
                    _name_like(segment.text) or _numbered_company(segment.text, patterns)
                    or _address_like(segment.text, patterns)
                    and patterns.address_words.contains(segment.text) and any(ch.isdigit() for ch in segment.text)):
                continue
            if (_labelled_value(segment, patterns) or patterns.block_stops.contains(segment.text)
                    and not _ends_in_legal_form(segment.text, patterns)  # "Table Mountain Logistics Ltd"
                    or _is_till_field(segment.text, patterns)
                    or any(s.bbox[2] <= segment.bbox[0] and s.text.rstrip().endswith(":") for s in line)
                    or _reads_as_sentence(segment.text) or timed(_FORM_BLANKS.search, segment.text)
                    or _web_or_mail(segment.text, patterns) or _is_skip(segment, patterns)
                    or segment.text.rstrip().endswith(":") and _is_field_name(segment.text)  # "Legal Name:"
                    or timed(_GREETING.match, segment.text.strip())):  # "Hello, Holloway Analytics Inc"
                continue
            block = [segment, *_stack_below(layout, segment, patterns, MAX_LETTERHEAD_LINES)]
            taken.update(s.order for s in block)
            taken.update(s.order for s in parts)
            blocks.append(block)
    return blocks


def _line_parts_from(line: list[Segment], first: Segment, patterns: PatternSet, page: PageLayout) -> list[Segment]:
    """`first` and the segments right of it that continue it across gaps a little wider than a
    line's segment break (a name or an address set in widely spaced words, a known line cut in two):
    up to a labelled field, a title, a column or a gap of SPLIT_LINE_GAP_HEIGHTS."""
    parts = [first]
    for segment in line[line.index(first) + 1:]:
        if (not _continues_line(parts[-1], segment, page) or labels_in(segment, patterns)
                or _is_title(segment, patterns) or patterns.block_stops.contains(segment.text)):
            break
        parts.append(segment)
    return parts


def _continues_line(left: Segment, right: Segment, page: PageLayout) -> bool:
    """Whether `right` carries on the text of `left`, the segment before it on its line, across the
    gap between them: the gap is under SPLIT_LINE_GAP_HEIGHTS line heights, `left` is not a label
    whose value `right` is ("Date:"), and `right` does not start or end where a segment of the line
    above or below does, a column of a table or form ("Zahlungsziel | Auftragsnummer" over
    "Zahlbar innerhalb 30 Tagen | LPO/16406")."""
    height = max(left.height, right.height, 1.0)
    if right.bbox[0] - left.bbox[2] >= SPLIT_LINE_GAP_HEIGHTS * height or left.text.rstrip().endswith(":"):
        return False
    scripts = (_script(left.text), _script(right.text))
    if None not in scripts and scripts[0] != scripts[1]:
        return False  # "STE KAIROUAN DISTRIBUTION SARL  فاتورة": a word of another script is another thing
    sizes = sorted((left.font_size, right.font_size))
    if sizes[0] > 0 and sizes[1] >= CONTINUED_FONT_RATIO * sizes[0]:
        return False  # "REMITTANCE ADVICE" in large type, the payer's name beside it in its own: two things
    for index in (right.line_index - 1, right.line_index + 1):
        if 0 <= index < len(page.lines):
            for other in page.lines[index][1:]:
                if (abs(other.bbox[0] - right.bbox[0]) < 0.5 * height
                        or abs(other.bbox[2] - right.bbox[2]) < 0.5 * height):
                    return False
    return True


def _without_trailing_label(segment: Segment, patterns: PatternSet) -> Segment:
    """The segment less a field label that ends it when a company's name stands before the label
    ("Crescent Office Solutions Ltd. Date / Tax Point:", the gap to the next column too narrow to
    part them)."""
    text = segment.text.rstrip()
    hits = [hit for hit in labels_in(segment, patterns) if hit.start > 0]
    if not text.endswith(":") or not hits:
        return segment
    head = text[:hits[0].start].rstrip(" ,;/-")
    suffixes = patterns.company_suffixes.find(head)
    if not head or not suffixes or suffixes[-1][1] < len(head.rstrip(" .,")):
        return segment
    words = tuple(segment.words_in(0, len(head))) or segment.words
    return Segment(segment.page, segment.line_index, segment.order, words, head, segment.char_bbox(0, len(head)),
                   segment.font_size)


def _header_limit(page: PageLayout) -> float:
    """How far down page 1 the letterhead may start: the top part of the page, or of the printed
    area where that starts lower (a receipt photographed with the table under it)."""
    tops = [segment.bbox[1] for line in page.lines for segment in line]
    if not tops:
        return HEADER_TOP_SHARE * page.height
    text_top, text_bottom = min(tops), max(segment.bbox[3] for line in page.lines for segment in line)
    return max(HEADER_TOP_SHARE * page.height, text_top + HEADER_TOP_SHARE * (text_bottom - text_top))


def _without_title(segment: Segment, patterns: PatternSet) -> Segment:
    """The segment less a document title at its end ("Ngong Water Services Enterprises  SALES INVOICE",
    "Distribuciones Guadalquivir S.L.U. Extracto de cuenta", where the gap was too narrow to split
    them): the title is set in larger type, or follows the company form that ends the name."""
    leading = _after_leading_title(segment, patterns)
    if leading is not None:
        return leading
    words = segment.words
    body_font = words[0].font_size
    cut = len(words)
    while cut > 1 and words[cut - 1].font_size >= 1.25 * body_font:
        cut -= 1
    if cut == len(words):
        hits = type_cues_in(segment, patterns)
        if not hits or max(end for _, end, _ in hits) < len(segment.text.rstrip()):
            return segment
        title_start = min(start for start, _, _ in hits if start > 0) if any(s > 0 for s, _, _ in hits) else 0
        head = segment.text[:title_start].rstrip()
        suffixes = patterns.company_suffixes.find(head)
        # (or a title in capitals after a name in mixed case: "Lakeshore County Board of Commissioners,
        # Accounts WARRANT REMITTANCE")
        capitals = title_start > 0 and segment.text[title_start:].isupper() and any(ch.islower() for ch in head)
        if not head or not capitals and (not suffixes or suffixes[-1][1] < len(head.rstrip(" .,)"))):
            return segment  # ("Hwange Pharmaceuticals Holdings (Pvt)  TAX INVOICE": the form in brackets)
        cut = len(head.split())
    elif not patterns.document_type_phrases.find(" ".join(w.text for w in words[cut:])):
        return segment
    kept = words[:cut]
    text = " ".join(w.text for w in kept)
    return Segment(segment.page, segment.line_index, segment.order, kept, text, segment.char_bbox(0, len(text)),
                   max(w.font_size for w in kept))


def _after_leading_title(segment: Segment, patterns: PatternSet) -> Segment | None:
    """The company named after a document title that opens the line, set off by a dash or colon
    ("Zahlungsavis – Nord Verpackungen AG"); None when no title opens it so."""
    lead = next((end for start, end, _ in type_cues_in(segment, patterns) if start == 0), None)
    if lead is None:
        return None
    rest = segment.text[lead:].lstrip()
    if rest[:1] not in _FIELD_SEPARATORS + "-:" or not rest[1:].strip():
        return None
    start = len(segment.text) - len(rest[1:].lstrip())
    words = tuple(segment.words_in(start, len(segment.text)))
    if not words or not _ends_in_legal_form(segment.text[start:], patterns):
        return None  # "TAX INVOICE – PROGRESS CLAIM No. 3" goes on with the title
    return Segment(segment.page, segment.line_index, segment.order, words, segment.text[start:],
                   segment.char_bbox(start, len(segment.text)), max(w.font_size for w in words))


def _addressee_under_title_last(blocks: list[list[Segment]], layout: Layout, patterns: PatternSet
                                ) -> list[list[Segment]]:
    """The letterhead blocks with the addressee's moved behind the issuer's, in the layout that
    accounting packages print (Xero's standard invoice): the title ("TAX INVOICE") at the top left
    with the customer's name and address right under it, unlabelled, and the issuer's name and
    address in a block of their own at the right, starting on the same line. Otherwise unchanged."""
    if len(blocks) < 2 or not blocks[0]:
        return blocks
    first = blocks[0][0]
    page = layout.pages[first.page - 1]
    above = [s for line in page.lines[max(0, first.line_index - TITLE_LINES_ABOVE):first.line_index] for s in line]
    titled = any(_is_title(s, patterns) and abs(s.bbox[0] - first.bbox[0]) < 2 * first.height for s in above)
    if not titled:
        return blocks
    for index, block in enumerate(blocks[1:], start=1):
        top = block[0]
        if top.page == first.page and top.bbox[0] > max(s.bbox[2] for s in blocks[0]) \
                and abs(top.bbox[1] - first.bbox[1]) < first.height and len(block) >= 2 \
                and patterns.company_suffixes.contains(top.text):
            return [block, *blocks[:index], *blocks[index + 1:]]
    return blocks


def _issuer_from_letterhead(blocks: list[list[Segment]], patterns: PatternSet
                            ) -> tuple[str | None, tuple[str, Segment] | None, Segment | None, set[int]]:
    """Name and address of the letterhead, and which blocks gave them. The address comes from the
    first block that has one; the name is the first line that reads like a company in a block up to
    it, else the name that block gives, else the last line of the block above it (a brand or owner's
    name often stands apart)."""
    if not blocks:
        return None, None, None, set()
    split = [_split_name_address(block, patterns) for block in blocks]
    repeated = _repeated_issuer(blocks, split, patterns)
    if repeated is not None:
        return repeated
    # (a shop's sign over the company's block, "PERFUMERÍA GRAN VÍA", reads like a street: a place
    # with a number in a later block is the address)
    # (not when the first block with a place names a company over it: "Nuku'alofa Hardware Limited" /
    # "Taufa'ahau Road" / "Nuku'alofa" is the letterhead, "Order 70691" a field's value beside it)
    first_place = next((i for i, (_, address, _) in enumerate(split) if address is not None), 0)
    address_index = next((i for i, (_, address, _) in enumerate(split) if address is not None
                          and any(ch.isdigit() for ch in address[0])), first_place)
    if split[first_place][1] is not None and split[first_place][0] \
            and _ends_in_legal_form(split[first_place][0], patterns):
        address_index = first_place
    name, address, name_segment = split[address_index]
    for index, (other_name, _, other_segment) in enumerate(split[:address_index]):
        if other_name and patterns.company_suffixes.contains(other_name) and name and other_segment is not None \
                and patterns.company_suffixes.contains(name) and name.casefold() != other_name.casefold() \
                and not _overlap_across(other_segment, blocks[address_index]):
            # Another company's block set apart from the name ("Kystlinje Elektrik ApS" at the top right,
            # "Nordlys Rengøring ApS / Jægersborg Allé 122 / 3400 Hillerød" in the envelope window at
            # the left): the addressee's, not the issuer's address.
            return other_name, None, other_segment, {index}
        if other_name and patterns.company_suffixes.contains(other_name):
            # The name stands in its own block above (a letterhead with space under the name):
            # then the whole next block is the address, its first line included.
            if not (name and patterns.company_suffixes.contains(name)):
                address = _join_address(blocks[address_index], patterns) or address
            return other_name, address, other_segment, {index, address_index}
    if name is None and address_index > 0:
        previous = next((s for s in reversed(blocks[address_index - 1]) if not _is_skip(s, patterns)
                         and not timed(_NUMBER_LINE.fullmatch, s.text.strip())), None)
        if previous is not None:
            return previous.text.strip(), address, previous, {address_index - 1, address_index}
    return name, address, name_segment, {address_index}


def _overlap_across(segment: Segment, block: list[Segment]) -> bool:
    """Whether a segment and a block share some width of the page (stacked, not side by side)."""
    return any(min(segment.bbox[2], other.bbox[2]) > max(segment.bbox[0], other.bbox[0]) for other in block)


def _repeated_issuer(blocks: list[list[Segment]], split: list[tuple[Any, ...]], patterns: PatternSet
                     ) -> tuple[str | None, tuple[str, Segment] | None, Segment | None, set[int]] | None:
    """The issuer when the page opens with a name that heads another block too (a statement's payment
    coupon, its "Remit to" and its letterhead all name the clinic): that name, with the address of
    the block where it is set largest."""
    first = blocks[0][0].text.strip()
    name_lines: dict[int, int] = {}  # block -> how many of its lines the name takes (a long name wraps)
    for i, block in enumerate(blocks):
        if block[0].text.strip() == first:
            name_lines[i] = 1
        elif len(block) > 1 and f"{block[0].text.strip()} {block[1].text.strip()}" == first:
            name_lines[i] = 2
    if len(name_lines) < 2 or not _name_like(first) or any(ch.isdigit() for ch in first):
        return None
    addresses = {i: _join_address(blocks[i][name_lines[i]:], patterns) if name_lines[i] > 1 else split[i][1]
                 for i in name_lines}
    with_address = [i for i, address in addresses.items() if address is not None]
    if not with_address:
        return None
    best = max(with_address, key=lambda i: blocks[i][0].font_size)
    return first, addresses[best], blocks[best][0], set(name_lines)


def _labelled_value(segment: Segment, patterns: PatternSet) -> bool:
    """A "Label: value" line (it opens with a label), not a name that merely holds a label word
    ("FIVE STAR CASH & CARRY")."""
    hits = labels_in(segment, patterns)
    if not hits:
        return False
    if segment.text.rstrip().endswith(":"):
        return True
    if hits[0].start != 0:
        # "Patient Balance Due $66.81": an amount's label inside the line, its figure after it
        # or ending the line, its figure in the next column ("Patient Balance Due | $66.81")
        return any(hit.kind.value == "amount" and (any(ch.isdigit() for ch in segment.text[hit.end:])
                                                   or not segment.text[hit.end:].strip(" :"))
                   for hit in hits)
    # A label is followed by its value (a colon, a figure) or stands alone; words after it make a
    # name that happens to open with a label word ("BAR WANG RICE", German "bar" = cash).
    rest = segment.text[hits[0].end:].strip()
    return not rest or rest[0] in ":#.-" or any(ch.isdigit() for ch in rest)


def _is_title(segment: Segment, patterns: PatternSet) -> bool:
    hits = type_cues_in(segment, patterns)
    covered = sum(end - start for start, end in {(start, end) for start, end, _ in hits})
    return bool(hits) and covered >= 0.6 * len(segment.text.strip())


def _name_like(text: str) -> bool:
    text = _TRAILING_REGISTRATION.sub("", text)  # "AEON CO. (M) BHD (126926-H)"
    letters = sum(c.isalpha() for c in text)
    return letters >= 3 and letters >= 0.5 * len(text.replace(" ", ""))


def _address_like(text: str, patterns: PatternSet) -> bool:
    if "›" in text or " » " in text:
        return False  # a web page's trail ("Home › Payments › Remittances › 2023-552514")
    if text[:1].isdigit() and any(match.start == 0 and timed(_FOUR_DIGIT_YEAR.search, match.text)
                                  for match in find_dates(text[:24])):
        return False  # a journey's date and times ("07.12.2023, ab 20:02, an 22:32 · Wagen 11, Platz 39")
    # (parts set apart by middle dots are parts as commas set them: "Fugalei Street · Apia · Samoa")
    text = _TRAILING_REGISTRATION.sub("", text.strip(" ,.;")).replace(" · ", ", ")
    has_digit = any(c.isdigit() for c in text)
    if not has_digit and timed(_TITLED_PERSON.match, text):
        return False  # "Dr M. Masire": a doctor, not a drive
    suffixes = patterns.company_suffixes.find(text)
    if not has_digit and suffixes and suffixes[-1][1] >= len(text.rstrip(" .,")):
        return False  # "Savannah Hardware Kenya Ltd" names a company, not a place ("Enterprise Road" does)
    if _ends_in_legal_form(text, patterns) and ("," not in text or patterns.legal_forms.is_whole(
            text.rsplit(",", 1)[1].strip(" .,;"))):
        # "7-ELEVEN MALAYSIA SDN BHD", "99 SPEED MART S/B", "Suministros Mérida 2020, C.A.": figures in a
        # company's name
        return False
    if _address_word_in(text, patterns) and (has_digit or "," in text or len(text.split()) <= 4):
        return True
    if has_digit and (timed(_STREET_COMPOUND.search, text) or timed(_STREET_AND_SLASHED_NUMBER.search, text)):
        return True
    if timed(_PREMISES_NUMBER.match, text) or timed(_AVENUE_ABBREVIATED.match, text) \
            or timed(_BALTIC_STREET.match, text):
        return True
    if "," in text and timed(_TOWN_AND_WARD.search, text):
        return True
    return bool(timed(_POSTCODE.search, text) and has_digit)


def _address_word_in(text: str, patterns: PatternSet) -> bool:
    """An address word in the text; "No" counts only before its number ("No 5, Jalan ...", not a code
    list's "01 - No aplica")."""
    return any(not word.rstrip(".").casefold() == "no" or timed(_FIGURE_NEXT.match, text[end:])
               for _start, end, word in patterns.address_words.find(text))


_FIGURE_NEXT = regex.compile(r"[.:]?\s*\d")
# (a date that opens a line names its year in full: "5-11-13 Umeda Sakura Bldg." is a Japanese block number)
_FOUR_DIGIT_YEAR = regex.compile(r"(?<!\d)\d{4}(?!\d)")
# "Av. América N° 647", "Avda. Brasil 1550", "Av. da Independência, n.º 718": an avenue abbreviated
# before its name (not "AV-21030", an id)
_AVENUE_ABBREVIATED = regex.compile(r"^Av(?:da)?\.\s+(?:(?:da|de|do|das|dos|del|de la)\s+)?\p{Lu}\p{Ll}")
# A Lithuanian street: its name, "g." (gatvė), "pr." (prospektas), "al." (alėja) or "pl." (plentas), and
# the number ("Pramonės g. 27", "K. Baršausko g. 33", "Taikos pr. 62-6").
_BALTIC_STREET = regex.compile(r"^(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}+\s+(?:g|pr|al|pl)\.\s+\d{1,4}[A-Za-z]?(?:-\d{1,4})?(?:,|$)")
# A person under a title: "Dr M. Masire", "Mrs K. Kgosi", "Prof. A. Okafor"
_TITLED_PERSON = regex.compile(r"^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Hon)\.?\s+\p{Lu}[\p{L}'\-]*\.?(?:\s+\p{Lu}[\p{L}'\-]+\.?){0,3}$")
# A shop's or an office's number opens the line ("Shop 40, Johar Town", "Office 7, Blue Area", "Shop No. 12,
# ..."): the premises in a market or a building, as South Asian addresses give them.
_PREMISES_NUMBER = regex.compile(r"(?i)^(?:shop|office|stall|kiosk|godown|flat)\s+(?:no\.?\s*|#\s*)?\d{1,4}[A-Za-z]?\s*,")
# A Nepali address ends in its town and ward number ("Pulchowk, Lalitpur-3", "Teku, Kathmandu-12").
_TOWN_AND_WARD = regex.compile(r"\b\p{Lu}\p{Ll}{3,}-\d{1,2}(?:,\s*Nepal)?$")


def _opens_address(text: str, patterns: PatternSet) -> bool:
    """Whether a line begins the way an address does: a number, or a street or building word
    ("NO 5", "LOT 1234", "12, JALAN ...", "JALAN IPOH", "WISMA MERDEKA")."""
    stripped = text.strip()
    if not stripped:
        return False
    if stripped[0].isdigit():
        return True
    words = patterns.address_words.find(stripped)
    return bool(words) and words[0][0] == 0


def _ends_in_legal_form(text: str, patterns: PatternSet) -> bool:
    text = _TRAILING_REGISTRATION.sub("", text.strip(" ,;")).rstrip(" .,;")
    forms = patterns.legal_forms.find(text)
    return bool(forms) and forms[-1][1] >= len(text.rstrip(" .,"))


def _numbered_company(text: str, patterns: PatternSet) -> bool:
    """A company named mostly by its number ("9185-1830 Québec inc.", Quebec's numbered companies):
    a name before a legal form, whatever its share of figures. A legal form alone ("SA", "LP" as a
    logo's initials) is none."""
    if not _ends_in_legal_form(text, patterns):
        return False
    forms = patterns.legal_forms.find(text)
    return sum(ch.isalpha() for ch in text[:forms[-1][0]]) >= 3


def _split_name_address(block: list[Segment], patterns: PatternSet
                        ) -> tuple[str | None, tuple[str, Segment] | None, Segment]:
    """Name lines, then address lines.

    - A registration line ("(002693074-K)", "Co. Reg. No. 12345", a date) under one or two lines
      without figures ends the name: those lines are the name (a trading name over the company's
      name), and the address starts at the first line below it with a number or an address word.
    - Otherwise a line that reads like a company ("... SDN BHD", "... Ltd") is the name, and the
      address starts at the first line after it that reads like an address (a branch or trading
      name between them is neither); without one, the address starts at the first line that reads
      like an address and the name is the line just above it.
    - Registration lines inside the address end it ("GST ID: 0004..." and an outlet line below it).
    """
    parted = [_name_then_address_parts(s, patterns) for s in block]
    # (a return address in small type over the window's block, "Isar Haustechnik UG · Schillerstraße 137
    # · 04109 Leipzig" over the addressee's name and lines, is not the block's party)
    return_address = len(parted[0]) == 2 and len(block) >= 3 and block[1].font_size > block[0].font_size
    if len(parted[0]) == 2 and not return_address or len(block) > 1 and len(parted[1]) == 2 and len(
            parted[0]) == 1 and len(parted[0][0].text.split()) == 1:
        # the name and its whole address on one line (under a logo word at most): the lines below are
        # something else ("DEBIT NOTE" in large type)
        line = parted[0] if len(parted[0]) == 2 else parted[1]
        name = _company_name(line[0].text, patterns)
        if name:
            return name, (line[1].text, line[1]), line[0]
    if return_address:
        block = [block[0], *[part for parts in parted[1:] for part in parts]]
    else:
        block = [part for parts in parted for part in parts]
    skip = [_is_skip(s, patterns) or bool(_REGISTRATION.match(s.text.strip(" ,.;"))) for s in block]
    lines = [s for s, skipped in zip(block, skip, strict=True) if not skipped]
    if not lines:
        return None, None, block[0]
    by_line = {id(s): i for i, s in enumerate(block)}
    registration = next((i for i, skipped in enumerate(skip) if skipped and i > 0), None)
    if registration is not None:
        above = [s for s in block[:registration] if not skip[by_line[id(s)]]]
        if len(above) == 2 and _ends_in_legal_form(above[0].text, patterns) and _address_like(above[1].text, patterns) \
                and not _ends_in_legal_form(above[1].text, patterns):
            # "Sohar Aluminium Fabrication SAOC" over "Falaj Al Qabail Industrial Area, Sohar" over its
            # "Customer VATIN": a company and its place, not a trading name over a company's
            name = _company_name(above[0].text, patterns)
            if name:
                return name, _join_address([above[1]], patterns), above[0]
        if above and len(above) <= 2 and not any(ch.isdigit() for s in above for ch in s.text):
            above = _without_brand_line(above, patterns)
            name = _company_name(" ".join(s.text.strip() for s in above), patterns)
            if name:
                below = block[registration + 1:]
                start = next((i for i, s in enumerate(below) if not skip[by_line[id(s)]] and (
                    _address_like(s.text, patterns) or any(ch.isdigit() for ch in s.text)
                    or patterns.address_words.contains(s.text))), len(below))
                return name, _join_address(below[start:], patterns), above[0]
    with_suffix = [i for i, s in enumerate(lines)
                   if (patterns.company_suffixes.contains(_TRAILING_REGISTRATION.sub("", s.text.strip(" ,.;")))
                       or timed(_QUOTED_COMPANY.fullmatch, s.text.strip()))
                   and not _address_like(s.text, patterns)]
    if len(with_suffix) >= 2 and with_suffix[1] == with_suffix[0] + 1 \
            and not _in_latin(lines[with_suffix[0]].text) and _in_latin(lines[with_suffix[1]].text):
        # A bilingual letterhead ("廣生清潔服務有限公司" over "Kwong Sang Cleaning Services Limited",
        # Thai over English): the name in Latin letters is the one reported.
        with_suffix = with_suffix[1:]
    if len(with_suffix) >= 2 and with_suffix[1] == with_suffix[0] + 1 \
            and not _ends_in_legal_form(lines[with_suffix[0]].text, patterns) \
            and _ends_in_legal_form(lines[with_suffix[1]].text, patterns) \
            and not _continues(lines[with_suffix[0]].text, lines[with_suffix[1]].text, patterns) \
            and _first_word(lines[with_suffix[0]].text) == _first_word(lines[with_suffix[1]].text):
        # A shop's sign over the company that trades under it, both named by one word ("FRASER VALLEY
        # HARDWARE" over "Fraser Valley Trading Inc."): the company is the party. (A café's name over
        # "Operated by Ashford & Delgado Pty Limited" names the café.)
        with_suffix = with_suffix[1:]
    if with_suffix:
        first = last = with_suffix[0]
        while last + 1 < len(lines) and _continues(lines[last].text, lines[last + 1].text, patterns):
            last += 1
        address_start = next((i for i in range(last + 1, len(lines))
                              if _address_like(lines[i].text, patterns) or any(ch.isdigit() for ch in lines[i].text)),
                             last + 1)
    else:
        address_start = next((i for i, s in enumerate(lines) if _address_like(s.text, patterns)), len(lines))
        if address_start == len(lines):
            # No line reads as an address by its words ("Sapphire Packages" / "192-Saddar" /
            # "Rawalpindi"): a house number and a street's name start it, under the name.
            address_start = next((i for i in range(1, len(lines)) if timed(_HOUSE_NUMBER_LINE.match, lines[i].text)),
                                 len(lines))
        if 2 <= address_start < len(lines):
            # "394 Kingsway" / "Cardiff" over "CF10 1EP": a street named without a street word, and the
            # town, above the line that first reads as an address
            street = next((i for i in range(address_start - 1, 0, -1)
                           if timed(_HOUSE_NUMBER_LINE.match, lines[i].text.strip())), None)
            if street is not None and address_start - street <= 2 and all(
                    _short_place_name(lines[i].text) for i in range(street + 1, address_start)):
                address_start = street
        if 2 <= address_start < len(lines) and timed(_POSTCODE_FIRST.match, lines[address_start].text.strip()) \
                and timed(_STREET_AND_NUMBER.match, lines[address_start - 1].text.strip()):
            # "Mgr. Lenka Kučerová" / "Průmyslová 955" / "130 00 Praha 3": a street named without a
            # street word, its number after it, over the postcode and town.
            address_start -= 1
        named_after_place = address_start == 0 and (not _opens_address(lines[0].text, patterns) or (
            # "Crescent Travel Plaza #911" in large type over "2918 Industrial Pkwy": a name with place
            # words in it, set like a name
            len(lines) > 1 and not lines[0].text.strip()[:1].isdigit()
            and lines[0].font_size >= NAME_TYPE_RATIO * max(s.font_size for s in lines[1:])))
        if named_after_place:
            # "PETRON BATU 9 CHERAS" / "SERVICE STATION" over "LOT 1234, JALAN CHERAS": a place in
            # the name; the address starts at the first line that opens like one.
            address_start = next((i for i in range(1, min(len(lines), 3)) if _address_like(lines[i].text, patterns)
                                  and _opens_address(lines[i].text, patterns)), 0)
        if address_start == 0:
            first = last = -1  # the block is an address without a name
        elif named_after_place:
            first, last = 0, address_start - 1
        elif address_start == 2 and not _in_latin(lines[0].text) and _in_latin(lines[1].text) \
                and not any(ch.isdigit() for ch in lines[1].text):
            # "祥記冷氣工程" in large type over "Cheung Kee Air-Conditioning Engineering": a bilingual
            # letterhead's name in Latin letters is the one reported, as with a company form above
            first = last = 1
        elif address_start >= 2 and lines[0].font_size >= NAME_TYPE_RATIO * max(
                s.font_size for s in lines[1:address_start]):
            # "NASI KANDAR PELITA" in large type over "THE ORIGINAL TASTE": the name is the largest
            # line, a slogan or trade under it is not; a street under it ("467 Lambton Quay") opens
            # the address
            first = last = 0
            address_start = next((i for i in range(1, address_start) if _opens_address(lines[i].text, patterns)),
                                 address_start)
        elif _place_line(lines[address_start - 1].text, patterns):
            first = last = -1  # "Kita-ku, Osaka" over "530-5373 Japan": the address's own first line
        else:
            first = last = address_start - 1
    if first >= 0:
        # (a line in another script above the name is its gloss, "شركة ذات مسؤولية محدودة" over "SARL ...")
        while first > 0 and _script(lines[first - 1].text) == _script(lines[first].text) and (
                _continues(lines[first - 1].text, lines[first].text, patterns)
                or _wrapped_in_large_type(lines[first - 1], lines[first], lines, patterns)):
            first -= 1
        name = _company_name(" ".join(s.text.strip() for s in lines[first:last + 1]), patterns)
    else:
        name = None
    rest = block[by_line[id(lines[address_start])]:] if address_start < len(lines) else []
    return name, _join_address(rest, patterns), lines[max(first, 0)]


def _name_then_address_parts(segment: Segment, patterns: PatternSet) -> list[Segment]:
    """A letterhead line that names the company and goes on with its address after a middle dot or a
    bar ("Vendora UK Services Ltd · 14 Tenter Ground, London, E1 7NH", under a logo): two lines, the
    name and the address. The name must end in a company form, so a street's parts stay one line."""
    separator = timed(_PART_SEPARATOR.search, segment.text)
    if separator is None:
        return _name_comma_address(segment, patterns)
    head, rest = segment.text[:separator.start()], segment.text[separator.end():]
    if not _ends_in_legal_form(head, patterns) or _address_like(head, patterns) or not _address_like(rest, patterns):
        return [segment]
    # The address's parts run up to a registration or contact part ("... Verona (VR) · P.IVA IT0441...");
    # middle dots between them are commas ("Bahnhofstraße 78 · 20095 Hamburg").
    end = len(segment.text)
    for later in timed(_PART_SEPARATOR.finditer, segment.text) or []:
        if later.start() > separator.start() and _is_stop(segment.text[later.end():].split(" · ")[0], patterns):
            end = later.start()
            break
    address_text = _PART_SEPARATOR.sub(", ", segment.text[separator.end():end]).strip()
    name_words = tuple(segment.words_in(0, separator.start())) or segment.words
    address_words = tuple(segment.words_in(separator.end(), end)) or segment.words
    return [Segment(segment.page, segment.line_index, segment.order, name_words, head,
                    segment.char_bbox(0, separator.start()), segment.font_size),
            Segment(segment.page, segment.line_index, segment.order, address_words, address_text,
                    segment.char_bbox(separator.end(), end), segment.font_size)]


def _name_comma_address(segment: Segment, patterns: PatternSet) -> list[Segment]:
    """A form's one field of name and address ("Ime in naslov | Drava storitve, s.p., Celovška cesta
    121, 9000 Murska Sobota"): the name up to its company form, the address after the comma."""
    text = segment.text
    for _start, end, _ in patterns.legal_forms.find(text):
        if text[end:end + 1] == "." and text[end + 1:end + 2] == ",":
            end += 1
        if text[end:end + 1] != ",":
            continue
        head, rest = text[:end], text[end + 1:].strip()
        if not _ends_in_legal_form(head, patterns) or _address_like(head, patterns) or not _address_like(rest, patterns):
            return [segment]
        rest_start = len(text) - len(text[end + 1:].lstrip())
        name_words = tuple(segment.words_in(0, end)) or segment.words
        address_words = tuple(segment.words_in(rest_start, len(text))) or segment.words
        return [Segment(segment.page, segment.line_index, segment.order, name_words, head,
                        segment.char_bbox(0, end), segment.font_size),
                Segment(segment.page, segment.line_index, segment.order, address_words, rest,
                        segment.char_bbox(rest_start, len(text)), segment.font_size)]
    return [segment]


def _short_place_name(text: str) -> bool:
    """A town's name on its own line: one to three capitalised words, no digits ("Cardiff", "Milton Keynes")."""
    words = text.strip(" ,").split()
    return 1 <= len(words) <= 3 and all(word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()
                                        for word in words)


def _in_latin(text: str) -> bool:
    """Whether most of the text's letters are Latin ones."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in letters) * 2 > len(letters)


def _place_line(text: str, patterns: PatternSet) -> bool:
    """A district and city ("Kita-ku, Osaka", "Te Aro, Wellington"): a few words parted by a comma,
    no figure, no company form; a name does not end in a comma and a single word."""
    printed = text.strip()
    text = printed.strip(" ,.;")
    parts = [part.strip() for part in text.split(",")]
    return (len(parts) == 2 and all(parts) and len(text.split()) <= 4 and not any(ch.isdigit() for ch in text)
            and len(parts[1].split()) == 1 and "." not in parts[1]  # "Orthopedics, P.C.": a company form
            and not patterns.company_suffixes.contains(printed) and not patterns.legal_forms.find(printed))


def _without_brand_line(lines: list[Segment], patterns: PatternSet) -> list[Segment]:
    """Two name lines over a registration number, less the upper one when the lower one repeats it
    (a logo or brand over the name: "TEXAS CHICKEN" / "TEXAS CHICKEN (MALAYSIA) SDN BHD", "FACE TO
    FACE NOODLE HOUSE" / "FTOF NOODLE HOUSE"). A brand the name does not repeat is part of it
    ("GHEE HIANG" / "GH DISTRIBUTOR & MARKETING SDN BHD")."""
    if len(lines) != 2:
        return lines
    upper, lower = lines[0].text.strip(), lines[1].text.strip()
    if _continues(upper, lower, patterns):
        return lines  # "POPULAR BOOK" / "CO. (M) SDN BHD" is one name wrapped
    upper_words, lower_words = _alnum_words(upper), _alnum_words(lower)
    repeated = "".join(upper_words) in "".join(lower_words) or (
        len(upper_words) > 2 and len(lower_words) > 2 and upper_words[-2:] == lower_words[-2:])
    # A brand in large type whose distinctive word the registered name repeats, under it in small
    # type: "ATITLÁN CENTRAL" over "Distribuidora Atitlán, Sociedad Anónima".
    # So is a shop's name over its company's that opens with the same word ("Хаан Эмийн сан" over "Хаан
    # Импекс ХК"): the company is the name.
    branded = _ends_in_legal_form(lower, patterns) and (
        lines[0].font_size >= CONTINUED_FONT_RATIO * lines[1].font_size
        and any(len(word) >= BRAND_WORD_LETTERS and word in lower_words for word in upper_words)
        or upper_words[:1] == lower_words[:1] and not _ends_in_legal_form(upper, patterns))
    return lines[1:] if repeated or branded else lines


def _alnum_words(text: str) -> list[str]:
    return ["".join(ch for ch in word if ch.isalnum()).casefold() for word in text.split()
            if any(ch.isalnum() for ch in word)]


_TRAILING_BRANCH = regex.compile(r"\s*\([^()]*\)\s*$")


_ANGLED_ALIAS = regex.compile(r"\s*<[^<>@]{1,60}>$")


def _company_name(text: str, patterns: PatternSet) -> str | None:
    """A name as the company writes it: without its registration number ("(126926-H)") or a branch
    in brackets after the company form ("HERO DISTRIBUTION SDN BHD (SUBANG JASA)")."""
    name = _TRAILING_REGISTRATION.sub("", text.strip(" ,;")).strip(" ,;")
    if timed(_EMAIL_ADDRESS.search, name):
        # An e-mail header ("Thornton Design Ltd. Accounts Payable <ap@thornton.example>"): the name
        # is the company, without the address or the department after its company form.
        name = _EMAIL_ADDRESS.sub("", name).strip(" ,;<>\"'")
        suffixes = patterns.company_suffixes.find(name)
        if suffixes:
            end = suffixes[-1][1]
            # (the company form's own full stop stays: "Ltd.", "Zrt.", "a.s.")
            name = name[:end + 1] if name[end:end + 1] == "." else name[:end].rstrip(" ,;")
        if not _name_like(name):
            return None
    # "To: Shahi Crafts <merchant>": a mail alias in angle brackets is no part of the name; nor is the
    # lead of a line of small print ("Operated by Harborview Parking Partners LLC" under a garage's name)
    name = _ANGLED_ALIAS.sub("", name) or name
    name = _SELLER_LEAD.sub("", name, count=1) or name
    # "Imprimerie Val de Seine SA au capital de 10 000 €": the share capital after the company form
    name = _SHARE_CAPITAL.sub("", name).rstrip(" ,;") or name
    head = timed(_PART_SEPARATOR.split, name)
    if head and len(head) > 1 and _ends_in_legal_form(head[0], patterns):
        name = head[0].rstrip(" ,;")  # "Delgado Artes Gráficas S.A. · CIF A12595401": the next field after a dot
    branch = _TRAILING_BRANCH.search(name)
    whole = patterns.company_suffixes.find(name)
    if whole and whole[-1][1] >= len(name.rstrip(" .,")) and whole[-1][0] <= (branch.start() if branch else 0):
        branch = None  # the brackets belong to the company form: "UG (haftungsbeschränkt)", "(Pty) Ltd"
    if branch is not None and branch.start() > 0:
        suffixes = patterns.company_suffixes.find(name[:branch.start()])
        if suffixes and suffixes[-1][1] == len(name[:branch.start()].rstrip(" .,")):
            name = name[:branch.start()].rstrip()
    name = _LEADING_RECORD_NUMBER.sub("", name)
    for hit in patterns.find_labels(name):
        # "Metalúrgica São Jorge S.A. CNPJ: 07.740.001/0001-11": the tax id that follows on the line
        # is the next field, not part of the name.
        if hit.kind.value == "tax_id" and hit.start > 0 and timed(_VALUE_AFTER_LABEL.match, name[hit.end:]):
            name = name[:hit.start].rstrip(" ,;-·|")
            break
    return _without_logo(name.strip()) or None


# A label's value starting right after it: a colon, or a figure ("CNPJ: 07.740...", "NIF 509299490").
_VALUE_AFTER_LABEL = regex.compile(r"\s*(?::|\s\d|#)")


# A till's store or record number printed before the name on its line ("#000002 BAIFU (M) SDN BHD").
_LEADING_RECORD_NUMBER = regex.compile(r"^#\s*\d+\s+(?=\w)")


def _without_logo(name: str) -> str:
    """A name less the logo text printed before it on its line: the company's first word repeated
    ("NAVARRO Navarro Asesores S.A.") or its initials ("TB Transports Bretagne SA")."""
    words = name.split()
    if len(words) >= 3:
        first, rest = words[0], words[1:]
        initials = "".join(word[0] for word in rest if word[0].isalpha())
        # (a logo word is set apart by its case: "ONE ONE THREE SEAFOOD" repeats no logo)
        if (first.casefold() == rest[0].casefold() and first != rest[0]) or (
                first.isupper() and 2 <= len(first) <= 4 and initials.upper().startswith(first)):
            return " ".join(rest)
    return name


def _join_address(lines: list[Segment], patterns: PatternSet, labelled: bool = False) -> tuple[str, Segment] | None:
    """The address lines joined into one string; None when no line reads like an address.

    Registration lines before the address are passed over; one after it ends it. Lines are joined
    with ", " (a space alone after a line that already ends in a comma or hyphen; an abbreviation's
    full stop, "Querétaro, Qro.", still takes the comma). An address printed all
    in capitals is a till receipt's running text, wrapped to the paper's width: its lines are joined
    with a space, keeping only the punctuation printed."""
    address_lines: list[Segment] = []
    for segment in lines:
        if timed(_MICR_LINE.fullmatch, segment.text.strip()):
            break  # a cheque's magnetic line under the payee's address ('"621350" :022028780: 926952682"')
        if address_lines and _BARE_POSTCODE.fullmatch(segment.text.strip()) and \
                not any(ch.isdigit() for ch in address_lines[-1].text):
            address_lines.append(segment)  # "Gqeberha" then "6001": the town's postcode, not a registration
            continue
        if _is_skip(segment, patterns) or _REGISTRATION.match(segment.text.strip(" ,.;")):
            if address_lines:
                break
            continue
        if address_lines and not labelled and _ends_in_legal_form(segment.text, patterns) \
                and not any(ch.isdigit() for ch in segment.text):
            break  # a company's name under the address: the name again in another script ("南星清潔服務有限公司")
        if not _is_stop(segment.text, patterns) or labelled and not address_lines:
            # (what a form's "Address" row holds is an address, whatever word it opens with: "Bakı
            # şəhəri, ..." is no Swahili "baki")
            address_lines.append(segment)
    if not address_lines or not labelled and not any(_address_like(s.text, patterns) for s in address_lines) and not (
            len(address_lines) >= 2 and timed(_HOUSE_NUMBER_LINE.match, address_lines[0].text)):
        # (a house number over a town, "192-Saddar" / "Rawalpindi", is one; so is what a form's
        # "Address" row holds, `labelled`)
        return None
    running_text = _in_capitals(" ".join(s.text for s in address_lines))
    # a letterhead's middle dots part an address's parts as commas do ("36 Artemidos Avenue · 6036 Larnaca")
    texts = [", ".join(timed(_ADDRESS_DOT.split, _without_field_name(s.text.strip())) or [s.text.strip()])
             for s in address_lines]
    if running_text:
        texts = _till_punctuation(texts)
    joined = texts[0]
    for text in texts[1:]:
        town_after_postcode = bool(timed(_ENDS_IN_POSTCODE.search, joined)) and not any(ch.isdigit() for ch in text) \
            and len(text.split()) <= 3
        if (timed(_CJK_LETTER.match, joined[-1:]) or joined[-1:].isdigit()) and (
                timed(_CJK_LETTER.match, text[:1]) or text[:1].isdigit()) and (
                timed(_CJK_LETTER.match, joined[-1:]) or timed(_CJK_LETTER.match, text[:1])):
            joined += text  # a Chinese address runs on without spaces ("东三环中路" / "370号15楼03室")
            continue
        # a street's abbreviation or a number's label wrapped away from its house number ("რუსთაველის
        # გამზ." / "105", "Woreda 13, H.No." / "1438, Addis Ababa")
        number_after_label = bool(timed(_WRAPPED_HOUSE_NUMBER.match, text)) and joined.endswith(".") and (
            patterns.address_words.contains(joined.split()[-1]) or bool(timed(_NUMBER_LABEL_END.search, joined)))
        if joined.endswith("-") and joined[-2:-1].isalnum() and text[:1].islower():
            joined += text  # a word its column broke at its hyphen ("3-" / "р хороо")
            continue
        joined += (" " if running_text or joined.endswith((",", "-")) or town_after_postcode or number_after_label
                   or _wrapped_place(joined, text) else ", ") + text
    # A form's next cell on the same line ("..., jud. Dolj" | "RO27 RZBR 0482 9R99 7967 3932", the
    # account beside the address) is no part of the place.
    return (_TRAILING_IBAN.sub("", joined, timeout=REGEX_TIMEOUT_S) or joined), address_lines[0]


_TRAILING_IBAN = regex.compile(r"\s+[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?$")


def _wrapped_place(upper: str, lower: str) -> bool:
    """Whether `lower` is the rest of a place's name that a narrow column wrapped: the upper line ends
    in a word that cannot end a name ("Fernando de" / "la Mora"), or has begun the town after a comma
    with one word and the lower line, a word or two without figures, finishes it ("..., Nº 2996, San" /
    "Lorenzo")."""
    words = upper.split()
    if not words or "," in lower or any(ch.isdigit() for ch in lower) or len(lower.split()) > 2:
        return False
    if words[-1].casefold() in _JOINING_WORDS and lower[:1].islower():
        return True
    head, comma, last = upper.rpartition(", ")
    return bool(comma) and len(last.split()) == 1 and last[:1].isupper() and not any(ch.isdigit() for ch in last) \
        and last.casefold() in _PLACE_NAME_OPENERS


# Words that open a two-word place name ("San Lorenzo", "Santa Cruz", "Saint Paul", "Port Louis").
_PLACE_NAME_OPENERS = frozenset({"san", "santa", "santo", "são", "sao", "saint", "st.", "sainte", "port", "puerto",
                                 "porto", "new", "fort", "mount", "ciudad", "villa", "la", "las", "los", "el", "le",
                                 "les", "bad", "sankt", "general", "presidente", "nueva", "nuevo"})


_ADDRESS_DOT = regex.compile(r"\s+[·•∙]\s+")
_WRAPPED_HOUSE_NUMBER = regex.compile(r"\d{1,4}[A-Za-z]?(?:,|$)")
_NUMBER_LABEL_END = regex.compile(r"(?i)\b(?:h\.\s?)?(?:no|nr|n°|nº)\.$")


def _without_field_name(text: str) -> str:
    """An address line without the field name it opens with ("Dirección: Moneda 8983, Santiago",
    "Address: 12 Main St"): the label is no part of the place."""
    match = timed(_OPENING_FIELD_NAME.match, text)
    if match is None or not text[match.end():].strip():
        return text
    return text[match.end():].strip()


_OPENING_FIELD_NAME = regex.compile(r"(?:" + _FIELD_NAME.pattern + r")\s*:\s*", regex.IGNORECASE)


# A till prints a comma with a space before it ("KEMBANGAN , SELANGOR"); the address is written
# "KEMBANGAN, SELANGOR". A comma set tight against the next word (" ,U13/X") is left as printed.
_SPACED_COMMA = regex.compile(r"\s+,(?=\s|$)")
# A full stop after a house number or postcode, inside a line, separates address parts like a
# comma ("NO 290. JALAN AIR PANAS", "53200. KUALA LUMPUR").
_NUMBER_STOP = regex.compile(r"(?<=\d)\.(?=\s+\w)")
# The word before a full stop that ends a line: an abbreviation keeps its stop ("SEL.", "JLN.",
# "D.E."); a whole word's stop separates two parts of the address ("TAMAN SERDANG RAYA.").
_ABBREVIATION = regex.compile(r"(?:^|\s)(?:[A-Za-z]{1,3}|\w*\.\w+)\.$")


# "NO, 89&91": the comma after "NO" before a number is its abbreviation's full stop, misprinted.
_NUMBER_WORD_COMMA = regex.compile(r"\bNO,(?=\s*\d)")
# "INDS.PARK B . CAVES": a full stop spaced out after an initial is the initial's own.
_SPACED_INITIAL_STOP = regex.compile(r"(?<=\b[A-Z])\s+\.\s*(?=[A-Z])")


def _till_punctuation(texts: list[str]) -> list[str]:
    """An address printed by a till, written the way a person writes it: the full stops the till
    prints between parts of the address (at a line end before more address, after a number in a
    line) are commas, and a comma loses the space printed before it. The stop after the last
    line is kept."""
    written = []
    for index, text in enumerate(texts):
        text = _SPACED_COMMA.sub(",", text)
        text = _NUMBER_STOP.sub(",", text)
        text = _NUMBER_WORD_COMMA.sub("NO.", text)
        text = _SPACED_INITIAL_STOP.sub(".", text)
        if index < len(texts) - 1 and text.endswith(".") and not _ABBREVIATION.search(text) and not (
                timed(_POSTCODE.search, text) and any(ch.isdigit() for ch in texts[index + 1][:6])):
            text = text[:-1] + ","  # (a town after its postcode ends one address; a second follows)
        written.append(text)
    return written


def _in_capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 8 and sum(ch.isupper() for ch in letters) >= 0.95 * len(letters)


def _covered(text: str, hits: list[tuple[int, int, str]]) -> bool:
    """Whether the phrase hits cover every word of `text`."""
    covered = sum(end - start for start, end in {(start, end) for start, end, _ in hits})
    return covered >= len(regex.sub(r"\s+", " ", text.strip(" ,.;:"))) - (len(hits) - 1)


def _wrapped_in_large_type(upper: Segment, lower: Segment, block: list[Segment], patterns: PatternSet) -> bool:
    """Whether two lines set in the block's large type, one over the other, are one name wrapped
    ("CHIMANIMANI BUILDING" / "MATERIALS (PVT) LTD" over the address in small type): the upper line
    holds no figure and no company form of its own, the lower ends in one."""
    smaller = [s.font_size for s in block if s is not upper and s is not lower]
    return (bool(smaller) and abs(upper.font_size - lower.font_size) < 0.2
            and upper.font_size >= NAME_TYPE_RATIO * max(smaller)
            and not any(ch.isdigit() for ch in upper.text) and not patterns.legal_forms.find(upper.text)
            and _ends_in_legal_form(lower.text, patterns) and not _address_like(upper.text, patterns)
            and abs(upper.bbox[0] - lower.bbox[0]) < upper.height)


def _continues(upper: str, lower: str, patterns: PatternSet) -> bool:
    """Whether `lower` carries on the name begun in `upper` (a wrapped company name)."""
    upper, lower = upper.strip(), lower.strip()
    if upper.count("(") > upper.count(")") or upper.endswith(("&", "-", " AND", " and")):
        return True
    if upper.split() and upper.split()[-1].casefold() in _JOINING_WORDS and not _address_like(lower, patterns):
        return True  # "Companhia de Serviços de Limpeza Estrela do" / "Sul, Limitada"
    if lower.startswith(("(", "&", ")")):
        return True
    if upper and lower and len(lower.split()) <= 2 and any(
            end == len(joined) and start < len(upper) - len(upper.split()[-1]) + 1
            for joined in [f"{upper} {lower}"] for start, end, _ in patterns.block_skips.find(joined)):
        return True  # "Lakeshore County Board of Commissioners, Accounts" / "Payable": an office's name wrapped
    openers = patterns.name_openers.find(upper)
    if openers and openers[0][0] == 0 and _covered(upper, openers) and not _address_like(lower, patterns):
        return True  # "SYARIKAT PERNIAGAAN" / "GIN KEE"
    opening = patterns.company_suffixes.find(lower)
    # not "Enterprise Road", nor a street that opens with a suffix's letters and ends in its number
    # (Argentina's "Bv. Oroño 677," is a boulevard, not "B.V.")
    return bool(opening) and opening[0][0] == 0 and not _address_like(lower, patterns) \
        and not timed(_ENDS_IN_HOUSE_NUMBER.search, lower)


_SHARE_CAPITAL = regex.compile(r"(?i)[\s,\-–]+(?:au\s+capital\s+(?:social\s+)?de|capital\s+social(?:\s+de)?|"
                               r"con\s+capitale\s+sociale|capitale\s+sociale|share\s+capital|mit\s+einem\s+Stammkapital)\b.*$")
_ENDS_IN_HOUSE_NUMBER = regex.compile(r"[^\W\d_]{3,}\s+\d{1,5}[a-zA-Z]?,?$")


# A till's quantity line under an item ("3 x 4.20", "2 × 3,50").
_TILL_QUANTITY = regex.compile(r"\d+(?:[.,]\d+)?\s*[x×]\s*\d")


# "Dear Westbrook Software Ltd. team," / "Sehr geehrte Damen und Herren der X GmbH," / "Chère équipe X,"
_GREETING = regex.compile(
    r"^(?:dear|hello|hi|good\s+(?:morning|afternoon)|sehr\s+geehrte[rs]?|liebe[rs]?|hallo|guten\s+tag|"
    r"cher|chère|chers|chères|bonjour|beste|geachte|hallo|estimad[oa]s?|apreciad[oa]s?|hola|"
    r"mpendwa|ndugu|habari|gentile|gentili|spett\.?le|spettabile|egregi[oa]|buongiorno|prezad[oa]s?|"
    r"car[oa]s?|bom\s+dia|boa\s+tarde|szanowni\s+państwo|szanown[ay]|dzień\s+dobry|αγαπητ[έοή]ς?),?\s+(?:team\s+|équipe\s+|equipo\s+(?:de\s+)?|damen\s+und\s+herren\s+(?:der|von)\s+)?"
    r"(?P<name>.+?)(?:\s+(?:team|-team|équipe|equipo|accounts?\s+team|finance\s+team))?\s*[,:!]?$",
    regex.IGNORECASE)
# The sign-off of a letter or e-mail: the writer's name, company and address follow it.
_SIGN_OFF = regex.compile(
    r"^(?:kind|best|warm|with\s+best)?\s*regards|^yours\s+(?:sincerely|faithfully|truly)|^sincerely|^thanks|^thank\s+you|"
    r"^mit\s+freundlichen\s+grüßen|^freundliche\s+grüße|^viele\s+grüße|^cordialement|^bien\s+cordialement|"
    r"^salutations|^met\s+vriendelijke\s+groet(?:en)?|^vriendelijke\s+groet(?:en)?|^saludos|^atentamente|"
    r"^un\s+saludo|^wako|^kwa\s+heshima|^asante|^cordiali\s+saluti|^distinti\s+saluti|^saluti|^atenciosamente|"
    r"^cordialmente|^cumprimentos|^με\s+εκτίμηση|^με\s+τιμή|^z\s+poważaniem|^pozdrawiam|^saygılarımızla|"
    r"^iyi\s+çalışmalar|^s\s+pozdrav(?:em|om)|^s\s+úctou|^üdvözlettel|^tisztelettel|^cu\s+stim[ăa]|^cu\s+respect|"
    r"^cu\s+considera[țţt]ie", regex.IGNORECASE)


# "<payer> paid you", "<payer> has sent you a payment", "payment received from <payer> for ...".
_PAYER_SENTENCE = regex.compile(
    r"^(?P<name>[^\W\d][^:;]{2,80}?)\s+(?:has\s+)?(?:paid|sent)\s+you\b"
    r"|\bpayment\s+(?:received\s+)?from\s+(?P<name2>[^\W\d][^:;]{2,80}?)(?=\s+(?:for|on|of|via|by)\b|,\s|\.\s+(?-i:[A-Z])|[,.]?$)"
    # a bank or platform writing for its client: "Por orden de nuestro cliente Fernández Informática
    # S.L., con NIF ...", "sent on behalf of Printers Highveld (Pty) Ltd."
    r"|\b(?:on\s+behalf\s+of|por\s+orden(?:\s+y\s+cuenta)?\s+de|pour\s+le\s+compte\s+de|"
    r"d'ordre\s+(?:et\s+pour\s+le\s+compte\s+)?de|im\s+Auftrag(?:\s+und\s+f\u00fcr\s+Rechnung)?\s+(?:von|unseres\s+Kunden|"
    r"unserer\s+Kundin)|in\s+opdracht\s+van)"
    r"\s+(?:(?:our|nuestro|nuestra|notre|onze)\s+(?:client[ea]?|cliente|customer|kunde|klant)\s+)?"
    r"(?P<name3>[^\W\d][^:;,]{2,80}?)(?=\s*,\s|\s+\((?:nif|cif|vat|tax|rfc|cuit|nit|ruc|cnpj|siren|ust)|"
    r"\s+(?:con|with|avec|mit|met|com)\s|\.\s+(?-i:[\p{Lu}])|[,.]?$)",
    regex.IGNORECASE)


# "The following load has been paid to Delgado Express LLC via QuickPay": the payee, in a sentence.
_PAYEE_SENTENCE = regex.compile(
    r"\b(?:has|have)\s+been\s+paid\s+to\s+(?P<name>[^\W\d][^:;]{2,80}?)"
    r"(?=\s+(?:via|by|on|for|in|through|today)\b|,\s|\.\s+(?-i:[A-Z])|[,.]?$)"
    # Polish "zleciliśmy przelew na rzecz Wójcik Transport Sp. z o.o. na kwotę ...", Turkish
    # "24.01.2023 tarihinde Doğan Elektrik A.Ş. adına ... hesaba ... gönderilmiştir"
    r"|\bprzelew\w*\s+na\s+rzecz\s+(?P<name2>[^\W\d][^:;]{2,80}?)(?=\s+na\s+kwot|,\s|[,.]?$)"
    r"|\btarihinde\s+(?P<name3>[^\W\d][^:;]{2,80}?)\s+adına\b"
    # Czech and Slovak "jsme odeslali platbu ve prospěch Vltava trade s.r.o. ve výši ...", Hungarian
    # "... HUF összeget utaltunk a(z) Bakony Tanácsadó Bt. 10478488-77001713 számú számlájára"
    r"|\bv[eo]?\s+prosp[ěe]ch\s+(?P<name4>[^\W\d][^:;]{2,80}?)(?=\s+v[eo]\s+výš|\s+na\s+(?:účet|váš)|,\s|[,.]?$)"
    r"|\butaltunk\s+a\(?z?\)?\s+(?P<name5>[^\W\d][^:;]{2,80}?)(?=\s+(?:[A-Z]{2}\d{2}\s?)?\d{4}[\d\s-]{4,}\s+számú)"
    # Croatian "... na Vaš račun HR95 2340 0094 2125 5409 5 (Zagorje transport j.d.o.o.)": the account's
    # holder in brackets after its number; Lithuanian "... pervedė 26 131,65 EUR į „Kuršių sprendimai“,
    # UAB sąskaitą LT65 ...": into the company's account
    # (Serbian: "... uplatio 5.434.767,40 RSD na račun 325-0000479524112-58 (Ana Stojanović PR Komerc Rtanj)")
    r"|\bna\s+(?:va[šs]\s+)?(?:teku[ćc]i\s+)?ra[čc]un\s+(?:[A-Z]{2}\d{2})?[\d\s\-]{8,}\((?P<name6>[^()]{2,80})\)"
    r"|\s(?:į|i)\s+(?P<name7>[^\d\s:;][^:;]{2,80}?)\s+sąskaitą\b"
    # Latvian "... ir pārskaitījis 34 318,79 EUR uz SIA "Ozola Būve" kontu LV33 ...", Estonian "... kandis
    # 25.04.2023 OÜ Emajõe IT arveldusarvele EE34 ..."
    r"|\buz\s+(?P<name8>[^\d\s:;][^:;]{2,80}?)\s+kontu\b"
    r"|\bkandis\s+(?:\d{1,2}\.\d{1,2}\.\d{4}\s+)?(?P<name9>[^\d\s:;][^:;]{2,80}?)\s+arveldusarvele\b",
    regex.IGNORECASE)


def _party_in_prose(layout: Layout, patterns: PatternSet, sentence: regex.Pattern = _PAYER_SENTENCE
                    ) -> tuple[str, Segment] | None:
    """The company a sentence names as the payer (as the payee, with `_PAYEE_SENTENCE`); only a name
    with a company form in it counts."""
    for joined in (False, True):
        # (then a sentence its line broke: "... utaltunk a(z) Kapos Tanácsadó Bt." / "1047... számú számlájára.")
        for page in layout.pages:
            for segment in page.segments:
                text = segment.text.strip()
                if joined:
                    below = layout.below(segment, max_lines=1)
                    if not below:
                        continue
                    text = f"{text} {below[0].text.strip()}"
                match = timed(sentence.search, text)
                if match is None:
                    continue
                key = next((key for key, value in match.groupdict().items() if key.startswith("name") and value), None)
                if key is None:
                    continue
                name = match.group(key).strip(" ,")
                if text[match.end(key):match.end(key) + 1] == "." and _dotted_form(name):
                    name += "."  # "... na rzecz Wójcik Transport Sp. z o.o." at the sentence's end: the form's own stop
                # (a name in brackets after the account paid into is the account's holder, whatever its form)
                if (_ends_in_legal_form(name, patterns) or _form_then_name(name, patterns) or key == "name6") \
                        and not _EMAILISH.search(name):
                    return name, segment
    return None


_OPENING_QUOTES, _CLOSING_QUOTES = "„\"«“‚'", "“\"»”‘'"


# A letter's place and date: "Rīga, 08.02.2023", "U Novom Sadu, 14.11.2023.", "Zagreb, 5. ožujka 2024."
_PLACE_BEFORE_DATE = regex.compile(r"^(?:\p{L}+\.?\s+){0,3}\p{Lu}[\p{L}\-]+,?\s+$")


def _place_and_date(text: str) -> bool:
    """A letter's place and date set far right of a party's label: it dates the letter, it names no one."""
    dates = find_dates(text)
    return bool(dates) and dates[-1].end >= len(text.rstrip(" .")) and \
        bool(timed(_PLACE_BEFORE_DATE.match, text[:dates[-1].start]))


def _form_then_name(name: str, patterns: PatternSet) -> bool:
    """A company form written before the name it forms, quoted or capitalised ("UAB „Vilniaus
    statyba“", "IĮ \"Baltijos technologijos\"", "ООО «Интерснаб»", "OÜ Emajõe IT")."""
    forms = patterns.legal_forms.find(name)
    if not forms or forms[0][0] != 0:
        return False
    rest = name[forms[0][1]:].strip()
    if len(rest) > 2 and rest[0] in _OPENING_QUOTES and rest[-1] in _CLOSING_QUOTES:
        return True
    words = rest.split()
    return 1 <= len(words) <= MAX_NAME_WORDS_AFTER_FORM and all(word[:1].isupper() for word in words)


MAX_NAME_WORDS_AFTER_FORM = 4


def _dotted_form(name: str) -> bool:
    """Whether a company form that ends a name is written with a full stop after it ("Sp. z o.o.",
    "Kft.", "Ltd.", "Bt."), as a sentence's own stop after "GmbH", "SRL", "LLC" or "Limited" is not."""
    last = name.split()[-1] if name.split() else ""
    if not last or last.endswith("."):
        return False
    return "." in last or 2 <= len(last) <= ABBREVIATED_FORM_LETTERS and last[0].isupper() and last[1:].isalpha() \
        and last[1:].islower()


ABBREVIATED_FORM_LETTERS = 4  # "Kft", "Ltd", "Inc", "Corp": a longer word ("Limited") is written out


def _one_line_party(segment: Segment, patterns: PatternSet
                    ) -> tuple[str, tuple[str, Segment] | None, Segment] | None:
    """A party written on one line, name first: "Marcus Whitfield, Unit 7, ..., York, YO1 7HH"."""
    head, comma, rest = segment.text.partition(", ")
    head, rest = head.strip(), rest.strip()
    if comma:
        # Its tax and registration numbers and its phone, written between the parts of the address
        # ("ООО «Интерснаб», ИНН 7802573351, КПП 780201002, 196084, г. Санкт-Петербург, ..."), are no
        # part of the place.
        parts = [part for part in rest.split(", ") if not _registration_or_contact(part, patterns)]
        if parts and len(parts) < len(rest.split(", ")):
            first = rest.split(", ").index(parts[0])
            rest = ", ".join(rest.split(", ")[first:first + _run_length(rest.split(", ")[first:], patterns)])
    if not comma or not _name_like(head) or _address_like(head, patterns) or any(ch.isdigit() for ch in head) \
            or not _address_like(rest, patterns):
        return None
    start = segment.text.find(rest, len(head))
    words = _words_from(segment, start)
    address = Segment(segment.page, segment.line_index, segment.order, words, rest,
                      segment.char_bbox(start, len(segment.text)), segment.font_size)
    name_words = tuple(segment.words_in(0, len(head))) or segment.words
    name = Segment(segment.page, segment.line_index, segment.order, name_words, head, segment.char_bbox(0, len(head)),
                   segment.font_size)
    return head, (rest, address), name


def _registration_or_contact(part: str, patterns: PatternSet) -> bool:
    """A comma-separated part of a one-line party that is a number of the party's, not its place:
    "ИНН 7838300407", "VAT No GB123456789", "тел.: +7 (812) 658-34-96"."""
    text = part.strip()
    skips = patterns.block_skips.find(text)
    if skips and skips[0][0] == 0 and any(ch.isdigit() for ch in text):
        return True
    return _is_contact_line(text, patterns)


def _run_length(parts: list[str], patterns: PatternSet) -> int:
    """How many parts, from the first, hold no registration or contact: the address runs until one."""
    for index, part in enumerate(parts):
        if _registration_or_contact(part, patterns):
            return index
    return len(parts)


def _until_next_party_row(layout: Layout, block: list[Segment], patterns: PatternSet) -> list[Segment]:
    """The block's lines down to the next row of a form whose label column names another party
    ("Покупатель" under "Поставщик"): that row's value is the other party's."""
    kept = [block[0]]
    for segment in block[1:]:
        if any(k.page == segment.page and k.line_index == segment.line_index for k in kept):
            continue  # a line read twice (its contact part cut off, then whole)
        line = layout.line_of(segment)
        left = [s for s in line if s.bbox[2] <= segment.bbox[0]]
        if any(hit.kind.field and hit.kind.field.startswith("party:") for s in left for hit in labels_in(s, patterns)):
            break
        kept.append(segment)
    return kept


_LEADING_REGISTRATION = regex.compile(r"^(?P<label>[^\d,]{2,24}?)\s*[:#]?\s*\d[\d\s\-/]{5,}\d\s*,\s*(?=\S)")


def _after_leading_registration(segment: Segment, patterns: PatternSet) -> Segment:
    """A party's line less the tax number it opens with ("БИН / ИИН 100541178968, АО «Тенгри Трейд»,
    140000, г. Павлодар, ..." right of "Поставщик:"): its name follows the number."""
    match = timed(_LEADING_REGISTRATION.match, segment.text)
    if match is None:
        return segment
    hits = labels_in(segment, patterns)
    if not any(hit.start == 0 and hit.end >= len(match.group("label").rstrip(" :#")) - 1
               and hit.kind.name in REGISTRATION_KINDS | {"customer_tax_id"} for hit in hits):
        return segment
    start = match.end()
    return Segment(segment.page, segment.line_index, segment.order, _words_from(segment, start), segment.text[start:],
                   segment.char_bbox(start, len(segment.text)), segment.font_size)


def _name_then_tax_number(segment: Segment, patterns: PatternSet) -> bool:
    """Whether a form's value names a company, then its tax number ("Distribuidora Azteca S.A. de C.V.
    RFC DAO130823K9A"): the label there is the party's number, not the value's own label."""
    hits = _labels_with_values(segment, patterns)
    return bool(hits) and _company_before_tax_number(segment.text[:hits[0].start].rstrip(), hits[0], patterns)


def _company_before_tax_number(head: str, hit: Any, patterns: PatternSet) -> bool:
    """Whether `head`, the text before a label `hit`, is a company's name (its form last, no figure)
    and the label a tax number's."""
    return hit.kind.value == "tax_id" and _ends_in_legal_form(head, patterns) and not any(ch.isdigit() for ch in head)


def _holds_name(text: str, name: str) -> bool:
    """Whether `text` holds `name` as whole words ("Fernández Informática S.L." is not in "Fernández
    Informática S.L.U.")."""
    return bool(timed(regex.compile(rf"(?<!\w){regex.escape(name.casefold())}(?!\w)").search, text.casefold()))


def _name_then_fields(segment: Segment, patterns: PatternSet) -> bool:
    """Whether a segment names a party before its first label ("АО «Стройинвест», ИНН 7838300407, ..."):
    the labels there are the party's numbers written after its name, not the segment's own label
    (a date label with no date after it is a word of the name: "del Sur Construcciones S.L. (NIF ...)")."""
    hits = _labels_with_values(segment, patterns)
    if not hits:
        return False
    head = segment.text[:hits[0].start].rstrip()
    # (or in brackets after it: "შპს „მთაწმინდა ენერჯი“ (საიდენტიფიკაციო ნომერი 205140587)")
    return head.endswith((",", "(")) and _name_like(head[:-1]) and not any(ch.isdigit() for ch in head)


# A sub-label that names an address ("Dirección Matriz:", "Address:", "Adresse :", "Anschrift:").
_ADDRESS_SUB_LABEL = regex.compile(r"(?i)addr|adres|direcci|anschrift|indirizzo|domicilio|endereço|morada|адрес|osoite|casa matriz")
ADDRESS_LINES_UNDER_NAME = 4  # lines under the issuer's name its labelled address may stand on


def _labelled_address_under(layout: Layout, patterns: PatternSet, name_segment: Segment) -> tuple[str, Segment] | None:
    """The issuer's address on a labelled line under its name, in the name's column ("COMERCIALIZADORA
    AUSTRO S.A." / "Dirección Matriz: Av. Cevallos 602, Ambato - Ecuador")."""
    page = layout.pages[name_segment.page - 1]
    for line in page.lines[name_segment.line_index + 1:name_segment.line_index + 1 + ADDRESS_LINES_UNDER_NAME]:
        for segment in line:
            if min(segment.bbox[2], name_segment.bbox[2]) <= max(segment.bbox[0], name_segment.bbox[0]):
                continue  # another column's
            label = timed(_SUB_LABEL.match, segment.text)
            if label is None or not _ADDRESS_SUB_LABEL.search(label.group(0)):
                continue
            value = _without_sub_label(segment)
            # (labelled, it needs only look like an address: a figure or a comma, no postcode)
            if value is not segment and (any(ch.isdigit() for ch in value.text) or "," in value.text):
                return value.text.strip(), value
    return None


def _address_after_name(layout: Layout, patterns: PatternSet, name: str, name_segment: Segment
                        ) -> tuple[str, Segment] | None:
    """The address in a line of small print that opens with the issuer's name, its parts parted by
    middle dots or bars up to the contact or registration part ("VoltPath Charging Ltd · Unit 4,
    Kingsway Business Park, Manchester, M19 1XX · VAT Reg. No. GB 360 2067 86")."""
    folded = name.casefold()
    for page in layout.pages:
        for segment in page.segments:
            if segment is name_segment or not segment.text.casefold().startswith(folded):
                continue
            rest = segment.text[len(name):]
            separator = timed(_PART_SEPARATOR.match, rest)
            if separator is None:
                continue
            start = len(name) + separator.end()
            words = _words_from(segment, start)
            if not words:
                continue
            tail = Segment(segment.page, segment.line_index, segment.order, words, segment.text[start:],
                           segment.char_bbox(start, len(segment.text)), segment.font_size)
            if _is_title_text(timed(_UP_TO_FIRST_FIGURE.match, tail.text).group(), patterns):
                continue  # a running head ("... S.A. de C.V. · COMPROBANTE DE RECEPCIÓN DE PAGOS CP-6753")
            address = _address_before_separator(tail, patterns)
            if address is not None:
                return address.text, address
            if timed(_PART_SEPARATOR.search, tail.text) is None and _address_like(tail.text, patterns) \
                    and not _is_stop(tail.text, patterns):
                return tail.text.strip(), tail  # the address ends the line
    return None


_UP_TO_FIRST_FIGURE = regex.compile(r"[^\d]*")


# The small print that names who sells under a brand ("Sold by", "Seller of record:").
_SELLER_LEAD = regex.compile(
    r"(?i)^(?:sold by|seller of record:?|sold and invoiced by|operated by|supplied by|"
    r"(?:this (?:receipt|invoice|document) (?:is|was) )?issued by|"
    r"(?:dieser beleg wird |diese rechnung wird )?ausgestellt von|émis par|uitgegeven door|emitido por)\s+")


_LEADING_PART_SEPARATOR = regex.compile(r"\s+[·•|∙]\s+")


def _names_the_brand(name: str, brand: str) -> bool:
    """Whether a company's name carries the brand: one of its words ("Alpenbahn" in "Alpenbahn
    Personenverkehr AG") or its initials ("FIV", Ferrocarriles Ibéricos de Viajeros)."""
    brand_words = set(_alnum_words(brand))
    name_words = _alnum_words(name)
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    return bool(brand_words & set(name_words)) or brand.strip().isupper() and initials.startswith(brand.strip())


def _seller_of_record(layout: Layout, patterns: PatternSet, brand: Segment
                      ) -> tuple[str, Segment, tuple[str, Segment] | None] | None:
    """A line of small print that opens with a company (a company form ends it, then a comma) and
    goes on with its address: "Windrose Pty Ltd, 1 Epping Road, North Ryde NSW 2113 · ABN 32 ...",
    "Sold by Gallery Payment Corp., 1600 Meridian Parkway, Mountain View, CA 94043. The ..."."""
    for page in layout.pages:
        for segment in page.segments:
            if segment is brand or segment.font_size > brand.font_size:
                continue
            text = segment.text.strip()
            lead = _SELLER_LEAD.match(text)
            body = text[lead.end():] if lead else text
            for _start, end, _ in patterns.company_suffixes.find(body):
                end += body[end:end + 1] == "."  # "Corp.,": the abbreviation's stop is the name's
                name = body[:end].strip()
                # (the company and its address parted by a comma, or by a middle dot: "Treni Veloci Adriatici
                # S.p.A. · Viale del Policlinico, 149/b, 00161 Roma (RM) · P.IVA IT73043791000")
                dotted = timed(_LEADING_PART_SEPARATOR.match, body[end:])
                if not (body[end:].startswith(",") or dotted) or not _ends_in_legal_form(name, patterns):
                    continue
                if dotted and (patterns.company_suffixes.contains(brand.text) or not _names_the_brand(name, brand.text)):
                    # the letterhead names a company already ("Isar Haustechnik UG"), or the footer's company
                    # is not the brand's ("HOTEL RIVERSIDE" over "Delgado & Ashford Limited · Registered ...")
                    continue
                rest = body[end + dotted.end():] if dotted else body[end + 1:]
                place = regex.split(r"\s+·\s+|\.\s+(?=[A-Z])", rest.strip())[0].strip(" .,")
                labels = patterns.find_labels(name)
                if ":" in name or labels and labels[0].start == 0:
                    break  # "Remit to: Calloway Landscaping Group LLC, 785 Pine Street": a labelled party
                if lead is None and (not _address_like(place, patterns) or dotted and _is_stop(place, patterns)
                                     or not name[:1].isupper()
                                     or regex.search(r"\b(?:by|for|of|on behalf)\b", name)):
                    break  # without "Sold by", only a line that opens with a company and its address
                offset = len(segment.text) - len(segment.text.lstrip()) + (lead.end() if lead else 0)
                name_segment = Segment(segment.page, segment.line_index, segment.order,
                                       tuple(segment.words_in(offset, offset + len(name))) or segment.words, name,
                                       segment.char_bbox(offset, offset + len(name)), segment.font_size)
                address = None
                if _address_like(place, patterns):
                    at = segment.text.find(place, offset + len(name))
                    address = (place, Segment(segment.page, segment.line_index, segment.order,
                                              tuple(segment.words_in(at, at + len(place))) or segment.words, place,
                                              segment.char_bbox(at, at + len(place)), segment.font_size))
                return name, name_segment, address
    return None


def _greeted_company(layout: Layout, patterns: PatternSet) -> tuple[str, Segment] | None:
    """The company a letter's greeting names, when it names one (a company form in it)."""
    if not layout.pages:
        return None
    for line in layout.pages[0].lines:
        for segment in line:
            match = timed(_GREETING.match, segment.text.strip())
            if match is None:
                continue
            name = match.group("name").strip(" ,")
            if patterns.company_suffixes.contains(name) and not _EMAILISH.search(name):
                return _company_name(name, patterns) or name, segment
            return None
    return None


# The fields of an e-mail's header as a mail client prints them, in the languages the patterns cover.
_MAIL_FIELD = regex.compile(
    r"^(?:from|sent|to|cc|subject|date|von|gesendet|an|betreff|datum|de|envoyé|à|objet|van|verzonden|aan|onderwerp|"
    r"enviado|para|asunto|kutoka|kwa|mada|da|inviato|oggetto|a|"
    # Croatian / Serbian, Slovenian, Czech / Slovak, Hungarian, Polish, Lithuanian, Romanian, Indonesian,
    # ("Do:", "Za:", "No:" stay out: a letter's or an invoice's own fields)
    r"šalje|prima|predmet|poslano|zadeva|komu|předmět|odesláno|feladó|címzett|tárgy|elküldve|temat|wysłano|"
    r"nuo|kam|tema|išsiųsta|către|subiect|trimis|dari|kepada|perihal|subjek|"
    # Estonian, Latvian, Serbian
    r"saatja|saaja|teema|temats|od)\s*:", regex.IGNORECASE)
# A sender named with the address: "Olivia Ashford <olivia@brennan.example>".
# (after the header's own label, if any: "From: Hannah Prescott <hannah@prescott.example>")
_SENDER_LINE = regex.compile(r"^(?:(?:from|von|de|van|da|kutoka)\s*:\s*)?[^<>@:\n]{2,60}<[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+>",
                             regex.IGNORECASE)
MAIL_HEADER_LINES = 8  # the header is in the first lines of page 1 ...
MIN_MAIL_FIELDS = 3  # ... and has at least "From:", "To:" and "Subject:" or "Sent:"


def _persons_mailbox(text: str, patterns: PatternSet) -> bool:
    """Whether a mail header's line names a mailbox without a company: "Hannah Prescott <hannah@...>"."""
    return bool(timed(_EMAILISH.search, text)) and not patterns.company_suffixes.contains(text.split("<")[0])


def _mail_header(layout: Layout) -> set[int]:
    """The segments of an e-mail print's header (From / Sent / To / Subject lines and their values),
    or nothing when page 1 does not open with one."""
    if not layout.pages:
        return set()
    lines = [line for line in layout.pages[0].lines[:MAIL_HEADER_LINES] if line]
    # (the sender may stand right of its field's label, whatever the label's language: "No:" | "Inese
    # Krūmiņa <info@gaujas.example>")
    senders = [line for line in lines if any(timed(_SENDER_LINE.match, segment.text.strip()) for segment in line[:2])]
    header = [line for line in lines if timed(_MAIL_FIELD.match, line[0].text.strip()) or line in senders]
    # (a sender written with the address is a field of its own, and a surer one: "To:" under it will do)
    if len(header) < (MIN_MAIL_FIELDS - 1 if senders else MIN_MAIL_FIELDS):
        return set()
    if senders:
        # A web mail's print ("Olivia Ashford <olivia@brennan.example>   Sat, May 27, 2023" over
        # "To:" and "Cc:") opens with the browser's date and title, the mailbox owner's name and the
        # subject: all of it above the header is the mail program's, none of it a letterhead.
        last = header[-1][0].line_index
        header = [line for line in layout.pages[0].lines[:last + 1] if line]
    return {segment.order for line in header for segment in line}


_SIGNATURE_PART_BREAK = regex.compile(r"\s*[,·•|]\s*")


def _signing_company(layout: Layout, patterns: PatternSet
                     ) -> tuple[str, Segment, tuple[str, Segment] | None] | None:
    """The company that signs an e-mail at its foot ("Hannah Whitfield" / "Accounts Payable, Garrison
    Industrial Parts LLC" / street / town), less a department before it, and the address under it."""
    page = layout.pages[-1]
    for index in range(len(page.lines) - 1, -1, -1):
        line = page.lines[index]
        if len(line) != 1:
            continue
        segment = line[0]
        text = segment.text.strip()
        if (not (patterns.company_suffixes.contains(text) or timed(_QUOTED_COMPANY.fullmatch, text))
                or _address_like(text, patterns) or _is_stop(text, patterns)
                or _reads_as_sentence(text) or timed(_EMAILISH.search, text)):
            continue
        # the department before the company, parted by a comma or a middle dot ("Carrier Relations · ...")
        starts = [0, *(m.end() for m in _SIGNATURE_PART_BREAK.finditer(text))]
        named = [start for start in starts if patterns.company_suffixes.contains(_SIGNATURE_PART_BREAK.split(
            text[start:])[0]) and not patterns.block_skips.contains(_SIGNATURE_PART_BREAK.split(text[start:])[0])]
        if named and named[0] > 0 and patterns.company_suffixes.is_whole(text[named[0]:].strip(" .,")):
            # "Cebu Harbor Foods, Inc.": a company form after its comma belongs to the name before it
            named[0] = starts[starts.index(named[0]) - 1]
        name = _company_name(text[named[0]:], patterns) if named else text if timed(_QUOTED_COMPANY.fullmatch, text) \
            else None
        if name and _name_like(name):
            below = [ln[0] for ln in page.lines[index + 1:index + 1 + MAX_BLOCK_LINES] if len(ln) == 1]
            lines: list[Segment] = []
            for previous, following in zip([segment, *below], below, strict=False):
                if following.bbox[1] - previous.bbox[3] > 1.5 * max(previous.height, 1.0) or _is_stop(
                        following.text, patterns) or _reads_as_sentence(following.text) \
                        or _opens_with_contact_part(following.text, patterns) \
                        or _set_bold(following) and not _set_bold(previous):
                    break  # (a heading in bold under the address opens what follows: "BIR Form No. 2307 - ...")
                lines.append(following)
            return name, segment, _join_address(lines, patterns)
    return None


# A quoted name with its company form in capitals before or after it ("\"Zemgales Elektro\" AS",
# "AS \"Baltic Trade\""): a form too short to tell from a word by itself ("AS") names a company there.
_QUOTED_COMPANY = regex.compile(r"(?:\p{Lu}{2,4}\s+[„\"«“][^„\"«“”»]{2,60}[”\"»“]|[„\"«“][^„\"«“”»]{2,60}[”\"»“],?\s+\p{Lu}{2,4})")


def _set_bold(segment: Segment) -> bool:
    return bool(segment.words) and all(word.bold for word in segment.words)


def _without_department(name: str, patterns: PatternSet) -> str:
    """A company's name without the department an e-mail's sender line ("From:", "Od:", "Feladó:") puts
    before it ("Pénzügy - Kárpát-élelmiszer Bt.", "Účtárna Praga servis s.r.o.": its finance, its
    accounts office); the department words are [parties] department_words."""
    found = patterns.department_words.find(name)
    if not found or found[0][0] != 0:
        return name
    rest = name[found[0][1]:].lstrip(" -–:·|,")
    return rest if rest and _ends_in_legal_form(rest, patterns) else name


def _read_signature(layout: Layout, patterns: PatternSet, found: dict[str, Pick], issuer: str) -> None:
    """The writer's company and address from the block under a sign-off ("Kind regards," / person /
    role / company / street / town / postcode): the issuer's address when nothing else gave it, and
    its name when the header gave none."""
    name_key, address_key = f"{_prefix(issuer)}.{_name_key(issuer)}", f"{_prefix(issuer)}.address"
    if address_key in found or not layout.pages:
        return
    for name, company, after in _signatures(layout, patterns):
        known = found.get(name_key)
        if known is not None and name and known[0].casefold().rstrip(".") != name.casefold().rstrip("."):
            continue  # signed for another company
        lines = []
        for previous, segment in zip([company, *after], after[:MAX_BLOCK_LINES], strict=False):
            if segment.bbox[1] - previous.bbox[3] > 1.5 * max(previous.height, 1.0) or _is_stop(
                    segment.text, patterns):
                break  # the signature ends at its phone line or a gap
            lines.append(segment)
        address = _join_address(lines, patterns)
        if known is None and name:
            found[name_key] = (name, 0.7, _candidate(company, name))
        if address is not None:
            found[address_key] = (address[0], 0.7, _candidate(address[1], address[0]))
        return


def _signatures(layout: Layout, patterns: PatternSet) -> Iterator[tuple[str | None, Segment, list[Segment]]]:
    """Each company named under a sign-off ("Yours faithfully," / "Accounts Payable" / "Cedar Supply
    Ltd"): its name, its line, and the lines after it."""
    for page in layout.pages:
        for index, line in enumerate(page.lines):
            if len(line) != 1 or not timed(_SIGN_OFF.match, line[0].text.strip()):
                continue
            following = [ln[0] for ln in page.lines[index + 1:index + 10] if ln]
            company = next((i for i, s in enumerate(following) if patterns.company_suffixes.contains(s.text)
                            and not _EMAILISH.search(s.text) and (not _address_like(s.text, patterns)
                                                                  or _name_and_address_sentence(s, patterns))), None)
            if company is not None:
                inline = _name_and_address_sentence(following[company], patterns)
                if inline is not None:
                    yield _company_name(inline[0], patterns), following[company], [inline[1]]
                    continue
                yield _company_name(following[company].text, patterns), following[company], following[company + 1:]


_SENTENCE_BREAK = regex.compile(r"\.\s+(?=\p{Lu})")


def _name_and_address_sentence(segment: Segment, patterns: PatternSet) -> tuple[str, Segment] | None:
    """A footer's sentence that names the company and its address ("Makerly Ireland UC, 4 Grand Canal
    Quay, Dublin 2, D02 KX45, Ireland. You received this e-mail because ..."): the name up to its
    company form, and the address after it up to the sentence's end."""
    text = segment.text
    for _start, end, _ in patterns.company_suffixes.find(text):
        if text[end:].startswith(".,"):
            end += 1  # "Makerly, Inc., 117 Adams Street, ..."
        if not text[end:].startswith(","):
            continue
        stop = timed(_SENTENCE_BREAK.search, text[end:])
        rest_end = end + stop.start() if stop is not None else len(text.rstrip(" ."))
        rest_start = end + 1 + (len(text[end + 1:]) - len(text[end + 1:].lstrip()))
        rest = text[rest_start:rest_end]
        if stop is None or not _address_like(rest, patterns):
            return None
        words = tuple(segment.words_in(rest_start, rest_end)) or segment.words
        return text[:end], Segment(segment.page, segment.line_index, segment.order, words, rest,
                                   segment.char_bbox(rest_start, rest_end), segment.font_size)
    return None


def _signer_first(blocks: list[list[Segment]], layout: Layout, patterns: PatternSet) -> list[list[Segment]]:
    """The letterhead blocks with the one the letter is signed for first: a UK letter prints the
    addressee's block in the envelope window at the top left and the writer's at the right, and
    signs "Yours faithfully, / Accounts Payable / Cedar Supply Ltd" for the writer."""
    if len(blocks) < 2:
        return blocks
    signed = next((name for name, _, _ in _signatures(layout, patterns) if name), None)
    if signed is None:
        return blocks

    def names(block: list[Segment]) -> bool:
        return bool(block) and fuzz.token_set_ratio(signed.casefold(), block[0].text.strip().casefold()) >= SAME_PARTY_RATIO

    if names(blocks[0]):
        return blocks
    for index, block in enumerate(blocks[1:], start=1):
        if names(block) and block[0].page == blocks[0][0].page:
            return [block, *blocks[:index], *blocks[index + 1:]]
    return blocks
