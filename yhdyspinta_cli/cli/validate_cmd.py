"""`yhdyspinta validate`: check checklist files and print each problem."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from yhdyspinta_cli.cli.output import say_problems
from yhdyspinta_cli.exit_codes import ExitCode
from yhdyspinta_cli.i18n import say


def validate(
    paths: Annotated[
        list[Path],
        typer.Argument(metavar="PATH...", show_default=False),
    ],
) -> None:
    """The command; its help is `help_cmd_validate` in the message catalogs."""
    from yhdyspinta_cli.checklist.validate import validate_paths

    problems = validate_paths(paths)
    say_problems(problems, err=False)
    if problems:
        typer.echo(
            say(
                "cli_validate_problems",
                problems=len(problems),
                files=len({p.path for p in problems}),
            )
        )
        raise typer.Exit(ExitCode.PROBLEMS)
    typer.echo(say("cli_validate_ok", files=len(paths)))
