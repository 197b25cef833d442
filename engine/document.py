"""The one Document model every tier reads, and the loaders that build it.

Coordinates: every bbox is (x0, y0, x1, y1) in PDF points (1/72 inch) measured from the page's
top-left corner, for PDFs and images alike (an image page is sized at its DPI, 72 when unknown).
A Document is immutable once built; OCR returns a new Document (`Document.with_pages`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, Literal

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


@dataclass(frozen=True)
class Document:
    content_hash: str  # sha256 hex of the source bytes
    source_format: SourceFormat
    pages: tuple[Page, ...]
    source_name: str | None = None
    source_bytes: bytes = field(default=b"", repr=False, compare=False)
    repaired: bool = False  # PyMuPDF had to repair the file to open it
    page_offset: int = 0  # for a document split out of a batch PDF: pages before this one

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
    xs0, ys0, xs1, ys1 = zip(*boxes, strict=True)
    return (min(xs0), min(ys0), max(xs1), max(ys1))


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def group_lines(words: Iterable[Word]) -> tuple[Line, ...]:
    """Group visible words into lines by vertical overlap, top to bottom, each left to right.

    A word joins the current line when its vertical centre lies inside the line's band; this holds
    for slightly rotated scans where baselines drift by less than half a line height.
    """
    visible = sorted((w for w in words if not w.hidden and w.text.strip()), key=lambda w: (w.y_center, w.bbox[0]))
    lines: list[list[Word]] = []
    bands: list[tuple[float, float]] = []
    for word in visible:
        placed = False
        # Only the last few lines can overlap a word coming in y order.
        for index in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
            top, bottom = bands[index]
            if top <= word.y_center <= bottom:
                lines[index].append(word)
                placed = True
                break
        if not placed:
            lines.append([word])
            bands.append((word.bbox[1], word.bbox[3]))
    ordered = [Line(tuple(sorted(ws, key=lambda w: w.bbox[0]))) for ws in lines]
    ordered.sort(key=lambda line: (line.bbox[1] + line.bbox[3]) / 2)
    return tuple(ordered)


SourceLike = str | Path | bytes | bytearray | memoryview | BinaryIO


@dataclass(frozen=True)
class InputLimits:
    """Input limits; anything beyond them is refused with the contract's error code."""

    max_file_bytes: int = 50 * 1024 * 1024
    max_pages: int = 200
    max_pixels_per_page: int = 40_000_000
    max_pixels_per_side: int = 10_000


def load_document(source: SourceLike, *, limits: InputLimits | None = None,
                  source_name: str | None = None) -> Document:
    """Read a PDF or image from a path, bytes or binary file object into a Document.

    Raises an `engine.errors.InputError` subclass for anything that cannot be read.
    """
    import pymupdf  # noqa: PLC0415  (placeholder loader; replaced by the full loader)

    data = Path(source).read_bytes() if isinstance(source, str | Path) else bytes(source) if isinstance(
        source, bytes | bytearray | memoryview) else source.read()
    pdf = pymupdf.open(stream=data, filetype="pdf")
    pages = []
    for index, pdf_page in enumerate(pdf):
        words = tuple(Word(text=w[4], bbox=(w[0], w[1], w[2], w[3]), font_size=w[3] - w[1])
                      for w in pdf_page.get_text("words"))
        pages.append(Page(index + 1, pdf_page.rect.width, pdf_page.rect.height, words, group_lines(words)))
    return Document(content_hash(data), "pdf_text", tuple(pages), source_name, data)
