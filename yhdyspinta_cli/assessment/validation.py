"""Checks of an assessment file against its schema and the catalog, as located problems."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from yhdyspinta_cli.assessment.fields import version_key
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE
from yhdyspinta_cli.i18n import joined, msg
from yhdyspinta_cli.loading.yaml_loader import Document
from yhdyspinta_cli.problems import Problem, Severity


def iter_assessment_problems(document: Document, catalog: Catalog) -> Iterator[Problem]:
    """Schema errors, then cross-references: items, levels, organisations, versions."""
    from yhdyspinta_cli.loading.schema_validation import iter_schema_problems

    yield from iter_schema_problems(document, "assessment")
    yield from iter_reference_problems(document, catalog)


def iter_reference_problems(document: Document, catalog: Catalog) -> Iterator[Problem]:
    """Cross-references and the writers' value rules: items, levels, organisations, dates..."""
    from yhdyspinta_cli.assessment.value_rules import iter_value_problems

    data = document.data if isinstance(document.data, dict) else {}
    orgs = [o.get("key") for o in _list(data.get("organisations")) if isinstance(o, dict)]
    yield from _duplicate_org_problems(document, orgs)
    for section in ("answers", "orphaned"):
        for item_id, answer in _dict(data.get(section)).items():
            if isinstance(answer, dict):
                key = (section, item_id)
                yield from _answer_problems(document, key, answer, catalog, set(orgs))
    for item_id in _dict(data.get("answers")):
        if catalog.item(str(item_id)) is None:
            yield _warning(
                document,
                ("answers", item_id),
                "unknown-item",
                msg("assessment_unknown_item", item=item_id),
            )
    pins = _dict(data.get("checklists"))
    yield from _action_problems(document, data.get("actions"), catalog, set(orgs), pins)
    outdated = describe_outdated(_dict(data.get("checklists")), catalog)
    if outdated:
        text = msg("assessment_outdated", changes=outdated, path=str(document.path))
        yield _warning(document, ("checklists",), "outdated", text)
    yield from iter_value_problems(document, catalog)


def describe_outdated(pins: dict[Any, Any], catalog: Catalog) -> str:
    """`S1 1.0.0 → 1.1.0, S5 new` for each checklist whose pin is behind; empty when current."""
    changes: list[str] = []
    for checklist in catalog.checklists:
        pinned = pins.get(checklist.id)
        if pinned is None:
            changes.append(msg("assessment_checklist_new", checklist=checklist.id))
        elif version_key(str(pinned)) < version_key(checklist.version):
            changes.append(f"{checklist.id} {pinned} → {checklist.version}")
    return joined(changes)


def _action_problems(
    document: Document, actions: Any, catalog: Catalog, orgs: set[Any], pins: dict[Any, Any]
) -> Iterator[Problem]:
    """Actions must point at known items and organisations, with unique ids.

    An item a newer checklist version removed is only a warning while the file is behind that
    version, so that `migrate` can still open the file.
    """
    seen: set[Any] = set()
    for index, action in enumerate(_list(actions)):
        if not isinstance(action, dict):
            continue
        key = ("actions", index)
        if action.get("id") in seen:
            text = msg("assessment_duplicate_action", id=action.get("id"))
            yield document.problem((*key, "id"), "duplicate-id", text)
        seen.add(action.get("id"))
        for i, item_id in enumerate(_list(action.get("items"))):
            if isinstance(item_id, str) and catalog.item(item_id) is None:
                where = (*key, "items", i)
                if _removed_since_pin(item_id, catalog, pins):
                    path = str(document.path)
                    text = msg("assessment_removed_item", item=item_id, path=path)
                    yield _warning(document, where, "removed-item", text)
                else:
                    text = msg("assessment_action_unknown_item", item=item_id)
                    yield document.problem(where, "unknown-item", text)
        owner = action.get("owner")
        if isinstance(owner, str) and owner not in orgs:
            yield _unknown_org(document, (*key, "owner"), owner)


def _removed_since_pin(item_id: str, catalog: Catalog, pins: dict[Any, Any]) -> bool:
    checklist = catalog.checklist(item_id.split(".")[0])
    if checklist is None or pins.get(checklist.id) is None:
        return False
    return version_key(str(pins[checklist.id])) < version_key(checklist.version)


def _duplicate_org_problems(document: Document, orgs: list[Any]) -> Iterator[Problem]:
    seen: set[Any] = set()
    for index, key in enumerate(orgs):
        if key in seen:
            text = msg("assessment_duplicate_org", name=key)
            yield document.problem(("organisations", index, "key"), "duplicate-id", text)
        seen.add(key)


def _answer_problems(
    document: Document,
    key: tuple[str | int, ...],
    answer: dict[str, Any],
    catalog: Catalog,
    orgs: set[Any],
) -> Iterator[Problem]:
    levels = set(catalog.scale.values)
    for name in ("current", "target"):
        value = answer.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and value not in levels:
            yield _unknown_level(document, (*key, name), value, catalog)
    for org, rating in _dict(answer.get("ratings")).items():
        if org not in orgs:
            yield _unknown_org(document, (*key, "ratings", org), org)
        elif isinstance(rating, int) and rating not in levels:
            yield _unknown_level(document, (*key, "ratings", org), rating, catalog)
    for index, org in enumerate(_list(answer.get("participants"))):
        if org not in orgs:
            yield _unknown_org(document, (*key, "participants", index), org)


def _unknown_level(
    document: Document, key: tuple[str | int, ...], value: int, catalog: Catalog
) -> Problem:
    allowed = ", ".join(str(v) for v in catalog.scale.values)
    text = msg(
        "assessment_unknown_level",
        value=value,
        allowed=allowed,
        dont_know=DONT_KNOW,
        not_applicable=NOT_APPLICABLE,
    )
    return document.problem(key, "unknown-level", text)


def _unknown_org(document: Document, key: tuple[str | int, ...], org: Any) -> Problem:
    text = msg("assessment_unknown_org", org=org)
    return document.problem(key, "unknown-organisation", text)


def _warning(document: Document, key: tuple[str | int, ...], rule: str, text: str) -> Problem:
    line, column = document.key_position(key)
    return Problem(document.path, line, column, rule, text, Severity.WARNING)


def _dict(value: Any) -> dict[Any, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
