"""Tier 1 speed against PyMuPDF's own text extraction on the same pages (issue 3's target: at most
1.5x `pymupdf.open` + `page.get_text("words")`).

Run: `make bench`, or `.venv/bin/python -m pytest benchmarks --benchmark-only`. The group's
table gives both medians; divide engine by baseline for the ratio.
"""

from __future__ import annotations

import pymupdf
import pytest

from engine import Engine


def _pymupdf_words(pdfs: list[bytes]) -> int:
    count = 0
    for data in pdfs:
        with pymupdf.open(stream=data, filetype="pdf") as document:
            for page in document:
                count += len(page.get_text("words"))
    return count


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _pages(pdfs: list[bytes]) -> int:
    total = 0
    for data in pdfs:
        with pymupdf.open(stream=data, filetype="pdf") as document:
            total += document.page_count
    return total


@pytest.mark.benchmark(group="tier1-vs-pymupdf")
def test_baseline_pymupdf_open_and_words(benchmark, digital_pdfs):
    benchmark.extra_info["pages"] = _pages(digital_pdfs)
    words = benchmark(_pymupdf_words, digital_pdfs)
    assert words > 0


@pytest.mark.benchmark(group="tier1-vs-pymupdf")
def test_engine_tier1_extract(benchmark, engine, digital_pdfs):
    def run() -> int:
        return sum(len(engine.extract(data, tier_preference="tier1").fields) for data in digital_pdfs)

    benchmark.extra_info["pages"] = _pages(digital_pdfs)
    fields = benchmark(run)
    assert fields > 0
