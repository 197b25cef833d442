"""The `cashup` command line, run in-process and once as `python -m engine`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from engine.cli import main

SROIE_DIR = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "sroie_dev"
SECRET = "ZEBRA-UNIQUE-VENDOR-7731"


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def json_objects(text: str) -> list[dict]:
    """Concatenated (possibly indented) JSON objects."""
    decoder, objects, index = json.JSONDecoder(), [], 0
    while index < len(text):
        if text[index].isspace():
            index += 1
            continue
        obj, index = decoder.raw_decode(text, index)
        objects.append(obj)
    return objects


def test_extract_prints_valid_json_lines(make_pdf, validate_result, capsys) -> None:
    first, second = make_pdf("a.pdf"), make_pdf("b.pdf", ["RECEIPT", "Total: 12.50"])
    assert main(["extract", str(first), str(second)]) == 0
    lines = json_lines(capsys.readouterr().out)
    assert len(lines) == 2
    for line in lines:
        validate_result(line)
    assert [line["metadata"]["source_file"] for line in lines] == ["a.pdf", "b.pdf"]


def test_extract_missing_file_is_a_failed_line_not_an_error(tmp_path, validate_result, capsys) -> None:
    assert main(["extract", str(tmp_path / "missing.pdf")]) == 0
    [line] = json_lines(capsys.readouterr().out)
    validate_result(line)
    assert line["status"] == "failed"
    assert line["error"]["code"]


def test_extract_pretty_and_out_dir(make_pdf, tmp_path, validate_result, capsys) -> None:
    pdf = make_pdf("inv.pdf")
    out = tmp_path / "out"
    assert main(["extract", str(pdf), "--pretty", "--out", str(out), "--tier", "tier1", "--threshold", "0.5"]) == 0
    text = capsys.readouterr().out
    assert "\n  " in text  # indented
    [printed] = json_objects(text)
    validate_result(printed)
    written = json.loads((out / "inv.json").read_text())
    validate_result(written)
    assert written["document_id"] == printed["document_id"]
    assert all(t["tier"] == "pattern_matching" or t["outcome"] == "skipped" for t in written["tiers"])


def test_extract_expands_folders_sorted(make_pdf, tmp_path, capsys) -> None:
    folder = tmp_path / "docs"
    for name in ("b.pdf", "a.pdf", "sub/c.pdf"):
        make_pdf(name, folder=folder)
    (folder / "notes.txt").write_text("not a document")
    assert main(["extract", str(folder)]) == 0
    names = [line["metadata"]["source_file"] for line in json_lines(capsys.readouterr().out)]
    assert names == ["a.pdf", "b.pdf", "c.pdf"]


@pytest.mark.parametrize("argv", [
    [], ["extract"], ["extract", "--tier", "tier9", "x.pdf"], ["extract", "--threshold", "1.5", "x.pdf"],
    ["extract", "--bogus", "x.pdf"], ["nonsense"], ["eval"], ["demo", "--limit", "0"],
])
def test_usage_errors_exit_2(argv, capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    assert capsys.readouterr().out == ""


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert "cashup-engine" in capsys.readouterr().out


def test_python_m_engine_extract(make_pdf, tmp_path, validate_result) -> None:
    pdf = make_pdf("sub.pdf")
    env = dict(os.environ)
    repo = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (repo, env.get("PYTHONPATH")) if p)
    done = subprocess.run([sys.executable, "-m", "engine", "extract", str(pdf), str(tmp_path / "gone.pdf")],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = json_lines(done.stdout)
    assert len(lines) == 2
    for line in lines:
        validate_result(line)
    assert lines[1]["status"] == "failed"


def test_verbose_logs_never_show_document_text(make_pdf, capsys) -> None:
    pdf = make_pdf("secret.pdf", ["INVOICE", f"Vendor: {SECRET}", "Total: 10.00"])
    assert main(["--verbose", "extract", str(pdf)]) == 0
    captured = capsys.readouterr()
    assert SECRET not in captured.err
    assert main(["extract", "-v", str(pdf)]) == 0
    assert SECRET not in capsys.readouterr().err


def _tiny_corpus(make_pdf, folder: Path) -> Path:
    make_pdf("inv1.pdf", folder=folder)
    (folder / "inv1.truth.json").write_text(json.dumps({
        "document_type": "invoice", "locale": "KE", "layout": "test", "source_format": "pdf_text",
        "results": {"invoice_ids": ["INV-2024-001"], "document_date": "2024-08-21",
                    "financial_data": {"total_amount": 1160.0, "currency": "KES", "tax_amount": 160.0}},
    }))
    make_pdf("unlabelled.pdf", folder=folder)
    return folder


def test_eval_corpus_table_and_json(make_pdf, tmp_path, capsys) -> None:
    corpus = _tiny_corpus(make_pdf, tmp_path / "corpus")
    assert main(["eval", str(corpus)]) == 0
    captured = capsys.readouterr()
    assert "Truth fields right:" in captured.out and "/5 = " in captured.out
    assert "1 document(s) without a truth file skipped" in captured.err
    assert main(["eval", str(corpus), "--json", "--tier", "tier1"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 1
    assert report["truth_fields"]["n"] == 5
    assert report["tier_preference"] == "tier1"
    assert report["per_document"][0]["file"] == "inv1.pdf"


def test_eval_rejects_missing_or_empty_set(tmp_path, capsys) -> None:
    assert main(["eval", str(tmp_path / "nope")]) == 1
    assert main(["eval", str(tmp_path)]) == 1
    assert "no labelled documents" in capsys.readouterr().err


@pytest.mark.skipif(not SROIE_DIR.is_dir(), reason="shared/datasets/sroie_dev not present")
def test_eval_sroie_json(capsys) -> None:
    assert main(["eval", str(SROIE_DIR), "--split", "validation", "--limit", "3", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 3
    assert report["truth_fields"]["n"] == 12
    assert set(report["fields"]) >= {"financial_data.total_amount", "document_date"}


def test_demo_writes_json_and_prints_table(make_pdf, tmp_path, validate_result, capsys) -> None:
    folder = tmp_path / "docs"
    for index in range(3):
        make_pdf(f"d{index}.pdf", folder=folder)
    out = tmp_path / "demo_out"
    assert main(["demo", str(folder), "--out", str(out), "--limit", "2"]) == 0
    text = capsys.readouterr().out
    assert "file" in text and "tier" in text and "d0.pdf" in text and "d2.pdf" not in text
    assert "(2 of 3 files" in text
    assert str(out.resolve()) in text
    written = sorted(p.name for p in out.iterdir())
    assert written == ["d0.json", "d1.json"]
    for path in out.iterdir():
        validate_result(json.loads(path.read_text()))


def test_demo_without_documents_says_so(tmp_path, capsys) -> None:
    assert main(["demo", str(tmp_path / "absent")]) == 1
    assert "no documents folder" in capsys.readouterr().err


def _sample_set(tmp_path: Path, count: int = 3) -> Path:
    """A few digital sample documents with their truth files, as a labelled set of their own."""
    import shutil

    sample = Path(__file__).resolve().parents[1] / "corpus" / "sample"
    folder = tmp_path / "set"
    folder.mkdir()
    pdfs = sorted(p for p in sample.glob("*.pdf") if "scan" not in p.name and p.with_suffix(".truth.json").exists())
    for pdf in pdfs[:count]:
        shutil.copy(pdf, folder / pdf.name)
        shutil.copy(pdf.with_suffix(".truth.json"), folder / pdf.with_suffix(".truth.json").name)
    return folder


def test_calibrate_writes_a_table_the_engine_can_use(tmp_path, capsys) -> None:
    folder = _sample_set(tmp_path)
    out = tmp_path / "own.json"
    assert main(["calibrate", str(folder), "--out", str(out)]) == 0
    table = json.loads(out.read_text())
    assert table["counts"] and all(seen >= right for seen, right in table["counts"].values())
    assert main(["eval", str(folder), "--tier", "tier1", "--calibration", str(out)]) == 0
    assert "Expected calibration error" in capsys.readouterr().out


def test_calibrate_tier3_needs_an_endpoint_and_counts_its_answers(tmp_path, monkeypatch, capsys) -> None:
    from llm_server import FakeLlmServer  # tests/ is on sys.path under pytest

    from engine.datasets import load_corpus

    folder = _sample_set(tmp_path, 2)
    out = tmp_path / "tier3.json"
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "CASHUP_LLM_MODEL"):
        monkeypatch.delenv(name, raising=False)
    assert main(["calibrate", str(folder), "--tier", "tier3", "--out", str(out)]) == 2
    assert "needs an LLM endpoint" in capsys.readouterr().err and not out.exists()
    with FakeLlmServer() as server:
        for item in load_corpus(folder):
            for truth in item.truths:
                server.add_truth(truth.document_type, truth.results)
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", "loopback")
        monkeypatch.setenv("CASHUP_LLM_MODEL", "gpt-4o-mini")
        assert main(["calibrate", str(folder), "--tier", "tier3", "--out", str(out)]) == 0
        assert server.completions  # every document went to the endpoint
    counts = json.loads(out.read_text())["counts"]
    assert counts and all("|llm" in key for key in counts)
