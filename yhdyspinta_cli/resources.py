"""Data shipped inside the wheel: checklists, templates and JSON Schemas."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.abc import Traversable

SCHEMA_NAMES = ("assessment", "checklist", "scale", "vocabulary", "config")


def data_dir(name: str) -> Traversable:
    """A folder the wheel ships under `yhdyspinta_cli/data` (`checklists`, `templates`)."""
    return files("yhdyspinta_cli") / "data" / name


def bundled_checklist_paths() -> list[Path]:
    """The bundled YAML files (checklists, scale, vocabulary), sorted by name."""
    folder = data_dir("checklists")
    if not folder.is_dir():
        raise RuntimeError(
            "the bundled checklists are missing: yhdyspinta_cli was imported from a source tree, "
            "not from an installed wheel; install it with `pip install .`"
        )
    return sorted(Path(str(entry)) for entry in folder.iterdir() if entry.name.endswith(".yaml"))


def schema_text(name: str) -> str:
    """The text of one shipped JSON Schema (`checklist`, `scale`, ...)."""
    return (files("yhdyspinta_cli") / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")


@cache
def schema(name: str) -> dict[str, Any]:
    """One shipped JSON Schema, parsed."""
    parsed: dict[str, Any] = json.loads(schema_text(name))
    return parsed
