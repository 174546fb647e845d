"""The git side of a region's repository: the merge driver in git's config, the attributes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from yhdyspinta_cli.atomic import write_atomic
from yhdyspinta_cli.history.driver import (
    ATTRIBUTE,
    DRIVER_KEY,
    DRIVER_TITLE,
    NAME_KEY,
    driver_command,
)
from yhdyspinta_cli.history.git import get_config, set_config

ATTRIBUTES_FILE = ".gitattributes"
# `**/` matches no folder too, so these cover assessments/ and every folder below it.
ATTRIBUTE_LINES = (
    f"assessments/**/*.yaml {ATTRIBUTE}",
    f"assessments/**/*.yml {ATTRIBUTE}",
)


@dataclass(frozen=True)
class DriverSetup:
    """What `configure_merge_driver` did: `previous` is the driver it replaced, if any."""

    command: str
    changed: bool
    previous: str | None = None


def configure_merge_driver(root: Path, python: str) -> DriverSetup:
    """Set the merge driver in the git config of `root`'s repository, unless it is already so."""
    command = driver_command(python)
    previous = get_config(root, DRIVER_KEY)
    if previous == command:
        return DriverSetup(command, changed=False)
    set_config(root, DRIVER_KEY, command)
    set_config(root, NAME_KEY, DRIVER_TITLE)
    return DriverSetup(command, changed=True, previous=previous)


def add_missing_attributes(root: Path) -> list[str]:
    """Append the driver's lines that `.gitattributes` lacks; the lines added."""
    path = root / ATTRIBUTES_FILE
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    present = {line.strip() for line in text.splitlines()}
    missing = [line for line in ATTRIBUTE_LINES if line not in present]
    if missing:
        separator = "" if not text or text.endswith("\n") else "\n"
        write_atomic(path, text + separator + "".join(f"{line}\n" for line in missing))
    return missing
