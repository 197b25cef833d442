"""Every result, whichever path produced it, keeps the contract in shared/contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import engine
from engine.datasets import document_files
from engine.result import (
    SCALAR_PATHS,
    ErrorInfo,
    ExtractionResult,
    FieldValue,
    TierTrace,
    failed_result,
)

TESTS_DIR = Path(__file__).resolve().parent
SHARED_SCHEMA = TESTS_DIR.parents[1] / "shared" / "contract" / "result.schema.json"
LOCAL_SCHEMA = TESTS_DIR / "contract" / "result.schema.json"
SAMPLE_DIR = TESTS_DIR.parent / "corpus" / "sample"

ERROR_CODES = ("unsupported_format", "corrupt_file", "encrypted", "empty_document", "too_large",
               "too_many_pages", "image_too_large", "timeout", "internal_error")

SCALAR_VALUES = {
    "document_date": "2024-08-21",
    "vendor_information.vendor_name": "ABC Suppliers Ltd",
    "vendor_information.vendor_id": "VENDOR_001",
    "vendor_information.tax_id": "P051234567M",
    "vendor_information.address": "PO Box 123-00100, Nairobi",
    "customer_information.customer_name": "East African Breweries PLC",
    "customer_information.customer_id": "C-77",
    "customer_information.address": "Ruaraka, Nairobi",
    "financial_data.total_amount": 1250.0,
    "financial_data.currency": "KES",
    "financial_data.tax_amount": 200.0,
    "financial_data.net_amount": 1050.0,
    "payment_terms.due_date": "2024-09-20",
    "payment_terms.payment_terms": "Net 30",
    "payment_terms.discount_terms": "2/10 Net 30",
    "payment_information.payment_reference": "TRX-991",
    "payment_information.payment_date": "2024-09-01",
    "payment_information.payment_amount": 1250.0,
}


def full_result() -> ExtractionResult:
    def fv(value: object, tier: str = "pattern_matching") -> FieldValue:
        return FieldValue(value, 0.93, tier, page=1, bbox=(10.0, 20.0, 110.5, 32.25), text=str(value))

    fields = {path: fv(value) for path, value in SCALAR_VALUES.items()}
    fields["vendor_information.vendor_id"] = fv("VENDOR_001", "reference")
    fields.update({
        "invoice_ids.0": fv("INV-2024-001"), "invoice_ids.1": fv("INV-2024-002"),
        "payment_information.allocations.0.invoice_id": fv("INV-2024-001"),
        "payment_information.allocations.0.amount": fv(1000.0),
        "payment_information.allocations.1.invoice_id": fv("INV-2024-002"),
        "payment_information.allocations.1.amount": fv(-250.0),
        "line_items.0.description": fv("Product A"), "line_items.0.quantity": fv(10),
        "line_items.0.unit_price": fv(100.0), "line_items.0.amount": fv(1000.0),
        "line_items.1.description": fv("Service B"), "line_items.1.amount": fv(50.0),
    })
    return ExtractionResult(
        status="success", document_id="doc_3f9a1c0b2d4e", processing_time_ms=4.1, tier_used="ocr_model",
        confidence=0.94, cost=0.0012, fields=fields, document_type="remittance_advice", pages=2,
        quality_score=0.92, source_file="remit.pdf", source_format="pdf_scanned",
        tiers=[TierTrace("pattern_matching", 0.6, 0.0, 3.2, "escalated", "invoice_ids doubtful"),
               TierTrace("ocr_model", 0.94, 0.0012, 120.0, "accepted"),
               TierTrace("llm", 0.0, 0.0, 0.0, "skipped", "not needed")],
        extra_metadata={"page_range": [1, 2]},
    )


def test_result_with_every_field_filled_validates(validate_result) -> None:
    data = full_result().to_dict()
    validate_result(data)
    results = data["results"]
    assert results["invoice_ids"] == ["INV-2024-001", "INV-2024-002"]
    assert results["line_items"][1] == {"description": "Service B", "quantity": None, "unit_price": None,
                                        "amount": 50.0}
    assert results["payment_information"]["allocations"][1] == {"invoice_id": "INV-2024-002", "amount": -250.0}
    for path, value in SCALAR_VALUES.items():
        assert data["fields"][path]["value"] == value
    assert data["fields"]["vendor_information.vendor_id"]["tier"] == "reference"
    json.dumps(data)


@pytest.mark.parametrize("code", ERROR_CODES)
def test_failed_results_validate(validate_result, code: str) -> None:
    data = failed_result("doc_000000000000", code, "cannot read", source_file=None,
                         processing_time_ms=0.5).to_dict()
    validate_result(data)
    assert data["status"] == "failed" and data["error"] == {"code": code, "message": "cannot read"}
    assert data["fields"] == {} and data["results"]["invoice_ids"] == []


@pytest.mark.parametrize("payload", [b"", b"this is not a document", b"%PDF-1.7\n garbage"])
def test_unreadable_input_gives_a_valid_failed_result(engine_instance, validate_result, payload: bytes) -> None:
    results = engine_instance.extract_batch(payload)
    assert len(results) == 1
    data = results[0].to_dict()
    validate_result(data)
    assert data["status"] == "failed"
    assert data["error"]["code"] in ERROR_CODES


def test_missing_file_gives_a_valid_failed_result(engine_instance, validate_result, tmp_path) -> None:
    data = engine_instance.extract(tmp_path / "nope.pdf").to_dict()
    validate_result(data)
    assert data["status"] == "failed"
    assert data["metadata"]["source_file"] == "nope.pdf"


def test_generated_pdf_result_validates(engine_instance, validate_result, make_pdf) -> None:
    for result in engine_instance.extract_batch(make_pdf()):
        data = result.to_dict()
        validate_result(data)
        assert data["status"] in ("success", "needs_review")
        assert data["metadata"]["pages"] == 1


SAMPLE_FILES = document_files(SAMPLE_DIR) if SAMPLE_DIR.is_dir() else []


@pytest.mark.skipif(not SAMPLE_FILES, reason="corpus/sample holds no documents in this checkout")
def test_bundled_sample_results_validate(engine_instance, validate_result) -> None:
    files = SAMPLE_FILES
    for path in files:
        for result in engine_instance.extract_batch(path):
            data = result.to_dict()
            validate_result(data)
            assert data["status"] != "failed", (path.name, data["error"])


def test_validator_catches_broken_results(result_problems) -> None:
    good = full_result().to_dict()
    assert result_problems(good) == []

    def broken(change) -> list[str]:
        data = json.loads(json.dumps(good))
        change(data)
        return result_problems(data)

    assert broken(lambda d: d.update(confidence=1.5))
    assert broken(lambda d: d.pop("tiers"))
    assert broken(lambda d: d["results"]["financial_data"].update(currency="shillings"))
    assert broken(lambda d: d["results"].update(document_date="21/08/2024"))
    assert broken(lambda d: d["metadata"].update(document_type="bill"))
    assert broken(lambda d: d.update(tier_used="tier1"))
    # fields and results must agree both ways
    assert broken(lambda d: d["fields"]["financial_data.total_amount"].update(value=1.0))
    assert broken(lambda d: d["fields"].update({"financial_data.total": d["fields"]["financial_data.currency"]}))
    assert broken(lambda d: d["fields"].pop("line_items.0.amount"))


def test_every_to_dict_output_is_recorded(contract_recorder) -> None:
    before = contract_recorder.seen
    full_result().to_dict()
    assert contract_recorder.seen == before + 1


def test_scalar_paths_cover_the_schema(schema) -> None:
    properties = schema["properties"]["results"]["properties"]
    from_schema = {"document_date"} | {
        f"{group}.{leaf}" for group, spec in properties.items() if spec.get("type") == "object"
        for leaf, leaf_spec in spec["properties"].items() if leaf_spec.get("type") != "array"}
    assert from_schema == set(SCALAR_PATHS)


@pytest.mark.skipif(not SHARED_SCHEMA.is_file(), reason="shared/contract is not beside this checkout")
def test_schema_copy_matches_shared_contract() -> None:
    assert json.loads(LOCAL_SCHEMA.read_text()) == json.loads(SHARED_SCHEMA.read_text()), (
        f"tests/contract/result.schema.json is stale: copy {SHARED_SCHEMA} over it")


EXPECTED_PUBLIC_API = [
    "CashUpError",
    "ConfigurationError",
    "CorruptFileError",
    "Document",
    "EmptyDocumentError",
    "EncryptedError",
    "Engine",
    "EngineConfig",
    "ExtractionResult",
    "ExtractionTimeoutError",
    "FieldValue",
    "ImageTooLargeError",
    "InputError",
    "InputLimits",
    "RoutingPolicy",
    "TierTrace",
    "TooLargeError",
    "TooManyPagesError",
    "UnsupportedFormatError",
    "__version__",
    "extract",
    "load_document",
]


def test_public_api_is_pinned() -> None:
    assert sorted(engine.__all__) == EXPECTED_PUBLIC_API, "engine.__all__ changed: update this list on purpose"
    for name in engine.__all__:
        assert hasattr(engine, name), name
    assert isinstance(ErrorInfo("x", "y").to_dict(), dict)
