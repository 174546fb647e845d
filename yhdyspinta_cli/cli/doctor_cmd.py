"""`yhdyspinta doctor [DIR]`: is this clone set up for the merge driver, schemas and hooks?"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from yhdyspinta_cli.cli.options import LangOption
from yhdyspinta_cli.exit_codes import ExitCode


def doctor(
    directory: Annotated[
        Path,
        typer.Argument(metavar="DIR", exists=True),
    ] = Path(),
    lang: LangOption = None,
) -> None:
    """The command; its help is `help_cmd_doctor` in the message catalogs."""
    from yhdyspinta_cli.check.targets import display_path
    from yhdyspinta_cli.config import find_config, load_config
    from yhdyspinta_cli.i18n import message, resolve_language
    from yhdyspinta_cli.problems import problem_line
    from yhdyspinta_cli.scaffold.doctor import as_problem, diagnose, find_root

    root = find_root(directory)
    config = find_config(root)
    language = resolve_language(lang, load_config(config).language)
    problems = [as_problem(finding, language) for finding in diagnose(root)]
    for problem in problems:
        shown = replace(problem, path=display_path(problem.path, Path.cwd().resolve()))
        typer.echo(problem_line(shown, lang=language))
    if problems:
        raise typer.Exit(ExitCode.PROBLEMS)
    typer.echo(message("doctor_ok", language))
