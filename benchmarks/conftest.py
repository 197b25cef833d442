"""Benchmarks run in CI with the tests; pytest-benchmark reports medians and rounds.

Speed targets are stated as ratios against a baseline measured in the same run (the machines are
shared and noisy, so absolute milliseconds mean little across runs).
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "corpus" / "sample"


@pytest.fixture(scope="session")
def digital_pdfs() -> list[bytes]:
    files = sorted(p for p in SAMPLE.glob("*.pdf") if _has_text_layer(p))
    if not files:
        pytest.skip("corpus/sample holds no digital PDFs")
    return [p.read_bytes() for p in files[:20]]


def _has_text_layer(path: Path) -> bool:
    import pymupdf

    with pymupdf.open(path) as document:
        return any(page.get_text("text").strip() for page in document)
