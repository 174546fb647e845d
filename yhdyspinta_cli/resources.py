"""Data shipped inside the wheel: checklists, templates and JSON Schemas.

In an installed wheel the data sits under `yhdyspinta_cli/data/`; in a source checkout (an
editable install, `pip install -e .`) the same folders are read from the checkout's top level,
so an edit to `checklists/s1.yaml` shows at once.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.abc import Traversable

SCHEMA_NAMES = ("assessment", "checklist", "scale", "vocabulary", "config")
PACKAGE = Path(__file__).resolve().parent  # a folder on disk: the data is read as files
SOURCE_TREE = PACKAGE.parent


def data_dir(name: str) -> Traversable:
    """A shipped data folder (`checklists`, `templates`): the wheel's copy, else the checkout's."""
    shipped = PACKAGE / "data" / name  # no importlib.resources: --help lists the catalogs
    if shipped.is_dir():
        return shipped
    checkout = SOURCE_TREE / name
    if checkout.is_dir() and (SOURCE_TREE / "pyproject.toml").is_file():
        return checkout
    raise RuntimeError(
        f"the bundled {name} are missing from {SOURCE_TREE}: reinstall yhdyspinta "
        "(`pip install .`, or `pip install -e .` in a source checkout)"
    )


def bundled_checklist_paths() -> list[Path]:
    """The bundled YAML files (checklists, scale, vocabulary), sorted by name."""
    folder = data_dir("checklists")
    return sorted(Path(str(entry)) for entry in folder.iterdir() if entry.name.endswith(".yaml"))


def schema_text(name: str) -> str:
    """The text of one shipped JSON Schema (`checklist`, `scale`, ...)."""
    return (PACKAGE / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")


@cache
def schema(name: str) -> dict[str, Any]:
    """One shipped JSON Schema, parsed."""
    parsed: dict[str, Any] = json.loads(schema_text(name))
    return parsed
