"""A party's name corroborated by the document's own e-mail and web hosts (engine.corroboration): the
hosts found, the names they spell and the ones they must not, and the basis tier 1 reports."""

from __future__ import annotations

import pytest
from drawn_documents import drawn_pdf
from hypothesis import given
from hypothesis import strategies as st

from engine.corroboration import printed_hosts, registered_label, spelled_by_host
from engine.pattern_files import load_patterns
from engine.tiers.patterns import extract_fields


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


@pytest.mark.parametrize(("host", "label"), [
    ("kingsway.com", "kingsway"), ("www.kingsway.com", "kingsway"), ("mail.acme-corp.co.uk", "acme-corp"),
    ("alnoor.ae", "alnoor"), ("shop.example.com.my", "example"), ("Müller-Bau.DE", "muller-bau"),
    ("localhost", None),
])
def test_the_registered_label_of_a_host(host, label):
    assert registered_label(host) == label


def test_hosts_come_from_emails_and_web_addresses_but_not_from_mail_providers(patterns):
    document = drawn_pdf([
        (40, 40, "Email: accounts@kingsway-consulting.co.uk"), (40, 52, "Web: www.northwind.de"),
        (40, 64, "Visit nordic-tools.com today"), (40, 76, "Owner: j.smith1972@gmail.com"),
        (40, 88, "No.12, Jln.Ipoh, 51200 Kuala Lumpur"),
    ])
    assert printed_hosts(document, patterns) == {"kingswayconsulting", "northwind", "nordictools"}


@pytest.mark.parametrize(("name", "hosts", "spelled"), [
    ("Kingsway Consulting LLP", {"kingswayconsulting"}, True),
    ("Al Noor Technical Services LLC", {"alnoor"}, True),  # two short words run together
    ("Müller Bau GmbH", {"mullerbau"}, True),
    ("Northwind Traders", {"contoso"}, False),
    # Company-form words and short words are in too many hosts by chance.
    ("Premier Services Ltd", {"cleaningservices"}, False),
    ("ABC Co", {"abcdirect"}, False),
    ("The Bay", {"thebaygroup"}, False),
])
def test_a_host_spells_a_name_by_a_distinctive_word(patterns, name, hosts, spelled):
    assert spelled_by_host(name, frozenset(hosts), patterns) is spelled


@given(name=st.text(max_size=60))
def test_any_name_is_answered_without_error(patterns, name):
    result = spelled_by_host(name, frozenset({"kingsway", "alnoor"}), patterns)
    assert isinstance(result, bool)


LETTERHEAD_INVOICE = [
    (40, 40, "Kingsway Consulting LLP", 14), (40, 56, "14 Harbour Road"), (40, 66, "Bristol BS1 4QA"),
    (40, 76, "accounts@kingsway-consulting.co.uk"),
    (380, 40, "INVOICE", 16), (380, 60, "Invoice No."), (450, 60, "KC-20931"),
    (380, 72, "Date"), (450, 72, "12/03/2024"),
    (40, 120, "Bill To"), (40, 132, "Harlow Joinery Ltd"), (40, 144, "2 Mill Lane"), (40, 156, "Harlow CM20 2QE"),
    (40, 220, "Description"), (450, 220, "Amount"), (40, 234, "Strategy workshop"), (450, 234, "1,200.00"),
    (380, 270, "Total"), (450, 270, "GBP 1,200.00"),
]


def _bases(items, patterns) -> dict[str, tuple[object, str | None]]:
    fields, _, _, _ = extract_fields(drawn_pdf(items), patterns)
    return {path: (field.value, field.basis) for path, field in fields.items()}


def test_a_letterhead_name_its_email_spells_is_reported_as_corroborated(patterns):
    read = _bases(LETTERHEAD_INVOICE, patterns)
    assert read["vendor_information.vendor_name"] == ("Kingsway Consulting LLP", "letterhead+domain")
    assert read["vendor_information.address"] == ("14 Harbour Road, Bristol BS1 4QA", "letterhead+domain")
    # The customer's block is not spelled by any printed host (it shows only its company form, "Ltd").
    assert read["customer_information.customer_name"] == ("Harlow Joinery Ltd", "labelled_block+form")


def test_a_webmail_address_corroborates_nothing(patterns):
    items = [item if item[2] != "accounts@kingsway-consulting.co.uk" else (40, 76, "kingsway.consulting@gmail.com")
             for item in LETTERHEAD_INVOICE]
    read = _bases(items, patterns)
    # no "+domain": only the name's own company form ("LLP") marks it
    assert read["vendor_information.vendor_name"] == ("Kingsway Consulting LLP", "letterhead+form")
    assert read["vendor_information.address"][1] == "letterhead+form"
