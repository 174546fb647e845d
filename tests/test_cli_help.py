"""`--help` as a new user reads it: readable placeholders on every option of every command."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
import typer
from conftest import Run

from yhdyspinta_cli.cli import app


def iter_command_paths(command: object, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield path
    for name, sub in getattr(command, "commands", {}).items():
        yield from iter_command_paths(sub, (*path, name))


COMMANDS = list(iter_command_paths(typer.main.get_command(app)))


def test_every_command_is_reached() -> None:
    assert (
        ("assess",) in COMMANDS and ("action", "add") in COMMANDS and ("report", "gaps") in COMMANDS
    )
    assert len(COMMANDS) > 20


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_help_shows_no_type_placeholders(cli: Callable[..., Run], path: tuple[str, ...]) -> None:
    result = cli(*path, "--help")
    assert result.code == 0
    assert not re.search(r"<(str|int|int range|path|directory|float|text|choice)>", result.out)
    assert "TEXT RANGE" not in result.out and "INTEGER" not in result.out


@pytest.mark.parametrize(
    ("path", "placeholders"),
    [
        (("new",), ["--org KEY:TYPE[:NAME]", "--date DATE", "--region NAME", "--lang fi|en|sv"]),
        (("answer",), ["--level LEVEL", "--target LEVEL", "--not-applicable REASON", "ITEM"]),
        (("action", "add"), ["--item ITEM", "--owner KEY", "--due DATE", "FILE"]),
        (("report", "gaps"), ["--format md|html|json", "--output FILE", "--template DIR"]),
        (("summary",), ["--jobs N", "--since DATE", "--group-by region|county|round"]),
        (("status",), ["--format text|json", "FILE"]),
    ],
)
def test_placeholders_say_what_to_type(
    cli: Callable[..., Run], path: tuple[str, ...], placeholders: list[str]
) -> None:
    text = cli(*path, "--help").out
    for expected in placeholders:
        assert expected in text
