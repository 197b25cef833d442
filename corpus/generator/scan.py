"""Scanned renditions: rasterise a digital PDF and degrade it like a scanner or phone camera would.

Everything is driven by a numpy Generator seeded from the corpus seed, so renditions are reproducible.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import pymupdf


@dataclass
class ScanParams:
    dpi: int
    angle: float
    blur: float
    noise: float
    alpha: float
    beta: float
    jpeg_quality: int
    color: bool
    bilevel: bool


def choose_params(rng: np.random.Generator, fmt: str, small: bool = False) -> ScanParams:
    """`small` keeps files compact (the committed sample)."""
    dpi = int(rng.choice([150, 200, 200, 300])) if not small else int(rng.choice([150, 150, 200]))
    angle = float(rng.uniform(-2.0, 2.0)) if rng.random() < 0.8 else 0.0
    bilevel = fmt == "png" and rng.random() < (0.7 if small else 0.35)
    return ScanParams(
        dpi=dpi, angle=angle,
        blur=float(rng.uniform(0.3, 1.1)) if rng.random() < 0.6 else 0.0,
        noise=float(rng.uniform(2.0, 5.0) if small else rng.uniform(2.0, 10.0)),
        alpha=float(rng.uniform(0.78, 1.05)), beta=float(rng.uniform(0.0, 28.0)),
        jpeg_quality=int(rng.integers(45, 70) if small else rng.integers(45, 90)),
        color=fmt == "jpg" and rng.random() < 0.35, bilevel=bilevel)


def rasterise(pdf: bytes, dpi: int, color: bool) -> list[np.ndarray]:
    pages = []
    with pymupdf.open(stream=pdf, filetype="pdf") as d:
        for p in d:
            pix = p.get_pixmap(dpi=dpi, colorspace=pymupdf.csRGB if color else pymupdf.csGRAY, alpha=False)
            arr = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)
            pages.append(arr[:, :, 0].copy() if pix.n == 1 else arr[:, :, ::-1].copy())  # RGB -> BGR
    return pages


def degrade(img: np.ndarray, p: ScanParams, rng: np.random.Generator) -> np.ndarray:
    h, w = img.shape[:2]
    out = img.astype(np.float32)
    if p.color:  # warm paper tint
        tint = np.array([rng.uniform(0.86, 0.95), rng.uniform(0.93, 0.99), 1.0], dtype=np.float32)
        out = out * tint
    if p.angle:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), p.angle, 1.0)
        border = (235.0, 235.0, 235.0) if p.color else 240.0
        out = cv2.warpAffine(out, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=border)
    if p.blur:
        out = cv2.GaussianBlur(out, (0, 0), p.blur)
    out = out * p.alpha + p.beta
    if p.bilevel:
        out = np.clip(out, 0, 255).astype(np.uint8)
        thr = float(rng.uniform(150, 190))
        out = np.where(out > thr, 255, 0).astype(np.uint8)
        # salt-and-pepper specks like a dirty platen
        specks = rng.random(out.shape) < 0.0004
        out[specks] = 0
        return out
    out = out + rng.normal(0.0, p.noise, out.shape).astype(np.float32)
    return np.clip(out, 0, 255).astype(np.uint8)


def encode(img: np.ndarray, fmt: str, p: ScanParams) -> bytes:
    if fmt == "jpg":
        ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, p.jpeg_quality])
    else:
        if not p.bilevel:  # a JPEG round trip leaves compression artefacts in the PNG too
            ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, p.jpeg_quality])
            img = cv2.imdecode(buf, cv2.IMREAD_UNCHANGED)
        ok, buf = cv2.imencode(".png", img, [cv2.IMWRITE_PNG_COMPRESSION, 9])
    assert ok
    return buf.tobytes()


def scan_to_images(pdf: bytes, fmt: str, seed: int, small: bool = False) -> list[bytes]:
    rng = np.random.default_rng(seed)
    p = choose_params(rng, fmt, small)
    return [encode(degrade(img, p, rng), fmt, p) for img in rasterise(pdf, p.dpi, p.color)]


def scan_to_pdf(pdf: bytes, seed: int, small: bool = False, date_stamp: str = "D:20240101000000Z") -> bytes:
    """An image-only PDF (no text layer), one JPEG per page at the original page size."""
    rng = np.random.default_rng(seed)
    p = choose_params(rng, "jpg", small)
    images = [encode(degrade(img, p, rng), "jpg", p) for img in rasterise(pdf, p.dpi, p.color)]
    with pymupdf.open(stream=pdf, filetype="pdf") as src:
        sizes = [(pg.rect.width, pg.rect.height) for pg in src]
    out = pymupdf.open()
    for (w, h), data in zip(sizes, images, strict=True):
        page = out.new_page(width=w, height=h)
        page.insert_image(page.rect, stream=data, keep_proportion=False)
    out.set_metadata({"producer": "Scanner ScanSnap iX1600", "creator": "ScanSnap Home", "creationDate": date_stamp,
                      "modDate": date_stamp, "title": "", "author": "", "subject": "", "keywords": ""})
    data = out.tobytes(garbage=3, deflate=True, no_new_id=True)
    out.close()
    return data
