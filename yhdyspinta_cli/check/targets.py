"""The files `check` reads, found the shared way (loading.discovery), shown relative to here."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from yhdyspinta_cli.check.policy import config_error, shown
from yhdyspinta_cli.config import Config
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.loading.discovery import assessment_roots, find_files
from yhdyspinta_cli.problems import ConfigError, Problem


def find_assessments(paths: Sequence[Path], config: Config, cwd: Path) -> list[Path]:
    """The assessment files to check, each once: given ones as given, found ones relative to
    `cwd` where possible."""
    if not paths:
        _check_configured(config)
    roots = assessment_roots(paths, config, cwd)
    if not roots and config.path is None:
        text = msg("check_nothing_to_check")
        raise ConfigError([Problem(cwd, None, None, "nothing-to-check", text)])
    names = [Path(name) for name in find_files(roots)]
    return names if paths else [display_path(name, cwd) for name in names]


def display_path(path: Path, cwd: Path) -> Path:
    """`path` relative to `cwd` when it is inside it, else as it is."""
    if not path.is_absolute():
        return path
    try:
        return path.relative_to(cwd)
    except ValueError:
        return path


def _check_configured(config: Config) -> None:
    """Every path under `assessments:` must exist: a missing one is a configuration error."""
    for index, path in enumerate(config.assessments):
        if not path.exists():
            text = msg("check_assessments_path_missing", path=shown(path, config.path))
            raise config_error(config.path, ("assessments", index), "path-missing", text)
