"""Image preprocessing before OCR: small pure functions on numpy arrays, and the pipeline that chains
the ones worth their cost.

Every step takes a uint8 image and returns a new one (or a measurement); none mutates its input.
`prepare` chains the enabled steps and returns the image Tesseract reads together with the affine map
from its pixels back to the page image's pixels, so OCR boxes land where the text is on the page.

MEASUREMENTS
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

import cv2
import numpy as np

# --------------------------------------------------------------------------------------------------
# Options


@dataclass(frozen=True)
class PreprocessOptions:
    """Which steps `prepare` runs. The defaults are the steps that paid for themselves (see above)."""

    rescale: bool = True  # bring small text up to a size Tesseract reads well (and huge text down)
    min_text_px: float = 20.0  # text shorter than this (median glyph height, px) is upscaled ...
    target_text_px: float = 30.0  # ... to about this height; text taller than max_text_px is reduced
    max_text_px: float = 80.0
    min_width_px: int = 1000  # an image narrower than this is upscaled 2x whatever its text height
    max_scale: float = 3.0
    crop: bool = False  # crop to the text area (scans of a small receipt on an A4 sheet, photos)
    deskew: bool = False  # straighten small rotations (up to max_skew degrees)
    max_skew: float = 10.0
    min_skew: float = 0.3  # smaller angles are left alone: Tesseract copes and resampling blurs
    denoise: bool = False  # median filter against salt-and-pepper speckle
    clahe: bool = False  # local contrast equalisation
    binarize: bool = False  # adaptive (local mean) threshold instead of Tesseract's global Otsu


DEFAULT_OPTIONS = PreprocessOptions()


@dataclass
class Prepared:
    """The image to OCR and how its pixels map back to the input image's pixels."""

    image: np.ndarray  # uint8 grey
    to_source: np.ndarray  # 3x3: homogeneous (x, y, 1) in `image` -> the same point in the input image
    scale: float = 1.0  # `image` pixels per input pixel (rescaling only; rotation keeps lengths)
    skew: float = 0.0  # degrees the input was rotated (counter-clockwise positive) to straighten it
    text_height: float | None = None  # median glyph height in the input, px
    steps: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # step -> seconds

    def map_box(self, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        """A box in `image` pixels as a box in input pixels: its centre is mapped exactly and its size
        scaled back, so a word of a straightened line keeps a tight box rather than the bounds of a
        rotated rectangle."""
        x0, y0, x1, y1 = box
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        m = self.to_source
        sx = float(m[0, 0] * cx + m[0, 1] * cy + m[0, 2])
        sy = float(m[1, 0] * cx + m[1, 1] * cy + m[1, 2])
        half_w = (x1 - x0) / (2 * self.scale)
        half_h = (y1 - y0) / (2 * self.scale)
        return (sx - half_w, sy - half_h, sx + half_w, sy + half_h)


# --------------------------------------------------------------------------------------------------
# Steps


def to_gray(image: np.ndarray) -> np.ndarray:
    """BGR (or BGRA, or already grey) to one 8-bit channel. Colour carries nothing Tesseract uses:
    it converts to grey itself, so doing it here only saves writing three channels."""
    if image.ndim == 2:
        return image
    if image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2GRAY)
    if image.shape[2] == 1:
        return image[:, :, 0].copy()
    return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)


def ink_mask(gray: np.ndarray) -> np.ndarray:
    """Dark-on-light foreground (255) by Otsu's threshold; a mostly dark image (white on black) is
    inverted first so text is always the foreground."""
    _, mask = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    if cv2.countNonZero(mask) > mask.size * 0.5:
        mask = cv2.bitwise_not(mask)
    return mask


def _glyph_stats(gray: np.ndarray, max_side: int = 2000) -> tuple[np.ndarray, float]:
    """Connected components of ink that look like glyphs: rows of (x, y, w, h) and the factor the
    measurement was taken at (images are reduced to `max_side` first, for speed)."""
    factor = min(1.0, max_side / max(gray.shape[:2]))
    small = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA) if factor < 1 else gray
    mask = ink_mask(small)
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    if count <= 1:
        return np.empty((0, 4), dtype=np.int32), factor
    stats = stats[1:]
    w, h, area = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_AREA]
    limit = max(small.shape[0] / 8, 8)
    keep = (h >= 4) & (h <= limit) & (w >= 1) & (w <= 4 * h) & (area >= 0.1 * w * h) & (area <= 0.95 * w * h + 4)
    return stats[keep, :4], factor


def estimate_text_height(gray: np.ndarray) -> float | None:
    """Median height in pixels of the glyph-like ink components, or None when there are too few."""
    boxes, factor = _glyph_stats(gray)
    if len(boxes) < 10:
        return None
    return float(np.median(boxes[:, 3])) / factor


def rescale_factor(shape: tuple[int, ...], text_height: float | None, options: PreprocessOptions) -> float:
    """How much to resize for OCR: up when the text is small or the image narrow, down when the text
    is far larger than Tesseract needs (only time is lost reading it at full size)."""
    width = shape[1]
    factor = 1.0
    if text_height is not None and text_height < options.min_text_px:
        factor = options.target_text_px / max(text_height, 4.0)
    elif text_height is not None and text_height > options.max_text_px:
        factor = options.target_text_px * 2 / text_height
    if width * factor < options.min_width_px and (text_height is None or text_height * 2 <= options.max_text_px):
        factor = max(factor, 2.0)
    factor = min(factor, options.max_scale)
    if 0.9 <= factor <= 1.1:
        return 1.0
    return factor


def resize(gray: np.ndarray, factor: float) -> np.ndarray:
    if factor == 1.0:
        return gray
    interpolation = cv2.INTER_CUBIC if factor > 1 else cv2.INTER_AREA
    return cv2.resize(gray, None, fx=factor, fy=factor, interpolation=interpolation)


def content_box(gray: np.ndarray, margin: float = 0.02) -> tuple[int, int, int, int] | None:
    """The box (x0, y0, x1, y1) holding the page's text, or None when it is (nearly) the whole image.

    Glyph-like components are kept only where they cluster with neighbours (isolated specks of scan
    noise and photo background texture are not text), and the box is grown by a margin.
    """
    boxes, factor = _glyph_stats(gray, max_side=1200)
    if len(boxes) < 10:
        return None
    h_img, w_img = gray.shape[:2]
    small_h, small_w = int(round(h_img * factor)), int(round(w_img * factor))
    median_h = float(np.median(boxes[:, 3]))
    canvas = np.zeros((small_h, small_w), dtype=np.uint8)
    for x, y, w, h in boxes:
        canvas[y:y + h, x:x + w] = 255
    # Glyphs of one text block merge into one blob; a lone speck stays small.
    k = max(3, int(median_h * 2.5)) | 1
    blobs = cv2.dilate(canvas, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(blobs, connectivity=8)
    if count <= 1:
        return None
    stats = stats[1:]
    # A text block holds several glyphs: its blob is much wider or taller than one glyph.
    big = stats[(stats[:, cv2.CC_STAT_WIDTH] > 6 * median_h) | (stats[:, cv2.CC_STAT_HEIGHT] > 6 * median_h)]
    if len(big) == 0:
        return None
    x0 = int(big[:, 0].min())
    y0 = int(big[:, 1].min())
    x1 = int((big[:, 0] + big[:, 2]).max())
    y1 = int((big[:, 1] + big[:, 3]).max())
    pad = int(margin * max(small_w, small_h))
    x0, y0 = max(0, x0 - pad), max(0, y0 - pad)
    x1, y1 = min(small_w, x1 + pad), min(small_h, y1 + pad)
    if (x1 - x0) * (y1 - y0) > 0.8 * small_w * small_h:
        return None
    inv = 1.0 / factor
    return (int(x0 * inv), int(y0 * inv), min(w_img, int(math.ceil(x1 * inv))), min(h_img, int(math.ceil(y1 * inv))))


def detect_skew(gray: np.ndarray, max_angle: float = 10.0) -> float:
    """The text's rotation in degrees (counter-clockwise positive, as `cv2.getRotationMatrix2D`
    takes it) within +/- max_angle: the angle whose horizontal projection of the ink is sharpest.

    Ink pixels of a reduced image are projected onto the y axis at each candidate angle; the rows of
    a straight text line fall into few bins, so the sum of squared bin counts peaks at the text's
    angle. Coarse steps of 0.5 degrees, then 0.05 around the best. No image is rotated while
    searching, so this costs a few milliseconds.
    """
    factor = min(1.0, 1000 / max(gray.shape[:2]))
    small = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA) if factor < 1 else gray
    mask = ink_mask(small)
    ys, xs = np.nonzero(mask)
    if len(xs) < 50:
        return 0.0
    if len(xs) > 60_000:
        pick = np.random.default_rng(0).choice(len(xs), 60_000, replace=False)
        xs, ys = xs[pick], ys[pick]
    xs = xs.astype(np.float64) - small.shape[1] / 2
    ys = ys.astype(np.float64) - small.shape[0] / 2

    def sharpness(angle: float) -> float:
        theta = math.radians(angle)
        # y of each pixel once the image is rotated by `angle` (counter-clockwise) about its centre
        projected = ys * math.cos(theta) - xs * math.sin(theta)
        counts = np.bincount((projected - projected.min()).astype(np.int64))
        return float(np.dot(counts, counts))

    coarse = np.arange(-max_angle, max_angle + 1e-9, 0.5)
    scores = [sharpness(a) for a in coarse]
    best = float(coarse[int(np.argmax(scores))])
    fine = np.arange(best - 0.5, best + 0.5 + 1e-9, 0.05)
    scores = [sharpness(a) for a in fine]
    return round(float(fine[int(np.argmax(scores))]), 2)


def rotate(gray: np.ndarray, angle: float) -> tuple[np.ndarray, np.ndarray]:
    """Rotate by `angle` degrees (counter-clockwise positive) on an enlarged white canvas, so no
    corner is cut off. Returns the image and the 2x3 matrix from input to output pixels."""
    h, w = gray.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w, new_h = int(math.ceil(h * sin + w * cos)), int(math.ceil(h * cos + w * sin))
    matrix[0, 2] += new_w / 2 - w / 2
    matrix[1, 2] += new_h / 2 - h / 2
    out = cv2.warpAffine(gray, matrix, (new_w, new_h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                         borderValue=255)
    return out, matrix


def rotate_quadrant(image: np.ndarray, clockwise: int) -> np.ndarray:
    """Turn the image clockwise by 0, 90, 180 or 270 degrees (exact, no resampling)."""
    clockwise %= 360
    if clockwise == 0:
        return image
    code = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}[clockwise]
    return cv2.rotate(image, code)


def denoise(gray: np.ndarray) -> np.ndarray:
    """A 3x3 median filter: removes isolated specks (thermal paper, scanner dust), keeps strokes."""
    return cv2.medianBlur(gray, 3)


def equalize(gray: np.ndarray) -> np.ndarray:
    """CLAHE: lifts faded print and evens out lighting, tile by tile."""
    return cv2.createCLAHE(clipLimit=2.0, tileGridSize=(8, 8)).apply(gray)


def binarize(gray: np.ndarray, text_height: float | None = None) -> np.ndarray:
    """Adaptive threshold against the local mean over a window a few glyphs wide; copes with shadows
    and uneven light where one global threshold fails."""
    block = int((text_height or 20) * 2.5) | 1
    block = max(block, 15)
    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, block, 15)


# --------------------------------------------------------------------------------------------------
# Pipeline


def prepare(image: np.ndarray, options: PreprocessOptions = DEFAULT_OPTIONS) -> Prepared:
    """Run the enabled steps: grey, crop, deskew, rescale, denoise, contrast, binarise (in that order).

    The returned `to_source` maps the prepared image's pixels back to `image`'s pixels.
    """
    timings: dict[str, float] = {}
    steps: list[str] = []
    to_source = np.eye(3)

    def timed(name: str, started: float) -> None:
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - started

    started = time.perf_counter()
    gray = to_gray(image)
    timed("gray", started)

    if options.crop:
        started = time.perf_counter()
        box = content_box(gray)
        if box is not None:
            x0, y0, x1, y1 = box
            gray = gray[y0:y1, x0:x1]
            to_source = to_source @ _translation(x0, y0)
            steps.append(f"crop {x0},{y0},{x1},{y1}")
        timed("crop", started)

    skew = 0.0
    if options.deskew:
        started = time.perf_counter()
        angle = detect_skew(gray, options.max_skew)
        if abs(angle) >= options.min_skew and abs(angle) < options.max_skew:
            gray, forward = rotate(gray, angle)
            to_source = to_source @ np.linalg.inv(np.vstack([forward, [0, 0, 1]]))
            skew = angle
            steps.append(f"deskew {angle:+.2f}")
        timed("deskew", started)

    started = time.perf_counter()
    text_height = estimate_text_height(gray) if options.rescale or options.binarize else None
    timed("measure", started)

    scale = 1.0
    if options.rescale:
        started = time.perf_counter()
        scale = rescale_factor(gray.shape, text_height, options)
        if scale != 1.0:
            gray = resize(gray, scale)
            to_source = to_source @ np.diag([1 / scale, 1 / scale, 1.0])
            steps.append(f"scale {scale:.2f}")
        timed("rescale", started)

    if options.denoise:
        started = time.perf_counter()
        gray = denoise(gray)
        steps.append("denoise")
        timed("denoise", started)
    if options.clahe:
        started = time.perf_counter()
        gray = equalize(gray)
        steps.append("clahe")
        timed("clahe", started)
    if options.binarize:
        started = time.perf_counter()
        gray = binarize(gray, text_height * scale if text_height else None)
        steps.append("binarize")
        timed("binarize", started)

    if gray is image:
        gray = gray.copy()
    return Prepared(np.ascontiguousarray(gray), to_source, scale, skew, text_height, steps, timings)


def _translation(dx: float, dy: float) -> np.ndarray:
    return np.array([[1.0, 0.0, dx], [0.0, 1.0, dy], [0.0, 0.0, 1.0]])


__all__ = [
    "DEFAULT_OPTIONS", "PreprocessOptions", "Prepared", "binarize", "content_box", "denoise", "detect_skew",
    "equalize", "estimate_text_height", "ink_mask", "prepare", "rescale_factor", "resize", "rotate",
    "rotate_quadrant", "to_gray",
]
