"""Tier 2's PP-OCR reader (engine.ppocr) and its place in the OCR layer and the engine.

Text is drawn with PyMuPDF, so every word's true position is known from the text layer; the page is
rasterised and read back. About 10 s of CPU in all (the models load once per process).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tracemalloc
from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np
import pymupdf
import pytest
from test_ocr import INVOICE  # the page Tesseract's tests read; tests/ is on sys.path under pytest

from engine.api import Engine, EngineConfig
from engine.document import load_document
from engine.errors import ImageTooLargeError
from engine.ocr import OcrOptions, OcrUnavailableError, ocr_available, ocr_document_with_report
from engine.ppocr import (
    DEFAULT_SETTINGS,
    DET_MODEL,
    REC_MODEL,
    PpOcrReader,
    default_model_dir,
    detector_tiles,
    get_reader,
    models_present,
    read_words,
)

pytestmark = pytest.mark.skipif(not models_present(), reason="models/ppocr is not present")

DPI = 150
LINES = [  # (origin in points, text, font size)
    ((72, 90), "ACME SUPPLIES LTD", 16),
    ((72, 130), "Invoice Date: 21/08/2024", 13),
    ((320, 200), "Total Due 1,160.00", 14),
]



def _page(lines: list[tuple[tuple[float, float], str, int]], width: float = 612, height: float = 400,
          dpi: int = DPI) -> tuple[np.ndarray, list[tuple[str, tuple[float, float, float, float]]]]:
    """The lines rasterised at `dpi` (grey image) and each word's true ink box in that image's pixels."""
    document = pymupdf.open()
    page = document.new_page(width=width, height=height)
    for point, text, size in lines:
        page.insert_text(point, text, fontsize=size, fontname="helv")
    pixmap = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    image = np.frombuffer(pixmap.samples, dtype=np.uint8).reshape(pixmap.height, pixmap.width).copy()
    scale = dpi / 72
    truths = []
    for x0, y0, x1, y1, text, *_ in page.get_text("words"):
        # The text layer's box is the font's line box; the ink inside it is the word's true box.
        px0, py0 = int(x0 * scale), int(y0 * scale)
        px1, py1 = int(np.ceil(x1 * scale)), int(np.ceil(y1 * scale))
        ys, xs = np.nonzero(image[py0:py1, px0:px1] < 128)
        truths.append((text, (px0 + xs.min(), py0 + ys.min(), px0 + xs.max() + 1, py0 + ys.max() + 1)))
    return image, truths


def test_words_and_their_boxes_from_the_ctc_time_steps() -> None:
    image, truths = _page(LINES)
    words = read_words(image)
    assert [text for text, _, _ in words] == [text for text, _ in truths]
    for (text, box, confidence), (_, true_box) in zip(words, truths, strict=True):
        height = true_box[3] - true_box[1]
        tolerance = 2.0  # px: resampling of the line cut-out
        # The word's box holds its ink ...
        assert box[0] <= true_box[0] + tolerance and box[1] <= true_box[1] + tolerance, text
        assert box[2] >= true_box[2] - tolerance and box[3] >= true_box[3] - tolerance, text
        # ... and not its neighbours' (a word placed by its own time steps, not the whole line).
        assert box[0] >= true_box[0] - 0.5 * height and box[2] <= true_box[2] + 0.5 * height, text
        assert 0.8 <= confidence <= 1.0


def test_a_blank_page_gives_no_words() -> None:
    assert read_words(np.full((300, 200), 255, dtype=np.uint8)) == []
    assert read_words(np.full((300, 200, 3), 255, dtype=np.uint8)) == []


def test_colour_and_grey_read_the_same() -> None:
    image, _ = _page(LINES[:1], height=110)
    bgr = np.dstack([image, image, image])
    assert [w[0] for w in read_words(bgr)] == [w[0] for w in read_words(image)] == ["ACME", "SUPPLIES", "LTD"]


def test_a_missing_model_file_is_a_typed_error(tmp_path) -> None:
    with pytest.raises(OcrUnavailableError, match=DET_MODEL):
        PpOcrReader(tmp_path)
    (tmp_path / DET_MODEL).write_bytes((default_model_dir() / DET_MODEL).read_bytes())
    with pytest.raises(OcrUnavailableError, match=REC_MODEL):
        PpOcrReader(tmp_path)
    options = OcrOptions(engine="ppocr", ppocr_models=str(tmp_path))
    assert not ocr_available(options)
    image, _ = _page(LINES[:1])
    png = pymupdf.Pixmap(pymupdf.csGRAY, image.shape[1], image.shape[0], image.tobytes(), False).tobytes("png")
    with pytest.raises(OcrUnavailableError, match="PP-OCR models missing"):
        ocr_document_with_report(load_document(png), options=options)


def test_an_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown OCR engine"):
        OcrOptions(engine="easyocr")


def test_the_ocr_layer_places_ppocr_words_on_the_page() -> None:
    image, truths = _page(LINES)
    png = pymupdf.Pixmap(pymupdf.csGRAY, image.shape[1], image.shape[0], image.tobytes(), False).tobytes("png")
    document, report = ocr_document_with_report(load_document(png), options=OcrOptions(engine="ppocr"))
    page = document.pages[0]
    assert [w.text for w in page.words] == [text for text, _ in truths]
    assert all(w.source == "ocr" for w in page.words)
    assert [" ".join(w.text for w in line.words) for line in page.lines] == [text for _, text, _ in LINES]
    assert report.pages[0].seconds.get("ppocr", 0) > 0 and "tesseract" not in report.pages[0].seconds
    assert report.quality > 0.9


def test_the_engine_with_ppocr_reads_an_image(validate_result) -> None:
    image, _ = _page(INVOICE, height=500, dpi=100)
    png = pymupdf.Pixmap(pymupdf.csGRAY, image.shape[1], image.shape[0], image.tobytes(), False).tobytes("png")
    result = Engine(EngineConfig(ocr_engine="ppocr")).extract(png, tier_preference="tier2")
    payload = result.to_dict()
    validate_result(json.loads(json.dumps(payload)))
    assert result.tier_used == "ocr_model"
    assert payload["results"]["financial_data"]["total_amount"] == pytest.approx(1160.0)


def test_a_page_past_its_timeout_yields_no_words() -> None:
    image, _ = _page(LINES[:1], height=110)
    png = pymupdf.Pixmap(pymupdf.csGRAY, image.shape[1], image.shape[0], image.tobytes(), False).tobytes("png")
    document, report = ocr_document_with_report(load_document(png), options=OcrOptions(engine="ppocr"),
                                                 timeout_s=1e-6)
    assert report.pages[0].timed_out and report.timed_out == [1]
    assert document.pages[0].words == ()


# --------------------------------------------------------------------------------------------------
# Memory and size bounds


@pytest.mark.parametrize("width,height", [(10_001, 10), (10, 10_001), (6_400, 6_400)])
def test_an_image_over_the_engine_pixel_limits_is_refused_with_a_typed_error(width: int, height: int) -> None:
    image = np.zeros((height, width), dtype=np.uint8)
    with pytest.raises(ImageTooLargeError, match="PP-OCR"):
        read_words(image)
    assert ImageTooLargeError.code == "image_too_large"


@pytest.mark.parametrize("width,height", [(736, 1888), (2432, 1920), (3008, 2016), (160, 6400), (32, 32)])
def test_detector_tiles_cover_the_input_once_within_the_tile_area(width: int, height: int) -> None:
    tile_pixels, margin = DEFAULT_SETTINGS.tile_pixels, DEFAULT_SETTINGS.tile_margin
    tiles = detector_tiles(width, height, tile_pixels, margin)
    covered = np.zeros((height, width), dtype=np.int32)
    # One window size for all (onnxruntime keeps memory per input shape).
    assert len({(x1 - x0, y1 - y0) for (x0, y0, x1, y1), _ in tiles}) == 1
    for (x0, y0, x1, y1), (cx0, cy0, cx1, cy1) in tiles:
        assert (x1 - x0) * (y1 - y0) <= max(tile_pixels, width * height if len(tiles) == 1 else 0)
        assert 0 <= x0 <= cx0 < cx1 <= x1 <= width and 0 <= y0 <= cy0 < cy1 <= y1 <= height
        # The detector's strides need every side and offset to be a multiple of 32.
        assert all(v % 32 == 0 for v in (x0, y0, cx0, cy0)) and (x1 - x0) % 32 == 0 and (y1 - y0) % 32 == 0
        # Context from the neighbours on every side inside the input.
        assert cx0 - x0 >= min(cx0, margin) and cy0 - y0 >= min(cy0, margin)
        assert x1 - cx1 >= min(width - cx1, margin) and y1 - cy1 >= min(height - cy1, margin)
        covered[cy0:cy1, cx0:cx1] += 1
    assert (covered == 1).all()


def test_the_detector_input_is_bounded_in_area_but_keeps_a_long_receipt_wide() -> None:
    reader = get_reader()
    width, height = reader.detector_size(6_000, 6_000)
    assert width * height <= DEFAULT_SETTINGS.max_pixels * 1.02
    width, height = reader.detector_size(900, 7_000)
    assert width >= 0.95 * 900  # the old long-side cap (2400 px) shrank it to 309 px: text below legibility
    width, height = reader.detector_size(457, 1170)
    assert width == DEFAULT_SETTINGS.min_side  # narrow receipts are still enlarged


class _CountingDetector:
    """Stands in for the detector session: records each input's shape, returns an empty map."""

    def __init__(self) -> None:
        self.shapes: list[tuple[int, ...]] = []

    def run(self, _outputs: object, feeds: dict[str, np.ndarray]) -> list[np.ndarray]:
        (blob,) = feeds.values()
        self.shapes.append(blob.shape)
        return [np.zeros((1, 1, *blob.shape[2:]), dtype=np.float32)]


def test_a_huge_page_runs_the_detector_in_bounded_tiles_without_full_size_copies() -> None:
    reader = PpOcrReader()
    reader.det = _CountingDetector()
    image = np.full((6_000, 6_000), 255, dtype=np.uint8)
    tracemalloc.start()
    try:
        assert reader.read(image) == []
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    shapes = reader.det.shapes
    assert len(shapes) > 4
    assert all(shape[2] * shape[3] <= DEFAULT_SETTINGS.tile_pixels for shape in shapes)
    # The page itself is 36 MB; a BGR copy of it would be 108 MB and its float input 432 MB.
    assert peak < 100 * 1024 * 1024, peak / 2**20


def test_tiles_read_the_same_words_as_one_pass_over_a_page_that_fits() -> None:
    lines = [((72, 60 + 40 * k), text, 13) for k, text in enumerate([
        "ACME SUPPLIES LTD", "12 Harbour Road, Leeds", "Invoice No: INV-2024-0815", "Date: 21/08/2024",
        "Widgets 4 x 12.50 50.00", "Subtotal 50.00", "VAT 20% 10.00", "Total Due 60.00"])]
    image, _ = _page(lines, height=400)
    whole = PpOcrReader(settings=replace(DEFAULT_SETTINGS, tile_pixels=0))
    tiled = PpOcrReader(settings=replace(DEFAULT_SETTINGS, tile_pixels=160_000))
    width, height = whole.detector_size(image.shape[1], image.shape[0])
    assert len(detector_tiles(width, height, tiled.settings.tile_pixels, tiled.settings.tile_margin)) >= 3
    one_pass, in_tiles = whole.read(image), tiled.read(image)
    assert [w[0] for w in in_tiles] == [w[0] for w in one_pass]
    assert " ".join(w[0] for w in in_tiles) == " ".join(text for _, text, _ in lines)
    for (_, box, _), (_, tiled_box, _) in zip(one_pass, in_tiles, strict=True):
        assert max(abs(a - b) for a, b in zip(box, tiled_box, strict=True)) <= 2.0


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="reads VmHWM from /proc (Linux)")
def test_a_worker_reading_a_big_page_stays_within_its_memory_bound(tmp_path) -> None:
    """Peak RSS of a fresh process that reads a 2000 x 2400 page (4.8 megapixels): in one detector
    pass it reached 1.2 GB; in tiles it stays under 600 MB, models and page included. VmHWM, not
    ru_maxrss: the latter keeps the forking parent's (this test process's) size across exec."""
    script = tmp_path / "worker.py"
    script.write_text(
        "import re, numpy as np, pymupdf\n"
        "from pathlib import Path\n"
        "from engine.ppocr import read_words\n"
        "document = pymupdf.open(); page = document.new_page(width=576, height=480)\n"
        "page.insert_text((60, 80), 'Total Due 1,160.00', fontsize=14)\n"
        "pixmap = page.get_pixmap(dpi=300, colorspace=pymupdf.csGRAY)\n"
        "image = np.frombuffer(pixmap.samples, dtype=np.uint8).reshape(pixmap.height, pixmap.width)\n"
        "words = read_words(image)\n"
        "peak_kb = int(re.search(r'VmHWM:\\s+(\\d+)', Path('/proc/self/status').read_text()).group(1))\n"
        "print(image.shape, ' '.join(w[0] for w in words), peak_kb // 1024)\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=True)
    peak_mb = done.stdout.split()[-1]
    assert "(2000, 2400) Total Due 1,160.00" in done.stdout
    assert int(peak_mb) < 600, done.stdout


# --------------------------------------------------------------------------------------------------
# Spaces and cut-outs


def _words_of(reader: PpOcrReader, text: str, *, hints: dict[int, float] | None = None,
              gaps_px: dict[int, int] | None = None, decode_spaces: bool = True) -> list[str]:
    """`text` as the recogniser would decode it (one character every 3 output columns; its spaces
    as decoded space frames unless `decode_spaces` is off), split into words by the reader's rules.
    `hints`: the space's probability after the character at that position of `text`; `gaps_px`:
    the blank stretch after it (px, glyph height 20)."""
    index = {c: i for i, c in enumerate(reader.characters) if c}
    frames = [(index[c], 3 * k, 0.99) for k, c in enumerate(text) if decode_spaces or c != " "]
    space_probability = np.zeros(3 * len(text) + 3, dtype=np.float32)
    gaps: dict[int, int] = {}
    for position, value in (hints or {}).items():
        space_probability[3 * position + 1] = value
    for position, width in (gaps_px or {}).items():
        gaps[3 * position] = width
    characters = [f for f in frames if f[0] != reader.space]
    decoded = {k for k in range(1, len(characters))
               if any(f[0] == reader.space and characters[k - 1][1] < f[1] < characters[k][1] for f in frames)}
    words = [[reader.characters[characters[0][0]]]]
    for k in range(1, len(characters)):
        if reader._word_break(characters, k, decoded, gaps, space_probability, 20.0, 2.0):
            words.append([])
        words[-1].append(reader.characters[characters[k][0]])
    return ["".join(w) for w in words]


def test_no_space_beside_a_separator_between_digits_even_a_decoded_one() -> None:
    reader = get_reader()
    # Monospaced receipt fonts centre "." and ":" in a wide cell: the recogniser decodes a space.
    assert _words_of(reader, "TOTAL 73. 00") == ["TOTAL", "73.00"]
    assert _words_of(reader, "TIME 19 :21") == ["TIME", "19:21"]
    assert _words_of(reader, "DATE 18/ 04/2017") == ["DATE", "18/04/2017"]
    # A wide blank beside the separator, no space decoded: still one number.
    assert _words_of(reader, "RM4.00", gaps_px={2: 14, 3: 14}, hints={2: 0.5, 3: 0.5}) == ["RM4.00"]
    # Not between two digits: the decoded space stays.
    assert _words_of(reader, "NO. 31G") == ["NO.", "31G"]
    assert _words_of(reader, "TOTAL: 12.00") == ["TOTAL:", "12.00"]
    assert _words_of(reader, "6,8, 10") == ["6,8,", "10"]
    assert _words_of(reader, "GST N0: 000394") == ["GST", "N0:", "000394"]  # "No" misread: a label
    assert _words_of(reader, "AT 6: 42PM") == ["AT", "6:42PM"]


def test_brackets_and_colons_take_a_hinted_space_and_brackets_hug_their_content() -> None:
    reader = get_reader()
    # Touching glyphs (no blank at all) but the recogniser's hint: spaced off.
    hinted = {7: 0.3, 11: 0.3}  # after "BAKERIES" and after ")"
    assert _words_of(reader, "BAKERIES(KL)SDN", hints=hinted, decode_spaces=False) == ["BAKERIES", "(KL)", "SDN"]
    assert _words_of(reader, "DATE:17/03", hints={4: 0.2}) == ["DATE:", "17/03"]
    # Without a hint a touching bracket stays joined (the ink gap rules decide).
    assert _words_of(reader, "BAKERIES(KL)SDN", decode_spaces=False) == ["BAKERIES(KL)SDN"]
    # A wide blank inside the brackets is no word gap.
    assert _words_of(reader, "(KL)", gaps_px={2: 14}) == ["(KL)"]
    assert _words_of(reader, "(KL)", gaps_px={0: 14}) == ["(KL)"]


def test_a_reading_that_only_restores_merged_repeats_is_recognised() -> None:
    from engine.ppocr import _merged_repeats

    assert _merged_repeats("1,250,00", "1,250,000")
    assert _merged_repeats("biling@", "billing@")
    assert not _merged_repeats("1,250,000", "1,250,000")  # nothing restored
    assert not _merged_repeats("1,250,00", "1,260,000")  # a different reading, not a restored repeat
    assert not _merged_repeats("1,250,000", "1,250,00")


def test_a_line_is_cut_out_with_a_margin_and_its_own_rows_are_known() -> None:
    from engine.ppocr import _cut_out

    margin = 0.15  # PpOcrSettings.line_margin (off by default: see margin)
    image = np.full((400, 600), 255, dtype=np.uint8)
    box = np.array([[100, 100], [400, 100], [400, 120], [100, 120]], dtype=np.float32)
    crop, matrix, (top, bottom) = _cut_out(image, box, margin)
    assert crop.ndim == 3 and crop.shape[0] == pytest.approx(20 * (1 + 2 * margin), abs=1)
    assert top == pytest.approx(20 * margin, abs=1) and bottom - top == pytest.approx(20, abs=1)
    # The box's corners land on the core rows of the cut-out.
    corners = cv2.perspectiveTransform(box.reshape(-1, 1, 2), matrix)[:, 0]
    assert corners[0, 1] == pytest.approx(top, abs=1) and corners[2, 1] == pytest.approx(bottom, abs=1)
    # At the image's edge the margin is cut short, the core rows still match the box.
    edge = np.array([[100, 0], [400, 0], [400, 20], [100, 20]], dtype=np.float32)
    crop, _, (top, bottom) = _cut_out(image, edge, margin)
    assert top == 0 and bottom == pytest.approx(20, abs=1) and crop.shape[0] < 20 * (1 + 2 * margin)


def test_close_lines_keep_their_words_boxes_to_their_own_line() -> None:
    # 12 pt type 14 pt apart: each cut-out's margin holds the neighbouring lines' ink.
    reader = PpOcrReader(settings=replace(DEFAULT_SETTINGS, line_margin=0.15))
    lines = [((72, 60 + 14 * k), text, 12) for k, text in enumerate(
        ["GARDENIA BAKERIES (KL) SDN BHD", "LOT 3, JALAN PELABUR 23/1", "40300 SHAH ALAM, SELANGOR."])]
    image, truths = _page(lines, height=140)
    words = reader.read(image)
    assert " ".join(w[0] for w in words) == " ".join(text for _, text, _ in lines)
    for (text, box, _), (_, true_box) in zip(words, truths, strict=True):
        height = true_box[3] - true_box[1]
        assert box[1] >= true_box[1] - 0.35 * height and box[3] <= true_box[3] + 0.35 * height, text


# --------------------------------------------------------------------------------------------------
# The multilingual recogniser's dictionary


def test_the_recogniser_chooses_among_ascii_latin1_and_currency_signs_only() -> None:
    reader = get_reader()
    assert reader.allowed is not None
    allowed = {reader.characters[i] for i in reader.allowed}
    # English, German, French, Spanish, Dutch and Swahili, amounts and currencies.
    for needed in ("A", "z", "0", "9", ".", ",", "/", ":", "(", "&", "é", "ß", "ü", "ñ", "œ", "£", "€", "¥", "₹"):
        assert needed in allowed, needed
    # Latin Extended, other scripts and space-like entries are never chosen: on Malaysian receipts a
    # smudged "A" became "Ā"; an ideographic space would be a "character" inside a word.
    for refused in ("ā", "Ś", "ğ", "中", "Ж", "α", "\u3000"):
        assert refused not in allowed, refused
    assert [i for i in reader.allowed if reader.characters[i].isspace()] == [reader.space]


class _FixedRecogniser:
    """Stands in for the recogniser session: every input gets the same per-column probabilities."""

    def __init__(self, columns: list[dict[int, float]], classes: int) -> None:
        self.columns = columns
        self.classes = classes

    def run(self, _outputs: object, feeds: dict[str, np.ndarray]) -> list[np.ndarray]:
        (batch,) = feeds.values()
        out = np.zeros((batch.shape[0], len(self.columns), self.classes), dtype=np.float32)
        for t, column in enumerate(self.columns):
            for index, p in column.items():
                out[:, t, index] = p
        return [out]


def test_a_letter_outside_ascii_needs_a_clear_lead_and_keeps_its_own_confidence() -> None:
    reader = PpOcrReader(settings=replace(DEFAULT_SETTINGS, min_line_score=0.0))  # one uncertain letter
    index = {c: i for i, c in enumerate(reader.characters) if c}
    e, e_acute = index["E"], index["É"]
    classes = len(reader.characters)
    crop = np.full((48, 96, 3), 255, dtype=np.uint8)  # 96 px wide: 12 output columns of stride 8
    blank = {0: 1.0}

    def decode(column: dict[int, float]) -> list[tuple[str, float]]:
        reader.rec = _FixedRecogniser([blank, column] + [blank] * 10, classes)
        line = reader.recognise([crop])[0]
        return [(reader.characters[c], round(p, 3)) for c, _, p in line.frames]

    # "SÉLANGOR": the accented letter leads, but not by the factor NON_ASCII_WEIGHT asks.
    assert decode({e_acute: 0.5, e: 0.3, 0: 0.2}) == [("E", 0.3)]
    # A clear reading stays accented ("Café"), with its own probability as the confidence.
    assert decode({e_acute: 0.9, e: 0.05, 0: 0.05}) == [("É", 0.9)]


def test_words_part_in_the_middle_of_the_widest_blank_between_their_characters() -> None:
    from engine.ppocr import _parting

    # "Date: 21": the ":" is narrow, the "2" wide; their output columns' centres are at 161 and
    # 179 px, halfway (170) is already the "2"'s first ink column.
    empty = np.zeros(200, dtype=bool)
    empty[161:168] = True  # the blank after ":" ...
    empty[185:187] = True  # ... and a narrower one inside the "2"'s neighbourhood (not between)
    px_per_column = 4.66
    assert _parting(empty, 34, 38, px_per_column) == pytest.approx(164.5)
    # No blank between the two columns: halfway between their edges, as before.
    assert _parting(np.zeros(200, dtype=bool), 34, 38, px_per_column) == pytest.approx(36.5 * px_per_column)
