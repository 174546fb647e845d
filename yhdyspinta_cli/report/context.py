"""What the report templates get: figures from one scoring, user text already escaped."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from yhdyspinta_cli.analysis.benchmark import Benchmark
from yhdyspinta_cli.analysis.scoring import UNANSWERED, GroupScore, ItemScore, Scores
from yhdyspinta_cli.assessment.actions import Action
from yhdyspinta_cli.assessment.model import Assessment, Organisation
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE
from yhdyspinta_cli.i18n import counted
from yhdyspinta_cli.render.bars import text_bar
from yhdyspinta_cli.render.markdown import md_text
from yhdyspinta_cli.render.numbers import fmt_number, fmt_percent
from yhdyspinta_cli.report.items import item_detail, item_row, value_text


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
        "participants": [_participant(o, source) for o in a.organisations],
        "facilitator": md_text(a.facilitator) if a.facilitator else "",
    }


def _participant(organisation: Organisation, source: ReportInput) -> str:
    """`Tampere (Kunta)`: the name and the actor type, unless the name already says the type.

    The type's label without its own parenthesis: "Työllisyysalue (työvoimaviranomainen)" is
    written "Työllisyysalue", so no parentheses nest; "Pirkanmaan hyvinvointialue" is left as it is.
    """
    name = md_text(organisation.name)
    term = source.catalog.vocabulary.term("actors", organisation.type)
    kind = (term.label.get(source.lang) if term else organisation.type).split(" (")[0]
    said = kind.split()[0].casefold() in organisation.name.casefold() if kind else True
    return name if said else f"{name} ({md_text(kind)})"


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
        "missing_target_count": _missing_target_line(scores),
        "priorities": [_priority_line(s, source) for s in scores.top_priorities()],
        "overview_chart": charts.get("overview"),
        "bar_rows": _bar_rows(source),
        "recommendations": [
            {
                "heading": f"{c.id} {md_text(c.title.get(lang))}",
                "chart": charts.get(c.id),
                "rows": [item_row(s, source, band_labels) for s in g.items],
                "details": [item_detail(s, source) for s in g.items],
                "answered": any(s.state != UNANSWERED for s in g.items),
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
        counted(f"plan_reason_{reason}", lang, score.gap or 0, gap=score.gap)
        for reason in score.reasons
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


def _missing_target_line(scores: Scores) -> str:
    """Items with a level but no target, overall and per recommendation: 1 (S2 1); "" if none."""
    if not scores.overall.missing_target:
        return ""
    parts = [
        f"{c.id} {len(g.missing_target)}" for c, g in scores.recommendations if g.missing_target
    ]
    return f"{len(scores.overall.missing_target)} ({', '.join(parts)})"


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
                value_text(before, source),
                value_text(score.answer.current, source),
                "–" if score.target is None else str(score.target),
                fmt_percent(score.progress, source.lang),
            ]
        )
    scores, lang = source.scores, source.lang
    compared = [(c, g) for c, g in scores.recommendations if _has_movement(g)]
    left_out = [c.id for c, g in scores.recommendations if not _has_movement(g)]
    return {
        "date": source.baseline.date,
        "rows": rows,
        "progress": fmt_percent(scores.overall.progress, lang),
        "movement_rows": [_movement_row(c.id, g, lang) for c, g in compared]
        + [_movement_row(f"**{source.labels['total']}**", scores.overall, lang)],
        "movement_left_out": (
            counted("movement_left_out", lang, len(left_out), ids=", ".join(left_out))
            if left_out
            else ""
        ),
        "declined": [
            f"{s.item.id}: {md_text(s.item.question.get(lang))} ({s.baseline} → {s.current})"
            for s in scores.overall.declined_items
        ],
    }


def _has_movement(group: GroupScore) -> bool:
    """Some item has a level both now and at the baseline: a row of zeros would say nothing."""
    return group.improved + group.unchanged + group.declined > 0


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
