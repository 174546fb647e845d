"""Charts of levels against targets, as SVG. matplotlib is imported only here, only to draw."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from yhdyspinta_cli.analysis.scoring import GroupScore, Scores

CURRENT_COLOUR = "#005a8c"
TARGET_COLOUR = "#e07b00"


@dataclass(frozen=True)
class Chart:
    """One drawn chart: its key (overview, S1, ...), its file name and its SVG text."""

    key: str
    filename: str
    svg: str


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
    figure = new_figure(7, 0.45 * len(names) + 1.0)
    axes = figure.subplots()
    rows = list(range(len(names)))[::-1]
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
    axes.set_yticks(rows, labels=list(names))
    axes.set_xlim(0, top_level + 0.3)
    axes.set_xticks(range(top_level + 1))
    axes.grid(axis="x", color="#dddddd")
    axes.set_axisbelow(True)
    axes.legend(loc="lower right", fontsize=8, frameon=False)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    return Chart(key, f"{stem}-{key.lower()}.svg", svg_text(figure))


def new_figure(width: float, height: float) -> Any:
    """A matplotlib figure whose SVG is the same on every run (fixed ids, text as text)."""
    import matplotlib

    matplotlib.rcParams["svg.hashsalt"] = "yhdyspinta"
    matplotlib.rcParams["svg.fonttype"] = "none"
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def svg_text(figure: Any) -> str:
    """The figure as an SVG element, without the XML prologue or a date."""
    stream = io.StringIO()
    figure.savefig(stream, format="svg", metadata={"Date": None, "Creator": None})
    text = stream.getvalue()
    return text[text.index("<svg") :]
