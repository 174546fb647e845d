"""Moving an assessment to the current checklist versions without losing an answer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from yhdyspinta_cli.assessment.fields import version_key
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.problems import UserError


@dataclass(frozen=True)
class Migration:
    """What `migrate` changed."""

    versions: tuple[tuple[str, str | None, str], ...]
    added_items: tuple[str, ...]
    orphaned: tuple[str, ...]
    stale_actions: tuple[tuple[str, str], ...] = ()  # (action id, removed item id)
    split: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (removed item id, the new item ids)
    repointed: tuple[tuple[str, str], ...] = ()  # (action id, split item id) now on the new items

    @property
    def changed(self) -> bool:
        """Whether anything was changed."""
        return bool(self.versions or self.orphaned or self.repointed)


def migrate(data: Any, catalog: Catalog) -> Migration:
    """Update version pins, list items added since, move answers to removed items aside."""
    pins = data.setdefault("checklists", CommentedMap())
    old_pins = {str(k): str(v) for k, v in pins.items()}
    versions, added = [], []
    for checklist in catalog.checklists:
        old = pins.get(checklist.id)
        if old is not None and version_key(str(old)) >= version_key(checklist.version):
            continue
        versions.append((checklist.id, None if old is None else str(old), checklist.version))
        pins[checklist.id] = checklist.version
        since = version_key(str(old)) if old is not None else (0,)
        added += [i.id for i in checklist.items if version_key(i.added or "0.0.0") > since]
    orphaned = _orphan_removed(data, catalog, old_pins)
    split = tuple((i, parts) for i in orphaned if (parts := split_into(catalog, i)))
    repointed = _repoint_actions(data, catalog)
    return Migration(
        tuple(versions),
        tuple(added),
        tuple(orphaned),
        _stale_actions(data, catalog),
        split,
        repointed,
    )


def split_into(catalog: Catalog, item_id: str) -> tuple[str, ...]:
    """The ids of the items that say they were split from the removed item `item_id`."""
    return tuple(item.id for item in catalog.iter_items() if item.split_from == item_id)


def _repoint_actions(data: Any, catalog: Catalog) -> tuple[tuple[str, str], ...]:
    """An action on an item that was split now covers the items it was split into."""
    repointed = []
    for action in data.get("actions") or ():
        items = action.get("items") or []
        new: list[str] = []
        for item_id in map(str, items):
            parts = split_into(catalog, item_id) if catalog.item(item_id) is None else ()
            if parts:
                repointed.append((str(action.get("id")), item_id))
            new += [i for i in (parts or (item_id,)) if i not in new]
        if new != [str(i) for i in items]:
            while items:
                items.pop()
            items.extend(new)
    return tuple(repointed)


def _stale_actions(data: Any, catalog: Catalog) -> tuple[tuple[str, str], ...]:
    """Actions still pointing at removed items: the people who own them must decide."""
    return tuple(
        (str(action.get("id")), str(item_id))
        for action in data.get("actions") or ()
        for item_id in action.get("items") or ()
        if catalog.item(str(item_id)) is None
    )


def _orphan_removed(data: Any, catalog: Catalog, old_pins: dict[str, str]) -> list[str]:
    """Move answers to items no longer in their checklist into `orphaned`."""
    answers = data.get("answers") or {}
    known_checklists = {c.id for c in catalog.checklists}
    removed = [
        item_id
        for item_id in answers
        if catalog.item(item_id) is None and str(item_id).split(".")[0] in known_checklists
    ]
    if not removed:
        return []
    orphaned = data.setdefault("orphaned", CommentedMap())
    orphaned.fa.set_block_style()
    _refuse_clashes(answers, orphaned, removed)
    for item_id in removed:
        entry = answers.pop(item_id)
        if item_id in orphaned:
            continue  # the same answer was orphaned before (a merge brought it back)
        entry.setdefault("checklist_version", old_pins.get(item_id.split(".")[0], "unknown"))
        parts = split_into(catalog, item_id)
        if parts:  # the note that names the items to answer instead
            entry["replaced_by"] = CommentedSeq(parts)
            entry["replaced_by"].fa.set_flow_style()
        orphaned[item_id] = entry
    return removed


def _refuse_clashes(answers: Any, orphaned: Any, removed: list[str]) -> None:
    """Never overwrite an orphaned answer with a different one of the same id."""
    for item_id in removed:
        if item_id in orphaned and _without_version(orphaned[item_id]) != _without_version(
            answers[item_id]
        ):
            raise UserError(msg("migrate_clash", item=item_id))


def _without_version(entry: Any) -> dict[str, Any]:
    items = entry.items() if isinstance(entry, dict) else ()
    return {key: value for key, value in items if key not in ("checklist_version", "replaced_by")}
