"""The rules the writing commands apply, applied again to what a file says (issue 15.14).

A hand edit, a merge or another tool can put into a file what `answer`, `action` and `new`
would refuse: a day that does not exist, a start after the due date, a reason of only spaces,
a pin to an unknown checklist or to a version this yhdyspinta does not know yet.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from yhdyspinta_cli.assessment.fields import ACTION_DATE_FIELDS, ISO_DATE, is_iso_date, version_key
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.checklist.model import NOT_APPLICABLE
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.loading.yaml_loader import Document, Key
from yhdyspinta_cli.problems import Problem, Severity


def iter_value_problems(document: Document, catalog: Catalog) -> Iterator[Problem]:
    """Impossible dates, start after due, blank reasons, unknown or too new checklist pins."""
    data = document.data if isinstance(document.data, dict) else {}
    yield from _date_problems(document, ("date",), data.get("date"))
    for index, action in enumerate(_list(data.get("actions"))):
        if isinstance(action, dict):
            yield from _action_problems(document, ("actions", index), action)
    for section in ("answers", "orphaned"):
        for item_id, answer in _dict(data.get(section)).items():
            if isinstance(answer, dict):
                yield from _reason_problems(document, (section, item_id), answer)
    yield from _pin_problems(document, _dict(data.get("checklists")), catalog)


def _date_problems(document: Document, key: Key, value: Any) -> Iterator[Problem]:
    """A date in the right shape (the schema checks the shape) that is no day in the calendar."""
    if isinstance(value, str) and ISO_DATE.fullmatch(value) and not is_iso_date(value):
        text = msg("assessment_bad_date", value=value)
        yield document.problem(key, "bad-date", text)


def _action_problems(document: Document, key: Key, action: dict[Any, Any]) -> Iterator[Problem]:
    for name in ACTION_DATE_FIELDS:
        yield from _date_problems(document, (*key, name), action.get(name))
    start, due = str(action.get("start")), str(action.get("due"))
    if is_iso_date(start) and is_iso_date(due) and due < start:
        text = msg("assessment_start_after_due", due=due, start=start)
        yield document.problem((*key, "due"), "start-after-due", text)


def _reason_problems(document: Document, key: Key, answer: dict[Any, Any]) -> Iterator[Problem]:
    reason = answer.get("reason")
    if answer.get("current") == NOT_APPLICABLE and isinstance(reason, str) and not reason.strip():
        text = msg("assessment_blank_reason")
        yield document.problem((*key, "reason"), "blank-reason", text)


def _pin_problems(document: Document, pins: dict[Any, Any], catalog: Catalog) -> Iterator[Problem]:
    for checklist_id, pinned in pins.items():
        checklist = catalog.checklist(str(checklist_id))
        where = ("checklists", checklist_id)
        if checklist is None:
            text = msg("assessment_unknown_checklist", checklist=checklist_id)
            yield _warning(document, where, "unknown-checklist", text)
        elif version_key(str(pinned)) > version_key(checklist.version):
            known = checklist.version
            text = msg(
                "assessment_newer_checklist", checklist=checklist_id, pinned=pinned, known=known
            )
            yield _warning(document, where, "newer-checklist", text)


def _warning(document: Document, key: Key, rule: str, text: str) -> Problem:
    line, column = document.key_position(key)
    return Problem(document.path, line, column, rule, text, Severity.WARNING)


def _dict(value: Any) -> dict[Any, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
