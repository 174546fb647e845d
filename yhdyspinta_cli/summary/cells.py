"""LevelStats as Markdown table cells, in the report's language, and the text distribution bars."""

from __future__ import annotations

from collections.abc import Sequence

from yhdyspinta_cli.checklist.model import Scale
from yhdyspinta_cli.summary.level_stats import LevelStats, percent

BAR_CELLS = 20  # one cell is 5 %
BAR_SYMBOLS = ("░", "▒", "█", "·", "▓", "▪")  # by band, in the scale's order
NO_VALUE = "–"


def fmt_level(value: float | None, lang: str) -> str:
    """A level or quantile with the decimals it needs (3, 2,5 or 2,25 in fi and sv)."""
    if value is None:
        return NO_VALUE
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang in ("fi", "sv") else text


def fmt_pct(value: int | None, lang: str) -> str:
    """A whole percent: 25 % in fi and sv, 25% in en."""
    if value is None:
        return NO_VALUE
    return f"{value} %" if lang in ("fi", "sv") else f"{value}%"


def share(part: int, whole: int) -> int | None:
    """`part` of `whole` as a whole percent, half up."""
    return percent(part, whole) if whole else None


def quartiles(figures: LevelStats, lang: str) -> str:
    """Q1–Q3, e.g. 2–4 or 2,25–3,5."""
    if figures.q1 is None:
        return NO_VALUE
    return f"{fmt_level(figures.q1, lang)}–{fmt_level(figures.q3, lang)}"


def figure_cells(figures: LevelStats, scale: Scale, lang: str) -> list[str]:
    """N, median, Q1–Q3, one percent per band and the distribution bar."""
    percents = [
        fmt_pct(figures.band_percent[b.key], lang) if figures.n else NO_VALUE for b in scale.bands
    ]
    return [
        str(figures.n),
        fmt_level(figures.median, lang),
        quartiles(figures, lang),
        *percents,
        bar_cell(figures, scale),
    ]


def figure_headers(labels: dict[str, str], scale: Scale, lang: str) -> list[str]:
    """Column headers that go with figure_cells."""
    return [
        labels["summary_n"],
        labels["summary_median"],
        labels["summary_quartiles"],
        *[band.label.get(lang) for band in scale.bands],
        labels["summary_distribution"],
    ]


def figure_align(scale: Scale) -> str:
    """Right-aligned numbers, a left-aligned bar."""
    return "rrr" + "r" * len(scale.bands) + "l"


def bar_cell(figures: LevelStats, scale: Scale) -> str:
    """The distribution as a code span of BAR_CELLS symbols, or a dash when there is none."""
    bar = stacked_bar([figures.band_counts[b.key] for b in scale.bands])
    return f"`{bar}`" if bar else NO_VALUE


def stacked_bar(counts: Sequence[int], cells: int = BAR_CELLS) -> str:
    """Counts as a bar of exactly `cells` symbols, shared out by the largest remainder."""
    total = sum(counts)
    if not total:
        return ""
    exact = [count * cells / total for count in counts]
    widths = [int(x) for x in exact]
    by_remainder = sorted(range(len(counts)), key=lambda i: (widths[i] - exact[i], i))
    for index in by_remainder[: cells - sum(widths)]:
        widths[index] += 1
    return "".join(_symbol(i) * width for i, width in enumerate(widths))


def legend(scale: Scale, lang: str) -> str:
    """`█` In place · `▒` Partly · … for the text bars."""
    return " · ".join(f"`{_symbol(i)}` {b.label.get(lang)}" for i, b in enumerate(scale.bands))


def _symbol(index: int) -> str:
    return BAR_SYMBOLS[index % len(BAR_SYMBOLS)]
