"""Where the engine finds its data folders (`patterns/`, `models/`).

In a checkout (editable install, tests) they sit at the repository root; in an installed wheel the
build copies them to `engine/_data/`. The packaged copy wins when present.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """Path of a data folder by name ('patterns' or 'models')."""
    packaged = _PACKAGE_DIR / "_data" / name
    if packaged.is_dir():
        return packaged
    checkout = _PACKAGE_DIR.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"data folder {name!r} not found in {packaged} or {checkout}")


def patterns_dir() -> Path:
    return data_dir("patterns")


def models_dir() -> Path:
    return data_dir("models")
