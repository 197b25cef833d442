"""Tier 2's PP-OCR reader (engine.ppocr) and its place in the OCR layer and the engine.

Text is drawn with PyMuPDF, so every word's true position is known from the text layer; the page is
rasterised and read back. About 10 s of CPU in all (the models load once per process).
"""

from __future__ import annotations

import json

import numpy as np
import pymupdf
import pytest
from test_ocr import INVOICE  # the page Tesseract's tests read; tests/ is on sys.path under pytest

from engine.api import Engine, EngineConfig
from engine.document import load_document
from engine.ocr import OcrOptions, OcrUnavailableError, ocr_available, ocr_document_with_report
from engine.ppocr import DET_MODEL, REC_MODEL, PpOcrReader, default_model_dir, models_present, read_words

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
