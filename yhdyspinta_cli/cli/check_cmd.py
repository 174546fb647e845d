"""`yhdyspinta check`: validate assessments against the schema and the project's policy, for CI."""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from yhdyspinta_cli.cli.options import ChecklistsOption, LangOption
from yhdyspinta_cli.exit_codes import ExitCode


class OutputFormat(str, Enum):
    """How `check` prints what it found."""

    auto = "auto"
    text = "text"
    json = "json"
    github = "github"
    junit = "junit"


class StageName(str, Enum):
    """Which rules `check` applies: those for each commit, or all of them (CI, the default)."""

    commit = "commit"
    ci = "ci"


def _existing(paths: list[Path] | None) -> list[Path] | None:
    """A path that leads nowhere is a usage error; a link loop is the reader's to report."""
    import os

    from yhdyspinta_cli.i18n import msg

    for path in paths or ():
        if not os.path.lexists(path):
            raise typer.BadParameter(msg("cli_path_missing", path=str(path)), param_hint="PATH...")
    return paths


def check(
    paths: Annotated[
        Optional[list[Path]],  # noqa: UP045 - typer reads this annotation at run time on 3.10
        typer.Argument(
            metavar="PATH...",
            callback=_existing,
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option("--format"),
    ] = OutputFormat.auto,
    strict: Annotated[bool, typer.Option("--strict")] = False,
    jobs: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--jobs", "-j", min=1),
    ] = None,
    stage: Annotated[
        StageName,
        typer.Option(
            "--stage",
        ),
    ] = StageName.ci,
    checklist_dirs: ChecklistsOption = None,
    lang: LangOption = None,
) -> None:
    """The command; its help is `help_cmd_check` in the message catalogs."""
    from yhdyspinta_cli.check.formats import pick_format, render
    from yhdyspinta_cli.check.session import CheckRequest, run_check

    request = CheckRequest(
        tuple(paths or ()), tuple(checklist_dirs or ()), strict, jobs, stage.value, lang
    )
    result = run_check(request, Path.cwd())
    typer.echo(render(result, pick_format(output_format.value, os.environ)))
    raise typer.Exit(ExitCode.OK if result.ok else ExitCode.PROBLEMS)
