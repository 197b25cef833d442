"""The scorer on hand-made results and truths, and the dataset readers it scores."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from engine.datasets import (
    CorpusItem,
    Truth,
    load_corpus,
    load_sroie,
    parse_amount_text,
    parse_truth,
    read_sroie_boxes,
    scan_corpus,
    simple_parse_date,
    sroie_split,
    sroie_truth,
)
from engine.document import Document
from engine.evaluation import (
    DocumentRecord,
    EvaluationReport,
    calibration_table,
    evaluate,
    flatten_results,
    percentile,
    values_match,
)
from engine.result import ErrorInfo, ExtractionResult, FieldValue

SROIE_DIR = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "sroie_dev"


# ---------------------------------------------------------------------------------------------------
# Helpers: hand-made results and a fake engine


def make_result(values: dict[str, Any], *, status: str = "success", confidence: float = 0.9,
                document_type: str = "invoice", tier: str | None = "pattern_matching", cost: float = 0.0,
                error: ErrorInfo | None = None) -> ExtractionResult:
    return ExtractionResult(
        status=status, document_id="doc_test", processing_time_ms=1.0, tier_used=tier, confidence=confidence,
        cost=cost, fields={p: FieldValue(v, confidence, tier or "pattern_matching") for p, v in values.items()},
        document_type=document_type, error=error,
    )


class FakeEngine:
    """Returns prepared results by file name: `batch` for extract_batch, `single` for extract."""

    def __init__(self, batch: dict[str, list[ExtractionResult]], single: dict[str, ExtractionResult] | None = None):
        self.batch, self.single = batch, single or {}
        self.calls: list[tuple[str, str]] = []

    def extract_batch(self, source: Any, tier_preference: str = "auto", threshold: float | None = None):
        name = Path(source).name
        self.calls.append(("batch", name))
        if name == "boom.pdf":
            raise RuntimeError("engine bug")
        return self.batch[name]

    def extract(self, source: Any, tier_preference: str = "auto", threshold: float | None = None):
        name = Path(source).name
        self.calls.append(("single", name))
        return self.single[name]


def truth(results: dict[str, Any], document_type: str = "invoice", **extra: Any) -> Truth:
    return Truth(document_type=document_type, results=results, extra=extra)


def run(pairs: list[tuple[Truth, ExtractionResult]]) -> EvaluationReport:
    items = [CorpusItem(Path(f"doc{i}.pdf"), [t]) for i, (t, _) in enumerate(pairs)]
    engine = FakeEngine({f"doc{i}.pdf": [r] for i, (_, r) in enumerate(pairs)})
    return evaluate(engine, items)


INVOICE_TRUTH = {
    "invoice_ids": ["INV-1"],
    "document_date": "2024-08-21",
    "financial_data": {"total_amount": 100.0, "currency": "USD"},
}


# ---------------------------------------------------------------------------------------------------
# Field scoring


def test_three_of_four_right_fields() -> None:
    result = make_result({"invoice_ids.0": "INV-1", "document_date": "2024-08-21",
                          "financial_data.total_amount": 100.004, "financial_data.currency": "EUR"})
    report = run([(truth(INVOICE_TRUTH), result)])
    assert report.truth_fields == (3, 4)
    assert report.truth_fields_right == 0.75
    assert report.reported_fields_right == 0.75
    doc = report.documents[0]
    assert not doc.all_right
    assert doc.wrong == [{"path": "financial_data.currency", "truth": "USD", "predicted": "EUR"}]
    assert report.fields["financial_data.currency"].to_dict()["accuracy"] == 0.0
    assert report.fields["financial_data.total_amount"].to_dict()["accuracy"] == 1.0
    assert report.fields["document_type"].right == 1
    assert report.to_dict()["truth_fields"] == {"n": 4, "right": 3, "accuracy": 0.75}


def test_false_positive_counts_as_wrong() -> None:
    result = make_result({"financial_data.total_amount": 100.0, "financial_data.tax_amount": 5.0})
    report = run([(truth({"financial_data": {"total_amount": 100.0}}), result)])
    assert report.truth_fields == (1, 1)
    assert report.reported_fields == (1, 2)
    assert report.reported_fields_right == 0.5
    tax = report.fields["financial_data.tax_amount"]
    assert (tax.n, tax.right) == (1, 0)
    assert not report.documents[0].all_right


def test_fields_null_on_both_sides_are_not_counted() -> None:
    report = run([(truth({"financial_data": {"total_amount": 5.0, "tax_amount": None}}),
                   make_result({"financial_data.total_amount": 5.0}))])
    assert set(report.fields) == {"document_type", "financial_data.total_amount"}
    assert report.documents[0].all_right
    assert report.fully_right == 1.0


def test_labelled_fields_limit_scoring() -> None:
    labelled = ["financial_data.total_amount", "invoice_ids"]
    result = make_result({"financial_data.total_amount": 5.0, "financial_data.currency": "MYR",
                          "invoice_ids.0": "R-1", "line_items.0.amount": 5.0}, document_type="receipt")
    report = run([(truth({"financial_data": {"total_amount": 5.0}, "invoice_ids": ["R-1"]}, "invoice",
                         labelled_fields=labelled), result)])
    assert report.truth_fields == (2, 2)
    assert report.reported_fields == (2, 2)
    assert report.documents[0].all_right
    assert set(report.fields) == {"financial_data.total_amount"}  # document_type not labelled here
    assert report.line_items.predicted == 0


def test_missed_truth_field_is_wrong_and_not_reported() -> None:
    report = run([(truth({"document_date": "2024-01-02", "financial_data": {"total_amount": 5.0}}),
                   make_result({"financial_data.total_amount": 5.0}))])
    assert report.truth_fields == (1, 2)
    assert report.reported_fields == (1, 1)
    assert not report.documents[0].all_right


def test_amount_tolerance() -> None:
    assert values_match("financial_data.total_amount", 100.0, 100.004)
    assert values_match("financial_data.total_amount", 100.0, 99.995)
    assert not values_match("financial_data.total_amount", 100.0, 100.006)
    assert values_match("financial_data.total_amount", "RM 1,234.50", 1234.5)
    assert not values_match("financial_data.total_amount", 100.0, None)
    assert values_match("line_items.0.quantity", 10, 10.0)


def test_dates() -> None:
    assert values_match("document_date", "2018-10-19", "2018-10-19")
    assert not values_match("document_date", "2018-10-19", "2018-10-20")
    assert values_match("document_date", "19/10/2018", "2018-10-19", locale="MY")
    assert values_match("payment_terms.due_date", "2024-09-20", "2024-09-20")


def test_ids_and_text() -> None:
    assert values_match("vendor_information.vendor_id", " v-001 ", "V-001")
    assert values_match("vendor_information.vendor_name", "ABC  Suppliers Ltd", "abc suppliers ltd")
    assert not values_match("vendor_information.vendor_name", "ABC Suppliers Ltd.", "ABC Suppliers Ltd")
    assert values_match("financial_data.currency", "kes", "KES")


def test_normalised_and_fuzzy_text_scores() -> None:
    report = run([(truth({"vendor_information": {"vendor_name": "ABC Suppliers Ltd."}}),
                   make_result({"vendor_information.vendor_name": "abc suppliers ltd"}))])
    row = report.fields["vendor_information.vendor_name"].to_dict()
    assert row["accuracy"] == 0.0
    assert row["normalised_accuracy"] == 1.0
    assert 0.9 < row["fuzzy"] < 1.0
    assert report.fields["document_type"].to_dict()["fuzzy"] is None


def test_invoice_id_precision_and_recall() -> None:
    result = make_result({"invoice_ids.0": "inv-1", "invoice_ids.1": "INV-2", "invoice_ids.2": "INV-9"})
    report = run([(truth({"invoice_ids": ["INV-1", "INV-2", "INV-3"]}), result)])
    ids = report.invoice_ids
    assert (ids.matched, ids.predicted, ids.truth) == (2, 3, 3)
    assert ids.precision == pytest.approx(0.6667) and ids.recall == pytest.approx(0.6667)
    assert report.truth_fields == (2, 3)
    assert report.reported_fields == (2, 3)
    wrong = report.documents[0].wrong
    assert {"path": "invoice_ids", "truth": "INV-3", "predicted": None} in wrong
    assert {"path": "invoice_ids", "truth": None, "predicted": "INV-9"} in wrong


def test_allocations_precision_and_recall() -> None:
    truth_results = {"payment_information": {"allocations": [
        {"invoice_id": "INV-1", "amount": 100.0}, {"invoice_id": "INV-2", "amount": 50.0}]}}
    result = make_result({
        "payment_information.allocations.0.invoice_id": "INV-1", "payment_information.allocations.0.amount": 100.0,
        "payment_information.allocations.1.invoice_id": "INV-2", "payment_information.allocations.1.amount": 40.0,
    }, document_type="remittance_advice")
    report = run([(truth(truth_results, "remittance_advice"), result)])
    alloc = report.allocations
    assert (alloc.matched, alloc.predicted, alloc.truth) == (1, 2, 2)
    assert alloc.precision == 0.5 and alloc.recall == 0.5
    assert report.truth_fields == (1, 2)


def test_line_items_amounts_and_descriptions() -> None:
    truth_results = {"line_items": [
        {"description": "Widget A", "quantity": 1, "unit_price": 10.0, "amount": 10.0},
        {"description": "Widget B", "quantity": 2, "unit_price": 10.0, "amount": 20.0},
        {"description": "Service C", "quantity": None, "unit_price": None, "amount": 30.0},
    ]}
    result = make_result({
        "line_items.0.description": "widget a.", "line_items.0.amount": 10.0,
        "line_items.1.description": "Something else", "line_items.1.amount": 30.0,
        "line_items.2.amount": 99.0,
    })
    report = run([(truth(truth_results), result)])
    lines = report.line_items
    assert (lines.matched, lines.predicted, lines.truth) == (2, 3, 3)
    assert report.line_descriptions_truth == 3 and report.line_descriptions_right == 1
    assert report.to_dict()["line_items"]["description_match_rate"] == pytest.approx(0.3333)
    assert report.truth_fields == (2, 3)


def test_flatten_results_paths() -> None:
    flat = flatten_results({
        "invoice_ids": ["A", "B"], "financial_data": {"total_amount": 1.0, "currency": None},
        "payment_information": {"allocations": [{"invoice_id": "A", "amount": 1.0}]},
        "line_items": [{"description": "x", "amount": None}],
    })
    assert flat == {"invoice_ids.0": "A", "invoice_ids.1": "B", "financial_data.total_amount": 1.0,
                    "payment_information.allocations.0.invoice_id": "A",
                    "payment_information.allocations.0.amount": 1.0, "line_items.0.description": "x"}


# ---------------------------------------------------------------------------------------------------
# Documents, batches, failures


def test_batch_results_pair_with_truth_documents_in_order() -> None:
    item = CorpusItem(Path("batch.pdf"), [
        Truth("invoice", {"invoice_ids": ["A-1"]}, pages=[1]),
        Truth("invoice", {"invoice_ids": ["A-2"]}, pages=[2]),
    ])
    engine = FakeEngine({"batch.pdf": [make_result({"invoice_ids.0": "A-1"}),
                                       make_result({"invoice_ids.0": "A-2"})]})
    report = evaluate(engine, [item])
    assert [d.id for d in report.documents] == ["batch#1", "batch#2"]
    assert all(d.all_right for d in report.documents)
    assert engine.calls == [("batch", "batch.pdf")]


def test_batch_with_fewer_results_records_missing_documents() -> None:
    item = CorpusItem(Path("batch.pdf"), [Truth("invoice", {"invoice_ids": ["A-1"]}),
                                          Truth("invoice", {"invoice_ids": ["A-2"]})])
    report = evaluate(FakeEngine({"batch.pdf": [make_result({"invoice_ids.0": "A-1"})]}), [item])
    assert [d.status for d in report.documents] == ["success", "missing"]
    assert report.truth_fields == (1, 2)
    assert report.status_counts() == {"success": 1, "missing": 1}
    assert report.calibration()["buckets"][3]["count"] == 1  # missing documents have no confidence


def test_single_truth_falls_back_to_extract_when_batch_splits() -> None:
    item = CorpusItem(Path("one.pdf"), [truth({"invoice_ids": ["A-1"]})])
    engine = FakeEngine({"one.pdf": [make_result({}), make_result({})]},
                        single={"one.pdf": make_result({"invoice_ids.0": "A-1"})})
    report = evaluate(engine, [item])
    assert engine.calls == [("batch", "one.pdf"), ("single", "one.pdf")]
    assert len(report.documents) == 1 and report.documents[0].all_right


def test_failures_and_engine_exceptions_are_recorded() -> None:
    failed = make_result({}, status="failed", confidence=0.0, tier=None, document_type="unknown",
                         error=ErrorInfo("corrupt_file", "broken xref"))
    items = [CorpusItem(Path("bad.pdf"), [truth({"invoice_ids": ["X"]})]),
             CorpusItem(Path("boom.pdf"), [truth({"invoice_ids": ["Y"]})])]
    report = evaluate(FakeEngine({"bad.pdf": [failed]}, single={}), items)
    assert report.status_counts() == {"failed": 2}
    codes = {f["file"]: f["code"] for f in report.failures()}
    assert codes == {"bad.pdf": "corrupt_file", "boom.pdf": "internal_error"}
    assert report.tier_share() == {"none": 1.0}
    assert report.truth_fields == (0, 2)


def test_tier_share_cost_and_accepted() -> None:
    pairs = [
        (truth({"financial_data": {"total_amount": 1.0}}),
         make_result({"financial_data.total_amount": 1.0}, tier="pattern_matching", confidence=0.95)),
        (truth({"financial_data": {"total_amount": 2.0}}),
         make_result({"financial_data.total_amount": 2.5}, tier="pattern_matching", confidence=0.9)),
        (truth({"financial_data": {"total_amount": 3.0}}),
         make_result({"financial_data.total_amount": 3.0}, tier="ocr_model", cost=0.001, status="needs_review",
                     confidence=0.6)),
        (truth({"financial_data": {"total_amount": 4.0}}),
         make_result({"financial_data.total_amount": 4.0}, tier="llm", cost=0.01, confidence=0.97)),
    ]
    report = run(pairs)
    assert report.tier_share() == {"pattern_matching": 0.5, "ocr_model": 0.25, "llm": 0.25}
    assert report.total_cost == pytest.approx(0.011)
    accepted = report.accepted()
    assert accepted["documents"] == 3
    assert accepted["fully_right"] == pytest.approx(0.6667)
    assert accepted["field_precision"] == pytest.approx(0.6667)
    assert report.by_tier()["pattern_matching"]["truth_fields_right"] == 0.5
    assert report.status_counts() == {"success": 3, "needs_review": 1}


# ---------------------------------------------------------------------------------------------------
# Calibration and latency


def test_calibration_buckets_and_ece() -> None:
    points = [(0.2, False), (0.6, True), (0.6, False), (0.9, True), (0.97, True), (1.0, True)]
    table = calibration_table(points)
    assert [b["range"] for b in table["buckets"]] == ["[0,0.5)", "[0.5,0.7)", "[0.7,0.85)", "[0.85,0.95)",
                                                      "[0.95,1]"]
    assert [b["count"] for b in table["buckets"]] == [1, 2, 0, 1, 2]
    assert [b["fully_right"] for b in table["buckets"]] == [0.0, 0.5, None, 1.0, 1.0]
    expected = (1 / 6) * 0.2 + (2 / 6) * 0.1 + (1 / 6) * 0.1 + (2 / 6) * 0.015
    assert table["ece"] == pytest.approx(expected, abs=1e-4)
    assert calibration_table([])["ece"] is None


def test_calibration_from_evaluate() -> None:
    pairs = [
        (truth({"financial_data": {"total_amount": 1.0}}), make_result({"financial_data.total_amount": 1.0},
                                                                       confidence=0.96)),
        (truth({"financial_data": {"total_amount": 1.0}}), make_result({"financial_data.total_amount": 2.0},
                                                                       confidence=0.5)),
        (truth({"financial_data": {"total_amount": 1.0}}), make_result({"financial_data.total_amount": 1.0},
                                                                       confidence=0.7)),
    ]
    buckets = run(pairs).calibration()["buckets"]
    assert [(b["count"], b["fully_right"]) for b in buckets] == [
        (0, None), (1, 0.0), (1, 1.0), (0, None), (1, 1.0)]


def test_calibration_leaves_out_results_that_report_no_field() -> None:
    # A result with no field claims nothing; counted, it would be "every reported field right" at
    # confidence 0 and make a well-calibrated engine look underconfident.
    one = {"financial_data": {"total_amount": 1.0}}
    pairs = [(truth(one), make_result({}, confidence=0.0)),
             (truth(one), make_result({"financial_data.total_amount": 1.0}, confidence=0.96))]
    table = run(pairs).calibration()
    assert [b["count"] for b in table["buckets"]] == [0, 0, 0, 0, 1]
    assert table["left_out_no_fields"] == 1
    assert table["ece"] == pytest.approx(0.04, abs=1e-4)


def test_calibration_scores_reported_fields_and_misses_apart() -> None:
    # The contract's confidence speaks of the reported fields; a field the engine did not report is
    # a miss: it makes the document not fully right, but not wrongly reported.
    both = {"document_date": "2024-01-01", "financial_data": {"total_amount": 1.0}}
    report = run([(truth(both), make_result({"financial_data.total_amount": 1.0}, confidence=0.96))])
    record = report.documents[0]
    assert record.reported_all_right and not record.all_right
    assert report.calibration()["buckets"][-1]["fully_right"] == 1.0
    assert report.straight_through((0.9,))[0]["all_reported_right"] == 1.0
    assert report.straight_through((0.9,))[0]["fully_right"] == 0.0


def test_straight_through_curve() -> None:
    one = {"financial_data": {"total_amount": 1.0}}
    pairs = [
        (truth(one), make_result({"financial_data.total_amount": 1.0}, confidence=0.96)),
        (truth(one), make_result({"financial_data.total_amount": 2.0}, confidence=0.88)),
        (truth(one), make_result({"financial_data.total_amount": 1.0}, confidence=0.6)),
        (truth(one), make_result({"financial_data.total_amount": 1.0}, confidence=0.3)),
    ]
    rows = {row["threshold"]: row for row in run(pairs).straight_through((0.5, 0.85, 0.9, 0.99))}
    assert rows[0.5]["accepted"] == 3 and rows[0.5]["accepted_share"] == 0.75
    assert rows[0.5]["field_precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert rows[0.85]["accepted"] == 2 and rows[0.85]["fully_right"] == 0.5
    assert rows[0.9]["accepted"] == 1 and rows[0.9]["fully_right"] == 1.0
    assert rows[0.99]["accepted"] == 0 and rows[0.99]["field_precision"] is None


def test_percentiles() -> None:
    assert percentile([10, 20, 30, 40], 50) == 25
    assert percentile([40, 10, 30, 20], 95) == pytest.approx(38.5)
    assert percentile([7.0], 95) == 7.0
    assert percentile([], 50) is None
    report = EvaluationReport(documents=[
        DocumentRecord(id=str(i), file="f", document_type="invoice", predicted_type="invoice", status="success",
                       tier_used="pattern_matching", confidence=0.9, cost=0.0, time_ms=float(ms))
        for i, ms in enumerate([10, 20, 30, 40])])
    assert report.latency() == {"p50_ms": 25.0, "p95_ms": 38.5, "mean_ms": 25.0}


def test_report_serialises_and_formats() -> None:
    report = run([(truth(INVOICE_TRUTH), make_result({"invoice_ids.0": "INV-1"}))])
    data = json.loads(json.dumps(report.to_dict()))
    assert data["documents"] == 1
    assert data["per_document"][0]["truth_fields"] == 4
    assert set(data) >= {"truth_fields", "reported_fields", "fields", "invoice_ids", "allocations", "line_items",
                         "status_counts", "tier_share", "latency", "total_cost", "failures", "calibration",
                         "accepted", "straight_through"}
    table = report.format_table()
    assert "Truth fields right:    1/4 = 25.0%" in table
    assert "financial_data.total_amount" in table
    assert "Expected calibration error" in table
    assert "field precision" in table


# ---------------------------------------------------------------------------------------------------
# Datasets


def test_parse_truth_single_and_multi() -> None:
    [single] = parse_truth({"document_type": "invoice", "locale": "KE", "layout": "classic",
                            "source_format": "pdf_text", "results": {"invoice_ids": ["A"]}})
    assert single.document_type == "invoice" and single.pages is None and single.locale == "KE"
    assert single.extra == {"locale": "KE", "layout": "classic"}
    multi = parse_truth({"locale": "US", "documents": [
        {"pages": [1, 2], "document_type": "invoice", "results": {}},
        {"pages": [3], "document_type": "credit_note", "results": {}}]})
    assert [(t.pages, t.document_type, t.locale) for t in multi] == [([1, 2], "invoice", "US"),
                                                                      ([3], "credit_note", "US")]
    with pytest.raises(ValueError):
        parse_truth({"document_type": "invoice"})


def test_load_corpus(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("a.pdf", "sub/b.png", "c.pdf"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "a.truth.json").write_text(json.dumps({"document_type": "invoice", "results": {}}))
    (tmp_path / "sub" / "b.truth.json").write_text(json.dumps({"documents": [
        {"pages": [1], "document_type": "receipt", "results": {}}]}))
    items = load_corpus(tmp_path)
    assert [(i.item_id, i.path.name, len(i.truths)) for i in items] == [("a", "a.pdf", 1), ("sub/b", "b.png", 1)]
    _, skipped = scan_corpus(tmp_path)
    assert [p.name for p in skipped] == ["c.pdf"]
    (tmp_path / "c.truth.json").write_text("{not json")
    with pytest.raises(ValueError, match="c.truth.json"):
        load_corpus(tmp_path)


def test_sroie_box_lines_keep_commas(tmp_path: Path) -> None:
    box = tmp_path / "1.csv"
    box.write_bytes("\ufeff10,20,110,20,110,40,10,40,27,JALAN DEDAP 13,\n"
                    "5,50,60,52,60,70,5,68,TOTAL: 60.30\nbroken line\n".encode() + b"1,2,3,4,5,6,7,8,\xff\n")
    lines = read_sroie_boxes(box)
    assert lines[0] == ("27,JALAN DEDAP 13,", (10.0, 20.0, 110.0, 40.0))
    assert lines[1] == ("TOTAL: 60.30", (5.0, 50.0, 60.0, 70.0))
    assert lines[2][0] == "\ufffd" and len(lines) == 3


def test_sroie_truth_mapping() -> None:
    t = sroie_truth({"company": "INDAH GIFT & HOME DECO", "date": "19/10/2018",
                     "address": "27, JALAN DEDAP 13,  TAMAN JOHOR JAYA", "total": "RM 60.30"})
    assert t.document_type == "receipt"
    assert t.results == {"document_date": "2018-10-19",
                         "vendor_information": {"vendor_name": "INDAH GIFT & HOME DECO",
                                                "address": "27, JALAN DEDAP 13, TAMAN JOHOR JAYA"},
                         "financial_data": {"total_amount": 60.3}}
    assert t.extra["printed"] == {"date": "19/10/2018", "total": "RM 60.30"}
    assert set(t.extra["labelled_fields"]) == {"document_type", "document_date", "vendor_information.vendor_name",
                                               "vendor_information.address", "financial_data.total_amount"}


@pytest.mark.parametrize(("text", "expected"), [
    ("19/10/2018", date(2018, 10, 19)), ("12/28/2017", date(2017, 12, 28)), ("18/03/18", date(2018, 3, 18)),
    ("(06/12/2016)", date(2016, 12, 6)), ("01-NOV-2017", date(2017, 11, 1)), ("14/MAY/2017", date(2017, 5, 14)),
    ("28 MAR 18", date(2018, 3, 28)), ("2016/05/01", date(2016, 5, 1)), ("6/4/2018", date(2018, 4, 6)),
    ("Date: 23-03-18 10:22", date(2018, 3, 23)), ("no date", None),
])
def test_simple_parse_date(text: str, expected: date | None) -> None:
    assert simple_parse_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("60.30", 60.3), ("RM111.90", 111.9), ("$8.20", 8.2), ("RM 57.40", 57.4), ("1,234.50", 1234.5),
    ("1.234,50", 1234.5), ("12,50", 12.5), ("-5.00", -5.0), ("", None), ("RM", None),
])
def test_parse_amount_text(text: str, expected: float | None) -> None:
    assert parse_amount_text(text) == expected


def test_sroie_split_is_deterministic_and_balanced() -> None:
    ids = [f"{i:03d}" for i in range(1000)]
    splits = [sroie_split(i) for i in ids]
    assert splits == [sroie_split(i) for i in ids]
    assert 430 < splits.count("train") < 570
    assert set(splits) == {"train", "validation"}


@pytest.mark.skipif(not SROIE_DIR.is_dir(), reason="shared/datasets/sroie_dev not present")
def test_load_sroie_in_place() -> None:
    items = load_sroie(SROIE_DIR)
    assert len(items) == len(list((SROIE_DIR / "key").glob("*.json")))
    assert all(i.truths[0].results["financial_data"]["total_amount"] is not None for i in items)
    assert all(i.truths[0].results["document_date"] is not None for i in items)
    train = load_sroie(SROIE_DIR, split="train")
    validation = load_sroie(SROIE_DIR, split="validation")
    assert len(train) + len(validation) == len(items)
    assert {i.item_id for i in train}.isdisjoint(i.item_id for i in validation)
    first = items[0]
    source = first.source
    assert isinstance(source, Document)
    assert len(source.pages) == 1 and source.source_name == "001.jpg"
    assert first.lines[0][0] in source.text
    assert source.pages[0].width > 0 and source.pages[0].height > 0
    assert load_sroie(SROIE_DIR, mode="image")[0].source == first.path
    with pytest.raises(ValueError):
        load_sroie(SROIE_DIR, mode="pixels")  # type: ignore[arg-type]


@pytest.mark.skipif(not SROIE_DIR.is_dir(), reason="shared/datasets/sroie_dev not present")
def test_evaluate_real_engine_on_sroie_lines(engine_instance) -> None:
    items = load_sroie(SROIE_DIR)[:5]
    report = evaluate(engine_instance, items)
    assert len(report.documents) == 5
    assert report.truth_fields[1] == sum(len(flatten_results(i.truths[0].results)) for i in items)
    assert not report.failures(), report.failures()
