"""Answers already paid for: an in-memory LRU, and optionally a directory on disk.

The key (`answer_key`) is a hash of everything the answer depends on: the document's content hash and
page range, the model, the prompt version, the set of fields asked for, whether page images went
along, and the exact text the prompt showed (OCR with other settings gives another key). What is
stored is the model's parsed JSON answer; grounding runs again on every hit, so a cached answer is
checked against the document exactly like a fresh one. A re-run costs nothing and sends nothing.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)


def answer_key(*, content_hash: str, page_offset: int, pages: int, model: str, prompt_version: str,
               units: Iterable[str], vision: bool, prompt_text: str) -> str:
    identity = {
        "document": content_hash, "page_offset": page_offset, "pages": pages, "model": model,
        "prompt_version": prompt_version, "units": sorted(units), "vision": vision,
        "prompt_sha256": hashlib.sha256(prompt_text.encode("utf-8")).hexdigest(),
    }
    return hashlib.sha256(json.dumps(identity, sort_keys=True).encode("utf-8")).hexdigest()


class AnswerCache:
    """Thread-safe; a disk entry is written atomically, and an unreadable one counts as a miss."""

    def __init__(self, max_entries: int = 1024, directory: Path | None = None) -> None:
        self.max_entries = max(0, int(max_entries))
        self.directory = Path(directory) if directory is not None else None
        self._memory: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> Any | None:
        with self._lock:
            if key in self._memory:
                self._memory.move_to_end(key)
                return self._memory[key]
        if self.directory is None:
            return None
        path = self._path(key)
        try:
            answer = json.loads(path.read_text(encoding="utf-8"))["answer"]
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as error:
            logger.warning("ignoring unreadable LLM cache entry %s: %s", path, error)
            return None
        self._remember(key, answer)
        return answer

    def put(self, key: str, answer: Any) -> None:
        self._remember(key, answer)
        if self.directory is None:
            return
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.directory, prefix=".tmp-", suffix=".json")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump({"key": key, "answer": answer}, out)
            os.replace(temporary, self._path(key))
        except OSError as error:  # a full or read-only disk costs the cache, never the document
            logger.warning("cannot write LLM cache entry in %s: %s", self.directory, error)

    def __len__(self) -> int:
        with self._lock:
            return len(self._memory)

    def _remember(self, key: str, answer: Any) -> None:
        if self.max_entries == 0:
            return
        with self._lock:
            self._memory[key] = answer
            self._memory.move_to_end(key)
            while len(self._memory) > self.max_entries:
                self._memory.popitem(last=False)

    def _path(self, key: str) -> Path:
        assert self.directory is not None
        return self.directory / f"{key}.json"
