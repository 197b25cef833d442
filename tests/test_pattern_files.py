"""Pattern files load, validate loudly, and match labels the way patterns/README.md says."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from engine.errors import ConfigurationError
from engine.pattern_files import load_patterns
from engine.resources import patterns_dir


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


@pytest.fixture()
def pattern_copy(tmp_path: Path) -> Path:
    target = tmp_path / "patterns"
    shutil.copytree(patterns_dir(), target)
    return target


def kinds(patterns, text: str) -> list[str]:
    return [hit.kind.name for hit in patterns.find_labels(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Invoice Date: 21/08/2024", ["document_date"]),
    ("Invoice No: INV-2024-001", ["invoice_number"]),
    ("Inv. No. 55", ["invoice_number"]),
    ("Sub Total 1,000.00", ["net"]),
    ("TOTAL (RM) 9.00", ["total"]),
    ("Previous Balance 100.00", ["decoy_prior_balance"]),
    ("PO Date 01/08/2024", ["decoy_date"]),
    ("Rechnungsnummer: 4711", ["invoice_number"]),
    ("N° de facture : F-12", ["invoice_number"]),
    ("Bill To:", ["party_customer"]),
    ("Amount to pay 5.00", ["total"]),
])
def test_labels_longest_phrase_wins(patterns, text, expected):
    assert kinds(patterns, text) == expected


def test_anchored_labels_only_open_a_segment(patterns):
    assert kinds(patterns, "To: Acme Ltd") == ["party_recipient"]
    assert "party_recipient" not in kinds(patterns, "Payable to Acme")


def test_label_inside_an_identifier_is_not_a_label(patterns):
    assert kinds(patterns, "INV-2024-001") == []


def test_missing_file_fails_naming_it(pattern_copy):
    (pattern_copy / "document.toml").unlink()
    with pytest.raises(ConfigurationError, match="document.toml"):
        load_patterns(pattern_copy)


def test_invalid_toml_fails_naming_file(pattern_copy):
    (pattern_copy / "labels.toml").write_text("[total\nphrases = [", encoding="utf-8")
    with pytest.raises(ConfigurationError, match="labels.toml"):
        load_patterns(pattern_copy)


def test_bad_value_kind_fails_naming_key(pattern_copy):
    path = pattern_copy / "labels.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('value = "amount"', 'value = "amout"', 1),
                    encoding="utf-8")
    with pytest.raises(ConfigurationError, match=r"labels\.toml.*value"):
        load_patterns(pattern_copy)


def test_phrase_under_two_labels_fails(pattern_copy):
    path = pattern_copy / "labels.toml"
    path.write_text(path.read_text(encoding="utf-8") + '\n[extra]\nfield = "document_date"\nvalue = "date"\n'
                    'phrases = ["grand total"]\n', encoding="utf-8")
    with pytest.raises(ConfigurationError, match="grand total"):
        load_patterns(pattern_copy)


def test_broken_regex_fails_naming_key(pattern_copy):
    path = pattern_copy / "document.toml"
    text = path.read_text(encoding="utf-8").replace("payment_terms = [", "payment_terms = [\n  '(unclosed',", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigurationError, match=r"terms\.payment_terms\[0\]"):
        load_patterns(pattern_copy)


def test_vendor_file_adds_phrases(pattern_copy):
    (pattern_copy / "vendors").mkdir(exist_ok=True)
    (pattern_copy / "vendors" / "acme.toml").write_text('[labels.invoice_number]\nphrases = ["billing doc"]\n',
                                                       encoding="utf-8")
    patterns = load_patterns(pattern_copy)
    assert kinds(patterns, "Billing Doc: 991") == ["invoice_number"]


def test_vendor_file_naming_unknown_kind_fails(pattern_copy):
    (pattern_copy / "vendors").mkdir(exist_ok=True)
    (pattern_copy / "vendors" / "acme.toml").write_text('[labels.nonsense]\nphrases = ["x"]\n', encoding="utf-8")
    with pytest.raises(ConfigurationError, match=r"acme\.toml.*nonsense"):
        load_patterns(pattern_copy)
