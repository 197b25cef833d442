"""A thin drawing layer over PyMuPDF: base-14 (or embedded Nimbus clones) text, rules, boxes, pages."""

from __future__ import annotations

import datetime as dt
import functools

import pymupdf

FAMILIES = {
    "helv": {"r": "helv", "b": "hebo", "i": "heit", "bi": "hebi"},
    "tiro": {"r": "tiro", "b": "tibo", "i": "tiit", "bi": "tibi"},
    "cour": {"r": "cour", "b": "cobo", "i": "coit", "bi": "cobi"},
}
GREY = (0.42, 0.42, 0.42)
LIGHT = (0.75, 0.75, 0.75)
BLACK = (0, 0, 0)
WHITE = (1, 1, 1)

PRODUCERS = ["Microsoft Word - Invoice Template", "QuickBooks Online", "Sage 50 Accounting", "Tally.ERP 9",
             "wkhtmltopdf 0.12.6", "Odoo", "Zoho Invoice", "SAP Business One", "Xero", "LibreOffice Writer",
             "DATEV Unternehmen online", "Exact Online", "Holded", "Pennylane"]


@functools.cache
def font_obj(name: str) -> pymupdf.Font:
    return pymupdf.Font(name)


_ADVANCE: dict[str, dict[str, float]] = {}


def text_width(name: str, s: str, size: float) -> float:
    """Width of `s` in font `name` (per-character advances, cached; base-14 text has no kerning)."""
    table = _ADVANCE.setdefault(name, {})
    total = 0.0
    for ch in s:
        adv = table.get(ch)
        if adv is None:
            adv = table[ch] = font_obj(name).text_length(ch, fontsize=1.0)
        total += adv
    return total * size


class Canvas:
    def __init__(self, width: float, height: float, body: str = "helv", head: str = "helv",
                 embed: bool = False) -> None:
        self.doc = pymupdf.open()
        self.W, self.H = width, height
        self.body, self.head = body, head
        self.embed = embed
        self.page: pymupdf.Page | None = None
        self._embedded: set[tuple[int, str]] = set()
        self._shapes: dict[int, pymupdf.Shape] = {}
        self.new_page()

    # ----------------------------------------------------------------- pages
    def new_page(self, width: float | None = None, height: float | None = None) -> pymupdf.Page:
        if self.page is not None:
            self.flush()  # adding a page orphans existing Page objects (and their shapes)
        self.page = self.doc.new_page(width=width or self.W, height=height or self.H)
        return self.page

    @property
    def page_count(self) -> int:
        return self.doc.page_count

    def goto(self, index: int) -> None:
        self.flush()
        self.page = self.doc[index]

    @property
    def shape(self) -> pymupdf.Shape:
        """One pending Shape per page (much faster than page-level calls). Within a shape all drawings
        come first and text on top, which is what every layout wants."""
        n = self.page.number
        if n not in self._shapes:
            self._shapes[n] = self.page.new_shape()
        return self._shapes[n]

    def flush(self) -> None:
        """Write pending drawing/text to the pages (needed before reading a page back)."""
        for _n, sh in sorted(self._shapes.items()):
            sh.commit()
        self._shapes.clear()

    # ----------------------------------------------------------------- fonts
    def fontname(self, style: str) -> str:
        fam = self.body
        if style.startswith("h"):
            fam, style = self.head, style[1:]
        elif style.startswith("m"):
            fam, style = "cour", style[1:]
        return FAMILIES[fam][style or "r"]

    def width(self, s: str, style: str = "r", size: float = 10) -> float:
        return text_width(self.fontname(style), s, size)

    def wrap(self, s: str, maxw: float, style: str = "r", size: float = 10) -> list[str]:
        words = s.split(" ")
        lines: list[str] = []
        cur = ""
        for w in words:
            cand = f"{cur} {w}" if cur else w
            if cur and self.width(cand, style, size) > maxw:
                lines.append(cur)
                cur = w
            else:
                cur = cand
        if cur:
            lines.append(cur)
        return lines or [""]

    def fit(self, s: str, maxw: float, style: str, size: float, minsize: float = 5.5) -> float:
        while size > minsize and self.width(s, style, size) > maxw:
            size -= 0.25
        return size

    # ----------------------------------------------------------------- drawing
    def text(self, x: float, y: float, s: str, style: str = "r", size: float = 10,
             color: tuple = BLACK, align: str = "l", mode: int = 0) -> float:
        """Write `s` with its baseline at y; align l/r/c relative to x. Returns the text width."""
        if not s:
            return 0.0
        name = self.fontname(style)
        w = self.width(s, style, size)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.embed:
            key = (self.page.number, name)
            fname = "E" + name
            if key not in self._embedded:
                self.page.insert_font(fontname=fname, fontbuffer=font_obj(name).buffer)
                self._embedded.add(key)
        else:
            fname = name
            try:
                s.encode("latin-1")
            except UnicodeEncodeError as e:  # base-14 fonts cannot show it: a generator bug
                raise ValueError(f"text not representable in base-14 font: {s!r}") from e
        self.shape.insert_text((x, y), s, fontname=fname, fontsize=size, color=color, render_mode=mode)
        return w

    def line(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.5, color: tuple = BLACK,
             dashes: str | None = None) -> None:
        sh = self.shape
        sh.draw_line((x0, y0), (x1, y1))
        sh.finish(color=color, width=w, dashes=dashes, closePath=False)

    def rect(self, x0: float, y0: float, x1: float, y1: float, stroke: tuple | None = BLACK,
             fill: tuple | None = None, w: float = 0.5) -> None:
        sh = self.shape
        sh.draw_rect(pymupdf.Rect(x0, y0, x1, y1))
        sh.finish(color=stroke, fill=fill, width=w)

    # ----------------------------------------------------------------- output
    def finish(self, date: dt.date, producer: str, title: str = "") -> bytes:
        self.flush()
        stamp = f"D:{date.year:04d}{date.month:02d}{date.day:02d}101500Z"
        self.doc.set_metadata({"producer": producer, "creator": producer, "creationDate": stamp,
                               "modDate": stamp, "title": title, "author": "", "subject": "", "keywords": ""})
        if self.embed:
            self.doc.subset_fonts()
        data = self.doc.tobytes(garbage=3, deflate=True, no_new_id=True)
        self.doc.close()
        return data
