"""Where a `conflicts:` entry points: the item, action, organisation or field it is about.

`yhdyspinta merge` writes each path joined with dots (`answers.S1.2.current`), and item ids have
dots of their own, so the path is read from both ends: the section first, the field last.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

ANSWER_SECTIONS = ("answers", "orphaned")
KEYED_SECTIONS = {"actions": "id", "organisations": "key"}
ANSWER_FIELDS = (
    "current",
    "reason",
    "target",
    "note",
    "evidence",
    "participants",
    "changed",
    "spread",
    "discuss",
)


@dataclass(frozen=True)
class ConflictPlace:
    """`section` None is a top-level field named `ident`; `field` () is the whole entry."""

    section: str | None
    ident: str
    field: tuple[str, ...] = ()

    @property
    def field_name(self) -> str | None:
        """The field's first part (`ratings` for a rating), None for the whole entry."""
        return self.field[0] if self.field else None


def parse_conflict_path(path: str) -> ConflictPlace:
    """The place a merge conflict path names."""
    section, _, rest = path.partition(".")
    if not rest:
        return ConflictPlace(None, path)
    if section in ANSWER_SECTIONS:
        return _answer_place(section, rest)
    if section in KEYED_SECTIONS:
        ident, _, field = rest.partition(".")
        return ConflictPlace(section, ident, tuple(field.split(".")) if field else ())
    return ConflictPlace(section, rest)


def iter_conflicts(data: Any) -> Iterator[tuple[int, Mapping[str, Any], ConflictPlace]]:
    """Each well-formed `conflicts:` entry with its index and place."""
    entries = data.get("conflicts") if isinstance(data, Mapping) else None
    for index, entry in enumerate(entries if isinstance(entries, list) else ()):
        if isinstance(entry, Mapping) and isinstance(entry.get("path"), str):
            yield index, entry, parse_conflict_path(entry["path"])


def resolve_hint(file: str, place: ConflictPlace) -> str:
    """The command that settles a conflict at `place`."""
    extra = " or --level N" if place.section == "answers" and place.field_name == "current" else ""
    return f"`yhdyspinta resolve {file} {place.ident} --ours` (or --theirs{extra})"


def is_about(place: ConflictPlace, path: str, target: str) -> bool:
    """Whether `target` (an id, a field, or the whole path) names this conflict; ids as typed
    in any case, like the other commands take them."""
    whole = f"{place.section}.{place.ident}" if place.section else place.ident
    return target.casefold() in {name.casefold() for name in (place.ident, path, whole)}


def _answer_place(section: str, rest: str) -> ConflictPlace:
    parts = rest.split(".")
    if len(parts) >= 3 and parts[-2] == "ratings":
        return ConflictPlace(section, ".".join(parts[:-2]), ("ratings", parts[-1]))
    if len(parts) >= 2 and parts[-1] in (*ANSWER_FIELDS, "ratings"):
        return ConflictPlace(section, ".".join(parts[:-1]), (parts[-1],))
    return ConflictPlace(section, rest)
