"""`yhdyspinta migrate`: move an assessment to the current checklist versions."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from yhdyspinta_cli.cli.options import ChecklistsOption, load_project


def migrate(
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help="The assessment file.", show_default=False)
    ],
    checklist_dirs: ChecklistsOption = None,
) -> None:
    """Update the checklist version pins; answers to removed items move to `orphaned`."""
    from yhdyspinta_cli.assessment.migrate import migrate as migrate_file
    from yhdyspinta_cli.assessment.migrate import split_into
    from yhdyspinta_cli.assessment.store import open_assessment

    project = load_project(None, checklist_dirs, near=file)
    assessment = open_assessment(file, project.catalog)
    result = migrate_file(assessment.data, project.catalog)
    if not result.changed:
        typer.echo(f"{file} is already on the current checklist versions")
        return
    assessment.save()
    for checklist_id, old, new in result.versions:
        typer.echo(f"{checklist_id}: {old or 'not pinned'} → {new}")
    if result.added_items:
        typer.echo(f"new items, unanswered: {', '.join(result.added_items)}")
    if result.orphaned:
        typer.echo(f"answers to removed items kept under orphaned: {', '.join(result.orphaned)}")
    for item_id, parts in result.split:
        typer.echo(f"{item_id} was split into {', '.join(parts)}: answer them; see replaced_by")
    for action_id, item_id in result.repointed:
        parts = dict(result.split).get(item_id) or split_into(project.catalog, item_id)
        typer.echo(f"action {action_id} now covers {', '.join(parts)} instead of {item_id}")
    for action_id, item_id in result.stale_actions:
        typer.echo(
            f"action {action_id} still points at the removed item {item_id}: "
            f"change it with `yhdyspinta action edit {file} {action_id} --item NEW-ITEM`"
        )
