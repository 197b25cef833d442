"""Shared fixtures, and the check that every result the test session produces keeps the contract.

Every `ExtractionResult.to_dict()` output made anywhere in the session (by tests, by the CLI run
in-process, by the evaluator) is validated against `result.schema.json` and the `fields` / `results`
consistency rule the moment it is made. The test during which an invalid output appeared fails at
teardown; `pytest_sessionfinish` fails the run for any made outside a test.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from engine.result import ExtractionResult

TESTS_DIR = Path(__file__).resolve().parent
SHARED_SCHEMA = TESTS_DIR.parents[1] / "shared" / "contract" / "result.schema.json"
LOCAL_SCHEMA = TESTS_DIR / "contract" / "result.schema.json"
_MISSING = object()


def schema_path() -> Path:
    """The shared contract schema when this checkout sits beside shared/, else the tests' copy."""
    return SHARED_SCHEMA if SHARED_SCHEMA.is_file() else LOCAL_SCHEMA


@functools.cache
def _validator() -> Draft202012Validator:
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def result_problems(data: Any) -> list[str]:
    """Everything wrong with one serialised result: schema errors, then fields/results disagreements."""
    problems = [f"schema: {'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
                for e in _validator().iter_errors(data)]
    if problems or not isinstance(data, dict):
        return problems
    results, fields = data["results"], data["fields"]
    for path, entry in fields.items():
        found = _lookup(results, path)
        if found is _MISSING:
            problems.append(f"fields: {path!r} is not a path in results")
        elif found != entry["value"]:
            problems.append(f"fields: {path!r} value {entry['value']!r} != results value {found!r}")
    for path in _non_null_leaves(results):
        if path not in fields:
            problems.append(f"results: non-null {path!r} has no fields entry")
    return problems


def _lookup(node: Any, path: str) -> Any:
    for part in path.split("."):
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return _MISSING
    return node


def _non_null_leaves(node: Any, prefix: str = "") -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _non_null_leaves(value, f"{prefix}{key}.")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _non_null_leaves(value, f"{prefix}{index}.")
    elif node is not None:
        yield prefix[:-1]


def assert_valid_result(data: Any) -> None:
    problems = result_problems(data)
    assert not problems, "result breaks the contract:\n  " + "\n  ".join(problems)


# ---------------------------------------------------------------------------------------------------
# Session-wide recording of every to_dict() output


class _Recorder:
    def __init__(self) -> None:
        self.seen = 0
        self.problems: list[tuple[str, str]] = []  # (where, problem)


RECORDER = _Recorder()


@pytest.fixture(scope="session", autouse=True)
def _validate_every_result() -> Iterator[_Recorder]:
    original = ExtractionResult.to_dict

    @functools.wraps(original)
    def recording_to_dict(self: ExtractionResult) -> dict[str, Any]:
        data = original(self)
        RECORDER.seen += 1
        where = os.environ.get("PYTEST_CURRENT_TEST", "<outside a test>")
        RECORDER.problems.extend((where, problem) for problem in result_problems(data))
        return data

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ExtractionResult, "to_dict", recording_to_dict)
        yield RECORDER


@pytest.fixture(autouse=True)
def _no_invalid_result_in_this_test(_validate_every_result: _Recorder) -> Iterator[None]:
    before = len(RECORDER.problems)
    yield
    new = RECORDER.problems[before:]
    if new:
        pytest.fail("ExtractionResult.to_dict() produced output that breaks the contract:\n  "
                    + "\n  ".join(problem for _, problem in new[:20]), pytrace=False)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if RECORDER.problems:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(f"{len(RECORDER.problems)} invalid ExtractionResult.to_dict() output(s):", red=True)
            for where, problem in RECORDER.problems[:20]:
                reporter.write_line(f"  {where}: {problem}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


# ---------------------------------------------------------------------------------------------------
# Fixtures


@pytest.fixture(scope="session")
def schema() -> dict[str, Any]:
    return json.loads(schema_path().read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def engine_instance() -> Any:
    from engine import Engine

    return Engine()


@pytest.fixture
def validate_result() -> Callable[[Any], None]:
    """Assert that a serialised result keeps the contract (schema + fields/results agreement)."""
    return assert_valid_result


@pytest.fixture(name="result_problems")
def result_problems_fixture() -> Callable[[Any], list[str]]:
    """The list of contract problems of a serialised result (empty when it is valid)."""
    return result_problems


@pytest.fixture
def contract_recorder(_validate_every_result: _Recorder) -> _Recorder:
    """The session's record of to_dict() outputs (`seen` count, `problems`)."""
    return _validate_every_result


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    """Write a small text PDF: make_pdf("a.pdf", ["INVOICE", ...], pages=1) -> path."""
    import pymupdf

    def make(name: str = "invoice.pdf", lines: list[str] | None = None, *, pages: int = 1,
             folder: Path | None = None) -> Path:
        lines = lines if lines is not None else SAMPLE_INVOICE_LINES
        path = (folder or tmp_path) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        document = pymupdf.open()
        for _ in range(pages):
            page = document.new_page()
            for index, line in enumerate(lines):
                page.insert_text((72, 72 + 16 * index), line, fontsize=11)
        document.save(path)
        document.close()
        return path

    return make


SAMPLE_INVOICE_LINES = [
    "ACME Supplies Ltd",
    "PO Box 123-00100, Nairobi",
    "INVOICE",
    "Invoice No: INV-2024-001",
    "Invoice Date: 21/08/2024",
    "Bill To: East African Breweries PLC",
    "Description            Qty   Unit Price   Amount",
    "Product A              10    100.00       1,000.00",
    "Subtotal: KES 1,000.00",
    "VAT 16%: KES 160.00",
    "Total: KES 1,160.00",
    "Payment terms: Net 30",
]
