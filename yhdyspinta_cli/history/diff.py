"""A semantic diff of two versions of one assessment: answers, actions and the file's details."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from yhdyspinta_cli.assessment.fields import EDITED_ANSWER_KEYS

CLOSED = ("done", "cancelled")
# Bookkeeping that changes with every edit or follows from other fields: not a change to report.
ANSWER_FIELDS = EDITED_ANSWER_KEYS
ACTION_FIELDS = (
    "title",
    "items",
    "owner",
    "responsible",
    "status",
    "start",
    "due",
    "description",
    "measure",
    "notes",
)
# An action added or removed is one row: its id and title, then these.
SUMMARY_FIELDS = ("owner", "due", "status")
DETAIL_FIELDS = ("region", "county", "date", "language", "facilitator")


@dataclass(frozen=True)
class Change:
    """One field that differs; None where the field is absent on that side."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class ItemDiff:
    """How one item's answer changed: `added`, `removed` or `changed`."""

    item_id: str
    kind: str
    changes: tuple[Change, ...]
    section: str = "answers"


@dataclass(frozen=True)
class ActionDiff:
    """How one action changed; `kinds` from added, removed, closed, reopened, redated, changed."""

    action_id: str
    title: str
    kinds: tuple[str, ...]
    changes: tuple[Change, ...]

    @property
    def is_whole(self) -> bool:
        """Added or removed: `changes` are then its owner, due date and status."""
        return self.kinds in (("added",), ("removed",))


@dataclass(frozen=True)
class AssessmentDiff:
    """Everything that differs between an old and a new version."""

    old_label: str
    new_label: str
    region: str
    details: tuple[Change, ...]
    items: tuple[ItemDiff, ...]
    actions: tuple[ActionDiff, ...]

    @property
    def is_empty(self) -> bool:
        """True when the versions say the same thing (layout and timestamps aside)."""
        return not (self.details or self.items or self.actions)


def diff_assessments(
    old: Mapping[str, Any], new: Mapping[str, Any], old_label: str, new_label: str
) -> AssessmentDiff:
    """Compare two validated assessments item by item and action by action."""
    items = [*_section_diffs(old, new, "answers"), *_section_diffs(old, new, "orphaned")]
    return AssessmentDiff(
        old_label=old_label,
        new_label=new_label,
        region=str(new.get("region", "")),
        details=tuple(_detail_changes(old, new)),
        items=tuple(items),
        actions=tuple(_action_diffs(old.get("actions") or [], new.get("actions") or [])),
    )


def _section_diffs(old: Mapping[str, Any], new: Mapping[str, Any], section: str) -> list[ItemDiff]:
    before, after = old.get(section) or {}, new.get(section) or {}
    diffs = []
    for item_id in _union(before, after):
        changes = tuple(_answer_changes(before.get(item_id), after.get(item_id)))
        if changes:
            kind = _kind(item_id in before, item_id in after)
            diffs.append(ItemDiff(str(item_id), kind, changes, section))
    return diffs


def _answer_changes(
    old: Mapping[str, Any] | None, new: Mapping[str, Any] | None
) -> Iterator[Change]:
    old, new = old or {}, new or {}
    for name in ANSWER_FIELDS:
        if name == "ratings":
            yield from _mapping_changes("ratings", old.get(name) or {}, new.get(name) or {})
        elif old.get(name) != new.get(name):
            yield Change(name, old.get(name), new.get(name))


def _action_diffs(
    old: Sequence[Mapping[str, Any]], new: Sequence[Mapping[str, Any]]
) -> list[ActionDiff]:
    before = {str(a["id"]): a for a in old}
    after = {str(a["id"]): a for a in new}
    diffs = []
    for action_id in _union(before, after):
        a, b = before.get(action_id, {}), after.get(action_id, {})
        changes = tuple(
            Change(n, a.get(n), b.get(n)) for n in ACTION_FIELDS if a.get(n) != b.get(n)
        )
        if changes and not (a and b):
            changes = tuple(Change(n, a.get(n), b.get(n)) for n in SUMMARY_FIELDS)
        if changes:
            title = str(b.get("title") or a.get("title") or "")
            diffs.append(ActionDiff(action_id, title, _action_kinds(a, b), changes))
    return diffs


def _action_kinds(old: Mapping[str, Any], new: Mapping[str, Any]) -> tuple[str, ...]:
    if not old or not new:
        return (_kind(bool(old), bool(new)),)
    kinds = []
    was_closed, is_closed = old.get("status") in CLOSED, new.get("status") in CLOSED
    if is_closed and not was_closed:
        kinds.append("closed")
    elif was_closed and not is_closed:
        kinds.append("reopened")
    explained = {"due"} | ({"status"} if kinds else set())
    if old.get("due") != new.get("due"):
        kinds.append("redated")
    if any(old.get(n) != new.get(n) for n in ACTION_FIELDS if n not in explained):
        kinds.append("changed")
    return tuple(kinds)


def _detail_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[Change]:
    for name in DETAIL_FIELDS:
        if old.get(name) != new.get(name):
            yield Change(name, old.get(name), new.get(name))
    yield from _mapping_changes("organisations", _orgs(old), _orgs(new))
    yield from _mapping_changes(
        "checklists", old.get("checklists") or {}, new.get("checklists") or {}
    )
    before, after = len(old.get("conflicts") or ()), len(new.get("conflicts") or ())
    if before != after:
        yield Change("conflicts", before, after)


def _orgs(data: Mapping[str, Any]) -> dict[str, str]:
    return {str(o["key"]): f"{o['name']} ({o['type']})" for o in data.get("organisations") or ()}


def _mapping_changes(name: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[Change]:
    for key in _union(old, new):
        if old.get(key) != new.get(key):
            yield Change(f"{name}.{key}", old.get(key), new.get(key))


def _union(first: Mapping[str, Any], second: Mapping[str, Any]) -> list[str]:
    """Keys of `first` in its order, then the keys only `second` has, in its order."""
    return [*first, *(key for key in second if key not in first)]


def _kind(in_old: bool, in_new: bool) -> str:
    if in_old and in_new:
        return "changed"
    return "added" if in_new else "removed"
