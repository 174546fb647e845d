"""After a merge: references to an organisation the merged file no longer has are conflicts.

Ours deletes an organisation while theirs adds a rating from it, or the other way round: each
side is valid, the two merged are not. As for every conflict the file keeps OUR side (the
organisation ours kept, or no rating where ours has none) and both sides go to `conflicts:`,
so the merged file always passes the cross-reference checks and a person settles the rest.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ruamel.yaml.comments import CommentedMap

from yhdyspinta_cli.history.merge import Conflict, MergeResult, Trio

ANSWER_SECTIONS = ("answers", "orphaned")


def keep_references_whole(data: CommentedMap, plain: Trio[Any], result: MergeResult) -> None:
    """Settle every reference in the merged `data` to an organisation it does not have."""
    ours_orgs = _orgs_by_key(plain.ours)
    restored: set[str] = set()
    for path, org in list(_dangling(data)):
        if org in ours_orgs:
            if org not in restored:
                _restore_org(data, org, plain, result)
                restored.add(org)
        else:
            _drop_reference(data, path, org, plain, result)


def _dangling(data: Any) -> Iterator[tuple[tuple[str, ...], str]]:
    """(where, organisation key) for each rating, participant and owner naming an unknown key."""
    known = set(_orgs_by_key(data))
    for section in ANSWER_SECTIONS:
        for item_id, answer in _dict(data.get(section)).items():
            for org in _dict(answer.get("ratings")) if isinstance(answer, dict) else {}:
                if org not in known:
                    yield (section, str(item_id), "ratings", str(org)), str(org)
            for org in _list(answer.get("participants")) if isinstance(answer, dict) else []:
                if org not in known:
                    yield (section, str(item_id), "participants"), str(org)
    for action in _list(data.get("actions")):
        owner = action.get("owner") if isinstance(action, dict) else None
        if isinstance(owner, str) and owner not in known:
            yield ("actions", str(action.get("id"))), owner


def _restore_org(data: CommentedMap, org: str, plain: Trio[Any], result: MergeResult) -> None:
    """Ours still uses the organisation theirs deleted: ours' entry goes back in its place."""
    ours = _orgs_by_key(plain.ours)
    entry = CommentedMap(ours[org])
    orgs = data["organisations"]
    position = sum(1 for key in _orgs_by_key(data) if key in list(ours)[: list(ours).index(org)])
    orgs.insert(position, entry)
    path = f"organisations.{org}"
    result.taken = [taken for taken in result.taken if taken != path]
    _record(result, path, _orgs_by_key(plain.base).get(org), ours[org], None)


def _drop_reference(
    data: CommentedMap, path: tuple[str, ...], org: str, plain: Trio[Any], result: MergeResult
) -> None:
    """Theirs brought a reference to an organisation ours deleted: the file keeps ours."""
    if path[0] == "actions":
        _keep_our_action(data, path[1], plain, result)
        return
    section, item_id, field = path[:3]
    entry = data[section][item_id]
    if field == "ratings":
        del entry["ratings"][org]
        if not entry["ratings"]:
            del entry["ratings"]
    else:
        entry["participants"] = type(entry["participants"])(
            key for key in entry["participants"] if key != org
        )
        if not entry["participants"]:
            del entry["participants"]
    values = [_at(side, path) for side in (plain.base, plain.ours, plain.theirs)]
    _record(result, ".".join(path), *values)


def _keep_our_action(
    data: CommentedMap, action_id: str, plain: Trio[Any], result: MergeResult
) -> None:
    actions = data["actions"]
    index = next(i for i, a in enumerate(actions) if str(a.get("id")) == action_id)
    ours = _action(plain.ours, action_id)
    if ours is None:
        del actions[index]
    else:
        actions[index]["owner"] = ours["owner"]
    sides = [_action(side, action_id) for side in (plain.base, plain.ours, plain.theirs)]
    _record(result, f"actions.{action_id}", *sides)


def _record(result: MergeResult, path: str, base: Any, ours: Any, theirs: Any) -> None:
    result.conflicts.append(Conflict(path, base, ours, theirs))
    entry = CommentedMap([("path", path), ("base", base), ("ours", ours), ("theirs", theirs)])
    result.entries.append(entry)


def _at(data: Any, path: tuple[str, ...]) -> Any:
    for part in path:
        if not isinstance(data, dict) or part not in data:
            return None
        data = data[part]
    return data


def _action(data: Any, action_id: str) -> Any:
    return next(
        (
            a
            for a in _list(data.get("actions"))
            if isinstance(a, dict) and str(a.get("id")) == action_id
        ),
        None,
    )


def _orgs_by_key(data: Any) -> dict[str, Any]:
    orgs = _list(data.get("organisations")) if isinstance(data, dict) else []
    return {str(o["key"]): dict(o) for o in orgs if isinstance(o, dict) and "key" in o}


def _dict(value: Any) -> dict[Any, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
