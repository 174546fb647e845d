"""Which assessment files a command reads: the one way `check` and `summary` find them.

The paths given, else `assessments:` in yhdyspinta.yaml, else the `assessments/` folder beside
it (or here, when there is no yhdyspinta.yaml). Folders are searched recursively for *.yaml and
*.yml, skipping hidden entries (.git, .cache). Each file is listed once, however many names
lead to it (a link in the folder to a file also in it). Entries that are not regular files
(a named pipe, a device, a link loop) are listed too, never opened here: the reader refuses
each with its located problem, so it is reported as skipped instead of silently left out.
Names stay plain strings (about 0.1 KB a file, a tenth of a Path's cost): a summary of many
thousand files holds nothing else per file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from yhdyspinta_cli.config import Config

ASSESSMENTS_DIR = "assessments"
YAML_SUFFIXES = (".yaml", ".yml")


def assessment_roots(paths: Sequence[Path], config: Config, cwd: Path) -> list[Path]:
    """The files and folders to read; empty when nothing was given and nothing is set up."""
    if paths:
        return list(paths)
    if config.assessments:
        return list(config.assessments)
    base = config.path.parent if config.path is not None else cwd
    folder = base / ASSESSMENTS_DIR
    return [folder] if folder.is_dir() else []


def find_files(roots: Sequence[Path]) -> list[str]:
    """The files under `roots` in order, each once: folders searched, other paths as given."""
    seen: set[object] = set()
    found: list[str] = []
    for root in roots:
        names = _walk(str(root)) if root.is_dir() else iter((str(root),))
        for name in names:
            identity = _identity(name)
            if identity not in seen:
                seen.add(identity)
                found.append(name)
    return found


def _walk(folder: str) -> Iterator[str]:
    for parent, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(YAML_SUFFIXES) and not name.startswith("."):
                yield os.path.join(parent, name)  # noqa: PTH118 - a str, not a Path, on purpose


def _identity(name: str) -> object:
    """The file a name leads to (device and inode), or the name when it leads nowhere."""
    try:
        status = os.stat(name)  # noqa: PTH116 - one call on a str, as cheap as it gets
    except (OSError, ValueError):
        return name
    return (status.st_dev, status.st_ino) if status.st_ino else os.path.realpath(name)
