#!/usr/bin/env python3
"""Generate the seeded synthetic CashUp corpus.

    python corpus/generate.py --out DIR --count N --seed S [--scanned-share F]
    python corpus/generate.py --sample            # regenerates corpus/sample identically

See corpus/README.md for the truth format, families, locales and decoys.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from corpus.generator.core import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
