"""CashUp Engine: structured, trustworthy data from invoices, remittances, receipts and credit notes."""

from engine.api import Engine, EngineConfig, extract
from engine.document import Document, InputLimits, load_document
from engine.errors import (
    CashUpError,
    ConfigurationError,
    CorruptFileError,
    EmptyDocumentError,
    EncryptedError,
    ExtractionTimeoutError,
    ImageTooLargeError,
    InputError,
    TooLargeError,
    TooManyPagesError,
    UnsupportedFormatError,
)
from engine.result import ExtractionResult, FieldValue, TierTrace
from engine.router import RoutingPolicy

__version__ = "0.1.0"

__all__ = [
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
