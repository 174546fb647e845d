"""`yhdyspinta assess`: the interactive workshop walk."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from yhdyspinta_cli.cli.options import (
    BrowserOption,
    ChecklistsOption,
    LangOption,
    PresentOption,
    load_project,
    require_terminal,
)
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.problems import UsageError


def assess(
    file: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Argument(
            metavar="[FILE]",
            show_default=False,
        ),
    ] = None,
    perspectives: Annotated[bool, typer.Option()] = False,
    recommendation: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(show_default=False),
    ] = None,
    only_unanswered: Annotated[bool, typer.Option()] = False,
    present: PresentOption = False,
    browser: BrowserOption = True,
    lang: LangOption = None,
    checklist_dirs: ChecklistsOption = None,
) -> None:
    """The command; its help is `help_cmd_assess` in the message catalogs."""
    require_terminal("assess", "yhdyspinta answer FILE ITEM --level N")
    from yhdyspinta_cli.cli.workshop import Workshop

    project = load_project(lang, checklist_dirs, near=file)
    if recommendation and project.catalog.checklist(recommendation) is None:
        known = ", ".join(c.id for c in project.catalog.checklists)
        raise UsageError(msg("cli_no_such_recommendation", value=recommendation, known=known))
    workshop = Workshop(project, file, lang, present, browser)
    code = workshop.run(perspectives, recommendation, only_unanswered)
    raise typer.Exit(code)
