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
            help="Assessment files or folders. Default: `assessments:` in yhdyspinta.yaml, "
            "else assessments/ beside it.",
            callback=_existing,
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format", help="text, json, github, junit; auto: github inside GitHub Actions."
        ),
    ] = OutputFormat.auto,
    strict: Annotated[
        bool, typer.Option("--strict", help="Warnings (overdue actions, outdated files) fail too.")
    ] = False,
    jobs: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--jobs", "-j", min=1, help="Processes to use. Default: every core."),
    ] = None,
    stage: Annotated[
        StageName,
        typer.Option(
            "--stage",
            help="commit: what must never enter git (broken files, personal data, merge "
            "conflicts; outdated files and repository setup as warnings). ci: also coverage "
            "and planning (not addressed, gap without action, missing target, overdue).",
        ),
    ] = StageName.ci,
    checklist_dirs: ChecklistsOption = None,
    lang: LangOption = None,
) -> None:
    """Check assessments: schema, references, the policy, personal data and merge conflicts.

    `--stage commit` (the pre-commit hook) lets a workshop's results in before the plan is made;
    `check` in CI also requires every item addressed and every gap planned.

    Exit 0 when all is well (warnings allowed unless --strict), 1 on problems, 2 on a usage or
    configuration error.
    """
    from yhdyspinta_cli.check.formats import pick_format, render
    from yhdyspinta_cli.check.session import CheckRequest, run_check

    request = CheckRequest(
        tuple(paths or ()), tuple(checklist_dirs or ()), strict, jobs, stage.value, lang
    )
    result = run_check(request, Path.cwd())
    typer.echo(render(result, pick_format(output_format.value, os.environ)))
    raise typer.Exit(ExitCode.OK if result.ok else ExitCode.PROBLEMS)
