"""The gap report's charts: each recommendation's levels against its targets.

A row without a level says why in the catalog's words (don't know, not applicable, unanswered),
so an empty row is never left to be guessed at.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from yhdyspinta_cli.analysis.scoring import UNANSWERED, GroupScore, ItemScore, Scores
from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE
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
from yhdyspinta_cli.render.numbers import fmt_level, fmt_number

TEMPLATE = "chart-levels.svg.j2"
VALUE_ROOM = 40  # px right of the top level, for the value written after a full bar
STATE_WORDS = {DONT_KNOW: "dont_know", NOT_APPLICABLE: "not_applicable", UNANSWERED: "unanswered"}


@dataclass(frozen=True)
class LevelRow:
    """One bar: a name, its level and target (None when there is none), and words if no level."""

    name: str
    current: float | None
    target: float | None
    note: str = ""  # why there is no level, or that the target is missing
    mean: bool = False  # a recommendation's mean: one decimal, as in the report's tables

    def shown(self, value: float, lang: str) -> str:
        """A level as the report's tables write it (3 for an item, 3,3 for a mean)."""
        return fmt_number(value, lang) if self.mean else fmt_level(value, lang)


def draw_charts(
    env: Any, scores: Scores, top_level: int, labels: dict[str, str], lang: str, stem: str
) -> list[Chart]:
    """The overview chart and one chart per recommendation, as SVG text (Chart.svg)."""
    overview = [_group_row(c.id, g, labels) for c, g in scores.recommendations]
    charts = [_chart(env, "overview", labels["chart_alt"], overview, top_level, labels, lang, stem)]
    for checklist, group in scores.recommendations:
        rows = [_item_row(s, labels) for s in group.items]
        title = f"{labels['items_chart_alt']}: {checklist.id} {checklist.title.get(lang)}"
        charts.append(_chart(env, checklist.id, title, rows, top_level, labels, lang, stem))
    return charts


def _item_row(score: ItemScore, labels: dict[str, str]) -> LevelRow:
    current = None if score.current is None else float(score.current)
    target = None if score.target is None else float(score.target)
    if score.state in STATE_WORDS:
        return LevelRow(score.item.id, None, target, labels[STATE_WORDS[score.state]])
    return LevelRow(score.item.id, current, target, _missing(current, target, labels))


def _group_row(name: str, group: GroupScore, labels: dict[str, str]) -> LevelRow:
    if group.mean_level is None:
        counts = {
            DONT_KNOW: group.dont_know,
            NOT_APPLICABLE: group.not_applicable,
            UNANSWERED: group.unanswered,
        }
        words = [f"{labels[STATE_WORDS[s]]} {n}" for s, n in counts.items() if n]
        return LevelRow(name, None, None, " · ".join(words), mean=True)
    target = _mean_target(group)
    note = _missing(group.mean_level, target, labels)
    return LevelRow(name, group.mean_level, target, note, mean=True)


def _missing(current: float | None, target: float | None, labels: dict[str, str]) -> str:
    return labels["missing_target"] if current is not None and target is None else ""


def _mean_target(group: GroupScore) -> float | None:
    targets = [s.target for s in group.items if s.target is not None and s.current is not None]
    return sum(targets) / len(targets) if targets else None


def _chart(
    env: Any,
    key: str,
    title: str,
    rows: Sequence[LevelRow],
    top_level: int,
    labels: dict[str, str],
    lang: str,
    stem: str,
) -> Chart:
    names = [plain_label(r.name) for r in rows]
    box = frame(names, VALUE_ROOM)
    legend = legend_entries([labels["current"], labels["target"]], box.bottom + 34)
    context = {
        "title": title,
        "desc": "; ".join(_described(r, labels, lang) for r in rows) + ".",
        "width": WIDTH,
        "height": round(legend[-1]["y"] + 22),
        "frame": box,
        "ticks": [{"x": _x(box, v, top_level), "label": str(v)} for v in range(top_level + 1)],
        "rows": [
            _drawn(box, i, name, row, top_level, lang)
            for i, (name, row) in enumerate(zip(names, rows, strict=True))
        ],
        "legend": legend,
    }
    return draw(env, TEMPLATE, key, f"{stem}-{key.lower()}.svg", context)


def _drawn(
    box: Frame, index: int, name: str, row: LevelRow, top_level: int, lang: str
) -> dict[str, Any]:
    """One row's coordinates: the bar, its value inside its end, words after it, the target."""
    end = box.left if row.current is None else _x(box, row.current, top_level)
    value = "" if row.current is None else row.shown(row.current, lang)
    inside = bool(value) and end - box.left >= text_width(value) + 10
    after = " · ".join(t for t in ("" if inside else value, row.note) if t)
    if after and end + 6 + text_width(after) > WIDTH:  # a full bar: all of it inside
        value, after, inside = " · ".join(t for t in (value, row.note) if t), "", True
    y, height = box.row_y(index), round(ROW * 0.55, 1)
    return {
        "name": name,
        "text_y": round(y + 4, 1),
        "bar_y": round(y - height / 2, 1),
        "bar_width": round(end - box.left, 1),
        "bar_height": height,
        "mark": (round(y - height / 2 - 4, 1), round(y + height / 2 + 4, 1)),
        "inside": value if inside else "",
        "inside_x": round(end - 5, 1),
        "after": after,
        "after_x": round(end + 6, 1),
        "no_level": row.current is None,
        "target_x": None if row.current is None else _target_x(box, row.target, top_level),
    }


def _target_x(box: Frame, target: float | None, top_level: int) -> float | None:
    return None if target is None else _x(box, target, top_level)


def _x(box: Frame, value: float, top_level: int) -> float:
    return round(box.left + (box.right - box.left) * value / top_level, 1)


def _described(row: LevelRow, labels: dict[str, str], lang: str) -> str:
    """A row in words, for the chart's text alternative: S1.1a: Current 2, Target 4."""
    parts = []
    if row.current is not None:
        parts.append(f"{labels['current']} {row.shown(row.current, lang)}")
    if row.target is not None and row.current is not None:
        parts.append(f"{labels['target']} {row.shown(row.target, lang)}")
    if row.note:
        parts.append(row.note)
    return f"{row.name}: {', '.join(parts)}"
