"""Known text lines with boxes (SROIE box files, an OCR engine's line output) taken off a skewed scan.

A receipt photographed or scanned a degree or two askew gives boxes whose rows drift: the amount at
the right of "TOTAL" sits half a line lower (or higher) than its label, and grouping words into
lines by height then pairs a label with the amount of the row below or above. Axis-aligned boxes
carry no angle of their own, so the page's slope is measured from where the box centres fall: under
the right slope the centres of a row line up, and a histogram of their heights (taken across that
slope) has its sharpest peaks. The boxes are then sheared level, each moved by its own share of the
drift; their texts and sizes stay as they were.
"""

from __future__ import annotations

from statistics import median

BoxLine = tuple[str, tuple[float, float, float, float]]

MAX_SLOPE = 0.10  # about 6 degrees; steeper pages are turned, not skewed
SLOPE_STEP = 0.0025
# The sheared rows must line up clearly better than the unsheared ones (a straight page stays put).
MIN_GAIN = 1.10
MIN_BOXES = 8


def level_box_lines(lines: list[BoxLine]) -> list[BoxLine]:
    """`lines` with their boxes sheared level when the page is skewed; unchanged otherwise."""
    boxes = [box for text, box in lines if text.strip()]
    if len(boxes) < MIN_BOXES:
        return lines
    bin_height = (median(box[3] - box[1] for box in boxes) or 1.0) / 3
    centres = [((box[0] + box[2]) / 2, (box[1] + box[3]) / 2) for box in boxes]

    def alignment(slope: float) -> int:
        counts: dict[int, int] = {}
        for x, y in centres:
            row = int((y - slope * x) // bin_height)
            counts[row] = counts.get(row, 0) + 1
        return sum(count * count for count in counts.values())

    level = alignment(0.0)
    best_score, best_slope = level, 0.0
    steps = round(MAX_SLOPE / SLOPE_STEP)
    for step in range(-steps, steps + 1):
        slope = step * SLOPE_STEP
        score = alignment(slope)
        if score > best_score:
            best_score, best_slope = score, slope
    if best_slope == 0.0 or best_score < MIN_GAIN * level:
        return lines
    sheared = []
    for text, (x0, y0, x1, y1) in lines:
        drift = best_slope * (x0 + x1) / 2
        sheared.append((text, (x0, y0 - drift, x1, y1 - drift)))
    top = min(box[1] for _, box in sheared)
    if top < 0:
        sheared = [(text, (x0, y0 - top, x1, y1 - top)) for text, (x0, y0, x1, y1) in sheared]
    return sheared
