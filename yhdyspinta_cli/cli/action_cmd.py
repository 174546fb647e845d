"""`yhdyspinta action add|edit|done`: keep the action plan without a keyboard walk."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from yhdyspinta_cli.cli.completion import (
    complete_action_ids,
    complete_item_ids,
    complete_organisation_keys,
)
from yhdyspinta_cli.cli.options import ChecklistsOption, load_project, report_warnings
from yhdyspinta_cli.cli.output import tell
from yhdyspinta_cli.i18n import say

if TYPE_CHECKING:
    from yhdyspinta_cli.assessment.actions import ActionChange
    from yhdyspinta_cli.assessment.store import AssessmentFile
    from yhdyspinta_cli.checklist.catalog import Catalog

app = typer.Typer(rich_markup_mode=None)

FileArgument = Annotated[Path, typer.Argument(metavar="FILE", show_default=False)]
IdArgument = Annotated[
    str,
    typer.Argument(
        metavar="ACTION",
        show_default=False,
        autocompletion=complete_action_ids,
    ),
]
Items = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option(
        "--item",
        autocompletion=complete_item_ids,
    ),
]
Text = Optional[str]  # noqa: UP045


def _opt(help_text: str) -> object:
    return typer.Option(show_default=False)


Title = Annotated[Text, _opt("Short title.")]
Owner = Annotated[
    Text,
    typer.Option(
        show_default=False,
        autocompletion=complete_organisation_keys,
    ),
]
Due = Annotated[Text, _opt("Due date, YYYY-MM-DD ('' removes).")]
Start = Annotated[Text, _opt("Start date, YYYY-MM-DD ('' removes).")]
Responsible = Annotated[Text, _opt("Responsible role or person.")]
Description = Annotated[Text, _opt("What will be done.")]
Measure = Annotated[Text, _opt("How success is measured.")]
Notes = Annotated[Text, _opt("Notes.")]
Status = Annotated[Text, _opt("planned, in-progress, done or cancelled.")]


@app.command("add")
def add(
    file: FileArgument,
    item: Items = None,
    title: Title = None,
    owner: Owner = None,
    due: Due = None,
    start: Start = None,
    responsible: Responsible = None,
    description: Description = None,
    measure: Measure = None,
    notes: Notes = None,
    status: Status = None,
    checklist_dirs: ChecklistsOption = None,
) -> None:
    """The command; its help is `help_cmd_action_add` in the message catalogs."""
    from yhdyspinta_cli.assessment.actions import add_action

    change = _change(locals())
    with _editing(file, checklist_dirs) as (assessment, catalog, now):
        action_id = add_action(assessment, change, catalog, now)
    tell(say("cli_action_added", action=action_id, file=file))


@app.command("edit")
def edit(
    file: FileArgument,
    action_id: IdArgument,
    item: Items = None,
    title: Title = None,
    owner: Owner = None,
    due: Due = None,
    start: Start = None,
    responsible: Responsible = None,
    description: Description = None,
    measure: Measure = None,
    notes: Notes = None,
    status: Status = None,
    checklist_dirs: ChecklistsOption = None,
) -> None:
    """The command; its help is `help_cmd_action_edit` in the message catalogs."""
    from yhdyspinta_cli.assessment.actions import edit_action
    from yhdyspinta_cli.assessment.resolve import action_fields
    from yhdyspinta_cli.cli.resolve_cmd import show_settled

    change = _change(locals())
    with _editing(file, checklist_dirs) as (assessment, catalog, now):
        edit_action(assessment, action_id, change, catalog, now)
        settled = _settle(assessment, action_id, action_fields(change))
    tell(say("cli_action_saved", action=action_id, file=file))
    show_settled(file, assessment, settled)


@app.command("done")
def done(
    file: FileArgument, action_id: IdArgument, checklist_dirs: ChecklistsOption = None
) -> None:
    """The command; its help is `help_cmd_action_done` in the message catalogs."""
    from yhdyspinta_cli.assessment.actions import ActionChange, edit_action

    with _editing(file, checklist_dirs) as (assessment, catalog, now):
        edit_action(assessment, action_id, ActionChange(status="done"), catalog, now)
    tell(say("cli_action_done", action=action_id, file=file))


def _settle(assessment: AssessmentFile, action_id: str, fields: list[str]) -> list[str]:
    """Clear the conflicts over the fields an edit of the action set."""
    from yhdyspinta_cli.assessment.resolve import clear_settled

    ids = [str(a.get("id")) for a in assessment.data.get("actions") or ()]
    canonical = next((i for i in ids if i.casefold() == action_id.casefold()), action_id)
    return clear_settled(assessment.data, "actions", canonical, fields)


def _change(options: dict[str, Any]) -> ActionChange:
    """The action fields among a command's options (`--item` is repeatable: `items`)."""
    from yhdyspinta_cli.assessment.actions import ActionChange

    names = {field.name for field in fields(ActionChange)} - {"items"}
    items = options.get("item")
    chosen = {name: options[name] for name in names if name in options}
    return ActionChange(items=tuple(items) if items else None, **chosen)


@contextmanager
def _editing(
    file: Path, checklist_dirs: list[Path] | None
) -> Iterator[tuple[AssessmentFile, Catalog, str]]:
    """Open the file, hand it over, and save it when the block succeeds."""
    from yhdyspinta_cli.assessment.edit import now_stamp
    from yhdyspinta_cli.assessment.store import editing

    project = load_project(None, checklist_dirs, near=file)
    with editing(file, project.catalog) as assessment:
        report_warnings(assessment.warnings)
        yield assessment, project.catalog, now_stamp()
        assessment.save()
