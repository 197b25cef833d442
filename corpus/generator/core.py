"""Corpus assembly: specs -> documents -> files (PDF / PNG / JPG / image-PDF) + truth + MANIFEST."""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf

from . import layouts, model, scan, truth

GENERATOR_VERSION = "1.0"
SAMPLE_SEED = 20240821

DOC_WEIGHTS = {"invoice": 0.46, "credit_note": 0.1, "remittance_advice": 0.17, "receipt": 0.12, "statement": 0.08,
               "batch": 0.04}
LOCALE_WEIGHTS = {"KE": 0.2, "UG": 0.07, "TZ": 0.07, "US": 0.13, "GB": 0.1, "DE": 0.07, "FR": 0.06, "NL": 0.05,
                  "ES": 0.05, "IN": 0.12, "MY": 0.04}


@dataclass
class Output:
    doc_id: str
    files: dict[str, bytes]            # file name -> bytes (first is the document itself)
    truth: dict[str, Any]
    entry: dict[str, Any]
    docs: list[model.Doc] = field(default_factory=list)


def _rng(seed: int, key: str) -> random.Random:
    return random.Random(f"cashup-corpus:{seed}:{key}")


def _int_seed(seed: int, key: str) -> int:
    return int.from_bytes(hashlib.sha256(f"cashup-scan:{seed}:{key}".encode()).digest()[:8], "big")


def make_document(seed: int, key: str, spec: dict, attempts: int = 4) -> tuple[model.Doc, bytes]:
    """Build and render one document, checking that its truth is visibly printed; re-roll on failure."""
    problems: list[str] = []
    for attempt in range(attempts):
        rng = _rng(seed, key if attempt == 0 else f"{key}#{attempt}")
        doc = model.build(rng, spec)
        pdf = layouts.render(doc)
        problems = truth.verify(doc, pdf)
        if not problems:
            return doc, pdf
    raise RuntimeError(f"{key} {spec}: truth not visible after {attempts} attempts: {problems}")


def _entry(doc_id: str, fname: str, record: dict, pages: int, doc: model.Doc | None, **extra: Any) -> dict:
    e = {"id": doc_id, "file": fname, "truth": f"{doc_id}.truth.json", "document_type": record["document_type"],
         "locale": record["locale"], "layout": record["layout"], "source_format": record["source_format"],
         "pages": pages}
    if doc is not None:
        e["lang"] = doc.lang
        e["currency"] = doc.currency
        e["traps"] = doc.traps
        e["printed"] = printed_forms(doc)
    e.update(extra)
    return e


def printed_forms(doc: model.Doc) -> dict[str, str]:
    """How some truth values look on the page (dates and the total), for checks and debugging."""
    out = {"document_date": doc.d(doc.date), "total_amount": doc.num(doc.total)}
    if doc.due_date:
        out["due_date"] = doc.d(doc.due_date)
    if doc.pay_date:
        out["payment_date"] = doc.d(doc.pay_date)
    return out


def _page_count(pdf: bytes) -> int:
    with pymupdf.open(stream=pdf, filetype="pdf") as d:
        return d.page_count


def _merge(pdfs: list[bytes], date_stamp: str) -> tuple[bytes, list[list[int]]]:
    out = pymupdf.open()
    ranges = []
    for data in pdfs:
        with pymupdf.open(stream=data, filetype="pdf") as src:
            start = out.page_count
            out.insert_pdf(src)
            ranges.append(list(range(start + 1, out.page_count + 1)))
    out.set_metadata({"producer": "Batch scan", "creator": "", "creationDate": date_stamp, "modDate": date_stamp,
                      "title": "", "author": "", "subject": "", "keywords": ""})
    data = out.tobytes(garbage=3, deflate=True, no_new_id=True)
    out.close()
    return data, ranges


def _stamp(doc: model.Doc) -> str:
    d = doc.date
    return f"D:{d.year:04d}{d.month:02d}{d.day:02d}120000Z"


def render_single(seed: int, doc_id: str, spec: dict, scanned: str | None = None, small: bool = False,
                  source: str | None = None) -> Output:
    """scanned: None (digital), "png", "jpg" (image file) or "pdf" (image-only PDF)."""
    doc, pdf = make_document(seed, spec.get("key", doc_id), spec)
    if scanned is None:
        record = truth.truth_record(doc, "pdf_text")
        fname = f"{doc_id}.pdf"
        data, pages = pdf, _page_count(pdf)
    elif scanned == "pdf" or _page_count(pdf) > 1:
        record = truth.truth_record(doc, "pdf_scanned")
        fname = f"{doc_id}.pdf"
        data = scan.scan_to_pdf(pdf, _int_seed(seed, doc_id), small, _stamp(doc))
        pages = _page_count(pdf)
    else:
        record = truth.truth_record(doc, "image")
        fname = f"{doc_id}.{scanned}"
        data = scan.scan_to_images(pdf, scanned, _int_seed(seed, doc_id), small)[0]
        pages = 1
    extra = {"source": source} if source else {}
    return Output(doc_id, {fname: data}, record, _entry(doc_id, fname, record, pages, doc, **extra), [doc])


def render_batch(seed: int, doc_id: str, specs: list[dict], scanned: bool = False, small: bool = False,
                 source: str | None = None) -> Output:
    docs, pdfs = [], []
    for i, spec in enumerate(specs):
        d, p = make_document(seed, spec.get("key", f"{doc_id}/{i}"), spec)
        docs.append(d)
        pdfs.append(p)
    merged, ranges = _merge(pdfs, _stamp(docs[0]))
    fmt_name = "pdf_scanned" if scanned else "pdf_text"
    if scanned:
        merged = scan.scan_to_pdf(merged, _int_seed(seed, doc_id), small, _stamp(docs[0]))
    records = []
    for d, pages in zip(docs, ranges, strict=True):
        rec = truth.truth_record(d, fmt_name)
        records.append({"pages": pages, **rec})
    record = {"documents": records}
    fname = f"{doc_id}.pdf"
    entry = {"id": doc_id, "file": fname, "truth": f"{doc_id}.truth.json", "document_type": "batch",
             "locale": docs[0].loc.code, "layout": "batch", "source_format": fmt_name,
             "pages": sum(len(r) for r in ranges),
             "documents": [{"pages": r["pages"], "document_type": r["document_type"], "locale": r["locale"],
                            "layout": r["layout"], "lang": d.lang, "currency": d.currency, "traps": d.traps,
                            "printed": printed_forms(d)} for r, d in zip(records, docs, strict=True)]}
    if source:
        entry["source"] = source
    return Output(doc_id, {fname: merged}, record, entry, docs)


# ------------------------------------------------------------------------------------------ specs
def random_spec(rng: random.Random, doc_type: str | None = None) -> dict:
    t = doc_type or rng.choices(list(DOC_WEIGHTS), weights=list(DOC_WEIGHTS.values()))[0]
    if t == "batch":
        return {"doc_type": "batch", "parts": [random_spec(rng, rng.choices(
            ["invoice", "credit_note", "remittance_advice", "statement"], weights=[6, 1, 3, 1])[0])
            for _ in range(rng.choice([2, 2, 3]))]}
    loc = rng.choices(list(LOCALE_WEIGHTS), weights=list(LOCALE_WEIGHTS.values()))[0]
    spec: dict[str, Any] = {"doc_type": t, "locale": loc, "layout": rng.choice(model.LAYOUTS[t])}
    if loc == "KE" and t in ("invoice", "receipt") and rng.random() < 0.2:
        spec["lang"] = "sw"
    if loc in ("KE", "UG", "TZ") and t == "invoice" and rng.random() < 0.08:
        spec["currency"] = "USD"
    if rng.random() < 0.04:
        spec["traps"] = True
    return spec


def _s(doc_type: str, layout: str, locale: str, **kw: Any) -> dict:
    return {"doc_type": doc_type, "layout": layout, "locale": locale, **kw}


def sample_plan() -> list[tuple[str, dict]]:
    """The committed sample: every family, type and locale at least once (ids doc_001..doc_060)."""
    inv = "invoice"
    specs = [
        _s(inv, "label_left", "KE", traps=True), _s(inv, "label_left", "DE"), _s(inv, "label_left", "IN"),
        _s(inv, "label_left", "NL"),
        _s(inv, "label_above", "US"), _s(inv, "label_above", "NL"), _s(inv, "label_above", "KE", lang="sw"),
        _s(inv, "totals_right", "GB"), _s(inv, "totals_right", "FR"), _s(inv, "totals_right", "IN"),
        _s(inv, "two_column", "KE", lang="sw"), _s(inv, "two_column", "ES"), _s(inv, "two_column", "US", traps=True),
        _s(inv, "two_column", "KE", currency="USD"),
        _s(inv, "dense_table", "TZ"), _s(inv, "dense_table", "DE"),
        _s(inv, "multi_page", "UG"), _s(inv, "multi_page", "GB"),
        _s(inv, "boxed", "IN"), _s(inv, "boxed", "KE", no_tax=True),
        _s(inv, "letter", "FR"), _s(inv, "letter", "US"), _s(inv, "letter", "DE"),
        _s(inv, "banner", "MY"), _s(inv, "banner", "ES", traps=True), _s(inv, "banner", "GB"),
        _s(inv, "centered", "KE", lang="sw"), _s(inv, "centered", "UG"), _s(inv, "centered", "TZ"),
        # credit notes
        _s("credit_note", "label_left", "KE", neg_style="positive"), _s("credit_note", "two_column", "DE"),
        _s("credit_note", "totals_right", "US", neg_style="paren"), _s("credit_note", "boxed", "FR"),
        _s("credit_note", "centered", "IN", neg_style="minus"), _s("credit_note", "banner", "GB", neg_style="cr"),
        # remittance advices
        _s("remittance_advice", "remit_table", "KE", items=4), _s("remittance_advice", "remit_table", "IN", items=3),
        _s("remittance_advice", "remit_table", "US", items=6, traps=True),
        _s("remittance_advice", "remit_table", "UG", items=2),
        _s("remittance_advice", "remit_letter", "GB", items=3), _s("remittance_advice", "remit_letter", "DE", items=2),
        _s("remittance_advice", "remit_letter", "TZ", items=5), _s("remittance_advice", "remit_bank", "KE", items=5),
        _s("remittance_advice", "remit_bank", "FR", items=3), _s("remittance_advice", "remit_bank", "NL", items=4),
        # receipts
        _s("receipt", "receipt_pos", "KE"), _s("receipt", "receipt_pos", "KE", lang="sw"),
        _s("receipt", "receipt_pos", "MY"), _s("receipt", "receipt_pos", "US"), _s("receipt", "receipt_pos", "FR"),
        _s("receipt", "receipt_a5", "IN"), _s("receipt", "receipt_a5", "UG"),
        # statements
        _s("statement", "statement_table", "KE"), _s("statement", "statement_aging", "US"),
        _s("statement", "statement_table", "GB"), _s("statement", "statement_aging", "IN"),
        _s("statement", "statement_table", "NL"), _s("statement", "statement_aging", "TZ"),
    ]
    plan = [(f"doc_{i + 1:03d}", s) for i, s in enumerate(specs)]
    plan.append((f"doc_{len(plan) + 1:03d}", {"doc_type": "batch", "parts": [
        _s(inv, "label_left", "KE"), _s("remittance_advice", "remit_table", "KE", items=3),
        _s("credit_note", "two_column", "KE")]}))
    plan.append((f"doc_{len(plan) + 1:03d}", {"doc_type": "batch", "parts": [
        _s(inv, "totals_right", "GB"), _s("statement", "statement_table", "GB")]}))
    return plan


# scanned renditions of sample documents: (source id, format)
SAMPLE_SCANS = [("doc_002", "png"), ("doc_046", "png"), ("doc_028", "png"), ("doc_005", "png"),
                ("doc_011", "jpg"), ("doc_019", "jpg"), ("doc_021", "jpg"), ("doc_051", "jpg"),
                ("doc_036", "jpg"), ("doc_053", "jpg"),
                ("doc_018", "pdf"), ("doc_059", "pdf"), ("doc_044", "pdf")]


def _emit(out_dir: Path, o: Output) -> None:
    for name, data in o.files.items():
        (out_dir / name).write_bytes(data)
    (out_dir / f"{o.doc_id}.truth.json").write_text(
        json.dumps(o.truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _write_manifest(out_dir: Path, entries: list[dict], seed: int, mode: str) -> None:
    manifest = {"generator": "corpus/generate.py", "version": GENERATOR_VERSION, "seed": seed, "mode": mode,
                "count": len(entries), "documents": entries}
    (out_dir / "MANIFEST.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")


def build_sample_item(doc_id: str, seed: int = SAMPLE_SEED) -> Output:
    """Regenerate one item of the committed sample (a digital document or a `_scan` rendition)."""
    plan = dict(sample_plan())
    if doc_id.endswith("_scan"):
        src = doc_id[: -len("_scan")]
        fmt_name = dict(SAMPLE_SCANS)[src]
        spec = plan[src]
        if spec["doc_type"] == "batch":
            return render_batch(seed, doc_id, [dict(p, key=f"{src}/{i}") for i, p in enumerate(spec["parts"])],
                                scanned=True, small=True, source=src)
        return render_single(seed, doc_id, dict(spec, key=src), scanned=fmt_name, small=True, source=src)
    spec = plan[doc_id]
    if spec["doc_type"] == "batch":
        return render_batch(seed, doc_id, [dict(p, key=f"{doc_id}/{i}") for i, p in enumerate(spec["parts"])])
    return render_single(seed, doc_id, dict(spec, key=doc_id))


def sample_ids() -> list[str]:
    return [d for d, _ in sample_plan()] + [f"{s}_scan" for s, _ in SAMPLE_SCANS]


def generate_sample(out_dir: Path, seed: int = SAMPLE_SEED, verbose: bool = False) -> list[dict]:
    out_dir.mkdir(parents=True, exist_ok=True)
    entries = []
    for doc_id in sample_ids():
        o = build_sample_item(doc_id, seed)
        _emit(out_dir, o)
        entries.append(o.entry)
        if verbose:
            print(f"{doc_id}: {o.entry['document_type']} {o.entry['locale']} {o.entry['layout']} "
                  f"{o.entry['source_format']}", file=sys.stderr)
    _write_manifest(out_dir, entries, seed, "sample")
    return entries


def generate_corpus(out_dir: Path, count: int, seed: int, scanned_share: float = 0.0,
                    verbose: bool = False) -> list[dict]:
    out_dir.mkdir(parents=True, exist_ok=True)
    master = _rng(seed, "master")
    width = max(5, len(str(count)))
    n_scan = round(count * scanned_share)
    scanned_idx = set(master.sample(range(count), n_scan)) if n_scan else set()
    entries = []
    for i in range(count):
        doc_id = f"doc_{i + 1:0{width}d}"
        spec_rng = _rng(seed, f"spec:{doc_id}")
        spec = random_spec(spec_rng)
        scanned = i in scanned_idx
        if spec["doc_type"] == "batch":
            o = render_batch(seed, doc_id, [dict(p, key=f"{doc_id}/{j}") for j, p in enumerate(spec["parts"])],
                             scanned=scanned)
        else:
            fmt_name = spec_rng.choices(["png", "jpg", "pdf"], weights=[0.3, 0.4, 0.3])[0] if scanned else None
            o = render_single(seed, doc_id, dict(spec, key=doc_id), scanned=fmt_name)
        _emit(out_dir, o)
        entries.append(o.entry)
        if verbose:
            print(f"{doc_id}: {o.entry['document_type']} {o.entry['locale']} {o.entry['layout']} "
                  f"{o.entry['source_format']}", file=sys.stderr)
    _write_manifest(out_dir, entries, seed, "random")
    return entries


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Generate the CashUp synthetic document corpus.")
    ap.add_argument("--out", type=Path, help="output folder (default corpus/sample with --sample)")
    ap.add_argument("--count", type=int, default=100, help="number of documents (random mode)")
    ap.add_argument("--seed", type=int, default=None, help="seed (random mode default 1; sample uses its own)")
    ap.add_argument("--scanned-share", type=float, default=0.0,
                    help="fraction of documents emitted as scanned renditions (png/jpg/image-only pdf)")
    ap.add_argument("--sample", action="store_true", help="regenerate the committed sample (fixed plan and seed)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if args.sample:
        out = args.out or Path(__file__).resolve().parents[1] / "sample"
        entries = generate_sample(out, args.seed if args.seed is not None else SAMPLE_SEED, args.verbose)
    else:
        if args.out is None:
            ap.error("--out is required (or use --sample)")
        if not 0.0 <= args.scanned_share <= 1.0:
            ap.error("--scanned-share must be within [0, 1]")
        entries = generate_corpus(args.out, args.count, args.seed if args.seed is not None else 1,
                                  args.scanned_share, args.verbose)
    print(f"wrote {len(entries)} documents to {out if args.sample else args.out}")
    return 0
