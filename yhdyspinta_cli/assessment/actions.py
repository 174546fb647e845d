"""Actions of the plan: who does what, by when, for which items. Stored in the assessment."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import SingleQuotedScalarString

from yhdyspinta_cli.assessment.fields import (
    ACTION_DATE_FIELDS,
    ACTION_STATUSES,
    OPEN_STATUSES,
    fields_check_misses,
    is_iso_date,
)
from yhdyspinta_cli.assessment.store import AssessmentFile
from yhdyspinta_cli.assessment.typed_text import accept_optional_text, text_scalar
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.ids import known_ids_listing, resolve_id, resolve_item_id
from yhdyspinta_cli.problems import UsageError

STATUSES = ACTION_STATUSES
DATE_FIELDS = ACTION_DATE_FIELDS
ACTION_ID = re.compile(r"^A([0-9]+)$")


@dataclass(frozen=True)
class Action:
    """One action, as stored."""

    id: str
    items: tuple[str, ...]
    title: str
    owner: str
    status: str = "planned"
    description: str | None = None
    responsible: str | None = None
    start: str | None = None
    due: str | None = None
    measure: str | None = None
    notes: str | None = None

    def is_overdue(self, today: date) -> bool:
        """Due date past and still open."""
        is_open = self.status in OPEN_STATUSES
        return (
            is_open
            and self.due is not None
            and is_iso_date(self.due)
            and self.due < today.isoformat()
        )


def missing_for_check(action: Action) -> tuple[str, ...]:
    """`owner`, `due`: what `check` still needs before it counts the action against a gap."""
    return fields_check_misses({"status": action.status, "owner": action.owner, "due": action.due})


FIELD_ORDER = (*(f.name for f in fields(Action)), "changed")


@dataclass(frozen=True)
class ActionChange:
    """Fields to set on an action; None leaves a field as it is, '' removes an optional one."""

    items: tuple[str, ...] | None = None
    title: str | None = None
    owner: str | None = None
    status: str | None = None
    description: str | None = None
    responsible: str | None = None
    start: str | None = None
    due: str | None = None
    measure: str | None = None
    notes: str | None = None


def actions_from_data(data: Sequence[Mapping[str, Any]]) -> list[Action]:
    """The actions of a validated file."""
    return [
        Action(
            id=str(entry["id"]),
            items=tuple(str(i) for i in entry["items"]),
            title=str(entry["title"]),
            owner=str(entry["owner"]),
            status=str(entry.get("status", "planned")),
            **{name: _opt(entry.get(name)) for name in _OPTIONAL},
        )
        for entry in data
    ]


_OPTIONAL = ("description", "responsible", "start", "due", "measure", "notes")


def add_action(file: AssessmentFile, change: ActionChange, catalog: Catalog, now: str) -> str:
    """Append a new action; returns its id (A1, A2, ...)."""
    change = _resolve_ids(typed_text_accepted(change), file, catalog)
    if not change.items or not change.title or not change.owner:
        raise UsageError(msg("action_needs_fields"))
    actions = _actions(file)
    action_id = f"A{_next_number(actions)}"
    entry = CommentedMap([("id", action_id)])
    _apply(entry, change, file, catalog, is_new=True)
    entry["changed"] = SingleQuotedScalarString(now)
    actions.append(entry)
    return action_id


def typed_text_accepted(change: ActionChange) -> ActionChange:
    """The change's typed texts made safe to keep; TypedTextError names a field that is not."""
    return replace(
        change,
        title=accept_optional_text("--title", change.title),
        description=accept_optional_text("--description", change.description),
        responsible=accept_optional_text("--responsible", change.responsible),
        measure=accept_optional_text("--measure", change.measure),
        notes=accept_optional_text("--notes", change.notes),
    )


def edit_action(
    file: AssessmentFile, action_id: str, change: ActionChange, catalog: Catalog, now: str
) -> None:
    """Change fields of an existing action."""
    change = _resolve_ids(typed_text_accepted(change), file, catalog)
    entry = _find(file, action_id)
    before = {k: entry[k] for k in entry}
    _apply(entry, change, file, catalog, is_new=False)
    if {k: entry[k] for k in entry} != before:
        _set(entry, "changed", SingleQuotedScalarString(now))


def _apply(
    entry: CommentedMap, change: ActionChange, file: AssessmentFile, catalog: Catalog, is_new: bool
) -> None:
    """Check the whole change first, so a refused change leaves the entry as it was."""
    _check(change, file, catalog)
    _check_order(_after(entry, change, "start"), _after(entry, change, "due"))
    if change.items is not None:
        seq = CommentedSeq(change.items)
        seq.fa.set_flow_style()
        _set(entry, "items", seq)
    for name in ("title", "owner"):
        value = getattr(change, name)
        if value is not None:
            _set(entry, name, text_scalar(value))
    if is_new or change.status is not None:
        _set(entry, "status", change.status or "planned")
    for name in _OPTIONAL:
        value = getattr(change, name)
        if value is None:
            continue
        if value == "":
            entry.pop(name, None)
        elif name in DATE_FIELDS:
            _set(entry, name, SingleQuotedScalarString(value))
        else:
            _set(entry, name, text_scalar(value))


def _after(entry: CommentedMap, change: ActionChange, name: str) -> str | None:
    """A date field as it will be once `change` is applied."""
    value = getattr(change, name)
    if value is None:
        value = entry.get(name)
    return str(value) if value else None


def _check_order(start: str | None, due: str | None) -> None:
    if start and due and due < start:
        raise UsageError(msg("action_due_before_start", due=due, start=start))


def _check(change: ActionChange, file: AssessmentFile, catalog: Catalog) -> None:
    for name in ("title", "owner"):
        value = getattr(change, name)
        if value is not None and not value.strip():
            raise UsageError(msg("option_empty", name=name))
    for item_id in change.items or ():
        if catalog.item(item_id) is None:
            raise UsageError(msg("edit_unknown_item", item=item_id))
    orgs = {org.key for org in file.view().organisations}
    if change.owner is not None and change.owner not in orgs:
        known = ", ".join(sorted(orgs)) or msg("no_organisations")
        raise UsageError(msg("action_unknown_owner", owner=change.owner, known=known))
    if change.status is not None and change.status not in STATUSES:
        known = ", ".join(STATUSES)
        raise UsageError(msg("action_unknown_status", status=change.status, known=known))
    for name in DATE_FIELDS:
        value = getattr(change, name)
        if value:
            _check_date(name, value)


def _check_date(name: str, value: str) -> None:
    if not is_iso_date(value):
        raise UsageError(msg("option_bad_date", name=name, value=value))


def _actions(file: AssessmentFile) -> CommentedSeq:
    actions = file.data.get("actions")
    if actions is None:
        actions = file.data["actions"] = CommentedSeq()
    actions.fa.set_block_style()
    result: CommentedSeq = actions
    return result


def _resolve_ids(change: ActionChange, file: AssessmentFile, catalog: Catalog) -> ActionChange:
    """The change with its item ids and owner as the catalog and the file spell them."""
    items = change.items and tuple(resolve_item_id(item, catalog) for item in change.items)
    owner = change.owner
    if owner:
        orgs = sorted(org.key for org in file.view().organisations)
        listing = known_ids_listing(orgs, "ids_list_organisations")
        owner = resolve_id(owner, orgs, msg("ids_unknown_owner", given=owner), listing)
    return replace(change, items=items, owner=owner)


def _find(file: AssessmentFile, action_id: str) -> CommentedMap:
    ids = [str(entry.get("id")) for entry in _actions(file)]
    listing = known_ids_listing(ids, "ids_list_actions")
    unknown = msg("ids_no_action", given=action_id, file=file.path)
    wanted = resolve_id(action_id, ids, unknown, listing)
    found: CommentedMap = next(e for e in _actions(file) if str(e.get("id")) == wanted)
    return found


def _next_number(actions: Sequence[Mapping[str, Any]]) -> int:
    numbers = [int(m.group(1)) for a in actions if (m := ACTION_ID.match(str(a.get("id", ""))))]
    return max(numbers, default=0) + 1


def _set(entry: CommentedMap, key: str, value: Any) -> None:
    if key in entry:
        if entry[key] != value:
            entry[key] = value
        return
    rank = FIELD_ORDER.index(key)
    position = sum(1 for k in entry if k in FIELD_ORDER and FIELD_ORDER.index(k) < rank)
    entry.insert(position, key, value)


def _opt(value: Any) -> str | None:
    return None if value is None else str(value)
