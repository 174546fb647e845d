"""`yhdyspinta diff OLD NEW`: what changed between two versions of an assessment, in words."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from yhdyspinta_cli.cli.options import ChecklistsOption, LangOption, load_project
from yhdyspinta_cli.cli.output import show
from yhdyspinta_cli.exit_codes import ExitCode


class DiffFormat(str, Enum):
    """Output formats of `diff`."""

    text = "text"
    md = "md"


Side = Annotated[
    str,
    typer.Argument(metavar="OLD", show_default=False),
]


def diff(
    old: Side,
    new: Annotated[
        str,
        typer.Argument(metavar="NEW", show_default=False),
    ],
    fmt: Annotated[DiffFormat, typer.Option("--format")] = DiffFormat.text,
    exit_code: Annotated[bool, typer.Option("--exit-code")] = False,
    lang: LangOption = None,
    checklist_dirs: ChecklistsOption = None,
) -> None:
    """The command; its help is `help_cmd_diff` in the message catalogs."""
    from yhdyspinta_cli.history.diff import diff_assessments
    from yhdyspinta_cli.history.render_diff import render_markdown, render_text
    from yhdyspinta_cli.history.source import load_source, parse_source

    old_source, new_source = parse_source(old), parse_source(new)
    project = load_project(lang, checklist_dirs, near=new_source.path)
    before = load_source(old_source, project.catalog)
    after = load_source(new_source, project.catalog)
    changes = diff_assessments(before, after, old, new)
    language = lang or str(after["language"])
    render = render_markdown if fmt is DiffFormat.md else render_text
    show(render(changes, project.catalog, language), newline=False)
    if exit_code and not changes.is_empty:
        raise typer.Exit(ExitCode.PROBLEMS)
