"""Checks beyond the schema: ids, levels and vocabulary keys, each a located problem."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from yhdyspinta_cli.checklist.model import Scale, Vocabulary
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.loading.yaml_loader import Document
from yhdyspinta_cli.problems import Problem

TERM_KINDS = {"actors": "term_actor", "roles": "term_role", "legal": "term_legal"}


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
                text = msg("problem_duplicate_id", value=value, where=first[value])
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
        text = msg("problem_item_id_mismatch", item=item_id, checklist=checklist_id)
        yield document.problem((*key, "id"), "item-id-mismatch", text)
    split_from = item.get("split_from")
    if isinstance(split_from, str) and split_from.split(".")[0] != checklist_id:
        text = msg("problem_split_from_mismatch", item=split_from, checklist=checklist_id)
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
            text = msg("problem_unknown_level", value=value, allowed=allowed)
            yield document.problem(where, "unknown-level", text)
        elif value in seen:
            yield document.problem(
                where, "duplicate-level", msg("problem_duplicate_level", value=value)
            )
        seen.add(value)
    if isinstance(item.get("levels"), list) and not unreadable:
        for value in scale.values:
            if value not in seen:
                text = msg("problem_missing_level", value=value)
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
            text = msg("problem_unknown_term", kind=msg(TERM_KINDS[kind]), term=term, known=known)
            yield document.problem((*key, kind, index), f"unknown-{kind.rstrip('s')}", text)


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
