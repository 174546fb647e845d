"""The summary's charts: stacked band bars like the survey charts, 100 % wide, N beside each.

Each band has a colour and a texture (chart-bands.svg.j2), the legend names them, and wide
segments carry their percent, so no band is told apart by colour alone. A row with no answers in
a band says why in the catalog's words (not applicable, unanswered).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from yhdyspinta_cli.checklist.model import Scale
from yhdyspinta_cli.render.charts import (
    ROW,
    WIDTH,
    Chart,
    Frame,
    draw,
    frame,
    legend_entries,
    plain_label,
    text_width,
)
from yhdyspinta_cli.render.numbers import fmt_whole_percent
from yhdyspinta_cli.summary.compute import Summary
from yhdyspinta_cli.summary.level_stats import LevelStats

TEMPLATE = "chart-bands.svg.j2"
LABEL_MIN_SHARE = 8  # percent: smaller segments get no number (the table and <desc> have it)
N_ROOM = text_width("N=00000") + 12  # px right of the bars, for each bar's N


@dataclass(frozen=True)
class Bars:
    """What one chart shows: its key, its title and the figures of each bar, top to bottom."""

    key: str
    title: str
    rows: Sequence[tuple[str, LevelStats]]


def summary_charts(
    env: Any,
    summary: Summary,
    scale: Scale,
    labels: dict[str, str],
    lang: str,
    names: dict[str, str],
    stem: str,
) -> list[Chart]:
    """Overview, one chart per recommendation, by type, by round and (with --group-by) by group.

    `names` maps each organisation type to its name, and "" to the name of "no county". Each
    Chart's `svg` is the chart's SVG text.
    """
    scope = summary.scope
    overview = [(r.id, r.figures) for r in scope.recommendations]
    bars = [Bars("overview", labels["summary_chart_overview"], overview)]
    for rec in scope.recommendations:
        items = [(r.id, r.figures) for r in scope.items if r.recommendation == rec.id]
        bars.append(Bars(rec.id, f"{labels['summary_chart_items']}: {rec.id}", items))
    typed = [(names[t.type], t.ratings) for t in summary.types]
    if typed:
        bars.append(Bars("types", labels["summary_chart_types"], typed))
    rounds = [(r.round, r.scope.overall.figures) for r in summary.rounds]
    bars.append(Bars("rounds", labels["summary_chart_rounds"], rounds))
    if summary.group_by:
        groups = [(g.name or names[""], g.scope.overall.figures) for g in summary.groups]
        bars.append(Bars("groups", labels["summary_chart_groups"], groups))
    return [_draw(env, b, scale, labels, lang, stem) for b in bars if b.rows]


def _draw(
    env: Any, bars: Bars, scale: Scale, labels: dict[str, str], lang: str, stem: str
) -> Chart:
    rows = [(plain_label(name), figures) for name, figures in bars.rows]
    box = frame([name for name, _ in rows], N_ROOM)
    band_labels = [band.label.get(lang) for band in scale.bands]
    legend = legend_entries(band_labels, box.bottom + 50)
    said = [_described(name, f, scale, band_labels, labels, lang) for name, f in rows]
    context = {
        "title": bars.title,
        "desc": "; ".join(said) + ".",
        "width": WIDTH,
        "height": round(legend[-1]["y"] + 22),
        "frame": box,
        "ticks": [{"x": _x(box, p), "label": str(p)} for p in range(0, 101, 20)],
        "axis_label_x": round((box.left + box.right) / 2, 1),
        "bands": _bands(scale, legend),
        "rows": [_row(box, i, name, f, scale, labels) for i, (name, f) in enumerate(rows)],
    }
    return draw(env, TEMPLATE, bars.key, f"{stem}-{bars.key.lower()}.svg", context)


def _bands(scale: Scale, legend: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each band's legend entry, whether it is a special answer, and its place among the levels'."""
    bands, level_bands = [], 0
    for band, entry in zip(scale.bands, legend, strict=True):
        bands.append({**entry, "special": band.special, "colour_index": level_bands})
        level_bands += band.special is None
    return bands


def _row(
    box: Frame, index: int, name: str, figures: LevelStats, scale: Scale, labels: dict[str, str]
) -> dict[str, Any]:
    """One bar's segments, left to right; widths are exact shares, the numbers the tables'."""
    y = box.row_y(index)
    segments, done = [], 0
    for band_index, band in enumerate(scale.bands):
        count = figures.band_counts[band.key]
        if not count:
            continue
        x = _x(box, 100 * done / figures.n)
        done += count
        width = round(_x(box, 100 * done / figures.n) - x, 1)
        shown = figures.band_percent[band.key]
        label = str(shown) if 100 * count / figures.n >= LABEL_MIN_SHARE else ""
        segments.append({"band": band_index, "x": x, "width": width, "label": label,
                         "label_x": round(x + width / 2, 1)})  # fmt: skip
    return {
        "name": name,
        "n": f"N={figures.n}",
        "text_y": round(y + 4, 1),
        "bar_y": round(y - ROW * 0.3, 1),
        "bar_height": round(ROW * 0.6, 1),
        "segments": segments,
        "note": "" if figures.n else _empty(figures, labels),
    }


def _empty(figures: LevelStats, labels: dict[str, str]) -> str:
    """Why a bar is empty: its not-applicable and unanswered counts, in the catalog's words."""
    counts = [("not_applicable", figures.not_applicable), ("unanswered", figures.unanswered)]
    words = [f"{labels[key]} {n}" for key, n in counts if n]
    return " · ".join(words) or labels["unanswered"]


def _x(box: Frame, percent: float) -> float:
    return round(box.left + (box.right - box.left) * percent / 100, 1)


def _described(
    name: str,
    figures: LevelStats,
    scale: Scale,
    band_labels: list[str],
    labels: dict[str, str],
    lang: str,
) -> str:
    """A bar in words, for the chart's text alternative: S1 (N=140): Not in place 34%, …"""
    if not figures.n:
        return f"{name} (N=0): {_empty(figures, labels)}"
    shares = ", ".join(
        f"{label} {fmt_whole_percent(figures.band_percent[band.key], lang)}"
        for band, label in zip(scale.bands, band_labels, strict=True)
    )
    return f"{name} (N={figures.n}): {shares}"
