"""LevelStats as the summary's Markdown table cells, in the report's language."""

from __future__ import annotations

from yhdyspinta_cli.checklist.model import Scale
from yhdyspinta_cli.render.bars import band_symbol, stacked_bar
from yhdyspinta_cli.render.numbers import NO_VALUE, fmt_level, fmt_whole_percent
from yhdyspinta_cli.summary.level_stats import LevelStats, percent


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
        fmt_whole_percent(figures.band_percent[b.key], lang) if figures.n else NO_VALUE
        for b in scale.bands
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
    """The distribution as a code span of band symbols, or a dash when there is none."""
    bar = stacked_bar([figures.band_counts[b.key] for b in scale.bands])
    return f"`{bar}`" if bar else NO_VALUE


def legend(scale: Scale, lang: str) -> str:
    """`█` In place · `▒` Partly · … for the text bars."""
    return " · ".join(f"`{band_symbol(i)}` {b.label.get(lang)}" for i, b in enumerate(scale.bands))
