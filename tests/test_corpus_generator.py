"""The synthetic corpus generator (corpus/) and its committed sample (corpus/sample/).

Checks: the sample's truth files validate against the contract's `results` schema, their arithmetic is
consistent, what they claim is visibly printed (and hidden-text traps are not), scanned renditions carry
no text layer, and the generator is deterministic (regenerating sample items reproduces them exactly).
"""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpus" / "sample"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

pymupdf = pytest.importorskip("pymupdf")
jsonschema = pytest.importorskip("jsonschema")

from corpus.generator import build_sample_item, generate_corpus, pdf_raw_text, pdf_visible_text, sample_ids  # noqa: E402


def _schema_path() -> Path:
    shared = Path(__file__).resolve().parents[2] / "shared/contract/result.schema.json"
    return shared if shared.exists() else ROOT / "tests/contract/result.schema.json"


@pytest.fixture(scope="module")
def results_validator():
    path = _schema_path()
    if not path.exists():
        pytest.skip("contract schema not available")
    schema = json.loads(path.read_text(encoding="utf-8"))
    sub = dict(schema["properties"]["results"])
    sub["$defs"] = schema["$defs"]
    return jsonschema.Draft202012Validator(sub)


@pytest.fixture(scope="module")
def manifest() -> dict:
    return json.loads((SAMPLE / "MANIFEST.json").read_text(encoding="utf-8"))


def _records(truth: dict) -> list[dict]:
    return truth["documents"] if "documents" in truth else [truth]


def _truths() -> list[tuple[str, dict]]:
    return [(p.name, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(SAMPLE.glob("*.truth.json"))]


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


@pytest.fixture(scope="module")
def visible(manifest) -> dict[str, str]:
    """Visible text of every digital (pdf_text) sample file, whitespace-normalised."""
    out = {}
    for e in manifest["documents"]:
        if e["source_format"] == "pdf_text":
            out[e["id"]] = _norm(pdf_visible_text((SAMPLE / e["file"]).read_bytes()))
    return out


# ------------------------------------------------------------------------------------------ coverage
def test_sample_covers_every_family_type_and_locale(manifest):
    docs = manifest["documents"]
    flat = []
    for e in docs:
        flat.extend(e["documents"] if e["document_type"] == "batch" else [e])
    types = {d["document_type"] for d in flat}
    assert types >= {"invoice", "credit_note", "remittance_advice", "receipt", "statement"}
    locales = {d["locale"] for d in flat}
    assert locales >= {"KE", "UG", "TZ", "US", "GB", "DE", "FR", "NL", "ES", "IN"}
    invoice_layouts = {d["layout"] for d in flat if d["document_type"] == "invoice"}
    assert len(invoice_layouts) >= 8
    assert {"label_left", "label_above", "two_column", "dense_table", "multi_page", "boxed", "letter"} <= invoice_layouts
    assert sum(1 for e in docs if e["document_type"] == "batch") >= 2
    assert sum(1 for d in flat if d.get("traps")) >= 3
    assert any(d.get("lang") == "sw" for d in flat)
    formats = {e["source_format"] for e in docs}
    assert formats == {"pdf_text", "pdf_scanned", "image"}
    assert {Path(e["file"]).suffix for e in docs if e["source_format"] == "image"} == {".png", ".jpg"}
    for e in docs:
        assert (SAMPLE / e["file"]).exists() and (SAMPLE / e["truth"]).exists()
    assert len(list(SAMPLE.glob("*.truth.json"))) == len(docs)


def test_sample_is_small():
    total = sum(p.stat().st_size for p in SAMPLE.iterdir())
    assert total < 4.5 * 1024 * 1024


# ------------------------------------------------------------------------------------------ truth
@pytest.mark.parametrize("name,truth", _truths(), ids=lambda v: v if isinstance(v, str) else "")
def test_truth_validates_against_contract(name, truth, results_validator):
    for rec in _records(truth):
        assert set(rec) >= {"document_type", "locale", "layout", "source_format", "results"}
        assert rec["source_format"] in {"pdf_text", "pdf_scanned", "image"}
        errors = sorted(results_validator.iter_errors(rec["results"]), key=str)
        assert not errors, f"{name}: {errors[0].message} at {list(errors[0].path)}"


def _close(a: float, b: float, tol: float = 0.005) -> bool:
    return math.isclose(a, b, abs_tol=tol)


@pytest.mark.parametrize("name,truth", _truths(), ids=lambda v: v if isinstance(v, str) else "")
def test_truth_arithmetic(name, truth):
    for rec in _records(truth):
        r = rec["results"]
        t = rec["document_type"]
        fin = r["financial_data"]
        total, tax, net = fin["total_amount"], fin["tax_amount"], fin["net_amount"]
        assert total is not None and fin["currency"]
        for v in (total, tax, net):
            assert v is None or round(v, 2) == v
        if total is not None and tax is not None and net is not None:
            assert _close(net + tax, total), (name, net, tax, total)
        lines = r["line_items"]
        for li in lines:
            assert _close(li["quantity"] * li["unit_price"], li["amount"]), (name, li)
        if lines:
            s = sum(li["amount"] for li in lines)
            # line amounts add up to the net amount (or, tax-inclusive receipts / untaxed invoices, the total)
            assert (net is not None and _close(s, net)) or _close(s, total), (name, s, net, total)
        if t == "credit_note":
            assert total < 0 and all(li["amount"] < 0 for li in lines)
            assert tax is None or tax <= 0
        else:
            assert total >= 0
        pay = r["payment_information"]
        if t == "remittance_advice":
            allocs = pay["allocations"]
            assert 2 <= len(allocs) <= 6
            assert [a["invoice_id"] for a in allocs] == r["invoice_ids"]
            assert _close(sum(a["amount"] for a in allocs), pay["payment_amount"])
            assert _close(pay["payment_amount"], total)
            assert pay["payment_reference"] and pay["payment_date"]
        else:
            assert pay == {"payment_reference": None, "payment_date": None, "payment_amount": None,
                           "allocations": []}
        if t == "statement":
            assert r["invoice_ids"] == [] and lines == []
        elif t != "remittance_advice":
            assert len(r["invoice_ids"]) == 1
        due = r["payment_terms"]["due_date"]
        if due is not None:
            assert due >= r["document_date"]


def test_scanned_renditions_match_their_source(manifest):
    by_id = {e["id"]: e for e in manifest["documents"]}
    scans = [e for e in manifest["documents"] if e.get("source")]
    assert len(scans) >= 10
    for e in scans:
        src = by_id[e["source"]]
        t_scan = json.loads((SAMPLE / e["truth"]).read_text(encoding="utf-8"))
        t_src = json.loads((SAMPLE / src["truth"]).read_text(encoding="utf-8"))
        strip = lambda t: [{k: v for k, v in r.items() if k != "source_format"} for r in _records(t)]  # noqa: E731
        assert strip(t_scan) == strip(t_src)
        assert all(r["source_format"] == e["source_format"] for r in _records(t_scan))


def test_scanned_files_have_no_text_layer(manifest):
    import cv2
    import numpy as np
    for e in manifest["documents"]:
        path = SAMPLE / e["file"]
        if e["source_format"] == "pdf_scanned":
            with pymupdf.open(path) as d:
                assert d.page_count == e["pages"]
                assert all(not p.get_text().strip() for p in d)
                assert all(p.get_images() for p in d)
        elif e["source_format"] == "image":
            img = cv2.imdecode(np.frombuffer(path.read_bytes(), np.uint8), cv2.IMREAD_UNCHANGED)
            assert img is not None and min(img.shape[:2]) > 500


# ------------------------------------------------------------------------------------------ visibility
def test_truth_strings_are_visibly_printed(manifest, visible):
    for e in manifest["documents"]:
        if e["source_format"] != "pdf_text":
            continue
        text = visible[e["id"]]
        truth = json.loads((SAMPLE / e["truth"]).read_text(encoding="utf-8"))
        metas = e["documents"] if e["document_type"] == "batch" else [e]
        for rec, meta in zip(_records(truth), metas, strict=True):
            r = rec["results"]
            v, c = r["vendor_information"], r["customer_information"]
            must = list(r["invoice_ids"])
            must += [v["tax_id"], v["vendor_id"], c["customer_name"], c["customer_id"],
                     r["payment_information"]["payment_reference"], r["payment_terms"]["payment_terms"]]
            must += [a["invoice_id"] for a in r["payment_information"]["allocations"]]
            for addr in (v["address"], c["address"]):
                if addr:
                    must += addr.split(", ")
            must += list(meta["printed"].values())
            for s in filter(None, must):
                assert _norm(s) in text, f"{e['id']}: {s!r} not visible"
            assert _norm(v["vendor_name"]) in text, f"{e['id']}: vendor {v['vendor_name']!r}"
            for li in r["line_items"]:
                for word in li["description"].split():
                    assert word in text, f"{e['id']}: line item word {word!r}"


def test_hidden_traps_are_invisible_but_in_the_text_layer(manifest, visible):
    n = 0
    for e in manifest["documents"]:
        if e["source_format"] != "pdf_text":
            continue
        traps = [t for d in (e["documents"] if e["document_type"] == "batch" else [e]) for t in d.get("traps", [])]
        if not traps:
            continue
        raw = _norm(pdf_raw_text((SAMPLE / e["file"]).read_bytes()))
        truth_text = (SAMPLE / e["truth"]).read_text(encoding="utf-8")
        for trap in traps:
            n += 1
            assert _norm(trap["text"]) in raw
            assert _norm(trap["text"]) not in visible[e["id"]]
            assert "FAKE" not in truth_text and "999,999" not in truth_text
    assert n >= 3


# ------------------------------------------------------------------------------------------ determinism
@pytest.mark.parametrize("doc_id", ["doc_001", "doc_018", "doc_036", "doc_059", "doc_046_scan", "doc_018_scan"])
def test_sample_items_regenerate_identically(doc_id, manifest):
    assert doc_id in sample_ids()
    out = build_sample_item(doc_id)
    committed = json.loads((SAMPLE / f"{doc_id}.truth.json").read_text(encoding="utf-8"))
    assert out.truth == committed
    entry = next(e for e in manifest["documents"] if e["id"] == doc_id)
    (fname, data), = out.files.items()
    assert fname == entry["file"]
    committed_bytes = (SAMPLE / fname).read_bytes()
    if fname.endswith(".pdf") and entry["source_format"] == "pdf_text":
        assert _norm(pdf_raw_text(data)) == _norm(pdf_raw_text(committed_bytes))
    else:
        assert len(data) > 1000


def test_random_corpus_is_deterministic(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    generate_corpus(a, 8, seed=7, scanned_share=0.25)
    generate_corpus(b, 8, seed=7, scanned_share=0.25)
    files = sorted(p.name for p in a.iterdir())
    assert files == sorted(p.name for p in b.iterdir())
    assert sum(1 for f in files if f.endswith(".truth.json")) == 8
    for f in files:
        if f.endswith(".json"):
            assert (a / f).read_bytes() == (b / f).read_bytes(), f
        elif f.endswith(".pdf"):
            assert pdf_raw_text((a / f).read_bytes()) == pdf_raw_text((b / f).read_bytes()), f
    m = json.loads((a / "MANIFEST.json").read_text(encoding="utf-8"))
    assert sum(1 for e in m["documents"] if e["source_format"] != "pdf_text") == 2
    c = tmp_path / "c"
    generate_corpus(c, 8, seed=8)
    assert (c / "doc_00001.truth.json").read_bytes() != (a / "doc_00001.truth.json").read_bytes()


def test_cli_runs(tmp_path):
    out = tmp_path / "cli"
    proc = subprocess.run([sys.executable, str(ROOT / "corpus" / "generate.py"), "--out", str(out), "--count", "3",
                           "--seed", "3"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert len(list(out.glob("*.truth.json"))) == 3 and (out / "MANIFEST.json").exists()
