"""`yhdyspinta plan`: walk the gaps in priority order and keep their actions."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from yhdyspinta_cli.cli.options import ChecklistsOption, LangOption, load_project


def plan(
    file: Annotated[Path, typer.Argument(help="The assessment file.", show_default=False)],
    lang: LangOption = None,
    checklist_dirs: ChecklistsOption = None,
) -> None:
    """Walk the gaps, highest priority first, adding or editing actions; saves after each.

    Example: yhdyspinta plan assessments/2026-kevat.yaml
    """
    if not sys.stdin.isatty():
        raise typer.BadParameter(
            "plan needs a keyboard (a terminal). In scripts use "
            "`yhdyspinta action add FILE --item ID --title TEXT --owner KEY`",
            param_hint="stdin",
        )
    from yhdyspinta_cli.cli.workshop import Workshop

    project = load_project(lang, checklist_dirs, near=file)
    workshop = Workshop(project, file, lang.value if lang else None)
    raise typer.Exit(workshop.plan())
