"""What the report templates get: figures from one scoring, user text already escaped."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from yhdyspinta_cli.analysis.benchmark import Benchmark
from yhdyspinta_cli.analysis.scoring import GroupScore, ItemScore, Scores
from yhdyspinta_cli.assessment.actions import Action
from yhdyspinta_cli.assessment.model import Assessment
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.render.bars import text_bar
from yhdyspinta_cli.render.markdown import md_text
from yhdyspinta_cli.render.numbers import fmt_number, fmt_percent


@dataclass(frozen=True)
class ReportInput:
    """Everything a report is made from."""

    assessment: Assessment
    catalog: Catalog
    scores: Scores
    actions: Sequence[Action]
    lang: str
    labels: dict[str, str]
    today: date
    baseline: Assessment | None = None
    benchmark: Benchmark | None = None  # --benchmark: a summary of other regions


def base_context(source: ReportInput) -> dict[str, Any]:
    """The heading facts every report shows."""
    a = source.assessment
    return {
        "L": source.labels,
        "lang": source.lang,
        "region": md_text(a.region),
        "county": md_text(a.county) if a.county else "",
        "date": a.date,
        "organisations": [f"{md_text(o.name)} ({md_text(o.key)})" for o in a.organisations],
    }


def gaps_context(source: ReportInput, charts: dict[str, str]) -> dict[str, Any]:
    """The gap analysis: summary, charts or bars, one table per recommendation, lists."""
    scores, lang, labels = source.scores, source.lang, source.labels
    band_labels = _band_labels(source)
    return {
        **base_context(source),
        "band_headers": list(band_labels.values()),
        "summary_rows": [
            _summary_row(f"{c.id} {md_text(c.title.get(lang))}", g, band_labels, lang)
            for c, g in scores.recommendations
        ]
        + [_summary_row(f"**{labels['total']}**", scores.overall, band_labels, lang)],
        "at_target": _at_target_line(scores),
        "priorities": [_priority_line(s, source) for s in scores.top_priorities()],
        "overview_chart": charts.get("overview"),
        "bar_rows": _bar_rows(source),
        "recommendations": [
            {
                "heading": f"{c.id} {md_text(c.title.get(lang))}",
                "chart": charts.get(c.id),
                "rows": [_item_row(s, source, band_labels) for s in g.items],
                "notes": [
                    f"{s.item.id}: {md_text(s.answer.note)}" for s in g.items if s.answer.note
                ],
            }
            for c, g in scores.recommendations
        ],
        "divergence_rows": _divergence_rows(source),
        "dont_know": _listed(source, lambda s: s.state == DONT_KNOW),
        "unanswered": _listed(source, lambda s: s.state == "unanswered"),
        "missing_target": _listed(source, lambda s: s.answer.missing_target),
        "not_applicable_rows": [
            [s.item.id, md_text(s.answer.reason or "")]
            for s in scores.items()
            if s.state == NOT_APPLICABLE
        ],
        "compare": _compare(source),
    }


def _band_labels(source: ReportInput) -> dict[str, str]:
    return {band.key: band.label.get(source.lang) for band in source.catalog.scale.bands}


def _summary_row(name: str, group: Any, bands: dict[str, str], lang: str) -> list[str]:
    return [
        name,
        fmt_percent(group.coverage, lang),
        fmt_number(group.mean_level, lang),
        fmt_percent(group.percent_to_target, lang),
        *[str(group.bands.get(key, 0)) for key in bands],
        str(group.unanswered),
    ]


def _priority_line(score: ItemScore, source: ReportInput) -> str:
    """S1.1a: question — gap 2, priority 6: a gap of 2 levels, the views differ. Action: A2 …"""
    lang, labels = source.lang, source.labels
    why = ", ".join(
        message(f"plan_reason_{reason}", lang, gap=score.gap) for reason in score.reasons
    )
    gap, priority = labels["gap"].lower(), labels["priority"].lower()
    line = (
        f"{score.item.id}: {md_text(score.item.question.get(lang))} — "
        f"{gap} {score.gap}, {priority} {score.priority}: {why}."
    )
    actions = [
        f"{a.id} {md_text(a.title)}"
        for a in source.actions
        if score.item.id in a.items and a.status != "cancelled"
    ]
    return f"{line} {labels['action']}: {', '.join(actions)}." if actions else line


def _at_target_line(scores: Scores) -> str:
    """Items at target overall, then per recommendation that has targets: 2/6 (S1 2/4, S2 0/2)."""
    parts = [f"{c.id} {g.at_target}/{g.targeted}" for c, g in scores.recommendations if g.targeted]
    overall = f"{scores.overall.at_target}/{scores.overall.targeted}"
    return f"{overall} ({', '.join(parts)})" if parts else overall


def _bar_rows(source: ReportInput) -> list[list[str]]:
    top = float(source.catalog.scale.values[-1])
    rows = []
    for checklist, group in source.scores.recommendations:
        targets = [s.target for s in group.items if s.target is not None and s.current is not None]
        mean_target = sum(targets) / len(targets) if targets else None
        rows.append(
            [
                checklist.id,
                _bar_cell(group.mean_level, top, source.lang),
                _bar_cell(mean_target, top, source.lang),
            ]
        )
    return rows


def _bar_cell(value: float | None, top: float, lang: str) -> str:
    return f"`{text_bar(value, top) or '·'}` {fmt_number(value, lang)}"


def _item_row(score: ItemScore, source: ReportInput, bands: dict[str, str]) -> list[str]:
    return [
        score.item.id,
        md_text(score.item.question.get(source.lang)),
        _answer_text(score, source),
        str(score.target) if score.target is not None else "–",
        str(score.gap) if score.gap is not None else "–",
        bands.get(score.band or "", "–"),
    ]


def _answer_text(score: ItemScore, source: ReportInput) -> str:
    return _value_text(score.answer.current, source)


def _value_text(value: int | str | None, source: ReportInput) -> str:
    """A level as a number, don't know and not applicable by their labels, nothing as –."""
    if value in (DONT_KNOW, NOT_APPLICABLE):
        return source.catalog.scale.special_answer(str(value)).label.get(source.lang)
    return "–" if value is None else str(value)


def _divergence_rows(source: ReportInput) -> list[list[str]]:
    names = {o.key: o.name for o in source.assessment.organisations}
    rows = []
    for score in source.scores.items():
        if (score.divergence or 0) < 2:
            continue
        ratings = ", ".join(
            f"{md_text(names.get(k, k))} {v}" for k, v in score.answer.ratings.items()
        )
        rows.append([score.item.id, ratings, str(score.divergence)])
    return rows


def _listed(source: ReportInput, keep: Callable[[ItemScore], bool]) -> list[str]:
    return [
        f"{s.item.id}: {md_text(s.item.question.get(source.lang))}"
        for s in source.scores.items()
        if keep(s)
    ]


def _compare(source: ReportInput) -> dict[str, Any] | None:
    if source.baseline is None:
        return None
    rows = []
    for score in source.scores.items():
        before = source.baseline.answer(score.item.id).current
        if before == score.answer.current:
            continue
        rows.append(
            [
                score.item.id,
                _value_text(before, source),
                _value_text(score.answer.current, source),
                "–" if score.target is None else str(score.target),
                fmt_percent(score.progress, source.lang),
            ]
        )
    scores, lang = source.scores, source.lang
    return {
        "date": source.baseline.date,
        "rows": rows,
        "progress": fmt_percent(scores.overall.progress, lang),
        "movement_rows": [_movement_row(c.id, g, lang) for c, g in scores.recommendations]
        + [_movement_row(f"**{source.labels['total']}**", scores.overall, lang)],
        "declined": [
            f"{s.item.id}: {md_text(s.item.question.get(lang))} ({s.baseline} → {s.current})"
            for s in scores.overall.declined_items
        ],
    }


def _movement_row(name: str, group: GroupScore, lang: str) -> list[str]:
    """Improved, unchanged and declined, the mean change and the progress of one group."""
    return [
        name,
        str(group.improved),
        str(group.unchanged),
        str(group.declined),
        _signed(group.mean_change, lang),
        fmt_percent(group.progress, lang),
    ]


def _signed(value: float | None, lang: str) -> str:
    """A change with its sign: +0,5, −0,2 or 0,0."""
    text = fmt_number(None if value is None else abs(value), lang)
    if value is None or text == fmt_number(0, lang):
        return text
    return ("+" if value > 0 else "−") + text
