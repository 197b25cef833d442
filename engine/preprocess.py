"""Image preprocessing before OCR: small pure functions on numpy arrays, and the pipeline that chains
the ones worth their cost.

Every step takes a uint8 image and returns a new one (or a measurement); none mutates its input.
`prepare` chains the enabled steps and returns the image Tesseract reads together with the affine map
from its pixels back to the page image's pixels, so OCR boxes land where the text is on the page.

What each step buys
-------------------
Measured on the 96 SROIE receipts of the training split (`engine.datasets.sroie_split`), Tesseract
5.3 LSTM, ``--psm 6``, each step added alone to the grey image; field accuracy is tier 1's
extraction from the OCR text scored against the keys; "+a/-b" counts receipts the step turned right /
wrong against the grey baseline (so 1-2 either way is noise). Tesseract CPU is seconds per page from
its process's rusage; step time is wall on a shared 2-core machine.

==================  =========  ==========  ==========  ==========  =========  ==========  ======  =======
step                total      total       date        company     address    Tesseract   step    default
                    in text    field       field                   (loose)    CPU/page    ms
==================  =========  ==========  ==========  ==========  =========  ==========  ======  =======
grey only           .885       .698        .844        .354        .333       1.20 s      -       -
clear_border        .906 +2/0  .708 +3/-2  .854 +1/0   .375 +4/-2  .354 +4/-2 0.98 -19%   30      on
crop to text        .885 +0/0  .677 +0/-2  .844 +1/-1  .354 +1/-1  .354 +2/0  0.87 -28%   35      on
deskew from 0.3deg  .844 +0/-4 .698 +2/-2  .844 +3/-3  .375 +5/-3  .354 +4/-2 0.94        45      1.0deg
reduce text >48px   .885 +0/0  .698 +1/-1  .844 +0/0   .354 +0/0   .333 +1/-1 0.88 -27%   37      on
enlarge text <11px  .854 +0/-3 .677 +0/-2  .823 +0/-2  .365 +1/0   .354 +2/0  0.94        28      off*
flatten background  .875 +0/-1 .667 +2/-5  .812 +1/-4  .385 +3/0   .375 +6/-2 1.03        114     off
CLAHE               .875 +3/-4 .667 +5/-8  .833 +3/-4  .438 +11/-3 .302 +6/-9 1.11        52      off
median denoise      .833 +4/-9 .667 +6/-9  .760 +2/-10 .365 +6/-5  .302 +4/-7 0.97        2       off
adaptive binarise   .865 +4/-6 .656 +7/-11 .760 +4/-12 .323 +8/-11 .208 +5/-17 1.05       950     off
==================  =========  ==========  ==========  ==========  =========  ==========  ======  =======

* clear_border: one receipt (600) gave no word at all because of a 10 px black band along its top
  edge; with the band whitened it reads. It also saves Tesseract a fifth of its time.
* crop: no accuracy change, 28% less Tesseract time (A4 scans holding a small receipt; photos).
* deskew: every loss was at 0.35-0.85 degrees, where Tesseract copes and resampling only blurs;
  the gains were at 1-2.3 degrees. So the image is turned only from 1 degree; a smaller skew is
  kept and used to group words into lines (engine.ocr), which keeps "Amount Due ... 1,234.50"
  on one line across a wide invoice. On 39 generated, skewed scans (invoices, remittances) deskew
  took totals from 25 to 33 right and tax amounts from 13 to 21 (Tesseract --psm 4).
* reduce huge text: the five 35-megapixel photos of SROIE read as well at 0.5-0.7x, in 0.34-0.48x
  the time.
* enlarge small text (*): measured from connected components the glyph size is fooled by
  dot-matrix print (each dot a "glyph"), and enlarging those receipts only lost. engine.ocr instead
  reads a page again, enlarged, when Tesseract's own words come out under 11 px: on an invoice
  rendered at 60 dpi that turns all three key fields (number, date, total) from wrong to right and
  mean confidence from 0.74 to 0.95; it never triggered on SROIE. Enlarging every image under
  1000 px wide 2x (30 receipts) lost: total in text .83 -> .70 at +56% Tesseract time.
* CLAHE helps company names (+11/-3) but costs totals and dates, which decide acceptance: off.
* Tesseract's own Sauvola binarisation (``-c thresholding_method=2``) was no better either
  (total .656, date .823, company .385).
* Orientation (0/90/180/270, Tesseract OSD) is engine.ocr's: see its docstring.
* Invert dark bands (`invert_dark_bands`) and remove rules (`remove_rules`), both off by default.
  Invoices print table headings white on a coloured bar and box their cells; Tesseract reads the
  bar as noise ("haem Gus (u(") and glyphs touching a border as other glyphs ("2 350,00" in a cell
  as "2:°350,00"). On 42 generated scans (seed 12, all scanned) with Tesseract: truth fields
  .695 -> .714 (bands) -> .787 (bands and rules), line items found .43 -> .66, allocations .44 ->
  .65. With PP-OCR, the default reader, the same scans gain only .868 -> .873, and on the SROIE
  training receipts (no bars, few boxes) Tesseract loses company .521 -> .490 and total .844 ->
  .823 with the rules step (the bands step alone changes nothing there). They stay off until the
  field model is retrained on their output (its OCR cache would otherwise go stale); turn them on
  with `PreprocessOptions(invert_bands=True, remove_rules=True)` for Tesseract on boxed invoices.

As shipped (grey, clear_border, crop, deskew, reduce huge text) the chain costs 46 ms of CPU per
SROIE page against Tesseract's 770 ms (benchmarks/test_ocr_speed.py); the glyph statistics are found
once for crop and text height, and the skew search projects at most 20,000 ink pixels. With all of
it, on the 96 training receipts: total in text .906 (+2/-0), total .729 (+5/-2), date .844 (+1/-1),
company .406 (+8/-3), address (loose) .365 (+5/-2) against grey only, at 25% less Tesseract time.
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

    rescale: bool = True  # resize by the glyph height measured before OCR (rules below)
    max_text_px: float = 48.0  # glyphs taller than this (median height, px) are reduced ...
    reduce_to_px: float = 36.0  # ... to this: Tesseract reads them as well, 2-3x faster
    min_text_px: float = 0.0  # glyphs shorter than this are enlarged to target_text_px (0: never;
    target_text_px: float = 24.0  # engine.ocr enlarges small text from Tesseract's own word heights)
    min_width_px: int = 0  # an image narrower than this is enlarged 2x (0: never)
    max_scale: float = 3.0
    clear_border: bool = True  # whiten large dark regions touching the edge (scanner lid, background)
    crop: bool = True  # crop to the text area (scans of a small receipt on an A4 sheet, photos)
    deskew: bool = True  # straighten small rotations (up to max_skew degrees)
    max_skew: float = 10.0
    min_skew: float = 1.0  # smaller angles are not rotated (Tesseract copes, resampling blurs) ...
    denoise: bool = False  # median filter against salt-and-pepper speckle
    flatten: bool = False  # divide by the paper's brightness (shadows, dark borders)
    clahe: bool = False  # local contrast equalisation
    binarize: bool = False  # adaptive (local mean) threshold instead of Tesseract's global Otsu
    invert_bands: bool = False  # light text on dark filled bands (table headers) made dark on light
    remove_rules: bool = False  # table grid lines and rules whitened: glyphs touching them misread


DEFAULT_OPTIONS = PreprocessOptions()


@dataclass
class Prepared:
    """The image to OCR and how its pixels map back to the input image's pixels."""

    image: np.ndarray  # uint8 grey
    to_source: np.ndarray  # 3x3: homogeneous (x, y, 1) in `image` -> the same point in the input image
    scale: float = 1.0  # `image` pixels per input pixel (rescaling only; rotation keeps lengths)
    skew: float = 0.0  # degrees the input was rotated (counter-clockwise positive) to straighten it
    residual_skew: float = 0.0  # a small skew measured but left in the image (lines are grouped along it)
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


def local_ink_mask(gray: np.ndarray, block: int = 25, offset: int = 12) -> np.ndarray:
    """Pixels clearly darker (by `offset`) than the mean of their neighbourhood: faint print on
    thermal paper counts as ink even when black borders or a dark photo background pull a global
    threshold down below it."""
    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, offset)


def _glyph_stats(gray: np.ndarray, max_side: int = 2000) -> tuple[np.ndarray, float]:
    """Connected components of ink that look like glyphs: rows of (x, y, w, h) and the factor the
    measurement was taken at (images are reduced to `max_side` first, for speed)."""
    factor = min(1.0, max_side / max(gray.shape[:2]))
    small = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA) if factor < 1 else gray
    mask = local_ink_mask(small)
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    if count <= 1:
        return np.empty((0, 4), dtype=np.int32), factor
    stats = stats[1:]
    w, h, area = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_AREA]
    limit = max(small.shape[0] / 8, 8)
    keep = (h >= 4) & (h <= limit) & (w >= 1) & (w <= 4 * h) & (area >= 0.1 * w * h) & (area <= 0.95 * w * h + 4)
    return stats[keep, :4], factor


def estimate_text_height(gray: np.ndarray, max_side: int = 2000,
                         stats: tuple[np.ndarray, float] | None = None) -> float | None:
    """Median height in pixels of the glyph-like ink components, or None when there are too few.
    `stats`: the components already found (`_glyph_stats`), to measure without a second pass."""
    boxes, factor = stats if stats is not None else _glyph_stats(gray, max_side)
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
        factor = options.reduce_to_px / text_height
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


def clear_border(gray: np.ndarray) -> np.ndarray:
    """Whiten large dark regions that touch the image's edge: the scanner lid or background around
    a receipt, torn paper edges, a black band from the feeder. A full-width dark band at the top
    of a scan can stop Tesseract finding any line at all (one SROIE receipt: 0 words with the
    band, all of them without). Found on a copy reduced to 600 px; returns the input when there is
    nothing to clear."""
    h, w = gray.shape[:2]
    factor = min(1.0, 600 / max(h, w))
    small = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA) if factor < 1 else gray
    paper = float(np.percentile(small, 90))
    dark = (small < paper * 0.45).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    sh, sw = small.shape[:2]
    x, y, cw, ch = (stats[:, i] for i in range(4))
    touches = (x == 0) | (y == 0) | (x + cw >= sw) | (y + ch >= sh)
    clear = touches & ((cw >= 0.3 * sw) | (ch >= 0.3 * sh))
    clear[0] = False  # the background label
    if not clear.any():
        return gray
    mask = clear[labels].astype(np.uint8) * 255
    mask = cv2.dilate(mask, np.ones((3, 3), np.uint8))
    if factor < 1:
        mask = cv2.resize(mask, (w, h), interpolation=cv2.INTER_NEAREST)
    out = gray.copy()
    out[mask > 0] = 255
    return out


def content_box(gray: np.ndarray, margin: float = 0.02, stats: tuple[np.ndarray, float] | None = None
                ) -> tuple[int, int, int, int] | None:
    """The box (x0, y0, x1, y1) holding the page's text, or None when it is (nearly) the whole image.

    Glyph-like components are kept only where they cluster with neighbours (isolated specks of scan
    noise and photo background texture are not text), and the box is grown by a margin. `stats`:
    the components already found (`_glyph_stats(gray, 1200)`).
    """
    boxes, factor = stats if stats is not None else _glyph_stats(gray, max_side=1200)
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
    angle. Steps of 1 degree, then 0.2 and 0.05 around the best, over at most 20,000 ink pixels. No
    image is rotated while searching, so this costs a few milliseconds.
    """
    factor = min(1.0, 1000 / max(gray.shape[:2]))
    small = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA) if factor < 1 else gray
    mask = local_ink_mask(small)
    ys, xs = np.nonzero(mask)
    if len(xs) < 50:
        return 0.0
    if len(xs) > 20_000:
        pick = np.random.default_rng(0).choice(len(xs), 20_000, replace=False)
        xs, ys = xs[pick], ys[pick]
    xs = xs.astype(np.float64) - small.shape[1] / 2
    ys = ys.astype(np.float64) - small.shape[0] / 2

    def sharpness(angle: float) -> float:
        theta = math.radians(angle)
        # y of each pixel once the image is rotated by `angle` (counter-clockwise) about its centre
        projected = ys * math.cos(theta) - xs * math.sin(theta)
        counts = np.bincount((projected - projected.min()).astype(np.int64))
        return float(np.dot(counts, counts))

    best = 0.0
    for step, span in ((1.0, max_angle), (0.2, 1.0), (0.05, 0.2)):
        angles = np.arange(best - span, best + span + 1e-9, step)
        best = float(angles[int(np.argmax([sharpness(a) for a in angles]))])
    return round(best, 2)


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


def flatten_background(gray: np.ndarray, text_height: float | None = None) -> np.ndarray:
    """Divide by an estimate of the paper (the image with its ink closed over, then smoothed): paper
    becomes white, print keeps its contrast to the paper around it, and large dark areas (scanner
    lid, torn edges, a table top around a photographed receipt) turn white too. Tesseract's own
    global Otsu then separates faint print that black borders had pushed above its threshold.
    The paper is estimated on a copy reduced to 800 px, so this costs a few milliseconds."""
    h, w = gray.shape[:2]
    factor = min(1.0, 800 / max(h, w))
    small = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA) if factor < 1 else gray
    k = max(5, int(round((text_height or 20.0) * factor * 1.5))) | 1
    paper = cv2.dilate(small, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
    paper = cv2.medianBlur(paper, min(2 * k + 1, 255))
    if factor < 1:
        paper = cv2.resize(paper, (w, h), interpolation=cv2.INTER_LINEAR)
    return cv2.divide(gray, np.maximum(paper, 1), scale=255)


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


def prepare(image: np.ndarray, options: PreprocessOptions = DEFAULT_OPTIONS, scale: float | None = None
            ) -> Prepared:
    """Run the enabled steps: grey, clear border, crop, deskew, rescale, flatten, denoise, contrast,
    binarise (in that order). `scale` forces the resize factor (engine.ocr's small-text pass).

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

    if options.clear_border:
        started = time.perf_counter()
        cleared = clear_border(gray)
        if cleared is not gray:
            gray = cleared
            steps.append("clear_border")
        timed("clear_border", started)

    # Glyph statistics, found once (on a copy reduced to 1200 px) for the crop and the text height;
    # neither cropping nor straightening changes how tall the glyphs are.
    glyphs: tuple[np.ndarray, float] | None = None
    if options.crop:
        started = time.perf_counter()
        glyphs = _glyph_stats(gray, max_side=1200)
        box = content_box(gray, stats=glyphs)
        if box is not None:
            x0, y0, x1, y1 = box
            gray = gray[y0:y1, x0:x1]
            to_source = to_source @ _translation(x0, y0)
            steps.append(f"crop {x0},{y0},{x1},{y1}")
        timed("crop", started)

    skew = residual = 0.0
    if options.deskew:
        started = time.perf_counter()
        angle = detect_skew(gray, options.max_skew)
        if abs(angle) >= options.min_skew and abs(angle) < options.max_skew:
            gray, forward = rotate(gray, angle)
            to_source = to_source @ np.linalg.inv(np.vstack([forward, [0, 0, 1]]))
            skew = angle
            steps.append(f"deskew {angle:+.2f}")
        elif abs(angle) < options.max_skew:
            residual = angle
        timed("deskew", started)

    started = time.perf_counter()
    needs_height = (options.rescale and scale is None) or options.binarize or options.flatten
    text_height = estimate_text_height(gray, stats=glyphs) if needs_height else None
    timed("measure", started)

    factor = 1.0
    if options.rescale or scale is not None:
        started = time.perf_counter()
        factor = scale if scale is not None else rescale_factor(gray.shape, text_height, options)
        if factor != 1.0:
            gray = resize(gray, factor)
            to_source = to_source @ np.diag([1 / factor, 1 / factor, 1.0])
            steps.append(f"scale {factor:.2f}")
        timed("rescale", started)

    if options.invert_bands:
        started = time.perf_counter()
        inverted = invert_dark_bands(gray, text_height * factor if text_height else None)
        if inverted is not gray:
            gray = inverted
            steps.append("invert_bands")
        timed("invert_bands", started)
    if options.remove_rules:
        started = time.perf_counter()
        cleaned = remove_rules(gray, text_height * factor if text_height else None)
        if cleaned is not gray:
            gray = cleaned
            steps.append("remove_rules")
        timed("remove_rules", started)
    if options.flatten:
        started = time.perf_counter()
        gray = flatten_background(gray, text_height * factor if text_height else None)
        steps.append("flatten")
        timed("flatten", started)
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
        gray = binarize(gray, text_height * factor if text_height else None)
        steps.append("binarize")
        timed("binarize", started)

    if gray is image:
        gray = gray.copy()
    return Prepared(np.ascontiguousarray(gray), to_source, factor, skew, residual, text_height, steps, timings)


def _translation(dx: float, dy: float) -> np.ndarray:
    return np.array([[1.0, 0.0, dx], [0.0, 1.0, dy], [0.0, 0.0, 1.0]])


__all__ = [
    "DEFAULT_OPTIONS", "PreprocessOptions", "Prepared", "binarize", "clear_border", "content_box", "denoise", "detect_skew",
    "equalize", "estimate_text_height", "flatten_background", "ink_mask", "local_ink_mask", "prepare", "rescale_factor", "resize", "rotate",
    "rotate_quadrant", "to_gray",
]


def invert_dark_bands(gray: np.ndarray, text_height: float | None = None) -> np.ndarray:
    """Light text on dark filled areas (a table header printed white on a coloured bar) turned dark on
    light. Tesseract reads dark text on a light page; on a dark bar it reads noise ("haem Gus (u(").

    A band is a dark region that survives an opening wider than any glyph stroke, spans several
    glyph widths and is mostly dark; each band's bounding box is inverted. Returns `gray` itself
    when there is none."""
    height = max(8.0, text_height or 20.0)
    dark = (gray < 110).astype(np.uint8)
    if dark.mean() < 0.002:
        return gray
    # Close the light letters inside a bar, then open away every stroke of dark text.
    close = max(3, int(height * 0.8)) | 1
    filled = cv2.morphologyEx(dark, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (close, close)))
    width = max(5, int(height * 3)) | 1
    tall = max(3, int(height * 0.9)) | 1
    bands = cv2.morphologyEx(filled, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (width, tall)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(bands, connectivity=4)
    out = None
    for index in range(1, count):
        x, y, w, h, area = stats[index]
        if w < 4 * height or h < height or h > 6 * height or area < 0.8 * w * h:
            continue
        region_dark = dark[y:y + h, x:x + w]
        rows = np.flatnonzero(region_dark.mean(axis=1) > 0.5)
        cols = np.flatnonzero(region_dark.mean(axis=0) > 0.5)
        if rows.size < height or cols.size < 4 * height:
            continue
        y0, y1, x0, x1 = y + rows[0], y + rows[-1] + 1, x + cols[0], x + cols[-1] + 1
        if float(dark[y0:y1, x0:x1].mean()) < 0.6:
            continue  # a dark frame or a photo, not a filled bar
        if out is None:
            out = gray.copy()
        out[y0:y1, x0:x1] = 255 - gray[y0:y1, x0:x1]
    return gray if out is None else out


def remove_rules(gray: np.ndarray, text_height: float | None = None) -> np.ndarray:
    """Table grid lines and rules painted white. Glyphs that touch a cell's border are read as
    other glyphs ("2 350,00" in a boxed cell as "2:°350,00", "0,00" as "or0e").

    A rule is a thin dark run far longer than any glyph: horizontally at least 8 glyph heights,
    vertically at least 3 (a cell border crosses a row), and at most 0.3 glyph heights thick (the
    stem of a logo's large letter is as tall but thicker). Returns `gray` itself when there is none."""
    height = max(8.0, text_height or 20.0)
    dark = (gray < 140).astype(np.uint8)
    horizontal = cv2.morphologyEx(dark, cv2.MORPH_OPEN,
                                  cv2.getStructuringElement(cv2.MORPH_RECT, (int(8 * height), 1)))
    vertical = cv2.morphologyEx(dark, cv2.MORPH_OPEN,
                                cv2.getStructuringElement(cv2.MORPH_RECT, (1, int(3 * height))))
    thin = max(4, int(0.3 * height))
    rules = np.zeros_like(dark)
    for mask, across in ((horizontal, 3), (vertical, 2)):
        # A rule is thin across its length; the stem or bar of a large letter is not.
        count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
        keep = [i for i in range(1, count) if stats[i, across] <= thin]
        if keep:
            rules[np.isin(labels, keep)] = 1
    if not rules.any():
        return gray
    # the antialiased edge of a rule goes with it
    rules = cv2.dilate(rules, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
    out = gray.copy()
    out[rules > 0] = 255
    return out
