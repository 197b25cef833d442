"""Seeded synthetic generator of invoices, credit notes, remittance advices, receipts and statements.

Entry points: `generate_corpus`, `generate_sample`, `build_sample_item`, `sample_ids`, and the truth helpers
`visible_text` / `pdf_visible_text` used by the tests.
"""

from .core import (
                   GENERATOR_VERSION,
                   SAMPLE_SCANS,
                   SAMPLE_SEED,
                   build_sample_item,
                   generate_corpus,
                   generate_sample,
                   main,
                   make_document,
                   random_spec,
                   render_batch,
                   render_single,
                   sample_ids,
                   sample_plan,
)
from .truth import pdf_raw_text, pdf_visible_text, results, truth_record, verify, visible_text

__all__ = ["GENERATOR_VERSION", "SAMPLE_SCANS", "SAMPLE_SEED", "build_sample_item", "generate_corpus",
           "generate_sample", "main", "make_document", "random_spec", "render_batch", "render_single", "sample_ids",
           "sample_plan", "pdf_raw_text", "pdf_visible_text", "results", "truth_record", "verify", "visible_text"]
