"""The regions and counties that earlier assessments in the same repository used."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import yaml

from yhdyspinta_cli.loading.quick_yaml import load_quick

MAX_FILES = 200  # a suggestion is not worth reading a whole archive for


def known_places(folders: Iterable[Path]) -> list[tuple[str, str | None]]:
    """(region, county) pairs of the assessments in `folders`, newest file first, no repeats."""
    files = sorted(
        {path for folder in folders if folder.is_dir() for path in folder.glob("*.yaml")},
        key=lambda path: path.name,
        reverse=True,
    )[:MAX_FILES]
    places: dict[tuple[str, str | None], None] = {}
    for path in files:
        place = _place(path)
        if place is not None:
            places.setdefault(place)
    return list(places)


def _place(path: Path) -> tuple[str, str | None] | None:
    try:
        data = load_quick(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None  # not ours to report here: `check` does that
    if not isinstance(data, dict) or data.get("format") != "yhdyspinta/assessment":
        return None
    region, county = data.get("region"), data.get("county")
    if not isinstance(region, str) or not region.strip():
        return None
    return region.strip(), county.strip() if isinstance(county, str) and county.strip() else None
