"""The project configuration file `yhdyspinta.yaml`, found by walking up from a folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.loading.yaml_loader import Document, load_document
from yhdyspinta_cli.problems import ConfigError, Problem, ProblemError

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
    """Load and validate a config file; no file gives the defaults. Any fault is a ConfigError."""
    if path is None:
        return Config()
    from yhdyspinta_cli.loading.schema_validation import iter_schema_problems

    try:
        document = load_document(path)
    except ProblemError as error:
        raise ConfigError(error.problems) from None
    if document.data is None or not isinstance(document.data, dict):
        raise ConfigError([document.problem((), "wrong-type", msg("config_not_a_mapping"))])
    problems = [*iter_schema_problems(document, "config"), *_language_problems(document)]
    if problems:
        raise ConfigError(problems)
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


def _language_problems(document: Document) -> list[Problem]:
    """`language:` must name a language that has a message catalog."""
    from yhdyspinta_cli.i18n import languages, msg

    code = document.data.get("language")
    if not isinstance(code, str) or code in languages():
        return []
    said = msg("problem_unknown_language", code=code, known=", ".join(languages()))
    return [document.problem(("language",), "unknown-language", said)]
