"""The words of an outside change: what came in, and each field both sides changed.

Places are read from the merge's paths (`answers.S2.3.current` is S2.3, its level) and named
with the field words `diff` uses, so a field has one name in every output.
"""

from __future__ import annotations

from typing import Any

from yhdyspinta_cli.assessment.conflict_place import (
    ANSWER_SECTIONS,
    ConflictPlace,
    parse_conflict_path,
)
from yhdyspinta_cli.history.merge import Conflict, MergeResult
from yhdyspinta_cli.history.merge_outside import Keep, OutsideChange
from yhdyspinta_cli.history.words import field_label
from yhdyspinta_cli.i18n import message

QUIET_FIELDS = frozenset({"changed", "spread", "discuss"})  # follow from the fields named
NAMED_BY_ID = frozenset({"answers", "orphaned", "actions", "organisations"})
LONGEST_VALUE = 40
WHOLE_ENTRY_WORDS = {"actions": "action", "organisations": "organisations"}  # `A2 (toimenpide)`


def what_came_in(change: OutsideChange, keep: Keep, lang: str) -> str:
    """One line: `Tiedostoon tuli muualta: S2.3 (taso), S4.1 (muistiinpano)`."""
    result = change.result
    paths = [*result.taken, *(f"actions.{new}" for _, new in result.renumbered)]
    if keep is Keep.THEIRS:
        paths += [conflict.path for conflict in result.conflicts]
    changes = ", ".join(_named_groups(paths, change.theirs, lang))
    if not changes:
        return message("outside_merged_nothing", lang)
    return message("outside_merged", lang).format(changes=changes)


def conflict_line(conflict: Conflict, lang: str) -> str:
    """`S2.3 (taso): täällä 3, muualla 4`, in the sentence of the catalog."""
    name, label = _name_and_label(parse_conflict_path(conflict.path), lang)
    place = f"{name} ({label})" if label else name
    return message("outside_conflict", lang).format(
        place=place, ours=_shown(conflict.ours), theirs=_shown(conflict.theirs)
    )


def conflict_names(result: MergeResult) -> list[str]:
    """The ids the conflicts are about, each once, for `yhdyspinta resolve`."""
    return list(dict.fromkeys(parse_conflict_path(c.path).ident for c in result.conflicts))


def _named_groups(paths: list[str], theirs: Any, lang: str) -> list[str]:
    """`S2.3 (taso, tavoite)` for each id, in the order the merge met them."""
    groups: dict[str, list[str]] = {}
    for place in (p for path in paths for p in _fields_of(parse_conflict_path(path), theirs)):
        if place.field_name in QUIET_FIELDS:
            continue
        name, label = _name_and_label(place, lang)
        labels = groups.setdefault(name, [])
        if label and label not in labels:
            labels.append(label)
    return [f"{name} ({', '.join(labels)})" if labels else name for name, labels in groups.items()]


def _fields_of(place: ConflictPlace, theirs: Any) -> list[ConflictPlace]:
    """An answer that came in whole, field by field, so the line says what it holds."""
    if place.section not in ANSWER_SECTIONS or place.field:
        return [place]
    entry = (theirs.get(place.section) or {}).get(place.ident)
    if not isinstance(entry, dict) or not entry:
        return [place]
    return [ConflictPlace(place.section, place.ident, (name,)) for name in entry]


def _name_and_label(place: ConflictPlace, lang: str) -> tuple[str, str | None]:
    """The id (or a top-level field's word) and the changed field's word, if one."""
    if place.section is None:
        return _lowered(field_label(place.ident, lang)), None
    if place.section not in NAMED_BY_ID:
        return place.ident, _lowered(field_label(place.section, lang))
    if not place.field:
        whole = WHOLE_ENTRY_WORDS.get(place.section)
        return place.ident, _lowered(field_label(whole, lang)) if whole else None
    return place.ident, _lowered(field_label(".".join(place.field), lang))


def _lowered(label: str) -> str:
    """A field's word inside a sentence: `Taso` → `taso`."""
    return label[:1].lower() + label[1:]


def _shown(value: Any) -> str:
    """A value on one short line: `–` for none, a list joined, a whole entry as `…`."""
    if value is None:
        return "–"
    if isinstance(value, dict):
        return "…"
    text = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= LONGEST_VALUE else text[: LONGEST_VALUE - 1] + "…"
