"""PP-OCR (PaddleOCR's PP-OCRv4 text detector and PP-OCRv6 recogniser, ONNX) as a word reader for engine.ocr.

`read_words(image)` takes a grey or BGR page image and returns words as engine.ocr's Tesseract
reading has them: ``(text, (x0, y0, x1, y1), confidence)``, boxes in the image's pixels, confidence
in [0, 1]. engine.ocr chooses it with ``OcrOptions(engine="ppocr")``; rendering, preprocessing,
orientation and the conversion to Words stay engine.ocr's.

Models: ``models/ppocr/`` (see its README: the detector from the Apache-2.0 ``rapidocr_onnxruntime``
1.3.24 wheel, the recogniser from the Apache-2.0 ``rapidocr`` 3.10.0 wheel; both exported from
PaddleOCR). Only onnxruntime, OpenCV and numpy run them; the pre- and post-processing constants are
those of rapidocr / PaddleOCR:

* detection (DB): the image is resized so its short side is at least 736 px (and its area at most
  `max_pixels`, 6 MP: an A4 page at 300 dpi is read almost at full size, a long receipt keeps its
  width), each side a multiple of 32, normalised with the ImageNet mean and deviation, and read in
  overlapping tiles of at most `tile_pixels` (0.75 MP) whose probability maps are stitched (see
  DET_TILE_PIXELS: memory); the probability map is thresholded at 0.3, dilated 2x2, and each contour's minimum-area rectangle is
  kept when the map's mean inside it is at least 0.5, then grown by ``area * 1.6 / perimeter`` on
  every side (PaddleOCR's "unclip" offsets the polygon with pyclipper; for a rectangle the offset
  polygon's minimum-area rectangle is exactly this one);
* recognition (SVTR-LCNet, CTC): each line is cut out straight (perspective warp of its rectangle,
  lengthened by LINE_PAD at both ends and, where `line_margin` is set, heightened above and below:
  see LINE_MARGIN, off by default), resized
  bicubically to 48 px high keeping its aspect, scaled to [-1, 1]
  and zero-padded to the widest line of its batch (lines go in order of aspect ratio; the batch is
  one line, which measured fastest on one thread); the dictionary is the model's ONNX metadata
  ``character`` (18,708 entries, multilingual) with the CTC blank first and a space last, narrowed
  to printable ASCII, Latin-1, "œ" and currency signs (319 entries, 180 once NFKC folds full-width forms),
  entries outside ASCII weighted down (NON_ASCII_WEIGHT). Lines whose mean character probability is
  under 0.5 are dropped (rapidocr's ``text_score``). The v6 recogniser takes the same input as v4's
  (48 px high, (x / 255 - 0.5) / 0.5, BGR, output stride 8), so only the file changed.

Recogniser (READING_VERSION 3: PP-OCRv6 small instead of PP-OCRv4 mobile, same detector boxes), on
the 764 key lines of the 96 SROIE training receipts (see LINE_MARGIN): lines read exactly 602 -> 635
(lines with misread characters 103 -> 70, among them "SON" for "SDN", "130.09" for "130.00",
"KLALA LUMPLIR"; weighting non-ASCII down fixed one, the widest-blank word parting cost one),
recognition CPU +10%; the
PP-OCRv6 small detector with it read 638 lines but dropped five and cost 10 MB more, so the v4
detector stays. Synthetic seed 12 scans (first 30 files, tier 2, field model trained on v4 readings):
truth fields right 82.5% -> 94.9%, line-item amounts recall 74% -> 92%. One process reading 20
SROIE training receipts through engine.ocr: 3.40 s of CPU a receipt against 3.07 s, peak RSS 471 MB
against 426 MB (the v6 file is 21 MB against 11 MB).

Words. PP-OCR reads whole lines; a line is split at its spaces and each word placed from the CTC
time steps: output column t covers ``t * stride`` to ``(t + 1) * stride`` of the resized line (stride
= input width / columns = 8), so the columns of a word's first and last character bound it. A word's
box reaches from the middle of the widest blank between its first character's column and the
previous word's last to that towards the next word (`_parting`), then is tightened to the ink
inside it (Otsu on the line cut-out), which gives Tesseract-like glyph boxes (engine.ocr derives
font sizes from their heights). The recognisers (PP-OCRv4 was trained mostly on Chinese) often
leave out spaces between Latin words; they are put back from the ink gaps and the space's own probability (SPACE_HINT), measured in the rows of the detector's box
only (the margin may hold the neighbouring lines' ink). Beside a separator between two digits
("73.00", "19:21", "18/04") no space goes in, not even one the recogniser decoded: a monospaced
receipt font centres the narrow "." in a wide cell, and both the blank and the space probability
beside it look like a word gap ("73. 00" lost totals). Before "(" and after ")" or ":" the
recogniser's hint alone puts a space in ("BAKERIES (KL) SDN", "Date: 17/03"; tight fonts make those
glyphs touch); after "(" and before ")" no gap makes one. On the 764 key lines of the SROIE
training receipts (see LINE_MARGIN) lines whose spaces alone differ from the true lines went 52 ->
25 with these rules and bicubic resizing (lines read exactly 573 -> 602). Full-width punctuation ("，", "：") is folded to ASCII by NFKC.

Sessions are created once per process (lazily, cached per model folder) with one intra-op thread:
parallelism comes from engine.ocr's process pool, as for Tesseract.

Memory (peak RSS of a fresh process reading one page through engine.ocr, models loaded; the
detector used to read the whole image at once, long side capped at 2400 px):

=========================================  ==============  ==============  ====================
page                                       before          tiled           CPU (tiled)
=========================================  ==============  ==============  ====================
A4 scan at 300 dpi (2445 x 1909 cropped)   1166 MB         425 MB          6.7 s (6.4 s before)
long receipt, 900 x 7000                   306 MB          434 MB          12 s (4.9 s before)
6000 x 6000 (four A4 pages)                1383 MB         565 MB          13 s (10.8 s before)
=========================================  ==============  ==============  ====================

(The last includes ~100 MB of the decoded file held by the measuring process; a pool worker gets
only the page image.) The long receipt costs more because it is no longer shrunk to a third of its
width: it reads 440 words instead of 310. An image over the engine's pixel limits (InputLimits:
10,000 px a side, 40 MP) raises engine.errors.ImageTooLargeError ("image_too_large") before
anything is allocated for it; within them the detector input is at most 6 MP, its float copy one
tile, and line cut-outs are made colour one at a time.
"""

from __future__ import annotations

import math
import threading
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from engine.ocr import OcrUnavailableError

DET_MODEL = "ch_PP-OCRv4_det_infer.onnx"
REC_MODEL = "PP-OCRv6_rec_small.onnx"

# Detection (DB post-processing), as rapidocr / PaddleOCR ship them.
DET_MIN_SIDE = 736
DET_THRESH = 0.3
DET_BOX_THRESH = 0.5
DET_UNCLIP_RATIO = 1.6
DET_MAX_CANDIDATES = 1000
DET_MIN_SIZE = 3
# Memory and time. The detector's activations take about 300 MB per megapixel of its input (one
# onnxruntime thread; measured: 1024x1024 -> +325 MB, 2048x1024 -> +650 MB): a whole A4 page at
# 300 dpi read in one go took a worker to 1.2 GB. So the input runs in tiles of at most
# DET_TILE_PIXELS, each with DET_TILE_MARGIN px of its neighbours as context (only its core is kept
# in the stitched probability map), and an input larger than DET_MAX_PIXELS is scaled down to it
# (the area, not the long side: a long receipt keeps its width and so its text size).
DET_MAX_PIXELS = 6_000_000
DET_TILE_PIXELS = 786_432
DET_TILE_MARGIN = 64
_DET_MEAN = np.array([0.485, 0.456, 0.406], dtype=np.float32)
_DET_STD = np.array([0.229, 0.224, 0.225], dtype=np.float32)

# Recognition.
REC_HEIGHT = 48
REC_BATCH = 1  # one line per call: 2.5 s of CPU for a receipt's 93 lines, against 3.8 s in 4s and 4.7 s in 8s
REC_MIN_SCORE = 0.5
# The multilingual recogniser offers some 600 Latin letters; a receipt's smudged "A" or "E" became
# "Á", "Ā" or "É" on Malaysian receipts. Entries outside ASCII keep this share of their
# probability when the best entry of a column is chosen (not in the confidence reported); full-width
# and other forms that NFKC folds to ASCII count as ASCII.
NON_ASCII_WEIGHT = 0.3
# The recogniser often runs Latin words together ("SOONHUATMACHINERY", v4 and v6). Where it
# put no space between two characters, one goes in when the blank stretch between them is at least
# SPACE_MIN_GAP of the line's ink height and either the recogniser still gave the space some
# probability there (>= SPACE_HINT: 0.12-0.4 at the word gaps of SROIE receipts it ran together,
# under 0.005 between the letters of a word) or the stretch is wide on its own: SPACE_GAP of the ink
# height (clean word gaps 0.43-0.6) and SPACE_OVER_TYPICAL times the line's median letter gap (on
# photos thin strokes fade and letter gaps reach 0.45: "Ma lay sia").
SPACE_MIN_GAP = 0.3
SPACE_HINT = 0.1
SPACE_GAP = 0.4
SPACE_OVER_TYPICAL = 2.5
# Inside a number the blank beside a narrow glyph of a monospaced font is wider ("1 7.00" for
# "17.00", "6 .00"): there the stretch must be 1.5x as wide unless the recogniser hinted a space.
_NUMBER_CHARS = frozenset("0123456789.,")
_NARROW_IN_NUMBERS = frozenset("1.,")
# A decimal point, a time's colon or a date's slash between two digits: never beside a space.
_NUMBER_SEPARATORS = frozenset(".:/")
LINE_PAD = 0.15  # share of a line's height added at each end before it is cut out
# Share of a line's height added above and below the detector's box for the recogniser: the box
# (kernel grown by DET_UNCLIP_RATIO) leaves the text filling ~70% of the cut-out's height, and the
# recogniser, trained on looser cut-outs, misreads Latin letters more at that fill. Measured on the
# 764 text lines holding the company, address, total and date of the 96 SROIE training receipts
# (lines read exactly, up to case; old spacing rules): margin 0 573, 0.05 578, 0.1 596, 0.15 602,
# 0.2 600; the spaces and word boxes are found in the box's own rows only (_line_words). Off by
# default all the same: the taller cut-out is resized to fewer output columns per character, and CTC
# then merges repeated digits ("1,250,000" read "1,250,00"), which broke a scanned invoice's whole
# line-item table (seed 37 scans, 40 files: truth fields 92.2% -> 88.8%, line items 175 -> 146).
# With the current spacing rules: margin 0 602 lines, 0.15 625 (SROIE validation avg 70.7 against
# 66.6 before); widening the cut-out by the same factor to keep the columns gave 596. With a margin
# set, `read_boxes` reads every line again without it and keeps that reading where it only restores
# merged repeats (the invoice's table reads right again; 625 lines kept; recognition time doubles);
# not yet measured end to end, so the default stays 0. (All measured with the v4 recogniser; with v6
# margin 0.15 read 641 key lines against 634, with the re-read doubling recognition time.)
LINE_MARGIN = 0.0
# Cut-outs are resized to REC_HEIGHT bicubically (with the margin: 602 -> 607 lines read exactly).
REC_INTERPOLATION = cv2.INTER_CUBIC
# The readings' version in the field model's OCR cache key (engine.field_model.train): raise it when
# a change here alters what PP-OCR reads, so the next training run reads the receipts again.
READING_VERSION = 3

Word = tuple[str, tuple[float, float, float, float], float]


@dataclass
class DecodedLine:
    """A recognised line: CTC frames as (character index, output column, probability) with blanks
    and repeats removed; how many output columns the cut-out spans (the rest of the input was
    padding); the space's probability in every column."""

    frames: list[tuple[int, int, float]]
    columns: float
    space_probability: np.ndarray


@dataclass(frozen=True)
class PpOcrSettings:
    max_pixels: int = DET_MAX_PIXELS  # detection input's area at most (px); 0: no limit
    tile_pixels: int = DET_TILE_PIXELS  # the detector runs on tiles of at most this area ...
    tile_margin: int = DET_TILE_MARGIN  # ... overlapping by this much context on each inner side
    min_side: int = DET_MIN_SIDE
    box_thresh: float = DET_BOX_THRESH
    unclip_ratio: float = DET_UNCLIP_RATIO
    min_line_score: float = REC_MIN_SCORE
    batch: int = REC_BATCH
    latin_only: bool = True
    line_margin: float = LINE_MARGIN  # share of a line's height cut out above and below its box
    reading_version: int = READING_VERSION


DEFAULT_SETTINGS = PpOcrSettings()


def default_model_dir() -> Path:
    from engine.resources import models_dir

    return models_dir() / "ppocr"


def models_present(model_dir: Path | None = None) -> bool:
    folder = model_dir or default_model_dir()
    return (folder / DET_MODEL).is_file() and (folder / REC_MODEL).is_file()


class PpOcrReader:
    """The two ONNX sessions and the recogniser's dictionary; `read` is thread-safe (onnxruntime
    sessions are) but meant for one page at a time per process."""

    def __init__(self, model_dir: Path | None = None, settings: PpOcrSettings = DEFAULT_SETTINGS) -> None:
        folder = Path(model_dir) if model_dir is not None else default_model_dir()
        missing = [name for name in (DET_MODEL, REC_MODEL) if not (folder / name).is_file()]
        if missing:
            raise OcrUnavailableError(f"PP-OCR model file(s) missing in {folder}: {', '.join(missing)}")
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.log_severity_level = 3
        providers = ["CPUExecutionProvider"]
        self.det = ort.InferenceSession(str(folder / DET_MODEL), options, providers=providers)
        self.rec = ort.InferenceSession(str(folder / REC_MODEL), options, providers=providers)
        self.det_input = self.det.get_inputs()[0].name
        self.rec_input = self.rec.get_inputs()[0].name
        metadata = self.rec.get_modelmeta().custom_metadata_map
        if "character" not in metadata:
            raise OcrUnavailableError(f"{folder / REC_MODEL} has no 'character' dictionary in its metadata")
        # CTC: index 0 is the blank, then the dictionary, then the space.
        self.characters = ["", *metadata["character"].splitlines(), " "]
        self.space = len(self.characters) - 1
        self.settings = settings
        # Receipts and invoices here are in Latin script: the recogniser chooses among the blank,
        # the space and the Latin, digit and symbol entries only (`_latin`), so a smudge cannot
        # become a Chinese character (full-width forms count: NFKC folds them to ASCII); letters
        # outside ASCII need a clear lead (NON_ASCII_WEIGHT).
        self.allowed: np.ndarray | None = None
        self.weights: np.ndarray | None = None
        if settings.latin_only:
            keep = [0] + [i for i, c in enumerate(self.characters) if i and i != self.space and _latin(c)]
            self.allowed = np.array(sorted(set(keep) | {self.space}), dtype=np.int64)
            self.weights = np.array([1.0 if i in (0, self.space) or unicodedata.normalize("NFKC", self.characters[i]).isascii()
                                     else NON_ASCII_WEIGHT for i in self.allowed], dtype=np.float32)

    # ----------------------------------------------------------------------------------------------

    def _word_break(self, characters: list[tuple[int, int, float]], k: int, decoded_spaces: set[int],
                    gaps: dict[int, int], space_probability: np.ndarray, text_height: float, typical_gap: float
                    ) -> bool:
        """Whether a word ends between characters[k - 1] and characters[k]: where the recogniser
        decoded a space (`decoded_spaces`: the k whose character follows one), or where it left one
        out (`_space_between`), except inside a number."""
        before, after = characters[k - 1], characters[k]
        left, right = self.characters[before[0]], self.characters[after[0]]
        decoded = k in decoded_spaces

        def at(j: int) -> str:
            """The character at j, or a space where a decoded space lies between it and `left`."""
            if not 0 <= j < len(characters):
                return ""
            if any(i in decoded_spaces for i in range(j + 1, k)) or (j > k and decoded_spaces & {k + 1}):
                return " "
            return self.characters[characters[j][0]]

        if _inside_number(at(k - 3), at(k - 2), left, right, at(k + 1)):
            # "73. 00", "19 :21", "18/ 04": a monospaced font centres a narrow separator in a wide
            # cell, and both the blank beside it and the recogniser's space probability are those
            # of a word gap; amounts, times and dates never hold a space there.
            return False
        if decoded:
            return True
        if right == ")" or left == "(":
            return False  # "(KL )": a bracket hugs what it encloses
        if right == "(" or left in "):":
            # "BAKERIES(KL)SDN", "Date:17/03": a word before "(" and after ")" or ":" is spaced off;
            # the glyphs of a tight receipt font may touch there, so the recogniser's hint suffices.
            if float(space_probability[before[1]:after[1] + 1].max()) >= SPACE_HINT:
                return True
        return self._space_between(before, after, gaps, space_probability, text_height, typical_gap)

    def _space_between(self, before: tuple[int, int, float], after: tuple[int, int, float], gaps: dict[int, int],
                       space_probability: np.ndarray, text_height: float, typical_gap: float) -> bool:
        """Whether a space the recogniser left out belongs between two characters (see SPACE_HINT)."""
        gap = gaps.get(before[1], 0) / max(text_height, 1.0)
        if gap < SPACE_MIN_GAP:
            return False
        if float(space_probability[before[1]:after[1] + 1].max()) >= SPACE_HINT:
            return True
        left, right = self.characters[before[0]], self.characters[after[0]]
        if right == "(" or left == ")":
            # "BAKERIES(KL)SDN": on widely spaced receipt fonts letters sit 0.2-0.45 apart, so the
            # line's typical gap says nothing; a bracket after a word (or a word after one) does.
            return gap >= SPACE_GAP
        factor = _gap_factor(left, right)
        return gap >= SPACE_GAP * factor and gaps.get(before[1], 0) >= SPACE_OVER_TYPICAL * typical_gap

    def read(self, image: np.ndarray, deadline: float | None = None) -> list[Word]:
        """Words of a grey or BGR image, top to bottom. `deadline` (time.perf_counter()): past it,
        TimeoutError is raised between model calls. An image over the engine's pixel limits
        (`engine.document.InputLimits`' defaults) raises engine.errors.ImageTooLargeError before
        anything is allocated for it."""
        if image.size == 0:
            return []
        _check_size(image.shape)
        boxes = self.detect(image, deadline)
        _check(deadline)
        return self.read_boxes(image, boxes, deadline)

    def read_boxes(self, image: np.ndarray, boxes: list[np.ndarray], deadline: float | None = None) -> list[Word]:
        """Words of the detected line rectangles `boxes` (as `detect` gives them) in `image`."""
        if not boxes:
            return []
        # Lines are cut from the image as given and only then made BGR: a colour copy of a whole
        # 40-megapixel page would be 120 MB.
        crops = []
        for box in boxes:
            crops.append(_cut_out(image, box, self.settings.line_margin))
        decoded = self.recognise([crop for crop, _, _ in crops], deadline)
        if self.settings.line_margin:
            # Each line is read again without the margin, and that reading kept where it only adds
            # repeats of characters that the margin's reading merged ("1,250,00", "biling").
            again = [k for k, line in enumerate(decoded) if line.frames]
            plain = [_cut_out(image, boxes[k], 0.0) for k in again]
            for k, cut, line in zip(again, plain, self.recognise([c for c, _, _ in plain], deadline), strict=True):
                if _merged_repeats(self._text(decoded[k]), self._text(line)):
                    decoded[k], crops[k] = line, cut
        words: list[Word] = []
        for (crop, matrix, core), line in zip(crops, decoded, strict=True):
            words.extend(self._line_words(crop, matrix, line, core))
        return words

    def _text(self, line: DecodedLine) -> str:
        return "".join(self.characters[c] for c, _, _ in line.frames)

    def detect(self, image: np.ndarray, deadline: float | None = None) -> list[np.ndarray]:
        """Text line rectangles, each 4 points (top-left, top-right, bottom-right, bottom-left) in
        image pixels, ordered top to bottom. The detector reads the image scaled (`detector_size`)
        and tile by tile (`detector_tiles`); the tiles' probability maps are stitched into one."""
        h, w = image.shape[:2]
        new_w, new_h = self.detector_size(w, h)
        resized = _to_bgr(cv2.resize(image, (new_w, new_h)))
        probability = np.zeros((new_h, new_w), dtype=np.float32)
        for (x0, y0, x1, y1), (cx0, cy0, cx1, cy1) in detector_tiles(new_w, new_h, self.settings.tile_pixels,
                                                                     self.settings.tile_margin):
            _check(deadline)
            blob = (resized[y0:y1, x0:x1].astype(np.float32) / 255.0 - _DET_MEAN) / _DET_STD
            blob = np.ascontiguousarray(blob.transpose(2, 0, 1)[np.newaxis])
            tile = self.det.run(None, {self.det_input: blob})[0][0, 0]
            del blob
            probability[cy0:cy1, cx0:cx1] = tile[cy0 - y0:cy1 - y0, cx0 - x0:cx1 - x0]
        del resized
        mask = cv2.dilate((probability > DET_THRESH).astype(np.uint8), np.ones((2, 2), np.uint8))
        contours, _ = cv2.findContours(mask * 255, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
        del mask
        sx, sy = w / new_w, h / new_h
        boxes = []
        for contour in contours[:DET_MAX_CANDIDATES]:
            rect = cv2.minAreaRect(contour)
            if min(rect[1]) < DET_MIN_SIZE:
                continue
            points = _ordered_points(rect)
            if _mean_inside(probability, points) < self.settings.box_thresh:
                continue
            grown = _unclip(rect, self.settings.unclip_ratio)
            if min(grown[1]) < DET_MIN_SIZE + 2:
                continue
            points = _ordered_points(grown)
            points[:, 0] = np.clip(np.round(points[:, 0] * sx), 0, w - 1)
            points[:, 1] = np.clip(np.round(points[:, 1] * sy), 0, h - 1)
            width = np.linalg.norm(points[0] - points[1])
            height = np.linalg.norm(points[0] - points[3])
            if width <= 3 or height <= 3:
                continue
            boxes.append(points.astype(np.float32))
        boxes.sort(key=lambda p: (float(p[:, 1].min()), float(p[:, 0].min())))
        return boxes

    def detector_size(self, width: int, height: int) -> tuple[int, int]:
        """The detector input's (width, height) for an image: short side enlarged to `min_side`
        when under it, the area reduced to `max_pixels` when over it, each side a multiple of 32."""
        ratio = 1.0
        if min(width, height) < self.settings.min_side:
            ratio = self.settings.min_side / min(width, height)
        if self.settings.max_pixels and width * height * ratio * ratio > self.settings.max_pixels:
            ratio = math.sqrt(self.settings.max_pixels / (width * height))
        return max(32, int(round(width * ratio / 32)) * 32), max(32, int(round(height * ratio / 32)) * 32)

    def recognise(self, crops: list[np.ndarray], deadline: float | None = None
                  ) -> list[DecodedLine]:
        """Each line cut-out decoded (see DecodedLine); a line below `min_line_score` keeps no
        frames."""
        out = [DecodedLine([], 0.0, np.zeros(0, dtype=np.float32))] * len(crops)
        order = sorted(range(len(crops)), key=lambda i: crops[i].shape[1] / max(1, crops[i].shape[0]))
        for start in range(0, len(order), self.settings.batch):
            _check(deadline)
            chunk = order[start:start + self.settings.batch]
            widest = max(crops[i].shape[1] / max(1, crops[i].shape[0]) for i in chunk)
            input_w = max(REC_HEIGHT, int(math.ceil(REC_HEIGHT * widest / 8)) * 8)
            batch = np.zeros((len(chunk), 3, REC_HEIGHT, input_w), dtype=np.float32)
            widths = []
            for row, index in enumerate(chunk):
                crop = crops[index]
                resized_w = min(input_w, max(1, int(math.ceil(REC_HEIGHT * crop.shape[1] / max(1, crop.shape[0])))))
                resized = cv2.resize(crop, (resized_w, REC_HEIGHT), interpolation=REC_INTERPOLATION).astype(np.float32)
                batch[row, :, :, :resized_w] = (resized.transpose(2, 0, 1) / 255.0 - 0.5) / 0.5
                widths.append(resized_w)
            probabilities = self.rec.run(None, {self.rec_input: batch})[0]
            space_probability = probabilities[:, :, self.space]
            stride = input_w / probabilities.shape[1]
            if self.allowed is not None:
                probabilities = probabilities[:, :, self.allowed]
            best = (probabilities * self.weights).argmax(axis=2) if self.weights is not None \
                else probabilities.argmax(axis=2)
            best_p = np.take_along_axis(probabilities, best[:, :, np.newaxis], axis=2)[:, :, 0]
            if self.allowed is not None:
                best = self.allowed[best]
            for row, index in enumerate(chunk):
                frames = []
                previous = 0
                for column, char in enumerate(best[row]):
                    char = int(char)
                    if char != 0 and char != previous:
                        frames.append((char, column, float(best_p[row, column])))
                    previous = char
                if frames and float(np.mean([p for _, _, p in frames])) < self.settings.min_line_score:
                    frames = []
                out[index] = DecodedLine(frames, widths[row] / stride, space_probability[row].copy())
        return out

    def _line_words(self, crop: np.ndarray, matrix: np.ndarray, line: DecodedLine,
                    core: tuple[int, int] | None = None) -> list[Word]:
        """Split a decoded line at its spaces and place each word (see the module docstring).
        `core`: the rows of the cut-out inside the detector's box; the margin above and below it
        (`PpOcrSettings.line_margin`) is for the recogniser only, as it may hold the neighbouring lines' ink."""
        frames, columns = line.frames, line.columns
        if not frames or columns <= 0:
            return []
        crop_w = crop.shape[1]
        top, bottom = core if core is not None else (0, crop.shape[0])
        crop_h = bottom - top
        px_per_column = crop_w / columns
        ink = _ink(cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY))[top:bottom]
        empty_columns = ~ink.any(axis=0)
        inked_rows = np.flatnonzero(ink.sum(axis=1) > 0.02 * crop_w)
        text_height = float(inked_rows[-1] - inked_rows[0] + 1) if inked_rows.size else float(crop_h)
        space_probability = line.space_probability
        # The blank stretch between each pair of consecutive characters, in px.
        gaps = {frame[1]: _widest_run(empty_columns, int((frame[1] + 0.5) * px_per_column),
                                      int((after[1] + 0.5) * px_per_column))
                for frame, after in zip(frames, frames[1:], strict=False)}
        letter_gaps = [gaps[a[1]] for a, b in zip(frames, frames[1:], strict=False)
                       if a[0] != self.space and b[0] != self.space]
        typical_gap = float(np.median(letter_gaps)) if letter_gaps else 0.0
        characters = [frame for frame in frames if frame[0] != self.space]
        decoded_space = {k for k in range(1, len(characters))
                         if any(f[0] == self.space and characters[k - 1][1] < f[1] < characters[k][1] for f in frames)}
        groups: list[list[tuple[int, int, float]]] = []
        current: list[tuple[int, int, float]] = []
        for k, frame in enumerate(characters):
            if current and self._word_break(characters, k, decoded_space, gaps, space_probability, text_height,
                                            typical_gap):
                groups.append(current)
                current = []
            current.append(frame)
        if current:
            groups.append(current)
        if not groups:
            return []
        inverse = np.linalg.inv(matrix)
        words: list[Word] = []
        for k, group in enumerate(groups):
            first, last = group[0][1], group[-1][1]
            # Words part in the middle of the widest blank between the two characters' columns:
            # halfway between the columns themselves cut into a wide glyph after a narrow one
            # ("Date:" took the first column of "21/08" with v6, whose peaks sit mid-glyph).
            left = 0.0 if k == 0 else _parting(empty_columns, groups[k - 1][-1][1], first, px_per_column)
            right = float(crop_w) if k == len(groups) - 1 else _parting(empty_columns, last, groups[k + 1][0][1],
                                                                        px_per_column)
            x0, x1 = int(max(0, math.floor(left))), int(min(crop_w, math.ceil(right)))
            if x1 <= x0:
                continue
            y0, y1 = 0, crop_h
            cols = np.flatnonzero(ink[:, x0:x1].any(axis=0))
            if cols.size:
                x0, x1 = x0 + int(cols[0]), x0 + int(cols[-1]) + 1
                rows = np.flatnonzero(ink[:, x0:x1].any(axis=1))
                if rows.size:
                    y0, y1 = int(rows[0]), int(rows[-1]) + 1
            y0, y1 = y0 + top, y1 + top
            corners = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], dtype=np.float32).reshape(-1, 1, 2)
            placed = cv2.perspectiveTransform(corners, inverse).reshape(-1, 2)
            box = (float(placed[:, 0].min()), float(placed[:, 1].min()),
                   float(placed[:, 0].max()), float(placed[:, 1].max()))
            text = unicodedata.normalize("NFKC", "".join(self.characters[c] for c, _, _ in group)).strip()
            if not text:
                continue
            confidence = float(np.mean([p for _, _, p in group]))
            words.append((text, box, min(1.0, max(0.0, confidence))))
        return words


# --------------------------------------------------------------------------------------------------
# Geometry


def _to_bgr(image: np.ndarray) -> np.ndarray:
    if image.ndim == 2:
        return cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    if image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
    if image.shape[2] == 1:
        return cv2.cvtColor(image[:, :, 0], cv2.COLOR_GRAY2BGR)
    return image


def _ordered_points(rect: Any) -> np.ndarray:
    """A rotated rectangle's corners as top-left, top-right, bottom-right, bottom-left (PaddleOCR's
    get_mini_boxes: the two leftmost points are the left side, the higher of each pair on top)."""
    points = sorted(cv2.boxPoints(rect).tolist(), key=lambda p: p[0])
    left = sorted(points[:2], key=lambda p: p[1])
    right = sorted(points[2:], key=lambda p: p[1])
    return np.array([left[0], right[0], right[1], left[1]], dtype=np.float32)


def _mean_inside(probability: np.ndarray, points: np.ndarray) -> float:
    """Mean of the probability map inside the polygon (PaddleOCR's box_score_fast)."""
    h, w = probability.shape
    x0 = int(np.clip(np.floor(points[:, 0].min()), 0, w - 1))
    x1 = int(np.clip(np.ceil(points[:, 0].max()), 0, w - 1))
    y0 = int(np.clip(np.floor(points[:, 1].min()), 0, h - 1))
    y1 = int(np.clip(np.ceil(points[:, 1].max()), 0, h - 1))
    mask = np.zeros((y1 - y0 + 1, x1 - x0 + 1), dtype=np.uint8)
    shifted = (points - np.array([x0, y0], dtype=np.float32)).astype(np.int32)
    cv2.fillPoly(mask, shifted.reshape(1, -1, 2), 1)
    return float(cv2.mean(probability[y0:y1 + 1, x0:x1 + 1], mask)[0])


def _unclip(rect: Any, ratio: float) -> Any:
    """The detector's shrunk text kernel grown back to the text: every side moved out by
    ``area * ratio / perimeter`` (the offset PaddleOCR gives pyclipper)."""
    (cx, cy), (w, h), angle = rect
    perimeter = 2 * (w + h)
    distance = w * h * ratio / perimeter if perimeter > 0 else 0.0
    return ((cx, cy), (w + 2 * distance, h + 2 * distance), angle)


def _widen(points: np.ndarray, shape: tuple[int, ...], margin: float = 0.0) -> np.ndarray:
    """The line's rectangle lengthened at both ends by LINE_PAD of its height (the detector's box
    hugs the text and can shave the slanted edge of an "A" or "V" off the first or last word) and
    heightened by `margin` of its height above and below (see LINE_MARGIN)."""
    along = points[1] - points[0]
    length = float(np.linalg.norm(along))
    height = float(np.linalg.norm(points[3] - points[0]))
    if length <= 0:
        return points
    step = along / length * LINE_PAD * height
    widened = points.copy()
    widened[[0, 3]] -= step
    widened[[1, 2]] += step
    if margin:
        across = points[3] - points[0]
        vstep = across / max(height, 1e-6) * margin * height
        widened[[0, 1]] -= vstep
        widened[[2, 3]] += vstep
    widened[:, 0] = np.clip(widened[:, 0], 0, shape[1] - 1)
    widened[:, 1] = np.clip(widened[:, 1], 0, shape[0] - 1)
    return widened


def _cut_out(image: np.ndarray, box: np.ndarray, margin: float) -> tuple[np.ndarray, np.ndarray, tuple[int, int]]:
    """A line's cut-out for the recogniser (BGR), the matrix from image to cut-out, and the rows
    of the cut-out that the box itself covers."""
    crop, matrix = _cut_line(image, _widen(box, image.shape, margin))
    return _to_bgr(crop), matrix, _core_rows(box, matrix, crop.shape[0])


def _core_rows(points: np.ndarray, matrix: np.ndarray, crop_height: int) -> tuple[int, int]:
    """The rows of a cut-out (made with `matrix`) that the detector's own box `points` covers."""
    ys = cv2.perspectiveTransform(points.astype(np.float32).reshape(-1, 1, 2), matrix)[:, 0, 1]
    top = int(np.clip(math.floor(float(ys[[0, 1]].mean())), 0, crop_height - 1))
    bottom = int(np.clip(math.ceil(float(ys[[2, 3]].mean())), top + 1, crop_height))
    return top, bottom


def _cut_line(bgr: np.ndarray, points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The line's rectangle cut out straight, and the perspective matrix from image to cut-out."""
    width = int(max(np.linalg.norm(points[0] - points[1]), np.linalg.norm(points[2] - points[3])))
    height = int(max(np.linalg.norm(points[0] - points[3]), np.linalg.norm(points[1] - points[2])))
    width, height = max(width, 1), max(height, 1)
    target = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(points.astype(np.float32), target)
    crop = cv2.warpPerspective(bgr, matrix, (width, height), borderMode=cv2.BORDER_REPLICATE,
                               flags=cv2.INTER_CUBIC)
    return crop, matrix


def _ink(gray: np.ndarray) -> np.ndarray:
    """Dark-on-light ink of a line cut-out (Otsu); a cut-out of light text on a dark band is
    inverted so the text is the ink."""
    _, mask = cv2.threshold(gray, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    if mask.mean() > 0.5:
        mask = 1 - mask
    return mask.astype(bool)


def _gap_factor(before: str, after: str) -> float:
    if before in _NUMBER_CHARS and after in _NUMBER_CHARS and (before in _NARROW_IN_NUMBERS
                                                              or after in _NARROW_IN_NUMBERS):
        return 1.5
    return 1.0


def _merged_repeats(merged: str, full: str) -> bool:
    """Whether `full` is `merged` with some of its repeated characters back ("1,250,00" and
    "1,250,000"): CTC merges a repeat that has no blank column between its two characters."""
    def squeezed(text: str) -> str:
        return "".join(c for k, c in enumerate(text) if k == 0 or c != text[k - 1])

    return len(full) > len(merged) and squeezed(full) == squeezed(merged)


def _inside_number(earliest: str, earlier: str, left: str, right: str, later: str) -> bool:
    """Whether the gap between `left` and `right` sits beside a separator that joins two digits
    ("73.00", "19:21", "18/04"), given the two characters before them and the one after. A colon
    after a letter and a digit is a label's ("N0: 0003945", "No" misread), not a time's."""
    if left in _NUMBER_SEPARATORS:
        separator, digit_before, before_that, digit_after = left, earlier, earliest, right
    elif right in _NUMBER_SEPARATORS:
        separator, digit_before, before_that, digit_after = right, left, earlier, later
    else:
        return False
    if not (digit_before.isdigit() and digit_after.isdigit()):
        return False
    return separator != ":" or not before_that.isalpha()


def _latin(entry: str) -> bool:
    """Printable ASCII, Latin-1's letters and signs, "œ" and currency signs (after NFKC: full-width
    forms count), not a space: the synthetic corpus's English, German, French, Spanish, Dutch and
    Swahili need no more, and the rest of Latin Extended only gave misreads ("Selāngor")."""
    folded = unicodedata.normalize("NFKC", entry)
    if len(folded) != 1 or folded.isspace():
        return False
    code = ord(folded)
    return 0x20 < code < 0x7F or 0xA0 < code <= 0xFF or folded in "œŒ€₹₦₱"


def _parting(empty: np.ndarray, before: int, after: int, px_per_column: float) -> float:
    """Where two words part (px in the cut-out): the middle of the widest run of blank columns
    between the centres of the output columns `before` and `after`, or halfway between those
    columns' edges where no column there is blank."""
    start = max(0, int((before + 0.5) * px_per_column))
    stop = min(len(empty), int((after + 0.5) * px_per_column))
    best_start = best = run = 0
    for x in range(start, stop):
        run = run + 1 if empty[x] else 0
        if run > best:
            best, best_start = run, x - run + 1
    if best == 0:
        return (before + 1 + after) / 2 * px_per_column
    return best_start + best / 2


def _widest_run(empty: np.ndarray, start: int, stop: int) -> int:
    """The longest run of True in empty[start:stop]."""
    best = run = 0
    for value in empty[max(0, start):max(0, stop)]:
        run = run + 1 if value else 0
        best = max(best, run)
    return best


def detector_tiles(width: int, height: int, tile_pixels: int, margin: int
                   ) -> list[tuple[tuple[int, int, int, int], tuple[int, int, int, int]]]:
    """The detector's tiles over a (width x height) input, both multiples of 32: each as the window
    it reads (x0, y0, x1, y1) and the core of it that it contributes, cores covering the input
    exactly once, each with at least `margin` px of context on every side inside the input. An
    input of at most `tile_pixels` is one tile. Otherwise columns are at most 1024 px wide and each
    row of tiles as tall as the area allows. Every window has the same size (edge windows are moved
    inwards rather than cut): onnxruntime plans and keeps memory per input shape, and nine shapes
    (corners, edges, middle) took a worker from 450 MB to 800 MB. Sides and offsets are multiples
    of 32, as the detector's strides need."""
    if tile_pixels <= 0 or width * height <= tile_pixels:
        return [((0, 0, width, height), (0, 0, width, height))]
    margin = int(math.ceil(margin / 32)) * 32
    columns = max(1, math.ceil(width / 1024))
    core_w = int(math.ceil(width / columns / 32)) * 32
    window_w = min(width, core_w + 2 * margin)
    core_h = max(128, (tile_pixels // window_w - 2 * margin) // 32 * 32)
    rows = max(1, math.ceil(height / core_h))
    core_h = int(math.ceil(height / rows / 32)) * 32
    window_h = min(height, core_h + 2 * margin)
    tiles = []
    for y in range(0, height, core_h):
        for x in range(0, width, core_w):
            x0 = max(0, min(x - margin, width - window_w))
            y0 = max(0, min(y - margin, height - window_h))
            tiles.append(((x0, y0, x0 + window_w, y0 + window_h),
                          (x, y, min(width, x + core_w), min(height, y + core_h))))
    return tiles


def _check_size(shape: tuple[int, ...]) -> None:
    from engine.document import InputLimits
    from engine.errors import ImageTooLargeError

    limits = InputLimits()
    height, width = shape[:2]
    if max(width, height) > limits.max_pixels_per_side or width * height > limits.max_pixels_per_page:
        raise ImageTooLargeError(f"PP-OCR: the image is {width} x {height} pixels, over the engine's limits "
                                 f"({limits.max_pixels_per_side} a side, {limits.max_pixels_per_page} in all)")


def _check(deadline: float | None) -> None:
    if deadline is not None and time.perf_counter() > deadline:
        raise TimeoutError("PP-OCR page timeout")


# --------------------------------------------------------------------------------------------------
# One reader per process


_readers: dict[tuple[Path, PpOcrSettings], PpOcrReader] = {}
_readers_lock = threading.Lock()


def get_reader(model_dir: Path | None = None, settings: PpOcrSettings = DEFAULT_SETTINGS) -> PpOcrReader:
    """The process's reader for these models (created on first use: loading costs ~0.3 s)."""
    key = (Path(model_dir) if model_dir is not None else default_model_dir(), settings)
    with _readers_lock:
        reader = _readers.get(key)
        if reader is None:
            reader = PpOcrReader(key[0], settings)
            _readers[key] = reader
        return reader


def read_words(image: np.ndarray, model_dir: Path | None = None, deadline: float | None = None,
               settings: PpOcrSettings = DEFAULT_SETTINGS) -> list[Word]:
    """Words of a grey or BGR image with the process's cached reader (see `PpOcrReader.read`)."""
    return get_reader(model_dir, settings).read(image, deadline)


__all__ = ["DEFAULT_SETTINGS", "PpOcrReader", "PpOcrSettings", "default_model_dir", "detector_tiles", "get_reader",
           "models_present", "read_words"]
