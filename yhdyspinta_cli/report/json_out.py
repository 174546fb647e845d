"""The reports' figures as JSON for scripts, from the same scoring as the Markdown."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from yhdyspinta_cli.analysis.scoring import GroupScore, ItemScore, Scores
from yhdyspinta_cli.assessment.actions import Action, missing_for_check


def gaps_json(scores: Scores) -> dict[str, Any]:
    """Per recommendation and per item, plus the overall figures."""
    return {
        "recommendations": [_group(group) for _, group in scores.recommendations],
        "overall": _group(scores.overall),
        "items": [_item(score) for score in scores.items()],
        "missing_target": [s.item.id for s in scores.items() if s.answer.missing_target],
    }


def plan_json(scores: Scores, actions: list[Action], today: date) -> dict[str, Any]:
    """The actions, the overdue ones and the gaps that have no action."""
    covered = {i for a in actions if a.status != "cancelled" for i in a.items}
    return {
        "actions": [{**asdict(a), "items": list(a.items)} for a in actions],
        "overdue": [a.id for a in actions if a.is_overdue(today)],
        "not_accepted": [
            {"id": a.id, "missing": list(missing)}
            for a in actions
            if (missing := missing_for_check(a))
        ],
        "gaps_without_action": [
            {"id": s.item.id, "gap": s.gap, "priority": s.priority}
            for s in scores.by_priority()
            if s.item.id not in covered
        ],
    }


def _group(group: GroupScore) -> dict[str, Any]:
    return {
        "id": group.id,
        "coverage": group.coverage,
        "mean_level": group.mean_level,
        "percent_to_target": group.percent_to_target,
        "at_target": group.at_target,
        "targeted": group.targeted,
        "missing_target": list(group.missing_target),
        "bands": dict(group.bands),
        "answered": group.answered,
        "applicable": group.applicable,
        "dont_know": group.dont_know,
        "not_applicable": group.not_applicable,
        "unanswered": group.unanswered,
        "divergent_items": list(group.divergent),
        "progress": group.progress,
        **_movements(group),
    }


def _movements(group: GroupScore) -> dict[str, Any]:
    """Against a --compare baseline: improved, unchanged, declined, the mean change, declines."""
    if not any(s.baseline is not None for s in group.items):
        return {}
    return {
        "improved": group.improved,
        "unchanged": group.unchanged,
        "declined": group.declined,
        "mean_change": group.mean_change,
        "declined_items": [s.item.id for s in group.declined_items],
    }


def _item(score: ItemScore) -> dict[str, Any]:
    return {
        "id": score.item.id,
        "recommendation": score.item.checklist_id,
        "state": score.state,
        "current": score.answer.current,
        "target": score.target,
        "gap": score.gap,
        "band": score.band,
        "divergence": score.divergence,
        "priority": score.priority,
        "legal": list(score.item.legal),
        "baseline": score.baseline,
        "progress": score.progress,
    }
