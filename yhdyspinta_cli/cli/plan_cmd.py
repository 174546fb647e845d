"""`yhdyspinta plan`: walk the gaps in priority order and keep their actions."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from yhdyspinta_cli.cli.options import (
    BrowserOption,
    ChecklistsOption,
    LangOption,
    PresentOption,
    load_project,
    require_terminal,
)


def plan(
    file: Annotated[Path, typer.Argument(metavar="FILE", show_default=False)],
    present: PresentOption = False,
    browser: BrowserOption = True,
    lang: LangOption = None,
    checklist_dirs: ChecklistsOption = None,
) -> None:
    """The command; its help is `help_cmd_plan` in the message catalogs."""
    require_terminal("plan", "yhdyspinta action add FILE --item ID --title TEXT --owner KEY")
    from yhdyspinta_cli.cli.workshop import Workshop

    project = load_project(lang, checklist_dirs, near=file)
    workshop = Workshop(project, file, lang, present, browser)
    raise typer.Exit(workshop.plan())
