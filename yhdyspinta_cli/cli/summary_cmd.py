"""`yhdyspinta summary PATH...`: many assessments in one regional or national picture."""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from yhdyspinta_cli.cli.options import ChecklistsOption, LangOption
from yhdyspinta_cli.cli.output import say, say_problems
from yhdyspinta_cli.cli.report_cmd import (
    ChartsOption,
    Format,
    FormatOption,
    OutputOption,
    ShowOption,
    TemplateOption,
)
from yhdyspinta_cli.exit_codes import ExitCode
from yhdyspinta_cli.i18n import message, msg, problem_language

if TYPE_CHECKING:
    from yhdyspinta_cli.problems import Problem
    from yhdyspinta_cli.summary.make import SummaryRequest

PROGRESS_MIN_FILES = 200  # a smaller summary is done before a bar would be worth drawing


class GroupBy(str, Enum):
    """How --group-by splits the files."""

    region = "region"
    county = "county"
    round = "round"


def _since(value: str | None) -> str | None:
    from datetime import date

    if value is None:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise typer.BadParameter(msg("cli_not_a_date", value=value))


PathsArgument = Annotated[
    Optional[list[Path]],  # noqa: UP045 - typer reads this annotation at run time on Python 3.10
    typer.Argument(
        metavar="PATH...",
        show_default=False,
    ),
]
GroupByOption = Annotated[
    Optional[GroupBy],  # noqa: UP045
    typer.Option("--group-by"),
]
SinceOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--since", metavar="DATE", callback=_since),
]
AnonymiseOption = Annotated[
    bool,
    typer.Option(
        "--anonymise",
        "--anonymize",
    ),
]
SaltOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--salt",
        envvar="YHDYSPINTA_SALT",
        show_default=False,
    ),
]
NotesOption = Annotated[bool, typer.Option("--include-notes")]
JobsOption = Annotated[
    Optional[int],  # noqa: UP045
    typer.Option(
        "--jobs",
        min=1,
        show_default=False,
    ),
]


def summary(
    paths: PathsArgument = None,
    fmt: FormatOption = Format.md,
    output: OutputOption = None,
    show: ShowOption = False,
    template: TemplateOption = None,
    charts: ChartsOption = None,
    lang: LangOption = None,
    group_by: GroupByOption = None,
    since: SinceOption = None,
    anonymise: AnonymiseOption = False,
    salt: SaltOption = None,
    include_notes: NotesOption = False,
    jobs: JobsOption = None,
    checklist_dirs: ChecklistsOption = None,
) -> None:
    """The command; its help is `help_cmd_summary` in the message catalogs."""
    from yhdyspinta_cli.cli.options import load_project
    from yhdyspinta_cli.cli.reporting import checked_output, deliver, files_read, require_docx
    from yhdyspinta_cli.loading.discovery import assessment_roots
    from yhdyspinta_cli.summary.make import SummaryRequest, make_summary

    if fmt is Format.docx:
        require_docx(output)
    project = load_project(lang, checklist_dirs, near=paths[0] if paths else None)
    folders = assessment_roots(paths or (), project.config, Path.cwd())
    if not folders:
        raise typer.BadParameter(msg("summary_nothing_to_read"), param_hint="PATH...")
    read = [*folders, *files_read(project, template, checklist_dirs)]
    target = checked_output(output, f"summary.{fmt.value}", read)
    request = SummaryRequest(
        fmt=fmt.value,
        group_by=group_by.value if group_by else None,
        since=since,
        anonymise=anonymise,
        salt=salt,
        include_notes=include_notes,
        charts=charts if charts is not None else (target is not None and fmt != Format.json),
        stem=target.stem if target is not None else "summary",
        template_dir=template,
    )
    bar = ProgressBar(problem_language(lang))
    try:
        result = make_summary(folders, project.catalog, project.lang, request, jobs, bar.update)
    finally:
        bar.close()
    deliver(result.report, target, [*result.files, *read], show, fmt.value)
    for warning in result.warnings:
        typer.echo(warning.format(), err=True)
    _tell(result.skipped, result.unknown_items, request, problem_language(lang))
    if result.skipped:
        raise typer.Exit(ExitCode.PROBLEMS)


def _tell(
    skipped: Sequence[Problem], unknown: dict[str, int], request: SummaryRequest, lang: str
) -> None:
    """What the user must know, on stderr: skipped files, left-out items, weak pseudonyms."""
    say_problems(skipped)
    if skipped:
        code = ExitCode.PROBLEMS.value
        say(message("summary_skipped_note", lang, count=len(skipped), code=code))
    if unknown:
        items = ", ".join(
            message("summary_unknown_item_files", lang, item=item, files=files)
            for item, files in unknown.items()
        )
        say(message("summary_unknown_items_left_out", lang, items=items))
    if request.anonymise and not request.salt:
        say(message("summary_built_in_salt", lang))
    if request.anonymise and request.include_notes:
        say(message("summary_notes_not_anonymised", lang))


class ProgressBar:
    """A rich progress bar on stderr, for large inputs, only when stdout is a terminal.

    It starts at the first finished chunk, after the worker processes exist, so no thread of
    ours is running when they start.
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.progress: Any = None
        self.task: Any = None

    def update(self, done: int, total: int) -> None:
        """`done` more files of `total` were read."""
        if self.progress is None:
            if total < PROGRESS_MIN_FILES or not sys.stdout.isatty():
                return
            self._start(total)
        self.progress.update(self.task, advance=done)

    def _start(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        console = Console(stderr=True)
        if not console.is_terminal:
            return
        self.progress = Progress(
            TextColumn(message("summary_reading", self.lang)),
            BarColumn(),
            MofNCompleteColumn(),
            console=console,
            transient=True,
        )
        self.progress.start()
        self.task = self.progress.add_task("summary", total=total)

    def close(self) -> None:
        """Remove the bar."""
        if self.progress is not None:
            self.progress.stop()
