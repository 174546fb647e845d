"""Settling the conflicts `merge` left: keep ours, take theirs, or clear what an edit decided."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import fields
from typing import Any, Literal

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.tokens import CommentToken

from yhdyspinta_cli.assessment.actions import ActionChange
from yhdyspinta_cli.assessment.conflict_place import (
    KEYED_SECTIONS,
    ConflictPlace,
    is_about,
    iter_conflicts,
    parse_conflict_path,
)
from yhdyspinta_cli.assessment.edit import AnswerUpdate
from yhdyspinta_cli.history.merge import conflicts_note_lines
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.problems import UserError

Side = Literal["ours", "theirs"]


def require_conflicts(data: Any, target: str) -> None:
    """Refuse, naming what the conflicts are about, when none is about `target`."""
    if not any(_named(entry, place, target) for _, entry, place in iter_conflicts(data)):
        raise UserError(_nothing_about(data, target))


def resolve_conflicts(data: Any, target: str, side: Side) -> list[str]:
    """Keep our value or put theirs in place for every conflict about `target`; the paths."""
    require_conflicts(data, target)
    chosen = [
        (entry, place) for _, entry, place in iter_conflicts(data) if _named(entry, place, target)
    ]
    for entry, place in chosen:
        if side == "theirs":
            _put(data, place, entry.get("theirs"))
    return clear_conflicts(data, lambda entry, place: _named(entry, place, target))


def put_theirs(data: Any, entries: Iterable[Mapping[str, Any]]) -> None:
    """Put their value in place for each conflict entry (entries not written to the file)."""
    for entry in entries:
        _put(data, parse_conflict_path(str(entry["path"])), entry.get("theirs"))


def clear_settled(data: Any, section: str, ident: str, fields: Iterable[str]) -> list[str]:
    """Clear the conflicts an edit of `fields` of one item or action settled; the paths.

    A conflict over the whole item or action is settled by any edit of it.
    """
    touched = set(fields)

    def settled(entry: Mapping[str, Any], place: ConflictPlace) -> bool:
        same = place.section == section and place.ident == ident
        return same and (place.field_name is None or place.field_name in touched)

    return clear_conflicts(data, settled)


def answer_fields(update: AnswerUpdate) -> list[str]:
    """The answer fields an update sets, as conflict paths name them."""
    given = {
        "current": update.current,
        "reason": update.reason,
        "target": update.target,
        "note": update.note,
        "evidence": update.evidence,
        "participants": update.participants,
        "ratings": update.ratings or None,
    }
    return [name for name, value in given.items() if value is not None]


def action_fields(change: ActionChange) -> list[str]:
    """The action fields a change sets."""
    return [field.name for field in fields(change) if getattr(change, field.name) is not None]


def clear_conflicts(
    data: Any, which: Callable[[Mapping[str, Any], ConflictPlace], bool]
) -> list[str]:
    """Delete the entries `which` picks (and `conflicts:` when it is left empty); their paths."""
    picked = [
        (index, str(entry["path"]))
        for index, entry, place in iter_conflicts(data)
        if which(entry, place)
    ]
    entries = data.get("conflicts")
    for index, _ in reversed(picked):
        del entries[index]
    if isinstance(entries, list) and not entries:
        del data["conflicts"]
        _drop_note(data, conflicts_note_lines())
    return [path for _, path in picked]


def _drop_note(node: Any, lines: set[str]) -> None:
    """Remove the note `merge` wrote above `conflicts:`, wherever the loader attached it."""
    comments = getattr(node, "ca", None)
    if comments is not None:
        for token in _tokens([comments.comment, *comments.items.values()]):
            kept = [line for line in token.value.split("\n") if line.strip() not in lines]
            token.value = "\n".join(kept)
    children = (
        node.values() if isinstance(node, Mapping) else node if isinstance(node, list) else ()
    )
    for child in children:
        _drop_note(child, lines)


def _tokens(value: Any) -> Iterable[CommentToken]:
    if isinstance(value, CommentToken):
        yield value
    elif isinstance(value, list):
        for part in value:
            yield from _tokens(part)


def _named(entry: Mapping[str, Any], place: ConflictPlace, target: str) -> bool:
    return is_about(place, str(entry["path"]), target)


def _nothing_about(data: Any, target: str) -> str:
    names = sorted({place.ident for _, _, place in iter_conflicts(data)})
    if not names:
        return msg("resolve_no_conflicts")
    return msg("resolve_no_conflict_about", target=target, names=", ".join(names))


def _put(data: Any, place: ConflictPlace, value: Any) -> None:
    """Set the value at `place` (None deletes it), creating the mappings on the way."""
    if place.section is None:
        holder, key = data, place.ident
    elif place.section in KEYED_SECTIONS:
        holder, key = _keyed(data, place)
    else:
        holder, key = data.setdefault(place.section, CommentedMap()), place.ident
    for part in place.field:
        if not isinstance(holder[key] if _has(holder, key) else None, dict):
            holder[key] = CommentedMap()
        holder, key = holder[key], part
    _set_or_delete(holder, key, value)


def _has(holder: Any, key: Any) -> bool:
    return isinstance(holder, list) or key in holder


def _keyed(data: Any, place: ConflictPlace) -> tuple[Any, Any]:
    """The list of actions or organisations and the index of `place.ident` in it."""
    key_field = KEYED_SECTIONS[str(place.section)]
    seq = data.setdefault(place.section, CommentedSeq())
    for index, element in enumerate(seq):
        if str(element.get(key_field)) == place.ident:
            return seq, index
    seq.append(CommentedMap([(key_field, place.ident)]))
    return seq, len(seq) - 1


def _set_or_delete(container: Any, key: Any, value: Any) -> None:
    if value is not None:
        container[key] = value
    elif isinstance(container, list) or key in container:
        del container[key]
