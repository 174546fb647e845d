"""Checks beyond the schema: ids, levels and vocabulary keys, each a located problem."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from yhdyspinta_cli.model import Scale, Vocabulary
from yhdyspinta_cli.problems import Problem
from yhdyspinta_cli.yamlread import Document

TERM_KINDS = {"actors": "actor", "roles": "role", "legal": "legal reference"}


def iter_checklist_problems(
    document: Document, scale: Scale, vocabulary: Vocabulary
) -> Iterator[Problem]:
    """Problems of one checklist that its schema cannot see."""
    data = document.data if isinstance(document.data, dict) else {}
    checklist_id = data.get("id")
    for index, item in enumerate(_list(data.get("items"))):
        if not isinstance(item, dict):
            continue
        key = ("items", index)
        yield from _item_id_problems(document, key, item, checklist_id)
        yield from _level_problems(document, key, item, scale)
        for kind in TERM_KINDS:
            yield from _term_problems(document, key, item, kind, vocabulary)


def iter_duplicate_ids(documents: Iterable[Document]) -> Iterator[Problem]:
    """Checklist ids and item ids used more than once across `documents`."""
    first: dict[str, str] = {}
    for document in documents:
        data = document.data if isinstance(document.data, dict) else {}
        places: list[tuple[tuple[str | int, ...], Any]] = [(("id",), data.get("id"))]
        places += [
            (("items", i, "id"), item.get("id"))
            for i, item in enumerate(_list(data.get("items")))
            if isinstance(item, dict)
        ]
        for key, value in places:
            if not isinstance(value, str):
                continue
            line, _ = document.position(key)
            where = f"{document.path}:{line}"
            if value in first:
                text = f"id '{value}' is already used at {first[value]}; ids must be unique"
                yield document.problem(key, "duplicate-id", text)
            else:
                first[value] = where


def _item_id_problems(
    document: Document, key: tuple[str | int, ...], item: dict[str, Any], checklist_id: Any
) -> Iterator[Problem]:
    item_id = item.get("id")
    if not isinstance(item_id, str) or not isinstance(checklist_id, str):
        return
    if item_id.split(".")[0] != checklist_id:
        text = (
            f"item id '{item_id}' does not belong to checklist '{checklist_id}'; "
            f"item ids start with '{checklist_id}.'"
        )
        yield document.problem((*key, "id"), "item-id-mismatch", text)
    split_from = item.get("split_from")
    if isinstance(split_from, str) and split_from.split(".")[0] != checklist_id:
        text = f"split_from '{split_from}' names an item of another checklist than '{checklist_id}'"
        yield document.problem((*key, "split_from"), "split-from-mismatch", text)


def _level_problems(
    document: Document, key: tuple[str | int, ...], item: dict[str, Any], scale: Scale
) -> Iterator[Problem]:
    seen: set[int] = set()
    unreadable = False
    for index, entry in enumerate(_list(item.get("levels"))):
        value = entry.get("level") if isinstance(entry, dict) else None
        if not isinstance(value, int) or isinstance(value, bool):
            unreadable = True  # the schema reports it; "missing level" would say it twice
            continue
        where = (*key, "levels", index, "level")
        if value not in scale.values:
            allowed = ", ".join(str(v) for v in scale.values)
            text = f"unknown level {value}; the scale has levels {allowed}"
            yield document.problem(where, "unknown-level", text)
        elif value in seen:
            yield document.problem(where, "duplicate-level", f"level {value} is described twice")
        seen.add(value)
    if isinstance(item.get("levels"), list) and not unreadable:
        for value in scale.values:
            if value not in seen:
                text = f"no descriptor for level {value}; describe what level {value} looks like"
                yield document.problem((*key, "levels"), "missing-level", text)


def _term_problems(
    document: Document,
    key: tuple[str | int, ...],
    item: dict[str, Any],
    kind: str,
    vocabulary: Vocabulary,
) -> Iterator[Problem]:
    for index, term in enumerate(_list(item.get(kind))):
        if isinstance(term, str) and vocabulary.term(kind, term) is None:
            known = ", ".join(t.key for t in getattr(vocabulary, kind))
            text = f"unknown {TERM_KINDS[kind]} '{term}'; use one of: {known}"
            yield document.problem((*key, kind, index), f"unknown-{kind.rstrip('s')}", text)


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
