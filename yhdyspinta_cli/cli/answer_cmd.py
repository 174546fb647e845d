"""`yhdyspinta answer`: set one answer without prompting (scripts, fixes, tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE
from yhdyspinta_cli.cli import output
from yhdyspinta_cli.cli.completion import complete_item_ids, complete_organisation_keys
from yhdyspinta_cli.cli.options import ChecklistsOption, load_project, report_warnings
from yhdyspinta_cli.i18n import msg, say
from yhdyspinta_cli.problems import UsageError


def answer(
    file: Annotated[Path, typer.Argument(metavar="FILE", show_default=False)],
    item: Annotated[
        str,
        typer.Argument(
            metavar="ITEM",
            show_default=False,
            autocompletion=complete_item_ids,
        ),
    ],
    level: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(show_default=False),
    ] = None,
    dont_know: Annotated[bool, typer.Option("--dont-know")] = False,
    not_applicable: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--not-applicable"),
    ] = None,
    target: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(show_default=False),
    ] = None,
    note: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(),
    ] = None,
    evidence: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(),
    ] = None,
    org: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            autocompletion=complete_organisation_keys,
        ),
    ] = None,
    rating: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(),
    ] = None,
    checklist_dirs: ChecklistsOption = None,
) -> None:
    """The command; its help is `help_cmd_answer` in the message catalogs."""
    from yhdyspinta_cli.assessment.edit import AnswerUpdate, now_stamp, set_answer
    from yhdyspinta_cli.assessment.resolve import answer_fields, clear_settled
    from yhdyspinta_cli.assessment.store import editing
    from yhdyspinta_cli.cli.resolve_cmd import show_settled

    update = AnswerUpdate(
        current=_current(level, dont_know, not_applicable),
        reason=not_applicable,
        target=target,
        note=note,
        evidence=tuple(evidence) if evidence is not None else None,
        ratings=_ratings(org or [], rating or []),
    )
    if update == AnswerUpdate():
        raise UsageError(msg("cli_nothing_to_set"))
    project = load_project(None, checklist_dirs, near=file)
    with editing(file, project.catalog) as assessment:
        report_warnings(assessment.warnings)
        item = set_answer(assessment, item, update, project.catalog, now_stamp())
        settled = clear_settled(assessment.data, "answers", item, answer_fields(update))
        assessment.save()
    output.tell(say("cli_item_saved", item=item, file=file))
    show_settled(file, assessment, settled)
    saved = assessment.view().answers.get(item)  # `--note ''` on an unanswered item leaves none
    if saved is not None and saved.target_below_current:
        below = say("cli_target_below", item=item, target=saved.target, current=saved.current)
        output.say(below)


def _current(level: int | None, dont_know: bool, not_applicable: str | None) -> int | str | None:
    given = [v for v in (level, DONT_KNOW if dont_know else None, not_applicable) if v is not None]
    if len(given) > 1:
        raise UsageError(msg("cli_one_answer_only"))
    if not_applicable is not None:
        return NOT_APPLICABLE
    return given[0] if given else None


def _ratings(orgs: list[str], ratings: list[str]) -> dict[str, int | str]:
    if len(orgs) != len(ratings):
        raise UsageError(msg("cli_org_rating_pairs"))
    return {key: _rating(value) for key, value in zip(orgs, ratings, strict=True)}


def _rating(value: str) -> int | str:
    if value == DONT_KNOW:
        return DONT_KNOW
    try:
        return int(value)
    except ValueError:
        raise UsageError(msg("cli_bad_rating", value=value, dont_know=DONT_KNOW)) from None
