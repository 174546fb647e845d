"""`yhdyspinta merge BASE OURS THEIRS`: the git merge driver for assessment files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from yhdyspinta_cli.cli.output import say
from yhdyspinta_cli.exit_codes import ExitCode
from yhdyspinta_cli.problems import iter_problem_lines

if TYPE_CHECKING:
    from yhdyspinta_cli.history.mergefile import MergeOutcome

SHORT = 60


def _file(meta: str, text: str) -> Any:
    return typer.Argument(metavar=meta, help=text, show_default=False)


def merge(
    base: Annotated[Path, _file("BASE", "The common ancestor (git's %O).")],
    ours: Annotated[Path, _file("OURS", "Our version; the result is written here (%A).")],
    theirs: Annotated[Path, _file("THEIRS", "Their version (%B).")],
) -> None:
    """Merge two edits of one assessment by item id and action id (a git merge driver).

    Set it up once per clone: git config merge.yhdyspinta.driver "yhdyspinta merge %O %A %B",
    with `assessments/*.yaml merge=yhdyspinta` in .gitattributes. Exit 0 clean; 1 when both
    sides changed the same field: our value stays and both are listed under `conflicts:`.
    """
    from yhdyspinta_cli.history.mergefile import merge_files

    outcome = merge_files(base, ours, theirs)
    for line in _summary(outcome):
        say(line, err=not outcome.clean)
    if not outcome.clean:
        raise typer.Exit(ExitCode.PROBLEMS)


def _summary(outcome: MergeOutcome) -> list[str]:
    if outcome.unreadable:
        return [
            *iter_problem_lines(outcome.unreadable),
            "yhdyspinta merge: a version is not a readable assessment, so git's line merge was "
            f"used ({outcome.line_conflicts} conflict(s) marked with <<<<<<< and >>>>>>>); "
            "fix the file by hand, run `yhdyspinta check`, then `git add` it",
        ]
    result = outcome.result
    lines = [f"yhdyspinta merge: {len(result.taken)} change(s) from their side merged by id"]
    lines += [
        f"  both sides added action {old}: theirs is now {new}; check the plan"
        for old, new in result.renumbered
    ]
    if result.conflicts:
        lines.append(
            f"  {len(result.conflicts)} conflict(s): both sides changed the same field. Our "
            "value stays in place; both are listed under `conflicts:` at the end of the file:"
        )
        lines += [
            f"    {c.path}: base {_short(c.base)}, ours {_short(c.ours)}, theirs {_short(c.theirs)}"
            for c in result.conflicts
        ]
        lines.append(
            "  set the value you want, delete the entry, run `yhdyspinta check`, then `git add`"
        )
    if outcome.lost_comments:
        lines.append("  these comments could not be placed; add them back by hand:")
        lines += [f"    {comment}" for comment in outcome.lost_comments]
    return lines


def _short(value: Any) -> str:
    text = "-" if value is None else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= SHORT else text[: SHORT - 1] + "…"
