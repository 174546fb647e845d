"""The drawing core of every chart: horizontal bars with named rows, as SVG from a template.

The report's and the summary's charts (report/charts.py, summary/charts.py) say what to draw and
where; the SVG itself comes from a Jinja2 template in templates/ (`chart-levels.svg.j2`,
`chart-bands.svg.j2`), so a region can restyle its charts with `--template DIR` like its reports.
Every coordinate is rounded here, so the same figures give the same bytes on every run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from yhdyspinta_cli.render.controls import visible_controls
from yhdyspinta_cli.render.templates import render_template

NAME_MAX = 36  # characters of a row's name; the tables beside a chart have it in full
WIDTH = 680  # px: fits an A4 page's 718 px between margins without scaling
ROW = 28  # px per bar
FONT = 12  # px, the rows' names and the axis
NAME_GAP = 8  # px between a row's name and its bar


@dataclass(frozen=True)
class Chart:
    """One drawn chart: its key (overview, S1, ...), its file name and its SVG text."""

    key: str
    filename: str
    svg: str


@dataclass(frozen=True)
class Frame:
    """Where the bars go: the names' column ends at `left`, the scale runs to `right`."""

    left: float
    right: float
    top: float
    rows: int

    def row_y(self, index: int) -> float:
        """The vertical middle of row `index`, the first on top."""
        return round(self.top + ROW * index + ROW / 2, 1)

    @property
    def bottom(self) -> float:
        """Where the last row ends and the axis starts."""
        return self.top + ROW * self.rows


def frame(names: Sequence[str], right_margin: float, top: float = 8) -> Frame:
    """A frame whose name column is as wide as the longest name, at most NAME_MAX characters."""
    longest = max((text_width(n) for n in names), default=0.0)
    return Frame(round(8 + longest + NAME_GAP), WIDTH - right_margin, top, len(names))


def text_width(text: str, size: float = FONT) -> float:
    """An estimate of `text`'s width in px; layout only needs it not to be too small."""
    return len(text) * 0.62 * size  # a generous average glyph width of the page's sans-serif fonts


def plain_label(name: str) -> str:
    """A name as a short plain label: one line, no control characters, at most NAME_MAX long."""
    name = " ".join(visible_controls(name).split())
    return name if len(name) <= NAME_MAX else name[: NAME_MAX - 1] + "…"


def legend_entries(labels: Sequence[str], top: float, left: float = 8) -> list[dict[str, Any]]:
    """Legend swatches left to right, wrapping onto a new line when the chart's width is used."""
    entries: list[dict[str, Any]] = []
    x, y = left, top
    for label in labels:
        width = 18 + 6 + text_width(label) + 18
        if x + width > WIDTH and x > left:
            x, y = left, y + 22
        entries.append({"x": round(x, 1), "y": round(y, 1), "label": label})
        x += width
    return entries


def id_prefix(key: str) -> str:
    """The prefix of a chart's element ids: unique in a page that holds all of its charts."""
    return "chart-" + re.sub(r"[^a-z0-9_-]+", "-", key.lower())


def draw(env: Any, template: str, key: str, filename: str, context: dict[str, Any]) -> Chart:
    """Render a chart template; `context` has its `title`, `desc`, `width`, `height` and parts."""
    svg = render_template(env, template, {"id": id_prefix(key), **context})
    return Chart(key, filename, svg)
