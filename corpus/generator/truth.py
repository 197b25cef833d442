"""Truth JSON from a `Doc`, and the check that everything the truth claims is printed on the page."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pymupdf

from . import fmt
from .model import Doc


def _qty(q: Decimal) -> int | float:
    return int(q) if q == q.to_integral_value() else float(q)


def _amt(cents: int | None, sign: int) -> float | None:
    if cents is None:
        return None
    v = fmt.to_float(sign * cents)
    return 0.0 if v == 0 else v


def results(doc: Doc) -> dict[str, Any]:
    sign = -1 if doc.doc_type == "credit_note" else 1
    t = doc.doc_type
    if t in ("invoice", "credit_note", "receipt"):
        ids = [doc.number]
    elif t == "remittance_advice":
        ids = [r.invoice_no for r in doc.remit_rows]
    else:
        ids = []
    v = doc.vendor
    vendor = {"vendor_name": v.name, "vendor_id": doc.vendor_id,
              "tax_id": v.tax_id if doc.show_vendor_tax else None,
              "address": ", ".join(v.address) if doc.show_vendor_address and v.address else None}
    c = doc.customer
    if c is None:
        customer = {"customer_name": None, "customer_id": None, "address": None}
    else:
        customer = {"customer_name": c.name, "customer_id": doc.customer_id,
                    "address": ", ".join(c.address) if doc.show_customer_address and c.address else None}
    money_doc = t in ("invoice", "credit_note", "receipt")
    financial = {
        "total_amount": _amt(doc.total, sign),
        "currency": doc.currency,
        "tax_amount": _amt(doc.tax, sign) if money_doc and doc.show_tax and doc.tax is not None else None,
        "net_amount": _amt(doc.net, sign) if money_doc and doc.show_subtotal and doc.net is not None else None,
    }
    terms = {"due_date": doc.due_date.isoformat() if doc.due_date else None,
             "payment_terms": doc.terms_text, "discount_terms": doc.discount_text}
    if t == "remittance_advice":
        payment = {"payment_reference": doc.pay_ref, "payment_date": doc.pay_date.isoformat(),
                   "payment_amount": _amt(doc.total, 1),
                   "allocations": [{"invoice_id": r.invoice_no, "amount": _amt(r.paid, 1)} for r in doc.remit_rows]}
    else:
        payment = {"payment_reference": None, "payment_date": None, "payment_amount": None, "allocations": []}
    lines = []
    if money_doc:
        lines = [{"description": it.desc, "quantity": _qty(it.qty), "unit_price": _amt(it.unit, sign),
                  "amount": _amt(it.amount, sign)} for it in doc.items]
    return {"invoice_ids": ids, "document_date": doc.date.isoformat(), "vendor_information": vendor,
            "customer_information": customer, "financial_data": financial, "payment_terms": terms,
            "payment_information": payment, "line_items": lines}


def truth_record(doc: Doc, source_format: str = "pdf_text") -> dict[str, Any]:
    return {"document_type": doc.doc_type, "locale": doc.loc.code, "layout": doc.layout,
            "source_format": source_format, "results": results(doc)}


# ------------------------------------------------------------------------------------------ visibility
def _is_dark_fill(fill: tuple | None) -> bool:
    return fill is not None and (0.299 * fill[0] + 0.587 * fill[1] + 0.114 * fill[2]) < 0.6


def visible_text(page: pymupdf.Page) -> str:
    """The text a reader sees: drops render-mode-3 text (alpha 0) and white text not on a dark fill."""
    dark = [pymupdf.Rect(d["rect"]) for d in page.get_drawings() if _is_dark_fill(d.get("fill"))]
    out = []
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            spans = []
            for s in line["spans"]:
                if s.get("alpha", 255) == 0:
                    continue
                col = s["color"]
                r, g, b = (col >> 16) & 255, (col >> 8) & 255, col & 255
                if min(r, g, b) > 235:
                    box = pymupdf.Rect(s["bbox"])
                    centre = pymupdf.Point((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2)
                    if not any(centre in d for d in dark):
                        continue
                if not pymupdf.Rect(s["bbox"]).intersects(page.rect):
                    continue
                spans.append(s["text"])
            if spans:
                out.append(" ".join(spans))
    return "\n".join(out)


def normalise(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def pdf_visible_text(data: bytes) -> str:
    with pymupdf.open(stream=data, filetype="pdf") as d:
        return "\n".join(visible_text(p) for p in d)


def pdf_raw_text(data: bytes) -> str:
    with pymupdf.open(stream=data, filetype="pdf") as d:
        return "\n".join(p.get_text() for p in d)


def expected_strings(doc: Doc) -> list[tuple[str, list[str]]]:
    """(field, candidates): at least one candidate must be visible for the truth to be honest."""
    out: list[tuple[str, list[str]]] = []
    t = doc.doc_type

    def add(name: str, *cands: str | None) -> None:
        cs = [c for c in cands if c]
        if cs:
            out.append((name, cs))

    if t in ("invoice", "credit_note", "receipt"):
        add("number", doc.number)
    add("date", doc.d(doc.date))
    add("vendor_name", doc.vendor.name)
    if doc.show_vendor_address:
        for i, ln in enumerate(doc.vendor.address):
            add(f"vendor_address.{i}", ln)
    if doc.show_vendor_tax:
        add("vendor_tax", doc.vendor.tax_id)
    add("vendor_id", doc.vendor_id)
    if doc.customer:
        add("customer_name", doc.customer.name)
        if doc.show_customer_address:
            for i, ln in enumerate(doc.customer.address):
                add(f"customer_address.{i}", ln)
    add("customer_id", doc.customer_id)
    add("total", doc.num(doc.total))
    add("currency", doc.currency, doc.marker.strip())
    if t in ("invoice", "credit_note", "receipt"):
        if doc.show_subtotal and doc.net is not None:
            add("net", doc.num(doc.net))
        if doc.show_tax and doc.tax is not None:
            if len(doc.tax_parts) > 1 and not doc.show_tax_total:
                for i, (_, a) in enumerate(doc.tax_parts):
                    add(f"tax_part.{i}", doc.num(a))
            else:
                add("tax", doc.num(doc.tax))
        for i, it in enumerate(doc.items):
            add(f"line.{i}.amount", doc.num(it.amount))
            add(f"line.{i}.unit", doc.num(it.unit))
            add(f"line.{i}.qty", doc.qty(it.qty))
            for w in it.desc.split():
                add(f"line.{i}.desc", w)
    if doc.due_date:
        add("due_date", doc.d(doc.due_date))
    add("terms", doc.terms_text)
    if doc.discount_text:
        for w in doc.discount_text.split():
            add("discount", w)
    if t == "remittance_advice":
        add("pay_ref", doc.pay_ref)
        add("pay_date", doc.d(doc.pay_date))
        for i, r in enumerate(doc.remit_rows):
            add(f"alloc.{i}.invoice", r.invoice_no)
            add(f"alloc.{i}.paid", doc.num(r.paid))
    return out


def verify(doc: Doc, pdf: bytes) -> list[str]:
    """Names of truth fields whose printed form is not visible in `pdf` (empty when honest)."""
    text = normalise(pdf_visible_text(pdf))
    missing = [name for name, cands in expected_strings(doc) if not any(normalise(c) in text for c in cands)]
    raw = pdf_raw_text(pdf)
    for trap in doc.traps:
        if normalise(trap["text"]) in text or trap["text"] not in raw:
            missing.append(f"trap:{trap['text']}")
    return missing
