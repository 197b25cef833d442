"""Tier 2's OCR half: rendering, preprocessing, Tesseract into the Document model, and the tier.

The documents are generated here: an invoice drawn with PyMuPDF (so every word's true position is
known from its text layer), rasterised at 200 dpi into a PNG and into an image-only PDF.
"""

from __future__ import annotations

import math
import os
from dataclasses import replace

import cv2
import numpy as np
import pymupdf
import pytest

from engine.api import EngineConfig
from engine.document import load_document
from engine.ocr import (
    OcrOptions,
    detect_orientation,
    ocr_document,
    ocr_document_with_report,
    repair_digits,
    shutdown_pool,
    tesseract_available,
)
from engine.preprocess import (
    PreprocessOptions,
    content_box,
    detect_skew,
    estimate_text_height,
    invert_dark_bands,
    prepare,
    remove_rules,
    rotate,
    rotate_quadrant,
    to_gray,
)
from engine.tiers.base import TierResult
from engine.tiers.ocr_model import OcrModelTier, page_factor, word_factor

needs_tesseract = pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")

# (origin in points, text, font size): an invoice with the fields tier 1 must find.
INVOICE = [
    ((72, 80), "ACME SUPPLIES LTD", 16),
    ((72, 100), "12 Harbour Road, Mombasa", 12),
    ((400, 80), "INVOICE", 18),
    ((72, 160), "Invoice No: INV-2024-0173", 13),
    ((72, 182), "Invoice Date: 21/08/2024", 13),
    ((72, 204), "Due Date: 20/09/2024", 13),
    ((72, 250), "Bill To: Blue Lake Traders", 13),
    ((72, 320), "Description", 12), ((330, 320), "Qty", 12), ((400, 320), "Price", 12), ((480, 320), "Amount", 12),
    ((72, 345), "Office chairs", 12), ((330, 345), "4", 12), ((400, 345), "250.00", 12), ((480, 345), "1,000.00", 12),
    ((330, 420), "Subtotal", 13), ((480, 420), "1,000.00", 13),
    ((330, 442), "VAT 16%", 13), ((480, 442), "160.00", 13),
    ((330, 470), "Total Due", 14), ((480, 470), "1,160.00", 14),
]
TOTAL, DATE, NUMBER = 1160.0, "2024-08-21", "INV-2024-0173"


def invoice_pdf(lines: list[tuple[tuple[float, float], str, int]] = INVOICE) -> bytes:
    document = pymupdf.open()
    page = document.new_page(width=612, height=792)
    for point, text, size in lines:
        page.insert_text(point, text, fontsize=size, fontname="helv")
    return document.tobytes()


def rasterise(pdf: bytes, dpi: int = 200) -> bytes:
    with pymupdf.open(stream=pdf, filetype="pdf") as document:
        return document[0].get_pixmap(dpi=dpi).tobytes("png")


def image_only_pdf(pngs: list[bytes]) -> bytes:
    document = pymupdf.open()
    for png in pngs:
        page = document.new_page(width=612, height=792)
        page.insert_image(page.rect, stream=png)
    return document.tobytes()


def png_of(image: np.ndarray, dpi: int | None = 200) -> bytes:
    ok, encoded = cv2.imencode(".png", image)
    assert ok
    data = encoded.tobytes()
    if dpi is None:
        return data
    # Write the resolution as a pHYs chunk (before IDAT) so the page is sized in real points.
    import struct
    import zlib

    ppm = round(dpi / 0.0254)
    body = b"pHYs" + struct.pack(">IIB", ppm, ppm, 1)
    chunk = struct.pack(">I", 9) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    idat = data.index(b"IDAT") - 4
    return data[:idat] + chunk + data[idat:]


def decode(png: bytes) -> np.ndarray:
    return cv2.imdecode(np.frombuffer(png, dtype=np.uint8), cv2.IMREAD_COLOR)


@pytest.fixture(scope="module")
def tier() -> OcrModelTier:
    return OcrModelTier(EngineConfig())


@pytest.fixture(scope="module")
def invoice_png() -> bytes:
    return rasterise(invoice_pdf())


@pytest.fixture(scope="module")
def png_result(tier: OcrModelTier, invoice_png: bytes) -> TierResult:
    if not tesseract_available():
        pytest.skip("tesseract is not installed")
    return tier.run(load_document(invoice_png), None)


def value(result: TierResult, path: str) -> object:
    field = result.fields.get(path)
    return field.value if field is not None else None


def assert_invoice_read(result: TierResult) -> None:
    assert result.tier == "ocr_model" and result.available
    assert value(result, "invoice_ids.0") == NUMBER
    assert value(result, "document_date") == DATE
    assert value(result, "financial_data.total_amount") == pytest.approx(TOTAL)
    for path, field in result.fields.items():
        assert field.tier == "ocr_model", path
        assert 0.0 <= field.confidence <= 1.0, path
    assert 0.0 < result.confidence <= 1.0
    assert 0.5 < result.quality_score <= 1.0
    assert result.cost >= 0.0 and result.time_ms > 0


# --------------------------------------------------------------------------------------------------
# The tier on whole documents


@needs_tesseract
def test_tier_reads_the_invoice_from_a_png(png_result: TierResult) -> None:
    assert_invoice_read(png_result)
    assert png_result.document is not None
    words = [w for page in png_result.document.pages for w in page.words]
    assert words and all(w.source == "ocr" and 0.0 <= w.confidence <= 1.0 for w in words)


@needs_tesseract
def test_ocr_boxes_are_in_points_where_the_text_was_drawn(png_result: TierResult) -> None:
    truth = load_document(invoice_pdf()).pages[0]
    page = png_result.document.pages[0]  # type: ignore[union-attr]
    assert (page.width, page.height) == pytest.approx((612.0, 792.0))
    for word in page.words:
        x0, y0, x1, y1 = word.bbox
        assert 0 <= x0 < x1 <= page.width and 0 <= y0 < y1 <= page.height
    matched = 0
    size_errors = []
    for word in page.words:
        same = [w for w in truth.words if w.text == word.text]
        if same and len(word.text) >= 3:
            expected = min(same, key=lambda w: abs(w.y_center - word.y_center) + abs(w.x_center - word.x_center))
            # The PDF box is the font's line box, the OCR box the ink: corners agree within 10 pt.
            assert all(abs(a - b) <= 10 for a, b in zip(word.bbox, expected.bbox, strict=True)), (word, expected)
            size_errors.append(abs(word.font_size - expected.font_size))
            matched += 1
    assert matched >= 20
    assert float(np.median(size_errors)) <= 1.5 and max(size_errors) <= 5  # font size in points, roughly
    total = png_result.fields["financial_data.total_amount"]
    assert total.page == 1 and total.bbox is not None
    assert abs(total.bbox[0] - 480) <= 10 and abs(total.bbox[3] - 470) <= 10  # drawn at baseline (480, 470)


def test_the_field_model_scores_the_tiers_fields(png_result: TierResult) -> None:
    from engine.field_model import default_model
    from engine.tiers.ocr_model import is_model_value

    if default_model() is None:
        pytest.skip("models/field_model.onnx not built")
    scored = {path for path, field in png_result.fields.items() if is_model_value(field)}
    assert {"financial_data.total_amount", "document_date", "invoice_ids.0"} <= scored
    for path in scored:
        assert 0.0 < png_result.fields[path].confidence <= 1.0, path
        assert png_result.fields[path].tier == "ocr_model"


@needs_tesseract
def test_tier_reads_an_image_only_pdf(tier: OcrModelTier, invoice_png: bytes) -> None:
    document = load_document(image_only_pdf([invoice_png]))
    assert document.source_format == "pdf_scanned" and not document.pages[0].has_text_layer
    result = tier.run(document, None)
    assert_invoice_read(result)
    assert result.document is not None and result.document.source_format == "pdf_scanned"
    assert result.document.content_hash == document.content_hash
    page = result.document.pages[0]
    assert (page.width, page.height) == (612.0, 792.0)
    total = result.fields["financial_data.total_amount"].bbox
    assert total is not None and abs(total[0] - 480) <= 10 and abs(total[3] - 470) <= 10


@needs_tesseract
def test_reuses_an_ocred_document_and_leaves_text_layers_alone(tier: OcrModelTier, png_result: TierResult) -> None:
    again = tier.run(load_document(rasterise(invoice_pdf())), png_result)
    assert again.document is png_result.document  # nothing read twice
    assert value(again, "financial_data.total_amount") == pytest.approx(TOTAL)
    digital = load_document(invoice_pdf())
    result = tier.run(digital, None)
    assert not result.available and "no image-only page" in (result.unavailable_reason or "")
    assert result.document is digital


def test_field_model_reranks_a_text_layer_without_ocr() -> None:
    """With `model_on_text_layer`, tier 2 gives a digital document the field model's second opinion
    on tier 1's candidates: the text layer's own words, no OCR, the invoice read as tier 1 reads it."""
    tier = OcrModelTier(EngineConfig(model_on_text_layer=True))
    if tier.field_model is None:
        pytest.skip("no bundled field model")
    digital = load_document(invoice_pdf())
    result = tier.run(digital, None)
    assert result.available and result.document is digital
    assert all(word.source != "ocr" for page in digital.pages for word in page.words)
    assert_invoice_read(result)


@needs_tesseract
def test_only_pages_without_a_text_layer_are_ocred(tier: OcrModelTier, invoice_png: bytes) -> None:
    mixed = pymupdf.open(stream=invoice_pdf(), filetype="pdf")
    mixed.insert_pdf(pymupdf.open(stream=image_only_pdf([invoice_png]), filetype="pdf"))
    document = load_document(mixed.tobytes())
    assert [p.has_text_layer for p in document.pages] == [True, False]
    ocred, report = ocr_document_with_report(document, dpi=200)
    assert ocred.pages[0] is document.pages[0]  # the text layer is kept as loaded
    assert [p.number for p in report.pages] == [2]
    assert ocred.pages[1].words and all(w.source == "ocr" for w in ocred.pages[1].words)
    assert ocred.source_format == document.source_format


@needs_tesseract
def test_a_quarter_turned_image_still_reads_the_total(tier: OcrModelTier, invoice_png: bytes) -> None:
    turned = png_of(rotate_quadrant(decode(invoice_png), 90))
    result = tier.run(load_document(turned), None)
    assert value(result, "financial_data.total_amount") == pytest.approx(TOTAL)
    page = result.document.pages[0]  # type: ignore[union-attr]
    # The loaded page is landscape; read upright it is the portrait invoice, its boxes in that frame.
    assert page.rotation == 270 and (page.width, page.height) == (612.0, 792.0)
    total = result.fields["financial_data.total_amount"].bbox
    assert total is not None and abs(total[0] - 480) <= 10 and abs(total[3] - 470) <= 10


@needs_tesseract
def test_a_skewed_image_still_reads_the_total(tier: OcrModelTier, invoice_png: bytes) -> None:
    skewed, _ = rotate(to_gray(decode(invoice_png)), 3.0)
    result = tier.run(load_document(png_of(skewed)), None)
    assert value(result, "financial_data.total_amount") == pytest.approx(TOTAL)


@needs_tesseract
def test_a_sub_degree_skew_keeps_wide_lines_together() -> None:
    """0.9 degrees is too little to rotate the image for, but across 450 pt it tilts a line by 7 pt:
    the words are grouped as if straightened, so label and amount stay on one line."""
    wide = [((72, 100), "ACME SUPPLIES LTD", 14), ((72, 420), "Amount Due", 13), ((520, 420), "1,234.50", 13)]
    wide += [((72, 200 + 30 * i), f"Item number {i} description", 12) for i in range(6)]
    wide += [((520, 200 + 30 * i), f"{i + 1}0.00", 12) for i in range(6)]
    skewed, _ = rotate(to_gray(decode(rasterise(invoice_pdf(wide)))), 0.9)
    ocred, report = ocr_document_with_report(load_document(png_of(skewed)))
    assert not any(step.startswith("deskew") for step in report.pages[0].steps)  # not resampled
    texts = [line.text for line in ocred.pages[0].lines]
    assert "Amount Due 1,234.50" in texts and "Item number 5 description 60.00" in texts


@needs_tesseract
def test_small_text_is_read_again_enlarged(tier: OcrModelTier) -> None:
    tiny = load_document(rasterise(invoice_pdf(), dpi=66))  # 12 pt type is 8 px tall
    ocred, report = ocr_document_with_report(tiny)
    assert "small text: read again" in report.pages[0].steps and report.pages[0].confidence > 0.85
    result = tier.run(tiny, TierResult(tier="ocr_model", document=ocred))
    assert value(result, "financial_data.total_amount") == pytest.approx(TOTAL)
    assert value(result, "invoice_ids.0") == NUMBER


@needs_tesseract
def test_a_blank_image_gives_no_fields(tier: OcrModelTier) -> None:
    blank = np.full((1100, 850, 3), 255, dtype=np.uint8)
    result = tier.run(load_document(png_of(blank, dpi=100)), None)
    assert result.fields == {}
    assert not result.available and result.confidence == 0.0
    assert any("no text" in reason for reason in result.doubtful)


@needs_tesseract
def test_a_tesseract_timeout_costs_the_page_not_the_document(invoice_png: bytes) -> None:
    big = cv2.resize(decode(invoice_png), None, fx=2, fy=2)
    document = load_document(png_of(big, dpi=400))
    ocred, report = ocr_document_with_report(document, timeout_s=0.001)
    assert report.pages[0].timed_out and report.timed_out == [1]
    assert ocred.pages[0].words == () and ocred.pages[0].lines == ()
    tier = OcrModelTier(EngineConfig())
    tier.timeout_s = 0.001
    result = tier.run(document, None)
    assert result.fields == {} and any("timed out" in reason for reason in result.doubtful)


@needs_tesseract
def test_pool_and_sequential_ocr_give_the_same_words(invoice_png: bytes) -> None:
    second = invoice_pdf([(p, t.replace("0173", "0174"), s) for p, t, s in INVOICE])
    third = invoice_pdf(INVOICE[:8])
    document = load_document(image_only_pdf([invoice_png, rasterise(second), rasterise(third)]))
    sequential = ocr_document(document, workers=1, dpi=200)
    pooled, report = ocr_document_with_report(document, workers=3, dpi=200)
    assert [p.words for p in pooled.pages] == [p.words for p in sequential.pages]
    assert [p.lines for p in pooled.pages] == [p.lines for p in sequential.pages]
    assert all(p.in_pool for p in report.pages) and report.pool_cpu_s > 0
    assert any(w.text == "INV-2024-0174" for w in pooled.pages[1].words)


def _die(task: object) -> None:
    os._exit(3)  # a pool worker killed mid-page (out of memory, say)


@needs_tesseract
def test_a_dead_pool_worker_costs_no_page(monkeypatch: pytest.MonkeyPatch, invoice_png: bytes) -> None:
    import engine.ocr

    document = load_document(image_only_pdf([invoice_png, invoice_png]))
    shutdown_pool()
    monkeypatch.setattr(engine.ocr, "_ocr_page_in_pool", _die)
    try:
        ocred, report = ocr_document_with_report(document, workers=2, dpi=150)
    finally:
        shutdown_pool()
    assert all(page.words for page in ocred.pages)  # read in this process instead
    assert not any(p.in_pool for p in report.pages)


def test_without_tesseract_the_tier_is_unavailable(monkeypatch: pytest.MonkeyPatch, invoice_png: bytes) -> None:
    import engine.ocr

    monkeypatch.setattr(engine.ocr, "_available", False)
    result = OcrModelTier(EngineConfig(ocr_engine="tesseract")).run(load_document(invoice_png), None)
    assert not result.available and result.unavailable_reason == "tesseract not installed"
    assert result.fields == {}
    # The default reader, PP-OCR, needs only onnxruntime: it still reads (orientation checks, which
    # are Tesseract's, are skipped).
    result = OcrModelTier(EngineConfig()).run(load_document(invoice_png), None)
    assert value(result, "financial_data.total_amount") == pytest.approx(TOTAL)


# --------------------------------------------------------------------------------------------------
# Preprocessing and the OCR layer's pieces


def text_image(lines: int = 14, height: int = 1400, width: int = 1000) -> np.ndarray:
    image = np.full((height, width), 255, dtype=np.uint8)
    for i in range(lines):
        cv2.putText(image, f"Line {i} of the receipt: TOTAL 12.50 RM", (60, 100 + i * 85),
                    cv2.FONT_HERSHEY_SIMPLEX, 1.1, 0, 2, cv2.LINE_AA)
    return image


@pytest.mark.parametrize("angle", [-7.0, -2.5, 0.0, 1.2, 4.0])
def test_detect_skew_recovers_a_known_angle(angle: float) -> None:
    rotated, _ = rotate(text_image(), angle)
    assert detect_skew(rotated) == pytest.approx(-angle, abs=0.5)


def test_deskew_maps_boxes_back_onto_the_input() -> None:
    rotated, forward = rotate(text_image(), 4.0)
    prepared = prepare(rotated, PreprocessOptions(rescale=False, deskew=True, crop=False, clear_border=False))
    assert prepared.skew == pytest.approx(-4.0, abs=0.5)
    # A point of the straightened image maps back to where it lies in the skewed input.
    h, w = prepared.image.shape
    box = prepared.map_box((w / 2 - 10, h / 2 - 5, w / 2 + 10, h / 2 + 5))
    centre = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
    assert centre == pytest.approx((rotated.shape[1] / 2, rotated.shape[0] / 2), abs=3)


def test_rescale_reduces_huge_text_and_enlarges_small_text_when_asked() -> None:
    plain = PreprocessOptions(crop=False, clear_border=False, deskew=False)
    huge = cv2.resize(text_image(), None, fx=3, fy=3, interpolation=cv2.INTER_CUBIC)
    reduced = prepare(huge, plain)
    assert reduced.scale < 0.8 and 30 <= estimate_text_height(reduced.image) <= 42  # type: ignore[operator]
    small = cv2.resize(text_image(), None, fx=0.35, fy=0.35, interpolation=cv2.INTER_AREA)
    height = estimate_text_height(small)
    assert height is not None and height < 14
    assert prepare(small, plain).scale == 1.0  # not by default: engine.ocr decides from Tesseract's words
    prepared = prepare(small, replace(plain, min_text_px=14.0))
    assert prepared.scale > 1.5 and prepared.image.shape[1] > small.shape[1] * 1.5
    assert prepared.map_box((100.0, 100.0, 200.0, 120.0)) == pytest.approx(
        (100 / prepared.scale, 100 / prepared.scale, 200 / prepared.scale, 120 / prepared.scale))


def test_content_box_finds_a_small_receipt_on_a_large_sheet() -> None:
    sheet = np.full((3000, 2200), 250, dtype=np.uint8)
    receipt = cv2.resize(text_image(), None, fx=0.6, fy=0.6)
    sheet[900:900 + receipt.shape[0], 700:700 + receipt.shape[1]] = receipt
    rng = np.random.default_rng(1)
    for y, x in rng.integers(0, 2200, size=(40, 2)):  # isolated specks
        sheet[y:y + 3, x:x + 3] = 0
    ys, xs = np.nonzero(receipt < 128)
    ink = (700 + xs.min(), 900 + ys.min(), 700 + xs.max(), 900 + ys.max())
    box = content_box(sheet)
    assert box is not None
    x0, y0, x1, y1 = box
    assert x0 <= ink[0] and y0 <= ink[1] and x1 >= ink[2] and y1 >= ink[3]  # all the text is kept
    assert (x1 - x0) * (y1 - y0) < 0.2 * sheet.size  # and most of the sheet is not


@needs_tesseract
def test_detect_orientation_of_an_upside_down_page(invoice_png: bytes) -> None:
    gray = to_gray(decode(invoice_png))
    assert detect_orientation(rotate_quadrant(gray, 180), OcrOptions())[0] == 180
    assert detect_orientation(gray, OcrOptions())[0] == 0


def test_repair_digits_only_in_mostly_digit_tokens() -> None:
    assert repair_digits("1,25O.OO") == "1,250.00"
    assert repair_digits("2O24-08-2l") == "2024-08-21"
    assert repair_digits("BOX") == "BOX"
    assert repair_digits("Total") == "Total"
    assert repair_digits("S8.20") == "S8.20"  # "$8.20" misread: a leading S is not made a 5
    assert repair_digits("INV-2O24") == "INV-2O24"  # as many letters as digits: left alone


def test_confidence_factors() -> None:
    assert word_factor(None) == 1.0 and word_factor(0.95) == 1.0
    assert word_factor(0.0) == pytest.approx(0.5) and 0.5 < word_factor(0.6) < 1.0
    assert page_factor(1.0) == 1.0 and page_factor(0.0) == pytest.approx(0.6)
    assert math.isclose(page_factor(0.45), 0.6 + 0.4 * 0.5)


def _bar_page() -> np.ndarray:
    """A page with a dark header bar holding white headings, boxed cells under it, and a large
    heavy title whose letter stems are as tall as a cell border."""
    page = np.full((700, 1400), 255, dtype=np.uint8)
    cv2.putText(page, "INVOICE", (60, 150), cv2.FONT_HERSHEY_SIMPLEX, 4.0, 0, 18, cv2.LINE_AA)
    page[260:320, 60:1340] = 40
    cv2.putText(page, "Description        Qty      Amount", (80, 302), cv2.FONT_HERSHEY_SIMPLEX, 1.1, 255, 2,
                cv2.LINE_AA)
    for y in (320, 400, 480):
        page[y:y + 3, 60:1340] = 0
    for x in (60, 900, 1100, 1337):
        page[320:483, x:x + 3] = 0
    cv2.putText(page, "Toner cartridge", (80, 372), cv2.FONT_HERSHEY_SIMPLEX, 1.1, 0, 2, cv2.LINE_AA)
    cv2.putText(page, "2 350,00", (1130, 372), cv2.FONT_HERSHEY_SIMPLEX, 1.1, 0, 2, cv2.LINE_AA)
    return page


def test_light_headings_on_a_dark_bar_become_dark_on_light() -> None:
    page = _bar_page()
    out = invert_dark_bands(page, 24.0)
    bar = out[262:318, 62:1338]
    assert float((bar > 128).mean()) > 0.8  # the bar is now light ...
    assert (bar < 128).any()  # ... with the headings dark on it
    assert np.array_equal(out[324:700], page[324:700])  # nothing below the bar and its edge is touched
    plain = np.full((300, 800), 255, dtype=np.uint8)
    cv2.putText(plain, "TOTAL 12.50", (40, 150), cv2.FONT_HERSHEY_SIMPLEX, 1.5, 0, 3, cv2.LINE_AA)
    assert invert_dark_bands(plain, 24.0) is plain


def test_cell_borders_are_whitened_and_letters_kept() -> None:
    page = _bar_page()
    out = remove_rules(page, 24.0)
    assert (out[400:403, 70:890] > 200).all() and (out[330:390, 900:903] > 200).all()  # the grid is gone
    title = (page[40:160, 40:700] < 128).sum()
    assert (out[40:160, 40:700] < 128).sum() > 0.9 * title  # the heavy title's stems are no rules
    cell = out[330:395, 1110:1330]
    assert (cell < 128).sum() == (page[330:395, 1110:1330] < 128).sum()  # the amount in its cell is whole
    assert remove_rules(np.full((200, 200), 255, dtype=np.uint8), 24.0).shape == (200, 200)
