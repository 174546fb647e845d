"""Turn validated YAML data into model values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from yhdyspinta_cli.checklist.model import (
    Band,
    Checklist,
    Item,
    Level,
    Scale,
    SpecialAnswer,
    Term,
    Text,
    Vocabulary,
)


def build_scale(data: dict[str, Any]) -> Scale:
    """The scale from a validated scale file."""
    return Scale(
        id=data["id"],
        version=data["version"],
        title=Text.from_data(data["title"]),
        levels=tuple(
            Level(
                entry["value"], Text.from_data(entry["label"]), Text.from_data(entry["description"])
            )
            for entry in data["levels"]
        ),
        special=tuple(
            SpecialAnswer(
                entry["key"],
                Text.from_data(entry["label"]),
                Text.from_data(entry["description"]),
                bool(entry["requires_reason"]),
            )
            for entry in data["special"]
        ),
        bands=tuple(
            Band(
                entry["key"],
                Text.from_data(entry["label"]),
                frozenset(entry.get("levels", ())),
                entry.get("special"),
            )
            for entry in data["bands"]
        ),
    )


def build_vocabulary(data: dict[str, Any]) -> Vocabulary:
    """The vocabulary from a validated vocabulary file."""

    def terms(kind: str) -> tuple[Term, ...]:
        return tuple(
            Term(str(entry["key"]), Text.from_data(entry["label"])) for entry in data[kind]
        )

    return Vocabulary(actors=terms("actors"), roles=terms("roles"), legal=terms("legal"))


def build_checklist(data: dict[str, Any], path: Path | None, bundled: bool) -> Checklist:
    """A checklist from a validated checklist file."""
    checklist_id = str(data["id"])
    recommendation = data.get("recommendation")
    return Checklist(
        id=checklist_id,
        version=str(data["version"]),
        title=Text.from_data(data["title"]),
        description=Text.from_data(data["description"]),
        items=tuple(_build_item(entry, checklist_id) for entry in data["items"]),
        source=dict(data.get("source", {})),
        recommendation=recommendation,
        required=bool(data.get("required", recommendation is not None)),
        path=path,
        bundled=bundled,
    )


def _build_item(data: dict[str, Any], checklist_id: str) -> Item:
    return Item(
        id=str(data["id"]),
        checklist_id=checklist_id,
        question=Text.from_data(data["question"]),
        guidance=Text.from_data(data["guidance"]),
        levels={entry["level"]: Text.from_data(entry) for entry in data["levels"]},
        actors=tuple(data["actors"]),
        roles=tuple(data.get("roles", ())),
        legal=tuple(data.get("legal", ())),
        evidence=tuple(Text.from_data(entry) for entry in data.get("evidence", ())),
        bullet=data.get("bullet"),
        source_text=data.get("source_text"),
        added=data.get("added"),
        split_from=data.get("split_from"),
    )
