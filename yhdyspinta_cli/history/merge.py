"""Three-way merge of one assessment, by item id, action id and organisation key.

The merge compares plain values (as the validating reader sees them) and writes into OUR
round-trip data, so our comments, quoting and layout stay. Where only THEIR side changed a field,
their value is copied in. Where both changed the same field differently, our value stays in place
and both versions go to a top-level `conflicts:` list; nothing is resolved silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from itertools import count
from typing import Any, Generic, TypeVar

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from yhdyspinta_cli.history.merge_rules import KEY_FIELDS, Rule, rule_for
from yhdyspinta_cli.history.placing import clean_copy, insert_element, insert_key
from yhdyspinta_cli.i18n import ENGLISH, languages, message

T = TypeVar("T")
Path = tuple[str, ...]
ACTION_ID = re.compile(r"^A([0-9]+)$")


class _Missing(Enum):
    MISSING = "missing"


MISSING = _Missing.MISSING


@dataclass(frozen=True)
class Trio(Generic[T]):
    """The same thing on the base, our and their side."""

    base: T
    ours: T
    theirs: T


@dataclass(frozen=True)
class Conflict:
    """One field both sides changed differently; None where a side has no value."""

    path: str
    base: Any
    ours: Any
    theirs: Any


@dataclass
class MergeResult:
    """What the merge did: their changes taken, conflicts kept, their actions renumbered."""

    taken: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    renumbered: list[tuple[str, str]] = field(default_factory=list)
    entries: list[CommentedMap] = field(default_factory=list)  # the conflicts, as file entries


def merge_into_ours(plain: Trio[Any], nodes: Trio[Any]) -> MergeResult:
    """Merge base/ours/theirs into `nodes.ours` (round-trip data, changed in place).

    The conflicts are returned, not yet written: `add_conflicts` appends them to the file.
    """
    merger = _Merger(plain)
    merger.merge_map((), plain, nodes)
    return merger.result


def add_conflicts(data: CommentedMap, entries: list[CommentedMap]) -> None:
    """Append conflict entries to `conflicts:` (created at the end, with a note above it in the
    file's own language, as the people who settle them read it)."""
    if not entries:
        return
    if not isinstance(data.get("conflicts"), CommentedSeq):
        data["conflicts"] = CommentedSeq()
        note = conflicts_note(_file_language(data))
        data.yaml_set_comment_before_after_key("conflicts", before=note, indent=0)
    seq = data["conflicts"]
    seq.fa.set_block_style()
    seq.extend(entries)


def conflicts_note(lang: str) -> str:
    """The note above `conflicts:` in `lang`, one comment line per line."""
    return message("merge_conflicts_note", lang)


def conflicts_note_lines() -> set[str]:
    """The note's lines as comments, in every language: what `resolve` removes with the list."""
    return {f"# {line}" for lang in languages() for line in conflicts_note(lang).splitlines()}


def _file_language(data: CommentedMap) -> str:
    language = data.get("language")
    return language if isinstance(language, str) and language in languages() else ENGLISH


class _Merger:
    def __init__(self, plain: Trio[Any]) -> None:
        self.result = MergeResult()
        self.numbers = count(max(_action_numbers(plain), default=0) + 1)

    def merge_map(self, path: Path, plain: Trio[Mapping[str, Any]], nodes: Trio[Any]) -> None:
        keys = [*plain.ours, *(k for k in plain.theirs if k not in plain.ours)]
        keys += [k for k in plain.base if k not in plain.ours and k not in plain.theirs]
        for key in keys:
            values = Trio(*(p.get(key, MISSING) for p in (plain.base, plain.ours, plain.theirs)))
            self.merge_value((*path, str(key)), values, nodes, key)

    def merge_value(self, path: Path, values: Trio[Any], parents: Trio[Any], key: Any) -> None:
        base, ours, theirs = values.base, values.ours, values.theirs
        rule = rule_for(path)
        if ours == theirs or theirs == base or rule is Rule.DERIVED:
            return
        children = Trio(
            _child(parents.base, key), _child(parents.ours, key), _child(parents.theirs, key)
        )
        if rule is Rule.MAP and isinstance(ours, dict) and isinstance(theirs, dict):
            bases = base if isinstance(base, dict) else {}
            self.merge_map(path, Trio(bases, ours, theirs), _with_base(children, CommentedMap()))
        elif rule is Rule.KEYED and isinstance(ours, list) and isinstance(theirs, list):
            self.merge_keyed(path, Trio(_list(base), ours, theirs), children)
        elif rule is Rule.SET and (isinstance(ours, list) or isinstance(theirs, list)):
            self.merge_set(path, values, parents, key)
        elif ours == base or (rule is Rule.LATEST and _is_later(theirs, ours)):
            self.take(path, parents, key, theirs)
        elif rule is not Rule.LATEST:
            self.conflict(path, values, children)

    def merge_keyed(self, path: Path, plain: Trio[list[Any]], seqs: Trio[Any]) -> None:
        key_field = KEY_FIELDS[path[0]]
        by = Trio(*(_by_key(items, key_field) for items in (plain.base, plain.ours, plain.theirs)))
        for ident in [*by.ours, *(i for i in by.theirs if i not in by.ours)]:
            b, o, t = (side.get(ident, MISSING) for side in (by.base, by.ours, by.theirs))
            if o == t or t == b:
                continue
            nodes = Trio(
                *(_element(seq, key_field, ident) for seq in (seqs.base, seqs.ours, seqs.theirs))
            )
            if o is not MISSING and t is not MISSING and b is MISSING and key_field == "id":
                self.renumber(path, ident, seqs, plain.theirs)
            elif o is not MISSING and t is not MISSING:
                bases = b if isinstance(b, dict) else {}
                self.merge_map((*path, ident), Trio(bases, o, t), _with_base(nodes, CommentedMap()))
            elif o == b and t is MISSING:
                seqs.ours.pop(_index(seqs.ours, key_field, ident))
                self.result.taken.append(".".join((*path, ident)))
            elif o == b:
                insert_element(seqs.ours, clean_copy(nodes.theirs), ident, plain.theirs, key_field)
                self.result.taken.append(".".join((*path, ident)))
            else:
                self.conflict((*path, ident), Trio(b, o, t), nodes)

    def renumber(self, path: Path, ident: str, seqs: Trio[Any], theirs: list[Any]) -> None:
        new_id = f"A{next(self.numbers)}"
        entry = clean_copy(_element(seqs.theirs, "id", ident))
        entry["id"] = new_id
        insert_element(seqs.ours, entry, ident, theirs, "id")
        self.result.renumbered.append((ident, new_id))

    def merge_set(self, path: Path, values: Trio[Any], parents: Trio[Any], key: Any) -> None:
        base, ours, theirs = _list(values.base), _list(values.ours), _list(values.theirs)
        removed = [x for x in base if x not in theirs]
        added = [i for i, x in enumerate(theirs) if x not in base and x not in ours]
        container = parents.ours
        if key not in container:
            if not added:
                return
            seq = clean_copy(parents.theirs[key])
            del seq[:]
            insert_key(container, parents.theirs, key, seq)
        seq = container[key]
        for index in reversed(range(len(ours))):
            if ours[index] in removed:
                del seq[index]
        seq.extend(clean_copy(parents.theirs[key][i]) for i in added)
        if not seq and values.theirs is MISSING:
            del container[key]
        self.result.taken.append(".".join(path))

    def take(self, path: Path, parents: Trio[Any], key: Any, theirs: Any) -> None:
        container = parents.ours
        if theirs is MISSING:
            del container[key]
        elif key in container:
            container[key] = clean_copy(parents.theirs[key])
        else:
            insert_key(container, parents.theirs, key, clean_copy(parents.theirs[key]))
        self.result.taken.append(".".join(path))

    def conflict(self, path: Path, values: Trio[Any], nodes: Trio[Any]) -> None:
        name = ".".join(path)
        plain = [None if v is MISSING else v for v in (values.base, values.ours, values.theirs)]
        self.result.conflicts.append(Conflict(name, *plain))
        entry = CommentedMap([("path", name)])
        sides = (nodes.base, nodes.ours, nodes.theirs)
        for side, node in zip(("base", "ours", "theirs"), sides, strict=True):
            entry[side] = None if node is MISSING or node is None else clean_copy(node)
        self.result.entries.append(entry)


def _child(parent: Any, key: Any) -> Any:
    return parent.get(key, MISSING) if isinstance(parent, Mapping) else MISSING


def _with_base(nodes: Trio[Any], empty: Any) -> Trio[Any]:
    return Trio(nodes.base if nodes.base is not MISSING else empty, nodes.ours, nodes.theirs)


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _by_key(items: list[Any], key_field: str) -> dict[str, Any]:
    return {str(item[key_field]): item for item in items if isinstance(item, dict)}


def _element(seq: Any, key_field: str, ident: str) -> Any:
    if not isinstance(seq, list):
        return MISSING
    return next((e for e in seq if str(e.get(key_field)) == ident), MISSING)


def _index(seq: CommentedSeq, key_field: str, ident: str) -> int:
    return next(i for i, e in enumerate(seq) if str(e.get(key_field)) == ident)


def _is_later(theirs: Any, ours: Any) -> bool:
    """Whether their `changed` timestamp is later than ours (ISO 8601 with an offset)."""
    if ours is MISSING:
        return True
    if theirs is MISSING:
        return False
    try:
        return _timestamp(theirs) > _timestamp(ours)
    except (TypeError, ValueError):
        return str(theirs) > str(ours)


def _timestamp(value: Any) -> datetime:
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def _action_numbers(plain: Trio[Any]) -> Iterator[int]:
    for side in (plain.base, plain.ours, plain.theirs):
        for action in side.get("actions") or ():
            match = ACTION_ID.match(str(action.get("id", "")))
            if match:
                yield int(match.group(1))
