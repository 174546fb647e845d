"""`yhdyspinta migrate`: move an assessment to the current checklist versions."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from yhdyspinta_cli.cli.options import ChecklistsOption, load_project
from yhdyspinta_cli.cli.output import tell
from yhdyspinta_cli.i18n import say


def migrate(
    file: Annotated[Path, typer.Argument(metavar="FILE", show_default=False)],
    checklist_dirs: ChecklistsOption = None,
) -> None:
    """The command; its help is `help_cmd_migrate` in the message catalogs."""
    from yhdyspinta_cli.assessment.migrate import migrate as migrate_file
    from yhdyspinta_cli.assessment.migrate import split_into
    from yhdyspinta_cli.assessment.store import open_assessment

    project = load_project(None, checklist_dirs, near=file)
    assessment = open_assessment(file, project.catalog)
    result = migrate_file(assessment.data, project.catalog)
    if not result.changed:
        tell(say("cli_migrate_current", file=file))
        return
    assessment.save()
    for checklist_id, old, new in result.versions:
        tell(f"{checklist_id}: {old or say('cli_migrate_not_pinned')} → {new}")
    if result.added_items:
        tell(say("cli_migrate_added", items=", ".join(result.added_items)))
    if result.orphaned:
        tell(say("cli_migrate_orphaned", items=", ".join(result.orphaned)))
    for item_id, parts in result.split:
        tell(say("cli_migrate_split", item=item_id, parts=", ".join(parts)))
    for action_id, item_id in result.repointed:
        parts = dict(result.split).get(item_id) or split_into(project.catalog, item_id)
        tell(say("cli_migrate_repointed", action=action_id, parts=", ".join(parts), item=item_id))
    for action_id, item_id in result.stale_actions:
        tell(say("cli_migrate_stale_action", action=action_id, item=item_id, file=file))
