"""`yhdyspinta checklists`: list the recommendations, or show one."""

from __future__ import annotations

from typing import Annotated

import typer

from yhdyspinta_cli.cli.options import ChecklistsOption, JsonOption, LangOption, load_project
from yhdyspinta_cli.problems import UserError

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
    as_json: JsonOption = False,
    checklist_dirs: ChecklistsOption = None,
) -> None:
    """List the recommendations with their item counts."""
    if ctx.invoked_subcommand is not None:
        return
    project = load_project(lang, checklist_dirs)
    from yhdyspinta_cli.cli import render_checklists

    if as_json:
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
    checklist = project.catalog.checklist(checklist_id)
    if checklist is None:
        known = ", ".join(c.id for c in project.catalog.checklists)
        raise UserError(f"no checklist '{checklist_id}'; the checklists are: {known}")
    from yhdyspinta_cli.cli import render_checklists

    render_checklists.print_checklist(checklist, project.catalog, project.lang)
