"""The public entry point: `Engine(config).extract(source)`.

An Engine loads its pattern files and models once, at construction, and keeps no per-document
state, so one instance may serve many threads. `extract` never raises for a bad document: it returns
a `status: failed` result with the contract's error code.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from engine.document import Document, InputLimits, SourceLike, content_hash, load_document, read_source
from engine.errors import CashUpError, InputError
from engine.llm.config import LlmConfig
from engine.result import ExtractionResult, failed_result
from engine.router import Router, RoutingPolicy, TierPreference

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class EngineConfig:
    limits: InputLimits = field(default_factory=InputLimits)
    policy: RoutingPolicy = field(default_factory=RoutingPolicy)
    patterns_dir: Path | None = None  # None: the bundled patterns/
    locale: str | None = None  # a hint such as "KE", "US", "DE"; None lets the document decide
    calibrated: bool = True  # map confidences through models/tier1_calibration.json when present
    # A table fitted on your own labelled documents (`cashup calibrate`); None: the bundled one.
    calibration_file: Path | None = None
    # Map tier 2's document confidence through models/tier2_calibration.json (PowerCalibration) when
    # present; off while that mapping is being fitted.
    tier2_power: bool = True
    ocr_dpi: int = 300  # resolution image-only PDF pages are rendered at for OCR
    ocr_workers: int | None = None  # OCR processes for a multi-page scan; None: one per core
    ocr_timeout_s: float = 60.0  # per page; a page that times out costs that page only
    ocr_engine: str = "ppocr"  # or "tesseract"; PP-OCRv4 detector + PP-OCRv6 recogniser on onnxruntime (models/ppocr, engine.ppocr)
    cpu_cost_per_second: float = 0.0  # USD charged per CPU second of tier 2 (the contract's cost)
    # Let tier 2's field model re-rank tier 1's reading of documents that have a text layer too.
    model_on_text_layer: bool = False
    llm: LlmConfig | None = None  # tier 3's endpoint and limits; None: LlmConfig() (environment variables)


class Engine:
    def __init__(self, config: EngineConfig | None = None) -> None:
        self.config = config or EngineConfig()
        self.router = Router(self.config)

    def extract(self, source: SourceLike | Document, tier_preference: TierPreference = "auto",
                threshold: float | None = None, source_name: str | None = None) -> ExtractionResult:
        """Extract one document from a path, bytes, a binary file object or a loaded Document.

        The whole file is read as one document; use `extract_batch` for a PDF holding several.
        """
        return self._extract(source, tier_preference, threshold, source_name, split=False)[0]

    def extract_batch(self, source: SourceLike | Document, tier_preference: TierPreference = "auto",
                      threshold: float | None = None, source_name: str | None = None) -> list[ExtractionResult]:
        """Extract every document in a file: a scan batch of several invoices gives one result each."""
        return self._extract(source, tier_preference, threshold, source_name, split=True)

    def _extract(self, source: SourceLike | Document, tier_preference: TierPreference, threshold: float | None,
                 source_name: str | None, split: bool) -> list[ExtractionResult]:
        started = time.perf_counter()
        name = source_name or _name_of(source)
        data: bytes | None = None
        try:
            if isinstance(source, Document):
                document = source
            else:
                data = read_source(source, self.config.limits)
                document = load_document(data, limits=self.config.limits, source_name=name)
            return self.router.route(document, tier_preference=tier_preference, threshold=threshold,
                                     started=started, split=split)
        except CashUpError as error:
            if isinstance(error, InputError):
                logger.info("document %s failed: %s", name, error.code)
            else:
                logger.exception("engine error on %s", name)
            code, message = error.code, error.message
        except Exception as error:  # a bug of ours must cost one document, never the batch
            logger.exception("internal error on %s", name)
            code, message = "internal_error", f"{type(error).__name__}: {error}"
        return [failed_result(_failed_id(source, data, name), code, message, source_file=name,
                              processing_time_ms=(time.perf_counter() - started) * 1000)]


_default_engine: Engine | None = None


def extract(source: SourceLike | Document, tier_preference: TierPreference = "auto",
            threshold: float | None = None) -> ExtractionResult:
    """One-off extraction with a shared default Engine."""
    global _default_engine
    if _default_engine is None:
        _default_engine = Engine()
    return _default_engine.extract(source, tier_preference=tier_preference, threshold=threshold)


def _name_of(source: object) -> str | None:
    if isinstance(source, str | Path):
        return Path(source).name
    if isinstance(source, Document):
        return source.source_name
    name = getattr(source, "name", None)
    return Path(name).name if isinstance(name, str) else None


def _failed_id(source: object, data: bytes | None, name: str | None) -> str:
    """A stable id even for unreadable input: the content hash when the bytes were read, else a hash
    of what identifies the input (a refused 5 GB file is never read just to name it)."""
    if isinstance(source, Document):
        return source.document_id
    if data is not None:
        return "doc_" + content_hash(data)[:12]
    if isinstance(source, bytes | bytearray | memoryview):
        return "doc_" + content_hash(bytes(source[: 1 << 20]) + str(len(source)).encode())[:12]
    identity = f"{name}:{Path(source).stat().st_size}" if isinstance(source, str | Path) and Path(
        source).is_file() else f"{name}:{type(source).__name__}"
    return "doc_" + content_hash(identity.encode())[:12]
