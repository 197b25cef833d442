"""Engine-level behaviour: input forms, idempotent ids, batches, hidden text, thread safety,
logging hygiene and the router's trace."""

from __future__ import annotations

import io
import logging
from concurrent.futures import ThreadPoolExecutor

import pymupdf
import pytest

from engine import Engine, EngineConfig, RoutingPolicy
from engine.calibration import CALIBRATION_FILE, Calibration
from engine.resources import models_dir

INVOICE_LINES = [
    ((50, 60), "Acme Supplies Ltd", 16),
    ((50, 80), "P.O. Box 123-00100, Nairobi", 10),
    ((50, 94), "PIN: P051234567M", 10),
    ((380, 60), "TAX INVOICE", 14),
    ((380, 90), "Invoice No: INV-2024-001", 10),
    ((380, 104), "Date: 21/08/2024", 10),
    ((380, 118), "Due Date: 20/09/2024", 10),
    ((50, 150), "Bill To:", 10),
    ((50, 164), "East African Breweries PLC", 10),
    ((50, 178), "Ruaraka, Nairobi", 10),
    ((50, 230), "Description", 10), ((300, 230), "Qty", 10), ((380, 230), "Unit Price", 10),
    ((480, 230), "Amount", 10),
    ((50, 246), "Product A", 10), ((300, 246), "10", 10), ((380, 246), "100.00", 10), ((480, 246), "1,000.00", 10),
    ((50, 262), "Product B", 10), ((300, 262), "1", 10), ((380, 262), "50.00", 10), ((480, 262), "50.00", 10),
    ((380, 300), "Subtotal", 10), ((480, 300), "1,050.00", 10),
    ((380, 314), "VAT 16%", 10), ((480, 314), "168.00", 10),
    ((380, 328), "Total KES", 10), ((480, 328), "1,218.00", 10),
    ((50, 360), "Previous balance 5,000.00", 10),
    ((50, 374), "Terms: Net 30", 10),
]


def invoice_pdf(extra: list[tuple[tuple[float, float], str, float, dict]] | None = None, pages: int = 1,
                number: str = "INV-2024-001") -> bytes:
    document = pymupdf.open()
    for index in range(pages):
        page = document.new_page()
        for position, text, size in INVOICE_LINES:
            page.insert_text(position, text.replace("INV-2024-001", f"{number}{'' if pages == 1 else index}"),
                             fontsize=size)
        for position, text, size, options in extra or []:
            page.insert_text(position, text, fontsize=size, **options)
    return document.tobytes()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def test_reads_a_digital_invoice(engine):
    result = engine.extract(invoice_pdf(), source_name="invoice.pdf")
    values = result.results
    # Calibrated: the document's confidence is the chance that every reported unit is right, from
    # the calibrated unit confidences through the fitted document model.
    assert result.status == ("success" if result.confidence >= 0.85 else "needs_review"), result.tiers
    calibration = Calibration.load(models_dir() / CALIBRATION_FILE)
    assert calibration is not None
    failed_checks = [part.strip() for t in result.tiers if t.reason for part in t.reason.split(";")
                     if part.strip().startswith("check ")]
    assert result.confidence == pytest.approx(calibration.document_confidence(
        result.fields, document_type="invoice", doubtful=failed_checks), abs=1e-3)
    assert result.tier_used == "pattern_matching"
    assert result.document_type == "invoice"
    assert values["invoice_ids"] == ["INV-2024-001"]
    assert values["document_date"] == "2024-08-21"
    assert values["payment_terms"]["due_date"] == "2024-09-20"
    assert values["payment_terms"]["payment_terms"] == "Net 30"
    assert values["financial_data"] == {"total_amount": 1218.0, "currency": "KES", "tax_amount": 168.0,
                                        "net_amount": 1050.0}
    assert values["vendor_information"]["vendor_name"] == "Acme Supplies Ltd"
    assert values["vendor_information"]["tax_id"] == "P051234567M"
    assert values["customer_information"]["customer_name"] == "East African Breweries PLC"
    assert values["customer_information"]["address"] == "Ruaraka, Nairobi"
    assert [item["amount"] for item in values["line_items"]] == [1000.0, 50.0]
    assert [item["description"] for item in values["line_items"]] == ["Product A", "Product B"]
    total = result.fields["financial_data.total_amount"]
    assert total.page == 1 and total.text == "1,218.00" and total.bbox is not None
    assert total.basis == "right+checked"  # confirmed by net + tax = total
    assert total.confidence >= 0.9


def test_path_bytes_and_file_object_give_the_same_result(engine, tmp_path):
    data = invoice_pdf()
    path = tmp_path / "invoice.pdf"
    path.write_bytes(data)
    results = [engine.extract(path), engine.extract(data), engine.extract(io.BytesIO(data))]
    assert len({r.document_id for r in results}) == 1
    assert results[0].results == results[1].results == results[2].results
    assert results[0].source_file == "invoice.pdf"


def test_hidden_text_never_supplies_a_value(engine):
    traps = [((380, 342), "TOTAL 999,999.00", 10, {"color": (1, 1, 1)}),
             ((380, 76), "Invoice No: FAKE-1", 10, {"render_mode": 3}),
             ((50, 400), "Grand Total 777,777.00", 0.5, {})]
    result = engine.extract(invoice_pdf(traps))
    assert result.results["financial_data"]["total_amount"] == 1218.0
    assert result.results["invoice_ids"] == ["INV-2024-001"]
    assert all("999" not in (f.text or "") and "FAKE" not in str(f.value) for f in result.fields.values())


def test_batch_pdf_splits_into_one_result_per_document(engine):
    results = engine.extract_batch(invoice_pdf(pages=3, number="INV-7"))
    assert [r.results["invoice_ids"] for r in results] == [["INV-70"], ["INV-71"], ["INV-72"]]
    assert [r.extra_metadata["page_range"] for r in results] == [[1, 1], [2, 2], [3, 3]]
    assert [r.fields["financial_data.total_amount"].page for r in results] == [1, 2, 3]
    assert len({r.document_id for r in results}) == 3
    single = engine.extract(invoice_pdf(pages=3, number="INV-7"))
    assert single.pages == 3


def test_continuation_pages_stay_in_one_document(engine):
    document = pymupdf.open()
    for index in range(2):
        page = document.new_page()
        page.insert_text((380, 60), "INVOICE", fontsize=14)
        page.insert_text((380, 90), "Invoice No: INV-9")
        page.insert_text((380, 760), f"Page {index + 1} of 2")
    page.insert_text((380, 300), "Total: 10.00")
    assert len(engine.extract_batch(document.tobytes())) == 1


def test_engine_is_safe_to_share_between_threads(engine):
    documents = [invoice_pdf(number=f"INV-{n}") for n in range(6)]
    sequential = [engine.extract(d).results for d in documents]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(lambda d: engine.extract(d).results, documents * 2))
    assert threaded == sequential * 2


def test_logs_never_carry_document_contents(engine, caplog):
    with caplog.at_level(logging.DEBUG, logger="engine"):
        engine.extract(invoice_pdf())
        engine.extract(b"%PDF-1.7 garbage that is not a pdf")
    text = "\n".join(record.getMessage() for record in caplog.records if record.levelno >= logging.INFO)
    for secret in ("Acme", "INV-2024-001", "1,218.00", "Breweries"):
        assert secret not in text


def test_tier_preference_and_trace(engine):
    result = engine.extract(invoice_pdf(), tier_preference="tier1")
    assert [t.tier for t in result.tiers] == ["pattern_matching"]
    strict = engine.extract(invoice_pdf(), threshold=1.0)
    assert strict.status == "needs_review"
    assert strict.tiers[0].outcome == "escalated" and strict.tiers[0].reason
    assert strict.results == result.results  # the best result is still returned


def test_threshold_comes_from_the_policy():
    lenient = Engine(EngineConfig(policy=RoutingPolicy(threshold=0.1)))
    assert lenient.extract(invoice_pdf()).status == "success"
