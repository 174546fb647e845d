"""`yhdyspinta merge BASE OURS THEIRS`: the git merge driver for assessment files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

if TYPE_CHECKING:
    from yhdyspinta_cli.history.mergefile import MergeOutcome

SHORT = 60


def _file(meta: str, text: str) -> Any:
    return typer.Argument(metavar=meta, help=text, show_default=False)


def merge(
    base: Annotated[Path, _file("BASE", "The common ancestor (git's %O).")],
    ours: Annotated[Path, _file("OURS", "Our version; the result is written here (%A).")],
    theirs: Annotated[Path, _file("THEIRS", "Their version (%B).")],
    name: Annotated[
        Optional[str],  # noqa: UP045 - typer reads this annotation at run time on 3.10
        _file("PATH", "The file's path in the repository, for the messages (%P)."),
    ] = None,
) -> None:
    """Merge two edits of one assessment by item id and action id (a git merge driver).

    Set it up once per clone with `yhdyspinta init --git-config`, which writes the driver with
    this interpreter's path and a fallback to git's line merge; `init` writes the
    `.gitattributes` line. Exit 0 clean; 1 when both sides changed the same field: our value
    stays and both are listed under `conflicts:`.
    """
    from yhdyspinta_cli.history.mergefile import merge_files

    outcome = merge_files(base, ours, theirs)
    sides = {ours: name, base: f"{name} (base)", theirs: f"{name} (theirs)"} if name else {}
    lines = [_named(line, sides) for line in _summary(outcome, name)]
    for line in lines:
        typer.echo(line, err=not outcome.clean)
    if not outcome.clean:
        raise typer.Exit(1)


def _named(line: str, sides: dict[Path, str]) -> str:
    """`line` with git's temporary file names replaced by the file's real path (%P)."""
    for temporary, real in sides.items():
        line = line.replace(str(temporary), real)
    return line


def _summary(outcome: MergeOutcome, name: str | None) -> list[str]:
    head = f"yhdyspinta merge {name}" if name else "yhdyspinta merge"
    if outcome.unreadable:
        return [
            *(problem.format() for problem in outcome.unreadable),
            f"{head}: a version is not a readable assessment, so git's line merge was "
            f"used ({outcome.line_conflicts} conflict(s) marked with <<<<<<< and >>>>>>>); "
            "fix the file by hand, run `yhdyspinta check`, then `git add` it",
        ]
    result = outcome.result
    lines = [f"{head}: {len(result.taken)} change(s) from their side merged by id"]
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
