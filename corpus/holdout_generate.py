#!/usr/bin/env python3
"""Generate the independent hold-out corpus (see corpus/holdout/README.md).

    python corpus/holdout_generate.py --out DIR --count N --seed S [--family F | --families SET]
        [--scan-share X]

SET is one of original (default), extra, third ... fifteenth, sixteenth, seventeenth, eighteenth, nineteenth, twentieth, twentyfirst,
twentysecond, twentythird, twentyfourth, twentyfifth, twentysixth, twentyseventh, twentyeighth, twentyninth, thirtieth, all.

Never tune the engine on these documents: they measure generalisation.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from corpus.holdout import ALL_FAMILIES, FAMILIES, FAMILY_SETS, SCAN_SHARE, generate_holdout  # noqa: E402


def _family_list(text: str) -> list[str]:
    """A set name (original, extra, third, fourth, fifth, sixth, seventh, eighth, ninth, tenth, eleventh, twelfth, thirteenth,
    fourteenth, fifteenth, sixteenth, seventeenth, eighteenth, nineteenth, twentieth, twentyfirst, twentysecond, twentythird, twentyfourth,
    twentyfifth, twentysixth, twentyseventh, twentyeighth, twentyninth, thirtieth, all) or a comma-separated list of families."""
    if text in FAMILY_SETS:
        return FAMILY_SETS[text]
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in ALL_FAMILIES]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"unknown families {unknown}; sets: {', '.join(FAMILY_SETS)}")
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, type=Path, help="output folder (created if missing)")
    parser.add_argument("--count", type=int, default=len(FAMILIES), help="number of documents")
    parser.add_argument("--seed", type=int, default=1, help="seed: same seed, same bytes")
    parser.add_argument("--family", choices=sorted(ALL_FAMILIES), help="only this family")
    parser.add_argument("--families", type=_family_list, default=None,
                        help="round-robin over these: original (default), extra, third, fourth, fifth, sixth, seventh, eighth, ninth, "
                             "tenth, eleventh, twelfth, thirteenth, fourteenth, fifteenth, sixteenth, seventeenth, eighteenth, "
                             "nineteenth, twentieth, twentyfirst, twentysecond, twentythird, twentyfourth, twentyfifth, twentysixth, "
                             "twentyseventh, twentyeighth, twentyninth, thirtieth, all, or a,b,c")
    parser.add_argument("--scan-share", type=float, default=SCAN_SHARE,
                        help=f"share rendered as scans (default {SCAN_SHARE})")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")
    started = time.perf_counter()
    manifest = generate_holdout(args.out, args.count, args.seed, args.family, args.scan_share,
                                families=args.families)
    docs = manifest["documents"]
    kinds = Counter(d["document_type"] for d in docs)
    formats = Counter(d["source_format"] for d in docs)
    print(f"wrote {len(docs)} documents to {args.out} in {time.perf_counter() - started:.1f} s: "
          f"{dict(kinds)}; {dict(formats)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
