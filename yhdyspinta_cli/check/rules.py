"""The policy rules of `check`, over a schema-valid assessment, as located problems."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yhdyspinta_cli.analysis.scoring import score_item
from yhdyspinta_cli.assessment.conflict_place import parse_conflict_path, resolve_hint
from yhdyspinta_cli.assessment.fields import OPEN_STATUSES, fields_check_misses, is_iso_date
from yhdyspinta_cli.assessment.model import Answer, Assessment
from yhdyspinta_cli.check.policy import Policy
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE, Checklist, Item
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.loading.yaml_loader import Document, Key
from yhdyspinta_cli.problems import Problem, Severity

CONFLICT_MARKER = "<<<<<<< "
MAX_SHOWN_PATH = 80


@dataclass(frozen=True)
class Coverage:
    """How many items of one required checklist an assessment addresses."""

    checklist_id: str
    title: str
    items: int
    addressed: int

    @property
    def complete(self) -> bool:
        """Every item addressed."""
        return self.addressed == self.items


def is_addressed(answer: Answer, policy: Policy) -> bool:
    """A level, or not applicable with a reason; don't know only when the policy allows it."""
    return answer.is_addressed or (policy.allow_dont_know and answer.current == DONT_KNOW)


def coverage(
    assessment: Assessment, catalog: Catalog, policy: Policy, lang: str
) -> tuple[Coverage, ...]:
    """The addressed count of each required checklist, titles in `lang`."""
    return tuple(
        Coverage(
            checklist.id,
            checklist.title.get(lang),
            len(checklist.items),
            sum(is_addressed(assessment.answer(item.id), policy) for item in checklist.items),
        )
        for checklist in _required(catalog, policy)
    )


def iter_policy_problems(
    document: Document, assessment: Assessment, catalog: Catalog, policy: Policy, today: str
) -> Iterator[Problem]:
    """Unaddressed required items, gaps without an action, overdue actions."""
    for checklist in _required(catalog, policy):
        for item in checklist.items:
            answer = assessment.answer(item.id)
            if not is_addressed(answer, policy):
                yield _unaddressed(document, item, answer)
    for item in catalog.iter_items():
        if item.id in assessment.answers:
            yield from _missing_target(document, item, assessment.answer(item.id))
            yield from _gap_problems(document, item, assessment, catalog, policy)
    for index, action in enumerate(assessment.actions):
        due = action.get("due")
        is_open = action.get("status") in OPEN_STATUSES
        if is_open and isinstance(due, str) and is_iso_date(due) and due < today:
            yield _overdue(document, index, action)


def iter_conflict_problems(document: Document) -> Iterator[Problem]:
    """Each entry of a `conflicts:` list that `yhdyspinta merge` left for a person to resolve."""
    data = document.data if isinstance(document.data, dict) else {}
    entries = data.get("conflicts")
    for index, entry in enumerate(entries if isinstance(entries, list) else ()):
        where = entry.get("path") if isinstance(entry, dict) else None
        if isinstance(where, str) and len(where) <= MAX_SHOWN_PATH:
            hint = resolve_hint(str(document.path), parse_conflict_path(where))
            text = msg("check_conflict_field", field=where, hint=hint)
        else:
            text = msg("check_conflict_some_field")
        yield document.problem(("conflicts", index), "merge-conflict", text)


def iter_marker_problems(path: Path, text: str) -> Iterator[Problem]:
    """Each `<<<<<<<` marker of git's line merge (left when the merge driver could not run)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith(CONFLICT_MARKER):
            yield Problem(path, number, 1, "merge-conflict", msg("check_conflict_markers"))


def _required(catalog: Catalog, policy: Policy) -> list[Checklist]:
    return [checklist for checklist in catalog.checklists if policy.is_required(checklist)]


def _unaddressed(document: Document, item: Item, answer: Answer) -> Problem:
    path = document.path
    command = f"`yhdyspinta answer {path} {item.id} --level N`"
    if answer.current == DONT_KNOW:
        text = msg("check_dont_know", item=item.id, command=command)
    elif answer.current == NOT_APPLICABLE:
        text = msg("check_na_without_reason", item=item.id)
    elif answer.current is not None:  # 3.0: a number the schema accepts, but not a level
        text = msg("check_not_a_level", item=item.id, value=answer.current)
    elif answer.ratings:
        text = msg("check_ratings_only", item=item.id, command=command)
    else:
        text = msg("check_no_answer", item=item.id, command=command)
    key: Key = ("answers", item.id) if item.id in _answers(document) else ("answers",)
    return _at_key(document, key, "not-addressed", text)


def _missing_target(document: Document, item: Item, answer: Answer) -> Iterator[Problem]:
    """A level with no target: the walk was interrupted there, and the gap is unknown."""
    if not answer.missing_target:
        return
    path = str(document.path)
    text = msg("check_missing_target", item=item.id, level=answer.level, path=path)
    line, column = document.key_position(("answers", item.id))
    yield Problem(document.path, line, column, "missing-target", text, Severity.WARNING)


def _gap_problems(
    document: Document, item: Item, assessment: Assessment, catalog: Catalog, policy: Policy
) -> Iterator[Problem]:
    answer = assessment.answer(item.id)
    gap = score_item(item, answer, catalog.scale).gap
    if gap is None or gap < policy.gap_threshold:
        return
    actions = [a for a in assessment.actions if item.id in (a.get("items") or ())]
    if any(_counts_for_gap(action) for action in actions):
        return
    ids = ", ".join(str(a.get("id")) for a in actions)
    values = {"item": item.id, "gap": gap, "level": answer.level, "target": answer.target}
    key = "check_gap_actions_unplanned" if actions else "check_gap_without_action"
    text = msg(key, ids=ids, path=str(document.path), **values)
    yield _at_key(document, ("answers", item.id), "gap-without-action", text)


def _counts_for_gap(action: Mapping[str, Any]) -> bool:
    return action.get("status") != "cancelled" and not fields_check_misses(action)


def _overdue(document: Document, index: int, action: Mapping[str, Any]) -> Problem:
    action_id, path = action.get("id"), document.path
    status = action.get("status")
    text = msg(
        "check_action_overdue", action=action_id, due=action.get("due"), status=status, path=path
    )
    line, column = document.position(("actions", index, "due"))
    return Problem(document.path, line, column, "action-overdue", text, Severity.WARNING)


def _at_key(document: Document, key: Key, rule: str, text: str) -> Problem:
    line, column = document.key_position(key)
    return Problem(document.path, line, column, rule, text)


def _answers(document: Document) -> Mapping[Any, Any]:
    data = document.data if isinstance(document.data, dict) else {}
    answers = data.get("answers")
    return answers if isinstance(answers, dict) else {}
