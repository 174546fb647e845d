"""The project configuration file `yhdyspinta.yaml`, found by walking up from a folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yhdyspinta_cli.loading.yaml_loader import load_document
from yhdyspinta_cli.problems import ProblemError

CONFIG_NAME = "yhdyspinta.yaml"


@dataclass(frozen=True)
class Config:
    """Settings of one assessment repository."""

    path: Path | None = None
    language: str | None = None
    checklist_dirs: tuple[Path, ...] = ()
    assessments: tuple[Path, ...] = ()
    policy: dict[str, Any] = field(default_factory=dict)


def find_config(start: Path) -> Path | None:
    """The nearest `yhdyspinta.yaml` in `start` or a folder above it."""
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def load_config(path: Path | None) -> Config:
    """Load and validate a config file; no file gives the defaults."""
    if path is None:
        return Config()
    from yhdyspinta_cli.loading.schema_validation import iter_schema_problems

    document = load_document(path)
    if document.data is None or not isinstance(document.data, dict):
        raise ProblemError([document.problem((), "wrong-type", "expected a mapping of settings")])
    problems = list(iter_schema_problems(document, "config"))
    if problems:
        raise ProblemError(problems)
    data = document.data
    base = path.parent
    dirs = data.get("checklists", [])
    return Config(
        path=path,
        language=data.get("language"),
        checklist_dirs=tuple(base / d for d in ([dirs] if isinstance(dirs, str) else dirs)),
        assessments=tuple(base / a for a in data.get("assessments", [])),
        policy=dict(data.get("policy", {})),
    )
