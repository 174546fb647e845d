"""LevelStats from a level histogram: N, band shares, median and interquartile range.

A histogram has one slot per level of the scale (lowest first), then don't know and not
applicable. Quartiles interpolate linearly between order statistics (numpy's default, Excel's
QUARTILE.INC), so they are exact multiples of 0.25 and can be checked by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from yhdyspinta_cli.checklist.model import DONT_KNOW, Scale


@dataclass(frozen=True)
class LevelStats:
    """What the summary says about one set of answers (an item, a recommendation, a type)."""

    n: int  # answers that fall in a band: the levels and don't know
    levels: int  # answers with a level: the median and quartiles are over these
    median: float | None
    q1: float | None
    q3: float | None
    band_counts: dict[str, int]
    band_percent: dict[str, int]
    not_applicable: int
    unanswered: int | None  # None for ratings, where "unanswered" means nothing

    @property
    def iqr(self) -> float | None:
        """The interquartile range, Q3 − Q1."""
        return None if self.q1 is None or self.q3 is None else self.q3 - self.q1


def figures(slots: Sequence[int], scale: Scale, unanswered: int | None = None) -> LevelStats:
    """LevelStats of one histogram (levels…, dont-know, not-applicable)."""
    values = scale.values
    by_level = list(slots[: len(values)])
    band_counts = {band.key: 0 for band in scale.bands}
    for band in scale.bands:
        if band.special == DONT_KNOW:
            band_counts[band.key] = slots[len(values)]
        else:
            band_counts[band.key] = sum(
                c for v, c in zip(values, by_level, strict=True) if v in band.levels
            )
    n = sum(band_counts.values())
    return LevelStats(
        n=n,
        levels=sum(by_level),
        median=quantile(values, by_level, 0.5),
        q1=quantile(values, by_level, 0.25),
        q3=quantile(values, by_level, 0.75),
        band_counts=band_counts,
        band_percent={key: percent(count, n) for key, count in band_counts.items()},
        not_applicable=slots[len(values) + 1],
        unanswered=unanswered,
    )


def quantile(values: Sequence[int], counts: Sequence[int], p: float) -> float | None:
    """The p-quantile of the levels in a histogram: linear between order statistics."""
    total = sum(counts)
    if total == 0:
        return None
    position = (total - 1) * p
    below = int(position)
    low = _order_statistic(values, counts, below)
    if position == below:
        return float(low)
    high = _order_statistic(values, counts, below + 1)
    return low + (position - below) * (high - low)


def _order_statistic(values: Sequence[int], counts: Sequence[int], index: int) -> int:
    """The value at 0-based `index` in the sorted answers the histogram stands for."""
    seen = 0
    for value, count in zip(values, counts, strict=True):
        seen += count
        if index < seen:
            return value
    raise IndexError(index)


def percent(count: int, total: int) -> int:
    """A whole percent, half up: 1 of 8 is 13 %. Rows may add up to 99 or 101."""
    return (200 * count + total) // (2 * total) if total else 0


def add_slots(into: list[int], more: Sequence[int]) -> None:
    """Add one histogram to another in place."""
    for index, count in enumerate(more):
        into[index] += count
