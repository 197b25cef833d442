"""Builders of good and bad input files for the loader tests: every file is made in memory.

No binary is committed: PDFs come from PyMuPDF, images from OpenCV, the rest from raw bytes.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib
from pathlib import Path

import cv2
import numpy as np
import pymupdf

REPO = Path(__file__).resolve().parents[1]


def schema_path() -> Path:
    """The contract schema: shared/contract beside the checkout, else the tests' own copy."""
    shared = Path(__file__).resolve().parents[2] / "shared/contract/result.schema.json"
    return shared if shared.is_file() else REPO / "tests/contract/result.schema.json"


# ------------------------------------------------------------------------------------------ PDFs

INVOICE_LINES = [
    "ACME Supplies Ltd",
    "Invoice No: INV-2024-001",
    "Invoice Date: 21/08/2024",
    "Bill To: East African Breweries PLC",
    "Product A   10   100.00   1,000.00",
    "Total: KES 1,160.00",
]


def text_pdf(pages: int = 1, lines: list[str] | None = None, **save: object) -> bytes:
    document = pymupdf.open()
    for number in range(pages):
        page = document.new_page()
        for index, line in enumerate(lines or INVOICE_LINES):
            page.insert_text((72, 72 + 18 * index), line, fontsize=11)
        page.insert_text((72, 760), f"Page {number + 1} of {pages}", fontsize=8)
    data = document.tobytes(**save)
    document.close()
    return data


def padded_pdf(pages: int = 3) -> bytes:
    """A text PDF whose objects are spread out (no compression), for truncation tests."""
    return text_pdf(pages=pages, lines=INVOICE_LINES * 4)


def truncated_pdf(fraction: float = 0.6) -> bytes:
    data = padded_pdf()
    return data[: int(len(data) * fraction)]


def garbage_middle_pdf() -> bytes:
    data = bytearray(padded_pdf())
    rng = random.Random(7)
    middle = len(data) // 2
    data[middle:middle + 400] = bytes(rng.randrange(256) for _ in range(400))
    return bytes(data)


def encrypted_pdf() -> bytes:
    return text_pdf(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="x", owner_pw="y")


def owner_only_pdf() -> bytes:
    """Encrypted with an owner password only: opens without one, printing/copying restricted."""
    return text_pdf(encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="y", permissions=pymupdf.PDF_PERM_PRINT)


def zero_page_pdf() -> bytes:
    """A well-formed PDF (correct xref, nothing to repair) whose page tree is empty."""
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[]/Count 0>>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def huge_page_pdf() -> bytes:
    document = pymupdf.open()
    document.new_page(width=210 * 72, height=800)
    return document.tobytes()


def header_only_pdf() -> bytes:
    rng = random.Random(3)
    return b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(3000))


# ---------------------------------------------------------------------------------------- images


def page_image(width: int = 240, height: int = 320, text: str = "INVOICE") -> np.ndarray:
    image = np.full((height, width, 3), 255, np.uint8)
    cv2.putText(image, text, (10, height // 2), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (0, 0, 0), 2)
    return image


def encode(ext: str, image: np.ndarray | None = None, params: list[int] | None = None) -> bytes:
    ok, buffer = cv2.imencode(ext, page_image() if image is None else image, params or [])
    assert ok, ext
    return buffer.tobytes()


def multipage_tiff(sizes: list[tuple[int, int]]) -> bytes:
    ok, buffer = cv2.imencodemulti(".tiff", [page_image(w, h) for w, h in sizes])
    assert ok
    return buffer.tobytes()


def png_chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def png_with_dpi(dpi: float) -> bytes:
    data = encode(".png")
    ppm = round(dpi / 0.0254)
    return data[:33] + png_chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1)) + data[33:]


def png_bomb(width: int = 50_000, height: int = 50_000) -> bytes:
    """A PNG whose header claims a huge image; its data is a few bytes (a decompression bomb's shape)."""
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + png_chunk(b"IDAT", zlib.compress(b"\x00" * 1024)) + png_chunk(b"IEND", b""))


def truncated_png() -> bytes:
    return encode(".png")[:70]


# ------------------------------------------------------------------------------------ non-documents


def random_bytes(size: int = 4096) -> bytes:
    rng = random.Random(11)
    data = bytes(rng.randrange(256) for _ in range(size))
    return b"\x01" + data[1:]  # make sure no magic number matches by chance


def text_file() -> bytes:
    return b"Invoice No: INV-1\nTotal: 100.00\n" * 20


def zip_file() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("invoice.txt", "Invoice No: INV-1")
    return buffer.getvalue()


def docx_like() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def html_file() -> bytes:
    return b"<!DOCTYPE html><html><body><h1>Invoice INV-1</h1><p>Total 100.00</p></body></html>"


def gif_file() -> bytes:
    return b"GIF89a" + bytes(64)
