"""The gap report's charts: each recommendation's levels against its targets."""

from __future__ import annotations

from collections.abc import Sequence

from yhdyspinta_cli.analysis.scoring import GroupScore, Scores
from yhdyspinta_cli.render.charts import Chart, bar_axes, finish_chart, plain_label

CURRENT_COLOUR = "#005a8c"
TARGET_COLOUR = "#e07b00"


def draw_charts(scores: Scores, top_level: int, labels: dict[str, str], stem: str) -> list[Chart]:
    """The overview chart and one chart per recommendation."""
    charts = [
        _chart(
            "overview",
            stem,
            [c.id for c, _ in scores.recommendations],
            [g.mean_level for _, g in scores.recommendations],
            [_mean_target(g) for _, g in scores.recommendations],
            top_level,
            labels,
        )
    ]
    for checklist, group in scores.recommendations:
        charts.append(
            _chart(
                checklist.id,
                stem,
                [s.item.id for s in group.items],
                [None if s.current is None else float(s.current) for s in group.items],
                [None if s.target is None else float(s.target) for s in group.items],
                top_level,
                labels,
            )
        )
    return charts


def _mean_target(group: GroupScore) -> float | None:
    targets = [s.target for s in group.items if s.target is not None and s.current is not None]
    return sum(targets) / len(targets) if targets else None


def _chart(
    key: str,
    stem: str,
    names: Sequence[str],
    current: Sequence[float | None],
    target: Sequence[float | None],
    top_level: int,
    labels: dict[str, str],
) -> Chart:
    chart = bar_axes(7, 0.45 * len(names) + 1.0, len(names))
    axes, rows = chart.axes, chart.rows
    axes.barh(
        rows, [v or 0 for v in current], color=CURRENT_COLOUR, height=0.55, label=labels["current"]
    )
    marked = [(r, t) for r, t in zip(rows, target, strict=True) if t is not None]
    axes.scatter(
        [t for _, t in marked],
        [r for r, _ in marked],
        marker="|",
        s=400,
        linewidths=3,
        color=TARGET_COLOUR,
        label=labels["target"],
        zorder=3,
    )
    axes.set_xlim(0, top_level + 0.3)
    axes.set_xticks(range(top_level + 1))
    axes.grid(axis="x", color="#dddddd")
    axes.set_axisbelow(True)
    axes.legend(loc="lower right", fontsize=8, frameon=False)
    return finish_chart(chart, [plain_label(n) for n in names], key, stem)
