"""Text bars that read in any Markdown viewer: a level against its scale, and a distribution."""

from __future__ import annotations

from collections.abc import Sequence

from yhdyspinta_cli.render.numbers import half_up

LEVEL_BAR_WIDTH = 10
EIGHTHS = " ▏▎▍▌▋▊▉█"
DISTRIBUTION_CELLS = 20  # one cell is 5 %
BAND_SYMBOLS = ("░", "▒", "█", "·", "▓", "▪")  # by band, in the scale's order


def text_bar(value: float | None, maximum: float) -> str:
    """A Unicode bar of eighths: ██████▌ for 3.3 of 5; empty when there is no value."""
    if value is None or maximum <= 0:
        return ""
    eighths = int(half_up(max(0.0, min(value / maximum, 1.0)) * LEVEL_BAR_WIDTH * 8, 0))
    full, part = divmod(eighths, 8)
    return "█" * full + (EIGHTHS[part] if part else "")


def stacked_bar(counts: Sequence[int], cells: int = DISTRIBUTION_CELLS) -> str:
    """Counts as a bar of exactly `cells` band symbols, shared out by the largest remainder."""
    total = sum(counts)
    if not total:
        return ""
    exact = [count * cells / total for count in counts]
    widths = [int(x) for x in exact]
    by_remainder = sorted(range(len(counts)), key=lambda i: (widths[i] - exact[i], i))
    for index in by_remainder[: cells - sum(widths)]:
        widths[index] += 1
    return "".join(band_symbol(i) * width for i, width in enumerate(widths))


def band_symbol(index: int) -> str:
    """The symbol of the band at `index` in the scale's order."""
    return BAND_SYMBOLS[index % len(BAND_SYMBOLS)]
