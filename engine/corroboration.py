"""A party's name corroborated by the document's own e-mail and web addresses.

A name that one of the document's printed domains spells ("Kingsway Consulting LLP" over
accounts@kingsway-consulting.co.uk, "Al Noor Trading" over www.alnoor.ae) is the party's own name,
not a slogan, a platform's brand or a line of its address; and the address printed in the same
block as a corroborated name is that party's address. Tier 1 marks such values (basis suffix
"+domain") so that calibration counts them apart. Measured on the development sets before the rule
existed (tier 1 of session 7, documents with a text layer, twelve sets): letterhead vendor names a
printed domain spells were right 386 times in 395 for the address under them, against 279 in 338
without; the names themselves about 97% against 85%.

Hosts that say nothing about a sender (gmail, outlook, a payment platform) never corroborate:
`[parties] mail_providers` in patterns/document.toml. Nor do the name's company-form words
("Services", "Ltd": `[parties] company_suffixes`) or words under four letters, which many domains
contain by chance.
"""

from __future__ import annotations

import unicodedata

import regex

from engine.document import Document
from engine.pattern_files import REGEX_TIMEOUT_S, PatternSet

# An e-mail address's host, or a web address's (after "www." or a scheme, or ending in a common
# generic top-level domain when bare: "kingsway.com"; a bare "No.12" or "Jln.Ipoh" is no host).
_EMAIL_HOST = regex.compile(r"[\w.+\-]@((?:[\w\-]+\.)+[a-z]{2,})\b", regex.IGNORECASE)
_WEB_HOST = regex.compile(
    r"(?:https?://|\bwww\.)((?:[\w\-]+\.)+[a-z]{2,})\b"
    r"|\b((?:[\w\-]+\.)+(?:com|net|org|biz|info|io|co|shop|store|app)(?:\.[a-z]{2})?)\b",
    regex.IGNORECASE)
# Second-level labels under which a country registers names ("acme.co.uk", "acme.com.my").
_REGISTRY_LABELS = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go", "gob", "nic", "ltd",
                              "plc", "biz"})
_STOP_WORDS = frozenset({"the", "and", "of", "for", "de", "la", "le", "les", "du", "des", "der", "die", "das",
                         "und", "van", "het", "een", "y", "el", "et", "na", "wa", "ya"})
MIN_TOKEN = 4  # a single word shorter than this is in too many domains by chance
MIN_JOINED = 5  # two or three words run together ("alnoor") must be at least this long


def printed_hosts(document: Document, patterns: PatternSet) -> frozenset[str]:
    """The registered label of every e-mail and web host printed in the document's visible text
    ("kingsway-consulting" for accounts@kingsway-consulting.co.uk), hyphens dropped, mail providers
    left out."""
    hosts: set[str] = set()
    for _page, line in document.lines:
        text = line.text
        if "@" not in text and "." not in text:
            continue
        try:
            found = [m.group(1) for m in _EMAIL_HOST.finditer(text, timeout=REGEX_TIMEOUT_S)]
            found += [m.group(1) or m.group(2) for m in _WEB_HOST.finditer(text, timeout=REGEX_TIMEOUT_S)]
        except TimeoutError:
            continue
        for host in found:
            label = registered_label(host)
            if label and label not in patterns.mail_providers:
                hosts.add(label.replace("-", ""))
    return frozenset(hosts)


def registered_label(host: str) -> str | None:
    """The label a company registers: "acme" for mail.acme.co.uk, www.acme.com or acme.de."""
    labels = [label for label in _fold(host).split(".") if label]
    if labels and labels[0] == "www":
        labels = labels[1:]
    if len(labels) < 2:
        return None
    labels = labels[:-1]  # the top-level domain
    if len(labels) > 1 and labels[-1] in _REGISTRY_LABELS:
        labels = labels[:-1]
    return labels[-1] or None


def spelled_by_host(name: str, hosts: frozenset[str], patterns: PatternSet) -> bool:
    """Whether a printed host spells the name: one of its distinctive words, or two or three of its
    words run together, is in a host's label."""
    if not hosts or not name:
        return False
    kept = list(name)
    for start, end, _ in patterns.company_suffixes.find(name):
        kept[start:end] = " " * (end - start)
    words = [w for w in regex.findall(r"[^\W_]+", _fold("".join(kept))) if w not in _STOP_WORDS]
    keys = {w for w in words if len(w) >= MIN_TOKEN}
    for size in (2, 3):
        for i in range(len(words) - size + 1):
            joined = "".join(words[i:i + size])
            if len(joined) >= MIN_JOINED:
                keys.add(joined)
    return any(key in host for key in keys for host in hosts)


def _fold(text: str) -> str:
    """Lower case without accents ("Müller" -> "muller"), as host names are written."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


__all__ = ["printed_hosts", "registered_label", "spelled_by_host"]
