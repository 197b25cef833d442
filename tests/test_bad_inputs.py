"""Unreadable inputs: `load_document` raises the right InputError, `Engine.extract` never raises.

Each bad file goes through both paths: the loader must raise the contract's error class, and the
Engine must return a `status: failed` result with that `error.code`, empty `results`, and a
serialisation that validates against the contract schema.
"""

from __future__ import annotations

import io
import json
import time
import tracemalloc
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

import engine
from engine.document import Document, InputLimits, load_document
from engine.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedError,
    ImageTooLargeError,
    InputError,
    TooLargeError,
    TooManyPagesError,
    UnsupportedFormatError,
)
from engine.result import empty_results

try:
    import bad_inputs as build
except ImportError:  # tests/ imported as a package
    from tests import bad_inputs as build


@cache
def validator() -> Draft202012Validator:
    return Draft202012Validator(json.loads(build.schema_path().read_text(encoding="utf-8")))


def assert_failed(result: engine.ExtractionResult, code: str) -> dict:
    data = result.to_dict()
    errors = sorted(validator().iter_errors(data), key=str)
    assert not errors, [e.message for e in errors]
    assert data["status"] == "failed"
    assert data["error"]["code"] == code, data["error"]
    assert data["error"]["message"]
    assert data["results"] == empty_results()
    assert data["fields"] == {}
    assert data["document_id"].startswith("doc_")
    return data


BAD: dict[str, tuple[Callable[[], bytes], type[InputError]]] = {
    "empty": (lambda: b"", EmptyDocumentError),
    "random_bytes": (build.random_bytes, UnsupportedFormatError),
    "text_renamed_pdf": (build.text_file, UnsupportedFormatError),
    "zip": (build.zip_file, UnsupportedFormatError),
    "docx": (build.docx_like, UnsupportedFormatError),
    "html": (build.html_file, UnsupportedFormatError),
    "gif": (build.gif_file, UnsupportedFormatError),
    "pdf_header_then_garbage": (build.header_only_pdf, CorruptFileError),
    "encrypted_pdf": (build.encrypted_pdf, EncryptedError),
    "zero_page_pdf": (build.zero_page_pdf, EmptyDocumentError),
    "damaged_zero_page_pdf": (lambda: build.zero_page_pdf().replace(b"startxref\n", b"startxref\n9"),
                              CorruptFileError),
    "page_over_200_inches": (build.huge_page_pdf, ImageTooLargeError),
    "png_bomb_header": (build.png_bomb, ImageTooLargeError),
    "truncated_png": (build.truncated_png, CorruptFileError),
}
SUFFIX = {"text_renamed_pdf": ".pdf", "docx": ".docx", "zip": ".zip", "html": ".html", "png_bomb_header": ".png",
          "truncated_png": ".png", "gif": ".gif"}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_raises_from_the_loader(name: str, tmp_path: Path) -> None:
    make, error = BAD[name]
    data = make()
    with pytest.raises(error) as raised:
        load_document(data)
    assert raised.value.code == error.code
    path = tmp_path / f"{name}{SUFFIX.get(name, '.pdf')}"
    path.write_bytes(data)
    with pytest.raises(error):
        load_document(path)
    with pytest.raises(error):
        load_document(io.BytesIO(data))


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_gives_a_failed_result(name: str, engine_instance: engine.Engine, tmp_path: Path) -> None:
    make, error = BAD[name]
    data = make()
    path = tmp_path / f"{name}{SUFFIX.get(name, '.pdf')}"
    path.write_bytes(data)
    assert_failed(engine_instance.extract(data), error.code)
    result = assert_failed(engine_instance.extract(path), error.code)
    assert result["metadata"]["source_file"] == path.name


def test_missing_and_unreadable_paths(tmp_path: Path, engine_instance: engine.Engine) -> None:
    missing = tmp_path / "nope.pdf"
    with pytest.raises(CorruptFileError, match="not found"):
        load_document(missing)
    with pytest.raises(CorruptFileError, match="directory"):
        load_document(tmp_path)
    assert_failed(engine_instance.extract(missing), "corrupt_file")
    assert_failed(engine_instance.extract(str(tmp_path)), "corrupt_file")


def test_text_mode_stream_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(build.text_pdf())
    with path.open("r", encoding="latin-1") as handle, pytest.raises(UnsupportedFormatError, match="binary"):
        load_document(handle)


def test_truncated_pdf_is_repaired_or_refused(engine_instance: engine.Engine) -> None:
    for fraction in (0.6, 0.3):
        data = build.truncated_pdf(fraction)
        try:
            document = load_document(data)
        except InputError as error:
            assert isinstance(error, CorruptFileError | EmptyDocumentError)
        else:
            assert document.repaired is True
            assert document.pages
        result = engine_instance.extract(data).to_dict()
        assert not sorted(validator().iter_errors(result), key=str)
        if result["status"] == "failed":
            assert result["error"]["code"] in ("corrupt_file", "empty_document")
        else:
            assert result["error"] is None


def test_pdf_with_garbage_in_the_middle(engine_instance: engine.Engine) -> None:
    data = build.garbage_middle_pdf()
    try:
        document = load_document(data)
    except InputError as error:
        assert isinstance(error, CorruptFileError)
    else:
        assert document.pages
    result = engine_instance.extract(data).to_dict()
    assert not sorted(validator().iter_errors(result), key=str)
    assert result["status"] != "failed" or result["error"]["code"] == "corrupt_file"


def test_owner_password_only_pdf_loads(engine_instance: engine.Engine) -> None:
    document = load_document(build.owner_only_pdf())
    assert document.source_format == "pdf_text"
    assert "INV-2024-001" in document.text
    result = engine_instance.extract(build.owner_only_pdf()).to_dict()
    assert result["status"] != "failed"


def test_file_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    limits = InputLimits(max_file_bytes=1000)
    data = build.text_pdf()
    assert len(data) > 1000
    path = tmp_path / "big.pdf"
    path.write_bytes(data)

    class Guarded(io.BytesIO):
        """A stream that fails the test if asked for more than the limit allows."""

        def read(self, size: int | None = -1) -> bytes:
            assert size is not None and 0 < size <= 1001, size
            return super().read(size)

    for source in (data, bytearray(data), memoryview(data), path, str(path), Guarded(data)):
        with pytest.raises(TooLargeError):
            load_document(source, limits=limits)
    # at the limit exactly it loads
    assert load_document(data, limits=InputLimits(max_file_bytes=len(data))).pages


def test_too_large_through_the_engine(tmp_path: Path) -> None:
    small = engine.Engine(engine.EngineConfig(limits=InputLimits(max_file_bytes=1000)))
    path = tmp_path / "big.pdf"
    path.write_bytes(build.text_pdf())
    assert_failed(small.extract(path), "too_large")
    assert_failed(small.extract(path.read_bytes()), "too_large")
    with path.open("rb") as handle:
        assert_failed(small.extract(handle), "too_large")


def test_too_many_pages() -> None:
    limits = InputLimits(max_pages=2)
    with pytest.raises(TooManyPagesError):
        load_document(build.text_pdf(pages=3), limits=limits)
    assert len(load_document(build.text_pdf(pages=2), limits=limits).pages) == 2
    with pytest.raises(TooManyPagesError):
        load_document(build.multipage_tiff([(60, 80)] * 3), limits=limits)
    small = engine.Engine(engine.EngineConfig(limits=limits))
    assert_failed(small.extract(build.text_pdf(pages=3)), "too_many_pages")
    assert_failed(small.extract(build.multipage_tiff([(60, 80)] * 3)), "too_many_pages")


def test_image_pixel_limits() -> None:
    limits = InputLimits(max_pixels_per_page=10_000, max_pixels_per_side=500)
    with pytest.raises(ImageTooLargeError, match="pixels"):
        load_document(build.encode(".png", build.page_image(200, 100)), limits=limits)  # 20,000 px
    with pytest.raises(ImageTooLargeError, match="side"):
        load_document(build.encode(".jpg", build.page_image(600, 10)), limits=limits)
    with pytest.raises(ImageTooLargeError):  # one frame of three is too large
        load_document(build.multipage_tiff([(50, 50), (400, 400), (50, 50)]), limits=limits)
    assert load_document(build.encode(".bmp", build.page_image(90, 100)), limits=limits).pages


def test_decompression_bomb_fails_fast_without_allocating(engine_instance: engine.Engine) -> None:
    for data in (build.png_bomb(), build.png_bomb(9000, 9000), build.png_bomb(40_000, 900)):
        tracemalloc.start()
        started = time.perf_counter()
        with pytest.raises(ImageTooLargeError):
            load_document(data)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert elapsed < 0.5
        assert peak < 5_000_000
    assert_failed(engine_instance.extract(build.png_bomb()), "image_too_large")


def test_mixed_batch_never_raises(tmp_path: Path, engine_instance: engine.Engine) -> None:
    good_pdf = tmp_path / "good.pdf"
    good_pdf.write_bytes(build.text_pdf())
    good_png = tmp_path / "scan.png"
    good_png.write_bytes(build.encode(".png"))
    bad = {name: make() for name, (make, _) in BAD.items()}
    sources: list[object] = [good_pdf, good_png, tmp_path / "missing.pdf", build.truncated_pdf(),
                             build.garbage_middle_pdf(), build.owner_only_pdf(), *bad.values(), good_pdf.read_bytes()]
    statuses = []
    for source in sources:
        result = engine_instance.extract(source)  # must never raise
        data = result.to_dict()
        assert not sorted(validator().iter_errors(data), key=str)
        assert data["error"] is None or data["error"]["code"] != "internal_error", data["error"]
        statuses.append(data["status"])
    assert statuses[0] != "failed" and statuses[-1] != "failed"
    assert statuses.count("failed") >= len(bad) + 1


def test_loaded_documents_are_documents() -> None:
    assert isinstance(load_document(build.owner_only_pdf()), Document)
