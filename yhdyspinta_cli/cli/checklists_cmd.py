"""`yhdyspinta checklists`: list the recommendations, or show one."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

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
    """The command; its help is `help_cmd_checklists` in the message catalogs."""
    if ctx.invoked_subcommand is not None:
        return
    project = load_project(lang, checklist_dirs)
    from yhdyspinta_cli.cli import render_checklists

    if wants_json(output, as_json):
        render_checklists.print_json(project.catalog, project.lang)
    else:
        render_checklists.print_list(project.catalog, project.lang)


@app.command("show")
def show(
    checklist_id: Annotated[str, typer.Argument(metavar="ID", show_default=False)],
    lang: LangOption = None,
    checklist_dirs: ChecklistsOption = None,
) -> None:
    """The command; its help is `help_cmd_checklists_show` in the message catalogs."""
    project = load_project(lang, checklist_dirs)
    from yhdyspinta_cli.cli import render_checklists
    from yhdyspinta_cli.ids import resolve_checklist_id

    wanted = resolve_checklist_id(checklist_id, project.catalog)
    checklist = project.catalog.checklist(wanted)
    assert checklist is not None

    render_checklists.print_checklist(checklist, project.catalog, project.lang)


class HandoutFormat(str, Enum):
    """What the handout is written as."""

    md = "md"
    html = "html"


@app.command("handout")
def handout(
    recommendation: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(show_default=False),
    ] = None,
    fmt: Annotated[HandoutFormat, typer.Option("--format")] = HandoutFormat.md,
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("-o", "--output", show_default=False),
    ] = None,
    lang: LangOption = None,
    checklist_dirs: ChecklistsOption = None,
) -> None:
    """The command; its help is `help_cmd_checklists_handout` in the message catalogs."""
    from yhdyspinta_cli.checklist.handout import handout_markdown
    from yhdyspinta_cli.ids import resolve_checklist_id

    project = load_project(lang, checklist_dirs)
    catalog = project.catalog
    wanted = [resolve_checklist_id(given, catalog) for given in recommendation or ()]
    checklists = [c for c in catalog.checklists if not wanted or c.id in wanted]
    text = handout_markdown(catalog, checklists, project.lang)
    from yhdyspinta_cli.render.document import finished

    document = finished(text)
    if fmt == HandoutFormat.html:
        from yhdyspinta_cli.i18n import message
        from yhdyspinta_cli.render.html import markdown_to_html
        from yhdyspinta_cli.render.templates import environment

        title = message("handout_title", project.lang)
        document = finished(markdown_to_html(text, environment(None), {}, project.lang, title))
    if output is None:
        typer.echo(document.text, nl=False)
        return
    from yhdyspinta_cli.i18n import say
    from yhdyspinta_cli.render.destination import write_rendered

    write_rendered(output, document, ())
    typer.echo(say("cli_wrote", output=output))
