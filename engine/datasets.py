"""Reading labelled documents for evaluation: the project corpus and the SROIE receipts.

Corpus layout: any folder tree holding document files (`.pdf .png .jpg .jpeg .tif .tiff .bmp .webp`),
each beside `<stem>.truth.json`. A truth file is either one document::

    {"document_type": "invoice", "locale": "KE", "layout": "...", "source_format": "pdf_text",
     "results": {...contract `results` block, missing keys meaning null...}}

or, for a PDF holding several documents (a scan batch), one entry per document, in page order::

    {"documents": [{"pages": [1, 2], "document_type": "invoice", "results": {...}}, ...]}

(top-level keys other than `documents` apply to every entry unless the entry sets them). Keys other
than document_type, results, pages and source_format land in `Truth.extra`; one of them,
`labelled_fields` (a list of contract paths or list groups), limits scoring to those fields for a
set that labels only some (see engine.evaluation); without it every contract field is labelled and
a missing key in `results` means null.

SROIE (`shared/datasets/sroie_dev/`): `box/NNN.csv` (OCR lines `x1,y1,...,y4,TEXT`), `img/NNN.jpg`,
`key/NNN.json` (company, date, address, total as printed). The dataset is read in place, never
copied. Its split into train / validation is `sroie_split`: a hash of the item id, so it is stable
across machines and runs and needs no list file; tier 2 trains on `train` and `validation` is held
out for every accuracy number we report.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from engine.box_lines import level_box_lines
from engine.document import Document, document_from_lines

logger = logging.getLogger(__name__)

DOCUMENT_SUFFIXES: frozenset[str] = frozenset({".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"})
TRUTH_SUFFIX = ".truth.json"
_KNOWN_TRUTH_KEYS = frozenset({"document_type", "results", "pages", "source_format"})

# SROIE labels only these; the scorer ignores whatever else the engine reads from a receipt.
SROIE_LABELLED_FIELDS: tuple[str, ...] = (
    "document_type", "document_date", "vendor_information.vendor_name", "vendor_information.address",
    "financial_data.total_amount",
)

SroieMode = Literal["text_lines", "image"]
Split = Literal["all", "train", "validation"]


@dataclass
class Truth:
    """The expected output for one document: its type and the contract `results` block."""

    document_type: str
    results: dict[str, Any]
    pages: list[int] | None = None  # 1-based pages of a batch PDF; None: the whole file
    source_format: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # locale, layout, printed strings, ...

    @property
    def locale(self) -> str | None:
        value = self.extra.get("locale")
        return value if isinstance(value, str) else None


@dataclass
class CorpusItem:
    """One document file of the corpus with its truth (several truths for a batch PDF)."""

    path: Path
    truths: list[Truth]
    item_id: str = ""

    def __post_init__(self) -> None:
        if not self.item_id:
            self.item_id = self.path.stem

    @property
    def source(self) -> Path:
        return self.path


@dataclass
class SroieItem:
    """One SROIE receipt: its truth mapped to contract paths, read as OCR lines or as the image."""

    item_id: str
    path: Path  # the receipt image (it may be missing in text_lines mode)
    box_path: Path | None
    truths: list[Truth]
    mode: SroieMode = "text_lines"
    lines: list[tuple[str, tuple[float, float, float, float]]] = field(default_factory=list, repr=False)

    @property
    def split(self) -> str:
        return sroie_split(self.item_id)

    @property
    def source(self) -> Document | Path:
        """The engine input: a Document of the box lines, or the image path."""
        if self.mode == "image":
            return self.path
        width, height = _image_size(self.path, self.lines)
        lines = level_box_lines(self.lines)  # a skewed scan's rows, levelled (engine.box_lines)
        height = max(height, max((box[3] for _, box in lines), default=0.0) + 1.0)
        return document_from_lines(lines, width=width, height=height, source_name=self.path.name)


# ---------------------------------------------------------------------------------------------------
# Corpus


def load_corpus(folder: str | Path) -> list[CorpusItem]:
    """Every document file under `folder` (recursively) that has a `<stem>.truth.json` beside it.

    Documents without a truth file are skipped, their count logged (see `scan_corpus` for the list);
    a truth file that cannot be parsed raises ValueError naming the file (a broken label must not
    silently shrink the set).
    """
    items, skipped = scan_corpus(folder)
    if skipped:
        logger.warning("corpus %s: %d document(s) without a truth file skipped", folder, len(skipped))
    return items


def scan_corpus(folder: str | Path) -> tuple[list[CorpusItem], list[Path]]:
    """`load_corpus`'s items plus the document files skipped for want of a truth file."""
    root = Path(folder)
    if not root.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {root}")
    items: list[CorpusItem] = []
    skipped: list[Path] = []
    for path in document_files(root):
        truth_path = path.with_name(path.stem + TRUTH_SUFFIX)
        if not truth_path.is_file():
            skipped.append(path)
            continue
        try:
            truths = parse_truth(json.loads(truth_path.read_text(encoding="utf-8")))
        except (ValueError, TypeError, KeyError) as error:
            raise ValueError(f"invalid truth file {truth_path}: {error}") from error
        item_id = path.relative_to(root).with_suffix("").as_posix()
        items.append(CorpusItem(path=path, truths=truths, item_id=item_id))
    return items, skipped


def document_files(folder: str | Path) -> list[Path]:
    """Document files under `folder`, recursively, sorted by path."""
    return sorted(p for p in Path(folder).rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)


def parse_truth(data: dict[str, Any]) -> list[Truth]:
    """A truth file's JSON as a list of Truth, one per document it describes."""
    if not isinstance(data, dict):
        raise ValueError("truth must be a JSON object")
    if "documents" in data:
        shared = {k: v for k, v in data.items() if k != "documents"}
        entries = data["documents"]
        if not isinstance(entries, list) or not entries:
            raise ValueError("'documents' must be a non-empty list")
        return [_truth_entry({**shared, **entry}) for entry in entries]
    return [_truth_entry(data)]


def _truth_entry(entry: dict[str, Any]) -> Truth:
    if not isinstance(entry, dict):
        raise ValueError("a truth document must be a JSON object")
    results = entry.get("results")
    if not isinstance(results, dict):
        raise ValueError("a truth document needs a 'results' object")
    pages = entry.get("pages")
    if pages is not None and (not isinstance(pages, list) or not all(isinstance(p, int) for p in pages)):
        raise ValueError("'pages' must be a list of 1-based page numbers")
    return Truth(
        document_type=str(entry.get("document_type") or "unknown"),
        results=results,
        pages=pages,
        source_format=entry.get("source_format"),
        extra={k: v for k, v in entry.items() if k not in _KNOWN_TRUTH_KEYS},
    )


# ---------------------------------------------------------------------------------------------------
# SROIE


def sroie_split(item_id: str) -> Literal["train", "validation"]:
    """Deterministic ~50/50 split: the first 32 bits of sha256("sroie:" + id), even → train."""
    digest = hashlib.sha256(f"sroie:{item_id}".encode()).digest()
    return "train" if int.from_bytes(digest[:4], "big") % 2 == 0 else "validation"


def load_sroie(folder: str | Path, mode: SroieMode = "text_lines", *, split: Split = "all") -> list[SroieItem]:
    """SROIE items (those with a key file) in id order, truths mapped to contract paths.

    company → vendor_information.vendor_name, address → vendor_information.address,
    total → financial_data.total_amount (float), date → document_date (ISO, parsed day-first as
    printed in Malaysia). The printed strings are kept in `Truth.extra["printed"]`.
    """
    if mode not in ("text_lines", "image"):
        raise ValueError(f"unknown SROIE mode {mode!r}; use 'text_lines' or 'image'")
    if split not in ("all", "train", "validation"):
        raise ValueError(f"unknown split {split!r}; use 'all', 'train' or 'validation'")
    root = Path(folder)
    key_dir = root / "key"
    if not key_dir.is_dir():
        raise FileNotFoundError(f"not a SROIE folder (no key/): {root}")
    items: list[SroieItem] = []
    for key_path in sorted(key_dir.glob("*.json")):
        item_id = key_path.stem
        if split != "all" and sroie_split(item_id) != split:
            continue
        key = json.loads(key_path.read_text(encoding="utf-8", errors="replace"))
        box_path = root / "box" / f"{item_id}.csv"
        lines = read_sroie_boxes(box_path) if box_path.is_file() else []
        items.append(SroieItem(
            item_id=item_id, path=root / "img" / f"{item_id}.jpg",
            box_path=box_path if box_path.is_file() else None,
            truths=[sroie_truth(key)], mode=mode, lines=lines,
        ))
    return items


def sroie_truth(key: dict[str, Any]) -> Truth:
    """Map a SROIE key (strings as printed) to a contract-shaped Truth."""
    def text(name: str) -> str | None:
        value = key.get(name)
        if not isinstance(value, str):
            return None
        return " ".join(value.split()) or None

    printed_date, printed_total = text("date"), text("total")
    parsed = parse_date_text(printed_date, locale="MY") if printed_date else None
    results = {
        "document_date": parsed.isoformat() if parsed else None,
        "vendor_information": {"vendor_name": text("company"), "address": text("address")},
        "financial_data": {"total_amount": parse_amount_text(printed_total) if printed_total else None},
    }
    return Truth(document_type="receipt", results=results, source_format="image",
                 extra={"locale": "MY", "labelled_fields": list(SROIE_LABELLED_FIELDS),
                        "printed": {"date": printed_date, "total": printed_total}})


def read_sroie_boxes(path: Path) -> list[tuple[str, tuple[float, float, float, float]]]:
    """The box file's lines as (text, (x0, y0, x1, y1)); TEXT may itself hold commas."""
    lines = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = raw.lstrip("\ufeff").split(",", 8)
        if len(parts) < 9:
            continue
        try:
            coords = [float(c) for c in parts[:8]]
        except ValueError:
            continue
        text = parts[8].strip()
        if not text:
            continue
        xs, ys = coords[0::2], coords[1::2]
        lines.append((text, (min(xs), min(ys), max(xs), max(ys))))
    return lines


def _image_size(image: Path, lines: list[tuple[str, tuple[float, float, float, float]]]) -> tuple[float, float]:
    """The image's pixel size; the extent of the boxes when the image is missing or unreadable."""
    if image.is_file():
        import cv2

        pixels = cv2.imread(str(image), cv2.IMREAD_GRAYSCALE)
        if pixels is not None:
            return float(pixels.shape[1]), float(pixels.shape[0])
        logger.info("could not read the size of %s; using the box extent", image.name)
    width = max((b[2] for _, b in lines), default=0.0)
    height = max((b[3] for _, b in lines), default=0.0)
    return float(width) + 1.0, float(height) + 1.0


# ---------------------------------------------------------------------------------------------------
# Small parsers for printed truth values (the engine's own normalisers are preferred for dates)

_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_YMD = re.compile(r"(?<!\d)(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})(?!\d)")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?!\d)")
_NAMED = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?[\s/.\-]*([A-Za-z]{3,9})\.?[\s/.\-,]*(\d{4}|\d{2})(?!\d)")
_NAMED_US = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)")


def parse_date_text(text: str | None, locale: str | None = None) -> date | None:
    """A printed date as a `date`: `engine.normalize.dates.parse_date` if available, else day-first.

    Falls back to the local parser when the engine's returns nothing, so a month-first date such as
    12/28/2017 on a day-first receipt is still read.
    """
    if not text:
        return None
    match = _ISO.match(text.strip())
    if match:
        return _safe_date(int(match[1]), int(match[2]), int(match[3]))
    try:
        from engine.normalize.dates import parse_date
    except Exception:  # the normalisers are optional here: the local parser covers the truth formats
        parse_date = None
    if parse_date is not None:
        try:
            found = parse_date(text, locale=locale)
        except Exception:
            found = None
        if isinstance(found, date):
            return found
    return simple_parse_date(text)


def simple_parse_date(text: str) -> date | None:
    """Day-first parse of the first date in `text`; month-first only where day-first is impossible."""
    match = _YMD.search(text)
    if match:
        return _safe_date(int(match[1]), int(match[2]), int(match[3]))
    match = _NUMERIC.search(text)
    if match:
        first, second, year = int(match[1]), int(match[2]), _year(match[3])
        return _safe_date(year, second, first) or _safe_date(year, first, second)
    match = _NAMED.search(text)
    if match and match[2][:3].lower() in _MONTHS:
        return _safe_date(_year(match[3]), _MONTHS[match[2][:3].lower()], int(match[1]))
    match = _NAMED_US.search(text)
    if match and match[1][:3].lower() in _MONTHS:
        return _safe_date(int(match[3]), _MONTHS[match[1][:3].lower()], int(match[2]))
    return None


def _year(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        value += 2000 if value < 70 else 1900
    return value


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_amount_text(text: str | None) -> float | None:
    """A printed amount such as 'RM 1,234.50', '$8.20' or '12,50' as a float; None if none."""
    if not text:
        return None
    negative = text.strip().startswith("-") or (text.strip().startswith("(") and text.strip().endswith(")"))
    cleaned = re.sub(r"[^\d.,]", "", text)
    if not re.search(r"\d", cleaned):
        return None
    if "," in cleaned and "." in cleaned:
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    elif "," in cleaned:
        head, _, tail = cleaned.rpartition(",")
        cleaned = f"{head.replace(',', '')}.{tail}" if len(tail) == 2 else cleaned.replace(",", "")
    if cleaned.count(".") > 1:
        head, _, tail = cleaned.rpartition(".")
        cleaned = head.replace(".", "") + "." + tail
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return -value if negative else value
