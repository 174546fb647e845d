"""`yhdyspinta checklists`: list the recommendations, or show one."""

from __future__ import annotations

from typing import Annotated

import typer

from yhdyspinta_cli.cli.options import (
    ChecklistsOption,
    JsonOption,
    LangOption,
    TextFormat,
    TextFormatOption,
    load_project,
    wants_json,
)

app = typer.Typer(
    help="List the recommendations' checklists, or show one with `show S2`.",
    invoke_without_command=True,
    no_args_is_help=False,
    rich_markup_mode=None,
)


@app.callback()
def checklists(
    ctx: typer.Context,
    lang: LangOption = None,
    output: TextFormatOption = TextFormat.text,
    as_json: JsonOption = False,
    checklist_dirs: ChecklistsOption = None,
) -> None:
    """List the recommendations with their item counts."""
    if ctx.invoked_subcommand is not None:
        return
    project = load_project(lang, checklist_dirs)
    from yhdyspinta_cli.cli import render_checklists

    if wants_json(output, as_json):
        render_checklists.print_json(project.catalog)
    else:
        render_checklists.print_list(project.catalog, project.lang)


@app.command("show")
def show(
    checklist_id: Annotated[
        str, typer.Argument(metavar="ID", help="Checklist id, e.g. S2.", show_default=False)
    ],
    lang: LangOption = None,
    checklist_dirs: ChecklistsOption = None,
) -> None:
    """Show one recommendation with its items, guidance and level descriptors."""
    project = load_project(lang, checklist_dirs)
    from yhdyspinta_cli.cli import render_checklists
    from yhdyspinta_cli.ids import resolve_checklist_id

    wanted = resolve_checklist_id(checklist_id, project.catalog)
    checklist = project.catalog.checklist(wanted)
    assert checklist is not None

    render_checklists.print_checklist(checklist, project.catalog, project.lang)
