"""The action plan's template context."""

from __future__ import annotations

from typing import Any

from yhdyspinta_cli.assessment.actions import Action, missing_for_check
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.render.markdown import md_text
from yhdyspinta_cli.report.context import ReportInput, base_context


def plan_context(source: ReportInput) -> dict[str, Any]:
    """Actions by recommendation and by owner, the timeline, overdue ones, gaps with no action."""
    lang = source.lang
    by_recommendation = []
    for checklist in source.catalog.checklists:
        ids = {item.id for item in checklist.items}
        actions = [a for a in source.actions if ids & set(a.items)]
        if actions:
            by_recommendation.append(
                {
                    "heading": f"{checklist.id} {md_text(checklist.title.get(lang))}",
                    "rows": [_action_row(a, source) for a in actions],
                }
            )
    return {
        **base_context(source),
        "action_count": len(source.actions),
        "by_recommendation": by_recommendation,
        "by_owner": _by_owner(source),
        "timeline_rows": [_timeline_row(a, source) for a in _by_due(source.actions)],
        "overdue": [_overdue_line(a, source) for a in source.actions if a.is_overdue(source.today)],
        "not_accepted": [
            _not_accepted_line(a, source) for a in source.actions if missing_for_check(a)
        ],
        "gap_rows": _gaps_without_action(source),
        "gap_lines": [_gap_line(row, source) for row in _gaps_without_action(source)],
        "details": [d for a in source.actions if (d := _details(a, source))],
    }


def _details(action: Action, source: ReportInput) -> list[str] | None:
    """What an action is about in words: description, success measure, start, notes."""
    texts = (action.description, action.measure, action.start, action.notes)
    if not any(texts):
        return None
    return [f"{action.id} {md_text(action.title)}", *(md_text(t) if t else "–" for t in texts)]


def _action_row(action: Action, source: ReportInput) -> list[str]:
    return [
        f"{action.id} {md_text(action.title)}",
        ", ".join(action.items),
        _owner(action, source),
        md_text(action.responsible or "–"),
        _due(action, source),
        _status(action, source),
    ]


def _by_owner(source: ReportInput) -> list[dict[str, Any]]:
    groups = []
    for org in source.assessment.organisations:
        actions = [a for a in source.actions if a.owner == org.key]
        if actions:
            groups.append(
                {
                    "heading": f"{md_text(org.name)} ({md_text(org.key)})",
                    "rows": [_without_owner(_action_row(a, source)) for a in actions],
                }
            )
    return groups


def _without_owner(row: list[str]) -> list[str]:
    """An action row under its owner's heading: the owner column would only repeat it."""
    return row[:2] + row[3:]


def _by_due(actions: list[Action] | Any) -> list[Action]:
    return sorted(actions, key=lambda a: (a.due is None, a.due or "", a.id))


def _timeline_row(action: Action, source: ReportInput) -> list[str]:
    return [
        _due(action, source),
        f"{action.id} {md_text(action.title)}",
        _owner(action, source),
        _status(action, source),
    ]


def _overdue_line(action: Action, source: ReportInput) -> str:
    labels = source.labels
    return (
        f"**{labels['overdue_flag']}** {action.id} {md_text(action.title)} "
        f"({labels['due']} {action.due}, {_owner(action, source)}, {_status(action, source)})"
    )


def _not_accepted_line(action: Action, source: ReportInput) -> str:
    """**check ei hyväksy: määräaika puuttuu** A5 Otsikko (Tampere, suunniteltu)"""
    words = [message(f"plan_missing_{field}", source.lang) for field in missing_for_check(action)]
    flag = source.labels["not_accepted_flag"].format(missing=", ".join(words))
    return (
        f"**{flag}** {action.id} {md_text(action.title)} "
        f"({_owner(action, source)}, {_status(action, source)})"
    )


def _gap_line(row: list[str], source: ReportInput) -> str:
    """`**S1.1b** The question — gap 1, priority 2`: a list line, as questions are long."""
    item_id, question, gap, priority = row
    gap_word, priority_word = source.labels["gap"].lower(), source.labels["priority"].lower()
    return f"**{item_id}** {question} — {gap_word} {gap}, {priority_word} {priority}"


def _gaps_without_action(source: ReportInput) -> list[list[str]]:
    covered = {
        item for action in source.actions for item in action.items if action.status != "cancelled"
    }
    gaps = [s for s in source.scores.by_priority() if s.item.id not in covered]
    return [
        [
            s.item.id,
            md_text(s.item.question.get(source.lang)),
            str(s.gap),
            str(s.priority),
        ]
        for s in gaps
    ]


def _owner(action: Action, source: ReportInput) -> str:
    org = source.assessment.organisation(action.owner)
    return md_text(org.name if org else action.owner)


def _due(action: Action, source: ReportInput) -> str:
    if action.due is None:
        return f"**{source.labels['no_due']}**"
    flag = f" **{source.labels['overdue_flag']}**" if action.is_overdue(source.today) else ""
    return f"{action.due}{flag}"


def _status(action: Action, source: ReportInput) -> str:
    return source.labels.get(f"status_{action.status}", action.status)
