"""The `cashup` command line (also `python -m engine`).

    cashup extract FILE... [--tier auto|tier1|tier2|tier3] [--threshold F] [--pretty] [--out DIR]
    cashup eval SET [--format corpus|sroie] [--mode text_lines|image] [--split all|train|validation]
                    [--tier ...] [--threshold F] [--json] [--limit N]
    cashup demo [FOLDER] [--out DIR] [--limit N]

`extract` prints one contract JSON object per document per line (a batch PDF gives several lines).
A document that cannot be read is a `status: failed` line, not an error: the exit code is 0 unless
the command line itself is wrong (2, argparse's usage error).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

logger = logging.getLogger("engine.cli")

TIER_CHOICES = ("auto", "tier1", "tier2", "tier3")
DEFAULT_DEMO_LIMIT = 25


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr, force=True)
    from engine.errors import ConfigurationError

    try:
        return int(args.handler(args))
    except ConfigurationError as error:  # a broken pattern file or model: the operator's to fix
        print(f"cashup: configuration error: {error.message}", file=sys.stderr)
        return 1


def build_parser() -> argparse.ArgumentParser:
    from engine import __version__

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--verbose", "-v", action="store_true", default=argparse.SUPPRESS,
                        help="log progress at INFO level (never document contents)")

    parser = argparse.ArgumentParser(prog="cashup", parents=[common],
                                     description="Extract invoice, remittance and receipt data for cash application.")
    parser.set_defaults(verbose=False)
    parser.add_argument("--version", action="version", version=f"cashup-engine {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    extract = commands.add_parser("extract", parents=[common], help="extract documents to JSON lines",
                                  description="Print one contract JSON object per document per line.")
    extract.add_argument("files", nargs="+", metavar="FILE", help="PDF or image files, or folders of them")
    _add_engine_options(extract)
    _add_ocr_engine_option(extract)
    extract.add_argument("--pretty", action="store_true", help="indent the JSON")
    extract.add_argument("--out", type=Path, metavar="DIR", help="also write <stem>.json per document here")
    extract.set_defaults(handler=_cmd_extract)

    evaluate = commands.add_parser("eval", parents=[common], help="score the engine on a labelled set",
                                   description="Run the engine over a labelled set and print the scores.")
    evaluate.add_argument("set", type=Path, metavar="SET", help="a corpus folder or the SROIE folder")
    evaluate.add_argument("--format", choices=("corpus", "sroie"), default=None,
                          help="the set's layout (default: sroie when SET has key/ and box/, else corpus)")
    evaluate.add_argument("--mode", choices=("text_lines", "image"), default="text_lines",
                          help="SROIE input: the OCR box lines or the receipt image")
    evaluate.add_argument("--split", choices=("all", "train", "validation"), default="all",
                          help="SROIE split (see engine.datasets.sroie_split)")
    _add_engine_options(evaluate)
    _add_ocr_engine_option(evaluate)
    evaluate.add_argument("--json", action="store_true", help="print the full report as JSON")
    evaluate.add_argument("--limit", type=_positive_int, metavar="N", help="only the first N items")
    evaluate.set_defaults(handler=_cmd_eval)

    calibrate = commands.add_parser("calibrate", parents=[common], help="fit tier 1's confidence calibration",
                                    description="Run tier 1 uncalibrated over labelled sets and store, per field "
                                                "and basis, how often its values were right.")
    calibrate.add_argument("sets", type=Path, nargs="+", metavar="SET", help="corpus folders or the SROIE folder")
    calibrate.add_argument("--sroie-split", choices=("all", "train", "validation"), default="train",
                           help="which SROIE split to fit on (default train; validation stays held out)")
    calibrate.add_argument("--document-sets", type=Path, nargs="+", metavar="SET", default=None,
                           help="fit the document model on these sets only (default: all SETs); the unit "
                                "table is always counted on every SET")
    calibrate.add_argument("--out", type=Path, required=True, metavar="FILE",
                           help="where to write the table (the engine reads models/tier1_calibration.json, "
                                "tier 2 models/tier2_calibration.json, tier 3 models/tier3_calibration.json)")
    calibrate.add_argument("--tier", choices=("tier1", "tier2", "tier3"), default="tier1",
                           help="the tier to calibrate (default tier1); tier2 OCRs the sets' scans (SROIE as "
                                "images) and fits its document confidence's power; tier3 calls the LLM endpoint "
                                "configured by OPENAI_BASE_URL / OPENAI_API_KEY / CASHUP_LLM_MODEL for every document")
    calibrate.set_defaults(handler=_cmd_calibrate)

    demo = commands.add_parser("demo", parents=[common], help="run the engine on sample documents",
                               description="Extract a folder of documents, write JSON and print a summary.")
    demo.add_argument("folder", nargs="?", type=Path, metavar="FOLDER",
                      help="documents to run (default: the bundled corpus/sample)")
    demo.add_argument("--out", type=Path, default=Path("out/demo"), metavar="DIR",
                      help="where the JSON goes (default: out/demo)")
    demo.add_argument("--limit", type=_positive_int, default=DEFAULT_DEMO_LIMIT, metavar="N",
                      help=f"at most N files (default {DEFAULT_DEMO_LIMIT})")
    _add_engine_options(demo)
    demo.set_defaults(handler=_cmd_demo)
    return parser


def _add_engine_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--tier", choices=TIER_CHOICES, default="auto", help="tier preference (default auto)")
    parser.add_argument("--threshold", type=_unit_float, default=None, metavar="F",
                        help="confidence needed for status success (default: the engine's, 0.85)")
    parser.add_argument("--calibration", type=Path, default=None, metavar="FILE",
                        help="a calibration table from `cashup calibrate` (default: the bundled one)")


def _add_ocr_engine_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ocr-engine", choices=("tesseract", "ppocr"), default=None,
                        help="tier 2's OCR: ppocr (default; PP-OCRv4 detector + PP-OCRv6 recogniser on onnxruntime) or tesseract")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def _unit_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1: {text!r}")
    return value


def expand_inputs(paths: Sequence[Path | str]) -> list[Path]:
    """Files as given; a folder becomes the document files under it, sorted. Missing paths are kept
    (the engine turns them into failed results)."""
    from engine.datasets import document_files

    expanded: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            expanded.extend(document_files(path))
        else:
            expanded.append(path)
    return expanded


def _engine(args: argparse.Namespace | None = None) -> Any:
    from engine.api import Engine, EngineConfig

    settings: dict[str, Any] = {}
    if getattr(args, "ocr_engine", None):
        settings["ocr_engine"] = args.ocr_engine  # type: ignore[union-attr]
    if getattr(args, "calibration", None) is not None:
        settings["calibration_file"] = args.calibration  # type: ignore[union-attr]
    return Engine(EngineConfig(**settings))


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _output_names(stem: str, count: int) -> list[str]:
    return [f"{stem}.json"] if count == 1 else [f"{stem}.{n}.json" for n in range(1, count + 1)]


# ---------------------------------------------------------------------------------------------------
# Commands


def _cmd_extract(args: argparse.Namespace) -> int:
    engine = _engine(args)
    files = expand_inputs(args.files)
    if not files:
        logger.warning("no document files found in the given folders")
    for path in files:
        logger.info("extracting %s", path.name)
        results = engine.extract_batch(path, tier_preference=args.tier, threshold=args.threshold)
        payloads = [result.to_dict() for result in results]
        for payload in payloads:
            sys.stdout.write(json.dumps(payload, indent=2 if args.pretty else None, ensure_ascii=False) + "\n")
        sys.stdout.flush()
        if args.out is not None:
            for name, payload in zip(_output_names(path.stem, len(payloads)), payloads, strict=True):
                _write_json(args.out / name, payload)
    return 0


def _is_sroie(folder: Path, format_name: str | None) -> bool:
    return format_name == "sroie" or (format_name is None and (folder / "key").is_dir() and (folder / "box").is_dir())


def _labelled_items(command: str, folder: Path, format_name: str | None, mode: str, split: str) -> list[Any] | None:
    """A labelled set's items, or None after saying on stderr why there are none."""
    if not folder.is_dir():
        print(f"cashup {command}: not a folder: {folder}", file=sys.stderr)
        return None
    items: list[Any]
    if _is_sroie(folder, format_name):
        from engine.datasets import load_sroie

        items = list(load_sroie(folder, mode=mode, split=split))  # type: ignore[arg-type]
    else:
        from engine.datasets import scan_corpus

        if split != "all":
            print(f"cashup {command}: --split applies to SROIE only", file=sys.stderr)
            return None
        items, skipped = scan_corpus(folder)
        if skipped:
            print(f"cashup {command}: {len(skipped)} document(s) without a truth file skipped", file=sys.stderr)
    return items


def _cmd_calibrate(args: argparse.Namespace) -> int:
    from engine.api import Engine, EngineConfig
    from engine.calibration import fit_on

    items: list[Any] = []
    document_items: list[Any] = []
    names = []
    document_sets = {folder.resolve() for folder in args.document_sets or args.sets}
    for folder in args.sets:
        found = _labelled_items("calibrate", folder, None, "image" if args.tier == "tier2" else "text_lines",
                                args.sroie_split if _is_sroie(folder, None) else "all")
        if found is None:
            return 1
        items.extend(found)
        if folder.resolve() in document_sets:
            document_items.extend(found)
        names.append(f"{folder.name} ({len(found)} documents"
                     + (f", SROIE {args.sroie_split} split" if _is_sroie(folder, None) else "")
                     + (", document model too)" if folder.resolve() in document_sets else ")"))
    unknown = document_sets - {folder.resolve() for folder in args.sets}
    if unknown:
        print(f"cashup calibrate: --document-sets must be among the SETs: {sorted(map(str, unknown))}",
              file=sys.stderr)
        return 2
    if args.tier == "tier2":
        from engine.calibration import fit_tier2

        power = fit_tier2(items, [name.replace(", document model too", "") for name in names], EngineConfig())
        args.out.parent.mkdir(parents=True, exist_ok=True)
        power.save(args.out)
        print(f"fitted tier 2's document power {power.exponent} on {power.fitted_on[-1]} -> {args.out}")
        return 0
    if args.tier == "tier3":
        from engine.llm.config import LlmConfig

        resolved = LlmConfig().resolve()
        if isinstance(resolved, str):
            print(f"cashup calibrate: --tier tier3 needs an LLM endpoint: {resolved}", file=sys.stderr)
            return 2
    calibration = fit_on(Engine(EngineConfig(calibrated=False)), items, names, document_items,
                         tier_preference=args.tier)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    calibration.save(args.out)
    print(f"fitted {len(calibration.counts)} buckets on {len(items)} documents -> {args.out}")
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from engine.evaluation import evaluate

    folder: Path = args.set
    items = _labelled_items("eval", folder, args.format, args.mode, args.split)
    if items is None:
        return 1
    kind = "sroie" if _is_sroie(folder, args.format) else "corpus"
    if args.limit is not None:
        items = items[:args.limit]
    if not items:
        print(f"cashup eval: no labelled documents in {folder}", file=sys.stderr)
        return 1
    logger.info("evaluating %d %s items", len(items), kind)
    report = evaluate(_engine(args), items, tier_preference=args.tier, threshold=args.threshold)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(report.format_table())
    return 0


def default_demo_folder() -> Path:
    import engine

    return Path(engine.__file__).resolve().parents[1] / "corpus" / "sample"


def _cmd_demo(args: argparse.Namespace) -> int:
    folder: Path = args.folder or default_demo_folder()
    if not folder.is_dir():
        print(f"cashup demo: no documents folder at {folder}. Pass a folder of PDFs or images "
              "(the bundled sample exists only in a source checkout).", file=sys.stderr)
        return 1
    files = expand_inputs([folder])
    total = len(files)
    files = files[:args.limit]
    if not files:
        print(f"cashup demo: no PDF or image files in {folder}", file=sys.stderr)
        return 1
    engine = _engine()
    out_dir: Path = args.out
    header = f"{'file':<32} {'type':<18} {'total':>12} {'cur':<4} {'tier':<17} {'conf':>5} {'ms':>8}"
    print(header)
    print("-" * len(header))
    for path in files:
        results = engine.extract_batch(path, tier_preference=args.tier, threshold=args.threshold)
        for name, result in zip(_output_names(path.stem, len(results)), results, strict=True):
            _write_json(out_dir / name, result.to_dict())
            total_amount = result.value("financial_data.total_amount")
            currency = result.value("financial_data.currency")
            label = path.name if len(results) == 1 else name.removesuffix(".json")
            kind = result.document_type if result.status != "failed" else (
                f"failed:{result.error.code}" if result.error else "failed")
            print(f"{_clip(label, 32):<32} {_clip(kind, 18):<18} "
                  f"{'' if total_amount is None else f'{float(total_amount):,.2f}':>12} "
                  f"{currency or '':<4} {result.tier_used or '-':<17} {result.confidence:>5.2f} "
                  f"{result.processing_time_ms:>8.1f}")
    if total > len(files):
        print(f"({len(files)} of {total} files; --limit to change)")
    print(f"JSON written to {out_dir.resolve()}")
    return 0


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"
