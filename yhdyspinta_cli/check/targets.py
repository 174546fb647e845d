"""The files `check` reads: the paths given, else those yhdyspinta.yaml names, else assessments/."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from yhdyspinta_cli.check.policy import config_error, shown
from yhdyspinta_cli.checklist.catalog import YAML_SUFFIXES
from yhdyspinta_cli.config import Config
from yhdyspinta_cli.problems import ConfigError, Problem

ASSESSMENTS_DIR = "assessments"


def find_assessments(paths: Sequence[Path], config: Config, cwd: Path) -> list[Path]:
    """The assessment files to check, each once: given ones as given, found ones relative to
    `cwd` where possible."""
    if paths:
        return list(dict.fromkeys(_expand(paths)))
    found = _configured(config) if config.assessments else _default_folder(config, cwd)
    return list(dict.fromkeys(display_path(path, cwd) for path in found))


def display_path(path: Path, cwd: Path) -> Path:
    """`path` relative to `cwd` when it is inside it, else as it is."""
    if not path.is_absolute():
        return path
    try:
        return path.relative_to(cwd)
    except ValueError:
        return path


def _expand(paths: Sequence[Path]) -> Iterator[Path]:
    for path in paths:
        yield from _yaml_files(path) if path.is_dir() else (path,)


def _configured(config: Config) -> Iterator[Path]:
    for index, path in enumerate(config.assessments):
        if not path.exists():
            text = f"'{shown(path, config.path)}' does not exist; fix `assessments:`"
            raise config_error(config.path, ("assessments", index), "path-missing", text)
        yield from _yaml_files(path) if path.is_dir() else (path,)


def _default_folder(config: Config, cwd: Path) -> Iterator[Path]:
    base = config.path.parent if config.path is not None else cwd
    folder = base / ASSESSMENTS_DIR
    if not folder.is_dir() and config.path is None:
        text = (
            "nothing to check: no yhdyspinta.yaml here or above, and no assessments/ folder; "
            "give the files to check, or run `yhdyspinta init` to set up a repository"
        )
        raise ConfigError([Problem(cwd, None, None, "nothing-to-check", text)])
    if folder.is_dir():
        yield from _yaml_files(folder)


def _yaml_files(folder: Path) -> list[Path]:
    """The YAML files in a folder and its subfolders, skipping hidden ones (.git, .cache)."""
    return sorted(
        path
        for path in folder.rglob("*")
        if path.suffix in YAML_SUFFIXES
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
        and path.is_file()
    )
