"""One exception tree for the engine; each input error carries the contract's stable error code.

`Engine.extract` turns any `InputError` into a `status: failed` result with `error.code` set to the
class's `code`; nothing of this tree escapes a batch. `ConfigurationError` is different: it is raised
when an Engine is built (a broken pattern file, a missing model) because that is the operator's bug,
not the document's.
"""

from __future__ import annotations


class CashUpError(Exception):
    """Base of every error the engine raises on purpose."""

    code: str = "internal_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(CashUpError):
    """The document could not be read; reported as `status: failed`."""


class UnsupportedFormatError(InputError):
    code = "unsupported_format"


class CorruptFileError(InputError):
    code = "corrupt_file"


class EncryptedError(InputError):
    code = "encrypted"


class EmptyDocumentError(InputError):
    code = "empty_document"


class TooLargeError(InputError):
    code = "too_large"


class TooManyPagesError(InputError):
    code = "too_many_pages"


class ImageTooLargeError(InputError):
    code = "image_too_large"


class ExtractionTimeoutError(InputError):
    code = "timeout"


class ConfigurationError(CashUpError):
    """A pattern file, model or policy is invalid; raised when the Engine is built, never per document."""

    code = "configuration_error"


ERROR_CODES: tuple[str, ...] = (
    "unsupported_format",
    "corrupt_file",
    "encrypted",
    "empty_document",
    "too_large",
    "too_many_pages",
    "image_too_large",
    "timeout",
    "internal_error",
)
