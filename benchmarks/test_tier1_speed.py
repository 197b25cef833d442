"""Tier 1 speed against PyMuPDF's own text extraction on the same pages (issue 3's target: tier 1 per
page at most 1.5x `pymupdf.open` + `page.get_text("words")`, measured in the same run).

Run: `make bench`, or `.venv/bin/python -m pytest benchmarks/test_tier1_speed.py --benchmark-only`.

Every timing is CPU time of this one process (`time.process_time`): the machines are shared, and
CPU time is what one core spends, so pages per second is per core. Tier 1 reads each document cold:
the normalisers' memos (engine.normalize.clear_caches) are emptied before every document, so a
text seen in an earlier round or document is never a free answer. Each test's `extra_info` (in the
`--benchmark-json` output) carries ms per page (median) and pages per second;
`test_tier1_ratio_to_pymupdf` times PyMuPDF, the loader and tier 1 in alternating rounds, so the
ratio is taken under the same load, and prints one line with everything (run with -s to see it).
"""

from __future__ import annotations

import statistics
import time

import pymupdf
import pytest

from engine import Engine
from engine.document import load_document
from engine.normalize import clear_caches

ISSUE_TARGET_RATIO = 1.5
ROUNDS = 5
# Tier 1 measured 8-15x before its normalisers were made fast and 4.5-8x after (loaded machines):
# a ratio above this is a regression.
REGRESSION_RATIO = 10.0


def _pymupdf_words(pdfs: list[bytes]) -> int:
    count = 0
    for data in pdfs:
        with pymupdf.open(stream=data, filetype="pdf") as document:
            for page in document:
                count += len(page.get_text("words"))
    return count


def _tier1(engine: Engine, pdfs: list[bytes]) -> int:
    fields = 0
    for data in pdfs:
        clear_caches()
        fields += len(engine.extract(data, tier_preference="tier1").fields)
    return fields


def _load(pdfs: list[bytes]) -> int:
    return sum(len(load_document(data).pages) for data in pdfs)


@pytest.fixture(scope="module")
def engine(digital_pdfs: list[bytes]) -> Engine:
    engine = Engine()
    engine.extract(digital_pdfs[0], tier_preference="tier1")  # lazy imports and first-call set-up
    return engine


@pytest.fixture(scope="module")
def pages(digital_pdfs: list[bytes]) -> int:
    total = 0
    for data in digital_pdfs:
        with pymupdf.open(stream=data, filetype="pdf") as document:
            total += document.page_count
    return total


def _per_page(benchmark, pages: int) -> None:
    median = benchmark.stats.stats.median
    benchmark.extra_info.update(pages=pages, ms_per_page=round(1000 * median / pages, 3),
                                pages_per_second=round(pages / median, 1))


@pytest.mark.benchmark(group="tier1-vs-pymupdf", timer=time.process_time)
def test_baseline_pymupdf_open_and_words(benchmark, digital_pdfs, pages):
    words = benchmark.pedantic(_pymupdf_words, args=(digital_pdfs,), rounds=2 * ROUNDS, warmup_rounds=1)
    _per_page(benchmark, pages)
    assert words > 0


@pytest.mark.benchmark(group="tier1-vs-pymupdf", timer=time.process_time)
def test_engine_tier1_extract(benchmark, engine, digital_pdfs, pages):
    fields = benchmark.pedantic(_tier1, args=(engine, digital_pdfs), rounds=3)
    _per_page(benchmark, pages)
    assert fields > 0


@pytest.mark.benchmark(group="tier1-ratio", timer=time.process_time)
def test_tier1_ratio_to_pymupdf(benchmark, engine, digital_pdfs, pages):
    """PyMuPDF, the loader alone and tier 1 timed in alternating rounds; the ratio of the medians.

    The issue's 1.5x is reported, not asserted (it is not met: see the printed line); the assertion
    guards against a regression to the speed tier 1 had before its normalisers were made fast. It
    compares each side's fastest round: on a shared machine a round only ever gets slower than the
    work itself (another process takes the cache or the core), so the minimum is the steadiest
    estimate; the medians' ratio swung from 7x to 10.6x between runs of the same code."""
    times: dict[str, list[float]] = {"pymupdf": [], "load": [], "tier1": []}

    def one_round() -> None:
        for name, work in (("pymupdf", lambda: _pymupdf_words(digital_pdfs)), ("load", lambda: _load(digital_pdfs)),
                           ("tier1", lambda: _tier1(engine, digital_pdfs))):
            started = time.process_time()
            work()
            times[name].append(time.process_time() - started)

    benchmark.pedantic(one_round, rounds=ROUNDS)
    ms = {name: 1000 * statistics.median(values) / pages for name, values in times.items()}
    ratio = ms["tier1"] / ms["pymupdf"]
    fastest_ratio = min(times["tier1"]) / min(times["pymupdf"])
    benchmark.extra_info.update(
        pages=pages, pymupdf_ms_per_page=round(ms["pymupdf"], 3), load_ms_per_page=round(ms["load"], 3),
        tier1_ms_per_page=round(ms["tier1"], 3), tier1_pages_per_second=round(1000 / ms["tier1"], 1),
        load_ratio=round(ms["load"] / ms["pymupdf"], 2), tier1_ratio=round(ratio, 2),
        tier1_ratio_of_fastest_rounds=round(fastest_ratio, 2), issue_target_ratio=ISSUE_TARGET_RATIO)
    print(f"\n{pages} pages, CPU ms per page (median of {ROUNDS}): PyMuPDF open+words {ms['pymupdf']:.2f}, "
          f"load_document {ms['load']:.2f} ({ms['load'] / ms['pymupdf']:.2f}x), tier 1 {ms['tier1']:.2f} "
          f"({ratio:.2f}x; {1000 / ms['tier1']:.0f} pages/s on one core; fastest rounds {fastest_ratio:.2f}x); "
          f"issue target {ISSUE_TARGET_RATIO}x")
    assert fastest_ratio < REGRESSION_RATIO
