"""A small OpenAI-compatible HTTP server for tier 3's tests, on 127.0.0.1 with an ephemeral port.

It serves `POST /v1/chat/completions` (and `GET /v1/models`) over real HTTP, so the tier is tested
through the real `openai` client. What each request gets is scripted: `server.script(a, b, ...)`
queues behaviours for the next requests; once the queue is empty every request gets
`server.default` (a `GoodModel` unless changed).

Behaviours:
- `GoodModel()`: answers like a good model: finds which registered document the prompt shows (a
  marker -> that document's truth JSON, as in corpus `*.truth.json`), and fills exactly the
  fields the request's JSON schema asks for from the truth (null / [] where the truth has none).
  A marker is a string, or a tuple of strings that must all be shown; the prompt and the marker are
  compared with case, punctuation, spacing and the prompt's layout marks aside (the prompt lays text
  out by page, line and position, so a name printed over two lines still matches). More specific markers (longer in all) are tried first, so
  "INV-12" never shadows "INV-123". `add_truth(document_type, results)` registers a truth under
  markers taken from it: its ids, or for a document that prints none (a statement), its parties'
  names together.
- `Invent({"financial_data.total_amount": 999.0, ...})`: the good answer with those values changed
  (ungrounded values, or a model that obeyed a prompt injection).
- `Content("...")`: this literal message content (malformed JSON, say).
- `Status(429, retry_after="0.2")`: an error response with that status and Retry-After header.
- `Slow(1.0, then=GoodModel())`: waits, then behaves as `then` (client timeouts).

Every response reports `usage`: fixed token counts when the server was given them, else an estimate
from the request's and the answer's length. Every request is recorded (`server.requests`), with its
arrival time, so tests can count calls, read prompts, and measure waits.
"""

from __future__ import annotations

import json
import math
import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class GoodModel:
    pass


@dataclass
class Invent:
    overrides: dict[str, Any]


@dataclass
class Content:
    text: str


@dataclass
class Status:
    code: int
    retry_after: str | None = None
    message: str = "scripted error"


@dataclass
class Slow:
    delay_s: float
    then: Any = field(default_factory=GoodModel)


Behaviour = GoodModel | Invent | Content | Status | Slow


@dataclass
class RecordedRequest:
    arrived: float  # time.monotonic()
    path: str
    headers: dict[str, str]  # names lower-cased
    body: dict[str, Any]
    matched: str | tuple[str, ...] | None = None  # the marker of the document the prompt showed, if any

    @property
    def prompt_text(self) -> str:
        """Every text part of every message, joined."""
        parts: list[str] = []
        for message in self.body.get("messages", []):
            content = message.get("content")
            if isinstance(content, str):
                parts.append(content)
            elif isinstance(content, list):
                parts.extend(p.get("text", "") for p in content if isinstance(p, dict))
        return "\n".join(parts)

    @property
    def schema(self) -> dict[str, Any]:
        return self.body["response_format"]["json_schema"]["schema"]

    @property
    def requested_units(self) -> set[str]:
        """The dotted paths the schema asks for (lists as their prefix)."""
        found: set[str] = set()

        def walk(node: dict[str, Any], prefix: str) -> None:
            for key, sub in node.get("properties", {}).items():
                if sub.get("type") == "object":
                    walk(sub, f"{prefix}{key}.")
                else:
                    found.add(f"{prefix}{key}")

        walk(self.schema, "")
        return found

    @property
    def images(self) -> int:
        count = 0
        for message in self.body.get("messages", []):
            content = message.get("content")
            if isinstance(content, list):
                count += sum(1 for p in content if isinstance(p, dict) and p.get("type") == "image_url")
        return count


Marker = str | tuple[str, ...]
# Tier 3's layout marks ("p1 L12 y=340: [x=72] ..."): dropped before matching, so that a name printed
# over two lines still reads as one run of words.
_LAYOUT_MARKS = re.compile(r"^p\d+ L\d+ y=-?\d+:|\[x=-?\d+\]", re.MULTILINE)
SHORTEST_ID_MARKER = 4  # characters; a shorter id ("12") is printed by chance on other documents


def loose(text: str) -> str:
    """Punctuation and symbols as spaces, whitespace collapsed, case-folded (as tier 3's grounding)."""
    cleaned = "".join(" " if unicodedata.category(ch)[0] in "PS" else ch for ch in unicodedata.normalize("NFKC", text))
    return " ".join(cleaned.split()).casefold()


def markers_of(results: dict[str, Any]) -> list[Marker]:
    """Strings that identify a document among others: its ids (invoice numbers, payment reference);
    for a document without any (statements), its vendor's and customer's names together, with the
    customer's account number when it has one."""
    ids = [str(v) for v in results.get("invoice_ids") or [] if v]
    reference = (results.get("payment_information") or {}).get("payment_reference")
    if reference:
        ids.append(str(reference))
    markers: list[Marker] = [marker for marker in ids if len(marker) >= SHORTEST_ID_MARKER]
    if markers:
        return markers
    vendor = (results.get("vendor_information") or {}).get("vendor_name")
    customer = results.get("customer_information") or {}
    names = tuple(str(v) for v in (vendor, customer.get("customer_name"), customer.get("customer_id")) if v)
    return [names] if names else []


class FakeLlmServer:
    def __init__(self, documents: dict[Marker, dict[str, Any]] | None = None, *,
                 usage: tuple[int, int] | None = None) -> None:
        self.documents: dict[Marker, dict[str, Any]] = dict(documents or {})
        self.usage = usage  # (prompt_tokens, completion_tokens) reported for every answer; None: estimated
        self.default: Behaviour = GoodModel()
        self.requests: list[RecordedRequest] = []
        self._queue: list[Behaviour] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -------------------------------------------------------------------------------- life cycle

    def start(self) -> FakeLlmServer:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        server.daemon_threads = True  # a slow answer still sleeping never blocks the test's end
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, name="fake-llm-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeLlmServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        assert self._server is not None, "server not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    # ------------------------------------------------------------------------------------ script

    def add_document(self, marker: Marker, truth: dict[str, Any]) -> None:
        self.documents[marker] = truth

    def add_truth(self, document_type: str, results: dict[str, Any]) -> list[Marker]:
        """Register one truth document under the markers taken from it (markers_of); returns them."""
        markers = markers_of(results)
        for marker in markers:
            self.add_document(marker, {"document_type": document_type, "results": results})
        return markers

    def script(self, *behaviours: Behaviour) -> None:
        with self._lock:
            self._queue.extend(behaviours)

    @property
    def completions(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def _next_behaviour(self) -> Behaviour:
        with self._lock:
            return self._queue.pop(0) if self._queue else self.default

    # ---------------------------------------------------------------------------------- answers

    def respond(self, request: RecordedRequest) -> tuple[int, dict[str, str], dict[str, Any]]:
        behaviour = self._next_behaviour()
        while isinstance(behaviour, Slow):
            time.sleep(behaviour.delay_s)
            behaviour = behaviour.then
        if isinstance(behaviour, Status):
            headers = {"Retry-After": behaviour.retry_after} if behaviour.retry_after is not None else {}
            error = {"error": {"message": behaviour.message, "type": "scripted", "code": str(behaviour.code)}}
            return behaviour.code, headers, error
        if isinstance(behaviour, Content):
            content = behaviour.text
        else:
            answer = self.good_answer(request)
            if isinstance(behaviour, Invent):
                for path, value in behaviour.overrides.items():
                    _set_path(answer, path, value)
            content = json.dumps(answer)
        return 200, {}, self._completion(request, content)

    def good_answer(self, request: RecordedRequest) -> dict[str, Any]:
        prompt = f" {loose(_LAYOUT_MARKS.sub(' ', request.prompt_text))} "
        truth: dict[str, Any] = {}
        with self._lock:
            registered = list(self.documents.items())
        # The most specific marker first: "INV-123" before "INV-12", two names before one.
        for marker, document in sorted(registered, key=lambda item: -_specificity(item[0])):
            parts = (marker,) if isinstance(marker, str) else marker
            if all(f" {loose(part)} " in prompt for part in parts if loose(part)):
                request.matched = marker
                truth = {**document.get("results", {}), "document_type": document.get("document_type", "unknown")}
                break
        return _fill(request.schema, truth)

    def _completion(self, request: RecordedRequest, content: str) -> dict[str, Any]:
        if self.usage is not None:
            prompt_tokens, completion_tokens = self.usage
        else:
            prompt_tokens = math.ceil(len(json.dumps(request.body.get("messages", []))) / 4)
            completion_tokens = math.ceil(len(content) / 4)
        return {
            "id": f"chatcmpl-test-{len(self.requests)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": request.body.get("model", "test-model"),
            "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                         "message": {"role": "assistant", "content": content, "refusal": None}}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens},
        }


def _specificity(marker: Marker) -> int:
    return len(loose(marker)) if isinstance(marker, str) else sum(len(loose(part)) for part in marker)


def _fill(schema: dict[str, Any], truth: Any) -> Any:
    """A value of `schema`'s shape taken from `truth` (null / [] where the truth has nothing)."""
    kind = schema.get("type")
    if kind == "object":
        node = truth if isinstance(truth, dict) else {}
        return {key: _fill(sub, node.get(key)) for key, sub in schema.get("properties", {}).items()}
    if kind == "array":
        items = truth if isinstance(truth, list) else []
        return [_fill(schema["items"], item) for item in items]
    return truth


def _set_path(answer: dict[str, Any], path: str, value: Any) -> None:
    node: Any = answer
    parts = path.split(".")
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node.setdefault(part, {})
    last = parts[-1]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value


def _handler_for(server: FakeLlmServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
            return  # keep test output clean

        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            if self.path.rstrip("/").endswith("/models"):
                self._send(200, {}, {"object": "list", "data": [{"id": "test-model", "object": "model"}]})
            else:
                self._send(404, {}, {"error": {"message": "not found"}})

        def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
            arrived = time.monotonic()
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw or b"{}")
            except json.JSONDecodeError:
                self._send(400, {}, {"error": {"message": "request body is not JSON"}})
                return
            request = RecordedRequest(arrived, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
            with server._lock:
                server.requests.append(request)
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._send(404, {}, {"error": {"message": f"no route {self.path}"}})
                return
            status, headers, payload = server.respond(request)
            self._send(status, headers, payload)

        def _send(self, status: int, headers: dict[str, str], payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test): nothing to answer

    return Handler
