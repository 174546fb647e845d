"""The one way messages and problems reach the user: redacted, capped, control characters shown."""

from __future__ import annotations

from collections.abc import Iterable

import typer

from yhdyspinta_cli.problems import Problem, iter_problem_lines
from yhdyspinta_cli.safe_text import safe, visible


def say(text: str, err: bool = True) -> None:
    """A message (stderr unless `err` is False), with no personal data and no raw control codes."""
    typer.echo(safe(text), err=err)


def tell(text: str) -> None:
    """A message on stdout (what was done), made safe like `say`."""
    say(text, err=False)


def say_problems(problems: Iterable[Problem], err: bool = True, lang: str | None = None) -> None:
    """One line per problem (messages in `lang`), repeats of one rule in one file capped."""
    for line in iter_problem_lines(problems, lang):
        typer.echo(line, err=err)


def show(text: str, newline: bool = True) -> None:
    """Command output for the terminal (a table, a diff): control characters made visible."""
    typer.echo(visible(text), nl=newline)
