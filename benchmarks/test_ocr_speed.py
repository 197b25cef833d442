"""Tier 2's OCR speed on real receipts (six SROIE training images).

* pages per second with one process and with two (``ocr_many``: pages side by side in the process
  pool, each Tesseract with ``OMP_THREAD_LIMIT=1``), printed as pages/s;
* what surrounds Tesseract (preprocessing, extraction from the OCR text and the ONNX field model)
  against Tesseract itself: the target is at most 15% of Tesseract's time;
* the peak memory of a pool worker and of the largest Tesseract it ran;
* PP-OCR (``OcrOptions(engine="ppocr")``) in one process, for comparison (one round).

OCR is slow, so the rounds are few. Skipped without Tesseract or without ../shared/datasets/sroie_dev.
Run: `.venv/bin/python -m pytest benchmarks/test_ocr_speed.py --benchmark-only`.
"""

from __future__ import annotations

import resource
import time
from pathlib import Path

import pytest

from engine.datasets import load_sroie
from engine.document import Document, load_document, render_page
from engine.field_model import default_model
from engine.ocr import ocr_many, tesseract_available, tesseract_data, warm_pool
from engine.pattern_files import load_patterns
from engine.preprocess import prepare, to_gray
from engine.tiers.patterns import extract_fields

SROIE = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "sroie_dev"
PAGES = 6
TARGET_OVERHEAD = 0.15


@pytest.fixture(scope="module")
def receipts() -> list[Document]:
    if not tesseract_available():
        pytest.skip("tesseract is not installed")
    if not (SROIE / "key").is_dir():
        pytest.skip(f"SROIE dev set not found at {SROIE}")
    items = [item for item in load_sroie(SROIE, mode="image", split="train") if item.path.is_file()][:PAGES]
    if len(items) < PAGES:
        pytest.skip("too few SROIE training images")
    return [load_document(item.path, source_name=item.path.name) for item in items]


@pytest.fixture(scope="module")
def ocred(receipts: list[Document]) -> list[Document]:
    return [document for document, _ in ocr_many(receipts, workers=1)]


def _pages(receipts: list[Document], workers: int) -> int:
    results = ocr_many(receipts, workers=workers)
    return sum(1 for document, _ in results for page in document.pages if page.words)


@pytest.mark.benchmark(group="ocr-pages")
def test_ocr_one_process(benchmark, receipts):
    pages = benchmark.pedantic(_pages, args=(receipts, 1), rounds=3, iterations=1)
    assert pages == PAGES


@pytest.mark.benchmark(group="ocr-pages")
def test_ocr_two_processes(benchmark, receipts):
    assert warm_pool(2) >= 1  # workers started before timing: a server starts them once
    pages = benchmark.pedantic(_pages, args=(receipts, 2), rounds=3, iterations=1)
    assert pages == PAGES
    print(f"\ntwo processes: {PAGES / benchmark.stats.stats.median:.2f} pages/s (median of 3 rounds)")


@pytest.mark.benchmark(group="ocr-pages")
def test_ppocr_one_process(benchmark, receipts):
    """The same pages through PP-OCR (engine.ppocr; one round: about 3 s of CPU a receipt)."""
    from engine.ocr import OcrOptions
    from engine.ppocr import models_present

    if not models_present():
        pytest.skip("models/ppocr is not present")
    options = OcrOptions(engine="ppocr")
    ocr_many(receipts[:1], workers=1, options=options)  # the models load once per process, not timed

    def pages() -> int:
        results = ocr_many(receipts, workers=1, options=options)
        return sum(1 for document, _ in results for page in document.pages if page.words)

    assert benchmark.pedantic(pages, rounds=1, iterations=1) == PAGES
    print(f"\nppocr, one process: {PAGES / benchmark.stats.stats.median:.2f} pages/s")


def test_peak_memory_of_a_worker(receipts):
    """Peak resident memory of the pool workers and of the Tesseract processes they ran."""
    assert warm_pool(2) >= 1
    reports = [report for _, report in ocr_many(receipts, workers=2)]
    pages = [page for report in reports for page in report.pages if page.in_pool]
    assert pages, "the pages were not read in the pool"
    worker = max(page.peak_rss_mb for page in pages)
    tesseract = max(page.tesseract_peak_rss_mb for page in pages)
    print(f"\npeak RSS: worker {worker:.0f} MB, Tesseract {tesseract:.0f} MB")
    assert 0 < worker < 1024 and 0 < tesseract < 1024


@pytest.mark.benchmark(group="ocr-around-tesseract")
def test_preprocessing(benchmark, receipts):
    grays = [to_gray(render_page(document, 1)) for document in receipts]
    prepared = benchmark.pedantic(lambda: [prepare(gray) for gray in grays], rounds=5, iterations=1)
    assert len(prepared) == PAGES


def _extract_with_model(document: Document, patterns) -> tuple:
    """What tier 2 runs on an OCRed page after Tesseract: tier 1's reader, then the field model."""
    baseline = extract_fields(document, patterns, "MY")
    model = default_model()
    return model.rerank(document, patterns, "MY", baseline) if model is not None else baseline


@pytest.mark.benchmark(group="ocr-around-tesseract")
def test_extraction_on_ocr_text(benchmark, ocred):
    patterns = load_patterns(None)
    results = benchmark.pedantic(lambda: [extract_fields(d, patterns, "MY") for d in ocred], rounds=5, iterations=1)
    assert sum(len(fields) for fields, *_ in results) > 0


@pytest.mark.benchmark(group="ocr-around-tesseract")
def test_extraction_and_field_model_on_ocr_text(benchmark, ocred):
    patterns = load_patterns(None)
    results = benchmark.pedantic(lambda: [_extract_with_model(d, patterns) for d in ocred], rounds=5,
                                 iterations=1)
    assert sum(len(fields) for fields, *_ in results) > 0


def test_preprocessing_and_model_within_15_percent_of_tesseract(receipts, ocred):
    """CPU seconds (Tesseract's own from its children's usage), best of two passes each."""
    patterns = load_patterns(None)
    grays = [to_gray(render_page(document, 1)) for document in receipts]

    def children() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    def cpu_of(work, clock) -> float:
        best = float("inf")
        for _ in range(2):
            started = clock()
            work()
            best = min(best, clock() - started)
        return best

    prepared = [prepare(gray) for gray in grays]
    pre = cpu_of(lambda: [prepare(gray) for gray in grays], time.process_time)
    model = cpu_of(lambda: [_extract_with_model(d, patterns) for d in ocred], time.process_time)
    tesseract = cpu_of(lambda: [tesseract_data(p.image) for p in prepared], children)
    print(f"\nper page: preprocessing {1000 * pre / PAGES:.1f} ms, extraction and field model "
          f"{1000 * model / PAGES:.1f} ms, tesseract {1000 * tesseract / PAGES:.0f} ms CPU: "
          f"overhead {(pre + model) / tesseract:.1%}")
    assert pre + model <= TARGET_OVERHEAD * tesseract
