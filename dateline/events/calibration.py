"""Event confidence: the raw evidence score mapped to the precision it had on held-out data.

``detect._confidence`` scores how well an event is attested (trigger strength, actors, place and
date in the sentence, modality). ``TABLE`` maps that raw score to the share of such events whose
sub-event type was right, fitted by isotonic regression on half of the CASE 2021 task 2 dev
snippets (even ids) and checked on the other half: rebuild it with
``python -m eval events_case --calibrate`` and paste the printed table here.
"""

from __future__ import annotations

from bisect import bisect_right

ENABLED = True  # the builder turns it off to read raw scores

# (raw score, precision) knots, raw ascending; between knots the precision is interpolated.
TABLE: list[tuple[float, float]] = [
    (0.478, 0.537), (0.548, 0.648), (0.619, 0.703), (0.692, 0.74), (0.776, 0.823),
]


def calibrate(raw: float) -> float:
    if not ENABLED or not TABLE:
        return round(raw, 2)
    xs = [x for x, _ in TABLE]
    i = bisect_right(xs, raw)
    if i == 0:
        return round(TABLE[0][1], 2)
    if i == len(TABLE):
        return round(TABLE[-1][1], 2)
    (x0, y0), (x1, y1) = TABLE[i - 1], TABLE[i]
    return round(y0 + (y1 - y0) * (raw - x0) / (x1 - x0) if x1 > x0 else y1, 2)


def isotonic(points: list[tuple[float, bool]], bins: int = 6, prior: float = 10.0) -> list[tuple[float, float]]:
    """Pool-adjacent-violators fit of P(correct | raw) over quantile bins, each shrunk toward the overall
    precision by ``prior`` pseudo-counts (a few hundred points give noisy extremes otherwise)."""
    ordered = sorted(points)
    if not ordered:
        return []
    mean = sum(y for _, y in ordered) / len(ordered)
    size = max(1, len(ordered) // bins)
    blocks: list[list[float]] = []  # [sum of x, sum of y, count]
    for start in range(0, len(ordered), size):
        chunk = ordered[start : start + size]
        n = len(chunk) + prior
        y = (sum(y for _, y in chunk) + prior * mean) / n * n
        blocks.append([sum(x for x, _ in chunk) / len(chunk) * n, y, n])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
            x2, y2, n2 = blocks.pop()
            blocks[-1][0] += x2
            blocks[-1][1] += y2
            blocks[-1][2] += n2
    return [(round(sx / n, 3), round(sy / n, 3)) for sx, sy, n in blocks]
