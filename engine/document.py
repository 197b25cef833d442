"""The one Document model every tier reads, and the loaders that build it.

Coordinates: every bbox is (x0, y0, x1, y1) in PDF points (1/72 inch) measured from the page's
top-left corner, for PDFs and images alike (an image page is sized at its DPI, 72 when unknown).
For a rotated PDF page the coordinates are those of the page as displayed (after /Rotate), so
reading order is the reader's. A Document is immutable once built; OCR returns a new Document
(`Document.with_pages`).

Loading (`load_document`)
-------------------------
* The source is a path, bytes-like object or binary file object. The size limit is checked before
  anything is read in full (stat for paths, at most ``max_file_bytes + 1`` bytes from a stream).
* The format is told by magic bytes, never by the file name: PDF (``%PDF`` in the first KiB), PNG,
  JPEG, TIFF (classic and BigTIFF), BMP and WebP. Anything else is `UnsupportedFormatError`.
* PDFs go through PyMuPDF. Each page's text layer is read once: one ``TextPage`` per page, from which
  ``extractWORDS`` gives the words and ``extractDICT`` the spans' style (size, colour, alpha, MuPDF's
  per-character fill/stroke flags, font flags). Words are matched to their line's spans by the
  (block, line) numbers both share; only a line with several spans needs a geometric test. The
  rare word that mixes visible and hidden characters is rebuilt from that line's characters
  (``extractRAWDICT``, only then) so that hidden characters can never change a visible value.
  Measured on generated one-page invoices (CPU time, best of 30): PyMuPDF's own ``open`` +
  ``get_text("words")`` is the 1.0 baseline; the same plus ``extractDICT`` on a shared TextPage is
  1.17-1.2 (the floor for any loader that reads span styles); ``load_document`` is 1.4-1.5 (10-page
  files 1.5-1.6). The alternatives cost more before any Python work: ``get_text("words")`` and
  ``get_text("dict")`` each on its own TextPage 1.48, ``extractRAWDICT`` alone (words would then be
  built from characters in Python) 1.56, ``get_text("words")`` + ``get_texttrace()`` 1.75.
  Words are matched to runs of the PDF's own text lines so that line grouping works per line, not
  per word, and PDF Words are built by filling their slots directly (half the cost of ``__init__``).
  On the benchmark's 20 sample documents (22 pages, best of 25): words alone on a TextPage 1.05,
  plus ``extractDICT`` 1.25, ``load_document`` 1.55-1.65; the rest is Python (building Words and
  lines, about 0.6 ms a page). The style read cannot be skipped for pages without hiding operators
  in their content stream: it is also where every word's font size and boldness come from, which
  tier 1 reads (largest type, bold labels); at most its 0.2 would be saved, by giving those up.
* Images are checked from their header (dimensions, frame count, resolution) by the small readers
  below before OpenCV decodes anything, so a decompression bomb fails in microseconds without an
  allocation. Measured alternative: ``pymupdf.open(stream=..., filetype="png")[0].rect`` takes about
  90x longer (0.36 ms against 4 us), cannot open WebP, sizes pages at an assumed 96 dpi, and refuses
  a bomb with its own overflow error rather than ours.

Hidden text: a span is hidden when its alpha is 0, when MuPDF saw it neither filled nor stroked
(render mode 3 or 7: ``char_flags`` has neither FILLED nor STROKED), when its size is below 1pt, or
when it is white or near-white (every RGB channel >= 0.94) on a white page: white text whose centre
lies on a dark or mid-tone filled shape (a table header band, a coloured side panel; ``get_cdrawings``, read once for a page at its
first white word, never for a page without one) is visible. MuPDF already drops text outside the page's crop box and text clipped away
entirely; a word that still lies outside the visible rect is hidden too. Hidden words stay in
`Page.words` but never reach `Page.lines`. Not detected: text painted over by a later white shape.
One exception: a page with (almost) no visible text, an image covering most of it and an invisible
text layer on top is a searchable scan; its invisible words are the scan's OCR layer and are kept
visible (`Page.ocr_layer=True`; the page still counts as scanned for `source_format`).

A page has a text layer (`Page.has_text_layer`) when at least 3 visible words reach its lines and
most of them are readable (no U+FFFD from a font without a Unicode map); a PDF is "pdf_text" when
more than half its pages have a native (not OCR-layer) text layer.
"""

from __future__ import annotations

import hashlib
import math
import os
import struct
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

from engine.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedError,
    ImageTooLargeError,
    InputError,
    TooLargeError,
    TooManyPagesError,
    UnsupportedFormatError,
)
from engine.spreadsheet_print import grid_headings

if TYPE_CHECKING:
    import numpy

SourceFormat = Literal["pdf_text", "pdf_scanned", "image"]
WordSource = Literal["pdf", "ocr"]
BBox = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    bbox: BBox
    font_size: float = 0.0
    source: WordSource = "pdf"
    confidence: float = 1.0  # OCR confidence in [0, 1]; 1.0 for a PDF text layer
    hidden: bool = False  # white, zero-alpha, invisible render mode or sub-1pt text: never a value
    bold: bool = False

    @property
    def x_center(self) -> float:
        return (self.bbox[0] + self.bbox[2]) / 2

    @property
    def y_center(self) -> float:
        return (self.bbox[1] + self.bbox[3]) / 2

    @property
    def height(self) -> float:
        return self.bbox[3] - self.bbox[1]


@dataclass(frozen=True, slots=True)
class Line:
    """Visible words on one baseline, left to right."""

    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def bbox(self) -> BBox:
        return union_bbox(w.bbox for w in self.words)

    @property
    def font_size(self) -> float:
        return max((w.font_size for w in self.words), default=0.0)


@dataclass(frozen=True, slots=True)
class Page:
    number: int  # 1-based
    width: float
    height: float
    words: tuple[Word, ...]  # all words, hidden ones included, in reading order
    lines: tuple[Line, ...]  # visible words only, grouped into lines in reading order
    has_text_layer: bool = True
    rotation: int = 0
    dpi: float | None = None  # image pages: the resolution their size in points was computed at
    ocr_layer: bool = False  # PDF page whose words are an invisible OCR layer over a scanned image


@dataclass(frozen=True)
class Document:
    content_hash: str  # sha256 hex of the source bytes
    source_format: SourceFormat
    pages: tuple[Page, ...]
    source_name: str | None = None
    source_bytes: bytes = field(default=b"", repr=False, compare=False)
    repaired: bool = False  # PyMuPDF had to repair the file to open it
    page_offset: int = 0  # for a document split out of a batch PDF: pages before this one
    # Decoded image frames kept from loading (page index -> BGR array) so OCR need not decode twice.
    render_cache: dict[int, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def document_id(self) -> str:
        return "doc_" + self.content_hash[:12]

    @property
    def lines(self) -> list[tuple[Page, Line]]:
        return [(page, line) for page in self.pages for line in page.lines]

    @property
    def text(self) -> str:
        """Visible text, one line per Line, pages separated by a form feed."""
        return "\f".join("\n".join(line.text for line in page.lines) for page in self.pages)

    def with_pages(self, pages: Sequence[Page], source_format: SourceFormat | None = None) -> Document:
        return replace(self, pages=tuple(pages), source_format=source_format or self.source_format)


def union_bbox(boxes: Iterable[BBox]) -> BBox:
    """The smallest box holding all `boxes` (ValueError for none). One pass with plain comparisons:
    this runs for every segment, cell and candidate, and is 3-5x faster than min/max over zip."""
    iterator = iter(boxes)
    for first in iterator:
        x0, y0, x1, y1 = first
        break
    else:
        raise ValueError("union_bbox of no boxes")
    for a, b, c, d in iterator:
        if a < x0:
            x0 = a
        if b < y0:
            y0 = b
        if c > x1:
            x1 = c
        if d > y1:
            y1 = d
    return (x0, y0, x1, y1)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def group_lines(words: Iterable[Word]) -> tuple[Line, ...]:
    """Group visible words into lines by vertical overlap, top to bottom, each left to right.

    A word joins a line when its vertical centre lies inside the line's band (the band of the line's
    first word) or the band's centre lies inside the word: this holds for slightly rotated scans,
    whose baselines drift by less than half a line height, and for a large and a small font on one
    baseline. Of several candidate lines the one overlapping most wins. Words side by side in two
    columns share a line, left to right; the gap between them stays visible in their boxes. A word
    printed twice on itself (fake bold by overprinting) is kept once.
    """
    return _group_runs([(w.bbox[1], w.bbox[3], w.bbox[0], [w]) for w in words if not w.hidden and w.text.strip()])


# A run: (top, bottom, x0, words) of words known to share one baseline (one word, or the visible
# words of one PDF text line); grouping runs instead of words is what keeps the PDF loader fast.
_Run = tuple[float, float, float, list[Word]]


def _group_runs(runs: list[_Run]) -> tuple[Line, ...]:
    runs.sort(key=_run_order)
    # Each open line: [band top, band bottom, 2 * band centre, words, union top, union bottom]
    lines: list[list[Any]] = []
    for y0, y1, _, ws in runs:
        centre2 = y0 + y1
        best: list[Any] | None = None
        best_overlap = -1.0
        extent: tuple[float, float] | None = None  # the run's x0 and x1, once a line needs them
        # Only the last few lines can overlap a run coming in y order.
        for line in lines[-4:]:
            top, bottom, mid2 = line[0], line[1], line[2]
            if top * 2 <= centre2 <= bottom * 2 or y0 * 2 <= mid2 <= y1 * 2:
                overlap = (bottom if bottom < y1 else y1) - (top if top > y0 else y0)
                if overlap > best_overlap:
                    if extent is None:
                        extent = _x_extent(ws)
                    if not _stacked_in(line[3], extent, y0, y1):
                        best, best_overlap = line, overlap
        if best is None:
            lines.append([y0, y1, centre2, ws, y0, y1])
        else:
            best[3].extend(ws)
            if y0 < best[4]:
                best[4] = y0
            if y1 > best[5]:
                best[5] = y1
    lines.sort(key=_line_centre)
    out = []
    for line in lines:
        ws = line[3]
        if len(ws) > 1:
            ws.sort(key=_x0)
            ws = _dedupe(ws)
        out.append(Line(tuple(ws)))
    return tuple(out)


def _x_extent(words: list[Word]) -> tuple[float, float]:
    if len(words) == 1:
        box = words[0].bbox
        return box[0], box[2]
    return min(w.bbox[0] for w in words), max(w.bbox[2] for w in words)


STACKED_OVERLAP_SHARE = 0.1


def _stacked_in(line_words: list[Word], run_extent: tuple[float, float], y0: float, y1: float) -> bool:
    """Whether the run (its x0 and x1 given) stands above or below a word of the line: overlapping it
    horizontally but sharing none of its height. Two small address lines beside a tall title both fall
    in the title's band, yet are two lines ("1930 Pine Road" over "Suite 422"), not one interleaved line.
    Lines set tight touch: a sliver of shared height (under STACKED_OVERLAP_SHARE of the lower word's
    height) is no shared height."""
    x0, x1 = run_extent
    for word in line_words:
        box = word.bbox
        if box[0] < x1 and x0 < box[2] and (
                min(box[3], y1) - max(box[1], y0) <= STACKED_OVERLAP_SHARE * min(box[3] - box[1], y1 - y0)):
            return True
    return False


def _run_order(run: _Run) -> tuple[float, float]:
    return (run[0] + run[1], run[2])


def _line_centre(line: list[Any]) -> float:
    return float(line[4] + line[5])


def _x0(word: Word) -> float:
    return word.bbox[0]


def _dedupe(words: list[Word]) -> list[Word]:
    """Drop a word drawn again over itself (same text, same place): overprinted fake bold."""
    kept = [words[0]]
    for word in words[1:]:
        previous = kept[-1]
        if word.text == previous.text:
            tol = 0.3 * max(word.bbox[3] - word.bbox[1], 1.0)
            if abs(previous.bbox[0] - word.bbox[0]) <= tol and abs(previous.bbox[1] - word.bbox[1]) <= tol:
                continue
        kept.append(word)
    return kept


SourceLike = str | Path | bytes | bytearray | memoryview | BinaryIO


@dataclass(frozen=True)
class InputLimits:
    """Input limits; anything beyond them is refused with the contract's error code."""

    max_file_bytes: int = 50 * 1024 * 1024
    max_pages: int = 200
    max_pixels_per_page: int = 40_000_000
    max_pixels_per_side: int = 10_000


# --------------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------------

MAX_PAGE_POINTS = 200 * 72  # a page side beyond 200 inches is not a document
MIN_TEXT_WORDS = 3  # fewer visible words than this and a page has no usable text layer
_HIDDEN_CHANNEL = 240  # 0.94 * 255, rounded up: white or near-white text
_ImageFormat = Literal["png", "jpeg", "tiff", "bmp", "webp"]


def load_document(source: SourceLike, *, limits: InputLimits | None = None,
                  source_name: str | None = None) -> Document:
    """Read a PDF or image from a path, bytes or binary file object into a Document.

    Raises an `engine.errors.InputError` subclass for anything that cannot be read.
    """
    limits = limits or InputLimits()
    data = read_source(source, limits)
    if not data:
        raise EmptyDocumentError("the file is empty (0 bytes)")
    kind = sniff_format(data)
    if kind is None:
        raise UnsupportedFormatError(f"not a PDF or a supported image (starts with {data[:8]!r})")
    if kind == "pdf":
        return _load_pdf(data, limits, source_name)
    return _load_image(data, kind, limits, source_name)


def read_source(source: SourceLike, limits: InputLimits) -> bytes:
    """The input's bytes, refusing anything over the size limit before reading it all."""
    limit = limits.max_file_bytes
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        try:
            size = path.stat().st_size
            if path.is_dir():
                raise CorruptFileError(f"cannot read {path}: is a directory")
            if size > limit:
                raise TooLargeError(f"{path.name} is {size} bytes, over the limit of {limit}")
            with path.open("rb") as handle:
                data = _read_stream(handle, limit)
        except FileNotFoundError:
            raise CorruptFileError(f"cannot read {path}: not found") from None
        except OSError as error:
            raise CorruptFileError(f"cannot read {path}: {error.strerror or error}") from None
    elif isinstance(source, bytes | bytearray | memoryview):
        size = source.nbytes if isinstance(source, memoryview) else len(source)
        if size > limit:
            raise TooLargeError(f"the input is {size} bytes, over the limit of {limit}")
        return bytes(source)
    elif hasattr(source, "read"):
        try:
            data = _read_stream(source, limit)
        except OSError as error:
            raise CorruptFileError(f"cannot read the stream: {error}") from None
    else:
        raise TypeError(f"cannot load a document from {type(source).__name__}")
    if len(data) > limit:
        raise TooLargeError(f"the input is over the limit of {limit} bytes")
    return data


def _read_stream(handle: Any, limit: int) -> bytes:
    """Read up to limit + 1 bytes (enough to know the limit is exceeded), looping over short reads."""
    chunks: list[bytes] = []
    wanted = limit + 1
    while wanted > 0:
        chunk = handle.read(min(wanted, 1 << 24))
        if not chunk:
            break
        if isinstance(chunk, str):
            raise UnsupportedFormatError("the file object is open in text mode; open it in binary mode ('rb')")
        chunks.append(bytes(chunk))
        wanted -= len(chunk)
    return b"".join(chunks)


def sniff_format(data: bytes) -> Literal["pdf", "png", "jpeg", "tiff", "bmp", "webp"] | None:
    """The file's format from its magic bytes, or None when it is none the engine reads."""
    head = data[:16]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "tiff"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:2] == b"BM" and len(data) >= 26 and struct.unpack_from("<I", data, 14)[0] in (12, 40, 52, 56, 64, 108, 124):
        return "bmp"
    if b"%PDF" in data[:1024]:
        return "pdf"
    return None


# ------------------------------------------------------------------------------------------- PDF


def _open_pdf(data: bytes) -> Any:
    import pymupdf

    _trim_mupdf_warnings()
    try:
        pdf = pymupdf.open(stream=data, filetype="pdf")
    except Exception as error:  # FileDataError, RuntimeError, ValueError from a broken file
        raise CorruptFileError(f"cannot open the PDF: {error}") from None
    if pdf.needs_pass:
        pdf.close()
        raise EncryptedError("the PDF is encrypted with a user password")
    return pdf


def _trim_mupdf_warnings() -> None:
    """PyMuPDF keeps every MuPDF warning in a module list that only grows; a service reading
    broken PDFs for weeks would leak through it. Clear it once it is long."""
    import pymupdf

    store = getattr(pymupdf, "JM_mupdf_warnings_store", None)
    if store is not None and len(store) > 1000:
        pymupdf.TOOLS.reset_mupdf_warnings()


# PyMuPDF is not thread-safe; an Engine is shared between a service's threads, so every PyMuPDF call
# of this module runs under one lock. Tier 1's own work on the loaded Document needs no lock.
_PYMUPDF_LOCK = threading.RLock()


def _load_pdf(data: bytes, limits: InputLimits, source_name: str | None) -> Document:
    with _PYMUPDF_LOCK:
        return _load_pdf_unlocked(data, limits, source_name)


def _load_pdf_unlocked(data: bytes, limits: InputLimits, source_name: str | None) -> Document:
    pdf = _open_pdf(data)
    try:
        repaired = bool(getattr(pdf, "is_repaired", False))
        try:
            count = pdf.page_count
        except Exception as error:
            raise CorruptFileError(f"cannot read the PDF's page tree: {error}") from None
        if count == 0:
            if repaired:  # a damaged file MuPDF rebuilt without finding a page
                raise CorruptFileError("the PDF is damaged and no page could be recovered")
            raise EmptyDocumentError("the PDF has no pages")
        if count > limits.max_pages:
            raise TooManyPagesError(f"the PDF has {count} pages, over the limit of {limits.max_pages}")
        pages = []
        for index in range(count):
            try:
                pages.append(_pdf_page(pdf.load_page(index), index + 1))
            except InputError:
                raise
            except Exception as error:  # a page MuPDF cannot load: keep its place, without text
                if count == 1:
                    raise CorruptFileError(f"cannot read page 1: {error}") from None
                repaired = True
                pages.append(Page(index + 1, 612.0, 792.0, (), (), has_text_layer=False))
        repaired = repaired or bool(getattr(pdf, "is_repaired", False))
    finally:
        pdf.close()
    native = sum(1 for p in pages if p.has_text_layer and not p.ocr_layer)
    source_format: SourceFormat = "pdf_text" if native * 2 > len(pages) else "pdf_scanned"
    return Document(content_hash(data), source_format, tuple(pages), source_name, data, repaired=repaired)


# Text extraction flags: clip to the page (MuPDF drops off-page and clipped-away text), expand
# ligatures (no TEXT_PRESERVE_LIGATURES: "ﬁ" becomes "fi" for the patterns), and leave unknown
# glyphs as U+FFFD (no TEXT_CID_FOR_UNKNOWN_UNICODE), which marks a broken text layer.
_TEXT_FLAGS = 64  # pymupdf.TEXT_MEDIABOX_CLIP
_CHAR_FILLED, _CHAR_STROKED, _CHAR_BOLD = 16, 32, 8  # MuPDF fz_stext_char flags (span "char_flags")
_FONT_BOLD = 16  # pymupdf.TEXT_FONT_BOLD in span "flags"
# A span's style: (font size, hidden reason, bold). Hidden reasons: 0 visible; 1 invisible render
# mode (could be a scan's OCR layer); 2 hidden (transparent, tiny); 3 white or near-white, hidden
# unless it sits on a dark filled shape (white on a dark table-header band is common and visible).
_VISIBLE, _INVISIBLE, _HIDDEN, _WHITE = 0, 1, 2, 3
_Style = tuple[float, int, bool]


def _span_style(span: dict[str, Any]) -> _Style:
    size = float(span["size"])
    char_flags = span.get("char_flags")
    if char_flags is not None and not char_flags & (_CHAR_FILLED | _CHAR_STROKED):
        reason = _INVISIBLE
    elif span.get("alpha", 255) == 0:
        reason = _INVISIBLE if char_flags is None else _HIDDEN
    elif size < 1.0:
        reason = _HIDDEN
    else:
        color = span.get("color", 0)
        if (color >> 16 & 255) >= _HIDDEN_CHANNEL and (color >> 8 & 255) >= _HIDDEN_CHANNEL and (
                color & 255) >= _HIDDEN_CHANNEL:
            reason = _WHITE
        else:
            reason = _VISIBLE
    font = span.get("font", "")
    bold = bool(span.get("flags", 0) & _FONT_BOLD or (char_flags or 0) & _CHAR_BOLD or "bold" in font.lower())
    return (size, reason, bold)


def _pdf_word_maker() -> Any:
    """A constructor of PDF-layer Words, `(text, bbox, font_size, hidden, bold) -> Word`.

    It fills the slots directly, which is twice as fast as the dataclass ``__init__`` (0.7 against
    1.4 us a word, a tenth of a millisecond on a full page); should Word's fields ever change, the
    plain constructor is used instead.
    """
    names = tuple(f.name for f in fields(Word))
    if names != ("text", "bbox", "font_size", "source", "confidence", "hidden", "bold") or hasattr(
            Word, "__post_init__"):
        return lambda text, bbox, size, hidden, bold: Word(text, bbox, size, "pdf", 1.0, hidden, bold)
    new = object.__new__
    set_text, set_bbox, set_size, set_source, set_confidence, set_hidden, set_bold = (
        getattr(Word, name).__set__ for name in names)

    def make(text: str, bbox: BBox, size: float, hidden: bool, bold: bool) -> Word:
        word = new(Word)
        set_text(word, text)
        set_bbox(word, bbox)
        set_size(word, size)
        set_source(word, "pdf")
        set_confidence(word, 1.0)
        set_hidden(word, hidden)
        set_bold(word, bold)
        return word

    return make


_pdf_word = _pdf_word_maker()


def _pdf_page(pdf_page: Any, number: int) -> Page:
    rotation = int(pdf_page.rotation) % 360
    try:
        textpage = pdf_page.get_textpage(flags=_TEXT_FLAGS)
        clip = textpage.rect  # the unrotated visible rect the text coordinates live in
        raw_words = textpage.extractWORDS()
        blocks = textpage.extractDICT()["blocks"] if raw_words else []
    except Exception:  # a damaged content stream: the page has no usable text
        textpage, clip, raw_words, blocks = None, None, [], []
    rect = pdf_page.rect if rotation or clip is None else clip  # displayed (rotated) page
    width, height = float(rect.width), float(rect.height)
    if width > MAX_PAGE_POINTS or height > MAX_PAGE_POINTS:
        raise ImageTooLargeError(
            f"page {number} is {width / 72:.0f} x {height / 72:.0f} inches, over the 200-inch limit")
    if not raw_words:
        return Page(number, width, height, (), (), has_text_layer=False, rotation=rotation)
    lines_of: dict[int, list[dict[str, Any]]] = {b["number"]: b["lines"] for b in blocks if b.get("type", 0) == 0}
    box = (clip.x0, clip.y0, clip.x1, clip.y1)
    m = tuple(pdf_page.rotation_matrix) if rotation else None
    ocr_layer = False
    fast = _fast_words(raw_words, lines_of, box, m, lambda: _dark_fills(pdf_page))
    if fast is not None:
        words, runs, visible, invisible = fast
        if visible < MIN_TEXT_WORDS <= invisible and _covered_by_image(pdf_page):
            fast, ocr_layer = None, True
    if fast is None:  # rare: a word mixing hidden and visible characters, an OCR layer
        items = _words_with_style(raw_words, lines_of, textpage)
        if any(item[6] == _WHITE for item in items):
            items = _resolve_white(items, _dark_fills(pdf_page))
        if not ocr_layer and sum(1 for it in items if it[6] == _VISIBLE) < MIN_TEXT_WORDS <= sum(
                1 for it in items if it[6] == _INVISIBLE):
            ocr_layer = _covered_by_image(pdf_page)
        words, runs = _words_from_items(items, box, m, shown=_INVISIBLE if ocr_layer else _VISIBLE)
    word_tuple = tuple(words)
    lines = _group_runs(_without_grid_headings(word_tuple, runs))
    has_text = _has_text_layer(lines)
    return Page(number, width, height, word_tuple, lines, has_text_layer=has_text, rotation=rotation,
                ocr_layer=ocr_layer and has_text)


def _without_grid_headings(words: tuple[Word, ...], runs: list[_Run]) -> list[_Run]:
    """The runs less a printed spreadsheet's row numbers and column letters (engine.spreadsheet_print):
    they stay among the page's words, but out of its lines."""
    furniture = grid_headings(words)
    if not furniture:
        return runs
    dropped = {id(words[i]) for i in furniture}
    kept: list[_Run] = []
    for top, bottom, x0, run_words in runs:
        rest = [w for w in run_words if id(w) not in dropped]
        if len(rest) == len(run_words):
            kept.append((top, bottom, x0, run_words))
        elif rest:
            kept.append((min(w.bbox[1] for w in rest), max(w.bbox[3] for w in rest), rest[0].bbox[0], rest))
    return kept


def _has_text_layer(lines: tuple[Line, ...]) -> bool:
    """At least MIN_TEXT_WORDS visible words, most of them readable: a font without a Unicode map
    yields U+FFFD for every glyph, which is no text layer at all (OCR must read that page)."""
    total = broken = 0
    for line in lines:
        for word in line.words:
            total += 1
            if "\ufffd" in word.text:
                broken += 1
    return total - broken >= MIN_TEXT_WORDS and broken * 2 <= total


def _fast_words(raw_words: list[tuple[Any, ...]], lines_of: dict[int, list[dict[str, Any]]], box: BBox,
                m: Any, dark_fills: Callable[[], list[BBox]]) -> tuple[list[Word], list[_Run], int, int] | None:
    """Words, runs and (visible, invisible) word counts in one pass, for the common page.

    White words are resolved here as `_resolve_white` does (visible on a dark fill, hidden anywhere
    else); `dark_fills` is called at the first white word only, since reading the page's drawings
    costs a fifth of its text extraction. The visible count is then taken by hidden reason, as the
    general path counts, so that both decide an OCR layer alike. Returns None when some word mixes
    characters of different visibility: the caller then takes the general path, which splits mixed
    words by their characters.
    """
    cx0, cy0, cx1, cy1 = box
    make = _pdf_word
    words: list[Word] = []
    append = words.append
    runs: list[_Run] = []
    run: list[Word] = []
    run_top = run_bottom = 0.0
    visible = invisible = shown_by_style = 0
    fills: list[BBox] | None = None
    last_block = last_line = -1
    line: dict[str, Any] | None = None
    styles: list[_Style] = []
    size, reason, bold = 0.0, 0, False
    single = False
    for x0, y0, x1, y1, text, block_no, line_no, _ in raw_words:
        if line_no != last_line or block_no != last_block:  # words come line by line: look lines up once
            last_block, last_line = block_no, line_no
            if run:
                _close_run(runs, run, run_top, run_bottom)
                run = []
            line = _find_line(lines_of.get(block_no), line_no, x0, y0, x1, y1)
            spans: list[dict[str, Any]] = line["spans"] if line is not None else []
            single = len(spans) == 1
            if single:
                size, reason, bold = _span_style(spans[0])
            elif spans:
                styles = [_span_style(s) for s in spans]
            else:  # cannot happen with MuPDF's own numbering; keep the word, unstyled
                single, size, reason, bold = True, y1 - y0, 0, False
        if not single:
            touched = _spans_touched(line, x0, y0, x1, y1) or [(0, 1.0)]  # type: ignore[arg-type]
            reasons = {styles[i][1] for i, _ in touched}
            if len(reasons) > 1:  # e.g. visible digits with white ones glued on: split by characters
                return None
            main = max(touched, key=_second)[0]
            size, reason, bold = styles[main][0], styles[main][1], styles[main][2]
        if reason == _WHITE:
            if fills is None:
                fills = dark_fills()
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            word_reason = _VISIBLE if any(f[0] <= cx <= f[2] and f[1] <= cy <= f[3] for f in fills) else _HIDDEN
        else:
            word_reason = reason
        if word_reason:
            invisible += word_reason == _INVISIBLE
            hidden = True
        else:
            shown_by_style += 1
            hidden = x1 <= cx0 or x0 >= cx1 or y1 <= cy0 or y0 >= cy1
        word = make(text, (x0, y0, x1, y1) if m is None else _transform(m, x0, y0, x1, y1), size, hidden, bold)
        append(word)
        if not hidden:
            visible += 1
            bbox = word.bbox
            if run:
                if bbox[1] < run_top:
                    run_top = bbox[1]
                if bbox[3] > run_bottom:
                    run_bottom = bbox[3]
            else:
                run_top, run_bottom = bbox[1], bbox[3]
            run.append(word)
    if run:
        _close_run(runs, run, run_top, run_bottom)
    return words, runs, visible if fills is None else shown_by_style, invisible


def _close_run(runs: list[_Run], words: list[Word], top: float, bottom: float) -> None:
    """`_add_run` for a line whose visible words' top and bottom are already known."""
    first = words[0].bbox
    if len(words) == 1 or bottom - top <= 1.5 * (first[3] - first[1]):
        runs.append((top, bottom, first[0], words))
    else:  # vertical or stacked text: let each word find its own line
        runs.extend((w.bbox[1], w.bbox[3], w.bbox[0], [w]) for w in words)


# How dark (perceived luminance, 0 black to 1 white) a filled shape must be for white text on it to
# be read: a design template's tan or teal side panel (0.68) carries its invoice number and customer in
# white; a light grey band (0.87) under white text hides it.
_FILL_UNDER_WHITE_TEXT = 0.75


def _dark_fills(pdf_page: Any) -> list[BBox]:
    """Boxes of the page's dark filled shapes (unrotated coordinates, like the text's)."""
    try:
        drawings = pdf_page.get_cdrawings() if hasattr(pdf_page, "get_cdrawings") else pdf_page.get_drawings()
    except Exception:
        return []
    fills = []
    for drawing in drawings:
        fill = drawing.get("fill")
        if not fill or len(fill) != 3 or (drawing.get("fill_opacity") or 1.0) < 0.5:
            continue
        if 0.299 * fill[0] + 0.587 * fill[1] + 0.114 * fill[2] < _FILL_UNDER_WHITE_TEXT:
            rect = drawing.get("rect")
            if rect is not None:
                fills.append((float(rect[0]), float(rect[1]), float(rect[2]), float(rect[3])))
    return fills


def _resolve_white(items: list[tuple[Any, ...]], fills: list[BBox]) -> list[tuple[Any, ...]]:
    """White words on a dark fill are visible; anywhere else (a white page) they are hidden."""
    out = []
    for item in items:
        if item[6] == _WHITE:
            cx, cy = (item[0] + item[2]) / 2, (item[1] + item[3]) / 2
            on_dark = any(f[0] <= cx <= f[2] and f[1] <= cy <= f[3] for f in fills)
            item = (*item[:6], _VISIBLE if on_dark else _HIDDEN, *item[7:])
        out.append(item)
    return out


def _second(item: tuple[int, float]) -> float:
    return item[1]


def _words_from_items(items: list[tuple[Any, ...]], box: BBox, m: Any, shown: int) -> tuple[list[Word], list[_Run]]:
    """Words and runs from styled word tuples; hidden reasons up to `shown` count as visible."""
    cx0, cy0, cx1, cy1 = box
    words: list[Word] = []
    runs: list[_Run] = []
    run: list[Word] = []
    run_key = None
    for x0, y0, x1, y1, text, size, reason, bold, key in items:
        hidden = reason > shown or x1 <= cx0 or x0 >= cx1 or y1 <= cy0 or y0 >= cy1
        word = _pdf_word(text, (x0, y0, x1, y1) if m is None else _transform(m, x0, y0, x1, y1), size, hidden, bold)
        words.append(word)
        if hidden:
            continue
        if key != run_key and run:
            _add_run(runs, run)
            run = []
        run_key = key
        run.append(word)
    if run:
        _add_run(runs, run)
    return words, runs


def _add_run(runs: list[_Run], words: list[Word]) -> None:
    """Add one PDF line's visible words as a run, or word by word where they do not share a baseline."""
    first = words[0].bbox
    if len(words) == 1:
        runs.append((first[1], first[3], first[0], words))
        return
    top = min(w.bbox[1] for w in words)
    bottom = max(w.bbox[3] for w in words)
    if bottom - top <= 1.5 * (first[3] - first[1]):
        runs.append((top, bottom, first[0], words))
    else:  # vertical or stacked text: let each word find its own line
        runs.extend((w.bbox[1], w.bbox[3], w.bbox[0], [w]) for w in words)


def _words_with_style(raw_words: list[tuple[Any, ...]], lines_of: dict[int, list[dict[str, Any]]],
                      textpage: Any) -> list[tuple[Any, ...]]:
    """Attach each word's span style; rebuild the rare line where a word mixes hidden and visible text.

    Returns (x0, y0, x1, y1, text, font size, hidden reason, bold, line key) per word.
    """
    out: list[tuple[Any, ...]] = []
    append = out.append
    owners: list[dict[str, Any] | None] = []  # each word's dict line, to rebuild mixed lines
    own = owners.append
    mixed: dict[int, tuple[int, dict[str, Any]]] = {}  # id(line) -> (block number, line)
    last_block = last_line = -1
    line: dict[str, Any] | None = None
    line_styles: list[_Style] = []
    size, reason, bold = 0.0, 0, False
    single = False
    key: Any = None
    for x0, y0, x1, y1, text, block_no, line_no, _ in raw_words:
        if line_no != last_line or block_no != last_block:  # words come line by line: look lines up once
            last_block, last_line = block_no, line_no
            line = _find_line(lines_of.get(block_no), line_no, x0, y0, x1, y1)
            line_styles = [_span_style(s) for s in line["spans"]] if line is not None else []
            key = id(line) if line is not None else (block_no, line_no)
            single = len(line_styles) == 1
            if single:
                size, reason, bold = line_styles[0]
        own(line)
        if single:
            append((x0, y0, x1, y1, text, size, reason, bold, key))
            continue
        if line is None or not line_styles:  # cannot happen with MuPDF's own numbering; keep it unstyled
            append((x0, y0, x1, y1, text, y1 - y0, 0, False, key))
            continue
        touched = _spans_touched(line, x0, y0, x1, y1) or [(0, 1.0)]
        reasons = {line_styles[i][1] for i, _ in touched}
        if len(reasons) > 1:
            mixed[id(line)] = (block_no, line)
        main = max(touched, key=_second)[0]
        append((x0, y0, x1, y1, text, line_styles[main][0], max(reasons), line_styles[main][2], key))
    if not mixed:
        return out
    raw_lines_of = {b["number"]: b["lines"] for b in textpage.extractRAWDICT()["blocks"] if b.get("type", 0) == 0}
    result: list[tuple[Any, ...]] = []
    done: set[int] = set()
    for item, owner in zip(out, owners, strict=True):
        key = id(owner) if owner is not None else None
        if key not in mixed:
            result.append(item)
            continue
        if key in done:
            continue
        done.add(key)
        block_no, dict_line = mixed[key]
        index = next(i for i, candidate in enumerate(lines_of[block_no]) if candidate is dict_line)
        raw_lines = raw_lines_of.get(block_no) or []
        if index < len(raw_lines):
            result.extend(_words_from_chars(raw_lines[index], key))
    return result


def _find_line(lines: list[dict[str, Any]] | None, line_no: int, x0: float, y0: float, x1: float,
               y1: float) -> dict[str, Any] | None:
    """The dict line a word came from: by its line number, checked against the line's box."""
    if not lines:
        return None
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    if line_no < len(lines):
        bx0, by0, bx1, by1 = lines[line_no]["bbox"]
        if bx0 - 1 <= cx <= bx1 + 1 and by0 - 1 <= cy <= by1 + 1:
            return lines[line_no]
    for line in lines:  # the numbering disagreed (a line dropped by clipping): match by geometry
        bx0, by0, bx1, by1 = line["bbox"]
        if bx0 - 1 <= cx <= bx1 + 1 and by0 - 1 <= cy <= by1 + 1:
            return line
    return None


def _spans_touched(line: dict[str, Any], x0: float, y0: float, x1: float, y1: float) -> list[tuple[int, float]]:
    """(span index, overlap) of the spans a word overlaps along its line's writing direction."""
    dx, dy = line.get("dir", (1.0, 0.0))
    horizontal = abs(dx) >= abs(dy)
    lo, hi = (x0, x1) if horizontal else (y0, y1)
    touched = []
    for index, span in enumerate(line["spans"]):
        sx0, sy0, sx1, sy1 = span["bbox"]
        slo, shi = (sx0, sx1) if horizontal else (sy0, sy1)
        overlap = min(hi, shi) - max(lo, slo)
        # Adjacent spans touch (kerning may overlap them a little); a span counts when a real part
        # of it, or of the word, lies in the other.
        if overlap > 0 and overlap >= min(1.0, 0.5 * (shi - slo), 0.5 * (hi - lo)):
            touched.append((index, overlap))
    return touched


def _words_from_chars(raw_line: dict[str, Any], key: Any) -> list[tuple[Any, ...]]:
    """Words of one rawdict line: split on whitespace and wherever the hidden reason changes."""
    words: list[tuple[Any, ...]] = []
    chars: list[str] = []
    box = [0.0, 0.0, 0.0, 0.0]
    style: _Style = (0.0, 0, False)
    for span in raw_line["spans"]:
        span_style = _span_style(span)
        for char in span["chars"]:
            c = char["c"]
            if chars and (c.isspace() or span_style[1] != style[1]):
                words.append((*box, "".join(chars), *style, key))
                chars = []
            if c.isspace():
                continue
            x0, y0, x1, y1 = char["bbox"]
            if chars:
                box = [min(box[0], x0), min(box[1], y0), max(box[2], x1), max(box[3], y1)]
            else:
                box, style = [x0, y0, x1, y1], span_style
            chars.append(c)
    if chars:
        words.append((*box, "".join(chars), *style, key))
    return words


def _covered_by_image(pdf_page: Any) -> bool:
    """True when one image covers at least half the page: invisible text there is the scan's OCR layer."""
    import pymupdf

    try:
        infos = pdf_page.get_image_info()
    except Exception:
        return False
    rects = [pdf_page.rect]
    if pdf_page.rotation:  # whichever orientation the image boxes come in
        rects.append(pdf_page.rect * pdf_page.derotation_matrix)
    area = max(abs(pdf_page.rect.width * pdf_page.rect.height), 1.0)
    best = 0.0
    for info in infos:
        for rect in rects:
            box = pymupdf.Rect(info["bbox"]) & rect
            if not box.is_empty:
                best = max(best, box.width * box.height)
    return best >= 0.5 * area


def _transform(m: tuple[float, ...], x0: float, y0: float, x1: float, y1: float) -> BBox:
    """A box through a rotation matrix (a, b, c, d, e, f) of a multiple of 90 degrees."""
    a, b, c, d, e, f = m
    ax, ay = a * x0 + c * y0 + e, b * x0 + d * y0 + f
    bx, by = a * x1 + c * y1 + e, b * x1 + d * y1 + f
    return (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))


# ---------------------------------------------------------------------------------------- images


@dataclass(frozen=True)
class ImageInfo:
    """What an image header says, read without decoding any pixel."""

    width: int
    height: int
    frames: int = 1
    dpi_x: float | None = None
    dpi_y: float | None = None
    frame_sizes: tuple[tuple[int, int], ...] = ()  # TIFF: every frame's (width, height)


def read_image_header(data: bytes, kind: str, max_frames: int = 1 << 16) -> ImageInfo:
    """Dimensions, frame count and resolution from an image header. Raises CorruptFileError."""
    try:
        reader = _HEADER_READERS[kind]
        info = reader(data, max_frames) if kind == "tiff" else reader(data)
    except (struct.error, IndexError, ValueError, KeyError, ZeroDivisionError) as error:
        raise CorruptFileError(f"unreadable {kind.upper()} header: {error}") from None
    if info.width <= 0 or info.height <= 0:
        raise CorruptFileError(f"the {kind.upper()} header gives no image size")
    return info


def _png_header(data: bytes) -> ImageInfo:
    if data[12:16] != b"IHDR":
        raise ValueError("no IHDR chunk")
    width, height = struct.unpack_from(">II", data, 16)
    dpi: float | None = None
    offset = 8
    while offset + 8 <= len(data):
        length, kind = struct.unpack_from(">I4s", data, offset)
        if kind in (b"IDAT", b"IEND"):
            break
        if kind == b"pHYs" and length == 9:
            ppu_x, ppu_y, unit = struct.unpack_from(">IIB", data, offset + 8)
            if unit == 1:
                dpi = ppu_x * 0.0254
                return ImageInfo(width, height, 1, dpi, ppu_y * 0.0254)
        offset += 12 + length
    return ImageInfo(width, height, 1, dpi, dpi)


_SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def _jpeg_header(data: bytes) -> ImageInfo:
    offset = 2
    dpi: tuple[float, float] | None = None
    swap = False
    while offset + 4 <= len(data):
        if data[offset] != 0xFF:
            raise ValueError(f"no marker at byte {offset}")
        marker = data[offset + 1]
        if marker == 0xFF:  # fill byte
            offset += 1
            continue
        if marker in (0x01, 0xD8) or 0xD0 <= marker <= 0xD7:
            offset += 2
            continue
        if marker in (0xD9, 0xDA):
            break
        (length,) = struct.unpack_from(">H", data, offset + 2)
        segment = data[offset + 4:offset + 2 + length]
        if marker in _SOF_MARKERS:
            height, width = struct.unpack_from(">HH", segment, 1)
            if swap:
                width, height = height, width
            return ImageInfo(width, height, 1, *(dpi or (None, None)))
        if marker == 0xE0 and segment[:5] == b"JFIF\x00" and len(segment) >= 12:
            unit, xd, yd = struct.unpack_from(">BHH", segment, 7)
            if unit in (1, 2) and dpi is None:
                scale = 1.0 if unit == 1 else 2.54
                dpi = (xd * scale, yd * scale)
        elif marker == 0xE1 and segment[:6] == b"Exif\x00\x00":
            tiff = segment[6:]
            try:
                ifd = next(_tiff_ifds(tiff, 1))
            except (StopIteration, struct.error, ValueError):
                ifd = {}
            swap = _tiff_value(tiff, ifd.get(274)) in (5, 6, 7, 8)
            res = _tiff_dpi(tiff, ifd)
            if res[0] is not None:
                dpi = (res[0], res[1] or res[0])
        offset += 2 + length
    raise ValueError("no frame header (SOF) before the scan data")


def _bmp_header(data: bytes) -> ImageInfo:
    (header_size,) = struct.unpack_from("<I", data, 14)
    if header_size == 12:
        width, height = struct.unpack_from("<HH", data, 18)
        return ImageInfo(width, height)
    width, height = struct.unpack_from("<ii", data, 18)
    ppm_x, ppm_y = struct.unpack_from("<ii", data, 38)
    dpi_x = ppm_x * 0.0254 if ppm_x > 0 else None
    dpi_y = ppm_y * 0.0254 if ppm_y > 0 else None
    return ImageInfo(width, abs(height), 1, dpi_x, dpi_y)


def _webp_header(data: bytes) -> ImageInfo:
    chunk = data[12:16]
    body = 20
    if chunk == b"VP8X":
        w = int.from_bytes(data[body + 4:body + 7], "little") + 1
        h = int.from_bytes(data[body + 7:body + 10], "little") + 1
        return ImageInfo(w, h)
    if chunk == b"VP8L":
        if data[body] != 0x2F:
            raise ValueError("bad VP8L signature")
        (bits,) = struct.unpack_from("<I", data, body + 1)
        return ImageInfo((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    if chunk == b"VP8 ":
        if data[body + 3:body + 6] != b"\x9d\x01\x2a":
            raise ValueError("bad VP8 start code")
        w, h = struct.unpack_from("<HH", data, body + 6)
        return ImageInfo(w & 0x3FFF, h & 0x3FFF)
    raise ValueError(f"unknown WebP chunk {chunk!r}")


_TIFF_TYPES = {1: ("B", 1), 3: ("H", 2), 4: ("I", 4), 5: ("II", 8), 16: ("Q", 8), 7: ("B", 1)}
_TiffEntry = tuple[str, int, int, int]  # (byte order, type, count, offset of the value)


def _tiff_ifds(data: bytes, max_frames: int) -> Iterator[dict[int, _TiffEntry]]:
    """The IFDs of a TIFF (classic or BigTIFF): {tag: (order, type, count, value offset)}."""
    order = "<" if data[:2] == b"II" else ">" if data[:2] == b"MM" else None
    if order is None:
        raise ValueError("bad TIFF byte order")
    (magic,) = struct.unpack_from(order + "H", data, 2)
    big = magic == 43
    if big:
        (offset,) = struct.unpack_from(order + "Q", data, 8)
    elif magic == 42:
        (offset,) = struct.unpack_from(order + "I", data, 4)
    else:
        raise ValueError("bad TIFF magic")
    seen: set[int] = set()
    frames = 0
    while offset and offset not in seen and frames < max_frames:
        seen.add(offset)
        frames += 1
        if big:
            (count,) = struct.unpack_from(order + "Q", data, offset)
            entry_size, start, inline = 20, offset + 8, 8
        else:
            (count,) = struct.unpack_from(order + "H", data, offset)
            entry_size, start, inline = 12, offset + 2, 4
        if start + count * entry_size > len(data):
            raise ValueError("truncated IFD")
        ifd: dict[int, _TiffEntry] = {}
        for i in range(count):
            pos = start + i * entry_size
            if big:
                tag, typ, n = struct.unpack_from(order + "HHQ", data, pos)
                value_pos = pos + 12
            else:
                tag, typ, n = struct.unpack_from(order + "HHI", data, pos)
                value_pos = pos + 8
            size = _TIFF_TYPES.get(typ, ("B", 1))[1] * n
            if size > inline:
                (value_pos,) = struct.unpack_from(order + ("Q" if big else "I"), data, value_pos)
            ifd[tag] = (order, typ, n, value_pos)
        yield ifd
        (offset,) = struct.unpack_from(order + ("Q" if big else "I"), data, start + count * entry_size)


def _tiff_value(data: bytes, entry: _TiffEntry | None) -> float | None:
    if entry is None:
        return None
    order, typ, _, pos = entry
    if typ not in _TIFF_TYPES or typ == 7:
        return None
    fmt = _TIFF_TYPES[typ][0]
    values = struct.unpack_from(order + fmt, data, pos)
    if typ == 5:
        return values[0] / values[1] if values[1] else None
    return float(values[0])


def _tiff_dpi(data: bytes, ifd: dict[int, _TiffEntry]) -> tuple[float | None, float | None]:
    unit = _tiff_value(data, ifd.get(296)) or 2.0
    if unit not in (2.0, 3.0):
        return None, None
    scale = 1.0 if unit == 2.0 else 2.54
    x, y = _tiff_value(data, ifd.get(282)), _tiff_value(data, ifd.get(283))
    return (x * scale if x else None, y * scale if y else None)


def _tiff_header(data: bytes, max_frames: int) -> ImageInfo:
    sizes: list[tuple[int, int]] = []
    dpi: tuple[float | None, float | None] = (None, None)
    for ifd in _tiff_ifds(data, max_frames):
        w, h = _tiff_value(data, ifd.get(256)), _tiff_value(data, ifd.get(257))
        if not w or not h:
            raise ValueError("an IFD without ImageWidth / ImageLength")
        if not sizes:
            dpi = _tiff_dpi(data, ifd)
        sizes.append((int(w), int(h)))
    if not sizes:
        raise ValueError("no image directory")
    return ImageInfo(sizes[0][0], sizes[0][1], len(sizes), dpi[0], dpi[1], tuple(sizes))


_HEADER_READERS: dict[str, Any] = {
    "png": _png_header, "jpeg": _jpeg_header, "bmp": _bmp_header, "webp": _webp_header, "tiff": _tiff_header,
}


def _check_pixels(width: int, height: int, limits: InputLimits, what: str) -> None:
    if width > limits.max_pixels_per_side or height > limits.max_pixels_per_side:
        raise ImageTooLargeError(
            f"{what} is {width} x {height} pixels; a side over {limits.max_pixels_per_side} is refused")
    if width * height > limits.max_pixels_per_page:
        raise ImageTooLargeError(
            f"{what} is {width} x {height} = {width * height} pixels, over the limit of {limits.max_pixels_per_page}")


def _sane_dpi(value: float | None) -> float | None:
    """A header resolution worth trusting (50..1200), rounded: 11811 px/m is 300 dpi, not 299.9994."""
    return round(float(value), 2) if value is not None and 50 <= value <= 1200 else None


def _load_image(data: bytes, kind: _ImageFormat, limits: InputLimits, source_name: str | None) -> Document:
    info = read_image_header(data, kind, max_frames=limits.max_pages + 1)
    if info.frames > limits.max_pages:
        raise TooManyPagesError(f"the image has more than {limits.max_pages} pages")
    for index, (w, h) in enumerate(info.frame_sizes or ((info.width, info.height),)):
        _check_pixels(w, h, limits, f"page {index + 1}" if info.frames > 1 else "the image")
    dpi_x = _sane_dpi(info.dpi_x)
    dpi_y = _sane_dpi(info.dpi_y) or dpi_x
    dpi_x = dpi_x or dpi_y
    pages = []
    cache: dict[int, Any] = {}
    cached_pixels = 0
    for index in range(info.frames):
        frame = _decode_frame(data, kind, index, info.frames)
        h_px, w_px = frame.shape[:2]
        _check_pixels(w_px, h_px, limits, f"page {index + 1}")  # the decoder agreed with the header
        width = w_px * 72.0 / dpi_x if dpi_x else float(w_px)
        height = h_px * 72.0 / dpi_y if dpi_y else float(h_px)
        pages.append(Page(index + 1, width, height, (), (), has_text_layer=False, dpi=dpi_x or 72.0))
        if cached_pixels + w_px * h_px <= limits.max_pixels_per_page or not cache:
            cache[index] = frame
            cached_pixels += w_px * h_px
    return Document(content_hash(data), "image", tuple(pages), source_name, data, render_cache=cache)


def _decode_frame(data: bytes, kind: str, index: int, frames: int) -> numpy.ndarray:
    import cv2
    import numpy as np

    buffer = np.frombuffer(data, dtype=np.uint8)
    try:
        if kind == "jpeg":  # IMREAD_COLOR applies the EXIF orientation
            image = cv2.imdecode(buffer, cv2.IMREAD_COLOR)
        elif kind == "tiff" and frames > 1:
            ok, mats = cv2.imdecodemulti(buffer, cv2.IMREAD_UNCHANGED, range=(index, index + 1))
            image = mats[0] if ok and mats else None
        else:
            image = cv2.imdecode(buffer, cv2.IMREAD_UNCHANGED)
    except cv2.error as error:
        raise CorruptFileError(f"cannot decode the {kind.upper()} image: {error}") from None
    if image is None or image.size == 0:
        where = f" (page {index + 1})" if frames > 1 else ""
        raise CorruptFileError(f"cannot decode the {kind.upper()} image{where}")
    return _to_bgr8(image)


def _to_bgr8(image: numpy.ndarray) -> numpy.ndarray:
    """Any decoded frame as BGR uint8; transparency is flattened onto white."""
    import cv2
    import numpy as np

    if image.dtype == np.uint16:
        image = (image >> 8).astype(np.uint8)
    elif image.dtype != np.uint8:
        image = np.clip(image.astype(np.float32) * (255.0 if image.dtype.kind == "f" else 1.0), 0, 255).astype(np.uint8)
    if image.ndim == 2:
        return cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    channels = image.shape[2]
    if channels == 1:
        return cv2.cvtColor(image[:, :, 0], cv2.COLOR_GRAY2BGR)
    if channels == 2:  # grey + alpha
        image = cv2.cvtColor(image[:, :, 0], cv2.COLOR_GRAY2BGR)[:, :, :3]
        return image
    if channels == 4:
        alpha = image[:, :, 3]
        bgr = image[:, :, :3]
        if int(alpha.min()) == 255:
            return np.ascontiguousarray(bgr)
        a = alpha.astype(np.uint16)[:, :, None]
        blended = (bgr.astype(np.uint16) * a + 255 * (255 - a) + 127) // 255
        return blended.astype(np.uint8)
    return np.ascontiguousarray(image[:, :, :3])


# ---------------------------------------------------------------------------------------- render


def render_page(document: Document, page_number: int, dpi: int = 300) -> numpy.ndarray:
    """One page as a BGR uint8 image, for OCR.

    A PDF page is rendered in its displayed orientation (word boxes and pixels agree) at `dpi`,
    lowered when needed so that the render stays within the default input limits' pixel budget; the
    pixel-to-point scale is ``page.width / image.shape[1]``. An image page is returned at its own
    resolution (`dpi` is ignored: resampling a scan never adds detail), from the frames decoded at
    load time when they were kept. `page_number` is the Page's 1-based number; a Document split out
    of a larger file renders its own pages (`page_offset`). The array is always the caller's own.
    """
    return _render(document, page_number, dpi, InputLimits())


def render_page_with_limits(document: Document, page_number: int, dpi: int = 300,
                            limits: InputLimits | None = None) -> numpy.ndarray:
    """`render_page` under explicit input limits (an Engine's configured ones)."""
    return _render(document, page_number, dpi, limits or InputLimits())


def _render(document: Document, page_number: int, dpi: int, limits: InputLimits) -> numpy.ndarray:
    position = next((i for i, p in enumerate(document.pages) if p.number == page_number), page_number - 1)
    if not 0 <= position < len(document.pages):
        raise IndexError(f"the document has no page {page_number}")
    if not document.source_bytes:
        raise ValueError("the document carries no source bytes to render (built from text lines?)")
    index = document.page_offset + position  # the page's index in the source file
    if document.source_format == "image":
        cached = document.render_cache.get(index)
        if cached is not None:
            return cached.copy()  # the caller may draw on it; the cache stays clean
        kind = sniff_format(document.source_bytes) or "png"
        info = read_image_header(document.source_bytes, kind, max_frames=limits.max_pages + 1)
        return _decode_frame(document.source_bytes, kind, index, info.frames)
    return _render_pdf_page(document.source_bytes, index, dpi, limits)


def _render_pdf_page(data: bytes, index: int, dpi: int, limits: InputLimits) -> numpy.ndarray:
    with _PYMUPDF_LOCK:
        return _render_pdf_page_unlocked(data, index, dpi, limits)


def _render_pdf_page_unlocked(data: bytes, index: int, dpi: int, limits: InputLimits) -> numpy.ndarray:
    import numpy as np
    import pymupdf

    pdf = _open_pdf(data)
    try:
        page = pdf.load_page(index)
        for image in page.get_images(full=True):  # an embedded image is decoded in full to render
            w, h = int(image[2]), int(image[3])
            if w * h > 4 * limits.max_pixels_per_page or max(w, h) > 4 * limits.max_pixels_per_side:
                raise ImageTooLargeError(f"page {index + 1} embeds a {w} x {h} image, too large to render")
        rect = page.rect
        width, height = max(rect.width, 1.0), max(rect.height, 1.0)
        scale = min(dpi / 72.0, limits.max_pixels_per_side / max(width, height),
                    (limits.max_pixels_per_page / (width * height)) ** 0.5)
        # Pixel dimensions round up: shrink until the rounded-up render fits the budget.
        while scale > 0.01 and (math.ceil(width * scale) * math.ceil(height * scale) > limits.max_pixels_per_page
                                or math.ceil(max(width, height) * scale) > limits.max_pixels_per_side):
            scale *= 0.995
        pixmap = page.get_pixmap(matrix=pymupdf.Matrix(scale, scale), alpha=False, colorspace=pymupdf.csRGB)
        array = np.frombuffer(pixmap.samples, dtype=np.uint8).reshape(pixmap.height, pixmap.width, pixmap.n)
        return np.ascontiguousarray(array[:, :, 2::-1])  # RGB -> BGR
    except (ImageTooLargeError, IndexError):
        raise
    except Exception as error:
        raise CorruptFileError(f"cannot render page {index + 1}: {error}") from None
    finally:
        pdf.close()


# ----------------------------------------------------------------------------------- from lines


def document_from_lines(lines: list[tuple[str, tuple[float, float, float, float]]], *, width: float,
                        height: float, source_name: str | None = None) -> Document:
    """A one-page "pdf_text" Document from known text lines and their boxes (e.g. SROIE box files).

    Each line's text is split on whitespace; a word's box spans its characters' share of the line
    box (proportional to character positions, spaces included); its font size is 0.8 x the box height.
    A word's box reaches over a single space after it to the next word: the line says the two words
    are one phrase, and a proportional gap in a tight box around wide type (a shop's name in
    double-width letters) must not part them as a wide gap would. Two or more spaces stay a gap.
    """
    words: list[Word] = []
    texts: list[str] = []
    for text, box in lines:
        x0, x1 = sorted((float(box[0]), float(box[2])))
        y0, y1 = sorted((float(box[1]), float(box[3])))
        texts.append(text)
        n = len(text)
        if not text.strip():
            continue
        step = (x1 - x0) / n
        size = (y1 - y0) * 0.8
        position = 0
        for token in text.split():
            start = text.index(token, position)
            end = start + len(token)
            position = end
            reach = end + 1 if text[end:end + 1] == " " and text[end + 1:end + 2] not in ("", " ") else end
            words.append(Word(token, (x0 + start * step, y0, x0 + reach * step, y1), size, "pdf", 1.0))
    word_tuple = tuple(words)
    line_tuple = group_lines(word_tuple)
    page = Page(1, float(width), float(height), word_tuple, line_tuple,
                has_text_layer=len(word_tuple) >= MIN_TEXT_WORDS)
    joined = "\n".join(texts).encode("utf-8")
    return Document(content_hash(joined), "pdf_text", (page,), source_name)


__all__ = [
    "BBox", "Document", "ImageInfo", "InputLimits", "Line", "Page", "SourceLike", "Word", "content_hash",
    "document_from_lines", "group_lines", "load_document", "read_image_header", "render_page",
    "render_page_with_limits", "sniff_format", "union_bbox",
]

