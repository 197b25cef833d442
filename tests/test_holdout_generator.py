"""The independent hold-out generator: deterministic, coherent truth, documents that say what the truth says."""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

import pymupdf
import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # corpus/ is not an installed package
    sys.path.insert(0, str(ROOT))

from corpus.holdout import FAMILIES, build_one, generate_holdout  # noqa: E402
from corpus.holdout.doc import CONTRACT_KEYS, consistency_problems  # noqa: E402
from corpus.holdout.fakes import abn, de_vat, fr_vat, gstin, iban, nl_vat, siren, uk_vat  # noqa: E402
from corpus.holdout.money import fmt_number, words_indian  # noqa: E402
from engine.datasets import load_corpus  # noqa: E402

SEED = 5


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("holdout")
    generate_holdout(out, count=len(FAMILIES), seed=SEED, scan_share=0.0)
    return out


def _truths(folder: Path) -> list[tuple[Path, dict]]:
    return [(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(folder.glob("*.truth.json"))]


def test_every_family_is_generated_and_loadable(corpus_dir: Path) -> None:
    manifest = json.loads((corpus_dir / "MANIFEST.json").read_text(encoding="utf-8"))
    assert [d["family"] for d in manifest["documents"]] == list(FAMILIES)
    assert len(FAMILIES) >= 16
    items = load_corpus(corpus_dir)
    assert len(items) == len(FAMILIES)
    kinds = {item.truths[0].document_type for item in items}
    assert kinds == {"invoice", "credit_note", "remittance_advice", "receipt"}


def test_same_seed_gives_identical_bytes(corpus_dir: Path, tmp_path: Path) -> None:
    generate_holdout(tmp_path, count=len(FAMILIES), seed=SEED, scan_share=0.0)
    first = {p.name: p.read_bytes() for p in corpus_dir.iterdir()}
    second = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_another_seed_gives_other_documents(corpus_dir: Path) -> None:
    other = build_one(SEED + 1, 0, "saas_invoice", scan_share=0.0)
    original = json.loads((corpus_dir / "ho_0000_saas_invoice.truth.json").read_text(encoding="utf-8"))
    assert other.truth["results"]["invoice_ids"] != original["results"]["invoice_ids"]


def test_truth_files_are_coherent(corpus_dir: Path) -> None:
    for path, truth in _truths(corpus_dir):
        results = truth["results"]
        assert set(truth) >= {"document_type", "locale", "layout", "source_format", "results"}, path.name
        assert tuple(results) == CONTRACT_KEYS, path.name
        checks = truth["checks"]
        assert consistency_problems(results, truth["document_type"], checks["lines_adjustment"],
                                    checks["lines_sum_to"]) == [], path.name
        for key in ("document_date",):
            assert results[key] is None or date.fromisoformat(results[key]), path.name
        assert re.fullmatch(r"[A-Z]{3}", results["financial_data"]["currency"]), path.name
        if truth["document_type"] == "remittance_advice":
            pay = results["payment_information"]
            allocated = sum(a["amount"] for a in pay["allocations"])
            assert abs(allocated - pay["payment_amount"]) < 0.005, path.name
            assert pay["payment_amount"] == results["financial_data"]["total_amount"], path.name
        else:
            fin = results["financial_data"]
            if fin["net_amount"] is not None and fin["tax_amount"] is not None:
                assert abs(fin["net_amount"] + fin["tax_amount"] - fin["total_amount"]) < 0.005, path.name
        if truth["document_type"] == "credit_note":
            assert results["financial_data"]["total_amount"] < 0
            assert all(line["amount"] < 0 for line in results["line_items"])


def test_documents_open_and_print_their_ids(corpus_dir: Path) -> None:
    for path, truth in _truths(corpus_dir):
        document = corpus_dir / path.name.replace(".truth.json", ".pdf")
        with pymupdf.open(document) as pdf:
            assert pdf.page_count >= 1
            text = re.sub(r"\s+", "", " ".join(page.get_text() for page in pdf)).casefold()
        results = truth["results"]
        for invoice_id in results["invoice_ids"]:
            assert re.sub(r"\s+", "", invoice_id).casefold() in text, (path.name, invoice_id)
        name = results["vendor_information"]["vendor_name"]
        assert re.sub(r"\s+", "", name).casefold() in text, (path.name, name)


def test_every_family_keeps_its_truth_consistent_over_seeds() -> None:
    for family in FAMILIES:
        for index in range(3):
            item = build_one(11, index, family, scan_share=0.0)  # build_one itself checks doc and print
            assert item.truth["family"] == family


def test_scanned_renditions_are_image_only() -> None:
    seen = set()
    for index, family in enumerate(["retail_receipt", "quickbooks_invoice", "uk_vat_invoice", "in_gst_invoice"]):
        item = build_one(3, index, family, scan_share=1.0)
        name, data = next((k, v) for k, v in item.files.items() if not k.endswith(".json"))
        fmt = item.truth["source_format"]
        seen.add(fmt)
        if name.endswith(".png"):
            assert fmt == "image" and data.startswith(b"\x89PNG")
        else:
            assert fmt == "pdf_scanned"
            with pymupdf.open("pdf", data) as pdf:
                assert all(not page.get_text().strip() and page.get_images() for page in pdf)
    assert seen <= {"image", "pdf_scanned"}


def test_identifier_check_digits() -> None:
    import random

    rng = random.Random(0)
    # ABN: weights on (first digit - 1, rest) sum to a multiple of 89
    digits = [int(c) for c in abn(rng).replace(" ", "")]
    digits[0] -= 1
    assert sum(w * d for w, d in zip([10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19], digits, strict=True)) % 89 == 0
    # IBAN: mod 97 == 1
    raw = iban(rng, "DE").replace(" ", "")
    assert int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97 == 1
    # French VAT key matches the SIREN
    s = siren(rng)
    assert fr_vat(s) == f"FR{(12 + 3 * (int(s) % 97)) % 97:02d}{s}"
    assert re.fullmatch(r"GB \d{3} \d{4} \d{2}", uk_vat(rng))
    assert re.fullmatch(r"DE\d{9}", de_vat(rng))
    assert re.fullmatch(r"NL\d{9}B0\d", nl_vat(rng))
    assert re.fullmatch(r"27[A-Z]{5}\d{4}[A-Z][1-3]Z[0-9A-Z]", gstin(rng, 27))


def test_number_formats() -> None:
    from decimal import Decimal

    assert fmt_number(Decimal("123456.5"), "in") == "1,23,456.50"
    assert fmt_number(Decimal("1234.56"), "de") == "1.234,56"
    assert fmt_number(Decimal("1234.56"), "fr") == "1 234,56"
    assert words_indian(Decimal("123456.40")) == \
        "Rupees One Lakh Twenty Three Thousand Four Hundred Fifty Six and Forty Paise Only"
