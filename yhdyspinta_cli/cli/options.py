"""Options shared by several commands, and the project context they resolve to."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from yhdyspinta_cli.i18n import (
    languages,
    msg,
    resolve_language,
)
from yhdyspinta_cli.problems import Problem

if TYPE_CHECKING:
    from yhdyspinta_cli.checklist.catalog import Catalog
    from yhdyspinta_cli.config import Config


def _known_language(value: str | None) -> str | None:
    """`--lang` must name a language that has a message catalog."""
    if value is not None and value not in languages():
        raise typer.BadParameter(
            msg("usage_unknown_language", value=value, known=", ".join(languages()))
        )
    return value


LangOption = Annotated[
    Optional[str],  # noqa: UP045 - typer reads this annotation at run time on Python 3.10
    typer.Option(
        "--lang",
        callback=_known_language,
        metavar="|".join(languages()),
        show_default=False,
    ),
]
ChecklistsOption = Annotated[
    Optional[list[Path]],  # noqa: UP045
    typer.Option(
        "--checklists",
        file_okay=False,
        show_default=False,
    ),
]


class TextFormat(str, Enum):
    """What a listing command prints: text for people, JSON for scripts."""

    text = "text"
    json = "json"


TextFormatOption = Annotated[TextFormat, typer.Option("--format")]
# `--json` is what the first release had; kept, hidden, as the same as `--format json`.
JsonOption = Annotated[bool, typer.Option("--json", hidden=True)]


def wants_json(output: TextFormat, as_json: bool) -> bool:
    """Whether `--format json` (or the old `--json`) was given."""
    return as_json or output is TextFormat.json


@dataclass(frozen=True)
class Project:
    """What a command works with: the config, the language and the catalog."""

    config: Config
    lang: str
    catalog: Catalog


def load_project(
    lang: str | None, checklist_dirs: list[Path] | None, near: Path | None = None
) -> Project:
    """Find the config (from `near`, else the current folder), resolve language, load checklists."""
    from yhdyspinta_cli.checklist.catalog import load_catalog
    from yhdyspinta_cli.config import find_config, load_config
    from yhdyspinta_cli.loading.files import folder_of

    start = folder_of(near) if near is not None else Path.cwd()
    config = load_config(_as_shown(find_config(start)))
    dirs = tuple(checklist_dirs or ()) or config.checklist_dirs
    language = resolve_language(lang, config.language)
    return Project(config, language, load_catalog(dirs))


def _as_shown(path: Path | None) -> Path | None:
    """A file found by searching, relative to the current folder when it is inside it."""
    from yhdyspinta_cli.check.targets import display_path

    return None if path is None else display_path(path, Path.cwd())


def report_warnings(problems: Sequence[Problem]) -> None:
    """Print warnings (an outdated file, an unknown item kept) to stderr, one line each."""
    from yhdyspinta_cli.cli.output import say_problems

    say_problems(problems)


def require_terminal(command: str, instead: str) -> None:
    """Stop at once, naming the scriptable command, when there is no keyboard to ask."""
    if not sys.stdin.isatty():
        raise typer.BadParameter(
            msg("cli_needs_keyboard", command=command, instead=instead), param_hint="stdin"
        )


PresentOption = Annotated[
    bool,
    typer.Option(
        "--present",
    ),
]
BrowserOption = Annotated[
    bool,
    typer.Option("--browser/--no-browser"),
]
