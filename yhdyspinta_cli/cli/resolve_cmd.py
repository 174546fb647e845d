"""`yhdyspinta resolve FILE ITEM|ACTION`: settle the conflicts a merge left, without hand edits."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from yhdyspinta_cli.cli.options import ChecklistsOption, load_project, report_warnings
from yhdyspinta_cli.cli.output import tell
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.problems import UserError

if TYPE_CHECKING:
    from yhdyspinta_cli.assessment.store import AssessmentFile
    from yhdyspinta_cli.checklist.catalog import Catalog


def resolve(
    file: Annotated[Path, typer.Argument(metavar="FILE", show_default=False)],
    target: Annotated[
        str,
        typer.Argument(
            metavar="ITEM|ACTION",
            show_default=False,
        ),
    ],
    ours: Annotated[bool, typer.Option("--ours")] = False,
    theirs: Annotated[bool, typer.Option("--theirs")] = False,
    level: Annotated[
        Optional[int],  # noqa: UP045 - typer reads this annotation at run time on 3.10
        typer.Option(show_default=False),
    ] = None,
    target_level: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            "--target",
            show_default=False,
        ),
    ] = None,
    checklist_dirs: ChecklistsOption = None,
) -> None:
    """The command; its help is `help_cmd_resolve` in the message catalogs."""
    from yhdyspinta_cli.assessment.edit import now_stamp
    from yhdyspinta_cli.assessment.store import editing

    chosen = [ours, theirs, level is not None or target_level is not None]
    if sum(chosen) != 1:
        raise UserError(msg("resolve_give_choice"))
    project = load_project(None, checklist_dirs, near=file)
    with editing(file, project.catalog) as assessment:
        report_warnings(assessment.warnings)
        if ours or theirs:
            cleared = _take_side(assessment, target, "ours" if ours else "theirs")
        else:
            cleared = _set_levels(
                assessment, target, level, target_level, project.catalog, now_stamp()
            )
        assessment.save()
    show_settled(file, assessment, cleared)


def show_settled(file: Path, assessment: AssessmentFile, cleared: list[str]) -> None:
    """Say which conflicts a command settled and what is left, in the file's language."""
    from yhdyspinta_cli.assessment.conflict_place import iter_conflicts

    left = [str(entry["path"]) for _, entry, _ in iter_conflicts(assessment.data)]
    for line in settled_lines(file, cleared, left, assessment.view().language):
        tell(line)


def _take_side(assessment: AssessmentFile, target: str, side: str) -> list[str]:
    from yhdyspinta_cli.assessment.resolve import resolve_conflicts

    return resolve_conflicts(assessment.data, target, "ours" if side == "ours" else "theirs")


def _set_levels(
    assessment: AssessmentFile,
    target: str,
    level: int | None,
    target_level: int | None,
    catalog: Catalog,
    now: str,
) -> list[str]:
    from yhdyspinta_cli.assessment.edit import AnswerUpdate, set_answer
    from yhdyspinta_cli.assessment.resolve import clear_settled, require_conflicts

    require_conflicts(assessment.data, target)
    item_id = set_answer(
        assessment, target, AnswerUpdate(current=level, target=target_level), catalog, now
    )
    fields = [
        name for name, value in (("current", level), ("target", target_level)) if value is not None
    ]
    return clear_settled(assessment.data, "answers", item_id, fields)


def settled_lines(file: Path, cleared: list[str], left: list[str], lang: str) -> list[str]:
    """What a command that settled conflicts says: which, and how many are left."""
    from yhdyspinta_cli.i18n import message

    if not cleared:
        return []
    lines = [message("resolve_cleared", lang).format(file=file, paths=", ".join(cleared))]
    if left:
        lines.append(message("resolve_left", lang).format(count=len(left), paths=", ".join(left)))
    else:
        lines.append(message("resolve_none_left", lang).format(file=file))
    return lines
