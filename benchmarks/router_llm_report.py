#!/usr/bin/env python3
"""The router's accuracy and LLM spend with tier 3 answering like a good model.

    .venv/bin/python benchmarks/router_llm_report.py DIR [--model gpt-4o-mini] [--limit N] [--json]

It starts the loopback OpenAI-compatible test server (tests/llm_server.py) and registers every
labelled document of DIR with it, keyed by the document's own ids (its invoice numbers and payment
reference, or its parties when it prints no id), so that when the prompt shows a document the server answers the fields asked for from
that document's truth: a model that reads perfectly but can only say what the prompt shows it,
and whose every value still has to pass the engine's grounding. Then it runs the engine twice:

1. `auto`: tiers 1 and 2 first, tier 3 only for documents they could not settle, and only for
   the fields in doubt;
2. `tier3`: every document straight to the LLM, asked for every field (what an LLM-only pipeline
   would spend).

and prints the truth-field accuracy, the share of documents that reached tier 3, and the cost per
1,000 documents at the model's prices (engine.llm.pricing) from the server's reported token usage
(the server estimates tokens as characters / 4).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from llm_server import FakeLlmServer  # noqa: E402

from engine.api import Engine, EngineConfig  # noqa: E402
from engine.datasets import CorpusItem, load_corpus  # noqa: E402
from engine.evaluation import evaluate  # noqa: E402
from engine.llm.config import LlmConfig  # noqa: E402


def register(server: FakeLlmServer, items: list[CorpusItem]) -> int:
    """Key every truth by what identifies it in the text (its ids, else its parties); see add_truth."""
    return sum(len(server.add_truth(t.document_type, t.results)) for item in items for t in item.truths)


def run(folder: Path, model: str, limit: int | None, calibration: Path | None = None,
        model_on_text_layer: bool = False) -> dict[str, Any]:
    items = load_corpus(folder)[:limit] if limit else load_corpus(folder)
    report: dict[str, Any] = {"documents_in": str(folder), "files": len(items), "model": model}
    with FakeLlmServer() as server:
        register(server, items)
        for mode in ("auto", "tier3"):
            config = EngineConfig(llm=LlmConfig(base_url=server.base_url, api_key="loopback", model=model,
                                                use_environment=False, backoff_base_s=0.01),
                                  calibration_file=calibration, model_on_text_layer=model_on_text_layer)
            engine = Engine(config)
            reached: list[bool] = []
            calls_before = len(server.completions)

            def count(record: Any, result: Any, reached: list[bool] = reached) -> None:
                ran = result is not None and any(t.tier == "llm" and t.outcome in ("accepted", "escalated", "failed")
                                                 for t in result.tiers)
                reached.append(ran)

            scored = evaluate(engine, items, tier_preference=mode, on_document=count)
            right, n = scored.truth_fields
            documents = len(scored.documents)
            report[mode] = {
                "documents": documents,
                "truth_fields": n, "truth_fields_right": right,
                "truth_field_accuracy": round(right / n, 4) if n else None,
                "reported_field_precision": scored.reported_fields_right,
                "fully_right": scored.fully_right,
                "sent_to_llm": sum(reached), "sent_to_llm_share": round(sum(reached) / documents, 4),
                "llm_requests": len(server.completions) - calls_before,
                "cost_usd": round(scored.total_cost, 6),
                "cost_per_1000_documents_usd": round(1000 * scored.total_cost / documents, 4),
                "status_counts": scored.status_counts(),
                "ece": scored.calibration()["ece"],
                "straight_through": scored.straight_through(),
                "weakest_fields": sorted(((path, stats.to_dict()["accuracy"]) for path, stats in scored.fields.items()
                                          if stats.n), key=lambda row: row[1])[:6],
            }
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a labelled corpus folder (corpus/generate.py output)")
    parser.add_argument("--model", default="gpt-4o-mini", help="model name the prices are looked up by")
    parser.add_argument("--limit", type=int, default=None, help="only the first N files")
    parser.add_argument("--json", action="store_true", help="print the whole report as JSON")
    parser.add_argument("--model-on-text-layer", action="store_true",
                        help="let tier 2's field model re-rank text-layer documents before tier 3")
    parser.add_argument("--calibration", type=Path, default=None, metavar="FILE",
                        help="a calibration table from `cashup calibrate` (default: the bundled one)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    report = run(args.folder, args.model, args.limit, args.calibration, args.model_on_text_layer)
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    print(f"{report['files']} files from {report['documents_in']}, tier 3 model {report['model']} (loopback server)")
    for mode in ("auto", "tier3"):
        row = report[mode]
        print(f"{mode:<6} truth fields {row['truth_fields_right']}/{row['truth_fields']} = "
              f"{100 * (row['truth_field_accuracy'] or 0):.2f}%  fully right {100 * (row['fully_right'] or 0):.1f}%  "
              f"sent to LLM {row['sent_to_llm']}/{row['documents']} = {100 * row['sent_to_llm_share']:.1f}%  "
              f"cost/1000 docs ${row['cost_per_1000_documents_usd']:.4f}  ECE {row['ece']}")
        print(f"       status {row['status_counts']}  weakest {row['weakest_fields']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
