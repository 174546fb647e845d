"""`yhdyspinta merge BASE OURS THEIRS`: the git merge driver for assessment files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from yhdyspinta_cli.cli import output
from yhdyspinta_cli.exit_codes import ExitCode
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.problems import ProblemError, iter_problem_lines

if TYPE_CHECKING:
    from yhdyspinta_cli.history.mergefile import MergeOutcome

SHORT = 60


def _file(meta: str) -> Any:
    return typer.Argument(metavar=meta, show_default=False)


def merge(
    base: Annotated[Path, _file("BASE")],
    ours: Annotated[Path, _file("OURS")],
    theirs: Annotated[Path, _file("THEIRS")],
    name: Annotated[
        Optional[str],  # noqa: UP045 - typer reads this annotation at run time on 3.10
        _file("PATH"),
    ] = None,
) -> None:
    """The command; its help is `help_cmd_merge` in the message catalogs."""
    from yhdyspinta_cli.history.mergefile import merge_files

    outcome = merge_files(base, ours, theirs)
    sides = {ours: name, base: f"{name} (base)", theirs: f"{name} (theirs)"} if name else {}
    lines = [_named(line, sides) for line in _summary(outcome, name)]
    for line in lines:
        output.say(line, err=not outcome.clean)
    if not outcome.clean:
        raise typer.Exit(ExitCode.PROBLEMS)


def _named(line: str, sides: dict[Path, str]) -> str:
    """`line` with git's temporary file names replaced by the file's real path (%P)."""
    for temporary, real in sides.items():
        line = line.replace(str(temporary), real)
    return line


def _summary(outcome: MergeOutcome, name: str | None) -> list[str]:
    lang = _language(outcome)
    head = f"yhdyspinta merge {name}" if name else "yhdyspinta merge"

    def say(key: str, **values: object) -> str:
        return message(key, lang).format(head=head, **values)

    if outcome.unreadable:
        problems = list(iter_problem_lines(outcome.unreadable))
        return [*problems, say("merge_unreadable", count=outcome.line_conflicts)]
    result = outcome.result
    lines = [say("merge_taken", count=len(result.taken))]
    lines += [say("merge_renumbered", old=old, new=new) for old, new in result.renumbered]
    if result.conflicts:
        lines.append(say("merge_conflicts", count=len(result.conflicts)))
        lines += [
            f"    {c.path}: base {_short(c.base)}, ours {_short(c.ours)}, theirs {_short(c.theirs)}"
            for c in result.conflicts
        ]
        lines.append(say("merge_conflicts_fix", file=name or "FILE"))
    if outcome.lost_comments:
        lines.append(say("merge_lost_comments"))
        lines += [f"    {comment}" for comment in outcome.lost_comments]
    return lines


def _language(outcome: MergeOutcome) -> str:
    """The repository's language (git runs the driver at its top), else the file's own."""
    from yhdyspinta_cli.config import find_config, load_config
    from yhdyspinta_cli.i18n import resolve_language

    try:
        configured = load_config(find_config(Path.cwd())).language
    except ProblemError:  # a broken config must not stop a merge
        configured = None
    return resolve_language(None, configured or outcome.language)


def _short(value: Any) -> str:
    text = "-" if value is None else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= SHORT else text[: SHORT - 1] + "…"
