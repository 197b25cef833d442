"""Train the field model and export it to ONNX (needs the `train` extra: scikit-learn, skl2onnx).

    .venv/bin/python -m engine.field_model.train --out models/field_model.onnx

What it reads (nothing of the held-out sets: SROIE `validation`, synthetic seed 37):
* the synthetic corpus, seeds 11 and 12, 200 documents each, half of them scanned renditions
  (generated into the cache folder with corpus/generate.py's generator when not there yet);
  digital documents are read from their text layer, scanned ones through tier 2's OCR;
* the SROIE training split (`engine.datasets.sroie_split`): its true text lines, and our OCR of its
  images.

Tier 2 has two OCR readers (Tesseract, PP-OCR: engine.ocr), so every scanned document is read by
each of `--readers` (default both; READERS) and each reading is a training document of its own, in
the same fold as the other: one model scores candidates from either reader, calibrated on both.

OCR results are cached under `--cache` (default /tmp/cashup-field-model), keyed by the file's bytes,
the reader and its settings (not its code: clear the cache after changing engine/ocr.py or
engine/preprocess.py; PP-OCR's settings carry `engine.ppocr.READING_VERSION`, raised whenever
engine/ppocr.py reads differently, so its readings are redone then), and read without a page timeout. A first run OCRs about
300 pages per reader (Tesseract ~10 minutes, PP-OCR ~35 minutes on a busy two-core machine); with
the cache filled a run takes about 7 minutes (rows, four cross-validation fits and the final fit).

Every document runs through tier 1 (`extract_fields`); each field's candidates
(engine.field_model.features) are labelled right or wrong against the truth with the evaluator's
own matching rules (engine.evaluation.values_match). A histogram gradient-boosted classifier
(scikit-learn, fixed seed, no early stopping, so the same rows give the same trees) scores them.
Calibration: 4-fold out-of-fold predictions, grouped by document (a receipt's text lines and its
OCR stay in one fold), of each document's top candidate against whether it was right, fitted with
isotonic regression per field. The ONNX file carries the feature list, the calibration and a
summary of the training run in its metadata; `--report` writes the out-of-fold accuracies.

Determinism: the rows are built in a fixed order, the model is seeded, and the export has no
timestamps or random names, so the same rows give the same bytes (compare `sha256sum
models/field_model.onnx`). The summary records `rows_sha256`, a digest of the training matrix and
labels: when two runs differ, it tells whether their inputs did (tier 1's code, the OCR, the data).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import logging
import pickle
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np

from engine.field_model.features import (
    FEATURES,
    FIELD_PATHS,
    FIELDS,
    FieldCandidate,
    address_candidates,
    vectorise,
)
from engine.field_model.model import build_context, candidates_for

logger = logging.getLogger(__name__)

DEFAULT_CACHE = Path("/tmp/cashup-field-model")
SYNTHETIC_SEEDS = (11, 12)
# Tier 2 reads images with either OCR engine (engine.ocr: Tesseract by default, PP-OCR on request);
# their words differ in confidence scale, spacing and errors, so every scanned training document is
# read by both and the model scores candidates from either. Sources of the second reading end in
# "_ppocr" ("sroie_ocr_ppocr"); the first keeps its name.
READERS = ("tesseract", "ppocr")
READER_SUFFIX = {"tesseract": "", "ppocr": "_ppocr"}
SYNTHETIC_COUNT = 200
SCANNED_SHARE = 0.5
FOLDS = 4
SEED = 20240821
MODEL_PARAMS: dict[str, Any] = {
    "max_iter": 200, "learning_rate": 0.06, "max_leaf_nodes": 15, "min_samples_leaf": 8,
    "l2_regularization": 1.0, "early_stopping": False, "random_state": SEED,
}


@dataclass
class Example:
    """One training document: its (OCR or text) Document, its truth and where it came from."""

    key: str  # unique id
    group: str  # documents of one group share a fold
    source: str  # "sroie_text", "sroie_ocr", "synthetic_digital", "synthetic_scan"
    document: Any
    truth: dict[str, Any]  # flat contract paths -> truth value
    labelled: tuple[str, ...] | None  # paths scored (None: every field)
    locale: str | None = None


@dataclass
class Rows:
    matrix: list[np.ndarray] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    slots: list[tuple[str, str, str]] = field(default_factory=list)  # (example key, field, source) per row
    tier1: list[bool] = field(default_factory=list)


# --------------------------------------------------------------------------------------------------
# Inputs


# Preprocessing steps added after the cache's keys were set: while off they change no reading, so
# they stay out of the key and the cached readings stay valid; on, they key a reading of their own.
STEPS_KEYED_ONLY_WHEN_ON = ("invert_bands", "remove_rules")


def _ocr_cached(document: Any, cache: Path, reader: str = "tesseract") -> Any:
    """The document with its image-only pages OCRed by `reader`, cached by content and OCR settings.
    No page timeout: a page that times out on a busy machine would make the rows depend on the load."""
    from engine.ocr import DEFAULT_OCR_OPTIONS, ocr_document

    options = DEFAULT_OCR_OPTIONS if reader == "tesseract" else replace(DEFAULT_OCR_OPTIONS, engine=reader)
    key = repr(options)
    for step in STEPS_KEYED_ONLY_WHEN_ON:
        key = key.replace(f", {step}=False", "")
    if options.fix_words:
        # the words the readings were repaired against: editing the lexicon reads them again
        from engine.ocr_lexicon import load_lexicon

        key += load_lexicon(options.lexicon_dir).fingerprint
    if reader == "ppocr":
        from engine.ppocr import DEFAULT_SETTINGS

        key += repr(DEFAULT_SETTINGS)
    settings = hashlib.sha256(key.encode()).hexdigest()[:10]
    path = cache / "ocr" / f"{document.content_hash[:24]}_{settings}.pkl"
    if path.is_file():
        return pickle.loads(path.read_bytes())
    ocred = ocr_document(document, workers=None, timeout_s=None, options=options)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(ocred))
    return ocred


def synthetic_examples(folder: Path, cache: Path, tag: str, readers: tuple[str, ...] = READERS
                       ) -> Iterator[Example]:
    from engine.datasets import load_corpus
    from engine.document import load_document
    from engine.evaluation import flatten_results

    for item in load_corpus(folder):
        if len(item.truths) != 1:
            continue  # batch PDFs: the splitter's business, not the field model's
        truth = item.truths[0]
        document = load_document(item.path, source_name=item.path.name)
        scanned = not any(page.has_text_layer for page in document.pages)
        key = f"{tag}/{item.item_id}"
        if not scanned:
            yield Example(key, key, "synthetic_digital", document, flatten_results(truth.results), None)
            continue
        for reader in readers:
            # One group per document: its readings by either reader share a fold.
            yield Example(key + READER_SUFFIX[reader], key, "synthetic_scan" + READER_SUFFIX[reader],
                          _ocr_cached(document, cache, reader), flatten_results(truth.results), None)


def sroie_examples(folder: Path, cache: Path, readers: tuple[str, ...] = READERS) -> Iterator[Example]:
    from engine.datasets import SROIE_LABELLED_FIELDS, load_sroie
    from engine.document import load_document
    from engine.evaluation import flatten_results

    for item in load_sroie(folder, mode="text_lines", split="train"):
        truth = flatten_results(item.truths[0].results)
        labelled = tuple(SROIE_LABELLED_FIELDS)
        group = f"sroie/{item.item_id}"
        yield Example(f"{group}/text", group, "sroie_text", item.source, truth, labelled)
        if item.path.is_file():
            image = load_document(item.path, source_name=item.path.name)
            for reader in readers:
                suffix = READER_SUFFIX[reader]
                yield Example(f"{group}/ocr{suffix}", group, "sroie_ocr" + suffix, _ocr_cached(image, cache, reader),
                              truth, labelled)


def ensure_synthetic(cache: Path, seeds: tuple[int, ...]) -> list[Path]:
    """The synthetic training corpora, generated into the cache when missing."""
    folders = []
    for seed in seeds:
        folder = cache / f"synthetic_{seed}_{SYNTHETIC_COUNT}_{SCANNED_SHARE}"
        if not (folder / "MANIFEST.json").is_file():
            root = Path(__file__).resolve().parents[2]
            if str(root) not in sys.path:
                sys.path.insert(0, str(root))
            from corpus.generator import generate_corpus

            logger.info("generating synthetic corpus seed %d into %s", seed, folder)
            generate_corpus(folder, count=SYNTHETIC_COUNT, seed=seed, scanned_share=SCANNED_SHARE)
        folders.append(folder)
    return folders


# --------------------------------------------------------------------------------------------------
# Rows


def contract_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(round(value, 2))
    if isinstance(value, date):
        return value.isoformat()
    return value


def is_right(field_name: str, truth: Any, value: Any) -> bool:
    from engine.evaluation import amounts_equal, values_match

    if truth is None:
        return False
    if field_name == "total":
        return amounts_equal(abs(float(truth)), abs(float(contract_value(value))))
    return values_match(FIELD_PATHS[field_name], truth, contract_value(value))


def example_candidates(example: Example, patterns: Any) -> dict[str, list[FieldCandidate]]:
    """Each field's candidates for a training document; the address's anchor is the vendor name
    candidate that is right (else tier 1's), as the model's own choice would be at run time."""
    from engine.tiers.patterns import extract_fields

    fields, document_type, _, _ = extract_fields(example.document, patterns, example.locale)
    context = build_context(example.document, patterns, example.locale, fields, document_type)
    if context is None:
        return {}
    out: dict[str, list[FieldCandidate]] = {}
    for field_name in FIELDS:
        if field_name == "address":
            continue
        out[field_name] = candidates_for(context, field_name)
    names = out.get("vendor_name", [])
    truth_name = example.truth.get(FIELD_PATHS["vendor_name"])
    anchor = next((c for c in names if is_right("vendor_name", truth_name, c.value)), None) or next(
        (c for c in names if c.tier1), None)
    out["address"] = address_candidates(context, anchor.extra.get("chain") if anchor is not None else None)
    return out


def _scored(example: Example, field_name: str) -> bool:
    path = FIELD_PATHS[field_name]
    if example.labelled is None:
        return True
    return any(path == p or path.startswith(p + ".") or p == path.split(".")[0] for p in example.labelled)


def build_rows(examples: Iterable[Example], patterns: Any, rows: Rows | None = None) -> Rows:
    """Candidate rows of the examples, appended to `rows` (a new Rows when None) in their order."""
    rows = rows if rows is not None else Rows()
    for example in examples:
        for field_name, pool in example_candidates(example, patterns).items():
            if not pool or not _scored(example, field_name):
                continue
            truth = example.truth.get(FIELD_PATHS[field_name])
            rows.matrix.append(vectorise(pool))
            for candidate in pool:
                rows.labels.append(int(is_right(field_name, truth, candidate.value)))
                rows.groups.append(example.group)
                rows.slots.append((example.key, field_name, example.source))
                rows.tier1.append(candidate.tier1)
    return rows


# --------------------------------------------------------------------------------------------------
# Training


def new_model() -> Any:
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(**MODEL_PARAMS)


def out_of_fold(matrix: np.ndarray, labels: np.ndarray, groups: list[str]) -> np.ndarray:
    from sklearn.model_selection import GroupKFold

    predictions = np.zeros(len(labels))
    for train_index, test_index in GroupKFold(n_splits=FOLDS).split(matrix, labels, groups):
        model = new_model().fit(matrix[train_index], labels[train_index])
        predictions[test_index] = model.predict_proba(matrix[test_index])[:, 1]
    return predictions


def top_choices(rows: Rows, probabilities: np.ndarray) -> dict[tuple[str, str], tuple[int, int]]:
    """Per (document, field): the index of its best-scored row and of tier 1's row (-1: none)."""
    best: dict[tuple[str, str], int] = {}
    tier1: dict[tuple[str, str], int] = {}
    for index, (key, field_name, _) in enumerate(rows.slots):
        slot = (key, field_name)
        if slot not in best or probabilities[index] > probabilities[best[slot]]:
            best[slot] = index
        if rows.tier1[index]:
            tier1[slot] = index
    return {slot: (index, tier1.get(slot, -1)) for slot, index in best.items()}


def fit_calibration(rows: Rows, probabilities: np.ndarray, labels: np.ndarray
                    ) -> dict[str, tuple[list[float], list[float]]]:
    from sklearn.isotonic import IsotonicRegression

    points: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for (_, field_name), (index, _) in top_choices(rows, probabilities).items():
        points[field_name].append((float(probabilities[index]), int(labels[index])))
        points["all"].append((float(probabilities[index]), int(labels[index])))
    calibration = {}
    for name, pairs in sorted(points.items()):
        if len(pairs) < 50:
            continue
        x = np.array([p for p, _ in pairs])
        y = np.array([r for _, r in pairs])
        iso = IsotonicRegression(out_of_bounds="clip", y_min=0.01, y_max=0.99).fit(x, y)
        xs = [round(float(v), 5) for v in iso.X_thresholds_]
        ys = [round(float(v), 5) for v in iso.y_thresholds_]
        calibration[name] = (xs, ys)
    return calibration


def summarise(rows: Rows, probabilities: np.ndarray, labels: np.ndarray, examples: list[Example]
              ) -> dict[str, dict[str, dict[str, float]]]:
    """Out-of-fold accuracy of the model's choice and of tier 1's, per source and field, over the
    documents whose field has a truth value."""
    truths = {e.key: e.truth for e in examples}
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    for (key, field_name), (index, tier1_index) in top_choices(rows, probabilities).items():
        if truths[key].get(FIELD_PATHS[field_name]) is None:
            continue
        source = rows.slots[index][2]
        cell = table[source][field_name]
        cell[0] += 1
        cell[1] += int(labels[index])
        cell[2] += int(tier1_index >= 0 and labels[tier1_index])
    return {source: {name: {"n": n, "model": round(m / n, 4), "tier1": round(t / n, 4)}
                     for name, (n, m, t) in sorted(fields.items())}
            for source, fields in sorted(table.items())}


def _patch_skl2onnx() -> None:
    """skl2onnx 1.20 writes a leaf's "missing value goes left" flag of a histogram gradient-boosting
    tree as a Python bool, which ONNX's integer attribute refuses; pass it on as an int."""
    from skl2onnx.common import tree_ensemble

    if getattr(tree_ensemble.add_node, "_cashup_int_flags", False):
        return
    original = tree_ensemble.add_node

    def add_node(*args: Any, **kwargs: Any) -> Any:
        if "nodes_missing_value_tracks_true" in kwargs:
            kwargs["nodes_missing_value_tracks_true"] = int(kwargs["nodes_missing_value_tracks_true"])
        return original(*args, **kwargs)

    add_node._cashup_int_flags = True  # type: ignore[attr-defined]
    tree_ensemble.add_node = add_node


def export(model: Any, calibration: dict[str, Any], info: dict[str, Any], out: Path) -> bytes:
    import onnx
    from skl2onnx import convert_sklearn
    from skl2onnx.common.data_types import FloatTensorType

    _patch_skl2onnx()

    onnx_model = convert_sklearn(model, initial_types=[("features", FloatTensorType([None, len(FEATURES)]))],
                                 options={id(model): {"zipmap": False}}, target_opset={"": 17, "ai.onnx.ml": 3})
    onnx_model.graph.name = "cashup_field_model"  # skl2onnx names the graph with a random uuid
    onnx_model.producer_name = "cashup-engine field model"
    onnx_model.producer_version = ""
    onnx_model.doc_string = "Scores tier 1's candidates per field; see models/MODEL_CARD.md"
    del onnx_model.metadata_props[:]
    for key, value in (("features", json.dumps(list(FEATURES))), ("calibration", json.dumps(calibration)),
                       ("training", json.dumps(info, sort_keys=True))):
        entry = onnx_model.metadata_props.add()
        entry.key, entry.value = key, value
    onnx.checker.check_model(onnx_model)
    data = onnx_model.SerializeToString()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    return data


def train(out: Path, cache: Path, sroie: Path | None, corpora: list[Path], report: Path | None = None,
          readers: tuple[str, ...] = READERS) -> dict[str, Any]:
    from engine.pattern_files import load_patterns

    patterns = load_patterns(None)
    sources: list[Iterable[Example]] = [synthetic_examples(folder, cache, folder.name, readers) for folder in corpora]
    if sroie is not None and (sroie / "key").is_dir():
        sources.append(sroie_examples(sroie, cache, readers))
    # Documents are read, turned into rows and dropped one at a time: the 866 of both readers held
    # together took the process to 7 GB.
    examples: list[Example] = []
    rows = Rows()
    for example in itertools.chain.from_iterable(sources):
        build_rows([example], patterns, rows)
        examples.append(replace(example, document=None))
    if not examples:
        raise SystemExit("no training documents found")
    logger.info("%d training documents", len(examples))
    matrix = np.vstack(rows.matrix).astype(np.float32)
    labels = np.asarray(rows.labels, dtype=np.int64)
    oof = out_of_fold(matrix, labels, rows.groups)
    calibration = fit_calibration(rows, oof, labels)
    summary = summarise(rows, oof, labels, examples)
    model = new_model().fit(matrix, labels)
    counts: dict[str, int] = defaultdict(int)
    for example in examples:
        counts[example.source] += 1
    rows_digest = hashlib.sha256(matrix.tobytes() + labels.tobytes()).hexdigest()
    info = {
        "documents": dict(sorted(counts.items())), "rows": int(len(labels)), "positives": int(labels.sum()),
        "rows_sha256": rows_digest,
        "corpora": [folder.name for folder in corpora], "sroie": "train split" if sroie is not None else None,
        "readers": list(readers),
        "params": MODEL_PARAMS, "folds": FOLDS, "out_of_fold": summary,
    }
    data = export(model, calibration, info, out)
    info["sha256"] = hashlib.sha256(data).hexdigest()
    info["bytes"] = len(data)
    if report is not None:
        report.write_text(json.dumps(info, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m engine.field_model.train", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("models/field_model.onnx"))
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="generated corpora and OCR results")
    parser.add_argument("--sroie", type=Path, default=Path(__file__).resolve().parents[3] / "shared" / "datasets"
                        / "sroie_dev", help="SROIE folder (its training split is used)")
    parser.add_argument("--corpus", type=Path, action="append", default=None,
                        help="synthetic corpus folder(s) (default: seeds 11 and 12, generated into the cache)")
    parser.add_argument("--report", type=Path, help="write the training summary (JSON) here")
    parser.add_argument("--readers", default=",".join(READERS),
                        help="OCR engines that read the scanned training documents, comma-separated "
                             "(default: %(default)s)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
    corpora = args.corpus or ensure_synthetic(args.cache, SYNTHETIC_SEEDS)
    readers = tuple(name.strip() for name in args.readers.split(",") if name.strip())
    unknown = [name for name in readers if name not in READER_SUFFIX]
    if unknown or not readers:
        parser.error(f"unknown OCR reader(s) {unknown}; choose from {', '.join(READERS)}")
    info = train(args.out, args.cache, args.sroie if args.sroie.is_dir() else None, corpora, args.report, readers)
    print(f"wrote {args.out} ({info['bytes']} bytes, sha256 {info['sha256'][:16]}), {info['rows']} rows from "
          f"{sum(info['documents'].values())} documents")
    for source, fields in info["out_of_fold"].items():
        print(f"  {source:<18} " + "  ".join(f"{name} {cell['model']:.3f} (tier 1 {cell['tier1']:.3f}, n={cell['n']})"
                                             for name, cell in fields.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["Example", "build_rows", "main", "train"]
