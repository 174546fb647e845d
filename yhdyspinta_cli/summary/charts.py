"""The summary's charts: stacked band bars like the survey charts, 100 % wide, N beside each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from yhdyspinta_cli.checklist.model import Scale
from yhdyspinta_cli.render.charts import Chart, bar_axes, finish_chart, plain_label
from yhdyspinta_cli.summary.compute import Summary
from yhdyspinta_cli.summary.level_stats import LevelStats

# Traffic-light bands as in THL's TEAviisari, with grey for don't know; by band, in scale order.
BAND_COLOURS = ("#d73027", "#fee08b", "#1a9850", "#bdbdbd", "#4575b4", "#984ea3")
TEXT_COLOURS = ("white", "black", "white", "black", "white", "white")
LABEL_MIN_SHARE = 8  # percent: smaller segments get no number


@dataclass(frozen=True)
class Bars:
    """What one chart shows: a label and the figures of each bar, top to bottom."""

    key: str
    rows: Sequence[tuple[str, LevelStats]]


def summary_charts(
    summary: Summary, scale: Scale, lang: str, names: dict[str, str], stem: str
) -> list[Chart]:
    """Overview, one chart per recommendation, by type, by round and (with --group-by) by group.

    `names` maps each organisation type to its name, and "" to the name of "no county".
    """
    bars = [Bars("overview", [(r.id, r.figures) for r in summary.scope.recommendations])]
    for rec in summary.scope.recommendations:
        items = [(r.id, r.figures) for r in summary.scope.items if r.recommendation == rec.id]
        bars.append(Bars(rec.id, items))
    typed = [(names[t.type], t.ratings) for t in summary.types]
    if typed:
        bars.append(Bars("types", typed))
    bars.append(Bars("rounds", [(r.round, r.scope.overall.figures) for r in summary.rounds]))
    if summary.group_by:
        groups = [(g.name or names[""], g.scope.overall.figures) for g in summary.groups]
        bars.append(Bars("groups", groups))
    labels = [band.label.get(lang) for band in scale.bands]
    return [_draw(b, scale, labels, stem) for b in bars if b.rows]


def _draw(bars: Bars, scale: Scale, band_labels: list[str], stem: str) -> Chart:
    chart = bar_axes(7.5, 0.42 * (len(bars.rows) + 1) + 1.2, len(bars.rows))
    axes, positions = chart.axes, chart.rows
    left = [0.0] * len(bars.rows)
    for index, band in enumerate(scale.bands):
        # Widths are exact shares; the numbers on them are the tables' rounded percents.
        widths = [100 * f.band_counts[band.key] / f.n if f.n else 0.0 for _, f in bars.rows]
        shown = [f.band_percent[band.key] for _, f in bars.rows]
        colour = BAND_COLOURS[index % len(BAND_COLOURS)]
        axes.barh(positions, widths, left=left, height=0.6, color=colour, label=band_labels[index])
        for y, x, width, label in zip(positions, left, widths, shown, strict=True):
            if width >= LABEL_MIN_SHARE:
                text_colour = TEXT_COLOURS[index % len(TEXT_COLOURS)]
                axes.text(
                    x + width / 2,
                    y,
                    str(label),
                    ha="center",
                    va="center",
                    fontsize=8,
                    color=text_colour,
                )
        left = [x + w for x, w in zip(left, widths, strict=True)]
    axes.set_xlim(0, 100)
    axes.set_xlabel("%")
    axes.legend(
        loc="upper center",
        bbox_to_anchor=(0.5, -0.12),
        ncol=len(band_labels),
        fontsize=8,
        frameon=False,
    )
    names = [f"{plain_label(name)} (N={f.n})" for name, f in bars.rows]
    return finish_chart(chart, names, bars.key, stem)
