"""The drawing core of every chart: horizontal bars with named rows, as reproducible SVG.

matplotlib is imported only here, and only when a command draws. The report's and the summary's
charts (report/charts.py, summary/charts.py) say what to draw; this module makes the figure,
names the rows, finishes the axes and writes the SVG.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from yhdyspinta_cli.render.controls import visible_controls

NAME_MAX = 36  # characters of a row's name; the tables beside a chart have it in full


@dataclass(frozen=True)
class Chart:
    """One drawn chart: its key (overview, S1, ...), its file name and its SVG text."""

    key: str
    filename: str
    svg: str


@dataclass(frozen=True)
class BarAxes:
    """A figure with one set of axes, and the y position of each row, top to bottom."""

    figure: Any
    axes: Any
    rows: list[int]


def bar_axes(width: float, height: float, rows: int) -> BarAxes:
    """A figure of `width` by `height` inches for `rows` bars, the first row on top."""
    figure = new_figure(width, height)
    return BarAxes(figure, figure.subplots(), list(range(rows))[::-1])


def finish_chart(chart: BarAxes, names: Sequence[str], key: str, stem: str) -> Chart:
    """Name the rows, drop the top and right frame, and write the SVG as `{stem}-{key}.svg`."""
    chart.axes.set_yticks(chart.rows, labels=list(names))
    for side in ("top", "right"):
        chart.axes.spines[side].set_visible(False)
    return Chart(key, f"{stem}-{key.lower()}.svg", svg_text(chart.figure))


def plain_label(name: str) -> str:
    """A name as a short plain label: one line, no control characters, no $...$ mathematics."""
    name = " ".join(visible_controls(name).split())
    short = name if len(name) <= NAME_MAX else name[: NAME_MAX - 1] + "…"
    return short.replace("$", r"\$")


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
