"""Known text lines with boxes (SROIE box files, an OCR engine's line output) taken off a skewed scan.

A receipt photographed or scanned a degree or two askew gives boxes whose rows drift: the amount at
the right of "TOTAL" sits half a line lower (or higher) than its label, and grouping words into
lines by height then pairs a label with the amount of the row below or above. Axis-aligned boxes
carry no angle of their own, so the page's slope is measured from where the box centres fall: under
the right slope the centres of a row line up, and a histogram of their heights (taken across that
slope) has its sharpest peaks. The boxes are then sheared level, each moved by its own share of the
drift; their texts and sizes stay as they were.

Boxes drawn generously tall overlap the boxes of the lines above and below them: a three-line shop
name in large type, each box reaching half way into the next. Grouping by height then reads two
stacked lines as one and interleaves their words ("AIK ENTERPRISE HUAT HARDWARE"). Each box is
one line of text, so two boxes that share some width cannot share a row: they are cut apart at the
middle of their overlap.
"""

from __future__ import annotations

from statistics import median

BoxLine = tuple[str, tuple[float, float, float, float]]

MAX_SLOPE = 0.10  # about 6 degrees; steeper pages are turned, not skewed
SLOPE_STEP = 0.0025
# The sheared rows must line up clearly better than the unsheared ones (a straight page stays put).
MIN_GAIN = 1.10
MIN_BOXES = 8
# Boxes whose centres lie closer than this share of the lower box's height sit on one row (a line
# transcribed twice, a stamp over a word): they are left as they are.
SAME_ROW_SHARE = 0.2
# Two boxes are stacked when they share more than this share of the narrower one's width.
STACKED_WIDTH_SHARE = 0.10


def level_box_lines(lines: list[BoxLine]) -> list[BoxLine]:
    """`lines` with their boxes sheared level when the page is skewed, and boxes of stacked lines
    that overlap cut apart; unchanged otherwise."""
    return separate_stacked_boxes(_levelled(lines))


def separate_stacked_boxes(lines: list[BoxLine]) -> list[BoxLine]:
    """Boxes of lines stacked one over the other (sharing width) that overlap in height, cut at the
    middle of their overlap so that each keeps its own row. A box inside another's height, or on the
    same row as it, stays as it is."""
    bottoms = {index: box[3] for index, (_, box) in enumerate(lines)}
    tops = {index: box[1] for index, (_, box) in enumerate(lines)}
    order = sorted((index for index, (text, _) in enumerate(lines) if text.strip()),
                   key=lambda index: lines[index][1][1] + lines[index][1][3])
    for position, upper_index in enumerate(order):
        ux0, uy0, ux1, uy1 = lines[upper_index][1]
        for lower_index in order[position + 1:]:
            lx0, ly0, lx1, ly1 = lines[lower_index][1]
            if ly0 >= uy1:
                continue
            shared_width = min(ux1, lx1) - max(ux0, lx0)
            if shared_width <= STACKED_WIDTH_SHARE * min(ux1 - ux0, lx1 - lx0):
                continue
            if (ly0 + ly1) - (uy0 + uy1) < 2 * SAME_ROW_SHARE * (ly1 - ly0) or ly0 <= uy0 or ly1 <= uy1:
                continue
            middle = (ly0 + uy1) / 2
            bottoms[upper_index] = min(bottoms[upper_index], middle)
            tops[lower_index] = max(tops[lower_index], middle)
    return [(text, (box[0], tops[index], box[2], bottoms[index])) if (tops[index], bottoms[index]) != (box[1], box[3])
            else (text, box) for index, (text, box) in enumerate(lines)]


def _levelled(lines: list[BoxLine]) -> list[BoxLine]:
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
