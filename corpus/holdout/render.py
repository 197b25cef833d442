"""HTML/CSS pages to PDF with PyMuPDF's layout engine, pagination by measurement, scanned renditions.

Determinism: fonts are MuPDF's built-in Nimbus families (plus its Noto fallback for glyphs such as
the rupee sign), subset with content-derived tags; metadata dates come from the document date; the
file id is not regenerated (`no_new_id`); scan noise comes from a seeded numpy Generator.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pymupdf

A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)


@dataclass
class Box:
    """Something placed at `rect` (x0, y0, x1, y1, points from the top-left): HTML, or a QR-like mark."""

    rect: tuple[float, float, float, float]
    html: str = ""
    kind: str = "html"          # "html" or "qr"
    payload: str = ""           # what the QR-like mark encodes (seeds its pattern)


@dataclass
class Sheet:
    width: float
    height: float
    css: str
    pages: list[list[Box]] = field(default_factory=list)


class LayoutOverflow(RuntimeError):
    """An HTML box did not fit its rectangle at 100% scale (a template bug, never shrunk silently)."""


def _story(html: str, css: str) -> pymupdf.Story:
    return pymupdf.Story(html=html, user_css="body {margin:0}" + css)


def fits(html: str, css: str, rect: tuple[float, float, float, float]) -> bool:
    """Whether `html` lays out inside `rect` at 100% (Story.place leaves nothing over).

    Measured at the very rectangle it will be drawn in: MuPDF's layout can differ by a line between
    the same size at two origins, and near the limit a taller box is not always a fit.
    """
    more, _filled = _story(html, css).place(pymupdf.Rect(rect))
    return not more


def paginate(rows: Sequence[Any], body: Callable[[Sequence[Any], int, bool], str], css: str,
             rect_for_page: Callable[[int], tuple[float, float, float, float]]) -> list[str]:
    """Split `rows` over pages: each page's HTML is `body(chunk, page_index, is_last)`.

    Every page takes as many rows as fit; the last page must also fit what only it prints (totals),
    so at least one row moves there if needed (real invoices never print totals on an empty page).
    """
    pages: list[str] = []
    start, index = 0, 0
    while True:
        rect = rect_for_page(index)
        remaining = rows[start:]
        last_html = body(remaining, index, True)
        if fits(last_html, css, rect):
            pages.append(last_html)
            return pages
        lo, hi, best = 1, max(1, len(remaining) - 1), 0
        while lo <= hi:
            mid = (lo + hi) // 2
            if fits(body(rows[start:start + mid], index, False), css, rect):
                best, lo = mid, mid + 1
            else:
                hi = mid - 1
        if best == 0 or index > 30:
            raise LayoutOverflow(f"page {index + 1}: not even one row fits")
        pages.append(body(rows[start:start + best], index, False))
        start += best
        index += 1


def _draw_qr(page: pymupdf.Page, rect: pymupdf.Rect, payload: str) -> None:
    """A QR-looking block: finder squares and a payload-seeded module pattern (not decodable)."""
    n = 25
    cell = rect.width / n
    seed = int.from_bytes(payload.encode()[:16].ljust(16, b"\0"), "big") % (2**32)
    modules = np.random.default_rng(seed).random((n, n)) < 0.5
    shape = page.new_shape()
    for fy, fx in ((0, 0), (0, n - 7), (n - 7, 0)):
        modules[fy:fy + 7, fx:fx + 7] = False
        for inset, fill in ((0, True), (1, False), (2, True)):
            r = pymupdf.Rect(rect.x0 + (fx + inset) * cell, rect.y0 + (fy + inset) * cell,
                             rect.x0 + (fx + 7 - inset) * cell, rect.y0 + (fy + 7 - inset) * cell)
            shape.draw_rect(r)
            shape.finish(fill=(0, 0, 0) if fill else (1, 1, 1), color=None, width=0)
    for y in range(n):
        for x in range(n):
            if modules[y, x]:
                shape.draw_rect(pymupdf.Rect(rect.x0 + x * cell, rect.y0 + y * cell,
                                             rect.x0 + (x + 1) * cell, rect.y0 + (y + 1) * cell))
    shape.finish(fill=(0, 0, 0), color=None, width=0)
    shape.commit()


def _metadata(title: str, when: date | None) -> dict[str, str]:
    stamp = f"D:{(when or date(2024, 1, 1)).strftime('%Y%m%d')}093000Z"
    return {"title": title, "author": "", "subject": "", "keywords": "", "creator": "holdout generator",
            "producer": "PyMuPDF", "creationDate": stamp, "modDate": stamp, "trapped": "", "format": ""}


def sheet_to_pdf(sheet: Sheet, title: str, when: date | None) -> bytes:
    """Lay every HTML box out with MuPDF's Story engine straight into the page content stream."""
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    mediabox = pymupdf.Rect(0, 0, sheet.width, sheet.height)
    marks: list[tuple[int, Box]] = []
    for number, boxes in enumerate(sheet.pages):
        device = writer.begin_page(mediabox)
        for box in boxes:
            if box.kind == "qr":
                marks.append((number, box))
                continue
            story = _story(box.html, sheet.css)
            more, _filled = story.place(pymupdf.Rect(box.rect))
            if more:
                raise LayoutOverflow(f"page {number + 1}: box {tuple(round(v) for v in box.rect)} overflows")
            story.draw(device)
        writer.end_page()
    writer.close()
    doc = pymupdf.open("pdf", buffer.getvalue())
    for number, box in marks:
        _draw_qr(doc[number], pymupdf.Rect(box.rect), box.payload)
    doc.subset_fonts()
    doc.set_metadata(_metadata(title, when))
    return doc.tobytes(garbage=4, deflate=True, no_new_id=True)


# --------------------------------------------------------------------------------------------------
# Scanned renditions


def _degrade(gray: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Mild scanner artefacts: skew, blur, uneven exposure, sensor noise, dust."""
    import cv2

    h, w = gray.shape
    angle = float(rng.uniform(-1.6, 1.6))
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, float(rng.uniform(0.985, 1.0)))
    matrix[:, 2] += rng.uniform(-6, 6, size=2)
    img = cv2.warpAffine(gray, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
    if rng.random() < 0.7:
        img = cv2.GaussianBlur(img, (3, 3), float(rng.uniform(0.4, 0.9)))
    img = img.astype(np.float32)
    contrast, brightness = rng.uniform(0.85, 1.0), rng.uniform(-12, 6)
    img = img * contrast + brightness + (255 * (1 - contrast)) * 0.6
    # a soft exposure gradient across the page, as on a flatbed with the lid ajar
    ramp = np.linspace(0, rng.uniform(-14, 4), w, dtype=np.float32)[None, :]
    img = img + ramp
    img = img + rng.normal(0, rng.uniform(3, 8), size=img.shape).astype(np.float32)
    for _ in range(int(rng.integers(5, 40))):
        y, x = int(rng.integers(0, h)), int(rng.integers(0, w))
        img[y:y + 2, x:x + 2] = rng.uniform(40, 140)
    return np.clip(img, 0, 255).astype(np.uint8)


def scan_rendition(pdf: bytes, seed: int, *, as_png: bool, dpi: int, when: date | None) -> bytes:
    """`pdf` printed and scanned: one PNG (single-page documents) or an image-only PDF of JPEG pages."""
    import cv2

    rng = np.random.default_rng(seed)
    src = pymupdf.open("pdf", pdf)
    if as_png and src.page_count != 1:
        raise ValueError("a PNG scan holds one page")
    images = []
    for page in src:
        pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
        gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width).copy()
        images.append(_degrade(gray, rng))
    if as_png:
        ok, data = cv2.imencode(".png", images[0], [cv2.IMWRITE_PNG_COMPRESSION, 9])
        assert ok
        return data.tobytes()
    out = pymupdf.open()
    quality = int(rng.integers(62, 88))
    for page, img in zip(src, images, strict=True):
        ok, data = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
        assert ok
        target = out.new_page(width=page.rect.width, height=page.rect.height)
        target.insert_image(target.rect, stream=data.tobytes())
    out.set_metadata(_metadata("scan", when))
    return out.tobytes(garbage=4, deflate=True, no_new_id=True)
